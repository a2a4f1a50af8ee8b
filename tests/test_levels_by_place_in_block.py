"""A list with no level column whose note grades each point by its PLACE in its holder's block
('每人所列风险点按风险大小排序，首条为重点风险（一级），其余为一般风险（二级）', '各科室前两项为高风险，
其余为中风险'): the n-th row of each person's (or 科室's) run of rows takes the level the note gives
that place, the rest the rest's; one info (LEVEL_BY_PLACE_IN_BLOCK) says so. A note whose grade
words are not understood gives no level and one warning naming it.

Not the published batch's file (a 烈士陵园管理处 with 处长/副处长/股长/出纳, 序号 running on and
'每个岗位所列第一项为本岗位重点风险点（一级风险）'): a county's 疾病预防控制中心 and 公立医院, other
posts, names and level words (首条/前两项/第一条, 高/中风险, 重点/一般), a 备注 column, one or two
heading rows, written with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads
a file. Lists that look a bit alike — a level column beside such a note, a note keying levels to
序号, a note on each post that grades nothing — read as before.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str], sheet: str = "风险点清单"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "list.xlsx", {sheet: rows}, {sheet: merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> list[str]:
    return list(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


CDC = [
    ["XX县疾病预防控制中心岗位廉政风险点清单"],
    ["序号", "科室", "职务", "姓名", "风险点", "防控措施", "备注"],
    [
        1,
        "中心领导",
        "主任",
        "阙珩澈",
        "疫苗冷链设备采购指定品牌",
        "采购进入公共资源交易平台。",
        None,
    ],
    [2, None, None, None, "人事招聘暗箱操作", "招聘方案集体研究并公示。", None],
    [3, "中心领导", "副主任", "籍芷澜", "检验试剂验收把关不严", "验收两人以上签字。", "分管检验科"],
    [4, None, None, None, "外出培训费用虚报", "培训费用事前审批。", None],
    [5, None, None, None, "接受供货企业宴请", "签订廉洁承诺书。", None],
    [6, "检验科", "科长", "郗沐遥", "检测报告出具不实", "报告两级审核。", None],
]
CDC_MERGES = ["A1:G1", "B3:B7", "C3:C4", "D3:D4", "C5:C7", "D5:D7"]


def test_first_of_each_persons_block_is_key_the_rest_ordinary(tmp_path):
    rows = CDC + [
        ["说明：每人所列风险点按风险大小排序，首条为重点风险（一级），其余为一般风险（二级）。"],
    ]
    got = run(tmp_path, rows, CDC_MERGES + ["A9:G9"])
    assert read(got) == sorted([
        ("主任", "阙珩澈", "疫苗冷链设备采购指定品牌", "Ⅰ级"),
        ("主任", "阙珩澈", "人事招聘暗箱操作", "Ⅱ级"),
        ("副主任", "籍芷澜", "检验试剂验收把关不严", "Ⅰ级"),
        ("副主任", "籍芷澜", "外出培训费用虚报", "Ⅱ级"),
        ("副主任", "籍芷澜", "接受供货企业宴请", "Ⅱ级"),
        ("科长", "郗沐遥", "检测报告出具不实", "Ⅰ级"),
    ])  # fmt: skip
    no_errors(got)
    assert codes(got).count("LEVEL_BY_PLACE_IN_BLOCK") == 1


def test_first_two_of_each_post_high_in_two_heading_rows(tmp_path):
    rows = [
        ["XX县人民医院重点岗位廉政风险防控表"],
        ["序号", "岗位信息", None, "廉政风险点", "防控措施"],
        [None, "岗位", "姓名", None, None],
        [1, "药剂科主任", "仉泓渟", "药品遴选收受回扣", "药事委员会集体遴选。"],
        [2, None, None, "临采药品审批把关不严", "临采两人审批。"],
        [3, None, None, "药品库存盘点走过场", "每月盘点，财务参与。"],
        [4, "设备科科长", "鄢朗晞", "设备参数量身定制", "参数论证专家署名。"],
        [5, None, None, "维修外包虚增工时", "维修单使用科室签字。"],
        [6, None, None, "报废处置低价转让", "报废资产评估后处置。"],
        ["注：各岗位风险点由高到低排列，前两项为高风险，其余各项为中风险。"],
    ]
    merges = ["A1:E1", "B2:C2", "A2:A3", "D2:D3", "E2:E3",
              "B4:B6", "C4:C6", "B7:B9", "C7:C9", "A10:E10"]  # fmt: skip
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("药剂科主任", "仉泓渟", "药品遴选收受回扣", "Ⅰ级"),
        ("药剂科主任", "仉泓渟", "临采药品审批把关不严", "Ⅰ级"),
        ("药剂科主任", "仉泓渟", "药品库存盘点走过场", "Ⅱ级"),
        ("设备科科长", "鄢朗晞", "设备参数量身定制", "Ⅰ级"),
        ("设备科科长", "鄢朗晞", "维修外包虚增工时", "Ⅰ级"),
        ("设备科科长", "鄢朗晞", "报废处置低价转让", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert codes(got).count("LEVEL_BY_PLACE_IN_BLOCK") == 1


def test_ranked_note_with_no_block_word_reads_each_holders_first(tmp_path):
    rows = CDC + [[None], ["备注：风险点按风险高低排列，第一条为重点风险点，其余为一般风险点。"]]
    got = run(tmp_path, rows, CDC_MERGES + ["A10:G10"])
    assert read(got) == sorted([
        ("主任", "阙珩澈", "疫苗冷链设备采购指定品牌", "Ⅰ级"),
        ("主任", "阙珩澈", "人事招聘暗箱操作", "Ⅲ级"),
        ("副主任", "籍芷澜", "检验试剂验收把关不严", "Ⅰ级"),
        ("副主任", "籍芷澜", "外出培训费用虚报", "Ⅲ级"),
        ("副主任", "籍芷澜", "接受供货企业宴请", "Ⅲ级"),
        ("科长", "郗沐遥", "检测报告出具不实", "Ⅰ级"),
    ])  # fmt: skip
    no_errors(got)
    assert codes(got).count("LEVEL_BY_PLACE_IN_BLOCK") == 1


def test_grade_words_not_understood_warn_once_and_give_no_level(tmp_path):
    rows = CDC + [["注：每个岗位第一项为本岗位甲类风险，其余为乙类风险。"]]
    got = run(tmp_path, rows, CDC_MERGES + ["A9:G9"])
    assert {lv for *_x, lv in read(got)} == {""}
    assert codes(got).count("LEVEL_BY_PLACE_UNREAD") == 1
    assert "LEVEL_BY_PLACE_IN_BLOCK" not in codes(got)


def test_a_level_column_beside_such_a_note_keeps_its_own_levels(tmp_path):
    rows = [
        ["XX县疾病预防控制中心岗位廉政风险点清单"],
        ["序号", "职务", "姓名", "风险点", "风险等级", "防控措施"],
        [1, "主任", "阙珩澈", "疫苗冷链设备采购指定品牌", "二级", "采购进入公共资源交易平台。"],
        [2, None, None, "人事招聘暗箱操作", "一级", "招聘方案集体研究并公示。"],
        [3, "科长", "郗沐遥", "检测报告出具不实", "三级", "报告两级审核。"],
        ["注：每人所列第一项为重点风险（一级），其余为一般风险（二级）。"],
    ]
    got = run(tmp_path, rows, ["A1:F1", "B3:B4", "C3:C4", "A6:F6"])
    assert read(got) == sorted([
        ("主任", "阙珩澈", "疫苗冷链设备采购指定品牌", "Ⅱ级"),
        ("主任", "阙珩澈", "人事招聘暗箱操作", "Ⅰ级"),
        ("科长", "郗沐遥", "检测报告出具不实", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert not {"LEVEL_BY_PLACE_IN_BLOCK", "LEVEL_BY_PLACE_UNREAD"} & set(codes(got))


def test_a_note_keying_levels_to_numbers_stays_the_numbers_rule(tmp_path):
    rows = CDC + [["注：序号1—3为一级风险，其余为二级风险。"]]
    got = run(tmp_path, rows, CDC_MERGES + ["A9:G9"])
    assert read(got) == sorted([
        ("主任", "阙珩澈", "疫苗冷链设备采购指定品牌", "Ⅰ级"),
        ("主任", "阙珩澈", "人事招聘暗箱操作", "Ⅰ级"),
        ("副主任", "籍芷澜", "检验试剂验收把关不严", "Ⅰ级"),
        ("副主任", "籍芷澜", "外出培训费用虚报", "Ⅱ级"),
        ("副主任", "籍芷澜", "接受供货企业宴请", "Ⅱ级"),
        ("科长", "郗沐遥", "检测报告出具不实", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "LEVEL_BY_NUMBER" in codes(got)
    assert not {"LEVEL_BY_PLACE_IN_BLOCK", "LEVEL_BY_PLACE_UNREAD"} & set(codes(got))


def test_a_note_on_each_post_grading_nothing_is_passed_over(tmp_path):
    rows = CDC + [["说明：各岗位风险点由本人查找，第一责任人为科室负责人，经中心党支部审核。"]]
    got = run(tmp_path, rows, CDC_MERGES + ["A9:G9"])
    assert {lv for *_x, lv in read(got)} == {""}
    assert len(read(got)) == 6
    assert not {"LEVEL_BY_PLACE_IN_BLOCK", "LEVEL_BY_PLACE_UNREAD"} & set(codes(got))


def test_first_of_each_departments_block_by_a_departments_note(tmp_path):
    rows = [
        ["XX县疾病预防控制中心科室廉政风险点清单"],
        ["序号", "科室", "岗位", "姓名", "风险点", "防控措施"],
        [1, "检验科", "科长", "郗沐遥", "检测报告出具不实", "报告两级审核。"],
        [2, None, "检验员", "戚霖竹", "样品登记弄虚作假", "样品登记双人核对。"],
        [3, "财务科", "会计", "芮朔棠", "虚列支出套取资金", "支出凭证分管领导签批。"],
        [4, None, "出纳", "麴沁桐", "挪用公款", "每日盘点库存现金。"],
        ["注：各科室所列第一项为一级风险，其余为三级风险。"],
    ]
    got = run(tmp_path, rows, ["A1:F1", "B3:B4", "B5:B6", "A7:F7"])
    assert read(got) == sorted([
        ("科长", "郗沐遥", "检测报告出具不实", "Ⅰ级"),
        ("检验员", "戚霖竹", "样品登记弄虚作假", "Ⅲ级"),
        ("会计", "芮朔棠", "虚列支出套取资金", "Ⅰ级"),
        ("出纳", "麴沁桐", "挪用公款", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert codes(got).count("LEVEL_BY_PLACE_IN_BLOCK") == 1


def test_what_the_hundred_and_twenty_sixth_review_found_a_ranking_is_no_grade(tmp_path):
    # '第一项为风险最高的风险点' ranks the points and names no grade: no level, no word (as before)
    for i, note in enumerate((
        "注：请按风险高低排序填写，第一项为风险最高的风险点。",
        "注：各岗位风险点由高到低排列，第一项为本岗位风险最大的风险点。",
    )):  # fmt: skip
        got = run(tmp_path / str(i), CDC + [[note]], CDC_MERGES + ["A9:G9"])
        assert {lv for *_x, lv in read(got)} == {""}, note
        assert "LEVEL_BY_PLACE_IN_BLOCK" not in codes(got), note
        assert "LEVEL_BY_PLACE_UNREAD" not in codes(got), note
    # a grade named beside the ranking still reads
    note = "注：各岗位风险点由高到低排列，第一项为风险最高的一级风险，其余为二级风险。"
    got = run(tmp_path / "graded", CDC + [[note]], CDC_MERGES + ["A9:G9"])
    assert read(got) == sorted([
        ("主任", "阙珩澈", "疫苗冷链设备采购指定品牌", "Ⅰ级"),
        ("主任", "阙珩澈", "人事招聘暗箱操作", "Ⅱ级"),
        ("副主任", "籍芷澜", "检验试剂验收把关不严", "Ⅰ级"),
        ("副主任", "籍芷澜", "外出培训费用虚报", "Ⅱ级"),
        ("副主任", "籍芷澜", "接受供货企业宴请", "Ⅱ级"),
        ("科长", "郗沐遥", "检测报告出具不实", "Ⅰ级"),
    ])  # fmt: skip
    assert codes(got).count("LEVEL_BY_PLACE_IN_BLOCK") == 1
