"""A system's export, one row a point, whose only holder cell prints an organisation path
('单位 ／ 科室 ／ 岗位 ／ 姓名', deepest last) under any heading or none: each row's 科室, post and
holder are read from the path (the unit dropped, a leaders' group its 科室, a path ending in a post
a post-only holder). Paths that name no post and person stay as they were: a 科室-post cell
('财务科-出纳'), a sort of business ('岗位职责/审批'), a 流程 of steps ('受理→审核→审批'), a file path.

Not the published batch's export (a county's 统计数据管理中心 with ' > ', 数据审核科 and 高/中/低
under 责任对象): a 医疗保障局 and a 公共资源交易中心 and a 卫生院, other posts, names, separators
('／', '→', '›'), headings (组织路径, 所属, 人员, none), level words and a ticked level, written with
xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None, sheet: str = "导出"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def depts(got) -> list[tuple[str, str]]:
    r = got.risks
    return sorted(set(zip(r["department"], r["person"], strict=True)))


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


def test_full_width_slash_paths_under_a_path_heading_with_the_unit_first(tmp_path):
    unit = "汝阳县医疗保障局"
    rows = [
        [f"{unit}廉政风险防控管理系统　数据导出"],
        ["导出日期：2025-09-03　操作员：sys01"],
        ["编号", "风险事项", "等级", "防控办法", "组织路径", "备注"],
        ["1", "定点医药机构准入评审打招呼、开口子", "一级", "评审专家随机抽取，结果公示。",
         f"{unit}／局领导／局长／邝文博", ""],
        ["2", "基金拨付审核中优亲厚友", "二级", "拨付经股室初审、分管领导复核。",
         f"{unit}／局领导／副局长／宓清越", "系统导出"],
        ["3", "稽核检查发现问题瞒报不报", "一级", "稽核结果双人签字，全程记录。",
         f"{unit}／基金监管股／股长／隗知澜", ""],
        ["4", "异地就医备案材料审核把关不严", "三级", "备案材料留档，按季抽查。",
         f"{unit}／待遇保障股／经办员／苌若溪", ""],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A2:F2"])
    assert read(got) == sorted([
        ("局长", "邝文博", "定点医药机构准入评审打招呼、开口子", "Ⅰ级"),
        ("副局长", "宓清越", "基金拨付审核中优亲厚友", "Ⅱ级"),
        ("股长", "隗知澜", "稽核检查发现问题瞒报不报", "Ⅰ级"),
        ("经办员", "苌若溪", "异地就医备案材料审核把关不严", "Ⅲ级"),
    ])  # fmt: skip
    assert depts(got) == sorted([
        ("局领导", "邝文博"), ("局领导", "宓清越"), ("基金监管股", "隗知澜"), ("待遇保障股", "苌若溪"),
    ])  # fmt: skip
    no_errors(got)


def test_arrow_paths_without_the_unit_under_two_heading_rows(tmp_path):
    rows = [
        ["栾川县公共资源交易中心岗位廉政风险点台账"],
        ["序号", "风险情况", None, "防控措施", "所属"],
        [None, "风险点", "风险等级", None, None],
        ["1", "交易文件发布前泄露评标信息", "高", "文件发布前封存，知悉人员登记。", "交易服务科→科长→亓官澈"],
        ["2", "开标现场为投标人提供便利", "中", "开标全程录音录像。", "交易服务科→科长→亓官澈"],
        ["3", "专家抽取结果提前透露", "高", "专家抽取系统自动语音通知。", "信息管理科→系统管理员→鞠念安"],
        ["4", "保证金退还拖延索要好处", "低", "保证金系统自动退还。", "财务结算科→会计→鞠念慈"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A2:A3", "B2:C2", "D2:D3", "E2:E3"], sheet="台账")
    assert read(got) == sorted([
        ("科长", "亓官澈", "交易文件发布前泄露评标信息", "Ⅰ级"),
        ("科长", "亓官澈", "开标现场为投标人提供便利", "Ⅱ级"),
        ("系统管理员", "鞠念安", "专家抽取结果提前透露", "Ⅰ级"),
        ("会计", "鞠念慈", "保证金退还拖延索要好处", "Ⅲ级"),
    ])  # fmt: skip
    assert depts(got) == sorted(
        [("交易服务科", "亓官澈"), ("信息管理科", "鞠念安"), ("财务结算科", "鞠念慈")]
    )
    no_errors(got)


def test_angle_paths_under_a_person_heading_one_ending_in_a_post(tmp_path):
    unit = "嵩县田湖镇卫生院"
    rows = [
        [f"{unit}廉洁风险点清单（平台导出）"],
        ["序", "风险点描述", "风险级别", "管控措施", "人员", "风险编码"],
        ["1", "药品耗材验收以次充好", "Ⅱ级", "验收双人签字，留存台账。", f"{unit} › 药剂科 › 科长 › 鄢静姝", "TH-01"],
        ["2", "收费不开票据截留现金", "Ⅰ级", "每日对账，票款一致。", f"{unit} › 收费室 › 收费员 › 晏知秋", "TH-02"],
        ["3", "医保结算虚记诊疗项目", "Ⅰ级", "每月抽查结算明细。", f"{unit} › 医保办 › 主任 › 漆雕远", "TH-03"],
        ["4", "绩效分配不按方案", "Ⅱ级", "绩效方案职代会通过并公示。", f"{unit} › 院领导 › 院长 › 郦南乔", "TH-04"],
        ["5", "夜班药品出库不登记", "Ⅲ级", "出库登记，次日核对。", f"{unit} › 药剂科 › 药剂员", "TH-05"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"], sheet="Sheet1")
    assert read(got) == sorted([
        ("科长", "鄢静姝", "药品耗材验收以次充好", "Ⅱ级"),
        ("收费员", "晏知秋", "收费不开票据截留现金", "Ⅰ级"),
        ("主任", "漆雕远", "医保结算虚记诊疗项目", "Ⅰ级"),
        ("院长", "郦南乔", "绩效分配不按方案", "Ⅱ级"),
        ("药剂员", "", "夜班药品出库不登记", "Ⅲ级"),
    ])  # fmt: skip
    assert ("院领导", "郦南乔") in depts(got) and ("药剂科", "") in depts(got)
    no_errors(got)


def test_dept_dash_post_and_a_type_path_stay_as_before(tmp_path):
    rows = [
        ["伊川县水利局岗位廉政风险排查表"],
        ["序号", "岗位", "姓名", "风险点", "业务分类", "风险等级", "防控措施"],
        ["1", "财务股-出纳", "闵书瑶", "公款私存、挪用资金", "岗位职责/资金", "一级", "银行账户按月对账。"],
        ["2", "工程股-股长", "骆青崖", "工程变更签证不严", "岗位职责/审批", "二级", "变更集体研究。"],
        ["3", "办公室-主任", "殷若水", "公务接待超标准", "制度机制/接待", "三级", "接待清单审批。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"], sheet="排查表")
    assert read(got) == sorted([
        ("出纳", "闵书瑶", "公款私存、挪用资金", "Ⅰ级"),
        ("股长", "骆青崖", "工程变更签证不严", "Ⅱ级"),
        ("主任", "殷若水", "公务接待超标准", "Ⅲ级"),
    ])  # fmt: skip
    assert depts(got) == sorted([("财务股", "闵书瑶"), ("工程股", "骆青崖"), ("办公室", "殷若水")])
    no_errors(got)


def test_a_workflow_of_steps_and_a_file_path_are_no_holders(tmp_path):
    rows = [
        ["新安县市场监督管理局行政审批岗位风险防控表"],
        ["科室", "岗位", "姓名", "风险点", "风险等级", "办理流程", "附件"],
        ["审批股", "股长", "樊晓岚", "许可审查降低标准", "高", "受理→审核→审批", "D:\\审批资料\\许可.xlsx"],
        ["审批股", "审查员", "祁照野", "现场核查走过场", "中", "受理→现场核查→审批", "http://192.168.1.5/files/a"],
        ["稽查股", "股长", "穆寒汀", "案件查办选择性执法", "高", "立案→调查→审核→决定", ""],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"], sheet="防控表")
    assert read(got) == sorted([
        ("股长", "樊晓岚", "许可审查降低标准", "Ⅰ级"),
        ("审查员", "祁照野", "现场核查走过场", "Ⅱ级"),
        ("股长", "穆寒汀", "案件查办选择性执法", "Ⅰ级"),
    ])  # fmt: skip
    assert depts(got) == sorted([("审批股", "樊晓岚"), ("审批股", "祁照野"), ("稽查股", "穆寒汀")])
    no_errors(got)


def test_slash_paths_under_a_department_heading_with_ticked_levels(tmp_path):
    rows = [
        ["宜阳县住房和城乡建设局权力运行风险点登记表"],
        ["序号", "风险点", "高", "中", "低", "防范措施", "责任主体"],
        ["1", "施工许可审批吃拿卡要", "✓", None, None, "许可事项网上办理。", "规划审批股/股长/诸葛晴川"],
        ["2", "质量监督检查走过场", None, "✓", None, "检查记录双人签字。", "质量安全站/站长/司空蔚然"],
        ["3", "维修资金拨付不按程序", None, None, "✓", "拨付经集体研究。", "房产管理股/会计/尉迟晚晴"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"], sheet="登记表")
    assert read(got) == sorted([
        ("股长", "诸葛晴川", "施工许可审批吃拿卡要", "Ⅰ级"),
        ("站长", "司空蔚然", "质量监督检查走过场", "Ⅱ级"),
        ("会计", "尉迟晚晴", "维修资金拨付不按程序", "Ⅲ级"),
    ])  # fmt: skip
    assert depts(got) == sorted(
        [("规划审批股", "诸葛晴川"), ("质量安全站", "司空蔚然"), ("房产管理股", "尉迟晚晴")]
    )
    no_errors(got)


def _warned(got, code: str) -> list[tuple[str, str]]:
    i = got.issues
    return sorted(zip(i[i["code"] == code]["cell"], i[i["code"] == code]["value"], strict=True))


def test_what_the_hundred_and_nineteenth_review_found_two_names_and_a_vacancy(tmp_path):
    # the path's last part naming two people, or a vacancy, under 人员: never the whole path as
    # the person; two holders of 财务科/会计, or a post-only 会计 (and an 'XX' unit keeps it on)
    head = [["XX局风险点导出"], ["编号", "风险事项", "等级", "防控办法", "人员"]]
    rows = head + [
        ["1", "公车私用", "高", "车辆统一调度", "XX县财政局 > 办公室 > 主任 > 张三"],
        ["2", "虚报冒领", "中", "双人复核", "汝阳县财政局 > 财务科 > 会计 > 李四、赵六"],
        ["3", "挪用公款", "高", "每日对账", "汝阳县财政局 > 财务科 > 出纳 > 王五"],
    ]
    got = run(tmp_path / "a", rows, ["A1:E1"])
    assert read(got) == sorted([
        ("主任", "张三", "公车私用", "Ⅰ级"), ("会计", "李四", "虚报冒领", "Ⅱ级"),
        ("会计", "赵六", "虚报冒领", "Ⅱ级"), ("出纳", "王五", "挪用公款", "Ⅰ级"),
    ])  # fmt: skip
    assert depts(got) == [
        ("办公室", "张三"),
        ("财务科", "李四"),
        ("财务科", "王五"),
        ("财务科", "赵六"),
    ]
    no_errors(got)
    for vacant in ("（空缺）", "空缺"):
        rows[3][4] = f"汝阳县财政局 > 财务科 > 会计 > {vacant}"
        got = run(tmp_path / vacant, rows, ["A1:E1"])
        assert read(got) == sorted([
            ("主任", "张三", "公车私用", "Ⅰ级"), ("会计", "", "虚报冒领", "Ⅱ级"),
            ("出纳", "王五", "挪用公款", "Ⅰ级"),
        ])  # fmt: skip
        assert ("财务科", "") in depts(got)
        assert not any(">" in p for p in got.risks["person"])
        no_errors(got)


def test_what_the_hundred_and_nineteenth_review_found_near_variants(tmp_path):
    # (a) a path column beside a real 姓名 column: 科室 and 岗位 from the path; a name that
    # disagrees keeps the column's, the row as before, a warning at the path's cell
    rows = [
        ["XX局风险点导出"], ["编号", "风险事项", "等级", "防控办法", "组织路径", "姓名"],
        ["1", "公车私用", "高", "车辆统一调度", "汝阳县财政局 > 办公室 > 主任 > 张三", "张三"],
        ["2", "虚报冒领", "中", "双人复核", "汝阳县财政局 > 财务科 > 会计 > 李四", "李四"],
        ["3", "挪用公款", "高", "每日对账", "汝阳县财政局 > 财务科 > 出纳 > 王五", "赵六"],
    ]  # fmt: skip
    got = run(tmp_path / "a", rows, ["A1:F1"])
    assert read(got) == sorted([
        ("主任", "张三", "公车私用", "Ⅰ级"), ("会计", "李四", "虚报冒领", "Ⅱ级"),
        ("", "赵六", "挪用公款", "Ⅰ级"),
    ])  # fmt: skip
    assert depts(got) == [("", "赵六"), ("办公室", "张三"), ("财务科", "李四")]
    assert _warned(got, "ORG_PATH_DIFFERS") == [("E5", "汝阳县财政局 > 财务科 > 出纳 > 王五")]
    no_errors(got)
    # (b) every path ends in a post (heading 所属): post-only holders
    rows = [
        ["XX局风险点导出"], ["编号", "风险事项", "等级", "防控办法", "所属"],
        ["1", "公车私用", "高", "车辆统一调度", "汝阳县财政局 > 办公室 > 主任"],
        ["2", "虚报冒领", "中", "双人复核", "汝阳县财政局 > 财务科 > 会计"],
        ["3", "挪用公款", "高", "每日对账", "汝阳县财政局 > 财务科 > 出纳"],
    ]  # fmt: skip
    got = run(tmp_path / "b", rows, ["A1:E1"])
    assert read(got) == sorted([
        ("主任", "", "公车私用", "Ⅰ级"), ("会计", "", "虚报冒领", "Ⅱ级"),
        ("出纳", "", "挪用公款", "Ⅰ级"),
    ])  # fmt: skip
    assert set(zip(got.risks["department"], got.risks["title"], strict=True)) == {
        ("办公室", "主任"), ("财务科", "会计"), ("财务科", "出纳")
    }  # fmt: skip
    no_errors(got)
    # (c) a path under 责任人 beside a 科室 column that disagrees: the column's 科室, a warning
    rows = [
        ["XX局风险点导出"], ["编号", "科室", "风险事项", "等级", "防控办法", "责任人"],
        ["1", "办公室", "公车私用", "高", "车辆统一调度", "汝阳县财政局 > 综合科 > 主任 > 张三"],
        ["2", "财务科", "虚报冒领", "中", "双人复核", "汝阳县财政局 > 财务科 > 会计 > 李四"],
    ]  # fmt: skip
    got = run(tmp_path / "c", rows, ["A1:F1"])
    assert read(got) == sorted(
        [("主任", "张三", "公车私用", "Ⅰ级"), ("会计", "李四", "虚报冒领", "Ⅱ级")]
    )
    assert depts(got) == [("办公室", "张三"), ("财务科", "李四")]
    assert _warned(got, "ORG_PATH_DIFFERS") == [("F3", "汝阳县财政局 > 综合科 > 主任 > 张三")]
    no_errors(got)
    # dashes are no path's separators: left as before (no holder, no 科室)
    rows = [
        ["XX局风险点导出"], ["编号", "风险事项", "等级", "防控办法", "责任对象"],
        ["1", "公车私用", "高", "车辆统一调度", "汝阳县财政局-办公室-主任-张三"],
        ["2", "虚报冒领", "中", "双人复核", "汝阳县财政局-财务科-会计-李四"],
    ]  # fmt: skip
    got = run(tmp_path / "d", rows, ["A1:E1"])
    assert read(got) == sorted([("", "", "公车私用", "Ⅰ级"), ("", "", "虚报冒领", "Ⅱ级")])
