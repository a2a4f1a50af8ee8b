"""A feedback copy made by patching the returned workbook's package, not by an openpyxl round trip.

Loading a returned workbook with openpyxl and saving it again took ~80 ms a file, minutes for a
district. The copy only adds to the package: two fills and a few cell formats in ``styles.xml``,
a style index on each problem cell (a ``<c>`` inserted where the cell is blank), a comments part
with its VML drawing per marked sheet, the 修改说明 sheet in front, the very hidden version marker
at the end. Every other part is copied byte for byte, so everything the staff member made
(validations, protection, print settings, pictures) stays as it was.

Anything this patcher does not expect (strict OOXML, prefixed root elements, a sheet that
already has comments, macros, rows or cells without a reference, …) raises ``Unsupported``;
the caller then makes the copy with openpyxl.
"""

from __future__ import annotations

import html
import posixpath
import re
import zipfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from xlproc.text import col_index, col_letter

NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
REL_OFFICE = NS_R + "/officeDocument"
REL_SHEET = NS_R + "/worksheet"
REL_STYLES = NS_R + "/styles"
REL_COMMENTS = NS_R + "/comments"
REL_VML = NS_R + "/vmlDrawing"
REL_CALC = NS_R + "/calcChain"
CT_WORKBOOK = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
CT_SHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
CT_COMMENTS = "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"
CT_VML = "application/vnd.openxmlformats-officedocument.vmlDrawing"
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

FILLS = {"error": "FFF8CBAD", "warning": "FFFFE699"}
# elements a worksheet may have after <legacyDrawing>, in schema order (and mc:AlternateContent,
# which Excel wraps around controls and OLE objects)
_AFTER_LEGACY = {"legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls",
                 "webPublishItems", "tableParts", "extLst", "AlternateContent"}  # fmt: skip
_ATTR = re.compile(r'([\w:.-]+)\s*=\s*(?:"([^"]*)"|\'([^\']*)\')')
_TAG = re.compile(r"<(/?)([A-Za-z_][\w.:-]*)([^>]*?)(/?)>")
_ROW = re.compile(r"<row\b([^>]*?)(?:/>|>(.*?)</row>)", re.S)
_CELL = re.compile(r"<c\b([^>]*?)(?:/>|>(.*?)</c>)", re.S)
_XF = re.compile(r"<xf\b[^>]*?(?:/>|>.*?</xf>)", re.S)
_REF = re.compile(r"^([A-Z]{1,3})([0-9]{1,7})$")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
_ESCAPE_LIKE = re.compile("(_x[0-9a-fA-F]{4}_)")


class Unsupported(Exception):
    """The package holds something this patcher does not handle: make the copy with openpyxl."""


@dataclass
class Mark:
    """One problem cell: its worst severity and the comment text."""

    severity: str
    lines: list[str] = field(default_factory=list)


def esc(s: str) -> str:
    """Text for element content or a double-quoted attribute, as Excel escapes it."""
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    s = _ESCAPE_LIKE.sub(r"_x005F\1", s)
    s = _CONTROL.sub(lambda m: f"_x{ord(m.group()):04X}_", s)
    return s.replace("\ufffe", "_xFFFE_").replace("\uffff", "_xFFFF_")


def attrs(tag: str) -> dict[str, str]:
    return {m[1]: html.unescape(m[2] if m[2] is not None else m[3]) for m in _ATTR.finditer(tag)}


def set_attr(tag: str, name: str, value: str | None) -> str:
    """``tag`` (the text inside ``<…>`` after the name) with one attribute set or removed."""
    rx = re.compile(r"\s+" + re.escape(name) + r'\s*=\s*(?:"[^"]*"|\'[^\']*\')')
    tag = rx.sub("", tag)
    if value is None:
        return tag
    end = len(tag) - 1 if tag.endswith("/") else len(tag)
    return f'{tag[:end].rstrip()} {name}="{esc(value)}"{tag[end:]}'


col_letters = col_letter  # 0-based column → 'A', 'B' … (one definition, in xlproc.text)


def split_ref(ref: str) -> tuple[int, int]:
    """'E6' → (5, 4), 0-based."""
    m = _REF.match(ref.replace("$", "").upper())
    if not m:
        raise Unsupported(f"cell reference {ref!r}")
    return int(m[2]) - 1, col_index(m[1])


