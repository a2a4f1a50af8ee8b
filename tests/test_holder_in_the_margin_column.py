"""A list with no 科室, post or holder column whose holders stand in an unheaded column just
right of its last one: one cell a holder merged down beside his rows ('责任人：⏎局长⏎…',
'待遇审核股股长　…'), each row that holder's point, the cells no stray cells (HOLDER_IN_MARGIN).

The layouts here are not the published batch's (a banner's 公共资源交易中心 with 序号 | 业务环节 |
廉政风险点 | 风险等级 | 防控措施 and 一级/二级/三级): a county's 医疗保障局, other posts and names,
高/中/低 and ★ levels, an extra 风险类型 column, two heading rows with ticks, a headed blank 备注
before the margin; written with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox``
reads a file. A headed 备注 column and an unheaded column of notes not merged read as before.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str], sheet: str = "风险台账"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str, str]]:
    r = got.risks
    return sorted(
        zip(r["department"], r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True)
    )


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


TITLE = ["XX县医疗保障局岗位廉政风险防控登记表"]


def test_labelled_cells_merged_down_beside_one_heading_row(tmp_path):
    rows = [TITLE,
            ["序号", "工作事项", "廉政风险点", "风险类型", "风险等级", "防控措施", None],
            [1, "基金支出审批", "违规审批大额医疗费用报销", "岗位职责", "高", "集体研究，限额审批", "责任人：\n局长\n阙沐汐"],
            [2, "定点机构准入", "对不符合条件的机构违规准入", "岗位职责", "中", "公开评审，结果公示", None],
            [3, "待遇审核", "降低标准审核报销材料", "业务流程", "中", "双人复核，系统留痕", "责任人：\n待遇审核股股长\n逄以宁"],
            [4, "待遇审核", "为亲友违规办理异地备案", "业务流程", "低", "备案信息定期抽查", None],
            [5, "待遇审核", "收受参保人财物", "思想道德", "高", "廉政谈话，签订承诺", None]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "G3:G4", "G5:G7"])
    assert read(got) == sorted([
        ("", "局长", "阙沐汐", "违规审批大额医疗费用报销", "Ⅰ级"),
        ("", "局长", "阙沐汐", "对不符合条件的机构违规准入", "Ⅱ级"),
        ("待遇审核股", "股长", "逄以宁", "降低标准审核报销材料", "Ⅱ级"),
        ("待遇审核股", "股长", "逄以宁", "为亲友违规办理异地备案", "Ⅲ级"),
        ("待遇审核股", "股长", "逄以宁", "收受参保人财物", "Ⅰ级"),
    ])  # fmt: skip
    assert len(got.posts) == 2
    assert "HOLDER_IN_MARGIN" in codes(got) and "CELL_OUTSIDE" not in codes(got)
    no_errors(got)


def test_unlabelled_cells_one_line_beside_a_headed_blank_note_column(tmp_path):
    rows = [TITLE,
            ["序号", "廉政风险点", "风险等级", "防控措施", "备注", None],
            [1, "稽核检查中选择性执法", "★★★", "随机抽取检查对象", None, "基金监管股　股长　韦泠川"],
            [2, "泄露举报人信息", "★★", "举报材料专人保管", None, None],
            [3, "药品目录调整中接受请托", "★★", "专家论证，会议决定", None, "医药服务股副股长　荀暮云"],
            [4, "招采数据随意修改", "★", "修改须经审批并留痕", None, None]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "F3:F4", "F5:F6"])
    assert read(got) == sorted([
        ("基金监管股", "股长", "韦泠川", "稽核检查中选择性执法", "Ⅰ级"),
        ("基金监管股", "股长", "韦泠川", "泄露举报人信息", "Ⅱ级"),
        ("医药服务股", "副股长", "荀暮云", "药品目录调整中接受请托", "Ⅱ级"),
        ("医药服务股", "副股长", "荀暮云", "招采数据随意修改", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDER_IN_MARGIN" in codes(got) and "CELL_OUTSIDE" not in codes(got)
    no_errors(got)


def test_two_heading_rows_with_ticks_and_a_post_over_name_cell(tmp_path):
    rows = [TITLE,
            ["序号", "风险点", "风险等级", None, None, "防控措施", None],
            [None, None, "高", "中", "低", None, None],
            [1, "医保卡违规套现线索不移交", "√", None, None, "线索台账月度通报", "副局长\n闵澈然"],
            [2, "协议管理考核打分不公", None, "√", None, "考核结果集体审定", None],
            [3, "窗口办件推诿刁难", None, None, "√", "首问负责，限时办结", "征缴服务股科员 晏知遥"],
            [4, "办件资料外泄", None, "√", None, "资料专柜存放", None],
            [5, "代办业务收取好处", "√", None, None, "代办登记，回访核实", None]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "A2:A3", "B2:B3", "C2:E2", "F2:F3", "G4:G5", "G6:G8"])
    assert read(got) == sorted([
        ("", "副局长", "闵澈然", "医保卡违规套现线索不移交", "Ⅰ级"),
        ("", "副局长", "闵澈然", "协议管理考核打分不公", "Ⅱ级"),
        ("征缴服务股", "科员", "晏知遥", "窗口办件推诿刁难", "Ⅲ级"),
        ("征缴服务股", "科员", "晏知遥", "办件资料外泄", "Ⅱ级"),
        ("征缴服务股", "科员", "晏知遥", "代办业务收取好处", "Ⅰ级"),
    ])  # fmt: skip
    assert "HOLDER_IN_MARGIN" in codes(got) and "CELL_OUTSIDE" not in codes(got)
    no_errors(got)


def test_a_headed_note_column_beside_the_table_reads_as_before(tmp_path):
    rows = [TITLE,
            ["序号", "廉政风险点", "风险等级", "防控措施", "备注"],
            [1, "稽核检查中选择性执法", "高", "随机抽取检查对象", "2024年新增"],
            [2, "泄露举报人信息", "中", "举报材料专人保管", None],
            [3, "招采数据随意修改", "低", "修改须经审批并留痕", "已整改"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "E3:E4"])
    assert read(got) == sorted([
        ("", "", "", "稽核检查中选择性执法", "Ⅰ级"),
        ("", "", "", "泄露举报人信息", "Ⅱ级"),
        ("", "", "", "招采数据随意修改", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDER_IN_MARGIN" not in codes(got) and "CELL_OUTSIDE" not in codes(got)


def test_unheaded_notes_not_merged_stay_cells_outside(tmp_path):
    rows = [TITLE,
            ["序号", "廉政风险点", "风险等级", "防控措施", None],
            [1, "稽核检查中选择性执法", "高", "随机抽取检查对象", "2024年新增"],
            [2, "泄露举报人信息", "中", "举报材料专人保管", "已整改"],
            [3, "招采数据随意修改", "低", "修改须经审批并留痕", None]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("", "", "", "稽核检查中选择性执法", "Ⅰ级"),
        ("", "", "", "泄露举报人信息", "Ⅱ级"),
        ("", "", "", "招采数据随意修改", "Ⅲ级"),
    ])  # fmt: skip
    said = got.issues[got.issues["code"] == "CELL_OUTSIDE"]
    assert sorted(said["cell"]) == ["E3", "E4"]
    assert "HOLDER_IN_MARGIN" not in codes(got)


def test_holders_unmerged_one_a_row_stay_cells_outside(tmp_path):
    # (no cell merged down over rows: no margin of holders, as before)
    rows = [TITLE,
            ["序号", "廉政风险点", "风险等级", "防控措施", None],
            [1, "稽核检查中选择性执法", "高", "随机抽取检查对象", "股长　韦泠川"],
            [2, "泄露举报人信息", "中", "举报材料专人保管", "副股长　荀暮云"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert "HOLDER_IN_MARGIN" not in codes(got)
    assert sorted(got.issues[got.issues["code"] == "CELL_OUTSIDE"]["cell"]) == ["E3", "E4"]


def test_the_code_is_catalogued():
    assert "HOLDER_IN_MARGIN" in CATALOGUE and "HOLDER_IN_MARGIN" in SHORT
