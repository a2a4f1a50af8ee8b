"""Columns understood by heading, position and contents; posts without holders; table edges.

Each case is a small table written as a real .xlsx and read back as `collect_inbox` reads it.
The layouts here are not those of tests/published (which the reader was tuned on): they use
other words for the same roles, so a fix that only fits the published corpus fails here.
"""

from pathlib import Path

import pytest
from helpers import write_ods, write_workbook

from xlproc.collect import assemble, collect_inbox, discover, read_file
from xlproc.columns import heading_role, looks_like_name
from xlproc.config import load_config
from xlproc.identity import (
    caption_holder,
    caption_identity,
    dept_in_title,
    post_and_holder_in_title,
    split_dept_title,
    tier_of_post,
    unit_in_title,
)
from xlproc.issues import CATALOGUE


def run(
    tmp_path: Path,
    sheets,
    merges=None,
    headers=None,
    comments=None,
    footers=None,
    hidden=None,
    textboxes=None,
):
    """Write a workbook and collect it as ``collect_inbox`` does, the file read in this process:
    these cases are about reading tables, not about the reading workers (tests/test_isolation.py)."""
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", sheets, merges, headers, comments, footers, hidden, textboxes)
    config = load_config()
    results = (read_file(p, rel, config) for p, rel in discover([inbox]))
    return assemble(results, config, [inbox])


def issues(res, severity=None):
    df = res.issues
    if severity:
        df = df[df["severity"] == severity]
    return sorted(zip(df["code"], df["cell"], strict=True))


@pytest.mark.parametrize(
    ("heading", "role"),
    [
        ("风险点", "risk_point"),
        ("风 险\n等 级", "risk_level"),
        ("岗位风险等级", "declared_grade"),  # not the level column
        ("风险点涉及的岗位", "title"),  # the head word comes last
        ("廉政风险主要内容及表现形式", "description"),
        ("风险点表现形式", "description"),
        ("等级评定", "risk_level"),
        ("管控措施", "measures"),
        ("防控要点及防控措施", "measures"),
        ("岗位责任人", "person"),
        ("责任领导", "other"),  # a supervising leader, not the holder
        ("单位/科室", "department"),
        ("思想道德风险", None),  # a type value, not a heading
        ("常见风险", "risk_point"),
        ("易发风险", "risk_point"),
        ("所属站室", "department"),
        ("分管科室", "duty"),  # a leader oversees them; they are not his 科室
        ("调整后风险等级", "risk_level"),
        ("隐蔽风险", "risk_point"),  # some kind of risk, named: the risk text
        ("较大风险", None),  # a level, not a heading
        ("二类风险", None),
        ("风险情况描述", "description"),
        ("风险点的描述", "description"),  # not the 风险点 it starts with
        ("岗位职责描述", "duty"),
        ("风险点的评估", "risk_level"),
        ("授权依据", "other"),
    ],
)
def test_heading_words(heading, role):
    from xlproc.text import label_key

    h = heading_role(label_key(heading))
    assert (h.role if h else None) == role


@pytest.mark.parametrize(
    ("text", "yes"),
    [("张三", True), ("欧阳明华", True), ("李四、王五", True), ("科室负责人", False),
     ("公车管理", False), ("办公室", False), ("副局长", False), ("会计", False),
     ("琚星澈", True),  # (a rare surname a helper's holder heading had: the stacking lost him)
     ("管教民警", False), ("全体民警", False), ("司机", False), ("干警", False),  # (635: posts)
     ("官方兽医", False), ("邗翀甯", True), ("爨霂澍", True), ("广播站", False), ("益阳市", False),
     # three-character posts ending in 员 whose first character is a surname's (a leftover)
     ("安全员", False), ("信贷员", False), ("计量员", False), ("管护员", False), ("公证员", False),
     ("安置员", False), ("葛长春", True), ("查霁月", True),
     # days of the week, a keying column's values ('周一', '周五'), 周 a surname's character
     ("周一", False), ("周五", False), ("周末", False), ("周一鸣", True)]
)  # fmt: skip
def test_personal_names(text, yes):
    assert looks_like_name(text) is yes


@pytest.mark.parametrize(
    ("title", "dept", "tier"),
    [("科长", "", "middle"), ("副科长", "", "middle"), ("局长", "", "leader"),
     ("副局长", "", "leader"), ("主任科员", "", "general"), ("办公室主任", "", "middle"),
     ("主任", "领导班子", "leader"), ("科员", "", "general"), ("驾驶员", "", "general"),
     ("资金清算员", "", "general"), ("党委委员", "", "leader"), ("委员", "", ""),
     ("班主任", "", "general"), ("初二年级班主任", "", "general"), ("检验技师", "", "general"),
     ("电工", "", "general"), ("护士", "", "general"), ("执业兽医", "", "general"),
     ("护士长", "", "middle"), ("常务副理事长", "", "leader"), ("党工委副书记", "", "leader"),
     ("组长", "", "middle"), ("内勤", "", "general"), ("低保审核经办岗", "", "general"),
     ("综合窗口经办", "", "general"), ("科长岗", "", "middle"),
     ("总审计师", "", "leader"), ("总农艺师", "", "leader"), ("农艺师", "", "general"),
     ("现场代表", "", "general")],
)  # fmt: skip
def test_tier_from_the_post(title, dept, tier):
    assert tier_of_post(title, dept) == tier


@pytest.mark.parametrize(
    ("text", "dept", "title"),
    [("总务处总务干事", "总务处", "总务干事"), ("督查科副主任科员", "督查科", "副主任科员"),
     ("信息中心主任", "信息中心", "主任"), ("科员", "", "科员"), ("局办公室副主任", "局办公室", "副主任"),
     # a grade before the post is no 科室 (batch 858's 助理工程师, seen by its generaliser)
     ("助理工程师", "", "助理工程师"), ("高级工程师", "", "高级工程师"), ("见习科员", "", "见习科员"),
     ("技术股助理工程师", "技术股", "助理工程师")],
)  # fmt: skip
def test_department_and_post_in_one_field(text, dept, title):
    from xlproc.identity import split_dept_title

    assert split_dept_title(text) == (dept, title)


def test_level_column_found_by_its_contents(tmp_path):
    # '研判结果' is no level word: its values are, and the guess is reported once as info
    rows = [
        ["序号", "风险事项", "研判结果", "风险类型", "管控办法"],
        ["1", "资金审批不严", "高", "制度机制", "双人审核"],
        ["2", "接受宴请", "中", "思想道德", "廉洁提醒"],
        ["3", "资料归档不及时", "低", "岗位职责", "定期检查"],
    ]
    res = run(tmp_path, {"S": rows})
    assert res.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级", "Ⅲ级"]
    assert issues(res) == [("COLUMN_GUESSED", "C1")]
    assert "风险级别" in res.issues["message"][0]


def test_holder_under_a_responsibility_heading_splits_posts(tmp_path):
    rows = [
        ["附件3"],
        ["XX镇廉政风险点排查表"],
        ["填报单位:XX镇人民政府", "", "", "", "填报时间:2026年4月"],
        ["股室", "岗位", "岗位责任人", "风险事项", "风险程度", "风险类别", "管控办法"],
        ["财政所", "所长", "韩梅", "资金拨付不按程序", "一级", "制度机制", "集体研究"],
        ["", "", "", "虚报冒领补贴", "二级", "岗位职责", "公示名单"],
        ["", "会计", "卢明", "票据审核不严", "二级", "岗位职责", "交叉复核"],
        ["农业站", "站长", "钱进", "补贴对象认定不实", "一级", "思想道德", "入户核查"],
        [],
        ["填表人:", "", "审核人:", "", "年  月  日"],
    ]
    merges = {"S": ["A5:A7", "B5:B6", "C5:C6"]}
    res = run(tmp_path, {"S": rows}, merges)
    posts = res.posts[["unit", "department", "title", "person", "tier", "n_risks"]]
    assert posts.values.tolist() == [
        ["XX镇人民政府", "财政所", "所长", "韩梅", "中层岗位", 2],
        ["XX镇人民政府", "财政所", "会计", "卢明", "一般岗位", 1],
        ["XX镇人民政府", "农业站", "站长", "钱进", "中层岗位", 1],
    ]
    # no sign-off line, title, 附件 or 填报 line became a point or an issue
    assert len(res.risks) == 4
    assert issues(res, "error") == issues(res, "warning") == []


def test_posts_without_holders_never_merge_departments(tmp_path):
    rows = [
        ["部门", "风险岗位", "风险点", "风险等级", "防控措施"],
        ["办公室", "文秘", "泄露未公开文件", "低", "专人保管"],
        ["", "文秘", "会议经费超支", "中", "据实结算"],
        ["财务室", "出纳", "公款私存", "高", "日清月结"],
        ["财务室", "会计", "虚列支出", "高", "三签制度"],
    ]
    res = run(tmp_path, {"S": rows}, {"S": ["A2:A3"]})
    got = res.posts[["department", "title", "person", "n_risks"]].values.tolist()
    assert got == [["办公室", "文秘", "", 2], ["财务室", "出纳", "", 1], ["财务室", "会计", "", 1]]
    # no name asked for, none missing: 对岗不对人
    assert "FORM_NO_PERSON" not in set(res.issues["code"])
    # no type column: one info for the table, not an error per row
    assert issues(res) == [("TABLE_NO_TYPE", "A1")]


def test_short_name_is_the_point_long_text_its_description(tmp_path):
    rows = [
        ["科室", "风险名称", "具体表现", "风险级别", "风险类型", "防控措施"],
        ["采购科", "采购", "1.化整为零规避招标;\n1.1 拆分合同;\n1.2 分批采购", "Ⅰ级", "制度机制", "集中采购"],
        ["采购科", "验收", "验收走过场,以次充好,收受供应商财物", "Ⅱ级", "岗位职责", "三方验收"],
    ]  # fmt: skip
    res = run(tmp_path, {"S": rows})
    assert res.risks["risk_point"].tolist() == ["采购", "验收"]
    assert res.risks["description"][0].startswith("1.化整为零")  # sub-items stay in one point
    assert issues(res, "error") == []


def test_table_pasted_page_by_page_and_nothing_rows(tmp_path):
    head = ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"]
    rows = [
        ["XX中心岗位廉政风险防控一览表"],
        head,
        ["1", "主任", "周敏", "决策不民主", "高", "集体决策"],
        ["2", "科员", "吴昊", "无", "", ""],
        ["第1页"],
        ["XX中心岗位廉政风险防控一览表(续)"],
        head,
        ["3", "科员", "郑芳", "信息报送迟报", "低", "限时报送"],
        ["4", "", "", "暂无", "", ""],
    ]
    res = run(tmp_path, {"S": rows})
    assert res.risks["person"].tolist() == ["周敏", "郑芳"]
    assert issues(res, "warning") == issues(res, "error") == []


def test_cells_beside_a_table_are_reported_and_counted(tmp_path):
    rows = [
        ["岗位", "风险点", "风险级别", "风险类型", "防控措施"],
        ["科员", "资料审核不严", "Ⅱ级", "岗位职责", "双人审核", "", "另:窗口收费不开票据"],
    ]
    res = run(tmp_path, {"S": rows})
    assert issues(res, "warning") == [("CELL_OUTSIDE", "G2")]
    assert res.counts()["unplaced"] == 1
    assert "CELL_OUTSIDE" in CATALOGUE


def test_personal_card_with_a_post_in_its_title(tmp_path):
    rows = [
        ["交通局副局长廉政风险防控卡"],
        ["姓名", "马力", "职务", "副局长"],
        ["序号", "风险点", "星级", "防范对策"],
        ["1", "工程项目插手干预", "★★★", "公开交易"],
        ["2", "接受礼品礼金", "★", "拒收登记"],
        ["本人签名:", "", "监督电话:12388"],
    ]
    res = run(tmp_path, {"S": rows})
    (post,) = res.posts.to_dict("records")
    assert (post["person"], post["title"], post["tier"]) == ("马力", "副局长", "领导岗位")
    assert res.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅲ级"]
    assert [c for c, _ in issues(res) if c != "TABLE_NO_TYPE"] == ["GRADE_BLANK"]


def test_two_row_header_with_sub_headings(tmp_path):
    rows = [
        ["序号", "科室", "风险点", "风险", "防控措施", "", ""],
        ["", "", "", "等级", "事前", "事中", "事后"],
        ["1", "执法队", "选择性执法", "高", "随机抽查", "全程记录", "案卷评查"],
    ]
    merges = {"S": ["A1:A2", "B1:B2", "C1:C2", "E1:G1"]}
    res = run(tmp_path, {"S": rows}, merges)
    (risk,) = res.risks.to_dict("records")
    assert (risk["department"], risk["risk_level"]) == ("执法队", "Ⅰ级")
    assert risk["measures"] == "随机抽查\n全程记录\n案卷评查"
    assert issues(res, "warning") == issues(res, "error") == []


def test_two_tables_side_by_side(tmp_path):
    rows = [
        ["XX所岗位廉政风险排查表"],
        ["岗位", "风险点", "风险等级", "防控措施", "", "岗位", "风险点", "风险等级", "防控措施"],
        ["所长", "决策不民主", "高", "集体研究", "", "会计", "虚列支出", "中", "三签"],
        ["所长", "干预招标", "高", "进场交易", "", "出纳", "公款私存", "高", "日清月结"],
        ["", "", "", "", "", "出纳", "白条抵库", "中", "盘点"],
    ]
    res = run(tmp_path, {"S": rows})
    got = res.posts[["title", "n_risks"]].values.tolist()
    assert got == [["所长", 2], ["会计", 1], ["出纳", 2]]
    assert issues(res, "warning") == issues(res, "error") == []


def test_group_lines_name_posts_and_the_title_names_the_department(tmp_path):
    rows = [
        ["XX县统计局综合核算股廉政风险防控登记表"],
        ["序号", "主要职权", "风险点", "风险定级", "防控措施"],
        ["(一)股长"],
        ["1", "统计数据审核", "授意篡改统计数据", "一级风险点", "数据审核留痕,异常值复核"],
        ["(二)统计员"],
        ["2", "数据采集", "虚报瞒报调查数据", "二级风险点", "入户采集双人核对"],
        ["3", "资料保管", "泄露调查对象信息", "三级风险点", "资料专柜保管"],
        ["", "", "", "", "XX县统计局  2026年3月"],
    ]
    res = run(tmp_path, {"S": rows}, {"S": ["A3:E3", "A5:E5"]})
    got = res.posts[["department", "title", "n_risks"]].values.tolist()
    assert got == [["综合核算股", "股长", 1], ["综合核算股", "统计员", 2]]
    assert res.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级", "Ⅲ级"]
    assert issues(res, "warning") == issues(res, "error") == []


def test_a_spaced_name_under_姓名_is_the_holder(tmp_path):
    rows = [
        ["职务", "姓名", "廉政风险点", "风险等级", "防控措施"],
        ["副院长", "欧 阳 红", "药品招标中收受回扣", "高", "集中采购"],
        ["副院长", "欧 阳 红", "基建工程插手干预", "高", "公开招标"],
    ]
    res = run(tmp_path, {"S": rows})
    assert res.posts[["title", "person", "n_risks"]].values.tolist() == [["副院长", "欧阳红", 2]]


def test_the_roster_names_the_holder_of_a_post_when_only_one_holds_it(tmp_path):
    rows = [
        ["科室", "岗位", "风险点", "风险等级", "防控措施"],
        ["财务室", "出纳", "公款私存", "高", "日清月结"],
        ["财务室", "会计", "虚列支出", "中", "三签制度"],
    ]
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "XX局" / "t.xlsx", {"S": rows})
    roster = tmp_path / "roster.csv"
    roster.write_text(
        "单位,科室,姓名,职务,岗位层级\n"
        "XX局,财务室,钱多,出纳,一般岗位\nXX局,财务室,李算,会计,一般岗位\n"
        "XX局,财务室,赵记,会计,一般岗位\n",
        encoding="utf-8",
    )
    res = collect_inbox([inbox], roster_path=str(roster), jobs=1)
    # one 出纳 in the roster: named; two 会计: the post stays without a holder
    assert res.posts[["title", "person"]].values.tolist() == [["出纳", "钱多"], ["会计", ""]]
    assert res.risks["person"].tolist() == ["钱多", ""]


def test_an_example_on_an_instructions_sheet_is_not_a_form(tmp_path):
    example = [
        ["序号", "岗位", "风险点", "风险等级", "防控措施"],
        ["1", "会计", "(示例)虚列支出", "高", "三签"],
    ]
    real = [
        ["序号", "岗位", "风险点", "风险等级", "防控措施"],
        ["1", "出纳", "公款私存", "高", "日清月结"],
    ]
    res = run(tmp_path, {"填写示例": example, "登记表": real})
    assert res.risks["risk_point"].tolist() == ["公款私存"]
    assert ("SHEET_INSTRUCTIONS", "") in issues(res)


def test_a_table_printed_in_two_halves_is_joined_by_its_numbers(tmp_path):
    rows = [
        ["编号", "科室", "岗位", "风险点"],
        ["1", "审批股", "股长", "违规审批"],
        ["2", "审批股", "科员", "受理不一次告知"],
        [],
        ["(接上)"],
        ["编号", "风险级别", "风险类别", "防范措施"],
        ["2", "", "岗位职责", "一次性告知单"],
        ["1", "Ⅰ级", "制度机制", "集体审批"],
    ]
    res = run(tmp_path, {"S": rows})
    got = res.risks[["risk_point", "risk_level", "risk_type", "measures"]].values.tolist()
    assert got == [["违规审批", "Ⅰ级", "制度机制风险", "集体审批"],
                   ["受理不一次告知", "", "岗位职责风险", "一次性告知单"]]  # fmt: skip
    # the blank level is named where it is: row 7 of the lower half, column B
    assert ("LEVEL_BLANK", "B7") in issues(res) and ("TABLE_HALVES", "A6") in issues(res)


def test_a_point_held_by_two_goes_to_both_and_the_accounting_still_adds_up(tmp_path):
    rows = [
        ["事项", "风险点", "等级", "防控措施", "责任科室", "责任人"],
        ["财务报销", "凭证审核不严", "高", "双人复核", "财务股\n办公室", "黄立新\n詹可"],
        ["公文处理", "泄密", "中", "专人管理", "办公室", "詹可"],
    ]
    res = run(tmp_path, {"S": rows})
    got = res.risks[["department", "person", "risk_point"]].values.tolist()
    assert got == [["财务股", "黄立新", "凭证审核不严"], ["办公室", "詹可", "凭证审核不严"],
                   ["办公室", "詹可", "泄密"]]  # fmt: skip
    c = res.counts()
    assert c["rows_seen"] == c["risks"] + c["rows_reported"]


def test_field_labels_over_their_values_are_read_down(tmp_path):
    rows = [
        ["财政所工作人员廉政风险自查表"],
        ["姓名", "科室", "职务", "参加工作时间"],
        ["鲁文静", "预算股", "会计", "2015年3月"],
        ["序号", "风险点", "风险类别", "风险等级", "防控措施"],
        ["1", "违规审核拨付资金", "岗位职责", "高", "双人复核"],
        ["2", "泄露预算信息", "思想道德", "低", "签订保密承诺"],
    ]
    res = run(tmp_path, {"S": rows})
    (post,) = res.posts.to_dict("records")
    assert (post["person"], post["department"], post["title"]) == ("鲁文静", "预算股", "会计")
    assert not [c for c, _ in issues(res) if c == "ROW_UNPLACED"]
    # a line of pairs stays a line of pairs, even over another line of pairs
    pairs = [rows[0], ["姓名", "鲁文静", "职务", "会计"], ["科室", "预算股"], *rows[3:]]
    (post,) = run(tmp_path / "b", {"S": pairs}).posts.to_dict("records")
    assert (post["person"], post["department"], post["title"]) == ("鲁文静", "预算股", "会计")
    pairs = [rows[0], ["姓名", "鲁文静", "职务", "会计"], ["性别", "女", "民族", "汉"], *rows[3:]]
    (post,) = run(tmp_path / "c", {"S": pairs}).posts.to_dict("records")
    assert (post["person"], post["title"]) == ("鲁文静", "会计")


def test_group_lines_naming_a_post_and_its_holder(tmp_path):
    rows = [
        ["XX镇财政所重点岗位廉政风险防控表"],
        ["序号", "风险点", "风险等级", "防控措施"],
        ["(一)出纳岗 负责人:钱小红"],
        ["1", "坐收坐支现金", "高", "日清月结"],
        ["2", "白条抵库", "中", "不定期盘点"],
        ["(二)会计岗位(经办人:孙建国)"],
        ["3", "虚列支出", "高", "双人审核"],
    ]
    res = run(tmp_path, {"S": rows})
    got = res.posts[["title", "person", "n_risks"]].values.tolist()
    assert got == [["出纳岗", "钱小红", 2], ["会计", "孙建国", 1]]
    card = [["窗口受理岗(责任人:周敏)"], *rows[1:2], *rows[3:5]]
    (post,) = run(tmp_path / "card", {"S": card}).posts.to_dict("records")
    assert (post["title"], post["person"]) == ("窗口受理岗", "周敏")


def test_sub_headings_under_a_merged_heading_name_their_own_roles(tmp_path):
    rows = [
        ["序号", "科室", "风险点", "等级", "防控措施", "", "责任人", ""],
        ["", "", "", "", "制度措施", "监督措施", "主体责任人", "监督责任人"],
        [
            "1",
            "资产科",
            "公物处置价格偏低",
            "高",
            "评估后公开拍卖",
            "纪检全程监督",
            "丁海涛",
            "范立",
        ],
        ["2", "资产科", "出租房屋不招租", "中", "公开招租", "年度审计", "丁海涛", "范立"],
    ]
    merges = {"S": ["E1:F1", "G1:H1", "A1:A2", "B1:B2", "C1:C2", "D1:D2"]}
    res = run(tmp_path, {"S": rows}, merges)
    assert res.posts[["department", "person", "n_risks"]].values.tolist() == [
        ["资产科", "丁海涛", 2]
    ]
    assert res.risks["measures"].tolist() == ["评估后公开拍卖\n纪检全程监督", "公开招租\n年度审计"]


def test_type_marks_under_type_sub_headings(tmp_path):
    rows = [
        ["编号", "风险点", "风险类别", "", "", "级别", "对策"],
        ["", "", "思想道德风险", "制度机制风险", "岗位职责风险", "", ""],
        ["1", "收受服务对象礼品", "●", "", "●", "Ⅱ级", "拒收登记"],
        ["2", "审批程序不完善", "", "●", "", "Ⅰ级", "完善流程"],
    ]
    merges = {"S": ["C1:E1", "A1:A2", "B1:B2", "F1:F2", "G1:G2"]}
    res = run(tmp_path, {"S": rows}, merges)
    assert res.risks["risk_type"].tolist() == ["思想道德风险;岗位职责风险", "制度机制风险"]
    assert not [c for c, _ in issues(res) if c.startswith("TYPE_")]


@pytest.mark.parametrize(
    "line",
    [
        ["所在科室(盖章):", "", "科室负责人:", "", "报送日期:"],
        ["姓名(签字):", "", "", "年    月    日"],
    ],
)
def test_blank_sign_off_lines_under_a_table_are_no_rows(tmp_path, line):
    rows = [
        ["姓名", "钟伟", "职务", "出纳"],
        ["序号", "风险点", "风险类型", "风险等级", "防控措施"],
        ["1", "公款私存", "岗位职责", "高", "账户统一管理"],
        [],
        line,
    ]
    res = run(tmp_path, {"S": rows})
    assert res.risks["risk_point"].tolist() == ["公款私存"]
    assert not [c for c, _ in issues(res) if c in ("ROW_UNPLACED", "CELL_OUTSIDE")]


def test_of_two_post_columns_the_finer_names_the_post(tmp_path):
    rows = [
        ["岗位类型", "岗位名称", "姓名", "风险点", "风险等级", "防控措施"],
        ["窗口服务类", "综合受理员", "邱敏", "受理时吃拿卡要", "中", "一次告知"],
        ["", "收费员", "田野", "收费不开票", "高", "票款核对"],
        ["监管执法类", "执法队员", "郑强", "选择性执法", "高", "执法记录仪"],
        ["", "执法队长", "冯涛", "降低处罚标准", "高", "集体审议"],
    ]
    res = run(tmp_path, {"S": rows}, {"S": ["A2:A3", "A4:A5"]})
    assert res.posts["title"].tolist() == ["综合受理员", "收费员", "执法队员", "执法队长"]
    assert ("COLUMN_GUESSED", "A1") in issues(res, "info")


def test_a_level_or_type_merged_down_belongs_to_each_point(tmp_path):
    rows = [
        ["序号", "风险点", "风险类别", "风险级别", "防控措施"],
        ["1", "违规发放补贴", "岗位职责", "Ⅰ级", "公示发放名单"],
        ["2", "虚报冒领补贴", "", "", "入户核查"],
        ["3", "接受吃请", "思想道德", "Ⅲ级", "廉政教育"],
    ]
    res = run(tmp_path, {"S": rows}, {"S": ["C2:C3", "D2:D3"]})
    got = res.risks[["risk_point", "risk_type", "risk_level"]].values.tolist()
    assert got == [["违规发放补贴", "岗位职责风险", "Ⅰ级"], ["虚报冒领补贴", "岗位职责风险", "Ⅰ级"],
                   ["接受吃请", "思想道德风险", "Ⅲ级"]]  # fmt: skip
    assert not [c for c, _ in issues(res) if c.startswith(("LEVEL_", "TYPE_"))]


def test_a_form_continued_on_the_next_sheet_is_one_form(tmp_path):
    head = ["序号", "风险点", "风险类型", "风险等级", "防控措施"]
    first = [["岗位廉政风险防控卡"], ["姓名", "邵佳", "职务", "出纳"], head,
             ["1", "挪用公款", "岗位职责", "高", "日清月结"]]  # fmt: skip
    rest = [["岗位廉政风险防控卡(续)"], head, ["2", "私设小金库", "制度机制", "", "定期审计"]]
    res = run(tmp_path, {"卡片": first, "Sheet2": rest})
    (post,) = res.posts.to_dict("records")
    assert (post["person"], post["n_risks"]) == ("邵佳", 2)
    assert res.risks["source_sheet"].tolist() == ["卡片", "Sheet2"]
    assert ("LEVEL_BLANK", "D3") in issues(res) and ("FORM_CONTINUED", "") in issues(res, "info")
    level = res.issues[res.issues["code"] == "LEVEL_BLANK"]
    assert level["source_sheet"].tolist() == ["Sheet2"]
    # the archive keeps the order read; a link on the 续表 is reported where it is
    from xlproc.archive import sorted_frames

    late = [*rest[:2], ["3", "私设小金库", "制度机制", "高", "见 http://x.cn/a"]]
    res = run(
        tmp_path / "c", {"卡片": first, "Sheet2": [*late, ["4", "乙", "制度机制", "高", "审计"]]}
    )
    assert sorted_frames(res)[0]["source_sheet"].tolist() == ["卡片", "Sheet2", "Sheet2"]
    link = res.issues[res.issues["code"] == "TEXT_FORMULA_LIKE"]
    assert link[["source_sheet", "cell"]].values.tolist() == [["Sheet2", "E3"]]
    # a second sheet that names its own holder is a form of its own
    other = [["岗位廉政风险防控卡(续)"], ["姓名", "汪洋", "职务", "会计"], *rest[1:]]
    res = run(tmp_path / "b", {"卡片": first, "Sheet2": other})
    assert res.posts["person"].tolist() == ["邵佳", "汪洋"]


def test_a_three_row_header_and_leaders_who_watch_the_posts(tmp_path):
    rows = [
        ["编号", "股室", "岗位名称", "风险辨识", "", "风险评价", "", "", "防控", ""],
        ["", "", "", "风险事项", "具体表现", "评分", "", "风险等级", "防范措施", "分管领导"],
        ["", "", "", "", "", "可能性", "后果", "", "", ""],
        [
            "1",
            "征收股",
            "股长",
            "补偿标准执行",
            "擅自提高补偿标准",
            "4",
            "5",
            "一级",
            "集体审定",
            "秦刚",
        ],
        ["2", "", "征收专干", "入户丈量", "丈量数据不实", "3", "4", "二级", "双人丈量", "秦刚"],
        ["3", "财务股", "出纳", "资金支付", "超范围支付", "2", "4", "三级", "双签制度", "黎明"],
    ]
    merges = ["A1:A3", "B1:B3", "C1:C3", "D1:E1", "F1:H1", "I1:J1", "D2:D3", "E2:E3",
              "F2:G2", "H2:H3", "I2:I3", "J2:J3", "B4:B5"]  # fmt: skip
    res = run(tmp_path, {"S": rows}, {"S": merges})
    got = res.posts[["department", "title", "person", "n_risks"]].values.tolist()
    assert got == [
        ["征收股", "股长", "", 1],
        ["征收股", "征收专干", "", 1],
        ["财务股", "出纳", "", 1],
    ]
    assert res.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级", "Ⅲ级"]
    assert res.risks["description"].tolist() == ["擅自提高补偿标准", "丈量数据不实", "超范围支付"]
    assert not [c for c, _ in issues(res) if c in ("CELL_OUTSIDE", "ROW_UNPLACED")]


def test_a_table_laid_on_its_side_gives_a_point_per_column(tmp_path):
    rows = [
        ["XX局行政处罚权力运行廉政风险图"],
        ["实施科室:法制股"],
        ["业务环节", "立案", "调查", "决定"],
        ["风险点描述", "该立不立", "取证不全", "畸轻畸重"],
        ["风险级别", "二级", "一级", "一级"],
        ["防范措施", "立案登记", "两人取证", "集体讨论"],
        ["责任人", "承办人", "承办人", "股长"],
    ]
    res = run(tmp_path, {"S": rows})
    got = res.risks[
        ["department", "workflow", "risk_point", "risk_level", "measures"]
    ].values.tolist()
    assert got == [["法制股", "立案", "该立不立", "Ⅱ级", "立案登记"],
                   ["法制股", "调查", "取证不全", "Ⅰ级", "两人取证"],
                   ["法制股", "决定", "畸轻畸重", "Ⅰ级", "集体讨论"]]  # fmt: skip
    assert res.posts["person"].tolist() == [""]  # 承办人 is a role, not a name
    c = res.counts()
    assert c["rows_seen"] == c["risks"] + c["rows_reported"]


def test_a_totals_row_is_no_point_and_colour_levels_are_reported_as_written(tmp_path):
    rows = [
        ["序号", "岗位", "可能存在的风险", "预警级别", "防控措施"],
        ["1", "出纳", "现金坐支", "橙", "日清月结"],
        ["2", "会计", "虚假报销", "Ⅰ级", "票据审核"],
        ["总计", "", "2个风险点", "Ⅰ级1个", ""],
    ]
    res = run(tmp_path, {"S": rows})
    assert res.risks["risk_point"].tolist() == ["现金坐支", "虚假报销"]
    unknown = res.issues[res.issues["code"] == "LEVEL_UNKNOWN"]
    assert unknown["cell"].tolist() == ["D2"] and "“橙”" in unknown["message"].iloc[0]
    assert not [c for c, _ in issues(res) if c in ("ROW_UNPLACED", "POINT_BLANK")]


def test_review_cases_of_merges_marks_leaders_and_continued_sheets(tmp_path):
    # a text merged across the row fills no level, type or measures
    rows = [
        ["序号", "风险点", "风险类型", "风险等级", "防控措施"],
        ["1", "来文办理不及时", "", "", ""],
    ]
    res = run(tmp_path / "a", {"S": rows}, {"S": ["B2:E2"]})
    assert {"LEVEL_BLANK", "TYPE_BLANK", "MEASURES_BLANK"} <= {c for c, _ in issues(res)}
    # a cross says no
    rows = [["序号", "风险点", "风险类型", "", "", "等级", "措施"],
            ["", "", "思想道德", "制度机制", "岗位职责", "", ""],
            ["1", "吃拿卡要", "√", "×", "否", "高", "教育"]]  # fmt: skip
    res = run(tmp_path / "b", {"S": rows}, {"S": ["C1:E1", "A1:A2", "B1:B2", "F1:F2", "G1:G2"]})
    assert res.risks["risk_type"].tolist() == ["思想道德风险"]
    # one leader per leader post holds it
    rows = [["岗位", "责任领导", "风险点", "风险等级", "防控措施"],
            ["局长", "张三", "违规决策", "高", "集体研究"], ["副局长", "李四", "插手工程", "高", "回避"]]  # fmt: skip
    assert run(tmp_path / "c", {"S": rows}).posts["person"].tolist() == ["张三", "李四"]
    # a continued sheet joins the form just before it, also after a sheet of two forms
    head = ["序号", "风险点", "风险类型", "风险等级", "防控措施"]
    zhang = [["姓名", "张三"], head, ["1", "甲", "岗位职责", "高", "措施"]]
    page2 = [["(续表)"], head, ["2", "乙", "岗位职责", "高", "措施"], [],
             ["姓名", "李四"], head, ["1", "丙", "岗位职责", "中", "措施"]]  # fmt: skip
    page3 = [["(续表)"], head, ["2", "丁", "岗位职责", "低", "措施"]]
    res = run(tmp_path / "d", {"表": zhang, "第2页": page2, "第3页": page3})
    got = res.risks[["person", "risk_point"]].values.tolist()
    assert sorted(got) == [["张三", "乙"], ["张三", "甲"], ["李四", "丁"], ["李四", "丙"]]


def test_sheets_on_their_side_that_are_no_tables_of_points(tmp_path):
    form = [
        ["序号", "风险点", "风险类型", "风险等级", "防控措施"],
        ["1", "挪用公款", "岗位职责", "高", "日清月结"],
    ]
    counts = [["风险点统计"], ["风险等级", "一级", "二级", "三级"], ["风险点数量", "5", "10", "20"]]
    legend = [["风险等级", "一级", "二级", "三级"],
              ["风险描述", "可能造成严重后果", "可能造成较大影响", "影响较小"],
              ["防控措施", "单位主要领导负责", "分管领导负责", "科室负责"]]  # fmt: skip
    res = run(tmp_path, {"表": form, "汇总": counts, "等级划分": legend})
    assert res.risks["risk_point"].tolist() == ["挪用公款"]
    # a 岗位 row gives each column its post
    posts = [["实施科室:财务科"], ["岗位", "出纳岗", "会计岗", "采购岗"],
             ["风险点", "挪用现金", "做假账目", "虚高采购"], ["风险等级", "一级", "二级", "三级"],
             ["防控措施", "日清月结", "复核", "比价"]]  # fmt: skip
    res = run(tmp_path / "b", {"S": posts})
    assert res.posts[["department", "title", "n_risks"]].values.tolist() == [
        ["财务科", "出纳岗", 1], ["财务科", "会计岗", 1], ["财务科", "采购岗", 1]]  # fmt: skip


def test_level_ticks_in_a_three_row_header(tmp_path):
    rows = [
        ["序号", "科室", "岗位", "风险识别", "", "风险评估", "", "", "防控措施"],
        ["", "", "", "风险点", "风险类型", "风险等级", "", "", ""],
        ["", "", "", "", "", "一级", "二级", "三级", ""],
        ["1", "财务科", "出纳", "挪用现金", "岗位职责", "√", "", "", "日清月结"],
        ["2", "财务科", "会计", "做假账", "岗位职责", "", "√", "", "复核"],
    ]
    merges = ["A1:A3", "B1:B3", "C1:C3", "D1:E1", "F1:H1", "I1:I3", "D2:D3", "E2:E3", "F2:H2"]
    res = run(tmp_path, {"S": rows}, {"S": merges})
    assert res.risks[["title", "risk_level"]].values.tolist() == [["出纳", "Ⅰ级"], ["会计", "Ⅱ级"]]
    assert not [c for c, _ in issues(res) if c.startswith("LEVEL_")]


def test_a_row_naming_a_post_heads_its_points_below(tmp_path):
    rows = [
        ["编号", "科室", "岗位", "姓名", "主要职责", "风险点", "等级", "措施"],
        ["一", "财务股", "会计", "卢敏", "记账核算", "", "", ""],
        ["(1)", "", "", "", "", "虚列支出", "高", "双审"],
        ["(2)", "", "", "", "", "账外设账", "高", "审计"],
        ["二", "审批股", "股长", "石磊", "", "", "", ""],
        ["二", "审批股", "科员", "任静", "", "", "", ""],
        ["(1)", "", "", "", "", "刁难群众", "中", "公开"],
    ]
    res = run(tmp_path, {"S": rows})
    got = res.risks[["person", "duty", "risk_point"]].values.tolist()
    assert got == [["卢敏", "记账核算", "虚列支出"], ["卢敏", "记账核算", "账外设账"],
                   ["任静", "", "刁难群众"]]  # fmt: skip
    # 石磊's row names a post but no point follows it: still a point left blank
    assert [c for c, _ in issues(res) if c == "POINT_BLANK"] == ["POINT_BLANK"]


def test_a_table_of_three_level_words_reads_them_in_their_scale(tmp_path):
    rows = [
        ["序号", "风险点", "风险类型", "风险程度", "防控措施"],
        ["1", "违规审批", "岗位职责", "较大", "集体审批"],
        ["2", "泄露信息", "思想道德", "一般", "保密承诺"],
        ["3", "迟办拖办", "制度机制", "较小", "限时办结"],
    ]
    res = run(tmp_path, {"S": rows})
    assert res.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级", "Ⅲ级"]
    assert ("LEVEL_SCALE", "D1") in issues(res, "info")
    # two of the three words: the vocabulary reads them, word by word
    res = run(tmp_path / "b", {"S": rows[:3]})
    assert res.risks["risk_level"].tolist() == ["Ⅱ级", "Ⅲ级"]


def test_a_sheet_named_for_its_department(tmp_path):
    card = [["XX县医疗保障局中层干部廉政风险防控表"], ["姓名", "武平", "职务", "股长"],
            ["序号", "风险点", "风险类型", "风险等级", "防控措施"], ["1", "违规结算", "岗位职责", "高", "复核"]]  # fmt: skip
    res = run(
        tmp_path,
        {"基金监管股": card, "Sheet2": [card[0], ["姓名", "夏琳", "职务", "科员"], *card[2:]]},
    )
    assert res.posts[["person", "department"]].values.tolist() == [
        ["武平", "基金监管股"],
        ["夏琳", ""],
    ]


def test_a_two_row_header_without_merges(tmp_path):
    rows = [
        ["编号", "岗位", "廉政", "", "防范对策"],
        ["", "", "风险点", "级别", ""],
        ["1", "会计", "账外设账", "高", "审计"],
        ["2", "出纳", "公款私存", "中", "对账"],
    ]
    res = run(tmp_path, {"S": rows})
    got = res.risks[["title", "risk_point", "risk_level"]].values.tolist()
    assert got == [["会计", "账外设账", "Ⅰ级"], ["出纳", "公款私存", "Ⅱ级"]]


def test_department_and_post_in_other_places(tmp_path):
    rows = [
        ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
        ["1", "药剂科－采购员", "包磊", "收受回扣", "高", "集中采购"],
        ["2", "检验科-主任", "程洁", "试剂采购倾向", "中", "集体论证"],
    ]
    res = run(tmp_path, {"S": rows})
    got = res.posts[["department", "title", "person"]].values.tolist()
    assert got == [["药剂科", "采购员", "包磊"], ["检验科", "主任", "程洁"]]
    # a leader's 分管科室 are his duties, not his 科室
    rows = [["姓名", "祁峰", "职务", "副局长"],
            ["分管科室", "风险点", "风险等级", "防控措施"],
            ["计财股、基建股", "工程发包干预", "高", "集体决策"], ["", "资金拨付优亲", "中", "公开"]]  # fmt: skip
    (post,) = run(tmp_path / "b", {"S": rows}, {"S": ["A3:A4"]}).posts.to_dict("records")
    assert (post["person"], post["department"], post["n_risks"]) == ("祁峰", "领导班子", 2)


def test_post_with_its_holder_in_brackets_and_the_current_of_two_levels(tmp_path):
    rows = [
        ["序号", "岗位(责任人)", "风险点", "上年风险等级", "本年风险等级", "防控措施"],
        ["1", "社保专干(梁晨)", "虚报参保人员", "二级", "一级", "入户核实"],
        ["2", "计生专干（ 马莉 ）", "违规发放奖扶", "三级", "三级", "公示"],
    ]
    res = run(tmp_path, {"S": rows})
    got = res.risks[["title", "person", "risk_level"]].values.tolist()
    assert got == [["社保专干", "梁晨", "Ⅰ级"], ["计生专干", "马莉", "Ⅲ级"]]


def test_a_duty_reading_like_a_type_stays_a_duty_beside_the_type_column(tmp_path):
    rows = [
        ["分管工作", "风险点", "风险类型", "风险等级", "防控措施"],
        ["岗位", "干预审批", "岗位职责", "Ⅰ级", "回避"],
    ]
    res = run(tmp_path, {"S": rows})
    assert res.risks[["duty", "risk_type"]].values.tolist() == [["岗位", "岗位职责风险"]]
    assert not [c for c, _ in issues(res) if c == "COLUMN_GUESSED"]


def test_ditto_cells_repeat_the_row_above(tmp_path):
    rows = [
        ["序号", "班组", "岗位", "姓名", "可能产生的风险", "风险等级", "防范办法"],
        ["1", "治安组", "组长", "米勇", "违规办理户口", "高", "双人审核"],
        ["2", "同上", "同上", "同上", "泄露案情", "〃", "保密承诺"],
        ["3", "同上", "民警", "罗佳", "收受礼品", "中", "同上"],
    ]
    res = run(tmp_path, {"S": rows})
    got = res.risks[["department", "title", "person", "risk_level", "measures"]].values.tolist()
    assert got == [["治安组", "组长", "米勇", "Ⅰ级", "双人审核"], ["治安组", "组长", "米勇", "Ⅰ级", "保密承诺"],
                   ["治安组", "民警", "罗佳", "Ⅱ级", "保密承诺"]]  # fmt: skip


def test_points_across_one_row(tmp_path):
    rows = [
        ["科室", "岗位", "责任人", "主要风险一", "等级", "主要风险二", "等级", "防范措施"],
        ["办公室", "主任", "龚平", "公车私用", "中", "超标接待", "高", "台账管理"],
        ["财务科", "会计", "邹静", "虚列支出", "高", "", "", "双审"],
    ]
    res = run(tmp_path, {"S": rows})
    got = res.risks[["person", "risk_point", "risk_level", "measures"]].values.tolist()
    assert got == [["龚平", "公车私用", "Ⅱ级", "台账管理"], ["龚平", "超标接待", "Ⅰ级", "台账管理"],
                   ["邹静", "虚列支出", "Ⅰ级", "双审"]]  # fmt: skip
    assert not [c for c, _ in issues(res) if c in ("COLUMN_GUESSED", "POINT_BLANK", "CELL_OUTSIDE")]


def test_a_card_with_blank_signatures_and_its_unit_under_it(tmp_path):
    rows = [
        ["所在单位:城南市场监管所　姓名:龙涛　职务:副所长"],
        ["序号", "易发风险", "风险定级", "控制措施"],
        ["1", "检查走过场", "中风险", "双随机"],
        [],
        ["持卡人:", "", "监督人:"],
        ["XX县市场监督管理局"],
    ]
    res = run(tmp_path, {"S": rows}, {"S": ["A1:D1"]})
    (post,) = res.posts.to_dict("records")
    assert (post["person"], post["department"]) == ("龙涛", "城南市场监管所")  # not 场监管所
    assert not [c for c, _ in issues(res) if c in ("ROW_UNPLACED", "CELL_OUTSIDE")]
    # without a unit field, the line under the form names the unit
    rows[0] = ["姓名:龙涛　职务:副所长"]
    (post,) = run(tmp_path / "b", {"S": rows}, {"S": ["A1:D1"]}).posts.to_dict("records")
    assert post["unit"] == "XX县市场监督管理局"


def test_a_risk_column_headed_by_an_unlisted_kind_of_risk(tmp_path):
    rows = [
        ["科室", "岗位", "多发风险", "风险等级", "防范措施"],
        ["征收科", "科员", "催缴不力", "中", "台账"],
    ]
    res = run(tmp_path, {"S": rows})
    assert res.risks[["department", "risk_point", "risk_level"]].values.tolist() == [
        ["征收科", "催缴不力", "Ⅱ级"]
    ]


def test_a_risk_column_under_a_heading_no_list_knows(tmp_path):
    """The only unnamed column of sentences left of the measures is the point, reported."""
    rows = [
        ["XX镇便民服务中心岗位廉政风险登记"],
        ["编号", "站所", "岗位", "在岗人员", "需警惕的情形", "程度", "防范办法", "备注"],
        [1, "农经站", "站长", "柯文斌", "村级账目代理中违规列支", "高", "账目每季公开", ""],
        [2, "农经站", "站长", "柯文斌", "土地流转合同审核走过场", "中", "合同双人审核", ""],
        [3, "计生办", "专干", "温秀梅", "奖扶对象资格把关不严", "低", "名单张榜公示", "新增"],
    ]
    res = run(tmp_path, {"S": rows})
    got = res.risks[["person", "risk_point", "risk_level", "measures"]].values.tolist()
    assert got == [
        ["柯文斌", "村级账目代理中违规列支", "Ⅰ级", "账目每季公开"],
        ["柯文斌", "土地流转合同审核走过场", "Ⅱ级", "合同双人审核"],
        ["温秀梅", "奖扶对象资格把关不严", "Ⅲ级", "名单张榜公示"],
    ]
    assert ("COLUMN_GUESSED", "E2") in issues(res, "info")
    assert not [c for c, _ in issues(res) if c in ("ROW_UNPLACED", "CELL_OUTSIDE", "FILE_NO_FORM")]
    # a sheet of names and phone numbers under known headings is no table of risks
    roster = [
        ["序号", "科室", "姓名", "职务", "联系电话"],
        [1, "农经站", "柯文斌", "站长", "5551234"],
    ]
    assert run(tmp_path / "b", {"S": roster}).risks.empty


def test_a_named_risk_column_among_mostly_unknown_headings(tmp_path):
    rows = [
        ["序", "所在片区", "承担岗位", "联络员", "风险点", "层级", "风险等级", "整治方法", "周期"],
        [1, "东片", "网格长", "宋佳", "走访台账造假", "执行", "中", "随机回访", "每月"],
        [2, "东片", "网格长", "宋佳", "代领补助", "执行", "高", "发放签收", "每月"],
    ]
    res = run(tmp_path, {"S": rows})
    assert res.risks[["risk_point", "risk_level"]].values.tolist() == [
        ["走访台账造假", "Ⅱ级"], ["代领补助", "Ⅰ级"]
    ]  # fmt: skip


def test_an_unknown_heading_over_keshi_names_is_the_department(tmp_path):
    rows = [
        ["序号", "归口单元", "岗位", "风险点", "风险等级", "防控措施"],
        [1, "规划股", "股长", "违规调整容积率", "高", "集体审议"],
        [2, "审批股", "股员", "受理超时", "低", "限时办结"],
    ]
    res = run(tmp_path, {"S": rows})
    assert res.posts[["department", "title"]].values.tolist() == [
        ["规划股", "股长"],
        ["审批股", "股员"],
    ]
    assert ("COLUMN_GUESSED", "B1") in issues(res, "info")


def test_a_pledge_written_across_the_form_is_no_point(tmp_path):
    rows = [
        ["姓名", "于海", "职务", "站长"],
        ["序号", "风险点", "等级", "防范措施"],
        [1, "检疫出证不到场", "高", "出证全程录像"],
        [2, "收费不开票", "中", "票据统一管理"],
        [
            "个人表态",
            "我将严格对照上述风险点逐项落实防范措施,主动接受监督,如有违反愿承担责任。",
            "",
            "",
        ],
        ["表态人:", "", "日期:", ""],
    ]
    res = run(tmp_path, {"S": rows}, {"S": ["B5:D5"]})
    assert res.risks["risk_point"].tolist() == ["检疫出证不到场", "收费不开票"]
    assert not [c for c, _ in issues(res) if c in ("LEVEL_BLANK", "MEASURES_BLANK", "ROW_UNPLACED")]


def test_a_post_column_beside_a_finer_grained_category_column(tmp_path):
    """Each category has one post here: the category column has more values, yet the column
    headed as a category is not the post."""
    rows = [
        ["序号", "岗位分类", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
        [1, "审批类", "许可科", "科员", "卫东", "超时审批", "中", "限时办结"],
        [2, "执法类", "执法队", "队员", "孔亮", "随意处罚", "高", "裁量基准"],
        [3, "财务类", "财务科", "科员", "沈红", "虚列支出", "低", "双人复核"],
    ]
    res = run(tmp_path, {"S": rows})
    assert res.posts[["department", "title"]].values.tolist() == [
        ["许可科", "科员"], ["执法队", "队员"], ["财务科", "科员"]
    ]  # fmt: skip


def test_a_heading_merged_over_one_empty_column_keeps_the_first_row_as_data(tmp_path):
    rows = [
        ["姓名", "程斌", "岗位", "库管员", "部门", "后勤科"],
        ["序号", "风险点", "具体表现", "风险等级", "对策", ""],
        [1, "物资验收", "验收走过场", "低", "双人验收", ""],  # every cell short: still data
        [2, "账目管理", "白条入账", "高", "每月对账", ""],
    ]
    res = run(tmp_path, {"S": rows}, {"S": ["E2:F2", "E3:F3", "E4:F4"]})
    assert res.risks["risk_point"].tolist() == ["物资验收", "账目管理"]


def test_two_words_of_a_scale_with_a_legend_naming_all_three(tmp_path):
    rows = [
        ["岗位", "姓名", "风险点", "风险等级", "防控措施"],
        ["所长", "舒文", "违规发证", "较高", "发证公示"],
        ["", "", "私收费用", "一般", "票据管理"],
        ["说明:风险等级分为较高、一般、较低三档。"],
    ]
    res = run(tmp_path, {"S": rows})
    assert res.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级"]  # not 较高 = Ⅱ级 of the word list
    assert ("LEVEL_SCALE", "D1") in issues(res, "info")
    del rows[3]  # without the legend two words prove no scale: the word list decides
    assert run(tmp_path / "b", {"S": rows}).risks["risk_level"].tolist() == ["Ⅱ级", "Ⅲ级"]


@pytest.mark.parametrize(
    ("title", "dept"),
    [("XX县实验中学教务处岗位廉政风险排查表", "教务处"), ("XX镇中心小学廉政风险点一览表", "")],
)
def test_a_school_in_the_title_is_the_unit_not_the_keshi(title, dept):
    from xlproc.identity import dept_in_title

    assert dept_in_title(title) == dept


def test_the_responsible_keshi_and_post_under_a_two_row_heading(tmp_path):
    """Of two 科室 columns the one headed as responsible is the post's; a holder heading over
    single post names (one a row, varying) names the post; a numbered line heads a part."""
    rows = [
        ["业务环节", "配合", "", "风险点", "防控措施", "责任分工", ""],
        ["", "科室", "人员", "", "", "科室", "人员"],
        ["计量支付", "监理站", "监理员", "超量计量", "三方会签", "建管科", "计量审核岗"],
        ["变更审查", "设计室", "设计员", "虚增变更", "集体审查", "建管科", "科长"],
        ["(二)质量监督"],
        ["抽检", "质检站", "检测员", "抽检走过场", "随机抽检", "质监站", "检测管理岗"],
    ]
    merges = ["B1:C1", "F1:G1", "A1:A2", "D1:D2", "E1:E2"]
    res = run(tmp_path, {"S": rows}, {"S": merges})
    got = res.risks[["department", "title", "risk_point", "section"]].values.tolist()
    assert got == [
        ["建管科", "计量审核岗", "超量计量", ""],
        ["建管科", "科长", "虚增变更", ""],
        ["质监站", "检测管理岗", "抽检走过场", "质量监督"],
    ]
    assert not [c for c, _ in issues(res) if c in ("POINT_BLANK", "ROW_UNPLACED")]


def test_several_posts_a_cell_under_a_holder_heading_are_no_post(tmp_path):
    rows = [
        ["序号", "事项", "风险点", "风险等级", "防范措施", "责任人"],
        [1, "低保评议", "优亲厚友", "高", "张榜公示", "村支书、村主任"],
        [2, "集体资产", "低价发包", "中", "公开竞价", "村主任、报账员"],
        [3, "工程建设", "虚报工程量", "低", "两委审议", "村支书、监委会主任"],
    ]
    res = run(tmp_path, {"S": rows})
    assert res.posts["title"].tolist() == [""]  # one form for the village, no post


def test_the_column_headed_risk_point_beats_a_matter_beside_it(tmp_path):
    rows = [
        ["股室", "岗位", "风险事项", "风险点", "等级", "措施"],
        ["征管股", "股长", "核定定额", "违规调低定额,收受好处", "高", "集体核定"],
        ["征管股", "股长", "发票发放", "超量发放发票", "低", "系统控量"],
    ]
    res = run(tmp_path, {"S": rows})
    assert res.risks[["risk_point", "duty"]].values.tolist() == [
        ["违规调低定额,收受好处", "核定定额"], ["超量发放发票", "发票发放"]
    ]  # fmt: skip


def test_the_settled_level_beats_the_self_assessed_one(tmp_path):
    rows = [
        ["岗位", "姓名", "风险点", "风险等级", "", "防控措施"],
        ["", "", "", "初评", "核定", ""],
        ["站长", "苗青", "违规减免费用", "低", "高", "减免集体研究"],
        ["站长", "苗青", "私设账外账", "中", "中", "每月对账"],
    ]
    merges = ["D1:E1", "A1:A2", "B1:B2", "C1:C2", "F1:F2"]
    res = run(tmp_path, {"S": rows}, {"S": merges})
    assert res.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级"]
    assert "\n" not in "".join(res.risks["raw_risk_level"])  # one reading, not both joined


def test_a_vacant_post_has_no_holder_and_a_window_is_its_keshi(tmp_path):
    rows = [
        ["序号", "窗口", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
        [1, "社保登记窗口", "受理员", "(暂缺)", "违规代办", "中", "首问负责"],
        [2, "公积金窗口", "审核员", "庞雪", "放宽提取条件", "高", "双人审核"],
    ]
    res = run(tmp_path, {"S": rows})
    assert res.posts[["department", "title", "person"]].values.tolist() == [
        ["社保登记窗口", "受理员", ""], ["公积金窗口", "审核员", "庞雪"]
    ]  # fmt: skip


def test_a_post_and_its_duties_in_one_cell(tmp_path):
    rows = [
        ["XX市住房公积金管理中心岗位廉政风险防控表"],
        ["序号", "岗位及主要职责", "风险点", "风险等级", "防控措施"],
        [1, "稽核岗\n负责贷款发放前的资料稽核和贷后抽查工作。", "稽核走过场", "中", "交叉稽核"],
        [2, "", "泄露借款人信息", "低", "权限管理"],
    ]
    res = run(tmp_path, {"S": rows}, {"S": ["B3:B4"]})
    (post,) = res.posts.to_dict("records")
    assert (post["unit"], post["department"], post["title"]) == (
        "XX市住房公积金管理中心", "", "稽核岗"
    )  # fmt: skip
    assert res.risks["duty"].tolist() == ["负责贷款发放前的资料稽核和贷后抽查工作。"] * 2


def test_a_sheet_of_rows_without_a_header_goes_on_with_the_table_before(tmp_path):
    first = [
        ["XX镇党政办岗位风险排查表"],
        ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
        [1, "党政办", "主任", "龚蓉", "公车私用", "中", "派车登记"],
        [2, "党政办", "文书", "蔡勇", "印章滥用", "高", "用印审批"],
    ]
    second = [
        [3, "", "", "", "档案外借不登记", "低", "借阅登记"],  # still 蔡勇's
        [4, "财政所", "会计", "戴宁", "虚开票据", "高", "票据核销"],
        [],
        ["填报单位(盖章):XX镇人民政府", "", "", "", "负责人(签字):", "", ""],
    ]
    res = run(tmp_path, {"第1页": first, "第2页": second})
    got = res.risks[["person", "risk_point", "source_sheet"]].values.tolist()
    assert got == [
        ["龚蓉", "公车私用", "第1页"], ["蔡勇", "印章滥用", "第1页"], ["蔡勇", "档案外借不登记", "第2页"],
        ["戴宁", "虚开票据", "第2页"],
    ]  # fmt: skip
    assert not [c for c, _ in issues(res) if c in ("ROW_UNPLACED", "FILE_NO_FORM", "POINT_BLANK")]
    # a second sheet of something else (a roster) is not taken for the table's rows
    roster = [
        [1, "龚蓉", "女", "党政办", "13800000000"],
        [2, "蔡勇", "男", "党政办", "13900000000"],
    ]
    res = run(tmp_path / "b", {"第1页": first, "名单": roster})
    assert len(res.risks) == 2


@pytest.mark.parametrize(
    ("title", "unit"),
    [
        ("XX县林业局科室岗位廉政风险防控一览表", "XX县林业局"),
        ("XX乡XX村小微权力廉政风险清单", "XX乡XX村"),
        ("XX县医疗保障服务中心岗位廉政风险排查表", "XX县医疗保障服务中心"),
        ("XX区第一中学教务处岗位廉政风险", "XX区第一中学"),
        ("城北供电所廉政风险点一览表", ""),  # a 所 of some unit: its 科室, not the unit
        ("(三)村务监督委员会主任", ""),  # a caption
        # (282: a part cut inside its brackets is none: '…股室（分局）')
        ("XX县自然资源局股室（所）岗位廉政风险防控表", "XX县自然资源局"),
        ("国家税务总局XX县税务局科室（分局）廉政风险排查表", "国家税务总局XX县税务局"),
    ],
)
def test_the_unit_a_title_names(title, unit):
    from xlproc.identity import unit_in_title

    assert unit_in_title(title) == unit


def test_a_unit_and_post_field_and_a_unit_column_of_sub_units(tmp_path):
    card = [
        ["领导干部廉政风险防控卡"],
        ["姓名", "龙海波", "工作单位及职务", "XX市XX区卫生健康局副局长"],
        ["序号", "风险点", "防控措施", "风险等级"],
        [1, "分管领域项目审批打招呼", "审批集体研究", "高"],
    ]
    (post,) = run(tmp_path, {"S": card}).posts.to_dict("records")
    assert (post["unit"], post["title"], post["person"]) == (
        "XX市XX区卫生健康局",
        "副局长",
        "龙海波",
    )
    listed = [
        ["XX职业技术学院二级单位廉政风险台账"],
        ["序号", "单位", "岗位", "责任人", "风险点", "风险等级", "防控措施"],
        [1, "机电工程系", "系主任", "汤力", "实训设备采购指定品牌", "高", "参数论证"],
        [2, "教务处", "处长", "贺敏", "调课代课费虚报", "低", "课表核对"],
    ]
    res = run(tmp_path / "b", {"S": listed})
    assert res.posts[["unit", "department", "title"]].values.tolist() == [
        ["XX职业技术学院", "机电工程系", "系主任"], ["XX职业技术学院", "教务处", "处长"]
    ]  # fmt: skip


def test_a_named_point_over_unknown_level_and_measure_headings(tmp_path):
    """风险内容 is known; 危害程度 and 整治要求 are not: the column of level words anchors the
    header, reported as a guess."""
    rows = [
        ["序号", "科室", "姓名", "风险内容", "危害程度", "整治要求"],
        [1, "城建股", "邹凯", "工程款拨付不按进度", "严重", "按进度拨付"],
        [2, "城建股", "邹凯", "竣工验收走过场", "一般", "联合验收"],
        [3, "规划股", "滕雪", "规划条件擅自变更", "严重", "集体审议"],
    ]
    res = run(tmp_path, {"S": rows})
    assert res.risks[["person", "risk_point", "risk_level"]].values.tolist() == [
        ["邹凯", "工程款拨付不按进度", "Ⅰ级"], ["邹凯", "竣工验收走过场", "Ⅲ级"],
        ["滕雪", "规划条件擅自变更", "Ⅰ级"],
    ]  # fmt: skip
    assert ("COLUMN_GUESSED", "E1") in issues(res, "info")


def test_a_self_check_signed_by_its_holder(tmp_path):
    rows = [
        ["XX县气象局岗位廉政风险自查表"],
        ["科室:观测站　岗位:站长"],
        ["序号", "风险点", "风险级别", "防控措施"],
        [1, "设备采购指定厂家", "高", "三方比价"],
        [2, "值班补贴虚报", "低", "考勤核对"],
        [],
        ["本人签名:", "覃海", "", "2024年6月"],
    ]
    (post,) = run(tmp_path, {"S": rows}).posts.to_dict("records")
    assert (post["department"], post["title"], post["person"]) == ("观测站", "站长", "覃海")


def test_who_holds_which_post_listed_above_a_list_of_posts(tmp_path):
    rows = [
        ["XX镇XX社区小微权力清单"],
        ["社区干部:"],
        ["", "社区书记", "郝俊", "社区主任", "魏红", "报账员", "项佳"],
        ["序号", "权力事项", "责任岗位", "风险点", "风险等级", "防控措施", "监督主体"],
        [1, "低保评议", "社区书记", "优亲厚友", "高", "张榜公示", "监委会"],
        [2, "物资发放", "报账员", "虚报冒领", "中", "签字领取", "监委会"],
        [3, "场地出租", "社区主任", "低价出租", "低", "公开竞价", "监委会"],
    ]
    res = run(tmp_path, {"S": rows})
    assert res.posts[["title", "person"]].values.tolist() == [
        ["社区书记", "郝俊"], ["报账员", "项佳"], ["社区主任", "魏红"]
    ]  # fmt: skip
    assert not [c for c, _ in issues(res) if c == "ROW_UNPLACED"]


def test_level_words_a_legend_defines_and_headcounts_naming_nobody(tmp_path):
    rows = [
        ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
        [1, "调度员", "严斌", "排班收受好处", "甲", "排班公开"],
        [2, "调度员", "严斌", "加班虚报", "乙", "系统考勤"],
        [3, "保洁员", "共6人", "物料私拿", "丙", "领用登记"],
        ["注:风险等级甲类表示高风险,乙类表示中风险,丙类表示低风险。"],
    ]
    res = run(tmp_path, {"S": rows})
    assert res.risks[["person", "risk_level"]].values.tolist() == [
        ["严斌", "Ⅰ级"], ["严斌", "Ⅱ级"], ["", "Ⅲ级"]
    ]  # fmt: skip
    assert ("LEVEL_SCALE", "E1") in issues(res, "info")
    assert not [c for c, _ in issues(res) if c == "LEVEL_UNKNOWN"]


def test_cards_of_two_line_records_under_a_paragraph(tmp_path):
    rows = [
        ["领导干部廉政风险防控卡"],
        ["姓名", "包文", "职务", "副局长"],
        ["分管工作", "分管执法大队、法规股;联系乡镇执法中队。", "", "", ""],
        [1, "风险点", "执法案件说情打招呼", "风险等级", "高"],
        ["", "防控措施", "说情事项登记报告", "", ""],
        [2, "风险点", "罚没物品处置不透明", "风险等级", "中"],
        ["", "防控措施", "拍卖处置公开", "", ""],
    ]
    res = run(tmp_path, {"S": rows}, {"S": ["B3:E3"]})
    got = res.risks[["person", "risk_point", "risk_level", "measures"]].values.tolist()
    assert got == [["包文", "执法案件说情打招呼", "Ⅰ级", "说情事项登记报告"],
                   ["包文", "罚没物品处置不透明", "Ⅱ级", "拍卖处置公开"]]  # fmt: skip


def test_what_a_review_found_in_the_new_rules(tmp_path):
    """Each case broke one of the rules above once (a second pair of eyes found them)."""
    # numbered measures one per row under a point merged down stay that point's measures
    rows = [["科室", "岗位", "风险点", "风险等级", "防控措施"],
            ["财务股", "会计", "虚列支出", "高", "1.严格审核"], ["", "", "", "", "2.双人复核"],
            ["财务股", "出纳", "挪用公款", "高", "1.日清月结"]]  # fmt: skip
    res = run(tmp_path / "a", {"S": rows}, {"S": ["A2:A4", "B2:B3", "C2:C3", "D2:D3"]})
    assert res.risks[["measures", "section"]].values.tolist() == [
        ["1.严格审核\n2.双人复核", ""], ["1.日清月结", ""]
    ]  # fmt: skip
    # a numbered caption merged across is a caption, even over a measure ending in 审核
    rows = [["风险点", "风险类型", "风险等级", "防控措施"],
            ["一、财务管理岗位(负责全局财务收支核算和资金管理工作)"],
            ["报销把关不严", "岗位职责", "高", "严格审核"], ["虚列支出", "制度机制", "中", "双人复核"]]  # fmt: skip
    assert len(run(tmp_path / "b", {"S": rows}, {"S": ["A2:D2"]}).risks) == 2
    # a 责任科室 column after the measures does not replace the table's own 科室
    rows = [["科室", "岗位", "风险点", "风险等级", "防控措施", "责任科室"],
            ["财务股", "会计", "虚列支出", "高", "双审", "纪检组"],
            ["办公室", "科员", "公车私用", "低", "登记", "纪检组"]]  # fmt: skip
    got = run(tmp_path / "c", {"S": rows}).posts[["department", "title"]].values.tolist()
    assert got == [["财务股", "会计"], ["办公室", "科员"]]
    # 局长 and 副局长 under an unknown heading beside 科室 rows watch them; they hold no post
    rows = [["科室", "风险点", "风险等级", "防控措施", "包保领导"],
            ["财务股", "虚列支出", "高", "双审", "副局长"], ["办公室", "公车私用", "低", "登记", "局长"],
            ["审批股", "超时审批", "中", "限时", "副局长"]]  # fmt: skip
    assert run(tmp_path / "d", {"S": rows}).posts["title"].tolist() == ["", "", ""]
    # a title without a place names no unit; one with a year before it names the unit after it
    from xlproc.identity import unit_in_title

    assert [unit_in_title(t) for t in ("党委办公室廉政风险点一览表", "副局长岗位廉政风险",
                                       "2023年度XX县财政局岗位廉政风险")] == ["", "", "XX县财政局"]  # fmt: skip
    # a 岗位 column of service windows keeps them as posts
    rows = [["科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            ["政务科", "受理窗口", "张明", "吃拿卡要", "高", "告知"],
            ["政务科", "收费窗口", "李强", "私收费用", "中", "票据"]]  # fmt: skip
    got = run(tmp_path / "e", {"S": rows}).posts[["department", "title"]].values.tolist()
    assert got == [["政务科", "受理窗口"], ["政务科", "收费窗口"]]
    # a rectification ledger is no table of risks: 存在问题 | 整改措施, no level anywhere
    rows = [["问题整改台账"], ["序号", "存在问题", "整改措施", "责任科室", "责任人", "完成时限"],
            [1, "公车使用登记不全", "完善登记制度", "办公室", "李强", "6月底"],
            [2, "报销审核不严", "实行双人复核", "财务股", "赵亮", "7月底"]]  # fmt: skip
    assert run(tmp_path / "f", {"整改": rows}).risks.empty


def test_numbered_rows_whose_words_look_like_headings_are_data(tmp_path):
    """Values that start with heading words ('科室3股', '风险点…', '措施…') on numbered rows do not
    make each row a new header (which also cost time growing with the square of the rows)."""
    head = ["序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施"]
    rows = [head] + [
        [n, f"科室{n % 3}股", f"岗位{n % 5}员", f"张{n % 7}", f"风险点内容第{n}条", "岗位职责",
         "高", f"措施{n}严格执行"]
        for n in range(995, 1010)
    ]  # fmt: skip
    res = run(tmp_path, {"S": rows})
    assert len(res.risks) == 15
    assert not [c for c, _ in issues(res) if c in ("TABLE_OTHER", "ROW_UNPLACED", "FILE_NO_FORM")]


def test_a_leader_over_several_posts_watches_them(tmp_path):
    rows = [
        ["序号", "科室", "岗位", "风险点", "风险级别", "防控措施", "分管领导"],
        [1, "规划科", "科长", "容积率调整打招呼", "高", "集体审议", "文建华"],
        [2, "", "科员", "资料审查走过场", "低", "双人审查", ""],
        [3, "审批科", "科长", "超时审批", "中", "限时办结", "苏敏"],
    ]  # two leaders for two post names: only 文建华 merged over two posts tells them watchers
    res = run(tmp_path, {"S": rows}, {"S": ["B2:B3", "G2:G3"]})
    assert res.posts[["department", "title", "person"]].values.tolist() == [
        ["规划科", "科长", ""], ["规划科", "科员", ""], ["审批科", "科长", ""]
    ]  # fmt: skip


def test_a_sheet_per_person_named_on_its_tab(tmp_path):
    sheet = [
        ["XX县档案馆岗位廉政风险点登记表"],
        ["科室:利用科　岗位:科员"],
        ["序号", "风险点", "风险程度", "预防措施"],
        [1, "违规提供档案查阅", "高", "查阅审批登记"],
    ]
    res = run(tmp_path, {"房晓东": sheet, "葛蕾": sheet})
    assert res.posts[["department", "title", "person"]].values.tolist() == [
        ["利用科", "科员", "房晓东"], ["利用科", "科员", "葛蕾"]
    ]  # fmt: skip


def test_a_scale_one_sheet_uses_whole_holds_on_the_others(tmp_path):
    def card(levels):
        return [["姓名", "项伟", "岗位", "保管员"], ["序号", "风险点", "风险等级", "防范措施"]] + [
            [i + 1, f"风险{i}发生", lv, "措施"] for i, lv in enumerate(levels)
        ]

    res = run(tmp_path, {"甲": card(["较高", "中等"]), "乙": card(["较高", "中等", "较低"])})
    assert res.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级", "Ⅰ级", "Ⅱ级", "Ⅲ级"]


def test_a_tab_abbreviating_the_titles_keshi_and_a_post_word_with_its_holder(tmp_path):
    rows = [
        ["XX县自然资源局执法监察大队岗位廉政风险点一览表"],
        ["序号", "岗位", "风险点", "风险等级", "防控措施"],
        [1, "巡查员(邝小兵)", "发现违法用地不报告", "高", "巡查轨迹上传"],
    ]
    (post,) = run(tmp_path, {"执法大队": rows}).posts.to_dict("records")
    assert (post["department"], post["title"], post["person"]) == (
        "执法监察大队",
        "巡查员",
        "邝小兵",
    )


def test_what_a_second_review_found(tmp_path):
    # tabs named for places or duties on forms that name no post are no holders
    form = [["XX镇岗位廉政风险防控表"], ["岗位职责", "风险点", "风险等级", "防控措施"],
            ["负责信访接待", "信访件处理不及时", "低", "建立台账"]]  # fmt: skip
    res = run(tmp_path / "a", {"李庄村": form, "信访": form})
    assert set(res.posts["person"]) == {""}
    # leaders' posts under 责任人 with no 科室 beside them are posts
    rows = [["序号", "责任人", "风险点", "风险等级", "防控措施"],
            [1, "党委书记", "违规决策", "高", "集体决策"], [2, "镇长", "违规审批资金", "高", "会签"]]  # fmt: skip
    assert run(tmp_path / "b", {"S": rows}).posts["title"].tolist() == ["党委书记", "镇长"]
    # this year's self-assessed level beats last year's
    rows = [["序号", "岗位", "风险点", "上年风险等级", "本次自查风险等级", "防控措施"],
            [1, "出纳", "违规拨付资金", "低", "高", "双审"]]  # fmt: skip
    assert run(tmp_path / "c", {"S": rows}).risks["risk_level"].tolist() == ["Ⅰ级"]
    # '二、' under '1. 2.' items is the next part, not item 3
    rows = [["岗位职责", "风险点", "风险等级", "防控措施"], ["一、预算管理"],
            ["1.负责预算编制", "编制不实", "中", "审核"], ["2.负责预算调整", "违规调整", "高", "集体研究"],
            ["二、国库管理"], ["1.负责资金拨付", "违规拨付", "高", "双审"]]  # fmt: skip
    got = run(tmp_path / "d", {"S": rows}).risks["section"].tolist()
    assert got == ["预算管理", "预算管理", "国库管理"]
    # a count column is no level column; a 单位 column restating the title's unit is no 科室
    rows = [["XX县财政局岗位廉政风险点一览表"], ["序号", "单位", "岗位", "风险点", "风险等级", "防控措施"],
            [1, "县财政局", "出纳", "违规拨付", "高", "双审"]]  # fmt: skip
    (post,) = run(tmp_path / "e", {"S": rows}).posts.to_dict("records")
    assert post["department"] == ""
    rows = [["序号", "科室", "岗位", "风险点", "在岗人数"], [1, "财务股", "出纳", "违规拨付资金", 2],
            [2, "预算股", "会计", "虚列支出", 1]]  # fmt: skip
    assert run(tmp_path / "f", {"S": rows}).risks.empty
    # two holders of a post written 'A岗:…' and 'B岗:…' in one cell
    rows = [["序号", "窗口", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "社保窗口", "受理岗", "A岗:殷红\nB岗:祁军", "违规受理", "中", "一次告知"]]  # fmt: skip
    got = run(tmp_path / "g", {"S": rows}).posts["person"].tolist()
    assert got == ["殷红", "祁军"]
    # '(分管副主任:…)' after a caption, and a 局 or an aliased 科室 as the caption
    rows = [["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            ["一、财政金融局(分管副主任:莫凡)"], [1, "局长", "童杰", "违规拨付", "高", "集体研究"],
            ["二、综合办公室(党群工作部)"], [2, "主任", "晏青", "公车私用", "低", "登记"]]  # fmt: skip
    got = run(tmp_path / "h", {"S": rows}).posts["department"].tolist()
    assert got == ["财政金融局", "综合办公室"]  # the name before its other name in brackets


def test_batch27_and_28_kinds_in_other_words(tmp_path):
    # stacked leaders' cards: each card's 姓名 line opens the next form
    card = lambda n, p, pt: [["姓名", n, "职务", p], ["分管工作", "负责全面工作,分管财务。", "", ""],  # noqa: E731
                             ["序号", "风险点", "风险等级", "防控措施"], [1, pt, "高", "集体研究"], []]  # fmt: skip
    rows = [
        ["XX乡领导班子廉政风险防控卡"],
        *card("龚琴", "乡长", "违规拨付"),
        *card("汤明", "副乡长", "工程打招呼"),
    ]
    res = run(tmp_path / "a", {"S": rows}, {"S": ["B3:D3", "B8:D8"]})
    assert res.posts[["person", "title"]].values.tolist() == [["龚琴", "乡长"], ["汤明", "副乡长"]]
    # words a legend defines in quotes as levels, under an unknown heading
    rows = [["序号", "岗位", "姓名", "风险点", "风险色别", "防控措施"],
            [1, "所长", "邢路", "违规发证", "红区", "集体审批"], [2, "所员", "万青", "私收费用", "黄区", "票据管理"],
            ["注:“红区”为高风险,“黄区”为中风险,“绿区”为低风险。"]]  # fmt: skip
    assert run(tmp_path / "b", {"S": rows}).risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级"]
    # levels in brackets; a post and its headcount in the holder's cell
    rows = [["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "协管员", "协管员(8人)", "吃拿卡要", "（高）", "两人一组"], [2, "站长", "房立", "违规减免", "【中】", "集体研究"]]  # fmt: skip
    res = run(tmp_path / "c", {"S": rows})
    assert res.risks[["person", "risk_level"]].values.tolist() == [["", "Ⅰ级"], ["房立", "Ⅱ级"]]
    # two small tables on one sheet, each under a caption naming its 中队
    head = ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"]
    rows = [["XX县交警大队中队岗位廉政风险点"], [], ["城区中队岗位廉政风险点"], head,
            [1, "中队长", "韦刚", "降格处罚", "高", "留痕"], [], ["高速中队岗位廉政风险点"], head,
            [1, "民警", "伍平", "私放车辆", "中", "抽查"]]  # fmt: skip
    got = run(tmp_path / "d", {"两个中队": rows}).posts["department"].tolist()
    assert got == ["城区中队", "高速中队"]


def test_what_a_third_review_found(tmp_path):
    # '风险点事项' is the point column
    rows = [
        ["序号", "岗位", "风险点事项", "风险等级", "防控措施"],
        [1, "出纳", "现金挪用", "高", "双人复核"],
    ]
    assert run(tmp_path / "a", {"S": rows}).risks["risk_point"].tolist() == ["现金挪用"]
    # '1.' then '2．' under a merged point continue its measures, whatever the dot
    rows = [["岗位", "风险点", "风险等级", "防控措施"], ["出纳", "现金挪用", "高", "1.日清月结"],
            ["", "", "", "2．不定期盘点"]]  # fmt: skip
    res = run(tmp_path / "b", {"S": rows}, {"S": ["A2:A3", "B2:B3", "C2:C3"]})
    assert res.risks["measures"].tolist() == ["1.日清月结\n2．不定期盘点"]
    # a tab named for its holder whose given name ends like a place is still a name
    form = [["XX区测试局岗位廉政风险防控表"], ["所在科室", "办公室", "岗位名称", "出纳"],
            ["岗位职责", "风险点", "风险等级", "防控措施"], ["负责现金", "挪用公款", "高", "复核"]]  # fmt: skip
    assert run(tmp_path / "c", {"王建": form}).posts["person"].tolist() == ["王建"]
    # a caption naming a county's 局 in a list of several units is no 科室
    rows = [["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"], ["一、县财政局"],
            [1, "出纳", "马丁", "挪用公款", "高", "复核"]]  # fmt: skip
    assert run(tmp_path / "d", {"S": rows}).posts["department"].tolist() == [""]
    # 本年自查 against 审定: the settled level
    rows = [
        ["序号", "岗位", "风险点", "本年自查等级", "审定等级", "防控措施"],
        [1, "出纳", "挪用公款", "中", "高", "复核"],
    ]
    assert run(tmp_path / "e", {"S": rows}).risks["risk_level"].tolist() == ["Ⅰ级"]
    # '股长:张三、副股长:李四': each holder with his post
    rows = [["科室", "岗位", "责任人", "风险点", "风险等级", "防控措施"],
            ["国库股", "股长", "股长:齐亮、副股长:黎明", "违规拨付", "高", "双审"]]  # fmt: skip
    got = run(tmp_path / "f", {"S": rows}).posts[["title", "person"]].values.tolist()
    assert got == [["股长", "齐亮"], ["副股长", "黎明"]]


def test_a_summary_of_counts_is_no_list_of_points(tmp_path):
    summary = [["XX县民政局廉政风险点汇总"], ["序号", "股室", "风险点", "风险等级"],
               [1, "救助股", "4个", "高"], [2, "福利股", "3", "中"], ["", "合计", "7", ""]]  # fmt: skip
    listed = [["序号", "股室", "岗位", "风险点", "风险等级", "防控措施"],
              [1, "救助股", "股长", "优亲厚友", "高", "公示"]]  # fmt: skip
    res = run(tmp_path, {"一览表": listed, "汇总": summary})
    assert res.risks["risk_point"].tolist() == ["优亲厚友"]
    assert ("TABLE_OTHER", "A2") in issues(res, "info")


def test_a_caption_naming_a_unit_heads_the_rows_of_that_unit(tmp_path):
    # a county's list of several units: each caption names the unit of the table below it
    rows = [["XX县农业系统岗位廉政风险点汇总表"], ["一、县农业农村局"],
            ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "计财股", "股长", "费新民", "补贴资金发放优亲厚友", "高", "公示复核"],
            ["二、县动物疫病预防控制中心"],
            ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "检疫科", "科长", "邹玉兰", "检疫证明违规出具", "中", "系统留痕"]]  # fmt: skip
    got = run(tmp_path / "a", {"S": rows}).posts[["unit", "department", "person"]].values
    assert got.tolist() == [["县农业农村局", "计财股", "费新民"],
                            ["县动物疫病预防控制中心", "检疫科", "邹玉兰"]]  # fmt: skip
    # the same captions as group lines inside one table
    rows = [["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"], ["一、县水务局"],
            [1, "工程股", "股长", "龙海", "工程验收走过场", "高", "联合验收"], ["二、县供排水公司"],
            [2, "营业部", "主任", "蓝天", "水费减免不按规定", "中", "审批留痕"]]  # fmt: skip
    got = run(tmp_path / "b", {"S": rows}).posts[["unit", "department"]].values.tolist()
    assert got == [["县水务局", "工程股"], ["县供排水公司", "营业部"]]
    # under a title naming its unit, a caption naming a county body is its 二级单位: the 科室
    rows = [["XX县交通运输局岗位廉政风险点一览表"], ["一、县公路养护中心"],
            ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "站长", "车明", "养护材料以次充好", "高", "抽检"]]  # fmt: skip
    got = run(tmp_path / "c", {"S": rows}).posts[["unit", "department"]].values.tolist()
    assert got == [["XX县交通运输局", "县公路养护中心"]]


def test_titles_naming_a_school_of_a_university_and_a_joined_office():
    assert (unit_in_title("XX农业大学动物科技学院岗位廉政风险点一览表"),
            dept_in_title("XX农业大学动物科技学院岗位廉政风险点一览表")) == ("XX农业大学", "动物科技学院")  # fmt: skip
    # '科研与实训室管理处': a name joined by 与 goes on past the 科 and the 室 inside it
    assert dept_in_title("XX职业学院科研与实训室管理处岗位风险排查表") == "科研与实训室管理处"
    assert dept_in_title("XX区运输管理所稽查中队廉政风险点") == "稽查中队"


def test_a_legend_that_defines_digits_otherwise_than_the_vocabulary(tmp_path):
    rows = [["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "会计", "庞玉", "虚列支出", "3", "复核"], [2, "出纳", "施琳", "挪用现金", "1", "盘点"],
            [3, "出纳", "施琳", "票据管理混乱", "2", "登记"],
            ["说明:风险等级中“3”表示高风险、“2”表示中风险、“1”表示低风险。"]]  # fmt: skip
    res = run(tmp_path, {"S": rows})
    assert res.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅲ级", "Ⅱ级"]
    assert "LEVEL_SCALE" in set(res.issues["code"])


def test_type_names_as_headings_of_their_own_over_marks(tmp_path):
    rows = [["序号", "岗位", "姓名", "风险点", "思想道德风险", "制度机制风险", "岗位职责风险", "风险等级", "防控措施"],
            [1, "会计", "庞玉", "虚列支出", "●", "", "●", "高", "复核"],
            [2, "出纳", "施琳", "挪用现金", "", "●", "", "中", "盘点"]]  # fmt: skip
    res = run(tmp_path, {"S": rows})
    assert res.risks["risk_type"].tolist() == ["思想道德风险;岗位职责风险", "制度机制风险"]
    assert not {"TABLE_NO_TYPE", "COLUMN_GUESSED"} & set(res.issues["code"])


def test_a_heading_ending_in_表现_is_the_risk_text(tmp_path):
    rows = [["序号", "科室", "岗位", "关键环节及表现", "风险程度", "防控对策"],
            [1, "财务股", "出纳", "现金收付环节:坐支、挪用现金", "高", "日清月结"],
            [2, "财务股", "会计", "报销审核环节:审核把关不严", "中", "双人审核"]]  # fmt: skip
    res = run(tmp_path, {"S": rows})
    assert res.risks["risk_point"].tolist() == [
        "现金收付环节:坐支、挪用现金",
        "报销审核环节:审核把关不严",
    ]


def test_a_post_and_its_holder_on_two_lines_of_one_cell(tmp_path):
    rows = [["序号", "科室", "岗位名称及人员", "风险点", "风险等级", "防控措施"],
            [1, "办公室", "文秘岗\n卢芳", "泄露未公开文件", "中", "保密登记"],
            [2, "财务室", "出纳岗\n欧阳振华", "挪用现金", "高", "日清月结"]]  # fmt: skip
    got = run(tmp_path, {"S": rows}).posts[["title", "person"]].values.tolist()
    assert got == [["文秘岗", "卢芳"], ["出纳岗", "欧阳振华"]]


def test_reworded_field_labels_of_a_personal_form(tmp_path):
    form = [["一般岗位廉政风险识别和防控表"], ["单位(盖章):XX县民政局"],
            ["填报人", "窦文涛", "担任职务", "社会救助股股员", "岗位风险等级", "B"],
            ["岗位职责", "工作流程", "风险点", "风险类型", "风险级别", "防控措施"],
            ["负责低保审核", "入户调查", "优亲厚友,人情保", "岗位职责风险", "Ⅰ级", "民主评议"]]  # fmt: skip
    got = run(tmp_path, {"Sheet1": form}).posts[["department", "title", "person"]].values.tolist()
    assert got == [["社会救助股", "股员", "窦文涛"]]


def test_a_pledge_written_from_column_a_across_the_form_is_no_row(tmp_path):
    form = [["科室", "办公室", "负责人", "严明", "岗位风险等级", "B"],
            ["岗位职责", "工作流程", "风险点", "风险类型", "风险级别", "防控措施"],
            ["负责公务接待", "接待审批", "超标准接待", "制度机制风险", "Ⅱ级", "清单报销"],
            ["廉洁自律承诺"],
            ["我将严格落实上述防控措施,廉洁从政,不以权谋私,主动接受监督,如有违反愿接受组织处理。"], [],
            ["承诺人:严明"]]  # fmt: skip
    res = run(tmp_path, {"S": form}, {"S": ["A4:F4", "A5:F6"]})
    assert res.risks["risk_point"].tolist() == ["超标准接待"]
    assert not [c for c, _ in issues(res) if c in ("POINT_BLANK", "ROW_UNPLACED")]


def test_a_form_laid_on_its_side_under_its_fields_line(tmp_path):
    form = [["中层岗位廉政风险识别和防控表"], ["单位(盖章):XX县审计局"],
            ["姓名", "鲁红梅", "所在科室及职务", "经责审计股股长", "岗位风险等级", "A"],
            ["工作流程", "审计实施", "审计报告", "问题移送"],
            ["风险点", "现场审计接受宴请", "审计报告隐瞒问题", "违规不移送问题线索"],
            ["风险级别", "Ⅱ级", "Ⅰ级", "Ⅰ级"],
            ["防控措施", "审计纪律承诺", "三级复核", "移送集体研究"]]  # fmt: skip
    res = run(tmp_path, {"S": form})
    got = res.posts[["unit", "department", "title", "person", "declared_grade"]].values.tolist()
    assert got == [["XX县审计局", "经责审计股", "股长", "鲁红梅", "A"]]
    assert len(res.risks) == 3


def test_a_tab_abbreviating_the_office_its_title_names(tmp_path):
    rows = [["安全生产监督管理办公室岗位廉政风险点一览表"], ["序号", "岗位", "风险点", "风险等级", "防控措施"],
            [1, "监察员", "执法检查走过场", "高", "双人检查"]]  # fmt: skip
    assert run(tmp_path, {"安监办": rows}).posts["department"].tolist() == [
        "安全生产监督管理办公室"
    ]


def test_last_years_and_blank_sheets_beside_this_years_are_set_aside(tmp_path):
    def sheet(title, point):
        return [[title], ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
                [1, "出纳", "简宁", point, "高", "复核"]]  # fmt: skip

    res = run(tmp_path / "a", {"2025": sheet("XX局2025年度岗位廉政风险点一览表", "挪用现金"),
                               "2024": sheet("XX局2024年度岗位廉政风险点一览表", "白条抵库"),
                               "旧表": sheet("XX局岗位廉政风险点一览表", "坐支现金"),
                               "空表": [["一般岗位廉政风险识别和防控表"], ["姓名", "", "所在科室及职务", ""],
                                        ["岗位职责", "工作流程", "风险点", "风险类型", "风险级别", "防控措施"],
                                        [], []]})  # fmt: skip
    assert res.risks["risk_point"].tolist() == ["挪用现金"]
    got = sorted((c, s) for c, s in zip(res.issues["code"], res.issues["source_sheet"], strict=True)
                 if c.startswith("SHEET_"))  # fmt: skip
    assert got == [("SHEET_BLANK_FORM", "空表"), ("SHEET_SET_ASIDE", "2024"),
                   ("SHEET_SET_ASIDE", "旧表")]  # fmt: skip
    # a file whose every sheet is of another year keeps them all
    res = run(tmp_path / "b", {"2024": sheet("XX局2024年度岗位廉政风险点一览表", "白条抵库")})
    assert res.risks["risk_point"].tolist() == ["白条抵库"]


def test_a_copy_of_a_sheet_continues_its_form(tmp_path):
    form = [["一般岗位廉政风险识别和防控表"], ["姓名", "花蕾", "所在科室及职务", "办公室科员"],
            ["岗位职责", "工作流程", "风险点", "风险类型", "风险级别", "防控措施"],
            ["负责采购", "询价", "指定供应商", "岗位职责风险", "Ⅰ级", "三家比价"]]  # fmt: skip
    more = [["岗位职责", "工作流程", "风险点", "风险类型", "风险级别", "防控措施"],
            ["负责资产", "处置", "低价处置资产", "制度机制风险", "Ⅱ级", "评估处置"]]  # fmt: skip
    res = run(tmp_path, {"花蕾": form, "花蕾 (2)": more})
    assert res.posts["person"].tolist() == ["花蕾"]
    assert res.risks["risk_point"].tolist() == ["指定供应商", "低价处置资产"]


def test_headings_that_join_two_roles_and_cells_that_hold_both(tmp_path):
    # '风险点及级别': the point, its level written into it; '防控措施及责任人': the measures,
    # naming the holder where no column does; '风险类别及级别': the types, the level after them
    rows = [["序号", "岗位", "风险点及级别", "风险类别及级别", "防控措施及责任人"],
            [1, "出纳", "坐支现金(中)", "制度机制/中", "日清月结。责任人:池芸"],
            [2, "会计", "【一级】虚列支出套取资金", "岗位职责、思想道德/高", "双人复核。责任人:温岚"]]  # fmt: skip
    res = run(tmp_path / "a", {"S": rows})
    got = res.risks[["person", "risk_point", "risk_level", "risk_type"]].values.tolist()
    assert got == [["池芸", "坐支现金", "Ⅱ级", "制度机制风险"],
                   ["温岚", "虚列支出套取资金", "Ⅰ级", "岗位职责风险;思想道德风险"]]  # fmt: skip
    # a heading qualified in brackets is its heading; a type written after the point is read
    rows = [["序号", "岗位", "姓名", "廉政风险点(写明风险类型)", "风险等级(高/中/低)", "防控措施"],
            [1, "出纳", "池芸", "坐支现金(制度机制风险)", "中", "日清月结"],
            [2, "会计", "温岚", "虚列支出(岗位职责)", "高", "双人复核"]]  # fmt: skip
    res = run(tmp_path / "b", {"S": rows})
    got = res.risks[["risk_point", "risk_type"]].values.tolist()
    assert got == [["坐支现金", "制度机制风险"], ["虚列支出", "岗位职责风险"]]
    assert "TABLE_NO_TYPE" not in set(res.issues["code"])


def test_legends_of_colours_stars_and_bands_wherever_they_are_written(tmp_path):
    def table(levels, heading="风险等级"):
        return [["序号", "岗位", "姓名", "风险点", heading, "防控措施"]] + [
            [i, "出纳", "池芸", f"风险{i}", lv, "复核"] for i, lv in enumerate(levels, 1)
        ]

    def levels(res):
        return res.risks["risk_level"].tolist()

    # a legend line above the table, its words joined by a dash
    rows = [["风险等级标识:橙色—高风险;黄色—中风险;绿色—低风险"], *table(["橙色", "绿色", "黄色"])]
    assert levels(run(tmp_path / "a", {"S": rows})) == ["Ⅰ级", "Ⅲ级", "Ⅱ级"]
    # a legend in the heading itself
    rows = table(["甲级", "丙级"], heading="风险等级(甲级为高、乙级为中、丙级为低)")
    assert levels(run(tmp_path / "b", {"S": rows})) == ["Ⅰ级", "Ⅲ级"]
    # more stars than three, several named at once
    rows = [*table(["★★★★", "★★", "★★★"]), ["注:★★★★★、★★★★为高风险,★★★为中风险,★★、★为低风险"]]
    assert levels(run(tmp_path / "c", {"S": rows})) == ["Ⅰ级", "Ⅲ级", "Ⅱ级"]
    # bands of a score under a 风险分值 heading
    rows = [
        *table(["12", "5", "8"], heading="风险分值"),
        ["注:风险分值10—15为高风险,6—9为中风险,1—5为低风险"],
    ]
    assert levels(run(tmp_path / "d", {"S": rows})) == ["Ⅰ级", "Ⅲ级", "Ⅱ级"]
    # a legend on the file's 填表说明 sheet
    sheets = {
        "填表说明": [["1.风险等级:红为高风险,黄为中风险,蓝为低风险。"]],
        "S": table(["蓝", "红"]),
    }
    assert levels(run(tmp_path / "e", sheets)) == ["Ⅲ级", "Ⅰ级"]


def test_a_count_in_a_subtotal_row_is_no_heading(tmp_path):
    rows = [["序号", "单位", "岗位", "风险点", "风险等级", "防控措施"],
            [1, "县水务局", "工程股长", "验收走过场", "高", "联合验收"],
            ["小计", "", "1个岗位", "1个风险点", "", ""],
            [2, "县供水公司", "营业员", "违规减免水费", "中", "系统审批"]]  # fmt: skip
    res = run(tmp_path, {"S": rows})
    assert res.risks["risk_point"].tolist() == ["验收走过场", "违规减免水费"]
    assert "ROW_UNPLACED" not in set(res.issues["code"])


def test_power_cards_one_under_another_and_holders_written_on_each_row(tmp_path):
    card = [["职权名称", "{}", "", "职权类别", "行政确认"], ["承办科室", "{}", "", "监督科室", "机关纪委"],
            ["环节", "风险点", "风险等级", "防控措施", "责任人"]]  # fmt: skip

    def fill(name, dept):
        return [[c.format(name) if i == 0 and j == 1 else c.format(dept) if j == 1 else c
                 for j, c in enumerate(row)] for i, row in enumerate(card)]  # fmt: skip

    rows = [["XX县人社局职权廉政风险防控表"], *fill("工伤认定", "工伤保险股"),
            ["受理", "材料把关不严", "中", "清单受理", "龚宁"],
            ["调查", "调查走过场", "高", "两人调查", "龚宁"],
            ["集体研究", "个人意见代替集体", "中", "会议表决", ""], [],
            *fill("劳动能力鉴定", "医疗保险股"), ["鉴定", "鉴定结论不实", "高", "专家随机", "黎平"]]  # fmt: skip
    res = run(tmp_path, {"S": rows})
    got = res.posts[["unit", "department", "person", "n_risks"]].values.tolist()
    assert got == [["XX县人社局", "工伤保险股", "龚宁", 2], ["XX县人社局", "工伤保险股", "", 1],
                   ["XX县人社局", "医疗保险股", "黎平", 1]]  # fmt: skip
    assert not [c for c, _ in issues(res) if c in ("ROW_UNPLACED", "LEVEL_BLANK")]


def test_units_and_parts_named_in_titles_and_fields(tmp_path):
    assert (unit_in_title("XX农村商业银行河西支行岗位风险排查表"),
            dept_in_title("XX农村商业银行河西支行岗位风险排查表")) == ("XX农村商业银行", "河西支行")  # fmt: skip
    assert (unit_in_title("XX县人民法院执行庭岗位廉政风险"),
            dept_in_title("XX县人民法院执行庭岗位廉政风险")) == ("XX县人民法院", "执行庭")  # fmt: skip
    assert unit_in_title("XX县农业农村局岗位风险点") == "XX县农业农村局"
    # a 单位 field naming the unit and its 所
    form = [["单位:XX县自然资源局城南自然资源所"], ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "所长", "谷雨", "用地审核把关不严", "高", "集体研究"]]  # fmt: skip
    got = run(tmp_path, {"S": form}).posts[["unit", "department"]].values.tolist()
    assert got == [["XX县自然资源局", "城南自然资源所"]]


def test_personal_forms_as_staff_fill_them(tmp_path):
    # '负责人 | 田野(站长)': the holder and his post
    form = [["中层岗位廉政风险识别和防控表"], ["单位(盖章):XX镇人民政府"],
            ["科室", "农业服务站", "负责人", "田野(站长)", "岗位风险等级", "B"],
            ["岗位职责", "工作流程", "风险点", "风险类型", "风险级别", "防控措施"],
            ["负责农资补贴", "核实面积", "虚报种植面积", "制度机制风险", "Ⅱ级", "公示复核"],
            ["", "", "以下空白", "", "", ""]]  # fmt: skip
    res = run(tmp_path / "a", {"S": form})
    assert res.posts[["title", "person"]].values.tolist() == [["站长", "田野"]]
    assert res.risks["risk_point"].tolist() == ["虚报种植面积"]
    # a card's holder above a column of the leader who watches it; a signed line under it
    card = [["岗位廉政风险防控卡"], ["持卡人", "伍佳", "所在部门", "便民服务中心", "岗位", "窗口受理员"],
            ["序号", "风险点", "风险等级", "防控措施", "分管领导"],
            [1, "受理时吃拿卡要", "二级", "一次性告知", "尤国强"],
            [2, "泄露申请人信息", "三级", "信息加密", "尤国强"], [],
            ["持卡人签字:", "", "分管领导签字:", "", "镇纪委(盖章)"]]  # fmt: skip
    res = run(tmp_path / "b", {"S": card})
    assert res.posts["person"].tolist() == ["伍佳"]
    assert "ROW_UNPLACED" not in set(res.issues["code"])
    form = [["个人岗位廉政风险自查表"], ["姓名", "包蕾", "所在科室及职务", "财务室/出纳"],
            ["序号", "查找的风险点", "风险等级", "防控措施"], [1, "挪用备用金", "高", "盘点"],
            ["本人签字:", "包蕾", "科室负责人意见:", "同意。卫东"]]  # fmt: skip
    res = run(tmp_path / "c", {"S": form})
    assert res.posts[["department", "title", "person"]].values.tolist() == [
        ["财务室", "出纳", "包蕾"]
    ]
    assert res.risks["risk_point"].tolist() == ["挪用备用金"]


def test_a_post_heading_over_names_and_a_headed_keshi_beats_a_guessed_one(tmp_path):
    rows = [["序号", "所站", "所站长", "风险点", "风险等级", "防控措施"],
            [1, "财政所", "管彤", "违规拨付资金", "高", "双审"],
            [2, "农技站", "阎松", "良种补贴虚报", "中", "公示"]]  # fmt: skip
    got = run(tmp_path / "a", {"S": rows}).posts[["department", "person"]].values.tolist()
    assert got == [["财政所", "管彤"], ["农技站", "阎松"]]
    rows = [["序号", "工会小组", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "第一工会小组", "设备科", "科长", "甘霖", "采购收受回扣", "高", "集体决策"],
            [2, "第二工会小组", "护理部", "主任", "柯颖", "耗材申领不实", "中", "台账"]]  # fmt: skip
    got = run(tmp_path / "b", {"S": rows}).posts["department"].tolist()
    assert got == ["设备科", "护理部"]


def test_county_bodies_named_in_titles():
    for title, unit in [("XX县人民防空办公室岗位廉政风险点排查表", "XX县人民防空办公室"),
                        ("XX县妇女联合会岗位廉政风险排查表", "XX县妇女联合会"),
                        ("XX县图书馆岗位风险点", "XX县图书馆"),
                        ("XX县XX镇中心卫生院岗位风险点", "XX县XX镇中心卫生院")]:  # fmt: skip
        assert (unit_in_title(title), dept_in_title(title)) == (unit, ""), title


def test_more_ordinary_habits(tmp_path):
    # the columns' numbers under a printed header; a bare 类别 over kinds of business
    rows = [["岗位", "姓名", "类别", "风险行为", "行为描述", "风险等级", "防控措施"],
            ["1", "2", "3", "4", "5", "6", "7"],
            ["出纳", "洪波", "收付类", "坐支现金", "收到现金不及时存入银行,直接用于支出", "高", "日清月结"],
            ["会计", "赖琴", "核算类", "虚列支出", "编造虚假业务凭证列支费用,套取资金", "中", "双人复核"],
            ["会计", "赖琴", "档案类", "档案外借", "会计档案不登记即借出,造成遗失或泄密", "低", "借阅登记"]]  # fmt: skip
    res = run(tmp_path / "a", {"S": rows})
    assert res.risks["risk_point"].tolist() == ["坐支现金", "虚列支出", "档案外借"]
    assert res.posts["person"].tolist() == ["洪波", "赖琴"]
    assert not {"TYPE_UNKNOWN", "LEVEL_UNKNOWN"} & set(res.issues["code"])
    # a caption over a table of another kind under the risk list; a sign-off with a stamp
    rows = [["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "会计", "赖琴", "虚列支出", "中", "双人复核"], [],
            ["监督责任分工"], ["序号", "监督事项", "监督主体", "监督方式"],
            [1, "财务收支", "纪检委员", "查阅账目"], [],
            ["纪检委员:", "", "", "XX村党支部(盖章)", "", "2024年3月"]]  # fmt: skip
    res = run(tmp_path / "b", {"S": rows})
    assert res.risks["risk_point"].tolist() == ["虚列支出"]
    assert not [c for c, _ in issues(res) if c in ("POINT_BLANK", "ROW_UNPLACED", "LEVEL_BLANK")]
    assert "TABLE_OTHER" in set(res.issues["code"])
    assert (
        unit_in_title("XX县妇幼保健计划生育服务中心廉政风险防控一览表")
        == "XX县妇幼保健计划生育服务中心"
    )
    assert unit_in_title("中共XX区委党校岗位廉政风险点") == "中共XX区委党校"


def test_a_personal_card_names_its_holder_in_other_places(tmp_path):
    # the title names him; the 责任人 column says only 本人
    card = [["XX县市场监督管理局"], ["龚春来同志岗位廉政风险防控卡"], ["科室:登记注册股  岗位:审核员"],
            ["序号", "风险点", "风险等级", "防控措施", "责任人"],
            [1, "登记审核放宽条件", "中", "双人审核", "本人"], [2, "泄露企业信息", "低", "保密登记", "本人"]]  # fmt: skip
    res = run(tmp_path / "a", {"S": card})
    assert res.posts["person"].tolist() == ["龚春来"]
    form = [["个人廉政风险自查表"], ["姓名", "邵敏", "科室", "综合股"],
            ["序号", "风险点", "风险等级", "防控措施", "责任人", "监督人"],
            [1, "公车私用", "中", "派车登记", "本人", "综合股股长"]]  # fmt: skip
    res = run(tmp_path / "b", {"S": form})
    assert res.posts["person"].tolist() == ["邵敏"]
    # a 职务 with its rank in brackets; a 工作岗位 field
    form = [["领导岗位廉政风险识别和防控表"], ["姓名", "阚力", "职务", "副局长(正科级)"],
            ["岗位职责", "风险点", "风险类型", "风险级别", "防控措施"],
            ["分管财务", "违规审批支出", "制度机制风险", "Ⅰ级", "集体研究"]]  # fmt: skip
    assert run(tmp_path / "c", {"S": form}).posts["title"].tolist() == ["副局长"]
    form = [["XX镇退役军人服务站岗位廉政风险自查表"], ["姓名", "鲍勇", "工作岗位", "优抚专干"],
            ["序号", "风险点", "风险等级", "防控措施"], [1, "优抚对象审核不严", "中", "公示"]]  # fmt: skip
    assert run(tmp_path / "d", {"S": form}).posts["title"].tolist() == ["优抚专干"]


def test_what_the_new_rules_leave_alone(tmp_path):
    """Cases a review found the rules for combined cells, legends and sheets misread."""

    def posts(res, *cols):
        return res.posts[list(cols)].values.tolist()

    # a numbered point is no level: '(1)', '(一)', '【二】'
    rows = [["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "民政员", "诸葛亮", "(1)低保审核把关不严", "", "公示"],
            [2, "民政员", "诸葛亮", "【二】殡葬收费不规范", "", "明码标价"]]  # fmt: skip
    res = run(tmp_path / "a", {"S": rows})
    assert res.risks["risk_level"].tolist() == ["", ""]
    assert [c for c, _ in issues(res) if c == "LEVEL_BLANK"] == ["LEVEL_BLANK"] * 2

    # another person's form on a sheet titled with last year is still his form
    def form(year, name):
        return [[f"{year}年度岗位廉政风险自查表"], ["姓名", name, "职务", "科员"],
                ["序号", "风险点", "风险等级", "防控措施"], [1, f"{name}的风险", "中", "复核"]]  # fmt: skip

    res = run(tmp_path / "b", {"甲": form(2024, "祁山"), "乙": form(2023, "乔木")})
    assert sorted(res.posts["person"]) == ["乔木", "祁山"]
    # a group heading joining two roles over its own sub-headings: the sub-headings decide
    rows = [["序号", "岗位", "风险点", "风险等级", "防控措施及责任人", ""],
            ["", "", "", "", "防控措施", "责任人"],
            [1, "出纳", "坐支现金", "高", "日清月结", "祁山"]]  # fmt: skip
    res = run(tmp_path / "c", {"S": rows}, {"S": ["E1:F1", "A1:A2", "B1:B2", "C1:C2", "D1:D2"]})
    assert posts(res, "person") == [["祁山"]] and res.risks["measures"].tolist() == ["日清月结"]
    # one name written twice does not make the blanks under the others no one's
    rows = [["序号", "科室", "岗位", "责任人", "风险点", "风险等级", "防控措施"],
            [1, "办公室", "主任", "祁山", "公车私用", "中", "派车单"], [2, "", "", "", "超标接待", "高", "清单"],
            [3, "财务室", "会计", "乔木", "虚列支出", "高", "复核"], [4, "财务室", "会计", "乔木", "白条入账", "中", "审核"]]  # fmt: skip
    res = run(tmp_path / "d", {"S": rows}, {"S": ["B2:B3", "C2:C3"]})
    assert posts(res, "person", "n_risks") == [["祁山", 2], ["乔木", 2]]
    # a legend of the scales a level is worked out from defines no level
    rows = [["序号", "岗位", "风险点", "风险等级", "防控措施"],
            [1, "出纳", "坐支现金", "1", "日清月结"], [2, "会计", "虚列支出", "3", "复核"],
            ["注:发生可能性、影响程度按1为低、2为中、3为高填写;风险等级按1级最高"]]  # fmt: skip
    assert run(tmp_path / "e", {"S": rows}).risks["risk_level"].tolist() == ["Ⅰ级", "Ⅲ级"]
    # '风险描述及防控措施' beside the point keeps the measures; '责任人(分管领导)' only watches
    rows = [["序号", "岗位", "风险点", "风险描述及防控措施", "风险等级", "责任人(分管领导)"],
            [1, "出纳", "坐支现金", "收到现金直接支出;日清月结", "高", "祁山"],
            [2, "会计", "虚列支出", "编造凭证列支;双人复核", "中", "祁山"]]  # fmt: skip
    res = run(tmp_path / "f", {"S": rows})
    assert res.risks["measures"].tolist() == ["收到现金直接支出;日清月结", "编造凭证列支;双人复核"]
    assert posts(res, "person", "title") == [["", "出纳"], ["", "会计"]]

    # one 填表人 filling two posts' cards holds neither
    def card(post):
        return [["岗位名称", post, "所在科室", "财务股"], ["填表人", "乔木", "", ""],
                ["序号", "风险点", "风险等级", "防控措施"], [1, f"{post}的风险", "中", "复核"]]  # fmt: skip

    res = run(tmp_path / "g", {"出纳": card("出纳"), "会计": card("会计")})
    assert posts(res, "title", "person") == [["出纳", ""], ["会计", ""]]
    # captions of health bodies, titles of county stations, heads of institutions
    assert caption_identity("三、城关镇卫生院") == ("unit", "城关镇卫生院")
    assert caption_identity("三、镇卫生院") == ("department", "镇卫生院")
    assert (unit_in_title("XX县畜牧兽医站岗位廉政风险点一览表"), dept_in_title("XX县畜牧兽医站岗位廉政风险点")) == ("XX县畜牧兽医站", "")  # fmt: skip
    assert [tier_of_post(p) for p in ("副检察长", "支行行长", "园长")] == ["leader"] * 3


def test_holders_and_posts_written_the_ways_offices_write_them(tmp_path):
    # one line naming who holds each post of a list that names posts only
    rows = [["XX镇文化站岗位廉政风险点排查表"], ["岗位人员", "站长:卢青　　管理员:池莉"],
            ["序号", "岗位", "风险点", "风险等级", "防控措施"],
            [1, "站长", "活动经费虚报", "高", "公示"], [2, "管理员", "器材外借不登记", "低", "登记"]]  # fmt: skip
    res = run(tmp_path / "a", {"S": rows}, {"S": ["B2:E2"]})
    assert res.posts[["title", "person"]].values.tolist() == [["站长", "卢青"], ["管理员", "池莉"]]
    # a line of what the table is about is no stray row; a name and its post apart by spaces
    form = [["中层岗位廉政风险识别和防控表"], ["项目名称:农田灌溉", "项目金额:12万元"],
            ["科室", "灌溉站", "负责人", "谷丰  站长"],
            ["岗位职责", "风险点", "风险类型", "风险级别", "防控措施"],
            ["负责配水", "优亲厚友配水", "岗位职责风险", "Ⅱ级", "配水公示"]]  # fmt: skip
    res = run(tmp_path / "b", {"S": form})
    assert res.posts[["title", "person"]].values.tolist() == [["站长", "谷丰"]]
    assert "ROW_UNPLACED" not in set(res.issues["code"])
    # a 科室 column under an unknown heading whose names end like a 科室, one reading like a name
    rows = [["XX学院后勤处岗位廉政风险防控一览表"], ["序号", "中心(科)", "岗位", "风险点", "风险等级", "防控措施"],
            [1, "膳食中心", "主任", "食材验收不严", "高", "双人验收"], [2, "房产科", "科长", "公房分配不公", "中", "公示"]]  # fmt: skip
    assert run(tmp_path / "c", {"S": rows}).posts["department"].tolist() == ["膳食中心", "房产科"]
    # a title saying its table lists 窗口岗位: each 窗口 is a post of the centre
    rows = [["XX镇政务服务中心窗口岗位廉政风险点一览表"], ["序号", "窗口", "窗口人员", "风险点", "风险等级", "防控措施"],
            [1, "不动产登记窗口", "宫雪", "违规受理", "中", "清单受理"]]  # fmt: skip
    got = run(tmp_path / "d", {"S": rows}).posts[["department", "title"]].values.tolist()
    assert got == [["政务服务中心", "不动产登记窗口"]]
    assert unit_in_title("XX旗民政局岗位廉政风险") == "XX旗民政局"
    assert unit_in_title("XX市水库管理处岗位廉政风险") == "XX市水库管理处"


def test_what_the_second_review_of_these_rules_found(tmp_path):
    """Cases a second review found misread by the rules for holders, captions, legends and tags."""

    def codes(res):
        return [c for c, _ in issues(res)]

    # a meeting's step has no holder; the rows after it are still his
    rows = [["序号", "科室", "岗位", "责任人", "工作环节", "风险点", "风险等级", "防控措施"],
            [1, "办公室", "主任", "齐峰", "采购申请", "虚报需求", "中", "审核"],
            [2, "", "", "", "局务会研究", "决策走过场", "高", "记录"],
            [3, "", "", "", "合同签订", "条款不严", "中", "法审"]]  # fmt: skip
    res = run(tmp_path / "a", {"S": rows})
    assert res.risks.sort_values("source_row")["person"].tolist() == ["齐峰", "", "齐峰"]
    # '姓名(职务) | 王强(股长)'; a 岗位(窗口) column of posts
    form = [["个人岗位廉政风险自查表"], ["姓名(职务)", "温良(股长)", "科室", "计财股"],
            ["序号", "风险点", "风险等级", "防控措施"], [1, "违规支出", "高", "复核"]]  # fmt: skip
    assert run(tmp_path / "b", {"S": form}).posts[["title", "person"]].values.tolist() == [
        ["股长", "温良"]
    ]
    rows = [["序号", "岗位(窗口)", "姓名", "风险点", "风险等级", "防控措施"], [1, "收费窗口", "温良", "截留收费", "高", "日结"]]  # fmt: skip
    assert run(tmp_path / "c", {"S": rows}).posts["title"].tolist() == ["收费窗口"]
    # captions of a 局's 二级单位 under its title are its 科室
    rows = [["XX县交通运输局岗位廉政风险点一览表"], ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            ["一、县公路管理站"], [1, "站长", "温良", "养护材料以次充好", "高", "抽检"],
            ["二、县运输管理所"], [2, "所长", "齐峰", "违规发放经营许可", "中", "公示"]]  # fmt: skip
    got = run(tmp_path / "d", {"S": rows}).posts[["unit", "department"]].values.tolist()
    assert got == [["XX县交通运输局", "县公路管理站"], ["XX县交通运输局", "县运输管理所"]]
    assert unit_in_title("营口市站前区财政局岗位廉政风险") == "营口市站前区财政局"
    # a legend sentence on the scale itself ('严重程度3为高风险') still defines the level
    rows = [["序号", "岗位", "风险点", "严重程度", "防控措施"], [1, "出纳", "坐支现金", "3", "日结"],
            [2, "会计", "虚列支出", "1", "复核"], ["说明:严重程度3为高风险、2为中风险、1为低风险"]]  # fmt: skip
    assert run(tmp_path / "e", {"S": rows}).risks["risk_level"].tolist() == ["Ⅰ级", "Ⅲ级"]
    # a level at a point's end ('(Ⅰ)'), not a number at its start; '风险点及其等级'
    rows = [["序号", "岗位", "姓名", "风险点及其等级", "防控措施"],
            [1, "出纳", "温良", "违规审批(Ⅰ)", "集体研究"], [2, "会计", "齐峰", "(1)票据不全", "审核"]]  # fmt: skip
    res = run(tmp_path / "f", {"S": rows})
    assert res.risks[["risk_point", "risk_level"]].values.tolist() == [
        ["违规审批", "Ⅰ级"],
        ["(1)票据不全", ""],
    ]
    # one line of measures naming its holder where no column names people
    rows = [["序号", "岗位", "风险点", "风险等级", "防控措施"], [1, "出纳", "坐支现金", "高", "日清月结。责任人:温良"]]  # fmt: skip
    assert run(tmp_path / "g", {"S": rows}).posts["person"].tolist() == ["温良"]
    # a bare 类别 over kinds of risk is a type column still, its words reported (since batch1065:
    # the office's own classes, no type named on the sheet, said once a table, not a row each)
    rows = [["序号", "岗位", "姓名", "类别", "风险点", "风险等级", "防控措施"],
            [1, "出纳", "温良", "廉洁风险", "坐支现金", "高", "日结"], [2, "会计", "齐峰", "履职风险", "虚列支出", "中", "复核"],
            [3, "会计", "齐峰", "管理风险", "白条入账", "低", "审核"]]  # fmt: skip
    got = run(tmp_path / "h", {"S": rows})
    assert codes(got) == ["TYPE_OWN_CLASSES_UNREAD"]
    said = got.issues.loc[got.issues["code"] == "TYPE_OWN_CLASSES_UNREAD", "message"].iloc[0]
    assert all(w in said for w in ("廉洁风险", "履职风险", "管理风险"))

    # the same post filled by another holder last year: last year's sheet is set aside
    def form(year, name):
        return [[f"{year}年度一般岗位廉政风险识别和防控表"], ["姓名", name, "所在科室及职务", "计财股会计"],
                ["岗位职责", "风险点", "风险类型", "风险级别", "防控措施"], ["记账", f"{name}的风险", "制度机制", "Ⅱ级", "复核"]]  # fmt: skip

    res = run(tmp_path / "i", {"2024": form(2024, "温良"), "2023": form(2023, "齐峰")})
    assert res.posts["person"].tolist() == ["温良"] and "SHEET_SET_ASIDE" in codes(res)


def test_type_captions_example_rows_and_lists_of_another_kind(tmp_path):
    # captions naming a type over the rows of a card without a type column; the post before the name
    card = [["岗位廉政风险防控卡"], ["持卡人", "科长 杭锋", "所在站办", "征收站"],
            ["序号", "风险点", "风险等级", "防控措施"], ["一、制度机制风险"], [1, "违规减免规费", "高", "集体研究"],
            ["二、外部环境风险"], [2, "接受缴费单位宴请", "中", "登记报告"]]  # fmt: skip
    res = run(tmp_path / "a", {"S": card}, {"S": ["A4:D4", "A6:D6"]})
    assert res.risks["risk_type"].tolist() == ["制度机制风险", "外部环境风险"]
    assert res.posts[["department", "title", "person"]].values.tolist() == [
        ["征收站", "科长", "杭锋"]
    ]
    # an example row is reported once, no risk; a list of another kind under a caption is no rows
    rows = [["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            ["示例", "主任", "张三", "公务接待超标准", "中", "清单报销"],
            [1, "出纳", "杭锋", "坐支现金", "高", "日结"], [],
            ["机关作风负面清单"], ["序号", "禁止事项", "", "", "适用对象", ""],
            [1, "严禁公款吃喝", "", "", "全体干部", ""]]  # fmt: skip
    res = run(tmp_path / "b", {"S": rows}, {"S": ["B6:D6", "E6:F6", "B7:D7", "E7:F7"]})
    assert res.risks["risk_point"].tolist() == ["坐支现金"]
    assert "ROW_EXAMPLE" in set(res.issues["code"])
    assert not {"POINT_BLANK", "ROW_UNPLACED"} & set(res.issues["code"])
    t = "XX县XX镇东山社区居务监督委员会岗位廉政风险点"
    assert (unit_in_title(t), dept_in_title(t)) == ("XX县XX镇东山社区", "居务监督委员会")


def test_points_under_their_levels_and_lights_and_personal_details(tmp_path):
    # the risk point heading over 高风险 | 中风险 | 低风险: each point stands in its level's column
    rows = [["序号", "岗位", "廉政风险点", "", "", "防控措施"], ["", "", "高风险", "中风险", "低风险", ""],
            [1, "会计", "虚列支出", "", "票据不全", "复核"], [2, "出纳", "", "白条抵库", "", "盘点"]]  # fmt: skip
    res = run(tmp_path / "a", {"S": rows}, {"S": ["C1:E1", "A1:A2", "B1:B2", "F1:F2"]})
    got = res.risks[["title", "risk_point", "risk_level"]].values.tolist()
    assert got == [
        ["会计", "虚列支出", "Ⅰ级"],
        ["会计", "票据不全", "Ⅲ级"],
        ["出纳", "白条抵库", "Ⅱ级"],
    ]
    assert "POINT_BLANK" not in set(res.issues["code"])
    # lights defined by a note
    rows = [["序号", "岗位", "风险点", "风险等级", "防控措施"], [1, "会计", "虚列支出", "红灯", "复核"],
            [2, "出纳", "白条抵库", "绿灯", "盘点"], ["注:红灯为高风险,黄灯为中风险,绿灯为低风险。"]]  # fmt: skip
    assert run(tmp_path / "b", {"S": rows}).risks["risk_level"].tolist() == ["Ⅰ级", "Ⅲ级"]
    # a row of a person's details over the row of their values
    form = [["个人廉政风险自查表"], ["姓名", "性别", "民族", "职务", "联系电话"],
            ["祝云", "女", "汉族", "村文书", "138****0000"],
            ["序号", "风险点", "风险等级", "防控措施"], [1, "优亲厚友", "中", "公示"]]  # fmt: skip
    res = run(tmp_path / "c", {"S": form})
    assert res.posts[["title", "person"]].values.tolist() == [["村文书", "祝云"]]
    assert "ROW_UNPLACED" not in set(res.issues["code"])
    # a caption naming a 科室 with a post word in it; a county party committee's 部
    rows = [["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"], ["一、离退休干部活动中心"],
            [1, "主任", "祝云", "经费虚报", "中", "公示"]]  # fmt: skip
    assert run(tmp_path / "d", {"S": rows}).posts["department"].tolist() == ["离退休干部活动中心"]
    assert unit_in_title("中共XX县委宣传部岗位廉政风险点") == "中共XX县委宣传部"


def test_open_bands_side_blocks_and_bracketed_holders(tmp_path):
    # open bands of a score
    rows = [["序号", "岗位", "风险点", "风险值", "防控措施"], [1, "会计", "虚列支出", "20", "复核"],
            [2, "出纳", "白条抵库", "3", "盘点"], ["注:风险值15以上为高风险,8至15为中风险,7分及以下为低风险。"]]  # fmt: skip
    assert run(tmp_path / "a", {"S": rows}).risks["risk_level"].tolist() == ["Ⅰ级", "Ⅲ级"]
    # a table on its side in two blocks of the same posts
    rows = [["岗位", "站长", "会计"], ["责任人", "甘霖", "柯颖"],
            ["风险点一", "虚报工程量", "白条入账"], ["风险等级", "高", "中"], ["防控措施", "联合验收", "审核"],
            ["风险点二", "指定施工方", "挪用资金"], ["风险等级", "中", "高"], ["防控措施", "比选", "专户"]]  # fmt: skip
    res = run(tmp_path / "b", {"S": rows})
    assert sorted(res.risks["risk_point"]) == sorted(
        ["虚报工程量", "白条入账", "指定施工方", "挪用资金"]
    )
    assert res.posts[["title", "person", "n_risks"]].values.tolist() == [
        ["站长", "甘霖", 2],
        ["会计", "柯颖", 2],
    ]
    # a card titled with its holder in brackets after his 科室 and post
    card = [["XX县国有林场岗位廉政风险防控卡(护林科护林员　卫东)"], ["序号", "风险点", "风险等级", "防控措施"],
            [1, "盗伐林木不报告", "中", "巡护记录"]]  # fmt: skip
    got = run(tmp_path / "c", {"S": card}).posts[["unit", "department", "person"]].values.tolist()
    assert got == [["XX县国有林场", "护林科", "卫东"]]


def test_a_card_signed_by_its_holder_on_a_line_of_five(tmp_path):
    card = [["岗位廉政风险防控卡"], ["单位", "XX镇人民政府", "科室", "农经站"], ["岗位", "会计"],
            ["序号", "风险点", "风险类型", "风险等级", "防控措施"], [1, "挪用集体资金", "岗位职责", "高", "双签"], [],
            ["持卡人签名:", "殷实", "负责人签名:", "路明", "2024年5月"]]  # fmt: skip
    res = run(tmp_path, {"S": card})
    assert res.posts["person"].tolist() == ["殷实"]
    assert res.risks["risk_point"].tolist() == ["挪用集体资金"]


def test_a_scale_that_runs_upward_and_captions_of_communities(tmp_path):
    rows = [["说明:风险等级共分三级:一级为最低,三级为最高。"], ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "会计", "祝云", "虚列支出", "三级", "复核"], [2, "出纳", "卫东", "白条抵库", "一级", "盘点"],
            [3, "出纳", "卫东", "公款私存", "二级", "对账"]]  # fmt: skip
    assert run(tmp_path / "a", {"S": rows}).risks["risk_level"].tolist() == ["Ⅰ级", "Ⅲ级", "Ⅱ级"]
    rows = [["XX街道社区岗位廉政风险点一览表"], ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            ["一、东门社区"], [1, "社区主任", "祝云", "低保初审优亲厚友", "高", "公示"],
            ["二、西关社区"], [2, "网格员", "卫东", "入户核查走过场", "中", "抽查"]]  # fmt: skip
    assert run(tmp_path / "b", {"S": rows}).posts["department"].tolist() == ["东门社区", "西关社区"]


def test_a_footer_of_places_to_sign_each_with_its_value(tmp_path):
    rows = [["序号", "岗位", "风险点", "风险等级", "防控措施"], [1, "统计员", "虚报数据", "中", "复核"],
            ["制表人:", "欧阳兰", "复核人:", "包青", "报送时间:", "2024年4月2日", "联系电话:", "13800000000"]]  # fmt: skip
    res = run(tmp_path, {"S": rows})
    assert res.risks["risk_point"].tolist() == ["虚报数据"] and not issues(res, "error")


def test_a_pledge_names_its_holder_in_its_first_words(tmp_path):
    pledge = [["廉政承诺书"], ["本人韦立新,现任综合股统计员,郑重承诺如下:"],
              ["序号", "风险点", "风险等级", "防控措施"], [1, "泄露统计资料", "中", "保密"]]  # fmt: skip
    assert run(tmp_path / "a", {"S": pledge}).posts["person"].tolist() == ["韦立新"]
    pledge[1] = ["本人郑重承诺,在岗位上严守纪律:"]  # names no one
    assert run(tmp_path / "b", {"S": pledge}).posts["person"].tolist() == [""]


def test_a_post_with_who_stands_in_and_a_keshi_written_after_its_unit(tmp_path):
    assert split_dept_title("副站长") == ("", "副站长")
    assert split_dept_title("常务副局长") == ("", "常务副局长")
    assert split_dept_title("副所长(主持工作)") == ("", "副所长")
    assert split_dept_title("财务股会计") == ("财务股", "会计")
    card = [["岗位廉政风险防控卡"], ["单位(盖章):XX县林业局"], ["姓名", "尤达", "科室", "XX县林业局营林股", "职务", "副股长（主持工作）"],
            ["序号", "风险点", "风险等级", "防控措施"], [1, "虚报造林面积", "高", "验收"]]  # fmt: skip
    got = run(tmp_path, {"S": card}).posts[["department", "title"]].values.tolist()
    assert got == [["营林股", "副股长"]]


def test_the_holder_first_then_his_posts_in_one_cell(tmp_path):
    rows = [["序号", "姓名及职务", "风险点", "风险等级", "防控措施"],
            [1, "邬建华\n党支部书记、站长", "违规发放补贴", "高", "公示"]]  # fmt: skip
    got = run(tmp_path, {"S": rows}).posts[["person", "title"]].values.tolist()
    assert got == [["邬建华", "党支部书记、站长"]]


def test_a_numbered_caption_among_keshi_captions_is_a_keshi(tmp_path):
    rows = [["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"], ["一、财务股"],
            [1, "会计", "祝云", "虚列支出", "高", "复核"], ["二、食堂"], [2, "采购员", "卫东", "虚报采购", "中", "验收"]]  # fmt: skip
    assert run(tmp_path, {"S": rows}).posts["department"].tolist() == ["财务股", "食堂"]


def test_a_label_saying_what_kind_of_part_its_value_is(tmp_path):
    card = [["岗位廉政风险防控卡"], ["检查站", "枫桥检查站", "姓名", "彭湃", "岗位", "稽查员"],
            ["序号", "风险点", "风险等级", "防控措施"], [1, "放行超载车辆", "高", "监控"]]  # fmt: skip
    assert run(tmp_path, {"S": card}).posts["department"].tolist() == ["枫桥检查站"]


def test_a_bodys_station_in_a_town(tmp_path):
    assert unit_in_title("XX县水利局清水镇水利站廉政风险点一览表") == "XX县水利局"
    assert unit_in_title("XX县清水镇人民政府廉政风险点一览表") == "XX县清水镇人民政府"
    rows = [["清水镇水利站廉政风险点一览表"], ["填报单位(盖章):XX县水利局清水镇水利站"],
            ["序号", "岗位", "风险点", "风险等级", "防控措施"], [1, "站长", "虚报工程量", "高", "验收"],
            [2, "管水员", "私放水源", "中", "巡查"]]  # fmt: skip
    got = run(tmp_path, {"S": rows}).posts[["unit", "department"]].values.tolist()
    assert got == [["XX县水利局", "清水镇水利站"]] * 2  # a 局's 站 in a 镇: the 站 is its 科室


def test_steps_listed_before_they_are_defined(tmp_path):
    rows = [["序号", "岗位", "风险点", "风险等级", "防控措施"], [1, "站长", "虚报工程量", "三级", "验收"],
            [2, "管水员", "私放水源", "二级", "巡查"], [3, "管水员", "收费不入账", "一级", "票据"],
            ["注:风险级别分一级、二级、三级,三级为高风险,二级为中风险,一级为低风险。"]]  # fmt: skip
    assert run(tmp_path, {"S": rows}).risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级", "Ⅲ级"]


def test_what_the_review_of_these_rules_found(tmp_path):
    # a post written over two lines is no holder and a post, without a '姓名' heading over it
    rows = [["序号", "科室", "岗位", "风险点", "风险等级", "防控措施"],
            [1, "党政办", "党建\n专干", "发展党员把关不严", "中", "公示"],
            [2, "武装部", "武装\n部长", "征兵体检弄虚作假", "高", "双人复核"],
            [3, "安监站", "安全 管理员", "检查走过场", "中", "留痕"]]  # fmt: skip
    got = run(tmp_path / "a", {"S": rows}).posts[["title", "person"]].values.tolist()
    assert [p for _t, p in got] == ["", "", ""]
    assert [t.replace("\n", "").replace(" ", "") for t, _p in got] == [
        "党建专干",
        "武装部长",
        "安全管理员",
    ]
    # sub-captions '(一)' under a 科室's '一、' caption are no 科室; '三、其他岗位' ends the 科室 above
    rows = [["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"], ["一、财务科"], ["（一）资金管理"],
            [1, "会计", "祝云", "虚列支出", "高", "复核"], ["（二）票据管理"], [2, "出纳", "卫东", "白条抵库", "中", "盘点"],
            ["二、药剂科"], ["（一）药品采购"], [3, "采购员", "韩涛", "收受回扣", "高", "集中采购"],
            ["三、其他岗位"], [4, "司机", "邱实", "公车私用", "低", "登记"]]  # fmt: skip
    got = run(tmp_path / "b", {"S": rows}).posts["department"].tolist()
    assert got == ["财务科", "财务科", "药剂科", ""]
    # a school a 局 runs in a 镇 is the unit; a 局's 所 in a 镇 keeps its 镇
    assert (
        unit_in_title("XX县教育局城关镇中心学校岗位廉政风险点一览表") == "XX县教育局城关镇中心学校"
    )
    assert unit_in_title("XX县卫生健康委XX镇卫生院一览表") == "XX县卫生健康委XX镇卫生院"
    assert dept_in_title("XX县公安局城关镇派出所岗位廉政风险点一览表") == "城关镇派出所"
    assert dept_in_title("XX县财政局清水乡财政所岗位廉政风险点一览表") == "清水乡财政所"

    # a label naming the unit's kind is no 科室; of two labels of parts the finer one
    def card(line):
        return [["岗位廉政风险防控卡"], line, ["序号", "风险点", "风险等级", "防控措施"],
                [1, "收受红包", "高", "公开"]]  # fmt: skip

    got = run(
        tmp_path / "c",
        {"S": card(["医院", "XX县人民医院", "科室", "内科", "姓名", "王芳", "岗位", "医生"])},
    )
    assert got.posts["department"].tolist() == ["内科"]
    got = run(
        tmp_path / "d",
        {"S": card(["所在大队", "城区执法大队", "所在中队", "东城中队", "姓名", "王芳"])},
    )
    assert got.posts["department"].tolist() == ["东城中队"]
    got = run(
        tmp_path / "e",
        {"S": card(["乡镇卫生院", "柳湾乡卫生院", "村卫生室", "柳湾村卫生室", "姓名", "王芳"])},
    )
    assert got.posts["department"].tolist() == ["柳湾村卫生室"]
    # a pledge's ordinary words are no name
    for words in (
        "本人平时在工作岗位上注意廉洁自律,现郑重承诺:",
        "本人常年在基层水利站工作,深知岗位廉政风险,郑重承诺如下:",
    ):
        pledge = [
            ["廉政承诺书"],
            [words],
            ["序号", "风险点", "风险等级", "防控措施"],
            [1, "泄露资料", "中", "保密"],
        ]
        assert run(tmp_path / "f", {"S": pledge}).posts["person"].tolist() == [""], words


def test_three_level_words_in_a_clear_order_and_a_tally_under_the_table(tmp_path):
    # the vocabulary reads 较大 and 中 alike, 较低 and 低 alike; in one column they are three steps
    for words in (("较高", "一般", "低"), ("高", "较低", "低")):
        rows = [["序号", "岗位", "风险点", "风险等级", "防控措施"]]
        rows += [[i, "会计", f"风险{i}", w, "复核"] for i, w in enumerate(words, 1)]
        rows += [["以上共排查出风险点3个,其中一级1个。"]]
        res = run(tmp_path / words[0], {"S": rows})
        assert res.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级", "Ⅲ级"], words
        assert not issues(res, "error") and not issues(res, "warning")


def test_tabs_numbered_before_the_holders_name(tmp_path):
    def card(post):
        return [["岗位廉政风险防控卡"], ["所在股室", "综合股", "岗位", post],
                ["序号", "风险点", "风险等级", "防控措施"], [1, "虚报费用", "中", "审核"]]  # fmt: skip

    res = run(tmp_path, {"01-韩梅": card("出纳"), "(2)李雷": card("会计")})
    assert res.posts["person"].tolist() == ["韩梅", "李雷"]


def _ab_table(first_b):
    rows = [["序号", "岗位", "责任人", None, "风险点", "风险等级"], [None, None, "A角", "B角", None, None],
            [1, "柜员", "邓超", first_b, "违规办理挂失", "高"],
            [2, "信贷员", "孙俪", "黄磊", "虚报贷款用途", "高"], [3, None, None, None, "收受客户礼金", "中"]]  # fmt: skip
    return rows, {"S": ["C1:D1", "B4:B5", "C4:C5", "D4:D5"]}


def test_a_b_role_merged_down_holds_each_row_of_the_merge(tmp_path):
    rows, merges = _ab_table("方芳")
    res = run(tmp_path, {"S": rows}, merges)
    got = sorted(zip(res.risks["person"], res.risks["risk_point"], strict=True))
    assert got == [("孙俪", "收受客户礼金"), ("孙俪", "虚报贷款用途"), ("方芳", "违规办理挂失"),
                   ("邓超", "违规办理挂失"), ("黄磊", "收受客户礼金"), ("黄磊", "虚报贷款用途")]  # fmt: skip


def test_a_b_role_left_empty_names_no_one(tmp_path):
    rows, merges = _ab_table("/")
    res = run(tmp_path, {"S": rows}, merges)
    assert sorted(set(res.posts["person"])) == ["孙俪", "邓超", "黄磊"]


def test_a_post_and_its_holder_apart_by_a_slash(tmp_path):
    rows = [["序号", "科室", "岗位/姓名", "风险点", "风险等级"], [1, "办公室", "主任/钟鸣", "公车私用", "中"],
            [2, "办公室", "林立/文书", "泄露文件", "低"]]  # fmt: skip
    got = run(tmp_path, {"S": rows}).posts[["title", "person"]].values.tolist()
    assert got == [["主任", "钟鸣"], ["文书", "林立"]]


def test_a_count_line_over_the_header_names_no_keshi(tmp_path):
    rows = [["清溪乡综合文化站岗位廉政风险防控一览表"], ["本所共排查岗位2个,查找廉政风险点2个,其中高风险1个。"],
            ["序号", "岗位", "风险点", "风险等级", "防控措施"], [1, "站长", "虚报活动经费", "高", "公示"],
            [2, "管理员", "私借图书器材", "中", "登记"]]  # fmt: skip
    res = run(tmp_path, {"S": rows})
    assert set(res.posts["department"]) == {"综合文化站"} and not issues(res, "warning")


def test_a_unit_line_under_a_table_without_a_title(tmp_path):
    rows = [["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"], [1, "站长", "祁山", "虚报工程量", "高", "验收"],
            [], ["填报单位:XX县青溪镇农业技术推广站", None, "填报人:", "祁山"]]  # fmt: skip
    got = run(tmp_path, {"农技站": rows}).posts[["unit", "department"]].values.tolist()
    assert got == [["XX县青溪镇", "农业技术推广站"]]


def test_one_holder_of_two_posts_in_one_list_is_no_duplicate(tmp_path):
    rows = [["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "村党支部书记", "熊峰", "发展党员优亲厚友", "高", "公示"],
            [2, "村委会主任", "熊峰", "集体资产处置不公开", "高", "民主决策"]]  # fmt: skip
    res = run(tmp_path / "a", {"S": rows})
    assert res.posts["title"].tolist() == ["村党支部书记", "村委会主任"]
    assert "FORM_DUPLICATE" not in res.issues["code"].tolist()
    # the same form on two sheets of one file is still a duplicate
    card = [["岗位廉政风险防控卡"], ["姓名", "熊峰", "职务", "村委会主任"], ["序号", "风险点", "风险等级", "防控措施"],
            [1, "集体资产处置不公开", "高", "民主决策"]]  # fmt: skip
    res = run(tmp_path / "b", {"S1": card, "S2": card})
    assert res.issues["code"].tolist().count("FORM_DUPLICATE") == 2


def test_what_the_review_of_the_batch69_72_rules_found(tmp_path):
    def levels(words, note=None, name="a"):
        rows = [["序号", "岗位", "风险点", "风险等级", "防控措施"]]
        rows += [[i, "会计", f"风险{i}", w, "复核"] for i, w in enumerate(words, 1)]
        rows += [[note]] if note else []
        return run(tmp_path / name, {"S": rows}).risks["risk_level"].tolist()

    # three words not from the top to the bottom, or of a four-step scale, stay as the words say
    assert levels(("中", "较低", "低"), name="a") == ["Ⅱ级", "Ⅲ级", "Ⅲ级"]
    assert levels(("高", "较高", "中"), name="b") == ["Ⅰ级", "Ⅱ级", "Ⅱ级"]
    assert levels(("较大", "一般", "低"), name="c") == ["Ⅱ级", "Ⅲ级", "Ⅲ级"]
    # a legend on the sheet decides
    note = "注:高为一级风险,较高为二级风险,一般、低为三级风险。"
    assert levels(("较高", "一般", "低"), note, name="d") == ["Ⅱ级", "Ⅲ级", "Ⅲ级"]
    # a title beginning with 本溪, a part named 本部; 本局 is the unit itself
    assert dept_in_title("本溪市财政局会计科岗位廉政风险点一览表") == "会计科"
    assert dept_in_title("XX县人民医院本部财务科岗位廉政风险点一览表") == "财务科"
    assert dept_in_title("本局机关办公室岗位廉政风险点一览表") == "机关办公室"
    # a stamp left blank under a table names no unit
    rows = [["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"], [1, "会计", "孙丽", "虚列支出", "高", "复核"],
            [], ["单位(盖章):", None, "负责人(签字):", None, None, "2024年3月5日"]]  # fmt: skip
    assert run(tmp_path / "e", {"S": rows}).posts["unit"].tolist() == [""]
    # a counted caption of common risks is a caption: its rows have no holder
    rows = [["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"], ["一、办公室"], [1, "主任", "王强", "公车私用", "中", "登记"],
            ["二、财务室"], [2, "会计", "孙丽", "虚列支出", "中", "复核"], ["三、共性风险2项"],
            [3, None, None, "违规收受礼金", "高", "教育"], [4, None, None, "酒驾醉驾", "中", "提醒"]]  # fmt: skip
    res = run(tmp_path / "f", {"S": rows})
    held = dict(zip(res.risks["risk_point"], res.risks["person"], strict=True))
    assert held["违规收受礼金"] == held["酒驾醉驾"] == "" and held["虚列支出"] == "孙丽"

    # tabs numbered with a village's or an office's name name no holder
    def card(unit, post):
        return [["岗位廉政风险防控卡"], ["单位", unit, "岗位", post], ["序号", "风险点", "风险等级", "防控措施"],
                [1, "虚报费用", "中", "审核"]]  # fmt: skip

    res = run(
        tmp_path / "g",
        {
            "1.高庄": card("高庄村民委员会", "村报账员"),
            "2.文化": card("清溪镇人民政府", "文化专干"),
        },
    )
    assert res.posts["person"].tolist() == ["", ""]
    # two posts apart by a slash, and a B角 left open in words
    rows = [
        ["序号", "岗位", "风险点", "风险等级", "防控措施"],
        [1, "司机/保管员", "公车私用", "中", "登记"],
    ]
    got = run(tmp_path / "h", {"S": rows}).posts[["title", "person"]].values.tolist()
    assert got == [["司机/保管员", ""]]
    rows, merges = _ab_table("暂未设置")
    rows[3][3] = None  # one B角 cell, '暂未设置', merged over all three rows
    merges = {"S": ["C1:D1", "B4:B5", "C4:C5", "D3:D5"]}
    res = run(tmp_path / "i", {"S": rows}, merges)
    assert sorted(set(res.posts["person"])) == ["孙俪", "邓超"]
    # captions numbered '二.' among '一、' captions, and a 科室 with 风险 in its name
    rows = [["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"], ["一、办公室"], [1, "主任", "王强", "公车私用", "中", "登记"],
            ["二.财务室"], [2, "会计", "孙丽", "虚列支出", "中", "复核"], ["三、风险管理部"],
            [3, "科员", "韩涛", "隐瞒风险事件", "高", "报告"], ["四、药房"], [4, "药师", "邱实", "收受回扣", "高", "集中采购"]]  # fmt: skip
    got = run(tmp_path / "j", {"S": rows}).posts["department"].tolist()
    assert got == ["办公室", "财务室", "风险管理部", "药房"]
    # two cards of one holder stacked on one sheet are still a duplicate
    two = card("清溪镇人民政府", "会计")[:2] + [["姓名", "熊峰"]] + card("", "")[2:]
    two += [[]] + card("清溪镇人民政府", "出纳")[:2] + [["姓名", "熊峰"]] + card("", "")[2:]
    codes = run(tmp_path / "k", {"S": two}).issues["code"].tolist()
    assert codes.count("FORM_DUPLICATE") == 2


def test_a_count_of_holders_or_a_headcount_is_no_holder(tmp_path):
    rows = [
        ["序号", "岗位", "岗位编制数", "风险点", "风险等级"],
        [1, "驾驶员", 3, "公车私用", "中"],
    ]
    assert run(tmp_path / "a", {"S": rows}).posts["person"].tolist() == [""]
    rows = [["序号", "岗位(人数)", "风险点", "风险等级"], [1, "驾驶员(3人)", "公车私用", "中"]]
    assert run(tmp_path / "b", {"S": rows}).posts["title"].tolist() == ["驾驶员"]


def test_a_line_of_fields_across_the_table_heads_the_rows_below(tmp_path):
    rows = [["序号", "风险点", "风险等级", "防控措施"], ["科室:财务室　岗位:出纳　责任人:孙丽"],
            [1, "白条抵库", "中", "盘点"], ["科室:财务室　岗位:会计　责任人:王强"], [2, "虚列支出", "高", "复核"]]  # fmt: skip
    got = run(tmp_path, {"S": rows}).posts[["department", "title", "person"]].values.tolist()
    assert got == [["财务室", "出纳", "孙丽"], ["财务室", "会计", "王强"]]


def test_parts_beginning_with_village_words_and_a_post_with_what_it_oversees():
    assert unit_in_title("青石镇乡村振兴办公室岗位廉政风险点一览表") == "青石镇"
    assert dept_in_title("XX县青石镇村镇规划建设所岗位廉政风险点一览表") == "村镇规划建设所"
    # what a named holder's post oversees is no part of it
    assert split_dept_title("副镇长（主持工作）") == ("", "副镇长")


def test_a_blank_name_on_a_named_tab_a_ticked_choice_and_prompts_left_in_rows(tmp_path):
    card = [["岗位廉政风险防控卡"], ["姓名", None, "职务", "会计"], ["序号", "风险点", "风险类型", "风险等级", "防控措施"],
            [1, "虚列支出", "岗位职责", "高○ 中√ 低○", "复核"], [2, None, "请选择", "请选择", None]]  # fmt: skip
    named = [["岗位廉政风险防控卡"], ["姓名", "李雷", "职务", "出纳"], ["序号", "风险点", "风险等级", "防控措施"],
             [1, "白条抵库", "中", "盘点"]]  # fmt: skip
    res = run(tmp_path, {"李雷": named, "韩梅": card})  # the other tab shows tabs are names
    assert res.posts["person"].tolist() == ["李雷", "韩梅"]
    assert res.risks["risk_level"].tolist() == ["Ⅱ级", "Ⅱ级"] and not issues(res, "warning")


def test_a_cards_front_on_one_sheet_its_table_on_the_next(tmp_path):
    front = [
        ["岗位廉政风险防控卡(正面)"],
        ["持卡人", "方圆", "职务", "站长"],
        ["所在单位", "青石镇人民政府", "所在站所", "农机站"],
    ]
    back = [["序号", "风险点", "风险等级", "防控措施"], [1, "虚报农机补贴", "高", "公示"]]
    got = run(tmp_path, {"正面": front, "背面": back}).posts[["person", "title"]].values.tolist()
    assert got == [["方圆", "站长"]]


def test_a_small_table_of_who_holds_which_post_above_the_list(tmp_path):
    rows = [["一、人员分工"], ["序号", "职务", "姓名", "分工"], [1, "站长", "方圆", "全面工作"], [2, "会计", "孙丽", "财务"],
            ["二、风险点"], ["序号", "岗位", "风险点", "风险等级", "防控措施"], [1, "站长", "虚报补贴", "高", "公示"],
            [2, "会计", "白条抵库", "中", "盘点"]]  # fmt: skip
    got = run(tmp_path, {"S": rows}).posts[["title", "person"]].values.tolist()
    assert got == [["站长", "方圆"], ["会计", "孙丽"]]


def test_one_holder_heading_two_keshi_in_one_list_is_no_duplicate(tmp_path):
    rows = [["序号", "科室", "岗位", "姓名", "风险点", "风险等级"], [1, "设备科", "科长", "鲍立", "虚报采购", "高"],
            [2, "后勤科", "科长", "鲍立", "收受回扣", "高"]]  # fmt: skip
    assert "FORM_DUPLICATE" not in run(tmp_path, {"S": rows}).issues["code"].tolist()


def test_what_the_review_of_the_batch73_76_rules_found(tmp_path):
    # a post with its headcount under '岗位及人数' is the post
    rows = [["序号", "岗位及人数", "风险点", "风险等级", "防控措施"], [1, "会计（1人）", "虚列支出", "高", "复核"],
            [2, "出纳2人", "公款私存", "中", "对账"]]  # fmt: skip
    assert run(tmp_path / "a", {"S": rows}).posts["title"].tolist() == ["会计", "出纳"]
    # towns named …城镇, …城乡, …村镇 are towns; 乡 before 村级 too
    assert unit_in_title("宁县新城镇财政所岗位廉政风险点一览表") == "宁县新城镇"
    assert unit_in_title("西城乡人民政府岗位廉政风险防控一览表") == "西城乡人民政府"
    assert unit_in_title("XX县南坪乡村级组织岗位廉政风险点一览表") == "XX县南坪乡"
    assert dept_in_title("XX县李村镇财政所岗位廉政风险点一览表") == "财政所"
    # a label before boxes ticked before their words
    assert load_config().level("评定：□高 ☑中 □低") == "Ⅱ级"

    def card(post, name=None):
        rows = [["岗位廉政风险防控卡"], ["单位", "XX县农机站", "岗位", post]]
        rows += [["姓名", name]] if name is not False else []
        return rows + [
            ["序号", "风险点", "风险等级", "防控措施"],
            [1, f"{post}虚报费用", "高", "审核"],
        ]

    # an instructions or cover sheet before a card gives it no holder
    guide = [["填表说明"], ["姓名:填写岗位责任人姓名"], ["职务:填写现任职务"]]
    res = run(tmp_path / "b", {"填表说明": guide, "卡": card("会计", False)})
    assert res.posts["person"].tolist() == [""]
    cover = [["岗位廉政风险防控卡"], ["责任人", "王强"]]
    assert run(tmp_path / "c", {"封面": cover, "卡": card("会计", False)}).posts[
        "person"
    ].tolist() == [""]
    # tabs named for a post or a place name no holder of a blank 姓名; tabs that are names do
    res = run(
        tmp_path / "d", {"安全员": card("安全员"), "石门": card("站长"), "黄坪": card("站长")}
    )
    assert res.posts["person"].tolist() == ["", "", ""]
    res = run(tmp_path / "e", {"韩梅": card("会计", "韩梅"), "李雷": card("出纳")})
    assert res.posts["person"].tolist() == ["韩梅", "李雷"]
    # what a post oversees tells two posts apart where no one is named
    two = card("副局长（分管预算）", False) + [[]] + card("副局长（分管国库）", False)
    res = run(tmp_path / "f", {"S": two})
    assert res.posts["title"].tolist() == ["副局长（分管预算）", "副局长（分管国库）"]
    assert "FORM_DUPLICATE" not in res.issues["code"].tolist()
    # a roster's watchers, and a post two people hold, name no holder
    rows = [["序号", "岗位", "分管领导姓名"], [1, "会计", "方圆"], [2, "出纳", "杨帆"], [],
            ["序号", "岗位", "风险点", "风险等级", "防控措施"], [1, "会计", "虚列支出", "高", "复核"],
            [2, "出纳", "公款私存", "中", "对账"]]  # fmt: skip
    assert run(tmp_path / "g", {"S": rows}).posts["person"].tolist() == ["", ""]
    rows = [["序号", "岗位", "姓名"], [1, "站长", "方圆"], [2, "网格员", "杨帆"], [3, "网格员", "李强"], [],
            ["序号", "岗位", "风险点", "风险等级", "防控措施"], [1, "站长", "虚报补贴", "高", "公示"],
            [2, "网格员", "瞒报信息", "中", "抽查"]]  # fmt: skip
    got = run(tmp_path / "h", {"S": rows}).posts[["title", "person"]].values.tolist()
    assert got == [["站长", "方圆"], ["网格员", ""]]
    # a group line naming no one
    rows = [["序号", "风险点", "风险等级", "防控措施"], ["岗位:全体干部职工　　责任人:各科室负责人"],
            [1, "违规收受礼金", "高", "教育"]]  # fmt: skip
    assert run(tmp_path / "i", {"S": rows}).posts["person"].tolist() == [""]


def test_what_batches_77_to_80_taught_in_other_words(tmp_path):
    # one cell across the 科室 and 岗位 columns is a post; notes after a list's post
    rows = [["序号", "科室", "岗位", "风险点", "风险等级"], [1, "办公室", "主任", "公车私用", "中"],
            [2, "全体工作人员", None, "违规收受礼金", "高"], [3, "办公室", "副主任（主持工作）", "虚报费用", "中"],
            [4, "办公室", "科员（兼任档案员）", "泄露档案", "低"]]  # fmt: skip
    res = run(tmp_path / "a", {"S": rows}, {"S": ["B3:C3"]})
    got = res.posts[["department", "title"]].values.tolist()
    assert got == [
        ["办公室", "主任"],
        ["", "全体工作人员"],
        ["办公室", "副主任"],
        ["办公室", "科员"],
    ]
    # fields one to a line in one cell, a 科室 after its town's short name, a 监区
    card = [["个人廉政风险自查表"], ["姓　　名：邬梅⏎所在办（站、所）：农经站⏎职　　务：站长".replace("⏎", "\n")],
            ["序号", "风险点", "风险等级", "防控措施"], [1, "虚报补贴", "高", "公示"]]  # fmt: skip
    got = run(tmp_path / "b", {"S": card}).posts[["person", "department", "title"]].values.tolist()
    assert got == [["邬梅", "农经站", "站长"]]
    card = [["岗位廉政风险防控卡"], ["单位(盖章):XX县青石镇人民政府"], ["姓名", "邬梅", "科室", "青石镇党政办", "职务", "主任"],
            ["序号", "风险点", "风险等级", "防控措施"], [1, "虚报补贴", "高", "公示"]]  # fmt: skip
    assert run(tmp_path / "c", {"S": card}).posts["department"].tolist() == ["党政办"]
    card = [["岗位廉政风险防控卡"], ["所在病区", "内一病区", "姓名", "邬梅", "职务", "护士长"],
            ["序号", "风险点", "风险等级", "防控措施"], [1, "收受红包", "高", "公示"]]  # fmt: skip
    assert run(tmp_path / "d", {"S": card}).posts["department"].tolist() == ["内一病区"]
    # a group under 责任人 is no holder; 所在组织 is the 科室; a 教学点 of a school
    rows = [["序号", "所在组织", "岗位", "责任人", "风险点", "风险等级"], [1, "居委会", "主任", "邬梅", "优亲厚友", "高"],
            [2, "居委会", "网格员", "全体网格员", "瞒报信息", "中"]]  # fmt: skip
    got = run(tmp_path / "e", {"S": rows}).posts[["department", "person"]].values.tolist()
    assert got == [["居委会", "邬梅"], ["居委会", ""]]
    assert dept_in_title("XX县青石镇中心小学白果教学点岗位廉政风险排查表") == "白果教学点"
    assert unit_in_title("XX县工人文化宫岗位廉政风险点一览表") == "XX县工人文化宫"


def test_what_a_named_holders_post_oversees_is_no_part_of_it(tmp_path):
    card = [["岗位廉政风险防控卡"], ["姓名", "邬梅", "职务", "副镇长（负责农业、水利）"],
            ["序号", "风险点", "风险等级", "防控措施"], [1, "虚报补贴", "高", "公示"]]  # fmt: skip
    assert run(tmp_path, {"S": card}).posts["title"].tolist() == ["副镇长"]


def test_what_the_review_of_the_batch77_80_rules_found(tmp_path):
    # compounds of place words begin a name; a town's 城镇/城乡 end the town; 宫 inside names
    assert unit_in_title("XX县城镇燃气管理中心岗位廉政风险防控表") == "XX县城镇燃气管理中心"
    assert dept_in_title("XX县林业局乡村绿化股岗位廉政风险防控表") == "乡村绿化股"
    assert unit_in_title("宁县新城镇财政所岗位廉政风险点一览表") == "宁县新城镇"
    assert unit_in_title("南宫市财政局岗位廉政风险防控表") == "南宫市财政局"
    # what a named holder's post oversees, from a 科室-and-post field
    card = [["岗位廉政风险防控卡"], ["姓名", "邬梅", "所在科室及职务", "财务股副股长（分管票据）"],
            ["序号", "风险点", "风险等级", "防控措施"], [1, "白条抵库", "高", "盘点"]]  # fmt: skip
    got = run(tmp_path / "a", {"S": card}).posts[["department", "title"]].values.tolist()
    assert got == [["财务股", "副股长"]]
    # two fields on a line of a cell of several lines
    card = [["个人自查表"], ["姓名：邬梅    职务：会计\n科室：财务股    填表日期：2024年5月"],
            ["序号", "风险点", "风险等级", "防控措施"], [1, "白条抵库", "高", "盘点"]]  # fmt: skip
    got = run(tmp_path / "b", {"S": card}).posts[["person", "department", "title"]].values.tolist()
    assert got == [["邬梅", "财务股", "会计"]]
    # a padded name in a group line; a note after the boxes
    rows = [
        ["序号", "风险点", "风险等级", "防控措施"],
        ["岗位:文书　　责任人:邬　梅"],
        [1, "泄露文件", "中", "保密"],
    ]
    assert run(tmp_path / "c", {"S": rows}).posts["person"].tolist() == ["邬梅"]
    assert load_config().level("一级□ 二级☑ 三级□（单选）") == "Ⅱ级"
    # a card's front giving unit and post in one field
    front = [["防控卡(正面)"], ["姓名", "邬梅", "单位及职务", "XX县青石镇农经站站长"]]
    back = [["序号", "风险点", "风险等级", "防控措施"], [1, "虚报补贴", "高", "公示"]]
    got = (
        run(tmp_path / "d", {"正面": front, "背面": back})
        .posts[["person", "title"]]
        .values.tolist()
    )
    assert got == [["邬梅", "站长"]]
    # a 科室 merged across 科室 and 岗位 stays a 科室
    rows = [
        ["序号", "科室", "岗位", "姓名", "风险点", "风险等级"],
        [1, "财务股", None, "邬梅", "白条抵库", "高"],
    ]
    got = run(tmp_path / "e", {"S": rows}, {"S": ["B2:C2"]}).posts["department"].tolist()
    assert got == ["财务股"]


def test_what_batches_81_to_84_taught_in_other_words(tmp_path):
    # a leader's 分管工作 above the table names no 科室
    card = [["岗位廉政风险防控卡"], ["持卡人", "邬梅", "职务", "副局长"], ["分管工作", "规划股、审批股、执法大队"],
            ["序号", "风险点", "风险等级", "防控措施"], [1, "违规审批", "高", "集体研究"]]  # fmt: skip
    assert run(tmp_path / "a", {"S": card}).posts["department"].tolist() == ["领导班子"]
    # a line of who holds which post above a list naming only holders gives them their posts
    rows = [["XX镇综合文化站岗位廉政风险防控清单"], ["站长", "邬梅", "管理员", "祁山"],
            ["序号", "风险点", "风险等级", "防控措施", "责任人"], [1, "虚报活动经费", "高", "公示", "邬梅"],
            [2, "私借器材", "中", "登记", "祁山"]]  # fmt: skip
    got = run(tmp_path / "b", {"S": rows}).posts[["title", "person"]].values.tolist()
    assert got == [["站长", "邬梅"], ["管理员", "祁山"]]
    # sign-off lines starting with the unit, with a place to sign or a date
    rows = [["序号", "岗位", "风险点", "风险等级", "防控措施"], [1, "会计", "虚列支出", "高", "复核"],
            ["填报单位(盖章):", "站长:", "2024年6月"], ["填报单位:XX县青石镇文化站(盖章)", "2024年6月"]]  # fmt: skip
    res = run(tmp_path / "c", {"S": rows})
    assert res.risks["risk_point"].tolist() == ["虚列支出"] and not issues(res, "warning")
    # units and parts: a county government's office, a 委员会's 办公室, a 站's 站务科, a 灌区's 所
    assert unit_in_title("XX县人民政府信访办公室岗位廉政风险防控一览表") == "XX县人民政府信访办公室"
    assert (
        unit_in_title("中共XX县委财经委员会办公室廉政风险防控清单") == "中共XX县委财经委员会办公室"
    )
    assert dept_in_title("XX县长途汽车站站务股岗位廉政风险点排查表") == "站务股"
    assert dept_in_title("XX县灌区管理所岗位廉政风险防控一览表") == ""
    # 管理段 under 所室/管理段
    rows = [
        ["序号", "所室/管理段", "岗位", "风险点", "风险等级"],
        [1, "南干渠管理段", "段长", "虚报工程量", "高"],
    ]
    assert run(tmp_path / "d", {"S": rows}).posts["department"].tolist() == ["南干渠管理段"]


def test_what_batches_85_to_88_taught_in_other_words():
    # a bare 附件 line before a title; a 县委's 研究室 and a county's 调查队 are units
    assert unit_in_title("附件XX县档案馆岗位廉政风险点一览表") == "XX县档案馆"
    assert unit_in_title("中共XX县委政策研究室岗位廉政风险防控一览表") == "中共XX县委政策研究室"
    assert unit_in_title("XX市调查队岗位廉政风险点一览表") == "XX市调查队"
    # the heads under '室领导' lead the body; front-line 经理 posts are staff
    assert tier_of_post("副主任", "室领导") == "leader"
    assert [tier_of_post(p) for p in ("客户经理", "台区经理")] == ["general", "general"]


def test_what_the_review_of_the_batch81_84_rules_found(tmp_path):
    level = load_config().level
    # boxes with spaces on both sides: the nearer word, a label and the ends say nothing
    assert [level(x) for x in ("□ 高  ☑ 中  □ 低", "一级 ☑ 二级 □ 三级 □", "☑ 一级 □ 二级 □ 三级",
                               "评定：□ 高 ☑ 中 □ 低")] == ["Ⅱ级", "Ⅰ级", "Ⅰ级", "Ⅱ级"]  # fmt: skip

    # a stacked card's 单位 line with its fields is its preamble, no sign-off of the card above
    def card(name, post):
        return [["单位：XX县档案局", "姓名：", name, "职务：", post], ["序号", "风险点", "风险等级", "防控措施"],
                [1, f"{post}泄露档案", "中", "保密"], []]  # fmt: skip

    res = run(
        tmp_path / "a",
        {"S": [["XX县档案局岗位廉政风险防控表"], *card("邬梅", "馆员"), *card("祁山", "出纳")]},
    )
    assert res.posts[["person", "title"]].values.tolist() == [["邬梅", "馆员"], ["祁山", "出纳"]]
    # a caption naming a post that oversees something is the post
    rows = [["XX镇领导班子成员岗位廉政风险防控表"], ["分管城建副镇长"], ["风险点", "风险等级", "防控措施"],
            ["违规干预工程招标", "高", "集体研究"]]  # fmt: skip
    assert run(tmp_path / "b", {"S": rows}).posts["title"].tolist() == ["分管城建副镇长"]
    # a bureau's 委员会 keeps its 办公室 as a 科室; a 镇's 镇村/镇区 offices stay out of its unit
    assert (
        unit_in_title("XX县发展和改革委员会办公室岗位廉政风险防控一览表") == "XX县发展和改革委员会"
    )
    assert unit_in_title("XX县青石镇镇村干部岗位廉政风险一览表") == "XX县青石镇"
    # a 镇's 办 head leads the 办, not the 镇
    rows = [["XX县青石镇人民政府岗位廉政风险点一览表"], ["序号", "岗位", "姓名", "风险点", "风险等级"],
            [1, "党政办主任", "邬梅", "公车私用", "中"]]  # fmt: skip
    assert run(tmp_path / "c", {"S": rows}).posts["tier"].tolist() == ["中层岗位"]
    # a leading group's roles above a list are no posts
    rows = [["组长", "邬梅", "副组长", "祁山"], ["序号", "姓名", "风险点", "风险等级"], [1, "邬梅", "违规决策", "高"],
            [2, "祁山", "失职失察", "中"]]  # fmt: skip
    assert run(tmp_path / "d", {"S": rows}).posts["title"].tolist() == ["", ""]
    # two fields on a line: each value runs to the wide gap
    card = [["个人自查表"], ["姓名：邬梅    性别：女\n职务：财务股 会计"], ["序号", "风险点", "风险等级", "防控措施"],
            [1, "白条抵库", "高", "盘点"]]  # fmt: skip
    got = run(tmp_path / "e", {"S": card}).posts[["person", "department", "title"]].values.tolist()
    assert got == [["邬梅", "财务股", "会计"]]


def test_what_the_review_of_the_latest_rules_found(tmp_path):
    # 县委 titles keep their unit and parts; a 纪委's 办公室 is its 科室, a 编办 a unit
    assert unit_in_title("中共XX县委办公室岗位廉政风险防控表") == "中共XX县委办公室"
    assert dept_in_title("XX县委宣传部新闻科岗位廉政风险防控表") == "新闻科"
    assert dept_in_title("XX县财政局局办公室岗位廉政风险防控表") == "局办公室"
    assert (
        unit_in_title("中共XX县纪律检查委员会办公室岗位廉政风险防控表") == "中共XX县纪律检查委员会"
    )
    assert (
        unit_in_title("XX县人民政府城乡一体化办公室岗位廉政风险防控表")
        == "XX县人民政府城乡一体化办公室"
    )
    # an office's own head named by its short name leads it
    rows = [["XX县人民防空办公室岗位廉政风险防控表"], ["序号", "岗位", "姓名", "风险点", "风险等级"],
            [1, "人防办主任", "邬梅", "违规审批", "高"]]  # fmt: skip
    assert run(tmp_path / "a", {"S": rows}).posts["tier"].tolist() == ["领导岗位"]
    # duty lines spaced or with a colon name no 科室
    for line in (["分 管 工 作", "办公室、预算股"], ["分管：办公室、预算股"]):
        card = [["XX县财政局岗位廉政风险防控表"], ["姓名", "邬梅", "职务", "副局长"], line,
                ["序号", "风险点", "风险等级", "防控措施"], [1, "违规拨付资金", "高", "集体研究"]]  # fmt: skip
        assert run(tmp_path / "b", {"S": card}).posts["department"].tolist() == ["领导班子"], line
    # a field's value stops at a blank label or an unlabelled item
    card = [["岗位廉政风险防控卡"], ["姓名：祁山 职务：出纳 签字："], ["序号", "风险点", "风险等级", "防控措施"],
            [1, "白条抵库", "高", "盘点"]]  # fmt: skip
    assert run(tmp_path / "c", {"S": card}).posts["title"].tolist() == ["出纳"]
    # a line naming a 委员 and a 组长 among posts gives them their posts
    rows = [["村支书", "邬梅", "委员", "祁山"], ["序号", "姓名", "风险点", "风险等级"], [1, "邬梅", "违规决策", "高"],
            [2, "祁山", "优亲厚友", "中"]]  # fmt: skip
    assert run(tmp_path / "d", {"S": rows}).posts["title"].tolist() == ["村支书", "委员"]


def test_what_batches_89_to_92_taught_in_other_words(tmp_path):
    # '处室/岗位' cells; a 社区卫生服务中心 is one unit; a holder named after the unit in a title
    rows = [
        ["序号", "处室/岗位", "姓名", "风险点", "风险等级"],
        [1, "总务处/保管员", "邬梅", "虚报物资", "中"],
    ]
    got = run(tmp_path / "a", {"S": rows}).posts[["department", "title"]].values.tolist()
    assert got == [["总务处", "保管员"]]
    assert (
        unit_in_title("XX区青石街道社区卫生服务站岗位廉洁风险排查表")
        == "XX区青石街道社区卫生服务站"
    )
    card = [["XX县自来水有限公司祁山同志岗位廉洁风险防控卡"], ["序号", "风险点", "风险等级", "防控措施"],
            [1, "违规减免水费", "高", "审批"]]  # fmt: skip
    assert run(tmp_path / "b", {"S": card}).posts["person"].tolist() == ["祁山"]
    # a sign-off label with its value under the point column is no point; a 班组 field
    rows = [["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"], [1, "会计", "邬梅", "虚列支出", "高", "复核"],
            ["制表:财务股", None, None, "复核:纪检组", None, "2024年7月"]]  # fmt: skip
    assert run(tmp_path / "c", {"S": rows}).risks["risk_point"].tolist() == ["虚列支出"]
    card = [["岗位廉政风险防控卡"], ["单位", "XX县供电公司", "班组", "运维二班"], ["持卡人", "祁山", "岗位", "运维工"],
            ["序号", "风险点", "风险等级", "防控措施"], [1, "违规接电", "高", "复核"]]  # fmt: skip
    assert run(tmp_path / "d", {"S": card}).posts["department"].tolist() == ["运维二班"]


def test_sheets_named_for_their_parts_give_their_forms_a_keshi(tmp_path):
    def sheet(post, name):
        return [["XX县青石镇卫生院岗位廉洁风险排查表"], ["序号", "岗位", "姓名", "风险点", "风险等级"],
                [1, post, name, "收受回扣", "高"]]  # fmt: skip

    res = run(
        tmp_path / "a", {"检验科": sheet("检验员", "邬梅"), "药库": sheet("药库主任", "祁山")}
    )
    got = res.posts[["department", "tier"]].values.tolist()
    assert got == [["检验科", "一般岗位"], ["药库", "中层岗位"]]
    # a lone sheet's tab that is no 科室 word says nothing
    assert run(tmp_path / "b", {"药库": sheet("药库主任", "祁山")}).posts[
        "department"
    ].tolist() == [""]


def test_what_the_last_review_of_these_rules_found(tmp_path):
    # points written 'step：what goes wrong' are points, not sign-offs
    rows = [["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"], [1, "会计", "邬梅", "报销：把关不严", "中", "复核"],
            [2, "会计", "邬梅", "复核：复核走过场", "中", "抽查"]]  # fmt: skip
    assert len(run(tmp_path / "a", {"S": rows}).risks) == 2
    # a 县委's committee offices; 政协 and 共青团 committees' 办公室; a 县委党校's 处
    assert dept_in_title("XX县委改革办岗位廉政风险防控表") == ""
    assert unit_in_title("政协XX市委员会办公室岗位廉政风险防控表") == "政协XX市委员会办公室"
    assert dept_in_title("中共XX市委党校科研处岗位廉政风险防控表") == "科研处"
    # a caption naming a post that oversees, with a colon or a 、
    card = [["XX县水利局岗位廉政风险防控卡"], ["分管副局长：邬梅"], ["序号", "风险点", "风险等级", "防控措施"],
            [1, "违规审批资金", "高", "集体研究"]]  # fmt: skip
    assert run(tmp_path / "b", {"S": card}).posts["tier"].tolist() == ["领导岗位"]
    # a 镇's 办 heads are middle, whatever their letters
    rows = [["XX县青石乡人民政府岗位廉政风险防控一览表"], ["序号", "岗位", "姓名", "风险点", "风险等级"],
            [1, "民政办主任", "邬梅", "优亲厚友", "高"]]  # fmt: skip
    assert run(tmp_path / "c", {"S": rows}).posts["tier"].tolist() == ["中层岗位"]
    # a card front naming only its unit; a field's value over single spaces
    front = [["防控卡(正面)"], ["姓名", "邬梅", "单位及职务", "XX县青石镇中心小学"]]
    back = [["序号", "风险点", "风险等级", "防控措施"], [1, "虚报补贴", "高", "公示"]]
    got = (
        run(tmp_path / "d", {"正面": front, "背面": back}).posts[["unit", "title"]].values.tolist()
    )
    assert got == [["XX县青石镇中心小学", ""]]
    card = [["岗位廉政风险防控卡"], ["姓名：欧阳 明华    职务：会计 兼 出纳"], ["序号", "风险点", "风险等级", "防控措施"],
            [1, "白条抵库", "高", "盘点"]]  # fmt: skip
    got = run(tmp_path / "e", {"S": card}).posts[["person", "title"]].values.tolist()
    assert got == [["欧阳明华", "会计兼出纳"]]
    # a line mixing a post with a group's roles still gives the post
    rows = [["所长", "邬梅", "组长", "祁山", "组员", "王强"], ["序号", "责任人", "风险点", "风险等级"],
            [1, "邬梅", "违规审批", "高"]]  # fmt: skip
    assert run(tmp_path / "f", {"S": rows}).posts["title"].tolist() == ["所长"]


def test_a_unit_line_with_another_field_after_it(tmp_path):
    rows = [["XX县岗位廉政风险防控表"], ["填报单位:XX县青石乡人民政府　　科室:民政办"],
            ["序号", "岗位", "姓名", "风险点", "风险等级"], [1, "民政专干", "邬梅", "优亲厚友", "高"]]  # fmt: skip
    got = run(tmp_path, {"S": rows}).posts[["unit", "department"]].values.tolist()
    assert got == [["XX县青石乡人民政府", "民政办"]]


def test_what_batches_93_to_96_taught_in_other_words(tmp_path):
    # 'post：name' under a heading naming both
    rows = [
        ["序号", "部门", "岗位及责任人", "风险点", "风险等级"],
        [1, "办公室", "档案员：邬梅", "泄露文件", "中"],
    ]
    got = run(tmp_path / "a", {"S": rows}).posts[["title", "person"]].values.tolist()
    assert got == [["档案员", "邬梅"]]
    # '自查人:' in a line of fields names the holder
    card = [["个人廉政风险自查表"], ["自查人:祁山　　所在科室:调度科　　岗位:科员"],
            ["序号", "风险点", "风险等级", "防控措施"], [1, "泄露信息", "中", "保密"]]  # fmt: skip
    assert run(tmp_path / "b", {"S": card}).posts["person"].tolist() == ["祁山"]
    # a county's 公证处 is a unit; a given name of two post characters that is no post is a name
    assert unit_in_title("XX县公证处岗位廉政风险防控清单") == "XX县公证处"
    assert looks_like_name("邬书勤") and not looks_like_name("邬科长")
    assert not any(
        map(looks_like_name, ("高风险", "王项目", "刘工程", "赵档案"))
    )  # words, no names


def test_what_the_last_review_of_the_stop_found(tmp_path):
    # a sign-off naming a post; a post's line of work after a colon is no holder
    rows = [["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"], [1, "会计", "邬梅", "虚列支出", "高", "复核"],
            ["审核：分管副局长"]]  # fmt: skip
    res = run(tmp_path / "a", {"S": rows})
    assert res.risks["risk_point"].tolist() == ["虚列支出"] and not issues(res, "warning")
    rows = [
        ["序号", "科室", "岗位", "风险点", "风险等级"],
        [1, "党政办", "干事：信访", "压案不报", "中"],
    ]
    assert run(tmp_path / "b", {"S": rows}).posts["person"].tolist() == [""]

    # a leaders' sheet or the unit's own tab is no 科室
    def sheet(dept, post, name):
        return [["XX县青石镇人民政府岗位廉政风险点一览表"], ["序号", "科室", "岗位", "姓名", "风险点", "风险等级"],
                [1, dept, post, name, "违规审批", "高"]]  # fmt: skip

    res = run(
        tmp_path / "c",
        {"镇领导": sheet(None, "武装部长", "邬梅"), "党政办": sheet("党政办", "主任", "祁山")},
    )
    assert res.posts["department"].tolist() == ["", "党政办"]
    # a field's value stops before words that are no post; two holders are not one name
    card = [["岗位廉政风险防控卡"], ["姓名：邬梅　　单位：XX县青石镇人民政府　　职务：副镇长 分管农业"],
            ["序号", "风险点", "风险等级", "防控措施"], [1, "虚报补贴", "高", "公示"]]  # fmt: skip
    assert run(tmp_path / "d", {"S": card}).posts["title"].tolist() == ["副镇长"]
    # a committee office's parts; word levels ending in 级 stretched as the words
    assert dept_in_title("中共XX县委编办综合股廉政风险防控表") == "综合股"
    rows = [["序号", "岗位", "风险点", "风险等级", "防控措施"], [1, "会计", "风险1", "较高", "复核"],
            [2, "会计", "风险2", "一般", "复核"], [3, "会计", "风险3", "低级", "复核"]]  # fmt: skip
    assert run(tmp_path / "e", {"S": rows}).risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级", "Ⅲ级"]


def test_what_batch_97_taught_in_other_words(tmp_path):
    # the office of a county's standing committee is the unit; a 委's own 办公室 is its 科室
    assert unit_in_title("XX县老龄工作委员会办公室岗位廉政风险点一览表") == (
        "XX县老龄工作委员会办公室"
    )
    assert dept_in_title("XX县老龄工作委员会办公室岗位廉政风险点一览表") == ""
    assert unit_in_title("XX县妇儿工委办公室廉政风险防控表") == "XX县妇儿工委办公室"
    assert unit_in_title("XX县卫生健康委员会办公室岗位廉政风险") == "XX县卫生健康委员会"
    assert dept_in_title("XX县卫生健康委员会办公室岗位廉政风险") == "办公室"
    # heads listed under the body's own leaders ('馆领导') are leaders, not heads of a part
    rows = [["XX县图书馆岗位廉政风险防控一览表"], ["序号", "科室", "岗位", "风险点", "风险等级"],
            [1, "馆领导", "副馆长", "违规采购", "高"], [2, "馆领导", "部长", "虚报经费", "中"],
            [3, "采编部", "部长", "采购回扣", "中"], [4, "馆领导", "办事员", "泄露信息", "低"]]  # fmt: skip
    got = run(tmp_path / "a", {"S": rows}).posts[["department", "title", "tier"]].values.tolist()
    assert got == [["馆领导", "副馆长", "领导岗位"], ["馆领导", "部长", "领导岗位"],
                   ["采编部", "部长", "中层岗位"], ["馆领导", "办事员", "一般岗位"]]  # fmt: skip
    # a national bureau's team in a county, a county's troupe: units of their own
    assert unit_in_title("国家统计局青石调查队岗位廉政风险防控表") == "国家统计局青石调查队"
    assert dept_in_title("国家统计局青石调查队岗位廉政风险防控表") == ""
    assert dept_in_title("国家统计局青石调查队综合科岗位廉政风险防控表") == "综合科"
    assert unit_in_title("XX县越剧团岗位廉政风险点排查表") == "XX县越剧团"
    assert dept_in_title("XX县越剧团舞美队岗位廉政风险点排查表") == "舞美队"


def test_what_batches_98_to_100_taught_in_other_words(tmp_path):
    # a card titled with its unit, the post and then the holder
    card = [["XX县不动产登记中心副主任甯可为廉政风险防控卡"], ["序号", "风险点", "风险等级", "防控措施"],
            [1, "违规办理登记", "高", "双人审核"]]  # fmt: skip
    got = run(tmp_path / "a", {"S": card}).posts[["person", "title", "tier"]].values.tolist()
    assert got == [["甯可为", "副主任", "领导岗位"]]
    card[0] = ["XX县不动产登记中心权籍股股长郤文涛岗位廉政风险防控卡"]
    got = run(tmp_path / "b", {"S": card}).posts[["person", "department", "title"]].values.tolist()
    assert got == [["郤文涛", "权籍股", "股长"]]
    assert unit_in_title("XX县交通运输局副局长郤文涛廉政风险防控卡") == "XX县交通运输局"
    # short names of a county's federations are units; their 科 is no 科室
    assert unit_in_title("XX县科协岗位廉政风险防控清单") == "XX县科协"
    assert dept_in_title("XX县科协岗位廉政风险防控清单") == ""
    assert dept_in_title("XX县侨联联络部岗位廉政风险防控清单") == "联络部"
    # levels defined by their order alone
    rows = [["序号", "岗位", "风险点", "风险等级", "防控措施"], [1, "会计", "虚列支出", "甲", "复核"],
            [2, "会计", "私设小金库", "乙", "复核"], [3, "出纳", "挪用", "丙", "复核"],
            ["备注:风险等级从高到低依次为甲、乙、丙。"]]  # fmt: skip
    assert run(tmp_path / "c", {"S": rows}).risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级", "Ⅲ级"]
    # a post in brackets after its 科室
    assert split_dept_title("稽查股（稽查员）") == ("稽查股", "稽查员")

    # tabs naming every holder where no 姓名 is filled in
    def form(post):
        return [["XX县疾控中心岗位廉政风险自查表"], ["姓名", None, "岗位", post],
                ["序号", "风险点", "风险等级", "防控措施"], [1, "虚报数据", "高", "抽查"]]  # fmt: skip

    res = run(tmp_path / "d", {"眭海燕": form("检验员"), "郇立群": form("科长")})
    assert res.posts["person"].tolist() == ["眭海燕", "郇立群"]
    # a pledge saying where its writer works; its closing words under the note are no row
    card = [["岗位廉政承诺书"], ["本人蹇志刚,系XX县气象局观测股观测员,郑重承诺:"],
            ["序号", "风险点", "风险等级", "防控措施", None, None],
            [1, "篡改观测数据", "高", "数据自动上传"], ["注:风险等级分高、中、低"],
            ["承诺:本人将如实记录每一次观测数据,自觉接受群众和组织的监督。"]]  # fmt: skip
    res = run(tmp_path / "e", {"S": card}, {"S": ["A6:F6"]})
    post = res.posts[["unit", "department", "title", "person"]].values.tolist()
    assert post == [["XX县气象局", "观测股", "观测员", "蹇志刚"]]
    assert "ROW_UNPLACED" not in res.issues["code"].tolist()


def test_what_the_review_of_batches_97_to_100_found(tmp_path):
    # a federation's full name is not cut at its short one; 科 then 协管员 is a 科 and a post
    assert unit_in_title("XX县归国华侨联合会岗位廉政风险防控一览表") == "XX县归国华侨联合会"
    assert dept_in_title("XX县人社局劳动监察科协管员岗位廉政风险") == "劳动监察科"
    assert dept_in_title("XX县财政局综合科联络员岗位廉政风险") == "综合科"
    # a title naming no one after the post ('自查表', '相关…') gives no holder
    assert post_and_holder_in_title("XX县财政局副局长自查表") is None
    assert post_and_holder_in_title("XX县财政局科员相关廉政风险防控卡") is None
    assert not looks_like_name("钦州") and not looks_like_name("靖江")

    # tabs of places over forms left without a name name no one
    def card(post):
        return [["乡镇财政所岗位廉政风险防控卡"], ["姓名", None, "岗位", post],
                ["序号", "风险点", "风险等级", "防控措施"], [1, "违规拨付资金", "高", "集体研究"]]  # fmt: skip

    res = run(tmp_path / "a", {"高桥": card("所长"), "金山": card("会计"), "石门": card("出纳")})
    assert res.posts["person"].tolist() == ["", "", ""]
    # '中层领导' is the middle tier; a group line '主要领导' names no post
    assert (
        tier_of_post("股长", "中层领导") == "middle"
        and tier_of_post("科长", "科室领导") == "middle"
    )
    rows = [["序号", "科室", "姓名", "风险点", "风险等级", "防控措施"], ["主要领导"],
            [1, "局领导", "赵六", "违规决策", "高", "集体研究"], ["中层领导"],
            [2, "预算股", "张三", "违规拨付", "中", "复核"]]  # fmt: skip
    res = run(tmp_path / "b", {"S": rows}, {"S": ["A2:F2", "A4:F4"]})
    assert res.posts["title"].tolist() == ["", ""]

    # a pledge names one post, or none: two posts, a line of work, a status
    def pledge(words):
        return [["岗位廉政风险防控承诺卡"], [f"本人王明,{words},郑重承诺:严格遵守廉洁从政各项规定。"],
                ["序号", "风险点", "风险等级", "防控措施"], [1, "违规审批资金拨付", "高", "集体研究"]]  # fmt: skip

    for i, (words, title) in enumerate(
        [("现任XX县财政局党组书记、局长", "党组书记"), ("在办公室从事会计工作", "会计"),
         ("在财务股任出纳", "出纳"), ("是财政局的一名干部", None), ("系XX县财政局公务员", None)]
    ):  # fmt: skip
        res = run(tmp_path / f"p{i}", {"S": pledge(words)}, {"S": ["A2:D2"]})
        got = res.posts[["unit", "title"]].values.tolist()[0]
        assert "、" not in got[0] and "公务员" not in got[1], words
        if title:
            assert got[1] == title, words


def test_what_batches_101_to_104_taught_in_other_words(tmp_path):
    # a 科室 followed by the places it covers; a 科室 and its post on two lines of a cell
    rows = [["序号", "科室", "岗位", "姓名", "风险点", "风险等级"],
            [1, "城东中队(含城东、城北片区)", "队员", "庹明", "违规罚款", "高"]]  # fmt: skip
    assert run(tmp_path / "a", {"S": rows}).posts["department"].tolist() == ["城东中队"]
    assert split_dept_title("行政审批科\n审批员") == ("行政审批科", "审批员")

    # one personal form for two holders of one post: each one's form
    def card(name, label="姓名"):
        return [["XX县国有林场岗位廉政风险自查表"], [label, name, "岗位", "护林员"],
                ["序号", "风险点", "风险等级", "防控措施"], [1, "盗伐林木不报", "高", "巡查"]]  # fmt: skip

    res = run(tmp_path / "b", {"S": card("庹明/苌新")})
    assert res.posts["person"].tolist() == ["庹明", "苌新"] and len(res.risks) == 2
    assert run(tmp_path / "c", {"S": card("庹明", "职工姓名")}).posts["person"].tolist() == ["庹明"]
    # a line of signatures ending in its date; a 填报单位 line alone under a table without title
    rows = [["序号", "岗位", "风险点", "风险等级"], [1, "会计", "虚列支出", "高"],
            ["填报单位:XX县水文站"], ["填表人:", "庹明", "审核人:", "苌新", "2024-06-01"]]  # fmt: skip
    res = run(tmp_path / "d", {"S": rows})
    assert res.risks["risk_point"].tolist() == ["虚列支出"] and res.posts["unit"].tolist() == [
        "XX县水文站"
    ]
    # who holds which post, in one cell above a list of posts
    rows = [["XX社区岗位廉政风险防控清单"], ["社区“两委”成员：党委书记　庹明；居委会主任　苌新"],
            ["序号", "岗位", "风险点", "风险等级"], [1, "党委书记", "违规发展党员", "高"],
            [2, "居委会主任", "低保审核不严", "中"]]  # fmt: skip
    assert run(tmp_path / "e", {"S": rows}).posts["person"].tolist() == ["庹明", "苌新"]
    # cards one under another, each under a caption naming post and holder; a note's next item
    rows = [["XX县公证处岗位廉政风险防控卡"], ["一、副主任　庹明"], ["序号", "风险点", "风险等级", "防控措施"],
            [1, "违规出具公证书", "高", "双人审核"], [None], ["二、业务科科员　苌新"],
            ["序号", "风险点", "风险等级", "防控措施"], [1, "泄露当事人信息", "中", "保密"],
            ["说明:1.风险等级分为高、中、低;"], ["2.防控措施由本人提出,科室负责人审核。"]]  # fmt: skip
    res = run(tmp_path / "f", {"S": rows}, {"S": ["A10:D10"]})
    got = res.posts[["department", "title", "person"]].values.tolist()
    assert got == [["领导班子", "副主任", "庹明"], ["业务科", "科员", "苌新"]]
    assert "ROW_UNPLACED" not in res.issues["code"].tolist()
    # units of a province or prefecture, a 厅, a county's heads of its own 站; tiers by post
    assert unit_in_title("XX省林业厅岗位廉政风险点一览表") == "XX省林业厅"
    assert unit_in_title("XX自治州统计局廉政风险排查表") == "XX自治州统计局"
    assert tier_of_post("副庭长") == "middle" and tier_of_post("巡逻辅警") == "general"


def test_units_named_the_way_the_unscored_fields_showed(tmp_path):
    # a school's canteen, a 血站, an 敬老院 after a 中心, words in quotes, the parts in general
    assert unit_in_title("XX县实验小学学校食堂廉洁风险防控清单") == "XX县实验小学"
    assert unit_in_title("XX市中心血站科室廉洁风险防控一览表") == "XX市中心血站"
    assert dept_in_title("XX市中心血站科室廉洁风险防控一览表") == ""
    assert unit_in_title("XX县城南区域性中心敬老院岗位廉政风险") == "XX县城南区域性中心敬老院"
    assert unit_in_title("XX县柳溪镇柳溪社区“两委”成员廉政风险防控清单") == "XX县柳溪镇柳溪社区"
    assert dept_in_title("XX县审计局各股室廉政风险点") == ""


def test_what_the_review_of_batches_101_to_104_found(tmp_path):
    # 省, 州, 厅 and 总会 end a unit only where they name one
    assert dept_in_title("XX县财政局州级资金股岗位廉政风险排查表") == "州级资金股"
    assert unit_in_title("XX县交通运输局国省干线公路管理站岗位廉政风险") == "XX县交通运输局"
    assert unit_in_title("XX县机关事务服务中心餐厅岗位廉政风险排查表") == "XX县机关事务服务中心"
    assert unit_in_title("XX县供销社总会计室岗位风险表") != "XX县供销社总会"
    # a caption naming a 科室's head or the body's leaders; a pledge naming a post of a 工作股
    assert caption_identity("（一）办公室负责人") == ("title", "办公室负责人")
    assert caption_identity("一、局领导") == ("department", "局领导")
    card = [["XX县财政局岗位廉政风险防控卡"], ["本人张建国，系党建工作股股长，郑重承诺：严格遵守廉洁纪律，自觉接受组织和群众监督。"],
            ["序号", "风险点", "风险等级", "防控措施"], [1, "违规报销", "中", "复核"]]  # fmt: skip
    got = run(tmp_path / "a", {"S": card}, {"S": ["A2:D2"]}).posts[["department", "title"]]
    assert got.values.tolist() == [["党建工作股", "股长"]]

    # tabs of two-character names; a given name ending as a place's does
    def form(post):
        return [["XX县财政局岗位廉政风险自查表"], ["姓名", None, "岗位", post],
                ["序号", "风险点", "风险等级", "防控措施"], [1, "违规报销", "中", "复核"]]  # fmt: skip

    res = run(tmp_path / "b", {"王芳": form("会计"), "张青山": form("出纳")})
    assert res.posts["person"].tolist() == ["王芳", "张青山"]
    # the leaders' 科室 in its other names; a 队长 in a 大队 heads a team, not the 大队
    assert (
        tier_of_post("部长", "领导班子成员") == "leader"
        and tier_of_post("科长", "医院领导") == "leader"
    )
    rows = [["XX县城管执法大队岗位廉政风险防控一览表"], ["序号", "岗位", "姓名", "风险点", "风险等级"],
            [1, "大队长", "邬梅", "违规审批", "高"], [2, "队长", "祁山", "选择性执法", "中"]]  # fmt: skip
    assert run(tmp_path / "c", {"S": rows}).posts["tier"].tolist() == ["领导岗位", "中层岗位"]
    # a line of duties above a list names no holders; '王芳/司机' is one holder and her post
    rows = [["XX县水文站岗位廉政风险排查表"], ["岗位分工：站长　全面；副站长　安全"],
            ["序号", "岗位", "风险点", "风险等级"], [1, "站长", "违规采购", "高"],
            [2, "副站长", "安全检查走过场", "中"]]  # fmt: skip
    assert run(tmp_path / "d", {"S": rows}).posts["person"].tolist() == ["", ""]
    assert (
        len(
            run(
                tmp_path / "e",
                {"S": form("办公室科员")[:1] + [["姓名", "王芳/司机"]] + form("")[2:]},
            ).posts
        )
        == 1
    )


def test_what_batches_105_to_108_taught_in_other_words(tmp_path):
    # two holders in one cell, one with a rare surname; a type written before the point
    rows = [["序号", "科室", "岗位", "姓名", "风险点", "风险等级"],
            [1, "稽查股", "稽查员", "斛明远／王芳", "选择性执法", "高"]]  # fmt: skip
    assert run(tmp_path / "a", {"S": rows}).posts["person"].tolist() == ["斛明远", "王芳"]
    rows = [["序号", "岗位", "风险点", "风险等级"], [1, "会计", "制度机制风险：报销审核不严", "中"]]
    got = run(tmp_path / "b", {"S": rows}).risks[["risk_point", "risk_type"]].values.tolist()
    assert got == [["报销审核不严", "制度机制风险"]]
    # a holder's column naming a phone too; a 部 with its head's name in brackets
    rows = [["序号", "部门", "岗位", "联系人及电话", "风险点", "风险等级"],
            [1, "客运部(邝丽)", "部长", "邝丽 13812345678", "违规售票", "中"]]  # fmt: skip
    got = run(tmp_path / "c", {"S": rows}).posts[["department", "person"]].values.tolist()
    assert got == [["客运部", "邝丽"]]
    # a level after review wins where filled
    rows = [["序号", "岗位", "风险点", "风险等级", "复核后等级"], [1, "会计", "虚列支出", "中", "高"],
            [2, "出纳", "挪用", "低", None]]  # fmt: skip
    assert run(tmp_path / "d", {"S": rows}).risks["risk_level"].tolist() == ["Ⅰ级", "Ⅲ级"]
    # a 班 is a 科室; a county government's 中心 a unit; the leaders of any body lead
    assert split_dept_title("检修班电工") == ("检修班", "电工")
    assert split_dept_title("班主任") == ("", "班主任")
    assert unit_in_title("XX县政府投资审计中心岗位廉政风险") == "XX县政府投资审计中心"
    assert tier_of_post("副书记", "团委领导") == "leader"
    assert caption_identity("二、协会领导") == ("department", "协会领导")


def test_what_the_review_of_batches_105_to_108_found(tmp_path):
    # a leaders' caption covers the leaders' rows only; '二、中层干部' ends it
    rows = [["XX县农业农村局岗位廉政风险防控清单"], ["序号", "岗位", "姓名", "风险点", "风险等级"],
            ["一、局领导"], [1, "局长", "张伟", "违规决策", "高"], ["二、中层干部"],
            [2, "农技站站长", "李强", "虚报补贴", "中"], ["三、一般工作人员"], [3, "会计", "周杰", "虚列支出", "低"]]  # fmt: skip
    res = run(tmp_path / "a", {"S": rows}, {"S": ["A3:E3", "A5:E5", "A7:E7"]})
    assert res.posts["tier"].tolist() == ["领导岗位", "中层岗位", "一般岗位"]
    assert res.posts["department"].tolist()[1:] == ["", ""]
    assert (
        tier_of_post("站长", "站所领导") == "middle"
        and tier_of_post("站长", "包村领导") == "middle"
    )
    # a level after review written '/' or '不变' keeps the level before
    rows = [["序号", "岗位", "风险点", "风险等级", "调整后等级"], [1, "会计", "虚列支出", "高", "/"],
            [2, "出纳", "挪用", "中", "不变"], [3, "会计", "私设账户", "低", "高"]]  # fmt: skip
    got = run(tmp_path / "b", {"S": rows}).risks
    assert dict(zip(got["risk_point"], got["risk_level"], strict=True)) == {
        "虚列支出": "Ⅰ级", "挪用": "Ⅱ级", "私设账户": "Ⅰ级"
    }  # fmt: skip
    # a label before a point that is no type's full name; branches in brackets after a 部
    rows = [["序号", "岗位", "风险点", "风险等级"], [1, "会计", "业务：资金拨付不按程序", "中"]]
    got = run(tmp_path / "c", {"S": rows}).risks[["risk_point", "risk_type"]].values.tolist()
    assert got == [["业务：资金拨付不按程序", ""]]
    rows = [["序号", "部门", "岗位", "风险点", "风险等级"], [1, "营业部（金山）", "柜员", "挪用", "高"],
            [2, "营业部（高桥）", "柜员", "挪用", "高"]]  # fmt: skip
    assert len(run(tmp_path / "d", {"S": rows}).posts) == 2
    # a name and a word in one holder's cell; tabs of places or lines of work
    rows = [
        ["序号", "岗位", "责任人", "风险点", "风险等级"],
        [1, "会计", "王芳、城关", "挪用", "高"],
    ]
    assert len(run(tmp_path / "e", {"S": rows}).posts) == 1

    def form(post):
        return [["XX县财政局岗位廉政风险自查表"], ["姓名", None, "岗位", post],
                ["序号", "风险点", "风险等级", "防控措施"], [1, "违规报销", "中", "复核"]]  # fmt: skip

    res = run(tmp_path / "f", {"江南": form("会计"), "信贷": form("出纳")})
    assert res.posts["person"].tolist() == ["", ""]
    # words in quotes in a unit's name; a 省's bodies; shifts and classes are no 科室
    assert unit_in_title("XX县“三农”服务中心岗位廉政风险防控表") == "XX县“三农”服务中心"
    assert unit_in_title("江苏省直机关工委岗位廉政风险点") == "江苏省直机关工委"
    assert split_dept_title("白班护士") == ("", "白班护士")
    assert split_dept_title("两班倒操作工") == ("", "两班倒操作工")


def test_what_batches_109_to_112_taught_in_other_words(tmp_path):
    # a 科室 column numbered down the list; a post typed straight onto the holder's name
    rows = [["序号", "科室", "岗位", "责任人", "风险点", "风险等级"],
            [1, "1.办公室", "主任", "糜文清", "超标接待", "中"],
            [2, "2、财务股", "村报账员宦子谦", None, "虚列支出", "高"]]  # fmt: skip
    got = run(tmp_path / "a", {"S": rows}).posts[["department", "title", "person"]].values.tolist()
    assert got[0] == ["办公室", "主任", "糜文清"] and got[1][0] == "财务股"
    rows = [
        ["序号", "岗位", "责任人", "风险点", "风险等级"],
        [1, "文书", "村文书宦子谦", "泄露信息", "中"],
    ]
    got = run(tmp_path / "b", {"S": rows}).posts[["title", "person"]].values.tolist()
    assert got == [["文书", "宦子谦"]]

    # tabs numbered before the 科室; a pledge signed with its date after the name
    def sheet(post):
        return [["XX县自来水公司岗位廉政风险防控表"], ["序号", "岗位", "姓名", "风险点", "风险等级"],
                [1, post, "糜文清" if post == "会计" else "冷月华", "违规报销", "中"]]  # fmt: skip

    res = run(tmp_path / "c", {"01财务部": sheet("会计"), "02供水部": sheet("抄表员")})
    assert res.posts["department"].tolist() == ["财务部", "供水部"]
    card = [["岗位廉政承诺书"], ["序号", "风险点", "风险等级", "防控措施"], [1, "违规发证", "高", "双审"],
            ["承诺人（签名）：糜文清　　　　2024年7月1日"]]  # fmt: skip
    assert run(tmp_path / "d", {"S": card}).posts["person"].tolist() == ["糜文清"]
    # a row struck out in the revision column is no point; a headquarters' office is a unit
    rows = [["序号", "岗位", "风险点", "风险等级", "修改情况"], [1, "会计", "虚列支出", "高", "新增"],
            [2, "会计", "私设账户", "中", "已删除"]]  # fmt: skip
    res = run(tmp_path / "e", {"S": rows})
    assert res.risks["risk_point"].tolist() == ["虚列支出"] and ("ROW_DELETED", "E3") in issues(res)
    assert unit_in_title("XX县森林防火指挥部办公室岗位廉政风险清单") == "XX县森林防火指挥部办公室"
    assert unit_in_title("XX县城市管理局岗位廉政风险清单") == "XX县城市管理局"


def test_what_batches_113_to_116_taught_in_other_words(tmp_path):
    # levels marked with triangles, in the vocabulary or defined by a note
    rows = [["序号", "岗位", "风险点", "风险等级"], [1, "会计", "虚列支出", "▲▲▲"], [2, "出纳", "挪用", "▲"],
            ["注:风险等级▲▲▲为高风险,▲▲为中风险,▲为低风险。"]]  # fmt: skip
    assert run(tmp_path / "a", {"S": rows}).risks["risk_level"].tolist() == ["Ⅰ级", "Ⅲ级"]
    rows = [["序号", "岗位", "风险点", "风险等级"], [1, "会计", "虚列支出", "△△"], [2, "出纳", "挪用", "△"],
            ["说明:△△表示中风险,△表示低风险。"]]  # fmt: skip
    assert run(tmp_path / "b", {"S": rows}).risks["risk_level"].tolist() == ["Ⅱ级", "Ⅲ级"]
    # a holder holding the post besides his own ('（兼）'); a rare surname after a post and colon
    rows = [["序号", "科室", "岗位", "姓名", "风险点", "风险等级"],
            [1, "应急办", "主任", "隽明远（兼）", "虚报物资", "高"]]  # fmt: skip
    assert run(tmp_path / "c", {"S": rows}).posts["person"].tolist() == ["隽明远"]
    rows = [["序号", "岗位及责任人", "风险点", "风险等级"], [1, "会计：禤宁安", "虚列支出", "中"]]
    got = run(tmp_path / "d", {"S": rows}).posts[["title", "person"]].values.tolist()
    assert got == [["会计", "禤宁安"]]
    # a 部室 named in a personal form's fields
    card = [["XX县图书馆岗位廉政风险登记表"], ["姓名", "隽明远", "所在部室", "采编部", "职务", "馆员"],
            ["序号", "风险点", "风险等级", "防控措施"], [1, "采购回扣", "中", "比价"]]  # fmt: skip
    assert run(tmp_path / "e", {"S": card}).posts["department"].tolist() == ["采编部"]


def test_what_the_review_of_batches_109_to_112_found(tmp_path):
    # cities whose names end in 城, 都, 门; a 省's own bodies; a county's word 城市
    assert unit_in_title("盐城市财政局岗位廉政风险点排查表") == "盐城市财政局"
    assert unit_in_title("荆门市中心医院岗位廉政风险点") == "荆门市中心医院"
    assert unit_in_title("湖北省省直机关工委岗位廉政风险点") == "湖北省省直机关工委"
    assert dept_in_title("XX县公路管理局省道养护站岗位廉政风险点") == "省道养护站"
    assert unit_in_title("XX区城市管理局岗位廉政风险点") == "XX区城市管理局"
    # a 局's headquarters office is its 科室, the county's is a unit
    assert unit_in_title("XX县应急管理局防汛抗旱指挥部办公室岗位廉政风险点") == "XX县应急管理局"
    # a row struck out still carries its post and holder to the rows below
    rows = [["序号", "岗位", "姓名", "风险点", "风险等级", "修订情况"],
            [1, "会计", "孙丽", "私设账户", "高", "删除"], [2, None, None, "虚列支出", "中", None]]  # fmt: skip
    got = run(tmp_path / "a", {"S": rows}).risks[["risk_point", "person"]].values.tolist()
    assert got == [["虚列支出", "孙丽"]]
    # a level after review in words; two holders, one of a name not of the Han surnames
    rows = [
        ["序号", "岗位", "风险点", "风险等级", "调整后风险等级"],
        [1, "会计", "虚列支出", "中", "降为Ⅲ级"],
    ]
    assert run(tmp_path / "b", {"S": rows}).risks["risk_level"].tolist() == ["Ⅲ级"]
    rows = [
        ["序号", "岗位", "姓名", "风险点", "风险等级"],
        [1, "驾驶员", "李明、次仁多吉", "公车私用", "中"],
    ]
    assert run(tmp_path / "c", {"S": rows}).posts["person"].tolist() == ["李明", "次仁多吉"]

    # tabs of two-character names of common surnames; tabs with numbers in their names
    def form(post):
        return [["XX县财政局岗位廉政风险自查表"], ["姓名", None, "岗位", post],
                ["序号", "风险点", "风险等级", "防控措施"], [1, "违规报销", "中", "复核"]]  # fmt: skip

    assert run(tmp_path / "d", {"覃丽": form("会计"), "王东": form("出纳")}).posts["person"].tolist() == [
        "覃丽", "王东"
    ]  # fmt: skip
    rows = [["XX县急救中心岗位廉政风险防控表"], ["序号", "岗位", "姓名", "风险点", "风险等级"],
            [1, "调度员", "李明", "泄露信息", "中"]]  # fmt: skip
    assert run(tmp_path / "e", {"120调度": rows}).posts["department"].tolist() == [""]
    # leaders of a body named with more words; tier captions give the tier
    assert caption_identity("一、管理处领导") == ("department", "管理处领导")
    rows = [["XX县水利局岗位廉政风险防控清单"], ["序号", "岗位", "姓名", "风险点", "风险等级"], ["一、局领导"],
            [1, "局长", "张伟", "违规决策", "高"], ["二、中层正职"], [2, "主任", "李强", "虚报", "中"]]  # fmt: skip
    res = run(tmp_path / "f", {"S": rows}, {"S": ["A3:E3", "A5:E5"]})
    assert res.posts["tier"].tolist() == ["领导岗位", "中层岗位"]
    assert split_dept_title("收费班班长") == ("收费班", "班长")


def test_what_the_review_of_batches_113_to_116_found(tmp_path):
    # a remark under '调整后等级' keeps the level; a tier caption lasts to the next caption only
    rows = [["序号", "岗位", "风险点", "风险等级", "调整后等级"], [1, "会计", "虚列支出", "Ⅱ级", "经党组会研究"],
            [2, "出纳", "挪用", "Ⅰ级", "维持Ⅰ级"]]  # fmt: skip
    assert sorted(run(tmp_path / "a", {"S": rows}).risks["risk_level"]) == ["Ⅰ级", "Ⅱ级"]
    rows = [["XX县测试局岗位廉政风险点一览表"], ["序号", "科室", "岗位", "姓名", "风险点", "风险等级"],
            ["一、中层干部"], [1, "办公室", "主任", "张伟", "超标接待", "高"], ["二、其他工作人员"],
            [2, "财务股", "会计", "李娜", "虚列支出", "中"], ["三、一般风险"], [3, "财务股", "股长", "王强", "审核不严", "低"]]  # fmt: skip
    res = run(tmp_path / "b", {"S": rows}, {"S": ["A3:F3", "A5:F5", "A7:F7"]})
    assert res.posts["tier"].tolist() == ["中层岗位", "一般岗位", "中层岗位"]
    # tabs numbered without a mark; words and places are no holders nor heads
    tab = [["XX县测试局岗位廉政风险点一览表"], ["序号", "岗位", "姓名", "风险点", "风险等级"],
           [1, "会计", "李娜", "虚列支出", "中"]]  # fmt: skip
    assert run(tmp_path / "c", {"2财务股": tab}).posts["department"].tolist() == ["财务股"]
    rows = [["序号", "科室", "岗位", "姓名", "风险点", "风险等级"],
            [1, "营业部（白云）", "柜员", "王芳、刘洋、公益岗位", "挪用", "高"]]  # fmt: skip
    res = run(tmp_path / "d", {"S": rows})
    assert res.posts["department"].tolist() == ["营业部（白云）"]
    # a part's leaders are no leaders of the body; a single ▲ is a tick, not a level
    assert tier_of_post("大队长", "执法大队领导") == "middle"
    assert caption_identity("一、联村领导") is None


def test_what_batches_117_to_120_taught_in_other_words(tmp_path):
    # a post and, after a space, a holder of a surname not listed
    rows = [
        ["序号", "站所", "责任人", "风险点", "风险等级"],
        [1, "文化站", "站长 毋清和", "虚报活动", "中"],
    ]
    got = run(tmp_path / "a", {"S": rows}).posts[["department", "title", "person"]].values.tolist()
    assert got == [["文化站", "站长", "毋清和"]]
    # group lines naming a 股, its head and the holder; a 科 whose name starts with 干部
    rows = [["XX县民政局岗位廉政风险防控清单"], ["序号", "风险点", "风险等级", "防控措施"],
            ["优抚安置股　股长：虢清远"], [1, "优抚对象认定不实", "高", "公示"]]  # fmt: skip
    got = run(tmp_path / "b", {"S": rows}, {"S": ["A3:D3"]}).posts
    assert got[["department", "title", "person"]].values.tolist() == [
        ["优抚安置股", "股长", "虢清远"]
    ]
    assert dept_in_title("中共XX县委组织部干部监督科岗位廉政风险防控一览表") == "干部监督科"


def test_what_the_last_review_of_this_stop_found(tmp_path):
    # a label before a colon still gives the holder; status words after a post name no one
    rows = [["序号", "岗位", "责任人", "风险点", "风险等级"], [1, None, "姓名：张三", "泄露信息", "中"],
            [2, None, "主任 空缺", "违规审批", "高"], [3, None, "科员 外聘", "虚报工时", "低"]]  # fmt: skip
    got = run(tmp_path / "a", {"S": rows}).posts["person"].tolist()
    assert "张三" in got and not {"空缺", "外聘"} & set(got)
    # a caption's holder after a colon only where a 科室 and a post come before it
    assert caption_holder("一、岗位职责　科员：王芳")[1] == ""
    assert caption_holder("一、财务股　股长：临聘")[1] == ""


def test_what_batches_121_to_124_taught_in_other_words(tmp_path):
    # a pledge naming its holder, of a surname not listed, only where it is signed, and his
    # 科室 and post in a line of fields under the table
    card = [["岗位廉政承诺书"], ["序号", "风险点", "风险等级", "承诺措施"], [1, "违规采购", "高", "比价"],
            [None, None, "所在科室：后勤科　　职务：科长"], [None, None, "承诺人（签名）：毋明轩"]]  # fmt: skip
    res = run(tmp_path / "a", {"S": card})
    assert res.posts[["department", "title", "person"]].values.tolist() == [
        ["后勤科", "科长", "毋明轩"]
    ]
    assert "ROW_UNPLACED" not in res.issues["code"].tolist()
    # a 部 after a federation's name is its 部
    assert dept_in_title("XX县妇女联合会权益部岗位廉政风险防控一览表") == "权益部"


def test_what_batches_125_to_128_taught_in_other_words(tmp_path):
    # a card naming its holder only in a line above the table that he signs ('持卡人 | 郗沐阳',
    # '自查人： | …'), its 科室 and post in fields of their own
    for i, label in enumerate(["持卡人", "自查人：", "承诺人（签名）"]):
        card = [["岗位廉政风险防控卡"], ["科室", "财务股", "职务", "出纳"], [label, "郗沐阳"],
                ["序号", "风险点", "风险等级", "防控措施"], [1, "挪用公款", "高", "对账"]]  # fmt: skip
        res = run(tmp_path / str(i), {"S": card})
        assert res.posts[["department", "title", "person"]].values.tolist() == [
            ["财务股", "出纳", "郗沐阳"]
        ], label
        assert "ROW_UNPLACED" not in res.issues["code"].tolist()
    # a part numbered as its siblings above is a 科室 however long its name ends as one does
    rows = [["XX县政协机关廉政风险防控一览表"], ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            ["一、办公室"], [1, "主任", "诸葛朗", "违规报销", "高", "审核"],
            ["二、港澳台侨和外事委员会"], [2, "主任", "夏侯湛", "违规出访", "中", "报批"],
            ["三、城乡建设环境资源管理协调科"], [3, "科长", "东方既白", "违规拨付", "中", "会审"]]  # fmt: skip
    res = run(tmp_path / "sections", {"S": rows})
    assert res.posts[["department", "person"]].values.tolist() == [
        ["办公室", "诸葛朗"], ["港澳台侨和外事委员会", "夏侯湛"], ["城乡建设环境资源管理协调科", "东方既白"]
    ]  # fmt: skip
    # a 社区's lines of work (民政条线) are its 科室, under a heading 条线 or by their words
    rows = [["XX社区廉政风险排查表"], ["序号", "分工", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "综治条线", "专干", "闻人笛", "瞒报", "高", "公示"],
            [2, "民政条线", "网格员", "公孙悦", "违规审核", "中", "核查"]]  # fmt: skip
    res = run(tmp_path / "lines", {"S": rows})
    assert res.posts["department"].tolist() == ["综治条线", "民政条线"]

    # a draft tab beside the final one of the same posts is set aside; a draft alone is read
    def table(extra):
        return [["XX县档案馆岗位廉政风险防控一览表"], ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
                [1, "保管科", "科长", "欧阳澍", "违规借阅档案", "高", "登记"], *extra]  # fmt: skip

    draft = table([[2, "利用科", "科员", "皇甫沁", "泄露档案信息", "中", "保密"]])
    res = run(tmp_path / "draft", {"征求意见稿": draft, "正式稿": table([])})
    assert res.posts["person"].tolist() == ["欧阳澍"]
    assert res.risks["source_sheet"].tolist() == ["正式稿"]
    aside = res.issues[res.issues["code"] == "SHEET_SET_ASIDE"]
    assert aside["source_sheet"].tolist() == ["征求意见稿"]
    assert "征求意见稿" in aside["message"].iloc[0]
    other = [["XX县档案馆岗位廉政风险防控一览表"], ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
             [1, "编研科", "科长", "慕容柯", "违规编印", "低", "审核"]]  # fmt: skip
    res = run(tmp_path / "alone", {"草稿": draft, "编研科": other})
    assert sorted(res.posts["person"]) == ["慕容柯", "欧阳澍", "皇甫沁"]
    # a body ending in 台 (广播电视台, 气象台) is a unit; one named for what it runs ('…管理所')
    # is one name; a part of a body that already says so is its part
    assert unit_in_title("XX县融媒体中心广播电台岗位廉政风险防控表") == "XX县融媒体中心"
    assert dept_in_title("XX县融媒体中心广播电台岗位廉政风险防控表") == "广播电台"
    assert unit_in_title("XX县电视台新闻部岗位廉政风险防控一览表") == "XX县电视台"
    assert dept_in_title("XX县电视台新闻部岗位廉政风险防控一览表") == "新闻部"
    assert unit_in_title("XX市台湾事务办公室廉政风险防控一览表") == "XX市台湾事务办公室"
    assert dept_in_title("XX镇便民服务中心前台岗位廉政风险") != "前台"
    assert unit_in_title("XX县船闸管理处上闸口岗位廉政风险排查表") == "XX县船闸管理处"
    assert unit_in_title("XX县灌区服务中心廉政风险点一览表") == "XX县灌区服务中心"
    assert unit_in_title("XX县公路管理站养护中心廉政风险点一览表") == "XX县公路管理站"
    # a note in brackets after a post does not hide its tier
    assert tier_of_post("仓管员（3—4号库）") == "general"
    assert tier_of_post("副主编") == "middle"
    # one holder under two bodies of one list (no post column) holds two posts, sent once
    rows = [["XX村小微权力清单"], ["序号", "责任主体", "责任人", "风险点", "风险等级", "防控措施"],
            [1, "村党支部", "端木砚", "违规决策", "高", "四议两公开"],
            [2, "村经济合作社", "端木砚", "低价发包", "中", "公开交易"]]  # fmt: skip
    res = run(tmp_path / "bodies", {"S": rows})
    assert res.posts[["department", "person"]].values.tolist() == [
        ["村党支部", "端木砚"], ["村经济合作社", "端木砚"]
    ]  # fmt: skip
    assert "FORM_DUPLICATE" not in res.issues["code"].tolist()


def test_what_the_review_of_batches_125_to_128_found(tmp_path):
    # a place whose name ends in 台 is no body: the unit goes on past it
    assert (
        unit_in_title("山东省烟台市福山区财政局岗位廉政风险防控一览表")
        == "山东省烟台市福山区财政局"
    )
    assert unit_in_title("安徽省石台县审计局岗位廉政风险防控一览表") == "安徽省石台县审计局"
    assert unit_in_title("XX县城关镇柳台村岗位廉政风险排查表") == "XX县城关镇柳台村"
    assert dept_in_title("XX县城关镇柳台村岗位廉政风险排查表") == ""
    # a desk is no 科室
    assert dept_in_title("XX镇便民服务中心受理台岗位廉政风险防控表") == "便民服务中心"
    assert dept_in_title("XX县人民医院导医台岗位廉政风险防控表") == ""
    # a 局's service centre is its part, not one name with it
    assert unit_in_title("XX县林业局管护中心岗位廉政风险防控表") == "XX县林业局"
    assert dept_in_title("XX县林业局管护中心岗位廉政风险防控表") == "管护中心"
    # the post inside the note ('财务（出纳）'); 编辑部 is a 部, its 主任 a part's head
    assert tier_of_post("财务（会计）") == "general"
    assert tier_of_post("综合股（股长）") == "middle"
    assert tier_of_post("编辑部主任") == "middle"
    assert caption_identity("二、编辑部") == ("department", "编辑部")

    def sheet(title, rows):
        return [[title], ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"], *rows]

    # a draft of other people's posts (another village's, another unit's) is no draft of these
    a = sheet(
        "XX镇东村岗位廉政风险排查表", [[1, "村委会", "主任", "司徒朗", "优亲厚友", "高", "公示"]]
    )
    b = sheet(
        "XX镇西村岗位廉政风险排查表（草稿）",
        [[1, "村委会", "主任", "上官翎", "优亲厚友", "高", "公示"]],
    )
    res = run(tmp_path / "villages", {"东村": a, "西村（草稿）": b})
    assert sorted(res.posts["person"]) == ["上官翎", "司徒朗"]
    # a draft of this year beside last year's sheet: last year's is set aside, the draft read
    rows = [[1, "财务股", "会计", "闻人越", "坐支现金", "高", "对账"]]
    res = run(tmp_path / "years", {"2023年": sheet("XX县档案馆2023年廉政风险一览表", rows),
                                   "2024年初稿": sheet("XX县档案馆2024年廉政风险一览表", rows)})  # fmt: skip
    assert res.risks["source_sheet"].tolist() == ["2024年初稿"]
    # a draft beside a summary of it: the summary repeats none of its points, the draft is read
    rows = [[1, "财务股", "会计", "闻人越", "坐支现金", "高", "对账"],
            [2, "财务股", "会计", "闻人越", "白条入账", "中", "审核"]]  # fmt: skip
    summary = sheet("汇总", [[1, "财务股", "会计", "闻人越", "坐支现金等2项", "高", "见明细"]])
    res = run(
        tmp_path / "summary", {"草稿": sheet("XX县档案馆廉政风险一览表", rows), "汇总": summary}
    )
    assert "草稿" in res.risks["source_sheet"].tolist()
    # a working copy (底稿) beside the one sent for approval (送审稿): the working copy goes
    final = sheet("XX县档案馆廉政风险一览表（送审稿）", rows[:1])
    res = run(
        tmp_path / "approval", {"底稿": sheet("XX县档案馆廉政风险一览表", rows), "送审稿": final}
    )
    assert res.risks["source_sheet"].tolist() == ["送审稿"]
    # of two columns headed as the 科室, the one holding 科室 names
    rows = [["XX县燃气公司廉政风险排查表"], ["序号", "所属条线", "部门", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "客服", "客服部", "抄表员", "欧阳澍", "违规抄表", "高", "核查"]]  # fmt: skip
    res = run(tmp_path / "lines", {"S": rows})
    assert res.posts["department"].tolist() == ["客服部"]
    # one holder twice under one 科室, once without a post: still a form sent twice
    from xlproc.versions import FileVersion, resolve

    def post(title):
        return {"source_file": "a.xlsx", "source_sheet": "S", "_style": "list", "unit": "XX县档案馆",
                "department": "保管科", "title": title, "person": "南宫霁"}  # fmt: skip

    got = resolve([post("科长"), post("")], lambda rel: FileVersion(rel))
    assert [i.code for i in got.issues] == ["FORM_DUPLICATE", "FORM_DUPLICATE"]


def test_what_batches_129_to_132_taught_in_other_words(tmp_path):
    # a point heading over one column per type: each text is a point of its column's type, a dash
    # in the others says nothing
    rows = [["XX县殡仪馆岗位廉政风险登记表"],
            ["序号", "岗位", "姓名", "风险点", None, None, "风险等级", "防控措施"],
            [None, None, None, "思想道德", "制度机制", "岗位职责", None, None],
            [1, "收费员", "独孤瑶", "/", "收费票据管理不严", "-", "中", "日清月结"],
            [2, "火化工", "慕容磬", "索要红包", "/", "违规操作", "高", "监控"]]  # fmt: skip
    merges = {"S": ["D2:F2", "A2:A3", "B2:B3", "C2:C3", "G2:G3", "H2:H3"]}
    res = run(tmp_path / "types", {"S": rows}, merges)
    got = res.risks[["person", "risk_point", "risk_type", "risk_level"]].values.tolist()
    assert got == [["独孤瑶", "收费票据管理不严", "制度机制风险", "Ⅱ级"],
                   ["慕容磬", "索要红包", "思想道德风险", "Ⅰ级"],
                   ["慕容磬", "违规操作", "岗位职责风险", "Ⅰ级"]]  # fmt: skip
    assert "TABLE_NO_TYPE" not in res.issues["code"].tolist()
    # who holds each post in a small table under a list that names none ('附：岗位人员名单'),
    # matched by 科室 and post where a post comes twice
    rows = [["XX县农机站廉政风险排查表"], ["序号", "股室", "岗位", "风险点", "风险等级", "防控措施"],
            [1, "财务股", "股长", "违规支出", "高", "审批"], [2, "农机股", "股长", "补贴套取", "高", "核查"],
            [3, "站领导", "站长", "违规决策", "中", "集体研究"], [],
            ["附：股室人员名单"], ["序号", "部门", "职务", "姓名"],
            [1, "站领导", "站长", "令狐澈"], [2, "财务股", "股长", "公孙悦"], [3, "农机股", "股长", "闻人笛"]]  # fmt: skip
    res = run(tmp_path / "below", {"S": rows})
    got = res.posts[["department", "title", "person"]].values.tolist()
    assert sorted(got) == [["农机股", "股长", "闻人笛"], ["站领导", "站长", "令狐澈"],
                           ["财务股", "股长", "公孙悦"]]  # fmt: skip
    assert len(res.risks) == 3
    assert not {"ROW_UNPLACED", "LEVEL_BLANK"} & set(res.issues["code"])
    # the same list on one sheet, who holds which post on another
    table = rows[:5]
    names = [["人员名单"], ["科室", "岗位", "姓名"], ["财务股", "股长", "公孙悦"],
             ["农机股", "股长", "闻人笛"], ["站领导", "站长", "令狐澈"]]  # fmt: skip
    res = run(tmp_path / "sheets", {"一览表": table, "岗位人员": names})
    got = res.posts[["department", "title", "person"]].values.tolist()
    assert sorted(got) == [["农机股", "股长", "闻人笛"], ["站领导", "站长", "令狐澈"],
                           ["财务股", "股长", "公孙悦"]]  # fmt: skip
    # a pledge whose table names the post on its rows: the one who signs under it holds it, and
    # the pledge written across the form above the table is part of it
    rows = [["XX镇综治中心岗位廉政承诺书"],
            ["为做好岗位廉政风险防控工作,本人对照岗位职责查找风险点并郑重承诺如下,自觉接受监督。"],
            ["序号", "岗位", "风险点", "风险等级", "防控措施"],
            [1, "综治中心主任", "矛盾调处中偏袒一方", "中", "公开调处"],
            [2, None, "信访事项瞒报", "高", "台账管理"],
            [None, None, "承诺人（签名）：宇文渡", None, None]]  # fmt: skip
    merges = {"S": ["A1:E1", "A2:E2", "B4:B5"]}
    res = run(tmp_path / "pledge", {"S": rows}, merges)
    assert res.posts[["title", "person"]].values.tolist() == [["综治中心主任", "宇文渡"]]
    assert "ROW_UNPLACED" not in res.issues["code"].tolist()
    # a personal form whose holder, 科室 and post stand only in the line under it
    rows = [["XX县司法局岗位廉政风险自查表"], ["序号", "风险点", "风险类型", "风险等级", "防控措施"],
            [1, "违规减刑假释建议", "岗位职责", "高", "集体评议"],
            [2, "接受服刑人员家属宴请", "思想道德", "中", "廉政教育"],
            ["填表人：仲长綦", None, "所在科室：监督管理科", "职务：副科长", "填表日期：2024年5月"]]  # fmt: skip
    res = run(tmp_path / "footer", {"S": rows})
    assert res.posts[["department", "title", "person"]].values.tolist() == [
        ["监督管理科", "副科长", "仲长綦"]
    ]
    # a 人大's committees (工委) are its 科室, under 委室 or by their words
    for head in ("委室", "工作机构"):
        rows = [["XX县人大常委会机关廉政风险防控一览表"], ["序号", head, "岗位", "姓名", "风险点", "风险等级", "防控措施"],
                [1, "法制工委", "主任", "钟离岳", "干预执法", "高", "报告"],
                [2, "财经工委", "副主任", "呼延筠", "泄露预算信息", "中", "保密"]]  # fmt: skip
        res = run(tmp_path / head, {"S": rows})
        assert res.posts["department"].tolist() == ["法制工委", "财经工委"], head
    # 社区矫正 and 社区戒毒 are a work's names, no 社区 ending the unit
    assert unit_in_title("XX县社区戒毒康复中心岗位廉政风险防控表") == "XX县社区戒毒康复中心"
    assert dept_in_title("XX县司法局社区矫正科廉政风险点一览表") == "社区矫正科"
    # the heads of a party branch, and a post's grade in the words of the levels (重大/较大/一般)
    assert tier_of_post("党总支副书记") == "leader"
    cfg = load_config()
    assert [cfg.grade(w) for w in ("重大", "较大")] == ["A", "B"]
    # compound surnames beyond the five best known hold posts too
    assert all(map(looks_like_name, ["长孙慕白", "东郭川", "夏侯湛", "宇文渡", "钟离岳"]))


def test_what_batches_133_to_136_taught_in_other_words(tmp_path):
    # a 管委会's 局 is the 科室 in a '所在科室及职务' value
    assert split_dept_title("经济发展局招商专员") == ("经济发展局", "招商专员")
    assert split_dept_title("公安局交警大队民警") == ("公安局交警大队", "民警")
    # a card naming its holder, its post only in the title after the 科室
    card = [["XX县城关镇农技站站长廉政风险防控卡"], ["持卡人", "左丘岚"],
            ["序号", "风险点", "风险等级", "防控措施"], [1, "良种补贴虚报", "高", "公示"]]  # fmt: skip
    res = run(tmp_path / "card", {"S": card})
    assert res.posts[["title", "person"]].values.tolist() == [["站长", "左丘岚"]]
    # numbered points in one cell beside as many numbered levels are a point each
    rows = [["XX县机关事务中心岗位廉政风险防控一览表"], ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "采购员", "公羊越", "1、办公用品采购不比价\n2、验收走过场", "1、高\n2、中", "1、三家比价\n2、双人验收"],
            [2, "保管员", "太史澄", "1.出入库不登记\n2.账实不符", "中", "定期盘点"]]  # fmt: skip
    res = run(tmp_path / "numbered", {"S": rows})
    got = res.risks[["person", "risk_point", "risk_level", "measures"]].values.tolist()
    assert got[:2] == [["公羊越", "办公用品采购不比价", "Ⅰ级", "三家比价"],
                       ["公羊越", "验收走过场", "Ⅱ级", "双人验收"]]  # fmt: skip
    assert len(got) == 3 and got[2][1].startswith("1.出入库不登记")  # one level: one point
    assert "LEVEL_UNKNOWN" not in res.issues["code"].tolist()
    # a staff number after a holder's name of a surname not listed; a post in brackets after it
    rows = [["XX县港务公司廉政风险排查表"], ["序号", "部门", "岗位", "姓名（工号）", "风险点", "风险等级", "防控措施"],
            [1, "市场部", "市场员", "铎映川（GW017）", "违规减免港费", "高", "审批"],
            [2, "财务部", None, "益抱朴（出纳）", "挪用资金", "高", "对账"]]  # fmt: skip
    res = run(tmp_path / "codes", {"S": rows})
    assert res.posts[["title", "person"]].values.tolist() == [
        ["市场员", "铎映川"],
        ["出纳", "益抱朴"],
    ]

    # self-checks a sheet each, the tab naming 科室 and holder, the post in the table
    def check(post):
        return [["XX县动物卫生监督所岗位廉政风险自查表"], ["序号", "岗位", "风险点", "风险等级", "防控措施"],
                [1, post, "违规出具检疫证明", "高", "双人复核"]]  # fmt: skip

    res = run(tmp_path / "tabs", {"检疫股-赫连朔": check("股长"), "办公室—甘棠舟": check("主任")})
    assert res.posts[["department", "title", "person"]].values.tolist() == [
        ["检疫股", "股长", "赫连朔"], ["办公室", "主任", "甘棠舟"]
    ]  # fmt: skip
    # the template's hint row left under the header, every cell a bracketed prompt, is nothing
    rows = [["XX县林业站廉政风险排查表"], ["序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            ["(示例)", "（填写股室名称）", "（填写岗位名称）", "（填写本人姓名）", "（每个风险点填一行）", "（高/中/低）", "（具体措施）"],
            [1, "林政股", "股长", "拓跋清", "违规审批采伐", "高", "公示"]]  # fmt: skip
    res = run(tmp_path / "hint", {"S": rows})
    assert res.posts["person"].tolist() == ["拓跋清"]
    assert not {"LEVEL_UNKNOWN", "TYPE_UNKNOWN"} & set(res.issues["code"])
    # a county's 研究室 is a unit of its own
    assert unit_in_title("XX县教学研究室岗位廉政风险点一览表") == "XX县教学研究室"


def test_what_the_review_of_batches_129_to_132_found(tmp_path):
    head = ["序号", "风险点", "风险类型", "风险等级", "防控措施"]
    # a clerk filling in his leader's form, or a reviewer signing with his post, holds none of it
    for i, footer in enumerate([["填表人：谷梁栎", None, None, "填表日期：2024年5月"],
                                ["科室负责人：谷梁栎", None, "职务：科长"]]):  # fmt: skip
        form = [["XX县司法局局长岗位廉政风险自查表"], ["姓名", "闾丘韵"] if i else [], head,
                [1, "干预执法", "岗位职责", "高", "报告"], footer]  # fmt: skip
        res = run(tmp_path / f"clerk{i}", {"S": form})
        assert res.posts["person"].tolist() == (["闾丘韵"] if i else [""])
        assert res.posts["title"].tolist() != ["科长"]
    # a roster naming the 科室 of each post names no one for a post of another 科室
    rows = [["XX县农机站廉政风险排查表"], ["序号", "股室", "岗位", "风险点", "风险等级", "防控措施"],
            [1, "财务股", "股长", "违规支出", "高", "审批"], [2, "农机股", "股长", "补贴套取", "高", "核查"]]  # fmt: skip
    names = [
        ["人员名单"],
        ["科室", "岗位", "姓名"],
        ["财务股", "股长", "乐正雍"],
        ["农机股", "副股长", "漆雕岑"],
    ]
    res = run(tmp_path / "other", {"一览表": rows, "名单": names})
    assert sorted(res.posts["person"]) == ["", "乐正雍"]
    # nor a roster without 科室 for a post two 科室 have
    names = [["人员名单"], ["岗位", "姓名"], ["股长", "乐正雍"], ["会计", "漆雕岑"]]
    res = run(tmp_path / "no_keshi", {"一览表": rows, "名单": names})
    assert res.posts["person"].tolist() == ["", ""]
    # a blank under a 姓名 column is a vacancy, whatever a roster sheet says
    # (one nobody filled in is the template's: the roster names them)
    named = [["XX县农机站廉政风险排查表"], ["序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
             [1, "财务股", "股长", None, "违规支出", "高", "审批"],
             [2, "农机股", "股长", "漆雕岑", "套取补贴", "高", "核查"]]  # fmt: skip
    names = [
        ["人员名单"],
        ["科室", "岗位", "姓名"],
        ["财务股", "股长", "乐正雍"],
        ["农机股", "股长", "漆雕岑"],
    ]
    res = run(tmp_path / "vacant", {"一览表": named, "名单": names})
    assert res.posts["person"].tolist() == ["", "漆雕岑"]
    res = run(tmp_path / "template", {"一览表": named[:3], "名单": names})
    assert res.posts["person"].tolist() == ["乐正雍"]
    # a roster right above the next list is that list's, not the one before
    head = ["序号", "岗位", "风险点", "风险等级", "防控措施"]
    rows = [["XX县农机站廉政风险排查表"], ["一、财务股"], ["岗位", "姓名"], ["股长", "乐正雍"], ["会计", "漆雕岑"],
            head, [1, "股长", "违规支出", "高", "审批"], [2, "会计", "白条入账", "中", "审核"], [],
            ["二、农机股"], ["岗位", "姓名"], ["股长", "公良默"], ["技术员", "南宫棠"],
            head, [1, "股长", "补贴套取", "高", "核查"], [2, "技术员", "违规鉴定", "中", "复核"]]  # fmt: skip
    res = run(tmp_path / "next", {"S": rows})
    assert res.posts[["department", "person"]].values.tolist() == [
        ["财务股", "乐正雍"], ["财务股", "漆雕岑"], ["农机股", "公良默"], ["农机股", "南宫棠"]
    ]  # fmt: skip

    # a roster under a list naming its posts is that list's, a list after it or not
    rows = [["XX县农机站廉政风险排查表"], head, [1, "股长", "违规支出", "高", "审批"], [2, "会计", "白条入账", "中", "审核"],
            ["岗位", "姓名"], ["股长", "乐正雍"], ["会计", "漆雕岑"], [],
            head, [1, "技术员", "违规鉴定", "中", "复核"], [2, "驾驶员", "公车私用", "低", "登记"]]  # fmt: skip
    res = run(tmp_path / "mine", {"S": rows})
    assert res.posts["person"].tolist() == ["乐正雍", "漆雕岑", "", ""]

    # a draft naming no unit, or no holders, beside the final of the same posts; a 送审稿 beside
    # the 正式稿
    def sheet(title, person):
        return [[title], ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
                [1, "保管科", "科长", person, "违规借阅档案", "高", "登记"]]  # fmt: skip

    for i, (a, b) in enumerate([
        (("初稿", sheet("岗位廉政风险一览表（初稿）", "令狐岑")), ("一览表", sheet("XX县档案馆岗位廉政风险一览表", "令狐岑"))),
        (("初稿", sheet("XX县档案馆岗位廉政风险一览表", None)), ("定稿", sheet("XX县档案馆岗位廉政风险一览表", "令狐岑"))),
        (("送审稿", sheet("XX县档案馆岗位廉政风险一览表", "令狐岑")), ("正式稿", sheet("XX县档案馆岗位廉政风险一览表", "令狐岑"))),
    ]):  # fmt: skip
        res = run(tmp_path / f"draft{i}", dict([a, b]))
        assert res.risks["source_sheet"].tolist() == [b[0]], a[0]
    # 区 before 康复, 戒毒, 矫正 ends a district's name still; only 社区 before them does not
    assert unit_in_title("西湖区康复中心岗位廉政风险自查表") == "西湖区康复中心"
    assert unit_in_title("XX县社区矫正中心岗位廉政风险自查表") == "XX县社区矫正中心"
    # a facility's managing body is one name with it; a 局's 服务中心 is its part
    assert unit_in_title("XX县烈士陵园管理所岗位廉政风险排查表") == "XX县烈士陵园管理所"
    assert unit_in_title("XX县国有林场管护站廉政风险点一览表") == "XX县国有林场管护站"
    assert unit_in_title("XX县医保局服务中心廉政风险点一览表") == "XX县医保局"
    # of a 中队 and a 组别 column, a 中队 column with one '机关' in it stays the 科室
    rows = [["XX县城管执法大队岗位廉政风险排查表"], ["序号", "中队", "组别", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "一中队", "执法一组", "队员", "司寇桐", "选择性执法", "高", "记录仪"],
            [2, "二中队", "执法一组", "队员", "漆雕羽", "违规罚没", "高", "法制审核"],
            [3, "机关", "法制组", "科员", "公良轩", "审核把关不严", "中", "复核"]]  # fmt: skip
    res = run(tmp_path / "squads", {"S": rows})
    assert res.posts["department"].tolist() == ["一中队", "二中队", "机关"]
    # of a hospital's 部门 and 科室 columns, the 科室
    rows = [["XX县人民医院岗位廉政风险排查表"], ["序号", "部门", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "临床科室", "内科", "主任", "司马湛", "收受回扣", "高", "处方点评"],
            [2, "行政后勤", "总务科", "科长", "上官洵", "违规采购", "高", "招标"]]  # fmt: skip
    res = run(tmp_path / "hospital", {"S": rows})
    assert res.posts["department"].tolist() == ["内科", "总务科"]
    # 一般 is no post grade of its own: on a 较高/一般/较低 scale it is the middle one
    assert load_config().grade("一般") is None
    # a roster naming two holders of one post names neither
    rows = [["XX县农机站廉政风险排查表"], ["序号", "股室", "岗位", "风险点", "风险等级", "防控措施"],
            [1, "财务股", "会计", "违规支出", "高", "审批"], [2, "农机股", "股长", "补贴套取", "高", "核查"]]  # fmt: skip
    names = [
        ["人员名单"],
        ["科室", "岗位", "姓名"],
        ["财务股", "会计", "乐正雍、漆雕岑"],
        ["农机股", "股长", "公良默"],
    ]
    res = run(tmp_path / "two", {"一览表": rows, "名单": names})
    assert res.posts["person"].tolist() == ["", "公良默"]


def test_what_batches_137_to_140_taught_in_other_words(tmp_path):
    # 风险点 beside a shorter column of causes (风险成因): the point stays the point
    rows = [["XX县就业培训中心岗位廉政风险自查表"], ["序号", "岗位", "姓名", "风险点", "风险成因", "风险等级", "防控措施"],
            [1, "培训专员", "公西澈", "虚报培训人数套取补贴资金", "监管缺位", "高", "视频抽查"]]  # fmt: skip
    res = run(tmp_path / "cause", {"S": rows})
    assert res.risks["risk_point"].tolist() == ["虚报培训人数套取补贴资金"]
    # where a holder is now (现科室, 现岗位) is his form's; where he was before is no field
    card = [["XX县人民医院轮岗人员廉政风险防控卡"], ["姓名", "羊舌岚"],
            ["原科室", "检验科", "原岗位", "检验师", "轮岗时间", "2024年1月"],
            ["现科室", "药剂科", "现岗位", "药剂师"],
            ["序号", "风险点", "风险等级", "防控措施"], [1, "收受药品回扣", "高", "处方点评"]]  # fmt: skip
    res = run(tmp_path / "rotation", {"S": card})
    assert res.posts[["department", "title", "person"]].values.tolist() == [
        ["药剂科", "药剂师", "羊舌岚"]
    ]
    assert "ROW_UNPLACED" not in res.issues["code"].tolist()
    # a county's 场 (种猪场, 良种场) is a unit; a 市场's or 广场's 场 is no ending
    assert unit_in_title("XX县良种繁育场岗位廉政风险自查表") == "XX县良种繁育场"
    assert unit_in_title("XX县农贸市场管理所廉政风险点一览表") == "XX县农贸市场管理所"
    # heads named in a line of fields over a 科室's list: their posts' holders, the 科室 cut short
    rows = [["XX县中医院科室廉政风险排查表"], ["科室：骨伤科　　科主任：公冶珩　　护士长：闻人萱"],
            ["序号", "岗位", "风险点", "风险等级", "防控措施"],
            [1, "科主任", "收受耗材回扣", "高", "集中采购"], [2, "护士长", "排班不公", "低", "公示"],
            [3, "医师", "过度检查", "中", "处方点评"]]  # fmt: skip
    res = run(tmp_path / "heads", {"S": rows})
    got = res.posts[["department", "title", "person"]].values.tolist()
    assert got == [
        ["骨伤科", "科主任", "公冶珩"],
        ["骨伤科", "护士长", "闻人萱"],
        ["骨伤科", "医师", ""],
    ]
    # a village's 股份经济合作社 is a unit, no 股 of it; who holds a post besides, in brackets
    assert unit_in_title("XX县城关镇桃园村股份经济合作社岗位廉洁风险防控清单").endswith("合作社")
    assert split_dept_title("监事长（村务监督委员会主任兼任）") == ("", "监事长")
    # a post and after a full-width space the two who hold it, of compound surnames
    rows = [["XX县粮库岗位廉政风险台账"], ["序号", "部门", "岗位及责任人", "风险描述", "风险等级", "防控措施"],
            [1, "仓储科", "保管员　段干岳、谷梁萱", "以次充好", "高", "监控"],
            [2, "财务科", "会计　乐正珏", "截留粮款", "中", "直付"]]  # fmt: skip
    res = run(tmp_path / "depot", {"S": rows})
    assert res.posts[["title", "person"]].values.tolist() == [
        ["保管员", "段干岳"], ["保管员", "谷梁萱"], ["会计", "乐正珏"]
    ]  # fmt: skip


def test_what_the_review_of_batches_133_to_136_found(tmp_path):
    head = ["序号", "风险点", "风险类型", "风险等级", "防控措施"]
    point = [1, "违规减刑假释建议", "岗位职责", "高", "集体评议"]
    # the holder's own line under his form, the name left to sign by hand, or his pledge's
    # signature, gives his 科室 and post; an empty reviewer's slot beside it takes nothing away
    for i, footer in enumerate([["填表人（签字）：", None, "所在科室：监督管理科", "职务：副科长"],
                                ["承诺人：仲长綦", None, "所在科室：监督管理科", "职务：副科长"],
                                ["填表人：仲长綦", "所在科室：监督管理科", "职务：副科长", "科室负责人审核："]]):  # fmt: skip
        res = run(
            tmp_path / f"own{i}", {"S": [["XX县司法局岗位廉政风险自查表"], head, point, footer]}
        )
        assert res.posts[["department", "title"]].values.tolist() == [["监督管理科", "副科长"]], i
    # a roster names the posts of a list without 科室, and of a 科室 written shorter
    rows = [["XX县农机站廉政风险排查表"], ["序号", "岗位", "风险点", "风险等级", "防控措施"],
            [1, "站长", "违规决策", "高", "集体研究"], [2, "会计", "白条入账", "中", "审核"]]  # fmt: skip
    names = [
        ["名单"],
        ["科室", "岗位", "姓名"],
        ["站领导", "站长", "乐正雍"],
        ["财务室", "会计", "漆雕岑"],
    ]
    res = run(tmp_path / "no_keshi", {"一览表": rows, "名单": names})
    assert res.posts["person"].tolist() == ["乐正雍", "漆雕岑"]
    rows = [["XX县农机站廉政风险排查表"], ["序号", "科室", "岗位", "风险点", "风险等级", "防控措施"],
            [1, "财务股", "会计", "白条入账", "中", "审核"], [2, "农机股", "股长", "套取补贴", "高", "核查"]]  # fmt: skip
    names = [
        ["名单"],
        ["科室", "岗位", "姓名"],
        ["财务", "会计", "漆雕岑"],
        ["农机", "股长", "乐正雍"],
    ]
    res = run(tmp_path / "shorter", {"一览表": rows, "名单": names})
    assert res.posts["person"].tolist() == ["漆雕岑", "乐正雍"]
    # short texts under type sub-columns are points; marks are none
    rows = [["XX县殡仪馆廉政风险登记表"], ["序号", "岗位", "风险点", None, None, "风险等级", "防控措施"],
            [None, None, "思想道德", "制度机制", "岗位职责", None, None],
            [1, "馆长", "不作为", "乱作为", "/", "高", "集体决策"]]  # fmt: skip
    merges = {"S": ["C2:E2", "A2:A3", "B2:B3", "F2:F3", "G2:G3"]}
    res = run(tmp_path / "short", {"S": rows}, merges)
    assert res.risks[["risk_point", "risk_type"]].values.tolist() == [
        ["不作为", "思想道德风险"], ["乱作为", "制度机制风险"]
    ]  # fmt: skip
    # a facility's own service centre is one body with it
    assert unit_in_title("XX县体育场馆服务中心岗位廉政风险排查表") == "XX县体育场馆服务中心"

    # tabs of a copy or a period name no one
    def card(who):
        return [["XX县档案馆岗位廉政风险自查表"], ["姓名", who], head, point]

    res = run(tmp_path / "copies", {"办公室-张伟": card("张伟"), "综合股-模板": card(None)})
    assert "模板" not in res.posts["person"].tolist()
    # two readings of one point's level, or one level written twice, split nothing
    for i, level in enumerate(["防控前：高\n防控后：低", "Ⅱ级\n（较大）"]):
        rows = [["XX县采购中心廉政风险一览表"], ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
                [1, "采购员", "闾丘韵", "1.供应商选定不比价\n2.验收不严格", level, "比价"]]  # fmt: skip
        res = run(tmp_path / f"levels{i}", {"S": rows})
        assert len(res.risks) == 1, level
    # numbered points over two merged rows take the measures of both rows, line by line
    rows = [["XX县采购中心廉政风险一览表"], ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "采购员", "闾丘韵", "1.采购不比价\n2.验收走过场", "1.高\n2.中", "1.三家比价"],
            [None, None, None, None, None, "2.双人验收"]]  # fmt: skip
    merges = {"S": ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4"]}
    res = run(tmp_path / "merged", {"S": rows}, merges)
    assert res.risks[["risk_point", "measures"]].values.tolist() == [
        ["采购不比价", "三家比价"], ["验收走过场", "双人验收"]
    ]  # fmt: skip
    # a row written in the template's brackets with real words in them is a row
    rows = [["XX县统计局廉政风险排查表"], ["序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [None, "（统计股）", "（统计员）", "（向德贵）", "（填报数据弄虚作假）", "（中）", "（请专人审核）"]]  # fmt: skip
    res = run(tmp_path / "brackets", {"S": rows})
    assert len(res.risks) == 1
    # a place of work before a post in brackets is no holder's name
    rows = [["XX县医院廉政风险排查表"], ["序号", "科室", "责任人", "风险点", "风险等级", "防控措施"],
            [1, "药剂科", "药房（药剂师）", "收受回扣", "高", "处方点评"]]  # fmt: skip
    res = run(tmp_path / "places", {"S": rows})
    assert res.posts["person"].tolist() != ["药房"]
    # a county's 婚姻登记处 is a unit; 市容, 市政, 市民 are no city
    assert unit_in_title("XX县婚姻登记处岗位廉政风险点排查表") == "XX县婚姻登记处"
    assert unit_in_title("XX县市政设施管理处廉政风险点排查表") == "XX县市政设施管理处"
    assert dept_in_title("XX县城市管理局市容科岗位廉政风险") == "市容科"


def test_what_batches_141_to_144_taught_in_other_words(tmp_path):
    # who holds each post in prose lines above a list ('副主任　X：分管…'), a 科室's post written whole
    rows = [["XX县扶贫办岗位廉政风险防控清单"], ["一、人员分工"],
            ["主任　呼延策：主持全面工作。"], ["项目股股长　公孙翎：负责项目申报和验收。"],
            ["二、风险防控"], ["序号", "股室", "岗位", "风险点", "风险等级", "防控措施"],
            [1, "办公室", "主任", "违规决策", "高", "集体研究"], [2, "项目股", "股长", "验收走过场", "高", "联合验收"]]  # fmt: skip
    res = run(tmp_path / "prose", {"S": rows})
    assert res.posts["person"].tolist() == ["呼延策", "公孙翎"]
    # group lines naming who holds their posts, in brackets or after a space; the heads' group
    rows = [["XX县委宣传部岗位廉政风险防控一览表"], ["序号", "岗位", "风险点", "风险等级", "防控措施"],
            ["一、部务会成员（部长：令狐朔；副部长：上官澄）"], [1, "部长", "违规决策", "高", "集体研究"],
            [2, "副部长", "违规审批", "中", "会审"], ["二、新闻科　科长：东方岚　科员：公羊絮"],
            [3, "科长", "有偿新闻", "中", "审核"], [4, "科员", "泄露信息", "低", "保密"]]  # fmt: skip
    res = run(tmp_path / "groups", {"S": rows})
    assert res.posts[["department", "title", "person"]].values.tolist() == [
        ["部务会成员", "部长", "令狐朔"], ["部务会成员", "副部长", "上官澄"],
        ["新闻科", "科长", "东方岚"], ["新闻科", "科员", "公羊絮"],
    ]  # fmt: skip
    # '所在部门及岗位' is a 科室 and a post in one field
    card = [["XX县人才中心岗位廉政风险防控卡"], ["姓名", "闻人黛", "所在部门及岗位", "流动人员档案科档案管理员"],
            ["序号", "风险点", "风险等级", "防控措施"], [1, "违规查阅档案", "高", "登记"]]  # fmt: skip
    res = run(tmp_path / "dept_post", {"S": card})
    assert res.posts[["department", "title"]].values.tolist() == [["流动人员档案科", "档案管理员"]]
    # a roster of who holds which post reads on past a surname not listed
    rows = [["XX县城投公司廉洁风险清单"], ["序号", "部门", "岗位", "风险点", "风险等级", "防控措施"],
            [1, "财务部", "出纳", "挪用资金", "高", "对账"], [2, "综合部", "主任", "违规报销", "中", "审核"]]  # fmt: skip
    names = [
        ["岗位人员"],
        ["部门", "岗位", "姓名"],
        ["财务部", "出纳", "菅晓岚"],
        ["综合部", "主任", "端木凝"],
    ]
    res = run(tmp_path / "rare", {"清单": rows, "人员": names})
    assert res.posts["person"].tolist() == ["菅晓岚", "端木凝"]


def test_what_the_review_of_batches_137_to_140_found(tmp_path):
    # 场 in a place's name (龙场镇, 道场村) ends no unit; nor does a 局's work with 合作社
    assert unit_in_title("XX县龙场镇人民政府岗位廉政风险排查表") == "XX县龙场镇人民政府"
    assert unit_in_title("XX县城关镇沙场村岗位廉政风险排查表") == "XX县城关镇沙场村"
    assert unit_in_title("XX县机场建设指挥部岗位廉政风险排查表") != "XX县机场"
    assert unit_in_title("XX县农业农村局合作社指导股岗位廉政风险防控表") == "XX县农业农村局"
    # a roster names no other 科室's holder: one 科室 is another written shorter only by its ending
    rows = [["XX县档案馆廉政风险排查表"], ["序号", "科室", "岗位", "风险点", "风险等级", "防控措施"],
            [1, "综合股", "股长", "违规报销", "中", "审核"], [2, "综合执法股", "股长", "选择性执法", "高", "记录"],
            [3, "业务一科", "科长", "违规审批", "高", "会审"], [4, "业务二科", "科长", "违规验收", "高", "会审"]]  # fmt: skip
    names = [["名单"], ["科室", "岗位", "姓名"], ["综合股", "股长", "乐正雍"], ["业务科", "科长", "漆雕岑"],
             ["市容股", "股长", "公良默"]]  # fmt: skip
    res = run(tmp_path / "parts", {"清单": rows, "名单": names})
    assert res.posts["person"].tolist() == ["乐正雍", "", "", ""]
    # nor names a post several hold, for a list without 科室
    rows = [["XX县档案馆廉政风险排查表"], ["序号", "岗位", "风险点", "风险等级", "防控措施"],
            [1, "科员", "泄露档案", "中", "保密"]]  # fmt: skip
    names = [["名单"], ["科室", "岗位", "姓名"], ["办公室", "科员", "乐正雍"], ["业务科", "科员", "漆雕岑"],
             ["业务科", "科员", "公良默"]]  # fmt: skip
    res = run(tmp_path / "many", {"清单": rows, "名单": names})
    assert res.posts["person"].tolist() == [""]
    # a roster under a caption right above the next list is that list's
    head = ["序号", "岗位", "风险点", "风险等级", "防控措施"]
    rows = [["XX县农机站廉政风险排查表"], ["农机股"], head, [1, "股长", "违规支出", "高", "审批"],
            [2, "会计", "白条入账", "中", "审核"], [], ["农技股人员"], ["岗位", "姓名"], ["股长", "乐正雍"],
            ["技术员", "漆雕岑"], head, [1, "股长", "虚报推广面积", "高", "核查"], [2, "技术员", "违规鉴定", "中", "复核"]]  # fmt: skip
    res = run(tmp_path / "caption", {"S": rows})
    assert res.posts["person"].tolist() == ["", "", "乐正雍", "漆雕岑"]
    # a cooperating office's column is no 科室
    rows = [["XX县住建局廉政风险排查表"], ["序号", "部门", "岗位", "风险点", "风险等级", "防控措施", "配合科室"],
            [1, "城建股", "股长", "违规审批", "高", "会审", "行政审批科"]]  # fmt: skip
    res = run(tmp_path / "helper", {"S": rows})
    assert res.posts["department"].tolist() == ["城建股"]
    # a reviewer signing by name beside the holder's line gives the holder no post
    head5 = ["序号", "风险点", "风险类型", "风险等级", "防控措施"]
    form = [["XX县司法局岗位廉政风险自查表"], head5, [1, "干预执法", "岗位职责", "高", "报告"],
            ["填表人：仲长綦", None, "审核人：", "李四", "职务：科长"]]  # fmt: skip
    res = run(tmp_path / "reviewer", {"S": form})
    assert res.posts["title"].tolist() != ["科长"]
    # numbered levels written with their words in brackets split as the points do
    rows = [["XX县采购中心廉政风险一览表"], ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "采购员", "闾丘韵", "1.供应商选定不比价\n2.验收不严格", "1.Ⅰ级（高）\n2.Ⅱ级（中）", "1.比价\n2.验收"]]  # fmt: skip
    res = run(tmp_path / "bracketed", {"S": rows})
    assert res.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级"]
    # the template's hint rows in other words are still hints
    rows = [["XX县统计局廉政风险排查表"], ["序号", "科室", "岗位", "风险点", "风险等级", "防控措施"],
            [None, "（科室名称）", "（岗位名称）", "（如：违规审批）", "（高/中/低）", "（请结合实际制定措施）"],
            [1, "统计股", "统计员", "数据造假", "中", "审核"]]  # fmt: skip
    res = run(tmp_path / "hints", {"S": rows})
    assert res.risks["risk_point"].tolist() == ["数据造假"]
    # tabs naming holders whose given names have 新 or 月 in them
    card = [
        ["XX县档案馆岗位廉政风险自查表"],
        ["姓名", None],
        head5,
        [1, "违规借阅", "岗位职责", "高", "登记"],
    ]
    res = run(
        tmp_path / "tabs", {"办公室-张伟": card, "财务股-铎新宇": card, "业务科-怀月华": card}
    )
    assert sorted(res.posts["person"]) == ["张伟", "怀月华", "铎新宇"]
    # a name of two of a surname not listed before a post in brackets; a place before one
    rows = [["XX县医院廉政风险排查表"], ["序号", "科室", "责任人", "风险点", "风险等级", "防控措施"],
            [1, "财务科", "铎凡（出纳）", "挪用资金", "高", "对账"], [2, "药剂科", "药房（药剂师）", "收受回扣", "高", "点评"]]  # fmt: skip
    res = run(tmp_path / "brackets", {"S": rows})
    assert res.posts[["title", "person"]].values.tolist() == [["出纳", "铎凡"], ["药剂师", ""]]
    # a lab group is no name (微生物组)
    assert not looks_like_name("微生物组")
    # 'X兼任' in brackets after a post names its holder
    rows = [["XX县档案馆廉政风险排查表"], ["序号", "岗位", "风险点", "风险等级", "防控措施"],
            [1, "出纳（漆雕岑兼任）", "挪用资金", "高", "对账"]]  # fmt: skip
    res = run(tmp_path / "standin", {"S": rows})
    assert res.posts[["title", "person"]].values.tolist() == [["出纳", "漆雕岑"]]


def test_what_batches_145_to_148_taught_in_other_words(tmp_path):
    # one holder's two posts, each under a caption 'post one:', 'post two:' in one table
    form = [["XX县应急物资中心岗位廉政风险自查表"], ["姓名", "东郭岚", "所在烟站", "城东收购站"],
            ["岗位", "仓库保管员、车辆管理员"],
            ["序号", "风险点", "风险等级", "防控措施"], ["岗位一：仓库保管员"], [1, "以次充好", "高", "验收"],
            ["岗位二：车辆管理员"], [1, "公车私用", "中", "登记"], ["XX镇纪委监制", None, None, "2024年5月"]]  # fmt: skip
    res = run(tmp_path / "two_posts", {"S": form}, {"S": ["A5:D5", "A7:D7"]})
    assert res.posts[["department", "title", "person"]].values.tolist() == [
        ["城东收购站", "仓库保管员", "东郭岚"], ["城东收购站", "车辆管理员", "东郭岚"]
    ]  # fmt: skip
    assert "ROW_UNPLACED" not in res.issues["code"].tolist()


def test_what_the_review_of_batches_141_to_144_found(tmp_path):
    # 颛孙 is a compound surname still
    assert looks_like_name("颛孙明")
    # given names ending as places do (金库, 建厂) are names before a post in brackets
    rows = [["XX县医院廉政风险排查表"], ["序号", "科室", "责任人", "风险点", "风险等级", "防控措施"],
            [1, "财务科", "王金库（出纳）", "挪用资金", "高", "对账"], [2, "总务科", "前台（接待员）", "收礼", "中", "登记"]]  # fmt: skip
    res = run(tmp_path / "names", {"S": rows})
    assert res.posts[["title", "person"]].values.tolist() == [["出纳", "王金库"], ["接待员", ""]]
    # a post or a line of work standing in (司机兼, 党建兼) is no holder; '由张三兼任' is 张三
    rows = [["XX县档案馆廉政风险排查表"], ["序号", "岗位", "风险点", "风险等级", "防控措施"],
            [1, "保管员（司机兼）", "以次充好", "高", "验收"], [2, "出纳（由闻人晗兼任）", "挪用资金", "高", "对账"]]  # fmt: skip
    res = run(tmp_path / "standin", {"S": rows})
    assert res.posts[["title", "person"]].values.tolist() == [["保管员", ""], ["出纳", "闻人晗"]]
    # a group line naming its head (负责人) gives the group's head post its holder still
    rows = [["XX县民政局廉政风险一览表"], ["序号", "岗位", "风险点", "风险等级", "防控措施"],
            ["一、办公室（负责人：钟离澈）"], [1, "主任", "违规报销", "中", "审核"]]  # fmt: skip
    res = run(tmp_path / "head", {"S": rows})
    assert res.posts["person"].tolist() == ["钟离澈"]
    # field lines above a list are fields, not who holds what ('职务：股长　姓名：李明')
    rows = [["XX县财政局廉政风险一览表"], ["科室：国库股"], ["职务：股长　姓名：南宫策"],
            ["序号", "岗位", "风险点", "风险等级", "防控措施"], [1, "股长", "违规拨付", "高", "复核"]]  # fmt: skip
    res = run(tmp_path / "fields", {"S": rows})
    assert res.posts["person"].tolist() == ["南宫策"]
    # a roster matches a 科室 written short (党政办 for 党政办公室) where it shortens no other
    rows = [["XX县水利局廉政风险排查表"], ["序号", "科室", "岗位", "风险点", "风险等级", "防控措施"],
            [1, "党政办公室", "主任", "违规报销", "中", "审核"], [2, "水政监察股", "股长", "选择性执法", "高", "记录"]]  # fmt: skip
    names = [
        ["名单"],
        ["科室", "岗位", "姓名"],
        ["党政办", "主任", "乐正雍"],
        ["水政股", "股长", "漆雕岑"],
    ]
    res = run(tmp_path / "short", {"清单": rows, "名单": names})
    assert res.posts["person"].tolist() == ["乐正雍", "漆雕岑"]
    # notes in a roster's 姓名 column are no names
    rows = [["XX县水利局廉政风险排查表"], ["序号", "科室", "岗位", "风险点", "风险等级", "防控措施"],
            [1, "财务股", "出纳", "挪用资金", "高", "对账"], [2, "财务股", "会计", "白条入账", "中", "审核"]]  # fmt: skip
    names = [
        ["名单"],
        ["科室", "岗位", "姓名"],
        ["财务股", "会计", "乐正雍"],
        ["财务股", "出纳", "缺编"],
    ]
    res = run(tmp_path / "notes", {"清单": rows, "名单": names})
    assert res.posts["person"].tolist() == ["", "乐正雍"]
    # '附：岗位人员名单' under a list is its own, a list after it or not
    head = ["序号", "岗位", "风险点", "风险等级", "防控措施"]
    rows = [["XX县农机站廉政风险排查表"], head, [1, "股长", "违规支出", "高", "审批"], [2, "会计", "白条入账", "中", "审核"],
            ["附：岗位人员名单"], ["岗位", "姓名"], ["股长", "乐正雍"], ["会计", "漆雕岑"], ["出纳", "公良默"],
            head, [1, "技术员", "违规鉴定", "中", "复核"]]  # fmt: skip
    res = run(tmp_path / "appended", {"S": rows})
    assert res.posts["person"].tolist() == ["乐正雍", "漆雕岑", ""]
    # of a 部门 and a 责任科室 column, the 科室 when each lies within one 部门
    rows = [["XX县人民医院廉政风险排查表"], ["序号", "部门", "责任科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "临床科室", "内科", "主任", "司马湛", "收受回扣", "高", "点评"],
            [2, "临床科室", "外科", "主任", "上官洵", "过度医疗", "高", "点评"],
            [3, "行政后勤", "总务科", "科长", "欧阳澍", "违规采购", "高", "招标"]]  # fmt: skip
    res = run(tmp_path / "hospital", {"S": rows})
    assert res.posts["department"].tolist() == ["内科", "外科", "总务科"]

    # tabs of versions and periods name no one
    def card(who):
        return [
            ["XX县档案馆岗位廉政风险自查表"],
            ["姓名", who],
            head,
            [1, "违规借阅", "高", "登记"],
        ]

    res = run(
        tmp_path / "tabs",
        {"办公室-张伟": card("张伟"), "财务股-新版": card(None), "业务科-上月": card(None)},
    )
    assert not {"新版", "上月"} & set(res.posts["person"])
    # an airport is a unit
    assert unit_in_title("XX县民用机场岗位廉政风险排查表") == "XX县民用机场"
    # the 局务会's 办公室主任 is a middle post still
    assert tier_of_post("办公室主任", "局务会成员") == "middle"
    # two posts in a cell beside two names in the next, of surnames not listed: a form each
    rows = [["XX县就业中心廉政风险排查表"], ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "财务室", "会计、出纳", "么若澄、青蔓菁", "坐支现金", "高", "对账"]]  # fmt: skip
    res = run(tmp_path / "paired", {"S": rows})
    assert res.posts[["title", "person"]].values.tolist() == [
        ["会计", "么若澄"],
        ["出纳", "青蔓菁"],
    ]
    # the level under '综合评定' beside the likelihood and harm it weighs
    rows = [["XX县水务局廉政风险排查表"], ["序号", "岗位", "姓名", "风险点", "风险评估", None, None, "防控措施"],
            [None, None, None, None, "可能性", "危害程度", "综合评定", None],
            [1, "站长", "钟离澈", "违规发包", "中", "严重", "高", "招标"]]  # fmt: skip
    merges = {"S": ["E2:G2", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "H2:H3"]}
    res = run(tmp_path / "matrix", {"S": rows}, merges)
    assert res.risks["risk_level"].tolist() == ["Ⅰ级"]


def test_what_the_review_of_batches_145_to_148_found(tmp_path):
    # a group line or a work step ending 印发, 制表 is no issuer's line: the rows under it are read
    rows = [["XX县委办廉政风险一览表"], ["序号", "岗位", "风险点", "风险等级", "防控措施"],
            ["一、公文印发"], [1, "文印员", "擅自印制", "中", "登记"],
            ["二、统计制表"], [2, "统计员", "虚报数据", "中", "审核"]]  # fmt: skip
    res = run(tmp_path / "steps", {"S": rows})
    assert res.posts["title"].tolist() == ["文印员", "统计员"]
    # a column of scores under 综合评定 beside 风险等级 takes nothing from it
    rows = [["XX县水务局廉政风险排查表"], ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施", "综合评定"],
            [1, "站长", "钟离澈", "违规发包", "高", "招标", "85分"]]  # fmt: skip
    res = run(tmp_path / "scores", {"S": rows})
    assert res.risks["risk_level"].tolist() == ["Ⅰ级"]
    # two posts beside two posts or notes: no holders made of them
    rows = [["XX县档案馆廉政风险排查表"], ["序号", "科室", "岗位", "责任人", "风险点", "风险等级", "防控措施"],
            [1, "财务室", "会计、出纳", "主任、分管领导", "坐支现金", "高", "对账"]]  # fmt: skip
    res = run(tmp_path / "posts", {"S": rows})
    assert not {"主任", "分管领导"} & set(res.posts["person"])
    # a party branch or a village's group is no 科室
    card = [["XX县农业农村局岗位廉政风险防控卡"], ["姓名", "张伟", "所在党支部", "机关第一党支部"],
            ["序号", "风险点", "风险等级", "防控措施"], [1, "违规发放补贴", "高", "公示"]]  # fmt: skip
    res = run(tmp_path / "branch", {"S": card})
    assert res.posts["department"].tolist() != ["机关第一党支部"]


def test_what_batches_149_to_152_taught_in_other_words(tmp_path):
    # '站所' beside its value is the 科室 of a 乡's card
    card = [["XX县城关乡岗位廉政风险防控卡"], ["站所", "农业综合服务中心", "职务", "主任"], ["姓名", "巫马砚"],
            ["序号", "风险点", "风险等级", "防控措施"], [1, "虚报补贴面积", "高", "公示"]]  # fmt: skip
    res = run(tmp_path / "station", {"S": card})
    assert res.posts[["department", "title"]].values.tolist() == [["农业综合服务中心", "主任"]]


def test_what_the_review_of_batches_149_to_152_found(tmp_path):
    # paired names of surnames that begin other words (代, 新, 正) are names still; notes are not
    rows = [["XX县审计局岗位廉政风险排查一览表"], ["序号", "科室", "岗位", "责任人", "风险点", "风险等级", "防控措施"],
            [1, "财务室", "会计、出纳", "王芳、代军", "坐支现金", "高", "对账"],
            [2, "办公室", "文书、司机", "兼任、代理", "泄露信息", "中", "保密"]]  # fmt: skip
    res = run(tmp_path / "paired", {"S": rows})
    persons = res.posts["person"].tolist()
    assert "王芳" in persons and "代军" in persons and not {"兼任", "代理"} & set(persons)
    # a bare '站所' over rows of a list groups them, ending nothing
    rows = [["XX镇岗位廉政风险排查表"], ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            ["机关"], [1, "党政办", "主任", "李明", "虚报", "高", "公示"],
            ["站所"], [2, "农技站", "站长", "王芳", "坐支", "中", "对账"]]  # fmt: skip
    res = run(tmp_path / "group", {"S": rows})
    assert res.posts["person"].tolist() == ["李明", "王芳"]
    # '所在党政办' names the 科室 (a 党支部 or a 村's group does not)
    card = [["XX镇岗位廉政风险防控卡"], ["姓名", "李明", "所在党政办", "党政综合办公室", "职务", "主任"],
            ["序号", "风险点", "风险等级", "防控措施"], [1, "虚报", "高", "公示"]]  # fmt: skip
    res = run(tmp_path / "office", {"S": card})
    assert res.posts["department"].tolist() == ["党政综合办公室"]
    # last year's level beside this year's: this year's, where it says one
    rows = [["XX县档案馆廉政风险一览表"], ["序号", "岗位", "姓名", "风险点", "上年风险等级", "本年风险等级", "防控措施"],
            [1, "馆长", "司马湛", "违规决策", "中", "高", "集体研究"]]  # fmt: skip
    res = run(tmp_path / "years", {"S": rows})
    assert res.risks["risk_level"].tolist() == ["Ⅰ级"]


def test_a_guess_a_later_step_overruled_is_not_said(tmp_path):
    # '风险程度' over 较重 | 一般 | 轻微 with marks: first guessed "other" by contents, then read
    # as the level's marks; no note may still call those columns "other"
    rows = [["XX县气象台岗位风险排查表"],
            ["序号", "岗位", "责任人", "风险内容", "风险程度", "", "", "防范办法"],
            ["", "", "", "", "高", "中", "低", ""],
            [1, "台长", "欧阳澈", "违规采购设备", "●", "", "", "集体研究"],
            [2, "预报员", "上官岚", "泄露未公开数据", "", "●", "", "保密审查"],
            [3, "观测员", "东方晓", "篡改观测记录", "", "", "●", "复核"]]  # fmt: skip
    res = run(tmp_path, {"S": rows}, {"S": ["E2:G2"]})
    assert res.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级", "Ⅲ级"]
    said = res.issues[res.issues["code"] == "COLUMN_GUESSED"]
    assert not any(cell in ("E2", "F2", "G2") for cell in said["cell"]), said["message"].tolist()


def test_places_a_post_serves_are_not_its_unit(tmp_path):
    # '联系乡镇' (and 挂钩, 包保, 对口 … 单位) beside a post names where it serves, not where its
    # holder works: the unit stays the one the title names
    rows = [["XX县医疗保障局岗位廉政风险防控一览表"],
            ["序号", "股室", "岗位", "姓名", "联系乡镇", "风险点", "风险等级", "防控措施"],
            [1, "基金监管股", "股长", "闻人砚", "河西镇", "检查走过场", "高", "交叉检查"],
            [2, "待遇保障股", "科员", "端木朔", "东岭乡、北坪镇", "违规报销", "中", "复核"]]  # fmt: skip
    res = run(tmp_path / "towns", {"S": rows})
    assert res.posts["unit"].tolist() == ["XX县医疗保障局"] * 2
    rows = [["XX市生态环境局岗位廉政风险排查表"],
            ["序号", "科室", "岗位", "对口单位", "风险点", "风险等级", "防控措施"],
            [1, "执法科", "科长", "XX化工有限公司", "通风报信", "高", "双人执法"]]  # fmt: skip
    res = run(tmp_path / "firms", {"S": rows})
    assert res.posts["unit"].tolist() == ["XX市生态环境局"]
    # where the holder works is still read: '所在乡镇'
    rows = [["XX县岗位廉政风险排查表"], ["序号", "所在乡镇", "站所", "岗位", "风险点", "风险等级", "防控措施"],
            [1, "河西镇", "财政所", "所长", "坐支", "高", "对账"]]  # fmt: skip
    res = run(tmp_path / "own", {"S": rows})
    assert res.posts["unit"].tolist() == ["河西镇"]


def test_an_annex_line_leaves_a_unit_beginning_with_a_numeral_whole(tmp_path):
    # '附件2' over '五莲县…' (a county named with a numeral): the unit keeps its first character
    rows = [["附件2"], ["五莲县民政局岗位廉政风险防控一览表"],
            ["序号", "科室", "岗位", "风险点", "风险等级", "防控措施"], [1, "救助股", "股长", "虚报", "高", "公示"]]  # fmt: skip
    assert run(tmp_path / "line", {"S": rows}).posts["unit"].tolist() == ["五莲县民政局"]
    assert unit_in_title("附件十堰市城管局岗位风险") == "十堰市城管局"
    # a numeral in words parted from the name is the annex's number
    assert unit_in_title("附件三：XX县民政局岗位风险表") == "XX县民政局"
    assert unit_in_title("附件3 XX县民政局岗位风险表") == "XX县民政局"


def test_what_batches_157_to_160_taught_in_other_words(tmp_path):
    # '任职人员' among a post description's fields above the table names its holder
    card = [["XX县不动产登记中心岗位廉政风险说明书"],
            ["岗位名称", "档案管理员", "岗位编号", "BDC-07", "编制日期", "2025年3月"],
            ["所属科室", "档案股", "直接上级", "股长", "任职人员", "吉克阿依"],
            ["序号", "风险点", "风险等级", "防控措施"], [1, "违规查询档案", "中", "查询登记"]]  # fmt: skip
    res = run(tmp_path / "card", {"S": card})
    assert res.posts[["department", "title", "person"]].values.tolist() == [
        ["档案股", "档案管理员", "吉克阿依"]
    ]
    # a county's rescue team is a unit of its own
    rows = [["XX县水上搜救队岗位廉政风险排查表"], ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "队长", "岳临川", "虚报出勤补助", "高", "公示"]]  # fmt: skip
    assert run(tmp_path / "team", {"S": rows}).posts["unit"].tolist() == ["XX县水上搜救队"]
    # one list in a sheet per level, no level column: the tab or the title gives the level, and
    # a post on two of the sheets is one form with the points of both
    head = ["序号", "科室", "岗位", "责任人", "风险点", "防控措施"]
    high = [
        ["XX县供销合作社联合社高风险点清单"],
        head,
        [1, "财务科", "会计", "甘棠", "坐支现金", "对账"],
    ]
    low = [["XX县供销合作社联合社低风险点清单"], head, [1, "财务科", "会计", "甘棠", "票据保管不善", "专柜"],
           [2, "办公室", "文书", "曲洧", "泄露文件", "登记"]]  # fmt: skip
    res = run(tmp_path / "split", {"高风险": high, "低风险": low})
    assert sorted(res.posts["person"]) == ["曲洧", "甘棠"]
    got = dict(zip(res.risks["risk_point"], res.risks["risk_level"], strict=True))
    assert got == {"坐支现金": "Ⅰ级", "票据保管不善": "Ⅲ级", "泄露文件": "Ⅲ级"}
    assert "FORM_DUPLICATE" not in set(res.issues["code"])
    # a holder cell naming who holds the post now and who held it before: the one now
    rows = [["XX县城市排水管理所岗位廉政风险一览表"],
            ["序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "养护股", "股长", "现任：铁铮\n前任：宓知远（2024年3月退休）", "虚报工程量", "高", "复核"],
            [2, "养护股", "巡查员", "宓知远（原任，已调出）\n贝青崖（现任）", "巡查记录造假", "中", "抽查"]]  # fmt: skip
    res = run(tmp_path / "now", {"S": rows})
    assert res.posts["person"].tolist() == ["铁铮", "贝青崖"]


@pytest.mark.parametrize(
    ("title", "unit"),
    [
        ("XX市中心血库岗位廉政风险排查表", "XX市中心血库"),  # not cut to 'XX市中心'
        ("XX镇XX社区社区事务权力清单", "XX镇XX社区"),  # the 社区's own affairs, no second 社区
        ("XX镇XX村卫生室乡村医生岗位风险自查表", "XX镇XX村"),  # 乡村医生 is the post
        ("XX县金沙乡村级会计委托代理服务中心岗位", "XX县金沙乡"),  # not '…乡村级会计委'
        ("XX街道XX社区居委会岗位廉政风险清单", "XX街道XX社区居委会"),  # not cut to 居委
        ("XX县乡村振兴局岗位廉政风险清单", "XX县乡村振兴局"),
    ],
)
def test_units_the_titles_name_whole(title, unit):
    assert unit_in_title(title) == unit


def test_the_office_that_gathered_the_forms_is_not_their_unit(tmp_path):
    # '填报单位：局办公室' under the 局's title: who filled the list in, not the posts' unit
    rows = [["XX县林业局岗位廉政风险点一览表"], ["填报单位：局办公室", "", "", "填报日期：2025年4月"],
            ["序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "资源股", "股长", "申屠岚", "违规审批采伐", "高", "集体研究"]]  # fmt: skip
    assert run(tmp_path / "office", {"S": rows}).posts["unit"].tolist() == ["XX县林业局"]
    rows = [["XX县清河乡站所岗位廉政风险汇总表"], ["填报单位：清河乡党政办（汇总）"],
            ["序号", "站所", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "财政所", "所长", "甘霖雨", "坐支现金", "高", "对账"]]  # fmt: skip
    assert run(tmp_path / "town", {"S": rows}).posts["unit"].tolist() == ["XX县清河乡"]
    # a unit of its own on the line still names the unit
    rows = [["XX县岗位廉政风险点一览表"], ["填报单位：XX县审计局"],
            ["序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "经责股", "股长", "公孙砚", "审计走过场", "高", "复核"]]  # fmt: skip
    assert run(tmp_path / "own", {"S": rows}).posts["unit"].tolist() == ["XX县审计局"]


def test_what_the_review_of_batches_157_to_160_found(tmp_path):
    head = ["序号", "科室", "岗位", "责任人", "风险点", "防控措施"]
    row = [1, "国库股", "股长", "闻人砚", "违规拨付资金", "双人复核"]
    # the 中 of 过程中 and titles naming several levels give no level to every row
    for title in ("XX县住房和城乡建设局工程实施过程中风险点防控清单", "XX县财政局高、中风险点防控清单",
                  "XX县财政局高中低风险点排查汇总表"):  # fmt: skip
        res = run(tmp_path / title[-6:], {"S": [[title], head, row]})
        assert res.risks["risk_level"].tolist() == [""], title
    # tabs naming the posts' grades ('一级', '高风险' over cards with a 岗位风险等级) give their
    # points no level
    grade = [["XX县财政局一级岗位廉政风险防控表"], [*head, "岗位风险等级"], [*row, "一级"]]
    other = [["XX县财政局二级岗位廉政风险防控表"], [*head, "岗位风险等级"],
             [1, "预算股", "股长", "端木朔", "违规调整预算", "集体研究", "二级"]]  # fmt: skip
    res = run(tmp_path / "grades", {"一级": grade, "二级": other})
    assert res.risks["risk_level"].tolist() == ["", ""]
    card = [["XX县财政局岗位廉政风险防控卡"], ["姓名", "闻人砚", "岗位", "股长", "岗位风险等级", "高"],
            ["序号", "风险点", "防控措施"], [1, "违规拨付资金", "双人复核"]]  # fmt: skip
    res = run(tmp_path / "cards", {"高风险": card})
    assert res.risks["risk_level"].tolist() == [""]
    # the same row on two grade tabs each with its own level column stays a duplicate
    lv = ["序号", "科室", "岗位", "责任人", "风险点", "风险等级", "防控措施"]
    same = [1, "国库股", "股长", "闻人砚", "违规拨付", "高", "复核"]
    res = run(tmp_path / "dup", {"一级风险": [lv, same], "二级风险": [lv, same]})
    assert len(res.posts) == 2 and "FORM_DUPLICATE" in set(res.issues["code"])
    # a co-holder re-hired after retiring, or retiring later, still holds the post
    rows = [["XX县财政局岗位廉政风险一览表"], head,
            [1, "国库股", "股长", "闻人砚、端木朔（退休返聘）", "违规拨付资金", "双人复核"]]  # fmt: skip
    assert any("端木朔" in p for p in run(tmp_path / "rehired", {"S": rows}).posts["person"])
    # a tab named for a place is no holder, whatever surname it begins with
    town = [["XX县农业农村局岗位廉政风险防控卡"], ["岗位", "农经站站长"], ["序号", "风险点", "防控措施"],
            [1, "虚报补贴", "公示"]]  # fmt: skip
    res = run(tmp_path / "tabs", {"铁山": town, "汝阳": town})
    assert set(res.posts["person"]) == {""}
    # 队伍 is the workforce, no 队 of a unit
    assert unit_in_title("XX县综合行政执法队伍岗位廉政风险点排查表") == ""
    # a numeral in words glued to the title is the annex's where the name left is whole
    assert unit_in_title("附件二遂昌县财政局岗位廉政风险防控一览表") == "遂昌县财政局"
    assert unit_in_title("附件十二龙泉市水利局岗位风险表") == "龙泉市水利局"
    # a headcount in a holder's field is no holder
    card = [["XX县政务服务中心窗口岗位廉政风险防控卡"], ["岗位名称", "综合受理窗口", "在岗人员", "3人"],
            ["序号", "风险点", "风险等级", "防控措施"], [1, "违规受理", "中", "一次告知"]]  # fmt: skip
    assert run(tmp_path / "count", {"S": card}).posts["person"].tolist() == [""]
    # '服务科室' as the only 科室 column is the holders' own 科室
    rows = [["XX县人民医院岗位廉政风险一览表"], ["序号", "服务科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "药剂科", "药师", "祝南星", "收受回扣", "高", "双人核对"]]  # fmt: skip
    assert run(tmp_path / "served", {"S": rows}).posts["department"].tolist() == ["药剂科"]


def test_what_batches_161_to_164_taught_in_other_words(tmp_path):
    # '直接责任人：X⏎分管领导：Y' in one holder cell: Y oversees the post, X holds it
    rows = [["XX县气象局岗位廉政风险清单"], ["序号", "科室", "岗位", "责任人", "风险点", "风险等级", "防控措施"],
            [1, "观测科", "科长", "直接责任人：巫马川\n分管领导：左丘澄", "篡改观测数据", "高", "双人复核"]]  # fmt: skip
    assert run(tmp_path / "watch", {"S": rows}).posts["person"].tolist() == ["巫马川"]
    # a 责任书 between the unit (甲方, its head beside it) and the holder (乙方)
    book = [["XX县不动产登记中心岗位廉政风险防控责任书"],
            ["甲方：XX县不动产登记中心", "", "主任：颛孙奕"],
            ["乙方：漆雕岚", "", "股室及职务：登记股股长"],
            ["序号", "风险点", "风险等级", "防控措施"], [1, "违规办理登记", "高", "交叉审核"]]  # fmt: skip
    assert run(tmp_path / "book", {"S": book}).posts["person"].tolist() == ["漆雕岚"]
    # '任职人' beside a post description's fields
    card = [["XX县中医院岗位说明书"], ["岗位名称", "药库管理员", "任职人", "乐正霏"],
            ["序号", "风险点", "风险等级", "防控措施"], [1, "药品入库不验", "中", "双人验收"]]  # fmt: skip
    assert run(tmp_path / "manual", {"S": card}).posts["person"].tolist() == ["乐正霏"]
    # levels as diamonds that a note under the table defines
    rows = [["XX县城乡规划服务中心岗位廉政风险一览表"], ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "主任", "宰父蓉", "违规调整规划", "◆◆◆", "集体研究"], [2, "技术员", "羊舌凛", "图纸审查走过场", "◆", "复核"],
            ["注：◆◆◆表示高风险，◆◆表示中风险，◆表示低风险。"]]  # fmt: skip
    res = run(tmp_path / "diamonds", {"S": rows})
    assert res.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅲ级"]
    # types written as codes that a line above the header defines
    rows = [["XX县统计局岗位廉政风险一览表"], ["说明：风险类型填代码（甲：思想道德风险；乙：制度机制风险；丙：岗位职责风险）"],
            ["序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施"],
            [1, "股长", "公西茜", "篡改统计数据", "丙", "高", "双人复核"], [2, "科员", "壤驷炎", "泄露调查对象信息", "甲、乙", "中", "保密"]]  # fmt: skip
    res = run(tmp_path / "codes", {"S": rows})
    assert res.risks["risk_type"].tolist() == ["岗位职责风险", "思想道德风险;制度机制风险"]
    assert "TYPE_CODES" in set(res.issues["code"]) and "TYPE_UNKNOWN" not in set(res.issues["code"])
    # one list in a sheet per type, no type column: the tab's type, and a post on two sheets
    # is one form
    head = ["序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施"]
    moral = [
        ["XX县档案馆思想道德风险点清单"],
        head,
        [1, "保管股", "股长", "司寇衡", "收受查档人好处", "中", "教育"],
    ]
    duty = [
        ["XX县档案馆岗位职责风险点清单"],
        head,
        [1, "保管股", "股长", "司寇衡", "违规提供档案", "高", "审批"],
    ]
    res = run(tmp_path / "types", {"思想道德风险": moral, "岗位职责风险": duty})
    assert res.posts["person"].tolist() == ["司寇衡"]
    assert sorted(res.risks["risk_type"]) == ["岗位职责风险", "思想道德风险"]
    assert not {"TABLE_NO_TYPE", "FORM_DUPLICATE"} & set(res.issues["code"])


def test_tabs_named_by_a_configured_type_split_one_list(tmp_path):
    # a unit's own [risk_types]: tabs named by its types (no 风险 or 级 in the tab) still hold
    # one list, a post on two of them one form with its points from each
    cfg_path = tmp_path / "xlproc.toml"
    cfg_path.write_text('[risk_types]\n"廉洁自律风险" = ["廉洁自律"]\n"履职尽责风险" = ["履职尽责"]\n',
                        encoding="utf-8")  # fmt: skip
    config = load_config(cfg_path)
    head = ["序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施"]
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {
        "廉洁自律": [["XX县档案馆风险点清单"], head, [1, "保管股", "股长", "司寇衡", "收受查档人好处", "中", "教育"]],
        "履职尽责": [["XX县档案馆风险点清单"], head, [1, "保管股", "股长", "司寇衡", "违规提供档案", "高", "审批"]],
    })  # fmt: skip
    res = assemble((read_file(f, rel, config) for f, rel in discover([inbox])), config, [inbox])
    assert res.posts["person"].tolist() == ["司寇衡"]
    assert sorted(res.risks["risk_type"]) == ["履职尽责风险", "廉洁自律风险"]
    assert "FORM_DUPLICATE" not in set(res.issues["code"])


def test_what_the_review_of_batches_161_to_164_found(tmp_path):
    head = ["序号", "股室", "岗位", "姓名", "风险点", "防控措施"]
    row = [1, "资源股", "股长", "申屠岚", "违规审批采伐", "集体研究"]
    # a place whose name begins with a numeral keeps it after an '附件' glued before it
    assert unit_in_title("附件三门峡市湖滨区财政局岗位廉政风险防控一览表") == "三门峡市湖滨区财政局"
    assert unit_in_title("附件一六盘水市钟山区卫生健康局岗位风险表") == "六盘水市钟山区卫生健康局"
    # 委派 and 村委会 are still a 委 and a village's committee
    assert unit_in_title("XX县纪委监委派驻第三纪检监察组岗位廉政风险点排查表") == "XX县纪委监委"
    assert unit_in_title("城关镇东风村委会岗位廉政风险清单") == "城关镇东风村委会"
    assert unit_in_title("XX县石门乡村医生岗位廉政风险点排查表") == "XX县石门乡"
    # '风险责任人' on a card names its holder
    card = [["XX县不动产登记中心岗位廉政风险防控卡"], ["风险责任人", "漆雕岚", "岗位", "登记股股长"],
            ["序号", "风险点", "风险等级", "防控措施"], [1, "违规办理登记", "高", "交叉审核"]]  # fmt: skip
    assert run(tmp_path / "card", {"S": card}).posts["person"].tolist() == ["漆雕岚"]
    # 乙方 a body or a 科室 is no holder; 甲方's head is not either
    book = [["XX镇人民政府村级廉政风险防控责任书"], ["甲方：XX镇人民政府", "", "负责人：颛孙奕"],
            ["乙方：东风村村民委员会"], ["序号", "风险点", "风险等级", "防控措施"], [1, "违规发包", "高", "公开"]]  # fmt: skip
    assert run(tmp_path / "village", {"S": book}).posts["person"].tolist() == [""]
    book = [["XX县财政局岗位廉政风险防控责任书"], ["甲方：XX县财政局"], ["乙方：国库股", "", "负责人：漆雕岚"],
            ["序号", "风险点", "风险等级", "防控措施"], [1, "违规拨付", "高", "复核"]]  # fmt: skip
    res = run(tmp_path / "office", {"S": book})
    assert res.posts[["department", "person"]].values.tolist() == [["国库股", "漆雕岚"]]
    # a former holder said to have retired, left or gone before, with no 已 or colon
    rows = [["XX县林业局岗位廉政风险一览表"], head,
            [1, "资源股", "股长", "王建国（退休）\n李明辉", "违规审批采伐", "集体研究"],
            [2, "资源股", "科员", "前任赵刚\n现任钱坤", "虚报面积", "核查"]]  # fmt: skip
    assert run(tmp_path / "retired", {"S": rows}).posts["person"].tolist() == ["李明辉", "钱坤"]
    # '现：未定' is a vacancy, no holder
    rows = [["XX县林业局岗位廉政风险一览表"], head, [1, "资源股", "股长", "原：王建国\n现：未定", "违规审批采伐", "集体研究"]]  # fmt: skip
    assert run(tmp_path / "vacant", {"S": rows}).posts["person"].tolist() == [""]
    # a rare surname in a three-character name is a name ('贝文华、寸红梅': two holders)
    rows = [["XX县林业局岗位廉政风险一览表"], head, [1, "资源股", "股长", "贝文华、寸红梅", "违规审批采伐", "集体研究"]]  # fmt: skip
    assert sorted(run(tmp_path / "rare", {"S": rows}).posts["person"]) == ["寸红梅", "贝文华"]
    # a leader's post with his own label and a clerk's: both kept
    rows = [["XX县林业局岗位廉政风险一览表"], head,
            [1, "局领导", "分管副局长", "分管领导：张建军、经办人：李明辉", "违规审批采伐", "集体研究"]]  # fmt: skip
    assert sorted(run(tmp_path / "leader", {"S": rows}).posts["person"]) == ["张建军", "李明辉"]
    # a level right after 股, 科, 年度 or in brackets; the first of several sections too
    for title in (
        "XX县财政局国库股高风险点清单",
        "XX县财政局2024年度一级廉政风险点清单",
        "XX县财政局清单（一级风险点）",
    ):
        res = run(tmp_path / title[-5:], {"S": [[title], head, row]})
        assert res.risks["risk_level"].tolist() == ["Ⅰ级"], title
    # tabs '一级' | '二级' over lists with no level or grade column give their levels
    res = run(
        tmp_path / "tabs",
        {"一级": [head, row], "二级": [head, [1, "资源股", "股长", "申屠岚", "虚报面积", "核查"]]},
    )
    assert sorted(res.risks["risk_level"]) == ["Ⅰ级", "Ⅱ级"] and len(res.posts) == 1
    # sheets per type with a type column and different points: still one list
    typed = ["序号", "股室", "岗位", "姓名", "风险点", "风险类型", "防控措施"]
    res = run(tmp_path / "typed", {"思想道德风险": [typed, [1, "资源股", "股长", "申屠岚", "收受好处", "思想道德", "教育"]],
                                   "制度机制风险": [typed, [1, "资源股", "股长", "申屠岚", "制度缺失", "制度机制", "建制"]]})  # fmt: skip
    assert len(res.posts) == 1 and "FORM_DUPLICATE" not in set(res.issues["code"])
    # the office that gathered a list (no 科室 column) leaves the unit the title's; whether the
    # posts are its own or the whole unit's it cannot tell, so it names no 科室 (the sixteenth
    # review: a whole 局's list, its 局长 too, put in 办公室)
    rows = [["XX县林业局岗位廉政风险点一览表"], ["填报单位：局办公室"], ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "主任", "申屠岚", "违规报销", "高", "集体研究"]]  # fmt: skip
    res = run(tmp_path / "own", {"S": rows})
    assert res.posts[["unit", "department"]].values.tolist() == [["XX县林业局", ""]]
    # '岗位职责风险点…一览表' is any list's title, no type of its rows
    rows = [["XX县财政局岗位职责风险点及防控措施一览表"], head, row]
    assert run(tmp_path / "generic", {"S": rows}).risks["risk_type"].tolist() == [""]


def test_what_batches_165_to_168_taught_in_other_words(tmp_path):
    # '填报处室' (填报 + a 科室 label) names the 科室; '/' in a field says nothing
    card = [["XX县医疗保障局岗位廉政风险登记表"], ["填报处室：待遇保障股", "", "填表人：端木宁"],
            ["岗位", "审核员", "姓名", "濮阳青"], ["序号", "风险点", "风险等级", "防控措施"], [1, "违规报销", "高", "复核"]]  # fmt: skip
    res = run(tmp_path / "dept", {"S": card})
    assert res.posts[["department", "person"]].values.tolist() == [["待遇保障股", "濮阳青"]]
    card = [["XX县档案馆岗位廉政风险自查表"], ["姓名", "濮阳青", "股室", "/", "职务", "副馆长"],
            ["序号", "风险点", "风险等级", "防控措施"], [1, "违规决策", "高", "集体研究"]]  # fmt: skip
    res = run(tmp_path / "slash", {"S": card})
    assert res.posts[["department", "tier"]].values.tolist() == [["领导班子", "领导岗位"]]
    # a group line naming its 科室, its head and, at its end, the leader who oversees it
    rows = [["XX镇站所岗位廉政风险排查表"], ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            ["一、便民服务中心　　负责人：宰父岚　　主管领导：公良川"], [1, "主任", "宰父岚", "违规代办", "中", "公开"]]  # fmt: skip
    res = run(tmp_path / "group", {"S": rows})
    assert res.posts[["department", "person"]].values.tolist() == [["便民服务中心", "宰父岚"]]
    # a line of who to contact and when above the list is no row outside it
    rows = [["XX县图书馆岗位廉政风险一览表"], ["联系人", "颛孙澄", "联系电话", "0833-5216688", "填表日期", "2025年5月"],
            ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"], [1, "馆长", "颛孙澄", "违规采购图书", "高", "比选"]]  # fmt: skip
    assert "ROW_UNPLACED" not in set(run(tmp_path / "contact", {"S": rows}).issues["code"])
    # a questionnaire's export: numbered groups of a point's columns, each its own type, level
    # and measures; groups left empty are none
    rows = [["编号", "昵称", "姓名", "科室", "岗位", "风险点1", "风险类别1", "风险级别1", "防控措施1",
             "风险点2(选填)", "风险类别2(选填)", "风险级别2(选填)", "防控措施2(选填)"],
            [1, "晴川", "公良川", "财务科", "会计", "坐支现金", "制度机制", "高", "日清月结", "票据丢失", "岗位职责", "低", "专柜保管"],
            [2, "小乐", "乐正霏", "药剂科", "药师", "收受回扣", "思想道德", "中", "签订承诺", "", "", "", ""]]  # fmt: skip
    res = run(tmp_path / "export", {"Sheet0": rows})
    got = res.risks[["person", "risk_point", "risk_type", "risk_level", "measures"]].values.tolist()
    assert got == [["公良川", "坐支现金", "制度机制风险", "Ⅰ级", "日清月结"],
                   ["公良川", "票据丢失", "岗位职责风险", "Ⅲ级", "专柜保管"],
                   ["乐正霏", "收受回扣", "思想道德风险", "Ⅱ级", "签订承诺"]]  # fmt: skip


def test_what_the_review_of_batches_165_to_168_found(tmp_path):
    head = ["序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施"]
    # a leader overseeing the post is no second holder, whatever the holder's own label
    for cell in (
        "张建军\n分管领导：李明辉",
        "经办人：张建军、分管领导：李明辉",
        "股长：张建军、监督人：李明辉",
    ):
        rows = [
            ["XX县林业局岗位廉政风险一览表"],
            head,
            [1, "资源股", "会计", cell, "违规审批采伐", "高", "集体研究"],
        ]
        assert run(tmp_path / str(len(cell)), {"S": rows}).posts["person"].tolist() == ["张建军"], (
            cell
        )
    # names ending as a 科室 does are names on a card; a 乙方 beside 甲方 on one row is the holder
    table = [["序号", "风险点", "风险等级", "防控措施"], [1, "违规拨付", "高", "复核"]]
    card = [["XX县财政局岗位廉政风险防控卡"], ["姓名", "王学科", "岗位", "会计"], *table]
    res = run(tmp_path / "name", {"S": card})
    assert res.posts[["person", "tier"]].values.tolist() == [["王学科", "一般岗位"]]
    book = [
        ["XX县财政局岗位廉政风险防控责任书"],
        ["甲方", "XX县财政局", "乙方", "张建军"],
        ["职务", "局长", "职务", "会计"],
        *table,
    ]
    assert run(tmp_path / "book", {"S": book}).posts["person"].tolist() == ["张建军"]
    # a group line's 主管会计 is a post, not a watcher
    rows = [["XX镇站所岗位廉政风险排查表"], ["序号", "岗位", "风险点", "风险等级", "防控措施"],
            ["二、财务股　　主管会计：宰父岚"], [1, "主管会计", "坐支现金", "中", "公开"]]  # fmt: skip
    assert run(tmp_path / "group", {"S": rows}).posts["person"].tolist() == ["宰父岚"]
    # the office that gathered a whole unit's list (its 局长 on it) is none of its posts' 科室
    rows = [["XX县林业局岗位廉政风险点一览表"], ["填报股室：办公室"], ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "局长", "申屠岚", "违规决策", "高", "集体研究"], [2, "会计", "甘棠", "坐支", "中", "对账"]]  # fmt: skip
    assert set(run(tmp_path / "office", {"S": rows}).posts["department"]) <= {"", "领导班子"}
    # '采购中', '监管中' and notes in brackets give no level to a list
    for title in (
        "XX县财政局政府采购中廉政风险点排查表",
        "XX县林业局岗位廉政风险点一览表（其中高风险点5个）",
    ):
        rows = [
            [title],
            ["序号", "股室", "岗位", "姓名", "风险点", "防控措施"],
            [1, "资源股", "股长", "申屠岚", "违规审批", "集体研究"],
        ]
        assert run(tmp_path / title[-6:], {"S": rows}).risks["risk_level"].tolist() == [""], title
    # sheets titled by type, 岗位职责 among them, each take their type
    plain = ["序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施"]
    sheets = {f"Sheet{i}": [[f"XX县林业局{t}风险点排查表"], plain, [1, "资源股", "股长", "申屠岚", f"点{i}", "中", "措施"]]
              for i, t in enumerate(("思想道德", "岗位职责"), 1)}  # fmt: skip
    res = run(tmp_path / "types", sheets)
    assert (
        sorted(res.risks["risk_type"]) == ["岗位职责风险", "思想道德风险"] and len(res.posts) == 1
    )
    # 姓名 names the holder before any other holder's label
    card = [
        ["XX县林业局岗位廉政风险防控卡"],
        ["风险责任人", "李明辉", "姓名", "张建军", "岗位", "会计"],
        *table,
    ]
    assert run(tmp_path / "label", {"S": card}).posts["person"].tolist() == ["张建军"]
    # '附件三江西省…' is the 附件 of 江西省 (三江 is a place only as 三江侗族自治县)
    assert unit_in_title("附件三江西省宜丰县财政局岗位风险表") == "江西省宜丰县财政局"
    # an unnumbered first group before '风险点2 | …', and a level shared by numbered points
    rows = [["序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险级别", "风险点2", "风险类别2", "风险级别2"],
            [1, "财务科", "会计", "公良川", "坐支现金", "制度机制", "高", "票据丢失", "岗位职责", "低"]]  # fmt: skip
    res = run(tmp_path / "first", {"S": rows})
    assert res.risks[["risk_point", "risk_level"]].values.tolist() == [
        ["坐支现金", "Ⅰ级"],
        ["票据丢失", "Ⅲ级"],
    ]
    rows = [["XX局风险表"], ["序号", "岗位", "姓名", "风险点1", "风险点2", "风险等级", "防控措施"],
            [1, "会计", "公良川", "坐支现金", "票据丢失", "高", "日清月结"]]  # fmt: skip
    assert run(tmp_path / "shared", {"S": rows}).risks["risk_level"].tolist() == ["Ⅰ级", "Ⅰ级"]


def test_what_batches_169_to_172_taught_in_other_words(tmp_path):
    head = ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"]
    # Excel's 分类汇总 rows ('财务股 求和', '总计数') are no posts nor points
    rows = [["XX县统计局岗位廉政风险排查表"], head, [1, "财务股", "会计", "蒲松岚", "坐支现金", "高", "对账"],
            ["", "财务股 计数", "", "", 1], [2, "普查股", "普查员", "鞠汀白", "虚报数据", "中", "抽查"],
            ["", "普查股 计数", "", "", 1], ["", "总计数", "", "", 2]]  # fmt: skip
    res = run(tmp_path / "subtotals", {"S": rows})
    assert res.risks["risk_point"].tolist() == ["坐支现金", "虚报数据"] and len(res.posts) == 2
    # a column of cells each naming a post by its labels: its 科室, post and holder
    rows = [["XX县农商银行岗位廉政风险排查表"], ["序号", "责任主体", "风险点", "风险等级", "防控措施"],
            [1, "科室：风险管理部\n职务：经理\n姓名：濮阳砚", "贷款审查走过场", "高", "双人审查"],
            [2, "科室：营业部\n职务：柜员\n姓名：宗政霁", "挪用客户资金", "中", "轧账"]]  # fmt: skip
    res = run(tmp_path / "cells", {"S": rows})
    assert res.posts[["department", "title", "person"]].values.tolist() == [
        ["风险管理部", "经理", "濮阳砚"], ["营业部", "柜员", "宗政霁"]]  # fmt: skip
    # '被告知人' names the holder of a 告知书
    card = [["XX县税务局岗位廉政风险告知书"], ["被告知人", "巫马霁", "岗位", "税收管理员"],
            ["序号", "风险点", "风险等级", "防控措施"], [1, "违规核定税额", "高", "复核"]]  # fmt: skip
    assert run(tmp_path / "notice", {"S": card}).posts["person"].tolist() == ["巫马霁"]
    # the holder's family above his card is another table: reported once, no holder of it
    card = [["XX县档案馆干部廉政档案"], ["姓名", "公羊澈", "职务", "馆长"], ["民族", "汉族", "政治面貌", "中共党员"],
            ["家庭主要成员"], ["称谓", "姓名", "出生年月", "工作单位及职务"], ["妻子", "谷梁岫", "1980.05", "XX县实验小学教师"],
            ["儿子", "公羊晗", "2008.09", "XX县第一中学学生"],
            ["序号", "风险点", "风险等级", "防控措施"], [1, "违规销毁档案", "高", "双人监销"]]  # fmt: skip
    res = run(tmp_path / "family", {"S": card})
    assert res.posts[["person", "title"]].values.tolist() == [["公羊澈", "馆长"]]
    assert "ROW_UNPLACED" not in set(res.issues["code"]) and "TABLE_OTHER" in set(
        res.issues["code"]
    )
    # posts as marked columns under one heading: the marked post holds the row
    rows = [["XX村小微权力清单"], ["序号", "权力事项", "风险点", "风险等级", "责任岗位", "", ""],
            ["", "", "", "", "村党支部书记", "村文书", "村报账员"],
            [1, "集体资产发包", "暗箱操作", "高", "√", "", ""], [2, "村务公开", "公开不及时", "低", "", "√", ""],
            [3, "报账", "白条入账", "中", "", "", "√"]]  # fmt: skip
    res = run(tmp_path / "ticks", {"S": rows}, {"S": ["E2:G2"]})
    assert res.posts["title"].tolist() == ["村党支部书记", "村文书", "村报账员"]
    # type codes in figures that a line above defines
    rows = [["XX县档案馆岗位廉政风险一览表"], ["说明：风险类型填代码（1-思想道德风险；2-制度机制风险；3-岗位职责风险）"],
            ["序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施"], [1, "馆长", "公羊澈", "违规决策", "2", "高", "集体研究"]]  # fmt: skip
    assert run(tmp_path / "digits", {"S": rows}).risks["risk_type"].tolist() == ["制度机制风险"]
    # a 站所 written with its 镇's name is the 镇's 站所
    rows = [["XX县清溪镇站所岗位廉政风险排查表"], ["填报单位：XX县清溪镇人民政府"], head,
            [1, "清溪镇财政所", "所长", "蒲松岚", "坐支现金", "高", "对账"]]  # fmt: skip
    assert run(tmp_path / "town", {"S": rows}).posts["department"].tolist() == ["财政所"]
    # a column headed as the measures beats one that only hints at them; two measures columns join
    rows = [["XX县城投公司风险清单"], ["序号", "部门", "岗位", "姓名", "风险点", "风险等级", "应对策略", "已有措施", "拟采取措施"],
            [1, "工程部", "经理", "宗政霁", "虚增工程量", "高", "风险降低", "三方计量", "第三方审计"]]  # fmt: skip
    assert run(tmp_path / "measures", {"S": rows}).risks["measures"].tolist() == [
        "三方计量\n第三方审计"
    ]


def test_what_the_review_of_batches_169_to_172_found(tmp_path):
    head = ["序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施"]
    row = [1, "资源股", "股长", "申屠岚", "违规审批", "高", "集体研究"]
    table = [["序号", "风险点", "风险等级", "防控措施"], [1, "违规拨付", "高", "复核"]]
    # a title ending 汇总 is a title, not a 分类汇总 row
    assert run(tmp_path / "sum", {"S": [["XX县林业局岗位廉政风险点汇总"], head, row]}).posts[
        "unit"
    ].tolist() == ["XX县林业局"]
    # a bracket naming only the level, and a title of a body ending 府/学/道, give it
    plain = ["序号", "股室", "岗位", "姓名", "风险点", "防控措施"]
    for title in ("XX县林业局岗位廉政风险点一览表（中风险点）", "XX县第一中学中风险点清单"):
        rows = [[title], plain, [1, "资源股", "股长", "申屠岚", "违规审批", "集体研究"]]
        assert run(tmp_path / title[-5:], {"S": rows}).risks["risk_level"].tolist() == ["Ⅱ级"], (
            title
        )
    # a 科室 field naming the body its head heads is the list's 科室 (the 馆长 of 图书馆)
    rows = [["XX县文化馆岗位廉政风险一览表"], ["所在科室：图书馆"], ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "馆长", "申屠岚", "违规采购", "高", "比选"], [2, "采编员", "甘棠", "收受回扣", "中", "公开"]]  # fmt: skip
    assert set(run(tmp_path / "library", {"S": rows}).posts["department"]) == {"图书馆"}
    # a bare 主任 in a 局's list is no leader of the 局
    rows = [["XX县林业局岗位廉政风险一览表"], ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "主任", "申屠岚", "违规报销", "高", "审核"]]  # fmt: skip
    assert run(tmp_path / "director", {"S": rows}).posts["tier"].tolist() == ["中层岗位"]
    # a 编号 line of a card, and its fields after a table of duties, stay its fields
    card = [["XX县财政局岗位廉政风险防控卡"], ["编号", "CZ-05", "填表日期", "2024年6月"], ["姓名", "张建军", "岗位", "会计"],
            ["科室", "国库股", "风险等级", "二级"], *table]  # fmt: skip
    res = run(tmp_path / "code", {"S": card})
    assert res.posts[["department", "title", "person"]].values.tolist() == [
        ["国库股", "会计", "张建军"]
    ]
    card = [["XX县财政局岗位廉政风险防控卡"], ["序号", "职责内容", "工作标准"], [1, "资金拨付", "按规定"],
            ["姓名", "张建军", "岗位", "会计"], *table]  # fmt: skip
    assert run(tmp_path / "after", {"S": card}).posts["person"].tolist() == ["张建军"]
    # a self-check's answers ('整改措施 | 无') are no measures, nor joined to them
    rows = [["XX局风险表"], ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施", "自查情况", "整改措施"],
            [1, "会计", "公良川", "坐支现金", "高", "集体研究", "无", "无"]]  # fmt: skip
    assert run(tmp_path / "answers", {"S": rows}).risks["measures"].tolist() == ["集体研究"]
    # '防控措施2' after '风险点2 | 风险等级2' is the second point's own
    rows = [["XX局风险表"], ["序号", "岗位", "姓名", "风险点1", "风险等级1", "防控措施1", "风险点2", "风险等级2", "防控措施2"],
            [1, "会计", "公良川", "坐支现金", "高", "对账", "票据丢失", "低", "专柜"]]  # fmt: skip
    assert run(tmp_path / "pairs", {"S": rows}).risks["measures"].tolist() == ["对账", "专柜"]
    # cells naming different holders row by row: a post each, not all the first's
    rows = [["XX县林业局风险防控表"], ["序号", "业务事项", "风险点", "风险等级", "防控措施", "责任落实"],
            [1, "采伐审批", "违规审批", "高", "集体研究", "责任股室：资源股\n责任人：申屠岚"],
            [2, "资金拨付", "挪用资金", "中", "双签", "责任股室：财务股\n责任人：甘棠"]]  # fmt: skip
    res = run(tmp_path / "rows", {"S": rows})
    assert sorted(zip(res.risks["risk_point"], res.risks["person"], strict=True)) == [
        ("挪用资金", "甘棠"),
        ("违规审批", "申屠岚"),
    ]
    # 分管局领导 on a group line is a watcher
    rows = [["XX镇站所岗位廉政风险排查表"], ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            ["二、财务股　　分管局领导：宰父岚"], [1, "会计", "甘棠", "坐支现金", "中", "公开"]]  # fmt: skip
    assert run(tmp_path / "watch", {"S": rows}).posts["department"].tolist() == ["财务股"]
    # a leader's post with a 直接责任人 and a 领导责任人: the direct one holds it
    rows = [["XX县林业局岗位廉政风险一览表"], head, [1, "领导班子", "副局长", "直接责任人：张建军\n领导责任人：李明辉", "违规决策", "高", "集体研究"]]  # fmt: skip
    assert run(tmp_path / "leader", {"S": rows}).posts["person"].tolist() == ["张建军"]
    # 三江县 written short keeps its 三
    assert unit_in_title("附件三江县财政局岗位廉政风险表") == "三江县财政局"
    # a 岗位责任人 is the holder before a 填表人姓名
    card = [
        ["XX县财政局岗位廉政风险防控卡"],
        ["岗位责任人", "张建军", "岗位", "会计", "填表人姓名", "李秘书"],
        *table,
    ]
    assert run(tmp_path / "filler", {"S": card}).posts["person"].tolist() == ["张建军"]
    # the 镇's school keeps its name
    rows = [["XX县清溪镇岗位廉政风险排查表"], ["填报单位：XX县清溪镇人民政府"], head,
            [1, "清溪镇中心小学", "校长", "蒲松岚", "违规收费", "高", "公示"]]  # fmt: skip
    assert run(tmp_path / "school", {"S": rows}).posts["department"].tolist() == ["清溪镇中心小学"]
    # a row marked under two posts is a point of each
    rows = [["XX村小微权力清单"], ["序号", "权力事项", "风险点", "风险等级", "责任岗位", "", ""],
            ["", "", "", "", "村党支部书记", "村文书", "村报账员"], [1, "资产发包", "暗箱操作", "高", "√", "√", ""]]  # fmt: skip
    res = run(tmp_path / "ticks", {"S": rows}, {"S": ["E2:G2"]})
    assert sorted(res.posts["title"]) == ["村党支部书记", "村文书"]
    # a post in a holder's field is the post, no holder
    card = [["XX县税务局岗位廉政风险告知书"], ["告知对象", "税收管理员"], *table]
    res = run(tmp_path / "post", {"S": card})
    assert res.posts[["title", "person"]].values.tolist() == [["税收管理员", ""]]


def test_what_batches_173_to_176_taught_in_other_words(tmp_path):
    # a note of what a post leads in brackets is no part of the post
    rows = [["XX县档案馆岗位廉政风险一览表"], ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "馆长（主持馆内全面工作）", "濮阳澈", "违规决策", "高", "集体研究"]]  # fmt: skip
    assert run(tmp_path / "note", {"S": rows}).posts["title"].tolist() == ["馆长"]
    # a county named with 县 before its 县委
    assert unit_in_title("中共凤县县委宣传部岗位廉政风险防控一览表") == "中共凤县县委宣传部"
    # measures going on under a point merged down, though the words say 签字
    rows = [["XX县档案馆岗位廉政风险一览表"], ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "馆长", "濮阳澈", "违规采购", "高", "1.三家比价；"], ["", "", "", "", "", "2.验收两人签字确认。"]]  # fmt: skip
    res = run(tmp_path / "paste", {"S": rows}, {"S": ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4"]})
    assert res.risks["measures"].tolist() == ["1.三家比价；\n2.验收两人签字确认。"]
    # a point typed on into the row below (the row above broke off mid-sentence)
    rows = [["XX村小微权力清单"], ["序号", "权力事项", "责任岗位", "风险点", "风险等级", "防控措施"],
            [1, "工程发包", "村主任", "拆分工程规避招标，", "高", "四议两公开，"], ["", "", "", "指定亲友施工", "", "结果公示"],
            [2, "报账", "报账员", "白条入账", "中", "审核"]]  # fmt: skip
    res = run(tmp_path / "typed", {"S": rows})
    assert res.risks[["risk_point", "measures"]].values.tolist() == [
        ["拆分工程规避招标，指定亲友施工", "四议两公开，结果公示"], ["白条入账", "审核"]]  # fmt: skip
    # a revision of last year's list: the point after it, the former where it stands ('不变')
    rows = [["XX县林业局岗位廉政风险点动态调整表"],
            ["序号", "股室", "岗位", "姓名", "调整前风险点", "调整后风险点", "调整情况", "风险等级"],
            [1, "资源股", "股长", "申屠岚", "违规审批采伐", "不变", "保留", "高"],
            [2, "资源股", "科员", "甘棠", "/", "虚报造林面积", "新增", "中"],
            [3, "财务股", "会计", "蒲松岚", "坐支现金", "挪用专项资金", "修改", "高"]]  # fmt: skip
    res = run(tmp_path / "revised", {"S": rows})
    assert res.risks["risk_point"].tolist() == ["违规审批采伐", "虚报造林面积", "挪用专项资金"]
    # '填报单位（人）：' naming the 所 and who fills it in
    card = [["XX县清溪镇人民政府岗位廉政风险自查表"], ["填报单位（人）：清溪镇农业服务中心　颛孙宁"], ["岗位", "农技员"],
            ["序号", "风险点", "风险等级", "防控措施"], [1, "虚报补贴", "高", "公示"]]  # fmt: skip
    res = run(tmp_path / "filler", {"S": card})
    assert res.posts[["unit", "department", "person"]].values.tolist() == [
        ["XX县清溪镇人民政府", "农业服务中心", "颛孙宁"]
    ]
    # a roster right of the list, past an empty column
    rows = [["XX县档案馆岗位廉政风险一览表"],
            ["序号", "股室", "岗位", "风险点", "风险等级", "防控措施", "", "人员名单", "", ""],
            [1, "保管股", "股长", "违规销毁档案", "高", "双人监销", "", "股室", "岗位", "姓名"],
            [2, "利用股", "科员", "违规提供查阅", "中", "登记审批", "", "保管股", "股长", "濮阳澈"],
            ["", "", "", "", "", "", "", "利用股", "科员", "公良霏"]]  # fmt: skip
    res = run(tmp_path / "beside", {"S": rows}, {"S": ["H2:J2"]})
    assert res.posts[["title", "person"]].values.tolist() == [
        ["股长", "濮阳澈"],
        ["科员", "公良霏"],
    ]
    # a card's fields in a panel left of its table, an empty column between
    card = [["基本信息", "", "", "XX县档案馆岗位廉政风险防控卡"],
            ["姓名", "濮阳澈", "", "序号", "风险点", "风险等级", "防控措施"],
            ["科室", "保管股", "", 1, "违规销毁档案", "高", "双人监销"],
            ["岗位", "股长", "", 2, "丢失档案", "中", "定期清点"], ["监督电话", "12388", "", "", "", "", ""]]  # fmt: skip
    res = run(tmp_path / "panel", {"S": card})
    assert res.posts[["department", "title", "person"]].values.tolist() == [
        ["保管股", "股长", "濮阳澈"]
    ]


def test_what_batches_177_to_180_taught_in_other_words(tmp_path):
    # marks under sub-headings naming a post and its holder ('会长⏎公冶霁'): the marked holders
    rows = [["XX县工商联岗位廉政风险清单"], ["序号", "风险点", "风险等级", "防控措施", "责任岗位及责任人", "", ""],
            ["", "", "", "", "会长\n公冶霁", "秘书长\n段干岚", "科员　宰父澄"],
            [1, "违规收取会费", "高", "公示", "√", "", ""], [2, "虚报活动经费", "中", "审核", "", "√", "√"]]  # fmt: skip
    res = run(tmp_path / "ticks", {"S": rows}, {"S": ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:G2"]})
    got = sorted(zip(res.risks["person"], res.risks["risk_point"], strict=True))
    assert got == [
        ("公冶霁", "违规收取会费"),
        ("宰父澄", "虚报活动经费"),
        ("段干岚", "虚报活动经费"),
    ]
    # a sign-off line after one 科室's rows, the next 科室's rows under it: the list goes on
    rows = [["XX县机关工委岗位廉政风险排查表"], ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "组织科", "科长", "濮阳澈", "违规发展党员", "高", "公示"], ["科室负责人（签字）：濮阳澈　　2025年4月8日"],
            [2, "宣教科", "科长", "公良霏", "违规发放补贴", "中", "审核"]]  # fmt: skip
    res = run(tmp_path / "blocks", {"S": rows}, {"S": ["A4:G4"]})
    assert res.posts["person"].tolist() == ["濮阳澈", "公良霏"] and "ROW_UNPLACED" not in set(
        res.issues["code"]
    )
    # a point merged down over two posts' rows: a point of each
    rows = [["XX镇卫生院岗位廉政风险一览表"], ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "药房", "药剂师", "濮阳澈", "药品回扣", "高", "双人验收"], [2, "药房", "药库管理员", "公良霏", "", "", ""]]  # fmt: skip
    res = run(tmp_path / "shared", {"S": rows}, {"S": ["E3:E4", "F3:F4", "G3:G4"]})
    assert sorted(zip(res.risks["person"], res.risks["risk_level"], strict=True)) == [
        ("公良霏", "Ⅰ级"),
        ("濮阳澈", "Ⅰ级"),
    ]
    # '责任人（分管领导/岗位责任人）' over 'X/Y': Y holds the post
    rows = [["XX县实验小学岗位廉政风险清单"], ["序号", "岗位", "责任人（分管领导/岗位责任人）", "风险点", "风险等级", "防控措施"],
            [1, "食堂管理员", "宰父澄/段干岚", "食材以次充好", "高", "验收"]]  # fmt: skip
    assert run(tmp_path / "slash", {"S": rows}).posts["person"].tolist() == ["段干岚"]
    # '监督人' under a card's table names who watches it, no point
    card = [["XX县档案馆岗位廉政风险防控卡"], ["姓名", "濮阳澈", "岗位", "馆长"], ["序号", "风险点", "风险等级", "防控措施"],
            [1, "违规决策", "高", "集体研究"], ["监督人", "公良霏", "", ""]]  # fmt: skip
    res = run(tmp_path / "watch", {"S": card}, {"S": ["B5:D5"]})
    assert res.risks["risk_point"].tolist() == ["违规决策"]
    # a committee's 办公室 named on the 单位 line is one body
    rows = [["岗位廉政风险防控一览表"], ["单位(盖章)：XX县禁毒委员会办公室"],
            ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"], [1, "主任", "濮阳澈", "违规决策", "高", "集体研究"]]  # fmt: skip
    assert run(tmp_path / "office", {"S": rows}).posts["unit"].tolist() == ["XX县禁毒委员会办公室"]


def test_what_the_review_of_batches_173_to_176_found(tmp_path):
    table = [
        ["序号", "风险点", "", "风险等级", "防控措施"],
        [1, "违规拨付资金", "", "高", "双人复核"],
    ]
    # a card with an empty column C (B:C merged) keeps its table: no panel beside it
    card = [["XX县财政局岗位廉政风险防控卡"], ["姓名", "张建军", "", "岗位", "会计"],
            ["科室", "国库股", "", "岗位风险等级", "二级"], ["联系电话", "13800000000", "", "监督电话", "12388"], *table]  # fmt: skip
    res = run(tmp_path / "card", {"S": card})
    assert res.posts[["department", "title", "person"]].values.tolist() == [
        ["国库股", "会计", "张建军"]
    ]
    assert res.risks["risk_point"].tolist() == ["违规拨付资金"]
    # numbered items ending '；' are items, no sentence going on
    head = ["序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施"]
    rows = [["XX县财政局岗位廉政风险一览表"], head, [1, "国库股", "会计", "申屠岚", "1.违规拨付资金；", "高", "1.双人复核；"],
            ["", "", "", "", "2.坐支现金；", "", "2.日清月结；"]]  # fmt: skip
    res = run(tmp_path / "items", {"S": rows}, {"S": ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "F3:F4"]})
    assert len(res.risks) == 2
    # a sentence going on over three rows is one point
    rows = [["XX村小微权力清单"], ["序号", "权力事项", "责任岗位", "风险点", "风险等级", "防控措施"],
            [1, "工程发包", "村主任", "村级工程，", "高", "四议两公开"], ["", "", "", "化整为零，", "", ""], ["", "", "", "规避招标", "", ""]]  # fmt: skip
    assert run(tmp_path / "three", {"S": rows}).risks["risk_point"].tolist() == [
        "村级工程，化整为零，规避招标"
    ]
    # a revised column left empty keeps the former point; '现' heads the current one
    rows = [["XX县林业局风险点调整表"], ["序号", "股室", "岗位", "姓名", "原风险点", "现风险点", "风险等级", "防控措施"],
            [1, "资源股", "股长", "申屠岚", "违规审批", "同左", "高", "集体研究"],
            [2, "资源股", "科员", "甘棠", "虚报面积", "", "中", "核查"]]  # fmt: skip
    assert run(tmp_path / "kept", {"S": rows}).risks["risk_point"].tolist() == [
        "违规审批",
        "虚报面积",
    ]
    # a former and a current description beside a 风险点 column leave the point
    rows = [["XX县林业局风险点调整表"], ["序号", "岗位", "风险点", "上年度风险表现", "本年度风险表现", "风险等级", "防控措施"],
            [1, "股长", "审批风险", "违规审批", "违规审批及征占", "高", "集体研究"]]  # fmt: skip
    assert run(tmp_path / "desc", {"S": rows}).risks["risk_point"].tolist() == ["审批风险"]
    # a note in a title's brackets that begins with a level gives no level to its rows
    plain = ["序号", "股室", "岗位", "姓名", "风险点", "防控措施"]
    rows = [["XX县财政局岗位廉政风险点一览表（高风险点及防控措施用红色字体标注）"], plain, [1, "国库股", "会计", "申屠岚", "坐支现金", "对账"]]  # fmt: skip
    assert run(tmp_path / "note", {"S": rows}).risks["risk_level"].tolist() == [""]
    # short second measures and numbered measures columns are joined
    rows = [["XX局风险表"], ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施1", "防控措施2"],
            [1, "会计", "公良川", "坐支现金", "高", "定期对账", "轮岗"]]  # fmt: skip
    assert run(tmp_path / "numbered", {"S": rows}).risks["measures"].tolist() == ["定期对账\n轮岗"]
    # '填报科室：党政办' over the 镇's 书记 and 副书记 names none of their 科室
    rows = [["XX县清溪镇领导班子岗位廉政风险一览表"], ["填报科室：党政办"], ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "书记", "申屠岚", "违规决策", "高", "集体研究"], [2, "副书记", "甘棠", "违规用人", "中", "公示"]]  # fmt: skip
    assert set(run(tmp_path / "leaders", {"S": rows}).posts["department"]) <= {"", "领导班子"}
    # '姓名：张建军' in one cell beats an earlier holder label
    card = [["XX县财政局岗位廉政风险防控卡"], ["风险责任人：李明辉", "姓名：张建军", "岗位：会计"], ["序号", "风险点", "风险等级", "防控措施"],
            [1, "违规拨付", "高", "复核"]]  # fmt: skip
    assert run(tmp_path / "inline", {"S": card}).posts["person"].tolist() == ["张建军"]
    # '填报单位（人）' over a list names who filled it in, no holder of its posts
    rows = [["XX县清溪镇人民政府岗位廉政风险排查表"], ["填报单位（人）：清溪镇财政所　王五"], ["序号", "岗位", "风险点", "风险等级", "防控措施"],
            [1, "所长", "违规拨付", "高", "复核"], [2, "会计", "坐支现金", "中", "对账"]]  # fmt: skip
    assert set(run(tmp_path / "list", {"S": rows}).posts["person"]) == {""}
    # a sign-off line under a point merged down is no measure
    card = [["XX县财政局岗位廉政风险防控卡"], ["姓名", "张建军", "岗位", "会计"], ["序号", "风险点", "风险等级", "防控措施"],
            [1, "坐支现金", "中", "日清月结"], ["", "", "", "持卡人签字：　　2024年　月　日"]]  # fmt: skip
    res = run(tmp_path / "sign", {"S": card}, {"S": ["A4:A5", "B4:B5", "C4:C5"]})
    assert res.risks["measures"].tolist() == ["日清月结"]
    # a lower header half of numbers under merged headings is the header's
    rows = [["XX局风险表"], ["序号", "岗位", "姓名", "风险点", "风险等级", "", "", "防控措施"], ["", "", "", "", "1", "2", "3", ""],
            [1, "会计", "公良川", "坐支现金", "√", "", "", "对账"]]  # fmt: skip
    merges = {"S": ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "H2:H3", "E2:G2"]}
    assert run(tmp_path / "ticks", {"S": rows}, merges).risks["risk_level"].tolist() == ["Ⅰ级"]
    # a card's duties table numbered '1.' is another table, not stray rows
    card = [["XX县财政局岗位廉政风险防控卡"], ["序号", "职责内容", "工作标准"], ["1.", "资金拨付", "按规定"], ["2.", "会计核算", "按准则"],
            ["姓名", "张建军", "岗位", "会计"], ["序号", "风险点", "风险等级", "防控措施"], [1, "违规拨付", "高", "复核"]]  # fmt: skip
    assert "ROW_UNPLACED" not in set(run(tmp_path / "duties", {"S": card}).issues["code"])


def test_what_the_review_of_the_speed_changes_found(tmp_path):
    # the cheap tests in front of the new rules may turn nothing away that the rules read
    head = ["序号", "科室", "岗位", "责任人", "风险点", "风险等级", "防控措施"]
    rows = [
        ["XX县水利局岗位廉政风险点排查表"],
        head,
        [1, "办公室", "主任", "现任王芳", "公车私用", "二级", "审批"],
    ]
    assert run(tmp_path / "now", {"S": rows}).posts["person"].tolist() == ["王芳"]
    rows = [["XX县财政局岗位廉政风险点排查表"], ["填表说明：风险类型填代码，A—思想道德风险，B—制度机制风险，C—岗位职责风险，D—业务流程风险"],
            ["序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施"],
            [1, "办公室", "主任", "王芳", "公车私用", "A、B、C、D", "二级", "审批"]]  # fmt: skip
    assert "TYPE_UNKNOWN" not in set(run(tmp_path / "codes", {"S": rows}).issues["code"])
    card = [["XX县自然资源局岗位廉政风险防控卡"], ["持卡人信息", "", "", "", "序号", "风险点", "风险等级", "防控措施"],
            ["姓名", "郄澹宁", "", "", 1, "审批把关不严", "二级", "集体审议"], ["所在科室", "规划股", "", "", 2, "泄露信息", "三级", "保密"],
            ["职务", "股长", "", "", "", "", "", ""]]  # fmt: skip
    res = run(tmp_path / "panel", {"S": card})
    assert res.posts[["department", "title", "person"]].values.tolist() == [
        ["规划股", "股长", "郄澹宁"]
    ]
    rows = [["XX县财政局岗位廉政风险点排查表"], ["序号", "科室", "岗位", "姓名", "风险点", "风险点2", "风险等级", "防控措施"],
            [1, "办公室", "主任", "王芳", "公车私用", "接待超标", "二级", "审批"]]  # fmt: skip
    assert sorted(run(tmp_path / "second", {"S": rows}).risks["risk_point"]) == [
        "公车私用",
        "接待超标",
    ]
    rows = [["XX县农商银行岗位廉政风险排查表"], ["序号", "责任主体", "风险点", "风险等级", "防控措施"],
            *[[i, "", f"风险点{i}", "中", "复核"] for i in range(1, 12)],
            [12, "科室：营业部\n职务：柜员\n姓名：宗政霁", "挪用资金", "中", "轧账"]]  # fmt: skip
    res = run(tmp_path / "late", {"S": rows})
    assert res.risks[res.risks["risk_point"] == "挪用资金"]["person"].tolist() == ["宗政霁"]


def test_holders_signing_their_rows_in_other_words(tmp_path):
    # (batches 182–184 taught: '本人签字确认' over 戢晓岚; '填表人：栾葭苇　　岗位：园长';
    # '科室/岗位（责任人）' beside '监督科室'; '岗位责任人（签字）：扶鸣珂' under each post's rows)
    # a '签名确认' column of a name with a rare surname is its holder
    card = [["XX县档案馆岗位廉政风险承诺表"], ["科室", "保管科", "岗位", "馆员"], ["序号", "风险点", "风险等级", "防控措施", "签名确认"],
            [1, "私自复制档案", "高", "双人查阅", "堵映川"], [2, "违规借阅", "中", "登记", "堵映川"]]  # fmt: skip
    assert run(tmp_path / "sign", {"S": card}).posts["person"].tolist() == ["堵映川"]
    # a bare '签字' column holds the holder too, its name a rare surname's
    card[2][4] = "签字"
    assert run(tmp_path / "bare", {"S": card}).posts["person"].tolist() == ["堵映川"]
    # '填报人：… 科室：…' in one line over a personal form: its holder; beside a date only: a clerk
    form = [["XX县图书馆岗位廉政风险自查表"], ["填报人：籍望舒　所在科室：采编部　职务：采编员"], ["序号", "风险点", "风险等级", "防控措施"],
            [1, "采购图书收受回扣", "高", "比价"]]  # fmt: skip
    got = run(tmp_path / "filler", {"S": form}).posts
    assert got[["department", "title", "person"]].values.tolist() == [
        ["采编部", "采编员", "籍望舒"]
    ]
    form[1] = ["填报人：籍望舒　　填报时间：2024年5月"]
    assert run(tmp_path / "clerk", {"S": form}).posts["person"].tolist() == [""]
    # a '督查科室' / '监督部门' column names who watches the row, not the row's 科室
    rows = [["XX县人民医院岗位廉政风险点一览表"], ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施", "督查科室"],
            [1, "药剂科", "主任", "王芳", "回扣", "高", "公示", "纪检监察室"],
            [2, "设备科", "科长", "李强", "围标", "中", "论证", "审计科"]]  # fmt: skip
    assert run(tmp_path / "watch", {"S": rows}).posts["department"].tolist() == ["药剂科", "设备科"]
    rows = [["XX县人民医院岗位廉政风险点一览表"], ["序号", "科室/岗位（责任人）", "风险点", "风险等级", "防控措施", "监督部门"],
            [1, "药剂科/主任（王芳）", "回扣", "高", "公示", "纪检监察室"],
            [2, "财务科/会计（蓬素馨）", "串换收费", "中", "比对", "审计科"]]  # fmt: skip
    got = run(tmp_path / "slash", {"S": rows}).posts
    assert got[["department", "title", "person"]].values.tolist() == [
        ["药剂科", "主任", "王芳"],
        ["财务科", "会计", "蓬素馨"],
    ]
    # '本人签名：…' under each post's rows of a list names their holder; the last block too
    rows = [["XX县水文站岗位廉政风险点一览表"], ["序号", "股室", "岗位", "风险点", "风险等级", "防控措施"],
            [1, "站领导", "站长", "经费不经集体研究", "高", "站务会"], [2, "", "", "包庇纵容", "中", "抽查"],
            ["本人签名：须景行"], [3, "测验股", "股长", "数据造假", "高", "复核"], ["本人签名：扶小满"],
            [], ["站长签字：", "", "", "填报日期：2024年5月"]]  # fmt: skip
    got = run(tmp_path / "blocks", {"S": rows}).posts
    assert got[["title", "person"]].values.tolist() == [["站长", "须景行"], ["股长", "扶小满"]]
    assert "ROW_UNPLACED" not in set(run(tmp_path / "blocks2", {"S": rows}).issues["code"])
    # a line naming the holder of the rows BELOW (its first one above the first row) still is
    rows = [["XX县水文站岗位廉政风险点一览表"], ["序号", "股室", "岗位", "风险点", "风险等级", "防控措施"],
            ["岗位责任人：须景行"], [1, "站领导", "站长", "经费不经集体研究", "高", "站务会"],
            ["岗位责任人：扶小满"], [2, "测验股", "股长", "数据造假", "高", "复核"]]  # fmt: skip
    got = run(tmp_path / "above", {"S": rows}).posts
    assert got[["title", "person"]].values.tolist() == [["站长", "须景行"], ["股长", "扶小满"]]
    # a post and a holder of an unlisted surname, marked by a space, in a post column
    rows = [["XX乡站所岗位廉政风险排查表"], ["序号", "站所", "风险点", "风险等级", "防控措施", "责任人"],
            [1, "财政所", "违规拨付", "高", "公示", "所长 王强"], [2, "文化站", "虚报活动", "中", "公开", "站长 蒯秋"],
            [3, "便民服务中心", "拖延办理", "低", "限时", "主任 虢慕宁"]]  # fmt: skip
    got = run(tmp_path / "spaced", {"S": rows}).posts
    assert got["person"].tolist() == ["王强", "蒯秋", "虢慕宁"]


def test_what_batches_185_to_188_taught_in_other_words(tmp_path):
    # (185: '岗位责任人：部长　禤朗川；…。' under the list; 186: '承诺人：___茆屿汀___', '（法定代表人）',
    # '育种技术部测定员'; 187: '风险点：…⏎防控措施：…' in one cell; 188: '高→中')
    head = ["序号", "科室", "岗位", "风险点", "风险等级", "防控措施"]
    body = [
        [1, "办公室", "主任", "公车私用", "高", "审批"],
        [2, "财务股", "股长", "虚列支出", "中", "复核"],
    ]
    line = "岗位人员：办公室主任　妫晏清；财务股股长　蒯秋。"  # (a rare surname, a stop at the end)
    for where, rows in (
        ("under", [["XX县档案馆岗位廉政风险清单"], head, *body, [line]]),
        ("over", [["XX县档案馆岗位廉政风险清单"], [line], head, *body]),
    ):
        res = run(tmp_path / where, {"S": rows})
        assert res.posts[["title", "person"]].values.tolist() == [
            ["主任", "妫晏清"],
            ["股长", "蒯秋"],
        ]
        assert "ROW_UNPLACED" not in set(res.issues["code"]), where
    # Word's underscored blanks in a line of fields; a blank one takes no next label
    card = [["XX县水文站岗位廉政风险承诺书"], ["姓名：＿＿籍望舒＿＿　　科室：＿＿＿＿＿＿　　职务：＿＿测报员＿＿"],
            ["序号", "风险点", "风险等级", "防控措施"], [1, "数据造假", "高", "复核"]]  # fmt: skip
    got = run(tmp_path / "blanks", {"S": card}).posts
    assert got[["department", "title", "person"]].values.tolist() == [["", "测报员", "籍望舒"]]
    # '（法人代表）' after a post; a 部 run into the post of a personal form
    card = [["XX县林场个人廉政风险自查表"], ["姓名", "王强", "职务", "场长（法人代表）"], ["序号", "风险点", "风险等级", "防控措施"],
            [1, "违规采伐", "高", "集体研究"]]  # fmt: skip
    assert run(tmp_path / "legal", {"S": card}).posts["title"].tolist() == ["场长"]
    card[1] = ["姓名", "王强", "职务", "营林生产部技术员"]
    got = run(tmp_path / "bu", {"S": card}).posts
    assert got[["department", "title"]].values.tolist() == [["营林生产部", "技术员"]]
    card[1] = ["姓名", "王强", "职务", "党支部书记"]
    assert run(tmp_path / "branch", {"S": card}).posts["title"].tolist() == ["党支部书记"]
    # a point and its measures labelled in one cell, the level apart
    rows = [["XX县水务公司岗位廉洁风险清单"], ["序号", "部门", "岗位", "姓名", "风险描述及防范措施", "风险级别"],
            [1, "供水部", "抄表员", "王强", "风险描述：少抄水量收取好处\n防范措施：抄表数据系统比对\n定期轮岗", "二级"]]  # fmt: skip
    got = run(tmp_path / "joint", {"S": rows}).risks
    assert got[["risk_point", "measures"]].values.tolist() == [
        ["少抄水量收取好处", "抄表数据系统比对\n定期轮岗"]
    ]
    # a level changed this round, written from → to
    rows = [["XX县卫健委岗位廉政风险点动态调整表"], ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "办公室", "主任", "王芳", "公车私用", "二级⇒一级", "审批"], [2, "财务科", "会计", "李强", "坐支现金", "Ⅰ级调整为Ⅲ级", "对账"],
            [3, "医政科", "科长", "张伟", "违规审批", "中", "公示"]]  # fmt: skip
    res = run(tmp_path / "arrow", {"S": rows})
    assert res.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅲ级", "Ⅱ级"]
    assert not {"LEVEL_UNKNOWN", "LEVEL_BLANK"} & set(res.issues["code"])


def test_what_the_review_of_batches_182_to_184_found(tmp_path):
    def posts(name, rows):
        got = run(tmp_path / name, {"S": rows}).posts
        return got[["department", "title", "person"]].values.tolist()

    # a holder's line under a list whose post cells name their own holders changes nothing
    rows = [["XX镇财政所岗位廉政风险防控承诺书"], ["序号", "岗位", "风险点", "风险等级", "防控措施"],
            [1, "所长 王强", "违规拨付", "高", "集体"], [2, "会计 李芳", "虚列", "中", "复核"], ["承诺人：王强"]]  # fmt: skip
    assert [p[1:] for p in posts("own", rows)] == [["所长", "王强"], ["会计", "李芳"]]
    # … nor does one line under the rows of several posts: one man holds none of them all
    rows = [["XX县财政局国库股岗位廉政风险点一览表"], ["序号", "岗位", "风险点", "风险等级", "防控措施"],
            [1, "股长", "违规拨付", "高", "集体"], [2, "会计", "虚列", "中", "复核"], ["责任人：王建国"]]  # fmt: skip
    assert {p[2] for p in posts("several", rows)} == {""}
    rows[-1] = ["责任人：经办人"]
    rows[2:4] = [[1, "股长", "违规拨付", "高", "集体"]]
    assert posts("role", rows) == [["国库股", "股长", ""]]
    # '填报人' beside a 科室 over a list of that 科室's posts: its clerk, the 科室 kept
    rows = [["XX县财政局岗位廉政风险点一览表"], ["填报人：赵丽娟　　科室：国库股　　填报时间：2024年5月"],
            ["序号", "岗位", "风险点", "风险等级", "防控措施"], [1, "股长", "违规拨付", "高", "集体"], [2, "会计", "虚列", "中", "复核"]]  # fmt: skip
    assert {p[2] for p in posts("clerk", rows)} == {""}
    # a post and a line of work ('民警 户籍') is no post and holder
    rows = [["XX县公安局岗位廉政风险点一览表"], ["序号", "岗位", "风险点", "风险等级", "防控措施"],
            [1, "民警 户籍", "违规落户", "高", "集体"], [2, "辅警 巡逻", "吃拿卡要", "中", "复核"]]  # fmt: skip
    assert {p[2] for p in posts("work", rows)} == {""}
    # a 签字 column of dates or ticks names no holder, and takes none from the fields
    rows = [["XX县财政局岗位廉政风险一览表"], ["序号", "科室", "岗位", "风险点", "风险等级", "防控措施", "签字"],
            [1, "办公室", "主任", "公车私用", "高", "审批", "2024.5.6"], [2, "财务股", "股长", "虚列", "中", "复核", "2024.5.6"]]  # fmt: skip
    assert {p[2] for p in posts("dates", rows)} == {""}
    card = [["XX县档案馆岗位廉政风险防控卡"], ["姓名", "王芳", "科室", "保管科", "岗位", "馆员"],
            ["序号", "风险点", "风险等级", "防控措施", "签字确认"], [1, "私自复制", "高", "双人", "已签"]]  # fmt: skip
    assert posts("ticks", card) == [["保管科", "馆员", "王芳"]]
    # a '监管科室' column alone is the rows' own 科室 (a 市场监管局's)
    rows = [["XX县市场监督管理局岗位廉政风险点一览表"], ["序号", "监管科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "食品科", "科长", "王强", "违规发证", "高", "集体"], [2, "药品科", "科员", "李芳", "虚列", "中", "复核"]]  # fmt: skip
    assert [p[0] for p in posts("watch", rows)] == ["食品科", "药品科"]
    # three-character words that begin with a rare surname name places and parts, no one
    words = "扶贫股 融媒体 凤凰街 昌盛园 怀德街 鱼苗场 鱼粉厂 蓬莱阁 伯乐奖 宰相府 秋粮股".split()
    assert not [w for w in words if looks_like_name(w)]


def test_what_batches_189_to_192_taught_in_other_words(tmp_path):
    # (189: '单位：江津区图书馆 | 2024年6月' under self-checks; 190: '工作单位及职务 | 合川区国有资产事务中心
    # 资产管理科副科长'; 191: a '库点' column of a grain company's depots)
    card = [["个人廉政风险自查表"], ["姓名", "王强", "科室", "办公室", "职务", "主任"], ["序号", "风险点", "风险等级", "防控措施"],
            [1, "公车私用", "高", "审批"], [], ["单位（盖章）：XX县文化馆", "", "2024年5月"]]  # fmt: skip
    assert run(tmp_path / "stamp", {"S": card}).posts["unit"].tolist() == ["XX县文化馆"]
    card = [["干部廉政风险登记表"], ["姓名", "王强", "工作单位及职务", "XX县机关事务服务中心财务科科员"],
            ["序号", "风险点", "风险等级", "防控措施"], [1, "虚列支出", "高", "复核"]]  # fmt: skip
    got = run(tmp_path / "centre", {"S": card}).posts
    assert got[["unit", "department", "title"]].values.tolist() == [
        ["XX县机关事务服务中心", "财务科", "科员"]
    ]
    rows = [["XX县农商银行岗位廉洁风险点一览表"], ["序号", "网点", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "城关支行营业部", "主任", "王强", "违规放贷", "高", "审批"], [2, "东街分理处", "柜员", "李芳", "挪用资金", "中", "轧账"]]  # fmt: skip
    assert run(tmp_path / "branches", {"S": rows}).posts["department"].tolist() == [
        "城关支行营业部",
        "东街分理处",
    ]


def test_what_the_review_of_batches_185_to_188_found(tmp_path):
    def posts(name, rows, what=("department", "title", "person")):
        return run(tmp_path / name, {"S": rows}).posts[list(what)].values.tolist()

    def risks(name, rows):
        got = run(tmp_path / name, {"S": rows}).risks
        return got[["risk_point", "measures"]].values.tolist()

    title = ["XX县财政局国库股岗位廉政风险点一览表"]
    head = ["序号", "岗位", "风险点", "风险等级", "防控措施"]
    line = ["岗位人员：站长　常国栋；会计　区俊杰。"]
    # a roster line among the rows names their holders and ends nothing: the rows after it, a
    # second table after it, are read
    rows = [title, head, [1, "站长", "违规拨付", "高", "集体"], [2, "会计", "虚列支出", "中", "复核"], line,
            [3, "出纳", "坐支现金", "中", "对账"]]  # fmt: skip
    assert posts("among", rows, ("title", "person")) == [
        ["站长", "常国栋"],
        ["会计", "区俊杰"],
        ["出纳", ""],
    ]
    rows = [
        *rows[:5],
        [],
        ["XX县财政局预算股岗位廉政风险点一览表"],
        head,
        [1, "股长", "违规调整", "高", "集体"],
    ]
    assert [p[:2] for p in posts("next", rows)][-1] == ["预算股", "股长"]
    # a line of duties ('工作分工：站长　全面管；…'), a sign-off ('审核：分管副局长　王强；…') names no one
    for i, text in enumerate(
        ["工作分工：站长　全面管；会计　管账目。", "审核：分管副局长　王强；主要负责人　李芳。"]
    ):
        rows = [
            title,
            head,
            [1, "站长", "违规拨付", "高", "集体"],
            [2, "会计", "虚列支出", "中", "复核"],
            [text],
        ]
        assert {p[2] for p in posts(f"duties{i}", rows)} == {""}
    # a cell of two whole labelled pairs: a point each, its own measures (``_numbered_pairs``);
    # one whose measures column is filled stays whole
    head2 = ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"]
    two = "风险点：违规审批\n防控措施：集体研究\n风险点：虚报冒领\n防控措施：公示"
    assert risks("two", [title, head2, [1, "会计", "王强", two, "高", ""]]) == [
        ["违规审批", "集体研究"],
        ["虚报冒领", "公示"],
    ]
    cell = "风险点：违规审批\n防控措施：集体研究决定"
    assert risks("filled", [title, head2, [1, "会计", "王强", cell, "高", "三重一大"]]) == [
        [cell, "三重一大"]
    ]
    # '内部审计员', '本部出纳': no 部 of the unit before the post
    card = [["XX县审计局个人岗位廉政风险防控卡"], ["姓名", "王强", "职务", "内部审计员"], ["序号", "风险点", "风险等级", "防控措施"],
            [1, "违规拨付", "高", "集体"]]  # fmt: skip
    assert posts("inner", card) == [["", "内部审计员", "王强"]]
    # '填表人：… 科室：…' over a card: its holder and 科室
    card[1:2] = [["填表人：王强　　科室：国库股"], ["岗位：股长"]]
    assert posts("filler", card) == [["国库股", "股长", "王强"]]
    # a signature column of names with a note after them holds the holders
    rows = [title, ["序号", "科室", "岗位", "风险点", "风险等级", "防控措施", "本人签字"],
            [1, "办公室", "主任", "公车私用", "高", "审批", "王强（签字）"], [2, "财务股", "股长", "虚列", "中", "复核", "李芳、赵敏"]]  # fmt: skip
    assert [p[2] for p in posts("signed", rows)] == ["王强", "李芳", "赵敏"]
    # a 监督科室 after the measures watches the rows, even with no other 科室 heading
    rows = [["XX县卫健委岗位廉政风险点一览表"], ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施", "监督科室"],
            [1, "主任", "王强", "公车私用", "高", "审批", "纪检监察室"]]  # fmt: skip
    assert posts("watched", rows) == [["", "主任", "王强"]]
    # a holder's line under rows that name their own closes them: the next block keeps its own
    rows = [title, head, [1, "会计 王强", "虚列", "中", "复核"], ["岗位责任人（签字）：王强"],
            [2, "出纳", "挪用", "高", "对账"], ["岗位责任人（签字）：李芳"]]  # fmt: skip
    assert posts("closed", rows, ("title", "person")) == [["会计", "王强"], ["出纳", "李芳"]]
    # a blank 姓名 in a line of fields is still reported; '职务：站长：负责全面工作' is the 站长
    card = [["XX县水文站个人岗位廉政风险防控卡"], ["姓名：________　　科室：测报科　　职务：测报员"],
            ["序号", "风险点", "风险等级", "防控措施"], [1, "数据造假", "高", "复核"]]  # fmt: skip
    assert "FORM_NO_PERSON" in set(run(tmp_path / "blank", {"S": card}).issues["code"])
    card[1] = ["姓名：王强　　职务：站长：负责全面工作"]
    assert posts("duty", card, ("title", "person")) == [["站长", "王强"]]


def test_what_batches_193_to_196_taught_in_other_words(tmp_path):
    # (193: '中共涪陵区委党史研究室' under the rows; 194/195: '持卡人（签字）：冼栖梧　　所在部门：采编部
    # 职务：主任' under a card; 195: '畜牧兽医站（区农业农村委派驻）', a block of counts above the
    # header; 196: '所长：第五枕流')
    table = [
        ["序号", "风险点", "风险等级", "防控措施"],
        [1, "违规审批", "高", "集体研究"],
        [2, "泄露信息", "中", "保密"],
    ]
    card = [
        ["XX县档案馆岗位廉政风险自查表"],
        *table,
        [],
        ["自查人（签名）：闾丘望　　所在科室：保管利用科　　岗位：馆员"],
    ]
    got = run(tmp_path / "signed", {"S": card}).posts
    assert got[["department", "title", "person"]].values.tolist() == [
        ["保管利用科", "馆员", "闾丘望"]
    ]
    rows = [["岗位廉政风险防控一览表"], ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "办公室", "主任", "王强", "公车私用", "高", "审批"], [], ["", "", "", "", "XX县档案馆"], ["", "", "", "", "2024年5月"]]  # fmt: skip
    res = run(tmp_path / "seal", {"S": rows}, {"S": ["E5:G5", "E6:G6"]})
    assert res.posts["unit"].tolist() == ["XX县档案馆"]
    assert "ROW_UNPLACED" not in set(res.issues["code"])
    rows = [["XX镇站所岗位廉政风险排查表"], ["镇名称", "XX镇", "辖区人口", "2.3万人", "村（社区）数", "12个"],
            ["序号", "站所", "岗位", "责任人", "风险点", "风险等级", "防控措施"],
            [1, "农机站（县农业农村局垂直管理）", "站长", "王强", "虚报补贴", "高", "公示"],
            [2, "司法所", "所长", "公冶霜序", "违规调解", "中", "回访"], [3, "林业站", "站长", "第五枕流", "滥伐", "中", "巡查"]]  # fmt: skip
    res = run(tmp_path / "block", {"S": rows})
    assert res.posts[["department", "person"]].values.tolist() == [
        ["农机站", "王强"],
        ["司法所", "公冶霜序"],
        ["林业站", "第五枕流"],
    ]
    assert "ROW_UNPLACED" not in set(res.issues["code"])
    assert not looks_like_name("第五名") and not looks_like_name("第五条")


def test_what_the_review_of_batches_189_to_191_found(tmp_path):
    def posts(name, rows, what=("department", "title", "person"), merges=None):
        got = run(tmp_path / name, {"S": rows}, merges).posts
        return got[list(what)].values.tolist()

    # '负责片区' says where a post works, not its 科室
    rows = [["XX县供电公司城关供电所岗位廉政风险点一览表"], ["序号", "岗位", "姓名", "负责片区", "风险点", "风险等级", "防控措施"],
            [1, "台区经理", "王强", "城东片区", "违规接电", "高", "公示"], [2, "所长", "赵敏", "全所", "违规审批", "高", "集体"]]  # fmt: skip
    assert {p[0] for p in posts("area", rows)} == {"城关供电所"}
    # a regulator's '监管科室' right of the point is the rows' own 科室
    rows = [["XX县市场监督管理局一览表"], ["序号", "监管事项", "风险点", "监管科室", "岗位", "风险等级", "防控措施"],
            [1, "食品生产许可", "违规发证", "食品科", "科长", "高", "集体审核"]]  # fmt: skip
    assert posts("regulator", rows) == [["食品科", "科长", ""]]
    # a post before its duties ('职务：主要负责人：全面负责…'); a blank 姓名 before 性别
    card = [["XX县水文站个人岗位廉政风险防控卡"], ["姓名：王强　　职务：主要负责人：全面负责站内工作"],
            ["序号", "风险点", "风险等级", "防控措施"], [1, "违规拨付", "高", "集体"]]  # fmt: skip
    assert posts("duties", card) == [["", "主要负责人", "王强"]]
    card[1] = ["姓名：________　　性别：____　　职务：测报员"]
    assert posts("sex", card) == [["", "测报员", ""]]
    # a 填表人 beside a 部门 over that 部门's points, no post of his: its clerk
    rows = [["XX县财政局岗位廉政风险点一览表"], ["填报单位：XX县财政局　　填表人：王强　　部门：办公室"],
            ["序号", "风险点", "风险类型", "风险等级", "防控措施"], [1, "公车私用", "岗位职责", "高", "审批"]]  # fmt: skip
    assert posts("clerk", rows) == [["办公室", "科室负责人", ""]]

    # two cards on a sheet, each stamped under it with its own unit
    def card_rows(who, unit):
        return [["岗位廉政风险防控卡"], ["姓名", who, "职务", "馆员"], ["序号", "风险点", "风险等级", "防控措施"],
                [1, "违规", "高", "集体"], [f"单位（盖章）：{unit}", "", "2024年5月"], []]  # fmt: skip

    rows = [*card_rows("王强", "XX县文化馆"), *card_rows("李芳", "XX县图书馆")]
    assert posts("stamps", rows, ("unit", "person")) == [
        ["XX县文化馆", "王强"],
        ["XX县图书馆", "李芳"],
    ]
    # blocks of one list that reuse the posts, each under (or over) its own roster line
    title = ["XX县财政局国库股岗位廉政风险点一览表"]
    head = ["序号", "岗位", "风险点", "风险等级", "防控措施"]
    first, second = (
        ["岗位人员：站长　常国栋；会计　区俊杰。"],
        ["岗位人员：站长　王五一；会计　赵六安。"],
    )
    block1 = [[1, "站长", "违规拨付", "高", "集体"], [2, "会计", "虚列", "中", "复核"]]
    block2 = [[3, "站长", "违规验收", "高", "集体"], [4, "会计", "套取", "高", "审计"]]
    want = [["站长", "常国栋"], ["会计", "区俊杰"], ["站长", "王五一"], ["会计", "赵六安"]]
    assert (
        posts("under", [title, head, *block1, first, *block2, second], ("title", "person")) == want
    )
    assert (
        posts("over", [title, head, first, *block1, second, *block2], ("title", "person")) == want
    )
    # a labelled level in the point's cell beside its own column does not keep the cell whole
    rows = [title, ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "会计", "王强", "风险点：违规审批\n风险等级：高\n防控措施：集体研究", "高", ""]]  # fmt: skip
    got = run(tmp_path / "level", {"S": rows}).risks
    assert got[["risk_point", "measures"]].values.tolist() == [["违规审批", "集体研究"]]
    # a lone '）' ends no post for ever (it used to recurse)
    assert tier_of_post("长）") == "middle" or tier_of_post("长）") == ""


def test_what_batches_197_to_200_taught_in_other_words(tmp_path):
    # (197: '离退休干部科科长' tiered by its 干部; 198: '单位：__…综合文化站__' among the field cells;
    # 199: '□思想道德 ☑制度机制 □岗位职责 …' in the type cell)
    card = [["个人廉政风险防控卡"], ["姓名：王强", "", "单位：XX县城关镇农业服务中心", "", "职务：主任"],
            ["序号", "风险点", "风险类型", "风险等级", "防控措施"],
            [1, "虚报补贴", "☑思想道德　☑岗位职责　□外部环境", "□高 ☑中 □低", "公示"],
            [2, "优亲厚友", "□思想道德　□岗位职责　☑外部环境", "☑高 □中 □低", "评议"]]  # fmt: skip
    res = run(tmp_path / "ticks", {"S": card}, {"S": ["A2:B2", "C2:D2"]})
    assert res.posts[["unit", "department", "title", "person"]].values.tolist() == [
        ["XX县城关镇", "农业服务中心", "主任", "王强"]
    ]
    assert res.risks["risk_type"].tolist() == ["思想道德风险;岗位职责风险", "外部环境风险"]
    assert res.risks["risk_level"].tolist() == ["Ⅱ级", "Ⅰ级"]
    assert "TYPE_UNKNOWN" not in set(res.issues["code"])
    assert tier_of_post("人事干部股股长") == "middle"
    assert tier_of_post("退休干部管理员") == "general"


def test_what_the_review_of_batches_193_to_196_found(tmp_path):
    def posts(name, rows, what=("department", "title", "person"), merges=None):
        got = run(tmp_path / name, {"S": rows}, merges).posts
        return got[list(what)].values.tolist()

    head = ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"]
    # a stamp under a list, then a second list with its own title and header: both read
    rows = [["岗位廉政风险点一览表"], head, [1, "办公室", "主任", "王强", "公车私用", "高", "审批"], ["XX县文化馆"], [],
            ["岗位廉政风险点一览表"], head, [1, "财务室", "会计", "李芳", "虚列支出", "中", "复核"], ["XX县图书馆"]]  # fmt: skip
    got = posts("two", rows, ("person",), {"S": ["A4:G4", "A9:G9"]})
    assert got == [["王强"], ["李芳"]]
    # parts named with an ordinal, a 片区, a 分公司: 科室, no holders, no merged posts
    rows = [["XX街道党工委岗位廉政风险点一览表"], ["序号", "支部", "岗位", "风险点", "风险等级", "防控措施"],
            [1, "第五支部", "书记", "违规发展党员", "高", "集体"], [2, "第六支部", "书记", "违规", "高", "公开"]]  # fmt: skip
    assert [p[0] for p in posts("ordinal", rows)] == ["第五支部", "第六支部"]
    rows = [["XX县供水公司岗位廉政风险点一览表"], ["序号", "片区", "岗位", "风险点", "风险等级", "防控措施"],
            [1, "城东片区", "抄表员", "少抄", "高", "比对"], [2, "城西片区", "抄表员", "多收", "中", "公示"]]  # fmt: skip
    assert [p[0] for p in posts("areas", rows)] == ["城东片区", "城西片区"]
    # a 监管部门 right of the measures watches the rows
    rows = [["XX县医院岗位廉政风险点一览表"], ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施", "监管部门"],
            [1, "主任", "王芳", "回扣", "高", "公示", "纪检监察室"]]  # fmt: skip
    assert posts("watch", rows) == [["", "主任", "王芳"]]
    # '（城关派出所）' after a 警务室 says which 所's, kept
    rows = [["XX县公安局岗位廉政风险点一览表"], ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "社区警务室（城关派出所）", "民警", "王强", "吃拿卡要", "高", "监督"]]  # fmt: skip
    assert posts("police", rows)[0][0] == "社区警务室（城关派出所）"
    # '姓名：王强 … 填表人：王强' over a card: he holds it
    card = [["XX县档案馆个人岗位廉政风险防控卡"], ["姓名：王强　　所在部门：办公室　　填表人：王强"],
            ["序号", "风险点", "风险等级", "防控措施"], [1, "违规", "高", "集体"]]  # fmt: skip
    assert posts("self", card) == [["办公室", "", "王强"]]
    # one roster over two lines names every post
    title = ["XX县财政局国库股岗位廉政风险点一览表"]
    rows = [title, ["序号", "岗位", "风险点", "风险等级", "防控措施"], ["岗位人员：站长　常国栋；会计　区俊杰；"],
            ["岗位人员：出纳　王五一；保管员　赵六安。"], [1, "站长", "违规", "高", "集体"], [2, "出纳", "挪用", "高", "对账"],
            [3, "保管员", "丢失", "中", "盘点"]]  # fmt: skip
    assert [p[2] for p in posts("lines", rows)] == ["常国栋", "王五一", "赵六安"]
    # a signer's line of fields under a card: his tier by his post, not a 科室's
    card = [["XX县档案馆个人廉政风险自查表"], ["序号", "风险点", "风险等级", "防控措施"], [1, "违规", "高", "集体"], [],
            ["自查人（签名）：李芳　　所在科室：办公室　　岗位：科员"]]  # fmt: skip
    assert posts("tier", card, ("title", "person", "tier")) == [["科员", "李芳", "一般岗位"]]
    # '职务：　　分管领导：李四': no post, no 分管领导 for one
    card = [["XX县档案馆个人岗位廉政风险防控卡"], ["姓名：王强　　职务：　　分管领导：李四"],
            ["序号", "风险点", "风险等级", "防控措施"], [1, "违规", "高", "集体"]]  # fmt: skip
    assert posts("blank", card)[0][1] != "分管领导"


def test_what_batches_201_to_204_taught_in_other_words(tmp_path):
    # (202: '自查人（签名）： | 昝蔓汀 | 所在科室： | 救助科 | 岗位： | 救助员' under a self-check,
    # its cells under the risk, type and level columns)
    card = [["XX县殡仪馆工作人员廉政风险自查表"], ["序号", "工作环节", "风险点", "风险类型", "风险等级", "防控措施"],
            [1, "遗体接运", "收取红包", "思想道德", "高", "公示"], [2, "骨灰寄存", "违规收费", "制度机制", "中", "票据"], [],
            ["承诺人（签字）：", "仉澄心", "所在股室：", "业务股", "职务：", "接运工"]]  # fmt: skip
    res = run(tmp_path / "pairs", {"S": card})
    assert res.posts[["department", "title", "person", "tier"]].values.tolist() == [
        ["业务股", "接运工", "仉澄心", "一般岗位"]
    ]
    assert len(res.risks) == 2
    assert not {"TYPE_UNKNOWN", "LEVEL_UNKNOWN", "ROW_UNPLACED"} & set(res.issues["code"])


def test_what_the_review_of_batches_197_to_204_found(tmp_path):
    def posts(name, rows, what=("unit", "department", "title", "person"), merges=None):
        got = run(tmp_path / name, {"S": rows}, merges).posts
        return got[list(what)].values.tolist()

    # a post held with another (兼): the higher one tiers it
    assert [tier_of_post(x) for x in ("副所长兼会计", "副校长兼会计", "所长兼报账员")] == [
        "middle",
        "leader",
        "middle",
    ]
    # a 单位 cell among the fields ends at the next label; '单位：万元' names no unit
    card = [["XX县文化馆个人岗位廉政风险防控卡"], ["姓名：王强", "单位：XX县文化馆　　科室：办公室", "职务：会计"],
            ["序号", "风险点", "风险等级", "防控措施"], [1, "违规", "高", "集体"]]  # fmt: skip
    assert posts("cut", card)[0][:2] == ["XX县文化馆", "办公室"]
    card[1] = ["姓名：王强", "职务：会计", "单位：万元"]
    assert posts("money", card)[0][0] == "XX县文化馆"
    # a 监督科室 between the point and the measures watches the rows
    rows = [["XX县卫生健康局岗位廉政风险点一览表"], ["序号", "岗位", "姓名", "风险点", "风险等级", "监督科室", "防控措施"],
            [1, "会计", "王芳", "虚列支出", "高", "纪检监察室", "复核"]]  # fmt: skip
    assert posts("watch", rows)[0][1] == ""
    # a regulator's 监管科室 left of the measures is the rows' own; right of them it watches
    rows = [["XX县市场监督管理局岗位廉政风险点一览表"], ["序号", "岗位", "监管科室", "风险点", "风险等级", "防控措施"],
            [1, "科员", "食品科", "违规发证", "高", "复核"], [2, "科员", "药品科", "违规检查", "中", "双人"]]  # fmt: skip
    assert [p[1] for p in posts("own", rows)] == ["食品科", "药品科"]
    # '管辖网格' names the rows' 网格
    rows = [["XX社区岗位廉政风险点一览表"], ["序号", "管辖网格", "岗位", "风险点", "风险等级", "防控措施"],
            [1, "第一网格", "网格长", "违规", "高", "公示"], [2, "第二网格", "网格长", "违规", "高", "公示"]]  # fmt: skip
    assert [p[1] for p in posts("grid", rows)] == ["第一网格", "第二网格"]
    # compound surnames of old before a given name ending 路, 期, 镇
    assert all(looks_like_name(x) for x in ("司马晓路", "上官子期", "欧阳明镇"))
    # two lists, each stamped right under its rows
    head = ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"]
    rows = [["岗位廉政风险点一览表"], head, [1, "办公室", "主任", "王强", "公车私用", "高", "审批"], ["XX县文化馆"], [],
            ["岗位廉政风险点一览表"], head, [1, "财务室", "会计", "李芳", "虚列", "中", "复核"], ["XX县图书馆"]]  # fmt: skip
    merges = {"S": ["A4:G4", "A9:G9"]}
    assert posts("two", rows, ("unit", "person"), merges) == [
        ["XX县文化馆", "王强"],
        ["XX县图书馆", "李芳"],
    ]
    # one stamp at the foot of two lists signs both
    rows = [["领导班子岗位廉政风险点一览表"], head, [1, "领导班子", "馆长", "王强", "违规", "高", "集体"], [],
            ["中层及一般岗位廉政风险点一览表"], head, [1, "财务室", "会计", "李芳", "虚列", "中", "复核"], [],
            ["XX县文化馆"], ["2024年5月10日"]]  # fmt: skip
    got = posts("foot", rows, ("unit",), {"S": ["A9:G9", "A10:G10"]})
    assert got == [["XX县文化馆"], ["XX县文化馆"]]

    # two self-checks on one sheet, each with its signer's pairs under it (a date pair too, or the
    # name left blank)
    def card_rows(who, dept, post, more=()):
        return [["XX县殡仪馆工作人员廉政风险自查表"], ["序号", "工作环节", "风险点", "风险类型", "风险等级", "防控措施"],
                [1, "接运", "收红包", "思想道德", "高", "公示"], [],
                ["自查人（签名）：", who, "所在科室：", dept, "岗位：", post, *more]]  # fmt: skip

    rows = [*card_rows("仉澄心", "业务股", "接运工"), [], *card_rows("王强", "火化股", "火化工")]
    assert posts("stacked", rows, ("department", "title", "person")) == [
        ["业务股", "接运工", "仉澄心"],
        ["火化股", "火化工", "王强"],
    ]
    res = run(
        tmp_path / "dated",
        {"S": card_rows("仉澄心", "业务股", "接运工", ("日期：", "2024年5月10日"))},
    )
    assert len(res.risks) == 1 and res.posts["person"].tolist() == ["仉澄心"]


def test_what_batches_205_to_208_taught_in_other_words(tmp_path):
    # (206: '任职者 | 逄卓珩' on a 岗位说明书; 208: a system's export with '录入人 | 录入时间 | 审核状态')
    card = [["XX县供水公司岗位说明书"], ["岗位名称", "抄表岗", "所属部门", "营业部"], ["现任职者", "栾望川", "直接上级", "营业部经理"],
            ["序号", "风险点", "风险等级", "防控措施"], [1, "少抄水量", "高", "比对"]]  # fmt: skip
    got = run(tmp_path / "spec", {"S": card}).posts
    assert got[["department", "title", "person"]].values.tolist() == [
        ["营业部", "抄表岗", "栾望川"]
    ]
    rows = [["序号", "所属部门", "岗位名称", "风险点描述", "风险类型", "风险等级", "防控措施", "提交人", "提交时间"],
            [1, "综合科", "科长", "违规审批", "制度机制", "高", "集体", "佘昭宁", "2024-05-06 10:21"],
            [2, "综合科", "科员", "泄露信息", "岗位职责", "中", "保密", "佘昭宁", "2024-05-06 10:22"],
            [3, "财务科", "会计", "虚列支出", "制度机制", "高", "复核", "禄溪言", "2024-05-07 09:02"],
            [4, "财务科", "出纳", "坐支现金", "岗位职责", "中", "对账", "禄溪言", "2024-05-07 09:03"]]  # fmt: skip
    assert set(run(tmp_path / "export", {"S": rows}).posts["person"]) == {""}
    # a name a row under 提交人 is each holder's own submission
    for i, who in enumerate(("王丽", "陈晓", "赵敏", "刘建国"), start=1):
        rows[i][7] = who
    assert sorted(run(tmp_path / "own", {"S": rows}).posts["person"]) == [
        "刘建国",
        "王丽",
        "赵敏",
        "陈晓",
    ]


def test_what_batches_209_to_212_and_the_review_of_205_to_208_taught(tmp_path):
    def posts(name, rows, what=("unit", "department", "title", "person"), merges=None):
        got = run(tmp_path / name, {"S": rows}, merges).posts
        return got[list(what)].values.tolist()

    # (209) rows added under the sign-off line after review, under a line saying so
    head = ["序号", "岗位", "风险点", "风险类型", "风险等级", "防控措施"]
    rows = [["XX县档案局岗位廉政风险点清单"], head, [1, "局长", "违规决策", "制度机制", "高", "集体"],
            [2, "会计", "虚列支出", "制度机制", "中", "复核"], [], ["填表人：", "", "审核人：", "", "填报日期：2024年9月"],
            ["补充风险点（按审核意见增加）："], [3, "出纳", "坐支现金", "岗位职责", "中", "对账"]]  # fmt: skip
    res = run(tmp_path / "added", {"S": rows})
    assert sorted(res.risks["risk_point"]) == ["坐支现金", "虚列支出", "违规决策"]
    assert "ROW_UNPLACED" not in set(res.issues["code"])
    # (210) a 附件3's field pairs moved under its table, no colons; '所在股室及岗位'
    card = [["中层岗位廉政风险识别和防控表"], ["单位(盖章):XX县文化馆"], ["岗位职责", "风险点", "风险类型", "风险等级", "防控措施"],
            ["负责展览", "布展项目指定供应商", "岗位职责", "高", "比选"], [], ["部门", "展览部", "负责人", "漆雕远", "岗位风险等级", "二级"]]  # fmt: skip
    res = run(tmp_path / "below", {"S": card})
    assert res.posts[["department", "person"]].values.tolist() == [["展览部", "漆雕远"]]
    assert len(res.risks) == 1
    card = [["一般岗位廉政风险识别和防控表"], ["姓名", "漆雕远", "所在股室及岗位", "仓储股保管员"],
            ["序号", "风险点", "风险类型", "风险等级", "防控措施"], [1, "虚报损耗", "岗位职责", "高", "盘点"]]  # fmt: skip
    assert posts("label", card)[0][1:] == ["仓储股", "保管员", "漆雕远"]

    # (review) stacked cards each opening with '责任人： | … | 所在科室： | …': each its own
    def card_rows(who, dept):
        return [["责任人：", who, "所在科室：", dept, "岗位：", "科员"], ["序号", "工作环节", "风险点", "风险类型", "风险等级", "防控措施"],
                [1, "审批", f"{dept}违规审批", "岗位职责", "高", "集体"]]  # fmt: skip

    rows = [["XX县殡仪馆岗位廉政风险防控卡"], *card_rows("王强", "业务股"), *card_rows("李芳", "财务股"),
            *card_rows("赵敏", "火化股")]  # fmt: skip
    assert posts("stacked", rows, ("department", "person")) == [
        ["业务股", "王强"],
        ["财务股", "李芳"],
        ["火化股", "赵敏"],
    ]


def test_what_batches_213_to_216_taught_in_other_words(tmp_path):
    # (213: measures typed one to a row under the point, nothing merged; 214: '承诺人：…管理所所长
    # 恽拾遗'; 216: '大渡口区档案馆保管利用科岗位廉政风险防控表')
    rows = [["XX县纪念馆岗位廉政风险点一览表"], ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "馆领导", "馆长", "王强", "修缮工程指定施工单位", "高", "1.公开招标;"], ["", "", "", "", "", "", "2.集体研究。"],
            [2, "办公室", "会计", "李芳", "虚列支出", "中", "1.事前预算;"], ["", "", "", "", "", "", "2.据实报销。"]]  # fmt: skip
    res = run(tmp_path / "measures", {"S": rows})
    assert res.risks["measures"].tolist() == [
        "1.公开招标;\n2.集体研究。",
        "1.事前预算;\n2.据实报销。",
    ]
    assert "POINT_BLANK" not in set(res.issues["code"])
    card = [["岗位廉政风险防控承诺书"], ["序号", "风险点", "风险等级", "防控措施"], [1, "违规审批", "高", "集体"], [],
            ["承诺人：XX县交通运输局运输管理所所长　闾丘霁"], ["办公电话：023-12345678"], ["以上承诺,请群众监督。"]]  # fmt: skip
    res = run(tmp_path / "pledge", {"S": card})
    assert res.posts[["unit", "department", "title", "person"]].values.tolist() == [
        ["XX县交通运输局", "运输管理所", "所长", "闾丘霁"]
    ]
    assert "ROW_UNPLACED" not in set(res.issues["code"])
    assert dept_in_title("XX县纪念馆宣传教育科岗位廉政风险防控表") == "宣传教育科"


def test_name_and_post_headings_typed_the_wrong_way_round(tmp_path):
    # (213: '姓名 | 岗位' over posts, then names)
    rows = [["XX县文化馆岗位廉政风险防控一览表"], ["序号", "部门", "姓名", "岗位", "风险点", "风险等级", "防控措施"],
            [1, "馆领导", "馆长", "欧阳青禾", "违规采购", "高", "集体"], [2, "办公室", "会计", "王芳", "虚列支出", "中", "复核"],
            [3, "展览部", "主任", "李强", "指定布展商", "中", "比选"]]  # fmt: skip
    res = run(tmp_path / "swapped", {"S": rows})
    assert res.posts[["title", "person"]].values.tolist() == [
        ["馆长", "欧阳青禾"],
        ["会计", "王芳"],
        ["主任", "李强"],
    ]
    assert "COLUMN_GUESSED" in set(res.issues["code"])


def test_what_batches_217_to_220_and_the_review_of_209_to_216_taught(tmp_path):
    def posts(name, rows, what=("unit", "department", "title", "person"), merges=None):
        got = run(tmp_path / name, {"S": rows}, merges).posts
        return got[list(what)].values.tolist()

    # (217) a post held by two, both named in its brackets: a form each
    rows = [["XX县社保中心岗位廉政风险点一览表"], ["序号", "科室", "岗位（人员）", "风险点", "风险等级", "防控措施"],
            [1, "征缴科", "稽核员（司马青禾、王芳）", "少核缴费基数", "高", "复核"], [2, "征缴科", "科长（李强）", "违规减免", "中", "集体"]]  # fmt: skip
    assert posts("two", rows, ("title", "person")) == [
        ["稽核员", "司马青禾"],
        ["稽核员", "王芳"],
        ["科长", "李强"],
    ]
    # (217) an office of a 人民政府 in the title is a body, no 科室 of it
    assert dept_in_title("XX县人民政府教育督导室岗位廉政风险防控清单") == ""
    # (218) the holder's panel right of the card's table, a column between
    card = [["XX县消防救援大队岗位廉政风险防控卡"], ["序号", "风险点", "风险等级", "防控措施", "", "持卡人信息", ""],
            [1, "违规验收", "高", "集体", "", "姓名", "欧阳青禾"], [2, "收受宴请", "中", "公开", "", "所在中队", "二中队"],
            [3, "虚报经费", "中", "复核", "", "职务", "副中队长"]]  # fmt: skip
    res = run(tmp_path / "panel", {"S": card})
    assert res.posts[["department", "title", "person"]].values.tolist() == [
        ["二中队", "副中队长", "欧阳青禾"]
    ]
    assert len(res.risks) == 3
    # (review) stacked cards each opened by its pairs straight under the last card's rows
    head = ["序号", "风险点", "风险等级", "防控措施"]
    rows = [["岗位廉政风险防控卡"], ["姓名", "王强", "岗位", "主任"], head, [1, "违规审批", "高", "集体"],
            ["姓名", "李芳", "岗位", "会计"], [], head, [1, "虚列支出", "高", "复核"]]  # fmt: skip
    got = run(tmp_path / "cards", {"S": rows}).risks
    assert got[["person", "risk_point"]].values.tolist() == [
        ["王强", "违规审批"],
        ["李芳", "虚列支出"],
    ]
    # (review) a duty starting 增加 and ending 意见 with its point filled is a row
    rows = [["XX县规划局岗位廉政风险点一览表"], ["工作环节", "岗位", "风险点", "风险等级", "防控措施"],
            ["规划公示", "科员", "公示走过场", "中", "公开"], ["增加公众参与意见", "科员", "选择性采纳意见", "高", "记录"]]  # fmt: skip
    assert len(run(tmp_path / "duty", {"S": rows}).risks) == 2
    # (review) a lone note in the measures column under a list is no measure
    rows = [["XX县财政局岗位廉政风险点一览表"], ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "办公室", "主任", "王强", "公车私用", "高", "1.严格审批"], ["", "", "", "", "", "", "此表一式两份"]]  # fmt: skip
    assert run(tmp_path / "note", {"S": rows}).risks["measures"].tolist() == ["1.严格审批"]


def test_what_the_review_of_batches_213_to_220_found(tmp_path):
    def posts(name, rows, what=("unit", "department", "title", "person"), merges=None):
        got = run(tmp_path / name, {"S": rows}, merges).posts
        return got[list(what)].values.tolist()

    title = ["XX县自然资源局岗位廉政风险点一览表"]
    head = ["序号", "科室", "岗位", "风险点", "风险类型", "风险等级", "防控措施"]
    # a note of two words in a post's brackets names no holders
    rows = [
        title,
        head,
        [1, "综治办", "网格员（东区、西区）", "信息采集不实", "岗位职责", "中", "核实"],
    ]
    assert posts("note", rows)[0][3] == ""
    # a 镇's 党政办公室 stays its 科室
    assert dept_in_title("XX镇人民政府党政办公室岗位廉政风险点一览表") == "党政办公室"
    # '单位：城乡规划科' among a card's fields is a 科室, the title keeps the unit
    card = [["XX县自然资源局岗位廉政风险防控卡"], ["姓名：张建国", "", "单位：城乡规划科", "", "职务：科长"],
            ["序号", "风险点", "风险等级", "防控措施"], [1, "违规审批", "高", "集体"]]  # fmt: skip
    assert posts("keshi", card)[0][0] == "XX县自然资源局"
    # a filing block right of a list is no holder's panel
    rows = [["XX县财政局岗位廉政风险点一览表"], ["序号", "科室", "岗位", "风险点", "风险等级", "防控措施", "", "填报信息", ""],
            [1, "国库科", "科长", "违规拨付", "高", "集体", "", "填报科室", "办公室"],
            [2, "国库科", "科员", "虚列", "中", "复核", "", "责任人", "王强"],
            [3, "预算科", "会计", "挪用", "高", "对账", "", "联系电话", "13800000000"]]  # fmt: skip
    assert {p[3] for p in posts("block", rows)} == {""}
    # measures continued as ② …, or a sentence going on past a comma
    rows = [title, head, [1, "规划科", "科长", "审批把关不严", "岗位职责", "高", "①集体研究；"],
            ["", "", "", "", "", "", "②结果公示。"], [2, "规划科", "科员", "泄露信息", "岗位职责", "中", "严格保密，"],
            ["", "", "", "", "", "", "定期检查。"]]  # fmt: skip
    got = run(tmp_path / "items", {"S": rows})
    assert got.risks["measures"].tolist() == ["①集体研究；\n②结果公示。", "严格保密，\n定期检查。"]
    # a note under a sign-off in column A is no row; a review box with its opinions is none
    rows = [title, head, [1, "规划科", "科长", "审批把关不严", "岗位职责", "高", "集体"],
            ["单位负责人（签字）：", "", "", "填表人：张三", "", "", "2024年4月"], [], ["注："],
            ["1.", "", "", "本表由各科室填写后报办公室汇总", "", "", "一式两份"],
            ["所在派驻纪检组审核意见", "", "", "该岗位风险点识别全面", "", "", "建议细化措施"]]  # fmt: skip
    assert len(run(tmp_path / "notes", {"S": rows}).risks) == 1
    # one clerk keying a unit's export in names no holder
    rows = [title, ["序号", "科室", "岗位", "风险点", "风险等级", "防控措施", "录入人"],
            [1, "规划科", "科长", "违规审批", "高", "集体", "张晓燕"], [2, "规划科", "科员", "泄露", "中", "保密", "张晓燕"],
            [3, "办公室", "司机", "公车私用", "中", "登记", "张晓燕"]]  # fmt: skip
    assert {p[3] for p in posts("clerk", rows)} == {""}


def test_what_the_last_review_found(tmp_path):
    # three cards each closed by its holder's pairs under its rows: each its own holder
    def pairs(n, d, p):
        return ["姓名", n, "科室", d, "岗位", p]

    head = ["岗位职责", "风险点", "风险等级", "防控措施"]

    def rows_of(k):
        return [
            ["负责公文收发", f"泄露信息{k}", "Ⅲ级", "严格保密"],
            ["负责档案", f"违规借阅{k}", "Ⅱ级", "登记"],
        ]

    rows = [["XX县测试局岗位廉政风险防控表"], head, *rows_of(1), pairs("张伟", "办公室", "科员"), [], head, *rows_of(2),
            pairs("李娜", "财务科", "会计"), [], head, *rows_of(3), pairs("王强", "审批科", "科长")]  # fmt: skip
    got = run(tmp_path / "three", {"S": rows}).risks
    assert got["person"].tolist() == ["张伟", "张伟", "李娜", "李娜", "王强", "王强"]
    # cards opened by their pairs, the first five rows over its header
    rows = [["岗位廉政风险防控登记表"], pairs("张伟", "办公室", "科员"), ["填表日期：2023年5月"], [], ["说明：按实际填写"], [],
            head, *rows_of(1), pairs("李娜", "财务科", "会计"), [], head, *rows_of(2)]  # fmt: skip
    got = run(tmp_path / "opened", {"S": rows}).risks
    assert got["person"].tolist() == ["张伟", "张伟", "李娜", "李娜"]
    # a 单位 cell naming a street office, a town's 卫生院 among the fields is the unit
    card = [
        ["岗位廉政风险防控表"],
        ["姓名：张伟", "单位：XX街道办事处", "职务：科员"],
        head,
        *rows_of(1),
    ]
    assert run(tmp_path / "street", {"S": card}).posts["unit"].tolist() == ["XX街道办事处"]
    # a county government's 督查室, 财务室: its 科室 (short office words), not a body
    assert dept_in_title("XX区人民政府督查室岗位廉政风险防控表") == "督查室"
    assert unit_in_title("XX区人民政府教育督导室岗位廉政风险防控表") == "XX区人民政府教育督导室"


def test_a_compound_surname_run_onto_a_post():
    # (224: '…保护站站长赫连望川岗位廉政风险防控卡': 站长 and 赫连望川, not 站长赫 and 连望川)
    from xlproc.identity import post_and_holder_in_title

    got = post_and_holder_in_title("XX县自然保护区管理局大坪保护站站长欧阳青禾岗位廉政风险防控卡")
    assert got == ("大坪保护站", "站长", "欧阳青禾")
    got = post_and_holder_in_title("XX县自然资源局规划股股长司马晓川岗位廉政风险防控卡")
    assert got == ("规划股", "股长", "司马晓川")


def test_one_heading_merged_over_the_identity_columns_it_names(tmp_path):
    # (221: '岗位及人员' merged over the post's column and an unheaded one of names)
    rows = [["XX县档案馆岗位廉政风险防控清单"],
            ["序号", "科室", "岗位和责任人", "", "风险点", "风险等级", "防控措施"],
            [1, "保管科", "科长", "屈晓峰", "违规查阅档案", "高", "借阅登记"],
            [2, "保管科", "档案员", "柯雨萌", "档案丢失", "中", "双人管理"],
            [3, "办公室", "出纳", "温子墨", "挪用公款", "高", "定期对账"]]  # fmt: skip
    got = run(tmp_path / "two", {"S": rows}, {"S": ["C2:D2"]})
    assert sorted(zip(got.posts["department"], got.posts["title"], got.posts["person"], strict=True)) == [
        ("保管科", "档案员", "柯雨萌"), ("保管科", "科长", "屈晓峰"), ("办公室", "出纳", "温子墨")]  # fmt: skip
    assert "COLUMN_GUESSED" not in set(got.issues["code"])
    # three of them under one heading across three columns
    rows = [["XX县档案馆岗位廉政风险防控清单"],
            ["序号", "科室／岗位／姓名", "", "", "风险点", "风险等级", "防控措施"],
            [1, "保管科", "科长", "屈晓峰", "违规查阅档案", "高", "借阅登记"],
            [2, "办公室", "出纳", "温子墨", "挪用公款", "高", "定期对账"]]  # fmt: skip
    got = run(tmp_path / "three", {"S": rows}, {"S": ["B2:D2"]})
    assert sorted(zip(got.posts["department"], got.posts["title"], got.posts["person"], strict=True)) == [
        ("保管科", "科长", "屈晓峰"), ("办公室", "出纳", "温子墨")]  # fmt: skip
    # a heading of one role merged over two columns still joins them (防控措施 over two)
    rows = [["XX县档案馆岗位廉政风险防控清单"],
            ["序号", "岗位", "风险点", "风险等级", "防控措施", ""],
            [1, "科长", "违规查阅档案", "高", "借阅登记", "定期检查"]]  # fmt: skip
    got = run(tmp_path / "measures", {"S": rows}, {"S": ["E2:F2"]})
    assert got.risks["measures"].tolist() == ["借阅登记\n定期检查"]


def test_a_cards_title_names_its_post_as_written(tmp_path):
    # (222: '…人工影响天气办公室弹药库管理员岗位…' keeps 弹药库管理员; 224: '…大岩保护站副站长…'
    # gives the 科室 大岩保护站, not 副站)
    from xlproc.identity import dept_in_title, titled_post

    assert titled_post("XX县粮食局仓储保管员岗位廉政风险防控卡") == "仓储保管员"
    assert titled_post("XX县文化旅游局办公室票务管理员岗位廉政风险防控卡") == "票务管理员"
    assert titled_post("XX镇劳动保障所所长廉政风险防控卡") == "所长"
    assert dept_in_title("XX县林业局青杠坪林业站副站长岗位廉政风险防控卡") == "青杠坪林业站"
    assert dept_in_title("XX县交通运输局路政大队副队长岗位廉政风险防控卡") == "路政大队"
    # a card naming its post only in its title and its holder under the table
    rows = [["XX县文化旅游局办公室票务管理员岗位廉政风险防控卡"], ["序号", "风险点", "风险等级", "防控措施"],
            [1, "门票收入不入账", "高", "日结日清"], [2, "私售赠票", "中", "赠票登记"], [], ["持卡人：柯雨萌\u3000\u3000分管领导：雷明\u3000\u30002024年9月"]]  # fmt: skip
    got = run(tmp_path / "card", {"票务管理员": rows}).posts
    assert got[["department", "title", "person"]].values.tolist() == [
        ["办公室", "票务管理员", "柯雨萌"]
    ]


@pytest.mark.parametrize(
    "line", [["责任人：屈晓峰"], ["持卡人：", "屈晓峰"], ["持卡人签名：屈晓峰"]]
)
def test_a_holder_named_alone_under_a_card(tmp_path, line):
    # ('持卡人：柯雨萌' alone under a card was left unplaced; '持卡人： | 柯雨萌' became a point)
    rows = [["XX县粮食局仓储保管员岗位廉政风险防控卡"], ["序号", "风险点", "风险等级", "防控措施"],
            [1, "出入库数量不实", "高", "双人过磅"], [2, "私自处置陈粮", "中", "集体研究"], [], line]  # fmt: skip
    got = run(tmp_path, {"S": rows})
    assert got.posts[["title", "person"]].values.tolist() == [["仓储保管员", "屈晓峰"]]
    assert got.risks["risk_point"].tolist() == ["出入库数量不实", "私自处置陈粮"]
    assert set(got.issues["code"]) == {"TABLE_NO_TYPE"}


@pytest.mark.parametrize(
    ("head", "rows", "merges"),
    [
        (["序号", "科室", "岗位", "风险点", "廉洁自律风险", "履职尽责风险", "风险等级", "防控措施"],
         [[1, "办公室", "主任", "公车私用", "√", "", "高", "登记"], [2, "财务科", "会计", "挪用资金", "", "√", "中", "对账"]],
         None),
        (["序号", "科室", "岗位", "廉洁自律风险点", "风险类型", "风险等级", "防控措施"],
         [[1, "办公室", "主任", "公车私用", "廉洁自律", "高", "登记"], [2, "财务科", "会计", "挪用资金", "履职尽责", "中", "对账"]],
         None),
        (["序号", "科室", "岗位", "风险内容", "", "风险等级", "防控措施"],
         [["", "", "", "廉洁自律风险", "履职尽责风险", "", ""], [1, "办公室", "主任", "公车私用", "", "高", "登记"],
          [2, "财务科", "会计", "", "挪用资金", "中", "对账"]],
         ["D2:E2"]),
    ],
)  # fmt: skip
def test_a_units_own_type_words_in_the_headings(tmp_path, head, rows, merges):
    # a unit's own [risk_types] named in the headings (marks under them, a point's heading,
    # a column per type): its points keep their types, no heading taken for the risk text
    cfg_path = tmp_path / "xlproc.toml"
    cfg_path.write_text(
        '[risk_types]\n"廉洁自律风险" = ["廉洁自律"]\n"履职尽责风险" = ["履职尽责"]\n',
        encoding="utf-8",
    )
    inbox = tmp_path / "inbox"
    write_workbook(
        inbox / "t.xlsx",
        {"S": [["XX县测试局岗位廉政风险防控一览表"], head, *rows]},
        {"S": merges or []},
    )
    config = load_config(cfg_path)
    res = assemble((read_file(f, rel, config) for f, rel in discover([inbox])), config, [inbox])
    got = res.risks[["risk_point", "risk_type", "risk_level"]].values.tolist()
    assert got == [["公车私用", "廉洁自律风险", "Ⅰ级"], ["挪用资金", "履职尽责风险", "Ⅱ级"]]
    assert res.issues.empty


def test_a_post_of_one_word_and_a_courts_own_bureau():
    # (225: a tab '大队长' gave the 科室 '大队' and the post '长'; 'XX县人民法院执行局…' kept the
    # 执行局 in the unit's name)
    from xlproc.identity import dept_in_title, split_dept_title, unit_in_title

    assert split_dept_title("大队长") == ("", "大队长")
    assert split_dept_title("副大队长") == ("", "副大队长")
    assert split_dept_title("交警大队副大队长") == ("交警大队", "副大队长")
    assert split_dept_title("消防站站长") == ("消防站", "站长")
    title = "XX县人民检察院案件管理局廉政风险点排查表"
    assert (unit_in_title(title), dept_in_title(title)) == ("XX县人民检察院", "案件管理局")
    title = "XX县人民法院执行局岗位廉政风险防控一览表"
    assert (unit_in_title(title), dept_in_title(title)) == ("XX县人民法院", "执行局")


def test_columns_under_one_heading_each_a_forms_own(tmp_path):
    # (225, 228: 廉政风险点 over 所长 | 法制员 | …, each post's points in its column, '/' none;
    # 227: 各单位责任人 over 公司本部 | 资产运营公司 | …, the row's holder in each part)
    rows = [["XX县水务局河道管理站廉政风险防控表"],
            ["序号", "工作环节", "风险点", "", "", "风险等级", "防控措施"],
            ["", "", "站长", "技术员⏎屈晓峰".replace("⏎", "\n"), "巡查员", "", ""],
            [1, "采砂许可", "违规审批采砂许可", "现场勘验不实", "/", "高", "集体研究"],
            [2, "河道巡查", "/", "/", "发现违法采砂不报告", "中", "巡查记录上传"]]  # fmt: skip
    got = run(tmp_path / "posts", {"S": rows}, {"S": ["C2:E2", "A2:A3", "B2:B3", "F2:F3", "G2:G3"]})
    assert sorted(zip(got.risks["title"], got.risks["person"], got.risks["risk_point"], got.risks["risk_level"],
                      strict=True)) == [("巡查员", "", "发现违法采砂不报告", "Ⅱ级"), ("技术员", "屈晓峰", "现场勘验不实", "Ⅰ级"),
                                        ("站长", "", "违规审批采砂许可", "Ⅰ级")]  # fmt: skip
    assert "/" not in set(got.risks["risk_point"])
    rows = [["XX县城投集团共性廉政风险防控表"],
            ["序号", "风险点", "风险等级", "防控措施", "责任人", "", ""],
            ["", "", "", "", "集团本部", "建设公司", "物业公司"],
            [1, "工程发包规避招标", "高", "依法招标", "总经理　贺兰思远", "经理　柯雨萌", "/"],
            [2, "物业费收支不入账", "中", "收支两条线", "/", "/", "经理　温子墨"]]  # fmt: skip
    got = run(tmp_path / "parts", {"S": rows}, {"S": ["E2:G2", "A2:A3", "B2:B3", "C2:C3", "D2:D3"]})
    assert sorted(zip(got.posts["department"], got.posts["title"], got.posts["person"], got.posts["n_risks"],
                      strict=True)) == [("建设公司", "经理", "柯雨萌", 1), ("物业公司", "经理", "温子墨", 1),
                                        ("集团本部", "总经理", "贺兰思远", 1)]  # fmt: skip
    assert set(got.issues["code"]) == {"TABLE_NO_TYPE"}


def test_our_own_form_whatever_its_points_say(tmp_path):
    # (found by the round trip: a leader's only points, under 三重一大, each '0', read as a table of
    # counts and the form lost)
    from xlproc.fill import Entry, fill_workbook
    from xlproc.roster import Person
    from xlproc.templates import build_outbox

    people = [Person("测试局", "领导班子", "人员0", "科员", "leader", "", 2)]
    major = [
        {
            "duty": "0",
            "risk_point": "0",
            "risk_type": "岗位职责",
            "risk_level": "Ⅰ级",
            "measures": "0",
        }
    ]
    for src in build_outbox(people, tmp_path / "out"):
        fill_workbook(
            src, tmp_path / "inbox" / src.name, {"人员0": Entry(rows=[], major_rows=major * 2)}
        )
    got = collect_inbox([tmp_path / "inbox"], jobs=1)
    assert got.posts[["person", "n_risks"]].values.tolist() == [["人员0", 2]]


def test_a_scale_the_cards_use_whole_only_together(tmp_path):
    # (228: each card of a file used two of 较高/一般/较低; together all three: the scale holds)
    def card(name, rows):
        return [["XX社区岗位廉政风险防控卡"], ["持卡人", name, "职务", "网格员"], ["序号", "风险点", "风险等级", "防控措施"],
                *[[i, p, lv, "公开"] for i, (p, lv) in enumerate(rows, 1)]]  # fmt: skip

    sheets = {"甲": card("屈晓峰", [("截留补贴", "较大"), ("泄露信息", "一般")]),
              "乙": card("柯雨萌", [("优亲厚友", "较小"), ("吃拿卡要", "一般")])}  # fmt: skip
    got = run(tmp_path / "both", sheets)
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级", "Ⅲ级", "Ⅱ级"]
    # two words in all are no scale: the word list reads them (较大 Ⅱ级, 一般 Ⅲ级)
    sheets = {"甲": card("屈晓峰", [("截留补贴", "较大"), ("泄露信息", "一般")]),
              "乙": card("柯雨萌", [("优亲厚友", "一般")])}  # fmt: skip
    got = run(tmp_path / "two", sheets)
    assert got.risks["risk_level"].tolist() == ["Ⅱ级", "Ⅲ级", "Ⅲ级"]


def test_a_chart_of_posts_across_with_points_in_bands_by_level(tmp_path):
    # (226: a 公示栏 typed in: posts across, '高风险 | …' bands of points down, no 风险点 heading)
    rows = [["XX县文化馆岗位廉政风险公示牌"],
            ["岗位", "馆长", "会计", "培训部主任"],
            ["责任人", "屈晓峰", "柯雨萌", "温子墨"],
            ["一级风险", "展览项目不经集体研究", "虚列支出", ""],
            ["", "", "白条入账", "培训费不入账"],
            ["二级风险", "公车私用", "", "学员名额优亲厚友"],
            ["三级风险", "", "票据保管不善", ""],
            ["防控措施", "集体研究", "双人复核", "收费公示"],
            ["", "", "XX县文化馆"]]  # fmt: skip
    got = run(tmp_path, {"S": rows}, {"S": ["A4:A5"]})
    assert sorted(zip(got.risks["title"], got.risks["person"], got.risks["risk_point"], got.risks["risk_level"],
                      strict=True)) == [
        ("会计", "柯雨萌", "白条入账", "Ⅰ级"), ("会计", "柯雨萌", "票据保管不善", "Ⅲ级"), ("会计", "柯雨萌", "虚列支出", "Ⅰ级"),
        ("培训部主任", "温子墨", "培训费不入账", "Ⅰ级"), ("培训部主任", "温子墨", "学员名额优亲厚友", "Ⅱ级"),
        ("馆长", "屈晓峰", "公车私用", "Ⅱ级"), ("馆长", "屈晓峰", "展览项目不经集体研究", "Ⅰ级")]  # fmt: skip
    assert set(got.risks["measures"]) == {"集体研究", "双人复核", "收费公示"}
    assert "ROW_UNPLACED" not in set(got.issues["code"])


def test_the_head_of_a_part_named_with_it():
    # (225, unscored: '执行局局长' of the court's 执行局 is the head of a part; a 法警 is staff)
    from xlproc.identity import tier_of_post

    assert tier_of_post("反贪局局长", "反贪局") == "middle"
    assert tier_of_post("执行局副局长", "执行局") == "middle"
    assert tier_of_post("局长", "领导班子") == "leader"
    assert tier_of_post("副局长", "") == "leader"
    assert tier_of_post("法警", "司法警察大队") == "general"


def test_each_posts_level_of_the_rows_in_its_column(tmp_path):
    # (231, 232: 各岗位风险等级 over 部长⏎寇鸣川 | …, each post's level of the row under it, '/' none;
    # Tibetan names, and a rare surname under the post's line break)
    rows = [["XX县图书馆廉政风险点岗位分布表"],
            ["序号", "风险点", "风险等级（分岗位评定）", "", "", "防控措施"],
            ["", "", "馆长\n格桑曲珍", "采编员\n稽晚舟", "会计\n屈晓峰", ""],
            [1, "图书采购指定书商", "高", "中", "/", "公开招标"],
            [2, "报销虚列费用", "中", "/", "高", "双人审核"]]  # fmt: skip
    merges = {"S": ["C2:E2", "A2:A3", "B2:B3", "F2:F3"]}
    got = run(tmp_path, {"S": rows}, merges)
    assert sorted(zip(got.risks["title"], got.risks["person"], got.risks["risk_point"], got.risks["risk_level"],
                      strict=True)) == [
        ("会计", "屈晓峰", "报销虚列费用", "Ⅰ级"), ("采编员", "稽晚舟", "图书采购指定书商", "Ⅱ级"),
        ("馆长", "格桑曲珍", "图书采购指定书商", "Ⅰ级"), ("馆长", "格桑曲珍", "报销虚列费用", "Ⅱ级")]  # fmt: skip
    assert not {"LEVEL_UNKNOWN", "LEVEL_BLANK"} & set(got.issues["code"])
    assert (
        looks_like_name("尼玛次仁") and looks_like_name("扎西顿珠") and not looks_like_name("扎西")
    )


def test_what_the_thirtieth_review_found(tmp_path):
    from xlproc.identity import split_dept_title, titled_post

    h = ["XX县审计局岗位廉政风险点一览表"]
    # a pair heading merged over two columns for width, the right one empty: one column, as before
    rows = [h, ["序号", "岗位及人员", None, "风险点", "风险等级", "防控措施"], [1, "股长屈晓峰", None, "审计走过场", "高", "复核"],
            [2, "科员柯雨萌", None, "泄露审计信息", "中", "保密"]]  # fmt: skip
    got = run(tmp_path / "width", {"S": rows}, {"S": ["B2:C2"]})
    assert sorted(zip(got.posts["title"], got.posts["person"], strict=True)) == sorted(
        [("股长", "屈晓峰"), ("科员", "柯雨萌")]
    )
    # its data cells merged across too: the left part's cells
    rows = [h, ["序号", "科室", "姓名及职务", None, "风险点", "风险等级", "防控措施"],
            [1, "经责股", "屈晓峰（股长）", None, "审计走过场", "高", "复核"], [2, "办公室", "柯雨萌", None, "泄露审计信息", "中", "保密"]]  # fmt: skip
    got = run(tmp_path / "across", {"S": rows}, {"S": ["C2:D2", "C3:D3", "C4:D4"]})
    assert sorted(zip(got.posts["title"], got.posts["person"], strict=True)) == sorted(
        [("", "柯雨萌"), ("股长", "屈晓峰")]
    )
    # a title's split leaving a fragment of the 科室 keeps the post word alone
    assert titled_post("XX县人民医院门诊部挂号员岗位廉政风险防控卡") == "挂号员"
    assert split_dept_title("审计股长") == ("审计股", "股长")
    assert split_dept_title("城管执法大队长") == ("城管执法大队", "大队长")
    # points merged across the posts of a band go to each; a stamp and a date under the bands are none
    chart = [["XX县文化馆岗位廉政风险公示牌"], ["岗位", "馆长", "会计"], ["姓名", "屈晓峰", "柯雨萌"],
             ["高风险", "违规收受礼品礼金", None], ["低风险", "展览走过场", "票据保管不善"], [None, "XX县文化馆", None],
             [None, "2025年4月", None]]  # fmt: skip
    got = run(tmp_path / "chart", {"S": chart}, {"S": ["B4:C4"]})
    assert sorted(zip(got.risks["title"], got.risks["risk_point"], strict=True)) == sorted([
        ("会计", "票据保管不善"), ("会计", "违规收受礼品礼金"), ("馆长", "展览走过场"), ("馆长", "违规收受礼品礼金")])  # fmt: skip
    # points and levels each split by the same posts: each post's point at its own level
    rows = [h, ["序号", "廉政风险点", None, "风险等级", None, "防控措施"], [None, "股长", "审计员", "股长", "审计员", None],
            [1, "审计定性不准", "取证不全", "高", "中", "复核"]]  # fmt: skip
    got = run(tmp_path / "paired", {"S": rows}, {"S": ["B2:C2", "D2:E2", "A2:A3", "F2:F3"]})
    assert sorted(zip(got.risks["title"], got.risks["risk_point"], got.risks["risk_level"], strict=True)) == sorted([
        ("审计员", "取证不全", "Ⅱ级"), ("股长", "审计定性不准", "Ⅰ级")])  # fmt: skip

    # stacked cards, each with its holder's line under it
    def card(post):
        return [[f"XX县审计局经责股{post}岗位廉政风险防控卡"], ["岗位", post, "所在科室", "经责股"],
                ["序号", "风险点", "风险等级", "防控措施"], [1, f"{post}审计走过场", "高", "复核"]]  # fmt: skip

    rows = card("股长") + [["持卡人：", "屈晓峰"], []] + card("审计员") + [["持卡人：柯雨萌"]]
    got = run(tmp_path / "cards", {"S": rows})
    assert sorted(zip(got.posts["title"], got.posts["person"], strict=True)) == sorted(
        [("审计员", "柯雨萌"), ("股长", "屈晓峰")]
    )


def test_levels_marked_before_the_points_by_a_note(tmp_path):
    # (230: '★干预…' and a note '风险点前标“★”的为一级风险点,标“☆”的为二级……,未标注的为三级')
    rows = [["XX县市场监督管理局岗位廉政风险点清单"], ["序号", "科室", "岗位", "风险点", "风险类型", "防控措施"],
            [1, "稽查股", "股长", "▲案件查处中降格处理", "岗位职责", "集体审理"],
            [2, "稽查股", "科员", "△现场检查走过场", "制度机制", "双人检查"],
            [3, "办公室", "出纳", "票据保管不善", "制度机制", "专人保管"],
            ["说明：风险点前带“▲”者为高风险，带“△”者为中风险，没有标记的为低风险。"]]  # fmt: skip
    got = run(tmp_path / "marked", {"S": rows})
    assert got.risks[["risk_point", "risk_level"]].values.tolist() == [
        ["案件查处中降格处理", "Ⅰ级"], ["现场检查走过场", "Ⅱ级"], ["票据保管不善", "Ⅲ级"]]  # fmt: skip
    assert sorted(set(got.issues["code"])) == ["LEVEL_MARKS"]
    # without the note the marks are the point's own text, and the levels blank
    got = run(tmp_path / "plain", {"S": rows[:-1]})
    assert got.risks["risk_point"].tolist()[0] == "▲案件查处中降格处理"
    assert "LEVEL_BLANK" in set(got.issues["code"])
    # the head of a 中心 itself, in the pairs above its self-check
    from xlproc.identity import split_dept_title

    assert split_dept_title("中心主任") == ("", "中心主任")
    assert split_dept_title("服务中心主任") == ("服务中心", "主任")


def test_what_the_thirty_first_review_found(tmp_path):
    from xlproc.identity import split_dept_title, tier_of_post, titled_post

    # a pair heading over post | holder, each merged down over the post's rows: still split
    rows = [["XX县自然资源局岗位廉政风险点登记表"], ["序号", "科室", "岗位及人员", None, "风险点", "风险等级", "防控措施"],
            [1, "局领导", "局长", "屈晓峰", "违规干预出让", "高", "集体决策"], [2, None, None, None, "违规干预审批", "中", "集体决策"],
            [3, "执法大队", "大队长", "柯雨萌", "以罚代刑", "高", "全程记录"], [4, None, None, None, "违规减免罚款", "中", "集体审议"]]  # fmt: skip
    merges = ["C2:D2", "B3:B4", "C3:C4", "D3:D4", "B5:B6", "C5:C6", "D5:D6"]
    got = run(tmp_path / "down", {"S": rows}, {"S": merges})
    assert sorted(set(zip(got.risks["title"], got.risks["person"], strict=True))) == [
        ("大队长", "柯雨萌"),
        ("局长", "屈晓峰"),
    ]
    # a band row left blank under its label holding a '/' or a point with a colon is the band's
    chart = [["XX县文化馆岗位廉政风险公示牌"], ["岗位", "馆长", "会计"], ["姓名", "屈晓峰", "柯雨萌"],
             ["高风险", "展览项目不经集体研究", "虚列支出"], [None, "工程建设：违规干预招标", "/"],
             ["中风险", "公车私用", "票据保管不善"], ["防控措施", "集体研究", "双人复核"]]  # fmt: skip
    got = run(tmp_path / "band", {"S": chart})
    assert len(got.risks) == 5 and set(got.risks["measures"]) == {"集体研究", "双人复核"}
    # posts named in the title, of two characters or after a 科室
    assert titled_post("XX县文化馆馆员岗位廉政风险防控卡") == "馆员"
    assert titled_post("XX县财政局办公室库管员岗位廉政风险防控卡") == "库管员"
    assert split_dept_title("财务副股长") == ("财务股", "副股长")
    assert split_dept_title("城建副科长") == ("城建科", "副科长")
    # a 镇's 人大主席 sits on its leadership, whatever his 科室 column says
    assert tier_of_post("人大主席", "人大") == "leader"
    # stars of a run before the points; '高发' and '中央' define no level
    rows = [["XX县统计局岗位廉政风险点清单"], ["序号", "科室", "岗位", "风险点", "防控措施"],
            [1, "办公室", "主任", "★★★公务接待超标准", "公开"], [2, "办公室", "会计", "★★虚列支出", "复核"],
            [3, "综合股", "股长", "★数据把关不严", "审核"], ["注：风险点前标“★★★”为高风险，“★★”为中风险，“★”为低风险。"]]  # fmt: skip
    got = run(tmp_path / "stars", {"S": rows})
    assert got.risks[["risk_point", "risk_level"]].values.tolist() == [
        ["公务接待超标准", "Ⅰ级"], ["虚列支出", "Ⅱ级"], ["数据把关不严", "Ⅲ级"]]  # fmt: skip
    rows[-1] = ["注：标“★”的为高发风险点。"]
    got = run(tmp_path / "often", {"S": rows})
    assert "LEVEL_MARKS" not in set(got.issues["code"])

    # stacked cards, each holder's line above its own title
    def card(who, post):
        return [[f"持卡人：{who}"], [f"XX县审计局{post}岗位廉政风险防控卡"], ["所在科室", "办公室", "职务", post],
                ["序号", "风险点", "风险等级", "防控措施"], [1, f"{post}违规审批", "高", "复核"], []]  # fmt: skip

    rows = card("屈晓峰", "主任") + card("柯雨萌", "会计") + card("温子墨", "出纳")
    got = run(tmp_path / "above", {"S": rows})
    assert sorted(zip(got.posts["title"], got.posts["person"], strict=True)) == sorted(
        [("主任", "屈晓峰"), ("会计", "柯雨萌"), ("出纳", "温子墨")])  # fmt: skip
    # points split by 'post⏎holder', their levels by the post alone
    rows = [["XX县公安局城区派出所岗位廉政风险点表"], ["序号", "风险点", None, "风险等级", None, "防控措施"],
            [None, "所长\n屈晓峰", "法制员\n柯雨萌", "所长", "法制员", None],
            [1, "插手经济纠纷", "/", "高", "/", "集体研究"], [2, "违规审批户口", "调查取证不实", "中", "高", "留痕"]]  # fmt: skip
    got = run(tmp_path / "paired", {"S": rows}, {"S": ["B2:C2", "D2:E2", "A2:A3", "F2:F3"]})
    assert sorted(zip(got.risks["person"], got.risks["risk_point"], got.risks["risk_level"], strict=True)) == sorted(
        [("屈晓峰", "插手经济纠纷", "Ⅰ级"), ("屈晓峰", "违规审批户口", "Ⅱ级"), ("柯雨萌", "调查取证不实", "Ⅰ级")])  # fmt: skip


def test_labels_centred_in_their_blocks_between_blank_rows(tmp_path):
    # (236: 组室 | 岗位 | 姓名 written once, in the middle row of each block, no merge, a blank row
    # between blocks: the block's rows are that post's, those above the label too)
    head = ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"]
    rows = [["XX县档案馆岗位廉政风险防控一览表"], head,
            [1, "", "", "", "违规查阅档案", "高", "登记"], [2, "保管科", "科长", "屈晓峰", "档案丢失", "中", "双人"],
            [3, "", "", "", "私自复制", "低", "审批"], [],
            [4, "", "", "", "虚列支出", "高", "复核"], [5, "办公室", "会计", "柯雨萌", "白条入账", "中", "审核"], [],
            [6, "利用科", "利用员", "温子墨", "违规提供档案", "高", "审批"]]  # fmt: skip
    got = run(tmp_path / "centred", {"S": rows})
    assert got.risks["person"].tolist() == ["屈晓峰"] * 3 + ["柯雨萌"] * 2 + ["温子墨"]
    # each label on its block's first row (the usual way): the rows below it are its
    rows = [["XX县档案馆岗位廉政风险防控一览表"], head,
            [1, "保管科", "科长", "屈晓峰", "违规查阅档案", "高", "登记"], [2, "", "", "", "档案丢失", "中", "双人"], [],
            [3, "办公室", "会计", "柯雨萌", "虚列支出", "高", "复核"], [4, "", "", "", "白条入账", "中", "审核"]]  # fmt: skip
    got = run(tmp_path / "first", {"S": rows})
    assert got.risks["person"].tolist() == ["屈晓峰", "屈晓峰", "柯雨萌", "柯雨萌"]


def test_a_matrix_of_posts_by_risks_with_levels_in_its_cells(tmp_path):
    # (233: a row per post, the risk points as the sub-headings of one merged heading, in each
    # cell the level the point has for that post, '/' none; a 防控措施 row under it)
    rows = [["XX县水利局岗位廉政风险评估矩阵"],
            ["序号", "科室", "岗位", "姓名", "廉政风险点（逐岗评定等级）", None, None],
            [None, None, None, None, "工程招标中指定中标人", "河道采砂许可审查不严", "防汛物资采购虚报数量"],
            [1, "局领导", "局长", "屈晓峰", "高", "中", "/"],
            [2, "水政股", "股长", "柯雨萌", "/", "高", "/"],
            [3, "办公室", "会计", "温子墨", "/", "/", "中"],
            ["防控措施", None, None, None, "依法招标", "联合审查", "验收入库"]]  # fmt: skip
    merges = ["E2:G2", "A2:A3", "B2:B3", "C2:C3", "D2:D3"]
    got = run(tmp_path, {"S": rows}, {"S": merges})
    assert sorted(zip(got.risks["person"], got.risks["risk_point"], got.risks["risk_level"], got.risks["measures"],
                      strict=True)) == sorted([
        ("屈晓峰", "工程招标中指定中标人", "Ⅰ级", "依法招标"), ("屈晓峰", "河道采砂许可审查不严", "Ⅱ级", "联合审查"),
        ("柯雨萌", "河道采砂许可审查不严", "Ⅰ级", "联合审查"), ("温子墨", "防汛物资采购虚报数量", "Ⅱ级", "验收入库")])  # fmt: skip
    assert set(got.issues["code"]) == {"TABLE_NO_TYPE"}


def test_a_list_of_risks_by_power_code_and_a_sheet_of_who_holds_each(tmp_path):
    # (235: '职权编码 | … | 承办股室 | 承办岗位 | 责任人' on one sheet; the risks by code on another)
    powers = [["XX县住建局权力清单"], ["序号", "事项编码", "事项名称", "承办股室", "承办岗位", "责任人", "分管领导"],
              [1, "ZJ-XK-01", "建筑工程施工许可", "审批股", "股长", "屈晓峰", "温子墨"],
              [2, "ZJ-CF-02", "违法建设处罚", "执法大队", "队员", "柯雨萌", "温子墨"]]  # fmt: skip
    risks = [["XX县住建局权力运行廉政风险防控表"], ["序号", "事项编码", "运行环节", "风险点", "风险等级", "防控措施"],
             [1, "ZJ-XK-01", "受理", "违规受理材料不全的申请", "中", "一次性告知"],
             [2, "", "审查", "降低审查标准", "高", "两级审查"],
             [3, "ZJ-CF-02", "处罚", "选择性执法", "高", "集体审议"]]  # fmt: skip
    got = run(tmp_path, {"权力清单": powers, "风险表": risks}, {"风险表": ["B3:B4"]})
    assert sorted(zip(got.posts["department"], got.posts["title"], got.posts["person"], got.posts["n_risks"],
                      strict=True)) == sorted([("审批股", "股长", "屈晓峰", 2), ("执法大队", "队员", "柯雨萌", 1)])  # fmt: skip


def test_one_list_wrapped_into_blocks_side_by_side(tmp_path):
    # (237, 239: a long list printed in two halves side by side under the same header; the right
    # half's first rows, naming no post, go on with the left half's last post)
    head = ["序号", "岗位", "姓名", "风险点", "风险等级"]
    rows = [["XX县实验小学岗位廉政风险排查表"], head + [""] + head,
            [1, "校长", "屈晓峰", "基建工程不经集体研究", "高", "", 4, None, None, "食堂采购虚报数量", "中"],
            [2, "总务主任", "柯雨萌", "校服征订收受回扣", "高", "", 5, "教务主任", "温子墨", "评优评先优亲厚友", "中"],
            [3, None, None, "资产处置不公开", "中", "", 6, None, None, "考试成绩违规改动", "低"]]  # fmt: skip
    got = run(tmp_path, {"S": rows}, {"S": ["B4:B5", "C4:C5"]})
    assert sorted(zip(got.risks["person"], got.risks["risk_point"], strict=True)) == sorted([
        ("屈晓峰", "基建工程不经集体研究"), ("柯雨萌", "校服征订收受回扣"), ("柯雨萌", "资产处置不公开"),
        ("柯雨萌", "食堂采购虚报数量"), ("温子墨", "评优评先优亲厚友"), ("温子墨", "考试成绩违规改动")])  # fmt: skip
    assert set(got.posts["unit"]) == {"XX县实验小学"}


def test_what_the_thirty_second_review_found(tmp_path):
    from xlproc.identity import titled_post

    # a sheet counting the points by type is no matrix of points
    counts = [["XX县测试局风险点统计表"], ["序号", "股室", "岗位", "姓名", "风险点个数", None, None, "合计"],
              [None, None, None, None, "思想道德风险", "岗位职责风险", "制度机制风险", None],
              [1, "局领导", "局长", "屈晓峰", 1, 2, 1, 4], [2, "办公室", "主任", "柯雨萌", 1, 1, None, 2]]  # fmt: skip
    got = run(
        tmp_path / "counts",
        {"S": counts},
        {"S": ["E2:G2", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "H2:H3"]},
    )
    assert got.risks.empty
    # two-character Tibetan names under a post's line break
    rows = [["XX县公安局派出所岗位廉政风险点表"], ["序号", "风险点", None, "风险等级", "防控措施"],
            [None, "所长\n扎西", "内勤\n拉姆", None, None], [1, "插手经济纠纷", "户籍资料泄露", "高", "留痕"]]  # fmt: skip
    got = run(tmp_path / "names", {"S": rows}, {"S": ["B2:C2", "A2:A3", "D2:D3", "E2:E3"]})
    assert sorted(zip(got.risks["title"], got.risks["person"], strict=True)) == sorted(
        [("所长", "扎西"), ("内勤", "拉姆")]
    )
    # a directory merged down over a post's powers, its direct holder, a code two posts hold; a row
    # of two codes; a row of no code that is no step of the one above
    powers = [["XX县测试局职权目录"], ["序号", "职权编码", "职权名称", "承办股室", "承办岗位", "主要责任人", "直接责任人"],
              [1, "CS-XK-01", "许可甲", "审批股", "科员", "屈晓峰", "柯雨萌"], [2, "CS-XK-02", "许可乙", None, None, None, None],
              [3, "CS-CF-03", "处罚甲", "执法队", "队员", "温子墨", "温子墨"], [4, "CS-CF-03", "处罚甲", "法制股", "法制员", "邬若水", "邬若水"]]  # fmt: skip
    risks = [["XX县测试局职权运行廉政风险防控表"], ["序号", "职权编码", "职权名称", "风险点", "风险等级", "防控措施"],
             [1, "CS-XK-01", "许可甲", "违规受理", "中", "告知"], [2, "CS-XK-02", "许可乙", "降低标准", "高", "复核"],
             [3, "CS-CF-03", "处罚甲", "选择性执法", "高", "集体审议"], [4, "CS-XK-01、CS-XK-02", "许可甲乙", "泄露申请人信息", "中", "保密"]]  # fmt: skip
    got = run(
        tmp_path / "codes",
        {"目录": powers, "风险": risks},
        {"目录": ["D3:D4", "E3:E4", "F3:F4", "G3:G4"]},
    )
    assert sorted(zip(got.risks["person"], got.risks["risk_point"], strict=True)) == sorted([
        ("柯雨萌", "违规受理"), ("柯雨萌", "降低标准"), ("温子墨", "选择性执法"), ("邬若水", "选择性执法"),
        ("柯雨萌", "泄露申请人信息")])  # fmt: skip
    # marks defined with a space or a bracket after the level word
    rows = [["XX县测试局岗位廉政风险点清单"], ["序号", "科室", "岗位", "风险点", "防控措施"],
            [1, "财务股", "会计", "★资金拨付不审核", "复核"], [2, "财务股", "出纳", "▲凭证保管不善", "专柜"],
            [3, "办公室", "主任", "接待超标", "公开"], ["注：★为一级 ▲为二级 未标注的为三级"]]  # fmt: skip
    got = run(tmp_path / "marks", {"S": rows})
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级", "Ⅲ级"]
    # a sign-off line under a chart's last band is no point
    chart = [["XX县文化馆岗位廉政风险公示牌"], ["岗位", "馆长", "会计"], ["姓名", "屈晓峰", "柯雨萌"],
             ["高风险", "展览项目不经集体研究", "虚列支出"], ["中风险", "公车私用", "票据保管不善"],
             [None, "审核人：温子墨", "审批人：邬若水"]]  # fmt: skip
    assert len(run(tmp_path / "signed", {"S": chart}).risks) == 4
    # a unit-wide title names no one post
    assert titled_post("XX县审计局全员岗位廉政风险排查表") == ""
    # a stray blank row inside one holder's rows moves none of them to the next
    head = ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"]
    rows = [["XX县测试局岗位廉政风险防控一览表"], head, [1, "办公室", "主任", "屈晓峰", "接待超标", "高", "公开"],
            [2, "", "", "", "公车私用", "中", "登记"], [], [3, "", "", "", "虚报会议费", "中", "审核"],
            [4, "财务股", "会计", "柯雨萌", "虚列支出", "高", "复核"], [5, "", "", "", "白条入账", "中", "审核"]]  # fmt: skip
    got = run(tmp_path / "stray", {"S": rows})
    assert got.risks["person"].tolist() == ["屈晓峰"] * 3 + ["柯雨萌"] * 2


def test_levels_shown_only_by_the_cells_colour(tmp_path):
    # (240: no level column; '注：…以底色标示：红色为高风险，黄色为中风险，蓝色为低风险' and each point's
    # cell filled so)
    import xlsxwriter

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    wb = xlsxwriter.Workbook(str(inbox / "t.xlsx"))
    ws = wb.add_worksheet("S")
    fills = {
        c: wb.add_format({"bg_color": c, "pattern": 1}) for c in ("#C00000", "#FFFF00", "#0070C0")
    }
    ws.write_row(0, 0, ["XX县测试局岗位廉政风险点一览表"])
    ws.write_row(1, 0, ["序号", "科室", "岗位", "姓名", "廉政风险点", "防控措施"])
    for r, (post, name, point, colour) in enumerate(
        [("股长", "屈晓峰", "违规审批", "#C00000"), ("科员", "柯雨萌", "泄露信息", "#FFFF00"),
         ("会计", "温子墨", "票据保管不善", "#0070C0")], 2):  # fmt: skip
        ws.write_row(r, 0, [r - 1, "审批股", post, name])
        ws.write_string(r, 4, point, fills[colour])
        ws.write_string(r, 5, "复核")
    ws.write_string(5, 0, "注：风险点按等级以底色标示：红色为高风险，黄色为中风险，蓝色为低风险。")
    wb.close()
    config = load_config()
    got = assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级", "Ⅲ级"]
    assert set(got.issues["code"]) == {"LEVEL_COLOURS", "TABLE_NO_TYPE"}


def test_the_post_a_row_names_picks_its_holders_column(tmp_path):
    # (238: '科主任 | 护士长' name columns and '责任岗位' saying which answers for each row)
    rows = [["XX县公安局派出所廉政风险防控一览表"],
            ["序号", "派出所", "所长", "教导员", "风险点", "风险等级", "防控措施", "责任岗位"],
            [1, "城关派出所", "屈晓峰", "柯雨萌", "插手经济纠纷", "高", "集体研究", "所长"],
            [2, None, None, None, "民警管理不严", "中", "谈心谈话", "教导员"],
            [3, None, None, None, "收受礼品", "中", "廉洁提醒", "所长、教导员"],
            [4, "河西派出所", "温子墨", "/", "违规审批户口", "高", "复核", "所长"]]  # fmt: skip
    merges = ["B3:B5", "C3:C5", "D3:D5"]
    got = run(tmp_path, {"S": rows}, {"S": merges})
    assert sorted(zip(got.risks["title"], got.risks["person"], got.risks["risk_point"], strict=True)) == sorted([
        ("所长", "屈晓峰", "插手经济纠纷"), ("教导员", "柯雨萌", "民警管理不严"), ("所长", "屈晓峰", "收受礼品"),
        ("教导员", "柯雨萌", "收受礼品"), ("所长", "温子墨", "违规审批户口")])  # fmt: skip


def test_what_the_thirty_third_review_found(tmp_path):
    from xlproc.fills import colour_levels, colour_name

    # a matrix's short sub-headings, and ones naming 审核 or 年度, are still its points
    rows = [["XX县水利局岗位廉政风险评估矩阵"], ["序号", "科室", "岗位", "姓名", "廉政风险点（逐岗评定等级）", None, None],
            [None] * 4 + ["指定中标人", "采砂许可审核把关不严", "年度考核评定不公"],
            [1, "局领导", "局长", "屈晓峰", "高", "中", "/"], [2, "水政股", "股长", "柯雨萌", "/", "高", "/"],
            [3, "办公室", "会计", "温子墨", "/", "/", "中"]]  # fmt: skip
    got = run(
        tmp_path / "matrix", {"S": rows}, {"S": ["E2:G2", "A2:A3", "B2:B3", "C2:C3", "D2:D3"]}
    )
    assert len(got.risks) == 4
    # a band's unlabelled row holding a point that ends in 审批 is the band's
    chart = [["XX县文化馆岗位廉政风险公示牌"], ["岗位", "馆长", "会计"], ["姓名", "屈晓峰", "柯雨萌"],
             ["高风险", "展览项目不经集体研究", "虚列支出"], ["中风险", "文件泄密", "票据保管不善"], [None, "越权审批", "账目不清"]]  # fmt: skip
    assert len(run(tmp_path / "band", {"S": chart}).risks) == 6
    # a power's name merged down over its steps (the code written once, not merged)
    powers = [["XX县住建局权力清单"], ["序号", "事项编码", "事项名称", "承办股室", "承办岗位", "责任人"],
              [1, "ZJ-XK-01", "施工许可", "审批股", "股长", "屈晓峰"], [2, "ZJ-CF-02", "违建处罚", "执法大队", "队员", "柯雨萌"]]  # fmt: skip
    risks = [["XX县住建局职权运行风险表"], ["序号", "事项名称", "事项编码", "运行环节", "风险点", "风险等级", "防控措施"],
             [1, "施工许可", "ZJ-XK-01", "受理", "违规受理", "中", "告知"], [2, None, None, "审查", "降低标准", "高", "复核"],
             [3, "违建处罚", "ZJ-CF-02", "立案", "选择性执法", "高", "审议"]]  # fmt: skip
    got = run(tmp_path / "codes", {"目录": powers, "风险": risks}, {"风险": ["B3:B4"]})
    assert got.risks["person"].tolist() == ["屈晓峰", "屈晓峰", "柯雨萌"]
    # Excel's 橙色 (FFC000) is orange; a font's colours, changed rows shaded and posts' grades are no levels
    assert colour_name("FFFFC000") == "橙" and colour_name("FFFFFF00") == "黄"
    assert (
        colour_levels(
            "注：1.风险点以字体颜色标示等级：红色为高风险，蓝色为低风险。2.黄色底色为新增的风险点。",
            load_config().level,
        )
        == {}
    )
    assert (
        colour_levels(
            "注：岗位风险等级以底色标示：红色为高风险岗位，黄色为中风险岗位。", load_config().level
        )
        == {}
    )
    # centred labels whose first post has one row
    head = ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"]
    rows = [["XX县测试局岗位廉政风险防控一览表"], head, [1, "局领导", "局长", "屈晓峰", "重大事项", "高", "集体"], [],
            [2, None, None, None, "资金拨付", "高", "复核"], [3, "财务股", "会计", "柯雨萌", "虚列支出", "高", "审核"],
            [4, None, None, None, "白条入账", "中", "审核"], [], [5, None, None, None, "违规审批", "高", "审查"],
            [6, "审批股", "股长", "温子墨", "降低标准", "中", "复核"]]  # fmt: skip
    got = run(tmp_path / "centred", {"S": rows})
    assert got.risks["person"].tolist() == [
        "屈晓峰",
        "柯雨萌",
        "柯雨萌",
        "柯雨萌",
        "温子墨",
        "温子墨",
    ]
    # two villages' tables side by side under the same header, each titled: apart
    head = ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"]
    rows = [["XX镇红星村岗位廉政风险点"] + [None] * 6 + ["XX镇光明村岗位廉政风险点"], head + [None] + head,
            [1, "主任", "屈晓峰", "低保评议不公", "高", "公示", None, 1, "/", "/", "村务公开不及时", "中", "公开"],
            [2, "会计", "柯雨萌", "挪用资金", "高", "对账", None, 2, "文书", "温子墨", "档案丢失", "低", "登记"]]  # fmt: skip
    got = run(tmp_path / "villages", {"S": rows}, {"S": ["A1:F1", "H1:M1"]})
    assert set(got.risks.loc[got.risks["risk_point"] == "村务公开不及时", "person"]) == {""}
    # a column counting the points ('风险点数量 | 3（2高1中）') is no risk column
    rows = [["XX县司法局廉政风险点情况表"], ["序号", "权力事项", "风险点数量", "表现形式", "风险等级", "防控措施"],
            [1, "法律援助审批", "2（1高1中）", "受理申请不及时", "高", "限时办结"],
            [2, None, None, "违规指派律师", "中", "随机指派"]]  # fmt: skip
    got = run(tmp_path / "count", {"S": rows}, {"S": ["B3:B4", "C3:C4"]})
    assert got.risks["risk_point"].tolist() == ["受理申请不及时", "违规指派律师"]


def test_levels_and_holders_given_by_the_rows_numbers(tmp_path):
    # (243: '注：…第1、2、4项为高风险，第3项为中风险，其余为低风险'; 242: '责任分工：第1—2项　村党支部书记
    # 汝峪樵；第3项　村文书　楚蒹白' under a village's list that names no post)
    rows = [["XX县文化馆岗位廉政风险防控一览表"], ["序号", "科室", "岗位", "姓名", "风险点", "防控措施"],
            [1, "馆办", "馆长", "屈晓峰", "展览不经集体研究", "集体研究"], [2, None, None, None, "公车私用", "登记"],
            [3, "财务室", "会计", "柯雨萌", "虚列支出", "复核"], [4, None, None, None, "白条入账", "审核"],
            [5, "培训部", "主任", "温子墨", "培训费不入账", "公示"],
            ["注：以上风险点等级经馆务会评定：第1、2、4项为高风险，第3项为中风险，其余为低风险。"]]  # fmt: skip
    got = run(
        tmp_path / "levels",
        {"S": rows},
        {"S": ["B3:B4", "C3:C4", "D3:D4", "B5:B6", "C5:C6", "D5:D6"]},
    )
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅰ级", "Ⅱ级", "Ⅰ级", "Ⅲ级"]
    assert "LEVEL_BY_NUMBER" in set(got.issues["code"]) and "LEVEL_BLANK" not in set(
        got.issues["code"]
    )
    rows = [["XX乡红旗村小微权力廉政风险防控清单"], ["序号", "权力事项", "廉政风险点", "风险等级", "防控措施", "指导单位"],
            [1, "发展党员", "优亲厚友发展党员", "高", "公示", "乡党建办"], [2, "误工补贴", "虚报误工天数", "低", "公示", None],
            [3, "档案管理", "档案丢失", "低", "登记", "乡档案室"],
            ["责任分工：第1—2项　村党支部书记　汝峪樵；第3项　村文书　楚蒹白。"]]  # fmt: skip
    got = run(tmp_path / "holders", {"S": rows})
    assert sorted(zip(got.posts["department"], got.posts["title"], got.posts["person"], got.posts["n_risks"],
                      strict=True)) == sorted([("", "村党支部书记", "汝峪樵", 2), ("", "村文书", "楚蒹白", 1)])  # fmt: skip


def test_levels_given_by_the_rows_xuhao_in_a_note(tmp_path):
    # (634: '序号1—3、7、10为一级风险点，序号4、5、8、11为二级风险点，其余为三级风险点' — the rows by
    # 序号 and ranges with '—', as '第…项' is read; here a 医保局's list, other ranges)
    rows = [["XX县医疗保障局岗位廉政风险点一览表"], ["序号", "股室", "岗位", "姓名", "风险点", "防控措施"],
            [1, "基金股", "股长", "覃沅澧", "违规拨付医保基金", "三级审核"], [2, None, None, None, "协议管理徇私", "集体研究"],
            [3, "稽核股", "科员", "韦翊岚", "稽核走过场", "双人稽核"], [4, None, None, None, "泄露举报人信息", "保密"],
            [5, "办公室", "主任", "覃澍棠", "公务接待超标准", "清单审核"],
            ["注：序号2—3为一级风险点，序号1、5为二级风险点，其余为三级风险点。"]]  # fmt: skip
    got = run(tmp_path, {"S": rows}, {"S": ["B3:B4", "C3:C4", "D3:D4", "B5:B6", "C5:C6", "D5:D6"]})
    assert got.risks["risk_level"].tolist() == ["Ⅱ级", "Ⅰ级", "Ⅰ级", "Ⅲ级", "Ⅱ级"]
    assert "LEVEL_BY_NUMBER" in set(got.issues["code"])
    assert "LEVEL_BLANK" not in set(got.issues["code"])


def test_rows_struck_through_under_a_note_saying_so(tmp_path):
    # (244: last year's list edited in place, the deleted points struck through, a note saying so)
    import xlsxwriter

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    wb = xlsxwriter.Workbook(str(inbox / "t.xlsx"))
    ws = wb.add_worksheet("S")
    struck = wb.add_format({"font_strikeout": True})
    ws.write_row(0, 0, ["XX县城投公司岗位廉政风险点动态调整表"])
    ws.write_row(1, 0, ["序号", "部门", "岗位", "姓名", "风险点", "风险等级", "防控措施"])
    ws.write_row(2, 0, [1, "工程部", "部长", "屈晓峰", "工程变更签证不实", "高", "集体审核"])
    ws.write_row(3, 0, [2, "工程部", "部长", "屈晓峰"])
    ws.write_string(3, 4, "隐蔽工程验收走过场", struck)
    ws.write_row(3, 5, ["中", "旁站监理"], struck)
    ws.write_row(4, 0, [3, "财务部", "出纳", "柯雨萌", "现金不及时入账", "中", "日清月结"])
    ws.write_string(5, 0, "注：加删除线的为本次删除的风险点，其余为本年度仍有效的风险点。")
    wb.close()
    config = load_config()
    got = assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])
    assert got.risks["risk_point"].tolist() == ["工程变更签证不实", "现金不及时入账"]
    assert ("ROW_STRUCK", "E4") in issues(got)


def test_what_the_thirty_fourth_review_found(tmp_path):
    from xlproc.fills import colour_levels, colour_name, nearest, struck_means_deleted

    level = load_config().level
    # colour notes said other ways: 用颜色标识, numbered items, 岗位风险点, 动态调整后
    for note in ("注：风险等级用颜色标识：红色为高风险，黄色为中风险，绿色为低风险。",
                 "注：风险点底色表示风险等级：1.红色为高风险；2.黄色为中风险；3.绿色为低风险。",
                 "注：岗位风险点等级以底色区分，红色为高风险，黄色为中风险，绿色为低风险。",
                 "注：本年度动态调整后的风险点，按风险等级以不同底色标示：红色为高风险，黄色为中风险，绿色为低风险。"):  # fmt: skip
        assert colour_levels(note, level) == {"红": "Ⅰ级", "黄": "Ⅱ级", "绿": "Ⅲ级"}, note
    # a pale or golden yellow under a note naming 红/黄/绿 is its 黄
    assert nearest(colour_name("FFFFD966"), {"红", "黄", "绿"}) == "黄"
    # a strikethrough meaning dealt with, or words edited, deletes no point
    assert not struck_means_deleted(
        "注：加删除线的风险点表示已整改到位，不再列为重点风险点，仍纳入日常防控。"
    )
    assert not struck_means_deleted("删除线为删除的文字，红色字体为新增的文字")
    # sign-offs without a colon under a chart's last band are no points
    chart = [["XX县文化馆岗位廉政风险公示牌"], ["岗位", "馆长", "会计"], ["姓名", "屈晓峰", "柯雨萌"],
             ["高风险", "展览项目不经集体研究", "虚列支出"], ["中风险", "文件泄密", "票据保管不善"], [None, "审核人 温子墨", "馆长审定"]]  # fmt: skip
    assert len(run(tmp_path / "signed", {"S": chart}).risks) == 4

    # stacked cards each with its own note of levels by number
    def card(name, note):
        return [["科室", "待遇股", "岗位", "股长", "姓名", name], ["序号", "风险点", "防控措施"],
                [1, f"{name}截留补贴", "公示"], [2, f"{name}泄露信息", "保密"], [note], []]  # fmt: skip

    rows = (
        [["XX县社保局岗位廉政风险防控卡"]]
        + card("屈晓峰", "注：第1项为高风险，其余为低风险。")
        + card("柯雨萌", "注：第2项为高风险，其余为中风险。")
    )
    got = run(tmp_path / "cards", {"S": rows})
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅲ级", "Ⅱ级", "Ⅰ级"]
    # numbers begun again per 科室: no level by number
    head = ["序号", "科室", "岗位", "姓名", "风险点", "防控措施"]
    rows = [["XX县审计局岗位廉政风险点一览表"], head, [1, "办公室", "主任", "屈晓峰", "公车私用", "登记"],
            [1, "财务室", "会计", "柯雨萌", "白条入账", "审核"], [2, "财务室", "会计", "柯雨萌", "虚列支出", "审核"],
            ["注：第1项为高风险，其余为低风险。"]]  # fmt: skip
    assert set(run(tmp_path / "again", {"S": rows}).risks["risk_level"]) == {""}
    # a line of who watches the items names no holders
    rows = [["XX村小微权力清单"], ["序号", "权力事项", "廉政风险点", "风险等级", "防控措施"],
            [1, "低保评议", "优亲厚友", "高", "公示"], [2, "工程项目", "指定施工方", "高", "比选"],
            ["监督责任：第1—2项　村务监督委员会主任　伏澜岑。"]]  # fmt: skip
    assert set(run(tmp_path / "watch", {"S": rows}).risks["person"]) == {""}
    # a list wrapped into a right block captioned 续表 goes on
    h = ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"]
    rows = [["XX县水利局岗位廉政风险点一览表"] + [None] * 6 + ["（续表）"], h + [None] + h,
            [1, "局长", "屈晓峰", "干预招标", "高", "集体", None, 3, None, None, "工程款拨付不及时", "中", "台账"],
            [2, "工程股长", "柯雨萌", "验收走过场", "高", "联审", None, 4, "办公室主任", "温子墨", "公车私用", "中", "登记"]]  # fmt: skip
    got = run(tmp_path / "cont", {"S": rows}, {"S": ["A1:F1"]})
    assert got.risks.loc[got.risks["risk_point"] == "工程款拨付不及时", "person"].tolist() == [
        "柯雨萌"
    ]
    # a post grade over its raters is no matrix of points
    rows = [["XX县审计局岗位风险等级评定表"], ["序号", "科室", "岗位", "姓名", "廉政风险点等级", None, None],
            [None] * 4 + ["股室初评", "分管领导复核", "领导小组确定"], [1, "局领导", "局长", "屈晓峰", "高", "高", "高"],
            [2, "办公室", "主任", "柯雨萌", "中", "中", "中"]]  # fmt: skip
    got = run(
        tmp_path / "raters", {"S": rows}, {"S": ["E2:G2", "A2:A3", "B2:B3", "C2:C3", "D2:D3"]}
    )
    assert got.risks.empty
    # a 科室 column headed 指导科室 beside posts and holders is theirs
    rows = [["XX县教育局岗位廉政风险点一览表"], ["序号", "指导科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "基础教育股", "股长", "屈晓峰", "招生违规", "高", "公开"]]  # fmt: skip
    assert run(tmp_path / "guide", {"S": rows}).posts["department"].tolist() == ["基础教育股"]
    # (while the villages a 代理 office serves are none of its 科室)
    assert (
        heading_role("代理村社区").role == "other" and heading_role("指导科室").role == "department"
    )


def test_a_checklist_answered_row_by_row(tmp_path):
    # (246, 247: a common list handed down, each row answered '是/否' or '涉及/不涉及' in a column
    # asking whether it applies: the rows answered no are no points)
    rows = [["XX县实验中学岗位廉政风险自查表"], ["姓名", "屈晓峰", "岗位", "总务主任"],
            ["序号", "风险点", "风险等级", "防控措施", "本岗位是否涉及"],
            [1, "食堂采购收受回扣", "高", "集中采购", "是"], [2, "校服征订指定厂家", "高", "家长委员会选定", "否"],
            [3, "资产处置不公开", "中", "集体研究", "是"], [4, "工程验收走过场", "中", "联合验收", "否"]]  # fmt: skip
    got = run(tmp_path / "applies", {"S": rows})
    assert got.risks["risk_point"].tolist() == ["食堂采购收受回扣", "资产处置不公开"]
    assert got.posts[["title", "person"]].values.tolist() == [["总务主任", "屈晓峰"]]
    # a self-check's '是否存在' asks whether the problem was found: its rows stay points
    rows[2][4] = "是否存在"
    assert len(run(tmp_path / "found", {"S": rows}).risks) == 4


def test_last_years_table_under_this_years_on_one_sheet(tmp_path):
    # (248: '一、2024年度…' then '二、2023年度…落实情况' on one sheet: last year's list, reviewed)
    head = ["序号", "科室", "岗位", "姓名", "风险点", "风险类别", "风险等级", "防控措施"]
    rows = [["XX县水务公司岗位廉洁风险点一览表"], ["一、2025年度岗位廉洁风险点"], head,
            [1, "工程部", "部长", "屈晓峰", "工程变更签证不实", "岗位职责", "高", "三方签字"],
            [2, "财务部", "出纳", "柯雨萌", "网银U盾一人保管", "制度机制", "高", "分人保管"], [],
            ["二、2024年度岗位廉洁风险点落实情况"],
            ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施", "落实情况"],
            [1, "工程部", "部长", "屈晓峰", "进度款超付", "中", "按审定量支付", "已落实，已销号"]]  # fmt: skip
    got = run(tmp_path, {"S": rows})
    assert got.risks["risk_point"].tolist() == ["工程变更签证不实", "网银U盾一人保管"]
    assert "TABLE_SET_ASIDE" in set(got.issues["code"])


def test_what_the_thirty_fifth_review_found(tmp_path):
    from xlproc.fills import struck_means_deleted

    # a column asking its own question ('是否涉及“三重一大”事项') filters no rows
    rows = [["XX县财政局岗位廉政风险点排查表"], ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "是否涉及“三重一大”事项", "防控措施"],
            [1, "预算股", "股长", "屈晓峰", "预算分配不公", "高", "是", "集体研究"],
            [2, "预算股", "股长", "屈晓峰", "泄露预算信息", "中", "否", "保密教育"]]  # fmt: skip
    assert len(run(tmp_path / "topic", {"S": rows}).risks) == 2
    # a band's points naming 领导, 举报 or 签字 are points
    chart = [["XX县文化馆岗位廉政风险公示牌"], ["岗位", "馆长", "会计"], ["姓名", "屈晓峰", "柯雨萌"],
             ["高风险", "展览项目不经集体研究", "虚列支出"], [None, "领导干部插手工程项目", "未经签字审批擅自转办"],
             ["中风险", "泄露举报人信息", "票据保管不善"]]  # fmt: skip
    assert len(run(tmp_path / "band", {"S": chart}).risks) == 6
    # strikethrough notes said other ways delete the struck points
    for note in (
        "注：文字加删除线的为本次删除的风险点。",
        "注：删除线表示该风险点已删除。",
        "注：划删除线的风险点本年度不再列入。",
    ):
        assert struck_means_deleted(note), note
    # a second table of this year's risks still watched, its caption naming last year, is read
    head = ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"]
    rows = [["一、2025年度新增岗位廉政风险点"], head, [1, "办公室", "主任", "屈晓峰", "公车私用", "中", "登记"], [],
            ["二、2024年度已排查风险点（继续防控）"], ["序号", "部门", "岗位", "责任人", "风险点", "风险等级", "防控措施", "完成时限"],
            [1, "财务室", "会计", "柯雨萌", "虚列支出", "高", "审核", "长期"]]  # fmt: skip
    assert len(run(tmp_path / "still", {"S": rows}).risks) == 2

    # one note under stacked cards speaking for each
    def card(d, p, n):
        return [["科室", d, "岗位", p, "姓名", n], ["序号", "风险点", "防控措施"],
                [1, f"{n}截留补贴", "公示"], [2, f"{n}泄露信息", "保密"], []]  # fmt: skip

    rows = (
        [["XX县社保局岗位廉政风险防控卡"]]
        + card("待遇股", "股长", "屈晓峰")
        + card("基金股", "会计", "柯雨萌")
        + [["注：各岗位第1项为高风险，第2项为中风险。"]]
    )
    assert run(tmp_path / "each", {"S": rows}).risks["risk_level"].tolist() == [
        "Ⅰ级",
        "Ⅱ级",
        "Ⅰ级",
        "Ⅱ级",
    ]
    # a village's 责任领导 line names who answers for the items
    rows = [["XX村小微权力清单"], ["序号", "权力事项", "廉政风险点", "风险等级", "防控措施"],
            [1, "低保评议", "优亲厚友", "高", "公示"], [2, "印章管理", "违规用印", "中", "登记"],
            ["责任领导：第1项　村党支部书记　伏澜岑；第2项　村委会副主任　汝峪樵。"]]  # fmt: skip
    assert sorted(run(tmp_path / "lead", {"S": rows}).posts["person"]) == ["伏澜岑", "汝峪樵"]


def test_what_the_thirty_sixth_review_found(tmp_path):
    import xlsxwriter

    # a colour note beside the table
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    wb = xlsxwriter.Workbook(str(inbox / "t.xlsx"))
    ws = wb.add_worksheet("S")
    ws.write_row(0, 0, ["XX县测试局岗位廉政风险点一览表"])
    ws.write_row(1, 0, ["序号", "科室", "岗位", "姓名", "廉政风险点", "防控措施"])
    for r, (post, name, point, colour) in enumerate(
        [("股长", "屈晓峰", "违规审批", "#C00000"), ("科员", "柯雨萌", "泄露信息", "#FFFF00")], 2):  # fmt: skip
        ws.write_row(r, 0, [r - 1, "审批股", post, name])
        ws.write_string(r, 4, point, wb.add_format({"bg_color": colour, "pattern": 1}))
        ws.write_string(r, 5, "复核")
    ws.write_string(2, 7, "注：风险点底色红色为高风险，黄色为中风险，蓝色为低风险")
    wb.close()
    config = load_config()
    got = assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级"]
    # an answer column's heading with a hint in brackets, or another subject
    for label in ("本岗位是否涉及（是/否）", "该岗位是否涉及", "是否涉及本岗位"):
        rows = [["XX县实验中学岗位廉政风险自查表"], ["姓名", "屈晓峰", "岗位", "总务主任"],
                ["序号", "风险点", "风险等级", "防控措施", label],
                [1, "食堂采购收受回扣", "高", "集中采购", "是"], [2, "校服征订指定厂家", "高", "家长委员会选定", "否"]]  # fmt: skip
        assert len(run(tmp_path / label, {"S": rows}).risks) == 1, label
    # a band's point saying what was done without the unit's approval is a point
    chart = [["XX县文化馆岗位廉政风险公示牌"], ["岗位", "馆长", "会计"], ["姓名", "屈晓峰", "柯雨萌"],
             ["高风险", "展览项目不经集体研究", "虚列支出"], [None, "项目未经单位审批", "白条入账"],
             ["中风险", "文件泄密", "伪造负责人签字"]]  # fmt: skip
    assert len(run(tmp_path / "band", {"S": chart}).risks) == 6
    # the 镇's 包村领导 named by item number holds none of the village's items
    rows = [["XX村小微权力清单"], ["序号", "权力事项", "廉政风险点", "风险等级", "防控措施"],
            [1, "低保评议", "优亲厚友", "高", "公示"], [2, "印章管理", "违规用印", "中", "登记"],
            ["包村领导：第1—2项　副镇长　伏澜岑。"]]  # fmt: skip
    assert set(run(tmp_path / "overseer", {"S": rows}).risks["person"]) == {""}


def test_a_statistical_reports_column_codes_under_its_header(tmp_path):
    # (249: '甲 | 乙 | 丙 | 丁 | 1 | 2 | 3' under the header of a form laid out as a 统计报表)
    rows = [["XX县统计局岗位廉政风险点统计表"], ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            ["甲", "乙", "丙", "丁", 1, 2, 3], [1, "普查中心", "主任", "屈晓峰", "普查经费虚列", "高", "公示"]]  # fmt: skip
    got = run(tmp_path, {"S": rows})
    assert got.risks["risk_point"].tolist() == ["普查经费虚列"]
    assert "TYPE_UNKNOWN" not in set(got.issues["code"])


def test_stage_columns_and_a_successor_in_the_remarks(tmp_path):
    # (251: 廉政风险点 over '受理环节 | 审核环节 | 办结环节', a point per stage's cell, '/' none;
    # 252: '备注 | …调离，该岗位由蒯昉湄接任' beside a 姓名 not retyped)
    rows = [["XX县不动产登记中心服务事项廉政风险排查表"],
            ["序号", "服务事项", "科室", "岗位", "姓名", "廉政风险点", None, None, "风险等级", "防控措施"],
            [None, None, None, None, None, "受理环节", "审核环节", "办结环节", None, None],
            [1, "抵押登记", "登记科", "登记员", "屈晓峰", "材料不全仍受理", "/", "违规加急办结", "高", "限时办结"]]  # fmt: skip
    merges = ["F2:H2", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "I2:I3", "J2:J3"]
    got = run(tmp_path / "stages", {"S": rows}, {"S": merges})
    assert got.risks["risk_point"].tolist() == ["材料不全仍受理", "违规加急办结"]
    rows = [["XX县国资公司岗位廉政风险点一览表"], ["序号", "部门", "岗位", "姓名", "风险点", "风险等级", "防控措施", "备注"],
            [1, "财务部", "出纳", "戚瑗澜", "公款私存", "高", "日清月结", "戚瑗澜已调离，该岗位由钭沅菁接任"],
            [2, "财务部", "会计", "温子墨", "虚列支出", "中", "复核", None]]  # fmt: skip
    got = run(tmp_path / "successor", {"S": rows})
    assert got.risks["person"].tolist() == ["钭沅菁", "温子墨"]


def test_a_title_printed_only_in_the_page_header(tmp_path):
    # (250: the sheet holds the table alone; '&C…乡财政所岗位廉政风险防控一览表' in its 页眉)
    rows = [["岗位", "岗位职责", "廉政风险点", "风险等级", "防控措施"],
            ["站长", "全面负责", "项目验收走过场", "高", "集体验收"],
            ["农技员", "技术推广", "虚报补贴面积", "中", "入户核实"]]  # fmt: skip
    header = '&L内部资料&C&"仿宋,加粗"&16XX县青峰镇农业综合服务站廉政风险点排查表&R第&P页'
    got = run(tmp_path / "header", {"S": rows}, headers={"S": header})
    assert set(got.posts["unit"]) == {"XX县青峰镇"}
    assert set(got.posts["department"]) == {"农业综合服务站"}
    # a title in the cells says more than the header; a header of page numbers says nothing
    titled = [["XX县青峰镇人民政府岗位廉政风险防控一览表"], *rows]
    got = run(tmp_path / "cells", {"S": titled}, headers={"S": header})
    assert set(got.posts["unit"]) == {"XX县青峰镇人民政府"}
    got = run(tmp_path / "pages", {"S": rows}, headers={"S": "&C第&P页，共&N页"})
    assert set(got.posts["department"]) == {""}
    # openpyxl writes the header its own way; the reader finds it there too
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "排查表"
    for row in rows:
        ws.append(row)
    ws.oddHeader.center.text = "XX县青峰镇文化站岗位廉政风险防控一览表"
    (tmp_path / "op" / "inbox").mkdir(parents=True)
    wb.save(tmp_path / "op" / "inbox" / "t.xlsx")
    config = load_config()
    res = assemble((read_file(p, r, config) for p, r in discover([tmp_path / "op" / "inbox"])),
                   config, [tmp_path / "op" / "inbox"])  # fmt: skip
    assert set(res.posts["department"]) == {"文化站"}


def test_a_body_named_for_what_it_is_entrusted_with(tmp_path):
    # (250: '…农村集体“三资”委托代理服务中心' is one body, not a 委 and '托代理服务中心')
    assert (
        dept_in_title("XX县青峰镇农村集体资金委托代理中心廉政风险点排查表")
        == "农村集体资金委托代理中心"
    )
    assert (
        dept_in_title("XX县青峰镇“三资”委派会计服务站岗位廉政风险一览表") == "“三资”委派会计服务站"
    )
    assert dept_in_title("XX县委统战部民族宗教科廉政风险点") == "民族宗教科"


def test_a_group_caption_worded_like_a_post_over_rows_with_posts(tmp_path):
    # (251: '二、综合受理窗口' over '首席代表 | …', '窗口工作人员 | …' rows: the group they work in)
    rows = [["XX市政务服务管理局岗位廉政风险排查表"], ["序号", "岗位", "责任人", "风险点", "风险等级", "防控措施"],
            ["一、办公室"], [1, "主任", "屈晓峰", "公车私用", "中", "派车登记"],
            ["二、不动产登记窗口"], [2, "窗口负责人", "柯雨萌", "插队办理", "高", "排队叫号"],
            [3, "受理员", "温子墨", "一次性告知不到位", "低", "告知单"],
            ["三、收费员"], [4, None, "钭沅菁", "收费不开票", "高", "票款分离"]]  # fmt: skip
    got = run(tmp_path, {"S": rows})
    by_person = dict(
        zip(
            got.posts["person"],
            zip(got.posts["department"], got.posts["title"], strict=True),
            strict=True,
        )
    )
    assert by_person["柯雨萌"] == ("不动产登记窗口", "窗口负责人")
    assert by_person["温子墨"] == ("不动产登记窗口", "受理员")
    # a caption naming the post over rows that name none stays their post
    assert by_person["钭沅菁"][1] == "收费员"
    assert set(got.posts["unit"]) == {"XX市政务服务管理局"}


def test_a_form_in_two_scripts_is_read_for_its_chinese(tmp_path):
    # (255, 256: 藏汉双语 headings, titles and names; here 蒙古文 and 维吾尔文, worded otherwise)
    rows = [["ᠠᠷᠪᠠᠨ ᠬᠣᠰᠢᠭᠤ"], ["XX旗林业和草原局岗位廉政风险防控一览表"],
            ["ᠳ᠋ᠤᠭᠠᠷ\n序号", "ᠬᠡᠰᠡᠭ\n科室", "ᠠᠵᠢᠯ\n岗位", "ᠨᠡᠷᠡ\n姓名", "ᠡᠷᠰᠳᠡᠯ\n风险点", "ᠵᠡᠷᠭᠡ\n等级", "ᠠᠷᠭ᠎ᠠ\n防控措施"],
            [1, "林政股", "股长", "巴特尔\nᠪᠠᠲᠦ", "违规审批采伐", "高", "集体研究"],
            [2, "林政股", "护林员", "乌云 ᠤᠶᠤᠨ", "巡护走过场", "低", "轨迹考核"],
            ["ᠬᠢᠨᠠᠬᠤ ᠤᠲᠠᠰᠤ 0477-1234567\n监督电话：0477-1234567"]]  # fmt: skip
    got = run(tmp_path / "mn", {"S": rows})
    assert got.risks["risk_point"].tolist() == ["违规审批采伐", "巡护走过场"]
    assert got.posts["person"].tolist() == ["巴特尔", "乌云"]
    assert issues(got, "warning") == []
    assert ("SHEET_TWO_SCRIPTS", "") in issues(got, "info")
    assert "蒙古文" in CATALOGUE["SHEET_TWO_SCRIPTS"][1].format(value="蒙古文")
    # a Uyghur heading row above the Chinese one is part of the header, no row of its own
    rows = [["XX县住房和城乡建设局廉政风险点排查表"],
            ["رەت نومۇرى", "ئورنى", "ئىسمى", "خەتەر نۇقتىسى", "دەرىجىسى", "تەدبىرلەر"],
            ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "质监员", "艾尔肯", "验收把关不严", "高", "双人验收"]]  # fmt: skip
    got = run(tmp_path / "ug", {"S": rows})
    assert got.risks["risk_point"].tolist() == ["验收把关不严"]
    assert issues(got, "warning") == []


def test_what_the_round_of_batches_253_to_256_found(tmp_path):
    # a post and its holder in brackets, of a surname common in the southwest ('代', '税', '旷')
    rows = [["XX县水务局岗位廉政风险一览表"], ["序号", "股室", "岗位（姓名）", "风险点", "风险等级", "防控措施"],
            [1, "局领导", "副局长（税小燕）", "项目验收走过场", "高", "集体验收"],
            [2, "水政股", "股长（旷文斌）", "执法不公", "中", "法制审核"]]  # fmt: skip
    got = run(tmp_path / "surname", {"S": rows})
    assert got.posts["person"].tolist() == ["税小燕", "旷文斌"]
    assert got.posts["title"].tolist() == ["副局长", "股长"]
    # who filled it in and when, merged across the sheet, names no 科室 of the rows; their
    # '科室-岗位' cells do, and a 单位 line's stamp and date are no part of the unit
    rows = [["XX县医疗保障事务中心廉政风险点排查表"],
            ["单位：XX县医疗保障事务中心（盖章）　　　　　　　　2024年5月"],
            ["填报日期：2024年5月　　　　　　　经办人：中心办公室"],
            ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "稽核科—科长", "屈晓峰", "稽核走过场", "高", "交叉稽核"],
            [2, "结算科—经办员", "柯雨萌", "违规结算", "中", "系统校验"],
            [3, "保健医", "温子墨", "违规开药", "低", "处方点评"]]  # fmt: skip
    got = run(tmp_path / "dated", {"S": rows}, {"S": ["A1:F1", "A2:F2", "A3:F3"]})
    assert got.posts["department"].tolist() == ["稽核科", "结算科", ""]
    assert got.posts["title"].tolist() == ["科长", "经办员", "保健医"]
    assert set(got.posts["unit"]) == {"XX县医疗保障事务中心"}
    assert got.posts["tier"].tolist() == ["中层岗位", "一般岗位", "一般岗位"]


def test_what_the_thirty_seventh_review_found(tmp_path):
    head = ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施", "备注"]
    # a stand-in named in a measure, a handover planned or for a time, changes no holder; a
    # remark names the successor however it words it, the last of two
    rows = [["XX县供水公司岗位廉政风险点一览表"], head,
            [1, "营业部", "收费员", "蔺书瑶", "收费不入账", "高", "休假时由訾文澜接替，票据交接", None],
            [2, "营业部", "抄表员", "屈晓峰", "估抄漏抄", "中", "轮岗抄表", "计划由柯雨萌接任"],
            [3, "营业部", "稽查员", "温子墨", "稽查走过场", "中", "交叉稽查", "病休期间由钭沅菁暂时接替"],
            [4, "工程部", "经理", "宓清扬", "工程量虚增", "高", "第三方审计", "宓清扬调任，由副经理郗晓桐接任"],
            [5, "工程部", "质检员", "郁南枝", "验收不严", "中", "联合验收", "郁南枝退休，逄立峰接任"],
            [6, "财务部", "出纳", "庹若溪", "坐支现金", "高", "日清月结", "2023年由冉屿白接任，2024年起由巫昀翀接任"]]  # fmt: skip
    got = run(tmp_path / "remarks", {"S": rows})
    assert got.risks["person"].tolist() == [
        "蔺书瑶",
        "屈晓峰",
        "温子墨",
        "郗晓桐",
        "逄立峰",
        "巫昀翀",
    ]
    # a remark merged over two posts' rows speaks for the post it names; a successor named on the
    # first of a post's rows, its name merged down, holds all of them
    rows = [["XX县粮食公司岗位廉政风险点一览表"], head,
            [1, "仓储部", "保管员", "蔺书瑶", "以次充好", "高", "出入库复核", "保管员蔺书瑶调离，保管员岗由钭沅菁接任"],
            [2, "仓储部", "检验员", "屈晓峰", "检验数据造假", "中", "留样复检", None],
            [3, "购销部", "经理", "温子墨", "低价销售", "高", "集体定价", "温子墨已调离，该岗位由郗晓桐接任"],
            [4, None, None, None, "收受回扣", "中", "廉洁承诺", None]]  # fmt: skip
    merges = ["H3:H4", "B5:B6", "C5:C6", "D5:D6"]
    got = run(tmp_path / "merged", {"S": rows}, {"S": merges})
    assert got.risks["person"].tolist() == ["钭沅菁", "屈晓峰", "郗晓桐", "郗晓桐"]
    # 风险表现 over stage columns beside a 风险点 column describes the point; a three-character
    # stage cell is a point; a report's codes ('栏次 | A | B | … | 1 | 2') are no row
    rows = [["XX县市场监管局风险排查表"],
            ["序号", "岗位", "姓名", "风险点", "风险表现", None, "风险等级", "防控措施"],
            [None, None, None, None, "受理阶段", "审查阶段", None, None],
            [1, "登记员", "屈晓峰", "违规登记", "材料不全仍予受理", "不核实住所即通过", "高", "双人审核"]]  # fmt: skip
    merges = ["E2:F2", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "G2:G3", "H2:H3"]
    got = run(tmp_path / "described", {"S": rows}, {"S": merges})
    assert got.risks["risk_point"].tolist() == ["违规登记"]
    assert got.risks["description"].tolist() == ["材料不全仍予受理\n不核实住所即通过"]
    rows = [["XX县交通局服务事项风险排查表"],
            ["序号", "岗位", "姓名", "廉政风险点", None, "风险等级", "防控措施"],
            [None, None, None, "办理阶段", "审批阶段", None, None],
            ["栏次", "A", "B", 1, 2, 3, 4],
            [1, "审批员", "柯雨萌", "乱收费", "超时限审批", "中", "限时办结"]]  # fmt: skip
    merges = ["D2:E2", "A2:A3", "B2:B3", "C2:C3", "F2:F3", "G2:G3"]
    got = run(tmp_path / "stages", {"S": rows}, {"S": merges})
    assert got.risks["risk_point"].tolist() == ["乱收费", "超时限审批"]
    # 风险点 over 对内 | 对外: a point on each side
    rows = [["XX县税务所岗位廉政风险点一览表"],
            ["序号", "岗位", "姓名", "风险点", None, "风险等级", "防控措施"],
            [None, None, None, "对内", "对外", None, None],
            [1, "征收员", "温子墨", "违规减免税款", "接受纳税人宴请", "高", "系统留痕"]]  # fmt: skip
    merges = ["D2:E2", "A2:A3", "B2:B3", "C2:C3", "F2:F3", "G2:G3"]
    got = run(tmp_path / "sides", {"S": rows}, {"S": merges})
    assert got.risks["risk_point"].tolist() == ["违规减免税款", "接受纳税人宴请"]
    assert set(got.risks["workflow"]) == {""}


def test_what_the_thirty_eighth_review_found(tmp_path):
    rows = [
        ["岗位", "风险点", "风险等级", "防控措施"],
        ["所长", "项目验收走过场", "高", "集体验收"],
    ]
    # a header in colour names the table; one naming the body that issued the form does not
    got = run(
        tmp_path / "colour",
        {"S": rows},
        headers={"S": "&C&K00B050XX县青峰镇林业站廉政风险点排查表"},
    )
    assert (got.posts["unit"].tolist(), got.posts["department"].tolist()) == (
        ["XX县青峰镇"],
        ["林业站"],
    )
    got = run(
        tmp_path / "issuer",
        {"S": rows},
        headers={"S": "&CXX县纪律检查委员会　XX县监察委员会　印制"},
    )
    assert got.posts["unit"].tolist() == [""]
    # who filled it in and when, as the title cell's second line, leaves the title a title
    titled = [
        ["XX县民政局社会救助股岗位廉政风险点排查表\n填报时间：2024年5月　　填报人：柯雨萌"],
        *rows,
    ]
    got = run(tmp_path / "titled", {"S": titled}, {"S": ["A1:D1"]})
    assert (got.posts["unit"].tolist(), got.posts["department"].tolist()) == (
        ["XX县民政局"],
        ["社会救助股"],
    )
    # a name written only in its own script beside Chinese cells is kept; a name's script in
    # brackets after the Chinese one goes, brackets and all
    rows2 = [["ᠠᠷᠪᠠᠨ"], ["XX旗农牧局岗位廉政风险点一览表"], ["岗位", "姓名", "风险点", "风险等级", "防控措施"],
             ["站长", "ᠪᠠᠲᠦ", "补贴发放不公", "高", "公示"], ["兽医", "乌云（ᠤᠶᠤᠨ）", "检疫收费不开票", "中", "票据管理"]]  # fmt: skip
    got = run(tmp_path / "scripts", {"S": rows2})
    assert got.posts["person"].tolist() == ["ᠪᠠᠲᠦ", "乌云"]
    # a caption naming one of the rows' posts is no group of them
    rows3 = [["XX县机关事务中心岗位廉政风险一览表"], ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
             ["一、司机"], [1, "车管员", "屈晓峰", "私派公车", "中", "派车单"], [2, "司机", "柯雨萌", "公车私用", "中", "定位监控"]]  # fmt: skip
    got = run(tmp_path / "caption", {"S": rows3})
    assert set(got.posts["department"]) == {""}
    # a year inside the unit's name is no date closing its line; a 代办点 in brackets is no holder
    rows4 = [["单位：XX县 2024年全国文明城市创建工作指挥部办公室"], ["岗位", "姓名", "风险点", "风险等级", "防控措施"],
             ["主任", "屈晓峰", "资金使用不规范", "高", "集体研究"], ["协管员（代办点）", None, "违规收费", "中", "公示"]]  # fmt: skip
    got = run(tmp_path / "unit", {"S": rows4})
    assert set(got.posts["unit"]) == {"XX县2024年全国文明城市创建工作指挥部办公室"}
    assert got.posts["person"].tolist() == ["屈晓峰", ""]


def test_what_the_round_of_batches_257_to_260_found(tmp_path):
    # a 公示 sheet naming no one, every point of it on the named sheets after it: read once
    head = ["序号", "部门", "岗位", "姓名", "风险点", "风险等级", "防控措施"]
    summary = [["XX县水务公司岗位廉政风险点公示表"], ["序号", "部门", "岗位", "风险点", "风险等级", "防控措施"],
               [1, "工程部", "经理", "工程量虚增", "高", "第三方审计"], [2, "财务部", "出纳", "坐支现金", "中", "日清月结"]]  # fmt: skip
    eng = [
        ["XX县水务公司工程部岗位廉政风险点一览表"],
        head,
        [1, "工程部", "经理", "屈晓峰", "工程量虚增", "高", "第三方审计"],
    ]
    fin = [
        ["XX县水务公司财务部岗位廉政风险点一览表"],
        head,
        [1, "财务部", "出纳", "柯雨萌", "坐支现金", "中", "日清月结"],
    ]
    got = run(tmp_path / "summary", {"公示": summary, "工程部": eng, "财务部": fin})
    assert got.risks["person"].tolist() == ["屈晓峰", "柯雨萌"]
    assert ("SHEET_SUMMARY", "") in issues(got, "info")
    # a sheet of its own points naming no one is no summary of the others
    own = [*summary[:3], [2, "财务部", "会计", "虚列支出", "中", "复核"]]
    assert len(run(tmp_path / "own", {"公示": own, "工程部": eng, "财务部": fin}).risks) == 4
    # a post column writing holders in brackets: a Yi name or a rare surname is a holder too
    rows = [["XX县民族中学岗位廉政风险一览表"], ["序号", "岗位（姓名）", "风险点", "风险等级", "防控措施"],
            [1, "副校长（屈晓峰）", "招生违规", "高", "公示"], [2, "校长（吉克阿呷）", "工程插手", "高", "集体决策"],
            [3, "出纳（穰雨桐）", "坐支现金", "中", "日清月结"], [4, "会计（兼）", "虚列支出", "中", "复核"]]  # fmt: skip
    got = run(tmp_path / "brackets", {"S": rows})
    assert got.risks["person"].tolist() == ["屈晓峰", "吉克阿呷", "穰雨桐", ""]
    # a phone line naming who answers it, and Excel's '列1 | 列2' over a table, are no rows
    rows = [["XX县文化馆岗位廉政风险防控卡"], ["列1", "列2", "列3"], ["风险点", "风险等级", "防控措施"],
            ["展览项目不经集体研究", "高", "集体研究"], ["举报电话：0834-1234567（县纪委监委派驻纪检监察组）"]]  # fmt: skip
    got = run(tmp_path / "lines", {"S": rows})
    assert issues(got, "warning") == [] and len(got.risks) == 1


def test_rows_hidden_as_closed_points(tmp_path):
    # (257: last year's list edited into this year's by hiding the closed points' rows)
    import xlsxwriter

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    wb = xlsxwriter.Workbook(str(inbox / "t.xlsx"))
    ws = wb.add_worksheet("一览表")
    rows = [["XX县统计局岗位廉政风险点一览表"], ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "局长", "屈晓峰", "统计数据造假", "高", "数据审核"], [2, "局长", "屈晓峰", "普查经费虚列", "中", "公示"],
            [3, "科员", "柯雨萌", "泄露调查对象信息", "低", "保密承诺"], [4, "会计", "温子墨", "虚列支出", "中", "复核"],
            ["注：本表在上年基础上调整，已整改销号的风险点所在行已隐藏。"]]  # fmt: skip
    for r, row in enumerate(rows):
        ws.write_row(r, 0, row)
    ws.set_row(3, None, None, {"hidden": True})
    ws.set_row(4, None, None, {"hidden": True})
    wb.close()
    config = load_config()
    got = assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])
    assert got.risks["risk_point"].tolist() == ["统计数据造假", "虚列支出"]
    assert sorted(got.posts["person"]) == ["屈晓峰", "温子墨"]
    assert [c for c, _cell in issues(got, "info")].count("ROW_HIDDEN") == 2
    # without such a note, a hidden row is read as any other
    ws_rows = rows[:-1]
    wb = xlsxwriter.Workbook(str(inbox / "t.xlsx"))
    ws = wb.add_worksheet("一览表")
    for r, row in enumerate(ws_rows):
        ws.write_row(r, 0, row)
    ws.set_row(3, None, None, {"hidden": True})
    wb.close()
    got = assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])
    assert len(got.risks) == 4


def test_what_the_round_of_batches_261_to_264_found(tmp_path):
    # stage headings each over a group of its own (风险点 | 风险等级 | 防控措施), '/' under one
    rows = [["XX镇民政办权力事项廉政风险防控表"],
            ["序号", "权力事项", "责任人", "受理阶段", None, None, "审批阶段", None, None],
            [None, None, None, "风险点", "风险等级", "防控措施", "风险点", "风险等级", "防控措施"],
            [1, "低保审核", "屈晓峰", "/", "/", "/", "优亲厚友", "高", "公示"],
            [2, "临时救助", "柯雨萌", "材料审核不严", "中", "双人审核", "/", "/", "/"]]  # fmt: skip
    merges = ["D2:F2", "G2:I2", "A2:A3", "B2:B3", "C2:C3"]
    got = run(tmp_path / "groups", {"S": rows}, {"S": merges})
    assert got.risks["risk_point"].tolist() == ["优亲厚友", "材料审核不严"]
    assert got.risks["person"].tolist() == ["屈晓峰", "柯雨萌"]
    # a matrix of posts marked ★ (holds) and ☆ (helps): only ★ holds; a heading naming its 部 too
    rows = [["XX县城投公司廉洁风险责任矩阵"],
            ["序号", "风险点", "风险等级", "防控措施", "责任岗位（★牵头　☆协助）", None, None],
            [None, None, None, None, "总经理", "工程部部长", "财务部出纳"],
            [1, "工程款超付", "高", "监理确认", "☆", "★", "☆"], [2, "资金体外循环", "高", "对账", "★", None, "☆"]]  # fmt: skip
    merges = ["E2:G2", "A2:A3", "B2:B3", "C2:C3", "D2:D3"]
    got = run(tmp_path / "matrix", {"S": rows}, {"S": merges})
    assert sorted(zip(got.posts["department"], got.posts["title"], strict=True)) == [
        ("", "总经理"),
        ("工程部", "部长"),
    ]
    assert len(got.risks) == 2


def test_a_departed_holders_name_struck_through_in_his_cell(tmp_path):
    # (263: '~~鄢蘅笙~~⏎羿沄岐' under a note saying struck names left the post)
    import xlsxwriter

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    wb = xlsxwriter.Workbook(str(inbox / "t.xlsx"))
    ws = wb.add_worksheet("S")
    strike = wb.add_format({"font_strikeout": True})
    for r, row in enumerate(
        [
            ["XX县中医院岗位廉政风险排查表"],
            ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
        ]
    ):
        ws.write_row(r, 0, row)
    ws.write_row(2, 0, [1, "药剂科", "科长"])
    ws.write_rich_string(2, 3, strike, "屈晓峰", "　柯雨萌")
    ws.write_row(2, 4, ["药品采购收受回扣", "高", "集中采购"])
    ws.write_row(3, 0, [2, "财务科", "会计", "温子墨", "虚列支出", "中", "复核"])
    ws.write(4, 0, "注：人员变动的，原任人员姓名加删除线，现任人员写在其后。")
    wb.close()
    config = load_config()
    got = assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])
    assert got.risks["person"].tolist() == ["柯雨萌", "温子墨"]
    assert ("HOLDER_STRUCK", "D3") in issues(got, "info")


def test_a_post_card_held_by_the_people_of_a_small_table_above_it(tmp_path):
    # (261: '本岗位在岗人员' over '序号 | 姓名 | 人员类别 | 到岗时间' above the card's risk table)
    rows = [["XX县不动产登记中心岗位廉政风险防控卡"], ["岗位名称", "登记员", "所在科室", "登记科"],
            ["在岗人员名单"], ["编号", "姓名", "编制类别", "上岗时间"],
            [1, "屈晓峰", "事业编制", "2020年3月"], [2, "吉克阿呷", "编外聘用", "2023年1月"],
            ["风险点及防控措施"], ["序号", "风险点", "风险等级", "防控措施"],
            [1, "违规加急办理", "中", "按序办理"], [2, "泄露权利人信息", "高", "查询留痕"]]  # fmt: skip
    got = run(tmp_path, {"登记员": rows})
    assert sorted(got.posts["person"]) == ["吉克阿呷", "屈晓峰"]
    assert set(got.posts["title"]) == {"登记员"} and set(got.posts["department"]) == {"登记科"}
    assert len(got.risks) == 4 and issues(got, "warning") == []


def test_a_word_table_pasted_with_post_and_holder_stacked(tmp_path):
    # (258: each paragraph of a Word cell on a row of its own: '所长' over '吉克阿呷', merged down)
    rows = [["XX县青峰镇礼州村岗位廉政风险一览表"], ["序号", "岗位\n（责任人）", "风险点", "风险等级", "防控措施"],
            [1, "所长", "补贴发放优亲厚友", "高", "1.名单公示；"], [None, "吉克阿呷", None, None, "2.入户核实。"],
            [2, None, "项目验收走过场", "中", "1.联合验收。"],
            [3, "会计", "虚列支出", "中", "1.双人复核；"], [None, "屈晓峰", None, None, "2.定期对账。"]]  # fmt: skip
    merges = ["A3:A4", "C3:C4", "D3:D4", "B4:B5", "A6:A7", "C6:C7", "D6:D7"]
    got = run(tmp_path, {"S": rows}, {"S": merges})
    assert got.risks["person"].tolist() == ["吉克阿呷", "吉克阿呷", "屈晓峰"]
    assert got.risks["title"].tolist() == ["所长", "所长", "会计"]
    assert got.risks["measures"].tolist()[0] == "1.名单公示；\n2.入户核实。"
    assert set(got.posts["unit"]) == {"XX县青峰镇礼州村"}


def test_what_the_thirty_ninth_review_found(tmp_path):
    head = ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施", "备注"]
    # a stand-in while away is no successor; a colleague who takes the post over is
    rows = [["XX县供销社岗位廉政风险点一览表"], head,
            [1, "业务科", "科长", "蔺书瑶", "违规放贷", "高", "集体审批", "出差时，柯雨萌接替"],
            [2, "业务科", "科员", "屈晓峰", "数据造假", "中", "复核", "A角屈晓峰，B角温子墨接替"],
            [3, "财务科", "会计", "钭沅菁", "虚列支出", "中", "复核", None],
            [4, "财务科", "出纳", "宓清扬", "坐支现金", "高", "日清月结", "宓清扬调离，该岗位由钭沅菁接任"]]  # fmt: skip
    got = run(tmp_path / "standin", {"S": rows})
    assert got.risks["person"].tolist() == ["蔺书瑶", "屈晓峰", "钭沅菁", "钭沅菁"]
    # a sheet naming no one is a summary only when it says so, of the same body's posts
    sheet = [["XX镇林业站岗位廉政风险点一览表"], ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
             [1, "站长", None, "违规审批采伐", "高", "集体研究"], [2, "会计", None, "虚列支出", "中", "复核"]]  # fmt: skip
    named = [["XX镇农业站岗位廉政风险点一览表"], ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
             [1, "站长", "温子墨", "违规审批采伐", "高", "集体研究"], [2, "会计", "柯雨萌", "虚列支出", "中", "复核"]]  # fmt: skip
    got = run(tmp_path / "stations", {"林业站": sheet, "农业站": named})
    assert len(got.risks) == 4
    # employment in brackets is no holder, however a column writes its holders
    rows = [["XX县中学岗位廉政风险一览表"], ["序号", "岗位", "风险点", "风险等级", "防控措施"],
            [1, "校长（吉克阿呷）", "招生违规", "高", "公示"], [2, "司机（外聘）", "公车私用", "中", "派车单"],
            [3, "办事员（见习）", "泄露信息", "低", "保密承诺"]]  # fmt: skip
    got = run(tmp_path / "employed", {"S": rows})
    assert got.risks["person"].tolist() == ["吉克阿呷", "", ""]
    # the table's own legend says which mark helps
    rows = [["XX县统计局廉政风险责任矩阵"], ["序号", "风险点", "风险等级", "防控措施", "责任岗位", None],
            [None, None, None, None, "局长", "办公室主任"],
            [1, "干预统计数据", "高", "数据审核", "○", "√"], [2, "接待超标", "中", "公函接待", "√", "○"],
            ["注：○—牵头岗位；√—配合岗位。"]]  # fmt: skip
    merges = ["E2:F2", "A2:A3", "B2:B3", "C2:C3", "D2:D3"]
    got = run(tmp_path / "legend", {"S": rows}, {"S": merges})
    assert sorted(zip(got.risks["title"], got.risks["risk_point"], strict=True)) == [
        ("主任", "接待超标"),
        ("局长", "干预统计数据"),
    ]


def test_the_thirty_ninth_reviews_hidden_and_struck_cases(tmp_path):
    import xlsxwriter

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    wb = xlsxwriter.Workbook(str(inbox / "t.xlsx"))
    ws = wb.add_worksheet("S")
    strike = wb.add_format({"font_strikeout": True})
    ws.write_row(0, 0, ["XX县妇幼保健院岗位廉政风险排查表"])
    ws.write_row(1, 0, ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"])
    ws.write_row(2, 0, [1, "药剂科", "科长"])
    ws.write_rich_string(2, 3, strike, "屈晓峰", "　柯雨萌")
    ws.write_row(2, 4, ["药品采购收受回扣", "高", "集中采购"])
    ws.write_row(3, 0, [2, "财务科", "会计", "屈晓峰", "虚列支出", "中", "复核"])  # his post now
    ws.write_row(4, 0, [3, "检验科", "主任"])
    ws.write_rich_string(4, 3, strike, "温子墨", "（待配备）")
    ws.write_row(4, 4, ["违规采购试剂", "高", "招标采购"])
    ws.write_row(5, 0, [4, "财务科", "出纳", "钭沅菁", "态度生硬", "低", "培训"])
    ws.set_row(5, None, None, {"hidden": True})
    ws.write(6, 0, "注：人员变动的，原任人员姓名加删除线；低风险点不再上墙公示，所在行已隐藏。")
    wb.close()
    config = load_config()
    got = assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])
    assert got.risks["person"].tolist() == ["柯雨萌", "屈晓峰", "", "钭沅菁"]


def test_what_the_round_of_batches_265_to_268_found(tmp_path):
    # cards of one point each, stacked between blank rows, all label | value pairs
    def card(no, point, dept, post, holder, level):
        return [["序　号", no, "风险名称", point], ["科　室", dept, "岗　位", post, "责任人", holder],
                ["风险等级", level, "风险类别", "岗位职责"], ["表现形式", f"{point}的具体表现"],
                ["防控措施", "集体研究，全程留痕"], []]  # fmt: skip

    rows = [["XX县公积金中心廉政风险点登记卡"], [],
            *card(1, "违规提取公积金", "归集科", "科长", "屈晓峰", "高"),
            *card(2, "贷款审核走过场", "信贷科", "审核员", "吉克阿呷", "中"),
            *card(3, "违规调整缴存基数", "归集科", "科长", "屈晓峰", "低")]  # fmt: skip
    got = run(tmp_path / "cards", {"S": rows})
    assert got.risks["person"].tolist() == ["屈晓峰", "屈晓峰", "吉克阿呷"]
    assert got.risks["risk_point"].tolist() == [
        "违规提取公积金",
        "违规调整缴存基数",
        "贷款审核走过场",
    ]
    assert set(got.risks["description"]) >= {"违规提取公积金的具体表现"}
    assert issues(got, "warning") == [] and issues(got, "error") == []
    # a template's formula rows run on past the filled ones: one note, no warning a row
    rows = [["XX街道廉政风险评估表"], ["序号", "岗位", "风险点", "可能性", "影响", "风险值", "风险等级", "防控措施"],
            [1, "主任", "违规审批", 4, 5, 20, "高", "集体研究"], [2, "会计", "虚列支出", 3, 3, 9, "中", "复核"],
            [3, None, None, None, None, 0, "低"], [4, None, None, None, None, 0, "低"]]  # fmt: skip
    got = run(tmp_path / "formulas", {"S": rows})
    assert len(got.risks) == 2 and issues(got, "warning") == []
    assert ("ROWS_COMPUTED", "A5") in issues(got, "info")
    # a level kept month by month: each row's latest
    rows = [["XX县医院廉洁风险动态评估表"], ["序号", "岗位", "风险点", "风险等级", None, None, "防控措施"],
            [None, None, None, "1月", "2月", "3月", None],
            [1, "院长", "设备采购插手", "中", "高", None, "集体决策"], [2, "会计", "虚列支出", "高", "高", "低", "复核"]]  # fmt: skip
    merges = ["D2:F2", "A2:A3", "B2:B3", "C2:C3", "G2:G3"]
    got = run(tmp_path / "months", {"S": rows}, {"S": merges})
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅲ级"]
    # a post, a full-width space and a Yi name of four
    rows = [["XX县文旅局岗位廉政风险一览表"], ["序号", "岗位及姓名", "风险点", "风险等级", "防控措施"],
            [1, "局长\u3000阿说拉者", "项目审批插手", "高", "集体研究"]]  # fmt: skip
    got = run(tmp_path / "yi", {"S": rows})
    assert (got.posts["title"].tolist(), got.posts["person"].tolist()) == (["局长"], ["阿说拉者"])


def test_what_the_fortieth_review_found(tmp_path):
    # a post, a space and a line of work of four characters: no holder
    rows = [["XX县青峰镇岗位廉政风险一览表"], ["序号", "岗位", "风险点", "风险等级", "防控措施"],
            [1, "副镇长　城乡建设", "项目验收走过场", "高", "集体验收"], [2, "干事 民族宗教", "补贴优亲厚友", "中", "公示"]]  # fmt: skip
    got = run(tmp_path / "work", {"S": rows})
    assert set(got.posts["person"]) == {""}
    # a point shared by two posts, each row with its own 序号, is no post over its holder
    rows = [["XX县档案馆岗位廉政风险一览表"], ["序号", "岗位", "风险点", "风险等级", "防控措施"],
            [1, "馆长", "违规借阅档案", "高", "审批登记"], [2, "档案员", None, None, None],
            [3, "副馆长", "采购不公开", "中", "集体研究"], [4, "会计", None, None, None]]  # fmt: skip
    got = run(
        tmp_path / "shared",
        {"S": rows},
        {"S": ["C3:C4", "D3:D4", "E3:E4", "C5:C6", "D5:D6", "E5:E6"]},
    )
    assert sorted(got.posts["title"]) == ["会计", "副馆长", "档案员", "馆长"]
    # label | value records under captions naming their 科室 stay the captions' (``_records``)
    rows = [["XX县林业局廉政风险点"], ["一、办公室"], ["风  险：", "公车私用"], ["风险等级：", "低"], ["措  施：", "派车登记"], [],
            ["二、营林股"], ["风  险：", "违规审批采伐"], ["风险等级：", "高"], ["措  施：", "集体研究"]]  # fmt: skip
    got = run(tmp_path / "records", {"S": rows})
    assert sorted(got.posts["department"]) == ["办公室", "营林股"]
    # a typed row with no point still warns; '不变' in the last period keeps the level before
    rows = [["XX县教育局廉政风险评估表"], ["序号", "岗位", "风险点", "可能性", "金额", "风险等级", "防控措施"],
            [1, "股长", "违规拨款", 4, 50, "高", "集体研究"], [2, None, None, 3, 80, "中", None]]  # fmt: skip
    got = run(tmp_path / "typed", {"S": rows})
    assert ("POINT_BLANK", "C4") in issues(got, "warning")
    rows = [["XX县教育局廉政风险动态评估表"], ["序号", "岗位", "风险点", "风险等级", None, "防控措施"],
            [None, None, None, "2023年", "2024年", None], [1, "会计", "虚列支出", "低", "不变", "复核"]]  # fmt: skip
    got = run(tmp_path / "years", {"S": rows}, {"S": ["D2:E2", "A2:A3", "B2:B3", "C2:C3", "F2:F3"]})
    assert got.risks["risk_level"].tolist() == ["Ⅲ级"]
    # a prefecture's 乡村振兴局 is one body
    assert (
        unit_in_title("凉山彝族自治州乡村振兴局岗位廉政风险点一览表") == "凉山彝族自治州乡村振兴局"
    )


def test_a_sheet_grading_another_sheets_points(tmp_path):
    # (272: '风险识别' names the holders, '风险评估' grades the same points, naming no one)
    points = [["XX县水务公司廉洁风险识别表"], ["编号", "部门", "岗位", "姓名", "风险点", "防控措施"],
              ["A1", "工程部", "经理", "屈晓峰", "工程量虚增", "第三方审计"],
              ["A2", "财务部", "出纳", "柯雨萌", "坐支现金", "日清月结"]]  # fmt: skip
    grades = [["XX县水务公司廉洁风险评估表"], ["编号", "风险点", "可能性", "影响程度", "风险值", "风险等级"],
              ["A1", "工程量虚增", 4, 5, 20, "高"], ["A2", "坐支现金", 3, 3, 9, "中"]]  # fmt: skip
    got = run(tmp_path / "graded", {"识别": points, "评估": grades})
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级"]
    assert got.risks["person"].tolist() == ["屈晓峰", "柯雨萌"]
    assert ("SHEET_LEVELS", "") in issues(got, "info")
    # a second table of its own points, graded, is no such sheet
    other = [*grades[:2], ["B1", "违规放贷", 4, 4, 16, "高"], ["B2", "虚假报账", 2, 3, 6, "低"]]
    assert len(run(tmp_path / "own", {"识别": points, "评估": other}).risks) == 4


def test_what_the_round_of_batches_269_to_272_found(tmp_path):
    # a post merged down its block, its people listed a row each, a note saying they share it
    rows = [["XX社区岗位廉政风险一览表"], ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "书记", "屈晓峰", "违规发展党员", "高", "集体研究"],
            [2, "网格员", "柯雨萌", "信息采集不实", "中", "定位留痕"], [3, None, "吉克阿呷", "通风报信", "高", "纪律教育"],
            [None, None, "温子墨", None, None, None],
            ["注：网格员岗位有多名工作人员，所列风险点由全体人员共同防控。"]]  # fmt: skip
    got = run(tmp_path / "shared", {"S": rows}, {"S": ["B4:B6"]})
    held = sorted(zip(got.risks["person"], got.risks["risk_point"], strict=True))
    assert len(held) == 7 and ("温子墨", "通风报信") in held and ("柯雨萌", "通风报信") in held
    assert issues(got, "warning") == []
    # without such a note each row is its own holder's
    got = run(tmp_path / "own", {"S": rows[:-1]}, {"S": ["B4:B6"]})
    assert ("柯雨萌", "通风报信") not in set(
        zip(got.risks["person"], got.risks["risk_point"], strict=True)
    )
    # a row naming other rows by number stands for them
    rows = [["XX县医院临床科室岗位廉洁风险一览表"], ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "内科", "科主任", "屈晓峰", "收受回扣", "高", "集中采购"], [2, "内科", "科主任", "屈晓峰", "过度检查", "中", "处方点评"],
            [None, "外科", "科主任", "柯雨萌", "同内科科主任（第1-2项）", None, None]]  # fmt: skip
    got = run(tmp_path / "xref", {"S": rows}, {"S": ["E5:G5"]})
    assert sorted(zip(got.risks["person"], got.risks["risk_point"], got.risks["risk_level"], strict=True)) == [
        ("屈晓峰", "收受回扣", "Ⅰ级"), ("屈晓峰", "过度检查", "Ⅱ级"),
        ("柯雨萌", "收受回扣", "Ⅰ级"), ("柯雨萌", "过度检查", "Ⅱ级")]  # fmt: skip


def test_what_the_round_of_batches_273_to_276_found(tmp_path):
    # 'A岗 | B岗' name columns: the A岗 holds the post, the B岗 stands in
    rows = [["XX县政务服务中心窗口岗位廉政风险一览表"], ["序号", "股室", "岗位", "A岗", "B岗", "风险点", "风险等级", "防控措施"],
            [1, "受理股", "受理员", "屈晓峰", "柯雨萌", "违规受理", "中", "一次告知"],
            [2, "受理股", "受理员", "柯雨萌", "屈晓峰", "插队办理", "低", "叫号"]]  # fmt: skip
    got = run(tmp_path / "ab", {"S": rows})
    assert got.risks["person"].tolist() == ["屈晓峰", "柯雨萌"]
    # a level made by likelihood and impact, each 高/中/低, with no level column
    rows = [["XX街道廉政风险排查表"], ["序号", "岗位", "风险点", "风险评估", None, "防控措施"],
            [None, None, None, "可能性", "影响程度", None],
            [1, "主任", "违规审批", "中", "高", "集体研究"], [2, "会计", "虚列支出", "高", "低", "复核"],
            [3, "出纳", "现金坐支", "低", "中", "日清月结"]]  # fmt: skip
    merges = ["D2:E2", "A2:A3", "B2:B3", "C2:C3", "F2:F3"]
    got = run(tmp_path / "matrix", {"S": rows}, {"S": merges})
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级", "Ⅲ级"]
    # a 站 with the office it also serves as in brackets; contact lines under a card or a table
    assert dept_in_title("XX县青峰镇水利站（河长制工作办公室）廉政风险自查表") == "水利站"
    rows = [["XX县青峰镇林业站岗位廉政风险防控卡"], ["风险点", "风险等级", "防控措施"], ["违规审批采伐", "高", "集体研究"],
            ["镇纪委举报电话：0812-XXXXXXX"], ["办公地址：青峰镇政府二楼", "监督电话：12345"]]  # fmt: skip
    got = run(tmp_path / "lines", {"S": rows})
    assert issues(got, "warning") == [] and len(got.risks) == 1


def test_what_the_forty_first_review_found(tmp_path):
    # a sheet of the same template points with levels is no grading of another's unless it says so
    a = [
        ["XX村廉政风险点"],
        ["序号", "风险点", "风险等级"],
        [1, "财务收支不规范", "高"],
        [2, "低保评定不严", "中"],
    ]
    b = [
        ["XX村廉政风险点"],
        ["序号", "风险点", "风险等级"],
        [1, "财务收支不规范", None],
        [2, "低保评定不严", None],
    ]
    got = run(tmp_path / "units", {"甲村": a, "乙村": b})
    assert len(got.risks) == 4 and ("LEVEL_BLANK", "C3") in issues(got, "error")
    # each person's own point under a note about 本人, or '共同负责' alone: no sharing
    rows = [["XX镇便民服务中心岗位廉政风险一览表"], ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "综合窗口", "屈晓峰", "收受好处", "中", "公示"], [2, None, "柯雨萌", "审核不严", "中", "复核"],
            ["注：所有工作人员均须对照本人风险点落实防控措施，科室负责人与岗位人员共同负责。"]]  # fmt: skip
    got = run(tmp_path / "own", {"S": rows}, {"S": ["B3:B4"]})
    assert len(got.risks) == 2
    # '同第1、3项' names two rows; numbers restarting per 科室 name the rows just above
    rows = [["XX县医院岗位廉洁风险一览表"], ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "内科", "科主任", "屈晓峰", "收受回扣", "高", "集中采购"], [2, "内科", "科主任", "屈晓峰", "大处方", "中", "处方点评"],
            [3, "内科", "科主任", "屈晓峰", "虚开检查", "中", "抽查"],
            [None, "外科", "科主任", "柯雨萌", "同第1、3项", None, None]]  # fmt: skip
    got = run(tmp_path / "list", {"S": rows}, {"S": ["E6:G6"]})
    assert sorted(got.risks[got.risks["person"] == "柯雨萌"]["risk_point"]) == [
        "收受回扣",
        "虚开检查",
    ]
    # an A角 column of posts names no holder; factor scores 1–3 make no level by the matrix
    rows = [["XX县税务局窗口一览表"], ["序号", "股室", "A角", "B角", "风险点", "风险等级", "防控措施"],
            [1, "征收管理股", "征收岗", "审核岗", "违规减免", "高", "复核"]]  # fmt: skip
    assert run(tmp_path / "aposts", {"S": rows}).risks["person"].tolist() == [""]
    # a bracketed 科 after its body in a title is the 科
    assert dept_in_title("XX县疾病预防控制中心（检验科）岗位廉政风险排查表") == "检验科"


def test_a_level_from_two_scores_side_by_side(tmp_path):
    # (278: '发生可能性 | 危害程度' scored 1–3, 3 the most, no level column: the product's band)
    rows = [["XX镇农业服务中心廉政风险一览表"], ["序号", "岗位", "姓名", "风险点", "可能性", "危害程度", "防控措施"],
            [1, "主任", "屈晓峰", "违规审批", 3, 2, "集体研究"], [2, "会计", "柯雨萌", "虚列支出", 2, 2, "复核"],
            [3, "出纳", "温子墨", "坐支现金", 1, 2, "日清月结"]]  # fmt: skip
    got = run(tmp_path / "scores", {"S": rows})
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级", "Ⅲ级"]
    # a level column of its own beside them is the level
    rows = [
        [*r, *(["风险等级"] if i == 1 else ["低"] if i > 1 else [])] for i, r in enumerate(rows)
    ]
    got = run(tmp_path / "own", {"S": rows})
    assert got.risks["risk_level"].tolist() == ["Ⅲ级", "Ⅲ级", "Ⅲ级"]


def test_the_level_word_written_in_the_column_of_the_points_type(tmp_path):
    # (277: '风险类别及等级' over 思想道德 | 制度机制 | …, the level word in the type's column)
    rows = [["XX县档案馆廉政风险排查表"],
            ["序号", "岗位", "姓名", "风险点", "风险类型与级别", "", "", "防控措施"],
            ["", "", "", "", "思想道德风险", "制度机制风险", "岗位职责风险", ""],
            [1, "馆长", "郜明远", "干预档案征集", "", "", "一级", "集体研究"],
            [2, "馆长", "郜明远", "接受宴请", "二级", "", "", "拒收登记"],
            [3, "档案员", "冼若兰", "私自查阅档案", "", "三级", "", "查阅登记"]]  # fmt: skip
    merges = {"S": ["E2:G2", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "H2:H3"]}
    got = run(tmp_path / "merged", {"S": rows}, merges)
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级", "Ⅲ级"]
    assert got.risks["risk_type"].tolist() == ["岗位职责风险", "思想道德风险", "制度机制风险"]
    assert not [c for c, _ in issues(got) if c.startswith(("TYPE_", "LEVEL_"))]
    # the type columns headed on their own, no heading over them: the same
    rows2 = [rows[0], [*rows[1][:4], *rows[2][4:7], rows[1][7]], *rows[3:]]
    got = run(tmp_path / "own", {"S": rows2})
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级", "Ⅲ级"]
    assert got.risks["risk_type"].tolist() == ["岗位职责风险", "思想道德风险", "制度机制风险"]
    # marks (√) under the types and a level column of its own: the marks give no level
    rows3 = [rows[0], ["序号", "岗位", "姓名", "风险点", "思想道德风险", "制度机制风险", "岗位职责风险",
                       "风险等级", "防控措施"],
             [1, "馆长", "郜明远", "干预档案征集", "", "", "√", "中", "集体研究"],
             [2, "馆长", "郜明远", "接受宴请", "√", "", "", "低", "拒收登记"],
             [3, "档案员", "冼若兰", "私自查阅档案", "", "√", "", "高", "查阅登记"]]  # fmt: skip
    got = run(tmp_path / "ticks", {"S": rows3})
    assert got.risks["risk_level"].tolist() == ["Ⅱ级", "Ⅲ级", "Ⅰ级"]
    assert got.risks["risk_type"].tolist() == ["岗位职责风险", "思想道德风险", "制度机制风险"]


def test_stages_each_with_a_post_column_of_their_own(tmp_path):
    # (280: '立案环节 ⏵ 责任岗位 | 廉政风险点 | 风险等级', …: each stage's point is its own post's)
    stages = ["受理环节", "审查环节", "决定环节"]
    rows = [["XX县行政审批局许可事项廉政风险防控表"],
            ["序号", "许可事项", *[x for s in stages for x in (s, "", "")], "风险类别", "防控措施"],
            ["", "", *["责任岗位", "风险点", "风险等级"] * 3, "", ""],
            [1, "食品经营许可", "窗口受理员", "对材料不全的申请违规受理", "低", "审查员", "现场核查走过场", "中",
             "科长", "违规作出许可决定", "高", "岗位职责", "一次性告知；双人核查"],
            [2, "药品零售许可", "窗口受理员", "故意刁难申请人", "中", "/", "/", "/", "分管副局长",
             "打招呼干预审批", "高", "思想道德", "全程留痕"],
            [3, "违法建设查处", "/", "/", "/", "审查员", "降低审查标准", "中", "科长", "超时限作出决定", "低",
             "制度机制", "限时办结"],
            ["注：各环节风险点由本环节责任岗位负责防控；“/”表示该环节无风险点。"],
            ["填表人：", "", "", "审核人：", "", "", "", "局长（签字）："]]  # fmt: skip
    merges = {
        "S": ["A2:A3", "B2:B3", "C2:E2", "F2:H2", "I2:K2", "L2:L3", "M2:M3", "A1:M1", "A7:M7"]
    }
    got = run(tmp_path, {"S": rows}, merges)
    by_post = {
        t: sorted(zip(g["risk_point"], g["risk_level"], g["measures"], strict=True))
        for t, g in got.risks.groupby("title")
    }
    assert by_post == {
        "窗口受理员": [("对材料不全的申请违规受理", "Ⅲ级", "一次性告知；双人核查"),
                  ("故意刁难申请人", "Ⅱ级", "全程留痕")],
        "审查员": [("现场核查走过场", "Ⅱ级", "一次性告知；双人核查"), ("降低审查标准", "Ⅱ级", "限时办结")],
        "科长": [("超时限作出决定", "Ⅲ级", "限时办结"), ("违规作出许可决定", "Ⅰ级", "一次性告知；双人核查")],
        "分管副局长": [("打招呼干预审批", "Ⅰ级", "全程留痕")],
    }  # fmt: skip
    assert set(got.risks["department"]) == {""}  # the 许可事项 is no 科室
    assert len(got.posts) == 4
    assert not issues(got, "error") and not issues(got, "warning")


@pytest.mark.parametrize("text", ["价格违法案件查处", "信访事项督办", "公共场所", "代办"])
def test_a_matter_ending_as_an_office_does_is_no_department(text):
    from xlproc.columns import _dept_like

    assert not _dept_like(text)
    assert all(
        map(
            _dept_like,
            ("综合办", "财务处", "督查督办室", "执法一中队", "档案室", "稽查处", "审查处"),
        )
    )


def test_a_note_giving_each_value_of_a_column_a_level(tmp_path):
    # (282: '由局党组监控的为一级风险…': the level given by who monitors the point, no level column)
    rows = [["XX县自然资源局岗位廉政风险分级管控表"],
            ["序号", "股室", "岗位", "姓名", "廉政风险点", "防控措施", "审批层级"],
            [1, "局领导", "局长", "褚望舒", "重大用地审批个人说了算", "集体研究", "局务会"],
            [2, "局领导", "局长", "褚望舒", "干预土地出让", "全程留痕", "分管领导"],
            [3, "用地股", "股长", "詹若溪", "压件不办", "限时办结", "股长本人"],
            [4, "用地股", "股长", "詹若溪", "违规出具意见", "两人审核", "局务会"],
            ["注：风险等级按审批层级确定，须经局务会集体决策的事项属于高风险，由分管领导审批的事项属中风险，"
             "股长本人审批的为低风险。"]]  # fmt: skip
    got = run(tmp_path / "note", {"S": rows})
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级", "Ⅲ级", "Ⅰ级"]
    assert not [c for c, _ in issues(got, "error") if c.startswith("LEVEL_")]
    # a note that gives only two of the three values a level names no level column
    rows2 = [*rows[:-1], ["注：须经局务会集体决策的事项属于高风险，由分管领导审批的事项属中风险。"]]
    got = run(tmp_path / "two", {"S": rows2})
    assert set(got.risks["risk_level"]) == {""}


def test_points_and_measures_numbered_together_in_one_cell(tmp_path):
    # (284: '风险点1：…⏎防控措施1：…⏎风险点2：…' in one cell, no measures column: a point each)
    cells = ["（1）风险点：违规发放补贴\n防控措施：名单公示\n（2）风险点：虚报面积\n防控措施：实地核查",
             "1.风险：优亲厚友\n措施：集体评议",
             "风险点1：私设小金库\n防控措施1：账户清理\n风险点2：坐支现金\n防控措施2：日清月结\n风险点3：白条抵库\n防控措施3：不定期盘点"]  # fmt: skip
    rows = [["XX镇农业服务中心廉政风险一览表"], ["序号", "岗位", "姓名", "风险点及防控措施", "风险等级"],
            [1, "主任", "訾清和", cells[0], "高"], [2, "农技员", "郗向晚", cells[1], "中"],
            [3, "报账员", "宓安澜", cells[2], "低"]]  # fmt: skip
    got = run(tmp_path / "cells", {"S": rows})
    assert list(zip(got.risks["risk_point"], got.risks["measures"], got.risks["risk_level"], strict=True)) == [
        ("违规发放补贴", "名单公示", "Ⅰ级"), ("虚报面积", "实地核查", "Ⅰ级"), ("优亲厚友", "集体评议", "Ⅱ级"),
        ("私设小金库", "账户清理", "Ⅲ级"), ("坐支现金", "日清月结", "Ⅲ级"), ("白条抵库", "不定期盘点", "Ⅲ级"),
    ]  # fmt: skip
    assert not issues(got, "warning") and not issues(got, "error")
    # numbered points with no measures for one of them stay one cell, as does a measures column filled
    half = "风险点1：违规发放补贴\n防控措施1：名单公示\n风险点2：虚报面积"
    rows2 = [*rows[:2], [1, "主任", "訾清和", half, "高"]]
    got = run(tmp_path / "half", {"S": rows2})
    assert got.risks["risk_point"].tolist() == [half]


def test_the_columns_of_a_table_printed_on_a_second_page_join_by_number(tmp_path):
    # (283: '第1页' 序号 | … | 风险点, '第2页' 序号 | 风险等级 | 防控措施: one table across two sheets)
    left = [["XX县医保中心廉政风险台账"], ["序号", "科室", "岗位", "姓名", "风险点", "风险类别"],
            [1, "待遇股", "股长", "钭若川", "违规核定待遇", "岗位职责"],
            [2, "待遇股", "股长", "钭若川", "优亲厚友", "思想道德"],
            [3, "基金股", "会计", "逯知秋", "虚列支出", "制度机制"]]  # fmt: skip
    right = [["XX县医保中心廉政风险台账（续）"], ["序号", "防控措施", "风险级别", "责任领导"],
             [1, "两人复核", "一级", "副主任"], [2, "回避", "三级", "副主任"], [3, "对账", "二级", "主任"]]  # fmt: skip
    got = run(tmp_path / "two", {"Sheet1": left, "Sheet2": right})
    assert list(zip(got.risks["risk_point"], got.risks["risk_level"], got.risks["measures"], strict=True)) == [
        ("违规核定待遇", "Ⅰ级", "两人复核"), ("优亲厚友", "Ⅲ级", "回避"), ("虚列支出", "Ⅱ级", "对账")]  # fmt: skip
    assert ("SHEET_JOINED", "") in issues(got, "info")
    assert not issues(got, "error") and not issues(got, "warning")
    # numbers that are not the points' rows join nothing
    right[4][0] = 4
    got = run(tmp_path / "other", {"Sheet1": left, "Sheet2": right})
    assert set(got.risks["risk_level"]) == {""}
    assert "SHEET_JOINED" not in {c for c, _ in issues(got)}


def test_a_name_cell_naming_the_post_that_holds_this_one_too(tmp_path):
    # (281: '（党委委员、副镇长兼任）' in 姓名, the holder named on the 领导班子 sheet)
    head = ["序号", "姓名", "职务", "廉政风险点", "风险等级", "防控措施"]
    leaders = [["XX县第二中学校级领导廉政风险防控表"], head,
               [1, "禤望之", "校长", "违规决定大额支出", "高", "集体研究"],
               [2, "鞠怀瑾", "副校长、教务主任", "招生中优亲厚友", "中", "公示"]]  # fmt: skip
    offices = [["XX县第二中学处室廉政风险防控表"], ["序号", "处室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
               [1, "教务处", "主任", "由副校长、教务主任兼", "考试安排不公", "中", "集体排考"],
               [2, "总务处", "主任", "沈知远", "采购中收受回扣", "高", "比价"],
               [3, "德育处", "主任", "（工会主席兼任）", "评优不公", "低", "公示"]]  # fmt: skip
    got = run(tmp_path / "two", {"校领导": leaders, "处室": offices})
    holders = dict(zip(got.risks["risk_point"], got.risks["person"], strict=True))
    assert holders["考试安排不公"] == "鞠怀瑾"
    assert holders["采购中收受回扣"] == "沈知远"
    # a post the file names no holder of stays as written: nobody is invented
    assert holders["评优不公"] == "（工会主席兼任）"
    # one person holding two posts on two sheets sent no form twice
    assert "FORM_DUPLICATE" not in {c for c, _ in issues(got)}


def test_a_board_in_a_group_row_and_a_window_on_a_card_are_the_keshi(tmp_path):
    # (278 --strict: '一、董事会' group rows; a card's '窗　口 | 民政窗口')
    rows = [["XX县供销合作社联合社岗位廉洁风险防控清单"], ["序号", "岗位", "姓名", "廉洁风险点", "风险等级", "防控措施"],
            ["（一）理事会"], [1, "理事长", "缑思齐", "重大投资不经集体研究", "高", "上会研究"],
            ["（二）监事会"], [2, "监事", "阚若愚", "监督流于形式", "中", "定期检查"],
            ["（三）经营服务部"], [3, "业务员", "蓟文朗", "收受供货商好处", "中", "比价"]]  # fmt: skip
    got = run(tmp_path / "groups", {"S": rows})
    assert got.posts["department"].tolist() == ["理事会", "监事会", "经营服务部"]
    card = [["XX县政务服务中心岗位廉洁风险自查表"], ["姓　名", "訾一帆", "所在窗口", "不动产登记窗口", "职　务", "受理员"],
            ["序号", "办理事项", "廉洁风险点", "风险等级", "防控措施"], [1, "登记受理", "违规受理", "一级", "公示"]]  # fmt: skip
    got = run(tmp_path / "card", {"S": card})
    assert got.posts[["department", "title", "person"]].values.tolist() == [
        ["不动产登记窗口", "受理员", "訾一帆"]
    ]


def test_a_courts_division_in_a_group_row_or_a_keshi_column_is_the_keshi(tmp_path):
    # (518 --strict: '二、仲裁庭' over an 仲裁员 of an 仲裁院; here a 调解委员会's 调解庭, not
    # only a court's parts)
    rows = [["XX县医疗纠纷人民调解委员会廉政风险防控清单"],
            ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
            ["一、调解一庭"], [1, "调解员", "郦承晏", "偏袒一方", "中", "回避"],
            [2, None, None, "收受当事人财物", "高", "公开承诺"],
            ["二、办公室"], [3, "主任", "缪清和", "违规受理", "高", "集体研究"]]  # fmt: skip
    got = run(tmp_path / "groups", {"S": rows}, {"S": ["A3:F3", "B4:B5", "C4:C5", "A6:F6"]})
    assert got.posts["department"].tolist() == ["调解一庭", "办公室"]
    from xlproc.columns import _dept_like

    assert _dept_like("民事审判庭") and _dept_like("仲裁庭")
    # a 家庭 is no part of a body, nor a hearing's stage (review 83: '二、开庭', '三、出庭')
    assert caption_identity("三、家庭") is None and not _dept_like("家庭")
    assert caption_identity("二、开庭") is None and caption_identity("四、休庭") is None


def test_a_workshop_named_under_its_label_on_a_card_is_the_keshi(tmp_path):
    # (544 --strict: '所在车间 | 保养车间' on a self-check; here a 中队 of a plant, a 庭 too)
    for label, dept in (("所在车间", "维修车间"), ("所在庭", "执行庭")):
        card = [["某公司岗位廉洁风险自查表"], ["姓　名", "宓璟琛", label, dept, "岗　位", "技术员"],
                ["序号", "风险点", "风险等级", "防控措施"], [1, "虚报维修工时", "中", "工单复核"]]  # fmt: skip
        got = run(tmp_path / label, {"S": card})
        assert got.posts[["department", "title", "person"]].values.tolist() == [
            [dept, "技术员", "宓璟琛"]
        ]


def test_a_note_giving_formats_a_meaning_in_a_copy_that_keeps_no_formats(tmp_path):
    # (review 39: hidden rows, struck names and colours are read from .xlsx only; an .ods or .xls
    # copy whose note relies on them says so, once a sheet)
    rows = [["XX县档案馆廉政风险点一览表"], ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "馆长", "訾明远", "违规审批", "高", "集体研究"], [2, "馆员", "冼若兰", "私自查阅", "中", "登记"],
            ["注：已销号的风险点所在行已隐藏。"]]  # fmt: skip
    inbox = tmp_path / "inbox"
    write_ods(inbox / "a.ods", {"S": rows})
    write_workbook(inbox / "b.xlsx", {"S": rows})
    config = load_config()
    res = assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])
    said = res.issues[res.issues["code"] == "FORMAT_UNREAD"]
    assert said["source_file"].tolist() == ["a.ods"]
    assert said["severity"].tolist() == ["warning"] and "隐藏行" in said["message"].iloc[0]
    assert len(res.risks) == 4  # the rows are read as they stand
    # a note that gives formats no meaning says nothing
    plain = [*rows[:-1], ["注：风险等级分高、中、低三级。"]]
    write_ods(tmp_path / "plain" / "c.ods", {"S": plain})
    res = assemble((read_file(p, rel, config) for p, rel in discover([tmp_path / "plain"])), config,
                   [tmp_path / "plain"])  # fmt: skip
    assert "FORMAT_UNREAD" not in set(res.issues["code"])


def test_a_point_and_how_it_shows_in_one_cell_split_at_the_dash(tmp_path):
    # (288: '廉洁风险点及表现形式' written '征地拆迁补偿——虚报拆迁面积…' in each cell)
    rows = [["XX县水务集团岗位廉政风险排查表"], ["序号", "岗位", "姓名", "廉政风险点（具体表现）", "风险等级", "防控措施"],
            [1, "总经理", "甄若谷", "工程发包——肢解发包规避招标，指定施工单位", "高", "集体决策"],
            [2, "会计", "郜晚晴", "费用报销——虚开发票套取资金", "中", "票据审核"],
            [3, "抄表员", "冼一舟", "水费收缴——收费不开票据，截留水费", "中", "系统收费"]]  # fmt: skip
    got = run(tmp_path / "dash", {"S": rows})
    assert got.risks["risk_point"].tolist() == ["工程发包", "费用报销", "水费收缴"]
    assert got.risks["description"].tolist()[1] == "虚开发票套取资金"
    # under a plain 风险点 heading, with no note, the dash is part of the point
    plain = [rows[0], ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"], *rows[2:]]
    got = run(tmp_path / "plain", {"S": plain})
    assert got.risks["risk_point"].tolist()[0] == "工程发包——肢解发包规避招标，指定施工单位"
    # a note saying what stands before the dash does it too
    noted = [*plain, ["注：“——”前为风险点，后为其主要表现。"]]
    got = run(tmp_path / "noted", {"S": noted})
    assert got.risks["risk_point"].tolist() == ["工程发包", "费用报销", "水费收缴"]


def test_a_table_on_its_side_with_a_keshi_across_its_posts_and_one_measures_row(tmp_path):
    # (287: 科室 merged across its posts' columns; 风险点一 | 风险等级 | 风险点二 | 风险等级 | 防控措施)
    rows = [["XX县图书馆岗位廉政风险公示表"],
            ["科室", "馆领导", "", "采编部", ""],
            ["岗位", "馆长", "副馆长", "主任", "采编员"],
            ["姓名", "晏清和", "宓知远", "郗若水", "阚星河"],
            ["风险点一", "大额采购个人决定", "图书采购指定书商", "验收走过场", "虚报采编数量"],
            ["风险等级", "高", "高", "中", "低"],
            ["风险点二", "干部任用不公", "", "收受书商礼品", ""],
            ["风险等级", "中", "", "中", ""],
            ["防控措施", "集体决策", "公开招标", "两人验收", "月度核对"]]  # fmt: skip
    got = run(tmp_path, {"S": rows}, {"S": ["B2:C2", "D2:E2"]})
    assert got.posts[["department", "title", "person"]].values.tolist() == [
        ["馆领导", "馆长", "晏清和"], ["馆领导", "副馆长", "宓知远"],
        ["采编部", "主任", "郗若水"], ["采编部", "采编员", "阚星河"]]  # fmt: skip
    by_point = dict(zip(got.risks["risk_point"], got.risks["measures"], strict=True))
    assert by_point == {"大额采购个人决定": "集体决策", "干部任用不公": "集体决策",
                        "图书采购指定书商": "公开招标", "验收走过场": "两人验收",
                        "收受书商礼品": "两人验收", "虚报采编数量": "月度核对"}  # fmt: skip
    assert "MEASURES_BLANK" not in {c for c, _ in issues(got)}


def test_posts_sharing_a_point_each_at_its_own_level(tmp_path):
    # (285: '责任岗位及风险等级' cell '理事长（高）⏎副理事长（中）': a point of each post, at its level)
    rows = [["XX村股份经济合作社小微权力廉洁风险清单"],
            ["序号", "权力事项", "廉洁风险点", "责任岗位（风险等级）", "防控措施"],
            [1, "资产发包", "暗箱操作指定承包人", "社长（一级）\n会计（二级）", "公开竞价"],
            [2, "财务报账", "白条入账", "会计（三级）", "票据审核"],
            [3, "收益分配", "优亲厚友多分", "社长（二级）\n监事长（二级）\n会计（三级）", "方案公示"]]  # fmt: skip
    got = run(tmp_path / "shared", {"S": rows})
    rows_read = sorted(
        zip(got.risks["title"], got.risks["risk_point"], got.risks["risk_level"], strict=True)
    )
    assert rows_read == sorted([
        ("社长", "暗箱操作指定承包人", "Ⅰ级"), ("会计", "暗箱操作指定承包人", "Ⅱ级"), ("会计", "白条入账", "Ⅲ级"),
        ("社长", "优亲厚友多分", "Ⅱ级"), ("监事长", "优亲厚友多分", "Ⅱ级"), ("会计", "优亲厚友多分", "Ⅲ级")])  # fmt: skip
    assert sorted(got.posts["title"]) == ["会计", "监事长", "社长"]
    # a post with a bracketed word that is no level stays as written
    rows2 = [*rows[:2], [1, "资产发包", "暗箱操作", "会计（兼出纳）", "公开竞价"]]
    got = run(tmp_path / "plain", {"S": rows2})
    assert got.risks["risk_level"].tolist() == [""]


def test_what_the_forty_second_review_found(tmp_path):
    from xlproc.identity import unit_in_title

    stages = [["XX县市场监管局许可事项廉政风险防控表"],
              ["序号", "事项", "受理环节", "", "", "审查环节", "", "", "防控措施"],
              ["", "", "责任岗位", "风险点", "风险等级", "责任岗位", "风险点", "风险等级", ""],
              [1, "食品经营许可", "窗口受理员", "违规受理", "低", "审查员", "现场核查走过场", "中", "双人核查"],
              [2, "医疗器械经营备案", "窗口受理员", "不一次告知", "低", "", "", "", "告知单"],
              [3, "药品零售许可", "", "", "", "科长", "违规作出决定", "高", "集体审议"]]  # fmt: skip
    merges = {"S": ["A2:A3", "B2:B3", "C2:E2", "F2:H2", "I2:I3", "A1:I1"]}
    got = run(tmp_path / "stages", {"S": stages}, merges)
    assert sorted(zip(got.risks["title"], got.risks["risk_point"], strict=True)) == sorted([
        ("窗口受理员", "违规受理"), ("审查员", "现场核查走过场"), ("窗口受理员", "不一次告知"), ("科长", "违规作出决定")])  # fmt: skip
    assert not issues(got, "error")
    # each stage's own 姓名 column names its holder
    named = [stages[0], ["序号", "受理环节", "", "", "", "审查环节", "", "", "", "防控措施"],
             ["", "责任岗位", "姓名", "风险点", "风险等级", "责任岗位", "姓名", "风险点", "风险等级", ""],
             [1, "窗口受理员", "郜明远", "违规受理", "低", "审查员", "冼若兰", "现场核查走过场", "中", "双人核查"],
             [2, "窗口受理员", "温子墨", "刁难申请人", "中", "科长", "钭若川", "违规作出决定", "高", "集体审议"]]  # fmt: skip
    got = run(tmp_path / "named", {"S": named}, {"S": ["A2:A3", "B2:E2", "F2:I2", "J2:J3"]})
    holders = dict(zip(got.risks["risk_point"], got.risks["person"], strict=True))
    assert holders["现场核查走过场"] == "冼若兰" and holders["违规作出决定"] == "钭若川"
    # another table numbered 1…n on a second sheet joins nothing
    points = [["XX县医保中心岗位廉政风险点一览表"], ["序号", "科室", "岗位", "姓名", "风险点", "风险类别", "防控措施"],
              [1, "待遇股", "股长", "钭若川", "违规核定待遇", "岗位职责", "两人复核"],
              [2, "待遇股", "科员", "郜明远", "优亲厚友", "思想道德", "回避"],
              [3, "基金股", "会计", "逯知秋", "虚列支出", "制度机制", "对账"]]  # fmt: skip
    norms = [["风险等级评定标准"], ["序号", "风险等级", "分值", "监控主体"],
             [1, "一级", "15-25分", "局党组"], [2, "二级", "8-14分", "分管领导"], [3, "三级", "1-7分", "股室负责人"]]  # fmt: skip
    got = run(tmp_path / "norms", {"Sheet1": points, "Sheet2": norms})
    assert set(got.risks["risk_level"]) == {""} and "SHEET_JOINED" not in {
        c for c, _ in issues(got)
    }
    # ★ under the type columns marks the type, no level
    marks = [["XX县文化馆廉政风险表"], ["序号", "岗位", "姓名", "风险点", "思想道德风险", "制度机制风险", "岗位职责风险", "防控措施"],
             [1, "馆长", "郜明远", "干预项目招标", "", "", "★", "集体研究"],
             [2, "会计", "冼若兰", "虚列支出", "", "★", "", "复核"]]  # fmt: skip
    got = run(tmp_path / "marks", {"S": marks})
    assert set(got.risks["risk_level"]) == {""}
    assert got.risks["risk_type"].tolist() == ["岗位职责风险", "制度机制风险"]
    # brackets within the unit's own name keep it whole
    assert (
        unit_in_title("XX市游仙区（高新区）财政局岗位廉政风险防控表")
        == "XX市游仙区（高新区）财政局"
    )
    assert unit_in_title("XX县青峰乡（镇）人民政府岗位廉政风险防控表") == "XX县青峰乡（镇）人民政府"
    # a concurrent holder is not borrowed from another unit of the file
    head = ["序号", "处室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"]
    one = [["XX县第一中学岗位廉政风险防控表"], head, [1, "校领导", "校长", "禤望之", "违规决策", "高", "集体"],
           [2, "校领导", "副校长", "鞠怀瑾", "招生中优亲厚友", "中", "公示"]]  # fmt: skip
    two = [["XX县第二中学岗位廉政风险防控表"], head, [1, "校领导", "校长", "沈知远", "违规决策", "高", "集体"],
           [2, "教务处", "主任", "由副校长兼", "考试安排不公", "中", "集体排考"]]  # fmt: skip
    got = run(tmp_path / "units", {"一中": one, "二中": two})
    assert (
        dict(zip(got.risks["risk_point"], got.risks["person"], strict=True))["考试安排不公"]
        == "由副校长兼"
    )
    # the same form on two sheets is still a form sent twice
    first = [["XX县档案馆岗位廉政风险表"], head, [1, "办公室", "主任", "禤望之", "公车私用", "中", "派车单"],
             [2, "保管利用科", "科长", "鞠怀瑾", "私自查阅档案", "中", "登记"]]  # fmt: skip
    again = [["XX县档案馆岗位廉政风险表（修改稿）"], head,
             [1, "综合办公室", "办公室主任", "禤望之", "公车私用", "中", "派车单"],
             [2, "保管利用科", "科长", "鞠怀瑾", "私自查阅档案", "中", "登记"]]  # fmt: skip
    got = run(tmp_path / "twice", {"Sheet1": first, "Sheet2": again})
    twice = {
        v
        for c, v in zip(got.issues["code"], got.issues["value"], strict=True)
        if c == "FORM_DUPLICATE"
    }
    assert any("禤望之" in v for v in twice) and any("鞠怀瑾" in v for v in twice)
    # a note grading the posts by their kind levels no point
    graded = [["XX县自然资源局岗位廉政风险表"], ["序号", "股室", "岗位", "岗位类别", "姓名", "廉政风险点", "防控措施"],
              [1, "局领导", "局长", "局领导", "褚望舒", "重大用地审批个人说了算", "集体研究"],
              [2, "用地股", "股长", "股室负责人", "詹若溪", "压件不办", "限时办结"],
              ["注：岗位风险等级按岗位类别确定：局领导岗位为一级，股室负责人岗位为二级。"]]  # fmt: skip
    got = run(tmp_path / "graded", {"S": graded})
    assert set(got.risks["risk_level"]) == {""}
    # a window's number is no 科室
    card = [["XX县政务服务中心岗位廉洁风险自查表"], ["姓名", "訾一帆", "窗口", "3号", "职务", "受理员"],
            ["序号", "办理事项", "廉洁风险点", "风险等级", "防控措施"], [1, "登记受理", "违规受理", "一级", "公示"]]  # fmt: skip
    got = run(tmp_path / "window", {"S": card})
    assert got.posts["department"].tolist() != ["3号"]
    # points and measures numbered in Chinese numerals or circled numbers
    cells = ["一、风险点：违规发放补贴\n防控措施：名单公示\n二、风险点：虚报面积\n防控措施：实地核查",
             "风险点一：私设小金库\n防控措施一：账户清理\n风险点二：坐支现金\n防控措施二：日清月结"]  # fmt: skip
    rows = [["XX镇农业服务中心廉政风险一览表"], ["序号", "岗位", "姓名", "风险点及防控措施", "风险等级"],
            [1, "主任", "訾清和", cells[0], "高"], [2, "报账员", "宓安澜", cells[1], "低"]]  # fmt: skip
    got = run(tmp_path / "numerals", {"S": rows})
    assert got.risks["risk_point"].tolist() == [
        "违规发放补贴",
        "虚报面积",
        "私设小金库",
        "坐支现金",
    ]


def test_points_that_open_with_their_post_where_no_column_names_it(tmp_path):
    # (292: '保管员：出库时以陈粮顶替…' in the 风险点 column, no 岗位 column, 对岗不对人)
    rows = [["XX县国有林场岗位廉政风险排查表"], ["序号", "股室", "风险点", "风险等级", "防控措施"],
            [1, "场领导", "场长：木材销售价格个人说了算", "高", "集体定价"],
            [2, "场领导", "副场长：造林工程验收走过场", "中", "联合验收"],
            [3, "营林股", "护林员:虚报巡山天数", "中", "轨迹核查"],
            [4, "营林股", "护林员：对盗伐行为不报告", "高", "举报奖励"]]  # fmt: skip
    got = run(tmp_path / "posts", {"S": rows}, {"S": ["B3:B4", "B5:B6"]})
    assert got.posts[["department", "title"]].values.tolist() == [
        ["场领导", "场长"], ["场领导", "副场长"], ["营林股", "护林员"]]  # fmt: skip
    assert got.risks["risk_point"].tolist()[2] == "虚报巡山天数"
    # with a 岗位 column of its own, a colon in the point stays in it
    rows2 = [rows[0], ["序号", "股室", "岗位", "风险点", "风险等级", "防控措施"],
             [1, "场领导", "场长", "场长：木材销售价格个人说了算", "高", "集体定价"],
             [2, "营林股", "护林员", "审批环节：虚报巡山天数", "中", "轨迹核查"]]  # fmt: skip
    got = run(tmp_path / "column", {"S": rows2})
    assert got.risks["risk_point"].tolist() == [
        "场长：木材销售价格个人说了算",
        "审批环节：虚报巡山天数",
    ]


def test_levels_shown_only_by_the_texts_colour(tmp_path):
    # (290: no level column; red text 高, blue text 中, the rest in the ordinary font 低, by a note)
    import xlsxwriter

    def book(path, note, coloured=True):
        path.parent.mkdir(parents=True, exist_ok=True)
        wb = xlsxwriter.Workbook(str(path))
        ws = wb.add_worksheet("S")
        fonts = {c: wb.add_format({"font_color": c}) for c in ("#E00000", "#1F4E9E")}
        ws.write_row(0, 0, ["XX县审计局岗位廉政风险点一览表"])
        ws.write_row(1, 0, ["序号", "股室", "岗位", "姓名", "廉政风险点", "防控措施"])
        rows = [("股长", "屈晓峰", "审计中隐瞒问题", "#E00000"), ("审计员", "柯雨萌", "泄露审计信息", "#1F4E9E"),
                ("会计", "温子墨", "票据保管不善", None)]  # fmt: skip
        for r, (post, name, point, colour) in enumerate(rows, 2):
            fmt = fonts[colour] if colour and coloured else None
            ws.write_row(r, 0, [r - 1, "审计股", post, name, point, "复核"], fmt)
        ws.write_string(5, 0, note)
        wb.close()

    note = "注：文字为红色字体的风险点为一级风险，蓝色字体的为二级风险，其余为三级风险。"
    book(tmp_path / "a" / "t.xlsx", note)
    config = load_config()
    got = assemble((read_file(p, rel, config) for p, rel in discover([tmp_path / "a"])), config,
                   [tmp_path / "a"])  # fmt: skip
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级", "Ⅲ级"]
    assert "文字颜色" in got.issues[got.issues["code"] == "LEVEL_COLOURS"]["message"].iloc[0]
    # a note on red text marking new points gives no level; nor does a sheet with no coloured text
    book(tmp_path / "b" / "t.xlsx", "注：红色字体为本次新增的风险点。")
    book(tmp_path / "c" / "t.xlsx", note, coloured=False)
    for d in ("b", "c"):
        got = assemble((read_file(p, rel, config) for p, rel in discover([tmp_path / d])), config,
                       [tmp_path / d])  # fmt: skip
        assert set(got.risks["risk_level"]) == {""}, d


def test_a_grid_of_cards_under_one_title_are_all_of_its_unit(tmp_path):
    # (291: cards two across under the sheet's title, each card with a caption of its own)
    card = [["姓名", "鄂澜清", "岗位", "站长"], ["所在科室", "站领导"], ["序号", "风险点", "风险等级", "防控措施"],
            [1, "违规发放补贴", "高", "公示"]]  # fmt: skip
    right = [["姓名", "闵晚舟", "岗位", "会计"], ["所在科室", "财务室"], ["序号", "风险点", "风险等级", "防控措施"],
             [1, "虚列支出", "中", "复核"]]  # fmt: skip
    rows = [
        ["XX县农业技术推广站岗位廉政风险防控卡"],
        ["廉政风险防控卡", "", "", "", "", "廉政风险防控卡"],
    ]
    rows += [
        [*a, "", *b] for a, b in zip([r + [""] * (4 - len(r)) for r in card], right, strict=True)
    ]
    got = run(tmp_path, {"S": rows})
    assert got.posts[["unit", "person"]].values.tolist() == [
        ["XX县农业技术推广站", "鄂澜清"], ["XX县农业技术推广站", "闵晚舟"]]  # fmt: skip


def test_holders_named_only_by_their_staff_number_and_a_sheet_of_numbers(tmp_path):
    # (289: '工号 | HX005' the only holder column, a '工号对照表' naming whose number is whose)
    rows = [["XX县公安局城关派出所岗位廉政风险公示表"], ["序号", "岗位", "警号", "廉政风险点", "风险等级", "防控措施"],
            [1, "所长", "051001", "违规插手经济纠纷", "高", "集体研究"],
            [2, "社区民警", "051007", "户籍办理中收受好处", "中", "窗口公开"],
            [3, "", "", "泄露户籍信息", "中", "查询留痕"],
            [4, "社区民警", "051012", "对辖区隐患不报告", "低", "巡查记录"]]  # fmt: skip
    names = [["民警名单"], ["警号", "姓名", "岗位"], ["051001", "阚望舒", "所长"], ["051007", "訾晏清", "社区民警"],
             ["051012", "郗若谷", "社区民警"]]  # fmt: skip
    got = run(
        tmp_path / "named", {"公示表": rows, "民警名单": names}, {"公示表": ["B4:B5", "C4:C5"]}
    )
    holders = dict(zip(got.risks["risk_point"], got.risks["person"], strict=True))
    assert holders == {"违规插手经济纠纷": "阚望舒", "户籍办理中收受好处": "訾晏清", "泄露户籍信息": "訾晏清",
                       "对辖区隐患不报告": "郗若谷"}  # fmt: skip
    # without the sheet of numbers the posts stand as they are
    got = run(tmp_path / "alone", {"公示表": rows}, {"公示表": ["B4:B5", "C4:C5"]})
    assert set(got.risks["person"]) <= {""}


def test_what_the_forty_third_review_found(tmp_path):
    from openpyxl import Workbook
    from openpyxl.styles import Color, Font

    # a post numbered in brackets ('副镇长（一）') or counted ('科员（2）') is no level
    rows = [["XX镇人民政府班子成员廉政风险防控表"], ["序号", "分工", "岗位", "姓名", "廉政风险点", "防控措施"],
            [1, "分管农业", "副镇长（一）", "郜明远", "惠农补贴审核把关不严", "公示"],
            [2, "分管城建", "副镇长（二）", "冼若兰", "工程验收走过场", "联合验收"]]  # fmt: skip
    got = run(tmp_path / "numbered", {"S": rows})
    assert set(got.risks["risk_level"]) == {""} and got.posts["title"].tolist() == [
        "副镇长（一）",
        "副镇长（二）",
    ]
    # 'Ⅰ' or '2' under '风险类别及等级' are the level, in the type's column
    grid = [["XX县市场监管局岗位廉政风险防控表"],
            ["序号", "股室", "岗位", "姓名", "风险点", "风险类别及等级", "", "", "防控措施"],
            ["", "", "", "", "", "思想道德", "制度机制", "岗位职责", ""],
            [1, "执法股", "股长", "郜明远", "执法检查中吃拿卡要", "", "", "Ⅰ", "双人执法"],
            [2, "执法股", "执法人员", "冼若兰", "选择性执法", "", "2", "", "执法记录仪"],
            [3, "办公室", "主任", "逯知秋", "公车私用", "Ⅲ", "", "", "派车单"]]  # fmt: skip
    merges = {"S": ["F2:H2", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "I2:I3"]}
    got = run(tmp_path / "grid", {"S": grid}, merges)
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级", "Ⅲ级"]
    assert got.risks["risk_type"].tolist() == ["岗位职责风险", "制度机制风险", "思想道德风险"]
    # a legend with dashes under a plain 风险点 heading splits no point
    dash = [["XX县住建局岗位廉政风险防控表"], ["序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "建管股", "股长", "郜明远", "招标投标——对围标串标行为不制止", "高", "全程监督"],
            [2, "建管股", "科员", "冼若兰", "质量监督——验收走过场", "中", "联合验收"],
            ["注：风险等级：高——一级风险，中——二级风险，低——三级风险。"]]  # fmt: skip
    got = run(tmp_path / "dash", {"S": dash})
    assert got.risks["risk_point"].tolist()[0] == "招标投标——对围标串标行为不制止"
    # a matter before the colon is no post; nor is a card's point cut
    matter = [["XX县委组织部岗位廉政风险点一览表"], ["序号", "科室", "廉政风险点", "风险等级", "防控措施"],
              [1, "干部科", "干部选拔任用：考察不深入不细致", "高", "差额考察"],
              [2, "干部科", "干部选拔任用：跑风漏气泄露信息", "中", "保密纪律"],
              [3, "组织科", "干部选拔任用：推荐环节拉票", "高", "纪实"]]  # fmt: skip
    got = run(tmp_path / "matter", {"S": matter})
    assert set(got.posts["title"]) == {""} and got.risks["risk_point"].tolist()[0].startswith(
        "干部选拔任用："
    )
    card = [["XX县财政局股室廉政风险防控卡"], ["股室", "国库股", "负责人", "郜明远"], ["序号", "风险点", "风险等级", "防控措施"],
            [1, "会计：违规办理资金支付", "高", "双人复核"], [2, "出纳：挪用公款", "高", "日清月结"]]  # fmt: skip
    got = run(tmp_path / "card", {"S": card})
    assert got.risks["risk_point"].tolist() == ["会计：违规办理资金支付", "出纳：挪用公款"]
    # a font in a colour not known here (a theme's) gets no level, not the rest's
    inbox = tmp_path / "theme"
    inbox.mkdir()
    wb = Workbook()
    ws = wb.active
    ws.title = "S"
    ws.append(["XX县审计局岗位廉政风险点一览表"])
    ws.append(["序号", "股室", "岗位", "姓名", "廉政风险点", "防控措施"])
    for i, (post, name, point, font) in enumerate(
        [("股长", "屈晓峰", "审计中隐瞒问题", Font(color=Color(rgb="FFFF0000"))),
         ("审计员", "柯雨萌", "泄露审计信息", Font(color=Color(theme=4))),
         ("会计", "温子墨", "票据保管不善", None)], 1):  # fmt: skip
        ws.append([i, "审计股", post, name, point, "复核"])
        if font:
            ws.cell(row=i + 2, column=5).font = font
    ws.append(["注：红色字体的为高风险点，蓝色字体的为中风险点，其余为低风险点。"])
    wb.save(inbox / "t.xlsx")
    config = load_config()
    got = assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "", "Ⅲ级"]
    # another body's staff list names no one here
    shown = [["XX镇便民服务中心窗口岗位廉政风险公示表"], ["序号", "窗口", "岗位", "工号", "廉政风险点", "风险等级", "防控措施"],
             [1, "社保窗口", "窗口受理员", "01", "违规办理参保", "中", "双人审核"],
             [2, "民政窗口", "窗口受理员", "02", "低保审核优亲厚友", "高", "公示"]]  # fmt: skip
    staff = [
        ["XX镇财政所工作人员名单"],
        ["工号", "姓名", "岗位"],
        ["01", "阚望舒", "所长"],
        ["02", "訾晏清", "会计"],
    ]
    got = run(tmp_path / "staff", {"公示表": shown, "人员": staff})
    assert set(got.risks["person"]) == {""}
    # a second band of a sideways table keeps its measures to itself
    side = [["XX县文化馆岗位廉政风险公示表"],
            ["岗位", "馆长", "副馆长"], ["姓名", "晏清和", "宓知远"], ["风险点", "大额支出个人决定", "活动经费虚报"],
            ["风险等级", "高", "中"], ["岗位", "辅导员", "出纳"], ["姓名", "阚星河", "訾晏清"],
            ["风险点", "培训收费不入账", "挪用公款"], ["风险等级", "中", "高"], ["防控措施", "统一收费", "日清月结"]]  # fmt: skip
    got = run(tmp_path / "side", {"S": side})
    measures = dict(zip(got.risks["risk_point"], got.risks["measures"], strict=True))
    assert measures["大额支出个人决定"] == "" and measures["培训收费不入账"] == "统一收费"
    # a concurrent holder on a sheet whose title names no unit is the file's own
    head = ["序号", "处室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"]
    leaders = [
        ["校领导岗位廉政风险防控表"],
        head,
        [1, "校领导", "副校长", "鞠怀瑾", "招生中优亲厚友", "中", "公示"],
    ]
    middle = [
        ["XX县第一中学中层岗位廉政风险防控表"],
        head,
        [1, "教务处", "主任", "由副校长兼", "考试安排不公", "中", "集体排考"],
    ]
    got = run(tmp_path / "concurrent", {"校领导": leaders, "中层": middle})
    assert (
        dict(zip(got.risks["risk_point"], got.risks["person"], strict=True))["考试安排不公"]
        == "鞠怀瑾"
    )
    # a legend defining the level column's letters is no note on the posts' grade
    letters = [["XX县自然资源局岗位廉政风险点一览表"], ["序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
               [1, "局领导", "局长", "褚望舒", "重大用地审批个人说了算", "A", "集体研究"],
               [2, "用地股", "股长", "詹若溪", "压件不办", "B", "限时办结"],
               [3, "办公室", "科员", "郜明远", "公车私用", "C", "派车单"],
               ["注：风险等级中，A表示该岗位为高风险，B表示该岗位为中风险，C表示该岗位为低风险。"]]  # fmt: skip
    got = run(tmp_path / "letters", {"S": letters})
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级", "Ⅲ级"]
    # a letterhead over another table does not make it the second page of the first
    first = [["XX县医疗保障事务中心"], ["岗位廉政风险点一览表"], ["序号", "科室", "岗位", "姓名", "风险点", "风险类别", "防控措施"],
             [1, "待遇股", "股长", "钭若川", "违规核定待遇", "岗位职责", "两人复核"],
             [2, "基金股", "会计", "逯知秋", "虚列支出", "制度机制", "对账"]]  # fmt: skip
    norms = [["XX县医疗保障事务中心"], ["风险等级评定标准"], ["序号", "风险等级", "分值", "监控主体"],
             [1, "一级", "15-25分", "局党组"], [2, "二级", "8-14分", "分管领导"]]  # fmt: skip
    got = run(tmp_path / "letterhead", {"Sheet1": first, "Sheet2": norms})
    assert set(got.risks["risk_level"]) == {""}


def test_a_point_with_its_measures_labelled_after_it_in_one_cell(tmp_path):
    # (296: '设计变更审核不严。对策：三方会签' pasted from last year's list, the measures column filled)
    rows = [["XX县交通建设公司岗位廉洁风险防控表"], ["序号", "部门", "岗位", "姓名", "廉洁风险点", "风险等级", "防控措施"],
            [1, "工程部", "部长", "瞿望川", "计量支付把关不严；措施：监理、审计双签", "高", "监理、审计双签"],
            [2, "工程部", "技术员", "阙知微", "隐蔽工程验收走过场。防控措施：影像留存", "中", ""],
            [3, "财务部", "会计", "冼书白", "虚列支出。对策：每月对账", "中", "票据审核"]]  # fmt: skip
    got = run(tmp_path, {"S": rows})
    assert list(zip(got.risks["risk_point"], got.risks["measures"], strict=True)) == [
        ("计量支付把关不严", "监理、审计双签"), ("隐蔽工程验收走过场", "影像留存"),
        ("虚列支出。对策：每月对账", "票据审核")]  # fmt: skip


def test_a_point_first_then_its_type_level_and_measures_labelled_below_it(tmp_path):
    # (472: '插手工程招标⏎风险类型：思想道德风险⏎风险等级：一级' in the point's cell, no such columns)
    rows = [["XX县水利局岗位廉政风险一览表"], ["序号", "股室", "岗位", "姓名", "廉政风险点", "防控措施"],
            [1, "水政股", "股长", "欧阳澈", "河道采砂许可违规审批\n风险等级：高\n风险类别：岗位职责", "集体审批"],
            [2, "水政股", "科员", "诸葛岚", "执法检查走过场\n风险等级：中\n防范措施：执法记录仪全程记录", ""],
            [3, "财务股", "会计", "端木蕙", "虚列工程款\n（需复核）", "票据审核"]]  # fmt: skip
    got = run(tmp_path / "a", {"S": rows})
    # (an unlabelled second line is the point's, as before)
    assert got.risks[["risk_point", "risk_level", "risk_type", "measures"]].values.tolist() == [
        ["河道采砂许可违规审批", "Ⅰ级", "岗位职责风险", "集体审批"],
        ["执法检查走过场", "Ⅱ级", "", "执法记录仪全程记录"],
        ["虚列工程款\n（需复核）", "", "", "票据审核"]]  # fmt: skip
    # a description labelled after the point is not split off (short name or how it shows: unclear)
    rows = [["XX县水利局岗位廉政风险一览表"], ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
            [1, "股长", "欧阳澈", "违规审批\n表现形式：对不符合条件的申请予以许可", "高", "公示"]]  # fmt: skip
    got = run(tmp_path / "b", {"S": rows})
    assert got.risks["risk_point"].tolist() == ["违规审批\n表现形式：对不符合条件的申请予以许可"]


def test_measures_merged_over_a_holders_points_keyed_to_them_by_number(tmp_path):
    # (473: '针对风险点3：…⏎针对风险点4：…' merged down over the points 3 and 4)
    head = ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"]
    rows = [["XX县林草局岗位廉政风险一览表"], head,
            [1, "局长", "沈砚秋", "林地审批个人决定", "高", "风险点1：审批集体研究\n风险点2：公开招标"],
            [2, "局长", "沈砚秋", "插手造林工程", "高", ""],
            [3, "护林员", "温牧之", "虚报管护面积", "中", "对应第3项风险点：卫星图斑比对"]]  # fmt: skip
    got = run(tmp_path / "a", {"S": rows}, {"S": ["F3:F4"]})
    assert got.risks["measures"].tolist() == ["审批集体研究", "公开招标", "卫星图斑比对"]
    assert ("MEASURES_LINES_BY_NUMBER", "F2") in issues(got)
    # a key naming no row the cell serves: each keeps the whole cell, nothing said
    rows[2][5] = "风险点1：审批集体研究\n风险点5：公开招标"
    rows[4][5] = "卫星图斑比对"
    got = run(tmp_path / "b", {"S": rows}, {"S": ["F3:F4"]})
    assert got.risks["measures"].tolist()[:2] == [rows[2][5]] * 2
    assert "MEASURES_LINES_BY_NUMBER" not in dict(issues(got))
    # measures numbered as a list, no point named: one list for both, as before
    rows[2][5] = "1.审批集体研究\n2.公开招标"
    got = run(tmp_path / "c", {"S": rows}, {"S": ["F3:F4"]})
    assert got.risks["measures"].tolist()[:2] == [rows[2][5]] * 2


def test_a_vacant_post_held_by_the_one_its_remarks_name(tmp_path):
    # (293: 姓名 blank, 备注 '岗位暂缺，现由站长逄樾岑负责': he answers for it now)
    rows = [["XX镇农业综合服务中心岗位廉政风险一览表"], ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施", "备注"],
            [1, "主任", "蒯知白", "违规发放补贴", "高", "公示", ""],
            [2, "农机员", "", "农机补贴虚报", "中", "核查", "岗位空缺，目前由主任蒯知白兼管"],
            [3, "报账员", "", "白条入账", "中", "审核", "暂由镇财政所出纳訾晚晴代理"],
            [4, "技术员", "", "推广项目验收走过场", "低", "联合验收", "由分管领导负责审核"]]  # fmt: skip
    got = run(tmp_path, {"S": rows})
    holders = dict(zip(got.risks["risk_point"], got.risks["person"], strict=True))
    assert holders == {
        "违规发放补贴": "蒯知白",
        "农机补贴虚报": "蒯知白",
        "白条入账": "訾晚晴",
        "推广项目验收走过场": "",
    }


def test_a_keshi_label_merged_down_beside_each_section_of_a_table(tmp_path):
    # (295: column A unheaded, '药剂科' merged down from its section's own heading row)
    head = ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"]
    rows = [["XX县妇幼保健院岗位廉洁风险登记表"],
            ["院办", *head], ["", 1, "主任", "阙望舒", "公车私用", "中", "派车单"],
            ["", 2, "文员", "訾晓岚", "泄露文件", "低", "保密"],
            ["检验科", *head], ["", 1, "科主任", "宓知行", "试剂采购收回扣", "高", "集中采购"],
            ["", 2, "检验师", "冼若川", "出具虚假报告", "高", "双人复核"]]  # fmt: skip
    got = run(tmp_path, {"S": rows}, {"S": ["A2:A4", "A5:A7"]})
    assert got.posts[["department", "title"]].values.tolist() == [
        ["院办", "主任"], ["院办", "文员"], ["检验科", "科主任"], ["检验科", "检验师"]]  # fmt: skip


def test_a_mark_after_the_point_a_note_defines_gives_its_level(tmp_path):
    # (300: '…虚增工程量①' and '注：风险点后标注①的为一级风险…', no level column)
    rows = [["XX县国有林场岗位廉政风险一览表"], ["序号", "岗位", "姓名", "廉政风险点", "防控措施"],
            [1, "场长", "瞿望川", "木材销售定价个人说了算②", "集体定价"],
            [2, "会计", "阙知微", "虚列造林支出①", "票据审核"],
            [3, "护林员", "冼书白", "巡山记录造假★", "轨迹核查"],
            ["注：风险点后标有②的为二级风险，标有①的为一级风险，标有★的为三级风险。"]]  # fmt: skip
    got = run(tmp_path / "after", {"S": rows})
    assert list(zip(got.risks["risk_point"], got.risks["risk_level"], strict=True)) == [
        ("木材销售定价个人说了算", "Ⅱ级"), ("虚列造林支出", "Ⅰ级"), ("巡山记录造假", "Ⅲ级")]  # fmt: skip
    # with no note defining them, a trailing ① is left as written
    got = run(tmp_path / "plain", {"S": rows[:-1]})
    assert got.risks["risk_point"].tolist()[1] == "虚列造林支出①"


def test_what_the_forty_fourth_review_found(tmp_path):
    head = ["序号", "部门", "岗位", "姓名", "廉洁风险点", "风险等级", "防控措施"]
    # a cell of two lines, a point and its measures each: kept whole, the second point not lost
    two = "计量支付把关不严。措施：双签\n设计变更随意。措施：三方会签"
    got = run(
        tmp_path / "lines",
        {
            "S": [
                ["XX县交投公司岗位廉洁风险表"],
                head,
                [1, "工程部", "部长", "瞿望川", two, "高", ""],
            ]
        },
    )
    assert got.risks["risk_point"].tolist() == [two]
    # the same measures in other punctuation are the row's own
    rows = [["XX县交投公司岗位廉洁风险表"], head,
            [1, "工程部", "部长", "瞿望川", "计量支付把关不严。措施：1.监理签字；2.审计复核", "高", "1.监理签字\n2.审计复核"],
            [2, "财务部", "会计", "冼书白", "虚列支出。对策：每月对账。", "中", "每月对账"]]  # fmt: skip
    got = run(tmp_path / "same", {"S": rows})
    assert got.risks["risk_point"].tolist() == ["计量支付把关不严", "虚列支出"]
    # a remark naming who manages, signs, left or will take the post names no holder of a vacant post
    rows = [["XX镇便民服务中心岗位廉政风险表"], ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施", "备注"],
            [1, "主任", "蒯知白", "违规插手审批", "高", "集体研究", ""],
            [2, "窗口工作人员", "", "吃拿卡要", "中", "好差评", "共8人，由分管副主任郗若谷负责日常管理"],
            [3, "农机员", "", "农机补贴虚报", "中", "核查", "岗位空缺（原由郜明远负责，已调离）"],
            [4, "报账员", "", "白条入账", "中", "审核", "拟由冼若兰兼任"]]  # fmt: skip
    got = run(tmp_path / "remarks", {"S": rows})
    assert got.risks["person"].tolist() == ["蒯知白", "", "", ""]
    # units merged down column A are no 科室
    cols = ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"]
    rows = [["XX县卫健系统基层单位岗位廉洁风险登记表"],
            ["城关镇卫生院", *cols], ["", 1, "院长", "阙望舒", "药品回扣", "高", "集体决策"],
            ["新场镇卫生院", *cols], ["", 1, "院长", "宓知行", "工程发包", "高", "公开招标"]]  # fmt: skip
    got = run(tmp_path / "units", {"S": rows}, {"S": ["A2:A3", "A4:A5"]})
    assert set(got.posts["department"]) == {""}
    # a note saying what follows the dash splits the point too
    rows = [["XX县住建局岗位廉政风险防控表"], ["序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "建管股", "股长", "郜明远", "招标投标——对围标串标行为不制止", "高", "全程监督"],
            [2, "建管股", "科员", "冼若兰", "质量监督——验收走过场", "中", "联合验收"],
            ["注：“风险点”栏中“——”后为该风险点的具体表现。"]]  # fmt: skip
    got = run(tmp_path / "after", {"S": rows})
    assert got.risks["risk_point"].tolist() == ["招标投标", "质量监督"]
    # a 姓名 column and no 岗位 column: the post before the colon is the row's
    rows = [["XX县粮食储备库岗位廉政风险防控表"], ["序号", "姓名", "廉政风险点", "风险等级", "防控措施"],
            [1, "郜明远", "保管员：出库时以陈粮顶替新粮", "高", "出库双人监督"],
            [2, "冼若兰", "会计：虚列收购费用", "中", "每月对账"]]  # fmt: skip
    got = run(tmp_path / "named", {"S": rows})
    assert got.posts["title"].tolist() == ["保管员", "会计"]
    # a note grading posts by their kind ('局领导岗位为一级') levels no point
    rows = [["XX县自然资源局岗位廉政风险表"], ["序号", "股室", "岗位", "岗位类别", "姓名", "廉政风险点", "防控措施"],
            [1, "局领导", "局长", "局领导", "褚望舒", "重大用地审批个人说了算", "集体研究"],
            [2, "用地股", "股长", "股室负责人", "詹若溪", "压件不办", "限时办结"],
            ["注：局领导岗位为一级，股室负责人岗位为二级。"]]  # fmt: skip
    got = run(tmp_path / "grade", {"S": rows})
    assert set(got.risks["risk_level"]) == {""}
    # a second page whose title is the first's, the first with a 填报 line besides, joins
    first = [["XX县医保中心廉政风险台账"], ["填报单位：XX县医保中心（盖章）", "", "", "", "填报时间：2023年3月"],
             ["序号", "科室", "岗位", "姓名", "风险点", "风险类别"],
             [1, "待遇股", "股长", "钭若川", "违规核定待遇", "岗位职责"], [2, "基金股", "会计", "逯知秋", "虚列支出", "制度机制"]]  # fmt: skip
    second = [["XX县医保中心廉政风险台账（续）"], ["序号", "防控措施", "风险级别", "责任领导"],
              [1, "两人复核", "一级", "副主任"], [2, "对账", "二级", "主任"]]  # fmt: skip
    got = run(tmp_path / "pages", {"Sheet1": first, "Sheet2": second})
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级"]
    # a staff list writing the post more fully still names its holder
    shown = [["XX县公安局城关派出所岗位廉政风险公示表"], ["序号", "岗位", "警号", "廉政风险点", "风险等级", "防控措施"],
             [1, "所长", "051001", "违规插手经济纠纷", "高", "集体研究"],
             [2, "社区民警", "051007", "户籍办理中收受好处", "中", "窗口公开"],
             [3, "社区民警", "051012", "对辖区隐患不报告", "低", "巡查记录"]]  # fmt: skip
    staff = [["民警名单"], ["警号", "姓名", "岗位"], ["051001", "阚望舒", "所长（主持工作）"],
             ["051007", "訾晏清", "社区警务室民警"], ["051012", "郗若谷", "社区民警（一组）"]]  # fmt: skip
    got = run(tmp_path / "staff", {"公示表": shown, "民警名单": staff})
    assert got.risks["person"].tolist() == ["阚望舒", "訾晏清", "郗若谷"]


def test_points_that_end_with_their_holders_in_brackets(tmp_path):
    # (297: no 姓名 column, '…低价发包给亲友（鄢璟琤）', two names a point of each)
    rows = [["XX村小微权力廉洁风险清单"], ["序号", "岗位", "廉洁风险点", "风险等级", "防控措施"],
            [1, "村“两委”成员", "集体资产低价发包给亲友（瞿望川）", "高", "公开竞价"],
            [2, "村“两委”成员", "低保评议优亲厚友（阙知微、冼书白）", "中", "张榜公示"],
            [3, "村务监督委员会成员", "监督走过场（郗若谷）", "中", "定期检查"]]  # fmt: skip
    got = run(tmp_path / "named", {"S": rows}, {"S": ["B3:B4"]})
    assert sorted(zip(got.risks["person"], got.risks["risk_point"], strict=True)) == sorted([
        ("瞿望川", "集体资产低价发包给亲友"), ("阙知微", "低保评议优亲厚友"), ("冼书白", "低保评议优亲厚友"),
        ("郗若谷", "监督走过场")])  # fmt: skip
    # brackets of no names stay in the point
    plain = [rows[0], rows[1], [1, "村“两委”成员", "集体资产低价发包（试行）", "高", "公开竞价"],
             [2, "村“两委”成员", "低保评议优亲厚友（村文书）", "中", "张榜公示"]]  # fmt: skip
    got = run(tmp_path / "plain", {"S": plain})
    assert got.risks["risk_point"].tolist() == [
        "集体资产低价发包（试行）",
        "低保评议优亲厚友（村文书）",
    ]


def test_types_given_by_the_letters_of_a_code_a_note_defines(tmp_path):
    # (298: '风险编码 | ZD-01' and '风险编码说明：…（SX—思想道德风险，ZD—制度机制风险…）', no type column)
    rows = [["XX县统计局岗位廉政风险点登记表"],
            ["编码说明：编号字母为风险类型，GW—岗位职责风险，SX—思想道德风险，ZD—制度机制风险。"],
            ["序号", "风险编号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
            [1, "GW-01", "局长", "瞿望川", "干预统计数据", "高", "集体研究"],
            [2, "SX02", "统计员", "阙知微", "收受调查对象礼品", "中", "拒收登记"],
            [3, "ZD-03", "统计员", "阙知微", "数据审核制度不健全", "低", "完善制度"]]  # fmt: skip
    got = run(tmp_path / "coded", {"S": rows})
    assert got.risks["risk_type"].tolist() == ["岗位职责风险", "思想道德风险", "制度机制风险"]
    assert "TYPE_CODES" in {c for c, _ in issues(got)} and not issues(got, "warning")
    assert not issues(got, "error")
    # codes whose letters no note defines give no type
    got = run(tmp_path / "undefined", {"S": [rows[0], *rows[2:]]})
    assert set(got.risks["risk_type"]) == {""}


def test_points_that_open_with_their_area_of_work(tmp_path):
    # (304: '工程发包方面：授意将项目肢解发包…' in every point cell: the area, then the point)
    from xlproc.identity import unit_in_title

    rows = [["XX县水务投资有限公司公司领导岗位廉洁风险防控表"], ["序号", "岗位", "姓名", "廉洁风险点", "风险等级", "防控措施"],
            [1, "董事长", "瞿望川", "项目投资方面：重大投资不经集体决策", "高", "集体决策"],
            [2, "总经理", "阙知微", "物资采购方面：指定供应商", "中", "公开比选"],
            [3, "总经理", "阙知微", "“三重一大”方面：个人说了算", "高", "会议纪要"]]  # fmt: skip
    got = run(tmp_path / "areas", {"S": rows})
    assert got.risks["risk_point"].tolist() == ["重大投资不经集体决策", "指定供应商", "个人说了算"]
    assert got.risks["workflow"].tolist()[0] == "项目投资方面"
    assert unit_in_title(rows[0][0]) == "XX县水务投资有限公司"
    # one point so opening among plain ones stays as written
    plain = [*rows[:2], [1, "董事长", "瞿望川", "重大投资不经集体决策", "高", "集体决策"],
             [2, "总经理", "阙知微", "物资采购中指定供应商", "中", "公开比选"],
             [3, "总经理", "阙知微", "决策方面：个人说了算", "高", "会议纪要"]]  # fmt: skip
    got = run(tmp_path / "plain", {"S": plain})
    assert got.risks["risk_point"].tolist()[2] == "决策方面：个人说了算"


def test_a_level_in_brackets_after_the_type(tmp_path):
    # (302: '业务流程（高）' under '风险类型', no level column)
    rows = [["XX县司法局岗位廉政风险一览表"], ["序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "防控措施"],
            [1, "局领导", "局长", "瞿望川", "干预案件办理", "岗位职责（一级）", "集体研究"],
            [2, "公证处", "公证员", "阙知微", "违规出具公证书", "制度机制(中)", "双人审核"],
            [3, "办公室", "主任", "冼书白", "公车私用", "思想道德（低）", "派车单"]]  # fmt: skip
    got = run(tmp_path / "typed", {"S": rows})
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级", "Ⅲ级"]
    assert got.risks["risk_type"].tolist() == ["岗位职责风险", "制度机制风险", "思想道德风险"]
    # a level column of its own stands; a bracket of no level adds none
    own = [
        rows[0],
        [*rows[1][:6], "风险等级", "防控措施"],
        *[[*r[:6], "高", r[6]] for r in rows[2:]],
    ]
    got = run(tmp_path / "own", {"S": own})
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅰ级", "Ⅰ级"]


def test_points_across_columns_numbered_in_chinese_each_with_its_level_in_brackets(tmp_path):
    # (303: '风险点一 | 风险点二 | 风险点三', each '…（高）', '/' unused, one measures cell for all)
    rows = [["XX县疾控中心岗位廉政风险表"], ["序号", "岗位", "姓名", "廉政风险点一", "廉政风险点二", "防控措施"],
            [1, "主任", "瞿望川", "疫苗采购收受回扣（高）", "干部任用不公（中）", "集体研究，公开采购"],
            [2, "检验员", "阙知微", "出具虚假检验报告（中）", "/", "双人复核"]]  # fmt: skip
    got = run(tmp_path, {"S": rows})
    assert list(zip(got.risks["person"], got.risks["risk_point"], got.risks["risk_level"], got.risks["measures"],
                    strict=True)) == [
        ("瞿望川", "疫苗采购收受回扣", "Ⅰ级", "集体研究，公开采购"), ("瞿望川", "干部任用不公", "Ⅱ级", "集体研究，公开采购"),
        ("阙知微", "出具虚假检验报告", "Ⅱ级", "双人复核")]  # fmt: skip


def test_the_keshi_given_by_the_letters_of_a_code_a_note_defines(tmp_path):
    # (301: '序号 | DZB-01', '注：序号前的字母为科室代码：LD—镇领导班子；DZB—党政综合办公室…', no 科室 column)
    rows = [["XX镇人民政府岗位廉政风险点登记表"], ["序号", "岗位", "廉政风险点", "风险等级", "防控措施"],
            ["LD-01", "镇长", "征地补偿方案不经集体研究", "高", "集体研究"],
            ["BG-01", "主任", "公务接待虚列开支", "中", "清单公示"],
            ["SH-01", "主任", "低保审核优亲厚友", "高", "张榜公示"],
            ["注：编号字母为科室代码，LD—镇领导班子，BG—党政办公室，SH—社会事务办公室。"]]  # fmt: skip
    got = run(tmp_path / "codes", {"S": rows})
    assert got.posts[["department", "title"]].values.tolist() == [
        ["镇领导班子", "镇长"], ["党政办公室", "主任"], ["社会事务办公室", "主任"]]  # fmt: skip
    assert "DEPT_CODES" in {c for c, _ in issues(got)}
    # a code with the unit's letters before, and a note in brackets or quotes, gives the type
    typed = [["XX县审计局岗位廉政风险点登记表"], ["序号", "风险编码", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
             [1, "SJ-SX-01", "局长", "瞿望川", "收受被审计单位礼品", "高", "拒收登记"],
             [2, "SJ-ZD-02", "审计员", "阙知微", "审计报告审核制度不健全", "中", "完善制度"]]  # fmt: skip
    for i, note in enumerate(["注：风险编码中“SX”代表思想道德风险，“ZD”代表制度机制风险。",
                              "注：风险编码中间两位为类型代码：SX（思想道德风险）、ZD（制度机制风险）。"]):  # fmt: skip
        got = run(tmp_path / f"typed{i}", {"S": [*typed, [note]]})
        assert got.risks["risk_type"].tolist() == ["思想道德风险", "制度机制风险"], note


def test_what_the_forty_fifth_review_found(tmp_path):
    head = ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施", "备注"]
    remarks = {"岗位暂缺，现由副主任郗若谷负责日常工作": "郗若谷", "暂由会计郜明远代管该岗位": "郜明远",
               "由副主任郗若谷兼任": "郗若谷", "原农机员已调离，现由郗若谷代管": "郗若谷",
               "原由冼若兰负责，现由郜明远负责": "郜明远"}  # fmt: skip
    for i, (remark, who) in enumerate(remarks.items()):
        rows = [["XX镇农业服务中心岗位廉政风险防控表"], head, [1, "主任", "蒯知白", "违规插手项目审批", "高", "集体研究", ""],
                [2, "农机员", "", "虚报冒领农机补贴", "中", "公示", remark]]  # fmt: skip
        got = run(tmp_path / f"remark{i}", {"S": rows})
        assert got.risks["person"].tolist()[1] == who, remark
    # measures written on the lines after their label are still the row's
    cols = ["序号", "部门", "岗位", "姓名", "廉洁风险点", "风险等级", "防控措施"]
    rows = [["XX县交投公司岗位廉洁风险表"], cols,
            [1, "工程部", "部长", "瞿望川", "计量支付把关不严。措施：1.监理签字\n2.审计复核", "高", ""],
            [2, "财务部", "会计", "冼书白", "虚列支出。对策：\n每月对账", "中", ""]]  # fmt: skip
    got = run(tmp_path / "lines", {"S": rows})
    assert got.risks["risk_point"].tolist() == ["计量支付把关不严", "虚列支出"]
    # a bracket of a word that is no name, or a placeholder, names no holder
    rows = [["XX镇机关干部岗位廉政风险排查表"], ["序号", "岗位", "廉政风险点", "风险等级", "防控措施"],
            [1, "分管领导", "信访事项办理推诿拖延（信访）", "中", "限时办结"], [2, "安监员", "安全检查走过场（安全）", "高", "交叉检查"],
            [3, "执法员", "执法不规范（程序）", "中", "公示"], [4, "会计", "虚列支出（王某）", "高", "集体研究"]]  # fmt: skip
    got = run(tmp_path / "words", {"S": rows})
    assert set(got.risks["person"]) == {""}
    # a card names its own holder: a bracket in a point adds no one
    card = [["XX村村会计廉政风险防控卡"], ["姓名", "瞿望川", "岗位", "村会计"], ["序号", "廉政风险点", "风险等级", "防控措施"],
            [1, "与报账员串通虚列支出（瞿望川、阙知微）", "高", "双人复核"], [2, "白条入账（瞿望川）", "中", "村监委审核"]]  # fmt: skip
    got = run(tmp_path / "card", {"S": card})
    assert len(got.risks) == 2 and set(got.risks["person"]) == {"瞿望川"}
    # a mark a line in one cell gives no one level; a mark before a full stop, and marks listed 分别为
    marked = [["XX县水务局岗位廉政风险防控一览表"], ["序号", "股室", "岗位", "姓名", "廉政风险点", "防控措施"],
              [1, "工程股", "股长", "瞿望川", "1.违规发包①\n2.虚增工程量②", "集体研究"],
              [2, "财务股", "会计", "阙知微", "项目资金拨付审核不严③。", "集体研究"],
              ["注：风险点后标注①、②、③的分别为一级、二级、三级风险。"]]  # fmt: skip
    got = run(tmp_path / "marks", {"S": marked})
    assert got.risks["risk_level"].tolist() == ["", "Ⅲ级"]
    assert got.risks["risk_point"].tolist()[1] == "项目资金拨付审核不严"
    # holders in brackets written with 等, a label, or a post before the name
    rows = [["XX镇XX村小微权力廉洁风险清单"], ["序号", "岗位", "廉洁风险点", "风险等级", "防控措施"],
            [1, "村会计", "虚列支出（责任人：瞿望川）", "中", "公开"], [2, "村会计", "白条入账（书记阙知微等）", "中", "公开"]]  # fmt: skip
    got = run(tmp_path / "ways", {"S": rows})
    assert got.risks["person"].tolist() == ["瞿望川", "阙知微"]


def test_a_status_after_the_point_is_no_part_of_it(tmp_path):
    # (308: '…套取资金（新增）', '…（修订）' in this year's dynamic list)
    rows = [["XX县城投集团岗位廉洁风险动态调整清单"], ["序号", "部门", "岗位", "姓名", "廉洁风险点", "风险等级", "防控措施"],
            [1, "工程部", "部长", "瞿望川", "计量支付把关不严（本年度新增）", "高", "双签"],
            [2, "财务部", "会计", "冼书白", "虚列支出(修订)", "中", "对账"],
            [3, "财务部", "出纳", "郗若谷", "坐支现金（试行办法执行不到位）", "中", "日清月结"]]  # fmt: skip
    got = run(tmp_path, {"S": rows})
    assert got.risks["risk_point"].tolist() == [
        "计量支付把关不严",
        "虚列支出",
        "坐支现金（试行办法执行不到位）",
    ]


def test_what_the_forty_sixth_review_found(tmp_path):
    head = ["序号", "岗位", "姓名", "廉洁风险点", "风险等级", "防控措施"]
    # a type before 方面 is the point's type
    rows = [["XX县城投公司岗位廉洁风险防控表"], head,
            [1, "董事长", "瞿望川", "思想道德风险方面：收受工程老板礼品礼金", "高", "廉政谈话"],
            [2, "总经理", "阙知微", "制度机制方面：重大事项决策程序不健全", "中", "完善制度"]]  # fmt: skip
    got = run(tmp_path / "typed", {"S": rows})
    assert got.risks["risk_type"].tolist() == ["思想道德风险", "制度机制风险"]
    assert got.risks["risk_point"].tolist()[0] == "收受工程老板礼品礼金"
    # numbered lines each with its area, or a lead-in, are no area of the cell
    lines = "1.工程发包方面：授意肢解发包\n2.资金拨付方面：违规提前拨付"
    rows = [["XX县城投公司岗位廉洁风险防控表"], head, [1, "董事长", "瞿望川", lines, "高", "集体决策"],
            [2, "总经理", "阙知微", "1.物资采购方面：指定供应商\n2.人事方面：违规招聘", "中", "公开比选"]]  # fmt: skip
    got = run(tmp_path / "lines", {"S": rows})
    assert got.risks["risk_point"].tolist()[0] == lines
    # two-character names of surnames beyond the commonest hundred; words that read as names are none
    rows = [["XX县交通运输局岗位廉政风险表"], ["序号", "岗位", "廉洁风险点", "风险等级", "防控措施"],
            [1, "局长", "违规干预工程招标（付强）", "高", "集体研究"], [2, "副局长", "工程变更把关不严（邹平）", "高", "集体研究"],
            [3, "财务股长", "资金拨付审核不严（薛涛）", "中", "双人复核"], [4, "路政员", "路政巡查不到位（贾军）", "中", "交叉检查"],
            [5, "路政员", "超限车辆违规放行（高速）", "中", "交叉检查"]]  # fmt: skip
    got = run(tmp_path / "names", {"S": rows})
    assert got.risks["person"].tolist() == ["付强", "邹平", "薛涛", "贾军", ""]
    # a 负责人 line over a list of several posts makes no card of it
    rows = [["XX县财政局财务股岗位廉政风险防控表"], ["负责人：瞿望川"], ["序号", "岗位", "廉洁风险点", "风险等级", "防控措施"],
            [1, "股长", "资金拨付审核不严（瞿望川）", "高", "集体研究"], [2, "会计", "虚列支出（阙知微）", "中", "双人复核"],
            [3, "出纳", "坐支现金（冼书白）", "中", "日清月结"]]  # fmt: skip
    got = run(tmp_path / "head", {"S": rows})
    assert got.risks["person"].tolist() == ["瞿望川", "阙知微", "冼书白"]
    # a point wrapped over two lines keeps its one mark's level
    rows = [["XX县水务局岗位廉政风险防控一览表"], ["序号", "股室", "岗位", "姓名", "廉政风险点", "防控措施"],
            [1, "工程股", "股长", "瞿望川", "在项目审批过程中未严格执行\n集体研究制度★★★", "集体研究"],
            [2, "财务股", "会计", "阙知微", "项目资金拨付审核不严★★", "双人复核"],
            ["注：★★★为一级风险，★★为二级风险，★为三级风险。"]]  # fmt: skip
    got = run(tmp_path / "wrapped", {"S": rows})
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级"]
    # a second numbered point or a level line after the measures' label keeps the cell whole
    cols = ["序号", "部门", "岗位", "姓名", "廉洁风险点", "风险等级", "防控措施"]
    cell = "1.计量支付把关不严。措施：监理签字\n2.违规签证变更"
    got = run(
        tmp_path / "two",
        {
            "S": [
                ["XX县交投公司岗位廉洁风险表"],
                cols,
                [1, "工程部", "部长", "瞿望川", cell, "高", ""],
            ]
        },
    )
    assert got.risks["measures"].tolist() != ["监理签字\n2.违规签证变更"]
    # '退休后暂由…代管' names who holds the vacant post now
    rows = [["XX镇农业服务中心岗位廉政风险防控表"], [*head, "备注"], [1, "主任", "蒯知白", "违规插手项目审批", "高", "集体研究", ""],
            [2, "农机员", "", "虚报冒领农机补贴", "中", "公示", "农机员退休后暂由郜明远代管"]]  # fmt: skip
    got = run(tmp_path / "retired", {"S": rows})
    assert got.risks["person"].tolist() == ["蒯知白", "郜明远"]
    # 科室 codes of three parts, and one code giving the 科室 and the type
    note = "注：编号字母为科室代码，LD—镇领导班子，DZB—党政综合办公室。"
    rows = [["XX镇人民政府岗位廉政风险点登记表"], ["序号", "岗位", "廉政风险点", "风险等级", "防控措施"],
            ["LD-01-01", "镇长", "征地补偿方案不经集体研究", "高", "集体研究"],
            ["DZB-01-01", "主任", "公务接待虚列开支", "中", "清单公示"], [note]]  # fmt: skip
    got = run(tmp_path / "three", {"S": rows})
    assert got.posts["department"].tolist() == ["镇领导班子", "党政综合办公室"]
    both = [["XX镇人民政府岗位廉政风险点登记表"], ["序号", "风险编码", "岗位", "廉政风险点", "风险等级", "防控措施"],
            [1, "DZB-SX-01", "主任", "收受礼品", "中", "拒收登记"], [2, "SHB-ZD-01", "主任", "低保审核制度不健全", "高", "完善制度"],
            ["注：编码前三位为科室代码：DZB—党政综合办公室，SHB—社会事务办公室；后两位为风险类型：SX—思想道德风险，ZD—制度机制风险。"]]  # fmt: skip
    got = run(tmp_path / "both", {"S": both})
    assert got.posts["department"].tolist() == ["党政综合办公室", "社会事务办公室"]
    assert got.risks["risk_type"].tolist() == ["思想道德风险", "制度机制风险"]
    # marks listed '分别为高风险、中风险…', and marks written without separators
    for i, note in enumerate(["注：风险点后标注①、②、③的分别为高风险、中风险、低风险。",
                              "注：风险点后标注①②③的分别为一级、二级、三级风险。"]):  # fmt: skip
        rows = [["XX县水务局岗位廉政风险防控一览表"], ["序号", "股室", "岗位", "姓名", "廉政风险点", "防控措施"],
                [1, "工程股", "股长", "瞿望川", "违规发包①", "集体研究"], [2, "财务股", "会计", "阙知微", "公车私用③", "派车单"],
                [note]]  # fmt: skip
        got = run(tmp_path / f"listed{i}", {"S": rows})
        assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅲ级"], note


def test_a_table_of_posts_above_the_points_joined_by_the_posts_code(tmp_path):
    # (307: '岗位编号 | 科室 | 岗位 | 姓名' above '序号 | 岗位编号 | 廉政风险点 | …' on one sheet)
    rows = [["XX县疾控中心重点岗位廉政风险防控表"], ["一、重点岗位人员"],
            ["岗位代码", "科室", "岗位", "姓名"], ["P01", "中心领导", "主任", "瞿望川"], ["P02", "检验科", "科长", "阙知微"],
            ["P03", "检验科", "检验员", "冼书白"], [],
            ["二、风险点"], ["序号", "岗位代码", "廉政风险点", "风险等级", "防控措施"],
            [1, "P01", "疫苗采购收受回扣", "高", "集体研究"], [2, "P03", "出具虚假报告", "中", "双人复核"],
            [3, "P02", "试剂验收走过场", "中", "联合验收"], [4, "P01", "干部任用不公", "中", "民主推荐"]]  # fmt: skip
    got = run(tmp_path, {"S": rows})
    assert sorted(got.posts[["department", "title", "person"]].values.tolist()) == sorted(
        [["中心领导", "主任", "瞿望川"], ["检验科", "科长", "阙知微"], ["检验科", "检验员", "冼书白"]])  # fmt: skip
    assert (
        dict(zip(got.risks["risk_point"], got.risks["person"], strict=True))["出具虚假报告"]
        == "冼书白"
    )
    assert not issues(got, "warning") and not issues(got, "error")


def test_posts_listing_the_codes_of_the_risks_they_hold_on_another_sheet(tmp_path):
    # (311: a catalogue of risks by code, and a sheet of posts each listing its codes 'FX-01、FX-02')
    catalogue = [["XX县档案馆廉政风险点目录"], ["风险编号", "廉政风险点", "风险等级", "防控措施"],
                 ["DA-01", "违规出借档案", "中", "登记审批"], ["DA-02", "收受查档人好处", "高", "拒收登记"],
                 ["DA-03", "档案采购指定供应商", "高", "公开比选"]]  # fmt: skip
    posts = [["岗位与风险对照表"], ["科室", "岗位", "姓名", "对应风险编号"],
             ["利用科", "查档员", "瞿望川", "DA-01、DA-02"], ["办公室", "主任", "阙知微", "DA-03，DA-02"]]  # fmt: skip
    got = run(tmp_path, {"目录": catalogue, "对照": posts})
    assert sorted(zip(got.risks["person"], got.risks["risk_point"], strict=True)) == sorted([
        ("瞿望川", "违规出借档案"), ("瞿望川", "收受查档人好处"), ("阙知微", "档案采购指定供应商"),
        ("阙知微", "收受查档人好处")])  # fmt: skip


def test_a_point_revised_this_year_with_its_former_wording_in_the_cell(tmp_path):
    # (312: '原：…⏎现：…' in the point's cell: the point as it is now)
    rows = [["XX县国资公司岗位廉洁风险动态调整清单"], ["序号", "部门", "岗位", "姓名", "廉洁风险点", "风险等级", "防控措施"],
            [1, "投资部", "部长", "瞿望川", "调整前：投资决策不规范\n调整后：重大投资不经集体决策、个人说了算", "高", "集体决策"],
            [2, "财务部", "会计", "冼书白", "虚列支出", "中", "对账"]]  # fmt: skip
    got = run(tmp_path, {"S": rows})
    assert got.risks["risk_point"].tolist() == ["重大投资不经集体决策、个人说了算", "虚列支出"]


def test_a_level_from_the_count_of_criteria_ticked_by_a_note(tmp_path):
    # (310: '风险等级评定要素' over criteria columns, '√' under those met, a note banding the count)
    rows = [["XX县审计局岗位廉政风险等级评定表"],
            ["序号", "岗位", "姓名", "廉政风险点", "风险等级评定要素（打√）", "", "", "防控措施"],
            ["", "", "", "", "涉及资金", "有裁量权", "面对服务对象", ""],
            [1, "局长", "瞿望川", "干预审计结论", "√", "√", "", "集体审理"],
            [2, "审计员", "阙知微", "收受被审计单位礼品", "", "", "√", "拒收登记"],
            [3, "科长", "冼书白", "隐瞒审计发现", "√", "√", "√", "复核"],
            ["注：符合3项的为一级风险，符合2项的为二级风险，符合1项的为三级风险。"]]  # fmt: skip
    merges = {"S": ["E2:G2", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "H2:H3"]}
    got = run(tmp_path / "noted", {"S": rows}, merges)
    assert got.risks["risk_level"].tolist() == ["Ⅱ级", "Ⅲ级", "Ⅰ级"]
    # without the note the ticks give no level
    got = run(tmp_path / "bare", {"S": rows[:-1]}, merges)
    assert set(got.risks["risk_level"]) == {""}


def test_a_holder_written_at_the_posts_first_row_only(tmp_path):
    # (309: a list by work item, 科室 and 岗位 on every row, 责任人 only at the post's first row)
    rows = [["XX镇人民政府廉政风险防控表"], ["序号", "工作事项", "责任科室", "责任岗位", "责任人", "廉政风险点", "风险等级", "防控措施"],
            [1, "惠农补贴", "财政所", "会计", "瞿望川", "虚报冒领", "高", "公示"],
            [2, "低保审核", "社会事务办", "主任", "阙知微", "优亲厚友", "高", "评议"],
            [3, "资金拨付", "财政所", "会计", "", "违规拨付", "中", "双签"],
            [4, "临时救助", "社会事务办", "主任", "", "救助不公", "中", "公示"],
            [5, "项目验收", "经发办", "主任", "", "验收走过场", "中", "联合验收"]]  # fmt: skip
    got = run(tmp_path, {"S": rows})
    holders = dict(zip(got.risks["risk_point"], got.risks["person"], strict=True))
    assert holders == {"虚报冒领": "瞿望川", "优亲厚友": "阙知微", "违规拨付": "瞿望川", "救助不公": "阙知微",
                       "验收走过场": ""}  # fmt: skip


def test_what_the_forty_seventh_review_found(tmp_path):
    # a holder named once is no holder of the same post in another unit, nor of a seat said vacant
    rows = [["XX县财政所岗位廉政风险表"], ["序号", "单位", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施", "备注"],
            [1, "红星镇", "财政所", "所长", "瞿望川", "违规拨付资金", "高", "双签", ""],
            [2, "红星镇", "财政所", "会计", "阙知微", "虚列支出", "中", "对账", ""],
            [3, "光明镇", "财政所", "会计", "", "虚列支出", "中", "对账", ""],
            [4, "红星镇", "财政所", "所长", "", "违规审批", "中", "集体研究", "该岗位空缺"]]  # fmt: skip
    got = run(tmp_path / "units", {"S": rows})
    assert got.risks["person"].tolist() == ["瞿望川", "阙知微", "", ""]
    # criteria ticks beside a 风险等级 column of its own: the column is the level
    head = [["XX县审计局岗位廉政风险表"],
            ["序号", "岗位", "姓名", "廉政风险点", "风险等级评定要素", "", "", "风险等级", "防控措施"],
            ["", "", "", "", "涉及资金", "有裁量权", "面对服务对象", "", ""]]  # fmt: skip
    data = [[1, "局长", "瞿望川", "干预审计结论", "√", "√", "", "高", "集体审理"],
            [2, "审计员", "阙知微", "收受礼品", "", "", "√", "低", "拒收登记"]]  # fmt: skip
    merges = {"S": ["E2:G2", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "H2:H3", "I2:I3"]}
    got = run(tmp_path / "own", {"S": [*head, *data, ["注：符合3项的为一级风险，符合2项的为二级风险，符合1项的为三级风险。"]]},
              merges)  # fmt: skip
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅲ级"]
    # letter grades under 风险等级 over 自评 | 核定 are grades, no ticks
    rows = [["XX县审计局岗位廉政风险表"], ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "", "防控措施"],
            ["", "", "", "", "自评", "核定", ""], [1, "局长", "瞿望川", "干预审计结论", "A", "A", "集体审理"],
            [2, "审计员", "阙知微", "收受礼品", "B", "C", "拒收登记"], ["注：A为一级风险，B为二级风险，C为三级风险。"]]  # fmt: skip
    got = run(
        tmp_path / "letters",
        {"S": rows},
        {"S": ["E2:F2", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "G2:G3"]},
    )
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅲ级"]
    # a sheet of who watches which risks names no holder of them
    catalogue = [["XX县档案馆廉政风险点目录"], ["风险编号", "廉政风险点", "风险等级", "防控措施"],
                 ["DA-01", "违规出借档案", "中", "登记审批"], ["DA-02", "收受查档人好处", "高", "拒收登记"]]  # fmt: skip
    watch = [["监督分工"], ["监督领导", "职务", "监督的风险点编号", "监督方式"], ["瞿望川", "馆长", "DA-02", "定期检查"],
             ["阙知微", "副馆长", "DA-01", "专项检查"]]  # fmt: skip
    got = run(tmp_path / "watch", {"目录": catalogue, "分工": watch})
    assert set(got.posts["title"]) == {""}
    # '现：已建立…' is the fix, no risk; a reason after the new wording is no part of it
    cols = ["序号", "部门", "岗位", "姓名", "廉洁风险点", "风险等级", "防控措施"]
    rows = [["XX县国资公司岗位廉洁风险调整清单"], cols,
            [1, "投资部", "部长", "瞿望川", "原：存在投资决策不规范问题\n现：已建立集体决策制度", "高", "集体决策"],
            [2, "财务部", "会计", "冼书白", "调整前：投资决策不规范\n调整后：重大投资不经集体决策\n调整原因：岗位职责变化", "中", "对账"]]  # fmt: skip
    got = run(tmp_path / "revised", {"S": rows})
    assert got.risks["risk_point"].tolist() == [
        "原：存在投资决策不规范问题\n现：已建立集体决策制度",
        "重大投资不经集体决策",
    ]
    # a note counting 个要素 and '的，评定为'
    rows = [*head[:1], ["序号", "岗位", "姓名", "廉政风险点", "风险等级评定要素", "", "", "防控措施"],
            ["", "", "", "", "涉及资金", "有裁量权", "面对服务对象", ""],
            [1, "局长", "瞿望川", "干预审计结论", "√", "√", "", "集体审理"], [2, "审计员", "阙知微", "收受礼品", "", "", "√", "拒收登记"],
            ["注：具备其中3个要素的，评定为一级风险；具备2个要素的，评定为二级风险；具备1个要素的，评定为三级风险。"]]  # fmt: skip
    got = run(
        tmp_path / "count",
        {"S": rows},
        {"S": ["E2:G2", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "H2:H3"]},
    )
    assert got.risks["risk_level"].tolist() == ["Ⅱ级", "Ⅲ级"]


def test_a_level_rated_by_filled_marks_padded_with_hollow_ones(tmp_path):
    # (315: '★★☆' under 风险等级, the filled marks count, the hollow ones pad a scale of three)
    rows = [["XX区档案馆廉政风险排查表"], ["序号", "岗位", "姓名", "廉政风险点", "风险程度", "防控措施"],
            [1, "馆长", "瞿望川", "干预档案鉴定", "★★★", "集体研究"],
            [2, "保管员", "阙知微", "私自借出档案", "★★☆", "登记"],
            [3, "利用员", "冼书白", "违规提供查阅", "★☆☆", "审批"],
            [4, "利用员", "冼书白", "收取好处费", "▲△△", "公示"]]  # fmt: skip
    got = run(tmp_path, {"S": rows})
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级", "Ⅲ级", "Ⅲ级"]
    assert "LEVEL_UNKNOWN" not in set(got.issues["code"])
    # another scale (five marks), marks of two shapes, or boxes and dots (which tick a place:
    # '■□□', '○●○') are no rating of three: still asked for
    rows[3][4], rows[4][4], rows[5][4] = "★★☆☆☆", "★△△", "●○○"
    got = run(tmp_path / "other", {"S": rows})
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "", "", ""]


def test_a_general_list_each_holder_ticks_in_the_point_cells(tmp_path):
    # (313: a 通用清单 on every sheet, each point cell opening with a box: '☑'/'√' his, '□' not)
    rows = [["XX村村务工作人员廉政风险自查表"], ["姓名", "瞿望川", "职务", "报账员"],
            ["填写须知：请在本人涉及的风险点前的方框内打勾，未打勾的不计入。"],
            ["序号", "廉政风险点", "风险等级", "防控措施"],
            [1, "✓ 套取惠农补贴资金", "高", "公示"], [2, "□村级工程虚报工程量", "高", "审计"],
            [3, "☐ 收受服务对象礼金", "中", "承诺"], [4, "☑坐收坐支村集体收入", "中", "报账"]]  # fmt: skip
    got = run(tmp_path, {"S": rows}, {"S": ["A3:D3"]})
    assert got.risks["risk_point"].tolist() == ["套取惠农补贴资金", "坐收坐支村集体收入"]
    assert "ROW_UNPLACED" not in set(got.issues["code"])  # ('填写须知：…' above: a note)
    # boxes only where every point has one, some ticked and some not: a '√' opening every point
    # of another list is kept as written
    for row in rows[4:]:
        row[1] = row[1].lstrip("✓□☐☑ ")
    rows[5][1] = "□" + rows[5][1]
    got = run(tmp_path / "one", {"S": rows}, {"S": ["A3:D3"]})
    assert len(got.risks) == 4


def test_leaders_of_a_body_named_after_its_short_name_in_the_title(tmp_path):
    # (313: 'XX街道办事处街道领导廉政风险防控表': the 街道's own leaders, no unit 'XX街道办事处街道')
    rows = [["XX区江北街道办事处街道领导廉政风险防控表"], ["序号", "姓名", "职务", "风险点", "风险等级", "防控措施"],
            [1, "瞿望川", "党工委书记", "干预工程发包", "高", "集体研究"]]  # fmt: skip
    got = run(tmp_path, {"S": rows})
    assert got.risks["unit"].tolist() == ["XX区江北街道办事处"]
    # (314: by a shortened name, '…管理委员会管委会领导…')
    rows[0] = ["XX县高新技术产业园区管理委员会管委会领导岗位廉政风险一览表"]
    got = run(tmp_path / "short", {"S": rows})
    assert got.risks["unit"].tolist() == ["XX县高新技术产业园区管理委员会"]


def test_small_tables_down_a_sheet_each_headed_by_its_post_and_holder(tmp_path):
    # (316: '财务部会计（…）岗位廉洁风险点' heading the point column of each post's own table)
    rows = [["XX县实验中学岗位廉政风险防控表"],
            ["序号", "校长（瞿望川）岗位廉政风险点", "风险等级", "防控措施"],
            [1, "基建项目指定施工方", "高", "集体研究"], [2, "招生中违规择校", "中", "公开"], [],
            ["序号", "总务处主任（阙知微）岗位廉政风险点", "风险等级", "防控措施"],
            [1, "食堂采购收受回扣", "高", "比价"], [],
            ["序号", "报账员岗位廉政风险点", "风险等级", "防控措施"],
            [1, "虚开票据报销", "中", "审核"]]  # fmt: skip
    got = run(tmp_path, {"S": rows})
    who = got.risks[["department", "title", "person"]].apply(tuple, axis=1).tolist()
    assert who == [("", "校长", "瞿望川"), ("", "校长", "瞿望川"), ("总务处", "主任", "阙知微"),
                   ("", "报账员", ""), ]  # fmt: skip
    assert len(got.posts) == 3
    # a heading that names no post ('本岗位廉政风险点') leaves the rows as they were
    rows[1][1] = rows[5][1] = rows[8][1] = "本岗位廉政风险点"
    got = run(tmp_path / "plain", {"S": rows})
    assert set(got.risks["title"]) == {""}


def test_types_given_by_number_in_a_note_under_a_list_without_a_type_column(tmp_path):
    # (318: '第1、5项为思想道德风险；第2、7—8项为制度机制风险' under a list with no type column)
    rows = [["XX县疾控中心岗位廉政风险一览表"], ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
            [1, "检验科", "科长", "瞿望川", "出具虚假检验报告", "高", "复核"],
            [2, "检验科", "检验员", "阙知微", "试剂采购收受回扣", "中", "比价"],
            [3, "财务科", "会计", "冼书白", "虚列支出", "中", "审计"],
            [4, "财务科", "出纳", "单于岚", "公款私存", "低", "对账"],
            ["说明：风险类型第1项属于岗位职责风险；第2—3项为制度机制风险，第4项为思想道德风险。"]]  # fmt: skip
    got = run(tmp_path, {"S": rows}, {"S": ["A7:G7"]})
    assert got.risks["risk_type"].tolist() == [
        "岗位职责风险",
        "制度机制风险",
        "制度机制风险",
        "思想道德风险",
    ]
    assert "TABLE_NO_TYPE" not in set(got.issues["code"])
    assert "TYPE_BY_NUMBER" in set(got.issues["code"])
    # a note naming some of the rows only (or other words) gives no types
    rows[6] = ["说明：第1项为岗位职责风险；第2—3项为制度机制风险。"]
    got = run(tmp_path / "some", {"S": rows}, {"S": ["A7:G7"]})
    assert set(got.risks["risk_type"]) == {""}
    assert "TABLE_NO_TYPE" in set(got.issues["code"])


def test_a_handover_card_is_the_incoming_holders(tmp_path):
    # (319: '移交人 | … | 接收人 | … | 监交人 | …' over a post's risks: the one taking it over holds it)
    rows = [["XX县税务局第一税务分局岗位轮换廉政风险交接表"],
            ["轮岗岗位", "征收管理员", "交接时间", "2025年3月"],
            ["交出人", "瞿望川", "接任人", "阙知微", "监交人", "冼书白"],
            ["序号", "廉政风险点", "风险等级", "防控措施"],
            [1, "违规办理减免税", "高", "集体审议"], [2, "泄露纳税人信息", "中", "权限管理"]]  # fmt: skip
    got = run(tmp_path, {"S": rows})
    assert got.risks[["title", "person"]].drop_duplicates().values.tolist() == [
        ["征收管理员", "阙知微"]
    ]
    assert "ROW_UNPLACED" not in set(got.issues["code"])


def test_a_table_of_what_each_level_means_is_no_risk_list(tmp_path):
    # (320: '风险等级 | 判定标准 | 典型风险情形 | 管控主体' a row a level, beside the list)
    scale = [["XX县交通投资集团廉政风险等级评定标准"],
             ["风险等级", "评定依据", "常见情形", "责任主体", "防控要求"],
             ["高风险", "涉及重大决策和大额资金", "工程发包中围标串标", "公司领导班子", "集体决策"],
             ["中风险", "涉及一般资金和审批", "采购中化整为零", "部门负责人", "比价采购"],
             ["低风险", "涉及日常管理", "公车私用", "岗位人员", "登记"]]  # fmt: skip
    rows = [["XX县交通投资集团岗位廉政风险一览表"], ["序号", "部门", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "工程部", "部长", "瞿望川", "隐蔽工程验收走过场", "高风险", "旁站监督"],
            [2, "财务部", "出纳", "阙知微", "公款私存", "中风险", "对账"]]  # fmt: skip
    got = run(tmp_path, {"标准": scale, "一览表": rows})
    assert got.risks["risk_point"].tolist() == ["隐蔽工程验收走过场", "公款私存"]
    assert "TABLE_OTHER" in set(got.issues["code"])
    # a card's own points at three levels, with a column saying why each is rated so: its points
    card = [["XX县交通投资集团出纳岗位廉政风险防控卡"], ["姓名", "阙知微", "岗位", "出纳"],
            ["序号", "风险点", "风险等级", "评定依据", "防控措施"],
            [1, "公款私存", "高", "涉及资金", "对账"], [2, "坐支现金", "中", "涉及资金", "日清"],
            [3, "票据管理不严", "低", "日常管理", "登记"]]  # fmt: skip
    got = run(tmp_path / "card", {"卡": card})
    assert len(got.risks) == 3


def test_what_the_forty_eighth_review_found(tmp_path):
    # a post's own list whose first column is the level, with a criteria column: its points
    rows = [["XX县交通运输局财务股会计岗位廉政风险防控表"], ["序号", "风险等级", "廉政风险点", "定级依据", "防控措施"],
            [1, "高", "虚列支出套取资金", "涉及大额资金", "审计"], [2, "中", "票据审核不严", "涉及一般资金", "复核"],
            [3, "低", "会计档案管理不规范", "日常管理", "登记"]]  # fmt: skip
    got = run(tmp_path / "scale", {"S": rows})
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级", "Ⅲ级"]
    # a card whose point heading names a post: the card's fields say whose it is
    rows = [["XX县财政局岗位廉政风险防控卡"], ["姓名", "阙知微", "职务", "财务股股长"],
            ["序号", "会计岗位廉政风险点", "风险等级", "防控措施"], [1, "虚列支出", "高", "审计"],
            [2, "票据审核不严", "中", "复核"]]  # fmt: skip
    got = run(tmp_path / "card", {"S": rows})
    assert got.posts[["department", "title", "tier"]].values.tolist() == [
        ["财务股", "股长", "中层岗位"]
    ]
    # a tier's points ('中层干部风险点') name no post
    rows = [["XX县财政局岗位廉政风险一览表"], ["序号", "科室", "中层干部风险点", "风险等级", "防控措施"],
            [1, "国库股", "违规拨付资金", "高", "双签"]]  # fmt: skip
    got = run(tmp_path / "tier", {"S": rows})
    assert got.risks["title"].tolist() == [""]
    # a list naming several holders whose points open with '√' or '□' as bullets: all its rows
    rows = [["XX镇农业综合服务中心岗位廉政风险一览表"], ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
            [1, "主任", "瞿望川", "√ 项目资金审批把关不严", "高", "集体研究"],
            [2, "会计", "阙知微", "□ 虚列支出套取资金", "中", "审计"],
            [3, "出纳", "冼书白", "□ 公款私存", "中", "对账"]]  # fmt: skip
    got = run(tmp_path / "bullets", {"S": rows})
    assert len(got.risks) == 3
    # choices in one cell ('□… ☑…') open no point with a box: kept whole
    rows = [["XX村廉政风险自查表"], ["姓名", "瞿望川", "职务", "报账员"], ["序号", "廉政风险点", "风险等级", "防控措施"],
            [1, "□村级工程虚报工程量 ☑工程验收不严", "高", "审计"], [2, "☑套取惠农补贴资金", "中", "公示"]]  # fmt: skip
    got = run(tmp_path / "choices", {"S": rows})
    assert len(got.risks) == 2
    # '■' ticks as '☑' does
    rows[3:] = [[1, "■套取惠农补贴资金", "高", "公示"], [2, "□村级工程虚报工程量", "高", "审计"],
                [3, "■坐收坐支村集体收入", "中", "报账"]]  # fmt: skip
    got = run(tmp_path / "black", {"S": rows})
    assert got.risks["risk_point"].tolist() == ["套取惠农补贴资金", "坐收坐支村集体收入"]
    # boxes ticked by place ('■□□' 高, '□■□' 中) are no count of marks: asked for, never reversed
    rows = [["XX县档案馆岗位廉政风险排查表"], ["序号", "岗位", "姓名", "廉政风险点", "风险等级（高□中□低□）", "防控措施"],
            [1, "馆长", "瞿望川", "干预档案鉴定", "■□□", "集体研究"],
            [2, "保管员", "阙知微", "私自借出档案", "□■□", "登记"]]  # fmt: skip
    got = run(tmp_path / "place", {"S": rows})
    assert "Ⅲ级" not in set(got.risks["risk_level"])
    # '●●●' on a scale of five is no top level
    rows[2][4], rows[3][4] = "●●●●●", "●●●"
    got = run(tmp_path / "five", {"S": rows})
    assert set(got.risks["risk_level"]) == {""}
    # a stand-in (接替人) before the holder on a card is no holder
    rows = [["XX县财政局出纳岗位廉政风险防控卡"], ["岗位", "出纳", "接替人", "冼书白"], ["责任人", "阙知微", "科室", "国库股"],
            ["序号", "廉政风险点", "风险等级", "防控措施"], [1, "公款私存", "高", "对账"]]  # fmt: skip
    got = run(tmp_path / "standin", {"S": rows})
    assert got.risks["person"].tolist() == ["阙知微"]
    # notes giving types by number in other words: '第1项、第4项为…', '…、第2—3项为…', '序号1为…'
    rows = [["XX县疾控中心岗位廉政风险一览表"], ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
            [1, "检验科", "科长", "瞿望川", "出具虚假检验报告", "高", "复核"],
            [2, "检验科", "检验员", "阙知微", "试剂采购收受回扣", "中", "比价"],
            [3, "财务科", "会计", "冼书白", "虚列支出", "中", "审计"],
            [4, "财务科", "出纳", "单于岚", "公款私存", "低", "对账"]]  # fmt: skip
    for k, note in enumerate(["说明：第1项、第4项为思想道德风险；第2项、第3项为制度机制风险。",
                              "说明：第1项为思想道德风险、第2—3项为制度机制风险、第4项为思想道德风险。",
                              "说明：序号1、4为思想道德风险；序号2—3为制度机制风险。"]):  # fmt: skip
        got = run(tmp_path / f"note{k}", {"S": [*rows, [note]]}, {"S": ["A7:G7"]})
        assert got.risks["risk_type"].tolist() == [
            "思想道德风险",
            "制度机制风险",
            "制度机制风险",
            "思想道德风险",
        ]


def test_a_sheet_repeating_the_points_to_give_their_types_and_measures(tmp_path):
    # (325: '防控措施表' repeating each point of '风险点排查表' with its type, measures and the
    # leader answering for them; the points' own sheet names their posts and holders)
    points = [["XX县自然资源局岗位廉政风险点一览表"], ["序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级"],
              [1, "用地股", "股长", "瞿望川", "违规审批用地", "高"], [2, "用地股", "科员", "阙知微", "现场踏勘走过场", "中"],
              [3, "执法大队", "队员", "冼书白", "查处违法用地不到位", "中"]]  # fmt: skip
    details = [["XX县自然资源局防控措施明细"], ["序号", "风险点", "风险类别", "防控措施", "分管领导", "完成时间"],
               [1, "违规审批用地", "岗位职责", "集体审批", "单于岚", "2025年底"],
               [2, "现场踏勘走过场", "制度机制", "两人踏勘", "单于岚", "2025年底"],
               [3, "查处违法用地不到位", "岗位职责", "挂牌督办", "公冶昊", "2025年底"]]  # fmt: skip
    got = run(tmp_path, {"风险点": points, "措施": details})
    assert got.risks["person"].tolist() == ["瞿望川", "阙知微", "冼书白"]
    assert got.risks["measures"].tolist() == ["集体审批", "两人踏勘", "挂牌督办"]
    assert got.risks["risk_type"].tolist() == ["岗位职责风险", "制度机制风险", "岗位职责风险"]
    assert "SHEET_DETAILS" in set(got.issues["code"])
    # a second sheet of other points (another 科室's list naming no post) stays a list of its own
    details[2][1], details[3][1] = "违规发放补偿款", "虚报测绘面积"
    got = run(tmp_path / "other", {"风险点": points, "措施": details})
    assert len(got.risks) == 6


def test_a_squad_label_over_its_value_names_the_part(tmp_path):
    # (325: '姓　名 | 中　队 | 职　务 | 填表时间' over a row of values on a self-check)
    rows = [["XX县消防救援大队指战员廉政风险自查表"], ["姓　名", "中　队", "职　务", "填表时间"],
            ["瞿望川", "城东中队", "中队长", "2025年6月"], ["序号", "风险点", "风险等级", "防控措施"],
            [1, "消防检查中吃拿卡要", "高", "双人检查"]]  # fmt: skip
    got = run(tmp_path, {"S": rows})
    assert got.posts[["department", "title", "person"]].values.tolist() == [
        ["城东中队", "中队长", "瞿望川"]
    ]


def test_a_case_told_under_the_point_is_no_part_of_it(tmp_path):
    # (321: '…⏎【以案说险】2023年，某镇…受到处分。' in the point cell)
    rows = [["XX镇岗位廉政风险点对照表"], ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
            [1, "财政所长", "瞿望川", "违规拨付项目资金\n典型案例：2022年某镇财政所长违规拨付资金被处分。", "高", "双签"],
            [2, "民政员", "阙知微", "优亲厚友纳入低保\n【警示案例】某村干部将亲属纳入低保。", "中", "公示"],
            [3, "会计", "冼书白", "虚列支出\n（含办公经费、差旅费）", "中", "审计"]]  # fmt: skip
    got = run(tmp_path, {"S": rows})
    assert got.risks["risk_point"].tolist() == [
        "违规拨付项目资金",
        "优亲厚友纳入低保",
        "虚列支出\n（含办公经费、差旅费）",
    ]


def test_a_level_written_once_for_a_run_of_equal_levels(tmp_path):
    # (323: a note says a post's equal levels are written at the first of them, the rest blank)
    rows = [["XX县林业局岗位廉政风险一览表"], ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
            [1, "局长", "瞿望川", "干预采伐审批", "一级", "集体研究"], [2, "局长", "瞿望川", "插手工程", "", "招标"],
            [3, "林政员", "阙知微", "违规发放采伐证", "", "公示"], [4, "林政员", "阙知微", "现场核查走过场", "二级", "双人"],
            [5, "林政员", "阙知微", "收受礼金", "", "承诺"],
            ["说明：同一岗位几项风险的级别相同时仅在第一行填写级别，其余留空。"]]  # fmt: skip
    got = run(tmp_path, {"S": rows}, {"S": ["A8:F8"]})
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅰ级", "", "Ⅱ级", "Ⅱ级"]
    # without the note a blank level is asked for
    got = run(tmp_path / "bare", {"S": rows[:-1]})
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "", "", "Ⅱ级", ""]


def test_a_group_line_naming_a_leader_over_his_rows_and_those_he_oversees(tmp_path):
    # (322: '二、副局长　邴翊淙（分管…）' over his own rows, their 股室/岗位/姓名 blank, then the
    # rows of the 股室 he oversees naming their own holders)
    rows = [["XX县司法局岗位廉政风险一览表"], ["序号", "科室", "职务", "责任人", "廉政风险点", "风险等级", "防控措施"],
            ["一、局长：瞿望川"], [1, "", "", "", "干预案件办理", "高", "集体研究"],
            [2, "办公室", "主任", "阙知微", "公务接待超标", "中", "审批"], [3, "", "", "", "公车私用", "低", "登记"],
            ["二、副局长　冼书白（分管社区矫正科，联系公证处）"], [4, "", "", "", "违规减刑建议", "高", "公示"],
            [5, "社区矫正科", "科员", "单于岚", "矫正对象管理失职", "中", "双人"]]  # fmt: skip
    got = run(tmp_path, {"S": rows}, {"S": ["A3:G3", "A7:G7"]})
    who = got.risks[["department", "title", "person"]].apply(tuple, axis=1).tolist()
    assert who == [("", "局长", "瞿望川"), ("办公室", "主任", "阙知微"), ("办公室", "主任", "阙知微"),
                   ("", "副局长", "冼书白"), ("社区矫正科", "科员", "单于岚")]  # fmt: skip


def test_a_talk_record_is_the_one_talked_to(tmp_path):
    # (326: '谈话人 | … | 职　务 | …' over '谈话对象 | … | 所在股室 | … | 职　务 | …')
    rows = [["XX县审计局廉政风险提醒约谈记录"], ["约谈时间", "2025年4月", "约谈地点", "局会议室"],
            ["约谈人", "瞿望川", "职　务", "副局长", "记录人", "冼书白"],
            ["约谈对象", "阙知微", "科　室", "经责科", "职　务", "科长"],
            ["序号", "提醒的廉政风险点", "风险等级", "防控措施"], [1, "隐瞒审计发现", "高", "复核"]]  # fmt: skip
    got = run(tmp_path, {"S": rows})
    assert got.posts[["department", "title", "person"]].values.tolist() == [
        ["经责科", "科长", "阙知微"]
    ]
    assert "ROW_UNPLACED" not in set(got.issues["code"])


def test_an_outline_of_parts_posts_and_points_in_one_column(tmp_path):
    # (324: '编码 | 部门／岗位／廉政风险点': '1' a 科室, '1.1' a post with its holder, '1.1.1' a point)
    rows = [["XX县水利局廉政风险清单（系统导出）"], ["编号", "单位/岗位/风险点", "风险等级", "风险类别", "防控措施"],
            ["1", "局领导", "", "", ""], ["1.1", "局长（瞿望川）", "", "", ""],
            ["1.1.1", "干预工程招标", "一级", "岗位职责", "集体研究"],
            ["2", "建管股", "", "", ""], ["2.1", "股长（晁霭澜）", "", "", ""],
            ["2.1.1", "验收走过场", "二级", "岗位职责", "联合验收"], ["2.1.2", "虚增工程量", "一级", "制度机制", "审计"],
            ["2.2", "质监员", "", "", ""], ["2.2.1", "质量检测弄虚作假", "二级", "岗位职责", "抽检"]]  # fmt: skip
    got = run(tmp_path, {"S": rows})
    who = got.risks[["department", "title", "person"]].apply(tuple, axis=1).tolist()
    assert who == [("局领导", "局长", "瞿望川"), ("建管股", "股长", "晁霭澜"), ("建管股", "股长", "晁霭澜"),
                   ("建管股", "质监员", "")]  # fmt: skip
    assert not set(got.issues["code"]) & {"LEVEL_BLANK", "TYPE_BLANK", "MEASURES_BLANK"}


def test_what_the_forty_ninth_review_found(tmp_path):
    # a leaders' sheet naming its holders (no post column) repeating the points of the 科室 sheet
    # is a list of its own, its measures theirs
    staff = [["XX县统计局股室岗位廉政风险一览表"], ["序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级"],
             [1, "办公室", "主任", "阙知微", "违反中央八项规定精神", "中"],
             [2, "综合股", "股长", "冼书白", "违反中央八项规定精神", "中"]]  # fmt: skip
    leaders = [["XX县统计局领导班子成员廉政风险一览表"], ["序号", "姓名", "廉政风险点", "风险等级", "防控措施"],
               [1, "瞿望川", "违反中央八项规定精神", "高", "签订承诺书"],
               [2, "单于岚", "违反中央八项规定精神", "高", "签订承诺书"]]  # fmt: skip
    got = run(tmp_path / "details", {"科室岗位": staff, "班子成员": leaders})
    assert len(got.risks) == 4 and "SHEET_DETAILS" not in set(got.issues["code"])
    assert got.risks["measures"].tolist().count("签订承诺书") == 2
    # a later line opening with a bracketed work step ('【立案环节】', '【档案查询】') is the point's
    cell = "【受案环节】有案不受、压案不查\n【立案环节】违规立案、该立不立"
    rows = [["XX县公安局岗位廉政风险一览表"], ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
            [1, "法制员", "瞿望川", cell, "高", "网上流转"]]  # fmt: skip
    got = run(tmp_path / "steps", {"S": rows})
    assert got.risks["risk_point"].tolist() == [cell]
    # a note letting a level stay blank (not yet rated) fills nothing
    rows = [["XX县林业局岗位廉政风险一览表"], ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
            [1, "林政股", "股长", "瞿望川", "违规审批采伐", "高", "集体研究"],
            [2, "林政股", "股长", "瞿望川", "插手木材经营", "", "公示"],
            ["说明：风险等级暂无法确定的可留空，科室、岗位同上的可不填。"]]  # fmt: skip
    got = run(tmp_path / "blank", {"S": rows}, {"S": ["A5:G5"]})
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", ""]
    # the rule said in the level's heading counts
    rows[1][5], rows[4] = "风险等级（同一岗位等级相同的只在第一项填写等级）", []
    got = run(tmp_path / "heading", {"S": rows})
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅰ级"]
    # a leader's line keeps the 单位 a column carries down; his area of work is no holder
    rows = [["XX县民政系统岗位廉政风险一览表"], ["序号", "单位", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
            [1, "县民政局", "", "局长", "甯澍岚", "干预低保审批", "高", "集体研究"],
            ["二、副局长　邴翊淙（分管社会救助股）"], [2, "", "", "", "", "分管领域监管不力", "中", "约谈"],
            ["三、副局长　安全生产"], [3, "", "", "", "", "安全检查走过场", "中", "双人"]]  # fmt: skip
    got = run(tmp_path / "unit", {"S": rows}, {"S": ["A4:H4", "A6:H6"]})
    assert got.risks["unit"].tolist() == ["县民政局"] * 3
    assert got.risks["person"].tolist()[1:] == ["邴翊淙", ""]
    # a 科室 an outer group line sets stays over a leader's line inside it
    rows = [["XX县审计局岗位廉政风险一览表"], ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
            ["一、办公室"], ["（一）主任　阙知微"], [1, "", "", "公务接待超标", "中", "审批"]]  # fmt: skip
    got = run(tmp_path / "nested", {"S": rows}, {"S": ["A3:F3", "A4:F4"]})
    assert got.risks[["department", "title", "person"]].values.tolist() == [
        ["办公室", "主任", "阙知微"]
    ]
    # sub-items numbered 1, 1.1, 1.1.1 under a card's title are points, no outline of 科室
    rows = [["XX县交通运输局工程股股长岗位廉政风险防控表"], ["序号", "风险点", "风险等级", "防控措施"],
            ["1", "工程招投标", "高", "公开招标"], ["1.1", "设置排他性条件", "", ""],
            ["1.1.1", "量身定制资质要求", "", ""], ["2", "工程验收", "中", "联合验收"]]  # fmt: skip
    got = run(tmp_path / "items", {"S": rows})
    assert set(got.risks["department"]) == {"工程股"} and set(got.risks["title"]) == {"股长"}
    # the holder's label on the other party's line: the fields after it are the holder's
    rows = [["XX县财政局岗位交接廉政风险告知卡"], ["移交人", "冼书白", "接收人", "阙知微", "交接岗位", "出纳"],
            ["所在股室", "国库股", "交接时间", "2025年3月"], ["序号", "廉政风险点", "风险等级", "防控措施"],
            [1, "公款私存", "高", "对账"]]  # fmt: skip
    got = run(tmp_path / "handover", {"S": rows})
    assert got.posts[["department", "title", "person"]].values.tolist() == [
        ["国库股", "出纳", "阙知微"]
    ]
    rows[1:3] = [["记录人", "冼书白", "被谈话人", "阙知微", "所在科室", "经责科", "职务", "科长"],
                 ["谈话人", "瞿望川", "职务", "副局长"]]  # fmt: skip
    got = run(tmp_path / "talk", {"S": rows})
    assert got.posts[["department", "title", "person"]].values.tolist() == [
        ["经责科", "科长", "阙知微"]
    ]


def test_a_point_heading_merged_over_a_work_item_and_the_point(tmp_path):
    # (327: '廉政风险点' merged over two columns, no sub-headings: the work item merged down, then
    # the point)
    rows = [["XX乡岗位廉政风险一览表"], ["序号", "岗位", "姓名", "风险点", "", "风险等级", "防控措施"],
            [1, "乡长", "瞿望川", "项目审批", "化整为零规避招标", "高", "集体研究"],
            [2, "乡长", "瞿望川", "", "指定施工单位", "高", "公开招标"],
            [3, "民政员", "阙知微", "低保审核", "入户调查走过场", "中", "双人入户"],
            [4, "民政员", "阙知微", "", "优亲厚友纳入低保", "中", "公示"],
            [5, "民政员", "阙知微", "", "收受申请人财物", "高", "承诺"]]  # fmt: skip
    got = run(tmp_path, {"S": rows}, {"S": ["D2:E2", "D3:D4", "D5:D7"]})
    assert got.risks["risk_point"].tolist() == ["化整为零规避招标", "指定施工单位", "入户调查走过场",
                                                "优亲厚友纳入低保", "收受申请人财物"]  # fmt: skip
    # two texts of each point under one heading (no item over several rows) stay one point
    rows[3][3], rows[5][3], rows[6][3] = "指定施工", "入户调查", "优亲厚友"
    got = run(tmp_path / "pairs", {"S": rows}, {"S": ["D2:E2"]})
    assert got.risks["risk_point"].tolist()[0] == "项目审批\n化整为零规避招标"


def test_a_grade_closing_a_matters_caption_is_its_rows_level(tmp_path):
    # (329: '一、高标准农田建设项目管理（风险等级：高）' over rows of several 股室, no level column)
    rows = [["XX县水务局职权事项廉政风险一览表"], ["序号", "股室", "岗位", "姓名", "廉政风险点", "防控措施"],
            ["一、水利工程建设管理（等级：一级）"], [1, "建管股", "股长", "瞿望川", "违规变更设计", "集体研究"],
            [2, "质监站", "站长", "阙知微", "验收走过场", "联合验收"],
            ["二、取水许可审批（低风险）"], [3, "水资源股", "股长", "冼书白", "违规审批取水", "公示"],
            ["三、河道采砂管理"], [4, "执法大队", "队员", "单于岚", "收受采砂业主财物", "承诺"]]  # fmt: skip
    merges = {"S": ["A3:F3", "A6:F6", "A8:F8"]}
    got = run(tmp_path, {"S": rows}, merges)
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅰ级", "Ⅲ级", ""]
    # a numbered post in brackets is no grade ('二、副镇长（一）')
    rows[2] = ["一、副镇长（一）"]
    got = run(tmp_path / "post", {"S": rows}, merges)
    assert got.risks["risk_level"].tolist()[:2] == ["", ""]


def test_a_list_by_risk_whose_group_lines_are_the_points(tmp_path):
    # (330: no risk column; each point a numbered group line over the posts it touches, each
    # with its own level and measure)
    rows = [["XX县城投公司廉政风险点责任分解表"], ["序号", "部门", "岗位", "责任人", "风险等级", "本岗位防控措施"],
            ["一、工程项目化整为零规避公开招标"], [1, "公司领导", "总经理", "瞿望川", "一级", "集体决策"],
            [2, "工程部", "部长", "阙知微", "二级", "招标前置审查"],
            ["二、工程款超进度支付"], [3, "财务部", "会计", "冼书白", "二级", "凭监理签认支付"],
            [4, "工程部", "部长", "阙知微", "一级", "进度复核"]]  # fmt: skip
    got = run(tmp_path, {"S": rows}, {"S": ["A3:F3", "A6:F6"]})
    got_rows = got.risks[["title", "person", "risk_point", "risk_level"]].values.tolist()
    assert sorted(got_rows) == sorted([["总经理", "瞿望川", "工程项目化整为零规避公开招标", "Ⅰ级"],
                        ["部长", "阙知微", "工程项目化整为零规避公开招标", "Ⅱ级"],
                        ["会计", "冼书白", "工程款超进度支付", "Ⅱ级"],
                        ["部长", "阙知微", "工程款超进度支付", "Ⅰ级"]])  # fmt: skip
    assert len(got.posts) == 3
    # group lines naming 科室 over such rows are no points
    rows[2], rows[5] = ["一、办公室"], ["二、财务部"]
    got = run(tmp_path / "depts", {"S": rows}, {"S": ["A3:F3", "A6:F6"]})
    assert len(got.risks) == 0


def test_what_the_fiftieth_review_found(tmp_path):
    # points and their descriptions under one merged heading, a point merged over two of them
    # or written again: no work item (since batch 403, a short name and its sentence are the
    # point and its description)
    rows = [["XX县市场监管局岗位廉政风险一览表"], ["序号", "科室", "岗位", "姓名", "廉政风险点", "", "风险等级", "防控措施"],
            [1, "登记股", "股长", "瞿望川", "违规登记", "对材料不全的申请违规办理登记", "中", "告知"],
            [2, "执法大队", "队长", "阙知微", "选择性执法", "对同类违法行为处罚畸轻畸重", "高", "裁量基准"],
            [3, "执法大队", "队长", "阙知微", "", "接受说情对违法行为不予查处", "高", "集体审议"],
            [4, "办公室", "会计", "甯澍岚", "违规报销", "虚开发票套取资金报销", "高", "审核"],
            [5, "办公室", "会计", "甯澍岚", "", "报销无真实业务的差旅费", "高", "审核"]]  # fmt: skip
    got = run(tmp_path / "pairs", {"S": rows}, {"S": ["E2:F2", "E4:E5", "E6:E7"]})
    assert got.risks[["risk_point", "description"]].values.tolist()[0] == [
        "违规登记", "对材料不全的申请违规办理登记"]  # fmt: skip
    # a class or rank in brackets after a matter is no grade; a grade holds over its sub-captions
    rows = [["XX县农业农村局职权事项廉政风险一览表"], ["序号", "股室", "岗位", "姓名", "廉政风险点", "防控措施"],
            ["一、建筑业企业资质审批（三级）"], [1, "审批股", "股长", "瞿望川", "降低标准核准资质", "集体审议"],
            ["二、高标准农田建设项目管理【风险等级：高】"], ["（一）项目立项"],
            [2, "计财股", "股长", "阙知微", "违规确定项目区", "集体研究"],
            ["三、农机购置补贴　风险等级：中"], [3, "农机站", "站长", "冼书白", "违规核定补贴", "公示"]]  # fmt: skip
    merges = {"S": ["A3:F3", "A5:F5", "A6:F6", "A8:F8"]}
    got = run(tmp_path / "grades", {"S": rows}, merges)
    assert got.risks["risk_level"].tolist() == ["", "Ⅰ级", "Ⅱ级"]
    # a details sheet whose leaders stand under '责任领导人' still only details the points
    points = [["XX县统计局岗位廉政风险排查表"], ["序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级"],
              [1, "办公室", "主任", "阙知微", "公务接待超标准", "中"], [2, "综合股", "股长", "冼书白", "统计数据造假", "高"]]  # fmt: skip
    details = [["XX县统计局廉政风险防控措施表"], ["序号", "廉政风险点", "风险类型", "防控措施", "责任领导人"],
               [1, "公务接待超标准", "制度机制", "接待审批单", "瞿望川"], [2, "统计数据造假", "岗位职责", "数据核查", "甯澍岚"]]  # fmt: skip
    got = run(tmp_path / "details", {"排查表": points, "措施表": details})
    assert got.risks["person"].tolist() == ["阙知微", "冼书白"]
    assert got.risks["measures"].tolist() == ["接待审批单", "数据核查"]
    # more case tags cut the point
    rows = [["XX县民政局岗位廉政风险一览表"], ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
            [1, "股长", "瞿望川", "违规审批低保\n【案例链接】2022年某镇民政办主任为亲属违规办理低保", "高", "集体研究"],
            [2, "科员", "阙知微", "虚报冒领救助资金\n相关案例：某村干部虚报冒领被处分", "高", "社会化发放"]]  # fmt: skip
    got = run(tmp_path / "cases", {"S": rows})
    assert got.risks["risk_point"].tolist() == ["违规审批低保", "虚报冒领救助资金"]
    # notes saying a blank level is the one above, in other words
    rows = [["XX县林业局岗位廉政风险一览表"], ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
            [1, "林政股", "股长", "瞿望川", "违规审批采伐", "高", "集体研究"],
            [2, "林政股", "股长", "瞿望川", "插手木材经营", "", "公示"]]  # fmt: skip
    for k, note in enumerate(["说明：风险等级留空的，表示与上一项相同。", "注：风险等级栏空白的同上。",
                              "注：同一岗位风险等级相同的，只在第一项标注等级。"]):  # fmt: skip
        got = run(tmp_path / f"once{k}", {"S": [*rows, [note]]}, {"S": ["A5:G5"]})
        assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅰ级"]
    # a leader's two-character name of any surname
    rows = [["XX县民政局岗位廉政风险一览表"], ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
            ["一、副局长　江涛（分管社会救助股）"], [1, "", "", "", "分管领域监管不力", "中", "约谈"],
            [2, "社会救助股", "股长", "阙知微", "违规审批低保", "高", "公示"]]  # fmt: skip
    got = run(tmp_path / "lead", {"S": rows}, {"S": ["A3:G3"]})
    assert got.risks[["title", "person"]].values.tolist()[0] == ["副局长", "江涛"]
    # an outline under other separators, or under a plain heading where its rows name 科室 and posts
    rows = [["XX县水利局廉政风险清单（系统导出）"], ["编号", "部门-岗位-风险点", "风险等级", "风险类别", "防控措施"],
            ["1", "局领导", "", "", ""], ["1.1", "局长（瞿望川）", "", "", ""],
            ["1.1.1", "干预工程招标", "一级", "岗位职责", "集体研究"], ["2", "建管股", "", "", ""],
            ["2.1", "股长（晁霭澜）", "", "", ""], ["2.1.1", "验收走过场", "二级", "岗位职责", "联合验收"],
            ["2.1.2", "虚增工程量", "", "", ""]]  # fmt: skip
    for k, head in enumerate(["部门-岗位-风险点", "廉政风险点"]):
        rows[1][1] = head
        got = run(tmp_path / f"outline{k}", {"S": rows})
        assert got.risks["person"].tolist() == ["瞿望川", "晁霭澜", "晁霭澜"]
    # '姓名' on the interviewer's line names no holder's post
    rows = [["XX县审计局廉政风险提醒谈话记录卡"], ["谈话人", "姓名", "瞿望川", "职务", "副局长"],
            ["谈话对象", "姓名", "阙知微", "职务", "科长", "所在科室", "经责科"],
            ["序号", "廉政风险点", "风险等级", "防控措施"], [1, "审计中隐瞒问题", "高", "双人复核"]]  # fmt: skip
    got = run(tmp_path / "talk", {"S": rows})
    assert got.posts[["department", "title", "person"]].values.tolist() == [
        ["经责科", "科长", "阙知微"]
    ]


def test_a_level_given_by_the_numeral_opening_each_code(tmp_path):
    # (333: '风险编号 | Ⅱ-03' and a note saying the code's numeral is the level; no level column)
    rows = [["XX县图书馆岗位廉政风险一览表"], ["序号", "风险编码", "岗位", "姓名", "风险点", "防控措施"],
            [1, "Ⅰ-1", "馆长", "瞿望川", "图书采购收受回扣", "集体采购"],
            [2, "Ⅲ-1", "采编员", "阙知微", "违规剔除馆藏", "复核"],
            [3, "Ⅱ-1", "流通员", "冼书白", "私自外借古籍", "登记"],
            ["说明：风险编码中的罗马数字代表风险等级（Ⅰ为最高），后面是顺序号。"]]  # fmt: skip
    got = run(tmp_path, {"S": rows}, {"S": ["A6:F6"]})
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅲ级", "Ⅱ级"]
    assert "LEVEL_CODES" in set(got.issues["code"])
    # without such a note the codes are only codes
    got = run(tmp_path / "bare", {"S": rows[:-1]})
    assert set(got.risks["risk_level"]) == {""}


def test_a_cell_of_several_posts_points_each_line_opening_with_its_post(tmp_path):
    # (331: no post column; a matter's cell of lines '窗口受理员：…⏎民政专干：…', one each)
    rows = [["XX镇便民服务中心政务服务事项廉政风险防控表"], ["序号", "服务事项", "廉政风险点", "风险等级", "防控措施"],
            [1, "临时救助", "受理员：对材料不全的申请违规受理\n民政员：入户核查走过场\n分管副主任：审批时优亲厚友", "高", "公示"],
            [2, "残疾人补贴", "受理员：故意刁难申请人\n民政员：虚报冒领补贴", "中", "复核"]]  # fmt: skip
    got = run(tmp_path, {"S": rows})
    pairs = got.risks[["title", "risk_point"]].values.tolist()
    assert sorted(pairs) == sorted([["受理员", "对材料不全的申请违规受理"], ["民政员", "入户核查走过场"],
                                    ["分管副主任", "审批时优亲厚友"], ["受理员", "故意刁难申请人"],
                                    ["民政员", "虚报冒领补贴"]])  # fmt: skip
    assert len(got.posts) == 3


def test_holders_by_surname_and_post_named_in_full_on_another_sheet(tmp_path):
    # (332: '訾书记', '蓟副院长' under 责任人, the full names on the file's 领导小组 sheet)
    names = [["XX县中医医院廉政风险防控领导小组名单"], ["序号", "组内分工", "姓名", "现任职务"],
             [1, "组长", "欧阳望川", "院长"], [2, "副组长", "康知微", "副院长"], [3, "副组长", "康书白", "总务科科长"],
             [4, "成员", "单于岚", "药剂科主任"]]  # fmt: skip
    rows = [["XX县中医医院岗位廉政风险一览表"], ["序号", "科室", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施"],
            [1, "院领导", "院长", "欧阳院长", "干预药品采购", "高", "集体决策"],
            [2, "院领导", "副院长", "康副院长", "违规审批设备采购", "高", "论证"],
            [3, "总务科", "科长", "康科长", "基建项目收受回扣", "高", "招标"],
            [4, "药剂科", "主任", "单主任", "收受药品回扣", "高", "监测"], [5, "药剂科", "药剂师", "阙知微", "私售药品", "中", "盘点"]]  # fmt: skip
    got = run(tmp_path, {"名单": names, "一览表": rows})
    assert got.risks["person"].tolist() == ["欧阳望川", "康知微", "康书白", "单于岚", "阙知微"]
    assert "HOLDER_BY_SURNAME" in set(got.issues["code"])
    # without a list naming them the cells stay as written
    got = run(tmp_path / "alone", {"一览表": rows})
    assert got.risks["person"].tolist()[:2] == ["欧阳院长", "康副院长"]


def test_a_table_of_changes_under_the_list_names_the_holders_now(tmp_path):
    # (334: '部门 | 岗位 | 原任人员 | 现任人员 | 变动时间' under the list; a note says it stands)
    rows = [["XX县供销社岗位廉政风险一览表"], ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
            [1, "财务科", "会计", "瞿望川", "虚列支出", "高", "审计"], [2, "财务科", "出纳", "阙知微", "公款私存", "中", "对账"],
            [3, "业务科", "科长", "冼书白", "违规发放补贴", "高", "公示"], [],
            ["岗位人员调整登记"], ["序号", "科室", "岗位", "调整前", "调整后", "调整时间"],
            [1, "财务科", "会计", "瞿望川", "阙知微", "2025年5月"], [2, "财务科", "出纳", "阙知微", "瞿望川", "2025年5月"],
            [3, "业务科", "科长", "冼书白", "单于岚", "2025年8月"]]  # fmt: skip
    got = run(tmp_path, {"S": rows}, {"S": ["A8:G8"]})
    assert got.risks[["title", "person"]].values.tolist() == [
        ["会计", "阙知微"],
        ["出纳", "瞿望川"],
        ["科长", "单于岚"],
    ]
    assert "HOLDERS_CHANGED" in set(got.issues["code"])
    assert not set(got.issues["code"]) & {"LEVEL_BLANK", "ROW_UNPLACED", "TYPE_BLANK"}


def test_what_the_fifty_first_review_found(tmp_path):
    # group lines naming kinds of posts over a sheet with no risk column are no points
    main = [["XX县住建局岗位廉政风险一览表"], ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
            [1, "局领导", "局长", "瞿望川", "干预工程招投标", "高", "集体决策"],
            [2, "建管股", "股长", "阙知微", "验收走过场", "中", "联合验收"]]  # fmt: skip
    grade = [["XX县住建局岗位风险等级汇总表"], ["序号", "科室", "岗位", "姓名", "风险等级", "防控措施"],
             ["一、领导班子成员"], [1, "局领导", "局长", "瞿望川", "高", "集体决策"],
             ["二、中层及以下岗位"], [2, "建管股", "股长", "阙知微", "中", "联合验收"]]  # fmt: skip
    got = run(
        tmp_path / "kinds", {"一览表": main, "等级汇总": grade}, {"等级汇总": ["A3:F3", "A5:F5"]}
    )
    assert got.risks["risk_point"].tolist() == ["干预工程招投标", "验收走过场"]
    # a surname and post is no one of that surname in another 科室, nor the deputy of that post
    names = [["XX县中医医院领导小组成员名单"], ["序号", "小组职务", "姓名", "单位职务"],
             [1, "组长", "欧阳望川", "副院长"], [2, "成员", "康书白", "财务科科长"]]  # fmt: skip
    rows = [["XX县中医医院岗位廉政风险一览表"], ["序号", "科室", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施"],
            [1, "院领导", "院长", "欧阳院长", "干预药品采购", "高", "集体决策"],
            [2, "总务科", "科长", "康科长", "基建项目收受回扣", "高", "招标"]]  # fmt: skip
    got = run(tmp_path / "surname", {"名单": names, "一览表": rows})
    assert got.risks["person"].tolist() == ["欧阳院长", "康科长"]
    # a note mentioning codes and levels for another reason gives no levels
    rows = [["XX县图书馆岗位廉政风险一览表"], ["编号", "部门", "岗位", "姓名", "风险点", "防控措施"],
            ["Ⅰ-1", "办公室", "主任", "瞿望川", "公务接待超标准", "审批"], ["Ⅱ-1", "采编部", "采编员", "冼书白", "采购收受回扣", "集体采购"],
            ["注：编号沿用上年，等级待评定。"]]  # fmt: skip
    got = run(tmp_path / "codes", {"S": rows}, {"S": ["A5:F5"]})
    assert set(got.risks["risk_level"]) == {""}
    # 'Ⅱ级-03' under a note saying so
    rows[2][0], rows[3][0] = "Ⅰ级-01", "Ⅲ级-02"
    rows[4] = ["说明：风险编码由风险等级和顺序号组成。"]
    got = run(tmp_path / "codes2", {"S": rows}, {"S": ["A5:F5"]})
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅲ级"]
    # work items named by nouns of the work ('公务宴请', '礼品管理') are items
    rows = [["XX县商务局岗位廉政风险一览表"], ["序号", "科室", "岗位", "姓名", "廉政风险点", "", "风险等级", "防控措施"],
            [1, "办公室", "主任", "瞿望川", "公务宴请", "超标准、超范围接待", "中", "审批单"],
            [2, "办公室", "主任", "瞿望川", "", "借接待之机大吃大喝", "中", "公示"],
            [3, "办公室", "科员", "阙知微", "礼品管理", "私自截留礼品", "中", "登记"],
            [4, "办公室", "科员", "阙知微", "", "违规发放礼品", "中", "审批"]]  # fmt: skip
    got = run(tmp_path / "items", {"S": rows}, {"S": ["E2:F2", "E3:E4", "E5:E6"]})
    assert got.risks["risk_point"].tolist()[0] == "超标准、超范围接待"
    # a bare '（高）' closing a matter's caption is its grade
    rows = [["XX县农业农村局职权事项廉政风险一览表"], ["序号", "股室", "岗位", "姓名", "廉政风险点", "防控措施"],
            ["一、农机购置补贴（高）"], [1, "农机站", "站长", "冼书白", "违规核定补贴", "公示"],
            ["二、农产品质量抽检（低）"], [2, "质监站", "站长", "阙知微", "抽检走过场", "双人抽样"]]  # fmt: skip
    got = run(tmp_path / "bare", {"S": rows}, {"S": ["A3:F3", "A5:F5"]})
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅲ级"]
    # cells of several posts' lines on most rows, the rest the matter's own points
    rows = [["XX镇便民服务中心政务服务事项廉政风险防控表"], ["序号", "服务事项", "廉政风险点", "风险等级", "防控措施"],
            [1, "临时救助", "受理员：违规受理\n民政员：入户核查走过场", "高", "公示"],
            [2, "残疾人补贴", "受理员：故意刁难申请人\n民政员：虚报冒领补贴", "中", "复核"],
            [3, "公章管理", "违规使用公章", "中", "登记"]]  # fmt: skip
    got = run(tmp_path / "some", {"S": rows})
    assert len(got.risks) == 5 and set(got.risks["title"]) == {"受理员", "民政员", ""}
    # a change to a vacancy leaves the post unnamed; a list's own 现任人员 column holds it
    rows = [["XX县供销社岗位廉政风险一览表"], ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
            [1, "财务科", "出纳", "阙知微", "公款私存", "中", "对账"], [],
            ["序号", "科室", "岗位", "原任人员", "现任人员", "变动时间"],
            [1, "财务科", "出纳", "阙知微", "暂缺（由会计代管）", "2025年9月"]]  # fmt: skip
    got = run(tmp_path / "vacant", {"S": rows})
    assert got.risks["person"].tolist() == [""]
    rows = [["XX县供销社岗位廉政风险一览表"], ["序号", "科室", "岗位", "原任人员", "现任人员", "廉政风险点", "风险等级", "防控措施"],
            [1, "财务科", "出纳", "阙知微", "冼书白", "公款私存", "中", "对账"]]  # fmt: skip
    got = run(tmp_path / "own", {"S": rows})
    assert got.risks["person"].tolist() == ["冼书白"]


def test_levels_by_a_ranking_and_the_count_of_each(tmp_path):
    # (337: no level column; '按风险等级由高到低排列，其中高风险点2个、中风险点1个、低风险点1个')
    rows = [["XX县水务局廉政风险点汇总表"], ["序号", "科室", "岗位", "姓名", "廉政风险点", "防控措施"],
            [1, "建管股", "股长", "瞿望川", "干预工程招标", "集体研究"], [2, "局领导", "局长", "冼书白", "插手项目审批", "回避"],
            [3, "建管股", "股长", "瞿望川", "验收走过场", "联合验收"], [4, "办公室", "会计", "阙知微", "虚列支出", "审计"],
            ["说明：以上风险点从高到低排序，共有低风险1个、高风险2个、中风险1个。"]]  # fmt: skip
    got = run(tmp_path, {"S": rows}, {"S": ["A7:F7"]})
    assert got.risks.sort_values("source_row")["risk_level"].tolist() == [
        "Ⅰ级",
        "Ⅰ级",
        "Ⅱ级",
        "Ⅲ级",
    ]
    assert "LEVEL_BY_RANK" in set(got.issues["code"])
    # counts that do not add up to the rows give no levels
    rows[6] = ["说明：以上风险点从高到低排序，共有高风险2个、中风险1个。"]
    got = run(tmp_path / "short", {"S": rows}, {"S": ["A7:F7"]})
    assert set(got.risks["risk_level"]) == {""}


def test_a_holder_cell_naming_each_terms_holder(tmp_path):
    # (336: '2024—2025学年：…⏎2025—2026学年：…' under 责任人: the latest term's holds it)
    rows = [["XX县实验小学岗位廉政风险一览表"], ["序号", "处室", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施"],
            [1, "教导处", "主任", "2025—2026学年：瞿望川\n2024—2025学年：阙知微", "违规招生", "高", "公示"],
            [2, "总务处", "出纳", "2025年春季学期：冼书白\n2025年秋季学期：单于岚", "坐支现金", "中", "对账"],
            [3, "总务处", "主任", "甯澍岚", "采购收受回扣", "高", "招标"]]  # fmt: skip
    got = run(tmp_path, {"S": rows})
    assert got.risks["person"].tolist() == ["瞿望川", "单于岚", "甯澍岚"]


def test_level_words_defined_by_a_key_box_beside_the_list(tmp_path):
    # (338: '红色/橙色/黄色' under 风险等级, a box past a blank column: '标识 | 含义', '红色 | 一级（高）风险')
    rows = [["XX县景区管理处岗位廉政风险一览表"],
            ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施", "", "等级说明", ""],
            [1, "处长", "瞿望川", "干预门票收入分配", "紫色", "集体研究", "", "颜色", "风险等级"],
            [2, "票务员", "阙知微", "私售门票", "蓝色", "电子票", "", "紫色", "高风险"],
            [3, "讲解员", "冼书白", "收受游客财物", "绿色", "监督", "", "蓝色", "中风险"],
            [4, "票务员", "阙知微", "截留票款", "紫色", "日清", "", "绿色", "低风险"]]  # fmt: skip
    got = run(tmp_path, {"S": rows}, {"S": ["H2:I2"]})
    assert got.risks.sort_values("source_row")["risk_level"].tolist() == [
        "Ⅰ级",
        "Ⅱ级",
        "Ⅲ级",
        "Ⅰ级",
    ]
    assert "LEVEL_UNKNOWN" not in set(got.issues["code"])


def test_words_struck_through_inside_a_point_are_taken_out(tmp_path):
    # (335: a list revised in place, struck words within a point cell, a note saying so)
    import xlsxwriter

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    wb = xlsxwriter.Workbook(str(inbox / "t.xlsx"))
    ws = wb.add_worksheet("S")
    strike = wb.add_format({"font_strikeout": True})
    ws.write_row(0, 0, ["XX乡岗位廉政风险一览表（修订稿）"])
    ws.write_row(1, 0, ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"])
    ws.write_row(2, 0, [1, "乡长", "瞿望川"])
    ws.write_rich_string(2, 3, "工程项目", strike, "不经班子会", "化整为零规避招标")
    ws.write_row(2, 4, ["高", "集体研究"])
    ws.write_row(3, 0, [2, "会计", "阙知微", "虚列支出", "中"])
    ws.write_rich_string(3, 5, strike, "年终", "审计")
    ws.write_row(4, 0, [3, "出纳", "冼书白", "坐支现金", "中", "对账"])
    ws.write(5, 0, "说明：加删除线的字句为本次修订删去的部分。")
    wb.close()
    config = load_config()
    got = assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])
    assert got.risks["risk_point"].tolist() == ["工程项目化整为零规避招标", "虚列支出", "坐支现金"]
    assert got.risks["measures"].tolist() == ["集体研究", "审计", "对账"]
    assert "WORDS_STRUCK" in set(got.issues["code"])


def test_what_the_fifty_second_review_found(tmp_path):
    # a real point ending in 管理 opens a group ('对下属单位财务疏于管理')
    rows = [["XX县住建局岗位廉政风险一览表"], ["科室", "岗位", "姓名", "风险等级", "防控措施"],
            ["一、对下属单位财务疏于管理"], ["局领导", "副局长", "瞿望川", "中", "定期检查"],
            ["财务股", "股长", "阙知微", "中", "审计"], ["二、工程项目招投标中插手干预"],
            ["局领导", "局长", "冼书白", "高", "集体决策"]]  # fmt: skip
    got = run(tmp_path / "groups", {"S": rows}, {"S": ["A3:E3", "A6:E6"]})
    assert len(got.risks) == 3
    # notes giving levels by codes in other words
    rows = [["XX县图书馆岗位廉政风险一览表"], ["编号", "部门", "岗位", "姓名", "风险点", "防控措施"],
            ["Ⅰ-1", "办公室", "主任", "瞿望川", "公务接待超标准", "审批"], ["Ⅲ-1", "流通部", "馆员", "阙知微", "违规减免滞纳金", "公示"]]  # fmt: skip
    for k, note in enumerate(["说明：风险编号首位为风险等级（Ⅰ为高、Ⅱ为中、Ⅲ为低），后为顺序号。",
                              "注：风险等级体现在编号中，Ⅰ-高风险，Ⅱ-中风险，Ⅲ-低风险。"]):  # fmt: skip
        got = run(tmp_path / f"codes{k}", {"S": [*rows, [note]]}, {"S": ["A5:F5"]})
        assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅲ级"]
    # colour words beside another column of levels in the data rows are defined by nothing
    # there (not '红色 | 中' as a key pair): since 863 read by the usual warning order, said once
    rows = [["XX县景区管理处岗位廉政风险一览表"], ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "发生可能性", "防控措施"],
            [1, "处长", "瞿望川", "干预门票收入分配", "红色", "中", "集体研究"],
            [2, "票务员", "阙知微", "私售门票", "黄色", "高", "电子票"],
            [3, "讲解员", "冼书白", "收受游客财物", "橙色", "低", "监督"]]  # fmt: skip
    got = run(tmp_path / "colours", {"S": rows})
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅲ级", "Ⅱ级"]
    assert "LEVEL_BY_COLOUR_WORD" in set(got.issues["code"])
    # a list ranked by post, not by level, is levelled by nothing; a note levels its own table only
    rows = [["XX县水务局廉政风险点汇总表"], ["序号", "科室", "岗位", "姓名", "廉政风险点", "防控措施"],
            [1, "局领导", "局长", "瞿望川", "插手项目审批", "回避"], [2, "办公室", "会计", "阙知微", "虚列支出", "审计"],
            ["说明：本表按岗位职级由高到低排列。其中高风险1个、低风险1个。"]]  # fmt: skip
    got = run(tmp_path / "ranked", {"S": rows}, {"S": ["A5:F5"]})
    assert set(got.risks["risk_level"]) == {""}
    # a note saying struck text is kept takes nothing out
    import xlsxwriter

    inbox = tmp_path / "kept" / "inbox"
    inbox.mkdir(parents=True)
    wb = xlsxwriter.Workbook(str(inbox / "t.xlsx"))
    ws = wb.add_worksheet("S")
    strike = wb.add_format({"font_strikeout": True})
    ws.write_row(0, 0, ["XX乡岗位廉政风险一览表"])
    ws.write_row(1, 0, ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"])
    ws.write_row(2, 0, [1, "乡长", "瞿望川"])
    ws.write_rich_string(2, 3, "工程项目", strike, "不经班子会", "化整为零")
    ws.write_row(2, 4, ["高", "集体研究"])
    ws.write(3, 0, "说明：加删除线的内容不删除，表示该项已整改到位，仍保留在清单中。")
    wb.close()
    config = load_config()
    got = assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])
    assert got.risks["risk_point"].tolist() == ["工程项目不经班子会化整为零"]
    # two holders of one term are both holders; a 学年's second semester comes after its first
    rows = [["XX县实验小学岗位廉政风险一览表"], ["序号", "处室", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施"],
            [1, "教导处", "主任", "2025年：王岚\n2025年：李一", "违规招生", "高", "公示"],
            [2, "总务处", "出纳", "2025—2026学年第一学期：瞿望川\n2025—2026学年第二学期：阙知微", "坐支现金", "中", "对账"]]  # fmt: skip
    got = run(tmp_path / "terms", {"S": rows})
    assert "阙知微" in set(got.risks["person"]) and "瞿望川" not in set(got.risks["person"])
    assert (
        got.risks["person"].tolist().count("王岚") + got.risks["person"].tolist().count("李一") != 1
    )
    # a surname and post under an abbreviated 科室 ('党政办主任' for '党政综合办公室')
    names = [["XX县中医医院领导小组成员名单"], ["序号", "小组职务", "姓名", "单位职务"], [1, "成员", "康书白", "党政办主任"]]  # fmt: skip
    rows = [["XX县中医医院岗位廉政风险一览表"], ["序号", "科室", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施"],
            [1, "党政综合办公室", "主任", "康主任", "公务接待超标", "中", "审批"]]  # fmt: skip
    got = run(tmp_path / "abbr", {"名单": names, "一览表": rows})
    assert got.risks["person"].tolist() == ["康书白"]


def test_measures_written_in_the_column_of_the_points_level(tmp_path):
    # (341: '分级防控措施' over '一级风险 | 二级风险 | 三级风险', each row's measures in its level's)
    rows = [["XX县交通运输局岗位廉政风险一览表"], ["序号", "岗位", "姓名", "廉政风险点", "防控措施", "", ""],
            ["", "", "", "", "高", "中", "低"],
            [1, "局长", "瞿望川", "干预工程招标", "集体决策", "", ""],
            [2, "科员", "阙知微", "违规发放运输证", "", "双人审核", ""],
            [3, "司机", "冼书白", "公车私用", "", "", "定位监控"]]  # fmt: skip
    merges = {"S": ["E2:G2", "A2:A3", "B2:B3", "C2:C3", "D2:D3"]}
    got = run(tmp_path, {"S": rows}, merges)
    assert got.risks[["risk_level", "measures"]].values.tolist() == [["Ⅰ级", "集体决策"], ["Ⅱ级", "双人审核"],
                                                                    ["Ⅲ级", "定位监控"]]  # fmt: skip


def test_an_index_sheet_naming_each_posts_sheet_by_its_tab(tmp_path):
    # (342: '目录': 部门 | 岗位 | 责任人 | 表号, then sheets '表1' … naming no post themselves)
    index = [["XX县水务投资公司岗位廉洁风险防控表目录"], ["序号", "部门", "岗位", "责任人", "表号"],
             [1, "财务部", "会计", "阙知微", "表2"], [2, "公司领导", "总经理", "瞿望川", "表1"]]  # fmt: skip

    def table(point):
        return [["返回目录"], ["岗位廉洁风险防控表"], ["序号", "廉洁风险点", "风险等级", "防控措施"],
                [1, point, "高", "集体研究"]]  # fmt: skip

    got = run(tmp_path, {"目录": index, "表1": table("干预工程发包"), "表2": table("虚列支出")})
    pairs = got.risks[["risk_point", "person"]].values.tolist()
    assert sorted(pairs) == [["干预工程发包", "瞿望川"], ["虚列支出", "阙知微"]]


def test_a_row_of_measures_in_the_point_column_after_a_holders_points(tmp_path):
    # (339: no measures column; after each holder's points a row '防控措施：⏎1.…' across the
    # point's columns)
    rows = [["XX社区岗位廉政风险一览表"], ["序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级"],
            [1, "书记", "瞿望川", "干预工程发包", "岗位职责", "高"], [2, "书记", "瞿望川", "违规使用集体资金", "制度机制", "高"],
            ["", "书记", "瞿望川", "防控措施：\n1.集体研究\n2.公示", "", ""],
            [3, "会计", "阙知微", "虚列支出", "岗位职责", "中"],
            ["", "会计", "阙知微", "预防措施：每月对账", "", ""]]  # fmt: skip
    got = run(tmp_path, {"S": rows}, {"S": ["D5:F5", "D7:F7"]})
    assert got.risks["measures"].tolist() == [
        "1.集体研究\n2.公示",
        "1.集体研究\n2.公示",
        "每月对账",
    ]
    assert "MEASURES_BLANK" not in set(got.issues["code"])


def test_what_the_fifty_third_review_found(tmp_path):
    # an index never overrides a sheet naming its own post and holder; blank or merged index cells
    # blank nothing; a 表号 on several rows makes no index
    def card(d, p, n, pt):
        return [["返回目录"], ["岗位廉政风险防控卡"], ["科室", d, "岗位", p, "姓名", n],
                ["序号", "廉政风险点", "风险等级", "防控措施"], [1, pt, "高", "集体决策"]]  # fmt: skip

    index = [["XX县水务局岗位廉政风险防控卡目录"], ["序号", "部门", "岗位", "责任人", "表号"],
             [1, "局领导", "局长", "瞿望川", "表1"], [2, "财务股", "会计", "阙知微", "表2"]]  # fmt: skip
    sheets = {"目录": index, "表1": card("局领导", "副局长", "冼书白", "插手工程招标"),
              "表2": card("财务股", "会计", "阙知微", "虚列支出")}  # fmt: skip
    got = run(tmp_path / "own", sheets)
    assert sorted(got.risks["person"]) == ["冼书白", "阙知微"]
    index[2:] = [[1, "公司领导", "总经理", "瞿望川", "表1"], [2, "", "副总经理", "冼书白", "表2"]]
    bare = [["返回目录"], ["岗位廉政风险防控表"], ["序号", "廉政风险点", "风险等级", "防控措施"]]
    sheets = {"目录": index, "表1": [*bare, [1, "干预工程发包", "高", "集体研究"]],
              "表2": [*bare, [1, "违规审批项目", "高", "集体研究"]]}  # fmt: skip
    got = run(tmp_path / "merged", sheets, {"目录": ["B3:B4"]})
    assert sorted(got.risks["department"]) == ["公司领导", "公司领导"]
    index[2:] = [[1, "局领导", "局长", "瞿望川", "表1"], [2, "局领导", "副局长", "冼书白", "表1"],
                 [3, "财务股", "会计", "阙知微", "表2"]]  # fmt: skip
    sheets = {"目录": index, "表1": card("局领导", "局长", "瞿望川", "插手工程招标"),
              "表2": card("财务股", "股长", "单于岚", "违规审批报销")}  # fmt: skip
    got = run(tmp_path / "twice", sheets)
    assert sorted(got.risks["person"]) == ["单于岚", "瞿望川"]
    # placeholders in the other levels' measure columns are nothing
    rows = [["XX县交通运输局岗位廉政风险一览表"], ["序号", "岗位", "姓名", "廉政风险点", "分级防控措施", "", ""],
            ["", "", "", "", "一级风险", "二级风险", "三级风险"],
            [1, "局长", "瞿望川", "干预工程招标", "集体决策", "/", "/"], [2, "司机", "冼书白", "公车私用", "—", "—", "定位监控"]]  # fmt: skip
    merges = {"S": ["E2:G2", "A2:A3", "B2:B3", "C2:C3", "D2:D3"]}
    got = run(tmp_path / "slashes", {"S": rows}, merges)
    assert got.risks[["risk_level", "measures"]].values.tolist() == [
        ["Ⅰ级", "集体决策"],
        ["Ⅲ级", "定位监控"],
    ]
    # a closing measures line under the whole list is no holder's
    rows = [["XX县财政局廉政风险排查表"], ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级"],
            [1, "国库股", "股长", "瞿望川", "违规拨付资金", "岗位职责", "高"],
            [2, "国库股", "出纳", "阙知微", "坐支现金", "岗位职责", "中"],
            ["", "", "", "", "防控措施：以上各岗位均严格执行内控制度", "", ""]]  # fmt: skip
    got = run(tmp_path / "closing", {"S": rows}, {"S": ["E5:G5"]})
    assert got.risks["measures"].tolist() == ["", ""]
    # a ranking note as a subtitle above the header
    rows = [["XX县水务局廉政风险点汇总表"], ["（按风险等级由高到低排列，其中高风险1个、中风险1个、低风险1个）"],
            ["序号", "科室", "岗位", "姓名", "廉政风险点", "防控措施"],
            [1, "局领导", "局长", "瞿望川", "插手项目审批", "回避"], [2, "办公室", "会计", "阙知微", "虚列支出", "审计"],
            [3, "办公室", "出纳", "冼书白", "坐支现金", "对账"]]  # fmt: skip
    got = run(tmp_path / "subtitle", {"S": rows}, {"S": ["A2:F2"]})
    assert got.risks.sort_values("source_row")["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级", "Ⅲ级"]
    # codes giving the post's rank, not the risk's level
    rows = [["XX县图书馆岗位廉政风险一览表"], ["编号", "部门", "岗位", "姓名", "风险点", "防控措施"],
            ["Ⅰ-1", "馆领导", "馆长", "瞿望川", "干预图书采购", "集体决策"],
            ["Ⅲ-1", "流通部", "馆员", "冼书白", "违规减免滞纳金", "公示"],
            ["注：岗位级别以编号首位标示（Ⅰ领导班子、Ⅲ一般干部）；风险等级由馆党支部另行评定。"]]  # fmt: skip
    got = run(tmp_path / "ranks", {"S": rows}, {"S": ["A5:F5"]})
    assert set(got.risks["risk_level"]) == {""}
    # a note about struck words, then about the rest in a clause of its own
    from xlproc.fills import struck_means_words_deleted

    assert struck_means_words_deleted("说明：加删除线的文字为本次删去的内容，其余内容继续执行。")
    assert not struck_means_words_deleted(
        "说明：加删除线的内容不删除，表示该项已整改到位，仍保留。"
    )


def test_a_row_cut_by_a_page_break_goes_on_under_the_repeated_heading(tmp_path):
    # (343: a list over printed pages; the last row of a page cut mid-phrase, its rest in the
    # first row of the next page under the repeated heading, every other cell blank)
    head = ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"]
    rows = [["XX镇岗位廉政风险一览表"], head,
            [1, "党政办", "主任", "瞿望川", "公务接待超标准", "中", "审批单"],
            [2, "财政所", "所长", "阙知微", "项目资金拨付不按进度", "高", "凭监理"],
            ["第 1 页，共 2 页"], head,
            ["", "", "", "", "提前支付工程款", "", "签认拨付"],
            [3, "财政所", "会计", "冼书白", "虚列支出", "中", "审计"]]  # fmt: skip
    got = run(tmp_path, {"S": rows})
    assert got.risks["risk_point"].tolist() == [
        "公务接待超标准",
        "项目资金拨付不按进度提前支付工程款",
        "虚列支出",
    ]
    assert got.risks["measures"].tolist()[1] == "凭监理\n签认拨付"
    assert not set(got.issues["code"]) & {"LEVEL_BLANK", "TYPE_BLANK"}


def test_post_codes_a_note_defines(tmp_path):
    # (346: '责任岗位' holding 'A', 'C', 'B、D'; a note: 'A—馆长　籍湉岚；B—…')
    rows = [["XX县文化馆岗位廉政风险一览表"], ["序号", "廉政风险点", "风险等级", "防控措施", "责任岗位"],
            [1, "干预演出采购", "高", "集体研究", "A"], [2, "违规收取培训费", "中", "公示", "B"],
            [3, "虚报活动经费", "中", "审计", "A、B"],
            ["说明：责任岗位填代码：A—馆长　瞿望川；B—培训部主任　阙知微。"]]  # fmt: skip
    got = run(tmp_path, {"S": rows}, {"S": ["A6:E6"]})
    who = sorted(got.risks[["department", "title", "person", "risk_point"]].values.tolist())
    assert who == sorted([["", "馆长", "瞿望川", "干预演出采购"], ["培训部", "主任", "阙知微", "违规收取培训费"],
                          ["", "馆长", "瞿望川", "虚报活动经费"], ["培训部", "主任", "阙知微", "虚报活动经费"]])  # fmt: skip
    # codes the note does not define stay as written
    rows[5] = ["说明：责任岗位填代码：A—馆长　瞿望川。"]
    got = run(tmp_path / "some", {"S": rows}, {"S": ["A6:E6"]})
    assert "B" in set(got.risks["title"])


def test_each_rows_type_written_in_the_column_of_its_level(tmp_path):
    # (345: '风险类型及等级' over '高 | 中 | 低', each row's type written in its level's column)
    rows = [["XX县市场监管局岗位廉政风险一览表"], ["序号", "岗位", "姓名", "廉政风险点", "风险类别及等级", "", "", "防控措施"],
            ["", "", "", "", "一级", "二级", "三级", ""],
            [1, "局长", "瞿望川", "干预案件查处", "岗位职责", "", "", "集体审议"],
            [2, "执法员", "阙知微", "选择性执法", "", "制度机制", "", "裁量基准"],
            [3, "科员", "冼书白", "收受礼品", "", "", "思想道德", "承诺"]]  # fmt: skip
    merges = {"S": ["E2:G2", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "H2:H3"]}
    got = run(tmp_path, {"S": rows}, merges)
    assert got.risks[["risk_type", "risk_level"]].values.tolist() == [
        ["岗位职责风险", "Ⅰ级"], ["制度机制风险", "Ⅱ级"], ["思想道德风险", "Ⅲ级"]]  # fmt: skip


def test_a_roster_of_people_each_listing_the_posts_they_hold(tmp_path):
    # (344: '附：人员岗位分工' — 姓名 | 职务 | 承担岗位, one row a person, his posts joined by 、)
    rows = [["XX卫生院岗位廉政风险排查表"], ["序号", "科室", "岗位", "廉政风险点", "风险等级", "防控措施"],
            [1, "院领导", "院长", "干预药品采购", "高", "集体研究"], [2, "药房", "调剂员", "私售药品", "中", "盘点"],
            [3, "药房", "验收员", "验收走过场", "中", "双人验收"], [4, "财务室", "收费员", "截留收费", "高", "日清"], [],
            ["附：人员岗位分工"], ["序号", "姓名", "职务", "承担岗位"],
            [1, "瞿望川", "院长", "院长"], [2, "阙知微", "主管药师", "调剂员、验收员"], [3, "冼书白", "会计", "收费员"]]  # fmt: skip
    got = run(tmp_path, {"S": rows})
    assert got.risks["person"].tolist() == ["瞿望川", "阙知微", "阙知微", "冼书白"]


def test_what_the_fifty_fourth_review_found(tmp_path):
    # a finished point on one page, a point of its own under the repeated heading of the next
    head = ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"]
    rows = [["XX镇岗位廉政风险一览表"], head, [1, "财政所", "所长", "阙知微", "项目资金拨付不按进度。", "高", "凭监理"],
            ["第 1 页，共 2 页"], head, ["", "", "", "", "坐支现金。", "", "收支两条线"],
            [2, "财政所", "会计", "冼书白", "虚列支出", "中", "审计"]]  # fmt: skip
    got = run(tmp_path / "paged", {"S": rows})
    assert "坐支现金。" in set(got.risks["risk_point"])
    # post codes defined without a space, and a code two people hold naming no one
    rows = [["XX县文化馆岗位廉政风险一览表"], ["序号", "廉政风险点", "风险等级", "防控措施", "责任岗位"],
            [1, "干预演出采购", "高", "集体研究", "A"], [2, "违规收取培训费", "中", "公示", "B"],
            ["注：A—馆长瞿望川；B—培训部主任　阙知微、冼书白。"]]  # fmt: skip
    got = run(tmp_path / "codes", {"S": rows}, {"S": ["A5:E5"]})
    assert got.risks[["title", "person"]].values.tolist() == [["馆长", "瞿望川"], ["主任", ""]]
    # a type merged down in its level's column over a post's points
    rows = [["XX县市场监管局岗位廉政风险一览表"], ["序号", "岗位", "姓名", "廉政风险点", "风险类别及等级", "", "", "防控措施"],
            ["", "", "", "", "高", "中", "低", ""],
            [1, "执法员", "阙知微", "选择性执法", "", "制度机制", "", "裁量基准"],
            [2, "执法员", "阙知微", "随意减免罚款", "", "", "", "法制审核"],
            [3, "科员", "冼书白", "收受礼品", "", "", "思想道德", "承诺"]]  # fmt: skip
    merges = {"S": ["E2:G2", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "H2:H3", "F4:F5"]}
    got = run(tmp_path / "grid", {"S": rows}, merges)
    assert got.risks["risk_level"].tolist() == ["Ⅱ级", "Ⅱ级", "Ⅲ级"]
    # a roster's 承担岗位 of duties, a 兼任岗位, a blank cell: each person still holds his 职务
    base = [["XX卫生院岗位廉政风险排查表"], ["序号", "科室", "岗位", "廉政风险点", "风险等级", "防控措施"],
            [1, "院领导", "院长", "干预药品采购", "高", "集体研究"], [2, "财务室", "会计", "虚列支出", "中", "审计"],
            [3, "财务室", "出纳", "截留收费", "高", "日清"], [], ["附：人员岗位分工"]]  # fmt: skip
    for k, (head4, cells) in enumerate([("承担岗位", ["主持全面工作", "财务核算、报表编制", "现金收付"]),
                                        ("兼任岗位", ["无", "工会经审", "无"]),
                                        ("承担岗位", ["院长", "", "出纳、收费员"])]):  # fmt: skip
        roster = [["序号", "姓名", "职务", head4], [1, "瞿望川", "院长", cells[0]],
                  [2, "阙知微", "会计", cells[1]], [3, "冼书白", "出纳", cells[2]]]  # fmt: skip
        got = run(tmp_path / f"roster{k}", {"S": [*base, *roster]})
        assert got.risks["person"].tolist() == ["瞿望川", "阙知微", "冼书白"]


def test_numbered_measure_lines_under_each_point_in_a_point_and_measures_column(tmp_path):
    # (347: '风险点与防范措施', a point and its '1.…' lines a row each, 序号 and level merged down)
    rows = [["XX医院岗位廉政风险一览表"], ["序号", "科室", "岗位", "姓名", "风险点与防范措施", "风险级别"],
            [1, "药剂科", "主任", "阙知微", "药品遴选收受回扣", "一级"], ["", "", "", "", "1.药事会集体遴选", ""],
            ["", "", "", "", "2.遴选结果公示", ""], [2, "", "", "", "药品出入库不核对", "二级"],
            ["", "", "", "", "1.双人验收入库", ""], [3, "财务科", "会计", "冼书白", "虚列支出", "三级"],
            ["", "", "", "", "①票据逐张审核", ""], ["制表：", "", "", "审核：", "", ""]]  # fmt: skip
    merges = {
        "S": ["A3:A5", "F3:F5", "A6:A7", "F6:F7", "B3:B7", "C3:C7", "D3:D7", "A8:A9", "F8:F9"]
    }
    got = run(tmp_path, {"S": rows}, merges)
    assert got.risks[["risk_point", "risk_level", "measures"]].values.tolist() == [
        ["药品遴选收受回扣", "Ⅰ级", "1.药事会集体遴选\n2.遴选结果公示"],
        ["药品出入库不核对", "Ⅱ级", "1.双人验收入库"], ["虚列支出", "Ⅲ级", "①票据逐张审核"]]  # fmt: skip
    assert "MEASURES_BLANK" not in set(got.issues["code"])
    # under a heading of the point alone the numbered rows are points of their own, the last
    # one too, over the sign-off line ('①…审核' is an item, no sign-off label)
    rows[1][4] = "廉政风险点"
    got = run(tmp_path / "points", {"S": rows}, merges)
    assert len(got.risks) == 7 and "①票据逐张审核" in set(got.risks["risk_point"])


def test_a_level_written_in_each_blocks_point_heading(tmp_path):
    # (349: one sheet, a block per level, each under its own heading '一级风险点' / '二级风险点')
    head = ["序号", "{}", "岗位", "姓名", "防控措施"]
    rows = [["XX县自然资源局廉政风险点一览表"], [h.format("一级风险点") for h in head],
            [1, "违规审批用地", "局长", "阙知微", "集体研究"], [2, "干预土地出让", "副局长", "冼书白", "公开出让"],
            [h.format("二级风险点") for h in head], [1, "测绘成果把关不严", "科长", "瞿望川", "复核"],
            [h.format("三级风险点") for h in head], [1, "档案借阅不登记", "科员", "郦青禾", "登记"]]  # fmt: skip
    got = run(tmp_path, {"S": rows})
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅰ级", "Ⅱ级", "Ⅲ级"]
    assert "LEVEL_BLANK" not in set(got.issues["code"])
    # a level column wins over the heading's word
    rows = [["XX县自然资源局廉政风险点一览表"], ["序号", "高风险点", "岗位", "姓名", "风险等级"],
            [1, "违规审批用地", "局长", "阙知微", "中"]]  # fmt: skip
    got = run(tmp_path / "column", {"S": rows})
    assert got.risks["risk_level"].tolist() == ["Ⅱ级"]


def test_holder_lines_of_label_and_value_cells_inside_one_table(tmp_path):
    # (350: '持卡人 | 璩湙岚 | 所在股室 | 站领导 | 职务 | 站长' under the heading, each card's rows
    # under its line, numbered from 1 again)
    rows = [["XX乡卫生院岗位廉政风险防控卡"], ["序号", "廉政风险点", "风险等级", "防控措施", "", ""],
            ["姓名", "阙知微", "科室", "院办", "岗位", "院长"], [1, "干预药品采购", "高", "集体研究"],
            [2, "违规审批支出", "中", "联签"], ["姓名", "冼书白", "科室", "药房", "岗位", "药剂员"],
            [1, "私售药品", "中", "盘点"], ["填表人：", "", "", "日期："]]  # fmt: skip
    got = run(tmp_path, {"S": rows}, {"S": ["D2:F2"]})
    assert got.risks[["department", "title", "person", "risk_point"]].values.tolist() == [
        ["院办", "院长", "阙知微", "干预药品采购"], ["院办", "院长", "阙知微", "违规审批支出"],
        ["药房", "药剂员", "冼书白", "私售药品"]]  # fmt: skip
    assert "ROW_UNPLACED" not in set(got.issues["code"])
    # (a holder's line under the heading is no lower half of it: '姓名 | 阙知微' names no column)
    assert "COLUMN_GUESSED" not in set(got.issues["code"])


def test_a_grid_of_holders_a_row_a_keshi_and_a_column_a_post(tmp_path):
    # (348: '附：人员配备表' — 科室 | 主任 | 副主任 | 干事, a name at each crossing, '/' where none)
    rows = [["XX县民政局岗位廉政风险一览表"], ["序号", "科室", "岗位", "廉政风险点", "风险等级", "防控措施"],
            [1, "救助股", "股长", "低保审批优亲厚友", "高", "公示"], [2, "救助股", "干事", "入户核查走过场", "中", "双人"],
            [3, "财务股", "股长", "虚列支出", "中", "审计"], [4, "财务股", "副股长", "票据审核不严", "低", "复核"], [],
            ["附：股室人员配备表"], ["序号", "股室", "股长", "副股长", "干事"],
            [1, "救助股", "阙知微", "—", "冼书白"], [2, "财务股", "瞿望川", "郦青禾", "/"]]  # fmt: skip
    got = run(tmp_path, {"S": rows})
    assert got.risks[["department", "title", "person"]].values.tolist() == [
        ["救助股", "股长", "阙知微"], ["救助股", "干事", "冼书白"], ["财务股", "股长", "瞿望川"],
        ["财务股", "副股长", "郦青禾"]]  # fmt: skip
    assert len(got.posts) == 4


def test_a_table_of_measures_naming_the_points_above_by_number(tmp_path):
    # (354: '二、防控措施' — 序号 | 对应风险点 | 防控措施 over '1 | 1、2 | …', '3 | 4—5 | …')
    rows = [["XX县水务局岗位廉政风险点及防控措施"], ["序号", "岗位", "姓名", "廉政风险点", "风险等级"],
            [1, "局长", "阙知微", "干预工程招标", "高"], [2, "局长", "阙知微", "违规拨付资金", "高"],
            [3, "会计", "冼书白", "虚列支出", "中"], [4, "出纳", "瞿望川", "坐支现金", "低"], [],
            ["二、防控措施"], ["序号", "涉及风险点", "防控措施", "责任科室"],
            [1, "1、2", "集体研究，全程公开", "办公室"], [2, "第3-4项", "票据逐张审核", "财务股"],
            [3, "1至4", "每季度排查一次", "办公室"]]  # fmt: skip
    got = run(tmp_path, {"S": rows})
    assert got.risks[["risk_point", "measures"]].values.tolist() == [
        ["干预工程招标", "集体研究，全程公开\n每季度排查一次"], ["违规拨付资金", "集体研究，全程公开\n每季度排查一次"],
        ["虚列支出", "票据逐张审核\n每季度排查一次"], ["坐支现金", "票据逐张审核\n每季度排查一次"]]  # fmt: skip
    assert sorted(got.issues["code"]) == ["MEASURES_BY_NUMBER", "TABLE_NO_TYPE"]
    # a number that names no point above: a table of its own, as written
    rows[-1][1] = "7"
    got = run(tmp_path / "other", {"S": rows})
    assert "MEASURES_BY_NUMBER" not in set(got.issues["code"])
    assert "7" in set(got.risks["risk_point"])


def test_a_road_maintenance_section_is_a_unit_and_its_head_a_leader(tmp_path):
    # (354: '大安区公路养护段…一览表', its 段长)
    rows = [["XX县公路管理段岗位廉政风险防控一览表"], ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
            [1, "段长", "阙知微", "干预工程招标", "高", "集体研究"], [2, "养护员", "冼书白", "虚报工程量", "中", "复核"]]  # fmt: skip
    got = run(tmp_path, {"S": rows})
    assert got.posts[["unit", "title", "tier"]].values.tolist() == [
        ["XX县公路管理段", "段长", "领导岗位"], ["XX县公路管理段", "养护员", "一般岗位"]]  # fmt: skip


def test_a_grid_of_levels_down_and_types_across_a_point_at_each_crossing(tmp_path):
    # (352: '风险类型⏎风险等级' over '高风险 | 中风险 | 低风险' down, the five types across)
    rows = [["XX镇卫生院岗位廉政风险分布图"], ["姓名", "阙知微", "岗位", "药剂员", "科室", "药房"],
            ["等级＼类型", "思想道德", "制度机制", "岗位职责", "外部环境"],
            ["一级", "收受回扣", "/", "", "—"], ["二级", "/", "盘点走过场", "私售药品", ""],
            ["三级", "", "/", "/", "接受宴请"], ["主要防控措施", "1.双人验收；2.每月盘点"]]  # fmt: skip
    got = run(tmp_path, {"S": rows}, {"S": ["B7:E7"]})
    assert got.risks[["risk_point", "risk_level", "risk_type"]].values.tolist() == [
        ["收受回扣", "Ⅰ级", "思想道德风险"], ["盘点走过场", "Ⅱ级", "制度机制风险"],
        ["私售药品", "Ⅱ级", "岗位职责风险"], ["接受宴请", "Ⅲ级", "外部环境风险"]]  # fmt: skip
    assert set(got.risks["measures"]) == {"1.双人验收；2.每月盘点"}
    assert set(got.risks["person"]) == {"阙知微"}
    assert not {"COLUMN_GUESSED", "POINT_BLANK", "MEASURES_BLANK"} & set(got.issues["code"])


def test_a_flow_chart_of_labelled_boxes_a_holders_box_at_the_left(tmp_path):
    # (353: no header; each risk a row of boxes '风险点：…' | '风险等级：中' | '防控措施：…' right of
    # its step, the step's 科室, post and holder in a box at the left merged down over its rows)
    rows = [["XX县医保局基金支付权力运行流程图"], ["", "", "提出申请"], ["", "", "↓"],
            ["待遇保障股\n经办员　阙知微", "→", "初　审", "→", "廉政风险点：资料审核把关不严", "风险级别：Ⅱ级", "防范措施：双人审核"],
            ["", "", "", "→", "廉政风险点：违规变更参保信息", "风险级别：Ⅲ级", "防范措施：系统留痕"],
            ["", "", "↓"], ["局领导\n副局长　冼书白", "→", "审　批", "→", "廉政风险点：违规审批大额支付", "风险级别：Ⅰ级", "防范措施：集体研究"],
            ["", "", "↓"], ["", "", "办　结"]]  # fmt: skip
    got = run(tmp_path, {"S": rows}, {"S": ["A4:A5", "C4:C5"]})
    assert got.risks[["department", "title", "person", "workflow", "risk_point", "risk_level", "measures"]].values.tolist() == [
        ["待遇保障股", "经办员", "阙知微", "初审", "资料审核把关不严", "Ⅱ级", "双人审核"],
        ["待遇保障股", "经办员", "阙知微", "初审", "违规变更参保信息", "Ⅲ级", "系统留痕"],
        ["局领导", "副局长", "冼书白", "审批", "违规审批大额支付", "Ⅰ级", "集体研究"]]  # fmt: skip
    assert got.posts["tier"].tolist() == ["一般岗位", "领导岗位"]
    assert set(got.posts["unit"]) == {"XX县医保局"}


def test_a_notice_addressed_to_the_holder_naming_his_post_in_a_sentence(tmp_path):
    # (351: '笪玥泠同志：' on a line of its own, '…你所在的财政审计科科长岗位存在以下廉政风险…')
    rows = [["XX县卫生健康局廉政风险告知书"], ["阙知微同志："],
            ["经排查，您担任的医政股股长职务存在以下廉政风险，请对照防范，七日内签收。"],
            ["序号", "风险点", "风险等级", "防控措施"], [1, "审批降低条件", "高", "集体研究"],
            [2, "检查走过场", "中", "随机抽查"], [], ["XX县纪委监委派驻第三纪检监察组"], ["2025年3月"]]  # fmt: skip
    got = run(tmp_path, {"S": rows}, {"S": ["A3:D3", "A8:D8", "A9:D9"]})
    assert got.posts[["department", "title", "person", "tier"]].values.tolist() == [
        ["医政股", "股长", "阙知微", "中层岗位"]]  # fmt: skip
    assert set(got.issues["code"]) <= {"TABLE_NO_TYPE", "GRADE_BLANK"}


def test_a_cover_sheet_naming_the_holder_past_a_sheet_of_duties(tmp_path):
    # (356, 358: '封面' with '姓　　名：…' lines, then '岗位职责', then the table naming no one)
    cover = [["XX县医疗保障事务中心"], ["岗位廉政风险防控手册"], [], ["姓　　名：阙知微"], ["所在科室：稽核科"],
             ["职　　务：科长"], ["编制时间：2025年9月"]]  # fmt: skip
    duties = [["岗位职责"], ["序号", "岗位职责"], [1, "负责定点机构费用稽核"]]
    table = [["岗位廉政风险点及防控措施"], ["序号", "廉政风险点", "风险等级", "防控措施"],
             [1, "稽核中收受好处", "高", "双人稽核"], [2, "泄露稽核信息", "中", "保密"]]  # fmt: skip
    got = run(tmp_path, {"封面": cover, "岗位职责": duties, "风险点": table})
    assert got.posts[["unit", "department", "title", "person", "n_risks"]].values.tolist() == [
        ["XX县医疗保障事务中心", "稽核科", "科长", "阙知微", 2]]  # fmt: skip


def test_work_items_in_the_point_column_heading_their_numbered_points(tmp_path):
    # (355: '（一）“两违”治理' on the row where a holder's block starts, '1.…', '2.…' under it)
    rows = [["XX镇规划建设办岗位廉政风险一览表"], ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
            ["", "主任", "阙知微", "一、项目管理", "", ""], [1, "", "", "1.干预工程招标", "高", "集体研究"],
            [2, "", "", "2.虚报工程量", "中", "复核"], ["", "", "", "二、资金拨付", "", ""],
            [3, "", "", "1.违规拨付进度款", "高", "联签"], ["", "科员", "冼书白", "一、档案管理", "", ""],
            [4, "", "", "1.违规借阅档案", "低", "登记"]]  # fmt: skip
    got = run(tmp_path, {"S": rows}, {"S": ["B3:B7", "C3:C7", "B8:B9", "C8:C9"]})
    assert got.risks[["title", "person", "risk_point", "risk_level"]].values.tolist() == [
        ["主任", "阙知微", "1.干预工程招标", "Ⅰ级"], ["主任", "阙知微", "2.虚报工程量", "Ⅱ级"],
        ["主任", "阙知微", "1.违规拨付进度款", "Ⅰ级"], ["科员", "冼书白", "1.违规借阅档案", "Ⅲ级"]]  # fmt: skip
    assert not {"LEVEL_BLANK", "MEASURES_BLANK"} & set(got.issues["code"])


def test_a_table_of_levels_under_the_list_naming_its_rows_by_number(tmp_path):
    # (357: '风险等级 | 风险点序号 | 个数' over '一级风险 | 1—3、6 | 4' under a list of no level)
    rows = [["XX县林业局廉政风险点排查表"], ["序号", "岗位", "姓名", "廉政风险点", "防控措施"],
            [1, "局长", "阙知微", "干预林地审批", "集体研究"], [2, "局长", "阙知微", "插手采伐指标", "公示"],
            [3, "股长", "冼书白", "检疫走过场", "抽查"], [4, "会计", "瞿望川", "虚列支出", "审计"], [],
            ["附：风险等级认定情况"], ["风险级别", "", "对应序号", "数量"], ["高", "", "1、2", 2], ["中", "", "4", 1], ["低", "", "3", 1],
            ["合计", "", "", 4]]  # fmt: skip
    got = run(tmp_path, {"S": rows})
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅰ级", "Ⅲ级", "Ⅱ级"]
    assert "LEVEL_BY_NUMBER" in set(got.issues["code"])
    assert not {"LEVEL_BLANK", "TABLE_OTHER"} & set(got.issues["code"])


def test_codes_defined_in_the_comments_on_the_header_cells(tmp_path):
    # (361: '风险类型' holding 1–5 and '风险等级' A/B/C, defined only in the header cells' 批注)
    rows = [["XX县医保中心岗位廉政风险点登记表"], ["序号", "岗位", "姓名", "廉政风险点", "风险类别", "风险级别", "防控措施"],
            [1, "主任", "阙知微", "重大支出个人决定", "乙", "红", "集体研究"],
            [2, "稽核员", "冼书白", "稽核走过场", "丙", "黄", "抽查"], [3, "会计", "瞿望川", "收受好处", "甲", "蓝", "承诺"],
            ["注：代码见表头批注。"]]  # fmt: skip
    notes = {
        "S": {
            "E2": "甲—思想道德风险；乙—制度机制风险；丙—岗位职责风险",
            "F2": "红—高风险，黄—中风险，蓝—低风险",
        }
    }
    got = run(tmp_path, {"S": rows}, comments=notes)
    assert got.risks[["risk_type", "risk_level"]].values.tolist() == [
        ["制度机制风险", "Ⅰ级"], ["岗位职责风险", "Ⅱ级"], ["思想道德风险", "Ⅲ级"]]  # fmt: skip
    # without the comments the codes stay unknown, each reported; the colours 红/黄/蓝 (since 863)
    # by the usual warning order, said once
    got = run(tmp_path / "none", {"S": rows})
    assert {"TYPE_UNKNOWN", "LEVEL_BY_COLOUR_WORD"} <= set(got.issues["code"])
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级", "Ⅲ级"]


def test_a_holder_printed_only_in_each_sheets_page_footer(tmp_path):
    # (359: '&L自查人：…&C所在部门：…&R岗　位：…', nothing in the cells telling the sheets apart)
    table = [["XX县图书馆岗位廉政风险自查表"], ["序号", "风险点", "风险等级", "防控措施"],
             [1, "图书采购收受回扣", "高", "集体研究"], [2, "虚报活动经费", "中", "审计"]]  # fmt: skip
    sheets = {"Sheet1": table, "Sheet2": table}
    footers = {
        "Sheet1": "&L承诺人：阙知微&C科室：采编部&R职务：主任",
        "Sheet2": "&L姓名：冼书白&R岗位：管理员",
    }
    got = run(tmp_path, sheets, footers=footers)
    assert got.posts[["department", "title", "person", "n_risks"]].values.tolist() == [
        ["采编部", "主任", "阙知微", 2], ["", "管理员", "冼书白", 2]]  # fmt: skip


def test_blocks_side_by_side_each_captioned_by_its_level(tmp_path):
    # (360: '高风险点 | 中风险点 | 低风险点' captioning blocks of '序号 | 风险点 | 防控措施' side by
    # side, the holder's line above them all)
    rows = [["XX镇民政办岗位廉政风险分级公示"], ["姓名", "阙知微", "职务", "民政专干", "", ""],
            ["一级风险", "", "", "二级风险", "", ""], ["编号", "风险点", "措施", "编号", "风险点", "措施"],
            [1, "优亲厚友办理低保", "公示", 1, "台账更新不及时", "月查"], [2, "截留救助资金", "审计", "", "", ""]]  # fmt: skip
    got = run(tmp_path, {"S": rows}, {"S": ["A3:C3", "D3:F3"]})
    assert got.risks[["title", "person", "risk_point", "risk_level"]].values.tolist() == [
        ["民政专干", "阙知微", "优亲厚友办理低保", "Ⅰ级"], ["民政专干", "阙知微", "截留救助资金", "Ⅰ级"],
        ["民政专干", "阙知微", "台账更新不及时", "Ⅱ级"]]  # fmt: skip
    assert len(got.posts) == 1
    assert not {"LEVEL_BLANK", "FORM_DUPLICATE"} & set(got.issues["code"])


def test_what_the_fifty_fifth_review_found(tmp_path):
    # numbered points under '风险点及防范措施', their 序号 and level merged down: points each
    rows = [["XX县财政局岗位廉政风险防控一览表"], ["序号", "岗位", "姓名", "风险点及防范措施", "风险等级"],
            [1, "局长", "阙知微", "1.干预政府采购，集体研究", "高"], ["", "", "", "2.违规审批资金，联签", ""],
            ["", "", "", "3.插手人事安排，公示", ""], [2, "会计", "冼书白", "1.虚列支出，审计", "中"],
            ["", "", "", "2.白条入账，复核", ""]]  # fmt: skip
    merges = {"S": ["A3:A5", "B3:B5", "C3:C5", "E3:E5", "A6:A7", "B6:B7", "C6:C7", "E6:E7"]}
    got = run(tmp_path / "numbered", {"S": rows}, merges)
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅰ级", "Ⅰ级", "Ⅱ级", "Ⅱ级"]
    # a sign-off line of numbered labels is no point
    rows = [["XX县水务局岗位廉政风险点及防控措施"], ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
            [1, "局长", "阙知微", "干预工程招标", "高", "集体研究"], [2, "会计", "冼书白", "虚列支出", "中", "审计"],
            ["1.填表人：", "", "", "2.审核人：", "", "3.日期：2025年3月"]]  # fmt: skip
    got = run(tmp_path / "signed", {"S": rows})
    assert got.risks["risk_point"].tolist() == ["干预工程招标", "虚列支出"]
    # '高风险岗位风险点' grades the post, not its points; a later block naming no level has none
    rows = [["XX县财政局岗位廉政风险防控一览表"], ["序号", "岗位", "姓名", "高风险岗位风险点", "防控措施"],
            [1, "局长", "阙知微", "干预政府采购", "集体研究"]]  # fmt: skip
    got = run(tmp_path / "post", {"S": rows})
    assert got.risks["risk_level"].tolist() == [""]
    rows = [["XX县财政局岗位廉政风险防控一览表"], ["序号", "岗位", "姓名", "高风险点", "防控措施"],
            [1, "局长", "阙知微", "干预政府采购", "集体研究"],
            ["序号", "岗位", "姓名", "其他风险点", "防控措施"], [1, "会计", "冼书白", "虚列支出", "审计"],
            ["序号", "岗位", "姓名", "低风险点", "防控措施"], [1, "出纳", "瞿望川", "坐支现金", "盘点"]]  # fmt: skip
    got = run(tmp_path / "blocks", {"S": rows})
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "", "Ⅲ级"]
    # a header's lower row '措施内容 | 责任人 | 时限' is no holder's line ('时限' no name)
    rows = [["XX县财政局岗位廉政风险防控一览表"], ["序号", "岗位", "廉政风险点", "风险等级", "防控措施", "", ""],
            ["", "", "", "", "措施内容", "责任人", "时限"],
            [1, "局长", "干预政府采购", "高", "集体研究", "阙知微", "长期"],
            [2, "会计", "虚列支出", "中", "审计", "冼书白", "每月"]]  # fmt: skip
    got = run(tmp_path / "two", {"S": rows}, {"S": ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:G2"]})
    assert got.risks["risk_point"].tolist() == ["干预政府采购", "虚列支出"]
    # '暂缺', '待定' in a grid of holders name no one; a grid of counts is no roster
    head = [["XX县民政局岗位廉政风险一览表"], ["序号", "科室", "岗位", "廉政风险点", "风险等级", "防控措施"],
            [1, "救助股", "股长", "低保审批优亲厚友", "高", "公示"], [2, "救助股", "副股长", "入户核查走过场", "中", "双人"],
            [3, "财务股", "股长", "虚列支出", "中", "审计"], [4, "财务股", "干事", "票据审核不严", "低", "复核"], []]  # fmt: skip
    grid = [["附：股室人员配备表"], ["序号", "股室", "股长", "副股长", "干事"],
            [1, "救助股", "阙知微", "暂缺", "冼书白"], [2, "财务股", "瞿望川", "郦青禾", "待定"]]  # fmt: skip
    got = run(tmp_path / "vacant", {"S": head + grid})
    assert got.risks["person"].tolist() == ["阙知微", "", "瞿望川", ""]
    counts = [["附：股室人员编制情况"], ["序号", "股室", "股长", "副股长", "干事"],
              [1, "救助股", "一名", "无", "两名"], [2, "财务股", "一名", "一名", "无"]]  # fmt: skip
    got = run(tmp_path / "counts", {"S": head + counts})
    assert set(got.risks["person"]) == {""}
    # a table of counts with its own 序号 gives no levels by number
    rows = [["XX县水务局岗位廉政风险点及防控措施"], ["序号", "岗位", "姓名", "廉政风险点", "防控措施"],
            [1, "局长", "阙知微", "干预工程招标", "集体研究"], [2, "会计", "冼书白", "虚列支出", "审计"],
            [3, "出纳", "瞿望川", "坐支现金", "盘点"], [],
            ["附：风险点统计"], ["风险等级", "", "序号", "个数"], ["高", "", "1", "1"], ["中", "", "2", "1"]]  # fmt: skip
    got = run(tmp_path / "stats", {"S": rows})
    assert "LEVEL_BY_NUMBER" not in set(got.issues["code"])
    assert set(got.risks.loc[got.risks["person"] != "", "risk_level"]) == {""}
    # measures by number under lists numbered afresh per post: not attached, said
    rows = [["XX县水务局岗位廉政风险点及防控措施"], ["局长　阙知微"], ["序号", "廉政风险点", "风险等级"],
            [1, "干预工程招标", "高"], [2, "违规拨付资金", "高"], [], ["会计　冼书白"], ["序号", "廉政风险点", "风险等级"],
            [1, "虚列支出", "中"], [2, "白条入账", "低"], [], ["防控措施"], ["序号", "对应风险点", "防控措施"],
            [1, "1、2", "集体研究，全程公开"]]  # fmt: skip
    got = run(tmp_path / "restart", {"S": rows})
    assert set(got.risks["measures"]) == {""} and "1、2" not in set(got.risks["risk_point"])
    assert "MEASURES_NUMBERS_UNCLEAR" in set(got.issues["code"])


def test_what_the_fifty_sixth_review_found(tmp_path):
    # headings saying what to write ('风险等级：高、中、低') are a header, no chart's boxes
    rows = [["XX县财政局岗位廉政风险点一览表"],
            ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型：思想道德、制度机制、岗位职责", "风险等级：高、中、低", "防控措施"],
            [1, "国库股", "股长", "阙知微", "违规拨付资金", "制度机制", "高", "联签"],
            [2, "国库股", "会计", "冼书白", "虚列支出", "岗位职责", "中", "审计"]]  # fmt: skip
    got = run(tmp_path / "hints", {"S": rows})
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级"]
    # '一、办公室' in the point column over '1.…' points is a 科室's group line, no work item
    rows = [["XX县水务局岗位廉政风险点一览表"], ["廉政风险点", "岗位", "风险等级", "防控措施"], ["一、办公室"],
            ["1.公车私用", "主任", "中", "派车登记"], ["2.虚报差旅费", "科员", "低", "审核报销"], ["二、工程股"],
            ["1.干预招标", "股长", "高", "集体研究"], ["2.虚报工程量", "科员", "中", "复核"]]  # fmt: skip
    got = run(tmp_path / "groups", {"S": rows}, {"S": ["A3:D3", "A6:D6"]})
    assert got.posts[["department", "title", "n_risks"]].values.tolist() == [
        ["办公室", "主任", 1], ["办公室", "科员", 1], ["工程股", "股长", 1], ["工程股", "科员", 1]]  # fmt: skip
    # two holders' cards side by side, captioned by level: two forms
    rows = [["XX镇民政办岗位廉政风险防控卡"],
            ["姓名：阙知微　岗位：主任", "", "", "", "姓名：冼书白　岗位：民政专干", "", "", ""],
            ["一级风险", "", "", "", "二级风险", "", "", ""], ["编号", "风险点", "等级", "措施", "编号", "风险点", "等级", "措施"],
            [1, "优亲厚友办理低保", "高", "公示", 1, "台账更新不及时", "低", "月查"],
            [2, "截留救助资金", "高", "审计", "", "", "", ""]]  # fmt: skip
    got = run(tmp_path / "cards", {"S": rows}, {"S": ["A2:D2", "E2:H2", "A3:D3", "E3:H3"]})
    assert sorted(got.posts[["person", "n_risks"]].values.tolist()) == [
        ["冼书白", 1],
        ["阙知微", 2],
    ]
    # '各位同志：' names no one
    rows = [["XX县卫生健康局医政股股长岗位廉政风险告知书"], ["各位同志："],
            ["经排查，您所在的岗位存在以下廉政风险，请对照防范。"],
            ["序号", "风险点", "风险等级", "防控措施"], [1, "审批降低条件", "高", "集体研究"]]  # fmt: skip
    got = run(tmp_path / "all", {"S": rows}, {"S": ["A3:D3"]})
    assert got.posts["person"].tolist() == [""]
    # a sheet of what each level means in each type is no grid of risks
    grid = [["风险等级评定标准"], ["等级＼类型", "思想道德", "制度机制", "岗位职责", "外部环境"],
            ["高风险", "易引发严重违纪", "制度严重缺失", "权力高度集中", "外部围猎频繁"],
            ["中风险", "可能引发违纪", "制度不够健全", "权力较为集中", "外部干扰较多"]]  # fmt: skip
    listed = [["XX县卫健局岗位廉政风险点一览表"], ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施"],
              [1, "医政股", "股长", "阙知微", "审批降低条件", "制度机制", "高", "集体研究"]]  # fmt: skip
    got = run(tmp_path / "criteria", {"一览表": listed, "评定标准": grid})
    assert got.risks["risk_point"].tolist() == ["审批降低条件"]
    # a footer naming who filled the card in does not change the post the cells name
    rows = [["XX县图书馆岗位廉政风险防控卡"], ["岗位", "采编部主任", "", ""], ["序号", "风险点", "风险等级", "防控措施"],
            [1, "图书采购收受回扣", "高", "集体研究"]]  # fmt: skip
    got = run(tmp_path / "footer", {"S": rows}, footers={"S": "&L填报科室：办公室&C联系人：冼书白"})
    assert got.posts[["department", "title"]].values.tolist() == [["采编部", "主任"]]
    # labelled boxes under the holder's fields; a holder's box not merged down over its step
    rows = [["XX县财政局岗位廉政风险防控卡"], ["姓名：阙知微", "", "科室：国库股", "", "岗位：会计"],
            ["风险点：违规拨付资金", "", "风险等级：高", "", "防控措施：联签审批"],
            ["风险点：虚列支出", "", "风险等级：中", "", "防控措施：逐笔审核"]]  # fmt: skip
    got = run(tmp_path / "boxes", {"S": rows})
    assert got.posts[["department", "title", "person", "n_risks"]].values.tolist() == [
        ["国库股", "会计", "阙知微", 2]
    ]
    rows = [["XX县医保局基金支付权力运行流程图"],
            ["待遇保障股\n经办员　阙知微", "→", "初　审", "→", "风险点：资料审核把关不严", "风险等级：中", "防控措施：双人审核"],
            ["", "", "", "→", "风险点：违规变更参保信息", "风险等级：低", "防控措施：系统留痕"]]  # fmt: skip
    got = run(tmp_path / "unmerged", {"S": rows})
    assert got.posts[["person", "n_risks"]].values.tolist() == [["阙知微", 2]]
    # a grid of levels and types with a measures column of its own
    rows = [["XX镇卫生院岗位廉政风险分布图"], ["姓名", "阙知微", "岗位", "药剂员", "科室", "药房"],
            ["等级＼类型", "思想道德", "制度机制", "岗位职责", "防控措施"],
            ["高风险", "收受回扣", "", "", "双人验收"], ["中风险", "", "盘点走过场", "私售药品", "每月盘点"]]  # fmt: skip
    got = run(tmp_path / "grid", {"S": rows})
    assert got.risks[["risk_point", "risk_level", "measures"]].values.tolist() == [
        ["收受回扣", "Ⅰ级", "双人验收"], ["盘点走过场", "Ⅱ级", "每月盘点"], ["私售药品", "Ⅱ级", "每月盘点"]]  # fmt: skip


def test_a_short_point_merged_over_rows_each_with_its_own_level(tmp_path):
    # (365: '工程变更' merged down over its '主要表现形式' rows, each with its own level and measures)
    rows = [["XX县国资公司廉洁风险排查表"], ["序号", "岗位", "姓名", "风险事项", "具体表现", "风险级别", "防控措施"],
            [1, "经理", "阙知微", "资金支付", "超合同付款", "一级", "三单支付"], ["", "", "", "", "重复支付", "二级", "对账"],
            [2, "会计", "冼书白", "票据管理", "白条入账", "三级", "审核"]]  # fmt: skip
    got = run(tmp_path, {"S": rows}, {"S": ["A3:A4", "B3:B4", "C3:C4", "D3:D4"]})
    assert got.risks[["risk_point", "risk_level", "measures"]].values.tolist() == [
        ["超合同付款", "Ⅰ级", "三单支付"], ["重复支付", "Ⅱ级", "对账"], ["票据管理", "Ⅲ级", "审核"]]  # fmt: skip
    # the level merged down with the name: one point, its forms its description
    got = run(tmp_path / "one", {"S": rows}, {"S": ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "F3:F4"]})
    assert got.risks["risk_point"].tolist() == ["资金支付", "票据管理"]


def test_a_sheet_a_half_year_only_the_latest_is_current(tmp_path):
    # (364: '一季度 | 二季度 | 三季度' sheets of one year, the same posts re-assessed)
    head = ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"]
    first = [["XX站2025年廉政风险动态评估表"], head, [1, "站长", "阙知微", "干预采购", "中", "集体研究"],
             [2, "会计", "冼书白", "虚列支出", "中", "审计"], [3, "会计", "冼书白", "白条入账", "低", "复核"]]  # fmt: skip
    second = [["XX站2025年廉政风险动态评估表"], head, [1, "站长", "阙知微", "干预采购", "高", "集体研究"],
              [2, "会计", "冼书白", "虚列支出", "中", "审计"]]  # fmt: skip
    got = run(tmp_path, {"上半年": first, "下半年": second})
    assert got.risks[["risk_point", "risk_level"]].values.tolist() == [
        ["干预采购", "Ⅰ级"],
        ["虚列支出", "Ⅱ级"],
    ]
    assert "SHEET_SET_ASIDE" in set(got.issues["code"])
    # another year's sheets are no re-assessment of this one's
    got = run(tmp_path / "years", {"2024年上半年": first, "2025年下半年": second})
    assert "白条入账" not in set(got.risks["risk_point"])


def test_a_grid_on_another_sheet_placing_each_coded_point_by_type_and_level(tmp_path):
    # (363: 'FG-01' … on the list; '分类分级分布表': types down, levels across, codes at the crossings)
    listed = [["XX县审计局廉政风险点清单"], ["编号", "岗位", "姓名", "廉政风险点", "防控措施"],
              ["SJ-1", "局长", "阙知微", "干预审计计划", "集体研究"], ["SJ-2", "科长", "冼书白", "隐瞒问题线索", "复核"],
              ["SJ-3", "科员", "瞿望川", "接受宴请", "承诺"]]  # fmt: skip
    grid = [["廉政风险点分类分级表"], ["类型＼等级", "高", "中", "低", "合计"],
            ["制度机制", "SJ-1", "", "", 1], ["岗位职责", "", "SJ-2", "", 1], ["思想道德", "", "", "SJ-3", 1],
            ["合计", 1, 1, 1, 3]]  # fmt: skip
    got = run(tmp_path, {"清单": listed, "分布": grid})
    assert got.risks[["risk_type", "risk_level"]].values.tolist() == [
        ["制度机制风险", "Ⅰ级"], ["岗位职责风险", "Ⅱ级"], ["思想道德风险", "Ⅲ级"]]  # fmt: skip
    assert "SHEET_GRID" in set(got.issues["code"]) and "LEVEL_BLANK" not in set(got.issues["code"])
    # a code the list does not have: no grid of its codes
    grid[4][3] = "SJ-9"
    got = run(tmp_path / "other", {"清单": listed, "分布": grid})
    assert "SHEET_GRID" not in set(got.issues["code"])


def test_what_the_fifty_seventh_review_found(tmp_path):
    # a type caption gives no type where the rows have a type column, nor past a work item
    rows = [["XX镇财政所岗位廉政风险防控卡"], ["岗位：所长", "", "姓名：阙知微", "", ""],
            ["序号", "廉政风险点", "风险类型", "风险等级", "防控措施"], ["", "（一）思想道德风险", "", "", ""],
            ["", "1.理想信念动摇", "思想道德", "低", "加强学习"], ["", "（二）资金管理", "", "", ""],
            ["", "1.违规拨付资金", "制度机制", "高", "联签"]]  # fmt: skip
    got = run(tmp_path / "typed", {"S": rows})
    assert got.risks["risk_type"].tolist() == ["思想道德风险", "制度机制风险"]
    rows = [[x for i, x in enumerate(row) if i != 2] for row in rows]
    got = run(tmp_path / "untyped", {"S": rows})
    assert got.risks["risk_type"].tolist() == ["思想道德风险", ""]
    # quarters' sheets of other posts sharing one leader, and quarters' new points: all read
    head = ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"]
    q1 = [["XX县农业农村局2025年一季度廉政风险排查表"], head, [1, "分管副局长", "阙知微", "干预项目评审", "高", "集体研究"],
          [2, "项目股股长", "冼书白", "虚报项目资金", "中", "公示"]]  # fmt: skip
    q2 = [["XX县农业农村局2025年二季度廉政风险排查表"], head, [1, "分管副局长", "阙知微", "违规审批报销", "中", "联签"],
          [2, "财务股会计", "瞿望川", "白条入账", "中", "审核"], [3, "财务股出纳", "郦青禾", "挪用公款", "高", "盘点"]]  # fmt: skip
    got = run(tmp_path / "quarters", {"一季度": q1, "二季度": q2})
    assert len(got.risks) == 5
    q2 = [["XX县农业农村局2025年二季度新增廉政风险点"], head, [1, "分管副局长", "阙知微", "违规审批报销", "中", "联签"],
          [2, "项目股股长", "冼书白", "白条入账", "低", "复核"]]  # fmt: skip
    got = run(tmp_path / "new", {"一季度新增": q1, "二季度新增": q2})
    assert len(got.risks) == 4
    # a grid of risks under a line saying how to fill it in is no sheet of criteria
    rows = [["XX镇卫生院岗位廉政风险分布图"], ["说明：按风险等级和风险类型填写风险点"],
            ["姓名", "阙知微", "岗位", "药剂员", "科室", "药房"], ["等级＼类型", "思想道德", "制度机制", "岗位职责", "外部环境"],
            ["高风险", "收受回扣", "", "", ""], ["中风险", "", "盘点走过场", "私售药品", "医药代表围猎"]]  # fmt: skip
    got = run(tmp_path / "grid", {"S": rows})
    assert len(got.risks) == 4
    # the footer's 自查人 where the cells name only the 科室 and post
    rows = [["XX县财政局岗位廉政风险自查表"], ["科室：国库股", "", "岗位：会计", ""],
            ["序号", "风险点", "风险等级", "防控措施"], [1, "违规拨付资金", "高", "联签"]]  # fmt: skip
    got = run(tmp_path / "footer", {"S": rows}, footers={"S": "&L自查人：阙知微&R日期：2025年3月"})
    assert got.posts[["department", "title", "person"]].values.tolist() == [
        ["国库股", "会计", "阙知微"]
    ]
    # a table of levels by bare 编号, one number a row
    rows = [["XX县水务局岗位廉政风险点及防控措施"], ["编号", "岗位", "姓名", "廉政风险点", "防控措施"],
            [1, "局长", "阙知微", "干预工程招标", "集体研究"], [2, "会计", "冼书白", "虚列支出", "审计"],
            [3, "出纳", "瞿望川", "坐支现金", "盘点"], [], ["附：风险等级评定"], ["编号", "风险等级"], ["1", "高"], ["2", "中"],
            ["3", "低"]]  # fmt: skip
    got = run(tmp_path / "levels", {"S": rows})
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级", "Ⅲ级"]
    # one merged point with its level merged down does not keep another from splitting
    rows = [["XX县住建局廉政风险防控一览表"], ["序号", "岗位", "姓名", "风险点", "风险点表现形式", "风险等级", "防控措施"],
            [1, "股长", "阙知微", "工程招标", "量身定制招标条件", "高", "集体研究"], ["", "", "", "", "泄露标底", "", "保密承诺"],
            [2, "会计", "冼书白", "资金支付", "超合同付款", "一级", "三单支付"], ["", "", "", "", "重复支付", "二级", "对账"]]  # fmt: skip
    merges = {
        "S": ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "F3:F4", "A5:A6", "B5:B6", "C5:C6", "D5:D6"]
    }
    got = run(tmp_path / "split", {"S": rows}, merges)
    assert got.risks[["risk_point", "risk_level"]].values.tolist() == [
        ["工程招标", "Ⅰ级"], ["超合同付款", "Ⅰ级"], ["重复支付", "Ⅱ级"]]  # fmt: skip
    # a grid of codes with levels down and types across; one filling only the missing levels
    listed = [["XX县审计局廉政风险点清单"], ["编号", "岗位", "姓名", "廉政风险点", "风险类型", "防控措施"],
              ["SJ-1", "局长", "阙知微", "干预审计计划", "制度机制", "集体研究"],
              ["SJ-2", "科长", "冼书白", "隐瞒问题线索", "岗位职责", "复核"], ["SJ-3", "科员", "瞿望川", "接受宴请", "思想道德", "承诺"]]  # fmt: skip
    grid = [["廉政风险点分类分级表"], ["等级＼类型", "思想道德", "制度机制", "岗位职责"],
            ["高", "", "SJ-1", ""], ["中", "", "", "SJ-2"], ["低", "SJ-3", "", ""]]  # fmt: skip
    got = run(tmp_path / "transposed", {"清单": listed, "分布": grid})
    assert got.risks[["risk_type", "risk_level"]].values.tolist() == [
        ["制度机制风险", "Ⅰ级"], ["岗位职责风险", "Ⅱ级"], ["思想道德风险", "Ⅲ级"]]  # fmt: skip
    assert len(got.risks) == 3


def test_level_headings_inside_a_point_cell_over_its_numbered_points(tmp_path):
    # (370: '高风险点：⏎1.…⏎2.…⏎中风险点：⏎3.…' in one cell, the measures numbered alike)
    point = "一级风险：\n（1）干预工程招标\n（2）违规拨付资金\n二级风险：\n（3）虚报工程量"
    rows = [["XX镇岗位廉政风险一览表"], ["序号", "岗位", "姓名", "廉政风险点", "防控措施"],
            [1, "镇长", "阙知微", point, "（1）集体研究\n（2）联签\n（3）复核"]]  # fmt: skip
    got = run(tmp_path, {"S": rows})
    assert got.risks[["risk_point", "risk_level", "measures"]].values.tolist() == [
        ["干预工程招标", "Ⅰ级", "集体研究"], ["违规拨付资金", "Ⅰ级", "联签"], ["虚报工程量", "Ⅱ级", "复核"]]  # fmt: skip
    # one heading over the cell's lines: no sections, the cell one point (its level blank)
    rows[2][3] = "一级风险：\n（1）干预工程招标\n（2）违规拨付资金"
    got = run(tmp_path / "one", {"S": rows})
    assert len(got.risks) == 1


def test_a_note_grading_the_points_it_names_in_quotes(tmp_path):
    # (369: '“征占用林地审核”“…”为一级风险点；…其余为三级风险点' under a list of no levels)
    rows = [["XX县水利局岗位廉政风险一览表"], ["序号", "岗位", "姓名", "风险点", "防控措施"],
            [1, "局长", "阙知微", "工程招标", "集体研究"], [2, "会计", "冼书白", "资金拨付", "联签"],
            [3, "科员", "瞿望川", "档案借阅", "登记"], [4, "科员", "瞿望川", "公车使用", "审批"],
            ["说明：“工程招标”、“资金拨付”属于高风险；“公车使用”为中风险；其余为低风险。"]]  # fmt: skip
    got = run(tmp_path, {"S": rows}, {"S": ["A7:E7"]})
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅰ级", "Ⅲ级", "Ⅱ级"]
    assert "LEVEL_BY_NAME" in set(got.issues["code"]) and "LEVEL_BLANK" not in set(
        got.issues["code"]
    )
    # a name no point has: no note of levels
    rows[6] = ["说明：“工程建设”、“资金拨付”属于高风险；其余为低风险。"]
    got = run(tmp_path / "other", {"S": rows}, {"S": ["A7:E7"]})
    assert "LEVEL_BY_NAME" not in set(got.issues["code"])


def test_a_pivot_table_counting_each_point_under_its_level(tmp_path):
    # (367: '计数项:廉政风险点 | … | 风险等级' over '科室 | 岗位 | 姓名 | 廉政风险点 | 一级 | 二级 | 三级 |
    # 总计', a 1 under the point's level, '(空白)' for a post with no holder, '… 汇总' rows)
    rows = [["XX县医院廉政风险点统计"], ["计数项:风险点", "", "", "", "风险级别", "", "", ""],
            ["科室", "岗位", "姓名", "风险点", "高", "中", "低", "总计"],
            ["药剂科", "主任", "阙知微", "药品遴选收受回扣", 1, "", "", 1], ["", "", "", "药品出入库不核对", "", 1, "", 1],
            ["药剂科 汇总", "", "", "", 1, 1, "", 2], ["财务科", "会计", "(空白)", "虚列支出", "", "", 1, 1],
            ["财务科 汇总", "", "", "", "", "", 1, 1], ["总计", "", "", "", 1, 1, 1, 3]]  # fmt: skip
    got = run(tmp_path, {"S": rows})
    assert got.risks[["person", "risk_point", "risk_level"]].values.tolist() == [
        ["阙知微", "药品遴选收受回扣", "Ⅰ级"], ["阙知微", "药品出入库不核对", "Ⅱ级"], ["", "虚列支出", "Ⅲ级"]]  # fmt: skip


def test_a_roster_a_column_a_person_above_the_list_two_told_apart_by_their_duty(tmp_path):
    # (368: '岗　位 | 所长 | 副所长 | 副所长 …' over '姓　名 | …' over '分　工 | …', the list's 分工
    # column saying which of a post's two holders a row is)
    rows = [["XX镇财政所岗位廉政风险防控表"], ["一、人员分工"],
            ["职务", "所长", "会计", "会计"], ["姓名", "阙知微", "冼书白", "瞿望川"], ["分工", "全面工作", "预算会计", "资产会计"],
            ["二、风险点"], ["序号", "岗位", "分工", "廉政风险点", "风险等级", "防控措施"],
            [1, "所长", "全面工作", "干预资金拨付", "高", "集体研究"], [2, "会计", "预算会计", "虚列支出", "中", "审计"],
            [3, "会计", "资产会计", "资产处置不公开", "中", "公示"]]  # fmt: skip
    got = run(tmp_path, {"S": rows})
    assert got.risks[["title", "person"]].values.tolist() == [
        ["所长", "阙知微"],
        ["会计", "冼书白"],
        ["会计", "瞿望川"],
    ]


def test_what_the_fifty_eighth_review_found(tmp_path):
    head = ["序号", "岗位", "姓名", "廉政风险点", "防控措施"]
    # measures sectioned by the same level headings; a remark after the last point
    point = "高风险点：\n1.干预工程招标\n2.违规拨付资金\n中风险点：\n3.公车私用\n（以上风险由班子集体研究确定）"
    rows = [
        ["XX镇岗位廉政风险一览表"],
        head,
        [1, "镇长", "阙知微", point, "高风险点：\n1.集体研究\n2.联签\n中风险点：\n3.登记"],
    ]
    got = run(tmp_path / "sections", {"S": rows})
    assert got.risks[["risk_point", "risk_level", "measures"]].values.tolist() == [
        ["干预工程招标", "Ⅰ级", "集体研究"], ["违规拨付资金", "Ⅰ级", "联签"], ["公车私用", "Ⅱ级", "登记"]]  # fmt: skip
    # a level column beside it holding the row's highest: the headings say each point's
    rows = [["XX镇岗位廉政风险一览表"], ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
            [1, "镇长", "阙知微", "高风险点：\n1.干预工程招标\n中风险点：\n2.公车私用", "高", "1.集体研究\n2.登记"]]  # fmt: skip
    got = run(tmp_path / "beside", {"S": rows})
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级"]
    # placeholders in a roster a column a person; a 科室 row over its posts
    lst = [[], ["序号", "科室", "岗位", "廉政风险点", "风险等级", "防控措施"], [1, "办公室", "主任", "公车私用", "中", "登记"],
           [2, "财务股", "股长", "虚列支出", "中", "审计"], [3, "项目股", "股长", "虚报项目", "高", "公示"]]  # fmt: skip
    rows = [["XX局岗位廉政风险一览表"], ["科室", "办公室", "财务股", "项目股"], ["岗位", "主任", "股长", "股长"],
            ["姓名", "阙知微", "冼书白", "空缺"], *lst]  # fmt: skip
    got = run(tmp_path / "roster", {"S": rows})
    assert got.risks["person"].tolist() == ["阙知微", "冼书白", ""]
    # a 分工 written in fewer words than the roster's
    rows = [["XX所岗位廉政风险一览表"], ["职务", "所长", "副所长", "副所长"], ["姓名", "阙知微", "冼书白", "瞿望川"],
            ["分工", "全面工作", "分管预算", "分管资产"], [], ["序号", "岗位", "分管工作", "廉政风险点", "风险等级", "防控措施"],
            [1, "所长", "全面工作", "干预资金拨付", "高", "集体研究"], [2, "副所长", "预算", "虚列支出", "中", "审计"],
            [3, "副所长", "资产", "资产处置不公开", "中", "公示"]]  # fmt: skip
    got = run(tmp_path / "duty", {"S": rows})
    assert got.risks["person"].tolist() == ["阙知微", "冼书白", "瞿望川"]


def test_the_chain_of_responsibility_columns_the_specific_one_holds_the_post(tmp_path):
    # (371: '第一责任人 | 直接责任人 | 具体责任人' after the measures, the 局长 merged down them all)
    rows = [["XX县统计局廉政风险防控责任清单"],
            ["序号", "股室", "岗位", "廉政风险点", "风险等级", "防控措施", "第一责任人", "直接责任人", "具体责任人"],
            [1, "综合股", "股长", "虚报统计数据", "高", "复核", "阙知微", "冼书白", "瞿望川"],
            [2, "综合股", "统计员", "泄露未公开数据", "中", "保密", "", "冼书白", "郦青禾"]]  # fmt: skip
    got = run(tmp_path, {"S": rows}, {"S": ["G3:G4", "H3:H4"]})
    assert got.risks["person"].tolist() == ["瞿望川", "郦青禾"]


def test_a_subtotal_of_a_level_closing_each_band_of_a_sorted_list(tmp_path):
    # (372: no level column, '一级风险点小计 | 4个' under each band of a list sorted by level)
    rows = [["XX县交通局岗位廉政风险点汇总表"], ["序号", "岗位", "姓名", "风险点", "防控措施"],
            [1, "局长", "阙知微", "干预招标", "集体研究"], [2, "股长", "冼书白", "虚报工程量", "复核"],
            ["高风险小计", "", "", "2项", ""], [3, "科员", "瞿望川", "资料造假", "抽查"], ["中风险小计", "", "", "1项", ""],
            ["合计", "", "", "3项", ""]]  # fmt: skip
    got = run(tmp_path, {"S": rows}, {"S": ["A5:C5", "A7:C7", "A8:C8"]})
    assert got.risks[["risk_point", "risk_level"]].values.tolist() == [
        ["干预招标", "Ⅰ级"], ["虚报工程量", "Ⅰ级"], ["资料造假", "Ⅱ级"]]  # fmt: skip


def test_a_duty_and_its_point_labelled_in_one_cell(tmp_path):
    # (374: '岗位职责及廉政风险点' over '职责：…⏎风险点：…')
    rows = [["XX县人民医院岗位廉洁风险防控一览表"], ["序号", "岗位", "姓名", "主要职责与风险点", "风险等级", "防控措施"],
            [1, "院长", "阙知微", "主要职责：主持全面工作。\n风险点：重大事项个人决定", "高", "集体研究"]]  # fmt: skip
    got = run(tmp_path, {"S": rows})
    assert got.risks[["risk_point", "duty"]].values.tolist() == [
        ["重大事项个人决定", "主持全面工作。"]
    ]


def test_what_the_fifty_ninth_review_found(tmp_path):
    # a 直接责任人 a post each holds it, whatever the 具体责任人 beside says
    head = ["序号", "科室", "岗位", "风险点", "风险等级", "防控措施", "直接责任人", "具体责任人"]
    rows = [["XX县市场监督管理局岗位廉政风险防控表"], head,
            [1, "局领导", "局长", "重大事项决策不民主", "高", "集体研究", "阙知微", "冼书白"],
            [2, "办公室", "办公室主任", "公务接待超标准", "中", "审批报备", "冼书白", "瞿望川、郦青禾"],
            [3, "财务室", "会计", "违规报销", "中", "双人复核", "瞿望川", ""]]  # fmt: skip
    got = run(tmp_path / "direct", {"S": rows})
    assert got.risks["person"].tolist() == ["阙知微", "冼书白", "瞿望川"]
    # a tally of levels under an unsorted list, and a subtotal above its band, give no levels
    rows = [["XX县自然资源局岗位廉政风险点汇总表"], ["序号", "股室", "岗位", "姓名", "风险点", "防控措施"],
            [1, "办公室", "主任", "阙知微", "公车私用", "登记"], [2, "用地股", "股长", "冼书白", "违规审批用地", "集体研究"],
            ["一级风险点小计", "", "", "", "1个", ""], ["二级风险点小计", "", "", "", "1个", ""], ["合计", "", "", "", "2个", ""]]  # fmt: skip
    got = run(tmp_path / "tally", {"S": rows}, {"S": ["A5:D5", "A6:D6", "A7:D7"]})
    assert got.risks["risk_level"].tolist() == ["", ""]
    # '岗位职责：…' among the measures after the point stays a line of the measures
    cell = (
        "风险点：虚列支出，套取资金\n防控措施：\n岗位职责：会计、出纳岗位分设；\n每月与银行对账。"
    )
    rows = [["XX县财政局岗位廉政风险防控一览表"], ["序号", "股室", "岗位", "姓名", "廉政风险点及防控措施", "风险等级"],
            [1, "国库股", "会计", "冼书白", cell, "中"]]  # fmt: skip
    got = run(tmp_path / "measures", {"S": rows})
    assert got.risks[["risk_point", "measures"]].values.tolist() == [
        ["虚列支出，套取资金", "岗位职责：会计、出纳岗位分设；\n每月与银行对账。"]]  # fmt: skip


def test_a_point_over_its_numbered_measures_in_one_cell(tmp_path):
    # (375: '廉政风险点及防控措施' over 'point⏎（1）…；⏎（2）…。', no measures column)
    head = ["序号", "科室", "岗位", "姓名", "岗位风险点及防范措施", "风险等级"]
    rows = [["XX县第二中学岗位廉政风险防控一览表"], head,
            [1, "总务处", "主任", "阙知微", "食堂大宗物资采购吃回扣\n1.大宗物资定点招标采购；\n2.验收双人签字。", "高"],
            [2, "教务处", "主任", "冼书白", "招生中优亲厚友\n①招生计划公开；\n②录取名单公示。", "中"],
            [3, "财务室", "出纳", "瞿望川", "坐支现金", "低"]]  # fmt: skip
    got = run(tmp_path / "measures", {"S": rows})
    assert got.risks[["risk_point", "measures"]].values.tolist() == [
        ["食堂大宗物资采购吃回扣", "1.大宗物资定点招标采购；\n2.验收双人签字。"],
        ["招生中优亲厚友", "①招生计划公开；\n②录取名单公示。"],
        ["坐支现金", ""],
    ]
    # under '风险点及表现形式' the numbered lines say how the point shows
    head = ["序号", "岗位", "姓名", "风险点及表现形式", "风险等级", "防控措施"]
    rows = [["XX县水务局岗位廉政风险防控一览表"], head,
            [1, "局长", "阙知微", "工程发包\n（1）化整为零规避招标；\n（2）指定施工队伍。", "高", "集体研究"],
            [2, "会计", "冼书白", "资金拨付\n（1）不按进度拨付；\n（2）虚列支出。", "中", "双人复核"]]  # fmt: skip
    got = run(tmp_path / "shows", {"S": rows})
    assert got.risks[["risk_point", "description"]].values.tolist() == [
        ["工程发包", "（1）化整为零规避招标；\n（2）指定施工队伍。"],
        ["资金拨付", "（1）不按进度拨付；\n（2）虚列支出。"],
    ]
    # under a heading of the point alone, a cell's numbered lines stay the point's text
    head = ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"]
    rows = [["XX县水务局岗位廉政风险防控一览表"], head,
            [1, "局长", "阙知微", "工程发包\n（1）化整为零规避招标；\n（2）指定施工队伍。", "高", "集体研究"],
            [2, "会计", "冼书白", "资金拨付\n（1）不按进度拨付；\n（2）虚列支出。", "中", "双人复核"]]  # fmt: skip
    got = run(tmp_path / "point", {"S": rows})
    assert got.risks["risk_point"].str.count("\n").tolist() == [2, 2]


def test_a_body_keeping_a_village_as_a_site_is_a_unit_of_its_own():
    # (375: '韩城市党家村保护管理所…' was read as the village)
    from xlproc.identity import unit_in_title

    assert unit_in_title("XX县石峁村遗址管理处岗位廉政风险防控一览表") == "XX县石峁村遗址管理处"
    assert unit_in_title("XX县柳湾村卫生室岗位廉政风险防控一览表") == "XX县柳湾村"


def test_type_group_rows_giving_every_point_its_type_leave_no_word_of_a_missing_type(tmp_path):
    # (377: '一、一级风险点' over '（一）业务流程风险' over the rows, no type column)
    rows = [["XX县粮食购销公司廉政风险点分级分类表"], ["序号", "部门", "岗位", "姓名", "廉政风险点", "防控措施"],
            ["一、一级风险点"], ["（一）制度机制风险"], [1, "财务部", "会计", "阙知微", "虚列费用", "双人复核"],
            ["（二）岗位职责风险"], [2, "仓储部", "保管员", "冼书白", "以次充好", "抽检"]]  # fmt: skip
    merges = {"S": ["A3:F3", "A4:F4", "A6:F6"]}
    got = run(tmp_path / "typed", {"S": rows}, merges)
    assert got.risks[["risk_type", "risk_level"]].values.tolist() == [
        ["制度机制风险", "Ⅰ级"], ["岗位职责风险", "Ⅰ级"]]  # fmt: skip
    assert "TABLE_NO_TYPE" not in got.issues["code"].tolist()
    # a point outside the typed groups leaves the word standing
    rows = rows[:4] + [[1, "财务部", "会计", "阙知微", "虚列费用", "双人复核"]]
    rows.insert(2, [0, "办公室", "主任", "瞿望川", "公车私用", "登记"])
    got = run(tmp_path / "untyped", {"S": rows}, {"S": ["A4:F4", "A5:F5"]})
    assert "TABLE_NO_TYPE" in got.issues["code"].tolist()


def test_a_hidden_sheet_of_the_posts_a_shown_one_gives_is_set_aside(tmp_path):
    # (378: the first draft kept on a hidden tab beside the list sent)
    head = ["序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施"]
    final = [["XX县税务局第二分局岗位廉政风险防控一览表"], head,
             [1, "局领导", "局长", "阙知微", "违规减免税款", "高", "集体审议"],
             [2, "征收股", "股长", "冼书白", "违规办理退税", "中", "双人复核"]]  # fmt: skip
    draft = [["XX县税务局第二分局岗位廉政风险防控一览表"], head,
             [1, "局领导", "局长", "阙知微", "违规减免税款", "中", "集体审议"],
             [2, "征收股", "股长", "瞿望川", "违规办理退税", "中", "双人复核"],
             [3, "征收股", "股长", "冼书白", "发票审核不严", "低", "抽查"]]  # fmt: skip
    got = run(tmp_path / "draft", {"旧": draft, "一览表": final}, hidden={"旧"})
    assert got.risks[["person", "risk_level"]].values.tolist() == [
        ["阙知微", "Ⅰ级"],
        ["冼书白", "Ⅱ级"],
    ]
    assert issues(got, "warning") == [("SHEET_HIDDEN_SET_ASIDE", "")]
    # a hidden sheet of other posts, or the only sheet, is read
    other = [["XX县税务局第二分局岗位廉政风险防控一览表"], head,
             [1, "办公室", "主任", "郦青禾", "公车私用", "低", "登记"]]  # fmt: skip
    got = run(tmp_path / "other", {"办公室": other, "一览表": final}, hidden={"办公室"})
    assert sorted(got.risks["person"]) == ["冼书白", "郦青禾", "阙知微"]
    got = run(tmp_path / "alone", {"一览表": final, "说明": [["见一览表"]]}, hidden={"一览表"})
    assert sorted(got.risks["person"]) == ["冼书白", "阙知微"]


def test_a_unit_label_spaced_out_is_a_label(tmp_path):
    # (376: '单　位 | 华阴市…水利工作站' read as a 科室 '单位华阴市…')
    rows = [["岗位廉政风险自查表"], ["姓　名", "阙知微", "职　务", "所长"], ["单　位", "XX县疾病预防控制中心"],
            ["序号", "风险点", "风险等级", "防控措施"], [1, "疫苗采购收受回扣", "高", "集体研究"]]  # fmt: skip
    got = run(tmp_path, {"S": rows}, {"S": ["B3:D3"]})
    assert got.posts[["unit", "department", "title"]].values.tolist() == [
        ["XX县疾病预防控制中心", "", "所长"]]  # fmt: skip


def test_what_the_sixtieth_review_found(tmp_path):
    title = ["XX县税务局第二分局岗位廉政风险防控一览表"]
    head = ["序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施"]
    # a hidden page of more points of the same people, and a hidden 股室 sheet sharing only its
    # 分管 leader, are read
    shown = [title, head, [1, "局领导", "局长", "阙知微", "违规减免税款", "高", "集体审议"],
             [2, "征收股", "股长", "冼书白", "违规办理退税", "中", "双人复核"]]  # fmt: skip
    more = [["一览表（续）"], head, [3, "局领导", "局长", "阙知微", "选人用人优亲厚友", "高", "民主推荐"],
            [4, "征收股", "股长", "冼书白", "发票审核不严", "低", "抽查"]]  # fmt: skip
    got = run(tmp_path / "more", {"第1页": shown, "第2页": more}, hidden={"第2页"})
    assert len(got.risks) == 4
    office = [title, head, [1, "办公室", "分管副局长", "阙知微", "公务接待超标准", "中", "审批"],
              [2, "办公室", "主任", "冼书白", "公车私用", "中", "派车登记"]]  # fmt: skip
    finance = [title, head, [1, "财务股", "分管副局长", "阙知微", "违规审批报销", "高", "集体审议"],
               [2, "财务股", "股长", "瞿望川", "虚列支出", "高", "双人复核"]]  # fmt: skip
    got = run(tmp_path / "shared", {"办公室": office, "财务股": finance}, hidden={"财务股"})
    assert len(got.risks) == 4
    # in a point-and-measures cell: a labelled measures line ends the point; '一是…' numbers too
    head2 = ["序号", "岗位", "姓名", "风险点及防控措施", "风险等级"]
    rows = [title, head2,
            [1, "局长", "阙知微", "工程发包风险：\n1.化整为零规避招标；\n2.指定施工队伍。\n防控措施：公开招标。", "高"],
            [2, "会计", "冼书白", "虚列支出套取资金\n防控措施：\n1.双人复核；\n2.定期对账。", "中"],
            [3, "出纳", "瞿望川", "坐支现金\n一是收支两条线；二是每月盘点。", "中"]]  # fmt: skip
    got = run(tmp_path / "labelled", {"S": rows})
    assert got.risks[["risk_point", "measures"]].values.tolist() == [
        ["工程发包风险：\n1.化整为零规避招标；\n2.指定施工队伍。", "公开招标。"],
        ["虚列支出套取资金", "1.双人复核；\n2.定期对账。"],
        ["坐支现金", "一是收支两条线；二是每月盘点。"],
    ]
    # '风险点及防控措施' merged over two columns: the left the point, the right its measures
    head3 = ["序号", "岗位", "姓名", "风险点及防控措施", "", "风险等级"]
    rows = [title, head3, [1, "局长", "阙知微", "工程发包指定施工队伍", "公开招标", "高"],
            [2, "会计", "冼书白", "资金拨付\n1.不按进度拨付；\n2.虚列支出。", "1.双人复核；\n2.定期对账。", "中"]]  # fmt: skip
    got = run(tmp_path / "merged", {"S": rows}, {"S": ["D2:E2"]})
    assert got.risks[["risk_point", "measures"]].values.tolist() == [
        ["工程发包指定施工队伍", "公开招标"],
        ["资金拨付\n1.不按进度拨付；\n2.虚列支出。", "1.双人复核；\n2.定期对账。"],
    ]
    # a village's own 村务管理中心 is its part, not a unit
    from xlproc.identity import unit_in_title

    assert unit_in_title("XX县柳湾镇石门村村务管理中心岗位廉政风险防控一览表") == "XX县柳湾镇石门村"
    # '单 位 名 称' spaced out: its value is the unit
    rows = [["岗位廉政风险自查表"], ["姓　名", "阙知微", "职　务", "局长"], ["单 位 名 称", "XX县水务局"],
            ["序号", "风险点", "风险等级", "防控措施"], [1, "违规发放补助", "中", "公示"]]  # fmt: skip
    got = run(tmp_path / "unit", {"S": rows})
    assert got.posts["unit"].tolist() == ["XX县水务局"]
    # a group of no type after a type's group ends that type; the table's word of no type stays
    rows = [["XX县粮食购销公司廉政风险点分级分类表"], ["序号", "部门", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
            ["（一）思想道德风险"], [1, "业务部", "经理", "阙知微", "以权谋私", "高", "廉政教育"],
            ["（二）财务管理"], [2, "财务部", "会计", "冼书白", "虚列费用", "中", "双人复核"]]  # fmt: skip
    got = run(tmp_path / "types", {"S": rows}, {"S": ["A3:G3", "A5:G5"]})
    assert got.risks["risk_type"].tolist() == ["思想道德风险", ""]
    assert "TABLE_NO_TYPE" in got.issues["code"].tolist()


def test_text_boxes_give_a_holder_above_the_table_and_a_legend(tmp_path):
    # (380: a card's holder only in a text box under the title; 381: the codes' legend only in
    # a text box under the table)
    rows = [["XX县城市管理执法大队岗位廉政风险防控卡"], [], [], [],
            ["序号", "风险点", "风险类型", "风险等级", "防控措施"],
            [1, "执法中吃拿卡要", "甲", "红", "执法全程记录"], [2, "违规减免罚款", "乙", "黄", "法制审核"],
            [], []]  # fmt: skip
    boxes = {"S": {"B2": "持卡人：阙知微\n职　务：中队长\n所在中队：城东中队",
                   "A8": "填表说明：\n1.风险类型填代码：甲—思想道德风险，乙—制度机制风险。\n"
                         "2.风险等级填颜色：红—高风险，黄—中风险，蓝—低风险。"}}  # fmt: skip
    got = run(tmp_path / "boxes", {"S": rows}, textboxes=boxes)
    assert got.posts[["department", "title", "person"]].values.tolist() == [
        ["城东中队", "中队长", "阙知微"]]  # fmt: skip
    assert got.risks[["risk_type", "risk_level"]].values.tolist() == [
        ["思想道德风险", "Ⅰ级"], ["制度机制风险", "Ⅱ级"]]  # fmt: skip
    # a text box over a filled cell leaves the cell as it is (the holder is the cells')
    rows = [["XX县城市管理执法大队岗位廉政风险防控卡"], ["姓名", "冼书白", "职务", "队员"],
            ["序号", "风险点", "风险等级", "防控措施"], [1, "执法中吃拿卡要", "高", "执法全程记录"]]  # fmt: skip
    got = run(tmp_path / "filled", {"S": rows}, textboxes={"S": {"B2": "（照片）"}})
    assert got.posts["person"].tolist() == ["冼书白"]


def test_a_damaged_drawing_loses_only_its_text_boxes(tmp_path):
    import zipfile

    rows = [["XX县城市管理执法大队岗位廉政风险防控一览表"], ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "队长", "阙知微", "执法中吃拿卡要", "高", "执法全程记录"]]  # fmt: skip
    src = write_workbook(tmp_path / "src.xlsx", {"S": rows}, textboxes={"S": {"A5": "注：…"}})
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(inbox / "t.xlsx", "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename.startswith("xl/drawings/drawing"):
                data = b"<xdr:wsDr><xdr:twoCellAnchor><xdr:from><xdr:col>x"
            zout.writestr(item, data)
    config = load_config()
    got = assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])
    assert got.risks["risk_point"].tolist() == ["执法中吃拿卡要"]


def test_what_the_sixty_first_review_found(tmp_path):
    title = ["XX县审计局岗位廉政风险防控一览表"]
    head = ["序号", "科室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施", "备注"]
    r1 = [1, "办公室", "主任", "阙知微", "公务接待超标准", "制度机制", "Ⅱ级", "严格审批", ""]
    r2 = [2, "财务股", "会计", "", "虚列支出", "岗位职责", "Ⅰ级", "双人复核", ""]
    r3 = [3, "审计股", "股长", "瞿望川", "审计中收受好处", "思想道德", "Ⅰ级", "回避制度", ""]
    # text boxes in or under a list: a note, a flow chart, an arrow over an empty name — no
    # points, no holders, no issues of their own
    boxes = {"E6": "以上风险点经科室集体研究确定", "D4": "→ 见附表", "B10": "审核\n风险点：吃拿卡要",
             "E10": "防控措施：限时办结", "K3": "说明：本表由各股室填报，\n办公室汇总。"}  # fmt: skip
    got = run(tmp_path / "boxes", {"S": [title, head, r1, r2, r3]}, textboxes={"S": boxes})
    plain = run(tmp_path / "plain", {"S": [title, head, r1, r2, r3]})
    assert got.risks[["person", "risk_point"]].values.tolist() == [
        ["阙知微", "公务接待超标准"], ["", "虚列支出"], ["瞿望川", "审计中收受好处"]]  # fmt: skip
    assert issues(got) == issues(plain)
    # plain type rows over plain 科室 rows keep their type
    rows = [["XX县审计局廉政风险点分级分类表"], ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
            ["思想道德风险"], ["局领导"], [1, "局长", "阙知微", "以权谋私", "高", "廉政教育"],
            ["办公室"], [2, "主任", "冼书白", "公款吃喝", "中", "公务卡结算"], ["制度机制风险"], ["局领导"],
            [3, "局长", "阙知微", "决策不民主", "高", "集体决策"]]  # fmt: skip
    merges = ["A3:F3", "A4:F4", "A6:F6", "A8:F8", "A9:F9"]
    got = run(tmp_path / "types", {"S": rows}, {"S": merges})
    assert dict(zip(got.risks["risk_point"], got.risks["risk_type"], strict=True)) == {
        "以权谋私": "思想道德风险", "公款吃喝": "思想道德风险", "决策不民主": "制度机制风险"}  # fmt: skip
    # '风险点及防控措施' merged over two columns and over each row's two cells: one cell
    head2 = ["序号", "岗位", "姓名", "风险点及防控措施", "", "风险等级"]
    rows = [title, head2, [1, "局长", "阙知微", "工程发包风险\n（1）公开招标；\n（2）集体决策。", "", "高"],
            [2, "会计", "冼书白", "虚列支出\n（1）双人复核；\n（2）定期对账。", "", "中"]]  # fmt: skip
    got = run(tmp_path / "cells", {"S": rows}, {"S": ["D2:E2", "D3:E3", "D4:E4"]})
    assert got.risks[["risk_point", "measures"]].values.tolist() == [
        ["工程发包风险", "（1）公开招标；\n（2）集体决策。"], ["虚列支出", "（1）双人复核；\n（2）定期对账。"]]  # fmt: skip
    # … and a short item on the left, the point and its measures on the right: not measures
    rows = [title, head2, [1, "局长", "阙知微", "工程建设", "工程发包指定施工队伍\n防控措施：公开招标", "高"],
            [2, "会计", "冼书白", "财务管理", "虚列支出\n防控措施：双人复核", "中"]]  # fmt: skip
    got = run(tmp_path / "item", {"S": rows}, {"S": ["D2:E2"]})
    assert "工程建设" not in got.risks["risk_point"].tolist()
    # '一、…⏎（一）…⏎二、…' in one cell: several points, not a point and its measures
    head3 = ["序号", "岗位", "姓名", "风险点及防控措施", "风险等级"]
    cell = "一、公款吃喝\n（一）严格审批；\n（二）公务卡结算。\n二、公车私用\n（一）派车登记。"
    rows = [title, head3, [1, "局长", "阙知微", cell, "高"],
            [2, "会计", "冼书白", "一、虚列支出\n（一）双人复核。\n二、坐支现金\n（一）收支两条线。", "中"]]  # fmt: skip
    got = run(tmp_path / "several", {"S": rows})
    assert not any("二、" in m for m in got.risks["measures"])
    # a hidden draft of fewer posts, or differing only in its punctuation, is set aside
    head4 = ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"]
    final = [title, head4, [1, "办公室", "主任", "阙知微", "公务接待超标准", "中", "审批"],
             [2, "财务股", "会计", "冼书白", "虚列支出", "高", "复核"],
             [3, "审计股", "股长", "瞿望川", "审计中收受好处", "高", "回避"]]  # fmt: skip
    draft = [title, head4, [1, "办公室", "主任", "阙知微", "公务接待超标准。", "中", "审批"],
             [2, "财务股", "会计", "冼书白", "虚列支出。", "高", "复核"]]  # fmt: skip
    got = run(tmp_path / "draft", {"Sheet2": draft, "一览表": final}, hidden={"Sheet2"})
    assert len(got.risks) == 3
    assert "SHEET_HIDDEN_SET_ASIDE" in got.issues["code"].tolist()


def test_levels_stored_as_numbers_shown_as_words_by_their_format(tmp_path):
    # (385: a score 3/2/1 in the level cells, '[=3]"高";[=2]"中";"低"' showing 高/中/低)
    import xlsxwriter

    def book(path: Path, code: str) -> None:
        wb = xlsxwriter.Workbook(str(path))
        ws = wb.add_worksheet("一览表")
        shown = wb.add_format({"num_format": code})
        ws.write_row(0, 0, ["XX县广播电视台岗位廉政风险防控一览表"])
        ws.write_row(1, 0, ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"])
        for r, (post, who, point, score) in enumerate(
            [("台长", "阙知微", "设备采购指定供应商", 3), ("会计", "冼书白", "虚列支出", 1)], 2
        ):
            ws.write_row(r, 0, [r - 1, post, who, point])
            ws.write_number(r, 4, score, shown)
            ws.write_string(r, 5, "集体研究")
        wb.close()

    inbox = tmp_path / "words"
    inbox.mkdir()
    book(inbox / "t.xlsx", '[>=3]"高风险";[=2]"中风险";"低风险"')
    config = load_config()
    got = assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅲ级"]
    assert "WORDS_BY_FORMAT" in got.issues["code"].tolist()
    # a format showing the number itself ('0"级"') leaves the number as the level
    inbox = tmp_path / "number"
    inbox.mkdir()
    book(inbox / "t.xlsx", '0"级"')
    got = assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])
    assert got.risks["risk_level"].tolist() == ["Ⅲ级", "Ⅰ级"]
    assert "WORDS_BY_FORMAT" not in got.issues["code"].tolist()


def test_a_cross_reference_by_number_and_a_town_ending_in_village(tmp_path):
    # (383: '同序号14' in the point and measures cells; '陈村镇卫生院' cut at 村)
    rows = [["XX县石村镇中心卫生院岗位廉政风险防控一览表"], ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "药剂科", "科长", "阙知微", "药品采购收受回扣", "高", "集中采购"],
            [2, "设备科", "科长", "冼书白", "同序号1", "高", "同序号1"]]  # fmt: skip
    got = run(tmp_path, {"S": rows})
    assert got.risks[["person", "risk_point"]].values.tolist() == [
        ["阙知微", "药品采购收受回扣"], ["冼书白", "药品采购收受回扣"]]  # fmt: skip
    assert set(got.posts["unit"]) == {"XX县石村镇中心卫生院"}


def test_a_unit_field_without_the_county_the_title_names(tmp_path):
    # (384: '单　位 | 蔡家坡镇财政所' under '岐山县蔡家坡镇财政所…自查表')
    rows = [["2025年XX县柳湾镇农业综合服务站岗位廉政风险自查表"], ["姓　名", "单　位", "岗　位"],
            ["阙知微", "柳湾镇农业综合服务站", "站长"], ["序号", "风险点", "风险等级", "防控措施"],
            [1, "惠农补贴审核把关不严", "高", "公示"]]  # fmt: skip
    got = run(tmp_path, {"S": rows})
    assert got.posts["unit"].str.startswith("XX县柳湾镇").tolist() == [True]


def test_rows_of_boxes_all_filled_one_ticked(tmp_path):
    # (388: a symbol font's 'R' (☑) in the ticked box and '£' (☐) in the rest, under 风险类型 over
    # the types and 风险等级 over 高 | 中 | 低)
    rows = [["XX县统计局岗位廉政风险排查表"],
            ["序号", "岗位", "姓名", "风险点", "风险类型", "", "", "风险等级", "", "", "防控措施"],
            ["", "", "", "", "思想道德", "制度机制", "岗位职责", "高", "中", "低", ""],
            [1, "局长", "阙知微", "统计数据造假", "Þ", "ý", "ý", "ý", "Þ", "ý", "双审核"],
            [2, "统计员", "冼书白", "泄露调查对象信息", "ý", "ý", "Þ", "ý", "ý", "Þ", "保密承诺"],
            [3, "会计", "瞿望川", "虚列支出", "ý", "Þ", "ý", "Þ", "ý", "ý", "复核"]]  # fmt: skip
    merges = ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:G2", "H2:J2", "K2:K3"]
    got = run(tmp_path / "font", {"S": rows}, {"S": merges})
    assert got.risks[["risk_type", "risk_level", "duty"]].values.tolist() == [
        ["思想道德风险", "Ⅱ级", ""], ["岗位职责风险", "Ⅲ级", ""], ["制度机制风险", "Ⅰ级", ""]]  # fmt: skip
    # two ticks in a row of boxes: no mark is taken for an empty box
    rows[3][5] = "Þ"
    got = run(tmp_path / "two", {"S": rows}, {"S": merges})
    assert got.risks["risk_type"].tolist()[0].count("风险") == 2


def test_what_the_sixty_second_review_found(tmp_path):
    title = ["岐山县财政局岗位廉政风险防控一览表"]
    # '风险点及防控措施' over two columns, four-character points on the left
    rows = [title, ["序号", "岗位", "姓名", "风险点及防控措施", "", "风险等级"],
            [1, "局长", "阙知微", "公车私用", "严格派车登记，定期公示", "高"],
            [2, "会计", "冼书白", "虚列支出", "双人复核，定期对账", "中"]]  # fmt: skip
    got = run(tmp_path / "short", {"S": rows}, {"S": ["D2:E2"]})
    assert got.risks[["risk_point", "measures"]].values.tolist() == [
        ["公车私用", "严格派车登记，定期公示"], ["虚列支出", "双人复核，定期对账"]]  # fmt: skip
    # a point beginning with 同 and citing an article is no cross-reference
    head = ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"]
    point = "同级监督流于形式，违反《党内监督条例》第4条"
    rows = [title, head, [1, "办公室", "主任", "阙知微", "公务接待超标准", "中", "严格审批"],
            [2, "监督股", "股长", "瞿望川", point, "中", "定期检查"],
            [3, "监督股", "副股长", "冼书白", "同一项目化整为零违反第1条", "高", "集中采购"],
            [4, "国库股", "股长", "郦青禾", "国库资金违规拨付", "高", "双人审核"]]  # fmt: skip
    got = run(tmp_path / "same", {"S": rows})
    assert point in got.risks["risk_point"].tolist()
    assert "同一项目化整为零违反第1条" in got.risks["risk_point"].tolist()
    # '关于' before the county in the title is no part of the unit
    rows = [["关于岐山县城市管理执法大队岗位廉政风险防控情况的自查表"], ["姓　名", "单　位", "岗　位"],
            ["阙知微", "城市管理执法大队", "股长"], ["序号", "风险点", "风险等级", "防控措施"],
            [1, "执法中吃拿卡要", "高", "公示"]]  # fmt: skip
    got = run(tmp_path / "about", {"S": rows})
    assert got.posts["unit"].tolist() == ["岐山县城市管理执法大队"]
    # '东村镇村两级': the village, then the 镇村 of the phrase
    from xlproc.identity import unit_in_title

    assert unit_in_title("岐山县蔡家坡镇东村镇村两级廉政风险防控一览表") == "岐山县蔡家坡镇东村"
    # cards stacked on one sheet, each holder drawn in a text box over its card
    card = ["XX县城市管理执法大队岗位廉政风险防控卡"]
    head = ["序号", "风险点", "风险类型", "风险等级", "防控措施"]
    rows = [card, [], [], head, [1, "执法中吃拿卡要", "思想道德", "高", "执法全程记录"], [], [],
            card, [], [], head, [1, "违规处置暂扣物品", "岗位职责", "高", "登记造册"]]  # fmt: skip
    boxes = {"S": {"A2": "持卡人：阙知微\n职　务：中队长", "A9": "持卡人：冼书白\n职　务：队员"}}
    got = run(tmp_path / "cards", {"S": rows}, textboxes=boxes)
    assert got.posts[["title", "person", "n_risks"]].values.tolist() == [
        ["中队长", "阙知微", 1], ["队员", "冼书白", 1]]  # fmt: skip
    # '持卡人：司机' in a box names the post, not a holder
    rows = [card, [], [], head, [1, "公车私用", "岗位职责", "中", "派车登记"]]
    got = run(tmp_path / "post", {"S": rows}, textboxes={"S": {"A2": "持卡人：司机"}})
    assert got.posts["person"].tolist() == [""]


def test_a_level_shown_as_a_word_merged_over_two_points(tmp_path):
    # (review 62: a 高 merged over two points stored as 3 read as Ⅰ级 for both)
    import xlsxwriter

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    wb = xlsxwriter.Workbook(str(inbox / "t.xlsx"))
    ws = wb.add_worksheet("一览表")
    shown = wb.add_format({"num_format": '[=3]"高";[=2]"中";"低"'})
    ws.write_row(0, 0, ["XX县广播电视台岗位廉政风险防控一览表"])
    ws.write_row(1, 0, ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"])
    ws.write_row(2, 0, [1, "台长", "阙知微", "设备采购指定供应商"])
    ws.write_row(3, 0, [2, "台长", "阙知微", "干部选拔任用不公"])
    ws.merge_range("E3:E4", None, shown)
    ws.write_number("E3", 3, shown)
    ws.write_row(4, 0, [3, "会计", "冼书白", "虚列支出"])
    ws.write_number("E5", 1, shown)
    for r in (2, 3, 4):
        ws.write_string(r, 5, "集体研究")
    wb.close()
    config = load_config()
    got = assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅰ级", "Ⅲ级"]


def test_a_holder_named_in_a_comment_on_the_post_cell(tmp_path):
    # (387: no 姓名 column, each post cell's 批注 'Administrator:⏎岗位责任人：…')
    rows = [["XX县公安局交警大队岗位廉政风险防控表"], ["序号", "部门", "岗位", "风险点", "风险等级", "防控措施"],
            [1, "大队领导", "大队长", "事故处理中偏袒一方", "高", "集体研究"],
            [2, "", "", "违规撤销处罚决定", "高", "法制审核"],
            [3, "秩序中队", "中队长", "查处违法时吃拿卡要", "中", "执法记录仪"],
            [4, "车管所", "窗口民警", "违规办理车辆登记", "中", "系统留痕"]]  # fmt: skip
    notes = {"S": {"C3": "Administrator:\n岗位责任人：阙知微", "C5": "责任人：冼书白",
                   "C6": "该岗位由所长兼管"}}  # fmt: skip
    got = run(tmp_path, {"S": rows}, {"S": ["B3:B4", "C3:C4"]}, comments=notes)
    assert got.posts[["title", "person", "n_risks"]].values.tolist() == [
        ["大队长", "阙知微", 2], ["中队长", "冼书白", 1], ["窗口民警", "", 1]]  # fmt: skip


def test_a_word_record_pasted_over_several_rows(tmp_path):
    # (389: '干部选拔任用' over '动议、考察环节…' in the point column, 序号, type and level merged
    # over the record's rows, its measures a numbered line a row)
    head = ["序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施"]
    rows = [["XX县人社局岗位廉政风险防控一览表"], head,
            [1, "局领导", "局长", "阙知微", "干部选拔任用", "岗位职责", "高", "1.全程纪实；"],
            ["", "", "", "", "动议、考察环节个人说了算，把关不严", "", "", "2.任前公示。"],
            [2, "办公室", "主任", "冼书白", "公务接待", "制度机制", "中", "1.先审批后接待；"],
            ["", "", "", "", "无公函接待、超标准接待，虚报费用", "", "", "2.清单公示；"],
            ["", "", "", "", "", "", "", "3.按月通报。"]]  # fmt: skip
    merges = ["A3:A4", "F3:F4", "G3:G4", "A5:A7", "F5:F7", "G5:G7", "E6:E7"]
    got = run(tmp_path / "record", {"S": rows}, {"S": merges})
    assert got.risks[["risk_point", "description", "measures"]].values.tolist() == [
        ["干部选拔任用", "动议、考察环节个人说了算，把关不严", "1.全程纪实；\n2.任前公示。"],
        ["公务接待", "无公函接待、超标准接待，虚报费用", "1.先审批后接待；\n2.清单公示；\n3.按月通报。"]]  # fmt: skip
    # a post's points under one 序号 and one level merged per post, measures of their own
    rows = [["XX县人社局岗位廉政风险防控一览表"], head,
            [1, "局领导", "局长", "阙知微", "干部选拔任用不公", "岗位职责", "高", "1.全程纪实"],
            ["", "", "", "", "重大事项个人决定", "", "", "1.集体研究"],
            ["", "", "", "", "插手工程项目", "", "", "严格报告"]]  # fmt: skip
    got = run(
        tmp_path / "post",
        {"S": rows},
        {"S": ["A3:A5", "F3:F5", "G3:G5", "B3:B5", "C3:C5", "D3:D5"]},
    )
    assert len(got.risks) == 3


def test_two_line_records_under_a_two_line_header_of_other_fields(tmp_path):
    # (390: '序号 | 股室 | 岗位 | 姓名 | 风险点 | 风险类型 | 风险等级' over '主要表现' merged under the
    # 股室…姓名 columns and '防控措施' under the 风险点…等级 ones; each record two rows so)
    rows = [["XX县水务局岗位廉政风险登记表"], ["序号", "股室", "岗位", "姓名", "风险点", "风险类型", "风险等级"],
            ["", "表现形式", "", "", "防范措施", "", ""],
            [1, "局领导", "局长", "阙知微", "工程项目个人说了算", "制度机制", "高"],
            ["", "年度计划不经集体研究", "", "", "党组会集体研究", "", ""],
            [2, "办公室", "主任", "冼书白", "公车私用", "岗位职责", "中"],
            ["", "节假日私用公车", "", "", "派车登记，定期公示", "", ""]]  # fmt: skip
    merges = ["A2:A3", "B3:D3", "E3:G3", "A4:A5", "B5:D5", "E5:G5", "A6:A7", "B7:D7", "E7:G7"]
    got = run(tmp_path, {"S": rows}, {"S": merges})
    assert got.risks[["department", "person", "risk_point", "description", "measures", "risk_level"]].values.tolist() == [
        ["局领导", "阙知微", "工程项目个人说了算", "年度计划不经集体研究", "党组会集体研究", "Ⅰ级"],
        ["办公室", "冼书白", "公车私用", "节假日私用公车", "派车登记，定期公示", "Ⅱ级"]]  # fmt: skip
    assert not [c for c in got.issues["severity"] if c == "error"]


def test_what_the_sixty_third_review_found(tmp_path):
    # ticks and crosses under the types, most points two types: a cross is no empty box
    rows = [["XX县统计局岗位廉政风险排查表"],
            ["序号", "岗位", "姓名", "风险点", "风险类型", "", "", "风险等级", "防控措施"],
            ["", "", "", "", "思想道德", "制度机制", "岗位职责", "", ""],
            [1, "局长", "阙知微", "统计数据造假", "√", "√", "×", "高", "双审核"],
            [2, "统计员", "冼书白", "泄露调查对象信息", "√", "×", "√", "中", "保密承诺"],
            [3, "会计", "瞿望川", "虚列支出", "×", "√", "√", "高", "复核"]]  # fmt: skip
    merges = ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:G2", "H2:H3", "I2:I3"]
    got = run(tmp_path / "two", {"S": rows}, {"S": merges})
    assert all(t.count("风险") == 2 for t in got.risks["risk_type"])
    # two level columns, a tick and a cross each row
    rows = [["XX县统计局岗位廉政风险排查表"], ["序号", "岗位", "姓名", "风险点", "风险等级", "", "防控措施"],
            ["", "", "", "", "高", "低", ""], [1, "局长", "阙知微", "统计数据造假", "√", "×", "双审核"],
            [2, "统计员", "冼书白", "泄露调查对象信息", "×", "√", "保密承诺"]]  # fmt: skip
    merges = ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:F2", "G2:G3"]
    got = run(tmp_path / "high_low", {"S": rows}, {"S": merges})
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅲ级"]
    # comments saying '同上' or naming a former holder name no one
    rows = [["XX县公安局交警大队岗位廉政风险防控表"], ["序号", "部门", "岗位", "风险点", "风险等级", "防控措施"],
            [1, "秩序中队", "中队长", "查处违法时吃拿卡要", "中", "执法记录仪"],
            [2, "车管所", "窗口民警", "违规办理车辆登记", "中", "系统留痕"],
            [3, "事故中队", "副中队长", "事故认定不公", "高", "集体研究"]]  # fmt: skip
    notes = {"S": {"C3": "责任人：阙知微", "C4": "姓名：瞿望川（已调离）", "C5": "责任人：同上"}}
    got = run(tmp_path / "notes", {"S": rows}, comments=notes)
    assert got.posts["person"].tolist() == ["阙知微", "", ""]
    # a post's points under its merged 序号, level and measures; or measures numbered on
    head = ["序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施"]
    rows = [["XX县人社局岗位廉政风险防控一览表"], head,
            [1, "局领导", "局长", "阙知微", "干部选拔任用不公", "岗位职责", "高", "落实集体决策"],
            ["", "", "", "", "重大事项个人说了算", "", "", ""],
            [2, "办公室", "主任", "冼书白", "公务接待超标准", "制度机制", "中", "1.先审批后接待"],
            ["", "", "", "", "公车私用", "", "", "2.派车登记，定期公示"]]  # fmt: skip
    merges = ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "F3:F4", "G3:G4", "H3:H4",
              "A5:A6", "B5:B6", "C5:C6", "D5:D6", "F5:F6", "G5:G6"]  # fmt: skip
    got = run(tmp_path / "post", {"S": rows}, {"S": merges})
    assert len(got.risks) == 4 and not any(got.risks["description"])
    # an area of work left of the point under '风险点及防控措施' over two columns
    rows = [["岐山县财政局岗位廉政风险防控一览表"], ["序号", "岗位", "姓名", "风险点及防控措施", "", "风险等级"],
            [1, "局长", "阙知微", "工程建设", "插手干预工程项目招投标，为亲友谋利", "高"],
            [2, "会计", "冼书白", "财务管理", "虚列支出套取财政资金", "中"]]  # fmt: skip
    got = run(tmp_path / "area", {"S": rows}, {"S": ["D2:E2"]})
    assert "工程建设" not in got.risks["risk_point"].tolist()


def test_blocks_of_a_list_each_headed_by_its_type(tmp_path):
    # (393: the list sorted into blocks under '思想道德风险点 | …', '制度机制风险点 | …' headings)
    def head(word: str) -> list:
        return ["序号", "股室", "岗位", "姓名", word, "风险等级", "防控措施"]

    rows = [["XX县商务局岗位廉政风险点排查表"], head("思想道德风险点"),
            [1, "局领导", "局长", "阙知微", "接受企业宴请", "高", "廉洁承诺"], head("制度机制风险点"),
            [1, "办公室", "会计", "冼书白", "报销审核不严", "中", "三签"], head("外部环境风险点"),
            [1, "招商股", "股长", "瞿望川", "被招商企业围猎", "中", "报告制度"]]  # fmt: skip
    got = run(tmp_path / "blocks", {"S": rows})
    assert got.risks["risk_type"].tolist() == ["思想道德风险", "制度机制风险", "外部环境风险"]
    # one heading '岗位职责风险点' over a whole list types nothing; nor '岗位职责及风险点'
    rows = [["XX县商务局岗位廉政风险点排查表"], head("岗位职责风险点"),
            [1, "局领导", "局长", "阙知微", "接受企业宴请", "高", "廉洁承诺"]]  # fmt: skip
    assert run(tmp_path / "one", {"S": rows}).risks["risk_type"].tolist() == [""]


def test_a_point_and_how_it_shows_parted_by_typed_spaces(tmp_path):
    # (391: '廉政风险点及主要表现' cells 'name　　　　　　manifestation', spaces for a line break)
    gap = "\u3000" * 6
    rows = [["XX县农业农村局岗位廉政风险防控一览表"], ["序号", "股室", "岗位", "姓名", "廉政风险点及主要表现", "风险等级", "防控措施"],
            [1, "局领导", "局长", "阙知微", f"项目资金分配{gap}资金安排个人说了算", "高", "集体研究"],
            [2, "计财股", "会计", "冼书白", "补贴发放" + " " * 12 + "虚报冒领补贴资金", "中", "公示"],
            [3, "办公室", "主任", "瞿望川", "公务接待", "低", "清单公示"]]  # fmt: skip
    got = run(tmp_path, {"S": rows})
    assert got.risks[["risk_point", "description"]].values.tolist() == [
        ["项目资金分配", "资金安排个人说了算"], ["补贴发放", "虚报冒领补贴资金"], ["公务接待", ""]]  # fmt: skip


def test_holders_from_an_organisation_chart_of_boxes(tmp_path):
    # (392: a sheet '组织机构' of boxes '总务处⏎主　任：…⏎会　计：…', the list naming no one)
    chart = [["XX县中医医院组织机构图"], [], ["", "院长室\n院　长：阙知微\n副院长：冼书白", ""], [],
             ["药剂科\n科主任：瞿望川\n药　师：郦青禾", "", "财务科\n科　长：宦知白\n会　计：冉屿白"]]  # fmt: skip
    listing = [["XX县中医医院岗位廉政风险防控一览表"], ["序号", "科室", "岗位", "风险点", "风险等级", "防控措施"],
               [1, "院领导", "院长", "重大事项个人决定", "高", "集体研究"],
               [2, "药剂科", "科主任", "药品遴选收受回扣", "高", "药事会集体遴选"],
               [3, "财务科", "会计", "虚列支出", "中", "复核"], [4, "财务科", "出纳", "坐支现金", "中", "日清月结"]]  # fmt: skip
    got = run(tmp_path, {"一览表": listing, "组织机构": chart})
    assert got.posts[["title", "person"]].values.tolist() == [
        ["院长", "阙知微"], ["科主任", "瞿望川"], ["会计", "冉屿白"], ["出纳", ""]]  # fmt: skip


def test_what_the_sixty_fourth_review_found(tmp_path):
    def head(word: str) -> list:
        return ["序号", "股室", "岗位", "姓名", word, "风险等级", "防控措施"]

    # a bare '岗位廉政风险点' repeated over each block names no type; a type in brackets does
    rows = [["XX县司法局岗位廉政风险防控一览表"], head("岗位廉政风险点"),
            [1, "局领导", "局长", "阙知微", "干部选拔任用不公", "高", "集体研究"], head("岗位廉政风险点"),
            [1, "办公室", "主任", "冼书白", "公务接待超标准", "中", "清单公示"], head("廉政风险点（思想道德）"),
            [1, "计财股", "会计", "瞿望川", "贪图享乐", "中", "教育"]]  # fmt: skip
    got = run(tmp_path / "blocks", {"S": rows})
    assert got.risks["risk_type"].tolist() == ["", "", "思想道德风险"]
    # point columns side by side each headed by a type: no one type for the rows
    rows = [["XX县水务局岗位廉政风险点排查表"],
            ["序号", "股室", "岗位", "姓名", "思想道德风险点", "制度机制风险点", "风险等级", "防控措施"],
            [1, "局领导", "局长", "阙知微", "理想信念动摇", "决策程序不规范", "高", "集体研究"]]  # fmt: skip
    got = run(tmp_path / "side", {"S": rows})
    assert "思想道德风险" not in set(got.risks["risk_type"]) or len(set(got.risks["risk_type"])) > 1
    # typed spaces between numbered items, or wrapping a sentence, split nothing
    gap = "\u3000" * 4
    rows = [["XX县民政局岗位廉政风险防控一览表"], head("廉政风险点及表现形式"),
            [1, "局领导", "局长", "阙知微", f"1.虚报冒领补贴资金{gap}2.优亲厚友", "中", "集体研究"],
            [2, "社救股", "股长", "冼书白", f"在低保对象认定过程中，{gap}优亲厚友、关系保", "中", "公示"],
            [3, "办公室", "主任", "瞿望川", f"项目资金分配{gap}资金安排个人说了算", "中", "集体研究"],
            [4, "办公室", "司机", "郦青禾", f"车辆使用{gap}公车私用、虚报油费", "中", "派车登记"],
            [5, "计财股", "会计", "宦知白", f"资金拨付{gap}不按进度拨付工程款", "中", "复核"]]  # fmt: skip
    got = run(tmp_path / "spaces", {"S": rows})
    assert got.risks["description"].tolist() == [
        "", "", "资金安排个人说了算", "公车私用、虚报油费", "不按进度拨付工程款"]  # fmt: skip
    # a roster's one 主任 is not the 主任 of another 科室 on the list
    roster = [["XX县发改局干部花名册"], ["序号", "科室", "职务", "姓名"], [1, "局领导", "局长", "阙知微"],
              [2, "办公室", "主任", "冼书白"], [3, "项目股", "股长", "瞿望川"]]  # fmt: skip
    listing = [["XX县发改局岗位廉政风险防控一览表"], ["序号", "科室", "岗位", "风险点", "风险等级", "防控措施"],
               [1, "局领导", "局长", "重大项目个人说了算", "高", "集体研究"],
               [2, "价格认证中心", "主任", "价格认定不公", "中", "双人复核"]]  # fmt: skip
    got = run(tmp_path / "roster", {"一览表": listing, "花名册": roster})
    assert got.posts["person"].tolist() == ["阙知微", ""]
    # '■ | □' under 高 | 低
    rows = [["XX县统计局岗位廉政风险排查表"], ["序号", "岗位", "姓名", "风险点", "风险等级", "", "防控措施"],
            ["", "", "", "", "高", "低", ""], [1, "局长", "阙知微", "统计数据造假", "■", "□", "双审核"],
            [2, "统计员", "冼书白", "泄露调查对象信息", "□", "■", "保密承诺"]]  # fmt: skip
    merges = ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:F2", "G2:G3"]
    got = run(tmp_path / "boxes", {"S": rows}, {"S": merges})
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅲ级"]
    # measures mentioning 未, 无, 违规 are measures under '风险点及防控措施' over two columns
    rows = [["岐山县财政局岗位廉政风险防控一览表"], ["序号", "岗位", "姓名", "风险点及防控措施", "", "风险等级"],
            [1, "局长", "阙知微", "重大事项个人说了算", "未经党组会集体研究不得决策", "高"],
            [2, "会计", "冼书白", "虚列支出套取财政资金", "严格审核，对违规报销一律退回", "中"],
            [3, "主任", "瞿望川", "公务接待超标准", "无公函一律不予接待", "中"]]  # fmt: skip
    got = run(tmp_path / "measures", {"S": rows}, {"S": ["D2:E2"]})
    assert got.risks["measures"].tolist() == [r[4] for r in rows[2:]]


def test_how_a_point_shows_in_the_bracket_its_heading_names(tmp_path):
    # (397: '廉政风险点（括号内注明主要表现）' over 'point（how it shows）')
    rows = [["XX县住建局岗位廉政风险防控一览表"], ["序号", "股室", "岗位", "姓名", "廉政风险点（括号中写明表现形式）", "风险等级", "防控措施"],
            [1, "质监股", "股长", "阙知微", "竣工验收监督（验收不到现场，签字走过场）", "高", "现场验收留影"],
            [2, "办公室", "主任", "冼书白", "公车私用", "中", "派车登记"]]  # fmt: skip
    got = run(tmp_path / "said", {"S": rows})
    assert got.risks[["risk_point", "description"]].values.tolist() == [
        ["竣工验收监督", "验收不到现场，签字走过场"], ["公车私用", ""]]  # fmt: skip
    # without such a heading a closing bracket stays the point's
    rows[1][4] = "廉政风险点"
    got = run(tmp_path / "plain", {"S": rows})
    assert got.risks["risk_point"].tolist()[0] == "竣工验收监督（验收不到现场，签字走过场）"


def test_what_the_sixty_fifth_review_found(tmp_path):
    title = ["XX县住建局岗位廉政风险防控一览表"]

    def head(word: str) -> list:
        return ["序号", "股室", "岗位", "姓名", word, "风险等级", "防控措施"]

    # a level or a holder in the closing bracket stays what it says; two brackets split nothing
    rows = [title, ["序号", "股室", "岗位", "姓名", "廉政风险点（括号内注明主要表现）", "防控措施"],
            [1, "质监股", "股长", "阙知微", "竣工验收监督（验收不到现场（含隐蔽工程））", "现场验收留影"],
            [2, "办公室", "主任", "冼书白", "公车私用（二级）", "派车登记"],
            [3, "规划股", "股长", "瞿望川", "规划审批（违规调整容积率）及变更（擅自变更）", "集体研究"]]  # fmt: skip
    got = run(tmp_path / "bracket", {"S": rows})
    assert got.risks[["risk_point", "description", "risk_level"]].values.tolist() == [
        ["竣工验收监督", "验收不到现场（含隐蔽工程）", ""], ["公车私用", "", "Ⅱ级"],
        ["规划审批（违规调整容积率）及变更（擅自变更）", "", ""]]  # fmt: skip
    # a short alias of a type heads its block
    rows = [title, head("道德风险点"), [1, "局领导", "局长", "阙知微", "理想信念动摇", "高", "教育"],
            head("制度风险点"), [1, "办公室", "主任", "冼书白", "制度执行不严", "中", "清单公示"]]  # fmt: skip
    got = run(tmp_path / "alias", {"S": rows})
    assert got.risks["risk_type"].tolist() == ["思想道德风险", "制度机制风险"]
    # typed spaces: names as long as what follows, long or numbered names split; a wrapped
    # line ('…个人说　　了算') does not
    gap = "\u3000" * 4
    rows = [title, head("廉政风险点及表现形式"),
            [1, "局领导", "局长", "阙知微", f"（一）干部任用{gap}任人唯亲、带病提拔", "高", "集体研究"],
            [2, "办公室", "主任", "冼书白", f"公务用车{gap}公车私用", "中", "派车登记"],
            [3, "计财股", "会计", "瞿望川", f"水利工程建设项目招标投标及合同管理环节{gap}围标串标", "中", "复核"],
            [4, "计财股", "出纳", "郦青禾", f"在项目资金分配中个人说{gap}了算，不经集体研究", "中", "复核"]]  # fmt: skip
    got = run(tmp_path / "spaces", {"S": rows})
    assert got.risks["description"].tolist() == ["任人唯亲、带病提拔", "公车私用", "围标串标", ""]
    # the one 镇长 of a roster under '镇政府' holds the list's '镇领导 | 镇长'
    roster = [["XX镇干部花名册"], ["序号", "科室", "职务", "姓名"], [1, "镇政府", "镇长", "阙知微"],
              [2, "办公室", "主任", "冼书白"], [3, "财政所", "所长", "瞿望川"]]  # fmt: skip
    listing = [["XX县XX镇岗位廉政风险防控一览表"], ["序号", "科室", "岗位", "风险点", "风险等级", "防控措施"],
               [1, "镇领导", "镇长", "重大项目个人说了算", "高", "集体研究"],
               [2, "财政所", "所长", "违规拨付资金", "中", "复核"]]  # fmt: skip
    got = run(tmp_path / "roster", {"一览表": listing, "花名册": roster})
    assert got.posts["person"].tolist() == ["阙知微", "瞿望川"]
    # '风险点及防控措施' over two columns: an area then a point; a point then measures opening '防止'
    cols = ["序号", "岗位", "姓名", "风险点及防控措施", "", "风险等级"]
    rows = [title, cols, [1, "局长", "阙知微", "工程建设", "未经集体研究确定施工单位", "高"],
            [2, "会计", "冼书白", "财务报销", "审核不严，虚列支出", "中"],
            [3, "主任", "瞿望川", "项目审批", "越权审批项目", "中"]]  # fmt: skip
    got = run(tmp_path / "area", {"S": rows}, {"S": ["D2:E2"]})
    assert not any(got.risks["measures"])
    rows = [title, cols, [1, "局长", "阙知微", "重大事项个人说了算", "加强教育，防止以权谋私", "高"],
            [2, "会计", "冼书白", "虚列支出套取财政资金", "防止虚报冒领、截留挪用", "中"],
            [3, "主任", "瞿望川", "泄露举报人信息", "杜绝泄露举报人信息", "中"]]  # fmt: skip
    got = run(tmp_path / "measures", {"S": rows}, {"S": ["D2:E2"]})
    assert got.risks["measures"].tolist() == [r[4] for r in rows[2:]]


def test_levels_drawn_as_icons_under_a_note_saying_what_they_mean(tmp_path):
    # (401: a 风险值 drawn as traffic lights by a conditional format, '红灯为高风险…' under it)
    import xlsxwriter

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    wb = xlsxwriter.Workbook(str(inbox / "t.xlsx"))
    ws = wb.add_worksheet("一览表")
    ws.write_row(0, 0, ["XX县应急管理局岗位廉政风险防控一览表"])
    ws.write_row(1, 0, ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"])
    for r, (post, who, point, score) in enumerate(
        [
            ("局长", "阙知微", "救灾资金分配个人决定", 9),
            ("股长", "冼书白", "物资采购指定供应商", 5),
            ("保管员", "瞿望川", "物资出入库账实不符", 1),
        ],
        2,  # fmt: skip
    ):
        ws.write_row(r, 0, [r - 1, post, who, point])
        ws.write_number(r, 4, score)
        ws.write_string(r, 5, "集体研究")
    ws.conditional_format("E3:E5", {"type": "icon_set", "icon_style": "3_traffic_lights",
                                    "reverse_icons": True, "icons_only": True})  # fmt: skip
    ws.write_string(6, 0, "注：红色信号灯表示高风险，黄色信号灯表示中风险，绿色信号灯表示低风险。")
    wb.close()
    config = load_config()
    got = assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级", "Ⅲ级"]
    assert "LEVEL_ICONS" in got.issues["code"].tolist()


def test_footnote_marks_after_a_holders_name(tmp_path):
    # (400: '闵渫珑*△' under 姓名, '注：*为官方兽医，△为持行政执法证人员')
    rows = [["XX县农业执法大队岗位廉政风险防控一览表"], ["序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "大队领导", "大队长", "阙知微※", "执法中说情打招呼", "高", "登记报告"],
            [2, "", "", "", "违规减免罚款", "中", "集体研究"],
            [3, "执法一中队", "队员", "冼书白*△", "检查走过场", "中", "执法记录仪"],
            ["注：※为党员，*为持证执法人员，△为法制审核员。"]]  # fmt: skip
    got = run(tmp_path, {"S": rows}, {"S": ["B3:B4", "C3:C4", "D3:D4"]})
    assert got.posts[["person", "n_risks"]].values.tolist() == [["阙知微", 2], ["冼书白", 1]]


def test_a_bold_point_then_how_it_shows_in_an_ordinary_font(tmp_path):
    # (399: rich-text point cells, the bold sentence the point, the rest how it shows)
    import xlsxwriter

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    wb = xlsxwriter.Workbook(str(inbox / "t.xlsx"))
    ws = wb.add_worksheet("排查表")
    bold = wb.add_format({"bold": True})
    ws.write_row(0, 0, ["XX县民政局岗位廉政风险排查表"])
    ws.write_row(1, 0, ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"])
    cells = [("低保审核把关不严。", "对申请人收入核查走过场，优亲厚友。"),
             ("救助资金发放不及时。", "截留、挤占救助资金。"), ("公车私用", "")]  # fmt: skip
    for r, ((head, rest), who) in enumerate(
        zip(cells, ["阙知微", "冼书白", "瞿望川"], strict=True), 2
    ):
        ws.write_row(r, 0, [r - 1, "科员", who])
        if rest:
            ws.write_rich_string(r, 3, bold, head, rest)
        else:
            ws.write_string(r, 3, head)
        ws.write_row(r, 4, ["中", "集体研究"])
    wb.close()
    config = load_config()
    got = assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])
    assert got.risks[["risk_point", "description"]].values.tolist() == [
        ["低保审核把关不严", "对申请人收入核查走过场，优亲厚友。"],
        ["救助资金发放不及时", "截留、挤占救助资金。"], ["公车私用", ""]]  # fmt: skip


def test_one_card_printed_twice_side_by_side(tmp_path):
    # (402: 第一联 存根 in A–D, 第二联 持卡人联 in F–I, the same card cell for cell)
    card = [["XX县文化馆岗位廉政风险防控卡（存根）"], ["姓名", "阙知微", "职务", "馆长"],
            ["序号", "风险点", "风险等级", "防控措施"], [1, "场馆出租收入不入账", "高", "收支两条线"],
            [2, "演出补贴审核不严", "中", "集体研究"]]  # fmt: skip
    copy = [row[:] for row in card]
    copy[0] = ["XX县文化馆岗位廉政风险防控卡（持卡人联）"]
    rows = [a + [""] * (4 - len(a)) + ["骑缝线"] + b for a, b in zip(card, copy, strict=True)]
    got = run(tmp_path / "copy", {"S": rows})
    assert got.risks["person"].tolist() == ["阙知微", "阙知微"]
    assert "FORM_SECOND_COPY" in got.issues["code"].tolist()
    # two holders' cards side by side stay two
    other = [row[:] for row in copy]
    other[1] = ["姓名", "冼书白", "职务", "副馆长"]
    rows = [a + [""] * (4 - len(a)) + [""] + b for a, b in zip(card, other, strict=True)]
    got = run(tmp_path / "two", {"S": rows})
    assert sorted(got.risks["person"]) == ["冼书白", "冼书白", "阙知微", "阙知微"]


def test_what_the_sixty_sixth_review_found(tmp_path):
    import xlsxwriter

    title = ["XX县住建局岗位廉政风险防控一览表"]
    # measures naming the wrongs they prevent are measures
    cols = ["序号", "岗位", "姓名", "风险点及防控措施", "", "风险等级"]
    rows = [title, cols, [1, "会计", "阙知微", "资金拨付审核不严", "资金拨付经集体审核，杜绝虚报、截留、挪用", "高"],
            [2, "股长", "冼书白", "物资采购指定供应商", "采购经集体研究，防止串通、围标", "中"]]  # fmt: skip
    got = run(tmp_path / "prevent", {"S": rows}, {"S": ["D2:E2"]})
    assert got.risks["measures"].tolist() == [r[4] for r in rows[2:]]
    # a bold word, an ordinal or a label at the head of a cell is no point of its own
    inbox = tmp_path / "bold" / "inbox"
    inbox.mkdir(parents=True)
    wb = xlsxwriter.Workbook(str(inbox / "t.xlsx"))
    ws = wb.add_worksheet("S")
    bold = wb.add_format({"bold": True})
    ws.write_row(0, 0, ["XX县民政局岗位廉政风险排查表"])
    ws.write_row(1, 0, ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"])
    heads = [("违规", "审批低保，优亲厚友；对收入核查走过场。"), ("一是", "救助资金截留；二是发放不及时。"),
             ("风险点：", "公车私用。节假日私用公车。")]  # fmt: skip
    for r, (head, rest) in enumerate(heads, 2):
        ws.write_row(r, 0, [r - 1, "科员", ["阙知微", "冼书白", "瞿望川"][r - 2]])
        ws.write_rich_string(r, 3, bold, head, rest)
        ws.write_row(r, 4, ["中", "集体研究"])
    wb.close()
    config = load_config()
    got = assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])
    # (the 一是…；二是… cell is two points by the ordinals: batch 429's rule, not the bold word)
    texts = [h + t for h, t in heads]
    # (the column's own label before a point, '风险点：', is no part of it: tests/test_own_label_in_cell.py)
    assert got.risks["risk_point"].tolist() == [texts[0], "救助资金截留", "发放不及时", heads[2][1]]
    # a bracket whose words could be a name ('高估冒算'), or broken over two lines, is how it shows
    rows = [title, ["序号", "股室", "岗位", "姓名", "廉政风险点（括号内注明主要表现）", "风险等级", "防控措施"],
            [1, "预算股", "股长", "阙知微", "工程结算审核（高估冒算）", "高", "第三方复审"],
            [2, "质监股", "股长", "瞿望川", "竣工验收监督（参加验收不到现场，\n签字走过场）", "中", "现场留影"]]  # fmt: skip
    got = run(tmp_path / "brackets", {"S": rows})
    assert got.risks["risk_point"].tolist() == ["工程结算审核", "竣工验收监督"]
    # a clause ending in 中 or 时 padded with spaces is no name
    gap = "\u3000" * 4
    rows = [title, ["序号", "股室", "岗位", "姓名", "廉政风险点及表现形式", "风险等级", "防控措施"],
            [1, "计财股", "会计", "阙知微", f"利用职务便利在物资采购过程中{gap}收受好处", "高", "集体研究"],
            [2, "办公室", "主任", "冼书白", f"在办理公务接待费用报销时{gap}虚列开支", "中", "复核"]]  # fmt: skip
    got = run(tmp_path / "clause", {"S": rows})
    assert not any(got.risks["description"])
    # an office's 主任 in the roster is not the body's 主任
    roster = [["XX中心花名册"], ["序号", "科室", "职务", "姓名"], [1, "行政办公室", "主任", "冼书白"],
              [2, "业务科", "科长", "瞿望川"]]  # fmt: skip
    listing = [["XX县政务服务中心岗位廉政风险防控一览表"], ["序号", "科室", "岗位", "风险点", "风险等级", "防控措施"],
               [1, "中心领导", "主任", "重大事项个人说了算", "高", "集体研究"],
               [2, "业务科", "科长", "审批事项违规办理", "中", "复核"]]  # fmt: skip
    got = run(tmp_path / "office", {"一览表": listing, "花名册": roster})
    assert got.posts["person"].tolist() == ["", "瞿望川"]
    # a card's holder with a footnote mark; a masked name and a grade's stars stay
    rows = [["XX县农业执法大队岗位廉政风险防控卡"], ["姓名", "闵渫珑*", "职务", "中队长"],
            ["序号", "风险点", "风险等级", "防控措施"], [1, "执法检查走过场", "高", "执法记录仪"],
            ["注：*为持证执法人员。"]]  # fmt: skip
    assert run(tmp_path / "card", {"S": rows}).posts["person"].tolist() == ["闵渫珑"]
    from xlproc.locate import _unmarked

    assert _unmarked("欧阳**") == "欧阳**" and _unmarked("阙知微★★★") == "阙知微★★★"


def test_a_point_heading_over_a_short_name_and_a_sentence(tmp_path):
    # (403: '廉政风险点' merged over E:F, the name on the left, how it shows on the right)
    rows = [["XX县林业局岗位廉政风险防控一览表"], ["序号", "股室", "岗位", "姓名", "廉政风险点", "", "风险等级", "防控措施"],
            [1, "局领导", "局长", "阙知微", "项目建设插手干预", "在林区道路建设中为特定关系人承揽工程打招呼", "高", "登记报告"],
            [2, "资源股", "股长", "冼书白", "采伐审批不严", "对不符合条件的采伐申请违规审批，收受好处", "中", "集体审批"]]  # fmt: skip
    got = run(tmp_path, {"S": rows}, {"S": ["E2:F2"]})
    assert got.risks[["risk_point", "description"]].values.tolist() == [
        ["项目建设插手干预", "在林区道路建设中为特定关系人承揽工程打招呼"],
        ["采伐审批不严", "对不符合条件的采伐申请违规审批，收受好处"]]  # fmt: skip


def test_a_level_moved_a_step_from_last_years(tmp_path):
    # (405: '2024年风险等级 | 2025年等级调整' over '二级 | 上调一级', '/ | 本年新增，定为二级')
    rows = [["XX县审计局2025年度岗位廉政风险点动态调整表"],
            ["序号", "股室", "岗位", "姓名", "风险点", "2024年风险等级", "2025年等级调整", "防控措施"],
            [1, "局领导", "局长", "阙知微", "审计结果定性打招呼", "高", "不变", "集体审定"],
            [2, "审计股", "股长", "冼书白", "审计发现问题瞒报", "中", "上调一级", "复核"],
            [3, "办公室", "会计", "瞿望川", "报销审核不严", "高", "下调两级", "三签"],
            [4, "办公室", "出纳", "郦青禾", "坐支现金", "/", "本年新增，评为中风险", "日清月结"]]  # fmt: skip
    got = run(tmp_path, {"S": rows})
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅰ级", "Ⅲ级", "Ⅱ级"]


def test_a_column_of_where_each_holder_is_staffed_is_no_department(tmp_path):
    # (404: '编制所在单位' beside each name: another unit, not the 科室 of the post)
    rows = [["XX县XX街道农业服务站岗位廉政风险防控一览表"],
            ["序号", "岗位", "姓名", "编制所在单位", "风险点", "风险等级", "防控措施"],
            [1, "站长", "阙知微", "XX县XX街道办事处", "惠农补贴审核不严", "高", "公示"],
            [2, "农技员", "冼书白", "XX县农业技术推广中心", "技术指导收受好处", "中", "登记"]]  # fmt: skip
    got = run(tmp_path, {"S": rows})
    assert not any("办事处" in d or "推广中心" in d for d in got.posts["department"])
    assert (
        len(set(got.posts["department"])) == 1
    )  # (the station's one 科室 or none, by the 站所 convention)


def test_a_level_heading_over_the_posts_grade_and_the_points_level(tmp_path):
    # (408: '风险等级' merged over '岗位 | 风险点': the post's grade, then the point's level)
    rows = [["XX县茶产业发展中心岗位廉政风险防控一览表"],
            ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "", "防控措施"],
            ["", "", "", "", "", "岗位", "风险点", ""],
            [1, "中心领导", "主任", "阙知微", "茶园补贴分配个人说了算", "高", "高", "集体研究"],
            [2, "", "", "", "公务接待超标准", "", "低", "清单公示"],
            [3, "生产股", "股长", "冼书白", "茶苗采购验收走过场", "中", "中", "双人验收"]]  # fmt: skip
    merges = [
        "A2:A3",
        "B2:B3",
        "C2:C3",
        "D2:D3",
        "E2:E3",
        "F2:G2",
        "H2:H3",
        "B4:B5",
        "C4:C5",
        "D4:D5",
        "F4:F5",
    ]
    got = run(tmp_path, {"S": rows}, {"S": merges})
    assert got.risks[["risk_point", "risk_level"]].values.tolist() == [
        ["茶园补贴分配个人说了算", "Ⅰ级"], ["公务接待超标准", "Ⅲ级"], ["茶苗采购验收走过场", "Ⅱ级"]]  # fmt: skip
    assert got.posts[["person", "declared_grade"]].values.tolist() == [
        ["阙知微", "A"],
        ["冼书白", "B"],
    ]


def test_a_ledger_of_measures_under_labelled_point_lines(tmp_path):
    # (409: '序号 | 防控措施 | …' and, merged across, '风险点1：…　　风险等级：一级　　风险类型：…'
    # over that point's measures a row each)
    gap = "\u3000\u3000"
    rows = [["XX县XX镇水利站岗位廉政风险防控措施台账"], ["姓　名", "阙知微", "职　务", "站长"],
            ["序号", "防控措施", "防控环节", "落实时限"],
            [f"风险点1：维修项目指定施工队伍{gap}风险等级：一级{gap}风险类型：制度机制风险"],
            [1, "维修项目提交站务会研究。", "事前", "长期"], [2, "结果公示。", "事后", "每个项目"],
            [f"风险点2：接受施工队伍宴请{gap}风险等级：三级"], [1, "签订廉洁承诺书。", "事前", "每年"]]  # fmt: skip
    got = run(tmp_path, {"S": rows}, {"S": ["A4:D4", "A7:D7"]})
    assert got.risks[["person", "risk_point", "risk_level", "measures"]].values.tolist() == [
        ["阙知微", "维修项目指定施工队伍", "Ⅰ级", "维修项目提交站务会研究。\n结果公示。"],
        ["阙知微", "接受施工队伍宴请", "Ⅲ级", "签订廉洁承诺书。"]]  # fmt: skip


def test_a_level_ticked_in_check_boxes_drawn_over_its_cell(tmp_path):
    # (410: form-control check boxes '高 | 中 | 低' over each empty 风险等级 cell, one ticked)
    import zipfile

    rows = [["XX县职业教育中心岗位廉政风险排查表"], ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "主任", "阙知微", "实训设备采购指定供应商", "", "集体研究"],
            [2, "会计", "冼书白", "专项经费报销审核不严", "", "逐张审核"]]  # fmt: skip
    src = write_workbook(tmp_path / "src.xlsx", {"S": rows})

    def box(row: int, left: int, caption: str, ticked: bool) -> str:
        on = "<x:Checked>1</x:Checked>" if ticked else ""
        return (f'<v:shape type="#_x0000_t201"><v:textbox><div><font>{caption}</font></div>'
                f'</v:textbox><x:ClientData ObjectType="Checkbox"><x:Anchor>4, {left}, {row}, 2, '
                f"4, {left + 30}, {row}, 18</x:Anchor>{on}</x:ClientData></v:shape>")  # fmt: skip

    shapes = [box(r, left, cap, cap == pick) for r, pick in ((2, "中"), (3, "低"))
              for left, cap in ((4, "高"), (40, "中"), (76, "低"))]  # fmt: skip
    vml = ('<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:x="urn:schemas-microsoft-com:'
           'office:excel">' + "".join(shapes) + "</xml>")  # fmt: skip
    rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
            'schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing" '
            'Target="../drawings/vmlDrawing1.vml"/></Relationships>')  # fmt: skip
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(inbox / "t.xlsx", "w") as zout:
        for item in zin.infolist():
            zout.writestr(item, zin.read(item.filename))
        zout.writestr("xl/worksheets/_rels/sheet1.xml.rels", rels)
        zout.writestr("xl/drawings/vmlDrawing1.vml", vml)
    config = load_config()
    got = assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])
    assert got.risks["risk_level"].tolist() == ["Ⅱ级", "Ⅲ级"]
    assert "LEVEL_CHECKBOXES" in got.issues["code"].tolist()
    assert "LEVEL_BLANK" not in got.issues["code"].tolist()


def test_what_the_sixty_seventh_review_found(tmp_path):
    # '风险研判' over '风险点 | 风险等级' is no level heading over graded things
    rows = [["XX县市场监管局岗位廉政风险排查表"], ["序号", "股室", "岗位", "姓名", "风险研判", "", "防控措施"],
            ["", "", "", "", "风险点", "风险等级", ""], [1, "局领导", "局长", "阙知微", "处罚裁量打招呼", "高", "集体审议"],
            [2, "执法股", "股长", "冼书白", "执法检查吃拿卡要", "中", "双人执法"]]  # fmt: skip
    merges = ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:F2", "G2:G3"]
    got = run(tmp_path / "judged", {"S": rows}, {"S": merges})
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级"]
    # a step in '等级调整情况' beside the level now does not move it again; '由三级上调一级' does
    rows = [["XX县财政局2025年岗位廉政风险点动态调整表"],
            ["序号", "股室", "岗位", "姓名", "风险点", "风险等级", "等级调整情况", "防控措施"],
            [1, "预算股", "股长", "阙知微", "预算分配打招呼", "二级", "上调一级", "集体研究"],
            [2, "国库股", "股长", "冼书白", "资金拨付优亲厚友", "中", "由三级上调一级", "按进度拨付"]]  # fmt: skip
    got = run(tmp_path / "now", {"S": rows})
    assert got.risks["risk_level"].tolist() == ["Ⅱ级", "Ⅱ级"]
    # a 派驻组 list's only unit column, '派出单位', names the holders' units
    rows = [["XX县纪委监委派驻纪检监察组岗位廉政风险防控一览表"], ["序号", "派出单位", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "县纪委监委驻财政局纪检监察组", "组长", "阙知微", "监督检查走过场", "高", "集体研判"],
            [2, "县纪委监委驻教育局纪检监察组", "副组长", "冼书白", "线索处置打招呼", "中", "双人处置"]]  # fmt: skip
    got = run(tmp_path / "sent", {"S": rows})
    assert all(("财政局" in u + d) or ("教育局" in u + d)
               for u, d in zip(got.posts["unit"], got.posts["department"], strict=True))  # fmt: skip
    # a card's labelled point lines: measures lose their label; fields parted by '；'
    gap = "\u3000\u3000"
    rows = [["XX镇水利站岗位廉政风险防控卡"], ["姓名", "阙知微", "职务", "站长"],
            [f"风险点1：维修项目指定施工队伍{gap}风险等级：一级{gap}风险类型：制度机制风险"],
            ["防控措施：维修项目提交站务会研究，结果公示。"],
            ["风险点2：接受施工队伍宴请；风险等级：三级"], ["防控措施：签订廉洁承诺书。"]]  # fmt: skip
    merges = ["A3:D3", "A4:D4", "A5:D5", "A6:D6"]
    got = run(tmp_path / "card", {"S": rows}, {"S": merges})
    assert got.risks[["risk_point", "risk_level", "measures"]].values.tolist() == [
        ["维修项目指定施工队伍", "Ⅰ级", "维修项目提交站务会研究，结果公示。"],
        ["接受施工队伍宴请", "Ⅲ级", "签订廉洁承诺书。"]]  # fmt: skip


def test_a_field_of_printed_options_takes_the_ticked_one(tmp_path):
    # '所在股室 | 办公室□　财务股☑　审批股□', '职务 | ☑股长　□副股长　□科员': the options
    # are printed on every copy and only the tick moves, boxes after the words or before them
    def card(name, dept, post):
        depts = "　".join(f"{d}{'☑' if d == dept else '□'}" for d in ("办公室", "财务股", "审批股"))
        posts = "　".join(f"{'√' if p == post else '□'}{p}" for p in ("股长", "副股长", "科员"))
        return [["XX县林业局岗位廉政风险自查表"], ["姓名", name], ["所在股室", depts],
                ["职务", posts], ["序号", "风险点", "风险等级", "防控措施"],
                [1, "审批把关不严", "中", "双人审核"]]  # fmt: skip

    merges = ["B2:D2", "B3:D3", "B4:D4"]
    got = run(tmp_path / "boxes", {"冼书白": card("冼书白", "财务股", "股长"),
              "阙知微": card("阙知微", "审批股", "科员")}, {"冼书白": merges, "阙知微": merges})  # fmt: skip
    assert got.posts[["department", "title", "person", "tier"]].values.tolist() == [
        ["财务股", "股长", "冼书白", "中层岗位"], ["审批股", "科员", "阙知微", "一般岗位"]]  # fmt: skip
    # nothing ticked: the field says nothing, the printed options are no 科室
    got = run(tmp_path / "none", {"S": [["XX县林业局岗位廉政风险自查表"], ["姓名", "冼书白"],
              ["所在股室", "□办公室　□财务股"], ["职务", "股长"], ["序号", "风险点", "风险等级", "防控措施"],
              [1, "审批把关不严", "中", "双人审核"]]})  # fmt: skip
    assert got.posts["department"].tolist() == [""]


def test_a_point_naming_its_measures_by_number(tmp_path):
    # a holder's measures written once, numbered, merged down over his points; each point ends
    # with the numbers of its own ('（措施：1—2）', '(见防控措施第3条)')
    measures = "1.项目评审专家随机抽取。\n2.评审结果公示五个工作日。\n3.资金拨付凭验收单据，\n财务复核后支付。"
    rows = [["XX县科技局岗位廉政风险防控一览表"], ["序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "项目股", "股长", "冼书白", "科技项目评审暗箱操作（措施：1—2）", "高", measures],
            [2, "", "", "", "项目资金拨付优亲厚友(见防控措施第3条)", "中", ""],
            [3, "", "", "", "项目验收中措施不力，降低标准（措施不力）", "低", ""],
            [4, "", "", "", "接受申报单位宴请（对应措施5）", "低", ""]]  # fmt: skip
    merges = ["B3:B6", "C3:C6", "D3:D6", "G3:G6"]
    got = run(tmp_path, {"S": rows}, {"S": merges})
    assert got.risks[["risk_point", "measures"]].values.tolist() == [
        ["科技项目评审暗箱操作", "1.项目评审专家随机抽取。\n2.评审结果公示五个工作日。"],
        ["项目资金拨付优亲厚友", "3.资金拨付凭验收单据，财务复核后支付。"],
        ["项目验收中措施不力，降低标准（措施不力）", measures],  # (no numbers: no reference)
        ["接受申报单位宴请", measures],  # (no item 5: the measures stay whole)
    ]


def test_measures_written_as_codes_of_a_catalogue(tmp_path):
    # '防控措施 | FK-2、FK-1' with the catalogue on a sheet of its own ('编码 | 措施内容')
    rows = [["XX县民政局岗位廉政风险防控一览表"], ["序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "社会救助股", "股长", "冼书白", "低保审核优亲厚友", "高", "FK-2、FK-1"],
            [2, "社会救助股", "科员", "阙知微", "临时救助资金发放不及时", "低", "FK-3"]]  # fmt: skip
    book = [["编码", "措施内容"], ["FK-1", "入户核查双人进行。"], ["FK-2", "审批结果张榜公示。"],
            ["FK-3", "救助资金社会化发放。"]]  # fmt: skip
    got = run(tmp_path / "apart", {"一览表": rows, "措施编码": book})
    assert got.risks["measures"].tolist() == [
        "审批结果张榜公示。\n入户核查双人进行。",
        "救助资金社会化发放。",
    ]
    assert "MEASURES_BY_CODE" in got.issues["code"].tolist()
    # the catalogue under the list on the same sheet is its legend, no rows out of place
    below = [[], ["附：措施代码说明"], ["代码", "防控措施"], ["FK-1", "入户核查双人进行。"],
             ["FK-2", "审批结果张榜公示。"], ["FK-3", "救助资金社会化发放。"]]  # fmt: skip
    got = run(tmp_path / "under", {"一览表": rows + below})
    assert got.risks["measures"].tolist()[1] == "救助资金社会化发放。"
    assert "ROW_UNPLACED" not in got.issues["code"].tolist()
    # a code the catalogue does not give: the codes stay as written
    short = [r[:] for r in rows]
    short[3][6] = "FK-4"
    got = run(tmp_path / "short", {"一览表": short, "措施编码": book})
    assert got.risks["measures"].tolist() == ["FK-2、FK-1", "FK-4"]
    assert "MEASURES_BY_CODE" not in got.issues["code"].tolist()


def test_a_tree_in_one_column_names_each_posts_part(tmp_path):
    # '科室／岗位／风险点' in one column: a 科室 alone, then '股长　冼书白', then his points
    gap = "\u3000"
    rows = [["XX县档案馆岗位廉政风险防控清单"], ["序号", "部门／岗位／风险点", "风险等级", "防控措施"],
            ["", "馆领导", "", ""], ["", f"馆长{gap}欧阳澄", "", ""], [1, "档案开放审核打招呼", "高", "集体审核"],
            ["", "保管利用股", "", ""], ["", f"股长{gap}冼书白", "", ""], [2, "违规借阅档案", "中", "借阅登记"],
            ["", f"科员{gap}阙知微", "", ""], [3, "档案数字化外包验收不严", "低", "双人验收"]]  # fmt: skip
    got = run(tmp_path / "tree", {"S": rows})
    assert got.posts[["department", "title", "person"]].values.tolist() == [
        ["馆领导", "馆长", "欧阳澄"], ["保管利用股", "股长", "冼书白"], ["保管利用股", "科员", "阙知微"]]  # fmt: skip
    assert got.risks["risk_point"].tolist() == [
        "档案开放审核打招呼",
        "违规借阅档案",
        "档案数字化外包验收不严",
    ]
    # a 科室's name alone over a point, no post line under it: a point left blank, as written
    rows = [["XX县档案馆岗位廉政风险防控清单"], ["序号", "岗位", "风险点", "风险等级", "防控措施"],
            [1, "馆长", "档案开放审核打招呼", "高", "集体审核"], ["", "", "保管利用股", "", ""],
            [2, "股长", "违规借阅档案", "中", "借阅登记"]]  # fmt: skip
    got = run(tmp_path / "plain", {"S": rows})
    assert "保管利用股" in got.risks["risk_point"].tolist()


def test_what_the_sixty_eighth_review_found(tmp_path):
    # a count of measures in a point's bracket ('（措施2项）') names no item: the measures stay
    rows = [["XX县住建局岗位廉政风险防控一览表"], ["序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "工程股", "股长", "冼书白", "工程招标暗箱操作（措施2项）", "高", "1.招标进场交易。\n2.专家随机抽取。"],
            [2, "工程股", "股长", "冼书白", "设计变更把关不严（落实措施3项）", "中", "1.变更集体研究。\n2.结果公示。\n3.纪检监督。"]]  # fmt: skip
    got = run(tmp_path / "count", {"S": rows})
    assert got.risks["measures"].tolist() == [
        "1.招标进场交易。\n2.专家随机抽取。",
        "1.变更集体研究。\n2.结果公示。\n3.纪检监督。",
    ]

    def card(dept, post="站长", line=None):
        head = [[line]] if line else [["姓名", "冼书白"], ["所在科室", dept], ["职务", post]]
        return [["XX县林业局岗位廉政风险防控卡"], *head, ["序号", "风险点", "风险等级", "防控措施"],
                [1, "审批把关不严", "中", "双人审核"]]  # fmt: skip

    merges = ["B2:D2", "B3:D3", "B4:D4"]
    # '○○镇林业站': a place left to fill in, no options
    got = run(tmp_path / "masked", {"S": card("○○镇林业站", "○○股股长")}, {"S": merges})
    assert got.posts[["department", "title"]].values.tolist() == [["○○镇林业站", "○○股股长"]]
    # how to tick, in the cell: no option
    got = run(tmp_path / "how", {"S": card("☑财务股　□办公室（请在□内打√）")}, {"S": merges})
    assert got.posts["department"].tolist() == ["财务股"]
    # the options on a line of fields
    line = "姓名：冼书白　所在科室：□办公室 ☑财务股　职务：☑股长 □科员"
    got = run(tmp_path / "line", {"S": card("", line=line)}, {"S": ["A2:D2"]})
    assert got.posts[["department", "title", "person"]].values.tolist() == [
        ["财务股", "股长", "冼书白"]
    ]
    # a catalogue whose columns stand under the list's 序号 and 股室: its rows are no list rows
    rows = [["XX县民政局岗位廉政风险防控一览表"], ["序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "救助股", "股长", "冼书白", "低保审核优亲厚友", "高", "A1、B2"],
            [2, "救助股", "科员", "阙知微", "临时救助发放不及时", "低", "B1"], [],
            ["附：措施代码说明"], ["代码", "防控措施"], ["A1", "入户核查双人进行。"], ["B1", "救助资金社会化发放。"],
            ["B2", "审批结果张榜公示。"]]  # fmt: skip
    got = run(tmp_path / "under", {"S": rows})
    assert got.risks["measures"].tolist()[0] == "入户核查双人进行。\n审批结果张榜公示。"
    assert not {"POINT_BLANK", "ROW_UNPLACED"} & set(got.issues["code"])
    # a catalogue in two parts, on a sheet of its own
    rows = [["XX县民政局岗位廉政风险防控一览表"], ["序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "救助股", "股长", "冼书白", "低保审核优亲厚友", "高", "TY1、ZX1"],
            [2, "救助股", "科员", "阙知微", "临时救助发放不及时", "低", "TY2、ZX2"]]  # fmt: skip
    book = [["一、通用措施"], ["代码", "防控措施"], ["TY1", "集体研究。"], ["TY2", "首问负责。"], [],
            ["二、专项措施"], ["代码", "防控措施"], ["ZX1", "双人核查。"], ["ZX2", "社会化发放。"]]  # fmt: skip
    got = run(tmp_path / "parts", {"一览表": rows, "措施代码表": book})
    assert got.risks["measures"].tolist() == ["集体研究。\n双人核查。", "首问负责。\n社会化发放。"]
    # a 科室 over a post line the reader does not take for a post and holder: no empty post made
    rows = [["XX县统计局岗位廉政风险防控清单"], ["序号", "部门／岗位／风险点", "风险等级", "防控措施"],
            ["", "办公室", "", ""], ["", "主任：阙知微", "", ""], [1, "公务接待超标准", "中", "公函接待"]]  # fmt: skip
    got = run(tmp_path / "colon", {"S": rows})
    assert "办公室" in got.risks["risk_point"].tolist()


def test_a_point_written_out_again_on_each_measures_row(tmp_path):
    # a row a measure, the point, its post, type and level typed out again on each, unmerged
    rows = [["XX县文化馆岗位廉政风险防控一览表"],
            ["序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", "措施编号", "防控措施"],
            [1, "馆长", "冼书白", "演出采购指定承办方", "制度机制", "高", 1, "馆务会集体研究。"],
            [1, "馆长", "冼书白", "演出采购指定承办方", "制度机制", "高", 2, "三家以上比选。"],
            [2, "会计", "阙知微", "虚列活动经费", "业务流程", "中", 1, "凭签到表报销。"],
            [3, "会计", "阙知微", "虚列活动经费", "业务流程", "低", 1, "每季度内审。"]]  # fmt: skip
    got = run(tmp_path / "again", {"S": rows})
    assert got.risks[["risk_point", "measures"]].values.tolist() == [
        ["演出采购指定承办方", "馆务会集体研究。\n三家以上比选。"],
        ["虚列活动经费", "凭签到表报销。"],  # (another 序号 and level: a point of its own)
        ["虚列活动经费", "每季度内审。"]]  # fmt: skip
    assert "POINT_ROWS_JOINED" in got.issues["code"].tolist()


def test_a_department_written_as_its_directory_path(tmp_path):
    # a system's export: '部门' the path in its staff directory, the body first
    rows = [["序号", "姓名", "部门", "职务", "风险点", "风险等级", "防控措施"],
            [1, "冼书白", "XX县财政局／局领导", "局长", "预算分配打招呼", "高", "集体研究"],
            [2, "阙知微", "XX县财政局／机关股室／预算股", "股长", "预算追加把关不严", "中", "双人审核"],
            [3, "欧阳澄", "办公室/财务室", "会计", "报销审核不严", "低", "三签"]]  # fmt: skip
    got = run(tmp_path, {"Sheet1": rows})
    assert got.posts[["unit", "department", "title"]].values.tolist()[:2] == [
        ["XX县财政局", "局领导", "局长"], ["XX县财政局", "预算股", "股长"]]  # fmt: skip
    assert got.posts["department"].tolist()[2] == "办公室/财务室"  # (two parts named together)


def test_an_empty_level_cell_a_note_gives_a_level(tmp_path):
    # only the higher levels written, a note saying an empty cell is the lowest
    rows = [["XX县档案馆岗位廉政风险防控一览表"], ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "馆长", "冼书白", "档案开放审核打招呼", "高", "集体审核"],
            [2, "馆长", "冼书白", "职工考核优亲厚友", "", "考核公示"],
            [3, "科员", "阙知微", "违规借阅档案", "中", "借阅登记"],
            ["注：风险等级只标高、中两级，未填写的为低风险。"]]  # fmt: skip
    got = run(tmp_path / "note", {"S": rows}, {"S": ["A6:F6"]})
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅲ级", "Ⅱ级"]
    assert "LEVEL_BLANK_BY_NOTE" in got.issues["code"].tolist()
    assert "LEVEL_BLANK" not in got.issues["code"].tolist()
    # a note asking for empty cells to be filled in gives none a level
    rows[-1] = ["注：风险等级空白的请补填。"]
    got = run(tmp_path / "ask", {"S": rows}, {"S": ["A6:F6"]})
    assert got.risks["risk_level"].tolist()[1] == ""
    assert "LEVEL_BLANK" in got.issues["code"].tolist()


def test_a_tag_opening_the_point_names_its_part(tmp_path):
    # no 科室 column: '〔办公室〕…' opens each point with the row's 科室
    rows = [["XX县文化馆岗位廉政风险防控一览表"], ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "股长", "冼书白", "〔办公室〕公务用车私用", "中", "派车登记"],
            [2, "股长", "阙知微", "[财务股]报销审核不严", "高", "三签"],
            [3, "科员", "欧阳澄", "【立案环节】违规立案", "低", "集体审核"]]  # fmt: skip
    got = run(tmp_path, {"S": rows})
    assert got.posts[["department", "title", "person"]].values.tolist() == [
        ["办公室", "股长", "冼书白"], ["财务股", "股长", "阙知微"], ["", "科员", "欧阳澄"]]  # fmt: skip
    assert got.risks["risk_point"].tolist() == [
        "公务用车私用",
        "报销审核不严",
        "【立案环节】违规立案",
    ]


def test_a_tree_exported_flat_by_parent_codes(tmp_path):
    # a platform's export: a row a node, each naming its parent's code only
    head = [
        "序号",
        "代码",
        "上级代码",
        "类别",
        "名称",
        "负责人",
        "风险类别",
        "风险级别",
        "防控措施",
    ]
    rows = [["XX县档案馆风险防控台账"], head,
            [1, "A", "0", "单位", "XX县档案馆", "", "", "", ""],
            [2, "A1", "A", "部门", "保管利用股", "", "", "", ""],
            [3, "A2", "A", "部门", "馆领导", "", "", "", ""],
            [4, "A21", "A2", "岗位", "馆长", "欧阳澄", "", "", ""],
            [5, "A11", "A1", "岗位", "股长", "冼书白", "", "", ""],
            [6, "A211", "A21", "风险点", "档案开放审核中接受请托、打招呼放宽条件", "", "制度机制", "高", "开放审核经馆务会集体研究，结果公示。"],
            [7, "A111", "A11", "风险点", "违规为他人借阅、复制未开放档案", "", "岗位职责", "中", "借阅实行登记审批，每月抽查。"],
            [8, "A212", "A21", "风险点", "职工年度考核和评先评优中优亲厚友", "", "思想道德", "低", "考核细则和结果在馆内公示。"]]  # fmt: skip
    got = run(tmp_path / "tree", {"S": rows})
    assert got.risks[["department", "title", "person", "risk_point"]].values.tolist() == [
        ["馆领导", "馆长", "欧阳澄", "档案开放审核中接受请托、打招呼放宽条件"],
        ["馆领导", "馆长", "欧阳澄", "职工年度考核和评先评优中优亲厚友"],
        ["保管利用股", "股长", "冼书白", "违规为他人借阅、复制未开放档案"]]  # fmt: skip
    assert set(got.posts["unit"]) == {"XX县档案馆"}
    # a parent the table does not hold: no tree, the rows as written
    broken = [r[:] for r in rows]
    broken[6][2] = "B9"
    got = run(tmp_path / "broken", {"S": broken})
    assert "馆长" in got.risks["risk_point"].tolist()


def test_a_level_column_asking_yes_or_no(tmp_path):
    # '是否重大风险 | 是/否' with a note for 否; the answers are the levels
    rows = [["XX县档案馆岗位廉政风险排查表"], ["序号", "岗位", "姓名", "廉政风险点", "是否重大风险", "防控措施"],
            [1, "馆长", "冼书白", "档案开放审核接受请托", "是", "集体审核"],
            [2, "科员", "阙知微", "违规借阅档案", "否", "借阅登记"],
            ["注：填“是”的为重大风险（Ⅰ级），填“否”的为一般风险（Ⅲ级）。"]]  # fmt: skip
    got = run(tmp_path / "note", {"S": rows}, {"S": ["A5:F5"]})
    assert got.risks[["risk_point", "risk_level"]].values.tolist() == [
        ["档案开放审核接受请托", "Ⅰ级"], ["违规借阅档案", "Ⅲ级"]]  # fmt: skip
    assert "LEVEL_BY_QUESTION" in got.issues["code"].tolist()
    # no note for 否: 是 is the level asked of, 否 stays as written and is reported
    got = run(tmp_path / "bare", {"S": rows[:-1]})
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", ""]
    assert "LEVEL_UNKNOWN" in got.issues["code"].tolist()


def test_points_parted_by_semicolons_the_heading_declares(tmp_path):
    rows = [["XX县档案馆岗位廉政风险排查表"],
            ["序号", "岗位", "姓名", "风险等级", "风险点（多个风险点以分号分隔）", "防控措施"],
            [1, "馆长", "冼书白", "高", "档案开放审核接受请托；基建项目指定施工队伍", "集体审核；公开招标"],
            [2, "科员", "阙知微", "低", "违规借阅档案；泄露档案信息", "借阅登记，专人保管"],
            [3, "科员", "阙知微", "中", "数字化外包验收不严，以次充好", "双人验收"]]  # fmt: skip
    got = run(tmp_path / "split", {"S": rows})
    assert got.risks[["risk_point", "risk_level", "measures"]].values.tolist() == [
        ["档案开放审核接受请托", "Ⅰ级", "集体审核"], ["基建项目指定施工队伍", "Ⅰ级", "公开招标"],
        ["违规借阅档案", "Ⅲ级", "借阅登记，专人保管"], ["泄露档案信息", "Ⅲ级", "借阅登记，专人保管"],
        ["数字化外包验收不严，以次充好", "Ⅱ级", "双人验收"]]  # fmt: skip
    # no such heading: a '；' inside a point is part of it
    rows[1][4] = "风险点"
    got = run(tmp_path / "plain", {"S": rows})
    assert "档案开放审核接受请托；基建项目指定施工队伍" in got.risks["risk_point"].tolist()


def test_what_the_sixty_ninth_review_found(tmp_path):
    def points(name, rows, merges=None):
        return run(tmp_path / name, {"S": rows}, {"S": merges} if merges else None).risks

    # the same words under another matter, or of another unit, are another point
    rows = [["XX县民政局岗位廉政风险防控一览表"], ["岗位", "姓名", "工作事项", "风险点", "风险等级", "防控措施"],
            ["科员", "冼书白", "低保审核", "优亲厚友", "高", "入户核查双人进行"],
            ["科员", "冼书白", "临时救助审批", "优亲厚友", "高", "审批结果张榜公示"],
            ["科员", "冼书白", "医疗救助", "虚报冒领", "中", "社会化发放"]]  # fmt: skip
    assert len(points("matter", rows)) == 3
    rows = [["XX县各镇岗位廉政风险防控汇总表"], ["序号", "单位", "岗位", "风险点", "风险等级", "防控措施"],
            [1, "城关镇", "镇长", "工程项目插手干预", "高", "镇党委会集体研究"],
            [1, "河庄镇", "镇长", "工程项目插手干预", "高", "项目进场公开招标"],
            [2, "河庄镇", "镇长", "违规审批宅基地", "中", "审批公示"]]  # fmt: skip
    assert len(points("units", rows)) == 3
    # a path: the last body is the unit, a post at its end no 科室
    rows = [["序号", "姓名", "部门", "职务", "风险点", "风险等级", "防控措施"],
            [1, "冼书白", "县卫健局/县人民医院", "院长", "药品采购收受回扣", "高", "集中带量采购"],
            [2, "阙知微", "XX县财政局/预算股/股长", "股长", "预算追加把关不严", "中", "双人审核"]]  # fmt: skip
    got = run(tmp_path / "paths", {"Sheet1": rows}).posts
    assert got[["unit", "department"]].values.tolist() == [
        ["县人民医院", ""],
        ["XX县财政局", "预算股"],
    ]
    # a note giving blanks two levels, or speaking of another column: no level given
    body = [["XX县档案馆岗位廉政风险防控一览表"], ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "馆长", "冼书白", "档案开放审核打招呼", "高", "集体审核"],
            [2, "馆长", "冼书白", "职工考核优亲厚友", "", "考核公示"]]  # fmt: skip
    for name, note in (("two", "注：风险等级栏只填高风险，未填写的为中、低风险，由科室自行把握。"),
                       ("other", "注：1.风险等级分高、中、低三级；2.影响程度空白的为一般。")):  # fmt: skip
        assert points(name, [*body, [note]], ["A5:F5"])["risk_level"].tolist() == ["Ⅰ级", ""], name
    # a tag in a list with a 科室 column stays in the point
    rows = [["XX县教育局岗位廉政风险防控一览表"], ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "", "局长", "冼书白", "【财务股】大额资金审批把关不严", "高", "集体研究"],
            [2, "人事股", "股长", "阙知微", "公章管理不严", "中", "用印登记"]]  # fmt: skip
    got = points("tag", rows)
    assert got["risk_point"].tolist()[0] == "【财务股】大额资金审批把关不严"
    assert got["department"].tolist()[0] == ""
    # a tree's point rows keep the post they write themselves; matters over points are no tree
    rows = [["XX县档案馆风险防控台账"], ["编号", "上级编号", "类别", "名称", "岗位", "责任人", "风险级别", "防控措施"],
            ["A", "0", "单位", "XX县档案馆", "", "", "", ""], ["A1", "A", "部门", "保管利用股", "", "", "", ""],
            ["A11", "A1", "风险点", "违规为他人借阅、复制未开放档案", "股长", "冼书白", "中", "借阅实行登记审批，每月抽查。"],
            ["A12", "A1", "风险点", "档案数字化外包验收不严，以次充好", "科员", "阙知微", "低", "验收两人以上，逐项核对。"]]  # fmt: skip
    got = points("own", rows)
    assert got[["department", "title"]].values.tolist() == [
        ["保管利用股", "股长"],
        ["保管利用股", "科员"],
    ]
    rows = [["XX县自然资源局廉政风险点排查表"], ["编号", "所属编号", "科室", "岗位", "责任人", "风险点", "风险等级", "防控措施"],
            ["1", "", "", "", "", "土地出让", "", ""],
            ["1.1", "1", "利用股", "股长", "冼书白", "出让底价泄露", "高", "底价集体确定"],
            ["2", "", "", "", "", "不动产登记", "", ""],
            ["2.1", "2", "登记中心", "主任", "阙知微", "违规办理登记", "中", "双人审核"]]  # fmt: skip
    got = points("matters", rows)
    assert {tuple(x) for x in got[["department", "title"]].values.tolist()} >= {
        ("利用股", "股长"),
        ("登记中心", "主任"),
    }
    # '；' parting how one point shows is no parting of points; levels parted as the points are
    rows = [["XX县档案馆岗位廉政风险排查表"], ["序号", "岗位", "姓名", "风险点（表现形式用“；”隔开）", "风险等级", "防控措施"],
            [1, "馆长", "冼书白", "档案开放审核接受请托；放宽开放条件", "高", "集体审核"]]  # fmt: skip
    assert len(points("forms", rows)) == 1
    rows = [["XX县档案馆岗位廉政风险排查表"], ["序号", "岗位", "姓名", "风险点（多个风险点用“；”隔开）", "风险等级", "防控措施"],
            [1, "馆长", "冼书白", "档案开放审核接受请托；职工考核优亲厚友", "高；低", "集体审核；考核公示"]]  # fmt: skip
    assert points("levels", rows)["risk_level"].tolist() == ["Ⅰ级", "Ⅲ级"]


@pytest.mark.parametrize(
    "name, expected",
    [
        # ovals drawn 4 pixels past their row's bottom edge, and 1 pixel into the next column
        ("t2_cross", [("局长", "滕霁野", "Ⅰ级"), ("副局长", "阚朔川", "Ⅱ级"), ("科长", "卜沅芷", "Ⅲ级"), ("科员", "訾澹宁", "Ⅰ级")]),
        ("t2_wide", [("局长", "滕霁野", "Ⅰ级"), ("副局长", "阚朔川", "Ⅱ级"), ("科长", "卜沅芷", "Ⅲ级"), ("科员", "訾澹宁", "Ⅰ级")]),
        # combo boxes whose top edge sits 3 pixels into the row above: the lower row's
        ("t3_up", [("局长", "阙听澜", "Ⅰ级"), ("局长", "阙听澜", "Ⅱ级"), ("股长", "龚砚池", "Ⅱ级"), ("测绘员", "佟若谷", "Ⅲ级"), ("队长", "栾望舒", "Ⅰ级")]),
        # formulas without stored results on the last two rows only (a system appending rows)
        ("t5_few", [("局长", "钭翊昶", "Ⅰ级"), ("科长", "訾淼琛", "Ⅲ级"), ("科员", "眭珏岷", "Ⅱ级"), ("主任", "笪炜珺", "Ⅱ级"), ("科员", "钱多多", "Ⅱ级"), ("会计", "孙小梅", "Ⅰ级")]),
    ],
)  # fmt: skip
def test_what_the_seventieth_review_found(tmp_path, name, expected):
    """The reviewer's own workbooks (tests/data/review70/), written outside our writers."""
    import shutil

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(Path(__file__).parent / "data" / "review70" / f"{name}.xlsx", inbox / "t.xlsx")
    config = load_config()
    got = assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])
    assert [
        tuple(x) for x in got.risks[["title", "person", "risk_level"]].values.tolist()
    ] == expected


def test_points_listed_on_in_one_line_by_ordinals(tmp_path):
    # '一是…；二是…' and '（1）…；（2）…' in one cell: a point each, the row's level theirs
    rows = [["XX县档案馆岗位廉政风险责任清单"], ["序号", "岗位", "姓名", "岗位职责", "廉政风险点", "风险等级", "防控措施"],
            [1, "馆长", "冼书白", "档案开放", "一是开放审核接受请托；二是放宽开放条件。", "高", "集体审核"],
            [2, "科员", "阙知微", "档案利用", "（1）违规为他人借阅档案；（2）私自复制未开放档案", "中", "借阅登记"],
            [3, "科员", "阙知微", "档案保管", "一是库房巡查走过场", "低", "巡查留痕"]]  # fmt: skip
    got = run(tmp_path, {"S": rows})
    assert got.risks[["risk_point", "risk_level"]].values.tolist() == [
        ["开放审核接受请托", "Ⅰ级"], ["放宽开放条件", "Ⅰ级"], ["违规为他人借阅档案", "Ⅱ级"],
        ["私自复制未开放档案", "Ⅱ级"], ["一是库房巡查走过场", "Ⅲ级"]]  # fmt: skip


def test_posts_named_by_labels_above_the_table(tmp_path):
    # '主　岗 | 会计 | 兼　岗 | 出纳' above; the 岗位 column writes only '主岗' or '兼岗'
    rows = [["XX镇财政所岗位廉政风险自查表"], ["姓　名", "冼书白", "所在单位", "XX镇财政所"],
            ["主　岗", "会计", "兼　岗", "出纳"], ["序号", "岗位", "风险点", "风险等级", "防控措施"],
            [1, "主岗", "虚列支出套取资金", "高", "凭证三签"], [2, "兼岗", "坐支现金", "中", "日清月结"],
            [3, "主岗", "往来款长期挂账", "低", "季度清理"]]  # fmt: skip
    got = run(tmp_path, {"S": rows})
    assert got.posts[["title", "person"]].values.tolist() == [
        ["会计", "冼书白"],
        ["出纳", "冼书白"],
    ]
    assert got.posts["n_risks"].tolist() == [2, 1]
    assert "ROW_UNPLACED" not in got.issues["code"].tolist()


def test_the_posts_of_a_tables_holders_in_lines_above_it(tmp_path):
    # '冼书白　办公室主任，负责…' above a table whose 责任人 column names only the people
    rows = [["XX县档案馆廉政风险防控一览表"], ["一、人员分工"],
            ["冼书白　馆长，主持全面工作。"], ["阙知微　保管利用股股长，负责档案保管利用。"],
            ["欧阳澄　保管利用股科员，负责档案借阅登记。"], ["二、廉政风险点"],
            ["序号", "责任人", "风险点", "风险等级", "防控措施"],
            [1, "冼书白", "档案开放审核接受请托", "高", "集体审核"], [2, "阙知微", "违规借阅档案", "中", "借阅登记"],
            [3, "欧阳澄", "借阅登记不实", "低", "每月抽查"]]  # fmt: skip
    merges = [f"A{r}:E{r}" for r in range(2, 7)]
    got = run(tmp_path, {"S": rows}, {"S": merges})
    assert got.posts[["department", "title", "person"]].values.tolist() == [
        ["", "馆长", "冼书白"], ["保管利用股", "股长", "阙知微"], ["保管利用股", "科员", "欧阳澄"]]  # fmt: skip


@pytest.mark.parametrize(
    "name, expected",
    [
        # combo boxes at the bottom of tall rows, spilling 5 pixels down: their own row's
        ("c_tall_controls", [("局长", "阙听澜", "Ⅰ级"), ("局长", "阙听澜", "Ⅱ级"), ("股长", "龚砚池", "Ⅱ级"), ("测绘员", "佟若谷", "Ⅲ级"), ("队长", "栾望舒", "Ⅰ级")]),
        # a rectangle exactly over two rows marks neither; an oval ending on a border, most of it
        # in the lower row, marks the lower
        ("e_rect_two_rows_fit", [("局长", "滕霁野", ""), ("副局长", "阚朔川", ""), ("科长", "卜沅芷", "Ⅲ级"), ("科员", "訾澹宁", "Ⅰ级")]),
        ("g_mostly_lower_border_end", [("局长", "滕霁野", ""), ("副局长", "阚朔川", "Ⅱ级"), ("科长", "卜沅芷", "Ⅲ级"), ("科员", "訾澹宁", "Ⅰ级")]),
    ],
)  # fmt: skip
def test_what_the_seventy_first_review_found_in_drawings(tmp_path, name, expected):
    """The reviewer's own workbooks (tests/data/review71/)."""
    import shutil

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(Path(__file__).parent / "data" / "review71" / f"{name}.xlsx", inbox / "t.xlsx")
    config = load_config()
    got = assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])
    assert [
        tuple(x) for x in got.risks[["title", "person", "risk_level"]].values.tolist()
    ] == expected


def test_what_the_seventy_first_review_found(tmp_path):
    # staff lines give the post; the 科室 a row writes itself stays
    rows = [["XX县档案馆廉政风险防控一览表"], ["冼书白　馆长，主持全面工作。"], ["阙知微　保管利用股股长，负责档案保管利用。"],
            ["欧阳澄　保管利用股科员，负责借阅登记。"], ["序号", "科室", "责任人", "风险点", "风险等级", "防控措施"],
            [1, "馆领导", "冼书白", "档案开放审核接受请托", "高", "集体审核"], [2, "保管利用股", "阙知微", "违规借阅档案", "中", "借阅登记"],
            [3, "办公室", "欧阳澄", "公章管理不严", "低", "用印登记"]]  # fmt: skip
    got = run(tmp_path / "staff", {"S": rows}, {"S": ["A2:F2", "A3:F3", "A4:F4"]})
    assert got.posts["department"].tolist() == ["馆领导", "保管利用股", "办公室"]
    # ordinals under '风险点及防控措施' number the point's measures, no points
    rows = [["XX县档案馆岗位廉政风险防控表"], ["序号", "岗位", "姓名", "风险点及防控措施", "风险等级"],
            [1, "股长", "冼书白", "1.资质审核把关不严；2.严格执行集体研究制度；3.实行双人审核", "高"]]  # fmt: skip
    assert len(run(tmp_path / "both", {"S": rows}).risks) == 1
    # a label worded otherwise than the column ('主　岗' over '主岗位', '本职岗位' over '本职')
    for name, labels, marks in (("worded", ("主　岗", "兼　岗"), ("主岗位", "兼岗位")),
                                ("own", ("本职岗位", "兼职岗位"), ("本职", "兼职"))):  # fmt: skip
        rows = [["XX镇财政所岗位廉政风险自查表"], ["姓　名", "冼书白", "所在单位", "XX镇财政所"],
                [labels[0], "会计", labels[1], "出纳"], ["序号", "岗位", "风险点", "风险等级", "防控措施"],
                [1, marks[0], "虚列支出套取资金", "高", "凭证三签"], [2, marks[1], "坐支现金", "中", "日清月结"]]  # fmt: skip
        assert run(tmp_path / name, {"S": rows}).posts["title"].tolist() == ["会计", "出纳"], name
    # other ordinals, and levels and measures parted alike
    rows = [["XX县档案馆岗位廉政风险防控一览表"], ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
            [1, "股长", "冼书白", "（一）违规审批档案查阅；（二）优亲厚友", "高；中", "（1）集体研究；（2）结果公示"],
            [2, "科员", "阙知微", "①违规借阅档案；②私自复制档案", "低", "借阅登记"]]  # fmt: skip
    got = run(tmp_path / "ordinals", {"S": rows})
    # (circled items under one level stay one point: batch 148's convention)
    assert got.risks[["risk_point", "risk_level", "measures"]].values.tolist() == [
        ["违规审批档案查阅", "Ⅰ级", "集体研究"], ["优亲厚友", "Ⅱ级", "结果公示"],
        ["①违规借阅档案；②私自复制档案", "Ⅲ级", "借阅登记"]]  # fmt: skip


def test_what_the_seventy_second_review_found(tmp_path):
    import xlsxwriter

    def bold_rows(name, note):
        inbox = tmp_path / name / "inbox"
        inbox.mkdir(parents=True)
        wb = xlsxwriter.Workbook(str(inbox / "t.xlsx"))
        ws = wb.add_worksheet("一览表")
        bold = wb.add_format({"bold": True})
        ws.write_row(0, 0, ["XX县交通运输局岗位廉政风险防控一览表"])
        ws.write_row(1, 0, ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "防控措施"])
        rows = [[1, "办公室", "主任", "冼书白", "公务接待超标准", "岗位职责", "严格执行接待标准"],
                [2, "办公室", "科员", "阙知微", "办公用品采购吃回扣", "思想道德", "采购两人经办"],
                [3, "财务股", "股长", "欧阳澄", "违规报销差旅费", "制度机制", "报销集体审核"]]  # fmt: skip
        for r, row in enumerate(rows, 2):
            ws.write_row(r, 0, row, bold if r != 3 else None)
        ws.write_row(5, 0, [note])
        wb.close()
        config = load_config()
        return assemble(
            (read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox]
        )

    # a typeface note of people, posts, or two levels for the rest gives the points no level
    for name, note in (("people", "注：字体加粗的为中层干部岗位，其余为一般干部岗位。"),
                       ("two", "注：字体加粗的为高风险点，其余为中、低风险点。"),
                       ("either", "注：字体加粗的为一级风险点，其余为二级或三级风险点，具体见年度排查结果。"),
                       ("posts", "说明：加粗显示的为高风险岗位人员，其余为一般风险岗位。")):  # fmt: skip
        got = bold_rows(name, note)
        assert set(got.risks["risk_level"]) == {""}, name
        assert "LEVEL_TYPEFACE" not in got.issues["code"].tolist(), name
    # a sheet headed in codes beside a list that reads is no list lost
    rows = [["XX县档案馆岗位廉政风险防控一览表"], ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "馆长", "冼书白", "档案开放审核接受请托", "高", "集体审核"]]  # fmt: skip
    stats = [["Dept", "Level1", "Level2", "Total"], ["办公室", 0, 1, 1], ["保管利用股", 1, 0, 1]]
    got = run(tmp_path / "stats", {"一览表": rows, "数据": stats})
    assert "SHEET_FIELD_CODES" not in got.issues["code"].tolist()
    # measures parted by '；' with no ordinals of their own are all the row's points'
    rows = [["XX县市场监管局岗位廉政风险防控一览表"], ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
            [1, "登记注册科", "科长", "冼书白", "一是审批把关不严；二是审批超时限办理", "二级", "严格执行集体审批制度；加强纪检监督检查"]]  # fmt: skip
    got = run(tmp_path / "measures", {"S": rows})
    assert got.risks["measures"].tolist() == ["严格执行集体审批制度；加强纪检监督检查"] * 2


def test_codes_explained_in_the_page_footer(tmp_path):
    # the key to the type and level codes printed only in the page footer (页脚)
    rows = [["XX县档案馆岗位廉政风险防控一览表"], ["序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施"],
            [1, "馆长", "冼书白", "档案开放审核接受请托", "B", "H", "集体审核"],
            [2, "科员", "阙知微", "违规借阅档案", "C", "M", "借阅登记"]]  # fmt: skip
    footer = "&L类型代码：A—思想道德风险；B—制度机制风险；C—岗位职责风险&R等级代码：H—高风险；M—中风险；L—低风险"
    got = run(tmp_path, {"S": rows}, footers={"S": footer})
    assert got.risks[["risk_type", "risk_level"]].values.tolist() == [
        ["制度机制风险", "Ⅰ级"],
        ["岗位职责风险", "Ⅱ级"],
    ]


def test_a_cell_of_point_how_it_shows_and_measures(tmp_path):
    # '风险点、主要表现及防控措施' in one column: the point, '主要表现：…', '防控措施：…'
    rows = [["XX县档案馆岗位廉政风险防控一览表"], ["序号", "岗位", "姓名", "风险点、主要表现及防控措施", "风险等级"],
            [1, "馆长", "冼书白", "档案开放审核\n主要表现：接受请托放宽开放条件\n防控措施：开放审核集体研究，结果公示。", "高"],
            [2, "科员", "阙知微", "档案借阅\n主要表现：违规为他人借阅未开放档案\n防控措施：借阅登记审批。", "中"]]  # fmt: skip
    got = run(tmp_path, {"S": rows})
    assert got.risks[["risk_point", "description", "measures"]].values.tolist() == [
        ["档案开放审核", "接受请托放宽开放条件", "开放审核集体研究，结果公示。"],
        ["档案借阅", "违规为他人借阅未开放档案", "借阅登记审批。"]]  # fmt: skip


def test_posts_written_under_their_tiers_sub_heading(tmp_path):
    # '岗位' merged over '领导岗位 | 中层岗位 | 一般岗位', each post in its tier's column
    rows = [["XX县方志馆岗位廉政风险防控一览表"], ["序号", "岗位", "", "", "姓名", "风险点", "风险等级", "防控措施"],
            ["", "领导岗位", "中层岗位", "一般岗位", "", "", "", ""],
            [1, "馆长", "", "", "冼书白", "志书出版印刷指定印刷厂", "高", "公开比选"],
            [2, "", "主任", "", "阙知微", "公务接待超标准", "中", "事前审批"],
            [3, "", "", "编辑", "欧阳澄", "收受撰稿人好处", "低", "稿件三审"]]  # fmt: skip
    merges = ["A2:A3", "B2:D2", "E2:E3", "F2:F3", "G2:G3", "H2:H3"]
    got = run(tmp_path, {"S": rows}, {"S": merges})
    assert got.posts[["title", "person", "tier"]].values.tolist() == [
        ["馆长", "冼书白", "领导岗位"], ["主任", "阙知微", "中层岗位"], ["编辑", "欧阳澄", "一般岗位"]]  # fmt: skip


def test_short_names_a_note_expands(tmp_path):
    # '注：“执法队”指XX县城市管理综合执法大队；XX县环境卫生管理所（以下简称“环卫所”）'
    rows = [["XX县城市管理局机关及局属单位岗位廉政风险防控一览表"],
            ["注：“执法队”指XX县城市管理综合执法大队；XX县环境卫生管理所（以下简称“环卫所”）。"],
            ["序号", "科室（单位）", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "执法队", "队长", "冼书白", "执法检查吃拿卡要", "高", "双人执法"],
            [2, "环卫所", "所长", "阙知微", "保洁合同指定承包人", "中", "公开招标"],
            [3, "办公室", "主任", "欧阳澄", "公务接待超标准", "低", "事前审批"]]  # fmt: skip
    got = run(tmp_path, {"S": rows}, {"S": ["A2:G2"]})
    assert got.posts["department"].tolist() == ["城市管理综合执法大队", "环境卫生管理所", "办公室"]


def test_a_level_column_a_note_ties_to_its_values(tmp_path):
    # no level column; '检查周期' holds 每周/每月/每季, a note: '一级风险点每周检查一次，…'
    rows = [["XX县档案馆岗位廉政风险防控一览表"], ["序号", "岗位", "姓名", "风险点", "检查周期", "防控措施"],
            [1, "馆长", "冼书白", "档案开放审核接受请托", "每周", "集体审核"],
            [2, "科员", "阙知微", "违规借阅档案", "每月", "借阅登记"],
            [3, "科员", "阙知微", "库房巡查走过场", "每季", "巡查留痕"],
            ["注：一级风险点每周检查一次，二级风险点每月检查一次，三级风险点每季检查一次。"]]  # fmt: skip
    got = run(tmp_path, {"S": rows}, {"S": ["A6:F6"]})
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级", "Ⅲ级"]


def test_a_table_typed_one_line_a_cell(tmp_path):
    # pasted from a document and never split into columns: the fields parted by typed spaces
    gap = "  "
    rows = [["XX县方志馆岗位廉政风险防控一览表"],
            [gap.join(["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"])],
            [gap.join(["1", "馆长", "冼书白", "志书印刷指定印刷厂", "高", "公开比选"])],
            [gap.join(["2", "编辑", "阙知微", "收受撰稿人好处", "低", "稿件三审"])]]  # fmt: skip
    got = run(tmp_path, {"S": rows})
    assert got.risks[["title", "person", "risk_point", "risk_level"]].values.tolist() == [
        ["馆长", "冼书白", "志书印刷指定印刷厂", "Ⅰ级"], ["编辑", "阙知微", "收受撰稿人好处", "Ⅲ级"]]  # fmt: skip
    assert "ROWS_TYPED_IN_ONE_CELL" in got.issues["code"].tolist()


def test_a_unit_line_naming_the_body_over_it_first(tmp_path):
    # (445: '主管部门 | …林业局 | 单位名称 | …林场 | 填报时间 | …' over a list whose title names none)
    head = ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"]
    row = [1, "财务股", "会计", "阙知微", "票据审核不严", "高", "双人复核"]
    line = ["上级主管单位", "XX市文化和旅游局", "单位名称", "XX市群众艺术馆", "日期", "2024年4月", ""]  # fmt: skip
    got = run(tmp_path / "pairs", {"S": [["岗位廉政风险一览表"], line, head, row]})
    assert got.posts["unit"].tolist() == ["XX市群众艺术馆"]
    assert "ROW_UNPLACED" not in set(got.issues["code"])
    # the line without the unit's own label names no unit: the body over it is not taken
    line = ["主管部门", "XX市文化和旅游局", "日期", "2024年4月", "", "", ""]
    got = run(tmp_path / "over", {"S": [["岗位廉政风险一览表"], line, head, row]})
    assert got.posts["unit"].tolist() != ["XX市文化和旅游局"]
    # in one cell above the table, and in cells under it (review 74)
    line = ["上级主管单位：XX市文化和旅游局　　　单位名称：XX市群众艺术馆　　　日期：2024年4月"]
    got = run(tmp_path / "cell", {"S": [["岗位廉政风险一览表"], line, head, row]})
    assert got.posts["unit"].tolist() == ["XX市群众艺术馆"]
    line = ["主管部门", "XX市文化和旅游局", "单位名称", "XX市群众艺术馆", "日期", "2024年4月", ""]
    got = run(tmp_path / "under", {"S": [["岗位廉政风险一览表"], head, row, line]})
    assert got.posts[["unit", "title"]].values.tolist() == [["XX市群众艺术馆", "会计"]]
    assert not {"LEVEL_UNKNOWN", "MEASURES_BLANK"} & set(got.issues["code"])


def test_a_title_naming_what_the_list_covers_after_the_body():
    # (437: '…住房和城乡建设局机关股室及局属单位岗位廉政风险防控一览表' cut at 属)
    from xlproc.identity import unit_in_title

    assert unit_in_title("XX市自然资源局机关科室及局属单位岗位廉政风险一览表") == "XX市自然资源局"
    assert unit_in_title("XX区卫生健康委员会委属医院岗位廉洁风险排查表") == "XX区卫生健康委员会"
    assert unit_in_title("XX县文化和旅游局及所属单位廉政风险防控一览表") == "XX县文化和旅游局"
    # a body whose own name has 直属, 机关 in it keeps it
    assert unit_in_title("XX县直属机关工委岗位廉政风险一览表") == "XX县直属机关工委"
    assert unit_in_title("XX县机关事务服务中心岗位廉政风险一览表") == "XX县机关事务服务中心"


def test_measures_typed_one_a_cell_under_no_heading(tmp_path):
    # (439: '防控措施 | (none) | (none)' over '严格审批。 | 结果公示。 | 存档备查。')
    head = ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施", "", ""]
    rows = [["XX县审计局岗位廉政风险防控一览表"], head,
            [1, "经责股", "股长", "阙知微", "审计发现问题不如实报告", "高", "审计底稿双人复核。",
             "审计报告集体审定。", "问题清单全部移交。"],
            [2, "经责股", "科员", "冼书白", "接受被审计单位宴请", "中", "签订廉洁承诺书。",
             "审计组进点公示监督电话。", ""],
            [3, "办公室", "主任", "瞿望川", "公车私用", "低", "车辆统一调度登记。", "", ""]]  # fmt: skip
    got = run(tmp_path / "on", {"S": rows})
    assert got.risks["measures"].tolist() == [
        "审计底稿双人复核。\n审计报告集体审定。\n问题清单全部移交。",
        "签订廉洁承诺书。\n审计组进点公示监督电话。",
        "车辆统一调度登记。",
    ]
    codes = set(got.issues["code"])
    assert "MEASURES_ACROSS_COLUMNS" in codes and "CELL_OUTSIDE" not in codes
    # short notes, names or dates right of the measures are no measures: reported as before
    for k, extra in enumerate(
        (["已整改", "已整改"], ["阙知微", "冼书白"], ["2024年5月", "2024年6月"])
    ):
        changed = [list(r) for r in rows]
        changed[2][7], changed[3][7] = extra
        changed[2][8] = ""
        got = run(tmp_path / f"off{k}", {"S": changed})
        assert got.risks["measures"].tolist()[:2] == ["审计底稿双人复核。", "签订廉洁承诺书。"]
        assert "MEASURES_ACROSS_COLUMNS" not in set(got.issues["code"])


def test_a_holder_named_first_of_several(tmp_path):
    # (451: '厍骞璆等6人' under 责任人 for a post several hold)
    rows = [["XX区城市管理执法局岗位廉政风险一览表"],
            ["序号", "岗位", "责任人", "风险点", "风险等级", "防控措施"],
            [1, "执法队员", "阙知微等12人", "执法中随意减免罚款", "高", "执法全程记录"],
            [2, "协管员", "冼书白 等 三 名", "收受商户好处", "中", "定期轮岗"],
            [3, "中队长", "瞿望川", "案件审核把关不严", "中", "集体审议"]]  # fmt: skip
    got = run(tmp_path, {"S": rows})
    assert got.posts["person"].tolist() == ["阙知微", "冼书白", "瞿望川"]
    # a headcount alone names no one
    rows[2][2] = "等12人"
    got = run(tmp_path / "count", {"S": rows})
    assert "等12人" not in got.posts["person"].tolist()


def test_what_the_seventy_fourth_review_found(tmp_path):
    from xlproc.config import load_config
    from xlproc.identity import unit_in_title

    # a status, a note or a signature right of the measures is no measure
    head = ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施", ""]
    for k, said in enumerate((["已落实。", "正在落实。"], ["注：1.风险等级分为三级。", "2.本表由各股室填写。"],
                              ["本人已知晓。", "本人已知晓。"])):  # fmt: skip
        rows = [["XX县统计局岗位廉政风险防控一览表"], head,
                [1, "核算股", "股长", "阙知微", "统计数据弄虚作假", "高", "数据双人复核", said[0]],
                [2, "核算股", "科员", "冼书白", "泄露调查对象信息", "中", "签订保密承诺", said[1]]]  # fmt: skip
        got = run(tmp_path / f"m{k}", {"S": rows})
        assert got.risks["measures"].tolist() == ["数据双人复核", "签订保密承诺"], said
        assert "MEASURES_ACROSS_COLUMNS" not in set(got.issues["code"])
    # two types each written short, a line each, stay two types
    assert load_config().types("道德\n岗位") == (["思想道德风险", "岗位职责风险"], [])
    # a 乡 or 镇 before a word beginning with 县 names no county
    assert unit_in_title("榆林市刘镇县级河长办岗位廉政风险一览表") == "榆林市刘镇"
    assert unit_in_title("略阳县白乡县道养护站岗位廉政风险一览表") == "略阳县白乡"
    # what a list covers, in other words
    assert unit_in_title("XX市民政局机关及局属福利单位岗位廉政风险一览表") == "XX市民政局"
    assert unit_in_title("XX区教体局属学校岗位廉政风险排查表") == "XX区教体局"
    # (a city's 民政局 and 民宗局 are bodies of the city, not a 市民… of its own)
    assert unit_in_title("宝鸡市民政局岗位廉政风险一览表") == "宝鸡市民政局"
    assert unit_in_title("宝鸡县市民服务中心岗位廉政风险一览表") == "宝鸡县市民服务中心"
    # '…等人', '…等6名同志'
    rows = [["XX县应急管理局岗位廉政风险一览表"],
            ["序号", "岗位", "责任人", "风险点", "风险等级", "防控措施"],
            [1, "执法人员", "瞿望川等人", "执法检查走过场", "高", "执法全程记录"],
            [2, "应急值守员", "蔺晟昀等4名同志", "值班记录造假", "中", "值班抽查"]]  # fmt: skip
    got = run(tmp_path / "others", {"S": rows})
    assert got.posts["person"].tolist() == ["瞿望川", "蔺晟昀"]


def test_the_point_in_a_bracket_closing_how_it_shows(tmp_path):
    # (461: '廉政风险表现（括号内为风险点）' over '…予以受理（取水许可受理把关不严）')
    rows = [["XX县自然资源局岗位廉政风险一览表"],
            ["序号", "岗位", "姓名", "风险表现（括号中为风险点名称）", "风险等级", "防控措施"],
            [1, "股长", "阙知微", "对不符合条件的用地申请予以登记（用地登记把关不严）", "高", "两人审核"],
            [2, "科员", "冼书白", "接受申请人宴请，加快办理（收受好处）", "中", "签订承诺"]]  # fmt: skip
    got = run(tmp_path, {"S": rows})
    assert got.risks[["risk_point", "description"]].values.tolist() == [
        ["用地登记把关不严", "对不符合条件的用地申请予以登记"],
        ["收受好处", "接受申请人宴请，加快办理"],
    ]
    # a heading saying the bracket holds how it shows reads the other way, as before
    rows[1][3] = "风险点（括号内注明主要表现）"
    rows[2][3] = "用地登记把关不严（对不符合条件的用地申请予以登记）"
    got = run(tmp_path / "other", {"S": rows})
    assert got.risks["risk_point"].tolist()[0] == "用地登记把关不严"


def test_marks_before_the_points_a_note_gives_types(tmp_path):
    # (460: '●造林补助资金分配…' under '注：▲为思想道德风险，●为制度机制风险…')
    note = "注：风险点前标注“◆”的为岗位职责风险，“■”为制度机制风险，“▲”为思想道德风险。"
    rows = [["XX县农业农村局岗位廉政风险一览表"],
            ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
            [1, "局长", "阙知微", "■项目资金分配不经集体研究", "一级", "集体决策"],
            [2, "会计", "冼书白", "◆票据审核不严", "二级", "双人复核"],
            [3, "出纳", "瞿望川", "▲收受好处", "三级", "廉洁承诺"],
            [note]]  # fmt: skip
    got = run(tmp_path, {"S": rows})
    assert got.risks[["risk_point", "risk_type", "risk_level"]].values.tolist() == [
        ["项目资金分配不经集体研究", "制度机制风险", "Ⅰ级"],
        ["票据审核不严", "岗位职责风险", "Ⅱ级"],
        ["收受好处", "思想道德风险", "Ⅲ级"],
    ]
    assert "TYPE_MARKS" in set(got.issues["code"])
    # a mark the note does not define: nothing read, the marks stay
    rows[4][3] = "●收受好处"
    got = run(tmp_path / "unknown", {"S": rows})
    assert set(got.risks["risk_type"]) == {""}
    assert got.risks["risk_point"].tolist()[0] == "■项目资金分配不经集体研究"


def test_a_slash_in_the_first_group_of_point_columns_is_no_point(tmp_path):
    # (464: '/' under the first band of '风险点 | 等级' pairs, the row's point in a later band, the
    # row's measures written)
    rows = [["XX县医院岗位廉政风险汇总表"],
            ["序号", "岗位", "姓名", "思想道德风险", "", "制度机制风险", "", "防控措施"],
            ["", "", "", "风险点", "等级", "风险点", "等级", ""],
            [1, "院长", "阙知微", "收受药企好处", "高", "大额资金个人决定", "高", "集体决策"],
            [2, "会计", "冼书白", "/", "/", "票据审核不严", "中", "双人复核"],
            [3, "出纳", "瞿望川", "/", "/", "坐支现金", "低", "日清月结"]]  # fmt: skip
    merges = ["A2:A3", "B2:B3", "C2:C3", "D2:E2", "F2:G2", "H2:H3"]
    got = run(tmp_path, {"S": rows}, {"S": merges})
    assert got.risks[["person", "risk_point", "risk_level"]].values.tolist() == [
        ["阙知微", "收受药企好处", "Ⅰ级"],
        ["阙知微", "大额资金个人决定", "Ⅰ级"],
        ["冼书白", "票据审核不严", "Ⅱ级"],
        ["瞿望川", "坐支现金", "Ⅲ级"],
    ]
    assert "LEVEL_UNKNOWN" not in set(got.issues["code"])


def test_groups_of_point_columns_under_bands_of_types(tmp_path):
    # (464: '思想道德风险 | 制度机制风险 | …' each merged over a '风险点 | 等级' pair)
    rows = [["XX县医院岗位廉政风险汇总表"],
            ["序号", "岗位", "姓名", "思想道德风险", "", "制度机制风险", "", "防控措施"],
            ["", "", "", "风险点", "等级", "风险点", "等级", ""],
            [1, "院长", "阙知微", "收受药企好处", "高", "大额资金个人决定", "高", "集体决策"],
            [2, "会计", "冼书白", "/", "/", "票据审核不严", "中", "双人复核"]]  # fmt: skip
    merges = ["A2:A3", "B2:B3", "C2:C3", "D2:E2", "F2:G2", "H2:H3"]
    got = run(tmp_path / "types", {"S": rows}, {"S": merges})
    assert got.risks[["risk_point", "risk_type"]].values.tolist() == [
        ["收受药企好处", "思想道德风险"],
        ["大额资金个人决定", "制度机制风险"],
        ["票据审核不严", "制度机制风险"],
    ]
    assert "TABLE_NO_TYPE" not in set(got.issues["code"])
    # bands of stages, not types: the points keep no type
    rows[1][3], rows[1][5] = "事前环节", "事后环节"
    got = run(tmp_path / "stages", {"S": rows}, {"S": merges})
    assert set(got.risks["risk_type"]) == {""}


def test_a_whole_table_pasted_into_one_cell_is_said_by_its_cell(tmp_path):
    # (466: the table pasted while a cell was being edited: lines by line breaks, fields by tabs;
    # now unfolded and read, tests/test_table_in_one_cell.py)
    lines = ["序号\t岗位\t姓名\t风险点\t风险等级\t防控措施",
             "1\t局长\t阙知微\t项目资金分配不经集体研究\t高\t集体决策",
             "2\t会计\t冼书白\t票据审核不严\t中\t双人复核"]  # fmt: skip
    got = run(tmp_path / "tab", {"S": [["XX县民政局岗位廉政风险一览表"], ["\n".join(lines)]]})
    assert [(c, cell) for c, cell in got.issues[["code", "cell"]].values.tolist()
            if c.startswith(("FILE_NO_FORM", "TABLE_IN_ONE_CELL"))] == [
        ("TABLE_IN_ONE_CELL_READ", "A2")]  # fmt: skip
    assert got.risks["risk_point"].tolist() == ["项目资金分配不经集体研究", "票据审核不严"]
    # its lines parted unevenly (a holder left out where spaces part the fields): not unfolded,
    # said by its cell
    lines = ["序号  岗位  姓名  风险点  风险等级  防控措施",
             "1  局长  阙知微  项目资金分配不经集体研究  高  集体决策",
             "2  会计  票据审核不严  中  双人复核"]  # fmt: skip
    got = run(tmp_path / "uneven", {"S": [["XX县民政局岗位廉政风险一览表"], ["\n".join(lines)]]})
    assert [(c, cell) for c, cell in got.issues[["code", "cell"]].values.tolist()
            if c.startswith(("FILE_NO_FORM", "TABLE_IN_ONE_CELL"))] == [
        ("FILE_NO_FORM", ""), ("TABLE_IN_ONE_CELL", "A2")]  # fmt: skip
    # a cell of several lines that are no table: only the file's own warning
    note = "说明：\n1.本表由各股室填写\n2.风险等级分为高、中、低"
    got = run(tmp_path / "note", {"S": [["XX县民政局岗位廉政风险一览表"], [note]]})
    assert "TABLE_IN_ONE_CELL" not in set(got.issues["code"])


def test_points_and_their_levels_in_two_numbered_bands(tmp_path):
    # (470: '廉政风险点' over '① | ② | ③', '风险等级' over '① | ② | ③': the n-th point's level)
    for k, marks in enumerate((["①", "②", "③"], ["1", "2", "3"])):
        rows = [["XX县统计局岗位廉政风险一览表"],
                ["序号", "岗位", "姓名", "风险点", "", "", "风险级别", "", "", "防控措施"],
                ["", "", "", *marks, *marks, ""],
                [1, "局长", "阙知微", "统计数据造假", "泄露调查信息", "虚报数字", "中", "低", "高", "复核"],
                [2, "统计员", "冼书白", "调查走过场", "", "", "高", "", "", "抽查复核"]]  # fmt: skip
        merges = ["A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:I2", "J2:J3"]
        got = run(tmp_path / str(k), {"S": rows}, {"S": merges})
        assert got.risks[["risk_point", "risk_level"]].values.tolist() == [
            ["统计数据造假", "Ⅱ级"], ["泄露调查信息", "Ⅲ级"], ["虚报数字", "Ⅰ级"],
            ["调查走过场", "Ⅰ级"]], marks  # fmt: skip
    # bands of two columns each
    rows = [["XX县统计局岗位廉政风险一览表"],
            ["序号", "岗位", "姓名", "风险点", "", "风险级别", "", "防控措施"],
            ["", "", "", "1", "2", "1", "2", ""],
            [1, "局长", "阙知微", "统计数据造假", "泄露调查信息", "中", "低", "双人复核"],
            [2, "统计员", "冼书白", "调查走过场", "", "高", "", "抽查复核"]]  # fmt: skip
    merges = ["A2:A3", "B2:B3", "C2:C3", "D2:E2", "F2:G2", "H2:H3"]
    got = run(tmp_path / "two", {"S": rows}, {"S": merges})
    assert got.risks[["risk_point", "risk_level"]].values.tolist() == [
        ["统计数据造假", "Ⅱ级"], ["泄露调查信息", "Ⅲ级"], ["调查走过场", "Ⅰ级"]]  # fmt: skip


def test_measures_by_stage_rows_keep_their_stage(tmp_path):
    # (485, unscored: '防控阶段' rows 事前 | 事中 | 事后 under a point merged down over them)
    rows = [["XX县档案馆岗位廉政风险一览表"], ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "环节说明", "防控措施"],
            [1, "馆长", "仉若澜", "档案鉴定走过场", "高", "事前预防", "鉴定前公示清单"],
            ["", "", "", "", "", "事中监控", "双人鉴定"],
            ["", "", "", "", "", "事后监督", "结果报备"],
            [2, "科员", "亓听松", "库房管理混乱", "低", "事前预防", "定期检查"]]  # fmt: skip
    merges = ["A3:A5", "B3:B5", "C3:C5", "D3:D5", "E3:E5"]
    got = run(tmp_path, {"S": rows}, {"S": merges})
    assert got.risks["measures"].tolist() == [
        "事前预防：鉴定前公示清单\n事中监控：双人鉴定\n事后监督：结果报备", "事前预防：定期检查"]  # fmt: skip


def test_levels_a_note_gives_by_the_kind_of_post(tmp_path):
    # (488: no level column, a 岗位类别 column, '领导岗位的风险点为一级风险，中层…二级，一般…三级')
    head = ["序号", "岗位", "姓名", "岗位类别", "廉政风险点", "防控措施"]
    rows = [["XX县档案馆岗位廉政风险一览表"], head,
            [1, "馆长", "仉若澜", "领导岗位", "档案鉴定走过场", "双人鉴定"],
            [2, "科长", "亓听松", "中层岗位", "违规借阅档案", "审批登记"],
            [3, "科员", "宓知行", "一般岗位", "库房管理混乱", "定期检查"],
            ["说明：领导岗位所列风险点均定为高风险；中层岗位的为中风险；一般岗位的为低风险。"]]  # fmt: skip
    got = run(tmp_path / "a", {"S": rows}, {"S": ["A6:F6"]})
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级", "Ⅲ级"]
    assert "LEVEL_BY_TIER" in dict(issues(got)) and "LEVEL_BLANK" not in dict(issues(got))
    # a note about the kinds of post that gives no one level each: nothing read
    rows[5] = ["说明：领导岗位的风险等级一般为一级或二级，一般岗位每季度自查一次。"]
    got = run(tmp_path / "b", {"S": rows}, {"S": ["A6:F6"]})
    assert set(got.risks["risk_level"]) == {""}


def test_measures_placed_under_their_points_type(tmp_path):
    # (484: '分类防控措施' over the types, each row's measures in its point's type's column)
    rows = [["XX县档案馆岗位廉政风险一览表"],
            ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施", "", ""],
            ["", "", "", "", "", "思想道德", "制度机制", "岗位职责"],
            [1, "馆长", "仉若澜", "收受礼品", "高", "廉洁承诺", "", ""],
            [2, "科员", "亓听松", "档案借阅不登记", "中", "", "借阅登记制度", "/"],
            [3, "科员", "亓听松", "库房管理混乱", "低", "", "", "定期检查"]]  # fmt: skip
    merges = ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:H2"]
    got = run(tmp_path, {"S": rows}, {"S": merges})
    assert got.risks[["risk_type", "measures"]].values.tolist() == [
        ["思想道德风险", "廉洁承诺"], ["制度机制风险", "借阅登记制度"], ["岗位职责风险", "定期检查"]]  # fmt: skip
    assert "TABLE_NO_TYPE" not in dict(issues(got))


def test_a_glossary_of_the_points_by_number_under_the_list(tmp_path):
    # (481: '风险点释义：' under the list, then '3.审计组成员回避不到位：指…')
    head = ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"]
    rows = [["XX县档案馆岗位廉政风险一览表"], head,
            [1, "馆长", "仉若澜", "档案鉴定走过场", "高", "双人鉴定"],
            [2, "馆长", "仉若澜", "违规借阅档案", "中", "审批登记"],
            [3, "科员", "亓听松", "库房管理混乱", "低", "定期检查"],
            ["名词解释："], ["2.违规借阅档案：是指未经审批向外单位提供涉密档案。"],
            ["3.库房管理混乱:指温湿度不达标、出入库不登记。"],
            ["4.本表由各科室填写：报馆办公室汇总。"]]  # fmt: skip
    merges = [f"A{k}:F{k}" for k in (6, 7, 8, 9)]
    got = run(tmp_path, {"S": rows}, {"S": merges})
    assert got.risks["description"].tolist() == [
        "", "是指未经审批向外单位提供涉密档案。", "指温湿度不达标、出入库不登记。"]  # fmt: skip
    assert got.risks["risk_point"].tolist() == ["档案鉴定走过场", "违规借阅档案", "库房管理混乱"]
    assert ("POINTS_GLOSSED", "A6") in issues(got)


def test_holders_written_once_on_the_first_or_the_last_row_of_their_run_are_said(tmp_path):
    # (482: the holder typed at the foot of his run; review 77: the same rows are a list
    # written at the head of each run whose first row is the unit's own: which, nothing tells)
    head = ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"]
    rows = [["XX县档案馆岗位廉政风险一览表"], head,
            [1, "", "", "", "档案鉴定走过场", "高", "双人鉴定"],
            [2, "馆领导", "馆长", "仉若澜", "违规借阅档案", "中", "审批登记"],
            [3, "", "", "", "档案接收不验收", "中", "核对"],
            [4, "", "", "", "私自复制档案", "高", "监控"],
            [5, "保管科", "科员", "亓听松", "库房管理混乱", "低", "定期检查"]]  # fmt: skip
    got = run(tmp_path / "a", {"S": rows})
    assert got.risks["person"].tolist() == ["", "仉若澜", "仉若澜", "仉若澜", "亓听松"]
    assert ("HOLDERS_PLACE_UNCLEAR", "B3") in issues(got)
    # written on the first row of each run, the first row too: down, as always, nothing said
    rows[2][1:4], rows[3][1:4] = ["馆领导", "馆长", "仉若澜"], ["", "", ""]
    rows[4][1:4], rows[6][1:4] = ["保管科", "科员", "亓听松"], ["", "", ""]
    got = run(tmp_path / "b", {"S": rows})
    assert got.risks["person"].tolist() == ["仉若澜", "仉若澜", "亓听松", "亓听松", "亓听松"]
    assert "HOLDERS_PLACE_UNCLEAR" not in dict(issues(got))


def test_a_post_with_its_keshi_bracketed_after_it(tmp_path):
    # (479: no 科室 column, '股长（安全生产综合监管股）' in the 岗位 cell)
    head = ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"]
    rows = [["XX县文旅局岗位廉政风险一览表"], head,
            [1, "局长", "晏清和", "项目资金分配个人说了算", "高", "集体研究"],
            [2, "股长(文物保护股)", "钟离远", "文物修缮验收走过场", "中", "联合验收"],
            [3, "会计（财务室）", "端木蕙", "虚列支出", "中", "票据审核"],
            [4, "站长（兼）", "欧阳澈", "经费使用不规范", "低", "公示"]]  # fmt: skip
    got = run(tmp_path, {"S": rows})
    assert got.posts[["department", "title"]].values.tolist()[1:3] == [
        ["文物保护股", "股长"], ["财务室", "会计"]]  # fmt: skip
    assert got.posts["department"].tolist()[3] != "兼"  # (a note, no 科室)


def test_a_holders_name_with_the_post_typed_after_it(tmp_path):
    # (475: '厍翊沣局长' in a '责任人' column, no post column)
    head = ["序号", "科室", "负责人", "廉政风险点", "风险等级", "防控措施"]
    rows = [["XX县林业站岗位廉政风险一览表"], head,
            [1, "站领导", "司马云峰站长", "苗木采购指定供应商", "高", "公开招标"],
            [2, "站领导", "钟离远副站长", "林权审批把关不严", "中", "集体审核"],
            [3, "营林股", "王强科员", "造林验收走过场", "低", "联合验收"]]  # fmt: skip
    got = run(tmp_path / "a", {"S": rows})
    assert got.posts[["department", "title", "person", "tier"]].values.tolist() == [
        ["站领导", "站长", "司马云峰", "领导岗位"], ["站领导", "副站长", "钟离远", "领导岗位"],
        ["营林股", "科员", "王强", "一般岗位"]]  # fmt: skip
    # two holders of one post, the post typed after the second (review 77's gap)
    rows2 = [["XX县林业站岗位廉政风险一览表"], head,
             [1, "站领导", "司马云峰、钟离远站长", "苗木采购指定供应商", "高", "公开招标"],
             [2, "营林股", "王强科员", "造林验收走过场", "低", "联合验收"]]  # fmt: skip
    got = run(tmp_path / "two", {"S": rows2})
    assert got.posts[["title", "person"]].values.tolist() == [
        ["站长", "司马云峰"], ["站长", "钟离远"], ["科员", "王强"]]  # fmt: skip
    # a 科室 and its post typed together is no name and post ('营林股股长', '综合办主任')
    from xlproc.columns import name_then_post

    assert name_then_post("营林股股长") is None and name_then_post("综合办主任") is None
    assert name_then_post("欧阳局长") is None  # (a surname and a post: no name to split off)
    # posts alone in a post column with no holder are read as before (the full rescore found
    # '管理区主任' and '项目受理岗' cut as names)
    rows = [["XX市林场岗位廉政风险一览表"], ["序号", "科室", "岗位", "廉政风险点", "风险等级", "防控措施"],
            [1, "龙王庙管理区", "管理区主任", "管护补助虚报冒领", "高", "公示"],
            [2, "交易服务部", "项目受理岗", "违规受理", "中", "复核"]]  # fmt: skip
    got = run(tmp_path / "posts", {"S": rows})
    assert got.posts[["title", "person"]].values.tolist() == [
        ["管理区主任", ""],
        ["项目受理岗", ""],
    ]


def test_types_written_by_one_character_of_their_name(tmp_path):
    # (476: a narrow '类型' column of '思 | 制 | 岗 | 流', no key anywhere)
    head = ["序号", "岗位", "姓名", "廉政风险点", "类别", "风险等级", "防控措施"]
    rows = [["XX县审计局岗位廉政风险一览表"], head,
            [1, "局长", "晏清和", "审计结果说情打招呼", "德", "高", "登记报告"],
            [2, "审计员", "钟离远", "审计取证不全", "职", "中", "复核"],
            [3, "审计员", "钟离远", "审计程序执行不严", "机", "中", "质量控制"]]  # fmt: skip
    got = run(tmp_path / "a", {"S": rows})
    assert got.risks["risk_type"].tolist() == ["思想道德风险", "岗位职责风险", "制度机制风险"]
    assert ("TYPE_BY_INITIAL", "E2") in issues(got)
    # '风' in every type's name, one character for all, letters: nothing read, nothing said
    for k, marks in enumerate((["风", "制", "岗"], ["岗", "岗", "岗"], ["A", "B", "A"])):
        for row, m in zip(rows[2:], marks, strict=True):
            row[4] = m
        got = run(tmp_path / str(k), {"S": rows})
        assert set(got.risks["risk_type"]) == {""}, marks
        assert "TYPE_BY_INITIAL" not in dict(issues(got))


def test_a_masked_holders_name_is_kept_as_written_and_said(tmp_path):
    # (459: a public list returned as it was published, '苌某某' for the holder)
    rows = [["XX县统计局岗位廉政风险一览表"], ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "局长", "欧某某", "统计数据造假", "高", "复核"],
            [2, "统计员", "林*", "调查走过场", "中", "抽查"],
            [3, "会计", "某某某", "白条入账", "中", "审核"],
            [4, "出纳", "司马某", "私存私放", "高", "对账"]]  # fmt: skip
    got = run(tmp_path, {"S": rows})
    assert got.posts["person"].tolist() == ["欧某某", "林*", "某某某", "司马某"]
    said = [(c, cell) for c, cell in issues(got) if c == "PERSON_MASKED"]
    # (a compound surname is one; '某某某' masks the whole name)
    assert [cell for _c, cell in said] == ["C3", "C4", "C5", "C6"]
    message = got.issues.set_index("cell").loc["C3", "message"]
    assert "欧某某" in message and "真实姓名" in message


def test_captions_under_the_values_they_name(tmp_path):
    # (471: a printed card puts '（单位） | （科室） | （岗位） | （姓名）' under its blanks)
    rows = [["廉政风险防控卡"],
            ["", "规划股", "股长", "濮阳季"],
            ["", "(科室)", "(职务)", "(姓名)"],
            ["序号", "风险点", "风险等级", "防控措施"],
            [1, "规划审批中收受好处", "一级", "集体研究"],
            [2, "违规变更规划条件", "二级", "公示"]]  # fmt: skip
    got = run(tmp_path / "card", {"S": rows})
    assert got.posts[["department", "title", "person", "tier"]].values.tolist() == [
        ["规划股", "股长", "濮阳季", "中层岗位"]]  # fmt: skip
    assert "ROW_UNPLACED" not in dict(issues(got))
    # bracketed words that are no captions ('（盖章）', '（签字）') name nothing
    rows = [["廉政风险防控卡"],
            ["姓名", "濮阳季", "职务", "股长"],
            ["XX县住建局", "", "2025年6月", ""],
            ["（盖章）", "", "（日期）", ""],
            ["序号", "风险点", "风险等级", "防控措施"],
            [1, "规划审批中收受好处", "一级", "集体研究"]]  # fmt: skip
    got = run(tmp_path / "stamp", {"S": rows})
    assert got.posts[["title", "person"]].values.tolist() == [["股长", "濮阳季"]]


def test_uneven_numbered_bands_leave_the_last_points_without_a_level(tmp_path):
    # (review 75: '① | ② | ③' over the points, '① | ②' over the levels; misread before)
    rows = [["XX县档案馆岗位廉政风险一览表"],
            ["序号", "岗位", "姓名", "廉政风险点", "", "", "风险等级", "", "防控措施"],
            ["", "", "", "①", "②", "③", "①", "②", ""],
            [1, "馆长", "仉若澜", "档案鉴定走过场", "违规借阅档案", "私自复制", "高", "低", "双人复核"],
            [2, "档案员", "亓听松", "档案接收不验收", "", "", "中", "", "登记核对"]]  # fmt: skip
    merges = ["A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:H2", "I2:I3"]
    got = run(tmp_path, {"S": rows}, {"S": merges})
    assert got.risks[["risk_point", "risk_level"]].values.tolist() == [
        ["档案鉴定走过场", "Ⅰ级"], ["违规借阅档案", "Ⅲ级"], ["私自复制", ""],
        ["档案接收不验收", "Ⅱ级"]]  # fmt: skip
    # the third point's level not written: said at its row, as any blank level is
    assert issues(got) == [("LEVEL_BLANK", "G4"), ("TABLE_NO_TYPE", "A2")]


def test_what_the_seventy_sixth_review_found(tmp_path):
    t = ["XX县水利局岗位廉政风险一览表"]
    # numbered bands of measures (or levels longer than the points) are no uneven level bands
    rows = [t, ["序号", "岗位", "姓名", "风险点", "", "风险等级", "防控措施", "", ""],
            ["", "", "", "1", "2", "", "1", "2", "3"],
            [1, "局长", "郑远山", "违规审批", "插手工程", "高", "集体决策", "公开招标", "纪检监督"],
            [2, "会计", "冯雅琴", "虚列支出", "白条入账", "中", "票据审核", "定期对账", ""]]  # fmt: skip
    merges = ["A2:A3", "B2:B3", "C2:C3", "D2:E2", "F2:F3", "G2:I2"]
    got = run(tmp_path / "m", {"S": rows}, {"S": merges})
    assert got.risks["risk_point"].tolist() == ["违规审批", "插手工程", "虚列支出", "白条入账"]
    rows = [t, ["序号", "岗位", "姓名", "廉政风险点", "", "", "风险等级", "防控措施", ""],
            ["", "", "", "1", "2", "3", "", "1", "2"],
            [1, "局长", "郑远山", "违规审批", "插手工程", "干预招标", "高", "集体决策", "公开招标"]]  # fmt: skip
    merges = ["A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:G3", "H2:I2"]
    got = run(tmp_path / "m3", {"S": rows}, {"S": merges})
    measures = dict(zip(got.risks["risk_point"], got.risks["measures"], strict=True))
    assert measures["干预招标"] != "公开招标"  # (never the second point's measure)
    # after a point written first: a line going on after its level, or labelled otherwise,
    # keeps the whole cell (nothing dropped)
    head = ["序号", "股室", "岗位", "姓名", "廉政风险点", "防控措施"]
    for k, cell in enumerate(("违规审批采砂许可\n风险等级：高\n执法检查走过场",
                              "违规审批采砂许可\n措施：集体审批\n责任人：欧阳澈")):  # fmt: skip
        got = run(tmp_path / f"l{k}", {"S": [t, head, [1, "水政股", "股长", "欧阳澈", cell, ""]]})
        assert got.risks["risk_point"].tolist() == [cell]
    # a level written in the cell other than its column's: the cell stays whole
    head = ["序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"]
    cell = "违规审批采砂许可\n风险等级：低"
    got = run(
        tmp_path / "both", {"S": [t, head, [1, "水政股", "股长", "欧阳澈", cell, "高", "集体审批"]]}
    )
    assert got.risks[["risk_point", "risk_level"]].values.tolist() == [[cell, "Ⅰ级"]]
    # one caption of a date beside the field captions; captions under each of two value rows
    rows = [["廉政风险防控卡"], ["规划股", "股长", "濮阳季", "2025年6月"],
            ["（科室）", "（岗位）", "（姓名）", "（日期）"],
            ["序号", "风险点", "风险等级", "防控措施"], [1, "规划审批中收受好处", "一级", "集体研究"]]  # fmt: skip
    got = run(tmp_path / "date", {"S": rows})
    assert got.posts[["department", "title", "person"]].values.tolist() == [
        ["规划股", "股长", "濮阳季"]
    ]
    rows = [["廉政风险防控卡"], ["XX县住建局", "规划股"], ["（单位）", "（科室）"],
            ["股长", "濮阳季"], ["（岗位）", "（姓名）"],
            ["序号", "风险点", "风险等级", "防控措施"], [1, "规划审批中收受好处", "一级", "集体研究"]]  # fmt: skip
    got = run(tmp_path / "two", {"S": rows})
    assert got.posts[["unit", "department", "title", "person"]].values.tolist() == [
        ["XX县住建局", "规划股", "股长", "濮阳季"]]  # fmt: skip
    # keyed blocks of measures with their numbered lines under each key
    rows = [t, ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
            [1, "局长", "沈砚秋", "林地审批个人决定", "高",
             "风险点1：\n（1）审批集体研究\n（2）全程留痕\n风险点2：\n（1）公开招标"],
            [2, "局长", "沈砚秋", "插手造林工程", "高", ""]]  # fmt: skip
    got = run(tmp_path / "keys", {"S": rows}, {"S": ["F3:F4"]})
    assert got.risks["measures"].tolist() == ["（1）审批集体研究\n（2）全程留痕", "（1）公开招标"]
    # a blank form's 'XXX' in the name cell is no one's name either
    rows = [["廉政风险防控卡"], ["姓名", "XXX", "岗位", "股长"],
            ["序号", "风险点", "风险等级", "防控措施"], [1, "规划审批中收受好处", "一级", "集体研究"]]  # fmt: skip
    got = run(tmp_path / "xxx", {"S": rows})
    assert ("PERSON_MASKED", "B2") in issues(got)


def test_what_the_seventy_seventh_review_found(tmp_path):
    t = ["XX县档案馆岗位廉政风险一览表"]
    # posts in a 责任人 column (对岗不对人) are no names with posts typed after them
    rows = [t, ["序号", "科室", "责任人", "廉政风险点", "风险等级", "防控措施"],
            [1, "综合文化站", "文化站长", "文化活动经费虚报", "中", "公示"],
            [2, "农业服务中心", "农技站长", "良种补贴优亲厚友", "高", "公示"],
            [3, "社会事务办", "计生专干", "奖扶资金虚报", "高", "审核"],
            [4, "卫生院", "卫生院长", "药品采购收回扣", "中", "集体研究"]]  # fmt: skip
    got = run(tmp_path / "posts", {"S": rows})
    assert "文化" not in got.posts["person"].tolist() and "卫生" not in got.posts["person"].tolist()
    # a bracket after a post naming a former, seconded or posted-to 科室 is no 科室 of his
    rows = [t, ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
            [1, "科员（原财务股）", "王芳", "虚列支出", "高", "审核"],
            [2, "科员（借调县委办）", "吴江", "罚款不入账", "高", "票据"]]  # fmt: skip
    got = run(tmp_path / "seconded", {"S": rows})
    assert set(got.posts["department"]) == {""}
    # numbered notes under a list that say how each point was put right are no glossary
    rows = [t, ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
            [1, "馆长", "仉若澜", "档案鉴定走过场", "高", "双人鉴定"],
            [2, "馆长", "仉若澜", "违规借阅档案", "中", "审批登记"],
            ["整改落实情况："], ["1.档案鉴定走过场：已建立双人鉴定制度。"],
            ["2.违规借阅档案：已完善借阅审批登记。"]]  # fmt: skip
    got = run(tmp_path / "status", {"S": rows}, {"S": ["A5:F5", "A6:F6", "A7:F7"]})
    assert set(got.risks["description"]) == {""}
    # a reviewer's labelled comment saying how the measures stand is no measure
    rows = [t, ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
            [1, "馆长", "仉若澜", "档案鉴定走过场", "高", "双人鉴定"],
            [2, "馆长", "仉若澜", "违规借阅档案", "中", ""],
            [3, "科员", "亓听松", "库房管理混乱", "低", ""]]  # fmt: skip
    comments = {"S": {"D4": "Administrator:\n防控措施：已落实", "C5": "整改措施：该同志已调离"}}
    got = run(tmp_path / "remarks", {"S": rows}, comments=comments)
    assert got.risks["measures"].tolist() == ["双人鉴定", "", ""]
    assert [c for c, _cell in issues(got)].count("MEASURES_BLANK") == 2
    # a chart of measures (or of duties) laid out as posts by levels: no points
    rows = [["XX县自然资源局岗位廉政风险防控措施一览"], ["", "局长", "副局长", "股长"],
            ["", "冼澄邈", "訾沛岚", "甘棠溪"],
            ["高风险", "1.实行集体决策\n2.纪检全程监督", "1.落实回避制度", "1.双人审核"],
            ["中风险", "1.定期公示", "", "1.限时办结"]]  # fmt: skip
    got = run(tmp_path / "measures", {"S": rows}, {"S": ["A1:D1"]})
    assert got.risks.empty


def test_what_the_rescore_of_this_stop_found(tmp_path):
    # circled numbers in the 序号 column under a card with a note below: read, no reader error
    # (the glossary's and the keyed measures' numbers took '①' for a digit and failed)
    rows = [["XX县社保中心岗位廉政风险防控卡"], ["持卡人", "粟知渺", "所在股室", "待遇审核股"],
            ["序号", "风险点", "风险等级", "防控措施"],
            ["①", "票据审核不严", "★★★", "逐张核验，针对风险点①复核"], ["②", "待遇错算", "★★", "系统核算"],
            ["注：★★★为高风险，★★为中风险，★为低风险。"], ["监督举报电话：0830-3122388"]]  # fmt: skip
    got = run(tmp_path / "circled", {"S": rows})
    assert got.risks["risk_point"].tolist() == ["票据审核不严", "待遇错算"]
    assert "FILE_UNREADABLE" not in dict(issues(got))
    # a 网格 bracketed after a post is no 科室 (batch 38's '网格长(第一网格)' as it was)
    rows = [["XX社区岗位廉政风险一览表"], ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
            [1, "网格长(第一网格)", "许晓燕", "低保入户核查走过场", "中", "抽查"]]  # fmt: skip
    got = run(tmp_path / "grid", {"S": rows})
    assert got.posts[["department", "title"]].values.tolist() == [["", "网格长(第一网格)"]]


def test_what_the_seventy_fifth_review_found(tmp_path):
    head = ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"]
    # one label before the colon in every cell is no short name
    rows = [["XX县审计局岗位廉政风险防控一览表"], head] + [
        [k, "办公室", "主任", "阙知微", f"主要问题：{p}", "二级", "集体研究"]
        for k, p in enumerate(("公务接待超标准", "办公用品采购不比价", "印章使用未登记"), 1)
    ]
    got = run(tmp_path / "label", {"S": rows})
    assert all(p.endswith(("超标准", "不比价", "未登记")) for p in got.risks["risk_point"])
    # a level mark before a type mark: the type mark still gives the type
    note = "注：★为重点风险点；▲为思想道德风险，●为制度机制风险。"
    rows = [["XX县审计局岗位廉政风险防控一览表"], head,
            [1, "办公室", "主任", "阙知微", "★▲收受礼金", "二级", "廉洁承诺"],
            [2, "办公室", "会计", "冼书白", "●违规审批", "三级", "双人复核"], [note]]  # fmt: skip
    got = run(tmp_path / "marks", {"S": rows})
    assert got.risks[["risk_point", "risk_type"]].values.tolist() == [
        ["★收受礼金", "思想道德风险"], ["违规审批", "制度机制风险"]]  # fmt: skip
    # '报上一级' in a remark names no level
    from xlproc.locate import _LEVEL_NAMED

    assert not _LEVEL_NAMED.search("报上一级") and not _LEVEL_NAMED.search("移交下一级处理")
    assert _LEVEL_NAMED.search("列为二级风险")


def test_a_post_caption_numbered_as_the_group_caption_above_ends_its_group(tmp_path):
    """'二、收费员' after '一、站领导' (batch 491's 路政员 in other words): numbered as the 科室
    caption above and naming the rows' own post, it ends that group; the 收费员 are no 站领导."""
    rows = [
        ["县收费站廉政风险防控责任清单"],
        ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
        ["一、站领导"],
        ["1", "站长", "闾翊湛", "通行费减免审批不严", "一级", "减免清单每月公示。"],
        ["二、收费员"],
        ["2", "收费员", "缪沄翚", "私收通行费不开票", "一级", "收费全程录像，日清日结。"],
        ["三、财务室"],
        ["3", "会计", "蒯珩澍", "票据管理混乱", "二级", "票据专人保管，按月盘点。"],
    ]
    got = run(tmp_path, {"清单": rows})
    assert list(zip(got.risks["department"], got.risks["title"], strict=True)) == [
        ("站领导", "站长"),
        ("", "收费员"),
        ("财务室", "会计"),
    ]


def test_a_bodys_own_area_after_its_name_in_the_title_is_its_part():
    """'…公路养护段养护工区岗位…' (batch 491's unit, in other words): an area of the body's own
    (工区, 管护区, 监区) named after the body is its part; the unit is the body. A place's own
    areas (开发区, 新区, 景区) and a county's 区 stay in the name."""
    from xlproc.identity import unit_in_title

    assert unit_in_title("某县国有林场第二管护区岗位廉政风险排查表") == "某县国有林场"
    assert unit_in_title("某县公路管理段三号工区廉政风险防控一览表") == "某县公路管理段"
    assert unit_in_title("某市某区卫生健康局岗位廉政风险防控一览表") == "某市某区卫生健康局"
    assert unit_in_title("某县高新技术开发区管委会廉政风险防控一览表") == "某县高新技术开发区管委会"


def test_what_the_seventy_ninth_review_found(tmp_path):
    """Review 79 of the rules of batches 491–497, each case in other words."""
    head = ["序号", "科室", "岗位", "姓名"]
    # a cell of bracketed labelled lines opens with '【岗位职责】': no type tag
    got = run(tmp_path / "a", {"表": [
        [*head, "岗位职责及风险点", "风险等级", "防控措施"],
        ["1", "规划科", "科长", "岑澈", "【岗位职责】负责用地规划许可⏎【风险点】许可把关不严".replace("⏎", "\n"),
         "一级", "集体研究"],
        ["2", "规划科", "科员", "岑渝", "【岗位职责】负责资料初审⏎【风险点】初审走过场".replace("⏎", "\n"),
         "二级", "双人审核"],
    ]})  # fmt: skip
    assert set(got.risks["risk_type"]) == {""}
    assert "TYPE_TAGS" not in {code for code, _ in issues(got)}
    # '…中，表现为…' / '…时，表现…': the subject's conduct, no connective
    got = run(tmp_path / "b", {"表": [
        [*head, "风险点", "风险等级", "防控措施"],
        ["1", "人事科", "科长", "岑澈", "年度评先中，表现平平的干部被评为优秀", "二级", "结果公示"],
        ["2", "人事科", "科员", "岑渝", "招录考察时，表现为优秀的人选未经测评即上报", "一级", "民主测评"],
    ]})  # fmt: skip
    assert got.risks["risk_point"].str.contains("，").all()
    # '短名：…，主要表现为…': the colon parts the short name, as before
    rows = [[*head, "风险点及表现形式", "风险等级", "防控措施"]]
    for n, cell in enumerate(["用地审批：审查不严，主要表现为不到现场核实用地",
                              "规划变更：把关不严，主要表现为擅自调整容积率",
                              "批后监管：监管缺位，主要表现为违建不查处"], 1):  # fmt: skip
        rows.append([str(n), "规划科", "科长", "岑澈", cell, "二级", "集体研究"])
    got = run(tmp_path / "c", {"表": rows})
    assert got.risks["risk_point"].tolist() == ["用地审批", "规划变更", "批后监管"]
    # '联系村及责任人': the village kept, the name the holder; '姓名及政治面貌': not kept at all
    got = run(tmp_path / "d", {"表": [
        ["序号", "科室", "岗位", "联系村及责任人", "风险点", "风险等级", "防控措施"],
        ["1", "农经站", "站长", "东坪村\n岑澈", "集体资产清查走过场", "一级", "清查结果公示"],
        ["2", "农经站", "会计", "西坪村\n岑渝", "账目代理不规范", "二级", "按月对账"],
    ]})  # fmt: skip
    assert got.risks["person"].tolist() == ["岑澈", "岑渝"]
    assert got.risks["duty"].tolist() == ["联系村：东坪村", "联系村：西坪村"]
    got = run(tmp_path / "e", {"表": [
        ["序号", "科室", "岗位", "姓名及政治面貌", "风险点", "风险等级", "防控措施"],
        ["1", "农经站", "站长", "岑澈\n中共党员", "集体资产清查走过场", "一级", "清查结果公示"],
        ["2", "农经站", "会计", "岑渝\n群众", "账目代理不规范", "二级", "按月对账"],
    ]})  # fmt: skip
    assert got.risks["person"].tolist() == ["岑澈", "岑渝"]
    assert set(got.risks["duty"]) == {""}
    assert ("HOLDER_BESIDE_PERSONAL", "D1") in issues(got)
    # a personal card's point records naming who watches ('监督科室', '牵头科室'): its holder's
    got = run(tmp_path / "f", {"卡": [
        ["县自然资源局廉政风险防控卡"],
        ["姓　　名", "岑澈"], ["职　　务", "股长"], ["所在股室", "耕地保护股"], [],
        ["风险点", "占补平衡核查走过场"], ["风险等级", "一级"], ["防控措施", "两人以上现场核查"],
        ["监督科室", "纪检组"], [],
        ["风险点", "违规出具耕地证明"], ["风险等级", "二级"], ["防控措施", "证明集体审核"],
        ["牵头科室", "法规股"], [],
    ]})  # fmt: skip
    assert set(zip(got.risks["department"], got.risks["person"], strict=True)) == {
        ("耕地保护股", "岑澈")
    }
    assert "RECORD_HOLDER_DIFFERS" not in {code for code, _ in issues(got)}


def test_a_town_whose_name_ends_as_a_keshi_does_is_a_place_in_the_title():
    """'…双茨科镇水利管理站…' (batch 502's remark, in other words): '…科镇', '…队乡' name a town,
    not a 科 or 队; the 站 after it is the part, as for any town."""
    from xlproc.identity import dept_in_title

    assert dept_in_title("某县马科镇农业综合服务中心廉政风险防控一览表") == "农业综合服务中心"
    assert dept_in_title("某县新队乡财政所岗位廉政风险排查表") == "财政所"
    assert dept_in_title("某县财政局预算科廉政风险防控一览表") == "预算科"


def test_a_post_handed_over_in_the_year_is_the_present_holders(tmp_path):
    """'蔺澈→邝渝' in a 责任人 cell (batch 503's shape in other words): the arrow points to the
    present holder; a note saying the name before the arrow is the present one turns it round;
    an arrow between anything but two names stays as written."""

    def rows(cells, note=None):
        out = [["序号", "股室", "岗位", "责任人", "风险点", "风险等级", "防控措施"]]
        for n, (post, who) in enumerate(cells, 1):
            out.append(
                [str(n), "综合股", post, who, f"风险点{n}因审核把关不严", "二级", "双人复核"]
            )
        return out + ([[note]] if note else [])

    got = run(tmp_path / "a", {"表": rows([("股长", "蔺澈→邝渝"), ("科员", "阚湛")])})
    assert got.risks["person"].tolist() == ["邝渝", "阚湛"]
    assert ("HOLDER_HANDED_OVER", "D2") in issues(got)
    got = run(
        tmp_path / "b",
        {"表": rows([("股长", "蔺澈 -> 邝渝"), ("科员", "阚湛")], "注：箭头前为现任责任人。")},
    )
    assert got.risks["person"].tolist() == ["蔺澈", "阚湛"]
    got = run(tmp_path / "c", {"表": rows([("股长", "股长→邝渝")])})
    assert "HOLDER_HANDED_OVER" not in {code for code, _ in issues(got)}


def test_what_the_eightieth_review_found(tmp_path):
    """Review 80 of the rules of batches 495–505, each case in other words."""
    # a '责任科室/责任人' column after the measures is who answers for them, not the holder
    got = run(tmp_path / "a", {"表": [
        ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施", "责任科室/责任人"],
        ["1", "馆长", "郦澈", "重大事项决策不民主", "高", "集体研究", "办公室/蔺渝"],
        ["2", "会计", "阚湛", "资金支付审核不严", "高", "双人复核", "财务室/邝沅"],
    ]})  # fmt: skip
    assert set(got.risks["department"]) == {""}
    assert got.risks["person"].tolist() == ["郦澈", "阚湛"]

    # one grading sheet, the same codes on two lists: the one its title names, else none
    def lists(grading_title):
        head = ["风险编号", "岗位", "姓名", "风险点", "防控措施"]
        return {
            "综合股": [["县档案馆综合股风险台账"], head, ["DA-01", "股长", "郦澈", "公车私用", "派车登记"],
                    ["DA-02", "股长", "郦澈", "接待超标", "公函接待"]],
            "保管股": [["县档案馆保管股风险台账"], head, ["DA-01", "股长", "阚湛", "档案调阅不登记", "调阅审批"],
                    ["DA-02", "股长", "阚湛", "违规复制档案", "复制登记"]],
            "定级": [[grading_title], ["风险编号", "风险类型", "风险等级"],
                   ["DA-01", "制度机制", "二级"], ["DA-02", "思想道德", "三级"]],
        }  # fmt: skip

    got = run(tmp_path / "b", lists("风险分类定级表"))
    assert set(got.risks["risk_level"]) == {""}
    assert "SHEET_CODE_UNMATCHED" in {code for code, _ in issues(got)}
    got = run(tmp_path / "c", lists("保管股风险分类定级表"))
    levels = dict(zip(got.risks["risk_point"], got.risks["risk_level"], strict=True))
    assert levels["档案调阅不登记"] == "Ⅱ级" and levels["公车私用"] == ""

    # a slash for 'or' in the point is no mark parting it from how it shows; either width parts
    def slashed(cells):
        rows = [["序号", "科室", "岗位", "姓名", "风险点/表现形式", "风险等级", "防控措施"]]
        for n, cell in enumerate(cells, 1):
            rows.append([str(n), "市场股", "股长", "郦澈", cell, "二级", "集体研究"])
        return {"表": rows}

    cells = ["专项资金审核把关不严／对申报材料不实审核不出", "招商优惠承诺随意／超越权限承诺优惠政策",
             "市场检查选择执法／对关系户检查走过场", "展会补贴发放不公／补贴对象未经公示",
             "报销/借款审核不严/对票据真实性不审查"]  # fmt: skip
    got = run(tmp_path / "d", slashed(cells))
    assert got.risks["risk_point"].tolist() == [
        "专项资金审核把关不严", "招商优惠承诺随意", "市场检查选择执法", "展会补贴发放不公", cells[4],
    ]  # fmt: skip
    ors = ["审批／审核不严", "资金拨付／结算不及时", "招标／评标暗箱操作", "采购／验收把关不严"]
    got = run(tmp_path / "d2", slashed(ors))
    assert got.risks["risk_point"].tolist() == ors
    # a note that the name after the arrow is the former holder's
    got = run(tmp_path / "e", {"表": [
        ["序号", "股室", "岗位", "责任人", "风险点", "风险等级", "防控措施"],
        ["1", "综合股", "股长", "蔺澈→邝渝", "档案接收把关不严", "二级", "双人复核"],
        ["2", "综合股", "科员", "阚湛", "档案调阅不登记", "二级", "调阅审批"],
        ["注：“→”后为原责任人，已调离。"],
    ]})  # fmt: skip
    assert got.risks["person"].tolist() == ["蔺澈", "阚湛"]


def test_a_level_tag_opening_the_measures(tmp_path):
    """'【二级】…' opening the measures cell, no level column (batch 508's shape in other words):
    the point's level, taken out of the measures; a number tag ('（1）') is none, and a table
    with its own level column keeps it."""
    rows = [
        ["序号", "科室", "岗位", "姓名", "廉政风险点", "防控措施"],
        ["1", "工程股", "股长", "郦澈", "工程变更审核不严", "【一级】变更集体研究，资料存档。"],
        ["2", "工程股", "科员", "阚湛", "计量支付不实", "【三级】计量双人复核。"],
        ["3", "工程股", "科员", "阚湛", "资料归档滞后", "（1）按月归档；（2）专人保管。"],
        ["注：防控措施前【】内为该风险点的风险等级。"],
    ]
    got = run(tmp_path / "a", {"表": rows})
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅲ级", ""]
    assert got.risks["measures"].tolist()[:2] == ["变更集体研究，资料存档。", "计量双人复核。"]
    with_level = [[*r[:5], "风险等级", r[5]] if i == 0 else [*r[:5], "二级", r[5]]
                  for i, r in enumerate(rows[:3])]  # fmt: skip
    got = run(tmp_path / "b", {"表": with_level})
    assert got.risks["risk_level"].tolist() == ["Ⅱ级", "Ⅱ级"]


def test_a_holder_column_headed_by_the_post_itself(tmp_path):
    """'序号 | 片区 | 护林员 | 风险点 | …' (batch 507's shape in other words): names under a heading
    that is a post, no post column: the heading is each holder's post."""
    got = run(tmp_path, {"表": [
        ["序号", "片　区", "生态护林员", "廉政风险点", "风险等级", "防控措施"],
        ["1", "东山片", "郦澈", "巡护记录弄虚作假", "二级", "巡护轨迹上传平台"],
        ["2", "西沟片", "阚湛", "发现盗伐隐瞒不报", "一级", "发现问题当日上报"],
    ]})  # fmt: skip
    assert got.risks["title"].tolist() == ["生态护林员", "生态护林员"]
    assert got.risks["person"].tolist() == ["郦澈", "阚湛"]


def test_how_it_shows_then_its_measures_on_labelled_lines_of_one_column(tmp_path):
    """'风险表现及防控措施' over '表现：…⏎措施：…' (batch 509's column in other words): how the
    point shows is its description, the rest its measures; under a plain measures heading the
    cell stays whole."""

    def rows(head):
        return {"表": [
            ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", head],
            ["1", "招生办", "主任", "郦澈", "招生计划调整不公开", "一级",
             "表现：擅自调整各校招生名额\n措施：1.计划集体研究；2.结果公示。"],
            ["2", "招生办", "科员", "阚湛", "违规办理转学", "二级",
             "表现形式：为不符合条件的学生办理转学\n防控措施：转学材料两人审核。"],
        ]}  # fmt: skip

    got = run(tmp_path / "a", rows("风险表现及防控措施"))
    assert got.risks["description"].tolist() == [
        "擅自调整各校招生名额",
        "为不符合条件的学生办理转学",
    ]
    assert got.risks["measures"].tolist() == ["1.计划集体研究；2.结果公示。", "转学材料两人审核。"]
    got = run(tmp_path / "b", rows("防控措施"))
    assert set(got.risks["description"]) == {""}


def test_levels_in_capital_numerals_are_the_levels_they_count(tmp_path):
    """Batch 512's 壹级/贰级/叁级, in other words: a 档案馆's list writing its levels as on a
    cheque ('叁级风险', the traditional 貳 too) reads them as Ⅰ/Ⅱ/Ⅲ, without a note; a point
    naming a 壹 in its own words is no level."""
    rows = [
        ["科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
        ["保管科", "科长", "岑瀚翎", "壹号库房钥匙管理松散", "壹级", "钥匙双人保管，登记领用。"],
        ["保管科", "科长", "岑瀚翎", "档案出库不登记", "貳级", "出库扫码登记。"],
        ["保管科", "科长", "岑瀚翎", "库房温湿度记录补记", "叁级风险", "自动记录，月底核查。"],
    ]
    got = run(tmp_path, {"一览表": rows})
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级", "Ⅲ级"]
    assert got.risks["risk_point"].tolist()[0] == "壹号库房钥匙管理松散"
    assert not {c for c, _cell in issues(got)} & {"LEVEL_UNKNOWN", "LEVEL_BLANK"}


def test_levels_written_as_degrees_are_high_middle_low(tmp_path):
    """Batch 516's 高度/中度/低度, in other words: a 水文站's list (中度风险 too) reads them as
    Ⅰ/Ⅱ/Ⅲ without a note."""
    rows = [
        ["股室", "岗位", "姓名", "风险点", "风险程度", "防控措施"],
        ["测验股", "股长", "祁翀瑗", "测站设备采购指定品牌", "高度", "三家比价，集体研究。"],
        ["测验股", "股长", "祁翀瑗", "水文资料对外提供不登记", "中度风险", "提供资料审批登记。"],
        ["测验股", "股长", "祁翀瑗", "野外补助虚报天数", "低度", "考勤与轨迹核对。"],
    ]
    got = run(tmp_path, {"一览表": rows})
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级", "Ⅲ级"]
    assert not {c for c, _cell in issues(got)} & {"LEVEL_UNKNOWN", "LEVEL_BLANK"}


def test_a_list_typed_out_again_on_a_second_sheet_is_read_once(tmp_path):
    """Batch 526's '清单' and '打印版', in other words: a 文化馆's list merged on one sheet and
    typed out again unmerged on '副本' (spaces aside, the same holders, points and levels):
    read once, the copy said; a second sheet differing by one point is no copy."""
    head = ["科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"]
    rows = [
        ["辅导部", "部长", "郄璟翀", "培训经费报销不实", "二级", "经费报销两人审核。"],
        ["辅导部", "部长", "郄璟翀", "群文活动评奖不公", "三级", "评委随机抽取。"],
        ["办公室", "主任", "鄂瑧沄", "公务用车私用", "二级", "派车登记。"],
    ]
    shown = [head, *rows]
    typed = [head, *[[*r[:3], r[3].replace("不实", " 不实"), *r[4:]] for r in rows]]
    got = run(tmp_path / "copy", {"清单": shown, "副本": typed})
    assert len(got.risks) == 3 and set(got.risks["source_sheet"]) == {"清单"}
    said = got.issues[got.issues["code"] == "SHEET_SECOND_COPY"]
    assert said["source_sheet"].tolist() == ["副本"] and said["severity"].tolist() == ["info"]
    other = [head, *rows[:2], [*rows[2][:3], "办公用品采购不比价", "三级", "三家比价。"]]
    got = run(tmp_path / "other", {"清单": shown, "二": other})
    assert "SHEET_SECOND_COPY" not in set(got.issues["code"])
    assert len(got.risks) == 6


def test_levels_as_coloured_emoji_a_line_above_explains(tmp_path):
    """Batch 524's 🔴/🟡/🟢, in other words: a 园林所's list writing its levels as coloured
    squares, a line above the heading gluing each to its level ('等级标识：🟥高　🟨中　🟩低');
    without that line the squares are no levels (nothing guessed)."""
    head = ["股室", "岗位", "姓名", "风险点", "等级", "防控措施"]
    rows = [
        ["绿化股", "股长", "佘翊澂", "苗木采购以次充好", "🟥", "苗木验收两人签字。"],
        ["绿化股", "股长", "佘翊澂", "养护合同验收走过场", "🟨", "第三方抽检。"],
        ["绿化股", "股长", "佘翊澂", "绿化补植数量虚报", "🟩", "补植照片存档。"],
    ]
    got = run(
        tmp_path / "legend",
        {"表": [["某园林所风险点一览表"], ["等级标识：🟥高　🟨中　🟩低"], head, *rows]},
    )
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级", "Ⅲ级"]
    got = run(tmp_path / "none", {"表": [["某园林所风险点一览表"], head, *rows]})
    assert got.risks["risk_level"].tolist() == ["", "", ""]
    assert "LEVEL_UNKNOWN" in {code for code, _cell in issues(got)}


def test_two_villages_sheets_of_the_same_posts_are_not_copies(tmp_path):
    """Review 82: tabs '东村' and '西村' listing the same posts and points, naming no one: two
    villages' lists, both read (a copy must name the same holders under the same title)."""
    rows = [
        ["序号", "岗位", "风险点", "风险等级", "防控措施"],
        [1, "村党支部书记", "村级工程项目发包优亲厚友", "高", "四议两公开。"],
        [2, "村报账员", "集体资金收支不入账", "中", "村务公开。"],
    ]
    got = run(tmp_path, {"东村": rows, "西村": [list(r) for r in rows]})
    assert len(got.risks) == 4
    assert "SHEET_SECOND_COPY" not in {code for code, _cell in issues(got)}


def test_a_holders_own_details_bracketed_after_the_name_are_no_part_of_it(tmp_path):
    """Batch 531's '（回族）', in other words: a 林场's list naming each holder with a detail of
    his own after the name (people, sex, party), merged over his rows or not: the name alone."""
    rows = [
        ["股室", "岗位", "责任人", "风险点", "风险等级", "防控措施"],
        ["营林股", "股长", "马瀚骞（东乡族）", "造林验收弄虚作假", "高", "验收两人签字。"],
        ["营林股", "股长", "", "抚育面积虚报", "中", "面积复核。"],
        ["资源股", "技术员", "冶珺瑶（女）", "林木采伐审核不严", "高", "采伐公示。"],
        ["办公室", "主任", "喇翊沣（中共党员）", "公车私用", "低", "派车登记。"],
    ]
    got = run(tmp_path, {"表": rows}, merges={"表": ["C2:C3", "A2:A3", "B2:B3"]})
    assert got.posts["person"].tolist() == ["马瀚骞", "冶珺瑶", "喇翊沣"]


def test_a_run_cut_by_a_page_break_marked_going_on_is_one_holders(tmp_path):
    """Batch 534's '（续）', in other words: a list printed over two pages, the heading typed
    again and the cut holder's 科室, post and name marked '（续）' over his remaining rows:
    one holder, one form."""
    head = ["序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施"]
    rows = [
        head,
        [1, "计财股", "股长", "禹沣翊", "预算调整不按程序", "高", "集体研究。"],
        [2, "计财股", "股长", "禹沣翊", "票据审核不严", "中", "双人复核。"],
        head,
        [3, "计财股（续）", "股长（续）", "禹沣翊（续）", "专项资金拨付滞后", "低", "限时办结。"],
        [4, "办公室", "主任", "阙玥琤", "公车私用", "低", "派车登记。"],
    ]
    got = run(tmp_path, {"表": rows})
    assert got.posts[["department", "title", "person", "n_risks"]].values.tolist() == [
        ["计财股", "股长", "禹沣翊", 3], ["办公室", "主任", "阙玥琤", 1],
    ]  # fmt: skip


def test_points_with_footnote_marks_take_their_notes_as_descriptions(tmp_path):
    """Batch 533's marks, in other words: a 档案馆's list closing each point with ①②③, notes
    under the table in one cell ('注：①指…；②指…'); without notes for every mark, or with a
    mark twice, nothing is changed."""
    head = ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"]
    rows = [
        head,
        [1, "保管科", "科长", "逯珩翊", "档案出库不登记①", "高", "出库扫码。"],
        [2, "保管科", "科长", "逯珩翊", "涉密档案外借②", "高", "审批登记。"],
        [3, "利用科", "科员", "祁琬沅", "查档收费不开票③", "中", "票据统管。"],
        ["注：①指出库单补填；②指未经审批借出涉密件；③指收费不入账。"],
    ]
    got = run(tmp_path / "a", {"表": rows})
    assert got.risks["risk_point"].tolist() == ["档案出库不登记", "涉密档案外借", "查档收费不开票"]
    assert got.risks["description"].tolist() == ["出库单补填", "未经审批借出涉密件", "收费不入账"]
    assert ("POINT_FOOTNOTES", "E2") in issues(got)
    rows[-1] = ["注：①指出库单补填；②指未经审批借出涉密件。"]  # (no note for ③)
    got = run(tmp_path / "b", {"表": rows})
    assert got.risks["risk_point"].tolist()[2] == "查档收费不开票③"
    assert "POINT_FOOTNOTES" not in {code for code, _cell in issues(got)}


def test_a_point_and_its_measures_parted_by_an_empty_line(tmp_path):
    """Batch 537's cells, in other words: under '风险点及防控措施' (no measures column) each
    cell is the point, an empty line, then its measures in plain sentences; under a plain
    '风险点' heading such a cell stays whole."""
    cells = [
        "涉农补贴发放优亲厚友\n\n补贴名单村组公示七日，乡镇复核后发放。",
        "惠民资金一卡通代领冒领\n\n资金直达农户账户，定期抽查回访。",
    ]
    rows = [["股室", "岗位", "姓名", "风险点及防控措施", "风险等级"]]
    rows += [["资金股", "股长", "晏翀珩", c, "高"] for c in cells]
    got = run(tmp_path / "a", {"表": rows})
    assert got.risks["risk_point"].tolist() == ["涉农补贴发放优亲厚友", "惠民资金一卡通代领冒领"]
    assert got.risks["measures"].tolist()[0] == "补贴名单村组公示七日，乡镇复核后发放。"
    assert "MEASURES_BLANK" not in {code for code, _cell in issues(got)}
    rows[0][3] = "风险点"
    got = run(tmp_path / "b", {"表": rows})
    assert got.risks["risk_point"].tolist()[0].startswith("涉农补贴发放优亲厚友\n")


def test_a_rank_typed_before_each_name_beside_a_post_column(tmp_path):
    # (547: '一级指挥员　禤骁沨' under 姓名 beside 职务; here civil-service grades and police ranks)
    rows = [["某县公安局交警大队廉政风险防控一览表"],
            ["序号", "科室", "职务", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "事故中队", "中队长", "二级警长　缪沚汀", "事故认定偏袒一方", "高", "集体研判"],
            [2, "综合室", "主任", "四级主任科员　骆澜曦", "罚没款票据管理不严", "中", "专人保管"]]  # fmt: skip
    got = run(tmp_path, {"S": rows})
    assert got.posts[["department", "title", "person"]].values.tolist() == [
        ["事故中队", "中队长", "缪沚汀"], ["综合室", "主任", "骆澜曦"]
    ]  # fmt: skip


def test_a_post_written_after_what_its_holder_does(tmp_path):
    # (551 --strict: '分管社会救助工作的副局长' in the 岗位 column; here a 卫健局's)
    rows = [["某县卫生健康局岗位廉政风险防控一览表"],
            ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "局领导", "主管医政医管工作的副局长", "郦沅澧", "干预医疗纠纷处理", "高", "集体研究"],
            [2, "财务股", "负责基建项目资金核算的会计", "缪清和", "虚列工程款", "中", "双人审核"],
            [3, "办公室", "主任", "靳若水", "公车私用", "低", "派车登记"]]  # fmt: skip
    got = run(tmp_path, {"S": rows})
    posts = got.posts.set_index("person")
    assert posts.loc["郦沅澧", "title"] == "副局长" and posts.loc["郦沅澧", "tier"] == "领导岗位"
    assert posts.loc["缪清和", "title"] == "会计" and posts.loc["靳若水", "title"] == "主任"
    duty = got.risks.set_index("person")["duty"]
    assert duty["郦沅澧"] == "主管医政医管工作" and duty["缪清和"] == "负责基建项目资金核算"


def test_what_the_eighty_fourth_review_found(tmp_path):
    # a supervisor's post before the name ('股长 骆澜曦' over 会计, 出纳) is no rank: the name
    # holds no post of the row (left blank, as before); '…的人员', '…的局领导' keep the whole cell
    rows = [["某县交通运输局岗位廉政风险防控一览表"],
            ["序号", "科室", "岗位", "责任人", "风险点", "风险等级", "防控措施"],
            [1, "财务股", "会计", "股长 骆澜曦", "报销审核不严", "高", "双人复核"],
            [2, "财务股", "出纳", "股长 骆澜曦", "公款私存", "中", "定期对账"],
            [3, "运管股", "科员", "股长 宓沚汀", "执法吃拿卡要", "中", "全程记录"]]  # fmt: skip
    got = run(tmp_path / "rank", {"S": rows})
    assert set(got.posts["person"]) == {""}
    rows = [["某县教育局岗位廉政风险防控一览表"],
            ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "基教股", "从事学籍管理工作的人员", "骆澜曦", "违规办理学籍", "中", "结果公示"],
            [2, "局领导", "分管后勤的局领导", "宓沚汀", "干预工程发包", "高", "集体研究"]]  # fmt: skip
    got = run(tmp_path / "duty", {"S": rows})
    assert got.posts["title"].tolist() == ["从事学籍管理工作的人员", "分管后勤的局领导"]


def test_a_holders_keshi_bracketed_after_the_name(tmp_path):
    # (555: '鄂琤淏（市场运行科）' under 责任人, no 科室 column; here a 粮食局's, a leaders' group
    # too, and brackets that are no 科室 left to the rules for them)
    rows = [["某县粮食和物资储备局岗位廉政风险防控一览表"],
            ["序号", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施"],
            [1, "局长", "阙澍岚（局领导）", "储备粮轮换个人说了算", "高", "集体研究"],
            [2, "股长", "邴沐辰（仓储管理股）", "虚报仓储保管费", "中", "账实核对"],
            [3, "科员", "宓沚汀（女）", "出入库登记不实", "低", "双人登记"]]  # fmt: skip
    got = run(tmp_path, {"S": rows})
    assert got.posts[["department", "person"]].values.tolist() == [
        ["局领导", "阙澍岚"], ["仓储管理股", "邴沐辰"], ["", "宓沚汀"]
    ]  # fmt: skip


def test_a_group_row_naming_a_group_after_a_post_word_is_its_part(tmp_path):
    # batch 562: '二、会计核算组' is a 科室 of the 财政所 though 会计 is a post's word; here a
    # hospital's 组, 处 and 队 named after their posts' work, and the posts themselves as before
    assert caption_identity("二、收费结算组") == ("department", "收费结算组")
    assert caption_identity("（三）出纳管理处") == ("department", "出纳管理处")
    assert caption_identity("四、司机服务队") == ("department", "司机服务队")
    assert caption_identity("二、会计") == ("title", "会计")
    assert caption_identity("三、执法队员") == ("title", "执法队员")
    assert caption_identity("一、院领导") == ("department", "院领导")
    rows = [["XX县中医院廉政风险防控责任清单"], ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
            ["一、院领导"], [1, "院长", "甯澄岚", "大型设备采购干预招标", "一级", "集体决策，全程留痕。"],
            ["二、收费结算组"], [2, "收费员", "郗沐川", "收费不开票据", "二级", "票款每日核对。"],
            [3, "会计", "甯霁舟", "医保结算数据造假", "一级", "结算数据双人复核。"],
            ["三、司机服务队"], [4, "驾驶员", "郗泓远", "公车私用", "三级", "派车单审批，定位监控。"]]  # fmt: skip
    merges = ["A1:F1", "A3:F3", "A5:F5", "A8:F8"]
    got = run(tmp_path, {"清单": rows}, {"清单": merges}).posts
    assert sorted(zip(got["department"], got["title"], got["person"], strict=True)) == sorted([
        ("院领导", "院长", "甯澄岚"), ("收费结算组", "收费员", "郗沐川"),
        ("收费结算组", "会计", "甯霁舟"), ("司机服务队", "驾驶员", "郗泓远"),
    ])  # fmt: skip


def test_criteria_ticked_under_an_assessment_heading_banded_by_a_note(tmp_path):
    # (572: '风险评估要素（具备的打“√”）' names no level, but a note bands the count of ticks;
    # here a 医保局's '风险判定因素' over its own factors. Without the note: no criteria)
    rows = [["XX县医疗保障局岗位廉政风险研判表"],
            ["序号", "股室", "岗位", "姓名", "廉政风险点", "风险判定因素", None, None, "防控措施"],
            [None, None, None, None, None, "涉及基金支付", "自由裁量大", "直接面对参保人", None],
            [1, "基金监管股", "股长", "亓澄岫", "飞行检查走过场", "√", "√", "√", "检查两人以上。"],
            [2, "基金监管股", "科员", "鄢霁川", "稽核结果不如实上报", "√", "", "", "稽核双人复核。"],
            [3, "待遇保障股", "股长", "亓沐岚", "特殊病种认定降低标准", "√", "√", "", "专家评审。"],
            ["注：具备三项及以上判定因素的为一级风险，具备两项的为二级风险，具备一项的为三级风险。"]]  # fmt: skip
    merges = {"S": ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:H2", "I2:I3", "A7:I7"]}
    got = run(tmp_path / "noted", {"S": rows}, merges)
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅲ级", "Ⅱ级"]
    got = run(tmp_path / "bare", {"S": rows[:-1]}, merges)
    assert set(got.risks["risk_level"]) == {""}


def test_a_level_cell_listing_each_grades_point_numbers(tmp_path):
    # (576: '一级：2⏎二级：1⏎三级：3' beside '1.…⏎2.…⏎3.…'; here a 气象局's '高：1、3⏎低：2',
    # one line '中：1、2', and a cell whose numbers do not match its points, read as before)
    rows = [["XX县气象局岗位廉政风险防控一览表"],
            ["序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
            [1, "业务股", "股长", "仉翯澜", "1.观测设备采购指定品牌\n2.探空气球验收不严\n3.人影作业弹药出入库不登记",
             "高：1、3\n低：2", "1.公开采购。\n2.双人验收。\n3.专人登记。"],
            [2, "办公室", "会计", "濮阳琛", "1.报账审核不严\n2.公务接待超标准", "中：1、2", "三签报账。"],
            [3, "办公室", "出纳", "仉澜岍", "1.现金坐支\n2.支票不登记", "高：1、3", "日清月结。"]]  # fmt: skip
    got = run(tmp_path, {"S": rows})
    levels = dict(zip(got.risks["risk_point"], got.risks["risk_level"], strict=True))
    assert levels["观测设备采购指定品牌"] == "Ⅰ级" and levels["探空气球验收不严"] == "Ⅲ级"
    assert levels["人影作业弹药出入库不登记"] == "Ⅰ级"
    assert levels["报账审核不严"] == levels["公务接待超标准"] == "Ⅱ级"
    mine = dict(zip(got.risks["risk_point"], got.risks["measures"], strict=True))
    assert mine["探空气球验收不严"] == "双人验收。"
    assert len(got.risks) == 6  # (the 出纳's cell names a point 3 it has not: one cell, as before)


def test_a_holder_column_of_post_over_name_each_row_a_point(tmp_path):
    # (577: '岗位及责任人' with the post on a holder's first row and his name on the next, unmerged,
    # each row its own point, the rest of his block blank; here a 医院's '职务/姓名' column)
    rows = [["XX县中医院岗位廉政风险防控一览表"],
            ["序号", "科室", "职务/姓名", "廉政风险点", "风险等级", "防控措施"],
            [1, "院领导", "院长", "大型设备采购干预招标", "高", "集体决策。"],
            [2, None, "壤驷澄", "基建项目指定施工方", "高", "公开招标。"],
            [3, None, None, "干部选任打招呼", "中", "党委研究。"],
            [4, "药剂科", "主任", "药品遴选收受回扣", "高", "药事会集体遴选。"],
            [5, None, "冼霁川", "药品验收不严", "中", "双人验收。"]]  # fmt: skip
    got = run(tmp_path / "a", {"S": rows}, {"S": ["B3:B5", "B6:B7"]})
    r = got.risks
    assert sorted(zip(r["title"], r["person"], r["risk_point"], strict=True)) == sorted([
        ("院长", "壤驷澄", "大型设备采购干预招标"), ("院长", "壤驷澄", "基建项目指定施工方"),
        ("院长", "壤驷澄", "干部选任打招呼"), ("主任", "冼霁川", "药品遴选收受回扣"),
        ("主任", "冼霁川", "药品验收不严"),
    ])  # fmt: skip
    # a column of holders' names only, one a row: read as before
    plain = [rows[0], ["序号", "科室", "姓名", "廉政风险点", "风险等级", "防控措施"],
             [1, "院领导", "壤驷澄", "大型设备采购干预招标", "高", "集体决策。"],
             [2, "院领导", "冼霁川", "基建项目指定施工方", "高", "公开招标。"]]  # fmt: skip
    got = run(tmp_path / "b", {"S": plain})
    assert sorted(got.risks["person"]) == ["冼霁川", "壤驷澄"]


def test_criteria_marked_met_and_unmet(tmp_path):
    # (review 87: '×' under a criterion not met, '是' under one met, as a note bands the count)
    rows = [["XX县医疗保障局岗位廉政风险研判表"],
            ["序号", "股室", "岗位", "姓名", "廉政风险点", "风险判定因素", None, None, "防控措施"],
            [None, None, None, None, None, "涉及基金支付", "自由裁量大", "直接面对参保人", None],
            [1, "基金监管股", "股长", "亓澄岫", "飞行检查走过场", "是", "是", "是", "检查两人以上。"],
            [2, "基金监管股", "科员", "鄢霁川", "稽核结果不如实上报", "√", "×", "×", "稽核双人复核。"],
            [3, "待遇保障股", "股长", "亓沐岚", "特殊病种认定降低标准", "√", "√", "×", "专家评审。"],
            ["注：具备三项及以上判定因素的为一级风险，具备两项的为二级风险，具备一项的为三级风险。"]]  # fmt: skip
    merges = {"S": ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:H2", "I2:I3", "A7:I7"]}
    got = run(tmp_path, {"S": rows}, merges)
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅲ级", "Ⅱ级"]


def test_safety_risks_beside_integrity_risks_are_set_aside(tmp_path):
    # (579: '安全生产风险（双重预防）' over 风险点 | 风险等级 | 管控措施 beside '廉政风险' over its own;
    # here a 住建局's '安全风险（隐患排查）' and '廉洁风险', a row with a hazard only)
    rows = [["XX县住房和城乡建设局岗位“一岗双责”风险排查表"],
            ["序号", "股室", "岗位", "姓名", "安全风险（隐患排查）", None, None, "廉洁风险", None, None],
            [None, None, None, None, "风险点", "风险等级", "管控措施", "风险点", "风险等级", "防控措施"],
            [1, "质安股", "股长", "仝澄岚", "深基坑检查未戴安全帽", "较大风险", "进场戴帽。",
             "质量检测报告审查放水", "一级", "报告双人审查。"],
            [2, "质安股", "股长", "仝澄岚", "高处检查未系安全带", "一般风险", "系挂安全带。", None, None, None],
            [3, "城建股", "股员", "鞠沐川", None, None, None, "市政工程验收走过场", "二级", "验收集体参加。"]]  # fmt: skip
    merges = ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:G2", "H2:J2"]
    got = run(tmp_path / "a", {"S": rows}, {"S": merges})
    assert sorted(got.risks["risk_point"]) == ["市政工程验收走过场", "质量检测报告审查放水"]
    assert set(got.risks["risk_level"]) == {"Ⅰ级", "Ⅱ级"}
    assert ("COLUMNS_NOT_INTEGRITY", "E2") in issues(got)
    assert not [c for c, _at in issues(got, "warning")]
    # '食品安全监管' over an integrity table's own columns: its points, as before
    food = [rows[0], ["序号", "股室", "岗位", "姓名", "食品安全监管风险", None, None],
            [None, None, None, None, "风险点", "风险等级", "防控措施"],
            [1, "食安股", "股长", "仝澄岚", "抽检结果选择性公布", "一级", "结果全部公开。"]]  # fmt: skip
    got = run(tmp_path / "b", {"S": food}, {"S": ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:G2"]})
    assert list(got.risks["risk_point"]) == ["抽检结果选择性公布"]


def test_a_point_merged_across_the_posts_that_share_it(tmp_path):
    # (582: under '各岗位廉政风险点' over 'post⏎name' columns, a point shared by neighbouring posts
    # written once in a cell merged across their columns; here a 镇政府's 站所 posts)
    rows = [["XX镇人民政府岗位廉政风险点分布表"],
            ["序号", "工作事项", "各岗位廉政风险点", None, None, "风险等级", "防控措施"],
            [None, None, "站长\n勾澄岚", "会计\n乐正霁", "出纳\n勾沐川", None, None],
            [1, "资金拨付", "拨付审批把关不严", None, "现金坐支", "一级", "拨付双签。"],
            [2, "项目验收", "验收走过场、虚报工程量", None, None, "二级", "集体验收。"],
            [3, "票据管理", "/", "票据保管不善", "/", "三级", "专柜保管。"]]  # fmt: skip
    merges = ["A2:A3", "B2:B3", "C2:E2", "F2:F3", "G2:G3", "C5:E5", "C4:D4"]
    got = run(tmp_path, {"S": rows}, {"S": merges})
    r = got.risks
    assert sorted(zip(r["title"], r["person"], r["risk_point"], strict=True)) == sorted([
        ("站长", "勾澄岚", "拨付审批把关不严"), ("会计", "乐正霁", "拨付审批把关不严"),
        ("出纳", "勾沐川", "现金坐支"),
        ("站长", "勾澄岚", "验收走过场、虚报工程量"), ("会计", "乐正霁", "验收走过场、虚报工程量"),
        ("出纳", "勾沐川", "验收走过场、虚报工程量"),
        ("会计", "乐正霁", "票据保管不善"),
    ])  # fmt: skip


def test_what_the_eighty_ninth_review_found(tmp_path):
    # bands naming an integrity table's own areas of work ('食品安全风险', '资金安全风险') are no
    # safety programme's: their points stand
    rows = [["XX县市场监督管理局岗位廉政风险防控表"],
            ["序号", "股室", "岗位", "姓名", "食品安全风险", None, None, "资金安全风险", None, None],
            [None, None, None, None, "风险点", "风险等级", "防控措施", "风险点", "风险等级", "防控措施"],
            [1, "食品股", "股长", "仝澄岚", "抽检结果选择性公布", "一级", "结果全部公开。", "挪用抽检经费", "二级", "专账核算。"]]  # fmt: skip
    merges = ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:G2", "H2:J2"]
    got = run(tmp_path / "a", {"S": rows}, {"S": merges})
    assert sorted(got.risks["risk_point"]) == ["抽检结果选择性公布", "挪用抽检经费"]
    assert "COLUMNS_NOT_INTEGRITY" not in {c for c, _at in issues(got)}
    # a section's caption or a note merged across the post columns is no post's point; a point
    # merged across stage columns is one point
    head = [["XX镇人民政府岗位廉政风险点分布表"],
            ["序号", "工作事项", "各岗位廉政风险点", None, None, "风险等级", "防控措施"],
            [None, None, "站长\n勾澄岚", "会计\n乐正霁", "出纳\n勾沐川", None, None]]  # fmt: skip
    body = [[None, "一、财务管理", "财务类风险", None, None, None, None],
            [1, "资金拨付", "拨付审批把关不严", None, "现金坐支", "一级", "拨付双签。"],
            ["备注", None, "“/”表示该岗位无此项风险", None, None, None, None]]  # fmt: skip
    merges = ["A2:A3", "B2:B3", "C2:E2", "F2:F3", "G2:G3", "C4:E4", "C5:D5", "C6:E6"]
    got = run(tmp_path / "b", {"S": head + body}, {"S": merges})
    points = list(got.risks["risk_point"])
    assert points.count("拨付审批把关不严") == 2 and points.count("现金坐支") == 1
    # (the caption and the note are not spread to every post; read as before, at most once)
    assert points.count("财务类风险") <= 1 and points.count("“/”表示该岗位无此项风险") <= 1
    stages = [["XX县行政审批局岗位廉政风险防控表"],
              ["岗位", "姓名", "廉政风险点", None, None, "风险等级", "防控措施"],
              [None, None, "受理环节", "审核环节", "办结环节", None, None],
              ["科员", "鞠沐川", "吃拿卡要、故意刁难申请人", None, None, "二级", "一次告知。"]]  # fmt: skip
    got = run(tmp_path / "c", {"S": stages},
              {"S": ["A2:A3", "B2:B3", "C2:E2", "F2:F3", "G2:G3", "C4:E4"]})  # fmt: skip
    assert list(got.risks["risk_point"]) == ["吃拿卡要、故意刁难申请人"]


def test_holders_in_section_columns_merged_down_and_across(tmp_path):
    # (584: '责任人' over '小学部 | 初中部'; here a 医院's '门诊部 | 住院部'): each section's holder
    # of the row's post, a name merged down over the post's rows holds them all, one merged across
    # both sections is the unit's own (no 科室), '/' none
    rows = [["XX县人民医院岗位廉政风险防控表"],
            ["序号", "岗位", "廉政风险点", "风险等级", "防控措施", "责任人", None],
            [None, None, None, None, None, "门诊部", "住院部"],
            [1, "院长", "大型设备采购干预招标", "高", "集体决策。", "况澄远", None],
            [2, None, "基建项目指定施工方", "高", "公开招标。", None, None],
            [3, "护士长", "耗材申领虚报", "中", "申领双签。", "亢沐岚", "况霁舟"],
            [4, None, "排班中优亲厚友", "低", "排班公示。", None, None],
            [5, "收费员", "收费不开票据", "中", "日清日结。", "亢岫琮", "/"]]  # fmt: skip
    merges = ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:G2", "F4:G5", "B4:B5", "B6:B7",
              "F6:F7", "G6:G7"]  # fmt: skip
    got = run(tmp_path, {"S": rows}, {"S": merges})
    r = got.risks
    assert sorted(zip(r["department"], r["title"], r["person"], r["risk_point"], strict=True)) == sorted([
        ("", "院长", "况澄远", "大型设备采购干预招标"), ("", "院长", "况澄远", "基建项目指定施工方"),
        ("门诊部", "护士长", "亢沐岚", "耗材申领虚报"), ("门诊部", "护士长", "亢沐岚", "排班中优亲厚友"),
        ("住院部", "护士长", "况霁舟", "耗材申领虚报"), ("住院部", "护士长", "况霁舟", "排班中优亲厚友"),
        ("门诊部", "收费员", "亢岫琮", "收费不开票据"),
    ])  # fmt: skip


def test_common_points_under_a_collective_holder_go_to_each_holder_of_the_post(tmp_path):
    # (585: '各临床、医技科室 | 科主任 | 各科室主任' over common points; here a 镇政府's '各站所 |
    # 站长 | 全体站长' and each 站长 named below; a collective row of a post no one is named for
    # stays as read)
    rows = [["XX镇人民政府站所负责人廉政风险防控清单"],
            ["序号", "站所", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施"],
            [1, "各站所", "站长", "全体站长", "项目资金拨付把关不严", "高", "拨付集体研究。"],
            [2, "各站所", "站长", "全体站长", "公务接待超标准", "中", "接待清单制度。"],
            [3, "各站所", "会计", "各站所会计", "票据审核不严", "中", "三签报账。"],
            [4, "农业站", "站长", "况澄远", "农机补贴审核不实", "高", "补贴公示。"],
            [5, "林业站", "站长", "亢沐岚", "林木采伐审核放宽", "中", "集体审核。"]]  # fmt: skip
    got = run(tmp_path, {"S": rows})
    r = got.risks
    pairs = sorted(zip(r["person"], r["risk_point"], strict=True))
    for person in ("况澄远", "亢沐岚"):
        assert (person, "项目资金拨付把关不严") in pairs and (person, "公务接待超标准") in pairs
    assert ("况澄远", "农机补贴审核不实") in pairs and len(pairs) == 7
    assert ("POINTS_SHARED_BY_POST", "D3") in issues(got)


def test_manchu_compound_surnames_are_names(tmp_path):
    # '纳兰', '完颜': compound surnames of the northeast and Inner Mongolia (a 说明 line naming
    # holders by name only missed them)
    assert looks_like_name("纳兰沅芷") and looks_like_name("完颜霁川")
    rows = [["XX旗民族事务委员会廉政风险点一览表"],
            ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
            [1, "主任", "纳兰沅芷", "民族团结项目资金分配不公", "高", "集体研究，结果公示"],
            [2, "科员", "完颜霁川", "补助对象审核把关不严", "中", "入户核查"]]  # fmt: skip
    got = run(tmp_path, {"S": rows})
    assert got.posts["person"].tolist() == ["纳兰沅芷", "完颜霁川"]


def test_rarer_surnames_of_this_stops_holders_read_and_their_words_not():
    # 东门, 西门, 南门, 百里 (百家姓's compounds) and 堪 begin holders' names ('东门岍澍', '堪翀霂'); the
    # places and words they begin stay no names ('东门社区', '百里镇', '堪称'), and 有 stays no surname
    # ('有台账', '有效期' are a checklist's words)
    for name in ("东门岍澍", "西门沐澄", "南门瑄", "百里霂岚", "堪翀霂"):
        assert looks_like_name(name), name
    for word in (
        "东门社区",
        "东门村",
        "西门口",
        "百里镇",
        "堪称",
        "堪用",
        "有台账",
        "有效期",
        "有权限",
    ):
        assert not looks_like_name(word), word


def test_words_of_forms_that_open_with_a_surname_are_no_names():
    # '盖章', '时间', '安全', '金额' open with a surname's character (盖, 时, 安, 金): words of forms and
    # duties, no names (a bare '盖章' under a photo box, a '时间' heading); '许可' stays a name
    for word in ("盖章", "时间", "安全", "金额", "卫生", "应急", "初级", "高级"):
        assert not looks_like_name(word), word
    for name in ("许可", "时军", "盖丽", "安宁"):
        assert looks_like_name(name), name


def test_what_the_hundred_and_twelfth_review_found(tmp_path):
    # a 责任人 column of posts where no one is named ('信贷员', '安全员', '监督员', '主任') and a
    # real name among them stays the holders' column: each post the row's post (its 岗位 empty),
    # no holder; the name his (it had been guessed '其他' and every holder lost); a single post
    # among names alike (it had been read as a person '安全员')
    head = ["科室", "岗位", "责任人", "风险点", "风险等级", "防控措施"]

    def table(cells):
        rows = [["某县住建局廉政风险防控一览表"], head]
        for i, (d, p, h) in enumerate(cells, 1):
            rows.append([d, p, h, f"风险点{i}甲乙丙", "二级", "措施"])
        return {"一览表": rows}

    got = run(tmp_path / "a", table([("信贷股", "", "信贷员"), ("安全股", "", "安全员"),
                                     ("质监站", "", "监督员"), ("办公室", "主任", "甄沐阳")]))  # fmt: skip
    r = got.risks
    assert sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True)) == [
        ("主任", "甄沐阳", "风险点4甲乙丙", "Ⅱ级"),
        ("信贷员", "", "风险点1甲乙丙", "Ⅱ级"),
        ("安全员", "", "风险点2甲乙丙", "Ⅱ级"),
        ("监督员", "", "风险点3甲乙丙", "Ⅱ级"),
    ]
    assert "COLUMN_GUESSED" not in {c for c, _at in issues(got)}
    for n, post in enumerate(("安全员", "会计", "主任")):
        got = run(tmp_path / f"b{n}", table([("安全股", "", post), ("质监站", "监督员", "芮一鸣"),
                                             ("办公室", "主任", "甄沐阳"), ("财务股", "会计", "李娜")]))  # fmt: skip
        r = got.risks
        assert sorted(zip(r["title"], r["person"], r["risk_point"], strict=True)) == sorted([
            (post, "", "风险点1甲乙丙"), ("监督员", "芮一鸣", "风险点2甲乙丙"),
            ("主任", "甄沐阳", "风险点3甲乙丙"), ("会计", "李娜", "风险点4甲乙丙"),
        ]), post  # fmt: skip
        assert not issues(got, "error")
    # a post beside a 岗位 of its own: the 岗位 stands, the post kept as written with a warning
    # at its cell (review 113b: it had been dropped) ('监督员' beside '股长'); three
    # characters ending 员 and opening with a surname beside another 岗位 ('张德员' beside '会计')
    # may be a name as well as a post: as written, with a warning naming the cell
    got = run(tmp_path / "c", table([("质监站", "股长", "监督员"), ("财务股", "会计", "张德员"),
                                     ("财务股", "出纳", "李光员"), ("办公室", "主任", "甄沐阳")]))  # fmt: skip
    r = got.risks
    assert sorted(zip(r["title"], r["person"], r["risk_point"], strict=True)) == sorted([
        ("股长", "监督员", "风险点1甲乙丙"), ("会计", "张德员", "风险点2甲乙丙"),
        ("出纳", "李光员", "风险点3甲乙丙"), ("主任", "甄沐阳", "风险点4甲乙丙"),
    ])  # fmt: skip
    named = got.issues[got.issues["code"] == "HOLDER_CELL_NAMES_POST"]
    assert named["cell"].tolist() == ["C3"] and named["value"].tolist() == ["监督员"]
    said = got.issues[got.issues["code"] == "HOLDER_OR_POST_UNCLEAR"]
    assert said["cell"].tolist() == ["C4"] and said["severity"].tolist() == ["warning"]
    assert said["value"].tolist() == ["张德员、李光员"]
    assert "HOLDER_OR_POST_UNCLEAR" in CATALOGUE


def test_what_the_hundred_and_thirteenth_review_found(tmp_path):
    head = ["科室", "岗位", "责任人", "风险点", "风险等级", "防控措施"]

    def table(cells):
        rows = [["某县住建局廉政风险防控一览表"], head]
        for i, (d, p, h) in enumerate(cells, 1):
            rows.append([d, p, h, f"风险点{i}审批把关不严", "二级", "措施落实到位"])
        return {"一览表": rows}

    # a post in the 责任人 column other than the row's filled 岗位 ('副科长' beside '科长'): not
    # dropped; the row's post stays, the cell kept as written, a warning at it with its text
    got = run(tmp_path / "a", table([("规划科", "科长", "副科长"), ("建管科", "科长", "王伟"),
                                     ("办公室", "主任", "张敏")]))  # fmt: skip
    r = got.risks
    assert sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True)) == [
        ("主任", "张敏", "风险点3审批把关不严", "Ⅱ级"),
        ("科长", "副科长", "风险点1审批把关不严", "Ⅱ级"),
        ("科长", "王伟", "风险点2审批把关不严", "Ⅱ级"),
    ]
    said = got.issues[got.issues["code"] == "HOLDER_CELL_NAMES_POST"]
    assert said["cell"].tolist() == ["C3"] and said["severity"].tolist() == ["warning"]
    assert said["value"].tolist() == ["副科长"] and "科长" in said["message"].iloc[0]
    assert not issues(got, "error")
    # a 责任人 column of posts only ('科长', '副科长', '科员', no name) beside an empty 岗位 column:
    # the rows' posts, no holder (对岗不对人), one info for the column (none for the empty one)
    got = run(tmp_path / "b", table([("规划科", "", "科长"), ("规划科", "", "副科长"),
                                     ("规划科", "", "科员"), ("建管科", "", "科长")]))  # fmt: skip
    r = got.risks
    assert sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True)) == [
        ("副科长", "", "风险点2审批把关不严", "Ⅱ级"),
        ("科员", "", "风险点3审批把关不严", "Ⅱ级"),
        ("科长", "", "风险点1审批把关不严", "Ⅱ级"),
        ("科长", "", "风险点4审批把关不严", "Ⅱ级"),
    ]
    assert [c for c in issues(got) if c[0] == "COLUMN_GUESSED"] == [("COLUMN_GUESSED", "C2")]
    assert not issues(got, "error") and not issues(got, "warning")
    assert "HOLDER_CELL_NAMES_POST" in CATALOGUE
