"""The one-thousand-and-twenty-third batch of published layouts (tests/published/batch1023.py): seven
ordinary files as the 乡镇, 村, 卫健, 文旅, 民政, 退役军人 and 纪念馆 bodies of one county (息烽县) send
them — the 温泉镇人民政府's 清单 under group rows, the 阳朗村's 清单 with ``职务 | 姓名`` on every row,
the 卫生健康局's 一览表, the 文化广电旅游局's 责任清单, the 民政局's 清单 对岗不对人, the 退役军人事务局's
排查表 with ``风险点 | 风险表现``, the 纪念馆's 自查表 one sheet a person — and one harder: the 住建局's
一览表 grouped by 环节 ROWS (``一、受理环节`` merged across, point and measures empty) that give the
LEVEL of the points under them ALONE in the table's own 风险等级 cell, the points' level cells blank
(``python tests/published/score.py --set batch1023``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here.

Measured ONCE, untuned, with the reader at 06718d4b (r6base; this worktree branched from that
commit, xlproc/ untouched), after these tests passed (but ``is_read``): TOTAL forms=1.000
recall=1.000 precision=1.000 levels=0.833 types=1.000 noise=3 (forms 27/27, points 42/42,
precision 42/42, levels 35/42, types 42/42 — levels and types are scored on the points found
only); with --strict the same. The 8 files: eight .xlsx, no re-saved copies. All seven ordinary
layouts read in full (forms, points, levels and types all 1.00, noise 0, --strict too) — the
温泉镇's group rows ``二、党政办``, ``三、旅游服务中心`` as 科室 of the 镇, the 村's ``职务 | 姓名`` on
every row, the 民政局's posts with no names, the 退役军人事务局's short ``风险点`` beside
``风险表现``, the 纪念馆's sheets a person, as the truth has them.

Missed, all in the harder ``xifeng_housing_bureau_stage_rows_level_cell.xlsx`` (forms 6/6, points
7/7, precision 7/7, levels 0/7, types 7/7, noise 3): every point came out with NO LEVEL and an
error LEVEL_BLANK at its level cell (F4, F5, F7, F8, F9, F11, F12), and no stage; the three 环节
rows (``一、受理环节`` merged across A:E, ``三级`` alone in F) were reported as POINT_BLANK (B3, B6,
B10) — their level dropped. Kind: a 环节 ROW — the stage named in one cell (or merged across the
number, point and holder cells), the point and measures cells empty — whose LEVEL stands ALONE in
another cell of the row, the table's own level column, over points whose level cells are blank;
the reader knows 环节 rows whose stage cell ends with the level in a table with no level column
(LEVEL_BY_STAGE_ROWS, batch1020), not the level in a cell of its own. A general fix would read
such rows, where the points under them leave the level column blank, as the stage and level of
the points under them (to the next 环节 row), and not report them as points.

Generalised after this measurement: in a table with a level column, a 环节 row — one cell naming a
stage (``一、受理环节``, ``（二）评审阶段``, ``1.申报环节``; its number off; merged across the number,
point and holder cells or not), the level ALONE in the row's level cell (``三级``, ``高``, ``Ⅱ级``),
nothing else but its holder's cells, the point under it leaving its level cell blank — is no
point: it gives its stage and level to the points under it, to the next 环节 row, across holders
(a point writing its own level keeps it; info LEVEL_ALONE_ON_STAGE_ROWS at the first such row's
level cell: here 一览表!F3, 3 rows, 7 points); behind the one-test gate ``grid.lacks("环节",
"阶段")``; a group row naming no stage, a stage row writing measures too, or points writing their
own levels read as before; tests/test_level_alone_on_stage_rows.py (a 县交通运输局's unmerged
``（一）立项阶段`` rows with 高/中/低, a 县医疗保障局's ``1.申报环节`` merged across with holders merged
down, and the near-misses). Read 1.00 since (forms 27/27, points 42/42, precision 42/42, levels
42/42, types 42/42, noise 0), --strict too; batches 983, 915, 977, 1015–1020 and 1022 (stage
cells and rows with levels, level sub-rows) unchanged at 1.00, --strict.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch1023 import (
    GRADES,
    HIGHS,
    HOUSING,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **RISKS, **HIGHS}
BATCH = Batch(1023, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"xifeng_housing_bureau_stage_rows_level_cell"}
TYPED = {
    "xifeng_health_bureau_list",
    "xifeng_tourism_bureau_duty_list",
    "xifeng_civil_affairs_posts",
}
NOBODY = {"xifeng_civil_affairs_posts"}
SURNAMES = ("是楼", "叱利")


def test_batch1023_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=1022, unit_words=("息烽县",), new_people=True)


def test_batch1023_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 16), fields_in="file")
    assert RESAVED == ()


def test_batch1023_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch1023_every_unit_is_of_xifeng():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("息烽县") for u in units)


def test_batch1023_people_are_of_two_rare_surnames():
    people = {f["person"] for lay in LAYOUTS for f in lay["truth"]} - {""}
    assert people and all(p.startswith(SURNAMES) for p in people)
    assert {p[:2] for p in people} == set(SURNAMES)


def test_batch1023_level_is_the_stage_rows_level_cell():
    name = "xifeng_housing_bureau_stage_rows_level_cell"
    rows = BATCH.filled(name)
    h = next(r for r, row in enumerate(rows) if row and row[0] == "序号")
    assert rows[h] == [
        "序号",
        "廉政风险点",
        "责任科室",
        "责任岗位",
        "责任人",
        "风险等级",
        "防控措施",
    ]
    got, level, stages = [], None, 0
    for row in rows[h + 1 :]:
        if isinstance(row[0], str) and row[0].endswith("环节"):
            assert row[1:5] == [row[0]] * 4 and row[6] is None  # merged across: no point, holder
            assert row[5] in GRADES  # the level alone, in the level column
            level, stages = GRADES[row[5]], stages + 1
        elif isinstance(row[0], int):
            assert row[5] is None and row[1] and row[6]  # a point: no level of its own
            got.append((row[2], row[3], row[4], row[1], level))
    assert got == BATCH.truth_rows(name)
    assert stages == len(HOUSING) and len(got) > stages
    assert {lv for *_, lv in got} == {1, 2, 3}


def test_batch1023_plain_tables_by_heading():
    cases = [
        ("xifeng_health_bureau_list",
         {"dept": "股室", "post": "职务", "person": "姓名", "point": "廉政风险点"}),
        ("xifeng_tourism_bureau_duty_list",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}),
        ("xifeng_civil_affairs_posts", {"dept": "科室", "post": "岗位", "point": "廉政风险点"}),
        ("xifeng_veterans_screening",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}),
        ("xifeng_yanglang_village_list", {"post": "职务", "person": "姓名", "point": "风险点"}),
    ]  # fmt: skip
    for name, heads in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name


def test_batch1023_group_rows_give_the_department():
    name = "xifeng_wenquan_town_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], HML[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch1023_one_sheet_a_person():
    name = "xifeng_memorial_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "职　务", "填表日期"]
        assert rows[2][:2] == [f["person"], f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch1023_is_read(tmp_path):
    BATCH.is_read(tmp_path)
