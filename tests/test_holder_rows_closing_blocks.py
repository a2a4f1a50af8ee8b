"""A list with no 科室, 岗位 or 责任人 column where each person's points come FIRST and a lone
labelled row merged across ('责任岗位：稽核员；责任人：…') CLOSES his block: the first block has
no such row over it and the table ends with one (a note or sign-off may follow). Each block's
points are the label row's after it (HOLDER_ROWS_CLOSING, info); label rows over the first point
with rows after the last still open their blocks, and '以上风险点…' footers are read as before.

Not the published batch's 清单 (a 县国有资产服务中心, 主任/副主任/资产管理员, 高/中/低, bare
'责任岗位：…　　责任人：…' rows under one heading row): a 县社会保险事业中心's 排查表, other posts,
names and level words (一级/二级/三级, ★, ticks under 高/中/低), labels split by '；' or written
with 科室 and 姓名, a heading of two rows, an extra 风险类型 column, a block of one point;
written with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config

UNIT = "XX县社会保险事业中心"


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str]):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "list.xlsx", {"排查表": rows}, {"排查表": merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


def test_bare_label_rows_close_the_points_above_them(tmp_path):
    rows = [
        [f"{UNIT}廉政风险排查表"],
        ["序号", "风险点", "风险等级", "防控措施"],
        [1, "社保待遇审核不严，为不符合条件人员办理待遇", "一级", "待遇核定双人复核，系统留痕"],
        [2, "违规办理一次性清退养老保险", "二级", "清退事项集体研究，结果公示"],
        ["责任岗位：待遇审核员；责任人：濮湛翎"],
        [3, "稽核时对用人单位少报缴费基数睁一只眼闭一只眼", "一级", "稽核两人以上，交叉抽查"],
        ["责任岗位：稽核员；责任人：邰沅璟"],
        [4, "基金支出审批把关不严", "一级", "大额支出班子会研究"],
        [5, "干部选任中打招呼", "三级", "按程序民主推荐"],
        ["责任岗位：中心主任；责任人：濮曦澐"],
        ["填表人：", None, "审核人：", None],
    ]
    merges = ["A1:D1", "A5:D5", "A7:D7", "A10:D10"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("待遇审核员", "濮湛翎", "社保待遇审核不严，为不符合条件人员办理待遇", "Ⅰ级"),
        ("待遇审核员", "濮湛翎", "违规办理一次性清退养老保险", "Ⅱ级"),
        ("稽核员", "邰沅璟", "稽核时对用人单位少报缴费基数睁一只眼闭一只眼", "Ⅰ级"),
        ("中心主任", "濮曦澐", "基金支出审批把关不严", "Ⅰ级"),
        ("中心主任", "濮曦澐", "干部选任中打招呼", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDER_ROWS_CLOSING" in codes(got)
    no_errors(got)


def test_labels_with_a_department_under_a_two_row_heading(tmp_path):
    rows = [
        [f"{UNIT}岗位廉政风险防控登记表"],
        ["序号", "廉政风险点", "风险类型", "风险等级", None, None, "防控措施"],
        [None, None, None, "高", "中", "低", None],
        [1, "养老保险关系转移接续中吃拿卡要", "岗位职责", "√", None, None, "限时办结，群众评议"],
        [2, "参保登记资料审核走过场", "岗位职责", None, "√", None, "资料清单化审核"],
        ["责任科室：参保登记科　责任岗位：科长　姓名：邰翎澈"],
        [3, "工伤认定调查取证不全面", "业务流程", None, "√", None, "调查两人以上，录音录像"],
        ["责任科室：工伤保险科　责任岗位：经办员　姓名：濮岍瀚"],
        ["注：风险等级在对应栏内打√。"],
    ]
    merges = ["A1:G1", "A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:G3", "A6:G6", "A8:G8", "A9:G9"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("科长", "邰翎澈", "养老保险关系转移接续中吃拿卡要", "Ⅰ级"),
        ("科长", "邰翎澈", "参保登记资料审核走过场", "Ⅱ级"),
        ("经办员", "濮岍瀚", "工伤认定调查取证不全面", "Ⅱ级"),
    ])  # fmt: skip
    assert set(got.risks["department"]) == {"参保登记科", "工伤保险科"}
    assert "HOLDER_ROWS_CLOSING" in codes(got)
    no_errors(got)


def test_label_rows_in_one_cell_not_merged_with_stars(tmp_path):
    rows = [
        [f"{UNIT}风险点清单"],
        ["编号", "风险点", "等级", "措施", "备注"],
        ["1", "现金业务坐支挪用", "★★", "日清月结，定期盘点", None],
        ["2", "票据管理混乱", "★", "专人领用登记", "新增"],
        ["岗位：出纳　　责任人：濮澍翀"],
        ["3", "医保个人账户违规划转", "★★★", "划转凭证审核留存", None],
        ["岗位：会计　　责任人：邰泠潆"],
    ]
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("会计", "邰泠潆", "医保个人账户违规划转", "Ⅰ级"),
        ("出纳", "濮澍翀", "现金业务坐支挪用", "Ⅱ级"),
        ("出纳", "濮澍翀", "票据管理混乱", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDER_ROWS_CLOSING" in codes(got)
    no_errors(got)


def test_label_rows_over_each_block_still_open_them(tmp_path):
    rows = [
        [f"{UNIT}廉政风险排查表"],
        ["序号", "风险点", "风险等级", "防控措施"],
        ["责任岗位：待遇审核员；责任人：濮湛翎"],
        [1, "社保待遇审核不严，为不符合条件人员办理待遇", "一级", "待遇核定双人复核，系统留痕"],
        ["责任岗位：稽核员；责任人：邰沅璟"],
        [2, "稽核时对用人单位少报缴费基数睁一只眼闭一只眼", "一级", "稽核两人以上，交叉抽查"],
        [3, "稽核结论不送达", "三级", "送达回执存档"],
        ["填表人：", None, "审核人：", None],
    ]
    got = run(tmp_path, rows, ["A1:D1", "A3:D3", "A5:D5"])
    assert read(got) == sorted([
        ("待遇审核员", "濮湛翎", "社保待遇审核不严，为不符合条件人员办理待遇", "Ⅰ级"),
        ("稽核员", "邰沅璟", "稽核时对用人单位少报缴费基数睁一只眼闭一只眼", "Ⅰ级"),
        ("稽核员", "邰沅璟", "稽核结论不送达", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDER_ROWS_CLOSING" not in codes(got)
    no_errors(got)


def test_points_after_the_last_label_row_keep_it_opening(tmp_path):
    """The unit's own points first, then labelled rows each over its block, points under the last:
    the labels open their blocks, the first points no one's (as before)."""
    rows = [
        [f"{UNIT}廉政风险排查表"],
        ["序号", "风险点", "风险等级", "防控措施"],
        [1, "基金支出审批把关不严", "一级", "大额支出班子会研究"],
        ["责任岗位：稽核员；责任人：邰沅璟"],
        [2, "稽核时对用人单位少报缴费基数睁一只眼闭一只眼", "一级", "稽核两人以上，交叉抽查"],
        ["责任岗位：出纳；责任人：濮澍翀"],
        [3, "现金业务坐支挪用", "二级", "日清月结，定期盘点"],
    ]
    got = run(tmp_path, rows, ["A1:D1", "A4:D4", "A6:D6"])
    assert read(got) == sorted([
        ("", "", "基金支出审批把关不严", "Ⅰ级"),
        ("稽核员", "邰沅璟", "稽核时对用人单位少报缴费基数睁一只眼闭一只眼", "Ⅰ级"),
        ("出纳", "濮澍翀", "现金业务坐支挪用", "Ⅱ级"),
    ])  # fmt: skip
    assert "HOLDER_ROWS_CLOSING" not in codes(got)
    no_errors(got)


