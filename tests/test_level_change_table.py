"""A table of levels adjusted under a list on the same sheet ('风险等级调整情况' over '序号 | 岗位 |
风险点 | 调整前等级 | 调整后等级 | 调整原因', or '风险等级' merged over '调整前 | 调整后'): its rows name
points of the list above, no new points. The list's point of the same post (科室, holder where
both write them) whose text is the row's, or holds it, takes the level after (an info at the
row's cell); a row matching no point is a warning at its cell; no row of it becomes a point.

Not the shape first seen (a 自来水公司's list with '一级/二级/三级' and a five-column table of
changes): a 县疾病预防控制中心's and a 街道便民服务中心's lists, other posts, names and level
words (高/中/低, Ⅰ级…), one or two heading rows, a 科室 column, a holder column, no caption line;
written with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file.
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
    write_workbook(inbox / "list.xlsx", {"风险点": rows}, {"风险点": merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got, severity: str) -> list[tuple[str, str]]:
    i = got.issues
    mine = i[i["severity"] == severity]
    return sorted(zip(mine["code"], mine["cell"], strict=True))


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


CDC = [
    ["XX县疾病预防控制中心岗位廉政风险点一览表"],
    ["序号", "岗位", "责任人", "风险点", "风险等级", "防控措施"],
    ["1", "检验科科长", "骆予澄", "检测报告出具中弄虚作假，收受好处", "中", "报告双签，抽检复核"],
    ["2", "疫苗管理员", "宓思衡", "疫苗出入库登记不实，私自调剂", "中", "系统扫码，每月盘点"],
    ["3", "办公室主任", "芮晗之", "公务接待超标准", "低", "执行接待审批单"],
]


def test_one_heading_row_after_a_caption_line(tmp_path):
    rows = [
        *CDC,
        [],
        ["风险等级调整情况"],
        ["序号", "岗位", "风险点", "调整前等级", "调整后等级", "调整原因"],
        ["1", "疫苗管理员", "疫苗出入库登记不实，私自调剂", "中", "高", "纳入冷链监管重点"],
        ["2", "办公室主任", "公务接待超标准", "低", "中", "上年度审计发现问题"],
    ]
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        ("检验科科长", "骆予澄", "检测报告出具中弄虚作假，收受好处", "Ⅱ级"),
        ("疫苗管理员", "宓思衡", "疫苗出入库登记不实，私自调剂", "Ⅰ级"),
        ("办公室主任", "芮晗之", "公务接待超标准", "Ⅱ级"),
    ])  # fmt: skip
    assert codes(got, "info").count(("LEVEL_CHANGED_BY_TABLE", "E9")) == 1
    assert ("LEVEL_CHANGED_BY_TABLE", "E10") in codes(got, "info")
    assert not [c for c, _ in codes(got, "warning") if c.startswith("LEVEL_CHANGE")]
    no_errors(got)


def test_two_heading_rows_a_department_and_a_point_written_shorter(tmp_path):
    # '风险等级' merged over '调整前 | 调整后'; the table names the point in fewer words than the
    # list ('私自调剂' of '疫苗出入库登记不实，私自调剂'), and one row names a point not listed
    rows = [
        ["XX街道便民服务中心廉政风险防控表"],
        ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
        ["1", "综合窗口", "受理员", "邬清远", "受理材料不全即予办理，优亲厚友", "Ⅲ级", "一次性告知"],
        ["2", "综合窗口", "审核员", "蔺若川", "审核把关不严，违规出具证明", "Ⅱ级", "双人审核"],
        ["3", "后勤组", "采购员", "鞠望舒", "办公用品采购价格虚高", "Ⅱ级", "比价采购"],
        ["4", "后勤组", "审核员", "牟景行", "报账票据审核不严", "Ⅲ级", "财务复核"],
        ["说明：下表为本年度风险等级调整情况"],
        ["序号", "科室", "岗位", "风险点", "风险等级", ""],
        ["", "", "", "", "调整前", "调整后"],
        ["1", "综合窗口", "审核员", "违规出具证明", "Ⅱ级", "Ⅰ级"],
        ["2", "后勤组", "保管员", "物资出库不登记", "Ⅲ级", "Ⅱ级"],
    ]  # fmt: skip
    merges = ["A1:G1", "A8:A9", "B8:B9", "C8:C9", "D8:D9", "E8:F8", "A7:G7"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("受理员", "邬清远", "受理材料不全即予办理，优亲厚友", "Ⅲ级"),
        ("审核员", "蔺若川", "审核把关不严，违规出具证明", "Ⅰ级"),
        ("采购员", "鞠望舒", "办公用品采购价格虚高", "Ⅱ级"),
        ("审核员", "牟景行", "报账票据审核不严", "Ⅲ级"),  # (the other 审核员: 后勤组, not 综合窗口)
    ])  # fmt: skip
    assert ("LEVEL_CHANGED_BY_TABLE", "F10") in codes(got, "info")
    assert ("LEVEL_CHANGE_ROW_UNMATCHED", "A11") in codes(got, "warning")
    no_errors(got)


def test_former_and_present_levels_a_holder_column_and_no_caption(tmp_path):
    # '原风险等级 | 现风险等级' and a 责任人 column that picks which holder's point it is
    rows = [
        ["XX县疾病预防控制中心岗位廉政风险点一览表"],
        ["序号", "岗位", "责任人", "风险点", "风险等级", "防控措施"],
        ["1", "检验员", "骆予澄", "检测数据篡改", "中", "仪器数据自动上传"],
        ["2", "检验员", "宓思衡", "检测数据篡改", "中", "仪器数据自动上传"],
        [],
        ["序号", "岗位", "责任人", "风险点", "原风险等级", "现风险等级"],
        ["1", "检验员", "宓思衡", "检测数据篡改", "中", "高"],
    ]
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        ("检验员", "骆予澄", "检测数据篡改", "Ⅱ级"),
        ("检验员", "宓思衡", "检测数据篡改", "Ⅰ级"),
    ])  # fmt: skip
    assert ("LEVEL_CHANGED_BY_TABLE", "F7") in codes(got, "info")
    no_errors(got)


def test_a_table_of_levels_before_and_after_on_its_own_sheet_is_read_as_before(tmp_path):
    # no list above it on the sheet: nothing to change, its rows read as the dev reader reads them
    rows = [
        ["XX县疾病预防控制中心风险等级调整表"],
        ["序号", "岗位", "风险点", "调整前等级", "调整后等级", "调整原因"],
        ["1", "疫苗管理员", "疫苗出入库登记不实", "中", "高", "纳入冷链监管重点"],
    ]
    got = run(tmp_path, rows, ["A1:F1"])
    assert [(t, p) for t, _n, p, _l in read(got)] == [("疫苗管理员", "疫苗出入库登记不实")]
    assert "LEVEL_CHANGED_BY_TABLE" not in set(got.issues["code"])


def test_a_second_list_under_the_first_is_still_a_list(tmp_path):
    # a second list with a plain 风险等级 column (and a '调整' in its caption) is points of its own
    rows = [
        *CDC,
        [],
        ["二、调整后新增风险点"],
        ["序号", "岗位", "责任人", "风险点", "风险等级", "防控措施"],
        ["1", "疫苗管理员", "宓思衡", "冷链温度记录补记造假", "高", "温控系统自动记录"],
    ]
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        ("检验科科长", "骆予澄", "检测报告出具中弄虚作假，收受好处", "Ⅱ级"),
        ("疫苗管理员", "宓思衡", "疫苗出入库登记不实，私自调剂", "Ⅱ级"),
        ("疫苗管理员", "宓思衡", "冷链温度记录补记造假", "Ⅰ级"),
        ("办公室主任", "芮晗之", "公务接待超标准", "Ⅲ级"),
    ])  # fmt: skip
    assert not {"LEVEL_CHANGED_BY_TABLE", "LEVEL_CHANGE_ROW_UNMATCHED"} & set(got.issues["code"])
    no_errors(got)


def test_a_table_of_holders_changed_is_still_read_as_such(tmp_path):
    # '岗位 | 原任人员 | 现任人员' (a staff change, 调整 in its title): the holders, not the levels
    rows = [
        *CDC,
        [],
        ["注：岗位人员有变动的，该岗位风险点由现责任人承担，以下表“岗位人员调整情况”为准"],
        ["岗位人员调整情况"],
        ["序号", "岗位", "原任人员", "现任人员", "变动时间"],
        ["1", "办公室主任", "芮晗之", "仉北辰", "2025年3月"],
    ]
    got = run(tmp_path, rows, ["A1:F1", "A7:F7"])
    assert ("办公室主任", "仉北辰", "公务接待超标准", "Ⅲ级") in read(got)
    assert len(read(got)) == 3
    assert "LEVEL_CHANGED_BY_TABLE" not in set(got.issues["code"])
    no_errors(got)


def test_a_second_list_with_levels_before_and_after_and_measures_is_still_a_list(tmp_path):
    # '原风险等级 | 调整后风险等级 | 防控措施' under the first list: a list of its own (its own points,
    # the level after read as the list's level, as before), not a table of changes
    rows = [
        *CDC,
        [],
        ["二、后勤保障科"],
        ["序号", "岗位", "责任人", "风险点", "原风险等级", "调整后风险等级", "防控措施"],
        ["1", "司机", "阙少游", "公车私用", "低", "中", "北斗定位"],
    ]
    got = run(tmp_path, rows, ["A1:F1"])
    assert ("司机", "阙少游", "公车私用", "Ⅱ级") in read(got)
    assert len(read(got)) == 4
    assert not {"LEVEL_CHANGED_BY_TABLE", "LEVEL_CHANGE_ROW_UNMATCHED"} & set(got.issues["code"])
    no_errors(got)


_REV115_LIST = [
    ["XX局岗位廉政风险点排查表"],
    ["序号", "科室", "岗位", "风险点", "风险等级", "防控措施"],
    [1, "办公室", "科长", "公车私用", "二级", "派车登记"],
    [2, "办公室", "科员", "办公用品采购虚报", "三级", "验收登记"],
    [3, "财务科", "科长", "违规审批报销", "一级", "联签"],
    [4, "财务科", "会计", "公款私存", "二级", "对账"],
]  # fmt: skip


def test_what_the_hundred_and_fifteenth_review_found_a_second_list_with_one_row_matching(tmp_path):
    # '原风险等级 | 现风险等级' of another part: its one row matching a listed point (and unchanged)
    # does not make it an adjustment table; its new points are read
    rows = _REV115_LIST + [
        [None],
        ["二、下属监测中心岗位廉政风险点（本年度评估）"],
        ["序号", "岗位", "风险点", "原风险等级", "现风险等级"],
        [1, "科长", "公车私用", "二级", "二级"],
        [2, "科长", "仪器采购指定品牌", "一级", "一级"],
        [3, "技术员", "篡改监测数据", "二级", "一级"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A8:E8"])
    points = [p for _t, _w, p, _l in read(got)]
    assert "仪器采购指定品牌" in points and "篡改监测数据" in points
    assert ("科长", "", "公车私用", "Ⅱ级") in read(got)
    assert not [c for c, _at in codes(got, "info") if c == "LEVEL_CHANGED_BY_TABLE"]


def test_what_the_hundred_and_fifteenth_review_found_a_row_matching_two_points(tmp_path):
    # the same post and point in two 科室: the one whose level is the row's 调整前 changes;
    # where both are, neither changes and the row is warned
    lst = [r[:] for r in _REV115_LIST]
    lst[4] = [3, "财务科", "科长", "公车私用", "三级", "联签"]
    tail = [[None], ["风险等级调整情况"], ["序号", "岗位", "风险点", "调整前等级", "调整后等级"]]
    got = run(tmp_path, lst + tail + [[1, "科长", "公车私用", "二级", "一级"]], ["A1:F1", "A8:E8"])
    assert [x for x in read(got) if x[2] == "公车私用"] == [
        ("科长", "", "公车私用", "Ⅰ级"), ("科长", "", "公车私用", "Ⅲ级")
    ]  # fmt: skip
    lst[4] = [3, "财务科", "科长", "公车私用", "二级", "联签"]
    got = run(
        tmp_path / "b", lst + tail + [[1, "科长", "公车私用", "二级", "一级"]], ["A1:F1", "A8:E8"]
    )
    assert [x for x in read(got) if x[2] == "公车私用"] == [("科长", "", "公车私用", "Ⅱ级")] * 2
    assert ("LEVEL_CHANGE_ROW_AMBIGUOUS", "A10") in codes(got, "warning")
    no_errors(got)


def test_what_the_hundred_and_fifteenth_review_found_a_short_generic_point(tmp_path):
    # '审批' does not name '违规审批报销' (too short a part): no level of the list changes
    rows = _REV115_LIST + [
        [None], ["风险等级调整情况"], ["序号", "风险点", "调整前等级", "调整后等级", "调整原因"],
        [1, "审批", "一级", "二级", "已上线系统"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A8:E8"])
    assert ("科长", "", "违规审批报销", "Ⅰ级") in read(got)
    assert not [c for c, _at in codes(got, "info") if c == "LEVEL_CHANGED_BY_TABLE"]


def test_what_the_hundred_and_fifteenth_review_found_review_words_before_and_after(tmp_path):
    # '复核前等级 | 复核后等级' (and 评估前/后, 复评前/后, 上年/本年) name the levels before and after
    rows = _REV115_LIST + [
        [None], ["风险等级调整情况"], ["序号", "岗位", "风险点", "复核前等级", "复核后等级"],
        [1, "会计", "公款私存", "二级", "一级"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A8:E8"])
    assert read(got) == sorted([
        ("科长", "", "公车私用", "Ⅱ级"), ("科员", "", "办公用品采购虚报", "Ⅲ级"),
        ("科长", "", "违规审批报销", "Ⅰ级"), ("会计", "", "公款私存", "Ⅰ级"),
    ])  # fmt: skip
    assert ("LEVEL_CHANGED_BY_TABLE", "E10") in codes(got, "info")
