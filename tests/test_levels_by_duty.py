"""A list whose risk level is written ONCE A DUTY — on the first row of a duty's points only, the
level cells under it blank, beside a ``岗位职责`` / ``职权事项`` cell merged over those points (or typed
again on each of them) — under a note saying every point under a duty takes the duty's level
(``同一职权事项内的所有风险点统一按该事项的风险等级执行``): each blank level takes the one level
written in its duty's block, said once a sheet (info LEVEL_BY_DUTY naming the cells and the count).
A duty with no readable level, or two levels, leaves its blank rows blank with a warning at each
(LEVEL_BY_DUTY_UNCLEAR), not a second error LEVEL_BLANK. Before, only the first point of a duty
had a level, the others an error LEVEL_BLANK each.

Not the published batch's file (batch977: a 县民政局's ``岗位职责`` with ``一级/二级/三级`` and the
note ``该职责下的各风险点均执行该职责的风险等级``): a 县市场监督管理局's ``职权事项`` merged over its
points with ``高/中/低``; a 县住房和城乡建设局's ``工作职责`` typed again on each row, the same duty
text coming back for a holder after another duty (two blocks, not one), one duty with no level and
one with two; and the 市场监管局's list as an .ods copy. Written with xlsxwriter (tests/helpers.py)
and read back as ``collect_inbox`` reads a file. Near-misses, read exactly as before (LEVEL_BLANK
where a level is blank): a note saying levels are given point by point (``逐条评定``, ``分别填写``),
no note at all, and a duty column that only repeats one label for the whole table.
"""

from pathlib import Path

from helpers import write_ods, write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

NEW = {"LEVEL_BY_DUTY", "LEVEL_BY_DUTY_UNCLEAR"}


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


NOTE = "说明：同一职权事项内的所有风险点统一按该事项的风险等级执行，等级只在事项首行标注。"
# 职权事项 merged over its points, the level on its first row only
MARKET = [
    ["县市场监督管理局职权事项廉政风险排查清单", None, None, None, None, None, None],
    ["科室", "岗位", "姓名", "职权事项", "风险点", "风险等级", "防控措施"],
    ["登记注册股", "股长", "澹台翾", "企业登记审核", "虚假材料登记审核不严", "高", "材料双人核验。"],
    ["登记注册股", "股长", "澹台翾", "企业登记审核", "为亲友企业违规加快办理", None, "按序受理，系统留痕。"],
    ["登记注册股", "股长", "澹台翾", "企业登记审核", "泄露企业登记信息", None, "查询授权留痕。"],
    ["登记注册股", "股长", "澹台翾", "档案管理", "登记档案借阅不登记", "低", "借阅登记。"],
    ["登记注册股", "股长", "澹台翾", "档案管理", "档案遗失、损毁", None, "专柜保管。"],
    ["食品安全股", "科员", "澹台沄", "食品经营许可现场核查", "现场核查走过场", "中", "核查两人以上。"],
    ["食品安全股", "科员", "澹台沄", "食品经营许可现场核查", "接受被核查单位宴请", None, "签廉洁承诺书。"],
    ["食品安全股", "科员", "澹台沄", "抽检样品管理", "抽检样品调包", "高", "样品封存拍照。"],
    [NOTE, None, None, None, None, None, None],
]  # fmt: skip
MARKET_MERGES = {
    "一览表": [
        "A3:A7", "B3:B7", "C3:C7", "D3:D5", "D6:D7",
        "A8:A10", "B8:B10", "C8:C10", "D8:D9",
    ]
}  # fmt: skip
MARKET_LEVELS = [
    ("虚假材料登记审核不严", "Ⅰ级"),
    ("为亲友企业违规加快办理", "Ⅰ级"),
    ("泄露企业登记信息", "Ⅰ级"),
    ("登记档案借阅不登记", "Ⅲ级"),
    ("档案遗失、损毁", "Ⅲ级"),
    ("现场核查走过场", "Ⅱ级"),
    ("接受被核查单位宴请", "Ⅱ级"),
    ("抽检样品调包", "Ⅰ级"),
]


def _blank_cells(rows) -> list[str]:
    return [
        f"F{r + 1}"
        for r, row in enumerate(rows)
        if r > 1 and len(row) > 5 and row[4] and not row[5]
    ]


