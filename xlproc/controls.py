"""What a sheet says only by the form-control drop-downs drawn on it (组合框, 列表框: Excel's 开发工具 →
插入 → 表单控件, WPS's 插入 → 窗体). Such a control shows one entry of a list range (on any sheet)
over the cell it is drawn on; what the file keeps is only the entry's place in the range (its
``Sel``, 1-based) and, where a cell link is set, that number in the linked cell. Cell values
are read by calamine, which sees neither: the chosen entries are put into the grids here,
before any table is looked for, so that the cell reads as the sheet shows it.

Read from the sheets' VML drawing (``<x:ClientData ObjectType="Drop">`` or ``"List"``, with
``<x:FmlaRange>``, ``<x:FmlaLink>``, ``<x:Sel>``), and from Excel 2010's ``xl/ctrlProps`` parts
(``<formControlPr objectType="Drop" fmlaRange=… fmlaLink=… sel=…>``) with their place in the
sheet's ``<controls>``; .xlsx only (an .xls or .ods keeps its controls where we do not read)."""

from __future__ import annotations

import html
import posixpath
import re
import zipfile
from dataclasses import dataclass, replace

from xlproc.fills import CellSizes
from xlproc.text import cell_ref, col_index
from xlproc.workbook import package, part_text

_KINDS = ("Drop", "List")  # a combo box (drop-down) and a list box
_KIND_IN = re.compile(r'ObjectType="(?:Drop|List)"')
_REF = re.compile(r"\$?([A-Z]{1,3})\$?(\d{1,7})")
_SHEET_REF = re.compile(r"^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$")
_CTRL_PROP = "http://schemas.microsoft.com/office/2006/relationships/ctrlProp"


@dataclass(frozen=True)
class ListControl:
    """One drop-down or list box: the cell its top-left corner stands in (0-based row, column),
    its list range and cell link as written ('人员名单!$B$3:$B$10', '$D$4'), its selection
    (1-based; 0 for none) and whether it lets several entries be chosen (then none is read)."""

    sheet: str
    at: tuple[int, int] | None
    source: str
    link: str
    sel: int
    multi: bool = False


def may_hold_controls(data: bytes | None) -> bool:
    """A cheap look at a package's part names (stored unpacked in it): a VML drawing or a
    control's properties part, where form controls are kept; False for most files."""
    return data is not None and (b"vmlDrawing" in data or b"ctrlProp" in data)


def list_controls(data: bytes) -> list[ListControl]:
    """Every drop-down and list box drawn on the sheets of an .xlsx package; [] where it has
    none or its parts cannot be read (the cells were read: a damaged drawing loses its controls)."""
    try:
        with package(data) as zf:
            return _read(zf)
    except Exception:
        return []


def _read(zf: zipfile.ZipFile) -> list[ListControl]:
    from xlproc.workbook import sheet_parts

    names = set(zf.namelist())
    out: list[ListControl] = []
    for sheet, part in sheet_parts(zf).items():
        folder, _, file = part.rpartition("/")
        rels_part = f"{folder}/_rels/{file}.rels"
        if rels_part not in names:
            continue
        rels = _relations(part_text(zf, rels_part), folder, names)
        vml: dict[int, ListControl] = {}
        xml = None
        for kind, target in rels.values():
            if kind.endswith("/vmlDrawing"):
                drawing = part_text(zf, target)
                if not _KIND_IN.search(drawing):
                    continue
                xml = xml if xml is not None else part_text(zf, part)
                for sid, c in _vml_controls(drawing, sheet, CellSizes(xml)):
                    vml.setdefault(sid, c)
        props = {rid: t for rid, (kind, t) in rels.items() if kind == _CTRL_PROP}
        if props:
            xml = xml if xml is not None else part_text(zf, part)
            for sid, rid, at in _sheet_controls(xml, CellSizes(xml)):
                if rid not in props:
                    continue
                got = _ctrl_prop(part_text(zf, props[rid]), sheet)
                if got is None:
                    continue
                seen = vml.get(sid)
                # (Excel keeps both; the properties part is the one it reads, the VML's place)
                vml[sid] = replace(got, at=seen.at if seen and seen.at else at)
        out.extend(vml.values())
    return out


