"""The five-hundred-and-forty-eighth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one district's
乡村振兴 and 农技 bodies, 乐都区 (海东市, 青海) — the 乡村振兴局, the 农业农村局, the 农业技术推广中心,
the 农村经营管理站 and four towns' 农业服务站 (高庙镇, 瞿昙镇, 碾伯镇, 雨润镇) — each handing back
the 一览表, 排查表, 防控卡, 自查表 or 清单 its staff typed:

- the 乡村振兴局's file in two sheets ``局领导`` (``姓名 | 职务 | 分管工作`` merged per person) and
  ``股室`` (``股室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 农业农村局's 一览表: ``科室 | 岗位 | 责任人`` merged per person before ``风险点 | 风险类型 |
  风险等级 | 防控措施``, ``…风险`` types, ``高风险/中风险/低风险``;
- the 农村经营管理站's 责任清单 under GROUP ROWS ``一、站领导`` / ``二、合同管理股`` merged across:
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 高庙镇农业服务站's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line;
- the 瞿昙镇农业服务站's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 所在科室`` over a row of values, 高/中/低, ``自查情况``;
- the 碾伯镇农业服务站's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a
  long ``风险表现``, short types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 雨润镇农业服务站's 责任清单: ``岗位 | 姓名`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``一级/二级/三级``, no type column.

One is harder:

- ``ledu_agritech_type_level_tick_grid``: the 农业技术推广中心's 廉政风险点排查表 gives each point's
  TYPE AND LEVEL TOGETHER BY THE POSITION OF ONE TICK in a grid of nine columns: a three-row
  heading ``序号 | 科室 | 岗位 | 责任人 | 廉政风险点 | 风险类型及等级（在对应栏内打“√”） | 防控措施``,
  the middle field merged across nine columns over THREE TYPE BANDS ``思想道德风险 | 制度机制风险 |
  岗位职责风险`` (each merged across three columns) over ``高 | 中 | 低`` under EACH band; every
  point row has exactly one ``√`` among the nine cells, and the band it stands in is the point's
  type, the sub-column its level. There is no separate type column and no separate level column.
  The README's 读得懂的表 knows ticks under ``风险等级`` split ``一级 | 二级 | 三级`` (or ``高 | 中 | 低``
  straight beside the point), ticks under ``风险类型`` split into the types (several allowed), those
  two side by side (batch 29, 181: one tick among the types AND one among the levels), points
  placed in bands of columns by type (``思想道德风险`` over ``风险点 | 等级``, the point's TEXT in the
  band), ``风险类型及等级`` merged over ``高 | 中 | 低`` with the TYPE WRITTEN in the level's column,
  and type × level grids whose cells hold the points' text or numbers; none has the two fields
  NESTED in one heading (levels repeated under each type band) with a single tick carrying both.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a town's report on 防返贫监测 and
帮扶 — 监测户, 帮扶责任人, 小额信贷; a paper on 家庭农场 and 组织化经营; a paper on 农村土地流转; a
town's news on 防止返贫监测帮扶; a paper on 测土配方施肥 and 农技推广; a paper on 三权分置 and 土地流转
in a county; a county's notice of 衔接资金 projects and their 公告公示; a paper on 新型农业经营主体
and 农业科技服务) and the layout follows their words for the unit, its parts, its posts and its
risks. The rows are worded by us, the names invented (rare Han surnames with rare given names);
every unit is a body of 乐都区 (``unit_words=("乐都区",)``: no earlier unit holds it).

Run ``python tests/published/score.py --set batch548`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the band a ``√`` stands under is the point's ONE type (``思想道德风险`` →
  ``思想道德``) and the sub-column its level (高/中/低 → 1/2/3); the three heading rows are no
  points; 科室, 岗位 and 责任人 are the columns' (merged per person);
- ``局领导``, ``站领导`` are the 科室 of those leaders; a 局's 股, a 中心's 站 or 科, a 站's 股 or 组
  are 科室; a group row ``一、站领导`` gives the 科室 ``站领导``, ``二、合同管理股`` the 科室
  ``合同管理股`` (its number left off), as batch 280 and 546 did; the 高庙镇 cards and the 雨润镇
  list name a 科室 only where a cell does (they name none); the 瞿昙镇 sheets write ``站领导`` /
  ``农技组`` in ``所在科室`` and that is their 科室;
- every body is a unit of its own (a town's 农业服务站 too: its unit is ``乐都区…镇农业服务站``, no
  科室): a 局's 局长 and 副局长, a 中心's 主任 and 副主任, the 站长 of a 站 that is the unit are
  leaders; 股长, 科长, 组长 and the 站长 of a 中心's 土肥站 (a 科室) are middle; the rest (会计, 农技员, 管理员, 统计员,
  办事员, 防疫员) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``职责事项`` and ``自查情况`` are
  no points and name no holder; the 碾伯镇 list names no person: its forms are posts (对岗不对人);
- 高/中/低, ``Ⅰ级/Ⅱ级/Ⅲ级``, ``一级/二级/三级``, ``★★★/★★/★``, ``高风险/中风险/低风险`` and
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

PREFIX = "b548_"
PLACE = "乐都区"
GRADES = {"一级": 1, "二级": 2, "三级": 3}
ROMAN = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
STARS = {"★★★": 1, "★★": 2, "★": 3}
RISKS = {"一级风险": 1, "二级风险": 2, "三级风险": 3}
WORDS = {"高风险": 1, "中风险": 2, "低风险": 3}
TICK = "√"


def _per_person(sh: _Sheet, first: int, dept: int | None, post: int, *people: int,
                last: int | None = None) -> None:  # fmt: skip
    """Merge the 科室 column over its runs and the post (and holder) columns over each person's."""
    key = lambda row: (row[dept] if dept is not None else None, row[post],  # noqa: E731
                       *(row[c] for c in people))  # fmt: skip
    specs = [] if dept is None else [(dept, lambda row: row[dept])]
    specs += [(post, key)] + [(c, key) for c in people]
    _merge_down(sh, first, specs, last)


