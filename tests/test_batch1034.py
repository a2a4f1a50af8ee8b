"""The one-thousand-and-thirty-fourth batch of published layouts (tests/published/batch1034.py): seven
ordinary files as the 乡, 村, 教育, 卫生院, 医保, 林业 and 农业 bodies of one county (赫章县) send them —
the 可乐乡人民政府's 清单 under group rows, the 海雀村's 清单 with ``岗位 | 责任人`` on every row, the
第二中学's 一览表, the 兴发乡卫生院's 排查表 with ``风险点 | 风险表现``, the 医疗保障局's 清单 对岗不对人,
the 林业局's 一览表, the 农业农村局's 防控卡 one sheet a person — and one harder: the 自然资源局's
一览表 with a column of CASES told as stories at its RIGHT EDGE whose heading cell is EMPTY
(``python tests/published/score.py --set batch1034``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here.

Measured ONCE, untuned, with the reader at dc49c479 (main at the branch point; this worktree branched
from that commit, xlproc/ untouched), after these tests passed (but ``is_read``): TOTAL forms=1.000
recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0 (forms 25/25, points 42/42, precision
42/42, levels 42/42, types 42/42 — levels and types are scored on the points found only); with
--strict the same. The 8 files: eight .xlsx, no re-saved copies. All seven ordinary layouts read in
full (forms, points, levels and types all 1.00, noise 0, no warning or error at all) — the 可乐乡's
group rows ``二、党政办``, ``三、农业服务中心`` as 科室 of the 乡, the 村's ``岗位 | 责任人`` on every row,
the 医疗保障局's posts with no names, the 卫生院's short ``风险点`` beside ``风险表现``, the 农业农村局's
cards one sheet a person with ``责任领导`` beside, as the truth has them.

Missed, in the harder ``hezhang_natural_resources_unheaded_cases.xlsx``, nothing score.py counts
(forms 4/4, points 7/7, levels 7/7, noise 0 — score.py's noise is ROW_UNPLACED, POINT_BLANK,
TYPE_BLANK and FORM_NO_PERSON), but the file came back with five WARNINGS, one a case cell:
CELL_OUTSIDE at H3, H5, H6, H7 and H9 ("表格右侧(最后一列为 G 列)的内容“2020年某县自然资源局原局长…”
不属于任何列,未被收录;如是风险点的内容,请填入表格相应的列中") — the column of cases beside the
table, its heading cell empty, taken for stray text typed beside the table, each cell a warning that
asks the unit to move a case into the table: noise a coordinator would not want, and a file sent
back for it. Kind: a column at the table's edge with NO heading whose cells tell others' cases as
stories (``某县…被给予…处分``, ``…被立案审查``, ``…被判处有期徒刑…``); the reader sets aside a column of
cases HEADED so (CASE_COLUMN_SET_ASIDE, batch1024), not one without a heading. A general fix would
read such a column, beside the table, most of its written cells telling a case, as a column of
cases set aside (one info for the column), not as stray cells.

Generalised after this measurement: a column beside the table (right or left of its columns)
whose header cells are EMPTY, two or more of its cells beside the table's rows — more than half of
those written — telling others' cases as stories (someone named with 某 or a year first, a
sanction after: ``被给予…处分``, ``被立案审查``, ``受到撤职处分``, ``被判处有期徒刑``, ``被开除党籍``),
is a column of cases: its case cells are set aside, said once (info CASE_COLUMN_UNHEADED at the
first case: here 一览表!H3, 5 cases), no longer one CELL_OUTSIDE warning a cell; its other cells
(a note such as ``已整改``) are reported as before; behind the one-test gate ``grid.lacks("处分",
"审查", "徒刑", …)``; a column of notes (``已落实``, ``长期``), one case alone, or a column headed
``警示案例`` (CASE_COLUMN_SET_ASIDE) read as before; tests/test_case_column_unheaded.py (a 县小学's
防控表 with 高/中/低 and ``受到…撤职处分``, ``被依法追究刑事责任``; a 村's 清单 whose case column also
holds a note; and the near-misses). Reads 1.00 since, as before, and with no warning left
(forms 25/25, points 42/42, precision 42/42, levels 42/42, types 42/42, noise 0), --strict too;
batches 1024, 1010, 1021, 1028, 1002, 1019, 936, 947, 593 and 625 (case columns and cases in
cells, cells beside the table) unchanged at 1.00, --strict too (1021's --strict forms 0.958, as
at the branch point, its own convention). benchmarks/same_results.py against main at the branch
point (10410 files: the benchmark inboxes, tests/data and the built batches): no
result changed, the 12 differences only the ``path`` of tests/data files (the base read from
/work/main).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch1034 import (
    GRADES,
    HIGHS,
    LANDS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **RISKS, **HIGHS}
BATCH = Batch(1034, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"hezhang_natural_resources_unheaded_cases"}
TYPED = {
    "hezhang_second_middle_school_list",
    "hezhang_medical_insurance_posts",
    "hezhang_forestry_bureau_list",
}
NOBODY = {"hezhang_medical_insurance_posts"}
SURNAMES = ("可足浑", "没路真")


def test_batch1034_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=1033, unit_words=("赫章县",), new_people=True)


def test_batch1034_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 16), fields_in="file")
    assert RESAVED == ()


def test_batch1034_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch1034_every_unit_is_of_hezhang():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("赫章县") for u in units)


def test_batch1034_people_are_of_two_rare_surnames():
    people = {f["person"] for lay in LAYOUTS for f in lay["truth"]} - {""}
    assert people and all(p.startswith(SURNAMES) for p in people)
    assert {p[:3] for p in people} == set(SURNAMES)
    assert all(4 <= len(p) <= 5 for p in people)


def test_batch1034_the_unheaded_column_holds_cases_only():
    name = "hezhang_natural_resources_unheaded_cases"
    rows = BATCH.filled(name)
    h = BATCH.header(name, 0, "序号")
    assert rows[h] == ["序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施", None]
    assert rows[0] == [rows[0][0]] * 8  # the title merged across the case column too
    cases = [row[7] for row in rows[h + 1 :] if isinstance(row[0], int)]
    assert cases == [c[-1] for c in LANDS]
    told = [c for c in cases if c]
    assert 2 <= len(told) < len(cases)  # most rows tell a case, some are blank
    assert all(c.startswith(("某", "20")) and c.endswith("。") for c in told)
    assert all(any(w in c for w in ("处分", "立案", "判处", "开除")) for c in told)
    points = {r["risk_point"] for f in BY_NAME[name]["truth"] for r in f["risks"]}
    assert not any(c in points or any(p in c for p in points) for c in told)
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name)


def test_batch1034_plain_tables_by_heading():
    cases = [
        ("hezhang_second_middle_school_list",
         {"dept": "处室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}),
        ("hezhang_xingfa_clinic_screening",
         {"dept": "科室", "post": "职务", "person": "姓名", "point": "风险点"}),
        ("hezhang_medical_insurance_posts", {"dept": "股室", "post": "岗位", "point": "廉政风险点"}),
        ("hezhang_forestry_bureau_list",
         {"dept": "股室", "post": "职务", "person": "姓名", "point": "廉政风险点"}),
        ("hezhang_haique_village_list", {"post": "岗位", "person": "责任人", "point": "风险点"}),
    ]  # fmt: skip
    for name, heads in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name


def test_batch1034_group_rows_give_the_department():
    name = "hezhang_kele_township_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], HML[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch1034_one_sheet_a_person():
    name = "hezhang_agriculture_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓名", "职务", "所在股室"]
        assert rows[2][:3] == [f["person"], f["title"], f["department"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch1034_is_read(tmp_path):
    BATCH.is_read(tmp_path)
