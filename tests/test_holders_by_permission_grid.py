"""A list keyed by business and stage ('业务事项 | 办理环节 | 廉政风险点 | …', the stage '经办',
'复核', '审批') with no post or holder column, whose holders stand in a PERMISSION GRID: the
businesses down, the holders across (a posts row over a names row, or one cell 'post⏎name'), each
cell the stage(s) that holder handles for that business ('初审', '复审、审定', '—' none). Each
row's point is the holder's whose cell in the row of its business names its stage (two such
holders: both; none: a warning at the row, no holder). The grid may stand on another sheet of
the file or under the list.

Not the published batch's file (a 住房公积金管理部, 提取/贷款/缴存/资金划拨 with 经办/复核/审批, six
holders in a 岗位权限设置 sheet, posts over names under a merged ``岗位``): a 县医疗保障事务中心 and a
县人民医院's 药剂科, other businesses (医疗费用报销, 药品采购 …), other stage words (受理/审核/审批,
初审/复审/审定), cells ``post⏎name``, labels '岗位'/'姓名' in the grid's first column, a grid under the
list, a cell of two stages, a stage two hold and one nobody holds, written with xlsxwriter
(tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, sheets: dict[str, list[list]], merges: dict[str, list[str]]):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "list.xlsx", sheets, merges)
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got, severity: str | None = None) -> list[str]:
    i = got.issues
    if severity:
        i = i[i["severity"] == severity]
    return list(i["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")
    c = got.counts()  # (the grid's rows are no points, no stray rows: every row read is counted)
    assert c["rows_seen"] == c["risks"] + c["rows_reported"] and not c["unplaced"], c


UNIT = "XX县医疗保障事务中心"
LIST = [
    [f"{UNIT}业务办理环节廉政风险点一览表"],
    ["序号", "业务事项", "办理环节", "廉政风险点", "风险等级", "防控措施"],
    [1, "医疗费用报销", "受理", "收受参保人财物，为不合规票据受理报销", "二级", "受理清单公开，一次性告知。"],
    [2, None, "审核", "报销审核把关不严，虚增报销金额", "一级", "系统智能审核，疑点逐笔核查。"],
    [3, None, "审批", "违规审批超范围、超标准报销", "一级", "大额报销集体研究。"],
    [4, "定点机构结算", "受理", "结算资料受理不全即转办", "三级", "资料清单化，缺件不予受理。"],
    [5, None, "审核", "对定点机构违规费用审核放水", "一级", "引入第三方审核，结果公示。"],
    [6, None, "审批", "拨付资金审批不按协议执行", "二级", "拨付与协议考核结果挂钩。"],
]  # fmt: skip
LIST_MERGES = ["A1:F1", "B3:B5", "B6:B8"]
EXPECTED = [
    ("窗口受理员", "郗梓萌", "收受参保人财物，为不合规票据受理报销", "Ⅱ级"),
    ("稽核员", "訾昊旻", "报销审核把关不严，虚增报销金额", "Ⅰ级"),
    ("副主任", "邝沐岚", "违规审批超范围、超标准报销", "Ⅰ级"),
    ("结算会计", "甄若澄", "结算资料受理不全即转办", "Ⅲ级"),
    ("稽核员", "訾昊旻", "对定点机构违规费用审核放水", "Ⅰ级"),
    ("主任", "阙允哲", "拨付资金审批不按协议执行", "Ⅱ级"),
]


def test_a_grid_of_post_and_name_cells_on_another_sheet(tmp_path):
    grid = [
        ["岗位权限对照表"],
        ["事项＼岗位", "窗口受理员\n郗梓萌", "稽核员\n訾昊旻", "结算会计\n甄若澄", "副主任\n邝沐岚", "主任\n阙允哲"],
        ["医疗费用报销", "受理", "审核", "—", "审批", "—"],
        ["定点机构结算", "—", "审核", "受理", "—", "审批"],
    ]  # fmt: skip
    got = run(
        tmp_path, {"风险点": LIST, "对照表": grid}, {"风险点": LIST_MERGES, "对照表": ["A1:F1"]}
    )
    assert read(got) == sorted(EXPECTED)
    no_errors(got)
    assert "HOLDER_BY_PERMISSION_GRID" in codes(got, "info")
    assert not codes(got, "warning"), got.issues.to_dict("records")


def test_a_grid_of_posts_over_names_under_the_list(tmp_path):
    rows = [
        *LIST,
        [],
        ["附：岗位办理权限表"],
        ["业务事项", "办理权限"],
        ["岗位", "窗口受理员", "稽核员", "结算会计", "副主任", "主任"],
        ["姓名", "郗梓萌", "訾昊旻", "甄若澄", "邝沐岚", "阙允哲"],
        ["医疗费用报销", "受理", "审核", "/", "审批", "/"],
        ["定点机构结算", "/", "审核", "受理", "/", "审批"],
    ]
    got = run(tmp_path, {"风险点": rows}, {"风险点": [*LIST_MERGES, "B11:F11"]})
    assert read(got) == sorted(EXPECTED)
    no_errors(got)
    assert "HOLDER_BY_PERMISSION_GRID" in codes(got, "info")
    assert not codes(got, "warning"), got.issues.to_dict("records")


PHARMACY = [
    ["XX县人民医院药剂科岗位廉政风险排查表"],
    ["序号", "业务事项", "办理环节", "风险点", "风险等级", "防控措施", "备注"],
    [1, "药品采购", "初审", "采购计划初审时虚报用量", "中", "采购计划与用量比对。", ""],
    [2, "药品采购", "复审", "复审时指定供应商", "高", "供应商由平台遴选。", ""],
    [3, "药品采购", "审定", "审定采购计划不经集体研究", "高", "药事委员会集体审定。", ""],
    [4, "药品验收入库", "初审", "验收时放行不合格药品", "中", "双人验收，签字留痕。", ""],
    [5, "药品验收入库", "复审", "入库复审走过场", "低", "每月盘点，账实相符。", ""],
    [6, "药品验收入库", "审定", "审定环节收受供应商好处", "中", "审定意见留痕。", ""],
]  # fmt: skip


def test_a_cell_of_two_stages_a_stage_two_hold_and_one_nobody_holds(tmp_path):
    grid = [
        ["药剂科业务岗位权限设置"],
        ["序号", "业务事项", "岗位", None, None, None],
        [None, None, "采购员", "药库管理员", "药剂科主任", "分管副院长"],
        [None, None, "酆栩然", "羿澄霁", "蒯泊远", "晁柘岚"],
        [1, "药品采购", "初审", "初审", "复审、审定", "—"],
        [2, "药品验收入库", "—", "初审", "复审", "—"],
    ]
    merges = ["A1:F1", "A2:A4", "B2:B4", "C2:F2"]
    got = run(tmp_path, {"排查表": PHARMACY, "权限": grid}, {"排查表": ["A1:G1"], "权限": merges})
    assert read(got) == sorted([
        ("采购员", "酆栩然", "采购计划初审时虚报用量", "Ⅱ级"),
        ("药库管理员", "羿澄霁", "采购计划初审时虚报用量", "Ⅱ级"),
        ("药剂科主任", "蒯泊远", "复审时指定供应商", "Ⅰ级"),
        ("药剂科主任", "蒯泊远", "审定采购计划不经集体研究", "Ⅰ级"),
        ("药库管理员", "羿澄霁", "验收时放行不合格药品", "Ⅱ级"),
        ("药剂科主任", "蒯泊远", "入库复审走过场", "Ⅲ级"),
        ("", "", "审定环节收受供应商好处", "Ⅱ级"),  # (nobody's 审定 of 入库: as read)
    ])  # fmt: skip
    no_errors(got)
    assert "HOLDER_BY_PERMISSION_GRID" in codes(got, "info")
    warned = got.issues[got.issues["code"] == "HOLDER_STAGE_UNMATCHED"]
    assert list(warned["cell"]) == ["C8"], got.issues.to_dict("records")


def test_a_grid_of_ticks_and_a_list_of_no_stage_stay_as_read(tmp_path):
    rows = [[v for j, v in enumerate(row) if j != 2] for row in LIST]  # (no 办理环节 column)
    grid = [
        ["岗位职责分工表"],
        ["业务事项", "窗口受理员\n郗梓萌", "稽核员\n訾昊旻", "结算会计\n甄若澄", "主任\n阙允哲"],
        ["医疗费用报销", "√", "√", "", "√"],
        ["定点机构结算", "", "√", "√", "√"],
    ]  # fmt: skip
    got = run(tmp_path, {"风险点": rows, "分工": grid}, {"风险点": ["A1:E1", "B3:B5", "B6:B8"]})
    assert read(got) == sorted(("", "", p, lv) for _t, _n, p, lv in EXPECTED)
    no_errors(got)
    assert "HOLDER_BY_PERMISSION_GRID" not in codes(got)


def test_a_list_with_its_own_holders_column_stays_as_read(tmp_path):
    holders = ["郗梓萌", "訾昊旻", "邝沐岚", "郗梓萌", "訾昊旻", "阙允哲"]
    rows = [LIST[0], [*LIST[1][:3], "责任人", *LIST[1][3:]]] + [
        [*row[:3], who, *row[3:]] for row, who in zip(LIST[2:], holders, strict=True)
    ]
    grid = [
        ["岗位权限对照表"],
        ["事项＼岗位", "窗口受理员\n郗梓萌", "稽核员\n訾昊旻", "结算会计\n甄若澄", "副主任\n邝沐岚", "主任\n阙允哲"],
        ["医疗费用报销", "受理", "审核", "—", "审批", "—"],
        ["定点机构结算", "—", "审核", "受理", "—", "审批"],
    ]  # fmt: skip
    merges = {"风险点": ["A1:G1", "B3:B5", "B6:B8"], "对照表": ["A1:F1"]}
    got = run(tmp_path, {"风险点": rows, "对照表": grid}, merges)
    assert read(got) == sorted(
        ("", who, p, lv) for who, (_t, _n, p, lv) in zip(holders, EXPECTED, strict=True)
    )
    no_errors(got)
    assert "HOLDER_BY_PERMISSION_GRID" not in codes(got)


UNDER = [  # (the reviewer's grid right under the list, no blank row: its posts 'post⏎name')
    [None, "业务事项", "窗口受理员\n郗梓萌", "稽核员\n訾昊旻", "副主任\n邝沐岚", "主任\n阙允哲"],
    [None, "医疗费用报销", "受理", "审核", "审批", "—"],
    [None, "定点机构结算", "受理", "审核", "—", "审批"],
]
UNDER_EXPECTED = [
    ("窗口受理员", "郗梓萌", "收受参保人财物，为不合规票据受理报销", "Ⅱ级"),
    ("稽核员", "訾昊旻", "报销审核把关不严，虚增报销金额", "Ⅰ级"),
    ("副主任", "邝沐岚", "违规审批超范围、超标准报销", "Ⅰ级"),
    ("窗口受理员", "郗梓萌", "结算资料受理不全即转办", "Ⅲ级"),
    ("稽核员", "訾昊旻", "对定点机构违规费用审核放水", "Ⅰ级"),
    ("主任", "阙允哲", "拨付资金审批不按协议执行", "Ⅱ级"),
]


def test_what_the_ninety_third_review_found_a_grid_right_under_the_list(tmp_path):
    """A grid right under the list (no blank row) reaches not into the list's rows for its
    holders: its heading rows are no rows the list read as points (the last list rows' short
    cells '审批 | 拨付资金审批不按协议执行 | 二级' are no posts); every point read, each its
    holder's."""
    got = run(tmp_path, {"风险点": [*LIST, *UNDER]}, {"风险点": LIST_MERGES})
    assert read(got) == sorted(UNDER_EXPECTED)
    no_errors(got)
    assert got.counts()["rows_seen"] == 6
    info = got.issues[got.issues["code"] == "HOLDER_BY_PERMISSION_GRID"]
    assert list(info["cell"]) == ["B9"], got.issues.to_dict("records")
    assert not codes(got, "warning"), got.issues.to_dict("records")


