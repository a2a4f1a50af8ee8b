"""The four-hundred-and-sixty-second batch of published layouts (tests/published/batch462.py): seven
ordinary files as the 交通 bodies of one county (西和县) really send them — the 公路管理段's 一览表 with
高/中/低 and short types, the 运输管理所's 排查表 对岗不对人 with ``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``,
the 农村公路养护中心's file in two sheets ``中心领导``/``股室`` with ``一级/二级/三级``, the 长道镇交管站's
防控卡 one sheet a holder with ``★★★/★★/★``, the 何坝镇交管站's 自查表 one sheet a person with
``高风险/中风险/低风险``, the 洛峪镇交管站's 责任清单 under group rows ``一、站领导`` … with
``一级风险/二级风险/三级风险``, the 大桥镇交管站's 一览表 with 责任人 on every row — and one harder: the
交通运输局's 一览表 cut by columns over two sheets, ``一览表（一）`` holding 序号, 科室, 岗位, 责任人 and
the point, ``一览表（二）`` (``（续表）``) holding 序号, type, level and measures, matched only by 序号
(``python tests/published/score.py --set batch462``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader at faf8407 (``/work/snap22``; this
worktree branched from dev at faf8407 too): TOTAL forms=0.815 recall=0.822 precision=1.000
levels=1.000 types=1.000 noise=0; with --strict the same: TOTAL forms=0.815 recall=0.822
precision=1.000 levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies. The
seven ordinary layouts read in full (22/22 forms, 37/37 points, levels and types all right).

Missed, all in the harder ``xihe_transport_bureau_split_pages.xlsx`` (forms 0/5, points 0/8): on
sheet ``一览表（一）`` the heading A2:E2 ``序号 | 科室 | 岗位 | 责任人 | 廉政风险点`` was not taken as a
heading (SHEET_NO_TABLE on 一览表（一）: “找不到表头行”), so none of the eight points E3:E10 (truth:
``交通建设项目安排不经党组集体研究`` … ``对申请人吃拿卡要、故意拖延``, with 科室 B, 岗位 C, 责任人 D) was
read; sheet ``一览表（二）`` (heading A2:D2 ``序号 | 风险类型 | 风险等级 | 防控措施``, rows 3–10) gave
neither a table nor an issue, its types B3:B10 and levels C3:C10 going nowhere; the file ended with
FILE_NO_FORM. Kind: a table cut by columns over two sheets is not joined by 序号 — the half holding
the points has a heading with only a point column (no type, level or measure), which the reader does
not count as a heading, and the half holding the levels has no point column, so the whole file is
read as holding no form (silently: no issue names the lost rows).

Generalised after this measurement: a table whose columns are cut over two sheets, joined by 序号
(tests/test_columns_split_over_sheets.py; info SHEET_JOINED, warning SHEET_COLUMNS_UNMATCHED):
score.py --set batch462 reads all 1.00.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch462 import (
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
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **WORDS}
BATCH = Batch(462, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
SPLIT = "xihe_transport_bureau_split_pages"
HARDER = {SPLIT}
UNTYPED = {
    "xihe_rural_road_center_two_sheets",
    "xihe_changdao_station_cards",
    "xihe_heba_station_selfchecks",
    "xihe_luoyu_station_group_rows",
}
NOBODY = {"xihe_transport_office_posts"}


def test_batch462_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=459, unit_words=(PLACE,), new_people=True)


def test_batch462_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 10))
    assert RESAVED == ()


def test_batch462_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch462_every_unit_is_of_xihe():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch462_columns_cut_over_two_sheets_meet_by_number():
    left, right = (s["name"] for s in BY_NAME[SPLIT]["sheets"])
    assert BATCH.heading(SPLIT, left) == ["序号", "科室", "岗位", "责任人", "廉政风险点"]
    assert BATCH.heading(SPLIT, right) == ["序号", "风险类型", "风险等级", "防控措施"]
    assert BATCH.filled(SPLIT, right)[0][0].endswith("（续表）")
    a, b = BATCH.table(SPLIT, left), BATCH.table(SPLIT, right)
    assert [r[0] for r in a] == [r[0] for r in b] == list(range(1, len(a) + 1))
    # the left sheet has no level and no type; the right one no point
    assert not any(c in LEVELS for r in a for c in r)
    points = {p["risk_point"] for p in BATCH.points(SPLIT)}
    assert not points & {c for r in b for c in r}
    got = [(ra[1], ra[2], ra[3], ra[4], HML[rb[2]]) for ra, rb in zip(a, b, strict=True)]
    assert got == BATCH.truth_rows(SPLIT)
    types = [types_in(rb[1]) for rb in b]
    assert types == [p["types"] for p in BATCH.points(SPLIT)]
    assert {f["sheet"] for f in BY_NAME[SPLIT]["truth"]} == {left}
    assert len(a) == sum(len(p) for *_x, p in BUREAU)


def test_batch462_plain_tables_by_heading():
    cases = [
        ("xihe_highway_section_list",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("xihe_transport_office_posts", {"dept": "股室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("xihe_daqiao_station_list", {"post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "xihe_transport_office_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}
    assert BATCH.holders(name) == {""}
    name = "xihe_rural_road_center_two_sheets"
    got = BATCH.by_heading(name, {"dept": "股室", "post": "岗位", "person": "姓名",
                                  "point": "廉政风险点"}, "股室")  # fmt: skip
    assert got == BATCH.truth_rows(name, "股室")
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉政风险点"}, "中心领导",
                           fixed={"dept": "中心领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "中心领导")


def test_batch462_group_rows_and_one_sheet_a_person():
    name = "xihe_luoyu_station_group_rows"
    got = []
    for row in BATCH.filled(name):
        if isinstance(row[0], int):
            got.append(("", row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)
    name = "xihe_changdao_station_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "xihe_heba_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "岗　位", "填表时间"]
        assert rows[2][:2] == [f["person"], f["title"]] == [f["sheet"], rows[2][1]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch462_is_read(tmp_path):
    BATCH.is_read(tmp_path)
