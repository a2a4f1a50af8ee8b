"""The seven-hundred-and-seventeenth batch of published layouts (tests/published/batch717.py):
seven ordinary files of 逊克县's 矿产 and 地质 bodies and one harder — the 矿业权登记服务中心's
廉政风险防控表 whose holders stand only in rows with just the 防控措施 cell filled, ``站长　鲜于翀淼``,
opening each block (``python tests/published/score.py --set batch717``).

These tests check only that the truth is consistent with the sheets; how well the reader does is
measured by score.py, not asserted here (no test here reads the batch).

Measured ONCE, untuned, with main's reader at f196b7f (/work/snap27): TOTAL forms=1.000
recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0; with --strict the same (forms 23/23,
points 43/43). The 8 files: eight .xlsx, no re-saved copies. All eight layouts read in full,
the harder one too (forms 3/3, points 7/7): the reader already takes a row with only the
防控措施 cell filled (``站长　鲜于翀淼``) as the holder of the rows below it, so this harder shape was
not new to it and the round's harder file is lost. No misses.

``sees=710``, not 712: batch710 and batch711 are not on dev when this branched, and is_apart
requires every earlier module up to ``sees``.

Not generalised in the stop that measured it (nothing to generalise: no miss).

Merged with ``sees=712`` (batches 710 and 711 on dev by then).

(PYTEST_DONT_REWRITE)
"""

from published.batch717 import GRADES, HIGHS, HOLDERS, LAYOUTS, RESAVED, RISKS, ROMAN, STARS, build
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(717, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"xunke_mining_rights_center_holder_rows_right"}
TYPED = {
    "xunke_mineral_station_posts",
    "xunke_qike_office_list",
    "xunke_nonmetal_mine_safety_register",
}
NOBODY = {"xunke_mineral_station_posts"}


def test_batch717_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=712, unit_words=("逊克县",), new_people=True)


def test_batch717_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch717_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch717_every_unit_is_of_xunke():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("逊克县") for u in units)


def test_batch717_holder_rows_give_the_holders():
    name = "xunke_mining_rights_center_holder_rows_right"
    rows = BATCH.filled(name)
    holder, got = None, []
    for row in rows:
        if row[0] is None and row[1] is None and row[2] is None and isinstance(row[3], str):
            holder = row[3].split("\u3000")
        elif isinstance(row[0], int):
            got.append(("", holder[0], holder[1], row[1], HML[row[2]]))
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    assert len(BY_NAME[name]["truth"]) == len(HOLDERS)
