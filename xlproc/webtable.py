"""Workbooks that are not workbooks: a web page (HTML) or an Excel 2003 XML spreadsheet saved
under a workbook's name, as the 导出 Excel button of many an office system writes them
(``人员名单.xls`` that is ``<html>…<table>``, or ``<?xml …?><Workbook xmlns="urn:schemas-
microsoft-com:office:spreadsheet">``). Excel and WPS open both without a word, so a department
sends them as they are; they are read as Excel shows them, not sent back.

A web page is one sheet: its tables one under another in the page's order, each cell where
its row and column spans put it (a span is a merged range), and each line of text outside the
tables (the title, ``填报单位：…``, ``审核人：``) a row of its own in the first column. ``<br>``
and the end of a paragraph inside a cell are line breaks in it; scripts, styles and the page's
head are not text. An XML spreadsheet is read sheet by sheet, its ``ss:Index`` skips and
``ss:MergeAcross``/``ss:MergeDown`` ranges as Excel reads them. Pure: bytes in, rows out.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

Rows = list[list[str]]
Merges = list[tuple[int, int, int, int]]

_SPACES = re.compile(r"[ \t\r\n\f\v\xa0]+")  # (a browser's white space and &nbsp;; U+3000 is text)
_BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "table", "caption",
           "center", "blockquote", "pre", "ul", "ol", "dl", "dt", "dd", "hr", "form"}  # fmt: skip
_HIDDEN = {"script", "style", "head", "title", "xml", "noscript", "template"}
_BREAK = "\x00"  # a line break the page asks for (<br>, a paragraph's end), not its source's
_SPAN_MAX = 1000  # a span past this is a broken page's, not a table's
_SPANNED_MAX = 2_000_000  # cells all spans of a page may cover (a sheet's cells, at most)
_ROWS, _COLS = 1 << 20, 1 << 14  # Excel's sheet: an ss:Index past it is no cell


def _span(value: str | None) -> int:
    m = re.match(r"\s*(\d+)", value or "")
    return min(max(int(m.group(1)), 1), _SPAN_MAX) if m else 1


class _Page(HTMLParser):
    """The cells of a page's tables and its lines of text, in the order Excel lays them out."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: Rows = []
        self.merges: Merges = []
        self.tables = 0
        self._hidden = 0  # depth inside <script>, <style>, <head> …
        self._depth = 0  # depth of <table> (a table inside a cell is that cell's text)
        self._line: list[str] = []  # text outside any table, up to the next block's end
        self._cell: list[str] | None = None  # the open cell's text
        self._cell_at: tuple[int, int, int, int] = (0, 0, 1, 1)  # row, col, rowspan, colspan
        self._row: int | None = None  # the open table row's index in ``rows``
        self._next = 0  # the index in ``rows`` of the table's next row
        self._merged = 0  # the table's first merged range in ``merges``
        self._col = 0
        self._taken: set[tuple[int, int]] = set()  # cells covered by spans of rows above
        self._budget = _SPANNED_MAX  # cells spans may still cover

    # --- text ------------------------------------------------------------------------
    def handle_data(self, data: str) -> None:
        if self._hidden:
            return
        if self._cell is not None:
            self._cell.append(data)
        elif self._depth == 0:
            self._line.append(data)

    def _break(self) -> None:
        if self._cell is not None:
            self._cell.append(_BREAK)
        elif self._depth == 0:
            self._flush_line()

    def _flush_line(self) -> None:
        text = _SPACES.sub(" ", "".join(self._line)).strip()
        self._line = []
        if text:
            self.rows.append([text])

    # --- tags ------------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self._hidden += 1
            return
        if self._hidden:
            return
        if tag == "br":
            self._break()
        elif tag == "table":
            if self._depth == 0:
                self._flush_line()
                self.tables += 1
                self._taken = set()
                self._next = len(self.rows)
                self._merged = len(self.merges)
            elif self._cell is not None:
                self._cell.append(_BREAK)
            self._depth += 1
        elif self._depth != 1:
            if tag in _BLOCKS:
                self._break()
            elif tag in ("td", "th") and self._cell is not None:
                self._cell.append(" ")  # (a table inside a cell: its cells apart)
        elif tag == "tr":
            self._end_cell()
            self._new_row()
        elif tag in ("td", "th"):
            self._end_cell()
            if self._row is None:  # (a cell before any <tr>: a row of its own)
                self.handle_starttag("tr", [])
            a = dict(attrs)
            while (self._row, self._col) in self._taken:
                self._col += 1
            self._cell = []
            down, across = _span(a.get("rowspan")), _span(a.get("colspan"))
            if down * across > self._budget:  # (a page of huge spans: cells as written)
                down = across = 1
            self._budget -= down * across
            self._cell_at = (self._row, self._col, down, across)
            self._col += self._cell_at[3]
        elif tag == "caption":  # (a row of its own, in the first column)
            self._end_cell()
            self._new_row()
            self._cell = []
            self._cell_at = (self._row, 0, 1, 1)
        elif tag in _BLOCKS and self._cell is not None:
            self._break()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br" and not self._hidden:
            self._break()
        elif tag not in _HIDDEN:
            self.handle_starttag(tag, attrs)
            if tag in ("td", "th"):
                self._end_cell()

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self._hidden = max(self._hidden - 1, 0)
            return
        if self._hidden:
            return
        if tag == "table" and self._depth:
            self._depth -= 1
            if self._depth == 0:
                self._end_cell()
                self._row = None
                del self.rows[self._next :]  # (a span reaching past the last row: no row)
                last = self._next - 1
                self.merges[self._merged :] = [
                    (r0, c0, min(r1, last), c1)
                    for r0, c0, r1, c1 in self.merges[self._merged :]
                    if (r0, c0) != (min(r1, last), c1)
                ]
            elif self._cell is not None:
                self._cell.append(_BREAK)
        elif self._depth == 1 and tag in ("td", "th", "caption"):
            self._end_cell()
        elif self._depth == 1 and tag == "tr":
            self._end_cell()
            self._row = None
        elif tag in _BLOCKS:
            self._break()

    def _new_row(self) -> None:
        self._row = self._next
        self._next += 1
        while len(self.rows) <= self._row:  # (rows a span above reached are there already)
            self.rows.append([])
        self._col = 0

    def _end_cell(self) -> None:
        if self._cell is None:
            return
        r, c, down, across = self._cell_at
        lines = (_SPACES.sub(" ", ln).strip() for ln in "".join(self._cell).split(_BREAK))
        text = "\n".join(ln for ln in lines if ln)
        self._cell = None
        while len(self.rows) < r + down:
            self.rows.append([])
        row = self.rows[r]
        if len(row) <= c:
            row.extend([""] * (c + 1 - len(row)))
        row[c] = text
        if down > 1 or across > 1:
            self.merges.append((r, c, r + down - 1, c + across - 1))
            for rr in range(r, r + down):
                for cc in range(c, c + across):
                    if rr > r:
                        self._taken.add((rr, cc))

    def close(self) -> None:
        super().close()
        self._end_cell()
        self._flush_line()


