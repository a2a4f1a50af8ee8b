"""Feedback copies: every problem cell highlighted and commented; the inbox untouched."""

import shutil
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from helpers import GENERAL_FORM, tree_hash, write_workbook

from xlproc.cli import main

DATA = Path(__file__).parent / "data"


def _inbox(tmp_path):
    inbox = tmp_path / "inbox"
    ok = write_workbook(inbox / "办公室/无问题.xlsx", {"张三": GENERAL_FORM})
    rows = [list(r) for r in GENERAL_FORM]
    rows[3][1] = "周五"
    rows[5][4] = "很高"  # E6
    rows[6][5] = ""  # F7: no measures
    rows.append(["另:会议费超标准报销也是风险"])  # A12: outside the table
    write_workbook(inbox / "办公室/有问题.xlsx", {"周五": rows})
    shutil.copy(DATA / "stacked-libreoffice.xls", inbox / "执法大队.xls")
    (inbox / "损坏.xlsx").write_bytes(ok.read_bytes()[:500])
    return inbox


def test_copies_mark_every_problem_cell(tmp_path):
    inbox = _inbox(tmp_path)
    before = tree_hash(inbox)
    fb = tmp_path / "退回"
    res = CliRunner().invoke(main, ["collect", str(inbox), "-o", str(tmp_path / "a.xlsx"), "--feedback-dir", str(fb),
                                    "--export-dir", str(tmp_path / "exp")])  # fmt: skip
    assert res.exit_code == 0, res.output
    assert tree_hash(inbox) == before
    made = sorted(p.relative_to(fb).as_posix() for p in fb.rglob("*.xlsx"))
    assert made == [
        "办公室/有问题.xlsx",
        "执法大队.xlsx",
        "退回清单.xlsx",
    ]  # none for the clean file

    import csv

    with open(tmp_path / "exp" / "issues.csv", encoding="utf-8-sig") as f:
        issues = [
            i for i in csv.DictReader(f) if i["severity"] in ("error", "warning") and i["cell"]
        ]
    copies = {"办公室/有问题.xlsx": fb / "办公室/有问题.xlsx", "执法大队.xls": fb / "执法大队.xlsx"}
    for i in issues:
        wb = openpyxl.load_workbook(copies[i["source_file"]])
        cell = wb[i["source_sheet"]][i["cell"]]
        assert cell.comment is not None and i["message"].split("] ", 1)[1] in cell.comment.text
        assert cell.fill.fgColor.rgb in ("FFF8CBAD", "FFFFE699")
    codes = {(i["source_file"], i["code"], i["cell"]) for i in issues}
    assert (
        "办公室/有问题.xlsx",
        "ROW_UNPLACED",
        "A12",
    ) in codes  # text below the table is listed too
    assert ("执法大队.xls", "LEVEL_UNKNOWN", "D16") in codes

    wb = openpyxl.load_workbook(fb / "办公室/有问题.xlsx")
    assert wb.sheetnames[0] == "修改说明"
    guide = list(wb["修改说明"].iter_rows(min_row=5, values_only=True))
    assert [r[1] for r in guide if r[0]] == ["错误", "警告", "警告"]  # errors first
    link = wb["修改说明"]["D5"].hyperlink
    assert link.location == "'周五'!E6"
    assert wb["周五"]["E6"].value == "很高"  # the staff member's values are kept


def test_return_list_and_reminders(tmp_path):
    inbox = _inbox(tmp_path)
    roster = tmp_path / "r.csv"
    roster.write_text("单位,科室,姓名,职务,岗位层级\nXX区测试局,办公室,周五,科员,一般\nXX区测试局,办公室,张三,科员,一般\n"
                      "XX区测试局,执法大队,李四,队长,中层\nXX区测试局,执法大队,王五,科员,一般\nXX区测试局,办公室,王二,科员,一般\n",
                      encoding="utf-8")  # fmt: skip
    fb = tmp_path / "退回"
    res = CliRunner().invoke(
        main, ["check", str(inbox), "--roster", str(roster), "--feedback-dir", str(fb)]
    )
    assert res.exit_code == 1  # check: errors exist
    wb = openpyxl.load_workbook(fb / "退回清单.xlsx")
    rows = {r[2]: r for r in wb["退回清单"].iter_rows(min_row=3, values_only=True) if r[2]}
    assert set(rows) == {"办公室/有问题.xlsx", "执法大队.xls", "损坏.xlsx"}
    assert rows["办公室/有问题.xlsx"][3] == "周五" and rows["办公室/有问题.xlsx"][4:6] == (1, 2)
    assert "风险级别无法识别 1 处" in rows["办公室/有问题.xlsx"][6]
    assert rows["损坏.xlsx"][7] == "无法打开,请对方重新发送"
    missing = [r[1] for r in wb["催报"].iter_rows(min_row=3, values_only=True) if r[1]]
    assert missing == ["王二"]


