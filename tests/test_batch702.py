"""The seven-hundred-and-second batch of published layouts (tests/published/batch702.py).

Measurement: see below.
"""

from published.batch702 import GRADES, HIGHS, LAYOUTS, RESAVED, RISKS, ROMAN, STARS, build
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(702, LAYOUTS, build, levels=LEVELS)
HARDER = {"linxi_bureau_rooms"}
NOBODY = {"linxi_vocational_school_posts"}


def test_batch702_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=696, unit_words=("林西县",), new_people=True)


def test_batch702_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()
