"""Levels given only as a holder's COUNTS of each grade written out in ONE cell beside his rows:
no level column (or one left blank), each holder's points listed in level order, and beside
them, merged down over his rows or typed on his first row only, a cell such as '共3项（一级1项、
二级2项）', 'Ⅰ级1个，Ⅱ级2个', '高风险1条、中风险1条' or '共3项：高1中2'. A point's level is its
place in his block read against the counts (highest first; lowest first where a note or the
heading says '由低到高'); counts adding up to another number of points: no level for that
holder, one warning naming the cell; a row with a level of its own keeps it. A column of plain
totals ('3'), of remarks ('共2项'), or one level a row read as before.

Not the published batch's table (a 非税收入管理局, 股室 | 岗位 | 姓名 | 风险点个数 | 廉政风险点 |
防控措施, '共N项（一级a项、二级b项）' merged, a 说明 line 由高到低): a county 市场监督管理局, a
人民医院 and a 水利局, other posts and names, the counts column last or between the holder and
the point, Ⅰ级/高风险/高中低 words, counts on the first row only, a note saying 由低到高, a
partly filled 风险等级 column — written with xlsxwriter (and once as an .ods copy,
tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_ods, write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def run(tmp_path: Path, rows: list[list], merges: list[str]):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {"Sheet1": rows}, {"Sheet1": merges})
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def read(got) -> list[tuple[str, str, str]]:
    r = got.risks
    return list(zip(r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


# 县市场监督管理局: the counts column LAST, 'Ⅰ级1个，Ⅱ级2个' merged down, no note (highest first)
MARKET = [
    ["XX县市场监督管理局廉政风险点登记表"],
    ["序号", "科室", "职务", "姓名", "廉政风险点", "防控措施", "各级风险数量"],
    [1, "局机关", "副局长", "闵砚秋", "行政处罚案件自由裁量不公", "处罚案件法制审核后集体讨论。",
     "Ⅰ级1个，Ⅱ级2个"],
    [2, None, None, None, "特种设备检验结果打招呼", "检验报告双人签字。", None],
    [3, None, None, None, "接受企业礼品礼金", "签订廉洁承诺书。", None],
    [4, "登记注册股", "股长", "卞若汐", "企业登记材料审核放宽", "登记材料网上公示。",
     "Ⅱ级1个，Ⅲ级1个"],
    [5, None, None, None, "为中介代办开绿灯", "窗口办件全程录像。", None],
    [6, "稽查大队", "队员", "訾沐晨", "查处案件选择性执法", "执法记录仪全程记录。",
     "Ⅰ级2个"],
    [7, None, None, None, "泄露举报人信息", "举报件专人登记保管。", None],
]  # fmt: skip
MARKET_MERGES = ["A1:G1", "B3:B5", "C3:C5", "D3:D5", "G3:G5", "B6:B7", "C6:C7", "D6:D7", "G6:G7",
                 "B8:B9", "C8:C9", "D8:D9", "G8:G9"]  # fmt: skip
MARKET_READ = [
    ("闵砚秋", "行政处罚案件自由裁量不公", "Ⅰ级"),
    ("闵砚秋", "特种设备检验结果打招呼", "Ⅱ级"),
    ("闵砚秋", "接受企业礼品礼金", "Ⅱ级"),
    ("卞若汐", "企业登记材料审核放宽", "Ⅱ级"),
    ("卞若汐", "为中介代办开绿灯", "Ⅲ级"),
    ("訾沐晨", "查处案件选择性执法", "Ⅰ级"),
    ("訾沐晨", "泄露举报人信息", "Ⅰ级"),
]

# 县人民医院: the counts on each holder's FIRST row only (no merges), '高风险1条、…', a note
# under the table saying the points run from low to high
HOSPITAL = [
    ["XX县人民医院重点岗位廉政风险防控清单"],
    ["科室", "岗位", "责任人", "风险点数", "风险点", "防控措施"],
    ["药剂科", "科主任", "谯芷蘅", "共3条：高风险1条、中风险1条、低风险1条", "处方点评流于形式",
     "每月公示处方点评结果。"],
    ["药剂科", "科主任", "谯芷蘅", None, "药品遴选收受回扣", "药事委员会集体遴选。"],
    ["药剂科", "科主任", "谯芷蘅", None, "新药进院暗箱操作", "进院品种院务公开。"],
    ["设备科", "采购员", "甄明澈", "高风险1条、中风险1条", "设备参数量身定制",
     "参数论证三家以上比对。"],
    ["设备科", "采购员", "甄明澈", None, "验收把关不严", "验收使用科室共同签字。"],
    ["注：各岗位风险点按风险等级由低到高排列。"],
]  # fmt: skip
HOSPITAL_READ = [
    ("谯芷蘅", "处方点评流于形式", "Ⅲ级"),
    ("谯芷蘅", "药品遴选收受回扣", "Ⅱ级"),
    ("谯芷蘅", "新药进院暗箱操作", "Ⅰ级"),
    ("甄明澈", "设备参数量身定制", "Ⅱ级"),
    ("甄明澈", "验收把关不严", "Ⅰ级"),
]

# 县水利局: '共N项：高a中b' between holder and point, a 风险等级 column left blank but on one row,
# and one holder whose counts add up to another number of points
WATER = [
    ["XX县水利局廉政风险点排查表"],
    ["序号", "股室", "岗位", "姓名", "风险点个数", "风险点", "风险等级", "防控措施"],
    [1, "局领导", "局长", "仉清越", "共3项：高1中2", "水利工程招标干预", None,
     "招标全程进入交易中心。"],
    [2, None, None, None, None, "工程变更签证把关不严", None, "变更签证集体研究。"],
    [3, None, None, None, None, "参加管理对象宴请", "低", "落实八项规定。"],
    [4, "建设管理股", "股长", "亓星野", "共2项：高1中1", "隐蔽工程验收走过场", None,
     "隐蔽工程影像留存。"],
    [5, None, None, None, None, "质量检测数据造假", None, "检测报告抽查复核。"],
    [6, "水政监察大队", "队长", "宰霁川", "共3项：中1低1", "河道采砂监管失职", None,
     "采砂现场每周巡查。"],
    [7, None, None, None, None, "水行政处罚随意", None, "处罚决定法制审核。"],
]  # fmt: skip
WATER_MERGES = ["A1:H1", "B3:B5", "C3:C5", "D3:D5", "E3:E5", "B6:B7", "C6:C7", "D6:D7", "E6:E7",
                "B8:B9", "C8:C9", "D8:D9", "E8:E9"]  # fmt: skip


def test_counts_in_one_cell_merged_beside_each_holder_give_the_levels(tmp_path):
    got = run(tmp_path, MARKET, MARKET_MERGES)
    assert read(got) == MARKET_READ
    assert "LEVEL_BY_COUNT_TEXT" in codes(got)
    assert "LEVEL_BLANK" not in codes(got)
    said = got.issues[got.issues["code"] == "LEVEL_BY_COUNT_TEXT"].to_dict("records")
    assert len(said) == 1 and said[0]["cell"] == "G2" and "由高到低" in said[0]["message"]


def test_counts_on_the_first_row_read_lowest_first_as_the_note_says(tmp_path):
    got = run(tmp_path, HOSPITAL, ["A1:F1"])
    assert read(got) == HOSPITAL_READ
    said = got.issues[got.issues["code"] == "LEVEL_BY_COUNT_TEXT"].to_dict("records")
    assert len(said) == 1 and "由低到高" in said[0]["message"]


def test_counts_on_the_first_row_read_the_same_from_an_ods_copy(tmp_path):
    inbox = tmp_path / "inbox"
    write_ods(inbox / "t.ods", {"Sheet1": HOSPITAL})
    config = load_config()
    got = assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])
    assert read(got) == HOSPITAL_READ


def test_counts_that_do_not_add_up_leave_that_holder_ungraded_and_a_written_level_stays(
    tmp_path,
):
    got = run(tmp_path, WATER, WATER_MERGES)
    assert read(got) == [
        ("仉清越", "水利工程招标干预", "Ⅰ级"),
        ("仉清越", "工程变更签证把关不严", "Ⅱ级"),
        ("仉清越", "参加管理对象宴请", "Ⅲ级"),  # (its own '低' kept)
        ("亓星野", "隐蔽工程验收走过场", "Ⅰ级"),
        ("亓星野", "质量检测数据造假", "Ⅱ级"),
        ("宰霁川", "河道采砂监管失职", ""),
        ("宰霁川", "水行政处罚随意", ""),
    ]
    warned = got.issues[got.issues["code"] == "LEVEL_COUNT_TEXT_UNMATCHED"].to_dict("records")
    assert [w["cell"] for w in warned] == ["E8"]
    assert "共3项：中1低1" in warned[0]["message"] and warned[0]["severity"] == "warning"


def test_plain_totals_beside_a_level_column_read_as_before(tmp_path):
    rows = [
        ["XX县水利局廉政风险点排查表"],
        ["序号", "股室", "岗位", "姓名", "风险点个数", "风险点", "风险等级", "防控措施"],
        [1, "局领导", "局长", "仉清越", 2, "水利工程招标干预", "中", "招标全程进入交易中心。"],
        [2, None, None, None, None, "参加管理对象宴请", "低", "落实八项规定。"],
        [3, "建设管理股", "股长", "亓星野", 2, "隐蔽工程验收走过场", "高", "隐蔽工程影像留存。"],
        [4, None, None, None, None, "质量检测数据造假", "高", "检测报告抽查复核。"],
    ]  # fmt: skip
    merges = ["A1:H1", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "B5:B6", "C5:C6", "D5:D6", "E5:E6"]
    got = run(tmp_path, rows, merges)
    assert [x[2] for x in read(got)] == ["Ⅱ级", "Ⅲ级", "Ⅰ级", "Ⅰ级"]
    assert not {"LEVEL_BY_COUNT_TEXT", "LEVEL_COUNT_TEXT_UNMATCHED"} & codes(got)


def test_remarks_and_a_level_a_row_are_no_counts(tmp_path):
    # a 备注 of words merged beside a holder's rows, and one point a holder with '一级1项' beside
    # it (no block of two): nothing counted, the blank levels stay blank
    rows = [
        ["XX县人民医院重点岗位廉政风险防控清单"],
        ["科室", "岗位", "责任人", "风险点", "防控措施", "备注"],
        ["药剂科", "科主任", "谯芷蘅", "处方点评流于形式", "每月公示处方点评结果。", "共2项，新增1项"],
        ["药剂科", "科主任", "谯芷蘅", "药品遴选收受回扣", "药事委员会集体遴选。", None],
        ["设备科", "采购员", "甄明澈", "设备参数量身定制", "参数论证三家以上比对。", "一级1项"],
        ["财务科", "出纳", "阚思远", "库存现金挪用", "现金日清月结。", "三级1项"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "F3:F4"])
    assert [x[2] for x in read(got)] == ["", "", "", ""]
    assert not {"LEVEL_BY_COUNT_TEXT", "LEVEL_COUNT_TEXT_UNMATCHED"} & codes(got)


def test_the_codes_are_catalogued_in_chinese():
    for code in ("LEVEL_BY_COUNT_TEXT", "LEVEL_COUNT_TEXT_UNMATCHED"):
        assert code in CATALOGUE and code in SHORT
        assert "级" in CATALOGUE[code][1]


def test_what_the_hundred_and_twenty_ninth_review_found_a_blank_counts_cell_under_another_holder(
    tmp_path,
):
    """Counts on each holder's first row, one holder's cell left blank: his rows went on with the
    block of the holder above, whose counts ('一级1项、二级2项、三级1项', 4) happened to cover both
    men's rows, so 訾沐晨's points were silently given 卞若汐's grades (Ⅱ级, Ⅲ级). A block of counts
    now ends at a row naming another holder: 卞若汐's 4 counts beside 2 points add up to nothing,
    and no holder's points take another's counts (they stay blank, LEVEL_BLANK)."""
    head = ["序号", "科室", "职务", "姓名", "廉政风险点", "防控措施", "各级风险数量"]
    rows = [
        ["XX县市场监督管理局廉政风险点登记表"],
        head,
        [1, "局机关", "副局长", "闵砚秋", "行政处罚案件自由裁量不公", "集体讨论。", "一级2项"],
        [2, "局机关", "副局长", "闵砚秋", "特种设备检验结果打招呼", "双人签字。", None],
        [3, "登记注册股", "股长", "卞若汐", "企业登记材料审核放宽", "网上公示。",
         "一级1项、二级2项、三级1项"],
        [4, "登记注册股", "股长", "卞若汐", "为中介代办开绿灯", "全程录像。", None],
        [5, "稽查大队", "队员", "訾沐晨", "查处案件选择性执法", "执法记录仪。", None],
        [6, "稽查大队", "队员", "訾沐晨", "泄露举报人信息", "专人保管。", None],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"])
    assert [(p, lv) for p, _x, lv in read(got) if p == "訾沐晨"] == [("訾沐晨", ""), ("訾沐晨", "")]
    assert [lv for p, _x, lv in read(got) if p == "卞若汐"] == ["", ""]
    # one holder's blank cell no longer spoils the holder above: his own counts read
    rows[4][6], rows[6][6] = None, "一级1项、三级1项"
    got = run(tmp_path / "b", rows, ["A1:G1"])
    assert read(got)[:2] == [
        ("闵砚秋", "行政处罚案件自由裁量不公", "Ⅰ级"),
        ("闵砚秋", "特种设备检验结果打招呼", "Ⅰ级"),
    ]
    assert [lv for p, _x, lv in read(got) if p == "卞若汐"] == ["", ""]
    assert [lv for p, _x, lv in read(got) if p == "訾沐晨"] == ["Ⅰ级", "Ⅲ级"]


def test_what_the_hundred_and_twenty_ninth_review_found_a_level_column_mostly_filled(tmp_path):
    """A 风险等级 column filled on three rows of four, 风险点数 '高1项、中1项' beside each holder: the
    one blank level was filled by its place (Ⅱ级, so 闵砚秋 had 中, 中 against counts of 高1中1,
    and 卞若汐's written '低', '中' show the rows are not in level order at all). The docs give
    the rule to lists with no level column or one mostly blank; a mostly filled one is read as
    before: the blank stays blank (LEVEL_BLANK), the written levels stand (a judgement: the
    counts there are a summary, not the order's key)."""
    rows = [
        ["XX局登记表"],
        ["序号", "科室", "姓名", "风险点", "风险等级", "防控措施", "风险点数"],
        [1, "局机关", "闵砚秋", "行政处罚案件自由裁量不公", "中", "集体讨论。", "高1项、中1项"],
        [2, "局机关", "闵砚秋", "特种设备检验结果打招呼", None, "双人签字。", None],
        [3, "登记注册股", "卞若汐", "企业登记材料审核放宽", "低", "网上公示。", "中1项、低1项"],
        [4, "登记注册股", "卞若汐", "为中介代办开绿灯", "中", "全程录像。", None],
    ]  # fmt: skip
    merges = ["G3:G4", "G5:G6", "B3:B4", "C3:C4", "B5:B6", "C5:C6"]
    got = run(tmp_path, rows, merges)
    assert [x[2] for x in read(got)] == ["Ⅱ级", "", "Ⅲ级", "Ⅱ级"]
    assert "LEVEL_BY_COUNT_TEXT" not in codes(got)
    assert "LEVEL_BLANK" in codes(got)
