"""A point and its measures written on one line, parted by an arrow, under a heading naming both.

'廉政风险点及防控措施' over cells like '项目资金拨付审核不严→实行三级审核，…': the text before the
ONE arrow is the point, the text after it its measures. Arrows elsewhere (a 流程's '受理→审核→办结',
a level changed '高→中', a point's own words under a heading that names no measures) and cells
with several arrows stay as they were read. The workbooks are written by xlsxwriter and openpyxl,
in other words than tests/published/batch447.py (another unit, other arrows and headings).
"""

from pathlib import Path

import openpyxl
from helpers import write_ods, write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.locate import _arrow_parts


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows, merges=None):
    """Write one sheet with xlsxwriter and read it back as ``collect_inbox`` does."""
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "水务站.xlsx", {"清单": rows}, {"清单": merges or []})
    return _collect(inbox)


def codes(res) -> list[tuple[str, str]]:
    return sorted(zip(res.issues["code"], res.issues["cell"], strict=True))


def read(res) -> list[tuple[str, str, str]]:
    return list(
        zip(res.risks["person"], res.risks["risk_point"], res.risks["measures"], strict=True)
    )


def test_arrows_of_every_style_part_point_and_measures(tmp_path):
    rows = [
        ["某县水利站岗位廉洁风险点排查表"],
        ["序号", "岗位", "姓名", "岗位风险点及防范措施", "风险级别"],
        [1, "站长", "谭沐阳", "小型水利工程验收走过场⇒邀请受益村代表参与验收，验收资料存档", "一级"],
        [2, "站长", "谭沐阳", "灌溉用水指标分配不公 -> 分配方案张榜公示", "二级"],
        [3, "技术员", "柏青禾", "工程量签证弄虚作假——>现场测量留影像，监理复核", "二级"],
        [4, "技术员", "柏青禾", "收受施工方礼品➔节日前开展廉洁提醒谈话", "三级"],
        [5, "管理员", "卜若溪", "抗旱物资发放优亲厚友=>发放名单逐户登记、公开", "二级"],
    ]  # fmt: skip
    res = run(tmp_path, rows, ["B3:B4", "C3:C4", "B5:B6", "C5:C6"])
    assert read(res) == [
        ("谭沐阳", "小型水利工程验收走过场", "邀请受益村代表参与验收，验收资料存档"),
        ("谭沐阳", "灌溉用水指标分配不公", "分配方案张榜公示"),
        ("柏青禾", "工程量签证弄虚作假", "现场测量留影像，监理复核"),
        ("柏青禾", "收受施工方礼品", "节日前开展廉洁提醒谈话"),
        ("卜若溪", "抗旱物资发放优亲厚友", "发放名单逐户登记、公开"),
    ]
    assert res.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级", "Ⅱ级", "Ⅲ级", "Ⅱ级"]
    assert "MEASURES_BLANK" not in set(res.issues["code"])


def test_openpyxl_cells_wrapped_after_the_arrow_and_a_measures_label(tmp_path):
    """Written by openpyxl: the measures wrapped onto a second line after the arrow, numbered
    lines after it, a '措施：' label after it (no measure itself), the arrow on a line of its own."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "防控表"
    data = [
        ["单位", "某镇社会事务办"],
        ["科室", "岗位", "责任人", "风险点与防控措施", "等级"],
        ["社会事务办", "民政专干", "缪晏清", "低保对象审核不实→入户核查，⏎民主评议后公示", "高"],
        ["社会事务办", "民政专干", "缪晏清", "临时救助资金发放不及时→⏎1.建立台账；⏎2.按月对账", "中"],
        ["社会事务办", "残联专干", "葛素衣", "残疾人补贴冒领⟶措施：每季度比对死亡信息", "中"],
        ["社会事务办", "残联专干", "葛素衣", "辅具发放不登记⏎→发放签字、留存影像", "低"],
    ]  # fmt: skip
    for row in data:
        ws.append([v.replace("⏎", "\n") if isinstance(v, str) else v for v in row])
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    wb.save(inbox / "社会事务办.xlsx")
    res = _collect(inbox)
    assert read(res) == [
        ("缪晏清", "低保对象审核不实", "入户核查，\n民主评议后公示"),
        ("缪晏清", "临时救助资金发放不及时", "1.建立台账；\n2.按月对账"),
        ("葛素衣", "残疾人补贴冒领", "每季度比对死亡信息"),
        ("葛素衣", "辅具发放不登记", "发放签字、留存影像"),
    ]
    assert "MEASURES_BLANK" not in set(res.issues["code"])


def test_a_libreoffice_ods_copy_reads_the_same(tmp_path):
    """The arrow is in the cell's text, not its format: an .ods copy is parted the same way."""
    rows = [
        ["岗位", "姓名", "风险事项及管控措施", "风险等级"],
        ["所长", "冉霁川", "执法检查选择性执法→随机抽取检查对象，全程记录", "高"],
        ["执法员", "濮砚秋", "罚没款不入账 ⇒ 罚缴分离，票款当日核对", "中"],
    ]  # fmt: skip
    inbox = tmp_path / "inbox"
    write_ods(inbox / "执法所.ods", {"台账": rows})
    res = _collect(inbox)
    assert read(res) == [
        ("冉霁川", "执法检查选择性执法", "随机抽取检查对象，全程记录"),
        ("濮砚秋", "罚没款不入账", "罚缴分离，票款当日核对"),
    ]


