"""A list with a 岗位 column and no 姓名 column under GROUP ROWS merged across, each naming its
group (a 科室, a team) and, after a '：' or in a bracket, its members as post–name pairs
('一、内科：科主任　祁砚舟，护士长　柏岚汐'): each row's holder is the member of ITS OWN group
row whose post is the row's 岗位, the group its 科室 (the same post in two groups two holders,
not one nameless form); a post the group row lists twice a copy each; a post it lists not the
post alone, with a warning. A 填报单位 line above the heading is who filled the list in, not
the rows' 科室. A group row naming one holder ('（责任人：…）') or only the group over rows
with their own 姓名 column reads as before.

Not the published batches' (a county court's 审判团队 ``一、民事审判团队：员额法官　郁…，…`` and a
procuratorate's ``二、第一检察部（主任　杭…；检察官　单…）``, levels 一级/二级/三级): a 县人民医院's
科室 and a 县交通运输综合执法大队's 中队, other posts (科主任, 护士长, 住院医师, 中队长, 执法队员),
other names, levels 高/中/低 and ★, the group rows numbered '一、' and '（一）', posts merged
down or written on each row, an extra 备注 column and two of a post written '执法队员　甲、乙' and
'执法队员　甲，执法队员　乙', written with xlsxwriter (tests/helpers.py) and read back as
``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str]):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "list.xlsx", {"清单": rows}, {"清单": merges})
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
    for code in ("HOLDERS_BY_GROUP_MEMBERS", "POST_NOT_ON_GROUP_ROW"):
        assert code in CATALOGUE and code in SHORT


def test_members_after_a_colon_each_row_its_own_groups_member(tmp_path):
    rows = [
        ["XX县人民医院临床科室廉政风险防控清单"],
        ["填报单位：医务科　　　　　　2025年6月"],
        ["序号", "岗位", "廉政风险点", "风险类型", "风险等级", "防控措施"],
        ["一、内科：科主任　祁砚舟，护士长　柏岚汐，住院医师　隗知远"],
        [1, "科主任", "收受药品耗材供应商回扣", "思想道德", "高", "带量采购，处方点评。"],
        [2, None, "绩效二次分配不公开", "制度机制", "中", "分配方案科室会议通过并公示。"],
        [3, "护士长", "耗材申领虚报冒领", "岗位职责", "中", "申领双人核对，月度盘点。"],
        [4, "住院医师", "开大处方、过度检查", "岗位职责", "高", "合理用药监测，超常预警。"],
        ["二、外科：科主任　宓澜舟，护士长　逯芷汀"],
        [5, "科主任", "手术排程收受红包", "思想道德", "高", "手术排程系统公开，红包拒收登记。"],
        [6, "护士长", "高值耗材使用登记不实", "岗位职责", "低", "高值耗材扫码追溯。"],
        ["填表人：", None, "审核：", None, "院长（签字）：", None],
    ]
    got = run(tmp_path, rows, ["A1:F1", "A2:F2", "A4:F4", "B5:B6", "A9:F9"])
    assert read(got) == sorted([
        ("内科", "科主任", "祁砚舟", "收受药品耗材供应商回扣", "Ⅰ级"),
        ("内科", "科主任", "祁砚舟", "绩效二次分配不公开", "Ⅱ级"),
        ("内科", "护士长", "柏岚汐", "耗材申领虚报冒领", "Ⅱ级"),
        ("内科", "住院医师", "隗知远", "开大处方、过度检查", "Ⅰ级"),
        ("外科", "科主任", "宓澜舟", "手术排程收受红包", "Ⅰ级"),
        ("外科", "护士长", "逯芷汀", "高值耗材使用登记不实", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "HOLDERS_BY_GROUP_MEMBERS" in codes(got)
    assert "POST_NOT_ON_GROUP_ROW" not in codes(got)


def test_members_in_a_bracket_an_extra_column_and_a_post_it_lists_not(tmp_path):
    rows = [
        ["XX县交通运输综合执法大队岗位廉政风险点一览表"],
        ["序号", "岗位", "风险点", "风险等级", "防控措施", "备注"],
        ["（一）大队领导（大队长　蔺曜川；副大队长　訾沐禾）"],
        [1, "大队长", "行政处罚案件审批说情打招呼", "★★★", "重大案件集体审议。", ""],
        [2, "副大队长", "执法车辆私用", "★★", "车辆定位，出车登记。", "新增"],
        ["（二）路政中队（中队长　鞠晏清；执法队员　褚予安）"],
        [3, "中队长", "超限车辆罚款随意减免", "★★★", "罚款标准公开，减免集体研究。", ""],
        [4, "执法队员", "路政巡查收受好处", "★★", "执法记录仪全程记录。", ""],
        [5, "内勤", "执法档案随意抽换", "★", "档案专人保管，借阅登记。", ""],
    ]
    got = run(tmp_path, rows, ["A1:F1", "A3:F3", "A6:F6"])
    assert read(got) == sorted([
        ("大队领导", "大队长", "蔺曜川", "行政处罚案件审批说情打招呼", "Ⅰ级"),
        ("大队领导", "副大队长", "訾沐禾", "执法车辆私用", "Ⅱ级"),
        ("路政中队", "中队长", "鞠晏清", "超限车辆罚款随意减免", "Ⅰ级"),
        ("路政中队", "执法队员", "褚予安", "路政巡查收受好处", "Ⅱ级"),
        ("路政中队", "内勤", "", "执法档案随意抽换", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    warned = got.issues[got.issues["code"] == "POST_NOT_ON_GROUP_ROW"]
    assert list(warned["cell"]) == ["B9"], warned.to_dict("records")


def test_two_members_of_a_post_a_copy_each(tmp_path):
    for said in ("执法队员　褚予安、隗书棠", "执法队员　褚予安，执法队员　隗书棠"):
        rows = [
            ["XX县交通运输综合执法大队岗位廉政风险点一览表"],
            ["序号", "岗位", "风险点", "风险等级", "防控措施"],
            [f"一、运政中队：中队长　鞠晏清，{said}"],
            [1, "中队长", "违规核发道路运输证", "高", "证照核发网上办理。"],
            [2, "执法队员", "查处非法营运选择性执法", "中", "执法记录仪全程记录，案件随机抽查。"],
            ["二、治超中队：中队长　蔺曜川，执法队员　訾沐禾"],
            [3, "执法队员", "称重数据人为篡改", "高", "称重数据实时上传。"],
        ]
        got = run(tmp_path / str(len(said)), rows, ["A1:E1", "A3:E3", "A6:E6"])
        assert read(got) == sorted([
            ("运政中队", "中队长", "鞠晏清", "违规核发道路运输证", "Ⅰ级"),
            ("运政中队", "执法队员", "褚予安", "查处非法营运选择性执法", "Ⅱ级"),
            ("运政中队", "执法队员", "隗书棠", "查处非法营运选择性执法", "Ⅱ级"),
            ("治超中队", "执法队员", "訾沐禾", "称重数据人为篡改", "Ⅰ级"),
        ]), said  # fmt: skip
        no_errors(got)


def test_a_group_row_naming_one_holder_reads_as_before(tmp_path):
    rows = [
        ["XX县人民医院岗位廉政风险防控清单"],
        ["序号", "岗位", "廉政风险点", "风险等级", "防控措施"],
        ["一、收费岗（责任人：柏岚汐）"],
        [1, "收费员", "收费不开票据，截留现金", "高", "每日对账，票款一致。"],
        ["二、药剂科"],
        [2, "药剂师", "药品验收以次充好", "中", "验收双人签字。"],
    ]
    got = run(tmp_path, rows, ["A1:E1", "A3:E3", "A5:E5"])
    assert read(got) == sorted([
        ("收费岗", "收费员", "柏岚汐", "收费不开票据，截留现金", "Ⅰ级"),
        ("药剂科", "药剂师", "", "药品验收以次充好", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert not {"HOLDERS_BY_GROUP_MEMBERS", "POST_NOT_ON_GROUP_ROW"} & codes(got)


def test_group_rows_over_rows_with_their_own_names_read_as_before(tmp_path):
    rows = [
        ["XX县人民医院岗位廉政风险防控清单"],
        ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
        ["一、内科"],
        [1, "科主任", "祁砚舟", "收受药品耗材供应商回扣", "高", "带量采购，处方点评。"],
        [2, "护士长", "柏岚汐", "耗材申领虚报冒领", "中", "申领双人核对。"],
        ["二、外科：科主任　宓澜舟，护士长　逯芷汀"],
        [3, "科主任", "宓澜舟", "手术排程收受红包", "高", "手术排程系统公开。"],
    ]
    got = run(tmp_path, rows, ["A1:F1", "A3:F3", "A6:F6"])
    assert [x[1:] for x in read(got)] == sorted([
        ("科主任", "祁砚舟", "收受药品耗材供应商回扣", "Ⅰ级"),
        ("护士长", "柏岚汐", "耗材申领虚报冒领", "Ⅱ级"),
        ("科主任", "宓澜舟", "手术排程收受红包", "Ⅰ级"),
    ])  # fmt: skip
    no_errors(got)
    assert not {"HOLDERS_BY_GROUP_MEMBERS", "POST_NOT_ON_GROUP_ROW"} & codes(got)


def test_a_work_team_column_led_by_the_leaders_run_is_the_rows_keshi(tmp_path):
    # '工作组 | 部门领导 | 稽查一组' (its first run the leaders, not a 组): each row's 科室, not the
    # 科 the title names; without the leaders' run such a column was read already
    rows = [
        ["XX县市场监督管理局执法稽查科岗位廉政风险点排查表"],
        ["序号", "工作组", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
        [1, "部门领导", "科长", "蔺曜川", "案件查办说情打招呼", "高", "过问干预如实登记。"],
        [2, "稽查一组", "稽查员", "訾沐禾", "检查中索要财物", "中", "双人执法，全程记录。"],
        [3, "稽查一组", "稽查员", "訾沐禾", "罚没物品私自处置", "低", "罚没物品入库登记。"],
    ]
    got = run(tmp_path, rows, ["A1:G1"])
    assert read(got) == sorted([
        ("部门领导", "科长", "蔺曜川", "案件查办说情打招呼", "Ⅰ级"),
        ("稽查一组", "稽查员", "訾沐禾", "检查中索要财物", "Ⅱ级"),
        ("稽查一组", "稽查员", "訾沐禾", "罚没物品私自处置", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)


# --- what the ninety-ninth review found

COURT = "XX县人民法院审判团队廉政风险防控清单"
COURT_HEAD = ["序号", "岗位", "廉政风险点", "风险等级", "防控措施"]


def test_what_the_ninety_ninth_review_found_one_pair_is_a_roster(tmp_path):
    # '一、办公室：主任　郑一' over rows with a 岗位 column: 郑一 is the 主任, not the 科员
    rows = [
        [COURT],
        COURT_HEAD,
        ["一、办公室：主任　郑一"],
        [1, "主任", "公文处理泄密", "高", "专人保管。"],
        [2, "科员", "公车私用", "低", "出车登记。"],
    ]
    got = run(tmp_path, rows, ["A1:E1", "A3:E3"])
    assert read(got) == sorted([
        ("办公室", "主任", "郑一", "公文处理泄密", "Ⅰ级"),
        ("办公室", "科员", "", "公车私用", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    warned = got.issues[got.issues["code"] == "POST_NOT_ON_GROUP_ROW"]
    assert list(warned["cell"]) == ["B5"], warned.to_dict("records")
    assert "HOLDERS_BY_GROUP_MEMBERS" in codes(got)


def test_what_the_ninety_ninth_review_found_no_post_matching_keeps_the_group(tmp_path):
    # no row's post on the roster: the group is still the rows' 科室, each post warned
    rows = [
        [COURT],
        COURT_HEAD,
        ["一、民事审判团队：员额法官　郁一，法官助理　钱二"],
        [1, "书记员", "庭审记录不实", "中", "录音录像。"],
        [2, "法警", "押解脱管", "低", "双人押解。"],
    ]
    got = run(tmp_path, rows, ["A1:E1", "A3:E3"])
    assert read(got) == sorted([
        ("民事审判团队", "书记员", "", "庭审记录不实", "Ⅱ级"),
        ("民事审判团队", "法警", "", "押解脱管", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    warned = got.issues[got.issues["code"] == "POST_NOT_ON_GROUP_ROW"]
    assert sorted(warned["cell"]) == ["B4", "B5"], warned.to_dict("records")


def test_what_the_ninety_ninth_review_found_a_post_the_roster_ends_with(tmp_path):
    # '法官' for the one '员额法官' of the roster, '助理' for the one '法官助理'; a group row
    # written in A only (not merged)
    rows = [
        [COURT],
        COURT_HEAD,
        ["一、民事审判团队：员额法官　郁一，法官助理　钱二"],
        [1, "法官", "违规会见当事人", "高", "会见登记。"],
        [2, "助理", "泄露审判秘密", "中", "保密承诺。"],
    ]
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("民事审判团队", "法官", "郁一", "违规会见当事人", "Ⅰ级"),
        ("民事审判团队", "助理", "钱二", "泄露审判秘密", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "POST_NOT_ON_GROUP_ROW" not in codes(got)


def test_what_the_ninety_ninth_review_found_a_post_two_roster_posts_end_with(tmp_path):
    # '科长' ending both '正科长' and '副科长': which one is not said, no holder, warned
    rows = [
        ["XX县人民医院岗位廉政风险防控清单"],
        COURT_HEAD,
        ["一、综合科：正科长　祁一，副科长　柏二"],
        [1, "科长", "公章使用不登记", "高", "用印登记。"],
        [2, "副科长", "办公用品虚报冒领", "中", "申领双人核对。"],
    ]
    got = run(tmp_path, rows, ["A1:E1", "A3:E3"])
    assert read(got) == sorted([
        ("综合科", "科长", "", "公章使用不登记", "Ⅰ级"),
        ("综合科", "副科长", "柏二", "办公用品虚报冒领", "Ⅱ级"),
    ])  # fmt: skip
    warned = got.issues[got.issues["code"] == "POST_NOT_ON_GROUP_ROW"]
    assert list(warned["cell"]) == ["B4"], warned.to_dict("records")
