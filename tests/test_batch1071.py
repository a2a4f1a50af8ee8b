"""The one-thousand-and-seventy-first batch of published layouts (tests/published/batch1071.py):
seven ordinary files as the 镇, 村, 教育, 卫生院, 市场监管, 学校 and 自然资源 bodies of one county
(玉溪市通海县) send them — the 杨广镇人民政府's 清单, the 白阁村's 清单 with ``职务 | 姓名`` on every row,
the 教育体育局's 一览表, the 纳古镇卫生院's 防控卡 under group rows, the 市场监督管理局's 排查表 对岗不对人,
the 第一中学's 自查表 one sheet a person, the 自然资源局's 排查表 with ``主要职责`` — and one harder: the
秀山街道办事处's 排查表 whose list numbers its points ``FX-01``… with no level column, their levels in a
SECOND table ``风险点编号 | 风险等级`` under it on the same sheet, sorted by level, one number the list
lacks (``python tests/published/score.py --set batch1071``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here.

Measured ONCE, untuned, with the reader at 66d93d72 (main; this worktree branched from that
commit, xlproc/ untouched), after these tests passed (but ``is_read``): TOTAL forms=1.000
recall=1.000 precision=1.000 levels=0.810 types=1.000 noise=0 (forms 24/24, points 42/42,
precision 42/42, levels 34/42, types 42/42 — levels and types are scored on the points found
only); with --strict the same. The 8 files: eight .xlsx, no re-saved copies. All seven ordinary
layouts read in full (forms, points, levels and types all 1.00, noise 0, --strict too) — the
卫生院's group rows as 科室, the 村's ``职务 | 姓名`` on every row, the 市场监督管理局's posts with no
names, the 自然资源局's ``主要职责`` beside the point, the 中学's sheets a person with ``所在处室``,
the names of the surnames 纥石烈 and 乌林答, as the truth has them.

The harder ``tonghai_xiushan_codes_levels_below.xlsx`` missed: forms 4/4, points 8/8, precision
8/8, but levels 0/8 — every point's level left blank (LEVEL_BLANK on each of E4…E11): the second
table ``风险点编号 | 风险等级`` under the caption was set aside as no risk table (TABLE_OTHER at A14,
"没有风险点、风险级别等列"), and ``FX-09`` was not reported. The probe run before building (a 镇's
list of four ``FX-0n`` points, ``python -m xlproc`` read_file): (a) the list with 风险等级 and a
``风险点编号 | 防控措施`` table below on the same sheet — TABLE_OTHER, every measure blank
(MEASURES_BLANK); (b) the same with the measures table on a second sheet — read right
(SHEET_JOINED_BY_CODE; the number missing from the list warned, SHEET_CODE_UNMATCHED); (c) a list
with no level column and ``风险点编号 | 风险等级`` below it — TABLE_OTHER, LEVEL_BLANK a row, with
``1-1`` numbers the same; (d) the same on a second sheet — read right; (e) a list with no level
and no measures column, ``风险点编号 | 风险等级 | 防控措施`` below in the list's order — read right as
TABLE_HALVES (by 序号), the extra number silently dropped. So the assigned kind is misread on ONE
sheet (not on two) and taken; the harder file carries the levels, the scored field.

Generalised after this measurement: a list numbering its points by a CODE (``FX-01``, ``1-1``,
``LC-1``; not plain numbers, read by the 序号 rules) with no level, measures or type of its own,
and UNDER it on the same sheet (after a blank row or a caption, or none) a second table giving
against those codes only the level, the measures or the type (``风险点编号 | 风险等级``, ``编号 |
防控措施``, ``风险点代码 | 风险级别 | 风险类别``, in any order) — set aside before as no risk table
(TABLE_OTHER), or read as points that are only codes — now fills each point's blank fields by its
code; the second table gives no points (its issues withdrawn; info TABLE_BELOW_JOINED_BY_CODE at
its header) and a code of either table missing from the other is warned at its own cell
(TABLE_BELOW_CODE_UNMATCHED: here ``FX-09`` at A21). Read so only where half the codes of each
table at least are the other's, no code is twice in the list and the second table has no column of
anything else (``collect._table_below_by_code``, after ``_second_page``; a sheet with no
编号/编码/代码/代号 word pays one ``grid.lacks`` test, one with no table below nothing more).
tests/test_table_below_by_code.py (a 林业和草原局's ``代码 | 股室 | 职务 | 责任人 | 风险点 | 防控措施``
numbered ``LC-1``… graded 高/中/低 and typed by ``风险点代码 | 风险级别 | 风险类别`` below; a 中心小学's
``1-1``… with its measures under ``编号 | 防控措施``, codes missing both ways; near-misses — plain
numbers, codes the list lacks, a table below with a ``整改时限`` column — checked to read the same
with the reader at /work/base). This batch reads 1.00 now (forms 24/24, points 42/42, precision
42/42, levels 42/42, types 42/42, noise 0), --strict too; batches 103, 104, 165, 208, 272, 311,
333, 357, 363 and 500 (the ones whose tables carry 编号/风险编号 codes or joins by number)
unchanged at 1.00, --strict too; benchmarks/same_results.py against the base pickle (main
before this round): 10,743 files, no result changed — the 12 files it lists (tests/data/…)
differ only in ``.path``, the checkout they were read from.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch1071 import (
    CAPTION,
    GRADES,
    HEAD,
    HEAD2,
    HIGHS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    XIUSHAN,
    XIUSHAN_LEVELS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **RISKS, **HIGHS}
BATCH = Batch(1071, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"tonghai_xiushan_codes_levels_below"}
TYPED = {
    "tonghai_yangguang_town_list",
    "tonghai_education_bureau_list",
    "tonghai_market_posts",
    "tonghai_land_resources_screening",
}
NOBODY = {"tonghai_market_posts"}
SURNAMES = ("纥石烈", "乌林答")


def test_batch1071_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=1066, unit_words=("通海",), new_people=True)


def test_batch1071_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 21), fields_in="file")
    assert RESAVED == ()


def test_batch1071_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch1071_every_unit_is_of_tonghai_county():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("玉溪市通海县") for u in units)


def test_batch1071_people_are_of_two_rare_surnames():
    people = {f["person"] for lay in LAYOUTS for f in lay["truth"]} - {""}
    assert people and all(p.startswith(SURNAMES) for p in people)
    assert {next(s for s in SURNAMES if p.startswith(s)) for p in people} == set(SURNAMES)
    assert all(
        len(s) + 1 <= len(p) <= len(s) + 2 for p in people for s in SURNAMES if p.startswith(s)
    )


def test_batch1071_levels_stand_in_a_second_table_by_number():
    name = "tonghai_xiushan_codes_levels_below"
    lay = BY_NAME[name]
    assert [s["name"] for s in lay["sheets"]] == ["排查表"]
    rows = BATCH.filled(name, "排查表")
    at = next(r for r, row in enumerate(rows) if row and row[0] == "编号")
    assert tuple(rows[at]) == HEAD  # no level column in the list
    codes = [row[0] for row in rows[at + 1 : at + 1 + len(XIUSHAN)]]
    assert codes == [f"FX-{n:02d}" for n in range(1, len(XIUSHAN) + 1)]
    # the second table sits under a blank row and a caption, on the same sheet
    second = next(r for r, row in enumerate(rows) if row and row[0] == HEAD2[0])
    assert rows[second - 1][0] == CAPTION and not any(rows[second - 2])
    assert tuple(rows[second][:2]) == HEAD2
    given = [(row[0], row[1]) for row in rows[second + 1 :] if row[1] in GRADES]
    assert given == XIUSHAN_LEVELS
    # sorted by level, not in the list's order; one number the list lacks, none of the list's
    # missing; each number given once
    assert [c for c, _lv in given] != sorted(c for c, _lv in given)
    assert [GRADES[lv] for _c, lv in given] == sorted(GRADES[lv] for _c, lv in given)
    listed = set(codes)
    assert {c for c, _lv in given} - listed == {"FX-09"} and listed <= {c for c, _lv in given}
    assert len({c for c, _lv in given}) == len(given)
    level = dict(given)
    got = []
    dept = post = who = None
    for row in rows[at + 1 : at + 1 + len(XIUSHAN)]:
        dept, post, who = row[1] or dept, row[2] or post, row[3] or who
        got.append((dept, post, who, row[4], GRADES[level[row[0]]]))
    assert got == BATCH.truth_rows(name)


def test_batch1071_plain_tables_by_heading():
    cases = [
        ("tonghai_yangguang_town_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}),
        ("tonghai_education_bureau_list",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}),
        ("tonghai_land_resources_screening",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}),
        ("tonghai_market_posts", {"dept": "科室", "post": "岗位", "point": "廉政风险点"}),
        ("tonghai_baige_village_list", {"post": "职务", "person": "姓名", "point": "风险点"}),
    ]  # fmt: skip
    for name, heads in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name


def test_batch1071_group_rows_give_the_department():
    name = "tonghai_nagu_clinic_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], HIGHS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch1071_one_sheet_a_person():
    name = "tonghai_first_middle_school_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "岗　位", "所在处室"]
        assert rows[2][:3] == [f["person"], f["title"], f["department"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch1071_is_read(tmp_path):
    BATCH.is_read(tmp_path)