def test_arrows_under_other_headings_read_as_before(tmp_path):
    """A 流程 column ('申请→初审→复核→拨付'), a level changed from last year's ('高→中') and a
    point with an arrow of its own under a heading that names no measures, beside a measures
    column: nothing is parted."""
    rows = [
        ["序号", "岗位", "姓名", "办理流程", "廉政风险点", "风险等级", "防控措施"],
        [1, "出纳", "芮知秋", "申请→初审→复核→拨付", "补助资金由申请→拨付环节截留", "高→中", "专户管理"],
        [2, "出纳", "芮知秋", "登记→入库", "票据领用→核销不及时", "中", "票据台账"],
        [3, "会计", "华闻笛", "受理→审核", "报销凭证审核不严", "低", "两人审核"],
    ]  # fmt: skip
    res = run(tmp_path, rows)
    assert read(res) == [
        ("芮知秋", "补助资金由申请→拨付环节截留", "专户管理"),
        ("芮知秋", "票据领用→核销不及时", "票据台账"),
        ("华闻笛", "报销凭证审核不严", "两人审核"),
    ]
    assert res.risks["risk_level"].tolist() == ["Ⅱ级", "Ⅱ级", "Ⅲ级"]  # ('高→中': now 中)


def test_heading_naming_measures_but_arrows_in_few_cells_reads_as_before(tmp_path):
    """'风险点及防控措施' with no measures column, where only one cell of four has an arrow: the
    arrow is not how this table parts its cells, so no cell is cut."""
    rows = [
        ["岗位", "姓名", "风险点及防控措施", "风险等级"],
        ["所长", "钭星澜", "工程款拨付审批不严", "高"],
        ["所长", "钭星澜", "干部选用程序不规范", "中"],
        ["会计", "巫马悦", "经费报销→审批手续不全", "中"],
        ["会计", "巫马悦", "私设小金库", "高"],
    ]  # fmt: skip
    res = run(tmp_path, rows, ["A2:A3", "B2:B3", "A4:A5", "B4:B5"])
    assert res.risks["risk_point"].tolist() == [
        "工程款拨付审批不严",
        "干部选用程序不规范",
        "经费报销→审批手续不全",
        "私设小金库",
    ]
    assert set(res.risks["measures"]) == {""}


