"""The archive and public workbooks, re-read with openpyxl and as zip parts."""

import csv
import re
import zipfile

import openpyxl
import pytest
from click.testing import CliRunner

from xlproc import archive
from xlproc.cli import main
from xlproc.report import FORMULA_START
from xlproc.resources import data_dir


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("arc")
    samples = data_dir("samples")
    args = ["collect", str(samples / "inbox"), "--roster", str(samples / "roster.csv"), "-o", str(tmp / "a.xlsx"),
            "--public", str(tmp / "p.xlsx"), "--export-dir", str(tmp / "exp")]  # fmt: skip
    res = CliRunner().invoke(main, args)
    assert res.exit_code == 0, res.output
    return tmp


def _rows(ws):
    return [
        r for r in ws.iter_rows(min_row=3, values_only=True) if any(v not in (None, "") for v in r)
    ]


def _csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def test_sheets_and_counts_match_the_exports(run):
    wb = openpyxl.load_workbook(run / "a.xlsx")
    assert wb.sheetnames == [
        "总览",
        "岗位档案",
        "风险点明细",
        "汇总",
        "问题清单",
        "报送情况",
        "_xlproc",
    ]
    assert wb["_xlproc"].sheet_state == "hidden"
    risks, posts = _csv(run / "exp" / "risks.csv"), _csv(run / "exp" / "posts.csv")
    detail = _rows(wb["风险点明细"])
    assert len(detail) == len(risks) == 79
    assert len(_rows(wb["岗位档案"])) == len(posts) == 27
    cols = list(archive.RISK_SHEET)
    by_key = {(r["source_file"], r["source_sheet"], int(r["source_row"])): r for r in risks}
    for row in detail:
        d = dict(zip(cols, row, strict=True))
        src = by_key[(d["source_file"], d["source_sheet"], d["source_row"])]
        for k in ("risk_point", "risk_type", "risk_level", "measures", "person", "department"):
            text = d[k] or ""  # the CSV neutralises formula-like text; the workbook keeps it
            assert ("'" + text if text.startswith(FORMULA_START) else text) == src[k]
    assert wb["风险点明细"].tables  # an Excel table with filters
    assert wb["风险点明细"].freeze_panes == "A3"
    assert wb["问题清单"]["A3"].fill.fgColor.rgb.endswith("F8CBAD")  # errors first, in red


def test_totals_in_overview_and_pivots(run):
    wb = openpyxl.load_workbook(run / "a.xlsx")
    ws = wb["汇总"]
    values = [[c for c in r] for r in ws.iter_rows(values_only=True)]
    totals = [r for r in values if r and r[0] == "合计"]
    # 科室 × 风险类型 counts a multi-type point once per type; 科室 × 风险级别 counts points
    assert totals[1][-1] == 79
    assert totals[2][4] == 27  # 岗位层级 × 等级: all posts
    grid = {r[0]: r for r in wb["总览"].iter_rows(values_only=True) if r and r[0]}
    assert grid["已收表数"][1] == 27 and grid["风险点"][1] == 79
    assert grid["应报表数(花名册人数)"][1] == 30 and grid["未报送人数"][1] == 3
    assert grid["科室(花名册)"][1] == 9  # the roster's, though one 科室 has not answered
    basic = [r for r in wb["总览"].iter_rows(min_row=6, max_row=17, max_col=2, values_only=True)]
    assert all(isinstance(v, int) for label, v in basic if label)  # numbers, not "10 / 0"
    assert wb["总览"]["B6"].alignment.horizontal == "right"
    cf = ws.conditional_formatting
    assert any(rule.type == "colorScale" for rng in cf for rule in rng.rules)


def test_charts_present_and_no_formulas_from_staff_text(run):
    with zipfile.ZipFile(run / "a.xlsx") as z:
        names = z.namelist()
        assert {"xl/charts/chart1.xml", "xl/charts/chart2.xml"} <= set(names)
        sheets = [z.read(n).decode() for n in names if n.startswith("xl/worksheets/sheet")]
        shared = z.read("xl/sharedStrings.xml").decode() if "xl/sharedStrings.xml" in names else ""
    assert not any(re.search(r"<f[ >]", x) for x in sheets)
    assert "=HYPERLINK(" in shared  # kept as text
    assert not any("hyperlink" in x for x in sheets)


def test_print_settings(run):
    wb = openpyxl.load_workbook(run / "a.xlsx")
    for name in ("岗位档案", "风险点明细", "问题清单"):
        ws = wb[name]
        assert ws.page_setup.orientation == "landscape" and ws.page_setup.paperSize == 9
        assert ws.print_title_rows == "$2:$2"
        assert "&P" in ws.oddFooter.center.text
    assert (
        wb["风险点明细"].print_area == "'风险点明细'!$A$1:$L$81"
    )  # provenance columns are not printed


def test_same_inputs_same_bytes(tmp_path, monkeypatch):
    samples = data_dir("samples")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1750000000")
    outs = []
    for name in ("x", "y"):
        out = tmp_path / f"{name}.xlsx"
        pub = tmp_path / f"{name}-p.xlsx"
        res = CliRunner().invoke(
            main, ["collect", str(samples / "inbox"), "-o", str(out), "--public", str(pub)]
        )
        assert res.exit_code == 0
        outs.append((out.read_bytes(), pub.read_bytes()))
    assert outs[0] == outs[1]
    with zipfile.ZipFile(tmp_path / "x.xlsx") as z:
        assert "2025-06-15T15:06:40Z" in z.read("docProps/core.xml").decode()
    assert not list(tmp_path.glob(".~*"))  # no temporary files left behind


def test_public_version_has_no_names_or_opinions(run):
    names = {r["姓名"] for r in _csv(data_dir("samples") / "roster.csv")}
    with zipfile.ZipFile(run / "p.xlsx") as z:
        blob = "".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())
    assert not [n for n in names if n in blob]
    assert "同意" not in blob and "情况属实" not in blob
    wb = openpyxl.load_workbook(run / "p.xlsx")
    ws = wb.worksheets[0]
    header = [c.value for c in ws[3]]
    assert header == ["序号", "单位", "科室", "岗位", "岗位层级", "岗位风险等级", "岗位职责/分管工作", "风险点",
                      "风险类型", "风险级别", "防控措施"]  # fmt: skip