def test_a_level_on_a_merged_dutys_first_row_grades_its_points(tmp_path):
    got = run(tmp_path, {"一览表": MARKET}, MARKET_MERGES)
    assert levels(got) == MARKET_LEVELS
    said = issue(got, "LEVEL_BY_DUTY")
    assert len(said) == 1 and list(said["cell"]) == ["F3"]
    message = said["message"].iloc[0]
    assert "F6" in message and "F8" in message and "共 4 项" in message
    assert said["severity"].iloc[0] == "info"
    assert not {"LEVEL_BLANK", "LEVEL_UNKNOWN", "LEVEL_BY_DUTY_UNCLEAR"} & codes(got)
    # the holders and points as an ordinary list reads them
    assert list(got.posts["person"]) == ["澹台翾", "澹台沄"]


def test_an_ods_copy(tmp_path):
    inbox = tmp_path / "inbox"
    # (no merges in the copy: the duty typed again on each row)
    write_ods(inbox / "市场监管局.ods", {"一览表": MARKET})
    got = _collect(inbox)
    assert levels(got) == MARKET_LEVELS
    assert len(issue(got, "LEVEL_BY_DUTY")) == 1


# the duty typed again on each row (no merge); the same text back after another duty is another
# block; a duty with no level, one with two
BUILDING = [
    ["县住房和城乡建设局岗位廉政风险点一览表", None, None, None, None, None],
    ["岗位", "姓名", "工作职责", "廉政风险点", "风险级别", "防控措施"],
    ["质量监督员", "闾丘泓", "工程质量监督", "监督抽查走过场", "中风险", "抽查留影像。"],
    ["质量监督员", "闾丘泓", "工程质量监督", "隐瞒质量问题", None, "问题台账销号。"],
    ["质量监督员", "闾丘泓", "竣工验收备案", "验收资料审核不严", "低风险", "资料清单化审核。"],
    ["质量监督员", "闾丘泓", "工程质量监督", "接受施工方礼金", None, "廉洁承诺。"],
    ["质量监督员", "闾丘泓", "工程质量监督", "为施工方通风报信", None, "检查计划保密。"],
    ["物业管理员", "闾丘湉", "物业专项维修资金审核", "维修资金使用审核不严", None, "两人复核。"],
    ["物业管理员", "闾丘湉", "物业专项维修资金审核", "虚列维修项目", None, "现场核实。"],
    ["物业管理员", "闾丘湉", "物业企业考评", "考评打分不公", "高风险", "考评结果公示。"],
    ["物业管理员", "闾丘湉", "物业企业考评", "收受物业企业好处", "低风险", "签廉洁承诺书。"],
    ["物业管理员", "闾丘湉", "物业企业考评", "考评资料不全", None, "资料归档。"],
    ["注：风险级别按工作职责确定，每项职责下的各风险点均执行该职责的风险级别，只填写一次。", None, None, None, None, None],
]  # fmt: skip


def test_duties_typed_again_blocks_only_when_adjacent_and_unclear_duties_warned(tmp_path):
    got = run(tmp_path, {"一览表": BUILDING}, {"一览表": ["A3:A7", "B3:B7", "A8:A12", "B8:B12"]})
    assert levels(got) == [
        ("监督抽查走过场", "Ⅱ级"),
        ("隐瞒质量问题", "Ⅱ级"),
        ("验收资料审核不严", "Ⅲ级"),
        ("接受施工方礼金", ""),  # (工程质量监督 again, after 竣工验收备案: its own block, no level)
        ("为施工方通风报信", ""),
        ("维修资金使用审核不严", ""),
        ("虚列维修项目", ""),
        ("考评打分不公", "Ⅰ级"),
        ("收受物业企业好处", "Ⅲ级"),
        ("考评资料不全", ""),  # (two levels written for the duty)
    ]
    said = issue(got, "LEVEL_BY_DUTY")
    assert len(said) == 1 and "共 1 项" in said["message"].iloc[0]
    warned = issue(got, "LEVEL_BY_DUTY_UNCLEAR")
    assert list(warned["cell"]) == ["E6", "E7", "E8", "E9", "E12"]
    assert set(warned["severity"]) == {"warning"}
    assert "没有填写" in warned["message"].iloc[0] and "C6" in warned["message"].iloc[0]
    assert "不同的级别" in warned["message"].iloc[4]
    # the warned rows are not said again as blank
    assert not {"LEVEL_BLANK", "LEVEL_UNKNOWN"} & codes(got)


def _with_note(note: str | None) -> list:
    rows = [list(r) for r in MARKET[:-1]]
    return rows + ([[note, None, None, None, None, None, None]] if note else [])


