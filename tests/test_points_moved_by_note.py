"""A list whose every row names its holder, and a note by it (under it or above it) moving SOME
numbered items to another holder already in the list after a re-division of work, the table not
redrawn ('注：…第8、9项风险点改由村委会副主任拓跋翀负责，第11项…改由村文书…负责。'): each moved row
is a point of the named holder (his 科室, post and name as the list writes them for him), its level,
type and measures kept; the old holder keeps the rest (POINTS_REASSIGNED_BY_NOTE). A number not in
the list, or a holder not in it, moves nothing for that part (POINTS_REASSIGNED_UNMATCHED).

Not the published batch's file (a 村“两委” 一览表 with 职务/姓名 merged per person, 一级/二级/三级
and the note under it naming post and name): a 卫生院's list with a 科室 column and the note above
it, a 市场监管所's list with '岗位（责任人）' in one cell, two heading rows and ticks under
'高 | 中 | 低', a 税务分局's list with a 风险类型 column and a plain '由…负责' after '因人员调整',
other posts, names and level words, written with xlsxwriter (tests/helpers.py) and read back as
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


def run(tmp_path: Path, rows: list[list], merges: list[str], sheet: str = "清单"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str, str]]:
    r = got.risks
    return sorted(
        zip(r["department"], r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True)
    )


def codes(got) -> set[str]:
    return set(got.issues["code"])


def errors(got) -> set[str]:
    return set(got.issues[got.issues["severity"] == "error"]["code"])


def said(got, code: str) -> list[str]:
    return list(got.issues[got.issues["code"] == code]["value"])


def test_codes_are_catalogued():
    for code in ("POINTS_REASSIGNED_BY_NOTE", "POINTS_REASSIGNED_UNMATCHED"):
        assert code in CATALOGUE and code in SHORT


CLINIC = [
    ["XX镇中心卫生院岗位廉政风险点一览表"],
    ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
    [1, "院办", "院长", "褚砚秋", "药品耗材采购收受回扣", "高", "集体议价，纪检全程监督"],
    [2, None, None, None, "基建项目指定施工方", "高", "按规定公开招标"],
    [3, "药剂科", "科长", "蒲晗", "药品验收把关不严", "中", "双人验收签字"],
    [4, "财务科", "科长", "郏芷汀", "医保基金结算违规", "高", "每月对账，专人复核"],
    [5, None, None, None, "药品库存盘点流于形式", "中", "每季度全面盘点"],
    [6, None, None, None, "票据保管不善", "低", "票据专柜保管"],
]  # fmt: skip
CLINIC_MERGES = ["A1:G1", "B3:B4", "C3:C4", "D3:D4", "B6:B8", "C6:C8", "D6:D8"]


def test_note_above_the_list_moves_a_run_to_a_holder_of_another_department(tmp_path):
    # the note between the title and the heading, the run '序号5—6' named by 科室, post and name:
    # both rows go to the 药剂科's 科长 with his 科室; the 财务科 keeps its 4
    rows = [CLINIC[0],
            ["说明：2025年7月院内分工调整，本表未重新编制，序号5—6调整为药剂科科长蒲晗负责。"],
            *CLINIC[1:]]  # fmt: skip
    merges = ["A1:G1", "A2:G2", "B4:B5", "C4:C5", "D4:D5", "B7:B9", "C7:C9", "D7:D9"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("院办", "院长", "褚砚秋", "药品耗材采购收受回扣", "Ⅰ级"),
        ("院办", "院长", "褚砚秋", "基建项目指定施工方", "Ⅰ级"),
        ("药剂科", "科长", "蒲晗", "药品验收把关不严", "Ⅱ级"),
        ("药剂科", "科长", "蒲晗", "药品库存盘点流于形式", "Ⅱ级"),
        ("药剂科", "科长", "蒲晗", "票据保管不善", "Ⅲ级"),
        ("财务科", "科长", "郏芷汀", "医保基金结算违规", "Ⅰ级"),
    ])  # fmt: skip
    assert said(got, "POINTS_REASSIGNED_BY_NOTE") == ["第5、6项→药剂科 科长 蒲晗"]
    assert "POINTS_REASSIGNED_UNMATCHED" not in codes(got)
    assert not errors(got) and "ROW_UNPLACED" not in codes(got)
    # measures kept with the moved rows
    r = got.risks
    moved = r[r["risk_point"] == "票据保管不善"]
    assert list(moved["measures"]) == ["票据专柜保管"]


MARKET = [
    ["XX县市场监督管理局城关所岗位廉政风险防控清单"],
    ["序号", "岗位（责任人）", "风险点", "风险等级", None, None, "防控措施"],
    [None, None, None, "高", "中", "低", None],
    [1, "所长（晏知秋）", "监督检查选择性执法", "√", None, None, "双随机抽查，全程记录"],
    [2, None, "行政处罚自由裁量畸轻畸重", "√", None, None, "集体讨论，裁量基准公开"],
    [3, "副所长（闵若溪）", "食品经营许可现场核查走过场", None, "√", None, "两人核查，留存影像"],
    [4, "执法员（米嘉树）", "投诉举报处理推诿拖延", None, "√", None, "限时办结，回访核实"],
    [5, None, "扣押物品保管不规范", None, None, "√", "专库保管，台账登记"],
]  # fmt: skip
MARKET_MERGES = ["A1:G1", "A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:G3", "B4:B5", "B7:B8"]


def test_note_under_two_heading_rows_and_ticks_names_the_new_holder_by_post(tmp_path):
    # '岗位（责任人）' in one cell, the levels ticked under '高 | 中 | 低'; the note names only the
    # post ('副所长'), a plain '由…负责' on a line saying the work was re-divided; items 2 and 5
    # given in two numbers with their own 第 and 项
    rows = [*MARKET, ["备注：因人员分工调整，第2项、第5项由副所长负责。"]]
    got = run(tmp_path, rows, [*MARKET_MERGES, "A9:G9"])
    r = got.risks
    assert sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True)) == sorted([
        ("所长", "晏知秋", "监督检查选择性执法", "Ⅰ级"),
        ("副所长", "闵若溪", "行政处罚自由裁量畸轻畸重", "Ⅰ级"),
        ("副所长", "闵若溪", "食品经营许可现场核查走过场", "Ⅱ级"),
        ("副所长", "闵若溪", "扣押物品保管不规范", "Ⅲ级"),
        ("执法员", "米嘉树", "投诉举报处理推诿拖延", "Ⅱ级"),
    ])  # fmt: skip
    assert said(got, "POINTS_REASSIGNED_BY_NOTE") == ["第2、5项→副所长 闵若溪"]
    assert not errors(got) and "ROW_UNPLACED" not in codes(got)


TAX = [
    ["XX区税务局第二税务分局岗位廉政风险排查表"],
    ["序号", "职务", "姓名", "风险点", "风险类型", "风险等级", "防控措施", "备注"],
    [1, "分局长", "伍清澜", "大额退税审批把关不严", "岗位职责", "一级风险", "集体审议，逐笔复核", None],
    [2, "副分局长", "郦望舒", "纳税评估结论随意调整", "制度机制", "二级风险", "评估结论复审", None],
    [3, "税收管理员", "訾南乔", "违规为关系户办理非正常户解除", "岗位职责", "二级风险", "系统留痕，定期抽查", None],
    [4, None, None, "发票领用核定超量", "思想道德", "三级风险", "核定标准公开", None],
]  # fmt: skip
TAX_MERGES = ["A1:H1", "B5:B6", "C5:C6"]


def test_note_by_name_only_with_a_type_column_and_an_item_kept_where_it_is(tmp_path):
    # '郦望舒同志' by name only, 改由, the note under the list followed by a sign-off line; item 2
    # named too but already his: nothing to move there, and one sentence for the two
    rows = [*TAX,
            ["注：经分局务会研究，第4项改由郦望舒同志负责，第2项仍由郦望舒负责。"],
            ["填表人：", None, "訾南乔", None, "审核人：", "伍清澜"]]  # fmt: skip
    got = run(tmp_path, rows, [*TAX_MERGES, "A7:H7"])
    r = got.risks
    assert sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True)) == sorted([
        ("分局长", "伍清澜", "大额退税审批把关不严", "Ⅰ级"),
        ("副分局长", "郦望舒", "纳税评估结论随意调整", "Ⅱ级"),
        ("副分局长", "郦望舒", "发票领用核定超量", "Ⅲ级"),
        ("税收管理员", "訾南乔", "违规为关系户办理非正常户解除", "Ⅱ级"),
    ])  # fmt: skip
    moved = r[r["risk_point"] == "发票领用核定超量"]
    assert list(moved["risk_type"]) == ["思想道德风险"]
    assert said(got, "POINTS_REASSIGNED_BY_NOTE") == ["第4项→副分局长 郦望舒"]
    assert not errors(got) and "ROW_UNPLACED" not in codes(got)


def test_a_note_with_no_opening_word_merged_across_under_the_list(tmp_path):
    # no '注：' before it, a plain '由…负责' after '因人员分工调整', by post only
    rows = [*TAX, ["因人员分工调整，第4项由副分局长负责。"],
            ["填表人：", None, "訾南乔", None, "审核人：", "伍清澜"]]  # fmt: skip
    got = run(tmp_path, rows, [*TAX_MERGES, "A7:H7"])
    r = got.risks
    assert sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True)) == sorted([
        ("分局长", "伍清澜", "大额退税审批把关不严", "Ⅰ级"),
        ("副分局长", "郦望舒", "纳税评估结论随意调整", "Ⅱ级"),
        ("副分局长", "郦望舒", "发票领用核定超量", "Ⅲ级"),
        ("税收管理员", "訾南乔", "违规为关系户办理非正常户解除", "Ⅱ级"),
    ])  # fmt: skip
    assert said(got, "POINTS_REASSIGNED_BY_NOTE") == ["第4项→副分局长 郦望舒"]
    assert not errors(got) and "ROW_UNPLACED" not in codes(got)


def test_a_number_or_a_holder_not_in_the_list_moves_nothing_for_that_part(tmp_path):
    # item 3 goes to the 执法员 (post and name glued); item 9 is not in the list; 鲍一鸣 is no
    # holder of it: those two parts are warned of and move nothing
    rows = [*MARKET,
            ["注：自6月起，第3项改由执法员米嘉树负责，第9项改由所长负责，第1项改由鲍一鸣负责。"]]  # fmt: skip
    got = run(tmp_path, rows, [*MARKET_MERGES, "A9:G9"])
    r = got.risks
    assert sorted(zip(r["title"], r["person"], r["risk_point"], strict=True)) == sorted([
        ("所长", "晏知秋", "监督检查选择性执法"),
        ("所长", "晏知秋", "行政处罚自由裁量畸轻畸重"),
        ("执法员", "米嘉树", "食品经营许可现场核查走过场"),
        ("执法员", "米嘉树", "投诉举报处理推诿拖延"),
        ("执法员", "米嘉树", "扣押物品保管不规范"),
    ])  # fmt: skip
    assert said(got, "POINTS_REASSIGNED_BY_NOTE") == ["第3项→执法员 米嘉树"]
    warned = got.issues[got.issues["code"] == "POINTS_REASSIGNED_UNMATCHED"]
    assert set(warned["severity"]) == {"warning"} and len(warned) == 2
    assert any("9" in m for m in warned["message"]) and any(
        "鲍一鸣" in m for m in warned["message"]
    )
    assert not errors(got)


# ----------------------------------------------------------------- not this shape: as before


def test_notes_of_levels_new_items_and_who_filled_it_in_move_nothing(tmp_path):
    rows = [*CLINIC,
            ["注：1.第1、2、4项为高风险；2.第6项为新增风险点；3.第3项调整为中风险；4.第1—6项由院办汇总填报。"]]  # fmt: skip
    got = run(tmp_path, rows, [*CLINIC_MERGES, "A9:G9"])
    assert read(got) == sorted([
        ("院办", "院长", "褚砚秋", "药品耗材采购收受回扣", "Ⅰ级"),
        ("院办", "院长", "褚砚秋", "基建项目指定施工方", "Ⅰ级"),
        ("药剂科", "科长", "蒲晗", "药品验收把关不严", "Ⅱ级"),
        ("财务科", "科长", "郏芷汀", "医保基金结算违规", "Ⅰ级"),
        ("财务科", "科长", "郏芷汀", "药品库存盘点流于形式", "Ⅱ级"),
        ("财务科", "科长", "郏芷汀", "票据保管不善", "Ⅲ级"),
    ])  # fmt: skip
    assert not {"POINTS_REASSIGNED_BY_NOTE", "POINTS_REASSIGNED_UNMATCHED"} & codes(got)
    assert not errors(got)


def test_a_plain_duty_note_or_a_move_only_planned_moves_nothing(tmp_path):
    # '第5项由院长负责牵头，…配合' says who leads, no re-division; '拟于下半年改由…' is planned
    rows = [*CLINIC,
            ["说明：第5项由院长负责牵头，财务科配合；第6项拟于下半年改由药剂科科长负责。"]]  # fmt: skip
    got = run(tmp_path, rows, [*CLINIC_MERGES, "A9:G9"])
    r = got.risks
    held = dict(zip(r["risk_point"], r["person"], strict=True))
    assert held["药品库存盘点流于形式"] == "郏芷汀" and held["票据保管不善"] == "郏芷汀"
    assert len(r) == 6
    assert not {"POINTS_REASSIGNED_BY_NOTE", "POINTS_REASSIGNED_UNMATCHED"} & codes(got)
    assert not errors(got)


def test_a_list_naming_no_holder_is_left_to_the_numbers_rule(tmp_path):
    # no post or name column: a note giving items their holders by number is the older rule's
    # ('第1—2项　所长　晏知秋'), not a move between holders of the list
    rows = [["XX县市场监督管理局城关所廉政风险点清单"],
            ["序号", "风险点", "风险等级", "防控措施"],
            [1, "监督检查选择性执法", "高", "双随机抽查"],
            [2, "行政处罚自由裁量畸轻畸重", "中", "裁量基准公开"],
            [3, "扣押物品保管不规范", "低", "专库保管"],
            ["注：因分工调整，第3项改由副所长负责。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1", "A6:D6"])
    r = got.risks
    assert len(r) == 3 and set(r["person"]) == {""}
    assert not {"POINTS_REASSIGNED_BY_NOTE", "POINTS_REASSIGNED_UNMATCHED"} & codes(got)


def test_what_the_eighty_seventh_review_found(tmp_path):
    """A note saying who leads or oversees items, or with a change of staff mentioned only after
    them, moves nothing."""
    before = read(run(tmp_path / "a", CLINIC, CLINIC_MERGES))
    for i, note in enumerate([
        "注：以上第1—5项由院办牵头，相关科室配合；如遇人员变动，及时调整。",
        "注：第4、5项由院长褚砚秋负责督导，科室负责人如有调整另行通知。",
    ]):  # fmt: skip
        rows = [*CLINIC, [note]]
        got = run(tmp_path / f"n{i}", rows, [*CLINIC_MERGES, f"A{len(rows)}:G{len(rows)}"])
        assert read(got) == before, note
        assert "POINTS_REASSIGNED_BY_NOTE" not in codes(got)
