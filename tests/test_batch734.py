"""The seven-hundred-and-thirty-fourth batch of published layouts (tests/published/batch734.py): seven
ordinary files as the 医药产业 and 市场监管 bodies of one city (梅河口市) really send them, and one harder:
the 市场监督管理局's 岗位廉政风险防控一览表 as comma-separated text pasted into Excel without 分列, each
row of the table whole in one cell of column A
(``python tests/published/score.py --set batch734``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 1cb5d7e (/work/snap30; this worktree branched from dev
at the same commit): TOTAL forms=0.833 recall=0.776 precision=1.000 levels=1.000 types=1.000 noise=0
(forms 25/30, points 38/49, precision 38/38, levels 38/38); with --strict the same: TOTAL
forms=0.833 recall=0.776 precision=1.000 levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx,
no re-saved copies. The seven ordinary layouts read in full (forms, points, levels and types all
1.00, noise 0).

Missed, only in the harder ``meihekou_market_bureau_csv_in_one_column.xlsx`` (sheet Sheet1; forms
0/5, points 0/11, no posts.csv or risks.csv rows, noise 0): the reader found no table at all and
reported only the file-level warning FILE_NO_FORM (“工作簿中未找到廉政风险识别和防控表”); the heading
cell A2 ``序号,科室,岗位,姓名,廉政风险点,风险等级,防控措施`` was not split into a heading, the records
A3–A13 (``1,局领导,局长,茆琰翾,…,一级,…``) were dropped silently (no TABLE_IN_ONE_CELL, no other
issue), where the truth has five holders — 局长 茆琰翾 (A3, A4), 副局长 竺沨岫 (A5, A6), 药品医疗器械
监管科 科长 茆翊珝 (A7, A8), 执法员 竺湲璟 (A9–A11), 法规科 科长 茆岷蘅 (A12, A13) — 11 points with
levels 一级/二级/三级. Kind: a comma-separated table pasted into an Excel sheet without 分列, each
record whole in one cell of column A, is not recognised as a table (the reader splits commas only
in .csv files), so the whole file is lost as “no form”.

Unscored besides: the other issues are info only (TABLE_NO_TYPE).

Not generalised in the stop that measured it (left for the next): comma-separated records pasted
one a cell down column A of an .xlsx sheet (heading cell included), split on ASCII ``,`` while the
texts keep their full-width ``，``.

Generalised after this measurement: a comma-separated table pasted down one column without 分列 (heading and records each whole in one cell) is split as a .csv line is and read (ROWS_DELIMITED_IN_ONE_CELL, ROW_FIELDS_UNEVEN; tests/test_rows_delimited_in_one_cell.py). Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch734 import (
    GRADES,
    HIGHS,
    HOLDERS,
    LAYOUTS,
    RECORDS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.cells import norm
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(734, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"meihekou_market_bureau_csv_in_one_column"}
TYPED = {"meihekou_urban_market_office_list"}
NOBODY = {"meihekou_drug_testing_institute_posts"}


def _split(form: dict, sheets: dict) -> set[str]:
    """In the harder file each record is one cell of column A, fields parted by ``,`` (split
    before normalising: the texts' full-width ``，`` reads ``,`` once normalised)."""
    here = sheets[form["sheet"]]
    if form["layout"] not in HARDER:
        return here
    raw = [row[0] for row in BATCH.filled(form["layout"], form["sheet"]) if isinstance(row[0], str)]
    return {norm(part) for c in raw for part in c.split(",")}


def test_batch734_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=734, unit_words=("梅河口市",), new_people=True)


def test_batch734_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14), points_in=_split)
    assert RESAVED == ()


def test_batch734_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch734_every_unit_is_of_meihekou():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("梅河口市") for u in units)


def test_batch734_comma_rows_in_one_column():
    name = "meihekou_market_bureau_csv_in_one_column"
    rows = BATCH.filled(name)
    assert all(all(c is None for c in row[1:]) for row in rows)
    cells = [row[0] for row in rows if isinstance(row[0], str) and row[0].count(",") == 6]
    assert cells[0].split(",") == [
        "序号",
        "科室",
        "岗位",
        "姓名",
        "廉政风险点",
        "风险等级",
        "防控措施",
    ]
    got = []
    for i, cell in enumerate(cells[1:], 1):
        n, dept, post, who, point, lv, _measures = cell.split(",")
        assert int(n) == i
        got.append((dept, post, who, point, GRADES[lv]))
    assert len(got) == len(RECORDS)
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    assert len(BY_NAME[name]["truth"]) == len(HOLDERS)
    # the texts themselves never hold an ASCII comma
    assert all("," not in text for rec in RECORDS for text in rec)


def test_batch734_plain_tables_by_heading():
    name = "meihekou_urban_market_office_list"
    heads = {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型") == [r["types"] for r in BATCH.points(name)]
    name = "meihekou_drug_testing_institute_posts"
    assert BATCH.by_heading(
        name, {"dept": "科室", "post": "岗位", "point": "风险点"}
    ) == BATCH.truth_rows(name)
    name = "meihekou_drug_sampling_center_list"
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name)
    name = "meihekou_hightech_zone_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "管委会领导") == BATCH.truth_rows(name, "管委会领导")
    heads = {"dept": "部门", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "内设机构") == BATCH.truth_rows(name, "内设机构")


def test_batch734_group_rows_give_the_department():
    name = "meihekou_enforcement_team_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], ROMAN[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch734_one_sheet_a_person():
    name = "meihekou_inspection_center_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在科室", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
    name = "meihekou_industrial_park_center_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]


def test_batch734_is_read(tmp_path):
    BATCH.is_read(tmp_path)
