"""A type × level grid (风险类型 down, the levels across) with no 科室, 岗位 or 姓名 column, whose
cells list their points one a line, every line opened by its holder before a colon ('局长　某某：…',
'1.出纳某某：…'): each line is a point of its own holder at the cell's type and level, not the cell
one point of its first line's holder; a line naming no holder is the holder's of the line above it
in the same cell. Read when the grid's filled cells nearly all open so (GRID_LINE_HOLDERS); one such
cell among plain ones, or plain points one a line, read as before.

Not the published batch's grid (a 国际物流有限公司 with 总经理 … 仓储主管 under 高风险 | 中风险 |
低风险, two rows of title and 填报单位): a 县水务局's 风险分布 grid, other posts, names and points,
one or two rows above the grid, ``一级风险 | 二级风险 | 三级风险`` or ``一级 | 二级 | 三级``,
numbered lines, a holder in brackets and one line a cell, written with xlsxwriter
(tests/helpers.py) and read back as ``collect_inbox`` reads a file.
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
    write_workbook(inbox / "grid.xlsx", {"分布表": rows}, {"分布表": merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


GAP = "\u3000"


def test_each_line_is_its_own_holders_point(tmp_path):
    """Two rows above the grid, post and name parted by a wide space, two lines a cell, a line
    with no holder the line above's."""
    rows = [
        ["XX县水务局岗位廉政风险分布情况表"],
        ["风险类型", "一级风险", "二级风险", "三级风险"],
        ["思想道德风险",
         f"局长{GAP}甘霖澍：水利工程项目审批中收受请托人财物",
         f"出纳{GAP}詹沐澄：挪用公款周转\n收取现金不入账",
         "无"],
        ["制度机制风险",
         f"副局长{GAP}闵溪岚：河道采砂许可不按程序审批",
         "/",
         f"局长{GAP}甘霖澍：局务会议事规则执行不严\n会计{GAP}詹沁蔓：报销凭证审核流于形式"],
        ["岗位职责风险",
         "无",
         f"会计{GAP}詹沁蔓：虚列支出套取资金\n副局长{GAP}闵溪岚：水资源费减免把关不严",
         f"出纳{GAP}詹沐澄：银行对账不及时"],
        ["注：风险点前写明责任岗位和责任人。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1", "A6:D6"])
    assert read(got) == sorted([
        ("局长", "甘霖澍", "水利工程项目审批中收受请托人财物", "Ⅰ级"),
        ("局长", "甘霖澍", "局务会议事规则执行不严", "Ⅲ级"),
        ("副局长", "闵溪岚", "河道采砂许可不按程序审批", "Ⅰ级"),
        ("副局长", "闵溪岚", "水资源费减免把关不严", "Ⅱ级"),
        ("出纳", "詹沐澄", "挪用公款周转", "Ⅱ级"),
        ("出纳", "詹沐澄", "收取现金不入账", "Ⅱ级"),
        ("出纳", "詹沐澄", "银行对账不及时", "Ⅲ级"),
        ("会计", "詹沁蔓", "报销凭证审核流于形式", "Ⅲ级"),
        ("会计", "詹沁蔓", "虚列支出套取资金", "Ⅱ级"),
    ])  # fmt: skip
    r = got.risks
    kinds = dict(zip(r["risk_point"], r["risk_type"], strict=True))
    assert kinds["挪用公款周转"].startswith("思想道德")
    assert kinds["银行对账不及时"].startswith("岗位职责")
    assert "GRID_LINE_HOLDERS" in codes(got) and "HOLDER_BEFORE_COLON" not in codes(got)
    no_errors(got)


