"""A 序号 (or 编号) heading merged over level sub-columns, each row writing its running number in
the one sub-column of its point's level, the table with no level column of its own: the
sub-column written is the row's level (info LEVEL_BY_NUMBER_COLUMN naming the heading), never a
序号 column (the first sub-column) plus tick columns for the rest, which lost the level of every
row numbered in the first one; a sign-off line opening in that column ('填报：办公室') stays a
sign-off, not a row.

Not the published batch's file (batch935: a 国土空间规划所's 排查表, ``序号`` over ``一级 | 二级 |
三级`` in columns A–C, '填表：综合股' under it): a 县卫生健康局's list with ``编号`` over ``Ⅰ级 | Ⅱ级 |
Ⅲ级`` and its sign-off '填报：办公室'; a 县市场监督管理局's with ``高 | 中 | 低`` under it, group
rows '一、登记注册股' a 科室 and the numbers written '1.' running past nine ('10.'); a 县图书馆's
with two sub-columns ``一级风险 | 二级风险`` and '填表：采编部 | 审核：' under them. (A text in the
first sub-column, or a number of three characters, is what made it no tick column before.) Other posts, names and words, written with xlsxwriter
(tests/helpers.py) and read back as ``collect_inbox`` reads a file. Near-misses an ordinary file
has read as before: a 序号 column of its own beside √-ticked ``一级 | 二级 | 三级`` under 风险等级,
and counts under ``高 | 中 | 低`` of a 风险点数 heading.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str], name: str = "排查表.xlsx"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / name, {"排查表": rows}, {"排查表": merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return list(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


HEALTH = [
    ["XX县卫生健康局岗位廉政风险点排查表", None, None, None, None, None, None, None],
    ["编号", None, None, "科室", "岗位", "姓名", "风险点", "防控措施"],
    ["Ⅰ级", "Ⅱ级", "Ⅲ级", None, None, None, None, None],
    [1, None, None, "医政医管股", "股长", "鲍思齐", "医疗机构校验中降低标准放行", "校验结果集体审定并公示。"],
    [None, 2, None, None, None, None, "接受医疗机构吃请", "签订廉洁承诺书。"],
    [None, None, 3, None, "科员", "卓晓岚", "投诉处理拖延不办", "投诉限时办结，登记台账。"],
    [4, None, None, "公共卫生股", "股长", "滕予宁", "疫苗配送单位选定暗箱操作", "配送单位公开比选。"],
    [None, 5, None, None, None, None, "监督检查走过场", "检查双人执法，全程记录。"],
    ["填报：办公室", None, None, None, "审核人：", None, "2025年3月", None],
]  # fmt: skip
HEALTH_MERGES = ["A1:H1", "A2:C2", "D2:D3", "E2:E3", "F2:F3", "G2:G3", "H2:H3", "D4:D6", "E4:E5",
                 "F4:F5", "D7:D8", "E7:E8", "F7:F8"]  # fmt: skip


def test_numbers_under_roman_levels_give_each_row_its_level(tmp_path):
    got = run(tmp_path, HEALTH, HEALTH_MERGES)
    assert read(got) == [
        ("股长", "鲍思齐", "医疗机构校验中降低标准放行", "Ⅰ级"),
        ("股长", "鲍思齐", "接受医疗机构吃请", "Ⅱ级"),
        ("科员", "卓晓岚", "投诉处理拖延不办", "Ⅲ级"),
        ("股长", "滕予宁", "疫苗配送单位选定暗箱操作", "Ⅰ级"),
        ("股长", "滕予宁", "监督检查走过场", "Ⅱ级"),
    ]
    # the sign-off under the table is no row: no post '审核人：', no point '2025年3月'
    assert "审核人：" not in set(got.posts["title"])
    assert "LEVEL_BY_NUMBER_COLUMN" in codes(got)
    said = got.issues[got.issues["code"] == "LEVEL_BY_NUMBER_COLUMN"].iloc[0]
    assert said["cell"] == "A2" and "编号" in said["message"]
    no_errors(got)


MARKET_POINTS = [
    ("一、登记注册股", [
        ("股长", "阙晨阳", "为不符合条件的企业违规办理登记", "高"),
        ("股长", "阙晨阳", "违规变更企业登记事项", "高"),
        ("股长", "阙晨阳", "接受企业宴请", "低"),
        ("登记员", "冼若溪", "故意刁难办事群众", "中"),
        ("登记员", "冼若溪", "泄露企业登记信息", "低"),
    ]),
    ("二、稽查大队", [
        ("大队长", "郦承泽", "案件查处中徇私枉法", "高"),
        ("大队长", "郦承泽", "违规减免罚款", "高"),
        ("大队长", "郦承泽", "泄露举报人信息", "中"),
        ("队员", "訾沐晴", "执法检查收受财物", "中"),
        ("队员", "訾沐晴", "检查记录弄虚作假", "低"),
        ("队员", "訾沐晴", "涉案物品保管不善", "低"),
    ]),
]  # fmt: skip
ROMAN = {"高": "Ⅰ级", "中": "Ⅱ级", "低": "Ⅲ级"}


def market() -> tuple[list[list], list[str]]:
    """序号 over 高 | 中 | 低 under group rows a 科室, the numbers running on past 9 as '10.'."""
    rows: list[list] = [["XX县市场监督管理局廉政风险点一览表"], ["序号", None, None, "职务", "责任人", "廉政风险点", "防控措施"],
                        ["高", "中", "低", None, None, None, None]]  # fmt: skip
    merges = ["A1:G1", "A2:C2", "D2:D3", "E2:E3", "F2:F3", "G2:G3"]
    n = 0
    for group, points in MARKET_POINTS:
        merges.append(f"A{len(rows) + 1}:G{len(rows) + 1}")
        rows.append([group, None, None, None, None, None, None])
        for post, who, point, lv in points:
            n += 1
            cells: list = [None, None, None]
            cells["高中低".index(lv)] = f"{n}."
            rows.append([*cells, post, who, point, "集体研究，全程留痕。"])
    return rows, merges


def test_high_middle_low_under_group_rows_numbered_past_nine(tmp_path):
    got = run(tmp_path, *market())
    assert read(got) == [(p, w, pt, ROMAN[lv]) for _, ps in MARKET_POINTS for p, w, pt, lv in ps]
    assert set(got.risks["department"]) == {"登记注册股", "稽查大队"}
    assert "LEVEL_BY_NUMBER_COLUMN" in codes(got)
    no_errors(got)


LIBRARY = [
    ["XX县图书馆廉政风险防控清单"],
    ["序号", None, "岗位", "姓名", "风险点", "防控措施"],
    ["一级风险", "二级风险", None, None, None, None],
    [1, None, "馆长", "褚清和", "图书采购指定供应商", "采购经馆务会研究，公开比选。"],
    [None, 2, "馆长", "褚清和", "接受出版社礼品", "廉洁承诺，礼品登记上交。"],
    [3, None, "采编部主任", "祁暮云", "验收把关不严", "验收两人签字。"],
    [4, None, "采编部主任", "祁暮云", "编目数据弄虚作假", "编目数据抽查复核。"],
    ["填表：采编部", None, "审核：", None, "2025年5月", None],
]  # fmt: skip


def test_two_level_sub_columns(tmp_path):
    got = run(tmp_path, LIBRARY, ["A1:F1", "A2:B2", "C2:C3", "D2:D3", "E2:E3", "F2:F3"])
    assert read(got) == [
        ("馆长", "褚清和", "图书采购指定供应商", "Ⅰ级"),
        ("馆长", "褚清和", "接受出版社礼品", "Ⅱ级"),
        ("采编部主任", "祁暮云", "验收把关不严", "Ⅰ级"),
        ("采编部主任", "祁暮云", "编目数据弄虚作假", "Ⅰ级"),
    ]
    assert "审核：" not in set(got.posts["title"])
    assert "LEVEL_BY_NUMBER_COLUMN" in codes(got)
    no_errors(got)


def test_a_number_column_of_its_own_beside_ticked_levels_reads_as_before(tmp_path):
    rows = [
        ["XX县卫生健康局岗位廉政风险点排查表"],
        ["序号", "岗位", "姓名", "风险点", "风险等级", None, None, "防控措施"],
        [None, None, None, None, "一级", "二级", "三级", None],
        [1, "股长", "鲍思齐", "医疗机构校验中降低标准放行", "√", None, None, "校验结果集体审定。"],
        [2, "股长", "鲍思齐", "接受医疗机构吃请", None, "√", None, "签订廉洁承诺书。"],
        [3, "科员", "卓晓岚", "投诉处理拖延不办", None, None, "√", "投诉限时办结。"],
    ]  # fmt: skip
    merges = ["A1:H1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:G2", "H2:H3"]
    got = run(tmp_path, rows, merges)
    assert read(got) == [
        ("股长", "鲍思齐", "医疗机构校验中降低标准放行", "Ⅰ级"),
        ("股长", "鲍思齐", "接受医疗机构吃请", "Ⅱ级"),
        ("科员", "卓晓岚", "投诉处理拖延不办", "Ⅲ级"),
    ]
    assert "LEVEL_BY_NUMBER_COLUMN" not in codes(got)
    no_errors(got)


def test_counts_under_levels_of_a_count_heading_read_as_before(tmp_path):
    rows = [
        ["XX县图书馆廉政风险点统计表"],
        ["序号", "岗位", "姓名", "风险点数", None, None, "廉政风险点", "防控措施"],
        [None, None, None, "高", "中", "低", None, None],
        [1, "馆长", "褚清和", 1, 1, 0, "1.图书采购指定供应商\n2.接受出版社礼品", "采购公开比选，礼品登记上交。"],
        [2, "采编部主任", "祁暮云", 0, 1, 1, "1.验收把关不严\n2.编目数据弄虚作假", "验收两人签字。"],
        [3, "流通部主任", "鄢若汀", 0, 0, 1, "1.违规减免读者赔偿", "赔偿按标准收取。"],
    ]  # fmt: skip
    merges = ["A1:H1", "A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:G3", "H2:H3"]
    got = run(tmp_path, rows, merges)
    assert read(got) == [
        ("馆长", "褚清和", "图书采购指定供应商", "Ⅰ级"),
        ("馆长", "褚清和", "接受出版社礼品", "Ⅱ级"),
        ("采编部主任", "祁暮云", "验收把关不严", "Ⅱ级"),
        ("采编部主任", "祁暮云", "编目数据弄虚作假", "Ⅲ级"),
        ("流通部主任", "鄢若汀", "违规减免读者赔偿", "Ⅲ级"),
    ]
    assert "LEVEL_BY_NUMBER_COLUMN" not in codes(got)


def test_the_code_is_catalogued_in_chinese():
    severity, text = CATALOGUE["LEVEL_BY_NUMBER_COLUMN"]
    assert severity == "info" and "{field}" in text and "{value}" in text
    assert "序号" in SHORT["LEVEL_BY_NUMBER_COLUMN"]
