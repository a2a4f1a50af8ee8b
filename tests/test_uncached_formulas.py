"""Formula cells an .xlsx stores with no result (a system's export: no ``<v>``), worked out as
Excel and WPS show them on opening (``xlproc.formulas``).

The workbooks are written by openpyxl (which writes formulas without results by itself) or by
xlsxwriter with the stored results then taken out of the sheet with zipfile, as Apache POI
leaves them; in other words than batch 422 (another unit, other columns, other thresholds and
level words).
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import openpyxl
import xlsxwriter

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.formulas import shows_sign, work_out
from xlproc.workbook import read_grids

UNIT = "临泉县市场监督管理局"
HEAD = ["序号", "科室", "岗位", "姓名", "风险点", "风险类别", "概率分", "后果分", "风险分值", "风险等级",
        "防控措施"]  # fmt: skip
# (科室, 岗位, 姓名, 风险点, 类别, 概率, 后果)
ROWS = [
    ("局领导", "局长", "钭翊昶", "重大执法案件处理不经集体讨论", "制度机制", 4, 4),
    ("局领导", "副局长", "厍芃睿", "食品生产许可审查中降低标准", "岗位职责", 3, 3),
    ("稽查科", "科长", "訾淼琛", "案件线索登记不全、压案不查", "业务流程", 2, 2),
    ("稽查科", "科员", "眭珏岷", "行政处罚自由裁量不按基准", "岗位职责", 4, 3),
    ("办公室", "主任", "笪炜珺", "公务用车私用", "思想道德", 1, 5),
]
FIRST = 5  # the Excel row of the first data row: a title, a unit line, a blank row, the heading
LEVEL_FORMULA = '=IF(I{r}>=12,"一级",IF(I{r}>=6,"二级","三级"))'


def level_of(score: int) -> str:
    return "一级" if score >= 12 else "二级" if score >= 6 else "三级"


def sheet_rows(level_formula: str = LEVEL_FORMULA) -> tuple[list[list], dict[tuple[int, int], str]]:
    """The sheet's rows (values as written) and its formula cells (0-based row, column)."""
    rows: list[list] = [
        [f"{UNIT}岗位廉政风险评估表"] + [None] * 10,
        [f"填报单位：{UNIT}"] + [None] * 10,
        [None] * 11,
        list(HEAD),
    ]
    formulas = {}
    for i, (dept, post, who, point, kind, p, q) in enumerate(ROWS):
        r = FIRST + i
        rows.append([None, dept, post, who, point, kind, p, q, None, None, "建立台账，定期检查。"])
        formulas[(r - 1, 0)] = f"=ROW()-{FIRST - 1}"
        formulas[(r - 1, 8)] = f"=G{r}*H{r}"
        formulas[(r - 1, 9)] = level_formula.format(r=r)
    rows.append(["注：风险分值＝概率分×后果分，风险等级由系统生成。"] + [None] * 10)
    return rows, formulas


def write_openpyxl(path: Path, level_formula: str = LEVEL_FORMULA) -> Path:
    """openpyxl writes a formula with no result (``<f>…</f><v></v>``), as a system does."""
    rows, formulas = sheet_rows(level_formula)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "评估表"
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if (r, c) in formulas:
                ws.cell(r + 1, c + 1).value = formulas[(r, c)]
            elif v is not None:
                ws.cell(r + 1, c + 1).value = v
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=11)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


