"""The seven-hundred-and-tenth batch of published layouts (tests/published/batch710.py): seven
ordinary files as the port and fishery bodies of one border city (抚远市) really send them, and one
harder: the 渔政管理站's 廉政风险点鱼骨图, holders at the far ends of bones above and below a spine,
their points strung along the bones each closing in ``（高）/（中）/（低）``
(``python tests/published/score.py --set batch710``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

``truth_is_self_consistent`` is called with ``whole_points=False``: the harder file's points stand
in their cells with the closing level bracket.

MEASUREMENT

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch710 import BONES, GRADES, HIGHS, LAYOUTS, RESAVED, RISKS, ROMAN, STARS, build
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(710, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"fuyuan_fishery_station_fishbone"}
TYPED = {
    "fuyuan_border_trade_zone_posts",
    "fuyuan_fishery_service_list",
    "fuyuan_nongqiao_checkpoint_register",
}
NOBODY = {"fuyuan_border_trade_zone_posts"}


def test_batch710_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=704, unit_words=("抚远市",), new_people=True)


def test_batch710_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14), whole_points=False)
    assert RESAVED == ()


def test_batch710_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch710_every_unit_is_of_fuyuan():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("抚远市") for u in units)


def test_batch710_fishbone_bones_give_the_holders():
    name = "fuyuan_fishery_station_fishbone"
    rows = BATCH.filled(name)
    cells = [c for row in rows for c in row if isinstance(c, str)]
    got = []
    for _up, post, who, _tier, points in BONES:
        assert f"{post}\u3000{who}" in cells
        for point, lv in points:
            assert f"{point}（{lv}）" in cells
            got.append(("", post, who, point, HML[lv]))
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    assert len(BY_NAME[name]["truth"]) == len(BONES)
