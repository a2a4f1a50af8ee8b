"""Numbered lines in one cell, each a point closing with its OWN level in brackets
('1.接受取水户宴请（中）⏎2.…（高）', '①…（一级）②…（二级）' on one line): a point each, the number
and the bracket taken off, the bracket its level — in a table of holders down by risk types
across (each type cell the holder's points of that type) and in an ordinary list. Numbered lines
of which not every one closes so stay one point's text (issue #11), as before.

Not the published batch's file (a 职业技术学院's 中层干部 by 部门/职务/姓名, ``一级/二级/三级``, the
numbering running on along the row, four type columns under ``廉政风险点及风险等级（按风险类型填写）``):
a county's 水务局, its 股室 and 股长, other names, ``高/中/低`` and circled numbers, three type
columns, short type headings, post and name in one cell, an extra 备注 column, written with
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


def run(tmp_path: Path, rows: list[list], merges: list[str], sheet: str = "排查表"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def types(got) -> dict[str, str]:
    r = got.risks
    return dict(zip(r["risk_point"], r["risk_type"], strict=True))


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


def codes(got) -> set[str]:
    return set(got.issues["code"])


def test_type_columns_two_heading_rows_levels_high_to_low(tmp_path):
    """股室 | 岗位 | 姓名, '廉政风险点及等级（按类型分栏）' merged over short type headings, each
    cell numbered from 1 with '（高）/（中）/（低）' closing each line."""
    rows = [
        ["XX县水务局股室负责人廉政风险分类排查表"],
        ["股室", "岗位", "姓名", "廉政风险点及等级（按类型分栏）", None, None, None, "防控措施"],
        [None, None, None, "思想道德", "制度机制", "岗位职责", "业务流程", None],
        ["水资源股", "股长", "鄢霁川", "1.接受取水户宴请（中）", "/",
         "1.取水许可审查降低标准（高）\n2.水资源费核定不实（中）", "/", "许可集体审查。"],
        ["工程建设股", "股长", "訾沐岚", "/", "1.设计变更不经审批（中）", "/",
         "1.堤防工程验收走过场（高）\n2.工程款拨付不按进度（低）", "验收邀请第三方。"],
        ["办公室", "主任", "庹映秋", "1.公务接待超标准（低）", "/", "/", "/", "接待清单公示。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:H1", "A2:A3", "B2:B3", "C2:C3", "D2:G2", "H2:H3"])
    assert read(got) == sorted([
        ("股长", "鄢霁川", "接受取水户宴请", "Ⅱ级"),
        ("股长", "鄢霁川", "取水许可审查降低标准", "Ⅰ级"),
        ("股长", "鄢霁川", "水资源费核定不实", "Ⅱ级"),
        ("股长", "訾沐岚", "设计变更不经审批", "Ⅱ级"),
        ("股长", "訾沐岚", "堤防工程验收走过场", "Ⅰ级"),
        ("股长", "訾沐岚", "工程款拨付不按进度", "Ⅲ级"),
        ("主任", "庹映秋", "公务接待超标准", "Ⅲ级"),
    ])  # fmt: skip
    said = types(got)
    assert said["水资源费核定不实"] == "岗位职责风险"
    assert said["工程款拨付不按进度"] == "业务流程风险"
    no_errors(got)
    assert "POINTS_NUMBERED_LEVELS" in codes(got)


def test_type_columns_post_and_name_in_one_cell_circled_numbers_running_on(tmp_path):
    """A 填报单位 line, '职务（姓名）' in one cell, circled numbers running on along the row,
    '（一级）/（二级）/（三级）', an extra 备注 column; a cell whose first line has no bracket of
    its own stays one point, as before."""
    rows = [
        ["XX县水务局股室负责人廉政风险分类排查表"],
        ["填报单位：XX县水务局（盖章）"],
        ["序号", "股室", "职务（姓名）", "廉政风险点及风险等级", None, None, "主要防控措施", "备注"],
        [None, None, None, "思想道德风险", "制度机制风险", "岗位职责风险", None, None],
        [1, "水资源股", "股长（鄢霁川）", "①接受取水户宴请（二级）", "/",
         "②取水许可审查降低标准（一级）\n③水资源费核定不实（二级）", "许可集体审查。", ""],
        [2, "工程建设股", "股长（訾沐岚）", "/",
         "①设计变更不经审批（二级）\n②堤防工程验收走过场（一级）", "/", "验收邀请第三方。", "新任"],
        [3, "办公室", "主任（庹映秋）", "①公务接待超标准（三级）", "/", "/", "接待清单公示。", ""],
        [4, "财务股", "股长（勾念慈）", "/", "1.专项资金拨付审核不严\n2.往来款清理不及时（二级）",
         "/", "资金拨付双签。", ""],
    ]  # fmt: skip
    merges = ["A1:H1", "A2:H2", "A3:A4", "B3:B4", "C3:C4", "D3:F3", "G3:G4", "H3:H4"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("股长", "鄢霁川", "接受取水户宴请", "Ⅱ级"),
        ("股长", "鄢霁川", "取水许可审查降低标准", "Ⅰ级"),
        ("股长", "鄢霁川", "水资源费核定不实", "Ⅱ级"),
        ("股长", "訾沐岚", "设计变更不经审批", "Ⅱ级"),
        ("股长", "訾沐岚", "堤防工程验收走过场", "Ⅰ级"),
        ("主任", "庹映秋", "公务接待超标准", "Ⅲ级"),
        ("股长", "勾念慈", "1.专项资金拨付审核不严\n2.往来款清理不及时", "Ⅱ级"),
    ])  # fmt: skip
    assert types(got)["堤防工程验收走过场"] == "制度机制风险"
    no_errors(got)


def test_a_list_without_a_level_column_its_point_cell_numbered_with_levels(tmp_path):
    """An ordinary list, no level column: '1.…（高）⏎2.…（中）' in the point's cell is a point a
    line, each at its own level, the row's type and measures each one's."""
    rows = [
        ["XX县水务局岗位廉政风险防控一览表"],
        ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "防控措施"],
        [1, "水资源股", "股长", "鄢霁川", "1.取水许可审查降低标准（高）\n2.水资源费核定不实（中）",
         "岗位职责风险", "许可集体审查；核定双人复核。"],
        [2, "工程建设股", "股长", "訾沐岚",
         "1.堤防工程验收走过场（高）\n2.设计变更不经审批（中）\n3.工程款拨付不按进度（低）",
         "业务流程风险", "验收邀请第三方；变更报局务会。"],
        [3, "办公室", "主任", "庹映秋", "公务接待超标准（低）", "思想道德风险", "接待清单公示。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"], sheet="一览表")
    assert read(got) == sorted([
        ("股长", "鄢霁川", "取水许可审查降低标准", "Ⅰ级"),
        ("股长", "鄢霁川", "水资源费核定不实", "Ⅱ级"),
        ("股长", "訾沐岚", "堤防工程验收走过场", "Ⅰ级"),
        ("股长", "訾沐岚", "设计变更不经审批", "Ⅱ级"),
        ("股长", "訾沐岚", "工程款拨付不按进度", "Ⅲ级"),
        ("主任", "庹映秋", "公务接待超标准", "Ⅲ级"),
    ])  # fmt: skip
    assert types(got)["设计变更不经审批"] == "业务流程风险"
    assert set(got.risks["measures"][got.risks["person"] == "鄢霁川"]) == {
        "许可集体审查；核定双人复核。"
    }
    no_errors(got)


def test_circled_points_on_one_line_with_the_level_cell_left_empty(tmp_path):
    """'①…（一级）②…（二级）' on one line, the row's level cell empty: a point each; with no
    type column, '1.…（制度机制）⏎2.…（岗位职责）' alike, a point each of its own type."""
    rows = [
        ["XX县水务局岗位廉政风险防控一览表"],
        ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
        [1, "水资源股", "股长", "鄢霁川", "①取水许可审查降低标准（一级）②水资源费核定不实（二级）",
         "", "许可集体审查。"],
        [2, "河湖管理股", "股长", "訾沐岚",
         "1.采砂许可暗箱操作（制度机制）\n2.采砂量核定不实（岗位职责）", "一级", "采砂许可公开拍卖。"],
        [3, "办公室", "主任", "庹映秋", "公务接待超标准", "三级", "接待清单公示。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"], sheet="一览表")
    assert read(got) == sorted([
        ("股长", "鄢霁川", "取水许可审查降低标准", "Ⅰ级"),
        ("股长", "鄢霁川", "水资源费核定不实", "Ⅱ级"),
        ("股长", "訾沐岚", "采砂许可暗箱操作", "Ⅰ级"),
        ("股长", "訾沐岚", "采砂量核定不实", "Ⅰ级"),
        ("主任", "庹映秋", "公务接待超标准", "Ⅲ级"),
    ])  # fmt: skip
    said = types(got)
    assert (said["采砂许可暗箱操作"], said["采砂量核定不实"]) == ("制度机制风险", "岗位职责风险")
    no_errors(got)
    assert "POINTS_NUMBERED_LEVELS" in codes(got)


def test_numbered_sub_items_with_one_level_in_its_column_stay_one_point(tmp_path):
    """'1.…⏎2.…' with one level in the level column: one point's parts, as before."""
    rows = [
        ["XX县水务局岗位廉政风险防控一览表"],
        ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
        [1, "水资源股", "股长", "鄢霁川", "取水许可审查不严：\n1.降低标准审批\n2.不到现场核查",
         "一级", "许可集体审查。"],
        [2, "河湖管理股", "股长", "訾沐岚", "1.采砂许可暗箱操作\n2.采砂量核定不实", "二级",
         "采砂许可公开拍卖。"],
        [3, "办公室", "主任", "庹映秋", "公务接待超标准", "三级", "接待清单公示。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"], sheet="一览表")
    assert read(got) == sorted([
        ("股长", "鄢霁川", "取水许可审查不严：\n1.降低标准审批\n2.不到现场核查", "Ⅰ级"),
        ("股长", "訾沐岚", "1.采砂许可暗箱操作\n2.采砂量核定不实", "Ⅱ级"),
        ("主任", "庹映秋", "公务接待超标准", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "POINTS_NUMBERED_LEVELS" not in codes(got)


def test_numbered_lines_only_the_last_with_a_bracket_stay_one_point(tmp_path):
    """'1.…⏎2.…（三级）', the level cell empty: the bracket the whole cell's level, one point,
    as before (and '①…②…（二级）' on one line alike)."""
    rows = [
        ["XX县水务局岗位廉政风险防控一览表"],
        ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
        [1, "水资源股", "股长", "鄢霁川", "①取水许可审查降低标准②水资源费核定不实（二级）", "",
         "许可集体审查。"],
        [2, "河湖管理股", "股长", "訾沐岚", "采砂许可暗箱操作", "一级", "采砂许可公开拍卖。"],
        [3, "办公室", "主任", "庹映秋", "1.公务接待超标准\n2.公车私用（三级）", "", "接待清单公示。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"], sheet="一览表")
    assert read(got) == sorted([
        ("股长", "鄢霁川", "①取水许可审查降低标准②水资源费核定不实", "Ⅱ级"),
        ("股长", "訾沐岚", "采砂许可暗箱操作", "Ⅰ级"),
        ("主任", "庹映秋", "1.公务接待超标准\n2.公车私用", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "POINTS_NUMBERED_LEVELS" not in codes(got)


def test_the_code_is_catalogued():
    assert "POINTS_NUMBERED_LEVELS" in CATALOGUE and "POINTS_NUMBERED_LEVELS" in SHORT
