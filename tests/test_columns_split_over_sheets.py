"""A table too wide for one page whose COLUMNS are cut over two sheets, tied only by the 序号.

One sheet holds '序号 | 股室 | 岗位 | 姓名 | 风险点' (no type, level or measures: no table on its
own), another — its title the first's with a '（续）', or a '第2页' tab — holds '序号 | 风险等级 |
防控措施 …' for the same rows. The first is read as a table only where the second's numbers are
its own row for row; ``_second_page`` then joins them (SHEET_JOINED). Each case is a real .xlsx
(xlsxwriter or openpyxl) or .ods read back as ``collect_inbox`` reads it, in other words than
the published batch (another unit, other headings, other level words and tab names).
"""

from pathlib import Path

import openpyxl
from helpers import write_ods, write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, NAMES

UNIT = "XX县林业和草原局"
LEFT = [
    [f"{UNIT}岗位廉政风险点排查表"],
    ["编号", "股室", "职务", "姓名", "主要风险点"],
    [1, "局领导", "局长", "訾清和", "林地征占用审核把关不严"],
    [2, "局领导", "局长", "訾清和", "生态护林员选聘打招呼"],
    [3, "资源股", "股长", "郗向晚", "采伐限额分配不公"],
    [4, "资源股", "科员", "宓安澜", "木材运输证违规办理"],
    ["说明：本表较宽，风险等级及防控措施见第2页，按编号对应。"],
]
RIGHT = [
    ["编号", "风险等级", "防控措施", "风险类别"],
    [1, "一级", "征占用审核集体研究", "岗位职责"],
    [2, "二级", "选聘名单公示", "思想道德"],
    [3, "一级", "限额分配方案上会", "制度机制"],
    [4, "三级", "办证系统留痕", "业务流程"],
]
TRUTH = [
    ("局领导", "局长", "訾清和", "林地征占用审核把关不严", "Ⅰ级", "征占用审核集体研究", "岗位职责"),
    ("局领导", "局长", "訾清和", "生态护林员选聘打招呼", "Ⅱ级", "选聘名单公示", "思想道德"),
    ("资源股", "股长", "郗向晚", "采伐限额分配不公", "Ⅰ级", "限额分配方案上会", "制度机制"),
    ("资源股", "科员", "宓安澜", "木材运输证违规办理", "Ⅲ级", "办证系统留痕", "业务流程"),
]  # fmt: skip


def read(path: Path):
    """Collect the one workbook in ``path``'s folder as ``collect_inbox`` does, in this process."""
    config = load_config()
    results = (read_file(p, rel, config) for p, rel in discover([path.parent]))
    return assemble(results, config, [path.parent])


def codes(res, severity=None) -> set[str]:
    df = res.issues
    if severity:
        df = df[df["severity"] == severity]
    return set(df["code"])


def rows(res) -> list[tuple]:
    r = res.risks
    cols = ["department", "title", "person", "risk_point", "risk_level", "measures"]
    return sorted(
        zip(*(r[c] for c in cols), (t.split("风险")[0] for t in r["risk_type"]), strict=True)
    )


def test_the_code_is_catalogued_with_a_name():
    assert CATALOGUE["SHEET_COLUMNS_UNMATCHED"][0] == "warning"
    assert "“一览表2”" in CATALOGUE["SHEET_COLUMNS_UNMATCHED"][1].format(field="一览表2")
    assert NAMES["SHEET_COLUMNS_UNMATCHED"]


def test_columns_on_a_second_page_tab_join_the_points_by_number(tmp_path):
    # xlsxwriter; the second sheet a '第2页' tab with no title of its own
    path = write_workbook(tmp_path / "a" / "t.xlsx", {"第1页": LEFT, "第2页": RIGHT})
    got = read(path)
    assert rows(got) == sorted(TRUTH)
    assert "SHEET_JOINED" in codes(got, "info")
    assert not codes(got) & {"SHEET_NO_TABLE", "FILE_NO_FORM", "TABLE_NO_TYPE"}
    assert not codes(got, "error") and not codes(got, "warning")
    assert set(got.issues.loc[got.issues["code"] == "SHEET_JOINED", "source_sheet"]) == {"第2页"}
    # every point is the first sheet's (where its 股室, post and holder stand)
    assert set(got.risks["source_sheet"]) == {"第1页"}


def test_a_continued_title_ties_the_halves_whatever_the_tabs_and_their_order(tmp_path):
    # openpyxl, the 股室 and the holder merged per person, the level half FIRST, plain tabs
    wb = openpyxl.Workbook()
    right = wb.active
    right.title = "Sheet1"
    right.append([f"{UNIT}岗位廉政风险点排查表（续）"])
    for row in RIGHT:
        right.append(row)
    left = wb.create_sheet("Sheet2")
    for row in LEFT:
        left.append(row)
    for rng in ("B3:B4", "C3:C4", "D3:D4", "B5:B6"):
        left.merge_cells(rng)
    path = tmp_path / "b" / "t.xlsx"
    path.parent.mkdir(parents=True)
    wb.save(path)
    got = read(path)
    assert rows(got) == sorted(TRUTH)
    assert "SHEET_JOINED" in codes(got, "info")
    assert not codes(got, "error") and not codes(got, "warning")


