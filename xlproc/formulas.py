"""Formula cells an .xlsx holds without their results, worked out as Excel would show them.

A system exporting with Apache POI (or openpyxl) may write ``<c r="J4"><f>IF(I4>=15,"高",…)</f></c>``
with no ``<v>``: Excel and WPS work it out on opening, a reader of stored values sees a blank.
Here a small evaluator of our own (no ``eval``, no dependency) works such cells out — numbers,
strings, references within the workbook, the arithmetic, text and comparison operators and a
few common functions — and writes the results into the grid as if the file had stored them.
A formula it cannot work out stays blank and is reported. A cell with a stored result is never
touched (the stored value wins), and staff text is never taken for a formula: only ``<f>``
elements are read.

Cheap for files without the shape: the sheet's XML is inflated only where the grid shows a sign
(a column headed in a table whose rows all leave it blank), and searched as bytes first.
"""

from __future__ import annotations

import html
import math
import re
import zipfile
from collections import deque
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from xlproc.issues import Issue, make_issue
from xlproc.text import cell_ref, cell_text, col_index
from xlproc.workbook import package

_XLSX = (".xlsx", ".xlsm")
_SCAN_ROWS = 240  # rows looked at for the sign
_MAX_RANGE = 200_000  # cells of one range worked through
_MAX_FORMULAS = 50_000  # formula cells of one sheet worked out
_BUDGET = 2_000_000  # cells of ranges gone through for one file (=SUM($A$1:A5) filled down …)

# a formula element closed with no stored value after it (or an empty one)
_UNCACHED = re.compile(
    rb"(?:</(?:\w+:)?f>|<(?:\w+:)?f\b[^>]*/>)\s*(?:</(?:\w+:)?c>|<(?:\w+:)?v\s*/>|<(?:\w+:)?v>\s*</)"
)
_TAG = re.compile(r'<(/?)(?:\w+:)?(row|c|f|v|is|t)\b((?:[^>"]|"[^"]*")*?)(/?)>')
_ATTR = re.compile(r'\b([\w:]+)="([^"]*)"')
_REF = re.compile(r"\$?([A-Za-z]{1,3})\$?(\d+)")


class Unsupported(Exception):
    """A formula (or a cell it needs) that this evaluator cannot work out."""


class Err(str):
    """An Excel error value ('#DIV/0!'), carried through the arithmetic as Excel does."""


DIV0, VALUE, NA, REF, NUM = Err("#DIV/0!"), Err("#VALUE!"), Err("#N/A"), Err("#REF!"), Err("#NUM!")


# --------------------------------------------------------------------------- the sign


# the headings of columns a formula may fill: a level or type from a score, the score, a 序号
_COMPUTED_HEAD = re.compile(
    r"等级|级别|类别|类型|分值|分数|得分|评分|风险值|[分值]$|序号|编号|合计|总计|小计"
)


