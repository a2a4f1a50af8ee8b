"""The three-hundred-and-eightieth batch of published layouts (tests/published/batch380.py): seven
ordinary files as the 交通 and 公路 bodies of one county (潼关县) really send them — the 交通运输局's
一览表 under group rows with short types and 高/中/低, the 公路管理段's two sheets ``段领导 | 股室`` with
``一级/二级/三级``, the 道路运输管理所's 自查表 one sheet a person with ``高风险/中风险/低风险``, the
农村公路养护站's 排查表 对岗不对人 with ``风险点 | 主要表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 超限运输检测站's
责任清单 with bare ``Ⅰ/Ⅱ/Ⅲ`` and a last ``责任领导`` column, the 交通工程质量监督站's 一览表 written out on
every row with ``一级风险/二级风险/三级风险``, the 交通运输服务中心's 防控卡 one sheet a holder with
``…风险`` types and ``★★★/★★/★`` — and one harder: the 交通运输执法大队's 防控卡 (tabs ``Sheet1``–
``Sheet3``) whose holder, post and 中队 stand in NO CELL but in an Excel TEXT BOX laid over empty
rows under the title (``python tests/published/score.py --set batch380``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap2 at b32ad2a
(dev's newest when the batch was done; this worktree branched from dev at b32ad2a).
``score.py --set batch380``:
``TOTAL                      forms  35/38  points  57/66  recall 0.86 precision 0.86 (57/66)  levels  57/57  types  57/57  noise 0``
and ``TOTAL forms=0.921 recall=0.864 precision=0.864 levels=1.000 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  35/38  points  57/66  recall 0.86 precision 0.86 (57/66)  levels  57/57  types  57/57  noise 0``
and ``TOTAL forms=0.921 recall=0.864 precision=0.864 levels=1.000 types=1.000 noise=0``. The 9 files
of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as FILE_SKIPPED). The seven
ordinary layouts read in full — every form, point, level and type, with ``--strict`` too. The truth
was not changed after measuring.

Missed, all in the harder ``tongguan_enforcement_brigade_textbox_cards.xlsx`` (forms 0/3, points
0/9, precision 0/9): the reader read the three cards' tables whole — every point of B6:B8 on each
sheet with its level (D) and type (C) right, the unit ``潼关县交通运输执法大队`` from the title A1 — but
never the TEXT BOXES (``xl/drawings/drawing1–3.xml``, anchored at B2 over the empty rows 2–4), so
each card became a form with NO holder, NO post and NO 科室 (posts.csv F00001–F00003, person, title,
department and tier blank), and no issue at all was reported on the file (not even a missing
holder). By cell:

- ``Sheet1``!B6, B7, B8 (``重大行政处罚案件不经集体讨论，个人决定`` …): read under no holder (F00001);
  truth 大队长 ``弋瑭洺`` (leader, 科室 "") from the box ``持卡人：弋瑭洺⏎职　务：大队长⏎分管工作：…``;
- ``Sheet2``!B6, B7, B8 (``路面治超中对超限车辆不卸载、以罚代卸`` …): read under no holder (F00002);
  truth 中队长 ``璩珮霖`` (middle, 科室 ``秦东中队``) from the box;
- ``Sheet3``!B6, B7, B8 (``现场检查时私自放行违法车辆`` …): read under no holder (F00003); truth
  执法队员 ``桓澈岷`` (general, 科室 ``太要中队``) from the box.

The scorer keys a point by its holder, so the nine points, right in themselves, count as missed and
as read wrong (levels and types are scored on matched points only: 0/0 here). Kind (one): a holder
block written in an Excel text box (a drawing shape) instead of cells is not read — the reader sees
cells only, so a card whose holder, post and 中队 stand only in a floating text box comes out with
its points under nobody, silently.

Unscored besides: the 公路管理段's ``段领导`` sheet's three leaders came out with the 科室 "" (truth
``段领导``, named so by the tab and the title ``…段领导廉政风险防控表``; the scorer does not hold a
leader's 科室 against the reader even with ``--strict``); every other unit, 科室, post and tier as
the truth has it (posts.csv F00004–F00038). The other issues are info only (TABLE_NO_TYPE on the
two 公路管理段 sheets and the three 自查表, GRADE_BLANK on the three 自查表 and the three 服务中心 cards,
FILE_SKIPPED for truth.json).

Generalised after this measurement: a text box over empty cells (.xlsx) reads as if its text stood
in the cell of its top-left corner, so the holder's details drawn in a box under the card's title
are read (tests/test_columns.py::test_a_text_box_over_empty_cells_reads_as_its_corner_cell). The
batch now reads in full.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re
import zipfile

from openpyxl import load_workbook
from published.batch380 import (
    BANDS,
    BARE,
    BOX_ROW,
    BRIGADE_UNIT,
    CARD_HEAD,
    CARD_TITLE,
    CARDS,
    GRADES,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    TABLE_ROW,
    build,
)
from published.cells import cells, norm
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(380, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
BOX_FILE = "tongguan_enforcement_brigade_textbox_cards"
HARDER = {BOX_FILE}
UNTYPED = {"tongguan_highway_section_two_sheets", "tongguan_road_transport_selfchecks"}
NOBODY = {"tongguan_rural_road_station_posts"}
GAP = "\u3000"


def _in_the_box(form: dict, field: str) -> bool:
    """The harder file's holder, post and 中队 stand in its text boxes, not in a cell."""
    return form["layout"] == BOX_FILE