def write_xlsxwriter(
    path: Path,
    formulas: dict[tuple[int, int], str],
    rows: list[list],
    results: dict[tuple[int, int], object] | None = None,
    take_out: bool = True,
    shared: bool = False,
) -> Path:
    """xlsxwriter's workbook; ``take_out``: the stored results then removed (as POI leaves
    them); ``shared``: each column's formulas rewritten as one shared formula, as Excel keeps
    a filled-down formula (``<f t="shared" ref=… si=…>`` then ``<f t="shared" si=…/>``)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    options = {"strings_to_formulas": False, "strings_to_numbers": False, "strings_to_urls": False}
    wb = xlsxwriter.Workbook(str(path), options)
    ws = wb.add_worksheet("评估表")
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if (r, c) in formulas:
                ws.write_formula(r, c, formulas[(r, c)], None, (results or {}).get((r, c), 0))
            elif v is not None:
                ws.write(r, c, v)
    wb.close()
    if not (take_out or shared):
        return path
    with zipfile.ZipFile(path) as z:
        parts = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in parts:
            if info.filename == "xl/worksheets/sheet1.xml":
                xml = data.decode("utf-8")
                if take_out:
                    xml = re.sub(r"(<f>[^<]*</f>)<v>[^<]*</v>", r"\1", xml)
                if shared:
                    xml = _shared(xml)
                data = xml.encode("utf-8")
            z.writestr(info, data)
    return path


def _shared(xml: str) -> str:
    """Each column's formulas as one shared formula: the first keeps its text, the rest none."""
    first: dict[str, tuple[int, int]] = {}
    cells = list(re.finditer(r'<c r="([A-Z]+)(\d+)"([^>]*)><f>([^<]*)</f>', xml))
    last = {}
    for m in cells:
        last[m.group(1)] = int(m.group(2))
    out, pos = [], 0
    for m in cells:
        col, row = m.group(1), int(m.group(2))
        if col not in first:
            si = len(first)
            first[col] = (si, row)
            f = f'<f t="shared" ref="{col}{row}:{col}{last[col]}" si="{si}">{m.group(4)}</f>'
        else:
            f = f'<f t="shared" si="{first[col][0]}"/>'
        out.append(xml[pos : m.start()] + f'<c r="{col}{row}"{m.group(3)}>{f}')
        pos = m.end()
    out.append(xml[pos:])
    return "".join(out)


def collect(path: Path):
    config = load_config()
    inbox = path.parent
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def codes(res, code: str) -> list[tuple[str, str, str]]:
    df = res.issues[res.issues["code"] == code]
    return list(zip(df["severity"], df["cell"], df["message"], strict=True))


def levels(res) -> list[tuple[str, str]]:
    return list(zip(res.risks["person"], res.risks["raw_risk_level"], strict=True))


def expected_levels() -> list[tuple[str, str]]:
    return [(who, level_of(p * q)) for _d, _t, who, _pt, _k, p, q in ROWS]


def test_openpyxl_export_levels_worked_out(tmp_path):
    path = write_openpyxl(tmp_path / "inbox" / "评估表.xlsx")
    with zipfile.ZipFile(path) as z:  # (the file holds no result for the formulas)
        xml = z.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>G5*H5</f><v></v>" in xml or "<f>G5*H5</f><v />" in xml
    res = collect(path)
    assert levels(res) == expected_levels()
    assert set(res.risks["risk_level"]) == {"Ⅰ级", "Ⅱ级", "Ⅲ级"}
    assert not codes(res, "LEVEL_BLANK")
    [(severity, cell, message)] = codes(res, "FORMULAS_COMPUTED")
    assert severity == "info" and not cell and "15 个公式单元格" in message and "评估表" in message
    assert not codes(res, "FORMULA_NOT_COMPUTED")


def test_grid_gets_the_results_as_if_stored(tmp_path):
    path = write_openpyxl(tmp_path / "评估表.xlsx")
    grids, bad = read_grids(path, "t.xlsx", 1 << 30, 1000)
    assert bad is None
    assert [row[0] for row in grids[0].rows[FIRST - 1 : FIRST + 4]] == ["", "", "", "", ""]
    assert shows_sign(grids[0].rows)
    issues = work_out(grids, path, "t.xlsx")
    assert [i.code for i in issues] == ["FORMULAS_COMPUTED"]
    rows = grids[0].rows
    assert [row[0] for row in rows[FIRST - 1 : FIRST + 4]] == ["1", "2", "3", "4", "5"]
    assert [row[8] for row in rows[FIRST - 1 : FIRST + 4]] == ["16", "9", "4", "12", "5"]
    want = ["一级", "二级", "三级", "一级", "三级"]
    assert [row[9] for row in rows[FIRST - 1 : FIRST + 4]] == want


def test_shared_formulas_and_newer_functions(tmp_path):
    """Excel's filled-down formulas (shared, relative references moved per cell) and a
    function Excel writes with its ``_xlfn.`` prefix."""
    rows, formulas = sheet_rows('=_xlfn.IFS(I{r}>=12,"一级",I{r}>=6,"二级",TRUE,"三级")')
    path = write_xlsxwriter(tmp_path / "inbox" / "评估表.xlsx", formulas, rows, shared=True)
    with zipfile.ZipFile(path) as z:
        xml = z.read("xl/worksheets/sheet1.xml").decode()
    assert '<f t="shared" si="1"/></c>' in xml and "</f><v>" not in xml
    res = collect(path)
    assert levels(res) == expected_levels()
    assert codes(res, "FORMULAS_COMPUTED")


