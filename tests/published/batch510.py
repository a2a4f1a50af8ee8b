"""The five-hundred-and-tenth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 发展改革
and 工信 bodies, 高台县 (a county of 张掖, 甘肃) — its 发展和改革局, 工业和信息化局, 粮食储备库,
价格认证中心, 招商服务中心, 重点项目服务中心, 中小企业服务中心 and 工业园区服务中心 — each handing
back the 一览表, 排查表, 防控卡, 自查表, 清单 or 登记表 its staff typed:

- the 发展和改革局's file in two sheets ``局领导`` (``姓名 | 职务 | 分管工作`` merged per person) and
  ``科室`` (``科室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 粮食储备库's 排查表 对岗不对人: ``股室`` and ``岗位`` merged, a short ``风险点`` beside a long
  ``风险表现``, ``…风险`` types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 价格认证中心's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line, no type column;
- the 招商服务中心's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 填表时间`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 重点项目服务中心's 责任清单 under GROUP ROWS ``一、中心领导`` / ``二、项目推进股`` merged
  across: ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 中小企业服务中心's 责任清单: ``岗位 | 姓名`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``一级/二级/三级``, no type column;
- the 工业园区服务中心's 一览表: ``岗位 | 责任人`` written on every row, short types, 高/中/低.

One is harder:

- ``gaotai_industry_point_sheets``: the 工业和信息化局's 廉政风险点登记表 is ONE SHEET A POINT (一点一表):
  the workbook has six sheets ``风险点1`` … ``风险点6``, each a small labelled form of ONE point —
  a title, then label/value pairs two to a row (``编　号 | GX-01 | 登记日期 | 2025年6月``,
  ``科　室 | … | 岗　位 | …``, ``责任人 | … | 风险等级 | 高``), then one label a row with its value
  merged across the three other columns (``风险类型``, ``风险点``, ``表现形式``, ``防控措施``), and a
  ``填表人： | … | 审核人：`` line. Each holder's points are on two successive sheets, the holder
  written again on each; there is no table with a heading row anywhere, no 目录 sheet, no summary.
  The shape is about HOW THE FILE'S SHEETS ARE CUT: one sheet per POINT, so that a post's form is
  gathered from several sheets. The README's 读得懂的表 and the notes of the earlier batches know
  one sheet a holder (防控卡, 自查表, sheets named by the person or the post), one sheet a 科室, a
  level, a type, a quarter or a page (续表, ``(2)`` copies), a 目录 sheet pointing to 表1, 表2 …,
  and labelled blocks of a point each stacked down ONE sheet (风险点编号/科室/岗位/… rows); none
  describes a workbook whose every sheet is a single point's labelled form, the same holder on
  several sheets. Read sheet by sheet, each sheet is a form of one point (or, read as a holder's
  card, the labels ``风险点``/``表现形式`` are no column heading at all).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 工业和信息化局's 操作规程 for a
民营及中小企业 扶持计划 — 申报, 审查, 核准, 专项资金, 绩效; a 县发改委's 专项治理 of 政府投资项目 —
立项, 审批要件, 抽查, 资金拨付; a 粮食库房制度规范 — 出入库, 储存保管, 设施设备; a 纪检 article on
the 价格认定 of 涉案财物 — 委托, 实质性审核 of the 结论; a 招商服务中心's 驻点招商 — 客商, 洽谈,
签约; a county's 一对一 跟踪服务 of 签约项目 — 挂钩领导, 服务小组, 联络员; a city's 意见 on 招商引资 —
项目落地, 服务; a county 招商组's 联络员 会议 — 项目 跟踪管理, 报表, 审批 and 环评 前期) and the layout
follows their words for the unit, its parts, its posts and its risks. The rows are worded by us,
the names invented (rare Han surnames with rare given names); every unit is a body of 高台县
(``unit_words=("高台县",)``: no earlier unit holds it).

Run ``python tests/published/score.py --set batch510`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each sheet's ``风险点`` value is the point (``表现形式`` is its description, no
  point); the points of one holder on several sheets are ONE form (unit + 科室 + post + holder), its
  ``sheet`` the first of them; ``编　号``, ``登记日期``, ``填表人``/``审核人`` are no points;
- ``局领导`` (the 发展和改革局's leaders' sheet, the 工业和信息化局's 科室 cell) is the 科室 of those
  leaders; a 局's 股 and a 库's or 中心's 股 are 科室; a group row ``一、中心领导`` gives the 科室
  ``中心领导``, ``二、项目推进股`` the 科室 ``项目推进股`` (its number left off), as batch 280 did;
  the 价格认证中心's cards, the 招商服务中心's 自查表, the 中小企业服务中心's and the 工业园区服务中心's
  lists name no 科室 (the 中心 is the unit);
- every body is a unit of its own: 局长, 副局长, a 中心's 主任 and 副主任, a 库's 主任 are leaders;
  股长 middle; the rest (科员, 保管员, 管理员, 认定员, 招商专员, 项目专员, 工作人员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``职责事项`` and ``自查情况`` are no
  points and name no holder; the 粮食储备库's list names no person: its forms are posts
  (对岗不对人);
- ``高/中/低``, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级/二级/三级``, ``★★★/★★/★``, ``高风险/中风险/低风险`` and
  ``一级风险/二级风险/三级风险`` are 1/2/3.

``build(outdir)`` writes every layout as ``<name>.xlsx`` (``batch387.write_xlsx``: borders) and
``truth.json``; no re-saved copies.
"""

