"""A list sectioned by risk type, whose group rows ('思想道德风险', '制度机制风险', …) were merged
across the table and then unmerged and filled (WPS's 拆分并填充内容): the type word now stands
in every cell of its row. Such a row is read as the merged group row was, a type's section row
whose rows under it take its type (``ROWS_FILLED_ACROSS``), never a row of the table whose
holder, post and point are the type word.

Not the assignment's example (序号 | 岗位 | 姓名 | 风险点 with 思想道德/制度机制 over 主任/会计):
a 县档案馆, a 县住房公积金管理中心 and a 县气象局, other posts and names, the types '岗位职责风险'
and '外部环境风险', the short words '思想道德 | 制度机制', levels 高/中/低 and ★★★/★★/★, post and
name in one cell, two heading rows, a 科室 group row filled across above the type rows. The
negatives: a type word filled across only a few cells of a row beside other texts, and a row
whose 类型 cell alone says the type: read as before, no ``ROWS_FILLED_ACROSS``.
"""

from pathlib import Path

import pytest
from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None, sheet: str = "清单"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str, str]]:
    r = got.risks
    return sorted(
        zip(r["title"], r["person"], r["risk_point"], r["risk_level"], r["risk_type"], strict=True)
    )


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


def across(text: str, n: int) -> list[str]:
    """A formerly merged row after 拆分并填充内容: its text in every one of ``n`` cells."""
    return [text] * n


ARCHIVES = sorted([
    ("馆长", "郦慕白", "收受档案数字化外包商好处", "Ⅰ级", "思想道德风险"),
    ("利用科科长", "褚望川", "违规为他人查阅未开放档案", "Ⅱ级", "思想道德风险"),
    ("馆长", "郦慕白", "数字化项目验收走过场", "Ⅰ级", "岗位职责风险"),
    ("利用科科长", "褚望川", "档案查阅登记不全", "Ⅲ级", "岗位职责风险"),
])  # fmt: skip


def _archive_rows(n: int = 6) -> list[list]:
    return [["XX县档案馆岗位廉政风险点排查表"] + [""] * (n - 1),
            ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
            across("思想道德风险", n),
            ["1", "馆长", "郦慕白", "收受档案数字化外包商好处", "高", "外包项目公开招标，馆务会集体研究。"],
            ["2", "利用科科长", "褚望川", "违规为他人查阅未开放档案", "中", "查阅审批登记，定期抽查。"],
            across("岗位职责风险", n),
            ["3", "馆长", "郦慕白", "数字化项目验收走过场", "高", "验收邀请第三方参加。"],
            ["4", "利用科科长", "褚望川", "档案查阅登记不全", "低", "查阅登记每月核对。"]]  # fmt: skip


def test_type_rows_filled_across_give_the_rows_under_them_their_type(tmp_path):
    got = run(tmp_path, _archive_rows(), ["A1:F1"])
    assert read(got) == ARCHIVES
    said = got.issues[got.issues["code"] == "ROWS_FILLED_ACROSS"]
    assert list(said["value"]) == ["2"]
    assert not {"ROW_UNPLACED", "LEVEL_UNKNOWN", "TYPE_UNKNOWN", "LEVEL_BLANK"} & codes(got)
    no_errors(got)


def test_as_the_merged_original_reads(tmp_path):
    rows = [list(r) for r in _archive_rows()]
    rows[2] = ["思想道德风险", "", "", "", "", ""]
    rows[5] = ["岗位职责风险", "", "", "", "", ""]
    got = run(tmp_path, rows, ["A1:F1", "A3:F3", "A6:F6"])
    assert read(got) == ARCHIVES
    assert "ROWS_FILLED_ACROSS" not in codes(got)
    no_errors(got)


