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
(``""`` as ``"``). So are the same exporter's other guards, each on the same evidence: the
field's CSV quotes kept by a 文本 import (``"办领导"``, inner quotes doubled) and a leading
apostrophe kept as text (``'001``, ``'办领导``); the quotes only on the evidence of the sheet, not
of one column (points each quoted ``"小金库"`` are a style), and an apostrophe with another in its
text (``'三重一大'事项``) is a phrase in single quotes, no guard. A single ``="某某"`` among plain cells stays as written (it may be a real
attempt at a formula, and TEXT_FORMULA_LIKE says so), as does a formula's text (``=SUM(…)``)
and a text that merely holds ``="`` (``按“="是"”筛选``).
"""

from __future__ import annotations

import re
from collections import Counter

from xlproc.text import LazyRe, cell_ref

# the guards an exporter writes, as shown to the user, and the whole cell each one is: '="…"' (its
# own quotes doubled inside), a CSV field's quotes kept '"…"' (the same), a leading apostrophe
_GUARDS = (
    ('="…"', LazyRe(r'\s*="((?:[^"]|"")*)"\s*')),
    ('"…"', LazyRe(r'\s*"((?:[^"]|"")*)"\s*')),
    ("'…", LazyRe(r"\s*'(?!')(.+)", re.S)),
)


# a cell opening as a guard does, among a row's cells joined by \x1f
_OPENING = re.compile(r"(?:^|\x1f)\s*[=\"']")


def _inside(text: str) -> tuple[int, str] | None:
    """The kind of whole guard the cell is and the text inside it, None when it is none."""
    for kind, (_, guard) in enumerate(_GUARDS):
        if (m := guard.fullmatch(text)) is not None:
            inner = m.group(1)
            if kind == 2 and "'" in inner:  # "'三重一大'事项": a phrase in quotes, no guard
                return None
            return kind, (inner if kind == 2 else inner.replace('""', '"')).strip()
    return None


def read_guarded_cells(rows: list[list[str]]) -> tuple[str, int, str]:
    """Rewrite, in place, the guarded cells of ``rows`` as the text inside their guard when most
    filled cells of the sheet, or of a column (two at least), are guarded the same way. Returns
    the first such cell's reference, how many there were and the guards as shown ('="…"'); ('',
    0, '') when none: a sheet where no cell starts with '=', '"' or "'" is passed over at once."""
    # (one search of the sheet, its cells joined: a row's first cell follows a '\x1f' as it
    # opens its row, and an opening found across rows is the next row's own; most sheets have
    # no '=', '"' nor "'" at all)
    text = "\x1f".join(map("\x1f".join, rows))
    if ("=" not in text and '"' not in text and "'" not in text) or not _OPENING.search(text):
        return "", 0, ""  # (no cell opens a guard)
    guarded: dict[tuple[int, int], tuple[int, str]] = {}
    filled: dict[int, int] = {}
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if not v or not v.strip():
                continue
            filled[c] = filled.get(c, 0) + 1
            if v.lstrip()[:1] in ("=", '"', "'") and (found := _inside(v)) is not None:
                guarded[(r, c)] = found
    if not guarded:
        return "", 0, ""
    kinds = Counter(kind for kind, _ in guarded.values())
    kind, n = kinds.most_common(1)[0]
    if n >= 2 and 2 * n > sum(filled.values()):
        taken = {k: v for k, v in guarded.items() if v[0] == kind}
    else:  # a column of guards under a plain heading ('编号' kept with its leading zeros)
        # (not a column of quotes '"小金库"' alone: an exporter quotes every field of a row; the
        # points or measures of one column each in quotes are how the list was written)
        by_col = Counter((c, kind) for (_, c), (kind, _) in guarded.items() if kind != 1)
        # ('="…"' twice in one column, a third of it at least: pasted from the export into a
        # typed column, '="一级"' among '二级'; the formula shows the text inside as well)
        cols = {
            ck for ck, n in by_col.items()
            if n >= 2 and (2 * n > filled[ck[0]] or (ck[1] == 0 and 3 * n >= filled[ck[0]]))
        }  # fmt: skip
        taken = {k: v for k, v in guarded.items() if (k[1], v[0]) in cols}
    if not taken:
        return "", 0, ""
    for (r, c), (_, inner) in taken.items():
        rows[r][c] = inner
    r, c = min(taken)
    shown = "、".join(_GUARDS[k][0] for k in sorted({k for k, _ in taken.values()}))
    return cell_ref(r, c), len(taken), shown
