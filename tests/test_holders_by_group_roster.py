"""A list whose only holder column names a GROUP ('责任科室 | 领导班子', '责任单位 | 交易股') and a
roster keyed by group elsewhere on the sheet or in the workbook ('科室 | 职务 | 姓名', the group
merged down over its members): every member the roster lists under a row's group holds its point,
one form a member, the group his 科室. A group the roster lists not stays a 科室 of no holder, with
a warning; a list with its own 岗位/姓名 columns, or a roster naming no one, reads as before.

Not the published batch's (a county 发展和改革局's 分解表 with 责任主体 局领导/投资股/价格股/办公室, the
roster '附：责任主体人员名单' under it with a 分工 column, levels 一级/二级/三级): a 卫生健康局, a 公共
资源交易中心 and a 市场监督管理局, other groups (领导班子, 医政医管股, 中心领导, 交易股, 班子成员,
执法大队 …), other posts and names, the roster above the list, beside it with a group's members in
one cell, and on a sheet of its own ('人员名单'), levels 高/中/低 and ★, written with xlsxwriter
(tests/helpers.py) and read back as ``collect_inbox`` reads a file.
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


def read(got) -> list[tuple[str, str, str, str, str]]:
    r = got.risks
    return sorted(
        zip(r["department"], r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True)
    )


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


def test_the_codes_are_catalogued():
    for code in ("HOLDERS_BY_GROUP_ROSTER", "GROUP_NOT_IN_ROSTER"):
        assert code in CATALOGUE and code in SHORT


def test_a_roster_above_the_list_gives_every_member_of_the_group_its_points(tmp_path):
    rows = [
        ["XX县卫生健康局廉政风险防控清单"],
        ["责任科室人员"],
        ["科室", "职务", "姓名"],
        ["领导班子", "局长", "戚沐川"],
        [None, "副局长", "韦晗之"],
        ["医政医管股", "股长", "郜予宁"],
        [None, "科员", "滕逸舟"],
        ["财务股", "股长", "蒯书瑶"],
        [],
        ["序号", "风险点", "风险类型", "风险等级", "防控措施", "责任科室"],
        [1, "医疗机构校验中降低标准放行", "岗位职责风险", "高", "校验结果集体审定并公示。", "医政医管股"],
        [2, "重大项目资金安排个人说了算", "制度机制风险", "高", "党组会集体研究，纪要存档。", "领导班子"],
        [3, "报销单据审核不严，虚列支出", "岗位职责风险", "中", "单据双人审核，每月对账。", "财务股"],
        [4, "医疗纠纷调处偏袒一方", "思想道德风险", "低", "调处过程全程记录。", "医政医管股"],
    ]  # fmt: skip
    got = run(tmp_path, {"清单": rows}, {"清单": ["A1:F1", "A2:C2", "A4:A5", "A6:A7"]})
    assert read(got) == sorted([
        ("领导班子", "局长", "戚沐川", "重大项目资金安排个人说了算", "Ⅰ级"),
        ("领导班子", "副局长", "韦晗之", "重大项目资金安排个人说了算", "Ⅰ级"),
        ("医政医管股", "股长", "郜予宁", "医疗机构校验中降低标准放行", "Ⅰ级"),
        ("医政医管股", "股长", "郜予宁", "医疗纠纷调处偏袒一方", "Ⅲ级"),
        ("医政医管股", "科员", "滕逸舟", "医疗机构校验中降低标准放行", "Ⅰ级"),
        ("医政医管股", "科员", "滕逸舟", "医疗纠纷调处偏袒一方", "Ⅲ级"),
        ("财务股", "股长", "蒯书瑶", "报销单据审核不严，虚列支出", "Ⅱ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_GROUP_ROSTER" in codes(got)
    assert not {"ROW_UNPLACED", "GROUP_NOT_IN_ROSTER"} & codes(got)
    no_errors(got)
    c = got.counts()
    assert c["rows_seen"] == c["risks"] + c["rows_reported"], c


def test_a_roster_beside_the_list_one_cell_a_group_and_a_unit_heading(tmp_path):
    # '责任单位' heads the group column; the roster right of the list past an empty column,
    # under its own caption, each group's members in one cell ('股长　甲、科员　乙'), no 序号
    rows = [
        ["XX县公共资源交易中心廉政风险点一览表", None, None, None, None, None, None],
        ["风险点", "风险等级", "防控措施", "责任单位", None, None, None],
        ["进场交易项目受理把关不严", "★★", "受理要件清单化。", "交易股", None, "各单位人员", None],
        ["评标专家抽取泄露信息", "★★★", "专家抽取全程录像。", "交易股", None, "责任单位", "人员"],
        ["保证金退还拖延、吃拿卡要", "★★", "保证金原路退还，限时办结。", "综合股", None, "中心领导", "主任　闵知远、副主任　柏清和"],
        ["干预交易结果，为特定企业中标打招呼", "★★★", "插手干预重大事项记录报告。", "中心领导", None, "交易股", "股长　郝言蹊、科员　荀念初"],
        ["档案借阅不登记，泄露投标人信息", "★", "借阅审批登记。", "综合股", None, "综合股", "股长　宓听澜"],
        ["注：★★★为高风险，★★为中风险，★为低风险。"],
    ]  # fmt: skip
    got = run(tmp_path, {"一览表": rows}, {"一览表": ["A1:G1", "F3:G3", "A8:G8"]})
    assert read(got) == sorted([
        ("中心领导", "主任", "闵知远", "干预交易结果，为特定企业中标打招呼", "Ⅰ级"),
        ("中心领导", "副主任", "柏清和", "干预交易结果，为特定企业中标打招呼", "Ⅰ级"),
        ("交易股", "股长", "郝言蹊", "进场交易项目受理把关不严", "Ⅱ级"),
        ("交易股", "股长", "郝言蹊", "评标专家抽取泄露信息", "Ⅰ级"),
        ("交易股", "科员", "荀念初", "进场交易项目受理把关不严", "Ⅱ级"),
        ("交易股", "科员", "荀念初", "评标专家抽取泄露信息", "Ⅰ级"),
        ("综合股", "股长", "宓听澜", "保证金退还拖延、吃拿卡要", "Ⅱ级"),
        ("综合股", "股长", "宓听澜", "档案借阅不登记，泄露投标人信息", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_GROUP_ROSTER" in codes(got)
    assert not {"ROW_UNPLACED", "CELL_OUTSIDE"} & codes(got)
    assert set(got.posts["unit"]) == {"XX县公共资源交易中心"}
    no_errors(got)


LIST = [
    ["XX县市场监督管理局廉政风险点排查表"],
    ["序号", "廉政风险点", "风险等级", "防控措施", "责任主体"],
    [1, "行政处罚自由裁量权滥用，同案不同罚", "高", "裁量基准公开，案件集体审议。", "执法大队"],
    [2, "干部选拔任用中搞“一言堂”", "高", "党组集体研究，全程纪实。", "班子成员"],
    [3, "食品经营许可现场核查走过场", "中", "核查双人进行，照片留档。", "登记许可股"],
    [4, "罚没物品处置不登记、私分", "中", "罚没物品入库登记，定期清点。", "执法大队"],
]  # fmt: skip
NOTE = ["注：责任主体所列人员均为该风险点责任人。"]
ROSTER = [
    ["序号", "责任主体", "岗位", "姓名"],
    [1, "班子成员", "局长", "骆清砚"],
    [2, None, "副局长", "景昭然"],
    [3, "执法大队", "大队长", "鲍启帆"],
    [4, None, "执法队员", "芮暮云"],
    [5, None, "执法队员", "鄢朗月"],
]  # fmt: skip


def test_a_roster_on_a_sheet_of_its_own_and_a_group_it_lists_not(tmp_path):
    # the roster on '人员名单', 登记许可股 not on it: its row stays a 科室's, with a warning
    got = run(
        tmp_path,
        {"排查表": LIST, "人员名单": ROSTER},
        {"排查表": ["A1:E1"], "人员名单": ["B2:B3", "B4:B6"]},
    )
    assert read(got) == sorted([
        ("班子成员", "局长", "骆清砚", "干部选拔任用中搞“一言堂”", "Ⅰ级"),
        ("班子成员", "副局长", "景昭然", "干部选拔任用中搞“一言堂”", "Ⅰ级"),
        ("执法大队", "大队长", "鲍启帆", "行政处罚自由裁量权滥用，同案不同罚", "Ⅰ级"),
        ("执法大队", "大队长", "鲍启帆", "罚没物品处置不登记、私分", "Ⅱ级"),
        ("执法大队", "执法队员", "芮暮云", "行政处罚自由裁量权滥用，同案不同罚", "Ⅰ级"),
        ("执法大队", "执法队员", "芮暮云", "罚没物品处置不登记、私分", "Ⅱ级"),
        ("执法大队", "执法队员", "鄢朗月", "行政处罚自由裁量权滥用，同案不同罚", "Ⅰ级"),
        ("执法大队", "执法队员", "鄢朗月", "罚没物品处置不登记、私分", "Ⅱ级"),
        ("登记许可股", "", "", "食品经营许可现场核查走过场", "Ⅱ级"),
    ])  # fmt: skip
    said = got.issues[got.issues["code"] == "GROUP_NOT_IN_ROSTER"]
    assert list(said["cell"]) == ["E5"] and list(said["severity"]) == ["warning"]
    info = got.issues[got.issues["code"] == "HOLDERS_BY_GROUP_ROSTER"]
    assert list(info["cell"]) == ["E2"] and "人员名单!B1" in info["message"].iloc[0]
    no_errors(got)


def test_the_roster_under_the_list_after_a_blank_row(tmp_path):
    rows = [*LIST, NOTE, [], ["附：人员名单"], *ROSTER]
    merges = ["A1:E1", "A7:E7", "A9:E9", "B11:B12", "B13:B15"]
    got = run(tmp_path, {"排查表": rows}, {"排查表": merges})
    assert len(read(got)) == 9
    assert ("班子成员", "副局长", "景昭然", "干部选拔任用中搞“一言堂”", "Ⅰ级") in read(got)
    assert "ROW_UNPLACED" not in codes(got)
    no_errors(got)


def test_a_list_with_its_own_post_and_name_columns_reads_as_before(tmp_path):
    # the 责任科室 column beside 岗位 and 姓名: the rows name their holders, the roster is no help
    rows = [
        ["XX县卫生健康局廉政风险防控清单"],
        ["序号", "风险点", "风险等级", "防控措施", "责任科室", "岗位", "姓名"],
        [1, "医疗机构校验中降低标准放行", "高", "校验结果集体审定并公示。", "医政医管股", "股长", "郜予宁"],
        [2, "报销单据审核不严，虚列支出", "中", "单据双人审核，每月对账。", "财务股", "股长", "蒯书瑶"],
        ["注：风险等级分高、中、低三级。"],
        [],
        ["附：科室人员名单"],
        ["科室", "职务", "姓名"],
        ["医政医管股", "股长", "郜予宁"],
        [None, "科员", "滕逸舟"],
        ["财务股", "股长", "蒯书瑶"],
    ]  # fmt: skip
    got = run(tmp_path, {"清单": rows}, {"清单": ["A1:G1", "A5:G5", "A7:C7", "A9:A10"]})
    assert read(got) == sorted([
        ("医政医管股", "股长", "郜予宁", "医疗机构校验中降低标准放行", "Ⅰ级"),
        ("财务股", "股长", "蒯书瑶", "报销单据审核不严，虚列支出", "Ⅱ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_GROUP_ROSTER" not in codes(got)
    no_errors(got)


def test_a_roster_of_posts_naming_no_one_reads_as_before(tmp_path):
    # '科室 | 职务 | 姓名' whose names are all '空缺': who holds the groups is not said
    roster = [
        ["责任主体", "岗位", "姓名"],
        ["班子成员", "局长", "空缺"],
        ["执法大队", "大队长", "待定"],
    ]
    rows = [*LIST, NOTE, [], ["附：人员名单"], *roster]
    got = run(tmp_path, {"排查表": rows}, {"排查表": ["A1:E1", "A7:E7", "A9:C9"]})
    assert read(got) == sorted([
        ("执法大队", "", "", "行政处罚自由裁量权滥用，同案不同罚", "Ⅰ级"),
        ("班子成员", "", "", "干部选拔任用中搞“一言堂”", "Ⅰ级"),
        ("登记许可股", "", "", "食品经营许可现场核查走过场", "Ⅱ级"),
        ("执法大队", "", "", "罚没物品处置不登记、私分", "Ⅱ级"),
    ])  # fmt: skip
    assert not {"HOLDERS_BY_GROUP_ROSTER", "GROUP_NOT_IN_ROSTER"} & codes(got)
    no_errors(got)


def test_a_roster_of_other_groups_reads_as_before(tmp_path):
    # a roster of the unit's 所 under the list, none of them a group the list names
    roster = [["所别", "职务", "姓名"], ["城关所", "所长", "雍若虚"], [None, "副所长", "詹望舒"],
              ["河西所", "所长", "仉听松"]]  # fmt: skip
    rows = [*LIST, NOTE, [], ["附：各所人员名单"], *roster]
    got = run(tmp_path, {"排查表": rows}, {"排查表": ["A1:E1", "A7:E7", "A9:C9", "A11:A12"]})
    assert {p for _d, p, _n, _pt, _lv in read(got)} == {""}
    assert {n for _d, _p, n, _pt, _lv in read(got)} == {""}
    assert len(read(got)) == 4
    assert not {"HOLDERS_BY_GROUP_ROSTER", "GROUP_NOT_IN_ROSTER"} & codes(got)
    no_errors(got)


def test_what_the_eighty_seventh_review_found(tmp_path):
    """A list of who filled the list in for each unit ('附：各单位填报人员') holds no points."""
    rows = [["XX县重点领域廉政风险防控清单"], ["序号", "廉政风险点", "风险等级", "防控措施", "责任单位"],
            [1, "招生入学违规操作", "高", "阳光招生。", "县教育局"], [2, "医疗采购收受回扣", "高", "集中采购。", "县卫健局"],
            [3, "财政资金违规拨付", "中", "国库集中支付。", "县财政局"],
            ["附：各单位填报人员"], ["单位", "职务", "姓名"], ["县教育局", "办公室科员", "昝澄远"],
            ["县卫健局", "办公室主任", "闾丘霁"], ["县财政局", "科员", "昝沐川"]]  # fmt: skip
    got = run(tmp_path, {"清单": rows}, {"清单": ["A1:E1", "A6:E6"]})
    assert not {"昝澄远", "闾丘霁", "昝沐川"} & set(got.risks["person"])
    assert "HOLDERS_BY_GROUP_ROSTER" not in codes(got)
