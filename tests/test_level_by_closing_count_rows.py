"""A list sorted by level, its level column blank (or none), each level's group CLOSED by a lone
row AFTER its points that names the level and counts them, with no ``以上`` and no ``小计``
(``二级风险点（共2项）``, ``高风险点合计：2项``, ``Ⅱ级风险，共3个``; merged across or in one cell):
the points above each such row take its level; the row is no point and gives nothing to the rows
below it (info LEVEL_BY_CLOSING_COUNT_ROWS, once a table). Read so only where two such rows at
least close the table — a point before the first, each count the number of points since the one
before, no point after the last, no point writing a level of its own. Before, an unnumbered
``一级风险点（共3项）`` after its group was read as a GROUP row over the rows below it (the first
group blank, each later one a level too high), or skipped with every level blank (batch1066's
水务局). Not that batch's words: a 市场监督管理所's 清单 with no level column under ``高风险点合计：2项``
rows merged across; a 乡中心学校's 排查表 with a blank ``风险级别`` column under ``Ⅰ级风险（共计2条）``
rows in the 序号 cell and a ``合计：3条`` line; and the near-misses, read as before.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import ROW_KEYS, read_file
from xlproc.config import load_config

CODE = "LEVEL_BY_CLOSING_COUNT_ROWS"


def _read(path: Path):
    r = read_file(path, path.name, load_config())
    got = []
    for post, form in zip(r.posts, r.risks, strict=True):
        for row in form:
            d = dict(zip(ROW_KEYS, row, strict=True))
            got.append((post.get("person"), d["risk_point"], d["risk_level"]))
    return got, [(i.code, i.cell) for i in r.issues]


MARKET = [
    ["某县市场监督管理局某某市场监督管理所廉政风险防控清单", None, None, None, None, None],
    ["序号", "岗位", "责任人", "廉政风险点", "主要表现", "防控措施"],
    [1, "所长", "完颜翀", "行政处罚案件降格处理", "对违法行为从轻处罚", "案件集体审议。"],
    [2, "所长", "完颜翀", "企业年报抽查选择性检查", "只查关系企业以外的", "随机抽取，全程留痕。"],
    ["高风险点合计：2项", None, None, None, None, None],
    [3, "食品监管员", "拓跋沅", "食品经营许可现场核查走过场", "不到现场即出具意见", "核查影像存档。"],
    ["中风险点合计：1项", None, None, None, None, None],
    [4, "综合岗", "完颜琇", "执法装备领用不登记", "装备私用", "领用登记。"],
    [5, "综合岗", "完颜琇", "投诉举报转办不及时", "压件不办", "限时办结。"],
    ["低风险点合计：2项", None, None, None, None, None],
    ["制表：", None, "审核：", None, "2025年9月", None],
]  # fmt: skip


def test_closing_total_rows_with_no_level_column(tmp_path):
    path = write_workbook(
        tmp_path / "清单.xlsx",
        {"清单": MARKET},
        merges={"清单": ["A1:F1", "A5:F5", "A7:F7", "A10:F10", "B3:B4", "C3:C4", "B8:B9", "C8:C9"]},
    )
    got, issues = _read(path)
    assert got == [
        ("完颜翀", "行政处罚案件降格处理", "Ⅰ级"),
        ("完颜翀", "企业年报抽查选择性检查", "Ⅰ级"),
        ("拓跋沅", "食品经营许可现场核查走过场", "Ⅱ级"),
        ("完颜琇", "执法装备领用不登记", "Ⅲ级"),
        ("完颜琇", "投诉举报转办不及时", "Ⅲ级"),
    ]
    assert (CODE, "A5") in issues and [c for c, _ in issues].count(CODE) == 1
    assert not {"LEVEL_BLANK", "POINT_BLANK", "ROW_UNPLACED"} & {c for c, _ in issues}


SCHOOL = [
    ["某乡中心学校廉政风险点排查表", None, None, None, None, None],
    ["序号", "部门", "职务", "姓名", "风险点", "风险级别"],
    [1, "校领导", "校长", "宇文澈", "营养改善计划食材采购指定供应商", None],
    [2, "总务处", "主任", "宇文沣", "校舍维修工程量虚报", None],
    ["Ⅰ级风险（共计2条）", None, None, None, None, None],
    [3, "教务处", "干事", "长孙霁", "学籍异动审核不严", None],
    ["Ⅱ级风险（共计1条）", None, None, None, None, None],
    ["合计：3条", None, None, None, None, None],
]


def test_closing_count_rows_in_the_number_cell_over_a_blank_column(tmp_path):
    path = write_workbook(tmp_path / "排查表.xlsx", {"排查表": SCHOOL})
    got, issues = _read(path)
    assert got == [
        ("宇文澈", "营养改善计划食材采购指定供应商", "Ⅰ级"),
        ("宇文沣", "校舍维修工程量虚报", "Ⅰ级"),
        ("长孙霁", "学籍异动审核不严", "Ⅱ级"),
    ]
    assert (CODE, "A5") in issues
    assert not {"LEVEL_BLANK", "POINT_BLANK", "ROW_UNPLACED"} & {c for c, _ in issues}


def _school(rows):
    return [SCHOOL[0], SCHOOL[1], *rows]


def test_level_rows_over_their_points_stay_group_rows(tmp_path):
    # '一级风险点（共2项）' as the first row under the header: over the rows below it, as before
    rows = _school([
        ["一级风险点（共2项）", None, None, None, None, None],
        [1, "校领导", "校长", "宇文澈", "营养改善计划食材采购指定供应商", None],
        [2, "总务处", "主任", "宇文沣", "校舍维修工程量虚报", None],
        ["二级风险点（共1项）", None, None, None, None, None],
        [3, "教务处", "干事", "长孙霁", "学籍异动审核不严", None],
    ])  # fmt: skip
    got, issues = _read(write_workbook(tmp_path / "over.xlsx", {"表": rows}))
    assert [lv for *_, lv in got] == ["Ⅰ级", "Ⅰ级", "Ⅱ级"]
    assert CODE not in {c for c, _ in issues}


def test_counts_that_do_not_fit_read_as_before(tmp_path):
    rows = _school([
        [1, "校领导", "校长", "宇文澈", "营养改善计划食材采购指定供应商", None],
        [2, "总务处", "主任", "宇文沣", "校舍维修工程量虚报", None],
        ["Ⅰ级风险（共计3条）", None, None, None, None, None],
        [3, "教务处", "干事", "长孙霁", "学籍异动审核不严", None],
        ["Ⅱ级风险（共计1条）", None, None, None, None, None],
    ])  # fmt: skip
    got, issues = _read(write_workbook(tmp_path / "miscount.xlsx", {"表": rows}))
    assert CODE not in {c for c, _ in issues}
    assert got[0][2] == ""  # (the first rows under no level row: blank, as before)


def test_a_filled_level_column_and_post_grades_read_as_before(tmp_path):
    rows = _school([
        [1, "校领导", "校长", "宇文澈", "营养改善计划食材采购指定供应商", "三级"],
        [2, "总务处", "主任", "宇文沣", "校舍维修工程量虚报", "三级"],
        ["一级风险点（共2项）", None, None, None, None, None],
        [3, "教务处", "干事", "长孙霁", "学籍异动审核不严", "二级"],
        ["二级风险点（共1项）", None, None, None, None, None],
    ])  # fmt: skip
    got, issues = _read(write_workbook(tmp_path / "filled.xlsx", {"表": rows}))
    assert [lv for *_, lv in got] == ["Ⅲ级", "Ⅲ级", "Ⅱ级"]
    assert CODE not in {c for c, _ in issues}
    posts = _school([
        [1, "校领导", "校长", "宇文澈", "营养改善计划食材采购指定供应商", None],
        [2, "总务处", "主任", "宇文沣", "校舍维修工程量虚报", None],
        ["高风险岗位（共2个）", None, None, None, None, None],
        [3, "教务处", "干事", "长孙霁", "学籍异动审核不严", None],
        ["中风险岗位（共1个）", None, None, None, None, None],
    ])  # fmt: skip
    got, issues = _read(write_workbook(tmp_path / "posts.xlsx", {"表": posts}))
    assert CODE not in {c for c, _ in issues}
    assert got[0][2] == ""
