"""The four-hundred-and-eighty-third batch of published layouts (tests/published/batch483.py): seven
ordinary files as the 市场监管 and 药品 bodies of one county (岷县) really send them — the 市场监督
管理局's 一览表 with 高/中/低 and short types, the 中药材产业发展中心's 排查表 对岗不对人 with ``风险点 |
风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 检验检测中心's file in two sheets ``中心领导``/``科室`` with
``一级/二级/三级``, the 消费者权益保护中心's 防控卡 one sheet a holder with ``★★★/★★/★``, the 梅川镇
市场监管所's 自查表 one sheet a person with ``高风险/中风险/低风险``, the 西江镇 one's 责任清单 under
group rows ``一、所领导`` … with ``一级风险/二级风险/三级风险``, the 闾井镇 one's 一览表 with 责任人 on
every row — and one harder: the 茶埠镇 所's 一览表 whose ``责任人`` column holds only letter codes
(``A``, ``B``, ``C``), the holders (post and name) given by one legend line above the table
(``责任人代号：A—所长　闾蘅湉；B—…``) (``python tests/published/score.py --set batch483``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader at a044b78 (``/work/snap28``; this
worktree branched from dev at a044b78 too): TOTAL forms=0.842 recall=0.833 precision=0.833
levels=1.000 types=1.000 noise=0; with --strict the same: TOTAL forms=0.842 recall=0.833
precision=0.833 levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies.
The seven ordinary layouts read in full (16/16 forms, 30/30 points, levels and types all right).

Every miss is in the harder ``minxian_chabu_holder_codes.xlsx`` (0/3 forms, 0/6 points):

- 一览表 F4:F9 (the ``责任人`` codes): read as the holders ``A`` (rows 4–5), ``B`` (6–7), ``C``
  (8–9) with NO post; the truth is 所长 闾蘅湉, 副所长 隗澍玗, 食品安全监管员 宓湝琤 — the
  kind: the legend line A2 (``责任人代号：A—所长　闾蘅湉；…``) is passed over, so the code letters
  stand as names and the posts the legend gives are lost; the six points (C4:C9) and their
  levels (D4:D9) were read right and grouped rightly by code, but the scorer keys points by
  holder, so all six count as missed and as noise-free wrong forms.

The legend line itself was taken for no point and no holder. Not scored but seen in the export:
the 镇市场监管所 files' unit is read as ``岷县茶埠镇`` (likewise 闾井镇, 梅川镇, 西江镇) with
``市场监管所`` as the 科室 (the truth: unit ``岷县X镇市场监管所``, no 科室; 西江镇's group rows
``所领导``/``监管人员`` were taken as 科室); issues.csv holds info lines only (``TABLE_NO_TYPE``,
no warning about the codes).

Generalised after this measurement: holders given by codes in the 责任人 (or 岗位) column that a legend
on the same sheet explains — a line above, below or beside the list ('A—所长　闾蘅湉；B—…', '①所长张三 ②…') or
a small table ('代号 | 股室 | 岗位 | 姓名') — each row takes its code's 科室, post and holder; a code the
legend does not define, or defines twice, stays as read with a warning (locate._holder_codes,
generalised from _post_codes; info HOLDER_CODES, warning HOLDER_CODE_UNCLEAR;
tests/test_holder_codes.py).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch483 import (
    CHABU,
    CODES,
    GRADES,
    LAYOUTS,
    LEGEND_HEAD,
    PLACE,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    WORDS,
    build,
    legend_line,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **WORDS}
BATCH = Batch(483, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
CODED = "minxian_chabu_holder_codes"
HARDER = {CODED}
UNTYPED = {
    CODED,
    "minxian_testing_center_two_sheets",
    "minxian_consumer_center_cards",
    "minxian_meichuan_selfchecks",
    "minxian_xijiang_group_rows",
}
NOBODY = {"minxian_herb_center_posts"}


def test_batch483_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=480, unit_words=(PLACE,), new_people=True)


def test_batch483_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 10))
    assert RESAVED == ()


def test_batch483_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch483_every_unit_is_of_minxian():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch483_holders_only_by_codes_in_a_legend_above():
    rows = BATCH.filled(CODED)
    head = BATCH.header(CODED)
    assert rows[head] == ["序号", "监管事项", "廉政风险点", "风险等级", "防控措施", "责任人"]
    # the legend: one merged line between the title and the heading
    assert head == 2 and rows[1][0] == legend_line() and rows[1][0].startswith(LEGEND_HEAD)
    assert BATCH.merged(CODED, 0, 1, 0, 5)
    for code, (post, who, _tier) in CODES.items():
        assert f"{code}—{post}\u3000{who}" in rows[1][0]
    table = BATCH.table(CODED)
    assert [row[0] for row in table] == list(range(1, len(CHABU) + 1))
    # the 责任人 column holds a code on every row, never a name or a post
    assert [row[5] for row in table] == [c for *_r, c in CHABU]
    assert {row[5] for row in table} == set(CODES)
    names = {who for _p, who, _t in CODES.values()}
    posts = {post for post, _w, _t in CODES.values()}
    assert not any(n in str(row) or p in str(row) for row in table for n in names for p in posts)
    got = [("", *CODES[row[5]][:2], row[2], HML[row[3]]) for row in table]
    assert got == BATCH.truth_rows(CODED)
    tiers = {(f["title"], f["person"]): f["tier"] for f in BY_NAME[CODED]["truth"]}
    assert tiers == {(p, w): t for p, w, t in CODES.values()}


def test_batch483_plain_tables_by_heading():
    cases = [
        ("minxian_amr_bureau_list",
         {"dept": "股室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("minxian_herb_center_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("minxian_lyujing_list", {"post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    assert BATCH.holders("minxian_herb_center_posts") == {""}
    name = "minxian_testing_center_two_sheets"
    got = BATCH.by_heading(name, {"dept": "科室", "post": "岗位", "person": "姓名",
                                  "point": "廉政风险点"}, "科室")  # fmt: skip
    assert got == BATCH.truth_rows(name, "科室")
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉政风险点"}, "中心领导",
                           fixed={"dept": "中心领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "中心领导")


def test_batch483_group_rows_and_one_sheet_a_person():
    name = "minxian_xijiang_group_rows"
    got = []
    for row in BATCH.filled(name):
        if isinstance(row[0], int):
            got.append(("", row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)
    name = "minxian_consumer_center_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "minxian_meichuan_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "岗　位", "填表时间"]
        assert rows[2][:2] == [f["person"], f["title"]] == [f["sheet"], rows[2][1]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch483_is_read(tmp_path):
    BATCH.is_read(tmp_path)
