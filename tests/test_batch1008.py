"""The one-thousand-and-eighth batch of published layouts (tests/published/batch1008.py): seven
ordinary files as the 文化, 移民, 就业 and 乡村 bodies of one county (剑河县) send them — the 南寨乡人民政府's
清单 under group rows, the 展留村's 清单 with ``职务 | 姓名`` on every row, the 生态移民局's 一览表, the
人力资源和社会保障局's 责任清单, the 工业和商务局's 清单 对岗不对人, the 农业农村局's 排查表 with ``风险点 |
风险表现``, the 妇女联合会's 自查表 one sheet a person — and one harder: the 文体广电旅游局's 一览表 whose
``廉政风险点`` heading is merged across TWO columns with no sub-headings, each row holding one or two
points of the same level side by side, one a cell (``python tests/published/score.py --set batch1008``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here.

Measured ONCE, untuned, with main's reader at 278c84a8 (this worktree branched from that commit,
xlproc/ untouched), after these tests passed (but ``is_read``): TOTAL forms=1.000 recall=0.864
precision=0.927 levels=1.000 types=1.000 noise=0 (forms 24/24, points 38/44, precision 38/41, levels
38/38, types 38/38 — levels and types are scored on the points found only); with --strict the same.
The 8 files: eight .xlsx, no re-saved copies. All seven ordinary layouts read in full (forms, points,
levels and types all 1.00, noise 0, --strict too) — the 南寨乡's group rows ``二、综合文化站``,
``三、社会事务办`` as 科室 of the 乡, the 村's ``职务 | 姓名`` on every row, the 工业和商务局's posts with no
names, the 农业农村局's short ``风险点`` beside ``风险表现``, as the truth has them.

Missed, all in the harder ``jianhe_culture_points_side_by_side.xlsx`` (forms 3/3, points 3/9, precision
3/6, levels 3/3, types 3/3, noise 0): every row holding TWO points side by side under the ``廉政风险点``
heading merged across E:F came out as ONE point, the two cells joined by a line break
(``锡绣传习基地建设资金安排个人说了算⏎非遗展演活动承办单位指定``, 一览表!E3:F3: truth two points, both 一级, of
局长 渴侯翀瑢; E5:F5 of 股长 叱吕澈沄, E7:F7 of 科员 渴侯霂: 6 points lost, 3 joined ones invented); the rows
holding one point (the right cell blank) read right. No issue said so (only TABLE_NO_TYPE, info,
A2). Forms, holders, 科室 and levels right.
Kind: a point heading merged across two (or more) columns with no sub-headings, whose rows fill
the cells FROM THE LEFT, one whole point a cell (two at once on some rows, the left alone on
others, never a later one alone), is read as if the columns were one point typed across them
(joined); the reader knows the staggered case (each row ONE of the cells, a note giving each column
a level) and a text running on from one cell into the next, not two whole points side by side. A
general fix would read each filled cell as a point of its own, at the row's level and with the
row's measures, where the cells each stand whole (no run-on mark between them, the later no
description of the earlier) and the table has a row with the left cell alone.

Generalised after this measurement: a point heading merged across two to four columns with no
sub-headings, whose rows fill the cells from the left, one whole point a cell (two or more at once
on some rows, the left cell alone on at least one, never a later cell alone), reads each filled
cell as a point of its own, at the row's level and type and with the row's measures (where the
level heading is merged alike over as many columns, each point takes the level in its own column,
the left one's where its own is blank); said once a table (POINTS_SIDE_BY_SIDE, info, at the
heading's cell: here 一览表!E2, E–F, 3 rows); a text running on from one cell into the next, a short
name beside its description, a word of the point's (``主要``, ``高``) beside it, every row filling
every cell and the staggered shape read as before, tests/test_points_side_by_side.py. Read 1.00
since (forms 24/24, points 44/44, precision 44/44, levels 44/44, types 44/44, noise 0), --strict too;
batches 983, 860, 908, 935 (staggered point columns) and 1003 unchanged at 1.00, --strict.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch1008 import (
    GRADES,
    HIGHS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    SIDE,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **RISKS, **HIGHS}
BATCH = Batch(1008, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"jianhe_culture_points_side_by_side"}
TYPED = {
    "jianhe_relocation_bureau_list",
    "jianhe_hrss_duty_list",
    "jianhe_commerce_bureau_posts",
}
NOBODY = {"jianhe_commerce_bureau_posts"}
SURNAMES = ("渴侯", "叱吕")


def test_batch1008_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=998, unit_words=("剑河县",), new_people=True)


def test_batch1008_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 16))
    assert RESAVED == ()


def test_batch1008_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch1008_every_unit_is_of_jianhe():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("剑河县") for u in units)


def test_batch1008_people_are_of_two_rare_surnames():
    people = {f["person"] for lay in LAYOUTS for f in lay["truth"]} - {""}
    assert people and all(p.startswith(SURNAMES) for p in people)
    assert {p[:2] for p in people} == set(SURNAMES)


def test_batch1008_points_side_by_side_under_one_heading():
    name = "jianhe_culture_points_side_by_side"
    sheet = BY_NAME[name]["sheets"][0]
    rows, merges = sheet["rows"], set(sheet["merges"])
    h = next(r for r, row in enumerate(rows) if row and row[0] == "序号")
    # the point heading merged across E:F, nothing under it but the rows
    assert rows[h][4] == "廉政风险点" and rows[h][5] is None and (h, 4, h, 5) in merges
    assert not any(m[0] > h and m[1] <= 5 and m[3] >= 4 for m in merges)
    filled = BATCH.filled(name)
    got = []
    for row in filled[h + 1 :]:
        if not isinstance(row[0], int):
            continue
        for c in (4, 5):
            if row[c]:
                got.append((row[1], row[2], row[3], row[c], LEVELS[row[6]]))
    assert got == BATCH.truth_rows(name)
    # some rows hold two points, some one (the right cell blank); never the right one alone
    pairs = [row for row in filled[h + 1 :] if isinstance(row[0], int)]
    assert sum(1 for row in pairs if row[4] and row[5]) >= 3
    assert sum(1 for row in pairs if row[4] and not row[5]) >= 2
    assert not any(row[5] and not row[4] for row in pairs)
    assert len(pairs) == len(SIDE)
    # no point of a row runs on into the next cell: each stands whole
    assert all(not p.endswith(("，", "、", "；")) for *_x, ps, _l, _m in SIDE for p in ps)


def test_batch1008_plain_tables_by_heading():
    cases = [
        ("jianhe_relocation_bureau_list",
         {"dept": "股室", "post": "职务", "person": "姓名", "point": "廉政风险点"}),
        ("jianhe_hrss_duty_list",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}),
        ("jianhe_commerce_bureau_posts", {"dept": "科室", "post": "岗位", "point": "廉政风险点"}),
        ("jianhe_agriculture_screening",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}),
        ("jianhe_zhanliu_village_list", {"post": "职务", "person": "姓名", "point": "风险点"}),
    ]  # fmt: skip
    for name, heads in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name


def test_batch1008_group_rows_give_the_department():
    name = "jianhe_nanzhai_township_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch1008_one_sheet_a_person():
    name = "jianhe_womens_federation_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "职　务", "自查日期"]
        assert rows[2][:2] == [f["person"], f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch1008_is_read(tmp_path):
    BATCH.is_read(tmp_path)
