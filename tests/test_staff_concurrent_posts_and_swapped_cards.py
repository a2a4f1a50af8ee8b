"""Two misreadings of who holds a post, each a section here.

(A) A staff table (or roster) under a post-only list whose 职务 cell names two posts or more joined
by 兼 ('副所长兼任会计', '主任兼管出纳、报账员'): the person holds EACH of those posts, so each list
post of them is his where no other row of the table holds it too (info ROSTER_CONCURRENT_POSTS). A
list's own 岗位 cell '副所长兼会计' stays one post as written; a post another row of the table holds
as its own stays that row's (two such rows: no holder, ROSTER_POST_SEVERAL_HOLDERS, as before).

(B) A card whose 姓名 and 职务/岗位 values stand in each other's cells ('姓　名 | 副所长 | 岗　位 |
阙澜汐'): read swapped with a warning naming both cells (CARD_NAME_POST_SWAPPED), only where the 姓名
value is a post and no name and the other a name and no post.

Not the published batch's files (a 镇畜牧兽医站 with 副站长兼出纳, 检疫员兼报账员 and a 动物卫生监督所's
cards with ★ levels): a 乡财政所, a 社区卫生服务中心 and a 街道 网格 office, other posts, names (郗, 阙,
亓, 甯, 眭), level words (高/中/低, 一级/二级, Ⅰ级) and arrangements (兼任, 兼管 with '、', the post column
before the name, a caption, a 备注 column, one or two label rows on a card), written with
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


def run(tmp_path: Path, sheets: dict[str, list[list]], merges: dict[str, list[str]] | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", sheets, merges or {})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


def test_the_new_codes_are_catalogued():
    for code in ("ROSTER_CONCURRENT_POSTS", "CARD_NAME_POST_SWAPPED"):
        assert code in CATALOGUE and code in SHORT


# --------------------------------------------------------------------------- (A) 兼 in a staff table

FINANCE = [
    ["XX乡财政所岗位廉政风险点排查表"],
    ["序号", "岗位", "廉政风险点", "风险等级", "防控措施"],
    [1, "所长", "惠农补贴资金发放个人决定", "高", "补贴发放经所务会研究并公示。"],
    [2, "副所长", "非税收入征收减免不按规定", "中", "减免事项两人审核，台账备查。"],
    [3, "会计", "记账凭证审核不严", "中", "凭证双人复核，月末对账。"],
    [4, "会计", "私设小金库", "高", "账户统一管理，定期审计。"],
    [5, "出纳", "挪用公款", "高", "现金日清月结，不定期盘点。"],
    [None],
    ["本所人员名单"],
    ["序号", "姓名", "职务", "备注"],
    [1, "郗砚泠", "所长", None],
    [2, "阙澜汐", "副所长兼任会计", None],
    [3, "亓沐岚", "出纳", "聘用"],
]
FINANCE_MERGES = ["A1:E1", "B5:B6", "A9:D9"]


def test_a_staff_cell_naming_two_posts_joined_by_jianren_gives_him_both(tmp_path):
    got = run(tmp_path, {"排查表": FINANCE}, {"排查表": FINANCE_MERGES})
    assert read(got) == sorted([
        ("所长", "郗砚泠", "惠农补贴资金发放个人决定", "Ⅰ级"),
        ("副所长", "阙澜汐", "非税收入征收减免不按规定", "Ⅱ级"),
        ("会计", "阙澜汐", "记账凭证审核不严", "Ⅱ级"),
        ("会计", "阙澜汐", "私设小金库", "Ⅰ级"),
        ("出纳", "亓沐岚", "挪用公款", "Ⅰ级"),
    ])  # fmt: skip
    assert "ROSTER_CONCURRENT_POSTS" in codes(got)
    no_errors(got)


def test_post_first_staff_table_with_jianguan_and_a_list_of_posts(tmp_path):
    rows = [
        ["XX街道社区卫生服务中心廉政风险防控表"],
        ["序号", "岗位", "风险点", "等级", "措施"],
        [1, "主任", "药品耗材采购收受回扣", "一级", "采购纳入平台，集体议价。"],
        [2, "出纳", "收费不入账", "一级", "票款日清，专人对账。"],
        [3, "报账员", "虚报冒领医保资金", "二级", "报账凭证逐笔审核。"],
        [4, "药剂员", "药品验收把关不严", "二级", "双人验收，留存台账。"],
        [None],
        ["序号", "职务", "姓名"],
        [1, "主任兼管出纳、报账员", "甯晏初"],
        [2, "药剂员", "眭檀音"],
    ]
    got = run(tmp_path, {"防控表": rows}, {"防控表": ["A1:E1"]})
    assert read(got) == sorted([
        ("主任", "甯晏初", "药品耗材采购收受回扣", "Ⅰ级"),
        ("出纳", "甯晏初", "收费不入账", "Ⅰ级"),
        ("报账员", "甯晏初", "虚报冒领医保资金", "Ⅱ级"),
        ("药剂员", "眭檀音", "药品验收把关不严", "Ⅱ级"),
    ])  # fmt: skip
    assert "ROSTER_CONCURRENT_POSTS" in codes(got)
    no_errors(got)


def test_jian_under_a_caption_with_a_remarks_column_and_roman_levels(tmp_path):
    rows = [
        ["XX街道网格管理办公室岗位风险一览表"],
        ["序号", "岗位", "廉政风险点", "风险等级", "防控措施"],
        [1, "网格长", "网格事项分派优亲厚友", "Ⅰ级", "事项派单系统留痕。"],
        [2, "网格员", "入户走访记录弄虚作假", "Ⅱ级", "走访定位打卡，抽查回访。"],
        [3, "信息员", "泄露居民个人信息", "Ⅰ级", "信息系统分级授权。"],
        [None],
        ["附：本办人员及分工"],
        ["序号", "姓名", "职务", "备注"],
        [1, "郗晚棠", "网格长", "主持工作"],
        [2, "甯知许", "网格员兼信息员", "负责三个网格"],
    ]
    got = run(tmp_path, {"一览表": rows}, {"一览表": ["A1:E1", "A7:D7"]})
    assert read(got) == sorted([
        ("网格长", "郗晚棠", "网格事项分派优亲厚友", "Ⅰ级"),
        ("网格员", "甯知许", "入户走访记录弄虚作假", "Ⅱ级"),
        ("信息员", "甯知许", "泄露居民个人信息", "Ⅰ级"),
    ])  # fmt: skip
    no_errors(got)


def test_a_lists_own_post_cell_with_jian_stays_one_post(tmp_path):
    rows = [
        ["XX乡财政所岗位廉政风险点排查表"],
        ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
        [1, "所长", "郗砚泠", "惠农补贴资金发放个人决定", "高", "补贴发放经所务会研究并公示。"],
        [2, "副所长兼会计", "阙澜汐", "记账凭证审核不严", "中", "凭证双人复核，月末对账。"],
        [3, "出纳", "亓沐岚", "挪用公款", "高", "现金日清月结，不定期盘点。"],
    ]
    got = run(tmp_path, {"排查表": rows}, {"排查表": ["A1:F1"]})
    assert read(got) == sorted([
        ("所长", "郗砚泠", "惠农补贴资金发放个人决定", "Ⅰ级"),
        ("副所长兼会计", "阙澜汐", "记账凭证审核不严", "Ⅱ级"),
        ("出纳", "亓沐岚", "挪用公款", "Ⅰ级"),
    ])  # fmt: skip
    assert "ROSTER_CONCURRENT_POSTS" not in codes(got)
    no_errors(got)


def test_a_jian_post_another_row_holds_stays_that_rows(tmp_path):
    rows = [list(r) for r in FINANCE]
    rows[12] = [3, "亓沐岚", "会计", None]  # the 会计 has a row of his own: his, as before
    rows.insert(13, [4, "甯晏初", "出纳", None])
    got = run(tmp_path, {"排查表": rows}, {"排查表": FINANCE_MERGES})
    assert read(got) == sorted([
        ("所长", "郗砚泠", "惠农补贴资金发放个人决定", "Ⅰ级"),
        ("副所长", "阙澜汐", "非税收入征收减免不按规定", "Ⅱ级"),
        ("会计", "亓沐岚", "记账凭证审核不严", "Ⅱ级"),
        ("会计", "亓沐岚", "私设小金库", "Ⅰ级"),
        ("出纳", "甯晏初", "挪用公款", "Ⅰ级"),
    ])  # fmt: skip
    no_errors(got)


def test_a_post_two_rows_hold_keeps_its_warning(tmp_path):
    rows = [list(r) for r in FINANCE]
    rows[12] = [3, "亓沐岚", "会计", None]
    rows.insert(13, [4, "甯晏初", "会计", None])  # 同岗多人: whose, the table cannot say
    rows.insert(14, [5, "眭檀音", "出纳", None])
    got = run(tmp_path, {"排查表": rows}, {"排查表": FINANCE_MERGES})
    assert ("会计", "", "私设小金库", "Ⅰ级") in read(got)
    assert ("副所长", "阙澜汐", "非税收入征收减免不按规定", "Ⅱ级") in read(got)
    assert "ROSTER_POST_SEVERAL_HOLDERS" in codes(got)


# --------------------------------------------------------------------------- (B) swapped card values


def card(label_rows: list[list], points: list[list]) -> list[list]:
    return [
        ["XX乡财政所岗位廉政风险防控卡"],
        *label_rows,
        ["序号", "风险点", "风险等级", "防控措施"],
        *points,
        ["持卡人（签字）：", None, "年　月　日", None],
    ]


POINTS = [
    [1, "非税收入征收减免不按规定", "高", "减免事项两人审核，台账备查。"],
    [2, "接受服务对象宴请", "低", "节前廉洁提醒，签订承诺书。"],
]


def test_a_card_with_name_and_post_in_each_others_cells(tmp_path):
    rows = card([["姓　名", "副所长", "岗　位", "阙澜汐"]], POINTS)
    got = run(tmp_path, {"副所长": rows}, {"副所长": ["A1:D1"]})
    assert read(got) == sorted([
        ("副所长", "阙澜汐", "非税收入征收减免不按规定", "Ⅰ级"),
        ("副所长", "阙澜汐", "接受服务对象宴请", "Ⅲ级"),
    ])  # fmt: skip
    issues = got.issues
    swapped = issues[issues["code"] == "CARD_NAME_POST_SWAPPED"]
    assert list(swapped["cell"]) == ["B2"] and "D2" in swapped["message"].iloc[0]
    no_errors(got)


def test_swapped_values_among_more_labels_and_on_two_label_rows(tmp_path):
    one = card([["科　室", "财务股", "姓　名", "会计", "职　务", "亓沐岚"]], POINTS)
    two = card([["姓名", "出纳", "填表日期", "2025年6月"], ["职务", "甯晏初", None, None]], POINTS)
    got = run(tmp_path, {"会计": one, "出纳": two}, {"会计": ["A1:F1"], "出纳": ["A1:D1"]})
    assert read(got) == sorted([
        ("会计", "亓沐岚", "非税收入征收减免不按规定", "Ⅰ级"),
        ("会计", "亓沐岚", "接受服务对象宴请", "Ⅲ级"),
        ("出纳", "甯晏初", "非税收入征收减免不按规定", "Ⅰ级"),
        ("出纳", "甯晏初", "接受服务对象宴请", "Ⅲ级"),
    ])  # fmt: skip
    assert (got.issues["code"] == "CARD_NAME_POST_SWAPPED").sum() == 2
    no_errors(got)


def test_an_ordinary_card_and_two_posts_on_a_card_stay_as_written(tmp_path):
    plain = card([["姓　名", "郗砚泠", "职　务", "所长"]], POINTS)
    both = card([["姓　名", "郗晚棠", "职　务", "主任兼出纳"]], POINTS)
    got = run(tmp_path, {"卡一": plain, "卡二": both}, {"卡一": ["A1:D1"], "卡二": ["A1:D1"]})
    assert read(got) == sorted([
        ("所长", "郗砚泠", "非税收入征收减免不按规定", "Ⅰ级"),
        ("所长", "郗砚泠", "接受服务对象宴请", "Ⅲ级"),
        ("主任兼出纳", "郗晚棠", "非税收入征收减免不按规定", "Ⅰ级"),
        ("主任兼出纳", "郗晚棠", "接受服务对象宴请", "Ⅲ级"),
    ])  # fmt: skip
    assert "CARD_NAME_POST_SWAPPED" not in codes(got)
    no_errors(got)


def test_a_card_whose_two_values_are_both_posts_is_not_swapped(tmp_path):
    rows = card([["姓　名", "会计", "职　务", "出纳"]], POINTS)
    got = run(tmp_path, {"卡": rows}, {"卡": ["A1:D1"]})
    assert "CARD_NAME_POST_SWAPPED" not in codes(got)
    assert "阙澜汐" not in set(got.risks["person"])


FIN126 = [
    ["XX乡财政所岗位廉政风险点排查表"],
    ["序号", "岗位", "廉政风险点", "风险等级", "防控措施"],
    [1, "所长", "惠农补贴资金发放个人决定", "高", "所务会研究。"],
    [2, "会计", "记账凭证审核不严", "中", "双人复核。"],
    [3, "出纳", "挪用公款", "高", "日清月结。"],
    [None],
    ["本所人员名单"],
    ["序号", "姓名", "职务", "备注"],
]
FIN126_MERGES = {"s": ["A1:E1", "A7:D7"]}


def test_what_the_hundred_and_twenty_sixth_review_found_noted_former_and_bracketed_jian(
    tmp_path,
):
    """(a) '会计（临聘）' is a row of its own for 会计: not the '所长兼会计' person's; (b) '会计（兼
    出纳）' reads as 会计兼出纳; (c) '原会计兼出纳（已调离）' gives its former holder no post."""
    staff = [[1, "郗砚泠", "所长兼会计", None], [2, "阙澜汐", "会计（临聘）", None],
             [3, "亓沐岚", "出纳", None]]  # fmt: skip
    got = run(tmp_path / "a", {"s": FIN126 + staff}, FIN126_MERGES)
    assert read(got) == [
        ("会计", "", "记账凭证审核不严", "Ⅱ级"),
        ("出纳", "亓沐岚", "挪用公款", "Ⅰ级"),
        ("所长", "郗砚泠", "惠农补贴资金发放个人决定", "Ⅰ级"),
    ]
    info = got.issues[got.issues["code"] == "ROSTER_CONCURRENT_POSTS"]
    assert len(info) == 1 and "已把岗位“所长”的风险点" in info["message"].iloc[0]
    staff = [[1, "郗砚泠", "所长", None], [2, "阙澜汐", "会计（兼出纳）", None]]
    got = run(tmp_path / "b", {"s": FIN126 + staff}, FIN126_MERGES)
    assert read(got) == [
        ("会计", "阙澜汐", "记账凭证审核不严", "Ⅱ级"),
        ("出纳", "阙澜汐", "挪用公款", "Ⅰ级"),
        ("所长", "郗砚泠", "惠农补贴资金发放个人决定", "Ⅰ级"),
    ]
    info = got.issues[got.issues["code"] == "ROSTER_CONCURRENT_POSTS"]
    assert len(info) == 1 and "已把岗位“会计、出纳”的风险点" in info["message"].iloc[0]
    staff = [[1, "郗砚泠", "所长", None], [2, "阙澜汐", "原会计兼出纳（已调离）", None],
             [3, "亓沐岚", "会计", None]]  # fmt: skip
    got = run(tmp_path / "c", {"s": FIN126 + staff}, FIN126_MERGES)
    assert ("出纳", "阙澜汐", "挪用公款", "Ⅰ级") not in read(got)
    assert "ROSTER_CONCURRENT_POSTS" not in codes(got)
