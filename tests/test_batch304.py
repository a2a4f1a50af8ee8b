"""The three-hundred-and-fourth batch of published layouts (tests/published/batch304.py): seven
ordinary files as the state-owned companies and 事业单位 of one county-level city (华蓥市) really send
them — the 自来水有限公司's 一览表 under group rows with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 公共交通有限公司's 防控卡 one
sheet a holder with ``★★★/★★/★``, the 人民医院's 自查表 one sheet a person with
``高风险/中风险/低风险``, the 国有资产经营有限公司's two sheets ``公司领导 | 职能部门`` with
``一级/二级/三级``, the 公共资源交易服务中心's 责任清单 with ``高级/中级/低级``, the 融媒体中心's 排查表
对岗不对人 with ``风险点 | 风险表现`` and ``一级风险/二级风险/三级风险``, the 机关事务服务中心's 防控表
written on every row with bare ``Ⅰ/Ⅱ/Ⅲ`` — and one harder: the 城市建设投资有限公司's 岗位廉洁风险防控表
whose every ``廉洁风险点`` cell opens with the area of work, ``工程发包方面：…``, ``土地整理方面：…``
(``python tests/published/score.py --set batch304``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at b1069c3 (main's newest when the batch was done; this
worktree branched from it). ``score.py --set batch304``:
``TOTAL                      forms  48/48  points  56/69  recall 0.81 precision 0.81 (56/69)  levels  56/56  types  56/56  noise 0``
and ``TOTAL forms=1.000 recall=0.812 precision=0.812 levels=1.000 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  48/48  points  56/69  recall 0.81 precision 0.81 (56/69)  levels  56/56  types  56/56  noise 0``
and ``TOTAL forms=1.000 recall=0.812 precision=0.812 levels=1.000 types=1.000 noise=0``. The 8 files:
eight .xlsx, no re-saved copies (the inbox's truth.json is skipped as FILE_SKIPPED). The seven
ordinary layouts read in full — every form, point, level and type — with ``--strict`` too. The
harder one reads every form (8/8, with ``--strict`` too: 部门, 岗位 and 姓名 all right) but none of its
points (points 0/13, precision 0/13). The truth was not changed after measuring.

Missed, all in the harder ``huaying_urban_investment_area_prefix.xlsx`` (sheet 防控表, heading row 3,
column E ``廉洁风险点``): the reader found the table, its thirteen rows, each row's 部门, 岗位 and 姓名
(posts.csv F00033–F00040), its types (short names → ``…风险``, all right) and its levels (高/中/低 →
Ⅰ/Ⅱ/Ⅲ级, all right), but KEPT THE AREA OF WORK in every point. By cell (risks.csv of ``xlproc
collect`` on the built inbox), read → truth:

- E4 ``“三重一大”决策方面：重大投资、大额资金使用由个人拍板，集体研究走过场`` → ``重大投资、大额资金使用由个人
  拍板，集体研究走过场`` (董事长 晏泷砺); E5 ``工程发包方面：授意将项目…`` → ``授意将项目肢解发包给关系企业，
  规避公开招标`` (晏泷砺);
- E6 ``土地整理方面：…`` and E7 ``融资举债方面：…`` → the text after ``方面：`` (总经理 鞠翀湛);
- E8 ``工程变更签证方面：…`` and E9 ``安全质量检查方面：…`` → the text after ``方面：`` (副总经理 郜珩漪);
- E10 ``工程变更签证方面：…`` and E11 ``工程验收方面：…`` → the text after ``方面：`` (工程管理部 部长 逯岫蘅);
- E12 ``施工现场管理方面：…`` (现场代表 亓韫璟), E13 ``资金支付方面：…`` (计划财务部 部长 殳筠昶), E14
  ``资金管理方面：…`` (出纳 暨蘋溪) → the text after ``方面：``;
- E15 ``资产租赁方面：…`` and E16 ``资产处置方面：…`` → the text after ``方面：`` (资产经营部 经理 蔺棣骐).

So the thirteen truth points (keyed by holder and point) are all missed, and the thirteen points read
(keyed by the same holders and the prefixed text) all count against precision; their levels and
types, right as read, are not scored for want of a matched point. No issue was raised for the file
(no COLUMN_GUESSED, noise 0); the 填报单位 line (row 2) and the 填表人/审核人 line (row 17) were rightly
no points, and the ``section`` column stays blank. Kind: a point cell that OPENS WITH ITS AREA OF
WORK and ``方面：`` (``工程发包方面：…``; no post, 部门 or type) is read whole, the area not cut off
the front of the point as a type (``思想道德风险：…``) or a post (``保管员：…``) written the same way
is.

Unscored besides (posts.csv), by cell:

- ``huaying_state_assets_two_sheets.xlsx`` (sheet 公司领导, title A1 ``华蓥市国有资产经营有限公司公司领导
  廉洁风险防控表``): the two leaders F00021–F00022 read with the unit ``华蓥市国有资产经营有限公司公司``
  (truth ``华蓥市国有资产经营有限公司``; the 职能部门 sheet's four forms have it right). Kind: a title
  where the unit's last word ``公司`` runs into the 科室 ``公司领导`` is cut before ``领导``, so the 公司
  of 公司领导 is kept in the unit.
- ``huaying_urban_investment_area_prefix.xlsx``: the post ``现场代表`` (C12, F00037) has no tier
  (truth general), as in batch280.

Everything else in posts.csv matches the truth: the 科室 of the leaders (``公司领导``, ``院领导``,
``中心领导``), the cards' ``所在科室`` (``机务保障科``, ``一车队``), every other tier, and the 融媒体中心's
posts with no person. The other issues are info only (TABLE_NO_TYPE on the two untyped tables,
GRADE_BLANK on the cards and self-checks).

Generalised after this measurement: points that open with their area of work ('…方面：') in most cells
(tests/test_columns.py::test_points_that_open_with_their_area_of_work).

After the measurement the source of ``huaying_hospital_selfchecks`` was changed (batch 303, built at the same
time, cited the same page); the layout is unchanged.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch304 import (
    AREA,
    BANDS,
    BARE,
    GRADES,
    LAYOUTS,
    RANKS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    URBAN,
    URBAN_HEAD,
    URBAN_POINTS,
    build,
    with_area,
)
from published.checks import Batch
from published.layouts import HML, TYPES, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS, **RANKS}
BATCH = Batch(304, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
AREAS = "huaying_urban_investment_area_prefix"
HARDER = {AREAS}
UNTYPED = {"huaying_bus_cards", "huaying_trading_center_duties"}
NOBODY = {"huaying_media_center_posts"}
GAP = "\u3000"
# the area prefix as the cells are normalised (NFKC: the full-width colon reads ``:``)
AREA_NORM = "方面:"


def _points_in(form: dict, sheets: dict) -> set[str]:
    """The 城投公司's ``廉洁风险点`` cell ``X方面：…`` holds the point after ``方面：``."""
    here = sheets[form["sheet"]]
    if form["layout"] != AREAS:
        return here
    return {c.split(AREA_NORM, 1)[1] for c in here if AREA_NORM in c}


