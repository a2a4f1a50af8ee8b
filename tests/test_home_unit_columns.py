"""A list of cadres sent to the filing body from elsewhere (援藏、援疆、挂职、选调) with a column naming
each holder's HOME or dispatching body — ``派出单位``, ``原单位``, ``原工作单位``, ``选派单位``,
``派出单位及职务`` — beside the post he holds here. That column is no unit, no 科室 and no post of the
forms: every form is the filing body's (its title, its 填报单位 line, or where nothing above names
it the unit written before the post under ``挂职单位及职务``), the post the one held here (written
without the filing body's name before it), and one info HOME_UNITS_SET_ASIDE says the column was
read as the holders' home units. Before, the home body came out as each form's 科室 (or, where
nothing above named the unit, as its unit), and the post kept the filing body's name before it.

Near-misses read as before: a county's consolidated list whose ``单位`` column really is each row's
unit; a 局's list whose ``单位`` column names its 二级单位 under a title naming the 局 (their 科室);
an ordinary list with no such column.

Not the published batch's table (a 县人民医院's 援藏干部 with ``派出单位 | 挂职单位及职务``): a 乡's
挂职干部 with ``原工作单位``, a 司法局's 选调生 with ``选派单位`` (and an .ods copy), a 中学's 援疆教师
with ``派出单位及职务`` beside ``挂职职务``, a 林业和草原局's list whose only unit is in
``挂职单位及职务`` — other headings, posts, names and level words, written with tests/helpers.py and
read back as ``collect_inbox`` reads a file.

Later, in other words again: a 派驻组's list whose ``派出单位`` (each row's own 组) stands beside
``现任职务`` or ``现工作岗位`` — the plain post heading of any list, no sign of cadres sent here — is
read as before (the 组 had been set aside as a home body, every form left without it).

Later, in other words again: the home-body heading with its other name in brackets or after a
slash (``派出单位（原单位）``, ``原单位/派出单位``), ``后方派出单位`` and, in a list of cadres sent here,
``人才来源单位``; and the list said to be such cadres by other words (``柔性引进人才``, ``对口支援``,
``“组团式”``), by the sheet's name (``援疆干部``) or by a note of a line or two just under the rows
(``说明：1.本表由我局挂任干部填写；``) — each had left the home bodies as the forms' 科室. And the
heading under a group heading merged over it and its neighbours (``干部基本信息`` over ``姓名 | 原工作
单位 | 挂职岗位``, read ``干部基本信息原工作单位``): the home bodies had been the 科室.
"""

from pathlib import Path

from helpers import write_ods, write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, ITEMS, SHORT


def run(tmp_path: Path, rows: list[list], merges: list[str] = (), ods: bool = False):
    inbox = tmp_path / "inbox"
    if ods:
        write_ods(inbox / "t.ods", {"Sheet1": rows})
    else:
        write_workbook(inbox / "t.xlsx", {"Sheet1": rows}, merges={"Sheet1": list(merges)})
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def forms(got) -> list[tuple[str, str, str, str]]:
    r = got.risks.drop_duplicates("form_id")
    return list(zip(r["unit"], r["department"], r["title"], r["person"], strict=True))


def codes(got) -> list[str]:
    return got.issues["code"].tolist()


def nowhere(got, homes: set[str]) -> bool:
    """No home body stands in any form's unit, 科室 or post."""
    cells = {v for row in forms(got) for v in row[:3]}
    return not any(h in v for h in homes for v in cells if v)


