"""Whole-sheet (whole-table) gates of the steps that walk every row, and their shadow check.

A step that walks every row of a sheet may be passed over where a cheap, SOUND test over the
sheet proves it can change nothing (each gate's docstring says why). Under ``XLPROC_SHADOW=1``
each gated step ALSO runs in full where its gate passed it over (``xlproc.shadow``).
"""

from __future__ import annotations


def seq_left_blank(rows: list[list[str]], start: int, sc: int) -> bool:
    """Whether some row from ``start`` on leaves its 序号 cell (column ``sc``) blank but holds
    something else: the only rows a PDF's lines-as-rows rules join to the record above (a row
    whose 序号 is written opens a record; a blank row is passed over)."""
    for row in rows[start:]:
        v = row[sc] if sc < len(row) else ""
        if (not v or v.isspace()) and any(row) and "".join(row).strip():
            return True
    return False
