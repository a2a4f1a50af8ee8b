"""The sixteenth batch of published layouts (tests/published/batch16.py): eight everyday tables
varying heading words and small details the way real offices do
(``python tests/published/score.py --set batch16``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here.

First measured untuned with the reader at 0bca428: forms 0.727 (16/22), recall 0.850 (34/40),
precision 1.000, levels 1.000, types 1.000, noise 3; with --strict forms 0.682 (15/22), the rest
the same. Missed: ``bank_branch_types`` not found at all (FILE_NO_FORM — no header row recognised
in 所在部门/职务岗位/姓名/易发风险/风险类型/风险定级/控制措施); in ``community_posts_only`` every point
read but no form right: 所属站室 not read as the 科室 and the unit in the title not read; in
``market_station_card_oneline`` 所在单位:城关市场监管所 read as the unit and the 科室 cut to 场监管所
(strict 0/1); noise: the unit line at the foot of each ``zjj_personal_sheets`` sheet and the
持卡人/监督人 line of the card reported as ROW_UNPLACED.
After generalising (易发风险 and 所属站室 headings; a line of labels left blank is a sign-off;
市场 is no 市 in an organisation's name; a lone organisation line under a form names its unit;
tests in test_columns.py with other words): 1.00 on every metric, strict too, no noise.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch16 import LAYOUTS, ORDINAL, STARS, build
from published.checks import Batch

BATCH = Batch(16, LAYOUTS, build)
BY_NAME = BATCH.by_name
TYPED = {"bank_branch_types"}
ANONYMOUS = {"community_posts_only"}  # posts only, no names


def test_batch16_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=8, one_unit_each=False, new_units=False)  # and no harder layout


def test_batch16_truth_is_self_consistent(tmp_path):
    truth = BATCH.truth_is_self_consistent(points=(3, 15), nobody=ANONYMOUS)
    assert all(f["title"] and f["department"] for f in truth["forms"])  # its post and 科室


def test_batch16_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, min_levels=3)


def test_batch16_repeated_name_is_one_holder():
    name = "fgj_keshi_repeated_name"
    rows = BATCH.numbered(name)
    merged_cols = {c0 for (r0, c0, r1, c1) in BATCH.sheet(name)["merges"] if r1 > r0}
    assert merged_cols == {1}  # only the 科室 is merged
    assert all(row[3] for row in rows)  # the name stands on every row
    expected = [(f["title"], f["person"]) for f in BY_NAME[name]["truth"] for _ in f["risks"]]
    assert [(row[2], row[3]) for row in rows] == expected


def test_batch16_personal_sheets_hold_name_and_post_fields():
    lay = BY_NAME["zjj_personal_sheets"]
    assert len(lay["truth"]) == len(lay["sheets"]) == 2
    for k, form in enumerate(lay["truth"]):
        assert lay["sheets"][k]["name"] == f"防控表{k + 1}" != form["person"]
        rows = BATCH.rows(lay["name"], k)
        fields = {row[i]: row[i + 1] for row in rows[1:3] for i in (0, 2)}
        assert fields["姓名"] == form["person"] and fields["现任职务"] == form["title"]
        assert fields["科室"] == form["department"]
        numbered = BATCH.numbered(lay["name"], k)
        assert [row[1] for row in numbered] == [r["risk_point"] for r in form["risks"]]
        assert [ORDINAL[row[2]] for row in numbered] == [r["level"] for r in form["risks"]]


def test_batch16_section_rows_name_the_keshi():
    name = "street_section_rows"
    dept, seen = None, []
    for row in BATCH.rows(name)[2:]:
        if isinstance(row[0], str) and row[1] is None:
            dept = row[0].split("、", 1)[1]
        elif isinstance(row[0], int):
            seen.append((dept, row[1], row[2]))
    expected = [(f["department"], f["title"], f["person"]) for f in BY_NAME[name]["truth"]
                for _ in f["risks"]]  # fmt: skip
    assert seen == expected


def test_batch16_leaders_and_stars():
    name = "market_leaders_stars"
    forms = BY_NAME[name]["truth"]
    assert {f["department"] for f in forms} == {"领导班子"} and {f["tier"] for f in forms} == {
        "leader"
    }
    rows = BATCH.numbered(name)
    assert [STARS[row[5]] for row in rows] == [r["level"] for r in BATCH.points(name)]


def test_batch16_one_line_holder():
    name = "market_station_card_oneline"
    form = BY_NAME[name]["truth"][0]
    line = BATCH.rows(name)[1][0]
    assert f"姓名:{form['person']}" in line and f"职务:{form['title']}" in line
    assert f"所在单位:{form['department']}" in line


def test_sixteenth_batch_is_read(tmp_path):
    BATCH.is_read(tmp_path)
