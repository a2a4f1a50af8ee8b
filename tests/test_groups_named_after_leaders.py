"""A list with no 岗位/姓名/责任人 column whose groups are named after their leaders ('阚沐阳养护班',
'宓瀛曈中队', '上官清妍项目组'), the group column merged down over the group's rows (or written at
its first row only), often with a '注：' line saying the leader holds his group's points: each
group one form, its holder the name at the head of the group's name, its post the note's word for
the leader ('班长', '中队长'; else '组长'), its 科室 the row's.

Not the published batch's file (a county 中医院's 临床诊疗组 '郏翯筠主诊组' under '科室', 高/中/低 and a
note naming 组长): a 公路养护中心's 养护班 under two heading rows with 一级/二级/三级 and a note
naming 班长, a 综合行政执法大队's 中队 written at each group's first row only with ★★★/★★/★ and
no 科室 column, a 农业农村局's 项目组 with a compound surname, a 风险类型 column and no note;
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


def run(tmp_path: Path, rows: list[list], merges: list[str], sheet: str = "风险表"):
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


def test_code_is_catalogued():
    assert "HOLDERS_BY_GROUP_NAMES" in CATALOGUE and "HOLDERS_BY_GROUP_NAMES" in SHORT


def test_road_crews_under_two_heading_rows_the_note_naming_the_crew_chief(tmp_path):
    rows = [["XX县公路养护中心养护班组廉政风险排查表"],
            ["序号", "站所", "作业班组", "廉政风险", None, "防控措施"],
            [None, None, None, "风险点", "风险等级", None],
            [1, "城关养护站", "阚沐阳养护班", "虚报养护材料用量", "一级", "材料出入库双人签字"],
            [2, None, None, "临时用工虚列人数套取劳务费", "二级", "用工名单每月公示"],
            [3, None, "宓清越养护班", "路面修补验收走过场", "二级", "中心抽检验收"],
            [4, "旺清养护站", "凤雨棠养护班", "私自外借养护机械收取费用", "三级", "机械使用登记"],
            ["注：作业班组以班长姓名命名，班长为本班组廉政风险点的第一责任人。"]]  # fmt: skip
    merges = ["A1:F1", "A2:A3", "B2:B3", "C2:C3", "D2:E2", "F2:F3",
              "B4:B6", "C4:C5", "A8:F8"]  # fmt: skip
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("城关养护站", "班长", "阚沐阳", "虚报养护材料用量", "Ⅰ级"),
        ("城关养护站", "班长", "阚沐阳", "临时用工虚列人数套取劳务费", "Ⅱ级"),
        ("城关养护站", "班长", "宓清越", "路面修补验收走过场", "Ⅱ级"),
        ("旺清养护站", "班长", "凤雨棠", "私自外借养护机械收取费用", "Ⅲ级"),
    ])  # fmt: skip
    assert len(got.posts) == 3
    said = got.issues[got.issues["code"] == "HOLDERS_BY_GROUP_NAMES"]
    assert len(said) == 1 and list(said["cell"]) == ["C2"]
    assert "阚沐阳养护班=班长 阚沐阳" in said["value"].iloc[0]
    assert not errors(got)


def test_squads_written_at_their_first_row_only_and_no_keshi_column(tmp_path):
    rows = [["XX县综合行政执法大队廉政风险防控一览表"],
            ["中队", "廉政风险点", "风险级别", "防控措施"],
            ["宓瀛曈中队", "对违法建设选择性查处", "★★★", "案件集体审议"],
            [None, "罚没物品私自处置", "★★", "罚没物品入库登记"],
            ["仉望舒中队", "对流动摊贩吃拿卡要", "★★", "执法记录仪全程记录"],
            [None, "违规减免处罚金额", "★★★", "减免处罚报大队审批"],
            ["说明：各中队以中队长姓名命名，中队长对本中队风险点负总责。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1", "A7:D7"])
    assert read(got) == sorted([
        ("宓瀛曈中队", "中队长", "宓瀛曈", "对违法建设选择性查处", "Ⅰ级"),
        ("宓瀛曈中队", "中队长", "宓瀛曈", "罚没物品私自处置", "Ⅱ级"),
        ("仉望舒中队", "中队长", "仉望舒", "对流动摊贩吃拿卡要", "Ⅱ级"),
        ("仉望舒中队", "中队长", "仉望舒", "违规减免处罚金额", "Ⅰ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_GROUP_NAMES" in codes(got)
    assert not errors(got)


def test_project_teams_a_compound_surname_a_type_column_and_no_note(tmp_path):
    rows = [["XX县农业农村局项目组廉政风险点一览表"],
            ["科室", "项目组", "风险点", "风险类型", "风险等级", "防控措施"],
            ["计划财务股", "上官清妍项目组", "项目资金拨付不按进度", "制度机制", "高", "按进度验收后拨付"],
            [None, None, "虚增项目实施面积", "岗位职责", "中", "实地核查面积"],
            ["种植业股", "芮晚晴项目组", "良种补贴对象审核不严", "岗位职责", "中", "补贴名单村级公示"],
            [None, None, "收受种子企业礼品", "思想道德", "低", "签订廉洁承诺书"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A3:A4", "B3:B4", "A5:A6", "B5:B6"])
    assert read(got) == sorted([
        ("计划财务股", "组长", "上官清妍", "项目资金拨付不按进度", "Ⅰ级"),
        ("计划财务股", "组长", "上官清妍", "虚增项目实施面积", "Ⅱ级"),
        ("种植业股", "组长", "芮晚晴", "良种补贴对象审核不严", "Ⅱ级"),
        ("种植业股", "组长", "芮晚晴", "收受种子企业礼品", "Ⅲ级"),
    ])  # fmt: skip
    assert set(got.risks["risk_type"]) == {"制度机制风险", "岗位职责风险", "思想道德风险"}
    assert len(got.posts) == 2
    assert not errors(got)


def test_groups_named_by_number_or_specialty_read_as_before(tmp_path):
    # '第一诊疗组', '第五诊疗组', '急诊组': no leader's name in them; the list reads as a list of
    # 科室 (no post, no holder), as it did
    rows = [["XX县妇幼保健院诊疗组廉政风险排查表"],
            ["序号", "科室", "诊疗组", "廉政风险点", "风险等级", "防控措施"],
            [1, "儿科", "第一诊疗组", "开具大处方", "高", "处方点评"],
            [2, None, "第五诊疗组", "诱导住院", "中", "住院指征抽查"],
            [3, "妇产科", "急诊组", "收受红包", "高", "廉洁承诺"],
            ["注：诊疗组组长为本组廉政风险第一责任人。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "B3:B4", "A6:F6"])
    assert read(got) == sorted([
        ("儿科", "", "", "开具大处方", "Ⅰ级"),
        ("儿科", "", "", "诱导住院", "Ⅱ级"),
        ("妇产科", "", "", "收受红包", "Ⅰ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_GROUP_NAMES" not in codes(got)


def test_a_group_column_beside_its_own_post_and_name_columns_reads_as_before(tmp_path):
    # the crew named after its chief, but each row names its own holder: the row's holder stands
    rows = [["XX县水务局班组廉政风险防控表"],
            ["班组", "岗位", "姓名", "廉政风险点", "风险等级"],
            ["裴语桐班组", "抄表员", "岑望川", "抄表数据造假", "二级"],
            [None, "收费员", "鄂晚舟", "截留水费", "一级"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A3:A4"])
    r = got.risks
    assert sorted(zip(r["title"], r["person"], r["risk_point"], strict=True)) == sorted([
        ("抄表员", "岑望川", "抄表数据造假"), ("收费员", "鄂晚舟", "截留水费"),
    ])  # fmt: skip
    assert "HOLDERS_BY_GROUP_NAMES" not in codes(got)


def test_one_group_not_named_after_anyone_leaves_the_whole_column_as_before(tmp_path):
    # two crews named after their chiefs, a third '综合组': the column is not such a list
    rows = [["XX县市场监督管理局稽查组廉政风险表"],
            ["股室", "工作组", "廉政风险点", "风险等级"],
            ["稽查股", "冼澄邈稽查组", "选择性执法", "一级"],
            ["稽查股", "訾沛岚稽查组", "泄露举报人信息", "二级"],
            ["稽查股", "综合组", "罚没款不及时上缴", "二级"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1"])
    assert set(got.risks["person"]) == {""} and set(got.risks["title"]) == {""}
    assert "HOLDERS_BY_GROUP_NAMES" not in codes(got)


def _squads(groups: list[str], head: str = "中队", note: str | None = None):
    """The reviewer's 执法大队 sheet: 'head | 廉政风险点 | 风险级别 | 防控措施', each group merged
    down over its two rows."""
    rows = [
        ["XX县综合行政执法大队廉政风险防控一览表"],
        [head, "廉政风险点", "风险级别", "防控措施"],
    ]
    points = [("对违法建设选择性查处", "高"), ("罚没物品私自处置", "中"),
              ("对流动摊贩吃拿卡要", "中"), ("违规减免处罚金额", "高")]  # fmt: skip
    for i, (p, lv) in enumerate(points):
        rows.append([groups[i // 2] if i % 2 == 0 else None, p, lv, "集体审议"])
    if note:
        rows.append([note])
    return rows, ["A1:D1", "A3:A4", "A5:A6"]


def test_what_the_hundred_and_twelfth_review_found_places_and_emblems_are_no_leaders(tmp_path):
    # '江南中队', '雷锋班', '周末班': a two-character head is a place's, an emblem's, a time's;
    # one such group among real ones ('宓瀛曈中队 | 江南中队') leaves the whole column as read
    for i, (groups, head) in enumerate([
        (["江南中队", "高新中队"], "中队"), (["金桥中队", "向阳中队"], "中队"),
        (["雷锋班", "黄河班"], "班组"), (["周末班", "白云班"], "班组"),
        (["宓瀛曈中队", "江南中队"], "中队"), (["高新区中队", "向阳路中队"], "中队"),
    ]):  # fmt: skip
        rows, merges = _squads(groups, head)
        got = run(tmp_path / str(i), rows, merges)
        assert read(got) == sorted([
            (groups[0], "", "", "对违法建设选择性查处", "Ⅰ级"),
            (groups[0], "", "", "罚没物品私自处置", "Ⅱ级"),
            (groups[1], "", "", "对流动摊贩吃拿卡要", "Ⅱ级"),
            (groups[1], "", "", "违规减免处罚金额", "Ⅰ级"),
        ]), groups  # fmt: skip
        assert "HOLDERS_BY_GROUP_NAMES" not in codes(got)
        unsure = got.issues[got.issues["code"] == "HOLDERS_BY_GROUP_NAMES_UNSURE"]
        if groups[0] == "宓瀛曈中队":  # (one looks named after its leader, one not: said)
            assert list(unsure["cell"]) == ["A2"] and list(unsure["value"]) == ["江南中队"]
            assert list(unsure["severity"]) == ["warning"]
        else:
            assert unsure.empty


def test_what_the_hundred_and_twelfth_review_found_short_names_with_a_note(tmp_path):
    # a note saying the groups are named after their leaders: '李明组' is 李明's; under '小组'
    # (no 科室 column) every row of a group has the same 科室, none
    rows, merges = _squads(["张三丰组", "李明组"], "小组", "注：各小组以组长姓名命名。")
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("", "组长", "张三丰", "对违法建设选择性查处", "Ⅰ级"),
        ("", "组长", "张三丰", "罚没物品私自处置", "Ⅱ级"),
        ("", "组长", "李明", "对流动摊贩吃拿卡要", "Ⅱ级"),
        ("", "组长", "李明", "违规减免处罚金额", "Ⅰ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_GROUP_NAMES" in codes(got)
    assert not errors(got)
    # no note: '李明' is too short a head to be sure of; the whole column reads as before
    rows, merges = _squads(["张三丰组", "李明组"], "小组")
    got = run(tmp_path / "b", rows, merges)
    assert set(got.risks["person"]) == {""}
    assert "HOLDERS_BY_GROUP_NAMES" not in codes(got)


def test_what_the_hundred_and_twelfth_review_found_headings_ending_in_bie_or_mingcheng(tmp_path):
    # '组别', '班组名称', '小组名': headings the rule's pattern allows, now also its cheap test's
    for i, (groups, head, word) in enumerate([
        (["张三丰组", "宓瀛曈组"], "组别", "组"),
        (["阚沐阳班组", "宓清越班组"], "班组名称", "班组"),
        (["阚沐阳小组", "宓清越小组"], "小组名", "小组"),
    ]):  # fmt: skip
        rows, merges = _squads(groups, head)
        got = run(tmp_path / str(i), rows, merges)
        lead = [g[: -len(word)] for g in groups]
        assert sorted(zip(got.risks["title"], got.risks["person"], strict=True)) == sorted(
            [("组长", lead[0])] * 2 + [("组长", lead[1])] * 2
        ), head
        assert len(set(got.risks["department"])) == 2  # (one 科室 a group, its name)
        assert "HOLDERS_BY_GROUP_NAMES" in codes(got)
    # '组别 | 第一组': no one named, as before
    rows, merges = _squads(["第一组", "第二组"], "组别")
    got = run(tmp_path / "n", rows, merges)
    assert set(got.risks["person"]) == {""}
    assert "HOLDERS_BY_GROUP_NAMES" not in codes(got)
