"""Generated workbooks, re-read by openpyxl: validations, protection, print settings, metadata."""

import json

import openpyxl
import pytest
from click.testing import CliRunner

from xlproc.cli import main
from xlproc.forms import META_PREFIX, load_spec

ROSTER = (
    "单位,科室,姓名,职务,岗位层级,分管工作\n"
    "XX区测试局,领导班子,王一,局长,领导岗位,负责全面工作\n"
    "XX区测试局,办公室,李二,主任,中层,负责文秘\n"
    "XX区测试局,办公室,赵三,科员,一般,负责采购\n"
    "XX区测试局,办公室,赵三丰,科员,一般,\n"
)


@pytest.fixture
def outbox(tmp_path):
    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    res = CliRunner().invoke(
        main, ["templates", "--roster", str(roster), "-o", str(tmp_path / "out")]
    )
    assert res.exit_code == 0, res.output
    return tmp_path / "out" / "XX区测试局"


def _meta(ws):
    for row in ws.iter_rows(min_row=1, max_row=1):
        for c in row:
            if isinstance(c.value, str) and c.value.startswith(META_PREFIX):
                return json.loads(c.value[len(META_PREFIX) :]), c.column_letter
    return None, None


def test_one_workbook_per_department_one_sheet_per_person(outbox):
    assert sorted(p.name for p in outbox.iterdir()) == ["办公室.xlsx", "领导班子.xlsx"]
    wb = openpyxl.load_workbook(outbox / "办公室.xlsx")
    assert wb.sheetnames == ["填表说明", "李二", "赵三", "赵三丰"]


def test_prefilled_values_and_hidden_metadata(outbox):
    wb = openpyxl.load_workbook(outbox / "办公室.xlsx")
    ws = wb["赵三"]
    assert ws["A2"].value == "一般岗位廉政风险识别和防控表"
    assert ws["A3"].value == "单位(盖章):XX区测试局"
    assert [c.value for c in ws[4][:6]] == [
        "姓名",
        "赵三",
        "所在科室及职务",
        "办公室科员",
        "岗位风险等级",
        "",
    ]
    meta, col = _meta(ws)
    assert meta == {"form": "general", "version": load_spec().version, "unit": "XX区测试局", "department": "办公室",
                    "person": "赵三", "title": "科员", "roster_row": 4}  # fmt: skip
    assert ws.column_dimensions[col].hidden
    assert _meta(wb["李二"])[0]["form"] == "middle"
    assert _meta(openpyxl.load_workbook(outbox / "领导班子.xlsx")["王一"])[0]["form"] == "leader"


def test_dropdowns_protection_and_unlocked_inputs(outbox):
    ws = openpyxl.load_workbook(outbox / "办公室.xlsx")["赵三"]
    header = next(r for r in range(1, 12) if ws.cell(r, 3).value == "风险点")
    lists = {str(dv.sqref): dv for dv in ws.data_validations.dataValidation}
    assert any(
        dv.formula1 == '"A,B,C"' and dv.showInputMessage and dv.prompt for dv in lists.values()
    )
    level = next(dv for dv in lists.values() if "Ⅰ级" in (dv.formula1 or ""))
    typ = next(dv for dv in lists.values() if "思想道德风险" in (dv.formula1 or ""))
    assert str(level.sqref).startswith(f"E{header + 1}:E")
    assert str(typ.sqref).startswith(f"D{header + 1}:D")
    last = int(str(level.sqref).split(":E")[1])
    assert last - header >= 8  # at least eight blank risk rows
    assert ws.protection.sheet and not ws.protection.password
    assert ws.protection.insertRows is False  # False means "not protected", i.e. allowed
    assert ws.cell(header, 3).protection.locked
    assert not ws.cell(header + 1, 3).protection.locked
    assert not ws.cell(4, 6).protection.locked  # the declared grade cell


def test_print_settings(outbox):
    ws = openpyxl.load_workbook(outbox / "办公室.xlsx")["李二"]
    assert ws.page_setup.orientation == "landscape"
    assert ws.page_setup.paperSize == 9
    assert ws.page_setup.fitToWidth in (None, 1)  # 1 is the default and may be omitted
    assert ws.page_setup.fitToHeight == 0
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows == "$5:$5"
    assert "&P" in ws.oddFooter.center.text
    assert ws["A2"].font.name == "宋体"


def test_leader_form_has_major_matters_section(outbox):
    ws = openpyxl.load_workbook(outbox / "领导班子.xlsx")["王一"]
    values = [ws.cell(r, 1).value for r in range(1, ws.max_row + 1)]
    assert "“三重一大”方面" in values
    assert "单位领导小组审查意见" in values and "所在派驻纪检组、监察室审核意见" in values
    assert ws["B6"].value == "负责全面工作"  # 分管工作 prefilled from the roster


def test_password_option(tmp_path):
    roster = tmp_path / "r.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    res = CliRunner().invoke(
        main, ["templates", "--roster", str(roster), "-o", str(tmp_path / "o"), "--password", "x1"]
    )
    assert res.exit_code == 0, res.output
    ws = openpyxl.load_workbook(tmp_path / "o" / "XX区测试局" / "办公室.xlsx")["李二"]
    assert ws.protection.password


def test_blank_forms(tmp_path):
    res = CliRunner().invoke(main, ["templates", "--blank", "-o", str(tmp_path)])
    assert res.exit_code == 0, res.output
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["附件2-领导岗位廉政风险识别和防控表.xlsx", "附件3-中层岗位廉政风险识别和防控表.xlsx",
                     "附件4-一般岗位廉政风险识别和防控表.xlsx"]  # fmt: skip


def test_usage_errors_exit_2(tmp_path):
    r = CliRunner().invoke(main, ["templates", "-o", str(tmp_path)])
    assert r.exit_code == 2 and "二选一" in r.output
    r = CliRunner().invoke(
        main, ["templates", "--roster", str(tmp_path / "nope.csv"), "-o", str(tmp_path)]
    )
    assert r.exit_code == 2 and "找不到花名册" in r.output


def test_same_roster_gives_identical_bytes(tmp_path):
    roster = tmp_path / "r.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    for d in ("a", "b"):
        CliRunner().invoke(main, ["templates", "--roster", str(roster), "-o", str(tmp_path / d)])
    a = (tmp_path / "a" / "XX区测试局" / "办公室.xlsx").read_bytes()
    b = (tmp_path / "b" / "XX区测试局" / "办公室.xlsx").read_bytes()
    assert a == b
