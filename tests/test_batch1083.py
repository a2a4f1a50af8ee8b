"""The one-thousand-and-eighty-third batch of published layouts (tests/published/batch1083.py):
seven ordinary files as the 街道, 乡, 村, 教育, 市场监管, 卫生院 and 学校 bodies of one county
(丽江市玉龙纳西族自治县) send them — the 黄山街道办事处's 一览表, the 龙蟠乡人民政府's 清单 with
``职务 | 姓名`` on every row, the 拉市镇海东村民委员会's 清单, the 教育体育局's 排查表 with ``责任人`` on
every row, the 市场监督管理局's 清单 对岗不对人, the 石鼓镇中心卫生院's 防控卡 under group rows, the
第一中学's 自查表 one sheet a person — and one harder: the 石鼓镇人民政府's 一览表 whose measures heading
is written over ONLY THE FIRST of three measure sub-columns, not merged across them (``防控措施 |  | ``
over ``制度防控 | 监督防控 | 技术防控``, ``主要防控措施 |  | `` over ``事前 | 事中 | 事后``)
(``python tests/published/score.py --set batch1083``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here.

Measured ONCE, untuned, with the reader at 4bbfd35d (main; this worktree branched from that
commit, xlproc/ untouched), after these tests passed: TOTAL forms=1.000 recall=1.000
precision=1.000 levels=1.000 types=1.000 noise=0 (forms 25/25, points 43/43, precision 43/43,
levels 43/43, types 43/43 — levels and types are scored on the points found only); with
--strict the same. The 8 files: eight .xlsx, no re-saved copies. All seven ordinary layouts
read in full (forms, points, levels and types all 1.00, noise 0, --strict too) — the 卫生院's
group rows as 科室, the 乡's ``职务 | 姓名`` on every row, the 村's ``职务 | 姓名`` merged, the
市场监管局's posts with no names, the 教育体育局's ``责任人`` on every row, the 中学's sheets a person,
the names of the surnames 女奚烈 and 和速嘉, as the truth has them.

The harder ``yulong_shigu_town_measures_head_first_only.xlsx`` scored 1.00 too (forms 5/5,
points 9/9, levels 9/9, types 9/9): its misreading is in the MEASURES, which score.py does not
count. Against ``MEASURES`` (the filled sub-cells joined, as a merged heading's are read) only
1 of its 9 points read right (the one whose only measure is in the first sub-column): on both
sheets each row's measures were the FIRST sub-column's cell alone, the ``监督防控 | 技术防控`` and
``事中 | 事后`` cells dropped with no word (no CELL_OUTSIDE, no issue), and the two rows whose
first sub-cell is blank (镇机关 H7, 站所 G6) read with NO measures and a false MEASURES_BLANK.
The probe run first (workbooks of one sheet, the heading over the first sub-column, unmerged)
showed the same: ``制度防控 | 监督防控 | 技术防控``, ``事前 | 事中 | 事后`` and ``教育防控 | 制度防控 |
监督防控`` read the first sub-column only; ``制度措施 | 监督措施 | 责任追究`` and ``措施1 | 措施2 |
措施3`` (sub-headings the header reader knows) were read as one merged heading (info
HEADS_TYPED_ACROSS) and joined; and under a MERGED heading too a row whose first sub-cell is
blank lost the others and was warned MEASURES_BLANK.

Generalised after this measurement: a measures heading (``防控措施``, ``主要防控措施``, ``防控对策``
…, ``columns.heading_role``'s measures at full strength) written over the first of several
sub-columns only, or typed into each, not merged, over sub-headings none of which is a heading,
a type, or a word of who, when or how it went (``制度防控 | 监督防控 | 技术防控``, ``事前 | 事中 |
事后``: kinds of measure) is read as merged across them, as ``collect._heads_typed_across`` already
read groups over known sub-headings (info MEASURES_HEAD_OVER_KINDS, once a sheet, naming the
heading and the sub-headings; gated by the sheet's cells holding a measures heading's words,
``grid.lacks``); the sub-cells are then joined one a line as a merged heading's are, no
sub-heading put before them (batch1081's labelling was refused for changing older files). And a
row whose FIRST measures sub-cell is blank takes the other sub-cells (``locate_body``: the
further columns' cells had waited for the first one's and were dropped), under a merged heading
too and in unheaded columns typed on right of ``防控措施`` (``_unheaded_measures`` now lets a row
with a blank measures cell and a ``/`` in those columns pass; MEASURES_ACROSS_COLUMNS), so no
false MEASURES_BLANK. tests/test_measures_head_over_kinds.py (a 县自然资源局's ``防范措施`` over
``教育防范 | 制度防范 | 科技防范``, ``★★★/★★/★``; a 疾控中心's ``防控对策`` over ``事前预防 | 事中监控 |
事后问责``, the headings on the upper row alone, ``Ⅰ级/Ⅱ级`` after; a 供销合作社's merged heading with
a blank first sub-cell; a 林草局's unheaded columns with ``/`` and a blank first cell; the
near-misses — ``风险识别`` over the kinds, ``落实措施 | 责任股室 | 完成时限``, ``1 | 2 | 3``, a 备注
typed on; the four cases fail with the reader at 4bbfd35d, the near-misses pass). This batch
reads 1.00 still (forms 25/25, points 43/43, precision 43/43, levels 43/43, types 43/43, noise
0), --strict too, and its harder file's measures 9/9 (MEASURES; were 1/9); batches 1081, 453,
80, 890, 951, 1038, 1062 and 1003 (measures under merged headings, unheaded measure columns,
groups typed across, 事前/事中/事后) unchanged at 1.00; benchmarks/same_results.py against the
base pickle (main before this round): 10,743 files, no result changed — the 12 files it lists
(tests/data/…) differ only in ``.path``, the checkout they were read from.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch1083 import (
    GRADES,
    HIGHS,
    LAYOUTS,
    MEASURES,
    ORGAN,
    ORGAN_SUBS,
    RESAVED,
    RISKS,
    ROMAN,
    STATION,
    STATION_SUBS,
    build,
    joined,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **RISKS, **HIGHS}
BATCH = Batch(1083, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"yulong_shigu_town_measures_head_first_only"}
TYPED = {
    "yulong_shigu_town_measures_head_first_only",
    "yulong_huangshan_street_list",
    "yulong_haidong_village_list",
    "yulong_market_regulation_posts",
}
NOBODY = {"yulong_market_regulation_posts"}
SURNAMES = ("女奚烈", "和速嘉")


def test_batch1083_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=1082, unit_words=("玉龙",), new_people=True)


def _points_in(form: dict, sheets: dict) -> set:
    return set(sheets[form["sheet"]])


def test_batch1083_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(
        nobody=NOBODY, points=(4, 21), fields_in="file", points_in=_points_in
    )
    assert RESAVED == ()


def test_batch1083_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch1083_every_unit_is_of_yulong_county():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("丽江市玉龙纳西族自治县") for u in units)


def test_batch1083_people_are_of_two_rare_surnames():
    people = {f["person"] for lay in LAYOUTS for f in lay["truth"]} - {""}
    assert people and all(p.startswith(SURNAMES) for p in people)
    assert {next(s for s in SURNAMES if p.startswith(s)) for p in people} == set(SURNAMES)
    assert all(
        len(s) + 1 <= len(p) <= len(s) + 2 for p in people for s in SURNAMES if p.startswith(s)
    )


def test_batch1083_measures_head_over_the_first_sub_column_only():
    name = "yulong_shigu_town_measures_head_first_only"
    cases = [
        ("镇机关", ORGAN, ORGAN_SUBS, "防控措施", 7, 6, True),
        ("站所", STATION, STATION_SUBS, "主要防控措施", 6, 9, False),
    ]
    for tab, rows_in, subs, head, at, level_col, merged_down in cases:
        sh = BATCH.sheet(name, tab)
        rows = BATCH.filled(name, tab)
        top = next(r for r, row in enumerate(rows) if row and row[0] == "序号")
        # the measures heading over the first sub-column only, the two cells right of it blank
        # and merged with nothing
        assert rows[top][at : at + 3] == [head, None, None]
        assert tuple(rows[top + 1][at : at + 3]) == subs
        assert not any(r0 <= top <= r1 and c0 <= at + 2 and c1 >= at
                       for r0, c0, r1, c1 in sh["merges"])  # fmt: skip
        # the other headings merged down over the two rows, or on the upper row alone
        down = [(top, c, top + 1, c) in sh["merges"] for c in range(at)]
        assert all(down) if merged_down else not any(down)
        assert all(sh["rows"][top + 1][c] is None for c in range(at))
        assert rows[top][level_col] == "风险等级"
        body = [row for row in rows[top + 2 :] if isinstance(row[0], int)]
        assert len(body) == len(rows_in)
        # blank sub-cells occur, a row's FIRST one too; no sub-cell is a level word or a name
        cells = [c for row in body for c in row[at : at + 3]]
        assert None in cells and any(row[at] is None and row[at + 1] for row in body)
        assert not any(c in LEVELS or (c or "").startswith(SURNAMES) for c in cells)
        # the truth's points and levels are the rows', the measures the filled sub-cells joined
        got = [(row[1], row[2], row[3], row[4], LEVELS[row[level_col]]) for row in body]
        assert got == BATCH.truth_rows(name, tab)
        for row in body:
            assert MEASURES[row[4]] == joined(tuple(row[at : at + 3]))
            assert MEASURES[row[4]] and not any(s in MEASURES[row[4]] for s in subs)


def test_batch1083_plain_tables_by_heading():
    cases = [
        ("yulong_huangshan_street_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}),
        ("yulong_education_bureau_screening",
         {"dept": "股室", "post": "岗位", "person": "责任人", "point": "风险点"}),
        ("yulong_market_regulation_posts", {"dept": "科室", "post": "岗位", "point": "廉政风险点"}),
        ("yulong_longpan_township_list", {"post": "职务", "person": "姓名", "point": "风险点"}),
        ("yulong_haidong_village_list", {"post": "职务", "person": "姓名", "point": "廉政风险点"}),
    ]  # fmt: skip
    for name, heads in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name


def test_batch1083_group_rows_give_the_department():
    name = "yulong_shigu_clinic_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], HML[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch1083_one_sheet_a_person():
    name = "yulong_no1_middle_school_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "职　务", "填表日期"]
        assert rows[2][:2] == [f["person"], f["department"] + f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch1083_is_read(tmp_path):
    BATCH.is_read(tmp_path)
