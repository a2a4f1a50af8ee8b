"""A list with no 科室, 岗位 or 姓名 column whose holders are written only as a bracket opening the
first point of each holder's block ('【局长　冼澄邈】…', '〔财务股　股长　甘棠溪〕…'), the points
under it left unbracketed: each bracket's holder holds his row and the rows below it, down to the
next such bracket, and the bracket is no part of the point (issue HOLDER_PREFIX_CARRIED). A bracket
on every row, or brackets naming no person ('【制度机制】' a type, '【教务处】' a 科室), are read as
before.

Not the published batch's list (a 旗人民医院 with 院长 / 副院长 / 药剂科主任 and 高/中/低): a county's
交通运输局 and 市场监督管理局, other posts, names and level words (一级…, Ⅰ级…), one or two heading
rows, a 风险类型 and a 备注 column, half-width brackets and a post glued to its name, written with
xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None, sheet: str = "清单"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges or []})
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


def test_post_and_name_brackets_on_block_firsts_carry_down(tmp_path):
    rows = [["XX县交通运输局岗位廉政风险点一览表"],
            ["序号", "廉政风险点", "风险等级", "防控措施"],
            [1, "【局长　冼澄邈】农村公路建设项目发包个人说了算", "一级", "项目发包局党组会集体研究。"],
            [2, "交通专项资金分配不公开", "一级", "资金分配方案公示。"],
            [3, "【运输股　股长　甘棠溪】道路运输经营许可把关不严", "二级", "许可材料两人审核。"],
            [4, "为关系人违规办理营运证", "二级", "办证结果每月抽查。"],
            [5, "客运线路审批暗箱操作", "三级", "线路审批结果公开。"],
            [6, "【路政大队　大队长　蔺霁川】超限运输处罚选择性执法", "一级", "处罚案件法制审核。"],
            ["注：风险点前【】内为责任科室、岗位和责任人，其下各风险点至下一个【】止均由其负责。"],
            ["制表：办公室", None, "审核：", None]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1", "A9:D9"])
    assert read(got) == sorted([
        ("", "局长", "冼澄邈", "农村公路建设项目发包个人说了算", "Ⅰ级"),
        ("", "局长", "冼澄邈", "交通专项资金分配不公开", "Ⅰ级"),
        ("运输股", "股长", "甘棠溪", "道路运输经营许可把关不严", "Ⅱ级"),
        ("运输股", "股长", "甘棠溪", "为关系人违规办理营运证", "Ⅱ级"),
        ("运输股", "股长", "甘棠溪", "客运线路审批暗箱操作", "Ⅲ级"),
        ("路政大队", "大队长", "蔺霁川", "超限运输处罚选择性执法", "Ⅰ级"),
    ])  # fmt: skip
    assert "HOLDER_PREFIX_CARRIED" in codes(got)
    assert len(got.issues[got.issues["code"] == "HOLDER_PREFIX_CARRIED"]) == 1
    assert "HOLDER_PREFIX_CARRIED" in CATALOGUE and "HOLDER_PREFIX_CARRIED" in SHORT
    no_errors(got)


def test_tortoise_brackets_under_two_heading_rows_with_a_type_and_a_remark(tmp_path):
    rows = [["XX县市场监督管理局廉政风险防控清单"],
            ["序号", "风险点", "风险评定", None, "防控措施", "备注"],
            [None, None, "风险类型", "风险等级", None, None],
            [1, "〔财务股　股长　邝昱澄〕报销凭证审核走过场", "制度机制", "二级", "凭证两人复核。", None],
            [2, "往来款长期挂账不清理", "制度机制", "三级", "每季度清理往来款。", "新增"],
            [3, "〔执法稽查科　科长　阙霈岚〕案件查办中说情打招呼", "岗位职责", "一级", "说情登记备案。", None],
            [4, "罚没物品处置不公开", "岗位职责", "二级", "罚没物品公开拍卖。", None],
            ["填报说明：〔〕内为该段风险点的责任人。"]]  # fmt: skip
    merges = ["A1:F1", "A2:A3", "B2:B3", "C2:D2", "E2:E3", "F2:F3", "A8:F8"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("财务股", "股长", "邝昱澄", "报销凭证审核走过场", "Ⅱ级"),
        ("财务股", "股长", "邝昱澄", "往来款长期挂账不清理", "Ⅲ级"),
        ("执法稽查科", "科长", "阙霈岚", "案件查办中说情打招呼", "Ⅰ级"),
        ("执法稽查科", "科长", "阙霈岚", "罚没物品处置不公开", "Ⅱ级"),
    ])  # fmt: skip
    assert list(got.risks["risk_type"]) == ["制度机制风险"] * 2 + ["岗位职责风险"] * 2
    assert "HOLDER_PREFIX_CARRIED" in codes(got)
    no_errors(got)


def test_two_holders_of_one_post_told_apart_by_name(tmp_path):
    rows = [["XX县交通运输局领导班子廉政风险点"],
            ["序号", "廉政风险点", "风险级别", "防控措施"],
            [1, "[副局长　訾沛岚]工程变更签证审核不严", "Ⅰ级", "变更签证集体审定。"],
            [2, "工程款拨付不按进度", "Ⅱ级", "拨付前现场核量。"],
            [3, "[副局长　冼澄岳]执法人员调配安排不公", "Ⅱ级", "调配方案会议研究。"],
            [4, "行政处罚自由裁量过宽", "Ⅰ级", "执行裁量基准。"],
            [5, "[综合股股长庹翛沄]公务接待超标准", "Ⅲ级", "接待清单审核。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1"])
    assert read(got) == sorted([
        ("", "副局长", "訾沛岚", "工程变更签证审核不严", "Ⅰ级"),
        ("", "副局长", "訾沛岚", "工程款拨付不按进度", "Ⅱ级"),
        ("", "副局长", "冼澄岳", "执法人员调配安排不公", "Ⅱ级"),
        ("", "副局长", "冼澄岳", "行政处罚自由裁量过宽", "Ⅰ级"),
        ("综合股", "股长", "庹翛沄", "公务接待超标准", "Ⅲ级"),
    ])  # fmt: skip
    assert len(set(zip(got.risks["title"], got.risks["person"], strict=True))) == 3
    no_errors(got)


def test_type_tags_on_some_rows_stay_types(tmp_path):
    rows = [["XX县市场监督管理局岗位廉政风险点"],
            ["序号", "廉政风险点", "风险等级", "防控措施"],
            [1, "【制度机制】食品抽检样品选定随意", "二级", "抽检计划集体研究。"],
            [2, "特种设备检验结果不复核", "一级", "检验报告两人签字。"],
            [3, "【岗位职责】广告违法案件立案不及时", "三级", "线索登记台账。"],
            [4, "企业年报抽查走过场", "二级", "抽查结果公示。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1"])
    r = got.risks
    assert sorted(zip(r["person"], r["risk_point"], r["risk_type"], strict=True)) == sorted([
        ("", "食品抽检样品选定随意", "制度机制风险"),
        ("", "特种设备检验结果不复核", ""),
        ("", "广告违法案件立案不及时", "岗位职责风险"),
        ("", "企业年报抽查走过场", ""),
    ])  # fmt: skip
    assert "HOLDER_PREFIX_CARRIED" not in codes(got)
    no_errors(got)


def test_a_department_tag_on_every_row_is_that_rows_only(tmp_path):
    rows = [["XX县交通运输局各股室廉政风险点"],
            ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
            [1, "股长", "司马沛琳", "【运输股】营运证年审把关不严", "二级", "年审资料两人核对。"],
            [2, "股长", "钭昱岑", "【财务股】公务卡报销不审核", "三级", "报销单据逐张审核。"],
            [3, "副股长", "巫马霁川", "【运输股】驾培机构考核打人情分", "二级", "考核结果公示。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        ("运输股", "股长", "司马沛琳", "营运证年审把关不严", "Ⅱ级"),
        ("财务股", "股长", "钭昱岑", "公务卡报销不审核", "Ⅲ级"),
        ("运输股", "副股长", "巫马霁川", "驾培机构考核打人情分", "Ⅱ级"),
    ])  # fmt: skip
    assert "HOLDER_PREFIX_CARRIED" not in codes(got)
    no_errors(got)


def test_a_holder_bracket_on_every_row_is_each_rows_holder(tmp_path):
    """Every point opening with its holder in a bracket: each row its own holder, the bracket
    off the text (it stayed in the text, no one read as holder)."""
    rows = [["XX县市场监督管理局岗位廉政风险点"],
            ["序号", "廉政风险点", "风险等级", "防控措施"],
            [1, "【局长　公孙澈】重大执法决定不经法制审核", "一级", "法制审核全覆盖。"],
            [2, "【副局长　亓官瀚】许可审批超时限", "二级", "审批时限电子监察。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1"])
    r = got.risks
    assert sorted(zip(r["title"], r["person"], r["risk_point"], strict=True)) == [
        ("副局长", "亓官瀚", "许可审批超时限"),
        ("局长", "公孙澈", "重大执法决定不经法制审核"),
    ]
    no_errors(got)


def test_a_department_tag_on_every_row_with_no_holder_column(tmp_path):
    """'【办公室】…' on every row and no 科室, 岗位 or 姓名 column: each row's 科室 (it was lost)."""
    rows = [["XX县交通运输局廉政风险点清单"],
            ["序号", "廉政风险点", "风险等级", "防控措施"],
            [1, "【办公室】公车私用", "三级", "车辆统一调度。"],
            [2, "【财务股】违规报销", "二级", "报销双人审核。"],
            [3, "【运输股】许可审批放宽条件", "二级", "集体研究。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1"])
    r = got.risks
    assert sorted(zip(r["department"], r["risk_point"], strict=True)) == [
        ("办公室", "公车私用"), ("财务股", "违规报销"), ("运输股", "许可审批放宽条件"),
    ]  # fmt: skip
    no_errors(got)


