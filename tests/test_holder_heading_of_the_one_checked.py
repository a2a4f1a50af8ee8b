"""A log of checks, one row a finding: a column naming who checked (``排查人``, ``检查人``,
``谈话人``: the same few inspectors on every row, or one a row) beside the column naming the one
checked (``被排查人``, ``被检查人``, ``谈话对象``), before his post, 科室, point and level. The one
checked holds the row's point; the checkers hold none. Where no column holds the holder, a
column of personal names read as nothing is said (COLUMN_NAMES_UNREAD), not lost in silence.

Not the published batch's log (an industrial park's 土地收储中心, ``排查人 | 被排查人 | 职务 |
所在科室`` with 高/中/低, one heading row): a county hospital's 排查登记表, a 市场监督管理局's 检查记录
with 科室 first under two heading rows, a 税务分局's 廉政谈话台账 with ticked levels and a 备注
column; other posts, names and level words, written with xlsxwriter (tests/helpers.py) and read
back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None, sheet: str = "台账"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "log.xlsx", {sheet: rows}, {sheet: merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def errors(got) -> list[str]:
    i = got.issues
    return [m for s, m in zip(i["severity"], i["message"], strict=True) if s == "error"]


def test_the_one_checked_holds_the_point_not_the_inspectors(tmp_path):
    # (the inspectors two a row or one, four sets of them over three people checked: more
    # kinds of names than the column of the ones checked)
    rows = [["XX县人民医院廉政风险排查登记表"],
            ["填报单位：XX县人民医院", None, None, None, None, "排查时间：2025年5月"],
            ["序号", "排查时间", "排查人", "被排查人", "岗位", "科室", "查找的风险点", "风险等级",
             "防控措施"],
            [1, "2025.5.6", "卢振宇、阎书琴", "秦慕白", "主任", "药剂科", "药品遴选收受供应商好处",
             "一级", "药品遴选由药事委员会集体票决。"],
            [2, "2025.5.6", "卢振宇、阎书琴", "柏霜华", "护士长", "外科病区", "耗材申领虚报冒领", "二级",
             "耗材申领按月公示，科室主任复核。"],
            [3, "2025.5.13", "阎书琴、孔德明", "秦慕白", "主任", "药剂科", "药品验收把关不严", "二级",
             "验收双人签字，留存批号。"],
            [4, "2025.5.13", "孔德明", "葛晓岚", "收费员", "财务科", "收费不开票据截留现金",
             "一级", "收费一律开具票据，日清日结。"],
            [5, "2025.5.20", "卢振宇", "柏霜华", "护士长", "外科病区", "排班中优亲厚友", "三级",
             "排班表提前一周公示。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:I1"])
    assert read(got) == sorted([
        ("主任", "秦慕白", "药品遴选收受供应商好处", "Ⅰ级"),
        ("主任", "秦慕白", "药品验收把关不严", "Ⅱ级"),
        ("护士长", "柏霜华", "耗材申领虚报冒领", "Ⅱ级"),
        ("护士长", "柏霜华", "排班中优亲厚友", "Ⅲ级"),
        ("收费员", "葛晓岚", "收费不开票据截留现金", "Ⅰ级"),
    ])  # fmt: skip
    assert not errors(got)
    assert "COLUMN_NAMES_UNREAD" not in codes(got)
    assert not {"卢振宇", "阎书琴", "孔德明"} & set(got.risks["person"])


def test_the_one_checked_after_the_keshi_under_two_heading_rows(tmp_path):
    rows = [["XX县市场监督管理局廉政风险检查记录"],
            ["科室", "检查情况", None, "职务", "廉政风险点", "风险等级", "防控措施"],
            [None, "检查人", "被检查人", None, None, None, None],
            ["食品安全监管股", "符晨阳", "邵雨桐", "股长", "抽检样品选择性送检", "高",
             "抽检计划随机生成，样品双人封存。"],
            ["登记注册股", "蒋思远", "尹嘉禾", "科员", "注册登记材料审核走过场", "中",
             "一般登记事项窗口与后台分离审核。"],
            ["食品安全监管股", "蒋思远", "邵雨桐", "股长", "检查中接受宴请", "中",
             "检查全程记录仪记录，两人以上同行。"],
            ["综合执法大队", "符晨阳", "汤明哲", "队长", "案件查处随意调整罚款数额", "高",
             "罚款数额按裁量基准集体讨论。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "A2:A3", "B2:C2", "D2:D3", "E2:E3", "F2:F3", "G2:G3"])
    assert read(got) == sorted([
        ("股长", "邵雨桐", "抽检样品选择性送检", "Ⅰ级"),
        ("股长", "邵雨桐", "检查中接受宴请", "Ⅱ级"),
        ("科员", "尹嘉禾", "注册登记材料审核走过场", "Ⅱ级"),
        ("队长", "汤明哲", "案件查处随意调整罚款数额", "Ⅰ级"),
    ])  # fmt: skip
    assert not errors(got)
    assert not {"符晨阳", "蒋思远"} & set(got.risks["person"])
    depts = dict(zip(got.risks["person"], got.risks["department"], strict=True))
    assert depts["汤明哲"] == "综合执法大队"


def test_the_one_talked_to_holds_the_point_ticked_levels_and_a_remark(tmp_path):
    rows = [["XX县税务局第二税务分局廉政谈话台账"],
            ["序号", "谈话日期", "谈话人", "谈话对象", "所在科室", "岗位", "谈话中查找的风险点",
             "风险等级", None, None, "防控措施", "备注"],
            [None, None, None, None, None, None, None, "高", "中", "低", None, None],
            [1, "2025-06-03", "韩立新", "鲁清扬", "纳税服务股", "股长", "办税服务中优亲厚友",
             None, "√", None, "办税事项一律按序办理，全程留痕。", "分局长谈"],
            [2, "2025-06-03", "韩立新", "欧阳静雯", "税源管理股", "税收管理员", "核定定额时人情征税",
             "√", None, None, "定额核定集体审议，结果公示。", "分局长谈"],
            [3, "2025-06-10", "贺文博", "鲁清扬", "纳税服务股", "股长", "发票领用审核放宽",
             None, None, "√", "发票领用按信用等级核定。", None]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:L1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:F3",
                               "G2:G3", "H2:J2", "K2:K3", "L2:L3"])  # fmt: skip
    assert read(got) == sorted([
        ("股长", "鲁清扬", "办税服务中优亲厚友", "Ⅱ级"),
        ("股长", "鲁清扬", "发票领用审核放宽", "Ⅲ级"),
        ("税收管理员", "欧阳静雯", "核定定额时人情征税", "Ⅰ级"),
    ])  # fmt: skip
    assert not errors(got)
    assert not {"韩立新", "贺文博"} & set(got.risks["person"])


def test_an_inspector_column_beside_a_name_column_leaves_the_name_as_holder(tmp_path):
    # (as before: the 姓名 column holds; the 排查人 at the row's end is no holder)
    rows = [["XX县人民医院岗位廉政风险排查表"],
            ["科室", "岗位", "姓名", "风险点", "风险等级", "防控措施", "排查人"],
            ["设备科", "科长", "黎思齐", "设备采购参数量身定制", "一级", "参数论证由专家组集体确定。", "卢振宇"],
            ["设备科", "科员", "傅晴川", "设备验收不按合同逐项核对", "二级", "验收邀请使用科室参加。", "卢振宇"],
            ["医务科", "科长", "龚若溪", "医疗纠纷处理中收受好处", "二级", "纠纷处理两人以上经办。", "阎书琴"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"])
    assert read(got) == sorted([
        ("科长", "黎思齐", "设备采购参数量身定制", "Ⅰ级"),
        ("科员", "傅晴川", "设备验收不按合同逐项核对", "Ⅱ级"),
        ("科长", "龚若溪", "医疗纠纷处理中收受好处", "Ⅱ级"),
    ])  # fmt: skip
    assert not errors(got)
    assert "COLUMN_NAMES_UNREAD" not in codes(got)


def test_an_ordinary_list_with_its_responsible_stays_as_before(tmp_path):
    rows = [["XX县市场监督管理局廉政风险防控一览表"],
            ["序号", "股室", "岗位", "责任人", "风险点", "风险等级", "防控措施"],
            [1, "价格监督检查股", "股长", "邵雨桐", "价格举报选择性受理", "高", "举报登记编号，限时办结。"],
            [2, "价格监督检查股", "科员", "尹嘉禾", "检查中泄露检查信息", "低", "检查前不预先通知。"],
            [3, "特种设备安全监察股", "股长", "汤明哲", "检验报告把关不严", "中", "报告双人复核。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"])
    assert read(got) == sorted([
        ("股长", "邵雨桐", "价格举报选择性受理", "Ⅰ级"),
        ("科员", "尹嘉禾", "检查中泄露检查信息", "Ⅲ级"),
        ("股长", "汤明哲", "检验报告把关不严", "Ⅱ级"),
    ])  # fmt: skip
    assert not errors(got)
    assert "COLUMN_NAMES_UNREAD" not in codes(got)


def test_names_under_an_inspector_heading_with_no_holder_column_are_said(tmp_path):
    # 对岗不对人 with the inspectors beside the posts: the posts' forms have no holder, and the
    # column of names read as nothing is said (the inspectors still hold no point)
    rows = [["XX县人民医院廉政风险排查表"],
            ["科室", "岗位", "风险点", "风险等级", "防控措施", "检查人"],
            ["药剂科", "采购员", "药品采购收受回扣", "一级", "采购目录集体确定。", "卢振宇"],
            ["财务科", "出纳", "公款私存", "二级", "账户每月对账。", "阎书琴"],
            ["后勤科", "科长", "维修工程虚报工程量", "二级", "工程量双人核定。", "卢振宇"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        ("采购员", "", "药品采购收受回扣", "Ⅰ级"),
        ("出纳", "", "公款私存", "Ⅱ级"),
        ("科长", "", "维修工程虚报工程量", "Ⅱ级"),
    ])  # fmt: skip
    assert not errors(got)
    i = got.issues
    said = [(c, v) for c, v in zip(i["code"], i["cell"], strict=True) if c == "COLUMN_NAMES_UNREAD"]
    assert said == [("COLUMN_NAMES_UNREAD", "F2")]


def test_the_new_code_is_catalogued():
    assert CATALOGUE["COLUMN_NAMES_UNREAD"][0] == "info"
    assert SHORT["COLUMN_NAMES_UNREAD"]


def test_what_the_ninety_eighth_review_found_the_one_checked_beside_a_name_column(tmp_path):
    # '姓名 | 被检查人': the 姓名 beside him is the checker's (the same on every row)
    rows = [["XX县人民医院廉政风险检查记录"],
            ["序号", "姓名", "被检查人", "岗位", "科室", "风险点", "风险等级", "防控措施"],
            [1, "卢振宇", "秦慕白", "主任", "药剂科", "药品遴选收受好处", "一级", "集体票决。"],
            [2, "卢振宇", "柏霜华", "护士长", "外科", "耗材虚报冒领", "二级", "公示。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:H1"])
    assert read(got) == sorted([
        ("主任", "秦慕白", "药品遴选收受好处", "Ⅰ级"),
        ("护士长", "柏霜华", "耗材虚报冒领", "Ⅱ级"),
    ])  # fmt: skip
    assert "卢振宇" not in set(got.risks["person"])
    assert not errors(got)
