"""The four-hundred-and-fifteenth batch of published layouts (tests/published/batch415.py): seven
ordinary files as the 市场监管 bodies of one county (镇坪县) really send them — the
市场监督管理局's two sheets ``局领导 | 股室`` with ``一级/二级/三级``, the 计量测试所's 排查表 对岗不对人 with
``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 消费者协会's 责任清单 under group rows ``一、协会领导`` … with
``一级风险/二级风险/三级风险``, the 城关市场监管所's 防控卡 one sheet a holder with ``★★★/★★/★``, the
曾家市场监管所's 自查表 one sheet a person (a label row over a row of values) with
``高风险/中风险/低风险``, the 牛头店市场监管所's 一览表 written out on every row, the type before the point
and bare ``Ⅰ/Ⅱ/Ⅲ``, the 华坪市场监管所's 排查登记表 with ``风险点 | 风险描述`` and 高/中/低 — and one harder:
the 食品药品检验检测中心's ordinary 一览表 whose HOLDERS ARE GIVEN ONLY BY FORM-CONTROL DROP-DOWNS (a
combo box drawn over every empty ``姓名`` cell, its selection an index into ``人员名单!$B$3:$B$10``, no
cell link) (``python tests/published/score.py --set batch415``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap11 at 57d6eaa
(this worktree branched from dev at the same commit). ``score.py --set batch415``:
``TOTAL                      forms  34/40  points  54/63  recall 0.86 precision 0.86 (54/63)  levels  54/54  types  54/54  noise 0``
and ``TOTAL forms=0.850 recall=0.857 precision=0.857 levels=1.000 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  34/40  points  54/63  recall 0.86 precision 0.86 (54/63)  levels  54/54  types  54/54  noise 0``
and ``TOTAL forms=0.850 recall=0.857 precision=0.857 levels=1.000 types=1.000 noise=0``.
The 9 files of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as
FILE_SKIPPED). SEVEN layouts read in full — every form, point, level and type, with ``--strict``
too — all seven ordinary ones; the harder one read nothing that is scored (forms 0/6, points 0/9).
The truth was not changed after measuring.

Missed, all in the harder ``zhenping_testing_center_name_dropdowns.xlsx`` (sheet 一览表; forms 0/6,
points 0/9, precision 0/9): every holder was read as nobody. posts.csv has six forms F00032–F00037
with the truth's unit, 科室, post and tier but ``person`` empty, and risks.csv the nine points (rows
4–12) with the truth's text, level and type but no person — so no point matches its key (file,
holder, point). By cell: D4:D5 (merged) read empty, truth ``訾瑔泷`` (中心领导 主任, the control's
``Sel`` 1 → 人员名单!B3); D6 empty, truth ``缑沣珺`` (副主任, Sel 2 → B4); D7:D8 empty, truth ``阚湛璐``
(食品检验室 室主任, Sel 4 → B6); D9 empty, truth ``嵇玓淞`` (检验员, Sel 6 → B8); D10:D11 empty, truth
``鄂瀞瑗`` (业务受理室 样品管理员, Sel 5 → B7); D12 empty, truth ``昝琭渟`` (综合室 会计, Sel 8 → B10).
issues.csv says nothing of the file at all — no FORM_NO_PERSON, no note of the controls or of the
``人员名单`` sheet (which gave no form, rightly). Kind: the reader reads cell values only and not the
sheet's form controls, so a holder picked in a form-control combo box (VML ``ObjectType="Drop"``,
``xl/ctrlProps`` ``objectType="Drop"``, its selection an index into a list range on another sheet)
drawn over an empty 姓名 cell is lost, and the list is taken, silently, for one that names no person
(对岗不对人).

Unscored besides: (a) the UNIT is blank in posts.csv for every file whose unit stands only in its
title (``镇坪县市场监督管理局局领导廉政风险防控表``, ``镇坪县计量测试所…``, ``镇坪县消费者协会…``,
``镇坪县市场监督管理局城关市场监管所…``, ``…华坪市场监管所…``: F00001–F00026), while the files with a
``填报单位：…`` line have it (牛头店所, 检测中心) — the same 计量测试所 file with ``平利县`` for ``镇坪县``
reads its unit ``平利县计量测试所``, so it is the county's name opening with ``镇`` (``镇坪县``) that
keeps the title's unit from being read; (b) in the 曾家所's 自查表 the unit is ``曾家市场监管所`` and the
科室 ``曾家市场监管所`` (F00038–F00040; truth unit ``镇坪县市场监督管理局曾家市场监管所``, no 科室), read from
the ``所在单位`` cell; (c) the 所长 and 副所长 of the 城关所 cards (F00001, F00002), of the 华坪所
(F00009) and the 曾家所's 副所长 (F00038) are 中层岗位 (truth leader; the 牛头店所's are 领导岗位, as the
truth). Every 科室, post and the other tiers in posts.csv are the truth's. The other issues are info
only (TABLE_NO_TYPE on the untyped sheets, GRADE_BLANK on the cards and the 自查表, FILE_SKIPPED for
truth.json).

Generalised after this measurement: a form-control drop-down (组合框) or list box over an empty cell
(or linked to a cell holding the chosen number) reads as its list's chosen entry, the list on any
sheet (info CELL_BY_DROPDOWN; unclear ones say so, warning DROPDOWN_UNREAD); a county whose name
begins with a place word (镇坪县, 镇安县, 市中区) is read as a place; tests/test_combo_boxes.py says it in
other words.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re
import zipfile

import openpyxl
from published.batch415 import (
    BANDS,
    BARE,
    DROP_HEAD,
    DROP_NAME,
    DROP_NAME_COL,
    DROP_NOTE,
    DROP_ROWS,
    DROP_TAB,
    DROP_UNIT,
    GRADES,
    LAYOUTS,
    LIST_RANGE,
    LIST_TAB,
    RESAVED,
    RISKS,
    ROMAN,
    STAFF,
    STARS,
    build,
)
from published.cells import cells, norm
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(415, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {DROP_NAME}
UNTYPED = {
    "zhenping_market_bureau_two_sheets",
    "zhenping_chengguan_station_cards",
    "zhenping_zengjia_station_selfchecks",
    "zhenping_huaping_station_register",
}
NOBODY = {"zhenping_metrology_institute_posts"}
GAP = "\u3000"


def _on_the_list(form: dict, field: str, layout: str | None = None) -> bool:
    """The harder file's holders stand in no cell of its 一览表: only on its 人员名单."""
    layout = form["layout"] if layout is None else layout
    return layout == DROP_NAME and field == "person" and form["person"] in STAFF


