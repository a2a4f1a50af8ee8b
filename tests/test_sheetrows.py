"""RowsWorksheet writes a table's rows itself: it must give what xlsxwriter's per-cell API gives."""

import math
import zipfile
from xml.etree import ElementTree

import openpyxl
import pytest
import xlsxwriter
from hypothesis import given, settings
from hypothesis import strategies as st
from python_calamine import CalamineWorkbook

from xlproc.atomic import safe_workbook
from xlproc.sheetrows import MAX_CHARS, RowsWorksheet

TRICKY = [
    "=1+1",
    '=HYPERLINK("http://evil.example","点我")',
    "http://example.com/x",
    "mailto:a@b.cn",
    "  前后有空格  ",
    "第一行\n第二行",
    "A & B <c> \"q\" 'a'",
    "<r>x</r>",
    "<r><t>未闭合</r>",
    "控制符\x01\x1f在中间",
    "_x0041_",
    "0012",
    "1e5",
    "",
    None,
    "审批中故意刁难、吃拿卡要",
]


def _write(path, columns, numeric, *, bulk: bool, formats=None):
    """The same rows through RowsWorksheet.write_rows or xlsxwriter's write_string/number."""
    wb = safe_workbook(path, "t")
    cell = wb.add_format({"border": 1, "text_wrap": True})
    red = wb.add_format({"border": 1, "bg_color": "#F8CBAD"})
    ws = wb.add_worksheet("表", worksheet_class=RowsWorksheet)
    ws.write_string(0, 0, "标题")
    n = len(columns[0])
    headers = [f"列{c}" for c in range(len(columns))]
    ws.add_table(1, 0, 1 + max(n, 1), len(columns) - 1,
                 {"columns": [{"header": h} for h in headers], "style": "Table Style Light 9"})  # fmt: skip
    row_formats = [red if i % 2 else cell for i in range(n)] if formats == "rows" else cell
    if bulk:
        ws.write_rows(2, columns, numeric, [20.0] * n, row_formats)
    else:
        for i in range(n):
            f = row_formats[i] if isinstance(row_formats, list) else row_formats
            ws.set_row(2 + i, 20.0)
            for c, col in enumerate(columns):
                v = col[i]
                if numeric[c] and v is not None and v == v:
                    ws.write_number(2 + i, c, v, f)
                elif v is None or v == "" or (isinstance(v, float) and math.isnan(v)):
                    ws.write_blank(2 + i, c, None, f)
                else:
                    ws.write_string(2 + i, c, str(v), f)
    wb.close()
    return path


def _cells(path):
    ws = openpyxl.load_workbook(path)["表"]
    return [
        [(c.value, c.data_type, c.fill.fgColor.rgb, c.border.left.style) for c in row]
        for row in ws.iter_rows(min_row=3)
    ], ws


def test_same_cells_as_xlsxwriter(tmp_path):
    text = [t for t in TRICKY if not (t or "").startswith("<r>")]  # xlsxwriter's own bug, below
    n = len(text)
    columns = [text, list(range(n)), [1.5, math.nan, None, -2.0e-7] * (n // 4) + [3.25] * (n % 4),
               [True, False] * (n // 2) + [True] * (n % 2)]  # fmt: skip
    numeric = [False, True, True, False]
    ours, ws = _cells(_write(tmp_path / "a.xlsx", columns, numeric, bulk=True, formats="rows"))
    theirs, _ = _cells(_write(tmp_path / "b.xlsx", columns, numeric, bulk=False, formats="rows"))
    assert ours == theirs
    assert [r[0][0] for r in ours][:3] == ["=1+1", TRICKY[1], "http://example.com/x"]
    assert all(c[1] != "f" for r in ours for c in r) and not ws._hyperlinks
    assert ws.tables["Table1"].ref == f"A2:D{2 + n}"
    assert ws.row_dimensions[3].height == 20


def test_rich_text_lookalike_stays_text(tmp_path):
    """xlsxwriter copies "<r>…</r>" raw into the shared strings; ours stay escaped text."""
    vals = ["<r>x</r>", "<r><t>未闭合</r>", "<r>A & B</r>", "<r>_x0041_\x01</r>", "普通"]
    path = _write(tmp_path / "r.xlsx", [vals], [False], bulk=True)
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.endswith(".xml"):
                ElementTree.fromstring(z.read(name))  # every part is well-formed XML
    got, _ = _cells(path)
    assert [r[0][0] for r in got][:3] == vals[:3]  # openpyxl does not undo _xHHHH_ escapes
    sheet = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("表").to_python()
    assert [r[0] for r in sheet[2:]] == vals


def test_over_long_text_is_cut_at_excels_limit(tmp_path):
    long = "廉" * (MAX_CHARS + 10)
    got, _ = _cells(_write(tmp_path / "l.xlsx", [[long, "短"]], [False], bulk=True))
    assert got[0][0][0] == "廉" * MAX_CHARS and got[1][0][0] == "短"


def test_rows_must_lie_below_the_ordinary_ones(tmp_path):
    wb = safe_workbook(tmp_path / "x.xlsx", "t")
    ws = wb.add_worksheet("表", worksheet_class=RowsWorksheet)
    ws.write_string(5, 0, "在下面")
    with pytest.raises(ValueError):
        ws.write_rows(2, [["a"]], [False], None, None)
    with pytest.raises(ValueError):
        ws.write_rows(6, [["a"], ["b", "c"]], [False, False], None, None)
    wb.close()
    streamed = xlsxwriter.Workbook(str(tmp_path / "y.xlsx"), {"constant_memory": True})
    with pytest.raises(ValueError):
        streamed.add_worksheet("表", worksheet_class=RowsWorksheet).write_rows(
            2, [["a"]], [False], None, None
        )
    streamed.close()


@settings(max_examples=25, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.text(st.characters(blacklist_categories=("Cs",)), max_size=30).filter(
                lambda s: not s.startswith("<r>")
            ),
            st.one_of(st.none(), st.integers(-(10**9), 10**9), st.floats(allow_infinity=False)),
        ),
        min_size=1,
        max_size=12,
    )
)
def test_any_text_and_numbers_read_back_as_written_by_xlsxwriter(tmp_path_factory, rows):
    tmp = tmp_path_factory.mktemp("h")
    columns = [[r[0] for r in rows], [r[1] for r in rows]]
    ours = _cells(_write(tmp / "a.xlsx", columns, [False, True], bulk=True))[0]
    theirs = _cells(_write(tmp / "b.xlsx", columns, [False, True], bulk=False))[0]
    assert ours == theirs
