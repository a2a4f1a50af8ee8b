"""The eleventh batch of published layouts (tests/published/batch11.py): shapes the first ten
batches did not cover and two harder ones (``python tests/published/score.py --set batch11``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here.

First measured untuned with the reader at d321829: forms 0.821, recall 0.817, precision 0.879,
levels 0.983, types 1.000, noise 0 (8 of 12 layouts perfect, the two re-saved copies too).
Missed: the transposed chart (each block's 风险点 row joined into one point, no 科室), the
three-row header (the group label 风险识别 taken for the post, 序号/科室/岗位 dropped, the
责任领导 watcher taken for the holder), the form's second sheet (read as a form of its own with
no holder), and a 风险等级 cell merged down (read for its first row only, LEVEL_BLANK below).
After generalising on each kind (tests in test_columns.py with other words): 1.00 on every
metric, no noise.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch11 import LAYOUTS, PREFIX, build
from published.checks import Batch

BATCH = Batch(11, LAYOUTS, build)
BY_NAME = BATCH.by_name
HARDER = {"civil_defense_transposed_chart", "street_project_two_pages"}
NO_HOLDER = {  # 对岗不对人, or no post and no person at all
    "college_internal_control_digits",
    "civil_defense_transposed_chart",
    "land_three_row_header",
}
MIXED = {"transport_bureau_unit_sheets"}  # one unit's sheet names posts only, the others people
TYPED = {"trading_center_wide_ledger"}
RESAVED = {"xls": "cadre_keshi_in_tab", "ods": "college_internal_control_digits"}
LEVEL_WORDS = {"高": 1, "中": 2, "低": 3}


def _rows(name, sheet=0):
    """The sheet's non-empty rows (spacer rows are written as [])."""
    return [row for row in BATCH.sheet(name, sheet)["rows"] if row]


def _numbered(name, sheet=0):
    """Table rows: those whose first cell is the running number."""
    return [row for row in _rows(name, sheet) if isinstance(row[0], int)]


def test_batch11_is_apart_from_the_earlier_batches():
    BATCH.is_apart(
        count=(10, 12), harder=HARDER, max_harder=len(HARDER), one_unit_each=False, new_units=False
    )


def test_batch11_truth_is_self_consistent(tmp_path):
    truth = BATCH.truth_is_self_consistent(
        copies={f"{PREFIX}{name}.{ext}" for ext, name in RESAVED.items()},
        points=(3, 25),
        nobody=NO_HOLDER,
        some_nobody=MIXED,
        tier_none=True,
        known_by=(),
        one_unit=False,
        # a 科室 may be named only by the sheet tab (cadre_keshi_in_tab)
        unnamed=lambda f, field: f[field] == f["sheet"],
        # every point is a whole cell of its sheet, or (a page-2 point) of the same file
        points_in=lambda f, sheets: set().union(*sheets.values()),
    )
    for f in truth["forms"]:
        if not f["person"] and f["layout"] != "college_internal_control_digits":
            assert f["department"], f["file"]  # a post-only form is known by its 科室


def test_batch11_levels_and_types():
    BATCH.levels_and_types(typed=TYPED)
    for name in TYPED:
        assert any(len(r["types"]) == 2 for r in BATCH.points(name)), name


def test_batch11_numbers_and_scores_are_not_levels():
    # 风险等级 as the numbers 1/2/3: the number is the level
    rows = _numbered("college_internal_control_digits")
    assert not rows  # the running number lives in the 风险点 cell, not a 序号 column
    table = [row for row in _rows("college_internal_control_digits") if isinstance(row[2], int)]
    assert [row[2] for row in table] == [
        r["level"] for r in BATCH.points("college_internal_control_digits")
    ]
    assert all(re.match(rf"{i}\.", row[1]) for i, row in enumerate(table, 1))
    # 高(20分): the word is the level, the score in brackets and the 1–5 inputs are not
    for k, form in enumerate(BY_NAME["stats_score_in_level"]["truth"]):
        rows = _numbered("stats_score_in_level", k)
        assert [LEVEL_WORDS[row[5][0]] for row in rows] == [r["level"] for r in form["risks"]]
        assert all(row[5].endswith("分)") and row[3] * row[4] == int(row[5][2:-2]) for row in rows)
    # 发生可能性 高/中/低 beside 风险等级 一级…三级: the 可能性 differs from the level somewhere
    rows = [
        row
        for row in _rows("trading_center_wide_ledger")
        if re.fullmatch(r"[A-Z]{2}-\d\d", row[0] or "")
    ]
    ordinal = {"一级": 1, "二级": 2, "三级": 3}
    assert any(LEVEL_WORDS[row[8]] != ordinal[row[10]] for row in rows)
    assert [ordinal[row[10]] for row in rows] == [
        r["level"] for r in BATCH.points("trading_center_wide_ledger")
    ]
    assert len(rows[0]) == 16
    # three-row header: the 合计 score is never 1–3, the level follows the stated bands
    for row in _numbered("land_three_row_header"):
        assert row[8] == sum(row[5:8]) and row[8] > 3
        assert row[9] == ("一级" if row[8] >= 12 else "二级" if row[8] >= 9 else "三级")


