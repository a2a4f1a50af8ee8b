"""The one-thousand-and-seventeenth batch of published layouts (tests/published/batch1017.py): seven
ordinary files as the 乡镇, 村, 卫健, 医保, 退役军人, 供销 and 图书馆 bodies of one county (惠水县) send
them — the 好花红镇人民政府's 清单 under group rows, the 辉岩村's 清单 with ``职务 | 姓名`` on every row,
the 卫生健康局's 一览表, the 医疗保障局's 责任清单, the 退役军人事务局's 清单 对岗不对人, the 供销合作社
联合社's 排查表 with ``风险点 | 风险表现``, the 图书馆's 自查表 one sheet a person — and one harder: the
水务局's 一览表 with no level column, each row's level the number of ``▲`` before its 防控措施 as a
``注`` below gives it (``python tests/published/score.py --set batch1017``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here.

Measured ONCE, untuned, with the reader at 0a78253b (r4base; this worktree branched from that
commit, xlproc/ untouched), after these tests passed (but ``is_read``): TOTAL forms=1.000
recall=1.000 precision=1.000 levels=0.833 types=1.000 noise=0 (forms 25/25, points 42/42,
precision 42/42, levels 35/42, types 42/42 — levels and types are scored on the points found
only); with --strict the same. The 8 files: eight .xlsx, no re-saved copies. All seven ordinary
layouts read in full (forms, points, levels and types all 1.00, noise 0, --strict too) — the
好花红镇's group rows ``二、农业服务中心``, ``三、社会事务办`` as 科室 of the 镇, the 村's ``职务 | 姓名`` on
every row, the 退役军人事务局's posts with no names, the 供销社's short ``风险点`` beside ``风险表现``,
the 图书馆's sheets a person, as the truth has them.

Missed, all in the harder ``huishui_water_bureau_marks_on_measures.xlsx`` (forms 4/4, points 7/7,
precision 7/7, levels 0/7, types 7/7, noise 0): every point came out with NO LEVEL and an error
LEVEL_BLANK at its point cell (E3…E9), and the marks were kept in the measures
(``▲▲▲　项目公开招标…``); the ``注`` (``防控措施前“▲”的个数表示风险等级：▲▲▲为一级风险，▲▲为二级风险，
▲为三级风险``) was read as a note and not used. Kind: a table with no level column whose levels are
marks written before the MEASURES (or another cell of the row than the point), a note saying
what each mark (or count of marks) is; the reader knows such marks before the POINTS
(LEVEL_MARKS), a bar of marks in a level column, and marks before points as types
(TYPE_MARKS), not the marks on the measures. A general fix would read, where no point carries a
mark the note defines, the marks opening the measures cells by the same note, and take them off
the measures.

Generalised after this measurement: a table with no level column and no point marked, whose
measures cells open with the marks a note (below or above) defines as levels (``▲▲▲为一级风险``,
``●●的为二级``, ``★、☆分别为一级、二级``), reads each such row at its mark's level and takes the mark
off the measures; the unmarked rows take the level the note gives them (``未标注的为三级``), else
stay blank (info LEVEL_MARKS_ON_MEASURES at the measures heading: here 一览表!G2, ▲▲▲=Ⅰ级、▲▲=Ⅱ级、
▲=Ⅲ级, 7 rows). Only where most rows' measures (two at least) open with a defined mark and none
with a mark the note does not give; marks on the points read as before (LEVEL_MARKS), a level
column and marks with no note as before; tests/test_level_marks_on_measures.py (a 县自然资源局's
``●●●/●●/●`` under a note ABOVE the table, a 县教育局's ``★/☆`` with the unmarked third, and the
near-misses). Read 1.00 since (forms 25/25, points 42/42, precision 42/42, levels 42/42, types
42/42, noise 0), --strict too; batches 983, 1002, 460, 476, 492, 524, 617 and 300 (marks, bars
and stars as levels or types) unchanged at 1.00, --strict.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch1017 import (
    GRADES,
    HIGHS,
    LAYOUTS,
    MARKS,
    RESAVED,
    RISKS,
    ROMAN,
    WATER,
    build,
)
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **RISKS, **HIGHS, **MARKS}
BATCH = Batch(1017, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"huishui_water_bureau_marks_on_measures"}
TYPED = {
    "huishui_water_bureau_marks_on_measures",
    "huishui_health_bureau_list",
    "huishui_medical_security_duty_list",
    "huishui_veterans_bureau_posts",
}
NOBODY = {"huishui_veterans_bureau_posts"}
SURNAMES = ("贺葛", "纥干")


def test_batch1017_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=998, unit_words=("惠水县",), new_people=True)


def test_batch1017_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 16), fields_in="file")
    assert RESAVED == ()


def test_batch1017_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch1017_every_unit_is_of_huishui():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("惠水县") for u in units)


def test_batch1017_people_are_of_two_rare_surnames():
    people = {f["person"] for lay in LAYOUTS for f in lay["truth"]} - {""}
    assert people and all(p.startswith(SURNAMES) for p in people)
    assert {p[:2] for p in people} == set(SURNAMES)


def test_batch1017_level_is_the_marks_before_the_measures():
    name = "huishui_water_bureau_marks_on_measures"
    rows = BATCH.filled(name)
    h = next(r for r, row in enumerate(rows) if row and row[0] == "序号")
    assert rows[h] == ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "防控措施"]
    assert not any("等级" in str(x) or "级别" in str(x) for x in rows[h])  # no level column
    got = []
    for row in rows[h + 1 :]:
        if not isinstance(row[0], int):
            continue
        marks, measures = row[6].split("　", 1)
        assert set(marks) == {"▲"} and measures and "▲" not in measures
        got.append((row[1], row[2], row[3], row[4], MARKS[marks]))
        assert types_in(row[5]) and len(types_in(row[5])) == 1
    assert got == BATCH.truth_rows(name)
    assert len(got) == len(WATER)
    # the note below gives each count its level, and all three are used
    note = next(
        row[0] for row in rows[h + 1 :] if isinstance(row[0], str) and row[0].startswith("注")
    )
    for marks, lv in MARKS.items():
        assert f"{marks}为{'一二三'[lv - 1]}级风险" in note
    assert {lv for *_, lv in got} == {1, 2, 3}


def test_batch1017_plain_tables_by_heading():
    cases = [
        ("huishui_health_bureau_list",
         {"dept": "股室", "post": "职务", "person": "姓名", "point": "廉政风险点"}),
        ("huishui_medical_security_duty_list",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}),
        ("huishui_veterans_bureau_posts", {"dept": "科室", "post": "岗位", "point": "廉政风险点"}),
        ("huishui_supply_coop_screening",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}),
        ("huishui_huiyan_village_list", {"post": "职务", "person": "姓名", "point": "风险点"}),
    ]  # fmt: skip
    for name, heads in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name


def test_batch1017_group_rows_give_the_department():
    name = "huishui_haohuahong_town_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], HML[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch1017_one_sheet_a_person():
    name = "huishui_library_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "职　务", "填表日期"]
        assert rows[2][:2] == [f["person"], f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch1017_is_read(tmp_path):
    BATCH.is_read(tmp_path)