def test_what_the_ninety_third_review_found_posts_and_names_rows_right_under_the_list(
    tmp_path,
):
    """The same with a '岗位' row and a '姓名' row between the list and the grid's businesses."""
    grid = [
        [None, "岗位", "窗口受理员", "稽核员", "副主任", "主任"],
        [None, "姓名", "郗梓萌", "訾昊旻", "邝沐岚", "阙允哲"],
        *UNDER[1:],
    ]
    got = run(tmp_path, {"风险点": [*LIST, *grid]}, {"风险点": LIST_MERGES})
    assert read(got) == sorted(UNDER_EXPECTED)
    no_errors(got)
    assert got.counts()["rows_seen"] == 6
    info = got.issues[got.issues["code"] == "HOLDER_BY_PERMISSION_GRID"]
    assert list(info["cell"]) == ["B9"], got.issues.to_dict("records")
    assert not codes(got, "warning"), got.issues.to_dict("records")


def test_what_the_ninety_third_review_found_a_flow_or_a_schedule_is_no_grid(tmp_path):
    """A flow's steps ('第一步 | 第二步 | 第三步') or a schedule's months ('1月 | 2月 | 3月') over
    the businesses' stages are no holders: no posts '第一步' or '1月', the list as read."""
    for heads in (["第一步", "第二步", "第三步"], ["1月", "2月", "3月"]):
        flow = [
            ["主要业务办理流程"],
            ["业务事项", *heads],
            ["医疗费用报销", "受理", "审核", "审批"],
            ["定点机构结算", "受理", "审核", "审批"],
        ]
        got = run(tmp_path / heads[0], {"风险点": LIST, "流程": flow}, {"风险点": LIST_MERGES})
        assert read(got) == sorted(("", "", p, lv) for _t, _n, p, lv in EXPECTED)
        no_errors(got)
        assert "HOLDER_BY_PERMISSION_GRID" not in codes(got)
        assert "HOLDER_GRID_OTHER_STAGES" not in codes(got)


