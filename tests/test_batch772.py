"""The seven-hundred-and-seventy-second batch of published layouts (tests/published/batch772.py): seven
ordinary files as the market regulation bodies of one county (蔚县) really send them, and one harder:
the 市场监督管理局's 领导班子廉政风险点一览表 whose ``责任领导`` heading numbers the leaders in its bracket
(``①局长 …　②党组书记 …``) and whose cells give only the numbers (``①③``)
(``python tests/published/score.py --set batch772``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 579714c (/work/snap37; this worktree branched from
dev at the same commit): TOTAL forms=0.846 recall=0.735 precision=0.837 levels=1.000 types=1.000
noise=0 (forms 22/26, points 36/49, precision 36/43); with --strict the same: TOTAL forms=0.846
recall=0.735 precision=0.837 levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx, no
re-saved copies. The seven ordinary layouts read in full (forms, points, levels and types all
1.00, noise 0).

Missed, all in the harder ``yuxian_market_bureau_numbered_holders.xlsx`` (sheet 领导班子; forms 0/4,
points 0/13, precision 0/7): the reader took the heading row A2:E2 as an ordinary heading and the
column D ``责任领导（①局长 隗翛暻　②党组书记 逯翾澋　③副局长 隗澔岏　④副局长 逯晅琯）`` as no holder
column (the export puts every row under section ``分管工作``; the circled numbers D3:D9 — ``①②``,
``①③``, ``③``, ``④``, ``①②③④``, ``②``, ``①④`` — appear nowhere), so the seven rows B3:B9 came out
as ONE form F00001 (unit 蔚县市场监督管理局, department ``领导班子`` from the tab name, no person, no
post; levels right, 3/3/1) with seven points, where the truth has four leaders, 局长 隗翛暻 (B3, B4,
B7, B9), 党组书记 逯翾澋 (B3, B7, B8), 副局长 隗澔岏 (B4, B5, B7) and 副局长 逯晅琯 (B6, B7, B9), 13
points in all. Kind: a holders' KEY written in the heading's own bracket as numbered post–name
pairs, each cell of that column listing only the numbers, is not read as holders at all — the
bracket is taken for a caption and the numbers dropped — so every point falls to one nameless
form named after the sheet.

Unscored besides: TABLE_NO_TYPE (info).

Not generalised in the stop that measured it (left for the next): a numbered key of holders in a
heading's bracket (``①post name　②…``) with the column's cells naming the numbers.

Generalised after this measurement: the numbered key of holders in the heading's bracket (or a 注 line) is read: each row's point goes to every holder its cell numbers (HOLDER_CODES; a number the key lacks HOLDER_CODE_UNCLEAR). Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch772 import (
    GRADES,
    HIGHS,
    LAYOUTS,
    LEADERS,
    MARKS,
    RESAVED,
    RISKS,
    ROMAN,
    SHARED,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(772, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"yuxian_market_bureau_numbered_holders"}
TYPED = {"yuxian_inspection_center_posts", "yuxian_xiheying_office_list"}
NOBODY = {"yuxian_inspection_center_posts"}


def test_batch772_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=771, unit_words=("蔚县",), new_people=True)


def test_batch772_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch772_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch772_every_unit_is_of_yuxian():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("蔚县") for u in units)


def test_batch772_numbers_give_the_holders():
    name = "yuxian_market_bureau_numbered_holders"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    key = rows[head][3]
    for j, (post, who) in enumerate(LEADERS):
        assert f"{MARKS[j]}{post} {who}" in key
    table = BATCH.table(name)
    assert len(table) == len(SHARED)
    got = []
    for row in table:
        assert row[3] and set(row[3]) <= set(MARKS)
        for j, (post, who) in enumerate(LEADERS):
            if MARKS[j] in row[3]:
                got.append(("", post, who, row[1], HML[row[2]]))
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    assert sum(len(row[3]) > 1 for row in table) >= 3
    assert len(BY_NAME[name]["truth"]) == len(LEADERS)


def test_batch772_plain_tables_by_heading():
    cases = [
        ("yuxian_xiheying_office_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("yuxian_inspection_center_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "yuxian_nanliuzhuang_office_list"
    heads = {"post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name)
    name = "yuxian_enforcement_brigade_two_sheets"
    heads = {"dept": "中队", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    for sheet in ("一中队", "二中队"):
        assert BATCH.by_heading(name, heads, sheet) == BATCH.truth_rows(name, sheet)


def test_batch772_group_rows_give_the_department():
    name = "yuxian_daiwangcheng_office_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch772_one_sheet_a_person():
    name = "yuxian_ip_center_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在科室", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "yuxian_consumer_center_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch772_is_read(tmp_path):
    BATCH.is_read(tmp_path)