from __future__ import annotations

from pathlib import Path

from published.batch60 import _line, _merge_down
from published.batch387 import write_xlsx
from published.layouts import HML, _layout, _Sheet, _Truth, types_in
from published.layouts import build as _build

PREFIX = "b510_"
PLACE = "高台县"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

# (科室, 岗位, 责任人, tier, [(风险点, 表现形式, 风险类型, 风险等级, 防控措施)])
INDUSTRY = [
    ("局领导", "局长", "虢湝璎", "leader", [
        ("扶持项目核准个人说了算", "中小企业扶持项目名单不经局务会集体研究，由个人确定",
         "制度机制", "高", "扶持计划局务会集体研究，名单公示。"),
        ("为申报企业说情打招呼", "授意审查人员放宽条件，让关系企业入围", "思想道德", "中",
         "干预插手登记报告。"),
    ]),
    ("中小企业股", "股长", "缑沄瑧", "middle", [
        ("申报材料审查把关不严", "对不符合条件的企业出具审查通过意见", "业务流程", "高",
         "审查两人复核，专家评审。"),
        ("专项资金绩效评价走过场", "绩效目标未完成仍评为合格", "岗位职责", "中",
         "绩效评价引入第三方，结果公开。"),
    ]),
    ("运行监测股", "科员", "郦璘沛", "general", [
        ("企业运行数据泄露", "将企业报送的经营数据提供给中介", "外部环境", "中",
         "数据专人管理，查询留痕。"),
        ("监测数据弄虚作假", "为完成任务修改企业上报数据", "岗位职责", "低",
         "数据核验，异常数据回访企业。"),
    ]),
]  # fmt: skip


