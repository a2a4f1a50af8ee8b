"""科室 given only by the fill colour of each row, explained by a note under the table.

An office with no 科室 column shades each 科室's rows (the whole row, or only its post and name
cells) and says under the table which colour is which ('注：表中浅蓝色底纹为站领导…', '…所在行底色为
淡紫色', '用浅绿色标注…'): each form takes the 科室 of its rows' colour (KESHI_BY_FILL). A note's
level or type colours, or colours of words that are no 科室, give none; a row in a colour the
note does not name, or in two, keeps its 科室 empty and is said (KESHI_FILL_UNCLEAR); an .ods
copy, whose fills are not read, is said unread. The workbooks are written by xlsxwriter and
openpyxl (and a LibreOffice-style .ods), in other words than tests/published/batch539.py
(another unit, other 科室, colours and wording).
"""

from pathlib import Path

import openpyxl
import xlsxwriter
from helpers import write_ods
from openpyxl.styles import Color, PatternFill

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.fills import colour_depts, shade_name

HEAD = ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"]
# (岗位, 姓名, 风险点, 等级, 措施)
ROWS = [
    ("局长", "闵砚秋", "重大事项决策个人说了算", "高", "局务会集体研究。"),
    ("局长", "闵砚秋", "干部选拔任用打招呼", "中", "党组会票决，结果公示。"),
    ("主任", "仉若岚", "公务接待超标准", "中", "接待清单审核，按月公开。"),
    ("执法员", "宓清和", "行政处罚自由裁量过宽", "高", "对照裁量基准，法制审核。"),
    ("执法员", "宓清和", "执法检查接受吃请", "低", "两人以上执法，签订承诺。"),
]


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def write(path: Path, note: str, fills: list[str | None], cols: range = range(6), head=HEAD,
          rows=ROWS) -> Path:  # fmt: skip
    """One sheet by xlsxwriter: title, heading, ``rows`` (post and name merged per person) with
    row i's ``cols`` filled with ``fills[i]`` (None: no fill), the note merged under it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("一览表")
    plain = wb.add_format({"border": 1, "text_wrap": True})
    ws.merge_range(0, 0, 0, len(head) - 1, "某县市场监督管理局岗位廉政风险防控一览表")
    ws.write_row(1, 0, head, plain)
    for i, row in enumerate(rows):
        r = i + 2
        fill = fills[i]
        for c, v in enumerate([i + 1, *row][: len(head)]):
            fmt = plain
            if fill and c in cols:
                fmt = wb.add_format({"border": 1, "text_wrap": True, "bg_color": fill})
            ws.write(r, c, v, fmt)
    # post and name merged per person (their first row's format: the top cell's fill)
    start = 2
    for i in range(1, len(rows) + 1):
        if i == len(rows) or rows[i][:2] != rows[start - 2][:2]:
            if i + 2 - 1 > start:
                for c in (1, 2):
                    fill = fills[start - 2]
                    fmt = wb.add_format(
                        {"border": 1, **({"bg_color": fill} if fill and c in cols else {})}
                    )
                    ws.merge_range(start, c, i + 1, c, rows[start - 2][c - 1], fmt)
            start = i + 2
    ws.merge_range(len(rows) + 2, 0, len(rows) + 2, len(head) - 1, note)
    wb.close()
    return path


def depts(res) -> list[str]:
    return res.risks["department"].tolist()


def codes(res) -> set[str]:
    return set(res.issues["code"])


LILAC, MINT, PEACH = "#E4DFEC", "#D8EED0", "#FCE4D6"


def test_notes_worded_three_ways():
    assert colour_depts("注：表中淡紫色底纹为局领导，淡绿色底纹为办公室，浅橙色底纹为执法股。") == {
        "紫": "局领导", "绿": "办公室", "橙": "执法股",
    }  # fmt: skip
    assert colour_depts("说明：局领导所在行底色为淡紫色；办公室填充为浅绿色。") == {
        "紫": "局领导", "绿": "办公室",
    }  # fmt: skip
    assert colour_depts("用粉色标注分局领导，用灰色标注稽查大队") == {
        "红": "分局领导",
        "灰": "稽查大队",
    }
    # levels, types, other marks, one colour or one hue in two tones: no 科室
    assert colour_depts("注：红色为高风险，黄色为中风险，蓝色为低风险。") == {}
    assert colour_depts("黄色底纹为思想道德风险，绿色底纹为制度机制风险") == {}
    assert colour_depts("黄色底纹为本次新增的科室，绿色底纹为已调整的岗位") == {}
    assert colour_depts("浅蓝色底纹为局领导") == {}
    assert colour_depts("浅蓝色为局领导，深蓝色为办公室") == {}
    # pale office shades are named by their hue; white is none, a plain grey is 灰
    assert [shade_name(c) for c in (LILAC, MINT, PEACH, "#F2F2F2", "#FFFFFF", "#D9D9D9")] == [
        "紫", "绿", "橙", "", "", "灰",
    ]  # fmt: skip


def test_whole_rows_filled_under_a_note_saying_底色为(tmp_path):
    note = "说明：局领导所在行底色为淡紫色；办公室所在行底色为淡绿色；执法股所在行底色为浅橙色。"
    write(tmp_path / "in" / "市场监管局.xlsx", note, [LILAC, LILAC, MINT, PEACH, PEACH])
    res = _collect(tmp_path / "in")
    assert depts(res) == ["局领导", "局领导", "办公室", "执法股", "执法股"]
    assert res.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级", "Ⅱ级", "Ⅰ级", "Ⅲ级"]
    issue = res.issues[res.issues["code"] == "KESHI_BY_FILL"]
    assert len(issue) == 1 and "紫色=局领导" in issue["message"].iloc[0]
    assert "KESHI_FILL_UNCLEAR" not in codes(res)
    # the note is no point
    assert not any("底色" in p for p in res.risks["risk_point"])


def test_only_post_and_name_cells_filled_with_theme_colours_by_openpyxl(tmp_path):
    """openpyxl, fills picked from the theme's palette (accent 1 and 3, 80% lighter) on the post
    and name cells only, and a note '用…色标注…'."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "风险表"
    ws.append(["某县农业农村局廉政风险防控表"])
    ws.append(["岗位", "责任人", "风险点", "风险类型", "风险等级", "防控措施"])
    data = [
        ("主任", "郗望舒", "惠农补贴审核把关不严", "岗位职责", "高", "补贴名单公示。"),
        ("主任", "郗望舒", "项目验收走过场", "业务流程", "中", "验收邀请群众代表。"),
        ("农技员", "荀晓岚", "农资发放优亲厚友", "思想道德", "低", "发放造册签字。"),
    ]
    for row in data:
        ws.append(row)
    ws.merge_cells("A3:A4")
    ws.merge_cells("B3:B4")
    ws.append(["注：用浅蓝色标注局领导，用浅绿色标注种植业股。"])
    ws.merge_cells("A6:F6")
    blue = PatternFill("solid", fgColor=Color(theme=4, tint=0.7999816888943144))
    green = PatternFill("solid", fgColor=Color(theme=6, tint=0.7999816888943144))
    for ref, fill in (("A3", blue), ("B3", blue), ("A5", green), ("B5", green)):
        ws[ref].fill = fill
    inbox = tmp_path / "in"
    inbox.mkdir()
    wb.save(inbox / "农业农村局.xlsx")
    res = _collect(inbox)
    assert depts(res) == ["局领导", "局领导", "种植业股"]
    assert res.risks["risk_type"].tolist()[0].startswith("岗位职责")
    assert "KESHI_BY_FILL" in codes(res)


