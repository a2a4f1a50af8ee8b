"""A shared point written once, closed by a bracket naming its co-holders: an ordinary list of
holders' blocks where a point two or more hold is written once, under one holder, and closed by
'（与副所长某某共担）', '（与会计甲、出纳乙共担）' or '（与办公室主任共同负责）'; each colleague so
named (his name, post and name, or a post one holder of the table holds) has his own block
elsewhere and holds the point too, at the same level, with the same measures. The bracket is no
part of the point's words; a bracket naming nobody of the table ('（与供应商串通）', '（与上年相比
新增）') is the point's own words, as before.

The layouts here are not the published batch's (a 林场's 风险点清单 with 场领导/资源管理组 and
一级/二级/三级, '（与<post><name>共担）' only): a county's 动物卫生监督所, 疾病预防控制中心 and
市场监督管理所 with other posts and names, levels 高/中/低 in words or ticked, one or two heading
rows, post and name in two columns or in one cell, a type column, '（与…共同负责）' by post alone,
written with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file.
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


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


def test_post_and_name_bracket_gives_the_point_to_the_colleagues_block(tmp_path):
    rows = [["XX县动物卫生监督所岗位廉政风险点排查表"],
            ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
            [1, "所领导", "所长", "蔺霁川", "检疫员派驻屠宰场由个人决定", "高", "派驻人员所务会研究，定期轮岗。"],
            [2, "所领导", "所长", "蔺霁川", "病死畜禽无害化处理补助审核不严（与副所长甘棠溪共担）", "中",
             "补助名单公示，乡镇畜牧站复核。"],
            [3, "所领导", "副所长", "甘棠溪", "动物检疫合格证明违规出具", "高", "电子出证，全程留痕。"],
            [4, "检疫股", "股长", "冼澄邈", "产地检疫走过场", "中", "检疫现场拍照上传。"],
            [5, "检疫股", "检疫员", "訾沛岚", "收受养殖户财物少检漏检（与股长冼澄邈共担）", "低",
             "检疫结果随机抽查。"],
            ["注：风险点后括注“与××共担”的，为与所注人员共同承担，所注人员名下不再重复填写。"],
            ["填表：综合股", None, None, "审核：", None, "2025年6月", None]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "B3:B5", "C3:C4", "D3:D4", "A8:G8"])
    assert read(got) == sorted([
        ("所长", "蔺霁川", "检疫员派驻屠宰场由个人决定", "Ⅰ级"),
        ("所长", "蔺霁川", "病死畜禽无害化处理补助审核不严", "Ⅱ级"),
        ("副所长", "甘棠溪", "动物检疫合格证明违规出具", "Ⅰ级"),
        ("副所长", "甘棠溪", "病死畜禽无害化处理补助审核不严", "Ⅱ级"),
        ("股长", "冼澄邈", "产地检疫走过场", "Ⅱ级"),
        ("股长", "冼澄邈", "收受养殖户财物少检漏检", "Ⅲ级"),
        ("检疫员", "訾沛岚", "收受养殖户财物少检漏检", "Ⅲ级"),
    ])  # fmt: skip
    r = got.risks
    shared = r[(r["person"] == "甘棠溪") & (r["risk_point"] == "病死畜禽无害化处理补助审核不严")]
    assert list(shared["measures"]) == ["补助名单公示，乡镇畜牧站复核。"]
    assert "POINT_SHARED_BY_BRACKET" in codes(got)
    assert "POINT_SHARER_UNMATCHED" not in codes(got)
    no_errors(got)


def test_two_named_in_one_bracket_two_heading_rows_post_and_name_in_one_cell(tmp_path):
    # '（与会计…、出纳…共担）': both named colleagues hold the point; the heading in two rows
    # ('廉政风险' over '风险点 | 等级'), post and name in one cell ('会计 郗若岚')
    rows = [["XX县疾病预防控制中心廉政风险防控清单"],
            ["序号", "科室", "岗位及姓名", "廉政风险", None, "防控措施"],
            [None, None, None, "风险点", "等级", None],
            [1, "财务科", "科长 蒯望舒", "预算执行进度造假", "中", "预算执行按月通报。"],
            [2, "财务科", "科长 蒯望舒", "疫苗款支付审核流于形式（与会计郗若岚、出纳阙晓岑共担）", "高",
             "支付经科长、分管领导两级审签。"],
            [3, "财务科", "会计 郗若岚", "记账凭证附件不全", "低", "凭证月末交叉复核。"],
            [4, "财务科", "出纳 阙晓岑", "现金日记账登记不及时", "低", "库存现金每日盘点。"],
            [5, "检验科", "科长 霍沅芷", "检测报告数据篡改", "高", "报告三级审核，原始记录存档。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "D2:E2", "A2:A3", "B2:B3", "C2:C3", "F2:F3", "B4:B7"])
    assert read(got) == sorted([
        ("科长", "蒯望舒", "预算执行进度造假", "Ⅱ级"),
        ("科长", "蒯望舒", "疫苗款支付审核流于形式", "Ⅰ级"),
        ("会计", "郗若岚", "记账凭证附件不全", "Ⅲ级"),
        ("会计", "郗若岚", "疫苗款支付审核流于形式", "Ⅰ级"),
        ("出纳", "阙晓岑", "现金日记账登记不及时", "Ⅲ级"),
        ("出纳", "阙晓岑", "疫苗款支付审核流于形式", "Ⅰ级"),
        ("科长", "霍沅芷", "检测报告数据篡改", "Ⅰ级"),
    ])  # fmt: skip
    assert "POINT_SHARER_UNMATCHED" not in codes(got)
    no_errors(got)


def test_post_alone_held_by_one_holder_with_ticked_levels_and_a_type_column(tmp_path):
    # '（与办公室主任共同负责）': the post one holder of the table holds; levels ticked under
    # 高/中/低, a 风险类型 column
    rows = [["XX县市场监督管理所岗位廉政风险点一览表"],
            ["序号", "部门", "岗位", "姓名", "风险类型", "风险点描述", "高", "中", "低", "防控措施"],
            [1, "所领导", "所长", "宓清和", "岗位职责", "行政处罚自由裁量权滥用", "√", None, None,
             "处罚案件集体讨论。"],
            [2, "所领导", "所长", "宓清和", "制度机制", "公车使用审批把关不严（与办公室主任共同负责）", None,
             "√", None, "用车登记，每月公示。"],
            [3, "办公室", "主任", "闵书禾", "岗位职责", "办公用品采购不比价", None, None, "√",
             "采购三家比价。"],
            [4, "登记股", "股长", "濮允执", "岗位职责", "企业登记材料审核放松", None, "√", None,
             "登记材料双人审核。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:J1"])
    assert read(got) == sorted([
        ("所长", "宓清和", "行政处罚自由裁量权滥用", "Ⅰ级"),
        ("所长", "宓清和", "公车使用审批把关不严", "Ⅱ级"),
        ("主任", "闵书禾", "办公用品采购不比价", "Ⅲ级"),
        ("主任", "闵书禾", "公车使用审批把关不严", "Ⅱ级"),
        ("股长", "濮允执", "企业登记材料审核放松", "Ⅱ级"),
    ])  # fmt: skip
    r = got.risks
    assert set(r[r["risk_point"] == "公车使用审批把关不严"]["risk_type"]) == {"制度机制风险"}
    no_errors(got)


def test_a_colleague_named_but_not_in_the_table_keeps_the_point_the_rows_with_a_warning(tmp_path):
    rows = [["XX县动物卫生监督所岗位廉政风险点排查表"],
            ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
            [1, "所长", "蔺霁川", "兽药经营许可审批把关不严（与副所长尉迟朗共担）", "高", "审批结果公示。"],
            [2, "检疫员", "訾沛岚", "产地检疫走过场", "中", "检疫现场拍照上传。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        # (the bracket kept as written since review 104: nothing lost)
        ("所长", "蔺霁川", "兽药经营许可审批把关不严（与副所长尉迟朗共担）", "Ⅰ级"),
        ("检疫员", "訾沛岚", "产地检疫走过场", "Ⅱ级"),
    ])  # fmt: skip
    said = got.issues[got.issues["code"] == "POINT_SHARER_UNMATCHED"]
    assert list(said["cell"]) == ["D3"]
    assert "副所长尉迟朗" in said["message"].iloc[0]
    no_errors(got)


def test_brackets_about_the_risk_itself_stay_part_of_the_point(tmp_path):
    # '（与供应商串通）' within and closing a point, '（与上年相比新增）': no holder named
    rows = [["XX县疾病预防控制中心廉政风险防控清单"],
            ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "后勤科", "科长", "霍沅芷", "试剂验收（与供应商串通）虚报数量", "高", "验收两人以上。"],
            [2, "后勤科", "科长", "霍沅芷", "设备采购收受回扣（与供应商串通）", "高", "采购公开招标。"],
            [3, "后勤科", "采购员", "濮允执", "冷链运输费用虚报（与上年相比新增）", "中", "费用凭单据结算。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "B3:B5", "C3:C4", "D3:D4"])
    assert read(got) == sorted([
        ("科长", "霍沅芷", "试剂验收（与供应商串通）虚报数量", "Ⅰ级"),
        ("科长", "霍沅芷", "设备采购收受回扣（与供应商串通）", "Ⅰ级"),
        ("采购员", "濮允执", "冷链运输费用虚报（与上年相比新增）", "Ⅱ级"),
    ])  # fmt: skip
    assert not {"POINT_SHARED_BY_BRACKET", "POINT_SHARER_UNMATCHED"} & codes(got)
    no_errors(got)


def test_a_bracket_naming_an_outside_party_as_sharer_is_left_as_written(tmp_path):
    # '（与施工单位共担）' names no holder and no person or post: the point as written, no warning
    rows = [["XX县市场监督管理所岗位廉政风险点一览表"],
            ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
            [1, "股长", "濮允执", "办公楼维修安全责任落实不到位（与施工单位共担）", "中", "签订安全协议。"],
            [2, "主任", "闵书禾", "会议费报销不规范", "低", "会议费按标准审核。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        ("股长", "濮允执", "办公楼维修安全责任落实不到位（与施工单位共担）", "Ⅱ级"),
        ("主任", "闵书禾", "会议费报销不规范", "Ⅲ级"),
    ])  # fmt: skip
    assert not {"POINT_SHARED_BY_BRACKET", "POINT_SHARER_UNMATCHED"} & codes(got)
    no_errors(got)


def test_the_new_codes_are_catalogued():
    for code in ("POINT_SHARED_BY_BRACKET", "POINT_SHARER_UNMATCHED"):
        assert code in CATALOGUE and code in SHORT


def test_what_the_hundred_and_fourth_review_found_a_group_or_absent_post_kept(tmp_path):
    # '（与其他队员共担）', '（与班子成员共担）' name no one in particular; '（与队长共担）' with no 队长
    # here names a post of nobody: each point stays as written, no warning (they were taken as
    # named colleagues: bracket dropped, POINT_SHARER_UNMATCHED)
    rows = [["XX县农业农村局岗位廉政风险点排查表"],
            ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
            [1, "执法大队", "大队长", "蔺霁川", "案件查处说情打招呼（与当事人串通）", "高", "说情登记。"],
            [2, "执法大队", "队员", "訾沛岚", "执法检查走过场（与队长共担）", "中", "随机抽查。"],
            [3, "执法大队", "队员", "冼澄邈", "罚没物品处置不公开（与其他队员共担）", "中", "公开拍卖。"],
            [4, "办公室", "主任", "闵书禾", "公务接待超标准（与班子成员共担）", "低", "清单审核。"],
            [5, "办公室", "科员", "濮允执", "会议费报销不规范（与全体干部共担）", "低", "按标准审核。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"])
    assert read(got) == sorted([
        ("大队长", "蔺霁川", "案件查处说情打招呼（与当事人串通）", "Ⅰ级"),
        ("队员", "訾沛岚", "执法检查走过场（与队长共担）", "Ⅱ级"),
        ("队员", "冼澄邈", "罚没物品处置不公开（与其他队员共担）", "Ⅱ级"),
        ("主任", "闵书禾", "公务接待超标准（与班子成员共担）", "Ⅲ级"),
        ("科员", "濮允执", "会议费报销不规范（与全体干部共担）", "Ⅲ级"),
    ])  # fmt: skip
    assert not codes(got) & {"POINT_SHARER_UNMATCHED", "POINT_SHARED_BY_BRACKET"}
    no_errors(got)


def test_what_the_hundred_and_fourth_review_found_a_post_held_by_two_is_said_ambiguous(tmp_path):
    # '（与副所长共担）' with two 副所长: no one's, the bracket kept, the warning saying the post is
    # held by more than one
    rows = [["XX县农业农村局岗位廉政风险点排查表"],
            ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
            [1, "所领导", "所长", "蔺霁川", "工程验收把关不严（与副所长共担）", "高", "集体验收。"],
            [2, "所领导", "副所长", "甘棠溪", "检疫证明违规出具", "高", "电子出证。"],
            [3, "所领导", "副所长", "冼澄邈", "产地检疫走过场", "中", "拍照上传。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"])
    assert read(got) == sorted([
        ("所长", "蔺霁川", "工程验收把关不严（与副所长共担）", "Ⅰ级"),
        ("副所长", "甘棠溪", "检疫证明违规出具", "Ⅰ级"),
        ("副所长", "冼澄邈", "产地检疫走过场", "Ⅱ级"),
    ])  # fmt: skip
    said = got.issues[got.issues["code"] == "POINT_SHARER_UNMATCHED"]
    assert list(said["cell"]) == ["E3"]
    assert "同一岗位多人担任" in said["message"].iloc[0]
    no_errors(got)


def test_what_the_hundred_and_fourth_review_found_a_colleague_on_another_sheet(tmp_path):
    # sheet 办公室's point closed by '（与财务股股长甘棠溪共担）', 甘棠溪 the 股长 of sheet 财务股:
    # he holds it too (it was the 主任's only, bracket dropped, POINT_SHARER_UNMATCHED)
    t = ["XX县农业农村局岗位廉政风险点排查表"]
    h = ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"]
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {
        "办公室": [t, h,
                   [1, "办公室", "主任", "闵书禾", "公车使用审批不严（与财务股股长甘棠溪共担）", "中", "用车登记公示。"],
                   [2, "办公室", "科员", "濮允执", "会议费报销不规范", "低", "按标准审核。"]],
        "财务股": [t, h,
                   [1, "财务股", "股长", "甘棠溪", "专项资金拨付审核不严", "高", "集体研究。"],
                   [2, "财务股", "会计", "郗若岚", "记账凭证附件不全", "低", "交叉复核。"]],
    }, {"办公室": ["A1:G1"], "财务股": ["A1:G1"]})  # fmt: skip
    got = _collect(inbox)
    assert read(got) == sorted([
        ("主任", "闵书禾", "公车使用审批不严", "Ⅱ级"),
        ("科员", "濮允执", "会议费报销不规范", "Ⅲ级"),
        ("股长", "甘棠溪", "专项资金拨付审核不严", "Ⅰ级"),
        ("股长", "甘棠溪", "公车使用审批不严", "Ⅱ级"),
        ("会计", "郗若岚", "记账凭证附件不全", "Ⅲ级"),
    ])  # fmt: skip
    r = got.risks
    assert set(r[r["person"] == "甘棠溪"]["department"]) == {"财务股"}
    assert "POINT_SHARER_UNMATCHED" not in codes(got)
    said = got.issues[got.issues["code"] == "POINT_SHARED_BY_BRACKET"]
    assert list(zip(said["source_sheet"], said["cell"], strict=True)) == [("办公室", "E3")]
    no_errors(got)


def test_a_post_two_hold_on_its_own_sheet_is_not_looked_up_on_another(tmp_path):
    # '（与副主任共担）' on a sheet with two 副主任, another sheet's 副主任 too: who is meant is
    # not known; left as the sheet said it (the bracket kept, the warning), no one else given it
    t = ["XX县农业农村局岗位廉政风险点排查表"]
    h = ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"]
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {
        "办公室": [t, h,
                   [1, "办公室", "主任", "闵书禾", "公车使用审批不严（与副主任共担）", "中", "用车登记公示。"],
                   [2, "办公室", "副主任", "濮允执", "会议费报销不规范", "低", "按标准审核。"],
                   [3, "办公室", "副主任", "郗澈岚", "印章使用不规范", "低", "用印登记。"]],
        "财务股": [t, h,
                   [1, "财务股", "副主任", "甘棠溪", "专项资金拨付审核不严", "高", "集体研究。"]],
    }, {"办公室": ["A1:G1"], "财务股": ["A1:G1"]})  # fmt: skip
    got = _collect(inbox)
    r = got.risks
    assert "公车使用审批不严" not in set(r[r["person"] == "甘棠溪"]["risk_point"])
    assert "POINT_SHARER_UNMATCHED" in codes(got)
