"""A point's type and level written in clauses closing its own sentence.

A body's list has no 风险类型 and no 风险等级 column (or leaves a row's cells blank); each point
cell is one sentence that closes with comma clauses naming its type and its level, in either
order, one or both: '河道采砂许可审查不严，为制度机制风险，风险等级：中。', '…；定为二级；属于业务流程类
风险'. The point is what stands before the first such clause; the type and level are read by the
vocabularies. A clause naming a word they do not know, two clauses of one field, or a level
clause differing from the row's own level column leave the cell whole; a point that merely
contains 属 or 为 is not cut. The words here are not those of tests/published: another unit (a
county's 水利局), other names, other types, levels and separators.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, ITEMS, SHORT

CODE = "TYPE_LEVEL_IN_POINT_CLAUSE"


def run(tmp_path: Path, sheets, merges=None):
    """Write a workbook (xlsxwriter) and collect it as ``collect_inbox`` does, in this process."""
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", sheets, merges)
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def read(res) -> list[tuple[str, str, str]]:
    return [tuple(x) for x in res.risks[["risk_point", "risk_type", "risk_level"]].values.tolist()]


def codes(res) -> list[tuple[str, str]]:
    return sorted(zip(res.issues["code"], res.issues["cell"], strict=True))


TITLE = ["沁源县水利局廉政风险点台账"]
HEAD = ["编号", "科室", "职务", "姓名", "廉政风险点", "防范措施"]
PEOPLE = [
    ("水政监察大队", "大队长", "亓官琬"),
    ("河湖管理股", "股长", "仉璘"),
    ("工程建设股", "技术员", "逯沅芷"),
]
MEASURES = [
    "许可条件网上公开，现场勘验两人以上。",
    "巡河记录每月抽查，问题限期整改。",
    "计量支付三方签字，资料归档。",
    "签订廉洁承诺书，节前提醒。",
    "招标文件经集体审定后发布。",
    "验收小组随机抽取专家。",
]


def table(cells: list[str], head=HEAD, levels: list[str] | None = None) -> list[list[str]]:
    """A title, the header, two rows a person with the point cells given (and a level column
    where ``levels`` are given), a signature line."""
    rows = [TITLE, head]
    for i, cell in enumerate(cells):
        dept, post, who = PEOPLE[i // 2]
        lv = [levels[i]] if levels is not None else []
        rows.append([str(i + 1), dept, post, who, cell, *lv, MEASURES[i]])
    rows.append(["填报人：", "", "审核人：", "", "2025年6月"])
    return rows


def test_clauses_in_either_order_give_the_type_and_level(tmp_path):
    """'，为…风险' / '；风险等级：中' / '；定为二级' / '，属于…类风险' / '，风险类型为…' /
    '。为高风险' in either order, one or both: the point is before the first clause, the type and
    level are the clauses', one info for the table, and it is not told it has no type."""
    cells = [
        "河道采砂许可审查不严，为制度机制风险，风险等级：中。",
        "巡河检查流于形式；定为二级；属于业务流程类风险",
        "工程计量虚增工程量，风险等级为一级，风险类型为岗位职责",
        "接受施工单位吃请，属思想道德风险，为三级风险。",
        "招标文件量身定制，属外部环境风险；为高风险",
        "验收弄虚作假，系制度机制风险，评定为二级。",
    ]
    res = run(tmp_path, {"台账": table(cells)})
    assert read(res) == [
        ("河道采砂许可审查不严", "制度机制风险", "Ⅱ级"),
        ("巡河检查流于形式", "业务流程风险", "Ⅱ级"),
        ("工程计量虚增工程量", "岗位职责风险", "Ⅰ级"),
        ("接受施工单位吃请", "思想道德风险", "Ⅲ级"),
        ("招标文件量身定制", "外部环境风险", "Ⅰ级"),
        ("验收弄虚作假", "制度机制风险", "Ⅱ级"),
    ]
    assert res.risks["measures"].tolist() == MEASURES
    assert sorted(set(res.risks["person"])) == sorted(p for _d, _t, p in PEOPLE)
    assert codes(res) == [(CODE, "E3")]
    assert CODE in CATALOGUE and CODE in SHORT and CODE in ITEMS


def test_only_one_field_given_leaves_the_other_as_it_was(tmp_path):
    """A cell giving only its level keeps no type; one giving only its type keeps no level
    (LEVEL_BLANK there, as before); a cell with no clause reads as before."""
    cells = [
        "河道采砂许可审查不严，为一级风险",
        "巡河检查流于形式，属岗位职责风险。",
        "工程计量虚增工程量",
        "接受施工单位吃请，风险等级为三级",
        "招标文件量身定制",
        "验收弄虚作假",
    ]
    res = run(tmp_path, {"台账": table(cells)})
    assert read(res) == [
        ("河道采砂许可审查不严", "", "Ⅰ级"),
        ("巡河检查流于形式", "岗位职责风险", ""),
        ("工程计量虚增工程量", "", ""),
        ("接受施工单位吃请", "", "Ⅲ级"),
        ("招标文件量身定制", "", ""),
        ("验收弄虚作假", "", ""),
    ]
    got = codes(res)
    assert (CODE, "E3") in got and ("TABLE_NO_TYPE", "A2") in got
    assert [c for c, _x in got if c == "LEVEL_BLANK"] == ["LEVEL_BLANK"] * 4


