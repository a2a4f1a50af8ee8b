"""The seven-hundred-and-fifth batch of published layouts (tests/published/batch705.py): seven
ordinary files as the medical insurance and hospital bodies of one banner (喀喇沁旗) really send them,
and one harder: the 第二人民医院's 一览表 whose narrow 科室, 岗位 and 姓名 columns are merged per person and
typed vertically, one character a line (``python tests/published/score.py --set batch705``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 7d95214 (/work/snap26; score.py printed ``reader:
/work/snap26/xlproc/__init__.py``): TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000
types=1.000 noise=0 (forms 30/30, points 49/49); with --strict the same: TOTAL forms=1.000
recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx, no
re-saved copies. All eight layouts read in full (forms, points, levels and types all 1.00, noise
0), the harder ``harqin_second_hospital_vertical_text.xlsx`` too: its 4 forms and 8 points came out
with the vertically typed 科室, 岗位 and 姓名 cells joined into one word each (药剂科, 科长, 衣沅翊), so
the shape, though the README's 读得懂的表 does not describe it, is already read; no misses to note.

Read in full untuned, so nothing was generalised; its reading is asserted since (is_read).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch705 import (
    GRADES,
    HIGHS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    VERTICAL,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(705, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"harqin_second_hospital_vertical_text"}
TYPED = {
    "harqin_medical_security_service_centre_posts",
    "harqin_peoples_hospital_list",
    "harqin_jinshan_health_centre_register",
}
NOBODY = {"harqin_medical_security_service_centre_posts"}


def test_batch705_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=704, unit_words=("喀喇沁",), new_people=True)


def test_batch705_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch705_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch705_every_unit_is_of_harqin():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("喀喇沁旗") for u in units)


def test_batch705_vertical_cells_are_one_word_each():
    name = "harqin_second_hospital_vertical_text"
    table = BATCH.table(name)
    got = []
    for row in table:
        if row[1] is not None:
            dept, post, who = (c.replace("\n", "") for c in row[1:4])
            assert all(len(line) == 1 for c in row[1:4] for line in c.split("\n"))
        got.append((dept, post, who, row[4], HML[row[5]]))
    assert got == BATCH.truth_rows(name)
    assert len(BY_NAME[name]["truth"]) == len(VERTICAL)


def test_batch705_is_read(tmp_path):
    BATCH.is_read(tmp_path)
