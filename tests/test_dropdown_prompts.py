"""A drop-down's input message (数据验证的输入信息, WPS 有效性的提示信息) is part of its sheet's notes.

A template may make a column a drop-down of codes and give their meaning only in the tip that
pops up when a cell is selected (``<dataValidation showInputMessage="1" promptTitle=… prompt=…>``,
or Excel 2010's ``<x14:dataValidation>`` in the sheet's extension list): the reader takes that
text as it takes a note under the table or a text box, never as a cell or a point. The files
here are written by xlsxwriter and openpyxl (the x14 form added with zipfile, as Excel writes it
for a list kept on another sheet), in other words than tests/published/batch412.py.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import openpyxl
import xlsxwriter
from helpers import write_ods
from openpyxl.worksheet.datavalidation import DataValidation

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.workbook import _prompts

TITLE = "XX县市场监督管理局岗位廉政风险点排查表"
HEAD = ["序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险级别", "防控措施"]
LEVEL_COL, TYPE_COL = HEAD.index("风险级别"), HEAD.index("风险类别")
ROWS = [
    [1, "局领导", "局长", "隗清和", "重大执法案件不经集体讨论", "制度机制", "甲", "案审会集体审议"],
    [2, "局领导", "局长", "隗清和", "干预下属办案", "思想道德", "乙", "过问登记"],
    [3, "登记注册股", "股长", "弋沛然", "违规核准登记", "业务流程", "乙", "双人审核"],
    [4, "登记注册股", "股长", "弋沛然", "泄露企业信息", "岗位职责", "丙", "保密承诺"],
    [5, "稽查股", "稽查员", "郗望舒", "选择性执法", "外部环境", "甲", "双随机抽查"],
]
NOTE = "填写说明：风险级别请选中单元格，按下拉列表和提示填写。"
LEGEND = "甲表示一级（高）风险；\n乙表示二级（中）风险；\n丙表示三级（低）风险。"
FIRST = 2  # the first data row (0-based): title, header, then the rows
LAST = FIRST + len(ROWS) - 1


def _xlsxwriter(path: Path, rows, validations, sheets=None) -> Path:
    """A workbook as Excel and WPS keep one: ``validations`` are (r0, c0, r1, c1, options)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    wb = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False})
    ws = wb.add_worksheet("排查表")
    for r, row in enumerate([[TITLE], HEAD, *rows, [NOTE]]):
        for c, v in enumerate(row):
            ws.write(r, c, v)
    for r0, c0, r1, c1, opts in validations:
        ws.data_validation(r0, c0, r1, c1, opts)
    for name, other in (sheets or {}).items():
        extra = wb.add_worksheet(name)
        for r, row in enumerate(other):
            for c, v in enumerate(row):
                extra.write(r, c, v)
    wb.close()
    return path


def _collect(*paths: Path):
    config = load_config()
    inbox = paths[0].parent
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def _levels(res) -> list[str]:
    return res.risks["risk_level"].tolist()


def _codes(res) -> set[str]:
    return set(res.issues["code"])


def test_codes_defined_only_in_the_level_cells_input_message(tmp_path):
    path = _xlsxwriter(tmp_path / "in" / "a.xlsx", ROWS, [(FIRST, LEVEL_COL, LAST, LEVEL_COL, {
        "validate": "list", "source": ["甲", "乙", "丙"],
        "input_title": "级别说明", "input_message": LEGEND,
    })])  # fmt: skip
    res = _collect(path)
    assert _levels(res) == ["Ⅰ级", "Ⅱ级", "Ⅱ级", "Ⅲ级", "Ⅰ级"]
    assert "LEVEL_UNKNOWN" not in _codes(res)
    scale = res.issues[res.issues["code"] == "LEVEL_SCALE"]
    assert scale["value"].tolist() == ["甲=Ⅰ级、乙=Ⅱ级、丙=Ⅲ级"]
    # the message is no point, no holder and no cell of the table
    assert len(res.risks) == len(ROWS)
    assert not res.risks["risk_point"].str.contains("表示").any()
    assert res.posts["person"].tolist() == ["隗清和", "弋沛然", "郗望舒"]
    assert "ROW_UNPLACED" not in _codes(res) and "CELL_OUTSIDE" not in _codes(res)


