"""Seeded, deterministic mutations of real workbooks, for tests/test_fuzz.py.

The seeds are the returned workbooks in ``samples/inbox`` and the files other programs saved in
``tests/data`` (.xlsx, .xls, .ods). Each case applies one to three mutators to one seed:
byte flips, zip header fields (version needed, flags, compression method, sizes, offsets,
counts), truncation, broken and oversized XML, far cells and huge merges, bad shared-string
and style indices, odd cell values, huge strings, entity expansion (billion laughs) and
external entities, ``../`` and absolute entry names, duplicate and missing entries, odd sheet
names, repeated ODS rows and columns, unusual compression. ``cases(n, seed)`` gives the same
files for the same arguments on every machine.
"""

from __future__ import annotations

import io
import random
import re
import struct
import warnings
import zipfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED_DIRS = [ROOT / "samples" / "inbox", ROOT / "tests" / "data"]
SEED_EXTS = {".xlsx", ".xls", ".ods"}

Entries = list[tuple[zipfile.ZipInfo, bytes]]


def load_seeds() -> list[tuple[str, bytes]]:
    """(name, bytes) of every seed workbook, sorted by name (lock files excluded)."""
    out = []
    for d in SEED_DIRS:
        for p in sorted(d.iterdir()):
            if p.suffix.lower() in SEED_EXTS and not p.name.startswith("~$"):
                out.append((p.name, p.read_bytes()))
    return sorted(out)


# -- zip plumbing ------------------------------------------------------------------------


def _read_zip(data: bytes) -> Entries | None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return [(i, z.read(i)) for i in z.infolist()]
    except Exception:
        return None


def _write_zip(entries: Entries, method: int | None = None) -> bytes:
    buf = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate names are the point of some mutations
        with zipfile.ZipFile(buf, "w") as z:
            for info, body in entries:
                new = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
                new.compress_type = info.compress_type if method is None else method
                z.writestr(new, body)
    return buf.getvalue()


def _xml_entries(entries: Entries, prefer: tuple[str, ...] = ()) -> list[int]:
    idx = [k for k, (i, _) in enumerate(entries) if i.filename.endswith((".xml", ".rels"))]
    pref = [k for k in idx if any(p in entries[k][0].filename for p in prefer)]
    return pref or idx


def _sheets(entries: Entries) -> list[int]:
    return [
        k
        for k, (i, _) in enumerate(entries)
        if re.search(r"(worksheets/sheet\d+\.xml|content\.xml)$", i.filename)
    ]


def _on_entry(
    pick: Callable[[Entries], list[int]], change: Callable[[random.Random, str, str], str]
):
    """A mutator that rewrites the text of one entry chosen among ``pick(entries)``."""

    def mutator(rng: random.Random, data: bytes) -> bytes | None:
        entries = _read_zip(data)
        if not entries:
            return None
        choices = pick(entries)
        if not choices:
            return None
        k = rng.choice(choices)
        info, body = entries[k]
        text = body.decode("utf-8", errors="replace")
        new = change(rng, text, info.filename)
        if new is None:
            return None
        entries[k] = (info, new.encode("utf-8", errors="surrogatepass"))
        return _write_zip(entries)

    return mutator


# -- byte-level mutators -------------------------------------------------------------------


def flip(rng: random.Random, data: bytes) -> bytes:
    b = bytearray(data)
    for _ in range(rng.randint(1, 16)):
        k = rng.randrange(len(b))
        b[k] ^= 1 << rng.randrange(8) if rng.random() < 0.7 else rng.randrange(1, 256)
    return bytes(b)


