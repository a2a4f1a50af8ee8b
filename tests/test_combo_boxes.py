"""Form-control drop-downs (组合框) and list boxes (列表框) drawn over cells, and places whose
name opens with a place word ('镇安县', '市中区').

Each workbook is written with xlsxwriter and given its controls as Excel (VML and
``xl/ctrlProps``), Excel 2007 or WPS (VML only) or a generator keeping only the properties parts
would write them, then read back as ``collect_inbox`` reads it. The units, names, lists and
captions are not those of tests/published/batch415.py.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import xlsxwriter
from helpers import write_ods, write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.controls import cells_of, split_ref
from xlproc.identity import dept_in_title, split_unit_title, unit_in_title

_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_MC = (
    '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">'
)


def write(path: Path, sheets: dict, merges=None, names=None, comments=None) -> Path:
    """A real .xlsx of ``sheets`` (name → rows), ``merges`` (name → ['D4:D6']), ``names``
    (defined name → '=Sheet!$A$1:$A$5'), ``comments`` (name → {cell: text})."""
    path.parent.mkdir(parents=True, exist_ok=True)
    wb = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False, "in_memory": True})
    for name, rows in sheets.items():
        ws = wb.add_worksheet(name)
        for cell, text in (comments or {}).get(name, {}).items():
            ws.write_comment(cell, text)
        for r, row in enumerate(rows):
            for c, v in enumerate(row):
                if v is not None and v != "":
                    ws.write(r, c, v)
        for rng in (merges or {}).get(name, []):
            from xlsxwriter.utility import xl_cell_to_rowcol

            r0, c0 = xl_cell_to_rowcol(rng.split(":")[0])
            r1, c1 = xl_cell_to_rowcol(rng.split(":")[1])
            v = rows[r0][c0] if c0 < len(rows[r0]) else None
            ws.merge_range(r0, c0, r1, c1, "" if v is None else v)
    for name, ref in (names or {}).items():
        wb.define_name(name, ref)
    wb.close()
    return path


def add_controls(path: Path, controls: list[dict], vml: bool = True, props: bool = True) -> Path:
    """Draw form controls on the first sheet: each ``{'kind': 'Drop'|'List', 'row', 'col',
    'range', 'sel', 'link', 'multi'}`` (0-based corner cell), kept in a VML drawing and/or one
    ``xl/ctrlProps`` part each with its place in the sheet's ``<controls>``."""
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    sheet, rels = "xl/worksheets/sheet1.xml", "xl/worksheets/_rels/sheet1.xml.rels"
    assert rels not in parts
    rel, shapes, ctrls, types = [], [], [], ""
    if vml:
        rel.append(
            f'<Relationship Id="rId1" Type="{_REL}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/>'
        )
        types += '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>'
    for i, c in enumerate(controls):
        sid = 2049 + i
        sel = f"<x:Sel>{c['sel']}</x:Sel>" if c.get("sel") is not None else ""
        link = f"<x:FmlaLink>{c['link']}</x:FmlaLink>" if c.get("link") else ""
        multi = (
            "<x:SelType>Multi</x:SelType>" if c.get("multi") else "<x:SelType>Single</x:SelType>"
        )
        shapes.append(
            f'<v:shape id="_x0000_s{sid}" type="#_x0000_t201" style="position:absolute">'
            f'<x:ClientData ObjectType="{c["kind"]}"><x:Anchor>{c["col"]}, 3, {c["row"]}, 2, '
            f"{c['col']}, 90, {c['row']}, 18</x:Anchor>{link}<x:FmlaRange>{c['range']}</x:FmlaRange>"
            f"{sel}{multi}<x:LCT>Normal</x:LCT></x:ClientData></v:shape>"
        )
        if props:
            rid = f"rId{10 + i}"
            rel.append(
                f'<Relationship Id="{rid}" Type="http://schemas.microsoft.com/office/2006/relationships/ctrlProp" '
                f'Target="../ctrlProps/ctrlProp{i + 1}.xml"/>'
            )
            attrs = f'objectType="{c["kind"]}" fmlaRange="{c["range"]}"'
            attrs += f' sel="{c["sel"]}"' if c.get("sel") is not None else ""
            attrs += f' fmlaLink="{c["link"]}"' if c.get("link") else ""
            attrs += ' selType="multi"' if c.get("multi") else ""
            parts[f"xl/ctrlProps/ctrlProp{i + 1}.xml"] = (
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<formControlPr '
                f'xmlns="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" {attrs}/>'
            ).encode()
            types += (
                f'<Override PartName="/xl/ctrlProps/ctrlProp{i + 1}.xml" '
                'ContentType="application/vnd.ms-excel.controlproperties+xml"/>'
            )
            ctrls.append(
                f'{_MC}<mc:Choice Requires="x14"><control shapeId="{sid}" r:id="{rid}" name="下拉 {i + 1}">'
                '<controlPr defaultSize="0" autoPict="0"><anchor moveWithCells="1">'
                f"<from><xdr:col>{c['col']}</xdr:col><xdr:colOff>28575</xdr:colOff>"
                f"<xdr:row>{c['row']}</xdr:row><xdr:rowOff>19050</xdr:rowOff></from>"
                f"<to><xdr:col>{c['col']}</xdr:col><xdr:colOff>857250</xdr:colOff>"
                f"<xdr:row>{c['row']}</xdr:row><xdr:rowOff>171450</xdr:rowOff></to>"
                "</anchor></controlPr></control></mc:Choice></mc:AlternateContent>"
            )
    if vml:
        parts["xl/drawings/vmlDrawing1.vml"] = (
            '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:x="urn:schemas-microsoft-com:office:excel">' + "".join(shapes) + "</xml>"
        ).encode()
    tail = '<legacyDrawing r:id="rId1"/>' if vml else ""
    if ctrls:
        tail += (
            f'{_MC}<mc:Choice Requires="x14"><controls '
            'xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing">'
            + "".join(ctrls)
            + "</controls></mc:Choice></mc:AlternateContent>"
        )
    xml = parts[sheet].decode()
    parts[sheet] = xml.replace("</worksheet>", tail + "</worksheet>").encode()
    parts[rels] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join(rel)
        + "</Relationships>"
    ).encode()
    ct = parts["[Content_Types].xml"].decode()
    if 'Extension="vml"' in ct:
        types = types.replace(
            '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>',
            "",
        )
    parts["[Content_Types].xml"] = ct.replace("</Types>", types + "</Types>").encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name in ["[Content_Types].xml"] + [p for p in parts if p != "[Content_Types].xml"]:
            z.writestr(name, parts[name])
    return path


def collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def codes(res, code: str) -> list[tuple[str, str]]:
    df = res.issues[res.issues["code"] == code]
    return sorted(zip(df["cell"], df["value"], strict=True))


# --------------------------------------------------------------------------- holders

HEAD = ["序号", "股室", "岗位", "责任人", "廉政风险点", "风险类别", "风险等级", "防控措施"]
ROSTER_TAB = "职工 名册"  # (a space: Excel quotes the sheet's name in the range)
ROSTER = ["佟若谷", "穆清弦", "阙听澜", "晏知秋", "栾望舒", "龚砚池", "郗明岚"]


def holder_sheet() -> tuple[list, list[str]]:
    rows = [
        ["镇巴县自然资源局岗位廉政风险防控一览表"] + [None] * 7,
        HEAD,
        [1, "局领导", "局长", None, "土地出让方案审批不经集体研究", "制度机制", "高", "出让方案经局务会研究。"],
        [2, "局领导", "局长", None, "干预土地评估结果", "岗位职责", "中", "评估机构随机抽取。"],
        [3, "用地股", "股长", None, "建设用地报批材料把关不严", "业务流程", "中", "报批材料双人审核。"],
        [4, "用地股", "测绘员", None, "测量数据弄虚作假", "思想道德", "低", "测绘成果抽查复核。"],
        [5, "执法监察大队", "队长", None, "违法用地查处不到位，以罚代拆", "外部环境", "高", "案件查处集体审理。"],
        [None, "填报说明：责任人从下拉框中选择（名单见“职工 名册”）。"] + [None] * 6,
    ]  # fmt: skip
    return rows, ["D3:D4"]


