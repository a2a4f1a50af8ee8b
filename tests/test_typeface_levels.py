"""Levels told by the typeface of the point cells under a note saying what each face means
('字体加粗的为一级风险点，加下划线的为二级风险点，常规字体的为三级风险点'): a list printed in black and
white, with no level column. Each case is a real workbook (xlsxwriter, openpyxl, LibreOffice)
in other words than the published batches (batch428, batch432), read back as ``collect_inbox``
reads it."""

import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter
from helpers import write_ods
from openpyxl.styles import Font

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.fills import face_levels

HEAD = ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "防控措施"]
# (科室, 岗位, 姓名, 风险点, 类型, face) — face: None plain, a set of 'bold'/'italic'/'underline'
ROWS = [
    ("水政监察大队", "大队长", "嵇沐川", "河道采砂执法中选择性处罚", "岗位职责", {"bold"}),
    ("水政监察大队", "大队长", "嵇沐川", "涉水案件查处不及时", "业务流程", {"italic"}),
    ("水政监察大队", "大队长", "嵇沐川", "执法车辆公车私用", "思想道德", None),
    ("农村水利股", "股长", "滕晓岚", "饮水工程验收走过场", "制度机制", {"italic"}),
    ("农村水利股", "股长", "滕晓岚", "灌区补助资金分配不公", "外部环境", {"bold"}),
]


def _read(folder: Path):
    config = load_config()
    files = list(discover([folder]))
    return assemble((read_file(p, rel, config) for p, rel in files), config, [folder])


def _xlsx(path: Path, rows, note: str, rich: dict | None = None, level_col: list | None = None):
    """A list of points with no level column (or ``level_col``'s words in one), each point cell
    in its face, written by xlsxwriter; ``rich`` maps a row's index to rich-text runs
    [(text, face)]."""
    path.parent.mkdir(parents=True, exist_ok=True)
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("清单")
    fmts = {}

    def fmt(face):
        key = frozenset(face or ())
        if key not in fmts:
            fmts[key] = wb.add_format({"bold": "bold" in key, "italic": "italic" in key,
                                       "underline": 1 if "underline" in key else 0})  # fmt: skip
        return fmts[key]

    head = HEAD[:5] + (["风险等级"] if level_col else []) + HEAD[5:]
    ws.write_row(0, 0, ["XX县水务局岗位廉政风险防控清单"])
    ws.write_row(1, 0, head)
    for i, (dept, post, who, point, typ, face) in enumerate(rows):
        r = i + 2
        ws.write_row(r, 0, [i + 1, dept, post, who])
        if rich and i in rich:
            parts = []
            for text, f in rich[i]:
                parts += [fmt(f), text]
            ws.write_rich_string(r, 4, *parts)
        else:
            ws.write_string(r, 4, point, fmt(face))
        rest = ([level_col[i]] if level_col else []) + [typ, "集体研究，定期公示"]
        ws.write_row(r, 5, rest)
    ws.merge_range(len(rows) + 2, 0, len(rows) + 2, len(head) - 1, note)
    wb.close()
    return path


NOTE = (
    "说明：本清单未设等级栏，风险点用加粗字体标示的为高风险，用斜体标示的为中风险，其余为低风险。"
)


def test_bold_italic_and_the_rest_read_as_the_note_says(tmp_path):
    # all runs of a rich-text cell in one face: that face (the last row, two bold runs)
    rich = {4: [("灌区补助资金", {"bold"}), ("分配不公", {"bold"})]}
    _xlsx(tmp_path / "a" / "t.xlsx", ROWS, NOTE, rich)
    got = _read(tmp_path / "a")
    assert got.risks["risk_point"].tolist()[-1] == "灌区补助资金分配不公"
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级", "Ⅲ级", "Ⅱ级", "Ⅰ级"]
    assert set(got.issues["code"]) == {"LEVEL_TYPEFACE"}
    said = got.issues["value"].iloc[0]
    assert said == "加粗=Ⅰ级、斜体=Ⅱ级、其余=Ⅲ级"


