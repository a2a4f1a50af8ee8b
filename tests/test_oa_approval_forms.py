"""An OA approval form's export (申报审批单): a header block of label | value pairs over the list
('申请人 | … | 申请部门 | …'), the list, then an approval record under it ('节点名称 | 审批人 | 职务 |
审批意见 | 审批时间 | 用时') and a print line ('打印人：… | 打印时间：…'). The applicant holds the
points, his 申请部门 is their 科室; the approval record ends the list (its rows no points, its
approvers no holders; one info APPROVAL_RECORD_SKIPPED); the print line is the page's.

Not the published batch's file (a 森林草原消防专业队's 扑火一中队 with 申请人 / 申请部门 / 岗　位 and
三 approvals under a merged 审批记录 band): a 城市供水公司 and a 市场监管所, other posts, names and
level words (一级/二级/三级, Ⅰ/Ⅱ/Ⅲ, ticks under 高 | 中 | 低), 申报人 / 申报科室, an 办理记录 without a
band, the post beside the applicant, an 导出时间 line, written with xlsxwriter (tests/helpers.py)
and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, sheets: dict[str, list[list]], merges: dict[str, list[str]]):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "oa.xlsx", sheets, merges)
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def depts(got) -> set[str]:
    return set(got.risks["department"])


def codes(got) -> list[str]:
    return list(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


# one heading row, 申报人 / 申报科室, the post on the applicant's line, an 办理记录 with no band
WATER = [
    ["廉政风险点申报审批表"],
    ["表单编号", "SW-2025-0418", "表单名称", "廉政风险点申报", "优先级", "一般"],
    ["申报人", "蔺砚舟", "申报科室", "管网运维科", "岗位", "管网巡检员"],
    ["序号", "风险点", "风险类别", "风险等级", "防控措施"],
    [1, "管网破损抢修虚报工程量", "业务流程", "二级", "抢修前后拍照，工程量双人核对。"],
    [2, "接受施工单位吃请，降低巡检标准", "思想道德", "三级", "巡检路线定位打卡，不定期抽查。"],
    [3, "私自为用户改接管道收取费用", "岗位职责", "一级", "改接一律走报装流程，收费进账户。"],
    [],
    ["步骤", "办理人", "岗位", "办理意见", "办理时间"],
    ["发起申报", "蔺砚舟", "管网巡检员", "提交", "2025-04-18 08:30"],
    ["科室审核", "贲晓岚", "管网运维科科长", "同意", "2025-04-18 10:12"],
    ["公司审批", "暴承锐", "副总经理", "同意，抓好落实", "2025-04-19 09:05"],
    ["导出人：办公室", None, None, "导出时间：2025-04-22 16:40"],
]


def test_applicant_and_a_record_without_a_band(tmp_path):
    got = run(tmp_path, {"SW-2025-0418": WATER}, {"SW-2025-0418": ["A1:E1"]})
    assert read(got) == sorted([
        ("管网巡检员", "蔺砚舟", "管网破损抢修虚报工程量", "Ⅱ级"),
        ("管网巡检员", "蔺砚舟", "接受施工单位吃请，降低巡检标准", "Ⅲ级"),
        ("管网巡检员", "蔺砚舟", "私自为用户改接管道收取费用", "Ⅰ级"),
    ])  # fmt: skip
    assert depts(got) == {"管网运维科"}
    no_errors(got)
    assert codes(got).count("APPROVAL_RECORD_SKIPPED") == 1
    assert "ROW_UNPLACED" not in codes(got) and "POINT_BLANK" not in codes(got)


# two flows on two sheets: 申请人 / 申请部门 and the post on a line of its own, a merged band
# over the record, Ⅰ/Ⅱ/Ⅲ, an extra 备注 column
def _flow(code: str, who: str, dept: str, post: str, points: list, approvals: list) -> list:
    rows = [
        ["岗位廉政风险点申报审批单"],
        ["流程编号", code, "流程名称", "风险点申报", "当前状态", "已办结"],
        ["申请人", who, "申请部门", dept, "申请日期", "2025-06-03"],
        ["岗　位", post, "所属单位", "某区市场监督管理所", "紧急程度", "普通"],
        [],
        ["申报明细"],
        ["序号", "风险点", "风险类别", "风险等级", "防控措施", "备注"],
    ]
    rows += [[i, *p, None] for i, p in enumerate(points, 1)]
    rows += [[], ["审批记录"], ["节点名称", "审批人", "职务", "审批意见", "审批时间", "用时"]]
    rows += approvals
    rows += [["打印人：管理员", None, None, None, "打印时间：2025-06-10", None]]
    return rows


def test_two_flows_with_a_band_over_the_record(tmp_path):
    a = _flow("QT0603001", "巩沐阳", "食品安全科", "科长", [
        ("餐饮许可现场核查走过场", "业务流程", "Ⅱ", "核查两人以上，全程记录。"),
        ("对投诉举报线索压案不查", "岗位职责", "Ⅰ", "线索登记编号，限时办结。"),
    ], [
        ["发起", "巩沐阳", "科长", "提交", "2025-06-03 09:00", "—"],
        ["所长审批", "訾言蹊", "所长", "同意。", "2025-06-04 11:20", "26小时20分"],
    ])  # fmt: skip
    b = _flow("QT0603002", "訾言蹊", "所领导", "所长", [
        ("行政处罚裁量畸轻畸重", "制度机制", "Ⅰ", "裁量基准公开，案审会集体研究。"),
    ], [
        ["发起", "訾言蹊", "所长", "提交", "2025-06-03 10:00", "—"],
        ["纪检备案", "巩沐阳", "纪检员", "已备案", "2025-06-03 15:00", "5小时"],
    ])  # fmt: skip
    merges = ["A1:F1", "A6:F6"]
    got = run(tmp_path, {"QT0603001": a, "QT0603002": b},
              {"QT0603001": [*merges, "A11:F11"], "QT0603002": [*merges, "A10:F10"]})  # fmt: skip
    assert read(got) == sorted([
        ("科长", "巩沐阳", "餐饮许可现场核查走过场", "Ⅱ级"),
        ("科长", "巩沐阳", "对投诉举报线索压案不查", "Ⅰ级"),
        ("所长", "訾言蹊", "行政处罚裁量畸轻畸重", "Ⅰ级"),
    ])  # fmt: skip
    r = got.risks
    assert dict(zip(r["person"], r["department"], strict=True)) == {
        "巩沐阳": "食品安全科",
        "訾言蹊": "所领导",
    }
    no_errors(got)
    assert codes(got).count("APPROVAL_RECORD_SKIPPED") == 2
    assert "ROW_UNPLACED" not in codes(got) and "POINT_BLANK" not in codes(got)


# a record but no applicant block: '姓名 | … | 职务 | …' over the list, levels ticked under
# 高 | 中 | 低
TICKED = [
    ["个人岗位廉政风险点登记表"],
    ["姓名", "仉修远", "职务", "抽检员"],
    ["序号", "风险点", "风险等级", None, None, "防控措施"],
    [None, None, "高", "中", "低", None],
    [1, "稽查中选择性执法，放纵违法经营", "√", None, None, "执法全程记录仪，案件回访。"],
    [2, "罚没物品处置不规范", None, "√", None, "罚没物品登记入库，集中处置。"],
    [],
    ["审批记录"],
    ["审批环节", "审批人", "审批意见", "审批时间"],
    ["科室审核", "韶映雪", "同意", "2025-07-01"],
    ["单位审批", "訾言蹊", "同意", "2025-07-02"],
]


def test_a_record_under_a_holders_form_with_ticks(tmp_path):
    got = run(tmp_path, {"登记表": TICKED},
              {"登记表": ["A1:F1", "C3:E3", "A3:A4", "B3:B4", "F3:F4", "A8:D8"]})  # fmt: skip
    assert read(got) == sorted([
        ("抽检员", "仉修远", "稽查中选择性执法，放纵违法经营", "Ⅰ级"),
        ("抽检员", "仉修远", "罚没物品处置不规范", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert codes(got).count("APPROVAL_RECORD_SKIPPED") == 1


# --------------------------------------------------------------------- as before


def test_a_list_with_its_own_opinion_column_stays_a_list(tmp_path):
    rows = [
        ["某供水公司岗位廉政风险点一览表"],
        ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施", "审批意见"],
        [1, "抄表员", "敖星野", "抄表数据估抄、漏抄", "三级", "智能水表远传，定期复核。", "同意"],
        [2, "收费员", "郗若琳", "收费不开票据，截留水费", "一级", "日清日结，票款核对。", "同意"],
        ["审批人", "暴承锐", "审批时间", "2025-04-20"],
    ]
    got = run(tmp_path, {"一览表": rows}, {"一览表": ["A1:G1"]})
    assert read(got) == sorted([
        ("抄表员", "敖星野", "抄表数据估抄、漏抄", "Ⅲ级"),
        ("收费员", "郗若琳", "收费不开票据，截留水费", "Ⅰ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "APPROVAL_RECORD_SKIPPED" not in codes(got)


def test_an_applicant_over_several_posts_holds_none_of_them(tmp_path):
    rows = [
        ["岗位廉政风险点申报审批单"],
        ["申请人", "贲晓岚", "申请部门", "管网运维科", "申请日期", "2025-04-01"],
        [],
        ["序号", "岗位", "风险点", "风险等级", "防控措施"],
        [1, "科长", "维修材料采购指定供应商", "二级", "材料集中采购，比价留档。"],
        [2, "巡检员", "巡检记录弄虚作假", "三级", "定位打卡，每月抽查。"],
    ]
    got = run(tmp_path, {"审批单": rows}, {"审批单": ["A1:F1"]})
    assert read(got) == sorted([
        ("科长", "", "维修材料采购指定供应商", "Ⅱ级"),
        ("巡检员", "", "巡检记录弄虚作假", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "APPROVAL_RECORD_SKIPPED" not in codes(got)


def test_a_signoff_of_reviewers_under_a_card_is_no_record(tmp_path):
    rows = [
        ["岗位廉政风险防控卡"],
        ["姓名", "仉修远", "职务", "抽检员"],
        ["序号", "风险点", "风险等级", "防控措施"],
        [1, "案件移送不及时", "二级", "移送时限上墙。"],
        ["审核人", "负责人", "填报时间"],
        ["韶映雪", "訾言蹊", "2025-07-01"],
    ]
    got = run(tmp_path, {"防控卡": rows}, {"防控卡": ["A1:D1"]})
    assert read(got) == [("抽检员", "仉修远", "案件移送不及时", "Ⅱ级")]
    no_errors(got)
    assert "APPROVAL_RECORD_SKIPPED" not in codes(got)


# what the hundred and fifteenth review found: a record headed '环节 | 经办人 | 意见 | 日期' (before a
# junk point '经办人' credited to the applicant) and a 会签 block under a list ('会签部门 | 会签人 |
# 意见 | 日期', before three junk points) are records that end the list, as an approval record is
_PIPES_115 = [
    ["岗位廉政风险点申报审批单"],
    ["申请人", "蔺砚舟", "申请部门", "管网运维科", "岗位", "管网巡检员"],
    ["序号", "风险点", "风险类别", "风险等级", "防控措施"],
    [1, "管网破损抢修虚报工程量", "业务流程", "二级", "双人核对"],
    [2, "私自为用户改接管道收取费用", "岗位职责", "一级", "走报装流程"],
    [],
]


def test_what_the_hundred_and_fifteenth_review_found_a_record_of_handlers(tmp_path):
    rows = [*_PIPES_115, ["环节", "经办人", "意见", "日期"],
            ["科室审核", "贲晓岚", "同意", "2025-04-18"], ["公司审批", "暴承锐", "同意", "2025-04-19"]]  # fmt: skip
    got = run(tmp_path, {"表": rows}, {"表": ["A1:E1"]})
    assert read(got) == sorted([
        ("管网巡检员", "蔺砚舟", "管网破损抢修虚报工程量", "Ⅱ级"),
        ("管网巡检员", "蔺砚舟", "私自为用户改接管道收取费用", "Ⅰ级"),
    ])  # fmt: skip
    assert codes(got).count("APPROVAL_RECORD_SKIPPED") == 1
    no_errors(got)


def test_what_the_hundred_and_fifteenth_review_found_a_countersigning_block(tmp_path):
    rows = [["某局岗位廉政风险点一览表"], ["序号", "岗位", "责任人", "风险点", "风险等级", "防控措施"],
            [1, "局长", "钟离岚", "重大事项决策不民主", "一级", "集体研究"],
            [2, "出纳", "巫马霏", "公款私存", "二级", "定期对账"], [],
            ["会签部门", "会签人", "意见", "日期"],
            ["纪检组", "闾丘棠", "同意", "2025-05-01"], ["办公室", "东郭映", "同意", "2025-05-02"]]  # fmt: skip
    got = run(tmp_path, {"表": rows}, {"表": ["A1:F1"]})
    assert read(got) == sorted([
        ("局长", "钟离岚", "重大事项决策不民主", "Ⅰ级"),
        ("出纳", "巫马霏", "公款私存", "Ⅱ级"),
    ])  # fmt: skip
    assert codes(got).count("APPROVAL_RECORD_SKIPPED") == 1
    no_errors(got)


def test_what_the_hundred_and_fifteenth_review_found_a_list_of_handlers_stays_a_list(tmp_path):
    # 经办人 beside a risk point's heading: a list's holder column, no record
    rows = [["某局岗位廉政风险点一览表"], ["岗位", "经办人", "风险点", "风险等级", "审核意见", "日期"],
            ["出纳", "巫马霏", "公款私存", "二级", "同意", "2025-05-01"]]  # fmt: skip
    got = run(tmp_path, {"表": rows}, {"表": ["A1:F1"]})
    assert read(got) == [("出纳", "巫马霏", "公款私存", "Ⅱ级")]
    assert "APPROVAL_RECORD_SKIPPED" not in codes(got)
