"""A two-hundred-and-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: FILES AS THEY REALLY ARRIVE from county bodies seldom used
before — a 县民族宗教事务委员会, a 县政务服务中心, a 县禁毒委员会办公室, a 县非物质文化遗产保护中心, a 县水库
移民事务中心, a 乡人民政府's 站所, a 县乡村振兴局, a 县公安局's 派出所 — each handing back its ordinary
一览表, 排查表, 目录, 清单, 防控卡 or 自查表 the way its staff typed it (no re-saved copies):

- a 民宗委 廉政风险等级目录 对岗不对人 with NO level column: the rows stand under section rows
  ``一、一级风险（3项）``, ``二、二级风险（3项）``, ``三、三级风险（2项）`` (each section counting its items);
- a 禁毒办 排查表 under ``填报单位：… | 填报时间：…``, 科室 merged, 岗位 and 姓名 merged per person,
  ``…风险`` types, 高/中/低, and a ``责任领导`` column naming the 主任/副主任 (supervisors, no holders);
- a 非遗保护中心 一览表 with the holder under ``责任人``, 一级/二级/三级, and type cells naming TWO
  types (``思想道德、岗位职责``);
- a 水库移民事务中心's 防控卡 one sheet a person: ``姓名 | … | 职务 | …`` and ``所在科室 | … | 填卡日期
  | …`` pairs above the table, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``持卡人签字：`` under it;
- a 乡's 站所干部 自查表 one sheet a person: a label row ``姓名 | 性别 | 出生年月 | 政治面貌 | 所在站所 |
  职务`` over a row of the values, then the table with a ``岗位职责`` column;
- a 乡村振兴局 清单 对岗不对人 with NO 科室 column (``项目规划股股长`` as written), ``附件1`` above;
- a 派出所 一览表 whose title names no unit, under ``填报单位：彭水县公安局鹿鸣派出所 | 填报人：… | …``
  (the 局 is the unit, the 所 the 科室), the 填报人 also a holder in the table.

One is harder, a shape the README's 读得懂的表 does not describe:

- ``service_center_system_export``: a 政务服务中心's list as the 廉政风险防控管理系统 EXPORTS it — no
  title, the header in row 1 (``风险点编号 | 所属单位 | 所属部门 | 岗位名称 | 风险点描述 | 风险类型 | 风险等级 |
  防控措施 | 录入人 | 录入时间 | 审核状态``), the sheet named ``Sheet0``; posts only (对岗不对人), while
  the ``录入人`` column is full of names — each 部门's liaison who keyed the rows in, no holder.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; most pages describe their subject in prose (少数民族发展资金 and its
projects; a 无差别综合窗口 standard with its unified information system; 社区戒毒社区康复; a
土家族苗族自治州's 非遗中心 and 传承人; a 县's 水库移民后期扶持规划; a 乡镇财政所 among the 七站八所;
the 衔接资金 after 脱贫攻坚; a 交巡所合一 大队 and its 街区警务工作站) and the layout follows their
words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented; every unit is a body of 彭水县 (the 乡 an invented 雾溪乡).

Run ``python tests/published/score.py --set batch208`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- section rows ``一、一级风险（3项）`` give the level of the rows under them (the count is no point);
- a system export's ``录入人`` is who keyed the row in: no holder (the posts stay 对岗不对人);
  ``风险点编号``, ``录入时间`` and ``审核状态`` are no point and no holder;
- a ``责任领导`` column beside 姓名 names the supervisor: no holder;
- a 防控卡 of a leader says ``所在科室 | 中心领导``: that is its 科室 (as ``所领导`` in earlier batches);
- ``填报单位：彭水县公安局鹿鸣派出所`` gives the 局 as the unit and the 所 as the 科室;
- 主任/副主任 of a 委, a 中心 or the 禁毒办, 局长/副局长 are leaders; 科长, 股长, 部长, 办公室主任, a 所长/
  教导员/副所长 of the 局's 派出所 and the head of a 乡's 站所 middle; the rest general.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and writes
``truth.json``.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b208_"
PLACE = "彭水县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
RESAVED: tuple[str, ...] = ()


# --------------------------------------------------------------------------- harder layout


def service_center_system_export() -> dict:
    unit = f"{PLACE}政务服务中心"
    sh = _Sheet("Sheet0", [14, 22, 14, 14, 40, 12, 8, 40, 10, 20, 10])
    t = _Truth(unit)
    sh.add("风险点编号", "所属单位", "所属部门", "岗位名称", "风险点描述", "风险类型", "风险等级", "防控措施", "录入人",
           "录入时间", "审核状态")  # fmt: skip
    keyed = {
        "中心领导": "佘昭宁",
        "综合窗口科": "禄溪言",
        "审批协调科": "冼沐岚",
        "办公室": "扈望舒",
    }
    rows = [
        ("中心领导", "主任", "进驻部门窗口设置和人员考核结果不经集体研究", "制度机制风险", "高",
         "窗口设置和考核结果经主任办公会研究,结果在大厅公示。", "leader", "2024-06-11 09:42:17"),
        ("中心领导", "副主任", "政务服务大厅运维服务外包项目验收把关不严", "岗位职责风险", "中",
         "运维服务按合同考核,验收由使用科室和办公室共同签字。", "leader", "2024-06-11 09:45:03"),
        ("综合窗口科", "科长", "对无差别综合窗口受理的办件不按规定流转,为关系人提前办理", "岗位职责风险", "高",
         "办件按取号顺序和系统流转,提前办理须科长登记说明并接受抽查。", "middle", "2024-06-12 15:20:41"),
        ("综合窗口科", "综合受理员", "受理时故意刁难或一次性告知不到位,暗示找中介代办", "外部环境风险", "中",
         "执行一次性告知和首问负责,窗口全程录音录像,评价器实时评价。", "general", "2024-06-12 15:24:09"),
        ("综合窗口科", "出件员", "证照出件不核对身份,代领证照不留存委托材料", "业务流程风险", "低",
         "出件核验身份证件,代领留存委托书和复印件。", "general", "2024-06-12 15:26:55"),
        ("审批协调科", "科长", "协调并联审批中为特定企业压缩或拖延时限", "思想道德风险", "中",
         "并联审批时限由系统自动计时,超时预警推送分管领导。", "middle", "2024-06-13 10:02:33"),
        ("审批协调科", "帮办代办员", "帮办代办中收受企业礼金、购物卡", "思想道德风险", "中",
         "帮办代办服务免费并公开承诺,服务结束回访企业。", "general", "2024-06-13 10:06:18"),
        ("办公室", "会计", "大厅物业、安保服务费支付与合同约定不符", "制度机制风险", "低",
         "服务费按考核结果和合同支付,支付凭证经主任审签。", "general", "2024-06-14 16:40:52"),
    ]  # fmt: skip
    for n, (dept, post, point, typ, lv, measures, tier, stamp) in enumerate(rows, 1):
        sh.add(
            f"FX2024-{n:03d}",
            unit,
            dept,
            post,
            point,
            typ,
            lv,
            measures,
            keyed[dept],
            stamp,
            "已审核",
        )
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    return _layout(
        "service_center_system_export", "https://www.wendangjia.com/1/43588.html",
        "(harder) 县政务服务中心 岗位廉政风险点 list as the 廉政风险防控管理系统 EXPORTS it, after the source's "
        "account of a standard for 无差别综合窗口 (AB岗, a unified information system, 前窗受理后室审批): NO title, "
        "the header in row 1 — ``风险点编号 | 所属单位 | 所属部门 | 岗位名称 | 风险点描述 | 风险类型 | 风险等级 | 防控措施 | 录入人 | "
        "录入时间 | 审核状态`` — the sheet named ``Sheet0``; codes ``FX2024-001``…, 所属单位 (the unit) and 所属部门 repeated on every row, "
        "types ``…风险``, 高/中/低; posts only (对岗不对人), while the ``录入人`` column holds a NAME on every row — "
        "each 部门's liaison who keyed its rows in (佘昭宁, 禄溪言, 冼沐岚, 扈望舒), none of them a holder — beside "
        "text timestamps ``2024-06-11 09:42:17`` and ``已审核``",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def ethnic_affairs_level_sections() -> dict:
    unit = f"{PLACE}民族宗教事务委员会"
    sh = _Sheet("风险目录", [6, 14, 10, 40, 12, 40])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险等级目录", 6)
    sh.add("序号", "科室", "岗位", "风险点", "风险类型", "防控措施")
    sections = [
        ("一、一级风险", 1, [
            ("委领导", "主任", "少数民族发展资金项目安排不经委务会集体研究", "制度机制",
             "项目安排经委务会集体研究,资金分配结果公开。", "leader"),
            ("民族经济科", "科长", "少数民族特色村寨项目申报审核把关不严,虚报项目内容", "岗位职责",
             "项目申报实地核查,审核意见科室集体研究并存档。", "middle"),
            ("办公室", "主任", "民族节庆活动物资采购不比价,指定供应商", "制度机制",
             "物资采购三家以上比价,验收两人以上签字。", "middle"),
        ]),
        ("二、二级风险", 2, [
            ("委领导", "副主任", "民族团结进步示范单位评选推荐标准执行不一", "岗位职责",
             "评选标准公开,推荐名单公示五个工作日。", "leader"),
            ("民族经济科", "科员", "发展资金项目竣工验收走过场", "业务流程",
             "验收邀请乡镇、村代表参加,验收资料拍照存档。", "general"),
            ("宗教事务科", "科长", "宗教活动场所设立、变更审核中接受请托", "外部环境",
             "审核材料两人以上审查,审核结果报委务会备案。", "middle"),
        ]),
        ("三、三级风险", 3, [
            ("宗教事务科", "科员", "宗教教职人员备案材料审查不细", "岗位职责",
             "备案材料逐项核对,备案信息定期复查。", "general"),
            ("办公室", "会计", "公务接待费用报销凭证不全", "思想道德",
             "接待事前审批,凭公函和接待清单报销。", "general"),
        ]),
    ]  # fmt: skip
    n = 0
    for caption, lv, rows in sections:
        _line(sh, f"{caption}（{len(rows)}项）", 6)
        for dept, post, point, typ, measures, tier in rows:
            n += 1
            sh.add(n, dept, post, point, typ, measures)
            t.point(sh.name, dept, post, "", tier, point, types_in(typ), lv)
    sh.add()
    sh.add("填报人:", None, "审核人:", None, "2024年7月", None)
    return _layout(
        "ethnic_affairs_level_sections", "http://www.gov.cn/xinwen/2017-05/28/content_5197841.htm",
        "县民族宗教事务委员会 廉政风险等级目录 对岗不对人 after the source's account of 少数民族发展资金 (村社道路、特色"
        "种植、非物质文化遗产传承, 人口较少民族聚居村): 序号/科室 (委领导, 民族经济科, 宗教事务科, 办公室)/岗位/风险点/"
        "风险类型 (short names)/防控措施 and NO level column — the rows stand under merged section rows "
        "``一、一级风险（3项）``, ``二、二级风险（3项）``, ``三、三级风险（2项）`` (each counting its items), 序号 running on "
        "through the sections; 填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


def drug_control_office_leader_col() -> dict:
    unit = f"{PLACE}禁毒委员会办公室"
    sh = _Sheet("排查表", [6, 14, 10, 9, 34, 14, 8, 34, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险排查表", 9)
    r = sh.add(
        f"填报单位：{unit}", None, None, None, None, "填报时间：2024年10月", None, None, None
    )
    sh.merge(r, 0, r, 4)
    sh.merge(r, 5, r, 8)
    sh.add("序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施", "责任领导")
    chief, deputy = "庾北辰", "昝汀蘅"
    rows = [
        ("办领导", "主任", chief, "禁毒专项经费分配和使用不经集体研究", "制度机制风险", "高",
         "专项经费使用经办务会研究,按季公开支出明细。", chief, "leader"),
        ("办领导", "副主任", deputy, "禁毒工作考评打分中优亲厚友", "思想道德风险", "中",
         "考评细则公开,考评组集体打分并公示。", chief, "leader"),
        ("综合协调科", "科长", "汲远澜", "禁毒宣传物资采购中收受供应商好处", "外部环境风险", "中",
         "物资采购三家以上比价,验收两人签字。", deputy, "middle"),
        ("社区戒毒康复科", "科长", "揭青棠", "社区戒毒社区康复人员解除、变更执行地审核把关不严", "岗位职责风险",
         "高", "解除、变更材料经科室集体审核,报主任审批。", chief, "middle"),
        ("社区戒毒康复科", "科长", "揭青棠", "社区戒毒康复人员帮扶救助对象认定不实", "岗位职责风险", "中",
         "帮扶对象经乡镇、村(社区)核实,名单公示。", chief, "middle"),
        ("社区戒毒康复科", "禁毒专干", "甄若渔", "尿检检测弄虚作假,为戒毒人员隐瞒复吸情况", "业务流程风险",
         "高", "尿检两人同场,检测结果拍照上传系统。", deputy, "general"),
        ("宣传教育科", "科员", "戢晚晴", "禁毒宣传活动经费虚报参加人数", "制度机制风险", "低",
         "活动签到、照片存档,经费据实报销。", deputy, "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, boss, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures, boss)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年10月", None, None)
    return _layout(
        "drug_control_office_leader_col", "http://qingl.net/thread-20022-1-1.html",
        "县禁毒委员会办公室 岗位廉政风险排查表 after the source's account of 社区戒毒及社区康复 (执行地点变更, 定期报告, "
        "尿检, 帮扶救助): ``填报单位：… | 填报时间：…`` over the table; 序号/科室 merged (办领导, 综合协调科, 社区戒毒康复科, "
        "宣传教育科)/岗位 and 姓名 merged per person/风险点/风险类别 ``…风险``/风险等级 高/中/低/防控措施/``责任领导`` naming "
        "the 主任 or 副主任 on every row (supervisors, not holders); 填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def heritage_center_two_types() -> dict:
    unit = f"{PLACE}非物质文化遗产保护中心"
    sh = _Sheet("一览表", [6, 12, 10, 9, 34, 18, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    sh.add("序号", "部门", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "滕歌行", "代表性传承人认定推荐中优亲厚友", "思想道德、岗位职责", "一级",
         "推荐经专家评审和中心会议研究,推荐名单公示。", "leader"),
        ("中心领导", "主任", "滕歌行", "非遗保护专项资金分配不经集体研究", "制度机制", "一级",
         "资金分配方案经中心会议集体研究,报文旅委备案。", "leader"),
        ("中心领导", "副主任", "粟沅芷", "非遗展演活动承办单位选定不公开", "制度机制、业务流程", "二级",
         "承办单位公开比选,比选结果公示。", "leader"),
        ("保护传承部", "部长", "喻枕溪", "传承人传承补助发放不按考核结果", "岗位职责", "一级",
         "补助凭年度传承考核结果发放,发放名单公示。", "middle"),
        ("保护传承部", "干事", "檀月汐", "传习所挂牌评估材料审核走过场", "岗位职责、外部环境", "二级",
         "评估实地查看,评估意见两人签字。", "general"),
        ("展示传播部", "部长", "蹇问樵", "非遗文创产品采购以次充好", "外部环境", "二级",
         "采购三家比价,样品封存备查。", "middle"),
        ("办公室", "出纳", "郇一苇", "现金收付不及时入账", "制度机制", "三级",
         "现金日清月结,会计、出纳每月对账。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    per_person = lambda row: row[1:4]  # noqa: E731
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, per_person), (3, per_person)])
    sh.add()
    sh.add("填表人:", None, None, "审核人:", None, None, "2024年8月", None)
    return _layout(
        "heritage_center_two_types",
        "http://soolun.net/periodical/0bc6eb4423bbdc794455d8855c6a9ff5.html",
        "县非物质文化遗产保护中心 岗位廉政风险点一览表 after the source's account of a 土家族苗族自治州's 非遗 "
        "(产业化, 传承人, 非遗中心, 资金支持): 序号/部门 merged (中心领导, 保护传承部, 展示传播部, 办公室)/岗位 and "
        "``责任人`` merged per person/风险点/风险类型 short names, three cells naming TWO types "
        "(``思想道德、岗位职责``, ``制度机制、业务流程``, ``岗位职责、外部环境``)/风险等级 一级/二级/三级/防控措施; "
        "填表人/审核人/date",
        [sh], t,
    )  # fmt: skip


def resettlement_cards() -> dict:
    unit = f"{PLACE}水库移民事务中心"
    t = _Truth(unit)
    cards = [
        ("闵鹤汀", "主任", "中心领导", "leader", [
            ("后期扶持项目安排不经集体研究,向个别村倾斜", "Ⅰ级",
             "项目安排按规划入库,经中心会议集体研究并公示。"),
            ("项目资金拨付审批把关不严", "Ⅰ级", "资金按进度和验收结果拨付,实行双签。"),
            ("移民信访事项处理中说情打招呼", "Ⅲ级", "信访事项登记办理,办理结果回访。"),
        ]),
        ("濮砚池", "科长", "后期扶持科", "middle", [
            ("移民直补人口核定不实,虚增直补人口", "Ⅰ级", "直补人口逐户核对,名册在村公示。"),
            ("扶持项目验收走过场", "Ⅱ级", "验收邀请乡镇、移民代表参加,验收资料存档。"),
        ]),
        ("阙岫云", "会计", "财务审计科", "general", [
            ("直补资金发放不按名册,截留挪用", "Ⅰ级", "直补资金通过一卡通直接发放到户。"),
            ("报账凭证审核不严", "Ⅱ级", "报账凭证三级审核,每季度内审一次。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for k, (who, post, dept, tier, points) in enumerate(cards, 1):
        sh = _Sheet(f"Sheet{k}", [8, 36, 10, 36])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓名", who, "职务", post)
        sh.add("所在科室", dept, "填卡日期", "2024年9月")
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for n, (point, lv, measures) in enumerate(points, 1):
            sh.add(n, point, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("持卡人签字：", None, "审核人签字：", None)
        sheets.append(sh)
    return _layout(
        "resettlement_cards", "https://renrendoc.com/paper/251810424.html",
        "县水库移民事务中心 岗位廉政风险防控卡 one sheet a person (Sheet1–Sheet3), after the source's 大中型水库移民后期"
        "扶持规划 (直补到人, 扶持项目, 移民村基础设施): title, then pairs ``姓名 | 闵鹤汀 | 职务 | 主任`` and ``所在科室 | "
        "中心领导 | 填卡日期 | 2024年9月``, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no type column; "
        "``持卡人签字： | | 审核人签字：`` under each card",
        sheets, t,
    )  # fmt: skip


def township_staff_label_rows() -> dict:
    unit = f"{PLACE}雾溪乡人民政府"
    t = _Truth(unit)
    staff = [
        ("冉疏影", "女", "1984.03", "中共党员", "财政所", "所长", "middle",
         "负责乡财政预决算、国库集中支付和村级财务代理", [
             ("乡级财政资金支付审核把关不严,超预算支付", "制度机制", "高",
              "支付按预算和审批执行,大额支付经党政联席会议研究。"),
             ("村级财务代理记账中接受不合规票据", "岗位职责", "中", "代理记账逐笔审核票据,不合规票据退回。"),
         ]),
        ("但启蛰", "男", "1979.11", "中共党员", "农业服务中心", "主任", "middle",
         "负责农业技术推广、耕地地力保护补贴面积核实", [
             ("耕地地力保护补贴面积核实不实", "岗位职责", "高", "补贴面积由村组核实、乡公示,抽查复核。"),
             ("农资发放不登记,优亲厚友", "思想道德", "低", "农资发放登记签字,名单公示。"),
         ]),
        ("谯晚枫", "女", "1992.07", "共青团员", "社会保障服务所", "经办员", "general",
         "负责城乡居民养老保险、医疗保险参保登记和待遇资格认证", [
             ("养老保险待遇资格认证走过场,死亡人员冒领待遇", "业务流程", "中",
              "资格认证与公安、民政数据比对,每季度核查。"),
             ("参保登记信息随意修改", "制度机制", "低", "信息修改须本人申请并经所长审核。"),
         ]),
    ]  # fmt: skip
    sheets = []
    for k, (who, sex, born, party, dept, post, tier, duty, points) in enumerate(staff, 1):
        sh = _Sheet(f"Sheet{k}", [6, 26, 36, 12, 8, 36])
        _line(sh, f"{unit}站所干部岗位廉政风险自查表", 6)
        sh.add("姓名", "性别", "出生年月", "政治面貌", "所在站所", "职务")
        sh.add(who, sex, born, party, dept, post)
        sh.add("序号", "岗位职责", "风险点", "风险类型", "风险等级", "防控措施")
        first = len(sh.rows)
        for n, (point, typ, lv, measures) in enumerate(points, 1):
            sh.add(n, duty, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
        _merge_down(sh, first, [(1, lambda row: row[1])])
        sh.add()
        sh.add("自查人签名:", None, "站所负责人审核:", None, "2024年11月", None)
        sheets.append(sh)
    return _layout(
        "township_staff_label_rows", "http://www.handmsg.com/page/2020/1216/13066605.shtml",
        "乡人民政府 站所干部岗位廉政风险自查表 one sheet a person (Sheet1–Sheet3; the title names the 乡人民政府), after the source's account of a "
        "乡镇财政所 among the 七站八所 (农业站, 村账乡代管, 站所 under the 乡党委政府): a title naming the 乡, then a "
        "LABEL row ``姓名 | 性别 | 出生年月 | 政治面貌 | 所在站所 | 职务`` over a row of the values (财政所 所长, "
        "农业服务中心 主任, 社会保障服务所 经办员), then 序号/岗位职责 merged/风险点/风险类型 short names/风险等级 "
        "高/中/低/防控措施; ``自查人签名: | | 站所负责人审核:`` under each",
        sheets, t,
    )  # fmt: skip


def rural_revitalization_posts() -> dict:
    unit = f"{PLACE}乡村振兴局"
    sh = _Sheet("清单", [6, 16, 36, 12, 8, 36])
    t = _Truth(unit)
    sh.add("附件1")
    _line(sh, f"{unit}岗位廉政风险防控清单", 6)
    sh.add("序号", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局长", "衔接推进乡村振兴补助资金分配方案不经党组集体研究", "制度机制", "高",
         "资金分配方案经党组会集体研究,分配结果公告公示。", "leader"),
        ("副局长", "项目库入库审核中为关系项目开绿灯", "岗位职责", "中",
         "入库项目经股室初审、专家评审,入库结果公示。", "leader"),
        ("办公室主任", "公务用车使用不登记,公车私用", "思想道德", "低",
         "用车审批登记,车辆定位监控。", "middle"),
        ("项目规划股股长", "项目实施方案变更审核把关不严", "业务流程", "高",
         "方案变更经股室集体审核,报局党组审定。", "middle"),
        ("项目规划股股长", "项目竣工验收走过场,未完工即验收", "岗位职责", "高",
         "验收实地查看,验收组三人以上签字。", "middle"),
        ("资金监管股股长", "衔接资金拨付进度与项目进度不符", "制度机制", "中",
         "资金按报账制拨付,每月核对项目进度。", "middle"),
        ("资金监管股会计", "报账资料不全即办理拨付", "岗位职责", "中",
         "报账资料清单化,缺项不予拨付。", "general"),
        ("社会帮扶股干部", "东西部协作、定点帮扶物资登记不全,私自处置", "外部环境", "低",
         "帮扶物资入库登记,发放签字并公示。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, post, point, typ, lv, measures)
        t.point(sh.name, "", post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1])])
    sh.add()
    sh.add("填报人:", None, "审核人:", None, "2024年5月", None)
    return _layout(
        "rural_revitalization_posts", "http://www.handmsg.com/page/2024/0115/23459152.shtml",
        "县乡村振兴局 岗位廉政风险防控清单 对岗不对人 after the source's account of the 原财政专项扶贫资金 turned 衔接推进"
        "乡村振兴补助资金 (产业发展, 防止返贫): ``附件1`` above the title; 序号/岗位 merged (局长, 副局长, 办公室主任, "
        "``项目规划股股长``, ``资金监管股股长``, ``资金监管股会计``, ``社会帮扶股干部`` — NO 科室 column, the 股 written into "
        "the post)/风险点/风险类型 short names/风险等级 高/中/低/防控措施; no names anywhere; 填报人/审核人/date",
        [sh], t,
    )  # fmt: skip


def police_station_unit_line() -> dict:
    bureau, station = f"{PLACE}公安局", "鹿鸣派出所"
    sh = _Sheet("Sheet1", [6, 14, 9, 34, 14, 8, 34])
    t = _Truth(bureau)
    _line(sh, "岗位廉政风险点排查一览表", 7)
    filler = "邰清漪"
    r = sh.add(
        f"填报单位：{bureau}{station}", None, None, f"填报人：{filler}", None, "2024年12月", None
    )
    sh.merge(r, 0, r, 2)
    sh.merge(r, 5, r, 6)
    sh.add("序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所长", "雍知远", "治安案件处理中说情打招呼,降格处理", "外部环境风险", "高",
         "案件处理集体研究,说情打招呼登记报告。", "middle"),
        ("所长", "雍知远", "罚没款物管理不规范,罚款不开票", "制度机制风险", "高",
         "罚款通过银行代收,涉案财物入库登记。", "middle"),
        ("教导员", "勾一舟", "辅警招录、考核中优亲厚友", "思想道德风险", "中",
         "招录考核公开,结果公示。", "middle"),
        ("副所长", "阳朔北", "交通事故现场处置中偏袒一方当事人", "岗位职责风险", "中",
         "事故处理全程执法记录仪记录,责任认定集体研究。", "middle"),
        ("社区民警", "瞿禾青", "矛盾纠纷调解中收受当事人财物", "外部环境风险", "中",
         "调解两人以上参加,调解协议当事人签字存档。", "general"),
        ("户籍内勤", filler, "违规办理户口迁移、出具户籍证明", "业务流程风险", "高",
         "户籍业务系统审批留痕,证明出具经所长审签。", "general"),
        ("警务辅助人员", "郦小满", "街面巡逻中对违法行为不制止、不报告", "岗位职责风险", "低",
         "巡逻轨迹定位,每日巡逻记录上报。", "general"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, point, typ, lv, measures, tier) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, station, post, who, tier, point, types_in(typ), HML[lv])
    per_person = lambda row: row[1:3]  # noqa: E731
    _merge_down(sh, first, [(1, per_person), (2, per_person)])
    sh.add()
    sh.add("所长签字:", None, None, "审核人:", None, None, None)
    return _layout(
        "police_station_unit_line", "https://www.chaxiaohao.com/read-1750253994l561157.html",
        "县公安局 派出所 岗位廉政风险点排查一览表 after the source's account of a 大队's 交巡所合一 (街区警务工作站, "
        "事故, 纠纷, 巡逻防控): the title names NO unit; under it ``填报单位：彭水县公安局鹿鸣派出所 | 填报人：邰清漪 | "
        "2024年12月`` (the 局 the unit, the 所 its 科室; the 填报人 also the 户籍内勤 in the table); 序号/岗位 and 姓名 "
        "merged per person (所长, 教导员, 副所长, 社区民警, 户籍内勤, 警务辅助人员)/风险点/风险类型 ``…风险``/风险等级 "
        "高/中/低/防控措施; no 科室 column; 所长签字/审核人",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    service_center_system_export(),
    ethnic_affairs_level_sections(),
    drug_control_office_leader_col(),
    heritage_center_two_types(),
    resettlement_cards(),
    township_staff_label_rows(),
    rural_revitalization_posts(),
    police_station_unit_line(),
]


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx`` (no re-saved copies)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch208-inbox"))