def test_batch415_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=411, unit_words=("镇坪县",), new_people=True)


def test_batch415_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14), unnamed=_on_the_list)
    assert RESAVED == ()


def test_batch415_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch415_every_unit_is_of_zhenping_and_stands_in_its_sheet():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("镇坪县") for u in units)
    inbox = BATCH.inbox()
    for lay in LAYOUTS:
        sheets = cells(inbox / f"{lay['name']}.xlsx")
        for f in lay["truth"]:
            here = sheets[f["sheet"]]
            assert any(norm(f["unit"]) in c for c in here), lay["name"]
            for field in ("department", "title", "person"):
                named = any(norm(f[field]) in c for c in here)
                assert not f[field] or named or _on_the_list(f, field, lay["name"]), (f, field)


def _drop_parts():
    path = BATCH.inbox() / f"{DROP_NAME}.xlsx"
    with zipfile.ZipFile(path) as z:
        return path, {name: z.read(name).decode("utf-8") for name in z.namelist()}


def test_batch415_holders_only_in_dropdown_controls():
    path, parts = _drop_parts()
    vml = parts["xl/drawings/vmlDrawing1.vml"]
    bodies = re.findall(r"<v:shape id=\"_x0000_s\d+\".*?</v:shape>", vml, re.S)
    ids = re.findall(r"<v:shape id=\"_x0000_s(\d+)\"", vml)
    assert len(bodies) == len(DROP_ROWS)  # one control a person
    rows = BATCH.filled(DROP_NAME, DROP_TAB)
    merges = BATCH.sheet(DROP_NAME, DROP_TAB)["merges"]
    truth = BATCH.answers(DROP_NAME)
    wb = openpyxl.load_workbook(path)
    listed = [wb[LIST_TAB].cell(r, 2).value for r in range(3, 3 + len(STAFF))]
    assert listed == STAFF and LIST_RANGE == f"{LIST_TAB}!$B$3:$B${2 + len(STAFF)}"
    chosen = []
    for body in bodies:
        assert 'ObjectType="Drop"' in body and "<x:FmlaLink>" not in body  # no cell link
        assert f"<x:FmlaRange>{LIST_RANGE}</x:FmlaRange>" in body
        sel = int(re.search(r"<x:Sel>(\d+)</x:Sel>", body).group(1))
        anchor = [
            int(v) for v in re.search(r"<x:Anchor>\s*([^<]+)</x:Anchor>", body).group(1).split(",")
        ]
        col, row = anchor[0], anchor[2]
        assert col == anchor[4] == DROP_NAME_COL and row == anchor[6]
        # the control sits on the top row of an EMPTY 姓名 cell (merged over one person's rows)
        spans = [(m[0], m[2]) for m in merges if m[0] == row and m[1] == m[3] == col]
        (r0, r1) = spans[0] if spans else (row, row)
        assert wb[DROP_TAB].cell(row + 1, col + 1).value is None
        who = STAFF[sel - 1]
        for r in range(r0, r1 + 1):
            dept, post, person, _level, _types = truth[rows[r][4]]
            assert (dept, post, person) == (rows[r][1], rows[r][2], who)
        chosen.append(who)
    assert chosen == [who for _d, _p, who, _t, _pts in DROP_ROWS]
    assert len(set(chosen)) == len(chosen) and set(STAFF) - set(chosen)  # two on no post
    assert [STAFF.index(w) for w in chosen] != sorted(STAFF.index(w) for w in chosen)
    # each control's ctrlProp part says the same, in the same order as the VML's shapes
    sheet = parts["xl/worksheets/sheet1.xml"]
    pairs = re.findall(r'<control shapeId="(\d+)" r:id="(rId\d+)"', sheet)
    assert [s for s, _ in pairs] == ids
    rels = dict(re.findall(r'Id="(rId\d+)"[^>]*Target="\.\./ctrlProps/(ctrlProp\d+\.xml)"',
                           parts["xl/worksheets/_rels/sheet1.xml.rels"]))  # fmt: skip
    for (_, rid), who in zip(pairs, chosen, strict=True):
        prop = parts[f"xl/ctrlProps/{rels[rid]}"]
        assert 'objectType="Drop"' in prop and f'fmlaRange="{LIST_RANGE}"' in prop
        assert f'sel="{STAFF.index(who) + 1}"' in prop
    assert '<legacyDrawing r:id="rId1"/>' in sheet
    assert "application/vnd.ms-excel.controlproperties+xml" in parts["[Content_Types].xml"]
    # no holder's name in any cell of the 一览表: every 姓名 cell under the heading is empty
    ws = wb[DROP_TAB]
    head = BATCH.header(DROP_NAME, DROP_TAB)
    assert ws.cell(head + 1, DROP_NAME_COL + 1).value == "姓名"
    values = [v for row in ws.iter_rows(values_only=True) for v in row if v is not None]
    assert not set(values) & set(STAFF)
    table = [r for r in range(head + 1, len(rows)) if isinstance(rows[r][0], int)]
    assert len(table) == len(BATCH.points(DROP_NAME))
    assert all(ws.cell(r + 1, DROP_NAME_COL + 1).value is None for r in table)
    assert DROP_NOTE in values


