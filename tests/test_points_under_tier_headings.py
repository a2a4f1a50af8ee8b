"""Point columns headed by a tier of points ('一级风险点 | 二级风险点 | 三级风险点'), read two ways
by what stands beside them (the 94th review's variants, the old reader as wrong):

- no 风险等级 column, one of them filled a row: each point at its column's level (the list of
  points by level, one a row; the cells were lost but one column's);
- a 风险等级 column of their own beside them, both filled a row: a hierarchy — the deepest names
  the point, the one above it the matter it arises in (read as the 风险事项 before a 风险点 is:
  its duty), the level the 风险等级 column's (they were read as level columns, two points a row).

Other words than the review's: a 人社局 and a 医保局, written with xlsxwriter (tests/helpers.py)
and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def run(tmp_path: Path, rows: list[list], sheet: str = "排查表"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: []})
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return list(zip(r["person"], r["duty"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def test_one_point_a_row_under_its_tiers_column(tmp_path):
    rows = [["XX县人力资源和社会保障局廉政风险点排查表"],
            ["序号", "股室", "岗位", "姓名", "一级风险点", "二级风险点", "三级风险点", "防控措施"],
            [1, "就业股", "股长", "澹台霁川", None, "就业补贴审核把关不严", None, "补贴名单公示"],
            [2, "就业股", "股长", "澹台霁川", "套取创业担保贷款贴息", None, None, "贴息资金三级审核"],
            [3, "社保股", "科员", "尉迟蔓青", None, None, "窗口办事推诿拖延", "首问负责，限时办结"],
            [4, "社保股", "科员", "尉迟蔓青", None, "违规办理提前退休", None, "退休审批集体研究"]]  # fmt: skip
    got = run(tmp_path, rows)
    assert read(got) == [
        ("澹台霁川", "", "就业补贴审核把关不严", "Ⅱ级"),
        ("澹台霁川", "", "套取创业担保贷款贴息", "Ⅰ级"),
        ("尉迟蔓青", "", "窗口办事推诿拖延", "Ⅲ级"),
        ("尉迟蔓青", "", "违规办理提前退休", "Ⅱ级"),
    ]
    assert "LEVEL_COLUMNS" in codes(got)
    assert "LEVEL_BLANK" not in codes(got) and "POINT_BLANK" not in codes(got)


def test_tiers_of_points_beside_a_level_column_are_a_hierarchy(tmp_path):
    rows = [["XX县医疗保障局廉政风险点排查表"],
            ["序号", "股室", "岗位", "姓名", "一级风险点", "二级风险点", "风险等级", "防控措施"],
            [1, "基金股", "股长", "令狐砚秋", "基金拨付", "医保基金拨付不按程序审核", "一级", "拨付三级审核"],
            [2, "基金股", "股长", "令狐砚秋", "定点管理", "定点机构协议管理中收受好处", "二级", "协议集体研究"],
            [3, "待遇股", "科员", "公冶含章", "待遇审核", "异地就医备案审核走过场", "三级", "双人复核"]]  # fmt: skip
    got = run(tmp_path, rows)
    assert read(got) == [
        ("令狐砚秋", "基金拨付", "医保基金拨付不按程序审核", "Ⅰ级"),
        ("令狐砚秋", "定点管理", "定点机构协议管理中收受好处", "Ⅱ级"),
        ("公冶含章", "待遇审核", "异地就医备案审核走过场", "Ⅲ级"),
    ]
    assert "LEVEL_COLUMNS" not in codes(got)
    assert "LEVEL_BLANK" not in codes(got)


def test_a_level_heading_row_with_several_points_a_row_stays_levels(tmp_path):
    # '一级风险 | 二级风险' over each post's points, several filled a row: levels, as before
    rows = [["XX县医疗保障局廉政风险分级表"],
            ["序号", "股室", "岗位", "姓名", "一级风险点", "二级风险点", "防控措施"],
            [1, "基金股", "股长", "令狐砚秋", "医保基金拨付不按程序审核", "协议管理中收受好处", "拨付三级审核"],
            [2, "待遇股", "科员", "公冶含章", "违规认定特殊病种", "备案审核走过场", "双人复核"]]  # fmt: skip
    got = run(tmp_path, rows)
    assert sorted(zip(got.risks["risk_point"], got.risks["risk_level"], strict=True)) == sorted([
        ("医保基金拨付不按程序审核", "Ⅰ级"), ("协议管理中收受好处", "Ⅱ级"),
        ("违规认定特殊病种", "Ⅰ级"), ("备案审核走过场", "Ⅱ级"),
    ])  # fmt: skip


def with_posts(got) -> list[tuple[str, str, str, str, str]]:
    r = got.risks
    return list(
        zip(r["title"], r["person"], r["duty"], r["risk_point"], r["risk_level"], strict=True)
    )


def test_what_the_ninety_fifth_review_found_three_tiers_join_their_upper_tiers(tmp_path):
    # '一级风险点 | 二级风险点 | 三级风险点' beside '风险等级': the middle tier was lost (the duty the
    # top tier alone); the tiers above the point are its duty, joined top-down with '/'
    rows = [["XX县医疗保障局廉政风险点排查表"],
            ["序号", "股室", "岗位", "姓名", "一级风险点", "二级风险点", "三级风险点", "风险等级", "防控措施"],
            [1, "基金股", "股长", "令狐砚秋", "基金管理", "基金拨付", "医保基金拨付不按程序审核", "高", "拨付三级审核"],
            [2, "待遇股", "科员", "公冶含章", "待遇管理", "待遇审核", "异地就医备案审核走过场", "低", "双人复核"]]  # fmt: skip
    got = run(tmp_path, rows)
    assert with_posts(got) == [
        ("股长", "令狐砚秋", "基金管理/基金拨付", "医保基金拨付不按程序审核", "Ⅰ级"),
        ("科员", "公冶含章", "待遇管理/待遇审核", "异地就医备案审核走过场", "Ⅲ级"),
    ]
    assert "LEVEL_COLUMNS" not in codes(got) and "POINT_BLANK" not in codes(got)


def test_what_the_ninety_fifth_review_found_tiers_filled_one_a_row_beside_a_level(tmp_path):
    # the same tiers beside '风险等级', only one filled a row: the row with the deepest tier blank
    # was dropped (POINT_BLANK); its point is the tier filled, no duty, the level the column's
    rows = [["XX县医疗保障局廉政风险点排查表"],
            ["序号", "股室", "岗位", "姓名", "一级风险点", "二级风险点", "风险等级", "防控措施"],
            [1, "基金股", "股长", "令狐砚秋", "医保基金拨付不按程序审核", None, "一级", "拨付三级审核"],
            [2, "待遇股", "科员", "公冶含章", None, "异地就医备案审核走过场", "二级", "双人复核"]]  # fmt: skip
    got = run(tmp_path, rows)
    assert with_posts(got) == [
        ("股长", "令狐砚秋", "", "医保基金拨付不按程序审核", "Ⅰ级"),
        ("科员", "公冶含章", "", "异地就医备案审核走过场", "Ⅱ级"),
    ]
    assert "POINT_BLANK" not in codes(got) and "LEVEL_COLUMNS" not in codes(got)
    # three tiers so: each row's point the tier it fills, whichever that is
    rows = [rows[0],
            ["序号", "股室", "岗位", "姓名", "一级风险点", "二级风险点", "三级风险点", "风险等级", "防控措施"],
            [1, "基金股", "股长", "令狐砚秋", "医保基金拨付不按程序审核", None, None, "高", "拨付三级审核"],
            [2, "基金股", "股长", "令狐砚秋", None, "定点机构协议管理中收受好处", None, "中", "协议集体研究"],
            [3, "待遇股", "科员", "公冶含章", None, None, "异地就医备案审核走过场", "低", "双人复核"]]  # fmt: skip
    got = run(tmp_path / "b", rows)
    assert with_posts(got) == [
        ("股长", "令狐砚秋", "", "医保基金拨付不按程序审核", "Ⅰ级"),
        ("股长", "令狐砚秋", "", "定点机构协议管理中收受好处", "Ⅱ级"),
        ("科员", "公冶含章", "", "异地就医备案审核走过场", "Ⅲ级"),
    ]
    assert "POINT_BLANK" not in codes(got)
