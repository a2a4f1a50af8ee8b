"""Fill a generated form as a staff member would: by the table's labels, inserting rows as needed.

Used to build the sample inbox, by the tests (generate → fill → collect) and by the benchmark.
Writes a copy with openpyxl; the source workbook is never modified.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from xlproc.locate import column_role
from xlproc.text import label_key


@dataclass
class Entry:
    """What one person writes on their sheet. Row dicts are keyed by column role."""

    rows: list[dict[str, str]] = field(default_factory=list)
    major_rows: list[dict[str, str]] = field(default_factory=list)  # leader's “三重一大” section
    declared: str = ""
    reviews: list[str] = field(default_factory=list)  # opinions, in box order


def _find(ws):
    """Header row (1-based), role → column (1-based), and the 1-based rows of each section."""
    header, roles = None, {}
    for row in ws.iter_rows(min_row=1, max_row=min(ws.max_row, 40)):
        found = {}
        for cell in row:
            if isinstance(cell.value, str):
                role = column_role(label_key(cell.value))
                if role and role not in found:
                    found[role] = cell.column
        if "risk_point" in found and len(found) >= 3:
            header, roles = row[0].row, found
            break
    if header is None:
        raise ValueError(f"no form table on sheet {ws.title}")
    sections: list[list[int]] = [[]]
    reviews: list[int] = []
    for r in range(header + 1, ws.max_row + 1):
        a = ws.cell(r, 1).value
        key = label_key(a) if isinstance(a, str) else ""
        if "意见" in key:
            reviews.append(r)
        elif key.startswith("注"):
            break
        elif "三重一大" in key:
            sections.append([])
        elif not reviews:
            sections[-1].append(r)
    return header, roles, sections, reviews


def _insert_rows(ws, at: int, n: int) -> None:
    """Insert ``n`` rows before row ``at`` like Excel does, moving merged cells below it."""
    moved = [m for m in ws.merged_cells.ranges if m.min_row >= at]
    for m in moved:
        ws.unmerge_cells(str(m))
    ws.insert_rows(at, n)
    for m in moved:
        m.shift(0, n)
        ws.merge_cells(str(m))
    ws.row_dimensions[at].height = None


def fill_sheet(ws, entry: Entry) -> None:
    header, roles, sections, _ = _find(ws)
    # write the later section first so inserted rows do not shift the earlier one's rows
    plan = [(0, entry.rows)]
    if len(sections) > 1:
        plan.append((1, entry.major_rows))
    for idx, rows in reversed(plan):
        slots = sections[idx]
        if not rows:
            continue
        if len(rows) > len(slots):
            extra = len(rows) - len(slots)
            _insert_rows(ws, slots[-1] + 1, extra)
            slots = slots + list(range(slots[-1] + 1, slots[-1] + 1 + extra))
        for r, values in zip(slots, rows, strict=False):
            for role, value in values.items():
                if role in roles:
                    cell = ws.cell(r, roles[role])
                    cell.value = value
                    if isinstance(value, str) and value.startswith("="):
                        cell.data_type = "s"  # staff typed text, not a formula
    if entry.declared or entry.reviews:
        _, _, _, reviews = _find(ws)
        for r in range(1, header):
            for c in range(1, ws.max_column + 1):
                v = ws.cell(r, c).value
                if isinstance(v, str) and label_key(v) == "岗位风险等级":
                    ws.cell(r, c + 1).value = entry.declared
        for r, opinion in zip(reviews, entry.reviews, strict=False):
            col = 2  # the opinion box starts after the label's merged cells
            for m in ws.merged_cells.ranges:
                if m.min_row <= r <= m.max_row and m.min_col == 1:
                    col = m.max_col + 1
            ws.cell(r, col).value = opinion


def fill_workbook(src: str | Path, dst: str | Path, entries: dict[str, Entry]) -> None:
    """Copy ``src`` to ``dst`` with each named sheet filled."""
    import openpyxl

    wb = openpyxl.load_workbook(src)
    for sheet, entry in entries.items():
        fill_sheet(wb[sheet], entry)
    Path(dst).parent.mkdir(parents=True, exist_ok=True)
    wb.save(dst)
