"""A grid of holders down by TIMES of the year across: '科室 | 岗位 | 姓名' (or only 岗位 | 姓名) down,
one heading naming the points merged over columns that are times ('第一季度 | … | 第四季度',
'1—4月 | 5—8月 | 9—12月', '汛前 | 主汛期 | 汛后'), each cell that holder's point(s) of that time,
each closing with its level in brackets ('…（二级）', numbered '1.…（一级）⏎2.…（三级）', '…（高）'),
'/' or blank for none. Each such line is a point of the row's holder at its bracket's level; the
time is no part of the point and no type (the time is dropped).

Not the published batch's file (a 第一中学's 学期工作日历 with 处室 | 岗位 | 姓名 and
'开学初（2—3月）…暑期（7—8月）' under '风险时段及风险点（括号内为风险等级）', ``一级/二级/三级``):
a county's 市场监督管理局 by quarters with a 防控措施 column after the quarters, a 乡镇卫生院 by
months without a 科室 column and two numbered points in a cell, a 水利局 by 汛前/主汛期/汛后 with
``高/中/低``; other names, written with xlsxwriter (tests/helpers.py) and read back as
``collect_inbox`` reads a file. Tables that look a bit alike stay as they were read: a list with
a '风险高发时段' band of month ticks beside it, and holders down by risk TYPES across.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str], sheet: str = "时段表"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


def codes(got) -> set[str]:
    return set(got.issues["code"])


def test_quarters_two_heading_rows_dept_merged_down_and_measures_column(tmp_path):
    """序号 | 股室 | 职务 | 姓名 merged down, '廉政风险点（风险等级）' merged over four quarters,
    a 防控措施 column after them; '综合股' merged down over its two holders; '/' and blank none."""
    rows = [
        ["XX县市场监督管理局岗位廉政风险季度分布表"],
        ["序号", "股室", "职务", "姓名", "廉政风险点（风险等级）", None, None, None, "防控措施"],
        [None, None, None, None, "第一季度", "第二季度", "第三季度", "第四季度", None],
        [1, "综合股", "股长", "訾澄川", "年初办公设备采购指定品牌（二级）", "/", None,
         "年终考核评优暗箱操作（一级）", "采购比价、考核公示。"],
        [2, None, "出纳", "甘霁棠", "/", "备用金借支不及时清理（三级）", "/",
         "年末往来款挂账不清（二级）", "月度对账。"],
        [3, "食品安全股", "股长", "蔺沛岚", "春节市场检查通风报信（一级）",
         "抽检样品选择性送检（二级）", "/", "/", "双人检查、随机抽样。"],
        ["注：各季度写本岗位在该季度的廉政风险点，括号内为风险等级。"],
    ]  # fmt: skip
    merges = ["A1:I1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:H2", "I2:I3", "B4:B5", "A7:I7"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("股长", "訾澄川", "年初办公设备采购指定品牌", "Ⅱ级"),
        ("股长", "訾澄川", "年终考核评优暗箱操作", "Ⅰ级"),
        ("出纳", "甘霁棠", "备用金借支不及时清理", "Ⅲ级"),
        ("出纳", "甘霁棠", "年末往来款挂账不清", "Ⅱ级"),
        ("股长", "蔺沛岚", "春节市场检查通风报信", "Ⅰ级"),
        ("股长", "蔺沛岚", "抽检样品选择性送检", "Ⅱ级"),
    ])  # fmt: skip
    r = got.risks
    depts = dict(zip(r["person"], r["department"], strict=False))
    assert depts == {"訾澄川": "综合股", "甘霁棠": "综合股", "蔺沛岚": "食品安全股"}
    assert set(r["risk_type"]) == {""}  # (a quarter is no type)
    measures = dict(zip(r["risk_point"], r["measures"], strict=True))
    assert measures["备用金借支不及时清理"] == "月度对账。"
    assert set(got.posts["unit"]) == {"XX县市场监督管理局"}
    no_errors(got)
    assert "YEAR_TIME_GRID" in codes(got)
    assert "FILE_NO_FORM" not in codes(got)


def test_months_posts_only_two_numbered_points_in_a_cell(tmp_path):
    """No 科室 column, 岗位 | 姓名 written in the row of the months, '岗位廉政风险点' merged only
    over '1—4月 | 5—8月 | 9—12月'; a cell with two numbered points each closing with its level."""
    rows = [
        ["XX镇卫生院岗位廉政风险分时段排查表"],
        [None, None, "岗位廉政风险点", None, None],
        ["岗位", "姓名", "1—4月", "5—8月", "9—12月"],
        ["院长", "郗映秋", "1.药品集中采购中收受回扣（一级）\n2.医疗设备招标暗箱操作（一级）",
         "/", "1.年终绩效分配不公开（二级）"],
        ["药房主任", "庹念慈", "/", "1.药品出入库账实不符（二级）\n2.过期药品处置不规范（三级）", "/"],
        ["收费员", "鄢若溪", "医保票据作废不登记（三级）", "/", "/"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "C2:E2"])
    assert read(got) == sorted([
        ("院长", "郗映秋", "药品集中采购中收受回扣", "Ⅰ级"),
        ("院长", "郗映秋", "医疗设备招标暗箱操作", "Ⅰ级"),
        ("院长", "郗映秋", "年终绩效分配不公开", "Ⅱ级"),
        ("药房主任", "庹念慈", "药品出入库账实不符", "Ⅱ级"),
        ("药房主任", "庹念慈", "过期药品处置不规范", "Ⅲ级"),
        ("收费员", "鄢若溪", "医保票据作废不登记", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "YEAR_TIME_GRID" in codes(got)


def test_flood_seasons_levels_high_middle_low(tmp_path):
    """科室 | 岗位 | 姓名, '汛期各阶段风险点' merged over '汛前 | 主汛期（6—8月） | 汛后',
    '（高）/（中）/（低）' closing each point."""
    rows = [
        ["XX县水利局防汛岗位廉政风险时段表"],
        ["科室", "岗位", "姓名", "汛期各阶段风险点（括号内为等级）", None, None],
        [None, None, None, "汛前", "主汛期（6—8月）", "汛后"],
        ["防汛办", "主任", "冼梧桐", "防汛物资储备采购虚报数量（高）", "抢险队伍调度优亲厚友（中）",
         "水毁工程修复项目直接指定施工方（高）"],
        ["工程股", "技术员", "勾砚池", "/", "堤防巡查记录造假（低）", "灾后补助核定不实（中）"],
    ]  # fmt: skip
    merges = ["A1:F1", "A2:A3", "B2:B3", "C2:C3", "D2:F2"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("主任", "冼梧桐", "防汛物资储备采购虚报数量", "Ⅰ级"),
        ("主任", "冼梧桐", "抢险队伍调度优亲厚友", "Ⅱ级"),
        ("主任", "冼梧桐", "水毁工程修复项目直接指定施工方", "Ⅰ级"),
        ("技术员", "勾砚池", "堤防巡查记录造假", "Ⅲ级"),
        ("技术员", "勾砚池", "灾后补助核定不实", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "YEAR_TIME_GRID" in codes(got)


def test_a_list_with_a_band_of_month_ticks_beside_it_reads_as_before(tmp_path):
    """'风险高发时段' merged over month columns of ticks beside an ordinary list: the list's rows
    are its points, the months nothing of them; no time grid."""
    rows = [
        ["XX县市场监督管理局廉政风险点台账"],
        ["序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "风险高发时段", None, None,
         "防控措施"],
        [None, None, None, None, None, None, "1—4月", "5—8月", "9—12月", None],
        [1, "综合股", "股长", "訾澄川", "办公设备采购指定品牌", "二级", "√", None, None, "采购比价。"],
        [2, "食品安全股", "股长", "蔺沛岚", "抽检样品选择性送检", "一级", None, "√", "√",
         "随机抽样。"],
    ]  # fmt: skip
    merges = ["A1:J1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:F3", "G2:I2", "J2:J3"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("股长", "訾澄川", "办公设备采购指定品牌", "Ⅱ级"),
        ("股长", "蔺沛岚", "抽检样品选择性送检", "Ⅰ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "YEAR_TIME_GRID" not in codes(got)


def test_types_across_still_read_with_their_types(tmp_path):
    """科室 | 岗位 | 姓名 down, '廉政风险点及等级' merged over risk TYPES: each point keeps its
    column's type, as before; no time grid."""
    rows = [
        ["XX县水利局岗位廉政风险分类表"],
        ["科室", "岗位", "姓名", "廉政风险点及等级", None, None],
        [None, None, None, "思想道德风险", "制度机制风险", "岗位职责风险"],
        ["防汛办", "主任", "冼梧桐", "1.接受施工方宴请（中）", "/", "1.物资采购虚报数量（高）"],
        ["工程股", "技术员", "勾砚池", "/", "1.验收签字走过场（低）", "/"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A2:A3", "B2:B3", "C2:C3", "D2:F2"])
    assert read(got) == sorted([
        ("主任", "冼梧桐", "接受施工方宴请", "Ⅱ级"),
        ("主任", "冼梧桐", "物资采购虚报数量", "Ⅰ级"),
        ("技术员", "勾砚池", "验收签字走过场", "Ⅲ级"),
    ])  # fmt: skip
    r = got.risks
    said = dict(zip(r["risk_point"], r["risk_type"], strict=True))
    assert said["验收签字走过场"] == "制度机制风险"
    no_errors(got)
    assert "YEAR_TIME_GRID" not in codes(got)


def test_times_under_a_heading_naming_no_points_are_no_grid(tmp_path):
    """'工作安排' merged over quarters, cells the work planned (no level brackets): not read as
    points, as before."""
    rows = [
        ["XX县市场监督管理局年度工作安排"],
        ["股室", "岗位", "姓名", "工作安排", None, None, None],
        [None, None, None, "第一季度", "第二季度", "第三季度", "第四季度"],
        ["综合股", "股长", "訾澄川", "年度预算编制", "半年总结", "/", "年终考核"],
        ["食品安全股", "股长", "蔺沛岚", "春节市场检查", "抽检", "/", "/"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "A2:A3", "B2:B3", "C2:C3", "D2:G2"])
    assert read(got) == []
    assert "YEAR_TIME_GRID" not in codes(got)


def test_the_time_grid_issue_is_catalogued():
    assert "YEAR_TIME_GRID" in CATALOGUE and "YEAR_TIME_GRID" in SHORT
