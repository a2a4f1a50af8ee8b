"""An inbox with no readable workbook is a valid answer: a zero-row archive, the 催报 list, exit 0."""

import csv
import zipfile

import openpyxl
import pytest
from click.testing import CliRunner

from xlproc.cli import main
from xlproc.resources import data_dir

ROSTER = data_dir("samples") / "roster.csv"


def _inbox(tmp_path, kind: str):
    inbox = tmp_path / kind
    inbox.mkdir()
    if kind == "txt":
        (inbox / "请查收.txt").write_text("附件为本科室的表格。", encoding="utf-8")
    elif kind == "word":  # a Word document renamed to .xlsx, and a real .docx
        for name in ("综合科.xlsx", "说明.docx"):
            with zipfile.ZipFile(inbox / name, "w") as z:
                z.writestr("[Content_Types].xml", "<Types/>")
                z.writestr("word/document.xml", "<w:document/>")
    return inbox


def _rows(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


@pytest.mark.parametrize("kind", ["empty", "txt", "word"])
def test_collect_writes_a_zero_row_archive_and_the_full_reminder_list(tmp_path, kind):
    inbox, out = _inbox(tmp_path, kind), tmp_path / "out"
    args = ["collect", str(inbox), "-o", str(out / "a.xlsx"), "--roster", str(ROSTER),
            "--public", str(out / "p.xlsx"), "--export-dir", str(out / "exp"),
            "--feedback-dir", str(out / "fb")]  # fmt: skip
    res = CliRunner().invoke(main, args)
    assert res.exit_code == 0, res.output
    assert "未找到可读取的表格文件" in res.output and "内部错误" not in res.output
    wb = openpyxl.load_workbook(out / "a.xlsx")
    subs = wb["报送情况"]
    assert sum(1 for row in subs.iter_rows(min_row=3, values_only=True) if row[3] == "未报送") == 30
    assert not any(wb["风险点明细"].iter_rows(min_row=3, values_only=True))
    openpyxl.load_workbook(out / "p.xlsx")
    assert len(_rows(out / "exp" / "risks.csv")) == 1  # the header only
    assert len(_rows(out / "exp" / "posts.csv")) == 1
    assert sum(r[3] == "missing" for r in _rows(out / "exp" / "submissions.csv")) == 30
    reminders = openpyxl.load_workbook(out / "fb" / "退回清单.xlsx")["催报"]
    assert sum(1 for row in reminders.iter_rows(min_row=3, values_only=True) if row[1]) == 30
    strict = CliRunner().invoke(main, [*args, "--strict"])
    assert strict.exit_code == 1, strict.output


def test_collect_and_check_without_roster(tmp_path):
    inbox = _inbox(tmp_path, "empty")
    res = CliRunner().invoke(main, ["collect", str(inbox), "-o", str(tmp_path / "a.xlsx"),
                                    "--export-dir", str(tmp_path / "exp")])  # fmt: skip
    assert res.exit_code == 0, res.output
    assert "未找到可读取的表格文件" in res.output
    assert "文件 0 = 已读取 0 + 已跳过 0 + 无法读取 0" in res.output
    wb = openpyxl.load_workbook(tmp_path / "a.xlsx")
    assert "报送情况" not in wb.sheetnames and "总览" in wb.sheetnames
    check = CliRunner().invoke(main, ["check", str(inbox), "--roster", str(ROSTER)])
    assert check.exit_code == 0, check.output
    assert "未找到可读取的表格文件" in check.output and "未报 30" in check.output
    word = CliRunner().invoke(main, ["check", str(_inbox(tmp_path, "word"))])
    assert word.exit_code == 1 and "综合科.xlsx" in word.output  # the renamed Word file is an error