# --------------------------------------------------------------------------- harder layout

BANDS = ("思想道德风险", "制度机制风险", "岗位职责风险")
GRID_LEVELS = ("高", "中", "低")

# (科室, 岗位, 姓名, tier, [(廉政风险点, type band, 高/中/低, 防控措施)])
GRID = [
    ("中心领导", "主任", "甄翯骞", "leader", [
        ("农技推广项目承担主体确定不公", "制度机制风险", "高", "承担主体经中心办公会集体研究，结果公示。"),
        ("示范基地物资补助审批随意", "岗位职责风险", "中", "补助物资按方案审批，发放名册公开。"),
    ]),
    ("土肥站", "站长", "覃昳衡", "middle", [
        ("测土配方取样数据弄虚作假", "岗位职责风险", "高", "取样定位拍照上传，数据抽查复核。"),
        ("配方肥推荐企业收受好处", "思想道德风险", "中", "推荐企业名单集体确定，签订廉洁承诺。"),
    ]),
    ("植保站", "农技员", "郦芃瑄", "general", [
        ("统防统治药剂验收把关不严", "制度机制风险", "中", "药剂验收两人以上，抽样送检。"),
        ("病虫害防治补助对象虚报", "思想道德风险", "低", "补助对象村级公示，乡镇审核。"),
    ]),
]  # fmt: skip


