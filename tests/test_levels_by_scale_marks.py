"""A level given only by WHICH of three unlabelled columns holds a row's mark: a level heading
('风险程度', '风险等级', '风险级别') merged across three columns with no level words of their own,
a scale printed under it ('低 ——→ 高' in one merged cell, or '高 | ← | 低' over the three) and one
mark a row in one of them. The column's place on the scale is the level: the high end Ⅰ级, the
middle Ⅱ级, the low end Ⅲ级; one info a table says so, a row marking two columns is named and
left without a level.

Not the published batch's file (a 劳动人事争议仲裁院's 排查表 with 院长/仲裁员/书记员, '●' under
'低 ——————→ 高' merged over E:G): a 县市场监督管理局's 市场监管所, a 县林业局's 木材检查站 and
a 乡镇 财政所, other posts, names and marks (√, ★, ✓), scales the other way round ('高 ← 低'),
spread over three cells, written '由轻到重' or '小→大', with a 风险类型 column beside them or post
and name in one cell; written with xlsxwriter (tests/helpers.py) and read back as
``collect_inbox`` reads a file. Tables that look a bit alike (a tick band under 高 | 中 | 低
sub-headings, a 风险程度 column of words, two columns under a scale) read as before.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def run(tmp_path: Path, rows: list[list], merges: list[str], sheet: str = "风险点"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "scale.xlsx", {sheet: rows}, {sheet: merges})
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def errors(got) -> list[dict]:
    issues = got.issues
    return issues[issues["severity"] == "error"].to_dict("records")


def test_a_mark_under_a_merged_scale_low_to_high(tmp_path):
    """Two heading rows, '由低到高 ——→' merged across the three columns, '√' marks, 岗位 and
    姓名 in columns of their own, merged down per holder."""
    rows = [
        ["XX县市场监督管理局城关市场监管所岗位廉政风险点登记表"],
        ["序号", "岗位", "姓名", "廉政风险点", "风险等级", None, None, "防控措施"],
        [None, None, None, None, "由低到高 ——→", None, None, None],
        [1, "所长", "濮阳昕蕤", "行政处罚案件降格处理、减免罚款", None, None, "√", "案件集体讨论，法制审核。"],
        [2, None, None, "为辖区企业通风报信", None, "√", None, "检查计划双随机，全程记录。"],
        [3, "食品安全监管员", "栾沛瑶", "日常检查走过场，放任违规经营", None, "√", None, "检查记录上传系统，定期抽查。"],
        [4, None, None, "接受被检查单位宴请", "√", None, None, "签订廉洁承诺，严禁吃请。"],
        ["填表人：", None, None, "审核人："],
    ]  # fmt: skip
    merges = ["A1:H1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "H2:H3", "E2:G2", "E3:G3",
              "B4:B5", "C4:C5", "B6:B7", "C6:C7"]  # fmt: skip
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("所长", "濮阳昕蕤", "行政处罚案件降格处理、减免罚款", "Ⅰ级"),
        ("所长", "濮阳昕蕤", "为辖区企业通风报信", "Ⅱ级"),
        ("食品安全监管员", "栾沛瑶", "日常检查走过场，放任违规经营", "Ⅱ级"),
        ("食品安全监管员", "栾沛瑶", "接受被检查单位宴请", "Ⅲ级"),
    ])  # fmt: skip
    assert not errors(got), errors(got)
    said = got.issues[got.issues["code"] == "LEVEL_BY_SCALE_MARK"]
    assert len(said) == 1 and said.iloc[0]["severity"] == "info"
    assert "POINT_BLANK" not in codes(got)


def test_a_scale_spread_over_the_three_cells_high_at_the_left(tmp_path):
    """'高 | ←—— | 低' over the three columns (the high end at the left), '★' marks, a 风险类型
    column and a 备注 column beside them."""
    rows = [
        ["XX县林业局木材检查站廉政风险防控一览表"],
        ["岗位", "姓名", "风险点", "风险类型", "风险程度", None, None, "防控措施", "备注"],
        [None, None, None, None, "高", "←——", "低", None, None],
        ["站长", "郗霁川", "对违规运输木材车辆放行", "岗位职责风险", "★", None, None, "两人以上值守，视频全程留存。", None],
        ["检查员", "訾沐晗", "收受货主财物，少检漏检", "思想道德风险", None, "★", None, "检查单双人签字。", None],
        ["检查员", "訾沐晗", "登记台账不全", "制度机制风险", None, None, "★", "台账每月核对。", "新增"],
    ]  # fmt: skip
    merges = ["A1:I1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "H2:H3", "I2:I3", "E2:G2"]
    got = run(tmp_path, rows, merges, sheet="一览表")
    assert read(got) == sorted([
        ("站长", "郗霁川", "对违规运输木材车辆放行", "Ⅰ级"),
        ("检查员", "訾沐晗", "收受货主财物，少检漏检", "Ⅱ级"),
        ("检查员", "訾沐晗", "登记台账不全", "Ⅲ级"),
    ])  # fmt: skip
    assert not errors(got), errors(got)
    assert "LEVEL_BY_SCALE_MARK" in codes(got)
    assert sorted(got.risks["risk_type"]) == sorted(
        ["岗位职责风险", "思想道德风险", "制度机制风险"]
    )


def test_post_and_name_in_one_cell_a_light_to_heavy_scale(tmp_path):
    """'岗位及姓名' one cell ('所长　邬霈宁'), '风险级别' over a scale '轻 → 重' merged across,
    '✓' marks; a row marking two columns is named and left without a level, a row marking
    none has none (LEVEL_BLANK asks for it)."""
    rows = [
        ["XX镇财政所岗位廉政风险点排查表"],
        ["序号", "岗位及姓名", "廉政风险点", "风险级别", None, None, "防控措施"],
        [None, None, None, "轻 → 重", None, None, None],
        [1, "所长　邬霈宁", "违规审批资金拨付", None, None, "✓", "大额资金集体研究。"],
        [2, "会计　戚晗玥", "虚列支出套取资金", None, "✓", None, "凭证经所长复核。"],
        [3, "出纳　戚沅澈", "公款私存", "✓", None, None, "账户每月对账。"],
        [4, "出纳　戚沅澈", "坐支现金", "✓", "✓", None, "现金日清月结。"],
        [5, "会计　戚晗玥", "会计档案保管不善", None, None, None, "档案专柜保管。"],
    ]  # fmt: skip
    merges = ["A1:G1", "A2:A3", "B2:B3", "C2:C3", "G2:G3", "D2:F2", "D3:F3"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("所长", "邬霈宁", "违规审批资金拨付", "Ⅰ级"),
        ("会计", "戚晗玥", "虚列支出套取资金", "Ⅱ级"),
        ("出纳", "戚沅澈", "公款私存", "Ⅲ级"),
        ("出纳", "戚沅澈", "坐支现金", ""),
        ("会计", "戚晗玥", "会计档案保管不善", ""),
    ])  # fmt: skip
    issues = got.issues
    unclear = issues[issues["code"] == "LEVEL_SCALE_MARKS_UNCLEAR"]
    assert list(unclear["cell"]) == ["D7"] and "D7、E7" in unclear.iloc[0]["message"]
    assert sorted(issues[issues["code"] == "LEVEL_BLANK"]["cell"]) == ["D7", "D8"]
    assert {e["code"] for e in errors(got)} == {"LEVEL_BLANK"}


def test_a_tick_band_under_high_middle_low_reads_as_before(tmp_path):
    """'风险程度' over 高 | 中 | 低 sub-headings, '√' under one: the sub-headings are the
    levels (no scale read, no info)."""
    rows = [
        ["XX县市场监督管理局城关市场监管所岗位廉政风险点登记表"],
        ["岗位", "姓名", "廉政风险点", "风险程度", None, None, "防控措施"],
        [None, None, None, "高", "中", "低", None],
        ["所长", "濮阳昕蕤", "行政处罚案件降格处理", "√", None, None, "案件集体讨论。"],
        ["监管员", "栾沛瑶", "日常检查走过场", None, None, "√", "检查记录上传系统。"],
    ]  # fmt: skip
    merges = ["A1:G1", "A2:A3", "B2:B3", "C2:C3", "G2:G3", "D2:F2"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("所长", "濮阳昕蕤", "行政处罚案件降格处理", "Ⅰ级"),
        ("监管员", "栾沛瑶", "日常检查走过场", "Ⅲ级"),
    ])  # fmt: skip
    assert not errors(got), errors(got)
    assert "LEVEL_BY_SCALE_MARK" not in codes(got)


def test_a_column_of_level_words_reads_as_before(tmp_path):
    """A '风险程度' column of words, one column under its heading: no scale band (the scale
    rule wants three columns under one heading and a scale printed under it)."""
    rows = [
        ["XX镇财政所岗位廉政风险点排查表"],
        ["岗位", "姓名", "廉政风险点", "风险程度", "防控措施"],
        ["所长", "邬霈宁", "违规审批资金拨付", "高", "大额资金集体研究。"],
        ["会计", "戚晗玥", "虚列支出套取资金", "中", "凭证经所长复核。"],
        ["出纳", "戚沅澈", "公款私存", "低", "账户每月对账。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("所长", "邬霈宁", "违规审批资金拨付", "Ⅰ级"),
        ("会计", "戚晗玥", "虚列支出套取资金", "Ⅱ级"),
        ("出纳", "戚沅澈", "公款私存", "Ⅲ级"),
    ])  # fmt: skip
    assert not errors(got), errors(got)
    assert "LEVEL_BY_SCALE_MARK" not in codes(got)


def test_two_columns_under_a_scale_are_not_read_as_levels(tmp_path):
    """'风险程度' over two columns under '小 → 大': two columns name no three levels (which
    end is 'Ⅱ级' is not guessed), so no scale is read and no level comes of it."""
    rows = [
        ["XX县林业局木材检查站廉政风险防控一览表"],
        ["岗位", "姓名", "风险点", "风险程度", None, "防控措施"],
        [None, None, None, "小 → 大", None, None],
        ["站长", "郗霁川", "对违规运输木材车辆放行", None, "●", "两人以上值守。"],
        ["检查员", "訾沐晗", "收受货主财物", "●", None, "检查单双人签字。"],
    ]  # fmt: skip
    merges = ["A1:F1", "A2:A3", "B2:B3", "C2:C3", "F2:F3", "D2:E2", "D3:E3"]
    got = run(tmp_path, rows, merges)
    assert "LEVEL_BY_SCALE_MARK" not in codes(got)
    assert sorted(got.risks["risk_point"]) == sorted(["对违规运输木材车辆放行", "收受货主财物"])
    assert not set(got.risks["risk_level"]) & {"Ⅰ级", "Ⅱ级", "Ⅲ级"}


# ------------------------------------------------ what the hundred and twentieth review found

_FINANCE = "XX镇财政所岗位廉政风险点排查表"


def _scaled(head: str, scale: str | None, marks: tuple) -> tuple[list[list], list[str]]:
    rows = [
        [_FINANCE],
        ["岗位", "姓名", "廉政风险点", head, None, None, "防控措施"],
        *([[None, None, None, scale, None, None, None]] if scale is not None else []),
        ["所长", "邬霈宁", "违规审批资金拨付", marks[0], None, None, "集体研究。"],
        ["会计", "戚晗玥", "虚列支出套取资金", None, marks[1], None, "复核。"],
        ["出纳", "戚沅澈", "公款私存", None, None, marks[2], "对账。"],
    ]
    if scale is None:
        return rows, ["A1:G1", "D2:F2"]
    return rows, ["A1:G1", "A2:A3", "B2:B3", "C2:C3", "G2:G3", "D2:F2", "D3:F3"]


_LOW_TO_HIGH = sorted([
    ("所长", "邬霈宁", "违规审批资金拨付", "Ⅲ级"),
    ("会计", "戚晗玥", "虚列支出套取资金", "Ⅱ级"),
    ("出纳", "戚沅澈", "公款私存", "Ⅰ级"),
])  # fmt: skip


def test_what_the_hundred_and_twentieth_review_found_a_digit_or_yes_as_the_mark(tmp_path):
    # '1' (or '是') in each row's column under '低 ——→ 高': a mark, not 一级 at the low end
    for mark in (1, "是"):
        rows, merges = _scaled("风险等级", "低 ——→ 高", (mark, mark, mark))
        got = run(tmp_path / str(mark), rows, merges)
        assert read(got) == _LOW_TO_HIGH, mark
        said = got.issues[got.issues["code"] == "LEVEL_BY_SCALE_MARK"]
        assert list(said["value"]) == ["D列=Ⅲ级、E列=Ⅱ级、F列=Ⅰ级"], mark
        assert not errors(got), mark
    # '1 | 2 | 3' under it: no band of one mark, read as before (the numbers as levels)
    rows, merges = _scaled("风险等级", "低 ——→ 高", (1, 2, 3))
    got = run(tmp_path / "numbers", rows, merges)
    assert "LEVEL_BY_SCALE_MARK" not in codes(got)


def test_what_the_hundred_and_twentieth_review_found_a_scale_of_three_words_or_in_the_heading(
    tmp_path,
):
    # the scale row one merged cell '低  中  高' (no arrow); the scale in the heading itself,
    # '风险程度（低→高）' merged over the band, no scale row
    for name, (rows, merges), cell in (
        ("words", _scaled("风险程度", "低  中  高", ("●", "●", "●")), "D3"),
        ("heading", _scaled("风险程度（低→高）", None, ("●", "●", "●")), "D2"),
    ):
        got = run(tmp_path / name, rows, merges)
        assert read(got) == _LOW_TO_HIGH, name
        said = got.issues[got.issues["code"] == "LEVEL_BY_SCALE_MARK"]
        assert list(said["cell"]) == [cell], name
        assert list(said["value"]) == ["D列=Ⅲ级、E列=Ⅱ级、F列=Ⅰ级"], name
        assert not errors(got), name
