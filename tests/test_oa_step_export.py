"""An OA system's 流程明细 export read as one point a 流程, not one a row: the export has ONE ROW PER
APPROVAL STEP ('发起申报 → 审核 → 审定'), the declared form's fields (科室, 岗位, 风险点, 等级,
措施) repeated on each step row beside the step's own '节点 | 处理人 | 处理意见 | 处理时间'. Read as a
plain list it gave each point once per step, no holder (the '申报人' unread) and inflated counts.
The rows sharing a 流程 number are one record; its holder the 申报人 (申请人, 发起人; with no such
column, who handled the starting step), the handlers approvers and no holders; where the steps'
fields differ the last step's, with a warning naming the cells.

Not the published batch's export (a 学生资助管理中心's, '流程编号 | 申报人 | … | 节点名称 | 处理人 | …',
三 steps, 一级/二级): a 县卫生健康委员会's 申请编号 export with 审批节点/审批人 and 高/中/低 and a type
field; a 县市场监督管理局's with the step columns LEFT of the form's (单号 | 环节 | 经办人 | …), merged
repeats as a re-saved copy has them, and no 申报人 column (the 提交 step's 经办人 the holder); a
县住房和城乡建设局's whose level was edited on 审核 (the last step's read, OA_STEP_FIELDS_DIFFER).
Other posts and names, written with xlsxwriter (one also as .ods; tests/helpers.py) and read as ``collect_inbox``
reads a file. Near-misses an ordinary file has stay as before: a 流程-based list whose 环节 under
one 流程编号 each carry their own point and 经办人, and a list whose 流程编号 never repeat.
"""

from pathlib import Path

from helpers import write_ods, write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "oa.xlsx", {"导出数据": rows}, {"导出数据": merges or []})
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


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


HEALTH = [
    ["某县卫生健康委员会廉政风险点申报审批导出"],
    ["申请编号", "申请人", "科室", "职务", "风险点", "风险类型", "风险级别", "防控措施", "审批节点", "审批人",
     "审批意见", "审批时间"],
    ["SQ20250301", "蔺沛岚", "医政医管科", "科长", "医疗机构校验把关不严", "岗位职责风险", "高", "校验结果集体审定。",
     "提交", "蔺沛岚", "", "2025-03-01"],
    ["SQ20250301", "蔺沛岚", "医政医管科", "科长", "医疗机构校验把关不严", "岗位职责风险", "高", "校验结果集体审定。",
     "委领导审批", "仇铮澜", "同意", "2025-03-02"],
    ["SQ20250302", "仇铮澜", "委领导", "副主任", "干预医疗设备采购", "思想道德风险", "高", "采购全程进平台。",
     "提交", "仇铮澜", "", "2025-03-01"],
    ["SQ20250302", "仇铮澜", "委领导", "副主任", "干预医疗设备采购", "思想道德风险", "高", "采购全程进平台。",
     "主任审批", "蔺沛岚", "同意", "2025-03-03"],
    ["SQ20250303", "仇铮澜", "委领导", "副主任", "公共卫生项目资金审核不严", "岗位职责风险", "中", "资金拨付双人复核。",
     "提交", "仇铮澜", "", "2025-03-01"],
    ["SQ20250303", "仇铮澜", "委领导", "副主任", "公共卫生项目资金审核不严", "岗位职责风险", "中", "资金拨付双人复核。",
     "主任审批", "蔺沛岚", "同意", "2025-03-03"],
]  # fmt: skip


def test_approval_rows_of_one_application_are_one_point_of_the_applicant(tmp_path):
    got = run(tmp_path, HEALTH)
    assert read(got) == sorted([
        ("医政医管科", "科长", "蔺沛岚", "医疗机构校验把关不严", "Ⅰ级"),
        ("委领导", "副主任", "仇铮澜", "干预医疗设备采购", "Ⅰ级"),
        ("委领导", "副主任", "仇铮澜", "公共卫生项目资金审核不严", "Ⅱ级"),
    ])  # fmt: skip
    assert set(got.risks["risk_type"]) == {"岗位职责风险", "思想道德风险"}
    assert "OA_STEP_EXPORT" in codes(got)
    no_errors(got)