def _rels(xml: str) -> list[dict[str, str]]:
    return [attrs(m.group(0)) for m in re.finditer(r"<Relationship\b[^>]*>", xml)]


def _part(base_dir: str, target: str) -> str:
    if target.startswith("/"):
        return target.lstrip("/")
    return posixpath.normpath(posixpath.join(base_dir, target))


def _rels_path(part: str) -> str:
    d, name = posixpath.split(part)
    return posixpath.join(d, "_rels", name + ".rels")


def _relative(from_part: str, to_part: str) -> str:
    return posixpath.relpath(to_part, posixpath.dirname(from_part))


def _add_rels(xml: str | None, new: list[tuple[str, str, str]]) -> str:
    body = "".join(f'<Relationship Id="{i}" Type="{t}" Target="{esc(g)}"/>' for i, t, g in new)
    if xml is None:
        return f'{XML_HEAD}<Relationships xmlns="{NS_PKG}">{body}</Relationships>'
    if "</Relationships>" not in xml:
        raise Unsupported("relationships part")
    return xml.replace("</Relationships>", body + "</Relationships>", 1)


def _free_id(used: set[str], stem: str = "rIdX") -> str:
    k = 1
    while f"{stem}{k}" in used:
        k += 1
    used.add(f"{stem}{k}")
    return f"{stem}{k}"


def _free_name(parts: dict, pattern: str) -> str:
    k = 1
    lower = {p.lower() for p in parts}
    while pattern.format(k).lower() in lower:
        k += 1
    return pattern.format(k)


def _root(xml: str, name: str) -> re.Match:
    m = re.search(r"<([\w.-]+:)?" + name + r"\b([^>]*)>", xml)
    if not m or m.group(1):
        raise Unsupported(f"{name} root")
    if f'xmlns="{NS_MAIN}"' not in m.group(2):
        raise Unsupported(f"{name} namespace")
    return m


def _r_prefix(root_attrs: str) -> str | None:
    m = re.search(r'xmlns:([\w.-]+)\s*=\s*"' + re.escape(NS_R) + '"', root_attrs)
    return m.group(1) if m else None


class _Styles:
    """Append fills, fonts and cell formats to styles.xml; hand out their indices."""

    def __init__(self, xml: str):
        self.xml = xml
        for name in ("fonts", "fills", "borders", "cellXfs"):
            if not re.search(r"<" + name + r"\b[^>]*>.*?</" + name + ">", xml, re.S):
                raise Unsupported(f"styles without {name}")
        self.xfs = _XF.findall(self._block("cellXfs"))
        self.n_fonts = len(re.findall(r"<font\b", self._block("fonts")))
        self.n_fills = len(re.findall(r"<fill\b", self._block("fills")))
        self.style_xf = "<cellStyleXfs" in xml
        self.new: dict[str, list[str]] = {"fonts": [], "fills": [], "cellXfs": []}
        self.fill_ids: dict[str, int] = {}
        self.cache: dict[tuple, int] = {}

    def _block(self, name: str) -> str:
        return re.search(r"<" + name + r"\b[^>]*>(.*?)</" + name + ">", self.xml, re.S).group(1)

    def fill(self, severity: str) -> int:
        if severity not in self.fill_ids:
            self.new["fills"].append(
                f'<fill><patternFill patternType="solid"><fgColor rgb="{FILLS[severity]}"/>'
                '<bgColor indexed="64"/></patternFill></fill>'
            )
            self.fill_ids[severity] = self.n_fills + len(self.new["fills"]) - 1
        return self.fill_ids[severity]

    def font(self, body: str) -> int:
        key = ("font", body)
        if key not in self.cache:
            self.new["fonts"].append(f"<font>{body}</font>")
            self.cache[key] = self.n_fonts + len(self.new["fonts"]) - 1
        return self.cache[key]

    def _xf(self, xf: str) -> int:
        self.new["cellXfs"].append(xf)
        return len(self.xfs) + len(self.new["cellXfs"]) - 1

    def marked(self, s: int, severity: str) -> int:
        """The cell format ``s`` with the severity's fill."""
        key = ("mark", s, severity)
        if key not in self.cache:
            base = (
                self.xfs[s]
                if 0 <= s < len(self.xfs)
                else '<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
            )
            head = re.match(r"<xf\b([^>]*?)(/?)>", base)
            tag = set_attr(
                set_attr(head.group(1), "fillId", str(self.fill(severity))), "applyFill", "1"
            )
            self.cache[key] = self._xf("<xf" + tag + head.group(2) + ">" + base[head.end() :])
        return self.cache[key]

    def guide(self, font: int = 0, fill: int = 0, wrap: bool = False) -> int:
        """A format of ours for the 修改说明 sheet (independent of the workbook's defaults)."""
        key = ("guide", font, fill, wrap)
        if key not in self.cache:
            xf_id = ' xfId="0"' if self.style_xf else ""
            align = '<alignment vertical="top" wrapText="1"/>' if wrap else ""
            body = f'<xf numFmtId="0" fontId="{font}" fillId="{fill}" borderId="0"{xf_id} applyFont="1" applyFill="1"'
            self.cache[key] = self._xf(
                body + (' applyAlignment="1">' + align + "</xf>" if wrap else "/>")
            )
        return self.cache[key]

    def result(self) -> str:
        xml = self.xml
        for name, items in self.new.items():
            if not items:
                continue
            m = re.search(r"<" + name + r"\b([^>]*)>(.*?)</" + name + ">", xml, re.S)
            total = (
                len(re.findall(r"<" + name[:-1] + r"\b", m.group(2)))
                if name != "cellXfs"
                else len(self.xfs)
            )
            head = set_attr(m.group(1), "count", str(total + len(items)))
            xml = (
                xml[: m.start()]
                + f"<{name}{head}>{m.group(2)}{''.join(items)}</{name}>"
                + xml[m.end() :]
            )
        return xml


