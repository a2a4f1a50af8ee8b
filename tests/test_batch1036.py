"""The one-thousand-and-thirty-sixth batch of published layouts (tests/published/batch1036.py): seven
ordinary files as the 乡镇, 村, 卫生院, 学校, 医院, 农业 and 民政 bodies of one county (大方县) send them —
the 瓢井镇人民政府's 清单, the 木格村's 清单 with ``职务 | 姓名`` on every row, the 猫场镇卫生院's 排查表
with ``风险点 | 风险表现``, the 第一中学's 一览表, the 人民医院's 清单 对岗不对人, the 农业农村局's 清单
under group rows, the 民政局's 自查表 one sheet a person — and one harder: the 自然资源局's workbook,
one sheet per 科室 (the 科室 only in the tab and the title) each writing its levels, beside a last
``分级汇总`` sheet (``科室 | 一级风险点 | 二级风险点 | 三级风险点``) repeating their points by level
(``python tests/published/score.py --set batch1036``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here.

Measured ONCE, untuned, with the reader at dc49c479 (this worktree branched from that commit,
xlproc/ untouched), after these tests passed (but ``is_read``): TOTAL forms=1.000 recall=1.000
precision=0.827 levels=1.000 types=1.000 noise=0 (forms 25/25, points 43/43, precision 43/52,
levels 43/43, types 43/43 — levels and types are scored on the points found only); with --strict
the same. The 8 files: eight .xlsx, no re-saved copies. All seven ordinary layouts read in full
(forms, points, levels and types all 1.00, noise 0, --strict too) — the 农业农村局's group rows as
科室, the 村's ``职务 | 姓名`` on every row, the 人民医院's posts with no names, the 猫场镇卫生院's short
``风险点`` beside ``风险表现``, the names of the surnames 贺悦 and 拔略, as the truth has them.

Missed, all in the harder ``dafang_natural_resources_summary_grid_repeats.xlsx`` (forms 5/5, points
9/9, precision 9/18, noise 0): the 科室 sheets read in full (each 科室 its tab's name, the levels
they write), but the ``分级汇总`` sheet beside them was read as a second list of its own (its
LEVEL_COLUMNS reading: each cell's numbered items points of that column's level) — three nameless
forms, 办公室, 国土空间规划股 and 不动产登记中心 (分级汇总!A3:A5), their 9 points each a repeat of
a 科室 sheet's point, nine MEASURES_BLANK warnings at 分级汇总!B3…D5. batch968's LEVELS_BY_SUMMARY_GRID
takes such a grid for the levels of a list with NO level column; beside lists that write their own
levels the grid was read as before (docs/layouts.md said so). Kind: a 分级汇总 sheet repeating,
level for level, the points of the 科室 sheets that already write their levels, read as a second
list.

Generalised after this measurement: beside lists that write every point's level, a summary grid
as batch968's rule takes it (科室 or 岗位 down, the levels across, no holder, no measure) whose every
item of every cell is, under the same 科室 (post), a point of another sheet written at that
column's level (``collect._grid_repeats_levels``: words compared without numbering, spaces and
punctuation; two items at least) is their summary, no list of its own: no forms, no points, its
LEVEL_COLUMNS and MEASURES_BLANK reading dropped, said as the new info SUMMARY_GRID_REPEATS_LEVELS
(here 分级汇总!B2); one item no list has, or has at another level, and the grid reads as before.
tests/test_summary_grid_repeats_levels.py (a 县市场监督管理局's two 股室 sheets, 高/中/低, and a
``风险等级汇总`` grid parted by ``；``; a 镇's one list, Ⅰ级/Ⅱ级, and a grid by POST numbered ``①…②…``
on one line; the near-misses: an item of the grid's own, an item graded otherwise, a grid of
counts — read as before); tests/test_levels_by_summary_grid.py's near-miss ``a grid restating a
levelled list`` now reads as its summary (its variant with one item graded otherwise as before).
Read 1.00 since (forms 25/25, points 43/43, precision 43/43, levels 43/43, types 43/43, noise 0),
--strict too; batches 968, 372, 609, 733, 752, 923, 928 and 930 (the grids by level, 分级汇总 and
LEVEL_COLUMNS sheets) unchanged at 1.00, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch1036 import (
    GRADES,
    GRID_HEAD,
    HEAD,
    HIGHS,
    LAYOUTS,
    RESAVED,
    RESOURCES,
    RISKS,
    ROMAN,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **RISKS, **HIGHS}
BATCH = Batch(1036, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"dafang_natural_resources_summary_grid_repeats"}
TYPED = {
    "dafang_piaojing_town_list",
    "dafang_no1_school_list",
    "dafang_hospital_posts",
}
NOBODY = {"dafang_hospital_posts"}
SURNAMES = ("贺悦", "拔略")


def test_batch1036_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=1033, unit_words=("大方县",), new_people=True)


def test_batch1036_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 16), fields_in="file")
    assert RESAVED == ()


def test_batch1036_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch1036_every_unit_is_of_dafang():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("大方县") for u in units)


def test_batch1036_people_are_of_two_rare_surnames():
    people = {f["person"] for lay in LAYOUTS for f in lay["truth"]} - {""}
    assert people and all(p.startswith(SURNAMES) for p in people)
    assert {next(s for s in SURNAMES if p.startswith(s)) for p in people} == set(SURNAMES)
    assert all(2 <= len(p) - 2 + 1 <= 3 for p in people)  # a given name of one or two characters


def test_batch1036_the_summary_grid_repeats_the_department_sheets():
    name = "dafang_natural_resources_summary_grid_repeats"
    lay = BY_NAME[name]
    tabs = [s["name"] for s in lay["sheets"]]
    assert tabs == [*RESOURCES, "分级汇总"]
    listed: dict[tuple[str, int], list[str]] = {}
    for dept in RESOURCES:
        rows = BATCH.filled(name, dept)
        assert dept in rows[0][0]  # the 科室 only in the tab and the title
        at = next(r for r, row in enumerate(rows) if row and row[0] == "序号")
        assert rows[at] == list(HEAD)
        body = [row for row in rows[at + 1 :] if isinstance(row[0], int)]
        got = [(dept, row[1], row[2], row[3], GRADES[row[4]]) for row in body]
        assert got == BATCH.truth_rows(name, dept)
        for row in body:
            listed.setdefault((dept, GRADES[row[4]]), []).append(row[3])
    grid = BATCH.filled(name, "分级汇总")
    at = next(r for r, row in enumerate(grid) if row and row[0] == "科室")
    assert grid[at] == list(GRID_HEAD)
    seen: dict[tuple[str, int], list[str]] = {}
    for row in grid[at + 1 :]:
        if row[0] in RESOURCES:
            for lv, cell in enumerate(row[1:4], 1):
                items = [re.sub(r"^\d+\.", "", s) for s in (cell or "").split("\n") if s]
                if items:
                    seen[(row[0], lv)] = items
    # every cell of the grid lists, word for word, the points its 科室 sheet writes at that level
    assert seen == listed
    # and no form or point of the truth is the grid's
    assert {f["sheet"] for f in lay["truth"]} == set(RESOURCES)
    assert sum(len(f["risks"]) for f in lay["truth"]) == sum(map(len, RESOURCES.values()))


def test_batch1036_plain_tables_by_heading():
    cases = [
        ("dafang_piaojing_town_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}),
        ("dafang_no1_school_list",
         {"dept": "处室", "post": "职务", "person": "姓名", "point": "廉政风险点"}),
        ("dafang_maochang_clinic_screening",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "风险点"}),
        ("dafang_hospital_posts", {"dept": "科室", "post": "岗位", "point": "廉政风险点"}),
        ("dafang_muge_village_list", {"post": "职务", "person": "姓名", "point": "风险点"}),
    ]  # fmt: skip
    for name, heads in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name


def test_batch1036_group_rows_give_the_department():
    name = "dafang_agriculture_bureau_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch1036_one_sheet_a_person():
    name = "dafang_civil_affairs_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "职　务", "填表日期"]
        assert rows[2][:2] == [f["person"], f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch1036_is_read(tmp_path):
    BATCH.is_read(tmp_path)