def test_the_same_export_resaved_as_ods_reads_the_same(tmp_path):
    inbox = tmp_path / "inbox"
    write_ods(inbox / "oa.ods", {"导出数据": HEALTH})
    config = load_config()
    got = assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])
    assert len(got.risks) == 3
    assert set(got.risks["person"]) == {"蔺沛岚", "仇铮澜"}
    assert "OA_STEP_EXPORT" in codes(got)


MARKET = [
    ["县市场监督管理局岗位风险点申报流程明细"],
    ["单号", "环节", "经办人", "办理意见", "所在部门", "岗位", "廉政风险点", "风险等级", "防控措施"],
    ["DJ-118", "提交申报", "甘渌汐", "", "登记注册股", "审批员", "虚假材料准予登记", "二级", "材料核验留痕。"],
    ["DJ-118", "股室审核", "沃琮翊", "同意", "", "", "", "", ""],
    ["DJ-118", "领导审定", "訾璞然", "同意", "", "", "", "", ""],
    ["DJ-119", "提交申报", "沃琮翊", "", "登记注册股", "股长", "为关系企业登记开绿灯", "一级", "登记全程网办。"],
    ["DJ-119", "领导审定", "訾璞然", "同意", "", "", "", "", ""],
    ["导出人：系统管理员", "", "", "", "", "", "", "", ""],
]  # fmt: skip
# a re-saved copy: each 流程's number and form fields merged down over its steps
MARKET_MERGES = ["A3:A5", "E3:E5", "F3:F5", "G3:G5", "H3:H5", "I3:I5",
                 "A6:A7", "E6:E7", "F6:F7", "G6:G7", "H6:H7", "I6:I7"]  # fmt: skip


def test_steps_left_merged_and_no_declarant_column_the_submitting_handler_holds(tmp_path):
    got = run(tmp_path, MARKET, MARKET_MERGES)
    assert read(got) == sorted([
        ("登记注册股", "审批员", "甘渌汐", "虚假材料准予登记", "Ⅱ级"),
        ("登记注册股", "股长", "沃琮翊", "为关系企业登记开绿灯", "Ⅰ级"),
    ])  # fmt: skip
    assert "訾璞然" not in set(got.risks["person"])  # the 审定 step's handler holds nothing
    assert "OA_STEP_EXPORT" in codes(got)
    no_errors(got)


BUILDING = [
    ["县住房和城乡建设局 廉政风险点申报 流程导出"],
    ["流程号", "发起人", "所在股室", "岗位", "风险点", "风险等级", "防控措施", "步骤", "处理人", "处理时间"],
    ["LC-7", "闵煦珩", "质量安全股", "监督员", "工程质量验收走过场", "Ⅲ级", "验收全程影像留存。", "发起", "闵煦珩",
     "2025-06-01"],
    ["LC-7", "闵煦珩", "质量安全股", "监督员", "工程质量验收走过场", "Ⅱ级", "验收全程影像留存。", "股长审核", "桓翎渝",
     "2025-06-02"],
    ["LC-7", "闵煦珩", "质量安全股", "监督员", "工程质量验收走过场", "Ⅱ级", "验收全程影像留存。", "局审定", "展曜岑",
     "2025-06-03"],
    ["LC-8", "桓翎渝", "质量安全股", "股长", "违规减免安全保证金", "Ⅰ级", "减免事项集体研究。", "发起", "桓翎渝",
     "2025-06-01"],
    ["LC-8", "桓翎渝", "质量安全股", "股长", "违规减免安全保证金", "Ⅰ级", "减免事项集体研究。", "局审定", "展曜岑",
     "2025-06-04"],
]  # fmt: skip


