"""The list or card of a body whose officers are part-time (a 学会, a 协会, a 慈善总会): beside the post
each holds in the body (``学会职务``, ``会内职务``, ``职务``, ``兼任职务``) a column or a field states his
DAY JOB in another body (``工作单位及职务 | 县人民医院副院长``, ``本职工作 | 退休干部``, ``本职单位及职务``).
The day job is no post, no unit and no 科室 of the list: the post is the body's, its tier by it,
wherever the day-job column stands, and one info names the column and the post's
(POST_DAY_JOB_SET_ASIDE; a card's field CARD_DAY_JOB_SET_ASIDE). Before, a day-job column LEFT of
the body's post was read as the post (a 理事长 came out 副院长, the 学会职务 set aside), one right of it
only by the column guesser's fallback with a COLUMN_GUESSED telling the office to rewrite a right
heading, and a card's ``工作单位及职务`` field gave the card its 科室 and its post (a 慈善总会's 秘书长 came
out 县民政局社会事务股's 股长, a middle post; with ``本职工作`` and ``协会职务`` he had no post at all).

And a township station filing its own list whose 科室 column names the station's OWN 股 or 组
(``站领导 | 防疫组 | 检疫组`` under 'XX县XX乡畜牧兽医站…'): the station is the unit, its 股 and 组 its
科室 (UNIT_STATION_OWN_SECTIONS) — an exception to the convention that a 镇's 站所 is a 科室 of the
镇; before, the unit was cut to the 乡.

Not the published batch's files (batch961: a 个体劳动者协会's ``所在单位及职务`` right of ``协会职务``,
and a 镇农牧业综合服务中心 naming its 股): a 护理学会 with ``工作单位及职务`` left of ``学会职务``, a 老年人
体育协会 with ``本职工作`` right of ``职务``, an .ods copy of a 红十字会's list with ``本职单位及职务`` beside
``兼任职务``, a 慈善总会's card with ``会内职务`` and ``工作单位及职务`` fields, a 乡畜牧兽医站 naming its
防疫组 and 检疫组. Near-misses an ordinary file has, read exactly as before: a summary whose only
post column is ``所在单位及职务``, a card whose ``单位及职务`` field names its own post (``职务 | 站长``
beside ``…管理站站长``), a card with only a ``工作单位及职务`` field, a 镇's list naming its 财政所 as
a 科室 of the 镇, and a station's list whose 科室 column names the station itself.

Later, in other words again: the day job headed with no word between its unit and its post
(``现单位职务``), the body's post headed ``在本会担任职务``; and a bare employer's column (``就职单位``,
``工作单位``) beside a post headed as the body's own (``协会任职``, ``学会职务``, not a plain ``职务``): each
had been read as the post, or its employers as the 科室 of the 协会 (a company its 科室); an .ods copy
alike. A 总工会's ``所在单位 | 工会职务`` and a consolidated ``所在单位 | 职务`` read as before. And a
card's bare employer (``所在单位 | 青山县残疾人联合会``, ``工作单位：县财政局`` in one cell) beside ``本会
职务``/``会内职务``: it had been taken for the card's unit line, the 协会's card filed as the
残联's; said now (CARD_DAY_JOB_SET_ASIDE), the unit the title's. ``工作单位 | 青山县扶残助困协会`` on
a card whose title names no body is the body itself and still its unit. And a township station
naming its own 股/组 after its own name (``林业工作站营林股``) or titled after its 镇's government
(``XX镇人民政府文化站…``): the unit had stayed the 镇 (or its 人民政府), the 股 written whole as its
科室; now the station is the unit and the 科室 its 股 alone (the info's examples without their
numbers, ``（1）文艺辅导组``). And the headings under a group heading merged over them (``兼职人员情况``
over ``姓名 | 本职单位及职务 | 协会职务``): the day job had been read as the post.

And the tiers of a 会's officers: a 学会's 秘书长 (科室 ``秘书处``) and a 联合会's 副秘书长 (under a group
row ``二、秘书处``) are leaders, as its 理事长 and 主席; its 干事 and 会计 general.
"""

from pathlib import Path

from helpers import write_ods, write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

