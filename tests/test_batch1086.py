"""The one-thousand-and-eighty-sixth batch of published layouts (tests/published/batch1086.py):
seven ordinary files as the 镇, 村, 卫生院, 学校, 自然资源 and 财政 bodies of one county
(普洱市镇沅彝族哈尼族拉祜族自治县) send them — the 恩乐镇人民政府's 一览表, the 按板镇人民政府's 清单 with
``姓名 | 职务`` on every row, the 者东镇者东村民委员会's 清单, the 田坝乡卫生院's 排查表 under group rows,
the 第一中学's 清单 对岗不对人, the 自然资源局's 排查表 with ``责任人`` on every row, the 财政局's 自查表
one sheet a person — and one harder: the 林业和草原局's 清单 with no level column and, under it on
the same sheet, a plain table grouping the list's 序号 by level ``风险等级 | 对应序号 | 等级说明``
(no count column) in which one number is written under two levels
(``python tests/published/score.py --set batch1086``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here.

Measured ONCE, untuned, with the reader at 4bbfd35d (main; this worktree branched from that
commit, xlproc/ untouched), after these tests passed (but ``is_read``): TOTAL forms=1.000
recall=1.000 precision=1.000 levels=0.818 types=1.000 noise=0 (forms 26/26, points 45/45,
precision 45/45, levels 36/44, types 45/45 — levels and types are scored on the points found
only, a point the truth leaves without a level not scored for its level); with --strict the
same. The 8 files: eight .xlsx, no re-saved copies. All seven ordinary layouts read in full
(forms, points, levels and types all 1.00, noise 0, --strict too) — the 卫生院's ``（一）院领导``
group rows as 科室, the 按板镇's ``姓名 | 职务`` with the name first, the 村's ``职务 | 姓名`` merged,
the 第一中学's posts with no names, the 自然资源局's ``责任人`` on every row, the 财政局's sheets a
person under ``姓　名 | 科　室 | 职　务``, the 恩乐镇's bare ``等级``, the names of the surnames 沙吒
and 独吉, as the truth has them.

The one miss is the harder ``zhenyuan_forestry_bureau_level_groups_twice.xlsx``: forms 5/5,
points 9/9, precision 9/9, levels 0/8, types 9/9. The table of levels under the list
(``风险等级 | 对应序号 | 等级说明``, number 6 under both ``二级`` and ``三级``) was set aside whole
(TABLE_OTHER at A14) and every point of the list left without a level (LEVEL_BLANK ×9): the
one slip dropped the table (``_levels_by_table`` gives up on a plain table naming a number
twice), and its 说明 column kept the statistics-sheet rule, which otherwise takes such a table,
from taking it. The assigned kind was probed first (see the batch module): without the 说明
column the table with a number under two levels read right (the statistics rule graded the
other points and warned the one named twice, STATISTICS_NUMBER_UNMATCHED), with 高/中/低,
``一级风险``, a range, a caption row, a sign-off line, two numbers twice; with the 说明 column and
no slip it read right too (LEVEL_BY_NUMBER); so the assigned kind one column wider was taken.

Generalised after this measurement: under a list with no level column whose every row has a
序号, a PLAIN table of levels on the same sheet (bare numbers under ``对应序号``, ``风险点编号``,
``序号``; no count column beside) that writes one number under two levels
(``collect._levels_by_table``) is no longer dropped for it: the other points take the level of
the group naming their number, the point named twice keeps none (info LEVEL_GROUPS_NUMBER_TWICE
at the numbers' heading, naming the number and the levels given; LEVEL_GROUP_NUMBER_UNMATCHED
at both cells naming it). Before, with only the two columns the statistics-sheet rule took the
table (the same levels, said as a table counting points by level and type,
TYPES_LEVELS_BY_STATISTICS and STATISTICS_NUMBER_UNMATCHED), and with a column of words beside
nothing took it. Taken only where the numbers named twice are at most a quarter of those
named, no number is one the list lacks, and no count column stands beside; a number repeated
in one cell, two of seven numbers twice, a count column and a slip beside a number the list
lacks read as before; tests/test_level_groups_number_twice.py (a 水务局's ``风险级别 | 风险点编号``
over ``高 | 1、2、5``, ``中 | 3、5``; a 中学's ``等级 | 序号 | 备注`` with ``Ⅰ级 | 1-3`` and ``Ⅱ级 |
3、4、6``; a 卫生院's ``一级风险`` … ``1,4`` under a caption, with a sign-off; the near-misses; the
three cases fail with the reader at 4bbfd35d). This batch reads 1.00 now (forms 26/26, points
45/45, precision 45/45, levels 44/44, types 45/45, noise 0), --strict too; batches 1076, 1078,
1009, 1071, 1073, 243, 318, 357, 634, 980, 712 and 935 (the tables of levels by 序号, the
statistics sheets, the legends under a list, the tables joined by code) unchanged at 1.00;
benchmarks/same_results.py against the base pickle (main before this round):
10,743 files, no result changed — the 12 files it lists (tests/data/…) differ only in
``.path``, the checkout they were read from.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch1086 import (
    FOREST,
    FOREST_GROUPS,
    GRADES,
    HIGHS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    TWICE,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **RISKS, **HIGHS}
BATCH = Batch(1086, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"zhenyuan_forestry_bureau_level_groups_twice"}
TYPED = {
    "zhenyuan_enle_town_list",
    "zhenyuan_zhedong_village_list",
    "zhenyuan_natural_resources_screening",
}
NOBODY = {"zhenyuan_no1_middle_school_posts"}
SURNAMES = ("沙吒", "独吉")


def test_batch1086_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=1082, unit_words=("镇沅",), new_people=True)


def _points_in(form: dict, sheets: dict) -> set:
    return set(sheets[form["sheet"]])


def test_batch1086_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(
        nobody=NOBODY,
        points=(4, 21),
        fields_in="file",
        points_in=_points_in,
        blank_levels=HARDER,
    )
    assert RESAVED == ()


def test_batch1086_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True, skip_levels=HARDER)
    # the harder file: every point 1–3 but the one whose number two groups name
    (name,) = HARDER
    levels = [r["level"] for r in BATCH.points(name)]
    assert levels[TWICE - 1] is None
    assert set(levels[: TWICE - 1] + levels[TWICE:]) == {1, 2, 3}


def test_batch1086_every_unit_is_of_zhenyuan_county():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS)
    assert all(u.startswith("普洱市镇沅彝族哈尼族拉祜族自治县") for u in units)


def test_batch1086_people_are_of_two_rare_surnames():
    people = {f["person"] for lay in LAYOUTS for f in lay["truth"]} - {""}
    assert people and all(p.startswith(SURNAMES) for p in people)
    assert {next(s for s in SURNAMES if p.startswith(s)) for p in people} == set(SURNAMES)
    assert all(
        len(s) + 1 <= len(p) <= len(s) + 2 for p in people for s in SURNAMES if p.startswith(s)
    )


def test_batch1086_levels_by_the_groups_under_the_list():
    (name,) = HARDER
    rows = BATCH.filled(name)
    head = next(r for r, row in enumerate(rows) if row[0] == "风险等级")
    assert rows[head][:3] == ["风险等级", "对应序号", "等级说明"]
    # no count column: the table is the level, the numbers and the words merged across
    assert not any(isinstance(v, int) for row in rows[head:] for v in row)
    groups = rows[head + 1 : head + 1 + len(FOREST_GROUPS)]
    assert [tuple(row[:3]) for row in groups] == FOREST_GROUPS
    named: dict[int, list[int]] = {}
    for row in groups:
        for n in row[1].split("、"):
            named.setdefault(int(n), []).append(GRADES[row[0]])
    assert sorted(named) == list(range(1, len(FOREST) + 1))
    assert [n for n, lv in named.items() if len(lv) > 1] == [TWICE]
    # the list: numbered 1…, no level column; each point the level of the one group naming it
    listed = [row for row in rows if isinstance(row[0], int)]
    assert [row[0] for row in listed] == list(range(1, len(FOREST) + 1))
    assert rows[1] == ["序号", "股室", "岗位", "责任人", "廉政风险点", "防控措施"]
    got = [
        (row[1], row[2], row[3], row[4], named[row[0]][0] if len(named[row[0]]) == 1 else None)
        for row in listed
    ]
    assert got == BATCH.truth_rows(name)


def test_batch1086_plain_tables_by_heading():
    cases = [
        ("zhenyuan_enle_town_list",
         {"dept": "所在科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "等级"),
        ("zhenyuan_anban_town_list", {"post": "职务", "person": "姓名", "point": "风险点"}, "风险等级"),
        ("zhenyuan_zhedong_village_list",
         {"post": "职务", "person": "姓名", "point": "廉政风险点"}, "风险等级"),
        ("zhenyuan_no1_middle_school_posts",
         {"dept": "处室", "post": "岗位", "point": "廉政风险点"}, "风险等级"),
        ("zhenyuan_natural_resources_screening",
         {"dept": "股室", "post": "岗位", "person": "责任人", "point": "风险点"}, "风险等级"),
    ]  # fmt: skip
    for name, heads, level in cases:
        assert BATCH.by_heading(name, heads, level=level) == BATCH.truth_rows(name), name


def test_batch1086_group_rows_give_the_department():
    name = "zhenyuan_tianba_clinic_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:3] in ("（一）", "（二）", "（三）"):
            dept = row[0][3:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], HIGHS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch1086_one_sheet_a_person():
    name = "zhenyuan_finance_bureau_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "科　室", "职　务"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch1086_is_read(tmp_path):
    BATCH.is_read(tmp_path)