def test_batch304_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=301, unit_words=("华蓥市",), new_people=True)


def test_batch304_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(6, 16), points_in=_points_in)
    assert RESAVED == ()


def test_batch304_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch304_every_unit_is_of_huaying():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("华蓥市") for u in units)


def test_batch304_the_area_of_work_opens_each_point():
    name = AREAS
    rows = BATCH.filled(name)
    at = BATCH.header(name)
    assert tuple(rows[at]) == URBAN_HEAD
    table = BATCH.table(name)
    got, areas = [], []
    for row in table:
        area, sep, point = row[4].partition(AREA)
        assert sep and area and point and AREA not in point, row[4]
        areas.append(area)
        got.append((row[1], row[2], row[3], point, HML[row[6]]))
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型") == [r["types"] for r in BATCH.points(name)]
    assert [row[4] for row in table] == [
        with_area(area, point)
        for _d, people in URBAN_POINTS
        for _p, _w, _t, points in people
        for area, point, *_ in points
    ]
    # the area is no post, no 部门, no type, and no part of the point
    forms = BY_NAME[name]["truth"]
    depts = {f["department"] for f in forms}
    posts = {f["title"] for f in forms}
    for area in areas:
        assert area not in depts and area not in posts, area
        assert not any(d in area or area in d for d in depts), area
        assert not any(t in area for t in TYPES), area
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not any(p.startswith(a) for p in points for a in areas)
    assert not any("方面" in p for p in points)
    # one area under several posts, one post with points in several areas; no 注 line
    by_area = {}
    for row, area in zip(table, areas, strict=True):
        by_area.setdefault(area, set()).add((row[1], row[2], row[3]))
    assert any(len(holders) > 1 for holders in by_area.values())
    by_post = {}
    for row, area in zip(table, areas, strict=True):
        by_post.setdefault((row[1], row[2], row[3]), set()).add(area)
    assert sum(len(a) > 1 for a in by_post.values()) >= 4
    assert not any(isinstance(r[0], str) and r[0].startswith("注") for r in rows)
    # one form a person, every holder named, the unit the title's
    assert len(forms) == sum(len(people) for _d, people in URBAN_POINTS)
    assert all(f["unit"] == URBAN and f["person"] for f in forms)
    assert {f["tier"] for f in forms} == {"leader", "middle", "general"}


