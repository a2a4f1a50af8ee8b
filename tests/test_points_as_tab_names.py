"""One sheet a key point whose POINT IS ONLY THE SHEET'S TAB NAME: each sheet holds just a small
table of the point's holders ('序号 | 股室 | 岗位 | 姓名 | 风险级别 | 防控措施'), no point column and
no label block; the tab ('宅基地审批超标准违规批准') is the point of every row, each row's level and
measures its own, the same holder on several sheets one form (POINT_FROM_SHEET_NAME). Read so only
when the tab reads as a point and two such sheets stand in the file or a note says the tab is the
point ('风险点见表名'); tabs of a person, a 股室, a level, 'Sheet1' or a list's name, and sheets with
a point column of their own, are read as before.

The layouts here are not the published batch's (an 经济开发区管委会 with ``科室 | 岗位 | 姓名 |
风险等级 | 本人防控措施``, 一级/二级, a ``说明：…以工作表名称为准`` line): a county's 自然资源局 and a
医疗保障局, other posts, names and level words (高/中/低, ★), one heading row or two ('责任人员'
merged over '股室 | 岗位 | 姓名'), post and name in one cell, numbered tabs ('1.…'), a 备注 column,
a sign-off line under the table, written with xlsxwriter (tests/helpers.py) and read back as
``collect_inbox`` reads.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, sheets: dict[str, list[list]], merges: dict[str, list[str]] | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", sheets, merges or {})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def errors(got) -> list[str]:
    return list(got.issues[got.issues["severity"] == "error"]["code"])


UNIT = "XX县自然资源局"
LAND = "宅基地审批超标准违规批准"
SURVEY = "不动产登记资料审核不严"
PERMIT = "建设工程规划许可擅自调整容积率"


def _holders(rows: list[list], title: str = f"{UNIT}重点风险点人员分解表") -> list[list]:
    return [
        [title],
        ["序号", "股室", "岗位", "姓名", "风险级别", "防控措施", "备注"],
        *rows,
        ["填表人：", None, "审核人：", None, "日期："],
    ]


def test_two_sheets_no_note_one_heading_row_holders_joined_across(tmp_path):
    land = _holders([
        [1, "局领导", "副局长", "茹砚秋", "高", "审批结果集体研究并公示。", None],
        [2, "耕地保护股", "股长", "禤墨川", "中", "实地踏勘双人签字。", None],
    ])  # fmt: skip
    permit = _holders([
        [1, "局领导", "副局长", "茹砚秋", "中", "调整方案专家论证。", None],
        [2, "规划股", "科员", "濮青禾", "低", "许可信息网上公开。", "兼职"],
    ])  # fmt: skip
    got = run(tmp_path, {LAND: land, PERMIT: permit})
    assert read(got) == sorted([
        ("副局长", "茹砚秋", LAND, "Ⅰ级"),
        ("股长", "禤墨川", LAND, "Ⅱ级"),
        ("副局长", "茹砚秋", PERMIT, "Ⅱ级"),
        ("科员", "濮青禾", PERMIT, "Ⅲ级"),
    ])  # fmt: skip
    assert not errors(got)
    assert "POINT_FROM_SHEET_NAME" in codes(got)
    assert "FORM_DUPLICATE" not in codes(got)
    assert len(set(got.posts["person"])) == 3  # (the 副局长 on both sheets: one form)


def test_one_sheet_with_a_note_post_and_name_in_one_cell(tmp_path):
    point = "医保基金结算审核不严虚报冒领"
    rows = [
        ["XX县医疗保障局廉政风险责任表"],
        ["备注：风险点见表名，表内为承担该风险点的岗位人员。"],
        ["序号", "股室", "岗位及姓名", "风险级别", "防控措施"],
        [1, "待遇保障股", "股长 郗景澄", "★★★", "结算数据每月比对，异常单据复核。"],
        [2, "基金监管股", "科员 甄若岚", "★★", "定点机构随机抽查。"],
    ]
    got = run(tmp_path, {point: rows}, {point: ["A1:E1", "A2:E2"]})
    assert read(got) == sorted([
        ("股长", "郗景澄", point, "Ⅰ级"),
        ("科员", "甄若岚", point, "Ⅱ级"),
    ])  # fmt: skip
    assert not errors(got)
    assert "POINT_FROM_SHEET_NAME" in codes(got)


def test_numbered_tabs_two_heading_rows_measures_and_levels(tmp_path):
    def sheet(rows: list[list]) -> list[list]:
        return [
            [f"{UNIT}风险点责任人员"],
            ["序号", "责任人员", None, None, "风险级别", "防控措施"],
            [None, "股室", "岗位", "姓名", None, None],
            *rows,
        ]

    merges = ["A1:F1", "A2:A3", "B2:D2", "E2:E3", "F2:F3"]
    a = sheet([[1, "不动产登记中心", "主任", "阚逸舟", "高", "登记材料三级审核。"]])
    b = sheet([
        [1, "不动产登记中心", "主任", "阚逸舟", "低", "评估报告备案。"],
        [2, "执法监察大队", "队员", "萧望舒", "中", "巡查记录上传平台。"],
    ])  # fmt: skip
    tab_a, tab_b = "1.不动产登记材料审核不严", "2.土地出让底价评估泄露"
    got = run(tmp_path, {tab_a: a, tab_b: b}, {tab_a: merges, tab_b: merges})
    assert read(got) == sorted([
        ("主任", "阚逸舟", "不动产登记材料审核不严", "Ⅰ级"),
        ("主任", "阚逸舟", "土地出让底价评估泄露", "Ⅲ级"),
        ("队员", "萧望舒", "土地出让底价评估泄露", "Ⅱ级"),
    ])  # fmt: skip
    assert not errors(got)
    assert "POINT_FROM_SHEET_NAME" in codes(got)


def test_tabs_of_a_part_with_their_own_point_column_read_as_before(tmp_path):
    def sheet(dept: str, rows: list[list]) -> list[list]:
        return [
            [f"{UNIT}{dept}廉政风险防控表"],
            ["序号", "岗位", "姓名", "风险点", "风险级别", "防控措施"],
            *rows,
        ]

    a = sheet(
        "耕地保护股", [[1, "股长", "禤墨川", "耕地占补平衡验收把关不严", "高", "验收双人签字。"]]
    )
    b = sheet("规划股", [[1, "科员", "濮青禾", "规划条件核定随意变更", "中", "核定结果公示。"]])
    got = run(tmp_path, {"耕地保护股": a, "规划股": b})
    assert read(got) == sorted([
        ("股长", "禤墨川", "耕地占补平衡验收把关不严", "Ⅰ级"),
        ("科员", "濮青禾", "规划条件核定随意变更", "Ⅱ级"),
    ])  # fmt: skip
    assert not errors(got)
    assert "POINT_FROM_SHEET_NAME" not in codes(got)


def test_tabs_of_no_point_are_not_read_as_points(tmp_path):
    rows = _holders([[1, "局领导", "副局长", "茹砚秋", "高", "集体研究。", None]])
    for tabs in (("Sheet1", "Sheet2"), ("一级风险岗位人员", "二级风险岗位人员"),
                 ("重点岗位人员一览表", "一般岗位人员一览表"), ("茹砚秋", "禤墨川")):  # fmt: skip
        got = run(tmp_path / tabs[0], {t: rows for t in tabs})
        assert "POINT_FROM_SHEET_NAME" not in codes(got), tabs
        assert LAND not in set(got.risks["risk_point"]), tabs
        assert not any(p in tabs for p in got.risks["risk_point"]), tabs


def test_one_point_tab_and_no_note_read_as_before(tmp_path):
    got = run(
        tmp_path, {LAND: _holders([[1, "局领导", "副局长", "茹砚秋", "高", "集体研究。", None]])}
    )
    assert "POINT_FROM_SHEET_NAME" not in codes(got)
    assert read(got) == []


def test_the_code_is_catalogued():
    assert "POINT_FROM_SHEET_NAME" in CATALOGUE and "POINT_FROM_SHEET_NAME" in SHORT


def test_what_the_hundred_and_twenty_seventh_review_found_work_item_tabs_over_a_roster(tmp_path):
    # tabs naming work items over a table titled '…人员名册' are no points: nothing read
    def roster(rows: list[list], title: str = "XX县商务局人员名册") -> list[list]:
        return [[title], ["序号", "股室", "岗位", "姓名", "风险级别", "防控措施"], *rows]

    a = [[1, "财务股", "会计", "祁砚舟", "高", "集体研究"]]
    b = [[1, "审批股", "股长", "樊清越", "中", "公示"]]
    got = run(tmp_path / "roster", {"项目资金拨付": roster(a), "行政许可审批": roster(b)})
    assert read(got) == []
    assert "POINT_FROM_SHEET_NAME" not in codes(got)
    # a roster title with tabs that do read as points: still no key-point sheet
    got = run(tmp_path / "risky", {LAND: roster(a), PERMIT: roster(b)})
    assert "POINT_FROM_SHEET_NAME" not in codes(got)
    assert not {LAND, PERMIT} & set(got.risks["risk_point"])
    # work-item tabs under a key-point title, no note: no risk word, no point
    title = f"{UNIT}重点风险点人员分解表"
    got = run(
        tmp_path / "items", {"项目资金拨付": roster(a, title), "行政许可审批": roster(b, title)}
    )
    assert "POINT_FROM_SHEET_NAME" not in codes(got)
    assert not {"项目资金拨付", "行政许可审批"} & set(got.risks["risk_point"])
