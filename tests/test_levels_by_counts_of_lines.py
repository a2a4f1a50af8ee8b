"""Levels given as a holder's COUNTS of each grade beside ONE cell of his numbered points: one
row a holder, his points numbered lines in one cell ('1.…⏎2.…⏎3.…') listed in level order, no
level cell of their own, only his counts of each grade under a heading of counts ('各级风险点
条数' over 高 | 中 | 低, '2 | 0 | 1'). Each line is a point, its level its place read against the
counts (highest first, or lowest first where a note says '由低到高'); the measures' numbered
lines go with the points' where as many. Counts adding up to another number of lines: the lines
split, no level, one warning. Votes ('评议得票') stay votes; a count summary table under a list
and counts merged down beside a holder's rows read as before.

Not the published batch's table (a 葡萄产业发展中心, 科室 | 岗位 | 姓名 in three columns, '1.'
numbers, '风险等级及个数' over 一级 | 二级 | 三级 with a 风险点数 column, a '注：' saying
由高到低): a county 林业和草原局, a 疾病预防控制中心 and a 供销合作社, other posts and names,
高 | 中 | 低 and Ⅰ级 | Ⅱ级 | Ⅲ级, post and name in one cell, '（1）' and '①' numbers, a 风险类型
column among them, measures numbered alike or written once, lines listed lowest first, written
with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, sheets: dict[str, list[list]], merges: dict[str, list[str]]):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", sheets, merges)
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def errors(got) -> list[dict]:
    issues = got.issues
    return issues[issues["severity"] == "error"].to_dict("records")


# 县林业和草原局: two heading rows, 股室 | 岗位 | 姓名, '各级风险点条数' over 高 | 中 | 低, the
# measures numbered alike (each line its point's)
FOREST = [
    ["XX县林业和草原局岗位廉政风险点一览表"],
    ["序号", "股室", "岗位", "姓名", "廉政风险点", "各级风险点条数", None, None, "防控措施"],
    [None, None, None, None, None, "高", "中", "低", None],
    [1, "局领导", "局长", "钭沁岚",
     "1.林地征占用审核中违规放宽条件\n2.造林绿化工程发包干预\n3.接受林木经营户宴请",
     2, 0, 1, "1.审核事项集体研究。\n2.工程进入交易平台。\n3.签订廉洁承诺书。"],
    [2, "资源管理股", "股长", "郦渟芷", "1.采伐许可证超限额发放\n2.林木检尺数据不实", 0, 1, 1,
     "1.采伐指标公开分配。\n2.检尺双人复核。"],
    [3, "森林公安派出所", "民警", "宓翊桉",
     "1.滥伐林木案件以罚代刑\n2.涉案木材处置不公开\n3.办案中泄露举报人信息\n4.执法记录不全",
     1, 2, 1, "1.案件法制审核。\n2.涉案财物统一拍卖。\n3.举报信息专人保管。\n4.执法全程记录。"],
]  # fmt: skip
FOREST_MERGES = ["A1:I1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:H2", "I2:I3"]
FOREST_READ = [
    ("局长", "钭沁岚", "林地征占用审核中违规放宽条件", "Ⅰ级"),
    ("局长", "钭沁岚", "造林绿化工程发包干预", "Ⅰ级"),
    ("局长", "钭沁岚", "接受林木经营户宴请", "Ⅲ级"),
    ("股长", "郦渟芷", "采伐许可证超限额发放", "Ⅱ级"),
    ("股长", "郦渟芷", "林木检尺数据不实", "Ⅲ级"),
    ("民警", "宓翊桉", "滥伐林木案件以罚代刑", "Ⅰ级"),
    ("民警", "宓翊桉", "涉案木材处置不公开", "Ⅱ级"),
    ("民警", "宓翊桉", "办案中泄露举报人信息", "Ⅱ级"),
    ("民警", "宓翊桉", "执法记录不全", "Ⅲ级"),
]


def test_numbered_lines_beside_counts_a_point_each_at_its_place(tmp_path):
    got = run(tmp_path, {"一览表": FOREST}, {"一览表": FOREST_MERGES})
    assert read(got) == sorted(FOREST_READ)
    assert not errors(got), errors(got)
    assert "LEVEL_BY_COUNTS_LINES" in codes(got)
    assert not {"LEVEL_BY_VOTES", "LEVEL_VOTES_TIED", "LEVEL_COUNTS_UNMATCHED"} & codes(got)
    measures = dict(zip(got.risks["risk_point"], got.risks["measures"], strict=True))
    assert measures["执法记录不全"] == "执法全程记录。", measures
    assert measures["林木检尺数据不实"] == "检尺双人复核。", measures


# 县疾病预防控制中心: post and name in one cell, '（1）' numbers, Ⅰ级 | Ⅱ级 | Ⅲ级 under
# '风险点数量（个）', a 风险类型 column before them, the measures written once for all lines
CDC = [
    ["XX县疾病预防控制中心岗位廉政风险排查汇总表"],
    ["科室", "岗位及姓名", "风险点（按等级排列）", "风险类型", "风险点数量（个）", None, None, "防控措施"],
    [None, None, None, None, "Ⅰ级", "Ⅱ级", "Ⅲ级", None],
    ["检验科", "科长　隗沐萱", "（1）检测试剂采购指定品牌\n（2）检验报告出具不及时", "岗位职责",
     1, 1, 0, "试剂采购比选，报告限时出具，科室每月自查。"],
    ["免疫规划科", "科长　眭晗蕊", "（1）疫苗出入库登记不实\n（2）接种单位考核打人情分\n（3）培训经费列支不规范",
     "制度机制", 0, 2, 1, "出入库双人核对，考核结果公示，经费按预算列支。"],
]  # fmt: skip
CDC_MERGES = ["A1:H1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:G2", "H2:H3"]
CDC_READ = [
    ("科长", "隗沐萱", "检测试剂采购指定品牌", "Ⅰ级"),
    ("科长", "隗沐萱", "检验报告出具不及时", "Ⅱ级"),
    ("科长", "眭晗蕊", "疫苗出入库登记不实", "Ⅱ级"),
    ("科长", "眭晗蕊", "接种单位考核打人情分", "Ⅱ级"),
    ("科长", "眭晗蕊", "培训经费列支不规范", "Ⅲ级"),
]


def test_post_and_name_in_one_cell_measures_written_once(tmp_path):
    got = run(tmp_path, {"汇总表": CDC}, {"汇总表": CDC_MERGES})
    assert read(got) == sorted(CDC_READ)
    assert not errors(got), errors(got)
    assert "LEVEL_BY_COUNTS_LINES" in codes(got)
    assert not {"LEVEL_BY_VOTES", "LEVEL_VOTES_TIED"} & codes(got)
    assert set(got.risks[got.risks["person"] == "眭晗蕊"]["measures"]) == {CDC[4][7]}
    types = set(zip(got.risks["risk_point"], got.risks["risk_type"], strict=True))
    assert ("培训经费列支不规范", "制度机制风险") in types, types


# 县供销合作社: '①' numbers, the lines listed LOWEST first (the note says so), counts under
# '风险点个数' over 高 | 中 | 低, a '合计' column beside them; one row's counts add up to another
# number of lines (no level there, a warning)
COOP = [
    ["XX县供销合作社岗位廉政风险点登记表"],
    ["岗位", "姓名", "风险点", "风险点个数", None, None, "合计", "防控措施"],
    [None, None, None, "高", "中", "低", None, None],
    ["主任", "鄢澄溪", "①社有资产出租不公开\n②农资储备招标干预", 1, 1, 0, 2, "①资产出租公开招租。\n②招标集体决策。"],
    ["财务股长", "詹朗屹", "①往来款长期挂账\n②费用报销把关不严\n③私设小金库", 1, 0, 2, 3,
     "①每季清理往来。\n②报销三级审批。\n③账户统一管理。"],
    ["业务员", "糜梓桐", "①农资购销中收受回扣\n②虚开发票", 1, 1, 1, 3, "购销合同审核，发票专人管理。"],
    ["注：各人风险点按风险等级由低到高排列。"],
]  # fmt: skip
COOP_MERGES = ["A1:H1", "A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:G3", "H2:H3", "A7:H7"]
COOP_READ = [
    ("主任", "鄢澄溪", "社有资产出租不公开", "Ⅱ级"),
    ("主任", "鄢澄溪", "农资储备招标干预", "Ⅰ级"),
    ("财务股长", "詹朗屹", "往来款长期挂账", "Ⅲ级"),
    ("财务股长", "詹朗屹", "费用报销把关不严", "Ⅲ级"),
    ("财务股长", "詹朗屹", "私设小金库", "Ⅰ级"),
    ("业务员", "糜梓桐", "农资购销中收受回扣", ""),
    ("业务员", "糜梓桐", "虚开发票", ""),
]


def test_lines_listed_low_first_and_counts_that_do_not_add_up(tmp_path):
    got = run(tmp_path, {"登记表": COOP}, {"登记表": COOP_MERGES})
    assert read(got) == sorted(COOP_READ)
    issues = got.issues
    # (the only errors: the two lines left without a level, at the row's counts)
    assert [(x["code"], x["cell"]) for x in errors(got)] == [("LEVEL_BLANK", "D6")] * 2
    assert {"LEVEL_BY_COUNTS_LINES", "LEVEL_COUNTS_UNMATCHED"} <= codes(got)
    unmatched = issues[issues["code"] == "LEVEL_COUNTS_UNMATCHED"]
    assert list(unmatched["cell"]) == ["D6"], unmatched.to_dict("records")
    assert "LEVEL_BY_VOTES" not in codes(got)


# votes, not counts: '评议得票（票）' over 高 | 中 | 低, a point a row (one of two lines), whatever
# the votes add up to: the grade with the most, as before
VOTES = [
    ["XX县林业和草原局岗位廉政风险等级评议表"],
    ["岗位", "姓名", "廉政风险点", "评议得票（票）", None, None, "防控措施"],
    [None, None, None, "高", "中", "低", None],
    ["局长", "钭沁岚", "1.林地征占用审核违规\n2.工程发包干预", 2, 0, 0, "集体研究。"],
    ["股长", "郦渟芷", "采伐许可证超限额发放", 7, 2, 0, "指标公开。"],
    ["民警", "宓翊桉", "以罚代刑", 1, 8, 0, "法制审核。"],
]  # fmt: skip
VOTES_MERGES = ["A1:G1", "A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:G3"]
VOTES_READ = [
    ("局长", "钭沁岚", "1.林地征占用审核违规\n2.工程发包干预", "Ⅰ级"),
    ("股长", "郦渟芷", "采伐许可证超限额发放", "Ⅰ级"),
    ("民警", "宓翊桉", "以罚代刑", "Ⅱ级"),
]


def test_votes_stay_votes_even_where_they_add_up_to_the_lines(tmp_path):
    got = run(tmp_path, {"评议表": VOTES}, {"评议表": VOTES_MERGES})
    assert read(got) == sorted(VOTES_READ)
    assert not errors(got), errors(got)
    assert "LEVEL_BY_VOTES" in codes(got)
    assert not {"LEVEL_BY_COUNTS_LINES", "LEVEL_COUNTS_UNMATCHED"} & codes(got)


# a list a point a row with its own 风险等级, and under it a count summary table (统计表) of each
# person's points of each grade: the list read as before, the summary no points
SUMMARY = [
    ["XX县疾病预防控制中心岗位廉政风险点清单"],
    ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
    [1, "科长", "隗沐萱", "检测试剂采购指定品牌", "一级", "试剂采购比选。"],
    [2, "科长", "隗沐萱", "检验报告出具不及时", "二级", "报告限时出具。"],
    [3, "科长", "眭晗蕊", "疫苗出入库登记不实", "二级", "出入库双人核对。"],
    [None],
    ["风险点统计表"],
    ["姓名", "风险点个数", None, None, "合计"],
    [None, "一级", "二级", "三级", None],
    ["隗沐萱", 1, 1, 0, 2],
    ["眭晗蕊", 0, 1, 0, 1],
]  # fmt: skip
SUMMARY_MERGES = ["A1:F1", "A7:E7", "A8:A9", "B8:D8", "E8:E9"]
SUMMARY_READ = [
    ("科长", "隗沐萱", "检测试剂采购指定品牌", "Ⅰ级"),
    ("科长", "隗沐萱", "检验报告出具不及时", "Ⅱ级"),
    ("科长", "眭晗蕊", "疫苗出入库登记不实", "Ⅱ级"),
]


def test_a_count_summary_under_a_list_reads_as_before(tmp_path):
    got = run(tmp_path, {"清单": SUMMARY}, {"清单": SUMMARY_MERGES})
    assert read(got) == sorted(SUMMARY_READ)
    assert not errors(got), errors(got)
    assert not {"LEVEL_BY_COUNTS_LINES", "LEVEL_COUNTS_UNMATCHED"} & codes(got)


# counts merged down beside each holder's rows (the block version): a point a row, as before
BLOCKS = [
    ["XX县供销合作社岗位廉政风险点登记表"],
    ["岗位", "姓名", "风险点", "风险点个数", None, None, "防控措施"],
    [None, None, None, "高", "中", "低", None],
    ["主任", "鄢澄溪", "社有资产出租不公开", 1, 1, 0, "资产出租公开招租。"],
    ["主任", "鄢澄溪", "农资储备招标干预", None, None, None, "招标集体决策。"],
    ["财务股长", "詹朗屹", "往来款长期挂账", 0, 1, 1, "每季清理往来。"],
    ["财务股长", "詹朗屹", "私设小金库", None, None, None, "账户统一管理。"],
    ["注：各人风险点按高、中、低的顺序排列。"],
]  # fmt: skip
BLOCKS_MERGES = ["A1:G1", "A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:G3",
                 "A4:A5", "B4:B5", "D4:D5", "E4:E5", "F4:F5",
                 "A6:A7", "B6:B7", "D6:D7", "E6:E7", "F6:F7", "A8:G8"]  # fmt: skip
BLOCKS_READ = [
    ("主任", "鄢澄溪", "社有资产出租不公开", "Ⅰ级"),
    ("主任", "鄢澄溪", "农资储备招标干预", "Ⅱ级"),
    ("财务股长", "詹朗屹", "往来款长期挂账", "Ⅱ级"),
    ("财务股长", "詹朗屹", "私设小金库", "Ⅲ级"),
]


def test_counts_merged_beside_rows_stay_the_block_version(tmp_path):
    got = run(tmp_path, {"登记表": BLOCKS}, {"登记表": BLOCKS_MERGES})
    assert read(got) == sorted(BLOCKS_READ)
    assert not errors(got), errors(got)
    assert "LEVEL_BY_COUNTS" in codes(got)
    assert "LEVEL_BY_COUNTS_LINES" not in codes(got)


def test_the_new_code_is_catalogued():
    assert "LEVEL_BY_COUNTS_LINES" in CATALOGUE and "LEVEL_BY_COUNTS_LINES" in SHORT
    assert "{order}" in CATALOGUE["LEVEL_BY_COUNTS_LINES"][1]


def test_what_the_hundred_and_twenty_seventh_review_found_lines_with_their_own_level_tags(tmp_path):
    """Point lines closing with their own level ('1.接受宴请（低）', '【低风险】', '（三级）') beside
    counts under '各级风险点条数': each line at its own tag, the tag off (POINTS_NUMBERED_LEVELS),
    neither the counts' places nor votes read from them (review 127, finding 4)."""
    for i, (first, second) in enumerate((
        ("1.接受宴请（低）\n2.林地征占用审核违规（高）\n3.造林工程发包干预（高）",
         "1.林木检尺数据不实（低）\n2.采伐许可证超限额发放（中）"),
        ("1.接受宴请【低风险】\n2.林地征占用审核违规【高风险】\n3.造林工程发包干预【高风险】",
         "1.林木检尺数据不实（三级）\n2.采伐许可证超限额发放（二级）"),
    )):  # fmt: skip
        rows = [list(r) for r in FOREST[:5]]
        rows[3][4], rows[3][8] = first, "集体研究。"
        rows[4][4], rows[4][8] = second, "公开分配。"
        got = run(tmp_path / str(i), {"一览表": rows}, {"一览表": FOREST_MERGES})
        assert read(got) == sorted([
            ("局长", "钭沁岚", "接受宴请", "Ⅲ级"),
            ("局长", "钭沁岚", "林地征占用审核违规", "Ⅰ级"),
            ("局长", "钭沁岚", "造林工程发包干预", "Ⅰ级"),
            ("股长", "郦渟芷", "林木检尺数据不实", "Ⅲ级"),
            ("股长", "郦渟芷", "采伐许可证超限额发放", "Ⅱ级"),
        ]), first  # fmt: skip
        assert not errors(got), errors(got)
        assert "POINTS_NUMBERED_LEVELS" in codes(got)
        assert not {
            "LEVEL_BY_COUNTS_LINES",
            "LEVEL_VOTES_TIED",
            "LEVEL_SCALE_MARKS_UNCLEAR",
        } & codes(got)


