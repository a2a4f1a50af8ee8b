"""Every kind of unusable file becomes one issue naming it; the batch goes on; no traceback."""

import os
import struct
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import GENERAL_FORM, tree_hash, write_workbook
from hypothesis import given
from hypothesis import strategies as st

from xlproc.cli import main
from xlproc.collect import collect_inbox

DATA = Path(__file__).parent / "data"


def _lie_about_size(path: Path, name: str, size: int) -> None:
    """Patch a zip so that ``name`` declares ``size`` unpacked bytes (a decompression bomb's header)."""
    data = bytearray(path.read_bytes())
    raw = name.encode()
    for sig, size_off in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = 0
        while (i := data.find(sig, start)) >= 0:
            start = i + 4
            name_len = struct.unpack_from("<H", data, i + (26 if sig == b"PK\x03\x04" else 28))[0]
            name_at = i + (30 if sig == b"PK\x03\x04" else 46)
            if bytes(data[name_at : name_at + name_len]) == raw:
                struct.pack_into("<I", data, i + size_off, size)
    path.write_bytes(bytes(data))


@pytest.fixture
def bad_inbox(tmp_path):
    inbox = tmp_path / "inbox"
    good = write_workbook(inbox / "正常.xlsx", {"张三": GENERAL_FORM})
    (inbox / "空文件.xlsx").write_bytes(b"")
    (inbox / "传输损坏.xlsx").write_bytes(good.read_bytes()[:900])
    with zipfile.ZipFile(inbox / "情况说明.xlsx", "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
    (inbox / "请查收.xls").write_bytes("各位同事:附件为本科室的表格,请查收。".encode("gb18030"))
    # a system's 导出 Excel that failed: its error page saved as .xls (a page WITH a table is
    # read: tests/test_forms_sent_as_web_pages.py)
    (inbox / "网页导出.xls").write_bytes(
        "<html><body><p>导出失败：会话已过期，请重新登录</p></body></html>".encode()
    )
    (inbox / "加密.xlsx").write_bytes((DATA / "password-1234.xlsx").read_bytes())
    bomb = inbox / "炸弹.xlsx"
    bomb.write_bytes(good.read_bytes())
    _lie_about_size(bomb, "xl/worksheets/sheet1.xml", 0xFFFFFF00)
    (inbox / "表格.et").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504)
    (inbox / "~$正常.xlsx").write_bytes(b"\x05lock")
    (inbox / ".DS_Store").write_bytes(b"\0\0")
    (inbox / "说明.docx").write_bytes(b"PK\x03\x04")
    return inbox


EXPECTED = {
    "空文件.xlsx": "FILE_EMPTY",
    "传输损坏.xlsx": "FILE_TRUNCATED",
    "情况说明.xlsx": "FILE_NOT_WORKBOOK",
    "请查收.xls": "FILE_NOT_WORKBOOK",
    "网页导出.xls": "FILE_NOT_WORKBOOK",
    "加密.xlsx": "FILE_ENCRYPTED",
    "炸弹.xlsx": "FILE_TOO_LARGE",
    "表格.et": "FILE_WPS_ET",
    "说明.docx": "FILE_SKIPPED",
}


def test_each_bad_file_is_one_issue_and_the_batch_goes_on(bad_inbox):
    res = collect_inbox([bad_inbox], jobs=1)
    got = dict(zip(res.issues["source_file"], res.issues["code"], strict=True))
    assert got == EXPECTED
    assert res.posts["person"].tolist() == ["张三"]
    c = res.counts()
    assert (c["files"], c["read"], c["skipped"], c["unreadable"]) == (12, 1, 3, 8)
    msgs = dict(zip(res.issues["source_file"], res.issues["message"], strict=True))
    assert "Word 文档" in msgs["情况说明.xlsx"] and "文本文件" in msgs["请查收.xls"]
    assert "HTML" in msgs["网页导出.xls"] and "密码" in msgs["加密.xlsx"]


def test_cli_reports_exits_0_and_leaves_inbox_untouched(bad_inbox, tmp_path):
    before = tree_hash(bad_inbox)
    out = tmp_path / "out"
    res = CliRunner().invoke(
        main, ["collect", str(bad_inbox), "-o", str(out / "a.xlsx"), "--export-dir", str(out)]
    )
    assert res.exit_code == 0, res.output
    assert "Traceback" not in res.output
    assert "文件 12 = 已读取 1 + 已跳过 3 + 无法读取 8" in res.output
    assert tree_hash(bad_inbox) == before
    strict = CliRunner().invoke(
        main, ["collect", str(bad_inbox), "-o", str(out / "b.xlsx"), "--strict"]
    )
    assert strict.exit_code == 1
    check = CliRunner().invoke(main, ["check", str(bad_inbox)])
    assert check.exit_code == 1 and "传输损坏.xlsx" in check.output


def test_bomb_limit_comes_from_config(tmp_path):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "a.xlsx", {"张三": GENERAL_FORM})
    cfg = tmp_path / "x.toml"
    cfg.write_text("[limits]\nmax_unpacked_bytes = 1000\n", encoding="utf-8")
    res = collect_inbox([inbox], config_path=str(cfg), jobs=1)
    assert res.issues["code"].tolist() == ["FILE_TOO_LARGE"]