def test_numbered_lines_under_grades(tmp_path):
    """One row above the grid, ``一级 | 二级 | 三级``, each line numbered ('1.局长甘霖澍：…'),
    post and name run together, a holder in brackets."""
    rows = [
        ["县水务局廉政风险点分布"],
        ["风险类别", "一级", "二级", "三级"],
        ["思想道德风险",
         "1.局长甘霖澍：插手水利工程招投标\n2.副局长（闵溪岚）：接受施工单位宴请",
         "1.出纳詹沐澄：公款私存",
         "/"],
        ["制度机制风险",
         "/",
         "1.会计詹沁蔓：专项资金不按规定用途核算",
         "1.副局长（闵溪岚）：防汛物资采购不比价\n2.出纳詹沐澄：现金日记账登记不及时"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1"])
    assert read(got) == sorted([
        ("局长", "甘霖澍", "插手水利工程招投标", "Ⅰ级"),
        ("副局长", "闵溪岚", "接受施工单位宴请", "Ⅰ级"),
        ("副局长", "闵溪岚", "防汛物资采购不比价", "Ⅲ级"),
        ("出纳", "詹沐澄", "公款私存", "Ⅱ级"),
        ("出纳", "詹沐澄", "现金日记账登记不及时", "Ⅲ级"),
        ("会计", "詹沁蔓", "专项资金不按规定用途核算", "Ⅱ级"),
    ])  # fmt: skip
    assert "GRID_LINE_HOLDERS" in codes(got)
    no_errors(got)


def test_one_line_a_cell(tmp_path):
    """One holder's line a cell, under ``高 | 中 | 低``, the first level's cells empty on a row:
    each cell's holder its own, not the row's first cell's."""
    rows = [
        ["县水务局岗位廉政风险分布表"],
        ["填报单位：县水务局"],
        ["风险类型", "高", "中", "低"],
        ["思想道德风险", f"局长{GAP}甘霖澍：利用职权为亲友承揽工程", f"会计{GAP}詹沁蔓：收受供应商购物卡", "无"],
        ["制度机制风险", "无", f"副局长{GAP}闵溪岚：水利设施维修项目不经集体研究", f"出纳{GAP}詹沐澄：支票管理制度不落实"],
        ["岗位职责风险", f"副局长{GAP}闵溪岚：工程变更签证把关不严", "无", f"会计{GAP}詹沁蔓：固定资产账实不符"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1", "A2:D2"])
    assert read(got) == sorted([
        ("局长", "甘霖澍", "利用职权为亲友承揽工程", "Ⅰ级"),
        ("会计", "詹沁蔓", "收受供应商购物卡", "Ⅱ级"),
        ("副局长", "闵溪岚", "水利设施维修项目不经集体研究", "Ⅱ级"),
        ("出纳", "詹沐澄", "支票管理制度不落实", "Ⅲ级"),
        ("副局长", "闵溪岚", "工程变更签证把关不严", "Ⅰ级"),
        ("会计", "詹沁蔓", "固定资产账实不符", "Ⅲ级"),
    ])  # fmt: skip
    assert "GRID_LINE_HOLDERS" in codes(got)
    no_errors(got)


PLAIN = [
    ["县水务局廉政风险分布"],
    ["风险类型", "一级风险", "二级风险", "三级风险"],
    ["思想道德风险", "水利工程项目审批中收受请托人财物", "挪用公款周转", "无"],
    ["制度机制风险", "河道采砂许可不按程序审批", "/", "报销凭证审核流于形式"],
    ["岗位职责风险", "无", "虚列支出套取资金", "银行对账不及时"],
]


def test_plain_points_stay_as_they_were(tmp_path):
    """A grid of plain points, no holder before a colon: no holder read, one point a cell."""
    got = run(tmp_path, PLAIN, ["A1:D1"])
    assert [x[2:] for x in read(got)] == sorted([
        ("水利工程项目审批中收受请托人财物", "Ⅰ级"),
        ("挪用公款周转", "Ⅱ级"),
        ("河道采砂许可不按程序审批", "Ⅰ级"),
        ("报销凭证审核流于形式", "Ⅲ级"),
        ("虚列支出套取资金", "Ⅱ级"),
        ("银行对账不及时", "Ⅲ级"),
    ])  # fmt: skip
    assert "GRID_LINE_HOLDERS" not in codes(got)
    no_errors(got)


def test_one_holder_cell_among_plain_ones(tmp_path):
    """'局长甘霖澍：…' in one cell only, the rest plain: not a grid of holders' lines; the cell is
    read as before (one point, as written)."""
    rows = [list(r) for r in PLAIN]
    rows[2][1] = "局长甘霖澍：水利工程项目审批中收受请托人财物\n工程款拨付不按进度"
    got = run(tmp_path, rows, ["A1:D1"])
    assert "GRID_LINE_HOLDERS" not in codes(got)
    assert len(read(got)) == 6
    assert not any(p == "工程款拨付不按进度" for _, _, p, _ in read(got))
    no_errors(got)


def test_what_the_hundred_and_tenth_review_found_holders_after_a_semicolon(tmp_path):
    """Two holders' items on one line, split by '；' ('局长　某某：…；出纳　某某：…'): each its own
    holder's point; a '；' inside one's point stays."""
    rows = [
        ["XX县水务局岗位廉政风险分布情况表"],
        ["风险类型", "一级风险", "二级风险", "三级风险"],
        ["思想道德风险",
         f"局长{GAP}甘霖澍：收受请托人财物；出纳{GAP}詹沐澄：挪用公款",
         f"会计{GAP}詹沁蔓：虚列支出；虚开票据",
         "无"],
        ["制度机制风险", f"副局长{GAP}闵溪岚：采砂许可不按程序", "无", f"出纳{GAP}詹沐澄：对账不及时"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1"])
    assert read(got) == sorted([
        ("局长", "甘霖澍", "收受请托人财物", "Ⅰ级"),
        ("出纳", "詹沐澄", "挪用公款", "Ⅰ级"),
        ("会计", "詹沁蔓", "虚列支出；虚开票据", "Ⅱ级"),
        ("副局长", "闵溪岚", "采砂许可不按程序", "Ⅰ级"),
        ("出纳", "詹沐澄", "对账不及时", "Ⅲ级"),
    ])  # fmt: skip
    assert "GRID_LINE_HOLDERS" in codes(got)
    no_errors(got)


def test_what_the_hundred_and_tenth_review_found_a_holder_alone_over_numbered_points(tmp_path):
    """'院长某某：' alone on its line over '1.…⏎2.…': each numbered line a point of his, its
    number and his name out of the point."""
    rows = [
        ["XX县人民医院院长廉政风险分布"],
        ["风险类型", "一级风险", "二级风险", "三级风险"],
        ["思想道德风险", "院长冼澄邈：\n1.收受药品回扣\n2.接受宴请", "院长冼澄邈：\n1.利用职权安排亲属", "无"],
        ["制度机制风险", "院长冼澄邈：\n1.大额资金不经集体研究", "无", "院长冼澄邈：\n1.会议记录不全"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1"])
    assert read(got) == sorted([
        ("院长", "冼澄邈", "收受药品回扣", "Ⅰ级"),
        ("院长", "冼澄邈", "接受宴请", "Ⅰ级"),
        ("院长", "冼澄邈", "利用职权安排亲属", "Ⅱ级"),
        ("院长", "冼澄邈", "大额资金不经集体研究", "Ⅰ级"),
        ("院长", "冼澄邈", "会议记录不全", "Ⅲ级"),
    ])  # fmt: skip
    assert "GRID_LINE_HOLDERS" in codes(got)
    no_errors(got)
