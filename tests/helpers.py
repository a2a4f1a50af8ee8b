"""Test helpers: build real workbooks from inline tables, run the CLI, hash folders."""

from __future__ import annotations

import hashlib
from pathlib import Path

import xlsxwriter

Table = list[list[object]]


def write_workbook(
    path: Path,
    sheets: dict[str, Table],
    merges: dict[str, list[str]] | None = None,
    headers: dict[str, str] | None = None,
    comments: dict[str, dict[str, str]] | None = None,
    footers: dict[str, str] | None = None,
    hidden: set[str] | None = None,
    textboxes: dict[str, dict[str, str]] | None = None,
    hidden_cols: dict[str, list[str]] | None = None,
    print_areas: dict[str, str] | None = None,
) -> Path:
    """Write ``sheets`` (name → rows) as a real .xlsx; ``merges`` maps a sheet to ranges like 'A5:A7',
    ``headers`` a sheet to its printed page header in Excel's codes ('&C…'), ``comments`` a
    sheet to its cell comments (批注) by cell ('F2' → text), ``footers`` a sheet to its printed
    page footer; ``hidden`` the sheets hidden (the first shown one is the one opened);
    ``textboxes`` a sheet to the text boxes drawn on it by the cell of their corner;
    ``hidden_cols`` a sheet to its columns hidden in Excel (隐藏列), as 'E' or 'E:F';
    ``print_areas`` a sheet to its print area (设置打印区域), as 'A1:G12'.

    A merged range keeps the value of its top-left cell, as Excel does.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    wb = xlsxwriter.Workbook(
        str(path), {"strings_to_formulas": False, "strings_to_urls": False, "in_memory": True}
    )
    for name, rows in sheets.items():
        ws = wb.add_worksheet(name)
        if name in (headers or {}):
            ws.set_header(headers[name])
        if name in (footers or {}):
            ws.set_footer(footers[name])
        for cell, text in (comments or {}).get(name, {}).items():
            ws.write_comment(cell, text)
        for cell, text in (textboxes or {}).get(name, {}).items():
            ws.insert_textbox(cell, text, {"width": 480, "height": 60})
        for r, row in enumerate(rows):
            for c, v in enumerate(row):
                if v is None or v == "":
                    continue
                if isinstance(v, int | float):
                    ws.write_number(r, c, v)
                else:
                    ws.write_string(r, c, str(v))
        if name in (print_areas or {}):
            ws.print_area(print_areas[name])
        for cols in (hidden_cols or {}).get(name, []):
            ws.set_column(f"{cols}:{cols}" if ":" not in cols else cols, 12, None, {"hidden": True})
        for rng in (merges or {}).get(name, []):
            first = rng.split(":")[0]
            from xlsxwriter.utility import xl_cell_to_rowcol, xl_range

            r0, c0 = xl_cell_to_rowcol(first)
            (r1, c1) = xl_cell_to_rowcol(rng.split(":")[1])
            value = rows[r0][c0] if r0 < len(rows) and c0 < len(rows[r0]) else ""
            ws.merge_range(xl_range(r0, c0, r1, c1), "" if value is None else str(value))
    shown = [ws for ws in wb.worksheets() if ws.get_name() not in (hidden or ())]
    if hidden and shown:
        shown[0].activate()  # (the sheet opened cannot be hidden)
        shown[0].set_first_sheet()
        for ws in wb.worksheets():
            if ws.get_name() in hidden:
                ws.hide()
    wb.close()
    return path


def write_ods(
    path: Path,
    sheets: dict[str, Table],
    hidden_cols: dict[str, list[int]] | None = None,
    print_ranges: dict[str, str] | None = None,
) -> Path:
    """Write ``sheets`` as a minimal but real OpenDocument spreadsheet (.ods), the format a
    LibreOffice user saves: values only, no formats (what such a copy carries to a reader that
    reads no formats); ``hidden_cols`` a sheet to its hidden columns, 0-based; ``print_ranges`` a
    sheet to its print range as LibreOffice writes it ('一览表.A1:一览表.G12')."""
    import zipfile
    from xml.sax.saxutils import escape

    body = []
    for name, rows in sheets.items():
        ranges = (print_ranges or {}).get(name)
        printed = f' table:print-ranges="{escape(ranges)}"' if ranges else ""
        body.append(f'<table:table table:name="{escape(name)}"{printed}>')
        shut = (hidden_cols or {}).get(name)
        for c in range(max(map(len, rows), default=0) if shut else 0):
            seen = ' table:visibility="collapse"' if c in shut else ""
            body.append(f"<table:table-column{seen}/>")
        for row in rows:
            body.append("<table:table-row>")
            for v in row:
                if v is None or v == "":
                    body.append("<table:table-cell/>")
                elif isinstance(v, int | float):
                    body.append(f'<table:table-cell office:value-type="float" office:value="{v}">'
                                f"<text:p>{v}</text:p></table:table-cell>")  # fmt: skip
                else:
                    body.append('<table:table-cell office:value-type="string">'
                                f"<text:p>{escape(str(v))}</text:p></table:table-cell>")  # fmt: skip
            body.append("</table:table-row>")
        body.append("</table:table>")
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')  # fmt: skip
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns} office:version="1.2">'
               f"<office:body><office:spreadsheet>{''.join(body)}</office:spreadsheet></office:body>"
               "</office:document-content>")  # fmt: skip
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")  # fmt: skip
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                   compress_type=zipfile.ZIP_STORED)  # fmt: skip
        z.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
    return path


def tree_hash(folder: Path) -> dict[str, str]:
    """Relative path → sha256 of every file, to prove an inbox was not written."""
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


GENERAL_FORM: Table = [
    ["附件4"],
    ["一般岗位廉政风险识别和防控表"],
    ["单位(盖章):XX区测试局"],
    ["姓名", "张三", "所在科室及职务", "办公室科员", "岗位风险等级", "B"],
    ["岗位职责", "工作流程", "风险点", "风险类型", "风险级别", "防控措施"],
    ["负责公文收发", "收文、登记", "公文运转中泄露信息", "岗位职责风险", "Ⅲ级", "严格保密"],
    ["", "催办、归档", "来文办理不及时", "岗位职责", "Ⅱ级", "建立台账"],
    ["单位主管领导审查意见", "同意", "", "", "", "年  月  日"],
    ["单位领导小组审查意见", "", "", "", "", "年  月  日"],
    ["所在派驻纪检组、监察室审核意见", "", "", "", "", "年  月  日"],
    ["注:此表一式三份,务于6月底前报区纪委及所在派驻纪检组、监察室。"],
]
