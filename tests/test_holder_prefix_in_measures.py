"""A list with no 科室, 岗位 or 姓名 column whose holders are written only as a bracket OPENING the
防控措施 cell of the first row of each holder's block ('【责任人：规划股　股长　濮晗烁】1.…',
'〔副局长　宓澜清〕…'), the rows under it with no bracket: each bracket's holder holds his row and the
rows below it, down to the next such bracket, and the bracket is no part of the measures (issue
HOLDER_MEASURES_CARRIED). A bracket on every row's measures is each row's own holder. Measures
opening with a status tag ('【重点】') or a label of the cell ('【措施】'), or a name alone
('【某某】'), are read as before.

Not the published batch's list (a 蒙药制剂中心 with 中心领导 / 质量管理科 / 生产科, 高/中/低 and
'【责任人：…】' on a one-row heading): a county's 自然资源局 and 林业和草原局, other posts, names and
level words (一级…, Ⅰ级…, ★…), one or two heading rows, a 风险类型 and a 备注 column, tortoise and
half-width brackets with no label, a '责任岗位：' label and a line break after the bracket, written
with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file.
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


def measures(got) -> list[str]:
    return sorted(got.risks["measures"])


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


def test_labelled_brackets_opening_the_measures_of_block_firsts_carry_down(tmp_path):
    rows = [["XX县自然资源局廉政风险防控清单"],
            ["序号", "廉政风险点", "风险类型", "风险等级", "防控措施"],
            [1, "国土空间规划调整为开发商开口子", "岗位职责", "一级",
             "【责任人：规划股　股长　濮晗烁】1.规划调整局务会集体研究；2.调整结果公示。"],
            [2, "建设项目规划条件擅自变更", "岗位职责", "二级", "1.规划条件变更报审委会审定。"],
            [3, "土地出让底价泄露", "制度机制", "一级",
             "【责任人：用途管制股　股长　毋邺涵】1.底价集体确定、封存；2.知悉人员登记。"],
            [4, "土地供应方案违规设置条件", "制度机制", "二级", "1.供应方案法制审核。"],
            [5, "不动产登记插队办理", "岗位职责", "三级",
             "【责任人：不动产登记中心　主任　缑芷汀】1.按受理顺序办理；2.窗口视频监控。"],
            ["注：防控措施前【】内为该段风险点的责任人，至下一个【】止。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A8:E8"])
    assert read(got) == sorted([
        ("规划股", "股长", "濮晗烁", "国土空间规划调整为开发商开口子", "Ⅰ级"),
        ("规划股", "股长", "濮晗烁", "建设项目规划条件擅自变更", "Ⅱ级"),
        ("用途管制股", "股长", "毋邺涵", "土地出让底价泄露", "Ⅰ级"),
        ("用途管制股", "股长", "毋邺涵", "土地供应方案违规设置条件", "Ⅱ级"),
        ("不动产登记中心", "主任", "缑芷汀", "不动产登记插队办理", "Ⅲ级"),
    ])  # fmt: skip
    assert not any("【" in m or "责任人" in m for m in got.risks["measures"])
    assert "1.底价集体确定、封存；2.知悉人员登记。" in set(got.risks["measures"])
    assert len(got.issues[got.issues["code"] == "HOLDER_MEASURES_CARRIED"]) == 1
    assert "HOLDER_PREFIX_CARRIED" not in codes(got)
    assert "HOLDER_MEASURES_CARRIED" in CATALOGUE and "HOLDER_MEASURES_CARRIED" in SHORT
    no_errors(got)


def test_unlabelled_tortoise_and_square_brackets_under_two_heading_rows(tmp_path):
    rows = [["XX县林业和草原局岗位廉政风险点"],
            ["序号", "风险点", "风险评估", None, "防控措施", "备注"],
            [None, None, "类型", "等级", None, None],
            [1, "林木采伐指标分配优亲厚友", "岗位职责", "Ⅰ级", "〔副局长　宓澜清〕采伐指标公开分配。", None],
            [2, "造林补助资金虚报冒领", "制度机制", "Ⅱ级", "补助资金公示、抽查。", "新增"],
            [3, "林地征占用审核放宽条件", "岗位职责", "Ⅰ级", "[资源股股长靳昭远]现场核查两人以上。", None],
            [4, "林政案件查处以罚代刑", "岗位职责", "Ⅱ级", "案件移送台账。", None],
            [5, "野生动物驯养许可把关不严", "岗位职责", "Ⅲ级", "许可结果公开。", None]]  # fmt: skip
    merges = ["A1:F1", "A2:A3", "B2:B3", "C2:D2", "E2:E3", "F2:F3"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("", "副局长", "宓澜清", "林木采伐指标分配优亲厚友", "Ⅰ级"),
        ("", "副局长", "宓澜清", "造林补助资金虚报冒领", "Ⅱ级"),
        ("资源股", "股长", "靳昭远", "林地征占用审核放宽条件", "Ⅰ级"),
        ("资源股", "股长", "靳昭远", "林政案件查处以罚代刑", "Ⅱ级"),
        ("资源股", "股长", "靳昭远", "野生动物驯养许可把关不严", "Ⅲ级"),
    ])  # fmt: skip
    assert "采伐指标公开分配。" in set(got.risks["measures"])
    assert "现场核查两人以上。" in set(got.risks["measures"])
    assert "HOLDER_MEASURES_CARRIED" in codes(got)
    no_errors(got)


def test_a_bracket_on_every_rows_measures_is_each_rows_holder(tmp_path):
    rows = [["XX县自然资源局执法监察岗位风险点"],
            ["序号", "风险点", "风险等级", "防控措施"],
            [1, "违法用地查处选择性执法", "★★★", "【责任岗位：执法监察大队　大队长　郜霖川】\n1.案件集体审理。"],
            [2, "矿产资源违法线索瞒报", "★★", "【责任岗位：矿管股　股长　隗沐阳】\n1.线索登记台账。"],
            [3, "卫片执法图斑核查走过场", "★★", "【责任岗位：执法监察大队　大队长　郜霖川】\n1.图斑两人核查。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1"])
    r = got.risks
    assert sorted(zip(r["department"], r["title"], r["person"], r["risk_point"], strict=True)) == sorted([
        ("执法监察大队", "大队长", "郜霖川", "违法用地查处选择性执法"),
        ("矿管股", "股长", "隗沐阳", "矿产资源违法线索瞒报"),
        ("执法监察大队", "大队长", "郜霖川", "卫片执法图斑核查走过场"),
    ])  # fmt: skip
    assert measures(got) == sorted(["1.案件集体审理。", "1.线索登记台账。", "1.图斑两人核查。"])
    no_errors(got)


def test_status_tags_opening_some_measures_stay_as_they_were(tmp_path):
    rows = [["XX县林业和草原局廉政风险点"],
            ["序号", "廉政风险点", "风险等级", "防控措施"],
            [1, "护林员选聘暗箱操作", "二级", "【重点】选聘结果公示。"],
            [2, "森林防火物资采购虚高", "一级", "采购集体研究。"],
            [3, "草原补奖资金发放不公", "二级", "【重点】补奖名单公示。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1"])
    r = got.risks
    assert sorted(zip(r["person"], r["risk_point"], r["measures"], strict=True)) == sorted([
        ("", "护林员选聘暗箱操作", "【重点】选聘结果公示。"),
        ("", "森林防火物资采购虚高", "采购集体研究。"),
        ("", "草原补奖资金发放不公", "【重点】补奖名单公示。"),
    ])  # fmt: skip
    assert "HOLDER_MEASURES_CARRIED" not in codes(got)
    no_errors(got)


def test_a_label_of_the_cell_or_a_name_alone_opening_the_measures_is_no_holder(tmp_path):
    t = ["XX县自然资源局廉政风险点"]
    h = ["序号", "风险点", "风险等级", "防控措施"]
    rows = [t, h,
            [1, "测绘资质审核把关不严", "二级", "【措施】资质审核两人签字。"],
            [2, "地质灾害治理项目验收走过场", "一级", "【措施】验收邀请第三方。"]]  # fmt: skip
    got = run(tmp_path / "a", rows, ["A1:D1"])
    r = got.risks
    assert sorted(zip(r["title"], r["person"], r["risk_point"], strict=True)) == sorted([
        ("", "", "测绘资质审核把关不严"), ("", "", "地质灾害治理项目验收走过场"),
    ])  # fmt: skip
    assert "HOLDER_MEASURES_CARRIED" not in codes(got)
    no_errors(got)
    # a name alone opening a measure says no holder: read as before
    rows = [t, h,
            [1, "测绘资质审核把关不严", "二级", "【濮晗烁】资质审核两人签字。"],
            [2, "地质灾害治理项目验收走过场", "一级", "验收邀请第三方。"]]  # fmt: skip
    got = run(tmp_path / "b", rows, ["A1:D1"])
    assert "HOLDER_MEASURES_CARRIED" not in codes(got)
    assert set(got.risks["person"]) == {""}
    no_errors(got)
