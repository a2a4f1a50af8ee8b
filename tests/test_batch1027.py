"""The one-thousand-and-twenty-seventh batch of published layouts (tests/published/batch1027.py):
seven ordinary files as the 乡镇, 村, 卫生院, 文物, 农业农村, 学校 and 水务 bodies of one county (普定县)
send them — the 马官镇人民政府's 清单, the 韭黄村's 清单 with ``职务 | 姓名`` on every row, the 猴场乡
卫生院's 一览表 with ``科室 | 职务 | 姓名`` on every row, the 文物管理所's 排查表 with ``风险点 | 风险表现``,
the 农业农村局's 清单 对岗不对人, the 第一中学's 自查表 one sheet a person, the 水务局's 清单 under group
rows — and one harder: the 自然资源局's 一览表, one row a person, his points in one cell numbered
``①…⏎②…⏎③…`` on separate lines, the level cell giving each point its own level by the same
circled numbers (``①一级②一级③二级``, ``①②二级③一级``, ``①二级⏎②三级``), the measures numbered alike
(``python tests/published/score.py --set batch1027``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here.

Measured ONCE, untuned, with the reader at 4c3a98df (main's HEAD; this worktree branched from
that commit, xlproc/ untouched), after these tests passed (but ``is_read``): TOTAL forms=1.000
recall=0.778 precision=0.897 levels=1.000 types=1.000 noise=0 (forms 25/25, points 35/45,
precision 35/39, levels 35/35, types 35/35 — levels and types are scored on the points found
only); with --strict the same. The 8 files: eight .xlsx, no re-saved copies. All seven ordinary
layouts read in full (forms, points, levels and types all 1.00, noise 0, --strict too) — the
水务局's group rows as 科室, the 村's ``职务 | 姓名`` on every row, the 农业农村局's posts with no
names, the 文物管理所's short ``风险点`` beside ``风险表现``, the 中学's sheets a person, the names of
the three-character surnames 乙速孤 and 侯莫陈, as the truth has them.

Missed, all in the harder ``puding_natural_resources_circled_points_levels.xlsx`` (forms 5/5,
points 1/11, precision 1/5, noise 0): each of the four people's point cells (一览表!E3:E6) was
read as ONE point, the whole cell with its circled numbers and line breaks
(``①国土空间规划局部调整打招呼⏎②…⏎③…``), with NO level and the error LEVEL_UNKNOWN at its level
cell (F3 ``①一级②一级③二级``, F4 ``①二级②三级``, F5 ``①②二级③一级``, F6 ``①二级⏎②三级``); only the
one person with a plain point and level (row 7) read. The reader splits numbered points beside
numbered levels line by line only where both are numbered ``1.``/``（1）`` (``_numbered_points``:
``1.…⏎2.…`` beside ``1.一级⏎2.二级``), and not where they are numbered ①, nor where the levels are
marked by circled numbers on one line or grouped. Kind: points numbered ①②③ a line in one cell,
each point's level marked by its circled number in the level cell (on one line, grouped or a
line each), read as one point with no level.

Generalised after this measurement: a point cell numbering a person's points ①, ②, … a line
(``（1）``, ``（2）`` too, ``1.`` lines, or ``①…；②…`` on one line) beside a level cell giving EACH
point its level by the same number — on one line (``①一级②一级③二级``, ``①高，②中，③低``), grouped
(``①②二级③一级``, ``（1）（3）Ⅰ级（2）Ⅱ级``) or a line each (``①二级⏎②三级``) — reads as a point a
number, the number off, each with the level its number is given and its measures where they are
numbered alike (else the cell's measures for all): info LEVELS_BY_ITEM_MARKS once a table, at the
first such level cell (here 一览表!F3, 4 rows, 10 points); ``①…⏎②…`` beside unnumbered level lines
(``二级⏎一级``) now reads as ``1.…⏎2.…`` beside them always did (``_numbered_points``), the measures
split by their circled numbers too. Behind the one-test gate ``grid.lacks("①", "(1)", "（1）")``;
level marks missing a point's number, a mark beside a point not numbered, and ``①…；②…`` under ONE
level (batch148's call: one point) read as before; tests/test_levels_by_item_marks.py (a
市场监督管理局's ``①高，②中，③低``, a 街道办事处's ``（1）`` points with ``（1）（3）Ⅰ级（2）Ⅱ级`` and ``①②Ⅱ级``,
a 供销社's ``①…；②…`` on one line beside ``①一级风险②三级风险`` and circled points beside ``二级⏎一级``,
and the near-misses). Read 1.00 since (forms 25/25, points 45/45, precision 45/45, levels 45/45,
types 45/45, noise 0), --strict too; the 61 earlier batches whose layouts write ① or ``（1）``/``(1)``
(4, 13, 21, 28, 33, 65, 78, 128, 148, 178, 219, 243, 300, 333, 347, 355, 375, 383, 386, 391, 394,
400, 401, 407, 409, 414, 421, 424, 425, 429, 439, 447, 452, 470, 486, 493, 533, 549, 557, 575,
600, 693, 711, 712, 746, 772, 784, 785, 847, 858, 877, 886, 895, 905, 935, 976, 980, 984, 986,
989, 990) unchanged: 1.00, batch711 at 0.929 before and after (its 问卷 file: forms 26/28); 148,
13, 300, 784, 33, 772, 533, 712, 486, 986 and 128 --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch1027 import (
    CIRCLED,
    GRADES,
    HEAD,
    HIGHS,
    LAYOUTS,
    RESAVED,
    RESOURCES,
    RISKS,
    ROMAN,
    build,
)
from published.cells import norm
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **RISKS, **HIGHS}
BATCH = Batch(1027, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"puding_natural_resources_circled_points_levels"}
TYPED = {
    "puding_maguan_town_list",
    "puding_houchang_health_centre_list",
    "puding_agriculture_bureau_posts",
}
NOBODY = {"puding_agriculture_bureau_posts"}
SURNAMES = ("乙速孤", "侯莫陈")


def test_batch1027_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=1023, unit_words=("普定县",), new_people=True)


def _points_in(form: dict, sheets: dict) -> set:
    """The cells of the form's sheet, and in the harder file each circled line (without its ①)
    of a cell as built there (the cells are normalised: ① reads 1, the lines run together)."""
    cells = sheets[form["sheet"]]
    typed = [c for lay in LAYOUTS for sh in lay["sheets"] for row in sh["rows"] for c in row]
    lines = {
        norm(x[1:])
        for c in typed
        if isinstance(c, str) and c[:1] in CIRCLED and norm(c) in cells
        for x in c.split("\n")
    }
    return set(cells) | lines


def test_batch1027_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(
        nobody=NOBODY, points=(4, 16), fields_in="file", points_in=_points_in
    )
    assert RESAVED == ()


def test_batch1027_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch1027_every_unit_is_of_puding():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("普定县") for u in units)


def test_batch1027_people_are_of_two_rare_surnames():
    people = {f["person"] for lay in LAYOUTS for f in lay["truth"]} - {""}
    assert people and all(p.startswith(SURNAMES) for p in people)
    assert {next(s for s in SURNAMES if p.startswith(s)) for p in people} == set(SURNAMES)
    assert all(len(p) in (4, 5) for p in people)  # a 3-char surname and a 1-2 char given name


def _by_circles(text: str) -> dict[int, str]:
    """A level cell read by its circled numbers: '①②二级③一级' → {1: 二级, 2: 二级, 3: 一级}."""
    got, waiting = {}, []
    for m in re.finditer(rf"([{CIRCLED}])|([^{CIRCLED}\s]+)", text):
        if m.group(1):
            waiting.append(CIRCLED.index(m.group(1)) + 1)
        else:
            got.update(dict.fromkeys(waiting, m.group(2)))
            waiting = []
    assert not waiting, text
    return got


def test_batch1027_circled_points_take_their_own_levels():
    name = "puding_natural_resources_circled_points_levels"
    rows = BATCH.filled(name)
    h = next(r for r, row in enumerate(rows) if row and row[0] == "序号")
    assert rows[h] == list(HEAD)
    body = [row for row in rows[h + 1 :] if isinstance(row[0], int)]
    assert [row[0] for row in body] == list(range(1, len(RESOURCES) + 1))
    got, shapes = [], set()
    for row in body:
        dept, post, who, cell, levels, measures = row[1:7]
        lines = cell.split("\n")
        if len(lines) == 1:  # a person's one point: plain cells
            assert cell[0] not in CIRCLED and levels in GRADES and measures[0] not in CIRCLED
            got.append((dept, post, who, cell, GRADES[levels]))
            continue
        # every line numbered ①, ②, … in turn, the measures alike
        assert [x[0] for x in lines] == list(CIRCLED[: len(lines)])
        assert [x[0] for x in measures.split("\n")] == list(CIRCLED[: len(lines)])
        by = _by_circles(levels)
        assert sorted(by) == list(range(1, len(lines) + 1)) and set(by.values()) <= set(GRADES)
        shapes.add(
            "lines"
            if "\n" in levels
            else "grouped"
            if re.search(rf"[{CIRCLED}]{{2}}", levels)
            else "one line"
        )
        got += [(dept, post, who, x[1:], GRADES[by[i]]) for i, x in enumerate(lines, 1)]
    assert got == BATCH.truth_rows(name)
    assert shapes == {"lines", "grouped", "one line"}
    # one person's points differ in level: no one level a cell
    by_person: dict[str, set[int]] = {}
    for _, _, who, _, lv in got:
        by_person.setdefault(who, set()).add(lv)
    assert sum(len(lvs) > 1 for lvs in by_person.values()) >= 2


def test_batch1027_plain_tables_by_heading():
    cases = [
        ("puding_maguan_town_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}),
        ("puding_houchang_health_centre_list",
         {"dept": "科室", "post": "职务", "person": "姓名", "point": "廉政风险点"}),
        ("puding_relics_office_screening",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}),
        ("puding_agriculture_bureau_posts", {"dept": "科室", "post": "岗位", "point": "廉政风险点"}),
        ("puding_jiuhuang_village_list", {"post": "职务", "person": "姓名", "point": "风险点"}),
    ]  # fmt: skip
    for name, heads in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name


def test_batch1027_group_rows_give_the_department():
    name = "puding_water_bureau_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch1027_one_sheet_a_person():
    name = "puding_middle_school_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "职　务", "填表日期"]
        assert rows[2][:2] == [f["person"], f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch1027_is_read(tmp_path):
    BATCH.is_read(tmp_path)
