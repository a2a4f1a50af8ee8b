"""The eight-hundred-and-eleventh batch of published layouts (tests/published/batch811.py): seven
ordinary files as the ecology and environment bodies of one county (花垣县) really send them — the
环境监测站's 一览表 with ``一级/二级/三级``, the 执法大队's 排查表 对岗不对人 with 高/中/低, the 固体废物管理站's
防控卡 with ``★★★/★★/★``, the 环境影响评价服务中心's 自查表 with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 辐射安全管理站's 清单
under group rows, the 生态环境事务中心's two-sheet 一览表 with ``高风险/中风险/低风险``, a 镇 station's 登记表 —
and one harder: the 生态环境分局's 排查表 with no level column, each row's level given by its risk TYPE
through a closing ``注：`` line (``python tests/published/score.py --set batch811``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; no test here reads the batch.

Measured ONCE, untuned, with main's reader at 91d8c8db (/work/snap44; this worktree branched from dev
at 75b5d5e7): TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.854 types=1.000 noise=0 (forms
22/22, points 41/41, levels 35/41); with --strict the same: TOTAL forms=1.000 recall=1.000
precision=1.000 levels=0.854 types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies. The
seven ordinary layouts read in full (forms, points, levels and types all 1.00, noise 0).

Missed, all in the harder ``huayuan_eco_bureau_level_by_type_note.xlsx`` (sheet 排查表; forms 4/4,
points 6/6, types 6/6, levels 0/6): the reader found the four holders (局长 鄂翯珣, 副局长 殳泓翊, 股长
鄂玹珲, 股员 殳璟翾, 科室 from B3:B8), every point (E3–E8) and its type (F3–F8), but left every level
blank (risks.csv risk_level empty; six LEVEL_BLANK errors at E3–E8 “风险级别未填写”; posts.csv
n_level_1/2/3 all 0, computed grade C) and did not use the closing ``注：风险等级按风险类型确定：制度机制
风险、业务流程风险为一级风险；岗位职责风险为二级风险；思想道德风险、外部环境风险为三级风险。`` (A10), where
the truth has E3 1, E4 3, E5 3, E6 2, E7 1, E8 3. Kind: a list with no level column whose note grades
each point by its risk TYPE (type → level) is read without levels — the note's type-keyed grading is
not applied to the type column, though the points, types and holders are all read.

Unscored besides: the reader names the unit from the title with its 州 prefix
(``湘西州生态环境局花垣县生态环境分局``); the forms still match.

Not generalised in the stop that measured it (left for the next): levels given by a note keyed by the
row's risk type.

Generalised after this measurement: a note grading the risk types (`制度机制风险…为一级风险`) gives each point its type's level when no level is written (`LEVEL_BY_TYPE_NOTE`) (`tests/test_levels_by_type_note.py`). Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch811 import (
    BUREAU,
    BY_TYPE,
    GRADES,
    HIGHS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(811, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"huayuan_eco_bureau_level_by_type_note"}
TYPED = {
    "huayuan_eco_bureau_level_by_type_note",
    "huayuan_enforcement_posts",
    "huayuan_township_station_register",
}
NOBODY = {"huayuan_enforcement_posts"}


def test_batch811_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=811, unit_words=("花垣县",), new_people=True)


def test_batch811_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch811_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch811_every_unit_is_of_huayuan():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("花垣县") for u in units)


def test_batch811_level_by_type_note():
    name = "huayuan_eco_bureau_level_by_type_note"
    table = BATCH.table(name)
    assert len(table) == len(BUREAU)
    assert "风险等级" not in BATCH.filled(name)[BATCH.header(name)]
    levels = [BY_TYPE[types_in(row[5])[0]] for row in table]
    assert levels == [r["level"] for r in BATCH.points(name)]
    assert len(set(levels)) == 3


def test_batch811_is_read(tmp_path):
    BATCH.is_read(tmp_path)
