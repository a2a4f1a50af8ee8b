"""A post held in turn within the year: under a holder heading with a qualifier
(``责任人（在岗时段）``, ``姓名（任职时间）``, ``责任人(轮岗)``) a post's cell names the two or three
people who hold it one after another, one a line, each with his time on the post in brackets
(``…（1月至6月）⏎…（7月至12月）``, ``（上半年）``, ``（2025.1—2025.6）``). Each of them holds every point of
the post (a copy each, one form a holder); the brackets are no part of the name, and the heading
stays the holder's (it is not guessed ``其他`` for cells that are not bare names).

Not the published batch's table (a 车辆管理所's 窗口岗位 with 所长 / 登记窗口民警 / 查验岗民警 and
``1—6月 / 7—12月``, ``高/中/低``): a 县人民医院's 收费 and 药房 windows, a 县医保局's 经办大厅 and a
县公积金中心's 柜台, other posts, names and level words, with a 科室 column, a 备注 column, a
qualifier in half-width brackets, cells not merged, three holders in a cell and level ticks under
a two-row heading; written with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox``
reads a file. The cells that say who holds the post now (``现：…⏎原：…``) or a holder's other
duty (``…（兼）``) stay read as before.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, ITEMS, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str]):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "turns.xlsx", {"窗口": rows}, {"窗口": merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> list[str]:
    return list(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


# one heading row, 科室 and 岗位 apart, ``姓名（任职时间）`` merged over each post's rows, months
# written '1月至6月', a bare name for the post held all year, 一级/二级/三级
HOSPITAL = [
    ["县人民医院门诊窗口岗位廉政风险防控登记表"],
    ["序号", "科室", "岗位", "姓名（任职时间）", "廉政风险点", "风险等级", "防控措施"],
    [1, "财务科", "科长", "蒯砚秋", "收费减免审批不按规定", "一级", "减免一律两人审批并公示。"],
    [2, "财务科", "门诊收费员", "祁朗月（1月至6月）\n訾沐阳（7月至12月）",
     "收取现金不开票据", "一级", "每日日结，票款核对。"],
    [3, "财务科", "门诊收费员", None, "私自退费截留款项", "二级", "退费须经科长签字。"],
    [4, "药剂科", "药房发药员", "郈听澜（1月至6月）\n阙星河（7月至12月）",
     "收受医药代表好处", "二级", "药品目录公开，代表登记来访。"],
    [5, "药剂科", "药房发药员", None, "过期药品不按规定销毁", "三级", "销毁由两人监督并留记录。"],
    ["注：收费、发药窗口人员每半年轮换一次，括号内为在岗月份。"],
]  # fmt: skip


def test_months_in_brackets_give_every_holder_the_posts_points(tmp_path):
    got = run(tmp_path, HOSPITAL, ["A1:G1", "D4:D5", "D6:D7", "A8:G8"])
    assert read(got) == sorted([
        ("科长", "蒯砚秋", "收费减免审批不按规定", "Ⅰ级"),
        ("门诊收费员", "祁朗月", "收取现金不开票据", "Ⅰ级"),
        ("门诊收费员", "祁朗月", "私自退费截留款项", "Ⅱ级"),
        ("门诊收费员", "訾沐阳", "收取现金不开票据", "Ⅰ级"),
        ("门诊收费员", "訾沐阳", "私自退费截留款项", "Ⅱ级"),
        ("药房发药员", "郈听澜", "收受医药代表好处", "Ⅱ级"),
        ("药房发药员", "郈听澜", "过期药品不按规定销毁", "Ⅲ级"),
        ("药房发药员", "阙星河", "收受医药代表好处", "Ⅱ级"),
        ("药房发药员", "阙星河", "过期药品不按规定销毁", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert codes(got).count("HOLDERS_IN_TURN") == 1
    assert "COLUMN_GUESSED" not in codes(got)


# ``责任人(轮岗)`` in half-width brackets, ``上半年 / 下半年``, the cell written again on each row
# (no merges), a 备注 column after the measures, 高/中/低
HALVES = [
    ["县医疗保障局经办大厅岗位廉政风险点一览表"],
    ["序号", "岗位", "责任人(轮岗)", "廉政风险点", "风险等级", "防控措施", "备注"],
    [1, "稽核岗", "鄢墨白（上半年）\n雍知夏（下半年）", "稽核发现问题不报告", "高",
     "稽核结果集体研判。", "轮岗"],
    [2, "稽核岗", "鄢墨白（上半年）\n雍知夏（下半年）", "接受定点机构宴请", "中",
     "签订廉洁承诺书。", "轮岗"],
    [3, "报销审核岗", "冼若溪（上半年）\n冉鹤鸣（下半年）", "降低标准审核报销材料", "高",
     "系统智能审核加人工复核。", "轮岗"],
    [4, "大厅主任", "靳望舒", "对窗口人员监督不到位", "低", "每月抽查办件。", ""],
]  # fmt: skip


def test_halves_of_the_year_in_half_width_heading(tmp_path):
    got = run(tmp_path, HALVES, ["A1:G1"])
    assert read(got) == sorted([
        ("稽核岗", "鄢墨白", "稽核发现问题不报告", "Ⅰ级"),
        ("稽核岗", "鄢墨白", "接受定点机构宴请", "Ⅱ级"),
        ("稽核岗", "雍知夏", "稽核发现问题不报告", "Ⅰ级"),
        ("稽核岗", "雍知夏", "接受定点机构宴请", "Ⅱ级"),
        ("报销审核岗", "冼若溪", "降低标准审核报销材料", "Ⅰ级"),
        ("报销审核岗", "冉鹤鸣", "降低标准审核报销材料", "Ⅰ级"),
        ("大厅主任", "靳望舒", "对窗口人员监督不到位", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert codes(got).count("HOLDERS_IN_TURN") == 1


# dates '2025.1—2025.4' in three turns, the post and the 科室 in one column, ``责任人（在岗时段）``,
# levels ticked under ``风险等级`` merged over ``一级 | 二级 | 三级``
DATES = [
    ["县住房公积金管理中心柜台岗位廉政风险防控表"],
    ["序号", "岗位", "责任人（在岗时段）", "廉政风险点", "风险等级", None, None, "防控措施"],
    [None, None, None, None, "一级", "二级", "三级", None],
    [1, "提取审核岗", "郜晚晴（2025.1—2025.4）\n宓听泉（2025.5—2025.8）\n晏青禾（2025.9—2025.12）",
     "违规为不符合条件职工办理提取", "√", None, None, "提取材料系统核验，专人复核。"],
    [2, "提取审核岗", None, "收受中介好处加快办理", None, "√", None, "中介代办一律登记。"],
    [3, "中心主任", "沃知远", "贷款审批不按集体决策", "√", None, None, "贷款审批委员会集体审议。"],
]  # fmt: skip


def test_dates_in_three_turns_with_ticked_levels(tmp_path):
    got = run(tmp_path, DATES, ["A1:H1", "E2:G2", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "H2:H3",
                                "C4:C5", "B4:B5"])  # fmt: skip
    assert read(got) == sorted([
        ("提取审核岗", "郜晚晴", "违规为不符合条件职工办理提取", "Ⅰ级"),
        ("提取审核岗", "郜晚晴", "收受中介好处加快办理", "Ⅱ级"),
        ("提取审核岗", "宓听泉", "违规为不符合条件职工办理提取", "Ⅰ级"),
        ("提取审核岗", "宓听泉", "收受中介好处加快办理", "Ⅱ级"),
        ("提取审核岗", "晏青禾", "违规为不符合条件职工办理提取", "Ⅰ级"),
        ("提取审核岗", "晏青禾", "收受中介好处加快办理", "Ⅱ级"),
        ("中心主任", "沃知远", "贷款审批不按集体决策", "Ⅰ级"),
    ])  # fmt: skip
    no_errors(got)
    assert codes(got).count("HOLDERS_IN_TURN") == 1


# the cell says who holds the post now and who held it before: the present holder alone, as
# before (no holders in turn)
HANDED = [
    ["县人民医院住院收费处岗位廉政风险防控表"],
    ["序号", "岗位", "责任人（在岗时段）", "廉政风险点", "风险等级", "防控措施"],
    [1, "住院收费员", "现：牧清和\n原：巫马遥（已调离）", "出院结算多收少收", "二级", "结算清单患者签字确认。"],
    [2, "住院收费员", None, "挪用押金", "一级", "押金每日缴存银行。"],
    [3, "收费处主任", "漆雕远", "收费差错不报告", "三级", "差错登记月报。"],
]  # fmt: skip


def test_now_and_before_stays_a_handover(tmp_path):
    got = run(tmp_path, HANDED, ["A1:F1", "C3:C4", "B3:B4"])
    assert read(got) == sorted([
        ("住院收费员", "牧清和", "出院结算多收少收", "Ⅱ级"),
        ("住院收费员", "牧清和", "挪用押金", "Ⅰ级"),
        ("收费处主任", "漆雕远", "收费差错不报告", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "HOLDERS_IN_TURN" not in codes(got)


# '…（兼）': a holder's other duty in brackets, no period: one holder, as before
OTHER_DUTY = [
    ["县医疗保障局基金监管股岗位廉政风险防控表"],
    ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
    [1, "监管股长", "濮阳澈（兼）", "对定点机构违规问题查处不力", "一级", "查处结果局务会审定。"],
    [2, "监管股长", None, "泄露举报人信息", "二级", "举报材料专人保管。"],
    [3, "监管员", "璩暮云", "检查走过场", "三级", "检查全程记录。"],
]  # fmt: skip


def test_other_duty_in_brackets_stays_one_holder(tmp_path):
    got = run(tmp_path, OTHER_DUTY, ["A1:F1", "C3:C4", "B3:B4"])
    assert read(got) == sorted([
        ("监管股长", "濮阳澈", "对定点机构违规问题查处不力", "Ⅰ级"),
        ("监管股长", "濮阳澈", "泄露举报人信息", "Ⅱ级"),
        ("监管员", "璩暮云", "检查走过场", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "HOLDERS_IN_TURN" not in codes(got)


# two names one a line without periods: two holders of the post, as before (the rule needs a
# period on every line)
TWO_NAMES = [
    ["县住房公积金管理中心归集股岗位廉政风险防控表"],
    ["序号", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施"],
    [1, "归集专管员", "敖星眠\n简南枝", "违规为单位缓缴降比", "二级", "缓缴降比集体审批。"],
    [2, "归集股长", "钭知秋", "审核把关不严", "三级", "每月抽查。"],
]  # fmt: skip


def test_two_names_without_periods_stay_two_holders(tmp_path):
    got = run(tmp_path, TWO_NAMES, ["A1:F1"])
    assert read(got) == sorted([
        ("归集专管员", "敖星眠", "违规为单位缓缴降比", "Ⅱ级"),
        ("归集专管员", "简南枝", "违规为单位缓缴降比", "Ⅱ级"),
        ("归集股长", "钭知秋", "审核把关不严", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "HOLDERS_IN_TURN" not in codes(got)


def test_the_code_is_catalogued_as_info():
    code = "HOLDERS_IN_TURN"
    assert CATALOGUE[code][0] == "info" and SHORT[code] and ITEMS[code] == "责任人"


# the ninety-seventh review: near-variants of a cell of holders in turn, and one holder's period
_WINDOW_TITLE = ["县人民医院门诊窗口岗位廉政风险防控登记表"]


def _window(cell: str, head: str = "责任人（在岗时段）", dept: bool = False, chief: str = "蒯砚秋"):
    first = ["序号", "科室" if dept else "岗位", head, "廉政风险点", "风险等级", "防控措施"]
    return [
        _WINDOW_TITLE, first,
        [1, "财务科" if dept else "收费员", cell, "收取现金不开票据", "一级", "日结"],
        [2, "财务科" if dept else "科长", chief, "减免审批不规范", "二级", "两人审批"],
    ]  # fmt: skip


_TURNED = sorted([
    ("收费员", "祁朗月", "收取现金不开票据", "Ⅰ级"),
    ("收费员", "訾沐阳", "收取现金不开票据", "Ⅰ级"),
    ("科长", "蒯砚秋", "减免审批不规范", "Ⅱ级"),
])  # fmt: skip


def test_what_the_ninety_seventh_review_found_near_variants_of_holders_in_turn(tmp_path):
    for i, cell in enumerate([
        "祁朗月（2024.1—2024.6）\n訾沐阳（2024.7至今）",  # a period up to now
        "祁朗月（1—3月）\n訾沐阳（4—9月）\n祁朗月（10—12月）",  # a holder returning: once
        "祁朗月（1—6月）、訾沐阳（7—12月）",  # one line parted by 、
    ]):  # fmt: skip
        got = run(tmp_path / str(i), _window(cell), ["A1:F1"])
        assert read(got) == _TURNED, cell
        no_errors(got)
        assert codes(got).count("HOLDERS_IN_TURN") == 1, cell


def test_what_the_ninety_seventh_review_found_post_and_name_lines_in_turn(tmp_path):
    cell = "收费员 祁朗月（1—6月）\n收费员 訾沐阳（7—12月）"
    got = run(tmp_path, _window(cell, dept=True, chief="科长 蒯砚秋"), ["A1:F1"])
    assert read(got) == _TURNED
    assert sorted(set(got.risks["department"])) == ["财务科"]
    no_errors(got)
    assert codes(got).count("HOLDERS_IN_TURN") == 1


def test_what_the_ninety_seventh_review_found_one_name_with_its_period(tmp_path):
    got = run(tmp_path, _window("祁朗月（2024.1—2024.6）", head="责任人"), ["A1:F1"])
    assert read(got) == sorted([
        ("收费员", "祁朗月", "收取现金不开票据", "Ⅰ级"),
        ("科长", "蒯砚秋", "减免审批不规范", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "HOLDERS_IN_TURN" not in codes(got)


def test_what_the_ninety_seventh_review_found_lines_parsed():
    from xlproc.columns import holders_in_turn, turn_lines

    assert holders_in_turn("祁朗月（1—3月）\n訾沐阳（4—9月）\n祁朗月（10—12月）") == [
        "祁朗月",
        "訾沐阳",
    ]
    assert turn_lines("收费员 祁朗月（1—6月）\n收费员 訾沐阳（7—12月）") == [
        ("收费员", "祁朗月"), ("收费员", "訾沐阳")]  # fmt: skip
    assert turn_lines("祁朗月（2024.1—2024.6）") == [("", "祁朗月")]
    assert holders_in_turn("祁朗月（2024.1—2024.6）") == []  # (one holder: no turns)
    assert turn_lines("收费员（1—6月）\n会计（7—12月）") == []  # (posts, no names)
    assert turn_lines("祁朗月（A岗）\n訾沐阳（B岗）") == []  # (no period)
