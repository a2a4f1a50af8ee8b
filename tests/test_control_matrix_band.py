"""A 内部控制 风险控制矩阵: a two-row heading with ``控制活动`` merged over the control's text and
its attributes (``控制措施 | 控制类型 | 控制方式 | 控制频率``) and ``控制责任`` merged over who does
it (``责任科室 | 责任岗位 | 控制执行人``), the point the ``风险描述``, a risk merged down over its
control rows, each row's executor its holder. The executor's column (its heading no holder's word,
its cells names) is the person, never joined to the 科室 or the post; the control's 方式/频率 are
no measure text (as its 类型 is no risk type).

Not the published batch's matrix (a county 财政局 with 股室, 预算股 … and 高/中/低 after
``风险编号 | 业务类别``): a 卫生健康局, a 市场监督管理局 and a 水务局, other 科室, posts, names and
level words, the bands in other orders and wordings, written with xlsxwriter (tests/helpers.py)
and read back as ``collect_inbox`` reads a file. A 防控措施 band over stages (事前 | 事中 | 事后) and
a 科室 band over two 科室 columns read as before.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str], sheet: str = "控制矩阵"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "m.xlsx", {sheet: rows}, {sheet: merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str, str]]:
    r = got.risks
    return sorted(
        zip(r["department"], r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True)
    )


def measures(got) -> dict[tuple[str, str], str]:
    r = got.risks
    return dict(zip(zip(r["person"], r["risk_point"], strict=True), r["measures"], strict=True))


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


HEALTH = [
    ["XX县卫生健康局内部控制风险控制矩阵"],
    ["序号", "业务环节", "风险描述", "风险等级", "控制活动", None, None, None,
     "控制责任", None, None, "备注"],
    [None, None, None, None, "控制措施", "控制类型", "控制方式", "控制频率",
     "责任科室", "责任岗位", "控制执行人", None],
    [1, "医疗设备采购", "设备采购需求论证走过场，指定品牌", "高", "需求经专家论证并公示",
     "预防性控制", "人工控制", "每笔", "规划财务科", "科长", "钮霈然", ""],
    [None, None, None, None, "采购结果纳入年度内部审计", "发现性控制", "人工控制", "每年",
     "审计科", "科长", "濮昱衡", ""],
    [2, "财务报销", "虚列会议培训支出套取资金", "中", "报销系统设定审批流，附件不全不得提交",
     "预防性控制", "系统控制", "每笔", "规划财务科", "会计", "谯若岚", ""],
]  # fmt: skip
HEALTH_MERGES = ["A1:L1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:H2", "I2:K2", "L2:L3",
                 "A4:A5", "B4:B5", "C4:C5", "D4:D5"]  # fmt: skip


def test_executor_under_the_band_is_the_person_not_the_department(tmp_path):
    got = run(tmp_path, HEALTH, HEALTH_MERGES)
    assert read(got) == sorted([
        ("规划财务科", "科长", "钮霈然", "设备采购需求论证走过场，指定品牌", "Ⅰ级"),
        ("审计科", "科长", "濮昱衡", "设备采购需求论证走过场，指定品牌", "Ⅰ级"),
        ("规划财务科", "会计", "谯若岚", "虚列会议培训支出套取资金", "Ⅱ级"),
    ])  # fmt: skip
    # 控制方式 and 控制频率 are the control's attributes, not its text
    assert measures(got) == {
        ("钮霈然", "设备采购需求论证走过场，指定品牌"): "需求经专家论证并公示",
        ("濮昱衡", "设备采购需求论证走过场，指定品牌"): "采购结果纳入年度内部审计",
        ("谯若岚", "虚列会议培训支出套取资金"): "报销系统设定审批流，附件不全不得提交",
    }
    no_errors(got)


# the 责任 band first, no post column (科室 | 执行人), the attributes 执行频率 | 控制性质, a
# title line and a 编制单位 line above, levels 一级/二级/三级
MARKET = [
    ["XX市市场监督管理局业务层面风险控制矩阵"],
    ["编制单位：局内部控制工作领导小组办公室"],
    ["风险编号", "风险描述", "风险级别", "控制责任", None, "控制活动", None, None],
    [None, None, None, "责任部门", "执行人", "控制措施", "控制性质", "执行频率"],
    ["JG-01", "行政处罚自由裁量不按基准，畸轻畸重", "一级", "法规科", "阙晗铎",
     "案件经法制审核，重大案件集体讨论", "预防性控制", "每案"],
    [None, None, None, "稽查局", "詹昶霖", "结案后随机抽查卷宗", "发现性控制", "每季"],
    ["JG-02", "食品抽检样品调换或选择性送检", "二级", "食品安全科", "阙曦妤",
     "抽样双人到场，全程执法记录仪", "预防性控制", "每次"],
    ["JG-03", "特种设备检验报告审核把关不严", "三级", "特种设备科", "郗澜川",
     "报告系统留痕，科长复核签字", "预防性控制", "每份"],
]  # fmt: skip
MARKET_MERGES = ["A1:H1", "A2:H2", "A3:A4", "B3:B4", "C3:C4", "D3:E3", "F3:H3",
                 "A5:A6", "B5:B6", "C5:C6"]  # fmt: skip


def test_band_first_and_no_post_column(tmp_path):
    got = run(tmp_path, MARKET, MARKET_MERGES)
    assert [(d, p, pt, lv) for d, _t, p, pt, lv in read(got)] == sorted([
        ("法规科", "阙晗铎", "行政处罚自由裁量不按基准，畸轻畸重", "Ⅰ级"),
        ("稽查局", "詹昶霖", "行政处罚自由裁量不按基准，畸轻畸重", "Ⅰ级"),
        ("食品安全科", "阙曦妤", "食品抽检样品调换或选择性送检", "Ⅱ级"),
        ("特种设备科", "郗澜川", "特种设备检验报告审核把关不严", "Ⅲ级"),
    ])  # fmt: skip
    assert measures(got)[("郗澜川", "特种设备检验报告审核把关不严")] == "报告系统留痕，科长复核签字"
    no_errors(got)


# three control rows under one risk, each its own executor; a 控制证据 column at the end; the
# attributes 控制方式 | 控制频次; levels 重大/较大/一般
WATER = [
    ["XX县水务局内控风险控制矩阵"],
    ["业务类型", "风险点描述", "风险等级", "控制活动", None, None, "控制责任", None, None,
     "控制证据"],
    [None, None, None, "控制措施", "控制方式", "控制频次", "责任股室", "责任岗位", "控制执行人",
     None],
    ["项目建设", "水利工程变更签证不实，虚增工程量", "高", "变更经监理、设计、业主三方签认",
     "人工控制", "每项", "建设管理股", "股长", "禚沛然", "变更签证单"],
    [None, None, None, "变更金额超限报局党组会审议", "人工控制", "每项", "局领导", "副局长",
     "逄毓琛", "会议纪要"],
    [None, None, None, "竣工结算送审计部门审核", "人工控制", "每项", "计划财务股", "会计",
     "蒯舒雯", "审核报告"],
    ["资金管理", "水资源费征收减免不按规定审批", "低", "减免在征收系统中逐级审批",
     "系统控制", "每笔", "水政水资源股", "科员", "禚语桐", "系统审批记录"],
]  # fmt: skip
WATER_MERGES = ["A1:J1", "A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:I2", "J2:J3",
                "A4:A6", "B4:B6", "C4:C6"]  # fmt: skip


def test_three_control_rows_under_one_risk(tmp_path):
    got = run(tmp_path, WATER, WATER_MERGES)
    point = "水利工程变更签证不实，虚增工程量"
    assert read(got) == sorted([
        ("建设管理股", "股长", "禚沛然", point, "Ⅰ级"),
        ("局领导", "副局长", "逄毓琛", point, "Ⅰ级"),
        ("计划财务股", "会计", "蒯舒雯", point, "Ⅰ级"),
        ("水政水资源股", "科员", "禚语桐", "水资源费征收减免不按规定审批", "Ⅲ级"),
    ])  # fmt: skip
    assert measures(got)[("蒯舒雯", point)] == "竣工结算送审计部门审核"
    no_errors(got)


# negative: 防控措施 merged over stages, each a measure's text, joined as before
STAGES = [
    ["XX镇农业综合服务中心岗位廉政风险防控表"],
    ["科室", "岗位", "姓名", "风险点", "风险等级", "防控措施", None, None],
    [None, None, None, None, None, "事前", "事中", "事后"],
    ["农技站", "站长", "聂逸岑", "农机补贴申报审核不严", "高", "政策公示", "现场核验", "结果公开"],
    ["畜牧站", "防疫员", "桑沐辰", "疫苗发放登记不实", "中", "按户建册", "双人发放", "月底盘点"],
]  # fmt: skip
STAGES_MERGES = ["A1:H1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:H2"]


def test_measures_band_over_stages_still_joined(tmp_path):
    got = run(tmp_path, STAGES, STAGES_MERGES, sheet="防控表")
    assert read(got) == sorted([
        ("农技站", "站长", "聂逸岑", "农机补贴申报审核不严", "Ⅰ级"),
        ("畜牧站", "防疫员", "桑沐辰", "疫苗发放登记不实", "Ⅱ级"),
    ])  # fmt: skip
    assert measures(got) == {
        ("聂逸岑", "农机补贴申报审核不严"): "政策公示\n现场核验\n结果公开",
        ("桑沐辰", "疫苗发放登记不实"): "按户建册\n双人发放\n月底盘点",
    }
    no_errors(got)


# negative: a 科室 band over two 科室 columns (上级科室 | 科室), a name column of its own after it
DEPTS = [
    ["XX区住房和城乡建设局岗位廉政风险点一览表"],
    ["所在科室", None, "岗位", "姓名", "廉政风险点", "风险等级"],
    ["上级科室", "科室", None, None, None, None],
    ["建筑业管理", "质量安全股", "股长", "宓昭远", "质量监督抽检走过场", "高"],
    ["房地产管理", "物业股", "科员", "宓婉清", "维修资金拨付审核不严", "低"],
]  # fmt: skip
DEPTS_MERGES = ["A1:F1", "A2:B2", "C2:C3", "D2:D3", "E2:E3", "F2:F3"]


def test_department_band_over_two_department_columns_as_before(tmp_path):
    got = run(tmp_path, DEPTS, DEPTS_MERGES, sheet="一览表")
    assert [(t, p, pt, lv) for _d, t, p, pt, lv in read(got)] == sorted([
        ("股长", "宓昭远", "质量监督抽检走过场", "Ⅰ级"),
        ("科员", "宓婉清", "维修资金拨付审核不严", "Ⅲ级"),
    ])  # fmt: skip
    depts = dict(zip(got.risks["person"], got.risks["department"], strict=True))
    assert depts == {"宓昭远": "质量安全股", "宓婉清": "物业股"}  # (the finer one, as before)
    no_errors(got)
