"""Cells that carry an export's undecoded ``_xHHHH_`` escapes, read as the text they stand for.

An .xlsx keeps a character its XML cannot hold as ``_xHHHH_`` (OOXML ST_Xstring): a carriage
return as ``_x000D_``, a line feed as ``_x000A_``, a tab as ``_x0009_``, and a literal
``_xHHHH_`` as ``_x005F_xHHHH_``. A tax or OA system's export that escapes its text twice leaves
the escapes in the cells as literal text (``一级_x000D_``, ``1.…；_x000D_⏎2.…_x000D_``), and a
re-saved .xls, .ods or .csv keeps them as written. Such a cell is read as the text they stand
for: ``_x000D_`` before a line break (or ``_x000A_``) as that one break, alone as a break, and
nothing at the cell's end; ``_x000A_`` a break; ``_x0009_`` a space; other control characters
dropped; printable ones decoded; ``_x005F_xHHHH_`` the literal text ``_xHHHH_``.

Only a complete escape — ``_x``, four hex digits, ``_`` — is one: text that merely contains
``_x`` (``max_x``, ``文件_x1``, ``_x12_``) stays as written.
"""

from __future__ import annotations

import re

from xlproc.text import LazyRe

# an escape; an escaped carriage return takes the line break that follows it along
_ESCAPE = LazyRe(r"_x([0-9A-Fa-f]{4})_(?:(?<=_x000[dD]_)(?:\r\n|\n|\r|_x000[aA]_))?")
_LINE_END = LazyRe(r"[ \t\u3000]+\n")


def _char(m: re.Match) -> str:
    code = int(m.group(1), 16)
    if code in (0x0A, 0x0D):
        return "\n"
    if code == 0x09:
        return " "
    if code < 0x20 or 0x7F <= code < 0xA0 or 0xD800 <= code < 0xE000 or code in (0xFFFE, 0xFFFF):
        return ""
    return chr(code)


def has_escape(text: str) -> bool:
    """True when the text holds an ``_xHHHH_`` escape (the cheap test first)."""
    return "_x" in text and _ESCAPE.search(text) is not None


def escaped_text(text: str) -> str:
    """The text the escapes stand for, the cell's ends and the spaces before a break trimmed."""
    return _LINE_END.sub("\n", _ESCAPE.sub(_char, text)).strip()
