"""The seven-hundred-and-seventy-first batch of published layouts (tests/published/batch771.py): seven
ordinary files as the culture, radio-and-television and tourism bodies of one county (平山县) really
send them, and one harder: the 旅游服务中心's 廉政风险点登记表 whose only holder is spelled in each
row's ``风险编号`` (``主任·郗缃蕤-01``) (``python tests/published/score.py --set batch771``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 579714c (/work/snap37; this worktree branched from
dev at the same commit): TOTAL forms=0.867 recall=0.848 precision=0.848 levels=1.000 types=1.000
noise=0 (forms 26/30, points 39/46); with --strict the same: TOTAL forms=0.867 recall=0.848
precision=0.848 levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies.
The seven ordinary layouts read in full (forms, points, levels and types all 1.00, noise 0).

Missed, all in the harder ``pingshan_tourism_service_centre_named_codes.xlsx`` (sheet 登记表; forms
0/4, points 0/7, precision 0/7, noise 0): the heading row 3 (``风险编号 | 所在部门 | 风险点 | 风险等级 |
防控措施``) was found and every row 4–10 read as a point with its right level and measures, but column
A (``主任·郗缃蕤-01`` … ``会计·郗棻旖-01``) was taken for a mere number and dropped, and column B
(``所在部门``) became the form: the reader made one post-less, name-less form a 部门 — F00001 中心领导
(B4–B5, two points), F00002 游客服务部 (B6–B9, four points of two people merged) and F00003 综合部
(B10, one point) — where the truth has four holders, 主任 郗缃蕤 (中心领导; rows 4–5), 部长 眭蘩箬
(游客服务部; rows 6–7), 讲解员 眭葭屺 (游客服务部; rows 8–9) and 会计 郗棻旖 (综合部; row 10); the
``注：`` line (row 11) that spells the code's format ``岗位·姓名-序号`` was not used and raised no
issue (only TABLE_NO_TYPE at A3, info). Kind: a 风险编号 column that itself spells the holder's post
and name (``岗位·姓名-NN``) is read as a plain code, so the holders are lost and the points of a
部门's several holders fall into one nameless form.

Not generalised in the stop that measured it (left for the next): holders spelled inside a 编号
column as ``岗位·姓名-序号`` (a note giving the format), to be read apart from the running number.

Generalised after this measurement: a code column whose codes spell the holder's post and name beside a running number (主任·某某-01) gives each row's holder (HOLDER_SPELLED_IN_CODES), with or without the 注 line giving the format. Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch771 import CODED, GRADES, HIGHS, LAYOUTS, RESAVED, RISKS, ROMAN, STARS, build
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(771, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"pingshan_tourism_service_centre_named_codes"}
TYPED = {
    "pingshan_xibaipo_scenic_posts",
    "pingshan_market_enforcement_list",
    "pingshan_museum_register",
}
NOBODY = {"pingshan_xibaipo_scenic_posts"}


def test_batch771_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=771, unit_words=("平山县",), new_people=True)


def test_batch771_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch771_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch771_every_unit_is_of_pingshan():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("平山县") for u in units)


def test_batch771_codes_give_the_holders():
    name = "pingshan_tourism_service_centre_named_codes"
    table = [
        r
        for r in BATCH.filled(name)
        if isinstance(r[0], str) and "·" in r[0] and not r[0].startswith("注")
    ]
    got = []
    for row in table:
        holder, number = row[0].rsplit("-", 1)
        post, who = holder.split("·")
        assert number.isdigit()
        got.append((row[1], post, who, row[2], HML[row[3]]))
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    assert len(BY_NAME[name]["truth"]) == len(CODED)
    assert not any("·" in c for row in table for c in row[1:] if isinstance(c, str))


def test_batch771_plain_tables_by_heading():
    cases = [
        ("pingshan_market_enforcement_list",
         {"dept": "中队", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("pingshan_museum_register",
         {"dept": "部室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("pingshan_xibaipo_scenic_posts", {"dept": "部门", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "pingshan_culture_bureau_list"
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name)


def test_batch771_group_rows_give_the_department():
    name = "pingshan_library_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch771_one_sheet_a_person():
    name = "pingshan_culture_centre_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在部室", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "pingshan_relics_station_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch771_is_read(tmp_path):
    BATCH.is_read(tmp_path)
