"""The seven-hundred-and-twenty-seventh batch of published layouts (tests/published/batch727.py).

These tests check only that the truth is consistent with the sheets; how well the reader does is
measured by score.py, not asserted here.

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
