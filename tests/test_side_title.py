"""A table's title typed in one cell merged down its left (or right) edge, beside the heading and
every row, instead of a title row above it (``_Locator._side_title``).

The workbooks here are written by xlsxwriter and openpyxl in other words than the batch that
showed the shape (batch454): another unit, other 科室, posts, names and title words. What the
side title says is read as a title above the table is (unit, 科室, tier), and its column is no
column of the table; a column merged down the edge that holds a field (a 监督人's name, a
``骑缝线``, a 科室, a bare unit's name) reads exactly as without the rule.
"""

from pathlib import Path

import openpyxl
import pytest
from helpers import write_workbook
from openpyxl.styles import Alignment

from xlproc import locate
from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, NAMES

HEAD = ["编号", "科室", "职务", "姓名", "风险点", "风险等级", "防控措施"]
ROWS = [
    [1, "局领导", "局长", "阚思渺", "土地出让底价不经集体研究", "高", "底价集体审定，纪要存档。"],
    [2, "用地审批股", "股长", "蒯晓岚", "用地预审材料把关不严", "中", "预审材料两人复核。"],
    [3, "用地审批股", "科员", "郦若澄", "泄露报批项目信息", "低", "签订保密承诺，查询留痕。"],
    [4, "执法监察大队", "科员", "殳明远", "违法用地线索瞒报不查", "高", "线索登记台账，限期办结。"],
]  # fmt: skip
SIGN = [None, "制表：", None, "审核：", None, "2026年1月", None]
TITLE = "石泉县自然资源局岗位廉政风险防控排查表"


def run(tmp_path: Path, sheets, merges=None, name: str = "t.xlsx"):
    """Write a workbook and collect it in this process, as ``collect_inbox`` reads each file."""
    inbox = tmp_path / "inbox"
    write_workbook(inbox / name, sheets, merges)
    return collect(inbox)


def collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, r, config) for p, r in discover([inbox])), config, [inbox])


def codes(res) -> list[tuple[str, str]]:
    return sorted(zip(res.issues["code"], res.issues["cell"], strict=True))


def side_sheet(title: str, right: bool = False, one_a_line: bool = True):
    """The table from the sheet's first row with the title in a column merged down beside it
    (column A, or the column after the table), and a sign-off line under it."""
    text = "\n".join(title) if one_a_line else title
    rows = [list(HEAD), *[list(r) for r in ROWS], list(SIGN)]
    last = len(ROWS)  # (the heading row 0, the data rows 1..last)
    col = len(HEAD)
    if right:
        rows = [r[:] + [None] for r in rows]
        rows[0][col] = text
        rng = f"{chr(ord('A') + col)}1:{chr(ord('A') + col)}{last + 1}"
    else:
        rows = [[None, *r] for r in rows]
        rows[0][0] = text
        rng = f"A1:A{last + 1}"
    return rows, rng


def titled_sheet(title: str):
    """The same table under its title in a row above, as the reader has always read it."""
    rows = [[title, *[None] * (len(HEAD) - 1)], list(HEAD), *[list(r) for r in ROWS], list(SIGN)]
    return rows, f"A1:{chr(ord('A') + len(HEAD) - 1)}1"


def identity(res) -> list[tuple]:
    p = res.posts
    return sorted(zip(p["unit"], p["department"], p["person"], p["title"], p["tier"], strict=True))


def test_a_title_merged_down_the_left_edge_is_the_tables_title(tmp_path):
    rows, rng = side_sheet(TITLE)
    got = run(tmp_path / "side", {"排查表": rows}, {"排查表": [rng]})
    assert set(got.posts["unit"]) == {"石泉县自然资源局"}
    assert sorted(got.posts["person"]) == sorted(r[3] for r in ROWS)
    assert sorted(got.risks["risk_point"]) == sorted(r[4] for r in ROWS)
    assert set(got.risks["duty"]) == {""}  # the title is no one's duty
    assert ("COLUMN_GUESSED", "A1") not in codes(got)
    issue = got.issues[got.issues["code"] == "TITLE_BESIDE_TABLE"]
    assert list(issue["cell"]) == ["A1"] and list(issue["value"]) == [TITLE]
    assert "左侧" in issue["message"].iloc[0] and list(issue["severity"]) == ["info"]
    assert "TITLE_BESIDE_TABLE" in CATALOGUE and NAMES["TITLE_BESIDE_TABLE"]
    # the sign-off line under it is no point
    assert "制表：" not in set(got.risks["risk_point"])


@pytest.mark.parametrize(
    ("title", "right", "one_a_line"),
    [
        ("凤县交通运输局公路管理站廉政风险点登记表", False, True),  # a 站 of the 局: its 科室
        ("岚皋县统计局中层干部廉政风险防控一览表", True, True),  # a tier in the title
        ("宁陕县文化和旅游局廉政风险点", False, False),  # no title word: a body and 廉政风险
        ("汉阴县审计局岗位廉洁风险防控清单", True, False),  # 廉洁, at the right edge
    ],
)
def test_a_side_title_reads_as_the_same_title_above(tmp_path, title, right, one_a_line):
    rows, rng = side_sheet(title, right, one_a_line)
    side = run(tmp_path / "side", {"清单": rows}, {"清单": [rng]})
    rows, rng = titled_sheet(title)
    above = run(tmp_path / "above", {"清单": rows}, {"清单": [rng]})
    assert identity(side) == identity(above)
    assert sorted(side.risks["risk_point"]) == sorted(above.risks["risk_point"])
    assert sorted(side.risks["risk_level"]) == sorted(above.risks["risk_level"])
    assert set(side.risks["duty"]) == {""}
    assert [c for c, _cell in codes(side) if c == "TITLE_BESIDE_TABLE"] == ["TITLE_BESIDE_TABLE"]
    assert "COLUMN_GUESSED" not in {c for c, _cell in codes(side)}


