"""Two post columns side by side in a list copied from a 干部花名册: a side role (``党务职务``,
``工会职务``, ``兼任职务`` — the 党支部's 书记 or 委员, the 工会's 主席, a 团支部 role, ``/`` or ``无``
where none) LEFT of the job (``现任职务``, ``岗位``, ``行政职务``). The post is the job, the side role
no post and no tier: the side-role column is set aside and one info POST_NOT_SIDE_ROLE names both
columns. Before, the first 职务-like column was taken for the post (the party role, or no post at
all where it read ``/``), the job set aside as an other column, and a 科员 who is 党支部副书记 came
out a leader.

Near-misses an ordinary file has, read as before: a ``党内职务`` column alone (no job column beside
it) stays the post; a job column LEFT of the side role keeps the post as it always did; a
``职务 | 分管工作`` list with no side-role heading is untouched.

Not the published batch's table (a 退役军人服务中心 with ``党内职务 | 行政职务``): a county 自然资源局's
所, a 乡镇卫生院 and an .ods copy of a 供销合作社's list, other headings, posts, names and level
words (一级/二级/三级, Ⅰ级/Ⅱ级, 较高/一般) — written with tests/helpers.py and read back as
``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_ods, write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def run(tmp_path: Path, rows: list[list], merges: list[str] = (), ods: bool = False):
    inbox = tmp_path / "inbox"
    if ods:
        write_ods(inbox / "t.ods", {"Sheet1": rows})
    else:
        write_workbook(inbox / "t.xlsx", {"Sheet1": rows}, merges={"Sheet1": list(merges)})
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def posts(got) -> list[tuple[str, str, str]]:
    r = got.risks.drop_duplicates("form_id")
    return list(zip(r["person"], r["title"], r["tier"], strict=True))


def codes(got) -> list[str]:
    return got.issues["code"].tolist()


# 县自然资源局 不动产登记所: 党务职务 (D) left of 现任职务 (E), 一级/二级/三级, both merged per person
LAND = [
    ["XX县不动产登记所廉政风险点排查表"],
    ["序号", "股室", "姓名", "党务职务", "现任职务", "风险点", "风险等级", "防控措施"],
    [1, "所领导", "郗望舒", "党支部书记", "所长", "登记簿更正审批个人说了算", "一级", "更正登记集体审定。"],
    [2, "所领导", "郗望舒", "党支部书记", "所长", "插队办理关系户业务", "二级", "按受理顺序办理，系统留痕。"],
    [3, "登记股", "阙知秋", "党支部副书记", "科员", "登记材料审核不严", "二级", "两人复核。"],
    [4, "登记股", "阙知秋", "党支部副书记", "科员", "泄露权利人信息", "三级", "查询登记审批。"],
    [5, "档案股", "邗若谷", "/", "股长", "档案借阅不登记", "三级", "借阅登记签字。"],
]  # fmt: skip
LAND_MERGES = ["C3:C4", "D3:D4", "E3:E4", "C5:C6", "D5:D6", "E5:E6", "B3:B4", "B5:B6"]


def test_the_job_column_is_the_post_and_the_party_role_is_set_aside(tmp_path):
    got = run(tmp_path, LAND, LAND_MERGES)
    assert posts(got) == [
        ("郗望舒", "所长", "领导岗位"),
        ("阙知秋", "科员", "一般岗位"),
        ("邗若谷", "股长", "中层岗位"),
    ]
    assert codes(got).count("POST_NOT_SIDE_ROLE") == 1
    issue = got.issues[got.issues["code"] == "POST_NOT_SIDE_ROLE"].iloc[0]
    assert issue["cell"] == "D2" and issue["severity"] == "info"
    assert "党务职务" in issue["message"] and "现任职务" in issue["message"]
    assert "E2" in issue["message"]
    assert "POST_NOT_SIDE_ROLE" in CATALOGUE and "POST_NOT_SIDE_ROLE" in SHORT


# 乡镇卫生院: 工会职务 right after 姓名, 岗位 after it, Ⅰ级/Ⅱ级, one row a point
CLINIC = [
    ["XX镇卫生院岗位廉政风险防控一览表"],
    ["序号", "科室", "姓名", "工会职务", "岗位", "廉政风险点", "风险等级", "防控措施"],
    [1, "院办", "滕晚照", "工会主席", "会计", "虚开发票套取资金", "Ⅰ级", "票据三级审核。"],
    [2, "药房", "濮青禾", "无", "药剂员", "药品出入库账实不符", "Ⅱ级", "每月盘点。"],
    [3, "公卫科", "滕晚照", "工会主席", "会计", "公卫补助资金挪用", "Ⅰ级", "专账核算。"],
    [4, "公卫科", "蒯远山", "经审委员", "公卫医生", "健康档案虚建", "Ⅱ级", "抽查回访。"],
]  # fmt: skip


def test_a_union_role_beside_the_post_is_no_post(tmp_path):
    got = run(tmp_path, CLINIC)
    assert {(p, t) for p, t, _tier in posts(got)} == {
        ("滕晚照", "会计"),
        ("濮青禾", "药剂员"),
        ("蒯远山", "公卫医生"),
    }
    assert codes(got).count("POST_NOT_SIDE_ROLE") == 1


# 供销合作社, re-saved as .ods: 兼任职务 (C) left of 行政职务 (D), 较高/一般, a 团支部 role
SUPPLY = [
    ["XX县供销合作社联合社廉政风险防控清单"],
    ["姓名", "科室", "兼任职务", "行政职务", "风险内容", "等级", "措施"],
    ["阚一苇", "财会股", "团支部书记", "股长", "专项资金拨付不按程序", "较高", "联社主任办公会审定。"],
    ["阚一苇", "财会股", "团支部书记", "股长", "往来款长期挂账", "一般", "季度清理。"],
    ["籍听澜", "业务股", "—", "科员", "农资储备数量不实", "一般", "定期盘库。"],
]  # fmt: skip


def test_an_ods_copy_with_a_concurrent_role_column(tmp_path):
    got = run(tmp_path, SUPPLY, ods=True)
    assert [(p, t) for p, t, _tier in posts(got)] == [("阚一苇", "股长"), ("籍听澜", "科员")]
    assert codes(got).count("POST_NOT_SIDE_ROLE") == 1


# a 党内职务 column alone: still the post, as before
ALONE = [
    ["XX县机关党委廉政风险防控一览表"],
    ["序号", "姓名", "党内职务", "风险点", "风险等级", "防控措施"],
    [1, "郗望舒", "机关党委书记", "党费使用不规范", "二级", "党费收支公开。"],
    [2, "阙知秋", "组织委员", "发展党员把关不严", "一级", "集体讨论，公示。"],
]  # fmt: skip


def test_a_party_role_column_alone_stays_the_post(tmp_path):
    got = run(tmp_path, ALONE)
    assert [(p, t) for p, t, _tier in posts(got)] == [
        ("郗望舒", "机关党委书记"),
        ("阙知秋", "组织委员"),
    ]
    assert "POST_NOT_SIDE_ROLE" not in codes(got)


# the job LEFT of the party role: the job is the post, as it always was; and an ordinary
# '职务 | 分管工作' list with no side role: untouched
JOB_FIRST = [
    ["XX县不动产登记所廉政风险点排查表"],
    ["序号", "姓名", "行政职务", "党内职务", "风险点", "风险等级", "防控措施"],
    [1, "郗望舒", "所长", "党支部书记", "登记簿更正审批个人说了算", "一级", "更正登记集体审定。"],
    [2, "邗若谷", "股长", "/", "档案借阅不登记", "三级", "借阅登记签字。"],
]  # fmt: skip
ORDINARY = [
    ["XX县不动产登记所廉政风险点排查表"],
    ["序号", "姓名", "职务", "分管工作", "风险点", "风险等级", "防控措施"],
    [1, "郗望舒", "所长", "全面工作", "登记簿更正审批个人说了算", "一级", "更正登记集体审定。"],
    [2, "邗若谷", "副所长", "登记、档案", "档案借阅不登记", "三级", "借阅登记签字。"],
]  # fmt: skip


def test_the_job_left_of_the_party_role_and_an_ordinary_list_read_as_before(tmp_path):
    got = run(tmp_path / "a", JOB_FIRST)
    assert [(p, t) for p, t, _tier in posts(got)] == [("郗望舒", "所长"), ("邗若谷", "股长")]
    got = run(tmp_path / "b", ORDINARY)
    assert [(p, t) for p, t, _tier in posts(got)] == [("郗望舒", "所长"), ("邗若谷", "副所长")]
    assert "POST_NOT_SIDE_ROLE" not in codes(got)


# 县发展和改革局 班子: '党内职务 | 行政职务', the 纪检组长 with no 行政职务 ('/' or blank), a holder on
# two rows writing his 党内职务 on both and his 行政职务 once
NO_JOB = [
    ["XX县发展和改革局领导班子成员廉政风险点"],
    ["序号", "姓名", "党内职务", "行政职务", "廉政风险点", "风险等级", "防控措施"],
    [1, "禤骁沨", "党组书记", "局长", "重大项目审批个人说了算", "一级", "重大事项集体决策。"],
    [2, "禤骁沨", "党组书记", None, "干部选拔任用把关不严", "一级", "动议酝酿集体研究。"],
    [3, "郗澂翾", "党组成员", "副局长", "项目资金分配不公", "二级", "资金分配结果公示。"],
    [4, "宓瀛曈", "党组成员、纪检组长", "/", "监督执纪失之于宽松软", "二级", "执纪审查集体研究。"],
    [5, "鄂琤淏", "党组成员、机关党委书记", None, "党费收缴管理不规范", "三级", "党费账目按季公开。"],
    [6, "庹翛沄", None, "副局长", "价格认定把关不严", "二级", "认定结果复核。"],
]  # fmt: skip


def test_what_the_hundred_and_twenty_ninth_review_found_no_job_beside_the_side_role(tmp_path):
    """A 班子 member with no 行政职务 ('党组成员、纪检组长 | /', or the job cell blank on his own
    row): with the 党内职务 column set aside he had no post ('/'), or the job of the member above
    carried down (副局长) — before the rule his party role was his post. Where the job cell says
    none on a row naming its own holder, the side role is the post there (a judgement: a 纪检组长
    holds his points as 纪检组长, no post is worse, another's post is wrong). A holder's second
    row with the job left blank keeps his job (局长), not his party role."""
    got = run(tmp_path, NO_JOB, ["A1:G1"])
    r = got.risks
    assert list(zip(r["person"], r["title"], strict=True)) == [
        ("禤骁沨", "局长"),
        ("禤骁沨", "局长"),
        ("郗澂翾", "副局长"),
        ("宓瀛曈", "党组成员、纪检组长"),
        ("鄂琤淏", "党组成员、机关党委书记"),
        ("庹翛沄", "副局长"),
    ]
    assert codes(got).count("POST_NOT_SIDE_ROLE") == 1