@pytest.mark.skipif(
    not os.environ.get("XLPROC_SLOW"), reason="set XLPROC_SLOW=1 for the real 1 GB bomb"
)
def test_real_bomb_is_refused_fast(tmp_path):
    import resource
    import time

    inbox = tmp_path / "inbox"
    good = write_workbook(inbox / "a.xlsx", {"S": [["x"]]})
    bomb = inbox / "bomb.xlsx"
    with zipfile.ZipFile(good) as zin, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if info.filename == "xl/worksheets/sheet1.xml":
                with zout.open(info.filename, "w", force_zip64=True) as f:
                    chunk = b"<!--" + b" " * (1 << 20) + b"-->"
                    for _ in range(1024):
                        f.write(chunk)
            else:
                zout.writestr(info, zin.read(info.filename))
    good.unlink()
    t = time.perf_counter()
    res = collect_inbox([inbox], jobs=1)
    assert res.issues["code"].tolist() == ["FILE_TOO_LARGE"]
    assert time.perf_counter() - t < 5
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss < 2 * 1024 * 1024  # KB: under 2 GB


@given(
    st.lists(
        st.tuples(st.sampled_from(["xl/workbook.xml", "xl/表.xml", "content.xml", "a/b.bin"]),
                  st.binary(max_size=300), st.booleans()),
        min_size=1, max_size=6, unique_by=lambda m: m[0],
    ),
    st.binary(max_size=20),
    st.binary(max_size=40),
)  # fmt: skip
def test_the_quick_member_list_agrees_with_zipfile_or_defers_to_it(members, comment, before):
    """The sniff reads a zip's central directory itself; where it answers, it answers what
    zipfile does, and a comment or data before the archive leave the answer to zipfile."""
    import io

    from xlproc.workbook import _members

    buf = io.BytesIO()
    buf.write(before)
    with zipfile.ZipFile(buf, "a" if before else "w") as zf:
        for name, data, deflate in members:
            zf.writestr(name, data, zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED)
        zf.comment = comment
    raw = buf.getvalue()
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as zf:
            expected = [(i.filename, i.file_size, i.compress_size) for i in zf.infolist()]
    except zipfile.BadZipFile:  # zipfile itself is lost (a comment holding PK\5\6): so are we
        expected = None
    got = _members(io.BytesIO(raw), len(raw))
    assert got is None or got == expected
    if not comment and not before:
        assert got == expected
    for cut in (len(raw) - 1, len(raw) // 2):  # cut short: never a wrong list
        assert _members(io.BytesIO(raw[:cut]), cut) is None


def test_zip64_sizes_in_the_central_directory_are_left_to_zipfile(tmp_path):
    """Entries whose sizes sit in a zip64 extra field (0xFFFFFFFF in the entry) under an
    ordinary end record: the quick reader defers, the file is read, not refused as huge."""
    from xlproc.workbook import read_grids

    data = write_workbook(tmp_path / "src.xlsx", {"S": GENERAL_FORM}).read_bytes()
    eocd = data.rfind(b"PK\x05\x06")
    sig, disk, cdd, nh, n, cds, cdo, cl = struct.unpack("<4s4H2LH", data[eocd : eocd + 22])
    cd, out, pos = data[cdo : cdo + cds], b"", 0
    for _ in range(n):
        e = list(struct.unpack("<4s6H3L5H2L", cd[pos : pos + 46]))
        nl, xl, cl2 = e[10], e[11], e[12]
        rest = cd[pos + 46 : pos + 46 + nl + xl + cl2]
        z64 = struct.pack("<HHQQ", 1, 16, e[9], e[8])
        e[8] = e[9] = 0xFFFFFFFF
        e[11] = xl + len(z64)
        out += struct.pack("<4s6H3L5H2L", *e) + rest[: nl + xl] + z64 + rest[nl + xl :]
        pos += 46 + nl + xl + cl2
    path = tmp_path / "zip64.xlsx"
    path.write_bytes(
        data[:cdo] + out + struct.pack("<4s4H2LH", sig, disk, cdd, nh, n, len(out), cdo, cl)
    )
    grids, bad = read_grids(path, path.name, 512 << 20, 200.0)
    assert bad is None and [g.name for g in grids] == ["S"]


@pytest.mark.parametrize(
    ("quote", "name", "sheet"),
    [('"', "S1", "S1"), ("'", "S1", "S1"), ('"', "O&#39;Brien", "O'Brien"), ('"', "a>b", "a>b")],
)
@pytest.mark.parametrize("piece", [7, 1 << 16])
def test_ods_merges_found_however_the_xml_is_written_and_cut(quote, name, sheet, piece):
    """Merges of an ODS content.xml, fed in pieces as it is decompressed: any quoting, character
    references in the sheet name, '>' inside an attribute, a piece ending inside a tag."""
    from xlproc.workbook import _OdsMerges

    q = quote
    ns = f"xmlns:table={q}urn:oasis:names:tc:opendocument:xmlns:table:1.0{q}"
    span = f" table:number-rows-spanned={q}2{q} table:number-columns-spanned={q}1{q}"
    xml = (f"<?xml version='1.0'?><office:document-content {ns}><table:table table:name={q}{name}{q}>"
           f"<table:table-row><table:table-cell{span}><text:p>A</text:p></table:table-cell>"
           f"<table:table-cell table:number-columns-repeated={q}2{q}/></table:table-row>"
           f"<table:table-row table:number-rows-repeated={q}1{q}><table:covered-table-cell/>"
           f"<table:table-cell table:number-columns-spanned={q}2{q}/></table:table-row>"
           "</table:table></office:document-content>").encode()  # fmt: skip
    scan = _OdsMerges()
    for i in range(0, len(xml), piece):
        scan.feed(xml[i : i + piece])
    assert scan.close() == {sheet: [(0, 0, 1, 0), (1, 1, 1, 2)]}
