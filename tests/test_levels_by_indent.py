"""Levels told by how far each point is typed in: a list with no level column whose note says
which indent is which level ('说明：风险点首行不缩进的为高风险，缩进1字符的为中风险…', '注：一级风险点
顶格，二级风险点缩进一格…'). Each point takes the level of its cell's indent — the spaces typed
before it (full-width, ASCII, tabs, counted in character widths) or, in an .xlsx, the cell
format's indent (增加缩进量) — said once a sheet (LEVEL_BY_INDENT); a depth the note does not name
leaves that point unlevelled with a warning at its cell (LEVEL_INDENT_UNNAMED). The grid's text is
stripped, so before this every such point was read with no level (LEVEL_BLANK).

Not the published batch's file (a 县交通运输局 农村公路服务站, 一级/二级/三级 by two and four
full-width spaces under '顶格/缩进两格/缩进四格'): a 县市场监督管理局 and a 镇卫生院, other posts and
names, 高/中/低风险 and Ⅰ级/Ⅱ级 words, ASCII spaces, Excel's cell indent, an .ods copy, the level
named before the indent, notes headed 说明 and 注, an extra 备注 column. The near-misses an
ordinary file has read as before: stray leading spaces with no such note, a list with its own
level column (the column wins, nothing said), and a note tying the indent to sub-items, not
levels.
"""

from pathlib import Path

from helpers import write_ods, write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

