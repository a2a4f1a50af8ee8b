"""A list dressed as a report form (报表): its holder column ('责任人') names no person but the
form's SIGNING ROLES ('单位负责人', '财务负责人', '制表人', or several joined by '、', '，' or '和'),
the persons standing only in the closing sign-off row ('单位负责人：某某 | 财务负责人：某某 | 制表人：
某某 | 报出日期：…', or each label and its name in cells of their own). Each row's point goes to
whoever signs in each role its cell names (several roles: the point copied to each), the role
his post; a role the sign-off leaves unsigned keeps its post only, with a warning; the sign-off
row and a column-code row ('甲 | 乙 | 1 | 2') under the heading are no points.

Not the published batch's file (a 普查中心's 统计数据质量 排查表 with 单位负责人/统计负责人/填表人
and 一级/二级/三级): a 医疗保障局's 医保基金 结算报表, other roles (财务负责人, 制表人, 审核人),
other names, 高/中/低 and Ⅰ级…, ticks, an extra 风险类型 column, labels and names in one cell or
two, written with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None, sheet: str = "医保01表"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "report.xlsx", {sheet: rows}, {sheet: merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


TOP = [
    ["XX县医疗保障局医保基金结算岗位廉政风险点统计表"],
    [None, None, None, None, "表　　号：医保廉02表"],
    [None, None, None, None, "制定机关：XX县医疗保障局"],
    ["填报单位：XX县医疗保障局", None, None, None, "有效期至：2026年6月"],
]
P1 = "定点医药机构结算费用审核放宽标准"
P2 = "违规批准医保基金预付"
P3 = "篡改结算报表数据掩盖超支"
P4 = "向无关人员泄露参保人员信息"
P5 = "收受定点药店购物卡"


def test_roles_in_the_holder_column_go_to_who_signs_each(tmp_path):
    rows = [*TOP,
            ["序号", "风险点", "责任人", "风险等级", "防控措施"],
            ["甲", "乙", "丙", "1", "2"],
            ["1", P1, "财务负责人", "高", "结算审核实行初审、复审两级把关。"],
            ["2", P2, "单位负责人", "中", "预付资金经局党组会研究决定。"],
            ["3", P3, "制表人", "高", "报表数据与系统数据每月比对。"],
            ["4", P4, "单位负责人，财务负责人", "低", "参保信息查询留痕，定期抽查。"],
            ["单位负责人：祁沐蘅", "财务负责人：宓澜舟", "制表人：缪知遥", "报出日期：2025年7月5日"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A4:C4"])
    assert read(got) == sorted([
        ("财务负责人", "宓澜舟", P1, "Ⅰ级"),
        ("单位负责人", "祁沐蘅", P2, "Ⅱ级"),
        ("制表人", "缪知遥", P3, "Ⅰ级"),
        ("单位负责人", "祁沐蘅", P4, "Ⅲ级"),
        ("财务负责人", "宓澜舟", P4, "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_SIGNOFF_ROLES" in codes(got)
    assert "SIGNOFF_ROLE_UNNAMED" not in codes(got)
    no_errors(got)
    c = got.counts()
    assert c["rows_seen"] == c["risks"] + c["rows_reported"] == 5, c


def test_labels_and_names_in_cells_of_their_own_and_an_extra_column(tmp_path):
    rows = [*TOP,
            ["代码", "风险类型", "廉政风险点", "风险责任人", "等级", "防控措施"],
            ["甲", "乙", "丙", "丁", "1", "2"],
            ["01", "岗位职责风险", P1, "财务负责人和制表人", "Ⅱ级", "结算审核实行初审、复审两级把关。"],
            ["02", "制度机制风险", P2, "单位负责人", "Ⅰ级", "预付资金经局党组会研究决定。"],
            ["03", "思想道德风险", P5, "制表人", "Ⅲ级", "签订廉洁承诺书。"],
            ["单位负责人：", "祁沐蘅", "财务负责人：", "宓澜舟", "制表人：", "缪知遥"],
            ["报出日期：2025年7月5日"]]  # fmt: skip
    got = run(tmp_path, rows)
    assert read(got) == sorted([
        ("财务负责人", "宓澜舟", P1, "Ⅱ级"),
        ("制表人", "缪知遥", P1, "Ⅱ级"),
        ("单位负责人", "祁沐蘅", P2, "Ⅰ级"),
        ("制表人", "缪知遥", P5, "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_SIGNOFF_ROLES" in codes(got)
    no_errors(got)


def test_a_role_the_signoff_leaves_unsigned_keeps_its_post_with_a_warning(tmp_path):
    rows = [["XX县医疗保障局基金监管岗位廉政风险点统计表"],
            ["序号", "风险点", "责任人", "风险等级", None, None, "防控措施"],
            [None, None, None, "高", "中", "低", None],
            ["1", P1, "审核人", "√", None, None, "结算审核实行初审、复审两级把关。"],
            ["2", P2, "单位负责人、审核人", None, "√", None, "预付资金经局党组会研究决定。"],
            ["3", P3, "制表人", None, None, "√", "报表数据与系统数据每月比对。"],
            ["单位负责人：祁沐蘅", "制表人：缪知遥", "审核人：", "填报日期：2025年7月5日"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:G3"])
    assert read(got) == sorted([
        ("审核人", "", P1, "Ⅰ级"),
        ("单位负责人", "祁沐蘅", P2, "Ⅱ级"),
        ("审核人", "", P2, "Ⅱ级"),
        ("制表人", "缪知遥", P3, "Ⅲ级"),
    ])  # fmt: skip
    issues = got.issues
    warned = issues[issues["code"] == "SIGNOFF_ROLE_UNNAMED"]
    assert len(warned) == 1 and "审核人" in warned.iloc[0]["message"], issues.to_dict("records")
    no_errors(got)


def test_a_signoff_under_a_list_with_a_name_column_names_no_holder(tmp_path):
    rows = [["XX县医疗保障局岗位廉政风险点统计表"],
            ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            ["1", "基金结算股股长", "阙楚琰", P1, "高", "结算审核实行初审、复审两级把关。"],
            ["2", "稽核员", "柏予安", P4, "中", "参保信息查询留痕，定期抽查。"],
            ["单位负责人：祁沐蘅", None, "制表人：缪知遥", None, "报出日期：2025年7月5日"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        ("基金结算股股长", "阙楚琰", P1, "Ⅰ级"),
        ("稽核员", "柏予安", P4, "Ⅱ级"),
    ])  # fmt: skip
    assert not {"HOLDERS_BY_SIGNOFF_ROLES", "SIGNOFF_ROLE_UNNAMED"} & codes(got)
    no_errors(got)


def test_posts_over_an_unsigned_signoff_stay_posts(tmp_path):
    rows = [["XX县医疗保障局岗位廉政风险点统计表"],
            ["序号", "岗位", "风险点", "风险等级", "防控措施"],
            ["1", "科室负责人", P1, "高", "结算审核实行初审、复审两级把关。"],
            ["2", "审核人", P2, "中", "预付资金经局党组会研究决定。"],
            ["科室负责人签字：", None, "审核人签字：", None, "日期："]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("科室负责人", "", P1, "Ⅰ级"),
        ("审核人", "", P2, "Ⅱ级"),
    ])  # fmt: skip
    assert not {"HOLDERS_BY_SIGNOFF_ROLES", "SIGNOFF_ROLE_UNNAMED"} & codes(got)
    no_errors(got)


def test_a_post_column_of_role_words_over_a_named_signoff_stays_as_read(tmp_path):
    """The heading says 岗位, not a holder: the sign-off's names are no holders of its posts."""
    rows = [["XX县医疗保障局岗位廉政风险点统计表"],
            ["序号", "岗位", "风险点", "风险等级", "防控措施"],
            ["1", "财务负责人", P1, "高", "结算审核实行初审、复审两级把关。"],
            ["2", "制表人", P3, "中", "报表数据与系统数据每月比对。"],
            ["单位负责人：祁沐蘅", "财务负责人：宓澜舟", "制表人：缪知遥", "报出日期：2025年7月5日"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("财务负责人", "", P1, "Ⅰ级"),
        ("制表人", "", P3, "Ⅱ级"),
    ])  # fmt: skip
    assert not {"HOLDERS_BY_SIGNOFF_ROLES", "SIGNOFF_ROLE_UNNAMED"} & codes(got)


