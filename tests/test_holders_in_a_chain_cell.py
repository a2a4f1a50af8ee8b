"""A list one row a point whose holders' column chains the row's holders by arrows, the handling
one to the approving one ('责任链（经办→审核→审批）' over '甲（科员）→乙（股长）→丙（局长）'): the row's
point is every linked holder's alike, one copy each, his post the one written by his name. Two
bare names under a plain 姓名 column stay a handover (the later the present holder), and a 流程
column of steps ('受理→审核→办结') names no holder.

Not the published batch's list (a 旗中心粮库 with 检斤员/化验员/保管员 …, '高/中', 'name（post）'
links in a 责任链 column): a county's 不动产登记中心, 住房公积金 office and 医保 office, other posts
and names, level words '一级/二级', '★★★', 'A/B' ticks, 'post（name）' and 'post name' links with
'->', '＞', chains of two, written with xlsxwriter (tests/helpers.py) and read back as
``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None, sheet: str = "防控表"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


def test_post_then_name_in_brackets_one_heading_row_chains_of_three_and_two(tmp_path):
    rows = [["XX县不动产登记中心办件环节廉政风险防控表"],
            ["填报单位：XX县不动产登记中心", None, None, None, "2025年4月"],
            ["编号", "办件环节", "风险点", "等级", "防控措施", "责任链（受理→审核→登簿）"],
            [1, "受理", "对关系人申请材料不全仍予受理", "二级", "一次性告知，材料清单公示",
             "窗口受理员（茹湛岚）→审核员（眭霁川）→科长（阙望舒）"],
            [2, "审核", "违规为查封房产办理转移登记", "一级", "系统自动比对查封信息",
             "审核员（眭霁川）→科长（阙望舒）"],
            [3, "缮证", "私自打印空白证书外流", "一级", "证书领用登记，逐本核销",
             "缮证员（逯芷汀）→科长（阙望舒）"],
            ["注：责任链上所列人员均为该风险点的责任人。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A7:F7"])
    assert read(got) == sorted([
        ("窗口受理员", "茹湛岚", "对关系人申请材料不全仍予受理", "Ⅱ级"),
        ("审核员", "眭霁川", "对关系人申请材料不全仍予受理", "Ⅱ级"),
        ("科长", "阙望舒", "对关系人申请材料不全仍予受理", "Ⅱ级"),
        ("审核员", "眭霁川", "违规为查封房产办理转移登记", "Ⅰ级"),
        ("科长", "阙望舒", "违规为查封房产办理转移登记", "Ⅰ级"),
        ("缮证员", "逯芷汀", "私自打印空白证书外流", "Ⅰ级"),
        ("科长", "阙望舒", "私自打印空白证书外流", "Ⅰ级"),
    ])  # fmt: skip
    assert len(got.posts) == 4
    said = got.issues[got.issues["code"] == "HOLDERS_ON_CHAIN"]
    assert list(said["cell"]) == ["F4"] and list(said["severity"]) == ["info"]
    assert "窗口受理员（茹湛岚）" in said["value"].iloc[0]
    assert "HOLDER_HANDED_OVER" not in set(got.issues["code"])
    no_errors(got)


def test_post_and_name_apart_by_a_space_linked_by_ascii_arrows_stars_and_an_extra_column(tmp_path):
    # 'post name' links with '->', '★★★/★★' levels, a 备注 column after the chain, the 环节
    # merged down over two rows
    rows = [["XX县住房公积金管理部岗位廉政风险点登记表"],
            ["序号", "业务环节", "廉政风险点", "风险星级", "防控措施", "经办人责任链", "备注"],
            [1, "提取审批", "违规审批提取申请，收受好处", "★★★", "提取要件系统校验",
             "经办员 缪岫烟->复核员 覃砚舟->主任 郜晚亭", None],
            [None, None, "为不符合条件的人员提前提取", "★★", "每月抽查提取档案",
             "经办员 缪岫烟->主任 郜晚亭", "新增"],
            [2, "贷款发放", "降低贷款审查标准", "★★★", "贷审会集体研究",
             "贷款经办员 巫马曦->主任 郜晚亭", None]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "A3:A4", "B3:B4"])
    assert read(got) == sorted([
        ("经办员", "缪岫烟", "违规审批提取申请，收受好处", "Ⅰ级"),
        ("复核员", "覃砚舟", "违规审批提取申请，收受好处", "Ⅰ级"),
        ("主任", "郜晚亭", "违规审批提取申请，收受好处", "Ⅰ级"),
        ("经办员", "缪岫烟", "为不符合条件的人员提前提取", "Ⅱ级"),
        ("主任", "郜晚亭", "为不符合条件的人员提前提取", "Ⅱ级"),
        ("贷款经办员", "巫马曦", "降低贷款审查标准", "Ⅰ级"),
        ("主任", "郜晚亭", "降低贷款审查标准", "Ⅰ级"),
    ])  # fmt: skip
    assert "HOLDERS_ON_CHAIN" in set(got.issues["code"])
    no_errors(got)


def test_a_heading_of_the_chain_alone_name_then_post_and_two_heading_rows(tmp_path):
    # the heading '经办→审核→审批' with no 责任链 word, two heading rows (等级 over 一级 | 二级
    # ticks), 'name（post）' links joined by '＞'
    rows = [["XX县医疗保障局基金支付环节廉政风险防控表"],
            ["序号", "风险点", "风险等级", None, "防控措施", "经办→审核→审批"],
            [None, None, "一级", "二级", None, None],
            [1, "虚增医疗费用违规拨付", "√", None, "智能审核系统全量筛查",
             "牟青禾（稽核员）＞亓官沐（科长）＞濮阳珩（局长）"],
            [2, "异地就医报销材料审核不严", None, "√", "双人复核，留痕备查",
             "牟青禾（稽核员）＞亓官沐（科长）"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A2:A3", "B2:B3", "C2:D2", "E2:E3", "F2:F3"])
    assert read(got) == sorted([
        ("稽核员", "牟青禾", "虚增医疗费用违规拨付", "Ⅰ级"),
        ("科长", "亓官沐", "虚增医疗费用违规拨付", "Ⅰ级"),
        ("局长", "濮阳珩", "虚增医疗费用违规拨付", "Ⅰ级"),
        ("稽核员", "牟青禾", "异地就医报销材料审核不严", "Ⅱ级"),
        ("科长", "亓官沐", "异地就医报销材料审核不严", "Ⅱ级"),
    ])  # fmt: skip
    assert "HOLDERS_ON_CHAIN" in set(got.issues["code"])
    no_errors(got)


def test_two_names_with_an_arrow_under_a_plain_name_heading_stay_a_handover(tmp_path):
    rows = [["XX县不动产登记中心岗位廉政风险点排查表"],
            ["科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            ["登记科", "审核员", "眭霁川→仉望舒", "违规为查封房产办理转移登记", "一级", "系统自动比对"],
            ["登记科", "缮证员", "逯芷汀", "私自打印空白证书外流", "二级", "证书领用登记"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        ("审核员", "仉望舒", "违规为查封房产办理转移登记", "Ⅰ级"),
        ("缮证员", "逯芷汀", "私自打印空白证书外流", "Ⅱ级"),
    ])  # fmt: skip
    codes = set(got.issues["code"])
    assert "HOLDER_HANDED_OVER" in codes and "HOLDERS_ON_CHAIN" not in codes
    no_errors(got)


def test_a_flow_of_steps_with_arrows_names_no_holder(tmp_path):
    rows = [["XX县医疗保障局郑卫岗位廉政风险防控表"],
            ["姓名", "郑卫", "岗位", "稽核员"],
            ["序号", "办理流程", "风险点", "风险等级", "防控措施"],
            [1, "受理→审核→办结", "受理材料把关不严", "二级", "一次性告知"],
            [2, "初审->复审", "复审走过场", "二级", "双人复核"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("稽核员", "郑卫", "受理材料把关不严", "Ⅱ级"),
        ("稽核员", "郑卫", "复审走过场", "Ⅱ级"),
    ])  # fmt: skip
    assert "HOLDERS_ON_CHAIN" not in set(got.issues["code"])
    no_errors(got)


def test_the_chain_code_is_catalogued():
    assert CATALOGUE["HOLDERS_ON_CHAIN"][0] == "info" and SHORT["HOLDERS_ON_CHAIN"]


def test_a_store_named_central_is_one_unit():
    # 'XX县中心储备库' is one body (the 中心 no unit of its own before it); a 中心's 办公室 stays out
    from xlproc.identity import unit_in_title

    assert unit_in_title("XX县中心储备库岗位廉政风险防控表") == "XX县中心储备库"
    assert unit_in_title("XX县中心医院岗位廉政风险防控表") == "XX县中心医院"
    assert unit_in_title("XX县中心办公室岗位廉政风险防控表") == "XX县中心"


def read_with_dept(got) -> list[tuple[str, str, str, str, str]]:
    r = got.risks
    return sorted(
        zip(r["department"], r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True)
    )


# the ninety-seventh review: links carrying a 科室, a link with no post
_FUNDS_TITLE = ["XX县自然资源局岗位廉政风险防控表"]
_FUNDS_HEAD = ["序号", "风险点", "风险等级", "防控措施", "责任链（经办→审核→审批）"]
_FUNDS_READ = sorted([
    ("财务科", "会计", "茹湛岚", "违规拨付资金", "Ⅰ级"),
    ("财务科", "科长", "眭霁川", "违规拨付资金", "Ⅰ级"),
    ("", "分管副局长", "阙望舒", "违规拨付资金", "Ⅰ级"),
    ("财务科", "出纳", "逯芷汀", "虚报冒领", "Ⅱ级"),
    ("财务科", "科长", "眭霁川", "虚报冒领", "Ⅱ级"),
])  # fmt: skip


def test_what_the_ninety_seventh_review_found_a_department_in_the_links_bracket(tmp_path):
    rows = [_FUNDS_TITLE, _FUNDS_HEAD,
            [1, "违规拨付资金", "一级", "双人复核",
             "茹湛岚（财务科会计）→眭霁川（财务科科长）→阙望舒（分管副局长）"],
            [2, "虚报冒领", "二级", "公示", "逯芷汀（财务科出纳）→眭霁川（财务科科长）"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert read_with_dept(got) == _FUNDS_READ
    no_errors(got)
    assert list(got.issues["code"]).count("HOLDERS_ON_CHAIN") == 1


def test_what_the_ninety_seventh_review_found_department_post_name_links(tmp_path):
    rows = [_FUNDS_TITLE, _FUNDS_HEAD,
            [1, "违规拨付资金", "一级", "双人复核",
             "财务科 会计 茹湛岚→财务科 科长 眭霁川→分管副局长 阙望舒"],
            [2, "虚报冒领", "二级", "公示", "财务科 出纳 逯芷汀→财务科 科长 眭霁川"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert read_with_dept(got) == _FUNDS_READ
    no_errors(got)
    assert list(got.issues["code"]).count("HOLDERS_ON_CHAIN") == 1


def test_what_the_ninety_seventh_review_found_a_bare_name_among_posted_links(tmp_path):
    rows = [_FUNDS_TITLE, ["序号", "风险点", "风险等级", "防控措施", "责任人"],
            [1, "违规拨付资金", "一级", "双人复核", "茹湛岚（会计）→眭霁川（科长）→阙望舒"],
            [2, "虚报冒领", "二级", "公示", "逯芷汀（出纳）→眭霁川（科长）"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("会计", "茹湛岚", "违规拨付资金", "Ⅰ级"),
        ("科长", "眭霁川", "违规拨付资金", "Ⅰ级"),
        ("", "阙望舒", "违规拨付资金", "Ⅰ级"),
        ("出纳", "逯芷汀", "虚报冒领", "Ⅱ级"),
        ("科长", "眭霁川", "虚报冒领", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    codes = list(got.issues["code"])
    assert codes.count("HOLDERS_ON_CHAIN") == 1
    assert "COLUMN_GUESSED" not in codes


def test_what_the_ninety_seventh_review_found_links_parsed():
    from xlproc.locate_base import chain_links

    assert chain_links("茹湛岚（会计）→眭霁川（科长）→阙望舒", True) == (
        ("", "会计", "茹湛岚"), ("", "科长", "眭霁川"), ("", "", "阙望舒"))  # fmt: skip
    # two bare names, or a bare name beside one posted link: a handover, not read so
    assert chain_links("郗澂翾→宓瀛曈", True) == ()
    assert chain_links("茹湛岚（会计）→阙望舒", True) == ()
    assert chain_links("财务科 会计 茹湛岚→分管副局长 阙望舒", True) == (
        ("财务科", "会计", "茹湛岚"), ("", "分管副局长", "阙望舒"))  # fmt: skip
