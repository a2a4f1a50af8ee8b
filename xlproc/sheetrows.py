"""A table's data rows written straight into a worksheet's XML, from column lists.

xlsxwriter's per-cell API is the archive's hot path: storing a cell and serialising it cost
about 5 µs, most of the time ``collect`` spends on a district's 300,000 archive cells. The rows
of a table are regular (one format per row, one type per column), so ``RowsWorksheet`` takes
them as column lists and writes their ``<row>``/``<c>`` elements itself when the workbook is
closed, at a tenth of the cost and without one object per cell. Strings still go through the
workbook's shared-string table and formats through its style table, so the package is what
xlsxwriter would have written; everything else about the sheet (title, header, table, widths,
print setup) is ordinary xlsxwriter. Cells are only ever strings or numbers: staff text can
never become a formula or a link here.

It relies on xlsxwriter's worksheet internals (``_write_sheet_data``, ``_write_rows``, the
``dim_*`` bounds, ``str_table``, the table dict); tests compare its cells with xlsxwriter's own
on every version we allow (3.1.0 to 3.3.1 checked), and pyproject keeps below 4.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Sequence

from xlsxwriter.utility import xl_col_to_name, xl_range
from xlsxwriter.worksheet import Worksheet

MAX_CHARS = 32767  # Excel's limit for a cell, in UTF-16 units
_ESCAPE_LIKE = re.compile("(_x[0-9a-fA-F]{4}_)")  # text that reads as Excel's _xHHHH_ escape
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f]")
_CHUNK = 2000  # rows per write to the sheet file
BLANK = -1


def _utf16_fit(s: str) -> str:
    """``s`` cut to Excel's cell limit (counted in UTF-16 units, as Excel does)."""
    if len(s) <= MAX_CHARS // 2 or len(s.encode("utf-16-le")) <= 2 * MAX_CHARS:
        return s
    return s.encode("utf-16-le")[: 2 * MAX_CHARS].decode("utf-16-le", errors="ignore")


def _inline(s: str) -> str:
    """An escaped inline string, for text the shared-string table would take for markup."""
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    s = _ESCAPE_LIKE.sub(r"_x005F\1", s)  # as Excel and xlsxwriter do
    s = _CONTROL.sub(lambda m: f"_x{ord(m.group()):04X}_", s)
    s = s.replace("\ufffe", "_xFFFE_").replace("\uffff", "_xFFFF_")
    return f'<is><t xml:space="preserve">{s}</t></is>'