def test_a_level_edited_on_review_takes_the_last_step_and_says_so(tmp_path):
    got = run(tmp_path, BUILDING)
    assert read(got) == sorted([
        ("质量安全股", "监督员", "闵煦珩", "工程质量验收走过场", "Ⅱ级"),
        ("质量安全股", "股长", "桓翎渝", "违规减免安全保证金", "Ⅰ级"),
    ])  # fmt: skip
    issues = got.issues
    differ = issues[issues["code"] == "OA_STEP_FIELDS_DIFFER"]
    assert len(differ) == 1
    message = differ["message"].iloc[0]
    assert "F3" in message and "F5" in message and "LC-7" in message
    assert "展曜岑" not in set(got.risks["person"])
    no_errors(got)


# near-miss: a 流程-based list, one 流程编号 over its 环节, each 环节 its own point and 经办人
PROCESS_LIST = [
    ["县自来水公司 业务流程廉政风险点一览表"],
    ["流程编号", "环节", "经办人", "岗位", "风险点", "风险等级", "防控措施"],
    ["GS-01", "受理", "阙霁芸", "营业员", "受理报装材料时吃拿卡要", "二级", "报装一次告知。"],
    ["GS-01", "踏勘", "缪屹衡", "勘测员", "踏勘时故意设卡", "二级", "踏勘限时办结。"],
    ["GS-01", "审批", "戚璟翀", "经理", "违规审批报装方案", "一级", "方案集体研究。"],
    ["GS-02", "抄表", "阙霁芸", "营业员", "抄表数据弄虚作假", "三级", "抄表数据系统比对。"],
    ["GS-02", "收费", "缪屹衡", "收费员", "截留水费", "一级", "收费日清日结。"],
]  # fmt: skip


def test_a_process_list_each_step_its_own_point_is_read_as_before(tmp_path):
    got = run(tmp_path, PROCESS_LIST)
    assert len(got.risks) == 5
    assert set(got.risks["risk_point"]) == {row[4] for row in PROCESS_LIST[2:]}
    assert "OA_STEP_EXPORT" not in codes(got)


# near-miss: a 流程编号 on every row, never repeated
UNIQUE_CODES = [
    ["县档案馆 岗位廉政风险点审批登记表"],
    ["审批编号", "申报人", "科室", "岗位", "风险点", "风险等级", "防控措施", "审批节点", "审批人"],
    ["DA-01", "芮湛泠", "利用服务科", "科员", "违规提供涉密档案查阅", "一级", "查阅登记审批。", "已办结", "郜珮瑶"],
    ["DA-02", "芮湛泠", "利用服务科", "科员", "档案复制收费不规范", "三级", "收费标准公示。", "已办结", "郜珮瑶"],
    ["DA-03", "郜珮瑶", "馆领导", "副馆长", "档案征集经费使用不规范", "二级", "经费集体研究。", "已办结", "冉翊澄"],
]  # fmt: skip


def test_codes_that_never_repeat_are_read_as_before(tmp_path):
    got = run(tmp_path, UNIQUE_CODES)
    assert len(got.risks) == 3
    assert "OA_STEP_EXPORT" not in codes(got)


def test_the_codes_are_catalogued():
    for code in ("OA_STEP_EXPORT", "OA_STEP_FIELDS_DIFFER"):
        assert code in CATALOGUE and code in SHORT


# a 权力运行流程 list, one 流程编号 over its 环节, whose 环节 each carry a point of their own, two of
# them the same words ('把关不严' on 审核 and 审批) but held by other posts with other measures
COINCIDING_STEPS = [
    ["县行政审批局 权力运行流程廉政风险点"],
    ["流程编号", "环节", "经办人", "岗位", "风险点", "风险等级", "防控措施"],
    ["QL-01", "受理", "邬霁川", "窗口人员", "受理材料时吃拿卡要", "二级", "一次性告知。"],
    ["QL-01", "审核", "晏珂宁", "审核员", "把关不严", "二级", "双人审核。"],
    ["QL-01", "审批", "费砚秋", "股长", "把关不严", "一级", "重大事项集体研究。"],
    ["QL-02", "受理", "邬霁川", "窗口人员", "超时受理", "三级", "限时办结。"],
    ["QL-02", "审批", "费砚秋", "股长", "违规审批", "一级", "审批全程留痕。"],
    ["QL-03", "受理", "晏珂宁", "审核员", "不按规定时限办理", "二级", "限时办结。"],
    ["QL-03", "审批", "费砚秋", "股长", "不按规定时限办理", "一级", "超时问责。"],
]  # fmt: skip