def test_copies_of_xls_files_are_laid_out_like_the_form(tmp_path):
    from xlproc.resources import data_dir

    fb = tmp_path / "退回"
    inbox = data_dir("samples") / "inbox"
    res = CliRunner().invoke(main, ["check", str(inbox), "--feedback-dir", str(fb)])
    assert res.exit_code == 1, res.output
    wb = openpyxl.load_workbook(fb / "信息科.xlsx")  # from 信息科.xls
    assert wb.sheetnames == ["修改说明", "填表说明", "梁晨", "宋雨", "谢飞", "_xlproc_copy"]
    assert wb["_xlproc_copy"].sheet_state != "visible"  # the version marker stays out of sight
    for ws in wb.worksheets[:-1]:
        shown = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
        assert not [v for v in shown if v.startswith("xlproc:")]  # metadata never visible
        assert ws.page_setup.orientation == "landscape" and ws.page_setup.paperSize == 9
        assert ws.sheet_properties.pageSetUpPr.fitToPage
    ws = wb["宋雨"]
    assert ws.column_dimensions["H"].hidden  # the metadata column stays hidden
    assert ws.print_title_rows == "$5:$5"  # the table header repeats on every page
    assert ws["C5"].value == "风险点" and ws["C5"].font.b and ws["C5"].border.left.style == "thin"
    assert ws.column_dimensions["F"].width == 36  # 防控措施, as in the form definitions
    assert ws["C12"].border.bottom.style == "thin"  # blank rows of the form are drawn too
    assert ws["A2"].font.sz == 16 and "A2:F2" in {str(m) for m in ws.merged_cells.ranges}
    assert ws["D7"].comment is not None  # and the problem cell is marked, as in any copy


def _wrong_levels(inbox, n):
    """``n`` department files, each with one unknown level (E6)."""
    for k in range(n):
        rows = [list(r) for r in GENERAL_FORM]
        rows[3][1] = f"人员{k:02d}"
        rows[5][4] = "很高"
        write_workbook(inbox / f"科室{k:02d}.xlsx", {f"人员{k:02d}": rows})
    return inbox


def test_one_summary_line_and_every_copy_with_v(tmp_path):
    inbox = _wrong_levels(tmp_path / "inbox", 10)
    args = [
        "collect",
        str(inbox),
        "-o",
        str(tmp_path / "a.xlsx"),
        "--feedback-dir",
        str(tmp_path / "fb"),
    ]
    res = CliRunner().invoke(main, args)
    assert res.exit_code == 0, res.output
    assert f"已写出:退回修改稿 10 份,在 {tmp_path / 'fb'}(加 -v 逐个列出)" in res.output
    assert res.output.count("已写出:") == 3  # archive, the copies, the list
    res = CliRunner().invoke(main, ["-v", *args])
    assert res.output.count("已写出:") == 13
    assert f"已写出:{tmp_path / 'fb' / '科室07.xlsx'}" in res.output


def test_a_copy_that_cannot_be_made_is_reported_and_the_others_are_made(tmp_path):
    from xlproc.collect import collect_inbox
    from xlproc.feedback import write_feedback

    inbox = _wrong_levels(tmp_path / "inbox", 10)
    result = collect_inbox([inbox], jobs=2)
    (inbox / "科室03.xlsx").write_bytes(b"PK\x03\x04 gone after reading")  # replaced meanwhile
    out = write_feedback(result, tmp_path / "fb", jobs=2)
    assert len(out.copies) == 9 and [f for f, _ in out.failed] == ["科室03.xlsx"]
    assert not (tmp_path / "fb" / "科室03.xlsx").exists()
    assert not [p for p in (tmp_path / "fb").iterdir() if p.name.startswith(".~")]
    wb = openpyxl.load_workbook(out.return_list)
    rows = {r[2]: r for r in wb["退回清单"].iter_rows(min_row=3, values_only=True) if r[2]}
    assert (
        rows["科室03.xlsx"][7].startswith("修改稿未能生成")
        and rows["科室04.xlsx"][7] == "科室04.xlsx"
    )


