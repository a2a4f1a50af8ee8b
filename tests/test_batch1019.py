"""The one-thousand-and-nineteenth batch of published layouts (tests/published/batch1019.py): seven
ordinary files as the 乡镇, 村, 文旅, 农业, 水务, 自然资源 and 应急 bodies of one county (龙里县) send them —
the 醒狮镇人民政府's 清单 under group rows, the 余下村's 清单 with ``职务 | 姓名`` on every row, the
文体广电旅游局's 一览表, the 农业农村局's 责任清单, the 水务局's 清单 对岗不对人, the 自然资源局's 排查表
with ``风险点 | 风险表现``, the 应急管理局's 自查表 one sheet a person (the 村's, the 农业农村局's and the
水务局's also as LibreOffice re-saves, .xls and .ods) — and one harder: the 人力资源和社会保障局's 一览表
with the template's row of column explanations in plain words (``所在股室全称 | 岗位名称 | 姓名 |
简要描述存在的问题 | 高中低 | 具体措施``) left under the header (``python tests/published/score.py --set
batch1019``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here.

Measured ONCE, untuned, with main's reader at bcbea565 (this worktree branched from r5base at that
commit, xlproc/ untouched), after these tests passed: TOTAL forms=1.000 recall=1.000 precision=0.986
levels=1.000 types=1.000 noise=0 (forms 43/43, points 70/70, precision 70/71, levels 70/70, types
70/70 — levels and types are scored on the points found only); with --strict the same. The 14 files:
eight .xlsx and six LibreOffice re-saves (the 余下村's, the 农业农村局's and the 水务局's, each .xls and
.ods). All seven ordinary layouts and their re-saves read in full — the 醒狮镇's group rows as 科室, the
村's ``职务 | 姓名`` on every row, the 水务局's posts with no names, the 自然资源局's short ``风险点`` beside
``风险表现``, the names of 乞地干 and 阿鹿桓 (both three characters) as the truth has them.

Missed: the harder ``longli_hrss_column_explanations_row.xlsx`` reads its five points but also the
template's row of column explanations as a sixth (precision 5/6): a form for a person ``姓名`` in a
科室 ``所在股室全称`` with the point ``简要描述存在的问题``, measures ``具体措施``, and LEVEL_UNKNOWN at
一览表!F3 (``风险级别“高中低”无法识别``) — a false point and a false alarm. (forms 4/4 only because the
extra form is no one's the truth holds.) Kind: a row right under a table's header explaining each
column in PLAIN words (no brackets: ``所在股室全称 | 岗位名称 | 姓名 | 简要描述存在的问题 | 高中低 |
具体措施``), each cell restating or widening its own heading, is read as a point; docs/layouts.md
describes only such rows in brackets (``（主要表现）``, ``（填写岗位名称）``). Probed before building (see
the report of this batch): the BRACKETED hint row (``（填写所在股室）| （填写岗位名称）| （简要描述…）| …``,
with or without 序号, a type column, ``（如：办公室）``) read right at bcbea565 in every variant tried, no
FILE_NO_FORM; a plain row over a 序号 column whose explanation words name their columns
(``所在股室全称 | 岗位名称 | 责任人姓名 | 风险的具体表现 | 风险所属类型 | 按高中低填写 | 针对性防控措施``)
was taken for the header itself (COLUMN_GUESSED, CELL_OUTSIDE for each 序号).

Generalised after this measurement: a row right under a header whose every cell restates its own
column's heading (whole or in part: ``所在股室全称`` under 所在股室, ``姓名`` under 责任人, ``具体措施``
under 防控措施; two cells at least) or says how to fill the column in (``简要描述…``, ``具体…``,
``按…填写``, ``高中低``), its 序号 cell blank, is part of the header, no point, with info
HEADER_EXPLAINS_ROW at its first cell (here 一览表!B3); such a row that looks like a header itself
no longer displaces the header above it (序号 read, no COLUMN_GUESSED or CELL_OUTSIDE). A 序号 in
it, a level or a name that reads, a cell neither restating nor explaining (``财务股`` under 科室)
read as before; tests/test_header_explains_row.py (a 县审计局's ``按一级二级三级填写``, a 县气象局's
with a type column and no 序号, a 县档案馆's whose explanations name their columns, the
near-misses). The harder file reads 1.00 since (forms 43/43, points 70/70, precision 70/70,
--strict too); batches 983, 133–136, 249–252, 986, 1016, 1018, 7 and 14 unchanged at 1.00, --strict,
and HEADER_EXPLAINS_ROW is raised on none of the 8667 built files of batches 3–1018.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch1019 import (
    EXPLAINED,
    GRADES,
    HEADER,
    HIGHS,
    LAYOUTS,
    PREFIX,
    RESAVED,
    RISKS,
    ROMAN,
    build,
)
from published.checks import Batch, resaved_files
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **RISKS, **HIGHS}
BATCH = Batch(1019, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"longli_hrss_column_explanations_row"}
TYPED = {
    "longli_culture_bureau_list",
    "longli_agriculture_duty_list",
    "longli_water_bureau_posts",
}
NOBODY = {"longli_water_bureau_posts"}
SURNAMES = ("乞地干", "阿鹿桓")


def test_batch1019_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=1018, unit_words=("龙里县",), new_people=True)


def test_batch1019_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(
        copies=resaved_files(PREFIX, RESAVED),
        nobody=NOBODY,
        points=(4, 16),
        fields_in="file",
        unit_in="file",
        points_in=lambda f, sheets: set().union(*sheets.values()),  # a form runs over the pages
    )


def test_batch1019_resaved_copies_carry_the_same_cells():
    """Each kept layout is in resaved/ as .xls AND .ods, and LibreOffice kept every cell."""
    BATCH.resaved_copies_carry_the_same_cells(PREFIX, RESAVED, at_least=3)


def test_batch1019_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch1019_every_unit_is_of_luodian():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("龙里县") for u in units)


def test_batch1019_people_are_of_two_rare_surnames():
    people = {f["person"] for lay in LAYOUTS for f in lay["truth"]} - {""}
    assert people and all(p.startswith(SURNAMES) for p in people)
    assert {next(s for s in SURNAMES if p.startswith(s)) for p in people} == set(SURNAMES)


def test_batch1019_column_explanations_row_under_the_header():
    name = "longli_hrss_column_explanations_row"
    rows = BATCH.filled(name)
    at = rows.index(HEADER)
    # the template's explanations, in plain words (no brackets), right under the header
    assert rows[at + 1] == EXPLAINED and rows[at + 1][0] is None
    assert not any(str(v).startswith(("（", "(")) for v in EXPLAINED if v)
    assert rows[at + 2][0] == 1
    # it names no one the truth holds, and no point
    truth = BY_NAME[name]["truth"]
    assert "姓名" not in {f["person"] for f in truth}
    assert "所在股室全称" not in {f["department"] for f in truth}
    assert "简要描述存在的问题" not in {r["risk_point"] for f in truth for r in f["risks"]}
    heads = {"dept": "所在股室", "post": "岗位名称", "person": "姓名", "point": "廉政风险点"}
    got = BATCH.by_heading(name, heads)
    assert got == BATCH.truth_rows(name)


def test_batch1019_plain_tables_by_heading():
    cases = [
        ("longli_culture_bureau_list",
         {"dept": "股室", "post": "职务", "person": "姓名", "point": "廉政风险点"}),
        ("longli_agriculture_duty_list",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}),
        ("longli_water_bureau_posts", {"dept": "科室", "post": "岗位", "point": "廉政风险点"}),
        ("longli_natural_resources_screening",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}),
        ("longli_yuxia_village_list", {"post": "职务", "person": "姓名", "point": "风险点"}),
    ]  # fmt: skip
    for name, heads in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name


def test_batch1019_group_rows_give_the_department():
    name = "longli_xingshi_town_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch1019_one_sheet_a_person():
    name = "longli_emergency_bureau_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "职　务", "自查日期"]
        assert rows[2][:2] == [f["person"], f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch1019_is_read(tmp_path):
    BATCH.is_read(tmp_path)
