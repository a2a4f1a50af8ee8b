"""A list with no level column whose points' levels stand only in a note grading the risk TYPES
('说明：思想道德风险为高风险；制度机制风险、岗位职责风险为中风险；业务流程风险…为低风险'): each
point takes the level of its type (info ``LEVEL_BY_TYPE_NOTE``), a point of several types the
highest of theirs (the message says so); a type the note does not name keeps its blank level
(``LEVEL_BLANK``, as before). A note that names the types without levels, or a list that writes
its levels, reads as before.

Not the published batch's table (a 生态环境分局's 排查表, ``科室 | 岗位 | 姓名`` merged per person under
one heading row, types written ``…风险``, 一级/二级/三级 in a closing ``注：``): a 县水利局 and a
县交通运输局, other posts and names, 高/中/低 and ``Ⅰ级…`` in the note, types written short
('思想道德'), ticked ('☑业务流程 □岗位职责') or two in a cell, two heading rows, an extra 备注
column, clauses ``属于…的，均定为…``; written with xlsxwriter (tests/helpers.py) and read back as
``collect_inbox`` reads a file.
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
    write_workbook(inbox / "list.xlsx", {"风险表": rows}, {"风险表": merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got, severity: str | None = None) -> list[str]:
    issues = got.issues
    if severity:
        issues = issues[issues["severity"] == severity]
    return list(issues["code"])


def said(got, code: str) -> str:
    return got.issues[got.issues["code"] == code]["message"].iloc[0]


WATER = [
    ["县水利局岗位廉政风险点一览表"],
    ["序号", "岗位", "责任人", "廉政风险点", "风险类型", "防控措施"],
    [1, "局长", "阙望舒", "水利工程招投标中打招呼", "思想道德", "招标全程进入公共资源交易中心。"],
    [2, "局长", "阙望舒", "项目资金拨付审批把关不严", "制度机制", "资金拨付党组会集体研究。"],
    [3, "水政监察大队队长", "宓云岫", "河道采砂执法降格处理", "岗位职责", "执法全过程记录。"],
    [4, "水政监察大队队长", "宓云岫", "水行政处罚裁量随意", "业务流程", "执行裁量基准。"],
    [5, "工程股股员", "储听澜", "工程计量签证弄虚作假", "外部环境", "计量签证双人复核。"],
    ["说明：廉政风险等级依据风险类型划定：思想道德风险为高风险；制度机制风险、岗位职责风险为中风险；"
     "业务流程风险、外部环境风险为低风险。"],
]  # fmt: skip
WATER_MERGES = ["A1:F1", "A8:F8", "B3:B4", "C3:C4", "B5:B6", "C5:C6"]
WATER_READ = sorted([
    ("局长", "阙望舒", "水利工程招投标中打招呼", "Ⅰ级"),
    ("局长", "阙望舒", "项目资金拨付审批把关不严", "Ⅱ级"),
    ("水政监察大队队长", "宓云岫", "河道采砂执法降格处理", "Ⅱ级"),
    ("水政监察大队队长", "宓云岫", "水行政处罚裁量随意", "Ⅲ级"),
    ("工程股股员", "储听澜", "工程计量签证弄虚作假", "Ⅲ级"),
])  # fmt: skip


def test_each_point_takes_the_level_the_note_gives_its_type(tmp_path):
    got = run(tmp_path, WATER, WATER_MERGES)
    assert read(got) == WATER_READ
    assert not codes(got, "error"), got.issues.to_dict("records")
    assert codes(got).count("LEVEL_BY_TYPE_NOTE") == 1
    assert "思想道德风险=Ⅰ级" in said(got, "LEVEL_BY_TYPE_NOTE")


def test_two_heading_rows_ticked_types_and_two_types_take_the_highest(tmp_path):
    rows = [
        ["县交通运输局廉政风险防控登记表"],
        ["岗位", "姓名", "风险识别", None, "防控措施"],
        [None, None, "风险点", "风险类别", None],
        ["运输股股长", "郁南星", "道路运输证审批吃拿卡要", "☑岗位职责 □业务流程", "审批窗口公开。"],
        ["运输股股长", "郁南星", "超限车辆查处放水", "□岗位职责 ☑业务流程", "执法记录仪全程佩戴。"],
        ["路政员", "濮春和", "路产赔偿收费不开票", "业务流程、思想道德", "收费统一开具票据。"],
        ["注：岗位职责风险为Ⅰ级；业务流程风险为Ⅲ级；思想道德风险为Ⅱ级。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "C2:D2", "A2:A3", "B2:B3", "E2:E3", "A4:A5", "B4:B5",
                               "A7:E7"])  # fmt: skip
    assert read(got) == sorted([
        ("运输股股长", "郁南星", "道路运输证审批吃拿卡要", "Ⅰ级"),
        ("运输股股长", "郁南星", "超限车辆查处放水", "Ⅲ级"),
        ("路政员", "濮春和", "路产赔偿收费不开票", "Ⅱ级"),
    ])  # fmt: skip
    assert not codes(got, "error"), got.issues.to_dict("records")
    assert "取最高的级别" in said(got, "LEVEL_BY_TYPE_NOTE")


def test_an_extra_column_and_clauses_of_those_belonging_to_a_type(tmp_path):
    rows = [
        ["县交通运输局综合执法大队风险点台账"],
        ["科室", "岗位", "姓名", "风险点", "风险类型", "防控措施", "备注"],
        ["执法一中队", "中队长", "郁晓岚", "违规减免罚款", "业务流程风险", "罚没款集体审核。", "今年新增"],
        ["执法一中队", "中队长", "郁晓岚", "执法中接受吃请", "思想道德风险", "签订廉洁承诺书。", ""],
        ["执法二中队", "执法队员", "濮星河", "巡查发现问题不登记", "制度机制风险", "巡查台账日清。", ""],
        ["注：属于业务流程风险的，均定为一级风险；属于制度机制风险、思想道德风险的，均定为二级风险；"
         "其余类型定为三级风险。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "A6:G6", "A3:A4", "B3:B4", "C3:C4"])
    assert read(got) == sorted([
        ("中队长", "郁晓岚", "违规减免罚款", "Ⅰ级"),
        ("中队长", "郁晓岚", "执法中接受吃请", "Ⅱ级"),
        ("执法队员", "濮星河", "巡查发现问题不登记", "Ⅱ级"),
    ])  # fmt: skip
    assert not codes(got, "error"), got.issues.to_dict("records")
    assert codes(got).count("LEVEL_BY_TYPE_NOTE") == 1


def test_a_type_the_note_does_not_name_stays_blank(tmp_path):
    rows = [r[:] for r in WATER]
    rows[7] = [
        "说明：思想道德风险为高风险；制度机制风险、岗位职责风险为中风险；业务流程风险为低风险。"
    ]
    got = run(tmp_path, rows, WATER_MERGES)
    assert read(got) == sorted(
        (p, n, pt, "" if pt == "工程计量签证弄虚作假" else lv) for p, n, pt, lv in WATER_READ
    )
    assert codes(got, "error") == ["LEVEL_BLANK"]
    assert codes(got).count("LEVEL_BY_TYPE_NOTE") == 1


def test_a_note_naming_types_without_levels_changes_nothing(tmp_path):
    rows = [r[:] for r in WATER]
    rows[7] = ["说明：风险类型分为思想道德风险、制度机制风险、岗位职责风险、业务流程风险、外部环境风险"
               "五类，其中思想道德风险为重点防控内容。"]  # fmt: skip
    got = run(tmp_path, rows, WATER_MERGES)
    assert read(got) == sorted((p, n, pt, "") for p, n, pt, _lv in WATER_READ)
    assert codes(got, "error").count("LEVEL_BLANK") == 5
    assert "LEVEL_BY_TYPE_NOTE" not in codes(got)


def test_written_levels_are_kept_beside_a_type_note(tmp_path):
    rows = [
        ["县水利局水旱灾害防御中心风险点一览表"],
        ["岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施"],
        ["主任", "阙远山", "防汛物资采购化整为零", "制度机制", "低", "采购集体决策。"],
        ["主任", "阙远山", "抢险队伍补助虚报冒领", "思想道德", "高", "补助发放公示。"],
        ["技术员", "宓晴川", "山洪预警信息瞒报", "岗位职责", "中", "预警双人值守。"],
        ["注：一般情况下，思想道德风险为高风险，制度机制风险为中风险，岗位职责风险为低风险。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A6:F6", "A3:A4", "B3:B4"])
    assert read(got) == sorted([
        ("主任", "阙远山", "防汛物资采购化整为零", "Ⅲ级"),
        ("主任", "阙远山", "抢险队伍补助虚报冒领", "Ⅰ级"),
        ("技术员", "宓晴川", "山洪预警信息瞒报", "Ⅱ级"),
    ])  # fmt: skip
    assert not codes(got, "error"), got.issues.to_dict("records")
    assert "LEVEL_BY_TYPE_NOTE" not in codes(got)


def test_the_frequency_column_note_still_grades_beside_a_type_column(tmp_path):
    rows = [
        ["县水利局河湖长制工作股风险防控表"],
        ["岗位", "姓名", "风险点", "风险类型", "防控措施", "监督检查频次"],
        ["股长", "储清源", "河湖巡查考核打人情分", "岗位职责", "考核结果公示。", "每月"],
        ["股长", "储清源", "河道保洁经费挪用", "制度机制", "经费专账管理。", "每季度"],
        ["股员", "阙映雪", "巡河记录代签补签", "业务流程", "巡河轨迹留痕。", "每月"],
        ["注：每月检查一次的为一级风险点，每季度检查一次的为二级风险点。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A6:F6", "A3:A4", "B3:B4"])
    assert read(got) == sorted([
        ("股长", "储清源", "河湖巡查考核打人情分", "Ⅰ级"),
        ("股长", "储清源", "河道保洁经费挪用", "Ⅱ级"),
        ("股员", "阙映雪", "巡河记录代签补签", "Ⅰ级"),
    ])  # fmt: skip
    assert not codes(got, "error"), got.issues.to_dict("records")
    assert codes(got).count("LEVEL_BY_COLUMN_NOTE") == 1
    assert "LEVEL_BY_TYPE_NOTE" not in codes(got)
