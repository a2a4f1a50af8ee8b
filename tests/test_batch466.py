"""The four-hundred-and-sixty-sixth batch of published layouts (tests/published/batch466.py): seven
ordinary files as the 民政 bodies of one county (卓尼县) really send them — the 社会福利中心's 一览表 with
高/中/低 and short types, the 殡仪服务站's 排查表 对岗不对人 with ``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``,
the 救助管理站's file in two sheets ``站领导``/``股室`` with ``一级/二级/三级``, the 柳林镇民政所's 防控卡
one sheet a holder with ``★★★/★★/★``, the 木耳镇民政所's 自查表 one sheet a person with
``高风险/中风险/低风险``, the 扎古录镇民政所's 责任清单 under group rows ``一、所领导`` … with
``一级风险/二级风险/三级风险``, the 纳浪镇民政所's 一览表 with 责任人 on every row — and one harder: the
民政局's 一览表 pasted whole into ONE cell (A2), lines parted by line breaks and fields by tabs
(``python tests/published/score.py --set batch466``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader at f310d86 (``/work/snap23``; this
worktree branched from dev at f310d86 too): TOTAL forms=0.846 recall=0.841 precision=1.000
levels=1.000 types=1.000 noise=0; with --strict the same: TOTAL forms=0.846 recall=0.841
precision=1.000 levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies. The
seven ordinary layouts read in full (22/22 forms, 37/37 points, levels and types all right).

Missed, all in the harder ``zhuoni_civil_bureau_one_cell.xlsx`` (forms 0/4, points 0/7): on sheet
``一览表`` the one cell A2 (merged A2:H2) holding the whole table — the heading line
``序号⇥科室⇥岗位⇥责任人⇥廉政风险点⇥风险类型⇥风险等级⇥防控措施`` and seven tab-parted lines, truth:
``殡葬服务机构监管中对超范围经营不查处`` … ``票据审核不严，虚列支出`` with 科室 局领导/社会救助股/财务股,
posts 局长/副局长/股长/会计, holders, short types and 高/中/低 — was read as no table at all: nothing
in posts.csv or risks.csv, and the only issue is FILE_NO_FORM (warning: “工作簿中未找到廉政风险识别和
防控表(没有“风险点”“风险级别”等表头)”), which names neither the cell nor the lost points. Kind: a
table pasted whole into one cell (lines by line breaks, fields by tabs) is not unfolded into rows
and columns, so its heading is not seen and the whole file is read as holding no form.

Not read after this measurement: a whole table pasted into one cell is now said by its
cell (warning TABLE_IN_ONE_CELL beside FILE_NO_FORM,
tests/test_columns.py::test_a_whole_table_pasted_into_one_cell_is_said_by_its_cell), its lines are
not unfolded (which row each came from is not known); the batch stays at forms 22/26 and has no
is_read test.

Generalised after this measurement: a cell (merged or not, over one row or several) whose text is
a whole table — its first line a heading the reader knows (three known headings at least, one the
point's, each short and no clause), two lines at least after it each parted into as many fields by
tabs (a copied cell of several lines a quoted field), by ``|`` (a ``|---|`` rule line skipped) or by
runs of two spaces or more (full-width too), then at most lines with no separator — and standing
alone on its rows (no other text there, no other merge across them) is unfolded in place before
any table is looked for, as Excel's 分列 would: its lines rows, their fields cells from its column
on, the rows under it moved down and its merge taken off; the table is then read as any table,
every point reported at the cell that held the text (``source_row`` its row; an issue about one of
its lines names that cell and the line, ``(格内第 4 行)``; the rows under it at their own cells);
info TABLE_IN_ONE_CELL_READ at the cell (here 一览表!A2: 8 lines, tabs, 8 fields). Behind a
one-test gate on the sheet's text (a line break and a separator in it). A cell whose lines part
unevenly or whose heading is no first line is still only warned (TABLE_IN_ONE_CELL); a measures
cell of tab-indented lines, a point cell of numbered lines and a 说明 cell with tabs read as before
(tests/test_table_in_one_cell.py: a 镇卫生院's list typed with ``|``, a 县自然资源局's with runs of
full-width spaces under a title row of its own, a 县教育局's with tabs in a cell merged over rows).
Read 1.00 since (forms 26/26, points 44/44, precision 44/44, levels 44/44, types 44/44, noise 0),
--strict too; batches 444, 716, 734, 736, 926, 931, 987 and 1000 (tables typed one line a cell,
delimited lines, pasted outlines and relays, detail tables in one cell, record lines, wrapped
holders) unchanged at 1.00, --strict.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch466 import (
    BUREAU,
    GRADES,
    LAYOUTS,
    ONE_CELL_HEAD,
    PLACE,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    TAB,
    WORDS,
    build,
)
from published.cells import norm
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **WORDS}
BATCH = Batch(466, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
ONE_CELL = "zhuoni_civil_bureau_one_cell"
HARDER = {ONE_CELL}
UNTYPED = {
    "zhuoni_rescue_station_two_sheets",
    "zhuoni_liulin_office_cards",
    "zhuoni_muer_office_selfchecks",
    "zhuoni_zhagulu_office_group_rows",
}
NOBODY = {"zhuoni_funeral_station_posts"}


def _points_in(form: dict, sheets: dict) -> set[str]:
    """A point is a whole cell of its sheet, or (in the harder layout) one tab-parted field of one
    line of its one cell."""
    here = set(sheets[form["sheet"]])
    if form["layout"] != ONE_CELL:
        return here
    rows = BATCH.sheet(ONE_CELL, form["sheet"])["rows"]
    return here | {norm(field) for row in rows for c in row if isinstance(c, str)
                   for line in c.split("\n") for field in line.split(TAB)}  # fmt: skip


def test_batch466_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=463, unit_words=(PLACE,), new_people=True)


def test_batch466_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 10), points_in=_points_in)
    assert RESAVED == ()


def test_batch466_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch466_every_unit_is_of_zhuoni():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch466_whole_table_in_one_cell():
    (sheet,) = BY_NAME[ONE_CELL]["sheets"]
    rows = sheet["rows"]
    cell = rows[1][0]
    # the one cell holds every line; the rest of its row is the merge
    assert all(c is None for c in rows[1][1:])
    assert (1, 0, 1, 7) in [tuple(m) for m in sheet["merges"]]
    lines = cell.split("\n")
    assert lines[0].split(TAB) == list(ONE_CELL_HEAD)
    records = [line.split(TAB) for line in lines[1:]]
    assert all(len(r) == len(ONE_CELL_HEAD) for r in records)
    assert [r[0] for r in records] == [str(n) for n in range(1, len(records) + 1)]
    got = [(r[1], r[2], r[3], r[4], HML[r[6]]) for r in records]
    assert got == BATCH.truth_rows(ONE_CELL)
    assert [types_in(r[5]) for r in records] == [p["types"] for p in BATCH.points(ONE_CELL)]
    assert len(records) == sum(len(p) for *_x, p in BUREAU)
    # no other cell of the sheet holds a point, a level or a tab
    others = [c for i, row in enumerate(rows) if i != 1 for c in row if isinstance(c, str)]
    points = {p["risk_point"] for p in BATCH.points(ONE_CELL)}
    assert not any(TAB in c or c in points or c in LEVELS for c in others)


def test_batch466_plain_tables_by_heading():
    cases = [
        ("zhuoni_welfare_center_list",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("zhuoni_funeral_station_posts", {"dept": "股室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("zhuoni_nalang_office_list", {"post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "zhuoni_funeral_station_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}
    assert BATCH.holders(name) == {""}
    name = "zhuoni_rescue_station_two_sheets"
    got = BATCH.by_heading(name, {"dept": "股室", "post": "岗位", "person": "姓名",
                                  "point": "廉政风险点"}, "股室")  # fmt: skip
    assert got == BATCH.truth_rows(name, "股室")
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉政风险点"}, "站领导",
                           fixed={"dept": "站领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "站领导")


def test_batch466_group_rows_and_one_sheet_a_person():
    name = "zhuoni_zhagulu_office_group_rows"
    got = []
    for row in BATCH.filled(name):
        if isinstance(row[0], int):
            got.append(("", row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)
    name = "zhuoni_liulin_office_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "zhuoni_muer_office_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "岗　位", "填表时间"]
        assert rows[2][:2] == [f["person"], f["title"]] == [f["sheet"], rows[2][1]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch466_is_read(tmp_path):
    BATCH.is_read(tmp_path)
