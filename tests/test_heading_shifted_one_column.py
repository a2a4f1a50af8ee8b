"""A list whose heading row stands as a whole one column off every row under it (a cell of the
heading deleted with 右侧单元格左移, or one inserted before it): each heading sits over its left
(or right) neighbour's values, the last (or first) data column unheaded. Where the contents agree
— the numbers 1..n under a heading that is no 序号 word, the level words and the names one column
off their headings — the heading is read moved back over its values, with one warning.

Not the published batch's list (a 水利工程建设管理站 with 股室 | 岗位 | 姓名 | … and 一级/二级/三级,
shifted left): a 市场监督管理所's and a 乡镇卫生院's lists, other posts, names and level words
(高/中/低, 高风险/中风险), a type column, post and name in one cell, and a heading shifted right;
written with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


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


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


MARKET = [
    ("所长", "阚珝沅", "日常监管检查中接受企业宴请、礼金", "高", "廉洁承诺，检查双人执法并全程记录。"),
    ("所长", "阚珝沅", "行政处罚案件中随意降低罚款额度", "中", "案件集体讨论，处罚结果公示。"),
    ("食品监管员", "扈沅澄", "食品经营许可现场核查走过场", "中", "核查清单化，抽查复核。"),
    ("食品监管员", "扈沅澄", "投诉举报处理中偏袒被投诉方", "低", "限时办结，回访投诉人。"),
    ("特种设备监管员", "逯淏翀", "特种设备隐患整改验收放宽标准", "高", "整改销号双人复核。"),
]  # fmt: skip
EXPECTED = sorted([
    ("所长", "阚珝沅", "日常监管检查中接受企业宴请、礼金", "Ⅰ级"),
    ("所长", "阚珝沅", "行政处罚案件中随意降低罚款额度", "Ⅱ级"),
    ("食品监管员", "扈沅澄", "食品经营许可现场核查走过场", "Ⅱ级"),
    ("食品监管员", "扈沅澄", "投诉举报处理中偏袒被投诉方", "Ⅲ级"),
    ("特种设备监管员", "逯淏翀", "特种设备隐患整改验收放宽标准", "Ⅰ级"),
])  # fmt: skip


def test_a_heading_one_column_left_of_its_rows_is_moved_back(tmp_path):
    """'岗位 | 姓名 | 风险点 | 风险类型 | 风险等级 | 防控措施 |' over '1 | 所长 | 阚珝沅 | … | 高 | …':
    the 序号 heading deleted, a type column among them, 岗位/姓名 merged per holder."""
    rows = [["XX市场监督管理所岗位廉政风险防控清单"],
            ["岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施", None]]  # fmt: skip
    for n, (post, who, point, lv, measures) in enumerate(MARKET, 1):
        rows.append([n, post, who, point, "岗位职责", lv, measures])
    rows.append(["填报人：办公室", None, None, None, "2025年3月"])
    got = run(tmp_path, rows, ["A1:G1", "B3:B4", "C3:C4", "B5:B6", "C5:C6"])
    assert read(got) == EXPECTED
    assert "HEADING_SHIFTED" in codes(got)
    said = got.issues[got.issues["code"] == "HEADING_SHIFTED"].to_dict("records")
    assert len(said) == 1 and said[0]["severity"] == "warning", said
    assert "第 2 行" in said[0]["message"] and "偏左一列" in said[0]["message"], said
    assert "HEADING_SHIFTED" in CATALOGUE.keys() & SHORT.keys()
    no_errors(got)


def test_a_shifted_heading_with_a_department_column(tmp_path):
    """'科室 | 岗位 | 姓名 | 廉政风险点 | 等级 | 措施 |', the 科室 merged over its holders' rows."""
    rows = [["XX市场监督管理所廉政风险点一览表"],
            ["科室", "岗位", "姓名", "廉政风险点", "等级", "防控措施", None]]  # fmt: skip
    for n, (post, who, point, lv, measures) in enumerate(MARKET, 1):
        rows.append([n, "综合执法组" if n > 2 else "所领导", post, who, point, lv, measures])
    got = run(tmp_path, rows, ["A1:G1", "B3:B4", "B5:B7", "C3:C4", "D3:D4", "C5:C6", "D5:D6"])
    assert read(got) == EXPECTED
    assert sorted(set(got.risks["department"])) == ["所领导", "综合执法组"]
    assert "HEADING_SHIFTED" in codes(got)
    no_errors(got)


