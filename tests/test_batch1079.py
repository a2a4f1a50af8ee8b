"""The one-thousand-and-seventy-ninth batch of published layouts (tests/published/batch1079.py):
seven ordinary files as the 街道, 社区, 自然资源, 农业农村, 交通, 卫生院 and 学校 bodies of one county
(昭通市鲁甸县) send them — the 文屏街道办事处's 清单, the 卯家湾社区's 清单 with ``职务 | 姓名`` on every
row, the 自然资源局's 一览表, the 农业农村局's 排查表 with ``责任人`` on every row, the 交通运输局's 清单
对岗不对人, the 小寨镇卫生院's 防控卡 under group rows, the 第一中学's 自查表 one sheet a person — and one
harder: the 龙头山镇人民政府's 清单 whose holders are written in one cell, the post, a space and the
name (``岗位及人员``, ``职务　姓名``), the holders MOSTLY of common surnames with a one-character given
name that also writes a post or a duty (``会计　王长``, ``出纳　李员``, ``主任 张科``, ``站长　刘干``,
``科员 赵师``) (``python tests/published/score.py --set batch1079``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here.

Measured ONCE, untuned, with the reader at efcf1b17 (main; this worktree branched from that
commit, xlproc/ untouched), after these tests passed (but ``is_read``): TOTAL forms=0.733
recall=0.766 precision=0.766 levels=1.000 types=1.000 noise=0 (forms 22/30, points 36/47,
precision 36/47, levels 36/36, types 36/36 — levels and types are scored on the points found
only); with --strict the same. The 8 files: eight .xlsx, no re-saved copies. All seven ordinary
layouts read in full (forms, points, levels and types all 1.00, noise 0, --strict too) — the
卫生院's group rows as 科室, the 社区's ``职务 | 姓名`` on every row, the 交通运输局's posts with no
names, the 农业农村局's ``责任人`` on every row, the 中学's sheets a person, the names of the surnames
颜盏 and 孛术鲁, as the truth has them.

The one miss is the harder ``ludian_longtoushan_town_common_names.xlsx``: forms 2/10, points
2/13, precision 2/13, levels 2/2, types 2/2. The 镇机关 sheet's ``岗位及人员`` column (``镇长　王珩``,
``主任 张科``, ``会计　王长``, ``出纳　李员``, ``科员 赵师``) was set aside (COLUMN_GUESSED at B2,
``内容是岗位或科室``): its 7 points read under ONE form with no post and no holder (5 forms lost, 7
points wrong). In the 站所 sheet's ``职务　姓名`` column ``站长　刘干``, ``所长　张主``, ``报账员 刘管``
were read whole as a NAME with no post (``站长刘干``: 3 forms, 4 points); ``副站长 李澜`` and
``农技员　颜盏璟`` read right. The probe run before building (a ``岗位及人员`` column alone with
``镇长　王珩``, ``会计　王长``, ``出纳　李员``, ``主任 张科``, ``站长　刘干``, ``科员 赵师``: the column
guessed away, no holder at all; ``科室 | 职务　姓名``: ``会计王长``, ``出纳李员``, ``主任张科``,
``站长刘干`` as names with no post, ``科员 赵师`` right, ``科员　安全员`` a name ``科员安全员`` and
``会计 城关镇`` a 会计 ``城关镇``) showed the assigned kind misread, so it is taken.

Generalised after this measurement: in a column naming the post and its holder in one cell
(``岗位及人员``, ``职务　姓名``, ``岗位人员``: no 岗位 column of its own), where MORE THAN HALF of the
column's filled cells are a post, one space (full- or half-width) and a name of any kind
(``镇长　王珩``, ``副站长 李澜``, ``农技员　颜盏璟`` count: ``identity.post_spaced_any_name``), a cell
whose name is TWO characters, a common surname's (``COMMON_SURNAMES``) and a given name that
also writes a post, a 科室 or a duty (``会计　王长``, ``出纳　李员``, ``主任 张科``, ``站长　刘干``:
``identity.post_spaced_common_name``), is the post before the space and the holder after it; a
column the heading guess set aside for its posts (COLUMN_GUESSED ``内容是岗位或科室``) is the
holders' again, each of its cells so split, and the table read as a list (info
HOLDER_SPACED_COMMON_NAME, once a table, counting the cells of the kind;
``locate_holders._post_spaced_common`` after ``_post_spaced_unlisted``, gated by
``grid.lacks`` of posts' words and by a cell of the kind in the column). A listed post, a field,
a duty, a vacancy or a place after the space (``科员　安全员``, ``股长 审核把关``, ``会计 城关镇``,
``科员　文书``, ``会计 暂缺``), a column only half so written (``出纳 王长`` beside ``科员　安全员``,
the near-miss of tests/test_holder_name_writes_post.py, unchanged) and a column of posts with no
names read as before; tests/test_holder_spaced_common_name.py (a 林业和草原局's ``岗位人员`` set
aside before, ``Ⅰ级/Ⅱ级/Ⅲ级``; a 社区卫生服务中心's ``科室 | 职务　姓名`` with ``一级风险/…``; the
near-misses, checked to read the same with the reader at efcf1b17). This batch reads 1.00 now
(forms 30/30, points 47/47, precision 47/47, levels 47/47, types 47/47, noise 0), --strict too;
batches 1072, 1075, 1055, 1067, 1052, 1068, 1069 and 1045 (the post-and-holder cells, the
names that write posts, the glued ranks) unchanged at 1.00 (--strict too where checked: 1072,
1075, 1055); benchmarks/same_results.py against the base pickle (main before this round):
10,743 files, no result changed — the 12 files it lists (tests/data/…) differ only in
``.path``, the checkout they were read from.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch1079 import (
    GRADES,
    HIGHS,
    LAYOUTS,
    OFFICE,
    RESAVED,
    RISKS,
    ROMAN,
    STATIONS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **RISKS, **HIGHS}
BATCH = Batch(1079, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"ludian_longtoushan_town_common_names"}
TYPED = {
    "ludian_wenping_street_list",
    "ludian_natural_resources_bureau_list",
    "ludian_transport_bureau_posts",
}
NOBODY = {"ludian_transport_bureau_posts"}
SURNAMES = ("颜盏", "孛术鲁")
POST_WORDS = set("长员主任干科师管")
COMMON = set("王李张刘赵")


def test_batch1079_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=1077, unit_words=("鲁甸",), new_people=True)


def _points_in(form: dict, sheets: dict) -> set:
    return set(sheets[form["sheet"]])


def test_batch1079_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(
        nobody=NOBODY, points=(4, 21), fields_in="file", points_in=_points_in
    )
    assert RESAVED == ()


def test_batch1079_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True, skip_types=HARDER)
    # the harder file's 站所 sheet types every point, its 镇机关 sheet none
    for f in BY_NAME["ludian_longtoushan_town_common_names"]["truth"]:
        n = 1 if f["sheet"] == "站所" else 0
        assert all(len(r["types"]) == n for r in f["risks"]), f["sheet"]


def test_batch1079_every_unit_is_of_ludian_county():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("昭通市鲁甸县") for u in units)


def test_batch1079_people_are_of_two_rare_surnames():
    # (the ordinary files; the harder one's holders are mostly of common surnames)
    people = {f["person"] for lay in LAYOUTS if lay["name"] not in HARDER for f in lay["truth"]}
    people -= {""}
    assert people and all(p.startswith(SURNAMES) for p in people)
    assert {next(s for s in SURNAMES if p.startswith(s)) for p in people} == set(SURNAMES)
    assert all(
        len(s) + 1 <= len(p) <= len(s) + 2 for p in people for s in SURNAMES if p.startswith(s)
    )


def _split(cell: str) -> tuple[str, str]:
    post, _, who = cell.replace("\u3000", " ").partition(" ")
    return post, who


def test_batch1079_holder_cells_are_post_space_name():
    name = "ludian_longtoushan_town_common_names"
    lay = BY_NAME[name]
    assert [s["name"] for s in lay["sheets"]] == ["镇机关", "站所"]
    # every holder cell is the post, one space, the name; the truth holds them split
    cells = [c for c, *_x in OFFICE] + [c for _d, c, *_x in STATIONS]
    assert all(_split(c) == (p, w) for c, p, w, *_x in OFFICE)
    assert all(_split(c) == (p, w) for _d, c, p, w, *_x in STATIONS)
    assert any(" " in c for c in cells) and any("\u3000" in c for c in cells)
    # most holders are of a common surname with a given name that also writes a post or a duty
    people = {w for _c, _p, w, *_x in OFFICE} | {w for _d, _c, _p, w, *_x in STATIONS}
    common = {w for w in people if len(w) == 2 and w[0] in COMMON}
    assert len(common) == 9 and len(people) == 10
    assert sum(w[1] in POST_WORDS for w in common) == 7
    assert people - common == {"颜盏璟"}
    office = BATCH.filled(name, "镇机关")
    at = next(r for r, row in enumerate(office) if row and row[0] == "序号")
    assert office[at][1] == "岗位及人员"
    got = [
        ("", *_split(row[1]), row[2], HML[row[3]])
        for row in office[at + 1 :]
        if isinstance(row[0], int)
    ]
    assert got == BATCH.truth_rows(name, "镇机关")
    stations = BATCH.filled(name, "站所")
    at = next(r for r, row in enumerate(stations) if row and row[0] == "序号")
    assert stations[at][2] == "职务　姓名"
    got = [
        (row[1], *_split(row[2]), row[3], HML[row[5]])
        for row in stations[at + 1 :]
        if isinstance(row[0], int)
    ]
    assert got == BATCH.truth_rows(name, "站所")


def test_batch1079_plain_tables_by_heading():
    cases = [
        ("ludian_wenping_street_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}),
        ("ludian_natural_resources_bureau_list",
         {"dept": "股室", "post": "职务", "person": "姓名", "point": "廉政风险点"}),
        ("ludian_agriculture_bureau_screening",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "风险点"}),
        ("ludian_transport_bureau_posts", {"dept": "科室", "post": "岗位", "point": "廉政风险点"}),
        ("ludian_maojiawan_community_list", {"post": "职务", "person": "姓名", "point": "风险点"}),
    ]  # fmt: skip
    for name, heads in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name


def test_batch1079_group_rows_give_the_department():
    name = "ludian_xiaozhai_clinic_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], HML[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch1079_one_sheet_a_person():
    name = "ludian_no1_middle_school_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "职　务", "填表日期"]
        assert rows[2][:2] == [f["person"], f["department"] + f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch1079_is_read(tmp_path):
    BATCH.is_read(tmp_path)
