"""Grids of the same shape stacked down one sheet, each under a section line naming its field
('（一）廉政风险点' / '（二）风险级别' / '（三）防控措施'), each with its own heading of holders and
numbered items over the same holder rows: the points in the first grid, each point's level and
measures in the SAME POSITION (holder row, item column) of the others (``_position_grids``).

Not the published batch's sheet (a 农机服务站's 登记表, ``序号 | 岗位 | 姓名 | 第一项 | 第二项 | 第三项``,
levels ``一级/二级/三级``): a 国有林场's, a 水库管理所's and a 疾控中心's forms, other posts and names,
items headed ``1 | 2``, ``风险一 | 风险二 | 风险三`` under a caption merged over them, post and
name in one cell, a 科室 column, a ``备注`` column after the items, levels 高/中/低 and Ⅰ级/Ⅱ级/Ⅲ级,
the measures grid before the levels' or missing, written with xlsxwriter (tests/helpers.py)
and read back as ``collect_inbox`` reads a file. Tables that look a bit alike but are not this
shape read as before.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str], sheet: str = "风险表"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "grids.xlsx", {sheet: rows}, {sheet: merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got, severity: str | None = None) -> list[str]:
    issues = got.issues
    if severity is not None:
        issues = issues[issues["severity"] == severity]
    return list(issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


FARM = [
    ["XX县国有林场岗位廉政风险点排查表"],
    ["单位：XX县国有林场", None, None, "2025年6月"],
    ["（一）廉政风险点"],
    ["编号", "职务", "姓名", "1", "2"],
    [1, "场长", "覃砚昶", "林木采伐指标分配个人说了算", "护林员聘用中优亲厚友"],
    [2, "生产股长", "韦澍宁", "造林苗木验收数量不实", "/"],
    [3, "护林员", "蒙栩岑", "巡山记录弄虚作假", "收受盗伐者好处放任不管"],
    ["（二）风险级别（对应第一部分同一位置）"],
    ["编号", "职务", "姓名", "1", "2"],
    [1, "场长", "覃砚昶", "高", "中"],
    [2, "生产股长", "韦澍宁", "中", "/"],
    [3, "护林员", "蒙栩岑", "低", "高"],
    ["（三）防控措施"],
    ["编号", "职务", "姓名", "1", "2"],
    [1, "场长", "覃砚昶", "采伐指标场务会研究并公示。", "聘用公开招考。"],
    [2, "生产股长", "韦澍宁", "验收两人以上到场。", "/"],
    [3, "护林员", "蒙栩岑", "巡山轨迹定位留存。", "举报电话公开。"],
    ["注：第二、三部分与第一部分同一位置的风险点对应。"],
]
FARM_MERGES = ["A1:E1", "A3:E3", "A8:E8", "A13:E13", "A18:E18"]


def test_three_grids_of_numbered_items_join_by_position(tmp_path):
    got = run(tmp_path, FARM, FARM_MERGES)
    assert read(got) == sorted([
        ("场长", "覃砚昶", "林木采伐指标分配个人说了算", "Ⅰ级"),
        ("场长", "覃砚昶", "护林员聘用中优亲厚友", "Ⅱ级"),
        ("生产股长", "韦澍宁", "造林苗木验收数量不实", "Ⅱ级"),
        ("护林员", "蒙栩岑", "巡山记录弄虚作假", "Ⅲ级"),
        ("护林员", "蒙栩岑", "收受盗伐者好处放任不管", "Ⅰ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "GRIDS_BY_POSITION" in codes(got, "info")
    assert "SHEET_NO_TABLE" not in codes(got)
    r = got.risks
    measures = dict(zip(r["risk_point"], r["measures"], strict=True))
    assert measures["巡山记录弄虚作假"] == "巡山轨迹定位留存。"
    assert measures["收受盗伐者好处放任不管"] == "举报电话公开。"


# two heading rows (the holders merged down, a caption over '风险一 | 风险二 | 风险三'), a 科室
# column, post and name in one cell, a 备注 column; the measures grid BEFORE the levels'
RESERVOIR = [
    ["XX水库管理所廉政风险防控登记表"],
    ["第一部分　风险事项"],
    ["股室", "岗位及姓名", "风险内容", None, None, "备注"],
    [None, None, "风险一", "风险二", "风险三", None],
    ["工程股", "股长　黎湛菁", "闸门维修工程量签证不实", "工程款拨付不按进度", "/", None],
    ["办公室", "出纳　伍旻珂", "库区渔业承包费收取不入账", "/", "/", None],
    ["第二部分　防控措施（与第一部分对应）"],
    ["股室", "岗位及姓名", "风险内容", None, None, "备注"],
    [None, None, "风险一", "风险二", "风险三", None],
    ["工程股", "股长　黎湛菁", "签证三方到场确认。", "拨付凭监理进度单。", "/", None],
    ["办公室", "出纳　伍旻珂", "承包费直接缴入财政账户。", "/", "/", None],
    ["第三部分　风险等级（与第一部分对应）"],
    ["股室", "岗位及姓名", "风险内容", None, None, "备注"],
    [None, None, "风险一", "风险二", "风险三", None],
    ["工程股", "股长　黎湛菁", "Ⅰ级", "Ⅱ级", "/", None],
    ["办公室", "出纳　伍旻珂", "Ⅱ级", "/", "/", None],
]
RESERVOIR_MERGES = [
    "A1:F1", "A2:F2", "A3:A4", "B3:B4", "C3:E3", "F3:F4",
    "A7:F7", "A8:A9", "B8:B9", "C8:E8", "F8:F9",
    "A12:F12", "A13:A14", "B13:B14", "C13:E13", "F13:F14",
]  # fmt: skip


def test_two_heading_rows_post_and_name_in_one_cell(tmp_path):
    got = run(tmp_path, RESERVOIR, RESERVOIR_MERGES)
    assert read(got) == sorted([
        ("股长", "黎湛菁", "闸门维修工程量签证不实", "Ⅰ级"),
        ("股长", "黎湛菁", "工程款拨付不按进度", "Ⅱ级"),
        ("出纳", "伍旻珂", "库区渔业承包费收取不入账", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    r = got.risks
    assert sorted(set(r["department"])) == ["办公室", "工程股"]
    measures = dict(zip(r["risk_point"], r["measures"], strict=True))
    assert measures["工程款拨付不按进度"] == "拨付凭监理进度单。"


# two grids only: points and levels, no measures
CDC = [
    ["XX县疾病预防控制中心岗位廉政风险点"],
    ["一、风险点"],
    ["序号", "岗位", "姓名", "第一条", "第二条", "第三条"],
    [1, "主任", "符珺暄", "疫苗采购指定供应商", "检测收费减免个人说了算", "人员招聘暗箱操作"],
    [2, "检验员", "骆芃枫", "检测报告出具不实", "", ""],
    ["二、风险等级"],
    ["序号", "岗位", "姓名", "第一条", "第二条", "第三条"],
    [1, "主任", "符珺暄", "一级", "二级", "一级"],
    [2, "检验员", "骆芃枫", "二级", "", ""],
]


def test_two_grids_points_and_levels(tmp_path):
    got = run(tmp_path, CDC, ["A1:F1", "A2:F2", "A6:F6"])
    assert read(got) == sorted([
        ("主任", "符珺暄", "疫苗采购指定供应商", "Ⅰ级"),
        ("主任", "符珺暄", "检测收费减免个人说了算", "Ⅱ级"),
        ("主任", "符珺暄", "人员招聘暗箱操作", "Ⅰ级"),
        ("检验员", "骆芃枫", "检测报告出具不实", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "GRIDS_BY_POSITION" in codes(got, "info")


def test_level_blank_and_level_without_point_are_reported(tmp_path):
    rows = [list(x) for x in CDC]
    rows[7] = [1, "主任", "符珺暄", "一级", "", "一级"]  # E8 blank: its point has no level
    rows[8] = [2, "检验员", "骆芃枫", "二级", "三级", ""]  # E9: a level with no point
    got = run(tmp_path, rows, ["A1:F1", "A2:F2", "A6:F6"])
    assert len(read(got)) == 4
    issues = got.issues
    blank = issues[issues["code"] == "LEVEL_BLANK"]
    assert list(blank["cell"]) == ["E8"], issues.to_dict("records")
    orphan = issues[issues["code"] == "GRIDS_CELL_NO_POINT"]
    assert list(orphan["cell"]) == ["E9"] and list(orphan["severity"]) == ["warning"]


def test_grids_of_other_rows_are_not_joined(tmp_path):
    rows = [list(x) for x in CDC]
    rows[8] = [2, "检验员", "骆澄枫", "二级", "", ""]  # another name in the levels' grid
    got = run(tmp_path, rows, ["A1:F1", "A2:F2", "A6:F6"])
    assert codes(got).count("GRIDS_ROWS_DIFFER") == 1
    assert "GRIDS_BY_POSITION" not in codes(got)
    no_errors(got)


# --------------------------------------------------------------------------- read as before


def test_post_bands_of_labelled_rows_as_before(tmp_path):
    # '序号 | 岗位 | 姓名 | 项目 | 第一项 | 第二项', each holder a band of labelled rows
    # (廉政风险点 / 风险等级 / 防控措施): one grid, its fields by the rows' labels (TABLE_POST_BANDS)
    rows = [
        ["XX镇财政所岗位廉政风险公示表"],
        ["序号", "岗位", "姓名", "项目", "第一项", "第二项"],
        [1, "所长", "庞歆媛", "廉政风险点", "惠农资金发放审核把关不严", "会计凭证审批签字走过场"],
        [None, None, None, "风险等级", "高", "中"],
        [None, None, None, "防控措施", "发放名单公示。", "凭证三签。"],
        [2, "会计", "甘骐珩", "廉政风险点", "虚列支出套取资金", "/"],
        [None, None, None, "风险等级", "高", "/"],
        [None, None, None, "防控措施", "支出凭证逐笔审核。", "/"],
    ]
    got = run(tmp_path, rows, ["A1:F1", "A3:A5", "B3:B5", "C3:C5", "A6:A8", "B6:B8", "C6:C8"])
    assert read(got) == sorted([
        ("所长", "庞歆媛", "惠农资金发放审核把关不严", "Ⅰ级"),
        ("所长", "庞歆媛", "会计凭证审批签字走过场", "Ⅱ级"),
        ("会计", "甘骐珩", "虚列支出套取资金", "Ⅰ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "GRIDS_BY_POSITION" not in codes(got)


def test_two_ordinary_lists_on_one_sheet_as_before(tmp_path):
    head = ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"]
    rows = [
        ["XX县图书馆廉政风险防控清单"],
        ["一、馆领导"],
        head,
        [1, "馆长", "柴昀澍", "图书采购指定书商", "高", "采购公开招标。"],
        ["二、业务部门"],
        head,
        [1, "采编员", "戴沁瑶", "图书验收数量不实", "中", "验收双人签字。"],
        [2, "会计", "储霖翾", "报账审核不严", "低", "报账三级审批。"],
    ]
    got = run(tmp_path, rows, ["A1:F1", "A2:F2", "A5:F5"])
    assert read(got) == sorted([
        ("馆长", "柴昀澍", "图书采购指定书商", "Ⅰ级"),
        ("采编员", "戴沁瑶", "图书验收数量不实", "Ⅱ级"),
        ("会计", "储霖翾", "报账审核不严", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "GRIDS_BY_POSITION" not in codes(got)


def test_list_pasted_page_by_page_as_before(tmp_path):
    head = ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"]
    rows = [
        ["XX乡农业服务中心岗位廉政风险点登记表"],
        head,
        [1, "主任", "邝湘琦", "惠农补贴面积核实不实", "一级", "面积核实交叉抽查。"],
        [2, "农技员", "鄢晗昱", "良种发放登记不实", "二级", "发放到户签字。"],
        ["第1页"],
        head,
        [3, "会计", "晏珮瑄", "项目资金拨付不按进度", "二级", "拨付凭验收单。"],
        ["第2页"],
    ]
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        ("主任", "邝湘琦", "惠农补贴面积核实不实", "Ⅰ级"),
        ("农技员", "鄢晗昱", "良种发放登记不实", "Ⅱ级"),
        ("会计", "晏珮瑄", "项目资金拨付不按进度", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "GRIDS_BY_POSITION" not in codes(got)


# --------------------------------------------------------------------------- the 127th review

_REVIEW127_HEAD = ["编号", "职务", "姓名", "1", "2"]


def _review127_farm(post3: str | None = "护林员", names2: bool = True) -> list[list]:
    def n(v: str) -> str | None:
        return v if names2 else None

    h = _REVIEW127_HEAD
    return [
        ["XX县国有林场岗位廉政风险点排查表"], ["（一）廉政风险点"], h,
        [1, "场长", "覃砚昶", "林木采伐指标分配个人说了算", "护林员聘用中优亲厚友"],
        [2, "护林员", "韦澍宁", "造林苗木验收数量不实", "/"],
        [3, post3, "蒙栩岑", "巡山记录弄虚作假", "收受盗伐者好处放任不管"],
        ["（二）风险级别"], h,
        [1, "场长", n("覃砚昶"), "高", "中"], [2, "护林员", n("韦澍宁"), "中", "/"],
        [3, post3, n("蒙栩岑"), "低", "高"],
    ]  # fmt: skip


_REVIEW127_READ = sorted([
    ("场长", "覃砚昶", "林木采伐指标分配个人说了算", "Ⅰ级"),
    ("场长", "覃砚昶", "护林员聘用中优亲厚友", "Ⅱ级"),
    ("护林员", "韦澍宁", "造林苗木验收数量不实", "Ⅱ级"),
    ("护林员", "蒙栩岑", "巡山记录弄虚作假", "Ⅲ级"),
    ("护林员", "蒙栩岑", "收受盗伐者好处放任不管", "Ⅰ级"),
])  # fmt: skip


def test_what_the_hundred_and_twenty_seventh_review_found_a_post_merged_down(tmp_path):
    # B5:B6 and B10:B11: 蒙栩岑's post is the merge's, 护林员 (not empty)
    got = run(tmp_path, _review127_farm(post3=None), ["A1:E1", "B5:B6", "B10:B11"])
    assert read(got) == _REVIEW127_READ
    assert "GRIDS_BY_POSITION" in codes(got, "info")
    assert "GRIDS_ROWS_DIFFER" not in codes(got)


def test_what_the_hundred_and_twenty_seventh_review_found_names_only_in_the_first_grid(tmp_path):
    got = run(tmp_path, _review127_farm(names2=False), ["A1:E1"])
    assert read(got) == _REVIEW127_READ
    assert "GRIDS_ROWS_DIFFER" not in codes(got)


def test_what_the_hundred_and_twenty_seventh_review_found_a_sign_off_under_the_grids(tmp_path):
    rows = [list(x) for x in FARM[:-1]] + [["填表人", "韦澍宁", "审核人", "覃砚昶"]]
    got = run(tmp_path, rows, FARM_MERGES[:-1])
    assert read(got) == sorted([
        ("场长", "覃砚昶", "林木采伐指标分配个人说了算", "Ⅰ级"),
        ("场长", "覃砚昶", "护林员聘用中优亲厚友", "Ⅱ级"),
        ("生产股长", "韦澍宁", "造林苗木验收数量不实", "Ⅱ级"),
        ("护林员", "蒙栩岑", "巡山记录弄虚作假", "Ⅲ级"),
        ("护林员", "蒙栩岑", "收受盗伐者好处放任不管", "Ⅰ级"),
    ])  # fmt: skip
    assert "GRIDS_ROWS_DIFFER" not in codes(got)


def test_what_the_hundred_and_twenty_seventh_review_found_rows_that_differ_read_nothing(tmp_path):
    # the levels' grid names another holder: not joined, and no level word read as a point
    rows = _review127_farm()
    rows[10] = [3, "护林员", "蒙澍岑", "低", "高"]
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == []
    assert codes(got).count("GRIDS_ROWS_DIFFER") == 1
    assert "LEVEL_COLUMNS" not in codes(got)


def test_what_the_hundred_and_twenty_seventh_review_found_section_words_qualified(tmp_path):
    # '二、风险点等级' names the level, '三、风险点防控措施' the measures: the last field word
    rows = [list(x) for x in FARM]
    rows[2], rows[7], rows[12] = ["一、风险点"], ["二、风险点等级"], ["三、风险点防控措施"]
    got = run(tmp_path, rows, FARM_MERGES)
    assert read(got) == sorted([
        ("场长", "覃砚昶", "林木采伐指标分配个人说了算", "Ⅰ级"),
        ("场长", "覃砚昶", "护林员聘用中优亲厚友", "Ⅱ级"),
        ("生产股长", "韦澍宁", "造林苗木验收数量不实", "Ⅱ级"),
        ("护林员", "蒙栩岑", "巡山记录弄虚作假", "Ⅲ级"),
        ("护林员", "蒙栩岑", "收受盗伐者好处放任不管", "Ⅰ级"),
    ])  # fmt: skip
    assert "GRIDS_BY_POSITION" in codes(got, "info")
    measures = dict(zip(got.risks["risk_point"], got.risks["measures"], strict=True))
    assert measures["巡山记录弄虚作假"] == "巡山轨迹定位留存。"


def test_what_the_hundred_and_twenty_seventh_review_found_a_gloss_beside_the_section(tmp_path):
    h = _REVIEW127_HEAD
    rows = [
        ["XX县国有林场岗位廉政风险点排查表"], ["一、廉政风险点", None, None, None, "（各岗位填写）"], h,
        [1, "场长", "覃砚昶", "林木采伐指标分配个人说了算", "护林员聘用中优亲厚友"],
        [2, "护林员", "蒙栩岑", "巡山记录弄虚作假", "收受盗伐者好处放任不管"],
        ["二、风险等级", None, None, None, "（高、中、低）"], h,
        [1, "场长", "覃砚昶", "高", "中"], [2, "护林员", "蒙栩岑", "低", "高"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("场长", "覃砚昶", "林木采伐指标分配个人说了算", "Ⅰ级"),
        ("场长", "覃砚昶", "护林员聘用中优亲厚友", "Ⅱ级"),
        ("护林员", "蒙栩岑", "巡山记录弄虚作假", "Ⅲ级"),
        ("护林员", "蒙栩岑", "收受盗伐者好处放任不管", "Ⅰ级"),
    ])  # fmt: skip
    assert "GRIDS_BY_POSITION" in codes(got, "info")


def test_what_the_hundred_and_twenty_seventh_review_found_item_labels_per_grid(tmp_path):
    # '风险点1 | 风险点2', '等级1 | 等级2', '措施1 | 措施2': the items by their numbers, each
    # grid's labels naming its own field
    rows = [list(x) for x in FARM]
    rows[3] = ["编号", "职务", "姓名", "风险点1", "风险点2"]
    rows[8] = ["编号", "职务", "姓名", "等级1", "等级2"]
    rows[13] = ["编号", "职务", "姓名", "措施1", "措施2"]
    got = run(tmp_path, rows, FARM_MERGES)
    assert read(got) == sorted([
        ("场长", "覃砚昶", "林木采伐指标分配个人说了算", "Ⅰ级"),
        ("场长", "覃砚昶", "护林员聘用中优亲厚友", "Ⅱ级"),
        ("生产股长", "韦澍宁", "造林苗木验收数量不实", "Ⅱ级"),
        ("护林员", "蒙栩岑", "巡山记录弄虚作假", "Ⅲ级"),
        ("护林员", "蒙栩岑", "收受盗伐者好处放任不管", "Ⅰ级"),
    ])  # fmt: skip
    assert "GRIDS_BY_POSITION" in codes(got, "info")
    no_errors(got)


def test_what_the_hundred_and_twenty_seventh_review_found_labels_of_another_field(tmp_path):
    # '措施1 | 措施2' over the levels' grid: the labels contradict the line, not joined
    rows = [list(x) for x in FARM]
    rows[8] = ["编号", "职务", "姓名", "措施1", "措施2"]
    got = run(tmp_path, rows, FARM_MERGES)
    assert "GRIDS_BY_POSITION" not in codes(got)
