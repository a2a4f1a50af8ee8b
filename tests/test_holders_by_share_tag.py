"""A holders' cell listing a post's two people each under the label of his SHARE (``主办：甲⏎协办：乙``,
``主责：…⏎协责：…``, ``牵头：…⏎配合：…``, ``主办人：…⏎协办人：…``) beside points each CLOSING WITH A
BRACKET THAT NAMES THE LABEL(S) (``…（主办）``, ``（协办）``, ``（主办、协办）``): each point goes to the
person(s) the bracket names only, the bracket taken off the point (info HOLDERS_BY_SHARE_TAG, once
a table, naming the first point, the cell and the rows), as the A岗/B岗 labels' brackets already
do (HOLDERS_BY_LABEL_TAG). Before, such a cell was read by its lead line (HOLDER_BY_LEAD_LINE):
every point the 主办's, the bracket kept in it, the 协办 with no form.

Not the published batch's file (batch996: a 县农商银行's 客户经理 posts under ``主办：…⏎协办：…`` with
``（主办）/（协办）/（主办、协办）``): a 县医保局's 稽核 post under ``主责：…⏎协责：…`` with ``（主责）``,
``（协责）``, ``（主责、协责）``; a 县住建局's 质量监督 post under ``牵头：…⏎配合：…`` with ``（牵头）``,
``（配合）``, ``（牵头/配合）``; a 县供销社's post under ``主办人：…⏎协办人：…``.
Near-misses read as before (the lead line's, HOLDER_BY_LEAD_LINE): a 主办/协办 cell whose points
carry no bracket, a bracket of the point's own words (``（重点）``), a bracket naming a label the
cell lacks (``（主办、监督）``), and, under a tagged cell, a row whose point has no bracket (the
主办's alone); an A岗/B岗 cell still says HOLDERS_BY_LABEL_TAG.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

NEW = {"HOLDERS_BY_SHARE_TAG"}


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list, merges: list | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "清单.xlsx", {"清单": rows}, {"清单": merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str]]:
    cols = ["person", "risk_point", "risk_level"]
    return sorted(tuple(r) for r in got.risks[cols].itertuples(index=False))


def codes(got) -> set[str]:
    return set(got.issues["code"])


HEAD = ["序号", "科室", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施"]
MEDICAL = [
    ["县医疗保障局岗位廉政风险防控清单", None, None, None, None, None, None],
    HEAD,
    [1, "基金监管股", "稽核员", "主责：端木翾沚\n协责：闾丘澈瑗", "稽核发现问题不移交（主责）", "高", "问题线索集体研判。"],
    [2, None, None, None, "现场检查笔录代签（协责）", "中", "检查人员本人签字。"],
    [3, None, None, None, "接受定点医院宴请（主责、协责）", "高", "签订廉洁承诺书。"],
    [4, "待遇保障股", "股长", "亓官霈琰", "慢特病认定放宽标准", "中", "专家评审。"],
    ["注：风险点后括号注明由主责或协责人员承担。", None, None, None, None, None, None],
]  # fmt: skip
MEDICAL_MERGES = ["B3:B5", "C3:C5", "D3:D5"]


def test_share_labels_named_by_the_bracket(tmp_path):
    got = run(tmp_path, MEDICAL, MEDICAL_MERGES)
    assert read(got) == sorted([
        ("端木翾沚", "稽核发现问题不移交", "Ⅰ级"),
        ("端木翾沚", "接受定点医院宴请", "Ⅰ级"),
        ("闾丘澈瑗", "现场检查笔录代签", "Ⅱ级"),
        ("闾丘澈瑗", "接受定点医院宴请", "Ⅰ级"),
        ("亓官霈琰", "慢特病认定放宽标准", "Ⅱ级"),
    ])  # fmt: skip
    assert set(got.risks.loc[got.risks["person"] == "闾丘澈瑗", "title"]) == {"稽核员"}
    assert "HOLDERS_BY_SHARE_TAG" in codes(got)
    assert not codes(got) & {"HOLDER_BY_LEAD_LINE", "HOLDERS_BY_LABEL_TAG", "HOLDER_NO_LEAD_LINE"}
    said = got.issues[got.issues["code"] == "HOLDERS_BY_SHARE_TAG"]
    assert len(said) == 1 and "清单!E3" in said.iloc[0]["message"]
    assert "主责：端木翾沚⏎协责：闾丘澈瑗" in said.iloc[0]["message"]


def test_lead_and_assist_by_other_words(tmp_path):
    rows = [
        ["县住房和城乡建设局岗位廉政风险防控清单", None, None, None, None, None, None],
        HEAD,
        [1, "质量安全股", "质量监督员", "牵头：宰父沄珩\n配合：钟离翊淏", "竣工验收降低标准（牵头）", "高", "验收集体签字。"],
        [2, None, None, None, "抽检样品不按规定送检（配合）", "中", "样品编号盲送。"],
        [3, None, None, None, "收受施工单位财物（牵头/配合）", "高", "公开举报电话。"],
        [4, "供销合作社", "业务员", "主办人：公冶瀞岚\n协办人：巫马琤翀", "农资采购指定供货商（主办人）", "中", "比价采购。"],
        [5, None, None, None, "库存农资盘点不实（协办人）", "低", "季度盘点。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["B3:B5", "C3:C5", "D3:D5", "B6:B7", "C6:C7", "D6:D7"])
    assert read(got) == sorted([
        ("宰父沄珩", "竣工验收降低标准", "Ⅰ级"),
        ("宰父沄珩", "收受施工单位财物", "Ⅰ级"),
        ("钟离翊淏", "抽检样品不按规定送检", "Ⅱ级"),
        ("钟离翊淏", "收受施工单位财物", "Ⅰ级"),
        ("公冶瀞岚", "农资采购指定供货商", "Ⅱ级"),
        ("巫马琤翀", "库存农资盘点不实", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_SHARE_TAG" in codes(got) and "HOLDER_BY_LEAD_LINE" not in codes(got)


def test_no_bracket_is_the_lead_lines_as_before(tmp_path):
    rows = [row[:] for row in MEDICAL]
    for row in rows[2:5]:
        row[4] = row[4].split("（")[0]
    got = run(tmp_path, rows, MEDICAL_MERGES)
    held = read(got)
    assert [p for p, *_x in held].count("端木翾沚") == 3 and "闾丘澈瑗" not in {
        p for p, *_x in held
    }
    assert "HOLDER_BY_LEAD_LINE" in codes(got) and "HOLDERS_BY_SHARE_TAG" not in codes(got)


def test_other_brackets_are_the_lead_lines_as_before(tmp_path):
    rows = [row[:] for row in MEDICAL]
    rows[2][4] = "稽核发现问题不移交（重点）"
    rows[3][4] = "现场检查笔录代签（主责、监督）"
    rows[4][4] = "接受定点医院宴请"
    got = run(tmp_path, rows, MEDICAL_MERGES)
    assert sorted(r for p, r, _lv in read(got) if p == "端木翾沚") == sorted(
        ["稽核发现问题不移交（重点）", "现场检查笔录代签（主责、监督）", "接受定点医院宴请"]
    )
    assert "闾丘澈瑗" not in set(got.risks["person"])
    assert "HOLDERS_BY_SHARE_TAG" not in codes(got)


def test_a_row_of_no_bracket_under_a_tagged_cell_is_the_leads(tmp_path):
    rows = [row[:] for row in MEDICAL]
    rows[4][4] = "接受定点医院宴请"
    got = run(tmp_path, rows, MEDICAL_MERGES)
    held = read(got)
    assert ("端木翾沚", "接受定点医院宴请", "Ⅰ级") in held
    assert ("闾丘澈瑗", "现场检查笔录代签", "Ⅱ级") in held
    assert ("闾丘澈瑗", "接受定点医院宴请", "Ⅰ级") not in held
    assert {"HOLDERS_BY_SHARE_TAG", "HOLDER_BY_LEAD_LINE"} <= codes(got)


def test_ab_labels_still_say_their_own_code(tmp_path):
    rows = [row[:] for row in MEDICAL]
    rows[2][3] = "A岗：端木翾沚\nB岗：闾丘澈瑗"
    for row, tag in zip(rows[2:5], ("（A岗）", "（B岗）", "（A、B岗）"), strict=True):
        row[4] = row[4].split("（")[0] + tag
    got = run(tmp_path, rows, MEDICAL_MERGES)
    assert ("闾丘澈瑗", "现场检查笔录代签", "Ⅱ级") in read(got)
    assert "HOLDERS_BY_LABEL_TAG" in codes(got) and "HOLDERS_BY_SHARE_TAG" not in codes(got)


def test_catalogue():
    assert NEW <= set(CATALOGUE) and NEW <= set(SHORT)
    assert set(CATALOGUE) == set(SHORT)