def roster_sheet() -> list:
    return [["职工名册"], ["编号", "部门", "姓名"], *[[i + 1, "", n] for i, n in enumerate(ROSTER)]]


ROSTER_RANGE = f"'{ROSTER_TAB}'!$C$3:$C${2 + len(ROSTER)}"


def test_holders_chosen_in_combo_boxes_excel(tmp_path):
    """Excel 2010+: a combo box over each empty 责任人 cell (merged or not), no cell link, its
    list on another sheet whose name must be quoted: each holder is the list's ``sel``-th name."""
    rows, merges = holder_sheet()
    path = write(tmp_path / "inbox" / "zirán.xlsx", {"一览表": rows, ROSTER_TAB: roster_sheet()},
                 {"一览表": merges})  # fmt: skip
    picks = {2: 3, 4: 6, 5: 1, 6: 5}  # row → the name's place in the list
    add_controls(path, [{"kind": "Drop", "row": r, "col": 3, "range": ROSTER_RANGE, "sel": s}
                        for r, s in picks.items()])  # fmt: skip
    res = collect(tmp_path / "inbox")
    posts = res.posts.set_index("title")["person"].to_dict()
    assert posts == {"局长": "阙听澜", "股长": "龚砚池", "测绘员": "佟若谷", "队长": "栾望舒"}
    assert res.risks[res.risks["title"] == "局长"]["person"].tolist() == ["阙听澜", "阙听澜"]
    assert set(res.posts["unit"]) == {"镇巴县自然资源局"}
    (cell, value), = codes(res, "CELL_BY_DROPDOWN")  # fmt: skip
    assert "D3=阙听澜" in value and "D7=栾望舒" in value
    assert not codes(res, "DROPDOWN_UNREAD")
    # the roster is no form, its names hold no post of their own
    assert set(res.posts["source_sheet"]) == {"一览表"}


def test_holders_in_vml_only_and_in_properties_only(tmp_path):
    """The same controls kept only in the VML drawing (Excel 2007, WPS) or only in the
    ``xl/ctrlProps`` parts with their place in ``<controls>``: read alike."""
    for vml, props in ((True, False), (False, True)):
        rows, merges = holder_sheet()
        inbox = tmp_path / f"{vml}{props}"
        path = write(
            inbox / "t.xlsx", {"一览表": rows, ROSTER_TAB: roster_sheet()}, {"一览表": merges}
        )
        add_controls(path, [{"kind": "Drop", "row": 2, "col": 3, "range": ROSTER_RANGE, "sel": 7},
                            {"kind": "List", "row": 6, "col": 3, "range": ROSTER_RANGE, "sel": 2}],
                     vml=vml, props=props)  # fmt: skip
        people = collect(inbox).posts.set_index("title")["person"].to_dict()
        assert people["局长"] == "郗明岚" and people["队长"] == "穆清弦", (vml, props)
        assert people["股长"] == "" and people["测绘员"] == ""


