"""Levels written in cell comments (批注): a list with no level column (or with its level cells
left blank) whose points' levels stand only in a comment on the point's cell or on the row's
level cell — labelled ('风险等级：高', '评定等级为Ⅱ级', after the author line Excel and WPS write
first) or a comment that is a level word and nothing else.

The workbooks are written with xlsxwriter and openpyxl (and one as .ods) in other words than the
published batch that showed the shape (another unit, other posts, labels, authors and notes),
and read back as ``collect_inbox`` reads them.
"""

import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest
from helpers import write_ods, write_workbook
from openpyxl.comments import Comment

from xlproc.collect import _comment_level, _comments_said_levels, assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, ITEMS, SHORT

TITLE = "临泽县交通运输局廉政风险点排查登记表"
HEAD = ["序号", "股室", "职务", "姓名", "风险点描述", "风险类别", "防控措施"]
ROWS = [
    [1, "运管股", "股长", "欧阳翀", "违规办理道路运输经营许可", "岗位职责", "许可材料集体审核"],
    [2, "运管股", "股长", "欧阳翀", "接受运输企业宴请", "思想道德", "签订廉洁承诺书"],
    [3, "路政大队", "队员", "皇甫珂", "超限车辆处罚随意", "外部环境", "执法全程记录"],
    [4, "路政大队", "队员", "皇甫珂", "罚款不开票据", "制度机制", "票款分离"],
]
MERGES = ["B3:B4", "C3:C4", "D3:D4", "B5:B6", "C5:C6", "D5:D6"]
POINT_CELLS = ["E3", "E4", "E5", "E6"]
NOTE = "说明：各风险点的风险等级由局党组评定后，以批注形式注明在风险点单元格内。"


def _read(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, comments: dict[str, str], note: str | None = NOTE, rows=None, head=None):
    table = [[TITLE], head or HEAD, *(rows or ROWS)]
    if note:
        table.append([note])
    inbox = tmp_path / "inbox"
    write_workbook(
        inbox / "登记表.xlsx", {"登记表": table}, {"登记表": MERGES}, comments={"登记表": comments}
    )
    return _read(inbox)


def codes(res) -> list[str]:
    return res.issues["code"].tolist()


def test_levels_in_the_point_cells_comments_with_no_level_column(tmp_path):
    comments = {
        "E3": "lenovo:\n风险等级：高",
        "E4": "WPS:评定等级为Ⅱ级",  # (WPS's author and the label on one line)
        "E5": "纪检组:\n风险级别：\n较高",  # (the level on the line under its label)
        "E6": "Administrator:\n低",  # (just a level word)
    }
    got = run(tmp_path, comments)
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级", "Ⅱ级", "Ⅲ级"]
    # the points, holders, types and measures read as before; the comment is no part of them
    assert got.risks["risk_point"].tolist() == [r[4] for r in ROWS]
    assert got.risks["person"].tolist() == ["欧阳翀"] * 2 + ["皇甫珂"] * 2
    assert got.risks["measures"].tolist() == [r[6] for r in ROWS]
    assert "LEVEL_BLANK" not in codes(got)
    said = got.issues[got.issues["code"] == "LEVEL_IN_COMMENTS"]
    assert said["severity"].tolist() == ["info"] and said["cell"].tolist() == ["E2"]
    assert said["value"].tolist() == ["4"] and "“风险点描述”一栏" in said["message"].iloc[0]
    assert SHORT["LEVEL_IN_COMMENTS"] and ITEMS["LEVEL_IN_COMMENTS"] == "风险级别"


def test_no_note_needed_and_a_blank_level_column_takes_its_cells_comments(tmp_path):
    head = [*HEAD[:6], "风险等级", HEAD[6]]
    rows = [[*r[:6], lv, r[6]] for r, lv in zip(ROWS, ["一级", None, None, "三级"], strict=True)]
    # on the blank level cell of row 4 and the point cell of row 5; row 3's level stays blank
    comments = {"G4": "葛审核:\n审定等级二级", "E5": "核定风险等级：一级风险"}
    got = run(tmp_path, comments, None, rows, head)
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级", "Ⅰ级", "Ⅲ级"]
    assert "LEVEL_BLANK" not in codes(got)
    assert got.issues[got.issues["code"] == "LEVEL_IN_COMMENTS"]["value"].tolist() == ["2"]


def test_a_filled_level_column_keeps_its_levels_whatever_its_comments_say(tmp_path):
    head = [*HEAD[:6], "风险等级", HEAD[6]]
    rows = [[*r[:6], lv, r[6]] for r, lv in zip(ROWS, ["高", "中", "中", "低"], strict=True)]
    comments = {
        "E3": "审核人:\n建议调整为二级",  # a reviewer's remark
        "G4": "风险等级：一级",  # a level on a filled level cell: the cell stands
        "E5": "防控措施：执法记录仪全程佩戴",  # measures, beside a filled column
        "E6": "Administrator:\n低",
    }
    got = run(tmp_path, comments, None, rows, head)
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级", "Ⅱ级", "Ⅲ级"]
    assert "LEVEL_IN_COMMENTS" not in codes(got)
    assert "LEVEL_COMMENTS_UNCLEAR" not in codes(got)


