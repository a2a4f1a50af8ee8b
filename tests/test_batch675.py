"""The six-hundred-and-seventy-fifth batch of published layouts (tests/published/batch675.py): seven
ordinary files of 扎兰屯市's education bodies and one harder, the 第三中学's 工作事项 list whose holders
stand only in a prose ``责任分工`` cell per 事项 (``…牵头负责；…主任某某具体负责。``).

These tests check only that the truth is consistent with the sheets; no test here reads the batch.

(PYTEST_DONT_REWRITE)
"""

from published.batch675 import GRADES, HIGHS, LAYOUTS, MATTERS, RESAVED, ROMAN, STARS, build
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **HIGHS}
BATCH = Batch(675, LAYOUTS, build, levels=LEVELS)
HARDER = {"zhalantun_third_middle_school_duty_prose"}
TYPED = {
    "zhalantun_education_bureau_list",
    "zhalantun_first_middle_school_posts",
    "zhalantun_vocational_school_register",
}
NOBODY = {"zhalantun_first_middle_school_posts"}


def test_batch675_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=672, unit_words=("扎兰屯市",), new_people=True)


def test_batch675_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch675_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch675_prose_duty_gives_the_holder():
    name = "zhalantun_third_middle_school_duty_prose"
    got, duty = [], None
    for row in BATCH.table(name):
        duty = row[5] or duty
        who = [m for m in MATTERS if m[1] == duty][0][2]
        assert f"{who[0]}{who[1]}{who[2]}具体负责" in duty
        got.append((who[0], who[1], who[2], row[2], HML[row[3]]))
    assert sorted(got) == sorted(BATCH.truth_rows(name))