def ledu_agritech_type_level_tick_grid() -> dict:
    unit = f"{PLACE}农业技术推广中心"
    ncols = 5 + 3 * len(BANDS) + 1
    sh = _Sheet("排查表", [6, 10, 8, 9, 32, *([5] * 9), 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", ncols)
    last = ncols - 1
    h0 = sh.add("序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型及等级（在对应栏内打“√”）",
                *([None] * 8), "防控措施")  # fmt: skip
    band_row = []
    for b in BANDS:
        band_row += [b, None, None]
    sh.add(None, None, None, None, None, *band_row, None)
    sh.add(None, None, None, None, None, *(GRID_LEVELS * len(BANDS)), None)
    for c in (0, 1, 2, 3, 4, last):
        sh.merge(h0, c, h0 + 2, c)
    sh.merge(h0, 5, h0, 13)
    for i in range(len(BANDS)):
        sh.merge(h0 + 1, 5 + 3 * i, h0 + 1, 7 + 3 * i)
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in GRID:
        for point, band, lv, measures in points:
            n += 1
            ticks = [TICK if (b, w) == (band, lv) else None for b in BANDS for w in GRID_LEVELS]
            sh.add(n, dept, post, who, point, *ticks, measures)
            t.point(sh.name, dept, post, who, tier, point, types_in(band), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, None, "审核人：", None, *([None] * 9), "2025年9月")
    return _layout(
        "ledu_agritech_type_level_tick_grid",
        "https://m.fx361.cc/news/2020/1026/12979408.html",
        "(harder) 区农业技术推广中心 廉政风险点排查表, after the source's paper on 新型农业经营主体 and "
        "农业科技服务: 科室/岗位/责任人 merged per person, 廉政风险点, then ``风险类型及等级（在对应栏内打“√”）`` "
        "over three TYPE BANDS each over ``高 | 中 | 低``: ONE tick among nine cells gives both the type "
        "(its band) and the level (its sub-column); no type column, no level column",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def ledu_rural_revitalization_two_sheets() -> dict:
    unit = f"{PLACE}乡村振兴局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("晁琮翊", "局长", "主持全面工作", [
            ("衔接资金项目安排个人说了算", "一级", "项目安排经局党组集体研究，项目库公开。"),
            ("帮扶车间认定干预评审", "二级", "认定评审邀请行业部门参与，结果公示。"),
        ]),
        ("雒沨珺", "副局长", "分管防返贫监测", [
            ("监测对象识别优亲厚友", "一级", "监测对象村级评议、镇级审核、区级审定。"),
            ("风险消除标注把关不严", "三级", "风险消除入户核实，留存佐证。"),
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
    dept = _Sheet("股室", [6, 16, 12, 10, 34, 8, 32])
    _line(dept, f"{unit}股室岗位廉政风险防控表", 7)
    dept.add("序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("项目资金股", "股长", "阙湉翚", "middle", "项目验收走过场", "一级", "验收组三人以上，验收资料存档。"),
        ("项目资金股", "股长", "阙湉翚", "middle", "资金拨付不按进度", "二级", "拨付凭验收报告，双人审核。"),
        ("开发指导股", "办事员", "禤昉珈", "general", "小额信贷贴息名单虚报", "三级", "贴息名单与银行台账比对。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "ledu_rural_revitalization_two_sheets",
        "http://www.dachuan.gov.cn/xxgk-show-149201.html",
        "区乡村振兴局's file in two sheets, after the source's report on 防返贫监测 and 帮扶 (监测户, "
        "帮扶责任人, 小额信贷): ``局领导`` with 姓名/职务/分管工作 merged per person; ``股室`` with "
        "股室/岗位/姓名 merged; ``一级/二级/三级``; no type",
        [lead, dept], t,
    )  # fmt: skip


def ledu_agriculture_bureau_list() -> dict:
    unit = f"{PLACE}农业农村局"
    sh = _Sheet("一览表", [6, 14, 9, 9, 34, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "蔺翾珲", "leader", "家庭农场示范评定不公", "制度机制风险", "高风险",
         "评定标准公开，局党组集体审定。"),
        ("局领导", "局长", "蔺翾珲", "leader", "农机购置补贴干预审核", "外部环境风险", "中风险",
         "补贴审核系统留痕，结果公示。"),
        ("农村合作经济股", "股长", "亓琇瀚", "middle", "合作社奖补资金审核不严", "岗位职责风险", "中风险",
         "奖补对象实地核查，集体研究。"),
        ("农村合作经济股", "统计员", "闵沄翕", "general", "经营主体统计数据虚报", "业务流程风险", "低风险",
         "数据抽样复核，签字确认。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), WORDS[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, None, "局长（签字）：", None, None)
    return _layout(
        "ledu_agriculture_bureau_list",
        "http://www.xmdkfw.com/news/20210924/84916.html",
        "区农业农村局 廉政风险防控一览表, after the source's paper on 家庭农场 and 组织化经营: 序号/科室 merged/"
        "岗位 and 责任人 merged per person/风险点/``…风险`` types/``高风险/中风险/低风险``/防控措施; "
        "填表人/审核人/局长 line",
        [sh], t,
    )  # fmt: skip


def ledu_rural_management_station_group_rows() -> dict:
    unit = f"{PLACE}农村经营管理站"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、站领导", "站领导", [
            ("站长", "奚翙璟", "leader", [
                ("土地流转纠纷调处偏袒一方", "一级风险", "调处实行合议，调处结果书面告知。"),
                ("集体资产清查结果审核不实", "二级风险", "清查结果村级公示，抽查复核。"),
            ]),
        ]),
        ("二、合同管理股", "合同管理股", [
            ("股长", "厍霂琤", "middle", [
                ("流转合同鉴证收受好处", "一级风险", "鉴证材料逐项审核，鉴证结果登记。"),
                ("承包经营权证信息擅改", "三级风险", "信息变更经审批，系统留痕。"),
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
    sh.add("制表：", None, "审核：", None, "2025年9月", None)
    return _layout(
        "ledu_rural_management_station_group_rows",
        "https://snflw.bua.edu.cn/info/1007/1254.htm",
        "区农村经营管理站 廉政风险防控责任清单, after the source's paper on 农村土地流转: 序号/岗位/姓名/"
        "廉政风险点/``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS ``一、站领导``, "
        "``二、合同管理股`` merged across; 岗位 and 姓名 merged per person; no type",
        [sh], t,
    )  # fmt: skip


def ledu_gaomiao_station_cards() -> dict:
    unit = f"{PLACE}高庙镇农业服务站"
    t = _Truth(unit)
    cards = [
        ("站长", "翟琬翛", "leader", [
            ("惠农补贴面积核定不实", "★★★", "面积核定实地丈量，村级公示。"),
            ("站内物资采购暗箱操作", "★★", "采购三家询价，结果公开。"),
        ]),
        ("防疫员", "郗沣翊", "general", [
            ("强制免疫疫苗私自转卖", "★★", "疫苗领用登记，免疫档案核对。"),
            ("检疫证明违规出具", "★", "出证前现场查验，证章专人保管。"),
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
        "ledu_gaomiao_station_cards",
        "https://www.jieshounews.cn/display.php?id=73554",
        "高庙镇农业服务站 岗位廉政风险防控卡, one sheet a holder (tabs 站长, 防疫员), after the source's "
        "news of a town's 防止返贫监测帮扶 work: ``姓　名 | … | 职　务 | …``, 序号/廉政风险点/"
        "``★★★/★★/★``/防控措施; a ``注：`` line; 持卡人/分管领导 签字",
        sheets, t,
    )  # fmt: skip


def ledu_qutan_station_selfchecks() -> dict:
    unit = f"{PLACE}瞿昙镇农业服务站"
    t = _Truth(unit)
    people = [
        ("眭翥珩", "站长", "leader", "站领导", [
            ("测土配方补助资金报销不实", "高", "补助资金凭据报销，站务会审核。"),
            ("示范户遴选优亲厚友", "中", "示范户村级推荐，名单公示。"),
        ]),
        ("暨霈瑗", "农技员", "general", "农技组", [
            ("配方肥发放登记不实", "中", "发放登记农户签字，按月对账。"),
            ("技术培训签到虚报", "低", "培训签到拍照留存。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, dept, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "所在科室", None, None)
        sh.add(who, post, dept, None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, ((point, lv, measures), found) in enumerate(
            zip(points, ("已落实", "未发现问题"), strict=True), 1
        ):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add()
        sh.add("本人签名：", None, "站长意见：", None, None)
        sheets.append(sh)
    return _layout(
        "ledu_qutan_station_selfchecks",
        "https://fx361.cc/page/2023/0609/22510861.shtml",
        "瞿昙镇农业服务站 岗位廉政风险自查表, one sheet a person (tab = the person), after the source's paper "
        "on 测土配方施肥 and 农技推广: a label row ``姓　名 | 岗　位 | 所在科室`` over values, "
        "序号/风险点/高/中/低/防控措施/``自查情况``; ``本人签名： | 站长意见：``",
        sheets, t,
    )  # fmt: skip


def ledu_nianbo_station_posts() -> dict:
    unit = f"{PLACE}碾伯镇农业服务站"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    a, b, c = "站领导", "经管组", "农机组"
    rows = [
        (a, "站长", "leader", "土地流转备案", "为不合规流转违规备案", "制度机制", "Ⅰ级",
         "备案材料审核，流转合同统一范本。"),
        (b, "会计", "general", "村级账务代理", "代理记账虚列支出", "岗位职责", "Ⅱ级",
         "代理账务村务监督委员会审核。"),
        (c, "管理员", "general", "农机作业补助", "作业面积虚报", "外部环境", "Ⅰ级",
         "作业面积北斗监测核对。"),
        (c, "管理员", "general", "农机安全检验", "检验收取好处", "思想道德", "Ⅲ级",
         "检验结果公开，接受监督。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：经管组", None, None, "审核：", None, None, "2025年8月", None)
    return _layout(
        "ledu_nianbo_station_posts",
        "https://m.fx361.cc/news/2019/1125/17520853.html",
        "碾伯镇农业服务站 廉政风险点排查表 对岗不对人, after the source's paper on 三权分置 and 土地流转: "
        "科室 merged/岗位 merged/a short 风险点/a long 风险表现/short types/``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def ledu_yurun_station_duty_list() -> dict:
    unit = f"{PLACE}雨润镇农业服务站"
    sh = _Sheet("责任清单", [6, 10, 10, 18, 36, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("站长", "鄢璆翃", "leader", "衔接资金项目申报", "项目申报虚增建设内容", "一级",
         "申报内容实地核查，镇党委会研究。"),
        ("站长", "鄢璆翃", "leader", "项目公告公示", "公示流于形式", "二级", "公示拍照存档，接受举报。"),
        ("管理员", "仉渼琰", "general", "项目资产管护", "资产台账登记不实", "二级", "台账每半年盘点。"),
        ("管理员", "仉渼琰", "general", "公益岗位考勤", "考勤记录弄虚作假", "三级", "考勤按月公示。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, duty, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年8月", None, None)
    return _layout(
        "ledu_yurun_station_duty_list",
        "http://www.440770.com/cgxzf/zwgk/xxgknr/czzj/fpzj/2021/202307/540f1a88615542479e82e798d126ccfe.shtml",
        "雨润镇农业服务站 廉政风险防控责任清单, after the source's notice of 衔接资金 projects and their "
        "公告公示: 序号/岗位 and 姓名 merged per person/``职责事项``/廉政风险点/``一级/二级/三级``/防控措施",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    ledu_agritech_type_level_tick_grid(),
    ledu_rural_revitalization_two_sheets(),
    ledu_agriculture_bureau_list(),
    ledu_rural_management_station_group_rows(),
    ledu_gaomiao_station_cards(),
    ledu_qutan_station_selfchecks(),
    ledu_nianbo_station_posts(),
    ledu_yurun_station_duty_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch548-inbox"))
