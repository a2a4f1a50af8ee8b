"""A 台账 with no 科室/岗位/姓名 column, one row a point with only its stage (``受理`` / ``初审`` /
``审定``, or ``经办`` / ``复核`` …), under section rows one a business each naming in its closing
bracket THAT business's holder of each stage ('一、个人住房贷款审批（受理：信贷科科员　某某；初审：…）'):
each row is the holder its own section row names for its stage, up to the next section row; a
stage its section names not stays as read, with a warning; one info. A table with holder
columns, or one legend line keying the whole table: as before.

Not the published batch's 台账 (a 社会保险事业服务中心 with 经办/复核/审批 and 高/中/低): a county's
住房公积金管理中心 and a 不动产登记中心, other stage words, posts, names and level words, section rows
numbered '（一）' or merged, one or two heading rows, written with xlsxwriter (tests/helpers.py) and
read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str], sheet: str = "台账"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    """(科室 and post, holder, point, level) of each point read."""
    r = got.risks
    post = [f"{d}{t}" for d, t in zip(r["department"], r["title"], strict=True)]
    return sorted(zip(post, r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def errors(got) -> set[str]:
    i = got.issues
    return set(i[i["severity"] == "error"]["code"])


G = "\u3000"
FUND = "XX县住房公积金管理中心"


def test_each_merged_section_row_keys_its_own_rows(tmp_path):
    rows = [[f"{FUND}廉政风险台账"],
            ["序号", "环节", "风险点", "等级", "防控措施"],
            [f"一、个人住房贷款（受理：信贷科科员{G}欧阳砚池；初审：信贷科科长{G}司徒岚；审定：副主任{G}上官霁）"],
            [1, "受理", "降低首付比例受理贷款申请", "二级", "首付凭证原件核验"],
            [2, "初审", "贷款额度测算把关不严", "一级", "额度系统自动测算"],
            [3, "审定", "人情审批超额贷款", "一级", "贷审会集体研究"],
            [f"二、公积金提取（受理：征缴科科员{G}慕容溪；初审：征缴科科长{G}端木岑；审定：主任{G}公孙澈）"],
            [4, "受理", "伪造购房合同提取不核查", "一级", "网签备案联网核验"],
            [5, "初审", "提取频次超限不拦截", "二级", "系统设置频次上限"],
            [6, "审定", "大额提取不经复核", "三级", "五万元以上双人审定"],
            ["注：各业务括号内为该业务各环节经办人员。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A3:E3", "A7:E7", "A11:E11"])
    assert read(got) == sorted([
        ("信贷科科员", "欧阳砚池", "降低首付比例受理贷款申请", "Ⅱ级"),
        ("信贷科科长", "司徒岚", "贷款额度测算把关不严", "Ⅰ级"),
        ("副主任", "上官霁", "人情审批超额贷款", "Ⅰ级"),
        ("征缴科科员", "慕容溪", "伪造购房合同提取不核查", "Ⅰ级"),
        ("征缴科科长", "端木岑", "提取频次超限不拦截", "Ⅱ级"),
        ("主任", "公孙澈", "大额提取不经复核", "Ⅲ级"),
    ])  # fmt: skip
    said = got.issues[got.issues["code"] == "HOLDERS_BY_SECTION_KEYS"]
    assert len(said) == 1 and "A3" in said["value"].iloc[0] and "A7" in said["value"].iloc[0]
    assert not {"HOLDERS_BY_COLUMN_KEY", "HOLDER_SECTION_KEY_UNMATCHED"} & codes(got)
    assert not errors(got)
    assert "HOLDERS_BY_SECTION_KEYS" in CATALOGUE and "HOLDER_SECTION_KEY_UNMATCHED" in SHORT


def test_numbered_unmerged_sections_a_bracket_in_the_business_and_a_stage_not_named(tmp_path):
    # '（一）' sections in one cell, not merged; the business's own bracket '（含预告登记）'; the
    # third section names no 审定 holder: its 审定 row stays as read, with a warning
    rows = [["XX县不动产登记中心登记业务风险点排查表"],
            ["序号", "办理环节", "风险点", "风险等级", "防控措施", "备注"],
            [f"（一）抵押登记（含预告登记）（受理：登记窗口科员{G}呼延棠；初审：审核股股长{G}皇甫汀；审定：副主任{G}令狐湄）"],
            [1, "受理", "受理材料不全的抵押申请", "高", "一次性告知", None],
            [2, "审定", "违规注销抵押登记", "高", "注销双人核验", "重点"],
            [f"（二）更正登记（受理：登记窗口科员{G}宇文笙；初审：审核股股长{G}皇甫汀）"],
            [3, "受理", "更正事由不核实", "中", "权利人到场确认", None],
            [4, "初审", "以更正之名变更权属", "高", "更正登记公告", None],
            [5, "审定", "更正登记审定流于形式", "低", "集体会审", None]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        ("登记窗口科员", "呼延棠", "受理材料不全的抵押申请", "Ⅰ级"),
        ("副主任", "令狐湄", "违规注销抵押登记", "Ⅰ级"),
        ("登记窗口科员", "宇文笙", "更正事由不核实", "Ⅱ级"),
        ("审核股股长", "皇甫汀", "以更正之名变更权属", "Ⅰ级"),
        ("", "", "更正登记审定流于形式", "Ⅲ级"),
    ])  # fmt: skip
    miss = got.issues[got.issues["code"] == "HOLDER_SECTION_KEY_UNMATCHED"]
    assert list(miss["cell"]) == ["B9"]
    assert (got.issues["code"] == "HOLDERS_BY_SECTION_KEYS").sum() == 1
    assert not errors(got)


def test_two_heading_rows_and_three_sections_one_holder_in_two(tmp_path):
    rows = [[f"{FUND}归集业务廉政风险防控台账"],
            ["序号", "经办环节", "廉政风险", None, "防控措施"],
            [None, None, "风险点", "风险等级", None],
            [f"一、单位缴存登记（经办：征缴科科员{G}慕容溪；复核：征缴科科长{G}端木岑）"],
            [1, "经办", "为不符合条件单位办理缓缴", "中", "缓缴须经集体研究"],
            [2, "复核", "缓缴复核不看财务报表", "低", "复核留存报表"],
            [f"二、缴存基数调整（经办：征缴科科员{G}慕容溪；复核：稽核科科长{G}东方翊）"],
            [3, "经办", "违规调高缴存基数", "高", "基数与工资台账核对"],
            [4, "复核", "基数调整复核走过场", "中", "按季抽查"],
            [f"三、补缴（经办：稽核科科员{G}夏侯沅；复核：稽核科科长{G}东方翊）"],
            [5, "经办", "为离职人员违规补缴", "高", "补缴须提供劳动合同"],
            [6, "复核", "补缴复核不核实劳动关系", "中", "社保记录比对"]]  # fmt: skip
    merges = ["A1:E1", "A2:A3", "B2:B3", "C2:D2", "E2:E3", "A4:E4", "A7:E7", "A10:E10"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("征缴科科员", "慕容溪", "为不符合条件单位办理缓缴", "Ⅱ级"),
        ("征缴科科长", "端木岑", "缓缴复核不看财务报表", "Ⅲ级"),
        ("征缴科科员", "慕容溪", "违规调高缴存基数", "Ⅰ级"),
        ("稽核科科长", "东方翊", "基数调整复核走过场", "Ⅱ级"),
        ("稽核科科员", "夏侯沅", "为离职人员违规补缴", "Ⅰ级"),
        ("稽核科科长", "东方翊", "补缴复核不核实劳动关系", "Ⅱ级"),
    ])  # fmt: skip
    assert len(set(got.posts["person"])) == 4
    assert not errors(got)


def test_plain_section_rows_and_one_legend_line_read_as_before(tmp_path):
    # the section rows key nothing; one line under the table keys the stages for the whole table
    rows = [[f"{FUND}信贷业务廉政风险台账"],
            ["序号", "环节", "风险点", "等级", "防控措施"],
            ["一、个人住房贷款"],
            [1, "受理", "降低首付比例受理贷款申请", "二级", "首付凭证原件核验"],
            [2, "初审", "贷款额度测算把关不严", "一级", "额度系统自动测算"],
            ["二、贷款展期"],
            [3, "受理", "展期申请材料不核实", "三级", "借款人到场确认"],
            [4, "初审", "展期期限超出规定", "二级", "系统控制期限"],
            [f"注：受理：信贷科科员{G}欧阳砚池；初审：信贷科科长{G}司徒岚。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A3:E3", "A6:E6", "A9:E9"])
    assert read(got) == sorted([
        ("信贷科科员", "欧阳砚池", "降低首付比例受理贷款申请", "Ⅱ级"),
        ("信贷科科长", "司徒岚", "贷款额度测算把关不严", "Ⅰ级"),
        ("信贷科科员", "欧阳砚池", "展期申请材料不核实", "Ⅲ级"),
        ("信贷科科长", "司徒岚", "展期期限超出规定", "Ⅱ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_COLUMN_KEY" in codes(got)
    assert not {"HOLDERS_BY_SECTION_KEYS", "HOLDER_SECTION_KEY_UNMATCHED"} & codes(got)
    assert not errors(got)


def test_holder_columns_under_bracketed_section_rows_read_as_before(tmp_path):
    # the table names each row's post and holder; the section rows' brackets only list stages
    rows = [[f"{FUND}岗位廉政风险台账"],
            ["序号", "环节", "岗位", "姓名", "风险点", "等级"],
            ["一、个人住房贷款（受理、初审、审定）"],
            [1, "受理", "信贷科科员", "欧阳砚池", "降低首付比例受理贷款申请", "二级"],
            [2, "初审", "信贷科科长", "司徒岚", "贷款额度测算把关不严", "一级"],
            ["二、公积金提取（受理、初审）"],
            [3, "受理", "征缴科科员", "慕容溪", "伪造购房合同提取不核查", "一级"],
            [4, "初审", "征缴科科长", "端木岑", "提取频次超限不拦截", "二级"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A3:F3", "A6:F6"])
    assert read(got) == sorted([
        ("信贷科科员", "欧阳砚池", "降低首付比例受理贷款申请", "Ⅱ级"),
        ("信贷科科长", "司徒岚", "贷款额度测算把关不严", "Ⅰ级"),
        ("征缴科科员", "慕容溪", "伪造购房合同提取不核查", "Ⅰ级"),
        ("征缴科科长", "端木岑", "提取频次超限不拦截", "Ⅱ级"),
    ])  # fmt: skip
    assert not {"HOLDERS_BY_SECTION_KEYS", "HOLDER_SECTION_KEY_UNMATCHED"} & codes(got)
    assert not errors(got)


def test_a_department_opening_with_a_lead_word_keeps_it():
    """'经办：归集科科员　某某': 归 opens the 科室 归集科 here, no lead word ('归 办公室…', '由财务股…',
    '为出纳…' still lose theirs); found by this stop's section-keys helper (the 科室 read '集科')."""
    from xlproc.locate_base import keyed_holder

    said = {
        "经办：归集科科员　隗沐阳": ("归集科", "科员", "隗沐阳"),
        "经办：归 办公室主任　亓书澈": ("办公室", "主任", "亓书澈"),
        "经办：由财务股股长　冼望舒负责": ("财务股", "股长", "冼望舒"),
        "经办：为出纳　邝若溪": ("", "出纳", "邝若溪"),
    }
    for text, want in said.items():
        assert keyed_holder(text, 3, [0]) == want, text