def test_faces_together_are_told_from_each_alone(tmp_path):
    # openpyxl's file, the level named before the face: bold AND underlined 一级, bold 二级
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "台账"
    ws.append(["XX镇卫生院岗位廉政风险台账"])
    ws.append(["序号", "岗位", "责任人", "廉政风险点", "风险类型", "防控措施"])
    cases = [("院长", "聂沅芷", "药品采购中收受回扣", Font(b=True, u="single"), "Ⅰ级"),
             ("院长", "聂沅芷", "绩效分配不公开", Font(b=True), "Ⅱ级"),
             ("药房", "仉予乔", "药品出入库账实不符", Font(), "Ⅲ级"),
             ("药房", "仉予乔", "过期药品处置不规范", Font(b=True), "Ⅱ级"),
             ("收费室", "钭清越", "收费不开票据", Font(b=True, u="single"), "Ⅰ级")]  # fmt: skip
    for i, (post, who, point, font, _lv) in enumerate(cases, 1):
        ws.append([i, post, who, point, "业务流程", "双人复核"])
        ws.cell(row=ws.max_row, column=4).font = font
    ws.append(["备注：一级风险点加粗并加下划线；二级风险点只加粗；三级风险点为正常字体。"])
    (tmp_path / "b").mkdir()
    wb.save(tmp_path / "b" / "t.xlsx")
    got = _read(tmp_path / "b")
    assert got.risks["risk_level"].tolist() == [c[4] for c in cases]
    assert "LEVEL_TYPEFACE" in set(got.issues["code"])
    assert "LEVEL_TYPEFACE_UNCLEAR" not in set(got.issues["code"])


def test_a_face_the_note_does_not_name_stays_blank_and_is_said(tmp_path):
    # the note names bold and underline only, no 'rest': a plain cell, an italic one, a cell
    # bold and underlined at once and a rich-text cell half bold are not guessed at
    note = "注：加粗的为较高风险点，加下划线的为一般风险点。"
    rows = [
        ("财务室", "会计", "甘霖霏", "虚列会议费支出", "制度机制", {"bold"}),
        ("财务室", "会计", "甘霖霏", "银行账户管理不严", "制度机制", {"underline"}),
        ("财务室", "出纳", "殳念慈", "现金超限额存放", "岗位职责", None),
        ("财务室", "出纳", "殳念慈", "票据领用不登记", "岗位职责", {"italic"}),
        ("财务室", "出纳", "殳念慈", "公款私存", "思想道德", {"bold", "underline"}),
        ("财务室", "出纳", "殳念慈", "挪用备用金", "思想道德", None),
    ]
    rich = {5: [("挪用备用金", {"bold"}), ("未及时归还", None)]}
    _xlsx(tmp_path / "c" / "t.xlsx", rows, note, rich)
    got = _read(tmp_path / "c")
    assert got.risks["risk_level"].tolist() == ["Ⅱ级", "Ⅲ级", "", "", "", ""]  # (较高, 一般)
    unclear = got.issues[got.issues["code"] == "LEVEL_TYPEFACE_UNCLEAR"]
    assert unclear["value"].tolist() == ["E5、E6、E7、E8"]
    assert unclear["severity"].tolist() == ["warning"]
    assert (got.issues["code"] == "LEVEL_BLANK").sum() == 4


