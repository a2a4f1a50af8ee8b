"""Cells still inside a CSV exporter's Excel text guard ``="…"``, read as the text inside it.

A reporting system that exports a list as CSV may wrap every value in Excel's text guard,
``="001"``, ``="办领导"``, so that Excel keeps leading zeros and long numbers as written. Opened
in Excel the guard is a formula that shows its text; imported with every column as 文本 (WPS's
or Excel's text import, or a re-save of that sheet as .xlsx, .xls, .ods), each cell is the literal
text ``="办领导"``, a string, not a formula: the reader would keep the guard on every field and
lose every level (``="一级"``).

Read by kind, on evidence a hand-typed list never gives: where most filled cells of a sheet, or
of one column (two at least), are whole guards — ``=``, a double quote, the text with its own
quotes doubled (``""``), a closing double quote — each such cell is read as the text inside
(``""`` as ``"``). A single ``="某某"`` among plain cells stays as written (it may be a real
attempt at a formula, and TEXT_FORMULA_LIKE says so), as does a formula's text (``=SUM(…)``)
and a text that merely holds ``="`` (``按“="是"”筛选``).
"""

from __future__ import annotations

from xlproc.text import LazyRe, cell_ref

# a whole guard: '="…"', its own quotes doubled inside
_GUARD = LazyRe(r'\s*="((?:[^"]|"")*)"\s*')


def _inside(text: str) -> str | None:
    """The text inside a whole guard, None when the cell is none."""
    m = _GUARD.fullmatch(text)
    return None if m is None else m.group(1).replace('""', '"').strip()


def read_guarded_cells(rows: list[list[str]]) -> tuple[str, int]:
    """Rewrite, in place, the guarded cells of ``rows`` as the text inside their guard when most
    filled cells of the sheet, or of a column (two at least), are guarded. Returns the first
    such cell's reference and how many there were ('', 0 when none); a sheet without '="' is
    passed over at once."""
    if not any('="' in v for row in rows for v in row if v):
        return "", 0
    guarded: dict[tuple[int, int], str] = {}
    filled: dict[int, int] = {}
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if not v or not v.strip():
                continue
            filled[c] = filled.get(c, 0) + 1
            if v.lstrip().startswith('="') and (inner := _inside(v)) is not None:
                guarded[(r, c)] = inner
    if not guarded:
        return "", 0
    if 2 * len(guarded) > sum(filled.values()) and len(guarded) >= 2:
        taken = guarded
    else:  # a column of guards under a plain heading ('编号' kept with its leading zeros)
        by_col: dict[int, int] = {}
        for _, c in guarded:
            by_col[c] = by_col.get(c, 0) + 1
        cols = {c for c, n in by_col.items() if n >= 2 and 2 * n > filled[c]}
        taken = {k: v for k, v in guarded.items() if k[1] in cols}
    for (r, c), inner in taken.items():
        rows[r][c] = inner
    if not taken:
        return "", 0
    r, c = min(taken)
    return cell_ref(r, c), len(taken)
