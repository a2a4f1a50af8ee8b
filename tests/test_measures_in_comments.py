"""Measures written in cell comments (批注): a list with no measures column (or with its measures
cells left blank) whose points' measures stand only in a comment on the point's cell, or on
another cell of its row — labelled inside the comment ('管控措施：①…', after the author line
Excel and WPS write first), or said by a note on the sheet ('防控措施详见各风险点单元格批注').

The workbooks are written with xlsxwriter and openpyxl (and one as .ods) in other words than the
published batch that showed the shape (another unit, other posts, labels, notes and authors),
and read back as ``collect_inbox`` reads them.
"""

import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest
from helpers import write_ods, write_workbook
from openpyxl.comments import Comment

from xlproc.collect import _comment_measures, _comments_said_measures, assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

TITLE = "南岭县自然资源局岗位廉政风险点登记表"
HEAD = ["序号", "股室", "职务", "姓名", "风险点名称", "风险类别", "风险等级"]
ROWS = [
    [1, "地籍股", "股长", "公冶澄", "违规办理不动产首次登记", "岗位职责", "高"],
    [2, "地籍股", "股长", "公冶澄", "泄露权籍调查成果", "思想道德", "中"],
    [3, "执法监察大队", "队员", "司徒璟", "对违法占地查处不力", "外部环境", "高"],
    [4, "执法监察大队", "队员", "司徒璟", "罚没款收缴不入账", "制度机制", "低"],
]
MERGES = ["B3:B4", "C3:C4", "D3:D4", "B5:B6", "C5:C6", "D5:D6"]
MEASURES = [
    ["登记材料窗口初审、股长复审", "首次登记结果网上公示"],
    ["成果资料专人专柜保管"],
    ["违法线索登记台账、限期办结", "查处情况每月通报"],
    ["罚没款一律开具财政票据"],
]
POINT_CELLS = ["E3", "E4", "E5", "E6"]


def _numbered(ms: list[str]) -> str:
    return "\n".join(f"{'①②③'[i]}{m}；" for i, m in enumerate(ms))


def _read(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, comments: dict[str, str], note: str | None = None, rows=None, head=None):
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


def test_labelled_comments_on_the_point_cells_are_their_measures(tmp_path):
    comments = {
        cell: f"lenovo:\n管控措施：\n{_numbered(ms)}"
        for cell, ms in zip(POINT_CELLS, MEASURES, strict=True)
    }
    got = run(tmp_path, comments)
    measures = got.risks["measures"].tolist()
    for ms, text in zip(MEASURES, measures, strict=True):
        assert all(m in text for m in ms) and "lenovo" not in text and "管控措施" not in text
    assert measures[0] == "①登记材料窗口初审、股长复审；\n②首次登记结果网上公示；"
    # the points, holders and levels read as before; the comment is no part of the point
    assert got.risks["risk_point"].tolist() == [r[4] for r in ROWS]
    assert got.risks["person"].tolist() == ["公冶澄"] * 2 + ["司徒璟"] * 2
    assert "MEASURES_BLANK" not in codes(got)
    said = got.issues[got.issues["code"] == "MEASURES_IN_COMMENTS"]
    assert said["severity"].tolist() == ["info"] and said["cell"].tolist() == ["E2"]
    assert "“风险点名称”一栏" in said["message"].iloc[0] and said["value"].iloc[0] == "4"
    assert "MEASURES_IN_COMMENTS" in CATALOGUE and SHORT["MEASURES_IN_COMMENTS"]


def test_a_note_says_the_comments_on_a_blank_measures_column_are_the_measures(tmp_path):
    head = [*HEAD, "防控措施"]
    rows = [[*r, None] for r in ROWS]
    # no label: a WPS author line, then the measures; on the blank 防控措施 cells and, in one
    # row, on its 序号 cell
    comments = {f"H{3 + i}": "作者:\n" + "；".join(ms) + "。" for i, ms in enumerate(MEASURES[:3])}
    comments["A6"] = "Administrator:\n" + MEASURES[3][0]
    note = "说明：1.风险等级分高、中、低三档；2.防控措施详见各风险点所在行单元格批注。"
    got = run(tmp_path, comments, note, rows, head)
    assert got.risks["measures"].tolist() == [
        "登记材料窗口初审、股长复审；首次登记结果网上公示。",
        "成果资料专人专柜保管。",
        "违法线索登记台账、限期办结；查处情况每月通报。",
        "罚没款一律开具财政票据",
    ]
    assert "MEASURES_BLANK" not in codes(got)
    said = got.issues[got.issues["code"] == "MEASURES_IN_COMMENTS"]
    assert "“防控措施”一栏" in said["message"].iloc[0]