# 乡人民政府's 挂职干部 (from a 市's bodies), the unit on a 填报单位 line, 原工作单位 (C), 一级/二级/三级
TOWNSHIP = [
    ["挂职干部岗位廉政风险防控一览表"],
    ["填报单位（盖章）：XX县雄松乡人民政府"],
    ["序号", "姓名", "原工作单位", "挂职职务", "廉政风险点", "风险等级", "防控措施"],
    [1, "郗望舒", "XX省XX市农业农村局科教科", "副乡长", "惠农补贴资金分配优亲厚友", "一级", "分配方案乡党委会研究。"],
    [2, "郗望舒", "XX省XX市农业农村局科教科", "副乡长", "农机购置补贴核查走过场", "二级", "现场核机，照片存档。"],
    [3, "阙知秋", "XX市自然资源和规划局", "乡长助理", "宅基地审批把关不严", "二级", "现场踏勘两人以上。"],
    [4, "邗若谷", "XX市审计局财政审计科", "党政办副主任", "公务接待超标准", "三级", "接待清单逐项审核。"],
]  # fmt: skip
TOWNSHIP_HOMES = {"XX省XX市农业农村局科教科", "XX市自然资源和规划局", "XX市审计局财政审计科"}
TOWNSHIP_MERGES = ["B4:B5", "C4:C5", "D4:D5"]


def test_a_townships_seconded_cadres_home_units_are_no_departments(tmp_path):
    got = run(tmp_path, TOWNSHIP, TOWNSHIP_MERGES)
    assert forms(got) == [
        ("XX县雄松乡人民政府", "", "副乡长", "郗望舒"),
        ("XX县雄松乡人民政府", "", "乡长助理", "阙知秋"),
        ("XX县雄松乡人民政府", "", "党政办副主任", "邗若谷"),
    ]
    assert nowhere(got, TOWNSHIP_HOMES)
    assert len(got.risks) == 4 and sorted(got.risks["risk_level"]) == ["Ⅰ级", "Ⅱ级", "Ⅱ级", "Ⅲ级"]
    assert codes(got).count("HOME_UNITS_SET_ASIDE") == 1  # once for the table, not a row
    issue = got.issues[got.issues["code"] == "HOME_UNITS_SET_ASIDE"].iloc[0]
    assert issue["cell"] == "C3" and issue["severity"] == "info" and issue["field"] == "单位"
    assert "原工作单位" in issue["message"] and "XX省XX市农业农村局科教科" in issue["message"]
    assert "COLUMN_GUESSED" not in codes(got)


# 司法局's 选调生, 选派单位 (C) a university, 现任岗位 (D), Ⅰ级/Ⅱ级/Ⅲ级; and the same as an .ods copy
JUSTICE = [
    ["XX县司法局选调生岗位廉政风险防控表"],
    ["序号", "姓名", "选派单位", "现任岗位", "所在股室", "风险点", "风险等级", "防控措施"],
    [1, "濮青禾", "XX大学法学院", "科员", "公共法律服务股", "法律援助案件指派不公", "Ⅱ级", "指派按轮候顺序。"],
    [2, "蒯远山", "XX政法学院", "司法助理员", "社区矫正股", "社区矫正对象请假审批不严", "Ⅰ级", "请假两级审批。"],
    [3, "蒯远山", "XX政法学院", "司法助理员", "社区矫正股", "矫正档案补写", "Ⅲ级", "档案月度检查。"],
]  # fmt: skip


def test_a_selected_graduates_dispatching_university_is_no_unit(tmp_path):
    for ods in (False, True):
        got = run(tmp_path / str(ods), JUSTICE, ods=ods)
        assert forms(got) == [
            ("XX县司法局", "公共法律服务股", "科员", "濮青禾"),
            ("XX县司法局", "社区矫正股", "司法助理员", "蒯远山"),
        ], ods
        assert nowhere(got, {"XX大学法学院", "XX政法学院"})
        assert codes(got).count("HOME_UNITS_SET_ASIDE") == 1
        issue = got.issues[got.issues["code"] == "HOME_UNITS_SET_ASIDE"].iloc[0]
        assert issue["cell"] == "C2" and issue["value"] == "选派单位"


