"""The one-thousand-and-seventy-sixth batch of published layouts (tests/published/batch1076.py):
seven ordinary files as the 街道, 乡, 自然资源, 林草, 医院, 卫生院 and 学校 bodies of one county
(玉溪市元江县) send them — the 澧江街道办事处's 清单, the 那诺乡人民政府's 排查表 with ``职务 | 姓名`` on
every row, the 自然资源局's 一览表, the 林业和草原局's 排查表 with ``责任人`` on every row, the 人民医院's
清单 对岗不对人, the 羊街乡卫生院's 防控卡 under group rows, the 第一中学's 自查表 one sheet a person —
and one harder: the 因远镇人民政府's 清单 with no level column, each list followed on its sheet by a
small table grouping its 序号 by level (``风险等级 | 风险点序号`` over ``高风险 | 第1、3、8项``,
``中风险 | 第2、4至6、9项``; ``风险级别 | 包含风险点`` over ``一级 | 1、3``, ``二级 | 2、4-6``)
(``python tests/published/score.py --set batch1076``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here.

Measured ONCE, untuned, with the reader at 0a266f03 (main; this worktree branched from that
commit, xlproc/ untouched), after these tests passed (but ``is_read``): TOTAL forms=1.000
recall=1.000 precision=1.000 levels=0.745 types=1.000 noise=0 (forms 31/31, points 51/51,
precision 51/51, levels 38/51, types 51/51 — levels and types are scored on the points found
only); with --strict the same. The 8 files: eight .xlsx, no re-saved copies. All seven ordinary
layouts read in full (forms, points, levels and types all 1.00, noise 0, --strict too) — the
卫生院's group rows as 科室, the 乡's ``职务 | 姓名`` on every row, the 医院's posts with no names,
the 林草局's ``责任人`` on every row, the 中学's sheets a person, the names of the surnames 蒲鲜 and
斡勒, as the truth has them.

The one miss is the harder ``yuanjiang_yinyuan_town_levels_by_group.xlsx``: forms 11/11, points
17/17, precision 17/17, types 17/17, but levels 4/17. On the 镇机关 sheet the table of levels
``高风险 | 第1、3、8项``, ``中风险 | 第2、4至6、9项``, ``低风险 | 第7、10项`` was read as number 3 high
and 4, 5, 6 middle only (``第1、3、8项`` gives ``number_list`` just 3, ``第7、10项`` nothing: the
``第``/``项`` glued to the first and last number), the other six points of the sheet without a
level (LEVEL_BY_NUMBER naming 第3项 and 第4、5、6项; LEVEL_BLANK at each); on the 站所 sheet the
table headed ``风险级别 | 包含风险点`` was not taken for a table of levels at all (LEVEL_KEY_UNDER_LIST
at A12; every point LEVEL_BLANK). The probe run before building (``序号 | 岗位 | 风险点 | 防控措施``
with the table below on the same sheet or a second one) read ``一级 | 1、3、8``, ``二级 | 2、4-6``,
``三级 | 7`` under ``风险点序号`` right on either sheet, ``4至6`` too, so the kind as first worded
reads; but ``第1、3、8项`` on the same sheet (read right on a second sheet, as a statistics
table), a numbers column headed ``包含风险点``, and a group naming a number the list lacks (``三级 |
7、9``: no table of levels at all, every point blank, no word of the 9) were misread, and a list
number no group names was left blank with only LEVEL_BLANK; the batch's harder file takes the
first two, the fix all.

Generalised after this measurement: under a list with no level column whose every row has a
序号, a small table on the same sheet grouping those numbers by level (``collect._levels_by_table``)
is now also read where its cells write the numbers ``第1、3、8项``, ``第2、4至6、9项``, ``第1项、第4项``
(the 第/项/条 taken out of a cell listing numbers only), where its numbers' column is headed by the
points it holds (``包含风险点``, ``对应风险点``, ``所含风险点``, ``风险点``: taken only where every cell
under it lists numbers; the LEVEL_KEY_UNDER_LIST it drew is dropped), and where a group names a
number the list lacks (while at least two numbers, and twice as many as the unmatched ones, are the
list's): each point the level of the group naming its number (info LEVEL_BY_NUMBER_GROUPS at the
numbers' heading, naming the levels; the plain ``一级 | 1、3、8`` under ``风险点序号`` still gives
LEVEL_BY_NUMBER). A number the list lacks, a number named under two levels (its point then left
without a level) and a list number no group names are warned at their cells
(LEVEL_GROUP_NUMBER_UNMATCHED). A ``风险点`` column of words (a legend), numbers mostly another
list's and the plain table read as before; tests/test_level_by_number_groups.py (a 市场监督管理局's
``级别 | 风险点编号`` over ``Ⅰ级 | 第1、4、5项``, ``Ⅱ级 | 第2至3项``; a 中学's ``等级 | 所含风险点`` over
``高 | 1,2``, ``中 | 3～5``, ``低 | 6、7`` with a 7 it lacks; a 卫生院's ``第2项`` under two levels and a
5 in none; the near-misses). Left as read: in the plain, unworded table a list number no group names
is still only LEVEL_BLANK at its level cell, and a number under two levels still drops the table
to the statistics-sheet rule (which warns STATISTICS_NUMBER_UNMATCHED); the same table on a SECOND
sheet was already read right (TYPES_LEVELS_BY_STATISTICS), ``第…项`` too, and is not changed; so
was one on the same sheet whose cells gave ``number_list`` no number of the list at all (the
statistics rule then took it): the misread was the table taken with only some of its numbers. This
batch reads 1.00 now (forms 31/31, points 51/51, precision 51/51, levels 51/51, types 51/51, noise
0), --strict too; batches 1009, 1071, 1073, 243, 318, 357, 515, 631, 634 and 980 (the tables of
levels by 序号, the statistics sheets, the legends under a list, the tables joined by code)
unchanged at 1.00; benchmarks/same_results.py against the base pickle (main before this
round): 10,743 files, no result changed — the 12 files it lists (tests/data/…) differ only in
``.path``, the checkout they were read from.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch1076 import (
    GRADES,
    HIGHS,
    LAYOUTS,
    OFFICE,
    OFFICE_GROUPS,
    RESAVED,
    RISKS,
    ROMAN,
    STATION_GROUPS,
    STATIONS,
    build,
    group_levels,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **RISKS, **HIGHS}
BATCH = Batch(1076, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"yuanjiang_yinyuan_town_levels_by_group"}
TYPED = {
    "yuanjiang_lijiang_street_list",
    "yuanjiang_natural_resources_bureau_list",
    "yuanjiang_peoples_hospital_posts",
}
NOBODY = {"yuanjiang_peoples_hospital_posts", "yuanjiang_yinyuan_town_levels_by_group"}
SURNAMES = ("蒲鲜", "斡勒")


def test_batch1076_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=1072, unit_words=("元江",), new_people=True)


def _points_in(form: dict, sheets: dict) -> set:
    return set(sheets[form["sheet"]])


def test_batch1076_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(
        nobody=NOBODY, points=(4, 21), fields_in="file", points_in=_points_in
    )
    assert RESAVED == ()


def test_batch1076_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch1076_every_unit_is_of_yuanjiang_county():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("玉溪市元江县") for u in units)


def test_batch1076_people_are_of_two_rare_surnames():
    people = {f["person"] for lay in LAYOUTS for f in lay["truth"]} - {""}
    assert people and all(p.startswith(SURNAMES) for p in people)
    assert {next(s for s in SURNAMES if p.startswith(s)) for p in people} == set(SURNAMES)
    assert all(
        len(s) + 1 <= len(p) <= len(s) + 2 for p in people for s in SURNAMES if p.startswith(s)
    )


def _groups_below(rows: list[list], caption: str) -> tuple[list[str], dict[int, int]]:
    """The heading and the 序号 → level of the table of levels under ``caption``."""
    at = next(r for r, row in enumerate(rows) if row and row[0] == caption)
    head = [v for v in rows[at + 1] if v]
    groups = [(row[0], row[1]) for row in rows[at + 2 :] if row and row[0]]
    return head, group_levels(groups)


def test_batch1076_levels_come_from_the_table_below():
    name = "yuanjiang_yinyuan_town_levels_by_group"
    lay = BY_NAME[name]
    assert [s["name"] for s in lay["sheets"]] == ["镇机关", "站所"]
    # every 序号 of each list is named by exactly one group, no group names a number it lacks
    assert sorted(group_levels(OFFICE_GROUPS)) == list(range(1, len(OFFICE) + 1))
    assert sorted(group_levels(STATION_GROUPS)) == list(range(1, len(STATIONS) + 1))
    # the groups' numbers are written with 第…项 and 至 on one sheet, bare with - on the other
    assert all(s.startswith("第") and s.endswith("项") for _w, s in OFFICE_GROUPS)
    assert any("至" in s for _w, s in OFFICE_GROUPS) and any("-" in s for _w, s in STATION_GROUPS)
    office = BATCH.filled(name, "镇机关")
    at = next(r for r, row in enumerate(office) if row and row[0] == "序号")
    assert office[at] == ["序号", "岗位", "风险点", "防控措施"]  # no level column
    head, levels = _groups_below(office, "风险等级划分")
    assert head == ["风险等级", "风险点序号"]
    got = [
        ("", row[1], "", row[2], levels[row[0]])
        for row in office[at + 1 :]
        if isinstance(row[0], int)
    ]
    assert got == BATCH.truth_rows(name, "镇机关")
    stations = BATCH.filled(name, "站所")
    at = next(r for r, row in enumerate(stations) if row and row[0] == "序号")
    assert stations[at] == ["序号", "站所", "岗位", "风险点", "防控措施"]
    head, levels = _groups_below(stations, "风险等级：")
    assert head == ["风险级别", "包含风险点"]
    got = [
        (row[1], row[2], "", row[3], levels[row[0]])
        for row in stations[at + 1 :]
        if isinstance(row[0], int)
    ]
    assert got == BATCH.truth_rows(name, "站所")


def test_batch1076_plain_tables_by_heading():
    cases = [
        ("yuanjiang_lijiang_street_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}),
        ("yuanjiang_natural_resources_bureau_list",
         {"dept": "股室", "post": "职务", "person": "姓名", "point": "廉政风险点"}),
        ("yuanjiang_forestry_bureau_screening",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "风险点"}),
        ("yuanjiang_peoples_hospital_posts", {"dept": "科室", "post": "岗位", "point": "廉政风险点"}),
        ("yuanjiang_nanuo_township_screening", {"post": "职务", "person": "姓名", "point": "风险点"}),
    ]  # fmt: skip
    for name, heads in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name


def test_batch1076_group_rows_give_the_department():
    name = "yuanjiang_yangjie_clinic_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], HML[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch1076_one_sheet_a_person():
    name = "yuanjiang_no1_middle_school_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "职　务", "填表日期"]
        assert rows[2][:2] == [f["person"], f["department"] + f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch1076_is_read(tmp_path):
    BATCH.is_read(tmp_path)
