"""The three-hundred-and-sixty-third batch of published layouts (tests/published/batch363.py): seven
ordinary files as the 发展改革 and 统计 bodies of one district (长安区) really send them — the 统计局's
two sheets ``局领导 | 机关科室`` with ``一级/二级/三级``, the 粮食储备库's 防控卡 one sheet a holder with
two rows of pairs, short types and ``★★★/★★/★``, the 价格认证中心's 排查表 对岗不对人 with ``风险事项 |
廉政风险点`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 统计普查中心's 自查表 one sheet a person with one row of three
pairs and ``高风险/中风险/低风险``, the 郭杜街道办事处 经济发展办公室's 责任清单 with the holder's columns
at the end, a last ``分管领导`` column and ``一级风险/二级风险/三级风险``, the 重点项目服务中心's 一览表
under group rows with 高/中/低, the 社会经济调查队's 一览表 written out on every row with bare
``Ⅰ/Ⅱ/Ⅲ`` — and one harder: the 发展和改革局's ``风险点清单`` with no type and no level column, whose
points' types and levels are given only by where their 风险编号 stand in a TYPE × LEVEL grid on a
second sheet ``分类分级分布表`` (``python tests/published/score.py --set batch363``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap at 8cbcc79
(dev's newest when the batch was done, batches 359–361 read to the bars on top; main's newest is
f5cd0ec; this worktree branched from dev at 8cbcc79). ``score.py --set batch363``:
``TOTAL                      forms  38/38  points  63/63  recall 1.00 precision 1.00 (63/63)  levels  51/63  types  51/63  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.810 types=0.810 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  38/38  points  63/63  recall 1.00 precision 1.00 (63/63)  levels  51/63  types  51/63  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.810 types=0.810 noise=0``. The 9 files
of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as FILE_SKIPPED). The seven
ordinary layouts read in full — every form, point, level and type, with ``--strict`` too; their
units, 科室, posts and tiers (unscored) are the truth's as well, the 郭杜街道 file included (unit
``长安区郭杜街道办事处``, 科室 ``经济发展办公室`` from the title). The truth was not changed after measuring.

Missed, all in the harder ``changan_drc_grade_grid.xlsx``: levels 0/12 and types 0/12 (forms 8/8,
points 12/12, precision 12/12 — the list itself was read in full: the eight forms F00004–F00011
with the truth's unit, 科室 from the merged B column, post, holder and tier, all twelve points
E4:E15 with their measures, the ``注：`` line and the 制表 line rightly no points, the 风险编号 no
point). On the sheet ``风险点清单`` every level and every type is blank (risks.csv ``risk_level``,
``risk_type``, ``raw_risk_level`` and ``raw_risk_type`` all empty): E4 (FG-01, truth 制度机制/1, in
分类分级分布表!B5); E5 (FG-02, truth 思想道德/1, in B4); E6 (FG-03, truth 岗位职责/2, in C6); E7 (FG-04,
truth 业务流程/1, in B7); E8 (FG-05, truth 岗位职责/2, in C6); E9 (FG-06, truth 外部环境/2, in C8); E10
(FG-07, truth 思想道德/3, in D4); E11 (FG-08, truth 业务流程/1, in B7); E12 (FG-09, truth 制度机制/2, in
C5); E13 (FG-10, truth 外部环境/2, in C8); E14 (FG-11, truth 岗位职责/3, in D6); E15 (FG-12, truth
制度机制/3, in D5) — each level reported as an ERROR ``LEVEL_BLANK`` at E4…E15 (“风险级别未填写”,
twelve error rows in issues.csv) and the types as one ``TABLE_NO_TYPE`` (info, at A3). The second
sheet ``分类分级分布表`` was passed over in silence: none of its cells became a point (rightly), and
no issue names it (no TABLE_OTHER, no ROW_UNPLACED; the 核对 line counts 0 cells outside a table).
With no levels the eight forms' computed grade is ``C`` (风险分值0), unscored.

Kind (one): a TYPE × LEVEL grid on another sheet whose cells list the 风险编号 of the points is
not read as the points' types and levels, so a list with no type or level column of its own is
read with every level blank (reported as errors) and no types, though the list, its holders and
points are read right.

Unscored besides: the other issues are info only (TABLE_NO_TYPE on the 统计局's two sheets,
GRADE_BLANK on the three cards and the three 自查表, COLUMN_GUESSED for the 价格认证中心's ``风险事项``
read as the duty — as the truth has it — and FILE_SKIPPED for truth.json).

Generalised after this measurement: a grid on another sheet placing each coded point by type and level ('分类分级分布表'; info SHEET_GRID; tests/test_columns.py::test_a_grid_on_another_sheet_placing_each_coded_point_by_type_and_level); the harder layout now reads in full.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch363 import (
    BANDS,
    BARE,
    GRADES,
    GRID_HEAD,
    GRID_LEVELS,
    GRID_LIST_HEAD,
    GRID_LIST_NOTE,
    GRID_NOTE,
    GRID_ROWS,
    GRID_TYPES,
    GRID_UNIT,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
    grid_cells,
)
from published.cells import cells, norm
from published.checks import Batch
from published.layouts import HML, TYPES, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(363, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
GRID_FILE = "changan_drc_grade_grid"
HARDER = {GRID_FILE}
UNTYPED = {"changan_stats_bureau_two_sheets"}
NOBODY = {"changan_price_center_posts"}
GAP = "\u3000"


def test_batch363_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=362, unit_words=("长安区",), new_people=True)


def test_batch363_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(6, 12))
    assert RESAVED == ()


def test_batch363_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch363_every_unit_is_of_changan_and_stands_in_its_sheet():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("长安区") for u in units)
    inbox = BATCH.inbox()
    for lay in LAYOUTS:
        sheets = cells(inbox / f"{lay['name']}.xlsx")
        for f in lay["truth"]:
            here = sheets[f["sheet"]]
            assert any(norm(f["unit"]) in c for c in here), lay["name"]
            for field in ("department", "title", "person"):
                assert not f[field] or any(norm(f[field]) in c for c in here), (f, field)


def test_batch363_types_and_levels_only_in_the_grid():
    name = GRID_FILE
    # the list: no type and no level column, no type or level word in any of its cells
    assert tuple(BATCH.heading(name, "风险点清单", first="风险编号")) == GRID_LIST_HEAD
    texts = {str(c) for row in BATCH.rows(name, "风险点清单") for c in row if c is not None}
    for word in (*TYPES, "等级", "级别", "高", "一级", "Ⅰ", "★"):
        assert not any(word in c for c in texts if c != GRID_LIST_NOTE), word
    list_rows = [r for r in BATCH.filled(name, "风险点清单") if str(r[0]).startswith("FG-")]
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    got = [tuple(r[GRID_LIST_HEAD.index(heads[k])] for k in ("dept", "post", "person", "point"))
           for r in list_rows]  # fmt: skip
    assert got == [row[:4] for row in BATCH.truth_rows(name)]
    codes = [r[0] for r in list_rows]
    assert codes == [f"FG-{i:02d}" for i in range(1, len(GRID_ROWS) + 1)]
    # the grid: one row a type, one column a level, each cell the numbers of its points
    rows = BATCH.filled(name, "分类分级分布表")
    head = next(r for r, row in enumerate(rows) if row[0] == "风险类型")
    assert tuple(rows[head]) == GRID_HEAD
    found = {}
    for row in rows[head + 1 : head + 1 + len(GRID_TYPES)]:
        assert row[0] in GRID_TYPES
        for lv in (1, 2, 3):
            for code in (row[lv] or "").split("、") if row[lv] else ():
                assert code not in found, code  # each number stands once
                found[code] = (types_in(row[0]), lv)
        assert row[4] == sum(len((row[lv] or "").split("、")) for lv in (1, 2, 3) if row[lv])
    assert set(found) == set(codes)
    total = rows[head + 1 + len(GRID_TYPES)]
    assert total[0] == "合计" and total[1:4] == [
        sum(len(v) for (_, lv), v in grid_cells().items() if lv == k) for k in (1, 2, 3)
    ]
    assert total[4] == len(codes)
    assert [h[:4] for h in GRID_LEVELS] == ["一级风险", "二级风险", "三级风险"]
    # the truth's types and levels are the grid's, point by point
    points = BATCH.points(name)
    assert [(p["types"], p["level"]) for p in points] == [found[c] for c in codes]
    assert {p["level"] for p in points} == {1, 2, 3}
    assert {t for p in points for t in p["types"]} == set(TYPES)
    # no cell of the grid, no count, no note and no 风险编号 is a point
    grid_texts = {str(c) for row in rows for c in row if c is not None}
    names = {p["risk_point"] for p in points}
    assert not names & (grid_texts | set(codes) | {GRID_LIST_NOTE, GRID_NOTE})
    assert {f["unit"] for f in BY_NAME[name]["truth"]} == {GRID_UNIT}
    assert {f["sheet"] for f in BY_NAME[name]["truth"]} == {"风险点清单"}


def test_batch363_plain_tables_by_heading():
    cases = [
        ("changan_price_center_posts",
         {"dept": "部门", "post": "岗位名称", "point": "廉政风险点"}, "风险类型"),
        ("changan_survey_team_every_row",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the 风险事项 is the duty, the 廉政风险点 the point; the 中心 names nobody
    name = "changan_price_center_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[3] for row in BATCH.table(name)}
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    assert {r[6] for r in BATCH.table(name)} == set(ROMAN)
    # every row written out, nothing merged down; bare grades with no note
    name = "changan_survey_team_every_row"
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])
    assert all(all(c is not None for c in row[:5]) for row in BATCH.numbered(name))
    assert {r[6] for r in BATCH.table(name)} == set(BARE)
    assert not any(str(row[0]).startswith("注") for row in BATCH.rows(name))
    # the 办事处's office: the holder's columns at the end, a supervisor in the last one
    name = "changan_guodu_econ_office_duties"
    heads = {"post": "责任岗位", "person": "责任人", "point": "廉政风险点"}
    got = BATCH.by_heading(name, heads, fixed={"dept": "经济发展办公室"})
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类别") == [r["types"] for r in BATCH.points(name)]
    table = BATCH.table(name)
    assert BATCH.heading(name)[-1] == "分管领导" and len({row[-1] for row in table}) == 1
    assert not {row[-1] for row in table} & BATCH.holders(name)
    assert {r[4] for r in table} == set(RISKS)
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[1] for r in table}  # 职责事项
    assert {f["unit"] for f in BY_NAME[name]["truth"]} == {"长安区郭杜街道办事处"}
    # the 统计局's two sheets
    name = "changan_stats_bureau_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "廉政风险点"},
        "局领导",
        fixed={"dept": "局领导"},
    )
    assert got == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "机关科室") == BATCH.truth_rows(name, "机关科室")
    works = {r[3] for r in BATCH.table(name, "局领导")}
    assert not {p["risk_point"] for p in BATCH.points(name)} & works  # 分管工作 no point
    assert {r[5] for s in ("局领导", "机关科室") for r in BATCH.table(name, s)} == set(GRADES)


def test_batch363_group_rows_give_the_department():
    name = "changan_project_center_group_rows"
    rows, dept, got = BATCH.filled(name), None, []
    for r, row in enumerate(rows[BATCH.header(name) + 1 :], BATCH.header(name) + 1):
        if isinstance(row[0], str) and row[0][1:2] == "、":
            dept = row[0][2:]
            assert BATCH.merged(name, 0, r, 0, 6)
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], HML[row[5]]))
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类别") == [r["types"] for r in BATCH.points(name)]


def test_batch363_one_sheet_a_person():
    name = "changan_grain_reserve_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"岗{GAP}位", f["title"]]
        assert rows[2][:2] == [f"部{GAP}门", f["department"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        table = BATCH.table(name, f["sheet"])
        assert {r[4] for r in table} <= set(STARS)
        assert not {r[1] for r in table} & {p["risk_point"] for p in BATCH.points(name)}  # 业务环节
    name = "changan_census_center_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"]
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓名", f["person"], "科室", f["department"], "职务", f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        states = {r[5] for r in BATCH.table(name, f["sheet"])}
        assert not states & {p["risk_point"] for p in BATCH.points(name)}  # 自查情况 no point
        assert {r[3] for r in BATCH.table(name, f["sheet"])} <= set(BANDS)


def test_batch363_is_read(tmp_path):
    BATCH.is_read(tmp_path)