def _box_texts(name: str) -> list[list[str]]:
    """The text boxes' paragraphs, drawing by drawing, as the .xlsx holds them."""
    path = BATCH.inbox() / f"{name}.xlsx"
    with zipfile.ZipFile(path) as z:
        drawings = sorted(
            (n for n in z.namelist() if re.fullmatch(r"xl/drawings/drawing\d+\.xml", n)),
            key=lambda n: int(re.findall(r"\d+", n)[0]),
        )
        out = []
        for n in drawings:
            xml = z.read(n).decode("utf-8")
            out.append(re.findall(r"<a:t>([^<]*)</a:t>", xml))
    return out


def test_batch380_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=379, unit_words=("潼关县",), new_people=True)


def test_batch380_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(6, 14), unnamed=_in_the_box)
    assert RESAVED == ()


def test_batch380_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch380_every_unit_is_of_tongguan_and_stands_in_its_sheet():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("潼关县") for u in units)
    inbox = BATCH.inbox()
    for lay in LAYOUTS:
        sheets = cells(inbox / f"{lay['name']}.xlsx")
        for f in lay["truth"]:
            here = sheets[f["sheet"]]
            assert any(norm(f["unit"]) in c for c in here), lay["name"]
            if lay["name"] == BOX_FILE:
                continue
            for field in ("department", "title", "person"):
                assert not f[field] or any(norm(f[field]) in c for c in here), (f, field)
    # the 超限运输检测站 has no 科室
    assert {f["department"] for f in BY_NAME["tongguan_overload_station_duties"]["truth"]} == {""}


def test_batch380_holder_only_in_a_text_box():
    name = BOX_FILE
    lay = BY_NAME[name]
    # one card a holder, on tabs as Excel names them
    assert (
        [s["name"] for s in lay["sheets"]]
        == [tab for tab, *_ in CARDS]
        == ["Sheet1", "Sheet2", "Sheet3"]
    )
    assert [f["sheet"] for f in lay["truth"]] == [tab for tab, *_ in CARDS]
    assert {f["unit"] for f in lay["truth"]} == {BRIGADE_UNIT}
    # each text box holds its card's lines, and names the truth's holder, post and 中队
    boxes = _box_texts(name)
    assert boxes == [list(box) for *_, box, _ in CARDS]
    for f, lines in zip(lay["truth"], boxes, strict=True):
        assert lines[0] == f"持卡人：{f['person']}"
        assert lines[1] == f"职{GAP}务：{f['title']}"
        if f["department"]:
            assert lines[2] == f"所在中队：{f['department']}"
        else:
            assert lines[2].startswith("分管工作：") and f["tier"] == "leader"
    # ... and NO CELL does: not the holder, not his post, not his 中队; the tab names nobody
    sheets = cells(BATCH.inbox() / f"{name}.xlsx")
    for f in lay["truth"]:
        book = set().union(*sheets.values())
        for field in ("person", "title", "department"):
            assert not f[field] or not any(norm(f[field]) in c for c in book), (f, field)
        assert f["person"] not in f["sheet"]
    # the box lies over the empty rows between the title and the heading
    for tab, *_ in CARDS:
        rows = BATCH.sheet(name, tab)["rows"]
        assert rows[0][0] == CARD_TITLE and BATCH.merged(name, tab, 0, 0, 4)
        assert all(not any(c is not None for c in rows[r]) for r in range(BOX_ROW, TABLE_ROW))
        assert tuple(rows[TABLE_ROW]) == CARD_HEAD
        box = BATCH.sheet(name, tab)["textboxes"]
        assert [(b["row"], b["col"]) for b in box] == [(BOX_ROW, 1)]
    # the file really carries them as text boxes (a drawing per sheet, openpyxl sees no cell)
    wb = load_workbook(BATCH.inbox() / f"{name}.xlsx")
    for ws in wb.worksheets:
        assert all(
            ws.cell(r, c).value is None for r in range(2, TABLE_ROW + 1) for c in range(1, 6)
        )
        assert ws.cell(TABLE_ROW + 1, 1).value == "序号"
    wb.close()
    # the rows: the box's holder and post, the table's points, levels and types
    for f in lay["truth"]:
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        rows = BATCH.rows(name, f["sheet"])
        assert rows[-2][0] == "持卡人签字：" and rows[-2][1] is None  # left blank for the pen
        assert rows[-1][0].startswith("监督电话")


