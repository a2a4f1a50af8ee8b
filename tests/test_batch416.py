"""The four-hundred-and-sixteenth batch of published layouts (tests/published/batch416.py): seven
ordinary files as the 林业 and 生态环境 bodies of one city (旬阳市) really send them — the 林业局's two
sheets ``局领导 | 股室`` with ``一级/二级/三级``, the 生态环境分局's 一览表 with ``股室`` merged,
``廉政风险点 | 风险描述`` and 高/中/低, the 自然保护区管理站's 防控卡 one sheet a holder with ``★★★/★★/★``,
the 蜀河镇林业站's 排查表 对岗不对人 with ``风险点 | 风险表现`` and ``高风险/中风险/低风险``, the
吕河镇林业站's 自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 赵湾镇林业站's 责任清单 under group rows
``一、站领导`` … with ``一级风险/二级风险/三级风险``, the 神河镇林业站's 一览表 written out on every row with
bare ``Ⅰ/Ⅱ/Ⅲ`` — and one harder: the 国有林场's ordinary 一览表 whose LEVEL IS GIVEN ONLY BY THE FILL
COLOUR OF A DRAWN OVAL (one text-less ellipse shape, red/yellow/green, over every empty ``风险等级``
cell, the colours named only by a ``注：`` line) (``python tests/published/score.py --set
batch416``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap11 at 57d6eaa
(main's newest when the batch was done; this worktree branched from dev at 229f54e, which holds
57d6eaa and two reader refactors after it). ``score.py --set batch416``:
``TOTAL                      forms  34/34  points  61/61  recall 1.00 precision 1.00 (61/61)  levels  51/61  types  61/61  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.836 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  34/34  points  61/61  recall 1.00 precision 1.00 (61/61)  levels  51/61  types  61/61  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.836 types=1.000 noise=0``.
The 9 files of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as
FILE_SKIPPED). SEVEN layouts read in full — every form, point, level and type, with ``--strict``
too — all seven ordinary ones; the harder one read every form, point and type but no level. The
truth was not changed after measuring.

Missed, all in the harder ``xunyang_state_forest_farm_oval_levels.xlsx`` (sheet 一览表; forms 5/5,
points 10/10, types 10/10, levels 0/10): every 风险等级 cell G4–G13 was read as blank — risks.csv
has ``risk_level`` and ``raw_risk_level`` empty on all ten rows (F00026–F00030), posts.csv gives
each holder ``风险分值0 → C``, and issues.csv has ten errors LEVEL_BLANK ``[一览表!G4] 风险级别未填写`` …
``[一览表!G13]``; the truth is the fill of the one oval drawn over each cell: G4 red 高 (1), G5 red
高 (1), G6 yellow 中 (2), G7 green 低 (3), G8 red 高 (1), G9 yellow 中 (2), G10 yellow 中 (2), G11
green 低 (3), G12 red 高 (1), G13 yellow 中 (2). Kind: the reader reads cell values, fills and fonts
and the text of drawn text boxes but not the fill colour of a drawn shape, so a level given by a
coloured ellipse (``xdr:sp`` ``prst="ellipse"`` with an ``a:solidFill``) over an empty level cell is
reported as missing, though the ``注：`` line under the table names the three colours.

Unscored besides: the 站长 and 副站长 of the 镇林业站 whose files give them no 站领导 cell were read as
中层岗位 (truth leader): 吕河镇 F00012 站长, 神河镇 F00018 站长 and F00019 副站长, 蜀河镇 F00022 站长 and
F00023 副站长 (the 赵湾镇林业站's 站长, under ``一、站领导``, 领导岗位 as the truth). The 镇林业站 were read as
unit ``旬阳市X镇`` with 科室 ``林业站`` (truth: unit ``旬阳市X镇林业站``, no 科室 but the 赵湾镇 groups), the
other of the two writings the scorer counts as one. Every other unit, 科室, post and tier in
posts.csv is the truth's (局领导, 分局领导, 场领导 and 站领导 as the 科室 of those leaders). The other
issues are info only (TABLE_NO_TYPE on the untyped sheets, GRADE_BLANK, FILE_SKIPPED for
truth.json).

Generalised after this measurement: a filled shape with no text drawn inside one empty, unshaded
level cell (any preset shape, DrawingML or VML; theme colours too) gives the cell its colour's level
under a note naming the colours (info LEVEL_SHAPES); a colour the note does not name, two colours in
a cell or a cell with its own fill stays blank and is said (warning LEVEL_SHAPES_UNCLEAR);
tests/test_drawn_marks.py says it in other words.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re
import zipfile

import openpyxl
from published.batch416 import (
    BANDS,
    BARE,
    COLOURS,
    GRADES,
    LAYOUTS,
    OVAL_HEAD,
    OVAL_LEVEL_COL,
    OVAL_NAME,
    OVAL_NOTE,
    OVAL_ROWS,
    OVAL_TAB,
    OVAL_UNIT,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.cells import cells, norm
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(416, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {OVAL_NAME}
UNTYPED = {"xunyang_forestry_bureau_two_sheets", "xunyang_nature_reserve_station_cards"}
NOBODY = {"xunyang_shuhe_forestry_station_posts"}
GAP = "\u3000"


def test_batch416_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=411, unit_words=("旬阳市",), new_people=True)


def test_batch416_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch416_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch416_every_unit_is_of_xunyang_and_stands_in_its_sheet():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("旬阳市") for u in units)
    inbox = BATCH.inbox()
    for lay in LAYOUTS:
        sheets = cells(inbox / f"{lay['name']}.xlsx")
        for f in lay["truth"]:
            here = sheets[f["sheet"]]
            assert any(norm(f["unit"]) in c for c in here), lay["name"]
            for field in ("department", "title", "person"):
                assert not f[field] or any(norm(f[field]) in c for c in here), (f, field)


def _drawing():
    path = BATCH.inbox() / f"{OVAL_NAME}.xlsx"
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        return path, names, z.read("xl/drawings/drawing1.xml").decode("utf-8")


def test_batch416_levels_only_in_the_colour_of_drawn_ovals():
    path, names, xml = _drawing()
    assert [n for n in names if n.startswith("xl/drawings/")] == ["xl/drawings/drawing1.xml"]
    anchors = re.findall(r"<xdr:twoCellAnchor>(.*?)</xdr:twoCellAnchor>", xml, re.S)
    assert len(anchors) == len(BATCH.points(OVAL_NAME))
    by_row: dict[int, str] = {}
    for a in anchors:
        # an ellipse shape, no text box, no text, no outline, one solid fill
        assert '<a:prstGeom prst="ellipse">' in a and "txBox" not in a and "<a:t>" not in a
        assert re.search(r'name="椭圆 \d+"', a) and '<a:ln w="9525" cmpd="sng"><a:noFill/>' in a
        fills = re.findall(r'<a:solidFill><a:srgbClr val="([0-9A-F]{6})"/></a:solidFill>', a)
        assert len(fills) == 1
        frm = re.search(r"<xdr:from><xdr:col>(\d+)</xdr:col>.*?<xdr:row>(\d+)</xdr:row>", a, re.S)
        to = re.search(r"<xdr:to><xdr:col>(\d+)</xdr:col>.*?<xdr:row>(\d+)</xdr:row>", a, re.S)
        assert frm.groups() == to.groups()  # inside one cell
        col, row = int(frm.group(1)), int(frm.group(2))
        assert col == OVAL_LEVEL_COL and row not in by_row
        by_row[row] = fills[0]
    # one oval a point row, its colour the truth's level (red 1, yellow 2, green 3)
    rows = BATCH.filled(OVAL_NAME, OVAL_TAB)
    head = BATCH.header(OVAL_NAME, OVAL_TAB)
    truth = BATCH.answers(OVAL_NAME)
    colour_level = {COLOURS[w]: HML[w] for w in COLOURS}
    assert len(set(COLOURS.values())) == 3
    assert sorted(by_row) == [r for r, row in enumerate(rows) if isinstance(row[0], int)]
    for r, colour in by_row.items():
        assert r > head
        dept, post, who, level, _types = truth[rows[r][4]]
        assert colour_level[colour] == level
        assert (rows[r][1], rows[r][2], rows[r][3]) == (dept, post, who)
    assert {colour_level[c] for c in by_row.values()} == {1, 2, 3}
    # no cell holds the level: every 风险等级 cell under the heading empty, nothing shaded or coloured
    wb = openpyxl.load_workbook(path)
    ws = wb[OVAL_TAB]
    assert ws.cell(head + 1, OVAL_LEVEL_COL + 1).value == "风险等级"
    for r in by_row:
        assert ws.cell(r + 1, OVAL_LEVEL_COL + 1).value is None
    values = [v for row in ws.iter_rows(values_only=True) for v in row if v is not None]
    assert not set(values) & set(LEVELS)
    assert [v for v in values if "红色" in str(v)] == [OVAL_NOTE]
    for row in ws.iter_rows():
        for c in row:
            assert c.fill.fgColor.rgb in (None, "00000000") or c.fill.fill_type is None
            colour = c.font.color  # the theme's text colour (dk1) or none: nothing coloured
            assert colour is None or (colour.type == "theme" and colour.theme == 1), c


def test_batch416_oval_list_is_an_ordinary_list():
    name = OVAL_NAME
    assert BATCH.heading(name, OVAL_TAB) == list(OVAL_HEAD)
    table = BATCH.table(name, OVAL_TAB)
    got = [(r[1], r[2], r[3], r[4]) for r in table]
    assert got == [row[:4] for row in BATCH.truth_rows(name)]
    assert [[t] for t in (r[5] for r in table)] == [r["types"] for r in BATCH.points(name)]
    assert BY_NAME[name]["truth"][0]["unit"] == OVAL_UNIT
    assert sum(len(p) for *_, p in OVAL_ROWS) == len(table)
    merges = BATCH.sheet(name, OVAL_TAB)["merges"]
    first = BATCH.header(name, OVAL_TAB) + 1
    assert (first, 1, first + 3, 1) in merges  # 场领导 over four rows


def test_batch416_plain_tables_by_heading():
    cases = [
        ("xunyang_ecology_branch_list",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("xunyang_shuhe_forestry_station_posts", {"post": "岗位", "point": "风险点"}, "风险类型"),
        ("xunyang_shenhe_forestry_station_every_row",
         {"post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, types in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, types) == [r["types"] for r in BATCH.points(name)], name
    # the short point is the point (one row each), the long description none
    for name, short, long in (
        ("xunyang_ecology_branch_list", 4, 5),
        ("xunyang_shuhe_forestry_station_posts", 2, 3),
    ):
        table = BATCH.table(name)
        points = {p["risk_point"] for p in BATCH.points(name)}
        assert not points & {row[long] for row in table} and len(points) == len(table)
        assert all(len(row[short]) < len(row[long]) for row in table)
    name = "xunyang_shuhe_forestry_station_posts"
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    assert {f["department"] for f in BY_NAME[name]["truth"]} == {""}
    assert {r[5] for r in BATCH.table(name)} == set(BANDS)
    name = "xunyang_ecology_branch_list"
    first = BATCH.header(name) + 1
    assert (first, 1, first + 2, 1) in BATCH.sheet(name)["merges"]  # 分局领导 over three rows
    assert {r[7] for r in BATCH.table(name)} == set(HML)
    # every row written out, nothing merged below the title lines
    name = "xunyang_shenhe_forestry_station_every_row"
    assert BATCH.rows(name)[0] == ["附件1"]
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])
    assert all(all(c is not None for c in row[:7]) for row in BATCH.numbered(name))
    assert {r[5] for r in BATCH.table(name)} == set(BARE)
    assert any(str(row[0]).startswith("注：风险等级Ⅰ为高") for row in BATCH.rows(name))


def test_batch416_leaders_and_staff_in_two_sheets():
    name = "xunyang_forestry_bureau_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "风险点"},
        "局领导",
        fixed={"dept": "局领导"},
    )
    assert got == BATCH.truth_rows(name, "局领导")
    assert BATCH.rows(name, "局领导")[0][0].endswith("局领导廉政风险防控表")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    works = {r[3] for r in BATCH.table(name, "局领导")}
    assert not {p["risk_point"] for p in BATCH.points(name)} & works  # 分管工作 no point
    assert {r["level"] for r in BATCH.points(name)} == {1, 2, 3}


def test_batch416_group_rows_give_the_department():
    name = "xunyang_zhaowan_forestry_station_duties"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and re.match(r"[一二三]、", row[0]):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[4], RISKS[row[6]]))
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型") == [r["types"] for r in BATCH.points(name)]
    duties = {row[3] for row in BATCH.table(name)}
    assert not duties & {p["risk_point"] for p in BATCH.points(name)}  # 职责事项 no point


def test_batch416_one_sheet_a_person():
    name = "xunyang_nature_reserve_station_cards"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["title"]
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["所在股室", f["department"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert {r[2] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
    name = "xunyang_lvhe_forestry_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"] and f["department"] == ""
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:5] == [f"姓{GAP}名", f["person"], f["person"], f"岗{GAP}位", f["title"]]
        assert rows[2][:2] == ["所在单位", f["unit"]] and rows[2][3] == "填表时间"
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        table = BATCH.table(name, f["sheet"])
        points = {p["risk_point"] for p in BATCH.points(name)}
        assert not {r[1] for r in table} & points and not {r[6] for r in table} & points
        assert {r[4] for r in table} <= set(ROMAN)


def test_batch416_is_read(tmp_path):
    BATCH.is_read(tmp_path)
