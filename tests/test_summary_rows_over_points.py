"""A list folded by holder (Excel's 分级显示, or written so): one summary row a holder (科室, 岗位,
姓名, a point cell that only COUNTS his points — '本岗位风险点共2项', '共2个风险点', '该岗位共排查
风险点3个（其中高风险1个）' — and his top grade) over his point rows, their holder cells blank. The
summary row is no point; its holder cells carry down to the rows it heads; its count and grade are
checked against those rows (one info a table, or a warning at the first that is off).

Not the published batch's file (a 景区管理处 with 处长 … 检票员, ``一级/二级/三级``, the detail rows
hidden in an outline): a 县水利局's 水政监察大队 and 河道站, other posts, names, ``高/中/低`` and
``高风险/中风险/低风险``, rows not hidden (the count phrase alone must do, as in an .xls), post and
name in one cell, two heading rows, an extra 备注 column; written with xlsxwriter
(tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] = ()):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "list.xlsx", {"清单": rows}, {"清单": list(merges)})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


HEAD = ["序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"]
LIST = [
    ["XX县水利局水政监察大队岗位廉政风险点清单"],
    HEAD,
    [1, "大队领导", "大队长", "鞠沅汐", "本岗位风险点共2项", "高", None],
    [None, None, None, None, "河道采砂案件查处中以罚代刑", "高", "重大案件集体审议。"],
    [None, None, None, None, "执法车辆公车私用", "低", "车辆定位，出车登记。"],
    [2, "监察一中队", "中队长", "訾鸿渐", "本岗位风险点共1项", "中", None],
    [None, None, None, None, "涉水违建巡查发现不报", "中", "巡查轨迹留痕，周报。"],
    ["填表人：", None, "审核人：", None, None, None, None],
]
TRUTH = sorted([
    ("大队长", "鞠沅汐", "河道采砂案件查处中以罚代刑", "Ⅰ级"),
    ("大队长", "鞠沅汐", "执法车辆公车私用", "Ⅲ级"),
    ("中队长", "訾鸿渐", "涉水违建巡查发现不报", "Ⅱ级"),
])  # fmt: skip


def test_summary_rows_over_their_points_are_no_points(tmp_path):
    got = run(tmp_path, LIST, ["A1:G1"])
    assert read(got) == TRUTH
    no_errors(got)
    assert "SUMMARY_ROWS_SKIPPED" in codes(got)
    assert "SUMMARY_ROW_COUNT_DIFFERS" not in codes(got)
    assert "MEASURES_BLANK" not in codes(got)


def test_post_and_name_in_one_cell_another_count_phrase_and_a_remarks_column(tmp_path):
    rows = [
        ["XX县水利局河道站岗位廉政风险排查表"],
        ["序号", "岗位及姓名", "风险点", "风险等级", "防控措施", "备注"],
        [1, "站长 禚翊岚", "共2个风险点", "高风险", None, "已折叠"],
        [None, None, "堤防工程验收降低标准", "高风险", "验收三方到场签字。", None],
        [None, None, "河道清障费用虚报", "中风险", "费用公示，审计抽查。", None],
        [2, "巡查员 璩若澜", "共1个风险点", "低风险", None, None],
        [None, None, "巡查记录弄虚作假", "低风险", "巡查定位打卡。", None],
    ]
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        ("站长", "禚翊岚", "堤防工程验收降低标准", "Ⅰ级"),
        ("站长", "禚翊岚", "河道清障费用虚报", "Ⅱ级"),
        ("巡查员", "璩若澜", "巡查记录弄虚作假", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "SUMMARY_ROWS_SKIPPED" in codes(got)


def test_two_heading_rows_and_a_count_with_its_grades(tmp_path):
    rows = [
        ["XX县水利局水政监察大队廉政风险防控一览表"],
        ["序号", "责任主体", None, "廉政风险点", "风险等级", "防控措施"],
        [None, "岗位", "姓名", None, None, None],
        [1, "法制员", "郗沐遥", "该岗位共排查风险点2个（其中高风险1个）", "高", None],
        [None, None, None, "行政处罚裁量畸轻畸重", "高", "裁量基准公开。"],
        [None, None, None, "案卷归档不及时", "低", "月底清档。"],
    ]
    merges = ["A1:F1", "A2:A3", "B2:C2", "D2:D3", "E2:E3", "F2:F3"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("法制员", "郗沐遥", "行政处罚裁量畸轻畸重", "Ⅰ级"),
        ("法制员", "郗沐遥", "案卷归档不及时", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)


def test_a_count_that_differs_from_its_rows_is_told(tmp_path):
    rows = [list(r) for r in LIST]
    rows[2] = [1, "大队领导", "大队长", "鞠沅汐", "本岗位风险点共3项", "高", None]
    got = run(tmp_path, rows, ["A1:G1"])
    assert read(got) == TRUTH
    no_errors(got)
    assert "SUMMARY_ROW_COUNT_DIFFERS" in codes(got)
    assert "SUMMARY_ROWS_SKIPPED" not in codes(got)


def test_a_point_that_mentions_a_number_stays_a_point(tmp_path):
    rows = [
        ["XX县水利局岗位廉政风险点清单"],
        HEAD,
        [1, "规划计划股", "股长", "鞠沅汐", "违规审批3万元以上项目", "高", "集体审议。"],
        [None, None, None, None, "共同研究决定事项不记录", "中", "会议纪要留存。"],
        [2, "财务股", "会计", "訾鸿渐", "报销票据审核不严", "中", "双人复核。"],
    ]
    got = run(tmp_path, rows, ["A1:G1"])
    assert read(got) == sorted([
        ("股长", "鞠沅汐", "违规审批3万元以上项目", "Ⅰ级"),
        ("股长", "鞠沅汐", "共同研究决定事项不记录", "Ⅱ级"),
        ("会计", "訾鸿渐", "报销票据审核不严", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert not {"SUMMARY_ROWS_SKIPPED", "SUMMARY_ROW_COUNT_DIFFERS"} & codes(got)


def test_a_total_row_at_the_end_and_holders_on_every_row_read_as_before(tmp_path):
    rows = [
        ["XX县水利局岗位廉政风险点清单"],
        HEAD,
        [1, "工程股", "股长", "禚翊岚", "工程变更签证把关不严", "高", "变更集体研究。"],
        [2, "工程股", "技术员", "璩若澜", "质量检测数据造假", "中", "第三方抽检。"],
        ["合计", None, None, None, "共2项", None, None],
    ]
    got = run(tmp_path, rows, ["A1:G1", "A5:D5"])
    assert read(got) == sorted([
        ("股长", "禚翊岚", "工程变更签证把关不严", "Ⅰ级"),
        ("技术员", "璩若澜", "质量检测数据造假", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert not {"SUMMARY_ROWS_SKIPPED", "SUMMARY_ROW_COUNT_DIFFERS"} & codes(got)


def test_what_the_hundred_and_twenty_second_review_found_other_count_wordings(tmp_path):
    # each wording of a count, over the first holder's points; the second's '本岗位风险点共1项'
    # as before: neither is a point, their counts match
    for i, said in enumerate(
        [
            "本岗位共有风险点2项",
            "风险点2个",
            "共2项风险点，其中高风险1项",
            "小计：2项",
            "本岗位风险点数：2",
        ]
    ):
        rows = [list(r) for r in LIST]
        rows[2] = [1, "大队领导", "大队长", "鞠沅汐", said, "高", None]
        got = run(tmp_path / str(i), rows, ["A1:G1"])
        assert read(got) == TRUTH, said
        no_errors(got)
        assert "SUMMARY_ROWS_SKIPPED" in codes(got), said
        assert not {"SUMMARY_ROW_COUNT_DIFFERS", "MEASURES_BLANK"} & codes(got), said


def test_what_the_hundred_and_twenty_second_review_found_counts_under_and_over_runs(tmp_path):
    head = [["XX县水利局岗位廉政风险点清单"], HEAD]
    two = sorted([
        ("股长", "鞠沅汐", "审批中收受好处", "Ⅰ级"),
        ("股长", "鞠沅汐", "违规审批", "Ⅱ级"),
        ("会计", "訾鸿渐", "专项资金拨付不按进度", "Ⅱ级"),
        ("会计", "訾鸿渐", "现金坐收坐支", "Ⅲ级"),
    ])  # fmt: skip
    # under its points, the holder cells merged over the points and the count
    merged = [
        [1, "审批股", "股长", "鞠沅汐", "审批中收受好处", "高", "审批公开"],
        [2, None, None, None, "违规审批", "中", "集体研究"],
        [None, None, None, None, "本岗位风险点共2项", "高", None],
        [3, "财务股", "会计", "訾鸿渐", "专项资金拨付不按进度", "中", "拨付双签"],
        [4, None, None, None, "现金坐收坐支", "低", "日清月结"],
        [None, None, None, None, "本岗位风险点共2项", "中", None],
    ]  # fmt: skip
    spans = ["A1:G1", "B3:B5", "C3:C5", "D3:D5", "B6:B8", "C6:C8", "D6:D8"]
    got = run(tmp_path / "merged", head + merged, spans)
    assert read(got) == two
    no_errors(got)
    assert "SUMMARY_ROWS_SKIPPED" in codes(got)
    assert not {"SUMMARY_ROW_COUNT_DIFFERS", "MEASURES_BLANK"} & codes(got)
    # carried down, no merges; the last count is off (1 said, 2 rows): told
    carried = [list(r) for r in merged]
    carried[5][4] = "本岗位风险点共1项"
    got = run(tmp_path / "carried", head + carried, ["A1:G1"])
    assert read(got) == two
    no_errors(got)
    assert "SUMMARY_ROW_COUNT_DIFFERS" in codes(got)
    assert "MEASURES_BLANK" not in codes(got)
    # a 科室's count over rows giving their own post and name
    dept = [
        [None, "审批股", None, None, "本科室风险点共2项", "高", None],
        [1, None, "股长", "鞠沅汐", "审批中收受好处", "高", "审批公开"],
        [2, None, "科员", "訾鸿渐", "违规审批", "中", "集体研究"],
    ]  # fmt: skip
    got = run(tmp_path / "dept", head + dept, ["A1:G1"])
    assert read(got) == sorted([
        ("股长", "鞠沅汐", "审批中收受好处", "Ⅰ级"),
        ("科员", "訾鸿渐", "违规审批", "Ⅱ级"),
    ])  # fmt: skip
    assert set(got.risks["department"]) == {"审批股"}
    no_errors(got)
    assert "SUMMARY_ROWS_SKIPPED" in codes(got)
    assert "MEASURES_BLANK" not in codes(got)
    # point rows repeating the post, the name left blank, under the count
    again = [list(r) for r in LIST[:5]]
    again[3][2] = again[4][2] = "大队长"
    got = run(tmp_path / "again", again, ["A1:G1"])
    assert read(got) == sorted([
        ("大队长", "鞠沅汐", "河道采砂案件查处中以罚代刑", "Ⅰ级"),
        ("大队长", "鞠沅汐", "执法车辆公车私用", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "SUMMARY_ROWS_SKIPPED" in codes(got)
    assert "MEASURES_BLANK" not in codes(got)


def test_what_the_hundred_and_twenty_second_review_found_a_count_amid_points_is_told(tmp_path):
    # a count between two points of one holder (his cells carried down): it heads and closes
    # nothing, read as before (a point) and told at its cell
    rows = [
        ["XX县水利局岗位廉政风险点清单"],
        HEAD,
        [1, "审批股", "股长", "鞠沅汐", "审批中收受好处", "高", "审批公开"],
        [None, None, None, None, "本岗位风险点共2项", "高", None],
        [None, None, None, None, "违规审批", "中", "集体研究"],
        [2, "财务股", "会计", "訾鸿渐", "专项资金拨付不按进度", "中", "拨付双签"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"])
    assert read(got) == sorted([
        ("股长", "鞠沅汐", "审批中收受好处", "Ⅰ级"),
        ("股长", "鞠沅汐", "本岗位风险点共2项", "Ⅰ级"),
        ("股长", "鞠沅汐", "违规审批", "Ⅱ级"),
        ("会计", "訾鸿渐", "专项资金拨付不按进度", "Ⅱ级"),
    ])  # fmt: skip
    issues = got.issues
    amid = issues[issues["code"] == "SUMMARY_ROW_AMID_POINTS"]
    assert list(amid["cell"]) == ["E4"]
    assert not {"SUMMARY_ROWS_SKIPPED", "SUMMARY_ROW_COUNT_DIFFERS"} & codes(got)
