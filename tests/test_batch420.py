"""The four-hundred-and-twentieth batch of published layouts (tests/published/batch420.py): seven
ordinary files as the 交通运输 bodies of one county (延川县) really send them — the 交通运输局's two
sheets ``局领导 | 股室`` with ``一级/二级/三级``, the 运输服务中心's 一览表 with ``部门`` merged, ``姓名``
before ``职务``, ``廉政风险点 | 风险描述`` and 高/中/低, the 农村公路管理站's 防控卡 one sheet a holder
with ``★★★/★★/★``, the 永坪镇交通管理站's 自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the
延水关镇交通管理站's 责任清单 under group rows ``一、站领导`` … with ``一级风险/二级风险/三级风险``, the
文安驿镇交通管理站's 一览表 written out on every row, the type before the point and bare ``Ⅰ/Ⅱ/Ⅲ``, the
关庄镇交通管理站's 排查表 对岗不对人 with ``风险点 | 风险表现`` and ``高风险/中风险/低风险`` — and one
harder: the 公路管理段's ordinary 一览表 whose ``风险等级`` column holds only ``一级`` and ``二级``, the
LOWEST LEVEL WRITTEN AS AN EMPTY CELL, as a note under the table says (``空白的为三级风险点``)
(``python tests/published/score.py --set batch420``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap12 at 6101176
(dev's newest when the batch was done, main then at 57d6eaa; this worktree branched from dev at the
same 6101176). ``score.py --set batch420``:
``TOTAL                      forms  38/38  points  69/69  recall 1.00 precision 1.00 (69/69)  levels  63/69  types  69/69  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.913 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  38/38  points  69/69  recall 1.00 precision 1.00 (69/69)  levels  63/69  types  69/69  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.913 types=1.000 noise=0``.
The 9 files of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as
FILE_SKIPPED). SEVEN layouts read in full — every form, point, level and type, with ``--strict``
too, no noise — all seven ordinary ones; the harder one read every form (8/8), point (15/15) and
type (15/15) but only 9 of its 15 levels. The truth was not changed after measuring.

Missed, all in the harder ``yanchuan_highway_section_blank_is_low.xlsx`` (sheet 一览表; levels 9/15):
the six points whose ``风险等级`` cell is EMPTY came out with NO LEVEL (risks.csv ``risk_level`` and
``raw_risk_level`` blank), each with an error LEVEL_BLANK (``风险级别未填写;请填写 Ⅰ级、Ⅱ级 或 Ⅲ级``) —
truth 三级 (3) for each, as the note ``…空白的为三级风险点。`` says:

- G5 ``职工绩效考核、评先评优中搞亲疏远近`` (段长 仉翯骐, F00004, under his ``一级`` in G4);
- G6 ``路产损坏赔偿协商中降低赔偿标准`` (副段长 逯湉珩, F00005, his first point);
- G10 ``路况检测和病害调查数据弄虚作假`` (技术员 佴琮淏, F00007, his one point);
- G13 ``涉路施工许可现场核查走过场`` (路政股 股长 鞠瑀霈, F00008, under his ``二级`` in G12);
- G15 ``巡查日志补记、代签`` (路政员 蒯旻玗, F00009, under his ``二级`` in G14);
- G18 ``报销票据审核不严，虚列支出`` (会计 濮溧昶, F00011, under her ``一级`` in G17).

The nine written levels (G4 G7 G8 G9 G11 G12 G14 G16 G17, ``一级``/``二级``) were read right (Ⅰ级/Ⅱ级),
and no blank was filled from the row above. Kind: an empty level cell is always taken as a level
not filled in (an error a point); the note under the table that gives the empty cell a meaning of
its own (the lowest level) is not read, so the lowest level, written as nothing, is lost — and with
it the posts' computed grades (技术员 佴琮淏 ``风险分值0 → C``, n_level_3 0 throughout the file).

Unscored besides: the 段长 and 副段长 (F00004, F00005) read 中层岗位 (truth leader), and so did the
站长 and 副站长 of the 永坪镇, 文安驿镇 and 关庄镇 stations (F00036, F00027, F00028, F00001; no 站领导 in
their files); the four 交通管理站 files were read with the unit cut at the town and the 站 as its 科室
(``延川县永坪镇`` | ``交通管理站``; ``延川县延水关镇`` | ``站领导``, ``交通安全管理组`` …; the scorer counts both
writings of a 站's own file as one). Every other unit, 科室, post and tier in posts.csv is the truth's.
The other issues are info only (TABLE_NO_TYPE on the untyped sheets, GRADE_BLANK on the cards and
the 自查表, FILE_SKIPPED for truth.json).

Generalised after this measurement: an empty level cell whose sheet's note says what an empty one
means ('空白的为三级风险点', '未填写的为低风险') takes that level (info LEVEL_BLANK_BY_NOTE), only where some level
is written and the note names one; test_an_empty_level_cell_a_note_gives_a_level in
tests/test_columns.py says it in other words (a note asking for blanks to be filled gives none).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

import openpyxl
from published.batch420 import (
    BANDS,
    BARE,
    BLANK_COL,
    BLANK_HEAD,
    BLANK_NAME,
    BLANK_NOTE,
    BLANK_TAB,
    BLANK_UNIT,
    BLANK_WRITTEN,
    GRADES,
    LAYOUTS,
    PLACE,
    RESAVED,
    RISKS,
    ROMAN,
    SECTION,
    STARS,
    build,
)
from published.cells import cells, norm
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(420, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {BLANK_NAME}
UNTYPED = {
    "yanchuan_transport_bureau_two_sheets",
    "yanchuan_rural_road_station_cards",
    "yanchuan_yongping_station_selfchecks",
}
NOBODY = {"yanchuan_guanzhuang_station_posts"}
GAP = "\u3000"


def test_batch420_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=419, unit_words=(PLACE,), new_people=True)


def test_batch420_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(6, 15))
    assert RESAVED == ()


def test_batch420_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch420_every_unit_is_of_yanchuan_and_stands_in_its_sheet():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)
    inbox = BATCH.inbox()
    for lay in LAYOUTS:
        sheets = cells(inbox / f"{lay['name']}.xlsx")
        for f in lay["truth"]:
            here = sheets[f["sheet"]]
            assert any(norm(f["unit"]) in c for c in here), lay["name"]
            for field in ("department", "title", "person"):
                assert not f[field] or any(norm(f[field]) in c for c in here), (f, field)


def _blank_rows():
    """(row, the row's values) of the built harder file's table rows (those with a 序号)."""
    ws = openpyxl.load_workbook(BATCH.inbox() / f"{BLANK_NAME}.xlsx")[BLANK_TAB]
    rows = [[c.value for c in row] for row in ws.iter_rows(max_col=len(BLANK_HEAD))]
    return ws, [(r, v) for r, v in enumerate(rows, 1) if isinstance(v[0], int)]


def test_batch420_an_empty_level_cell_is_the_lowest_level():
    ws, rows = _blank_rows()
    # reading the level column with an empty cell as 三级 gives the truth, row by row
    table = BATCH.table(BLANK_NAME)
    got = [
        (row[1], row[2], row[3], row[4], 3 if row[BLANK_COL] is None else BLANK_WRITTEN[row[6]])
        for row in table
    ]
    assert got == BATCH.truth_rows(BLANK_NAME)
    answers = BATCH.answers(BLANK_NAME)
    assert [answers[row[4]][4] for row in table] == [[row[5]] for row in table]
    # the built file: the level column holds only 一级/二级 and empty (bordered) cells
    written = [v[BLANK_COL] for _, v in rows]
    assert set(written) == {None, *BLANK_WRITTEN} and "三级" not in written
    blanks = [r for r, v in rows if v[BLANK_COL] is None]
    assert len(blanks) == 6 and len(rows) == 15
    for r in blanks:
        cell = ws.cell(r, BLANK_COL + 1)
        assert cell.border.left.style and cell.border.top.style  # typed in a bordered table
    # nothing is merged in the level column: no blank is the lower part of a merge
    assert not any(
        m.min_col <= BLANK_COL + 1 <= m.max_col and m.min_row < m.max_row
        for m in ws.merged_cells.ranges
    )
    # no reading of a blank as "the same as the row above" gives the truth: some blanks open a
    # post, some sit under a 一级 and some under a 二级 of the same holder
    levels = [v[BLANK_COL] for _, v in rows]
    people = [row[3] for row in table]  # (merged per person: filled)
    under = {
        levels[i - 1] if people[i - 1] == people[i] else "first"
        for i in range(1, len(levels))
        if levels[i] is None
    }
    assert levels[0] is not None and under == {"一级", "二级", "first"}
    alone = [who for _, _, who, _, points in SECTION if len(points) == 1 and points[0][2] is None]
    assert alone  # a post whose one point is of the lowest level
    # the note says so, under the table, merged across
    note = next(r for r, row in enumerate(BATCH.sheet(BLANK_NAME)["rows"]) if row[0] == BLANK_NOTE)
    assert BATCH.merged(BLANK_NAME, 0, note, 0, len(BLANK_HEAD) - 1)
    assert "空白的为三级" in BLANK_NOTE
    assert note > max(r for r, row in enumerate(BATCH.sheet(BLANK_NAME)["rows"])
                      if row and isinstance(row[0], int))  # fmt: skip
    assert BY_NAME[BLANK_NAME]["truth"][0]["unit"] == BLANK_UNIT
    assert {r["level"] for r in BATCH.points(BLANK_NAME)} == {1, 2, 3}


def test_batch420_plain_tables_by_heading():
    cases = [
        ("yanchuan_transport_service_center_list",
         {"dept": "部门", "post": "职务", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("yanchuan_guanzhuang_station_posts", {"post": "岗位", "point": "风险点"}, "风险类型"),
        ("yanchuan_wenanyi_station_every_row",
         {"post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, types in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, types) == [r["types"] for r in BATCH.points(name)], name
    # the short point is the point (one row each), the long description none
    for name, short, long in (
        ("yanchuan_transport_service_center_list", 4, 5),
        ("yanchuan_guanzhuang_station_posts", 2, 3),
    ):
        table = BATCH.table(name)
        points = {p["risk_point"] for p in BATCH.points(name)}
        assert not points & {row[long] for row in table} and len(points) == len(table)
        assert all(len(row[short]) < len(row[long]) for row in table)
    name = "yanchuan_guanzhuang_station_posts"
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    assert {r[5] for r in BATCH.table(name)} == set(BANDS)
    assert {f["department"] for f in BY_NAME[name]["truth"]} == {""}
    # 部门 merged, 姓名 BEFORE 职务, 高/中/低
    name = "yanchuan_transport_service_center_list"
    head = BATCH.heading(name)
    assert head.index("姓名") + 1 == head.index("职务")
    first = BATCH.header(name) + 1
    assert (first, 1, first + 2, 1) in BATCH.sheet(name)["merges"]  # 中心领导 over three rows
    assert {r[7] for r in BATCH.table(name)} == set(HML)
    # every row written out, nothing merged below the title lines; the type BEFORE the point
    name = "yanchuan_wenanyi_station_every_row"
    assert BATCH.rows(name)[0] == ["附件1"]
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])
    assert all(all(c is not None for c in row[:7]) for row in BATCH.numbered(name))
    head = BATCH.heading(name)
    assert head.index("风险类型") + 1 == head.index("廉政风险点")
    assert {r[5] for r in BATCH.table(name)} == set(BARE)
    assert any(str(row[0]).startswith("注：风险等级Ⅰ为高") for row in BATCH.rows(name))
    assert {f["department"] for f in BY_NAME[name]["truth"]} == {""}


def test_batch420_leaders_and_staff_in_two_sheets():
    name = "yanchuan_transport_bureau_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "风险点"},
        "局领导",
        fixed={"dept": "局领导"},
    )
    assert got == BATCH.truth_rows(name, "局领导")
    head = BATCH.heading(name, "局领导")
    assert head.index("职务") + 1 == head.index("姓名")  # the post BEFORE the name
    assert BATCH.rows(name, "局领导")[0][0].endswith("局领导廉政风险防控表")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    works = {r[3] for r in BATCH.table(name, "局领导")}
    assert not {p["risk_point"] for p in BATCH.points(name)} & works  # 分管工作 no point
    assert {r["level"] for r in BATCH.points(name)} == {1, 2, 3}
    assert {r[5] for r in BATCH.table(name, "股室")} <= set(GRADES)


def test_batch420_group_rows_give_the_department():
    name = "yanchuan_yanshuiguan_station_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and re.match(r"[一二三四]、", row[0]):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[4], RISKS[row[6]]))
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型") == [r["types"] for r in BATCH.points(name)]
    duties = {row[3] for row in BATCH.table(name)}
    assert not duties & {p["risk_point"] for p in BATCH.points(name)}  # 职责事项 no point


def test_batch420_one_sheet_a_person():
    name = "yanchuan_rural_road_station_cards"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["title"]
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["所在科室", f["department"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert {r[2] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
    name = "yanchuan_yongping_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"] and f["department"] == ""
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:5] == [f"姓{GAP}名", f["person"], f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["工作单位", f["unit"]] and rows[2][3] == "填表时间"
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        table = BATCH.table(name, f["sheet"])
        points = {p["risk_point"] for p in BATCH.points(name)}
        assert not {r[1] for r in table} & points and not {r[5] for r in table} & points
        assert {r[3] for r in table} <= set(ROMAN)


def test_batch420_is_read(tmp_path):
    BATCH.is_read(tmp_path)
