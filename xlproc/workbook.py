"""Open one returned file safely and turn each sheet into a grid of text with Excel coordinates.

Every way a file can be unusable becomes one issue from the catalogue; nothing here raises
for bad input. Sniffing happens before parsing, so a decompression bomb is refused by its
declared unpacked size and never inflated.
"""

from __future__ import annotations

import codecs
import csv
import html
import io
import os
import posixpath
import re
import stat
import struct
import unicodedata
import zipfile
import zlib
from collections import Counter
from dataclasses import dataclass
from functools import cached_property
from itertools import chain, product
from pathlib import Path

from xlproc.htmlcells import read_marked_cells
from xlproc.issues import Issue, make_issue
from xlproc.shadow import SHADOW, shadow_check
from xlproc.text import LazyRe, cell_text, col_index
from xlproc.textguards import read_guarded_cells

WORKBOOK_EXTS = {".xlsx", ".xlsm", ".xls", ".ods", ".xlsb", ".xltx", ".xlt"}
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTION_INFO = "EncryptionInfo".encode("utf-16-le")
_WORD_STREAM = "WordDocument".encode("utf-16-le")


# characters NFKC leaves as they are: printable ASCII, CJK ideographs, 、。〃, the CJK brackets
# 〈〉《》「」『』【】 and curly quotes (``Grid.chars`` folds the others one by one)
_NFKC_STABLE = re.compile(
    "[\x20-\x7e\u3400-\u4dbf\u4e00-\u9fff\u3001-\u3003\u3008-\u3011\u2018-\u201d]+"
)


# ``Grid.chars`` of the sheets read lately, by their distinct cells: a function of those alone,
# and a template's sheets (its 填表说明, its example) come back alike in every returned file
_CHARS: dict[frozenset[str], frozenset[str]] = {}


def _chars_of(cells: frozenset[str]) -> frozenset[str]:
    """Every character of ``cells``, as written and as keyed (``Grid.chars``)."""
    from xlproc.script import as_keyed

    chars = frozenset("".join(cells))
    # (each distinct character keyed once, not the whole text, and folded only where NFKC
    # may change it — full-width signs, Ⅰ Ⅱ Ⅲ, compatibility forms: a character's keyed
    # forms are its own, no gate's word is of composed Latin letters)
    keyed = as_keyed("".join(chars))
    odd = _NFKC_STABLE.sub("", keyed)
    return chars.union(keyed, unicodedata.normalize("NFKC", odd))


@dataclass
class Grid:
    """One sheet as text. ``rows[r][c]`` is the cell at 0-based Excel row r, column c."""

    name: str
    rows: list[list[str]]
    merges: list[tuple[int, int, int, int]] | None  # (r0, c0, r1, c1) inclusive; None if unknown
    hidden: bool = False
    refused: str = ""  # why the sheet was not read (its rows are then empty), e.g. its size
    headers: PageHeaders | None = None  # the workbook's printed page headers, read when asked
    scripts: str = ""  # another script whose lines were set aside ('藏文'): see ``_one_script``
    notes: CellComments | None = None  # the workbook's cell comments (批注), read when asked
    drawn: ShapeTexts | None = None  # the workbook's text boxes, read when asked
    tips: DataPrompts | None = None  # the workbook's data validations' input messages, when asked
    lines: CellBorders | None = None  # the workbook's cell borders, read when asked
    links: CellLinks | None = None  # the workbook's cells' hyperlinks, read when asked
    # cells that held an HTML editor's source, read as the text it shows: (the first, how many)
    html: tuple[str, int] = ("", 0)
    shut: HiddenColumns | OdsHiddenColumns | None = (
        None  # the workbook's hidden columns (隐藏列), read when asked
    )
    # cells that carried an export's literal ``_xHHHH_`` escapes, decoded: (the first, how many)
    escapes: tuple[str, int] = ("", 0)
    # cells inside a CSV exporter's text guard '="…"', read as the text inside: (the first, how
    # many, the guards as shown)
    guards: tuple[str, int, str] = ("", 0, "")
    prints: PrintAreas | None = None  # the workbook's print areas (打印区域), read when asked

    def rules_under(self, rows: list[int], cols: list[int] | None = None) -> dict[int, int]:
        """The heaviest line drawn under each of ``rows`` across ``cols`` (all columns when
        None; 0 none, 1 thin or
        dotted, 2 medium, 3 thick or double): a cell's bottom border or the top border of the
        cell below it. {} when the format keeps borders where we do not read (.xls, .ods)."""
        return self.lines.under(self.name, rows, cols) if self.lines is not None else {}

    @property
    def hidden_columns(self) -> frozenset[int]:
        """The 0-based columns hidden on this sheet (Excel 隐藏列); empty when it has none or
        the format keeps them where we do not read (.xls)."""
        return self.shut.of(self.name) if self.shut is not None else frozenset()

    @property
    def print_area(self) -> tuple[int, int, int, int] | None:
        """This sheet's print area (设置打印区域) as (r0, c0, r1, c1), 0-based and inclusive; None
        when it has none, several ranges, or the format keeps it where we do not read (.xls)."""
        return self.prints.of(self.name) if self.prints is not None else None

    @property
    def shapes(self) -> list[tuple[int, int, str]]:
        """The text boxes drawn on this sheet, (row, column of their corner, text); [] when it
        has none or the format keeps them where we do not read (.xls, .ods)."""
        return self.drawn.of(self.name) if self.drawn is not None else []

    @property
    def prompts(self) -> list[tuple[str, str]]:
        """The input messages (输入信息) of this sheet's data validations, (their sqref, title and
        message as lines); [] when it has none or the format keeps them where we do not read."""
        return self.tips.of(self.name) if self.tips is not None else []

    @property
    def hyperlinks(self) -> dict[tuple[int, int], str]:
        """This sheet's cells that link inside the workbook, (row, column) → where to
        ("'人员信息'!A4"); {} when it has none or the format keeps them where we do not read."""
        return self.links.of(self.name) if self.links is not None else {}

    @property
    def comments(self) -> dict[tuple[int, int], str]:
        """This sheet's cell comments (批注), (row, column) → text; {} when it has none or the
        format keeps them where we do not read (.xls, .ods)."""
        return self.notes.of(self.name) if self.notes is not None else {}

    @property
    def page_footer(self) -> list[str]:
        """The texts of this sheet's printed page footer (页脚), as ``page_header``."""
        return self.headers.of(self.name, "Footer") if self.headers is not None else []

    @property
    def page_header(self) -> list[str]:
        """The texts of this sheet's printed page header (页眉), left, centre, right; [] when it
        has none or the format keeps it where we do not read (.xls, .ods)."""
        return self.headers.of(self.name) if self.headers is not None else []

    @cached_property
    def merged_into(self) -> dict[tuple[int, int], tuple[int, int]]:
        """Each covered cell of a merge → its top-left cell (built when first asked for)."""
        out: dict[tuple[int, int], tuple[int, int]] = {}
        for r0, c0, r1, c1 in self.merges or ():
            top = (r0, c0)
            cells = dict.fromkeys(product(range(r0, r1 + 1), range(c0, c1 + 1)), top)
            cells.pop(
                top, None
            )  # (its own top-left cell covers nothing; the cells row by row, in C)
            out.update(cells)
        return out

    @cached_property
    def chars(self) -> frozenset[str]:
        """Every character of the sheet's cells, as written and as keyed (NFKC, simplified):
        a step that needs a word passes over a sheet lacking one of its characters in one test
        (``lacks``) instead of looking through its rows. Taken when first asked, after the
        file's steps that rebuild cells (a broken heading joined, a delimited row split): the
        steps after that move the sheet's own text, or clear it (``reread`` cells keep theirs)."""
        # (each distinct cell once: a long list repeats its units, posts, types and levels)
        cells = frozenset(chain.from_iterable(self.rows))
        got = _CHARS.get(cells)
        if got is not None and SHADOW:
            shadow_check("Grid.chars", got, lambda: _chars_of(cells))
        if got is None:
            got = _chars_of(cells)
            if len(cells) <= 4000:  # (a district's list of thousands of rows: not kept)
                if len(_CHARS) >= 64:
                    _CHARS.clear()
                _CHARS[cells] = got
        return got

    def lacks(self, *words: str) -> bool:
        """No one of ``words`` can be written in the sheet's cells: each lacks a character of
        theirs (spaces, line breaks and cell bounds inside a word do not matter)."""
        chars = self.chars
        # (a loop, not any() over a generator: asked of every sheet by dozens of steps)
        for w in words:
            if chars.issuperset(w):
                return False
        return True

    def get(self, r: int, c: int) -> str:
        if 0 <= r < len(self.rows):
            row = self.rows[r]
            if 0 <= c < len(row):
                return row[c]
        return ""


# scripts a bilingual form of an autonomous area or a border port writes beside the Chinese
# (维吾尔文 / 哈萨克文, 藏文, 蒙古文, 彝文, 朝鲜文, 俄文): their lines are translations of the
# Chinese next to them (Latin letters are not among them: 'PPP', 'EPC', 'OA系统' are Chinese text's)
_SCRIPTS = (("维吾尔文", "\u0600-\u06ff"), ("藏文", "\u0f00-\u0fff"), ("蒙古文", "\u1800-\u18af"),
            ("彝文", "\ua000-\ua4cf"), ("朝鲜文", "\uac00-\ud7af\u1100-\u11ff\u3130-\u318f"),
            ("俄文", "\u0400-\u04ff"))  # fmt: skip
