"""A list with no type and no level column whose rows each carry ONE symbol in a column
(``风险标识``, ``标记``, ``符号``), keyed by a legend grid printed beside it — one row a type and one
column a level (``风险类型＼风险等级 | 高 | 中 | 低`` over ``思想道德风险 | ● | ◐ | ○`` …), or levels down
and types across: each point takes its symbol's row and column as its type and level, said once
(info TYPE_LEVEL_BY_SYMBOL_GRID at the grid's corner); the grid is no other table. Before, the
symbol column was read as nothing: every row LEVEL_BLANK, the table TABLE_NO_TYPE, the grid
TABLE_OTHER.

Not the published batch's file (batch1002: a 县林业局's 一览表, ``风险标识``, the grid under it types down,
``高 | 中 | 低`` across, shapes ●■▲ filled/half/hollow): a 县市场监督管理局's list headed ``标记`` with the
grid ABOVE it turned the other way (``一级风险 | 二级风险 | 三级风险`` down, the types across) in marks
``◆◇※♣♤♧``; a 乡卫生院's headed ``符号`` with the grid beside it. A symbol the grid lacks is warned at its
cell (SYMBOL_NOT_IN_GRID) and gives neither. Near-misses read as before: a grid printing one symbol
twice, a list with its own level column (the symbol only fills the blank type), marks under a
heading with no grid at all.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

CODE = "TYPE_LEVEL_BY_SYMBOL_GRID"


def run(tmp_path: Path, rows: list):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "清单.xlsx", {"清单": rows})
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def read(got) -> list[tuple[str, str, str, str]]:
    cols = ["person", "risk_point", "risk_type", "risk_level"]
    return [tuple(r) for r in got.risks[cols].itertuples(index=False)]


def codes(got) -> set[str]:
    return set(got.issues["code"])


# the grid above the list, levels down and types across
MARKET = [
    ["县市场监督管理局廉政风险防控清单", None, None, None, None, None, None],
    [None, "等级＼类型", "思想道德", "制度机制", None, None, None],
    [None, "一级风险", "◆", "♣", None, None, None],
    [None, "二级风险", "◇", "♤", None, None, None],
    [None, "三级风险", "※", "♧", None, None, None],
    [None, None, None, None, None, None, None],
    ["序号", "科室", "职务", "姓名", "廉政风险点", "标记", "防控措施"],
    [1, "局领导", "局长", "呼延翮", "食品经营许可审批说情打招呼", "◆", "许可集体审查。"],
    [2, "稽查股", "股长", "尉迟沅", "案件查办降格处理", "♣", "案件集体审理。"],
    [3, "稽查股", "股长", "尉迟沅", "检查前泄露检查安排", "◇", "检查随机抽派。"],
    [4, "登记股", "科员", "公羊珝", "企业登记材料审核不严", "♧", "登记双人复核。"],
]  # fmt: skip


def test_a_symbol_read_through_a_grid_above_turned_the_other_way(tmp_path):
    got = run(tmp_path, MARKET)
    assert read(got) == [
        ("呼延翮", "食品经营许可审批说情打招呼", "思想道德风险", "Ⅰ级"),
        ("尉迟沅", "案件查办降格处理", "制度机制风险", "Ⅰ级"),
        ("尉迟沅", "检查前泄露检查安排", "思想道德风险", "Ⅱ级"),
        ("公羊珝", "企业登记材料审核不严", "制度机制风险", "Ⅲ级"),
    ]
    said = got.issues[got.issues["code"] == CODE]
    assert len(said) == 1 and said.iloc[0]["source_sheet"] == "清单"
    assert "标记" in said.iloc[0]["message"] and "B2" in said.iloc[0]["message"]
    assert not codes(got) & {"LEVEL_BLANK", "TABLE_NO_TYPE", "TABLE_OTHER", "SYMBOL_NOT_IN_GRID"}


# the grid beside the list (a column apart, from its first row of points), types down and levels
# across; one symbol unknown
CLINIC = [
    ["岗位", "姓名", "风险点", "符号", "防控措施", None, None, None, None, None],
    ["院长", "闻人霁", "药品采购收受回扣", "▲", "集中采购，院务会审定。", None, "类型＼等级", "高", "中", "低"],
    ["药剂员", "东郭澧", "药品出入库登记不实", "△", "出入库双人签字。", None, "岗位职责", "▲", "△", "▽"],
    ["收费员", "司寇璟", "收费时多收少退", "□", "收费系统留痕。", None, "业务流程", "■", "□", "▣"],
    ["收费员", "司寇璟", "私收现金不入账", "✦", "现金日清日结。", None, None, None, None, None],
]  # fmt: skip


def test_a_symbol_read_through_a_grid_beside_and_an_unknown_one_warned(tmp_path):
    got = run(tmp_path, CLINIC)
    assert read(got) == [
        ("闻人霁", "药品采购收受回扣", "岗位职责风险", "Ⅰ级"),
        ("东郭澧", "药品出入库登记不实", "岗位职责风险", "Ⅱ级"),
        ("司寇璟", "收费时多收少退", "业务流程风险", "Ⅱ级"),
        ("司寇璟", "私收现金不入账", "", ""),
    ]
    assert CODE in codes(got)
    warned = got.issues[got.issues["code"] == "SYMBOL_NOT_IN_GRID"]
    assert list(warned["cell"]) == ["D5"] and list(warned["value"]) == ["✦"]
    assert "CELL_OUTSIDE" not in codes(got)  # (the grid beside is read, no stray cells)


def test_a_grid_printing_one_symbol_twice_keys_nothing(tmp_path):
    rows = [row[:] for row in MARKET]
    rows[4][3] = "♣"  # (三级 制度机制 the same as 一级 制度机制)
    got = run(tmp_path, rows)
    assert CODE not in codes(got)
    assert {lv for *_, lv in read(got)} == {""}


def test_a_list_with_its_own_levels_keeps_them(tmp_path):
    rows = [row[:] + [None] for row in MARKET]
    rows[6][7] = "风险等级"
    for r, lv in zip(range(7, 11), ["低", "低", "高", "中"], strict=True):
        rows[r][7] = lv
    got = run(tmp_path, rows)
    # (the symbol gives the blank type only: the list's own level stands)
    assert [(t, lv) for *_, t, lv in read(got)] == [
        ("思想道德风险", "Ⅲ级"), ("制度机制风险", "Ⅲ级"), ("思想道德风险", "Ⅰ级"), ("制度机制风险", "Ⅱ级"),
    ]  # fmt: skip


def test_marks_with_no_grid_read_as_before(tmp_path):
    got = run(tmp_path, MARKET[5:])
    assert CODE not in codes(got)
    assert {(t, lv) for *_, t, lv in read(got)} == {("", "")}


def test_the_codes_are_in_the_catalogue():
    assert {CODE, "SYMBOL_NOT_IN_GRID"} <= set(CATALOGUE) & set(SHORT)
