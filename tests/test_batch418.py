"""The four-hundred-and-eighteenth batch of published layouts (tests/published/batch418.py): seven
ordinary files as the 发改 and 应急 bodies of one county (宁陕县) really send them — the
应急管理局's two sheets ``局领导 | 股室`` with ``一级/二级/三级``, the 粮食储备库's 排查表 对岗不对人 with
``风险点 | 风险表现`` and ``高风险/中风险/低风险``, the 森林消防大队's 防控卡 one sheet a holder with
``★★★/★★/★``, the 城关镇应急管理站's 自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the
江口回族镇应急管理站's 责任清单 under group rows ``一、站领导`` … with ``一级风险/二级风险/三级风险``, the
筒车湾镇应急管理站's 一览表 with ``部门`` merged, ``姓名`` before ``职务``, ``廉政风险点 | 风险描述`` and
高/中/低, the 皇冠镇应急管理站's 一览表 written out on every row, the type before the point and bare
``Ⅰ/Ⅱ/Ⅲ`` — and one harder: the 发展和改革局's 清单 as a TREE IN ONE COLUMN WHOSE DEPTH IS TOLD ONLY BY
THE CELLS' INDENT (indent 0 a 科室, 1 a ``岗位　姓名``, 2 a point; no codes, no number words, no
merges, no outline) (``python tests/published/score.py --set batch418``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap11 at 57d6eaa
(main's newest when the batch was done; this worktree branched from dev at 229f54e, which holds
57d6eaa's reader and two refactors of collect/fills after it). ``score.py --set batch418``:
``TOTAL                      forms  38/38  points  63/63  recall 1.00 precision 0.94 (63/67)  levels  63/63  types  63/63  noise 4``
and ``TOTAL forms=1.000 recall=1.000 precision=0.940 levels=1.000 types=1.000 noise=4``; with
``--strict``:
``TOTAL                      forms  33/38  points  63/63  recall 1.00 precision 0.94 (63/67)  levels  63/63  types  63/63  noise 4``
and ``TOTAL forms=0.868 recall=1.000 precision=0.940 levels=1.000 types=1.000 noise=4``.
The 9 files of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as
FILE_SKIPPED). SEVEN layouts read in full — every form, point, level and type, with ``--strict``
too — all seven ordinary ones; the harder one read every form, point, level and type but added
four points and lost every 科室. The truth was not changed after measuring.

Missed, all in the harder ``ningshan_development_reform_indented_tree.xlsx`` (sheet 风险防控清单; forms
7/7, with ``--strict`` 2/7; points 11/11; precision 11/15; levels and types 11/11; noise 4):

- the four 科室 rows of indent 0 were read as POINTS, each of the holder read just above it:
  B4 ``局领导`` as a point of a form with no holder and no post (posts.csv F00004), B10 ``办公室`` as a
  point of the 副局长 乜棽珝 (F00006), B16 ``投资股`` of the 会计 郏燊琙 (F00008), B20 ``粮食和物资储备股``
  of the 股长 仝曈湜 (F00009) — risks.csv rows 4, 10, 16, 20 with no type, level or measures; the
  truth: no points, the 科室 of the rows under them. issues.csv has for each an error LEVEL_BLANK
  (D4, D10, D16, D20, ``风险级别未填写``), an error TYPE_BLANK (C4, C10, C16, C20 — the four counted as
  noise) and a warning MEASURES_BLANK (E4 ``风险点“局领导”未填写防控措施`` …);
- so no form got its 科室: every post of the file has ``department`` empty in posts.csv (truth
  ``局领导`` for 局长 綦翯澐 and 副局长 乜棽珝, ``办公室`` for 主任 笪瑱朏 and 会计 郏燊琙, ``投资股`` for 股长
  仝曈湜, ``粮食和物资储备股`` for 股长 厍骞玙 and 科员 阚焜淼); with ``--strict`` the five forms below the
  局领导 miss (the two leaders pass: a leader's 科室 is not compared).

The indent-1 rows were read right: B5 ``局长　綦翯澐`` … B23 ``科员　阚焜淼`` each gave the post and holder
of the points under them (F00005–F00011, tiers 领导/中层/一般 as the truth). Kind: the reader does not
read a cell's alignment indent, so in a tree kept in one column whose depth is told only by the
indent it tells a post row by its ``岗位　姓名`` text but takes a lone 科室 name at the top level for
one more risk point of the holder above (with blank-level, blank-type and blank-measures issues)
instead of the 科室 of the rows under it.

Unscored besides: the four 应急管理站 files were read with the unit cut at the town and the 站 as
its 科室 (``宁陕县城关镇`` | ``应急管理站``; ``宁陕县江口回族镇`` | ``站领导``, ``安全生产监管组`` …; the
scorer counts both writings of a 站's own file as one), and so the 站长 and 副站长 of the 城关镇 and 皇冠镇
stations (no 站领导 in their files) came out 中层岗位 (truth leader). Every other unit, 科室, post and
tier in posts.csv is the truth's. The other issues are info only (TABLE_NO_TYPE on the untyped
sheets, GRADE_BLANK, FILE_SKIPPED for truth.json).

Generalised after this measurement: a 科室 alone in the point's column over a post line alone there
too ('办公室' over '主任　阙知微') heads the posts under it, a tree in one column read by its words whatever
its indent; test_a_tree_in_one_column_names_each_posts_part in tests/test_columns.py says it in
other words (and a 科室's name alone over a point with no post line stays a point).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

import openpyxl
from published.batch418 import (
    BANDS,
    BARE,
    GRADES,
    LAYOUTS,
    PLACE,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    TREE,
    TREE_COL,
    TREE_HEAD,
    TREE_NAME,
    TREE_NOTE,
    TREE_TAB,
    TREE_UNIT,
    build,
)
from published.cells import cells, norm
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(418, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {TREE_NAME}
UNTYPED = {
    "ningshan_emergency_bureau_two_sheets",
    "ningshan_forest_fire_brigade_cards",
    "ningshan_chengguan_station_selfchecks",
}
NOBODY = {"ningshan_grain_depot_posts"}
GAP = "\u3000"


def test_batch418_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=411, unit_words=(PLACE,), new_people=True)


def test_batch418_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch418_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch418_every_unit_is_of_ningshan_and_stands_in_its_sheet():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)
    inbox = BATCH.inbox()
    for lay in LAYOUTS:
        sheets = cells(inbox / f"{lay['name']}.xlsx")
        for f in lay["truth"]:
            here = sheets[f["sheet"]]
            assert any(norm(f["unit"]) in c for c in here), lay["name"]
            for field in ("department", "title", "person"):
                assert not f[field] or any(norm(f[field]) in c for c in here), (f, field)


def _tree_rows():
    """(row, indent, the tree cell, the row's other cells) of the built harder file, from the
    heading down to the note."""
    ws = openpyxl.load_workbook(BATCH.inbox() / f"{TREE_NAME}.xlsx")[TREE_TAB]
    out, inside = [], False
    for row in ws.iter_rows():
        values = [c.value for c in row]
        if tuple(values[: len(TREE_HEAD)]) == TREE_HEAD:
            inside = True
            continue
        if not inside:
            continue
        if values[0] == TREE_NOTE:
            break
        cell = row[TREE_COL]
        out.append((cell.row, int(cell.alignment.indent or 0), cell.value, values))
    return ws, out


def test_batch418_tree_is_told_only_by_the_indent():
    ws, rows = _tree_rows()
    # reading the tree by the indent alone gives the truth
    dept = post = who = None
    got = []
    for _, indent, text, values in rows:
        if indent == 0:
            dept = text
        elif indent == 1:
            post, who = text.split(GAP)
        else:
            got.append((dept, post, who, text, HML[values[3]]))
    assert got == BATCH.truth_rows(TREE_NAME)
    assert [[t] for _, i, _, v in rows if i == 2 for t in [v[2]]] == [
        r["types"] for r in BATCH.points(TREE_NAME)
    ]
    assert {i for _, i, _, _ in rows} == {0, 1, 2}
    assert [text for _, i, text, _ in rows if i == 0] == [d for d, _ in TREE]
    for _, indent, text, values in rows:
        others = values[:TREE_COL] + values[TREE_COL + 1 :]
        if indent < 2:  # a 科室 or post row: that one cell, no 序号, nothing else
            assert all(v is None for v in others), values
        else:
            assert isinstance(values[0], int) and all(v is not None for v in values[:5])
        # nothing but the indent: no code, number word, bracketed number, label, lead space, bold
        assert not re.match(
            r"\s|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、]", text
        )
        assert "：" not in text and ":" not in text
    for r, _, _, _ in rows:
        cell = ws.cell(r, TREE_COL + 1)
        assert not cell.font.bold
        assert not ws.row_dimensions[r].outline_level and not ws.row_dimensions[r].hidden
    tree = {r for r, *_ in rows}
    assert not any(tree & set(range(m.min_row, m.max_row + 1)) for m in ws.merged_cells.ranges)
    # the points are numbered 1…n, the 科室 and post rows are no points
    numbers = [v[0] for _, i, _, v in rows if i == 2]
    assert numbers == list(range(1, len(numbers) + 1))
    points = {p["risk_point"] for p in BATCH.points(TREE_NAME)}
    assert not points & {text for _, i, text, _ in rows if i < 2}
    assert BY_NAME[TREE_NAME]["truth"][0]["unit"] == TREE_UNIT
    # the tree cells are the only indented cells of the workbook
    indented = {(c.row, c.column) for row in ws.iter_rows() for c in row if c.alignment.indent}
    assert indented == {(r, TREE_COL + 1) for r, i, _, _ in rows if i}


def test_batch418_plain_tables_by_heading():
    cases = [
        ("ningshan_tongchewan_station_list",
         {"dept": "部门", "post": "职务", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("ningshan_grain_depot_posts", {"dept": "部室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("ningshan_huangguan_station_every_row",
         {"post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, types in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, types) == [r["types"] for r in BATCH.points(name)], name
    # the short point is the point (one row each), the long description none
    for name, short, long in (
        ("ningshan_tongchewan_station_list", 4, 5),
        ("ningshan_grain_depot_posts", 3, 4),
    ):
        table = BATCH.table(name)
        points = {p["risk_point"] for p in BATCH.points(name)}
        assert not points & {row[long] for row in table} and len(points) == len(table)
        assert all(len(row[short]) < len(row[long]) for row in table)
    name = "ningshan_grain_depot_posts"
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    assert {r[6] for r in BATCH.table(name)} == set(BANDS)
    # 部门 merged, 姓名 BEFORE 职务, 高/中/低
    name = "ningshan_tongchewan_station_list"
    head = BATCH.heading(name)
    assert head.index("姓名") + 1 == head.index("职务")
    first = BATCH.header(name) + 1
    assert (first, 1, first + 2, 1) in BATCH.sheet(name)["merges"]  # 站领导 over three rows
    assert {r[7] for r in BATCH.table(name)} == set(HML)
    # every row written out, nothing merged below the title lines; the type BEFORE the point
    name = "ningshan_huangguan_station_every_row"
    assert BATCH.rows(name)[0] == ["附件1"]
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])
    assert all(all(c is not None for c in row[:7]) for row in BATCH.numbered(name))
    head = BATCH.heading(name)
    assert head.index("风险类型") + 1 == head.index("廉政风险点")
    assert {r[5] for r in BATCH.table(name)} == set(BARE)
    assert any(str(row[0]).startswith("注：风险等级Ⅰ为高") for row in BATCH.rows(name))
    assert {f["department"] for f in BY_NAME[name]["truth"]} == {""}


def test_batch418_leaders_and_staff_in_two_sheets():
    name = "ningshan_emergency_bureau_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "风险点"},
        "局领导",
        fixed={"dept": "局领导"},
    )
    assert got == BATCH.truth_rows(name, "局领导")
    assert BATCH.rows(name, "局领导")[0][0].endswith("局领导廉政风险防控表")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    works = {r[3] for r in BATCH.table(name, "局领导")}
    assert not {p["risk_point"] for p in BATCH.points(name)} & works  # 分管工作 no point
    assert {r["level"] for r in BATCH.points(name)} == {1, 2, 3}
    assert {r[5] for r in BATCH.table(name, "股室")} <= set(GRADES)


def test_batch418_group_rows_give_the_department():
    name = "ningshan_jiangkou_station_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and re.match(r"[一二三四]、", row[0]):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[4], RISKS[row[6]]))
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型") == [r["types"] for r in BATCH.points(name)]
    duties = {row[3] for row in BATCH.table(name)}
    assert not duties & {p["risk_point"] for p in BATCH.points(name)}  # 职责事项 no point


def test_batch418_one_sheet_a_person():
    name = "ningshan_forest_fire_brigade_cards"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["title"]
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["所在中队", f["department"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert {r[2] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
    name = "ningshan_chengguan_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"] and f["department"] == ""
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:5] == [f"姓{GAP}名", f["person"], f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["工作单位", f["unit"]] and rows[2][3] == "填表时间"
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        table = BATCH.table(name, f["sheet"])
        points = {p["risk_point"] for p in BATCH.points(name)}
        assert not {r[1] for r in table} & points and not {r[5] for r in table} & points
        assert {r[3] for r in table} <= set(ROMAN)


def test_batch418_is_read(tmp_path):
    BATCH.is_read(tmp_path)
