"""Levels told by the FONT colour of the point cells under a key that names the text's colour
once and then each colour and its level ('字体颜色：红—一级　橙—二级　黑—三级', '风险点文字颜色：紫色为
高风险，蓝色为中风险，其余为低风险', '字色说明：红-Ⅰ级；绿-Ⅱ级；黑-Ⅲ级'): a list with no level column.
``fills.font_levels`` reads a note naming the font at each colour ('红色字体的为高风险点…'); a key
naming it once was read as no level at all (batch1060). Each case is a real workbook (xlsxwriter,
openpyxl, an .ods) in other words than the batch, read back as ``collect_inbox`` reads it; info
LEVEL_FONT_KEY at the key's cell, a point in a colour the key does not name left blank
(LEVEL_BLANK at its cell)."""

from pathlib import Path

import openpyxl
import pytest
import xlsxwriter
from helpers import write_ods
from openpyxl.styles import Font

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.fills import font_key_levels

HEAD = ["序号", "股室", "职务", "责任人", "风险点描述", "防范措施"]
# (股室, 职务, 责任人, 风险点, font colour or None)
ROWS = [
    ("国库股", "股长", "仆固泠", "国库集中支付审核放宽", "#7030A0"),
    ("国库股", "股长", "仆固泠", "财政专户资金调度不报批", "#7030A0"),
    ("采购股", "采购员", "拓跋琇", "采购需求设置倾向性条款", "#0070C0"),
    ("采购股", "采购员", "拓跋琇", "验收环节走过场", None),
    ("农财股", "会计", "宇文霁", "涉农补贴发放名册审核不严", "#0070C0"),
    ("农财股", "会计", "宇文霁", "会计凭证装订归档不及时", None),
]


def _read(folder: Path):
    config = load_config()
    files = list(discover([folder]))
    return assemble((read_file(p, rel, config) for p, rel in files), config, [folder])


