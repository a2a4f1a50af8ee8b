"""Forms sent as what a system's 导出 Excel button writes: a web page (HTML, often GBK with a
``<meta charset=gb2312>``, Excel's own 'x:' attributes and class names) or an Excel 2003 XML
spreadsheet, saved as ``.xls``; and Excel's '文本文件(制表符分隔)' / 'Unicode 文本' renamed ``.xls``.
Excel and WPS open them all without a word, so they come back as they are.

Each must yield what the same table read as an .xlsx (with its merges) yields, said once
(FILE_WEB_TABLE / FILE_TEXT_TABLE); a page or a text that holds no table (a message saved as a
page, a note) stays a file that is no workbook; a broken XML spreadsheet is reported, not
guessed. The tables here are not test_forms_sent_as_csv.py's: another unit, other words.
"""

from html import escape
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import tree_hash, write_workbook
from hypothesis import given, settings
from hypothesis import strategies as st

from xlproc.cli import main
from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT
from xlproc.webtable import page_rows, xml_sheets

UNIT = "旌德县自然资源和规划局"
HEAD = ["序号", "股室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施"]
HOLDERS = [
    ("耕地保护股", "股长", "慕容知远", [
        ("违规为不符合条件的项目出具用地意见", "岗位职责", "一级", "集体研究，\n全程留痕"),
        ("泄露尚未公开的规划调整信息", "思想道德", "二级", "签订保密承诺 & 定期检查"),
    ]),
    ("测绘地理信息股", "科员", "闻人清和", [
        ("测绘成果审核走过场", "制度机制", "二级", "两人复核"),
        ("接受服务对象宴请", "思想道德", "三级", "廉政提醒谈话"),
        ("资质核查中优亲厚友", "岗位职责", "二级", "结果公示"),
    ]),
]  # fmt: skip
WIDTH = len(HEAD)


def table() -> tuple[list[list[str]], list[tuple[int, int, int, int]]]:
    """(rows, merges 0-based inclusive) as the office keeps the list: a title, a 填报 line,
    the header, 股室/岗位/姓名 merged per holder, a sign-off line."""
    rows = [[f"{UNIT}岗位廉政风险防控一览表"] + [""] * (WIDTH - 1),
            ["填报单位：" + UNIT] + [""] * (WIDTH - 1), list(HEAD)]  # fmt: skip
    merges = [(0, 0, 0, WIDTH - 1), (1, 0, 1, WIDTH - 1)]
    n = 0
    for dept, post, who, points in HOLDERS:
        first = len(rows)
        for i, (point, typ, lv, measures) in enumerate(points):
            n += 1
            lead = [dept, post, who] if i == 0 else ["", "", ""]
            rows.append([str(n), *lead, point, typ, lv, measures])
        merges += [(first, c, len(rows) - 1, c) for c in (1, 2, 3)]
    rows.append(["审核人：", "", "", "", "", "", "", ""])
    return rows, merges


def excel_html(rows, merges, charset: str = "utf-8") -> str:
    """The table as a system's 导出 Excel writes it: Excel's namespaces and 'x:str', a <style>,
    the title and 填报 line as merged cells of the table, line breaks as <br>."""
    spans = {(r0, c0): (r1 - r0 + 1, c1 - c0 + 1) for r0, c0, r1, c1 in merges}
    covered = {(r, c) for r0, c0, r1, c1 in merges for r in range(r0, r1 + 1)
               for c in range(c0, c1 + 1) if (r, c) != (r0, c0)}  # fmt: skip
    out = [
        '<html xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns="http://www.w3.org/TR/REC-html40">',
        f'<head><meta http-equiv="Content-Type" content="text/html; charset={charset}">',
        "<style>td {mso-number-format:'\\@'; border:.5pt solid windowtext}</style>",
        "<!--[if gte mso 9]><xml><x:ExcelWorkbook><x:ExcelWorksheets><x:ExcelWorksheet>"
        "<x:Name>一览表</x:Name></x:ExcelWorksheet></x:ExcelWorksheets></x:ExcelWorkbook></xml>"
        "<![endif]--></head><body>",
        '<table border="1" cellspacing="0">',
    ]
    for r, row in enumerate(rows):
        out.append("<tr height=18>")
        for c, v in enumerate(row):
            if (r, c) in covered:
                continue
            down, across = spans.get((r, c), (1, 1))
            span = (f' rowspan="{down}"' if down > 1 else "") + (
                f" colspan={across}" if across > 1 else ""
            )
            text = escape(v).replace("\n", "<br>")
            out.append(f"<td class=xl65{span} x:str>{text}</td>")
        out.append("</tr>")
    out.append("</table></body></html>")
    return "\n".join(out)


