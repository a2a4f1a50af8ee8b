"""One row a 科室 whose 风险点 cell splits its numbered points among the 科室's holders by lines
naming each alone, post and name, no number and no colon ('局长　某某⏎1.…（高）⏎2.…（中）⏎副局长
某某⏎3.…（低）'), under a 风险点 heading carrying a note on how to fill it in
('岗位廉政风险点（按人员逐条填写，注明等级）'): each numbered line a point of the holder named
above it, at its own bracket's level, the row's 科室 kept; a measures cell numbered alike gives
each point its own measures.

Not the published batch's file (a 生态环境分局 with 局领导 / 环境执法大队, ``一级`` levels, the
numbering running on through each cell): a 县自然资源局 with 股室 (不动产登记股, 执法监察大队),
高/中/低 and ``Ⅰ级`` levels, a two-row heading, an extra 备注 column, a holder line with its name
in brackets, numbering that restarts under each holder, ① numbering and measures not numbered
alike; written with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file.
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
    write_workbook(inbox / "list.xlsx", {"汇总": rows}, {"汇总": merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


LEADERS = "局长　钭蕴琛\n1.土地出让底价确定中个人说了算（高）\n2.违规干预不动产登记办理（中）\n副局长　訾雯岫\n3.分管的测绘项目验收走过场（低）"
LEADERS_MEASURES = "1.出让底价集体研究确定。\n2.登记全程网办留痕。\n3.验收实行专家评审。"
REGISTRY = "股长　钭岷珂\n1.登记材料审查不严，为不符合条件的办理登记（高）\n科员　訾沅汀\n2.向中介泄露权利人信息（中）\n3.收受办事群众财物（高）"
REGISTRY_MEASURES = "1.登记审核双人复核。\n2.查询信息登记备案。\n3.开展廉洁服务承诺。"


def test_holder_lines_split_an_office_cell(tmp_path):
    rows = [
        ["XX县自然资源局岗位廉政风险点汇总表"],
        ["序号", "股室", "岗位廉政风险点（按人员逐条填写，注明等级）", "防控措施"],
        [1, "局领导", LEADERS, LEADERS_MEASURES],
        [2, "不动产登记股", REGISTRY, REGISTRY_MEASURES],
        ["填表人：", None, "审核人：", None],
    ]
    got = run(tmp_path, rows, ["A1:D1"])
    assert read(got) == sorted([
        ("局长", "钭蕴琛", "土地出让底价确定中个人说了算", "Ⅰ级"),
        ("局长", "钭蕴琛", "违规干预不动产登记办理", "Ⅱ级"),
        ("副局长", "訾雯岫", "分管的测绘项目验收走过场", "Ⅲ级"),
        ("股长", "钭岷珂", "登记材料审查不严，为不符合条件的办理登记", "Ⅰ级"),
        ("科员", "訾沅汀", "向中介泄露权利人信息", "Ⅱ级"),
        ("科员", "訾沅汀", "收受办事群众财物", "Ⅰ级"),
    ])  # fmt: skip
    r = got.risks
    by_point = dict(
        zip(r["risk_point"], zip(r["department"], r["measures"], strict=True), strict=True)
    )
    assert by_point["向中介泄露权利人信息"] == ("不动产登记股", "查询信息登记备案。")
    assert by_point["分管的测绘项目验收走过场"] == ("局领导", "验收实行专家评审。")
    no_errors(got)


def test_two_heading_rows_an_extra_column_and_numbers_restarting(tmp_path):
    cell = "大队长（钭骞珩）\n1.违法线索不立案查处（Ⅰ级）\n2.查处案件降格处理（Ⅱ级）\n执法队员（訾潆湄）\n1.巡查中发现违法占地不报告（Ⅱ级）"
    measures = "案件集体审理，巡查轨迹留痕，线索台账管理。"
    rows = [
        ["XX县自然资源局执法监察大队廉政风险点清单"],
        ["填报单位：XX县自然资源局", None, None, None, None],
        ["序号", "科室", "廉政风险点（分人填写，括号内注明风险等级）", "主要防控措施", "备注"],
        [1, "执法监察大队", cell, measures, ""],
    ]
    got = run(tmp_path, rows, ["A1:E1", "A2:E2"])
    assert read(got) == sorted([
        ("大队长", "钭骞珩", "违法线索不立案查处", "Ⅰ级"),
        ("大队长", "钭骞珩", "查处案件降格处理", "Ⅱ级"),
        ("执法队员", "訾潆湄", "巡查中发现违法占地不报告", "Ⅱ级"),
    ])  # fmt: skip
    assert set(got.risks["measures"]) == {measures}  # (not numbered alike: kept whole)
    assert set(got.risks["department"]) == {"执法监察大队"}
    no_errors(got)


def test_circled_numbers_and_one_holder(tmp_path):
    cell = "所长　钭沨霈\n①地籍调查结果弄虚作假（高）\n②违规出具用地证明（低）"
    rows = [
        ["序号", "部门", "岗位廉政风险点（逐条填写并括注等级）", "防控措施"],
        [1, "城关自然资源所", cell, "①调查结果公示。\n②证明出具登记。"],
    ]
    got = run(tmp_path, rows, [])
    assert read(got) == sorted([
        ("所长", "钭沨霈", "地籍调查结果弄虚作假", "Ⅰ级"),
        ("所长", "钭沨霈", "违规出具用地证明", "Ⅲ级"),
    ])  # fmt: skip
    assert sorted(got.risks["measures"]) == sorted(["调查结果公示。", "证明出具登记。"])
    no_errors(got)


def test_an_ordinary_list_with_its_own_holder_columns_is_as_before(tmp_path):
    rows = [
        ["序号", "股室", "岗位", "姓名", "廉政风险点（逐条填写）", "风险等级", "防控措施"],
        [1, "不动产登记股", "股长", "钭岷珂", "登记材料审查不严", "高", "双人复核。"],
        [2, "不动产登记股", "科员", "訾沅汀", "向中介泄露权利人信息", "中", "查询登记备案。"],
    ]
    got = run(tmp_path, rows, [])
    assert read(got) == sorted([
        ("股长", "钭岷珂", "登记材料审查不严", "Ⅰ级"),
        ("科员", "訾沅汀", "向中介泄露权利人信息", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)


def test_a_cell_opening_with_no_holder_line_is_not_split_among_holders(tmp_path):
    # '主要风险' over the numbered points: no post and name, so no holder is made up
    cell = "主要风险\n1.土地出让底价确定中个人说了算（高）\n2.违规干预不动产登记办理（中）"
    rows = [
        ["序号", "股室", "岗位", "廉政风险点", "风险等级", "防控措施"],
        [1, "局领导", "局长", cell, "", "集体研究。"],
        [2, "不动产登记股", "股长", "登记材料审查不严", "高", "双人复核。"],
    ]
    got = run(tmp_path, rows, [])
    r = got.risks
    assert not any(p for p in r["person"]), r.to_dict("records")
    assert ("股长", "", "登记材料审查不严", "Ⅰ级") in read(got)
    assert "钭蕴琛" not in "".join(r["person"])
    no_errors(got)


def test_a_level_heading_with_a_filling_note_stays_a_level(tmp_path):
    rows = [
        ["序号", "科室", "岗位", "风险点", "风险等级（按高、中、低填写）", "防控措施"],
        [1, "执法监察大队", "大队长", "违法线索不立案查处", "高", "线索台账管理。"],
        [2, "执法监察大队", "执法队员", "巡查中发现违法占地不报告", "中", "巡查轨迹留痕。"],
    ]
    got = run(tmp_path, rows, [])
    assert read(got) == sorted([
        ("大队长", "", "违法线索不立案查处", "Ⅰ级"),
        ("执法队员", "", "巡查中发现违法占地不报告", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
