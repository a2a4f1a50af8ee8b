"""The six-hundred-and-ninety-first batch of published layouts (tests/published/batch691.py): seven
ordinary files of 开鲁县's 商务 and 农产品市场 bodies and one harder, the 市场运行和消费促进中心's
廉政风险防控分解表 in outline numbering (``1`` 科室, ``1.1`` 岗位　姓名, ``1.1.1`` points).

These tests check only that the truth is consistent with the sheets; how well the reader does is
measured by score.py, not asserted here.

Measured ONCE, untuned, with main's reader at 1c59029 (/work/snap25; this worktree branched from dev
at 27a4d04): TOTAL forms=0.846 recall=0.837 precision=0.720 levels=1.000 types=1.000 noise=0; with
--strict the same: TOTAL forms=0.846 recall=0.837 precision=0.720 levels=1.000 types=1.000 noise=0.
The 8 files: eight .xlsx, no re-saved copies. The seven ordinary layouts read in full (forms, points,
levels and types all 1.00, noise 0).

Missed, all in the harder ``kailu_commerce_bureau_outline.xlsx`` (sheet 分解表; forms 0/4, points 0/7,
precision 0/14): the reader took ``内容`` (B2) as the 风险点 column (COLUMN_GUESSED at B2) and read
every row B3:B16 as a point of ONE holder-less form — the 科室 rows (``中心领导`` B3, ``市场运行股`` B7,
``消费促进股`` B12) and the holder rows (``主任　咸翀翾`` B4, ``股长　怀曌琰`` B8, ``监测员　咸璟翊``
B11, ``股长　怀昶翯`` B13) as seven extra points with LEVEL_BLANK / MEASURES_BLANK errors, and the seven
real points (``1.1.1`` …) with no 科室, post or name; the truth has four holders (主任 咸翀翾 of
中心领导, 股长 怀曌琰 and 监测员 咸璟翊 of 市场运行股, 股长 怀昶翯 of 消费促进股), 7 points. Kind: a
one-column outline whose hierarchy is told only by dotted 编号 (``1`` 科室 / ``1.1`` 岗位　姓名 /
``1.1.1`` point) is read as a flat list, the 科室 and holder rows taken for points and no point
reaching its holder.

Unscored besides: TABLE_NO_TYPE, COLUMN_GUESSED (info).

Not generalised in the stop that measured it (left for the next): outline-numbered rows (1 / 1.1 /
1.1.1) in one 内容 column giving 科室, holder and points by the depth of the number.

Generalised after this measurement: a one-column list whose levels are told by dotted outline numbers (1 科室, 1.1 post name, 1.1.1 points; OUTLINE_NUMBERED info; tests/test_outline_numbered_list.py). Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE)
"""

from published.batch691 import GRADES, HIGHS, LAYOUTS, RESAVED, RISKS, ROMAN, STARS, build
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(691, LAYOUTS, build, levels=LEVELS)
HARDER = {"kailu_commerce_bureau_outline"}
TYPED = {"kailu_grain_station_posts", "kailu_grain_reserve_list"}
NOBODY = {"kailu_grain_station_posts"}


def test_batch691_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=688, unit_words=("开鲁县",), new_people=True)


def test_batch691_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch691_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch691_outline_numbers_give_the_holders():
    name = "kailu_commerce_bureau_outline"
    dept = post = who = None
    got = []
    for row in BATCH.filled(name):
        code = row[0]
        if not isinstance(code, str) or not code[:1].isdigit():
            continue
        depth = code.count(".")
        if depth == 0:
            dept = row[1]
        elif depth == 1:
            post, who = row[1].split("\u3000")
        else:
            got.append((dept, post, who, row[1], HML[row[2]]))
    assert got == BATCH.truth_rows(name)


def test_batch691_is_read(tmp_path):
    BATCH.is_read(tmp_path)
