"""The nine-hundred-and-tenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's transport
bodies, 仲巴县 (日喀则市, 西藏自治区) — its 交通运输局, 公路养护段, 运输管理站, 交通质监站, 道路运输服务中心,
农村公路管理站 and two 乡镇交管站 (帕羊镇, 拉让乡) — each handing back the 一览表, 防控卡, 排查表, 清单
or 自查表 its staff typed in WPS or Excel:

- the 交通运输局's 一览表 in TWO SHEETS: ``局领导`` (``姓名 | 职务 | 分管工作`` merged per leader) and
  ``股室`` (``股室`` merged, ``岗位 | 姓名`` merged per person), ``一级/二级/三级``, no type column;
- the 公路养护段's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, 高/中/低; no names;
- the 运输管理站's 防控卡, one sheet a leader: ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line,
  ``★★★/★★/★`` read by a ``注：`` line;
- the 交通质监站's 清单 under GROUP ROWS ``一、站领导`` … (no 科室 column), ``岗位 | 姓名`` merged per
  person, ``一级风险/二级风险/三级风险``;
- the 道路运输服务中心's 自查表, one sheet a person: a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间``
  over a row of values, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``自查情况``, no type column;
- the 帕羊镇交管站's 一览表 under ``附件3`` and a 填报单位（盖章） line: ``部门 | 岗位 | 责任人`` on EVERY
  row, short types, ``高风险/中风险/低风险``;
- the 拉让乡交管站's 排查登记表: ``股室`` merged, ``岗位 | 姓名`` merged per person, ``风险类别`` (short
  names), ``一级/二级/三级``, a ``注：`` line.

One is harder:

- ``zhongba_rural_road_station_type_level_swapped``: the 农村公路管理站's 岗位廉政风险点一览表, an
  ordinary list (``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施``, 股室 merged,
  岗位 and 姓名 merged per person, types ``…风险``, levels ``一级/二级/三级``) in which the rows of ONE
  股室 (the 养护股, pasted from its own return whose columns ran ``风险等级 | 风险类型``) hold their
  TYPE AND LEVEL IN EACH OTHER'S CELLS: under ``风险类型`` stands ``二级``, under ``风险等级``
  ``业务流程风险``, while the headings and every other row are right. The README's 读得懂的表 knows
  whole headings written the wrong way round (``姓名 | 岗位``, ``廉政风险点 | 防控措施``, the card's
  name and post cells) and a level written after a type in one cell (``业务流程（高）``) or a code
  joining both (``制Ⅰ``); it does not describe a type and a level standing in each other's columns
  on some rows only, under right headings.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 县交通运输局's three successive
局长 and the 施孟公路 — 工程承揽, 拍板权, 质量; a report on 交通运输系统 officials under review — 路面
质量, 工程招投标, 违法分包; the 公路 “三乱” — 运政、路政 月票、年票, 罚款; a 质监支队's
“质量技术+廉政监督” 双交底; a paper on 治超执法 罚款票证 — 货运经营者, 年票、月票; 西藏's 农村公路 —
路长制, 农村客运班线, 交邮融合; 西藏's 行政村通硬化路 — 农村客运补贴, 养护补助资金; 西藏's 2012
交通运输工作会 — 通乡公路, 黑车拉客, 超载超限) and the layout follows their words for the unit, its
parts, its posts and its risks. The rows are worded by us, the names invented (the rare surnames
钟离 and 逮 with rare given names); every unit is a body of 仲巴县.

Run ``python tests/published/score.py --set batch910`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file a row's type is the ``…风险`` word and its level the ``…级`` word, whichever of
  the two columns each stands in; the truth is the list as its rows read (股室, 岗位, 姓名, point,
  type, level), one form a holder;
- ``段领导``, ``站领导``, ``中心领导`` (a 股室/部门 cell, a group row) are the 科室 of those leaders; the
  交通运输局's leaders (sheet ``局领导``) and the cards' leaders have no 科室; a 局's 股, a 段's 股, a
  站's 股 or 组 and a 中心's 窗口 are 科室; a group row ``二、质量监督组`` gives the 科室 ``质量监督组``;
- every station, the 段, the 中心 and the 局 are units of their own: 局长, 副局长, 段长, 副段长, 站长,
  副站长, 主任 and 副主任 are leaders; 股长 and 组长 middle; the rest general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``自查情况`` and ``填表时间`` are no points
  and name no holder; the 公路养护段's list names no person: its forms are posts (对岗不对人);
- ``一级/二级/三级``, ``一级风险/…``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``★★★/★★/★``, 高/中/低 and ``高风险/中风险/低风险``
  are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch44.write_xlsx``) and ``truth.json``;
no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch44 import write_xlsx
from published.batch60 import _line, _merge_down
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b910_"
PLACE = "仲巴县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
HIGHS = {"高风险": 1, "中风险": 2, "低风险": 3}
GAP = "\u3000"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int) -> None:
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs)


# --------------------------------------------------------------------------- harder layout

# (股室, 岗位, 姓名, tier, swapped, [(廉政风险点, 风险类型, 风险等级, 防控措施)])
SWAPPED = [
    ("站领导", "站长", "钟离珣", "leader", False, [
        ("农村公路建设项目施工单位选定授意围标、串标", "制度机制风险", "一级",
         "项目一律进入县公共资源交易平台招标，站内不得指定施工单位。"),
        ("路长制考核结果弄虚作假", "岗位职责风险", "二级", "考核结果经站务会研究，在乡村公示。"),
    ]),
    ("养护股", "股长", "逮峤", "middle", True, [
        ("农村公路养护补助资金按关系分配", "业务流程风险", "一级", "养护补助按里程和路况测算，结果公示。"),
        ("养护工程量验收不实，虚报冒领", "岗位职责风险", "二级", "验收现场丈量拍照，乡镇路长签字确认。"),
    ]),
    ("养护股", "养护员", "钟离翾", "general", True, [
        ("巡路记录代签、补签", "思想道德风险", "三级", "巡路定位打卡，股长每周抽查。"),
        ("水毁抢修材料用量虚报", "业务流程风险", "二级", "抢修材料出入库登记，前后拍照留存。"),
    ]),
    ("客运物流股", "股长", "逮璆", "middle", False, [
        ("农村客运班线经营许可向关系户倾斜", "外部环境风险", "一级", "班线许可公开招标，结果在县政府网站公示。"),
        ("交邮融合试点补助审核把关不严", "制度机制风险", "二级", "补助材料两人审核，报局财务股复核。"),
    ]),
]  # fmt: skip


def zhongba_rural_road_station_type_level_swapped() -> dict:
    unit = f"{PLACE}农村公路管理站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 38, 14, 10, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点一览表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, swapped, points in SWAPPED:
        for point, typ, lv, measures in points:
            n += 1
            # the 养护股's rows pasted from its own return (风险等级 | 风险类型): type and level swapped
            cells = (lv, typ) if swapped else (typ, lv)
            sh.add(n, dept, post, who, point, *cells, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(typ), GRADES[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("制表：办公室", None, None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "zhongba_rural_road_station_type_level_swapped", "http://www.tyjgjz.com/cn/news/zx/202204/t20220422_7189069.html",
        "(harder) 县农村公路管理站 岗位廉政风险点一览表, after the source's report on 西藏 农村公路 (路长制, 农村客运班线, 交邮融合, "
        "通客车): a title, ``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 | 风险类型 | 风险等级 | 防控措施``, 股室 merged, 岗位/姓名 "
        "merged per person; the 养护股's four rows hold TYPE AND LEVEL IN EACH OTHER'S CELLS (``二级`` under 风险类型, "
        "``业务流程风险`` under 风险等级), every other row right; a 制表/审核/date line",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def zhongba_transport_bureau_two_sheets() -> dict:
    unit = f"{PLACE}交通运输局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 9, 9, 18, 38, 9, 34])
    _line(lead, f"{unit}局领导廉政风险防控一览表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("钟离昶", "局长", "主持全面工作", [
            ("公路建设项目承揽个人拍板，为老板打招呼", "一级", "项目安排经局党组会集体研究，领导干部插手工程登记报告。"),
            ("收受施工企业“打点”，放松工程质量监管", "一级", "廉政约谈施工企业负责人，质量问题倒查责任。"),
        ]),
        ("逮翚", "副局长", "分管公路建设、养护", [
            ("国省道配套工程交工验收把关不严", "一级", "交工验收委托第三方检测，验收结论公示。"),
            ("养护工程计量支付审核不严", "二级", "计量支付凭监理签认，财务股复核。"),
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
        ("建设管理股", "股长", "钟离淏", "middle", "工程设计变更未经审批，增加工程量", "一级",
         "设计变更按规定报批，变更资料存档备查。"),
        ("建设管理股", "股长", "钟离淏", "middle", "默许施工单位转包、违法分包", "二级", "每月核查项目部人员到岗情况。"),
        ("财务股", "会计", "逮琇", "general", "公路建设资金报账审核不严", "二级", "报账单据三级审核，专项资金专账核算。"),
        ("财务股", "出纳", "钟离瑀", "general", "工程款不按进度拨付，先拨后审", "一级", "工程款凭进度报表和审批单拨付，每月对账。"),
        ("运输管理股", "股长", "逮晞", "middle", "农村客运班车财政补贴核定不实", "二级", "补贴按班次和里程核定，结果公示。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    dept.add("制表：办公室", None, None, "审核：", None, "2025年4月", None)
    return _layout(
        "zhongba_transport_bureau_two_sheets", "http://ynjjjc.gov.cn/html/2018/baodaojicui_1016/55637.html",
        "县交通运输局 廉政风险防控一览表 in TWO SHEETS, after the source's account of a 县交通运输局's three successive 局长 "
        "and the 施孟公路 (拍板权, 工程承揽, 承建商“打点”, 质量): sheet 局领导 with 姓名/职务/分管工作 merged per leader, sheet "
        "股室 with 股室 merged and 岗位/姓名 merged per person; 廉政风险点, 风险等级 ``一级/二级/三级``, 防控措施; no type column",
        [lead, dept], t,
    )  # fmt: skip


def zhongba_road_maintenance_posts() -> dict:
    unit = f"{PLACE}公路养护段"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    rows = [
        ("段领导", "段长", "leader", "养护工程发包", "养护工程化整为零，直接发包给熟人", "制度机制风险", "高",
         "养护工程按限额招标或比选，段务会集体研究。"),
        ("养护股", "股长", "middle", "路面病害处治验收", "路面坑槽、沉降处治验收走过场", "岗位职责风险", "高",
         "处治前后拍照，抽检路段由段领导带队复验。"),
        ("养护股", "道班班长", "general", "日常养护考核", "道班考核打人情分", "思想道德风险", "中",
         "考核结果在段内公示，接受道班职工监督。"),
        ("材料股", "材料员", "general", "沥青、砂石材料采购", "材料采购以次充好，收受供应商回扣", "业务流程风险", "高",
         "材料采购三家比价，进场材料抽样检测。"),
        ("材料股", "保管员", "general", "材料出入库", "材料出入库账实不符", "业务流程风险", "中",
         "出入库双人签字，每季度盘点。"),
        ("财务股", "会计", "general", "养护经费报账", "虚列养护经费支出", "外部环境风险", "低",
         "养护经费专账核算，附工程量清单报账。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), HML[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年3月", None)
    return _layout(
        "zhongba_road_maintenance_posts", "https://nanmuxuan.com/zh-sg/complex/bdkviuupdwq.amp",
        "县公路养护段 岗位廉政风险点排查表 对岗不对人, after the source's report on 交通运输系统 officials under review (路面 坑槽、"
        "沉降, 工程招投标, 违法分包, 交通工程 廉政风险点): a title, 序号/股室 merged/岗位 merged per post/a short 风险点/a long "
        "风险表现/风险类型 ``…风险``/风险等级 高/中/低/防控措施; no names; an 编制/审核/date line",
        [sh], t,
    )  # fmt: skip


def zhongba_transport_management_cards() -> dict:
    unit = f"{PLACE}运输管理站"
    t = _Truth(unit)
    cards = [
        ("站长", "逮瑄", "站长", "主持运输管理站全面工作", "leader", [
            ("运政执法中搞“年票”“月票”，以罚代管", "★★★", "罚没款一律使用统一票据，当场缴入财政专户。"),
            ("道路运输经营许可审批把关不严", "★★★", "许可审批两人审核、站长签批，结果公示。"),
            ("接受运输业户宴请和礼品", "★", "严守中央八项规定精神，节前廉洁提醒。"),
        ]),
        ("副站长", "钟离湉", "副站长", "分管稽查、货运管理", "leader", [
            ("货运车辆稽查选择性执法", "★★", "稽查全程执法记录仪记录，定期轮换稽查路段。"),
            ("违规为货运车辆减免处罚", "★★", "减免处罚经站务会集体研究并备案。"),
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
        "zhongba_transport_management_cards", "http://yzqcw.com/thread-301-1-1.html",
        "县运输管理站 领导干部廉政风险防控卡, one sheet a leader, after the source's piece on the 公路 “三乱” (运政、路政 月票、"
        "年票, 罚款, 以罚代管): a title, ``姓　名 | … | 职　务 | …`` and a merged 分管工作 line, then "
        "序号/风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line and 持卡人（签字）",
        sheets, t,
    )  # fmt: skip


def zhongba_quality_station_group_rows() -> dict:
    unit = f"{PLACE}交通质监站"
    sh = _Sheet("责任清单", [6, 10, 10, 40, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "钟离皛", "leader", [
                ("质量监督检查中接受参建单位宴请，降低检查标准", "一级风险", "监督检查前“质量技术+廉政监督”双交底。"),
                ("交工质量鉴定结论弄虚作假", "一级风险", "鉴定结论经站务会集体审议，报县交通运输局备案。"),
            ]),
        ]),
        ("二、质量监督组", "质量监督组", [
            ("组长", "逮昉", "middle", [
                ("监督抽检选择性抽样", "二级风险", "抽检点位随机确定，全程执法记录仪记录。"),
            ]),
            ("监督员", "钟离璟", "general", [
                ("发现质量问题不下达整改通知", "二级风险", "检查问题逐项登记，整改销号管理。"),
                ("向参建单位推荐检测机构", "三级风险", "签订廉洁承诺书，检测机构由建设单位公开选定。"),
            ]),
        ]),
        ("三、安全监督组", "安全监督组", [
            ("监督员", "逮晔", "general", [
                ("安全隐患排查走过场", "二级风险", "隐患排查两人以上，问题清单建档。"),
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
        "zhongba_quality_station_group_rows", "https://zhenguoke.com/read/-dy-article-JRLN6HI0053469M5.html",
        "县交通质监站 廉政风险防控责任清单 under GROUP ROWS, after the source's 质监支队 “质量技术+廉政监督” 双交底 (参建单位, "
        "廉建联防, 廉政回访): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施, group rows "
        "``一、站领导``, ``二、质量监督组``, ``三、安全监督组`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def zhongba_road_transport_centre_selfchecks() -> dict:
    unit = f"{PLACE}道路运输服务中心"
    t = _Truth(unit)
    people = [
        ("钟离昺", "中心领导", "主任", "leader", [
            ("货运源头治超监管不力，默许超限车辆出场", "Ⅰ级", "源头企业装载登记，每月抽查。", "已落实"),
            ("中心物资采购指定供应商", "Ⅱ级", "采购三家比价，结果公示。", "未发现问题"),
        ]),
        ("逮琰", "业务受理窗口", "受理员", "general", [
            ("从业资格证办理收受好处，简化审核", "Ⅰ级", "受理资料两人核对，办件全程留痕。", "已落实"),
            ("车辆营运证审验不严", "Ⅲ级", "审验结果系统录入，科室复核。", "已落实"),
        ]),
        ("钟离晗", "稽查窗口", "稽查员", "general", [
            ("处罚票据不入账，截留罚没款", "Ⅰ级", "罚没款统一票据、当日缴入专户。", "未发现问题"),
            ("向货运业户出具“年票”“月票”", "Ⅱ级", "严禁以罚代管，稽查记录每周核查。", "已落实"),
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
        "zhongba_road_transport_centre_selfchecks", "https://journal.wf.pub/article:fsyj202105008",
        "县道路运输服务中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's paper on 治超执法 "
        "中的罚款票证 (货运经营者, “年票”“月票”, 执法者寻租): a title, a label row ``姓　名 | 所在部门 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施/``自查情况``; no type column; "
        "``本人签名： | 主任意见：``",
        sheets, t,
    )  # fmt: skip


def zhongba_payang_town_station_list() -> dict:
    unit = f"{PLACE}帕羊镇交管站"
    sh = _Sheet("一览表", [6, 12, 10, 10, 40, 13, 9, 34])
    t = _Truth(unit)
    sh.add("附件3")
    _line(sh, f"{unit}岗位廉政风险防控一览表", 8)
    _line(sh, f"填报单位（盖章）：{unit}{GAP * 10}填报时间：2025年6月", 8)
    sh.add("序号", "部门", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "逮璠", "leader", "行政村通硬化路项目村组申报优亲厚友", "制度机制", "高风险",
         "项目申报经镇党委会研究，在村务公开栏公示。"),
        ("站领导", "站长", "逮璠", "leader", "农村公路养护补助资金分配不公开", "岗位职责", "中风险",
         "养护补助按里程分配，每年底张榜公布。"),
        ("客运管理", "管理员", "钟离湛", "general", "农村客运补贴班次统计不实", "业务流程", "高风险",
         "班次以GPS记录为准，镇财政所复核。"),
        ("客运管理", "管理员", "钟离湛", "general", "接受客运车主宴请", "思想道德", "低风险",
         "签订廉洁承诺书。"),
        ("路政巡查", "巡查员", "逮玹", "general", "巡查发现侵占路产不制止、不上报", "外部环境", "中风险",
         "巡查日志每日上报，站长每周抽查。"),
    ]  # fmt: skip
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HIGHS[lv])
    sh.add("填表人：", None, None, "审核人：", None, "站长（签字）：", None, None)
    return _layout(
        "zhongba_payang_town_station_list", "http://www.tushygear.com/xwzx/PoliticsNews/202203/t20220318_12420223.htm",
        "镇交管站 岗位廉政风险防控一览表, after the source's report on 西藏 行政村通硬化路 (乡镇综合运输服务站, 农村客运财政补贴, "
        "农村公路养护补助资金): ``附件3``, a title, a merged 填报单位（盖章）/填报时间 line, then 序号/部门/岗位/责任人 on EVERY "
        "row/廉政风险点/风险类型 (short names)/风险等级 ``高风险/中风险/低风险``/防控措施; a 填表人/审核人/站长（签字） line",
        [sh], t,
    )  # fmt: skip


def zhongba_larang_township_station_register() -> dict:
    unit = f"{PLACE}拉让乡交管站"
    sh = _Sheet("登记表", [6, 12, 10, 10, 36, 14, 9, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查登记表", 8)
    sh.add("序号", "股室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施")
    rows = [
        ("站领导", "站长", "钟离旻", "leader", [
            ("通乡公路黑色化工程验收不严", "制度机制", "一级", "验收组由乡、村和群众代表组成。"),
            ("乡村道路养护经费分配不按里程", "岗位职责", "二级", "养护经费按里程测算，结果公示。"),
        ]),
        ("财务组", "报账员", "逮曜", "general", [
            ("道路维修材料报账票据不实", "业务流程", "一级", "材料出入库登记，报账附领用单。"),
        ]),
        ("路政组", "协管员", "钟离暄", "general", [
            ("对黑车拉客、超载超限车辆放任不管", "业务流程", "二级", "劝导记录每日上报，乡派出所联合检查。"),
            ("收受车主好处费", "思想道德", "三级", "严禁现场收取任何费用，公布举报电话。"),
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
        "zhongba_larang_township_station_register", "http://www.shilongwang1.cn/news/2012317/314531.html",
        "乡交管站 廉政风险点排查登记表, after the source's report on 西藏's 2012 交通运输工作会 (通乡公路 黑色化, 规范交通行政执法, "
        "黑车拉客, 超载超限): a title, 序号/股室 merged/岗位 and 姓名 merged per person/风险点/风险类别 (short names)/风险等级 "
        "``一级/二级/三级``/防控措施; a ``注：`` line and an 编制人/审核人/date line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    zhongba_rural_road_station_type_level_swapped(),
    zhongba_transport_bureau_two_sheets(),
    zhongba_road_maintenance_posts(),
    zhongba_transport_management_cards(),
    zhongba_quality_station_group_rows(),
    zhongba_road_transport_centre_selfchecks(),
    zhongba_payang_town_station_list(),
    zhongba_larang_township_station_register(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch910-inbox"))