def xml_spreadsheet(sheets: dict[str, tuple[list[list[str]], list]]) -> str:
    """Excel's 'XML 电子表格 2003': merged cells by ss:MergeAcross / ss:MergeDown, the cells they
    cover left out and the next cell placed by ss:Index."""
    out = ['<?xml version="1.0"?>', '<?mso-application progid="Excel.Sheet"?>',
           '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
           'xmlns:o="urn:schemas-microsoft-com:office:office" '
           'xmlns:x="urn:schemas-microsoft-com:office:excel" '
           'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet" '
           'xmlns:html="http://www.w3.org/TR/REC-html40">']  # fmt: skip
    for name, (rows, merges) in sheets.items():
        spans = {(r0, c0): (r1 - r0, c1 - c0) for r0, c0, r1, c1 in merges}
        covered = {(r, c) for r0, c0, r1, c1 in merges for r in range(r0, r1 + 1)
                   for c in range(c0, c1 + 1) if (r, c) != (r0, c0)}  # fmt: skip
        out.append(f'<Worksheet ss:Name="{escape(name)}"><Table>')
        for r, row in enumerate(rows):
            out.append("<Row>")
            skipped = False
            for c, v in enumerate(row):
                down, across = spans.get((r, c), (0, 0))
                if (r, c) in covered or not (v or down or across):
                    skipped = True
                    continue
                attrs = (
                    (f' ss:Index="{c + 1}"' if skipped else "")
                    + (f' ss:MergeAcross="{across}"' if across else "")
                    + (f' ss:MergeDown="{down}"' if down else "")
                )
                skipped = False
                text = escape(v).replace("\n", "&#10;")
                out.append(f'<Cell{attrs}><Data ss:Type="String">{text}</Data></Cell>')
            out.append("</Row>")
        out.append("</Table></Worksheet>")
    out.append("</Workbook>")
    return "\n".join(out)


def collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def read(res) -> tuple[list, list]:
    posts = sorted(zip(res.posts["unit"], res.posts["department"], res.posts["title"],
                       res.posts["person"], strict=True))  # fmt: skip
    r = res.risks
    risks = sorted(zip(r["person"], r["risk_point"], r["risk_type"], r["risk_level"],
                       r["measures"], r["source_row"], strict=True))  # fmt: skip
    return posts, risks


def codes(res) -> list[tuple[str, str]]:
    return sorted(zip(res.issues["severity"], res.issues["code"], strict=True))


@pytest.fixture(scope="module")
def as_xlsx(tmp_path_factory) -> tuple[list, list]:
    """What the same sheet read as an .xlsx with its merges yields: the measure of the rest."""
    inbox = tmp_path_factory.mktemp("xlsx") / "inbox"
    rows, merges = table()
    cells = [f"{chr(65 + c0)}{r0 + 1}:{chr(65 + c1)}{r1 + 1}"
             for r0, c0, r1, c1 in merges]  # fmt: skip
    write_workbook(inbox / "自然资源局.xlsx", {"一览表": rows}, {"一览表": cells})
    res = collect(inbox)
    got = read(res)
    assert len(got[0]) == 2 and len(got[1]) == 5, got
    assert [c for s, c in codes(res) if s != "info"] == []
    return got


@pytest.mark.parametrize(
    ("encoding", "charset", "how"),
    [
        ("utf-8", "utf-8", "网页(HTML)格式、UTF-8 编码"),
        ("gbk", "gb2312", "网页(HTML)格式、GBK 编码"),  # a Chinese system's export
        ("utf-8-sig", "utf-8", "网页(HTML)格式、UTF-8 编码"),
    ],
)
def test_a_web_page_named_xls_reads_as_its_table(tmp_path, as_xlsx, encoding, charset, how):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    rows, merges = table()
    (inbox / "自然资源局.xls").write_bytes(excel_html(rows, merges, charset).encode(encoding))
    res = collect(inbox)
    assert [f.status for f in res.files] == ["read"]
    assert read(res) == as_xlsx
    assert codes(res) == [("info", "FILE_WEB_TABLE")]
    issue = res.issues.iloc[0]
    assert (
        issue["value"] == how
        and how in issue["message"]
        and issue["source_file"] == "自然资源局.xls"
    )
    assert set(res.posts["source_sheet"]) == {"自然资源局"}  # (named after the file, as Excel does)