CODE, UNNAMED = "LEVEL_BY_INDENT", "LEVEL_INDENT_UNNAMED"
HEAD = ["序号", "科室", "职务", "责任人", "廉洁风险点", "防控措施", "备注"]


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def levels(got) -> list[tuple[str, str]]:
    r = got.risks
    return sorted(zip(r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> list[str]:
    return list(got.issues["code"])


def market(points: list[str], note: str | None) -> list[list]:
    rows: list[list] = [["XX县市场监督管理局廉洁风险点一览表"], HEAD]
    who = [
        ("食品安全股", "股长", "卜芷汀"),
        ("食品安全股", "科员", "荀栖梧"),
        ("登记注册股", "股长", "卜澜汐"),
    ]
    for i, p in enumerate(points):
        rows.append([i + 1, *who[i % 3], p, "严格执行相关规定，定期检查。", ""])
    if note:
        rows.append([note])
    return rows


MARKET = ["食品经营许可现场核查走过场", "  抽检样品不按规定封存", "    对投诉举报线索压案不查",
          "  企业登记材料审核不严", "行政处罚自由裁量权滥用", "    收受商户节礼"]  # fmt: skip
MARKET_NOTE = "说明：风险点首行不缩进的为高风险，缩进1字符的为中风险，缩进2字符的为低风险。"


def test_ascii_spaces_by_characters_under_a_note_of_high_middle_low(tmp_path):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "market.xlsx", {"一览表": market(MARKET, MARKET_NOTE)})
    got = _collect(inbox)
    assert levels(got) == sorted([
        ("食品经营许可现场核查走过场", "Ⅰ级"), ("抽检样品不按规定封存", "Ⅱ级"),
        ("对投诉举报线索压案不查", "Ⅲ级"), ("企业登记材料审核不严", "Ⅱ级"),
        ("行政处罚自由裁量权滥用", "Ⅰ级"), ("收受商户节礼", "Ⅲ级"),
    ])  # fmt: skip
    assert codes(got).count(CODE) == 1 and "LEVEL_BLANK" not in codes(got)
    info = got.issues[got.issues["code"] == CODE].iloc[0]
    assert "缩进1字" in info["message"] and "2条" in info["message"]


CLINIC = [
    ["XX镇卫生院岗位廉政风险排查表"],
    ["序号", "岗位", "姓名", "廉政风险", "防控措施"],
    [1, "院长", "荀岚岫", "药品耗材采购暗箱操作", "采购经院务会集体研究。"],
    [2, "院长", "荀岚岫", "接受医药代表宴请", "签订廉洁承诺书。"],
    [3, "药房负责人", "卜沐珩", "药品出入库账实不符", "每月盘点，双人复核。"],
    [4, "收费员", "荀若澄", "收费不开票、截留现金", "收费日清日结。"],
    [5, "收费员", "荀若澄", "擅自减免患者费用", "减免须经院长审批。"],
    ["注：一级风险点顶格，二级风险点缩进一格，三级风险点缩进两格。"],
]


def test_excel_cell_indent_with_the_level_named_first(tmp_path):
    from openpyxl import load_workbook
    from openpyxl.styles import Alignment

    inbox = tmp_path / "inbox"
    path = write_workbook(inbox / "clinic.xlsx", {"排查表": CLINIC})
    wb = load_workbook(path)
    ws = wb["排查表"]
    for row, steps in ((5, 1), (6, 2), (7, 1)):  # (D4…: Excel's 增加缩进量, no spaces)
        ws.cell(row, 4).alignment = Alignment(horizontal="left", indent=steps)
    wb.save(path)
    got = _collect(inbox)
    assert levels(got) == sorted([
        ("药品耗材采购暗箱操作", "Ⅰ级"), ("接受医药代表宴请", "Ⅰ级"), ("药品出入库账实不符", "Ⅱ级"),
        ("收费不开票、截留现金", "Ⅲ级"), ("擅自减免患者费用", "Ⅱ级"),
    ])  # fmt: skip
    assert CODE in codes(got) and "LEVEL_BLANK" not in codes(got)


def test_an_ods_copy_with_full_width_spaces_and_two_steps(tmp_path):
    rows = [
        ["XX县市场监督管理局廉洁风险点一览表"], HEAD,
        [1, "登记注册股", "科员", "荀栖梧", "为亲友违规办理营业执照", "窗口受理全程留痕。", ""],
        [2, "登记注册股", "科员", "荀栖梧", "\u3000\u3000泄露企业登记信息", "签订保密协议。", ""],
        [3, "稽查大队", "队长", "卜沅芷", "\u3000\u3000以罚代刑、降格处理", "重大案件集体审议。", ""],
        ["注：顶格书写的为Ⅰ级风险，缩进两格书写的为Ⅱ级风险。"],
    ]  # fmt: skip
    inbox = tmp_path / "inbox"
    write_ods(inbox / "market.ods", {"一览表": rows})
    got = _collect(inbox)
    assert levels(got) == sorted([
        ("为亲友违规办理营业执照", "Ⅰ级"), ("泄露企业登记信息", "Ⅱ级"), ("以罚代刑、降格处理", "Ⅱ级"),
    ])  # fmt: skip
    assert codes(got).count(CODE) == 1


def test_two_ascii_spaces_a_step_for_two_characters_and_a_tab_for_an_unnumbered_step(tmp_path):
    # '缩进两格' typed as two ASCII spaces, '缩进四格' as four: each depth the note's in one unit
    points = ["食品经营许可现场核查走过场", "  抽检样品不按规定封存", "    对投诉举报线索压案不查"]
    note = "注：廉洁风险点顶格填写的为一级，缩进两格的为二级，缩进四格的为三级。"
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "a" / "market.xlsx", {"一览表": market(points, note)})
    # a tab, under a note naming no number: flush and indented, one to one
    points = ["行政处罚自由裁量权滥用", "\t收受商户节礼"]
    note = "注：顶格的为较大风险；缩进的为一般风险。"
    write_workbook(inbox / "b" / "market.xlsx", {"清单": market(points, note)})
    got = _collect(inbox)
    assert levels(got) == sorted([
        ("食品经营许可现场核查走过场", "Ⅰ级"), ("抽检样品不按规定封存", "Ⅱ级"),
        ("对投诉举报线索压案不查", "Ⅲ级"), ("行政处罚自由裁量权滥用", "Ⅱ级"), ("收受商户节礼", "Ⅲ级"),
    ])  # fmt: skip
    assert codes(got).count(CODE) == 2 and UNNAMED not in codes(got)


