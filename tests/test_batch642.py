"""The six-hundred-and-forty-second batch of published layouts (tests/published/batch642.py): seven
ordinary files as the 人大 and 政协 bodies of one county (武川县) really send them — the
人大常委会办公室's 一览表 with ``一级/二级/三级``, the 政协办公室's 一览表 in two sheets 领导班子/科室 with
高/中/低, the 可可以力更镇人大代表联络站's 防控卡 one sheet a person with ``★★★/★★/★``, the
人大机关服务中心's 排查表 对岗不对人 with ``…风险`` types and ``高风险/中风险/低风险``, the
人大常委会人事代表工作委员会's 清单 under group rows with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 人大常委会预算工作委员会's
自查表 one sheet a person with ``一级风险/二级风险/三级风险``, the 哈乐镇人大主席团's 一览表 with
``部门 | 岗位 | 责任人`` on every row — and one harder: the 政协机关's 廉政风险自评汇总表, one row a
holder, one column a risk point (its text in the heading), each cell the holder's own self-rated
level (``python tests/published/score.py --set batch642``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 45c7801 (/work/snap17; this worktree branched from
dev at the same commit): TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000
noise=0 (forms 27/27, points 50/50, precision 50/50); with --strict the same: TOTAL forms=1.000
recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx, no
re-saved copies. All eight layouts read in full (forms, points, levels and types all 1.00, noise 0),
the harder one included: ``wuchuan_cppcc_organ_self_rating_matrix.xlsx`` (sheet 自评汇总) came out
as its five holders (科室 from the merged B column, 岗位, 姓名 from C and D) with each filled cell of
E–I read as the point in the column's heading row (E4:I4) at the cell's own level, the blank cells
as no point, the ``防控措施`` row as the measures, the ``注：`` and sign-off lines as no points; its
only issue was TABLE_NO_TYPE (info). Kind: none — the transpose of the known holders-as-level-columns
shape (holders down, point texts across, each cell the holder's own level) is already read by this
reader, so this batch's harder file found no misreading.

Unscored besides: the other issues are info only (TABLE_NO_TYPE).

Not generalised in the stop that measured it (nothing missed to generalise).

Read in full untuned, so nothing was generalised; its reading is asserted since (is_read).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch642 import (
    GRADES,
    HIGHS,
    HOLDERS,
    LAYOUTS,
    POINTS,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(642, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"wuchuan_cppcc_organ_self_rating_matrix"}
TYPED = {"wuchuan_npc_service_centre_posts", "wuchuan_hale_presidium_list"}
NOBODY = {"wuchuan_npc_service_centre_posts"}


def test_batch642_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=638, unit_words=("武川县",), new_people=True)


def test_batch642_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))


def test_batch642_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch642_every_unit_is_of_wuchuan():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("武川县") for u in units)


def test_batch642_self_rating_cells_give_the_holders_and_levels():
    name = "wuchuan_cppcc_organ_self_rating_matrix"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    n = len(POINTS)
    assert rows[head][4 : 4 + n] == ["廉政风险点（本人自评风险等级）"] * n
    assert rows[head + 1][4 : 4 + n] == [point for point, _ in POINTS]
    got = []
    for row in rows[head + 2 : head + 2 + len(HOLDERS)]:
        assert isinstance(row[0], int)
        for j in range(n):
            if row[4 + j] is not None:
                got.append((row[1], row[2], row[3], POINTS[j][0], HML[row[4 + j]]))
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    assert rows[head + 2 + len(HOLDERS)][0] == "防控措施"
    assert rows[head + 2 + len(HOLDERS)][4 : 4 + n] == [m for _, m in POINTS]
    # a point of several holders, with different levels for different holders
    for j in range(n):
        levels = {cells[j] for *_, cells in HOLDERS} - {None}
        if len(levels) > 1:
            break
    else:
        raise AssertionError("no point rated differently by two holders")
    assert len(BY_NAME[name]["truth"]) == len(HOLDERS)


def test_batch642_plain_tables_by_heading():
    cases = [
        ("wuchuan_hale_presidium_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("wuchuan_npc_service_centre_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "wuchuan_npc_office_list"
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name)
    name = "wuchuan_cppcc_office_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "领导班子") == BATCH.truth_rows(name, "领导班子")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "科室") == BATCH.truth_rows(name, "科室")


def test_batch642_group_rows_give_the_department():
    name = "wuchuan_npc_personnel_committee_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], ROMAN[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch642_one_sheet_a_person():
    name = "wuchuan_npc_budget_committee_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在科室", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "wuchuan_kekeyiligeng_station_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch642_is_read(tmp_path):
    BATCH.is_read(tmp_path)
