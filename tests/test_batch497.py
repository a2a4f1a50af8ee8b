"""The four-hundred-and-ninety-seventh batch of published layouts (tests/published/batch497.py):
seven ordinary files as the 财政 and 审计 bodies of one county (崇信县) really send them — the
审计局's file in two sheets ``局领导``/``科室`` with ``一级/二级/三级``, the 国库支付中心's 排查表 对岗不对人
with ``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 政府采购中心's 一览表 with 高/中/低 and short types,
the 锦屏镇财政所's 防控卡 one sheet a holder with ``★★★/★★/★``, the 新窑镇财政所's 自查表 one sheet a
person with ``高风险/中风险/低风险``, the 柏树镇财政所's 责任清单 under group rows ``一、领导岗位`` …
with ``一级风险/二级风险/三级风险``, the 黄寨镇财政所's 一览表 with 责任人 on every row — and one
harder: the 财政局's 一览表 whose ``廉政风险点及主要表现`` cells are each one sentence, the point run on
into its description by ``，主要表现为`` (``python tests/published/score.py --set batch497``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader at 7944820 (``/work/snap31``; this
worktree branched from dev at 7944820 too): TOTAL forms=1.000 recall=0.833 precision=0.833
levels=1.000 types=1.000 noise=0; with --strict the same: TOTAL forms=1.000 recall=0.833
precision=0.833 levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies.
The seven ordinary layouts read in full (15/15 forms, 30/30 points, levels and types all right).

Missed, all in the harder ``chongxin_finance_bureau_inline_manifestation.xlsx`` (sheet 一览表;
forms 3/3, points 0/6, precision 0/6): the reader found the three holders (局领导 / 局长 / 隗沨珵,
综合股 / 股长 / 郗翾湉, 预算股 / 科员 / 晁瑨沅) and every row's type and level (risks.csv 高→Ⅰ级 …,
short types → ``…风险``), but read each ``廉政风险点及主要表现`` cell WHOLE as the point, the
``description`` field left empty: E3 ``财政资金分配个人说了算，主要表现为专项资金分配未经党组会集体研究，
凭关系安排项目。`` (truth ``财政资金分配个人说了算``), E4 ``插手预算单位采购事项，主要表现为为关系企业
打招呼、递条子。`` (truth ``插手预算单位采购事项``), E5 ``非税收入票据管理不严，主要表现为…`` (truth
``非税收入票据管理不严``), E6 ``收入退库审核把关不严，主要表现为…`` (truth ``收入退库审核把关不严``), E7
``预算指标调整随意，主要表现为…`` (truth ``预算指标调整随意``), E8 ``接受预算单位宴请，主要表现为…``
(truth ``接受预算单位宴请``); so the six points are each missed and counted wrong, and their levels
and types go unscored. Kind: a point run on into its description in one sentence, parted only by
the connective ``，主要表现为``, is not split — the point swallows the description. issues.csv held
nothing for the file (no warning that the cells join a point and its description).

Generalised after this measurement: a point running on into how it shows in one sentence, parted
only by the words that say so ('，主要表现为', '，具体表现在', '；其表现形式为'), is the point and its description
(locate._point_shows, _SHOWS_AS: under a heading naming both, most cells so written; under a plain
point heading, every cell; the words within the first 24 characters;
tests/test_point_shows_in_one_sentence.py, in other words).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch497 import (
    BUREAU,
    GRADES,
    JOIN,
    LAYOUTS,
    PLACE,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    WORDS,
    build,
)
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **WORDS}
BATCH = Batch(497, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
INLINE = "chongxin_finance_bureau_inline_manifestation"
HARDER = {INLINE}
UNTYPED = {
    "chongxin_audit_two_sheets",
    "chongxin_jinping_cards",
    "chongxin_xinyao_selfchecks",
    "chongxin_baishu_group_rows",
}
NOBODY = {"chongxin_treasury_posts"}


def test_batch497_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=494, unit_words=(PLACE,), new_people=True)


def test_batch497_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 10), whole_points=False)
    assert RESAVED == ()


def test_batch497_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch497_every_unit_is_of_chongxin():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch497_every_point_but_the_harder_ones_is_a_whole_cell():
    for lay in LAYOUTS:
        if lay["name"] in HARDER:
            continue
        texts = {c for s in lay["sheets"] for row in s["rows"] for c in row if isinstance(c, str)}
        assert all(p["risk_point"] in texts for p in BATCH.points(lay["name"])), lay["name"]


def test_batch497_point_and_description_in_one_sentence():
    rows = BATCH.table(INLINE)
    assert BATCH.heading(INLINE)[4] == "廉政风险点及主要表现"
    cells = [row[4] for row in rows]
    assert len(cells) == sum(len(ps) for *_x, ps in BUREAU) == 6
    got = []
    for cell, row in zip(cells, rows, strict=True):
        assert cell.count(JOIN) == 1 and cell.endswith("。")
        assert "\n" not in cell and "：" not in cell and "——" not in cell and "  " not in cell
        point, shows = cell[:-1].split(JOIN)
        assert point and len(shows) > 4
        got.append((point, HML[row[6]], types_in(row[5])))
    truth = BATCH.points(INLINE)
    assert got == [(p["risk_point"], p["level"], p["types"]) for p in truth]
    assert [r[:3] for r in BATCH.truth_rows(INLINE)] == [
        (d, p, w) for d, p, w, _t, ps in BUREAU for _ in ps
    ]


def test_batch497_plain_tables_by_heading():
    cases = [
        ("chongxin_procurement_list",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("chongxin_treasury_posts", {"dept": "股室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("chongxin_huangzhai_list", {"post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    assert BATCH.holders("chongxin_treasury_posts") == {""}
    name = "chongxin_audit_two_sheets"
    got = BATCH.by_heading(name, {"dept": "科室", "post": "岗位", "person": "姓名",
                                  "point": "廉政风险点"}, "科室")  # fmt: skip
    assert got == BATCH.truth_rows(name, "科室")
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉政风险点"},
                           "局领导", fixed={"dept": "局领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "局领导")


def test_batch497_group_rows_and_one_sheet_a_person():
    name = "chongxin_baishu_group_rows"
    got = []
    for row in BATCH.filled(name):
        if isinstance(row[0], int):
            got.append(("", row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)
    name = "chongxin_jinping_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "chongxin_xinyao_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "岗　位", "填表时间"]
        assert rows[2][:2] == [f["person"], f["title"]] == [f["sheet"], rows[2][1]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch497_is_read(tmp_path):
    BATCH.is_read(tmp_path)