# 中学's 援疆教师: 派出单位及职务 (C, their home post too) LEFT of 挂职职务 (D), 较高/一般/较低
SCHOOL = [
    ["XX县第二中学援疆教师廉政风险防控清单"],
    ["姓名", "派出单位及职务", "挂职职务", "廉政风险点", "风险等级", "防控措施"],
    ["阚一苇", "XX市第一中学副校长", "副校长", "教辅资料征订收取回扣", "较高", "教辅征订家长自愿，学校不经手。"],
    ["籍听澜", "XX市实验中学教研组长", "教务处主任", "学籍变更把关不严", "一般", "学籍变更校长审批。"],
    ["籍听澜", "XX市实验中学教研组长", "教务处主任", "考试成绩录入更改", "较低", "成绩录入双人核对。"],
]  # fmt: skip


def test_a_home_post_column_is_no_post(tmp_path):
    got = run(tmp_path, SCHOOL)
    assert forms(got) == [
        ("XX县第二中学", "", "副校长", "阚一苇"),
        ("XX县第二中学", "", "教务处主任", "籍听澜"),
    ]
    assert nowhere(got, {"XX市第一中学副校长", "XX市实验中学教研组长", "XX市第一中学"})
    assert codes(got).count("HOME_UNITS_SET_ASIDE") == 1


# 林业和草原局's 援藏干部, nothing above names the unit: it stands before the post under 挂职单位及职务
FOREST = [
    ["援藏干部人才岗位廉政风险排查表"],
    ["序号", "姓名", "派出单位", "挂职单位及职务", "风险点", "风险等级", "防控措施"],
    [1, "郗望舒", "XX省林业科学研究院", "XX县林业和草原局副局长", "生态护林员选聘优亲厚友", "一级", "选聘结果公示。"],
    [2, "阙知秋", "XX市林业局森林资源管理科", "XX县林业和草原局资源管理股股长", "林木采伐审批放宽条件", "二级", "采伐现场核验。"],
]  # fmt: skip


def test_the_unit_before_the_post_when_nothing_above_names_it(tmp_path):
    got = run(tmp_path, FOREST)
    assert forms(got) == [
        ("XX县林业和草原局", "", "副局长", "郗望舒"),
        ("XX县林业和草原局", "", "资源管理股股长", "阙知秋"),
    ]
    assert nowhere(got, {"XX省林业科学研究院", "XX市林业局森林资源管理科"})
    assert codes(got).count("HOME_UNITS_SET_ASIDE") == 1


# 水利局's 援藏干部 under a title saying so: '派出单位' beside a plain '职务' (Ⅰ级/Ⅱ级)
WATER = [
    ["XX县水利局援藏干部岗位廉政风险防控一览表"],
    ["序号", "姓名", "派出单位", "职务", "风险点", "风险等级", "防控措施"],
    [1, "滕晚照", "XX市水务局", "副局长", "水利工程招投标中打招呼", "Ⅰ级", "招标全程进入交易平台。"],
    [2, "濮青禾", "XX市水利工程质量监督站", "质量监督员", "工程质量验收降低标准", "Ⅱ级", "验收两人以上签字。"],
]  # fmt: skip


def test_a_dispatching_unit_under_a_title_of_cadres_sent_here(tmp_path):
    got = run(tmp_path, WATER)
    assert forms(got) == [
        ("XX县水利局", "", "副局长", "滕晚照"),
        ("XX县水利局", "", "质量监督员", "濮青禾"),
    ]
    assert nowhere(got, {"XX市水务局", "XX市水利工程质量监督站"})
    assert codes(got).count("HOME_UNITS_SET_ASIDE") == 1


def test_the_code_is_catalogued():
    assert CATALOGUE["HOME_UNITS_SET_ASIDE"][0] == "info"
    assert SHORT["HOME_UNITS_SET_ASIDE"] and ITEMS["HOME_UNITS_SET_ASIDE"] == "单位"


