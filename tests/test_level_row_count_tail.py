"""A list with no level column whose points are sorted under LEVEL SECTION ROWS that close on
their count, or a colon, OUTSIDE any bracket — ``一、高风险点：共3个``, ``（二）二级风险点　2项``,
``高风险点3个``, ``Ⅱ级风险：计2条``, ``高风险点：`` — gives each point the level of the section row over it, to the
next section row; the section rows are no points (info LEVEL_ROW_COUNT_TAIL, once a table). A
count in brackets (``一、高风险点（3个）``) had read so already; this one had left every point with
no level (LEVEL_BLANK, batch1056's 鸭塘街道办事处). Not that batch's words: a 市场监督管理局's
排查表 under ``（一）一级风险点　2项`` rows typed in the 编号 cell alone, not merged, with a type
column; a 镇卫生院's list under ``Ⅰ级风险：计1条`` rows written in the point's column, no names; a
中学's list under ``高风险点3个`` (and ``高风险点：``, a colon alone) merged across; and the near-misses.
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
    return got, [(i.code, i.cell) for i in r.issues]


MARKET = [
    ["某县市场监督管理局廉政风险点排查表", None, None, None, None, None, None],
    ["编号", "股室", "职务", "责任人", "风险点描述", "风险类别", "防控措施"],
    ["（一）一级风险点　2项", None, None, None, None, None, None],
    [1, "局领导", "局长", "拓跋沅", "特种设备检验机构选定打招呼", "外部环境风险", "集体研究。"],
    [2, "稽查大队", "大队长", "宇文琤", "案件查办降格处理", "岗位职责风险", "案审会审议。"],
    ["（二）二级风险点　2项", None, None, None, None, None, None],
    [3, "稽查大队", "大队长", "宇文琤", "罚没物品处置不规范", "制度机制风险", "处置公开。"],
    [4, "登记股", "股员", "拓跋湉", "登记材料审核不严", "业务流程风险", "两人复核。"],
    ["（三）三级风险点　1项", None, None, None, None, None, None],
    [5, "登记股", "股员", "拓跋湉", "接受办事群众土特产", "思想道德风险", "承诺书。"],
]


def test_count_after_a_space_in_the_number_cell(tmp_path):
    got, issues = _read(write_workbook(tmp_path / "排查表.xlsx", {"排查表": MARKET}))
    assert sorted(got) == sorted([
        ("局领导", "局长", "拓跋沅", "特种设备检验机构选定打招呼", "Ⅰ级"),
        ("稽查大队", "大队长", "宇文琤", "案件查办降格处理", "Ⅰ级"),
        ("稽查大队", "大队长", "宇文琤", "罚没物品处置不规范", "Ⅱ级"),
        ("登记股", "股员", "拓跋湉", "登记材料审核不严", "Ⅱ级"),
        ("登记股", "股员", "拓跋湉", "接受办事群众土特产", "Ⅲ级"),
    ])  # fmt: skip
    codes = [c for c, _ in issues]
    assert ("LEVEL_ROW_COUNT_TAIL", "A3") in issues and codes.count("LEVEL_ROW_COUNT_TAIL") == 1
    assert "LEVEL_BLANK" not in codes and "POINT_BLANK" not in codes


CLINIC = [
    ["某镇卫生院岗位廉政风险防控清单", None, None, None, None],
    ["序号", "科室", "岗位", "廉政风险点", "防控措施"],
    [None, None, None, "Ⅰ级风险：计1条", None],
    [1, "院办", "院长", "药品采购指定配送企业", "院务会集体研究。"],
    [None, None, None, "Ⅱ级风险：计2条", None],
    [2, "药房", "药剂员", "过期药品处置不登记", "台账管理。"],
    [3, "院办", "院长", "医疗设备维修费用虚报", "维修验收两人签字。"],
    [None, None, None, "Ⅲ级风险：计1条", None],
    [4, "公卫科", "公卫专干", "随访记录补填", "电话回访抽查。"],
]


def test_count_after_a_colon_in_the_point_column_no_names(tmp_path):
    got, issues = _read(write_workbook(tmp_path / "清单.xlsx", {"清单": CLINIC}))
    assert sorted(got) == sorted([
        ("院办", "院长", "", "药品采购指定配送企业", "Ⅰ级"),
        ("药房", "药剂员", "", "过期药品处置不登记", "Ⅱ级"),
        ("院办", "院长", "", "医疗设备维修费用虚报", "Ⅱ级"),
        ("公卫科", "公卫专干", "", "随访记录补填", "Ⅲ级"),
    ])  # fmt: skip
    codes = [c for c, _ in issues]
    assert ("LEVEL_ROW_COUNT_TAIL", "D3") in issues
    assert "LEVEL_BLANK" not in codes and "POINT_BLANK" not in codes


SCHOOL = [
    ["某县第二中学廉政风险点清单", None, None, None, None, None],
    ["序号", "处室", "岗位", "姓名", "风险点", "防控措施"],
    ["高风险点3个", None, None, None, None, None],
    [1, "校领导", "校长", "可朱浑琇", "营养餐食材供应商指定", "公开招标。"],
    [2, "校领导", "校长", "可朱浑琇", "校服征订收取回扣", "家委会监督。"],
    [3, "总务处", "主任", "可朱浑澐", "维修工程不比价", "三家比价。"],
    ["低风险点1个", None, None, None, None, None],
    [4, "总务处", "主任", "可朱浑澐", "办公用品领用不登记", "台账管理。"],
]
SCHOOL_MERGES = ["A3:F3", "A7:F7", "B4:B5", "C4:C5", "D4:D5"]


def test_count_glued_or_a_colon_on_rows_merged_across(tmp_path):
    for name, rows in (("glued", SCHOOL), ("colon", _school("高风险点：", "低风险点："))):
        path = write_workbook(
            tmp_path / f"{name}.xlsx", {"清单": rows}, merges={"清单": SCHOOL_MERGES}
        )
        got, issues = _read(path)
        assert sorted(got) == sorted([
            ("校领导", "校长", "可朱浑琇", "营养餐食材供应商指定", "Ⅰ级"),
            ("校领导", "校长", "可朱浑琇", "校服征订收取回扣", "Ⅰ级"),
            ("总务处", "主任", "可朱浑澐", "维修工程不比价", "Ⅰ级"),
            ("总务处", "主任", "可朱浑澐", "办公用品领用不登记", "Ⅲ级"),
        ]), name  # fmt: skip
        assert ("LEVEL_ROW_COUNT_TAIL", "A3") in issues, name
        assert "LEVEL_BLANK" not in [c for c, _ in issues], name


def _school(first: str, second: str) -> list[list]:
    rows = [list(r) for r in SCHOOL]
    rows[2][0], rows[6][0] = first, second
    return rows


def test_near_misses_read_as_before(tmp_path):
    # the count in brackets: read before, and no new word of it
    path = write_workbook(tmp_path / "b.xlsx", {"清单": _school("高风险点（3个）", "低风险点（1个）")},
                          merges={"清单": SCHOOL_MERGES})  # fmt: skip
    got, issues = _read(path)
    assert [lv for *_, lv in got] == ["Ⅰ级", "Ⅰ级", "Ⅰ级", "Ⅲ级"]
    assert "LEVEL_ROW_COUNT_TAIL" not in [c for c, _ in issues]
    # a post's grade counting posts ('高风险岗位：共2个'), words after the colon that are no count
    # ('高风险点：公车私用'): no level row, the points with no level (LEVEL_BLANK), as before
    for name, first in (("post", "高风险岗位：共2个"), ("words", "高风险点：公车私用")):
        path = write_workbook(tmp_path / f"{name}.xlsx", {"清单": _school(first, "低风险点（1个）")},
                              merges={"清单": SCHOOL_MERGES})  # fmt: skip
        got, issues = _read(path)
        assert [lv for *_, lv in got][:3] == ["", "", ""], name
        assert ("LEVEL_BLANK", "E4") in issues, name
        assert "LEVEL_ROW_COUNT_TAIL" not in [c for c, _ in issues], name
    # a list with its own level column: the rows' levels, whatever the section rows say
    own = [r[:5] + ["中" if isinstance(r[0], int) else None] + r[5:] for r in SCHOOL]
    own[1][5] = "风险等级"
    path = write_workbook(tmp_path / "own.xlsx", {"清单": own},
                          merges={"清单": ["A3:G3", "A7:G7", "B4:B5", "C4:C5", "D4:D5"]})  # fmt: skip
    got, issues = _read(path)
    assert [lv for *_, lv in got] == ["Ⅱ级"] * 4
    assert "LEVEL_ROW_COUNT_TAIL" not in [c for c, _ in issues]
