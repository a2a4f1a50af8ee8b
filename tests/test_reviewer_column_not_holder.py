"""A column of who checked, approved or last edited the rows ('审核人', '复核人', '审批人',
'最后编辑人', '修改人', '更新人') in a list with no holder column: its cells are names, yet it
names a checker, never the holder. The list stays one of posts (as a list without names is
read) and the column is said once left unread (COLUMN_NAMES_UNREAD, info), not guessed the
holder by its names (one checker holding every row).

Not the published batch's file (batch806's 腾讯文档 sheet with 创建人 beside 最后修改人): a county's
自然资源局 and a 医疗保障局, other 股室, posts and names, 审核人 naming one person on every row,
复核人 naming two in turn (each 股室 its own), 最后编辑人 beside 最后编辑时间 naming one clerk on most
rows, 审批人 under two heading rows; written with xlsxwriter (tests/helpers.py) and read back as
``collect_inbox`` reads a file. The negatives (a real 责任人 column beside 审核人; a 填报人 column
naming each post's own holder) read as before.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None, sheet: str = "清单"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str, str]]:
    r = got.risks
    return sorted(
        zip(r["department"], r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True)
    )


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


def unread(got) -> list[tuple[str, str]]:
    said = got.issues[got.issues["code"] == "COLUMN_NAMES_UNREAD"]
    return list(zip(said["cell"], said["value"], strict=True))


def test_one_reviewer_on_every_row_holds_nothing(tmp_path):
    rows = [
        ["XX县自然资源局岗位廉政风险点清单"],
        ["序号", "股室", "岗位", "廉政风险点", "风险等级", "防控措施", "审核人"],
        [
            1,
            "国土空间规划股",
            "股长",
            "规划条件擅自调整",
            "高",
            "规划调整集体审议并公示。",
            "仲孙昱澄",
        ],
        [
            2,
            "国土空间规划股",
            "科员",
            "规划核实现场不到位",
            "中",
            "核实两人到场，影像存档。",
            "仲孙昱澄",
        ],
        [3, "耕地保护股", "股长", "占补平衡验收放宽", "高", "验收联合踏勘，签字留痕。", "仲孙昱澄"],
        [4, "耕地保护股", "科员", "卫片图斑核查走过场", "低", "图斑核查结果抽查复核。", "仲孙昱澄"],
    ]
    got = run(tmp_path, rows, ["A1:G1"])
    assert read(got) == sorted([
        ("国土空间规划股", "股长", "", "规划条件擅自调整", "Ⅰ级"),
        ("国土空间规划股", "科员", "", "规划核实现场不到位", "Ⅱ级"),
        ("耕地保护股", "股长", "", "占补平衡验收放宽", "Ⅰ级"),
        ("耕地保护股", "科员", "", "卫片图斑核查走过场", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert unread(got) == [("G2", "审核人")]


def test_two_reviewers_in_turn_each_section_its_own(tmp_path):
    # '复核人' before the measures, each 股室's rows checked by its own 复核人 (two in turn)
    rows = [
        ["XX县医疗保障局廉政风险防控一览表"],
        ["股室", "岗位", "复核人", "风险点", "风险等级", "防控措施"],
        [
            "待遇保障股",
            "股长",
            "东方黎彦",
            "异地就医备案审核把关不严",
            "二级",
            "备案材料网上留痕。",
        ],
        [
            "基金监管股",
            "股长",
            "公冶韫川",
            "定点医药机构检查走过场",
            "一级",
            "检查双随机，结果公开。",
        ],
        ["待遇保障股", "经办员", "东方黎彦", "慢特病认定降低标准", "二级", "专家评审，定期复查。"],
        ["基金监管股", "稽核员", "公冶韫川", "违规线索查处不及时", "三级", "线索登记，限期办结。"],
    ]
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        ("待遇保障股", "股长", "", "异地就医备案审核把关不严", "Ⅱ级"),
        ("基金监管股", "股长", "", "定点医药机构检查走过场", "Ⅰ级"),
        ("待遇保障股", "经办员", "", "慢特病认定降低标准", "Ⅱ级"),
        ("基金监管股", "稽核员", "", "违规线索查处不及时", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert unread(got) == [("C2", "复核人")]


def test_a_last_editor_beside_its_time_names_the_clerk(tmp_path):
    # '最后编辑人 | 最后编辑时间' of an online sheet, no 创建人: the clerk who tidied most rows
    rows = [
        ["岗位", "风险点", "风险等级", "防控措施", "最后编辑人", "最后编辑时间"],
        [
            "局长",
            "重大项目用地预审干预",
            "高",
            "预审结果局务会通报。",
            "宰父珂萱",
            "2025-03-02 10:12",
        ],
        [
            "测绘管理员",
            "测绘成果质检放水",
            "中",
            "质检抽样比例不低于10%。",
            "宰父珂萱",
            "2025-03-02 10:20",
        ],
        [
            "确权登记员",
            "不动产登记受理插队",
            "低",
            "按号受理，窗口监控。",
            "宰父珂萱",
            "2025-03-03 09:01",
        ],
        [
            "执法监察员",
            "违法用地查处瞒报",
            "高",
            "动态巡查台账周报。",
            "仲孙昱澄",
            "2025-03-03 15:44",
        ],
    ]
    got = run(tmp_path, rows, sheet="风险点收集")
    assert read(got) == sorted([
        ("", "局长", "", "重大项目用地预审干预", "Ⅰ级"),
        ("", "测绘管理员", "", "测绘成果质检放水", "Ⅱ级"),
        ("", "确权登记员", "", "不动产登记受理插队", "Ⅲ级"),
        ("", "执法监察员", "", "违法用地查处瞒报", "Ⅰ级"),
    ])  # fmt: skip
    no_errors(got)
    assert unread(got) == [("E1", "最后编辑人")]


def test_an_approver_under_two_heading_rows_holds_nothing(tmp_path):
    # two heading rows (风险等级 over 高 | 中 | 低 ticked), '审批人' merged down both
    rows = [
        ["XX县医疗保障局岗位廉政风险排查表"],
        ["序号", "岗位", "廉政风险点", "风险等级", None, None, "防控措施", "审批人"],
        [None, None, None, "高", "中", "低", None, None],
        [
            1,
            "局长",
            "医保基金支出审批一人说了算",
            "√",
            None,
            None,
            "大额支出集体研究。",
            "东方黎彦",
        ],
        [2, "财务会计", "基金收支对账不及时", None, "√", None, "按月对账，双人复核。", "东方黎彦"],
        [3, "档案管理员", "参保档案随意调阅", None, None, "√", "调阅登记审批。", "东方黎彦"],
    ]
    merges = ["A1:H1", "A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:G3", "H2:H3"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("", "局长", "", "医保基金支出审批一人说了算", "Ⅰ级"),
        ("", "财务会计", "", "基金收支对账不及时", "Ⅱ级"),
        ("", "档案管理员", "", "参保档案随意调阅", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert [v for _c, v in unread(got)] == ["审批人"]


def test_a_holder_column_beside_the_reviewer_reads_as_before(tmp_path):
    rows = [
        ["XX县自然资源局岗位廉政风险点清单"],
        ["股室", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施", "审核人"],
        ["耕地保护股", "股长", "申屠沐阳", "占补平衡验收放宽", "高", "验收联合踏勘。", "仲孙昱澄"],
        [
            "耕地保护股",
            "科员",
            "申屠芷汀",
            "卫片图斑核查走过场",
            "低",
            "核查结果抽查。",
            "仲孙昱澄",
        ],
        ["测绘股", "股长", "澹台鸿羲", "测绘资质初审把关不严", "中", "初审双人签字。", "仲孙昱澄"],
    ]
    got = run(tmp_path, rows, ["A1:G1"])
    assert read(got) == sorted([
        ("耕地保护股", "股长", "申屠沐阳", "占补平衡验收放宽", "Ⅰ级"),
        ("耕地保护股", "科员", "申屠芷汀", "卫片图斑核查走过场", "Ⅲ级"),
        ("测绘股", "股长", "澹台鸿羲", "测绘资质初审把关不严", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)


def test_a_self_filled_column_naming_each_posts_holder_reads_as_before(tmp_path):
    # '填报人' naming a different person on each post's rows: each filled in his own, the holder
    rows = [
        ["XX县医疗保障局廉政风险点自查表"],
        ["股室", "岗位", "风险点", "风险等级", "防控措施", "填报人"],
        [
            "待遇保障股",
            "股长",
            "异地就医备案审核把关不严",
            "二级",
            "备案材料网上留痕。",
            "东方黎彦",
        ],
        ["待遇保障股", "股长", "门诊统筹待遇核定不准", "三级", "核定结果复核。", "东方黎彦"],
        ["基金监管股", "稽核员", "违规线索查处不及时", "一级", "线索登记，限期办结。", "公冶韫川"],
        ["基金监管股", "稽核员", "飞行检查泄露信息", "一级", "检查计划保密。", "公冶韫川"],
    ]
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        ("待遇保障股", "股长", "东方黎彦", "异地就医备案审核把关不严", "Ⅱ级"),
        ("待遇保障股", "股长", "东方黎彦", "门诊统筹待遇核定不准", "Ⅲ级"),
        ("基金监管股", "稽核员", "公冶韫川", "违规线索查处不及时", "Ⅰ级"),
        ("基金监管股", "稽核员", "公冶韫川", "飞行检查泄露信息", "Ⅰ级"),
    ])  # fmt: skip
    no_errors(got)
    assert not unread(got)
