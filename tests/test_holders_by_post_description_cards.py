"""A list naming its points by post only (``序号 | 岗位 | 廉政风险点 | 风险等级 | 防控措施``, no 科室 or
name column) whose holders stand in 岗位说明书 label cards elsewhere in the file (``岗位名称 | …``,
``所在科室 | …``, ``任职者 | …``, on a sheet a post or several down one sheet, no points of their
own): each post matched by exactly one card goes to the card's holder and 科室 (HOLDERS_BY_POST_CARDS);
a post with no card keeps its post only and is named in a warning (POST_CARD_MISSING).

Not the published batch's file (a 矿山安全监管站's 站长 … 监管员, tabs ``说明书-站长``, a ``注：`` line,
``所在股室 | 任职者``, 高/中/低): a county 医疗保障局's 医保服务中心 and a 乡 财政所, other posts and names,
cards labelled ``职位``/``岗位``, ``在岗人员``/``姓名``/``现任``, ``部门``/``所在科室``, several cards on
one sheet, a two-row heading with 高/中/低 ticks, an extra 风险类型 column; written with xlsxwriter
(tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, sheets: dict, merges: dict):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "list.xlsx", sheets, merges)
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def depts(got) -> dict[str, set[str]]:
    r = got.risks
    out: dict[str, set[str]] = {}
    for title, dept in zip(r["title"], r["department"], strict=True):
        out.setdefault(title, set()).add(dept)
    return out


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


UNIT = "XX县医疗保障局医保服务中心"

LIST = [
    [f"{UNIT}岗位廉政风险点排查表"],
    ["序号", "岗位", "廉政风险点", "风险等级", "防控措施"],
    [1, "主任", "定点医药机构协议管理中放宽准入条件", "一级", "准入集体评审，结果公示。"],
    [2, "主任", "医保基金拨付审批中优亲厚友", "二级", "拨付两人复核，按月通报。"],
    [3, "稽核员", "稽核检查发现违规使用基金隐瞒不报", "一级", "稽核结果双人签字，定期抽查。"],
    [4, "稽核员", "接受定点医院宴请，检查前通风报信", "二级", "检查随机派员，签订承诺书。"],
    [5, "待遇审核员", "异地就医报销材料审核不严", "三级", "审核留痕，系统比对。"],
]
LIST_MERGES = ["A1:E1", "B3:B4", "B5:B6"]


def card(post_label, post, dept_label, dept, who_label, who, duty) -> list[list]:
    return [
        [f"{UNIT}岗位说明书"],
        [post_label, post, "岗位类别", "管理岗"],
        [dept_label, dept, "汇报对象", "局分管领导"],
        [who_label, who, "到岗时间", "2023年3月"],
        ["主要职责", duty, None, None],
    ]


def test_one_card_a_sheet_gives_each_post_its_holder_and_department(tmp_path):
    sheets = {
        "排查表": LIST,
        "主任": card("职位", "主任", "所在科室", "中心领导", "在岗人员", "郗沅芷", "主持中心全面工作。"),
        "稽核员": card("职位", "稽核员", "所在科室", "稽核科", "在岗人员", "阚霁舟", "负责基金稽核。"),
        "待遇审核员": card("职位", "待遇审核员", "所在科室", "待遇科", "在岗人员", "逯澄远",
                      "负责待遇审核。"),
    }  # fmt: skip
    merges = {"排查表": LIST_MERGES} | {k: ["A1:D1", "B5:D5"] for k in sheets if k != "排查表"}
    got = run(tmp_path, sheets, merges)
    assert read(got) == sorted([
        ("主任", "郗沅芷", "定点医药机构协议管理中放宽准入条件", "Ⅰ级"),
        ("主任", "郗沅芷", "医保基金拨付审批中优亲厚友", "Ⅱ级"),
        ("稽核员", "阚霁舟", "稽核检查发现违规使用基金隐瞒不报", "Ⅰ级"),
        ("稽核员", "阚霁舟", "接受定点医院宴请，检查前通风报信", "Ⅱ级"),
        ("待遇审核员", "逯澄远", "异地就医报销材料审核不严", "Ⅲ级"),
    ])  # fmt: skip
    assert depts(got) == {"主任": {"中心领导"}, "稽核员": {"稽核科"}, "待遇审核员": {"待遇科"}}
    assert "HOLDERS_BY_POST_CARDS" in codes(got)
    assert "POST_CARD_MISSING" not in codes(got)
    assert set(got.issues["source_sheet"]) == {"排查表"}  # (the cards raise nothing)
    no_errors(got)


# a 乡 财政所's list under a two-row heading, its levels ticked under 高 | 中 | 低, a 风险类型
# column, a 注 line; its cards stacked down one sheet, labelled 岗位 / 部门 / 姓名 or 现任
TICKS = [
    ["XX乡财政所廉政风险防控一览表"],
    ["序号", "岗位", "风险点", "风险类型", "风险等级", None, None, "防控措施"],
    [None, None, None, None, "高", "中", "低", None],
    [1, "所长", "惠农补贴资金发放审核把关不严", "岗位职责", "√", None, None, "补贴名单公示七天。"],
    [2, "所长", "支出报账审批不按规定", "制度机制", None, "√", None, "大额支出集体研究。"],
    [3, "会计", "票据审核不严，虚列支出", "岗位职责", None, "√", None, "会计、出纳互审。"],
    [4, "出纳", "坐收坐支，公款私存", "岗位职责", "√", None, None, "每月对账，所长签字。"],
    [5, "出纳", "现金日记账登记不及时", "思想道德", None, None, "√", "日清月结。"],
    ["注：各岗位人员见岗位说明书。"],
]
TICKS_MERGES = ["A1:H1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:G2", "H2:H3", "B4:B5",
                "B7:B8", "A9:H9"]  # fmt: skip
CARDS = [
    ["XX乡财政所岗位说明书"],
    ["岗位", "所长", "编制", "行政"],
    ["部门", "所领导", "上级", "乡分管领导"],
    ["姓名", "扈沛昀", "电话", "略"],
    ["工作职责", "主持财政所工作。", None, None],
    [],
    ["岗位", "会计", "编制", "事业"],
    ["部门", "会计股", "上级", "所长"],
    ["现任", "阚霁柔", "电话", "略"],
    ["工作职责", "负责会计核算。", None, None],
    [],
    ["岗位", "出纳", "编制", "事业"],
    ["部门", "会计股", "上级", "所长"],
    ["姓名", "逯昭棠", "电话", "略"],
    ["工作职责", "负责现金和银行存款收付。", None, None],
]


def test_several_cards_down_one_sheet_under_a_ticked_two_row_heading(tmp_path):
    got = run(tmp_path, {"一览表": TICKS, "岗位说明书": CARDS}, {"一览表": TICKS_MERGES})
    assert read(got) == sorted([
        ("所长", "扈沛昀", "惠农补贴资金发放审核把关不严", "Ⅰ级"),
        ("所长", "扈沛昀", "支出报账审批不按规定", "Ⅱ级"),
        ("会计", "阚霁柔", "票据审核不严，虚列支出", "Ⅱ级"),
        ("出纳", "逯昭棠", "坐收坐支，公款私存", "Ⅰ级"),
        ("出纳", "逯昭棠", "现金日记账登记不及时", "Ⅲ级"),
    ])  # fmt: skip
    assert depts(got) == {"所长": {"所领导"}, "会计": {"会计股"}, "出纳": {"会计股"}}
    assert "HOLDERS_BY_POST_CARDS" in codes(got)
    assert "POST_CARD_MISSING" not in codes(got)
    no_errors(got)


def test_a_post_with_no_card_stays_post_only_and_is_named(tmp_path):
    sheets = {
        "排查表": LIST,
        "说明书1": card("岗位名称", "主任", "部门", "中心领导", "任职人员", "郗沅芷", "主持中心全面工作。"),
        "说明书2": card("岗位名称", "稽核员", "部门", "稽核科", "任职人员", "阚霁舟", "负责基金稽核。"),
    }  # fmt: skip
    got = run(tmp_path, sheets, {"排查表": LIST_MERGES})
    assert read(got) == sorted([
        ("主任", "郗沅芷", "定点医药机构协议管理中放宽准入条件", "Ⅰ级"),
        ("主任", "郗沅芷", "医保基金拨付审批中优亲厚友", "Ⅱ级"),
        ("稽核员", "阚霁舟", "稽核检查发现违规使用基金隐瞒不报", "Ⅰ级"),
        ("稽核员", "阚霁舟", "接受定点医院宴请，检查前通风报信", "Ⅱ级"),
        ("待遇审核员", "", "异地就医报销材料审核不严", "Ⅲ级"),
    ])  # fmt: skip
    missing = got.issues[got.issues["code"] == "POST_CARD_MISSING"]
    assert list(missing["value"]) == ["待遇审核员"], missing.to_dict("records")
    no_errors(got)


def test_cards_of_other_posts_leave_the_list_post_only(tmp_path):
    sheets = {
        "排查表": LIST,
        "科员": card("岗位名称", "科员", "所在科室", "办公室", "任职者", "郗沅芷", "负责文秘工作。"),
        "驾驶员": card("岗位名称", "驾驶员", "所在科室", "办公室", "任职者", "阚霁舟", "负责公务用车。"),
    }  # fmt: skip
    got = run(tmp_path, sheets, {"排查表": LIST_MERGES})
    assert read(got) == sorted([
        ("主任", "", "定点医药机构协议管理中放宽准入条件", "Ⅰ级"),
        ("主任", "", "医保基金拨付审批中优亲厚友", "Ⅱ级"),
        ("稽核员", "", "稽核检查发现违规使用基金隐瞒不报", "Ⅰ级"),
        ("稽核员", "", "接受定点医院宴请，检查前通风报信", "Ⅱ级"),
        ("待遇审核员", "", "异地就医报销材料审核不严", "Ⅲ级"),
    ])  # fmt: skip
    assert not {"HOLDERS_BY_POST_CARDS", "POST_CARD_MISSING"} & codes(got)
    no_errors(got)


# a 防控卡 of its own: '岗位名称 | 出纳', '姓名 | …' over its own points — a form, not a key
OWN_CARD = [
    ["XX乡财政所岗位廉政风险防控卡"],
    ["岗位名称", "出纳", "姓名", "逯昭棠"],
    ["所在科室", "会计股", "填表时间", "2025年5月"],
    ["序号", "风险点", "风险等级", "防控措施"],
    [1, "银行账户密码保管不善", "二级", "密码、印鉴分人保管。"],
]


def test_a_card_listing_its_own_points_is_a_form_not_a_key(tmp_path):
    rows = [r for r in TICKS if not (r and isinstance(r[0], str) and r[0].startswith("注"))]
    got = run(tmp_path, {"一览表": rows, "出纳防控卡": OWN_CARD},
              {"一览表": TICKS_MERGES[:-1], "出纳防控卡": ["A1:D1"]})  # fmt: skip
    assert read(got) == sorted([
        ("所长", "", "惠农补贴资金发放审核把关不严", "Ⅰ级"),
        ("所长", "", "支出报账审批不按规定", "Ⅱ级"),
        ("会计", "", "票据审核不严，虚列支出", "Ⅱ级"),
        ("出纳", "", "坐收坐支，公款私存", "Ⅰ级"),
        ("出纳", "", "现金日记账登记不及时", "Ⅲ级"),
        ("出纳", "逯昭棠", "银行账户密码保管不善", "Ⅱ级"),
    ])  # fmt: skip
    assert not {"HOLDERS_BY_POST_CARDS", "POST_CARD_MISSING"} & codes(got)
    no_errors(got)


# a roster table ('岗位 | 姓名 | 科室' over its rows) is no card: the roster machinery's, as before
def test_a_roster_table_is_no_card(tmp_path):
    roster = [
        ["岗位", "姓名", "科室"],
        ["科员", "郗沅芷", "办公室"],
        ["驾驶员", "阚霁舟", "办公室"],
    ]
    got = run(tmp_path, {"排查表": LIST, "人员": roster}, {"排查表": LIST_MERGES})
    assert not {"HOLDERS_BY_POST_CARDS", "POST_CARD_MISSING"} & codes(got)
    no_errors(got)


def _rev115_card(post, dept, who):
    return [["XX县水利站岗位说明书"], ["岗位名称", post, "岗位类别", "管理岗"],
            ["所在股室", dept, "汇报对象", "站长"], ["任职者", who, "到岗时间", "2023年3月"],
            ["主要职责", "负责相关工作。", None, None]]  # fmt: skip


_REV115_CM = ["A1:D1", "B5:D5"]


def test_what_the_hundred_and_fifteenth_review_found_two_posts_of_one_name_in_two_offices(tmp_path):
    # two 股长 of different 股室, one card naming 办公室: only that 股长 is its holder's
    rows = [
        ["XX县水利站岗位廉政风险点排查表"], ["序号", "科室", "岗位", "廉政风险点", "风险等级", "防控措施"],
        [1, "站领导", "站长", "工程招标暗箱操作", "一级", "集体决策"], [2, "办公室", "股长", "公车私用", "二级", "派车登记"],
        [3, "财务股", "股长", "公款私存", "一级", "定期对账"], [4, "工程股", "技术员", "验收走过场", "二级", "全程留影"],
    ]  # fmt: skip
    sheets = {"排查表": rows, "站长": _rev115_card("站长", "站领导", "鞠澄远"),
              "股长": _rev115_card("股长", "办公室", "阚霁舟"), "技术员": _rev115_card("技术员", "工程股", "逯沅芷")}  # fmt: skip
    merges = {"排查表": ["A1:F1"]} | {k: _REV115_CM for k in sheets if k != "排查表"}
    got = run(tmp_path, sheets, merges)
    assert read(got) == sorted([
        ("站长", "鞠澄远", "工程招标暗箱操作", "Ⅰ级"), ("股长", "阚霁舟", "公车私用", "Ⅱ级"),
        ("股长", "", "公款私存", "Ⅰ级"), ("技术员", "逯沅芷", "验收走过场", "Ⅱ级"),
    ])  # fmt: skip
    missing = got.issues[got.issues["code"] == "POST_CARD_MISSING"]
    assert list(missing["value"]) == ["股长"]
    said = got.issues[got.issues["code"] == "HOLDERS_BY_POST_CARDS"]["message"].iloc[0]
    assert said.count("股长(") == 1
    no_errors(got)


def test_what_the_hundred_and_fifteenth_review_found_a_bracketed_post_and_a_card_with_points(
    tmp_path,
):
    # '站长（法定代表人）' on the card is the list's 站长; 副站长's holder on a 防控卡 of his own
    # points is not said to have no card
    rows = [
        ["XX县水利站岗位廉政风险点排查表"], ["序号", "岗位", "廉政风险点", "风险等级", "防控措施"],
        [1, "站长", "工程招标暗箱操作", "一级", "集体决策"], [2, "副站长", "工程变更把关不严", "二级", "会审"],
        [3, "会计", "公款私存", "一级", "定期对账"],
    ]  # fmt: skip
    fk = [["XX县水利站岗位廉政风险防控卡"], ["岗位名称", "副站长", "任职者", "阚霁舟"], ["所在股室", "站领导", None, None],
          ["序号", "风险点", "风险等级", "防控措施"], [1, "工程变更把关不严", "二级", "会审"],
          [2, "质量验收走过场", "二级", "抽检"]]  # fmt: skip
    sheets = {
        "排查表": rows,
        "防控卡": fk,
        "站长": _rev115_card("站长（法定代表人）", "站领导", "鞠澄远"),
    }
    got = run(tmp_path, sheets, {"排查表": ["A1:E1"], "防控卡": ["A1:D1"], "站长": _REV115_CM})
    assert read(got) == sorted([
        ("站长", "鞠澄远", "工程招标暗箱操作", "Ⅰ级"), ("副站长", "", "工程变更把关不严", "Ⅱ级"),
        ("会计", "", "公款私存", "Ⅰ级"), ("副站长", "阚霁舟", "工程变更把关不严", "Ⅱ级"),
        ("副站长", "阚霁舟", "质量验收走过场", "Ⅱ级"),
    ])  # fmt: skip
    missing = got.issues[got.issues["code"] == "POST_CARD_MISSING"]
    assert list(missing["value"]) == ["会计"]
    no_errors(got)