def _xlsx(path: Path, rows, note: str, *, above=False, level_col=None) -> Path:
    """A list of points (no level column unless ``level_col``) each typed in its font colour,
    the ``note`` merged across above the header or under the table (xlsxwriter)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("台账")
    fmts: dict = {None: wb.add_format({"border": 1})}

    def fmt(colour):
        if colour not in fmts:
            fmts[colour] = wb.add_format({"border": 1, "font_color": colour})
        return fmts[colour]

    head = HEAD[:5] + (["风险等级"] if level_col else []) + HEAD[5:]
    r = 0
    ws.write(r, 0, "XX县财政局廉政风险点台账")
    r += 1
    if above:
        ws.merge_range(r, 0, r, len(head) - 1, note)
        r += 1
    ws.write_row(r, 0, head)
    for i, (dept, post, who, point, colour) in enumerate(rows):
        r += 1
        ws.write_row(r, 0, [i + 1, dept, post, who], fmts[None])
        ws.write_string(r, 4, point, fmt(colour))
        rest = ([level_col[i]] if level_col else []) + ["集体研究，全程留痕"]
        ws.write_row(r, 5, rest, fmts[None])
    if not above:
        ws.merge_range(r + 1, 0, r + 1, len(head) - 1, note)
    wb.close()
    return path


def test_a_key_under_the_table_naming_the_text_colour_once(tmp_path):
    note = "注：风险点文字颜色：紫色为高风险，蓝色为中风险，其余为低风险。"
    _xlsx(tmp_path / "a" / "t.xlsx", ROWS, note)
    got = _read(tmp_path / "a")
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅰ级", "Ⅱ级", "Ⅲ级", "Ⅱ级", "Ⅲ级"]
    key = got.issues[got.issues["code"] == "LEVEL_FONT_KEY"]
    assert key["cell"].tolist() == ["A9"] and key["severity"].tolist() == ["info"]
    assert "紫色=Ⅰ级、蓝色=Ⅱ级、其余=Ⅲ级" in key["message"].iloc[0]
    assert not {"LEVEL_BLANK", "LEVEL_COLOURS"} & set(got.issues["code"])


def test_a_key_above_the_table_in_openpyxl_a_colour_it_does_not_name_left_blank(tmp_path):
    # a 卫生院's list: the key between the title and the header, its entries parted by '；';
    # the black of the key written out in one cell, one point blue (the key names no blue)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "风险点"
    ws.append(["XX镇卫生院岗位廉政风险点一览表"])
    ws.append(["字色说明：红-Ⅰ级；绿-Ⅱ级；黑-Ⅲ级"])
    ws.append(["编号", "岗位", "人员", "廉政风险点", "防控办法"])
    cases = [("院长", "贺楼沅", "绩效考核方案未经职代会", "FFFF0000", "Ⅰ级"),
             ("院长", "贺楼沅", "基建工程直接发包", "FFFF0000", "Ⅰ级"),
             ("药剂科", "綦连湉", "药品验收不核对批号", "FF00B050", "Ⅱ级"),
             ("药剂科", "綦连湉", "过期药品销毁无记录", "FF000000", "Ⅲ级"),
             ("收费室", "厍翃", "退费不经审批", "FF0070C0", ""),
             ("收费室", "厍翃", "票据作废不留存", None, "Ⅲ级")]  # fmt: skip
    for i, (post, who, point, rgb, _lv) in enumerate(cases, 1):
        ws.append([i, post, who, point, "双人复核"])
        if rgb:
            ws.cell(row=ws.max_row, column=4).font = Font(color=rgb)
    (tmp_path / "b").mkdir()
    wb.save(tmp_path / "b" / "t.xlsx")
    got = _read(tmp_path / "b")
    assert got.risks["risk_level"].tolist() == [c[4] for c in cases]
    key = got.issues[got.issues["code"] == "LEVEL_FONT_KEY"]
    assert key["cell"].tolist() == ["A2"]
    blank = got.issues[got.issues["code"] == "LEVEL_BLANK"]
    assert blank["cell"].tolist() == ["D8"] and blank["severity"].tolist() == ["error"]


@pytest.mark.parametrize(
    ("legend", "levels", "rest"),
    [
        ("字体颜色：红—一级　橙—二级　黑—三级", {"红": "Ⅰ级", "橙": "Ⅱ级"}, "Ⅲ级"),
        (
            "说明：风险等级以字体颜色区分，红色为重大，蓝色为较大，黑色为一般",
            {"红": "Ⅰ级", "蓝": "Ⅱ级"},
            "Ⅲ级",
        ),
        (
            "文字颜色：红色—高风险、黄色—中风险、绿色—低风险",
            {"红": "Ⅰ级", "黄": "Ⅱ级", "绿": "Ⅲ级"},
            "",
        ),
        ("字体：红——重大　蓝——较大　其他为一般", {"红": "Ⅰ级", "蓝": "Ⅱ级"}, "Ⅲ级"),
        ("字体颜色：红字为一级，紫字为二级", {"红": "Ⅰ级", "紫": "Ⅱ级"}, ""),
    ],
)
def test_keys_in_other_words(legend, levels, rest):
    config = load_config()
    got, got_rest, said = font_key_levels(legend, config.level)
    # (black is the ordinary font: its level is the rest's)
    assert (got, got_rest) == (levels, rest)
    assert said == legend


@pytest.mark.parametrize(
    "legend",
    [
        "字体颜色：红色为本次新增，黑色为原有风险点",  # a colour's meaning, no level
        "以底色和字体颜色区分：红—一级，橙—二级",  # fills and fonts in one clause: which?
        "字体颜色：红—一级",  # one colour only
        "字体颜色：红—一级，红—二级，黑—三级",  # a colour given two levels
        "红—一级　橙—二级　黑—三级（字体颜色）",  # no key word before the colours
        "底色：红—一级，黄—二级，绿—三级",  # a fill's key: the fill rule's
    ],
)
def test_near_misses_give_no_font_key(legend):
    assert font_key_levels(legend, load_config().level) == ({}, "", "")


def test_files_near_the_shape_read_as_before(tmp_path):
    # a level column under a font key: the column stands, nothing by the fonts
    note = "字体颜色：红—一级　橙—二级　黑—三级"
    _xlsx(tmp_path / "c" / "t.xlsx", ROWS, note, above=True, level_col=["低"] * len(ROWS))
    got = _read(tmp_path / "c")
    assert set(got.risks["risk_level"]) == {"Ⅲ级"}
    assert "LEVEL_FONT_KEY" not in set(got.issues["code"])
    # a key giving colours no level (new points marked red): no level read, each left blank
    _xlsx(tmp_path / "d" / "t.xlsx", ROWS, "字体颜色：紫色为本次新增，蓝色为本次修改", above=True)
    got = _read(tmp_path / "d")
    assert set(got.risks["risk_level"]) == {""}
    assert (got.issues["code"] == "LEVEL_BLANK").sum() == len(ROWS)
    assert not {"LEVEL_FONT_KEY", "LEVEL_COLOURS"} & set(got.issues["code"])
    # the font named at each colour: the older rule's, its info as before
    _xlsx(
        tmp_path / "e" / "t.xlsx",
        ROWS,
        "注：紫色字体的为高风险点，蓝色字体的为中风险点，其余为低风险点。",
    )
    got = _read(tmp_path / "e")
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅰ级", "Ⅱ级", "Ⅲ级", "Ⅱ级", "Ⅲ级"]
    assert "LEVEL_COLOURS" in set(got.issues["code"])
    assert "LEVEL_FONT_KEY" not in set(got.issues["code"])
    # the key, but no point cell coloured (the fonts lost in a copy): nothing read
    plain = [(*r[:4], None) for r in ROWS]
    _xlsx(tmp_path / "f" / "t.xlsx", plain, note, above=True)
    got = _read(tmp_path / "f")
    assert set(got.risks["risk_level"]) == {""}
    assert "LEVEL_FONT_KEY" not in set(got.issues["code"])


def test_an_ods_copy_says_the_fonts_were_not_read(tmp_path):
    rows = [["XX县财政局廉政风险点台账"], ["字体颜色：红—一级　橙—二级　黑—三级"], HEAD]
    rows += [[i + 1, *r[:4], "集体研究"] for i, r in enumerate(ROWS)]
    write_ods(tmp_path / "g" / "t.ods", {"台账": rows})
    got = _read(tmp_path / "g")
    assert set(got.risks["risk_level"]) == {""}
    unread = got.issues[got.issues["code"] == "FORMAT_UNREAD"]
    assert len(unread) == 1 and "颜色" in unread["value"].iloc[0]
