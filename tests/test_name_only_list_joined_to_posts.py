"""A second list of points keyed by the holder's NAME alone ('序号 | 姓名 | 风险点 | 风险等级 |
防控措施': the “八小时以外” or 生活圈/社交圈 risks, no 科室 or 岗位 column), whose people all hold
posts in the file's post list ('科室 | 岗位 | 姓名 | …'): each row is the point of the holder of
that name, joined to his form (its own level and measures; the grade counts it), one form a
person and one info (NAME_LIST_JOINED_TO_POSTS) — not a name-only form of its own flagged as a
second submission (FORM_DUPLICATE) that tells the coordinator to choose between two lists that
are both the person's. A name of no holder, or of two holders (同名), stays a form of its own,
with a warning (NAME_LIST_HOLDER_UNSURE).

Read as before: a second list repeating the holders' own points (a copy sent twice: FORM_DUPLICATE
as now), a name-only list in a file with no post list, and a name-only list of people who hold no
post in the file's list (another body's).

Not the published batch's file (batch 937: a 供销合作社联合社's 八小时以外 sheet, 一级/二级/三级): a
county's 疾病预防控制中心, 图书馆 and 林业和草原局, other posts and names, 高/中/低, ★★★/★★/★
and 较高/一般/较低, the list on its own sheet or under the post list on one sheet, .xlsx and .ods,
written with tests/helpers.py and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_ods, write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, sheets: dict[str, list[list]], ods: bool = False):
    inbox = tmp_path / "inbox"
    if ods:
        inbox.mkdir(parents=True, exist_ok=True)
        write_ods(inbox / "t.ods", sheets)
    else:
        write_workbook(inbox / "t.xlsx", sheets)
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str, str]]:
    r = got.risks
    return sorted(
        zip(r["department"], r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True)
    )


def codes(got) -> list[str]:
    return list(got.issues["code"])


CDC_POSTS = [
    ["XX县疾病预防控制中心岗位廉政风险一览表"],
    ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
    [1, "中心领导", "主任", "濮砚青", "疫苗采购指定供应商", "高", "集体研究、公开采购"],
    [2, "中心领导", "副主任", "郗望舒", "检验设备验收走过场", "中", "验收小组签字"],
    [3, "检验科", "科长", "甄若岚", "检测报告出具不实数据", "高", "报告双人复核"],
    [4, "免疫规划科", "科员", "籍沐阳", "疫苗出入库登记不全", "低", "月末盘点"],
]
CDC_AFTER_HOURS = [
    ["工作时间以外廉政风险"],
    ["序号", "姓名", "风险点", "风险等级", "防控措施"],
    [1, "濮砚青", "接受医药企业安排的旅游", "高", "节前廉洁提醒"],
    [2, "郗望舒", "在服务对象处报销私人费用", "中", "个人事项如实报告"],
    [3, "郗望舒", "参与赌博性质的娱乐活动", "低", "签订廉洁承诺书"],
    [4, "籍沐阳", "向疫苗配送企业借款", "中", "定期谈心谈话"],
    ["注：以上人员所在科室、岗位见“岗位风险”表。"],
]


def test_after_hours_sheet_by_name_joins_each_row_to_the_holder(tmp_path):
    got = run(tmp_path, {"岗位风险": CDC_POSTS, "工作时间以外": CDC_AFTER_HOURS})
    assert read(got) == sorted([
        ("中心领导", "主任", "濮砚青", "疫苗采购指定供应商", "Ⅰ级"),
        ("中心领导", "主任", "濮砚青", "接受医药企业安排的旅游", "Ⅰ级"),
        ("中心领导", "副主任", "郗望舒", "检验设备验收走过场", "Ⅱ级"),
        ("中心领导", "副主任", "郗望舒", "在服务对象处报销私人费用", "Ⅱ级"),
        ("中心领导", "副主任", "郗望舒", "参与赌博性质的娱乐活动", "Ⅲ级"),
        ("检验科", "科长", "甄若岚", "检测报告出具不实数据", "Ⅰ级"),
        ("免疫规划科", "科员", "籍沐阳", "疫苗出入库登记不全", "Ⅲ级"),
        ("免疫规划科", "科员", "籍沐阳", "向疫苗配送企业借款", "Ⅱ级"),
    ])  # fmt: skip
    assert len(got.posts) == 4  # one form a person
    assert "FORM_DUPLICATE" not in codes(got)
    said = got.issues[got.issues["code"] == "NAME_LIST_JOINED_TO_POSTS"]
    assert list(said["source_sheet"]) == ["工作时间以外"]
    assert "4 个风险点" in said["message"].iloc[0] and "岗位风险!" in said["message"].iloc[0]
    # the grade counts the joined points: 籍沐阳's 中 after hours lifts his 低 post
    row = got.posts[got.posts["person"] == "籍沐阳"].iloc[0]
    assert (row["n_risks"], row["n_level_2"], row["n_level_3"]) == (2, 1, 1)
    assert row["computed_grade"] == "B"


def test_list_under_the_post_list_on_one_sheet_with_a_stranger_warned(tmp_path):
    # the library's one sheet: the post list, then '二、八小时以外' by name; one name no holder's
    rows = [
        ["XX县图书馆廉政风险防控清单"],
        ["一、岗位廉政风险"],
        ["序号", "部门", "岗位", "责任人", "风险点", "等级", "措施"],
        [1, "馆领导", "馆长", "冼青禾", "图书采购暗箱操作", "★★★", "公开招标"],
        [2, "采编部", "主任", "酆晚照", "捐赠图书登记不全", "★★", "登记公示"],
        [3, "流通部", "主任", "蒲知远", "罚没款不入账", "★★★", "票据管理"],
        [4, "办公室", "会计", "冼若溪", "报销审核把关不严", "★", "双人审核"],
        [5, "办公室", "出纳", "邝柏舟", "现金坐支", "★★", "日清月结"],
        ["二、八小时以外廉政风险"],
        ["序号", "责任人", "风险点", "等级", "措施"],
        [1, "冼青禾", "接受书商宴请", "★★", "廉洁提醒"],
        [2, "酆晚照", "出入私人会所", "★", "报告制度"],
        [3, "蒲知远", "为亲友办理借阅特权", "★★", "谈心谈话"],
        [4, "冼若溪", "参与高息民间借贷", "★★★", "家访提醒"],
        [5, "聂星河", "收受读者礼品", "★", "登记上交"],
    ]
    got = run(tmp_path, {"清单": rows})
    risks = read(got)
    assert ("馆领导", "馆长", "冼青禾", "接受书商宴请", "Ⅱ级") in risks
    assert ("办公室", "会计", "冼若溪", "参与高息民间借贷", "Ⅰ级") in risks
    assert ("", "", "聂星河", "收受读者礼品", "Ⅲ级") in risks  # (no holder of that name)
    assert len(got.posts) == 6
    assert codes(got).count("NAME_LIST_JOINED_TO_POSTS") == 1
    unsure = got.issues[got.issues["code"] == "NAME_LIST_HOLDER_UNSURE"]
    assert list(unsure["value"]) == ["聂星河"] and set(unsure["severity"]) == {"warning"}
    assert "FORM_DUPLICATE" not in codes(got)


def test_ods_resave_with_more_columns_and_a_namesake_kept_apart(tmp_path):
    # a 林草局 re-saved as .ods, a 风险类型 column; two 柯远山 in the post list: his row stays apart
    posts = [
        ["XX县林业和草原局岗位廉政风险排查表"],
        ["科室", "岗位", "姓名", "风险类型", "风险点", "风险程度", "防控措施", "责任领导"],
        [
            "局领导",
            "局长",
            "糜松涛",
            "岗位职责",
            "林木采伐指标分配不公",
            "较高",
            "集体研究",
            "县委",
        ],
        ["资源股", "股长", "庹云杉", "岗位职责", "采伐许可审核把关不严", "较高", "联审", "局长"],
        ["资源股", "科员", "柯远山", "制度机制", "林地档案管理混乱", "一般", "专人管理", "股长"],
        ["林政股", "科员", "柯远山", "岗位职责", "木材运输检查放行", "较低", "双人检查", "股长"],
        ["护林站", "站长", "喻晴川", "岗位职责", "护林员考勤弄虚作假", "一般", "定位打卡", "局长"],
    ]
    after = [
        ["八小时以外风险"],
        ["序号", "姓名", "风险类型", "风险点", "风险程度", "防控措施"],
        [1, "糜松涛", "思想道德", "接受木材经营户宴请", "较高", "廉洁提醒"],
        [2, "庹云杉", "思想道德", "在林场承包户处报销费用", "一般", "如实报告"],
        [3, "喻晴川", "思想道德", "参与赌博", "较低", "承诺书"],
        [4, "柯远山", "思想道德", "收受林农土特产", "较低", "登记上交"],
    ]
    got = run(tmp_path, {"岗位风险": posts, "八小时以外": after}, ods=True)
    risks = read(got)
    assert ("局领导", "局长", "糜松涛", "接受木材经营户宴请", "Ⅰ级") in risks
    assert ("资源股", "股长", "庹云杉", "在林场承包户处报销费用", "Ⅱ级") in risks
    assert ("护林站", "站长", "喻晴川", "参与赌博", "Ⅲ级") in risks
    assert ("", "", "柯远山", "收受林农土特产", "Ⅲ级") in risks  # (同名: two holders)
    joined = got.risks[got.risks["risk_point"] == "接受木材经营户宴请"].iloc[0]
    assert joined["risk_type"].startswith("思想道德")
    assert codes(got).count("NAME_LIST_JOINED_TO_POSTS") == 1
    unsure = got.issues[got.issues["code"] == "NAME_LIST_HOLDER_UNSURE"]
    assert len(unsure) == 1 and unsure["value"].iloc[0].startswith("柯远山")


def test_a_second_list_repeating_the_same_points_is_still_a_duplicate(tmp_path):
    # the same people's post points sent again by name only: a copy, FORM_DUPLICATE as before
    again = [
        ["XX县疾病预防控制中心岗位廉政风险一览表（按姓名）"],
        ["序号", "姓名", "风险点", "风险等级", "防控措施"],
        [1, "濮砚青", "疫苗采购指定供应商", "高", "集体研究、公开采购"],
        [2, "郗望舒", "检验设备验收走过场", "中", "验收小组签字"],
        [3, "甄若岚", "检测报告出具不实数据", "高", "报告双人复核"],
        [4, "籍沐阳", "疫苗出入库登记不全", "低", "月末盘点"],
    ]
    got = run(tmp_path, {"岗位风险": CDC_POSTS, "副本": again})
    assert "NAME_LIST_JOINED_TO_POSTS" not in codes(got)
    assert "FORM_DUPLICATE" in codes(got)
    assert len(got.posts) == 8


def test_a_name_only_list_without_a_post_list_is_read_as_before(tmp_path):
    got = run(tmp_path, {"工作时间以外": CDC_AFTER_HOURS})
    assert "NAME_LIST_JOINED_TO_POSTS" not in codes(got)
    assert "NAME_LIST_HOLDER_UNSURE" not in codes(got)
    assert sorted(got.posts["person"]) == ["濮砚青", "籍沐阳", "郗望舒"]
    assert set(got.posts["title"].fillna("")) == {""}


def test_a_name_only_list_of_other_people_is_left_apart(tmp_path):
    # a 联系点 list of the village cadres the 中心 helps: none of them holds a post here
    others = [
        ["联系点廉政风险"],
        ["序号", "姓名", "风险点", "风险等级", "防控措施"],
        [1, "滕青松", "村级防疫物资虚报冒领", "中", "公示"],
        [2, "祁晓川", "挪用村级防疫补助", "高", "审计"],
        [3, "濮砚青", "联系点经费使用不规范", "低", "报账"],
    ]
    got = run(tmp_path, {"岗位风险": CDC_POSTS, "联系点": others})
    assert "NAME_LIST_JOINED_TO_POSTS" not in codes(got)
    assert "NAME_LIST_HOLDER_UNSURE" not in codes(got)
    assert ("", "", "祁晓川", "挪用村级防疫补助", "Ⅰ级") in read(got)


def test_the_codes_are_catalogued_in_chinese():
    from xlproc.issues import CATALOGUE, SHORT

    for code in ("NAME_LIST_JOINED_TO_POSTS", "NAME_LIST_HOLDER_UNSURE"):
        assert code in CATALOGUE and code in SHORT
        assert "姓名" in CATALOGUE[code][1] and "岗位" in CATALOGUE[code][1]


def test_what_the_hundred_and_thirty_first_review_found_a_retyped_summary_by_name(tmp_path):
    """A sheet summing up each holder's points by name ('个人廉政风险点汇总 | 序号 | 姓名 | 风险点 …')
    that retypes the post list's points — a '。' added, a word changed ('疫苗采购时指定供应商。',
    '检验设备验收流于形式') — is the holders' own points again, not a list of their others: it had
    been joined (each holder's point twice over, and two of them dropped as repeated with a
    warning). The copy is now told by the points' words without punctuation and near the same
    (six in ten of their characters in order), each against its holder's own; read as before."""
    summary = [
        ["个人廉政风险点汇总"],
        ["序号", "姓名", "风险点", "风险等级", "防控措施"],
        [1, "濮砚青", "疫苗采购时指定供应商。", "高", "集体研究、公开采购"],
        [2, "郗望舒", "检验设备验收流于形式。", "中", "验收小组签字"],
        [3, "甄若岚", "检测报告出具不实数据。", "高", "报告双人复核"],
        [4, "籍沐阳", "疫苗出入库登记不全。", "低", "月末盘点"],
    ]
    got = run(tmp_path, {"岗位风险": CDC_POSTS, "汇总": summary})
    assert "NAME_LIST_JOINED_TO_POSTS" not in codes(got)
    assert "POINT_REPEATED" not in codes(got)
    r = got.risks
    joined = r[(r["title"] != "") & r["risk_point"].str.endswith("。")]
    assert joined.empty  # (no retyped point filed in a holder's own form)


def test_what_the_hundred_and_thirty_first_review_found_a_post_left_blank_in_the_post_list(
    tmp_path,
):
    """The post list leaves two holders' 岗位 cells blank ('检验科 | 　 | 甄若岚'): they are as much
    its holders, and the 八小时以外 list by name is theirs and the others'. Since the post list had
    to name a post on every row, the whole name list had been left apart (four name-only forms
    beside the holders', no word). Each row now joins its holder; the blank post stays blank."""
    posts = [r[:] for r in CDC_POSTS]
    posts[4][2] = ""  # 甄若岚, 检验科
    posts[5][2] = ""  # 籍沐阳, 免疫规划科
    got = run(tmp_path, {"岗位风险": posts, "工作时间以外": CDC_AFTER_HOURS})
    assert ("免疫规划科", "", "籍沐阳", "向疫苗配送企业借款", "Ⅱ级") in read(got)
    assert ("中心领导", "副主任", "郗望舒", "参与赌博性质的娱乐活动", "Ⅲ级") in read(got)
    assert len(got.posts) == 4
    assert codes(got).count("NAME_LIST_JOINED_TO_POSTS") == 1
    assert "NAME_LIST_HOLDER_UNSURE" not in codes(got)
