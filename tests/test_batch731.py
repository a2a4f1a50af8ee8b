"""The seven-hundred-and-thirty-first batch of published layouts (tests/published/batch731.py): seven
ordinary files of 孙吴县's education bodies and one harder, the 第一中学's 学期工作日历 (one row a holder,
the columns the stages of the school year, each cell a point ending in its level in brackets).

These tests check only that the truth is consistent with the sheets; how well the reader does is
measured by score.py, not asserted here (no test here reads the batch).

MEASUREMENT

(PYTEST_DONT_REWRITE)
"""

from published.batch731 import (
    CALENDAR,
    GRADES,
    HIGHS,
    LAYOUTS,
    NONE,
    RESAVED,
    RISKS,
    ROMAN,
    STAGES,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(731, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"sunwu_first_middle_school_calendar_grid"}
TYPED = {
    "sunwu_experimental_primary_list",
    "sunwu_vocational_center_posts",
    "sunwu_kindergarten_list",
}
NOBODY = {"sunwu_vocational_center_posts"}


def test_batch731_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=726, unit_words=("孙吴县",), new_people=True)


def test_batch731_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14), whole_points=False)
    assert RESAVED == ()


def test_batch731_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch731_every_unit_is_of_sunwu():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("孙吴县") for u in units)


def test_batch731_stage_cells_give_the_points():
    name = "sunwu_first_middle_school_calendar_grid"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head + 1][4 : 4 + len(STAGES)] == STAGES
    got = []
    for row in rows:
        if isinstance(row[0], int):
            for cell in row[4 : 4 + len(STAGES)]:
                if cell != NONE:
                    point, lv = cell[:-4], cell[-3:-1]
                    got.append((row[1], row[2], row[3], point, GRADES[lv]))
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    assert len(BY_NAME[name]["truth"]) == len(CALENDAR)