def test_a_note_giving_levels_point_by_point_reads_as_before(tmp_path):
    for note in (
        "说明：各风险点的风险等级逐条评定，同一职权事项下的风险点按该事项的风险等级分别填写。",
        None,
    ):
        got = run(tmp_path / str(bool(note)), {"一览表": _with_note(note)}, MARKET_MERGES)
        assert [lv for _p, lv in levels(got)] == ["Ⅰ级", "", "", "Ⅲ级", "", "Ⅱ级", "", "Ⅰ级"]
        assert not NEW & codes(got)
        assert list(issue(got, "LEVEL_BLANK")["cell"]) == _blank_cells(MARKET)


# a duty column that only repeats one label over the whole table: no grading by duty
LABEL = [
    ["县统计局廉政风险点一览表", None, None, None, None],
    ["岗位", "姓名", "职责", "风险点", "风险等级"],
    ["局长", "公冶瀞", "全部职责", "统计数据造假默许", "一级"],
    ["局长", "公冶瀞", "全部职责", "统计执法检查打招呼", None],
    ["统计员", "公冶翎", "全部职责", "普查经费虚报", "二级"],
    ["统计员", "公冶翎", "全部职责", "普查员选聘不公", None],
    ["注：各职责下的风险点均执行该职责的风险等级。", None, None, None, None],
]  # fmt: skip


def test_a_duty_column_of_one_label_reads_as_before(tmp_path):
    got = run(
        tmp_path, {"一览表": LABEL}, {"一览表": ["A3:A4", "B3:B4", "C3:C6", "A5:A6", "B5:B6"]}
    )
    assert [lv for _p, lv in levels(got)] == ["Ⅰ级", "", "Ⅱ级", ""]
    assert not NEW & codes(got)
    assert list(issue(got, "LEVEL_BLANK")["cell"]) == ["E4", "E6"]


def test_the_codes_are_catalogued_in_chinese():
    for code in NEW:
        assert code in CATALOGUE and code in SHORT
        assert any("\u4e00" <= ch <= "\u9fff" for ch in SHORT[code])
        assert any("\u4e00" <= ch <= "\u9fff" for ch in CATALOGUE[code][1])


def test_the_notes_that_say_a_duty_grades_its_points():
    from xlproc.collect import _duty_level_note

    for note in (
        "注：风险等级按岗位职责评定，每项职责只填一次，该职责下的各风险点均执行该职责的风险等级。",
        "说明：同一职权事项内的所有风险点统一按该事项的风险等级执行。",
        "备注：每项职责下的风险点与本职责的风险级别相同",
        "风险级别以职责为单位评定",
    ):
        assert _duty_level_note(note), note
    for note in (
        "注：各风险点的风险等级逐条评定。",
        "注：同一职责下的风险点按该职责的风险等级分别填写。",
        "注：职责的风险等级取其下各风险点的最高等级。",
        "注：风险等级不按职责评定，按风险点发生概率确定。",
        "注：岗位职责见附表。",
        "注：风险等级分为一级、二级、三级。",
    ):
        assert not _duty_level_note(note), note


# the same duty text typed on the last row of one holder and the first of the next: two blocks
TWO_HOLDERS = [
    ["县医疗保障局岗位廉政风险点一览表", None, None, None, None],
    ["岗位", "姓名", "岗位职责", "风险点", "风险等级"],
    ["稽核员", "段干瑗", "定点医药机构稽核", "稽核走过场", "二级"],
    ["稽核员", "段干瑗", "定点医药机构稽核", "接受定点机构宴请", None],
    ["稽核员", "段干璟", "定点医药机构稽核", "稽核结果不报", None],
    ["稽核员", "段干璟", "基金拨付", "基金拨付不及时", "三级"],
    ["注：每项岗位职责下的风险点均按该职责的风险等级执行。", None, None, None, None],
]  # fmt: skip


def test_the_same_duty_typed_for_the_next_holder_is_his_own(tmp_path):
    got = run(tmp_path, {"一览表": TWO_HOLDERS})
    assert [lv for _p, lv in levels(got)] == ["Ⅱ级", "Ⅱ级", "", "Ⅲ级"]
    assert "共 1 项" in issue(got, "LEVEL_BY_DUTY")["message"].iloc[0]
    assert list(issue(got, "LEVEL_BY_DUTY_UNCLEAR")["cell"]) == ["E5"]
    assert "LEVEL_BLANK" not in codes(got)