NEW = ("POST_DAY_JOB_SET_ASIDE", "CARD_DAY_JOB_SET_ASIDE", "UNIT_STATION_OWN_SECTIONS")


def run(tmp_path: Path, sheets: dict, merges: dict | None = None, ods: bool = False):
    inbox = tmp_path / "inbox"
    if ods:
        write_ods(inbox / "表.ods", sheets)
    else:
        write_workbook(inbox / "表.xlsx", sheets, merges or {})
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def posts(got) -> list[tuple[str, str, str, str, str]]:
    p = got.posts
    return list(zip(p["unit"], p["department"], p["title"], p["person"], p["tier"], strict=True))


def codes(got) -> list[str]:
    return got.issues["code"].tolist()


def issue(got, code: str):
    found = got.issues[got.issues["code"] == code]
    assert len(found) == 1, (code, codes(got))
    return found.iloc[0]


# 护理学会: the day job LEFT of the 学会 post, merged per person
NURSING = [
    ["青山县护理学会岗位廉政风险防控一览表", None, None, None, None, None, None],
    ["序号", "姓名", "工作单位及职务", "学会职务", "廉政风险点", "风险等级", "防控措施"],
    [1, "钟离澹", "县人民医院副院长", "理事长", "学会经费使用个人说了算", "高", "经费支出经常务理事会研究。"],
    [2, None, None, None, "继续教育学分审核放水", "中", "学分审核两人签字。"],
    [3, "司寇沅", "县人民医院护理部主任", "秘书长", "学术会议赞助费不入账", "高", "赞助费统一入学会账户。"],
    [4, "司寇潆", "县中医院护士长", "副秘书长", "优秀论文评选为亲友打招呼", "中", "论文匿名评审。"],
    [5, "钟离沚", "县疾病预防控制中心会计", "会计", "会费收据管理不严", "低", "收据联号使用。"],
]  # fmt: skip


def test_a_day_job_left_of_the_body_post_is_no_post(tmp_path):
    got = run(tmp_path, {"一览表": NURSING}, {"一览表": ["B3:B4", "C3:C4", "D3:D4"]})
    unit = "青山县护理学会"
    assert posts(got) == [
        (unit, "", "理事长", "钟离澹", "领导岗位"),
        (unit, "", "秘书长", "司寇沅", "领导岗位"),
        (unit, "", "副秘书长", "司寇潆", "领导岗位"),
        (unit, "", "会计", "钟离沚", "一般岗位"),
    ]
    said = issue(got, "POST_DAY_JOB_SET_ASIDE")
    assert said["cell"] == "C2" and said["severity"] == "info"
    assert "工作单位及职务" in said["message"] and "学会职务" in said["message"]
    assert "D2" in said["message"] and "县人民医院副院长" in said["message"]
    assert "COLUMN_GUESSED" not in codes(got)
    assert not any("医院" in t for t in got.risks["title"]) and not any(got.risks["duty"])
    for code in NEW:
        assert code in CATALOGUE and code in SHORT


# 老年人体育协会: '职务 | 姓名 | 本职工作' (no heading of a post over the day jobs), 一级/二级/三级
SPORTS = [
    ["青山县老年人体育协会廉政风险防控一览表", None, None, None, None, None, None],
    ["序号", "职务", "姓名", "本职工作", "廉政风险点", "风险等级", "防控措施"],
    [1, "主席", "钟离澹", "县体育中心主任", "活动经费使用不经集体研究", "一级", "经费使用经主席办公会研究。"],
    [2, "秘书长", "司寇沅", "县文化和旅游局办公室主任", "比赛奖品采购指定商户", "二级", "奖品采购三家比价。"],
    [3, "副秘书长", "司寇潆", "退休干部", "会员活动补贴虚报人数", "二级", "活动签到留存。"],
    [4, "出纳", "钟离沚", "县财政局出纳", "现金管理不规范", "三级", "现金日清月结。"],
]  # fmt: skip