def test_several_arrows_in_a_cell_are_not_cut_and_are_reported(tmp_path):
    """Most cells have one arrow; one has three (a workflow inside the point, then maybe its
    measures) and one an arrow inside quotes: which arrow parts the measures is not certain, so
    those cells stay whole, the first is reported, and no measures are made up."""
    rows = [
        ["序号", "岗位", "姓名", "廉政风险点及防控措施", "风险等级"],
        [1, "主任", "闻人澈", "项目资金拨付审核不严→实行三级审核，资金专户管理", "高"],
        [2, "主任", "闻人澈", "申报→初审→拨付环节把关不严→落实集体研究", "高"],
        [3, "干事", "司空瑶", "未按“先审→后批”程序办理", "中"],
        [4, "干事", "司空瑶", "台账登记不及时→每月核对台账", "低"],
        [5, "干事", "司空瑶", "档案借阅不登记 → 借阅登记，按期归还", "低"],
    ]  # fmt: skip
    res = run(tmp_path, rows, ["B2:B3", "C2:C3", "B4:B6", "C4:C6"])
    assert read(res) == [
        ("闻人澈", "项目资金拨付审核不严", "实行三级审核，资金专户管理"),
        ("闻人澈", "申报→初审→拨付环节把关不严→落实集体研究", ""),
        ("司空瑶", "未按“先审→后批”程序办理", ""),
        ("司空瑶", "台账登记不及时", "每月核对台账"),
        ("司空瑶", "档案借阅不登记", "借阅登记，按期归还"),
    ]
    assert ("POINT_ARROWS_UNCLEAR", "D3") in codes(res)
    assert ("POINT_ARROWS_UNCLEAR", "D4") not in codes(res)  # one arrow, inside the point's words
    msg = res.issues[res.issues["code"] == "POINT_ARROWS_UNCLEAR"]["message"].iloc[0]
    assert "箭头" in msg and "申报→初审" in msg


def test_arrow_parts_rules():
    assert _arrow_parts("公车私用→实行派车单制度") == ("公车私用", "实行派车单制度")
    assert _arrow_parts("受理→审核→办结") is None  # several arrows
    assert _arrow_parts("→补办手续") is None  # nothing before it
    assert _arrow_parts("物资采购不规范→") is None  # nothing after it
    assert _arrow_parts("采购（询价→定价）不透明") is None  # inside brackets
    assert _arrow_parts("经费支出，→严格审批") is None  # a sentence going on
    assert _arrow_parts("未执行《采购→验收细则》规定") is None
    assert _arrow_parts("高→中") is None  # a level changed: no point of one character
    assert _arrow_parts("风险点：虚报冒领→防控措施：张榜公示") == ("虚报冒领", "张榜公示")


def test_what_the_seventy_third_review_found_in_arrows(tmp_path):
    # an arrow meaning 'leads to' inside the point: no measures after it
    rows = [
        ["某县农机中心岗位廉政风险点及防控措施一览表"],
        ["序号", "岗位", "姓名", "风险点及防控措施", "风险等级"],
        [1, "主任", "谭沐阳", "补贴机具核验走过场→导致补贴资金被骗取", "高"],
        [2, "会计", "柏青禾", "备用金借支不清理→资金长期挂账流失", "中"],
        [3, "会计", "柏青禾", "票据审核把关不严→报销资金浪费", "低"],
    ]  # fmt: skip
    res = run(tmp_path / "leads", rows, ["B4:B5", "C4:C5"])
    assert res.risks["measures"].tolist() == ["", "", ""]
    assert res.risks["risk_point"].tolist()[0] == "补贴机具核验走过场→导致补贴资金被骗取"
    # other wordings of a heading joining the point and its measures
    for k, head in enumerate(
        ("风险点及对应的管控措施", "岗位风险点与相应的防范措施", "风险点（防控措施）")
    ):
        rows = [
            ["某县农机中心岗位廉政风险一览表"],
            ["序号", "岗位", "姓名", head, "风险等级"],
            [1, "主任", "谭沐阳", "补贴机具核验走过场→补贴机具逐台现场核验，留存影像", "高"],
            [2, "会计", "柏青禾", "备用金借支不清理→备用金每月清理，逾期通报", "中"],
        ]  # fmt: skip
        res = run(tmp_path / f"head{k}", rows)
        assert res.risks["risk_point"].tolist() == ["补贴机具核验走过场", "备用金借支不清理"], head
    # measures on lines of their own, each opened by an arrow
    rows = [
        ["某县农机中心岗位廉政风险一览表"],
        ["序号", "岗位", "姓名", "廉政风险点及防控措施", "风险等级"],
        [1, "主任", "谭沐阳", "补贴机具核验走过场\n→逐台现场核验\n→留存影像资料", "高"],
        [2, "会计", "柏青禾", "备用金借支不清理\n→备用金每月清理", "中"],
    ]  # fmt: skip
    res = run(tmp_path / "bullets", rows)
    assert read(res) == [
        ("谭沐阳", "补贴机具核验走过场", "逐台现场核验\n留存影像资料"),
        ("柏青禾", "备用金借支不清理", "备用金每月清理"),
    ]
    assert "POINT_ARROWS_UNCLEAR" not in set(res.issues["code"])
