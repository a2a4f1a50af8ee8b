"""A list with NO level column under a standard numbering the criteria a point may meet
(``评定标准：①…②…``, ``定级条件：1.…；2.…``, ``风险要素：（1）…（2）…``, printed over the list, on
numbered rows under it, or on a 填表说明 sheet), one column of which cites BY THEIR NUMBERS the
criteria each point meets (``符合评定标准 | ①②④``, ``风险要素（填序号） | 1，2，3``, ``定级依据（序号）
| 1、4``, ``对照定级条件 | 1 3``), and a note grading by HOW MANY it meets (``符合评定标准三项及以上的为
一级风险，两项的为二级风险，一项的为三级风险``; the count note the reader already knows for criteria
ticked one column each, ``count_levels``): each point takes the level of the count of DISTINCT
numbers its cell cites, said once (info LEVELS_BY_CITED_CRITERIA naming the column, the standard
and where it stands, the note and the grading); the standard's lines are no stray content and
the column no guess (ROW_UNPLACED and COLUMN_GUESSED taken back). A cell left blank
(CITED_CRITERIA_BLANK), one citing a number the standard lacks or no number at all
(CITED_CRITERIA_OUTSIDE), or a count the note gives no level (CITED_CRITERIA_UNGRADED) keeps its
blank level, warned at the cell. Before, the column was dropped as a second 序号 (or taken for
the level column: '1、2' no level, a lone '1' read as 一级 and '3' as 三级), and every other point
came out with no level.

Not the published batch's file (batch971: a 中学's ``对照定级标准（填序号） | 1、3、5`` under a
``定级标准：1.…；…5.…`` line): a 县住房和城乡建设局's ``评定标准`` of circled numbers over the list and
cells '①②④', '②、③', one left blank and one citing a ⑤ the standard lacks; a 县市场监督管理局's
``风险要素（填序号）`` cells '1，2，3' and '1 3', graded 高/中/低, its standard and note on a
``填表说明`` sheet; a 县水利局's ``定级依据（序号）`` with the standard on numbered rows UNDER the list,
one cell citing a '7' (and the same list as an .ods copy behind a cover); a 县医疗保障局's
``对照定级条件`` that the reader had taken for the level column (a lone '1' read as 一级), its
standard merged over the heading read as stray content; and a note grading only one, two and
three criteria with a cell citing four. Written with xlsxwriter (tests/helpers.py) and read back
as ``collect_inbox`` reads a file. Near-misses, read EXACTLY as before (compared with the reader
run with the rule taken out): a column of references that is no count (``参照条款 | 第3条``), a
list writing its own ``风险等级`` beside such a column, and a note that does not grade by a count.
"""

from pathlib import Path

import pytest
from helpers import write_ods, write_workbook

import xlproc.collect as collect
from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, INFO, SHORT, WARNING

NEW = {
    "LEVELS_BY_CITED_CRITERIA",
    "CITED_CRITERIA_BLANK",
    "CITED_CRITERIA_OUTSIDE",
    "CITED_CRITERIA_UNGRADED",
}


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, sheets: dict, merges: dict | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "清单.xlsx", sheets, merges or {})
    return _collect(inbox)