def _inline(ref: str, text: str, s: int) -> str:
    return (
        f'<c r="{ref}" s="{s}" t="inlineStr"><is><t xml:space="preserve">{esc(text)}</t></is></c>'
    )


def _sheet_name_ref(name: str) -> str:
    return "'" + name.replace("'", "''") + "'"


def _guide_sheet(
    styles: _Styles, title: str, info: str, rows: list[tuple], linked: set[int]
) -> str:
    """The 修改说明 sheet: a title, the file and counts, then one row per problem with a link."""
    songti = '<name val="宋体"/><charset val="134"/>'
    f_title = styles.font(f'<b/><sz val="14"/>{songti}')
    f_bold = styles.font(f'<b/><sz val="11"/>{songti}')
    f_link = styles.font('<u/><sz val="11"/><color rgb="FF0563C1"/>' + songti)
    f_text = styles.font(f'<sz val="11"/>{songti}')
    plain = styles.guide(f_text)
    out = [f'<row r="1">{_inline("A1", title, styles.guide(f_title))}</row>',
           f'<row r="2">{_inline("A2", info, plain)}</row>']  # fmt: skip
    head = ["序号", "级别", "工作表", "单元格", "问题与修改方法"]
    out.append('<row r="4">' + "".join(_inline(f"{col_letters(c)}4", h, styles.guide(f_bold))
                                       for c, h in enumerate(head)) + "</row>")  # fmt: skip
    links = []
    for k, (severity, sev_zh, sheet, cell, message) in enumerate(rows, start=1):
        r = 4 + k
        cells = [f'<c r="A{r}" s="{plain}"><v>{k}</v></c>',
                 _inline(f"B{r}", sev_zh, styles.guide(f_text, styles.fill(severity))),
                 _inline(f"C{r}", sheet, plain)]  # fmt: skip
        if cell:
            is_link = k in linked
            cells.append(_inline(f"D{r}", cell, styles.guide(f_link) if is_link else plain))
            if is_link:
                links.append(
                    f'<hyperlink ref="D{r}" location="{esc(_sheet_name_ref(sheet) + "!" + cell)}" display="{esc(cell)}"/>'
                )
        cells.append(_inline(f"E{r}", message, styles.guide(f_text, wrap=True)))
        out.append(f'<row r="{r}">{"".join(cells)}</row>')
    widths = (6, 6, 14, 8, 80)
    cols = "".join(
        f'<col min="{i}" max="{i}" width="{w}" customWidth="1"/>' for i, w in enumerate(widths, 1)
    )
    return (
        f'{XML_HEAD}<worksheet xmlns="{NS_MAIN}" xmlns:r="{NS_R}">'
        '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>'
        f'<dimension ref="A1:E{max(4, 4 + len(rows))}"/>'
        '<sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews>'
        f'<sheetFormatPr defaultRowHeight="15"/><cols>{cols}</cols>'
        f"<sheetData>{''.join(out)}</sheetData>"
        + (f"<hyperlinks>{''.join(links)}</hyperlinks>" if links else "")
        + '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
        '<pageSetup paperSize="9" orientation="landscape" fitToHeight="0"/></worksheet>'
    )


