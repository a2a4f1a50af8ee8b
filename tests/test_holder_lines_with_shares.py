"""A holders' cell listing a point's holders one a line, each line closing (or opening) with his
share of the responsibility for it ('副主任　阚沐泽　30%', '阚沐泽（30%）', '阚沐泽 占30%',
'30%　副主任　阚沐泽'), a row's shares adding up to 100%: every holder named holds the point, the
share is no part of him and is dropped (one info issue naming the column; a cell whose shares do
not add up to 100% a warning at that cell).

Not the published batch's file (a 市场监管所's 责任分担表, 高/中/低, one heading row, each line
'岗位　姓名　NN%'): a county 住房和城乡建设局's 工程质量安全监督站 and a 乡镇 财政所, other posts,
names and level words (一级/二级/三级, Ⅰ级…), shares in brackets, after '占', before the post, with
two heading rows, a separate post column and an extra column, written with xlsxwriter
(tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None, sheet: str = "分担表"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


STATION = "XX县建设工程质量安全监督站"
G = "\u3000"


def test_post_and_name_then_share_in_brackets_one_a_line(tmp_path):
    rows = [[f"{STATION}廉政风险点及责任分担一览表"],
            ["序号", "监督环节", "风险点", "等级", "责任人及分担比例", "防控措施"],
            [1, "质量监督交底", "监督交底流于形式，对参建单位提出不合理要求",
             "二级", f"站长{G}阚沐泽（30%）\n监督员{G}郜一澜（70%）", "交底内容统一模板，全程留痕。"],
            [2, "竣工验收监督", "对实体质量问题隐瞒不报，违规出具监督报告",
             "一级", f"副站长{G}禚清和（50%）\n监督员{G}郜一澜（50%）", "验收监督双人到场，报告站务会审定。"],
            [3, "安全文明施工检查", "检查时接受施工单位宴请，降低整改要求",
             "三级", f"监督员{G}郜一澜（100%）", "检查结果录入平台，整改逐项销号。"],
            ["注：分担比例为各责任人对该风险点承担责任的比例。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A6:F6"])
    assert read(got) == sorted([
        ("站长", "阚沐泽", "监督交底流于形式，对参建单位提出不合理要求", "Ⅱ级"),
        ("监督员", "郜一澜", "监督交底流于形式，对参建单位提出不合理要求", "Ⅱ级"),
        ("副站长", "禚清和", "对实体质量问题隐瞒不报，违规出具监督报告", "Ⅰ级"),
        ("监督员", "郜一澜", "对实体质量问题隐瞒不报，违规出具监督报告", "Ⅰ级"),
        ("监督员", "郜一澜", "检查时接受施工单位宴请，降低整改要求", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "HOLDER_SHARES_DROPPED" in codes(got) and "HOLDER_SHARES_UNSUMMED" not in codes(got)
    said = got.issues[got.issues["code"] == "HOLDER_SHARES_DROPPED"]
    assert len(said) == 1 and "责任人及分担比例" in said["message"].iloc[0]
    assert CATALOGUE["HOLDER_SHARES_DROPPED"] and SHORT["HOLDER_SHARES_DROPPED"]


def test_share_first_under_two_heading_rows_and_an_extra_column(tmp_path):
    rows = [["XX镇财政所廉政风险责任分担表"],
            ["序号", "风险点", "风险等级", "责任分担", None, "备注"],
            [None, None, None, "责任人（比例、岗位、姓名）", "防控措施", None],
            [1, "惠农补贴资金发放中虚报冒领", "Ⅰ级", f"60%{G}所长{G}綦予安\n40%{G}会计{G}阚若溪",
             "补贴名单三级公示，资金直达农户卡。", "重点"],
            [2, "村级财务代理记账不及时，白条入账", "Ⅱ级", f"100%{G}会计{G}阚若溪",
             "每月对账，原始凭证审核签字。", None],
            [3, "公务卡报销超范围", "Ⅲ级", f"70%{G}出纳{G}綦望舒\n30%{G}所长{G}綦予安",
             "报销前审核消费明细。", None]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A2:A3", "B2:B3", "C2:C3", "D2:E2", "F2:F3"])
    assert read(got) == sorted([
        ("所长", "綦予安", "惠农补贴资金发放中虚报冒领", "Ⅰ级"),
        ("会计", "阚若溪", "惠农补贴资金发放中虚报冒领", "Ⅰ级"),
        ("会计", "阚若溪", "村级财务代理记账不及时，白条入账", "Ⅱ级"),
        ("出纳", "綦望舒", "公务卡报销超范围", "Ⅲ级"),
        ("所长", "綦予安", "公务卡报销超范围", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "HOLDER_SHARES_DROPPED" in codes(got)


def test_names_with_share_after_zhan_beside_a_post_column(tmp_path):
    """Posts one a line in their own column, the names (each '占NN%') one a line beside them; a
    row whose shares add up to 90% is warned of at its cell, its holders read all the same."""
    rows = [[f"{STATION}岗位廉政风险点登记表"],
            ["序号", "风险点", "风险等级", "岗位", "责任人及责任比例", "防控措施"],
            [1, "检测报告审核把关不严，默许弄虚作假", "高", "站长\n检测员",
             "厍明远 占40%\n蒯思齐 占60%", "检测报告实行双签。"],
            [2, "监督抽检选择性抽样", "中", "副站长\n检测员",
             "禚清和 占30%\n蒯思齐 占60%", "抽样随机确定，全程录像。"],
            [3, "档案资料借阅不登记", "低", "资料员", "俞晓棠 占100%", "借阅登记，按期归还。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        ("站长", "厍明远", "检测报告审核把关不严，默许弄虚作假", "Ⅰ级"),
        ("检测员", "蒯思齐", "检测报告审核把关不严，默许弄虚作假", "Ⅰ级"),
        ("副站长", "禚清和", "监督抽检选择性抽样", "Ⅱ级"),
        ("检测员", "蒯思齐", "监督抽检选择性抽样", "Ⅱ级"),
        ("资料员", "俞晓棠", "档案资料借阅不登记", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    warned = got.issues[got.issues["code"] == "HOLDER_SHARES_UNSUMMED"]
    assert list(warned["cell"]) == ["E4"] and "90%" in warned["message"].iloc[0]


def test_plain_holder_lines_beside_a_percentage_column_are_as_before(tmp_path):
    """No share on the holders' lines (the percentages in a column of their own): read as ever."""
    rows = [[f"{STATION}廉政风险点一览表"],
            ["序号", "风险点", "风险等级", "责任人", "整改完成率", "防控措施"],
            [1, "监督交底流于形式", "一级", f"站长{G}阚沐泽\n监督员{G}郜一澜", "100%", "统一模板。"],
            [2, "竣工验收隐瞒质量问题", "二级", f"副站长{G}禚清和", "80%", "双人到场。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        ("站长", "阚沐泽", "监督交底流于形式", "Ⅰ级"),
        ("监督员", "郜一澜", "监督交底流于形式", "Ⅰ级"),
        ("副站长", "禚清和", "竣工验收隐瞒质量问题", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert not {"HOLDER_SHARES_DROPPED", "HOLDER_SHARES_UNSUMMED"} & codes(got)


def test_a_percentage_in_a_holders_cell_not_closing_every_line_is_as_before(tmp_path):
    """'（分管40%的抽检任务）' on a line of its own is no holder's share: the cell is read as
    written before, and nothing is said of shares."""
    rows = [["XX镇财政所廉政风险点一览表"],
            ["序号", "风险点", "风险等级", "岗位", "责任人", "防控措施"],
            [1, "惠农补贴资金发放中虚报冒领", "一级", "所长", "綦予安", "名单公示。"],
            [2, "公务卡报销超范围", "二级", "会计", "阚若溪", "审核明细。"],
            [3, "抽检费用结算不及时", "三级", "出纳", "綦望舒\n（承担40%的结算工作）", "按月结算。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    got_read = read(got)
    assert ("所长", "綦予安", "惠农补贴资金发放中虚报冒领", "Ⅰ级") in got_read
    assert ("会计", "阚若溪", "公务卡报销超范围", "Ⅱ级") in got_read
    assert len(got_read) == 3
    no_errors(got)
    assert not {"HOLDER_SHARES_DROPPED", "HOLDER_SHARES_UNSUMMED"} & codes(got)
