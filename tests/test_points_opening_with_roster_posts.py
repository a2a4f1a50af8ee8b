"""A list with no 科室, 岗位 or 姓名 column whose points are sentences with the post that carries
them as the subject ('出纳在支付时…', '由报账员将…'; no colon, dash or bracket), and a roster of
who holds which post under it ('职务 | 姓名', '岗位 | 姓名'): each point opening with a roster post
is that post's and its holder's, the point's text as written; a point opening with no roster post
stays holderless with a warning. A post only mid-sentence ('未经所长审批…'), a list with its own
岗位 column, or a roster whose posts open few points are read as before.

Not the published batch's file (a county 人民来访接待中心's 排查表 with 登记员 … 主任, 高/中/低 and
'附：中心人员名单' under '序号 | 职务 | 姓名'): a 乡镇财政所's 自查表 with 所长, 会计, 出纳, 报账员,
一级/二级/三级 or ticks under 高/中/低, a '岗位 | 姓名' roster or one '姓名 | 职务 | 联系电话',
a 备注 column, written with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox``
reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def run(tmp_path: Path, rows: list[list], merges: list[str]):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "czs.xlsx", {"自查表": rows}, {"自查表": merges})
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


POINTS = [
    (
        "资金支付",
        "出纳在支付补助资金时不按审批单金额拨付，截留挪用",
        "一级",
        "支付凭证双人复核，每月对账。",
    ),
    ("资金支付", "出纳对大额现金提取不登记，坐支现金", "二级", "大额提现报所长审批并登记。"),
    ("会计核算", "会计将不合规票据入账，虚列支出", "一级", "票据逐张审核，定期抽查。"),
    ("会计核算", "会计利用职务便利篡改账目", "二级", "财务软件留痕，季度审计。"),
    (
        "报账管理",
        "由报账员将村级报账资料延迟送审，从中索要好处",
        "三级",
        "报账限时办结，公开流程。",
    ),
    (
        "财政监管",
        "所长对惠农资金发放审核把关不严，优亲厚友",
        "一级",
        "资金发放张榜公示，接受监督。",
    ),
]
ROSTER = [("所长", "闵晟珂"), ("会计", "卞沅汐"), ("出纳", "伍祎澄"), ("报账员", "戚翊航")]
WANT = sorted([
    ("出纳", "伍祎澄", POINTS[0][1], "Ⅰ级"),
    ("出纳", "伍祎澄", POINTS[1][1], "Ⅱ级"),
    ("会计", "卞沅汐", POINTS[2][1], "Ⅰ级"),
    ("会计", "卞沅汐", POINTS[3][1], "Ⅱ级"),
    ("报账员", "戚翊航", POINTS[4][1], "Ⅲ级"),
    ("所长", "闵晟珂", POINTS[5][1], "Ⅰ级"),
])  # fmt: skip


def sheet(points=POINTS, roster_head=("序号", "岗位", "姓名"), roster=ROSTER) -> list[list]:
    rows: list[list] = [
        ["XX镇财政所廉政风险自查表", None, None, None, None],
        ["序号", "业务环节", "风险点描述", "风险等级", "防控措施"],
    ]
    rows += [[i, stage, point, lv, how] for i, (stage, point, lv, how) in enumerate(points, 1)]
    rows += [["说明：每条风险点由句首所写岗位的人员负责。", None, None, None, None], []]
    rows += [["附：本所人员分工", None, None, None, None], list(roster_head)]
    rows += [[i, post, who] for i, (post, who) in enumerate(roster, 1)]
    return rows


def test_each_point_is_the_post_opening_its_sentence(tmp_path):
    got = run(tmp_path, sheet(), ["A1:E1", "B3:B4", "B5:B6"])
    assert read(got) == WANT
    no_errors(got)
    assert "HOLDER_BY_POST_IN_POINT" in codes(got)
    assert "ROW_UNPLACED" not in codes(got)  # (the roster and its caption are no stray rows)
    assert "POINT_POST_NOT_IN_ROSTER" not in codes(got)


def test_ticks_under_two_heading_rows_and_a_roster_of_names_first(tmp_path):
    rows: list[list] = [
        ["XX镇财政所廉政风险自查表", None, None, None, None, None, None],
        ["序号", "风险点描述", "风险等级", None, None, "防控措施", "备注"],
        [None, None, "高", "中", "低", None, None],
    ]
    ticks = {"一级": 2, "二级": 3, "三级": 4}
    for i, (_stage, point, lv, how) in enumerate(POINTS, 1):
        row = [i, point, None, None, None, how, None]
        row[ticks[lv]] = "√"
        rows.append(row)
    rows += [[], ["姓名", "职务", "联系电话"]]
    rows += [[who, post, f"1397000{i:04d}"] for i, (post, who) in enumerate(ROSTER, 1)]
    got = run(tmp_path, rows, ["A1:G1", "A2:A3", "B2:B3", "C2:E2", "F2:F3", "G2:G3"])
    assert read(got) == WANT
    no_errors(got)
    assert "HOLDER_BY_POST_IN_POINT" in codes(got)


def test_a_point_opening_with_no_roster_post_keeps_no_holder(tmp_path):
    # a post none of the roster's opening the point ('副所长对…'): no holder, a warning at
    # its cell; a point opening with no post at all ('对…'): no holder, no warning (the
    # hundred and twenty-first review: the warning only where the opening is a post)
    for point, warn in (
        ("副所长对惠农资金发放审核把关不严，优亲厚友", ["C8"]),
        ("对惠农资金发放审核把关不严，优亲厚友", []),
    ):
        points = [*POINTS[:5], ("财政监管", point, "一级", "张榜公示。")]
        got = run(tmp_path / str(len(warn)), sheet(points, ("序号", "职务", "姓名")), ["A1:E1"])
        assert read(got) == sorted(
            [*(w for w in WANT if w[0] != "所长"), ("", "", points[5][1], "Ⅰ级")]
        )
        no_errors(got)
        issues = got.issues
        warned = issues[issues["code"] == "POINT_POST_NOT_IN_ROSTER"]
        assert list(warned["cell"]) == warn, warned.to_dict("records")


def test_a_post_only_mid_sentence_opens_no_point(tmp_path):
    points = [
        ("资金支付", "未经所长审批擅自支付补助资金", "一级", "支付凭证双人复核。"),
        ("会计核算", "不合规票据经会计入账，虚列支出", "二级", "票据逐张审核。"),
        ("报账管理", "村级报账资料被报账员延迟送审", "三级", "报账限时办结。"),
    ]
    got = run(tmp_path, sheet(points), ["A1:E1"])
    assert [(t, p) for t, p, *_x in read(got)] == [("", "")] * 3
    assert "HOLDER_BY_POST_IN_POINT" not in codes(got)


def test_a_list_with_its_own_post_column_reads_as_before(tmp_path):
    rows: list[list] = [
        ["XX镇财政所廉政风险自查表", None, None, None, None],
        ["序号", "岗位", "风险点描述", "风险等级", "防控措施"],
    ]
    posts = ["出纳", "出纳", "会计", "会计", "报账员", "所长"]
    rows += [
        [i, post, point, lv, how]
        for i, ((_s, point, lv, how), post) in enumerate(zip(POINTS, posts, strict=True), 1)
    ]
    rows += [[], ["附：本所人员分工"], ["序号", "岗位", "姓名"]]
    rows += [[i, post, who] for i, (post, who) in enumerate(ROSTER, 1)]
    got = run(tmp_path, rows, ["A1:E1"])
    assert "HOLDER_BY_POST_IN_POINT" not in codes(got)
    assert read(got) == WANT  # (the column's posts, each its roster holder's: as before)


def test_a_roster_whose_posts_open_few_points_is_left(tmp_path):
    points = [
        POINTS[0],
        ("会计核算", "不合规票据入账，虚列支出", "一级", "票据逐张审核。"),
        ("报账管理", "村级报账资料延迟送审，从中索要好处", "三级", "报账限时办结。"),
        ("财政监管", "惠农资金发放审核把关不严，优亲厚友", "一级", "张榜公示。"),
    ]
    got = run(tmp_path, sheet(points), ["A1:E1"])
    assert "HOLDER_BY_POST_IN_POINT" not in codes(got)
    assert "POINT_POST_NOT_IN_ROSTER" not in codes(got)
    assert all(p == "" for _t, p, *_x in read(got))


def test_a_longer_post_opening_a_point_is_not_the_rosters_shorter_one(tmp_path):
    """'会计员在…' with only 会计 on the roster: 会计员 is another post, not 会计 (the point keeps
    no holder and is warned, as a point opening with no roster post is)."""
    points = [*POINTS[:5], ("会计核算", "会计员在记账时虚列支出", "一级", "复核。")]
    got = run(tmp_path, sheet(points, ("序号", "职务", "姓名")), ["A1:E1"])
    assert ("", "", "会计员在记账时虚列支出", "Ⅰ级") in read(got)
    warned = got.issues[got.issues["code"] == "POINT_POST_NOT_IN_ROSTER"]
    assert list(warned["cell"]) == ["C8"], warned.to_dict("records")


def test_what_the_hundred_and_twenty_first_review_found_nouns_built_on_a_post(tmp_path):
    # (4) a point opening with a noun built on a roster post ('会计账簿', '出纳日记账', '会计档案',
    # '会计凭证', '出纳岗位', '主任会议'): the post is no subject; the rule finds too few points
    # its own and leaves the list as before (no holder, no warning)
    points = [
        ("财务", "会计账簿设置不规范", "一级", "复核"),
        ("财务", "出纳日记账登记不及时", "二级", "对账"),
        ("财务", "会计档案保管不善", "二级", "专柜"),
        ("财务", "会计凭证审核不严，虚列支出", "一级", "复核"),
        ("财务", "出纳岗位不相容职务未分离", "二级", "分岗"),
        ("决策", "主任会议议事规则不落实", "一级", "规则"),
        ("资产", "固定资产管理不规范", "三级", "盘点"),
    ]
    roster = [("主任", "闵晟珂"), ("会计", "卞沅汐"), ("出纳", "伍祎澄")]
    got = run(tmp_path, sheet(points, ("序号", "职务", "姓名"), roster), ["A1:E1"])
    levels = {"一级": "Ⅰ级", "二级": "Ⅱ级", "三级": "Ⅲ级"}
    assert read(got) == sorted(("", "", p, levels[lv]) for _s, p, lv, _h in points)
    no_errors(got)
    assert not {"HOLDER_BY_POST_IN_POINT", "POINT_POST_NOT_IN_ROSTER"} & codes(got)
    # among points whose posts are their subjects, such a point keeps no holder, unwarned
    points = [*POINTS, ("会计核算", "会计凭证审核不严，虚列支出", "一级", "复核。")]
    got = run(tmp_path / "b", sheet(points), ["A1:E1"])
    assert read(got) == sorted([*WANT, ("", "", "会计凭证审核不严，虚列支出", "Ⅰ级")])
    no_errors(got)
    assert "HOLDER_BY_POST_IN_POINT" in codes(got)
    assert "POINT_POST_NOT_IN_ROSTER" not in codes(got)


def test_what_the_hundred_and_twenty_first_review_found_two_posts_opening_a_point(tmp_path):
    # (6) '出纳、会计在对账时相互包庇', both posts on the roster: both holders', no warning
    points = [*POINTS, ("会计核算", "出纳、会计在对账时相互包庇", "二级", "交叉对账。")]
    got = run(tmp_path, sheet(points), ["A1:E1"])
    assert read(got) == sorted([
        *WANT,
        ("出纳", "伍祎澄", "出纳、会计在对账时相互包庇", "Ⅱ级"),
        ("会计", "卞沅汐", "出纳、会计在对账时相互包庇", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "POINT_POST_NOT_IN_ROSTER" not in codes(got)