_OTHER_SCRIPT = re.compile("[" + "".join(r for _n, r in _SCRIPTS) + "]")
_OTHER_LINE = LazyRe("[" + "".join(r for _n, r in _SCRIPTS) + "]+")
_HAN = LazyRe(r"[\u4e00-\u9fff]")


def _one_script(rows: list[list[str]]) -> str:
    """A form written in two scripts ('ཨང་རིམ།⏎序号', '尼玛翁修⏎ཉི་མ་དབང་ཕྱུག', a title line in
    藏文 above the Chinese one) read for its Chinese: a row wholly in the other script (a title's,
    the headings', a note's translation) is left blank; in a cell with Chinese, the lines in
    the other script and its words within Chinese lines are dropped. A cell wholly in the other
    script beside Chinese cells (a name, a point written only so) is kept as it is. Returns the
    script's name, or '' when the first rows (titles, headings) hold none: the sheet is as read."""
    head = "\x00".join("\x00".join(row) for row in rows[:30])
    m = _OTHER_SCRIPT.search(head)
    if not m:
        return ""
    name = next(n for n, r in _SCRIPTS if re.match(f"[{r}]", m.group(0)))
    for row in rows:
        if not any(_OTHER_SCRIPT.search(v) for v in row if v):
            continue
        if not any(_HAN.search(v) for v in row if v):
            if all(not v or _OTHER_SCRIPT.search(v) or not v.strip(_PUNCT) for v in row):
                row[:] = [""] * len(row)  # a translation of the title, the headings or a note
            continue
        for c, v in enumerate(row):
            if v and _OTHER_SCRIPT.search(v) and _HAN.search(v):
                lines = []
                for line in v.split("\n"):
                    if _OTHER_SCRIPT.search(line):
                        line = _EMPTY_BRACKETS.sub("", _OTHER_LINE.sub("", line)).strip()
                        if not _HAN.search(line):
                            continue  # ('ལྟ་སྐུལ་ཁ་པར། 0836-…' beside the Chinese line saying it)
                    lines.append(line)
                row[c] = "\n".join(lines).strip()
    return name


_PUNCT = " \t\n\u3000()（）:：.。,，;；-—/／0123456789"
_EMPTY_BRACKETS = re.compile(r"\s*[(（]\s*[)）]")


_HF_CODE = re.compile(r'&(?:"[^"]*"|K(?:[0-9A-Fa-f]{6}|\d\d[+-]\d{3})|\d+|[LCRBIUESXYKHO]|&)')
_HF_PAGE = re.compile(r"&[PNDTZFAG]")


def header_sections(text: str) -> list[str]:
    """'&C&"宋体,加粗"&14XX乡财政所…一览表' → ['XX乡财政所…一览表']: the sections of an Excel header
    or footer as they print, without the codes of font, size and place; a section that prints
    the page number, date, file or sheet name ('第&P页') is no caption and is left out."""
    out = []
    for part in re.split(r"&[LCR]", text):
        if _HF_PAGE.search(part.replace("&&", "")):
            continue
        words = _HF_CODE.sub(lambda m: "&" if m.group(0) == "&&" else "", part).strip()
        if words:
            out.append(words)
    return out


_OPENED: list = []  # the last package opened: [its key, its bytes, the ZipFile over them]


def _package_key(source: Path | str | bytes) -> tuple:
    if isinstance(source, bytes):
        return ("bytes", id(source), len(source))
    st = os.stat(source)
    return ("path", str(source), st.st_mtime_ns, st.st_size)


def remember_package(path: Path, data: bytes) -> None:
    """The bytes a reading of ``path`` holds already: the steps that look at the package's
    parts open them, not the file again."""
    try:
        key = _package_key(path)
    except OSError:
        return
    _OPENED[:] = [key, data, None]


class _Open:
    """``with package(…) as zf``: the package stays open for the next step (nothing to close)."""

    __slots__ = ("zf",)

    def __init__(self, zf: zipfile.ZipFile) -> None:
        self.zf = zf

    def __enter__(self) -> zipfile.ZipFile:
        return self.zf

    def __exit__(self, *_exc: object) -> None:
        return None


_LOCAL = struct.Struct("<4s5H3L2H")  # a member's local header, before its name


class _Members:
    """An .xlsx package's members read straight from its bytes in memory, for the steps that
    look at its parts (``package``): the central directory unpacked in one pass instead of a
    ``zipfile.ZipInfo`` a member, a part inflated by zlib directly. The same names, bytes and
    errors as ``zipfile`` for the packages it takes (``of``: none with anything unusual)."""

    def __init__(self, data: bytes, table: dict[str, tuple[int, int, int, int, int]]) -> None:
        self.data = data
        self.table = table  # name -> (method, crc, packed, unpacked, local header's offset)

    @classmethod
    def of(cls, data: bytes) -> _Members | None:
        """The package's members, or None where anything is unusual (zip64, a comment, data
        before the archive, encryption, a method other than stored or deflated, a damaged
        directory): ``zipfile`` then reads it and says what is wrong."""
        size = len(data)
        if size < _EOCD.size:
            return None
        sig, disk, cd_disk, n_here, n, cd_size, cd_offset, comment = _EOCD.unpack_from(
            data, size - _EOCD.size
        )
        if sig != b"PK\x05\x06" or disk or cd_disk or n_here != n or comment:
            return None
        if cd_offset + cd_size != size - _EOCD.size or n == 0xFFFF or cd_offset == 0xFFFFFFFF:
            return None
        table: dict[str, tuple[int, int, int, int, int]] = {}
        pos, end, step = cd_offset, cd_offset + cd_size, _CDIR.size
        for _ in range(n):
            if pos + step > end:
                return None
            e = _CDIR.unpack_from(data, pos)
            flags, method, packed, unpacked = e[3], e[4], e[8], e[9]
            if e[0] != b"PK\x01\x02" or e[2] > zipfile.MAX_EXTRACT_VERSION:
                return None
            if flags & 0x1 or method not in (0, 8) or 0xFFFFFFFF in (packed, unpacked, e[16]):
                return None  # (encrypted, another method, zip64: zipfile's to read or refuse)
            raw = data[pos + step : pos + step + e[10]]
            name = (
                raw.decode("ascii")  # (cp437 and utf-8 alike on ASCII: the C decoder)
                if raw.isascii()
                else raw.decode("utf-8")
                if flags & 0x800
                else raw.decode("cp437")
            )
            name = name.split("\x00", 1)[0]  # (as zipfile names it)
            if os.sep != "/":
                name = name.replace(os.sep, "/")
            if os.altsep and os.altsep != "/":
                name = name.replace(os.altsep, "/")
            table[name] = (method, e[7], packed, unpacked, e[16])
            pos += step + e[10] + e[11] + e[12]
        return cls(data, table) if pos == end else None

    def namelist(self) -> list[str]:
        return list(self.table)

    def _start(self, name: str) -> tuple[int, int, int, int, int]:
        """(method, crc, packed, unpacked, where the member's bytes start); KeyError where the
        package has no such member, BadZipFile where its local header is damaged."""
        method, crc, packed, unpacked, at = self.table[name]
        if at + _LOCAL.size > len(self.data):
            raise zipfile.BadZipFile("Truncated file header")
        head = _LOCAL.unpack_from(self.data, at)
        if head[0] != b"PK\x03\x04":
            raise zipfile.BadZipFile("Bad magic number for file header")
        start = at + _LOCAL.size + head[9] + head[10]
        if start + packed > len(self.data):
            raise zipfile.BadZipFile("Truncated file")
        return method, crc, packed, unpacked, start

    def read(self, name: str) -> bytes:
        method, crc, packed, unpacked, start = self._start(name)
        raw = self.data[start : start + packed]
        try:
            out = zlib.decompress(raw, -15) if method == 8 else raw
        except zlib.error as e:
            raise zipfile.BadZipFile(f"Bad compressed data in {name!r}: {e}") from None
        if len(out) != unpacked or zlib.crc32(out) != crc:
            raise zipfile.BadZipFile(f"Bad CRC-32 for file {name!r}")
        return out

    def open(self, name: str) -> _MemberStream:
        return _MemberStream(self, name)


class _MemberStream:
    """One member inflated as it is read (``with zf.open(part) as f: f.read(n)``): the head of
    a long sheet without the rest; its CRC checked where it is read to its end."""

    def __init__(self, members: _Members, name: str) -> None:
        method, self.crc, packed, self.unpacked, start = members._start(name)
        self.raw = memoryview(members.data)[start : start + packed]
        self.inflate = zlib.decompressobj(-15) if method == 8 else None
        self.pos = 0  # (of the packed bytes fed)
        self.pending = b""
        self.seen = 0
        self.sum = 0

    def __enter__(self) -> _MemberStream:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.raw.release()

    def read(self, n: int = -1) -> bytes:
        want = self.unpacked if n < 0 else n
        while len(self.pending) < want and self.pos < len(self.raw):
            chunk = bytes(self.raw[self.pos : self.pos + (1 << 16)])
            self.pos += len(chunk)
            try:
                got = self.inflate.decompress(chunk) if self.inflate else chunk
            except zlib.error as e:
                raise zipfile.BadZipFile(f"Bad compressed data: {e}") from None
            self.pending += got
        if self.inflate is not None and self.pos >= len(self.raw):
            self.pending += self.inflate.flush()
        out, self.pending = self.pending[:want], self.pending[want:]
        self.seen += len(out)
        self.sum = zlib.crc32(out, self.sum)
        if self.seen >= self.unpacked and not self.pending and self.pos >= len(self.raw):
            if self.seen != self.unpacked or self.sum != self.crc:
                raise zipfile.BadZipFile("Bad CRC-32")
        return out


