"""Risk types given only by the colour of the point cells, under a note tying colours to types.

Each case is a small table written as a real .xlsx (xlsxwriter or openpyxl) and read back as
``collect_inbox`` reads it. The units, names, colours and captions are not batch 450's: a 供销社,
a 水务局 and a 卫健局, other colours for other types, notes worded otherwise.
"""

import shutil
import subprocess
from pathlib import Path

import pytest

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.fills import colour_types

HEAD = ["序号", "股室", "职务", "姓名", "岗位风险点", "风险等级", "防范措施"]
# (职务, 姓名, 岗位风险点, 风险等级, colour)
ROWS = [
    ("主任", "娄沛琮", "农资储备招标暗箱操作", "高", "#FF0000"),
    ("副主任", "冉渝珩", "社有资产出租价格不公", "中", "#0070C0"),
    ("会计", "郜湘婕", "专项资金拨付不按进度", "低", "#00B050"),
    ("出纳", "蔺晟昀", "收付款项公款私存", "中", "#FF0000"),
]
FILL_NOTE = (
    "说明：岗位风险点所在单元格的背景色代表风险类别——红色代表岗位职责类，"
    "蓝色代表制度机制类，绿色代表思想道德类。"
)


def read(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def book(
    path: Path,
    note: str,
    rows=ROWS,
    head=HEAD,
    font: bool = False,
    types: list[str] | None = None,
) -> Path:
    """A 供销社 list: each point cell filled (or its text coloured) as ``rows`` say, ``note`` under it."""
    import xlsxwriter

    path.parent.mkdir(parents=True, exist_ok=True)
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("风险排查")
    formats = {}
    for *_x, colour in rows:
        if colour and colour not in formats:
            spec = {"font_color": colour} if font else {"bg_color": colour, "pattern": 1}
            formats[colour] = wb.add_format(spec)
    ws.write_row(0, 0, ["XX县供销合作社岗位廉政风险排查表"])
    ws.write_row(1, 0, head)
    for r, (post, name, point, level, colour) in enumerate(rows, 2):
        ws.write_row(r, 0, [r - 1, "业务股", post, name])
        if colour:
            ws.write_string(r, 4, point, formats[colour])
        else:
            ws.write_string(r, 4, point)
        ws.write_string(r, 5, level)
        ws.write_string(r, 6, "集体研究，定期公开")
        if types:
            ws.write_string(r, 7, types[r - 2])
    ws.write_string(len(rows) + 2, 0, note)
    wb.close()
    return path


def codes(got) -> set[str]:
    return set(got.issues["code"])


def test_types_by_the_point_cells_fill(tmp_path):
    got = read(book(tmp_path / "in" / "t.xlsx", FILL_NOTE).parent)
    assert got.risks["risk_type"].tolist() == [
        "岗位职责风险",
        "制度机制风险",
        "思想道德风险",
        "岗位职责风险",
    ]
    assert got.risks["risk_level"].tolist() == [
        "Ⅰ级",
        "Ⅱ级",
        "Ⅲ级",
        "Ⅱ级",
    ]  # (the column's, not the colour's)
    assert codes(got) == {"TYPE_BY_COLOUR"}  # (no TABLE_NO_TYPE: the types are read)
    msg = got.issues["message"].iloc[0]
    assert "风险排查" in msg and "红色=岗位职责风险" in msg and "底色" in msg


def test_a_near_shade_is_the_colour_the_note_names(tmp_path):
    # Excel's 深红 and 浅绿 under a note naming 红 and 绿
    rows = [(*r[:4], {"#FF0000": "#C00000", "#00B050": "#92D050"}.get(r[4], r[4])) for r in ROWS]
    got = read(book(tmp_path / "in" / "t.xlsx", FILL_NOTE, rows).parent)
    assert got.risks["risk_type"].tolist() == [
        "岗位职责风险",
        "制度机制风险",
        "思想道德风险",
        "岗位职责风险",
    ]


def test_types_by_the_texts_colour_written_by_openpyxl(tmp_path):
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "卫健局"
    ws.append(["XX市卫生健康局廉政风险点台账"])
    ws.append(["编号", "岗位", "责任人", "风险描述", "等级", "措施"])
    data = [("科长", "仉彦琨", "医疗机构校验放宽标准", "一级", "7030A0"),
            ("科员", "夹谷湉", "药品采购收受回扣", "二级", "FFC000"),
            ("科员", "亓官瑶", "执法检查通风报信", "三级", "7030A0")]  # fmt: skip
    for i, (post, name, point, level, colour) in enumerate(data, 1):
        ws.append([i, post, name, point, level, "公开透明"])
        ws.cell(row=i + 2, column=4).font = Font(color="FF" + colour)
    ws.append(
        ["备注：风险描述的字体颜色标明风险类型，紫色字体为外部环境风险，橙色字体为业务流程风险。"]
    )
    (tmp_path / "in").mkdir()
    wb.save(tmp_path / "in" / "t.xlsx")
    got = read(tmp_path / "in")
    assert got.risks["risk_type"].tolist() == ["外部环境风险", "业务流程风险", "外部环境风险"]
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级", "Ⅲ级"]
    assert "文字颜色" in got.issues.loc[got.issues["code"] == "TYPE_BY_COLOUR", "message"].iloc[0]


def test_levels_by_fill_and_types_by_font_in_one_note(tmp_path):
    # no level column: the fill gives the level, the font the type; kept apart by the word after 为
    import xlsxwriter

    (tmp_path / "in").mkdir()
    wb = xlsxwriter.Workbook(str(tmp_path / "in" / "t.xlsx"))
    ws = wb.add_worksheet("水务局")
    ws.write_row(0, 0, ["序号", "科室", "岗位", "姓名", "廉政风险点", "防控措施"])
    data = [("#FF0000", "#0070C0", "河道采砂许可违规审批"), ("#FFFF00", "#00B050", "工程验收走过场"),
            ("#FFFF00", "#0070C0", "水资源费减免不按规定")]  # fmt: skip
    for r, (fill, font, point) in enumerate(data, 1):
        ws.write_row(r, 0, [r, "水政科", "科员", f"闻人{'一二三'[r - 1]}"])
        ws.write_string(
            r, 4, point, wb.add_format({"bg_color": fill, "pattern": 1, "font_color": font})
        )
        ws.write_string(r, 5, "复核")
    ws.write_string(5, 0, "注：风险点以底色标示等级：红色为高风险，黄色为中风险。")
    ws.write_string(
        6, 0, "风险点字体颜色区分类型：蓝色字体为制度机制风险，绿色字体为思想道德风险。"
    )
    wb.close()
    got = read(tmp_path / "in")
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级", "Ⅱ级"]
    assert got.risks["risk_type"].tolist() == ["制度机制风险", "思想道德风险", "制度机制风险"]
    assert {"LEVEL_COLOURS", "TYPE_BY_COLOUR"} <= codes(got)


def test_a_note_of_level_colours_reads_as_before(tmp_path):
    # (no type named: the fills are levels only, no type is made up)
    rows = [(*r[:3], "", r[4]) for r in ROWS]
    note = "注：风险点以底色标示：红色为高风险，蓝色为中风险，绿色为低风险。"
    got = read(book(tmp_path / "in" / "t.xlsx", note, rows).parent)
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级", "Ⅲ级", "Ⅰ级"]
    assert set(got.risks["risk_type"]) == {""}
    assert codes(got) == {"LEVEL_COLOURS", "TABLE_NO_TYPE"}


def test_a_type_column_keeps_its_own_words(tmp_path):
    head = [*HEAD, "风险类型"]
    words = ["思想道德", "外部环境", "业务流程", "思想道德"]
    got = read(book(tmp_path / "in" / "t.xlsx", FILL_NOTE, head=head, types=words).parent)
    assert got.risks["risk_type"].tolist() == [
        "思想道德风险",
        "外部环境风险",
        "业务流程风险",
        "思想道德风险",
    ]
    assert "TYPE_BY_COLOUR" not in codes(got)


def test_a_colour_the_note_does_not_name_types_nothing(tmp_path):
    # a purple cell under a note naming red, blue and green: no point is typed, the cell is said
    rows = [*ROWS[:3], (*ROWS[3][:4], "#7030A0")]
    got = read(book(tmp_path / "in" / "t.xlsx", FILL_NOTE, rows).parent)
    assert set(got.risks["risk_type"]) == {""}
    bad = got.issues[got.issues["code"] == "TYPE_COLOUR_UNCLEAR"]
    assert bad["value"].tolist() == ["E6"] and bad["severity"].tolist() == ["warning"]
    assert "TABLE_NO_TYPE" in codes(got)


def test_a_theme_colour_types_nothing(tmp_path):
    # a fill from the theme's palette: its colour is not known here, so nothing is read
    from openpyxl import load_workbook
    from openpyxl.styles import PatternFill
    from openpyxl.styles.colors import Color

    path = book(tmp_path / "in" / "t.xlsx", FILL_NOTE)
    wb = load_workbook(path)
    wb["风险排查"]["E3"].fill = PatternFill("solid", fgColor=Color(theme=5, tint=0.4))
    wb.save(path)
    got = read(path.parent)
    assert set(got.risks["risk_type"]) == {""}
    assert got.issues.loc[got.issues["code"] == "TYPE_COLOUR_UNCLEAR", "value"].tolist() == ["E3"]


def test_an_uncoloured_point_stays_untyped(tmp_path):
    rows = [*ROWS[:3], (*ROWS[3][:4], "")]
    got = read(book(tmp_path / "in" / "t.xlsx", FILL_NOTE, rows).parent)
    assert got.risks["risk_type"].tolist() == ["岗位职责风险", "制度机制风险", "思想道德风险", ""]
    said = got.issues.loc[got.issues["code"] == "TYPE_BY_COLOUR", "value"].iloc[0]
    assert said.endswith("E6 未标颜色,未定类型")
    assert "TABLE_NO_TYPE" in codes(got)


def test_a_note_over_cells_never_coloured_reads_as_before(tmp_path):
    rows = [(*r[:4], "") for r in ROWS]
    got = read(book(tmp_path / "in" / "t.xlsx", FILL_NOTE, rows).parent)
    assert set(got.risks["risk_type"]) == {""}
    assert codes(got) == {"TABLE_NO_TYPE"}


@pytest.mark.parametrize(
    ("note", "want"),
    [
        (FILL_NOTE, ({"红": "岗位职责风险", "蓝": "制度机制风险", "绿": "思想道德风险"}, "fill")),
        ("注：红色为高风险，黄色为中风险，绿色为低风险。", ({}, "")),  # levels, no types
        (
            "标黄的为思想道德风险；标绿的为外部环境风险（含请托）",
            ({"黄": "思想道德风险", "绿": "外部环境风险"}, ""),
        ),
        (
            "黄色为思想道德风险，黄色为制度机制风险，绿色为外部环境风险",
            ({}, ""),
        ),  # one colour two ways
        ("黄色为决策风险，绿色为履职风险", ({}, "")),  # words beyond the vocabulary
        ("黄色为思想道德风险", ({}, "")),  # one colour: no key
    ],
)
def test_colour_types(note, want):
    assert colour_types(note, load_config().types) == want


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(not SOFFICE, reason="LibreOffice (soffice) is not installed")
def test_resaved_by_libreoffice(tmp_path):
    # as .xlsx the fills stay and are read; as .xls they are not read, and the sheet says so
    src = book(tmp_path / "src" / "t.xlsx", FILL_NOTE)
    profile = f"-env:UserInstallation=file://{tmp_path / 'lo'}"
    got = {}
    for fmt in ("xlsx", "xls"):
        inbox = tmp_path / fmt
        subprocess.run([SOFFICE, profile, "--headless", "--convert-to", fmt, "--outdir", str(inbox), str(src)],
                       check=True, capture_output=True, timeout=180)  # fmt: skip
        got[fmt] = read(inbox)
    want = ["岗位职责风险", "制度机制风险", "思想道德风险", "岗位职责风险"]
    assert got["xlsx"].risks["risk_type"].tolist() == want
    assert codes(got["xlsx"]) == {"TYPE_BY_COLOUR"}
    assert set(got["xls"].risks["risk_type"]) == {""}
    unread = got["xls"].issues[got["xls"].issues["code"] == "FORMAT_UNREAD"]
    assert unread["value"].tolist() == ["单元格颜色"]


def test_rows_banded_in_one_colour_are_no_types(tmp_path):
    # (review 74: a table style's stripes under a type-colour note)
    rows = [
        ("主任", "娄沛琮", "农资储备招标暗箱操作", "高", ""),
        ("副主任", "冉渝珩", "社有资产出租价格不公", "中", "#9BC2E6"),
        ("会计", "郜湘婕", "专项资金拨付不按进度", "低", ""),
        ("出纳", "蔺晟昀", "收付款项公款私存", "中", "#9BC2E6"),
        ("保管员", "阙知微", "物资出入库不登记", "低", ""),
        ("司机", "冼书白", "公车私用", "低", "#9BC2E6"),
    ]
    got = read(book(tmp_path / "in" / "t.xlsx", FILL_NOTE, rows).parent)
    assert set(got.risks["risk_type"]) == {""}
    assert "TYPE_BY_COLOUR" not in codes(got) and "TABLE_NO_TYPE" in codes(got)
