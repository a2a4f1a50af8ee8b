"""A 排查情况报告 pasted from Word into one sheet: each holder named only inside a numbered prose
paragraph merged across the sheet ('1.所长芮璟琇同志，负责……排查出廉政风险点2项，具体如下：'),
each paragraph over its own small table (序号 | 风险点 | 风险等级 | 防控措施, the heading repeated)
with no 科室/岗位/姓名 column. Each paragraph opens the holder of the table under it; the count it
states is checked against the table's rows; a lone unit name (and date) under the last table in
a column not the point's is the report's sign-off, no row.

Not the published batch's report (a 县木竹检查站 with 站长/副站长/检查员, ``（一）…同志，`` and
一级/二级/三级): a 镇财政所 and a 县疾控中心's 检验科, other posts and names, 高/中/低 and ticked level
columns, paragraphs numbered '1.', '（1）' and '一、', the name before '同志（所长）', a post
and name parted by a space, a 科室 before the post, an extra 风险类型 column; written with
xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str], sheet: str = "报告"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "report.xlsx", {sheet: rows}, {sheet: merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


def across(rows: list[list], width: int) -> list[str]:
    """Merge every lone text line across the sheet, as Word's paragraphs paste."""
    col = "ABCDEFG"[width - 1]
    return [f"A{i}:{col}{i}" for i, row in enumerate(rows, 1) if len([x for x in row if x]) == 1
            and row[0]]  # fmt: skip


HEAD = ["序号", "风险点", "风险等级", "防控措施"]


