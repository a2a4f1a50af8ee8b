"""A list arranged by risk point: the heading names the holder columns (科室 / 岗位 / 姓名) and a
level or measures column but NO 风险点 column; each point stands alone in a group row (a number
and the point's text merged across, or the text alone in the first column) over one row a holder
of that point, with his own level and measures. Each holder row holds its group row's point; a
holder under several groups is one form with all of them (info POINTS_AS_GROUP_ROWS).

Not the published batch's table (a 民族宗教事务局's 分解表 with 一…四 and 一级/二级/三级): a 县交通
运输局's and a 县医疗保障局's lists, other posts, names, level words (高/中/低, 一级风险…), numbers
'（一）' or none, an extra column, written with xlsxwriter (tests/helpers.py) and read back as
``collect_inbox`` reads a file. The negatives (group rows naming 科室 or matters over a list WITH a
point column; a roster of 科室 | 岗位 | 姓名 under a list) read as before.
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
    write_workbook(inbox / "list.xlsx", {"清单": rows}, {"清单": merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


P1 = "道路运输经营许可审查不严，降低准入条件"
P2 = "超限超载车辆查处中以罚代管、人情执法"
P3 = "公路养护工程计量签证弄虚作假"


def test_numbered_group_rows_merged_across(tmp_path):
    rows = [
        ["县交通运输局廉政风险点分解表"],
        ["序号", "科室", "岗位", "姓名", "风险等级", "防控措施"],
        ["（一）", P1],
        [1, "运输管理股", "股长", "闵栩蘅", "高", "许可事项集体审议，结果网上公示。"],
        [2, "局领导", "副局长", "雍珩昶", "中", "分管领导审核签字，定期抽查。"],
        ["（二）", P2],
        [3, "综合执法大队", "大队长", "宓沅澍", "高", "执法全过程记录，罚没款统一上缴。"],
        [4, "局领导", "副局长", "雍珩昶", "低", "每季度听取执法情况汇报。"],
        ["注：同一风险点各岗位分别定级。"],
    ]
    got = run(tmp_path, rows, ["A1:F1", "B3:F3", "B6:F6", "A9:F9"])
    assert read(got) == sorted([
        ("股长", "闵栩蘅", P1, "Ⅰ级"),
        ("副局长", "雍珩昶", P1, "Ⅱ级"),
        ("大队长", "宓沅澍", P2, "Ⅰ级"),
        ("副局长", "雍珩昶", P2, "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "POINTS_AS_GROUP_ROWS" in codes(got)
    assert len(got.posts) == 3, got.posts.to_dict("records")


def test_unnumbered_group_rows_in_first_column_extra_column(tmp_path):
    rows = [
        ["县医疗保障局岗位廉政风险责任表"],
        ["责任科室", "责任岗位", "责任人", "风险等级", "防控措施", "完成时限"],
        ["医保基金结算审核把关不严，虚报冒领"],
        [
            "待遇保障股",
            "股长",
            "茹澈琰",
            "一级风险",
            "结算数据双人复核，异常单据专项核查。",
            "长期",
        ],
        ["待遇保障股", "经办员", "阙淇筠", "二级风险", "按规程逐单审核，留存审核记录。", "长期"],
        ["定点医药机构协议管理中吃拿卡要"],
        ["医药管理股", "股长", "茹澈琰", "二级风险", "协议签订集体研究，检查结果公开。", "长期"],
        ["制表：办公室", "", "审核：", "", "负责人签字：", ""],  # (a signing line, no holder)
    ]
    got = run(tmp_path, rows, ["A1:F1"])
    a = "医保基金结算审核把关不严，虚报冒领"
    b = "定点医药机构协议管理中吃拿卡要"
    assert read(got) == sorted([
        ("股长", "茹澈琰", a, "Ⅰ级"),
        ("经办员", "阙淇筠", a, "Ⅱ级"),
        ("股长", "茹澈琰", b, "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "POINTS_AS_GROUP_ROWS" in codes(got)


def test_numbered_in_one_cell_measures_only_and_a_group_of_no_holder(tmp_path):
    rows = [
        ["县交通运输局公路事务中心风险点责任分解"],
        ["序号", "责任岗位", "责任人", "风险等级", "本岗位防控措施"],
        ["一、" + P3],
        [1, "养护站站长", "鄢霈珺", "高", "计量签证三方到场，影像留档。"],
        [2, "技术员", "訾沐晗", "中", "签证单逐项复核工程量。"],
        ["二、公路路政许可审批中收受好处"],
    ]
    got = run(tmp_path, rows, ["A1:E1", "A3:E3", "A6:E6"])
    got_rows = read(got)
    assert ("养护站站长", "鄢霈珺", P3, "Ⅰ级") in got_rows
    assert ("技术员", "訾沐晗", P3, "Ⅱ级") in got_rows
    named = [x for x in got_rows if x[1]]
    assert len(named) == 2, got_rows
    assert ("", "", "公路路政许可审批中收受好处", "") in got_rows  # (the point of no holder)
    issues = got.issues
    errors = issues[issues["severity"] == "error"]
    assert list(errors["code"]) == ["LEVEL_BLANK"], errors.to_dict("records")  # (its level: none)


ORDINARY = [
    ["县交通运输局廉政风险防控一览表"],
    ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
    ["一、办公室"],
    [1, "主任", "禄湛霏", "公务接待超标准列支", "中", "接待清单审核，按月公示。"],
    ["二、行政许可审批事项办理"],
    [2, "审批员", "巫瑾澈", "许可审批中故意拖延、刁难服务对象", "高", "限时办结，网上可查。"],
]


def test_a_list_by_point_over_an_ordinary_list(tmp_path):
    rows = [
        ["序号", "股室", "岗位", "姓名", "风险等级", "防控措施"],
        ["1", P2],
        [1, "综合执法大队", "执法员", "宓沅澍", "高", "执法全过程记录。"],
        [],
        ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
        [1, "主任", "禄湛霏", "公务接待超标准列支", "中", "接待清单审核，按月公示。"],
    ]
    got = run(tmp_path, rows, ["B2:F2"])
    assert read(got) == sorted([
        ("执法员", "宓沅澍", P2, "Ⅰ级"),
        ("主任", "禄湛霏", "公务接待超标准列支", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)


def test_group_rows_over_a_list_with_a_point_column_read_as_before(tmp_path):
    got = run(tmp_path, ORDINARY, ["A1:F1", "A3:F3", "A5:F5"])
    assert read(got) == sorted([
        ("主任", "禄湛霏", "公务接待超标准列支", "Ⅱ级"),
        ("审批员", "巫瑾澈", "许可审批中故意拖延、刁难服务对象", "Ⅰ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "POINTS_AS_GROUP_ROWS" not in codes(got)


def test_a_roster_under_a_list_is_no_list_by_point(tmp_path):
    rows = [
        *ORDINARY[:2],
        [1, "主任", "禄湛霏", "公务接待超标准列支", "中", "接待清单审核，按月公示。"],
        [2, "审批员", "巫瑾澈", "许可审批中故意拖延、刁难服务对象", "高", "限时办结，网上可查。"],
        [],
        ["科室", "岗位", "姓名"],
        ["局机关各股室岗位人员名单"],
        ["办公室", "主任", "禄湛霏"],
        ["行政审批股", "审批员", "巫瑾澈"],
    ]
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        ("主任", "禄湛霏", "公务接待超标准列支", "Ⅱ级"),
        ("审批员", "巫瑾澈", "许可审批中故意拖延、刁难服务对象", "Ⅰ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "POINTS_AS_GROUP_ROWS" not in codes(got)


TRANSPORT = ["县交通运输局廉政风险点分解表"]
HEAD = ["序号", "责任股室", "责任岗位", "责任人", "风险等级", "防控措施"]
P4 = "违规审批道路运输经营许可"


def test_what_the_hundred_and_twenty_third_review_found_a_ditto_group_row(tmp_path):
    # '二 | 同上' merged across: the group above's point for the holders under it, no holder 同上
    # (once a form (运输管理股, 同上, 同上) with LEVEL_BLANK E5, MEASURES_BLANK F5)
    rows = [TRANSPORT, HEAD,
            ["一", P4], [1, "运输管理股", "股长", "闵栩蘅", "一级", "集体审议。"],
            ["二", "同上"], [2, "办公室", "主任", "宓沅澍", "二级", "全程记录。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "B3:F3", "B5:F5"])
    assert read(got) == sorted([("股长", "闵栩蘅", P4, "Ⅰ级"), ("主任", "宓沅澍", P4, "Ⅱ级")])
    assert len(got.posts) == 2
    no_errors(got)
    assert "MEASURES_BLANK" not in codes(got)


def test_what_the_hundred_and_twenty_third_review_found_a_one_word_group_row(tmp_path):
    # '四 | 吃': no point, no holder made of it; its holder's row read with no point, a warning
    # at the group row's cell (the rows above read as before)
    rows = [TRANSPORT, HEAD,
            ["（一）", P1], [1, "运输管理股", "股长", "闵栩蘅", "一级", "集体审议。"],
            ["（二）", "吃"], [2, "办公室", "主任", "雍珩昶", "三级", "全程记录。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "B3:F3", "B5:F5"])
    assert read(got) == [("股长", "闵栩蘅", P1, "Ⅰ级")]
    said = got.issues[got.issues["code"] == "POINT_GROUP_ROW_UNREAD"]
    assert list(said["cell"]) == ["B5"] and list(said["severity"]) == ["warning"]
    assert "吃" not in set(got.posts["title"]) | set(got.posts["person"])
    assert "POINT_BLANK" not in codes(got)
    no_errors(got)


def test_what_the_hundred_and_twenty_third_review_found_short_idioms_merged_across(tmp_path):
    # '一 | 吃拿卡要' merged B:F (once FILE_NO_FORM): a known short risk phrase is a point
    rows = [TRANSPORT, HEAD,
            ["一", "吃拿卡要"], [1, "运输管理股", "股长", "闵栩蘅", "一级", "集体审议。"],
            ["二", "公车私用"], [2, "办公室", "主任", "宓沅澍", "二级", "全程记录。"],
            ["三", "优亲厚友"], [3, "综合执法大队", "大队长", "雍珩昶", "三级", "全程记录。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "B3:F3", "B5:F5", "B7:F7"])
    assert read(got) == sorted([
        ("股长", "闵栩蘅", "吃拿卡要", "Ⅰ级"),
        ("主任", "宓沅澍", "公车私用", "Ⅱ级"),
        ("大队长", "雍珩昶", "优亲厚友", "Ⅲ级"),
    ])  # fmt: skip
    assert "FILE_NO_FORM" not in codes(got)
    no_errors(got)


def test_what_the_hundred_and_twenty_third_review_found_a_risk_point_label(tmp_path):
    # '风险点1： | …' (label in A, point in B): the group numbering, not a heading read as a
    # holder titled 责任人 (once LEVEL_UNKNOWN F2)
    p2 = "执法检查吃拿卡要、以罚代管"
    rows = [TRANSPORT, HEAD,
            ["风险点1：", P4], [1, "运输管理股", "股长", "闵栩蘅", "一级", "集体审议。"],
            ["风险点2：", p2], [2, "办公室", "主任", "宓沅澍", "二级", "全程记录。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "B3:F3", "B5:F5"])
    assert read(got) == sorted([("股长", "闵栩蘅", P4, "Ⅰ级"), ("主任", "宓沅澍", p2, "Ⅱ级")])
    no_errors(got)


def test_what_the_hundred_and_twenty_third_review_found_issues_cite_the_group_rows_cell(tmp_path):
    # an issue on a point read from a group row cites the group row's point cell (B3, B5), never
    # the column the rule adds past the table's edge (once LEVEL_BLANK F4, F6: no level column,
    # the point's cell cited)
    rows = [TRANSPORT, ["序号", "责任股室", "责任岗位", "责任人", "防控措施"],
            ["一", P4], [1, "运输管理股", "股长", "闵栩蘅", "集体审议。"],
            ["二", P1], [2, "办公室", "主任", "宓沅澍", "全程记录。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "B3:E3", "B5:E5"])
    assert read(got) == sorted([("股长", "闵栩蘅", P4, ""), ("主任", "宓沅澍", P1, "")])
    blank = got.issues[got.issues["code"] == "LEVEL_BLANK"]
    assert sorted(zip(blank["cell"], blank["severity"], strict=True)) == [
        ("B3", "error"),
        ("B5", "error"),
    ]
    assert not {c for c in got.issues["cell"] if c and c[0] >= "F"}, got.issues.to_dict("records")
