"""An online collection sheet (金山文档, 腾讯文档, 石墨) exported to Excel with no 姓名 column: each
row's holder is only the tool's record of who made it ('创建者', '提交人', '录入人（系统）'), beside
its time and often a '最后编辑人' naming whoever tidied the row (no holder, though its names alone
once made it the guessed holder). Such a column whose cells are names is the holder column
(HOLDER_BY_AUTHOR_COLUMN); a list that has a holder column, a 填报人 written as a line above the
list, a '审核人' column, or a bare '填报人' column with no record of the tool beside it read as
before.

Not the published batch's sheet (a 县税务局's 腾讯文档 with '所在股室 | 岗位 | … | 创建人 | 创建时间 |
最后修改人 | 最后修改时间', 一级/二级/三级, one header row): a 区住房和城乡建设局 and a 县医疗保障局, other
posts and names, 高/中/低 and ticks under a merged 风险等级, a band '系统记录' over the tool's
columns, post and 科室 in one column, a 风险类型 column, one person holding two posts; written with
xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str]):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "sheet.xlsx", {"收集表": rows}, {"收集表": merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


def codes(got) -> list[str]:
    return list(got.issues["code"])


EDITOR = "鄢沐禾"  # the 办公室's clerk who tidied the wording

# 金山文档: '提交者 | 提交时间 | 最后编辑人 | 最后编辑时间', levels 高/中/低, rows in typing order
KINGSOFT = [
    ["某区住房和城乡建设局岗位廉政风险点征集（金山文档，请各自登录后填写本人岗位）"],
    ["科室", "岗位", "廉政风险点", "风险等级", "防控措施", "提交者", "提交时间", "最后编辑人", "最后编辑时间"],
    ["质量安全监督站", "监督员", "工程质量验收中降低标准放行", "高", "验收全程录像，两人以上到场。",
     "甄楠栎", "2025-04-01 09:02", EDITOR, "2025-04-03 10:11"],
    ["城建股", "股长", "市政工程变更签证把关不严", "中", "变更签证集体研究并公示。",
     "隗澈予", "2025-04-01 09:40", "隗澈予", "2025-04-01 09:40"],
    ["质量安全监督站", "监督员", "对施工单位违规行为选择性执法", "中", "执法检查随机抽取、结果公开。",
     "甄楠栎", "2025-04-01 10:15", EDITOR, "2025-04-03 10:20"],
    ["办公室", "文员", "公车使用登记不实", "低", "公车使用全程定位、每月通报。",
     EDITOR, "2025-04-02 08:30", EDITOR, "2025-04-02 08:30"],
    ["城建股", "股长", "接受施工单位宴请", "高", "签订廉洁承诺书。",
     "隗澈予", "2025-04-02 11:05", EDITOR, "2025-04-03 10:31"],
]  # fmt: skip


def test_a_kingsoft_sheet_submitters_are_the_holders(tmp_path):
    got = run(tmp_path, KINGSOFT, ["A1:I1"])
    assert read(got) == sorted([
        ("监督员", "甄楠栎", "工程质量验收中降低标准放行", "Ⅰ级"),
        ("监督员", "甄楠栎", "对施工单位违规行为选择性执法", "Ⅱ级"),
        ("股长", "隗澈予", "市政工程变更签证把关不严", "Ⅱ级"),
        ("股长", "隗澈予", "接受施工单位宴请", "Ⅰ级"),
        ("文员", EDITOR, "公车使用登记不实", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert codes(got).count("HOLDER_BY_AUTHOR_COLUMN") == 1
    assert "COLUMN_NAMES_UNREAD" not in codes(got)  # (the 最后编辑人 said in the new info)


# two heading rows: a band '系统记录' over '录入人（系统）| 录入时间（系统）| 修改人', ticks under a
# merged 风险等级 (高 | 中 | 低), one person holding two posts (in two 股)
TICKED = [
    ["某县医疗保障局岗位廉政风险点在线收集表"],
    ["序号", "科室", "岗位", "风险点", "风险等级", None, None, "防控措施", "系统记录", None, None],
    [None, None, None, None, "高", "中", "低", None, "录入人（系统）", "录入时间（系统）", "修改人"],
    [1, "基金监管股", "股长", "定点医药机构违规问题查处不严", "√", None, None, "查处结果集体审议。",
     "訾岚熙", "2025-05-06 09:00", "訾岚熙"],
    [2, "待遇保障股", "经办员", "异地就医备案审核把关不严", None, "√", None, "备案资料双人复核。",
     "亓官昭", "2025-05-06 09:20", "亓官昭"],
    [3, "基金监管股", "股长", "飞行检查前泄露检查信息", "√", None, None, "检查对象临时抽取。",
     "訾岚熙", "2025-05-06 10:02", "亓官昭"],
    [4, "待遇保障股", "股长", "特殊病种认定标准掌握不一", None, None, "√", "认定结果公示。",
     "訾岚熙", "2025-05-07 08:45", "訾岚熙"],
]  # fmt: skip


def test_two_heading_rows_ticked_levels_and_a_holder_of_two_posts(tmp_path):
    merges = ["A1:K1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:G2", "H2:H3", "I2:K2"]
    got = run(tmp_path, TICKED, merges)
    assert read(got) == sorted([
        ("股长", "訾岚熙", "定点医药机构违规问题查处不严", "Ⅰ级"),
        ("股长", "訾岚熙", "飞行检查前泄露检查信息", "Ⅰ级"),
        ("股长", "訾岚熙", "特殊病种认定标准掌握不一", "Ⅲ级"),
        ("经办员", "亓官昭", "异地就医备案审核把关不严", "Ⅱ级"),
    ])  # fmt: skip
    depts = sorted(set(zip(got.risks["department"], got.risks["person"], strict=True)))
    assert depts == [("基金监管股", "訾岚熙"), ("待遇保障股", "亓官昭"), ("待遇保障股", "訾岚熙")]
    no_errors(got)
    assert codes(got).count("HOLDER_BY_AUTHOR_COLUMN") == 1


# 石墨文档: '提交人 | 提交时间' only (no editor column), an extra 风险类型 column
SHIMO = [
    ["岗位", "风险类型", "风险描述", "等级", "防控措施", "提交人", "提交时间"],
    ["股长", "岗位职责风险", "规划条件核定中擅自调整容积率", "一级", "规划条件集体审定。", "牧霁川",
     "2025-06-02 14:00"],
    ["档案员", "制度机制风险", "违规查阅、泄露城建档案", "三级", "查阅登记、审批。", "宓语桐", "2025-06-02 14:30"],
    ["股长", "外部环境风险", "接受开发企业礼金", "二级", "廉洁承诺，定期谈话。", "牧霁川",
     "2025-06-03 09:10"],
]  # fmt: skip


def test_a_creator_column_with_only_its_time_beside_and_a_type_column(tmp_path):
    got = run(tmp_path, SHIMO, [])
    assert read(got) == sorted([
        ("股长", "牧霁川", "规划条件核定中擅自调整容积率", "Ⅰ级"),
        ("股长", "牧霁川", "接受开发企业礼金", "Ⅱ级"),
        ("档案员", "宓语桐", "违规查阅、泄露城建档案", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert codes(got).count("HOLDER_BY_AUTHOR_COLUMN") == 1


# ----------------------------------------------------------------- as before


def test_a_list_with_its_holder_column_leaves_the_filler_column_unread(tmp_path):
    # '责任人 | 填报时间 | 填报人 | 审核时间': the holder column there, the 填报人 (the clerk) unread
    rows = [list(r) for r in KINGSOFT]
    rows[1] = [
        "科室",
        "岗位",
        "廉政风险点",
        "风险等级",
        "防控措施",
        "责任人",
        "填报时间",
        "填报人",
        "审核时间",
    ]
    got = run(tmp_path, rows, ["A1:I1"])
    assert read(got) == sorted([
        ("监督员", "甄楠栎", "工程质量验收中降低标准放行", "Ⅰ级"),
        ("监督员", "甄楠栎", "对施工单位违规行为选择性执法", "Ⅱ级"),
        ("股长", "隗澈予", "市政工程变更签证把关不严", "Ⅱ级"),
        ("股长", "隗澈予", "接受施工单位宴请", "Ⅰ级"),
        ("文员", EDITOR, "公车使用登记不实", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "HOLDER_BY_AUTHOR_COLUMN" not in codes(got)


def test_a_filler_line_above_the_list_is_no_author_column(tmp_path):
    rows = [
        ["某区住房和城乡建设局城建股岗位廉政风险点排查表"],
        ["填报人：隗澈予　　填报时间：2025年4月2日"],
        ["岗位", "廉政风险点", "风险等级", "防控措施"],
        ["股长", "市政工程变更签证把关不严", "中", "变更签证集体研究并公示。"],
        ["技术员", "工程量核定虚增", "高", "工程量两人以上复核。"],
    ]
    got = run(tmp_path, rows, ["A1:D1", "A2:D2"])
    assert "HOLDER_BY_AUTHOR_COLUMN" not in codes(got)
    assert read(got) == [  # (as before: posts only, the line's 填报人 no holder of the rows)
        ("技术员", "", "工程量核定虚增", "Ⅰ级"),
        ("股长", "", "市政工程变更签证把关不严", "Ⅱ级"),
    ]
    no_errors(got)


def test_a_checkers_column_and_a_bare_filler_column_read_as_before(tmp_path):
    # '审核人 | 审核时间' with no author column: no tool's author, and a checker's column no
    # holder's (tests/test_reviewer_column_not_holder.py): posts only, its names said unread
    rows = [list(r) for r in KINGSOFT]
    rows[1] = [
        "科室",
        "岗位",
        "廉政风险点",
        "风险等级",
        "防控措施",
        "审核人",
        "审核时间",
        "备注",
        "日期",
    ]
    for r in rows[2:]:
        r[5], r[7], r[8] = "隗澈予", "", ""
    got = run(tmp_path, rows, ["A1:I1"])
    assert read(got) == sorted([
        ("监督员", "", "工程质量验收中降低标准放行", "Ⅰ级"),
        ("监督员", "", "对施工单位违规行为选择性执法", "Ⅱ级"),
        ("股长", "", "市政工程变更签证把关不严", "Ⅱ级"),
        ("股长", "", "接受施工单位宴请", "Ⅰ级"),
        ("文员", "", "公车使用登记不实", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDER_BY_AUTHOR_COLUMN" not in codes(got)
    assert "COLUMN_NAMES_UNREAD" in codes(got)
    no_errors(got)
    # a bare '填报人' column of an ordinary list, no record of a tool beside it: as before (by
    # its names, COLUMN_GUESSED)
    rows = [r[:6] for r in KINGSOFT]
    rows[1][5] = "填报人"
    got = run(tmp_path / "bare", rows, ["A1:F1"])
    assert read(got) == sorted([
        ("监督员", "甄楠栎", "工程质量验收中降低标准放行", "Ⅰ级"),
        ("监督员", "甄楠栎", "对施工单位违规行为选择性执法", "Ⅱ级"),
        ("股长", "隗澈予", "市政工程变更签证把关不严", "Ⅱ级"),
        ("股长", "隗澈予", "接受施工单位宴请", "Ⅰ级"),
        ("文员", EDITOR, "公车使用登记不实", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDER_BY_AUTHOR_COLUMN" not in codes(got)
    no_errors(got)


def test_a_liaison_typing_his_offices_posts_is_no_holder(tmp_path):
    # each 股's 内勤 typed in all its posts ('录入人 | 录入时间 | 最后修改人'): who keyed the rows,
    # no holder; the list stays posts only as before (对岗不对人)
    rows = [
        ["科室", "岗位", "廉政风险点", "风险等级", "防控措施", "录入人", "录入时间", "最后修改人"],
        ["人防股", "股长", "人防工程易地建设费减免把关不严", "高", "减免集体研究并公示。", "蒯青岚",
         "2025-07-01 09:00", "蒯青岚"],
        ["人防股", "工程师", "人防工程竣工验收走过场", "中", "验收双人到场、留存影像。", "蒯青岚",
         "2025-07-01 09:05", "蒯青岚"],
        ["物业股", "股长", "物业企业信用评价打人情分", "中", "评价结果集体审定。", "郗若溪",
         "2025-07-01 10:10", "郗若溪"],
        ["物业股", "科员", "维修资金使用审核不严", "低", "维修资金使用公示。", "郗若溪",
         "2025-07-01 10:20", EDITOR],
    ]  # fmt: skip
    got = run(tmp_path, rows, [])
    assert read(got) == sorted([
        ("股长", "", "人防工程易地建设费减免把关不严", "Ⅰ级"),
        ("工程师", "", "人防工程竣工验收走过场", "Ⅱ级"),
        ("股长", "", "物业企业信用评价打人情分", "Ⅱ级"),
        ("科员", "", "维修资金使用审核不严", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDER_BY_AUTHOR_COLUMN" not in codes(got)
    no_errors(got)