def test_other_labels_and_a_threaded_comment(tmp_path):
    comments = {
        # the measures among other labelled lines: only the measures' lines
        "E3": "风险表现：对材料不全的申请予以登记\n防控措施：登记材料窗口初审\n责任领导：副局长",
        # Excel 365's threaded comment as older readers see it: the notice and the replies are
        # no measures
        "E4": "[Threaded comment]\n\nYour version of Excel allows you to read this threaded "
        "comment; however, any edits to it will get removed if the file is opened in a newer "
        "version of Excel. Learn more: https://go.microsoft.com/fwlink/?linkid=870924\n\n"
        "Comment:\n    措施：成果资料专人专柜保管\nReply:\n    已核实",
    }
    got = run(tmp_path, comments)
    assert got.risks["measures"].tolist()[:2] == ["登记材料窗口初审", "成果资料专人专柜保管"]
    blank = got.issues[got.issues["code"] == "MEASURES_BLANK"]["cell"].tolist()
    assert blank == ["E5", "E6"]  # (no comment there: still said blank)


def test_comments_that_are_no_measures_are_left_alone(tmp_path):
    comments = {
        "E3": "Administrator:\n请补充防控措施",  # a reviewer's remark
        "E4": "审核人:\n此风险点表述不清？",
        "C5": "岗位责任人：司徒璟",  # a holder on a post cell merged over two rows
        "G2": "高—一级风险；中—二级风险；低—三级风险",  # a legend on the heading
        "G5": "1—高风险；2—中风险",
    }
    # a note about comments that does not say they are the measures
    note = "注：批注为局纪检组审核意见，防控措施未填写的请各股室补充。"
    got = run(tmp_path, comments, note)
    assert set(got.risks["measures"]) == {""}
    assert codes(got).count("MEASURES_BLANK") == 4
    assert "MEASURES_IN_COMMENTS" not in codes(got)
    assert "MEASURES_COMMENTS_UNCLEAR" not in codes(got)
    # the note says the comments are the measures, but these stand on a post merged over two
    # rows, on a holder's and on a type's cell with no label: no point's measures
    comments = {"C3": "负责不动产登记审核", "D5": "2024年3月调入", "F6": "兼有岗位职责风险"}
    got = run(tmp_path / "noted", comments, "注：防控措施见批注。")
    assert set(got.risks["measures"]) == {""}
    assert "MEASURES_IN_COMMENTS" not in codes(got)
    # a filled measures column keeps its cells, whatever its comments say
    head = [*HEAD, "防控措施"]
    rows = [[*r, "；".join(ms)] for r, ms in zip(ROWS, MEASURES, strict=True)]
    got = run(tmp_path / "filled", {"E3": "防控措施：另一条措施"}, None, rows, head)
    assert got.risks["measures"].tolist()[0] == "登记材料窗口初审、股长复审；首次登记结果网上公示"
    assert "MEASURES_IN_COMMENTS" not in codes(got)


def test_plain_comments_with_no_label_and_no_note_are_unclear(tmp_path):
    comments = {cell: "；".join(ms) for cell, ms in zip(POINT_CELLS, MEASURES, strict=True)}
    got = run(tmp_path, comments)
    assert set(got.risks["measures"]) == {""}  # (measures, or how the point shows? not said)
    assert codes(got).count("MEASURES_BLANK") == 4
    said = got.issues[got.issues["code"] == "MEASURES_COMMENTS_UNCLEAR"]
    assert said["severity"].tolist() == ["info"] and said["value"].tolist() == ["4"]
    assert said["cell"].tolist() == ["E3"]


