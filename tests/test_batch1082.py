"""The one-thousand-and-eighty-second batch of published layouts (tests/published/batch1082.py):
seven ordinary files as the 镇, 村, 农业, 市场监管, 卫生院 and 学校 bodies of one county (昭通市绥江县)
send them — the 中城镇人民政府's 一览表, the 南岸镇人民政府's 清单 with ``职务 | 姓名`` on every row, the
会仪镇三渡村民委员会's 清单, the 农业农村局's 排查表 with ``责任人`` on every row, the 市场监督管理局's 清单
对岗不对人, the 板栗镇卫生院's 防控卡 under group rows, the 第一中学's 自查表 one sheet a person — and one
harder: the 水务局's 清单 printed landscape and TRANSPOSED, one column a point, in two blocks one
under the other, each with its own label column ``科室 | 岗位 | 责任人 | 风险点 | 风险等级 | 防控措施``
(``python tests/published/score.py --set batch1082``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here.

Measured ONCE, untuned, with the reader at dfcef8eb (main; this worktree branched from that
commit, xlproc/ untouched), after these tests passed (but ``is_read``): TOTAL forms=0.957
recall=0.949 precision=0.949 levels=1.000 types=1.000 noise=0 (forms 22/23, points 37/39,
precision 37/39, levels 37/37, types 37/37 — levels and types are scored on the points found
only); with --strict the same. The 8 files: eight .xlsx, no re-saved copies. All seven ordinary
layouts read in full (forms, points, levels and types all 1.00, noise 0, --strict too) — the
卫生院's group rows as 科室, the 镇's ``职务 | 姓名`` on every row, the 村's ``职务 | 姓名`` merged,
the 市场监管局's posts with no names, the 农业农村局's ``责任人`` on every row, the 中学's sheets a
person, the names of the surnames 奥敦 and 蒲古里, as the truth has them.

The one miss is the harder ``suijiang_water_bureau_transposed_blocks.xlsx``: forms 2/3, points
3/5, precision 3/5, levels 3/3, types 3/3. The upper block (``局领导``: one post, 局长, over two
columns) was read with its 科室, post, points, levels and measures but NO holder: the name
``奥敦珩`` merged across B4:C4 in its ``责任人`` row was dropped (a rare surname alone in a label
row; the lower block's ``奥敦琪`` was taken, info HOLDER_LABEL_ROW_RARE_NAME), so the 局长's form
is nobody's and its 2 points missed; the lower block's two forms lost the unit (blank, not
scored). The assigned kind was probed first, six workbooks: one transposed block with merged and
with unmerged post and holder cells, a ``序号`` label row above it, two blocks under group rows
(``局领导`` alone on a row), a ``科室`` label row and a ``风险类型`` label row — all read right
(forms, points, levels 1.00); two blocks each with its own ``科室`` label row, one post in a
block, read as above, so that shape of the assigned kind was taken.

Generalised after this measurement: a transposed block's ``科室``, ``岗位`` or ``责任人`` row that
holds ONE value merged across two or more columns (a block of one post: ``岗位 | 局长`` over
B:C), a ``风险点`` row no more than three rows below with values in two or more of those columns,
is a label row of the block (``locate_cross._label_row_spanned``; ``_label_row`` had asked for
two values, so the row was read as a line of fields above the table and a rare-surnamed holder
there dropped); the value is each of those columns' (info TRANSPOSED_SPANNED_LABEL_ROW, once a
table, naming the first such cell), and a block under another whose own lines above name no
unit takes the unit of the block above (the title's). Gated by the sheet having merges and one
of the identity labels' words (``grid.lacks``). A card's ``岗位 | 局长`` merged over the form with
no point row under it, and a block of two posts, read as before;
tests/test_transposed_spanned_label_row.py (a 供销合作社's ``部门 | 职务 | 姓名`` blocks,
``一级/二级/三级``; a 交通运输局's one block ``股室 | 责任人``, ``Ⅰ级/Ⅱ级``; the near-misses; the two
cases fail with the reader at dfcef8eb). This batch reads 1.00 now (forms 23/23, points 39/39,
precision 39/39, levels 39/39, types 39/39, noise 0), --strict too; batches 1003, 983, 921, 599,
538, 287, 474 and 518 (transposed tables, label groups, post bands, rare names in label rows)
unchanged at 1.00; benchmarks/same_results.py against the base pickle (main before this round):
10,743 files, no result changed — the 12 files it lists (tests/data/…) differ only in ``.path``,
the checkout they were read from.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch1082 import (
    GRADES,
    HIGHS,
    LABELS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    WATER,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **RISKS, **HIGHS}
BATCH = Batch(1082, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"suijiang_water_bureau_transposed_blocks"}
TYPED = {
    "suijiang_zhongcheng_town_list",
    "suijiang_sandu_village_list",
    "suijiang_market_regulation_posts",
}
NOBODY = {"suijiang_market_regulation_posts"}
SURNAMES = ("蒲古里", "奥敦")


def test_batch1082_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=1080, unit_words=("绥江",), new_people=True)


def _points_in(form: dict, sheets: dict) -> set:
    return set(sheets[form["sheet"]])


def test_batch1082_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(
        nobody=NOBODY, points=(4, 21), fields_in="file", points_in=_points_in
    )
    assert RESAVED == ()


def test_batch1082_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch1082_every_unit_is_of_suijiang_county():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("昭通市绥江县") for u in units)


def test_batch1082_people_are_of_two_rare_surnames():
    people = {f["person"] for lay in LAYOUTS for f in lay["truth"]} - {""}
    assert people and all(p.startswith(SURNAMES) for p in people)
    assert {next(s for s in SURNAMES if p.startswith(s)) for p in people} == set(SURNAMES)
    assert all(
        len(s) + 1 <= len(p) <= len(s) + 2 for p in people for s in SURNAMES if p.startswith(s)
    )


def test_batch1082_transposed_columns_are_points():
    name = "suijiang_water_bureau_transposed_blocks"
    rows = BATCH.filled(name)
    starts = [r for r, row in enumerate(rows) if row and row[0] == "科室"]
    assert len(starts) == len(WATER) == 2
    got = []
    for at in starts:
        block = rows[at : at + len(LABELS)]
        assert [row[0] for row in block] == list(LABELS)
        for c in range(1, len(block[0])):
            if block[3][c] is None:
                continue
            dept, post, who, point, lv = (block[i][c] for i in range(5))
            got.append((dept, post, who, point, HML[lv]))
    assert got == BATCH.truth_rows(name)
    # the 科室 merged across each block, the post and holder across each post's columns
    merges = BATCH.sheet(name)["merges"]
    assert sum(1 for r0, c0, r1, c1 in merges if r0 == r1 and c1 > c0 and r0 > 0) == 6


def test_batch1082_plain_tables_by_heading():
    cases = [
        ("suijiang_zhongcheng_town_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}),
        ("suijiang_agriculture_bureau_screening",
         {"dept": "股室", "post": "岗位", "person": "责任人", "point": "风险点"}),
        ("suijiang_market_regulation_posts", {"dept": "科室", "post": "岗位", "point": "廉政风险点"}),
        ("suijiang_nan_an_town_list", {"post": "职务", "person": "姓名", "point": "风险点"}),
        ("suijiang_sandu_village_list", {"post": "职务", "person": "姓名", "point": "廉政风险点"}),
    ]  # fmt: skip
    for name, heads in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name


def test_batch1082_group_rows_give_the_department():
    name = "suijiang_banli_clinic_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], HML[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch1082_one_sheet_a_person():
    name = "suijiang_no1_middle_school_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "职　务", "填表日期"]
        assert rows[2][:2] == [f["person"], f["department"] + f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch1082_is_read(tmp_path):
    BATCH.is_read(tmp_path)