def test_files_near_the_shape_read_as_before(tmp_path):
    # bold marking new points (no level): the level column is read, nothing by the faces
    new = "注：加粗的为本次新增的风险点，其余为原有风险点。"
    _xlsx(tmp_path / "d" / "t.xlsx", ROWS, new, level_col=["中", "低", "高", "中", "低"])
    got = _read(tmp_path / "d")
    assert got.risks["risk_level"].tolist() == ["Ⅱ级", "Ⅲ级", "Ⅰ级", "Ⅱ级", "Ⅲ级"]
    assert not {"LEVEL_TYPEFACE", "LEVEL_TYPEFACE_UNCLEAR"} & set(got.issues["code"])
    # a typeface note over a filled level column: the column stands, whatever the faces
    _xlsx(tmp_path / "e" / "t.xlsx", ROWS, NOTE, level_col=["低", "低", "低", "低", "低"])
    got = _read(tmp_path / "e")
    assert set(got.risks["risk_level"]) == {"Ⅲ级"}
    assert not {"LEVEL_TYPEFACE", "LEVEL_TYPEFACE_UNCLEAR"} & set(got.issues["code"])
    # the note, but no point cell in any face (the faces lost in a copy): nothing is read,
    # not even the 'rest' level for every cell
    plain = [(*r[:5], None) for r in ROWS]
    _xlsx(tmp_path / "f" / "t.xlsx", plain, NOTE)
    got = _read(tmp_path / "f")
    assert set(got.risks["risk_level"]) == {""}
    assert (got.issues["code"] == "LEVEL_BLANK").sum() == len(ROWS)
    assert not {"LEVEL_TYPEFACE", "LEVEL_TYPEFACE_UNCLEAR"} & set(got.issues["code"])
    # a colour note is the colour rule's, not this one's
    _xlsx(tmp_path / "g" / "t.xlsx", ROWS, "注：红色字体的为高风险，加粗的为中风险，其余为低风险。")
    got = _read(tmp_path / "g")
    assert set(got.risks["risk_level"]) == {""}
    assert "LEVEL_TYPEFACE" not in set(got.issues["code"])


def test_an_ods_copy_says_the_faces_were_not_read(tmp_path):
    rows = [["XX县水务局岗位廉政风险防控清单"], HEAD]
    rows += [[i + 1, *r[:4], r[4], "集体研究"] for i, r in enumerate(ROWS)]
    rows += [[NOTE]]
    write_ods(tmp_path / "h" / "t.ods", {"清单": rows})
    got = _read(tmp_path / "h")
    assert set(got.risks["risk_level"]) == {""}
    unread = got.issues[got.issues["code"] == "FORMAT_UNREAD"]
    assert len(unread) == 1 and "字体" in unread["value"].iloc[0]


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(not SOFFICE, reason="LibreOffice (soffice) is not installed")
def test_resaved_by_libreoffice(tmp_path):
    src = _xlsx(tmp_path / "src" / "清单.xlsx", ROWS, NOTE)
    for fmt in ("xlsx", "xls"):
        subprocess.run([SOFFICE, "--headless", "--convert-to", fmt, "--outdir", str(tmp_path / fmt), str(src)],
                       check=True, capture_output=True, timeout=120)  # fmt: skip
    got = _read(tmp_path / "xlsx")
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级", "Ⅲ级", "Ⅱ级", "Ⅰ级"]
    got = _read(tmp_path / "xls")
    assert set(got.risks["risk_level"]) == {""}
    assert "FORMAT_UNREAD" in set(got.issues["code"])


@pytest.mark.parametrize(
    ("note", "faces", "rest"),
    [
        ("以风险点字体区分：粗体表示重大风险，下划线表示较大风险，其他为一般风险。",
         {("bold",): "Ⅰ级", ("underline",): "Ⅱ级"}, "Ⅲ级"),
        ("加粗且带下划线的为高风险，加粗的为中风险，未加粗的为低风险。",
         {("bold", "underline"): "Ⅰ级", ("bold",): "Ⅱ级"}, "Ⅲ级"),
        ("高风险点加粗、中风险点加双下划线、低风险点加单下划线。",
         {("bold",): "Ⅰ级", ("underline2",): "Ⅱ级", ("underline",): "Ⅲ级"}, ""),
        ("加粗或加下划线的为一级风险点，其余为二级风险点。",
         {("bold",): "Ⅰ级", ("underline",): "Ⅰ级"}, "Ⅱ级"),
        ("加粗的为新增风险点，加下划线的为修改的风险点。", {}, ""),  # no level
        ("加粗的为一级风险点。", {}, ""),  # one face alone says nothing of the others
        ("加粗字体表示一级、二级风险点，其余为三级。", {}, ""),  # which is which not said
        ("楷体字为一级风险点，加下划线的为二级，其余为三级。", {}, ""),  # a font's family
        ("标题加粗，风险等级分为一级、二级、三级。", {}, ""),
    ],
)  # fmt: skip
def test_what_a_note_gives_each_face(note, faces, rest):
    got, other = face_levels(note, load_config().level)
    assert {tuple(sorted(k)): v for k, v in got.items()} == faces
    assert other == rest