def shows_sign(rows: list[list[str]], merged: dict | None = None) -> bool:
    """Whether a grid looks as if cells were missing their values: in the first rows, the
    table rows (as full as half the widest row, at least two cells) after the first leave
    blank, in a column the first (the heading) names, every cell or one cell not under a merge
    beside others of the column filled (a system appending rows without results). Most sheets
    cost a few slices."""
    head = rows[:_SCAN_ROWS]
    if len(head) < 3:
        return False
    counts = [len(row) - row.count("") for row in head]
    need = max(2, max(counts) // 2)
    at = [r for r, n in enumerate(counts) if n >= need]
    if len(at) < 3:
        return False
    heading, body = head[at[0]], at[1:]
    merged = merged or {}
    for c, name in enumerate(heading):
        if not name or not _COMPUTED_HEAD.search(name):
            continue  # (a column a formula may fill: a level, a score, a 序号; not a 备注)
        blank = [r for r in body if c >= len(head[r]) or not head[r][c]]
        if len(blank) == len(body):
            return True
        if not blank or all((r, c) in merged for r in blank):
            continue
        # a few cells left blank in a column of short values a formula may give (a level, a
        # score, a 序号), not in one of texts (a 备注 here and there)
        if all(len(head[r][c]) <= 6 for r in body if r not in blank and c < len(head[r])):
            return True
    return False


def work_out(grids: list, path: Path, rel: str, data: bytes | None = None) -> list[Issue]:
    """Fill in the results of the formula cells an .xlsx stores without them, on the sheets
    whose grid shows the sign; returns the issues saying so (none for most files)."""
    if path.suffix.lower() not in _XLSX:
        return []
    signed = [g for g in grids if g.rows and not g.refused and shows_sign(g.rows, g.merged_into)]
    if not signed:
        return []
    try:
        with package(path if data is None else data) as zf:
            return _work_out(zf, grids, signed, rel)
    except Exception:  # a damaged package: the cells were read as stored
        return []


def _work_out(zf: zipfile.ZipFile, grids: list, signed: list, rel: str) -> list[Issue]:
    from xlproc.workbook import sheet_parts

    parts = sheet_parts(zf)
    book = _Book(zf, parts, {g.name: g for g in grids})
    todo = []
    for g in signed:
        part = parts.get(g.name)
        if not part:
            continue
        raw = zf.read(part)
        if b"<f" not in raw or not _UNCACHED.search(raw):
            continue
        sheet = book.sheet(g.name, raw)
        if sheet.uncached:
            todo.append((g, sheet))
    if not todo:
        return []
    issues, done = [], 0
    for g, sheet in todo:
        failed: list[tuple[int, int]] = []
        again: list[tuple[int, int]] = []  # in a chain running down the sheet (=A6+1 in A5 …)
        queue = deque(sorted(sheet.uncached)[:_MAX_FORMULAS])
        while queue:
            r, c = queue.pop() if again else queue.popleft()  # a chain: from the sheet's end
            try:
                value = book.value(g.name, r, c)
            except RecursionError:
                again.append((r, c))
                continue
            except Exception:  # Unsupported, a cycle …: the cell stays as read
                failed.append((r, c))
                continue
            done += _put(g.rows, r, c, value)
        for r, c in again:  # (the chains below them now worked out)
            try:
                done += _put(g.rows, r, c, book.value(g.name, r, c))
            except Exception:
                failed.append((r, c))
        failed.sort()
        if failed:
            r, c = failed[0]
            formula = sheet.formula_text(r, c)
            issues.append(
                make_issue(
                    "FORMULA_NOT_COMPUTED", rel, g.name, cell_ref(r, c),
                    value=f"={formula}" if len(formula) <= 60 else f"={formula[:57]}…",
                    count=str(len(failed)),
                )
            )  # fmt: skip
    if done:
        names = "、".join(f"工作表“{g.name}”" for g, _s in todo)
        issues.insert(0, make_issue("FORMULAS_COMPUTED", rel, value=str(done), sheets=names))
    return issues


def _put(rows: list[list[str]], r: int, c: int, value) -> int:
    """One result into the grid, its rows and columns grown as a stored value would have;
    1 if it was worked out (an error, which Excel shows as '#N/A', gives nothing to read)."""
    if isinstance(value, Err):
        return 0
    text = _shown(value)
    if not text:
        return 1
    width = max(len(rows[0]) if rows else 0, c + 1)
    while len(rows) <= r:
        rows.append([""] * width)
    if c >= len(rows[r]):
        for row in rows:
            row.extend([""] * (width - len(row)))
    if not rows[r][c]:
        rows[r][c] = text
    return 1


def _shown(value) -> str:
    """A result as the grid holds a stored value of its kind (calamine's, then ``cell_text``)."""
    if isinstance(value, bool):
        return cell_text(value)
    if isinstance(value, float):
        return cell_text(float(f"{value:.15g}"))
    return "" if value is None else cell_text(value)


# --------------------------------------------------------------------------- the sheets' cells


class _Sheet:
    """One sheet's cells as the file stores them: values by type, formulas by text."""

    def __init__(self, xml: str, grid) -> None:
        self.values: dict[tuple[int, int], object] = {}
        self.formulas: dict[tuple[int, int], tuple[str, int, int]] = {}  # text, its own cell
        self.uncached: set[tuple[int, int]] = set()
        self.last_row = 0
        self.grid = grid
        self._read(xml)

    def formula_text(self, r: int, c: int) -> str:
        text, r0, c0 = self.formulas[(r, c)]
        return text if (r0, c0) == (r, c) else _shift(text, r - r0, c - c0)

    def _read(self, xml: str) -> None:
        shared: dict[str, tuple[str, int, int]] = {}
        row, col = 0, -1
        cell = None  # [r, c, type, formula attrs, formula text, value, has value]
        inside = ""
        pos = 0
        for m in _TAG.finditer(xml):
            close, tag, attrs, empty = m.group(1), m.group(2), m.group(3), m.group(4)
            if inside and cell is not None:
                text = xml[pos : m.start()]
                if inside == "f":
                    cell[4] += text
                elif inside == "v":
                    cell[5] += text
            if close:
                if tag in ("f", "v") and inside == tag:
                    inside = ""
                elif tag == "c" and cell is not None:
                    self._cell(cell, shared)
                    cell = None
                pos = m.end()
                continue
            a = dict(_ATTR.findall(attrs)) if attrs else {}
            if tag == "row":
                row = int(a["r"]) - 1 if "r" in a else row + 1
                col = -1
            elif tag == "c":
                ref = _REF.fullmatch(a.get("r", ""))
                if ref:
                    row, col = int(ref.group(2)) - 1, col_index(ref.group(1).upper())
                else:
                    col += 1
                cell = [row, col, a.get("t", "n"), None, "", "", False]
                if empty:
                    cell = None
            elif cell is not None and tag == "f":
                cell[3] = a
                inside = "" if empty else "f"
            elif cell is not None and tag == "v":
                cell[6] = True
                inside = "" if empty else "v"
            elif cell is not None and tag == "is":
                cell[6] = True
            pos = m.end()
        self.last_row = max((r for r, _c in self.values), default=0)
        self.last_row = max([self.last_row, *(r for r, _c in self.formulas)])

    def _cell(self, cell: list, shared: dict[str, tuple[str, int, int]]) -> None:
        r, c, kind, fattrs, ftext, vtext, has_v = cell
        vtext = html.unescape(vtext)
        if fattrs is not None:
            ftext = html.unescape(ftext).strip()
            si, ftype = fattrs.get("si"), fattrs.get("t", "normal")
            if ftype == "shared" and si is not None:
                if ftext:
                    shared[si] = (ftext, r, c)
                elif si in shared:
                    ftext, r0, c0 = shared[si]
                    self.formulas[(r, c)] = (ftext, r0, c0)
                    ftext = ""
            if ftype == "array" and fattrs.get("ref", "").upper() not in ("", cell_ref(r, c)):
                ftext = ""  # an array over several cells: not worked out here
            if ftext and ftype in ("normal", "shared", "array"):
                self.formulas[(r, c)] = (ftext, r, c)
            stored = has_v and (vtext != "" or kind in ("s", "str", "inlineStr"))
            if not stored:
                if (r, c) not in self.formulas:
                    self.formulas[(r, c)] = ("", r, c)  # (a formula we cannot read)
                self.uncached.add((r, c))
                return
        if not has_v:
            return
        if kind == "b":
            self.values[(r, c)] = vtext.strip() == "1"
        elif kind == "e":
            self.values[(r, c)] = Err(vtext.strip())
        elif kind in ("s", "str", "inlineStr", "d"):
            self.values[(r, c)] = self.grid.get(r, c) if self.grid is not None else vtext
        else:
            try:
                self.values[(r, c)] = float(vtext)
            except ValueError:
                self.values[(r, c)] = vtext


class _Book:
    """The workbook's sheets, read when a formula needs them, and the results worked out."""

    def __init__(self, zf: zipfile.ZipFile, parts: dict[str, str], grids: dict) -> None:
        self.zf, self.parts, self.grids = zf, parts, grids
        self.sheets: dict[str, _Sheet] = {}
        self.results: dict[tuple[str, int, int], object] = {}
        self.busy: set[tuple[str, int, int]] = set()
        self.parsed: dict[str, object] = {}
        self.budget = _BUDGET

    def key(self, name: str) -> str:
        """The sheet's own name for a name in a formula (Excel's are case-blind)."""
        if name in self.parts:
            return name
        key = next((k for k in self.parts if k.lower() == name.lower()), None)
        if key is None:
            raise Unsupported(name)
        return key

    def sheet(self, name: str, raw: bytes | None = None) -> _Sheet:
        key = self.key(name)
        if key not in self.sheets:
            data = raw if raw is not None else self.zf.read(self.parts[key])
            self.sheets[key] = _Sheet(data.decode("utf-8", "replace"), self.grids.get(key))
        return self.sheets[key]

    def value(self, name: str, r: int, c: int):
        """A cell's value: stored, or its formula worked out (cycles and failures raise)."""
        name = self.key(name)
        sheet = self.sheet(name)
        if (r, c) not in sheet.uncached:
            return sheet.values.get((r, c))
        key = (name, r, c)
        if key in self.results:
            got = self.results[key]
            if isinstance(got, Unsupported):
                raise got
            return got
        if key in self.busy:
            raise Unsupported("cycle")
        self.busy.add(key)
        try:
            text = sheet.formula_text(r, c)
            if not text:
                raise Unsupported("unreadable")
            tree = self.parsed.get(text)
            if tree is None:
                tree = self.parsed[text] = _Parser(text).parse()
            got = _Eval(self, name, r, c).scalar(tree)
        except Unsupported as e:
            self.results[key] = e
            raise
        except (ValueError, OverflowError, IndexError, ZeroDivisionError) as e:
            self.results[key] = Unsupported(str(e))
            raise self.results[key] from e
        finally:
            self.busy.discard(key)
        self.results[key] = got
        return got


# --------------------------------------------------------------------------- parsing

_TOKEN = re.compile(
    r"""\s*(?:
    (?P<str>"(?:[^"]|"")*")
    |(?P<err>\#(?:N/A|DIV/0!|VALUE!|REF!|NAME\?|NUM!|NULL!))
    |(?P<ref>(?:(?:'(?:[^']|'')+'|[^\s'!:(),+\-*/^&=<>"{}\[\]]+)!)?
        (?:\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3})
        (?![\w(.]))
    |(?P<func>[A-Za-z_][\w.]*)\s*\(
    |(?P<num>(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)
    |(?P<bool>TRUE|FALSE)(?![\w(])
    |(?P<op><>|<=|>=|[-+*/^&=<>%(),:])
    |(?P<name>[^\s()"]+)
    )""",
    re.X | re.I,
)
_PREFIXES = ("_xlfn._xlws.", "_xlfn.", "_xlws.")


def _shift(text: str, dr: int, dc: int) -> str:
    """A shared formula's text for a cell ``dr`` rows and ``dc`` columns from its first cell:
    its relative references moved, its absolute ones ($A$1) kept."""
    from xlproc.text import col_letter

    def move(m: re.Match) -> str:
        whole = m.group(0)
        if m.group("ref") is None:
            return whole

        def one(p: re.Match) -> str:
            cd, letters, rd, digits = p.groups()
            c = col_index(letters.upper()) + (0 if cd else dc)
            r = int(digits) + (0 if rd else dr) if digits else None
            if c < 0 or (r is not None and r < 1):
                raise Unsupported("shared formula off the sheet")
            return f"{cd}{col_letter(c)}{rd}{r if r is not None else ''}"

        ref = m.group("ref")
        sheet, bang, cells = ref.rpartition("!")
        moved = re.sub(r"(\$?)([A-Za-z]{1,3})(\$?)(\d*)", one, cells)
        return whole.replace(ref, f"{sheet}{bang}{moved}")

    return _TOKEN.sub(move, text)


class _Parser:
    """A formula's text as a tree of tuples, by precedence climbing (Excel's order: comparison,
    ``&``, ``+ -``, ``* /``, ``^``, unary minus, ``%``)."""

    def __init__(self, text: str) -> None:
        self.tokens: list[tuple[str, str]] = []
        pos, text = 0, text.strip()
        if text.startswith("="):
            text = text[1:]
        while pos < len(text):
            m = _TOKEN.match(text, pos)
            if not m or m.end() == pos:
                if text[pos:].strip() == "":
                    break
                raise Unsupported(text[pos:])
            kind = m.lastgroup
            assert kind is not None
            self.tokens.append((kind, m.group(kind)))
            pos = m.end()
        self.i = 0

    def peek(self) -> tuple[str, str]:
        return self.tokens[self.i] if self.i < len(self.tokens) else ("end", "")

    def take(self) -> tuple[str, str]:
        tok = self.peek()
        self.i += 1
        return tok

    def parse(self):
        tree = self.compare()
        if self.peek()[0] != "end":
            raise Unsupported(self.peek()[1])
        return tree

    def binary(self, ops: tuple[str, ...], lower):
        left = lower()
        while self.peek()[0] == "op" and self.peek()[1] in ops:
            op = self.take()[1]
            left = ("op", op, left, lower())
        return left

    def compare(self):
        return self.binary(("=", "<>", "<", ">", "<=", ">="), self.concat)

    def concat(self):
        return self.binary(("&",), self.additive)

    def additive(self):
        return self.binary(("+", "-"), self.term)

    def term(self):
        return self.binary(("*", "/"), self.power)

    def power(self):
        return self.binary(("^",), self.unary)

    def unary(self):
        if self.peek() in (("op", "-"), ("op", "+")):
            op = self.take()[1]
            inner = self.unary()
            return ("neg", inner) if op == "-" else ("pos", inner)
        return self.percent()

    def percent(self):
        tree = self.atom()
        while self.peek() == ("op", "%"):
            self.take()
            tree = ("op", "/", tree, ("num", 100.0))
        return tree

    def atom(self):
        kind, text = self.take()
        if kind == "num":
            return ("num", float(text))
        if kind == "str":
            return ("str", text[1:-1].replace('""', '"'))
        if kind == "bool":
            return ("bool", text.upper() == "TRUE")
        if kind == "err":
            return ("err", Err(text.upper()))
        if kind == "ref":
            return ("ref", *_parse_ref(text))
        if kind == "func":
            name = text.upper()
            for p in _PREFIXES:
                name = name.removeprefix(p.upper())
            args = []
            if self.peek() == ("op", ")"):
                self.take()
                return ("call", name, args)
            while True:
                if self.peek() in (("op", ","), ("op", ")")):
                    args.append(("blank",))  # an argument left out: IF(A1,,"x")
                else:
                    args.append(self.compare())
                kind, text = self.take()
                if (kind, text) == ("op", ")"):
                    return ("call", name, args)
                if (kind, text) != ("op", ","):
                    raise Unsupported(text)
        if (kind, text) == ("op", "("):
            inner = self.compare()
            if self.take() != ("op", ")"):
                raise Unsupported("(")
            return inner
        raise Unsupported(text or "end")  # a defined name, an array constant, a table reference


def _parse_ref(text: str) -> tuple[str | None, int, int, int, int]:
    """'Sheet1!$A$1:B3' → (sheet, r0, c0, r1, c1), 0-based; a whole column runs to row -1."""
    sheet, _, cells = text.rpartition("!")
    name = None
    if sheet:
        name = sheet[1:-1].replace("''", "'") if sheet.startswith("'") else sheet
    first, _, last = cells.replace("$", "").partition(":")
    last = last or first

    def split(ref: str) -> tuple[int, int]:
        m = re.fullmatch(r"([A-Za-z]{1,3})(\d*)", ref)
        if not m:
            raise Unsupported(ref)
        return (int(m.group(2)) - 1 if m.group(2) else -1), col_index(m.group(1).upper())

    (r0, c0), (r1, c1) = split(first), split(last)
    if (r0 < 0) != (r1 < 0):
        raise Unsupported(text)
    return name, min(r0, r1), min(c0, c1), max(r0, r1), max(c0, c1)


# --------------------------------------------------------------------------- evaluating


class _Range:
    """A range's cells, row by row, read through the workbook when asked."""

    def __init__(self, book: _Book, sheet: str, r0: int, c0: int, r1: int, c1: int) -> None:
        if r0 < 0:  # a whole column: as far as the sheet has cells
            r0, r1 = 0, book.sheet(sheet).last_row
        size = (r1 - r0 + 1) * (c1 - c0 + 1)
        book.budget -= size
        if size > _MAX_RANGE or book.budget < 0:
            raise Unsupported("range too large")
        self.book, self.sheet, self.r0, self.c0, self.r1, self.c1 = book, sheet, r0, c0, r1, c1

    @property
    def shape(self) -> tuple[int, int]:
        return self.r1 - self.r0 + 1, self.c1 - self.c0 + 1

    def at(self, i: int, j: int):
        return self.book.value(self.sheet, self.r0 + i, self.c0 + j)

    def cells(self):
        book = self.book
        key = book.key(self.sheet)
        sheet = book.sheet(key)
        stored, uncached = sheet.values, sheet.uncached
        for r in range(self.r0, self.r1 + 1):
            for c in range(self.c0, self.c1 + 1):
                if (r, c) in uncached:
                    yield book.value(key, r, c)
                else:
                    yield stored.get((r, c))


def _num(v) -> float:
    """Excel's coercion to a number (raises the error it gives)."""
    if isinstance(v, Err):
        raise _Raise(v)
    if v is None:
        return 0.0
    if isinstance(v, bool):
        return 1.0 if v else 0.0
    if isinstance(v, float):
        return v
    text = str(v).strip()
    try:
        return float(text.rstrip("%")) / 100 if text.endswith("%") else float(text)
    except ValueError:
        raise _Raise(VALUE) from None


def _text(v) -> str:
    if isinstance(v, Err):
        raise _Raise(v)
    if v is None:
        return ""
    if isinstance(v, bool):
        return "TRUE" if v else "FALSE"
    if isinstance(v, float):
        return cell_text(float(f"{v:.15g}"))
    return str(v)


def _bool(v) -> bool:
    if isinstance(v, Err):
        raise _Raise(v)
    if v is None:
        return False
    if isinstance(v, bool):
        return v
    if isinstance(v, float):
        return v != 0
    up = str(v).strip().upper()
    if up in ("TRUE", "FALSE"):
        return up == "TRUE"
    raise _Raise(VALUE)


def _order(v) -> tuple[int, object]:
    """Excel's ordering of kinds for comparisons: numbers < text < booleans."""
    if isinstance(v, bool):
        return 2, v
    if isinstance(v, float):
        return 0, v
    return 1, str(v).lower()


def _compare(op: str, a, b) -> bool:
    if a is None:
        a = "" if isinstance(b, str) else False if isinstance(b, bool) else 0.0
    if b is None:
        b = "" if isinstance(a, str) else False if isinstance(a, bool) else 0.0
    x, y = _order(a), _order(b)
    return {
        "=": x == y, "<>": x != y, "<": x < y, ">": x > y, "<=": x <= y, ">=": x >= y,
    }[op]  # fmt: skip


class _Raise(Exception):
    """An Excel error raised through the evaluation, caught where a function handles it."""

    def __init__(self, err: Err) -> None:
        super().__init__(err)
        self.err = err


def _round(x: float, digits: float, how=ROUND_HALF_UP) -> float:
    q = Decimal(1).scaleb(-int(digits))
    return float(Decimal(repr(x)).quantize(q, rounding=how))


class _Eval:
    """Works one cell's tree out; ``scalar`` gives its value (an error as ``Err``)."""

    def __init__(self, book: _Book, sheet: str, r: int, c: int) -> None:
        self.book, self.sheet, self.r, self.c = book, sheet, r, c

    def scalar(self, tree):
        try:
            v = self.ev(tree)
        except _Raise as e:
            return e.err
        if isinstance(v, _Range):
            if v.shape == (1, 1):
                return v.at(0, 0)
            raise Unsupported("a range as a result")
        return v

    def val(self, tree):
        """An argument as one value: a one-cell range is its cell, a range in a row or column
        the cell on this cell's row or column (Excel's implicit intersection)."""
        v = self.ev(tree)
        if isinstance(v, _Range):
            rows, cols = v.shape
            if (rows, cols) == (1, 1):
                v = v.at(0, 0)
            elif cols == 1 and v.r0 <= self.r <= v.r1:
                v = v.at(self.r - v.r0, 0)
            elif rows == 1 and v.c0 <= self.c <= v.c1:
                v = v.at(0, self.c - v.c0)
            else:
                raise _Raise(VALUE)
        if isinstance(v, Err):
            raise _Raise(v)
        return v

    def ev(self, tree):
        kind = tree[0]
        if kind in ("num", "str", "bool"):
            return tree[1]
        if kind == "err":
            raise _Raise(tree[1])
        if kind == "blank":
            return None
        if kind == "ref":
            sheet, r0, c0, r1, c1 = tree[1:]
            return _Range(self.book, sheet or self.sheet, r0, c0, r1, c1)
        if kind == "neg":
            return -_num(self.val(tree[1]))
        if kind == "pos":
            return self.val(tree[1])
        if kind == "op":
            return self.op(tree[1], tree[2], tree[3])
        if kind == "call":
            fn = getattr(self, "fn_" + tree[1].replace(".", "_"), None)
            if fn is None:
                raise Unsupported(tree[1])
            return fn(tree[2])
        raise Unsupported(kind)

    def op(self, op: str, left, right):
        a, b = self.val(left), self.val(right)
        if op == "&":
            return _text(a) + _text(b)
        if op in ("=", "<>", "<", ">", "<=", ">="):
            return _compare(op, a, b)
        x, y = _num(a), _num(b)
        if op == "+":
            return x + y
        if op == "-":
            return x - y
        if op == "*":
            return x * y
        if op == "/":
            if y == 0:
                raise _Raise(DIV0)
            return x / y
        try:
            got = x**y
        except (ZeroDivisionError, OverflowError):
            raise _Raise(NUM) from None
        if isinstance(got, complex):
            raise _Raise(NUM)
        return float(got)

    # ----- helpers for the functions

    def values(self, args, count_text: bool = False):
        """The numbers of SUM's arguments: a range's numbers only, a literal coerced."""
        out = []
        for a in args:
            v = self.ev(a)
            if isinstance(v, _Range):
                for x in v.cells():
                    if isinstance(x, Err):
                        raise _Raise(x)
                    if isinstance(x, float) and not isinstance(x, bool):
                        out.append(x)
            elif isinstance(v, Err):
                raise _Raise(v)
            else:
                out.append(_num(v))
        return out

    def need(self, args, low: int, high: int) -> None:
        if not low <= len(args) <= high:
            raise Unsupported("arguments")

    # ----- the functions (fn_ + Excel's name)

    def fn_SUM(self, args):
        return float(math.fsum(self.values(args)))

    def fn_MAX(self, args):
        got = self.values(args)
        return max(got) if got else 0.0

    def fn_MIN(self, args):
        got = self.values(args)
        return min(got) if got else 0.0

    def fn_AVERAGE(self, args):
        got = self.values(args)
        if not got:
            raise _Raise(DIV0)
        return math.fsum(got) / len(got)

    def fn_COUNT(self, args):
        n = 0
        for a in args:
            v = self.ev(a)
            items = v.cells() if isinstance(v, _Range) else [v]
            n += sum(1 for x in items if isinstance(x, float) and not isinstance(x, bool))
        return float(n)

    def fn_COUNTA(self, args):
        n = 0
        for a in args:
            v = self.ev(a)
            items = v.cells() if isinstance(v, _Range) else [v]
            n += sum(1 for x in items if x is not None and x != "")
        return float(n)

    def fn_COUNTIF(self, args):
        self.need(args, 2, 2)
        rng, test = self.ev(args[0]), _criterion(self.val(args[1]))
        items = rng.cells() if isinstance(rng, _Range) else [rng]
        return float(sum(1 for x in items if test(x)))

    def fn_SUMIF(self, args):
        self.need(args, 2, 3)
        rng, test = self.ev(args[0]), _criterion(self.val(args[1]))
        add = self.ev(args[2]) if len(args) > 2 else rng
        keys = rng.cells() if isinstance(rng, _Range) else [rng]
        vals = add.cells() if isinstance(add, _Range) else [add]
        return float(
            math.fsum(
                v
                for k, v in zip(keys, vals, strict=False)
                if test(k) and isinstance(v, float) and not isinstance(v, bool)
            )
        )

    def fn_IF(self, args):
        self.need(args, 1, 3)
        if _bool(self.val(args[0])):
            return self.val(args[1]) if len(args) > 1 else True
        if len(args) > 2:
            return self.val(args[2])
        return False

    def fn_IFS(self, args):
        if not args or len(args) % 2:
            raise Unsupported("IFS")
        for test, then in zip(args[::2], args[1::2], strict=True):
            if _bool(self.val(test)):
                return self.val(then)
        raise _Raise(NA)

    def fn_AND(self, args):
        return all([_bool(x) for x in self._flat(args)])

    def fn_OR(self, args):
        return any([_bool(x) for x in self._flat(args)])

    def _flat(self, args):
        out = []
        for a in args:
            v = self.ev(a)
            if isinstance(v, _Range):
                out.extend(x for x in v.cells() if isinstance(x, (bool, float, Err)))
            else:
                out.append(v)
        if not out:
            raise _Raise(VALUE)
        return out

    def fn_NOT(self, args):
        self.need(args, 1, 1)
        return not _bool(self.val(args[0]))

    def fn_IFERROR(self, args):
        self.need(args, 2, 2)
        try:
            return self.val(args[0])
        except _Raise:
            return self.val(args[1])

    def fn_ISBLANK(self, args):
        self.need(args, 1, 1)
        v = self.ev(args[0])
        return (v.at(0, 0) if isinstance(v, _Range) else v) is None

    def _where(self, args, which: int) -> float:
        self.need(args, 0, 1)
        if not args:
            return float((self.r, self.c)[which] + 1)
        v = self.ev(args[0])
        if not isinstance(v, _Range):
            raise _Raise(VALUE)
        return float((v.r0, v.c0)[which] + 1)

    def fn_ROW(self, args):
        return self._where(args, 0)

    def fn_COLUMN(self, args):
        return self._where(args, 1)

    def fn_ROUND(self, args):
        self.need(args, 2, 2)
        return _round(_num(self.val(args[0])), _num(self.val(args[1])))

    def fn_INT(self, args):
        self.need(args, 1, 1)
        return float(math.floor(_num(self.val(args[0]))))

    def fn_ABS(self, args):
        self.need(args, 1, 1)
        return abs(_num(self.val(args[0])))

    def fn_LEN(self, args):
        self.need(args, 1, 1)
        return float(len(_text(self.val(args[0]))))

    def fn_LEFT(self, args):
        self.need(args, 1, 2)
        n = int(_num(self.val(args[1]))) if len(args) > 1 else 1
        if n < 0:
            raise _Raise(VALUE)
        return _text(self.val(args[0]))[:n]

    def fn_RIGHT(self, args):
        self.need(args, 1, 2)
        n = int(_num(self.val(args[1]))) if len(args) > 1 else 1
        if n < 0:
            raise _Raise(VALUE)
        text = _text(self.val(args[0]))
        return text[len(text) - n :] if n else ""

    def fn_MID(self, args):
        self.need(args, 3, 3)
        start, n = int(_num(self.val(args[1]))), int(_num(self.val(args[2])))
        if start < 1 or n < 0:
            raise _Raise(VALUE)
        return _text(self.val(args[0]))[start - 1 : start - 1 + n]

    def fn_TRIM(self, args):
        self.need(args, 1, 1)
        return " ".join(w for w in _text(self.val(args[0])).split(" ") if w)

    def fn_CONCATENATE(self, args):
        return "".join(_text(self.val(a)) for a in args)

    def fn_CONCAT(self, args):
        out = []
        for a in args:
            v = self.ev(a)
            out.extend(_text(x) for x in (v.cells() if isinstance(v, _Range) else [v]))
        return "".join(out)

    def fn_TEXT(self, args):
        """TEXT's simplest formats only ('0', '0.0…', '@', '#,##0'); others are not guessed."""
        self.need(args, 2, 2)
        v, fmt = self.val(args[0]), _text(self.val(args[1]))
        if fmt == "@":
            return _text(v)
        m = re.fullmatch(r"(#,##)?0(?:\.(0+))?", fmt)
        if not m:
            raise Unsupported(f"TEXT {fmt}")
        digits = len(m.group(2) or "")
        x = _round(_num(v), digits)
        return f"{x:,.{digits}f}" if m.group(1) else f"{x:.{digits}f}"

    def fn_VLOOKUP(self, args):
        self.need(args, 3, 4)
        key, table = self.val(args[0]), self.ev(args[1])
        col = int(_num(self.val(args[2])))
        exact = len(args) == 4 and not _bool(self.val(args[3]))
        if not isinstance(table, _Range):
            raise _Raise(VALUE)
        rows, cols = table.shape
        if not 1 <= col <= cols:
            raise _Raise(REF)
        found = self._match([table.at(i, 0) for i in range(rows)], key, exact)
        return table.at(found, col - 1)

    def fn_LOOKUP(self, args):
        self.need(args, 2, 3)
        key, where = self.val(args[0]), self.ev(args[1])
        if not isinstance(where, _Range):
            raise _Raise(VALUE)
        rows, cols = where.shape
        if len(args) == 2:  # the array form: search the first column (or row), give the last
            if rows >= cols:
                found = self._match([where.at(i, 0) for i in range(rows)], key, False)
                return where.at(found, cols - 1)
            found = self._match([where.at(0, j) for j in range(cols)], key, False)
            return where.at(rows - 1, found)
        result = self.ev(args[2])
        if not isinstance(result, _Range) or 1 not in where.shape or 1 not in result.shape:
            raise Unsupported("LOOKUP")
        keys = list(where.cells())
        found = self._match(keys, key, False)
        out = list(result.cells())
        if found >= len(out):
            raise _Raise(NA)
        return out[found]

    @staticmethod
    def _match(keys: list, key, exact: bool) -> int:
        """Where ``key`` stands among ``keys``: exactly (text case-blind), or, as Excel's
        approximate match over sorted keys, the last not greater of the same kind."""
        want = _order(key)
        if exact:
            for i, k in enumerate(keys):
                if k is not None and _order(k) == want:
                    return i
            raise _Raise(NA)
        last = -1
        for i, k in enumerate(keys):
            if k is None or isinstance(k, Err):
                continue
            got = _order(k)
            if got[0] != want[0]:
                continue
            if got > want:
                break
            last = i
        if last < 0:
            raise _Raise(NA)
        return last


_CRITERION = re.compile(r"^(<=|>=|<>|<|>|=)?(.*)$", re.S)


def _criterion(crit):
    """COUNTIF's and SUMIF's test of a cell: '一级' (equal, any case), '>=12', '<>无', 5."""
    if isinstance(crit, float) and not isinstance(crit, bool):
        return lambda x: isinstance(x, float) and not isinstance(x, bool) and x == crit
    m = _CRITERION.match(str(crit))
    op, rhs = (m.group(1) or "="), m.group(2)
    try:
        n = float(rhs)
    except ValueError:
        n = None
    if n is not None and op != "=" or (n is not None and rhs.strip()):
        ops = {"=": lambda a: a == n, "<>": lambda a: a != n, "<": lambda a: a < n,
               "<=": lambda a: a <= n, ">": lambda a: a > n, ">=": lambda a: a >= n}  # fmt: skip

        def numeric(x):
            return isinstance(x, float) and not isinstance(x, bool) and ops[op](x)

        return numeric
    word = rhs.lower()
    if op == "<>":
        return lambda x: str("" if x is None else x).lower() != word
    return lambda x: op == "=" and str("" if x is None else x).lower() == word
