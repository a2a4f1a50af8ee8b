"""A hundred-and-forty-fourth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: FILES AS THEY REALLY ARRIVE FROM COUNTY BODIES NO EARLIER
BATCH USED — a 海堤管理所, a 城建档案馆, a 农村公路管理站, an 农业综合开发办公室, a 劳动保障监察大队, a
县属盐场, the 台湾事务办公室, a 建设工程质量安全监督站 and a 渔业船舶检验站 — each handing back its
ordinary 一览表, 排查表, 清单, 台账 or personal 自查表 the way its staff typed it, every one of them a
body of an invented 亭湖县 (its 盐场, 管理段, 工区 and 养护所 invented too):

- the 海堤管理所's 一览表 whose head holds two posts in one cell (``党支部书记、所长``), with the
  所's own ``芦荡口海堤管理段`` among its 科室 and a ``任现岗时间`` column typed as NUMBERS the way
  Excel keeps ``2019.03`` and ``2021.10`` (``2021.1``);
- the 城建档案馆's 排查登记表 whose risk column is headed ``廉政风险防控点``, 一级/二级/三级, short types and
  a ``备注`` column;
- the 农村公路管理站's 个人廉政风险点自查表 one a sheet, the tabs the holders' names, with ``出生年月``
  and ``任现职时间`` typed as numbers (``1983.07``, ``2020.1``) in the pairs above the table;
- the 劳动保障监察大队's 一览表 with no 科室 column: group rows ``二、综合科（3人）`` naming the 科室 and
  its head count, the holder under ``执法人员``, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 盐场's 廉洁风险台账 (a county SOE): its head ``党委书记兼场长``, the 部门 column with a 工区, the
  holder under ``岗位人员``, a short ``风险点`` beside ``风险描述`` and a last ``是否重点岗位`` column (是/否);
- the 台湾事务办公室's 清单 对岗不对人 with no 科室 column (``综合科科长`` kept as written) under ``附件2``;
- the 质量安全监督站's 一览表 whose posts carry their trade in brackets (``监督员（土建）``,
  ``监督员（安装）``) beside a 姓名 column;
- the 渔业船舶检验站's 排查表 with a ``资格等级`` column of the 验船师's grade (``B级``, ``C级``) before
  the 风险点 and its own ``风险等级`` 高/中/低.

One is harder:

- ``agri_dev_office_duty_lines``: the 农业综合开发办公室's 清单 whose table names posts only (股室,
  岗位) while the holders stand only in the ``一、人员分工`` lines above it, written as prose
  (``主任　茹望岳：主持办公室全面工作，分管财务股。``, ``项目股股长　晁砺锋：负责…``).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; most pages describe their subject in prose (a 海塘管理署 with its 三科一室两所;
a 城建档案 考核 standard (接收, 保管, 借阅, 预验收); a 县's 村路养护 by contract; 农业项目 申报、评审、监管、
验收 kept 公开; a 劳动保障 执法大队 (监察员, 中队长, 大队领导); a 省属盐场 with its 科 and three 工区 and a
``党委书记兼场长``; a 省台办's duties; a 县建设工程质量监督站's duties; the 渔业船舶检验条例) and the layout
follows their words for the unit, its parts, its posts and its risks. The rows are worded by us,
the names invented.

Run ``python tests/published/score.py --set batch144`` and do not tune the reader against it, or
it stops being held out. No LibreOffice re-saved copies are kept for this batch (prefix ``b144_``).

Judgement calls this batch leans on, beyond those of the earlier batches:

- ``党支部书记、所长`` and ``党委书记兼场长`` are ONE post each (one holder, one form), kept as written;
- ``监督员（土建）`` is the post as written (the bracket names the trade, not a holder);
- a group row ``二、综合科（3人）`` sets the 科室 (综合科) of the rows under it; the head count is
  nothing;
- the ``一、人员分工`` lines above a table that names posts only give the holder of each post
  (``项目股股长　晁砺锋：…`` holds 项目股's 股长);
- ``任现岗时间``, ``任现职时间`` and ``出生年月`` typed as numbers, ``资格等级`` (``B级``), ``是否重点岗位``
  (是/否) and ``备注`` are neither post, holder, level nor point;
- the 所's own 海堤管理段, the 盐场's 工区 and the 监督站's 监督组 are 科室 of the unit;
- 所长/副所长, 馆长/副馆长, 站长/副站长, 主任/副主任 of the 办, 大队长/副大队长, 场长/副场长 are
  leaders; 股长, 科长, 段长, 组长, 中队长, 工区主任 and the 所's 综合办公室主任 middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights, date cells) and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b144_"
PLACE = "亭湖县"
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GRADES = {"一级": 1, "二级": 2, "三级": 3}
GAP = "\u3000"
RESAVED: tuple[str, ...] = ()


def _person_rows(sh: _Sheet, first: int, dept_col: int, person_cols: tuple[int, ...]) -> None:
    """Merge the 科室 column over its runs and ``person_cols`` over each person's rows."""
    per_person = lambda row: (row[dept_col], *(row[c] for c in person_cols))  # noqa: E731
    specs = [(dept_col, lambda row: row[dept_col])] + [(c, per_person) for c in person_cols]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout


def agri_dev_office_duty_lines() -> dict:
    unit = f"{PLACE}农业综合开发办公室"
    sh = _Sheet("清单", [6, 12, 12, 40, 10, 40])
    t = _Truth(unit)
    sh.add("附件")
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    _line(sh, "一、人员分工", 6)
    staff = [
        ("办领导", "主任", "茹望岳", "leader", "主持办公室全面工作，分管财务股。"),
        ("办领导", "副主任", "檀映雪", "leader", "分管项目股，负责土地治理项目建设和竣工验收。"),
        ("项目股", "股长", "晁砺锋", "middle", "负责项目申报评审、实施监管和项目档案管理。"),
        ("财务股", "会计", "郯落梅", "general", "负责项目资金报账、会计核算和资金拨付。"),
    ]
    for dept, post, who, _tier, duty in staff:
        shown = post if dept == "办领导" else f"{dept}{post}"
        _line(sh, f"{shown}{GAP}{who}：{duty}", 6)
    _line(sh, "二、廉政风险点及防控措施", 6)
    sh.add("序号", "股室", "岗位", "风险点", "风险等级", "防控措施")
    holder = {(d, p): (w, tier) for d, p, w, tier, _ in staff}
    rows = [
        ("办领导", "主任", "年度项目计划安排不经主任办公会集体研究,向关系乡镇、关系企业倾斜", "高",
         "项目计划经主任办公会集体研究,报县政府审定后公开。"),
        ("办领导", "主任", "财务股报账的项目资金审批把关不严,超进度拨付", "中",
         "资金按工程进度和监理意见拨付,大额拨付实行主任、分管领导双签。"),
        ("办领导", "副主任", "土地治理项目竣工验收走过场,对未完工程量予以验收", "高",
         "竣工验收组由农发、财政、审计和乡镇人员组成,验收结果公示。"),
        ("办领导", "副主任", "项目设计变更审批随意,为施工单位增加工程量", "中",
         "设计变更经设计单位、监理单位论证,报主任办公会审定。"),
        ("项目股", "股长", "产业化项目申报材料审核不严,为不符合条件的企业出具推荐意见", "高",
         "申报材料实地核查,评审专家随机抽取,评审结果公示。"),
        ("项目股", "股长", "施工过程监管不到位,对偷工减料不报告", "中",
         "实行项目监管台账,每月现场检查并拍照存档。"),
        ("财务股", "会计", "项目资金报账凭证审核不严,虚列工程款、管理费", "中",
         "报账凭证逐笔审核,附监理签证、验收单和发票。"),
        ("财务股", "会计", "农民筹资投劳资金收缴不入账", "低", "筹资投劳资金统一收据、专户核算,按季公开。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, lv, measures)
        who, tier = holder[(dept, post)]
        t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add()
    sh.add("填报人:", None, "审核人:", None, "2024年9月", None)
    return _layout(
        "agri_dev_office_duty_lines", "http://nmwwt.org/html/5nyxm/20130402/50985.html",
        "(harder) 县农业综合开发办公室 岗位廉政风险防控清单 after the source's account of a 县农业局 keeping its 农业项目 "
        "open (申报指南 公布, 科室初审 and 项目储备库, 班子集体讨论, 联合评审, 项目监管, 考核验收, 绩效评价, 归档): ``附件`` "
        "and the title, then a merged ``一、人员分工`` and one merged PROSE line a holder — ``主任　茹望岳：主持办公室全面"
        "工作，分管财务股。``, ``副主任　檀映雪：…``, ``项目股股长　晁砺锋：…``, ``财务股会计　郯落梅：…`` (post, a full-width "
        "space, the name, ``：`` and the duties) — then ``二、廉政风险点及防控措施`` and the table 序号/股室 merged (办领导, "
        "项目股, 财务股)/岗位 merged per post/风险点/风险等级 高/中/低/防控措施 with NO name in it; no type column; "
        "填报人/审核人/date below",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def seawall_office_tenure() -> dict:
    unit = f"{PLACE}海堤管理所"
    sh = _Sheet("一览表", [5, 14, 12, 8, 9, 32, 12, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查一览表", 9)
    r = sh.add(f"填报单位（盖章）：{unit}", None, None, None, None, None, "填报日期：2024年10月", None,
               None)  # fmt: skip
    sh.merge(r, 0, r, 5)
    sh.merge(r, 6, r, 8)
    sh.add(
        "序号", "科室", "岗位", "姓名", "任现岗时间", "风险点", "风险类型", "风险等级", "防控措施"
    )
    people = [
        ("所领导", "党支部书记、所长", "殳鹤汀", 2019.03, "leader", [
            ("海堤加固、护坡维修工程不经所务会集体研究,指定施工单位", "制度机制风险", "高",
             "维修工程按限额标准招标或比选,所务会集体研究并留存纪要。"),
            ("堤防管理范围内建设项目审查意见出具随意", "岗位职责风险", "高",
             "审查意见经工程技术股初审、所务会审定,审查结果公示。"),
        ]),
        ("所领导", "副所长", "昝澄溪", 2021.1, "leader", [
            ("防汛物资采购验收把关不严,以次充好", "业务流程风险", "中",
             "防汛物资按政府采购程序购置,验收三人以上签字,入库登记。"),
        ]),
        ("综合办公室", "主任", "庾沐禾", 2016.08, "middle", [
            ("公务用车、防汛值班车辆私用,虚报油费", "制度机制风险", "低", "车辆派遣登记,油卡定车使用,按月公示。"),
        ]),
        ("综合办公室", "会计", "郇晚晴", 2022.07, "general", [
            ("工程款、维修养护经费支付不按合同和审批执行", "制度机制风险", "中",
             "支付凭合同、验收单和审批单,实行会计、所长双签。"),
        ]),
        ("工程技术股", "股长", "栾知秋", 2018.1, "middle", [
            ("维修养护工程量计量不实,多计工程量", "岗位职责风险", "高",
             "工程量现场计量两人以上,监理签字确认,所领导抽查复核。"),
            ("隐蔽工程验收走过场", "岗位职责风险", "中", "隐蔽工程验收全程影像记录,资料存档备查。"),
        ]),
        ("芦荡口海堤管理段", "段长", "冉青梧", 2020.05, "middle", [
            ("对堤防管理范围内违规取土、搭建不制止、不报告,收受好处", "外部环境风险", "中",
             "巡堤日志每日上报,违规行为发现即报所领导并登记处理。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, since, tier, points in people:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, since, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _person_rows(sh, first, 1, (2, 3, 4))
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "所长签字:", None, None)
    return _layout(
        "seawall_office_tenure", "https://021shanghai.com.cn/Company/?a_id=6077",
        "县海堤管理所 岗位廉政风险点排查一览表 after the source's 海塘管理署 (三科一室 and two 管理所: 综合办公室, 计划财务科, "
        "工程技术科, 设施管理科; 海塘 and 防汛墙 管理, 防汛抗台, 滩地和青坎 征用): title, ``填报单位（盖章）：… | 填报日期：…``, "
        "then 序号/科室 merged (所领导, 综合办公室, 工程技术股 and the 所's own ``芦荡口海堤管理段``)/岗位, 姓名 and "
        "``任现岗时间`` merged per person — the head's post ONE cell ``党支部书记、所长``, the 任现岗时间 typed as NUMBERS "
        "(``2019.03``, ``2021.1`` for 2021.10, ``2016.08``, ``2018.1``)/风险点/风险类型 ``…风险``/风险等级 高/中/低/防控措施; "
        "填表人/审核人/所长签字 below",
        [sh], t,
    )  # fmt: skip


def urban_archives_control_points() -> dict:
    unit = f"{PLACE}城建档案馆"
    sh = _Sheet("排查表", [5, 12, 9, 8, 34, 10, 8, 32, 8])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 9)
    sh.add(
        "序号",
        "科室",
        "岗位",
        "责任人",
        "廉政风险防控点",
        "风险类别",
        "风险等级",
        "防控措施",
        "备注",
    )
    people = [
        ("馆领导", "馆长", "荀砚池", "leader", [
            ("档案数字化加工服务外包不按规定采购,指定服务商", "制度机制", "一级",
             "外包服务按政府采购程序确定,馆务会集体研究,合同报住建局备案。", None),
            ("违规批准查阅、复制未开放的城建档案", "岗位职责", "二级",
             "未开放档案查阅实行审批登记,馆长审批后方可利用。", None),
        ]),
        ("馆领导", "副馆长", "鄂澹宁", "leader", [
            ("建设工程竣工档案认可意见出具把关不严", "岗位职责", "一级",
             "认可意见经业务指导科初审、副馆长复核,资料不全一律不出具。", None),
        ]),
        ("业务指导科", "科长", "琚望舒", "middle", [
            ("档案预验收中对资料不齐的工程违规通过", "岗位职责", "一级",
             "预验收实行清单制,两人以上现场核对,验收意见存档。", None),
            ("向建设单位推荐档案整理中介机构并收取好处", "外部环境", "二级",
             "严禁推荐中介机构,服务指南公开,设立监督电话。", "新增"),
        ]),
        ("接收整理科", "科员", "糜疏影", "general", [
            ("地下管线档案接收登记不及时,造成档案缺失", "业务流程", "三级",
             "接收档案当日登记入库,每季度与规划、建设部门核对。", None),
        ]),
        ("利用服务科", "科员", "渠晴川", "general", [
            ("为他人违规提供涉密档案复印件", "思想道德", "二级",
             "涉密档案利用双人在场,复印件加盖利用专用章并登记。", None),
        ]),
        ("综合科", "会计", "弭照雪", "general", [
            ("档案查询服务收费不开票据,收费不入账", "制度机制", "三级",
             "收费项目和标准公示,票据统一领用核销,按月入账。", None),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in people:
        for point, typ, lv, measures, note in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures, note)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _person_rows(sh, first, 1, (2, 3))
    sh.add()
    sh.add("填表人:", None, None, "科室负责人:", None, None, "2024年8月", None, None)
    return _layout(
        "urban_archives_control_points", "http://www.fsou.net/html/text/lar/170157/17015729.html",
        "县城建档案馆 廉政风险点排查登记表 after the source's 城建档案管理 考核 standard (城建档案馆(室) and 管理处 one body; "
        "建筑工程、市政基础设施和地下管线工程档案 报送, 查询、接收、保管、借阅, 专项预验收, 移交): 序号/科室 merged (馆领导, "
        "业务指导科, 接收整理科, 利用服务科, 综合科)/岗位 and 责任人 merged per person/the risk column headed "
        "``廉政风险防控点``/风险类别 (short names)/风险等级 一级/二级/三级/防控措施/``备注`` (``新增`` on one row); "
        "填表人/科室负责人/date",
        [sh], t,
    )  # fmt: skip


def rural_road_selfcheck_numbers() -> dict:
    unit = f"{PLACE}农村公路管理站"
    t = _Truth(unit)
    people = [
        ("扈听涛", "男", 1976.11, "站领导", "站长", 2015.06, "leader",
         "主持全站工作,负责农村公路建设养护计划和养护资金的统筹安排", [
            ("养护工程", "农村公路大中修工程不经站务会研究,指定施工队伍", "制度机制", "高",
             "大中修工程按规定招标,站务会集体研究并留存纪要。"),
            ("养护资金", "养护资金分配向关系乡镇倾斜", "岗位职责", "中",
             "养护资金按里程和考核结果分配,分配方案公示。"),
            ("作风纪律", "检查乡镇养护工作时接受宴请", "思想道德", "低", "检查人员签订廉洁承诺,执行公务用餐规定。"),
        ]),
        ("蒉若愚", "男", 1983.07, "养护工程股", "股长", 2020.1, "middle",
         "负责农村公路养护工程质量检查、计量和交工验收", [
            ("质量检查", "养护工程质量检查走过场,对偷工减料不纠正", "岗位职责", "高",
             "质量检查实行抽检留样,检查结果书面通报。"),
            ("工程计量", "为施工单位多计工程量", "业务流程", "高", "计量由股室、监理、乡镇三方签字,站领导抽查。"),
            ("养护考核", "村路养护承包人考核打分不公", "外部环境", "中", "考核细则公开,考核结果在村公示栏公示。"),
        ]),
        ("籍雨眠", "女", 1990.1, "财务室", "会计", 2022.03, "general",
         "负责站内会计核算、养护资金拨付和养护承包人劳务费发放", [
            ("资金拨付", "不按考核结果拨付养护资金", "制度机制", "中", "拨付凭考核结果和审批单,按月对账。"),
            ("劳务费发放", "养护承包人劳务费冒领、虚报", "业务流程", "中",
             "劳务费通过银行卡直接发放到承包人,名单与合同核对。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, sex, born, dept, post, since, tier, duty, items in people:
        sh = _Sheet(who, [6, 14, 34, 10, 9, 32])
        _line(sh, f"{unit}个人廉政风险点自查表", 6)
        sh.add("姓  名", who, "性  别", sex, "出生年月", born)
        sh.add("所在股室", dept, "职  务", post, "任现职时间", since)
        r = sh.add("岗位职责", duty, None, None, None, None)
        sh.merge(r, 1, r, 5)
        sh.add("序号", "工作环节", "风险点", "风险类型", "风险等级", "防控措施")
        for i, (step, point, typ, lv, measures) in enumerate(items, 1):
            sh.add(i, step, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        sh.add()
        sh.add("本人签名：", None, None, "站长审核：", None, None)
        sh.add(None, None, None, None, "2024年7月", None)
        sheets.append(sh)
    return _layout(
        "rural_road_selfcheck_numbers", "http://www.wlysjt.com/wlgroup/news/20130325/7168.html",
        "县农村公路管理站 个人廉政风险点自查表 after the source's account of a 县's 通村水泥路 养护 by contract (养护承包人 "
        "recruited openly, 定里程、定人员、定经费、定内容、定标准, 公示牌, 经费 shared by 县、乡、村): one sheet a person, "
        "the TABS the holders' names; above the table two rows of three label/value pairs ``姓  名 | … | 性  别 | … | "
        "出生年月 | …`` and ``所在股室 | … | 职  务 | … | 任现职时间 | …`` with 出生年月 and 任现职时间 typed as NUMBERS "
        "(``1983.07``, ``1990.1`` for 1990.10, ``2020.1``), a merged ``岗位职责`` row; 序号/工作环节/风险点/风险类型 "
        "(short names)/风险等级 高/中/低/防控措施; ``本人签名： | 站长审核：`` and a date below",
        sheets, t,
    )  # fmt: skip


def labor_inspection_group_counts() -> dict:
    unit = f"{PLACE}劳动保障监察大队"
    sh = _Sheet("Sheet1", [6, 12, 10, 34, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "职务", "执法人员", "风险点", "风险类型", "风险等级", "防控措施")
    groups = [
        ("一、大队领导", "大队领导", [
            ("大队长", "盖鸿渐", "leader", "重大欠薪案件处理中说情打招呼,降格处理", "思想道德", "Ⅰ级",
             "重大案件集体审议,说情打招呼登记报告。"),
            ("大队长", "盖鸿渐", "leader", "行政处罚自由裁量不按基准执行", "制度机制", "Ⅰ级",
             "处罚裁量按基准执行,处罚决定经法制审核。"),
            ("副大队长", "羿晴岚", "leader", "农民工工资保证金返还审核把关不严", "岗位职责", "Ⅱ级",
             "保证金返还凭项目竣工和无欠薪承诺,审核结果公示。"),
        ]),
        ("二、综合科（3人）", "综合科", [
            ("科长", "祁拾遗", "middle", "投诉举报件登记分流不及时,压案不办", "业务流程", "Ⅱ级",
             "举报件统一编号登记,办理进度全程跟踪。"),
            ("会计", "钮含章", "general", "执法装备、办案经费报销审核不严", "制度机制", "Ⅲ级",
             "经费报销凭审批单和明细单,按季公开。"),
        ]),
        ("三、监察一中队（4人）", "监察一中队", [
            ("中队长", "逄鸣谦", "middle", "对用人单位违法用工查处不力,收受好处", "外部环境", "Ⅰ级",
             "执法全程记录,两人以上执法,处理结果报大队备案。"),
            ("监察员", "莘晚舟", "general", "日常巡查中向用人单位泄露检查安排", "岗位职责", "Ⅱ级",
             "巡查对象随机抽取,检查时间临时通知。"),
        ]),
        ("四、监察二中队（3人）", "监察二中队", [
            ("中队长", "贡怀素", "middle", "工程建设领域欠薪案件调处中偏袒施工企业", "外部环境", "Ⅱ级",
             "欠薪调处邀请行业主管部门参加,调处协议公开。"),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, rows in groups:
        _line(sh, shown, 7)
        first = len(sh.rows)
        for post, who, tier, point, typ, lv, measures in rows:
            n += 1
            sh.add(n, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), ROMAN[lv])
        per_person = lambda row: (row[1], row[2])  # noqa: E731
        _merge_down(sh, first, [(1, per_person), (2, per_person)])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, "2024年6月", None)
    return _layout(
        "labor_inspection_group_counts", "https://www.wxjjjcw.com/ldgs/8353158732.html",
        "县劳动保障监察大队 岗位廉政风险防控一览表 after the source's account of a 劳动保障局执法大队 (监察员→中队长→大队领导; "
        "劳动合同、工资支付、社会保险; 欠薪案件, 工程建设领域, 黑名单): NO 科室 column — merged group rows ``一、大队领导``, "
        "``二、综合科（3人）``, ``三、监察一中队（4人）``, ``四、监察二中队（3人）`` (the 科室 with its head count in "
        "brackets) — then 序号/职务 and ``执法人员`` merged per person/风险点/风险类型 (short names)/风险等级 "
        "``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def salt_works_joint_head() -> dict:
    unit = f"{PLACE}芦沙盐场"
    sh = _Sheet("台账", [5, 11, 14, 9, 18, 30, 8, 30, 8])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险防控台账", 9)
    sh.add(
        "序号",
        "部门",
        "岗位",
        "岗位人员",
        "风险点",
        "风险描述",
        "风险等级",
        "防控措施",
        "是否重点岗位",
    )
    people = [
        ("场领导", "党委书记兼场长", "那霁寒", "leader", "是", [
            ("重大事项决策", "盐田改造、设备购置等重大事项和大额资金使用不经党委会、场务会集体研究", "高",
             "严格执行“三重一大”决策制度,会议纪要存档备查。"),
            ("干部选拔任用", "中层干部选拔不按程序,任人唯亲", "高", "选拔任用经党委会研究,任前公示。"),
        ]),
        ("场领导", "副场长", "习闻笛", "leader", "是", [
            ("原盐销售定价", "原盐销售价格确定随意,低价销售给关系客户", "高",
             "销售价格随行就市经价格小组集体确定,价格调整报场务会备案。"),
        ]),
        ("财务科", "科长", "巢望川", "middle", "是", [
            ("资金支付", "不按合同和审批支付货款、工程款", "中", "资金支付实行网上审批,大额支付双签。"),
        ]),
        ("生产科", "科长", "敖沧浪", "middle", "是", [
            ("产量计量", "原盐产量、库存盘点数据不实", "中", "产量由生产、财务、工区三方计量签字,每季度盘点。"),
        ]),
        ("销售科", "销售员", "融映竹", "general", "是", [
            ("货款回收", "销售货款收取现金不及时入账,截留货款", "高", "货款一律转账结算,每月与客户对账。"),
            ("发货管理", "超合同数量发货,为客户多装少计", "中", "发货凭提货单过磅,磅单与提货单逐笔核对。"),
        ]),
        ("东灶工区", "工区主任", "养若虚", "middle", "否", [
            ("劳务用工", "季节性扒盐工虚报人数、冒领工资", "中", "用工实名登记考勤,工资直接发放到个人账户。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, key, points in people:
        for point, desc, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, desc, lv, measures, key)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _person_rows(sh, first, 1, (2, 3, 8))
    sh.add()
    sh.add("填报人:", None, None, "部门负责人:", None, None, "2024年5月", None, None)
    return _layout(
        "salt_works_joint_head", "http://hbzqbyyxgs.com/citiao/1084545.html",
        "县属盐场 岗位廉洁风险防控台账 (an SOE) after the source's entry on a 省属盐场 (食盐定点生产企业, 盐田, 原盐; 内设 "
        "办公室、财务科、生产科、销售科、党委办公室 and three 制盐工区; its head ``党委书记兼场长``): 序号/部门 merged (场领导, "
        "财务科, 生产科, 销售科, ``东灶工区``)/岗位 and ``岗位人员`` merged per person — the head's post ONE cell "
        "``党委书记兼场长``/a short 风险点 beside a long 风险描述/风险等级 高/中/低/防控措施/a last ``是否重点岗位`` column "
        "(是/否, merged per person); no type column; 填报人/部门负责人/date",
        [sh], t,
    )  # fmt: skip


def taiwan_office_posts() -> dict:
    unit = f"{PLACE}人民政府台湾事务办公室"
    sh = _Sheet("清单", [6, 14, 34, 12, 8, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("主任", "leader", "涉台交流项目和经费安排不经集体研究", "制度机制风险", "高",
         "交流项目和经费安排经主任办公会研究,经费使用按年公开。"),
        ("主任", "leader", "在台资企业服务中为亲友谋取利益", "思想道德风险", "中",
         "服务台资企业事项登记备案,领导干部亲属经商情况按规定报告。"),
        ("副主任", "leader", "赴台交流人员审核把关不严", "岗位职责风险", "中",
         "赴台人员按规定审核,名单经集体研究并报上级审批。"),
        ("综合科科长", "middle", "公务接待超标准、超范围", "制度机制风险", "中",
         "接待先审批后实施,接待清单按月公示。"),
        ("综合科科员", "general", "办公用品采购不比价,虚报采购数量", "业务流程风险", "低",
         "采购三家比价,入库登记,定期盘点。"),
        ("交流联络科科长", "middle", "台胞接待、联谊活动经费虚列", "业务流程风险", "中",
         "活动经费凭方案、签到表和明细单报销。"),
        ("交流联络科科长", "middle", "协调处理台胞投诉时收受好处", "外部环境风险", "低",
         "投诉件登记办理,处理结果书面答复并回访。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, point, typ, lv, measures)
        t.point(sh.name, "", post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("填报人:", None, "审核人:", None, "2024年9月", None)
    return _layout(
        "taiwan_office_posts", "http://www.ctoth.com/dictionary/2757871.html",
        "县台湾事务办公室 岗位廉政风险防控清单 对岗不对人 after the source's entry on a 省台办 (one body, two names; 对台经贸"
        "、文化交流, 来大陆台胞的接待, 涉台事务 归口管理, 台胞、台属 联络): ``附件2`` above the title ``亭湖县人民政府台湾"
        "事务办公室岗位廉政风险防控清单``; 序号/岗位 merged per post — NO 科室 column, the 科 inside the post "
        "(``综合科科长``, ``综合科科员``, ``交流联络科科长``), no names anywhere/风险点/风险类型 ``…风险``/风险等级 高/中/低/"
        "防控措施; 填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


def quality_station_trades() -> dict:
    unit = f"{PLACE}建设工程质量安全监督站"
    sh = _Sheet("一览表", [5, 12, 14, 8, 34, 12, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    people = [
        ("站领导", "站长", "匡既白", "leader", [
            ("监督工作计划和监督人员安排向关系项目倾斜", "制度机制风险", "中",
             "监督人员随机分派,重点项目监督计划经站务会研究。"),
            ("对工程质量安全事故处理说情打招呼", "思想道德风险", "高",
             "事故调查处理集体研究,说情打招呼登记报告。"),
        ]),
        ("站领导", "副站长", "阙柳塘", "leader", [
            ("竣工验收监督意见把关不严", "岗位职责风险", "高", "验收监督实行监督组初审、副站长复核。"),
        ]),
        ("质量监督一组", "组长", "沃星垂", "middle", [
            ("对地基基础、主体结构质量问题不责令整改", "岗位职责风险", "高",
             "监督检查发现问题下达整改通知书,整改结果复查销号。"),
        ]),
        ("质量监督一组", "监督员（土建）", "蔚林泉", "general", [
            ("监督抽查中接受施工单位宴请、礼品", "外部环境风险", "中", "监督人员签订廉洁承诺,两人以上进场。"),
        ]),
        ("质量监督二组", "监督员（安装）", "勾寒汀", "general", [
            ("对安装工程质量问题隐瞒不报", "岗位职责风险", "中", "监督记录拍照存档,组长每月抽查。"),
        ]),
        ("安全监督组", "组长", "衡照野", "middle", [
            ("对起重机械、深基坑等危大工程安全隐患查处不力", "外部环境风险", "高",
             "危大工程实行专项监督,隐患整改挂牌督办。"),
        ]),
        ("检测管理科", "科长", "居静言", "middle", [
            ("对检测机构出具虚假检测报告查处不力", "业务流程风险", "中",
             "检测报告随机抽查复核,检测数据与监管平台比对。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in people:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _person_rows(sh, first, 1, (2, 3))
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年4月", None)
    return _layout(
        "quality_station_trades", "http://kingbuffetlawrence.com/kepu/9319387.html",
        "县建设工程质量安全监督站 岗位廉政风险点一览表 after the source's entry on 市、县建设工程质量监督站 and their duties "
        "(核查受监工程的勘察、设计、施工单位的资质, 监督检查工程质量, 竣工验收, 检测): 序号/科室 merged (站领导, 质量监督"
        "一组, 质量监督二组, 安全监督组, 检测管理科)/岗位 and 姓名 merged per person — two posts carrying their TRADE in "
        "brackets, ``监督员（土建）`` and ``监督员（安装）``, beside the 姓名 column/风险点/风险类型 ``…风险``/风险等级 "
        "高/中/低/防控措施; 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def vessel_inspection_grades() -> dict:
    unit = f"{PLACE}渔业船舶检验站"
    sh = _Sheet("排查表", [5, 10, 9, 8, 8, 34, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 9)
    r = sh.add(f"单位：{unit}", None, None, None, None, None, "2024年3月", None, None)
    sh.merge(r, 0, r, 5)
    sh.merge(r, 6, r, 8)
    sh.add("序号", "科室", "岗位", "姓名", "资格等级", "风险点", "风险类型", "风险等级", "防控措施")
    people = [
        ("站领导", "站长", "慎听潮", "B级", "leader", [
            ("渔船检验业务分派不公,向关系船东倾斜", "制度机制", "中", "检验任务按受理顺序分派,分派记录存档。"),
            ("对检验不合格渔船违规签发证书", "岗位职责", "高", "证书签发实行验船师、站长两级签字。"),
        ]),
        ("站领导", "副站长", "暨鸥鹭", "C级", "leader", [
            ("渔船建造图纸审查把关不严", "业务流程", "中", "图纸审查两人以上,审查意见书面存档。"),
        ]),
        ("检验科", "验船师", "弘观澜", "B级", "general", [
            ("营运检验不登船、不到场即出具检验报告", "岗位职责", "高",
             "检验现场拍照定位上传,报告与现场记录比对。"),
            ("收受船东好处,放宽救生、消防设备检验标准", "外部环境", "高",
             "检验项目清单化,抽查复检,设立举报电话。"),
        ]),
        ("检验科", "验船师", "戈临渊", "C级", "general", [
            ("为船东推荐指定的设备供应商", "外部环境", "中", "严禁推荐供应商,检验须知公开。"),
        ]),
        ("办公室", "会计", "利晴初", None, "general", [
            ("检验费收取不开票据,收费不入账", "制度机制", "低", "收费标准公示,票据统一管理,按月入账核对。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, grade, tier, points in people:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, grade, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _person_rows(sh, first, 1, (2, 3, 4))
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "站长签字:", None, None)
    return _layout(
        "vessel_inspection_grades", "http://m.jianbiaoku.com/webarbs/book/164774.shtml",
        "县渔业船舶检验站 廉政风险点排查表 after the source's 渔业船舶检验条例 (初次检验, 营运检验, 临时检验; 图纸审查, "
        "验船师, 检验证书, 救生和消防设备): title, ``单位：… | 2024年3月``, then 序号/科室 merged (站领导, 检验科, "
        "办公室)/岗位, 姓名 and a ``资格等级`` column of the 验船师's grade (``B级``, ``C级``, blank for the 会计) merged "
        "per person, BEFORE the 风险点/风险类型 (short names)/风险等级 高/中/低/防控措施; 填表人/审核人/站长签字",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    agri_dev_office_duty_lines(),
    seawall_office_tenure(),
    urban_archives_control_points(),
    rural_road_selfcheck_numbers(),
    labor_inspection_group_counts(),
    salt_works_joint_head(),
    taiwan_office_posts(),
    quality_station_trades(),
    vessel_inspection_grades(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = False) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch144-inbox"))