def test_post_then_name_paragraphs_each_over_its_table(tmp_path):
    rows = [
        ["溪口镇财政所岗位廉政风险排查情况报告"],
        ["按照镇纪委统一部署，我所全体人员对照职责开展排查，现将排查情况报告如下："],
        ["1.所长芮璟琇同志，负责财政所全面工作和资金拨付审批。经排查，共排查出廉政风险点2项，具体如下："],
        HEAD,
        [1, "惠农补贴资金拨付审核把关不严", "高", "补贴名册村级公示，拨付前所务会审定。"],
        [2, "接受村级报账单位宴请", "低", "签订廉洁承诺书，节前提醒。"],
        ["2.报账员滕沐澂同志，负责村级财务代理记账和票据审核。经排查，共排查出廉政风险点1项，具体如下："],
        HEAD,
        [1, "不合规票据入账报销", "中", "票据审核双人签字，每月抽查。"],
        ["下一步，我所将把上述风险点纳入所务公开内容，定期检查防控措施落实情况。"],
        [None, None, "溪口镇财政所", None],
        [None, None, "2025年6月3日", None],
    ]  # fmt: skip
    got = run(tmp_path, rows, across(rows, 4))
    assert read(got) == sorted([
        ("所长", "芮璟琇", "惠农补贴资金拨付审核把关不严", "Ⅰ级"),
        ("所长", "芮璟琇", "接受村级报账单位宴请", "Ⅲ级"),
        ("报账员", "滕沐澂", "不合规票据入账报销", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "HOLDERS_BY_REPORT_PARAGRAPH" in codes(got)
    assert "POINT_BLANK" not in codes(got)  # (the unit and date under the last table sign it)
    assert "ROW_UNPLACED" not in codes(got)  # (nor are they strays: the report's sign-off)
    assert "HOLDER_PARAGRAPH_COUNT" not in codes(got)
    c = got.counts()
    assert c["rows_seen"] == c["risks"] + c["rows_reported"] == 3, c


def test_name_before_comrade_with_post_in_brackets_and_a_type_column(tmp_path):
    head = ["序号", "廉政风险点", "风险类型", "风险等级", "防控措施"]
    rows = [
        ["县疾控中心检验科岗位廉政风险排查报告"],
        ["（1）阙沁瑶同志（科长），主持检验科工作，查找出风险点两个，分述如下："],
        head,
        [1, "检验试剂采购指定品牌", "岗位职责", "高", "试剂采购纳入中心集中采购。"],
        [2, "检测报告出具前私下透露结果", "岗位职责", "中", "报告审签分离，结果系统推送。"],
        ["（2）蔺霁岚同志（检验员），负责样本检测和记录，查找出风险点1个，分述如下："],
        head,
        [1, "检测数据修改不留痕", "制度机制", "中", "检测系统全程留痕，每月比对原始记录。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, across(rows, 5))
    assert read(got) == sorted([
        ("科长", "阙沁瑶", "检验试剂采购指定品牌", "Ⅰ级"),
        ("科长", "阙沁瑶", "检测报告出具前私下透露结果", "Ⅱ级"),
        ("检验员", "蔺霁岚", "检测数据修改不留痕", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "HOLDERS_BY_REPORT_PARAGRAPH" in codes(got)


def test_dept_post_and_name_parted_a_count_that_does_not_fit_is_told(tmp_path):
    rows = [
        ["溪口镇财政所岗位廉政风险排查情况报告"],
        ["一、综合股股长　芮璟琇同志，负责股室日常事务，查找出廉政风险点3个，具体如下："],
        HEAD,
        [1, "办公用品采购化整为零", "中", "采购计划所务会审定。"],
        [2, "公车私用", "低", "车辆使用登记，定位监控。"],
        ["二、出纳　滕沐澂同志，负责现金和银行存款收付，查找出廉政风险点1个，具体如下："],
        HEAD,
        [1, "坐收坐支、挪用公款", "高", "每日日清月结，会计每月盘点。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, across(rows, 4))
    assert read(got) == sorted([
        ("股长", "芮璟琇", "办公用品采购化整为零", "Ⅱ级"),
        ("股长", "芮璟琇", "公车私用", "Ⅲ级"),
        ("出纳", "滕沐澂", "坐收坐支、挪用公款", "Ⅰ级"),
    ])  # fmt: skip
    assert set(got.risks["department"][:2]) == {"综合股"}
    no_errors(got)
    told = got.issues[got.issues["code"] == "HOLDER_PARAGRAPH_COUNT"]
    assert list(told["cell"]) == ["A2"], got.issues.to_dict("records")  # (3 said, 2 rows)


def test_a_paragraph_naming_no_one_still_opens_its_own_table(tmp_path):
    rows = [
        ["溪口镇财政所岗位廉政风险排查情况报告"],
        ["（一）所长芮璟琇同志，负责财政所全面工作，查找出廉政风险点1个，具体如下："],
        HEAD,
        [1, "专项资金拨付不按程序审批", "高", "拨付实行所务会集体研究。"],
        ["（二）票据管理岗位，负责票据领用核销，查找出廉政风险点1个，具体如下："],
        HEAD,
        [1, "票据缺号不查、作废不登记", "中", "票据领用核销专人登记。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, across(rows, 4))
    assert read(got) == sorted([
        ("所长", "芮璟琇", "专项资金拨付不按程序审批", "Ⅰ级"),
        ("票据管理岗", "", "票据缺号不查、作废不登记", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)


def test_ticked_levels_under_a_two_row_heading(tmp_path):
    rows = [
        ["县疾控中心检验科岗位廉政风险排查报告"],
        ["（1）科长阙沁瑶同志，主持检验科工作，查找出风险点1个，具体如下："],
        ["序号", "风险点", "风险等级", None, None, "防控措施"],
        [None, None, "高", "中", "低", None],
        [1, "检验试剂采购指定品牌", "√", None, None, "试剂采购纳入中心集中采购。"],
        ["（2）检验员蔺霁岚同志，负责样本检测，查找出风险点1个，具体如下："],
        ["序号", "风险点", "风险等级", None, None, "防控措施"],
        [None, None, "高", "中", "低", None],
        [1, "检测数据修改不留痕", None, None, "√", "检测系统全程留痕。"],
    ]  # fmt: skip
    merges = ["A1:F1", "A2:F2", "A3:A4", "B3:B4", "C3:E3", "F3:F4",
              "A6:F6", "A7:A8", "B7:B8", "C7:E7", "F7:F8"]  # fmt: skip
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("科长", "阙沁瑶", "检验试剂采购指定品牌", "Ⅰ级"),
        ("检验员", "蔺霁岚", "检测数据修改不留痕", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)


# --------------------------------------------------------------------------- as before


def test_a_paragraph_naming_several_takes_no_name(tmp_path):
    rows = [
        ["溪口镇财政所班子廉政风险排查情况报告"],
        ["（一）所长芮璟琇、副所长滕沐澂同志，共同负责资金管理，查找出廉政风险点2个，具体如下："],
        HEAD,
        [1, "专项资金拨付不按程序审批", "高", "拨付实行所务会集体研究。"],
        [2, "会计凭证审核流于形式", "中", "凭证双人复核。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, across(rows, 4))
    assert set(got.risks["person"]) <= {""}, read(got)
    assert len(read(got)) == 2
    assert "HOLDERS_BY_REPORT_PARAGRAPH" not in codes(got)
    no_errors(got)


def test_an_ordinary_list_under_numbered_group_lines_reads_as_before(tmp_path):
    rows = [
        ["溪口镇财政所岗位廉政风险防控一览表"],
        ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
        ["一、所领导"],
        [1, "所长", "芮璟琇", "专项资金拨付不按程序审批", "高", "拨付实行所务会集体研究。"],
        ["二、业务岗位"],
        [2, "出纳", "滕沐澂", "坐收坐支、挪用公款", "高", "每日日清月结。"],
        [3, "出纳", "滕沐澂", "公款私存", "中", "账户统一开设。"],
        [None, None, None, None, "溪口镇财政所", None],
    ]  # fmt: skip
    got = run(tmp_path, rows, across(rows, 6))
    assert read(got) == sorted([
        ("所长", "芮璟琇", "专项资金拨付不按程序审批", "Ⅰ级"),
        ("出纳", "滕沐澂", "坐收坐支、挪用公款", "Ⅰ级"),
        ("出纳", "滕沐澂", "公款私存", "Ⅱ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_REPORT_PARAGRAPH" not in codes(got)
    no_errors(got)


def test_a_salutation_over_a_reminder_is_no_report_paragraph(tmp_path):
    rows = [
        ["廉政风险提示单"],
        ["致：综合股股长芮璟琇同志："],
        ["经排查，您所在岗位存在以下廉政风险点，请认真落实防控措施："],
        HEAD,
        [1, "办公用品采购化整为零", "中", "采购计划所务会审定。"],
        [2, "公车私用", "低", "车辆使用登记。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, across(rows, 4))
    assert read(got) == sorted([
        ("股长", "芮璟琇", "办公用品采购化整为零", "Ⅱ级"),
        ("股长", "芮璟琇", "公车私用", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_REPORT_PARAGRAPH" not in codes(got)
    no_errors(got)


# ------------------------------------------------- what the hundred and twenty-second review found


def test_what_the_hundred_and_twenty_second_review_found_two_people_joined_take_no_name(tmp_path):
    # '所长某某和副所长某某同志': two people (as '、' joins them), not a 科室 '所长某某和所' over
    # the second; the old reading: the post the table's words give, no holder, no caption
    for joiner, post in (("和", "副所长"), ("及", "出纳"), ("与", "出纳"), ("同", "出纳")):
        rows = [
            ["溪口镇财政所岗位廉政风险排查情况报告"],
            [f"（一）所长芮璟琇{joiner}{post}滕沐澂同志，共同负责资金管理，查找出廉政风险点2个，具体如下："],
            HEAD,
            [1, "专项资金拨付不按程序审批", "高", "拨付实行所务会集体研究。"],
            [2, "会计凭证审核流于形式", "中", "凭证双人复核。"],
        ]  # fmt: skip
        got = run(tmp_path / joiner, rows, across(rows, 4))
        assert read(got) == sorted([
            (post, "", "专项资金拨付不按程序审批", "Ⅰ级"),
            (post, "", "会计凭证审核流于形式", "Ⅱ级"),
        ]), joiner  # fmt: skip
        assert set(got.risks["department"]) == {"财政所"}, joiner
        assert "HOLDERS_BY_REPORT_PARAGRAPH" not in codes(got), joiner
        assert "ROW_UNPLACED" not in codes(got), joiner
        no_errors(got)


def test_what_the_hundred_and_twenty_second_review_found_a_unit_signing_a_list_is_no_stray(
    tmp_path,
):
    # a lone unit (over its date) under an ordinary list, in the level, 岗位 or measures column:
    # the list's sign-off, silent as before (no ROW_UNPLACED, no POINT_BLANK)
    cases = {
        "level": (["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
                  [[None, None, None, None, "溪口镇财政所", None]], True),
        "post": (["序号", "岗位", "风险点", "风险等级", "防控措施"],
                 [[None, "溪口镇财政所", None, None, None],
                  [None, "2025年6月3日", None, None, None]], False),
        "measures": (["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
                     [[None, None, None, None, None, "溪口镇财政所"],
                      [None, None, None, None, None, "2025年6月3日"]], True),
    }  # fmt: skip
    for name, (head, tail, named) in cases.items():
        data = [
            [1, "所长", "芮璟琇", "专项资金拨付不按程序审批", "高", "集体研究。"],
            [2, "出纳", "滕沐澂", "坐收坐支、挪用公款", "高", "每日日清月结。"],
        ]
        if not named:
            data = [[x[0], x[1], *x[3:]] for x in data]
        rows = [["溪口镇财政所岗位廉政风险防控一览表"], head, *data, *tail]
        got = run(tmp_path / name, rows, [f"A1:{'ABCDEFG'[len(head) - 1]}1"])
        assert read(got) == sorted([
            ("所长", "芮璟琇" if named else "", "专项资金拨付不按程序审批", "Ⅰ级"),
            ("出纳", "滕沐澂" if named else "", "坐收坐支、挪用公款", "Ⅰ级"),
        ]), name  # fmt: skip
        assert not codes(got) & {"ROW_UNPLACED", "POINT_BLANK"}, (name, codes(got))
        no_errors(got)


def test_what_the_hundred_and_twenty_second_review_found_holder_columns_make_no_caption(
    tmp_path,
):
    # a paragraph naming the unit's head over a table with its own 岗位 (or 姓名) column: the
    # table's columns say who holds its rows; the paragraph is prose, no caption, no warning
    paragraph = ["一、所长芮璟琇同志，高度重视，亲自部署，全所共排查出风险点2个，具体如下："]
    tables = {
        "posts": (["序号", "岗位", "风险点", "风险等级", "防控措施"],
                  [[1, "出纳", "坐收坐支、挪用公款", "高", "每日日清月结。"],
                   [2, "会计", "会计凭证审核流于形式", "中", "凭证双人复核。"]],
                  [("出纳", ""), ("会计", "")]),
        "names": (["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
                  [[1, "出纳", "滕沐澂", "坐收坐支、挪用公款", "高", "每日日清月结。"],
                   [2, "会计", "阙沁瑶", "会计凭证审核流于形式", "中", "凭证双人复核。"]],
                  [("出纳", "滕沐澂"), ("会计", "阙沁瑶")]),
    }  # fmt: skip
    for name, (head, data, who) in tables.items():
        rows = [["溪口镇财政所岗位廉政风险排查情况"], paragraph, head, *data]
        got = run(tmp_path / name, rows, across(rows, len(head)))
        assert read(got) == sorted([
            (*who[0], "坐收坐支、挪用公款", "Ⅰ级"),
            (*who[1], "会计凭证审核流于形式", "Ⅱ级"),
        ]), name  # fmt: skip
        assert not codes(got) & {"HOLDER_CAPTION_DIFFERS", "HOLDERS_BY_REPORT_PARAGRAPH"}, name
        no_errors(got)


def test_the_new_codes_are_catalogued():
    for code in ("HOLDERS_BY_REPORT_PARAGRAPH", "HOLDER_PARAGRAPH_COUNT"):
        assert code in CATALOGUE and code in SHORT