def test_batch11_post_grade_is_not_the_point_level():
    rows = _numbered("court_post_grade_and_point_level")
    grades = []
    grade = None
    for row in rows:
        grade = row[3] or grade
        grades.append(grade)
    levels = [r["level"] for r in BATCH.points("court_post_grade_and_point_level")]
    assert set(grades) == {"A", "B", "C"}
    assert ("A", 3) in set(zip(grades, levels, strict=True))  # an A post with a 低 point
    assert ("C", 2) in set(zip(grades, levels, strict=True))  # the C post with a 中 point


def test_batch11_transposed_chart():
    lay = BY_NAME["civil_defense_transposed_chart"]
    rows = _rows("civil_defense_transposed_chart")
    points = [c for row in rows if row[0] == "风险点" for c in row[1:] if c]
    levels = [LEVEL_WORDS[c] for row in rows if row[0] == "风险等级" for c in row[1:] if c]
    assert points == [r["risk_point"] for r in BATCH.points(lay["name"])]
    assert levels == [r["level"] for r in BATCH.points(lay["name"])]
    depts = [
        row[0].removeprefix("承办科室:") for row in rows if str(row[0]).startswith("承办科室:")
    ]
    assert [f["department"] for f in lay["truth"]] == sorted(set(depts), key=depts.index)
    roles = {c for row in rows if row[0] == "责任人" for c in row[1:] if c}
    assert roles and all(not f["person"] and not f["title"] for f in lay["truth"])


def test_batch11_sheets_units_and_pages():
    # 科室 only in the tab
    lay = BY_NAME["cadre_keshi_in_tab"]
    assert [f["department"] for f in lay["truth"]] == [s["name"] for s in lay["sheets"]]
    for sheet, form in zip(lay["sheets"], lay["truth"], strict=True):
        assert not any(form["department"] in str(c) for row in sheet["rows"] for c in row if c)
    # several units in one workbook, each sheet its own; the 汇总 sheet holds none
    lay = BY_NAME["transport_bureau_unit_sheets"]
    units = {f["sheet"]: f["unit"] for f in lay["truth"]}
    assert "汇总" not in units and len(set(units.values())) == 3
    for sheet in lay["sheets"][1:]:
        assert sheet["rows"][0][0] == f"{units[sheet['name']]}廉政风险防控目录清单"
    counts = [row[3] for row in lay["sheets"][0]["rows"] if isinstance(row[0], int)]
    assert counts == [sum(len(f["risks"]) for f in lay["truth"] if f["unit"] == u)
                      for u in dict.fromkeys(f["unit"] for f in lay["truth"])]  # fmt: skip
    # one form over two sheets: page 2 has no header fields, its points are the page-1 holder's
    lay = BY_NAME["street_project_two_pages"]
    (form,) = lay["truth"]
    assert form["sheet"] == "第1页"
    page2 = [c for row in BATCH.sheet(lay["name"], 1)["rows"] for c in row if c]
    assert form["person"] not in page2 and form["department"] not in page2
    on_page2 = [row[2] for row in _numbered(lay["name"], 1)]
    assert on_page2 and set(on_page2) < {r["risk_point"] for r in form["risks"]}


def test_batch11_blank_columns_guides_and_merged_levels():
    # spacer columns: no heading and no value in any row
    sheet = BATCH.sheet("town_spacer_columns")
    for c in (2, 5, 8):
        assert all(len(row) <= c or row[c] is None for row in sheet["rows"]), c
        assert sheet["widths"][c] < 2
    # 填表说明 lines under the table: numbered like points, but none is one
    rows = _rows("invest_center_fill_guide")
    guide = [row[0] for row in rows if isinstance(row[0], str) and re.match(r"\d\.", row[0])]
    assert len(guide) == 4
    assert not set(guide) & {r["risk_point"] for r in BATCH.points("invest_center_fill_guide")}
    # a level cell merged down over several points grades each of them
    sheet = BATCH.sheet("justice_merged_levels")
    level_merges = [(r0, r1) for r0, c0, r1, c1 in sheet["merges"] if c0 == c1 == 5]
    assert level_merges and all(r1 > r0 for r0, r1 in level_merges)
    shown, level = [], None
    for row in sheet["rows"]:
        if row and isinstance(row[0], int):
            level = row[5] or level
            shown.append(LEVEL_WORDS[level])
    assert shown == [r["level"] for r in BATCH.points("justice_merged_levels")]


def test_eleventh_batch_is_read(tmp_path):
    BATCH.is_read(tmp_path)