def test_batch415_dropdown_list_is_an_ordinary_list():
    name = DROP_NAME
    assert BATCH.heading(name, DROP_TAB) == list(DROP_HEAD)
    table = BATCH.table(name, DROP_TAB)
    got = [(r[1], r[2], r[4]) for r in table]
    assert got == [(d, p, pt) for d, p, _who, pt, _lv in BATCH.truth_rows(name)]
    assert [HML[r[6]] for r in table] == [r["level"] for r in BATCH.points(name)]
    assert [[t] for t in (r[5] for r in table)] == [r["types"] for r in BATCH.points(name)]
    assert BY_NAME[name]["truth"][0]["unit"] == DROP_UNIT
    assert all(r[DROP_NAME_COL] is None for r in table)
    # the 人员名单 sheet: a title, 序号 | 姓名, the names; no point, no post
    staff = BATCH.rows(name, LIST_TAB)
    assert staff[1] == ["序号", "姓名"] and [r[1] for r in staff[2:]] == STAFF
    assert {f["sheet"] for f in BY_NAME[name]["truth"]} == {DROP_TAB}


def test_batch415_plain_tables_by_heading():
    cases = [
        ("zhenping_metrology_institute_posts", {"dept": "部室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("zhenping_niutoudian_station_every_row", {"post": "岗位", "person": "姓名", "point": "廉政风险点"},
         "风险类型"),
    ]  # fmt: skip
    for name, heads, types in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, types) == [r["types"] for r in BATCH.points(name)], name
    name = "zhenping_huaping_station_register"
    heads = {"post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name)
    # the short point is the point (one row each), the long description none
    for name, short, long in (
        ("zhenping_metrology_institute_posts", 3, 4),
        ("zhenping_huaping_station_register", 4, 5),
    ):
        table = BATCH.table(name)
        points = {p["risk_point"] for p in BATCH.points(name)}
        assert not points & {row[long] for row in table} and len(points) == len(table)
        assert all(len(row[short]) < len(row[long]) for row in table)
    assert not {r[3] for r in BATCH.table(name)} & {p["risk_point"] for p in BATCH.points(name)}
    name = "zhenping_metrology_institute_posts"
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    assert {r[6] for r in BATCH.table(name)} == set(ROMAN)
    name = "zhenping_niutoudian_station_every_row"
    assert BATCH.rows(name)[0] == ["附件1"]
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])
    head = BATCH.heading(name)
    assert head.index("风险类型") + 1 == head.index("廉政风险点") and "科室" not in head
    assert {r[5] for r in BATCH.table(name)} == set(BARE)


