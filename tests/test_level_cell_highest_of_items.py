"""Several points in ONE cell, numbered (``①…②…``, ``⑴…⑵…``, ``1.…⏎2.…``), each closing with its
OWN level in brackets, over a level column that writes ONE level for the whole cell — the highest
of the items' (``①…（高）②…（中）`` beside ``高``): a point each, the number and the bracket taken
off, the bracket its level; the column's level the cell's, not each item's (info
LEVEL_CELL_HIGHEST_OF_ITEMS). ``⑴…（高）⑵…（中）`` over a blank level cell reads as ``①…②…`` does
(POINTS_NUMBERED_LEVELS). A level column giving a level the items' highest is not, items closing
with types beside a filled type column, and items of which not every one closes so stay one
point, as before.

Not the published batch's file (a 县自然资源局's 一览表, 科室/岗位/姓名, 高/中/低, the items on one
line or on lines of their own): a 县卫生健康局's 清单 under ``部门 | 职务 | 责任人 | 风险点描述 |
风险级别``, ``一级/二级/三级`` and ``Ⅰ级/Ⅲ级``; a 供销合作社's 排查表 with ``【高风险】`` brackets
parted by ``；`` and a 备注 column, written with xlsxwriter (tests/helpers.py) and read back as
``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, ITEMS, SHORT

CODE = "LEVEL_CELL_HIGHEST_OF_ITEMS"


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str], sheet: str = "清单"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] != "info"]), issues.to_dict("records")


def codes(got) -> set[str]:
    return set(got.issues["code"])


def test_health_commission_grades_and_parenthesised_numbers(tmp_path):
    """'⑴…（一级）⑵…（二级）' beside '一级', '1.…（二级）⏎2.…（三级）' beside '二级',
    '⑴…（Ⅰ级）；⑵…（Ⅲ级）' beside 'Ⅰ级': a point each at its own level; a one-point row as ever."""
    rows = [
        ["XX县卫生健康局岗位廉政风险防控清单"],
        ["序号", "部门", "职务", "责任人", "风险点描述", "风险级别", "防控措施"],
        [1, "局领导", "局长", "仉沐川", "⑴医疗机构设置审批违规（一级）⑵卫生项目资金分配不公（二级）",
         "一级", "审批集体研究，资金分配公示。"],
        [2, "医政医管股", "股长", "仉映秋", "1.医师执业注册把关不严（二级）\n2.医疗纠纷调处偏袒（三级）",
         "二级", "注册两级审核。"],
        [3, "卫生监督所", "所长", "亓官岚", "⑴监督执法通风报信（Ⅰ级）；⑵罚没款收缴不规范（Ⅲ级）",
         "Ⅰ级", "执法全程记录，罚缴分离。"],
        [4, "办公室", "主任", "亓官澈", "公务接待超标准", "三级", "接待清单公示。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"])
    assert read(got) == sorted([
        ("局长", "仉沐川", "医疗机构设置审批违规", "Ⅰ级"),
        ("局长", "仉沐川", "卫生项目资金分配不公", "Ⅱ级"),
        ("股长", "仉映秋", "医师执业注册把关不严", "Ⅱ级"),
        ("股长", "仉映秋", "医疗纠纷调处偏袒", "Ⅲ级"),
        ("所长", "亓官岚", "监督执法通风报信", "Ⅰ级"),
        ("所长", "亓官岚", "罚没款收缴不规范", "Ⅲ级"),
        ("主任", "亓官澈", "公务接待超标准", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert {CODE, "POINTS_NUMBERED_LEVELS"} <= codes(got)
    said = got.issues[got.issues["code"] == CODE].iloc[0]
    assert (said["cell"], said["value"]) == ("F3", "一级")


def test_supply_cooperative_bracketed_levels_and_a_blank_level_cell(tmp_path):
    """'①…【高风险】；②…【中风险】' beside '高风险', and '⑴…（中风险）⑵…（低风险）' over a blank
    level cell, in a 供销合作社's 排查表 with a 备注 column: a point each at its own level."""
    rows = [
        ["XX县供销合作社联合社廉政风险点排查表"],
        ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施", "备注"],
        [1, "理事会主任", "宰父霁", "①社有资产出租暗箱操作【高风险】；②项目资金拨付个人决定【中风险】",
         "高风险", "资产出租公开招租。", ""],
        [2, "财务股股长", "宰父沅", "⑴往来账款清理不及时（中风险）⑵票据审核不严（低风险）", "",
         "账款季度清理。", "新增"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"], sheet="排查表")
    assert read(got) == sorted([
        ("理事会主任", "宰父霁", "社有资产出租暗箱操作", "Ⅰ级"),
        ("理事会主任", "宰父霁", "项目资金拨付个人决定", "Ⅱ级"),
        ("财务股股长", "宰父沅", "往来账款清理不及时", "Ⅱ级"),
        ("财务股股长", "宰父沅", "票据审核不严", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert {CODE, "POINTS_NUMBERED_LEVELS"} <= codes(got)


def test_a_level_the_items_highest_is_not_stays_one_point(tmp_path):
    """'①…（高）②…（中）' beside '中' (not the highest: which is meant is unsaid), '⑴…⑵…（高）'
    (the first item no bracket of its own) beside '高', '①…（高）⑵…（中）' (two kinds of numbers):
    one point each cell, as before."""
    rows = [
        ["XX县卫生健康局岗位廉政风险防控清单"],
        ["序号", "部门", "职务", "责任人", "风险点描述", "风险级别", "防控措施"],
        [1, "医政医管股", "股长", "仉映秋", "①医师执业注册把关不严（高）②医疗纠纷调处偏袒（中）", "中",
         "注册两级审核。"],
        [2, "卫生监督所", "所长", "亓官岚", "⑴监督执法通风报信⑵罚没款收缴不规范（高）", "高",
         "执法全程记录。"],
        [3, "办公室", "主任", "亓官澈", "①公务接待超标准（高）⑵公车私用（中）", "高", "接待清单公示。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"])
    points = {p for _, _, p, _ in read(got)}
    assert "①医师执业注册把关不严（高）②医疗纠纷调处偏袒（中）" in points
    assert "医师执业注册把关不严" not in points and "医疗纠纷调处偏袒" not in points
    assert "公车私用" not in points and "罚没款收缴不规范" not in points
    assert len(points) == 3
    assert CODE not in codes(got) and "POINTS_NUMBERED_LEVELS" not in codes(got)


def test_items_closing_with_types_beside_a_filled_type_column_stay_one_point(tmp_path):
    """'1.…（制度机制）⏎2.…（岗位职责）' beside a filled 风险类型 cell and a level: one point, as
    before; the level column's rule asks for items closing with levels."""
    rows = [
        ["XX县供销合作社联合社廉政风险点排查表"],
        ["序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施"],
        [1, "理事会主任", "宰父霁", "1.社有资产出租暗箱操作（制度机制）\n2.项目资金拨付个人决定（岗位职责）",
         "制度机制风险", "一级", "资产出租公开招租。"],
        [2, "会计", "宰父沅", "票据审核不严", "岗位职责风险", "三级", "票据两人审核。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"], sheet="排查表")
    points = {p for _, _, p, _ in read(got)}
    assert len(points) == 2 and "社有资产出租暗箱操作" not in points
    assert CODE not in codes(got)


def test_the_code_is_catalogued():
    assert CODE in CATALOGUE and CODE in SHORT and ITEMS[CODE] == "风险级别"
