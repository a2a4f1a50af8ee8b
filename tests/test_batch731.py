"""The seven-hundred-and-thirty-first batch of published layouts (tests/published/batch731.py): seven
ordinary files of 孙吴县's education bodies and one harder, the 第一中学's 学期工作日历 (one row a holder,
the columns the stages of the school year, each cell a point ending in its level in brackets).

These tests check only that the truth is consistent with the sheets; how well the reader does is
measured by score.py, not asserted here (no test here reads the batch).

Measured ONCE, untuned, with main's reader at e51b7b3 (/work/snap29; this worktree branched from
dev at the same commit): TOTAL forms=0.828 recall=0.750 precision=1.000 levels=1.000 types=1.000
noise=0 (forms 24/29, points 39/52); with --strict the same: TOTAL forms=0.828 recall=0.750
precision=1.000 levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies.
The seven ordinary layouts read in full (forms, points, levels and types all 1.00, noise 0).

Missed, all in the harder ``sunwu_first_middle_school_calendar_grid.xlsx`` (sheet 学期工作日历;
forms 0/5, points 0/13, nothing read, so precision is not hurt): the reader found no table at all
(FILE_NO_FORM, "没有“风险点”“风险级别”等表头") — the heading row 3 (``序号 | 处室 | 岗位 | 姓名 |
风险时段及风险点（括号内为风险等级）`` merged E3:H3) over row 4 (the stages ``开学初（2—3月）`` …
``暑期（7—8月）`` in E4:H4) has no column it takes for the point or the level, so the five holder rows
5–9 (B–D: 处室/岗位/姓名, E–H: one point a stage cell ending in ``（一级）``, ``/`` for none) were not
read; the truth has five holders (校长 侴黉翚 3 points, 副校长 麴蘅沚 3, 总务处 主任 侴邃沅 3, 教务处
主任 麴荇泠 2, 政教处 会计 侴蓼汀 2), 13 points, each level the cell's closing bracket. Kind: a grid of
holders down by TIMES of the school year across (neither types nor levels), the point heading merged
over the stage columns and each cell a point with its level in brackets, is not recognised as a
table, so the whole file is dropped.

Not generalised in the stop that measured it (left for the next): stage/period columns under a
merged 风险点 heading, each cell one point with a bracketed level.

Generalised after this measurement: holders down × times of the year across (school stages, months, quarters, 汛期) under one merged heading naming 风险点, each cell's lines points ending in their bracketed level, are read as the holder's points (YEAR_TIME_GRID; tests/test_year_time_grid.py). Read 1.00 since, --strict too.

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


def test_batch731_is_read(tmp_path):
    BATCH.is_read(tmp_path)