def test_what_the_ninety_third_review_found_a_grid_in_other_stage_words(tmp_path):
    """A grid whose cells say other stages than the list's ('经办', '复核' where the list says
    '受理', '审核') attributes nothing, but says so: a warning at the list's stage heading,
    naming the grid's cell and both words."""
    grid = [
        ["岗位权限对照表"],
        ["事项＼岗位", "窗口受理员\n郗梓萌", "稽核员\n訾昊旻", "结算会计\n甄若澄", "副主任\n邝沐岚", "主任\n阙允哲"],
        ["医疗费用报销", "经办", "复核", "—", "审批", "—"],
        ["定点机构结算", "—", "复核", "经办", "—", "审批"],
    ]  # fmt: skip
    got = run(
        tmp_path, {"风险点": LIST, "对照表": grid}, {"风险点": LIST_MERGES, "对照表": ["A1:F1"]}
    )
    assert read(got) == sorted(("", "", p, lv) for _t, _n, p, lv in EXPECTED)
    no_errors(got)
    assert "HOLDER_BY_PERMISSION_GRID" not in codes(got)
    warned = got.issues[got.issues["code"] == "HOLDER_GRID_OTHER_STAGES"]
    assert list(warned["cell"]) == ["C2"], got.issues.to_dict("records")
    assert list(warned["severity"]) == ["warning"]
    message = warned["message"].iloc[0]
    assert "对照表!A2" in message and "经办" in message and "受理" in message, message