def page_rows(text: str) -> tuple[Rows, Merges] | None:
    """A web page's one sheet (rows, merged ranges), or None when it holds no table (a message
    saved as a page is no table)."""
    page = _Page()
    page.feed(text)
    page.close()
    if not page.tables:
        return None
    return page.rows, page.merges


_SS = "{urn:schemas-microsoft-com:office:spreadsheet}"
_XL = "{urn:schemas-microsoft-com:office:excel}"


def is_xml_spreadsheet(head: bytes) -> bool:
    """Whether a file's first bytes are an Excel 2003 XML spreadsheet's ('XML 电子表格 2003')."""
    low = head[:4096].lower()
    return b"<workbook" in low and b"urn:schemas-microsoft-com:office:spreadsheet" in low


def xml_sheets(data: bytes) -> list[tuple[str, Rows, Merges, bool]] | None:
    """Each worksheet of an XML spreadsheet as (name, rows, merged ranges, hidden), or None
    when the XML is not well formed."""
    try:
        root = ET.fromstring(data)
    except ValueError:  # (expat reads no GB2312 or GBK: 'multi-byte encodings are not supported')
        try:
            text = data.decode(_declared(data) or "gb18030")
            root = ET.fromstring(_DECLARATION.sub("", text, count=1))
        except (LookupError, UnicodeDecodeError, ValueError, ET.ParseError):
            return None
    except ET.ParseError:
        return None
    out = []
    for k, ws in enumerate(root.iter(f"{_SS}Worksheet")):
        name = ws.get(f"{_SS}Name") or f"Sheet{k + 1}"
        rows: Rows = []
        merges: Merges = []
        table = ws.find(f"{_SS}Table")
        r = -1
        for row in table.iter(f"{_SS}Row") if table is not None else ():
            r = _index(row, r)
            if r >= _ROWS:
                break
            while len(rows) <= r:
                rows.append([])
            c = -1
            for cell in row.iter(f"{_SS}Cell"):
                c = _index(cell, c)
                if c >= _COLS:
                    break
                data_el = cell.find(f"{_SS}Data")
                text = "" if data_el is None else "".join(data_el.itertext())
                text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
                across = _span_attr(cell, "MergeAcross")
                down = _span_attr(cell, "MergeDown")
                cells = rows[r]
                if len(cells) <= c:
                    cells.extend([""] * (c + 1 - len(cells)))
                cells[c] = text
                if across or down:
                    merges.append((r, c, r + down, c + across))
                c += across
        options = ws.find(f"{_XL}WorksheetOptions")
        shown = options.findtext(f"{_XL}Visible") if options is not None else None
        out.append((name, rows, merges, shown in ("SheetHidden", "SheetVeryHidden")))
    return out


_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_ENCODING = re.compile(rb"^\s*<\?xml[^>]*encoding=[\"']([\w.-]+)[\"']")


def _declared(data: bytes) -> str | None:
    """The encoding an XML declaration names ('gb2312'), read as GB18030 for the GB family."""
    m = _ENCODING.match(data)
    if not m:
        return None
    name = m.group(1).decode("ascii").lower()
    return "gb18030" if name in ("gb2312", "gbk", "gb18030", "cp936") else name


def _index(el: ET.Element, last: int) -> int:
    """The 0-based position of a Row or Cell: its ``ss:Index`` (1-based) or the one after."""
    got = el.get(f"{_SS}Index")
    if got and got.isascii() and got.isdigit() and int(got) > last + 1:
        return int(got) - 1
    return last + 1


def _span_attr(el: ET.Element, name: str) -> int:
    got = el.get(f"{_SS}{name}")
    return min(int(got), _SPAN_MAX) if got and got.isascii() and got.isdigit() else 0
