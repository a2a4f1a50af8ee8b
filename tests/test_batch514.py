"""The five-hundred-and-fourteenth batch of published layouts (tests/published/batch514.py):
seven ordinary files as the 文旅 bodies of one city (敦煌市) really send them — the 博物馆's 防控卡
one sheet a holder with ``★★★/★★/★``, the 莫高窟游客服务中心's 排查表 对岗不对人 with ``风险点 |
风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 文化馆's file in two sheets ``馆领导``/``部室`` with
``一级/二级/三级``, the 鸣沙山月牙泉景区管理处's 责任清单 under group rows ``一、处领导`` … with
``一级风险/二级风险/三级风险``, the 阳关景区管理处's 自查表 one sheet a person with
``高风险/中风险/低风险``, the 玉门关景区管理处's 一览表 with 责任人 on every row, the
雅丹景区管理处's 责任清单 with ``职责事项`` — and one harder: the 文体广电和旅游局's 一览表 with NO
科室, 岗位 or 责任人 column, each holder named BELOW his run of points by a row merged across
(``以上风险点责任科室：…　责任岗位：…　责任人：…``)
(``python tests/published/score.py --set batch514``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader at bd33144 (``/work/snap35``; this
worktree branched from dev at bd33144 too): ``TOTAL                      forms  16/20  points  32/41
recall 0.78 precision 0.78 (32/41)  levels  32/32  types  32/32  noise 0`` / ``TOTAL forms=0.800
recall=0.780 precision=0.780 levels=1.000 types=1.000 noise=0``; with --strict the same (both
lines). The 8 files: eight .xlsx, no re-saved copies. The seven ordinary layouts read in full
(16/16 forms, 32/32 points, levels and types all right); the harder one read 0/4 forms, 0/9
points.

Misses by cell, all in ``dunhuang_bureau_holder_footers.xlsx``, sheet ``一览表``: the reader took
the nine points (B3:B4, B6:B8, B10:B11, B13:B14, each whole, with their types C and levels D read
right, as its export shows) into ONE form of the unit 敦煌市文体广电和旅游局 with no 科室, no 岗位 and
no holder, and let the four footer rows go (no point, no noise, no issue); the truth puts B3:B4
under 局领导/局长/禤珝濛 (the footer A5), B6:B8 under 公共文化服务股/股长/隗瑈潾 (A9), B10:B11 under
办公室/主任/鄢璆湲 (A12), B13:B14 under 计划财务股/出纳/钭琤沄 (A15). So no form matches and all
nine points count as missed and as wrong. Kind: a holder given BELOW his run by a merged caption row
``以上风险点责任科室：…　责任岗位：…　责任人：…`` in a table with no holder columns is not read — the
reader neither ties the rows above a footer to the holder it names nor parts the sheet into forms
by those footers.

Nothing was changed after this measurement: the truth, the layouts and these tests are as
measured.

Generalised after this measurement: a lone line under each run naming its holder in labelled fields
('以上风险点责任科室：…　责任岗位：…　责任人：…', fields parted by spaces, '；' or '，', a count or '风险点' before them)
gives the rows since the footer before that 科室, post and holder, where they write none, and makes
the table a list of their forms (locate._footer_holder, _Locator._hold_run; info HOLDER_BY_FOOTER;
tests/test_holder_footer_rows.py).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch514 import (
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
    footer,
)
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **WORDS}
BATCH = Batch(514, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
BUREAU_LIST = "dunhuang_bureau_holder_footers"
HARDER = {BUREAU_LIST}
UNTYPED = {
    "dunhuang_museum_cards",
    "dunhuang_culture_hall_two_sheets",
    "dunhuang_mingsha_group_rows",
    "dunhuang_yangguan_selfchecks",
    "dunhuang_yadan_duty_list",
}
NOBODY = {"dunhuang_visitor_centre_posts"}


def test_batch514_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=511, unit_words=(PLACE,), new_people=True)


def test_batch514_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 10), whole_points=False)
    assert RESAVED == ()


def test_batch514_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch514_every_unit_is_of_dunhuang():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch514_every_point_is_a_whole_cell():
    for lay in LAYOUTS:
        texts = {c for s in lay["sheets"] for row in s["rows"] for c in row if isinstance(c, str)}
        assert all(p["risk_point"] in texts for p in BATCH.points(lay["name"])), lay["name"]


def test_batch514_holders_given_by_the_footer_below_their_run():
    heading = BATCH.heading(BUREAU_LIST)
    assert heading == ["序号", "廉政风险点", "风险类型", "风险等级", "防控措施"]
    assert not {"科室", "岗位", "责任人", "姓名"} & set(heading)
    got, run = [], []
    for row in BATCH.filled(BUREAU_LIST)[2:]:
        if isinstance(row[0], int):
            run.append((row[0], row[1], types_in(row[2]), HML[row[3]]))
        elif isinstance(row[0], str) and row[0].startswith("以上风险点责任科室："):
            parts = dict(p.split("：", 1) for p in row[0][2:].split("　"))
            assert set(parts) == {"风险点责任科室", "责任岗位", "责任人"}
            assert set(row[1:]) == {row[0]}  # merged across
            got += [(parts["风险点责任科室"], parts["责任岗位"], parts["责任人"], *r) for r in run]
            run = []
    assert run == []
    assert [g[3] for g in got] == list(range(1, len(got) + 1)) == list(range(1, 10))
    truth = BATCH.truth_rows(BUREAU_LIST)
    assert [(d, p, w, pt) for d, p, w, _n, pt, *_ in got] == [r[:4] for r in truth]
    points = BATCH.points(BUREAU_LIST)
    assert [(g[5], g[6]) for g in got] == [(p["types"], p["level"]) for p in points]
    assert [footer(d, p, w) for d, p, w, _t, _ps in BUREAU] == [
        row[0] for row in BATCH.filled(BUREAU_LIST) if str(row[0]).startswith("以上")
    ]


def test_batch514_plain_tables_by_heading():
    cases = [
        ("dunhuang_visitor_centre_posts", {"dept": "部门", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("dunhuang_yumenguan_list", {"post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    assert BATCH.holders("dunhuang_visitor_centre_posts") == {""}
    name = "dunhuang_yadan_duty_list"
    got = BATCH.by_heading(name, {"post": "岗位", "person": "姓名", "point": "廉政风险点"})
    assert got == BATCH.truth_rows(name)
    name = "dunhuang_culture_hall_two_sheets"
    got = BATCH.by_heading(name, {"dept": "部室", "post": "岗位", "person": "姓名",
                                  "point": "廉政风险点"}, "部室")  # fmt: skip
    assert got == BATCH.truth_rows(name, "部室")
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉政风险点"},
                           "馆领导", fixed={"dept": "馆领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "馆领导")


def test_batch514_group_rows_and_one_sheet_a_person():
    name = "dunhuang_mingsha_group_rows"
    got, dept = [], None
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)
    name = "dunhuang_museum_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "dunhuang_yangguan_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "岗　位", "填表时间"]
        assert rows[2][:2] == [f["person"], f["title"]] == [f["sheet"], rows[2][1]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch514_is_read(tmp_path):
    BATCH.is_read(tmp_path)
