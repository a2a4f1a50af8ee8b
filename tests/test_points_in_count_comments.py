"""A holders' count roster (one row a holder: his post, his name and the NUMBER of his points,
perhaps per grade) whose points stand only in a cell comment (批注) on his count cell, one
numbered line a point, its level in a closing bracket or given by the grade counts in order:
each line is a point of the row's holder, the 合计 row no one, said once (POINTS_IN_COMMENTS).

Not the published batch's roster (a 人工影响天气办公室 with 主任 … 会计, '排查风险点（项）' over
'其中 一级 | 二级 | 三级', comments 'Administrator:⏎1.…（一级）'): a 县 供销合作社 and a 乡 农技站
with other posts and names, '风险点数' / '廉政风险点个数（个）' headings, 高/中/低 and Ⅰ级 words, one
heading row or two, post and name in one cell, an extra 联系电话 column, lines with no level
(levels by the counts), a 'WPS:' author and a line count that differs from the count; written
with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file. Left as
before: a count table with no comments (a 统计表) and one whose comments are a reviewer's notes.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str], comments: dict[str, str]):
    inbox = tmp_path / "inbox"
    write_workbook(
        inbox / "roster.xlsx", {"汇总": rows}, {"汇总": merges}, comments={"汇总": comments}
    )
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> list[str]:
    return list(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


COOP = [
    ["XX县供销合作社联合社廉政风险点统计汇总表"],
    ["序号", "岗位", "姓名", "风险点数", "高", "中", "低", "联系电话"],
    [1, "理事会主任", "滕昀珩", 2, 1, 1, 0, "0991-1234501"],
    [2, "财务股股长", "濮翎昉", 3, 1, 1, 1, "0991-1234502"],
    [3, "出纳", "滕筠溪", 1, 0, 0, 1, "0991-1234503"],
    ["合计", None, None, 6, 2, 2, 2, None],
]
COOP_NOTES = {
    "D3": "WPS:\n1.社有资产出租不公开招租（高）\n2.下属企业改制中低价转让股权（中）",
    "D4": "WPS:\n1.专项资金拨付不审核凭证（高）\n2.往来款长期挂账不清理（中）\n3.记账凭证附件不全（低）",
    "D5": "WPS:\n1.库存现金超限额存放（低）",
}


def test_tagged_lines_on_one_heading_row(tmp_path):
    got = run(tmp_path, COOP, ["A1:H1", "A6:C6"], COOP_NOTES)
    assert read(got) == sorted([
        ("理事会主任", "滕昀珩", "社有资产出租不公开招租", "Ⅰ级"),
        ("理事会主任", "滕昀珩", "下属企业改制中低价转让股权", "Ⅱ级"),
        ("财务股股长", "濮翎昉", "专项资金拨付不审核凭证", "Ⅰ级"),
        ("财务股股长", "濮翎昉", "往来款长期挂账不清理", "Ⅱ级"),
        ("财务股股长", "濮翎昉", "记账凭证附件不全", "Ⅲ级"),
        ("出纳", "滕筠溪", "库存现金超限额存放", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert codes(got).count("POINTS_IN_COMMENTS") == 1
    assert "POINTS_COMMENTS_UNMATCHED" not in codes(got)


STATION = [
    ["XX乡农业技术推广站岗位廉政风险排查情况表"],
    ["序号", "岗位及姓名", "廉政风险点个数（个）", "其中", None, None],
    [None, None, None, "Ⅰ级", "Ⅱ级", "Ⅲ级"],
    [1, "站长　隗沐宸", 2, 1, 0, 1],
    [2, "农技员　祁星澜", 2, 0, 1, 1],
    ["合计", None, 4, 1, 1, 2],
]
STATION_MERGES = ["A1:F1", "A2:A3", "B2:B3", "C2:C3", "D2:F2"]


def test_untagged_lines_take_the_grade_counts_in_order(tmp_path):
    notes = {
        "C4": "Administrator:\n1.良种补贴对象审核把关不严\n2.技术培训签到弄虚作假",
        "C5": "Administrator:\n（1）测土配方数据随意填报\n（2）示范田物资发放不登记",
    }
    got = run(tmp_path, STATION, STATION_MERGES, notes)
    assert read(got) == sorted([
        ("站长", "隗沐宸", "良种补贴对象审核把关不严", "Ⅰ级"),
        ("站长", "隗沐宸", "技术培训签到弄虚作假", "Ⅲ级"),
        ("农技员", "祁星澜", "测土配方数据随意填报", "Ⅱ级"),
        ("农技员", "祁星澜", "示范田物资发放不登记", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert codes(got).count("POINTS_IN_COMMENTS") == 1


def test_a_count_unlike_its_lines_is_read_by_the_comment_and_warned(tmp_path):
    notes = {
        "C4": "Administrator:\n1.良种补贴对象审核把关不严（一级）\n2.技术培训签到弄虚作假（三级）",
        "C5": "Administrator:\n1.测土配方数据随意填报（二级）",  # (the count says 2)
    }
    got = run(tmp_path, STATION, STATION_MERGES, notes)
    assert read(got) == sorted([
        ("站长", "隗沐宸", "良种补贴对象审核把关不严", "Ⅰ级"),
        ("站长", "隗沐宸", "技术培训签到弄虚作假", "Ⅲ级"),
        ("农技员", "祁星澜", "测土配方数据随意填报", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    issues = got.issues
    warned = issues[issues["code"] == "POINTS_COMMENTS_UNMATCHED"]
    assert list(warned["cell"]) == ["C5"], issues.to_dict("records")


def test_a_count_table_without_comments_is_still_no_list(tmp_path):
    got = run(tmp_path, COOP, ["A1:H1", "A6:C6"], {})
    assert read(got) == []
    assert "POINTS_IN_COMMENTS" not in codes(got)
    assert "FILE_NO_FORM" in codes(got)


def test_comments_that_are_notes_are_no_points(tmp_path):
    notes = {"D3": "WPS:\n请核实个数", "D4": "WPS:\n与上年不一致，请说明", "D5": "WPS:\n已核"}
    got = run(tmp_path, COOP, ["A1:H1", "A6:C6"], notes)
    assert read(got) == []
    assert "POINTS_IN_COMMENTS" not in codes(got)


def test_level_comments_on_an_ordinary_list_stay_levels(tmp_path):
    rows = [
        ["XX县供销合作社廉政风险防控一览表"],
        ["序号", "岗位", "姓名", "廉政风险点", "防控措施"],
        [1, "理事会主任", "滕昀珩", "社有资产出租不公开招租", "出租一律进场交易。"],
        [2, "出纳", "滕筠溪", "库存现金超限额存放", "每日盘点，超额即存。"],
    ]
    notes = {"D3": "WPS:\n审定风险等级：一级风险", "D4": "WPS:\n审定风险等级：三级风险"}
    got = run(tmp_path, rows, ["A1:E1"], notes)
    assert read(got) == sorted([
        ("理事会主任", "滕昀珩", "社有资产出租不公开招租", "Ⅰ级"),
        ("出纳", "滕筠溪", "库存现金超限额存放", "Ⅲ级"),
    ])  # fmt: skip
    assert "POINTS_IN_COMMENTS" not in codes(got)
    assert "LEVEL_IN_COMMENTS" in codes(got)


def test_what_the_hundred_and_twenty_seventh_review_found_notes_in_count_comments(tmp_path):
    # a filler's or reviewer's numbered notes on the count cells are no points: nothing read
    rows = [
        ["XX县供销社廉政风险点统计汇总表"],
        ["序号", "岗位", "姓名", "风险点数", "高", "中", "低"],
        [1, "理事会主任", "滕昀珩", 2, 1, 1, 0],
        [2, "财务股股长", "濮翎昉", 1, 0, 1, 0],
        ["合计", None, None, 3, 1, 2, 0],
    ]
    for notes in (
        {"D3": "1.含分管领域2项\n2.已于3月调整", "D4": "1.新增岗位"},
        {"D3": "Administrator:\n1.请补充防控措施\n2.等级偏低", "D4": "Administrator:\n1.新增岗位"},
    ):
        got = run(tmp_path / str(len(notes["D3"])), rows, ["A1:G1", "A5:C5"], notes)
        assert read(got) == []
        assert "POINTS_IN_COMMENTS" not in codes(got)
        assert "FILE_NO_FORM" in codes(got)
    # points whose words hold a note's ('申请', '随意调整') are read all the same
    notes = {
        "D3": "WPS:\n1.用地申请材料审核不严（高）\n2.规划指标随意调整（中）",
        "D4": "WPS:\n1.专项资金拨付不审核凭证（中）",
    }
    got = run(tmp_path / "points", rows, ["A1:G1", "A5:C5"], notes)
    assert read(got) == sorted([
        ("理事会主任", "滕昀珩", "用地申请材料审核不严", "Ⅰ级"),
        ("理事会主任", "滕昀珩", "规划指标随意调整", "Ⅱ级"),
        ("财务股股长", "濮翎昉", "专项资金拨付不审核凭证", "Ⅱ级"),
    ])  # fmt: skip
    assert codes(got).count("POINTS_IN_COMMENTS") == 1
