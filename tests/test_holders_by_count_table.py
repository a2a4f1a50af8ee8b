"""A count table of the holders over a list that names no holder: '科室 | 岗位 | 姓名 | 风险点数'
(and maybe the counts of each level), a row a holder, above a list with a 岗位 column or none
and no 姓名 or 科室 column, its rows in the count table's order, each holder's as many as his
count. Where the counts add up to the list's points and each holder's rows are of his post,
each row is his (科室, post and name from the count table; info ``HOLDERS_BY_COUNT_TABLE``);
otherwise the count table is read as before (a roster of post → holder at most).

The layouts here are not the published batch's (a district 人才服务中心 with 科室/岗位/姓名/
风险点数/一级/二级/三级 and two 档案管理员): a county's 医疗保障 bodies, other posts and names,
高/中/低 and ★ levels, 股室/部门 headings, a list with no post column, counts of each level
that do not match, written with xlsxwriter (tests/helpers.py), read back as ``collect_inbox``
reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, ITEMS, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None, sheet: str = "明细"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str, str]]:
    r = got.risks
    return sorted(
        zip(r["department"], r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True)
    )


def codes(got) -> set[str]:
    return set(got.issues["code"])


def errors(got) -> set[str]:
    return set(got.issues[got.issues["severity"] == "error"]["code"])


UNIT = "XX县医疗保障事务中心"
POINTS = [
    ("定点医药机构协议管理中优亲厚友", "高", "协议签订集体研究，结果公示。"),
    ("医保基金拨付审批把关不严", "中", "拨付实行经办、复核双签。"),
    ("稽核中发现的违规问题隐瞒不报", "高", "稽核结果集体会审，限时整改。"),
    ("接受被稽核机构宴请、礼品", "低", "签订廉洁承诺，公开举报电话。"),
    ("稽核底稿选择性记录", "中", "底稿双人签字，定期抽查。"),
    ("结算数据人为篡改", "高", "系统留痕，每月比对。"),
    ("异地就医备案违规办理", "低", "备案材料公示可查。"),
]


def _list_rows(post_of: list[str] | None, levels: dict[str, str] | None = None) -> list[list]:
    """The list under the count table: '序号 | 岗位 | 风险点 | 等级 | 措施', or without the post."""
    out = []
    for i, (point, lv, measures) in enumerate(POINTS, 1):
        lv = (levels or {}).get(lv, lv)
        out.append(
            [i, post_of[i - 1], point, lv, measures] if post_of else [i, point, lv, measures]
        )
    return out


# the holders in order: 主任 2, 稽核员 (two of different 股室) 1 and 2, 结算员 2
POSTS = ["主任", "主任", "稽核员", "稽核员", "稽核员", "结算员", "结算员"]


def test_two_holders_of_one_post_split_its_rows_by_their_counts(tmp_path):
    rows = [[f"{UNIT}岗位廉政风险点统计及明细表"],
            ["一、人员风险点数量"],
            ["序号", "股室", "岗位", "姓名", "风险点个数（个）", "高", "中", "低"],
            [1, "中心领导", "主任", "阚予舟", 2, 1, 1, 0],
            [2, "基金稽核股", "稽核员", "芮晗之", 1, 1, 0, 0],
            [3, "协议管理股", "稽核员", "糜蓁蓁", 2, 0, 1, 1],
            [4, "结算股", "结算员", "裘泠川", 2, 1, 0, 1],
            ["合计", None, None, None, 7, 3, 2, 2],
            [],
            ["二、风险点明细"],
            ["序号", "岗位", "风险点描述", "风险等级", "防控措施"],
            *_list_rows(POSTS),
            ["注：明细按统计表人员顺序排列。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:H1", "A2:H2", "A8:D8", "A10:H10", "A19:H19"])
    assert read(got) == sorted([
        ("中心领导", "主任", "阚予舟", "定点医药机构协议管理中优亲厚友", "Ⅰ级"),
        ("中心领导", "主任", "阚予舟", "医保基金拨付审批把关不严", "Ⅱ级"),
        ("基金稽核股", "稽核员", "芮晗之", "稽核中发现的违规问题隐瞒不报", "Ⅰ级"),
        ("协议管理股", "稽核员", "糜蓁蓁", "接受被稽核机构宴请、礼品", "Ⅲ级"),
        ("协议管理股", "稽核员", "糜蓁蓁", "稽核底稿选择性记录", "Ⅱ级"),
        ("结算股", "结算员", "裘泠川", "结算数据人为篡改", "Ⅰ级"),
        ("结算股", "结算员", "裘泠川", "异地就医备案违规办理", "Ⅲ级"),
    ])  # fmt: skip
    assert len(got.posts) == 4
    said = got.issues[got.issues["code"] == "HOLDERS_BY_COUNT_TABLE"]
    assert list(said["cell"]) == ["E3"]
    assert not errors(got)
    assert not {"ROW_UNPLACED", "COUNT_TABLE_LEVELS_DIFFER"} & codes(got)


def test_a_list_with_no_post_column_takes_the_holders_in_order(tmp_path):
    # no post on the list at all, the 部门 merged down over its two holders, no level counts,
    # '风险点数' as the heading, stars as the levels
    stars = {"高": "★★★", "中": "★★", "低": "★"}
    rows = [[f"{UNIT}廉政风险点统计表"],
            ["序号", "部门", "职务", "姓名", "风险点数"],
            [1, "中心领导", "主任", "阚予舟", 2],
            [2, "稽核部", "稽核员", "芮晗之", 3],
            [3, None, "结算员", "裘泠川", 2],
            [],
            ["序号", "廉政风险点", "风险等级", "防控措施"],
            *_list_rows(None, stars)]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "B4:B5"])
    assert read(got) == sorted([
        ("中心领导", "主任", "阚予舟", "定点医药机构协议管理中优亲厚友", "Ⅰ级"),
        ("中心领导", "主任", "阚予舟", "医保基金拨付审批把关不严", "Ⅱ级"),
        ("稽核部", "稽核员", "芮晗之", "稽核中发现的违规问题隐瞒不报", "Ⅰ级"),
        ("稽核部", "稽核员", "芮晗之", "接受被稽核机构宴请、礼品", "Ⅲ级"),
        ("稽核部", "稽核员", "芮晗之", "稽核底稿选择性记录", "Ⅱ级"),
        ("稽核部", "结算员", "裘泠川", "结算数据人为篡改", "Ⅰ级"),
        ("稽核部", "结算员", "裘泠川", "异地就医备案违规办理", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_COUNT_TABLE" in codes(got)
    assert not errors(got)
    assert "ROW_UNPLACED" not in codes(got)  # (the count table's rows are no strays)


def test_counts_of_each_level_unlike_the_holders_points_are_warned(tmp_path):
    # 一级/二级/三级 counts beside the total; 糜蓁蓁's say 二级 2 where her rows are 三级 and 二级
    grades = {"高": "一级", "中": "二级", "低": "三级"}
    rows = [[f"{UNIT}岗位风险点统计"],
            ["序号", "科室", "岗位", "姓名", "风险点数", "一级", "二级", "三级"],
            [1, "中心领导", "主任", "阚予舟", 2, 1, 1, 0],
            [2, "基金稽核科", "稽核员", "芮晗之", 1, 1, 0, 0],
            [3, "协议管理科", "稽核员", "糜蓁蓁", 2, 0, 2, 0],
            [4, "结算科", "结算员", "裘泠川", 2, 1, 0, 1],
            [],
            ["序号", "岗位", "风险点", "风险等级", "防控措施"],
            *_list_rows(POSTS, grades)]  # fmt: skip
    got = run(tmp_path, rows, ["A1:H1"])
    held = {(d, t, p, pt) for d, t, p, pt, _lv in read(got)}
    assert ("协议管理科", "稽核员", "糜蓁蓁", "稽核底稿选择性记录") in held
    assert ("基金稽核科", "稽核员", "芮晗之", "稽核中发现的违规问题隐瞒不报") in held
    assert len(got.posts) == 4
    warned = got.issues[got.issues["code"] == "COUNT_TABLE_LEVELS_DIFFER"]
    assert list(warned["value"]) == ["糜蓁蓁"]
    assert not errors(got)


def test_counts_that_do_not_add_up_to_the_list_are_a_roster_only(tmp_path):
    # 2 + 1 + 1 + 2 = 6 for 7 rows: no order to trust; the one 主任 and 结算员 named by post,
    # the 稽核员 two hold stays nameless (as before)
    rows = [[f"{UNIT}岗位廉政风险点统计及明细表"],
            ["序号", "股室", "岗位", "姓名", "风险点个数"],
            [1, "中心领导", "主任", "阚予舟", 2],
            [2, "基金稽核股", "稽核员", "芮晗之", 1],
            [3, "协议管理股", "稽核员", "糜蓁蓁", 1],
            [4, "结算股", "结算员", "裘泠川", 2],
            [],
            ["序号", "岗位", "风险点描述", "风险等级", "防控措施"],
            *_list_rows(POSTS)]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    people = {(t, p) for _d, t, p, _pt, _lv in read(got)}
    assert people == {("主任", "阚予舟"), ("稽核员", ""), ("结算员", "裘泠川")}
    assert "HOLDERS_BY_COUNT_TABLE" not in codes(got)
    assert not errors(got)


def test_a_list_with_its_own_name_column_keeps_its_names(tmp_path):
    # the list names each row's holder itself: the count table above is a summary, not whose
    rows = [[f"{UNIT}岗位廉政风险点统计及明细表"],
            ["序号", "股室", "岗位", "姓名", "风险点数"],
            [1, "中心领导", "主任", "阚予舟", 2],
            [2, "基金稽核股", "稽核员", "芮晗之", 1],
            [3, "协议管理股", "稽核员", "糜蓁蓁", 2],
            [4, "结算股", "结算员", "裘泠川", 2],
            [],
            ["序号", "岗位", "姓名", "风险点描述", "风险等级", "防控措施"],
            *[[i, post, who, pt, lv, m] for i, (post, who, (pt, lv, m)) in enumerate(
                zip(POSTS, ["阚予舟", "阚予舟", "糜蓁蓁", "芮晗之", "糜蓁蓁", "裘泠川", "裘泠川"],
                    POINTS, strict=True), 1)]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    held = {(t, p, pt) for _d, t, p, pt, _lv in read(got)}
    assert (
        "稽核员",
        "糜蓁蓁",
        "稽核中发现的违规问题隐瞒不报",
    ) in held  # (the list's, not the order's)
    assert ("稽核员", "芮晗之", "接受被稽核机构宴请、礼品") in held
    assert len(held) == 7
    assert "HOLDERS_BY_COUNT_TABLE" not in codes(got)
    assert not errors(got)


def test_the_new_codes_are_catalogued():
    for code in ("HOLDERS_BY_COUNT_TABLE", "COUNT_TABLE_LEVELS_DIFFER"):
        assert code in CATALOGUE and code in SHORT and code in ITEMS


def test_what_the_hundredth_review_found_holders_out_of_the_lists_order(tmp_path):
    # the count table's rows in another order than the list's, the list with no post column:
    # the per-level counts say the rows are not in the table's order, so whose each row is the
    # table cannot tell — no split (the rows read as before), a warning naming the holders
    rows = [[f"{UNIT}岗位廉政风险点统计及明细表"], ["一、人员风险点数量"],
            ["序号", "股室", "岗位", "姓名", "风险点个数（个）", "高", "中", "低"],
            [4, "结算股", "结算员", "裘泠川", 2, 1, 0, 1],
            [1, "中心领导", "主任", "阚予舟", 2, 1, 1, 0],
            [2, "基金稽核股", "稽核员", "芮晗之", 1, 1, 0, 0],
            [3, "协议管理股", "稽核员", "糜蓁蓁", 2, 0, 1, 1],
            ["合计", None, None, None, 7, 3, 2, 2], [], ["二、风险点明细"],
            ["序号", "风险点描述", "风险等级", "防控措施"], *_list_rows(None)]  # fmt: skip
    got = run(tmp_path, rows, ["A1:H1", "A2:H2", "A8:D8", "A10:H10"])
    said = got.issues[got.issues["code"] == "COUNT_TABLE_ORDER_UNCLEAR"]
    assert len(said) == 1 and "裘泠川" in said["value"].iloc[0]
    assert "HOLDERS_BY_COUNT_TABLE" not in codes(got)
    # no point went to a holder by the table's order ('结算数据人为篡改' is no 主任's)
    assert not any(
        person == "阚予舟" and point == "结算数据人为篡改"
        for _d, _t, person, point, _l in read(got)
    )