def test_footers_saying_above_are_read_as_before(tmp_path):
    rows = [
        [f"{UNIT}廉政风险排查表"],
        ["序号", "风险点", "风险等级", "防控措施"],
        [1, "社保待遇审核不严，为不符合条件人员办理待遇", "一级", "待遇核定双人复核，系统留痕"],
        ["以上风险点责任岗位：待遇审核员　责任人：濮湛翎"],
        [2, "现金业务坐支挪用", "二级", "日清月结，定期盘点"],
        ["以上风险点责任岗位：出纳　责任人：濮澍翀"],
    ]
    got = run(tmp_path, rows, ["A1:D1", "A4:D4", "A6:D6"])
    assert read(got) == sorted([
        ("待遇审核员", "濮湛翎", "社保待遇审核不严，为不符合条件人员办理待遇", "Ⅰ级"),
        ("出纳", "濮澍翀", "现金业务坐支挪用", "Ⅱ级"),
    ])  # fmt: skip
    assert "HOLDER_BY_FOOTER" in codes(got)
    assert "HOLDER_ROWS_CLOSING" not in codes(got)
    no_errors(got)


HEAD4 = ["序号", "风险点", "风险等级", "防控措施"]
P4 = [
    [1, "社保待遇审核不严", "一级", "待遇核定双人复核"],
    [2, "违规办理一次性清退", "二级", "集体研究"],
    [3, "稽核时少报缴费基数", "二级", "交叉抽查"],
    [4, "基金支出审批把关不严", "一级", "班子会研究"],
]