def test_what_the_hundred_and_twenty_seventh_review_found_a_point_running_onto_a_second_line(
    tmp_path,
):
    """A numbered point with an unnumbered continuation line ('1.…，⏎  未按规定公示⏎2.…') is one
    point; points numbered on one line ('一是…；二是…', '1.… 2.…', '①…②…') one each; lines not
    numbered that the counts do not fit: no level, LEVEL_COUNTS_UNMATCHED, and never a count read
    as a level (no LEVEL_UNKNOWN '0') (review 127, finding 5)."""
    rows = [list(r) for r in FOREST]
    rows[4][4], rows[4][8] = (
        "1.采伐许可证超限额发放，\n  未按规定公示\n2.林木检尺数据不实",
        "公开分配。",
    )
    rows[5][4], rows[5][5:8], rows[5][8] = (
        "一是以罚代刑；二是泄露举报人信息",
        [1, 1, 0],
        "法制审核。",
    )
    got = run(tmp_path / "a", {"一览表": rows}, {"一览表": FOREST_MERGES})
    assert read(got) == sorted([
        *FOREST_READ[:3],
        ("股长", "郦渟芷", "采伐许可证超限额发放，未按规定公示", "Ⅱ级"),
        ("股长", "郦渟芷", "林木检尺数据不实", "Ⅲ级"),
        ("民警", "宓翊桉", "以罚代刑", "Ⅰ级"),
        ("民警", "宓翊桉", "泄露举报人信息", "Ⅱ级"),
    ])  # fmt: skip
    assert not errors(got), errors(got)
    assert "LEVEL_BY_COUNTS_LINES" in codes(got)
    for cell in ("1.以罚代刑 2.泄露举报人信息", "①以罚代刑②泄露举报人信息"):
        rows[5][4] = cell
        got = run(tmp_path / cell[:2], {"一览表": rows}, {"一览表": FOREST_MERGES})
        assert ("民警", "宓翊桉", "泄露举报人信息", "Ⅱ级") in read(got), cell
    rows[5][4] = "以罚代刑\n泄露举报人信息"
    got = run(tmp_path / "b", {"一览表": rows}, {"一览表": FOREST_MERGES})
    assert ("民警", "宓翊桉", "以罚代刑\n泄露举报人信息", "") in read(got)
    assert "LEVEL_COUNTS_UNMATCHED" in codes(got) and "LEVEL_UNKNOWN" not in codes(got)
    rows[5][4], rows[5][5:8] = "滥伐林木案件查处中\n以罚代刑", [1, 0, 0]
    got = run(tmp_path / "c", {"一览表": rows}, {"一览表": FOREST_MERGES})
    assert ("民警", "宓翊桉", "滥伐林木案件查处中\n以罚代刑", "Ⅰ级") in read(got)
    assert not errors(got), errors(got)


