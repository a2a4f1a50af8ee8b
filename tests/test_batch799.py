"""The seven-hundred-and-ninety-ninth batch of published layouts (tests/published/batch799.py): seven
ordinary files as the forestry bodies of one county (卢氏县, 三门峡市, 河南省) really send them — the
林业局's 一览表 in two sheets 局领导/股室 with ``一级/二级/三级``, the 东湾林场's 防控卡 one sheet a leader
with ``★★★/★★/★``, the 林业技术推广站's 自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the
森林病虫害防治检疫站's 排查表 对岗不对人 with ``…风险`` types and 高/中/低, the 野生动植物保护站's 清单 under
group rows with ``一级风险/二级风险/三级风险``, the 官道口镇林业站's 一览表 with ``高风险/中风险/低风险``, the
林业综合执法大队's 登记表 — and one harder: the 森林防火指挥部办公室's 排查表 whose ``风险等级`` cell prints
``高　中　低`` on every row, the assessed grade only marked bold and red (Excel rich text)
(``python tests/published/score.py --set batch799``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 7aa0f28a (/work/snap42; this worktree branched from
dev at the same commit): TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.887 types=1.000
noise=0 (forms 31/31, points 53/53, levels 47/53); with --strict the same: TOTAL forms=1.000
recall=1.000 precision=1.000 levels=0.887 types=1.000 noise=0. The 8 files: eight .xlsx, no
re-saved copies. The seven ordinary layouts read in full (forms, points, levels and types all
1.00, noise 0); the harder file's forms, points and holders read in full too.

Missed, only levels, all in the harder ``lushi_fire_office_marked_grades.xlsx`` (sheet 排查表;
forms 4/4, points 9/9, levels 3/9): every 风险等级 cell E4:E12 holds the same text ``高　中　低``
(raw_risk_level in risks.csv), and the reader took its first word 高 as the level of every row —
all nine points came out ``Ⅰ级`` with no issue raised (issues.csv has only TABLE_NO_TYPE at A3).
Right by chance where the bold red run is 高 (E4, E5, E7); wrong where the marked run is 中 (E6,
E8, E9, E11: truth 2, read 1) or 低 (E10, E12: truth 3, read 1). Kind: a pre-printed level cell
listing every grade, the assessed one marked only by its own run's font (bold, red; Excel rich
text) and a ``注：`` line saying so, is read by its text alone, so the first printed grade is taken
for every row, silently.

Unscored besides: the other issues are info only (TABLE_NO_TYPE).

Not generalised in the stop that measured it (left for the next): a level cell printing all the
grades (``高　中　低``, ``一级　二级　三级``) whose assessed grade is the one run written bold (or red,
or underlined) per a note; a cell listing every grade with no run marked should be left unread
with a warning, not read as its first grade.

Generalised after this measurement: a level cell printing every grade (`高　中　低`) is never read as its first word; the grade marked by its own run's font (bold, colour, underline, size; .xlsx rich text) is the level (`LEVEL_MARKED_WORD`), none or several marked `LEVEL_UNKNOWN`; grades parted by `/`, `、` too (`tests/test_levels_marked_in_printed_grades.py`). Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import openpyxl
from published.batch799 import (
    FIRE_OFFICE,
    GAP,
    GRADES,
    HIGHS,
    LAYOUTS,
    PRINTED,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(799, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"lushi_fire_office_marked_grades"}
TYPED = {
    "lushi_quarantine_station_posts",
    "lushi_guandaokou_station_list",
    "lushi_enforcement_brigade_register",
}
NOBODY = {"lushi_quarantine_station_posts"}


def test_batch799_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=799, unit_words=("卢氏县",), new_people=True)


def test_batch799_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch799_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch799_every_unit_is_of_lushi():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("卢氏县") for u in units)


def test_batch799_marked_grade_gives_the_level():
    name = "lushi_fire_office_marked_grades"
    table = BATCH.table(name)
    printed = GAP.join(PRINTED)
    assert [row[4] for row in table] == [printed] * len(table)  # every level cell reads the same
    # the workbook's rich text: exactly one bold red run a level cell, and it is the truth's level
    inbox = BATCH.inbox()
    wb = openpyxl.load_workbook(inbox / f"{name}.xlsx", rich_text=True)
    ws = wb["排查表"]
    head = BATCH.header(name)
    got = []
    for r in range(head + 2, head + 2 + len(table)):
        cell = ws.cell(r, 5).value
        bold = [run.text for run in cell if not isinstance(run, str) and run.font and run.font.b]
        assert len(bold) == 1, (r, bold)
        got.append(HML[bold[0]])
    want = [HML[grade] for _, _, _, points in FIRE_OFFICE for _, grade, _ in points]
    assert got == want == [r["level"] for r in BATCH.points(name)]
    assert len(set(got)) == 3


def test_batch799_plain_tables_by_heading():
    cases = [
        ("lushi_guandaokou_station_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("lushi_enforcement_brigade_register",
         {"dept": "中队", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("lushi_quarantine_station_posts", {"dept": "股室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "lushi_forestry_bureau_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "局领导") == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    # the harder file's holders and points by heading (its levels by the marked runs, above)
    name = "lushi_fire_office_marked_grades"
    got = [("", row[1], row[2], row[3]) for row in BATCH.table(name)]
    assert got == [r[:4] for r in BATCH.truth_rows(name)]


def test_batch799_group_rows_give_the_department():
    name = "lushi_wildlife_station_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch799_one_sheet_a_person():
    name = "lushi_extension_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在股室", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "lushi_dongwan_forest_farm_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch799_is_read(tmp_path):
    BATCH.is_read(tmp_path)
