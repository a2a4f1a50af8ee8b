"""The one-thousand-and-fourteenth batch of published layouts (tests/published/batch1014.py): seven
ordinary files as the 乡镇, 村, 文旅, 农业, 水务, 民政 and 供销 bodies of one county (镇远县) send them — the
舞阳镇人民政府's 清单 under group rows, the 报京村's 清单 with ``职务 | 姓名`` on every row, the 文体广电旅游局's
一览表, the 农业农村局's 责任清单, the 水务局's 清单 对岗不对人, the 民政局's 排查表 with ``风险点 | 风险表现``,
the 供销合作社联合社's 自查表 one sheet a person — and one harder: the 卫生健康局's 一览表 with no type and no
level column, each point's cell closing with its type and its level, each after a dash
(``乡镇卫生院药品采购收受回扣——思想道德风险——一级``)
(``python tests/published/score.py --set batch1014``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here.

Measured ONCE, untuned, with the reader at 0a78253b (r4base: main with batches 999–1009 and
1011–1013; this worktree branched from that commit, xlproc/ untouched), after these tests passed
(but ``is_read``): TOTAL forms=1.000 recall=0.854 precision=0.854 levels=1.000 types=1.000 noise=0
(forms 24/24, points 35/41, precision 35/41, levels 35/35, types 35/35 — levels and types are
scored on the points found only); with --strict the same. The 8 files: eight .xlsx, no re-saved
copies. All seven ordinary layouts read in full (forms, points, levels and types all 1.00, noise 0,
--strict too) — the 舞阳镇's group rows ``二、农业服务中心``, ``三、财政所`` as 科室 of the 镇, the 村's
``职务 | 姓名`` on every row, the 水务局's posts with no names, the 民政局's short ``风险点`` beside
``风险表现``, the two- and three-character surnames 素黎 and 渴烛浑, as the truth has them.

Missed, all in the harder ``zhenyuan_health_type_and_level_after_dashes.xlsx`` (forms 3/3, points
0/6, precision 0/6, noise 0): the level after the second dash was read (LEVEL_JOINED_TO_POINT at
一览表!E3, batch1011's reading) and taken off, but every point kept its type stuck to its words
(``乡镇卫生院药品采购收受回扣——思想道德风险``, E3, and so E4:E8) and NO TYPE (TABLE_NO_TYPE at A2),
though each cell says its type after the first dash. Forms, holders, 科室 and levels right. Kind: a
point's cell closing with BOTH its type and its level, each joined by its own separator (``…——类型
——级别``, or by the same token a bar or slash, ``…｜制度机制风险｜二级``, or a bar inside a closing
bracket, ``…【岗位职责｜高】``), in a table with no type and no level column, is read only half: the
reader takes a type after a dash only where the type closes the cell (TYPE_AFTER_DASH, run before
the level is taken off) and a level after a dash (LEVEL_JOINED_TO_POINT), and one closing bracket
with the type and the level only split by ``/``, ``、``, ``，``, ``；``; not a type that closes the cell
once the level behind it is taken off, nor a bar inside the bracket. A general fix would take the
type off after the level (and the level after the type), so either order of the two reads whole.

Generalised after this measurement: a point's cell closing with its type and then its level,
each joined by a dash, bar or slash (``…——思想道德风险——一级``, ``…｜岗位职责风险｜高``,
``…/制度机制/Ⅱ级``), in a table with no type and no level column, reads both: the level is taken
off as before (LEVEL_JOINED_TO_POINT, ``_joined_levels`` in xlproc/locate_levels.py, which now
hands back the rows whose level closed the cell), then the type left closing those rows is read
by ``_dash_types`` with ``both`` (the same separators as a joined level; the same rule for short
types and a type column's word), said once a table (TYPE_AND_LEVEL_JOINED, info, at the first
cell: here 一览表!E3, 6 points); a type and a level in one closing bracket split by a bar or a
dash (``…【岗位职责｜高】``, ``…（制度机制风险——二级）``) read as the ``/``-split bracket did; the
level first (``…——二级——制度机制风险``) reads as before, words before the level that are no type
(``…——审批环节——二级``) keep their place, tests/test_type_and_level_joined.py. Read 1.00 since
(forms 24/24, points 41/41, precision 41/41, levels 41/41, types 41/41, noise 0), --strict too;
batches 983, 1011, 999, 1007, 977, 915 and 786 (levels and types in the point's cell, a type after
a dash, a level joined to the point) unchanged at 1.00, --strict, and 989 unchanged at forms 0.967.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch1014 import (
    DASH,
    DASHED,
    GRADES,
    HIGHS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **RISKS, **HIGHS}
BATCH = Batch(1014, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"zhenyuan_health_type_and_level_after_dashes"}
TYPED = {
    "zhenyuan_health_type_and_level_after_dashes",
    "zhenyuan_culture_tourism_list",
    "zhenyuan_agriculture_duty_list",
    "zhenyuan_water_bureau_posts",
}
NOBODY = {"zhenyuan_water_bureau_posts"}
SURNAMES = ("素黎", "渴烛浑")


def test_batch1014_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=998, unit_words=("镇远县",), new_people=True)


def _points_in(form: dict, sheets: dict) -> set:
    """The cells of the form's sheet, and in the harder file each point's words before its first dash."""
    cells = sheets[form["sheet"]]
    return set(cells) | {c.partition(DASH)[0] for c in cells if DASH in c}


def test_batch1014_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 16), points_in=_points_in)
    assert RESAVED == ()


def test_batch1014_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch1014_every_unit_is_of_zhenyuan():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("镇远县") for u in units)


def test_batch1014_people_are_of_two_rare_surnames():
    people = {f["person"] for lay in LAYOUTS for f in lay["truth"]} - {""}
    assert people and all(p.startswith(SURNAMES) for p in people)
    assert {next(s for s in SURNAMES if p.startswith(s)) for p in people} == set(SURNAMES)


def test_batch1014_type_and_level_after_dashes_in_the_point_cell():
    name = "zhenyuan_health_type_and_level_after_dashes"
    sheet = BY_NAME[name]["sheets"][0]
    rows = sheet["rows"]
    h = next(r for r, row in enumerate(rows) if row and row[0] == "序号")
    # no type and no level column: both are only inside the point's cell, each after a dash
    assert not any(w in (x or "") for x in rows[h] for w in ("等级", "级别", "类型", "类别"))
    filled = BATCH.filled(name)
    got, types = [], set()
    for row in filled[h + 1 :]:
        if not isinstance(row[0], int):
            continue
        point, typ, lv = row[4].split(DASH)
        assert point and typ.endswith("风险") and lv in GRADES
        types.add(typ)
        got.append((row[1], row[2], row[3], point, GRADES[lv]))
    assert got == BATCH.truth_rows(name)
    assert len(got) == len(DASHED) and {lv for *_x, lv, _m in DASHED} == set(GRADES)
    assert len(types) >= 4


def test_batch1014_plain_tables_by_heading():
    cases = [
        ("zhenyuan_culture_tourism_list",
         {"dept": "股室", "post": "职务", "person": "姓名", "point": "廉政风险点"}),
        ("zhenyuan_agriculture_duty_list",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}),
        ("zhenyuan_water_bureau_posts", {"dept": "科室", "post": "岗位", "point": "廉政风险点"}),
        ("zhenyuan_civil_affairs_screening",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}),
        ("zhenyuan_baojing_village_list", {"post": "职务", "person": "姓名", "point": "风险点"}),
    ]  # fmt: skip
    for name, heads in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name


def test_batch1014_group_rows_give_the_department():
    name = "zhenyuan_wuyang_town_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch1014_one_sheet_a_person():
    name = "zhenyuan_supply_coop_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "职　务", "自查日期"]
        assert rows[2][:2] == [f["person"], f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch1014_is_read(tmp_path):
    BATCH.is_read(tmp_path)
