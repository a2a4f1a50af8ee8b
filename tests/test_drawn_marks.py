"""Levels given only by the colour of a filled shape drawn inside an empty level cell (an oval, a
square, a star: 插入 → 形状), under a note naming what each colour means.

The workbooks are written with xlsxwriter, whose only drawn shape is a text box: each is drawn
as an empty one and its drawing part rewritten with zipfile (its geometry, fill and anchor), as
Excel, WPS and LibreOffice write such a shape; a legacy VML oval is added as a part of its own.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import xlsxwriter
from helpers import write_ods

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.fills import _dml_colour, _shape_fill, _vml_colour, drawn_marks

HEAD = ["序号", "处室", "岗位", "责任人", "风险点", "风险类别", "风险级别", "防控措施"]
LEVEL = HEAD.index("风险级别")
ROWS = [
    [1, "局领导", "局长", "滕霁野", "定点医药机构协议管理不经集体研究", "制度机制", "", "集体研究，结果公开。"],
    [2, "局领导", "副局长", "阚朔川", "基金监管检查对象选择打招呼", "外部环境", "", "双随机抽取，全程留痕。"],
    [3, "待遇保障科", "科长", "卜沅芷", "特殊病种认定降低标准", "岗位职责", "", "认定结果复核，每月公示。"],
    [4, "基金监管科", "科员", "訾澹宁", "飞行检查泄露检查安排", "思想道德", "", "检查前不通知，签保密承诺。"],
]  # fmt: skip
NOTE = "说明：风险级别一栏以色块标注，红色为一级，橙色为二级，蓝色为三级。"
SOLID = '<a:solidFill><a:srgbClr val="{}"/></a:solidFill>'
PLACEHOLDER = '<a:solidFill><a:srgbClr val="123456"/></a:solidFill>'


def _write(path: Path, rows: list[list], shapes: list[dict], merges=(), level_fill=None) -> Path:
    """An .xlsx of one sheet '风险排查表' with ``shapes`` drawn, each {'row', 'col', 'fill' (the
    DrawingML of its fill), 'prst', 'anchor' ('two', 'one', 'absolute'), 'w', 'h', 'x', 'y'
    (pixels), 'text'}; ``level_fill`` (row → colour) shades those level cells."""
    path.parent.mkdir(parents=True, exist_ok=True)
    wb = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False})
    ws = wb.add_worksheet("风险排查表")
    ws.set_column(0, 0, 6)
    ws.set_column(1, 7, 14)
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v not in (None, ""):
                ws.write(r, c, v)
    for r, colour in (level_fill or {}).items():
        ws.write_blank(r, LEVEL, None, wb.add_format({"bg_color": colour, "pattern": 1}))
    for r0, c0, r1, c1 in merges:
        ws.merge_range(r0, c0, r1, c1, rows[r0][c0] if rows[r0][c0] != "" else "")
    for s in shapes:
        ws.insert_textbox(s["row"], s["col"], s.get("text", ""), {
            "width": s.get("w", 14), "height": s.get("h", 14), "x_offset": s.get("x", 40),
            "y_offset": s.get("y", 3), "fill": {"color": "#123456"}, "line": {"none": True},
        })  # fmt: skip
    wb.close()
    if shapes:
        _redraw(path, shapes)
    return path


def _redraw(path: Path, shapes: list[dict]) -> None:
    """Each text box of the drawing made the shape asked for, in the order drawn."""
    with zipfile.ZipFile(path) as z:
        parts = [(info, z.read(info.filename)) for info in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in parts:
            if info.filename == "xl/drawings/drawing1.xml":
                xml = data.decode("utf-8")
                pieces = re.split(r"(<xdr:twoCellAnchor\b.*?</xdr:twoCellAnchor>)", xml, flags=re.S)
                anchors = iter(shapes)
                for k, piece in enumerate(pieces):
                    if piece.startswith("<xdr:twoCellAnchor"):
                        pieces[k] = _shape(piece, next(anchors))
                data = "".join(pieces).encode("utf-8")
            z.writestr(info, data)


def _shape(anchor: str, s: dict) -> str:
    anchor = anchor.replace(PLACEHOLDER, s.get("fill", ""))
    anchor = anchor.replace('prst="rect"', f'prst="{s.get("prst", "ellipse")}"')
    if not s.get("text"):
        anchor = anchor.replace('<xdr:cNvSpPr txBox="1"/>', "<xdr:cNvSpPr/>")
    ext = re.search(r'<a:ext cx="(\d+)" cy="(\d+)"/>', anchor)
    size = f'<xdr:ext cx="{ext.group(1)}" cy="{ext.group(2)}"/>'
    if s.get("anchor") == "one":
        anchor = re.sub(r"<xdr:to>.*?</xdr:to>", size, anchor, flags=re.S)
        anchor = anchor.replace("twoCellAnchor", "oneCellAnchor")
        anchor = re.sub(r"<xdr:oneCellAnchor[^>]*>", "<xdr:oneCellAnchor>", anchor)
    elif s.get("anchor") == "absolute":
        anchor = re.sub(r"<xdr:from>.*?</xdr:to>", '<xdr:pos x="4000000" y="600000"/>' + size,
                        anchor, flags=re.S)  # fmt: skip
        anchor = anchor.replace("twoCellAnchor", "absoluteAnchor")
        anchor = re.sub(r"<xdr:absoluteAnchor[^>]*>", "<xdr:absoluteAnchor>", anchor)
    return anchor


def _table(note: str | None = NOTE) -> list[list]:
    rows = [["XX市医疗保障局岗位廉政风险排查表"], list(HEAD), *[list(r) for r in ROWS]]
    if note:
        rows.append([note])
    return rows


def _read(path: Path):
    config = load_config()
    inbox = path.parent
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def _codes(got) -> list[str]:
    return got.issues["code"].tolist()


def test_levels_by_the_colour_of_shapes_of_any_geometry_and_anchor(tmp_path):
    # a star, a square, a rounded square (a theme's orange) and an oval placed by one corner
    # and its size (a one-cell anchor); the note names 红/橙/蓝, no level word in any cell
    shapes = [
        {"row": 2, "col": LEVEL, "prst": "star5", "fill": SOLID.format("E00000")},
        {"row": 3, "col": LEVEL, "prst": "rect", "fill": SOLID.format("FF0000")},
        {"row": 4, "col": LEVEL, "prst": "roundRect",
         "fill": '<a:solidFill><a:schemeClr val="accent6"><a:lumMod val="90000"/></a:schemeClr></a:solidFill>'},
        {"row": 5, "col": LEVEL, "anchor": "one", "fill": SOLID.format("2E75B6")},
    ]  # fmt: skip
    got = _read(_write(tmp_path / "in" / "医保局.xlsx", _table(), shapes))
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅰ级", "Ⅱ级", "Ⅲ级"]
    assert got.risks["person"].tolist() == ["滕霁野", "阚朔川", "卜沅芷", "訾澹宁"]
    assert _codes(got).count("LEVEL_SHAPES") == 1 and "LEVEL_BLANK" not in _codes(got)
    said = got.issues[got.issues["code"] == "LEVEL_SHAPES"]["message"].iloc[0]
    assert "4 个" in said and "红色=Ⅰ级" in said and "蓝色=Ⅲ级" in said


def test_a_dot_legend_and_a_shape_over_a_merged_level_cell(tmp_path):
    # '红色圆点代表一级风险…' (said as the lights of a map are); one oval drawn down a level cell
    # merged over the two rows of one post: both its points take it; Excel's default shape
    # (no fill of its own, its style's accent1: blue) is a colour the note does not name
    note = "备注：红色圆点代表一级风险，黄色圆点代表二级风险，绿色圆点代表三级风险。"
    rows = _table(note)
    shapes = [
        {"row": 2, "col": LEVEL, "h": 30, "y": 5, "fill": SOLID.format("FFC000")},
        {"row": 4, "col": LEVEL, "fill": SOLID.format("00B050")},
        {"row": 5, "col": LEVEL, "fill": ""},
    ]
    path = _write(tmp_path / "in" / "医保局.xlsx", rows, shapes, merges=[(2, LEVEL, 3, LEVEL)])
    with zipfile.ZipFile(path) as z:
        assert '<a:fillRef idx="0">' in z.read("xl/drawings/drawing1.xml").decode()
    # (xlsxwriter's style fills nothing: made Excel's own default, a fill of accent1)
    _restyle(path, 2, '<a:fillRef idx="1"><a:schemeClr val="accent1"/></a:fillRef>')
    got = _read(path)
    assert got.risks["risk_level"].tolist() == ["Ⅱ级", "Ⅱ级", "Ⅲ级", ""]
    unclear = got.issues[got.issues["code"] == "LEVEL_SHAPES_UNCLEAR"]
    assert unclear["value"].tolist() == ["G6"]
    assert _codes(got).count("LEVEL_BLANK") == 1


def _restyle(path: Path, k: int, fill_ref: str) -> None:
    with zipfile.ZipFile(path) as z:
        parts = [(info, z.read(info.filename)) for info in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in parts:
            if info.filename == "xl/drawings/drawing1.xml":
                xml = data.decode("utf-8")
                anchors = re.findall(r"<xdr:twoCellAnchor\b.*?</xdr:twoCellAnchor>", xml, re.S)
                new = re.sub(
                    r'<a:fillRef idx="0">.*?</a:fillRef>', fill_ref, anchors[k], flags=re.S
                )
                data = xml.replace(anchors[k], new).encode("utf-8")
            z.writestr(info, data)


def test_what_is_not_a_mark_leaves_the_cells_as_read(tmp_path):
    # a shape across two cells, one placed by the sheet's corner (absolute), one not filled
    # (an outline only), a text box '高' (read as text elsewhere), a purple shape the note does
    # not name, red and blue in one cell, a red oval over a cell shaded of its own: no level
    # is invented; the last three are said, the rest are not shapes over a level cell at all
    rows = _table() + [
        [5, "基金监管科", "科员", "宓蘅之", "稽核结果不按规定处理", "业务流程", "", "集体研究。"],
        [6, "基金监管科", "科员", "郜沄屹", "违规线索登记不全", "业务流程", "", "台账管理。"],
        [7, "办公室", "主任", "鄂檀溪", "公务接待超标准", "思想道德", "", "事前审批。"],
    ]
    note = rows.pop(6)
    rows.append(note)
    shapes = [
        {"row": 2, "col": LEVEL, "w": 160, "fill": SOLID.format("FF0000")},  # G3:H3
        {"row": 3, "col": LEVEL, "anchor": "absolute", "fill": SOLID.format("FF0000")},
        {"row": 4, "col": LEVEL, "fill": "<a:noFill/>"},
        {"row": 5, "col": LEVEL, "prst": "rect", "fill": SOLID.format("FF0000"), "text": "高"},
        {"row": 6, "col": LEVEL, "fill": SOLID.format("7030A0")},
        {"row": 7, "col": LEVEL, "fill": SOLID.format("FF0000")},
        {"row": 7, "col": LEVEL, "x": 60, "fill": SOLID.format("0070C0")},
        {"row": 8, "col": LEVEL, "fill": SOLID.format("FF0000")},
    ]
    path = _write(tmp_path / "in" / "医保局.xlsx", rows, shapes, level_fill={8: "#0070C0"})
    got = _read(path)
    levels = dict(zip(got.risks["person"], got.risks["risk_level"], strict=True))
    for who in ("滕霁野", "阚朔川", "卜沅芷", "宓蘅之", "郜沄屹", "鄂檀溪"):
        assert levels[who] == "", who
    assert "LEVEL_SHAPES" not in _codes(got)
    unclear = got.issues[got.issues["code"] == "LEVEL_SHAPES_UNCLEAR"]["value"].tolist()
    assert unclear == ["G7、G8、G9"]


def test_shapes_without_a_note_and_a_note_without_shapes_read_as_before(tmp_path):
    # the same ovals with no note saying what colours mean: nothing read by them
    shapes = [{"row": r, "col": LEVEL, "fill": SOLID.format("FF0000")} for r in range(2, 6)]
    got = _read(_write(tmp_path / "a" / "医保局.xlsx", _table(note=None), shapes))
    assert got.risks["risk_level"].tolist() == ["", "", "", ""]
    assert "LEVEL_SHAPES" not in _codes(got) and "LEVEL_SHAPES_UNCLEAR" not in _codes(got)
    assert _codes(got).count("LEVEL_BLANK") == 4
    # levels typed in their cells under the note, a red logo drawn beside the title: as typed
    rows = _table()
    for row, word in zip(rows[2:6], ("一级", "二级", "三级", "二级"), strict=True):
        row[LEVEL] = word
    logo = [{"row": 0, "col": 7, "w": 30, "h": 30, "fill": SOLID.format("FF0000")}]
    got = _read(_write(tmp_path / "b" / "医保局.xlsx", rows, logo))
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级", "Ⅲ级", "Ⅱ级"]
    assert "LEVEL_SHAPES" not in _codes(got) and "LEVEL_SHAPES_UNCLEAR" not in _codes(got)


def test_a_legacy_vml_oval_is_a_mark_and_a_comment_is_not(tmp_path):
    # (ovals kept in the sheet's VML drawing, placed by their <x:Anchor>; a comment's box in
    # the same drawing is filled too, but no shape the sheet draws)
    rows = _table()[:4] + [_table()[-1]]
    src = _write(tmp_path / "src.xlsx", rows, [])

    def oval(row: int, colour: str, kind: str = "Shape") -> str:
        return (f'<v:oval style="position:absolute" fillcolor="{colour}" stroked="f">'
                f'<x:ClientData ObjectType="{kind}"><x:Anchor>{LEVEL}, 40, {row}, 3, {LEVEL}, 54, '
                f"{row}, 17</x:Anchor></x:ClientData></v:oval>")  # fmt: skip

    vml = ('<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:x="urn:schemas-microsoft-com:'
           'office:excel">' + oval(2, "#f00") + oval(3, "#ffffe1", "Note")
           + oval(3, "#0070c0 [4]") + "</xml>")  # fmt: skip
    rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
            'schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing" '
            'Target="../drawings/vmlDrawing1.vml"/></Relationships>')  # fmt: skip
    inbox = tmp_path / "in"
    inbox.mkdir()
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(inbox / "t.xlsx", "w") as zout:
        for item in zin.infolist():
            zout.writestr(item, zin.read(item.filename))
        zout.writestr("xl/worksheets/_rels/sheet1.xml.rels", rels)
        zout.writestr("xl/drawings/vmlDrawing1.vml", vml)
    got = _read(inbox / "t.xlsx")
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅲ级"]
    assert "LEVEL_SHAPES" in _codes(got) and "LEVEL_BLANK" not in _codes(got)


def test_an_ods_copy_under_the_note_says_its_marks_are_unread(tmp_path):
    # an .ods (or .xls) keeps its shapes where this reader does not look: the note is said
    # unread, the levels stay blank
    path = write_ods(tmp_path / "in" / "医保局.ods", {"风险排查表": _table()})
    got = _read(path)
    assert got.risks["risk_level"].tolist() == ["", "", "", ""]
    assert "FORMAT_UNREAD" in _codes(got) and "LEVEL_SHAPES" not in _codes(got)
    assert drawn_marks(path, "风险排查表") == []


def test_colours_as_files_write_them():
    theme = {"accent2": "ED7D31", "accent6": "70AD47", "dk1": "000000", "lt1": "FFFFFF"}
    assert _dml_colour('<a:srgbClr val="FFC000"/>', theme) == "橙"
    assert _dml_colour('<a:schemeClr val="accent6"/>', theme) == "绿"
    assert (
        _dml_colour('<a:schemeClr val="accent2"><a:lumMod val="75000"/></a:schemeClr>', theme)
        == "橙"
    )
    assert _dml_colour('<a:schemeClr val="bg1"/>', theme) == ""  # (white: no colour)
    assert _dml_colour('<a:schemeClr val="phClr"/>', theme) == "?"
    assert _dml_colour('<a:sysClr val="windowText" lastClr="000000"/>', theme) == ""
    assert _dml_colour('<a:prstClr val="red"/>', {}) == "红"
    assert _dml_colour('<a:scrgbClr r="0" g="100000" b="0"/>', {}) == "绿"
    assert _vml_colour("#f00") == "红" and _vml_colour("yellow [13]") == "黄"
    assert _vml_colour("infoBackground [80]") == "?"
    # a fill of its own, else its style's; an outline's colour is no fill
    ring = ('<xdr:sp><xdr:spPr><a:ln w="19050"><a:solidFill><a:srgbClr val="FF0000"/>'
            '</a:solidFill></a:ln></xdr:spPr><xdr:style><a:fillRef idx="0"/></xdr:style></xdr:sp>')  # fmt: skip
    assert _shape_fill(ring, theme) is None
    styled = ('<xdr:sp><xdr:spPr/><xdr:style><a:fillRef idx="1"><a:schemeClr val="accent6"/>'
              "</a:fillRef></xdr:style></xdr:sp>")  # fmt: skip
    assert _shape_fill(styled, theme) == "绿"
    grad = "<xdr:sp><xdr:spPr><a:gradFill><a:gsLst/></a:gradFill></xdr:spPr></xdr:sp>"
    assert _shape_fill(grad, theme) == "?"
