"""The seven-hundred-and-twenty-seventh batch of published layouts (tests/published/batch727.py).

These tests check only that the truth is consistent with the sheets; how well the reader does is
measured by score.py, not asserted here.

Measured ONCE, untuned, with main's reader at e51b7b3 (/work/snap29): TOTAL forms=1.000 recall=1.000
precision=1.000 levels=0.860 types=1.000 noise=0; with --strict the same. The seven ordinary layouts
read in full. Missed: only the levels of the harder ``helong_forest_farm_block_bars.xlsx`` (sheet
评估表, F3:F8, levels 0/6): forms, points and types all right, but none of the six ``■□`` bars got the
level the ``注：`` line folds them to (truth 1, 1, 2, 1, 3, 3). Kind: a level written as a bar of
filled and empty blocks, counted and folded into three grades by a note, is not read as a level.

Not generalised in the stop that measured it.

Generalised after this measurement: a level column of bars of filled and empty marks (■■■■□) folded by a note counting the filled marks (4—5个为一级…) gives each row the note's level for its count (LEVEL_BY_MARK_COUNT; tests/test_levels_as_mark_bars.py). Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE)
"""

from published.batch727 import BARS, GRADES, HIGHS, LAYOUTS, RESAVED, ROMAN, STARS, build
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **HIGHS, **BARS}
BATCH = Batch(727, LAYOUTS, build, levels=LEVELS)
HARDER = {"helong_forest_farm_block_bars"}
TYPED = {"helong_forestry_bureau_list", "helong_pest_station_posts", "helong_workstation_roman"}
NOBODY = {"helong_pest_station_posts"}


def test_batch727_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=726, unit_words=("和龙市",), new_people=True)


def test_batch727_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch727_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch727_is_read(tmp_path):
    BATCH.is_read(tmp_path)
