"""Two leftovers of the reviews, each read in other words than the reviews' own files.

(a) A closing holder bracket on the point differing from the row's 岗位/姓名 columns
('…工程款拨付把关不严（负责人：副站长　甘霖霏）' on the row '站长 | 宓泽川'): told as a cell's
bracket is (HOLDER_BRACKET_DIFFERS); the columns stand and the point stays as written. The same
holder in the bracket is no news. A table with no holder column reads the bracket as the point's
holder as before (HOLDER_IN_POINT_BRACKET).

(b) A guessed point heading over a two-row heading ('序号 | 岗位 | 存在问题 | 风险评定' with
'风险评定' merged over '等级 | 备注' on the row below): the row below is the header's, no data
row (no POINT_BLANK), its sub-headings read with the heading above ('风险评定' + '类别': the type).

Not the reviews' files (a 组织部's 副部长 brackets, a 风险评定 list): a 县水务局's 工程股 and
财务股, a 水管站's 站长 and 会计, other names, '一级/二级' levels and '负责人' labels, written with
xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config

TITLE = "某县水务局岗位廉政风险排查表"


def run(tmp_path: Path, rows: list[list], merges: list[str]):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "list.xlsx", {"排查表": rows}, {"排查表": merges})
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> list[str]:
    return list(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


# (a) a point's holder bracket against the row's own columns


def test_a_point_bracket_naming_another_holder_is_told(tmp_path):
    got = run(tmp_path, [
        [TITLE],
        ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
        ["1", "工程股", "股长", "宓泽川", "工程款拨付把关不严（负责人：副站长　甘霖霏）", "一级", "集体研究"],
        ["2", "财务股", "会计", "殳若岚", "票据审核不严", "二级", "双人复核"],
    ], ["A1:G1"])  # fmt: skip
    assert read(got) == sorted([
        ("股长", "宓泽川", "工程款拨付把关不严（负责人：副站长　甘霖霏）", "Ⅰ级"),
        ("会计", "殳若岚", "票据审核不严", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    differs = got.issues[got.issues["code"] == "HOLDER_BRACKET_DIFFERS"]
    assert list(differs["cell"]) == ["E3"], differs.to_dict("records")
    assert "宓泽川" in differs["message"].iloc[0] and "甘霖霏" in differs["message"].iloc[0]
    assert "HOLDER_IN_POINT_BRACKET" not in codes(got)


def test_a_bracket_of_two_holders_and_a_post_column_only(tmp_path):
    """ASCII brackets, two holders in one: told only where neither is the row's; a list with a
    岗位 column and no 姓名 is checked on the post."""
    got = run(tmp_path, [
        [TITLE],
        ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
        ["1", "站长", "宓泽川", "工程款拨付把关不严(负责人:副站长 甘霖霏、会计 殳若岚)", "一级", "集体研究"],
        ["2", "会计", "殳若岚", "票据审核不严(负责人:站长 宓泽川、会计 殳若岚)", "二级", "复核"],
        ["3", "出纳", "仇星澜", "现金坐支", "三级", "日清月结"],
    ], ["A1:F1"])  # fmt: skip
    no_errors(got)
    assert list(got.issues[got.issues["code"] == "HOLDER_BRACKET_DIFFERS"]["cell"]) == ["D3"]
    assert ("会计", "殳若岚", "票据审核不严(负责人:站长 宓泽川、会计 殳若岚)", "Ⅱ级") in read(got)
    got = run(tmp_path / "posts", [
        [TITLE],
        ["序号", "科室", "岗位", "风险点", "风险等级", "防控措施"],
        ["1", "工程股", "股长", "招标文件量身定制（责任人：副局长　桑允晨）", "高", "集体研究"],
        ["2", "工程股", "技术员", "隐蔽工程验收走过场（责任人：技术员）", "中", "旁站监督"],
    ], ["A1:F1"])  # fmt: skip
    assert read(got) == sorted([
        ("股长", "", "招标文件量身定制（责任人：副局长　桑允晨）", "Ⅰ级"),
        ("技术员", "", "隐蔽工程验收走过场（责任人：技术员）", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert list(got.issues[got.issues["code"] == "HOLDER_BRACKET_DIFFERS"]["cell"]) == ["D3"]


def test_a_point_bracket_naming_the_rows_own_holder_is_no_news(tmp_path):
    got = run(tmp_path, [
        [TITLE],
        ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
        ["1", "工程股", "股长", "宓泽川", "工程款拨付把关不严（责任人：股长　宓泽川）", "一级", "集体研究"],
        ["2", "财务股", "会计", "殳若岚", "票据审核不严（责任人：殳若岚）", "二级", "双人复核"],
    ], ["A1:G1"])  # fmt: skip
    assert read(got) == sorted([
        ("股长", "宓泽川", "工程款拨付把关不严（责任人：股长　宓泽川）", "Ⅰ级"),
        ("会计", "殳若岚", "票据审核不严（责任人：殳若岚）", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "HOLDER_BRACKET_DIFFERS" not in codes(got)


def test_a_point_bracket_with_no_holder_column_still_names_the_holder(tmp_path):
    got = run(tmp_path, [
        [TITLE],
        ["序号", "风险点", "风险等级", "防控措施"],
        ["1", "招标文件量身定制（责任人：副局长　桑允晨）", "高", "集体研究"],
        ["2", "隐蔽工程验收走过场（责任人：技术员　阎沐霖）", "中", "旁站监督"],
    ], ["A1:D1"])  # fmt: skip
    assert read(got) == sorted([
        ("副局长", "桑允晨", "招标文件量身定制", "Ⅰ级"),
        ("技术员", "阎沐霖", "隐蔽工程验收走过场", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "HOLDER_IN_POINT_BRACKET" in codes(got)
    assert "HOLDER_BRACKET_DIFFERS" not in codes(got)


# (b) a guessed point column under a header of two rows


def test_sub_headings_under_a_guessed_point_header_are_no_row(tmp_path):
    got = run(tmp_path, [
        [TITLE],
        ["序号", "岗位", "存在问题", "风险评定", "", "防控措施"],
        ["", "", "", "等级", "备注", ""],
        ["1", "站长", "工程款拨付把关不严，优亲厚友", "一级", "", "集体研究"],
        ["2", "会计", "票据审核不严，虚列支出", "二级", "2025年新增", "双人复核"],
    ], ["A1:F1", "D2:E2"])  # fmt: skip
    assert read(got) == sorted([
        ("站长", "", "工程款拨付把关不严，优亲厚友", "Ⅰ级"),
        ("会计", "", "票据审核不严，虚列支出", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "POINT_BLANK" not in codes(got)
    assert "COLUMN_GUESSED" in codes(got)


def test_sub_headings_name_the_type_and_the_header_repeats(tmp_path):
    """More columns (科室, 姓名), '风险评定' over '等级 | 类别' (the type read from it), the
    header of two rows printed again over the next page's rows."""
    head = ["序号", "科室", "岗位", "姓名", "存在问题", "风险评定", "", "防控措施"]
    sub = ["", "", "", "", "", "等级", "类别", ""]
    got = run(tmp_path, [
        [TITLE], head, sub,
        ["1", "工程股", "股长", "宓泽川", "工程款拨付把关不严，优亲厚友", "一级", "岗位职责", "集体研究"],
        ["2", "财务股", "会计", "殳若岚", "票据审核不严，虚列支出", "二级", "制度机制", "双人复核"],
        head, sub,
        ["3", "财务股", "出纳", "仇星澜", "现金坐支，公款私存", "三级", "思想道德", "日清月结"],
    ], ["A1:H1", "F2:G2", "F5:G5"])  # fmt: skip
    assert read(got) == sorted([
        ("股长", "宓泽川", "工程款拨付把关不严，优亲厚友", "Ⅰ级"),
        ("会计", "殳若岚", "票据审核不严，虚列支出", "Ⅱ级"),
        ("出纳", "仇星澜", "现金坐支，公款私存", "Ⅲ级"),
    ])  # fmt: skip
    assert sorted(got.risks["risk_type"]) == sorted(
        ["岗位职责风险", "制度机制风险", "思想道德风险"]
    )
    no_errors(got)
    assert "POINT_BLANK" not in codes(got) and "TABLE_NO_TYPE" not in codes(got)