def test_the_new_codes_are_catalogued():
    for code in ("HOLDERS_BY_SIGNOFF_ROLES", "SIGNOFF_ROLE_UNNAMED"):
        assert code in CATALOGUE and code in SHORT


def test_what_the_hundred_and_twenty_fifth_review_found_signoff_variants(tmp_path):
    # finding 6: '（签字）' after the role, the sign-off in one merged cell, two-character names,
    # and the sign-off above the table beside '填报单位：…': each read
    title = ["XX县统计局岗位廉政风险点统计表"]
    head = ["序号", "风险点", "责任人", "风险等级", "防控措施"]
    p1, p2 = "统计数据弄虚作假", "统计执法选择性检查"
    body = [
        ["1", p1, "单位负责人", "高", "数据双人审核"],
        ["2", p2, "统计负责人", "中", "执法全程记录"],
    ]
    cases = [
        ([title, head, *body,
          ["单位负责人（签字）：祁沐蘅", "", "统计负责人（签字）：缪知遥", "", "报出日期：2025年7月5日"]],
         ["A1:E1"], ("祁沐蘅", "缪知遥"), "A5"),
        ([title, head, body[0], ["2", p2, "填表人", "中", "执法全程记录"],
          ["单位负责人：祁沐蘅    填表人：缪知遥    报出日期：2025年7月5日"]],
         ["A1:E1", "A5:E5"], ("祁沐蘅", "缪知遥"), "A5"),
        ([title, head, *body, ["单位负责人：李理", "", "统计负责人：王科", "", "报出日期：2025年7月5日"]],
         ["A1:E1"], ("李理", "王科"), "A5"),
        ([title, ["填报单位：XX县统计局", "", "单位负责人：祁沐蘅", "", "填表人：缪知遥"], head,
          body[0], ["2", p2, "填表人", "中", "执法全程记录"]],
         ["A1:E1"], ("祁沐蘅", "缪知遥"), "A2"),
    ]  # fmt: skip
    for n, (rows, merges, (first, second), at) in enumerate(cases):
        got = run(tmp_path / str(n), rows, merges)
        role = "统计负责人" if n in (0, 2) else "填表人"
        assert read(got) == sorted([
            ("单位负责人", first, p1, "Ⅰ级"),
            (role, second, p2, "Ⅱ级"),
        ]), n  # fmt: skip
        i = got.issues
        assert list(i[i["code"] == "HOLDERS_BY_SIGNOFF_ROLES"]["cell"]) == [at], n
        assert "SIGNOFF_ROLE_UNNAMED" not in codes(got), n
        no_errors(got)
    # finding 9: '分管领导' is an ordinary post, no report's signer: kept as read, no warning
    rows = [title, head, body[0], ["2", p2, "分管领导", "中", "执法全程记录"],
            ["单位负责人：祁沐蘅", "", "填表人：缪知遥", "", "报出日期：2025年7月5日"]]  # fmt: skip
    got = run(tmp_path / "leader", rows, ["A1:E1"])
    assert read(got) == sorted([
        ("单位负责人", "祁沐蘅", p1, "Ⅰ级"),
        ("分管领导", "", p2, "Ⅱ级"),
    ])  # fmt: skip
    assert "SIGNOFF_ROLE_UNNAMED" not in codes(got)
    no_errors(got)