def test_short_type_words_under_a_dept_row_and_two_heading_rows(tmp_path):
    # a 公积金中心: the title still merged, a heading of two rows ('风险等级' over '★' marks
    # column filled down), a 科室 group row filled across and under it the short type words
    n = 7
    rows = [["XX县住房公积金管理中心廉政风险防控登记表", "", "", "", "", "", ""],
            ["序号", "岗位（姓名）", "廉政风险点", "风险等级", "防控措施", "责任领导", "备注"],
            ["序号", "岗位（姓名）", "廉政风险点", "风险等级", "防控措施", "责任领导", "备注"],
            across("一、归集科", n),
            across("制度机制", n),
            ["1", "科长（阚澈宁）", "缴存基数核定不复核", "★★", "核定结果双人复核。", "主任", ""],
            across("外部环境风险", n),
            ["2", "科员（阚云栖）", "开发商请托加快提取审批", "★★★", "提取审批限时办结、全程留痕。", "主任", ""]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"], sheet="登记表")
    assert read(got) == sorted([
        ("科长", "阚澈宁", "缴存基数核定不复核", "Ⅱ级", "制度机制风险"),
        ("科员", "阚云栖", "开发商请托加快提取审批", "Ⅰ级", "外部环境风险"),
    ])  # fmt: skip
    assert set(got.risks["department"]) == {"归集科"}
    said = got.issues[got.issues["code"] == "ROWS_FILLED_ACROSS"]
    assert list(said["value"]) == ["3"]
    no_errors(got)


def test_a_type_word_across_a_few_cells_of_a_row_is_no_group_row(tmp_path):
    # the 类型 column and two cells beside it say '思想道德风险' on a row of the 气象局's list
    # with its own post, name and point: a row of the table, as before
    rows = [["XX县气象局廉政风险点清单"],
            ["岗位", "姓名", "廉政风险点", "风险类型", "风险类型（复核）", "风险等级", "防控措施"],
            ["局长", "缑晓岚", "人工影响天气物资采购收受回扣", "思想道德风险", "思想道德风险", "一级", "物资采购集体研究。"],
            ["测报股长", "缑予安", "观测数据报送不复核", "制度机制风险", "制度机制风险", "二级", "数据报送双人核对。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"])
    assert read(got) == sorted([
        ("局长", "缑晓岚", "人工影响天气物资采购收受回扣", "Ⅰ级", "思想道德风险"),
        ("测报股长", "缑予安", "观测数据报送不复核", "Ⅱ级", "制度机制风险"),
    ])  # fmt: skip
    assert "ROWS_FILLED_ACROSS" not in codes(got)
    no_errors(got)


def test_a_type_row_across_only_three_columns_is_left_as_read(tmp_path):
    # a list of three columns: '制度机制风险' in each of them is as much a row of equal cells as
    # a group row; a type is filled across four columns or more (as a level's group row)
    rows = [["岗位", "廉政风险点", "风险类型"],
            ["制度机制风险", "制度机制风险", "制度机制风险"],
            ["测报股长", "观测数据报送不复核", "制度机制风险"]]  # fmt: skip
    before = run(tmp_path / "a", rows)
    assert "ROWS_FILLED_ACROSS" not in codes(before)


def test_type_rows_filled_from_the_second_column_the_number_left_blank(tmp_path):
    # the 序号 column left blank on the type rows, the type filled over the rest of the row
    rows = [list(r) for r in _archive_rows()]
    rows[2] = [""] + across("思想道德风险", 5)
    rows[5] = [""] + across("岗位职责风险", 5)
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == ARCHIVES
    said = got.issues[got.issues["code"] == "ROWS_FILLED_ACROSS"]
    assert list(said["value"]) == ["2"]
    no_errors(got)


# what the hundred and fifteenth review found: a type row filled across that keeps its number
# in the 序号 cell ('一 | 思想道德风险 | …', before a junk point and the rows under the second type
# row dropped), and one filled over part of the row only ('A:B', 'B:D', the rest empty: the rows
# under it lost, TABLE_OTHER) are the type's group rows, as a merged one is
@pytest.mark.parametrize(
    "first, second",
    [
        (["一"] + across("思想道德风险", 5), ["二"] + across("岗位职责风险", 5)),
        (["一、"] + across("思想道德风险", 5), ["二、"] + across("岗位职责风险", 5)),
        (across("思想道德风险", 2) + [""] * 4, across("岗位职责风险", 2) + [""] * 4),
        (["", *across("思想道德风险", 3), "", ""], ["", *across("岗位职责风险", 3), "", ""]),
        (["思想道德风险"] + [""] * 5, ["", "岗位职责风险", "", "", "", ""]),
    ],
)
def test_what_the_hundred_and_fifteenth_review_found_numbered_and_partial_type_rows(
    tmp_path, first, second
):
    rows = [list(r) for r in _archive_rows()]
    rows[2], rows[5] = first, second
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == ARCHIVES
    assert not codes(got) & {"TABLE_OTHER", "POINT_BLANK", "TABLE_NO_TYPE", "MEASURES_BLANK"}
    no_errors(got)


def test_what_the_hundred_and_fifteenth_review_found_a_data_row_of_one_type_stays(tmp_path):
    # a row whose point and type cells both say '制度机制风险', its post written: no group row
    rows = [["岗位", "廉政风险点", "风险类型", "风险等级"],
            ["测报股长", "制度机制风险", "制度机制风险", "二级"],
            ["测报股长", "观测数据报送不复核", "制度机制风险", "二级"]]  # fmt: skip
    got = run(tmp_path / "a", rows)
    assert "ROWS_FILLED_ACROSS" not in codes(got)