def test_levels_in_linked_cells_are_the_lists_entries(tmp_path):
    """Drop-downs linked to the level cells under them: Excel writes the chosen INDEX there, so
    '1' is the list's first entry (here 低), not level 一级; a 0 is nothing chosen. The list is
    a defined name on a third sheet."""
    rows = [
        ["市中区人民医院药剂科岗位廉政风险排查表"] + [None] * 5,
        ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
        [1, "药剂科主任", "骆清和", "药品遴选收受回扣", 3, "遴选经药事委员会集体决定。"],
        [2, "药剂科主任", "骆清和", "药品采购量虚报", 2, "采购计划与用量比对。"],
        [3, "药师", "糜云舒", "调剂时以次充好", 1, "调剂双人核对。"],
        [4, "药师", "糜云舒", "过期药品处置不登记", 0, "处置记录存档。"],
    ]
    path = write(tmp_path / "inbox" / "yao.xlsx", {"排查表": rows, "等级": [["等级"], ["低"], ["中"], ["高"]]},
                 names={"风险等级表": "=等级!$A$2:$A$4"})  # fmt: skip
    add_controls(path, [{"kind": "Drop", "row": r, "col": 4, "range": "风险等级表", "sel": s,
                         "link": f"$E${r + 1}"} for r, s in ((2, 3), (3, 2), (4, 1), (5, 0))])  # fmt: skip
    res = collect(tmp_path / "inbox")
    levels = dict(zip(res.risks["risk_point"], res.risks["raw_risk_level"], strict=True))
    assert levels == {"药品遴选收受回扣": "高", "药品采购量虚报": "中", "调剂时以次充好": "低",
                      "过期药品处置不登记": ""}  # fmt: skip
    assert set(res.posts["unit"]) == {"市中区人民医院"}


def test_unclear_choices_are_left_as_read(tmp_path):
    """A selection beyond its list, a list box that lets several names be chosen, a list on a
    sheet the workbook does not have, a list of several columns: no name is invented, each
    cell says so; a typed name under a control stands; nothing chosen (0) stays blank."""
    rows, merges = holder_sheet()
    rows[5][3] = "晏知秋"  # (typed in the cell the control is drawn over)
    path = write(tmp_path / "inbox" / "t.xlsx", {"一览表": rows, ROSTER_TAB: roster_sheet()},
                 {"一览表": merges})  # fmt: skip
    add_controls(path, [
        {"kind": "Drop", "row": 2, "col": 3, "range": ROSTER_RANGE, "sel": 12},
        {"kind": "List", "row": 4, "col": 3, "range": ROSTER_RANGE, "sel": 0, "multi": True},
        {"kind": "Drop", "row": 5, "col": 3, "range": ROSTER_RANGE, "sel": 4},
        {"kind": "Drop", "row": 6, "col": 3, "range": "人员名单!$B$2:$B$9", "sel": 2},
    ])  # fmt: skip
    res = collect(tmp_path / "inbox")
    people = res.posts.set_index("title")["person"].to_dict()
    assert people == {"局长": "", "股长": "", "测绘员": "晏知秋", "队长": ""}
    unread = codes(res, "DROPDOWN_UNREAD")
    assert [c for c, _v in unread] == ["D3", "D5", "D7"]
    assert "12" in unread[0][1] and "多选" in unread[1][1] and "人员名单" in unread[2][1]
    assert not codes(res, "CELL_BY_DROPDOWN")
    assert cells_of("$B$2:$D$9") is None  # (a block: which column it lists is not certain)


def test_no_drop_downs_reads_as_before(tmp_path):
    """A VML drawing of comments and a check box (no drop-down) over the same list: nothing is
    put into any cell, and the file reads as the same file without them."""
    rows, merges = holder_sheet()
    plain = write(
        tmp_path / "a" / "t.xlsx", {"一览表": rows, ROSTER_TAB: roster_sheet()}, {"一览表": merges}
    )
    noted = write(tmp_path / "b" / "t.xlsx", {"一览表": rows, ROSTER_TAB: roster_sheet()}, {"一览表": merges},
                  comments={ROSTER_TAB: {"C3": "在编人员"}})  # fmt: skip
    boxed = write(
        tmp_path / "c" / "t.xlsx", {"一览表": rows, ROSTER_TAB: roster_sheet()}, {"一览表": merges}
    )
    add_controls(boxed, [{"kind": "Checkbox", "row": 2, "col": 3, "range": ROSTER_RANGE, "sel": 2}])
    results = [collect(p.parent) for p in (plain, noted, boxed)]
    for res in results:
        assert set(res.posts["person"]) == {""}
        assert not codes(res, "CELL_BY_DROPDOWN") and not codes(res, "DROPDOWN_UNREAD")
    assert all(r.risks.equals(results[0].risks) for r in results[1:])