def test_a_function_not_worked_out_stays_blank_and_is_said(tmp_path):
    """INDIRECT is not worked out: the level stays blank (no level guessed from the score
    column), the cell named in a warning; the other formulas are still worked out."""
    rows, formulas = sheet_rows('=INDIRECT("Z"&ROW())&IF(I{r}>=12,"一级","二级")')
    path = write_xlsxwriter(tmp_path / "inbox" / "评估表.xlsx", formulas, rows)
    res = collect(path)
    assert set(res.risks["raw_risk_level"]) == {""}
    [(severity, cell, message)] = codes(res, "FORMULA_NOT_COMPUTED")
    assert severity == "warning" and cell == f"J{FIRST}" and "5 个公式单元格" in message
    assert "INDIRECT" in message
    [(_s, _c, done)] = codes(res, "FORMULAS_COMPUTED")
    assert "10 个公式单元格" in done  # 序号 and 风险分值


def test_stored_results_win_and_nothing_is_worked_out(tmp_path):
    """A file with its results stored reads them, even where the formula would now give
    another (a threshold changed after saving): no issue about formulas."""
    rows, formulas = sheet_rows()
    results = {}
    for i, (*_x, p, q) in enumerate(ROWS):
        r = FIRST - 1 + i
        results.update({(r, 0): i + 1, (r, 8): p * q, (r, 9): "三级"})
    path = write_xlsxwriter(
        tmp_path / "inbox" / "评估表.xlsx", formulas, rows, results=results, take_out=False
    )
    res = collect(path)
    assert set(res.risks["raw_risk_level"]) == {"三级"}
    assert not codes(res, "FORMULAS_COMPUTED") and not codes(res, "FORMULA_NOT_COMPUTED")


def test_staff_text_like_a_formula_is_never_worked_out(tmp_path):
    """Text typed as ``=G5*H5`` is text: a column left blank by staff shows the sign, the
    sheet holds no formula, nothing is worked out."""
    rows, _formulas = sheet_rows()
    for i in range(len(ROWS)):
        rows[FIRST - 1 + i][8] = f"=G{FIRST + i}*H{FIRST + i}"
        rows[FIRST - 1 + i][0] = i + 1
    path = write_xlsxwriter(tmp_path / "inbox" / "评估表.xlsx", {}, rows)
    res = collect(path)
    assert not codes(res, "FORMULAS_COMPUTED") and not codes(res, "FORMULA_NOT_COMPUTED")
    assert set(res.risks["raw_risk_level"]) == {""}
    grids, _bad = read_grids(path, "t.xlsx", 1 << 30, 1000)
    assert shows_sign(grids[0].rows) and work_out(grids, path, "t.xlsx") == []
    assert grids[0].rows[FIRST - 1][8] == f"=G{FIRST}*H{FIRST}"


def test_a_cycle_is_given_up(tmp_path):
    """Two cells each the other's formula: neither is worked out (Excel would warn of a
    circular reference); the cells that do not depend on them are."""
    rows, formulas = sheet_rows()
    formulas[(FIRST - 1, 8)] = f"=J{FIRST}"
    formulas[(FIRST - 1, 9)] = f'=IF(I{FIRST}>=12,"一级","二级")'
    path = write_xlsxwriter(tmp_path / "inbox" / "评估表.xlsx", formulas, rows)
    grids, _bad = read_grids(path, "t.xlsx", 1 << 30, 1000)
    issues = work_out(grids, path, "t.xlsx")
    [not_done] = [i for i in issues if i.code == "FORMULA_NOT_COMPUTED"]
    assert not_done.cell == f"I{FIRST}" and "2 个" in not_done.message
    assert grids[0].rows[FIRST - 1][8:10] == ["", ""]
    assert grids[0].rows[FIRST][8:10] == ["9", "二级"]


def test_a_few_rows_without_results(tmp_path):
    """A column of typed values with one formula left without its result (a system appending
    rows): the blank cell is the sign, and the formula is worked out."""
    rows, formulas = sheet_rows()
    for i, (*_x, p, q) in enumerate(ROWS):
        rows[FIRST - 1 + i][0] = i + 1
        rows[FIRST - 1 + i][8] = p * q
        rows[FIRST - 1 + i][9] = level_of(p * q)
    one = {(FIRST - 1, 9): formulas[(FIRST - 1, 9)]}
    path = write_xlsxwriter(tmp_path / "评估表.xlsx", one, rows)
    grids, _bad = read_grids(path, "t.xlsx", 1 << 30, 1000)
    assert shows_sign(grids[0].rows, grids[0].merged_into)
    work_out(grids, path, "t.xlsx")
    assert grids[0].rows[FIRST - 1][9] == level_of(ROWS[0][-2] * ROWS[0][-1])


