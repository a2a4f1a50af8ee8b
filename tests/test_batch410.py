"""The four-hundred-and-tenth batch of published layouts (tests/published/batch410.py): seven
ordinary files as the 文旅 and 教育 bodies of one county (柞水县) really send them — the
文化和旅游广电局's two sheets ``局领导 | 股室`` with ``一级/二级/三级``, the 牛背梁景区管理处's 一览表 with
``部门`` merged, ``姓名`` before ``职务``, ``廉政风险点 | 风险描述`` and 高/中/低, the 教育局's 责任清单 under
group rows ``一、局领导`` … with ``一级风险/二级风险/三级风险``, 柞水中学's 自查表 one sheet a person with
``Ⅰ级/Ⅱ级/Ⅲ级``, the 营盘镇中心学校's 防控卡 one sheet a holder with ``★★★/★★/★``, the 文化馆's 排查表
对岗不对人 with ``风险点 | 风险表现`` and ``高风险/中风险/低风险``, the 凤凰镇中心学校's 一览表 written out on
every row, the type before the point and bare ``Ⅰ/Ⅱ/Ⅲ`` — and one harder: the 职业教育中心's ordinary
排查表 whose LEVEL IS GIVEN ONLY BY FORM-CONTROL CHECK BOXES (three controls ``高 | 中 | 低`` drawn
over every empty ``风险等级`` cell, one checked, no cell link) (``python tests/published/score.py
--set batch410``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap9 at 374b57a
(main's newest when the batch was done; this worktree branched from dev at 018c882, which holds
374b57a's reader and only README/CHANGELOG after it). ``score.py --set batch410``:
``TOTAL                      forms  41/41  points  68/68  recall 1.00 precision 1.00 (68/68)  levels  59/68  types  68/68  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.868 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  41/41  points  68/68  recall 1.00 precision 1.00 (68/68)  levels  59/68  types  68/68  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.868 types=1.000 noise=0``.
The 9 files of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as
FILE_SKIPPED). SEVEN layouts read in full — every form, point, level and type, with
``--strict`` too — all seven ordinary ones; the harder one read every form, point and type but no
level. The truth was not changed after measuring.

Missed, all in the harder ``zhashui_vocational_center_checkbox_controls.xlsx`` (sheet 排查表; forms
5/5, points 9/9, types 9/9, levels 0/9): every 风险等级 cell G4–G12 was read as blank — risks.csv has
``risk_level`` and ``raw_risk_level`` empty on all nine rows (F00034–F00038) and issues.csv has nine
errors LEVEL_BLANK ``[排查表!G4] 风险级别未填写`` … ``[排查表!G12]``; the truth is the caption of the one
checked control over each cell: G4 高 (1), G5 中 (2), G6 高 (1), G7 高 (1), G8 中 (2), G9 中 (2), G10
低 (3), G11 高 (1), G12 低 (3). Kind: the reader reads cell values only and not the sheet's form
controls, so a level given by which check-box control (VML ``ObjectType="Checkbox"`` /
``xl/ctrlProps`` ``checked="Checked"``) is checked — with no cell link, the cell empty — is reported
as missing, and nothing in issues.csv says that controls stand over the cells.

Unscored besides: in the 营盘镇中心学校's cards the 校长 (F00039) and the 总务主任 (F00040) were given the
科室 ``领导班子`` (truth: no 科室 — the cards name none) and the 总务主任 the tier 领导岗位 (truth middle,
中层岗位); the 食堂管理员 (F00041) no 科室 and 一般岗位, as the truth. Every other unit, 科室, post and tier
in posts.csv is the truth's (局领导, 处领导, 校领导, 馆领导 and 中心领导 as the 科室 of those leaders; 股长,
科长, 教务主任, 总务主任, 部主任 中层岗位 elsewhere). The other issues are info only (TABLE_NO_TYPE on the
untyped sheets, GRADE_BLANK on the cards and the 自查表, FILE_SKIPPED for truth.json).

Generalised after this measurement: an empty level cell with form-control check boxes drawn over it
('高 | 中 | 低', one ticked) takes the ticked box's level, with one info LEVEL_CHECKBOXES per sheet
(.xlsx; fills.checked_boxes reads the sheet's VML drawing;
tests/test_columns.py::test_a_level_ticked_in_check_boxes_drawn_over_its_cell). The batch now reads
in full.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re
import zipfile

import openpyxl
from published.batch410 import (
    BANDS,
    BARE,
    BOX_CAPTIONS,
    BOX_HEAD,
    BOX_LEVEL_COL,
    BOX_NAME,
    BOX_NOTE,
    BOX_ROWS,
    BOX_TAB,
    BOX_UNIT,
    GRADES,
    LAYOUTS,
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
BATCH = Batch(410, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {BOX_NAME}
UNTYPED = {
    "zhashui_culture_tourism_bureau_two_sheets",
    "zhashui_middle_school_selfchecks",
    "zhashui_yingpan_school_cards",
}
NOBODY = {"zhashui_culture_center_posts"}
GAP = "\u3000"


def test_batch410_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=407, unit_words=("柞水",), new_people=True)


def test_batch410_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch410_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch410_every_unit_is_of_zhashui_and_stands_in_its_sheet():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("柞水") for u in units)
    assert sum(u.startswith("柞水县") for u in units) == len(LAYOUTS) - 1  # 柞水中学 the one
    inbox = BATCH.inbox()
    for lay in LAYOUTS:
        sheets = cells(inbox / f"{lay['name']}.xlsx")
        for f in lay["truth"]:
            here = sheets[f["sheet"]]
            assert any(norm(f["unit"]) in c for c in here), lay["name"]
            for field in ("department", "title", "person"):
                assert not f[field] or any(norm(f[field]) in c for c in here), (f, field)


def _box_parts():
    path = BATCH.inbox() / f"{BOX_NAME}.xlsx"
    with zipfile.ZipFile(path) as z:
        return path, {name: z.read(name).decode("utf-8") for name in z.namelist()}


def test_batch410_levels_only_in_checkbox_controls():
    path, parts = _box_parts()
    vml = parts["xl/drawings/vmlDrawing1.vml"]
    shapes = re.findall(r"<v:shape id=\"_x0000_s(\d+)\".*?</v:shape>", vml, re.S)
    bodies = re.findall(r"<v:shape id=\"_x0000_s\d+\".*?</v:shape>", vml, re.S)
    assert len(bodies) == 3 * len(BATCH.points(BOX_NAME))
    by_row: dict[int, list[tuple[str, bool]]] = {}
    for body in bodies:
        assert 'ObjectType="Checkbox"' in body and "<x:FmlaLink>" not in body  # no cell link
        caption = re.search(r"<font[^>]*>(.+?)</font>", body).group(1)
        anchor = [
            int(v) for v in re.search(r"<x:Anchor>\s*([^<]+)</x:Anchor>", body).group(1).split(",")
        ]
        assert anchor[0] == anchor[4] == BOX_LEVEL_COL and anchor[2] == anchor[6]
        by_row.setdefault(anchor[2], []).append((caption, "<x:Checked>1</x:Checked>" in body))
    # each control's ctrlProp part says the same, in the same order as the VML's shapes
    sheet = parts["xl/worksheets/sheet1.xml"]
    ids = re.findall(r'<control shapeId="(\d+)" r:id="(rId\d+)"', sheet)
    assert [s for s, _ in ids] == shapes
    rels = dict(re.findall(r'Id="(rId\d+)"[^>]*Target="\.\./ctrlProps/(ctrlProp\d+\.xml)"',
                           parts["xl/worksheets/_rels/sheet1.xml.rels"]))  # fmt: skip
    checked = ['checked="Checked"' in parts[f"xl/ctrlProps/{rels[rid]}"] for _, rid in ids]
    assert checked == ["<x:Checked>1</x:Checked>" in b for b in bodies]
    assert '<legacyDrawing r:id="rId1"/>' in sheet
    assert "application/vnd.ms-excel.controlproperties+xml" in parts["[Content_Types].xml"]
    # one row a point: 高 | 中 | 低 in that order, exactly one checked, the truth's level
    rows = BATCH.filled(BOX_NAME, BOX_TAB)
    head = BATCH.header(BOX_NAME, BOX_TAB)
    truth = BATCH.answers(BOX_NAME)
    assert sorted(by_row) == [r for r, row in enumerate(rows) if isinstance(row[0], int)]
    for r, boxes in by_row.items():
        assert r > head and [c for c, _ in boxes] == list(BOX_CAPTIONS)
        ticked = [c for c, on in boxes if on]
        assert len(ticked) == 1
        dept, post, who, level, types = truth[rows[r][4]]
        assert HML[ticked[0]] == level
        assert (rows[r][1], rows[r][2], rows[r][3]) == (dept, post, who)
    # no cell holds the level: every 风险等级 cell under the heading is empty, no boolean anywhere
    ws = openpyxl.load_workbook(path)[BOX_TAB]
    assert ws.cell(head + 1, BOX_LEVEL_COL + 1).value == "风险等级"
    for r in by_row:
        assert ws.cell(r + 1, BOX_LEVEL_COL + 1).value is None
    values = [v for row in ws.iter_rows(values_only=True) for v in row if v is not None]
    assert not any(isinstance(v, bool) for v in values)
    assert not set(values) & set(LEVELS)
    assert BOX_NOTE in values and all("“高”" not in str(v) or v == BOX_NOTE for v in values)


def test_batch410_checkbox_list_is_an_ordinary_list():
    name = BOX_NAME
    assert BATCH.heading(name, BOX_TAB) == list(BOX_HEAD)
    table = BATCH.table(name, BOX_TAB)
    got = [(r[1], r[2], r[3], r[4]) for r in table]
    assert got == [row[:4] for row in BATCH.truth_rows(name)]
    assert [[t] for t in (r[5] for r in table)] == [r["types"] for r in BATCH.points(name)]
    assert BY_NAME[name]["truth"][0]["unit"] == BOX_UNIT
    assert sum(len(p) for *_, p in BOX_ROWS) == len(table)
    merges = BATCH.sheet(name, BOX_TAB)["merges"]
    first = BATCH.header(name, BOX_TAB) + 1
    assert (first, 1, first + 2, 1) in merges  # 中心领导 over three rows


def test_batch410_plain_tables_by_heading():
    cases = [
        ("zhashui_niubeiliang_scenic_office_list",
         {"dept": "部门", "post": "职务", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("zhashui_culture_center_posts", {"dept": "部室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("zhashui_fenghuang_school_every_row",
         {"dept": "处室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, types in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, types) == [r["types"] for r in BATCH.points(name)], name
    # the short point is the point (one row each), the long description none
    for name, short, long in (
        ("zhashui_niubeiliang_scenic_office_list", 4, 5),
        ("zhashui_culture_center_posts", 3, 4),
    ):
        table = BATCH.table(name)
        points = {p["risk_point"] for p in BATCH.points(name)}
        assert not points & {row[long] for row in table} and len(points) == len(table)
        assert all(len(row[short]) < len(row[long]) for row in table)
    name = "zhashui_culture_center_posts"
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    assert {r[6] for r in BATCH.table(name)} == set(BANDS)
    # the scenic office: 部门 merged, 姓名 BEFORE 职务, 高/中/低
    name = "zhashui_niubeiliang_scenic_office_list"
    head = BATCH.heading(name)
    assert head.index("姓名") + 1 == head.index("职务")
    first = BATCH.header(name) + 1
    assert (first, 1, first + 2, 1) in BATCH.sheet(name)["merges"]  # 处领导 over three rows
    assert {r[7] for r in BATCH.table(name)} == set(HML)
    # every row written out, nothing merged below the title lines; the type BEFORE the point
    name = "zhashui_fenghuang_school_every_row"
    assert BATCH.rows(name)[0] == ["附件1"]
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])
    assert all(all(c is not None for c in row[:8]) for row in BATCH.numbered(name))
    head = BATCH.heading(name)
    assert head.index("风险类型") + 1 == head.index("廉政风险点")
    assert {r[6] for r in BATCH.table(name)} == set(BARE)
    assert any(str(row[0]).startswith("注：风险等级Ⅰ为高") for row in BATCH.rows(name))


def test_batch410_leaders_and_staff_in_two_sheets():
    name = "zhashui_culture_tourism_bureau_two_sheets"
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
    assert {r[5] for r in BATCH.table(name, "股室")} <= set(GRADES)


def test_batch410_group_rows_give_the_department():
    name = "zhashui_education_bureau_duty_list"
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


def test_batch410_one_sheet_a_person():
    name = "zhashui_yingpan_school_cards"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["title"] and f["department"] == ""
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][0].startswith("岗位职责：")
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert {r[2] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
    name = "zhashui_middle_school_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"]
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:5] == [f"姓{GAP}名", f["person"], f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["所在处室", f["department"]] and rows[2][3] == "填表时间"
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        table = BATCH.table(name, f["sheet"])
        points = {p["risk_point"] for p in BATCH.points(name)}
        assert not {r[1] for r in table} & points and not {r[5] for r in table} & points
        assert {r[3] for r in table} <= set(ROMAN)


def test_batch410_is_read(tmp_path):
    BATCH.is_read(tmp_path)