def test_a_day_job_right_of_the_post_is_said(tmp_path):
    got = run(tmp_path, {"一览表": SPORTS})
    assert [(t, p, tier) for _u, _d, t, p, tier in posts(got)] == [
        ("主席", "钟离澹", "领导岗位"),
        ("秘书长", "司寇沅", "领导岗位"),
        ("副秘书长", "司寇潆", "领导岗位"),
        ("出纳", "钟离沚", "一般岗位"),
    ]
    said = issue(got, "POST_DAY_JOB_SET_ASIDE")
    assert said["cell"] == "D2" and "本职工作" in said["message"] and "B2" in said["message"]


# 红十字会, re-saved as .ods: '本职单位及职务' beside '兼任职务' (the body's post, a side role's heading)
RED_CROSS = [
    ["青山县红十字会岗位廉政风险防控清单", None, None, None, None, None],
    ["姓名", "本职单位及职务", "兼任职务", "风险内容", "等级", "措施"],
    ["钟离澹", "县卫生健康局副局长", "常务副会长", "捐赠款物分配不按捐赠人意愿", "Ⅰ级", "捐赠款物定向使用，结果公示。"],
    ["司寇沅", "县人民医院医务科科长", "秘书长", "救助对象审核把关不严", "Ⅱ级", "救助对象公示七日。"],
    ["钟离沚", "县卫生健康局会计", "会计", "救灾物资出入库登记不实", "Ⅱ级", "物资出入库双人登记。"],
]  # fmt: skip


def test_an_ods_copy_with_the_day_job_beside_a_concurrent_post(tmp_path):
    got = run(tmp_path, {"清单": RED_CROSS}, ods=True)
    assert [(t, p, tier) for _u, _d, t, p, tier in posts(got)] == [
        ("常务副会长", "钟离澹", "领导岗位"),
        ("秘书长", "司寇沅", "领导岗位"),
        ("会计", "钟离沚", "一般岗位"),
    ]
    assert {u for u, *_rest in posts(got)} == {"青山县红十字会"}
    assert {d for _u, d, *_rest in posts(got)} <= {"", "领导班子"}
    said = issue(got, "POST_DAY_JOB_SET_ASIDE")
    assert said["cell"] == "B2" and "兼任职务" in said["message"]
    assert "POST_NOT_SIDE_ROLE" not in codes(got)


# 慈善总会's card: '会内职务 | 秘书长' and a '工作单位及职务' field
CHARITY_CARD = [
    ["青山县慈善总会岗位廉政风险防控卡", None, None, None],
    ["姓　名", "司寇沅", "会内职务", "秘书长"],
    ["工作单位及职务", "县民政局社会事务股股长", "填卡时间", "2025年5月"],
    ["序号", "风险点", "风险等级", "防控措施"],
    [1, "善款拨付不按捐赠人意愿", "高", "善款定向使用，拨付结果向捐赠人反馈。"],
    [2, "救助对象评审中优亲厚友", "中", "评审名单公示七日。"],
]  # fmt: skip


def test_a_cards_day_job_field_is_no_post_and_no_department(tmp_path):
    got = run(tmp_path, {"秘书长": CHARITY_CARD})
    assert posts(got) == [("青山县慈善总会", "领导班子", "秘书长", "司寇沅", "领导岗位")]
    said = issue(got, "CARD_DAY_JOB_SET_ASIDE")
    assert said["cell"] == "B3" and said["severity"] == "info"
    assert "县民政局社会事务股股长" in said["message"] and "D2" in said["message"]
    # a '本职工作' field (no field of a card's before) beside '协会职务': the 协会's post
    card = [row[:] for row in CHARITY_CARD]
    card[1][2], card[2][0] = "协会职务", "本职工作"
    got = run(tmp_path / "b", {"卡": card})
    assert posts(got) == [("青山县慈善总会", "领导班子", "秘书长", "司寇沅", "领导岗位")]


