"""Levels given as each holder's COUNTS of points of each grade, the points in level order: no
point has a level cell of its own; under a heading like '各等级风险点数（个）' split into
'一级 | 二级 | 三级' (or 高 | 中 | 低), each holder's counts are merged down beside his block of rows
(or stand on its first row only, the rest empty), and his points are listed highest first (a
'注：' line may say so). A point's level is its place in the block read against the counts
('2 | 1 | 0' over three rows: 一级 一级 二级). Votes on EVERY row stay votes; counts that add up
to another number of points than the block's give no level (one warning names the cells).

Not the published batch's table (a county 公安局's 机关, 科室/岗位/姓名 in three columns, counts
merged under '风险点个数（个）' over 高 | 中 | 低): a county 水务局, a 人民医院 and a 市场监督管理局,
other posts and names, 一级/二级/三级 and Ⅰ级/Ⅱ级/Ⅲ级 as well as 高/中/低, one heading row or
two, counts merged or on the first row only, a 风险类型 column among them, written with
xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file.
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


# 县水务局: two heading rows, 股室 | 岗位 | 姓名, counts under 一级 | 二级 | 三级 merged down beside
# each holder's block (one holder with a single point, one whose counts skip 二级)
WATER = [
    ["XX县水务局岗位廉政风险点等级评定表"],
    ["序号", "股室", "岗位", "姓名", "岗位廉政风险点", "各等级风险点数（个）", None, None, "防控措施"],
    [None, None, None, None, None, "一级", "二级", "三级", None],
    [1, "局领导", "局长", "濮霁岚", "水利工程项目招标中暗箱操作", 1, 1, 0, "招标全程进入公共资源交易平台。"],
    [2, "局领导", "局长", "濮霁岚", "取水许可审批中违规放宽条件", None, None, None, "审批事项集体研究，结果公示。"],
    [3, "建设管理股", "股长", "邰沅汀", "工程变更签证把关不严", 1, 0, 1, "变更须经设计、监理、业主三方会签。"],
    [4, "建设管理股", "股长", "邰沅汀", "工程资料归档不及时", None, None, None, "竣工资料随验收同步归档。"],
    [5, "水政监察大队", "队员", "郏澍棠", "河道采砂执法中收受好处", 2, 1, 0, "执法全程记录仪记录。"],
    [6, "水政监察大队", "队员", "郏澍棠", "对违法取水选择性处罚", None, None, None, "处罚决定法制审核。"],
    [7, "水政监察大队", "队员", "郏澍棠", "执法文书填写不规范", None, None, None, "文书每月交叉评查。"],
    [8, "财务股", "出纳", "奚菀青", "公款私存、挪用资金", 1, 0, 0, "每月银行对账，会计复核。"],
    ["注：各岗位风险点按一级、二级、三级的顺序排列，“各等级风险点数”填写本岗位各级风险点的个数。"],
]  # fmt: skip
WATER_MERGES = ["A1:I1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:H2", "I2:I3",
                "B4:B5", "C4:C5", "D4:D5", "F4:F5", "G4:G5", "H4:H5",
                "B6:B7", "C6:C7", "D6:D7", "F6:F7", "G6:G7", "H6:H7",
                "B8:B10", "C8:C10", "D8:D10", "F8:F10", "G8:G10", "H8:H10", "A12:I12"]  # fmt: skip
WATER_READ = [
    ("局长", "濮霁岚", "水利工程项目招标中暗箱操作", "Ⅰ级"),
    ("局长", "濮霁岚", "取水许可审批中违规放宽条件", "Ⅱ级"),
    ("股长", "邰沅汀", "工程变更签证把关不严", "Ⅰ级"),
    ("股长", "邰沅汀", "工程资料归档不及时", "Ⅲ级"),
    ("队员", "郏澍棠", "河道采砂执法中收受好处", "Ⅰ级"),
    ("队员", "郏澍棠", "对违法取水选择性处罚", "Ⅰ级"),
    ("队员", "郏澍棠", "执法文书填写不规范", "Ⅱ级"),
    ("出纳", "奚菀青", "公款私存、挪用资金", "Ⅰ级"),
]


def test_counts_merged_down_beside_each_block_give_levels_in_order(tmp_path):
    got = run(tmp_path, {"评定表": WATER}, {"评定表": WATER_MERGES})
    assert read(got) == sorted(WATER_READ)
    assert not errors(got), errors(got)
    assert "LEVEL_BY_COUNTS" in codes(got)
    assert not {"LEVEL_BY_VOTES", "LEVEL_VOTES_TIED", "LEVEL_COUNTS_UNMATCHED"} & codes(got)


# 县人民医院: counts on each block's first row only (the rest empty), 高 | 中 | 低 under
# '风险点数量', a 风险类型 column before them; 岗位 and 姓名 on the block's first row only
HOSPITAL = [
    ["XX县人民医院重点岗位廉政风险点排查表"],
    ["岗位", "姓名", "风险点", "风险类型", "风险点数量", None, None, "防控措施"],
    [None, None, None, None, "高", "中", "低", None],
    ["药剂科主任", "宓芷汀", "药品遴选中收受供应商回扣", "岗位职责", 2, 0, 1, "药事委员会集体遴选。"],
    [None, None, "临时采购药品不按程序审批", "制度机制", None, None, None, "临时采购院长审批。"],
    [None, None, "药品效期管理不严", "岗位职责", None, None, None, "每月盘点近效期药品。"],
    ["收费处组长", "蒯湘屿", "挂账欠费不及时催收", "制度机制", 0, 1, 1, "欠费日清月结。"],
    [None, None, "退费不核对原始票据", "岗位职责", None, None, None, "退费双人审核。"],
    ["注：风险点按高、中、低排列。"],
]  # fmt: skip
HOSPITAL_MERGES = ["A1:H1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:G2", "H2:H3", "A9:H9"]
HOSPITAL_READ = [
    ("药剂科主任", "宓芷汀", "药品遴选中收受供应商回扣", "Ⅰ级"),
    ("药剂科主任", "宓芷汀", "临时采购药品不按程序审批", "Ⅰ级"),
    ("药剂科主任", "宓芷汀", "药品效期管理不严", "Ⅲ级"),
    ("收费处组长", "蒯湘屿", "挂账欠费不及时催收", "Ⅱ级"),
    ("收费处组长", "蒯湘屿", "退费不核对原始票据", "Ⅲ级"),
]


def test_counts_on_each_blocks_first_row_only(tmp_path):
    got = run(tmp_path, {"排查表": HOSPITAL}, {"排查表": HOSPITAL_MERGES})
    assert read(got) == sorted(HOSPITAL_READ)
    assert not errors(got), errors(got)
    assert "LEVEL_BY_COUNTS" in codes(got)
    types = sorted(zip(got.risks["risk_point"], got.risks["risk_type"], strict=True))
    assert types == sorted((r[2], f"{r[3]}风险") for r in HOSPITAL[3:8]), types


def test_the_grades_listed_low_first_across(tmp_path):
    """'低 | 中 | 高' left to right under '风险点个数': the points are still listed highest first
    (the note says so), whatever order the count columns take."""
    rows = [
        ["XX县人民医院重点岗位廉政风险点排查表"],
        ["岗位", "姓名", "风险点", "风险点个数", None, None, "防控措施"],
        [None, None, None, "低", "中", "高", None],
        ["药剂科主任", "宓芷汀", "药品遴选中收受供应商回扣", 1, 0, 2, "药事委员会集体遴选。"],
        ["药剂科主任", "宓芷汀", "临时采购药品不按程序审批", None, None, None, "临时采购院长审批。"],
        ["药剂科主任", "宓芷汀", "药品效期管理不严", None, None, None, "每月盘点近效期药品。"],
        ["收费处组长", "蒯湘屿", "挂账欠费不及时催收", 1, 1, 0, "欠费日清月结。"],
        ["收费处组长", "蒯湘屿", "退费不核对原始票据", None, None, None, "退费双人审核。"],
        ["注：“风险点个数”栏填写本岗位各级风险点个数，风险点按高、中、低顺序排列。"],
    ]  # fmt: skip
    merges = ["A1:G1", "A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:G3",
              "A4:A6", "B4:B6", "D4:D6", "E4:E6", "F4:F6",
              "A7:A8", "B7:B8", "D7:D8", "E7:E8", "F7:F8", "A9:G9"]  # fmt: skip
    got = run(tmp_path, {"排查表": rows}, {"排查表": merges})
    assert read(got) == sorted(HOSPITAL_READ)
    assert not errors(got), errors(got)
    assert "LEVEL_BY_COUNTS" in codes(got)


# 县市场监督管理局: one 所 a block, post and name merged per holder, counts written '2个' under
# 'Ⅰ级 | Ⅱ级 | Ⅲ级' and '/' for none, merged down
MARKET = [
    ["XX县市场监督管理局基层所岗位廉政风险等级表"],
    ["序号", "岗位", "责任人", "廉政风险点", "风险点个数", None, None, "防控措施"],
    [None, None, None, None, "Ⅰ级", "Ⅱ级", "Ⅲ级", None],
    [1, "所长", "隗棠溪", "对辖区企业违法行为包庇纵容", "1个", "2个", "/", "案件线索统一登记。"],
    [2, "所长", "隗棠溪", "行政处罚自由裁量畸轻畸重", None, None, None, "对照裁量基准逐案说明。"],
    [3, "所长", "隗棠溪", "接受管理对象宴请", None, None, None, "签订廉洁承诺书。"],
    [4, "食品安全监管员", "骞沐遥", "日常检查走过场、不如实记录", "1个", "/", "1个", "检查全程留痕。"],
    [5, "食品安全监管员", "骞沐遥", "抽检样品调包", None, None, None, "抽样双人到场封样。"],
]  # fmt: skip
MARKET_MERGES = ["A1:H1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:G2", "H2:H3",
                 "B4:B6", "C4:C6", "E4:E6", "F4:F6", "G4:G6",
                 "B7:B8", "C7:C8", "E7:E8", "F7:F8", "G7:G8"]  # fmt: skip
MARKET_READ = [
    ("所长", "隗棠溪", "对辖区企业违法行为包庇纵容", "Ⅰ级"),
    ("所长", "隗棠溪", "行政处罚自由裁量畸轻畸重", "Ⅱ级"),
    ("所长", "隗棠溪", "接受管理对象宴请", "Ⅱ级"),
    ("食品安全监管员", "骞沐遥", "日常检查走过场、不如实记录", "Ⅰ级"),
    ("食品安全监管员", "骞沐遥", "抽检样品调包", "Ⅲ级"),
]


def test_counts_written_with_a_measure_word_and_slashes_for_none(tmp_path):
    got = run(tmp_path, {"等级表": MARKET}, {"等级表": MARKET_MERGES})
    assert read(got) == sorted(MARKET_READ)
    assert not errors(got), errors(got)
    assert "LEVEL_BY_COUNTS" in codes(got)


def test_counts_adding_up_to_another_number_give_no_level_and_a_warning(tmp_path):
    rows = [list(r) for r in WATER]
    rows[7][5:8] = [1, 1, 0]  # 郏澍棠's three points counted as two
    got = run(tmp_path, {"评定表": rows}, {"评定表": WATER_MERGES})
    read_now = read(got)
    assert read_now == sorted(
        [x for x in WATER_READ if x[1] != "郏澍棠"]
        + [x[:3] + ("",) for x in WATER_READ if x[1] == "郏澍棠"]
    )
    issues = got.issues
    unmatched = issues[issues["code"] == "LEVEL_COUNTS_UNMATCHED"]
    assert len(unmatched) == 1 and unmatched["cell"].tolist() == ["F8"], unmatched
    assert "F8–H8" in unmatched["message"].iloc[0]
    assert len(issues[issues["code"] == "LEVEL_BLANK"]) == 3


def test_votes_on_every_row_stay_votes(tmp_path):
    rows = [
        ["XX县水务局岗位廉政风险民主评议表"],
        ["序号", "岗位", "姓名", "风险点", "评议得票（票）", None, None, "防控措施"],
        [None, None, None, None, "高", "中", "低", None],
        [1, "局长", "濮霁岚", "水利工程项目招标中暗箱操作", 9, 2, 0, "招标进入交易平台。"],
        [2, "局长", "濮霁岚", "取水许可审批中违规放宽条件", 3, 7, 1, "审批集体研究。"],
        [3, "股长", "邰沅汀", "工程变更签证把关不严", 2, 3, 6, "三方会签。"],
    ]  # fmt: skip
    merges = ["A1:H1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:G2", "H2:H3", "B4:B5", "C4:C5"]
    got = run(tmp_path, {"评议表": rows}, {"评议表": merges})
    assert read(got) == sorted([
        ("局长", "濮霁岚", "水利工程项目招标中暗箱操作", "Ⅰ级"),
        ("局长", "濮霁岚", "取水许可审批中违规放宽条件", "Ⅱ级"),
        ("股长", "邰沅汀", "工程变更签证把关不严", "Ⅲ级"),
    ])  # fmt: skip
    assert "LEVEL_BY_VOTES" in codes(got) and "LEVEL_BY_COUNTS" not in codes(got)
    assert not errors(got), errors(got)


def test_a_summary_of_counts_by_department_is_no_list_of_points(tmp_path):
    listed = [
        ["XX县人民医院廉政风险点一览表"],
        ["科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
        ["药剂科", "主任", "宓芷汀", "药品遴选中收受供应商回扣", "高", "药事委员会集体遴选。"],
        ["药剂科", "主任", "宓芷汀", "药品效期管理不严", "低", "每月盘点近效期药品。"],
        ["收费处", "组长", "蒯湘屿", "挂账欠费不及时催收", "中", "欠费日清月结。"],
    ]  # fmt: skip
    summary = [
        ["各科室风险点数量汇总表"],
        ["科室", "风险点个数", None, None, "合计"],
        [None, "高", "中", "低", None],
        ["药剂科", 1, 0, 1, 2],
        ["收费处", 0, 1, 0, 1],
        ["合计", 1, 1, 1, 3],
    ]
    got = run(
        tmp_path,
        {"一览表": listed, "汇总": summary},
        {"一览表": ["A1:F1"], "汇总": ["A1:E1", "A2:A3", "B2:D2", "E2:E3"]},
    )
    assert read(got) == sorted([
        ("主任", "宓芷汀", "药品遴选中收受供应商回扣", "Ⅰ级"),
        ("主任", "宓芷汀", "药品效期管理不严", "Ⅲ级"),
        ("组长", "蒯湘屿", "挂账欠费不及时催收", "Ⅱ级"),
    ])  # fmt: skip
    assert "LEVEL_BY_COUNTS" not in codes(got)
    assert not {"LEVEL_COUNTS_UNMATCHED", "LEVEL_BY_VOTES"} & codes(got)


def test_what_the_ninetieth_review_found_votes_on_a_card_adding_up_by_chance(tmp_path):
    """One post's card of votes, two voters, one row without votes: the row above it '1 | 1 | 0'
    adds up by chance to its 'block' of two rows. '评议得票（票）' says votes, one holder's card
    has no holders' blocks and counts on most rows are votes: read as votes, as before."""
    rows = [
        ["岗位廉政风险评议表（岗位：会计  姓名：芮晓岚）"],
        ["序号", "风险点", "评议得票（票）", None, None, "防控措施"],
        [None, None, "高", "中", "低", None],
        [1, "报销票据审核把关不严，虚假票据入账", 2, 0, 0, "票据逐张审核签字。"],
        [2, "未按规定进行账务处理，私设小金库", 1, 1, 0, "每月对账复核。"],
        [3, "会计档案保管不善，随意销毁凭证", None, None, None, "档案专柜存放。"],
        [4, "现金管理不规范，坐支现金", 0, 2, 0, "现金日清月结。"],
        [5, "固定资产登记不及时造成流失", 0, 1, 1, "每年清查盘点。"],
    ]  # fmt: skip
    merges = ["A1:F1", "A2:A3", "B2:B3", "C2:E2", "F2:F3"]
    got = run(tmp_path, {"评议表": rows}, {"评议表": merges})
    assert read(got) == sorted([
        ("会计", "芮晓岚", "报销票据审核把关不严，虚假票据入账", "Ⅰ级"),
        ("会计", "芮晓岚", "未按规定进行账务处理，私设小金库", ""),
        ("会计", "芮晓岚", "会计档案保管不善，随意销毁凭证", ""),
        ("会计", "芮晓岚", "现金管理不规范，坐支现金", "Ⅱ级"),
        ("会计", "芮晓岚", "固定资产登记不及时造成流失", ""),
    ])  # fmt: skip
    assert "LEVEL_BY_VOTES" in codes(got)
    assert not {"LEVEL_BY_COUNTS", "LEVEL_COUNTS_UNMATCHED"} & codes(got)
    issues = got.issues
    assert sorted(issues[issues["code"] == "LEVEL_VOTES_TIED"]["cell"]) == ["C5", "C8"]
    assert sorted(issues[issues["code"] == "LEVEL_BLANK"]["cell"]) == ["C5", "C6", "C8"]
    # the same rows under a heading of counts and two holders' columns are still votes: the
    # counts stand on most rows, and most 'blocks' add up to another number of points
    rows2 = [rows[0], ["序号", "风险点", "风险点个数（个）", None, None, "防控措施"], *rows[2:]]
    got = run(tmp_path / "2", {"评议表": rows2}, {"评议表": merges})
    assert "LEVEL_BY_COUNTS" not in codes(got)
    assert "LEVEL_COUNTS_UNMATCHED" not in codes(got)