def test_a_heading_one_column_right_of_its_rows_is_moved_back(tmp_path):
    """'(none) | 序号 | 岗位 | 姓名 | 风险点 | 风险等级 | 防控措施' over '1 | 院长 | 甄翯湲 | … | 高风险 | … |':
    a cell inserted before the heading, its last heading over an empty column."""
    rows = [["XX镇卫生院岗位廉政风险排查表"],
            [None, "序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"]]  # fmt: skip
    clinic = [
        ("院长", "甄翯湲", "药品耗材采购中收受回扣", "高风险", "采购纳入统一平台。"),
        ("院长", "甄翯湲", "绩效分配优亲厚友", "中风险", "方案职代会通过。"),
        ("收费员", "谯澈珣", "收费不开票据，截留现金", "高风险", "每日对账。"),
        ("药房管理员", "佘岍翀", "药品出入库账实不符", "中风险", "月末盘点，双人签字。"),
    ]
    for n, (post, who, point, lv, measures) in enumerate(clinic, 1):
        rows.append([n, post, who, point, lv, measures])
    got = run(tmp_path, rows, ["A1:G1"])
    assert read(got) == sorted([
        ("院长", "甄翯湲", "药品耗材采购中收受回扣", "Ⅰ级"),
        ("院长", "甄翯湲", "绩效分配优亲厚友", "Ⅱ级"),
        ("收费员", "谯澈珣", "收费不开票据，截留现金", "Ⅰ级"),
        ("药房管理员", "佘岍翀", "药品出入库账实不符", "Ⅱ级"),
    ])  # fmt: skip
    assert "HEADING_SHIFTED" in codes(got)
    no_errors(got)