# 乡畜牧兽医站's own list: '站领导 | 防疫组 | 检疫组' under the station's title
VET = [
    ["青山县柳溪乡畜牧兽医站岗位廉政风险排查表", None, None, None, None, None, None],
    ["序号", "部门", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
    [1, "站领导", "站长", "钟离澹", "疫苗调拨分配向关系户倾斜", "一级", "疫苗分配方案集体研究并公示。"],
    [2, "防疫组", "组长", "司寇沅", "强制免疫登记不实", "二级", "免疫档案逐户建立，抽查回访。"],
    [3, "检疫组", "检疫员", "司寇潆", "产地检疫不到现场出证", "一级", "检疫照片随证存档。"],
    [4, "检疫组", "检疫员", "司寇潆", "检疫收费不开票据", "三级", "收费票据联号使用。"],
]  # fmt: skip


def test_a_township_station_naming_its_own_groups_is_a_unit(tmp_path):
    got = run(tmp_path, {"排查表": VET}, {"排查表": ["B5:B6", "C5:C6", "D5:D6"]})
    unit = "青山县柳溪乡畜牧兽医站"
    assert posts(got) == [
        (unit, "站领导", "站长", "钟离澹", "领导岗位"),
        (unit, "防疫组", "组长", "司寇沅", "中层岗位"),
        (unit, "检疫组", "检疫员", "司寇潆", "一般岗位"),
    ]
    said = issue(got, "UNIT_STATION_OWN_SECTIONS")
    assert said["cell"] == "B2" and said["severity"] == "info"
    assert "畜牧兽医站" in said["message"] and "防疫组" in said["message"]


# near-misses, read as before
SUMMARY = [
    ["青山县各学会负责人廉政风险点汇总表", None, None, None, None],
    ["序号", "姓名", "所在单位及职务", "廉政风险点", "风险等级"],
    [1, "钟离澹", "青山县护理学会理事长", "学会经费使用个人说了算", "高"],
    [2, "司寇沅", "青山县农学会秘书长", "评奖推荐为亲友打招呼", "中"],
]  # fmt: skip
OWN_POST_CARD = [
    ["青山县农业经营管理站岗位廉政风险防控卡", None, None, None],
    ["姓　名", "司寇沅", "职　务", "站长"],
    ["单位及职务", "青山县农业经营管理站站长", "填卡时间", "2025年5月"],
    ["序号", "风险点", "风险等级", "防控措施"],
    [1, "土地流转合同审查走过场", "高", "合同复核后备案。"],
]  # fmt: skip
JOB_ONLY_CARD = [
    ["青山县统计局岗位廉政风险防控卡", None, None, None],
    ["姓　名", "司寇沅", "工作单位及职务", "青山县统计局综合股股长"],
    ["序号", "风险点", "风险等级", "防控措施"],
    [1, "统计数据审核把关不严", "高", "数据两级审核。"],
]  # fmt: skip
TOWN = [
    ["青山县柳溪镇人民政府岗位廉政风险点排查表", None, None, None, None, None],
    ["序号", "站所", "岗位", "风险点", "风险等级", "防控措施"],
    [1, "党政综合办公室", "主任", "公务接待超标准", "二级", "接待执行公函制度。"],
    [2, "财政所", "所长", "惠农补贴发放截留", "一级", "补贴一卡通直达。"],
    [3, "财政所", "报账员", "村级报账白条入账", "二级", "票据逐笔审核。"],
]  # fmt: skip
STATION_ITSELF = [
    ["青山县柳溪镇财政所岗位廉政风险防控一览表", None, None, None, None, None, None],
    ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
    [1, "财政所", "所长", "钟离澹", "惠农补贴发放截留", "一级", "补贴一卡通直达。"],
    [2, "财政所", "会计", "司寇沅", "村级报账白条入账", "二级", "票据逐笔审核。"],
]  # fmt: skip


def test_near_misses_read_as_before(tmp_path):
    got = run(tmp_path / "a", {"汇总表": SUMMARY})
    # (each row's post its cell whole, as it always was: no other post column beside it)
    assert [(t, p) for _u, _d, t, p, _tier in posts(got)] == [
        ("青山县护理学会理事长", "钟离澹"),
        ("青山县农学会秘书长", "司寇沅"),
    ]
    got_a = got
    got = run(tmp_path / "b", {"卡": OWN_POST_CARD})
    assert posts(got) == [("青山县农业经营管理站", "农业经营管理站", "站长", "司寇沅", "中层岗位")]
    got_b = got
    got = run(tmp_path / "c", {"卡": JOB_ONLY_CARD})
    assert posts(got) == [("青山县统计局", "综合股", "股长", "司寇沅", "中层岗位")]
    got_c = got
    got = run(tmp_path / "d", {"排查表": TOWN})
    assert posts(got) == [
        ("青山县柳溪镇人民政府", "党政综合办公室", "主任", "", "中层岗位"),
        ("青山县柳溪镇人民政府", "财政所", "所长", "", "中层岗位"),
        ("青山县柳溪镇人民政府", "财政所", "报账员", "", "一般岗位"),
    ]
    got_d = got
    got = run(tmp_path / "e", {"一览表": STATION_ITSELF})
    assert {(u, d) for u, d, *_rest in posts(got)} == {("青山县柳溪镇", "财政所")}
    for g in (got_a, got_b, got_c, got_d, got):
        assert not set(codes(g)) & set(NEW), codes(g)


# the tiers of a 会's officers: a 学会's 秘书长 in its 秘书处, a 联合会's 副秘书长 under a group row
SOCIETY = [
    ["青山县农学会岗位廉政风险防控一览表", None, None, None, None, None, None],
    ["序号", "科室", "职务", "姓名", "廉政风险点", "风险等级", "防控措施"],
    [1, "学会领导", "理事长", "钟离澹", "课题经费分配个人说了算", "一级", "经费分配集体研究。"],
    [2, "秘书处", "秘书长", "司寇沅", "评奖推荐为亲友打招呼", "二级", "推荐名单公示。"],
    [3, "秘书处", "干事", "司寇潆", "会员会费收取不开票", "三级", "收据联号使用。"],
]  # fmt: skip
ARTS = [
    ["青山县文学艺术界联合会廉政风险防控清单", None, None, None, None, None],
    ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
    ["一、主席团", None, None, None, None, None],
    [1, "主席", "钟离澹", "文艺扶持资金分配不公", "高", "扶持资金分配集体研究。"],
    ["二、秘书处", None, None, None, None, None],
    [2, "副秘书长", "司寇沅", "文艺活动经费报销把关不严", "中", "报销凭证主席审签。"],
    [3, "干事", "司寇潆", "作品征集评选暗箱操作", "低", "评选结果公示。"],
]  # fmt: skip


def test_a_bodys_secretary_general_is_a_leader(tmp_path):
    got = run(tmp_path / "a", {"一览表": SOCIETY})
    assert [(d, t, tier) for _u, d, t, _p, tier in posts(got)] == [
        ("学会领导", "理事长", "领导岗位"),
        ("秘书处", "秘书长", "领导岗位"),
        ("秘书处", "干事", "一般岗位"),
    ]
    got = run(tmp_path / "b", {"清单": ARTS}, {"清单": ["A3:F3", "A5:F5"]})
    assert [(d, t, tier) for _u, d, t, _p, tier in posts(got)] == [
        ("", "主席", "领导岗位"),
        ("秘书处", "副秘书长", "领导岗位"),
        ("秘书处", "干事", "一般岗位"),
    ]


# other words: '现单位职务' beside '在本会担任职务'; a bare employer '就职单位' beside '协会任职' (.ods)
PAINTERS = [
    ["青山县书画家协会廉政风险防控清单", None, None, None, None, None, None],
    ["序号", "姓名", "现单位职务", "在本会担任职务", "廉政风险点", "风险等级", "防控措施"],
    [1, "百里涟", "县文化馆馆长", "会长", "书画展评选暗箱操作", "较高", "评选结果公示。"],
    [2, "百里澄", "县老干部局退休干部", "秘书长", "会费使用不公开", "一般", "会费收支季度公开。"],
    [3, "闾丘沐", "县图书馆会计", "会计", "笔墨纸张采购虚报", "较低", "采购清单会长审签。"],
]  # fmt: skip
TRADERS = [
    ["青山县个体劳动者协会岗位廉政风险排查表", None, None, None, None, None, None],
    ["序号", "就职单位", "协会任职", "姓名", "风险点", "风险等级", "防控措施"],
    [1, "青山县鑫源建材有限公司", "会长", "闾丘沐", "会员评优收受好处", "二级", "评优结果公示。"],
    [2, "青山县众诚物流有限公司", "副会长", "百里澄", "活动经费报销不实", "三级", "报销凭证会长审签。"],
]  # fmt: skip
UNION = [
    ["青山县总工会基层工会主席廉政风险防控一览表", None, None, None, None, None, None],
    ["序号", "所在单位", "工会职务", "姓名", "廉政风险点", "风险等级", "防控措施"],
    [1, "青山县人民医院", "工会主席", "钟离澹", "工会经费发放福利超标准", "二级", "经费支出会审。"],
    [2, "青山县第一中学", "工会主席", "司寇沅", "慰问品采购指定商户", "三级", "三家比价。"],
]  # fmt: skip


def test_day_jobs_headed_in_other_words(tmp_path):
    got = run(tmp_path / "a", {"清单": PAINTERS})
    unit = "青山县书画家协会"
    assert [(u, d, t, p) for u, d, t, p, _tier in posts(got)] == [
        (unit, "", "会长", "百里涟"),
        (unit, "", "秘书长", "百里澄"),
        (unit, "", "会计", "闾丘沐"),
    ]
    said = issue(got, "POST_DAY_JOB_SET_ASIDE")
    assert said["cell"] == "C2" and "在本会担任职务" in said["message"]
    got = run(tmp_path / "b", {"排查表": TRADERS}, ods=True)
    unit = "青山县个体劳动者协会"
    assert [(u, d, t, p) for u, d, t, p, _tier in posts(got)] == [
        (unit, "", "会长", "闾丘沐"),
        (unit, "", "副会长", "百里澄"),
    ]
    assert not any("公司" in d for d in got.risks["department"])
    said = issue(got, "POST_DAY_JOB_SET_ASIDE")
    assert said["cell"] == "B2" and "就职单位" in said["message"] and "协会任职" in said["message"]
    # near-misses: a 总工会's '所在单位 | 工会职务' (each 基层工会 in its unit), a consolidated list
    got = run(tmp_path / "c", {"一览表": UNION})
    assert [(d, t) for _u, d, t, _p, _tier in posts(got)] == [
        ("青山县人民医院", "工会主席"),
        ("青山县第一中学", "工会主席"),
    ]
    assert not set(codes(got)) & set(NEW)
    consolidated = [row[:] for row in UNION]
    consolidated[0][0], consolidated[1][2] = "青山县各单位廉政风险汇总表", "职务"
    got = run(tmp_path / "d", {"汇总表": consolidated})
    assert [u for u, *_rest in posts(got)] == ["青山县人民医院", "青山县第一中学"]
    assert not set(codes(got)) & set(NEW)


# a card's bare employer beside the body's own post: no unit line of the card
FOUNDATION_CARD = [
    ["青山县扶残助困协会岗位廉政风险防控卡", None, None, None],
    ["姓　名", "百里澄", "本会职务", "副理事长"],
    ["所在单位", "青山县残疾人联合会", "填卡日期", "2025年6月"],
    ["序号", "风险点", "风险等级", "防控措施"],
    [1, "助残项目资金拨付不按程序", "高", "拨付经理事会研究。"],
    [2, "受助对象审核把关不严", "中", "受助名单公示。"],
]  # fmt: skip


def test_a_cards_bare_employer_is_no_unit_line(tmp_path):
    got = run(tmp_path / "a", {"卡": FOUNDATION_CARD})
    assert [(u, t, p) for u, _d, t, p, _tier in posts(got)] == [
        ("青山县扶残助困协会", "副理事长", "百里澄")
    ]
    said = issue(got, "CARD_DAY_JOB_SET_ASIDE")
    assert (
        said["cell"] == "B3" and "青山县残疾人联合会" in said["message"] and "D2" in said["message"]
    )
    inline = [row[:] for row in FOUNDATION_CARD]
    inline[1] = ["姓名：闾丘沐", None, "会内职务：会计", None]
    inline[2] = ["工作单位：县财政局", None, "填卡日期：2025年6月", None]
    got = run(tmp_path / "b", {"卡": inline})
    assert [(u, t, p) for u, _d, t, p, _tier in posts(got)] == [
        ("青山县扶残助困协会", "会计", "闾丘沐")
    ]
    assert "县财政局" in issue(got, "CARD_DAY_JOB_SET_ASIDE")["message"]
    # near-miss: the employer the body itself, under a title naming none: still the card's unit
    own = [row[:] for row in FOUNDATION_CARD]
    own[0][0], own[2][:2] = "岗位廉政风险防控卡", ["工作单位", "青山县扶残助困协会"]
    got = run(tmp_path / "c", {"卡": own})
    assert [(u, t) for u, _d, t, _p, _tier in posts(got)] == [("青山县扶残助困协会", "副理事长")]
    assert not set(codes(got)) & set(NEW)


# a township station's own 股 after its own name; a station titled after its 镇's government
FORESTRY = [
    ["青山县河口镇林业工作站廉政风险防控清单", None, None, None, None, None, None],
    ["序号", "所在股组", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
    [1, "领导班子", "站长", "百里涟", "林木采伐许可初审放宽", "一级", "初审两人现场核验。"],
    [2, "林业工作站营林股", "股长", "百里澄", "造林补贴面积核实不严", "二级", "面积卫星图比对。"],
    [3, "林业工作站护林防火组", "组长", "闾丘沐", "护林员考勤弄虚作假", "二级", "考勤定位打卡。"],
]  # fmt: skip
CULTURE = [
    ["青山县河口镇人民政府文化站岗位廉政风险排查表", None, None, None, None, None, None],
    ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
    [1, "站领导", "站长", "闾丘沐", "文化惠民资金使用不规范", "一级", "资金使用集体研究。"],
    [2, "（1）文艺辅导组", "辅导员", "百里涟", "培训签到虚报人数", "二级", "签到留影存档。"],
    [3, "（2）图书阅览组", "管理员", "百里澄", "图书采购指定书商", "三级", "采购三家比价。"],
]  # fmt: skip


def test_a_township_stations_own_sections_in_other_words(tmp_path):
    got = run(tmp_path / "a", {"清单": FORESTRY})
    unit = "青山县河口镇林业工作站"
    assert [(u, d, t) for u, d, t, _p, _tier in posts(got)] == [
        (unit, "领导班子", "站长"),
        (unit, "营林股", "股长"),
        (unit, "护林防火组", "组长"),
    ]
    assert "营林股" in issue(got, "UNIT_STATION_OWN_SECTIONS")["message"]
    got = run(tmp_path / "b", {"排查表": CULTURE})
    unit = "青山县河口镇文化站"
    assert [(u, d, t) for u, d, t, _p, _tier in posts(got)] == [
        (unit, "站领导", "站长"),
        (unit, "文艺辅导组", "辅导员"),
        (unit, "图书阅览组", "管理员"),
    ]
    said = issue(got, "UNIT_STATION_OWN_SECTIONS")
    assert "文艺辅导组、图书阅览组" in said["message"] and "（1）" not in said["message"]


# a group heading merged over the name, the day job and the body's post (two heading rows)
GROUPED = [
    ["青山县个体劳动者协会岗位廉政风险防控一览表", None, None, None, None, None, None],
    ["序号", "兼职人员情况", None, None, "廉政风险点", "风险等级", "防控措施"],
    [None, "姓名", "本职单位及职务", "协会职务", None, None, None],
    [1, "闾丘沐", "县市场监督管理局副局长", "会长", "会员评优收受好处", "高", "评优结果公示。"],
    [2, "百里澄", "县市场监督管理局个体私营经济股股长", "秘书长", "会费收支不公开", "中", "会费季度公开。"],
]  # fmt: skip


def test_a_day_job_under_a_merged_group_heading(tmp_path):
    got = run(tmp_path, {"表": GROUPED}, {"表": ["B2:D2", "A2:A3", "E2:E3", "F2:F3", "G2:G3"]})
    unit = "青山县个体劳动者协会"
    assert [(u, d, t, p) for u, d, t, p, _tier in posts(got)] == [
        (unit, "", "会长", "闾丘沐"),
        (unit, "", "秘书长", "百里澄"),
    ]
    assert issue(got, "POST_DAY_JOB_SET_ASIDE")["cell"] == "C2"
