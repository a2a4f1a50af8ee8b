"""The four-hundred-and-seventy-eighth batch of published layouts (tests/published/batch478.py): seven
ordinary files as the 水务 bodies of one district (麦积区) really send them — the 河湖长制工作中心's
一览表 with 高/中/低 and short types, the 水土保持工作站's 排查表 对岗不对人 with ``风险点 | 风险表现`` and
``Ⅰ级/Ⅱ级/Ⅲ级``, the 农村供水管理站's file in two sheets ``站领导``/``科室`` with ``一级/二级/三级``, the
甘泉镇水利管理站's 防控卡 one sheet a holder with ``★★★/★★/★``, the 社棠镇 one's 自查表 one sheet a person
with ``高风险/中风险/低风险``, the 花牛镇 one's 责任清单 under group rows ``一、站领导`` … with
``一级风险/二级风险/三级风险``, the 中滩镇 one's 一览表 with 责任人 on every row — and one harder: the
水务局's 一览表 of one block a holder, each block opened by a copy of the heading row whose 岗位 and
责任人 cells are overtyped with the holder's post and name (``序号 | 副局长 | 厍昶翀 | 廉政风险点 | …``)
(``python tests/published/score.py --set batch478``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader at 0fba802 (``/work/snap26``; this
worktree branched from dev at 0fba802 too): TOTAL forms=0.800 recall=0.795 precision=0.795
levels=1.000 types=1.000 noise=0; with --strict the same: TOTAL forms=0.800 recall=0.795
precision=0.795 levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies.
The seven ordinary layouts read in full (16/16 forms, 31/31 points, levels and types all right);
the harder ``maiji_bureau_holder_headings.xlsx`` read 0/4 forms, 0/8 points scored.

Misses by cell, all in ``maiji_bureau_holder_headings.xlsx``, sheet ``一览表``:

- B2:C2 (``局长 | 郗翯沄``), B5:C5 (``副局长 | 厍昶翀``), B9:C9 (``会计 | 戚翾珖``), B12:C12
  (``水政监察员 | 仉湉翃``): read as nothing — the reader made ONE form for the whole sheet
  (unit 麦积区水务局, no post, no person, no tier) instead of the four forms these heading rows
  name; so the eight points D3, D4, D6, D7, D8, D10, D11, D13 were all read, with the right text,
  type and level (8/8), but all into that one postless form, and none is scored as found. Kind:
  a heading row whose 岗位 and 责任人 cells are overtyped with a holder's post and name is taken
  only as the table's heading (its other cells are field names), not also as the holder line of
  the rows under it, so every block is merged into one form with no holder.

Not scored but seen in the export: issues.csv is empty for this file (no warning that the
columns under ``局长``/``郗翯沄`` were left unread or that the heading repeats with other words).

Generalised after this measurement: a heading row repeated over each holder's block with its 科室 / 岗位
/ 姓名 cells typed over by that block's values names the holder of the rows under it (each column's
role from a copy that keeps the heading word, else from the values); a value that is none of those
is said, not read (locate, info HOLDER_IN_HEADING, warning HOLDER_IN_HEADING_UNCLEAR;
tests/test_holder_in_repeated_heading.py).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch478 import (
    BUREAU,
    GRADES,
    HEAD,
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
BATCH = Batch(478, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HOLDER_HEADS = "maiji_bureau_holder_headings"
HARDER = {HOLDER_HEADS}
UNTYPED = {
    "maiji_supply_station_two_sheets",
    "maiji_ganquan_station_cards",
    "maiji_shetang_station_selfchecks",
    "maiji_huaniu_station_group_rows",
}
NOBODY = {"maiji_soil_station_posts"}


def test_batch478_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=470, unit_words=(PLACE,), new_people=True)


def test_batch478_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 10))
    assert RESAVED == ()


def test_batch478_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch478_every_unit_is_of_maiji():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch478_heading_rows_name_the_holders():
    rows = BATCH.filled(HOLDER_HEADS)
    heads = [row for row in rows if row[0] == "序号"]
    # one heading a holder, the field names kept but 岗位 and 责任人 overtyped by the holder
    assert len(heads) == len(BUREAU)
    for row, (post, who, _tier, _points) in zip(heads, BUREAU, strict=True):
        assert row[1:3] == [post, who] and row[3:7] == list(HEAD[3:])
    assert not any(cell in ("岗位", "责任人") for row in rows for cell in row)
    got, holder = [], None
    for row in rows:
        if row[0] == "序号":
            holder = (row[1], row[2])
        elif isinstance(row[0], int):
            assert row[1] is None and row[2] is None
            got.append(("", holder[0], holder[1], row[3], HML[row[5]]))
    assert got == BATCH.truth_rows(HOLDER_HEADS)
    truth = {p["risk_point"] for p in BATCH.points(HOLDER_HEADS)}
    assert not truth & {cell for row in heads for cell in row}


def test_batch478_plain_tables_by_heading():
    cases = [
        ("maiji_river_center_list",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("maiji_soil_station_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("maiji_zhongtan_station_list", {"post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    assert BATCH.holders("maiji_soil_station_posts") == {""}
    name = "maiji_supply_station_two_sheets"
    got = BATCH.by_heading(name, {"dept": "科室", "post": "岗位", "person": "姓名",
                                  "point": "廉政风险点"}, "科室")  # fmt: skip
    assert got == BATCH.truth_rows(name, "科室")
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉政风险点"}, "站领导",
                           fixed={"dept": "站领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "站领导")


def test_batch478_group_rows_and_one_sheet_a_person():
    name = "maiji_huaniu_station_group_rows"
    got = []
    for row in BATCH.filled(name):
        if isinstance(row[0], int):
            got.append(("", row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)
    name = "maiji_ganquan_station_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "maiji_shetang_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "岗　位", "填表时间"]
        assert rows[2][:2] == [f["person"], f["title"]] == [f["sheet"], rows[2][1]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch478_is_read(tmp_path):
    BATCH.is_read(tmp_path)
