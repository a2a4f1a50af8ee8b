"""The six-hundred-and-ninetieth batch of published layouts (tests/published/batch690.py): seven
ordinary files of 科尔沁区's police and traffic-police bodies and one harder, the 车辆管理所's 清单
whose levels stand only as a segment of each point's risk code (``CGS-DJ-2-04``) spelled out by a
``注：`` line.

These tests check only the truth; no test reads the batch.

Measured ONCE, untuned, with main's reader at 1c59029 (/work/snap25): TOTAL forms=1.000
recall=1.000 precision=1.000 levels=0.787 types=1.000 noise=0; with --strict the same: TOTAL
forms=1.000 recall=1.000 precision=1.000 levels=0.787 types=1.000 noise=0 (forms 25/25, points
47/47, levels 37/47). The seven ordinary layouts read in full (forms, points, levels, types all
1.00, noise 0).

Missed, only the levels of the harder ``horqin_vehicle_office_level_in_code.xlsx`` (sheet 风险清单;
forms 5/5, points 10/10, levels 0/10): the reader read the five holders (所长 宰翛沨, 科长 籍湛瑒, 查验员
宰珝岍, 考试员 籍昉翾, 档案管理员 宰沄瑱) and the ten points E4–E13 right, but left every level blank
(ten ``LEVEL_BLANK`` errors, E4–E13), ignoring the 风险编码 column A4–A13 (``CGS-LD-1-01`` …
``CGS-DA-3-10``) and the ``注：`` line A14 that spells out the 编码规则 (单位代码-科室代码-风险等级代码-顺序号;
代码1为一级、2为二级、3为三级), where the truth has the third segment of each code as the level
(一级 ×4, 二级 ×4, 三级 ×2). Kind: a list with no level column whose level is written only as one
segment of a structured risk identifier, decoded by a 编码规则 note, is read with no levels.

Not generalised in the stop that measured it.

Generalised after this measurement: a level written only as one part of a structured risk code (CGS-LD-1-01) decoded by a note naming the parts (LEVEL_IN_CODE_PART info; tests/test_level_in_code_part.py). Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE)
"""

from published.batch690 import CODED, GRADES, HIGHS, LAYOUTS, RESAVED, ROMAN, STARS, build
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **HIGHS}
BATCH = Batch(690, LAYOUTS, build, levels=LEVELS)
HARDER = {"horqin_vehicle_office_level_in_code"}
TYPED = {"horqin_traffic_brigade_posts", "horqin_public_order_register"}
NOBODY = {"horqin_traffic_brigade_posts"}


def test_batch690_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=688, unit_words=("科尔沁区",), new_people=True)


def test_batch690_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch690_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch690_level_is_the_third_segment_of_the_code():
    name = "horqin_vehicle_office_level_in_code"
    table = [row for row in BATCH.filled(name) if row and str(row[0]).startswith("CGS-")]
    assert len(table) == len(CODED)
    got = [(row[1], row[2], row[3], row[4], int(row[0].split("-")[2])) for row in table]
    assert sorted(got) == sorted(BATCH.truth_rows(name))


def test_batch690_is_read(tmp_path):
    BATCH.is_read(tmp_path)