def _marker_sheet(cells: list[str]) -> str:
    rows = "".join(f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t xml:space="preserve">{esc(v)}</t></is></c></row>'
                   for r, v in enumerate(cells, start=1))  # fmt: skip
    return f'{XML_HEAD}<worksheet xmlns="{NS_MAIN}"><sheetData>{rows}</sheetData></worksheet>'


def _comments(marks: dict[tuple[int, int], Mark]) -> str:
    items = []
    for (r, c), m in sorted(marks.items()):
        text = esc("\n".join(m.lines))
        items.append(
            f'<comment ref="{col_letters(c)}{r + 1}" authorId="0"><text><t xml:space="preserve">{text}</t></text></comment>'
        )
    return (f'{XML_HEAD}<comments xmlns="{NS_MAIN}"><authors><author>xlproc</author></authors>'
            f"<commentList>{''.join(items)}</commentList></comments>")  # fmt: skip


def _vml(marks: dict[tuple[int, int], Mark], block: int) -> str:
    """The legacy drawing Excel shows comments with (one shape per comment, hidden until hover)."""
    shapes = []
    for k, ((r, c), m) in enumerate(sorted(marks.items()), start=1):
        height = 60 + 40 * len(m.lines)
        rows_down = max(3, height // 20)
        shapes.append(
            f'<v:shape id="_x0000_s{1024 * block + k}" type="#_x0000_t202" '
            f'style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:240pt;height:{height * 0.75:g}pt;'
            'z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">'
            '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/>'
            '<v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto">'
            '<div style="text-align:left"></div></v:textbox>'
            '<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/>'
            f"<x:Anchor>{c + 1}, 15, {max(0, r - 1)}, 10, {c + 5}, 15, {max(0, r - 1) + rows_down}, 4</x:Anchor>"
            f"<x:AutoFill>False</x:AutoFill><x:Row>{r}</x:Row><x:Column>{c}</x:Column></x:ClientData></v:shape>"
        )
    return (
        '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:x="urn:schemas-microsoft-com:office:excel">'
        f'<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="{block}"/></o:shapelayout>'
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        + "".join(shapes)
        + "</xml>"
    )


def _merged(xml: str) -> list[tuple[int, int, int, int]]:
    out = []
    for m in re.finditer(r"<mergeCell\b[^>]*?ref=\"([^\"]+)\"", xml):
        a, _, b = m.group(1).partition(":")
        (r0, c0), (r1, c1) = split_ref(a), split_ref(b or a)
        out.append((r0, c0, r1, c1))
    return out


def _mark_cells(xml: str, targets: dict[tuple[int, int], str], styles: _Styles) -> str:
    """Give each target cell the marked version of its format; add the blank ones."""
    m = re.search(r"<sheetData\s*/>|<sheetData\b[^>]*>(.*?)</sheetData>", xml, re.S)
    if not m:
        raise Unsupported("no sheetData")
    body = m.group(1) or ""
    by_row: dict[int, dict[int, str]] = defaultdict(dict)
    for (r, c), sev in targets.items():
        by_row[r][c] = sev
    out, pos = [], 0
    for rm in _ROW.finditer(body):
        ra = attrs(rm.group(1))
        if "r" not in ra:
            raise Unsupported("row without r")
        r = int(ra["r"]) - 1
        for missing in sorted(x for x in by_row if x < r):
            out.append(body[pos : rm.start()])
            pos = rm.start()
            out.append(_new_row(missing, by_row.pop(missing), styles, None))
        if r in by_row:
            out.append(body[pos : rm.start()])
            out.append(_patch_row(rm, ra, by_row.pop(r), styles))
            pos = rm.end()
    out.append(body[pos:])
    for missing in sorted(by_row):
        out.append(_new_row(missing, by_row[missing], styles, None))
    new_body = "".join(out)
    return xml[: m.start()] + f"<sheetData>{new_body}</sheetData>" + xml[m.end() :]


def _new_row(r: int, cols: dict[int, str], styles: _Styles, row_style: int | None) -> str:
    base = row_style or 0
    cells = "".join(
        f'<c r="{col_letters(c)}{r + 1}" s="{styles.marked(base, sev)}"/>'
        for c, sev in sorted(cols.items())
    )
    return f'<row r="{r + 1}">{cells}</row>'


def _patch_row(rm: re.Match, ra: dict[str, str], cols: dict[int, str], styles: _Styles) -> str:
    head = set_attr(rm.group(1), "spans", None)
    row_style = int(ra["s"]) if ra.get("customFormat") in ("1", "true") and "s" in ra else 0
    inner = rm.group(2) or ""
    out, pos = [], 0
    r = int(ra["r"])
    pending = dict(cols)
    for cm in _CELL.finditer(inner):
        ca = attrs(cm.group(1))
        if "r" not in ca:
            raise Unsupported("cell without r")
        _, c = split_ref(ca["r"])
        for missing in sorted(x for x in pending if x < c):
            out.append(inner[pos : cm.start()])
            pos = cm.start()
            out.append(
                f'<c r="{col_letters(missing)}{r}" s="{styles.marked(row_style, pending.pop(missing))}"/>'
            )
        if c in pending:
            s = int(ca.get("s", "0") or 0)
            tag = set_attr(cm.group(1), "s", str(styles.marked(s, pending.pop(c))))
            whole = cm.group(0)
            out.append(inner[pos : cm.start()])
            out.append("<c" + tag + whole[len("<c") + len(cm.group(1)) :])
            pos = cm.end()
    out.append(inner[pos:])
    for missing in sorted(pending):
        out.append(
            f'<c r="{col_letters(missing)}{r}" s="{styles.marked(row_style, pending[missing])}"/>'
        )
    return f"<row{head}>{''.join(out)}</row>"


def _insert_legacy(xml: str, rid: str, prefix: str) -> str:
    """``<legacyDrawing>`` where the schema wants it: before the first element that follows it."""
    end = xml.find("</sheetData>")
    end = end + len("</sheetData>") if end >= 0 else re.search(r"<sheetData\s*/>", xml).end()
    depth, at = 1, None
    for t in _TAG.finditer(xml, end):
        closing, name, _, selfclose = t.groups()
        local = name.split(":")[-1]
        if closing:
            depth -= 1
            if depth == 0:
                at = t.start()
                break
            continue
        if depth == 1 and local in _AFTER_LEGACY:
            at = t.start()
            break
        if not selfclose:
            depth += 1
    if at is None:
        raise Unsupported("worksheet end")
    return xml[:at] + f'<legacyDrawing {prefix}:id="{rid}"/>' + xml[at:]


def patch_copy(
    src: Path,
    dst: Path,
    issues: list[dict],
    severity_zh: dict[str, str],
    message,
    title: str,
    info: str,
    marker: list[str],
    marker_sheet: str,
    guide_name: str,
) -> int:
    """Write the annotated copy of ``src`` to ``dst``; return the number of cells marked.

    ``issues`` are dicts with ``severity, source_sheet, cell, message`` (errors first);
    ``message(issue)`` is the text shown for one.
    """
    with zipfile.ZipFile(src) as zf:
        infos = zf.infolist()
        names = [i.filename for i in infos]
        if len(set(names)) != len(names):
            raise Unsupported("duplicate zip entries")
        parts: dict[str, bytes] = {i.filename: zf.read(i) for i in infos}
    text = lambda name: parts[name].decode("utf-8-sig")  # noqa: E731

    ct = text("[Content_Types].xml")
    office = [r for r in _rels(text("_rels/.rels")) if r.get("Type") == REL_OFFICE]
    if len(office) != 1:
        raise Unsupported("package relationships")
    wb_part = _part("", office[0]["Target"])
    if f'PartName="/{wb_part}" ContentType="{CT_WORKBOOK}"' not in ct.replace("'", '"'):
        raise Unsupported("not a plain .xlsx workbook")
    wb_dir = posixpath.dirname(wb_part)
    wb_rels_part = _rels_path(wb_part)
    wb_xml, wb_rels = text(wb_part), text(wb_rels_part)
    root = _root(wb_xml, "workbook")
    rp = _r_prefix(root.group(2))
    if rp is None or any(p.lower().endswith(".vml") for p in parts) or "<!--" in wb_xml:
        raise Unsupported("workbook references")
    rels = {r["Id"]: r for r in _rels(wb_rels)}
    sheets_m = re.search(r"<sheets\b[^>]*>(.*?)</sheets>", wb_xml, re.S)
    if not sheets_m:
        raise Unsupported("no sheets")
    sheet_tags = [attrs(t.group(0)) for t in re.finditer(r"<sheet\b[^>]*>", sheets_m.group(1))]
    sheet_parts: dict[str, str] = {}
    for st in sheet_tags:
        rel = rels.get(st.get(f"{rp}:id", ""))
        if rel and rel.get("Type") == REL_SHEET:
            sheet_parts[st["name"]] = _part(wb_dir, rel["Target"])
    names_now = {st.get("name") for st in sheet_tags}
    if guide_name in names_now or marker_sheet in names_now:
        raise Unsupported("already a feedback copy")
    styles_rel = [r for r in rels.values() if r.get("Type") == REL_STYLES]
    if len(styles_rel) != 1:
        raise Unsupported("styles part")
    styles_part = _part(wb_dir, styles_rel[0]["Target"])
    styles = _Styles(text(styles_part))

    # the problem cells, sheet by sheet (a merged cell takes its comment on the top-left cell)
    by_sheet: dict[str, dict[tuple[int, int], Mark]] = defaultdict(dict)
    linked: set[int] = set()
    merged_cache: dict[str, list] = {}
    for k, i in enumerate(issues, start=1):
        sheet, cell = i["source_sheet"], i["cell"]
        if not cell or sheet not in sheet_parts:
            continue
        linked.add(k)
        if sheet not in merged_cache:
            merged_cache[sheet] = _merged(text(sheet_parts[sheet]))
        r, c = split_ref(cell)
        for r0, c0, r1, c1 in merged_cache[sheet]:
            if r0 <= r <= r1 and c0 <= c <= c1:
                r, c = r0, c0
                break
        mark = by_sheet[sheet].setdefault((r, c), Mark(i["severity"]))
        if i["severity"] == "error":
            mark.severity = "error"
        mark.lines.append(f"{severity_zh[i['severity']]}:{message(i)}")

    new_parts: dict[str, bytes] = {}
    overrides: list[tuple[str, str]] = []
    need_vml = False
    for block, (sheet, marks) in enumerate(sorted(by_sheet.items()), start=1):
        part = sheet_parts[sheet]
        xml = text(part)
        sroot = _root(xml, "worksheet")
        if "<legacyDrawing" in xml or "<!--" in xml:
            raise Unsupported("sheet with comments or XML comments")
        prefix = _r_prefix(sroot.group(2))
        if prefix is None:
            prefix = "r"
            if re.search(r"\sxmlns:r\s*=", sroot.group(2)):
                raise Unsupported("r prefix bound elsewhere")
            xml = xml[: sroot.end() - 1].rstrip("/") + f' xmlns:r="{NS_R}"' + xml[sroot.end() - 1 :]
        xml = _mark_cells(xml, {rc: m.severity for rc, m in marks.items()}, styles)
        rels_part = _rels_path(part)
        old_rels = text(rels_part) if rels_part in parts else None
        used = {r.get("Id", "") for r in _rels(old_rels or "")}
        comments_part = _free_name({**parts, **new_parts}, wb_dir + "/comments{}.xml")
        vml_part = _free_name({**parts, **new_parts}, wb_dir + "/drawings/vmlDrawing{}.vml")
        id_c, id_v = _free_id(used), _free_id(used)
        new_parts[rels_part] = _add_rels(old_rels, [
            (id_c, REL_COMMENTS, _relative(part, comments_part)),
            (id_v, REL_VML, _relative(part, vml_part)),
        ]).encode()  # fmt: skip
        xml = _insert_legacy(xml, id_v, prefix)
        new_parts[part] = xml.encode()
        new_parts[comments_part] = _comments(marks).encode()
        new_parts[vml_part] = _vml(marks, block).encode()
        overrides.append((comments_part, CT_COMMENTS))
        need_vml = True

    # only the guide is selected when the workbook opens (two selected sheets would be grouped)
    for part in sheet_parts.values():
        xml = new_parts[part].decode() if part in new_parts else text(part)
        if re.search(r'tabSelected\s*=\s*"(?:1|true)"', xml):
            xml = re.sub(r'\s+tabSelected\s*=\s*"(?:1|true)"', "", xml)
            new_parts[part] = xml.encode()

    rows = [
        (i["severity"], severity_zh[i["severity"]], i["source_sheet"], i["cell"], message(i))
        for i in issues
    ]
    guide_part = _free_name({**parts, **new_parts}, wb_dir + "/worksheets/sheet{}.xml")
    new_parts[guide_part] = _guide_sheet(styles, title, info, rows, linked).encode()
    marker_part = _free_name({**parts, **new_parts}, wb_dir + "/worksheets/sheet{}.xml")
    new_parts[marker_part] = _marker_sheet(marker).encode()
    overrides += [(guide_part, CT_SHEET), (marker_part, CT_SHEET)]
    new_parts[styles_part] = styles.result().encode()

    # workbook: the guide first, the marker last (very hidden); sheet-local names move up one
    used = set(rels)
    id_g, id_m = _free_id(used), _free_id(used)
    ids = [int(st["sheetId"]) for st in sheet_tags if st.get("sheetId", "").isdigit()]
    top = max(ids, default=0)
    guide_tag = f'<sheet name="{esc(guide_name)}" sheetId="{top + 1}" {rp}:id="{id_g}"/>'
    marker_tag = f'<sheet name="{esc(marker_sheet)}" sheetId="{top + 2}" state="veryHidden" {rp}:id="{id_m}"/>'
    inner = sheets_m.group(1)
    xml = wb_xml[: sheets_m.start(1)] + guide_tag + inner + marker_tag + wb_xml[sheets_m.end(1) :]
    xml = re.sub(r'localSheetId="(\d+)"', lambda m: f'localSheetId="{int(m[1]) + 1}"', xml)
    title_row = f'<definedName name="_xlnm.Print_Titles" localSheetId="0">{esc(_sheet_name_ref(guide_name))}!$4:$4</definedName>'
    if re.search(r"<definedNames\b[^>]*>", xml):
        xml = re.sub(r"(<definedNames\b[^>]*>)", lambda m: m.group(1) + title_row, xml, count=1)
    elif "<definedNames/>" not in xml:
        after = max((xml.find(t) + len(t) for t in ("</sheets>", "</functionGroups>", "</externalReferences>")
                     if t in xml), default=-1)  # fmt: skip
        xml = xml[:after] + f"<definedNames>{title_row}</definedNames>" + xml[after:]
    xml = re.sub(r"<workbookView\b[^>]*>", lambda m: "<workbookView" + set_attr(set_attr(
        m.group(0)[len("<workbookView") : -1], "activeTab", None), "firstSheet", None) + ">", xml)  # fmt: skip
    new_parts[wb_part] = xml.encode()

    calc = [r for r in rels.values() if r.get("Type") == REL_CALC]
    drop = {_part(wb_dir, r["Target"]) for r in calc}  # Excel rebuilds the calculation chain
    rels_xml = wb_rels
    for r in calc:
        rels_xml = re.sub(
            r'<Relationship\b[^>]*Id="' + re.escape(r["Id"]) + r'"[^>]*/>', "", rels_xml
        )
    new_parts[wb_rels_part] = _add_rels(rels_xml, [
        (id_g, REL_SHEET, _relative(wb_part, guide_part)),
        (id_m, REL_SHEET, _relative(wb_part, marker_part)),
    ]).encode()  # fmt: skip

    for d in drop:
        ct = re.sub(r'<Override\b[^>]*PartName="/' + re.escape(d) + r'"[^>]*/>', "", ct)
    add = "".join(f'<Override PartName="/{p}" ContentType="{t}"/>' for p, t in overrides)
    if need_vml and not re.search(r'Extension="vml"', ct, re.I):
        add = f'<Default Extension="vml" ContentType="{CT_VML}"/>' + add
    if "</Types>" not in ct:
        raise Unsupported("content types")
    new_parts["[Content_Types].xml"] = ct.replace("</Types>", add + "</Types>").encode()

    # level 1: five times faster than the default on these small parts, a few per cent larger
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as out:
        for info in infos:
            if info.filename in drop:
                continue
            data = new_parts.pop(info.filename, None)
            out.writestr(
                _entry(info.filename),
                parts[info.filename] if data is None else data,
                compresslevel=1,
            )
        for name, data in new_parts.items():
            out.writestr(_entry(name), data, compresslevel=1)
    return sum(len(m) for m in by_sheet.values())


def _entry(name: str) -> zipfile.ZipInfo:
    from xlproc.atomic import fixed_timestamp

    info = zipfile.ZipInfo(name, date_time=fixed_timestamp().timetuple()[:6])
    info.compress_type = zipfile.ZIP_DEFLATED
    return info