def package(source: Path | str | bytes) -> _Open:
    """An .xlsx package's directory, parsed once per file whichever step asks (page headers,
    formats, drawings, formulas each open it): the last package stays open, over its bytes in
    memory (no file handle kept). Raises what ``zipfile.ZipFile`` raises."""
    if isinstance(source, bytes) and _OPENED and _OPENED[1] is source:
        # the very bytes remembered for a path (``remember_package``, the reading's own): the
        # entry kept under the path's key, so a step asking by the path finds it too (the
        # parts asked by the bytes had put the path's entry out, and the file was read and its
        # directory parsed again)
        if _OPENED[2] is None:
            _OPENED[2] = _Members.of(source) or zipfile.ZipFile(io.BytesIO(source))
        if SHADOW:
            shadow_check(
                "package",
                _OPENED[2].namelist(),
                lambda: (_Members.of(source) or zipfile.ZipFile(io.BytesIO(source))).namelist(),
            )
        return _Open(_OPENED[2])
    key = _package_key(source)
    if _OPENED and _OPENED[0] == key and (not isinstance(source, bytes) or _OPENED[1] is source):
        if _OPENED[2] is None:
            _OPENED[2] = _Members.of(_OPENED[1]) or zipfile.ZipFile(io.BytesIO(_OPENED[1]))
        return _Open(_OPENED[2])
    data = source if isinstance(source, bytes) else Path(source).read_bytes()
    zf = _Members.of(data) or zipfile.ZipFile(io.BytesIO(data))
    _OPENED[:] = [key, data, zf]
    return _Open(zf)


def part_text(zf: zipfile.ZipFile, name: str) -> str:
    """A part of a package as text, inflated once however many steps read it."""
    texts = zf.__dict__.setdefault("_xlproc_texts", {})
    if name not in texts:
        texts[name] = zf.read(name).decode("utf-8", "replace")
    return texts[name]


class SheetXml:
    """The XML of an .xlsx workbook's sheets, each inflated once and only when a reading asks
    for what the cells do not hold (page headers, data validations): one package opened once."""

    def __init__(self, path: Path, data: bytes | None) -> None:
        self.path, self.data = path, data
        self.found: dict[str, str] = {}

    def of(self, sheet: str) -> str:
        if sheet not in self.found:
            try:
                with package(self.data if self.data is not None else self.path) as zf:
                    part = sheet_parts(zf).get(sheet)  # (read once per package)
                    self.found[sheet] = part_text(zf, part) if part else ""
            except Exception:  # a part missing or damaged: the cells were read, so nothing more
                self.found[sheet] = ""
        return self.found[sheet]


# a <col> element shut: hidden="1", or a width of 0 (WPS and some exports shut a column so, no
# hidden attribute: Excel shows it as hidden), either quote (review 129d)
_SHUT_COL = re.compile(
    rb"""<(?:\w+:)?col\b(?=[^>]*\b(?:hidden=["'](?:1|true)["']|"""
    rb"""width=["'](?:0+(?:\.0*)?|\.0+)["']))([^>]*)>"""
)
_COL_MIN = re.compile(rb"""\bmin=["'](\d+)["']""")
_COL_MAX = re.compile(rb"""\bmax=["'](\d+)["']""")


class HiddenColumns:
    """The hidden columns of an .xlsx workbook's sheets (``<col min="5" max="5" hidden="1">``),
    read only when a reading asks, from the head of a sheet's part alone: the ``<cols>`` list
    stands before the cells, so the part is inflated no further than ``<sheetData``."""

    def __init__(self, path: Path, data: bytes | None) -> None:
        self.path, self.data = path, data
        self.found: dict[str, frozenset[int]] = {}

    def of(self, sheet: str) -> frozenset[int]:
        if sheet not in self.found:
            try:
                self.found[sheet] = self._read(sheet)
            except Exception:  # a part missing or damaged: the cells were read, nothing hidden
                self.found[sheet] = frozenset()
        return self.found[sheet]

    def _read(self, sheet: str) -> frozenset[int]:
        with package(self.data if self.data is not None else self.path) as zf:
            part = sheet_parts(zf).get(sheet)
            if not part:
                return frozenset()
            head = bytearray()  # (grown in place: a long <cols> list is no quadratic copy)
            with zf.open(part) as f:
                while chunk := f.read(1 << 14):
                    head += chunk
                    if b"sheetData" in head[-len(chunk) - 16 :] or len(head) > 1 << 22:
                        break
        head = bytes(head).split(b"sheetData", 1)[0]
        if b"hidden" not in head and b"width" not in head:
            return frozenset()
        out: set[int] = set()
        # only the shut columns' elements, found in one pass (a <cols> list of every column
        # one by one: 16,000 elements, 0.38 s -> a few ms; review 129d)
        for m in _SHUT_COL.finditer(head):
            attrs = m.group(1)
            lo = _COL_MIN.search(attrs)
            hi = _COL_MAX.search(attrs)
            if lo:
                a = int(lo.group(1))
                b = min(int(hi.group(1)) if hi else a, a + 255, 16384)
                out.update(range(a - 1, b))  # (a range hiding every column to XFD: its first 256)
        return frozenset(out)


class OdsHiddenColumns:
    """The hidden columns of an .ods workbook's sheets, found by the scan of its content.xml."""

    def __init__(self, shut: dict[str, frozenset[int]]) -> None:
        self.shut = shut

    def of(self, sheet: str) -> frozenset[int]:
        return self.shut.get(sheet, frozenset())


_AREA_END = re.compile(r"\$?([A-Za-z]{1,3})?\$?(\d{1,7})?")


def area_of(ref: str) -> tuple[int, int, int, int] | None:
    """A print area's one range, less its sheet ('\'一览表\'!$A$1:$G$12', '$A:$G', '$1:$12',
    an .ods range '一览表.A1:一览表.G12') → (r0, c0, r1, c1), 0-based; None for several ranges
    or anything that is no range."""
    ref = re.sub(r"'[^']*'", "", ref.strip().lstrip("="))  # (the sheet's quoted name)
    if not ref or re.search(r"[,;\s]", ref):
        return None  # (several ranges: which one holds the table is not told)
    ends = []
    for end in ref.split(":"):
        end = end.rsplit("!", 1)[-1]
        end = end.rsplit(".", 1)[-1] if "." in end else end  # (.ods: 'Sheet1.A1')
        m = _AREA_END.fullmatch(end.strip())
        if m is None or not (m.group(1) or m.group(2)):
            return None
        ends.append(m)
    if len(ends) == 1:
        ends.append(ends[0])
    if len(ends) != 2 or bool(ends[0].group(1)) != bool(ends[1].group(1)):
        return None
    (a, b) = ends
    c0 = col_index(a.group(1).upper()) if a.group(1) else 0
    c1 = col_index(b.group(1).upper()) if b.group(1) else 16383
    r0 = int(a.group(2)) - 1 if a.group(2) else 0
    r1 = int(b.group(2)) - 1 if b.group(2) else 1048575
    if min(r0, r1, c0, c1) < 0:
        return None
    return min(r0, r1), min(c0, c1), max(r0, r1), max(c0, c1)


class PrintAreas:
    """The print areas of an .xlsx workbook's sheets (the defined name ``_xlnm.Print_Area``,
    local to a sheet by its place among the workbook's sheets), read once when a reading asks;
    or given (an .ods's ``table:print-ranges``, found by the scan of its content.xml)."""

    def __init__(
        self, path: Path | None, data: bytes | None, given: dict[str, str] | None = None
    ) -> None:
        self.path, self.data = path, data
        self.found: dict[str, str] | None = given

    def of(self, sheet: str) -> tuple[int, int, int, int] | None:
        if self.found is None:
            try:
                self.found = self._read()
            except Exception:  # a part missing or damaged: no print area
                self.found = {}
        ref = self.found.get(sheet)
        return area_of(ref) if ref else None

    def _read(self) -> dict[str, str]:
        if self.data is None and self.path is None:
            return {}
        with package(self.data if self.data is not None else self.path) as zf:  # type: ignore[arg-type]
            book = part_text(zf, "xl/workbook.xml")
        if "Print_Area" not in book:
            return {}
        names = [
            html.unescape(m.group(1))
            for m in re.finditer(r"<(?:\w+:)?sheet\b[^>]*?\bname=\"([^\"]*)\"", book)
        ]
        out: dict[str, str] = {}
        for m in re.finditer(
            r"<(?:\w+:)?definedName\b([^>]*)>(.*?)</(?:\w+:)?definedName>", book, re.S
        ):
            if not re.search(r'\bname="_xlnm\.Print_Area"', m.group(1)):
                continue
            local = re.search(r'\blocalSheetId="(\d+)"', m.group(1))
            if local is None or int(local.group(1)) >= len(names):
                continue
            out[names[int(local.group(1))]] = html.unescape(m.group(2)).strip()
        return out


