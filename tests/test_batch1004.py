"""The one-thousand-and-fourth batch of published layouts (tests/published/batch1004.py): seven
ordinary files as the 民政, 林业, 交通 and 乡村 bodies of one county (天柱县) send them — the 林业局's
一览表, the 白市镇人民政府's 清单 under group rows, the 三门塘村's 清单 with ``职务 | 姓名`` on every row,
the 油茶产业发展中心's 排查表 with ``风险点 | 风险表现``, the 文物管理所's 自查表 one sheet a person, the
交通运输局's 清单 对岗不对人, the 供销合作社联合社's 责任清单 — and one harder: the 民政局's 一览表 with a
STATISTICS BLOCK under it on the same sheet (a caption ``风险点统计``, a row ``风险等级 | 一级 | 二级 |
三级 | 合计`` in the list's columns over a row ``数量（个） | 2 | 3 | 1 | 6``)
(``python tests/published/score.py --set batch1004``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here.

Measured ONCE, untuned, with main's reader at 278c84a8 (this worktree branched from that commit,
xlproc/ untouched), after these tests passed (but ``is_read``): TOTAL forms=1.000 recall=1.000
precision=0.953 levels=1.000 types=1.000 noise=2 (forms 24/24, points 41/41, precision 41/43, levels
41/41, types 41/41 — levels and types are scored on the points found only); with --strict the same.
The 8 files: eight .xlsx, no re-saved copies. All seven ordinary layouts read in full (forms,
points, levels and types all 1.00, noise 0, --strict too) — the 林业局's merged 股室 and people, the
白市镇's group rows ``二、农业服务中心``, ``三、民政办`` as 科室 of the 镇, the 村's ``职务 | 姓名`` on every
row, the 中心's short ``风险点`` beside its long ``风险表现``, the 所's self-checks one sheet a person,
the 交通运输局's posts with no names, the 供销社's short types.

Missed, all in the harder ``tianzhu_civil_affairs_list_with_count_block.xlsx`` (forms 3/3, points
6/6, precision 6/8, noise 2): the six points were read, and so were the two rows of the statistics
block under them, as two more points of the last person (社会事务股 科员 贺拔湉璐): 一览表!A11:E11
``风险等级 | 一级 | 二级 | 三级 | 合计`` as a point ``合计`` (its ``一级``, ``二级``, ``三级`` taken as 股室,
职务 and 姓名 of a row of the list) and A12:E12 ``数量（个） | 2 | 3 | 1 | 6`` as a point ``6``, with
LEVEL_BLANK, TYPE_BLANK and MEASURES_BLANK at G11, F11, H11, G12, F12, H12; the caption
``风险点统计`` (merged A10:E10) was taken as a spacer. The block is not seen as a table of its own:
docs/layouts.md's 小表 under a list is a count PER 股室 (``股室 | 高 | 中 | 低 | 合计``, which the probe
read right: the list ended at its header, TABLE_OTHER), not a block whose levels stand ACROSS in
one label row over one row of counts. A probe before building (the same block with and without the
blank row or the caption, and shifted one column right) showed the same: its rows read as points.
Kind: a statistics block under a list on the same sheet, counting the list's points by level with
the level words across one row (``风险等级 | 一级 | 二级 | 三级 | 合计``) over a row (or rows) of
counts, is read as risk points of the list's last person; a general fix would end the list at such
a row (a label and the level words of the list, a ``合计``, and numbers only under them) and set the
block aside with a note.

Generalised after this measurement: a statistics block under a list on the same sheet that
counts its points by level with the levels across one row — ``风险等级 | 一级 | 二级 | 三级 | 合计``
(``风险级别 | 高 | 中 | 低 | 小计``, ``等级 | Ⅰ级 | Ⅱ级 | Ⅲ级 | 总计``) over rows of counts or shares
(``数量（个）``, ``占比 | 25% | …``), right under the rows or after a blank row, under a caption merged
across or alone in any column, in the list's columns or shifted right — ends the list, its rows no
points, said once (info COUNT_BLOCK_BY_LEVEL at its heading row: here 一览表!A11, "风险等级 一级 二级
三级 合计"); a sign-off line under the counts ends the block. The test is the existing small-table
check under a list (``_small_table_shape`` in xlproc/locate_preamble.py, after its cheap tests: short
cells, a level heading first), and a one-cell caption over such a block (xlproc/locate_body.py);
tests/test_count_block_by_level.py. A table of what each level means under a list and a count per
股室 (TABLE_OTHER) read as before. Read 1.00 since (forms 24/24, points 41/41, precision 41/41,
levels 41/41, types 41/41, noise 0; --strict the same); batch983 and the batches with small tables
or 合计 rows under their lists 980, 981, 968, 956, 883, 650 and 406 score the same (1.00), --strict.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch1004 import (
    CIVIL,
    COUNT_CAPTION,
    COUNT_HEAD,
    COUNT_ROW,
    GRADES,
    HIGHS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **RISKS, **HIGHS}
BATCH = Batch(1004, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"tianzhu_civil_affairs_list_with_count_block"}
TYPED = {
    "tianzhu_civil_affairs_list_with_count_block",
    "tianzhu_forestry_bureau_list",
    "tianzhu_transport_bureau_posts",
    "tianzhu_supply_coop_duty_list",
}
NOBODY = {"tianzhu_transport_bureau_posts"}
SURNAMES = ("贺拔", "侯骨")


def test_batch1004_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=998, unit_words=("天柱县",), new_people=True)


def test_batch1004_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 16))
    assert RESAVED == ()


def test_batch1004_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch1004_every_unit_is_of_tianzhu():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("天柱县") for u in units)


def test_batch1004_people_are_of_two_rare_surnames():
    people = {f["person"] for lay in LAYOUTS for f in lay["truth"]} - {""}
    assert people and all(p.startswith(SURNAMES) for p in people)
    assert {p[:2] for p in people} == set(SURNAMES)


def test_batch1004_count_block_under_the_list_counts_its_points():
    name = "tianzhu_civil_affairs_list_with_count_block"
    sheet = BY_NAME[name]["sheets"][0]
    rows, merges = sheet["rows"], set(sheet["merges"])
    cap = next(r for r, row in enumerate(rows) if row[0] == COUNT_CAPTION)
    assert (cap, 0, cap, 4) in merges
    assert all(v is None for v in rows[cap - 1])  # a blank row between the list and the block
    assert tuple(rows[cap + 1][:5]) == COUNT_HEAD and tuple(rows[cap + 2][:5]) == COUNT_ROW
    # the block's level words stand in the list's 股室, 职务 and 姓名 columns
    head = rows[1]
    assert [head[c] for c in (1, 2, 3)] == ["股室", "职务", "姓名"]
    # its counts are the list's, by level, and its total the number of points
    truth = BATCH.truth_rows(name)
    levels = [row[-1] for row in truth]
    assert list(COUNT_ROW[1:4]) == [levels.count(k) for k in (1, 2, 3)]
    assert COUNT_ROW[4] == len(truth) == len(CIVIL)
    assert truth == BATCH.by_heading(
        name, {"dept": "股室", "post": "职务", "person": "姓名", "point": "廉政风险点"}
    )


def test_batch1004_plain_tables_by_heading():
    cases = [
        ("tianzhu_forestry_bureau_list",
         {"dept": "股室", "post": "职务", "person": "姓名", "point": "廉政风险点"}),
        ("tianzhu_supply_coop_duty_list",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}),
        ("tianzhu_transport_bureau_posts", {"dept": "科室", "post": "岗位", "point": "廉政风险点"}),
        ("tianzhu_oil_tea_center_screening",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}),
        ("tianzhu_sanmentang_village_list", {"post": "职务", "person": "姓名", "point": "风险点"}),
    ]  # fmt: skip
    for name, heads in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name


def test_batch1004_group_rows_give_the_department():
    name = "tianzhu_baishi_town_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch1004_one_sheet_a_person():
    name = "tianzhu_relics_office_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "职　务", "自查日期"]
        assert rows[2][:2] == [f["person"], f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch1004_is_read(tmp_path):
    BATCH.is_read(tmp_path)