def _dies_on_03(task):
    import os

    from xlproc.feedback import CopyTask

    assert isinstance(task, CopyTask)
    if task.rel == "科室03.xlsx":
        os._exit(9)  # the worker process dies, as when killed or out of memory
    return _MAKE_COPY(task)


def test_a_worker_that_dies_takes_only_its_own_copy(tmp_path, monkeypatch):
    import xlproc.feedback as feedback
    from xlproc.collect import collect_inbox

    inbox = _wrong_levels(tmp_path / "inbox", 10)
    result = collect_inbox([inbox], jobs=2)
    global _MAKE_COPY
    _MAKE_COPY = feedback.make_copy
    monkeypatch.setattr(feedback, "make_copy", _dies_on_03)
    out = feedback.write_feedback(result, tmp_path / "fb", jobs=2)
    assert out.failed == [("科室03.xlsx", "生成修改稿的进程意外退出")]
    assert len(out.copies) == 9 and all(p.exists() for p in out.copies)


def _grids(path):
    from xlproc.workbook import read_grids

    grids, bad = read_grids(path, path.name, 1 << 30, 1000)
    assert bad is None
    return {g.name: g.rows for g in grids}


@pytest.mark.parametrize(
    "source", ["samples/inbox/秘书科.xlsx", "tests/data/wps-dimension-a1.xlsx", "xlsxwriter"]
)
def test_the_patched_copy_adds_marks_and_keeps_every_value(tmp_path, source):
    """Copies are made by patching the package: the values stay, the marks are what openpyxl sees."""
    from xlproc.feedback import CopyTask, make_copy
    from xlproc.versions import COPY_SHEET
    from xlproc.xlsxpatch import patch_copy

    root = Path(__file__).parent.parent
    src = (
        root / source
        if source != "xlsxwriter"
        else write_workbook(tmp_path / "x.xlsx", {"张三": GENERAL_FORM})
    )
    sheet = next(n for n in _grids(src) if n not in ("填表说明",))
    issues = [
        {"severity": "warning", "source_sheet": sheet, "cell": "E6", "message": "第一"},
        {"severity": "error", "source_sheet": sheet, "cell": "E6", "message": "第二"},
        {"severity": "warning", "source_sheet": sheet, "cell": "H40", "message": "空白单元格"},
        {"severity": "warning", "source_sheet": sheet, "cell": "", "message": "整张表"},
    ]
    patch_copy(src, tmp_path / "direct.xlsx", issues, {"error": "错误", "warning": "警告"},
               lambda i: i["message"], "标题", "说明", ["k", "v"], COPY_SHEET, "修改说明")  # fmt: skip
    task = CopyTask(src.name, str(src), str(tmp_path / "copy.xlsx"), issues)
    assert make_copy(task) == (src.name, "")
    before, after = _grids(src), _grids(tmp_path / "copy.xlsx")
    assert list(after) == ["修改说明", *before, COPY_SHEET]
    assert all(after[n] == rows for n, rows in before.items())
    wb = openpyxl.load_workbook(tmp_path / "copy.xlsx")
    assert wb.sheetnames[0] == "修改说明" and wb.active.title == "修改说明"
    assert [ws.title for ws in wb.worksheets if ws.sheet_view.tabSelected] == ["修改说明"]
    assert wb[COPY_SHEET].sheet_state == "veryHidden"
    e6 = wb[sheet]["E6"]
    assert e6.comment.text == "警告:第一\n错误:第二" and e6.fill.fgColor.rgb == "FFF8CBAD"
    assert wb[sheet]["H40"].comment.text == "警告:空白单元格"
    assert wb[sheet]["H40"].fill.fgColor.rgb == "FFFFE699"
    guide = list(wb["修改说明"].iter_rows(min_row=5, values_only=True))
    assert [r[4] for r in guide] == ["第一", "第二", "空白单元格", "整张表"]
    assert wb["修改说明"]["D7"].hyperlink.location == f"'{sheet}'!H40"
    assert wb["修改说明"]["D8"].hyperlink is None