def test_level_colours_stay_levels_and_give_no_department(tmp_path):
    head = ["序号", "岗位", "姓名", "廉政风险点", "防控措施"]
    rows = [r[:3] + r[4:] for r in ROWS]
    note = "注：风险点以底色标示，红色为高风险，黄色为中风险，绿色为低风险。"
    fills = ["#FF0000", "#FFFF00", "#FFFF00", "#FF0000", "#00B050"]
    write(tmp_path / "in" / "级别.xlsx", note, fills, cols=range(3, 4), head=head, rows=rows)
    res = _collect(tmp_path / "in")
    assert res.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级", "Ⅱ级", "Ⅰ级", "Ⅲ级"]
    assert depts(res) == [""] * 5
    assert not codes(res) & {"KESHI_BY_FILL", "KESHI_FILL_UNCLEAR"}


def test_colours_of_other_words_invent_nothing(tmp_path):
    note = "注：黄色底纹为本次新增的风险点，绿色底纹为已整改的风险点。"
    write(tmp_path / "in" / "新增.xlsx", note, ["#FFFF00", None, "#92D050", None, "#FFFF00"])
    res = _collect(tmp_path / "in")
    assert depts(res) == [""] * 5
    assert not codes(res) & {"KESHI_BY_FILL", "KESHI_FILL_UNCLEAR"}