def test_written_by_openpyxl(tmp_path):
    """openpyxl keeps no author line in the text: the label opens it."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "登记表"
    for row in [[TITLE], HEAD, *ROWS]:
        ws.append(row)
    for cell, ms in zip(POINT_CELLS, MEASURES, strict=True):
        ws[cell].comment = Comment("预防措施：" + "；".join(ms), "王工")
    wb.save(inbox / "登记表.xlsx")
    got = _read(inbox)
    assert got.risks["measures"].tolist()[1] == "成果资料专人专柜保管"
    assert "MEASURES_BLANK" not in codes(got)


def test_ods_whose_note_promises_measures_in_comments(tmp_path):
    """Our .ods and .xls readers see no comments: where the note says the measures are there,
    the file says so (and its points stay without measures)."""
    note = "注：各风险点防控措施已写入单元格批注。"
    for folder, rows in (
        ("noted", [[TITLE], HEAD, *ROWS, [note]]),
        ("plain", [[TITLE], HEAD, *ROWS]),
    ):
        write_ods(tmp_path / folder / "登记表.ods", {"登记表": rows})
    got = _read(tmp_path / "noted")
    assert set(got.risks["measures"]) == {""}
    unread = got.issues[got.issues["code"] == "FORMAT_UNREAD"]
    assert unread["value"].tolist() == ["批注"] and unread["severity"].tolist() == ["warning"]
    assert "FORMAT_UNREAD" not in codes(_read(tmp_path / "plain"))


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(not SOFFICE, reason="LibreOffice (soffice) is not installed")
def test_resaved_by_libreoffice(tmp_path):
    src = tmp_path / "src" / "登记表.xlsx"
    comments = {
        cell: f"lenovo:\n措施：\n{_numbered(ms)}"
        for cell, ms in zip(POINT_CELLS, MEASURES, strict=True)
    }
    table = [[TITLE], HEAD, *ROWS, ["注：防控措施见风险点批注。"]]
    write_workbook(src, {"登记表": table}, {"登记表": MERGES}, comments={"登记表": comments})
    for fmt in ("xlsx", "xls"):
        subprocess.run([SOFFICE, "--headless", "--convert-to", fmt, "--outdir", str(tmp_path / fmt), str(src)],
                       check=True, capture_output=True, timeout=120)  # fmt: skip
    got = _read(tmp_path / "xlsx")
    assert got.risks["measures"].tolist()[3] == "①罚没款一律开具财政票据；"
    got = _read(tmp_path / "xls")
    assert set(got.risks["measures"]) == {""}
    assert "FORMAT_UNREAD" in set(got.issues["code"])


def test_the_notes_and_the_comments_in_general():
    said = [
        "防控措施见批注",
        "措施详见单元格批注",
        "各岗位风险点的防控措施以批注形式标注",
        "批注内容为该风险点的防控措施",
        "将鼠标移至风险点单元格即可查看防控措施",
        "风险点单元格右上角红色三角处为防控措施",
    ]
    assert all(map(_comments_said_measures, said))
    not_said = [
        "未填写防控措施的已用批注标出",
        "批注为审核意见",
        "防控措施请填写在防控措施栏，不要写在批注中",
        "防控措施不具体的，以批注形式提出修改意见",
        "风险等级见批注",
    ]
    assert not any(map(_comments_said_measures, not_said))
    assert _comment_measures("张三:\n防控措施：\n1.集体研究", False) == "1.集体研究"
    assert _comment_measures("防控措施：集体研究", False) == "集体研究"  # (no author line)
    assert _comment_measures("集体研究决定", False) == ""
    assert _comment_measures("Administrator:\n集体研究决定", True) == "集体研究决定"
    assert _comment_measures("Administrator:\n蒯昉湄", True) == ""  # a name
    assert _comment_measures("分管领导：蒯昉湄", True) == ""  # another field
    assert _comment_measures("Administrator:\n防控措施：请补充", True) == ""
    # the comment xlproc itself writes on a returned copy's cell is no measure
    assert _comment_measures("警告:风险点“违规审批”未填写防控措施;请补填", True) == ""