class PageHeaders:
    """The printed page headers of an .xlsx workbook's sheets, read from a sheet's XML only when
    its reading asks (a sheet with no title in its cells, a legend of codes)."""

    def __init__(self, xml: SheetXml) -> None:
        self.xml = xml
        self.found: dict[tuple[str, str], list[str]] = {}

    @property
    def data(self) -> bytes | None:
        """The file's bytes, read once by the sniff (a step looking at other parts uses them)."""
        return self.xml.data

    def of(self, sheet: str, part: str = "Header") -> list[str]:
        """The sections of a sheet's page header, or of its footer (``part='Footer'``)."""
        if (sheet, part) not in self.found:
            xml = self.xml.of(sheet)
            for which in ("Header", "Footer"):
                hf = (
                    re.search(rf"<(?:\w+:)?odd{which}>(.*?)</(?:\w+:)?odd{which}>", xml, re.S)
                    if f"odd{which}" in xml
                    else None
                )
                self.found[(sheet, which)] = (
                    header_sections(html.unescape(hf.group(1))) if hf else []
                )
        return self.found[(sheet, part)]


class CellLinks:
    """The hyperlinks of an .xlsx workbook's cells that point inside the workbook (a
    ``location``, or a relationship whose target is '#人员信息!B4'), read from a sheet's XML
    only when its reading asks (a holder cell whose only text is a caption '点击查看')."""

    def __init__(self, xml: SheetXml) -> None:
        self.xml = xml
        self.found: dict[str, dict[tuple[int, int], str]] = {}

    def of(self, sheet: str) -> dict[tuple[int, int], str]:
        if sheet not in self.found:
            try:
                self.found[sheet] = self._read(sheet)
            except Exception:  # a damaged part: the cells were read, so no links
                self.found[sheet] = {}
        return self.found[sheet]

    def _read(self, sheet: str) -> dict[tuple[int, int], str]:
        xml = self.xml.of(sheet)
        if "hyperlink" not in xml:  # (the cheap test: most sheets have none)
            return {}
        out: dict[tuple[int, int], str] = {}
        rels: dict[str, str] | None = None
        for m in re.finditer(r"<(?:\w+:)?hyperlink\b((?:[^>\"]|\"[^\"]*\")*)>", xml):
            attrs = m.group(1)
            ref = re.search(r'\bref="\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?"', attrs)
            if not ref:
                continue
            at = re.search(r'\blocation="([^"]*)"', attrs)
            where = html.unescape(at.group(1)).strip() if at else ""
            if not where and (rid := re.search(r'\b\w+:id="([^"]*)"', attrs)):
                if rels is None:
                    rels = self._targets(sheet)
                where = rels.get(rid.group(1), "")  # (an outside address is no cell)
            if not where:
                continue
            c0, r0 = col_index(ref.group(1)), int(ref.group(2)) - 1
            c1 = col_index(ref.group(3)) if ref.group(3) else c0
            r1 = int(ref.group(4)) - 1 if ref.group(4) else r0
            if (r1 - r0 + 1) * (c1 - c0 + 1) > 10_000:
                continue  # (a link laid over a whole column is no one cell's)
            out.update(dict.fromkeys(product(range(r0, r1 + 1), range(c0, c1 + 1)), where))
        return out

    def _targets(self, sheet: str) -> dict[str, str]:
        """The sheet's relationships whose target is a place in the workbook ('#人员信息!B4')."""
        xml = self.xml
        with package(xml.data if xml.data is not None else xml.path) as zf:
            part = sheet_parts(zf).get(sheet)
            if not part:
                return {}
            folder, _, file = part.rpartition("/")
            rels = f"{folder}/_rels/{file}.rels"
            if rels not in set(zf.namelist()):
                return {}
            out = {}
            for m in re.finditer(r"<Relationship\b[^>]*>", part_text(zf, rels)):
                rid = re.search(r'\bId="([^"]+)"', m.group(0))
                to = re.search(r'\bTarget="#([^"]+)"', m.group(0))
                if rid and to:
                    out[rid.group(1)] = html.unescape(to.group(1)).strip()
            return out


class CellComments:
    """The cell comments (批注) of an .xlsx workbook's sheets, read from its XML only when a
    sheet's reading asks (a legend of codes a template's author left on its header cells)."""

    def __init__(self, path: Path, data: bytes | None) -> None:
        self.path, self.data = path, data
        self.found: dict[str, dict[tuple[int, int], str]] | None = None

    def of(self, sheet: str) -> dict[tuple[int, int], str]:
        if self.found is None:
            try:
                self.found = self._read()
            except Exception:  # a part missing or damaged: the cells were read, so no comments
                self.found = {}
        return self.found.get(sheet, {})

    def _read(self) -> dict[str, dict[tuple[int, int], str]]:
        with package(self.data if self.data is not None else self.path) as zf:
            return {
                name: _comments(part_text(zf, part))
                for name, part in _sheet_related(zf, "comments").items()
            }


def _sheet_related(zf: zipfile.ZipFile, kind: str) -> dict[str, str]:
    """Sheet name → the part its relationship of ``kind`` ('comments', 'drawing') points to."""
    names = set(zf.namelist())
    out = {}
    for name, part in sheet_parts(zf).items():
        folder, _, file = part.rpartition("/")
        rels = f"{folder}/_rels/{file}.rels"
        if rels not in names:
            continue
        text = part_text(zf, rels)
        for m in re.finditer(r"<Relationship\b[^>]*>", text):
            if not re.search(rf'\bType="[^"]*/{kind}"', m.group(0)):
                continue
            to = re.search(r'\bTarget="([^"]+)"', m.group(0))
            if not to:
                continue
            target = posixpath.normpath(posixpath.join(folder, to.group(1)))
            if to.group(1).startswith("/"):
                target = to.group(1).lstrip("/")
            if target in names:
                out[name] = target
                break
    return out


class ShapeTexts:
    """The text boxes drawn on an .xlsx workbook's sheets, read from its drawings only when a
    sheet's reading asks: sheet name → (row, column of the cell its top-left corner stands in,
    its text), paragraphs as lines; none where they cannot be read (the cells were read: a
    damaged drawing loses only its boxes)."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.found: dict[str, list[tuple[int, int, str]]] | None = None

    def of(self, sheet: str) -> list[tuple[int, int, str]]:
        if self.found is None:
            try:
                with package(self.data) as zf:
                    self.found = {
                        name: _shapes(part_text(zf, part))
                        for name, part in _sheet_related(zf, "drawing").items()
                    }
            except Exception:
                self.found = {}
        return self.found.get(sheet, [])


# a border's weight by its style: what a reader sees as a heavier line
_BORDER_WEIGHT = {"hair": 1, "thin": 1, "dotted": 1, "dashed": 1, "dashDot": 1, "dashDotDot": 1,
                  "medium": 2, "mediumDashed": 2, "mediumDashDot": 2, "mediumDashDotDot": 2,
                  "slantDashDot": 2, "thick": 3, "double": 3}  # fmt: skip
_XML_ATTR = re.compile(r'\b(\w+)="([^"]*)"')


class CellBorders:
    """The cell borders of an .xlsx workbook's sheets, read from its styles and a sheet's XML
    only when a reading asks (runs of rows told apart by nothing but a heavier line)."""

    def __init__(self, xml: SheetXml) -> None:
        self.xml = xml
        self.styles: tuple[list[int], list[int], list[int]] | None = None  # xf → bottom, top

    def _styles(self) -> tuple[list[int], list[int], list[int]]:
        """Per cell format (xf): its border's bottom and top weights."""
        if self.styles is None:
            bottoms: list[int] = []
            tops: list[int] = []
            border_of: list[int] = []
            try:
                data = self.xml.data
                with package(data if data is not None else self.xml.path) as zf:
                    text = part_text(zf, "xl/styles.xml")
                borders = re.search(r"<(?:\w+:)?borders\b.*?</(?:\w+:)?borders>", text, re.S)
                for b in re.finditer(
                    r"<(?:\w+:)?border\b[^>]*?(?:/>|>(.*?)</(?:\w+:)?border>)",
                    borders.group(0) if borders else "", re.S,
                ):  # fmt: skip
                    inner = b.group(1) or ""
                    got = []
                    for side in ("bottom", "top"):
                        m = re.search(rf'<(?:\w+:)?{side}\b[^>]*\bstyle="(\w+)"', inner)
                        got.append(_BORDER_WEIGHT.get(m.group(1), 1) if m else 0)
                    bottoms.append(got[0])
                    tops.append(got[1])
                xfs = re.search(r"<(?:\w+:)?cellXfs\b.*?</(?:\w+:)?cellXfs>", text, re.S)
                for x in re.finditer(r"<(?:\w+:)?xf\b([^>]*)", xfs.group(0) if xfs else ""):
                    m = re.search(r'\bborderId="(\d+)"', x.group(1))
                    border_of.append(int(m.group(1)) if m else 0)
            except Exception:  # no styles part, or a damaged one: no lines known
                pass
            self.styles = (border_of, bottoms, tops)
        return self.styles

    def under(self, sheet: str, rows: list[int], cols: list[int] | None) -> dict[int, int]:
        border_of, bottoms, tops = self._styles()
        if not border_of:
            return {}
        wanted = set(rows) | {r + 1 for r in rows}
        want_cols = set(cols) if cols is not None else None
        bottom: dict[int, int] = {}
        top: dict[int, int] = {}
        xml = self.xml.of(sheet)
        for m in re.finditer(r"<(?:\w+:)?c\b([^>]*)", xml):
            attrs = dict(_XML_ATTR.findall(m.group(1)))
            ref, xf = attrs.get("r", ""), attrs.get("s")
            cut = len(ref.rstrip("0123456789"))
            if xf is None or not cut or not ref[cut:].isdecimal():
                continue
            r = int(ref[cut:]) - 1
            if r not in wanted or want_cols is not None and col_index(ref[:cut]) not in want_cols:
                continue
            k = int(xf) if xf.isdecimal() else -1
            if not 0 <= k < len(border_of) or not 0 <= border_of[k] < len(bottoms):
                continue
            b = border_of[k]
            bottom[r] = max(bottom.get(r, 0), bottoms[b])
            top[r] = max(top.get(r, 0), tops[b])
        return {r: max(bottom.get(r, 0), top.get(r + 1, 0)) for r in rows}