def test_batch415_leaders_and_staff_in_two_sheets():
    name = "zhenping_market_bureau_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "风险点"},
        "局领导",
        fixed={"dept": "局领导"},
    )
    assert got == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    works = {r[3] for r in BATCH.table(name, "局领导")}
    assert not {p["risk_point"] for p in BATCH.points(name)} & works  # 分管工作 no point
    assert {r["level"] for r in BATCH.points(name)} == {1, 2, 3}


def test_batch415_group_rows_give_the_department():
    name = "zhenping_consumer_association_duty_list"
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


def test_batch415_one_sheet_a_person():
    name = "zhenping_chengguan_station_cards"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"] and f["department"] == ""
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["持卡人", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][0].startswith("岗位职责：")
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert {r[2] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
    name = "zhenping_zengjia_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"] and f["department"] == ""
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f"职{GAP}务", f"职{GAP}务", "所在单位"]
        assert rows[2][:2] == [f["person"], f["title"]] and rows[2][3] == "曾家市场监管所"
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        table = BATCH.table(name, f["sheet"])
        points = {p["risk_point"] for p in BATCH.points(name)}
        assert not {r[1] for r in table} & points and not {r[5] for r in table} & points
        assert {r[3] for r in table} <= set(BANDS)


def test_batch415_is_read(tmp_path):
    BATCH.is_read(tmp_path)
