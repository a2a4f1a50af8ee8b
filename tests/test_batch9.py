"""The ninth batch of published layouts (tests/published/batch9.py): everyday tables and two
harder ones (``python tests/published/score.py --set batch9``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here.

First measured untuned with main at 12a4d30: forms 0.839, recall 0.812, precision 0.812, levels
1.000 (8 of 10 layouts perfect). It then taught: several header fields in one merged line
(`所在单位:…财政所   姓名:…   岗位:…`, the 科室 read from the unit's name), a post and its holder
as `科长:焦建军`, and a `中队长审核:` line as a sign-off. Now 1.00.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch9 import LAYOUTS, build
from published.checks import Batch

BATCH = Batch(9, LAYOUTS, build)
BY_NAME = BATCH.by_name
HARDER = {"post_and_name_cell", "fund_two_row_groups"}
NO_HOLDER = {"settlement_duty_list"}  # 对岗不对人: posts only


def test_batch9_is_apart_from_the_earlier_batches():
    BATCH.is_apart(
        count=(10, None),
        harder=HARDER,
        max_harder=len(HARDER),
        one_unit_each=False,
        new_units=False,
    )


def test_batch9_truth_is_self_consistent(tmp_path):
    BATCH.truth_is_self_consistent(
        points=(3, 25),
        nobody=NO_HOLDER,
        known_by=("department", "title"),
        # leaders sit in 领导班子 (DESIGN §2a), named or not
        unnamed=lambda f, field: field == "department" and f["tier"] == "leader",
    )


def test_batch9_levels_and_types():
    BATCH.levels_and_types(typed={"medicare_unit_check", "audit_staff_sheets"})


def test_batch9_one_form_per_sheet_and_per_card():
    for name in ("school_leader_sheets", "audit_staff_sheets"):
        lay = BY_NAME[name]
        assert [f["sheet"] for f in lay["truth"]] == [s["name"] for s in lay["sheets"]]
        assert [f["person"] for f in lay["truth"]] == [s["name"] for s in lay["sheets"]]
    for name in ("chengguan_card", "fiscal_cashier_selfcheck"):
        assert len(BY_NAME[name]["truth"]) == 1, name


def test_batch9_post_and_name_in_one_cell():
    lay = BY_NAME["post_and_name_cell"]
    cells = {row[2] for row in lay["sheets"][0]["rows"] if len(row) > 2 and row[2]}
    for f in lay["truth"]:
        assert f"{f['title']}:{f['person']}" in cells


def test_batch9_posts_without_holders():
    forms = BY_NAME["settlement_duty_list"]["truth"]
    assert {f["department"] for f in forms} == {"财务结算中心"}
    assert [f["title"] for f in forms] == ["中心主任", "会计", "出纳"]


def test_ninth_batch_is_read(tmp_path):
    BATCH.is_read(tmp_path)
