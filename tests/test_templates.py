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


# --- review 93: what staff paste under our own template's form is read as any sheet is ---

FILLED = [
    {"duty": "负责文秘", "workflow": "收文登记", "risk_point": "泄露涉密文件", "risk_type": "岗位职责",
     "risk_level": "Ⅱ级", "measures": "严格登记。"},
    {"workflow": "公文流转", "risk_point": "延误办理", "risk_type": "制度机制", "risk_level": "Ⅲ级",
     "measures": "限时办结。"},
]  # fmt: skip
OWN = [
    ("科室负责人", "张三", "泄露涉密文件", "Ⅱ级"),
    ("科室负责人", "张三", "延误办理", "Ⅲ级"),
]


def _middle_form_with(tmp_path, pasted):
    """The blank 中层岗位 form as generated (templates --blank), B4 办公室 and D4 张三 and two
    rows filled as staff would, and ``pasted`` under it (a blank row after the form's note)."""
    from xlproc.fill import Entry, fill_workbook
    from xlproc.templates import build_blank

    src = next(p for p in build_blank(tmp_path / "blank") if p.name.startswith("附件3"))
    dst = tmp_path / "inbox" / "办公室.xlsx"
    sheet = openpyxl.load_workbook(src).sheetnames[1]
    fill_workbook(src, dst, {sheet: Entry(rows=FILLED)})
    wb = openpyxl.load_workbook(dst)
    ws = wb[sheet]
    ws["B4"], ws["D4"] = "办公室", "张三"
    start = ws.max_row + 2
    for i, row in enumerate(pasted):
        for j, v in enumerate(row):
            ws.cell(start + i, j + 1).value = v
    wb.save(dst)
    return _collect(dst.parent)


def _collect(inbox):
    from xlproc.collect import assemble, discover, read_file
    from xlproc.config import load_config

    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def _tuples(res):
    return [(r.title, r.person, r.risk_point, r.risk_level) for r in res.risks.itertuples()]


def _codes(res):
    return sorted(zip(res.issues["code"], res.issues["cell"], strict=True))


def test_what_the_ninety_third_review_found_a_list_and_its_holders_by_number_pasted(tmp_path):
    """A list pasted under the template's form and a 分工 table naming its points by 序号 under
    that: the pasted points are the 分工 table's holders' (as before the template's sheets
    skipped the probes), the 分工 rows no points."""
    pasted = [
        ["附：局风险点清单"], ["序号", "风险点", "风险等级", "防控措施"],
        [1, "违规报销差旅费", "高", "双人审核。"], [2, "虚列支出", "中", "月度对账。"],
        [3, "违规采购办公用品", "低", "比价采购。"], [],
        ["序号", "岗位", "姓名", "负责风险点序号"], [1, "财务股长", "李四", "1、2"], [2, "采购员", "王五", "3"],
    ]  # fmt: skip
    res = _middle_form_with(tmp_path, pasted)
    assert _tuples(res) == OWN + [
        ("财务股长", "李四", "违规报销差旅费", "Ⅰ级"),
        ("财务股长", "李四", "虚列支出", "Ⅱ级"),
        ("采购员", "王五", "违规采购办公用品", "Ⅲ级"),
    ]
    assert _codes(res) == [("GRADE_BLANK", "F4"), ("HOLDERS_BY_POINT_NUMBERS", "D25"),
                           ("TABLE_NO_TYPE", "A20")]  # fmt: skip


def test_what_the_ninety_third_review_found_a_list_by_stage_and_its_holders_line(tmp_path):
    """A list keyed by 办理环节 pasted under the form, '各环节责任人：受理—科员　李四；…' under it:
    each stage's holder (as before), the template's own rows the form's holder."""
    pasted = [
        ["附：行政许可办理风险点"], ["办理环节", "风险点", "风险等级", "防控措施"],
        ["受理", "对材料不全的申请违规受理", "中", "一次性告知。"], ["审核", "审核把关不严", "高", "两人审核。"],
        ["审批", "越权审批", "高", "集体研究。"], [],
        ["各环节责任人：受理—科员　李四；审核—科长　张三；审批—局长　王五"],
    ]  # fmt: skip
    res = _middle_form_with(tmp_path, pasted)
    assert _tuples(res) == OWN + [
        ("科员", "李四", "对材料不全的申请违规受理", "Ⅱ级"),
        ("科长", "张三", "审核把关不严", "Ⅰ级"),
        ("局长", "王五", "越权审批", "Ⅰ级"),
    ]
    assert ("HOLDER_BY_STAGE", "A25") in _codes(res)
    assert "LEVEL_UNKNOWN" not in set(res.issues["code"])


def test_what_the_ninety_third_review_found_the_form_alone_still_skips_the_probes(
    tmp_path, monkeypatch
):
    """The speed change stays where the template's form is all there is (its own note under
    it): no probe for cards, panels or a roster of ranges runs on it; a 分工 table pasted
    under the note turns them on (and is read: HOLDER_NUMBERS_UNMATCHED, the template's
    rows have no 序号 its numbers could name)."""
    from xlproc import locate

    called: list[str] = []
    for name in ("_point_cards", "_side_panel", "_range_roster_rows"):
        real = getattr(locate._Locator, name)

        def spy(self, *a, _real=real, _name=name, **k):
            called.append(_name)
            return _real(self, *a, **k)

        monkeypatch.setattr(locate._Locator, name, spy)
    res = _middle_form_with(tmp_path / "alone", [])
    assert _tuples(res) == OWN and called == []
    pasted = [["分工"], ["序号", "岗位", "姓名", "负责风险点序号"], [1, "文书", "李四", "1"]]
    res = _middle_form_with(tmp_path / "pasted", pasted)
    assert _tuples(res) == OWN
    assert set(called) == {"_point_cards", "_side_panel", "_range_roster_rows"}
    assert ("HOLDER_NUMBERS_UNMATCHED", "D20") in _codes(res)
