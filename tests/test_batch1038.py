"""The one-thousand-and-thirty-eighth batch of published layouts (tests/published/batch1038.py):
seven ordinary files as the 街道, 村, 教育, 卫生院, 交通, 财政 and 学校 bodies of one county-level city
(盘州市) send them — the 红果街道办事处's 清单, the 岩博村's 清单 with ``职务 | 姓名`` on every row, the
教育局's 一览表, the 保田镇卫生院's 排查表 with ``风险点 | 风险表现``, the 交通运输局's 清单 对岗不对人, the
财政局's 清单 under group rows, the 第一中学's 自查表 one sheet a person — and one harder: the
住房和城乡建设局's 一览表 whose points are listed under STAGE ROWS ``事前防范 | 事中控制 | 事后监督``, each
label alone in the 廉政风险点 cell of an otherwise blank row, not merged
(``python tests/published/score.py --set batch1038``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here.

Measured ONCE, untuned, with the reader at 4e88da48 (this worktree branched from that commit,
xlproc/ untouched), after these tests passed (but ``is_read``): TOTAL forms=1.000 recall=0.951
precision=0.929 levels=1.000 types=1.000 noise=0 (forms 24/24, points 39/41, precision 39/42,
levels 39/39, types 39/39 — levels and types are scored on the points found only); with --strict
the same. The 8 files: eight .xlsx, no re-saved copies. All seven ordinary layouts read in full
(forms, points, levels and types all 1.00, noise 0, --strict too) — the 财政局's group rows as 科室,
the 村's ``职务 | 姓名`` on every row, the 交通运输局's posts with no names, the 卫生院's short
``风险点`` beside ``风险表现``, the names of the surnames 折娄 and 俟几, as the truth has them.

Missed, all in the harder ``panzhou_housing_bureau_stage_rows.xlsx`` (forms 4/4, points 5/7,
precision 5/8, noise 0): the first stage row ``事前防范`` (一览表!E3, the row otherwise blank) was
read as a risk point of a form with no person, with the errors LEVEL_BLANK at 一览表!F3 and
MEASURES_BLANK at 一览表!G3 and the warning HOLDERS_PLACE_UNCLEAR at 一览表!B3 (the first row names
no holder); the two later stage rows ``事中控制`` (E7) and ``事后监督`` (E10) were taken for a
continuation of the point above and glued onto its text (``商品房预售许可形象进度核验不实事中控制``,
``老旧小区改造工程变更签证把关不严事后监督``), so those two points were lost; no point's workflow
is the stage. Kind: a 事前/事中/事后 stage row, a bare label in the point column of a list, read as
a point or as the tail of the point above.

Generalised after this measurement: a list's rows whose point cell names a stage of control
ALONE (``事前防范``, ``二、事中控制``, ``（三）事后监督：``, ``事后``: ``事前/事中/事后`` with or without a
control word after it and a number before it), the row's other cells blank but its holder's (or
cells merged down from above), the row under it a point, two such rows at least of two stages in
the table (``locate_body._control_stage_rows``, looked for only where the sheet can write
``事前``/``事中``/``事后`` at all), are no points and no tails of the point above: each gives its
stage as the workflow of the points under it, to the next such row, across holders (new info
CONTROL_STAGE_ROWS, once a table, here 一览表!E3, 3 rows); tests/test_control_stage_rows.py (a
市场监督管理局's list under ``一、事前预防 | 二、事中监管 | 三、事后问责`` with a type column and Ⅰ级/Ⅱ级,
a 林业站's per-person stage rows ``事前 | 事后： | 事中`` carrying the holder's cells, 高/中/低; and the
near-misses: a single stage row, points that only open with ``事前…``/``事后…`` or are called
``事中监管`` with their own 序号 and level, stage rows writing the stage's measures — all as before).
Read 1.00 since (forms 24/24, points 41/41, precision 41/41, levels 41/41, types 41/41, noise 0),
--strict too; batches 53, 60, 89, 221, 235, 259, 409, 485, 967 (stage words in their cells), 1020
and 1023 (环节 rows giving levels) unchanged, --strict.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch1038 import (
    GRADES,
    HEAD,
    HIGHS,
    HOUSING,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STAGES,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **RISKS, **HIGHS}
BATCH = Batch(1038, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"panzhou_housing_bureau_stage_rows"}
TYPED = {
    "panzhou_hongguo_subdistrict_list",
    "panzhou_education_bureau_list",
    "panzhou_transport_bureau_posts",
}
NOBODY = {"panzhou_transport_bureau_posts"}
SURNAMES = ("折娄", "俟几")


def test_batch1038_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=1037, unit_words=("盘州市",), new_people=True)


def test_batch1038_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 16), fields_in="file")
    assert RESAVED == ()


def test_batch1038_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch1038_every_unit_is_of_panzhou():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("盘州市") for u in units)


def test_batch1038_people_are_of_two_rare_surnames():
    people = {f["person"] for lay in LAYOUTS for f in lay["truth"]} - {""}
    assert people and all(p.startswith(SURNAMES) for p in people)
    assert {next(s for s in SURNAMES if p.startswith(s)) for p in people} == set(SURNAMES)


def test_batch1038_the_stage_rows_are_no_points():
    name = "panzhou_housing_bureau_stage_rows"
    lay = BY_NAME[name]
    assert [s["name"] for s in lay["sheets"]] == ["一览表"]
    rows = BATCH.filled(name, "一览表")
    at = next(r for r, row in enumerate(rows) if row and row[0] == "序号")
    assert rows[at] == list(HEAD)
    # each stage row: the label alone in the 廉政风险点 cell, every other cell blank, not merged
    stage_rows = [r for r, row in enumerate(rows) if row and row[4] in STAGES]
    assert [rows[r][4] for r in stage_rows] == list(STAGES)
    for r in stage_rows:
        assert [c for i, c in enumerate(rows[r]) if i != 4] == [None] * 6
    sheet = lay["sheets"][0]
    assert not [m for m in sheet["merges"] if m[0] in stage_rows]
    # the points under each stage, of several people, numbered on across the stages
    stage, got, by_stage = None, [], {}
    for row in rows[at + 1 :]:
        if row[4] in STAGES:
            stage = row[4]
        elif isinstance(row[0], int):
            got.append((row[1], row[2], row[3], row[4], GRADES[row[5]]))
            by_stage.setdefault(stage, set()).add(row[3])
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    assert [s for s, _ in HOUSING] == list(STAGES)
    assert all(len(people) >= 2 for people in by_stage.values())
    points = {r["risk_point"] for f in lay["truth"] for r in f["risks"]}
    assert not points & set(STAGES) and not any(p.endswith(STAGES) for p in points)


def test_batch1038_plain_tables_by_heading():
    cases = [
        ("panzhou_hongguo_subdistrict_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}),
        ("panzhou_education_bureau_list",
         {"dept": "股室", "post": "职务", "person": "姓名", "point": "廉政风险点"}),
        ("panzhou_baotian_clinic_screening",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "风险点"}),
        ("panzhou_transport_bureau_posts", {"dept": "科室", "post": "岗位", "point": "廉政风险点"}),
        ("panzhou_yanbo_village_list", {"post": "职务", "person": "姓名", "point": "风险点"}),
    ]  # fmt: skip
    for name, heads in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name


def test_batch1038_group_rows_give_the_department():
    name = "panzhou_finance_bureau_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch1038_one_sheet_a_person():
    name = "panzhou_no1_school_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "职　务", "填表日期"]
        assert rows[2][:2] == [f["person"], f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch1038_is_read(tmp_path):
    BATCH.is_read(tmp_path)