def test_a_depth_the_note_does_not_name_is_warned_at_its_cell(tmp_path):
    points = [
        "食品经营许可现场核查走过场",
        "  抽检样品不按规定封存",
        "      对投诉举报线索压案不查",
    ]
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "market.xlsx", {"一览表": market(points, MARKET_NOTE)})
    got = _collect(inbox)
    assert levels(got) == sorted([
        ("食品经营许可现场核查走过场", "Ⅰ级"), ("抽检样品不按规定封存", "Ⅱ级"),
        ("对投诉举报线索压案不查", ""),
    ])  # fmt: skip
    warned = got.issues[got.issues["code"] == UNNAMED]
    assert list(warned["cell"]) == ["E5"] and "缩进3字" in warned.iloc[0]["message"]
    assert codes(got).count("LEVEL_BLANK") == 1


def test_stray_spaces_with_no_such_note_read_as_before(tmp_path):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "market.xlsx", {"一览表": market(MARKET, "注：本表由各股室自行填报。")})
    got = _collect(inbox)
    assert {lv for _p, lv in levels(got)} == {""}
    assert CODE not in codes(got) and UNNAMED not in codes(got)


def test_a_level_column_wins_over_indents_and_note(tmp_path):
    rows = [
        ["XX镇卫生院岗位廉政风险排查表"],
        ["序号", "岗位", "姓名", "廉政风险", "风险等级", "防控措施"],
        [1, "院长", "荀岚岫", "药品耗材采购暗箱操作", "二级", "采购经院务会集体研究。"],
        [2, "收费员", "荀若澄", "\u3000\u3000收费不开票、截留现金", "一级", "收费日清日结。"],
        [3, "收费员", "荀若澄", "\u3000\u3000\u3000\u3000擅自减免患者费用", "二级", "减免须经院长审批。"],
        ["注：一级风险点顶格，二级风险点缩进两格，三级风险点缩进四格。"],
    ]  # fmt: skip
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "clinic.xlsx", {"排查表": rows})
    got = _collect(inbox)
    assert levels(got) == sorted([
        ("药品耗材采购暗箱操作", "Ⅱ级"), ("收费不开票、截留现金", "Ⅰ级"), ("擅自减免患者费用", "Ⅱ级"),
    ])  # fmt: skip
    assert CODE not in codes(got) and UNNAMED not in codes(got)


def test_a_note_tying_the_indent_to_sub_items_is_no_scale(tmp_path):
    note = "说明：顶格填写的为主要风险点，缩进填写的为一般风险点。"
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "market.xlsx", {"一览表": market(MARKET, note)})
    got = _collect(inbox)
    assert {lv for _p, lv in levels(got)} == {""}
    assert CODE not in codes(got)


def test_codes_are_catalogued():
    for code in (CODE, UNNAMED):
        assert code in CATALOGUE and code in SHORT


def test_what_the_hundred_and_thirty_first_review_found_an_outline_note(tmp_path):
    """'注：一级标题顶格书写，二级标题缩进两格书写' is how the list's outline is typed (its 一、… group
    lines flush, the points under them indented), no risk level: the points had been read 一级
    and 二级 by their indent. A level word naming an outline's level (标题, 目录, 事项, 指标…) is no
    level of the scale; the levels stay blank, as they were before the rule."""
    points = ["一、许可审批环节", "\u3000\u3000食品经营许可现场核查走过场", "二、执法检查环节",
              "\u3000\u3000对投诉举报线索压案不查", "\u3000\u3000抽检样品不按规定封存"]  # fmt: skip
    inbox = tmp_path / "inbox"
    write_workbook(
        inbox / "market.xlsx",
        {"一览表": market(points, "注：一级标题顶格书写，二级标题缩进两格书写。")},
    )
    got = _collect(inbox)
    assert {lv for _p, lv in levels(got)} == {""}
    assert CODE not in codes(got) and UNNAMED not in codes(got)
    for note in (
        "注：一级指标顶格填写，二级指标缩进两格填写。",
        "注：二级目录缩进两格，一级目录顶格。",
    ):
        got = _collect_note(tmp_path / note[3:7], points, note)
        assert CODE not in codes(got)


def _collect_note(inbox: Path, points: list[str], note: str):
    write_workbook(inbox / "market.xlsx", {"一览表": market(points, note)})
    return _collect(inbox)
