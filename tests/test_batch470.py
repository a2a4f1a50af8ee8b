"""The four-hundred-and-seventieth batch of published layouts (tests/published/batch470.py): seven
ordinary files as the 市场监管 bodies of one county (夏河县) really send them — the 食品药品检验检测中心's
一览表 with 高/中/低 and short types, the 个体私营经济服务中心's 排查表 对岗不对人 with ``风险点 | 风险表现`` and
``Ⅰ级/Ⅱ级/Ⅲ级``, the 消费者协会's file in two sheets ``协会领导``/``科室`` with ``一级/二级/三级``, the
拉卜楞镇市场监管所's 防控卡 one sheet a holder with ``★★★/★★/★``, the 王格尔塘镇 one's 自查表 one sheet a
person with ``高风险/中风险/低风险``, the 阿木去乎镇 one's 责任清单 under group rows ``一、所领导`` … with
``一级风险/二级风险/三级风险``, the 桑科镇 one's 一览表 with 责任人 on every row — and one harder: the
市场监督管理局's 一览表 typed one row a holder, the points in a band of three columns under
``廉政风险点`` (``①②③``) and their levels in a second band under ``风险等级`` (``①②③``), paired by
position (``python tests/published/score.py --set batch470``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader at 293c6d7 (``/work/snap24``; this
worktree branched from dev at 293c6d7 too): TOTAL forms=1.000 recall=0.850 precision=1.000
levels=0.912 types=1.000 noise=0; with --strict the same: TOTAL forms=1.000 recall=0.850
precision=1.000 levels=0.912 types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies. The
seven ordinary layouts read in full (16/16 forms, 30/30 points, levels and types all right). The
harder ``xiahe_bureau_point_bands.xlsx`` (sheet 一览表; title row 1, heading rows 2–3, holders in rows
4–7, points in E–G, levels in H–J) found its 4/4 forms but only 4/10 points, 1/4 levels:

- the middle point column F (``廉政风险点②``) was read as THE point column: F4 ``干预下属办案人员裁量``,
  F5 ``双随机抽查对象人为调整``, F6 ``案件线索压案不查``, F7 ``为熟人企业变更登记开绿灯`` were read, right;
- column E (``①``) was dropped: E4 ``重大案件处罚决定不经集体讨论`` (level 1), E5 ``食品经营许可现场核查降低
  标准`` (2), E6 ``行政处罚裁量畸轻畸重`` (1), E7 ``个体工商户登记材料把关不严`` (2) were not read;
- column G (``③``) was taken for a 风险描述 (``COLUMN_GUESSED`` at G2): G4 ``局机关大额支出个人审批`` (level 2)
  and G6 ``罚没物品处置不登记`` (level 3) were read as the descriptions of F4's and F6's points, not as
  points;
- every read level came out 一级 with raw value ``①`` — the level band's circled SUB-HEADING, not its
  cells: F4 read 1, truth 1 (I4 ``高``, right by chance); F5 read 1, truth 2 (I5 ``中``); F6 read 1,
  truth 2 (I6 ``中``); F7 read 1, truth 3 (I7 ``低``).

Kinds: a band of point columns under one merged heading is read as ONE point column plus a
description (the first column lost, the last taken for how the point shows), and the level band
is not tied to the points by position — the circled sub-heading ``①`` is read as the level of
every row.

Generalised after this measurement: points and their levels in two bands numbered alike
(tests/test_columns.py::test_points_and_their_levels_in_two_numbered_bands): score.py --set batch470
reads all 1.00.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch470 import (
    BAND,
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
BATCH = Batch(470, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
BANDS = "xiahe_bureau_point_bands"
HARDER = {BANDS}
UNTYPED = {
    BANDS,
    "xiahe_consumer_association_two_sheets",
    "xiahe_labrang_office_cards",
    "xiahe_wanggertang_office_selfchecks",
    "xiahe_amuqu_office_group_rows",
}
NOBODY = {"xiahe_private_economy_posts"}


def test_batch470_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=467, unit_words=(PLACE,), new_people=True)


def test_batch470_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 10))
    assert RESAVED == ()


def test_batch470_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch470_every_unit_is_of_xiahe():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch470_bands_pair_points_and_levels_by_position():
    rows = BATCH.filled(BANDS)
    assert rows[1][4] == "廉政风险点" and rows[1][7] == "风险等级"
    assert rows[2][4:10] == [*BAND, *BAND]
    table = BATCH.table(BANDS)
    assert len(table) == len(BUREAU)
    got = []
    for row in table:
        for point, level in zip(row[4:7], row[7:10], strict=True):
            assert (point is None) == (level is None)
            if point is not None:
                got.append((row[1], row[2], row[3], point, HML[level]))
    assert got == BATCH.truth_rows(BANDS)
    assert any(row[6] is None for row in table) and any(row[6] is not None for row in table)
    assert not {row[10] for row in table} & {p["risk_point"] for p in BATCH.points(BANDS)}


def test_batch470_plain_tables_by_heading():
    cases = [
        ("xiahe_testing_center_list",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("xiahe_private_economy_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("xiahe_sangke_office_list", {"post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "xiahe_private_economy_posts"
    assert BATCH.holders(name) == {""}
    name = "xiahe_consumer_association_two_sheets"
    got = BATCH.by_heading(name, {"dept": "科室", "post": "岗位", "person": "姓名",
                                  "point": "廉政风险点"}, "科室")  # fmt: skip
    assert got == BATCH.truth_rows(name, "科室")
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉政风险点"}, "协会领导",
                           fixed={"dept": "协会领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "协会领导")


def test_batch470_group_rows_and_one_sheet_a_person():
    name = "xiahe_amuqu_office_group_rows"
    got = []
    for row in BATCH.filled(name):
        if isinstance(row[0], int):
            got.append(("", row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)
    name = "xiahe_labrang_office_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "xiahe_wanggertang_office_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "岗　位", "填表时间"]
        assert rows[2][:2] == [f["person"], f["title"]] == [f["sheet"], rows[2][1]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch470_is_read(tmp_path):
    BATCH.is_read(tmp_path)