class DataPrompts:
    """The input messages of an .xlsx workbook's data validations (数据验证 / WPS 有效性: the tip
    that pops up when a cell is selected), read from a sheet's XML only when that sheet's reading
    asks for its notes: a template may give the meaning of its drop-down's codes only there."""

    def __init__(self, xml: SheetXml) -> None:
        self.xml = xml
        self.found: dict[str, list[tuple[str, str]]] = {}

    def of(self, sheet: str) -> list[tuple[str, str]]:
        if sheet not in self.found:
            try:
                self.found[sheet] = _prompts(self.xml.of(sheet))
            except Exception:  # a damaged part: the cells were read, so no prompts
                self.found[sheet] = []
        return self.found[sheet]


_VALIDATION_END = re.compile(r"</(?:\w+:)?dataValidation>")
_SQREF = re.compile(r"<(?:\w+:)?sqref>([^<]*)<")
# a validation's opening tag, its attributes (quoted values may hold '>' or '/') and whether it
# closes itself; the loop unrolled, not a lazy one char at a time (a tenth of the time)
_VALIDATION = re.compile(r'<(?:\w+:)?dataValidation\b((?:[^>"/]+|"[^"]*"|/(?!>))*)(/?)>')
_SHOWN = re.compile(r'\bshowInputMessage="(?:1|true)"')
_PROMPT_ATTRS = {k: re.compile(rf'\b{k}="([^"]*)"') for k in ("promptTitle", "prompt", "sqref")}


def _prompts(xml: str) -> list[tuple[str, str]]:
    """(sqref, title and message) of each data validation of a sheet's XML that shows an input
    message, in the sheet's own list and in Excel 2010's extension list (``<x14:dataValidation>``,
    its range in ``<xm:sqref>``); a message switched off (no ``showInputMessage``) is shown to no
    one and is left out."""
    at = xml.find("dataValidation")
    if at < 0:  # (the cheap test: most sheets have none)
        return []
    out = []
    for m in _VALIDATION.finditer(xml, xml.rfind("<", 0, at)):  # (from the first one on)
        attrs = m.group(1)
        if not _SHOWN.search(attrs):
            continue
        said = [
            html.unescape(v.group(1)).strip()
            for k in ("promptTitle", "prompt")
            if (v := _PROMPT_ATTRS[k].search(attrs))
        ]
        text = "\n".join(x for x in said if x)
        if not text:
            continue
        where = _PROMPT_ATTRS["sqref"].search(attrs)
        if where is None and not m.group(2):  # (x14: the range is a child element)
            end = _VALIDATION_END.search(xml, m.end())
            where = _SQREF.search(xml, m.end(), end.start()) if end else None
        out.append((where.group(1).strip() if where else "", text))
    return out


def _shapes(xml: str) -> list[tuple[int, int, str]]:
    """(row, column, text) of each shape with text in a drawing part."""
    out = []
    for m in re.finditer(
        r"<(?:\w+:)?(?:twoCellAnchor|oneCellAnchor)\b.*?</(?:\w+:)?(?:twoCellAnchor|oneCellAnchor)>",
        xml,
        re.S,
    ):
        anchor = m.group(0)
        start = re.search(
            r"<(?:\w+:)?from>.*?<(?:\w+:)?col>(\d+)<.*?<(?:\w+:)?row>(\d+)<", anchor, re.S
        )
        if not start:
            continue
        # (a group of boxes is one anchor: each box's paragraphs in turn)
        lines = [
            html.unescape("".join(re.findall(r"<(?:\w+:)?t>([^<]*)</(?:\w+:)?t>", p))).strip()
            for body in re.findall(r"<(?:\w+:)?txBody\b.*?</(?:\w+:)?txBody>", anchor, re.S)
            for p in re.findall(r"<(?:\w+:)?p\b.*?</(?:\w+:)?p>", body, re.S)
        ]
        text = "\n".join(line for line in lines if line)
        if text:
            out.append((int(start.group(2)), int(start.group(1)), text))
    return out


def _comments(xml: str) -> dict[tuple[int, int], str]:
    """(row, column) → text of each <comment> of a comments part."""
    out = {}
    for m in re.finditer(
        r'<(?:\w+:)?comment\b[^>]*\bref="([A-Z]+)(\d+)"[^>]*>(.*?)</(?:\w+:)?comment>', xml, re.S
    ):
        texts = re.findall(r"<(?:\w+:)?t\b[^>]*>(.*?)</(?:\w+:)?t>", m.group(3), re.S)
        out[(int(m.group(2)) - 1, col_index(m.group(1)))] = html.unescape("".join(texts)).strip()
    return out


