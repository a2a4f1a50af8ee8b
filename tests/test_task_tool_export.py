"""A team task tool's export (Teambition, 钉钉项目, 飞书任务), one row a task: the tool's own fields
('任务ID | 任务名称 | 任务类型 | 父任务 | 执行者 | 参与者 | 创建者 | 优先级 | …') with a custom risk
field. One parent task a holder over his sub-tasks ('子任务', or a row naming its 父任务), whose
titles are his points; the 执行者 (飞书's 负责人) the holder; 参与者 / 关注人 / 创建者 no holders;
优先级 no level; parent rows no points.

Not the published batch's export (a 融媒体中心 in Teambition with 所属分组 as the 科室, 岗位 and
备注 fields and 高/中 levels): a 县自然资源局's 钉钉项目 export with a custom 科室 and 职务 field,
一级/二级 levels and a 防控措施 field beside the 备注; a 县医疗保障局's 飞书任务 export under a merged
title row, with 任务标题 / 负责人 / 关注人, no 任务类型 (sub-tasks by their 父任务, one with its
负责人 left blank), 高风险/中风险 levels and 任务描述 the measures; a 县供销社's with post and name
in the parent's title only and an extra 风险类型 and 标签 field. Other posts and names, written with
xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file. An ordinary list
with a '标题' column and a task export with no risk field stay as before.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "export.xlsx", {"任务": rows}, {"任务": merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


DINGTALK_HEAD = ["任务ID", "任务名称", "任务类型", "父任务", "执行者", "参与者", "创建者", "优先级", "风险等级",
                 "科室", "职务", "备注", "防控措施", "截止时间", "任务状态"]  # fmt: skip
DINGTALK = [
    DINGTALK_HEAD,
    ["P-01", "局领导 局长 岑翊晗 廉政风险排查", "任务", "", "岑翊晗", "邬若澄", "费思衡", "普通", "", "局领导", "局长",
     "", "", "2025-05-31", "进行中"],
    ["P-02", "土地出让前期干预评估结果", "子任务", "局领导 局长 岑翊晗 廉政风险排查", "岑翊晗", "邬若澄", "费思衡",
     "紧急", "一级", "局领导", "局长", "已核", "出让方案局务会集体研究。", "2025-05-31", "已完成"],
    ["P-03", "违规插手矿业权审批", "子任务", "局领导 局长 岑翊晗 廉政风险排查", "岑翊晗", "邬若澄", "费思衡",
     "普通", "二级", "局领导", "局长", "", "审批全程网上留痕。", "2025-05-31", "已完成"],
    ["P-04", "不动产登记中心 登记员 祁沐岚 廉政风险排查", "任务", "", "祁沐岚", "邬若澄", "费思衡", "普通", "",
     "不动产登记中心", "登记员", "", "", "2025-05-31", "进行中"],
    ["P-05", "受理登记材料不全时违规办理", "子任务", "不动产登记中心 登记员 祁沐岚 廉政风险排查", "祁沐岚", "邬若澄",
     "费思衡", "紧急", "二级", "不动产登记中心", "登记员", "", "一次告知，材料清单公示。", "2025-05-31", "已完成"],
]  # fmt: skip


def test_a_dingtalk_export_reads_sub_tasks_of_the_executor(tmp_path):
    got = run(tmp_path, DINGTALK)
    assert read(got) == sorted([
        ("局长", "岑翊晗", "土地出让前期干预评估结果", "Ⅰ级"),
        ("局长", "岑翊晗", "违规插手矿业权审批", "Ⅱ级"),
        ("登记员", "祁沐岚", "受理登记材料不全时违规办理", "Ⅱ级"),
    ])  # fmt: skip
    r = got.risks
    assert set(r["department"]) == {"局领导", "不动产登记中心"}
    # the 防控措施 field, not the 备注 beside it
    assert "出让方案局务会集体研究。" in set(r["measures"])
    assert not {"邬若澄", "费思衡"} & set(r["person"])
    assert "TASK_EXPORT" in codes(got)
    no_errors(got)


FEISHU = [
    ["县医疗保障局岗位廉政风险排查（飞书任务导出）"],
    ["任务标题", "负责人", "关注人", "创建人", "父任务", "开始时间", "截止时间", "风险等级", "岗位", "任务描述",
     "任务分组", "是否完成"],
    ["待遇保障股 股长 甘霁远", "甘霁远", "訾澜清", "訾澜清", "", "2025-04-01", "2025-04-30", "", "股长",
     "按模板排查", "待遇保障股", "是"],
    ["异地就医备案把关不严", "甘霁远", "訾澜清", "訾澜清", "待遇保障股 股长 甘霁远", "2025-04-01", "2025-04-30",
     "高风险", "股长", "备案材料双人复核。", "待遇保障股", "是"],
    ["慢特病认定降低标准", "", "訾澜清", "訾澜清", "待遇保障股 股长 甘霁远", "2025-04-01", "2025-04-30",
     "中风险", "股长", "专家组集体认定。", "待遇保障股", "是"],
    ["基金监管股 稽核员 宓清和", "宓清和", "訾澜清", "訾澜清", "", "2025-04-01", "2025-04-30", "", "稽核员",
     "按模板排查", "基金监管股", "是"],
    ["现场检查通风报信", "宓清和", "訾澜清", "訾澜清", "基金监管股 稽核员 宓清和", "2025-04-01", "2025-04-30",
     "高风险", "稽核员", "检查对象随机抽取。", "基金监管股", "否"],
]  # fmt: skip


def test_a_feishu_export_under_a_title_reads_sub_tasks_by_their_parent(tmp_path):
    got = run(tmp_path, FEISHU, ["A1:L1"])
    assert read(got) == sorted([
        ("股长", "甘霁远", "异地就医备案把关不严", "Ⅰ级"),
        ("股长", "甘霁远", "慢特病认定降低标准", "Ⅱ级"),  # (负责人 blank: the parent's)
        ("稽核员", "宓清和", "现场检查通风报信", "Ⅰ级"),
    ])  # fmt: skip
    assert set(got.risks["department"]) == {"待遇保障股", "基金监管股"}
    assert "按模板排查" not in set(got.risks["measures"])
    assert "訾澜清" not in set(got.risks["person"])
    no_errors(got)


TEAMBITION = [
    ["任务ID", "标题", "任务类型", "父任务", "所属项目", "所属分组", "执行者", "参与者", "创建者", "标签",
     "风险类型", "风险等级", "岗位", "备注", "截止时间", "任务状态"],
    ["GX-1", "财务股 会计 宁书瑶", "任务", "", "供销社排查", "财务股", "宁书瑶", "桑沐白", "桑沐白", "", "", "",
     "会计", "", "2025-07-15", "未完成"],
    ["GX-2", "虚列费用套取资金", "子任务", "财务股 会计 宁书瑶", "供销社排查", "财务股", "宁书瑶", "桑沐白", "桑沐白",
     "财务", "岗位职责风险", "一级", "会计", "费用报销附原始凭证，负责人审签。", "2025-07-15", "已完成"],
    ["GX-3", "往来款项长期挂账不清理", "子任务", "财务股 会计 宁书瑶", "供销社排查", "财务股", "宁书瑶", "桑沐白",
     "桑沐白", "财务", "业务流程风险", "三级", "会计", "每季度清理往来款。", "2025-07-15", "已完成"],
]  # fmt: skip


def test_a_teambition_export_with_a_type_field(tmp_path):
    got = run(tmp_path, TEAMBITION)
    assert read(got) == sorted([
        ("会计", "宁书瑶", "虚列费用套取资金", "Ⅰ级"),
        ("会计", "宁书瑶", "往来款项长期挂账不清理", "Ⅲ级"),
    ])  # fmt: skip
    assert "TABLE_NO_TYPE" not in codes(got)
    assert set(got.risks["measures"]) == {"费用报销附原始凭证，负责人审签。", "每季度清理往来款。"}
    no_errors(got)


def test_an_ordinary_list_with_a_title_column_stays_as_before(tmp_path):
    rows = [
        ["县供销社岗位廉政风险防控清单"],
        ["序号", "标题", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施", "备注"],
        [1, "资金管理", "财务股", "会计", "宁书瑶", "虚列费用套取资金", "一级", "负责人审签。", ""],
        [2, "资产管理", "业务股", "股长", "桑沐白", "低价出租社有资产", "二级", "公开招租。", ""],
    ]
    got = run(tmp_path, rows, ["A1:I1"])
    assert read(got) == sorted([
        ("会计", "宁书瑶", "虚列费用套取资金", "Ⅰ级"),
        ("股长", "桑沐白", "低价出租社有资产", "Ⅱ级"),
    ])  # fmt: skip
    assert "TASK_EXPORT" not in codes(got)
    no_errors(got)


def test_a_task_export_with_no_risk_field_is_no_form(tmp_path):
    rows = [[c for c in r if c is not None] for r in
            [[h for h in DINGTALK_HEAD if h not in ("风险等级",)]]]  # fmt: skip
    drop = DINGTALK_HEAD.index("风险等级")
    rows += [r[:drop] + r[drop + 1 :] for r in DINGTALK[1:]]
    got = run(tmp_path, rows)
    assert read(got) == []
    assert "TASK_EXPORT" not in codes(got)


def test_a_work_plan_with_a_task_name_column_stays_as_before(tmp_path):
    rows = [
        ["序号", "任务名称", "责任科室", "责任人", "风险点", "风险等级", "防控措施", "完成时间"],
        [1, "土地出让", "局领导", "岑翊晗", "干预评估结果", "一级", "集体研究。", "2025-05-31"],
        [
            2,
            "登记受理",
            "不动产登记中心",
            "祁沐岚",
            "材料不全违规办理",
            "二级",
            "一次告知。",
            "2025-05-31",
        ],
    ]
    got = run(tmp_path, rows)
    assert sorted(zip(got.risks["person"], got.risks["risk_point"], strict=True)) == sorted([
        ("岑翊晗", "干预评估结果"), ("祁沐岚", "材料不全违规办理"),
    ])  # fmt: skip
    assert "TASK_EXPORT" not in codes(got)
    no_errors(got)
