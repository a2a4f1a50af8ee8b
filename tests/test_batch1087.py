"""The one-thousand-and-eighty-seventh batch of published layouts (tests/published/batch1087.py):
seven ordinary files as the 镇, 村, 卫生院, 学校, 自然资源 and 财政 bodies of one county
(临沧市永德县) send them — the 德党镇人民政府's 一览表 with ``站所`` merged, the 永康镇人民政府's 清单 with
``岗位 | 姓名`` on every row, the 亚练乡亚练村民委员会's 清单, the 大雪山乡卫生院's 排查表 under group rows,
the 第一中学's 清单 对岗不对人, the 自然资源局's 排查表 with ``责任人`` on every row, the 财政局's 自查表
one sheet a person — and one harder: the 水务局's 清单 with no level column and, under it on the
same sheet, a table of levels LAID ACROSS (``风险等级 | 一级 | 二级 | 三级`` over ``对应序号 | 1、2、5 |
3、6、8 | 4、7、9``: the levels as column headings, the list's 序号 under each)
(``python tests/published/score.py --set batch1087``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here.

Measured ONCE, untuned, with the reader at b2958a1e (main; this worktree branched from that
commit, xlproc/ untouched), after these tests passed (but ``is_read``): TOTAL forms=1.000
recall=1.000 precision=1.000 levels=0.800 types=1.000 noise=0 (forms 27/27, points 45/45,
precision 45/45, levels 36/45, types 45/45 — levels and types are scored on the points found
only); with --strict the same. The 8 files: eight .xlsx, no re-saved copies. All seven ordinary
layouts read in full (forms, points, levels and types all 1.00, noise 0, --strict too) — the
德党镇's ``站所`` merged as 科室, the 永康镇's ``岗位 | 姓名`` on every row under ``风险级别``, the 村's
``职务 | 姓名`` merged, the 卫生院's ``一、院领导`` group rows as 科室, the 第一中学's posts with no
names under ``部门``, the 自然资源局's ``职务 | 责任人`` on every row, the 财政局's sheets a person under
``姓　名 | 科　室 | 职　务``, the names of the surnames 石抹 and 术甲, as the truth has them.

The one miss is the harder ``yongde_water_bureau_level_table_across.xlsx``: forms 5/5, points
9/9, precision 9/9, levels 0/9, types 9/9. The table of levels laid across under the list
(``风险等级 | 一级 | 二级 | 三级`` over ``对应序号 | 1、2、5 | 3、6、8 | 4、7、9``) was taken for a key of
levels saying what each level means (LEVEL_KEY_UNDER_LIST at A14: "其下 1 行写各级别的判定标准…") and
every point of the list left without a level (LEVEL_BLANK ×9): ``collect._levels_by_table``
reads only the upright table, a column of levels beside a column of 序号. The assigned kind was
probed first (see the batch module) and lost every level in each probe, so it was taken.

Generalised after this measurement: under a list with no level column whose every row has its own
序号, a table of levels LAID ACROSS on the same sheet — a row whose first cell is a level's heading
(``风险等级``, ``风险级别``, ``等级``) and whose other cells are all levels (``一级 | 二级 | 三级``, ``高 |
中 | 低``, ``Ⅰ级 …``; a level merged over two columns counted once), over a row labelled
``对应序号``, ``风险点编号``, ``包含风险点`` … listing under each level the list's numbers (``1、2、5``,
``1,3``, ``第1-2项``) — grades each point by the column naming its number
(``collect._levels_by_table_across``; info LEVEL_BY_NUMBER_ACROSS at the levels' label; a list
number no column names keeps none, LEVEL_GROUP_NUMBER_UNMATCHED at its 序号); the table is no
longer reported as a key of levels (LEVEL_KEY_UNDER_LIST). Before, only the upright table
(``风险等级 | 对应序号`` over ``一级 | 1、4、7``) was read. Taken only where no number is named twice
and none is one the list lacks; words under the levels (a key), a count row (``风险点数 | 2 | 2 |
1``, or ``风险点`` over one number a level), a number under two levels and a number the list lacks
read as before; tests/test_level_table_across.py (a 市场监督管理局's ``风险级别 | 高 | 中 | 低`` over
``风险点编号 | 1,3 | 2、5 | 4`` right under the list; a 卫生健康局's ``等级 | Ⅰ级 | Ⅱ级 | Ⅲ级`` each
merged over two columns over ``包含风险点 | 第1-2项 | 第3项 | 第4项`` and a count row, one list number
named by none, under a caption; the near-misses; the two cases fail with the reader at 4bbfd35d).
This batch reads 1.00 now (forms 27/27, points 45/45, precision 45/45, levels 45/45, types 45/45,
noise 0), --strict too; batches 1086, 1076, 1078, 1009, 1071, 1073, 243, 318, 357, 634, 980, 712
and 935 (the tables of levels by 序号, the keys of levels under a list, the statistics sheets, the
tables joined by code) unchanged at 1.00; benchmarks/same_results.py against the base pickle
(main before this round): 10,743 files, no result changed — the 12 files it lists (tests/data/…)
differ only in ``.path``, the checkout they were read from.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch1087 import (
    GRADES,
    HIGHS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    WATER,
    WATER_ACROSS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **RISKS, **HIGHS}
BATCH = Batch(1087, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"yongde_water_bureau_level_table_across"}
TYPED = {
    "yongde_dedang_town_list",
    "yongde_yalian_village_list",
    "yongde_natural_resources_screening",
}
NOBODY = {"yongde_no1_middle_school_posts"}
SURNAMES = ("石抹", "术甲")


def test_batch1087_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=1086, unit_words=("永德",), new_people=True)


def _points_in(form: dict, sheets: dict) -> set:
    return set(sheets[form["sheet"]])


def test_batch1087_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(
        nobody=NOBODY,
        points=(4, 21),
        fields_in="file",
        points_in=_points_in,
    )
    assert RESAVED == ()


def test_batch1087_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)
    # the harder file: every point graded, the whole scale
    (name,) = HARDER
    assert {r["level"] for r in BATCH.points(name)} == {1, 2, 3}


def test_batch1087_every_unit_is_of_yongde_county():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS)
    assert all(u.startswith("临沧市永德县") for u in units)


def test_batch1087_people_are_of_two_rare_surnames():
    people = {f["person"] for lay in LAYOUTS for f in lay["truth"]} - {""}
    assert people and all(p.startswith(SURNAMES) for p in people)
    assert {next(s for s in SURNAMES if p.startswith(s)) for p in people} == set(SURNAMES)
    assert all(
        len(s) + 1 <= len(p) <= len(s) + 2 for p in people for s in SURNAMES if p.startswith(s)
    )


def test_batch1087_levels_by_the_table_laid_across():
    (name,) = HARDER
    rows = BATCH.filled(name)
    head = next(r for r, row in enumerate(rows) if row[0] == "风险等级")
    # the levels as column headings, the list's numbers under each; the labels merged over A:B
    assert rows[head][:5] == ["风险等级", "风险等级", *(w for w, _ in WATER_ACROSS)]
    assert rows[head + 1][:5] == ["对应序号", "对应序号", *(s for _, s in WATER_ACROSS)]
    assert rows[head - 1][0] == "风险等级对照表"
    named: dict[int, list[int]] = {}
    for c in range(2, 5):
        for n in rows[head + 1][c].split("、"):
            named.setdefault(int(n), []).append(GRADES[rows[head][c]])
    assert sorted(named) == list(range(1, len(WATER) + 1))
    assert all(len(lv) == 1 for lv in named.values())
    # the list: numbered 1…, no level column; each point the level of the column naming it
    listed = [row for row in rows if isinstance(row[0], int)]
    assert [row[0] for row in listed] == list(range(1, len(WATER) + 1))
    assert rows[1] == ["序号", "股室", "岗位", "姓名", "廉政风险点", "防控措施"]
    got = [(row[1], row[2], row[3], row[4], named[row[0]][0]) for row in listed]
    assert got == BATCH.truth_rows(name)


def test_batch1087_plain_tables_by_heading():
    cases = [
        ("yongde_dedang_town_list",
         {"dept": "站所", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险等级"),
        ("yongde_yongkang_town_list", {"post": "岗位", "person": "姓名", "point": "主要风险点"}, "风险级别"),
        ("yongde_yalian_village_list",
         {"post": "职务", "person": "姓名", "point": "廉政风险点"}, "风险等级"),
        ("yongde_no1_middle_school_posts", {"dept": "部门", "post": "岗位", "point": "风险点"}, "风险等级"),
        ("yongde_natural_resources_screening",
         {"dept": "股室", "post": "职务", "person": "责任人", "point": "风险点"}, "风险等级"),
    ]  # fmt: skip
    for name, heads, level in cases:
        assert BATCH.by_heading(name, heads, level=level) == BATCH.truth_rows(name), name


def test_batch1087_group_rows_give_the_department():
    name = "yongde_daxueshan_clinic_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], HIGHS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch1087_one_sheet_a_person():
    name = "yongde_finance_bureau_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "科　室", "职　务"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch1087_is_read(tmp_path):
    BATCH.is_read(tmp_path)