def _worked(tmp_path: Path, cells: dict[str, object]) -> dict[str, str]:
    """Each formula of ``cells`` (A1 reference → value or '=formula') worked out: the texts the
    grid gets. Column A's heading and filled column B give the grid its sign."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"], ws["B1"], ws["C1"] = "得分", "甲", "乙"  # (a heading a formula may fill)
    for r in range(2, 5):
        ws[f"B{r}"], ws[f"C{r}"] = f"x{r}", f"y{r}"
    for ref, v in cells.items():
        ws[ref] = v
    path = tmp_path / "calc.xlsx"
    wb.save(path)
    grids, _bad = read_grids(path, "t.xlsx", 1 << 30, 1000)
    work_out(grids, path, "t.xlsx")
    out = {}
    for ref in cells:
        m = re.fullmatch(r"([A-Z]+)(\d+)", ref)
        assert m
        out[ref] = grids[0].get(int(m.group(2)) - 1, ord(m.group(1)) - 65)
    return out


def test_the_evaluator(tmp_path):
    cells = {
        "D1": 2.5, "D2": "甲等", "D3": 7, "E1": 1, "E2": "一般", "E3": 10, "E4": "重大",
        "A2": "=-2^2+3*D1-D3/2", "A3": '=D2&"("&ROUND(D1-0.25,1)&")"', "A4": "=D3>\"5\"",
        "A5": "=AND(D3>=7,NOT(D1>3),OR(FALSE,D3=7))", "A6": '=IFERROR(1/0,"无")',
        "A7": "=SUM(D1:D3)+MAX(D1,D3)+MIN(D1:D3)+COUNT(D1:D3)+COUNTA(D1:D3)+AVERAGE(D1,D3)",
        "A8": "=LEFT(D2,1)&MID(\"一二三四\",2,2)&RIGHT(D2)&LEN(D2)",
        "A9": "=VLOOKUP(8,E1:F3,1)&LOOKUP(10,E1:E3,E2:E4)&VLOOKUP(\"一般\",E2:E3,1,FALSE)",
        "A10": "=ROW()+COLUMN(C5)+ROW(D2:D9)", "A11": '=CONCATENATE("第",TEXT(D3,"0.00"),"分")',
        "A12": "=ROUND(-2.5,0)&\"|\"&ROUND(1234.5,-2)", "A13": "=1/0", "A14": "=A15+1",
        "A15": "=A14+1", "A16": "=IF(D3>5,A2)", "A17": "=SUM($D$1:D1)",
    }  # fmt: skip
    got = _worked(tmp_path, cells)
    assert got["A2"] == "8"  # Excel: -2^2 is (-2)^2 = 4; 4 + 7.5 - 3.5
    assert got["A3"] == "甲等(2.3)"  # ROUND(2.25, 1): half away from zero
    assert got["A4"] == "否"  # a number is less than any text
    assert got["A5"] == "是"
    assert got["A6"] == "无"
    assert got["A7"] == "28.75"  # SUM 9.5 (the text left out), 7, 2.5, COUNT 2, COUNTA 3, 4.75
    assert got["A8"] == "甲二三等2"
    assert got["A9"] == "1" + "重大" + "一般"
    assert got["A10"] == str(10 + 3 + 2)
    assert got["A11"] == "第7.00分"
    assert got["A12"] == "-3|1200"
    assert got["A13"] == ""  # Excel shows #DIV/0!: nothing read
    assert got["A14"] == got["A15"] == ""  # a cycle
    assert got["A16"] == "8"
    assert got["A17"] == "2.5"


def test_counts_and_sums_by_a_criterion(tmp_path):
    # a 合计 row counting the levels (=COUNTIF(…,"一级")) is worked out, not reported
    cells = {
        "D1": "一级", "D2": "二级", "D3": "一级", "E1": 12, "E2": 6, "E3": 15,
        "A2": '=COUNTIF(D1:D3,"一级")', "A3": '=COUNTIF(E1:E3,">=12")', "A4": '=SUMIF(D1:D3,"一级",E1:E3)',
        "A5": '=COUNTIF(D1:D3,"<>一级")',
    }  # fmt: skip
    got = _worked(tmp_path, cells)
    assert [got[k] for k in ("A2", "A3", "A4", "A5")] == ["2", "2", "27", "1"]