def test_an_xml_spreadsheet_named_xls_reads_sheet_by_sheet(tmp_path, as_xlsx):
    rows, merges = table()
    note = [["填表说明：按股室填写，一人一行。"]]
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    text = xml_spreadsheet({"一览表": (rows, merges), "说明": (note, [])})
    (inbox / "自然资源局.xls").write_bytes(text.encode("utf-8"))
    res = collect(inbox)
    assert [f.status for f in res.files] == ["read"]
    assert read(res) == as_xlsx
    assert set(res.posts["source_sheet"]) == {"一览表"}
    assert ("info", "FILE_WEB_TABLE") in codes(res)
    assert "Excel 2003 XML 电子表格" in set(res.issues["value"])


def test_excel_text_renamed_xls_reads_as_a_text_table(tmp_path, as_xlsx):
    """'Unicode 文本' (UTF-16, tabs) saved as .xls: a merged cell's value on its first line only,
    as in any text table (the holders' cells are then read down, as in test_forms_sent_as_csv)."""
    rows, _merges = table()
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    text = "\r\n".join("\t".join(f'"{v}"' if "\n" in v else v for v in r) for r in rows)
    (inbox / "自然资源局.xls").write_bytes(text.encode("utf-16"))
    res = collect(inbox)
    assert [f.status for f in res.files] == ["read"]
    assert read(res) == as_xlsx
    assert codes(res) == [("info", "FILE_TEXT_TABLE")]


@pytest.mark.parametrize(
    ("data", "code"),
    [
        # a message saved as a page: no table in it
        ("<html><body><p>附件是本股室的一览表，请查收。</p></body></html>".encode(), "FILE_NOT_WORKBOOK"),
        ("各位同事：\r\n表格已填好，请查收。\r\n".encode("gbk"), "FILE_NOT_WORKBOOK"),  # a note
        # an XML spreadsheet cut short in the mail: reported, nothing guessed
        (b'<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">'
         b"<Worksheet><Table><Row><Cell><Data>", "FILE_UNREADABLE"),
    ],
)  # fmt: skip
def test_a_page_or_text_with_no_table_stays_no_workbook(tmp_path, data, code):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "回复.xls").write_bytes(data)
    res = collect(inbox)
    assert [f.status for f in res.files] == ["unreadable"]
    assert codes(res) == [("error", code)] and res.posts.empty


def test_page_rows_lay_out_spans_breaks_and_lines_as_excel_does():
    page = """<html><head><title>导出</title><script>var a = "<td>x</td>";</script></head><body>
    <h3>中心小学岗位廉政风险点</h3><div>填报时间：2026年3月&nbsp;&nbsp;</div>
    <table><caption>一、学校领导</caption>
    <tr><th rowspan=2>岗位</th><th colspan=2>风险</th></tr>
    <tr><th>风险点</th><th>等级</th></tr>
    <tr><td rowspan="9">校长</td><td>基建工程<br/>指定施工方</td><td>高</td></tr>
    <tr><td><p>招生</p><p>违规择校</p></td><td>中</td></tr></table>
    <p>审核人：</p></body></html>"""
    rows, merges = page_rows(page)
    assert rows == [
        ["中心小学岗位廉政风险点"],
        ["填报时间：2026年3月"],
        ["一、学校领导"],
        ["岗位", "风险"],
        ["", "风险点", "等级"],
        ["校长", "基建工程\n指定施工方", "高"],
        ["", "招生\n违规择校", "中"],
        ["审核人："],
    ]
    # the rowspan of 9 ends with the table's last row; the header's spans as written
    assert merges == [(3, 0, 4, 0), (3, 1, 3, 2), (5, 0, 6, 0)]
    assert page_rows("<html><body>请查收</body></html>") is None