def test_a_department_column_stands_and_plain_rows_read_as_before(tmp_path):
    head = ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"]
    rows = [("综合科", *r) for r in ROWS]
    note = "注：浅紫色底纹为局领导，浅绿色底纹为办公室。"
    write(tmp_path / "a" / "有科室.xlsx", note, [LILAC] * 5, cols=range(7), head=head, rows=rows)
    res = _collect(tmp_path / "a")
    assert depts(res) == ["综合科"] * 5
    assert not codes(res) & {"KESHI_BY_FILL", "KESHI_FILL_UNCLEAR"}
    # the same note over rows not filled at all (a template's note): nothing read, nothing said
    write(
        tmp_path / "b" / "无底色.xlsx", "注：淡紫色底纹为局领导，淡绿色底纹为办公室。", [None] * 5
    )
    res = _collect(tmp_path / "b")
    assert depts(res) == [""] * 5
    assert not codes(res) & {"KESHI_BY_FILL", "KESHI_FILL_UNCLEAR"}


def test_a_colour_not_named_or_two_on_a_row_gives_no_department(tmp_path):
    note = "注：表中淡紫色底纹为局领导，淡绿色底纹为办公室，浅橙色底纹为执法股。"
    # the 主任's row is light blue: the note names no blue
    write(tmp_path / "a" / "未说明.xlsx", note, [LILAC, LILAC, "#DDEBF7", PEACH, PEACH])
    res = _collect(tmp_path / "a")
    assert depts(res) == ["局领导", "局领导", "", "执法股", "执法股"]
    unclear = res.issues[res.issues["code"] == "KESHI_FILL_UNCLEAR"]
    assert unclear["value"].tolist() == ["A5"]
    # the 执法员's second row is half mint, half peach: his 科室 is not told
    path = tmp_path / "b" / "两色.xlsx"
    write(path, note, [LILAC, LILAC, MINT, PEACH, None])
    wb = openpyxl.load_workbook(path)
    ws = wb["一览表"]
    for c in "ABC":
        ws[f"{c}7"].fill = PatternFill("solid", fgColor="FFD8EED0")
    for c in "DEF":
        ws[f"{c}7"].fill = PatternFill("solid", fgColor="FFFCE4D6")
    wb.save(path)
    res = _collect(tmp_path / "b")
    assert depts(res) == ["局领导", "局领导", "办公室", "", ""]
    assert "KESHI_FILL_UNCLEAR" in codes(res) and "KESHI_BY_FILL" in codes(res)


def test_an_ods_copy_says_its_colours_unread(tmp_path):
    rows = [["某县市场监督管理局岗位廉政风险防控一览表"], HEAD]
    rows += [[i + 1, *r] for i, r in enumerate(ROWS)]
    rows.append(["注：表中淡紫色底纹为局领导，淡绿色底纹为办公室，浅橙色底纹为执法股。"])
    write_ods(tmp_path / "in" / "市场监管局.ods", {"一览表": rows})
    res = _collect(tmp_path / "in")
    assert depts(res) == [""] * 5
    unread = res.issues[res.issues["code"] == "FORMAT_UNREAD"]
    assert len(unread) == 1 and "单元格颜色" in unread["value"].iloc[0]
    assert not codes(res) & {"KESHI_BY_FILL", "KESHI_FILL_UNCLEAR"}


def test_what_the_eighty_fourth_review_found(tmp_path):
    """The level cells coloured by level (as the same note says) are no 科室's colour: a row
    whose post and name are unfilled takes no 科室 from its level's green."""
    rows = [("局长", "闵砚秋", "重大事项个人说了算", "高", "集体研究"),
            ("主任", "仉若岚", "公务接待超标准", "中", "清单审核"),
            ("执法员", "宓清和", "执法检查接受吃请", "低", "两人执法")]  # fmt: skip
    keshi = [LILAC, MINT, None]
    level = {"高": "#FF0000", "中": "#FFFF00", "低": "#00B050"}
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "一览表"
    ws.append(["某县城管局岗位廉政风险防控一览表"])
    ws.append(HEAD)
    for i, row in enumerate(rows):
        ws.append([i + 1, *row])
        r = i + 3
        if keshi[i]:
            for c in (2, 3):
                ws.cell(r, c).fill = PatternFill("solid", fgColor=keshi[i].lstrip("#"))
        ws.cell(r, 5).fill = PatternFill("solid", fgColor=level[row[3]].lstrip("#"))
    ws.append(
        ["注：淡紫色底纹为局领导，淡绿色底纹为办公室；风险等级栏红色为高、黄色为中、绿色为低。"]
    )
    path = tmp_path / "in" / "城管局.xlsx"
    path.parent.mkdir(parents=True)
    wb.save(path)
    res = _collect(tmp_path / "in")
    assert depts(res) == ["局领导", "办公室", ""]
