"""The six-hundred-and-eighty-first batch of published layouts (tests/published/batch681.py): seven
ordinary files as the market supervision bodies of one banner (新巴尔虎右旗) really send them, and one
harder: the 宝格德乌拉市场监管所's 登记表, one row a holder's point, a shared point written once and the
other holders' rows writing ``〃`` in 廉政风险点/风险等级/防控措施
(``python tests/published/score.py --set batch681``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 8a4ec59 (/work/snap24): TOTAL forms=1.000
recall=0.904 precision=0.940 levels=1.000 types=1.000 noise=0; with --strict the same: TOTAL
forms=1.000 recall=0.904 precision=0.940 levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx,
no re-saved copies. The seven ordinary layouts read in full (forms, points, levels and types 1.00,
noise 0).

Missed, all in the harder ``xinyou_bayan_ditto_rows.xlsx`` (sheet 风险点; forms 4/4, points 5/10,
precision 5/8, noise 0): the five ditto rows D4, D5, D7, D9 and D11 (廉政风险点 ``〃``, with ``〃`` in
E and F too) came out as five points whose text is ``〃`` (risks.csv: two for 副所长 暨沨琂, two for
执法员 厍澪珉, one for 执法员 暨昳岍), where the truth gives those holders the point written in the
nearest row above (D3 ``特种设备监督检查走过场…`` for 暨沨琂 and 厍澪珉, D6 ``行政处罚自由裁量不规范…`` for
暨沨琂, D8 ``食品经营许可现场核查把关不严`` for 厍澪珉, D10 ``接受被检查商户宴请、红包`` for 暨昳岍) with that
row's level; the ``注：`` line saying ``〃`` repeats the row above was not used. Kind: the ditto mark
``〃`` standing for the cell above is read literally as a point's text (as ``同上`` is not), so a point
shared by several holders reaches only its first holder. (Not scored: the reader made the 所 the 科室
of 新巴尔虎右旗市场监督管理局 and the 所长/副所长 中层岗位; the truth keeps the 所 a unit of its own.)

Not generalised in the stop that measured it.

Generalised after this measurement: a point several holders share written once, the others writing a ditto mark (〃, 同上, ＂) in its 风险点 cell: each such row holds the point of the row above (tests/test_ditto_marks_for_points.py). Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch681 import (
    DITTO,
    DITTO_ROWS,
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
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(681, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"xinyou_bayan_ditto_rows"}
TYPED = {
    "xinyou_hulun_office_posts",
    "xinyou_aletan_office_list",
    "xinyou_inspection_center_register",
}
NOBODY = {"xinyou_hulun_office_posts"}


def test_batch681_is_apart_from_the_earlier_batches():
    BATCH.is_apart(
        count=(8, 9), harder=HARDER, sees=680, unit_words=("新巴尔虎右旗",), new_people=True
    )


def test_batch681_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch681_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch681_every_unit_is_of_xinbaerhuyou():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("新巴尔虎右旗") for u in units)


def test_batch681_ditto_rows_repeat_the_point_above():
    name = "xinyou_bayan_ditto_rows"
    got, last = [], None
    for row in BATCH.table(name):
        if row[3] != DITTO:
            last = (row[3], HML[row[4]])
        else:
            assert row[4] == DITTO and row[5] == DITTO
        got.append(("", row[1], row[2], *last))
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    assert sum(r[3] == DITTO for r in DITTO_ROWS) >= 4


def test_batch681_plain_tables_by_heading():
    name = "xinyou_aletan_office_list"
    heads = {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name)
    name = "xinyou_inspection_center_register"
    heads = {"dept": "处室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name)


def test_batch681_is_read(tmp_path):
    BATCH.is_read(tmp_path)
