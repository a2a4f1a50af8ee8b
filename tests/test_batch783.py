"""The seven-hundred-and-eighty-third batch of published layouts (tests/published/batch783.py).

MEASUREMENT

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch783 import (
    ARB_ROWS,
    GRADES,
    HIGHS,
    LAYOUTS,
    PANELS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(783, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"lingqiu_arbitration_court_panels"}
TYPED = {"lingqiu_social_insurance_center_list", "lingqiu_pension_center_every_row"}
NOBODY = {"lingqiu_labor_inspection_posts"}


def test_batch783_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=781, unit_words=("灵丘县",), new_people=True)


def test_batch783_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 14))
    assert RESAVED == ()


def test_batch783_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch783_every_unit_is_of_lingqiu():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("灵丘县") for u in units)


def test_batch783_prose_line_gives_the_holders():
    name = "lingqiu_arbitration_court_panels"
    rows = BATCH.filled(name)
    note = next(r[0] for r in rows if isinstance(r[0], str) and r[0].startswith("说明："))
    who_of = {}
    for panel, roles in PANELS:
        for role, who in roles:
            assert f"{role}{who}" in note and panel in note
            who_of[(panel, role)] = who
    # no name stands in the table itself
    for row in BATCH.table(name):
        assert not any(isinstance(v, str) and v in who_of.values() for v in row)
    got = [
        (panel, role, who_of[(panel, role)], point, GRADES[lv])
        for panel, role, point, lv, _ in ARB_ROWS
    ]
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    # the same roles in two 庭 are different people
    assert len({who for roles in (r for _, r in PANELS) for _, who in roles}) == 5
