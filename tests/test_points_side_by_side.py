"""A point heading MERGED ACROSS two to four columns with no sub-headings, whose rows fill the
cells FROM THE LEFT, one whole point a cell — two or three points side by side on some rows, the
left cell alone on others, never a later cell alone — reads each filled cell as a point of its
own, at the row's level and with the row's measures (or, where the level heading is merged alike
over as many columns, the level in the point's own column). Said once a table (info
POINTS_SIDE_BY_SIDE naming the heading's cell, its columns and the rows of two points or more).
Before, a row's cells were joined by a line break into one point.

Not the published batch's file (batch1008: a 文体广电旅游局's list with ``廉政风险点`` over two
columns, 高/中/低 in one column): a 县水利局's list with ``风险点`` over THREE columns and
``一级/二级/三级``, a 县税务局's with ``廉政风险点`` and ``风险等级`` each merged over two columns (a level a
point). Near-misses read as before: a later cell alone on a row (staggered, POINT_COLUMNS_UNSAID),
a short name beside its description on every row, a text running on from one cell into the next
(``…打招呼、 | 放行``), a word of the point's beside it (``主要``).
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

CODE = "POINTS_SIDE_BY_SIDE"


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list, merges: list):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "清单.xlsx", {"清单": rows}, {"清单": merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    cols = ["person", "risk_point", "risk_level", "measures"]
    return [tuple(r) for r in got.risks[cols].itertuples(index=False)]


def issues(got, code: str) -> list[tuple[str, str]]:
    hit = got.issues[got.issues["code"] == code]
    return list(zip(hit["cell"], hit["message"], strict=True))


# three columns under '风险点', filled from the left; 一级/二级/三级 in one column
WATER = [
    ["县水利局岗位廉政风险防控清单", None, None, None, None, None, None, None],
    ["序号", "岗位", "姓名", "风险点", None, None, "风险等级", "防控措施"],
    [1, "局长", "公冶澍", "水利工程招标干预", "小型水库除险加固资金挪用", "接受施工方宴请", "一级",
     "招标全程公开，资金专户管理。"],
    [2, "局长", "公冶澍", "防汛物资采购不比价", None, None, "二级", "采购三家比价。"],
    [3, "河道管理股股长", "漆雕沨", "河道采砂许可审核不严", "采砂执法中说情减免处罚", None, "二级",
     "许可集体审核，执法全程记录。"],
    [4, "水政监察员", "漆雕琰", "涉水违法线索不移交", None, None, "三级", "线索登记台账，按月通报。"],
]  # fmt: skip
WATER_MERGES = ["A1:H1", "D2:F2"]


def test_three_points_side_by_side_each_at_the_rows_level(tmp_path):
    got = run(tmp_path, WATER, WATER_MERGES)
    assert read(got) == [
        ("公冶澍", "水利工程招标干预", "Ⅰ级", "招标全程公开，资金专户管理。"),
        ("公冶澍", "小型水库除险加固资金挪用", "Ⅰ级", "招标全程公开，资金专户管理。"),
        ("公冶澍", "接受施工方宴请", "Ⅰ级", "招标全程公开，资金专户管理。"),
        ("公冶澍", "防汛物资采购不比价", "Ⅱ级", "采购三家比价。"),
        ("漆雕沨", "河道采砂许可审核不严", "Ⅱ级", "许可集体审核，执法全程记录。"),
        ("漆雕沨", "采砂执法中说情减免处罚", "Ⅱ级", "许可集体审核，执法全程记录。"),
        ("漆雕琰", "涉水违法线索不移交", "Ⅲ级", "线索登记台账，按月通报。"),
    ]
    said = issues(got, CODE)
    assert len(said) == 1 and said[0][0] == "D2"
    assert "D–F" in said[0][1] and "2行" in said[0][1]
    assert "POINT_COLUMNS_UNSAID" not in set(got.issues["code"])


# '廉政风险点' and '风险等级' each merged over two columns: each point over its own level cell
TAX = [
    ["县税务局岗位廉政风险防控一览表", None, None, None, None, None, None, None],
    ["序号", "股室", "职务", "姓名", "廉政风险点", None, "风险等级", None, "防控措施"],
    [1, "征管股", "股长", "梁丘珩", "违规办理非正常户解除", "擅自调整纳税信用等级", "高", "中",
     "事项双人审核，系统留痕。"],
    [2, "征管股", "科员", "梁丘湉", "发票领用审核不严", None, "中", None, "领用数量系统控制。"],
    [3, "稽查局", "检查员", "宰父沄", "检查中隐瞒违法事实", "接受纳税人宴请", "高", "低",
     "案件集体审理，检查两人以上。"],
]  # fmt: skip
TAX_MERGES = ["A1:I1", "E2:F2", "G2:H2"]


def test_each_point_takes_its_own_level_column(tmp_path):
    got = run(tmp_path, TAX, TAX_MERGES)
    assert [(p, x, lv) for p, x, lv, _m in read(got)] == [
        ("梁丘珩", "违规办理非正常户解除", "Ⅰ级"),
        ("梁丘珩", "擅自调整纳税信用等级", "Ⅱ级"),
        ("梁丘湉", "发票领用审核不严", "Ⅱ级"),
        ("宰父沄", "检查中隐瞒违法事实", "Ⅰ级"),
        ("宰父沄", "接受纳税人宴请", "Ⅲ级"),
    ]
    assert len(issues(got, CODE)) == 1


def _near(first: tuple, second: tuple, third: tuple) -> list:
    return [
        ["县某局岗位廉政风险防控一览表", None, None, None, None, None],
        ["序号", "岗位", "姓名", "廉政风险点", None, "风险等级"],
        [1, "局长", "公冶澍", *first, "高"],
        [2, "股长", "漆雕沨", *second, "中"],
        [3, "科员", "漆雕琰", *third, "低"],
    ]


def test_near_misses_read_as_before(tmp_path):
    merges = ["A1:F1", "D2:E2"]
    cases = {
        # a later cell alone on a row: staggered, as before
        "staggered": _near(("工程招标干预", None), (None, "资金拨付不按程序"), (None, "公车私用")),
        # a short name beside its description on every row
        "described": _near(("公务接待", "公务接待超标准、虚列接待"), ("资金拨付", "资金拨付不按程序审批"),
                           ("行政执法", None)),
        # a text running on from one cell into the next
        "run_on": _near(("对核算单位超标准接待费报账打招呼、", "放行"), ("资金拨付不按程序审批", "坐收坐支现金"),
                        ("公车私用", None)),
        # a word of the point's beside it
        "word": _near(("工程招标干预", "主要"), ("资金拨付不按程序审批", "次要"), ("公车私用", None)),
    }  # fmt: skip
    for name, rows in cases.items():
        got = run(tmp_path / name, rows, merges)
        assert CODE not in set(got.issues["code"]), name
        assert len(got.risks) == 3, (name, read(got))


def test_catalogue_entry():
    assert CODE in CATALOGUE and CODE in SHORT
    severity, text = CATALOGUE[CODE]
    assert severity == "info" and "{field}" in text and "{value}" in text and "{count}" in text
