"""The three-hundred-and-fifty-seventh batch of published layouts (tests/published/batch357.py): seven
ordinary files as the 自然资源 and 林业 bodies of one county (沐川县) really send them — the 林业局's two
sheets ``局领导 | 机关股室`` with ``一级/二级/三级``, the 不动产登记中心's 一览表 with ``风险点 | 风险描述``
and 高/中/低, the 国有林场's 防控卡 one sheet a holder with ``★★★/★★/★``, the 林业站's 排查表 对岗不对人
with ``风险点 | 表现形式`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 沐溪自然资源所's 自查表 one sheet a person with a label
row over a row of values and ``高风险/中风险/低风险``, the 森林病虫害防治检疫站's 责任清单 with
``职责事项`` and bare ``Ⅰ/Ⅱ/Ⅲ``, the 自然资源执法监察大队's 一览表 under group rows with
``一级风险/二级风险/三级风险`` — and one harder: the 自然资源局's 廉政风险点排查汇总表, whose points have
NO level column, the levels standing in a small table of their own below the list
(``二、风险等级评定结果``, ``风险等级 | 风险点序号 | 个数``), one row a level naming the running numbers
of its points (``1—3、6``, ``4—5、7、9、11``, ``8、10、12``) (``python tests/published/score.py --set
batch357``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader, checked out in /work/score at 555e35c
(dev's newest, batch 353; its reader is main's f5cd0ec plus f176a7b, the ``locate`` change after
batch 354; this worktree branched from the same dev). ``score.py --set batch357``:
``TOTAL                      forms  37/37  points  65/65  recall 1.00 precision 1.00 (65/65)  levels  53/65  types  65/65  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.815 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  37/37  points  65/65  recall 1.00 precision 1.00 (65/65)  levels  53/65  types  65/65  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.815 types=1.000 noise=0``. The 9 files
of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as FILE_SKIPPED). The seven
ordinary layouts read in full — every form, point, level and type, with ``--strict`` too. The
truth was not changed after measuring.

Missed, all in the harder ``muchuan_natural_resources_level_table.xlsx`` (sheet ``排查汇总表``: title
A1:G1, the section line ``一、廉政风险点排查情况`` A2:G2, the heading ``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 |
风险类型 | 防控措施`` row 3, the 12 points in rows 4–15 with the point in column E; blank row 16, the
section line ``二、风险等级评定结果（经局党组会议审定，序号同上表）`` A17:G17, the level table's heading
``风险等级 (A18:B18) | 风险点序号 (C18:F18) | 个数`` row 18, its rows 19–21 ``一级风险 | 1—3、6 | 4``,
``二级风险 | 4—5、7、9、11 | 5``, ``三级风险 | 8、10、12 | 3`` and ``合计 | | 12`` row 22; the 制表 line row 24):
forms 7/7, points 12/12, types 12/12, precision 12/12, but levels 0/12. The point table was read in
full (F00019–F00025, each with the truth's 科室, post, holder and tier) — but every point WITHOUT A
LEVEL: E4, E5, E6 and E9 read blank, truth 1 (一级风险: 1—3、6); E7, E8, E10, E12 and E14 read blank,
truth 2 (二级风险: 4—5、7、9、11); E11, E13 and E15 read blank, truth 3 (三级风险: 8、10、12) — 12
LEVEL_BLANK errors at E4:E15 (``风险级别未填写``). The level table A18:G22 was set aside as another
table (info TABLE_OTHER at A18, ``表格“风险等级 风险点序号 个数”(3 行)没有风险点、风险级别等列,不是风险点表,
未收录``; it gives no false point, the 风险点序号 cells not taken as points), so none of its levels
reached the points; unscored, posts.csv then grades all seven forms C with no 一级/二级/三级 points
(``风险分值0 → C``).

Kind (one): a level table on the same sheet under the list, one row a level whose ``风险点序号`` cell
gathers the running numbers (``1—3、6``, ``4—5、7、9、11``) of the points of that level, is not read as
the points' levels: it is set aside as a table that is no risk table, and the points, which have no
level column, are left unlevelled.

Unscored besides: every unit, 科室, post and tier of all eight layouts is as the truth has it
(``局领导``, ``场领导``, ``站领导``, ``所领导``, ``大队领导`` and ``中心领导`` as the leaders' 科室, the group
rows' 中队 and 股, the 林业站's posts with no holder). The other issues are info only (TABLE_NO_TYPE
on the 林业局's two sheets, the 检疫站's list and the three cards; GRADE_BLANK on the three cards and
the three 自查表; FILE_SKIPPED for truth.json); the summary line counts 4 places outside the tables,
all in the harder file (read alone it gives the same 4: the level table's rows).

Generalised after this measurement: a table of levels under the list naming its rows by 序号 ('一级风险 | 1—3、6'; info LEVEL_BY_NUMBER; tests/test_columns.py::test_a_table_of_levels_under_the_list_naming_its_rows_by_number); the harder layout now reads in full.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch357 import (
    BANDS,
    BARE,
    BUREAU,
    GRADES,
    LAYOUTS,
    LEVEL_HEAD,
    LEVEL_LINE,
    LEVEL_TABLE,
    POINT_HEAD,
    POINT_LINE,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(357, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
LEVEL_FILE = "muchuan_natural_resources_level_table"
HARDER = {LEVEL_FILE}
UNTYPED = {
    "muchuan_forestry_bureau_two_sheets",
    "muchuan_state_forest_farm_cards",
    "muchuan_pest_station_duties",
}
NOBODY = {"muchuan_forestry_station_posts"}
GAP = "\u3000"


def test_batch357_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=355, unit_words=("沐川县",), new_people=True)


def test_batch357_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(6, 14))
    assert RESAVED == ()


def test_batch357_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch357_every_unit_is_of_muchuan():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("沐川县") for u in units)


def _numbers(refs: str) -> list[int]:
    """``1、2`` → [1, 2]; ``4—5`` → [4, 5]."""
    out = []
    for part in refs.split("、"):
        lo, _, hi = part.partition("—")
        out += list(range(int(lo), int(hi or lo) + 1))
    return out


def test_batch357_levels_in_a_table_of_their_own():
    name = LEVEL_FILE
    rows = BATCH.filled(name)
    lines = [r for r, row in enumerate(rows) if row[0] in (POINT_LINE, LEVEL_LINE)]
    assert [rows[r][0] for r in lines] == [POINT_LINE, LEVEL_LINE]
    assert all(BATCH.merged(name, 0, r, 0, 6) for r in lines)
    head = lines[0] + 1
    assert tuple(rows[head]) == POINT_HEAD
    assert not any("等级" in str(c) for c in rows[head])  # no level column
    points = []
    for row in rows[head + 1 : lines[1]]:
        if isinstance(row[0], int):
            points.append(row)
        else:
            assert not any(row), row  # the blank row between the two parts
    assert [row[0] for row in points] == list(range(1, len(points) + 1))
    # no level word in any point row
    assert not any(str(c) in LEVELS for row in points for c in row)
    # the second part: one row a level, naming the points' running numbers
    lhead = lines[1] + 1
    assert rows[lhead][0] == LEVEL_HEAD[0] and rows[lhead][2] == LEVEL_HEAD[2]
    assert rows[lhead][6] == LEVEL_HEAD[6]
    assert BATCH.merged(name, 0, lhead, 0, 1) and BATCH.merged(name, 0, lhead, 2, 5)
    table = rows[lhead + 1 : lhead + 1 + len(LEVEL_TABLE)]
    assert [(row[0], row[2]) for row in table] == LEVEL_TABLE
    assert [row[6] for row in table] == [len(_numbers(row[2])) for row in table]
    total = rows[lhead + 1 + len(LEVEL_TABLE)]
    assert total[0] == "合计" and total[2] is None and total[6] == len(points)
    level = {k: RISKS[row[0]] for row in table for k in _numbers(row[2])}
    assert sorted(level) == [row[0] for row in points]  # every point in exactly one level
    assert sum(len(_numbers(row[2])) for row in table) == len(points)
    assert any("—" in row[2] for row in table)  # ranges as well as lists
    got = [(row[1], row[2], row[3], row[4], level[row[0]]) for row in points]
    assert got == BATCH.truth_rows(name)
    assert [types_in(row[5]) for row in points] == [r["types"] for r in BATCH.points(name)]
    assert {r["level"] for r in BATCH.points(name)} == {1, 2, 3}
    # the level table's cells are no points and name nobody
    truth = {p["risk_point"] for p in BATCH.points(name)}
    cells = {c for row in [*table, total] for c in row if isinstance(c, str)}
    assert not truth & cells
    assert not any(p in c for c in cells for p in BATCH.holders(name))
    assert len(truth) == len(points) == sum(len(pts) for *_x, pts in BUREAU)
    tiers = {(f["department"], f["title"]): f["tier"] for f in BY_NAME[name]["truth"]}
    assert tiers == {(d, p): tier for d, p, _w, tier, _pts in BUREAU}


def test_batch357_plain_tables_by_heading():
    cases = [
        ("muchuan_registration_centre_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("muchuan_forestry_station_posts",
         {"dept": "部门", "post": "岗位", "point": "风险点"}, "风险类别"),
        ("muchuan_pest_station_duties",
         {"dept": "责任股室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, None),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the short 风险点 is the point, the long 风险描述 / 表现形式 none
    for name in ("muchuan_registration_centre_list", "muchuan_forestry_station_posts"):
        points = [p["risk_point"] for p in BATCH.points(name)]
        col = 5 if name == "muchuan_registration_centre_list" else 4
        table = BATCH.table(name)
        assert not set(points) & {row[col] for row in table}, name
        assert all(len(p) < len(row[col]) for p, row in zip(points, table, strict=True)), name
    name = "muchuan_forestry_station_posts"
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    assert {r[6] for r in BATCH.table(name)} == set(ROMAN)
    # the 检疫站's list: 职责事项 no point, bare grades read by the note
    name = "muchuan_pest_station_duties"
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[4] for r in BATCH.table(name)}
    assert {r[6] for r in BATCH.table(name)} == set(BARE)
    assert any(str(row[0]).startswith("注：风险等级Ⅰ为高") for row in BATCH.rows(name))
    # the 林业局's two sheets
    name = "muchuan_forestry_bureau_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "廉政风险点"},
        "局领导",
        fixed={"dept": "局领导"},
    )
    assert got == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "机关股室") == BATCH.truth_rows(name, "机关股室")
    assert not {p["risk_point"] for p in BATCH.points(name)} & {
        r[3] for r in BATCH.table(name, "局领导")
    }


def test_batch357_group_rows_give_the_department():
    name = "muchuan_enforcement_groups"
    rows, dept, got = BATCH.filled(name), None, []
    for r, row in enumerate(rows[BATCH.header(name) + 1 :], BATCH.header(name) + 1):
        if isinstance(row[0], str) and row[0][1:2] == "、":
            dept = row[0][2:]
            assert BATCH.merged(name, 0, r, 0, 6)
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[5]]))
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型") == [r["types"] for r in BATCH.points(name)]


def test_batch357_one_sheet_a_person():
    name = "muchuan_state_forest_farm_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["持卡人", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:3] == ["所在部门", f["department"], "联系电话"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert {r[3] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
        steps = {r[1] for r in BATCH.table(name, f["sheet"])}
        assert not steps & {p["risk_point"] for p in BATCH.points(name)}  # 工作环节 no point
    name = "muchuan_muxi_office_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"]  # tabs named by the person
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", "所在组", f"职{GAP}务", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        found = {r[5] for r in BATCH.table(name, f["sheet"])}
        assert not found & {p["risk_point"] for p in BATCH.points(name)}  # 自查情况 no point
        assert {r[3] for r in BATCH.table(name, f["sheet"])} <= set(BANDS)


def test_batch357_is_read(tmp_path):
    BATCH.is_read(tmp_path)
