"""The three-hundred-and-sixty-fourth batch of published layouts (tests/published/batch364.py): seven
ordinary files as the 农业农村 bodies of one district (临潼区) really send them — the 农业农村局's two
sheets ``班子成员 | 机关科室`` with short types and ``一级/二级/三级``, the 动物卫生监督所's 防控卡 one
sheet a holder with two rows of pairs and ``★★★/★★/★``, the 农机服务站's 一览表 under group rows with
``…风险`` types and 高/中/低, the 骊山街道农业综合服务站's 责任清单 with ``一级风险/二级风险/三级风险``
and a last ``责任领导`` column, the 秦陵街道农业综合服务站's 自查表 one sheet a person with a label row
over a value row and ``高风险/中风险/低风险``, the 新丰街道农业综合服务站's 排查表 对岗不对人 with
``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 斜口街道农业综合服务站's 一览表 written out on every row
with bare ``Ⅰ/Ⅱ/Ⅲ`` — and one harder: the 农业技术推广中心's 动态评估表 kept as one workbook with A
SHEET A QUARTER (``一季度 | 二季度 | 三季度``, the same year, most rows repeated), of which only the
newest is the current list (``python tests/published/score.py --set batch364``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap at 8cbcc79
(dev's newest when the batch was done; main's newest is f5cd0ec, an ancestor; this worktree branched
from dev at 8cbcc79). ``score.py --set batch364``:
``TOTAL                      forms  33/33  points  62/62  recall 1.00 precision 0.95 (62/65)  levels  60/62  types  62/62  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=0.954 levels=0.968 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  33/33  points  62/62  recall 1.00 precision 0.95 (62/65)  levels  60/62  types  62/62  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=0.954 levels=0.968 types=1.000 noise=0``. The 9 files
of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as FILE_SKIPPED). The seven
ordinary layouts read in full — every form, point, level and type, with ``--strict`` too. The
truth was not changed after measuring.

Missed, all in the harder ``lintong_agritech_center_quarter_sheets.xlsx``: precision 11/14 and
levels 9/11 (forms 6/6, recall 11/11, types 11/11). The reader read ALL THREE quarter sheets as
current lists — 18 forms (posts.csv F00012–F00017 from ``一季度``, F00018–F00023 from ``二季度``,
F00024–F00029 from ``三季度``) and 32 risk rows instead of the truth's 6 forms and 11 points —
and set none aside; each person on several sheets got a FORM_DUPLICATE warning (17 of them,
“两份都已收录;请确认以哪一份为准”). The ``三季度`` sheet itself was read right (its 11 points, the
levels of G6 and G8 as Ⅰ级, the new holder 琚梓沣 in D11:D12). By cell:

- points of past quarters read as current (precision): 一季度!E9 (and 二季度!E9)
  ``培训班参训人数、天数虚报`` of 阙昳蓁 — gone from the 三季度 list (no point in the truth);
  一季度!E11 (and 二季度!E12) ``病虫害统防统治服务组织遴选不公开`` and 一季度!E12 (and 二季度!E13)
  ``防控药剂发放登记不实，药剂流失`` of 敖蘅芷 — the 植保员 replaced in 三季度 (``人员调整``), who holds
  no form in the truth but got two (F00016, F00022);
- levels of a past quarter beside the current ones (levels): 檀淳熙's ``示范基地物资采购指定供应商``
  is read from 一季度!G6 (and 二季度!G6) ``中`` → Ⅱ级 as well as from 三季度!G6 ``高`` → Ⅰ级 (truth 1);
  阙昳蓁's ``农技服务补助发放名册审核不严`` from 一季度!G8 ``中`` → Ⅱ级 as well as from 二季度!G8 and
  三季度!G8 ``高`` → Ⅰ级 (truth 1). (The scorer keys a point by file, holder and text and takes
  the first row exported, the 一季度 one; in the archive the point simply stands twice or three
  times with different levels.)

Kind (one): one year's quarterly re-assessments kept as separate sheets of the same posts
(``一季度 | 二季度 | 三季度``, same year, nothing marked old) are all read as current lists instead
of the newest only, so dropped points and a departed holder come back and earlier levels stand
beside the current ones (reported only as duplicate forms).

Unscored besides, in ordinary layouts: the four 街道农业综合服务站 are read as unit ``临潼区X街道``
with the 科室 ``农业综合服务站`` (F00033–F00045; truth: unit ``临潼区X街道农业综合服务站``, no 科室) — the
scorer counts the two writings of a 站's own file as one — so their 站长 and the 斜口 副站长 get the
tier 中层岗位 (F00033, F00036, F00039, F00040, F00043; truth leader, the 站 a unit of its own).
Every other unit, 科室, post and tier of the ordinary layouts is as the truth has it (the 局's
``班子成员`` with no 科室, ``站领导`` from the group row, ``所领导`` from the card). The other issues are
info only (TABLE_NO_TYPE on the three cards and the 斜口 list; GRADE_BLANK on the three cards and the
three 自查表; FILE_SKIPPED for truth.json).

Generalised after this measurement: a sheet a quarter or half-year of one year's posts, only the latest current (info SHEET_SET_ASIDE; tests/test_columns.py::test_a_sheet_a_half_year_only_the_latest_is_current); the harder layout now reads in full.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch364 import (
    BANDS,
    BARE,
    CURRENT,
    GONE,
    GRADES,
    LAYOUTS,
    QUARTER_HEAD,
    QUARTER_ROWS,
    QUARTER_TABS,
    QUARTER_UNIT,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.cells import cells, norm
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(364, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
QUARTERS = "lintong_agritech_center_quarter_sheets"
HARDER = {QUARTERS}
UNTYPED = {"lintong_animal_health_cards", "lintong_xiekou_station_every_row"}
NOBODY = {"lintong_xinfeng_station_posts"}
STATIONS = {
    "lintong_lishan_station_duties",
    "lintong_qinling_station_selfchecks",
    "lintong_xinfeng_station_posts",
    "lintong_xiekou_station_every_row",
}
GAP = "\u3000"


def test_batch364_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=363, unit_words=("临潼区",), new_people=True)


def test_batch364_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(6, 11))
    assert RESAVED == ()


def test_batch364_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch364_every_unit_is_of_lintong_and_stands_in_its_sheet():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("临潼区") for u in units)
    inbox = BATCH.inbox()
    for lay in LAYOUTS:
        sheets = cells(inbox / f"{lay['name']}.xlsx")
        for f in lay["truth"]:
            here = sheets[f["sheet"]]
            assert any(norm(f["unit"]) in c for c in here), lay["name"]
            for field in ("department", "title", "person"):
                assert not f[field] or any(norm(f[field]) in c for c in here), (f, field)
    # the 街道 stations name no 股室
    for name in STATIONS:
        assert {f["department"] for f in BY_NAME[name]["truth"]} == {""}, name


def test_batch364_only_the_newest_quarter_is_the_list():
    name = QUARTERS
    lay = BY_NAME[name]
    assert [s["name"] for s in lay["sheets"]] == list(QUARTER_TABS) and QUARTER_TABS[-1] == CURRENT
    # the truth is the newest sheet's, every row of it, read by its headings
    assert {f["sheet"] for f in lay["truth"]} == {CURRENT}
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, CURRENT) == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型", CURRENT) == [r["types"] for r in BATCH.points(name)]
    # every sheet is the same template, its title of the same year, none marked void or old
    for tab in QUARTER_TABS:
        rows = BATCH.rows(name, tab)
        assert "2025年第" in rows[0][0] and QUARTER_UNIT in rows[0][0]
        assert tuple(BATCH.heading(name, tab)) == QUARTER_HEAD
        assert not any(
            w in rows[0][0] + tab for w in ("作废", "上年", "旧表", "初稿", "定稿", "2024")
        )
    # the earlier sheets repeat most current points word for word, but with other levels or
    # holders here and there: their rows are no points of the truth
    current = {(r[3], r[4]): LEVELS[r[6]] for r in BATCH.table(name, CURRENT)}
    for tab in QUARTER_TABS[:-1]:
        old = {(r[3], r[4]): LEVELS[r[6]] for r in BATCH.table(name, tab)}
        same = old.keys() & current.keys()
        assert len(same) * 2 >= len(old)
        assert old.keys() - current.keys()  # a point or a holder no longer current
        assert current.keys() - old.keys()  # a point or a holder new since
    one, two = (
        {(r[3], r[4]): LEVELS[r[6]] for r in BATCH.table(name, tab)} for tab in QUARTER_TABS[:2]
    )
    assert any(current[k] != two[k] for k in current.keys() & two.keys())  # a level changed
    assert any(two[k] != one[k] for k in two.keys() & one.keys())
    # the holder gone by 三季度 stands only on the earlier sheets and holds no form
    assert GONE not in BATCH.holders(name)
    assert all(any(r[3] == GONE for r in BATCH.table(name, tab)) for tab in QUARTER_TABS[:2])
    assert not any(r[3] == GONE for r in BATCH.table(name, CURRENT))
    # 备注 is no point
    notes = {r[8] for tab in QUARTER_TABS for r in BATCH.table(name, tab)} - {None}
    assert notes and not notes & {p["risk_point"] for p in BATCH.points(name)}
    # the truth's points are those QUARTER_ROWS puts in 三季度, with its levels
    want = [
        (dept, post, who, point, HML[q[CURRENT][0]])
        for dept, post, who, _, points in QUARTER_ROWS
        for point, _, q, _ in points
        if CURRENT in q
    ]
    assert want == BATCH.truth_rows(name)


def test_batch364_plain_tables_by_heading():
    cases = [
        ("lintong_lishan_station_duties",
         {"post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类别"),
        ("lintong_xinfeng_station_posts", {"post": "岗位", "point": "风险点"}, "风险类别"),
        ("lintong_xiekou_station_every_row",
         {"post": "岗位", "person": "责任人", "point": "风险点"}, None),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the 骊山 站's last column names the 站长 on every row: a supervisor
    name = "lintong_lishan_station_duties"
    table = BATCH.table(name)
    assert BATCH.heading(name)[-1] == "责任领导" and len({row[-1] for row in table}) == 1
    assert sum(row[-1] != row[2] for row in table) >= len(table) // 2
    assert {r[6] for r in table} == set(RISKS)
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[3] for r in table}  # 职责事项
    # the short 风险点 is the point, the long 风险表现 none; the 新丰 站 names nobody
    name = "lintong_xinfeng_station_posts"
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[3] for r in BATCH.table(name)}
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    assert {r[5] for r in BATCH.table(name)} == set(ROMAN)
    # every row written out, nothing merged but lines across; bare grades read by the note
    name = "lintong_xiekou_station_every_row"
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])
    assert all(all(c is not None for c in row[:5]) for row in BATCH.numbered(name))
    assert {r[4] for r in BATCH.table(name)} == set(BARE)
    assert any(str(row[0]).startswith("注：风险等级Ⅰ为高") for row in BATCH.rows(name))
    # the 局's two sheets
    name = "lintong_agri_bureau_two_sheets"
    got = BATCH.by_heading(
        name, {"post": "职务", "person": "姓名", "point": "廉政风险点"}, "班子成员"
    )
    assert got == BATCH.truth_rows(name, "班子成员")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "机关科室") == BATCH.truth_rows(name, "机关科室")
    for tab in ("班子成员", "机关科室"):
        assert BATCH.types_by(name, "风险类型", tab) == [
            r["types"] for r in BATCH.points(name, tab)
        ]
    works = {r[3] for r in BATCH.table(name, "班子成员")}
    assert not {p["risk_point"] for p in BATCH.points(name)} & works  # 分管工作 no point
    assert {r[6] for r in BATCH.table(name, "班子成员")} <= set(GRADES)


def test_batch364_group_rows_give_the_department():
    name = "lintong_agri_machinery_group_rows"
    rows, dept, got = BATCH.filled(name), None, []
    for r, row in enumerate(rows[BATCH.header(name) + 1 :], BATCH.header(name) + 1):
        if isinstance(row[0], str) and row[0][1:2] == "、":
            dept = row[0][2:]
            assert BATCH.merged(name, 0, r, 0, 6)
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], HML[row[5]]))
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型") == [r["types"] for r in BATCH.points(name)]


def test_batch364_one_sheet_a_person():
    name = "lintong_animal_health_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["所在股室", f["department"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        table = BATCH.table(name, f["sheet"])
        assert {r[3] for r in table} <= set(STARS)
        assert not {r[1] for r in table} & {p["risk_point"] for p in BATCH.points(name)}  # 工作环节
    name = "lintong_qinling_station_selfchecks"
    assert [s["name"] for s in BY_NAME[name]["sheets"]] == ["站长", "农机员", "农经员"]
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == [f"姓{GAP}名", f"职{GAP}务", "填表日期"]
        assert rows[2][:2] == [f["person"], f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        states = {r[5] for r in BATCH.table(name, f["sheet"])}
        assert not states & {p["risk_point"] for p in BATCH.points(name)}  # 自查情况 no point
        assert {r[3] for r in BATCH.table(name, f["sheet"])} <= set(BANDS)
        assert all(types_in(r[2]) for r in BATCH.table(name, f["sheet"]))


def test_batch364_is_read(tmp_path):
    BATCH.is_read(tmp_path)
