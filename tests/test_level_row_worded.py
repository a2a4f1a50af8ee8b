"""A list with no level column whose points are sorted under LEVEL GROUP ROWS that SAY the level
in words of their own — inside quotes or after 为/是/a colon: ``一、风险等级为“高”的风险点``,
``（二）风险等级为中的风险点``, ``三、等级：低``, ``风险级别是“一级”`` — gives each point the level of
the group row over it, to the next group row, as ``一、高风险点`` does; the group rows are no
points (info LEVEL_ROW_WORDED, once a table). They had been taken for no level rows (every point
LEVEL_BLANK). Three bodies: a 市场监督管理局's 排查表 under quoted 高/中/低 rows merged across; a
镇卫生院's 清单 with no names under ``（一）风险等级为一级的风险点`` rows typed in the 序号 cell
alone; a 中学's 一览表 under ``一、等级：★★★（共2项）`` rows in the point's column. Near-misses read
as before: ``风险等级为高的岗位`` (a post's grade), ``等级：待定`` (no level), ``一、风险等级：高`` and
``一、等级：Ⅰ级`` (read so already, nothing new said), a list with its own level column.
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


def _market(first: str, second: str, third: str) -> list[list]:
    return [
        ["某县市场监督管理局廉政风险点排查表", None, None, None, None, None],
        ["序号", "股室", "职务", "责任人", "风险点描述", "防控措施"],
        [first, None, None, None, None, None],
        [1, "局领导", "局长", "尉迟沅", "特种设备检验机构选定打招呼", "集体研究。"],
        [2, "稽查大队", "大队长", "尉迟琤", "案件查办降格处理", "案审会审议。"],
        [second, None, None, None, None, None],
        [3, "登记股", "股员", "尉迟湉", "登记材料审核不严", "两人复核。"],
        [third, None, None, None, None, None],
        [4, "登记股", "股员", "尉迟湉", "接受办事群众土特产", "签订承诺书。"],
    ]


MARKET_MERGES = ["A3:F3", "A6:F6", "A8:F8"]
MARKET_READ = [
    ("局领导", "局长", "尉迟沅", "特种设备检验机构选定打招呼", "Ⅰ级"),
    ("稽查大队", "大队长", "尉迟琤", "案件查办降格处理", "Ⅰ级"),
    ("登记股", "股员", "尉迟湉", "登记材料审核不严", "Ⅱ级"),
    ("登记股", "股员", "尉迟湉", "接受办事群众土特产", "Ⅲ级"),
]


def test_level_in_quotes_or_after_wei_merged_across(tmp_path):
    for name, words in (
        (
            "quoted",
            (
                "一、风险等级为“高”的风险点",
                "二、风险等级为“中”的风险点",
                "三、风险等级为“低”的风险点",
            ),
        ),
        (
            "bare",
            (
                "（一）风险等级为高的风险点",
                "（二）风险等级为中的风险点",
                "（三）风险等级为低的风险点",
            ),
        ),
        ("shi", ("一、风险级别是“高”", "二、风险级别是“中”", "三、风险级别是“低”")),
        ("colon", ("一、等级：高", "二、等级：中", "三、等级：低")),
    ):
        path = write_workbook(tmp_path / f"{name}.xlsx", {"排查表": _market(*words)},
                              merges={"排查表": MARKET_MERGES})  # fmt: skip
        got, issues, raw = _read(path)
        assert sorted(got) == sorted(MARKET_READ), name
        codes = [c for c, _ in issues]
        assert ("LEVEL_ROW_WORDED", "A3") in issues, name
        assert codes.count("LEVEL_ROW_WORDED") == 1, name
        assert "LEVEL_BLANK" not in codes and "POINT_BLANK" not in codes, name
        said = next(i for i in raw if i.code == "LEVEL_ROW_WORDED")
        assert "3 行" in said.message and words[0] in said.message, name


CLINIC = [
    ["某镇卫生院岗位廉政风险防控清单", None, None, None, None],
    ["序号", "科室", "岗位", "廉政风险点", "防控措施"],
    ["（一）风险等级为一级的风险点", None, None, None, None],
    [1, "院办", "院长", "药品采购指定配送企业", "院务会集体研究。"],
    ["（二）风险等级为二级的风险点", None, None, None, None],
    [2, "药房", "药剂员", "过期药品处置不登记", "台账管理。"],
    [3, "院办", "院长", "医疗设备维修费用虚报", "维修验收两人签字。"],
    ["（三）风险等级为三级的风险点", None, None, None, None],
    [4, "公卫科", "公卫专干", "随访记录补填", "电话回访抽查。"],
]


def test_group_rows_in_the_number_cell_no_names(tmp_path):
    got, issues, _ = _read(write_workbook(tmp_path / "清单.xlsx", {"清单": CLINIC}))
    assert sorted(got) == sorted([
        ("院办", "院长", "", "药品采购指定配送企业", "Ⅰ级"),
        ("药房", "药剂员", "", "过期药品处置不登记", "Ⅱ级"),
        ("院办", "院长", "", "医疗设备维修费用虚报", "Ⅱ级"),
        ("公卫科", "公卫专干", "", "随访记录补填", "Ⅲ级"),
    ])  # fmt: skip
    codes = [c for c, _ in issues]
    assert ("LEVEL_ROW_WORDED", "A3") in issues
    assert "LEVEL_BLANK" not in codes and "POINT_BLANK" not in codes


SCHOOL = [
    ["某县第二中学岗位廉政风险点一览表", None, None, None, None, None],
    ["序号", "处室", "岗位", "姓名", "风险点", "防控措施"],
    [None, None, None, None, "一、等级：★★★（共2项）", None],
    [1, "校领导", "校长", "秃发琇", "营养餐食材供应商指定", "公开招标。"],
    [2, "总务处", "主任", "秃发澐", "维修工程不比价", "三家比价。"],
    [None, None, None, None, "二、等级：★（共1项）", None],
    [3, "总务处", "主任", "秃发澐", "办公用品领用不登记", "台账管理。"],
]


def test_after_a_colon_in_the_point_column(tmp_path):
    got, issues, _ = _read(write_workbook(tmp_path / "一览表.xlsx", {"一览表": SCHOOL}))
    assert sorted(got) == sorted([
        ("校领导", "校长", "秃发琇", "营养餐食材供应商指定", "Ⅰ级"),
        ("总务处", "主任", "秃发澐", "维修工程不比价", "Ⅰ级"),
        ("总务处", "主任", "秃发澐", "办公用品领用不登记", "Ⅲ级"),
    ])  # fmt: skip
    codes = [c for c, _ in issues]
    assert ("LEVEL_ROW_WORDED", "E3") in issues
    assert "LEVEL_BLANK" not in codes and "POINT_BLANK" not in codes


def test_near_misses_read_as_before(tmp_path):
    # a post's grade ('风险等级为高的岗位'), a word no level ('等级：待定'): no level rows, the
    # points under them with no level (LEVEL_BLANK), as before
    for name, first in (("post", "一、风险等级为高的岗位"), ("pending", "一、等级：待定")):
        rows = _market(first, "二、风险等级为“中”的风险点", "三、风险等级为“低”的风险点")
        path = write_workbook(tmp_path / f"{name}.xlsx", {"排查表": rows},
                              merges={"排查表": MARKET_MERGES})  # fmt: skip
        got, issues, _ = _read(path)
        levels = {p: lv for *_, p, lv in got}
        assert levels["特种设备检验机构选定打招呼"] == "", name
        assert levels["案件查办降格处理"] == "", name
        assert ("LEVEL_BLANK", "E4") in issues, name
    # '一、风险等级：高', '一、等级：Ⅰ级' read so already: the same levels, nothing new said
    for name, words in (("risk", ("一、风险等级：高", "二、风险等级：中", "三、风险等级：低")),
                        ("grade", ("一、等级：Ⅰ级", "二、等级：Ⅱ级", "三、等级：Ⅲ级"))):  # fmt: skip
        path = write_workbook(tmp_path / f"{name}.xlsx", {"排查表": _market(*words)},
                              merges={"排查表": MARKET_MERGES})  # fmt: skip
        got, issues, _ = _read(path)
        assert sorted(got) == sorted(MARKET_READ), name
        assert "LEVEL_ROW_WORDED" not in [c for c, _ in issues], name
    # a list with its own level column: the rows' levels, whatever the group rows say
    rows = [r[:5] + (["中"] if isinstance(r[0], int) else [None]) + r[5:] for r in
            _market("一、风险等级为“高”的风险点", "二、风险等级为“中”的风险点", "三、风险等级为“低”的风险点")]  # fmt: skip
    rows[1][5] = "风险等级"
    path = write_workbook(tmp_path / "own.xlsx", {"排查表": rows},
                          merges={"排查表": ["A3:G3", "A6:G6", "A8:G8"]})  # fmt: skip
    got, issues, _ = _read(path)
    assert [lv for *_, lv in got] == ["Ⅱ级"] * 4
    assert "LEVEL_ROW_WORDED" not in [c for c, _ in issues]


def test_level_sub_rows_inside_a_holders_block(tmp_path):
    # a 自然资源局's 防控表, each leader's name and post merged down beside his block, his points
    # under sub-rows saying the level ('风险等级为“高”的风险点', '等级：低') in the point's column,
    # merged across the measures, as '【高风险】' sub-rows are read
    for name, high, low in (
        ("quoted", "风险等级为“高”的风险点", "风险等级为“低”的风险点"),
        ("colon", "等级：一级", "等级：三级"),
    ):
        rows = [
            ["某县自然资源局领导班子廉政风险防控表", None, None, None, None],
            ["姓名", "职务", "序号", "廉政风险点", "防控措施"],
            ["赫连琤", "局长", None, high, None],
            [None, None, 1, "土地出让违规干预", "集体决策。"],
            [None, None, 2, "规划调整打招呼", "公开公示。"],
            [None, None, None, low, None],
            [None, None, 3, "接受管理对象宴请", "签订承诺书。"],
        ]
        path = write_workbook(
            tmp_path / f"{name}.xlsx",
            {"防控表": rows},
            merges={"防控表": ["A3:A7", "B3:B7", "D3:E3", "D6:E6"]},
        )
        got, issues, _ = _read(path)
        assert sorted(got) == sorted(
            [
                ("", "局长", "赫连琤", "土地出让违规干预", "Ⅰ级"),
                ("", "局长", "赫连琤", "规划调整打招呼", "Ⅰ级"),
                ("", "局长", "赫连琤", "接受管理对象宴请", "Ⅲ级"),
            ]
        ), name
        codes = [c for c, _ in issues]
        assert ("LEVEL_ROW_WORDED", "D3") in issues, name
        assert "LEVEL_BLANK" not in codes and "POINT_BLANK" not in codes, name
