"""No level column, each point scored on factor columns whose headings (or a row under them)
carry their WEIGHTS ('发生可能性（权重50%）', '×0.3', a row '权重 | 50% | 30% | 20%'), and a note
under the table banding their weighted sum ('加权得分4.0分及以上为一级…'): the level is the band
of the row's weighted sum; a printed total column is read as written (checked against the sum).

Not the published batch's file (a 社会矛盾纠纷调处化解中心 with 发生概率/危害程度/社会影响 at
40/35/25 under ``风险评估（1—5分）`` and ``综合得分≥4.0分为一级风险，3.0分（含）至4.0分…``): a
county's 医疗保障局 and 医保服务中心, other factors (发生可能性, 基金损失, 群众关注度, 失控程度),
other weights, names and level words, weights in the headings, in a row of their own or as
decimals, one or two heading rows, written with xlsxwriter (tests/helpers.py) and read back as
``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, ITEMS, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None, sheet: str = "评估表"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def errors(got) -> list[dict]:
    df = got.issues
    return df[df["severity"] == "error"].to_dict("records")


def message(got, code: str) -> str:
    df = got.issues
    return df[df["code"] == code]["message"].tolist()[0]


TITLE = "XX县医疗保障局岗位廉政风险评估表"


def test_weights_in_two_row_headings_band_the_weighted_sum(tmp_path):
    rows = [
        [TITLE],
        ["序号", "股室", "岗位", "姓名", "风险点", "风险评估（1—5分）", None, None, "防控措施"],
        [None, None, None, None, None,
         "发生可能性（权重50%）", "基金损失（权重30%）", "群众关注度（权重20%）", None],
        [1, "基金监管股", "股长", "仉澹宁", "飞行检查发现问题不移交", 5, 4, 3, "检查结果集体研判并移交。"],
        [2, "基金监管股", "股长", "仉澹宁", "对定点医药机构违规行为选择性处理", 4, 4, 4, "处理意见局务会审定。"],
        [3, "基金监管股", "科员", "晏珣睿", "稽核中接受被查机构宴请", 3, 3, 3, "稽核不少于两人，签订承诺书。"],
        [4, "待遇保障股", "股长", "佘昀澈", "特殊病种认定标准把握不一", 3, 2, 2, "认定结果每月抽查。"],
        [5, "待遇保障股", "股长", "佘昀澈", "异地就医备案审核不严", 2, 3, 4, "备案材料系统留痕。"],
        ["注：1.各因素按1—5分评分；2.加权得分=发生可能性×50%+基金损失×30%+群众关注度×20%；"
         "3.加权得分4.0分及以上为一级，3.0—4.0分为二级，3.0分以下为三级。"],
        ["填表人：", None, None, "审核人：", None, None, "日期：", None, None],
    ]  # fmt: skip
    merges = ["A1:I1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:H2", "I2:I3", "A9:I9"]
    got = run(tmp_path, rows, merges)
    # sums: 4.3, 4.0, 3.0, 2.5, 2.7
    assert read(got) == sorted([
        ("股长", "仉澹宁", "飞行检查发现问题不移交", "Ⅰ级"),
        ("股长", "仉澹宁", "对定点医药机构违规行为选择性处理", "Ⅰ级"),
        ("科员", "晏珣睿", "稽核中接受被查机构宴请", "Ⅱ级"),
        ("股长", "佘昀澈", "特殊病种认定标准把握不一", "Ⅲ级"),
        ("股长", "佘昀澈", "异地就医备案审核不严", "Ⅲ级"),
    ])  # fmt: skip
    assert not errors(got), errors(got)
    assert "LEVEL_BY_FACTORS" in codes(got)
    assert "LEVEL_FACTORS_UNBANDED" not in codes(got)
    said = message(got, "LEVEL_BY_FACTORS")
    assert "加权" in said and "50%" in said, said


def test_weights_in_a_row_under_one_heading_row(tmp_path):
    rows = [
        ["XX县医疗保障服务中心廉政风险点评估表"],
        ["编号", "科室", "岗位", "责任人", "廉政风险点", "发生可能性", "失控程度", "群众关注度", "防控措施"],
        [None, None, None, "权重", None, "40%", "40%", "20%", None],
        ["YB-1", "结算科", "科长", "鞠沄朴", "医疗费用结算审核放宽标准", 4, 4, 5, "结算数据双人复核。"],
        ["YB-2", "结算科", "科长", "鞠沄朴", "拖延拨付定点机构结算款索要好处", 2, 3, 2, "拨付时限系统预警。"],
        ["YB-3", "经办科", "经办员", "亓珮瑜", "参保登记信息违规修改", 3, 4, 3, "修改信息留痕，科长审批。"],
        ["YB-4", "经办科", "经办员", "亓珮瑜", "办事群众吃拿卡要", 1, 2, 3, "窗口服务评价。"],
        ["说明：综合分值=发生可能性×40%+失控程度×40%+群众关注度×20%；综合分值≥3.5为高风险；"
         "2.5≤综合分值<3.5为中风险；综合分值<2.5为低风险。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:I1", "A8:I8"])
    # sums: 4.2, 2.4, 3.4, 1.8
    assert read(got) == sorted([
        ("科长", "鞠沄朴", "医疗费用结算审核放宽标准", "Ⅰ级"),
        ("科长", "鞠沄朴", "拖延拨付定点机构结算款索要好处", "Ⅲ级"),
        ("经办员", "亓珮瑜", "参保登记信息违规修改", "Ⅱ级"),
        ("经办员", "亓珮瑜", "办事群众吃拿卡要", "Ⅲ级"),
    ])  # fmt: skip
    assert not errors(got), errors(got)
    assert "LEVEL_BY_FACTORS" in codes(got)


def test_weights_as_decimals_with_one_holder_cell_and_an_extra_column(tmp_path):
    rows = [
        ["XX县医疗保障局药品价格招采股廉政风险自评表"],
        ["序号", "岗位", "姓名", "风险点", "可能性×0.5", "危害程度×0.3", "影响范围×0.2", "防控措施", "备注"],
        [1, "股长", "眭霁岚", "药品挂网价格审核把关不严", 5, 5, 4, "价格审核集体研究。", None],
        [2, "股长", "眭霁岚", "耗材集采配送企业选定个人说了算", 4, 3, 3, "配送企业公开遴选。", "重点"],
        [3, "科员", "厍景曜", "向企业泄露报价信息", 3, 2, 4, "报价信息专人管理。", None],
        [4, "科员", "厍景曜", "挂网材料受理随意", 2, 2, 2, "受理清单公开。", None],
        ["注：风险得分=可能性×0.5+危害程度×0.3+影响范围×0.2，得分≥4为一级风险，3（含）至4为二级风险，3以下为三级风险。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:I1", "A7:I7"])
    # sums: 4.8, 3.5, 2.9, 2.0
    assert read(got) == sorted([
        ("股长", "眭霁岚", "药品挂网价格审核把关不严", "Ⅰ级"),
        ("股长", "眭霁岚", "耗材集采配送企业选定个人说了算", "Ⅱ级"),
        ("科员", "厍景曜", "向企业泄露报价信息", "Ⅲ级"),
        ("科员", "厍景曜", "挂网材料受理随意", "Ⅲ级"),
    ])  # fmt: skip
    assert not errors(got), errors(got)
    assert "LEVEL_BY_FACTORS" in codes(got)


TOTAL_ROWS = [
    ["XX县医疗保障局基金监管股廉政风险评估表"],
    ["序号", "岗位", "姓名", "风险点", "发生可能性（40%）", "危害程度（40%）", "社会关注度（20%）", "综合得分", "防控措施"],
    [1, "股长", "訾泓毓", "违规核减定点机构扣款", 4, 5, 4, 4.4, "扣款决定集体研究。"],
    [2, "科员", "阙瑾彦", "稽核数据选择性上报", 3, 3, 2, 3.4, "稽核数据系统直报。"],
    [3, "科员", "阙瑾彦", "举报线索登记不全", 2, 2, 3, 2.2, "举报线索统一编号登记。"],
    ["注：综合得分=发生可能性×40%+危害程度×40%+社会关注度×20%；4分以上（含4分）为Ⅰ级，3分（含）至4分为Ⅱ级，3分以下为Ⅲ级。"],
]  # fmt: skip


def test_a_printed_total_is_read_as_written_and_checked_against_the_sum(tmp_path):
    got = run(tmp_path, TOTAL_ROWS, ["A1:I1", "A6:I6"])
    # sums: 4.4, 2.8 (3.4 written: read as written, a warning), 2.2
    assert read(got) == sorted([
        ("股长", "訾泓毓", "违规核减定点机构扣款", "Ⅰ级"),
        ("科员", "阙瑾彦", "稽核数据选择性上报", "Ⅱ级"),
        ("科员", "阙瑾彦", "举报线索登记不全", "Ⅲ级"),
    ])  # fmt: skip
    assert not errors(got), errors(got)
    df = got.issues
    differs = df[df["code"] == "LEVEL_WEIGHTED_DIFFERS"]
    assert differs["cell"].tolist() == ["H4"], df.to_dict("records")
    assert "2.8" in differs["message"].tolist()[0]


def test_weights_not_making_a_hundred_make_no_level(tmp_path):
    rows = [list(r) for r in TOTAL_ROWS]
    rows[1] = ["序号", "岗位", "姓名", "风险点", "发生可能性（40%）", "危害程度（40%）", "社会关注度（10%）", None, "防控措施"]  # fmt: skip
    rows[2:5] = [[*r[:7], None, r[8]] for r in rows[2:5]]
    got = run(tmp_path, rows, ["A1:I1", "A6:I6"])
    assert {lv for *_, lv in read(got)} == {""}
    assert len(read(got)) == 3
    df = got.issues
    said = df[df["code"] == "LEVEL_WEIGHTS_UNSUMMED"]
    assert said["cell"].tolist() == ["E2"] and "90%" in said["message"].tolist()[0]
    assert "LEVEL_BY_FACTORS" not in codes(got)


# ------------------------------------------------------------------ left as before


def test_lec_factors_without_weights_stay_a_product(tmp_path):
    rows = [
        ["XX县医疗保障局廉政风险点LEC评价表"],
        ["序号", "岗位", "姓名", "风险点", "风险评价（LEC法）", None, None, "防控措施"],
        [None, None, None, None, "L", "E", "C", None],
        [1, "局长", "濮阳琛", "医保定点准入个人说了算", 6, 6, 7, "准入评估集体研究。"],
        [2, "副局长", "卞韫玉", "基金预算分配不公", 3, 3, 3, "预算分配局务会审定。"],
        ["注：D=L×E×C，D≥160为一级风险，70≤D<160为二级风险，D<70为三级风险。"],
    ]  # fmt: skip
    got = run(
        tmp_path, rows, ["A1:H1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:G2", "H2:H3", "A6:H6"]
    )
    assert read(got) == sorted([
        ("局长", "濮阳琛", "医保定点准入个人说了算", "Ⅰ级"),  # 252
        ("副局长", "卞韫玉", "基金预算分配不公", "Ⅲ级"),  # 27
    ])  # fmt: skip
    assert not errors(got), errors(got)
    assert "乘积" in message(got, "LEVEL_BY_FACTORS")
    assert not codes(got) & {"LEVEL_WEIGHTS_UNSUMMED", "LEVEL_WEIGHTED_DIFFERS"}


def test_an_appraisal_by_weights_beside_a_level_column_is_no_factor_table(tmp_path):
    rows = [
        ["XX县医疗保障局廉政风险防控考核表"],
        ["序号", "岗位", "姓名", "风险点", "风险等级", "自评（权重30%）", "股室互评（权重30%）", "领导评价（权重40%）", "防控措施"],
        [1, "股长", "宓清嘉", "医保目录调整把关不严", "二级", 90, 85, 88, "目录调整专家论证。"],
        [2, "科员", "郜予安", "医保卡违规代办", "三级", 95, 92, 90, "代办须本人授权。"],
        ["注：考核得分=自评×30%+股室互评×30%+领导评价×40%，90分及以上为优秀。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:I1", "A5:I5"])
    assert read(got) == sorted([
        ("股长", "宓清嘉", "医保目录调整把关不严", "Ⅱ级"),
        ("科员", "郜予安", "医保卡违规代办", "Ⅲ级"),
    ])  # fmt: skip
    assert not errors(got), errors(got)
    assert not codes(got) & {"LEVEL_BY_FACTORS", "LEVEL_FACTORS_UNBANDED", "LEVEL_WEIGHTS_UNSUMMED"}


def test_an_appraisal_by_weights_with_no_level_column_makes_no_level(tmp_path):
    """自评 | 互评 | 领导评价 with weights and a note banding their sum are no factors of a risk
    (no likelihood or impact, no 风险评估 over them): no level is made up, none is asked for."""
    rows = [
        ["XX县医疗保障局廉政风险防控考核表"],
        ["序号", "岗位", "姓名", "风险点", "自评（权重30%）", "股室互评（权重30%）", "领导评价（权重40%）", "防控措施"],
        [1, "股长", "宓清嘉", "医保目录调整把关不严", 90, 85, 88, "目录调整专家论证。"],
        [2, "科员", "郜予安", "医保卡违规代办", 95, 92, 90, "代办须本人授权。"],
        ["注：考核得分=自评×30%+股室互评×30%+领导评价×40%，90分及以上为优秀，80分（含）至90分为良好。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:H1", "A5:H5"])
    assert [lv for *_, lv in read(got)] == ["", ""]
    assert not codes(got) & {
        "LEVEL_BY_FACTORS", "LEVEL_FACTORS_UNBANDED", "LEVEL_WEIGHTS_UNSUMMED", "LEVEL_WEIGHTED_DIFFERS"
    }  # fmt: skip


def test_an_appraisal_table_of_weights_alone_gives_no_points_and_no_levels(tmp_path):
    rows = [
        ["XX县医疗保障局廉政风险防控工作考核评分表"],
        ["序号", "考核项目", "考核内容", "考核权重", "自评得分"],
        [1, "风险排查", "按时完成岗位风险点排查", "30%", 28],
        [2, "措施落实", "防控措施落实到岗到人", "40%", 36],
        [3, "监督检查", "开展廉政风险防控检查", "30%", 27],
        ["合计", None, None, "100%", 91],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"], sheet="考核")
    assert not codes(got) & {"LEVEL_BY_FACTORS", "LEVEL_FACTORS_UNBANDED", "LEVEL_WEIGHTS_UNSUMMED"}
    assert not errors(got), errors(got)


def test_the_new_codes_are_catalogued():
    for code in ("LEVEL_WEIGHTS_UNSUMMED", "LEVEL_WEIGHTED_DIFFERS"):
        assert code in CATALOGUE and code in SHORT and code in ITEMS
