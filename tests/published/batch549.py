"""The five-hundred-and-forty-ninth batch of layouts modelled on published pages, held out from the reader, with answers.

Same data model and the same truth conventions as ``layouts.py`` (read its docstring), built
with its helpers. This batch's angle: ORDINARY FILES, THE PLAIN CASE, of one county's 文化 and
旅游 bodies, 互助土族自治县 (海东市, 青海) — the 文体旅游广电局, the 文化馆, the 图书馆, the 土族故土园
景区管理处, the 北山景区管理处 and three 镇综合文化站 of its own towns (威远镇, 丹麻镇, 五十镇) — each
handing back the 一览表, 排查表, 防控卡, 自查表 or 清单 its staff typed:

- the 文体旅游广电局's file in two sheets ``局领导`` (``姓名 | 职务 | 分管工作`` merged per person)
  and ``股室`` (``股室 | 岗位 | 姓名``), ``一级/二级/三级``, no type column;
- the 图书馆's 一览表: ``部室 | 岗位 | 责任人`` merged per person before ``风险点 | 风险类型 |
  风险等级 | 防控措施``, ``…风险`` types, ``高风险/中风险/低风险``;
- the 土族故土园景区管理处's 责任清单 under GROUP ROWS ``一、处领导`` / ``二、票务科`` merged across:
  ``岗位 | 姓名`` merged per person, ``一级风险/二级风险/三级风险``, no type column;
- the 北山景区管理处's 防控卡, one sheet a holder: ``姓　名 | … | 职　务 | …`` above
  ``序号 | 廉政风险点 | 风险等级 | 防控措施``, ``★★★/★★/★`` read by a ``注：`` line;
- the 威远镇综合文化站's 自查表, one sheet a person (tab = the person): a label row
  ``姓　名 | 岗　位 | 所在部门`` over a row of values, 高/中/低, ``自查情况``;
- the 丹麻镇综合文化站's 排查表 对岗不对人: ``部门`` and ``岗位`` merged, a short ``风险点`` beside a
  long ``风险表现``, short types, ``Ⅰ级/Ⅱ级/Ⅲ级``; no names;
- the 五十镇综合文化站's 责任清单: ``岗位 | 姓名`` merged per person, ``职责事项`` before the
  ``廉政风险点``, ``一级/二级/三级``, no type column.

One is harder:

- ``huzhu_culture_hall_point_and_requirement_joined``: the 文化馆's 一览表 has ONE risk column
  headed ``廉政风险点及防控要求`` and no measures column; every cell is ONE sentence in which the
  point comes first and the requirement follows, joined only by a comma and a modal verb:
  ``免费培训补贴资金分配个人说了算，应经馆务会集体研究，分配结果在馆内公示。`` (also ``，须…`` and
  ``，要…``). No arrow, no line break, no blank line, no bullet, no label (``措施：``), no bracket
  and no full stop stand between the point and its requirement; the point itself holds no comma.
  The shape is about HOW THE POINT AND ITS MEASURES ARE JOINED, as when an office writes its list
  as a row of duties (``…，应…``). The README's 读得懂的表 knows a ``风险点及防控措施`` cell parted by
  an arrow, by an empty line, by ``●`` lines, by ``（1）`` lines below, labelled ``表现：…⏎措施：…``
  lines, measures in a labelled bracket, a ``防控要点`` sentence ``measures，防止 point``, a point
  running on ``…，主要表现为…`` (a comma and a phrase naming HOW IT SHOWS), a point and how it
  shows parted by a full stop and ``针对“…”的风险：…``; none a point followed by its REQUIREMENT
  after ``，应`` / ``，须`` / ``，要`` in one sentence (``防控要求`` stands in batch 21 and 326 only as
  a column of its own).

Each layout imitates the *shape* of such a table after a public page (its ``source``) that no
earlier batch cited; the pages describe their subject in prose (a page on 文化馆免费培训补贴政策 —
艺术、非遗技艺培训, 补贴资金的分配; a provincial page on the county's 土族故土园 and 北山国家森林公园;
a district's page on its 图书馆、文化馆、综合文化站 open free; a page on the 故土园 — 门票, 花儿演唱会;
a page on the county — 北山, 故土园, 威远镇; an article on 基层文化馆 and 群众文化活动; an entry on a
县文化馆 — 展厅, 图书室, 培训班; a page on the county's 旅游区 — 民族风情, 节日) and the layout follows
their words for the unit, its parts, its posts and its risks. The rows are worded by us, the names
invented (rare Han surnames with rare given names); every unit is a body of 互助土族自治县
(``unit_words=("互助土族自治县",)``: no earlier unit holds it).

Run ``python tests/published/score.py --set batch549`` and do not tune the reader against it, or
it stops being held out.

Judgement calls this batch leans on, beyond those of the earlier batches:

- in the harder file the point is the text before the first ``，`` that is followed by ``应``,
  ``须`` or ``要`` (``免费培训补贴资金分配个人说了算``); the rest of the cell is the requirement, no
  point; the level is the ``风险等级`` column's (高/中/低 → 1/2/3); no type; ``部室 | 岗位 | 责任人``
  give the form as usual;
- ``局领导``, ``馆领导``, ``处领导`` and ``站领导`` are the 科室 of those leaders; a 局's 股室, a 馆's
  部, a 处's 科, a 站's 组 / 图书室 / 培训室 (``部门``) are 科室; a group row ``一、处领导`` gives the
  科室 ``处领导``, ``二、票务科`` the 科室 ``票务科`` (its number left off), as batch 280 and 546 did;
  the 北山 cards and the 五十镇 list name a 科室 only where a cell does (they name none); the 威远镇
  sheets write ``站领导`` / ``业务组`` in ``所在部门`` and that is their 科室;
- every body is a unit of its own: a 局's 局长 and 副局长, a 馆's 馆长, a 处's 主任, a 站's 站长 are
  leaders; 股长, 科长 and a 部's 主任 are middle; the rest (科员, 管理员, 辅导员, 检票员, 文化专干)
  general;
- ``风险点 | 风险表现``: the point is the short 风险点; ``分管工作``, ``职责事项`` and ``自查情况`` are
  no points and name no holder; the 丹麻镇 list names no person: its forms are posts (对岗不对人);
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

PREFIX = "b549_"
PLACE = "互助土族自治县"
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

# (部室, 岗位, 责任人, tier, [(风险点, 防控要求 joined by "，应/，须/，要", 风险等级)])
JOINED = [
    ("馆领导", "馆长", "璩翀琰", "leader", [
        ("免费培训补贴资金分配个人说了算", "，应经馆务会集体研究，分配结果在馆内公示。", "高"),
        ("文艺演出服务采购指定承办方", "，须按规定比选承办单位，比选记录存档备查。", "中"),
    ]),
    ("非遗保护部", "主任", "逯翾珂", "middle", [
        ("非遗传承人补助申报把关不严", "，应实地核查传习活动，补助名单经公示后发放。", "高"),
        ("非遗项目资料采集经费虚列", "，要凭采集清单和影像记录报销。", "低"),
    ]),
    ("培训辅导部", "辅导员", "仉琤湉", "general", [
        ("培训班学员名册虚报人数", "，应按签到表核定人数，名册每期公示。", "中"),
        ("向学员推销教材收取好处", "，须统一免费提供教材，严禁向学员收费。", "低"),
    ]),
]  # fmt: skip


def huzhu_culture_hall_point_and_requirement_joined() -> dict:
    unit = f"{PLACE}文化馆"
    sh = _Sheet("一览表", [6, 12, 9, 9, 56, 10])
    t = _Truth(unit)
    _line(sh, f"{unit}岗位廉政风险防控一览表", 6)
    sh.add("序号", "部室", "岗位", "责任人", "廉政风险点及防控要求", "风险等级")
    first = len(sh.rows)
    n = 0
    for dept, post, who, tier, points in JOINED:
        for point, ask, lv in points:
            n += 1
            sh.add(n, dept, post, who, point + ask, lv)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, "2025年9月", None)
    return _layout(
        "huzhu_culture_hall_point_and_requirement_joined",
        "https://m.rixue.net/news/35676.html",
        "(harder) 县文化馆 岗位廉政风险防控一览表, after the source's page on 文化馆免费培训补贴政策 (艺术、非遗技艺 "
        "培训, 补贴资金的分配和使用): 序号/部室 merged/岗位 and 责任人 merged per person, then ONE column "
        "``廉政风险点及防控要求`` whose every cell is ONE sentence: the point, then the requirement joined by "
        "a comma and a modal verb (``…个人说了算，应经馆务会集体研究…``, ``，须…``, ``，要…``); no measures "
        "column; 高/中/低; no type",
        [sh], t,
    )  # fmt: skip


# --------------------------------------------------------------------------- ordinary layouts


def huzhu_culture_bureau_two_sheets() -> dict:
    unit = f"{PLACE}文体旅游广电局"
    t = _Truth(unit)
    lead = _Sheet("局领导", [6, 10, 8, 18, 34, 8, 32])
    _line(lead, f"{unit}领导班子廉政风险防控表", 7)
    lead.add("序号", "姓名", "职务", "分管工作", "廉政风险点", "风险等级", "防控措施")
    leaders = [
        ("邴翎湛", "局长", "主持全面工作", [
            ("旅游发展专项资金分配个人说了算", "一级", "专项资金分配经局党组会研究，结果公开。"),
            ("文旅项目招商违规承诺", "二级", "招商协议经法律顾问审查，集体决定。"),
        ]),
        ("隗珩璟", "副局长", "分管文化市场和广电", [
            ("文化市场执法说情打招呼", "二级", "执法全程记录，说情干预登记报告。"),
            ("广播电视节目审查把关不严", "三级", "节目实行三审制，审查意见存档。"),
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
        ("旅游市场股", "股长", "乜沅翊", "middle", "A级景区评定推荐打人情分", "一级", "评定推荐按细则量化打分，结果公示。"),
        ("旅游市场股", "股长", "乜沅翊", "middle", "旅行社质量保证金退还拖延", "三级", "退还按时限办理，网上可查。"),
        ("文化艺术股", "科员", "暨璘昶", "general", "群众文化活动经费虚列", "二级", "活动经费凭影像和签到材料报销。"),
    ]  # fmt: skip
    first = len(dept.rows)
    for i, (d, post, who, tier, point, lv, measures) in enumerate(rows, 1):
        dept.add(i, d, post, who, point, lv, measures)
        t.point(dept.name, d, post, who, tier, point, [], GRADES[lv])
    _per_person(dept, first, 1, 2, 3)
    return _layout(
        "huzhu_culture_bureau_two_sheets",
        "http://wsb.qinghai.gov.cn/html/4555/147830.html",
        "县文体旅游广电局's file in two sheets, after the source's page on the county's 土族故土园 and 北山 "
        "(AAAA级旅游区, 国家森林公园, 民俗): ``局领导`` with 姓名/职务/分管工作 merged per person; ``股室`` "
        "with 股室/岗位/姓名 merged; ``一级/二级/三级``; no type",
        [lead, dept], t,
    )  # fmt: skip


def huzhu_library_list() -> dict:
    unit = f"{PLACE}图书馆"
    sh = _Sheet("一览表", [6, 14, 9, 9, 34, 13, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控一览表", 8)
    sh.add("序号", "部室", "岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施")
    rows = [
        ("馆领导", "馆长", "郄翚澄", "leader", "图书采购指定书商", "制度机制风险", "高风险",
         "图书采购按规定招标，书目经采编小组审定。"),
        ("馆领导", "馆长", "郄翚澄", "leader", "总分馆建设经费审批随意", "岗位职责风险", "中风险",
         "经费按预算审批，大额支出集体研究。"),
        ("采编部", "主任", "眭琬珺", "middle", "新书验收收受书商好处", "外部环境风险", "中风险",
         "验收两人以上，验收单据存档。"),
        ("借阅部", "管理员", "濮翯淇", "general", "读者押金私自截留", "思想道德风险", "低风险",
         "押金统一由系统收退，按月对账。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, who, tier, point, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, who, point, typ, lv, measures)
        t.point(sh.name, dept, post, who, tier, point, types_in(typ), WORDS[lv])
    _per_person(sh, first, 1, 2, 3)
    sh.add("填表人：", None, "审核人：", None, None, "馆长（签字）：", None, None)
    return _layout(
        "huzhu_library_list",
        "http://www.ku1516.com/2020_12/03_16/content-300133.html",
        "县图书馆 廉政风险防控一览表, after the source's page on a district's 图书馆、文化馆、综合文化站 all "
        "open free: 序号/部室 merged/岗位 and 责任人 merged per person/风险点/``…风险`` types/"
        "``高风险/中风险/低风险``/防控措施; 填表人/审核人/馆长 line",
        [sh], t,
    )  # fmt: skip


def huzhu_homeland_scenic_group_rows() -> dict:
    unit = f"{PLACE}土族故土园景区管理处"
    sh = _Sheet("责任清单", [6, 10, 10, 38, 11, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 6)
    sh.add("序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施")
    groups = [
        ("一、处领导", "处领导", [
            ("主任", "禤琰澍", "leader", [
                ("景区经营项目发包暗箱操作", "一级风险", "经营项目公开招租，结果公示。"),
                ("景区基础设施项目干预招标", "二级风险", "项目按规定招标，纪检全程监督。"),
            ]),
        ]),
        ("二、票务科", "票务科", [
            ("科长", "亓霈瑄", "middle", [
                ("门票收入截留挪用", "一级风险", "门票收入日清日结，当日解缴。"),
                ("违规发放免票优待", "三级风险", "免票凭证登记，按月核查。"),
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
        "huzhu_homeland_scenic_group_rows",
        "http://yunzhuan.com/jingdian/xining_10385/profile.html",
        "县土族故土园景区管理处 廉政风险防控责任清单, after the source's page on the 故土园 (门票, AAAA级旅游区, "
        "花儿演唱会): 序号/岗位/姓名/廉政风险点/``一级风险/二级风险/三级风险``/防控措施 under GROUP ROWS "
        "``一、处领导``, ``二、票务科`` merged across; 岗位 and 姓名 merged per person; no type",
        [sh], t,
    )  # fmt: skip


def huzhu_beishan_scenic_cards() -> dict:
    unit = f"{PLACE}北山景区管理处"
    t = _Truth(unit)
    cards = [
        ("主任", "雒翃瑭", "leader", [
            ("森林公园特许经营审批暗箱操作", "★★★", "特许经营公开竞争，集体审定。"),
            ("游步道维修项目指定施工队", "★★", "维修项目比选，结果公示。"),
        ]),
        ("检票员", "庹骎珥", "general", [
            ("放人情客人不购票入园", "★★", "检票口视频全覆盖，每日抽查。"),
            ("重复使用已检门票", "★", "门票电子核销，一票一码。"),
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
        "huzhu_beishan_scenic_cards",
        "http://www.yingtai-cn.com/xb/qh/lygl/50342.html",
        "县北山景区管理处 岗位廉政风险防控卡, one sheet a holder (tabs 主任, 检票员), after the source's page on the "
        "county (北山国家森林公园, 故土园): ``姓　名 | … | 职　务 | …``, 序号/廉政风险点/``★★★/★★/★``/防控措施; "
        "a ``注：`` line; 持卡人/分管领导 签字",
        sheets, t,
    )  # fmt: skip


def huzhu_weiyuan_station_selfchecks() -> dict:
    unit = f"{PLACE}威远镇综合文化站"
    t = _Truth(unit)
    people = [
        ("阙瑢昉", "站长", "leader", "站领导", [
            ("文化站免费开放补助资金报销不实", "高", "补助资金凭据报销，镇纪委审核。"),
            ("文化站场地违规出租", "中", "场地使用登记，不得出租挪用。"),
        ]),
        ("宓淏琛", "文化专干", "general", "业务组", [
            ("文体器材私自借出", "中", "器材借用登记，按期收回。"),
            ("文艺骨干培训补贴虚报", "低", "培训补贴按签到核定，公示发放。"),
        ]),
    ]  # fmt: skip
    sheets = []
    for who, post, tier, dept, points in people:
        sh = _Sheet(who, [6, 38, 10, 34, 12])
        _line(sh, f"{unit}岗位廉政风险自查表", 5)
        sh.add("姓　名", "岗　位", "所在部门", None, None)
        sh.add(who, post, dept, None, None)
        sh.add("序号", "风险点", "风险等级", "防控措施", "自查情况")
        for i, ((point, lv, measures), found) in enumerate(
            zip(points, ("已落实", "未发现问题"), strict=True), 1
        ):
            sh.add(i, point, lv, measures, found)
            t.point(sh.name, dept, post, who, tier, point, [], HML[lv])
        sh.add()
        sh.add("本人签名：", None, "站意见：", None, None)
        sheets.append(sh)
    return _layout(
        "huzhu_weiyuan_station_selfchecks",
        "http://www.whcyzzs.cn/html/2023/0824/1712.shtml",
        "威远镇综合文化站 岗位廉政风险自查表, one sheet a person (tab = the person), after the source's article on "
        "基层文化馆 and 群众文化活动 (资料收集, 文艺活动): a label row ``姓　名 | 岗　位 | 所在部门`` over values, "
        "序号/风险点/高/中/低/防控措施/``自查情况``; ``本人签名： | 站意见：``",
        sheets, t,
    )  # fmt: skip


def huzhu_danma_station_posts() -> dict:
    unit = f"{PLACE}丹麻镇综合文化站"
    sh = _Sheet("排查表", [6, 12, 10, 18, 38, 10, 8, 34])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险点排查表", 8)
    sh.add("序号", "部门", "岗位", "风险点", "风险表现", "风险类型", "风险等级", "防控措施")
    a, b, c = "站领导", "图书室", "培训室"
    rows = [
        (a, "站长", "leader", "戏会活动经费管理", "丹麻戏会活动经费虚列套取", "制度机制", "Ⅰ级",
         "活动经费按预算使用，支出公示。"),
        (b, "管理员", "general", "农家书屋图书配送", "配送图书签收不实", "岗位职责", "Ⅱ级",
         "配送清单村里签收，抽查核对。"),
        (c, "管理员", "general", "培训班场地安排", "收受好处优先安排场地", "外部环境", "Ⅰ级",
         "场地安排按预约顺序，排期公开。"),
        (c, "管理员", "general", "培训物资领用", "培训物资私自占用", "思想道德", "Ⅲ级",
         "物资领用登记，月底盘点。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (dept, post, tier, point, desc, typ, lv, measures) in enumerate(rows, 1):
        sh.add(n, dept, post, point, desc, typ, lv, measures)
        t.point(sh.name, dept, post, "", tier, point, types_in(typ), ROMAN[lv])
    _merge_down(sh, first, [(1, lambda row: row[1]), (2, lambda row: (row[1], row[2]))])
    sh.add("编制：站领导", None, None, "审核：", None, None, "2025年8月", None)
    return _layout(
        "huzhu_danma_station_posts",
        "http://cnenc.net/b4107716.html",
        "丹麻镇综合文化站 廉政风险点排查表 对岗不对人, after the source's entry on a 县文化馆 (展厅, 图书室, 培训班, "
        "辅导基层): 部门 merged/岗位 merged/a short 风险点/a long 风险表现/short types/``Ⅰ级/Ⅱ级/Ⅲ级``/"
        "防控措施; no names",
        [sh], t,
    )  # fmt: skip


def huzhu_wushi_station_duty_list() -> dict:
    unit = f"{PLACE}五十镇综合文化站"
    sh = _Sheet("责任清单", [6, 10, 10, 18, 36, 8, 32])
    t = _Truth(unit)
    _line(sh, f"{unit}廉政风险防控责任清单", 7)
    sh.add("序号", "岗位", "姓名", "职责事项", "廉政风险点", "风险等级", "防控措施")
    rows = [
        ("站长", "酆晞珏", "leader", "民俗文化活动组织", "民俗活动赞助款未入账", "一级",
         "赞助款统一入镇财政账户，公示使用。"),
        ("站长", "酆晞珏", "leader", "文化设施维修", "维修项目化整为零", "二级", "维修项目按限额报批。"),
        ("文化专干", "笪璆溪", "general", "群众文艺队伍扶持", "演出服装道具补助虚报", "二级",
         "补助按实物清点核定，名单公示。"),
        ("文化专干", "笪璆溪", "general", "阅览室管理", "报刊订阅费虚列", "三级", "订阅清单与到刊核对。"),
    ]  # fmt: skip
    first = len(sh.rows)
    for n, (post, who, tier, duty, point, lv, measures) in enumerate(rows, 1):
        sh.add(n, post, who, duty, point, lv, measures)
        t.point(sh.name, "", post, who, tier, point, [], GRADES[lv])
    _per_person(sh, first, None, 1, 2)
    sh.add("制表：", None, "审核：", None, "2025年8月", None, None)
    return _layout(
        "huzhu_wushi_station_duty_list",
        "https://qqbaike.com/jingdian/7baba4c0.html",
        "五十镇综合文化站 廉政风险防控责任清单, after the source's page on the county's 旅游区 (民族风情, 宗教文化, "
        "节日): 序号/岗位 and 姓名 merged per person/``职责事项``/廉政风险点/``一级/二级/三级``/防控措施",
        [sh], t,
    )  # fmt: skip


LAYOUTS: list[dict] = [
    huzhu_culture_hall_point_and_requirement_joined(),
    huzhu_culture_bureau_two_sheets(),
    huzhu_library_list(),
    huzhu_homeland_scenic_group_rows(),
    huzhu_beishan_scenic_cards(),
    huzhu_weiyuan_station_selfchecks(),
    huzhu_danma_station_posts(),
    huzhu_wushi_station_duty_list(),
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
    print(build(sys.argv[1] if len(sys.argv) > 1 else "batch549-inbox"))