def gaotai_industry_point_sheets() -> dict:
    unit = f"{PLACE}工业和信息化局"
    t = _Truth(unit)
    sheets, n = [], 0
    for dept, post, who, tier, points in INDUSTRY:
        first_sheet = None
        for point, shows, typ, lv, measures in points:
            n += 1
            sh = _Sheet(f"风险点{n}", [12, 24, 12, 24])
            first_sheet = first_sheet or sh.name
            _line(sh, f"{unit}廉政风险点登记表", 4)
            sh.add("编　号", f"GX-{n:02d}", "登记日期", "2025年6月")
            sh.add("科　室", dept, "岗　位", post)
            sh.add("责任人", who, "风险等级", lv)
            for label, value in (("风险类型", typ), ("风险点", point), ("表现形式", shows),
                                 ("防控措施", measures)):  # fmt: skip
                r = sh.add(label, value, None, None)
                sh.merge(r, 1, r, 3)
            sh.add("填表人：", None, "审核人：", None)
            t.point(first_sheet, dept, post, who, tier, point, types_in(typ), HML[lv])
            sheets.append(sh)
    return _layout(
        "gaotai_industry_point_sheets",
        "http://pinsenzixun.com/hydt/830.html",
        "(harder) 县工业和信息化局 廉政风险点登记表 ONE SHEET A POINT, after the source's 操作规程 for a 民营及中小"
        "企业 扶持计划 (申报, 审查, 核准, 专项资金, 绩效): six sheets 风险点1…风险点6, each a title, label/value "
        "pairs two a row (编　号/登记日期, 科　室/岗　位, 责任人/风险等级 高/中/低), then 风险类型/风险点/表现形式/"
        "防控措施 one a row, the value merged across; a 填表人/审核人 line; each holder (局领导 局长, 中小企业股 "
        "股长, 运行监测股 科员) on two successive sheets; no heading row, no 目录",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def gaotai_reform_two_sheets() -> dict:
    unit = f"{PLACE}发展和改革局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("訾湑璠", "局长", "主持全面工作", [
            ("政府投资项目立项个人说了算", "一级", "立项一律党组会集体研究。"),
            ("干预项目审批要件审查", "二级", "审批要件清单公开，干预登记。"),
        ]),
        ("逯瀞玹", "副局长", "分管投资和项目", [
            ("项目资金拨付打招呼", "一级", "资金按进度拨付，财务复核。"),
            ("接受项目单位宴请", "三级", "节前廉洁提醒，拒收登记。"),
        ]),
    ]  # fmt: skip
    first = len(lead.rows)
    n = 0
    for who, post, work, points in leaders:
        for point, lv, measures in points:
            n += 1
            lead.add(n, who, post, work, point, lv, measures)
            t.point(lead.name, "局领导", post, who, "leader", point, [], GRADES[lv])
    _merge_down(lead, first, [(c, lambda row: row[1]) for c in (1, 2, 3)])
    dept = _Sheet("科室", [6, 12, 10, 10, 34, 8, 32])
    _line(dept, f"{unit}科室岗位廉政风险防控表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("投资股", "股长", "璩沨琇", "middle", "项目抽查走过场", "一级", "抽查项目随机选取，结果通报。"),
        ("投资股", "股长", "璩沨琇", "middle", "擅自扩大建设规模不制止", "二级", "变更须报县政府批准。"),
        ("价格股", "科员", "鞠珣滟", "general", "收费标准核定不实", "三级", "成本监审两人复核。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "gaotai_reform_two_sheets",
        "https://xichuan.gov.cn/xcxfgw/zwdt1/content_37694",
        "县发展和改革局's file in two sheets, after the source's 专项治理 of 政府投资项目 (立项, 审批要件, 抽查, 建设"
        "规模, 资金拨付): ``局领导`` with 姓名/职务/分管工作 merged per person; ``科室`` with 科室/岗位/姓名 merged; "
        "levels ``一级/二级/三级``; no type column",
        [lead, dept], t,
    )  # fmt: skip


def gaotai_grain_depot_posts() -> dict:
    unit = f"{PLACE}粮食储备库"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 13, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "股室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    store, kit = "保管股", "设备股"
    rows = [
        (store, "保管员", "general", "储粮入库验收", "验收时放宽水分杂质标准，收人情粮", "岗位职责风险", "Ⅰ级",
         "入库双人验收，扦样留存。"),
        (store, "保管员", "general", "库存账实核对", "账实不符不上报，虚报库存", "制度机制风险", "Ⅱ级",
         "每月账实核对，交叉检查。"),
        (kit, "管理员", "general", "仓储设施维修", "维修项目虚报工程量", "业务流程风险", "Ⅱ级",
         "维修项目验收签字，照片存档。"),
        (kit, "管理员", "general", "熏蒸药剂保管", "药剂私自外借", "思想道德风险", "Ⅲ级",
         "双人双锁，领用登记。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：办公室", None, None, "审核：", None, None, "2025年5月", None)
    return _layout(
        "gaotai_grain_depot_posts",
        "http://www.boteman.cn/paper/504756509.html",
        "县粮食储备库 廉政风险点排查表 对岗不对人, after the source's 粮食库房制度规范 (出入库, 储存保管, 设施设备): a "
        "title, 序号/股室 merged (保管股, 设备股)/岗位 merged per post/a short 风险点/a long 风险表现/风险类型 "
        "``…风险``/风险等级 ``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names; an ``编制：办公室 | 审核： | 2025年5月`` line",
        [sh], t,
    )  # fmt: skip


def gaotai_price_cards() -> dict:
    unit = f"{PLACE}价格认证中心"
    t = _Truth(unit)
    cards = [
        ("主任", "鄢琭湉", "leader", [
            ("价格认定结论审议不集体", "★★★", "认定结论集体审议，记录存档。"),
            ("受托案件指派认定人员不回避", "★★", "指派人员回避审查。"),
        ]),
        ("认定员", "厍瀚璁", "general", [
            ("涉案财物查验不到现场", "★★", "实物查验两人以上，拍照留存。"),
            ("接受提出机关人员请托", "★", "签订廉洁承诺书。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for post, who, tier, points in cards:
        sh = _Sheet(post, [6, 36, 10, 34])
        _line(sh, f"{unit}岗位廉政风险防控卡", 4)
        sh.add("姓　名", who, "职　务", post)
        sh.add("序号", "廉政风险点", "风险等级", "防控措施")
        for i, (point, lv, measures) in enumerate(points, 1):
            sh.add(i, point, lv, measures)
            t.point(sh.name, "", post, who, tier, point, [], STARS[lv])
        _line(sh, "注：★★★为高风险，★★为中风险，★为低风险。", 4)
        sh.add("持卡人（签字）：", None, "分管领导（签字）：", None)
        sheets.append(sh)
    return _layout(
        "gaotai_price_cards",
        "http://zgjjjc.ccdi.gov.cn/bqml/bqxx/202311/t20231115_307534.html",
        "县价格认证中心 岗位廉政风险防控卡, one sheet a holder (tabs 主任, 认定员), after the source's account of the "
        "价格认定 of 涉案财物 (委托, 认定程序, 结论的实质性审核): a title, ``姓　名 | … | 职　务 | …``, then "
        "序号/廉政风险点/风险等级 ``★★★/★★/★``/防控措施; a ``注：`` line; ``持卡人（签字）： | 分管领导（签字）：``",
        sheets, t,
    )  # fmt: skip


def gaotai_invest_selfchecks() -> dict:
    unit = f"{PLACE}招商服务中心"
    t = _Truth(unit)
    people = [
        ("亓珞澴", "副主任", "leader", [
            ("驻点招商费用虚报", "高风险", "驻点费用按标准报销，凭据审核。"),
            ("签约项目优惠条件随意承诺", "中风险", "优惠条件集体研究后签约。"),
        ]),
        ("沃璟沚", "招商专员", "general", [
            ("接受客商礼品礼金", "中风险", "拒收登记，廉洁提醒。"),
            ("项目信息泄露", "低风险", "信息专人管理。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "填表时间", None, None)
        sh.add(who, post, "2025年5月", None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, ((point, lv, measures), found) in enumerate(
            zip(points, ("已落实", "未发现问题"), strict=True), 1
        ):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, "", post, who, tier, point, [], WORDS[lv])
        sh.add()
        sh.add("本人签名：", None, "中心意见：", None, None)
        sheets.append(sh)
    return _layout(
        "gaotai_invest_selfchecks",
        "http://taihu.huzhou.gov.cn/art/2020/4/14/art_1229211001_54562770.html",
        "县招商服务中心 岗位廉政风险自查表, one sheet a person (tabs named by the person), after the source's account "
        "of a 招商服务中心 副主任's 驻点招商 (客商, 洽谈, 签约): a title, a label row ``姓　名 | 岗　位 | 填表时间`` "
        "over a row of values, then 序号/风险点/风险等级 ``高风险/中风险/低风险``/防控措施/``自查情况``; no type "
        "column; ``本人签名： | 中心意见：``",
        sheets, t,
    )  # fmt: skip


def gaotai_project_group_rows() -> dict:
    unit = f"{PLACE}重点项目服务中心"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、中心领导", "中心领导", [
            ("主任", "佴珧濛", "leader", [
                ("服务小组分工个人决定", "一级风险", "分工中心会议研究，公开。"),
                ("为项目业主违规协调手续", "二级风险", "协调事项登记备案。"),
            ]),
        ]),
        ("二、项目推进股", "项目推进股", [
            ("项目专员", "蒉涴琪", "general", [
                ("项目进度报送不实", "一级风险", "进度现场核实，拍照上传。"),
                ("接受项目单位宴请", "三级风险", "签订廉洁承诺书。"),
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
    sh.add("制表：", None, "审核：", None, "2025年6月", None)
    return _layout(
        "gaotai_project_group_rows",
        "http://news.xwzc.net/xwyw/4908.html",
        "县重点项目服务中心 廉政风险防控责任清单, after the source's 一对一 跟踪服务 of 签约项目 (挂钩领导, 服务小组, "
        "联络员): a title, 序号/岗位/姓名/廉政风险点/风险等级 ``一级风险/二级风险/三级风险``/防控措施 under GROUP "
        "ROWS ``一、中心领导``, ``二、项目推进股`` merged across; 岗位 and 姓名 merged per person; no type column; "
        "制表/审核/date",
        [sh], t,
    )  # fmt: skip


def gaotai_sme_duty_list() -> dict:
    unit = f"{PLACE}中小企业服务中心"
    sh = _Sheet("责任清单", [6, 10, 10, 18, 36, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("主任", "糜琤沅", "leader", "企业服务事项协调", "优亲厚友选择服务企业", "一级", "服务企业名单公开。"),
        ("主任", "糜琤沅", "leader", "落地项目服务", "向企业推荐关系人承揽业务", "二级", "插手登记报告。"),
        ("工作人员", "仝澂珮", "general", "企业诉求受理", "诉求办理推诿拖延索要好处", "二级", "诉求台账，限时办结。"),
        ("工作人员", "仝澂珮", "general", "政策宣传", "接受企业礼品", "三级", "签订廉洁承诺书。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, duty, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年6月", None, None)
    return _layout(
        "gaotai_sme_duty_list",
        "https://public.xingyang.gov.cn/D0104X/1147981.jhtml",
        "县中小企业服务中心 廉政风险防控责任清单, after the source's 意见 on 招商引资 (项目落地, 服务企业, 营商环境): a "
        "title, 序号/岗位 and 姓名 merged per person/``职责事项`` before the 廉政风险点/风险等级 ``一级/二级/三级``/"
        "防控措施; no type column; 制表/审核/date",
        [sh], t,
    )  # fmt: skip


def gaotai_park_list() -> dict:
    unit = f"{PLACE}工业园区服务中心"
    sh = _Sheet("一览表", [6, 10, 10, 40, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 7)
    sh.add("序号", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("主任", "隗瑀潆", "leader", "入园项目审核放宽条件", "岗位职责", "高", "入园项目联审，结果公示。"),
        ("主任", "隗瑀潆", "leader", "接受入园企业宴请", "思想道德", "中", "节前廉洁提醒，拒绝宴请。"),
        ("工作人员", "钭珺沺", "general", "环评前期资料把关不严", "业务流程", "中", "资料清单化审核。"),
        ("工作人员", "钭珺沺", "general", "项目报表数据不实", "制度机制", "低", "报表复核，按月比对。"),
    ]  # fmt: skip
    for n, (post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, point, typ, lv, measures)
        t.point(sh.name, "", post, who, tier, point, types_in(typ), HML[lv])
    sh.add("填表人：", None, "审核人：", None, "主任（签字）：", None, None)
    return _layout(
        "gaotai_park_list",
        "http://www.fjqlw.com/zsyz/201704/t20170406_200434379.htm",
        "县工业园区服务中心 廉政风险防控一览表, after the source's account of a county 招商组's 联络员 会议 (项目 跟踪"
        "管理, 报表, 审批 and 环评 前期): a title, 序号/岗位/责任人 written on EVERY row/廉政风险点/风险类型 (short)/"
        "高/中/低/防控措施; a 填表人/审核人/主任（签字） line",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    gaotai_industry_point_sheets(),
    gaotai_reform_two_sheets(),
    gaotai_grain_depot_posts(),
    gaotai_price_cards(),
    gaotai_invest_selfchecks(),
    gaotai_project_group_rows(),
    gaotai_sme_duty_list(),
    gaotai_park_list(),
]
RESAVED: tuple[str, ...] = ()


def build(outdir: str | Path, layouts: list[dict] | None = None, resaved: bool = True) -> Path:
    """This batch written by ``layouts.build`` with ``batch387.write_xlsx`` (borders)."""
    return _build(
        outdir, LAYOUTS if layouts is None else layouts, resaved, prefix=PREFIX, writer=write_xlsx
    )


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch510-inbox"))
