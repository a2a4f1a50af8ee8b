"""What a leader, the public and a new coordinator see: issue names, formula-like text, 公示版,
one 科室 order, the round, the forms' deadline and authority. Workbooks are re-read."""

import csv

import pytest
from helpers import GENERAL_FORM, write_workbook

from xlproc.issues import CATALOGUE, ITEMS, NAMES, make_issue
from xlproc.stafftext import looks_like_formula


def _csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def test_every_code_has_a_chinese_name_and_the_field_column_names_a_field():
    assert set(NAMES) == set(CATALOGUE)
    assert NAMES["TYPE_UNKNOWN"] == "类型未识别"
    i = make_issue(
        "TYPE_UNKNOWN", "a.xlsx", "张三", "D7", field="思想道德风险、制度机制风险", value="廉洁"
    )
    assert i.field == "风险类型" and "思想道德风险、制度机制风险" in i.message
    assert make_issue("GRADE_MISMATCH", field="A", value="C", reason="r").field == "岗位风险等级"
    assert make_issue("MISSING_SUBMISSION", field="一般岗位", value="x").field == "报送情况"
    assert set(ITEMS) <= set(CATALOGUE)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ('=HYPERLINK("http://x","y")', True), ("+86 123", True), ("-cmd|' /C calc'!A0", True),
        ("@SUM(A1)", True), ("详见 http://example.com/zd", True), ("见www.gov.cn", True),
        ("-", False), ("严格执行制度", False), ("Ⅰ级", False), ("1. 两人以上", False),
    ],
)  # fmt: skip
def test_formula_like_text(text, want):
    assert looks_like_formula(text) is want


def test_formula_like_text_is_flagged_wherever_it_appears(tmp_path):
    from xlproc.collect import collect_inbox

    rows = [list(r) for r in GENERAL_FORM]
    rows[3][3] = "=办公室科员"  # header field 所在科室及职务
    rows[5][2] = "+公文运转中泄露信息"  # C6 风险点
    rows[5][5] = '=HYPERLINK("http://example.com","点此查看制度")'  # F6
    rows[6][1] = "详见 www.example.com"  # B7 工作流程
    write_workbook(tmp_path / "in" / "a.xlsx", {"张三": rows})
    res = collect_inbox([tmp_path / "in"])
    got = {(i.cell, i.field) for i in res.issues.itertuples() if i.code == "TEXT_FORMULA_LIKE"}
    assert {("C6", "风险点"), ("F6", "防控措施"), ("B7", "工作流程")} <= got
    assert ("", "科室") in got or ("", "职务") in got
    assert all(
        i.severity == "warning" for i in res.issues.itertuples() if i.code == "TEXT_FORMULA_LIKE"
    )
