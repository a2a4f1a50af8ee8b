"""Holder cells of an ordinary list, written three ways the reader misread:

- a ``责任人`` cell listing a shared point's holders one a line (or with '、'), each with his 科室
  in brackets ('芮一鸣（规划建设股）⏎亓书瑶（质量监督站）'): each holder a copy of the point, in his
  own 科室, not one person of both names;
- a title rank or a level word in brackets after a holder's name ('蒯青禾（初级）', '阙子衿（较高）')
  beside a level column: no post, dropped (the level column says the level);
- a group row of a post, a space, then its holder of a rare surname ('（一）院长　却星阑'): the
  holder, not a post '院长却星阑' with no one.

Not the helpers' examples (a 市场监督管理局 with 办公室/执法股, 高级/低, '一、局长　种澜汐'): a county's
水利局 and a 镇卫生院, other posts, names (surnames 芮, 亓, 却, 撒, 线), level words (一级…, 较高/
一般, ★★★…) and arrangements, written with xlsxwriter (tests/helpers.py) and read back as
``collect_inbox`` reads a file.
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
    write_workbook(inbox / "list.xlsx", {"排查表": rows}, {"排查表": merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str, str]]:
    r = got.risks
    return sorted(
        zip(r["department"], r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True)
    )


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


WATER = ["XX县水利局岗位廉政风险点排查登记表"]
WATER_HEAD = ["序号", "风险点", "风险等级", "防控措施", "责任人"]
CLINIC = ["XX镇中心卫生院岗位廉政风险防控一览表"]


# --- holders one a line, each with his 科室 in brackets ---------------------------------------


def test_holders_a_line_each_with_his_office_in_brackets(tmp_path):
    rows = [WATER, WATER_HEAD,
            ["1", "水利工程招标暗箱操作", "一级", "全程电子化招标", "芮一鸣（规划建设股）\n亓书瑶（质量监督站）"],
            ["2", "河道采砂许可把关不严", "二级", "集体审批", "亓书瑶（质量监督站）"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("规划建设股", "", "芮一鸣", "水利工程招标暗箱操作", "Ⅰ级"),
        ("质量监督站", "", "亓书瑶", "水利工程招标暗箱操作", "Ⅰ级"),
        ("质量监督站", "", "亓书瑶", "河道采砂许可把关不严", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)


def test_three_holders_listed_with_commas_beside_a_post_column(tmp_path):
    # an extra 岗位 column, the holders on one line apart by '、'
    rows = [WATER, ["序号", "岗位", "风险点", "风险等级", "防控措施", "责任人"],
            ["1", "资金管理岗", "农田水利资金挤占挪用", "三级", "专户管理",
             "芮一鸣（规划建设股）、粟晚晴（财务室）、亓书瑶（质量监督站）"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        ("规划建设股", "资金管理岗", "芮一鸣", "农田水利资金挤占挪用", "Ⅲ级"),
        ("财务室", "资金管理岗", "粟晚晴", "农田水利资金挤占挪用", "Ⅲ级"),
        ("质量监督站", "资金管理岗", "亓书瑶", "农田水利资金挤占挪用", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)


def test_holders_with_their_posts_in_brackets_stay_as_before(tmp_path):
    # a post in brackets, not a 科室: each holder and his post, as read before
    rows = [WATER, WATER_HEAD,
            ["1", "水利工程招标暗箱操作", "一级", "全程电子化招标", "芮一鸣（股长）\n亓书瑶（站长）"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("", "股长", "芮一鸣", "水利工程招标暗箱操作", "Ⅰ级"),
        ("", "站长", "亓书瑶", "水利工程招标暗箱操作", "Ⅰ级"),
    ])  # fmt: skip
    no_errors(got)


def test_holders_in_turn_stay_as_before(tmp_path):
    # a period in brackets: the post rotates, each holder a copy, no 科室 from the bracket
    rows = [WATER, WATER_HEAD,
            ["1", "防汛物资采购不比价", "二级", "三家比价", "芮一鸣（1—6月）\n亓书瑶（7—12月）"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert [(d, p) for d, _t, p, _x, _l in read(got)] == [("", "亓书瑶"), ("", "芮一鸣")]
    no_errors(got)


# --- a rank or a level word in brackets after the name -----------------------------------------


def test_a_rank_in_brackets_after_the_name_is_no_post(tmp_path):
    rows = [CLINIC, ["序号", "风险点", "风险等级", "防控措施", "责任人"],
            ["1", "药品耗材采购收受回扣", "★★★", "集中采购", "蒯青禾（初级）"],
            ["2", "处方点评流于形式", "★★", "定期抽查", "佘晚舟（副高级）"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("", "", "蒯青禾", "药品耗材采购收受回扣", "Ⅰ级"),
        ("", "", "佘晚舟", "处方点评流于形式", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)


def test_a_level_word_in_brackets_beside_a_level_column_is_no_post(tmp_path):
    # the level words 较高/一般/较低 bracketed after the name, the level column saying them too
    rows = [CLINIC, ["序号", "风险点", "风险等级", "防控措施", "责任人"],
            ["1", "收费截留现金", "较高", "日清日结", "阙子衿（较高）"],
            ["2", "公务接待超标准", "一般", "事前审批", "晏清和（一般）"],
            ["3", "档案借阅不登记", "较低", "借阅登记", "蒯青禾（较低）"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert {(t, p) for _d, t, p, _x, _l in read(got)} == {
        ("", "阙子衿"),
        ("", "晏清和"),
        ("", "蒯青禾"),
    }
    assert len(read(got)) == 3
    no_errors(got)


def test_a_level_word_in_brackets_beside_a_blank_level_is_dropped_and_the_blank_said(tmp_path):
    # the level column left blank on a row: the bracket is still no post, nor the row's level
    # (the level column is the table's word for it); the blank level is said as before
    rows = [CLINIC, ["序号", "风险点", "风险等级", "防控措施", "责任人"],
            ["1", "药品耗材采购收受回扣", "高", "集中采购", "蒯青禾（高）"],
            ["2", "收费截留现金", None, "日清日结", "阙子衿（低）"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("", "", "蒯青禾", "药品耗材采购收受回扣", "Ⅰ级"),
        ("", "", "阙子衿", "收费截留现金", ""),
    ])  # fmt: skip
    assert "LEVEL_BLANK" in set(got.issues["code"])


def test_a_post_or_a_note_in_brackets_after_the_name_stays_as_before(tmp_path):
    rows = [CLINIC, ["序号", "风险点", "风险等级", "防控措施", "责任人"],
            ["1", "收费截留现金", "★", "日清日结", "阙子衿（出纳）"],
            ["2", "处方点评流于形式", "★★", "定期抽查", "佘晚舟（兼）"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("", "出纳", "阙子衿", "收费截留现金", "Ⅲ级"),
        ("", "", "佘晚舟", "处方点评流于形式", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)


# --- a group row: the post, a space, its holder of a rare surname ------------------------------

CLINIC_HEAD = ["序号", "风险点", "风险等级", "防控措施"]


def test_group_rows_of_a_post_and_a_rare_surnamed_holder(tmp_path):
    # an ideographic space and an ASCII one; surnames 却, 撒, 线 no list has
    rows = [CLINIC, CLINIC_HEAD,
            ["（一）院长　却星阑"],
            ["1", "药品耗材采购收受回扣", "★★★", "集中采购"],
            ["（二）副院长 撒知秋"],
            ["1", "大型设备采购不比价", "★★", "公开招标"],
            ["（三）会计　线语桐"],
            ["1", "虚列支出", "★", "双人复核"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1", "A3:D3", "A5:D5", "A7:D7"])
    assert read(got) == sorted([
        ("", "院长", "却星阑", "药品耗材采购收受回扣", "Ⅰ级"),
        ("", "副院长", "撒知秋", "大型设备采购不比价", "Ⅱ级"),
        ("", "会计", "线语桐", "虚列支出", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)


def test_group_rows_with_two_points_and_a_numbered_caption(tmp_path):
    rows = [["XX县水利局班子成员廉政风险点登记表"], ["序号", "风险点", "风险等级", "防控措施"],
            ["一、局长　却望川"],
            ["1", "重大项目资金拨付个人说了算", "一级", "集体研究"],
            ["2", "干预工程招标", "一级", "全程留痕"],
            ["二、总工程师　撒星野"],
            ["1", "设计变更把关不严", "二级", "专家论证"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1", "A3:D3", "A6:D6"])
    assert read(got) == sorted([
        ("", "局长", "却望川", "重大项目资金拨付个人说了算", "Ⅰ级"),
        ("", "局长", "却望川", "干预工程招标", "Ⅰ级"),
        ("", "总工程师", "撒星野", "设计变更把关不严", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)


def test_group_rows_of_an_office_and_a_post_name_no_holder(tmp_path):
    # after the space a post or a line of work, not a name: no holder, as before
    rows = [CLINIC, CLINIC_HEAD,
            ["一、办公室　主任"],
            ["1", "公务接待超标准", "★★", "事前审批"],
            ["二、院长　分管"],
            ["1", "大型设备采购不比价", "★★", "公开招标"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1", "A3:D3", "A5:D5"])
    assert {p for _d, _t, p, _x, _l in read(got)} == {""}
    assert ("办公室", "主任", "", "公务接待超标准", "Ⅱ级") in read(got)
    no_errors(got)