def levels(got) -> list[tuple[str, str]]:
    return list(zip(got.risks["risk_point"], got.risks["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def issue(got, code: str):
    return got.issues[got.issues["code"] == code]


def cells(got, code: str) -> list[str]:
    return list(issue(got, code)["cell"])


HOUSING = [
    ["县住房和城乡建设局廉政风险点清单"],
    ["评定标准：①涉及资金、资产、资源分配的；②自由裁量空间较大的；③直接服务群众、企业的；④近年发生过投诉举报的。"],
    ["序号", "科室", "职务", "姓名", "风险点", "符合评定标准", "防控措施"],
    [1, "局领导", "局长", "宇文翊", "工程招投标中打招呼", "①②④", "招标全程电子化。"],
    [2, "质安股", "股长", "宇文澍", "质量监督检查走过场", "②、③", "检查结果公示。"],
    [3, "质安股", "科员", "尉迟涟", "安全生产许可把关不严", "③", "许可双人审核。"],
    [4, "房管股", "股长", "尉迟沣", "保障房分配优亲厚友", "①③④", "分配结果公示。"],
    [5, "房管股", "科员", "尉迟湄", "租赁补贴审核不严", "", "补贴名单公示。"],
    [6, "城建股", "股长", "宇文沅", "市政工程变更签证随意", "②⑤", "变更集体研究。"],
    ["说明：符合评定标准三项及以上的为一级风险，两项的为二级风险，一项的为三级风险。"],
]  # fmt: skip


def test_circled_numbers_over_the_list_graded_by_the_note_under_it(tmp_path):
    got = run(tmp_path, {"清单": HOUSING})
    assert levels(got) == [
        ("工程招投标中打招呼", "Ⅰ级"),
        ("质量监督检查走过场", "Ⅱ级"),
        ("安全生产许可把关不严", "Ⅲ级"),
        ("保障房分配优亲厚友", "Ⅰ级"),
        ("租赁补贴审核不严", ""),
        ("市政工程变更签证随意", ""),
    ]
    said = issue(got, "LEVELS_BY_CITED_CRITERIA")
    assert list(said["cell"]) == ["F3"] and list(said["severity"]) == [INFO]
    message = said["message"].iloc[0]
    for words in ("“符合评定标准”列", "本表 A2 的“评定标准”所列 4 条", "3项及以上=Ⅰ级、2项=Ⅱ级、1项=Ⅲ级",
                  "共 4 个风险点", "符合评定标准三项及以上的为一级风险"):  # fmt: skip
        assert words in message, words
    assert cells(got, "CITED_CRITERIA_BLANK") == ["F8"]
    outside = issue(got, "CITED_CRITERIA_OUTSIDE")
    assert list(outside["cell"]) == ["F9"] and list(outside["severity"]) == [WARNING]
    assert "“②⑤”中的 5 不在“评定标准”所列 1—4 条之内" in outside["message"].iloc[0]
    assert cells(got, "LEVEL_BLANK") == ["E8", "E9"]
    assert not {"CITED_CRITERIA_UNGRADED", "ROW_UNPLACED", "COLUMN_GUESSED"} & codes(got)
    # the numbers are no point, and the list's holders are as before
    assert not set(got.risks["risk_point"]) & {row[5] for row in HOUSING[3:9]}
    assert list(got.posts["person"]) == ["宇文翊", "宇文澍", "尉迟涟", "尉迟沣", "尉迟湄", "宇文沅"]


MARKET_NOTES = [
    ["填表说明"],
    ["一、本表由各股室如实填写，不另设风险等级栏。"],
    ["二、风险要素：（1）涉及审批、许可的；（2）涉及资金拨付、罚没款的；（3）有自由裁量空间的。"],
    ["三、“风险要素”栏填写所具备要素的序号，具备三个要素的为高风险，具备两个要素的为中风险，具备一个要素的为低风险。"],
]  # fmt: skip
MARKET = [
    ["县市场监督管理局岗位廉政风险排查表"],
    ["序号", "岗位", "姓名", "风险点", "风险要素（填序号）", "防范措施"],
    [1, "局长", "皇甫翾", "许可审批中为亲友开绿灯", "1，2，3", "审批集体会审。"],
    [2, "注册股股长", "皇甫湛", "企业登记材料把关不严", "1 3", "登记材料双人复核。"],
    [3, "稽查队长", "公冶澈", "案件查办以罚代刑", "3", "案件集体审理。"],
    [4, "财务人员", "公冶湉", "罚没款收缴不及时", "2，3", "罚没款直缴国库。"],
]  # fmt: skip


def test_standard_and_note_on_the_instructions_sheet(tmp_path):
    got = run(tmp_path, {"填表说明": MARKET_NOTES, "排查表": MARKET})
    assert levels(got) == [
        ("许可审批中为亲友开绿灯", "Ⅰ级"),
        ("企业登记材料把关不严", "Ⅱ级"),
        ("案件查办以罚代刑", "Ⅲ级"),
        ("罚没款收缴不及时", "Ⅱ级"),
    ]
    said = issue(got, "LEVELS_BY_CITED_CRITERIA")
    assert list(said["cell"]) == ["E2"] and list(said["source_sheet"]) == ["排查表"]
    assert "工作表“填表说明”中的“风险要素”所列 3 条" in said["message"].iloc[0]
    assert not (NEW - {"LEVELS_BY_CITED_CRITERIA"}) & codes(got)
    assert "LEVEL_BLANK" not in codes(got)


WATER = [
    ["县水利局廉政风险点一览表"],
    ["序号", "股室", "岗位", "姓名", "廉政风险点", "定级依据（序号）", "防控措施"],
    [1, "局领导", "局长", "太史沣", "水利工程项目审批中打招呼", "1、2、3", "项目集体决策。"],
    [2, "工管股", "股长", "太史淼", "工程验收降低标准", "1、4", "验收专家参与。"],
    [3, "水政大队", "大队长", "申屠潇", "河道采砂许可优亲厚友", "2", "许可公开公示。"],
    [4, "计财股", "会计", "申屠沄", "水资源费征收不足额", "7", "征收台账复核。"],
    ["定级依据："],
    ["1.涉及工程项目或资金的；"],
    ["2.有审批、许可权限的；"],
    ["3.有较大自由裁量权的；"],
    ["4.曾被巡察、审计指出问题的。"],
    ["注：符合3项及以上的为一级，符合2项的为二级，符合1项的为三级。"],
]  # fmt: skip
WATER_LEVELS = ["Ⅰ级", "Ⅱ级", "Ⅲ级", ""]


def test_standard_on_numbered_rows_under_the_list_and_a_number_it_lacks(tmp_path):
    got = run(tmp_path, {"一览表": WATER})
    assert [lv for _p, lv in levels(got)] == WATER_LEVELS
    said = issue(got, "LEVELS_BY_CITED_CRITERIA")
    assert list(said["cell"]) == ["F2"]
    assert "本表 A7 的“定级依据”所列 4 条" in said["message"].iloc[0]
    outside = issue(got, "CITED_CRITERIA_OUTSIDE")
    assert list(outside["cell"]) == ["F6"]
    assert "“7”不在“定级依据”所列 1—4 条之内" in outside["message"].iloc[0]
    assert cells(got, "LEVEL_BLANK") == ["E6"]
    assert not {"COLUMN_GUESSED", "ROW_UNPLACED"} & codes(got)


def test_the_same_list_as_an_ods_copy_behind_a_cover(tmp_path):
    inbox = tmp_path / "inbox"
    cover = [["县水利局"], ["岗位廉政风险排查材料"], ["2025年3月"]]
    write_ods(inbox / "水利局.ods", {"封面": cover, "一览表": WATER})
    got = _collect(inbox)
    assert [lv for _p, lv in levels(got)] == WATER_LEVELS
    said = issue(got, "LEVELS_BY_CITED_CRITERIA")
    assert list(said["source_sheet"]) == ["一览表"] and list(said["cell"]) == ["F2"]


MEDICAL = [
    ["县医疗保障局岗位廉政风险点自查表", None, None, None, None, None],
    ["定级条件：1.掌握医保基金支付、结算和定点医药机构费用审核权的；2.有审核、认定、稽核处理等自由裁量权限的；3.直接面向参保群众和定点医药机构办理事项的；4.近三年本系统发生过违纪违规问题的。", None, None, None, None, None],
    ["序号", "岗位", "姓名", "廉政风险点", "对照定级条件", "防控措施"],
    [1, "局长", "钟离霁", "定点医药机构准入打招呼", "1、2、3、4", "准入评估专家打分。"],
    [2, "基金股股长", "钟离沅", "基金拨付审核不严", "1,2", "拨付双人复核。"],
    [3, "稽核员", "闾丘湜", "稽核中发现问题不移交", "2 4", "稽核结果集体研判。"],
    [4, "经办员", "闾丘漪", "异地就医备案刁难群众", "1", "备案事项一次告知。"],
    ["注：具备3个及以上条件的为一级风险，具备2个条件的为二级风险，具备1个条件的为三级风险。", None, None, None, None, None],
    ["填表人：", None, "审核人：", None, "日期：", None],
]  # fmt: skip
MEDICAL_MERGES = {"自查表": ["A1:F1", "A2:F2", "A8:F8"]}


def test_a_column_taken_for_the_level_and_a_standard_taken_for_stray_content(tmp_path, monkeypatch):
    got = run(tmp_path, {"自查表": MEDICAL}, MEDICAL_MERGES)
    assert levels(got) == [
        ("定点医药机构准入打招呼", "Ⅰ级"),
        ("基金拨付审核不严", "Ⅱ级"),
        ("稽核中发现问题不移交", "Ⅱ级"),
        ("异地就医备案刁难群众", "Ⅲ级"),  # (one criterion: not the 一级 a lone '1' reads as)
    ]
    assert cells(got, "LEVELS_BY_CITED_CRITERIA") == ["E3"]
    assert (
        "本表 A2 的“定级条件”所列 4 条" in issue(got, "LEVELS_BY_CITED_CRITERIA")["message"].iloc[0]
    )
    assert not {"ROW_UNPLACED", "COLUMN_GUESSED", "LEVEL_UNKNOWN", "LEVEL_BLANK"} & codes(got)
    assert got.counts()["unplaced"] == 0
    # before: the column taken for the level ('2 4' 二级, '1' 一级, '1、2、3、4' unknown), the
    # standard stray content
    monkeypatch.setattr(collect, "_levels_by_cited_criteria", lambda *a: None)
    was = run(tmp_path / "before", {"自查表": MEDICAL}, MEDICAL_MERGES)
    assert [lv for _p, lv in levels(was)] == ["", "", "Ⅱ级", "Ⅰ级"]
    assert cells(was, "ROW_UNPLACED") == ["A2"] and cells(was, "COLUMN_GUESSED") == ["E3"]
    assert cells(was, "LEVEL_UNKNOWN") == ["E4", "E5"]
    assert was.counts()["unplaced"] == 1


def test_a_count_the_note_does_not_grade(tmp_path):
    rows = [row[:] for row in HOUSING]
    rows[7][5], rows[8][5] = "①②③④", "①"
    rows[9] = ["说明：符合评定标准一项的为三级风险，两项的为二级风险，三项的为一级风险。"]
    got = run(tmp_path, {"清单": rows})
    assert [lv for _p, lv in levels(got)] == ["Ⅰ级", "Ⅱ级", "Ⅲ级", "Ⅰ级", "", "Ⅲ级"]
    ungraded = issue(got, "CITED_CRITERIA_UNGRADED")
    assert list(ungraded["cell"]) == ["F8"] and list(ungraded["severity"]) == [WARNING]
    assert "填了 4 条(“①②③④”)" in ungraded["message"].iloc[0]
    assert "1项=Ⅲ级" in issue(got, "LEVELS_BY_CITED_CRITERIA")["message"].iloc[0]
    assert cells(got, "LEVEL_BLANK") == ["E8"]


# near-misses: read exactly as the reader read them before the rule

# a column of references to the articles of a rule, no count of criteria met
ARTICLES = [
    ["县司法局廉政风险点排查表"],
    ["定级标准：1.涉及执法权的；2.涉及资金的；3.直接面对群众的。"],
    ["序号", "股室", "职务", "姓名", "风险点", "参照条款", "防控措施"],
    [1, "局领导", "局长", "独孤澜", "社区矫正对象违规批假", "第3条", "审批留痕。"],
    [2, "法援中心", "主任", "独孤淳", "法律援助案件指派不公", "第1、2条", "指派轮流进行。"],
    [3, "公证处", "主任", "澹台湲", "公证材料审核不严", "第2条", "双人审核。"],
    ["注：符合三项及以上的为一级风险，两项的为二级风险，一项的为三级风险。"],
]  # fmt: skip

# a list writing its own levels beside such a column (the level column wins)
WRITTEN = [row[:] for row in HOUSING]
WRITTEN[2] = ["序号", "科室", "职务", "姓名", "风险点", "符合评定标准", "风险等级", "防控措施"]
for _row, _lv in zip(WRITTEN[3:9], ["二级", "一级", "三级", "二级", "三级", "二级"], strict=True):
    _row.insert(6, _lv)

# a note that does not grade by a count
UNCOUNTED = [row[:] for row in HOUSING]
UNCOUNTED[9] = ["说明：风险等级由局党组会议对照评定标准集体研究确定。"]


@pytest.mark.parametrize(
    "name, sheets",
    [("articles", {"排查表": ARTICLES}), ("written", {"清单": WRITTEN}),
     ("uncounted", {"清单": UNCOUNTED})],
)  # fmt: skip
def test_near_misses_read_as_before(tmp_path, monkeypatch, name, sheets):
    got = run(tmp_path / "now", sheets)
    assert not NEW & codes(got)
    monkeypatch.setattr(collect, "_levels_by_cited_criteria", lambda *a: None)
    was = run(tmp_path / "before", sheets)
    assert levels(got) == levels(was)
    assert list(got.issues["message"]) == list(was.issues["message"])
    if name == "written":
        assert [lv for _p, lv in levels(got)] == ["Ⅱ级", "Ⅰ级", "Ⅲ级", "Ⅱ级", "Ⅲ级", "Ⅱ级"]
    else:
        assert not any(lv for _p, lv in levels(got))


def test_the_codes_are_catalogued_in_chinese():
    for code in NEW:
        assert code in CATALOGUE and code in SHORT
        assert any("\u4e00" <= ch <= "\u9fff" for ch in SHORT[code])
        assert any("\u4e00" <= ch <= "\u9fff" for ch in CATALOGUE[code][1])
    assert CATALOGUE["LEVELS_BY_CITED_CRITERIA"][0] == INFO
    assert {CATALOGUE[c][0] for c in NEW - {"LEVELS_BY_CITED_CRITERIA"}} == {WARNING}
