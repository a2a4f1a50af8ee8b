"""The nine-hundred-and-twenty-fifth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's government
affairs service bodies (机关事务), 南木林县 (日喀则市, 西藏自治区) — its 机关事务服务中心, 公务用车服务中心,
机关食堂, 机关物业服务站, 公物仓, 公共机构节能管理办公室 and two 乡镇机关后勤服务站 (艾玛乡, 土布加乡) —
each handing back the 一览表, 防控卡, 排查表, 清单 or 自查表 its staff typed in WPS or Excel:

- the 机关事务服务中心's 一览表 in TWO SHEETS: ``中心领导`` (``姓名 | 职务 | 分管工作`` merged per leader)
  and ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 公务用车服务中心's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 机关食堂's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 机关物业服务站's 清单 under GROUP ROWS ``一、站领导`` … (no 科室 column), ``岗位 | 姓名`` merged per
  person, ``一级风险/二级风险/三级风险``;
- the 公物仓's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` over a
  row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 艾玛乡机关后勤服务站's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on
  EVERY row, short types, ``高风险/中风险/低风险``;
- the 土布加乡机关后勤服务站's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别``
  (short names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``namling_energy_office_struck_levels``: the 公共机构节能管理办公室's 岗位廉政风险点排查表, an ordinary
  list (``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 | 风险等级（不适用的划去） | 防控措施``, 股室 merged, 岗位
  and 姓名 merged per person) whose LEVEL CELL IS A PRINTED CHOICE ``一级　二级　三级`` on EVERY row, the
  two levels that do not apply STRUCK THROUGH (Excel rich text, a strikethrough font on those runs),
  the one left plain the level; a ``注：`` line says the levels that do not apply were struck out.
  The README's 读得懂的表 knows a printed choice whose chosen level is MARKED (bold, red, underlined,
  bigger: ``LEVEL_MARKED_WORD``) or ticked (``□一级　☑二级``), holders' lines struck through in a
  cell listing everyone (``HOLDERS_BY_STRUCK_LINES``) and struck rows deleted (``ROW_STRUCK``); it
  does not describe a level cell whose NOT-chosen levels are struck out, the plain one chosen.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a report on a city's 政府公物仓 —
资产归集, 调剂, 公车处置; a 机关事务管理局's 公务用车 管理办法 series — 编制, 配备, 维修保养, 处置;
a 机关食堂 食材集中统一采购 — 供应商, 验收, 结算; an 办公楼 物业管理方案 — 维修, 保洁, 安保, 值班;
a 市级公物仓管理暂行办法 — 入仓, 调拨, 处置; a 行政中心办公楼 节能管理意见 — 用电, 空调, 能耗统计;
a 镇机关后勤管理规定 — 办公物品, 车辆, 食堂; a 公务用车 专题调研 — 乡镇街道, 加油, 维修, 私用)
and the layout follows their words for the unit, its parts, its posts and its risks. The rows are
worded by us, the names invented (the rare surnames 卿 and 寿 with rare given names); every unit is
a body of 南木林县.

Run ``python tests/published/score.py --set batch925`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the level of a row is the one level of ``一级　二级　三级`` NOT struck through
  (the heading says ``（不适用的划去）``, the ``注：`` line the same); every row strikes exactly two;
- ``中心领导``, ``站领导``, ``办公室领导`` (a 科室 cell, a group row) are the 科室 of those leaders; the
  机关事务服务中心's leaders (sheet ``中心领导``) and the cards' leaders have no 科室; a 中心's 股 or 科,
  a 站's 组 and the 食堂's 班组 are 科室; a group row ``二、维修组`` gives the 科室 ``维修组``;
- 主任, 副主任, 站长, 副站长 and 经理 (the 食堂's, its head) are leaders; 股长, 科长 and 组长 middle; the
  rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 公务用车服务中心's list names no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and ``高风险/中风险/低风险``
  are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` — ``batch44.write_xlsx``, and for the one
sheet carrying struck-through runs ``batch706.write_xlsx`` (the same look plus Excel rich text) —
and ``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published import batch44, batch706
from published.batch44 import _extras, _finish
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b925_"
PLACE = "南木林县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"
CHOICE = ("一级", "二级", "三级")
PRINTED = GAP.join(CHOICE)  # the level cell's text on every row of the harder file


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


def struck_runs(level: int) -> list[tuple[str, bool]]:
    """The rich-text runs of a printed choice ``一级　二级　三级`` with all but ``level`` struck."""
    runs: list[tuple[str, bool]] = []
    for i, word in enumerate(CHOICE, 1):
        if runs:
            runs.append((GAP, False))
        runs.append((word, i != level))
    return runs


# --------------------------------------------------------------------------- harder layout

# (股室, 岗位, 姓名, tier, [(廉政风险点, level, 防控措施)])
STRUCK = [
    ("办公室领导", "主任", "卿湉翾", "leader", [
        ("公共机构节能改造项目施工单位选定中打招呼、定向委托", 1, "节能改造项目一律进县公共资源交易平台，办公室集体研究。"),
        ("节能专项资金分配不按考核结果，向关系单位倾斜", 1, "资金分配依据年度节能考核排名，结果公示。"),
    ]),
    ("办公室领导", "副主任", "寿泷瑀", "leader", [
        ("节能产品政府采购指定品牌、抬高价格", 2, "采购需求经两人以上论证，不得指定品牌。"),
        ("节能考核评分照顾关系单位", 2, "考核实地核查与数据比对，评分两人以上签字。"),
    ]),
    ("能耗统计股", "股长", "卿沺岫", "middle", [
        ("能耗统计数据弄虚作假，虚报节能成效", 1, "能耗数据与电力、燃气公司账单逐月核对。"),
        ("接受被考核单位宴请，放松数据审核", 3, "签订廉洁承诺书，核查两人同行。"),
    ]),
    ("节能监管股", "监管员", "寿澴琛", "general", [
        ("办公楼空调、照明巡查不到位，发现问题不报告", 3, "巡查定位打卡，问题台账每周上报。"),
        ("节能改造工程验收签字不实", 2, "验收邀请使用单位参加，现场测试后签字。"),
    ]),
]  # fmt: skip


def namling_energy_office_struck_levels() -> dict:
    unit = f"{PLACE}公共机构节能管理办公室"
    sh = _Sheet("排查表", [6, 12, 10, 10, 40, 18, 36])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 7)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级（不适用的划去）", "防控措施")
    first = len(sh.rows)
    rich = []
    n = 0
    for dept, post, who, tier, points in STRUCK:
        for point, lv, measures in points:
            n += 1
            r = sh.add(n, dept, post, who, point, PRINTED, measures)
            rich.append((r, 5, struck_runs(lv)))
            t.point(sh.name, dept, post, who, tier, point, [], lv)
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级栏印有一级、二级、三级，经集体评定后将不适用的等级用删除线划去。", 7)
    sh.add("制表：综合股", None, None, "审核：", None, "2025年5月", None)
    return _finish(
        "namling_energy_office_struck_levels", "http://5052h112.com/article/article_8685.html",
        "(harder) 县公共机构节能管理办公室 岗位廉政风险点排查表, after the source's 行政中心办公楼 节能管理意见 (办公用电, 空调控温, "
        "能耗统计, 节能宣传): a title, 序号/股室 merged/岗位 and 姓名 merged per person/廉政风险点/``风险等级（不适用的划去）``/"
        "防控措施, the level cell a PRINTED CHOICE ``一级　二级　三级`` on every row with the two levels that do not "
        "apply STRUCK THROUGH (Excel rich text), the plain one the level; a ``注：`` line saying so; no type column",
        [_extras(sh, rich=rich)], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def namling_affairs_center_two_sheets() -> dict:
    unit = f"{PLACE}机关事务服务中心"
    t = _Truth(unit)
    lead = _Sheet("中心领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}领导班子廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("寿潏嵩", "主任", "主持中心全面工作", [
            ("办公用房调配、维修项目安排个人说了算", "一级", "办公用房调配和维修项目经中心主任办公会集体研究。"),
            ("闲置资产处置、公车拍卖干预评估和交易", "一级", "资产处置统一进平台公开交易，评估机构随机抽取。"),
        ]),
        ("卿澂珺", "副主任", "分管资产管理、公物归集", [
            ("资产调剂向关系单位倾斜，优先调配新购资产", "二级", "调剂申请按先后顺序办理，调剂结果在系统内公开。"),
            ("资产清查盘点走过场，账实不符不报告", "二级", "每年组织交叉清查，清查报告报县财政局。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("股室", [6, 14, 9, 9, 38, 9, 34])
    _line(dept, f"{unit}股室廉政风险防控一览表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("资产管理股", "股长", "寿汧瑗", "middle", "资产入账登记不及时，账外资产流失", "一级",
         "资产入库即登记上账，每季度与财务账核对。"),
        ("资产管理股", "股长", "寿汧瑗", "middle", "资产借用不办手续，逾期不收回", "三级", "借用须审批登记，到期提醒收回。"),
        ("综合股", "会计", "卿淏峋", "general", "维修经费报账审核不严，虚列维修支出", "二级", "报账附维修前后照片和验收单，三级审核。"),
        ("综合股", "出纳", "寿灏岷", "general", "资产处置收入不及时上缴，公款私存", "一级", "处置收入当日缴入国库，每月对账。"),
        ("房产管理股", "股长", "卿潾玥", "middle", "办公用房超标准配置不纠正", "二级", "办公用房使用情况每年核查，结果公示。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：综合股", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "namling_affairs_center_two_sheets", "http://sd.news.cn/20250821/03cb4c8b20cf4fb0a1470f9990c969b0/c.html",
        "县机关事务服务中心 廉政风险防控一览表 in TWO SHEETS, after the source's report on a city's 政府公物仓 (资产归集, 调剂, "
        "统一处置, 公车处置收益缴库, 闲置办公房): sheet 中心领导 with 姓名/职务/分管工作 merged per leader, sheet 股室 with "
        "股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def namling_official_car_center_posts() -> dict:
    unit = f"{PLACE}公务用车服务中心"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("中心领导", "主任", "leader", "公务用车配备更新", "超编制、超标准配备更新车辆", "制度机制风险", "高",
         "配备更新按编制和标准报县机关事务服务中心审批。"),
        ("调度科", "科长", "middle", "车辆派遣", "不按审批单派车，为私事派车", "岗位职责风险", "高",
         "派车凭审批单，平台派单全程留痕。"),
        ("调度科", "驾驶员", "general", "车辆加油", "加油卡私用，虚报油耗", "业务流程风险", "中",
         "一车一卡定点加油，油耗每月比对。"),
        ("车辆管理科", "管理员", "general", "维修保养", "维修项目虚列、定点厂家吃回扣", "思想道德风险", "高",
         "维修先审批后送修，定点维修厂公开比选。"),
        ("车辆管理科", "管理员", "general", "车辆处置", "报废车辆处置低价评估、私下转让", "外部环境风险", "中",
         "处置车辆统一进平台拍卖，收益缴库。"),
        ("车辆管理科", "档案员", "general", "一车一档", "车辆档案补记、代签", "业务流程风险", "低",
         "档案随车辆使用逐次登记，每季度抽查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：综合科", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "namling_official_car_center_posts", "https://glj.jiangsu.gov.cn/art/2026/1/15/art_2732_11716786.html",
        "县公务用车服务中心 岗位廉政风险点排查表 对岗不对人, after the source's 公务用车 管理制度 series (编制核定, 配备更新, "
        "使用, 维修保养, 处置调剂, 公车私用): a title, 序号/科室 merged/岗位 merged per post/a short 风险点/a long 风险表现/"
        "风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def namling_canteen_cards() -> dict:
    unit = f"{PLACE}机关食堂"
    t = _Truth(unit)
    cards = [
        ("经理", "寿渟珞", "经理", "主持食堂全面工作", "leader", [
            ("食材供应商选定暗箱操作，收受好处", "★★★", "供应商通过县集中采购平台定期竞选，食堂不得指定。"),
            ("食材验收不严，以次充好、短斤少两", "★★", "验收两人以上，称重记录和照片留存。"),
            ("接受供应商宴请和礼品", "★", "节前廉洁提醒，签订廉洁承诺书。"),
        ]),
        ("副经理", "卿滟昶", "副经理", "分管采购、库管", "leader", [
            ("食材采购价格高于市场价，虚开票据", "★★★", "每周询价比价，价格在就餐区公示。"),
            ("库存食材出库不登记，私拿公物", "★★", "出入库逐笔登记，每月盘点。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for tab, who, post, work, tier, items in cards:
        sh = _Sheet(tab, [8, 34, 12, 34])
        _line(sh, f"{unit}领导岗位廉政风险防控卡", 4)
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
        "namling_canteen_cards", "https://ecpinew.ggj.gov.cn/zgjghq/2025/2408/202509/t20250909_48351.htm",
        "县机关食堂 领导岗位廉政风险防控卡, one sheet a leader, after the source's 机关食堂 食材集中统一采购 (供应商竞选, "
        "比价下单, 验收标准, 结算, 履约考评): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def namling_property_station_group_rows() -> dict:
    unit = f"{PLACE}机关物业服务站"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "卿涴岱", "leader", [
                ("物业服务外包项目发包中围标串标", "一级风险", "外包项目进平台公开招标，站内集体研究。"),
                ("物业服务考核打分照顾服务企业", "二级风险", "考核由使用单位代表参加评分，结果公示。"),
            ]),
        ]),
        ("二、维修组", "维修组", [
            ("组长", "寿漪翯", "middle", [
                ("零星维修工程量虚报，多结工程款", "一级风险", "维修前后拍照，工程量两人复核。"),
            ]),
            ("维修工", "卿浛琤", "general", [
                ("维修材料领用不登记，私拿材料", "二级风险", "材料出入库登记，每月盘点。"),
                ("为个人装修私用单位材料", "三级风险", "材料库双人管理，定期抽查。"),
            ]),
        ]),
        ("三、安保组", "安保组", [
            ("值班员", "寿沄琨", "general", [
                ("值班记录代签、补签，脱岗不报告", "三级风险", "值班打卡，记录每周核查。"),
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
    sh.add("填表：", None, "审核：", None, "2025年5月", None)
    return _layout(
        "namling_property_station_group_rows", "https://bdocx.com/doc/28603855.html",
        "县机关物业服务站 廉政风险防控责任清单 under GROUP ROWS, after the source's 综合办公楼 物业管理方案及管理制度 (维修, "
        "保洁, 安保值班, 设施设备): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施, "
        "group rows ``一、站领导``, ``二、维修组``, ``三、安保组`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def namling_warehouse_selfchecks() -> dict:
    unit = f"{PLACE}公物仓"
    t = _Truth(unit)
    people = [
        ("卿澔屹", "仓领导", "主任", "leader", [
            ("入仓资产评估不实，低估价值", "Ⅰ级", "入仓资产逐件拍照登记，价值由第三方评估。", "已落实"),
            ("调拨资产优先照顾熟人单位", "Ⅱ级", "调拨按申请顺序办理，结果在系统公开。", "未发现问题"),
        ]),
        ("寿淙昉", "仓储管理组", "保管员", "general", [
            ("罚没物资入库不全，私自截留", "Ⅰ级", "罚没物资交接双人清点，移交清单三方签字。", "已落实"),
            ("出库不凭调拨单，账实不符", "Ⅲ级", "出库凭调拨单，每季度盘点。", "已落实"),
        ]),
        ("卿湜玟", "处置管理组", "处置专员", "general", [
            ("报废资产处置不进平台，私下变卖", "Ⅰ级", "处置资产统一打包评估、集中交易。", "未发现问题"),
            ("处置收益不及时上缴", "Ⅱ级", "处置收益当日缴库，每月对账。", "已落实"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, dept, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "所在部门", "岗　位", "填表时间", None)
        sh.add(who, dept, post, "2025年5月", None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, (point, lv, measures, found) in enumerate(points, 1):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], ROMAN[lv])
        sh.add()
        sh.add("本人签名：", None, "主任意见：", None, None)
        sheets.append(sh)
    return _layout(
        "namling_warehouse_selfchecks", "https://www.hengyang.gov.cn/hysjgswj/ywgz/zcfg2/20250822/i3770819.html",
        "县公物仓 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's 市级公物仓管理暂行办法 "
        "(闲置资产, 罚没物资, 入仓, 调拨, 处置): a title, a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` over a row of "
        "values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; ``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def namling_aima_township_logistics_list() -> dict:
    unit = f"{PLACE}艾玛乡机关后勤服务站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "寿澈嵚", "leader", "办公物品采购不比价，指定供应商", "制度机制", "高风险",
         "采购两家以上比价，报乡党政办审批。"),
        ("站领导", "站长", "寿澈嵚", "leader", "机关食堂承包经营发包不公开", "岗位职责", "中风险",
         "承包经营公开竞价，合同报乡党委会研究。"),
        ("食堂管理", "管理员", "卿沣岍", "general", "伙食费收支不建账，挪作他用", "业务流程", "高风险",
         "伙食费专账核算，每月公布收支。"),
        ("食堂管理", "管理员", "卿沣岍", "general", "食材验收签字把关不严", "思想道德", "低风险",
         "验收两人以上，留存单据。"),
        ("车辆管理", "驾驶员", "寿洺璟", "general", "公车私用、节假日不封存", "外部环境", "中风险",
         "节假日车辆入库封存，钥匙交党政办。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "namling_aima_township_logistics_list", "https://m.taowenge.com/p-92722398.html",
        "乡机关后勤服务站 岗位廉政风险防控一览表, after the source's 镇机关后勤管理规定 and 食堂管理制度 (办公物品选购, 比价, "
        "车辆, 食堂, 伙食费): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 on EVERY "
        "row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def namling_tobgyai_township_logistics_register() -> dict:
    unit = f"{PLACE}土布加乡机关后勤服务站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "卿淼甯", "leader", [
            ("公务用车维修定点单位私下指定", "制度机制", "一级", "维修定点单位公开比选，报乡党委会研究。"),
            ("公务接待超标准、无公函接待", "岗位职责", "二级", "接待凭公函，清单逐项审核后报销。"),
        ]),
        ("财务组", "报账员", "寿溆骞", "general", [
            ("加油、维修票据报账审核不严", "业务流程", "一级", "报账附派车单和加油记录，站长签字。"),
        ]),
        ("车管组", "驾驶员", "卿湝岚", "general", [
            ("虚报出车里程和油耗", "业务流程", "二级", "出车登记里程，每月与油卡数据核对。"),
            ("公车私用、违规停放", "思想道德", "三级", "车辆定位，节假日封存。"),
        ]),
    ]  # fmt: skip
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in rows:
        for point, typ, lv, measures in points:
            n += 1
            sh.add(n, dept, post, who, point, typ, lv, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    _line(sh, "注：风险等级分为一级、二级、三级，一级为最高。", 8)
    sh.add("编制人：", None, "审核人：", None, "2025年4月", None, None, None)
    return _layout(
        "namling_tobgyai_township_logistics_register", "https://ceshi.taolaoshi.top/gongwen/180491.html",
        "乡机关后勤服务站 廉政风险点排查登记表, after the source's 公务用车管理使用 专题调研 (乡镇街道, 审批, 加油, 维修, "
        "公车私用): a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    namling_energy_office_struck_levels(),
    namling_affairs_center_two_sheets(),
    namling_official_car_center_posts(),
    namling_canteen_cards(),
    namling_property_station_group_rows(),
    namling_warehouse_selfchecks(),
    namling_aima_township_logistics_list(),
    namling_tobgyai_township_logistics_register(),
]

RESAVED: tuple[str, ...] = ()


def write_xlsx(layout: dict, path: Path) -> Path:
    """``batch44.write_xlsx``; a layout with struck-through runs (a sheet's ``rich``) by
    ``batch706.write_xlsx``, the same look plus Excel rich text."""
    if any(sheet.get("rich") for sheet in layout["sheets"]):
        return batch706.write_xlsx(layout, path)
    return batch44.write_xlsx(layout, path)


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``write_xlsx`` here."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch925-inbox"))
