"""Feedback copies: every problem cell highlighted and commented; the inbox untouched."""

import shutil
from pathlib import Path

import openpyxl
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
    assert wb.sheetnames == ["修改说明", "填表说明", "梁晨", "宋雨", "谢飞"]
    for ws in wb.worksheets:
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
