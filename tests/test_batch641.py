"""The six-hundred-and-forty-first batch of published layouts (tests/published/batch641.py): seven
ordinary files as the 乡村振兴 bodies of 清水河县 send them, and one harder: the 乡村振兴局's
班子成员 “一岗双责” 廉政风险点表 with two point bands by scope (本人岗位 | 分管领域) side by side
(``python tests/published/score.py --set batch641``).

These tests check only that the truth is consistent with the sheets; how well the reader does is
measured by score.py, not asserted here (no test here reads the batch).

MEASUREMENT

(PYTEST_DONT_REWRITE)
"""

from published.batch641 import BANDS, GRADES, HIGHS, LAYOUTS, RESAVED, RISKS, ROMAN, STARS, build
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(641, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"qingshuihe_rural_bureau_two_bands"}
TYPED = {
    "qingshuihe_resettlement_station_posts",
    "qingshuihe_monitoring_centre_list",
    "qingshuihe_project_office_register",
}
NOBODY = {"qingshuihe_resettlement_station_posts"}


def test_batch641_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=638, unit_words=("清水河县",), new_people=True)


def test_batch641_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch641_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch641_every_unit_is_of_qingshuihe():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("清水河县") for u in units)


def test_batch641_both_bands_are_the_leaders():
    name = "qingshuihe_rural_bureau_two_bands"
    got = []
    for row in BATCH.table(name):
        for c in (4, 6):
            if row[c]:
                got.append(("", row[2], row[1], row[c], HML[row[c + 1]]))
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    assert all(own and led for *_, own, led, _m in BANDS)
    assert any(len(own) != len(led) for *_, own, led, _m in BANDS)
