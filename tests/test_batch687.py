"""The six-hundred-and-eighty-seventh batch of published layouts (tests/published/batch687.py): seven
ordinary files of 扎赉特旗's agriculture and seed bodies and one harder, the 种子管理站's 清单 whose
holders stand only at the end of each 防控措施 cell (``（落实责任人：站长　…）``).

These tests check only the truth; no test reads the batch.

Measured ONCE, untuned, with main's reader at 8a4ec59 (/work/snap24): TOTAL forms=0.833
recall=0.818 precision=0.818 levels=1.000 types=1.000 noise=0; with --strict the same: TOTAL
forms=0.833 recall=0.818 precision=0.818 levels=1.000 types=1.000 noise=0. The seven ordinary
layouts read in full (forms, points, levels, types all 1.00, noise 0).

Missed, all in the harder ``jalaid_seed_station_holder_in_measures.xlsx`` (sheet 风险清单; forms 0/4,
points 0/8): the reader read the eight rows B4–B11 as the points of ONE form of the unit with no
post and no holder (posts.csv F00001), the levels right, and kept the closing
``（落实责任人：站长　邴翯湉）`` brackets inside the measures (D4–D11), where the truth has four holders,
站长 邴翯湉 (B4, B5, B10), 检验员 楮沄玥 (B6, B7), 执法员 邴珩澍 (B8, B9) and 会计 楮岚澈 (B11). Kind: a list
with no holder column whose holder is written in a labelled bracket closing each MEASURES cell is
read as one holder-less form, the bracket left in the measures.

Not generalised in the stop that measured it.

Generalised after this measurement: a holder written post and name in a labelled bracket closing each measures cell (（落实责任人：站长　某某）); 楮 a surname (tests/test_holder_in_measures_bracket.py). Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE)
"""

from published.batch687 import GRADES, HIGHS, LAYOUTS, RESAVED, ROMAN, SEED, STARS, build
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **HIGHS}
BATCH = Batch(687, LAYOUTS, build, levels=LEVELS)
HARDER = {"jalaid_seed_station_holder_in_measures"}
TYPED = {"jalaid_extension_posts", "jalaid_machinery_station_register"}
NOBODY = {"jalaid_extension_posts"}


def test_batch687_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=680, unit_words=("扎赉特旗",), new_people=True)


def test_batch687_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch687_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch687_holder_closes_the_measures():
    name = "jalaid_seed_station_holder_in_measures"
    table = BATCH.table(name)
    assert len(table) == len(SEED)
    got = []
    for row in table:
        post, who = row[3].rsplit("（落实责任人：", 1)[1].rstrip("）").split("\u3000")
        got.append(("", post, who, row[1], GRADES[row[2]]))
    assert sorted(got) == sorted(BATCH.truth_rows(name))


def test_batch687_is_read(tmp_path):
    BATCH.is_read(tmp_path)