def test_what_the_ninetieth_review_found_a_total_beside_the_counts(tmp_path):
    """'风险点个数（个）' over 高 | 中 | 低 | 合计, the counts merged down each block: the 合计 is
    the block's total (a check), not a level; a total that disagrees gives no level."""
    rows = [
        ["XX县水务局岗位廉政风险点等级评定表"],
        ["序号", "股室", "岗位", "姓名", "岗位廉政风险点", "风险点个数（个）", None, None, None, "防控措施"],
        [None, None, None, None, None, "高", "中", "低", "合计", None],
        *[[*r[:8], t, r[8]] for r, t in zip(WATER[3:11], [2, None, 2, None, 3, None, None, 1], strict=True)],
        ["注：各岗位风险点按高、中、低的顺序排列。"],
    ]  # fmt: skip
    merges = ["A1:J1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:I2", "J2:J3",
              "B4:B5", "C4:C5", "D4:D5", "F4:F5", "G4:G5", "H4:H5", "I4:I5",
              "B6:B7", "C6:C7", "D6:D7", "F6:F7", "G6:G7", "H6:H7", "I6:I7",
              "B8:B10", "C8:C10", "D8:D10", "F8:F10", "G8:G10", "H8:H10", "I8:I10",
              "A12:J12"]  # fmt: skip
    got = run(tmp_path, {"评定表": rows}, {"评定表": merges})
    assert read(got) == sorted(WATER_READ)
    assert not errors(got), errors(got)
    assert "LEVEL_BY_COUNTS" in codes(got)
    assert not {"LEVEL_BY_VOTES", "LEVEL_COUNTS_UNMATCHED", "LEVEL_BLANK"} & codes(got)
    rows[7][8] = 4  # 郏澍棠's total says four, his counts and rows three
    got = run(tmp_path / "2", {"评定表": rows}, {"评定表": merges})
    assert read(got) == sorted(
        [x for x in WATER_READ if x[1] != "郏澍棠"]
        + [x[:3] + ("",) for x in WATER_READ if x[1] == "郏澍棠"]
    )
    issues = got.issues
    unmatched = issues[issues["code"] == "LEVEL_COUNTS_UNMATCHED"]
    assert unmatched["cell"].tolist() == ["F8"], unmatched
    assert "F8–I8" in unmatched["message"].iloc[0] and "合计 4 个" in unmatched["message"].iloc[0]
    assert sorted(issues[issues["code"] == "LEVEL_BLANK"]["cell"]) == ["F10", "F8", "F9"]


