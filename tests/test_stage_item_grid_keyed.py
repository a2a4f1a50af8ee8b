"""A grid of stages down by items across (经办环节 × 补贴项目 and the like) whose headings name no
holder, each cell ONE point closing with its level in brackets ('…（高）', '—' or '/' none), the
holders given only by a line under the grid keying each column's HEADING ('经办分工：职业培训补贴——
培训股　股长　某某；…'): each cell is a point of its column's holder at its bracket's level.

Not the published batch's grid (a 就业服务中心's 补贴项目 with 申报受理 … 跟踪核查 and （高）/（中）/（低）):
a 县医疗保障局's 医保基金 grid of 业务环节 × 待遇项目, other posts, names, level words
(（一级）/(二级)), keys written 'key——科室　岗位　姓名' or 'key：岗位 姓名', with or without a
防控措施 column, an extra 备注 column, a 注 line between grid and key line; written with
xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str]):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "grid.xlsx", {"分布表": rows}, {"分布表": merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


TITLE = "XX县医疗保障局医保基金经办廉政风险分布表"


def test_dash_keys_with_measures_column(tmp_path):
    rows = [
        [TITLE],
        ["业务环节", "门诊统筹", "住院报销", "异地就医", "防控措施"],
        ["受理登记", "虚构门诊就诊记录套取统筹基金（一级）", "挂床住院材料不审即收（二级）",
         "备案材料不全照常办理（三级）", "一次性告知，系统留痕。"],
        ["审核结算", "超限额报销不予剔除（二级）", "/", "异地费用明细不核对（二级）", "初审复审分离。"],
        ["基金支付", "/", "报销款支付给非参保人账户（一级）", "/", "支付清单负责人签字。"],
        ["岗位分工：门诊统筹——待遇保障股　科员　钭岚澈；住院报销——基金监管股　股长　禚沅汐；"
         "异地就医——医药服务股　经办员　钭昀霏。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A6:E6"])
    assert read(got) == sorted([
        ("科员", "钭岚澈", "虚构门诊就诊记录套取统筹基金", "Ⅰ级"),
        ("科员", "钭岚澈", "超限额报销不予剔除", "Ⅱ级"),
        ("股长", "禚沅汐", "挂床住院材料不审即收", "Ⅱ级"),
        ("股长", "禚沅汐", "报销款支付给非参保人账户", "Ⅰ级"),
        ("经办员", "钭昀霏", "备案材料不全照常办理", "Ⅲ级"),
        ("经办员", "钭昀霏", "异地费用明细不核对", "Ⅱ级"),
    ])  # fmt: skip
    assert "STAGE_ITEM_GRID" in codes(got)
    no_errors(got)
    r = got.risks
    assert set(zip(r["person"], r["department"], strict=True)) == {
        ("钭岚澈", "待遇保障股"), ("禚沅汐", "基金监管股"), ("钭昀霏", "医药服务股"),
    }  # fmt: skip


def test_colon_keys_no_measures_column_and_a_note_line(tmp_path):
    rows = [
        [TITLE],
        ["填报单位：XX县医疗保障局"],
        ["经办环节", "生育津贴", "大病保险"],
        ["申请受理", "(中)", "—"],
        ["待遇核定", "生育津贴计发基数人为调高(高)", "大病二次报销不按规定核算(中)"],
        ["资金拨付", "—", "商保公司结算资料不审核(低)"],
        ["注：括号内为风险等级。"],
        ["分工：生育津贴：副股长 禚翊岑，大病保险：会计 钭沁遥"],
    ]
    rows[3][1] = "生育登记材料审核不严，冒名申领(中)"
    got = run(tmp_path, rows, ["A1:C1", "A7:C7", "A8:C8"])
    assert read(got) == sorted([
        ("副股长", "禚翊岑", "生育登记材料审核不严，冒名申领", "Ⅱ级"),
        ("副股长", "禚翊岑", "生育津贴计发基数人为调高", "Ⅰ级"),
        ("会计", "钭沁遥", "大病二次报销不按规定核算", "Ⅱ级"),
        ("会计", "钭沁遥", "商保公司结算资料不审核", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)


def test_extra_remarks_column_and_numbered_cells(tmp_path):
    rows = [
        [TITLE],
        ["环节", "药品目录管理", "定点机构协议", "稽核检查", "备注"],
        ["准入评审", "1.评审专家选取不随机（一级）", "协议准入降低条件（一级）", "—", ""],
        ["日常管理", "目录调整信息提前泄露（二级）", "—", "检查对象选择有倾向（二级）", "按月"],
        ["违规处理", "—", "违约扣款随意减免（一级）", "查处问题瞒案不报（一级）", ""],
        ["经办分工：药品目录管理——医药服务股　股长　钭澜沣；定点机构协议——医药服务股　科员　禚霁川；"
         "稽核检查——基金监管股　稽核员　钭沐辰"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A6:E6"])
    assert read(got) == sorted([
        ("股长", "钭澜沣", "评审专家选取不随机", "Ⅰ级"),
        ("股长", "钭澜沣", "目录调整信息提前泄露", "Ⅱ级"),
        ("科员", "禚霁川", "协议准入降低条件", "Ⅰ级"),
        ("科员", "禚霁川", "违约扣款随意减免", "Ⅰ级"),
        ("稽核员", "钭沐辰", "检查对象选择有倾向", "Ⅱ级"),
        ("稽核员", "钭沐辰", "查处问题瞒案不报", "Ⅰ级"),
    ])  # fmt: skip
    no_errors(got)


def test_ordinary_list_with_a_division_line_stays(tmp_path):
    rows = [
        [TITLE],
        ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
        [1, "待遇保障股", "科员", "钭岚澈", "虚构门诊就诊记录套取统筹基金", "一级", "系统留痕。"],
        [2, "基金监管股", "股长", "禚沅汐", "挂床住院材料不审即收", "二级", "初审复审分离。"],
        ["岗位分工：待遇保障股——科员　钭岚澈；基金监管股——股长　禚沅汐。"],
    ]
    got = run(tmp_path, rows, ["A1:G1", "A5:G5"])
    assert read(got) == sorted([
        ("科员", "钭岚澈", "虚构门诊就诊记录套取统筹基金", "Ⅰ级"),
        ("股长", "禚沅汐", "挂床住院材料不审即收", "Ⅱ级"),
    ])  # fmt: skip
    assert "STAGE_ITEM_GRID" not in codes(got)


def test_grid_without_levels_in_its_cells_is_not_read_so(tmp_path):
    rows = [
        [TITLE],
        ["业务环节", "门诊统筹", "住院报销", "异地就医"],
        ["受理登记", "审核就诊记录", "收取住院材料", "办理备案"],
        ["审核结算", "剔除超限额费用", "核对费用明细", "核对异地费用"],
        ["岗位分工：门诊统筹——待遇保障股　科员　钭岚澈；住院报销——基金监管股　股长　禚沅汐；"
         "异地就医——医药服务股　经办员　钭昀霏。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1", "A5:D5"])
    assert "STAGE_ITEM_GRID" not in codes(got)
    assert read(got) == []  # (a work plan: no points, as before)


def test_line_keying_one_heading_only_is_not_read_so(tmp_path):
    rows = [
        [TITLE],
        ["业务环节", "门诊统筹", "住院报销", "异地就医"],
        ["受理登记", "虚构门诊就诊记录套取统筹基金（一级）", "挂床住院材料不审即收（二级）", "—"],
        ["审核结算", "超限额报销不予剔除（二级）", "—", "异地费用明细不核对（二级）"],
        ["岗位分工：门诊统筹——待遇保障股　科员　钭岚澈；其余由股长　禚沅汐负责。"],
    ]
    got = run(tmp_path, rows, ["A1:D1", "A5:D5"])
    assert "STAGE_ITEM_GRID" not in codes(got)
    assert read(got) == []
