"""The one-thousand-and-twentieth batch of published layouts (tests/published/batch1020.py): seven
ordinary files as the 乡镇, 村, 教育, 市场监管, 人社, 统计 and 文化馆 bodies of one county (贵定县) send
them — the 盘江镇人民政府's 清单 under group rows, the 音寨村's 清单 with ``职务 | 姓名`` on every row,
the 教育局's 一览表, the 市场监督管理局's 责任清单, the 人力资源和社会保障局's 清单 对岗不对人, the 统计局's
排查表 with ``风险点 | 风险表现``, the 文化馆's 自查表 one sheet a person — and one harder: the 林业局's
一览表 with no level column, each person's points grouped under 环节 ROWS (``造林项目审批——一级风险``,
point and measures empty) whose level the points under them take
(``python tests/published/score.py --set batch1020``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here.

Measured ONCE, untuned, with the reader at bcbea565 (r5base; this worktree branched from that
commit, xlproc/ untouched), after these tests passed (but ``is_read``): TOTAL forms=1.000
recall=1.000 precision=1.000 levels=0.814 types=1.000 noise=1 (forms 25/25, points 43/43,
precision 43/43, levels 35/43, types 43/43 — levels and types are scored on the points found
only); with --strict the same. The 8 files: eight .xlsx, no re-saved copies. All seven ordinary
layouts read in full (forms, points, levels and types all 1.00, noise 0, --strict too) — the
盘江镇's group rows ``二、农业服务中心``, ``三、应急管理办`` as 科室 of the 镇, the 村's ``职务 | 姓名`` on
every row, the 人社局's posts with no names, the 统计局's short ``风险点`` beside ``风险表现``, the
文化馆's sheets a person, as the truth has them.

Missed, all in the harder ``guiding_forestry_bureau_stage_rows_levels.xlsx`` (forms 4/4, points
8/8, precision 8/8, levels 0/8, types 8/8, noise 1): every point came out with NO LEVEL and an
error LEVEL_BLANK at its point cell (F4, F5, F7, F8, F10, F12, F13, F15), and no stage; the 环节
rows (``造林项目审批——一级风险``, point and measures empty) were dropped, one of them (F9, the
second 环节 row of the same person) reported as POINT_BLANK. Kind: a 环节 ROW — the stage column
filled, the point, number and measures cells empty — that heads the points under it and carries
ONE level after the stage (a dash, a colon, a space or brackets); the reader knows a 环节 cell
merged down over its points with a bracketed level (LEVEL_IN_STAGE_CELL) and group rows merged
across that end with a level, not a 环节 row over unmerged points. A general fix would read such
rows, where the table has no level column, as the stage and level of the points under them (to
the next 环节 row or the next person), and not report them as points.

Generalised after this measurement: in a table with no level column, a 环节 row — the stage
(工作环节, 业务环节, 办理环节; else 职责, 事项) cell filled and ending with a level after a dash, a colon,
a bar, a space or in brackets (``造林项目审批——一级风险``, ``矿权出让审查：高风险``, ``现场核查　二级``,
``竣工验收监督【Ⅰ级】``), no 序号, point or measures, only its holder's cells beside it (written or
merged down) — is no point: it gives its stage and level to the points under it, to the next 环节
row or the next holder (info LEVEL_BY_STAGE_ROWS at the first such row: here 一览表!E3, 5 rows);
a stage row with no level, words beside it, or a level column read as before;
tests/test_level_by_stage_rows.py (a 县自然资源局's ``：高风险`` rows with holders on every row, a
县住建局's ``【Ⅰ级】``/``　二级``/``——三级风险`` rows under merged holders, and the near-misses). Read
1.00 since (forms 25/25, points 43/43, precision 43/43, levels 43/43, types 43/43, noise 0),
--strict too; batches 983, 1015, 1016, 1017, 1018, 915, 977 (stage cells with levels, level
sub-rows) unchanged at 1.00, --strict.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch1020 import (
    FOREST,
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
BATCH = Batch(1020, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"guiding_forestry_bureau_stage_rows_levels"}
TYPED = {
    "guiding_education_bureau_list",
    "guiding_market_regulation_duty_list",
    "guiding_hrss_bureau_posts",
}
NOBODY = {"guiding_hrss_bureau_posts"}
SURNAMES = ("须卜", "贺若")


def test_batch1020_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=1018, unit_words=("贵定县",), new_people=True)


def test_batch1020_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 16), fields_in="file")
    assert RESAVED == ()


def test_batch1020_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch1020_every_unit_is_of_guiding():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("贵定县") for u in units)


def test_batch1020_people_are_of_two_rare_surnames():
    people = {f["person"] for lay in LAYOUTS for f in lay["truth"]} - {""}
    assert people and all(p.startswith(SURNAMES) for p in people)
    assert {p[:2] for p in people} == set(SURNAMES)


def test_batch1020_level_is_the_stage_rows():
    name = "guiding_forestry_bureau_stage_rows_levels"
    rows = BATCH.filled(name)
    h = next(r for r, row in enumerate(rows) if row and row[0] == "序号")
    assert rows[h] == ["序号", "科室", "岗位", "姓名", "工作环节", "廉政风险点", "防控措施"]
    assert not any("等级" in str(x) or "级别" in str(x) for x in rows[h])  # no level column
    got, level, stages = [], None, 0
    for row in rows[h + 1 :]:
        if row[0] is None and row[4]:
            stage, word = row[4].split("——")
            assert stage and row[5] is None and row[6] is None  # a 环节 row: no point, no measures
            level, stages = RISKS[word], stages + 1
        elif isinstance(row[0], int):
            assert row[4] is None and row[5] and row[6]
            got.append((row[1], row[2], row[3], row[5], level))
    assert got == BATCH.truth_rows(name)
    assert stages == sum(len(s) for *_, s in FOREST) and len(got) > stages
    assert {lv for *_, lv in got} == {1, 2, 3}


def test_batch1020_plain_tables_by_heading():
    cases = [
        ("guiding_education_bureau_list",
         {"dept": "股室", "post": "职务", "person": "姓名", "point": "廉政风险点"}),
        ("guiding_market_regulation_duty_list",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}),
        ("guiding_hrss_bureau_posts", {"dept": "科室", "post": "岗位", "point": "廉政风险点"}),
        ("guiding_statistics_screening",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}),
        ("guiding_yinzhai_village_list", {"post": "职务", "person": "姓名", "point": "风险点"}),
    ]  # fmt: skip
    for name, heads in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name


def test_batch1020_group_rows_give_the_department():
    name = "guiding_panjiang_town_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], HML[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch1020_one_sheet_a_person():
    name = "guiding_cultural_centre_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "职　务", "填表日期"]
        assert rows[2][:2] == [f["person"], f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch1020_is_read(tmp_path):
    BATCH.is_read(tmp_path)