def test_comments_that_are_measures_stay_measures(tmp_path):
    head = HEAD[:6]
    rows = [r[:6] for r in ROWS]
    comments = {
        "E3": "lenovo:\n防控措施：\n①许可材料集体审核；\n②结果公示。",
        "E4": "风险等级：中\n防控措施：签订廉洁承诺书",  # both: each read in its own field
        "E5": "请补充风险等级",  # a remark: no level
    }
    got = run(tmp_path, comments, "注：防控措施以批注形式标注在风险点单元格。", rows, head)
    assert got.risks["measures"].tolist()[:2] == [
        "①许可材料集体审核；\n②结果公示。",
        "签订廉洁承诺书",
    ]
    assert got.risks["risk_level"].tolist() == ["", "Ⅱ级", "", ""]
    assert codes(got).count("LEVEL_BLANK") == 3
    assert got.issues[got.issues["code"] == "LEVEL_IN_COMMENTS"]["value"].tolist() == ["1"]
    assert "LEVEL_COMMENTS_UNCLEAR" not in codes(got)


def test_two_levels_or_an_unknown_word_are_said_and_not_taken(tmp_path):
    comments = {
        "E3": "lenovo:\n风险等级：二级（原为三级）",
        "E4": "二级或三级",
        "E5": "风险等级：特级",
        "E6": "风险等级：高",
    }
    got = run(tmp_path, comments)
    assert got.risks["risk_level"].tolist() == ["", "", "", "Ⅰ级"]
    assert codes(got).count("LEVEL_BLANK") == 3
    said = got.issues[got.issues["code"] == "LEVEL_COMMENTS_UNCLEAR"]
    assert said["severity"].tolist() == ["warning"]
    assert said["value"].tolist() == ["E3、E4、E5"]
    assert "LEVEL_COMMENTS_UNCLEAR" in CATALOGUE and SHORT["LEVEL_COMMENTS_UNCLEAR"]


def test_written_by_openpyxl(tmp_path):
    """openpyxl keeps no author line in the text: the label opens it."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "登记表"
    for row in [[TITLE], HEAD, *ROWS]:
        ws.append(row)
    for cell, lv in zip(
        POINT_CELLS, ["一般风险", "重大风险", "等级：较大风险", "Ⅲ级"], strict=True
    ):
        ws[cell].comment = Comment(lv, "司马工")
    wb.save(inbox / "登记表.xlsx")
    got = _read(inbox)
    assert got.risks["risk_level"].tolist() == ["Ⅲ级", "Ⅰ级", "Ⅱ级", "Ⅲ级"]
    assert "LEVEL_BLANK" not in codes(got)


def test_ods_whose_note_promises_levels_in_comments(tmp_path):
    """Our .ods and .xls readers see no comments: where the note says the levels are there, the
    file says so (and its points stay without levels)."""
    for folder, rows in (
        ("noted", [[TITLE], HEAD, *ROWS, [NOTE]]),
        ("plain", [[TITLE], HEAD, *ROWS]),
    ):
        write_ods(tmp_path / folder / "登记表.ods", {"登记表": rows})
    got = _read(tmp_path / "noted")
    assert set(got.risks["risk_level"]) == {""}
    unread = got.issues[got.issues["code"] == "FORMAT_UNREAD"]
    assert unread["value"].tolist() == ["批注(风险等级)"]
    assert unread["severity"].tolist() == ["warning"]
    assert "FORMAT_UNREAD" not in codes(_read(tmp_path / "plain"))


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(not SOFFICE, reason="LibreOffice (soffice) is not installed")
def test_resaved_by_libreoffice(tmp_path):
    src = tmp_path / "src" / "登记表.xlsx"
    comments = dict(
        zip(
            POINT_CELLS,
            ["风险等级：高", "风险等级：中", "风险等级：中", "风险等级：低"],
            strict=True,
        )
    )
    table = [[TITLE], HEAD, *ROWS, [NOTE]]
    write_workbook(src, {"登记表": table}, {"登记表": MERGES}, comments={"登记表": comments})
    for fmt in ("xlsx", "xls"):
        subprocess.run([SOFFICE, "--headless", "--convert-to", fmt, "--outdir", str(tmp_path / fmt), str(src)],
                       check=True, capture_output=True, timeout=120)  # fmt: skip
    got = _read(tmp_path / "xlsx")
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级", "Ⅱ级", "Ⅲ级"]
    got = _read(tmp_path / "xls")
    assert set(got.risks["risk_level"]) == {""}
    assert "FORMAT_UNREAD" in set(got.issues["code"])


def test_the_comments_and_the_notes_in_general():
    level = load_config().level
    assert _comment_level("Administrator:\n审定风险等级：三级", level) == ("三级", False)
    assert _comment_level("风险等级：二级风险，经党组会评定", level) == ("二级风险", False)
    assert _comment_level("张三:\n中", level) == ("中", False)
    # no level: a remark, measures, a holder, a number, a legend
    for text in (
        "建议调整为二级",
        "防控措施：集体研究",
        "岗位责任人：李四",
        "3",
        "1—高风险；2—中风险",
    ):
        assert _comment_level(text, level) == ("", False), text
    # a level said but not taken: two levels, a word unknown, a remark under the label
    for text in (
        "风险等级：一级\n等级：二级",
        "风险等级：特级",
        "风险等级：建议改为二级",
        "高或中",
    ):
        assert _comment_level(text, level) == ("", True), text
    assert _comments_said_levels("风险等级见批注")
    assert _comments_said_levels(NOTE)
    assert not _comments_said_levels("风险等级未填写的已用批注标出")
    assert not _comments_said_levels("防控措施见批注")