def test_what_the_hundred_and_fourteenth_review_found_closing_labels_split_over_cells(tmp_path):
    # '责任岗位：待遇审核员 | | 责任人：濮湛翎 |' in two unmerged cells closing each block: read as
    # the merged label row, and no point lost (3 and 4 went with a 'table of another kind')
    rows = [
        [f"{UNIT}廉政风险排查表"], HEAD4, P4[0], P4[1],
        ["责任岗位：待遇审核员", None, "责任人：濮湛翎", None], P4[2],
        ["责任岗位：稽核员", None, "责任人：邰沅璟", None], P4[3],
        ["责任岗位：中心主任", None, "责任人：濮曦澐", None],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1"])
    assert read(got) == sorted([
        ("待遇审核员", "濮湛翎", "社保待遇审核不严", "Ⅰ级"),
        ("待遇审核员", "濮湛翎", "违规办理一次性清退", "Ⅱ级"),
        ("稽核员", "邰沅璟", "稽核时少报缴费基数", "Ⅱ级"),
        ("中心主任", "濮曦澐", "基金支出审批把关不严", "Ⅰ级"),
    ])  # fmt: skip
    assert "HOLDER_ROWS_CLOSING" in codes(got)
    assert "TABLE_OTHER" not in codes(got)
    no_errors(got)


def test_what_the_hundred_and_fourteenth_review_found_opening_labels_split_over_cells(tmp_path):
    # the same split rows over each block (the first point under one): they open the rows below
    rows = [
        [f"{UNIT}廉政风险排查表"], HEAD4,
        ["责任岗位：待遇审核员", None, "责任人：濮湛翎", None], P4[0], P4[1],
        ["责任岗位：稽核员", None, "责任人：邰沅璟", None], P4[2],
        ["责任岗位：中心主任", None, "责任人：濮曦澐", None], P4[3],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1"])
    assert read(got) == sorted([
        ("待遇审核员", "濮湛翎", "社保待遇审核不严", "Ⅰ级"),
        ("待遇审核员", "濮湛翎", "违规办理一次性清退", "Ⅱ级"),
        ("稽核员", "邰沅璟", "稽核时少报缴费基数", "Ⅱ级"),
        ("中心主任", "濮曦澐", "基金支出审批把关不严", "Ⅰ级"),
    ])  # fmt: skip
    assert not {"HOLDER_ROWS_CLOSING", "TABLE_OTHER", "POINT_BLANK"} & codes(got)
    no_errors(got)


def test_what_the_hundred_and_fourteenth_review_found_split_labels_mid_list_lose_no_point(
    tmp_path,
):
    # split label rows inside the list with points after the last: opening rows as merged
    # ones are, the points before the first naming no one; none lost
    rows = [
        [f"{UNIT}廉政风险排查表"], HEAD4, P4[0], P4[1],
        ["责任岗位：稽核员", "责任人：邰沅璟"], P4[2],
        ["责任岗位：中心主任", "责任人：濮曦澐"], P4[3],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1"])
    assert read(got) == sorted([
        ("", "", "社保待遇审核不严", "Ⅰ级"),
        ("", "", "违规办理一次性清退", "Ⅱ级"),
        ("稽核员", "邰沅璟", "稽核时少报缴费基数", "Ⅱ级"),
        ("中心主任", "濮曦澐", "基金支出审批把关不严", "Ⅰ级"),
    ])  # fmt: skip
    assert "TABLE_OTHER" not in codes(got)
    no_errors(got)