def _relations(text: str, folder: str, names: set[str]) -> dict[str, tuple[str, str]]:
    """A sheet's relationships: id → (type, the part it points to), for parts in the package."""
    out = {}
    for m in re.finditer(r"<Relationship\b[^>]*>", text):
        rid = re.search(r'\bId="([^"]+)"', m.group(0))
        kind = re.search(r'\bType="([^"]+)"', m.group(0))
        to = re.search(r'\bTarget="([^"]+)"', m.group(0))
        if not (rid and kind and to):
            continue
        target = to.group(1)
        target = (
            target.lstrip("/")
            if target.startswith("/")
            else posixpath.normpath(posixpath.join(folder, target))
        )
        if target in names:
            out[rid.group(1)] = (kind.group(1), target)
    return out


def _tag(xml: str, name: str) -> str | None:
    m = re.search(rf"<x:{name}>\s*(.*?)\s*</x:{name}>", xml, re.S)
    return html.unescape(m.group(1)) if m else None


def _number(text: str | None) -> int:
    try:
        return int(float(text)) if text else 0
    except ValueError:
        return 0


def _vml_controls(vml: str, sheet: str, sizes: CellSizes) -> list[tuple[int, ListControl]]:
    """(shape id, control) of each drop-down or list box of a VML drawing."""
    out = []
    for shape in re.findall(r"<v:shape\b.*?</v:shape>", vml, re.S):
        kind = re.search(r'<x:ClientData\b[^>]*\bObjectType="(\w+)"', shape)
        if kind is None or kind.group(1) not in _KINDS:
            continue
        sid = re.search(r'\bid="_x0000_s(\d+)"', shape) or re.search(
            r'\bo:spid="_x0000_s(\d+)"', shape
        )
        anchor = re.search(r"<x:Anchor>\s*([-\d\s,]+?)\s*</x:Anchor>", shape)
        sel_type = (_tag(shape, "SelType") or "Single").lower()
        out.append(
            (
                int(sid.group(1)) if sid else -len(out) - 1,
                ListControl(
                    sheet,
                    _held_cell(anchor.group(1), sizes) if anchor else None,
                    _tag(shape, "FmlaRange") or "",
                    _tag(shape, "FmlaLink") or "",
                    _number(_tag(shape, "Sel")),
                    sel_type in ("multi", "extend"),
                ),
            )
        )
    return out


def _held_cell(anchor: str, sizes: CellSizes) -> tuple[int, int] | None:
    """The cell holding most of a control drawn by a VML anchor ('left col, offset, top row,
    offset, right col, offset, bottom row, offset', offsets in pixels): a box whose top edge
    sits a few pixels into the row above is the lower row's (by the sheet's row heights and
    column widths)."""
    nums = [int(x) for x in anchor.split(",") if x.strip().lstrip("-").isdigit()]
    if len(nums) < 4:
        return None
    left, left_off, top, top_off = nums[:4]
    if len(nums) < 8:
        return top, left
    right, right_off, bottom, bottom_off = nums[4:8]
    px = sizes.PX
    row = bottom if bottom == top + 1 and bottom_off > sizes.row_emu(top) / px - top_off else top
    col = right if right == left + 1 and right_off > sizes.col_emu(left) / px - left_off else left
    return row, col


