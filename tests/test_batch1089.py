"""The one-thousand-and-eighty-ninth batch of published layouts (tests/published/batch1089.py):
seven ordinary files as the 镇, 村, 林草, 医保, 卫生院 and 学校 bodies of one county (昭通市彝良县)
send them — the 角奎镇人民政府's 一览表, the 小草坝镇人民政府's 清单 with ``职务 | 姓名`` on every row, the
角奎镇发达村民委员会's 清单, the 林业和草原局's 排查表 with ``责任人`` on every row, the 医疗保障局's 清单
对岗不对人, the 龙安镇卫生院's 防控卡 under group rows, the 第二中学's 自查表 one sheet a person — and one
harder: the 自然资源局's 一览表, one row a person, his several points in ONE ``廉政风险点`` cell
numbered ``①…②…③…`` or ``⑴…⑵…``, each closing with its own level in brackets, over a ``风险等级``
column writing one level for the whole cell or blank
(``python tests/published/score.py --set batch1089``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here.

Measured ONCE, untuned, with the reader at f7658eb4 (main; this worktree branched from that
commit, xlproc/ untouched), after these tests passed (but ``is_read``): TOTAL forms=1.000
recall=0.735 precision=0.878 levels=1.000 types=1.000 noise=0 (forms 26/26, points 36/49,
precision 36/41, levels 36/36, types 36/36 — levels and types are scored on the points found
only); with --strict the same. The 8 files: eight .xlsx, no re-saved copies. All seven ordinary
layouts read in full (forms, points, levels and types all 1.00, noise 0, --strict too) — the
卫生院's group rows as 科室, the 镇's ``职务 | 姓名`` on every row, the 村's ``职务 | 姓名`` merged,
the 医疗保障局's posts with no names, the 林业和草原局's ``责任人`` on every row, the 中学's sheets a
person, the names of the surnames 药罗葛 and 葛萨, as the truth has them.

The one miss is the harder ``yiliang_natural_resources_points_in_one_cell.xlsx``: forms 6/6,
points 2/15, precision 2/7, levels 2/2, types 2/2. Only the 登记员's cell
(``①…（中）；②…（低）`` over a BLANK level cell) was read as two points at their own levels; the
five cells over a level column writing one level for the whole cell (``高``, ``中``) — numbered
``①②③`` on one line, ``①②③`` or ``⑴⑵⑶`` on lines of their own, ``⑴⑵`` on one line — each stayed
ONE point, its text the whole cell with its numbers and brackets, at the column's level (13
points missed, 5 points that are none). The kind was probed first, six workbooks: ``①…（高）②…（中）``
over a blank level cell, on one line or parted by ``；``, read right; over a level column writing
the highest of the items' levels (``高``, ``一级`` with the items on lines of their own, ``Ⅰ级``
with ``⑴…；⑵…``) one point; ``⑴…（高）⑵…（中）`` one point even over a blank level cell — so the
assigned kind was taken.

Generalised after this measurement: a row whose point cell numbers several points, each closing
with its own level in brackets, and whose level column writes ONE level — the highest of the
items' (``高`` beside ``①…（高）②…（中）``, ``一级`` beside ``⑴…（一级）⑵…（二级）``, ``二级`` beside
``1.…（二级）⏎2.…（三级）``) — reads a point each at its own bracket's level, the column's level the
whole cell's (``locate_body._level_of_the_items``; info LEVEL_CELL_HIGHEST_OF_ITEMS, once a table,
naming the first level cell and the count; before, only a BLANK level cell let the items part), and
the parenthesised numbers set as one character (``⑴``–``⒇``) number such items as ``①`` does
(``locate_base._level_closed_items``, its own kind: ``①`` and ``⑴`` mixed stay one point). The rule
runs only on the cells the POINTS_NUMBERED_LEVELS test already parts (no new pass over the sheet).
A level column writing a level the items' highest is not (``中`` beside ``（高）…（中）``), two
levels, items closing with types beside a filled type column, and items not each bracketed read as
before; tests/test_level_cell_highest_of_items.py (a 卫生健康局's ``部门 | 职务 | 责任人 | 风险点描述 |
风险级别`` with ``一级/二级/三级`` and ``Ⅰ级/Ⅲ级``; a 供销合作社's ``【高风险】`` items parted by ``；``
and ``⑴…（中风险）`` over a blank cell; the near-misses; the two cases fail with the reader at
f7658eb4). This batch reads 1.00 now (forms 26/26, points 49/49, precision 49/49, levels 49/49,
types 49/49, noise 0), --strict too; batches 148, 300, 609, 746, 986, 1027, 1039, 1047 and 1069
(numbered points with levels in one cell, ``①``/``⑴`` numbering, level marks by item) unchanged at
1.00; benchmarks/same_results.py against the base pickle (main before this round): 10,743 files,
no result changed — the 12 files it lists (tests/data/…) differ only in ``.path``, the checkout
they were read from.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch1089 import (
    GRADES,
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
BATCH = Batch(1089, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"yiliang_natural_resources_points_in_one_cell"}
TYPED = {
    "yiliang_jiaokui_town_list",
    "yiliang_fada_village_list",
    "yiliang_medical_security_posts",
}
NOBODY = {"yiliang_medical_security_posts"}
SURNAMES = ("药罗葛", "葛萨")
ITEM = re.compile(r"([①-⑳⑴-⒇])([^（]+)（([高中低])）")


def test_batch1089_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=1087, unit_words=("彝良",), new_people=True)


def _points_in(form: dict, sheets: dict) -> set:
    return set(sheets[form["sheet"]])


def test_batch1089_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(
        nobody=NOBODY, points=(4, 21), fields_in="file", points_in=_points_in, whole_points=False
    )
    assert RESAVED == ()


def test_batch1089_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch1089_every_unit_is_of_yiliang_county():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("昭通市彝良县") for u in units)


def test_batch1089_people_are_of_two_rare_surnames():
    people = {f["person"] for lay in LAYOUTS for f in lay["truth"]} - {""}
    assert people and all(p.startswith(SURNAMES) for p in people)
    assert {next(s for s in SURNAMES if p.startswith(s)) for p in people} == set(SURNAMES)
    assert all(
        len(s) + 1 <= len(p) <= len(s) + 2 for p in people for s in SURNAMES if p.startswith(s)
    )


def test_batch1089_numbered_items_in_one_cell_are_points_at_their_own_levels():
    name = "yiliang_natural_resources_points_in_one_cell"
    rows = BATCH.filled(name)
    at = next(r for r, row in enumerate(rows) if row and row[0] == "序号")
    assert rows[at] == ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"]
    got, blank, highest = [], 0, 0
    for row in rows[at + 1 :]:
        if not isinstance(row[0], int):
            continue
        items = ITEM.findall(row[4])
        assert len(items) >= 2, row[4]
        marks = [m for m, _, _ in items]
        assert marks == [chr(ord(marks[0]) + k) for k in range(len(marks))], row[4]
        got += [(row[1], row[2], row[3], point.strip("；\n"), HML[lv]) for _, point, lv in items]
        if row[5] is None:
            blank += 1
        else:  # the column's one level is the highest of the cell's
            assert HML[row[5]] == min(HML[lv] for _, _, lv in items), row
            highest += 1
    assert got == BATCH.truth_rows(name)
    assert blank >= 1 and highest >= 4
    # the kinds of numbering and of joints the file shows
    assert {row[4] for row in RESOURCES} == {"①②③", "⑴⑵", "①②", "⑴⑵⑶"}
    assert {row[5] for row in RESOURCES} == {"", "\n", "；"}


def test_batch1089_plain_tables_by_heading():
    cases = [
        ("yiliang_jiaokui_town_list",
         {"dept": "所在科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}),
        ("yiliang_forestry_bureau_screening",
         {"dept": "股室", "post": "岗位", "person": "责任人", "point": "风险点"}),
        ("yiliang_medical_security_posts", {"dept": "科室", "post": "岗位", "point": "廉政风险点"}),
        ("yiliang_xiaocaoba_town_list", {"post": "职务", "person": "姓名", "point": "风险点"}),
        ("yiliang_fada_village_list", {"post": "职务", "person": "姓名", "point": "廉政风险点"}),
    ]  # fmt: skip
    for name, heads in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name


def test_batch1089_group_rows_give_the_department():
    name = "yiliang_longan_clinic_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], HML[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch1089_one_sheet_a_person():
    name = "yiliang_no2_middle_school_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "职　务", "填表日期"]
        assert rows[2][:2] == [f["person"], f["department"] + f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch1089_is_read(tmp_path):
    BATCH.is_read(tmp_path)
