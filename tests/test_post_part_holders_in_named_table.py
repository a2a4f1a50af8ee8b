"""A list naming its points by post only (no 姓名 column, 岗位 merged down its rows) beside a
second points table of the same file that names one holder a post ('岗位 | 姓名 | 个人风险点 |
…'): the post's points are its holder's, one form a holder with his post's points and his own.
On one sheet the two parts are one paper; across sheets only with a note that the posts' risks
are borne by the holders named in the other table, the note pointing at it ('见“个人风险”表').

Left as they are (the 116th review): a 科室 spelled differently in the two parts ('办公室' /
'局办公室'), or a post written with its 科室 ('办公室科员') against a 科室 column: not joined.

Not the published batch's file (a 扶贫资产管理中心 with 主任/资产管理员/会计 under '一、岗位风险'
and '二、个人风险', 高/中/低, no 科室): a county's 水利工程管理站, 公共资源交易中心 and 文化馆, with 科室 columns, other posts and names, 较高/一般/较低, ★★★/★★/★ and Ⅰ级/Ⅱ级/Ⅲ级,
parts on one sheet or two, a 风险类型 column, written with xlsxwriter (tests/helpers.py) and read
back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, sheets: dict[str, list[list]], merges: dict[str, list[str]] | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", sheets, merges or {})
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


def test_two_parts_on_one_sheet_with_departments_join_by_post_and_department(tmp_path):
    # two 科员 in two 股: each post-only row goes to the 科员 of its own 股; no note needed
    rows = [["XX县水利工程管理站廉政风险点排查表"],
            ["（一）岗位廉政风险"],
            ["序号", "股室", "岗位", "风险点", "风险等级", "防控措施"],
            [1, "站领导", "站长", "工程验收不按程序组织", "较高", "验收小组集体签字"],
            [2, "站领导", "站长", "维修项目指定施工队伍", "较高", "三家以上比选"],
            [3, "工程股", "科员", "隐蔽工程不旁站监督", "一般", "旁站记录存档"],
            [4, "财务股", "科员", "报销票据审核不严", "一般", "票据两人复核"],
            [5, "财务股", "科员", "私设小金库", "较高", "每季度盘点账户"],
            ["（二）个人廉政风险"],
            ["序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "站领导", "站长", "靳澜舟", "接受施工单位宴请", "一般", "签订廉洁承诺书"],
            [2, "工程股", "科员", "蒯晴岚", "向施工方推销建材", "较低", "亲属从业报告"],
            [3, "财务股", "科员", "隗砚秋", "借用公款周转", "较高", "月末对账"],
            ["填表人：", None, "审核人：", None, "2025年6月"]]  # fmt: skip
    merges = ["A1:F1", "A2:F2", "B4:B5", "C4:C5", "B7:B8", "C7:C8", "A9:F9"]
    got = run(tmp_path, {"排查表": rows}, {"排查表": merges})
    assert read(got) == sorted([
        ("站领导", "站长", "靳澜舟", "工程验收不按程序组织", "Ⅰ级"),
        ("站领导", "站长", "靳澜舟", "维修项目指定施工队伍", "Ⅰ级"),
        ("站领导", "站长", "靳澜舟", "接受施工单位宴请", "Ⅱ级"),
        ("工程股", "科员", "蒯晴岚", "隐蔽工程不旁站监督", "Ⅱ级"),
        ("工程股", "科员", "蒯晴岚", "向施工方推销建材", "Ⅲ级"),
        ("财务股", "科员", "隗砚秋", "报销票据审核不严", "Ⅱ级"),
        ("财务股", "科员", "隗砚秋", "私设小金库", "Ⅰ级"),
        ("财务股", "科员", "隗砚秋", "借用公款周转", "Ⅰ级"),
    ])  # fmt: skip
    assert len(got.posts) == 3  # one form a holder
    said = got.issues[got.issues["code"] == "HOLDERS_BY_NAMED_TABLE"]
    assert list(said["cell"]) == ["A3"]
    assert "站长→靳澜舟" in said["value"].iloc[0] and "排查表!A10" in said["message"].iloc[0]
    assert "NAMED_TABLE_HOLDER_UNSURE" not in codes(got)
    assert not errors(got)


def test_parts_on_two_sheets_joined_by_the_note(tmp_path):
    # the post-only part on its own sheet, its note naming the other sheet's holders; the named
    # sheet lists the posts in another order and one post more (the note is the evidence)
    posts = [["XX县公共资源交易中心岗位风险点一览表"],
             ["序号", "岗位", "岗位风险点", "风险等级", "防控措施"],
             [1, "主任", "评标专家抽取时泄露名单", "★★★", "专家抽取系统全程留痕"],
             [2, "主任", "干预开标时间安排", "★★", "开标时间系统锁定"],
             [3, "见证员", "见证不到位放任围标", "★★★", "现场音视频监控"],
             ["注：以上岗位风险由该岗位任职人员承担，任职人员见“个人风险”表。"]]  # fmt: skip
    own = [["个人廉政风险点登记表"],
           ["岗位", "姓名", "个人风险点", "风险等级", "防控措施"],
           ["见证员", "芮知许", "与投标人私下联系", "★★", "通讯工具统一保管"],
           ["主任", "禚清晏", "收受中介机构礼品", "★", "节前廉政提醒"],
           ["档案员", "鄢若素", "私自调阅投标文件", "★★", "调阅登记审批"]]  # fmt: skip
    got = run(tmp_path, {"岗位风险": posts, "个人风险": own},
              {"岗位风险": ["A1:E1", "B3:B4", "A6:E6"], "个人风险": ["A1:E1"]})  # fmt: skip
    assert read(got) == sorted([
        ("", "主任", "禚清晏", "评标专家抽取时泄露名单", "Ⅰ级"),
        ("", "主任", "禚清晏", "干预开标时间安排", "Ⅱ级"),
        ("", "主任", "禚清晏", "收受中介机构礼品", "Ⅲ级"),
        ("", "见证员", "芮知许", "见证不到位放任围标", "Ⅰ级"),
        ("", "见证员", "芮知许", "与投标人私下联系", "Ⅱ级"),
        ("", "档案员", "鄢若素", "私自调阅投标文件", "Ⅱ级"),
    ])  # fmt: skip
    assert len(got.posts) == 3
    assert "HOLDERS_BY_NAMED_TABLE" in codes(got)
    assert not errors(got)


def test_parts_on_two_sheets_one_to_one_with_a_type_column_and_a_post_unheld(tmp_path):
    # no note, the posts one to one: no evidence (附件2/附件4 of one body share posts), read apart
    # as two lists (the 116th review); the named table has a 风险类型 column
    posts = [["XX县文化馆岗位廉政风险防控表"],
             ["序号", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施"],
             [1, "馆长", "文化活动经费虚报冒领", "制度机制", "Ⅰ级", "经费支出公示"],
             [2, "文化专干", "农家书屋图书采购吃回扣", "岗位职责", "Ⅱ级", "采购清单公开"]]  # fmt: skip
    own = [["XX县文化馆个人廉政风险防控表"],
           ["序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施"],
           [1, "文化专干", "郦望舒", "演出门票私下赠送亲友", "思想道德", "Ⅲ级", "门票登记发放"],
           [2, "馆长", "郇叙白", "场地出租收入不入账", "制度机制", "Ⅰ级", "收入统一上缴"]]  # fmt: skip
    got = run(
        tmp_path / "one", {"岗位": posts, "人员": own}, {"岗位": ["A1:F1"], "人员": ["A1:G1"]}
    )
    assert read(got) == sorted([
        ("", "馆长", "", "文化活动经费虚报冒领", "Ⅰ级"),
        ("", "馆长", "郇叙白", "场地出租收入不入账", "Ⅰ级"),
        ("", "文化专干", "", "农家书屋图书采购吃回扣", "Ⅱ级"),
        ("", "文化专干", "郦望舒", "演出门票私下赠送亲友", "Ⅲ级"),
    ])  # fmt: skip
    assert not {"HOLDERS_BY_NAMED_TABLE", "NAMED_TABLE_HOLDER_UNSURE"} & codes(got)
    assert set(got.risks["risk_type"]) == {"制度机制风险", "岗位职责风险", "思想道德风险"}
    assert not errors(got)
    # one sheet: a post no one in the second part holds keeps its post only, a warning
    rows = [["XX县文化馆廉政风险点排查表"],
            ["一、岗位风险"],
            ["序号", "岗位", "廉政风险点", "风险等级", "防控措施"],
            [1, "馆长", "文化活动经费虚报冒领", "Ⅰ级", "经费支出公示"],
            [2, "管理员", "设备外借不登记", "Ⅲ级", "外借登记"],
            ["二、个人风险"],
            ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
            [1, "馆长", "郇叙白", "场地出租收入不入账", "Ⅰ级", "收入统一上缴"]]  # fmt: skip
    got = run(tmp_path / "two", {"排查表": rows}, {"排查表": ["A1:E1"]})
    assert read(got) == sorted([
        ("", "馆长", "郇叙白", "文化活动经费虚报冒领", "Ⅰ级"),
        ("", "馆长", "郇叙白", "场地出租收入不入账", "Ⅰ级"),
        ("", "管理员", "", "设备外借不登记", "Ⅲ级"),
    ])  # fmt: skip
    warned = got.issues[got.issues["code"] == "NAMED_TABLE_HOLDER_UNSURE"]
    assert list(warned["value"]) == ["管理员"] and set(warned["severity"]) == {"warning"}
    assert not errors(got)


def test_a_named_list_of_other_posts_leaves_the_post_list_as_it_was(tmp_path):
    # one sheet: the leaders named (the '一、领导班子' line their 科室, as ever), the 一般岗位 by
    # post only, no post in common: two lists
    rows = [["XX县水利工程管理站廉政风险点排查表"],
            ["一、领导班子"],
            ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "站长", "靳澜舟", "工程验收不按程序组织", "高", "验收小组集体签字"],
            [2, "副站长", "蒯晴岚", "维修项目指定施工队伍", "中", "三家以上比选"],
            ["二、一般岗位"],
            ["序号", "岗位", "风险点", "风险等级", "防控措施"],
            [1, "出纳", "私设小金库", "高", "每季度盘点账户"],
            [2, "闸门操作员", "私自调度放水", "中", "调度指令留痕"]]  # fmt: skip
    got = run(tmp_path / "same", {"排查表": rows}, {"排查表": ["A1:F1"]})
    assert read(got) == sorted([
        ("领导班子", "站长", "靳澜舟", "工程验收不按程序组织", "Ⅰ级"),
        ("领导班子", "副站长", "蒯晴岚", "维修项目指定施工队伍", "Ⅱ级"),
        ("", "出纳", "", "私设小金库", "Ⅰ级"),
        ("", "闸门操作员", "", "私自调度放水", "Ⅱ级"),
    ])  # fmt: skip
    assert not {"HOLDERS_BY_NAMED_TABLE", "NAMED_TABLE_HOLDER_UNSURE"} & codes(got)
    # 附件2 named on one sheet, a post-only sheet sharing one post but no note and not one to
    # one: two papers, read apart as before
    named = [["附件2"],
             ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
             [1, "站长", "靳澜舟", "工程验收不按程序组织", "高", "验收小组集体签字"],
             [2, "副站长", "蒯晴岚", "维修项目指定施工队伍", "中", "三家以上比选"]]  # fmt: skip
    general = [["一般岗位廉政风险点"],
               ["序号", "岗位", "风险点", "风险等级", "防控措施"],
               [1, "站长", "站务会议纪要补记", "低", "会议当场记录"],
               [2, "出纳", "私设小金库", "高", "每季度盘点账户"]]  # fmt: skip
    got = run(tmp_path / "apart", {"附件2": named, "一般岗位": general})
    assert ("", "站长", "", "站务会议纪要补记", "Ⅲ级") in read(got)
    assert ("", "出纳", "", "私设小金库", "Ⅰ级") in read(got)
    assert not {"HOLDERS_BY_NAMED_TABLE", "NAMED_TABLE_HOLDER_UNSURE"} & codes(got)


def test_two_holders_of_one_post_join_no_one(tmp_path):
    # 同岗多人: the second part names two 窗口人员; whose the post's points are is not said
    rows = [["XX县公共资源交易中心廉政风险点排查表"],
            ["一、岗位风险"],
            ["序号", "岗位", "岗位风险点", "风险等级", "防控措施"],
            [1, "窗口人员", "受理时刁难投标人", "★★", "受理时限公开"],
            [2, "窗口人员", "泄露潜在投标人名单", "★★★", "信息系统权限管理"],
            ["二、个人风险"],
            ["序号", "岗位", "姓名", "个人风险点", "风险等级", "防控措施"],
            [1, "窗口人员", "芮知许", "收受投标人购物卡", "★", "廉洁承诺"],
            [2, "窗口人员", "鄢若素", "工作时间私办业务", "★", "考勤抽查"]]  # fmt: skip
    got = run(tmp_path, {"排查表": rows}, {"排查表": ["A1:E1", "B4:B5"]})
    assert read(got) == sorted([
        ("", "窗口人员", "", "受理时刁难投标人", "Ⅱ级"),
        ("", "窗口人员", "", "泄露潜在投标人名单", "Ⅰ级"),
        ("", "窗口人员", "芮知许", "收受投标人购物卡", "Ⅲ级"),
        ("", "窗口人员", "鄢若素", "工作时间私办业务", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_NAMED_TABLE" not in codes(got)
    warned = got.issues[got.issues["code"] == "NAMED_TABLE_HOLDER_UNSURE"]
    assert len(warned) == 1 and "窗口人员" in warned["value"].iloc[0]
    assert not errors(got)


def test_what_the_hundred_and_sixteenth_review_found_copies_old_tables_and_loose_notes(tmp_path):
    h6 = ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"]
    h5 = ["序号", "岗位", "风险点", "风险等级", "防控措施"]
    # 1. a post-only public copy (对岗不对人) of the named table on its sheet: no join, an info
    rows = [["廉政风险点（原件）"], h6,
            [1, "主任", "张立", "审批把关不严", "高", "集体研究"],
            [2, "会计", "王芳", "报销审核不严", "中", "复核"], [],
            ["廉政风险点（公示版，对岗不对人）"], h5,
            [1, "主任", "审批把关不严", "高", "集体研究"],
            [2, "会计", "报销审核不严", "中", "复核"]]  # fmt: skip
    got = run(tmp_path / "copy", {"S": rows})
    assert read(got) == sorted([
        ("", "主任", "张立", "审批把关不严", "Ⅰ级"),
        ("", "主任", "", "审批把关不严", "Ⅰ级"),
        ("", "会计", "王芳", "报销审核不严", "Ⅱ级"),
        ("", "会计", "", "报销审核不严", "Ⅱ级"),
    ])  # fmt: skip
    assert "POST_TABLE_COPY_OF_NAMED" in codes(got)
    assert "HOLDERS_BY_NAMED_TABLE" not in codes(got)
    # 1. a repealed (or earlier-year) post-only table above the named one: never joined
    for caption in ("岗位廉政风险点（已废止）", "2024年岗位廉政风险点"):
        rows = [[caption], h5,
                [1, "主任", "公车私用", "高", "派车登记"],
                ["2025年个人廉政风险点"], h6,
                [1, "主任", "张立", "收受礼金", "中", "廉洁提醒"],
                [2, "会计", "王芳", "报销审核不严", "中", "复核"]]  # fmt: skip
        got = run(tmp_path / caption[:4], {"S": rows})
        repealed = "已废止" in caption  # (its rows skipped and counted: TABLE_SUPERSEDED_SKIPPED)
        assert read(got) == sorted([
            *([] if repealed else [("", "主任", "", "公车私用", "Ⅰ级")]),
            ("", "主任", "张立", "收受礼金", "Ⅱ级"),
            ("", "会计", "王芳", "报销审核不严", "Ⅱ级"),
        ])  # fmt: skip
        assert not {"HOLDERS_BY_NAMED_TABLE", "NAMED_TABLE_HOLDER_UNSURE"} & codes(got)
        assert ("TABLE_SUPERSEDED_SKIPPED" in codes(got)) == repealed
    # 2. across sheets a generic note ('各岗位风险由对应人员承担') points at no table: apart
    named = [["附件2"], h6,
             [1, "站长", "靳澜舟", "工程验收不按程序组织", "高", "验收小组集体签字"],
             [2, "副站长", "蒯晴岚", "维修项目指定施工队伍", "中", "比选"]]  # fmt: skip
    general = [["一般岗位廉政风险点"], h5,
               [1, "站长", "站务会议纪要补记", "低", "会议当场记录"],
               [2, "出纳", "私设小金库", "高", "盘点"],
               [3, "副站长", "值班脱岗", "低", "查岗"],
               ["说明：各岗位风险由对应人员承担，岗位调整时随岗移交。"]]  # fmt: skip
    got = run(tmp_path / "note", {"附件2": named, "一般岗位": general})
    assert read(got) == sorted([
        ("", "站长", "靳澜舟", "工程验收不按程序组织", "Ⅰ级"),
        ("", "副站长", "蒯晴岚", "维修项目指定施工队伍", "Ⅱ级"),
        ("", "站长", "", "站务会议纪要补记", "Ⅲ级"),
        ("", "出纳", "", "私设小金库", "Ⅰ级"),
        ("", "副站长", "", "值班脱岗", "Ⅲ级"),
    ])  # fmt: skip
    assert not {"HOLDERS_BY_NAMED_TABLE", "NAMED_TABLE_HOLDER_UNSURE"} & codes(got)


def test_what_the_hundred_and_sixteenth_review_found_no_join_one_to_one_and_few_warnings(tmp_path):
    h6 = ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"]
    h5 = ["序号", "岗位", "风险点", "风险等级", "防控措施"]
    # 3. 附件2 leaders and 附件4 一般岗位 with the same posts one to one, no note: apart
    named = [["附件2 领导班子廉政风险点"], h6,
             [1, "主任", "张立", "审批把关不严", "高", "集体研究"],
             [2, "副主任", "李平", "分管采购指定供应商", "中", "比选"]]  # fmt: skip
    general = [["附件4 一般岗位廉政风险点"], h5,
               [1, "主任", "办公室日常文件签收不及时", "低", "台账"],
               [2, "副主任", "车辆调度私用", "低", "登记"]]  # fmt: skip
    got = run(tmp_path / "one", {"附件2": named, "附件4": general})
    assert read(got) == sorted([
        ("", "主任", "张立", "审批把关不严", "Ⅰ级"),
        ("", "主任", "", "办公室日常文件签收不及时", "Ⅲ级"),
        ("", "副主任", "李平", "分管采购指定供应商", "Ⅱ级"),
        ("", "副主任", "", "车辆调度私用", "Ⅲ级"),
    ])  # fmt: skip
    assert not {"HOLDERS_BY_NAMED_TABLE", "NAMED_TABLE_HOLDER_UNSURE"} & codes(got)
    # 4. one post shared by a 领导班子 part and an 一般岗位 part: joined, but no warning for
    # 出纳 and 司机 the named part could never cover
    rows = [["XX局廉政风险点排查表"], ["一、领导班子"], h6,
            [1, "局长", "张立", "审批把关不严", "高", "集体研究"],
            [2, "办公室主任", "李平", "公车私用", "中", "登记"],
            ["二、一般岗位"], h5,
            [1, "办公室主任", "会议费超标", "中", "审核"],
            [2, "出纳", "私设小金库", "高", "盘点"],
            [3, "司机", "公车私用", "低", "登记"]]  # fmt: skip
    got = run(tmp_path / "few", {"S": rows})
    assert read(got) == sorted([
        ("领导班子", "局长", "张立", "审批把关不严", "Ⅰ级"),
        ("领导班子", "办公室主任", "李平", "公车私用", "Ⅱ级"),
        ("领导班子", "办公室主任", "李平", "会议费超标", "Ⅱ级"),
        ("", "出纳", "", "私设小金库", "Ⅰ级"),
        ("", "司机", "", "公车私用", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_NAMED_TABLE" in codes(got)
    assert "NAMED_TABLE_HOLDER_UNSURE" not in codes(got)
