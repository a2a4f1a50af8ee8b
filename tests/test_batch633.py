"""The six-hundred-and-thirty-third batch of published layouts (tests/published/batch633.py): seven
ordinary files as the health supervision and disease-control bodies of one district (九原区, 包头市)
really send them, and one harder: the 卫生健康综合行政执法大队's 风险点清单 with no holder column and,
below it, a 岗位分工及风险点对应表 naming each holder's points by number ranges (``第1至4项``) or ``全部``
(``python tests/published/score.py --set batch633``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 9d47785 (/work/snap16; this worktree branched from dev
at the same commit): TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000
noise=0 (forms 33/33, points 57/57); with --strict the same: TOTAL forms=1.000 recall=1.000
precision=1.000 levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies.
All eight layouts read in full (forms, points, levels and types all 1.00, noise 0), the harder
``jiuyuan_health_enforcement_division_of_labour`` too (forms 4/4, points 14/14): the reader already
resolves a 分工 table under a numbered list whose cells name point numbers as ranges
(``第1至3项``), lists (``第4、5项``) and ``全部`` — so the harder shape, though not found by grepping the
README, is not new to the reader. No misses.

Not generalised in the stop that measured it (nothing to generalise: no misses).

Read in full untuned, so nothing was generalised; its reading is asserted since (is_read).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch633 import (
    DIVISION,
    GRADES,
    HIGHS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    SECTIONS,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(633, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"jiuyuan_health_enforcement_division_of_labour"}
TYPED = {"jiuyuan_cdc_posts", "jiuyuan_saerla_community_list", "jiuyuan_cdc_lab_register"}
NOBODY = {"jiuyuan_cdc_posts"}


def test_batch633_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=632, unit_words=("九原区",), new_people=True)


def test_batch633_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch633_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch633_every_unit_is_of_jiuyuan():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("九原区") for u in units)


def test_batch633_division_table_gives_the_holders():
    name = "jiuyuan_health_enforcement_division_of_labour"
    rows = BATCH.filled(name)
    listed = {r[0]: (r[1], HML[r[2]]) for r in rows if isinstance(r[0], int)}
    assert sorted(listed) == list(range(1, sum(len(p) for _, p in SECTIONS) + 1))
    got = []
    for dept, post, who, _tier, shown, nums in DIVISION:
        assert [dept, post, who, shown] in [r[:4] for r in rows]
        if shown == "全部":
            nums = sorted(listed)
        for k in nums:
            got.append((dept, post, who, *listed[k]))
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    # ranges and lists both used, a point shared by several holders
    assert any("至" in d[4] for d in DIVISION) and any("、" in d[4] for d in DIVISION)


def test_batch633_is_read_not_here():
    assert not hasattr(BATCH, "_read_here")


def test_batch633_is_read(tmp_path):
    BATCH.is_read(tmp_path)
