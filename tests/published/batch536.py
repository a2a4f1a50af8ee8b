"""The five-hundred-and-thirty-sixth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one city's 城建 and 城管
bodies, 临夏市 (临夏州, 甘肃) — the 住房和城乡建设局, the 城市管理综合执法局, the 园林绿化服务中心, the
市政工程管理处 and the 城建办 of four 街道 (东关街道, 西关街道, 城南街道, 八坊街道) — each handing back the
一览表, 排查表, 防控卡, 自查表 or 清单 its staff typed:

- the 住房和城乡建设局's file in two sheets ``局领导`` (``姓名 | 职务 | 分管工作`` merged per person)
  and ``科室`` (``科室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 城市管理综合执法局's 一览表: ``科室 | 岗位 | 责任人`` merged per person before ``风险点 | 风险类型 |
  风险等级 | 防控措施``, ``…风险`` types, 高/中/低;
- the 市政工程管理处's 责任清单 under GROUP ROWS ``一、处领导`` / ``二、道路养护科`` merged across:
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 东关街道城建办's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line;
- the 城南街道城建办's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 所在科室`` over a row of values, ``高风险/中风险/低风险``, ``自查情况``;
- the 八坊街道城建办's 排查表 对岗不对人: ``科室`` and ``岗位`` merged, a short ``风险点`` beside a
  long ``风险表现``, short types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 西关街道城建办's 责任清单: ``岗位 | 姓名`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``一级/二级/三级``, no type column.

One is harder:

- ``linxia_gardens_type_rows_level_columns``: the 园林绿化服务中心's 岗位廉政风险分布卡, one sheet a
  holder (tabs 主任, 科长, 绿化管护员). Under a title and the pairs ``姓　名 | … | 岗　位 | … |
  所在科室 | …`` the risks stand in a CROSS TABLE OF TYPE BY LEVEL: a corner cell written as a diagonal
  header (``风险等级⏎风险类型``: the upper right names the columns, the lower left the rows), then the
  three levels as COLUMN headings (``一级风险 | 二级风险 | 三级风险``), then FIVE ROWS, ONE A TYPE
  (``思想道德风险`` … ``外部环境风险`` in column A); each crossing holds one risk point of that type and
  that level, or ``/`` where the holder has none. There is NO 序号, no 风险点 column, no 等级 column
  and no 类型 column: a point's type is the label of ITS ROW and its level the heading of ITS
  COLUMN. A ``防控措施`` row merged across the three level columns and ``持卡人（签字）： | 中心审核：``
  close the card. The shape is about WHERE A POINT'S LEVEL AND TYPE ARE GIVEN. The README's 读得懂的表
  knows the distribution table the other way round (``风险类型＼风险等级`` corner, ``高风险 | 中风险 |
  低风险`` ONE A ROW, the types ONE A COLUMN; batch352's card), level columns holding points of a list
  (``廉政风险点`` over ``高风险 | 中风险 | 低风险``), type columns holding points or ``√`` or level words,
  level columns holding the type (``风险类型及等级`` over ``高 | 中 | 低``), a grid of holders across and
  levels down, and the 公示栏 whose columns are posts; it does not describe (and no earlier batch
  built) a grid whose ROWS ARE TYPES and whose COLUMNS ARE LEVELS, the whole grid one holder's.

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a 园林处's duties — 公园, 绿地, 树木修剪,
病虫害防治, 巡查; a city's news on 老小区 and 背后街巷 改造 — 改造计划, 资金, 雨污分流, 保洁; an answer on what a
城市管理行政执法局 does — 违章建筑拆除, 市容, 市政设施, 占道经营; a page on what a 市政工程处 does — 道路, 桥梁,
排水, 照明; an article on 违建治理 — 发现难, 拆除, 网格化, 群众举报; an article on a 开发区's 城管执法 team —
市容市貌, 街面秩序, 拆除违建; news on a 街道's 背街小巷 and 老旧小区 改造 — 补植绿化, 完善设施; news on a 街道's
社区微改造 — 老旧小区, 广场, 垃圾分类)) and the
layout follows their words for the unit, its parts, its posts and its risks. The rows are worded by
us, the names invented (rare Han surnames with rare given names); every unit is a body of 临夏市
(``unit_words=("临夏市",)``: no earlier unit holds it).

Run ``python tests/published/score.py --set batch536`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file each crossing of a type row and a level column that holds words is ONE point
  (the cell's whole text); its types are the row label's (``制度机制风险`` → ``制度机制``), its level
  the column heading's (``一级风险`` → 1); ``/`` is no point; the corner cell, the row labels, the
  level headings, the ``防控措施`` row and the sign line hold no points; the card's 科室 is the
  ``所在科室`` value (``中心领导`` for the 主任);
- ``局领导``, ``处领导`` and ``中心领导`` are the 科室 of those leaders; a 局's 科 or 股, a 处's 科, a
  中心's 科, a 城建办's 组 are 科室; a group row ``一、处领导`` gives the 科室 ``处领导``, ``二、道路养护科``
  the 科室 ``道路养护科`` (its number left off), as batch 280 and 533 did; the 东关街道 cards and the
  西关街道 list name a 科室 only where a cell does (they name none); the 城南街道 sheets write ``城建办``
  in ``所在科室`` and that is their 科室 (as batch533's ``文化站``);
- every body is a unit of its own: a 局's 局长 and 副局长, a 处's 处长, a 中心's 主任, a 城建办's 主任 are
  leaders; 科长 and 股长 are middle; the rest (科员, 管护员, 执法队员, 专干 …) general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``职责事项`` and ``自查情况`` are
  no points and name no holder; the 八坊街道城建办's list names no person: its forms are posts
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

PREFIX = "b536_"
PLACE = "临夏市"
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

GRID_TYPES = ("思想道德风险", "制度机制风险", "岗位职责风险", "业务流程风险", "外部环境风险")
GRID_LEVELS = ("一级风险", "二级风险", "三级风险")
CORNER = "风险等级\n风险类型"

# (所在科室, 岗位, 姓名, tier, {type row: (一级, 二级, 三级) cells, None = "/"}, 防控措施)
GRID_CARDS = [
    ("中心领导", "主任", "鞠瑄翮", "leader", {
        "思想道德风险": (None, "节日期间接受养护企业宴请", None),
        "制度机制风险": ("绿化工程项目不经集体研究确定施工单位", None, None),
        "岗位职责风险": (None, "苗木采购验收签字把关不严", None),
        "业务流程风险": (None, None, None),
        "外部环境风险": (None, None, None),
    }, "1.工程项目中心班子集体研究；\n2.苗木验收三人以上参加；\n3.零星支出按月公开。"),
    ("养护科", "科长", "雒翾琤", "middle", {
        "思想道德风险": (None, None, "利用职务便利私自移栽苗木"),
        "制度机制风险": (None, None, None),
        "岗位职责风险": ("养护外包考核打分照顾关系企业", None, None),
        "业务流程风险": (None, "病虫害防治药剂采购虚报数量", None),
        "外部环境风险": (None, "接受请托放宽树木修剪审批", None),
    }, "1.考核结果公示；\n2.药剂领用登记、月结；\n3.修剪审批两人现场核实。"),
    ("养护科", "绿化管护员", "郤璟翃", "general", {
        "思想道德风险": (None, None, "巡查中收受商户好处放任占绿毁绿"),
        "制度机制风险": (None, None, None),
        "岗位职责风险": (None, "绿地巡查记录不实", None),
        "业务流程风险": (None, None, "补植苗木数量不据实上报"),
        "外部环境风险": (None, None, None),
    }, "1.巡查轨迹每日上传；\n2.补植前后拍照存档，科长抽查。"),
]  # fmt: skip


def linxia_gardens_type_rows_level_columns() -> dict:
    unit = f"{PLACE}园林绿化服务中心"
    t = _Truth(unit)
    sheets = []
    for dept, post, who, tier, grid, measures in GRID_CARDS:
        sh = _Sheet(post, [14, 30, 30, 30])
        _line(sh, f"{unit}岗位廉政风险分布卡", 4)
        sh.add("姓　名", who, "岗　位", post)
        sh.add("所在科室", dept, None, None)
        sh.merge(len(sh.rows) - 1, 1, len(sh.rows) - 1, 3)
        sh.add(CORNER, *GRID_LEVELS)
        for typ in GRID_TYPES:
            cells = grid[typ]
            sh.add(typ, *(c if c is not None else "/" for c in cells))
            for lv, cell in zip(GRID_LEVELS, cells, strict=True):
                if cell is not None:
                    t.point(sh.name, dept, post, who, tier, cell, types_in(typ), RISKS[lv])
        r = sh.add("防控措施", measures, None, None)
        sh.merge(r, 1, r, 3)
        sh.add("持卡人（签字）：", None, "中心审核：", "2025年9月")
        sheets.append(sh)
    return _layout(
        "linxia_gardens_type_rows_level_columns",
        "https://m.kfkhr.com/1/1990473.html",
        "(harder) 市园林绿化服务中心 岗位廉政风险分布卡, one sheet a holder (tabs 主任, 科长, 绿化管护员), after the "
        "source's page on what a 园林处 does (公园, 绿地, 树木修剪, 病虫害防治, 巡查): pairs ``姓　名 | … | 岗　位 | …``, "
        "``所在科室 | …``, then a CROSS TABLE: corner ``风险等级⏎风险类型``, LEVEL COLUMNS ``一级风险 | 二级风险 | "
        "三级风险``, TYPE ROWS ``思想道德风险`` … ``外部环境风险``, each crossing a point or ``/``; a ``防控措施`` row "
        "merged across; 持卡人/中心审核 line",
        sheets, t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def linxia_housing_bureau_two_sheets() -> dict:
    unit = f"{PLACE}住房和城乡建设局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("蒯翀珣", "局长", "主持全面工作", [
            ("保障性住房分配方案个人说了算", "一级", "分配方案局党组集体研究，结果公示。"),
            ("干部选拔任用把关不严", "二级", "严格执行选任程序，纪检全程监督。"),
        ]),
        ("闾珽翙", "副局长", "分管房地产市场", [
            ("商品房预售资金监管打招呼", "一级", "预售资金拨付双人审核，银行联合监管。"),
            ("物业企业考评降低标准", "三级", "考评细则公开，业主代表参与。"),
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
    dept = _Sheet("科室", [6, 16, 12, 10, 34, 8, 32])
    _line(dept, f"{unit}科室岗位廉政风险防控表", 7)
    dept.add("序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("住房保障科", "科长", "琴瑀昪", "middle", "公租房资格审核把关不严", "一级", "资格审核三级复核，名单公示。"),
        ("住房保障科", "科长", "琴瑀昪", "middle", "租赁补贴发放不及时", "三级", "补贴发放按月公开。"),
        ("房地产市场科", "科员", "殳璘旻", "general", "商品房网签备案违规办理", "二级", "备案材料系统核验，定期抽查。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "linxia_housing_bureau_two_sheets",
        "http://www.taixing.cn/html/news/taixing/2017/0815/94420.html",
        "市住房和城乡建设局's file in two sheets, after the source's news on a city's 老小区 and 背后街巷 改造 "
        "(改造计划, 资金, 雨污分流): ``局领导`` with 姓名/职务/分管工作 merged per person; ``科室`` with 科室/岗位/姓名 merged; "
        "``一级/二级/三级``; no type",
        [lead, dept], t,
    )  # fmt: skip


def linxia_urban_enforcement_list() -> dict:
    unit = f"{PLACE}城市管理综合执法局"
    sh = _Sheet("一览表", [6, 14, 9, 9, 34, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 8)
    sh.add("序号", "科室", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("局领导", "局长", "禤珺翚", "leader", "渣土运输企业核准指定关系企业", "制度机制风险", "高",
         "核准条件公开，局务会研究。"),
        ("局领导", "局长", "禤珺翚", "leader", "执法大队经费使用不规范", "岗位职责风险", "中",
         "经费专账核算，按季公开。"),
        ("市容环卫科", "科长", "仉瑭昳", "middle", "户外广告设置审批降低标准", "业务流程风险", "低",
         "审批结果网上公示，现场复核。"),
        ("执法大队", "执法队员", "隰珩昀", "general", "查处占道经营收受好处", "思想道德风险", "高",
         "执法记录仪全程记录，两人执法。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, None, "局长（签字）：", None, None)
    return _layout(
        "linxia_urban_enforcement_list",
        "https://m.efsc.cn/dadabdccs/bdccdbvrh",
        "市城市管理综合执法局 廉政风险防控一览表, after the source's answer on what a 城市管理行政执法局 does (违章建筑拆除, "
        "市容, 市政设施, 占道经营): 序号/科室 merged/岗位 and 责任人 merged per person/风险点/``…风险`` types/高/中/低/防控措施; "
        "填表人/审核人/局长 line",
        [sh], t,
    )  # fmt: skip


def linxia_municipal_works_group_rows() -> dict:
    unit = f"{PLACE}市政工程管理处"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、处领导", "处领导", [
            ("处长", "厍翎璘", "leader", [
                ("道路维修工程化整为零规避招标", "一级风险", "维修工程按计划打包招标，纪检监督。"),
                ("工程变更签证随意", "二级风险", "变更签证处务会研究，存档备查。"),
            ]),
        ]),
        ("二、道路养护科", "道路养护科", [
            ("科长", "郦琸昶", "middle", [
                ("路灯维护工程量虚报", "一级风险", "维护工程量现场计量，两人签字。"),
                ("井盖更换材料验收不严", "三级风险", "材料进场抽检，台账月结。"),
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
        "linxia_municipal_works_group_rows",
        "https://drbdp.com/4-8399182.html",
        "市市政工程管理处 廉政风险防控责任清单, after the source's page on what a 市政工程处 does (道路, 桥梁, "
        "排水, 城市照明): 序号/岗位/姓名/廉政风险点/``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、处领导``, ``二、道路养护科`` merged across; 岗位 and 姓名 merged per person; no type column",
        [sh], t,
    )  # fmt: skip


def linxia_dongguan_office_cards() -> dict:
    unit = f"{PLACE}东关街道城建办"
    t = _Truth(unit)
    cards = [
        ("主任", "訾珧翚", "leader", [
            ("老旧小区改造项目验收走过场", "★★★", "验收邀请居民代表参加，结果公示。"),
            ("违建拆除补偿标准执行不一", "★★", "补偿标准公开，街道党工委研究。"),
        ]),
        ("城建专干", "冼瑾昉", "general", [
            ("违法建设巡查发现不报", "★★", "巡查台账每周上报，主任抽查。"),
            ("拆违机械租赁费用虚报", "★", "租赁台班现场签认，月结公开。"),
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
        "linxia_dongguan_office_cards",
        "https://www.lanyancloud.com/news/2013546973143134208",
        "街道城建办 岗位廉政风险防控卡, one sheet a holder (tabs 主任, 城建专干), after the source's article on 违建治理 "
        "(发现难, 拆除, 网格化, 群众举报): ``姓　名 | … | 职　务 | …``, 序号/廉政风险点/``★★★/★★/★``/防控措施; "
        "a ``注：`` line; 持卡人/分管领导 签字",
        sheets, t,
    )  # fmt: skip


def linxia_chengnan_office_selfchecks() -> dict:
    unit = f"{PLACE}城南街道城建办"
    t = _Truth(unit)
    people = [
        ("扈璎翊", "主任", "leader", "城建办", [
            ("背街小巷改造工程指定施工队", "高风险", "工程比选确定，街道纪工委监督。"),
            ("城管中队协管员考勤不实", "中风险", "考勤每日打卡，月底公示。"),
        ]),
        ("宓瑆琬", "科员", "general", "城建办", [
            ("门前三包检查收受商户好处", "中风险", "检查两人以上，结果公示。"),
            ("环卫物资领用不登记", "低风险", "物资领用签字，台账月结。"),
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
            t.point(sh.name, dept, post, who, tier, point, [], WORDS[lv])
        sh.add()
        sh.add("本人签名：", None, "街道意见：", None, None)
        sheets.append(sh)
    return _layout(
        "linxia_chengnan_office_selfchecks",
        "https://www.bkwk.cn/article/jrkfqcgzfshcszxdshz.html",
        "街道城建办 岗位廉政风险自查表, one sheet a person (tab = the person), after the source's article on a "
        "开发区城管执法 team (市容市貌, 街面秩序, 拆除违建): a label row ``姓　名 | 岗　位 | 所在科室`` over values, 序号/风险点/"
        "``高风险/中风险/低风险``/防控措施/``自查情况``; ``本人签名： | 街道意见：``",
        sheets, t,
    )  # fmt: skip


def linxia_bafang_office_posts() -> dict:
    unit = f"{PLACE}八坊街道城建办"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "科室", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    a, b = "办领导", "市容管理组"
    rows = [
        (a, "主任", "leader", "街巷风貌改造资金使用", "虚列改造支出，套取专项资金", "制度机制", "Ⅰ级",
         "资金使用街道财政所审核，按季公开。"),
        (b, "专干", "general", "临街店铺招牌审核", "为不合规招牌出具同意意见", "岗位职责", "Ⅱ级",
         "审核意见组内复核，结果公示。"),
        (b, "专干", "general", "绿化带占用巡查", "收受好处对占绿行为不予制止", "思想道德", "Ⅰ级",
         "巡查两人同行，问题限时上报。"),
        (b, "管理员", "general", "环卫工具发放", "工具发放不登记、私自变卖", "外部环境", "Ⅲ级",
         "工具登记造册，每半年盘点。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：市容管理组", None, None, "审核：", None, None, "2025年8月", None)
    return _layout(
        "linxia_bafang_office_posts",
        "http://csw.0564abc.com/archiver/tid-208592.html",
        "街道城建办 廉政风险点排查表 对岗不对人, after the source's news on a 街道's 背街小巷 and 老旧小区 改造 (补植绿化, "
        "完善设施, 垃圾桶): 科室 merged/岗位 merged/a short 风险点/a long 风险表现/short types/``Ⅰ级/Ⅱ级/Ⅲ级``/防控措施; no names",
        [sh], t,
    )  # fmt: skip


def linxia_xiguan_office_duty_list() -> dict:
    unit = f"{PLACE}西关街道城建办"
    sh = _Sheet("责任清单", [6, 10, 10, 18, 36, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("主任", "甯璩翀", "leader", "社区绿地养护管理", "养护外包指定关系单位", "一级",
         "养护单位比选确定，街道纪工委监督。"),
        ("主任", "甯璩翀", "leader", "小区公共设施维修", "维修费用虚报冒领", "二级", "维修记录居民签字。"),
        ("城建专干", "阚珂翾", "general", "绿化养护考核", "考核打分优亲厚友", "二级",
         "考核结果公示，主任复核。"),
        ("城建专干", "阚珂翾", "general", "养护情况统计上报", "虚报养护面积", "三级", "附照片和台账备查。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, duty, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年8月", None, None)
    return _layout(
        "linxia_xiguan_office_duty_list",
        "https://huacheng.gz-cmc.com/pages/2023/01/29/c003249c162a412ca4895df70fe532d1.html",
        "街道城建办 廉政风险防控责任清单, after the source's news on a 街道's 社区微改造 (老旧小区, 广场, 垃圾分类): "
        "序号/岗位 and 姓名 merged per person/``职责事项``/廉政风险点/``一级/二级/三级``/防控措施",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    linxia_gardens_type_rows_level_columns(),
    linxia_housing_bureau_two_sheets(),
    linxia_urban_enforcement_list(),
    linxia_municipal_works_group_rows(),
    linxia_dongguan_office_cards(),
    linxia_chengnan_office_selfchecks(),
    linxia_bafang_office_posts(),
    linxia_xiguan_office_duty_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch536-inbox"))
