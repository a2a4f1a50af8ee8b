"""The seven-hundred-and-fifty-sixth batch of published layouts (tests/published/batch756.py): seven
ordinary files as the finance and state-asset bodies of one county (法库县) really send them — the
财政局's 一览表 in two sheets 局领导/股室 with ``一级/二级/三级``, the 国库集中收付中心's 排查表 对岗不对人
with ``风险点 | 风险表现``, the 财政投资评审中心's 防控卡 one sheet a person with ``★★★/★★/★``, the
秀水河子镇财政所's 清单 under group rows ``一、所领导`` … with ``一级风险/二级风险/三级风险``, the
大孤家子镇财政所's 自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 财政事务服务中心's 一览表 with
``高风险/中风险/低风险``, the 会计核算中心's 登记表 — and one harder: the 国有资产服务中心's 清单 with no
holder columns, each person's block of points CLOSED by a merged row ``责任岗位：主任　　责任人：鄢蘅溆``
(no ``以上``, no ``签字``; the first block has no such row above it, the table ends with one)
(``python tests/published/score.py --set batch756``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 4191684 (/work/snap34; this worktree branched from
dev at the same commit): TOTAL forms=0.963 recall=0.854 precision=0.854 levels=1.000 types=1.000
noise=0; with --strict the same: TOTAL forms=0.963 recall=0.854 precision=0.854 levels=1.000
types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies. The seven ordinary layouts read
in full (forms, points, levels and types all 1.00, noise 0, --strict too).

Missed, all in the harder ``faku_state_asset_center_closing_holder_rows.xlsx`` (sheet 防控清单;
forms 2/3, points 0/7, precision 0/7, noise 0): the reader read each closing row
``责任岗位：…　　责任人：…`` (A6, A9, A13, merged across A:D) as OPENING the rows UNDER it, so every
block went to the holder of the block above. The first block B4:B5 (``行政事业单位资产处置审批不经中心
集体研究``, ``授意评估机构压低资产评估价值``, truth: 主任 鄢蘅溆) came out as a form with no holder
(posts.csv F00001: no person, no post); the second block B7:B8 (truth: 副主任 殳蕖漻) came out under
主任 鄢蘅溆 (F00002, from A6); the third block B10:B12 (truth: 资产管理员 鄢芄泺) came out under
副主任 殳蕖漻 (F00003, from A9); the last closing row A13 (资产管理员 鄢芄泺) heads nothing and was
dropped without an issue, so 鄢芄泺 has no form. Levels and measures were read right on every row
(only info TABLE_NO_TYPE at A3). Kind: labelled holder rows that CLOSE each person's block (bare
``责任岗位：… 责任人：…``, no ``以上``) are taken as group rows opening the block below, so every
block's points shift to the previous holder, the first block is left without a holder and the
last holder is lost.

Unscored besides: the other issues are info only (TABLE_NO_TYPE, FILE_SKIPPED).

Not generalised in the stop that measured it (left for the next): a labelled holder row read as
closing the block above when the first block has none above it and the table ends with one.

Generalised after this measurement: labelled holder rows closing each block of a list with no holder column (points first, the last label row after the last point) give each block to the label row after it (HOLDER_ROWS_CLOSING; tests/test_holder_rows_closing_blocks.py). Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch756 import (
    CLOSED,
    GRADES,
    HIGHS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(756, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"faku_state_asset_center_closing_holder_rows"}
TYPED = {
    "faku_treasury_payment_center_posts",
    "faku_finance_affairs_center_list",
    "faku_accounting_center_register",
}
NOBODY = {"faku_treasury_payment_center_posts"}


def test_batch756_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=756, unit_words=("法库县",), new_people=True)


def test_batch756_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch756_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch756_every_unit_is_of_faku():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("法库县") for u in units)


def test_batch756_closing_rows_give_the_holders():
    name = "faku_state_asset_center_closing_holder_rows"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head][:4] == ["序号", "廉政风险点", "风险等级", "防控措施"]
    got, block = [], []
    closers = 0
    for row in rows[head + 1 :]:
        if isinstance(row[0], int):
            block.append((row[1], HML[row[2]]))
        elif isinstance(row[0], str) and row[0].startswith("责任岗位："):
            post, who = row[0][len("责任岗位：") :].split("\u3000\u3000责任人：")
            got += [("", post, who, point, lv) for point, lv in block]
            block = []
            closers += 1
    # every block is closed by its row, none opened; the first block has no row above it
    assert not block and closers == len(CLOSED)
    assert not str(rows[head + 1][0]).startswith("责任岗位")
    assert sorted(got) == sorted(BATCH.truth_rows(name))


def test_batch756_plain_tables_by_heading():
    cases = [
        ("faku_finance_affairs_center_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("faku_accounting_center_register",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("faku_treasury_payment_center_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "faku_finance_bureau_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "局领导") == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    name = "faku_treasury_payment_center_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}


def test_batch756_group_rows_give_the_department():
    name = "faku_xiushuihezi_finance_office_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch756_one_sheet_a_person():
    name = "faku_dagujiazi_finance_office_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在组室", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "faku_investment_review_center_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch756_is_read(tmp_path):
    BATCH.is_read(tmp_path)