def test_batch380_plain_tables_by_heading():
    cases = [
        ("tongguan_overload_station_duties",
         {"post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("tongguan_rural_road_station_posts", {"dept": "股室", "post": "岗位", "point": "风险点"},
         "风险类型"),
        ("tongguan_quality_station_every_row",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the 责任领导 column names the 站长 on every row: a supervisor, holder of his own rows only
    name = "tongguan_overload_station_duties"
    table = BATCH.table(name)
    assert BATCH.heading(name)[-1] == "责任领导" and len({row[-1] for row in table}) == 1
    assert sum(row[-1] != row[2] for row in table) >= len(table) // 2
    assert {r[6] for r in table} == set(BARE)
    assert any(str(row[0]).startswith("注：风险等级Ⅰ为高") for row in BATCH.rows(name))
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[3] for r in table}  # 职责事项
    # the short 风险点 is the point (one row each), the long 主要表现 none; nobody
    name = "tongguan_rural_road_station_posts"
    table = BATCH.table(name)
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in table} and len(points) == len(table)
    assert all(len(row[3]) < len(row[4]) for row in table)
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    assert {r[6] for r in table} == set(ROMAN)
    # every row written out, nothing merged down; 主要职责 no point
    name = "tongguan_quality_station_every_row"
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])
    assert all(all(c is not None for c in row[:9]) for row in BATCH.numbered(name))
    table = BATCH.table(name)
    assert {r[7] for r in table} == set(RISKS)
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[4] for r in table}
    # the 公路管理段's two sheets
    name = "tongguan_highway_section_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "廉政风险点"},
        "段领导",
        fixed={"dept": "段领导"},
    )
    assert got == BATCH.truth_rows(name, "段领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    works = {r[3] for r in BATCH.table(name, "段领导")}
    assert not {p["risk_point"] for p in BATCH.points(name)} & works  # 分管工作 no point
    assert {r["level"] for r in BATCH.points(name)} == {1, 2, 3}


def test_batch380_group_rows_give_the_department():
    name = "tongguan_transport_bureau_group_rows"
    rows, dept, got = BATCH.filled(name), None, []
    for r, row in enumerate(rows[BATCH.header(name) + 1 :], BATCH.header(name) + 1):
        if isinstance(row[0], str) and row[0][1:2] == "、":
            dept = row[0][2:]
            assert BATCH.merged(name, 0, r, 0, 6)
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], HML[row[5]]))
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型") == [r["types"] for r in BATCH.points(name)]


def test_batch380_one_sheet_a_person():
    name = "tongguan_service_center_cards"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"]
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["持卡人", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["所在科室", f["department"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        assert {r[3] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
    name = "tongguan_road_transport_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["title"]
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["所在股室", f["department"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        table = BATCH.table(name, f["sheet"])
        assert not {r[1] for r in table} & {p["risk_point"] for p in BATCH.points(name)}
        assert {r[3] for r in table} <= set(BANDS) and not any(types_in(r[2]) for r in table)


def test_batch380_is_read(tmp_path):
    BATCH.is_read(tmp_path)
