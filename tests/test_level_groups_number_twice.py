"""A list with NO level column followed on its sheet by a PLAIN table grouping the list's 序号 by
level (bare numbers, no count column: ``风险级别 | 风险点编号`` over ``高 | 1、2、5``), in which one
number is written under two levels (a slip): the table still gives every other point the level
of the group naming its number; the point named twice keeps no level (info
LEVEL_GROUPS_NUMBER_TWICE at the numbers' heading, LEVEL_GROUP_NUMBER_UNMATCHED at both cells
naming it). Before, the slip dropped the table: with only the two columns the statistics-sheet
rule took it (the same levels, but said as a statistics table counting points by level and type,
TYPES_LEVELS_BY_STATISTICS, STATISTICS_NUMBER_UNMATCHED at the point), and with a third column
of words (``备注``, ``等级说明``) nothing took it — every point LEVEL_BLANK, the table set aside
(batch1086's 林业和草原局). Not that batch's words: a 水务局's ``风险级别 | 风险点编号`` over
``高 | 1、2、5`` …; a 中学's ``等级 | 序号 | 备注`` over ``Ⅰ级 | 1-3 | …`` with 3 under Ⅰ级 and Ⅱ级; a
卫生院's ``一级风险``… with a caption and a sign-off; and the near-misses (two numbers of seven
twice, a count column beside, a number twice in one cell, a slip beside a number the list
lacks, no slip), which read as before (checked with the reader at 4bbfd35d).
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import ROW_KEYS, read_file
from xlproc.config import load_config

NEW = {"LEVEL_GROUPS_NUMBER_TWICE"}
STATS = {"TYPES_LEVELS_BY_STATISTICS", "STATISTICS_NUMBER_UNMATCHED"}


def _read(path: Path):
    r = read_file(path, path.name, load_config())
    got = []
    for post, form in zip(r.posts, r.risks, strict=True):
        for row in form:
            d = dict(zip(ROW_KEYS, row, strict=True))
            got.append((post.get("title"), d["risk_point"], d["risk_level"]))
    return got, [(i.code, i.cell) for i in r.issues]


WATER = [
    ["某县水务局廉政风险点台账", None, None, None, None],
    ["序号", "股室", "职务", "风险点", "防控措施"],
    [1, "局领导", "局长", "水利工程招标干预", "招标全程公开。"],
    [2, "局领导", "副局长", "取水许可审批放宽", "审批集体研究。"],
    [3, "水政监察大队", "队长", "河道执法通风报信", "执法两人以上。"],
    [4, "水政监察大队", "队员", "罚没款项截留", "罚缴分离。"],
    [5, "办公室", "会计", "工程款支付审核不严", "支付两级审核。"],
    [6, "办公室", "出纳", "现金管理不规范", "日清月结。"],
    [None, None, None, None, None],
    ["风险级别", "风险点编号", None, None, None],
    ["高", "1、2、5", None, None, None],
    ["中", "3、5", None, None, None],
    ["低", "4、6", None, None, None],
]


def test_a_plain_table_naming_a_number_twice_grades_the_rest(tmp_path):
    path = write_workbook(tmp_path / "台账.xlsx", {"台账": WATER})
    got, issues = _read(path)
    assert [lv for _t, _p, lv in got] == ["Ⅰ级", "Ⅰ级", "Ⅱ级", "Ⅲ级", "", "Ⅲ级"]
    codes = {c for c, _ in issues}
    assert ("LEVEL_GROUPS_NUMBER_TWICE", "B10") in issues
    unmatched = sorted(cell for c, cell in issues if c == "LEVEL_GROUP_NUMBER_UNMATCHED")
    assert unmatched == ["B11", "B12"]  # (the 5 under 高 and under 中)
    assert not codes & STATS and "LEVEL_BY_NUMBER" not in codes
    assert "LEVEL_BY_NUMBER_GROUPS" not in codes


SCHOOL = [
    ["序号", "处室", "岗位", "廉政风险点", "防控措施"],
    [1, "校长室", "校长", "基建项目指定施工方", "项目比选。"],
    [2, "校长室", "副校长", "招生录取打招呼", "录取结果公示。"],
    [3, "总务处", "主任", "食堂采购收受回扣", "公开招标。"],
    [4, "总务处", "主任", "资产处置不报批", "处置报批。"],
    [5, "教务处", "干事", "成绩录入弄虚作假", "两人核对。"],
    [6, "德育处", "干事", "评优评先不公", "结果公示。"],
    [7, "财务室", "会计", "报账票据不规范", "票据复核。"],
    [8, "财务室", "出纳", "公款私存", "定期对账。"],
    [None, None, None, None, None],
    ["等级", "序号", "备注", None, None],
    ["Ⅰ级", "1-3", "涉及工程、招生、采购", None, None],
    ["Ⅱ级", "3、4、6", "涉及资产和评优", None, None],
    ["Ⅲ级", "5、7、8", "日常管理事项", None, None],
]


def test_a_table_with_a_words_column_naming_a_number_twice(tmp_path):
    path = write_workbook(tmp_path / "清单.xlsx", {"Sheet1": SCHOOL})
    got, issues = _read(path)
    assert [lv for _t, _p, lv in got] == ["Ⅰ级", "Ⅰ级", "", "Ⅱ级", "Ⅲ级", "Ⅱ级", "Ⅲ级", "Ⅲ级"]
    assert ("LEVEL_GROUPS_NUMBER_TWICE", "B11") in issues
    unmatched = sorted(cell for c, cell in issues if c == "LEVEL_GROUP_NUMBER_UNMATCHED")
    assert unmatched == ["B12", "B13"]
    codes = {c for c, _ in issues}
    assert not codes & {"LEVEL_KEY_UNDER_LIST", "TABLE_OTHER", *STATS}
    assert [c for c, _ in issues].count("LEVEL_BLANK") == 1  # (the 3's alone)


CLINIC = [
    ["某乡卫生院岗位廉政风险防控清单", None, None, None, None],
    ["序号", "岗位", "姓名", "风险点", "防控措施"],
    [1, "院长", "欧阳澈", "药品采购个人决定", "院务会研究。"],
    [2, "院长", "欧阳澈", "绩效分配不公开", "方案公示。"],
    [3, "药剂员", "皇甫湘", "药品出入库不登记", "按日登记。"],
    [4, "收费员", "上官澜", "现金收入不入账", "日清日结。"],
    [5, "收费员", "上官澜", "医保结算虚记", "患者签字确认。"],
    [None, None, None, None, None],
    ["三、风险等级确定", None, None, None, None],
    ["风险等级", "对应序号", None, None, None],
    ["一级风险", "1,4", None, None, None],
    ["二级风险", "2,3", None, None, None],
    ["三级风险", "3,5", None, None, None],
    [None, None, None, None, None],
    ["填表人：", None, "审核人：", None, None],
]


def test_levels_worded_as_risks_under_a_caption(tmp_path):
    path = write_workbook(tmp_path / "防控清单.xlsx", {"清单": CLINIC}, merges={"清单": ["A9:E9"]})
    got, issues = _read(path)
    assert [lv for _t, _p, lv in got] == ["Ⅰ级", "Ⅱ级", "", "Ⅰ级", "Ⅲ级"]
    assert ("LEVEL_GROUPS_NUMBER_TWICE", "B10") in issues
    unmatched = sorted(cell for c, cell in issues if c == "LEVEL_GROUP_NUMBER_UNMATCHED")
    assert unmatched == ["B12", "B13"]
    assert not {c for c, _ in issues} & STATS


def _near(tmp_path, name, below):
    rows = [r[:] for r in WATER[:9]] + below
    path = write_workbook(tmp_path / f"{name}.xlsx", {"台账": rows})
    return _read(path)


def test_near_misses_read_as_before(tmp_path):
    # two numbers of seven twice: not a slip — left to the statistics rule, as before
    rows = [r[:] for r in WATER[:8]] + [[7, "办公室", "主任", "公务接待超标", "一事一单。"]]
    rows += [
        [None] * 5,
        ["风险级别", "风险点编号", None, None, None],
        ["高", "1、2、5、7", None, None, None],
        ["中", "3、5、7", None, None, None],
        ["低", "4、6", None, None, None],
    ]
    path = write_workbook(tmp_path / "many.xlsx", {"台账": rows})
    got, issues = _read(path)
    assert [lv for _t, _p, lv in got] == ["Ⅰ级", "Ⅰ级", "Ⅱ级", "Ⅲ级", "", "Ⅲ级", ""]
    codes = {c for c, _ in issues}
    assert "TYPES_LEVELS_BY_STATISTICS" in codes and not codes & NEW
    # a count column beside: the statistics rule's table, as before
    got, issues = _near(tmp_path, "count", [
        ["风险级别", "风险点编号", "个数", None, None],
        ["高", "1、2、5", "3", None, None],
        ["中", "3、5", "2", None, None],
        ["低", "4、6", "2", None, None],
    ])  # fmt: skip
    assert [lv for _t, _p, lv in got] == ["Ⅰ级", "Ⅰ级", "Ⅱ级", "Ⅲ级", "", "Ⅲ级"]
    codes = {c for c, _ in issues}
    assert "TYPES_LEVELS_BY_STATISTICS" in codes and not codes & NEW
    # a number twice in one cell: no slip between levels, as before
    got, issues = _near(tmp_path, "cell", [
        ["风险级别", "风险点编号", None, None, None],
        ["高", "1、2、2", None, None, None],
        ["中", "3、5", None, None, None],
        ["低", "4、6", None, None, None],
    ])  # fmt: skip
    assert [lv for _t, _p, lv in got] == ["Ⅰ级", "Ⅰ级", "Ⅱ级", "Ⅲ级", "Ⅱ级", "Ⅲ级"]
    codes = {c for c, _ in issues}
    assert "TYPES_LEVELS_BY_STATISTICS" in codes and not codes & NEW
    # a slip beside a number the list lacks: as before
    got, issues = _near(tmp_path, "lacks", [
        ["风险级别", "风险点编号", None, None, None],
        ["高", "1、2、5", None, None, None],
        ["中", "3、5", None, None, None],
        ["低", "4、6、9", None, None, None],
    ])  # fmt: skip
    assert all(lv == "" for _t, _p, lv in got)
    assert not {c for c, _ in issues} & NEW
    # no slip: LEVEL_BY_NUMBER, as before
    got, issues = _near(tmp_path, "plain", [
        ["风险级别", "风险点编号", None, None, None],
        ["高", "1、2", None, None, None],
        ["中", "3、5", None, None, None],
        ["低", "4、6", None, None, None],
    ])  # fmt: skip
    assert [lv for _t, _p, lv in got] == ["Ⅰ级", "Ⅰ级", "Ⅱ级", "Ⅲ级", "Ⅱ级", "Ⅲ级"]
    codes = {c for c, _ in issues}
    assert "LEVEL_BY_NUMBER" in codes and not codes & NEW