def test_numbered_points_each_closing_so_are_points_of_their_own(tmp_path):
    """One cell of numbered lines, each closing with its clauses: a point each with its own type
    and level; where one line closes so and the other does not, the cell stays whole."""
    cells = [
        "1.河道采砂许可审查不严，属制度机制风险，风险等级为一级；\n"
        "2.采砂现场监管缺位，风险等级为三级。",
        "巡河检查流于形式，属业务流程风险，为二级风险",
        "1.工程计量虚增工程量，属岗位职责风险，为一级风险；\n2.变更签证把关不严。",
        "接受施工单位吃请，属思想道德风险，风险等级为二级",
    ]
    res = run(tmp_path, {"台账": table(cells)})
    assert read(res) == [
        ("河道采砂许可审查不严", "制度机制风险", "Ⅰ级"),
        ("采砂现场监管缺位", "", "Ⅲ级"),
        ("巡河检查流于形式", "业务流程风险", "Ⅱ级"),
        (cells[2], "", ""),
        ("接受施工单位吃请", "思想道德风险", "Ⅱ级"),
    ]
    assert res.risks["measures"].tolist()[:2] == [MEASURES[0]] * 2


def test_points_merely_holding_shu_or_wei_are_not_cut(tmp_path):
    """'属地管理不到位', '…，认定为合格走过场', '…，为企业规避风险提供便利': no clause of a type or
    level; the cells read as before, with no info."""
    cells = [
        "属地管理不到位",
        "验收不到现场，认定为合格走过场",
        "监督检查不严，为企业规避风险提供便利",
        "工程款拨付审核不严，属实行为未予纠正",
        "河长制考核打分随意，为一级",
        "采砂权出让底价泄露，将高风险企业认定为低风险",
    ]
    res = run(tmp_path, {"台账": table(cells)})
    got = read(res)
    assert [p for p, _t, _l in got][:4] == cells[:4] and got[5][0] == cells[5]
    assert all(t == "" for _p, t, _l in got)
    # '为一级': a level's own word, closing the sentence: read
    assert got[4] == ("河长制考核打分随意", "", "Ⅰ级")
    assert [c for c, _x in codes(res) if c == CODE] == [CODE]


def test_unknown_words_or_two_levels_leave_the_cell_whole(tmp_path):
    """A clause naming a type or level the vocabularies do not know ('属廉洁风险', '风险等级为
    关注'), or two clauses of one field: which is meant is not certain, the cell stays whole and
    nothing is invented."""
    cells = [
        "河道采砂许可审查不严，属廉洁风险，风险等级为二级。",
        "巡河检查流于形式，属岗位职责风险，风险等级为关注",
        "工程计量虚增工程量，风险等级为二级，风险等级为一级",
        "接受施工单位吃请，属思想道德风险，属制度机制风险",
    ]
    res = run(tmp_path, {"台账": table(cells)})
    assert read(res) == [(c, "", "") for c in cells]
    assert CODE not in {c for c, _x in codes(res)}


def test_a_level_column_wins_and_a_differing_clause_stays(tmp_path):
    """With a 风险等级 column: a clause saying the same level (in other words: 'Ⅱ级' and '二级') is
    taken off the point; one saying another level leaves the cell whole and the column's level."""
    head = ["编号", "科室", "职务", "姓名", "廉政风险点", "风险等级", "防范措施"]
    cells = [
        "河道采砂许可审查不严，属制度机制风险，风险等级为二级。",
        "巡河检查流于形式，风险等级为一级",
        "工程计量虚增工程量，属岗位职责风险",
        "接受施工单位吃请",
    ]
    res = run(tmp_path, {"台账": table(cells, head, ["Ⅱ级", "三级", "一级", "二级"])})
    assert read(res) == [
        ("河道采砂许可审查不严", "制度机制风险", "Ⅱ级"),
        ("巡河检查流于形式，风险等级为一级", "", "Ⅲ级"),
        ("工程计量虚增工程量", "岗位职责风险", "Ⅰ级"),
        ("接受施工单位吃请", "", "Ⅱ级"),
    ]


def test_a_type_column_filled_keeps_its_type(tmp_path):
    """With a 风险类型 column: an agreeing clause is taken off; a differing one leaves the cell
    whole with the column's type."""
    head = ["编号", "科室", "职务", "姓名", "廉政风险点", "风险类型", "防范措施"]
    cells = [
        "河道采砂许可审查不严，属制度机制风险，风险等级为二级。",
        "巡河检查流于形式，属岗位职责风险，为三级风险",
    ]
    res = run(tmp_path, {"台账": table(cells, head, ["制度机制", "业务流程"])})
    assert read(res) == [
        ("河道采砂许可审查不严", "制度机制风险", "Ⅱ级"),
        (cells[1], "业务流程风险", ""),
    ]