def test_a_list_with_its_numbers_under_a_sequence_heading_stays_as_it_was(tmp_path):
    """'序号 | 岗位 | 姓名 | …' over its own columns: no shift."""
    rows = [["XX市场监督管理所岗位廉政风险防控清单"],
            ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"]]  # fmt: skip
    for n, (post, who, point, lv, measures) in enumerate(MARKET, 1):
        rows.append([n, post, who, point, lv, measures])
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == EXPECTED
    assert "HEADING_SHIFTED" not in codes(got)
    no_errors(got)


def test_numbers_under_a_department_heading_with_levels_in_place_stay_as_they_were(tmp_path):
    """'科室 | 岗位 | 姓名 | 风险点 | 风险等级 | 防控措施' with numbers under 科室 but the levels under
    their own heading: the contents agree with the heading as it stands."""
    rows = [["XX市场监督管理所岗位廉政风险防控清单"],
            ["科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"]]  # fmt: skip
    for n, (post, who, point, lv, measures) in enumerate(MARKET, 1):
        rows.append([n, post, who, point, lv, measures])
    got = run(tmp_path, rows, ["A1:F1"])
    assert [x[1:] for x in read(got)] == [x[1:] for x in EXPECTED]
    assert "HEADING_SHIFTED" not in codes(got)
    no_errors(got)


def test_a_list_with_an_unheaded_remarks_column_stays_as_it_was(tmp_path):
    """'序号 | 岗位 | 姓名 | 风险点 | 风险等级 | 防控措施 |' with a last column of notes unheaded: the
    first heading a 序号 word, the levels in place."""
    rows = [["XX市场监督管理所岗位廉政风险防控清单"],
            ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施", None]]  # fmt: skip
    for n, (post, who, point, lv, measures) in enumerate(MARKET, 1):
        rows.append([n, post, who, point, lv, measures, "已落实"])
    got = run(tmp_path, rows, ["A1:G1"])
    assert read(got) == EXPECTED
    assert "HEADING_SHIFTED" not in codes(got)
    no_errors(got)


FORESTRY = [
    ("办公室", "主任", "钭翊宁", "公车使用不登记", "低", "用车审批登记台账。"),
    ("办公室", "科员", "满沐川", "办公用品采购不比价", "中", "三家比价留存。"),
    ("资源股", "股长", "濮阳棠樾", "采伐指标分配不公", "高", "指标分配公开透明。"),
    ("资源股", "股员", "郜晏清", "伐区验收走过场", "中", "验收双人到场。"),
    ("林政股", "股长", "雍芷汀", "林地征占用审批把关不严", "高", "审批事项集体研究。"),
]  # fmt: skip
FORESTRY_READ = sorted([
    ("办公室", "主任", "钭翊宁", "公车使用不登记", "Ⅲ级"),
    ("办公室", "科员", "满沐川", "办公用品采购不比价", "Ⅱ级"),
    ("资源股", "股长", "濮阳棠樾", "采伐指标分配不公", "Ⅰ级"),
    ("资源股", "股员", "郜晏清", "伐区验收走过场", "Ⅱ级"),
    ("林政股", "股长", "雍芷汀", "林地征占用审批把关不严", "Ⅰ级"),
])  # fmt: skip


def _read_with_department(got) -> list[tuple[str, str, str, str, str]]:
    r = got.risks
    return sorted(
        zip(r["department"], r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True)
    )


def test_what_the_hundred_and_twenty_eighth_review_found_numbers_left_as_stray_cells(tmp_path):
    """'股室 | 岗位 | 姓名 | 风险点 | 风险等级 | 防控措施 |' over '1 | 办公室 | 主任 | … | 低 | …': the
    heading was moved back, but the column of 1..n it had lost (the deleted cell was its '序号')
    was left unheaded, each number warned as a cell beside the table (CELL_OUTSIDE ×5). The
    numbers are the list's own first column: read under '序号', no stray cells."""
    rows = [["XX县林业和草原局廉政风险点一览表"],
            ["股室", "岗位", "姓名", "风险点", "风险等级", "防控措施"]]  # fmt: skip
    rows += [[n, *d] for n, d in enumerate(FORESTRY, 1)]
    got = run(tmp_path, rows, ["A1:G1"])
    assert _read_with_department(got) == FORESTRY_READ
    assert "HEADING_SHIFTED" in codes(got)
    assert "CELL_OUTSIDE" not in codes(got), got.issues.to_dict("records")
    no_errors(got)


def test_what_the_hundred_and_twenty_eighth_review_found_a_blank_remarks_column(tmp_path):
    """'股室 | 岗位 | 姓名 | 风险点 | 风险等级 | 防控措施 | 备注' over '1 | 办公室 | 主任 | … | 低 | … |':
    the list's '备注' left blank, so past the shifted heading's end nothing stands (the rule
    wanted a filled unheaded column there) and the list was read with every column off by one
    (the numbers as 股室, the names as 岗位, each level unknown). The last heading '备注' over
    the measures with the column past it blank is the same shift: read moved back."""
    rows = [["XX县林业和草原局廉政风险点一览表"],
            ["股室", "岗位", "姓名", "风险点", "风险等级", "防控措施", "备注"]]  # fmt: skip
    rows += [[n, *d] for n, d in enumerate(FORESTRY, 1)]
    got = run(tmp_path, rows, ["A1:H1"])
    assert _read_with_department(got) == FORESTRY_READ
    said = got.issues[got.issues["code"] == "HEADING_SHIFTED"]
    assert len(said) == 1 and "偏左一列" in said["message"].iloc[0]
    assert not {"CELL_OUTSIDE", "LEVEL_UNKNOWN"} & codes(got)
    no_errors(got)


def test_a_blank_remarks_column_of_an_aligned_list_stays_as_it_was(tmp_path):
    """'科室 | 岗位 | 姓名 | 风险点 | 风险等级 | 防控措施 | 备注' over its own columns, numbers under
    科室 (department codes), 备注 blank: the levels in place, no shift."""
    rows = [["XX县林业和草原局廉政风险点一览表"],
            ["科室", "岗位", "姓名", "风险点", "风险等级", "防控措施", "备注"]]  # fmt: skip
    rows += [[n, *d[1:]] for n, d in enumerate(FORESTRY, 1)]
    got = run(tmp_path, rows, ["A1:G1"])
    assert sorted(x[1:] for x in _read_with_department(got)) == sorted(x[1:] for x in FORESTRY_READ)
    assert "HEADING_SHIFTED" not in codes(got)


def test_what_the_hundred_and_twenty_eighth_review_found_post_and_name_in_one_cell(tmp_path):
    """'岗位及姓名 | 风险点 | 风险等级 | 防控措施 |' over '1 | 主任 钭翊宁 | … | 低 | …': the names test
    wanted bare names one column off the holder heading, and '主任 钭翊宁' is none, so the list
    was read every column off by one (the numbers as holders, each level unknown). A post and
    its holder's name in one cell ('主任 钭翊宁', '主任⏎钭翊宁') are the holder too: moved back."""
    rows = [["XX县林业和草原局廉政风险点一览表"],
            ["岗位及姓名", "风险点", "风险等级", "防控措施"]]  # fmt: skip
    rows += [[n, f"{d[1]} {d[2]}", d[3], d[4], d[5]] for n, d in enumerate(FORESTRY, 1)]
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted(x[1:] for x in FORESTRY_READ)
    assert "HEADING_SHIFTED" in codes(got)
    assert not {"CELL_OUTSIDE", "LEVEL_UNKNOWN"} & codes(got)
    no_errors(got)