def test_a_package_the_patcher_declines_is_copied_by_openpyxl(tmp_path):
    """A sheet that already carries comments: openpyxl makes the copy and keeps them."""
    import xlsxwriter

    from xlproc.feedback import CopyTask, make_copy

    src = tmp_path / "有批注.xlsx"
    wb = xlsxwriter.Workbook(str(src))
    ws = wb.add_worksheet("张三")
    for r, row in enumerate(GENERAL_FORM):
        for c, v in enumerate(row):
            ws.write(r, c, v)
    ws.write_comment("A1", "科室自己的批注")
    wb.close()
    issues = [{"severity": "error", "source_sheet": "张三", "cell": "E6", "message": "改"}]
    assert make_copy(CopyTask(src.name, str(src), str(tmp_path / "c.xlsx"), issues))[1] == ""
    out = openpyxl.load_workbook(tmp_path / "c.xlsx")
    assert out["张三"]["A1"].comment.text.startswith("科室自己的批注")
    assert out["张三"]["E6"].comment.text == "错误:改"


@pytest.mark.filterwarnings("ignore:Unknown extension")
def test_patching_an_excel_style_package(tmp_path):
    """What Excel writes and our own test workbooks lack: a calculation chain, markup-compatibility
    namespaces, a sheet extension list, the active tab on the second sheet."""
    import re
    import zipfile

    from xlproc.feedback import CopyTask, make_copy

    plain = write_workbook(tmp_path / "p.xlsx", {"说明": [["填表说明"]], "张三": GENERAL_FORM})
    src = tmp_path / "excel.xlsx"
    with zipfile.ZipFile(plain) as zin, zipfile.ZipFile(src, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in zin.namelist():
            data = zin.read(name).decode()
            if name == "xl/worksheets/sheet2.xml":
                data = data.replace(
                    "<worksheet ",
                    '<worksheet xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
                    'mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" ',
                ).replace(
                    "</worksheet>", '<extLst><ext uri="{X}"><x14ac:a/></ext></extLst></worksheet>'
                )
                data = data.replace("<sheetView ", '<sheetView tabSelected="1" ')
            if name == "xl/workbook.xml":
                data = data.replace("<workbookView ", '<workbookView activeTab="1" ')
            if name == "xl/_rels/workbook.xml.rels":
                data = data.replace("</Relationships>", '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/'
                                    'officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>')  # fmt: skip
            if name == "[Content_Types].xml":
                data = data.replace("</Types>", '<Override PartName="/xl/calcChain.xml" ContentType="application/'
                                    'vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>')  # fmt: skip
            zout.writestr(name, data)
        zout.writestr(
            "xl/calcChain.xml",
            '<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>',
        )
    issues = [{"severity": "error", "source_sheet": "张三", "cell": "E6", "message": "改"}]
    task = CopyTask(src.name, str(src), str(tmp_path / "c.xlsx"), issues)
    assert make_copy(task)[1] == ""
    with zipfile.ZipFile(tmp_path / "c.xlsx") as z:
        assert (
            "xl/calcChain.xml" not in z.namelist() and "xl/drawings/vmlDrawing1.vml" in z.namelist()
        )
        assert "calcChain" not in z.read("xl/_rels/workbook.xml.rels").decode()
        assert "calcChain" not in z.read("[Content_Types].xml").decode()
        sheet = z.read("xl/worksheets/sheet2.xml").decode()
        assert re.search(r'<legacyDrawing r:id="[^"]+"/><extLst>', sheet)  # the schema's order
        assert "activeTab" not in z.read("xl/workbook.xml").decode()
    wb = openpyxl.load_workbook(tmp_path / "c.xlsx")
    assert wb.active.title == "修改说明" and not wb["张三"].sheet_view.tabSelected
    assert wb["张三"]["E6"].comment.text == "错误:改"
