"""A list sorted by level whose OWN level column is blank on every row, each level's group closed
by a subtotal row naming the level and counting the group (``高风险点小计 | 2个``, ``Ⅱ级小计 |
共2项``), gives each group the subtotal's level; the subtotal rows are no points (info
LEVEL_BY_SUBTOTAL_IN_BLANK_COLUMN, once a table). Before, the rule for ``一级风险点小计 | 4个``
was asked only of a list with NO level column: with the column there and blank the points came
out with no level (LEVEL_BLANK), and a subtotal counting ``共3项`` was read as a point (batch1064's
市场监督管理局). Not that batch's words: a 水务局's 清单 under ``高风险点小计`` with 高/中/低 words,
the count in the 序号 cell's neighbour; a 乡 中心学校's 一览表 under ``Ⅱ级小计`` merged across, the
count ``共2项``; and the near-misses (a row's own level kept; a count that does not fit; a
subtotal of a 科室's group naming no level).
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import ROW_KEYS, read_file
from xlproc.config import load_config


def _read(path: Path):
    r = read_file(path, path.name, load_config())
    got = []
    for post, form in zip(r.posts, r.risks, strict=True):
        for row in form:
            d = dict(zip(ROW_KEYS, row, strict=True))
            got.append((post.get("person"), d["risk_point"], d["risk_level"]))
    return got, [(i.code, i.cell) for i in r.issues]


WATER = [
    ["某县水务局廉政风险防控清单", None, None, None, None, None],
    ["编号", "股室", "职务", "责任人", "风险点", "等级"],
    [1, "局领导", "局长", "仉督澂", "水利工程指定施工单位", None],
    [2, "建设管理股", "股长", "申屠沅", "工程变更签证把关不严", None],
    ["高风险点小计", "2个", None, None, None, None],
    [3, "水资源股", "股员", "司寇琇", "取水许可审查降低条件", None],
    ["中风险点小计", "1个", None, None, None, None],
    [4, "办公室", "主任", "仉督翃", "办公用品采购不比价", None],
    [5, "办公室", "主任", "仉督翃", "会议费报账不实", None],
    ["低风险点小计", "2个", None, None, None, None],
]


def test_subtotals_give_a_blank_level_column_their_levels(tmp_path):
    path = write_workbook(tmp_path / "清单.xlsx", {"清单": WATER})
    got, issues = _read(path)
    assert sorted(got) == sorted([
        ("仉督澂", "水利工程指定施工单位", "Ⅰ级"),
        ("申屠沅", "工程变更签证把关不严", "Ⅰ级"),
        ("司寇琇", "取水许可审查降低条件", "Ⅱ级"),
        ("仉督翃", "办公用品采购不比价", "Ⅲ级"),
        ("仉督翃", "会议费报账不实", "Ⅲ级"),
    ])  # fmt: skip
    codes = [c for c, _ in issues]
    assert ("LEVEL_BY_SUBTOTAL_IN_BLANK_COLUMN", "A5") in issues
    assert codes.count("LEVEL_BY_SUBTOTAL_IN_BLANK_COLUMN") == 1
    assert "LEVEL_BLANK" not in codes and "POINT_BLANK" not in codes


SCHOOL = [
    ["某乡中心学校岗位廉政风险一览表", None, None, None, None, None, None],
    ["序号", "处室", "岗位", "姓名", "廉政风险点", "风险级别", "防控措施"],
    [1, "校领导", "校长", "东郭翾", "营养改善计划食材指定供应商", None, "食材公开招标。"],
    ["Ⅰ级小计", None, None, None, "共1项", None, None],
    [2, "总务处", "主任", "南宫湉", "校舍维修验收走过场", None, "验收两人签字。"],
    [3, "教务处", "干事", "东郭珩", "教辅征订收取回扣", None, "不统一代购。"],
    ["Ⅱ级小计", None, None, None, "共2项", None, None],
]


def test_merged_subtotals_counting_gong(tmp_path):
    path = write_workbook(
        tmp_path / "一览表.xlsx", {"表": SCHOOL}, merges={"表": ["A4:D4", "A7:D7"]}
    )
    got, issues = _read(path)
    assert sorted(got) == sorted([
        ("东郭翾", "营养改善计划食材指定供应商", "Ⅰ级"),
        ("南宫湉", "校舍维修验收走过场", "Ⅱ级"),
        ("东郭珩", "教辅征订收取回扣", "Ⅱ级"),
    ])  # fmt: skip
    codes = [c for c, _ in issues]
    assert codes.count("LEVEL_BY_SUBTOTAL_IN_BLANK_COLUMN") == 1
    assert "LEVEL_BLANK" not in codes


def test_near_miss_a_row_level_written_reads_as_before(tmp_path):
    rows = [list(r) for r in WATER]
    rows[2][5] = "中"  # one row of the first group has its own level: the column is no blank one
    path = write_workbook(tmp_path / "清单.xlsx", {"清单": rows})
    got, issues = _read(path)
    levels = {p: lv for _, p, lv in got}
    assert levels["水利工程指定施工单位"] == "Ⅱ级"
    assert levels["工程变更签证把关不严"] in ("", None)  # (its band had a level: not given)
    assert "LEVEL_BY_SUBTOTAL_IN_BLANK_COLUMN" not in [c for c, _ in issues]


def test_near_miss_a_count_that_does_not_fit_gives_no_level(tmp_path):
    rows = [list(r) for r in WATER]
    rows[4][1] = "3个"  # the first group has two rows
    path = write_workbook(tmp_path / "清单.xlsx", {"清单": rows})
    got, _issues = _read(path)
    levels = {p: lv for _, p, lv in got}
    assert levels["水利工程指定施工单位"] in ("", None)
    assert levels["工程变更签证把关不严"] in ("", None)
    assert len(got) == 5  # the subtotal rows are no points all the same


def test_near_miss_a_departments_subtotal_names_no_level(tmp_path):
    rows = [
        ["某县统计局廉政风险清单", None, None, None, None, None],
        ["序号", "科室", "岗位", "姓名", "风险点", "风险等级"],
        [1, "办公室", "主任", "闾丘琬", "公车私用", None],
        [2, "办公室", "主任", "闾丘琬", "接待超标准", None],
        ["小计", "2项", None, None, None, None],
    ]
    path = write_workbook(tmp_path / "清单.xlsx", {"清单": rows})
    got, issues = _read(path)
    assert sorted(p for _, p, _ in got) == ["公车私用", "接待超标准"]
    assert all(lv in ("", None) for _, _, lv in got)
    assert "LEVEL_BY_SUBTOTAL_IN_BLANK_COLUMN" not in [c for c, _ in issues]