@st.composite
def _tables(draw):
    """A small table of texts (line breaks too) and merged ranges that do not overlap, the
    cells a range covers blank, as a workbook keeps them."""
    h, w = draw(st.integers(1, 6)), draw(st.integers(1, 5))
    text = st.text(alphabet="岗位风险点一二三高中低1-\n", max_size=6).map(
        lambda t: "\n".join(x for x in t.split("\n") if x)
    )
    rows = [[draw(text) for _ in range(w)] for _ in range(h)]
    merges, used = [], set()
    for _ in range(draw(st.integers(0, 4))):
        r0, c0 = draw(st.integers(0, h - 1)), draw(st.integers(0, w - 1))
        r1, c1 = draw(st.integers(r0, h - 1)), draw(st.integers(c0, w - 1))
        cells = {(r, c) for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)}
        if (r0, c0) == (r1, c1) or cells & used:
            continue
        used |= cells
        merges.append((r0, c0, r1, c1))
        for r, c in cells - {(r0, c0)}:
            rows[r][c] = ""
    return rows, merges


@settings(max_examples=60, deadline=None)
@given(_tables())
def test_a_table_written_as_a_page_or_an_xml_spreadsheet_reads_back_as_written(got):
    """Round trip: the cells and merged ranges Excel's page and XML writers put down are the
    ones read (rows to the last filled cell, as any sheet's)."""
    rows, merges = got
    width = len(rows[0])

    def padded(rs):
        return [(r + [""] * width)[:width] for r in rs]

    page = page_rows(excel_html(rows, merges))
    assert page is not None
    assert padded(page[0]) == rows and sorted(page[1]) == sorted(merges)
    [(_name, xml_rows, xml_merges, _hidden)] = xml_sheets(
        xml_spreadsheet({"表": (rows, merges)}).encode()
    )
    assert padded(xml_rows) + [[""] * width] * (len(rows) - len(xml_rows)) == rows
    assert sorted(xml_merges) == sorted(merges)


def test_xml_sheets_place_cells_by_index_and_merges():
    text = xml_spreadsheet({"表": ([["a", "", "c"], ["", "e", "f"]], [(0, 0, 1, 0)])})
    [(name, rows, merges, hidden)] = xml_sheets(text.encode())
    assert (name, hidden) == ("表", False)
    assert rows == [["a", "", "c"], ["", "e", "f"]] and merges == [(0, 0, 1, 0)]


def test_cli_collects_an_inbox_with_a_page_and_leaves_it_untouched(tmp_path):
    rows, merges = table()
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "自然资源局.xls").write_bytes(excel_html(rows, merges, "gb2312").encode("gbk"))
    before = tree_hash(inbox)
    out = tmp_path / "out"
    res = CliRunner().invoke(
        main, ["collect", str(inbox), "-o", str(out / "档案.xlsx"), "--export-dir", str(out)]
    )
    assert res.exit_code == 0, res.output
    assert "Traceback" not in res.output and "文件 1 = 已读取 1" in res.output
    assert tree_hash(inbox) == before
    assert (out / "档案.xlsx").is_file()


def test_the_code_is_catalogued():
    severity, template = CATALOGUE["FILE_WEB_TABLE"]
    assert severity == "info" and "{value}" in template and SHORT["FILE_WEB_TABLE"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([
    "<table>", "</table>", "<tr>", "</tr>", "<td>", "</td>", "<th rowspan=3>", "<td colspan='2'>",
    "<td rowspan=999999 colspan=999999>", "<caption>", "</caption>", "<br>", "<br/>", "<p>",
    "</p>", "<script>", "</script>", "<head>", "</head>", "岗位", "风险点", "&nbsp;", "&#x4e00;",
    "&bogus;", "<", ">", "\n", " ", "<td rowspan=²>", "<!--", "-->", "<td/>", "<![CDATA[x]]>",
]), max_size=40))  # fmt: skip
def test_tag_soup_never_raises(parts):
    got = page_rows("".join(parts))
    assert got is None or isinstance(got[0], list)


@pytest.mark.parametrize(
    "data",
    [
        # GB2312 declared (expat reads no multi-byte code page): read as GB18030
        '<?xml version="1.0" encoding="gb2312"?><Workbook xmlns="urn:schemas-microsoft-com:'
        'office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet '
        'ss:Name="表"><Table><Row><Cell ss:Index="x1"><Data>岗位</Data></Cell>'
        '<Cell ss:Index="99999999"><Data>远</Data></Cell></Row>'
        '<Row ss:Index="99999999"><Cell><Data>远</Data></Cell></Row></Table></Worksheet></Workbook>'
        .encode("gbk"),
    ],
)  # fmt: skip
def test_xml_sheets_read_a_gb2312_declaration_and_ignore_cells_past_a_sheet(data):
    [(name, rows, _merges, _hidden)] = xml_sheets(data)
    assert name == "表" and rows == [["岗位"]]
