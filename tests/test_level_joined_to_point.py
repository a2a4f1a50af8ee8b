"""A point's level written INSIDE its own cell, joined to its words, in a table with no level
column (or the row's level blank): after a dash, bar or slash closing the cell (``…——二级``,
``…｜高``, ``…/Ⅱ级``, ``…——风险等级：一级``), before one opening it (``二级｜…``, ``高风险——…``), or in
a bracket labelled as the level (``…（风险等级：二级）``, ``【级别：高】…``): the joined words are the
point's level and no part of the point. Said once a table (info LEVEL_JOINED_TO_POINT naming the
first cell and the number of points). A row whose level column says another level keeps its
column's and the cell as written, with a warning (LEVEL_JOINED_DIFFERS). Before, the point kept
the level in its words and had no level (LEVEL_BLANK, one a row).

Not the published batch's file (batch1011: a 市场监督管理局's ``…——一级`` with a type column): a
县水务局's list with the level before a bar (``二级｜…``), a 县统计局's with a labelled bracket
(``（风险等级：高）``), a 县档案馆's with a slash and ``Ⅱ级``. Near-misses read as before: one row
alone so written among others, a dash before words that are no level (``——审核环节``), a type after
the dash (TYPE_AFTER_DASH), a bare bracket (``【二级】…``), a cell of several lines.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

NEW = {"LEVEL_JOINED_TO_POINT", "LEVEL_JOINED_DIFFERS"}
HEAD = ["序号", "岗位", "姓名", "廉政风险点", "防控措施"]


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "清单.xlsx", {"清单": rows})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str]]:
    cols = ["person", "risk_point", "risk_level"]
    return [tuple(r) for r in got.risks[cols].itertuples(index=False)]


def codes(got) -> set[str]:
    return set(got.issues["code"])


def table(title: str, cells: list[tuple[str, str, str, str]], head=HEAD) -> list:
    rows = [[title] + [None] * (len(head) - 1), list(head)]
    rows += [[n, *row] for n, row in enumerate(cells, 1)]
    return rows


WATER = table("县水务局岗位廉政风险防控清单", [
    ("局长", "亓官澄", "二级｜河道采砂许可审批打招呼", "集体研究，结果公示。"),
    ("局长", "亓官澄", "一级｜水利工程招标设置门槛", "公开招标，全程留痕。"),
    ("水政监察大队大队长", "羊舌珩", "三级｜巡河记录填写不实", "巡河轨迹定位。"),
])  # fmt: skip
STATS = table("县统计局岗位廉政风险防控清单", [
    ("局长", "端木霁", "统计执法检查对象选定随意（风险等级：高）", "检查对象随机抽取。"),
    ("统计员", "闾丘翎", "入户调查数据编造（风险等级：中）", "调查数据抽样复核。"),
    ("统计员", "闾丘翎", "调查劳务费代签代领（风险等级：低）", "劳务费直接发放到本人。"),
])  # fmt: skip
ARCHIVE = table("县档案馆岗位廉政风险防控清单", [
    ("馆长", "钟离湛", "档案数字化外包项目指定服务商/Ⅰ级", "外包项目比选。"),
    ("保管员", "司寇璎", "档案查阅不登记/Ⅱ级", "查阅登记，两人在场。"),
    ("保管员", "司寇璎", "涉密档案借出未审批/Ⅰ级", "借出逐级审批。"),
])  # fmt: skip


def test_level_before_a_bar_is_the_points_level(tmp_path):
    got = run(tmp_path, WATER)
    assert read(got) == [
        ("亓官澄", "河道采砂许可审批打招呼", "Ⅱ级"),
        ("亓官澄", "水利工程招标设置门槛", "Ⅰ级"),
        ("羊舌珩", "巡河记录填写不实", "Ⅲ级"),
    ]
    assert "LEVEL_JOINED_TO_POINT" in codes(got) and "LEVEL_BLANK" not in codes(got)
    info = got.issues[got.issues["code"] == "LEVEL_JOINED_TO_POINT"].iloc[0]
    assert info["cell"] == "D3" and "3个" in info["message"]


def test_level_in_a_labelled_bracket_is_the_points_level(tmp_path):
    got = run(tmp_path, STATS)
    assert read(got) == [
        ("端木霁", "统计执法检查对象选定随意", "Ⅰ级"),
        ("闾丘翎", "入户调查数据编造", "Ⅱ级"),
        ("闾丘翎", "调查劳务费代签代领", "Ⅲ级"),
    ]
    assert "LEVEL_JOINED_TO_POINT" in codes(got) and "LEVEL_BLANK" not in codes(got)


def test_level_after_a_slash_is_the_points_level(tmp_path):
    got = run(tmp_path, ARCHIVE)
    assert [lv for *_x, lv in read(got)] == ["Ⅰ级", "Ⅱ级", "Ⅰ级"]
    assert [p for _w, p, _l in read(got)][1] == "档案查阅不登记"


def test_a_level_column_wins_and_a_different_joined_level_is_warned(tmp_path):
    head = ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"]
    rows = table("县档案馆岗位廉政风险防控清单", [
        ("馆长", "钟离湛", "档案数字化外包项目指定服务商——一级", "一级", "外包项目比选。"),
        ("保管员", "司寇璎", "档案查阅不登记——二级", "三级", "查阅登记。"),
        ("保管员", "司寇璎", "涉密档案借出未审批——一级", "一级", "借出逐级审批。"),
    ], head)  # fmt: skip
    got = run(tmp_path, rows)
    assert read(got) == [
        ("钟离湛", "档案数字化外包项目指定服务商", "Ⅰ级"),
        ("司寇璎", "档案查阅不登记——二级", "Ⅲ级"),
        ("司寇璎", "涉密档案借出未审批", "Ⅰ级"),
    ]
    warned = got.issues[got.issues["code"] == "LEVEL_JOINED_DIFFERS"]
    assert list(warned["cell"]) == ["D4"] and set(warned["severity"]) == {"warning"}


def test_near_misses_read_as_before(tmp_path):
    # one row alone so written among others: its words kept
    lone = table("县水务局岗位廉政风险防控清单", [
        ("局长", "亓官澄", "河道采砂许可审批打招呼——二级", "集体研究。"),
        ("局长", "亓官澄", "水利工程招标设置门槛", "公开招标。"),
        ("科员", "羊舌珩", "巡河记录填写不实", "巡河轨迹定位。"),
    ])  # fmt: skip
    got = run(tmp_path / "a", lone)
    assert read(got)[0] == ("亓官澄", "河道采砂许可审批打招呼——二级", "")
    assert not NEW & codes(got)
    # words after the dash that are no level; a type after the dash
    other = table("县统计局岗位廉政风险防控清单", [
        ("局长", "端木霁", "执法检查走过场——审核环节", "检查留痕。"),
        ("统计员", "闾丘翎", "入户调查数据编造——岗位职责风险", "抽样复核。"),
        ("统计员", "闾丘翎", "劳务费代签——审批环节", "直接发放。"),
    ])  # fmt: skip
    got = run(tmp_path / "b", other)
    assert [p for _w, p, _l in read(got)] == [
        "执法检查走过场——审核环节", "入户调查数据编造", "劳务费代签——审批环节"
    ]  # fmt: skip
    assert not NEW & codes(got)
    # a bare bracket, and a cell of several lines, as before
    bare = table("县档案馆岗位廉政风险防控清单", [
        ("馆长", "钟离湛", "【一级】档案数字化外包项目指定服务商", "外包项目比选。"),
        ("保管员", "司寇璎", "【二级】档案查阅不登记", "查阅登记。"),
        ("保管员", "司寇璎", "借出未审批——一级\n查阅不登记——二级", "逐级审批。"),
    ])  # fmt: skip
    got = run(tmp_path / "c", bare)
    assert read(got)[:2] == [
        ("钟离湛", "档案数字化外包项目指定服务商", "Ⅰ级"),
        ("司寇璎", "档案查阅不登记", "Ⅱ级"),
    ]
    assert read(got)[2] == ("司寇璎", "借出未审批——一级\n查阅不登记——二级", "")
    assert not NEW & codes(got)


def test_codes_are_catalogued():
    assert NEW <= set(CATALOGUE) and NEW <= set(SHORT)
