"""A received file's forms as HTML-ready grids: its cells as the reader saw them (``read_grids``),
with the cells that issues name marked and their messages attached."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from xlproc.forms import META_PREFIX
from xlproc.text import col_index, col_letter

MAX_ROWS = 300  # per form block
MAX_COLS = 16
_CELL = re.compile(r"^([A-Z]{1,3})(\d+)$")
_TITLE = ("防控表", "附件", "单位")


@dataclass
class Cell:
    text: str
    cls: str = ""
    tip: str = ""
    rowspan: int = 1
    colspan: int = 1
    ref: str = ""


@dataclass
class Block:
    sheet: str
    forms: list[dict]
    columns: list[str]
    rows: list[tuple[int, list[Cell]]] = field(default_factory=list)  # (1-based row, cells)
    cut: int = 0  # rows left out


def _parse(ref: str) -> tuple[int, int] | None:
    m = _CELL.match(ref or "")
    if not m:
        return None
    return int(m.group(2)) - 1, col_index(m.group(1))


def _starts(grid, forms: list[dict]) -> list[int]:
    """0-based first row of each form's block on a sheet (forms sorted by first risk row)."""
    starts = [0]
    for prev, form in zip(forms, forms[1:], strict=False):
        lo = max(prev["_last"], starts[-1] + 1)
        hi = max(lo, form["first_row"] - 1)
        start = lo
        for r in range(lo, hi):
            text = next((c for c in grid.rows[r] if c), "") if r < len(grid.rows) else ""
            if text and any(w in text for w in _TITLE):
                start = r
                break
        starts.append(start)
    return starts


def file_grids(store, version: dict, forms: list[dict], issues: list[dict]) -> list[Block]:
    from xlproc.versions import take_copy_marker
    from xlproc.workbook import read_grids

    cfg = store.config
    grids, bad = read_grids(store.blob_path(version["hash"]), version["rel"],
                            cfg.max_unpacked_bytes, cfg.max_compression_ratio)  # fmt: skip
    if bad is not None:
        return []
    grids, _version, _original = take_copy_marker(grids)  # a feedback copy's own sheets
    by_sheet = {g.name: g for g in grids}
    marks: dict[tuple[str, int, int], list[dict]] = {}
    for i in issues:
        pos = _parse(i["cell"])
        if pos is None or i["sheet"] not in by_sheet:
            continue
        grid = by_sheet[i["sheet"]]
        pos = grid.merged_into.get(pos, pos)
        marks.setdefault((i["sheet"], *pos), []).append(i)
    blocks: list[Block] = []
    sheets: dict[str, list[dict]] = {}
    for f in forms:
        risks = store.form_risks(f["id"])
        # its last row on its own sheet: a 续表's rows on the next sheet do not stretch its block
        own = [r["source_row"] for r in risks if r["source_sheet"] in ("", f["sheet"])]
        f = {**f, "_last": max(own, default=f["first_row"])}
        sheets.setdefault(f["sheet"], []).append(f)
    marked_sheets = {s for s, _r, _c in marks}
    for name in [g.name for g in grids if g.name in sheets or g.name in marked_sheets]:
        grid = by_sheet[name]
        fs = sorted(sheets.get(name, []), key=lambda f: f["first_row"])
        starts = _starts(grid, fs) if fs else [0]
        ends = [*starts[1:], len(grid.rows)]
        for k, (start, end) in enumerate(zip(starts, ends, strict=True)):
            blocks.append(_block(grid, [fs[k]] if fs else [], start, end, marks))
    return blocks


def _block(grid, forms: list[dict], start: int, end: int, marks) -> Block:
    width = 0  # the columns with content; the templates' hidden metadata column is left out
    for row in grid.rows[start:end]:
        for c in range(len(row) - 1, width - 1, -1):
            if row[c] and not row[c].startswith(META_PREFIX):
                width = c + 1
                break
    width = min(MAX_COLS, width)
    spans: dict[tuple[int, int], tuple[int, int]] = {}
    covered: set[tuple[int, int]] = set()
    for r0, c0, r1, c1 in grid.merges or ():
        if r1 < start or r0 >= end or c0 >= width:
            continue
        top = max(r0, start)
        spans[(top, c0)] = (min(r1, end - 1) - top + 1, min(c1, width - 1) - c0 + 1)
        for r in range(top, min(r1, end - 1) + 1):
            for c in range(c0, min(c1, width - 1) + 1):
                if (r, c) != (top, c0):
                    covered.add((r, c))
    stop = min(end, start + MAX_ROWS)
    block = Block(grid.name, forms, [col_letter(c) for c in range(width)], cut=end - stop)
    for r in range(start, stop):
        cells = []
        for c in range(width):
            if (r, c) in covered:
                continue
            cell = Cell(grid.get(r, c), ref=f"{col_letter(c)}{r + 1}")
            if (r, c) in spans:
                cell.rowspan, cell.colspan = spans[(r, c)]
            found = marks.get((grid.name, r, c))
            if found:
                worst = "error" if any(i["severity"] == "error" for i in found) else (
                    "warning" if any(i["severity"] == "warning" for i in found) else "info")  # fmt: skip
                open_ = any(i["state"] == "open" for i in found)
                cell.cls = f"mark-{worst}" + ("" if open_ else " mark-closed")
                cell.tip = "\n".join(i["message"] for i in found)
            cells.append(cell)
        block.rows.append((r + 1, cells))
    return block
