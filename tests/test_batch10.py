"""The tenth batch of published layouts (tests/published/batch10.py): everyday tables and two
harder ones (``python tests/published/score.py --set batch10``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here.

First measured untuned with the reader at 3b5b99f: forms 0.922, recall 0.879, precision 0.860,
levels 1.000, types 0.912, noise 3 (6 of 12 layouts perfect). Missed: a label row over a value
row (read as side-by-side pairs), heading rows naming post and holder, type ticks under a
风险类型 group, a 领导责任人 sub-column (taken as a second holder), two sign-off lines, and a
岗位类别 column taken for the post beside the real 岗位 column. After generalising on each kind
(tests in test_columns.py with other words), 1.00 on every metric, no noise.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch10 import LAYOUTS, build
from published.checks import Batch
from published.layouts import TYPES

BATCH = Batch(10, LAYOUTS, build)
BY_NAME = BATCH.by_name
HARDER = {"registry_post_heading_rows", "ndrc_type_ticks"}
NO_HOLDER = {  # 对岗不对人: posts only
    "campus_security_keshi",
    "cdc_likelihood_columns",
    "power_plant_dept_sheets",
    "ndrc_type_ticks",
}
TYPED = {"sibao_post_classes", "audit_bureau_typed_rows", "ndrc_type_ticks"}


def _rows(name, sheet=0):
    """The sheet's non-empty rows (spacer rows are written as [])."""
    return [row for row in BY_NAME[name]["sheets"][sheet]["rows"] if row]


def test_batch10_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(10, 12), harder=HARDER, max_harder=len(HARDER), new_units=False)


def test_batch10_truth_is_self_consistent(tmp_path):
    BATCH.truth_is_self_consistent(
        points=(3, 25), nobody=NO_HOLDER, known_by=("department", "title"), tier_none=True
    )


def test_batch10_levels_and_types():
    BATCH.levels_and_types(typed=TYPED)
    # a point with two types somewhere in each typed layout
    for name in TYPED:
        assert any(len(r["types"]) == 2 for r in BATCH.points(name)), name


def test_batch10_one_form_per_sheet_and_per_card():
    lay = BY_NAME["registry_stacked_cards"]
    assert [f["sheet"] for f in lay["truth"]] == [s["name"] for s in lay["sheets"]]
    for sheet, form in zip(lay["sheets"], lay["truth"], strict=True):
        stacked = {row[0]: row[1] for row in sheet["rows"][1:5]}
        assert stacked == {"单位名称": form["unit"], "所在科室": form["department"],
                           "岗位": form["title"], "姓名": form["person"]}  # fmt: skip
    assert len(BY_NAME["fujing_label_row_selfcheck"]["truth"]) == 1
    lay = BY_NAME["power_plant_dept_sheets"]
    assert {f["sheet"] for f in lay["truth"]} == {s["name"] for s in lay["sheets"]}
    assert all(f["department"] == f["sheet"] for f in lay["truth"])


def test_batch10_watchers_are_not_holders():
    # 监督人 / 监督主体 / 领导责任人 / 监督责任人 columns never name a truth holder
    for name, col in (("gongdiansuo_star_levels", 8), ("village_cadres_name_first", 8),
                      ("college_logistics_split_holders", 6), ("campus_security_keshi", 7)):  # fmt: skip
        rows = _rows(name)
        first = next(i for i, row in enumerate(rows) if row[0] == 1)
        watchers = {row[col] for row in rows[first:] if len(row) > col and row[col]}
        holders = {f["person"] for f in BY_NAME[name]["truth"]}
        assert watchers and not watchers & holders, name
    for sheet in BY_NAME["registry_stacked_cards"]["sheets"]:
        watchers = {row[4] for row in sheet["rows"] if row and isinstance(row[0], int)}
        assert len(watchers) == 1 and sheet["rows"][4][1] not in next(iter(watchers))


def test_batch10_level_is_not_its_inputs():
    rows = [r for r in _rows("cdc_likelihood_columns") if isinstance(r[0], int)]
    impact = {"严重": 1, "较重": 2, "一般": 3}
    level = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
    assert any(impact[r[6]] != level[r[7]] for r in rows)
    truth = [r["level"] for r in BATCH.points("cdc_likelihood_columns")]
    assert truth == [level[r[7]] for r in rows]


def test_batch10_harder_shapes():
    heading = re.compile(r"^[一二三四]、(.+)\(责任人:(.+)\)$")
    lines = [row[0] for row in _rows("registry_post_heading_rows") if isinstance(row[0], str)]
    named = [heading.match(x).groups() for x in lines if heading.match(x)]
    forms = BY_NAME["registry_post_heading_rows"]["truth"]
    assert named == [(f["title"], f["person"]) for f in forms]
    rows = [r for r in _rows("ndrc_type_ticks") if isinstance(r[0], int)]
    ticked = [[k for k, v in zip(TYPES, r[4:9], strict=True) if v == "√"] for r in rows]
    assert ticked == [r["types"] for r in BATCH.points("ndrc_type_ticks")]


def test_tenth_batch_is_read(tmp_path):
    BATCH.is_read(tmp_path)