def test_what_the_ninetieth_review_found_counts_with_a_measure_word_not_merged(tmp_path):
    """Counts written '2个' / '/' on each block's first row only, not merged, names on the first
    row only: the count columns are counts, read like plain numbers."""

    def count(n):
        return f"{n}个" if n else "/"

    rows = [
        ["XX县人民医院重点岗位廉政风险点排查表"],
        ["序号", "岗位", "姓名", "风险点", "风险点个数（个）", None, None, "防控措施"],
        [None, None, None, None, "高", "中", "低", None],
        [1, "药剂科主任", "宓芷汀", "药品遴选中收受供应商回扣", count(2), count(0), count(1), "药事委员会集体遴选。"],
        [2, None, None, "临时采购药品不按程序审批", None, None, None, "临时采购院长审批。"],
        [3, None, None, "药品效期管理不严", None, None, None, "每月盘点近效期药品。"],
        [4, "收费处组长", "蒯湘屿", "挂账欠费不及时催收", count(0), count(1), count(1), "欠费日清月结。"],
        [5, None, None, "退费不核对原始票据", None, None, None, "退费双人审核。"],
        ["注：风险点按高、中、低排列。"],
    ]  # fmt: skip
    merges = ["A1:H1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:G2", "H2:H3", "A9:H9"]
    got = run(tmp_path, {"排查表": rows}, {"排查表": merges})
    assert read(got) == sorted(HOSPITAL_READ)
    assert not errors(got), errors(got)
    assert "LEVEL_BY_COUNTS" in codes(got)
    assert not {"COLUMN_GUESSED", "LEVEL_BLANK", "LEVEL_COUNTS_UNMATCHED"} & codes(got)


