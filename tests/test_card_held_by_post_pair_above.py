"""A card of points (no post nor holder column) under a line with one leader's post to sign and
a name after it ('股长： | 宓霁川 | 填表日期： | 2025年6月'): that post and name are the card's,
as a '负责人： | …' line above a card names its holder. Two such pairs above a card name no one
holder (the line stays outside the table, as before); a list with its own 姓名 column keeps
its rows' holders.

Not the assignment's card (a 统计 股长 and 宓霁川 with 填表日期): a 县自然资源局's 所 and 站
cards, other posts (所长, 站长, 主任), names, level words (高/中/低, ticks) and arrangements,
written with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file.
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
    write_workbook(inbox / "card.xlsx", {"防控卡": rows}, {"防控卡": merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


def test_post_pair_with_a_date_pair_gives_the_cards_holder(tmp_path):
    rows = [
        ["青石镇自然资源所岗位廉政风险防控卡"],
        ["所长：", "郗晚棠", "", "填表时间：", "2024年11月"],
        ["序号", "廉政风险点", "风险类型", "风险等级", "防控措施"],
        [1, "违规办理农村宅基地审批", "岗位职责", "高", "审批事项集体研究，结果公示。"],
        [2, "执法巡查发现违法占地不制止", "制度机制", "中", "巡查记录双人签字，定期通报。"],
    ]
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("所长", "郗晚棠", "违规办理农村宅基地审批", "Ⅰ级"),
        ("所长", "郗晚棠", "执法巡查发现违法占地不制止", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "ROW_UNPLACED" not in set(got.issues["code"])


def test_post_pair_alone_on_its_line(tmp_path):
    rows = [
        ["林业站廉政风险点及防控措施"],
        ["", "站长：", "蒯砚秋"],
        ["编号", "风险点", "等级", "防控措施", "备注"],
        ["一", "造林项目验收弄虚作假", "低", "第三方复核，结果公示。", ""],
        ["二", "林木采伐许可超范围发放", "高", "采伐指标网上公开。", "重点"],
    ]
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("站长", "蒯砚秋", "造林项目验收弄虚作假", "Ⅲ级"),
        ("站长", "蒯砚秋", "林木采伐许可超范围发放", "Ⅰ级"),
    ])  # fmt: skip
    no_errors(got)


def test_post_pair_over_a_two_row_heading_with_ticks(tmp_path):
    rows = [
        ["不动产登记中心岗位廉政风险防控卡"],
        ["主任：", "漆雕澜", "日期：", "2025年3月"],
        ["序号", "风险点", "风险等级", "", "", "防控措施"],
        ["", "", "高", "中", "低", ""],
        [1, "登记资料审查不严，违规登簿", "√", "", "", "登簿前双人复审。"],
        [2, "查询档案泄露权利人信息", "", "", "√", "查询留痕，按月抽查。"],
    ]
    got = run(tmp_path, rows, ["A1:F1", "A3:A4", "B3:B4", "C3:E3", "F3:F4"])
    assert read(got) == sorted([
        ("主任", "漆雕澜", "登记资料审查不严，违规登簿", "Ⅰ级"),
        ("主任", "漆雕澜", "查询档案泄露权利人信息", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)


def test_two_post_pairs_above_name_no_one_holder(tmp_path):
    rows = [
        ["测绘地理信息股岗位廉政风险防控卡"],
        ["股长：", "阚霁柔", "副股长：", "扈沛昀"],
        ["序号", "风险点", "风险等级", "防控措施"],
        [1, "测绘成果质量把关不严", "中", "成果抽检，签字负责。"],
    ]
    got = run(tmp_path, rows, ["A1:D1"])
    assert [(t, p) for t, p, _pt, _lv in read(got)] == [("", "")]
    assert "ROW_UNPLACED" in set(got.issues["code"])
    no_errors(got)


def test_a_list_with_its_own_names_keeps_its_rows_holders(tmp_path):
    rows = [
        ["耕地保护股岗位廉政风险点汇总表"],
        ["股长：", "逯澄远", "填表日期：", "2025年4月", "", ""],
        ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
        [1, "股长", "逯澄远", "耕地占补平衡审核走过场", "高", "实地核查，集体审议。"],
        [2, "业务员", "郦知微", "卫片图斑核查不实", "中", "图斑核查双人到场。"],
        [3, "业务员", "阙望舒", "补充耕地台账登记错漏", "低", "台账月度比对。"],
    ]
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        ("股长", "逯澄远", "耕地占补平衡审核走过场", "Ⅰ级"),
        ("业务员", "郦知微", "卫片图斑核查不实", "Ⅱ级"),
        ("业务员", "阙望舒", "补充耕地台账登记错漏", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
