"""The four-hundred-and-seventy-fifth batch of published layouts (tests/published/batch475.py): seven
ordinary files as the 财政 bodies of one county (渭源县) really send them — the 国库集中支付中心's 排查表
对岗不对人 with ``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 非税收入管理局's file in two sheets
``局领导``/``科室`` with ``一级/二级/三级``, the 政府采购中心's 防控卡 one sheet a holder with
``★★★/★★/★``, the 会川镇财政所's 自查表 one sheet a person with ``高风险/中风险/低风险``, the 莲峰镇
one's 责任清单 under group rows ``一、所领导`` … with ``一级风险/二级风险/三级风险``, the 清源镇 one's
一览表 with 责任人 on every row, the 北寨镇 one's 一览表 with ``…风险`` types — and one harder: the
财政局's 一览表 with no 岗位 column whose ``责任人`` cells write the holder's name with his post glued
after it (``厍翊沣局长``, ``笪曜琛股长``)
(``python tests/published/score.py --set batch475``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader at 0fba802 (``/work/snap26``; this
worktree branched from dev at 0fba802 too): TOTAL forms=0.789 recall=0.784 precision=0.784
levels=1.000 types=1.000 noise=0; with --strict the same: TOTAL forms=0.789 recall=0.784
precision=0.784 levels=1.000 types=1.000 noise=0 (forms 15/19, points 29/37, levels 29/29, types
29/29). The 8 files: eight .xlsx, no re-saved copies. The seven ordinary layouts read in full
(15/15 forms, 29/29 points, levels and types all right).

Missed, all in the harder ``weiyuan_bureau_name_then_post.xlsx`` (sheet 一览表; forms 0/4, points
0/8, precision 0/8): the reader took the ``责任人`` column (C2, COLUMN_GUESSED info ``表头像是责任人,
但内容是岗位或科室``) for ``其他`` and dropped it, so no cell C3–C10 gave a holder or a post. The 8
points were read with the right text, type and level but filed one form a 股室 with no person and
no post: ``局领导`` (posts.csv F00003: D3–D6, the points of both 厍翊沣局长 (C3) and 訾泓旻副局长
(C5) in one form; truth two forms, 局长 厍翊沣 and 副局长 訾泓旻), ``国库股`` (F00004: D7–D8; truth
股长 笪曜琛, C7) and ``预算股`` (F00005: D9–D10; truth 科员 钭晞翯, C9). KIND: a holder cell that is
the name with the post glued after it is not recognised as a name (it is taken for a post or
科室 and the whole column set aside), so holder and post are lost and two leaders' forms merge.

Not scored but seen in the export (posts.csv): the 镇财政所 files are filed under unit
``渭源县北寨镇`` (会川镇, 莲峰镇, 清源镇 alike) with department ``财政所`` (truth: unit
``渭源县北寨镇财政所``, no 科室), the 莲峰镇 所长 with department ``所领导`` from the group row, and the
政府采购中心's 主任 card with department ``领导班子``; score.py counted these forms as matched.
issues.csv holds only info lines (the COLUMN_GUESSED above, ``TABLE_NO_TYPE`` for the untyped
tables).

Generalised after this measurement: a holder's name with the post typed straight after it ('厍翊沣局长')
is read as the holder and his post, in a holder's column and in a column read as the posts'
(columns.name_then_post, identity.post_of; tests/test_columns.py
test_a_holders_name_with_the_post_typed_after_it, under '负责人' with a compound surname, a 副 post and
a two-character name).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch475 import (
    BUREAU,
    GRADES,
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
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **WORDS}
BATCH = Batch(475, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
GLUED = "weiyuan_bureau_name_then_post"
HARDER = {GLUED}
UNTYPED = {
    "weiyuan_nontax_bureau_two_sheets",
    "weiyuan_procurement_center_cards",
    "weiyuan_huichuan_office_selfchecks",
    "weiyuan_lianfeng_office_group_rows",
}
NOBODY = {"weiyuan_payment_center_posts"}


def test_batch475_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=474, unit_words=(PLACE,), new_people=True)


def test_batch475_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 10))
    assert RESAVED == ()


def test_batch475_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch475_every_unit_is_of_weiyuan():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch475_holder_cells_name_then_post():
    rows = BATCH.filled(GLUED)
    assert rows[1] == ["序号", "股室", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施"]
    assert "岗位" not in rows[1]
    table = BATCH.table(GLUED)
    assert [row[0] for row in table] == list(range(1, len(table) + 1))
    assert len(table) == sum(len(points) for *_h, points in BUREAU)
    got = [("", row[1], row[2], row[3], HML[row[5]]) for row in table]
    # the filled 责任人 cell is the name with the post glued after it, nothing between
    cells = {row[2] for row in table}
    assert cells == {who + post for _d, who, post, _t, _p in BUREAU}
    assert all(" " not in c and "\u3000" not in c for c in cells)
    truth = [
        (f["department"], f["person"] + f["title"], r["risk_point"], r["level"])
        for f in BY_NAME[GLUED]["truth"]
        for r in f["risks"]
    ]
    assert [(row[1], row[2], row[3], row[4]) for row in got] == truth
    for f in BY_NAME[GLUED]["truth"]:
        assert f["person"] and f["title"] and not f["person"].endswith(f["title"])
        assert len(f["person"]) == 3
    header = BATCH.header(GLUED)
    r = header + 1
    for _d, _w, _p, _t, points in BUREAU:
        if len(points) > 1:
            assert BATCH.merged(GLUED, 0, r, 2, 2)
        r += len(points)


def test_batch475_plain_tables_by_heading():
    cases = [
        ("weiyuan_payment_center_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("weiyuan_qingyuan_office_list", {"post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("weiyuan_beizhai_office_list", {"post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    assert BATCH.holders("weiyuan_payment_center_posts") == {""}
    name = "weiyuan_nontax_bureau_two_sheets"
    got = BATCH.by_heading(name, {"dept": "科室", "post": "岗位", "person": "姓名",
                                  "point": "廉政风险点"}, "科室")  # fmt: skip
    assert got == BATCH.truth_rows(name, "科室")
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉政风险点"}, "局领导",
                           fixed={"dept": "局领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "局领导")


def test_batch475_group_rows_and_one_sheet_a_person():
    name = "weiyuan_lianfeng_office_group_rows"
    got = []
    for row in BATCH.filled(name):
        if isinstance(row[0], int):
            got.append(("", row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)
    name = "weiyuan_procurement_center_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "weiyuan_huichuan_office_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "岗　位", "填表时间"]
        assert rows[2][:2] == [f["person"], f["title"]] == [f["sheet"], rows[2][1]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch475_is_read(tmp_path):
    BATCH.is_read(tmp_path)
