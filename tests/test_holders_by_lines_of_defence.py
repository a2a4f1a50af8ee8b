"""Holder columns under one heading merged across, each cell a whole holder ('部门⏎职务　姓名',
'职务 姓名'): the column whose sub-heading says it holds the row's point (第一道防线, 业务部门,
直接责任, 主体责任, 岗位责任人) gives the row's 科室, post and holder; the ones saying they watch
(第二道 / 第三道防线, 监督, 纪检, 审计, 风控合规, 分管领导) hold nothing; where no sub-heading says,
each holds it. Never one 科室 of the cells run together.

Not the published batch's file (a 城市建设投资集团's 责任分解表 with '防控责任（三道防线）' over
'第一道防线⏎（业务部门）' …, 高/中/低): a county's 农村商业银行 and a 县人民医院, other 部门, posts,
names and level words (一级/二级/三级, ★), one or two heading rows, the holder on two lines or
one, an extra 备注 column, written with xlsxwriter (tests/helpers.py) and read back as
``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str], sheet: str = "责任分工"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str, str]]:
    r = got.risks
    return sorted(
        zip(r["department"], r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True)
    )


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


BANK = ["XX县农村商业银行股份有限公司廉洁风险防控责任清单"]
LOAN = "信贷管理部\n总经理　冉若澜"
CARD = "银行卡部\n经理　闵雨棠"
RISK = "风险管理部\n总经理　庹星阑"
AUDIT = "审计部\n总经理　郗映雪"


def test_three_lines_of_defence_the_first_holds_the_others_watch(tmp_path):
    rows = [BANK,
            ["序号", "风险点", "风险等级", "防控措施", "风险防控责任分工", None, None, "备注"],
            [None, None, None, None, "第一道防线", "第二道防线", "第三道防线", None],
            [1, "贷前调查不实，为关系人违规放贷", "一级", "双人调查，贷审会集体审议。", LOAN, RISK, AUDIT, ""],
            [2, "贷款展期、借新还旧掩盖不良", "二级", "展期报总行审批，按季检查。", LOAN, RISK, AUDIT, ""],
            [3, "违规为不符合条件客户办卡提额", "三级", "提额系统审批留痕。", CARD, RISK, AUDIT, "新增"],
            ["说明：第一道防线承担直接防控责任，第二、三道防线负责监督。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:H1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:G2", "H2:H3",
                               "A7:H7"])  # fmt: skip
    assert read(got) == sorted([
        ("信贷管理部", "总经理", "冉若澜", "贷前调查不实，为关系人违规放贷", "Ⅰ级"),
        ("信贷管理部", "总经理", "冉若澜", "贷款展期、借新还旧掩盖不良", "Ⅱ级"),
        ("银行卡部", "经理", "闵雨棠", "违规为不符合条件客户办卡提额", "Ⅲ级"),
    ])  # fmt: skip
    said = got.issues[got.issues["code"] == "HOLDER_LINES"]
    assert list(said["cell"]) == ["E2"]
    assert "第一道防线" in said["message"].iloc[0] and "第三道防线" in said["message"].iloc[0]
    no_errors(got)


HOSPITAL = ["XX县人民医院科室廉洁风险责任表"]


def test_main_and_watching_responsibility_two_columns(tmp_path):
    rows = [HOSPITAL,
            ["序号", "廉洁风险点", "等级", "防控措施", "责任落实", None],
            [None, None, None, None, "主体责任", "监督责任"],
            [1, "药品耗材遴选中收受回扣", "★★★", "遴选纳入药事委员会集体决策。", "药剂科\n主任　洑晴岚", "纪检监察室\n主任　甄暮川"],
            [2, "大型设备采购参数量身定制", "★★", "参数论证专家随机抽取。", "设备科\n科长　禚霁安", "纪检监察室\n主任　甄暮川"],
            [3, "检验试剂验收不到场", "★", "验收双人签字。", "检验科\n主任　逄若溪", "纪检监察室\n主任　甄暮川"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:F2"])
    assert read(got) == sorted([
        ("药剂科", "主任", "洑晴岚", "药品耗材遴选中收受回扣", "Ⅰ级"),
        ("设备科", "科长", "禚霁安", "大型设备采购参数量身定制", "Ⅱ级"),
        ("检验科", "主任", "逄若溪", "检验试剂验收不到场", "Ⅲ级"),
    ])  # fmt: skip
    assert "甄暮川" not in set(got.risks["person"])
    no_errors(got)


def test_post_and_name_on_one_line_the_direct_one_holds(tmp_path):
    rows = [BANK,
            ["序号", "风险点", "风险等级", "防控责任", None, "防控措施"],
            [None, None, None, "直接责任人", "分管领导", None],
            [1, "柜面业务违规代客签名", "二级", "营业部主任 邬沐晴", "副行长 冼知秋", "事后监督全量核查。"],
            [2, "现金尾箱长短款不报告", "一级", "营业部主任 邬沐晴", "副行长 冼知秋", "每日轧账，交叉查库。"],
            [3, "网点费用虚列套取", "三级", "综合管理部经理 訾青禾", "副行长 冼知秋", "费用报销线上审批。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A2:A3", "B2:B3", "C2:C3", "D2:E2", "F2:F3"])
    assert read(got) == sorted([
        ("营业部", "主任", "邬沐晴", "柜面业务违规代客签名", "Ⅱ级"),
        ("营业部", "主任", "邬沐晴", "现金尾箱长短款不报告", "Ⅰ级"),
        ("综合管理部", "经理", "訾青禾", "网点费用虚列套取", "Ⅲ级"),
    ])  # fmt: skip
    assert "冼知秋" not in set(got.risks["person"])
    no_errors(got)


def test_no_sub_heading_says_so_each_holds_it(tmp_path):
    rows = [HOSPITAL,
            ["序号", "廉洁风险点", "风险等级", "防控措施", "责任人员", None],
            [None, None, None, None, "主办", "协办"],
            [1, "医保结算串换项目", "一级", "医保智能审核全覆盖。", "医保办\n主任　濮澄心", "财务科\n科长　宓晚舟"],
            [2, "挂号收费截留现金", "二级", "收费日结日清。", "财务科\n科长　宓晚舟", "门诊部\n主任　鞠听澜"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:F2"])
    assert read(got) == sorted([
        ("医保办", "主任", "濮澄心", "医保结算串换项目", "Ⅰ级"),
        ("财务科", "科长", "宓晚舟", "医保结算串换项目", "Ⅰ级"),
        ("财务科", "科长", "宓晚舟", "挂号收费截留现金", "Ⅱ级"),
        ("门诊部", "主任", "鞠听澜", "挂号收费截留现金", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)


def test_holder_and_leader_side_by_side_are_read_as_before(tmp_path):
    # '责任人 | 分管领导' in one heading row, a name each: no merged heading, no lines
    rows = [BANK,
            ["序号", "部门", "岗位", "风险点", "风险等级", "责任人", "分管领导"],
            [1, "信贷管理部", "客户经理", "贷前调查不实", "一级", "冉若澜", "冼知秋"],
            [2, "信贷管理部", "客户经理", "贷后检查走过场", "二级", "冉若澜", "冼知秋"],
            [3, "营业部", "柜员", "违规代客签名", "三级", "邬沐晴", "冼知秋"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"])
    assert read(got) == sorted([
        ("信贷管理部", "客户经理", "冉若澜", "贷前调查不实", "Ⅰ级"),
        ("信贷管理部", "客户经理", "冉若澜", "贷后检查走过场", "Ⅱ级"),
        ("营业部", "柜员", "邬沐晴", "违规代客签名", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDER_LINES" not in set(got.issues["code"])
    no_errors(got)


def test_a_holder_split_into_department_post_and_name_is_read_as_before(tmp_path):
    # '责任主体' merged over '科室 | 岗位 | 姓名': one part of the holder a column, no lines
    rows = [HOSPITAL,
            ["序号", "责任主体", None, None, "廉洁风险点", "风险等级", "防控措施"],
            [None, "科室", "岗位", "姓名", None, None, None],
            [1, "药剂科", "主任", "洑晴岚", "药品耗材遴选中收受回扣", "高", "集体决策。"],
            [2, "设备科", "科长", "禚霁安", "大型设备采购参数量身定制", "中", "专家随机抽取。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "A2:A3", "B2:D2", "E2:E3", "F2:F3", "G2:G3"])
    assert read(got) == sorted([
        ("药剂科", "主任", "洑晴岚", "药品耗材遴选中收受回扣", "Ⅰ级"),
        ("设备科", "科长", "禚霁安", "大型设备采购参数量身定制", "Ⅱ级"),
    ])  # fmt: skip
    assert "HOLDER_LINES" not in set(got.issues["code"])
    no_errors(got)


HEAD96_LINES = ["序号", "风险点", "风险等级", "防控措施", "防控责任（三道防线）", None, None]
MERGES96_LINES = ["A1:G1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:G2"]


def test_what_the_ninety_sixth_review_found_a_department_alone_is_the_line_s_holder(tmp_path):
    # cells naming only the 科室: the first line's 科室 the row's (its post-less form), the
    # others watching; never the three run together into one 科室
    rows = [BANK, HEAD96_LINES,
            [None, None, None, None, "第一道防线（业务部门）", "第二道防线（风控合规）", "第三道防线（审计）"],
            [1, "贷前调查不实", "一级", "双人调查", "信贷管理部", "风险管理部", "审计部"],
            [2, "违规办卡提额", "三级", "系统审批", "银行卡部", "风险管理部", "审计部"]]  # fmt: skip
    got = run(tmp_path, rows, MERGES96_LINES)
    assert read(got) == sorted([
        ("信贷管理部", "", "", "贷前调查不实", "Ⅰ级"),
        ("银行卡部", "", "", "违规办卡提额", "Ⅲ级"),
    ])  # fmt: skip
    assert list(got.issues[got.issues["code"] == "HOLDER_LINES"]["cell"]) == ["E2"]
    no_errors(got)


def test_what_the_ninety_sixth_review_found_departments_under_no_line_words_stay(tmp_path):
    # 科室 alone under sub-headings that say no line ('牵头部门 | 配合部门'): not read as lines
    rows = [BANK, ["序号", "风险点", "风险等级", "防控措施", "责任部门", None],
            [None, None, None, None, "牵头部门", "配合部门"],
            [1, "贷前调查不实", "一级", "双人调查", "信贷管理部", "风险管理部"],
            [2, "违规办卡提额", "三级", "系统审批", "银行卡部", "风险管理部"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:F2"])
    assert "HOLDER_LINES" not in set(got.issues["code"])
    assert sorted(got.risks["risk_point"]) == ["贷前调查不实", "违规办卡提额"]


def test_what_the_ninety_sixth_review_found_two_holders_in_a_first_line_cell(tmp_path):
    # a first-line cell naming a 科室 over two holders: the row's point each's (a copy each);
    # the other rows as before (not every holder of the table lost)
    two = "信贷管理部\n总经理　冉若澜\n客户经理　谷清越"
    rows = [BANK, HEAD96_LINES,
            [None, None, None, None, "第一道防线", "第二道防线", "第三道防线"],
            [1, "贷前调查不实", "一级", "双人调查", two, RISK, AUDIT],
            [2, "违规办卡提额", "三级", "系统审批", CARD, RISK, AUDIT]]  # fmt: skip
    got = run(tmp_path, rows, MERGES96_LINES)
    assert read(got) == sorted([
        ("信贷管理部", "总经理", "冉若澜", "贷前调查不实", "Ⅰ级"),
        ("信贷管理部", "客户经理", "谷清越", "贷前调查不实", "Ⅰ级"),
        ("银行卡部", "经理", "闵雨棠", "违规办卡提额", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDER_LINES" in set(got.issues["code"])
    no_errors(got)


def test_what_the_ninety_sixth_review_found_lines_as_headings_of_their_own(tmp_path):
    # 第一道防线 | 第二道防线 | 第三道防线 as top-level headings, no merged parent: as under one
    rows = [BANK,
            ["序号", "风险点", "风险等级", "防控措施", "第一道防线", "第二道防线", "第三道防线"],
            [1, "贷前调查不实", "一级", "双人调查", LOAN, RISK, AUDIT],
            [2, "违规办卡提额", "三级", "系统审批", CARD, RISK, AUDIT]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"])
    assert read(got) == sorted([
        ("信贷管理部", "总经理", "冉若澜", "贷前调查不实", "Ⅰ级"),
        ("银行卡部", "经理", "闵雨棠", "违规办卡提额", "Ⅲ级"),
    ])  # fmt: skip
    assert list(got.issues[got.issues["code"] == "HOLDER_LINES"]["cell"]) == ["E2"]
    no_errors(got)