def test_a_message_over_other_cells_is_still_the_sheets_note(tmp_path):
    # (openpyxl; the tip stands on the heading cell alone, colours for levels, codes for types)
    rows = [[*r[:5], "ABCDE"["思想道德 制度机制 岗位职责 业务流程 外部环境".split().index(r[5])],
             {"甲": "红", "乙": "黄", "丙": "蓝"}[r[6]], r[7]] for r in ROWS]  # fmt: skip
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "清单"
    for row in [[TITLE], HEAD, *rows]:
        ws.append(row)
    head = DataValidation(showInputMessage=True, promptTitle="填写提示",
                          prompt="红色—高风险，黄色—中风险，蓝色—低风险")  # fmt: skip
    head.add("G2")
    kinds = DataValidation(type="list", formula1='"A,B,C,D,E"', showInputMessage=True,
                           prompt="A—思想道德风险；B—制度机制风险；C—岗位职责风险；D—业务流程风险；E—外部环境风险")  # fmt: skip
    kinds.add(f"F3:F{len(rows) + 2}")
    ws.add_data_validation(head)
    ws.add_data_validation(kinds)
    path = tmp_path / "in" / "b.xlsx"
    path.parent.mkdir(parents=True)
    wb.save(path)
    res = _collect(path)
    assert _levels(res) == ["Ⅰ级", "Ⅱ级", "Ⅱ级", "Ⅲ级", "Ⅰ级"]
    assert res.risks["risk_type"].tolist() == [r[5] + "风险" for r in ROWS]
    said = dict(zip(res.issues["code"], res.issues["value"], strict=True))
    assert said["LEVEL_SCALE"] == "红=Ⅰ级、黄=Ⅱ级、蓝=Ⅲ级"
    assert said["TYPE_CODES"].startswith("A=思想道德、B=制度机制")
    assert not {"LEVEL_UNKNOWN", "TYPE_UNKNOWN"} & _codes(res)


def _with_x14(path: Path, sqref: str, title: str, prompt: str, shown: str = "1") -> None:
    """Move the list over ``sqref`` into Excel 2010's extension list, its source on another
    sheet, with an input message: how Excel writes a drop-down whose list is kept elsewhere."""
    with zipfile.ZipFile(path) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    xml = parts["xl/worksheets/sheet1.xml"].decode("utf-8")
    ext = (
        '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" '
        'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">'
        '<x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">'
        f'<x14:dataValidation type="list" allowBlank="1" showInputMessage="{shown}" showErrorMessage="1" '
        f'promptTitle="{title}" prompt="{prompt}"><x14:formula1><xm:f>代码!$A$1:$A$3</xm:f>'
        f"</x14:formula1><xm:sqref>{sqref}</xm:sqref></x14:dataValidation></x14:dataValidations>"
        "</ext></extLst>"
    )
    xml = xml.replace("</worksheet>", ext + "</worksheet>")
    parts["xl/worksheets/sheet1.xml"] = xml.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)


def test_the_x14_form_excel_writes_for_a_list_on_another_sheet(tmp_path):
    rows = [[*r[:6], {"甲": "Ⅰ类", "乙": "Ⅱ类", "丙": "Ⅲ类"}[r[6]], r[7]] for r in ROWS]
    path = _xlsxwriter(tmp_path / "in" / "c.xlsx", rows, [], {"代码": [["Ⅰ类"], ["Ⅱ类"], ["Ⅲ类"]]})
    prompt = "Ⅰ类为较高风险&#10;Ⅱ类为一般风险&#10;Ⅲ类为较低风险"
    _with_x14(path, f"G{FIRST + 1}:G{LAST + 1}", "等级", prompt)
    xml = zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml").decode("utf-8")
    assert _prompts(xml) == [
        (f"G{FIRST + 1}:G{LAST + 1}", "等级\nⅠ类为较高风险\nⅡ类为一般风险\nⅢ类为较低风险")
    ]
    res = _collect(path)
    assert _levels(res) == ["Ⅰ级", "Ⅱ级", "Ⅱ级", "Ⅲ级", "Ⅰ级"]
    assert "LEVEL_UNKNOWN" not in _codes(res)


