"""Holder columns keyed down only by a running 序号: one column a holder (科室, post and name in
heading rows with no label, or '岗位（姓名）' in one row), '序号' (or '编号', or nothing) over a
column of 1, 2, 3 … on the left, each cell under a holder one point closing with its level in a
bracket ('…（高）', '…(Ⅱ级)', '…【中风险】'), '/' or '—' where he has no more. The numbers are no
levels: each point's level is its own bracket, taken off the point (``GRID_NUMBERED_ROWS``). In a
grid with real level words down the left, a bracket closing a cell is the point's own level too,
and a warning says where it differs from the row's (``GRID_BRACKET_LEVEL_DIFFERS``).

Not the published batch's board (a county 体育中心's 公示表 with 中心领导/场馆运营部/财务室, '序号'
merged over three heading rows and '（一级）'…'（三级）'): a 水务局, a 图书馆 and a 疾控中心, other
posts and names, levels 高/中/低, Ⅰ级–Ⅲ级 and 高风险/中风险/低风险, a 序号 running past 3, two heading
rows or one, numbered lines in a cell, written with xlsxwriter (tests/helpers.py) and read back
as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str], sheet: str = "公示"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got, *allowed: tuple[str, str]) -> None:
    issues = got.issues
    errors = issues[issues["severity"] == "error"]
    assert sorted(zip(errors["code"], errors["cell"], strict=True)) == sorted(allowed), (
        errors.to_dict("records")
    )


def test_posts_and_names_under_serial_running_past_three(tmp_path):
    # two heading rows (post, name), '序号' merged over them, 1…4 down the left: the fourth row
    # is read too; full-width brackets with 高/中/低; '—' and '/' none
    rows = [["XX县水务局岗位廉政风险点公示"],
            ["序号", "局长", "副局长", "水政监察大队长"],
            [None, "司马澈", "欧阳霁", "濮阳沅"],
            [1, "水利工程招标指定中标单位（高）", "河道采砂许可违规审批（高）", "涉水违法案件以罚代刑（高）"],
            [2, "防汛物资采购不经集体研究（中）", "农田水利补助资金分配不公（中）", "执法中收受当事人财物（中）"],
            [3, "公务用车私用（低）", "—", "罚没款不按时上缴（中）"],
            [4, "干部调配个人说了算（中）", "/", "/"],
            ["注：每列为一人的风险点，括号内为风险等级。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1", "A2:A3", "A8:D8"])
    assert read(got) == sorted([
        ("局长", "司马澈", "水利工程招标指定中标单位", "Ⅰ级"),
        ("局长", "司马澈", "防汛物资采购不经集体研究", "Ⅱ级"),
        ("局长", "司马澈", "公务用车私用", "Ⅲ级"),
        ("局长", "司马澈", "干部调配个人说了算", "Ⅱ级"),
        ("副局长", "欧阳霁", "河道采砂许可违规审批", "Ⅰ级"),
        ("副局长", "欧阳霁", "农田水利补助资金分配不公", "Ⅱ级"),
        ("水政监察大队长", "濮阳沅", "涉水违法案件以罚代刑", "Ⅰ级"),
        ("水政监察大队长", "濮阳沅", "执法中收受当事人财物", "Ⅱ级"),
        ("水政监察大队长", "濮阳沅", "罚没款不按时上缴", "Ⅱ级"),
    ])  # fmt: skip
    assert "GRID_NUMBERED_ROWS" in codes(got)
    assert "LEVEL_BLANK" not in codes(got)
    no_errors(got)


def test_post_with_name_in_one_row_no_heading_over_the_numbers(tmp_path):
    # one heading row '岗位（姓名）', nothing over the numbers, half-width '(Ⅱ级)' brackets
    rows = [["XX市图书馆廉政风险点分布表"],
            [None, "馆长（尉迟琮）", "采编部主任（公孙璟）", "会计（端木珣）"],
            [1, "图书采购指定供应商(Ⅰ级)", "采购图书验收把关不严(Ⅱ级)", "报销票据审核不严(Ⅱ级)"],
            [2, "场馆出租收入不入账(Ⅰ级)", "接受书商宴请(Ⅲ级)", "私设小金库(Ⅰ级)"],
            [3, "讲座经费虚列支出(Ⅱ级)", "/", "/"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1"])
    assert read(got) == sorted([
        ("馆长", "尉迟琮", "图书采购指定供应商", "Ⅰ级"),
        ("馆长", "尉迟琮", "场馆出租收入不入账", "Ⅰ级"),
        ("馆长", "尉迟琮", "讲座经费虚列支出", "Ⅱ级"),
        ("采编部主任", "公孙璟", "采购图书验收把关不严", "Ⅱ级"),
        ("采编部主任", "公孙璟", "接受书商宴请", "Ⅲ级"),
        ("会计", "端木珣", "报销票据审核不严", "Ⅱ级"),
        ("会计", "端木珣", "私设小金库", "Ⅰ级"),
    ])  # fmt: skip
    assert "GRID_NUMBERED_ROWS" in codes(got)
    no_errors(got)


def test_three_heading_rows_under_bianhao_numbered_lines_and_a_bare_cell(tmp_path):
    # 科室 / 岗位 / 姓名 rows, '编号' merged down them; a cell of two numbered lines each with
    # its '【…风险】'; a cell with no bracket under '编号': a point with its level blank
    rows = [["XX县疾病预防控制中心廉政风险点一览表"],
            ["编号", "中心领导", None, "检验科"],
            [None, "主任", "副主任", "科长"],
            [None, "慕容琰", "上官珩", "宇文瑄"],
            [1, "1.疫苗采购收受回扣【高风险】\n2.工程项目化整为零【中风险】", "检测设备采购围标串标【高风险】",
             "检验报告出具不实【高风险】"],
            [2, "人员招聘暗箱操作【中风险】", "培训经费挪作他用", "试剂耗材验收走过场【低风险】"],
            ["填表人：", None, "审核人：", None]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1", "A2:A4", "B2:C2"])
    assert read(got) == sorted([
        ("主任", "慕容琰", "疫苗采购收受回扣", "Ⅰ级"),
        ("主任", "慕容琰", "工程项目化整为零", "Ⅱ级"),
        ("主任", "慕容琰", "人员招聘暗箱操作", "Ⅱ级"),
        ("副主任", "上官珩", "检测设备采购围标串标", "Ⅰ级"),
        ("副主任", "上官珩", "培训经费挪作他用", ""),
        ("科长", "宇文瑄", "检验报告出具不实", "Ⅰ级"),
        ("科长", "宇文瑄", "试剂耗材验收走过场", "Ⅲ级"),
    ])  # fmt: skip
    assert set(got.risks["department"]) == {"中心领导", "检验科"}
    assert "GRID_NUMBERED_ROWS" in codes(got)
    no_errors(got, ("LEVEL_BLANK", "C6"))  # (the bare cell's point: as any point with no level)


def test_level_rows_with_bracketed_cells_the_bracket_wins_and_warns(tmp_path):
    # real level words down the left, each cell closing with a bracket: the bracket comes off
    # the point; where it differs from the row's it wins, with a warning at its cell
    rows = [["XX县疾病预防控制中心岗位风险等级表"],
            [None, "主任", "科长"],
            [None, "慕容琰", "宇文瑄"],
            ["一级", "疫苗采购收受回扣（一级）", "检验报告出具不实（二级）"],
            ["二级", "人员招聘暗箱操作（二级）", "试剂耗材验收走过场（二级）"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:C1"])
    assert read(got) == sorted([
        ("主任", "慕容琰", "疫苗采购收受回扣", "Ⅰ级"),
        ("主任", "慕容琰", "人员招聘暗箱操作", "Ⅱ级"),
        ("科长", "宇文瑄", "检验报告出具不实", "Ⅱ级"),
        ("科长", "宇文瑄", "试剂耗材验收走过场", "Ⅱ级"),
    ])  # fmt: skip
    said = got.issues[got.issues["code"] == "GRID_BRACKET_LEVEL_DIFFERS"]
    assert list(said["cell"]) == ["C4"]
    assert "GRID_NUMBERED_ROWS" not in codes(got)
    no_errors(got)


def test_level_words_down_the_left_and_plain_cells_as_before(tmp_path):
    # negative: '高风险 | 中风险 | 低风险' down the left, plain cells: the row's level
    rows = [["XX县水务局岗位廉政风险等级表"],
            [None, "局长", "副局长"],
            [None, "司马澈", "欧阳霁"],
            ["高风险", "水利工程招标指定中标单位", "河道采砂许可违规审批"],
            ["中风险", "防汛物资采购不经集体研究", "/"],
            ["低风险", "公务用车私用", "农田水利补助资金分配不公"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:C1"])
    assert read(got) == sorted([
        ("局长", "司马澈", "水利工程招标指定中标单位", "Ⅰ级"),
        ("局长", "司马澈", "防汛物资采购不经集体研究", "Ⅱ级"),
        ("局长", "司马澈", "公务用车私用", "Ⅲ级"),
        ("副局长", "欧阳霁", "河道采砂许可违规审批", "Ⅰ级"),
        ("副局长", "欧阳霁", "农田水利补助资金分配不公", "Ⅲ级"),
    ])  # fmt: skip
    assert not {"GRID_NUMBERED_ROWS", "GRID_BRACKET_LEVEL_DIFFERS"} & codes(got)
    no_errors(got)


def test_type_rows_down_the_left_with_bracketed_cells_as_before(tmp_path):
    # negative: a risk type a row down the left (the holders-down × types cross table): the
    # row is the type, the brackets the levels, no 序号 reading
    rows = [["XX市图书馆廉政风险点分类表"],
            ["风险类型", "馆长（尉迟琮）", "会计（端木珣）"],
            ["思想道德风险", "1.接受书商宴请（三级）", "1.利用职务之便谋取私利（二级）"],
            ["制度机制风险", "1.图书采购指定供应商（一级）", "1.报销票据审核不严（二级）"],
            ["岗位职责风险", "1.场馆出租收入不入账（一级）", "/"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:C1"])
    r = got.risks
    assert sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], r["risk_type"],
                      strict=True)) == sorted([
        ("馆长", "尉迟琮", "接受书商宴请", "Ⅲ级", "思想道德风险"),
        ("馆长", "尉迟琮", "图书采购指定供应商", "Ⅰ级", "制度机制风险"),
        ("馆长", "尉迟琮", "场馆出租收入不入账", "Ⅰ级", "岗位职责风险"),
        ("会计", "端木珣", "利用职务之便谋取私利", "Ⅱ级", "思想道德风险"),
        ("会计", "端木珣", "报销票据审核不严", "Ⅱ级", "制度机制风险"),
    ])  # fmt: skip
    assert not {"GRID_NUMBERED_ROWS", "GRID_BRACKET_LEVEL_DIFFERS"} & codes(got)
    no_errors(got)


def test_what_the_hundred_and_twenty_first_review_found_labelled_and_square_brackets(tmp_path):
    # (5) '（风险等级：高）' (labelled) in one column, '[高]' (square) in another, '（一级）' in the
    # third: each cell's bracket is its level, taken off the point, no LEVEL_BLANK
    rows = [["XX县水务局岗位廉政风险点公示"],
            ["序号", "局长", "副局长", "大队长"],
            [None, "司马澈", "欧阳霁", "濮阳沅"],
            [1, "水利工程招标指定中标单位（风险等级：高）", "河道采砂许可违规审批[高]",
             "涉水违法案件以罚代刑（一级）"],
            [2, "防汛物资采购不经集体研究（风险等级：中）", "农田水利补助资金分配不公[中]",
             "执法中收受当事人财物（二级）"],
            [3, "公务用车私用（等级：低）", "—", "罚没款不按时上缴【级别：三级】"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1", "A2:A3"])
    assert read(got) == sorted([
        ("局长", "司马澈", "水利工程招标指定中标单位", "Ⅰ级"),
        ("局长", "司马澈", "防汛物资采购不经集体研究", "Ⅱ级"),
        ("局长", "司马澈", "公务用车私用", "Ⅲ级"),
        ("副局长", "欧阳霁", "河道采砂许可违规审批", "Ⅰ级"),
        ("副局长", "欧阳霁", "农田水利补助资金分配不公", "Ⅱ级"),
        ("大队长", "濮阳沅", "涉水违法案件以罚代刑", "Ⅰ级"),
        ("大队长", "濮阳沅", "执法中收受当事人财物", "Ⅱ级"),
        ("大队长", "濮阳沅", "罚没款不按时上缴", "Ⅲ级"),
    ])  # fmt: skip
    assert "GRID_NUMBERED_ROWS" in codes(got)
    assert "LEVEL_BLANK" not in codes(got)
    no_errors(got)