def test_what_the_ninetieth_review_found_counts_filled_down_on_every_row(tmp_path):
    """The counts typed again on every row of each holder's block (merges removed): counts only
    where the note says the order and each holder's rows repeat the same counts adding up to
    them; without the note, votes as before."""
    rows = [list(r) for r in WATER]
    for r in range(4, 11):
        if rows[r][5] is None:
            rows[r][5:8] = rows[r - 1][5:8]
    merges = ["A1:I1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:H2", "I2:I3", "A12:I12"]
    got = run(tmp_path, {"评定表": rows}, {"评定表": merges})
    assert read(got) == sorted(WATER_READ)
    assert not errors(got), errors(got)
    assert "LEVEL_BY_COUNTS" in codes(got)
    assert not {"LEVEL_BY_VOTES", "LEVEL_COUNTS_UNMATCHED", "LEVEL_BLANK"} & codes(got)
    got = run(tmp_path / "2", {"评定表": rows[:-1]}, {"评定表": merges[:-1]})
    assert "LEVEL_BY_COUNTS" not in codes(got) and "LEVEL_BY_VOTES" in codes(got)


def test_the_codes_are_catalogued():
    for code in ("LEVEL_BY_COUNTS", "LEVEL_COUNTS_UNMATCHED"):
        assert code in CATALOGUE and code in SHORT