def test_a_message_that_defines_nothing_reads_as_before(tmp_path):
    # drop-downs over ordinary words, their tips only asking for a choice: as a plain copy
    rows = [[*r[:6], {"甲": "高", "乙": "中", "丙": "低"}[r[6]], r[7]] for r in ROWS]
    ask = {"validate": "list", "source": ["高", "中", "低"], "input_title": "风险级别",
           "input_message": "请从下拉列表中选择，不要手工输入。"}  # fmt: skip
    plain = _collect(_xlsxwriter(tmp_path / "p" / "plain.xlsx", rows, []))
    tipped = _collect(_xlsxwriter(tmp_path / "t" / "tipped.xlsx", rows, [(FIRST, LEVEL_COL, LAST, LEVEL_COL, ask)]))  # fmt: skip
    assert _levels(tipped) == _levels(plain) == ["Ⅰ级", "Ⅱ级", "Ⅱ级", "Ⅲ级", "Ⅰ级"]
    assert sorted(zip(tipped.issues["code"], tipped.issues["cell"], strict=True)) == sorted(
        zip(plain.issues["code"], plain.issues["cell"], strict=True)
    )
    assert tipped.risks.drop(columns=["source_file"]).equals(
        plain.risks.drop(columns=["source_file"])
    )


def test_a_message_switched_off_or_on_another_sheet_defines_nothing_here(tmp_path):
    # Excel keeps the text of a tip whose 'show input message' box was unticked: no one sees it
    path = _xlsxwriter(tmp_path / "off" / "d.xlsx", ROWS, [], {"代码": [["甲"], ["乙"], ["丙"]]})
    _with_x14(
        path, f"G{FIRST + 1}:G{LAST + 1}", "级别说明", LEGEND.replace("\n", "&#10;"), shown="0"
    )
    res = _collect(path)
    assert set(res.issues[res.issues["code"] == "LEVEL_UNKNOWN"]["value"]) == {"甲", "乙", "丙"}
    assert "LEVEL_SCALE" not in _codes(res)
    # a tip on another sheet is that sheet's note, not this one's
    other = {"validate": "list", "source": ["甲", "乙", "丙"], "input_message": LEGEND}
    wb = tmp_path / "elsewhere" / "e.xlsx"
    wb.parent.mkdir(parents=True)
    book = xlsxwriter.Workbook(str(wb))
    book.add_worksheet("填报").data_validation(0, 0, 5, 0, other)
    ws = book.add_worksheet("排查表")
    for r, row in enumerate([[TITLE], HEAD, *ROWS]):
        for c, v in enumerate(row):
            ws.write(r, c, v)
    book.close()
    res = _collect(wb)
    assert "LEVEL_SCALE" not in _codes(res)
    assert len(res.issues[res.issues["code"] == "LEVEL_UNKNOWN"]) == len(ROWS)


def test_a_message_whose_meaning_is_unclear_invents_nothing(tmp_path):
    # one code named, the others only 'lower': which is 二级 and which 三级 is not said
    tip = {"validate": "list", "source": ["甲", "乙", "丙"], "input_title": "风险级别",
           "input_message": "甲为最高，乙、丙依次降低。"}  # fmt: skip
    path = _xlsxwriter(tmp_path / "in" / "f.xlsx", ROWS, [(FIRST, LEVEL_COL, LAST, LEVEL_COL, tip)])
    res = _collect(path)
    unknown = res.issues[res.issues["code"] == "LEVEL_UNKNOWN"]
    assert len(unknown) == len(ROWS) and "LEVEL_SCALE" not in _codes(res)
    assert re.fullmatch(r"G\d+", unknown["cell"].iloc[0])


def test_a_copy_that_keeps_no_messages_says_so(tmp_path):
    # an .ods copy (LibreOffice keeps the tip in content.xml, which the reader does not read)
    rows = [[TITLE], HEAD, *ROWS, [NOTE]]
    write_ods(tmp_path / "in" / "g.ods", {"排查表": rows})
    res = _collect(tmp_path / "in" / "g.ods")
    said = res.issues[res.issues["code"] == "PROMPTS_UNREAD"]
    assert said["severity"].tolist() == ["warning"] and said["value"].tolist() == ["风险级别"]
    assert ".ods" in said["message"].iloc[0]
    assert len(res.issues[res.issues["code"] == "LEVEL_UNKNOWN"]) == len(ROWS)  # (as read)
    # known levels, or no note sending the holder to a tip: nothing to say
    known = [[*r[:6], {"甲": "高", "乙": "中", "丙": "低"}[r[6]], r[7]] for r in ROWS]
    write_ods(tmp_path / "k" / "h.ods", {"排查表": [[TITLE], HEAD, *known, [NOTE]]})
    write_ods(
        tmp_path / "n" / "i.ods", {"排查表": [[TITLE], HEAD, *ROWS, ["温馨提示：请如实填写。"]]}
    )
    for inbox in ("k", "n"):
        assert "PROMPTS_UNREAD" not in _codes(_collect(next((tmp_path / inbox).iterdir())))
