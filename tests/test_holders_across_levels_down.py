"""A cross table of level by holder: one column a holder, named in heading rows with no label
before them (科室 / 岗位 / 姓名 in any order, or '岗位（姓名）' in one row) under a diagonal corner
('职务⏎风险级别') or none, one row a level down the first column or two ('高风险', '★★', 'Ⅱ级'),
each cell that holder's points of that level, numbered one a line.

The layouts here are not the published batch's (a county's 教育局 with 股室/岗位/姓名 and
一级风险…): another unit, other posts and names, other level words and corners, written with
xlsxwriter (tests/helpers.py) and openpyxl, read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_ods, write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None, sheet: str = "分级"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str, str]]:
    r = got.risks
    return sorted(
        zip(r["department"], r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True)
    )


def codes(got) -> set[str]:
    return set(got.issues["code"])


TITLE = ["XX县自然资源局班子成员及股室负责人廉政风险等级表"]


def test_three_heading_rows_over_level_rows_read_a_form_per_column(tmp_path):
    rows = [TITLE,
            ["职务\n风险级别", "局领导", None, "不动产登记股", "执法监察大队"],
            [None, "局长", "副局长", "股长", "大队长"],
            [None, "冼澄邈", "訾沛岚", "甘棠溪", "蔺霁川"],
            ["高风险", "1.土地出让不经集体研究\n2.规划调整个人拍板", "1.违规干预矿权审批", None, "1.查处违法用地选择性执法"],
            ["中风险", "1.干部选任把关不严", None, "1.登记材料审核走过场\n2.为关系人插队办证",
             "1.罚没款不及时上缴，\n拖欠入账"],
            ["低风险", None, "1.公务接待超标准", "1.档案借阅不登记", None],
            ["注：防控措施见各岗位防控卡。"],
            ["制表：办公室", None, "审核：", None, "2025年7月"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A2:A4", "B2:C2", "A8:E8"])
    assert read(got) == sorted([
        ("局领导", "局长", "冼澄邈", "土地出让不经集体研究", "Ⅰ级"),
        ("局领导", "局长", "冼澄邈", "规划调整个人拍板", "Ⅰ级"),
        ("局领导", "局长", "冼澄邈", "干部选任把关不严", "Ⅱ级"),
        ("局领导", "副局长", "訾沛岚", "违规干预矿权审批", "Ⅰ级"),
        ("局领导", "副局长", "訾沛岚", "公务接待超标准", "Ⅲ级"),
        ("不动产登记股", "股长", "甘棠溪", "登记材料审核走过场", "Ⅱ级"),
        ("不动产登记股", "股长", "甘棠溪", "为关系人插队办证", "Ⅱ级"),
        ("不动产登记股", "股长", "甘棠溪", "档案借阅不登记", "Ⅲ级"),
        ("执法监察大队", "大队长", "蔺霁川", "查处违法用地选择性执法", "Ⅰ级"),
        # (a numbered point typed on in the next line of its cell: one point)
        ("执法监察大队", "大队长", "蔺霁川", "罚没款不及时上缴，拖欠入账", "Ⅱ级"),
    ])  # fmt: skip
    assert set(got.posts["unit"]) == {"XX县自然资源局"}
    assert len(got.posts) == 4
    said = got.issues[got.issues["code"] == "GRID_HOLDERS"]
    assert list(said["cell"]) == ["B2"]
    assert "第2行为科室" in said["value"].iloc[0] and "第4行为责任人" in said["value"].iloc[0]
    assert not {"ROW_UNPLACED", "FILE_NO_FORM", "LEVEL_BLANK"} & codes(got)


def test_names_over_posts_stars_in_column_b_and_rows_of_types_and_measures(tmp_path):
    # 姓名 above 岗位, no corner word at all, the levels '★★★/★★/★' in column B beside '风险
    # 等级' merged down column A; a level with no point; then a type row and a measures row
    rows = [["XX镇卫生院廉政风险公示表"],
            ["风险等级", None, "郜蔓菁", "仉望舒", "薛临渊"],
            [None, None, "院长", "药剂师", "收费员"],
            [None, "★★★", "1.药品采购收受回扣", "1.药品验收不认真", "1.收费不开票据"],
            [None, "★★", "1.大型设备采购不比价", None, "1.挪用收费款"],
            [None, "★", None, None, None],
            ["风险类型", None, "制度机制", "岗位职责", "思想道德"],
            ["防控措施", None, "集体研究，纪检全程监督", "双人验收签字", "日清日结，票款核对"]]  # fmt: skip
    merges = ["A1:E1", "A2:B3", "A4:A6", "A7:B7", "A8:B8"]
    got = run(tmp_path, rows, merges)
    r = got.risks
    assert sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], r["risk_type"],
                      r["measures"], strict=True)) == sorted([
        ("院长", "郜蔓菁", "药品采购收受回扣", "Ⅰ级", "制度机制风险", "集体研究，纪检全程监督"),
        ("院长", "郜蔓菁", "大型设备采购不比价", "Ⅱ级", "制度机制风险", "集体研究，纪检全程监督"),
        ("药剂师", "仉望舒", "药品验收不认真", "Ⅰ级", "岗位职责风险", "双人验收签字"),
        ("收费员", "薛临渊", "收费不开票据", "Ⅰ级", "思想道德风险", "日清日结，票款核对"),
        ("收费员", "薛临渊", "挪用收费款", "Ⅱ级", "思想道德风险", "日清日结，票款核对"),
    ])  # fmt: skip
    assert "GRID_HOLDERS" in codes(got)
    assert not {"ROW_UNPLACED", "MEASURES_BLANK", "TYPE_BLANK"} & codes(got)


def test_post_and_holder_in_one_heading_row_and_an_unnumbered_cell(tmp_path):
    # one heading row '岗位（姓名）' (or '岗位⏎姓名'), Ⅰ级/Ⅱ级/Ⅲ级 down column A; a cell of two
    # lines with no numbers is one point, as a cell of a list is
    rows = [["XX县档案馆岗位廉政风险等级表"],
            ["级别＼岗位", "馆长（逄砚秋）", "保管员\n阙楚瑶", "会计（乜星澜）"],
            ["Ⅰ级", "1.档案数字化外包指定公司", "1.私自出借涉密档案", None],
            ["Ⅱ级", "馆藏征集定价不公开\n经费开支随意", None, "1.虚列支出"],
            ["Ⅲ级", None, "1.查阅登记不全", "1.票据保管不善"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1"])
    assert read(got) == sorted([
        ("", "馆长", "逄砚秋", "档案数字化外包指定公司", "Ⅰ级"),
        ("", "馆长", "逄砚秋", "馆藏征集定价不公开\n经费开支随意", "Ⅱ级"),
        ("", "保管员", "阙楚瑶", "私自出借涉密档案", "Ⅰ级"),
        ("", "保管员", "阙楚瑶", "查阅登记不全", "Ⅲ级"),
        ("", "会计", "乜星澜", "虚列支出", "Ⅱ级"),
        ("", "会计", "乜星澜", "票据保管不善", "Ⅲ级"),
    ])  # fmt: skip


def test_written_with_openpyxl_and_as_ods(tmp_path):
    import openpyxl

    rows = [["XX县统计局廉政风险分级表"],
            ["岗位/等级", "办公室", "综合股"],
            [None, "主任", "统计员"],
            [None, "禚若川", "鄂晚晴"],
            ["一级", "公车私用", "篡改统计数据"],
            ["二级", "办公用品采购不比价", "泄露调查对象信息"]]  # fmt: skip
    want = sorted([
        ("办公室", "主任", "禚若川", "公车私用", "Ⅰ级"), ("办公室", "主任", "禚若川", "办公用品采购不比价", "Ⅱ级"),
        ("综合股", "统计员", "鄂晚晴", "篡改统计数据", "Ⅰ级"), ("综合股", "统计员", "鄂晚晴", "泄露调查对象信息", "Ⅱ级"),
    ])  # fmt: skip
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "分级"
    for row in rows:
        ws.append(row)
    ws.merge_cells("A1:C1")
    ws.merge_cells("A2:A4")
    (tmp_path / "x").mkdir()
    wb.save(tmp_path / "x" / "t.xlsx")
    assert read(_collect(tmp_path / "x")) == want
    # LibreOffice's copy: values only (no merges), read alike
    write_ods(tmp_path / "o" / "t.ods", {"分级": rows})
    assert read(_collect(tmp_path / "o")) == want


def test_types_or_steps_across_the_top_are_no_holders(tmp_path):
    # the level-by-type grid (types across, levels down) reads as it did: a point a cell, its
    # type by column, no post, no person made of the types
    rows = [["XX县自然资源局廉政风险分级表"],
            ["级别＼类型", "思想道德风险", "制度机制风险", "岗位职责风险"],
            ["高", "收受服务对象礼品", "大额资金不经集体研究", None],
            ["中", None, "公车私用", "票据保管不善"]]  # fmt: skip
    got = run(tmp_path / "types", rows, ["A1:D1"])
    r = got.risks
    assert sorted(zip(r["risk_point"], r["risk_level"], r["risk_type"], strict=True)) == sorted([
        ("收受服务对象礼品", "Ⅰ级", "思想道德风险"), ("大额资金不经集体研究", "Ⅰ级", "制度机制风险"),
        ("公车私用", "Ⅱ级", "制度机制风险"), ("票据保管不善", "Ⅱ级", "岗位职责风险"),
    ])  # fmt: skip
    assert set(r["title"]) == {""} and set(r["person"]) == {""}
    assert "GRID_HOLDERS" not in codes(got)
    # steps of the work across the top: no holders, no table (as before)
    rows = [TITLE,
            ["环节\n等级", "受理", "审核", "办结"],
            ["高", "1.吃拿卡要", "1.审核走过场", None],
            ["中", None, "1.泄露信息", "1.超期办结"]]  # fmt: skip
    got = run(tmp_path / "steps", rows, ["A1:D1"])
    assert got.risks.empty and "FILE_NO_FORM" in codes(got)


def test_heads_of_mixed_kinds_name_no_one(tmp_path):
    # a heading row mixing posts and names, or naming 科室 only: which column is whose is not
    # certain, so no post and no holder is made of them
    rows = [TITLE,
            [None, "局长", "冼澄邈", "股长"],
            ["高风险", "1.土地出让不经集体研究", "1.违规干预矿权审批", "1.登记材料审核走过场"],
            ["中风险", "1.干部选任把关不严", None, "1.档案借阅不登记"]]  # fmt: skip
    got = run(tmp_path / "mixed", rows, ["A1:D1"])
    assert "GRID_HOLDERS" not in codes(got)
    assert set(got.risks["title"]) <= {""} and set(got.risks["person"]) <= {""}
    rows = [TITLE,
            [None, "办公室", "不动产登记股"],
            ["高风险", "1.公车私用", "1.为关系人插队办证"],
            ["中风险", "1.接待超标", "1.档案借阅不登记"]]  # fmt: skip
    got = run(tmp_path / "parts", rows, ["A1:C1"])
    assert "GRID_HOLDERS" not in codes(got)
    assert set(got.risks["title"]) <= {""} and set(got.risks["person"]) <= {""}


def test_a_labelled_chart_reads_as_before_its_numbered_cells_split(tmp_path):
    # labels '岗位 | …', '姓名 | …' before the rows: read as a wall chart always was (no issue
    # that the heads were guessed); its numbered cells are a point a line too
    rows = [["XX县文化馆岗位廉政风险公示牌"],
            ["岗位", "馆长", "会计"],
            ["姓名", "鄂晚晴", "禚若川"],
            ["高风险", "1.展览项目不经集体研究\n2.大额支出一支笔", "虚列支出"],
            ["低风险", "公车私用", "1.票据保管不善"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:C1"])
    assert read(got) == sorted([
        ("", "会计", "禚若川", "票据保管不善", "Ⅲ级"), ("", "会计", "禚若川", "虚列支出", "Ⅰ级"),
        ("", "馆长", "鄂晚晴", "公车私用", "Ⅲ级"), ("", "馆长", "鄂晚晴", "大额支出一支笔", "Ⅰ级"),
        ("", "馆长", "鄂晚晴", "展览项目不经集体研究", "Ⅰ级"),
    ])  # fmt: skip
    assert "GRID_HOLDERS" not in codes(got)


def test_the_code_is_catalogued():
    assert CATALOGUE["GRID_HOLDERS"][0] == "info" and SHORT["GRID_HOLDERS"]
