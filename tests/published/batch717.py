"""The seven-hundred-and-seventeenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 矿产 and 地质
bodies, 逊克县 (of 黑河市, 黑龙江省) — its 自然资源局, 矿产资源管理站, 地质环境监测站, 矿山救护队,
自然资源综合行政执法大队, 奇克自然资源所 and 非煤矿山安全监管站 — each handing back the 一览表,
排查表, 自查表, 防控卡, 清单 or 登记表 its staff typed in WPS or Excel:

- the 自然资源局's 一览表: ``科室`` merged, ``岗位 | 姓名`` merged per person, ``一级/二级/三级``, no type;
- the 矿产资源管理站's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, ``风险类型`` (``…风险``), 高/中/低;
- the 地质环境监测站's 自查表, one sheet a person, a label row over a value row, ``Ⅰ级/Ⅱ级/Ⅲ级``;
- the 矿山救护队's 防控卡, one sheet a leader, ``★★★/★★/★`` read by a ``注：`` line;
- the 执法大队's 责任清单 under GROUP ROWS ``一、大队领导`` …, ``一级风险/二级风险/三级风险``;
- the 奇克自然资源所's 一览表 under ``附件2`` and a 填报单位 line, names on every row, short types,
  ``高风险/中风险/低风险``;
- the 非煤矿山安全监管站's 登记表: ``股室`` merged, ``风险类别``, ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``xunke_mining_rights_center_holder_rows_right``: the 矿业权登记服务中心's 廉政风险防控表, one table
  ``序号 | 廉政风险点 | 风险等级 | 防控措施`` with no 科室/岗位/姓名 column; each holder's block opens
  with a row whose ONLY filled cell is the 防控措施 column's, right-aligned, ``站长　鲜于某`` (post and
  name, no label, no number) — a holder row written at the table's right edge, not a group row
  merged across from column A, not a foot row closing the block, not a heading; the 序号 runs on
  through the blocks.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (矿产资源管理 实施意见, 矿山储量动态
监测 检查, 县级地质环境监测站 设立, 地质系统 应急监测, 矿产督察, 砂石 采矿许可 and 有偿处置, 非煤矿山
应急预案, 净矿出让, 矿山救护队 组建 and 装备) and the layout follows their words for the unit, its
parts, its posts and its risks. The rows are worded by us, the names invented (the rare surnames
鲜于 and 竺 with rare given names); every unit is a body of 逊克县.

Judgement calls: in the harder file a holder row (only the 防控措施 cell filled, ``岗位　姓名``) makes
the rows below it, to the next holder row, that holder's points, one form a holder, no 科室 (the
table names none); the holder row is no point. 站长, 副站长, 局长, 副局长, 队长, 大队长, 所长 are leaders;
股长, 科长, 中队长 middle; the rest general. The level words are 1/2/3 as the models read them.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b717_"
PLACE = "逊克县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (post, name, tier, [(point, level, measures)])
HOLDERS = [
    ("站长", "鲜于翀淼", "leader", [
        ("采矿权出让方案未经集体研究，擅自确定出让方式", "高", "出让方案经站务会集体研究，报县自然资源局审定。"),
        ("净矿出让前期工作把关不严，为意向企业“量身定制”条件", "高", "出让条件公开征求意见，结果公示。"),
    ]),
    ("副站长", "竺岍澍", "leader", [
        ("探矿权延续、变更登记审查放宽条件", "中", "登记材料双人审查，审查意见留痕。"),
        ("矿业权出让收益评估结果干预", "高", "评估机构随机抽取，评估报告专家复核。"),
    ]),
    ("登记员", "鲜于璟岫", "general", [
        ("采矿许可证登记资料审核不严，违规办理", "中", "按清单逐项审核，办结后资料归档。"),
        ("泄露矿业权人申请信息", "低", "签订保密承诺，系统账号专人专用。"),
        ("矿业权人信息公示核查走过场", "中", "异常名录核查实地进行，核查记录存档。"),
    ]),
]  # fmt: skip


def xunke_mining_rights_center_holder_rows_right() -> dict:
    unit = f"{PLACE}矿业权登记服务中心"
    sh = _Sheet("防控表", [6, 42, 9, 40])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控表", 4)
    _line(sh, f"单位：{unit}{GAP * 12}2025年5月", 4)
    sh.add("序号", "廉政风险点", "风险等级", "防控措施")
    n = 0
    for post, who, tier, points in HOLDERS:
        sh.add(None, None, None, f"{post}{GAP}{who}")
        for point, lv, measures in points:
            n += 1
            sh.add(n, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], HML[lv])
    sh.add("制表：", None, "审核：", None)
    return _layout(
        "xunke_mining_rights_center_holder_rows_right", "https://www.renrendoc.com/paper/507450849.html",
        "(harder) 县矿业权登记服务中心 廉政风险防控表, after the source's 净矿出让 实施方案 (矿业权出让, 权属关系, "
        "出让收益, 实施流程): a title, a merged 单位/date line, ``序号 | 廉政风险点 | 风险等级 | 防控措施`` and no "
        "科室/岗位/姓名 column; each holder's block opens with a row whose ONLY filled cell is the 防控措施 cell, "
        "``站长　鲜于翀淼`` (post and name, no label), the 序号 running on through the blocks; 高/中/低; a 制表/审核 line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def xunke_natural_resources_bureau_list() -> dict:
    unit = f"{PLACE}自然资源局"
    sh = _Sheet("一览表", [6, 14, 10, 10, 40, 9, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 7)
    sh.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "竺翊湉", "leader", "矿业权出让重大事项个人决定", "一级", "重大事项局党组会集体研究。"),
        ("局领导", "局长", "竺翊湉", "leader", "干预矿产资源开发利用方案审查", "一级", "方案审查实行专家评审。"),
        ("矿产资源股", "股长", "鲜于澂昉", "middle", "矿山开发利用监管检查流于形式", "二级", "检查随机抽取对象，结果公开。"),
        ("矿产资源股", "股长", "鲜于澂昉", "middle", "违规为矿山企业出具储量核实意见", "一级", "储量核实报告集体审查。"),
        ("矿产资源股", "科员", "竺沅珝", "general", "矿山年度报告审核不严", "三级", "年报数据抽查核对。"),
        ("地质环境股", "股长", "鲜于峤琰", "middle", "矿山地质环境治理恢复基金使用监督不力", "二级", "基金计提使用情况季度核查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        sh.add(i, d, post, who, point, lv, measures)
        t.point(sh.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "xunke_natural_resources_bureau_list", "https://bnr.jdz.gov.cn/zwzx/gggs/bmwj/t1032550.shtml",
        "县自然资源局 岗位廉政风险防控一览表, after the source's 矿产资源管理 实施意见 (矿业权出让审批, 开发监督, 储量, "
        "矿山地质环境): 科室 merged, 岗位/姓名 merged per person, ``一级/二级/三级``, no type column",
        [sh], t,
    )  # fmt: skip


def xunke_mineral_station_posts() -> dict:
    unit = f"{PLACE}矿产资源管理站"
    sh = _Sheet("排查表", [6, 12, 12, 40, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "股室", "岗位", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "leader", "储量动态监测报告检查只走形式", "岗位职责风险", "高", "检查组实地核查，核查记录签字。"),
        ("储量股", "监测员", "general", "接受矿山企业宴请，降低检查标准", "思想道德风险", "高", "签订廉洁承诺，检查时两人以上。"),
        ("储量股", "监测员", "general", "停采矿山检查数据弄虚作假", "业务流程风险", "中", "检查数据复核，抽查比例不低于20%。"),
        ("开发股", "技术员", "general", "“三率”指标考核结论不实", "制度机制风险", "中", "考核结论集体会审。"),
        ("开发股", "技术员", "general", "矿山样品采集送检中调换样品", "业务流程风险", "低", "样品封装编号，送检全程留痕。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (d, post, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, d, post, point, typ, lv, measures)
        t.point(sh.name, d, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, "2025年3月", None)
    return _layout(
        "xunke_mineral_station_posts", "http://www.kczygs.com/archives/pingdu_200.html",
        "县矿产资源管理站 岗位廉政风险点排查表 对岗不对人, after the source's 矿山动态监测 检查 (储量年报, 生产和停采矿山, "
        "实地检查, 样品采集): 股室/岗位 merged, 风险类型 ``…风险``, 高/中/低; no names",
        [sh], t,
    )  # fmt: skip


def xunke_geo_monitoring_selfchecks() -> dict:
    unit = f"{PLACE}地质环境监测站"
    t = _Truth(unit)
    people = [
        ("竺霂岚", "站领导", "站长", "leader", [
            ("地质灾害防治项目立项倾向特定单位", "Ⅰ级", "项目立项经站务会研究并公示。"),
            ("监测设备采购指定品牌", "Ⅱ级", "采购按政府采购程序进行。"),
        ]),
        ("鲜于沨琤", "监测股", "监测员", "general", [
            ("隐患点巡查记录补填造假", "Ⅱ级", "巡查定位打卡，记录当日上传。"),
            ("群测群防员补助发放不实", "Ⅲ级", "补助名单公示，发放到卡。"),
            ("监测数据迟报、漏报，掩盖险情", "Ⅰ级", "监测数据自动上传，异常即时报告。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在股室", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures, "已落实")
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "xunke_geo_monitoring_selfchecks", "http://www.lkhdzx.com/FaZhi/s2597.html",
        "县地质环境监测站 岗位廉政风险自查表, one sheet a person, after the source's 县级地质环境监测站 设立 (地质灾害巡查, "
        "群测群防, 矿山地质环境监测): a label row over a value row, ``Ⅰ级/Ⅱ级/Ⅲ级``, 自查情况, no type column",
        sheets, t,
    )  # fmt: skip


def xunke_mine_rescue_cards() -> dict:
    unit = f"{PLACE}矿山救护队"
    t = _Truth(unit)
    cards = [
        ("队长", "竺珝澜", "队长", "主持救护队全面工作", "leader", [
            ("救援装备采购化整为零规避招标", "★★★", "装备采购按限额纳入政府采购。"),
            ("救援费用收取不透明", "★★", "收费标准公示，开具票据。"),
            ("接受矿山企业礼品礼金", "★", "节前廉洁提醒，严守纪律。"),
        ]),
        ("副队长", "鲜于岚昶", "副队长", "分管训练和装备", "leader", [
            ("氧气呼吸器等装备维护费用虚报", "★★", "维护记录与票据逐项核对。"),
            ("技能比武考核打分不公", "★", "考核评委轮换，成绩公示。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}领导干部廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        r = sh.add("分管工作", work, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("序号", "风险点", "风险等级", "防控措施")
        for i, (point, stars, measures) in enumerate(items, 1):
            sh.add(i, point, stars, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[stars])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "年　月　日", None)
        sheets.append(sh)
    return _layout(
        "xunke_mine_rescue_cards", "https://m.zixin.com.cn/doc/10074946.html",
        "县矿山救护队 领导干部廉政风险防控卡, one sheet a leader, after the source's 矿山救护队 组建方案 (中队编制, "
        "救护车, 装备配备标准): 姓名/职务 label pairs, a merged 分管工作 line, ``★★★/★★/★`` read by a ``注：`` line",
        sheets, t,
    )  # fmt: skip


def xunke_enforcement_group_rows() -> dict:
    unit = f"{PLACE}自然资源综合行政执法大队"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、大队领导", "大队领导", [
            ("大队长", "竺湜琬", "leader", [
                ("非法采矿案件查处中说情打招呼", "一级风险", "说情干预登记报告。"),
                ("行政处罚自由裁量不规范", "二级风险", "按裁量基准处罚，集体审议。"),
            ]),
        ]),
        ("二、矿产执法中队", "矿产执法中队", [
            ("中队长", "鲜于砚翾", "middle", [
                ("矿产督察发现问题隐瞒不报", "一级风险", "督察记录双人签字，定期通报。"),
            ]),
            ("执法员", "竺澍岍", "general", [
                ("越界开采巡查不到位", "二级风险", "巡查轨迹留痕，月度抽查。"),
                ("涉案砂石处置价格偏低", "三级风险", "涉案砂石进入公共资源交易平台处置。"),
            ]),
        ]),
    ]  # fmt: skip
    n = 0
    for shown, dept, people in groups:
        _line(sh, shown, 6)
        first = len(sh.rows)
        for post, who, tier, points in people:
            for point, lv, measures in points:
                n += 1
                sh.add(n, post, who, point, lv, measures)
                t.point(sh.name, dept, post, who, tier, point, [], RISKS[lv])
        _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "xunke_enforcement_group_rows", "https://ahdzhj.com/m/display.php?id=864",
        "县自然资源综合行政执法大队 廉政风险防控责任清单, after the source's 矿产督察 (依法采矿, 三率考核, 核实采矿进度): "
        "GROUP ROWS ``一、大队领导``, ``二、矿产执法中队`` merged across; 岗位/姓名 merged per person; ``一级风险/…``",
        [sh], t,
    )  # fmt: skip


def xunke_qike_office_list() -> dict:
    unit = f"{PLACE}奇克自然资源所"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件2")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("所领导", "所长", "鲜于琰沄", "leader", "工程施工砂石开采未经批准默许开采", "岗位职责", "高风险", "开采须凭批准文件，现场核查。"),
        ("所领导", "所长", "鲜于琰沄", "leader", "剩余砂石处置方案审核不严", "制度机制", "中风险", "处置方案报县政府批复后实施。"),
        ("矿政组", "协管员", "竺峣湄", "general", "私挖滥采巡查中通风报信", "思想道德", "高风险", "巡查两人同行，线索登记。"),
        ("矿政组", "协管员", "竺峣湄", "general", "尾矿废石回收利用核查不实", "业务流程", "中风险", "核查附照片和坐标。"),
        ("综合组", "会计", "鲜于珵汐", "general", "办公经费报销票据审核不严", "业务流程", "低风险", "报销单据三签。"),
    ]  # fmt: skip
    for n, (d, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, d, post, who, point, typ, lv, measures)
        t.point(sh.name, d, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "所长（签字）：", None, None)
    return _layout(
        "xunke_qike_office_list", "http://lylzjz.com/articleinfo/206.html",
        "乡镇 自然资源所 岗位廉政风险防控一览表, after the source's 砂石 采矿许可 (废石尾矿, 公开有偿处置, 剩余砂石处置方案): "
        "``附件2``, a 填报单位 line, 部门/岗位/责任人 on every row, short types, ``高风险/中风险/低风险``",
        [sh], t,
    )  # fmt: skip


def xunke_nonmetal_mine_safety_register() -> dict:
    unit = f"{PLACE}非煤矿山安全监管站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "竺璆翎", "leader", [
            ("安全生产许可初审放宽条件", "制度机制", "一级", "初审意见集体研究。"),
            ("事故应急预案评审走过场", "岗位职责", "二级", "评审专家随机抽取。"),
        ]),
        ("监察股", "股长", "鲜于湉崧", "middle", [
            ("隐患排查整改验收不严", "业务流程", "一级", "验收实行销号管理。"),
        ]),
        ("监察股", "监察员", "竺昉霁", "general", [
            ("执法检查中接受企业吃请", "思想道德", "二级", "执法全程记录。"),
            ("应急演练经费虚报", "外部环境", "三级", "演练经费凭方案和影像报销。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for d, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, d, post, who, point, typ, lv, measures)
            t.point(sh.name, d, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 8)
    sh.add("编制人：", None, "审核人：", None, "2025年4月", None, None, None)
    return _layout(
        "xunke_nonmetal_mine_safety_register",
        "http://www.baotou.gov.cn/zfxxgk/fdzdgknr/fd_zcwj/202509/t20250926_588272.html",
        "县非煤矿山安全监管站 廉政风险点排查登记表, after the source's 非煤矿山 生产安全事故应急预案 (预防预警, 应急演练, "
        "监督检查): 股室 merged, 岗位/姓名 merged per person, 风险类别 short, ``一级/二级/三级``, a ``注：`` line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    xunke_mining_rights_center_holder_rows_right(),
    xunke_natural_resources_bureau_list(),
    xunke_mineral_station_posts(),
    xunke_geo_monitoring_selfchecks(),
    xunke_mine_rescue_cards(),
    xunke_enforcement_group_rows(),
    xunke_qike_office_list(),
    xunke_nonmetal_mine_safety_register(),
]

RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch44.write_xlsx``."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch717-inbox"))