def flip_tail(rng: random.Random, data: bytes) -> bytes:
    """Flips in the last tenth, where a zip keeps its central directory."""
    b = bytearray(data)
    start = max(0, len(b) - max(64, len(b) // 10))
    for _ in range(rng.randint(1, 6)):
        k = rng.randrange(start, len(b))
        b[k] = rng.randrange(256)
    return bytes(b)


def truncate(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randrange(1, len(data))]


ODD_NUMBERS = [0, 1, 0xFF, 0xFFFF, 0x7FFF, 0x8000, 0xFFFFFFFF, 0x7FFFFFFF, 0x80000000, 65, 99]
# (header signature, {field: (offset, size)})
HEADERS = {
    b"PK\x03\x04": {"version": (4, 2), "flags": (6, 2), "method": (8, 2), "crc": (14, 4),
                    "csize": (18, 4), "usize": (22, 4), "name_len": (26, 2), "extra_len": (28, 2)},
    b"PK\x01\x02": {"version_made": (4, 2), "version": (6, 2), "flags": (8, 2), "method": (10, 2),
                    "crc": (16, 4), "csize": (20, 4), "usize": (24, 4), "name_len": (28, 2),
                    "extra_len": (30, 2), "comment_len": (32, 2), "disk": (34, 2), "offset": (42, 4)},
    b"PK\x05\x06": {"disk_entries": (8, 2), "entries": (10, 2), "cd_size": (12, 4),
                    "cd_offset": (16, 4), "comment_len": (20, 2)},
}  # fmt: skip
FIELD_VALUES = {
    "version": [0, 10, 20, 45, 46, 51, 63, 64, 65, 99, 0xFFFF],
    "flags": [1, 8, 0x20, 0x40, 0x41, 0x800, 0x2000, 0xFFFF],
    "method": [0, 1, 6, 9, 12, 14, 93, 95, 98, 99, 0xFFFF],
}


def zip_field(rng: random.Random, data: bytes) -> bytes | None:
    """One field of one local, central or end-of-directory header set to an odd value."""
    sig = rng.choice(list(HEADERS))
    spots = [m.start() for m in re.finditer(re.escape(sig), data)]
    if not spots:
        return None
    at = rng.choice(spots)
    name, (off, size) = rng.choice(list(HEADERS[sig].items()))
    values = FIELD_VALUES.get(name, ODD_NUMBERS)
    value = rng.choice(values) if rng.random() < 0.8 else rng.randrange(1 << (8 * size))
    if size == 2:
        value &= 0xFFFF
    b = bytearray(data)
    if at + off + size > len(b):
        return None
    struct.pack_into("<H" if size == 2 else "<I", b, at + off, value)
    return bytes(b)


def recompress(rng: random.Random, data: bytes) -> bytes | None:
    """A valid zip with another compression method (stored, bzip2, lzma)."""
    entries = _read_zip(data)
    if not entries:
        return None
    return _write_zip(
        entries, rng.choice([zipfile.ZIP_STORED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA])
    )


def raw_deflate_garbage(rng: random.Random, data: bytes) -> bytes | None:
    """An entry whose deflate stream is garbage (valid headers, CRC of nothing)."""
    entries = _read_zip(data)
    if not entries:
        return None
    k = rng.randrange(len(entries))
    info, body = entries[k]
    comp = bytearray(zlib.compress(body)[2:-4])
    for _ in range(rng.randint(1, 8)):
        if comp:
            comp[rng.randrange(len(comp))] = rng.randrange(256)
    # write as stored with the bytes of a broken deflate stream, then claim deflate
    entries[k] = (info, bytes(comp))
    out = bytearray(_write_zip(entries, zipfile.ZIP_STORED))
    name = info.filename.encode()
    for sig, moff in ((b"PK\x03\x04", 8), (b"PK\x01\x02", 10)):
        for m in re.finditer(re.escape(sig), out):
            i = m.start()
            nlen_at, name_at = (26, 30) if sig == b"PK\x03\x04" else (28, 46)
            if i + name_at + len(name) <= len(out):
                nlen = struct.unpack_from("<H", out, i + nlen_at)[0]
                if bytes(out[i + name_at : i + name_at + nlen]) == name:
                    struct.pack_into("<H", out, i + moff, 8)
    return bytes(out)


# -- XML mutators ----------------------------------------------------------------------------


def _break_xml(rng: random.Random, text: str, name: str) -> str:
    n = len(text)
    if n < 2:
        return text + "<"
    k = rng.randrange(n)
    how = rng.randrange(8)
    if how == 0:
        return text[:k]  # cut short
    if how == 1:
        return (
            text[:k]
            + rng.choice(["<", "&", "]]>", "<!--", "<?", "\x00", "\ufffe", "&bogus;", "&#0;"])
            + text[k:]
        )
    if how == 2:
        j = min(n, k + rng.randint(1, 200))
        return text[:k] + text[j:]  # a span removed
    if how == 3:
        return re.sub(r"</[A-Za-z:]+>", "", text, count=rng.randint(1, 5))  # unclosed tags
    if how == 4:
        return text.replace("<", "<x", 1) if rng.random() < 0.5 else text[::-1]
    if how == 5:
        j = min(n, k + rng.randint(1, 400))
        return text[:j] + text[k:j] * rng.randint(2, 50) + text[j:]  # a span repeated
    if how == 6:
        return re.sub(r'="[^"]*"', lambda m: '="' + rng.choice(["", "-1", "x", "9" * 30, "&", "<"]) + '"',
                      text, count=rng.randint(1, 20))  # fmt: skip
    return "\ufeff\ufeff" + text + "<trailing/>" * rng.randint(1, 3)


def _oversize(rng: random.Random, text: str, name: str) -> str:
    """Many rows, very wide rows or very deep nesting in a sheet."""
    how = rng.randrange(4)
    if name.endswith("content.xml"):
        row = '<table:table-row><table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>'
        return text.replace("</table:table>", row * rng.randint(2000, 20000) + "</table:table>", 1)
    if how == 0:
        rows = "".join(f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>行{r}</t></is></c></row>'
                       for r in range(2000, 2000 + rng.randint(1000, 30000)))  # fmt: skip
        return text.replace("</sheetData>", rows + "</sheetData>", 1)
    if how == 1:
        cells = "".join(f'<c r="{_col(c)}900" t="inlineStr"><is><t>x</t></is></c>'
                        for c in range(rng.randint(500, 16384)))  # fmt: skip
        return text.replace("</sheetData>", f'<row r="900">{cells}</row></sheetData>', 1)
    if how == 2:
        depth = rng.randint(1000, 200000)
        return text.replace("</sheetData>", "<x>" * depth + "</x>" * depth + "</sheetData>", 1)
    return text.replace(
        "</sheetData>",
        "<row>" + "<c><v>1</v></c>" * rng.randint(1000, 20000) + "</row></sheetData>",
        1,
    )


def _col(c: int) -> str:
    s = ""
    c += 1
    while c:
        c, r = divmod(c - 1, 26)
        s = chr(65 + r) + s
    return s


def _far_cell(rng: random.Random, text: str, name: str) -> str:
    """A cell far away: the used range becomes enormous (a dense reader would allocate it)."""
    if name.endswith("content.xml"):
        return re.sub(r'table:number-(columns|rows)-repeated="\d+"',
                      lambda m: f'table:number-{m[1]}-repeated="{rng.choice([1 << 20, 1 << 24, 1 << 31, 16384])}"',
                      text, count=rng.randint(1, 3))  # fmt: skip
    row = rng.choice([1048576, 1000000, 65536, rng.randint(2000, 1048576)])
    col = rng.choice([16383, 702, 255, rng.randrange(16384)])
    cell = f'<row r="{row}"><c r="{_col(col)}{row}" t="inlineStr"><is><t>远</t></is></c></row>'
    return text.replace("</sheetData>", cell + "</sheetData>", 1)


def _huge_merge(rng: random.Random, text: str, name: str) -> str:
    ref = rng.choice(
        ["A1:XFD1048576", "A5:A1048576", "B2:XFD2", "XFD1048576:A1", "A0:B0", "Z9:A1", "A1:A1"]
    )
    merge = f'<mergeCell ref="{ref}"/>'
    if "<mergeCells" in text:
        return re.sub(r"(<mergeCells[^>]*>)", r"\1" + merge, text, count=1)
    return text.replace(
        "</sheetData>", f'</sheetData><mergeCells count="1">{merge}</mergeCells>', 1
    )


def _bad_index(rng: random.Random, text: str, name: str) -> str:
    """Shared-string and style indices that point nowhere."""

    def odd() -> str:
        return rng.choice(["999999", "-1", "4294967296", "1e3", "x", "", "0x10", "9" * 20])

    if rng.random() < 0.5:
        text = re.sub(
            r'(<c [^>]*t="s"[^>]*>\s*<v>)[^<]*',
            lambda m: m[1] + odd(),
            text,
            count=rng.randint(1, 10),
        )
        # inline strings turned into shared-string references
        text = re.sub(r'<c ([^>]*)t="inlineStr"([^>]*)><is>.*?</is></c>',
                      lambda m: f'<c {m[1]}t="s"{m[2]}><v>{odd()}</v></c>', text, count=rng.randint(1, 10))  # fmt: skip
    else:
        text = re.sub(r' s="\d+"', lambda m: f' s="{odd()}"', text, count=rng.randint(1, 20))
    return text


def _odd_values(rng: random.Random, text: str, name: str) -> str:
    values = [('t="n"', "abc"), ('t="n"', "1e999"), ('t="n"', "NaN"), ('t="n"', "-0"), ('t="b"', "7"),
              ('t="e"', "#BOGUS!"), ('t="d"', "not-a-date"), ('t="d"', "99999-99-99T99:99"),
              ('t="str"', "=1/0"), ('t="n" s="1"', "2958466"), ('t="n" s="1"', "-1"), ('t="n"', "1" * 400)]  # fmt: skip
    cells = "".join(
        f'<c r="{_col(c)}3000" {t}><v>{v}</v></c>' for c, (t, v) in enumerate(rng.sample(values, 5))
    )
    return text.replace("</sheetData>", f'<row r="3000">{cells}</row></sheetData>', 1)


def _huge_string(rng: random.Random, text: str, name: str) -> str:
    size = rng.choice([40_000, 300_000, 2_000_000, 6_000_000])
    s = ("风险点" * (size // 3 + 1))[:size]
    if "<t>" in text or "<t " in text:
        return re.sub(r"(<t[^>]*>)[^<]*", lambda m: m[1] + s, text, count=1)
    if "<text:p>" in text:
        return text.replace("<text:p>", "<text:p>" + s, 1)
    return text.replace(
        "</sheetData>",
        f'<row r="5000"><c r="A5000" t="inlineStr"><is><t>{s}</t></is></c></row></sheetData>',
        1,
    )


LAUGHS = (
    '<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{k} "{("&lol" + str(k - 1) + ";" if k > 1 else "&lol;") * 10}">' for k in range(1, 10))
    + "]>"
)  # fmt: skip
EXTERNAL = '<!DOCTYPE x [<!ENTITY ext SYSTEM "file:///etc/passwd"><!ENTITY web SYSTEM "http://127.0.0.1:9/x">]>'


def _entities(rng: random.Random, text: str, name: str) -> str:
    doctype = LAUGHS if rng.random() < 0.7 else EXTERNAL
    ref = "&lol9;" if doctype is LAUGHS else rng.choice(["&ext;", "&web;"])
    m = re.match(r"(<\?xml[^>]*\?>)?", text)
    head = m.group(0) if m else ""
    body = text[len(head) :]
    body = re.sub(r"(<t[^>]*>|<text:p>)", lambda mm: mm[1] + ref, body, count=2)
    if ref not in body:
        body = re.sub(r'(name=")', r"\1" + ref, body, count=1)
    return head + doctype + body


def _sheet_names(rng: random.Random, text: str, name: str) -> str:
    odd = rng.choice(
        [
            "",
            " ",
            "a" * 300,
            "\x01\x02",
            "[bad]:*?/\\",
            "'",
            "历史'表",
            "Sheet1",
            "&amp;&lt;",
            "\ud800",
        ]
    )
    return re.sub(r'(<sheet [^>]*name=")[^"]*', lambda m: m[1] + odd, text, count=rng.randint(1, 3))


def _rels_target(rng: random.Random, text: str, name: str) -> str:
    target = rng.choice(["../../../../etc/passwd", "/etc/passwd", "http://127.0.0.1:9/x.xml", "worksheets/none.xml",
                         "worksheets/sheet1.xml", "", "\\\\server\\share\\x.xml", "../" * 40 + "x"])  # fmt: skip
    return re.sub(r'(Target=")[^"]*', lambda m: m[1] + target, text, count=rng.randint(1, 2))


xml_break = _on_entry(
    lambda e: _xml_entries(e, ("sheet", "workbook", "sharedStrings", "styles", "content")),
    _break_xml,
)
xml_oversize = _on_entry(_sheets, _oversize)
far_cell = _on_entry(_sheets, _far_cell)
huge_merge = _on_entry(
    lambda e: [k for k in _sheets(e) if not e[k][0].filename.endswith("content.xml")], _huge_merge
)
bad_index = _on_entry(
    lambda e: [k for k in _sheets(e) if not e[k][0].filename.endswith("content.xml")], _bad_index
)
odd_values = _on_entry(
    lambda e: [k for k in _sheets(e) if not e[k][0].filename.endswith("content.xml")], _odd_values
)
huge_string = _on_entry(
    lambda e: _xml_entries(e, ("sharedStrings", "sheet", "content")), _huge_string
)
entities = _on_entry(
    lambda e: _xml_entries(e, ("sharedStrings", "workbook.xml", "sheet", "content", "styles")),
    _entities,
)
sheet_names = _on_entry(
    lambda e: [k for k, (i, _) in enumerate(e) if i.filename.endswith("workbook.xml")], _sheet_names
)
rels_target = _on_entry(lambda e: [k for k, (i, _) in enumerate(e) if i.filename.endswith(".rels")], _rels_target)  # fmt: skip


# -- entry-level mutators ----------------------------------------------------------------------


def dotdot(rng: random.Random, data: bytes) -> bytes | None:
    """Entries named ``../x``, ``/abs`` or ``..\\x``: a reader must never write them anywhere."""
    entries = _read_zip(data)
    if not entries:
        return None
    evil = rng.choice(["../../fuzz-escaped.txt", "/tmp/fuzz-escaped-abs.txt", "..\\..\\fuzz-escaped-win.txt",
                       "xl/../../fuzz-escaped.xml", "../xl/worksheets/sheet1.xml"])  # fmt: skip
    if rng.random() < 0.5:
        entries.append((zipfile.ZipInfo(evil), b"escaped"))
    else:
        k = rng.randrange(len(entries))
        info, body = entries[k]
        entries[k] = (zipfile.ZipInfo(rng.choice(["../", "/", "./../"]) + info.filename), body)
    return _write_zip(entries)


def duplicate(rng: random.Random, data: bytes) -> bytes | None:
    """The same entry name twice, with the same or other content, before or after the first."""
    entries = _read_zip(data)
    if not entries:
        return None
    k = rng.randrange(len(entries))
    info, body = entries[k]
    other = (
        body
        if rng.random() < 0.3
        else (rng.choice(entries)[1] if rng.random() < 0.5 else body[: len(body) // 2])
    )
    at = rng.choice([0, len(entries), k + 1])
    entries.insert(at, (zipfile.ZipInfo(info.filename), other))
    return _write_zip(entries)


def drop_entry(rng: random.Random, data: bytes) -> bytes | None:
    entries = _read_zip(data)
    if not entries or len(entries) < 2:
        return None
    del entries[rng.randrange(len(entries))]
    return _write_zip(entries)


MUTATORS: dict[str, Callable[[random.Random, bytes], bytes | None]] = {
    "flip": flip, "fliptail": flip_tail, "truncate": truncate, "zipfield": zip_field,
    "recompress": recompress, "deflate": raw_deflate_garbage, "xmlbreak": xml_break,
    "oversize": xml_oversize, "farcell": far_cell, "merge": huge_merge, "badindex": bad_index,
    "values": odd_values, "hugestr": huge_string, "entities": entities, "sheetnames": sheet_names,
    "rels": rels_target, "dotdot": dotdot, "duplicate": duplicate, "drop": drop_entry,
}  # fmt: skip
# how often each is picked: the structural ones find more than random flips
WEIGHTS = {"flip": 3, "fliptail": 2, "truncate": 2, "zipfield": 4, "recompress": 1, "deflate": 1,
           "xmlbreak": 5, "oversize": 1, "farcell": 2, "merge": 2, "badindex": 3, "values": 2,
           "hugestr": 1, "entities": 2, "sheetnames": 2, "rels": 2, "dotdot": 2, "duplicate": 2, "drop": 2}  # fmt: skip
HEAVY = {"oversize", "hugestr"}  # big outputs: at most one in 25 cases


def mutate(rng: random.Random, data: bytes, light: bool = False) -> tuple[str, bytes]:
    """Apply one to three mutators; return their names joined by '+' and the new bytes."""
    names, weights = zip(
        *((n, w) for n, w in WEIGHTS.items() if not (light and n in HEAVY)), strict=True
    )
    applied = []
    for _ in range(rng.choice([1, 1, 1, 2, 3])):
        name = rng.choices(names, weights)[0]
        out = MUTATORS[name](rng, data)
        if out is None:  # not applicable to this file (e.g. an .xls is not a zip)
            name, out = "flip", flip(rng, data)
        applied.append(name)
        data = out
    return "+".join(applied), data


def cases(n: int, seed: int = 20261128) -> Iterator[tuple[str, bytes]]:
    """``n`` mutated files as (file name, bytes); the same for the same ``n`` and ``seed``."""
    seeds = load_seeds()
    rng = random.Random(seed)
    for k in range(n):
        name, data = seeds[k % len(seeds)]
        how, out = mutate(rng, data, light=k % 25 != 0)
        stem, ext = name.rsplit(".", 1)
        yield f"{k:05d}-{how}-{stem}.{ext}", out