def _sheet_controls(xml: str, sizes: CellSizes) -> list[tuple[int, str, tuple[int, int] | None]]:
    """(shape id, relationship id, corner cell) of each ``<control>`` of a sheet's XML."""
    out = []
    for m in re.finditer(r"<(?:\w+:)?control\b([^>]*)>(.*?)</(?:\w+:)?control>", xml, re.S):
        sid = re.search(r'\bshapeId="(\d+)"', m.group(1))
        rid = re.search(r'\br:id="([^"]+)"', m.group(1))
        if not (sid and rid):
            continue
        ends = []
        for tag in ("from", "to"):
            e = re.search(rf"<(?:\w+:)?{tag}>(.*?)</(?:\w+:)?{tag}>", m.group(2), re.S)
            got = (
                dict(re.findall(r"<(?:\w+:)?(col|colOff|row|rowOff)>\s*(-?\d+)\s*<", e.group(1)))
                if e
                else {}
            )
            ends.append({k: int(v) for k, v in got.items()})
        a, b = ends
        at = None
        if {"row", "col"} <= set(a):
            px = 9525  # (EMU a pixel: the same rule as a VML anchor's)
            anchor = [a["col"], a.get("colOff", 0) // px, a["row"], a.get("rowOff", 0) // px]
            if {"row", "col"} <= set(b):
                anchor += [b["col"], b.get("colOff", 0) // px, b["row"], b.get("rowOff", 0) // px]
            at = _held_cell(",".join(map(str, anchor)), sizes)
        out.append((int(sid.group(1)), rid.group(1), at))
    return out


def _ctrl_prop(xml: str, sheet: str) -> ListControl | None:
    """The drop-down or list box an ``xl/ctrlProps`` part describes (no place: the sheet's)."""
    m = re.search(r"<(?:\w+:)?formControlPr\b([^>]*)", xml)
    if m is None:
        return None
    attrs = {k: html.unescape(v) for k, v in re.findall(r'\b(\w+)="([^"]*)"', m.group(1))}
    if attrs.get("objectType") not in _KINDS:
        return None
    return ListControl(
        sheet,
        None,
        attrs.get("fmlaRange", ""),
        attrs.get("fmlaLink", ""),
        _number(attrs.get("sel")),
        attrs.get("selType", "single").lower() in ("multi", "extend"),
    )


def defined_names(data: bytes) -> dict[str, str]:
    """The workbook's defined names → what they refer to ('人员' → '人员名单!$B$3:$B$10'),
    global ones; {} where there are none."""
    try:
        with package(data) as zf:
            book = part_text(zf, "xl/workbook.xml")
    except Exception:
        return {}
    out = {}
    for m in re.finditer(
        r"<(?:\w+:)?definedName\b([^>]*)>(.*?)</(?:\w+:)?definedName>", book, re.S
    ):
        name = re.search(r'\bname="([^"]+)"', m.group(1))
        if name and "localSheetId" not in m.group(1):
            out[html.unescape(name.group(1))] = html.unescape(m.group(2)).strip()
    return out


def split_ref(ref: str, sheet: str) -> tuple[str, str]:
    """'人员名单!$B$3:$B$10' → ('人员名单', '$B$3:$B$10'); a reference without a sheet is on
    ``sheet``; a quoted name ('''Staff list''!A1') unquoted."""
    ref = ref.strip().lstrip("=")
    m = _SHEET_REF.match(ref)
    if m is None:
        return sheet, ref
    return (m.group(1).replace("''", "'") if m.group(1) else m.group(2)), m.group(3)


def cells_of(area: str) -> list[tuple[int, int]] | None:
    """The cells of a one-column or one-row range ('$B$3:$B$10', 'B3'), in order; None for
    anything else (a block of several columns and rows, a formula, another workbook)."""
    ends = area.split(":")
    if len(ends) > 2:
        return None
    got = [_REF.fullmatch(e.strip()) for e in ends]
    if not all(got):
        return None
    (c0, r0), (c1, r1) = [(col_index(m.group(1)), int(m.group(2)) - 1) for m in got]  # type: ignore[union-attr]
    r0, r1, c0, c1 = min(r0, r1), max(r0, r1), min(c0, c1), max(c0, c1)
    if r0 != r1 and c0 != c1:
        return None  # (a block: which column the control lists is not certain here)
    if (r1 - r0) + (c1 - c0) > 10_000:
        return None
    return [(r, c) for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)]


def cell_of(ref: str) -> tuple[int, int] | None:
    """'$D$4' → (3, 3); None for anything that is not one cell."""
    m = _REF.fullmatch(ref.strip())
    return (int(m.group(2)) - 1, col_index(m.group(1))) if m else None


def chosen(grids: dict, control: ListControl, names: dict[str, str]) -> tuple[str, str]:
    """(the entry a control shows, why none is read): the ``sel``-th cell of its list range,
    read through the grids (a sheet name → ``Grid``); ('', '') where nothing is chosen."""
    if control.multi:
        return "", "可多选的列表框"
    if not control.sel:
        return "", ""
    source = names.get(control.source, control.source)
    sheet, area = split_ref(source, control.sheet)
    cells = cells_of(area) if sheet in grids else None
    if not cells:
        return "", f"列表区域“{control.source or '（未设置）'}”无法读取"
    if not 1 <= control.sel <= len(cells):
        return "", f"选定第 {control.sel} 项，列表区域“{control.source}”只有 {len(cells)} 项"
    g = grids[sheet]
    r, c = cells[control.sel - 1]
    top = g.merged_into.get((r, c), (r, c))
    entry = g.get(*top).strip()
    return (
        (entry, "")
        if entry
        else ("", f"选定的第 {control.sel} 项（{sheet}!{cell_ref(r, c)}）是空的")
    )


def fill_grids(grids: list, data: bytes) -> tuple[dict[str, list[str]], list[tuple[str, str, str]]]:
    """Put into the grids what the sheets' drop-downs show: a control drawn over an empty cell
    gives that cell (a merge's top-left one) its chosen entry; a linked cell holding the chosen
    number (Excel writes the index there, not the entry) is given the entry, one holding 0 is
    left blank (nothing chosen). A cell two controls would give different entries, a list that
    cannot be read, a selection beyond it: the cell is left as read.

    Returns (sheet → 'D4=…' of each cell given an entry, [(sheet, cell, why)] of each cell
    whose drop-down could not be read)."""
    controls = list_controls(data)
    if not controls:
        return {}, []
    by_name = {g.name: g for g in grids}
    names: dict[str, str] | None = None
    writes: dict[tuple[str, int, int], set[str]] = {}
    unread: list[tuple[str, str, str]] = []

    def put(sheet: str, at: tuple[int, int], entry: str) -> None:
        writes.setdefault((sheet, *at), set()).add(entry)

    for control in controls:
        if names is None and control.source and cells_of(split_ref(control.source, "")[1]) is None:
            names = defined_names(data)
        linked: tuple[str, tuple[int, int]] | None = None
        number: int | None = None  # the linked cell's index, where it holds one
        if control.link:
            sheet, ref = split_ref(control.link, control.sheet)
            at = cell_of(ref)
            if sheet in by_name and at is not None:
                linked = (sheet, at)
                held = by_name[sheet].get(*at).strip()
                if held and not re.fullmatch(r"\d+", held):
                    continue  # (text in the linked cell: written over the index, it stands)
                number = int(held) if held else 0
        sel = control.sel if number is None else number
        entry, why = chosen(by_name, replace(control, sel=sel), names or {})
        if linked is not None and number:
            if entry:
                put(*linked, entry)
            elif why:
                unread.append((linked[0], cell_ref(*linked[1]), why))
        elif linked is not None and by_name[linked[0]].get(*linked[1]).strip() == "0":
            put(*linked, "")  # (0: nothing chosen; no entry, no number either)
        g = by_name.get(control.sheet)
        if g is None or control.at is None:
            continue
        at = g.merged_into.get(control.at, control.at)
        if (control.sheet, at) == linked or at[0] >= len(g.rows) or g.get(*at).strip():
            continue  # (the linked cell itself, done; a cell with text of its own stands)
        if entry:
            put(control.sheet, at, entry)
        elif why:
            unread.append((control.sheet, cell_ref(*at), why))
    filled: dict[str, list[str]] = {}
    for (sheet, r, c), entries in writes.items():
        if len(entries) != 1:
            unread.append((sheet, cell_ref(r, c), "几个下拉框选定的内容不同"))
            continue
        entry = entries.pop()
        row = by_name[sheet].rows[r]
        if c >= len(row):
            row.extend([""] * (c + 1 - len(row)))
        row[c] = entry
        if entry:
            filled.setdefault(sheet, []).append(f"{cell_ref(r, c)}={entry}")
    return filled, unread