# near-miss: a county's consolidated list, its 单位 column each row's own unit
COUNTY = [
    ["XX县2025年岗位廉政风险防控汇总表"],
    ["序号", "单位", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
    [1, "XX县司法局", "局长", "郗望舒", "行政复议案件干预", "一级", "集体研究。"],
    [2, "XX县民政局", "局长", "阙知秋", "低保审批优亲厚友", "一级", "结果公示。"],
    [3, "XX县民政局", "会计", "邗若谷", "救助资金拨付不及时", "二级", "按月对账。"],
]  # fmt: skip


def test_a_consolidated_lists_unit_column_is_read_as_before(tmp_path):
    got = run(tmp_path, COUNTY)
    assert forms(got) == [
        ("XX县司法局", "", "局长", "郗望舒"),
        ("XX县民政局", "", "局长", "阙知秋"),
        ("XX县民政局", "", "会计", "邗若谷"),
    ]
    assert "HOME_UNITS_SET_ASIDE" not in codes(got)


# near-miss: a 委's list whose 单位 column names its 二级单位 under a title naming the 委
COMMISSION = [
    ["XX县卫生健康委员会所属单位岗位廉政风险防控一览表"],
    ["序号", "单位", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
    [1, "疾病预防控制中心", "主任", "濮青禾", "疫苗采购指定供应商", "一级", "平台采购。"],
    [2, "妇幼保健院", "院长", "蒯远山", "设备采购指定品牌", "一级", "集体研究。"],
]  # fmt: skip


def test_a_unit_column_of_the_titled_bodys_parts_is_read_as_before(tmp_path):
    got = run(tmp_path, COMMISSION)
    assert [f[1:] for f in forms(got)] == [
        ("疾病预防控制中心", "主任", "濮青禾"),
        ("妇幼保健院", "院长", "蒯远山"),
    ]
    assert "HOME_UNITS_SET_ASIDE" not in codes(got)


# near-miss: a 派驻组's list, its '派出单位' each row's own 组 (no title or heading of cadres sent here)
STATIONED = [
    ["XX县纪委监委派驻纪检监察组岗位廉政风险排查表"],
    ["序号", "派出单位", "职务", "姓名", "风险点", "风险等级", "防控措施"],
    [1, "县纪委监委驻农业农村局纪检监察组", "组长", "蒯远山", "问题线索处置打招呼", "一级", "线索集体研判。"],
    [2, "县纪委监委驻住建局纪检监察组", "副组长", "阚一苇", "监督检查走过场", "二级", "检查两人以上。"],
]  # fmt: skip


def test_a_stationed_groups_own_unit_column_is_read_as_before(tmp_path):
    got = run(tmp_path, STATIONED)
    assert all(("农业农村局" in u + d) or ("住建局" in u + d) for u, d, _t, _p in forms(got))
    assert "HOME_UNITS_SET_ASIDE" not in codes(got)


# near-miss: an ordinary list with no such column, its posts written plainly
PLAIN = [
    ["XX县中医医院岗位廉政风险防控一览表"],
    ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
    [1, "医务科", "科长", "阚一苇", "医疗纠纷私下调解", "二级", "纠纷登记调解。"],
    [2, "院领导", "副院长", "籍听澜", "设备采购指定品牌", "一级", "集体研究。"],
]  # fmt: skip


def test_an_ordinary_list_is_read_as_before(tmp_path):
    got = run(tmp_path, PLAIN)
    assert forms(got) == [
        ("XX县中医医院", "医务科", "科长", "阚一苇"),
        ("XX县中医医院", "院领导", "副院长", "籍听澜"),
    ]
    assert "HOME_UNITS_SET_ASIDE" not in codes(got)


# near-miss: a 派驻组's list with '现任职务' / '现工作岗位' beside its 派出单位 (any list's post heading)
STATIONED_POSTS = [
    ["XX县纪委监委派驻第三纪检监察组廉政风险点排查表"],
    ["序号", "派出单位", "现工作岗位", "姓名", "风险点", "风险等级", "防控措施"],
    [1, "县纪委监委驻教育局纪检监察组", "组长", "籍听澜", "审查调查中泄露案情", "一级", "案件信息专人管理。"],
    [2, "县纪委监委驻卫生健康委纪检监察组", "纪检监察员", "滕晚照", "收受被监督单位礼金", "二级", "廉洁承诺，定期回访。"],
]  # fmt: skip


def test_a_stationed_groups_unit_beside_a_plain_current_post_is_read_as_before(tmp_path):
    for i, post_head in enumerate(("现工作岗位", "现任职务")):
        rows = [row[:] for row in STATIONED_POSTS]
        rows[1][2] = post_head
        got = run(tmp_path / str(i), rows)
        assert [f[1:3] for f in forms(got)] == [
            ("县纪委监委驻教育局纪检监察组", "组长"),
            ("县纪委监委驻卫生健康委纪检监察组", "纪检监察员"),
        ], post_head
        assert "HOME_UNITS_SET_ASIDE" not in codes(got), post_head


# other words: the list said to be cadres sent here by the sheet's name, a note under the rows, a
# title's other words; the home-body heading with its other name in brackets or after a slash
def _sent(title: str, head: str, post: str = "职务", note: tuple = ()) -> list[list]:
    return [
        [title],
        ["序号", "姓名", head, post, "风险点", "风险等级", "防控措施"],
        [1, "蒯远山", "XX省交通运输厅公路局", "副局长", "农村公路项目验收放水", "一级", "验收邀请第三方。"],
        [2, "阚一苇", "XX市交通运输局运输科", "运管股股长", "营运证办理吃拿卡要", "二级", "办理时限公开。"],
        *note,
    ]  # fmt: skip


def test_cadres_sent_here_said_in_other_words(tmp_path):
    plain = "XX县交通运输局岗位廉政风险防控一览表"
    cases = {
        "sheet": ({"援疆干部": _sent(plain, "派出单位")}, "援疆干部"),
        "note": (
            {
                "Sheet1": _sent(
                    plain,
                    "派出单位",
                    note=([], ["说明：1.本表由我局挂任干部填写；"], ["2.风险等级分一级、二级。"]),
                )
            },
            "Sheet1",
        ),  # fmt: skip
        "title": (
            {"Sheet1": _sent("XX县交通运输局柔性引进人才廉政风险防控表", "人才来源单位")},
            "Sheet1",
        ),
        "bracket": ({"Sheet1": _sent(plain, "派出单位（原单位）")}, "Sheet1"),
        "slash": ({"Sheet1": _sent(plain, "后方派出单位/原单位")}, "Sheet1"),
    }
    for name, (sheets, sheet) in cases.items():
        inbox = tmp_path / name / "inbox"
        write_workbook(inbox / "t.xlsx", sheets)
        config = load_config()
        got = assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])
        assert forms(got) == [
            ("XX县交通运输局", "", "副局长", "蒯远山"),
            ("XX县交通运输局", "", "运管股股长", "阚一苇"),
        ], name
        assert codes(got).count("HOME_UNITS_SET_ASIDE") == 1, name
        issue = got.issues[got.issues["code"] == "HOME_UNITS_SET_ASIDE"].iloc[0]
        assert issue["cell"] == "C2" and sheet in issue["message"], name


# a group heading merged over the name, the home body and the post held here (two heading rows)
GROUPED = [
    ["XX县教育局援疆教师岗位廉政风险防控一览表"],
    ["序号", "干部基本信息", None, None, "风险点", "风险等级", "防控措施"],
    [None, "姓名", "原工作单位", "挂职岗位", None, None, None],
    [1, "滕晚照", "XX市教育局基础教育科", "副局长", "教师招聘面试打招呼", "一级", "面试全程录像。"],
    [2, "籍听澜", "XX市第三中学", "教研室主任", "教辅征订收取回扣", "二级", "征订自愿，学校不经手。"],
]  # fmt: skip


def test_a_home_unit_under_a_merged_group_heading(tmp_path):
    got = run(tmp_path, GROUPED, ["B2:D2", "A2:A3", "E2:E3", "F2:F3", "G2:G3"])
    assert forms(got) == [
        ("XX县教育局", "", "副局长", "滕晚照"),
        ("XX县教育局", "", "教研室主任", "籍听澜"),
    ]
    assert codes(got).count("HOME_UNITS_SET_ASIDE") == 1
