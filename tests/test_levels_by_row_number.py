"""A 风险等级 cell naming another row by its 序号 ('同第1项', '同序号2', '同3号', '与第4项相同',
'同第2条'): a list writing each grade out only where it first appears takes, on a later row, the
level written on the row of that number (a reference to a reference followed once); a number
naming no row, or a row with no level of its own, is left as written (LEVEL_UNKNOWN as before).

Not the published batch's file (a 林业和草原综合行政执法大队's 排查表, 大队长 / 副大队长 / 执法队员,
``一级/二级/三级`` and ``同第N项`` / ``同序号N``): a 市场监督管理所's and a 疾病预防控制中心's lists,
other posts and names, ``高/中/低`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, one or two heading rows, post and name in
one cell or two, an extra 风险类型 column, written with xlsxwriter (tests/helpers.py) and read
back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str]):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "list.xlsx", {"清单": rows}, {"清单": merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def errors(got) -> list[dict]:
    issues = got.issues
    return issues[issues["severity"] == "error"].to_dict("records")


def codes(got) -> set[str]:
    return set(got.issues["code"])


MARKET = [
    ["城关市场监督管理所岗位廉政风险点排查表"],
    ["序号", "岗位", "责任人", "风险点", "风险等级", "防控措施"],
    ["1", "所长", "籍沐宸", "行政处罚案件违规减免罚款", "高", "案件集体讨论，局法制股审核。"],
    ["2", "所长", "籍沐宸", "食品经营许可现场核查走过场", "中", "核查双人进行，全程记录。"],
    [
        "3",
        "食品安全监管员",
        "笪语桐",
        "抽检样品调包或泄露抽检计划",
        "低",
        "抽检计划保密，样品封签。",
    ],
    [
        "4",
        "食品安全监管员",
        "笪语桐",
        "对投诉举报线索压案不查",
        "同第1项",
        "线索登记台账，限期办结。",
    ],
    ["5", "食品安全监管员", "笪语桐", "接受监管对象宴请礼品", "同序号2", "签订廉洁承诺书。"],
    ["6", "特种设备监管员", "闵知远", "特种设备检验把关不严", "与第3项相同", "检验结果复核公示。"],
]


def test_level_cells_naming_rows_take_those_rows_levels(tmp_path):
    got = run(tmp_path, MARKET, ["A1:F1"])
    assert read(got) == sorted([
        ("所长", "籍沐宸", "行政处罚案件违规减免罚款", "Ⅰ级"),
        ("所长", "籍沐宸", "食品经营许可现场核查走过场", "Ⅱ级"),
        ("食品安全监管员", "笪语桐", "抽检样品调包或泄露抽检计划", "Ⅲ级"),
        ("食品安全监管员", "笪语桐", "对投诉举报线索压案不查", "Ⅰ级"),
        ("食品安全监管员", "笪语桐", "接受监管对象宴请礼品", "Ⅱ级"),
        ("特种设备监管员", "闵知远", "特种设备检验把关不严", "Ⅲ级"),
    ])  # fmt: skip
    assert not errors(got), errors(got)
    assert "LEVEL_BY_ROW_NUMBER" in codes(got)


CDC = [
    ["县疾病预防控制中心廉政风险防控一览表"],
    ["序号", "岗位及责任人", "", "风险类型", "风险点", "风险等级", "防控措施"],
    ["", "岗位", "姓名", "", "", "", ""],
    [
        "1",
        "主任",
        "蒯予安",
        "制度机制风险",
        "疫苗采购计划不经集体研究",
        "Ⅰ级",
        "采购计划班子会研究。",
    ],
    ["2", "检验科科长", "甄若溪", "岗位职责风险", "检测报告数据造假", "Ⅱ级", "报告三级审核。"],
    ["3", "检验科科长", "甄若溪", "思想道德风险", "试剂验收收受好处", "同2号", "验收双人签字。"],
    [
        "4",
        "财务人员",
        "冼星澜",
        "思想道德风险",
        "报销审核不严虚列支出",
        "同第3条",
        "报销凭证经主任审批。",
    ],
    ["5", "财务人员", "冼星澜", "岗位职责风险", "现金管理不规范", "Ⅲ级", "现金日清月结。"],
]


def test_two_heading_rows_a_type_column_and_a_reference_to_a_reference(tmp_path):
    got = run(tmp_path, CDC, ["A1:G1", "A2:A3", "B2:C2", "D2:D3", "E2:E3", "F2:F3", "G2:G3"])
    assert read(got) == sorted([
        ("主任", "蒯予安", "疫苗采购计划不经集体研究", "Ⅰ级"),
        ("检验科科长", "甄若溪", "检测报告数据造假", "Ⅱ级"),
        ("检验科科长", "甄若溪", "试剂验收收受好处", "Ⅱ级"),
        ("财务人员", "冼星澜", "报销审核不严虚列支出", "Ⅱ级"),  # (row 3's, itself row 2's)
        ("财务人员", "冼星澜", "现金管理不规范", "Ⅲ级"),
    ])  # fmt: skip
    assert not errors(got), errors(got)


def test_holder_and_level_both_naming_rows(tmp_path):
    """The holder's cells and the level cell of one row all say '同序号N' (a list sorted by
    step, each holder and grade written out on the first row only)."""
    rows = [list(r) for r in MARKET]
    rows[5] = [
        "4",
        "同序号3",
        "同序号3",
        "对投诉举报线索压案不查",
        "同序号1",
        "线索登记台账，限期办结。",
    ]
    rows[6] = ["5", "同第3项", "同第3项", "接受监管对象宴请礼品", "同第2项", "签订廉洁承诺书。"]
    got = run(tmp_path, rows, ["A1:F1"])
    assert ("食品安全监管员", "笪语桐", "对投诉举报线索压案不查", "Ⅰ级") in read(got)
    assert ("食品安全监管员", "笪语桐", "接受监管对象宴请礼品", "Ⅱ级") in read(got)
    assert len(read(got)) == 6
    assert not errors(got), errors(got)


def test_a_number_naming_no_row_invents_no_level(tmp_path):
    """'同第9项' where no row is 9, '同岗位所长' (no number): left as written, as before."""
    rows = [list(r) for r in MARKET]
    rows[5][4] = "同第9项"
    rows[6][4] = "同岗位所长"
    rows[7][4] = "低"
    got = run(tmp_path, rows, ["A1:F1"])
    levels = {p: lv for _t, _n, p, lv in read(got)}
    assert levels["对投诉举报线索压案不查"] == levels["接受监管对象宴请礼品"] == ""
    assert levels["特种设备检验把关不严"] == "Ⅲ级"
    assert "LEVEL_UNKNOWN" in codes(got)


def test_ditto_and_no_number_column_read_as_before(tmp_path):
    """'同上' under a level is the level above (as before); a list with no 序号 column leaves
    '同第1项' as written (no number to name)."""
    rows = [list(r) for r in MARKET]
    rows[5][4] = "同上"
    rows[6][4], rows[7][4] = "中", "低"
    got = run(tmp_path, rows, ["A1:F1"])
    assert ("食品安全监管员", "笪语桐", "对投诉举报线索压案不查", "Ⅲ级") in read(got)
    assert not errors(got), errors(got)
    plain = [MARKET[0]] + [r[1:] for r in MARKET[1:]]
    got = run(tmp_path / "plain", plain, ["A1:E1"])
    levels = {p: lv for _t, _n, p, lv in read(got)}
    assert levels["对投诉举报线索压案不查"] == levels["接受监管对象宴请礼品"] == ""
    assert levels["特种设备检验把关不严"] == ""
    assert "LEVEL_BY_ROW_NUMBER" not in codes(got)
    assert "LEVEL_UNKNOWN" in codes(got)


def test_what_the_hundred_and_twenty_eighth_review_found_numbers_written_with_a_stop_or_brackets(
    tmp_path,
):
    """序号 written '1.', '（1）' or '一' (as the holder's '同序号2' already reads them): '同第1项'
    names that row too; the rule had read only bare digits and left the cell LEVEL_UNKNOWN."""
    for style in (lambda n: f"{n}.", lambda n: f"（{n}）", lambda n: "一二三四五六"[n - 1]):
        rows = [list(r) for r in MARKET]
        for i, r in enumerate(rows[2:], start=1):
            r[0] = style(i)
        got = run(tmp_path / style(1), rows, ["A1:F1"])
        assert ("食品安全监管员", "笪语桐", "对投诉举报线索压案不查", "Ⅰ级") in read(got)
        assert ("食品安全监管员", "笪语桐", "接受监管对象宴请礼品", "Ⅱ级") in read(got)
        assert ("特种设备监管员", "闵知远", "特种设备检验把关不严", "Ⅲ级") in read(got)
        assert not errors(got), errors(got)


def test_what_the_hundred_and_twenty_eighth_review_found_a_chain_of_three(tmp_path):
    """'同第6项' → row 6 '同第4项' → row 4 '同第1项' → 高: a chain is followed to the row that
    writes its level (the rule followed it once, leaving the third LEVEL_UNKNOWN; a judgement
    call: how long a chain a list writes is no reason to stop, a chain going round still is)."""
    rows = [list(r) for r in MARKET]
    rows[7][4] = "同第4项"
    rows.append(
        ["7", "特种设备监管员", "闵知远", "违规出具检验合格意见", "同第6项", "合格意见复核。"]
    )
    got = run(tmp_path, rows, ["A1:F1"])
    assert ("特种设备监管员", "闵知远", "特种设备检验把关不严", "Ⅰ级") in read(got)
    assert ("特种设备监管员", "闵知远", "违规出具检验合格意见", "Ⅰ级") in read(got)
    assert not errors(got), errors(got)
    rows[5][4], rows[7][4] = "同第6项", "同第4项"  # (4 → 6 → 4: round, no level made up)
    rows[8][4] = "低"
    got = run(tmp_path / "round", rows, ["A1:F1"])
    levels = {p: lv for _t, _n, p, lv in read(got)}
    assert levels["对投诉举报线索压案不查"] == levels["特种设备检验把关不严"] == ""
    assert "LEVEL_UNKNOWN" in codes(got)


def test_what_the_hundred_and_twenty_eighth_review_found_a_bracketed_level_at_odds(tmp_path):
    """'同第1项（低）' beside a 高 row 1: the cell writes two levels; the rule took row 1's 高
    silently. A judgement call: which one is meant is the holder's to say, so the cell stays
    LEVEL_UNKNOWN as before the rule; a bracket agreeing with the row ('同第1项（高）') or
    naming no level ('同第1项（风险等级）') is read as the row's level."""
    rows = [list(r) for r in MARKET]
    rows[5][4] = "同第1项（低）"
    rows[6][4] = "同序号2(中)"
    got = run(tmp_path, rows, ["A1:F1"])
    levels = {p: lv for _t, _n, p, lv in read(got)}
    assert levels["对投诉举报线索压案不查"] == ""
    assert levels["接受监管对象宴请礼品"] == "Ⅱ级"
    assert "LEVEL_UNKNOWN" in codes(got)


def test_what_the_hundred_and_twenty_eighth_review_found_an_item_of_two_points(tmp_path):
    """序号 1 merged down over two points graded 高 and 低 (or '1' written on both rows), a later
    level '同第1项': the rule took the top row's 高 (the written copy: the lower row's 低), a grade
    made up either way. A judgement call: an item graded two ways names no one level, so the cell
    stays LEVEL_UNKNOWN as before the rule; an item graded one way (高, 高) gives it."""
    rows = [
        ["城关市场监督管理所岗位廉政风险点排查表"],
        ["序号", "岗位", "责任人", "风险点", "风险等级", "防控措施"],
        ["1", "所长", "籍沐宸", "行政处罚案件违规减免罚款", "高", "案件集体讨论。"],
        [None, "所长", "籍沐宸", "罚没物品处置不规范", "低", "处置清单公示。"],
        ["2", "食品安全监管员", "笪语桐", "抽检样品调包", "中", "样品封签。"],
        ["3", "食品安全监管员", "笪语桐", "对投诉举报线索压案不查", "同第1项", "线索登记台账。"],
    ]  # fmt: skip
    for case, merges in (("merged", ["A1:F1", "A3:A4"]), ("written", ["A1:F1"])):
        if case == "written":
            rows[3][0] = "1"
        got = run(tmp_path / case, rows, merges)
        levels = {p: lv for _t, _n, p, lv in read(got)}
        assert levels["对投诉举报线索压案不查"] == "", case
        assert "LEVEL_UNKNOWN" in codes(got), case
        rows2 = [list(r) for r in rows]
        rows2[3][4] = "高"
        got = run(tmp_path / f"{case}_one", rows2, merges)
        levels = {p: lv for _t, _n, p, lv in read(got)}
        assert levels["对投诉举报线索压案不查"] == "Ⅰ级", case
        assert not errors(got), errors(got)
