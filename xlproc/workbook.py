"""Open one returned file safely and turn each sheet into a grid of text with Excel coordinates.

Every way a file can be unusable becomes one issue from the catalogue; nothing here raises
for bad input. Sniffing happens before parsing, so a decompression bomb is refused by its
declared unpacked size and never inflated.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from xlproc.issues import Issue, make_issue
from xlproc.text import cell_text

WORKBOOK_EXTS = {".xlsx", ".xlsm", ".xls", ".ods", ".xlsb", ".xltx", ".xlt"}
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTION_INFO = "EncryptionInfo".encode("utf-16-le")
_WORD_STREAM = "WordDocument".encode("utf-16-le")


@dataclass
class Grid:
    """One sheet as text. ``rows[r][c]`` is the cell at 0-based Excel row r, column c."""

    name: str
    rows: list[list[str]]
    merges: list[tuple[int, int, int, int]] | None  # (r0, c0, r1, c1) inclusive; None if unknown
    hidden: bool = False

    @cached_property
    def merged_into(self) -> dict[tuple[int, int], tuple[int, int]]:
        """Each covered cell of a merge → its top-left cell (built when first asked for)."""
        out: dict[tuple[int, int], tuple[int, int]] = {}
        for r0, c0, r1, c1 in self.merges or ():
            for r in range(r0, r1 + 1):
                for c in range(c0, c1 + 1):
                    if (r, c) != (r0, c0):
                        out[(r, c)] = (r0, c0)
        return out

    def get(self, r: int, c: int) -> str:
        if 0 <= r < len(self.rows):
            row = self.rows[r]
            if 0 <= c < len(row):
                return row[c]
        return ""


def _sniff_other(head: bytes) -> str:
    """Name what a non-workbook file looks like, for the message."""
    low = head[:512].lower()
    if head.startswith(b"%PDF"):
        return "PDF 文件"
    if b"<html" in low or b"<table" in low or b"<!doctype" in low:
        return "网页(HTML)文件"
    if head.startswith(b"{\\rtf"):
        return "RTF 文档"
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8")):
        return "图片"
    if head.startswith((b"Rar!", b"7z\xbc\xaf")):
        return "压缩包"
    for enc in ("utf-8", "gb18030", "utf-16"):
        try:
            head.decode(enc)
            return "文本文件"
        except UnicodeDecodeError:
            continue
    return "无法识别的格式"


def _check_zip(path: Path, rel: str, max_bytes: int, max_ratio: float) -> Issue | None:
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, EOFError, ValueError):
        return make_issue("FILE_TRUNCATED", rel)
    names = {i.filename for i in infos}
    if "word/document.xml" in names:
        return make_issue("FILE_NOT_WORKBOOK", rel, value="Word 文档")
    if any(n.startswith("ppt/") for n in names):
        return make_issue("FILE_NOT_WORKBOOK", rel, value="PowerPoint 演示文稿")
    if not ({"xl/workbook.xml", "xl/workbook.bin", "content.xml"} & names):
        return make_issue("FILE_NOT_WORKBOOK", rel, value="压缩包")
    unpacked = sum(i.file_size for i in infos)
    packed = sum(i.compress_size for i in infos) or 1
    if unpacked > max_bytes or (unpacked > (16 << 20) and unpacked / packed > max_ratio):
        return make_issue("FILE_TOO_LARGE", rel, value=f"{unpacked / (1 << 20):,.0f} MB")
    return None


def sniff(path: Path, rel: str, max_bytes: int, max_ratio: float) -> Issue | None:
    """Return the issue that makes ``path`` unreadable, or None if it looks like a workbook."""
    if path.suffix.lower() == ".et":
        return make_issue("FILE_WPS_ET", rel)
    try:
        size = path.stat().st_size
        with open(path, "rb") as f:
            head = f.read(8)
            if size == 0:
                return make_issue("FILE_EMPTY", rel)
            if head.startswith(b"PK"):
                return _check_zip(path, rel, max_bytes, max_ratio)
            if head == OLE_MAGIC:
                f.seek(0)
                body = f.read(min(size, 4 << 20))
                if _ENCRYPTION_INFO in body:
                    return make_issue("FILE_ENCRYPTED", rel)
                if _WORD_STREAM in body:
                    return make_issue("FILE_NOT_WORKBOOK", rel, value="Word 文档")
                return None
            f.seek(0)
            return make_issue("FILE_NOT_WORKBOOK", rel, value=_sniff_other(f.read(4096)))
    except OSError as e:
        return make_issue("FILE_UNREADABLE", rel, value=e.strerror or type(e).__name__)


def read_grids(
    path: Path, rel: str, max_bytes: int, max_ratio: float
) -> tuple[list[Grid], Issue | None]:
    """Read every worksheet of a workbook as grids, or return the issue that prevents it."""
    bad = sniff(path, rel, max_bytes, max_ratio)
    if bad is not None:
        return [], bad
    from python_calamine import CalamineWorkbook, PasswordError, SheetTypeEnum, SheetVisibleEnum

    grids: list[Grid] = []
    ods_merges: dict[str, list[tuple[int, int, int, int]]] | None = None
    try:
        with open(path, "rb") as f:
            wb = CalamineWorkbook.from_filelike(f)
        for meta in wb.sheets_metadata:
            if meta.typ != SheetTypeEnum.WorkSheet:
                continue
            sheet = wb.get_sheet_by_name(meta.name)
            raw = sheet.to_python(skip_empty_area=False)
            rows = [[c.strip() if type(c) is str else cell_text(c) for c in row] for row in raw]
            while rows and not any(rows[-1]):
                rows.pop()
            merges = sheet.merged_cell_ranges
            if merges is None and path.suffix.lower() == ".ods":
                if ods_merges is None:
                    ods_merges = _ods_merges(path)
                found = ods_merges.get(meta.name)
                merges = None if found is None else [((a, b), (c, d)) for a, b, c, d in found]
            grids.append(
                Grid(
                    name=meta.name,
                    rows=rows,
                    merges=None
                    if merges is None
                    else [(a[0], a[1], b[0], b[1]) for a, b in merges],
                    hidden=meta.visible != SheetVisibleEnum.Visible,
                )
            )
        wb.close()
    except PasswordError:
        return [], make_issue("FILE_ENCRYPTED", rel)
    except Exception as e:  # calamine's errors are several unrelated types; all mean "unreadable"
        text = str(e)
        if "password" in text.lower() or "encrypt" in text.lower():
            return [], make_issue("FILE_ENCRYPTED", rel)
        if "zip" in type(e).__name__.lower() or "EOCD" in text or "deflate" in text.lower():
            return [], make_issue("FILE_TRUNCATED", rel)
        return [], make_issue("FILE_UNREADABLE", rel, value=f"{type(e).__name__}: {text[:120]}")
    return grids, None


_ODS_T = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"


def _ods_merges(path: Path) -> dict[str, list[tuple[int, int, int, int]]]:
    """Merged cells of each sheet of an .ods file, which python-calamine does not report.

    Walks content.xml once (streaming), counting rows and columns through the repeat
    attributes; a cell spanning rows or columns is a merge. Any trouble gives {}: the sheet
    is then read without merges, as before.
    """
    import xml.etree.ElementTree as ET

    out: dict[str, list[tuple[int, int, int, int]]] = {}
    t = _ODS_T
    try:
        with zipfile.ZipFile(path) as z, z.open("content.xml") as f:
            sheet, merges, r, c = None, [], 0, 0
            for event, el in ET.iterparse(f, events=("start", "end")):
                tag = el.tag
                if event == "start":
                    if tag == t + "table":
                        sheet, merges, r = el.get(t + "name"), [], 0
                    elif tag == t + "table-row":
                        c = 0
                    continue
                if tag in (t + "table-cell", t + "covered-table-cell"):
                    rs = int(el.get(t + "number-rows-spanned", "1"))
                    cs = int(el.get(t + "number-columns-spanned", "1"))
                    if tag == t + "table-cell" and (rs > 1 or cs > 1):
                        merges.append((r, c, r + rs - 1, c + cs - 1))
                    c += int(el.get(t + "number-columns-repeated", "1"))
                    el.clear()
                elif tag == t + "table-row":
                    r += int(el.get(t + "number-rows-repeated", "1"))
                    el.clear()
                elif tag == t + "table" and sheet is not None:
                    out[sheet] = merges
                    el.clear()
    except Exception:  # a damaged file was already reported or will be read without merges
        return {}
    return out
