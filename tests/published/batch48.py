"""A forty-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: THE ORDINARY CASE IN STATE-OWNED ENTERPRISES AND PUBLIC
INSTITUTIONS — the 岗位廉洁风险防控表 / 廉洁风险清单 that a 燃气 分公司, a 公交 group's 校车 company,
a 广播电视台, a 新华书店, a 师范学院's 后勤管理处, a 水务 group's 供水服务中心, a 轨道交通 运营公司
and a 出版社 hand back or publish, each worded and arranged its own way, and three of them also
kept as LibreOffice re-saves, ``.xls`` AND ``.ods`` (``resaved/b48_<name>.xls``/``.ods``, see
make_resaved.py):

- a 燃气集团 分公司 防控表 (re-saved): 填报部门/填报日期 line, 部门 merged (营业所, 计量检定室,
  客户服务中心, 工程管理部, 安检站), 岗位/姓名 merged per person, 廉洁风险点, 风险类型, 高/中/低,
  防控措施; a 分公司经理/纪检监察员 sign-off line;
- a 公交集团 校车服务有限公司 一览表 对岗不对人: the post first (``岗位名称``), then ``所在部门`` and
  ``岗位职责``, merged per post, levels 一级/二级/三级, a 注 line and a 盖章 line;
- a 市广播电视台 部门 一览表: 部门 merged, ``风险类别`` (``岗位职责风险``…), the holder in a
  ``部门负责人`` column of names, and a ``分管台领导`` column of names merged over the 部门 each
  oversees;
- a 市新华书店有限公司 排查表 (re-saved) with no 部门 column: the 部门 as group lines ``一、教材教辅
  发行部`` merged across, 岗位/姓名 merged per person under them, a 备注 column;
- a 师范学院 后勤管理处 一览表 whose measures are typed in three columns headed ``前期预防 | 中期监控 |
  后期处置`` with no ``防控措施`` heading over them; the 中心 in a ``中心(科)`` column;
- a 水务集团 供水服务中心 防控表 (re-saved): 部门 (水站, 营业室, 供水监察中队) merged, a short
  ``风险名称`` beside a long ``风险描述``, 一级/二级/三级, the holder in a trailing ``责任人`` column, no
  post column;
- a 轨道交通 运营有限公司 评定表 对岗不对人 that grades the post as well as the point: ``岗位风险等级``
  (高/中/低, merged per post) before ``关键环节``, ``廉洁风险点`` and ``风险点等级`` (高/中/低);
- a 人民出版社有限公司 廉洁风险清单 对岗不对人: 业务领域 merged, 风险点, ``风险类别`` (one row
  ``自由裁量风险``, none of the five), 高/中/低, 防控措施, then ``责任部门`` and ``责任岗位`` trailing.

One is harder:

- ``transmitter_stacked_cards``: a 广播电视传输发射中心 台's 岗位廉政风险防控卡, one card per person
  (title, ``姓名 | … | 部门 | … | 岗位 | …``, a merged 岗位职责 line, 序号/风险点/风险类型/风险等级/
  防控措施/备注, a 持卡人签字 line), the 台长's and the 副台长's cards stacked on ONE sheet (``台领导``,
  two blank rows between them, as printed two to a page), the 技术组 and 办公室 cards on sheets of
  their own.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; these pages describe their subject in prose (a 燃气集团 分公司's 错抄/估抄 and
计费周期 found by an inquiry, a 公交集团's 清廉公交 plan for its 部门, 子公司 and 校车公司, a
市广播电视台's 述责述廉 by 部门负责人 to the 台党组, the 教辅 征订 回扣 of 新华书店 发行, a study of
高校后勤's 物资采购/门面房招租/合作企业 risks, a 供水公司 供水监察部's 抄表 spot checks of its 水站,
a 轨道交通集团's 排查 of 重点岗位、关键环节, the risks of 国有文化传媒企业 by 岗位职责/自由裁量/制度机制/
外部环境, a 传输发射中心 台's 迁改工程 and 设备采购 visit) and the layout follows their words for the
unit, its parts, its posts and its risks. The rows are worded by us, the names invented.

Run ``python tests/published/score.py --set batch48`` and do not tune the reader against it, or it
stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- a ``部门负责人`` or trailing ``责任人`` column of names is the holder; with no post column the title
  is ""; a ``分管台领导`` column of names beside it watches, holds nothing;
- ``岗位风险等级`` grades the post, not the point: a point's level is its ``风险点等级``;
- three measures columns ``前期预防 | 中期监控 | 后期处置`` are the measures (no point of their own);
- a ``中心(科)`` column under a title naming the 处 (``XX师范学院后勤管理处…``) gives each row its
  中心 or 科 as the department: the 处 is the department only when the table names nothing finer
  (batch17);
- a group line ``一、教材教辅发行部`` merged across names the 部门 of the rows under it;
- the ``所在部门`` / ``责任部门`` of a post is its 科室, ``经理层`` and ``台领导`` as written;
- a risk type none of the five (``自由裁量风险``) gives types [] (as batch24); ``岗位职责风险`` etc. give
  the short name;
- two cards stacked on one sheet are two forms; the 持卡人签字, 注, 盖章, 填报 lines are no points.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``: borders, row
heights), copies the re-saved copies ``resaved/b48_<name>.*`` and writes ``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b48_"
ORDINAL = {"一级": 1, "二级": 2, "三级": 3}
TIER = {"总经理": "leader", "副总经理": "leader", "台长": "leader", "副台长": "leader",
        "经理": "middle", "部门经理": "middle", "主任": "middle", "科长": "middle", "店长": "middle",
        "站长": "middle", "车队长": "middle", "保安队长": "middle", "技术组长": "middle",
        "编辑室主任": "middle", "出版部主任": "middle", "发行部主任": "middle"}  # fmt: skip


def _tier(post: str) -> str:
    return TIER.get(post, "general")


def _line(sh: _Sheet, text: str, ncols: int) -> int:
    """A row of one text merged across the table."""
    r = sh.add(text, *([None] * (ncols - 1)))
    sh.merge(r, 0, r, ncols - 1)
    return r


def _merge_down(sh: _Sheet, first: int, specs) -> None:
    """For each (col, key) in ``specs`` merge ``col`` over every run of rows from ``first`` on whose
    ``key(row)`` (on the rows as typed, before any merge) is the same; blank cells start no run."""
    last = len(sh.rows) - 1
    typed = [list(row) for row in sh.rows]
    for col, key in specs:
        r = first
        while r <= last:
            e = r
            while e < last and typed[r][col] is not None and key(typed[e + 1]) == key(typed[r]):
                e += 1
            if e > r:
                for k in range(r + 1, e + 1):
                    sh.rows[k][col] = None
                sh.merges.append((r, col, e, col))
            r = e + 1


# --------------------------------------------------------------------------- harder layout


def transmitter_stacked_cards() -> dict:
    unit = "XX省广播电视传输发射中心东山台"
    t = _Truth(unit)
    cards = [
        ("台领导", "潘立群", "台长", "主持全台工作,负责台区迁改工程、设备采购和业务经费管理", [
            ("台区迁改工程变更签证未经台务会集体研究", "制度机制", "高",
             "工程变更一律经台务会研究,签证资料报中心备案。", None),
            ("发射设备采购招投标中倾向特定供应商", "岗位职责", "高",
             "采购需求由技术组、办公室共同确定,进入中心统一招标。", "迁改工程"),
            ("“三公”经费超标准、超范围列支", "思想道德", "中", "“三公”经费按季度在台内公开。", None),
        ]),
        ("台领导", "龙慧", "副台长", "协助台长工作,分管天线场区、安全保卫和值班值机", [
            ("天线场区复耕补偿款发放不公开、优亲厚友", "外部环境", "中",
             "补偿名单和金额在场区所在村公示,款项直接打卡。", None),
            ("值班值机考勤弄虚作假,冒领值班补贴", "制度机制", "低", "值机记录与门禁数据每月比对。", None),
        ]),
        ("技术组", "石建新", "技术组长", "负责发射机、天馈系统和远程监控系统的运行维护", [
            ("设备故障外委维修不比价,虚报维修项目", "岗位职责", "中",
             "外委维修三家比价,维修前后照片存档。", None),
            ("备品备件入库不验收,以次充好", "业务流程", "低", "备件入库技术组、办公室两人验收签字。", None),
        ]),
        ("办公室", "贺秋", "报账员", "负责业务经费报账、公务卡管理和固定资产登记", [
            ("业务经费报销票据审核不严,虚列支出", "岗位职责", "中", "报销单据经手、审核、审批三签。", None),
            ("公务卡消费明细与报销凭证不一致", "制度机制", "低", "公务卡消费明细每月与凭证逐笔核对。", None),
        ]),
    ]  # fmt: skip
    widths = [6, 34, 10, 9, 34, 12]
    sheets: dict[str, _Sheet] = {}
    for dept, who, post, duty, items in cards:
        sh = sheets.get(dept)
        if sh is None:
            sh = sheets[dept] = _Sheet(dept, widths)
        else:  # the next card on the same page
            sh.add()
            sh.add()
        _line(sh, f"{unit}岗位廉政风险防控卡", 6)
        sh.add("姓  名", who, "部  门", dept, "岗  位", post)
        r = sh.add("岗位职责", duty, None, None, None, None)
        sh.merge(r, 1, r, 5)
        sh.add("序号", "风险点", "风险类型", "风险等级", "防控措施", "备注")
        for n, (point, typ, lv, measures, note) in enumerate(items, 1):
            sh.add(n, point, typ, lv, measures, note)
            t.point(sh.name, dept, post, who, _tier(post), point, types_in(typ), HML[lv])
        r = sh.add("持卡人签字:", None, None, "年  月  日", None, None)
        sh.merge(r, 3, r, 5)
    return _layout(
        "transmitter_stacked_cards", "http://isjia.com/dync/folder2441/2022-05-20/4265509.html",
        "(harder) 传输发射中心 台's 岗位廉政风险防控卡 after the source's visit to a 发射台 (台区迁改工程, 天线场区 "
        "复耕, 设备采购招投标, 三公经费, 业务经费): one card per person — title, ``姓  名 | … | 部  门 | … | 岗  位 "
        "| …`` on one row, a merged 岗位职责 line, 序号/风险点/风险类型/风险等级 高/中/低/防控措施/备注, a 持卡人签字 "
        "and 年 月 日 line — the 台长's and the 副台长's cards stacked on ONE sheet ``台领导`` (two blank rows "
        "between), the 技术组长's and the 报账员's on sheets ``技术组`` and ``办公室``",
        list(sheets.values()), t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def gas_branch_meter_reading() -> dict:
    unit = "XX燃气集团有限公司城北分公司"
    sh = _Sheet("防控表", [6, 14, 10, 9, 36, 10, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险防控表", 8)
    r = sh.add("填报部门:综合办公室", None, None, None, "填报日期:2024年5月20日", None, None, None)
    sh.merge(r, 0, r, 3)
    sh.merge(r, 4, r, 7)
    sh.add("序号", "部门", "岗位", "姓名", "廉洁风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("营业所", "抄表员", "魏建国", "抄表时估抄、错抄,手工录入时人为调整用气量", "岗位职责", "高",
         "抄表数据拍照上传,系统比对异常用气量。"),
        ("营业所", "抄表员", "魏建国", "收受用户好处少抄气量或长期不入户抄表", "思想道德", "中",
         "抄表区域定期轮换,稽查人员随机复抄。"),
        ("营业所", "收费员", "戚晓红", "气费收取不及时入账,挪用气费", "岗位职责", "高",
         "收费系统日结日清,财务每日对账。"),
        ("计量检定室", "计量员", "柏涛", "燃气表检定结论弄虚作假,对超差表不予更换", "业务流程", "中",
         "检定数据自动留存,送第三方抽检。"),
        ("客户服务中心", "主任", "范丽华", "对多计多收气费的投诉推诿拖延、压单不办", "制度机制", "中",
         "投诉工单限时办结,逐件回访并公开。"),
        ("工程管理部", "经理", "窦志远", "居民燃气工程安装费超标准收取", "制度机制", "高",
         "安装收费标准在营业厅和网站公示。"),
        ("工程管理部", "经理", "窦志远", "指定施工队伍承接庭院管网改造工程", "外部环境", "高",
         "施工单位从集团名录库中随机抽取。"),
        ("安检站", "安检员", "章斌", "入户安检时推销指定燃气器具收取提成", "外部环境", "低",
         "安检人员签订承诺书,用户回访抽查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, _tier(post), point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: row[1:4]),
                            (3, lambda row: row[1:4])])  # fmt: skip
    sh.add()
    sh.add("分公司经理签字:", None, None, "纪检监察员:", None, None, None, None)
    return _layout(
        "gas_branch_meter_reading", "http://cq.people.com.cn/n2/2024/0419/c365401-40817014.html",
        "燃气集团 分公司 岗位廉洁风险防控表 after the source's inquiry into a 燃气集团's 分公司 (错抄和违规估抄, "
        "计费周期, 价格政策, 气表计量, 投诉): 填报部门/填报日期 line; 序号/部门 merged (营业所, 计量检定室, "
        "客户服务中心, 工程管理部, 安检站)/岗位 and 姓名 merged per person/廉洁风险点/风险类型/风险等级 高/中/低/"
        "防控措施; 分公司经理签字/纪检监察员 line; re-saved as .xls and .ods",
        [sh], t,
    )  # fmt: skip


def school_bus_posts_first() -> dict:
    unit = "XX市公共交通集团校车服务有限公司"
    sh = _Sheet("一览表", [6, 12, 12, 24, 34, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}关键岗位廉洁风险防控一览表", 7)
    sh.add("序号", "岗位名称", "所在部门", "岗位职责", "廉洁风险点", "风险等级", "防控措施")
    rows = [
        ("总经理", "经理层", "主持公司全面工作", "校车购置、大额资金支出未经集体决策", "一级",
         "严格执行“三重一大”决策制度,会议纪要报集团备案。"),
        ("车队长", "运营部", "负责车辆调度和驾驶员日常管理", "排班派车优亲厚友,收受驾驶员好处", "二级",
         "排班表每周公示,驾驶员可申请复核。"),
        ("车队长", "运营部", "负责车辆调度和驾驶员日常管理", "虚报加班趟次套取加班补贴", "二级",
         "加班趟次以车载定位数据为准,财务复核。"),
        ("安全员", "安全技术部", "负责车辆安全检查和驾驶员安全考核", "安全检查走过场,对有隐患车辆放行", "一级",
         "出车前检查签字留痕,安全技术部每周抽查。"),
        ("保安队长", "综合办公室", "负责停车场站安全保卫", "场站停车位私自出租,收入不入账", "二级",
         "场站车位统一登记,外来车辆一律不得停放。"),
        ("材料保管员", "维修车间", "负责维修配件出入库管理", "配件以旧充新,出入库账实不符", "二级",
         "配件领用以旧换新,每月盘点。"),
        ("线路专员", "运营部", "负责与学校签订接送协议和线路核定", "线路收费标准执行不一,向学校索要好处", "三级",
         "接送协议使用统一文本,收费标准公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, dept, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, dept, duty, point, lv, measures)
        t.point(sh.name, dept, post, "", _tier(post), point, [], ORDINAL[lv])
    per_post = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, per_post), (2, per_post), (3, per_post)])
    _line(sh, "注:风险等级一级为高风险,二级为中风险,三级为低风险。", 7)
    sh.add("公司纪检监察室(盖章)", None, None, None, "2024年3月", None, None)
    return _layout(
        "school_bus_posts_first", "http://www.hwangchansung.net/cms/a/91.html",
        "公交集团 校车服务有限公司 关键岗位廉洁风险防控一览表 对岗不对人 after the source's 清廉公交 plan for a "
        "公共交通集团's 部门, 子公司 and 校车公司: the post first — 序号/岗位名称/所在部门 (经理层, 运营部, 安全技术部, "
        "综合办公室, 维修车间)/岗位职责, the three merged per post (车队长 over two rows) — then 廉洁风险点/风险等级 "
        "一级/二级/三级/防控措施; no names; 注 line on the levels; 纪检监察室(盖章) line",
        [sh], t,
    )  # fmt: skip


def tv_station_dept_heads() -> dict:
    unit = "XX市广播电视台"
    sh = _Sheet("Sheet1", [6, 12, 12, 34, 9, 34, 10, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}部门廉政风险点及防控措施一览表", 8)
    sh.add(
        "序号", "部门", "风险类别", "廉政风险点", "风险等级", "防控措施", "部门负责人", "分管台领导"
    )
    rows = [
        ("总编室", "岗位职责风险", "节目播前审查把关不严,播出有偿新闻", "高",
         "执行三审三校,重要节目台领导终审。", "白雪松", "谢国梁"),
        ("新闻中心", "外部环境风险", "采访中接受被采访单位礼金、购物卡", "中",
         "采访任务登记,记者签订廉洁承诺。", "侯晓", "谢国梁"),
        ("新闻中心", "思想道德风险", "以批评报道相要挟索取财物", "高",
         "批评报道选题报总编室审定,线索登记。", "侯晓", "谢国梁"),
        ("广告经营中心", "制度机制风险", "广告刊例价随意打折,给予代理公司超比例返点", "高",
         "折扣和返点比例经台务会确定并书面公开。", "聂东", "秦海涛"),
        ("广告经营中心", "业务流程风险", "广告合同未经法务审核即签订播出", "中",
         "合同会签,先审后播。", "聂东", "秦海涛"),
        ("技术保障部", "岗位职责风险", "播出设备采购指定品牌、化整为零", "中",
         "设备采购纳入年度计划,按限额公开采购。", "俞斌", "秦海涛"),
        ("财务部", "制度机制风险", "节目制作经费、劳务费审核不严,虚列支出", "中",
         "劳务费发放名单公示,经费报销三级审核。", "田甜", "孔祥"),
        ("办公室", "岗位职责风险", "公务用车、公务接待费用超标准列支", "低",
         "用车、接待事前审批,每季度公开。", "邹明", "孔祥"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, typ, point, lv, measures, head, leader) in enumerate(rows, 1):
        sh.add(n, dept, typ, point, lv, measures, head, leader)
        t.point(sh.name, dept, "", head, None, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (6, lambda row: (row[1], row[6])),
                            (7, lambda row: row[7])])  # fmt: skip
    sh.add()
    sh.add("台党组书记(签字):", None, None, "填报时间:2023年12月26日", None, None, None, None)
    return _layout(
        "tv_station_dept_heads",
        "http://www.nydi.gov.cn/sitesources/lhsjjw/page_pc/gzdt/pzgz/article88190e8acb014c8186619b4d9f3e7e9a.html",
        "市广播电视台 部门廉政风险点及防控措施一览表 after the source's account of a 市广播电视台's 述责述廉 (台党组 "
        "members and the 部门负责人 of each 部门): 序号/部门 merged (总编室, 新闻中心, 广告经营中心, 技术保障部, 财务部, "
        "办公室)/风险类别 (``岗位职责风险``…)/廉政风险点/风险等级 高/中/低/防控措施, then the holder in ``部门负责人`` "
        "(names merged per 部门) and a ``分管台领导`` column of names merged over the two 部门 each oversees; "
        "台党组书记(签字)/填报时间 line",
        [sh], t,
    )  # fmt: skip


def xinhua_bookstore_group_lines() -> dict:
    unit = "XX市新华书店有限公司"
    sh = _Sheet("排查表", [6, 12, 9, 38, 9, 34, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉洁风险排查表", 7)
    r = sh.add(f"填报单位:{unit}(盖章)", None, None, None, "填报时间:2024年4月", None, None)
    sh.merge(r, 0, r, 3)
    sh.merge(r, 4, r, 6)
    sh.add("序号", "岗位", "姓名", "廉洁风险点", "风险等级", "防控措施", "备注")
    groups = [
        ("一、教材教辅发行部", "教材教辅发行部", [
            ("部门经理", "蒋卫东", "教辅材料征订中向学校、教师支付回扣", "高",
             "征订目录和结算折扣统一公开,严禁任何形式返利。", "重点岗位"),
            ("部门经理", "蒋卫东", "超出“一科一辅”范围向学校推荐征订", "高",
             "征订单与教育部门公布目录逐项核对。", "重点岗位"),
            ("发行员", "施雨", "征订数据虚报,多发教辅挤占库存", "中", "征订数据由学校盖章确认,按实发货。", None),
        ]),
        ("二、门店运营部", "门店运营部", [
            ("店长", "姜涛", "门店场地转租、联营收入未入账", "中", "联营合同报公司审批,收入统一入账。", None),
            ("收银员", "谢琳", "收款不开票,截留现金", "中", "收银系统实时上传,每日交款对账。", None),
        ]),
        ("三、储运中心", "储运中心", [
            ("主任", "陆海峰", "物流运输服务商不经比选指定", "中", "运输服务商每年公开比选一次。", None),
            ("仓管员", "汪洋", "退货图书、报废图书私自变卖", "低", "报废图书登记造册,集中监督销毁。", None),
        ]),
    ]  # fmt: skip
    n = 0
    for line, dept, items in groups:
        _line(sh, line, 7)
        first = len(sh.rows)
        for post, who, point, lv, measures, note in items:
            n += 1
            sh.add(n, post, who, point, lv, measures, note)
            t.point(sh.name, dept, post, who, _tier(post), point, [], HML[lv])
        _merge_down(sh, first, [(1, lambda row: row[1:3]), (2, lambda row: row[1:3])])
    sh.add()
    sh.add("总经理:", None, "纪检监察室:", None, "填表人:", None, None)
    return _layout(
        "xinhua_bookstore_group_lines", "https://wxredian.com/art?id=56d91dcf4652b97ec23de38f5a734024",
        "市新华书店有限公司 岗位廉洁风险排查表 after the source's piece on 教辅 征订 回扣 and 新华书店's 教材发行 "
        "(“一科一辅”, 征订数量, 国有图书发行企业): 填报单位(盖章)/填报时间 line; no 部门 column — each 部门 a group "
        "line ``一、教材教辅发行部`` / ``二、门店运营部`` / ``三、储运中心`` merged across; 序号 (running on)/岗位 and "
        "姓名 merged per person/廉洁风险点/风险等级 高/中/低/防控措施/备注; 总经理/纪检监察室/填表人 line; re-saved "
        "as .xls and .ods",
        [sh], t,
    )  # fmt: skip


def college_logistics_three_measures() -> dict:
    unit = "XX师范学院"
    sh = _Sheet("后勤管理处", [6, 14, 9, 9, 34, 9, 26, 26, 26])
    t = _Truth(unit)
    _line(sh, f"{unit}后勤管理处岗位廉政风险防控一览表", 9)
    sh.add(
        "序号", "中心(科)", "岗位", "姓名", "风险点", "风险等级", "前期预防", "中期监控", "后期处置"
    )
    rows = [
        ("饮食服务中心", "主任", "韩志刚", "食堂大宗食材供应商选择暗箱操作", "高",
         "供应商经学校招标确定,名单公开。", "食材价格每月与市场价比对。", "年度审计,发现问题追责。"),
        ("饮食服务中心", "主任", "韩志刚", "食堂档口承包招租不公开", "高",
         "招租方案报校长办公会审定。", "招租全程纪委监督。", "合同到期重新公开招租。"),
        ("饮食服务中心", "采购员", "庞丽", "采购中虚报数量、价格", "中",
         "采购清单双人核对。", "验收由仓管、使用班组共同签字。", "每月采购台账抽查。"),
        ("物业管理中心", "主任", "郝俊", "物业服务外包考核打分不公,收受物业公司好处", "中",
         "考核细则事先公开。", "考核由师生代表参与。", "考核结果与付款挂钩并公示。"),
        ("维修中心", "主任", "邬立新", "零星维修工程化整为零规避招标", "高",
         "维修项目年度计划报处务会。", "5万元以上项目公开比选。", "维修结算送审计处审核。"),
        ("维修中心", "材料员", "祁敏", "维修材料出入库不登记,虚报冒领", "中",
         "材料按维修单领用。", "出入库台账每周复核。", "季度盘点,差异说明。"),
        ("房产科", "科长", "柴红", "校内门面房招租不公开,违规减免租金", "高",
         "门面房招租方案公开。", "租金减免经校长办公会研究。", "租金收缴情况年底公开。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, lv, *measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, lv, *measures)
        t.point(sh.name, dept, post, who, _tier(post), point, [], HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: row[1:4]),
                            (3, lambda row: row[1:4])])  # fmt: skip
    sh.add()
    sh.add("处长签字:", None, None, "分管校领导签字:", None, None, "年  月  日", None, None)
    return _layout(
        "college_logistics_three_measures", "http://www.jizihe.com/page/2018/0910/10646886.shtml",
        "师范学院 后勤管理处 岗位廉政风险防控一览表 after the source's study of 高校后勤 risks (大宗物资采购, 工程项目, "
        "后勤服务合作企业选择, 门面房招租): the 处 in the title after the 学院, tab ``后勤管理处``; 序号/``中心(科)`` "
        "merged (饮食服务中心, 物业管理中心, 维修中心, 房产科)/岗位 and 姓名 merged per person/风险点/风险等级 高/中/低, "
        "then the measures in THREE columns headed ``前期预防 | 中期监控 | 后期处置`` with no ``防控措施`` heading "
        "over them; 处长/分管校领导签字 line",
        [sh], t,
    )  # fmt: skip


def water_center_trailing_holder() -> dict:
    unit = "XX水务集团有限公司西区供水服务中心"
    sh = _Sheet("Sheet1", [6, 14, 12, 40, 9, 32, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险点防控表", 7)
    sh.add("序号", "部门", "风险名称", "风险描述", "风险等级", "防控措施", "责任人")
    rows = [
        ("城关水站", "估抄漏抄", "抄表员不入户抄表,按估算量填写抄表簿,或为关系户少抄水量。", "二级",
         "抄表簿集中保管,供水监察部按月抽检。", "邱永健"),
        ("城关水站", "违章用水私了", "发现私接管道、绕表用水不上报,收取好处后私了。", "一级",
         "违章处理一律开具处理单,追补水费入账。", "邱永健"),
        ("城关水站", "水费截留", "收取的现金水费不及时交存,挪用水费。", "一级",
         "现金水费当日交存,系统日结。", "牛丽君"),
        ("东镇水站", "用水性质错定", "将经营性用水按居民水价核定,造成水费流失。", "二级",
         "用水性质变更须营业室审核。", "景春生"),
        ("东镇水站", "到期水表不换", "黄表、黑表到期不更换,或更换时向用户收费。", "三级",
         "水表到期系统预警,更换免费并登记。", "景春生"),
        ("营业室", "报装拖延", "报装审批拖延,暗示用户找指定施工队。", "一级",
         "报装时限公开,施工单位用户自选。", "温静"),
        ("供水监察中队", "稽查走漏消息", "突击检查前走漏消息,对违章用户降格处理。", "一级",
         "检查人员临时编组,处理结果集体审核。", "阮志诚"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, name, desc, lv, measures, who) in enumerate(rows, 1):
        sh.add(n, dept, name, desc, lv, measures, who)
        t.point(sh.name, dept, "", who, None, name, [], ORDINAL[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (6, lambda row: (row[1], row[6]))])
    _line(sh, "注:风险等级分一级(高)、二级(中)、三级(低)。", 7)
    sh.add("中心主任:", None, "供水监察部:", None, "2024年3月", None, None)
    return _layout(
        "water_center_trailing_holder", "http://m.tianwoyijia.com/nzcms_show_news.asp?id=6150",
        "水务集团 供水服务中心 廉洁风险点防控表 after the source's account of a 供水监察部's spot check of a "
        "西区供水服务中心's 水站 (抄表簿, 估抄, 违章用户, 居民水价 for a 小饭店, 黄黑表 not changed): 序号/部门 merged "
        "(城关水站, 东镇水站, 营业室, 供水监察中队)/a short ``风险名称`` beside a long ``风险描述``/风险等级 一级/二级/三级/"
        "防控措施/the holder in a trailing ``责任人`` column of names (merged per person); no post column; 注 line; "
        "中心主任/供水监察部 line; re-saved as .xls and .ods",
        [sh], t,
    )  # fmt: skip


def metro_post_grade() -> dict:
    unit = "XX轨道交通集团运营有限公司"
    sh = _Sheet("评定表", [6, 12, 12, 9, 12, 34, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}重点岗位廉洁风险等级评定表", 8)
    sh.add(
        "序号",
        "部门",
        "重点岗位",
        "岗位风险等级",
        "关键环节",
        "廉洁风险点",
        "风险点等级",
        "防控措施",
    )
    rows = [
        ("物资部", "采购主管", "高", "供应商选择", "设置排他性条件,指定供应商", "高",
         "采购需求与采购实施分离,供应商库动态管理。"),
        ("物资部", "采购主管", "高", "合同签订", "合同价格高于中标价,擅自变更付款条件", "中",
         "合同签订前经法务审核,与中标通知书比对。"),
        ("物资部", "仓库保管员", "中", "物资出入库", "备品备件账实不符,私自出借", "中",
         "出入库扫码登记,每季度盘点。"),
        ("票务中心", "票务管理员", "高", "票款清点", "票款清点时截留现金", "高",
         "票款双人清点,全程视频监控。"),
        ("票务中心", "票务管理员", "高", "车票调配", "违规发放免费乘车卡", "低",
         "免费卡发放凭审批单,按月公示。"),
        ("车辆部", "检修工程师", "中", "委外维修", "委外维修工时、材料虚报", "中",
         "委外维修工单与验收记录逐项核对。"),
        ("人力资源部", "招聘专员", "中", "员工招聘", "招聘资格审查放宽,为关系人打招呼", "高",
         "招聘全程纪检监督,结果公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, grade, step, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, grade, step, point, lv, measures)
        t.point(sh.name, dept, post, "", _tier(post), point, [], HML[lv])
    per_post = lambda row: row[1:3]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_post), (3, per_post)])
    _line(
        sh,
        "说明:岗位风险等级按岗位掌握的人、财、物权力评定;风险点等级按发生可能性和危害程度评定。",
        8,
    )
    sh.add("编制部门:纪委办公室", None, None, None, "审核:", None, None, None)
    return _layout(
        "metro_post_grade", "http://wap.sasac.gov.cn/n2588025/n2588129/c2807380/content.html",
        "轨道交通集团 运营有限公司 重点岗位廉洁风险等级评定表 对岗不对人 after the source's account of a 轨道交通集团 "
        "排查 of 重点岗位、关键环节 in its 部门 and 二级子公司: 序号/部门 merged/重点岗位 merged per post/``岗位风险等级`` "
        "高/中/低 merged per post (the post's grade)/关键环节/廉洁风险点/``风险点等级`` 高/中/低 (the point's level, "
        "differing from the post's on three rows)/防控措施; a 说明 line on the two grades; 编制部门/审核 line",
        [sh], t,
    )  # fmt: skip


def publisher_trailing_posts() -> dict:
    unit = "XX人民出版社有限公司"
    sh = _Sheet("风险清单", [6, 12, 34, 12, 9, 32, 10, 12])
    t = _Truth(unit)
    _line(sh, f"{unit}廉洁风险清单", 8)
    sh.add("序号", "业务领域", "风险点", "风险类别", "风险等级", "防控措施", "责任部门", "责任岗位")
    rows = [
        ("文化内容生产", "合作出版中变相买卖书号", "制度机制风险", "高",
         "合作出版项目经社务会审定,书号使用登记。", "编辑部", "编辑室主任"),
        ("文化内容生产", "收受作者、机构好处降低审稿标准", "自由裁量风险", "中",
         "严格执行三审三校,审稿意见存档。", "编辑部", "责任编辑"),
        ("出版印制", "印制单位选择不招标,纸张采购吃回扣", "外部环境风险", "高",
         "印制、纸张采购年度公开招标。", "出版部", "出版部主任"),
        ("出版印制", "印数虚报,超印部分私下销售", "岗位职责风险", "中",
         "印数单与入库单、版税结算三方核对。", "出版部", "印制专员"),
        ("发行经营", "擅自提高发行折扣,向经销商输送利益", "制度机制风险", "高",
         "发行折扣标准经社务会确定,超标准须审批。", "发行部", "发行部主任"),
        ("发行经营", "应收账款催收不力,坏账核销不按程序", "岗位职责风险", "中",
         "应收账款按季度对账,坏账核销集体研究。", "发行部", "发行业务员"),
        ("财务管理", "稿酬、审读费发放虚列人员", "制度机制风险", "中",
         "稿酬发放凭合同和签收单,直接转账。", "财务部", "会计"),
        ("财务管理", "库存图书报废处置不公开", "外部环境风险", "低",
         "报废图书经评估后公开处置。", "储运部", "库管员"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (area, point, typ, lv, measures, dept, post) in enumerate(rows, 1):
        sh.add(n, area, point, typ, lv, measures, dept, post)
        t.point(sh.name, dept, post, "", _tier(post), point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("编制:纪检监察室", None, None, None, "2023年11月", None, None, None)
    return _layout(
        "publisher_trailing_posts", "http://www.victorzhang.cn/page/2024/0111/23176926.shtml",
        "人民出版社有限公司 廉洁风险清单 对岗不对人 after the source's account of the risks of 国有文化传媒企业 (文化内容 "
        "生产, 文化产业经营, 财务管理, 设备采购; 岗位职责风险, 自由裁量风险, 制度机制风险, 外部环境风险): 序号/业务领域 "
        "merged/风险点/风险类别 (one row ``自由裁量风险``, none of the five types)/风险等级 高/中/低/防控措施, then "
        "``责任部门`` and ``责任岗位`` trailing (eight posts, one point each); 编制/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    transmitter_stacked_cards(),
    gas_branch_meter_reading(),
    school_bus_posts_first(),
    tv_station_dept_heads(),
    xinhua_bookstore_group_lines(),
    college_logistics_three_measures(),
    water_center_trailing_holder(),
    metro_post_grade(),
    publisher_trailing_posts(),
]

RESAVED = (
    "gas_branch_meter_reading",
    "xinhua_bookstore_group_lines",
    "water_center_trailing_holder",
)  # fmt: skip  (each as .xls and .ods)


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``, its re-saved copies
    ``resaved/b48_*`` (.xls and .ods)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch48-inbox"))
