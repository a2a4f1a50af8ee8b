"""Levels given by closing footer rows written IN BRACKETS as a whole: a list with no level
column, sorted by level, each run of rows closed by a lone line '（以上为一级风险点，共3项）',
'(以上2项为高风险)', '【上述风险点均为中风险】' that gives the level of the rows above it back to the
previous such line (tests/test_level_footer_rows.py reads the same lines unbracketed).

The layouts here are not the published batch's (tests/published/batch733.py: a 区税务局's
分级汇总表, 序号/股室/岗位/姓名, footers '（以上为一级风险点，共3项）' with 一级/二级/三级): another
unit (a 市住房公积金管理中心's 管理部), other posts and names, 高/中/低 and Ⅰ/Ⅱ/Ⅲ words, half-width,
full-width and square brackets, one or two heading rows, post and name in one cell or two, an
extra 风险类型 column, merged and unmerged footers, written with xlsxwriter (tests/helpers.py)
and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None, sheet: str = "风险清单"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> list[str]:
    return got.issues["code"].tolist()


def errors(got) -> list[str]:
    return got.issues[got.issues["severity"] == "error"]["code"].tolist()


TITLE = ["XX市住房公积金管理中心城东管理部廉政风险点清单"]
# (岗位, 姓名, 风险点, 防控措施) in the order of the list, sorted by level
HIGH = [
    ("部长", "枞沄翊", "贷款审批中为关系人降低条件", "贷款审批三级复核，审批记录留痕。"),
    ("信贷员", "隗澍岚", "收受开发商好处违规受理贷款", "受理与审核分岗，定期轮岗。"),
]
MIDDLE = [
    ("信贷员", "隗澍岚", "贷后检查走过场", "贷后检查双人实施，结果抽查。"),
    ("归集员", "戢沛霖", "违规为单位缓缴公积金", "缓缴申请经部务会研究。"),
    ("部长", "枞沄翊", "提取审核把关不严", "提取业务系统比对，月度抽查。"),
]
LOW = [("归集员", "戢沛霖", "上班时间办理私事", "考勤打卡，部长督查。")]


def _want(runs, levels):
    return sorted(
        (post, who, point, lv)
        for run_, lv in zip(runs, levels, strict=True)
        for post, who, point, _m in run_
    )


def test_bracketed_footers_merged_under_one_heading_row(tmp_path):
    rows = [TITLE, ["序号", "岗位", "姓名", "风险点", "防控措施"]]
    merges = ["A1:E1"]
    n = 0
    for footer, run_ in (("(以上2项为高风险)", HIGH), ("【上述风险点均为中风险】", MIDDLE),
                         ("［以上为低风险点，共1项］", LOW)):  # fmt: skip
        for p in run_:
            n += 1
            rows.append([n, *p])
        merges.append(f"A{len(rows) + 1}:E{len(rows) + 1}")
        rows.append([footer])
    rows.append(["填表人：", None, "审核人：", None, "2025年5月"])
    got = run(tmp_path, rows, merges)
    assert read(got) == _want((HIGH, MIDDLE, LOW), ("Ⅰ级", "Ⅱ级", "Ⅲ级"))
    assert sorted(got.posts["person"]) == ["戢沛霖", "枞沄翊", "隗澍岚"]  # the footers no holders
    assert "LEVEL_BY_FOOTER" in codes(got) and "LEVEL_FOOTER_COUNT" not in codes(got)
    assert not errors(got)


def test_two_heading_rows_post_and_name_in_one_cell_unmerged_footers(tmp_path):
    # '责任岗位及责任人' one cell '部长　枞沄翊'; the footers typed in column A only, not merged
    rows = [TITLE,
            ["编号", "责任岗位及责任人", "廉政风险", None],
            [None, None, "风险点", "防控措施"]]  # fmt: skip
    merges = ["A1:D1", "A2:A3", "B2:B3", "C2:D2"]
    for i, (footer, run_) in enumerate(
        (
            ("（以上为Ⅰ级风险点，共2项）", HIGH),
            ("（以上3项为Ⅱ级风险）", MIDDLE),
            ("（上述风险点为Ⅲ级）", LOW),
        )
    ):
        for post, who, point, measures in run_:
            rows.append([f"{i + 1}-{len(rows)}", f"{post}\u3000{who}", point, measures])
        rows.append([footer])
    got = run(tmp_path, rows, merges)
    assert read(got) == _want((HIGH, MIDDLE, LOW), ("Ⅰ级", "Ⅱ级", "Ⅲ级"))
    assert not errors(got)


def test_an_extra_type_column_and_a_count_that_is_not_the_runs(tmp_path):
    rows = [TITLE, ["序号", "岗位", "姓名", "风险点", "风险类型", "防控措施"]]
    merges = ["A1:F1"]
    n = 0
    for footer, run_ in (("（以上均为高风险，共3项）", HIGH), ("（以上为中风险点，共3项）", MIDDLE),
                         ("（以上为低风险点，共1项）", LOW)):  # fmt: skip
        for post, who, point, measures in run_:
            n += 1
            rows.append([n, post, who, point, "岗位职责风险", measures])
        merges.append(f"A{len(rows) + 1}:F{len(rows) + 1}")
        rows.append([footer])
    got = run(tmp_path, rows, merges)
    # read all the same; the first footer's 共3项 over two rows is told
    assert read(got) == _want((HIGH, MIDDLE, LOW), ("Ⅰ级", "Ⅱ级", "Ⅲ级"))
    warned = got.issues[got.issues["code"] == "LEVEL_FOOTER_COUNT"]
    assert warned["cell"].tolist() == ["A5"] and warned["severity"].tolist() == ["warning"]
    assert set(got.risks["risk_type"]) == {"岗位职责风险"}
    assert not errors(got)


def _plain(level_column: bool):
    """The list with (or without) a 风险等级 column, no footers."""
    head = ["序号", "岗位", "姓名", "风险点", *(["风险等级"] if level_column else []), "防控措施"]
    rows = [TITLE, head]
    n = 0
    for run_, lv in ((HIGH, "高"), (MIDDLE, "中"), (LOW, "低")):
        for post, who, point, measures in run_:
            n += 1
            rows.append([n, post, who, point, *([lv] if level_column else []), measures])
    return rows


def test_a_bracketed_note_of_who_answers_gives_no_level(tmp_path):
    # '（以上3项由部长负责）' under a list with no level column: no level, no point, as before
    rows = _plain(False)
    rows.insert(5, ["（以上3项由部长负责）"])
    got = run(tmp_path, rows, ["A1:E1", "A6:E6"])
    assert read(got) == _want((HIGH, MIDDLE, LOW), ("", "", ""))
    assert "LEVEL_BY_FOOTER" not in codes(got) and "LEVEL_BLANK" in codes(got)
    # the post's grade in brackets is no level of the points either
    rows = _plain(False)
    rows.insert(4, ["（以上为高风险岗位）"])
    got = run(tmp_path / "post", rows, ["A1:E1", "A5:E5"])
    assert read(got) == _want((HIGH, MIDDLE, LOW), ("", "", ""))
    assert "LEVEL_BY_FOOTER" not in codes(got)


def test_a_bracketed_total_under_written_levels_reads_as_before(tmp_path):
    rows = _plain(True)
    rows.append(["（合计：高风险2项，中风险3项，低风险1项）"])
    got = run(tmp_path, rows, ["A1:F1", f"A{len(rows)}:F{len(rows)}"])
    assert read(got) == _want((HIGH, MIDDLE, LOW), ("Ⅰ级", "Ⅱ级", "Ⅲ级"))
    assert "LEVEL_BY_FOOTER" not in codes(got)
    assert not errors(got)


def test_what_the_hundred_and_eleventh_review_found_a_colon_footer(tmp_path):
    # '（以上风险等级：高）', '（以上风险点等级为中）': the level footer too
    rows = [["XX市住房公积金管理中心廉政风险点清单"],
            ["序号", "岗位", "姓名", "风险点", "防控措施"],
            [1, "部长", "枞沄翊", "贷款审批降低条件", "三级复核。"],
            [2, "信贷员", "隗澍岚", "违规受理贷款", "分岗。"],
            ["（以上风险等级：高）"],
            [3, "归集员", "戢沛霖", "违规缓缴", "部务会研究。"],
            ["（以上风险点等级为中）"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A5:E5", "A7:E7"])
    assert read(got) == sorted([
        ("部长", "枞沄翊", "贷款审批降低条件", "Ⅰ级"),
        ("信贷员", "隗澍岚", "违规受理贷款", "Ⅰ级"),
        ("归集员", "戢沛霖", "违规缓缴", "Ⅱ级"),
    ])  # fmt: skip
    assert "LEVEL_BY_FOOTER" in codes(got)
    assert not errors(got)
    # a colon saying no level ('以上风险等级：见附表') gives none
    rows[4], rows[6] = ["（以上风险等级：见附表）"], ["（以上风险等级：见附表）"]
    got = run(tmp_path / "2", rows, ["A1:E1", "A5:E5", "A7:E7"])
    assert "LEVEL_BY_FOOTER" not in codes(got)
    assert {lv for *_x, lv in read(got)} == {""}