class RowsWorksheet(Worksheet):
    """A worksheet that also takes one block of data rows as column lists (see module doc)."""

    def __init__(self) -> None:
        super().__init__()
        self._block: tuple | None = None
        self._inline: list[str] = []

    def write_rows(
        self,
        first_row: int,
        columns: Sequence[Sequence],
        numeric: Sequence[bool],
        heights: Sequence[float] | None,
        formats,
        number_formats=None,
        column_formats: dict | None = None,
    ) -> None:
        """Rows ``first_row``… from ``columns`` (equal-length lists, one per column from A).

        ``numeric[c]`` says column c holds numbers (NaN/None become blank cells); other
        columns are text, written as strings whatever their values ("" and None are blank).
        ``formats`` is one format or one per row; ``number_formats`` likewise for numbers.
        ``column_formats`` maps a column index to a format (or one per row) for that column's
        cells instead of the row's (e.g. centred grade letters).
        Rows written through the ordinary API must lie above ``first_row``.
        """
        if self._block is not None:
            raise ValueError("write_rows: one block of rows per worksheet")
        if self.constant_memory:  # that mode writes its own sheet data and would drop the block
            raise ValueError("write_rows: not in constant_memory mode")
        n = len(columns[0]) if columns else 0
        if any(len(c) != n for c in columns) or len(numeric) != len(columns):
            raise ValueError("write_rows: columns of unequal length")
        if n == 0:
            return
        sized = getattr(self, "row_info", None)  # set_row()'s rows: named set_rows before 3.3
        sized = getattr(self, "set_rows", {}) if sized is None else sized
        held = [r for r, cells in self.table.items() if cells] + list(sized)
        if held and max(held) >= first_row:
            raise ValueError("write_rows: rows above the block only")
        xf = self._xf_list(formats, n)
        nxf = self._xf_list(number_formats, n) if number_formats is not None else xf
        sst = self.str_table._get_shared_string_index
        tokens = []  # per column: (letter, True, numbers as text, xf) or (letter, False, array, xf)
        fixed = {c: self._xf_list(f, n) if isinstance(f, list | tuple) else f._get_xf_index()
                 for c, f in (column_formats or {}).items()}  # fmt: skip
        for values, is_num in zip(columns, numeric, strict=True):
            letter = xl_col_to_name(len(tokens))
            if is_num:
                nums = [None if v is None or v != v else format(v, ".16G") for v in values]
                tokens.append((letter, True, nums, fixed.get(len(tokens))))
                continue
            col = array("i")  # 4 bytes a cell: BLANK, or -(k+2) for inline[k], or an SST index
            for v in values:
                if v is None or v == "" or (type(v) is float and v != v):
                    col.append(BLANK)
                    continue
                s = v if type(v) is str else str(v)
                if len(s) > MAX_CHARS // 2:
                    s = _utf16_fit(s)
                if s.startswith("<r>") and s.endswith("</r>"):
                    # xlsxwriter writes "<r>…</r>" into the shared strings as rich-text markup
                    self._inline.append(_inline(s))
                    col.append(-len(self._inline) - 1)
                else:
                    col.append(sst(s))
            tokens.append((letter, False, col, fixed.get(len(tokens))))
        hts = [f"{h:g}" for h in heights] if heights is not None else None
        self._block = (first_row, n, tokens, xf, nxf, hts)
        last_col = len(columns) - 1
        self.dim_rowmin = first_row if self.dim_rowmin is None else min(self.dim_rowmin, first_row)
        self.dim_rowmax = max(self.dim_rowmax or 0, first_row + n - 1)
        self.dim_colmin = 0
        self.dim_colmax = last_col if self.dim_colmax is None else max(self.dim_colmax, last_col)

    def add_table(self, first_row: int, first_col: int, last_row: int, last_col: int,
                  options: dict | None = None):  # fmt: skip
        """xlsxwriter's ``add_table`` without its overlap bookkeeping, which keeps an entry per
        cell of the range (40 MB and a fifth of a second for a district's detail sheet): a
        RowsWorksheet has one table, no merged cells and no total row."""
        options = dict(options or {})
        if self.tables or self.merged_cells or self.merge or options.get("total_row"):
            raise ValueError("RowsWorksheet.add_table: one table, no merged cells, no total row")
        header = 1 if options.get("header_row", True) else 0
        ret = super().add_table(first_row, first_col, min(last_row, first_row + header), last_col,
                                options)  # fmt: skip
        if ret is not None and ret < 0:
            return ret
        table = self.tables[-1]
        table["range"] = table["a_range"] = xl_range(first_row, first_col, last_row, last_col)
        if table.get("autofilter"):
            table["autofilter"] = table["a_range"]
        self.dim_rowmax = max(self.dim_rowmax or 0, last_row)
        return ret

    def merge_block_cells(
        self, first_row: int, first_col: int, last_row: int, last_col: int
    ) -> None:
        """Merge a range of the rows block: its value and format are the block's top-left cell's
        (``merge_range`` would write cells through the ordinary API, inside the block)."""
        if self.tables:
            raise ValueError("merge_block_cells: not on a sheet with a table")
        self.merge.append([first_row, first_col, last_row, last_col])

    @staticmethod
    def _xf_list(formats, n: int) -> list[int]:
        if formats is None:
            return [0] * n
        if isinstance(formats, list | tuple):
            if len(formats) != n:
                raise ValueError("write_rows: one format per row")
            memo: dict[int, int] = {}
            return [memo.setdefault(id(f), f._get_xf_index()) for f in formats]
        return [formats._get_xf_index()] * n

    def _write_sheet_data(self) -> None:
        if self._block is None:
            super()._write_sheet_data()
            return
        first, n, tokens, xf, nxf, hts = self._block
        self._xml_start_tag("sheetData")
        rowmax = self.dim_rowmax
        if self.dim_rowmin < first:  # the title and header rows, written by xlsxwriter
            self.dim_rowmax = first - 1
            self._write_rows()
            self.dim_rowmax = rowmax
        write = self.fh.write
        for start in range(0, n, _CHUNK):
            out = []
            for i in range(start, min(n, start + _CHUNK)):
                r = first + i + 1
                ht = f' ht="{hts[i]}" customHeight="1"' if hts is not None else ""
                out.append(f'<row r="{r}"{ht}>')
                s0, ns0 = xf[i], nxf[i]
                for letter, is_num, col, own in tokens:
                    v = col[i]
                    if own is None:
                        s, ns = s0, ns0
                    else:
                        s = ns = own if type(own) is int else own[i]
                    if is_num:
                        if v is None:
                            out.append(f'<c r="{letter}{r}" s="{ns}"/>')
                        else:
                            out.append(f'<c r="{letter}{r}" s="{ns}"><v>{v}</v></c>')
                    elif v >= 0:
                        out.append(f'<c r="{letter}{r}" s="{s}" t="s"><v>{v}</v></c>')
                    elif v == BLANK:
                        out.append(f'<c r="{letter}{r}" s="{s}"/>')
                    else:
                        text = self._inline[-v - 2]
                        out.append(f'<c r="{letter}{r}" s="{s}" t="inlineStr">{text}</c>')
                out.append("</row>")
            write("".join(out))
        self._xml_end_tag("sheetData")
