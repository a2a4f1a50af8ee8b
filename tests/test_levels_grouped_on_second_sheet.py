"""A list with NO level column whose levels another sheet gives by a small table grouping the
list's 序号, its numbers' column named by the points it holds (``风险级别 | 包含风险点`` over
``高 | 1、3、8``, ``中 | 2、4-6``, ``低 | 7``): each point takes the level of the group naming its
number (TYPES_LEVELS_BY_STATISTICS, and info STATISTICS_NUMBERS_UNDER_POINTS at the heading); a
list number no group names, or one named under two levels, keeps no level, warned at its cell
(STATISTICS_NUMBER_UNMATCHED). Before, such a column was taken for a legend of scores and the
sheet for no table: every point LEVEL_BLANK (batch1078's 西源街道). And under a list, the plain
table of levels on the same sheet (bare numbers under ``风险点编号``) now warns a list number no
group names at its 序号 (LEVEL_GROUP_NUMBER_UNMATCHED; before: only LEVEL_BLANK at its level cell).
Not that batch's words: a 市场监督管理局's ``等级 | 所含风险点`` over ``Ⅰ级 | 1,4,5``, ``Ⅱ级 | 2-3``;
a 村民委员会's ``风险等级 | 风险点`` over ``高风险 | 1、2``, ``中风险 | 3至4``, ``低风险 | 3、6`` with a
7 in none; a 卫生健康局's ``风险级别 | 风险点编号`` under its list with a 5 in none; and the
near-misses (a legend in words, counts, a cell of words under the heading, every number named),
which read as before (checked with the reader at 3d33a9ea).
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import ROW_KEYS, read_file
from xlproc.config import load_config


def _read(path: Path):
    r = read_file(path, path.name, load_config())
    got = []
    for form in r.risks:
        for row in form:
            got.append(dict(zip(ROW_KEYS, row, strict=True))["risk_level"])
    return got, [(i.code, i.source_sheet, i.cell) for i in r.issues]


MARKET = [
    ["某县市场监督管理局岗位廉政风险点台账", None, None, None, None, None],
    ["序号", "股室", "职务", "姓名", "风险点", "防控措施"],
    [1, "局领导", "局长", "令狐沅", "执法案件干预说情", "案件集体审理。"],
    [2, "登记注册股", "股长", "慕容澈", "登记材料审查放宽", "初审复审分离。"],
    [3, "登记注册股", "股长", "慕容澈", "泄露企业信息", "信息查询留痕。"],
    [4, "食品安全股", "股员", "令狐渝", "抽检样品调换", "抽检两人到场。"],
    [5, "办公室", "会计", "慕容湘", "报账票据把关不严", "票据两人审核。"],
]


def test_levels_on_a_second_sheet_under_the_points_they_hold(tmp_path):
    key = [["等级", "所含风险点"], ["Ⅰ级", "1,4,5"], ["Ⅱ级", "2-3"]]
    path = write_workbook(tmp_path / "台账.xlsx", {"台账": MARKET, "等级划分": key})
    got, issues = _read(path)
    assert got == ["Ⅰ级", "Ⅱ级", "Ⅱ级", "Ⅰ级", "Ⅰ级"]
    assert ("STATISTICS_NUMBERS_UNDER_POINTS", "等级划分", "B1") in issues
    assert ("TYPES_LEVELS_BY_STATISTICS", "等级划分", "B1") in issues
    codes = {c for c, _s, _c in issues}
    assert not codes & {"LEVEL_BLANK", "STATISTICS_NUMBER_UNMATCHED", "SHEET_NO_TABLE"}


VILLAGE = [
    ["序号", "岗位", "廉政风险点", "防控措施"],
    [1, "村党总支书记", "集体资产处置个人决定", "四议两公开。"],
    [2, "村委会主任", "村级工程发包不公开", "工程公开比选。"],
    [3, "村委会主任", "低保评议优亲厚友", "评议结果公示。"],
    [4, "报账员", "村级票据把关不严", "票据两人审核。"],
    [5, "报账员", "集体收入坐收坐支", "收入当日入账。"],
    [6, "监委会主任", "村务监督走过场", "监督记录按月公开。"],
    [7, "网格员", "代办事项收取费用", "代办结果回访。"],
]


def test_a_number_under_two_levels_and_one_under_none_on_the_second_sheet(tmp_path):
    key = [
        ["村级廉政风险等级"],
        ["风险等级", "风险点"],
        ["高风险", "1、2"],
        ["中风险", "3至4"],
        ["低风险", "3、5、6"],
    ]
    path = write_workbook(tmp_path / "排查表.xlsx", {"排查表": VILLAGE, "风险等级": key})
    got, issues = _read(path)
    assert got == ["Ⅰ级", "Ⅰ级", "", "Ⅱ级", "Ⅲ级", "Ⅲ级", ""]
    unmatched = sorted(cell for c, _s, cell in issues if c == "STATISTICS_NUMBER_UNMATCHED")
    assert unmatched == ["C4", "C8"]  # (3 under two levels; 7 under none)
    assert ("STATISTICS_NUMBERS_UNDER_POINTS", "风险等级", "B2") in issues


HEALTH = [
    ["某县卫生健康局廉政风险防控清单", None, None, None],
    ["序号", "岗位", "风险点", "防控措施"],
    [1, "局长", "医疗机构校验说情", "校验集体研究。"],
    [2, "医政股长", "执业登记审查不严", "登记两人审核。"],
    [3, "医政股长", "投诉处理推诿", "投诉限时办结。"],
    [4, "会计", "专项资金拨付不及时", "按月对账。"],
    [5, "出纳", "公款私存", "资金存入单位账户。"],
    [None, None, None, None],
    ["风险级别", "风险点编号", None, None],
    ["一级", "1、2", None, None],
    ["二级", "3-4", None, None],
]


def test_a_list_number_no_group_names_under_the_list_is_warned(tmp_path):
    path = write_workbook(tmp_path / "清单.xlsx", {"清单": HEALTH})
    got, issues = _read(path)
    assert got == ["Ⅰ级", "Ⅰ级", "Ⅱ级", "Ⅱ级", ""]
    assert [cell for c, _s, cell in issues if c == "LEVEL_GROUP_NUMBER_UNMATCHED"] == ["A7"]
    assert "LEVEL_BY_NUMBER" in {c for c, _s, _c in issues}


def test_near_misses_read_as_before(tmp_path):
    def read(name, key, rows=VILLAGE):
        path = write_workbook(tmp_path / f"{name}.xlsx", {"排查表": rows, "风险等级": key})
        got, issues = _read(path)
        return got, {c for c, _s, _c in issues}

    # a legend of the levels in words under '风险点': no levels
    got, codes = read("legend", [
        ["风险等级", "风险点"],
        ["高风险", "涉及资金、工程的风险点"],
        ["中风险", "涉及评议、审核的风险点"],
    ])  # fmt: skip
    assert all(lv == "" for lv in got) and "STATISTICS_NUMBERS_UNDER_POINTS" not in codes
    # counts under '包含风险点', no number list: no levels
    got, codes = read("counts", [["风险级别", "包含风险点"], ["高", "3"], ["中", "2"], ["低", "2"]])
    assert all(lv == "" for lv in got) and "TYPES_LEVELS_BY_STATISTICS" not in codes
    # one cell of words under '包含风险点': not a column of numbers, no levels
    got, codes = read("words", [
        ["风险级别", "包含风险点"],
        ["高", "1、2"],
        ["中", "3-5"],
        ["低", "其余各项"],
    ])  # fmt: skip
    assert all(lv == "" for lv in got) and "STATISTICS_NUMBERS_UNDER_POINTS" not in codes
    # the heading says 序号: read as before, with no word of the heading
    got, codes = read("seq", [
        ["风险级别", "风险点序号"],
        ["高", "1、2"],
        ["中", "3-5"],
        ["低", "6、7"],
    ])  # fmt: skip
    assert got == ["Ⅰ级", "Ⅰ级", "Ⅱ级", "Ⅱ级", "Ⅱ级", "Ⅲ级", "Ⅲ级"]
    assert "TYPES_LEVELS_BY_STATISTICS" in codes
    assert "STATISTICS_NUMBERS_UNDER_POINTS" not in codes
    # the plain table under the list naming every number: no warning
    rows = [r[:] for r in HEALTH[:10]] + [["二级", "3-5", None, None]]
    path = write_workbook(tmp_path / "plain.xlsx", {"清单": rows})
    got, issues = _read(path)
    assert got == ["Ⅰ级", "Ⅰ级", "Ⅱ级", "Ⅱ级", "Ⅱ级"]
    assert "LEVEL_GROUP_NUMBER_UNMATCHED" not in {c for c, _s, _c in issues}
