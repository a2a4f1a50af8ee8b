"""Holders named in order in one heading's bracket, one slot a holder in each cell below
('责任领导（所长 路翯岷／教导员 娄珺翊／副所长 路澹霏）' over '√／—／√'): each ticked slot makes the
row's point the holder's named at that place in the bracket; a cell of other slots is told.

Not the published batch's table (a 边境派出所's 所领导班子 with 所长/教导员/副所长 and 高/中/低): a
county's 水利站, 林业工作站 and 农机服务中心, other posts and names, 一级/二级/三级 and Ⅰ级…, the
bracket parted by '、' or '/', cells '●/○' or '√、空', names without posts, a heading of two rows
and a type column, written with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox``
reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, ITEMS, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None, sheet: str = "排查表"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


WATER = [
    ["XX县清溪镇水利站站班子廉政风险点排查表"],
    [
        "序号",
        "廉政风险点",
        "风险类型",
        "风险等级",
        "责任人（站长 冼澄岳／副站长 郦昶沅／会计 宓霁橙）",
        "防控措施",
    ],
    [
        1,
        "小型水利工程项目验收把关不严",
        "岗位职责",
        "一级",
        "√／√／—",
        "验收由站务会集体研究，结果公示。",
    ],
    [2, "农田灌溉水费收缴不入账", "制度机制", "一级", "—／—／√", "水费票款当日核对，按月公示。"],
    [3, "防汛物资采购中收受好处", "思想道德", "二级", "√／—／√", "采购三家比价，留存台账。"],
    [4, "河道采砂巡查中吃拿卡要", "思想道德", "三级", "—／√／—", "巡查两人同行，全程记录。"],
    ["注：责任人一栏按站长、副站长、会计的顺序填写，涉及的打“√”，不涉及的打“—”。"],
]


def test_slots_by_full_width_slash_give_each_ticked_holder(tmp_path):
    got = run(tmp_path, WATER, ["A1:F1", "A7:F7"])
    assert read(got) == sorted([
        ("站长", "冼澄岳", "小型水利工程项目验收把关不严", "Ⅰ级"),
        ("副站长", "郦昶沅", "小型水利工程项目验收把关不严", "Ⅰ级"),
        ("会计", "宓霁橙", "农田灌溉水费收缴不入账", "Ⅰ级"),
        ("站长", "冼澄岳", "防汛物资采购中收受好处", "Ⅱ级"),
        ("会计", "宓霁橙", "防汛物资采购中收受好处", "Ⅱ级"),
        ("副站长", "郦昶沅", "河道采砂巡查中吃拿卡要", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_HEADING_SLOTS" in codes(got)
    assert "HOLDER_SLOTS_UNMATCHED" not in codes(got)
    no_errors(got)
    assert len(set(got.risks["person"])) == 3


FOREST = [
    ["XX县林业和草原局白桦岭林业工作站廉政风险防控一览表"],
    [
        "序号",
        "风险点",
        None,
        "责任岗位及人员（站长 晏沐霖、护林员 邝书澈、资源管护员 缪芷汀）",
        "防控措施",
    ],
    [None, "内容", "等级", None, None],
    [1, "林木采伐现场查验走过场", "Ⅰ级", "●/○/●", "查验拍照存档，站长复核。"],
    [2, "生态护林员考勤弄虚作假", "Ⅱ级", "○/●/○", "巡护轨迹每月比对。"],
    [3, "森林防火物资领用不登记", "Ⅱ级", "●/●/●", "物资出入库双人签字。"],
    [4, "林下经济项目申报材料审核不严", "Ⅲ级", "●/○", "申报材料公示五日。"],
]


def test_slots_by_half_width_slash_under_two_heading_rows(tmp_path):
    got = run(tmp_path, FOREST, ["A1:E1", "A2:A3", "B2:C2", "D2:D3", "E2:E3"])
    assert read(got) == sorted([
        ("站长", "晏沐霖", "林木采伐现场查验走过场", "Ⅰ级"),
        ("资源管护员", "缪芷汀", "林木采伐现场查验走过场", "Ⅰ级"),
        ("护林员", "邝书澈", "生态护林员考勤弄虚作假", "Ⅱ级"),
        ("站长", "晏沐霖", "森林防火物资领用不登记", "Ⅱ级"),
        ("护林员", "邝书澈", "森林防火物资领用不登记", "Ⅱ级"),
        ("资源管护员", "缪芷汀", "森林防火物资领用不登记", "Ⅱ级"),
        ("", "", "林下经济项目申报材料审核不严", "Ⅲ级"),
    ])  # fmt: skip
    issues = got.issues
    told = issues[issues["code"] == "HOLDER_SLOTS_UNMATCHED"]
    assert list(told["cell"]) == ["D7"] and list(told["severity"]) == ["warning"]
    assert "●/○" in told["message"].iloc[0]
    no_errors(got)


FARM = [
    ["XX县农机服务中心安全监理股廉政风险点排查表"],
    ["填报单位：XX县农机服务中心", None, None, None, "2025年3月"],
    ["序号", "风险点", "风险等级", "涉及人员（侴沛霖、戚沅芷、逄书澈）", "防控措施"],
    [1, "拖拉机年检中放宽检验标准", "一级", "√、空、√", "检验全程录像，结果公示。"],
    [2, "农机事故处理中偏袒一方", "二级", "空、√、√", "事故处理两人以上参加。"],
    [3, "驾驶证考试中降低考核要求", "一级", "√、空、空", "考试录像，考官轮换。"],
]


def test_names_alone_in_the_bracket_parted_by_enumeration_comma(tmp_path):
    got = run(tmp_path, FARM, ["A1:E1"])
    assert read(got) == sorted([
        ("", "侴沛霖", "拖拉机年检中放宽检验标准", "Ⅰ级"),
        ("", "逄书澈", "拖拉机年检中放宽检验标准", "Ⅰ级"),
        ("", "戚沅芷", "农机事故处理中偏袒一方", "Ⅱ级"),
        ("", "逄书澈", "农机事故处理中偏袒一方", "Ⅱ级"),
        ("", "侴沛霖", "驾驶证考试中降低考核要求", "Ⅰ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_HEADING_SLOTS" in codes(got)
    no_errors(got)


def test_one_holder_in_the_bracket_stays_the_blocks(tmp_path):
    # the known shape: a small table whose heading's bracket names its one holder
    rows = [
        ["XX县清溪镇水利站廉政风险点排查表"],
        ["序号", "廉政风险点（水政监察员　仝昕澜）", "风险等级", "是否涉及（√／—）", "防控措施"],
        [1, "水事违法案件查处中以罚代管", "一级", "√", "案件集体研究，罚没款统一上缴。"],
        [2, "取水许可现场核查不到位", "二级", "—", "核查两人同行，拍照留档。"],
    ]
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("水政监察员", "仝昕澜", "水事违法案件查处中以罚代管", "Ⅰ级"),
        ("水政监察员", "仝昕澜", "取水许可现场核查不到位", "Ⅱ级"),
    ])  # fmt: skip
    assert not codes(got) & {"HOLDERS_BY_HEADING_SLOTS", "HOLDER_SLOTS_UNMATCHED"}
    no_errors(got)


def test_a_note_in_the_bracket_over_plain_ticks_names_no_holders(tmp_path):
    # a card of one holder: '（打√）' says how to fill the column, its '√' cells are no slots
    rows = [
        ["XX县农机服务中心岗位廉政风险防控卡"],
        ["姓名", "戚沅芷", "岗位", "农机监理员", None],
        ["序号", "风险点", "风险等级", "是否涉及（打√）", "防控措施"],
        [1, "拖拉机年检中放宽检验标准", "一级", "√", "检验全程录像，结果公示。"],
        [2, "变型拖拉机登记资料审核不严", "二级", "√", "登记资料双人审核。"],
        [3, "农机事故处理中偏袒一方", "三级", "√", "事故处理两人以上参加。"],
    ]
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("农机监理员", "戚沅芷", "拖拉机年检中放宽检验标准", "Ⅰ级"),
        ("农机监理员", "戚沅芷", "变型拖拉机登记资料审核不严", "Ⅱ级"),
        ("农机监理员", "戚沅芷", "农机事故处理中偏袒一方", "Ⅲ级"),
    ])  # fmt: skip
    assert not codes(got) & {"HOLDERS_BY_HEADING_SLOTS", "HOLDER_SLOTS_UNMATCHED"}
    no_errors(got)


def test_the_codes_are_catalogued():
    for code in ("HOLDERS_BY_HEADING_SLOTS", "HOLDER_SLOTS_UNMATCHED"):
        assert code in CATALOGUE and code in SHORT and ITEMS[code] == "责任人"
    assert CATALOGUE["HOLDER_SLOTS_UNMATCHED"][0] == "warning"


def test_what_the_hundred_and_first_review_found_two_columns_of_slots_both_read(tmp_path):
    rows = [["XX县城关派出所廉政风险点排查表"],
            ["序号", "风险点", "风险等级", "主要责任（所长 张明／教导员 李强）",
             "直接责任（民警 王刚／辅警 赵亮）", "防控措施"],
            [1, "执法不公收受财物", "高", "√／—", "√／—", "集体研究"],
            [2, "户籍办理吃拿卡要", "中", "—／√", "—／√", "公开"],
            [3, "罚没款截留", "高", "√／√", "√／—", "票款分离"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        ("所长", "张明", "执法不公收受财物", "Ⅰ级"), ("民警", "王刚", "执法不公收受财物", "Ⅰ级"),
        ("教导员", "李强", "户籍办理吃拿卡要", "Ⅱ级"), ("辅警", "赵亮", "户籍办理吃拿卡要", "Ⅱ级"),
        ("所长", "张明", "罚没款截留", "Ⅰ级"), ("教导员", "李强", "罚没款截留", "Ⅰ级"),
        ("民警", "王刚", "罚没款截留", "Ⅰ级"),
    ])  # fmt: skip
    issues = got.issues
    assert sorted(issues[issues["code"] == "HOLDERS_BY_HEADING_SLOTS"]["cell"]) == ["D2", "E2"]
    assert "HOLDER_SLOTS_UNMATCHED" not in codes(got)
    no_errors(got)


def test_what_the_hundred_and_first_review_found_a_holder_ticked_in_two_columns_once(tmp_path):
    rows = [["XX县城关派出所廉政风险点排查表"],
            ["序号", "风险点", "风险等级", "主要责任（所长 张明／教导员 李强）",
             "直接责任（所长 张明／民警 王刚）", "防控措施"],
            [1, "执法不公收受财物", "高", "√／—", "√／√", "集体研究"],
            [2, "户籍办理吃拿卡要", "中", "—／√", "—／—", "公开"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        ("所长", "张明", "执法不公收受财物", "Ⅰ级"), ("民警", "王刚", "执法不公收受财物", "Ⅰ级"),
        ("教导员", "李强", "户籍办理吃拿卡要", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