def test_a_turned_side_title_written_by_openpyxl(tmp_path):
    # (vertical text, no line breaks: Excel's 文字方向 竖排, textRotation 255, on the right edge)
    title = "紫阳县水利局岗位廉政风险防控一览表"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "一览表"
    for row in [HEAD, *ROWS, SIGN]:
        ws.append(row)
    col = len(HEAD) + 1
    ws.cell(1, col, title).alignment = Alignment(textRotation=255, vertical="center")
    ws.merge_cells(start_row=1, start_column=col, end_row=len(ROWS) + 1, end_column=col)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    wb.save(inbox / "t.xlsx")
    got = collect(inbox)
    assert set(got.posts["unit"]) == {"紫阳县水利局"}
    assert set(got.risks["duty"]) == {""}
    assert sorted(got.risks["risk_point"]) == sorted(r[4] for r in ROWS)
    issue = got.issues[got.issues["code"] == "TITLE_BESIDE_TABLE"]
    assert list(issue["cell"]) == ["H1"] and "右侧" in issue["message"].iloc[0]


def test_a_title_above_stays_the_title(tmp_path):
    # a title row above and a side title too: the title above names the unit, the side column
    # is still no column of the table
    rows, rng = side_sheet("旬阳县林业局岗位廉政风险防控一览表")
    rows = [["旬阳县林业局廉政风险点排查表", *[None] * len(HEAD)], *rows]
    merges = [f"A1:{chr(ord('A') + len(HEAD))}1", "A2:A" + str(len(ROWS) + 2)]
    got = run(tmp_path, {"S": rows}, {"S": merges})
    assert set(got.posts["unit"]) == {"旬阳县林业局"}
    assert set(got.risks["duty"]) == {""}


def read_both(tmp_path: Path, sheets, merges, monkeypatch):
    """The workbook read with the rule and without it (``_side_title`` finding nothing)."""
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", sheets, merges)
    got = collect(inbox)
    with monkeypatch.context() as m:
        m.setattr(locate._Locator, "_side_title", lambda self: None)
        before = collect(inbox)
    return got, before


def same(got, before) -> None:
    assert got.posts.drop(columns=["form_id"]).equals(before.posts.drop(columns=["form_id"]))
    cols = [c for c in got.risks.columns if c != "form_id"]
    assert got.risks[cols].equals(before.risks[cols])
    assert codes(got) == codes(before)
    assert "TITLE_BESIDE_TABLE" not in set(got.issues["code"])


def test_fields_merged_down_the_edge_read_as_before(tmp_path, monkeypatch):
    last = len(ROWS) + 1
    # a 监督人's name merged down the right edge under its heading
    rows = [[*HEAD, "监督人"], *[[*r, None] for r in ROWS]]
    rows[1][len(HEAD)] = "庞雨霁"
    got, before = read_both(
        tmp_path / "watch", {"S": [[TITLE], *rows]}, {"S": [f"H3:H{last + 1}"]}, monkeypatch
    )
    same(got, before)
    # a 科室 merged down the left edge, from under its heading
    rows = [["所属科室", *HEAD[:1], *HEAD[2:]], *[[r[1], r[0], *r[2:]] for r in ROWS]]
    for r in rows[2:]:
        r[0] = None
    got, before = read_both(tmp_path / "dept", {"S": rows}, {"S": [f"A2:A{last}"]}, monkeypatch)
    same(got, before)
    # a seal's 骑缝线 merged down the left edge from the heading row
    rows, rng = side_sheet("骑缝线")
    got, before = read_both(tmp_path / "seal", {"S": rows}, {"S": [rng]}, monkeypatch)
    same(got, before)
    # a 监督主体 merged down the right edge from the heading row, a body named without 廉政风险
    rows, rng = side_sheet("石泉县纪委监委派驻第三纪检监察组", right=True)
    got, before = read_both(tmp_path / "body", {"S": rows}, {"S": [rng]}, monkeypatch)
    same(got, before)


def test_no_unit_is_invented(tmp_path, monkeypatch):
    # a bare unit's name merged down the edge: no title (it may be a field), read as before
    rows, rng = side_sheet("石泉县自然资源局")
    got, before = read_both(tmp_path / "unit", {"S": rows}, {"S": [rng]}, monkeypatch)
    same(got, before)
    # a title naming no body: no column, and no unit either
    rows, rng = side_sheet("岗位廉政风险防控一览表")
    got = run(tmp_path / "bare", {"S": rows}, {"S": [rng]})
    assert set(got.posts["unit"]) == {""}
    assert set(got.risks["duty"]) == {""}
    assert sorted(got.risks["risk_point"]) == sorted(r[4] for r in ROWS)
    # the title-like cell in the middle of the sheet (tables on both sides): no side title
    rows, _rng = side_sheet(TITLE)
    rows = [[*r[1:], None, *r] for r in rows]  # (A:G a table, H empty, I the title, J:P a table)
    rng = f"I1:I{len(ROWS) + 1}"
    got, before = read_both(tmp_path / "mid", {"S": rows}, {"S": [rng]}, monkeypatch)
    same(got, before)
