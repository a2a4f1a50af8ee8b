"""A heading merged over 科室 columns ('涉及科室', '责任部门（打√）', '相关股室') with a tick under
each 科室 the row's point is of: a copy of the row for each ticked 科室, its 科室 the column's
heading (not the tick), its post the table's 岗位 column's where there is one (对岗不对人), else
the 科室's own form.

The layouts here are not the helper's file (a 市场监督管理局's 办公室 | 财务科 | 执法大队 under
'涉及科室'): other units (a county's 水利局, a town's 卫生院, a 税务分局), other 科室, posts and
level words, '●' and '✓' as well as '√', a 岗位 column or none, an extra 备注 column, written with
xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file. Post ticks under
'责任岗位' and a '涉及科室' column of text read as before.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str], sheet: str = "排查表"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str, str]]:
    r = got.risks
    return sorted(
        zip(r["department"], r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True)
    )


def errors(got) -> set[str]:
    return set(got.issues[got.issues["severity"] == "error"]["code"])


def test_ticks_under_involved_departments_no_post_column(tmp_path):
    rows = [["XX县水利局廉政风险点排查登记表"],
            ["序号", "廉政风险点", "风险等级", "涉及部门", None, None, "防控措施"],
            [None, None, None, "办公室", "工程建设股", "水政监察大队", None],
            [1, "公务接待超标准", "低", "√", None, None, "严格执行接待清单"],
            [2, "工程验收走过场", "高", None, "√", None, "第三方参与验收"],
            [3, "河道采砂许可把关不严", "中", None, "√", "√", "集体研究审批"],
            [4, "罚没款不按时上缴", "高", None, None, "√", "票款分离"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:G3"])
    assert read(got) == sorted([
        ("办公室", "", "", "公务接待超标准", "Ⅲ级"),
        ("工程建设股", "", "", "工程验收走过场", "Ⅰ级"),
        ("工程建设股", "", "", "河道采砂许可把关不严", "Ⅱ级"),
        ("水政监察大队", "", "", "河道采砂许可把关不严", "Ⅱ级"),
        ("水政监察大队", "", "", "罚没款不按时上缴", "Ⅰ级"),
    ])  # fmt: skip
    assert not errors(got)
    assert "COLUMN_GUESSED" not in set(got.issues["code"])


def test_dots_under_departments_beside_a_post_column(tmp_path):
    # '责任科室（在对应科室下打●）' over the 科室, a 岗位 column before them: one form per 科室 and post
    rows = [["XX镇卫生院岗位廉政风险防控表"],
            ["岗位", "风险点", "风险等级", "责任科室（打●）", None, None, "防控措施"],
            [None, None, None, "药剂科", "收费室", "院办", None],
            ["科长", "药品采购收受回扣", "一级", "●", None, "●", "集体议价，纪检监督"],
            ["收费员", "收费不开票据", "二级", None, "●", None, "日清日结"],
            ["科长", "药品验收不认真", "三级", "●", None, None, "双人验收签字"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:G3"])
    assert read(got) == sorted([
        ("药剂科", "科长", "", "药品采购收受回扣", "Ⅰ级"),
        ("院办", "科长", "", "药品采购收受回扣", "Ⅰ级"),
        ("收费室", "收费员", "", "收费不开票据", "Ⅱ级"),
        ("药剂科", "科长", "", "药品验收不认真", "Ⅲ级"),
    ])  # fmt: skip
    assert not errors(got)


def test_four_offices_under_related_offices_and_a_notes_column(tmp_path):
    # '相关股室' over four columns, '✓' marks, a 序号 and a 备注 column after them
    rows = [["XX税务分局廉政风险点一览表"],
            ["序号", "风险点", "风险等级", "相关股室", None, None, None, "备注"],
            [None, None, None, "征管股", "法制股", "综合股", "稽查股", None],
            ["1", "违规办理退税", "高", "✓", "✓", None, None, None],
            ["2", "核定定额不公", "中", "✓", None, None, None, "重点"],
            ["3", "稽查选案随意", "高", None, None, None, "✓", None],
            ["4", "车辆维修虚报", "低", None, None, "✓", None, None],
            ["5", "办公用品采购不比价", "低", None, None, None, None, None],
            ["6", "出差补助虚报", "中", None, None, None, None, "待定"]]  # fmt: skip
    # ('✓' merged down over rows 7 and 8: both 综合股's; row 9 ticks none: no 科室, not the above's)
    merges = ["A1:H1", "A2:A3", "B2:B3", "C2:C3", "D2:G2", "H2:H3", "F7:F8"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("征管股", "", "", "违规办理退税", "Ⅰ级"),
        ("法制股", "", "", "违规办理退税", "Ⅰ级"),
        ("征管股", "", "", "核定定额不公", "Ⅱ级"),
        ("稽查股", "", "", "稽查选案随意", "Ⅰ级"),
        ("综合股", "", "", "车辆维修虚报", "Ⅲ级"),
        ("综合股", "", "", "办公用品采购不比价", "Ⅲ级"),
        ("", "", "", "出差补助虚报", "Ⅱ级"),
    ])  # fmt: skip
    assert not errors(got)


def test_post_ticks_under_responsible_posts_read_as_before(tmp_path):
    rows = [["XX县水利局廉政风险点排查登记表"],
            ["序号", "廉政风险点", "风险等级", "责任岗位", None, None, "防控措施"],
            [None, None, None, "局长", "副局长", "股长", None],
            [1, "工程发包指定施工方", "高", "√", None, None, "集体研究"],
            [2, "资金拨付审核不严", "中", None, "√", "√", "双人审核"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:G3"])
    assert read(got) == sorted([
        ("", "局长", "", "工程发包指定施工方", "Ⅰ级"),
        ("", "副局长", "", "资金拨付审核不严", "Ⅱ级"),
        ("", "股长", "", "资金拨付审核不严", "Ⅱ级"),
    ])  # fmt: skip
    assert not errors(got)


def test_involved_department_column_of_text_reads_as_written(tmp_path):
    rows = [["XX县水利局廉政风险点排查登记表"],
            ["序号", "廉政风险点", "风险等级", "涉及科室", "防控措施"],
            [1, "公务接待超标准", "低", "办公室", "严格执行接待清单"],
            [2, "工程验收走过场", "高", "工程建设股", "第三方参与验收"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("办公室", "", "", "公务接待超标准", "Ⅲ级"),
        ("工程建设股", "", "", "工程验收走过场", "Ⅰ级"),
    ])  # fmt: skip
    assert not errors(got)


def test_names_under_departments_and_posts_heading_read_as_before(tmp_path):
    # '责任科室及岗位' over 科室 whose cells are NAMES: each name the holder, his 科室 the column's
    rows = [["XX县水利局廉政风险点排查登记表"],
            ["序号", "廉政风险点", "风险等级", "责任科室及岗位", None, None, "防控措施"],
            [None, None, None, "办公室", "工程建设股", "水政监察大队", None],
            [1, "公务接待超标准", "低", "訾沛岚", None, None, "严格执行接待清单"],
            [2, "河道采砂许可把关不严", "中", None, "甘棠溪", "蔺霁川", "集体研究审批"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:G3"])
    assert read(got) == sorted([
        ("办公室", "", "訾沛岚", "公务接待超标准", "Ⅲ级"),
        ("工程建设股", "", "甘棠溪", "河道采砂许可把关不严", "Ⅱ级"),
        ("水政监察大队", "", "蔺霁川", "河道采砂许可把关不严", "Ⅱ级"),
    ])  # fmt: skip
    assert not errors(got)


def test_what_the_hundred_and_ninth_review_found_role_words_under_departments(tmp_path):
    # '负责审核', '配合', '牵头验收', '监督' under 涉及科室's 科室 columns: each filled cell's
    # column a 科室 of the row (a copy of the point each), the words kept nowhere
    rows = [["XX县水利局廉政风险点排查登记表"],
            ["序号", "廉政风险点", "风险等级", "涉及科室", None, None, "防控措施"],
            [None, None, None, "办公室", "工程建设股", "水政监察大队", None],
            [1, "公务接待超标准", "低", "负责审核", "配合", None, "接待清单"],
            [2, "工程验收走过场", "高", None, "牵头验收", "监督", "第三方验收"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:G3"])
    assert read(got) == sorted([
        ("办公室", "", "", "公务接待超标准", "Ⅲ级"),
        ("工程建设股", "", "", "公务接待超标准", "Ⅲ级"),
        ("工程建设股", "", "", "工程验收走过场", "Ⅰ级"),
        ("水政监察大队", "", "", "工程验收走过场", "Ⅰ级"),
    ])  # fmt: skip
    assert not errors(got)
    assert "COLUMN_GUESSED" not in set(got.issues["code"])