def test_what_the_hundred_and_twenty_seventh_review_found_one_tagged_row_among_counted_rows(
    tmp_path,
):
    """ONE holder's lines closing with their own level tags ('1.…（中）⏎2.…（低）') among rows
    read by their counts: that row's lines each at its own tag, the other rows still by the
    counts' places, and never a count ('1') read as the tagged row's level (review 127g,
    finding 1)."""
    for i, (cell, counts, tagged, n) in enumerate((
        ("1.采伐许可证超限额发放（中）\n2.林木检尺数据不实（低）", [0, 1, 1], ("Ⅱ级", "Ⅲ级"), 6),
        ("1.采伐许可证超限额发放（一级）\n2.林木检尺数据不实（二级）", [1, 1, 0], ("Ⅰ级", "Ⅱ级"), 6),
        ("1.采伐许可证超限额发放（二级风险）\n2.林木检尺数据不实（三级风险）", [0, 1, 1],
         ("Ⅱ级", "Ⅲ级"), 6),
        ("1.采伐许可证超限额发放【中风险】\n2.林木检尺数据不实【低风险】", [0, 1, 1],
         ("Ⅱ级", "Ⅲ级"), 6),
        ("1.采伐许可证超限额发放（中）\n2.林木检尺数据不实（低）", [0, 1, 1], ("Ⅱ级", "Ⅲ级"), 5),
    )):  # fmt: skip
        rows = [list(r) for r in FOREST[:n]]
        rows[4][4], rows[4][5:8] = cell, counts
        got = run(tmp_path / str(i), {"一览表": rows}, {"一览表": FOREST_MERGES})
        want = [
            *FOREST_READ[:3],
            ("股长", "郦渟芷", "采伐许可证超限额发放", tagged[0]),
            ("股长", "郦渟芷", "林木检尺数据不实", tagged[1]),
            *(FOREST_READ[5:] if n == 6 else []),
        ]
        assert read(got) == sorted(want), cell
        assert not errors(got), errors(got)
        assert {"LEVEL_BY_COUNTS_LINES", "POINTS_NUMBERED_LEVELS"} <= codes(got), cell
        assert not {"LEVEL_BY_VOTES", "LEVEL_VOTES_TIED", "LEVEL_UNKNOWN"} & codes(got), cell


def test_what_the_hundred_and_twenty_seventh_review_found_an_yishi_item_over_two_lines(tmp_path):
    """'一是…，⏎未按规定公示；⏎二是…': the unnumbered line the continuation of the item above it,
    two points at their counts' places (review 127g, finding 7)."""
    rows = [list(r) for r in FOREST]
    rows[4][4], rows[4][8] = (
        "一是采伐许可证超限额发放，\n未按规定公示；\n二是林木检尺数据不实",
        "公开分配。",
    )
    got = run(tmp_path, {"一览表": rows}, {"一览表": FOREST_MERGES})
    assert read(got) == sorted([
        *FOREST_READ[:3],
        ("股长", "郦渟芷", "采伐许可证超限额发放，未按规定公示", "Ⅱ级"),
        ("股长", "郦渟芷", "林木检尺数据不实", "Ⅲ级"),
        *FOREST_READ[5:],
    ])  # fmt: skip
    assert not errors(got), errors(got)
    assert "LEVEL_COUNTS_UNMATCHED" not in codes(got)