def test_batch304_plain_tables_by_heading():
    cases = [
        ("huaying_media_center_posts", {"dept": "部门", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("huaying_trading_center_duties",
         {"dept": "股室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, None),
        ("huaying_office_affairs_every_row",
         {"dept": "部门", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the short 风险点 is the point, the long 风险表现 none; the 融媒体中心 names nobody
    name = "huaying_media_center_posts"
    at = BATCH.heading(name).index("风险表现")
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[at] for r in BATCH.table(name)}
    assert BATCH.holders(name) == {""}
    # the 交易中心's 职责事项 is no point, its levels 高级/中级/低级
    name = "huaying_trading_center_duties"
    table = BATCH.table(name)
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[4] for r in table}
    assert {r[6] for r in table} == set(RANKS)
    # the 机关事务服务中心 writes 部门, 岗位 and 姓名 on every row (no merge), bare Ⅰ/Ⅱ/Ⅲ by its note
    name = "huaying_office_affairs_every_row"
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])  # only lines across
    assert all(r[1] and r[2] and r[3] for r in BATCH.numbered(name))
    assert {r[6] for r in BATCH.table(name)} == set(BARE)
    assert any(str(r[0]).startswith("注：风险等级分Ⅰ、Ⅱ、Ⅲ三级") for r in BATCH.rows(name))
    name = "huaying_state_assets_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "风险点"},
        "公司领导",
        fixed={"dept": "公司领导"},
    )
    assert got == BATCH.truth_rows(name, "公司领导")
    heads = {"dept": "部门", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "职能部门") == BATCH.truth_rows(name, "职能部门")
    for sheet in ("公司领导", "职能部门"):
        assert BATCH.types_by(name, "风险类别", sheet) == [
            r["types"] for r in BATCH.points(name, sheet)
        ]
    # 分管工作 is no point
    works = {r[3] for r in BATCH.table(name, "公司领导")}
    assert not works & {p["risk_point"] for p in BATCH.points(name)}


def test_batch304_group_rows_give_the_department():
    name = "huaying_water_supply_groups"
    rows, dept, got, types = BATCH.filled(name), None, [], []
    for row in rows[BATCH.header(name) + 1 :]:
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、", "四、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], ROMAN[row[5]]))
            types.append(row[4])
    assert got == BATCH.truth_rows(name)
    assert [types_in(t) for t in types] == [r["types"] for r in BATCH.points(name)]


def test_batch304_one_sheet_a_person():
    name = "huaying_bus_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["所在科室", f["department"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert any(str(r[0]).startswith("注：风险等级★★★为高") for r in rows)
    name = "huaying_hospital_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f"科{GAP}室", f"岗{GAP}位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        # 自查情况 is no point
        assert not {r[5] for r in BATCH.table(name, f["sheet"])} & {
            p["risk_point"] for p in BATCH.points(name)
        }


def test_batch304_is_read(tmp_path):
    BATCH.is_read(tmp_path)