def sheet_parts(zf: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name → its part in an .xlsx package ('xl/worksheets/sheet2.xml'), from the
    workbook's list of sheets and its relationships."""
    known = zf.__dict__.get("_xlproc_sheet_parts")
    if known is not None:
        return dict(known)
    book = part_text(zf, "xl/workbook.xml")
    rels = part_text(zf, "xl/_rels/workbook.xml.rels")
    target = {}
    for m in re.finditer(r"<Relationship\b[^>]*>", rels):
        rid = re.search(r'\bId="([^"]+)"', m.group(0))
        to = re.search(r'\bTarget="([^"]+)"', m.group(0))
        if rid and to:
            target[rid.group(1)] = to.group(1)
    out = {}
    for m in re.finditer(r"<(?:\w+:)?sheet\b([^>]*)/?>", book):
        name = re.search(r'\bname="([^"]*)"', m.group(1))
        rid = re.search(r'\br:id="([^"]*)"', m.group(1))
        if name and rid and rid.group(1) in target:
            part = target[rid.group(1)].lstrip("/")
            out[html.unescape(name.group(1))] = part if part.startswith("xl/") else "xl/" + part
    zf.__dict__["_xlproc_sheet_parts"] = out
    return dict(out)


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


_EOCD = struct.Struct("<4s4H2LH")  # end of central directory record
_CDIR = struct.Struct("<4s6H3L5H2L")  # one central directory entry, before its name


def _members(f, size: int) -> list[tuple[str, int, int]] | None:
    """(name, unpacked size, packed size) of every member, read straight from the central
    directory: a tenth of ``zipfile.ZipFile``'s cost, which is most of the sniff of a small
    file. None where anything is unusual (zip64, a comment, data before the archive, a damaged
    directory): ``zipfile`` then decides and says what is wrong."""
    if size < _EOCD.size:
        return None
    f.seek(size - _EOCD.size)
    sig, disk, cd_disk, n_here, n, cd_size, cd_offset, comment = _EOCD.unpack(f.read(_EOCD.size))
    if sig != b"PK\x05\x06" or disk or cd_disk or n_here != n or comment:
        return None
    if cd_offset + cd_size != size - _EOCD.size or n == 0xFFFF or cd_offset == 0xFFFFFFFF:
        return None
    f.seek(cd_offset)
    cd = f.read(cd_size)
    out, pos, step = [], 0, _CDIR.size
    for _ in range(n):
        if pos + step > len(cd):
            return None
        e = _CDIR.unpack_from(cd, pos)
        if e[0] != b"PK\x01\x02" or e[2] > zipfile.MAX_EXTRACT_VERSION:
            return None  # zipfile names a version it cannot read
        packed, unpacked, n_name, n_extra, n_comment = e[8], e[9], e[10], e[11], e[12]
        if 0xFFFFFFFF in (packed, unpacked):
            return None  # sizes in a zip64 extra field: zipfile reads them
        name = cd[pos + step : pos + step + n_name].decode("utf-8", "replace")
        out.append((name, unpacked, packed))
        pos += step + n_name + n_extra + n_comment
    return out if pos == len(cd) else None


def _check_zip(
    path: Path, rel: str, max_bytes: int, max_ratio: float, data: bytes | None = None
) -> Issue | None:
    try:
        if data is not None:
            members = _members(io.BytesIO(data), len(data))
        else:
            with open(path, "rb") as f:
                members = _members(f, path.stat().st_size)
        if members is None:
            with zipfile.ZipFile(io.BytesIO(data) if data is not None else path) as zf:
                members = [(i.filename, i.file_size, i.compress_size) for i in zf.infolist()]
    except NotImplementedError as e:  # e.g. 'zip file version 6.5': a zip feature we cannot read
        return make_issue("FILE_UNREADABLE", rel, value=f"使用了不支持的压缩格式:{e}")
    except Exception:  # BadZipFile, OSError, EOFError, struct.error …: damaged in some way
        return make_issue("FILE_TRUNCATED", rel)
    names = {m[0] for m in members}
    if "word/document.xml" in names:
        return make_issue("FILE_NOT_WORKBOOK", rel, value="Word 文档")
    if any(n.startswith("ppt/") for n in names):
        return make_issue("FILE_NOT_WORKBOOK", rel, value="PowerPoint 演示文稿")
    if not ({"xl/workbook.xml", "xl/workbook.bin", "content.xml"} & names):
        return make_issue("FILE_NOT_WORKBOOK", rel, value="压缩包")
    unpacked = sum(m[1] for m in members)
    packed = sum(m[2] for m in members) or 1
    if unpacked > max_bytes or (unpacked > (16 << 20) and unpacked / packed > max_ratio):
        return make_issue("FILE_TOO_LARGE", rel, value=f"{unpacked / (1 << 20):,.0f} MB")
    if "content.xml" in names and "xl/workbook.xml" not in names:
        return _check_ods_xml(path, rel, data)
    return None


_ODS_TABLE = b"urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_ODS_PREFIX = re.compile(rb"""xmlns:([\w.-]+)\s*=\s*["']""" + re.escape(_ODS_TABLE) + rb"""["']""")
_ODS_SCAN: dict[
    tuple, tuple[str, str, dict, dict, dict]
] = {}  # the last file: (kind, detail, merges, shut, print ranges)


def _scan_ods(
    path: Path, data: bytes | None = None
) -> tuple[
    str, str, dict[str, list[tuple[int, int, int, int]]], dict[str, frozenset[int]], dict[str, str]
]:
    """Whether an ODS's content.xml is well-formed (calamine loops for ever on one cut short
    after a table row; expat also refuses entity expansion beyond a small factor), and its
    merged cells, which python-calamine does not report. One streaming pass: expat checks the
    XML in C without callbacks, a regular expression finds the table elements (a Python call
    per element of the whole document cost five times as much); memory stays flat however
    large the sheet.

    Returns (kind, detail, merges, shut, prints): kind '' (fine), 'xml', 'method' or 'damaged';
    shut each sheet's hidden columns (``table:visibility="collapse"``), where it has any; prints
    each sheet's print ranges (``table:print-ranges``), where it has them. The sniff
    and the reading of the same file share the one scan."""
    from xml.parsers import expat

    st = path.stat()
    key = (str(path), st.st_size, st.st_mtime_ns)
    if key in _ODS_SCAN:
        return _ODS_SCAN[key]
    parser = expat.ParserCreate()
    merges = _OdsMerges()
    try:
        source = io.BytesIO(data) if data is not None else path
        with zipfile.ZipFile(source) as zf, zf.open("content.xml") as f:
            while chunk := f.read(1 << 16):
                parser.Parse(chunk, False)
                merges.feed(chunk)
            parser.Parse(b"", True)
        result: tuple[str, str, dict, dict, dict] = (
            "",
            "",
            merges.close(),
            merges.shut,
            merges.prints,
        )
    except expat.ExpatError as e:
        result = ("xml", str(e), {}, {}, {})
    except NotImplementedError as e:
        result = ("method", str(e), {}, {}, {})
    except MemoryError:
        raise  # not a damaged file: the worker says the file was too large for it
    except Exception:  # a damaged member: bad CRC, bad deflate data, a bad number …
        result = ("damaged", "", {}, {}, {})
    _ODS_SCAN.clear()
    _ODS_SCAN[key] = result
    return result


class _OdsMerges:
    """Each sheet's merged cells in a content.xml fed in pieces: rows and columns counted
    through the repeat attributes; a cell spanning them is a merge. No sheets (merges unknown)
    when the document names no table namespace."""

    def __init__(self) -> None:
        self.out: dict[str, list[tuple[int, int, int, int]]] = {}
        self.shut: dict[str, frozenset[int]] = {}  # each sheet's hidden columns, where any
        self.prints: dict[str, str] = {}  # each sheet's print ranges (table:print-ranges), if any
        self.cols = 0  # the columns declared so far on the sheet
        self.tags: re.Pattern | None = None
        self.attr: re.Pattern | None = None
        self.rest = b""
        self.sheet: str | None = None
        self.merges: list[tuple[int, int, int, int]] = []
        self.r = self.c = 0
        self.rows = 1

    def feed(self, chunk: bytes) -> None:
        buf = self.rest + chunk
        if self.tags is None:
            m = _ODS_PREFIX.search(buf)
            if m is None:
                self.rest = buf[-4096:]  # a declaration cut between two pieces
                return
            p = re.escape(m.group(1))
            quoted = rb"""[^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*"""  # attributes, quotes whole
            self.tags = re.compile(
                rb"<(/?)"
                + p
                + rb":(table|table-row|table-cell|covered-table-cell|table-column)(?=[\s/>])("
                + quoted
                + rb")>"
            )
            self.attr = re.compile(p + rb""":([a-z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
        cut = buf.rfind(b"<")
        if cut <= 0:
            self.rest = buf
            return
        self._scan(buf[:cut])
        self.rest = buf[cut:]

    def close(self) -> dict[str, list[tuple[int, int, int, int]]]:
        if self.tags is not None and self.rest:
            self._scan(self.rest)
        return self.out

    def _scan(self, text: bytes) -> None:
        assert self.tags is not None and self.attr is not None
        for m in self.tags.finditer(text):
            close, name, attrs = m.groups()
            if close:
                if name == b"table-row":
                    self.r += self.rows
                elif name == b"table" and self.sheet is not None:
                    self.out[self.sheet] = self.merges
                    self.sheet = None
                continue
            if name == b"table-column":
                a = {k: v1 or v2 for k, v1, v2 in self.attr.findall(attrs)}
                n = min(int(a.get(b"number-columns-repeated", 1)), 16384)
                if a.get(b"visibility", b"visible") != b"visible" and self.sheet is not None:
                    shut = self.shut.get(self.sheet, frozenset())
                    self.shut[self.sheet] = shut | frozenset(
                        range(self.cols, min(self.cols + n, self.cols + 256))
                    )
                self.cols += n
                continue
            if name == b"table" or b"number-" in attrs:
                a = {k: v1 or v2 for k, v1, v2 in self.attr.findall(attrs)}
            else:  # most cells: a style, a value type, nothing that moves the count
                a = {}
            if name == b"table":
                self.sheet = html.unescape(a.get(b"name", b"").decode("utf-8"))
                if a.get(b"print-ranges"):
                    self.prints[self.sheet] = html.unescape(
                        a[b"print-ranges"].decode("utf-8", "replace")
                    )
                self.merges, self.r, self.cols = [], 0, 0
                if attrs.rstrip().endswith(b"/"):
                    self.out[self.sheet], self.sheet = self.merges, None
            elif name == b"table-row":
                self.c, self.rows = 0, int(a.get(b"number-rows-repeated", 1))
                if attrs.rstrip().endswith(b"/"):
                    self.r += self.rows
            else:
                rs = int(a.get(b"number-rows-spanned", 1))
                cs = int(a.get(b"number-columns-spanned", 1))
                if name == b"table-cell" and (rs > 1 or cs > 1):
                    self.merges.append((self.r, self.c, self.r + rs - 1, self.c + cs - 1))
                self.c += int(a.get(b"number-columns-repeated", 1))


def _check_ods_xml(path: Path, rel: str, data: bytes | None = None) -> Issue | None:
    """The issue that a damaged ODS content.xml makes (see ``_scan_ods``), or None."""
    kind, detail, _merges, _shut, _prints = _scan_ods(path, data)
    if kind == "xml":
        return make_issue("FILE_UNREADABLE", rel, value=f"文件内容已损坏(XML 格式错误):{detail}")
    if kind == "method":
        return make_issue("FILE_UNREADABLE", rel, value=f"使用了不支持的压缩格式:{detail}")
    if kind == "damaged":
        return make_issue("FILE_TRUNCATED", rel)
    return None


def sniff(path: Path, rel: str, max_bytes: int, max_ratio: float) -> Issue | None:
    """Return the issue that makes ``path`` unreadable, or None if it looks like a workbook."""
    return _sniff(path, rel, max_bytes, max_ratio)[0]


_WHOLE = 16 << 20  # files up to this size are read once, for the sniff and the reader alike


def _sniff(
    path: Path, rel: str, max_bytes: int, max_ratio: float
) -> tuple[Issue | None, bytes | None]:
    """``sniff``, and the file's bytes when it is small enough to be read whole (the reader
    then parses them instead of opening the file again)."""
    if path.suffix.lower() == ".et":
        return make_issue("FILE_WPS_ET", rel), None
    try:
        st = path.stat()
        if not stat.S_ISREG(st.st_mode):  # a FIFO or a device would block or never end
            return make_issue("FILE_UNREADABLE", rel, value="不是普通文件"), None
        size = st.st_size
        with open(path, "rb") as f:
            data = f.read() if size <= _WHOLE else None
            head = data[:8] if data is not None else f.read(8)
            if not head:
                return make_issue("FILE_EMPTY", rel), None
            if head.startswith(b"PK"):
                return _check_zip(path, rel, max_bytes, max_ratio, data), data
            if head == OLE_MAGIC:
                if data is not None:
                    body = data[: 4 << 20]
                else:
                    f.seek(0)
                    body = f.read(min(size, 4 << 20))
                if _ENCRYPTION_INFO in body:
                    return make_issue("FILE_ENCRYPTED", rel), None
                if _WORD_STREAM in body:
                    return make_issue("FILE_NOT_WORKBOOK", rel, value="Word 文档"), None
                return None, data
            f.seek(0)
            other = _sniff_other(f.read(4096))
            return make_issue("FILE_NOT_WORKBOOK", rel, value=other), None
    except OSError as e:
        return make_issue("FILE_UNREADABLE", rel, value=e.strerror or type(e).__name__), None


MAX_SHEET_CELLS = 2_000_000  # default of [limits] max_sheet_cells


_strip = str.strip


def _texts(row: list) -> list[str]:
    """A row of cells as text; a row of text only (the usual case) is stripped in C."""
    try:
        return list(map(_strip, row))
    except TypeError:  # a number, date or boolean in the row
        return [c.strip() if type(c) is str else cell_text(c) for c in row]


def read_grids(
    path: Path,
    rel: str,
    max_bytes: int,
    max_ratio: float,
    max_cells: int = MAX_SHEET_CELLS,
    html: bool = True,
) -> tuple[list[Grid], Issue | None]:
    """Read every worksheet of a workbook as grids, or return the issue that prevents it.

    A sheet whose used range exceeds ``max_cells`` (one stray cell at XFD1048576 makes a range
    of 17 billion) is not turned into a grid: it comes back empty with ``refused`` saying why.
    Merged ranges are clipped to the sheet's used range. Cells holding an HTML editor's
    source are read as the text they show (``xlproc.htmlcells``) unless ``html`` is False: a
    copy of the file (feedback) keeps them as written.
    """
    if is_text_table(path, rel):
        got = read_text_table(path, rel, max_bytes, max_cells, html)
        if got is not None:  # (None: a workbook under a text table's name, read as one below)
            return got
    bad, data = _sniff(path, rel, max_bytes, max_ratio)
    if bad is not None:
        if bad.code == "FILE_NOT_WORKBOOK" and bad.value in ("网页(HTML)文件", "文本文件"):
            got = read_disguised(path, rel, max_bytes, max_cells, html)
            if got is not None:  # (None: a message, a note: no table in it)
                return got
        return [], bad
    from python_calamine import CalamineWorkbook, PasswordError, SheetTypeEnum, SheetVisibleEnum

    grids: list[Grid] = []
    xlsx = path.suffix.lower() in (".xlsx", ".xlsm")
    if xlsx and data is not None:
        remember_package(path, data)
    sheet_xml = SheetXml(path, data) if xlsx else None
    headers = PageHeaders(sheet_xml) if sheet_xml is not None else None
    # (the names of a package's parts stand in it unpacked: no comments part, no reading them)
    notes = CellComments(path, data) if xlsx and data is not None and b"comments" in data else None
    drawn = ShapeTexts(data) if xlsx and data is not None and b"xl/drawings/" in data else None
    tips = DataPrompts(sheet_xml) if sheet_xml is not None else None  # (read when a sheet asks)
    lines = CellBorders(sheet_xml) if sheet_xml is not None else None
    links = CellLinks(sheet_xml) if sheet_xml is not None else None
    shut: HiddenColumns | OdsHiddenColumns | None = HiddenColumns(path, data) if xlsx else None
    if path.suffix.lower() == ".ods" and (hid := _scan_ods(path, data)[3]):
        shut = OdsHiddenColumns(hid)  # (the sniff's scan, kept: no second reading)
    prints = PrintAreas(path, data) if xlsx else None
    if path.suffix.lower() == ".ods" and (ranges := _scan_ods(path, data)[4]):
        prints = PrintAreas(None, None, ranges)
    ods_merges: dict[str, list[tuple[int, int, int, int]]] | None = None
    try:
        if data is not None:
            wb = CalamineWorkbook.from_filelike(io.BytesIO(data))
        else:
            with open(path, "rb") as f:
                wb = CalamineWorkbook.from_filelike(f)
        for meta in wb.sheets_metadata:
            if meta.typ != SheetTypeEnum.WorkSheet:
                continue
            sheet = wb.get_sheet_by_name(meta.name)
            hidden = meta.visible != SheetVisibleEnum.Visible
            end = getattr(sheet, "end", None)
            if end is not None and (end[0] + 1) * (end[1] + 1) > max_cells:
                size = f"{end[0] + 1:,} 行 × {end[1] + 1:,} 列"
                grids.append(Grid(str(meta.name), [], None, hidden, refused=size))
                continue
            raw = sheet.to_python(skip_empty_area=False)
            rows = [_texts(row) for row in raw]
            while rows and not any(rows[-1]):
                rows.pop()
            scripts = _one_script(rows)
            # (a feedback copy keeps the cells as written: html=False)
            # (a CSV exporter's text guards '="…"' first: the text inside may hold escapes)
            guards = read_guarded_cells(rows) if html else ("", 0, "")
            marked, escapes = read_marked_cells(rows) if html else (("", 0), ("", 0))
            merges = sheet.merged_cell_ranges
            if merges is None and path.suffix.lower() == ".ods":
                if ods_merges is None:
                    ods_merges = _scan_ods(path, data)[2]
                found = ods_merges.get(meta.name)
                merges = None if found is None else [((a, b), (c, d)) for a, b, c, d in found]
            grids.append(
                Grid(
                    str(meta.name),
                    rows,
                    _clip(merges, rows),
                    hidden,
                    headers=headers,
                    notes=notes,
                    drawn=drawn,
                    tips=tips,
                    lines=lines,
                    links=links,
                    shut=shut,
                    prints=prints,
                    scripts=scripts,
                    html=marked,
                    escapes=escapes,
                    guards=guards,
                )
            )
        wb.close()
    except PasswordError:
        return [], make_issue("FILE_ENCRYPTED", rel)
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as e:  # calamine's errors are several unrelated types, and a panic in
        # its Rust code arrives as pyo3's PanicException, a BaseException: all mean "unreadable"
        return [], _calamine_issue(e, rel)
    return grids, None


def _clip(merges, rows: list[list[str]]) -> list[tuple[int, int, int, int]] | None:
    """Merged ranges within the used range: a merge declared over A1:XFD1048576 would otherwise
    stand for 17 billion covered cells."""
    if merges is None:
        return None
    last_row = len(rows) - 1
    last_col = max(map(len, rows), default=0) - 1
    out = []
    for (r0, c0), (r1, c1) in merges:
        r1, c1 = min(r1, last_row), min(c1, last_col)
        if 0 <= r0 <= r1 and 0 <= c0 <= c1:
            out.append((r0, c0, r1, c1))
    return out


def _calamine_issue(e: BaseException, rel: str) -> Issue:
    text = str(e)
    low = text.lower()
    kind = type(e).__name__
    if "password" in low or "encrypt" in low:
        return make_issue("FILE_ENCRYPTED", rel)
    if "zip" in kind.lower() or "EOCD" in text or "deflate" in low or "cannot detect" in low:
        return make_issue("FILE_TRUNCATED", rel)
    if kind == "PanicException":
        reason = "文件结构异常,读取组件无法处理"
    elif "xml" in kind.lower() or "xml" in low:
        reason = "文件内容已损坏(XML 格式错误)"
    else:
        reason = "文件内容已损坏"
    detail = text.splitlines()[0][:120] if text else ""
    return make_issue("FILE_UNREADABLE", rel, value=f"{reason}:{kind}: {detail}")


# --------------------------------------------------------------------------- text tables
# A form saved as text (Excel's 'CSV (逗号分隔)', '文本文件(制表符分隔)', 'Unicode 文本', an intranet's
# '导出CSV'): one sheet, its fields the cells, read as Excel opens it. Nothing of the cells'
# formats, merges, comments or drop-downs survives in such a file.

TEXT_TABLE_EXTS = {".csv", ".tsv"}  # always read as a table; a .txt only when tab-separated
_TEXT_MAX = 64 << 20  # a form's text is a few KB; beyond this it is no form (and no memory hog)
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig", "UTF-8"), (codecs.BOM_UTF16_LE, "utf-16", "Unicode(UTF-16)"),
         (codecs.BOM_UTF16_BE, "utf-16", "Unicode(UTF-16)"))  # fmt: skip
_DELIMITERS = {",": "逗号", "\t": "制表符", ";": "分号"}
_SHEET_NAME_BAD = re.compile(r"[\[\]:*?/\\]")  # not allowed in a sheet's name (Excel says so)


@dataclass
class TextGrid(Grid):
    """The one sheet of a text table; ``how`` says how its text was read ('GBK 编码、逗号分隔')."""

    how: str = ""


def _text_ext(path: Path, rel: str) -> str:
    """The extension that names the file: the path's, or the relative name's for a kept copy
    stored under its hash (the workbench's blobs have none)."""
    return path.suffix.lower() or Path(rel).suffix.lower()


@dataclass
class WebGrid(Grid):
    """A sheet of a web page or an Excel 2003 XML spreadsheet saved under a workbook's name;
    ``how`` says which ('网页(HTML)格式、UTF-8 编码')."""

    how: str = ""


def read_disguised(
    path: Path, rel: str, max_bytes: int, max_cells: int = MAX_SHEET_CELLS, html: bool = True
) -> tuple[list[Grid], Issue | None] | None:
    """A file named as a workbook whose bytes are a web page holding tables, an Excel 2003 XML
    spreadsheet or tab-separated text (a system's 导出 Excel, Excel's own '文本文件(制表符分隔)'
    renamed): its sheets as Excel opens them (``xlproc.webtable``; the text as a text table), or
    the issue that prevents it; None when it is none of these (a message, a note: it stays a
    file that is no workbook)."""
    from xlproc.webtable import is_xml_spreadsheet, page_rows, xml_sheets

    try:
        if path.stat().st_size > min(max_bytes, _TEXT_MAX):
            return None
        data = path.read_bytes()
    except OSError as e:
        return [], make_issue("FILE_UNREADABLE", rel, value=e.strerror or type(e).__name__)
    if is_xml_spreadsheet(data):
        sheets = xml_sheets(data)
        if sheets is None:
            return [], make_issue("FILE_UNREADABLE", rel, value="XML 电子表格格式错误")
        how = "Excel 2003 XML 电子表格"
        got = [_web_grid(name, rows, merges, how, max_cells, hidden)
               for name, rows, merges, hidden in sheets]  # fmt: skip
        return (got, None) if got else None
    if _tab_separated(data[:8192]):  # (as a .txt is told a table)
        return read_text_table(path, rel, max_bytes, max_cells, html)
    decoded = _decode(data)
    low = data[:4096].lower()
    if decoded is None or not (b"<table" in low or b"<html" in low or b"<!doctype" in low):
        return None
    text, encoding = decoded
    page = page_rows(text)
    if page is None:
        return None
    name = _SHEET_NAME_BAD.sub("_", Path(rel or path.name).stem)[:31] or "Sheet1"
    how = f"网页(HTML)格式、{encoding} 编码"
    return [_web_grid(name, page[0], page[1], how, max_cells)], None


def _web_grid(
    name: str, rows: list[list[str]], merges: list, how: str, max_cells: int, hidden: bool = False
) -> Grid:
    """One sheet of ``read_disguised``: rows as wide as the widest row's last filled cell, the
    merged ranges inside them."""
    while rows and not any(rows[-1]):
        rows.pop()
    width = max((max((c + 1 for c, v in enumerate(r) if v), default=0) for r in rows), default=0)
    if len(rows) * max(width, 1) > max_cells:
        return WebGrid(name, [], None, hidden, refused=f"{len(rows):,} 行 × {width:,} 列", how=how)
    rows = [(r + [""] * (width - len(r)))[:width] for r in rows]
    merges = [(r0, c0, min(r1, len(rows) - 1), min(c1, width - 1))
              for r0, c0, r1, c1 in merges if r0 < len(rows) and c0 < width]  # fmt: skip
    merges = [m for m in merges if (m[0], m[1]) != (m[2], m[3])]
    return WebGrid(name, rows, merges, hidden, scripts=_one_script(rows), how=how)


def is_text_table(path: Path, rel: str = "") -> bool:
    """Whether the file is read as a text table: a .csv or .tsv by its name; a .txt only when
    its first lines are tab-separated columns (Excel's '文本文件(制表符分隔)' and 'Unicode 文本'),
    so that a note ('请查收.txt') stays a skipped file. Only a .txt's head is read."""
    ext = _text_ext(path, rel)
    if ext in TEXT_TABLE_EXTS:
        return True
    if ext != ".txt" or not path.is_file():  # (a FIFO named .txt would block the read)
        return False
    try:
        with open(path, "rb") as f:
            head = f.read(8192)
    except OSError:
        return False
    return _tab_separated(head)


def _tab_separated(head: bytes) -> bool:
    """A text's first lines are tab-separated columns: two at least, and half of the filled ones,
    with two tabs or more."""
    lines = [ln for ln in _head_text(head).splitlines()[:30] if ln.strip()]
    tabbed = [ln for ln in lines if ln.count("\t") >= 2]
    return len(tabbed) >= 2 and 2 * len(tabbed) >= len(lines)


def _decode(data: bytes) -> tuple[str, str] | None:
    """(text, its encoding's name) by a byte-order mark, else strict UTF-8, else strict
    GBK/GB18030; None when none decodes it: never a lenient guess."""
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), name
            except UnicodeDecodeError:
                return None
    for codec, name in (("utf-8", "UTF-8"), ("gbk", "GBK"), ("gb18030", "GB18030")):
        try:
            return data.decode(codec), name
        except UnicodeDecodeError:
            continue
    return None


def _head_text(head: bytes) -> str:
    """A file's first bytes as text enough to count tabs and line ends: UTF-16 by its mark;
    else byte for byte (in UTF-8 and GBK alike a tab or a line end is its ASCII byte)."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return head[: len(head) & ~1].decode("utf-16", "replace")
    return head.decode("latin-1")


def _delimiter(text: str, ext: str) -> str:
    """The delimiter of the first records: the one that splits most of them into the same
    number (2+) of fields; on a tie the extension's own (comma for .csv, tab else)."""
    sample = text[:65536]
    order = [",", ";", "\t"] if ext == ".csv" else ["\t", ",", ";"]
    best, score = order[0], 0
    for d in order:
        widths = Counter()
        try:
            for n, rec in enumerate(csv.reader(io.StringIO(sample, newline=""), delimiter=d)):
                if n >= 60:
                    break
                while rec and not rec[-1].strip():
                    rec.pop()  # (a title line padded to the width: as wide as its text)
                if len(rec) >= 2:
                    widths[len(rec)] += 1
        except csv.Error:
            continue
        got = sum(widths.values()) + (widths.most_common(1)[0][1] if widths else 0)
        if got > score:
            best, score = d, got
    return best


def text_rows(data: bytes, ext: str) -> list[list[str]] | None:
    """A small text table's rows, fields stripped (a roster saved as CSV or as Excel's
    'Unicode 文本'): decoded and split as ``read_text_table`` does; None when the encoding is
    none it knows."""
    decoded = _decode(data)
    if decoded is None or "\x00" in decoded[0]:
        return None
    text = decoded[0]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text, ext))
    return [[v.strip() for v in rec] for rec in reader]


