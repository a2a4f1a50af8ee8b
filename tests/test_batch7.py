"""The seventh batch of published layouts (tests/published/batch7.py): everyday tables and three
harder ones (``python tests/published/score.py --set batch7``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here.

First measured untuned with main at 792a08a: forms 1.000, recall 0.845, precision 0.891, levels
1.000 (8 of 10 layouts perfect). It then taught: a column of plain numbers under a risk heading
(风险点数量) is a count, not the point; a point held by two people (names one per line, their
科室 likewise) belongs to each holder's form. Now 1.00.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch7 import LAYOUTS, build
from published.checks import Batch

BATCH = Batch(7, LAYOUTS, build)
BY_NAME = BATCH.by_name
HARDER = {"yibao_shared_holders", "town_power_count_levels", "court_post_grade_only"}


def test_batch7_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(10, None), harder=HARDER, max_harder=len(HARDER), new_units=False)


def test_batch7_truth_is_self_consistent(tmp_path):
    BATCH.truth_is_self_consistent(
        points=(3, 25),
        nobody=(),  # every table of this batch names its holders
        tier_none=True,
        unlevelled={"court_post_grade_only"},
        blank_levels={"town_power_count_levels"},
    )
    for lay in LAYOUTS:
        assert len({f["department"] for f in lay["truth"] if f["department"]}) <= 4, lay["name"]


def test_batch7_levels():
    """Graded everywhere except where the batch says a level names no single step."""
    for name in BY_NAME:
        levels = [r["level"] for r in BATCH.points(name)]
        if name == "court_post_grade_only":
            assert set(levels) == {None}  # A/B/C grades the post, no point level column
        elif name == "town_power_count_levels":
            assert levels.count(None) == 2 and {1, 2, 3} <= set(levels)  # the two `1高2中` cells
        else:
            assert None not in levels and len(set(levels)) >= 2, name
    graded = {r["level"] for lay in LAYOUTS for f in lay["truth"] for r in f["risks"]}
    assert {1, 2, 3} <= graded


def test_batch7_types_only_where_a_type_column_is():
    typed = {"college_self_check", "eco_team_check"}
    for name in BY_NAME:
        types = [r["types"] for r in BATCH.points(name)]
        assert all(types) if name in typed else not any(types), name
    assert ["业务流程", "岗位职责"] in [r["types"] for r in BATCH.points("college_self_check")]
    assert ["岗位职责", "外部环境"] in [r["types"] for r in BATCH.points("eco_team_check")]


def test_batch7_shared_row_is_in_both_holders_forms():
    forms = BY_NAME["yibao_shared_holders"]["truth"]
    rows = BY_NAME["yibao_shared_holders"]["sheets"][0]["rows"]
    shared = [row for row in rows if row and isinstance(row[-1], str) and "\n" in row[-1]]
    assert len(shared) == 2
    for row in shared:
        for dept, who in zip(row[-2].split("\n"), row[-1].split("\n"), strict=True):
            form = next(f for f in forms if f["person"] == who)
            assert form["department"] == dept
            assert row[2] in [r["risk_point"] for r in form["risks"]]


def test_batch7_counts_grades_and_side_columns_are_no_points():
    town = BY_NAME["town_power_count_levels"]
    points = {r["risk_point"] for r in BATCH.points("town_power_count_levels")}
    rows = town["sheets"][0]["rows"]
    assert all(isinstance(row[2], int) for row in rows[2:])  # 风险点数量
    assert any(p.startswith("1.") and "\n2." in p for p in points)  # numbered sub-items: one point
    court = BY_NAME["court_post_grade_only"]["sheets"][0]["rows"]
    assert {row[3] for row in court[2:] if row and row[3]} <= {"A", "B", "C"}
    side = {
        "police_station_cards": 4,  # 禁止行为(负面清单)
        "college_dept_ledger": 4,  # 风险成因
    }
    for name, col in side.items():
        pts = {r["risk_point"] for r in BATCH.points(name)}
        texts = {row[col] for row in BY_NAME[name]["sheets"][0]["rows"] if len(row) > col}
        assert not pts & texts, name


def test_batch7_repeated_header_and_sheet_named_offices():
    rows = BY_NAME["hospital_keshi_repeated_header"]["sheets"][0]["rows"]
    assert sum(1 for row in rows if row and row[0] == "科室") == 2
    lay = BY_NAME["college_office_sheets"]
    assert {f["department"] for f in lay["truth"]} == {s["name"] for s in lay["sheets"]}
    self_check = BY_NAME["college_self_check"]["truth"]
    assert len(self_check) == 1 and self_check[0]["person"] == "戈晓红"


def test_seventh_batch_is_read(tmp_path):
    BATCH.is_read(tmp_path)