def test_a_second_half_without_types_leaves_the_types_missing_said(tmp_path):
    # '序号 | 防控措施 | 风险级别' (高/中/低), no type column on either sheet; an .ods as well
    left = [["XX市疾控中心岗位廉政风险台账"], ["序号", "科室", "岗位", "责任人", "廉政风险"],
            [1, "检验科", "科长", "钭若川", "检测报告出具不实"], [2, "财务科", "出纳", "逯知秋", "公款私存"],
            [3, "财务科", "出纳", "逯知秋", "现金日记账不及时登记"]]  # fmt: skip
    right = [["XX市疾控中心岗位廉政风险台账（续表）"], ["序号", "防控措施", "风险级别"],
             [1, "报告双签", "高"], [2, "账户清理", "中"], [3, "日清月结", "低"]]  # fmt: skip
    for path in (
        write_workbook(tmp_path / "x" / "t.xlsx", {"台账": left, "台账续": right}),
        write_ods(tmp_path / "o" / "t.ods", {"台账": left, "台账续": right}),
    ):
        got = read(path)
        said = list(
            zip(
                got.risks["risk_point"], got.risks["risk_level"], got.risks["measures"], strict=True
            )
        )
        assert said == [("检测报告出具不实", "Ⅰ级", "报告双签"), ("公款私存", "Ⅱ级", "账户清理"),
                        ("现金日记账不及时登记", "Ⅲ级", "日清月结")], path  # fmt: skip
        assert set(got.risks["risk_type"]) == {""}
        assert {"SHEET_JOINED", "TABLE_NO_TYPE"} <= codes(got, "info"), path
        assert "SHEET_NO_TABLE" not in codes(got)


def test_a_header_of_points_alone_with_no_other_half_reads_as_before(tmp_path):
    # no other sheet at all: no table, said as before
    path = write_workbook(tmp_path / "a" / "t.xlsx", {"第1页": LEFT})
    got = read(path)
    assert got.risks.empty
    assert {"SHEET_NO_TABLE", "FILE_NO_FORM"} <= codes(got)
    assert "SHEET_JOINED" not in codes(got) and "SHEET_COLUMNS_UNMATCHED" not in codes(got)
    # another table numbered 1…n beside it (a 评定标准, no title or tab of the same table): nothing
    norms = [["风险等级评定标准"], ["序号", "风险等级", "分值", "说明"],
             [1, "一级", "15-25分", "易发多发"], [2, "二级", "8-14分", "偶发"],
             [3, "三级", "1-7分", "较少发生"], [4, "三级", "0分", "未发生"]]  # fmt: skip
    path = write_workbook(tmp_path / "b" / "t.xlsx", {"排查表": LEFT, "评定标准": norms})
    got = read(path)
    assert got.risks.empty
    assert "SHEET_NO_TABLE" in codes(got)
    assert not codes(got) & {"SHEET_JOINED", "SHEET_COLUMNS_UNMATCHED"}


def test_numbers_that_do_not_match_row_for_row_join_nothing_and_say_so(tmp_path):
    for name, right in (
        ("skipped", [RIGHT[0], RIGHT[1], RIGHT[2], [5, *RIGHT[4][1:]], RIGHT[4]]),
        ("fewer", RIGHT[:4]),
        ("order", [RIGHT[0], RIGHT[2], RIGHT[1], RIGHT[3], RIGHT[4]]),
    ):
        path = write_workbook(tmp_path / name / "t.xlsx", {"第1页": LEFT, "第2页": right})
        got = read(path)
        assert got.risks.empty, name  # (no level or measures put on a row they may not be of)
        assert {"SHEET_NO_TABLE", "SHEET_COLUMNS_UNMATCHED"} <= codes(got, "warning"), name
        assert "SHEET_JOINED" not in codes(got), name
        at = got.issues[got.issues["code"] == "SHEET_COLUMNS_UNMATCHED"]
        assert list(at["source_sheet"]) == ["第1页"] and list(at["cell"]) == ["A2"], name
        assert "“第2页”" in at["message"].iloc[0]


def test_a_whole_table_is_untouched_by_the_rule(tmp_path):
    # a table with its own levels beside a '第2页' of more columns: read (and joined) as before
    left = [[f"{UNIT}岗位廉政风险点排查表"], ["编号", "股室", "职务", "姓名", "主要风险点", "风险等级"],
            *[[*row[:5], lv] for row, lv in zip(LEFT[2:6], ("一级", "二级", "一级", "三级"), strict=True)]]  # fmt: skip
    right = [["编号", "防控措施"], *[[r[0], r[2]] for r in RIGHT[1:]]]
    path = write_workbook(tmp_path / "a" / "t.xlsx", {"第1页": left, "第2页": right})
    got = read(path)
    assert [x[:6] for x in rows(got)] == sorted(x[:6] for x in TRUTH)
    assert "SHEET_JOINED" in codes(got, "info") and "SHEET_COLUMNS_UNMATCHED" not in codes(got)