def read_text_table(
    path: Path, rel: str, max_bytes: int, max_cells: int = MAX_SHEET_CELLS, html: bool = True
) -> tuple[list[Grid], Issue | None] | None:
    """A text table as one grid named after the file (as Excel names the sheet it opens it
    in), or the issue that prevents it; None when the bytes are a workbook under a text
    table's name (read as the workbook). Fields are cells, stripped; rows as wide as the widest
    row's last filled field; a quoted field's line breaks stay in the cell. No merges are known:
    a merged cell's value stands on its first line only."""
    name = _SHEET_NAME_BAD.sub("_", Path(rel or path.name).stem)[:31] or "Sheet1"
    try:
        st = path.stat()
        if not stat.S_ISREG(st.st_mode):
            return [], make_issue("FILE_UNREADABLE", rel, value="不是普通文件")
        if st.st_size == 0:
            return [], make_issue("FILE_EMPTY", rel)
        if st.st_size > min(max_bytes, _TEXT_MAX):
            size = f"{st.st_size / (1 << 20):,.0f} MB 的文本"
            return [TextGrid(name, [], None, refused=size)], None
        data = path.read_bytes()
    except OSError as e:
        return [], make_issue("FILE_UNREADABLE", rel, value=e.strerror or type(e).__name__)
    if data.startswith(b"PK") or data[:8] == OLE_MAGIC:
        return None
    other = _sniff_other(data[:4096])
    if other in ("PDF 文件", "RTF 文档", "图片", "压缩包") or (
        other == "网页(HTML)文件" and data.removeprefix(codecs.BOM_UTF8).lstrip()[:1] == b"<"
    ):
        return [], make_issue("FILE_NOT_WORKBOOK", rel, value=other)
    decoded = _decode(data)
    if decoded is None or "\x00" in decoded[0]:
        why = "文本的编码无法识别或含有二进制内容,不是 UTF-8、GBK/GB18030 或带 BOM 的 Unicode 文本"
        return [], make_issue("FILE_UNREADABLE", rel, value=why)
    text, encoding = decoded
    delimiter = _delimiter(text, _text_ext(path, rel))
    rows: list[list[str]] = []
    cells = 0
    try:
        for rec in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
            row = [v.replace("\r\n", "\n").replace("\r", "\n").strip() for v in rec]
            rows.append(row)
            cells += len(row)
            if cells > max_cells:
                grid = TextGrid(name, [], None, refused=f"超过 {max_cells:,} 个单元格")
                return [grid], None
    except csv.Error as e:  # a field past the csv module's limit: a quote never closed
        return [], make_issue("FILE_UNREADABLE", rel, value=f"CSV 格式错误:{e}")
    while rows and not any(rows[-1]):
        rows.pop()
    width = max((max((c + 1 for c, v in enumerate(r) if v), default=0) for r in rows), default=0)
    if len(rows) * max(width, 1) > max_cells:
        size = f"{len(rows):,} 行 × {width:,} 列"
        return [TextGrid(name, [], None, refused=size)], None
    rows = [(r + [""] * (width - len(r)))[:width] for r in rows]
    scripts = _one_script(rows)
    # (a feedback copy keeps the cells as written: html=False)
    guards = read_guarded_cells(rows) if html else ("", 0, "")
    marked, escapes = read_marked_cells(rows) if html else (("", 0), ("", 0))
    how = f"{encoding} 编码、{_DELIMITERS[delimiter]}分隔"
    return [
        TextGrid(
            name, rows, None, scripts=scripts, how=how, html=marked, escapes=escapes, guards=guards
        )
    ], None
