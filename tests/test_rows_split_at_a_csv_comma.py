"""A list written out as a .csv WITHOUT quoting and opened in Excel: on a row whose point (or
measures) was typed with a half-width comma the field was split there, and the row is LONGER
than its heading, every later field one column right a comma — the point's tail under the level's
heading, the level word under the measures', the measures in a column no heading names. Such rows
are read with the split cells joined again by ',' (the first joins from the left that put a level
word under the level and realign the whole row), one info issue naming them; a row no join
realigns, a 备注 typed past a row whose level stands in place, and a list whose points hold commas
inside their one cell are read as before.

Not the published batch's file (a 价格监测站's export, 站领导/监测股, ``一级/二级/三级``, 序号 first, one
comma a point): a county's 水务局 with a 风险类型 column between the point and the level and 高/中/低;
a 疾控中心 with a 备注 heading after the measures (left blank, so a split row ends under the 备注) and
``重点/较高/一般``; a 住建局 whose point held two commas and whose measures one, no 序号 column; written
with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list]):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "export.xlsx", {"导出数据": rows})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


WATER = [
    ["科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施"],
    ["水政监察大队", "大队长", "阙霖皓", "河道采砂执法选择性查处", "岗位职责", "高", "执法全程记录，案件集体审议。"],
    ["水政监察大队", "执法员", "阙霖皓", "涉河项目审批走过场", "业务流程", "中", "现场踏勘双人进行。"],
    ["工程建设股", "股长", "芮沅舟", "小型水库除险加固验收不严", "岗位职责", "高", "验收邀请第三方参加。"],
    ["工程建设股", "技术员", "芮沅舟", "工程计量签证虚增", "制度机制", "中", "签证经监理、业主双签。"],
    ["农村水利股", "股长", "郦汀蘅", "灌区配套资金拨付不按进度", "制度机制", "低", "按月核对工程进度后拨付。"],
]  # fmt: skip


def test_a_point_split_at_its_comma_before_a_type_column_is_joined(tmp_path):
    rows = [list(r) for r in WATER]
    # rows 3 and 5: the point typed with a half-width comma, Excel split it there
    rows[2] = ["水政监察大队", "执法员", "阙霖皓", "涉河项目审批走过场", "未核实现场", "业务流程", "中",
               "现场踏勘双人进行。"]  # fmt: skip
    rows[4] = ["工程建设股", "技术员", "芮沅舟", "工程计量签证虚增", "多付工程款", "制度机制", "中",
               "签证经监理、业主双签。"]  # fmt: skip
    got = run(tmp_path, rows)
    assert read(got) == sorted([
        ("大队长", "阙霖皓", "河道采砂执法选择性查处", "Ⅰ级"),
        ("执法员", "阙霖皓", "涉河项目审批走过场,未核实现场", "Ⅱ级"),
        ("股长", "芮沅舟", "小型水库除险加固验收不严", "Ⅰ级"),
        ("技术员", "芮沅舟", "工程计量签证虚增,多付工程款", "Ⅱ级"),
        ("股长", "郦汀蘅", "灌区配套资金拨付不按进度", "Ⅲ级"),
    ])  # fmt: skip
    r = got.risks
    split = r[r["risk_point"] == "工程计量签证虚增,多付工程款"]
    assert list(split["risk_type"]) == ["制度机制风险"]
    assert "签证经监理、业主双签" in split["measures"].iloc[0]
    assert not split["measures"].iloc[0].startswith("中")
    no_errors(got)
    assert "ROWS_SPLIT_AT_COMMA" in codes(got)
    assert "LEVEL_UNKNOWN" not in codes(got)
    assert "ROWS_SPLIT_AT_COMMA" in CATALOGUE and "ROWS_SPLIT_AT_COMMA" in SHORT


CDC = [
    ["某县疾病预防控制中心廉洁风险点导出"],
    ["序号", "部门", "职务", "责任人", "廉洁风险点", "风险级别", "防控措施", "备注"],
    [1, "中心领导", "主任", "邰斐然", "疫苗采购指定供应商", "重点", "采购经班子会研究，全程公开。", ""],
    [2, "检验科", "科长", "邰朔宁", "检测报告", "出具不实", "较高", "报告双签发，原始记录留存。"],
    [3, "检验科", "检验员", "蒯湛清", "样品检测数据随意修改", "较高", "数据系统留痕，修改须审批。", ""],
    [4, "免疫规划科", "科长", "蒯芷汀", "疫苗出入库", "账实不符", "重点", "每月盘点，出入库双人签字。"],
    [5, "免疫规划科", "科员", "邰沐阳", "接种信息登记不全", "一般", "登记信息每周抽查。", ""],
]  # fmt: skip


def test_a_split_row_ending_under_a_blank_remarks_heading_is_joined(tmp_path):
    got = run(tmp_path, CDC)
    assert read(got) == sorted([
        ("主任", "邰斐然", "疫苗采购指定供应商", "Ⅰ级"),
        ("科长", "邰朔宁", "检测报告,出具不实", "Ⅱ级"),
        ("检验员", "蒯湛清", "样品检测数据随意修改", "Ⅱ级"),
        ("科长", "蒯芷汀", "疫苗出入库,账实不符", "Ⅰ级"),
        ("科员", "邰沐阳", "接种信息登记不全", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    issue = got.issues[got.issues["code"] == "ROWS_SPLIT_AT_COMMA"]
    assert len(issue) == 1 and "4、6" in issue["message"].iloc[0]


HOUSING = [
    ["股室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
    ["建筑市场股", "股长", "牟澈言", "招标文件设置倾向性条款", "一级", "招标文件集体审查后发布。"],
    # the point typed with two half-width commas: two cells more, the level two columns right
    ["建筑市场股", "科员", "牟晗笙", "施工许可", "资料不全", "照样发证", "一级", "办件资料逐项核对，限时办结。"],
    ["质量安全站", "站长", "麴泠然", "质量安全检查流于形式", "二级", "检查结果公示，问题限期整改。"],
    # the point and the measures each typed with one comma
    ["质量安全站", "监督员", "麴泠然", "违规出具竣工验收意见", "收受好处", "一级", "验收意见集体会商", "留痕备查。"],
    ["房产管理股", "股长", "牟澈言", "物业专项维修资金审批不严", "三级", "资金使用公示，业主签字确认。"],
]  # fmt: skip


def test_a_point_of_two_commas_and_split_measures_are_joined(tmp_path):
    got = run(tmp_path, HOUSING)
    assert read(got) == sorted([
        ("股长", "牟澈言", "招标文件设置倾向性条款", "Ⅰ级"),
        ("科员", "牟晗笙", "施工许可,资料不全,照样发证", "Ⅰ级"),
        ("站长", "麴泠然", "质量安全检查流于形式", "Ⅱ级"),
        ("监督员", "麴泠然", "违规出具竣工验收意见,收受好处", "Ⅰ级"),
        ("股长", "牟澈言", "物业专项维修资金审批不严", "Ⅲ级"),
    ])  # fmt: skip
    r = got.risks
    assert list(r[r["title"] == "监督员"]["measures"]) == ["验收意见集体会商,留痕备查。"]
    no_errors(got)
    assert "ROWS_SPLIT_AT_COMMA" in codes(got)


def test_a_remark_typed_past_the_heading_is_no_split_row(tmp_path):
    rows = [list(r) for r in WATER]
    rows[2] = [*rows[2], "已整改。"]
    rows[4] = [*rows[4], "2025年新增"]
    got = run(tmp_path, rows)
    assert read(got) == sorted([
        ("大队长", "阙霖皓", "河道采砂执法选择性查处", "Ⅰ级"),
        ("执法员", "阙霖皓", "涉河项目审批走过场", "Ⅱ级"),
        ("股长", "芮沅舟", "小型水库除险加固验收不严", "Ⅰ级"),
        ("技术员", "芮沅舟", "工程计量签证虚增", "Ⅱ级"),
        ("股长", "郦汀蘅", "灌区配套资金拨付不按进度", "Ⅲ级"),
    ])  # fmt: skip
    assert "ROWS_SPLIT_AT_COMMA" not in codes(got)


def test_points_holding_commas_in_their_own_cell_are_untouched(tmp_path):
    rows = [list(r) for r in HOUSING if len(r) == 6]
    rows[1][3] = "招标文件设置倾向性条款,排斥潜在投标人"
    rows[2][3] = "质量安全检查流于形式,隐患整改不跟踪"
    got = run(tmp_path, rows)
    assert read(got) == sorted([
        ("股长", "牟澈言", "招标文件设置倾向性条款,排斥潜在投标人", "Ⅰ级"),
        ("站长", "麴泠然", "质量安全检查流于形式,隐患整改不跟踪", "Ⅱ级"),
        ("股长", "牟澈言", "物业专项维修资金审批不严", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "ROWS_SPLIT_AT_COMMA" not in codes(got)


def test_a_row_no_join_realigns_is_read_as_before(tmp_path):
    rows = [list(r) for r in CDC]
    # the level left blank and a note typed in its place: no level word right of it
    rows[4] = [
        3,
        "检验科",
        "检验员",
        "蒯湛清",
        "样品检测数据随意修改",
        "待定",
        "数据系统留痕。",
        "见附件",
    ]
    rows[3] = [2, "检验科", "科长", "邰朔宁", "检测报告出具不实", "较高", "报告双签发。", ""]
    rows[5] = [4, "免疫规划科", "科长", "蒯芷汀", "疫苗出入库账实不符", "重点", "每月盘点。", ""]
    got = run(tmp_path, rows)
    assert "ROWS_SPLIT_AT_COMMA" not in codes(got)
    r = got.risks
    assert list(r[r["person"] == "蒯湛清"]["risk_point"]) == ["样品检测数据随意修改"]


_PLAIN = [
    ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
    ["1", "办公室", "主任", "邝明远", "公务接待超标准", "一级", "严格执行接待标准。"],
    ["2", "办公室", "科员", "邝明远", "公车私用", "二级", "车辆统一调度。"],
    ["3", "财务科", "科长", "闵慧", "虚列支出", "一级", "票据三级审核。"],
    ["4", "财务科", "出纳", "闵慧", "挪用公款", "二级", "定期盘点现金。"],
    ["5", "执法科", "科长", "芮涛", "执法检查吃拿卡要", "三级", "执法全过程记录。"],
]  # fmt: skip


def test_what_the_hundred_and_thirty_third_review_found_holders_split_at_the_comma(tmp_path):
    """Two holders typed '闵慧,芮涛' in the 姓名 cell (or two posts '科长,副科长' in 岗位, two
    科室 '办公室,财务科'), split by
    the same unquoted export: the rule had joined the second name to the point ('芮涛,虚列支出',
    the point of 闵慧 alone). The join may be in the holders' cell where both halves are names
    (posts): the point is the point, each holder has it. A point split after a name-like first
    half ('虚列支出,套取资金') is still joined in the point, not in the 姓名."""
    rows = [list(r) for r in _PLAIN]
    rows[3] = ["3", "财务科", "科长", "闵慧", "芮涛", "虚列支出", "一级", "票据三级审核。"]
    got = run(tmp_path / "names", rows)
    no_errors(got)
    assert "ROWS_SPLIT_AT_COMMA" in codes(got)
    mine = [x for x in read(got) if x[2] == "虚列支出"]
    assert [(p, lv) for _t, p, _pt, lv in mine] == [("芮涛", "Ⅰ级"), ("闵慧", "Ⅰ级")]
    rows = [list(r) for r in _PLAIN]
    rows[3] = ["3", "财务科", "科长", "副科长", "闵慧", "虚列支出", "一级", "票据三级审核。"]
    got = run(tmp_path / "posts", rows)
    no_errors(got)
    assert ("闵慧", "虚列支出", "Ⅰ级") in [(p, pt, lv) for _t, p, pt, lv in read(got)]
    rows = [list(r) for r in _PLAIN]
    rows[3] = ["3", "财务科", "科长", "闵慧", "虚列支出", "套取资金", "一级", "票据三级审核。"]
    got = run(tmp_path / "point", rows)
    assert ("闵慧", "虚列支出,套取资金", "Ⅰ级") in [(p, pt, lv) for _t, p, pt, lv in read(got)]
    rows = [list(r) for r in _PLAIN]
    rows[3] = ["3", "办公室", "财务科", "科长", "闵慧", "虚列支出", "一级", "票据三级审核。"]
    got = run(tmp_path / "depts", rows)
    no_errors(got)
    assert ("闵慧", "虚列支出", "Ⅰ级") in [(p, pt, lv) for _t, p, pt, lv in read(got)]
