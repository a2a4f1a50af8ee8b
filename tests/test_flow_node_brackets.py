"""A flow drawn down a stage column ('核定环节', '工作流程') with no 岗位 or 姓名 column, whose node
cells close with a bracket naming the node's post and holder ('资料初审⏎（初审岗　蔺砚秋）'):
each row is that post's and holder's point (one form a holder), the step alone its stage; a
row holding only the connector between two nodes ('→', '▼', '⇩') is a spacer, no point and
no issue. A bracket naming a post only ('（受理岗）') gives post-only forms where nothing else
names the holders; a bracket that names no post and person ('（3个工作日）', '（窗口）') and a
stage column beside real 岗位 / 姓名 columns are read as before.

Not the published batch's chart (a 县不动产登记中心's 登记办理流程 with 申请受理 … 发证归档, ``↓``
rows, 一级/二级/三级): a 县社会保险中心's 待遇核定, a 县医保局's 基金拨付 and a 县公积金中心's
提取审批, other posts and names, 高/中/低, ★ and 较高/一般 levels, one or two heading rows,
merged nodes and single-row ones, full- and half-width brackets, an extra 备注 column, written
with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None, sheet: str = "流程"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "flow.xlsx", {sheet: rows}, {sheet: merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def stages(got) -> set[str]:
    return set(got.risks["workflow"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


def codes(got) -> set[str]:
    return set(got.issues["code"])


def test_merged_nodes_one_heading_row_arrows_between(tmp_path):
    rows = [
        ["XX县社会保险中心待遇核定流程廉政风险防控图"],
        ["核定环节", "序号", "风险点", "等级", "防控措施"],
        ["资料初审\n（初审岗　蔺砚秋）", 1, "放宽材料要求为关系人办理", "高", "一次性告知，材料清单公示。"],
        [None, 2, "故意刁难参保群众", "中", "限时办结，群众评价。"],
        ["→", None, None, None, None],
        ["待遇复核\n（复核岗　晏若澜）", 3, "复核流于形式", "中", "双人复核，留痕备查。"],
        ["▼", None, None, None, None],
        ["核定审批\n（审批岗　郜怀瑾）", 4, "违规核定待遇标准", "高", "系统校验，集体研究。"],
        [None, 5, "超越权限审批", "低", "授权清单管理。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A3:A4", "A8:A9"])
    assert read(got) == sorted([
        ("初审岗", "蔺砚秋", "放宽材料要求为关系人办理", "Ⅰ级"),
        ("初审岗", "蔺砚秋", "故意刁难参保群众", "Ⅱ级"),
        ("复核岗", "晏若澜", "复核流于形式", "Ⅱ级"),
        ("审批岗", "郜怀瑾", "违规核定待遇标准", "Ⅰ级"),
        ("审批岗", "郜怀瑾", "超越权限审批", "Ⅲ级"),
    ])  # fmt: skip
    assert stages(got) == {"资料初审", "待遇复核", "核定审批"}
    assert "POINT_BLANK" not in codes(got)
    assert "HOLDER_IN_CELL_BRACKET" in codes(got)
    no_errors(got)


def test_two_heading_rows_single_row_nodes_post_with_office_and_remarks(tmp_path):
    rows = [
        ["XX县医疗保障局基金拨付廉政风险防控流程"],
        ["工作流程", "风险情况", None, "防控措施", "备注"],
        [None, "风险点", "风险等级", None, None],
        ["审核结算(结算股经办员 蒯泠珊)", "审核把关不严，虚报冒领", "★★★", "智能审核加人工抽查。", None],
        ["⇩", None, None, None, None],
        ["财务复核(基金财务股股长 亓霁堂)", "复核不到位，重复拨付", "★★", "按月对账，差错追责。", "按季通报"],
        ["⇩", None, None, None, None],
        ["拨付(副局长 甄沅澈)", "违规提前拨付资金", "★★★", "拨付计划局务会审定。", None],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A2:A3", "B2:C2", "D2:D3", "E2:E3"], "拨付")
    assert read(got) == sorted([
        ("经办员", "蒯泠珊", "审核把关不严，虚报冒领", "Ⅰ级"),
        ("股长", "亓霁堂", "复核不到位，重复拨付", "Ⅱ级"),
        ("副局长", "甄沅澈", "违规提前拨付资金", "Ⅰ级"),
    ])  # fmt: skip
    assert set(zip(got.risks["department"], got.risks["title"], strict=True)) == {
        ("结算股", "经办员"), ("基金财务股", "股长"), ("", "副局长")
    }  # fmt: skip
    assert stages(got) == {"审核结算", "财务复核", "拨付"}
    assert "POINT_BLANK" not in codes(got)
    no_errors(got)


def test_post_and_name_run_together_no_arrows(tmp_path):
    rows = [
        ["XX县住房公积金管理中心提取审批廉政风险防控表"],
        ["办理流程", "序号", "廉政风险点", "风险级别", "防控措施"],
        ["受理（窗口受理岗郦芸岫）", 1, "对不符合条件的提取申请予以受理", "较高", "提取要件系统比对。"],
        [None, 2, "泄露缴存职工个人信息", "一般", "信息查询权限分级。"],
        ["审批（审批岗闵砚舟）", 3, "违规审批大额提取", "较高", "大额提取双人审批。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A3:A4"], "提取")
    assert read(got) == sorted([
        ("窗口受理岗", "郦芸岫", "对不符合条件的提取申请予以受理", "Ⅱ级"),
        ("窗口受理岗", "郦芸岫", "泄露缴存职工个人信息", "Ⅲ级"),
        ("审批岗", "闵砚舟", "违规审批大额提取", "Ⅱ级"),
    ])  # fmt: skip
    assert stages(got) == {"受理", "审批"}
    no_errors(got)


def test_posts_only_in_the_brackets_give_post_forms(tmp_path):
    rows = [
        ["XX县社会保险中心参保登记流程廉政风险防控图"],
        ["登记环节", "序号", "风险点", "等级", "防控措施"],
        ["申报受理\n（受理岗）", 1, "代办人代签材料不审查", "中", "本人到场或委托书核验。"],
        ["↓", None, None, None, None],
        ["信息录入\n（录入岗）", 2, "篡改参保缴费基数", "高", "录入修改全程留痕。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("受理岗", "", "代办人代签材料不审查", "Ⅱ级"),
        ("录入岗", "", "篡改参保缴费基数", "Ⅰ级"),
    ])  # fmt: skip
    assert stages(got) == {"申报受理", "信息录入"}
    assert "POINT_BLANK" not in codes(got)
    no_errors(got)


def test_brackets_of_time_limits_stay_as_read(tmp_path):
    rows = [
        ["XX县社会保险中心待遇核定流程廉政风险防控表"],
        ["核定环节", "序号", "风险点", "等级", "防控措施"],
        ["资料初审（3个工作日）", 1, "放宽材料要求为关系人办理", "高", "材料清单公示。"],
        ["待遇复核（2个工作日）", 2, "复核流于形式", "中", "双人复核。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("", "", "放宽材料要求为关系人办理", "Ⅰ级"),
        ("", "", "复核流于形式", "Ⅱ级"),
    ])  # fmt: skip
    assert stages(got) == {"资料初审（3个工作日）", "待遇复核（2个工作日）"}
    assert "HOLDER_IN_CELL_BRACKET" not in codes(got)
    no_errors(got)


def test_a_window_in_the_bracket_is_no_post(tmp_path):
    rows = [
        ["XX县住房公积金管理中心提取审批廉政风险防控表"],
        ["办理流程", "序号", "廉政风险点", "风险级别", "防控措施"],
        ["受理（综合窗口）", 1, "对不符合条件的提取申请予以受理", "较高", "提取要件系统比对。"],
        ["审核（后台）", 2, "违规审批大额提取", "较高", "大额提取双人审批。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("", "", "对不符合条件的提取申请予以受理", "Ⅱ级"),
        ("", "", "违规审批大额提取", "Ⅱ级"),
    ])  # fmt: skip
    assert "HOLDER_IN_CELL_BRACKET" not in codes(got)
    no_errors(got)


def test_post_and_name_columns_win_over_the_bracket(tmp_path):
    rows = [
        ["XX县医疗保障局基金拨付廉政风险防控表"],
        ["工作环节", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
        ["审核结算\n（结算股　蒯泠珊）", "经办员", "蒯泠珊", "审核把关不严，虚报冒领", "高", "智能审核。"],
        ["拨付\n（局长　甄沅澈）", "局长", "甄沅澈", "违规提前拨付资金", "高", "局务会审定。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        ("经办员", "蒯泠珊", "审核把关不严，虚报冒领", "Ⅰ级"),
        ("局长", "甄沅澈", "违规提前拨付资金", "Ⅰ级"),
    ])  # fmt: skip
    assert "HOLDER_IN_CELL_BRACKET" not in codes(got)
    no_errors(got)


def test_start_and_end_boxes_of_the_chart_are_spacers(tmp_path):
    """A chart drawn in the middle column with its '开始' and '结束' boxes (the shape of batch797,
    read without tuning): the terminal boxes are no rows without a point; a step really named
    '审批结束' or carrying a point stays a row."""
    rows = [
        ["XX县图书馆采购流程廉政风险点"],
        ["风险等级", "风险点", "工作流程", "防控措施"],
        [None, None, "开始", None],
        [None, None, "↓", None],
        ["二级", "需求论证不充分", "需求申报\n（采编部　主任　濮阳惜芸）", "集体论证。"],
        [None, None, "⇩", None],
        ["一级", "围标串标", "组织采购\n（馆长　谯慕嵘）", "公开招标，纪检监督。"],
        [None, None, "流程结束", None],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1"])
    assert read(got) == sorted([
        ("主任", "濮阳惜芸", "需求论证不充分", "Ⅱ级"),
        ("馆长", "谯慕嵘", "围标串标", "Ⅰ级"),
    ])  # fmt: skip
    assert "POINT_BLANK" not in codes(got)
    no_errors(got)
    rows[7] = ["三级", "验收走过场", "结束", "交叉验收。"]  # a terminal box carrying a point
    got = run(tmp_path / "b", rows, ["A1:D1"])
    assert ("验收走过场", "Ⅲ级") in set(
        zip(got.risks["risk_point"], got.risks["risk_level"], strict=True)
    )


def test_a_node_naming_an_overseeing_leader_gives_no_invented_department(tmp_path):
    """'（分管副局长　甄沅澈）': the post is the whole '分管副局长' — '分管' says what he oversees,
    it is no 科室 '分管局' (split_dept_title cut it so)."""
    from xlproc.identity import split_dept_title

    assert split_dept_title("分管副局长") == ("", "分管副局长")
    assert split_dept_title("分管财务副主任") == ("", "分管财务副主任")
    assert split_dept_title("财务股股长") == ("财务股", "股长")  # as before
    rows = [
        ["XX县医保局基金拨付流程廉政风险点"],
        ["拨付环节", "风险点", "风险等级", "防控措施"],
        ["拨付初审\n（基金股　股长　甄若溪）", "审核把关不严", "中", "双人复核。"],
        ["↓", None, None, None],
        ["拨付审批\n（分管副局长　甄沅澈）", "违规审批拨付", "高", "集体研究。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1"])
    r = got.risks
    found = set(zip(r["department"], r["title"], r["person"], strict=True))
    assert ("", "分管副局长", "甄沅澈") in found or ("局领导", "分管副局长", "甄沅澈") in found, (
        found
    )
    assert not any(d.startswith("分管") for d in r["department"])
    no_errors(got)


def _warned(got, code: str) -> list[tuple[str, str]]:
    i = got.issues
    return sorted(zip(i[i["code"] == code]["cell"], i[i["code"] == code]["value"], strict=True))


_HEAD = [["XX中心办理流程廉政风险防控图"], ["办理环节", "序号", "风险点", "等级", "防控措施"]]


def test_what_the_hundred_and_nineteenth_review_found_arrow_and_end_rows_with_points(tmp_path):
    # an arrow row carrying a point is the node's above it; the chart still reads
    rows = _HEAD + [
        ["申请受理\n（受理岗　张三）", 1, "放宽材料要求", "高", "一次性告知"],
        ["↓", 2, "受理后拖延移交", "中", "限时移交"],
        ["审核\n（审核岗　李四）", 3, "审核流于形式", "中", "双人复核"],
    ]
    got = run(tmp_path / "a", rows, ["A1:E1"])
    assert read(got) == sorted([
        ("受理岗", "张三", "放宽材料要求", "Ⅰ级"), ("受理岗", "张三", "受理后拖延移交", "Ⅱ级"),
        ("审核岗", "李四", "审核流于形式", "Ⅱ级"),
    ])  # fmt: skip
    assert stages(got) == {"申请受理", "审核"}
    no_errors(got)
    # a '结束' row carrying a point: its own step, no holder, a warning at its cell
    rows = _HEAD + [
        ["开始", None, None, None, None],
        ["申请受理\n（受理岗　张三）", 1, "放宽材料要求", "高", "一次性告知"],
        ["↓", None, None, None, None],
        ["审核\n（审核岗　李四）", 2, "审核流于形式", "中", "双人复核"],
        ["结束", 3, "办结后资料不归档", "低", "按时归档"],
    ]
    got = run(tmp_path / "b", rows, ["A1:E1"])
    assert read(got) == sorted([
        ("受理岗", "张三", "放宽材料要求", "Ⅰ级"), ("审核岗", "李四", "审核流于形式", "Ⅱ级"),
        ("", "", "办结后资料不归档", "Ⅲ级"),
    ])  # fmt: skip
    assert _warned(got, "FLOW_BOX_POINT_UNHELD") == [("A7", "结束")]
    no_errors(got)


def test_what_the_hundred_and_nineteenth_review_found_two_holders_and_other_brackets(tmp_path):
    # two holders in one bracket: each holds the node's points
    rows = _HEAD + [
        ["申请受理\n（受理岗　张三、赵六）", 1, "放宽材料要求", "高", "一次性告知"],
        ["↓", None, None, None, None],
        ["审核\n（审核岗　李四）", 2, "审核流于形式", "中", "双人复核"],
    ]
    got = run(tmp_path / "a", rows, ["A1:E1"])
    assert read(got) == sorted([
        ("受理岗", "张三", "放宽材料要求", "Ⅰ级"), ("受理岗", "赵六", "放宽材料要求", "Ⅰ级"),
        ("审核岗", "李四", "审核流于形式", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    # half-width on one line, a 、 between post and name
    rows = _HEAD + [
        ["申请受理(受理岗 张三)", 1, "放宽材料要求", "高", "一次性告知"],
        ["⬇", None, None, None, None],
        ["审核(审核岗、李四)", 2, "审核流于形式", "中", "双人复核"],
        ["结束", None, None, None, None],
    ]
    got = run(tmp_path / "b", rows, ["A1:E1"])
    want = sorted(
        [("受理岗", "张三", "放宽材料要求", "Ⅰ级"), ("审核岗", "李四", "审核流于形式", "Ⅱ级")]
    )
    assert read(got) == want
    assert stages(got) == {"申请受理", "审核"}
    # labelled brackets: a name alone (no post), or both post and name
    rows = _HEAD + [
        ["申请受理\n（责任人：张三）", 1, "放宽材料要求", "高", "一次性告知"],
        ["↓", None, None, None, None],
        ["审核\n（责任人：李四）", 2, "审核流于形式", "中", "双人复核"],
    ]
    got = run(tmp_path / "c", rows, ["A1:E1"])
    assert read(got) == sorted(
        [("", "张三", "放宽材料要求", "Ⅰ级"), ("", "李四", "审核流于形式", "Ⅱ级")]
    )
    rows[2][0] = "申请受理\n（责任岗位：受理岗；责任人：张三）"
    rows[4][0] = "审核\n（责任岗位：审核岗；责任人：李四）"
    got = run(tmp_path / "d", rows, ["A1:E1"])
    assert read(got) == want
    no_errors(got)