def test_sub_headings_with_no_measures_column(tmp_path):
    got = run(tmp_path, [
        [TITLE],
        ["序号", "岗位", "廉政隐患", "风险评定", ""],
        ["", "", "", "等级", "备注"],
        ["1", "站长", "工程款拨付把关不严，优亲厚友", "一级", ""],
        ["2", "会计", "票据审核不严，虚列支出", "二级", "2025年新增"],
    ], ["A1:E1", "D2:E2"])  # fmt: skip
    assert read(got) == sorted([
        ("站长", "", "工程款拨付把关不严，优亲厚友", "Ⅰ级"),
        ("会计", "", "票据审核不严，虚列支出", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "POINT_BLANK" not in codes(got)


def test_a_heading_merged_across_over_data_is_no_two_row_header(tmp_path):
    """'防控措施' merged across two columns, the rows' measures and stages under it: the first
    row below is data, read as before."""
    got = run(tmp_path, [
        [TITLE],
        ["序号", "岗位", "存在问题", "风险等级", "防控措施", ""],
        ["1", "站长", "工程款拨付把关不严，优亲厚友", "一级", "集体研究", "事前"],
        ["2", "会计", "票据审核不严，虚列支出", "二级", "双人复核", "事中"],
    ], ["A1:F1", "E2:F2"])  # fmt: skip
    assert read(got) == sorted([
        ("站长", "", "工程款拨付把关不严，优亲厚友", "Ⅰ级"),
        ("会计", "", "票据审核不严，虚列支出", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
