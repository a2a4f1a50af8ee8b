"""A list sorted under LEVEL GROUP ROWS (``一、高风险点（2个）``) that keeps a ``风险等级`` column
blank for every point — the level written only in the group rows — gives each point the level of
the group row over it, as a list with no level column does (info LEVEL_COLUMN_BLANK_BY_SECTIONS,
once a table, at the column's heading). It had left every point LEVEL_BLANK. Three bodies: a
财政局's 排查表 under ``一、高风险点（2个）`` rows merged across (高/中/低); a 镇卫生院's 清单 with no
names under ``（一）一级风险点`` rows typed in the 序号 cell alone, not merged (一级/二级/三级); a 中学's
一览表 under ``一、Ⅰ级风险`` rows typed in the point's column, and one under matters graded in a
bracket (``一、学生资助（风险等级：中）``). Nothing invented: a column filled for some point is read
as it stands (its blanks LEVEL_BLANK, a filled cell against its group row as written); a blank
column under group rows of no level reads as before.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import ROW_KEYS, read_file
from xlproc.config import load_config


def _read(path: Path):
    r = read_file(path, path.name, load_config())
    got = []
    for post, form in zip(r.posts, r.risks, strict=True):
        for row in form:
            d = dict(zip(ROW_KEYS, row, strict=True))
            got.append((post.get("department"), post.get("title"), post.get("person"),
                        d["risk_point"], d["risk_level"]))  # fmt: skip
    return got, [(i.code, i.cell) for i in r.issues], r.issues


BUREAU = [
    ["某县财政局廉政风险点排查表", None, None, None, None, None, None],
    ["序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
    ["一、高风险点（2个）", None, None, None, None, None, None],
    [1, "国库股", "股长", "贺兰湉", "资金拨付不按程序", None, "集体研究。"],
    [2, "采购股", "股长", "独孤琤", "指定采购代理机构", None, "公开招标。"],
    ["二、中风险点（1个）", None, None, None, None, None, None],
    [3, "综合股", "会计", "贺兰沅", "报销审核把关不严", None, "两人复核。"],
    ["三、低风险点（1个）", None, None, None, None, None, None],
    [4, "综合股", "会计", "贺兰沅", "接受服务对象宴请", None, "签订承诺书。"],
]
BUREAU_MERGES = ["A3:G3", "A6:G6", "A8:G8"]


def test_bracketed_group_rows_merged_across_over_a_blank_column(tmp_path):
    path = write_workbook(
        tmp_path / "排查表.xlsx", {"排查表": BUREAU}, merges={"排查表": BUREAU_MERGES}
    )
    got, issues, raw = _read(path)
    assert sorted(got) == sorted([
        ("国库股", "股长", "贺兰湉", "资金拨付不按程序", "Ⅰ级"),
        ("采购股", "股长", "独孤琤", "指定采购代理机构", "Ⅰ级"),
        ("综合股", "会计", "贺兰沅", "报销审核把关不严", "Ⅱ级"),
        ("综合股", "会计", "贺兰沅", "接受服务对象宴请", "Ⅲ级"),
    ])  # fmt: skip
    codes = [c for c, _ in issues]
    assert ("LEVEL_COLUMN_BLANK_BY_SECTIONS", "F2") in issues
    assert codes.count("LEVEL_COLUMN_BLANK_BY_SECTIONS") == 1
    assert "LEVEL_BLANK" not in codes and "POINT_BLANK" not in codes
    said = next(i for i in raw if i.code == "LEVEL_COLUMN_BLANK_BY_SECTIONS")
    assert "A3" in said.message and "4 个风险点" in said.message and "风险等级" in said.message


CLINIC = [
    ["某镇卫生院岗位廉政风险防控清单", None, None, None, None, None],
    ["序号", "科室", "岗位", "风险点", "风险级别", "防控措施"],
    ["（一）一级风险点", None, None, None, None, None],
    [1, "院办", "院长", "药品采购指定配送企业", None, "院务会集体研究。"],
    [2, "财务室", "会计", "医保基金违规结算", None, "每月对账。"],
    ["（二）二级风险点", None, None, None, None, None],
    [3, "药房", "药剂员", "过期药品处置不登记", None, "台账管理。"],
    ["（三）三级风险点", None, None, None, None, None],
    [4, "公卫科", "公卫专干", "随访记录补填", None, "电话回访抽查。"],
    [5, "公卫科", "公卫专干", "健康档案信息泄露", None, "权限管理。"],
]


def test_group_rows_in_the_number_cell_no_names(tmp_path):
    got, issues, _ = _read(write_workbook(tmp_path / "清单.xlsx", {"清单": CLINIC}))
    assert sorted(got) == sorted([
        ("院办", "院长", "", "药品采购指定配送企业", "Ⅰ级"),
        ("财务室", "会计", "", "医保基金违规结算", "Ⅰ级"),
        ("药房", "药剂员", "", "过期药品处置不登记", "Ⅱ级"),
        ("公卫科", "公卫专干", "", "随访记录补填", "Ⅲ级"),
        ("公卫科", "公卫专干", "", "健康档案信息泄露", "Ⅲ级"),
    ])  # fmt: skip
    codes = [c for c, _ in issues]
    assert ("LEVEL_COLUMN_BLANK_BY_SECTIONS", "E2") in issues
    assert "LEVEL_BLANK" not in codes and "POINT_BLANK" not in codes


SCHOOL = [
    ["某县第二中学岗位廉政风险点一览表", None, None, None, None, None, None],
    ["序号", "处室", "岗位", "姓名", "风险点", "等级", "防控措施"],
    [None, None, None, None, "一、Ⅰ级风险", None, None],
    [1, "校领导", "校长", "乞伏琇", "营养餐食材供应商指定", None, "公开招标。"],
    [2, "总务处", "主任", "乞伏澐", "维修工程不比价", None, "三家比价。"],
    [None, None, None, None, "二、Ⅱ级风险", None, None],
    [3, "教务处", "主任", "乞伏珺", "教辅资料征订收回扣", None, "家委会监督。"],
    [None, None, None, None, "三、Ⅲ级风险", None, None],
    [4, "总务处", "主任", "乞伏澐", "办公用品领用不登记", None, "台账管理。"],
]


def test_group_rows_in_the_point_column(tmp_path):
    got, issues, _ = _read(write_workbook(tmp_path / "一览表.xlsx", {"一览表": SCHOOL}))
    assert sorted(got) == sorted([
        ("校领导", "校长", "乞伏琇", "营养餐食材供应商指定", "Ⅰ级"),
        ("总务处", "主任", "乞伏澐", "维修工程不比价", "Ⅰ级"),
        ("教务处", "主任", "乞伏珺", "教辅资料征订收回扣", "Ⅱ级"),
        ("总务处", "主任", "乞伏澐", "办公用品领用不登记", "Ⅲ级"),
    ])  # fmt: skip
    codes = [c for c, _ in issues]
    assert ("LEVEL_COLUMN_BLANK_BY_SECTIONS", "F2") in issues
    assert "LEVEL_BLANK" not in codes


def test_matters_graded_in_a_bracket_over_a_blank_column(tmp_path):
    rows = [list(r) for r in SCHOOL]
    rows[2] = ["一、学生资助（风险等级：高）", None, None, None, None, None, None]
    rows[5] = ["二、教学管理（风险等级：中）", None, None, None, None, None, None]
    rows[7] = ["三、后勤保障（风险等级：低）", None, None, None, None, None, None]
    path = write_workbook(tmp_path / "matters.xlsx", {"一览表": rows},
                          merges={"一览表": ["A3:G3", "A6:G6", "A8:G8"]})  # fmt: skip
    got, issues, _ = _read(path)
    assert {p: lv for *_, p, lv in got} == {
        "营养餐食材供应商指定": "Ⅰ级", "维修工程不比价": "Ⅰ级",
        "教辅资料征订收回扣": "Ⅱ级", "办公用品领用不登记": "Ⅲ级",
    }  # fmt: skip
    codes = [c for c, _ in issues]
    assert ("LEVEL_COLUMN_BLANK_BY_SECTIONS", "F2") in issues and "LEVEL_BLANK" not in codes


def test_near_misses_read_as_before(tmp_path):
    # a column filled for some points: those keep theirs (one against its group row, as
    # written), the blank ones stay blank (LEVEL_BLANK), no group row's level given
    rows = [list(r) for r in BUREAU]
    rows[3][5] = "低"  # under '一、高风险点': as written
    path = write_workbook(
        tmp_path / "some.xlsx", {"排查表": rows}, merges={"排查表": BUREAU_MERGES}
    )
    got, issues, _ = _read(path)
    levels = {p: lv for *_, p, lv in got}
    assert levels == {"资金拨付不按程序": "Ⅲ级", "指定采购代理机构": "",
                      "报销审核把关不严": "", "接受服务对象宴请": ""}  # fmt: skip
    codes = [c for c, _ in issues]
    assert ("LEVEL_BLANK", "F5") in issues and "LEVEL_COLUMN_BLANK_BY_SECTIONS" not in codes
    # a level merged down over the first two points: filled, read as it stands
    rows = [list(r) for r in BUREAU]
    rows[3][5] = "中"
    path = write_workbook(tmp_path / "merged.xlsx", {"排查表": rows},
                          merges={"排查表": [*BUREAU_MERGES, "F4:F5"]})  # fmt: skip
    got, issues, _ = _read(path)
    assert [lv for *_, p, lv in got if p in ("资金拨付不按程序", "指定采购代理机构")] == ["Ⅱ级"] * 2
    assert "LEVEL_COLUMN_BLANK_BY_SECTIONS" not in [c for c, _ in issues]
    # a blank column under group rows naming 股室, no level: LEVEL_BLANK at each point as before
    rows = [list(r) for r in BUREAU]
    rows[2][0], rows[5][0], rows[7][0] = "一、国库股", "二、采购股", "三、综合股"
    path = write_workbook(
        tmp_path / "depts.xlsx", {"排查表": rows}, merges={"排查表": BUREAU_MERGES}
    )
    got, issues, _ = _read(path)
    assert [lv for *_, lv in got] == [""] * 4
    codes = [c for c, _ in issues]
    assert codes.count("LEVEL_BLANK") == 4 and "LEVEL_COLUMN_BLANK_BY_SECTIONS" not in codes
    # a blank column and no group rows at all: as before
    rows = [r for i, r in enumerate(CLINIC) if i not in (2, 5, 7)]
    got, issues, _ = _read(write_workbook(tmp_path / "plain.xlsx", {"清单": rows}))
    assert [lv for *_, lv in got] == [""] * 5
    assert "LEVEL_COLUMN_BLANK_BY_SECTIONS" not in [c for c, _ in issues]
    # the column filled throughout under the group rows: the rows' own levels, nothing new
    rows = [list(r) for r in CLINIC]
    for r in rows[3:]:
        if isinstance(r[0], int):
            r[4] = "二级"
    got, issues, _ = _read(write_workbook(tmp_path / "full.xlsx", {"清单": rows}))
    assert [lv for *_, lv in got] == ["Ⅱ级"] * 5
    assert "LEVEL_COLUMN_BLANK_BY_SECTIONS" not in [c for c, _ in issues]


def test_with_group_rows_closing_on_a_count_or_worded(tmp_path):
    # the level rows' other wordings over the blank column: a count outside a bracket
    # (LEVEL_ROW_COUNT_TAIL, saying the column is blank) and the level said after 为
    # (LEVEL_ROW_WORDED), besides this one
    for name, words, code in (
        ("tail", ("一、高风险点：共2个", "二、中风险点　1项", "三、低风险点1个"), "LEVEL_ROW_COUNT_TAIL"),
        ("worded", ("一、风险等级为“高”的风险点", "二、风险等级为“中”的风险点", "三、等级：低"),
         "LEVEL_ROW_WORDED"),
    ):  # fmt: skip
        rows = [list(r) for r in BUREAU]
        rows[2][0], rows[5][0], rows[7][0] = words
        path = write_workbook(tmp_path / f"{name}.xlsx", {"排查表": rows},
                              merges={"排查表": BUREAU_MERGES})  # fmt: skip
        got, issues, raw = _read(path)
        assert {p: lv for *_, p, lv in got} == {
            "资金拨付不按程序": "Ⅰ级", "指定采购代理机构": "Ⅰ级",
            "报销审核把关不严": "Ⅱ级", "接受服务对象宴请": "Ⅲ级",
        }, name  # fmt: skip
        codes = [c for c, _ in issues]
        assert ("LEVEL_COLUMN_BLANK_BY_SECTIONS", "F2") in issues, name
        assert (code, "A3") in issues and "LEVEL_BLANK" not in codes, name
        if code == "LEVEL_ROW_COUNT_TAIL":
            said = next(i for i in raw if i.code == code)
            assert "各风险点都空着" in said.message
