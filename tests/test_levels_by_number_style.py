"""A list with no level column whose 序号 are written in several styles ('①', '（1）', '1',
'（一）'), a note over or under it saying which style is which level ('注：序号为①②…的为一级风险点，
为（1）（2）…的为二级，其余为三级'): each row takes its 序号's style's level (LEVEL_BY_NUMBER_STYLE).

Not the published batch's 港航管理站 (科室/岗位/姓名 merged per person, ``注：`` under the list,
带圈数字 / 加括号 / 阿拉伯数字): a 县市场监督管理局's 股室 and a 乡镇's 市场监管所, other posts and
names, the note over the list or under it, worded level first or style first, with 其余 or
without, 高/中/低 as well as 一级/二级/三级 (read Ⅰ级/Ⅱ级/Ⅲ级), post and name in one cell or two columns, an extra
type column; written with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads
a file. Lists numbered in several styles with no note, or a note on numbering that names no
level, read as before (no level).
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None, sheet: str = "清单"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def errors(got) -> set[str]:
    i = got.issues
    return {c for c, s in zip(i["code"], i["severity"], strict=True) if s == "error"}


TITLE = ["XX县市场监督管理局岗位廉政风险点排查清单"]


def test_circled_bracketed_plain_under_the_list_with_the_rest(tmp_path):
    rows = [
        TITLE,
        ["序号", "岗位及责任人", "廉政风险点", "风险类型", "防控措施"],
        ["①", "股长　仉岚沨", "食品经营许可现场核查走过场", "岗位职责", "核查两人以上，拍照留存。"],
        ["（1）", "股长　仉岚沨", "许可档案归档不及时", "制度机制", "每月清理归档。"],
        ["②", "股长　仉岚沨", "抽检样品选择有倾向性", "岗位职责", "抽样单位随机确定。"],
        ["1", "股员　亓霁昀", "办公用品领用不登记", "制度机制", "建立领用台账。"],
        ["（2）", "股员　亓霁昀", "投诉举报件转办拖延", "岗位职责", "限时办结，逐件销号。"],
        ["说明：①②③…编号的风险点为一级风险，（1）（2）（3）…编号的为二级风险，其余为三级风险。"],
    ]
    got = run(tmp_path, rows, ["A8:E8"])
    assert read(got) == sorted([
        ("股长", "仉岚沨", "食品经营许可现场核查走过场", "Ⅰ级"),
        ("股长", "仉岚沨", "许可档案归档不及时", "Ⅱ级"),
        ("股长", "仉岚沨", "抽检样品选择有倾向性", "Ⅰ级"),
        ("股员", "亓霁昀", "办公用品领用不登记", "Ⅲ级"),
        ("股员", "亓霁昀", "投诉举报件转办拖延", "Ⅱ级"),
    ])  # fmt: skip
    assert "LEVEL_BY_NUMBER_STYLE" in codes(got) and not errors(got)


def test_han_bracketed_bracketed_plain_as_high_middle_low_two_heading_rows(tmp_path):
    rows = [
        ["XX镇市场监管所岗位廉政风险防控一览表"],
        ["序号", "责任主体", None, "廉政风险点", "风险类型", "防控措施"],
        [None, "职务", "姓名", None, None, None],
        ["（一）", "所长", "濮阳沁竹", "行政处罚案件自由裁量畸轻畸重", "岗位职责", "裁量基准公开，集体讨论。"],
        ["（1）", "所长", "濮阳沁竹", "检查中接受商户吃请", "思想道德", "签订廉洁承诺。"],
        ["（二）", "所长", "濮阳沁竹", "罚没物品处置不按程序", "制度机制", "罚没物品统一登记处置。"],
        [1, "副所长", "宓晗煦", "特种设备检查记录补签", "岗位职责", "检查记录当场签字。"],
        ["（2）", "副所长", "宓晗煦", "价格举报核查不到位", "岗位职责", "核查结果回访。"],
        [2, "副所长", "宓晗煦", "公务用车私用", "制度机制", "派车单制度。"],
        ["注：序号用（一）（二）…标注的为高风险，用（1）（2）…标注的为中风险，用1、2、3…标注的为低风险。"],
    ]  # fmt: skip
    merges = ["A2:A3", "B2:C2", "D2:D3", "E2:E3", "F2:F3", "A10:F10"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("所长", "濮阳沁竹", "行政处罚案件自由裁量畸轻畸重", "Ⅰ级"),
        ("所长", "濮阳沁竹", "检查中接受商户吃请", "Ⅱ级"),
        ("所长", "濮阳沁竹", "罚没物品处置不按程序", "Ⅰ级"),
        ("副所长", "宓晗煦", "特种设备检查记录补签", "Ⅲ级"),
        ("副所长", "宓晗煦", "价格举报核查不到位", "Ⅱ级"),
        ("副所长", "宓晗煦", "公务用车私用", "Ⅲ级"),
    ])  # fmt: skip
    assert "LEVEL_BY_NUMBER_STYLE" in codes(got) and not errors(got)


def test_a_note_over_the_list_level_first_words_for_the_plain_style(tmp_path):
    rows = [
        TITLE,
        ["填表说明：一级风险点序号用①②③表示；二级风险点序号用（1）（2）（3）表示；三级风险点序号用阿拉伯数字表示。"],
        ["序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "防控措施", "备注"],
        ["①", "稽查股", "股长", "雍砚澄", "案件线索处置不报告", "岗位职责", "线索登记，集体研判。", ""],
        ["（1）", "稽查股", "股长", "雍砚澄", "执法文书制作不规范", "制度机制", "文书法制审核。", ""],
        ["1", "稽查股", "股员", "芮沅汐", "执法记录仪不开启", "岗位职责", "记录仪全程开启。", "新增"],
        ["②", "稽查股", "股员", "芮沅汐", "泄露举报人信息", "思想道德", "举报信息专人保管。", ""],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A2:H2"])
    assert read(got) == sorted([
        ("股长", "雍砚澄", "案件线索处置不报告", "Ⅰ级"),
        ("股长", "雍砚澄", "执法文书制作不规范", "Ⅱ级"),
        ("股员", "芮沅汐", "执法记录仪不开启", "Ⅲ级"),
        ("股员", "芮沅汐", "泄露举报人信息", "Ⅰ级"),
    ])  # fmt: skip
    assert "LEVEL_BY_NUMBER_STYLE" in codes(got) and not errors(got)


MIXED = [
    TITLE,
    ["序号", "岗位", "姓名", "廉政风险点", "防控措施"],
    ["①", "局长", "敖芷沅", "重大事项不经集体研究", "落实“三重一大”制度。"],
    ["（1）", "局长", "敖芷沅", "干部选任中打招呼", "选任全程纪实。"],
    ["1", "办公室主任", "甄瑾瑜", "公务接待超标准", "接待清单审核。"],
]


def test_styles_mixed_with_no_note_stay_unlevelled(tmp_path):
    got = run(tmp_path, MIXED)
    assert [lv for *_, lv in read(got)] == ["", "", ""]
    assert "LEVEL_BY_NUMBER_STYLE" not in codes(got) and "LEVEL_BLANK" in codes(got)


def test_a_note_on_numbering_naming_no_level_leaves_them(tmp_path):
    rows = [*MIXED, ["注：序号为①②…的为局领导风险点，为（1）（2）…的为分管领导风险点，其余为股室风险点。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A6:E6"])
    assert [lv for *_, lv in read(got)] == ["", "", ""]
    assert "LEVEL_BY_NUMBER_STYLE" not in codes(got)


def test_a_level_column_wins_over_the_note(tmp_path):
    rows = [
        TITLE,
        ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
        ["①", "局长", "敖芷沅", "重大事项不经集体研究", "二级", "落实“三重一大”制度。"],
        ["（1）", "局长", "敖芷沅", "干部选任中打招呼", "三级", "选任全程纪实。"],
        ["注：序号为①②…的为一级风险点，为（1）（2）…的为二级。"],
    ]
    got = run(tmp_path, rows, ["A5:F5"])
    assert [lv for *_, lv in read(got)] == ["Ⅲ级", "Ⅱ级"]
    assert "LEVEL_BY_NUMBER_STYLE" not in codes(got)


def test_plain_numbers_by_item_note_still_read_by_number(tmp_path):
    rows = [
        TITLE,
        ["序号", "岗位", "姓名", "廉政风险点", "防控措施"],
        ["1", "局长", "敖芷沅", "重大事项不经集体研究", "落实“三重一大”制度。"],
        ["2", "局长", "敖芷沅", "干部选任中打招呼", "选任全程纪实。"],
        ["3", "办公室主任", "甄瑾瑜", "公务接待超标准", "接待清单审核。"],
        ["注：序号1—2为一级风险点，其余为三级风险点。"],
    ]
    got = run(tmp_path, rows, ["A6:E6"])
    assert "LEVEL_BY_NUMBER_STYLE" not in codes(got)
    assert "LEVEL_BY_NUMBER" in codes(got)


def test_the_code_is_catalogued():
    assert CATALOGUE["LEVEL_BY_NUMBER_STYLE"][0] == "info" and SHORT["LEVEL_BY_NUMBER_STYLE"]