def test_what_the_hundred_and_fourth_review_found_a_status_tag_or_a_labelled_bracket(tmp_path):
    # a '【重点】' / '【新增】' tag on one row vetoed the whole rule; '【责任人：局长某某】' was missed
    t = ["XX县交通运输局岗位廉政风险点一览表"]
    h = ["序号", "廉政风险点", "风险等级", "防控措施"]
    rows = [t, h,
            [1, "【局长　冼澄邈】工程发包个人说了算", "一级", "集体研究。"],
            [2, "公款吃喝", "一级", "公示。"],
            [3, "【副局长　甘棠溪】许可把关不严", "二级", "两人审核。"],
            [4, "【重点】营运证违规办理", "二级", "抽查。"]]  # fmt: skip
    got = run(tmp_path / "a", rows, ["A1:D1"])
    assert read(got) == sorted([
        ("", "局长", "冼澄邈", "工程发包个人说了算", "Ⅰ级"),
        ("", "局长", "冼澄邈", "公款吃喝", "Ⅰ级"),
        ("", "副局长", "甘棠溪", "许可把关不严", "Ⅱ级"),
        ("", "副局长", "甘棠溪", "【重点】营运证违规办理", "Ⅱ级"),
    ])  # fmt: skip
    assert "HOLDER_PREFIX_CARRIED" in codes(got)
    no_errors(got)
    rows = [t, h,
            [1, "【责任人：局长冼澄邈】工程发包个人说了算", "一级", "集体研究。"],
            [2, "【新增】公款吃喝", "一级", "公示。"],
            [3, "【责任岗位：副局长甘棠溪】许可把关不严", "二级", "两人审核。"],
            [4, "营运证违规办理", "二级", "抽查。"]]  # fmt: skip
    got = run(tmp_path / "b", rows, ["A1:D1"])
    assert read(got) == sorted([
        ("", "局长", "冼澄邈", "工程发包个人说了算", "Ⅰ级"),
        ("", "局长", "冼澄邈", "【新增】公款吃喝", "Ⅰ级"),
        ("", "副局长", "甘棠溪", "许可把关不严", "Ⅱ级"),
        ("", "副局长", "甘棠溪", "营运证违规办理", "Ⅱ级"),
    ])  # fmt: skip
    assert "HOLDER_PREFIX_CARRIED" in codes(got)
    no_errors(got)
    # a status tag on the first point is no holder: no such list (read as before)
    rows = [t, h,
            [1, "【重点】工程发包个人说了算", "一级", "集体研究。"],
            [2, "【副局长　甘棠溪】许可把关不严", "二级", "两人审核。"]]  # fmt: skip
    got = run(tmp_path / "c", rows, ["A1:D1"])
    assert "HOLDER_PREFIX_CARRIED" not in codes(got)