def test_what_the_hundred_and_twenty_ninth_review_found_coinciding_step_points(tmp_path):
    """A process list is not an OA export because two of a 流程's 环节 name the same point: the
    rule took the repeated words for the one declared form and read the 流程 as one point (its
    holder none, the 受理 point lost). Now a 流程's rows count as one form repeated only when its
    other fields repeat too — the steps may differ in one field (an edit on review), and where
    the point is that field in nothing else; here post, level and measures differ, so the list
    is read as before, each 环节 a point of its 经办人."""
    got = run(tmp_path, COINCIDING_STEPS)
    assert "OA_STEP_EXPORT" not in codes(got)
    assert ("审核员", "晏珂宁", "把关不严") in set(
        zip(got.risks["title"], got.risks["person"], got.risks["risk_point"], strict=True)
    )
    assert {"受理材料时吃拿卡要", "违规审批", "超时受理"} <= set(got.risks["risk_point"])
    assert set(got.risks["person"]) == {"邬霁川", "晏珂宁", "费砚秋"}


# a 权力运行流程 list, no 申报人 column, each 流程's point, level and measures merged down over its
# two 环节 (初审/复核, 受理/审批), the 经办人 on each: no step that starts a 流程 ('提交', '发起')
MERGED_STEPS = [
    ["县行政审批局 权力运行流程廉政风险点"],
    ["流程编号", "环节", "经办人", "风险点", "风险等级", "防控措施"],
    ["QL-01", "初审", "晏珂宁", "审核把关不严", "二级", "双人审核、集体研究。"],
    ["", "复核", "费砚秋", "", "", ""],
    ["QL-02", "受理", "邬霁川", "超时受理", "三级", "限时办结。"],
    ["", "审批", "费砚秋", "", "", ""],
    ["QL-03", "受理", "晏珂宁", "不按规定时限办理", "二级", "限时办结。"],
    ["", "审批", "费砚秋", "", "", ""],
]  # fmt: skip
MERGED_STEPS_MERGES = [f"{c}{a}:{c}{a + 1}" for a in (3, 5, 7) for c in "ADEF"]


def test_what_the_hundred_and_twenty_ninth_review_found_merged_steps_without_a_starting_step(
    tmp_path,
):
    """With no 申报人 column the rule takes the holder from the step that starts the 流程
    ('提交', '发起申报'); a process list whose point is merged over its 环节 has no such step, and
    the rule read every point with NO holder where the list as before named the first 经办人.
    Judgement: without a declarant column a 流程 counts as a declared form only where a step
    starts it; this list is read as before (each point its first 经办人's)."""
    got = run(tmp_path, MERGED_STEPS, MERGED_STEPS_MERGES)
    assert "OA_STEP_EXPORT" not in codes(got)
    assert len(got.risks) == 3
    assert "" not in set(got.risks["person"])
    assert set(got.risks["person"]) == {"晏珂宁", "邬霁川"}


def test_two_fields_edited_on_review_under_one_declarant_is_still_one_point(tmp_path):
    """(The hundred and twenty-ninth review's other side: the steps of a 流程 may differ in one
    field only, lest a process list's coinciding points pass; where the export names its one
    申报人 on every step, the same point with both level and measures edited on 审核 is still
    one declared form, the last step's read, each field warned.)"""
    rows = [list(r) for r in BUILDING]
    rows[3][6] = rows[4][6] = "验收全程影像留存，抽查复验。"
    got = run(tmp_path, rows)
    assert read(got) == sorted([
        ("质量安全股", "监督员", "闵煦珩", "工程质量验收走过场", "Ⅱ级"),
        ("质量安全股", "股长", "桓翎渝", "违规减免安全保证金", "Ⅰ级"),
    ])  # fmt: skip
    assert (got.issues["code"] == "OA_STEP_FIELDS_DIFFER").sum() == 2
