"""Levels written inside the sentences of a remark column: a list with no level column, each
point's level named in its ``备注`` (or ``情况说明``) cell among other remarks ('经局党组研究定为
高风险，每月抽查'), and a note (or the column's heading) saying the levels are written there
('风险级别均已在“情况说明”栏内标注', '备注（风险等级）').

The workbooks are written with xlsxwriter (and one as .ods) in other words than the published
batch that showed the shape (another unit, other posts, other level words, notes and column
names), and read back as ``collect_inbox`` reads them.
"""

from pathlib import Path

from helpers import write_ods, write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

TITLE = ["XX县水务局岗位廉政风险排查表"]


def _rows(head_last: str, remarks: list[str], note: str | None = None) -> list[list]:
    """Three holders of the 水务局 (a 股长 with two points, a 站长 with two, a 出纳 with one), the
    last column headed ``head_last`` holding ``remarks``."""
    a, b, c, d, e = remarks
    rows = [
        TITLE,
        ["序号", "股室", "职务", "责任人", "廉政风险点", "风险类别", "防控措施", head_last],
        [1, "水政股", "股长", "巫马骁", "河道采砂许可把关不严", "岗位职责", "许可材料两级审核", a],
        [2, "水政股", "股长", "巫马骁", "执法检查选择性执法", "思想道德", "执法全过程记录", b],
        [3, "水利站", "站长", "澹台朗", "工程验收降低标准", "业务流程", "验收小组集体签字", c],
        [4, "水利站", "站长", "澹台朗", "虚报农田水利工程量", "制度机制", "工程量第三方复核", d],
        [5, "财务股", "出纳", "宰父晴", "公款私存", "外部环境", "账户每月对账", e],
    ]
    if note:
        rows.append([note])
    return rows


MERGES = ["B3:B4", "C3:C4", "D3:D4", "B5:B6", "C5:C6", "D5:D6", "A8:H8"]
REMARKS = [
    "经局党组研究定为高风险，每月抽查",
    "中风险，股室每季度自查",
    "属高风险（2024年新增）",
    "列为低风险，站内自查",
    "中风险",
]
LEVELS = ["Ⅰ级", "Ⅱ级", "Ⅰ级", "Ⅲ级", "Ⅱ级"]


def run(tmp_path: Path, rows, merges=MERGES, ods: bool = False):
    inbox = tmp_path / "inbox"
    if ods:
        write_ods(inbox / "t.ods", {"排查表": rows})
    else:
        write_workbook(inbox / "t.xlsx", {"排查表": rows}, {"排查表": merges})
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def codes(res) -> list[str]:
    return res.issues["code"].tolist()


def blank_cells(res) -> list[str]:
    return res.issues[res.issues["code"] == "LEVEL_BLANK"]["cell"].tolist()


def test_a_note_names_the_column_whose_sentences_give_the_level(tmp_path):
    note = "说明：风险级别均已在“情况说明”栏内标注。"
    got = run(tmp_path, _rows("情况说明", REMARKS, note))
    assert got.risks["risk_level"].tolist() == LEVELS
    # the rest of the remark is no point, type or measure
    assert got.risks["risk_point"].tolist()[0] == "河道采砂许可把关不严"
    assert got.risks["measures"].tolist()[0] == "许可材料两级审核"
    assert got.risks["person"].tolist() == ["巫马骁"] * 2 + ["澹台朗"] * 2 + ["宰父晴"]
    assert "LEVEL_BLANK" not in codes(got)
    said = got.issues[got.issues["code"] == "LEVEL_IN_REMARKS"]
    assert said["severity"].tolist() == ["info"] and said["cell"].tolist() == ["H2"]
    assert "“情况说明”一栏" in said["message"].iloc[0]
    assert "风险级别均已在“情况说明”栏内标注" in said["message"].iloc[0]
    assert "LEVEL_IN_REMARKS" in CATALOGUE and SHORT["LEVEL_IN_REMARKS"]


def test_the_heading_says_so_and_a_cell_naming_two_levels_or_none_gets_none(tmp_path):
    remarks = [
        "列入一级风险，局纪检组重点督查",
        "原列三级，现提为二级风险",  # two levels: which one is meant is not certain
        "二级风险点，半年自查",
        "待研究",  # none
        "属三级",
    ]
    got = run(tmp_path, _rows("备注（风险等级）", remarks))
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "", "Ⅱ级", "", "Ⅲ级"]
    assert blank_cells(got) == ["H4", "H6"]  # as usual, on the column read as the level
    assert "LEVEL_IN_REMARKS" in codes(got)


def test_the_note_the_other_way_round_and_an_ods_copy_read_alike(tmp_path):
    note = "注：在备注栏中注明各风险点的风险等级。"
    remarks = ["一级风险，重点监督", "二级", "属一级风险点", "三级风险点（新增）", "二级风险点"]
    want = ["Ⅰ级", "Ⅱ级", "Ⅰ级", "Ⅲ级", "Ⅱ级"]
    got = run(tmp_path, _rows("备注", remarks, note))
    assert got.risks["risk_level"].tolist() == want
    # no merges, no formats: the words alone say it
    rows = _rows("备注", remarks, note)
    for r in (3, 5):  # the holder written on every row, as a LibreOffice user types it
        rows[r][1:4] = rows[r - 1][1:4]
    got = run(tmp_path / "ods", rows, ods=True)
    assert got.risks["risk_level"].tolist() == want
    assert "LEVEL_IN_REMARKS" in codes(got) and "LEVEL_BLANK" not in codes(got)


def test_a_remark_column_without_such_a_note_reads_as_before(tmp_path):
    remarks = ["原为二级风险，今年调整", "", "新增", "中风险，由站长负责", ""]
    got = run(tmp_path, _rows("备注", remarks, "注：本表由各股室填报，局办公室汇总。"))
    assert got.risks["risk_level"].tolist() == [""] * 5
    assert len(blank_cells(got)) == 5
    assert "LEVEL_IN_REMARKS" not in codes(got)


def test_a_note_on_why_levels_changed_is_no_such_note(tmp_path):
    note = "说明：备注栏填写风险等级调整原因。"
    remarks = ["由三级调为二级，因职责调整", "二级风险", "", "列为低风险", ""]
    got = run(tmp_path, _rows("备注", remarks, note))
    assert got.risks["risk_level"].tolist() == [""] * 5
    assert "LEVEL_IN_REMARKS" not in codes(got)


def test_remarks_that_mostly_name_no_level_are_not_read_as_the_levels(tmp_path):
    # the note promises levels in the column, but four of five remarks name none: nothing is
    # made up from the one that does
    note = "注：风险等级见备注栏。"
    remarks = ["每月检查", "二级风险", "股室自查", "见附件", "待定"]
    got = run(tmp_path, _rows("备注", remarks, note))
    assert got.risks["risk_level"].tolist() == [""] * 5
    assert "LEVEL_IN_REMARKS" not in codes(got)


def test_a_real_level_column_wins_over_the_remarks(tmp_path):
    rows = _rows(
        "备注", ["原为二级，今年调为一级", "", "列为三级风险", "", ""], "注：风险等级见备注栏。"
    )
    rows[1].insert(6, "风险等级")
    for row, lv in zip(rows[2:7], ["高", "中", "高", "低", "中"], strict=True):
        row.insert(6, lv)
    got = run(tmp_path, rows, MERGES[:-1] + ["A8:I8"])
    assert got.risks["risk_level"].tolist() == LEVELS
    assert "LEVEL_IN_REMARKS" not in codes(got)
