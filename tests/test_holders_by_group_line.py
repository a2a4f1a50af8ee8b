"""A list keyed by (group, post) with no name column ('仲裁庭 | 岗位', the same posts in each group),
its holders standing only in a prose note over or under it naming each group's members by post
('第一仲裁庭由首席仲裁员某某、书记员某某组成；…', '甲组：组长 某某，组员 某某', '甲组组长某某、…'): each
(group, post) row is the person the note names for that group and post (HOLDERS_BY_GROUP_LINE).

Not the published batch's file (a county's 劳动人事争议仲裁院 with 仲裁庭 / 首席仲裁员 / 书记员 and a
'说明：…由…组成' line under the table, 一级/二级/三级): a 人民法院's 审判团队 with the note over the
table in '团队：岗位 姓名，…' form, a 林业局's 管护站 with '注：' glued 'group post name', a
市场监管局's 检查组 under two heading rows with ticked levels and one post the note leaves out;
other posts, names and level words, written with xlsxwriter (tests/helpers.py) and read back as
``collect_inbox`` reads a file. A note naming a 联系人, and one naming groups the list has not,
leave the list as it was read before: posts with no holder.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str], sheet: str = "清单"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str, str]]:
    r = got.risks
    return sorted(
        zip(r["department"], r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True)
    )


def codes(got) -> set[str]:
    return set(got.issues["code"])


def errors(got) -> set[str]:
    return set(got.issues[got.issues["severity"] == "error"]["code"])


COURT = [
    ["XX县人民法院审判团队廉政风险防控清单"],
    [
        "人员组成：民事审判团队：员额法官 芮沨澄，法官助理 郦沐晗；刑事审判团队：员额法官 芮淞岚，法官助理 郦朗昀。"
    ],
    ["序号", "审判团队", "岗位", "廉政风险点", "风险等级", "防控措施"],
    [1, "民事审判团队", "员额法官", "私下会见一方当事人", "高", "会见须在院内进行并登记"],
    [2, "民事审判团队", "员额法官", "违规采信证据作出裁判", "中", "裁判文书经庭长审核"],
    [3, "民事审判团队", "法官助理", "泄露合议庭评议情况", "中", "评议记录封存"],
    [4, "刑事审判团队", "员额法官", "量刑畸轻畸重", "高", "量刑规范化审查"],
    [5, "刑事审判团队", "法官助理", "送达不及时、不规范", "低", "送达节点系统留痕"],
]
COURT_MERGES = ["A1:F1", "A2:F2", "B4:B6", "B7:B8", "C4:C5"]


def test_note_over_the_list_in_group_colon_post_name_form(tmp_path):
    got = run(tmp_path, COURT, COURT_MERGES)
    assert read(got) == sorted([
        ("民事审判团队", "员额法官", "芮沨澄", "私下会见一方当事人", "Ⅰ级"),
        ("民事审判团队", "员额法官", "芮沨澄", "违规采信证据作出裁判", "Ⅱ级"),
        ("民事审判团队", "法官助理", "郦沐晗", "泄露合议庭评议情况", "Ⅱ级"),
        ("刑事审判团队", "员额法官", "芮淞岚", "量刑畸轻畸重", "Ⅰ级"),
        ("刑事审判团队", "法官助理", "郦朗昀", "送达不及时、不规范", "Ⅲ级"),
    ])  # fmt: skip
    assert len(got.posts) == 4
    said = got.issues[got.issues["code"] == "HOLDERS_BY_GROUP_LINE"]
    assert list(said["cell"]) == ["A2"]
    assert "审判团队" in said["message"].iloc[0] and "4人、4个岗位" in said["message"].iloc[0]
    assert "GROUP_LINE_POST_UNNAMED" not in codes(got)
    assert not errors(got)


FOREST = [
    ["XX县林业局基层管护站岗位廉政风险排查表"],
    ["管护站", "岗位", "风险点", "风险类型", "风险等级", "防控措施"],
    ["东山管护站", "站长", "虚报护林员出勤套取补助", "岗位职责", "一级", "出勤记录每月公示"],
    ["东山管护站", "站长", "林木采伐伐区验收走过场", "岗位职责", "二级", "验收两人以上到场"],
    ["东山管护站", "护林员", "发现盗伐不报告", "岗位职责", "二级", "巡护轨迹每日上传"],
    ["西山管护站", "站长", "收受木材经营者财物", "思想道德", "一级", "签订廉洁承诺书"],
    ["西山管护站", "护林员", "私自放行无证运输木材", "岗位职责", "三级", "检查站视频监控"],
    ["注：东山管护站站长甘翊澄、护林员甘沐岑；西山管护站站长詹泓霁、护林员詹若溪。"],
    ["填表人：", None, "审核人：", None, "2025年6月"],
]
FOREST_MERGES = ["A1:F1", "A3:A5", "A6:A7", "B3:B4", "A8:F8"]


def test_note_under_the_list_glued_group_post_name(tmp_path):
    got = run(tmp_path, FOREST, FOREST_MERGES)
    assert read(got) == sorted([
        ("东山管护站", "站长", "甘翊澄", "虚报护林员出勤套取补助", "Ⅰ级"),
        ("东山管护站", "站长", "甘翊澄", "林木采伐伐区验收走过场", "Ⅱ级"),
        ("东山管护站", "护林员", "甘沐岑", "发现盗伐不报告", "Ⅱ级"),
        ("西山管护站", "站长", "詹泓霁", "收受木材经营者财物", "Ⅰ级"),
        ("西山管护站", "护林员", "詹若溪", "私自放行无证运输木材", "Ⅲ级"),
    ])  # fmt: skip
    assert list(got.issues[got.issues["code"] == "HOLDERS_BY_GROUP_LINE"]["cell"]) == ["A8"]
    assert not errors(got)


TEAMS = [
    ["XX县市场监督管理局检查组廉政风险点登记表"],
    ["序号", "检查组", "岗位", "廉政风险点", "风险等级", None, None, "防控措施"],
    [None, None, None, None, "高", "中", "低", None],
    [1, "第一检查组", "组长", "对举报线索压案不查", "√", None, None, "线索登记台账，每月对账"],
    [2, "第一检查组", "执法员", "现场检查接受宴请", None, "√", None, "执法记录仪全程记录"],
    [3, "第二检查组", "组长", "检查结果弄虚作假", "√", None, None, "结果抽查复核"],
    [4, "第二检查组", "执法员", "向被检查单位推销产品", None, None, "√", "公开举报电话"],
    ["说明：第一检查组由组长栾沛霖、执法员栾若萱组成；第二检查组由组长蒯澄宇组成。"],
]
TEAMS_MERGES = ["A1:H1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:G2", "H2:H3", "A8:H8"]


def test_two_heading_rows_ticked_levels_and_a_post_the_note_leaves_out(tmp_path):
    got = run(tmp_path, TEAMS, TEAMS_MERGES)
    assert read(got) == sorted([
        ("第一检查组", "组长", "栾沛霖", "对举报线索压案不查", "Ⅰ级"),
        ("第一检查组", "执法员", "栾若萱", "现场检查接受宴请", "Ⅱ级"),
        ("第二检查组", "组长", "蒯澄宇", "检查结果弄虚作假", "Ⅰ级"),
        # (the note names no 执法员 of the second team: the post stays without a holder)
        ("第二检查组", "执法员", "", "向被检查单位推销产品", "Ⅲ级"),
    ])  # fmt: skip
    left = got.issues[got.issues["code"] == "GROUP_LINE_POST_UNNAMED"]
    assert list(left["cell"]) == ["C7"]
    assert "第二检查组　执法员" in left["message"].iloc[0]
    assert set(left["severity"]) == {"warning"}
    assert not errors(got)


def test_a_note_naming_a_contact_is_no_roster(tmp_path):
    rows = COURT[:1] + [
        ["说明：本表由办公室汇总，联系人：民事审判团队法官助理 郦沐晗、刑事审判团队法官助理 郦朗昀，电话 6612345。"]
    ] + COURT[2:]  # fmt: skip
    got = run(tmp_path, rows, COURT_MERGES)
    assert {(d, t, p) for d, t, p, _x, _l in read(got)} == {
        ("民事审判团队", "员额法官", ""),
        ("民事审判团队", "法官助理", ""),
        ("刑事审判团队", "员额法官", ""),
        ("刑事审判团队", "法官助理", ""),
    }
    assert not {"HOLDERS_BY_GROUP_LINE", "GROUP_LINE_POST_UNNAMED"} & codes(got)


def test_a_note_of_other_groups_leaves_the_list_as_it_was(tmp_path):
    rows = FOREST[:7] + [
        ["注：南坡管护站由站长甘翊澄、护林员甘沐岑组成；北坡管护站由站长詹泓霁、护林员詹若溪组成。"]
    ] + FOREST[8:]  # fmt: skip
    got = run(tmp_path, rows, FOREST_MERGES)
    assert {p for _d, _t, p, _x, _l in read(got)} == {""}
    assert len(read(got)) == 5
    assert not {"HOLDERS_BY_GROUP_LINE", "GROUP_LINE_POST_UNNAMED"} & codes(got)


def test_a_list_with_a_name_column_keeps_its_own(tmp_path):
    rows = [
        ["XX县林业局基层管护站岗位廉政风险排查表"],
        ["管护站", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
        ["东山管护站", "站长", "甘翊澄", "虚报护林员出勤套取补助", "一级", "出勤记录每月公示"],
        ["西山管护站", "站长", "詹泓霁", "收受木材经营者财物", "一级", "签订廉洁承诺书"],
        ["注：东山管护站站长甘沐岑；西山管护站站长詹若溪。"],
    ]
    got = run(tmp_path, rows, ["A1:F1", "A5:F5"])
    assert [p for _d, _t, p, _x, _l in read(got)] == ["甘翊澄", "詹泓霁"]
    assert "HOLDERS_BY_GROUP_LINE" not in codes(got)


def test_the_codes_are_catalogued():
    for code in ("HOLDERS_BY_GROUP_LINE", "GROUP_LINE_POST_UNNAMED"):
        assert code in CATALOGUE and code in SHORT
