"""The info naming the order a list's pages were read in when the tabs stand out of it says how
the sheets were known as pages. SHEETS_BY_PAGE_NUMBER said '按页码命名' even for sheets joined by
their 序号 alone ('Sheet2 | Sheet1', '一览表(2) | 一览表', one heading, 序号 1–3 then 4–5): a user
looked for page numbers the tabs never had. Now such sheets get SHEETS_BY_RUNNING_NUMBER
(未按页码命名, 序号逐表接续); tabs naming their page numbers ('第2页 | 第1页', 'P2 | P1') keep
SHEETS_BY_PAGE_NUMBER and its wording. Each wording is tested here; the reading of the pages is
tests/test_page_sheets_in_page_order.py's.

Made-up files (a 县市场监督管理局 and a 县林业局, other posts and names, 一级/高 levels), written
with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

HEAD = ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"]


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, sheets: dict[str, list]):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", sheets)
    return _collect(inbox)


def _market(first: str, second: str) -> dict[str, list]:
    one = [
        ["某县市场监督管理局岗位廉政风险点一览表"],
        HEAD,
        [1, "局领导", "局长", "司徒砚舟", "行政处罚案件说情打招呼", "一级", "案件集体审议。"],
        [2, "登记股", "股长", "赫连知秋", "违规办理企业登记", "二级", "登记材料双人审核。"],
        [3, "稽查队", "队员", "夏侯青禾", "检查中收受好处", "一级", "执法全程记录。"],
    ]  # fmt: skip
    two = [
        HEAD,
        [4, None, None, None, "泄露举报人信息", "二级", "举报材料专人保管。"],
        [5, "财务股", "会计", "巫马清辞", "虚列办公经费", "三级", "报销双人审核。"],
    ]  # fmt: skip
    return {second: two, first: one}


def _said(got, code: str):
    return got.issues[got.issues["code"] == code]


def test_sheets_joined_by_their_numbers_are_not_said_named_by_pages(tmp_path):
    got = run(tmp_path, _market("Sheet1", "Sheet2"))
    said = _said(got, "SHEETS_BY_RUNNING_NUMBER")
    assert list(said["value"]) == ["Sheet1、Sheet2"]
    assert "未按页码命名" in said.iloc[0]["message"] and "序号" in said.iloc[0]["message"]
    assert "SHEETS_BY_PAGE_NUMBER" not in set(got.issues["code"])
    assert (
        dict(zip(got.risks["risk_point"], got.risks["person"], strict=True))["泄露举报人信息"]
        == "夏侯青禾"
    )


def test_copied_tabs_joined_by_their_numbers_get_the_same_wording(tmp_path):
    got = run(tmp_path, _market("一览表", "一览表(2)"))
    assert list(_said(got, "SHEETS_BY_RUNNING_NUMBER")["value"]) == ["一览表、一览表(2)"]
    assert "SHEETS_BY_PAGE_NUMBER" not in set(got.issues["code"])


def test_page_numbered_tabs_keep_the_page_number_wording(tmp_path):
    got = run(tmp_path, _market("第1页", "第2页"))
    said = _said(got, "SHEETS_BY_PAGE_NUMBER")
    assert list(said["value"]) == ["第1页、第2页"]
    assert "按页码命名" in said.iloc[0]["message"]
    assert "SHEETS_BY_RUNNING_NUMBER" not in set(got.issues["code"])


def test_both_wordings_are_catalogued():
    for code in ("SHEETS_BY_PAGE_NUMBER", "SHEETS_BY_RUNNING_NUMBER"):
        assert code in CATALOGUE and code in SHORT
    assert "未按页码命名" in CATALOGUE["SHEETS_BY_RUNNING_NUMBER"][1]