def test_ods_whose_note_asks_for_drop_downs_says_so(tmp_path):
    """An .ods (controls not read) whose note says the names are chosen in drop-downs and whose
    holders are blank: FORMAT_UNREAD; one whose names are typed (a data validation's list): none."""
    rows, _m = holder_sheet()
    write_ods(tmp_path / "a" / "t.ods", {"一览表": rows, ROSTER_TAB: roster_sheet()})
    res = collect(tmp_path / "a")
    assert [v for _c, v in codes(res, "FORMAT_UNREAD")] == ["下拉框(表单控件)"]
    for r in rows[2:7]:
        r[3] = "佟若谷"
    write_ods(tmp_path / "b" / "t.ods", {"一览表": rows, ROSTER_TAB: roster_sheet()})
    assert not codes(collect(tmp_path / "b"), "FORMAT_UNREAD")


def test_references_split():
    assert split_ref("'Tom''s list'!$A$1:$A$3", "x") == ("Tom's list", "$A$1:$A$3")
    assert split_ref("$B$2:$B$5", "一览表") == ("一览表", "$B$2:$B$5")
    assert cells_of("$B$2:$D$2") == [(1, 1), (1, 2), (1, 3)]  # (a row: entries across)


# --------------------------------------------------------------------------- places


def test_places_opening_with_a_place_word():
    """A county or district whose name opens with 镇, 市, 区 … is a place: the unit and 科室 of a
    title, the unit of a '单位及职务' cell."""
    assert unit_in_title("镇安县住房和城乡建设局岗位廉政风险防控表") == "镇安县住房和城乡建设局"
    assert unit_in_title("镇原县人民医院廉政风险点排查表") == "镇原县人民医院"
    assert unit_in_title("市中区市场监督管理局廉政风险防控一览表") == "市中区市场监督管理局"
    assert unit_in_title("甘肃省镇原县水务局廉政风险防控表") == "甘肃省镇原县水务局"
    assert dept_in_title("镇巴县税务局办公室岗位廉政风险防控表") == "办公室"
    assert split_unit_title("镇安县城关镇副镇长") == ("镇安县城关镇", "", "副镇长")
    # place words that open no place's name stay as they were
    assert unit_in_title("镇村建设服务站岗位廉政风险") == ""
    assert unit_in_title("镇政府办公室岗位廉政风险") == ""
    assert split_unit_title("镇党委书记") == ("", "镇党委", "书记")


def test_counties_named_with_a_township_word_inside():
    """A county whose name holds 乡 or 镇 before its 县 ('平乡县', '东乡县') is the county, no
    乡 of its own: the unit keeps the county and the body after it."""
    assert unit_in_title("平乡县民政局岗位廉政风险防控一览表") == "平乡县民政局"
    assert unit_in_title("东乡县白马乡卫生院廉政风险点排查表") == "东乡县白马乡卫生院"
    assert split_unit_title("平乡县交通运输局副局长") == ("平乡县交通运输局", "", "副局长")
    assert split_unit_title("东乡县白马乡财政所所长") == ("东乡县白马乡", "财政所", "所长")
    # a 镇 followed by a 县-word that names no county stays the 镇
    assert split_unit_title("石桥镇县级河长办主任") == ("石桥镇", "县级河长办", "主任")


def test_unit_from_a_title_of_such_a_place(tmp_path):
    """A list whose unit stands only in its title, a county named 镇…县: the unit is read."""
    rows = [
        ["镇原县农业农村局岗位廉政风险防控一览表", None, None, None, None],
        ["科室", "岗位", "姓名", "风险点", "风险等级"],
        ["农机股", "股长", "韦照川", "农机购置补贴审核不严", "高"],
        ["农机股", "科员", "池晚晴", "补贴资金发放优亲厚友", "中"],
    ]
    write_workbook(tmp_path / "inbox" / "t.xlsx", {"一览表": rows})
    assert set(collect(tmp_path / "inbox").posts["unit"]) == {"镇原县农业农村局"}
