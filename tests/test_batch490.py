"""The four-hundred-and-ninetieth batch of published layouts (tests/published/batch490.py): seven
ordinary files as the 城市管理 bodies of one district (西峰区) really send them — the 城市管理局's
一览表 with 高/中/低 and short types, the 环境卫生管理所's file in two sheets ``所领导``/``股室`` with
``一级/二级/三级``, the 市政设施管理所's 排查表 对岗不对人 with ``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``,
the 园林绿化中心's 防控卡 one sheet a holder with ``★★★/★★/★``, the 路灯管理所's 自查表 one sheet a
person with ``高风险/中风险/低风险``, the 垃圾处理场's 责任清单 under group rows ``一、场领导`` … with
``一级风险/二级风险/三级风险``, the 数字化城市管理指挥中心's 一览表 with 责任人 on every row — and one
harder: the 城管执法大队's 一览表 as a PDF→Excel conversion laid it on fifteen narrow grid columns,
every field, heading and value alike, merged across its own one to three of them
(``python tests/published/score.py --set batch490``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader at f515a43 (``/work/snap29``; this
worktree branched from dev at f515a43 too): TOTAL forms=1.000 recall=1.000 precision=1.000
levels=1.000 types=1.000 noise=0; with --strict the same: TOTAL forms=1.000 recall=1.000
precision=1.000 levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies.
All eight layouts read in full (19/19 forms, 36/36 points, levels and types all right), the
harder ``xifeng_enforcement_brigade_pdf_grid.xlsx`` too (3/3 forms, 6/6 points, 6/6 levels, 6/6
types): the fifteen grid columns were read as the eight fields (risks.csv source_row 4–9, 中队
大队领导/一中队, posts 大队长/中队长/执法队员 with their tiers, each point with its 防控措施), no covered
blank was taken for a field, point or holder. No miss by cell.

Not scored but seen in the export: nothing lost in the harder file (the measures are whole, the
unit is the title's); issues.csv holds info lines only (``TABLE_NO_TYPE`` for the untyped tables,
``GRADE_BLANK``, ``FILE_SKIPPED`` for truth.json), none for the grid file.

Nothing was generalised after this measurement: every layout read in full untuned; the
is_read test keeps it so.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch490 import (
    BRIGADE,
    GRADES,
    HEADING,
    LAYOUTS,
    PLACE,
    RESAVED,
    RISKS,
    ROMAN,
    SPANS,
    STARS,
    STARTS,
    WIDTH,
    WORDS,
    build,
)
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **WORDS}
BATCH = Batch(490, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
GRID = "xifeng_enforcement_brigade_pdf_grid"
HARDER = {GRID}
UNTYPED = {
    "xifeng_sanitation_two_sheets",
    "xifeng_greening_cards",
    "xifeng_streetlight_selfchecks",
    "xifeng_landfill_group_rows",
}
NOBODY = {"xifeng_municipal_posts"}


def test_batch490_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=486, unit_words=(PLACE,), new_people=True)


def test_batch490_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 10))
    assert RESAVED == ()


def test_batch490_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch490_every_unit_is_of_xifeng():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch490_every_field_merged_across_its_grid_columns():
    sheet = BATCH.sheet(GRID, 0)
    rows, merges = sheet["rows"], set(sheet["merges"])
    assert all(len(row) == WIDTH for row in rows)
    head = next(r for r, row in enumerate(rows) if row[0] == "序号")
    assert [rows[head][c] for c in STARTS] == list(HEADING)
    assert sum(v is None for v in rows[head]) == WIDTH - len(HEADING)
    # the heading: every field of more than one grid column a horizontal merge
    for start, span in zip(STARTS, SPANS, strict=True):
        if span > 1:
            assert (head, start, head, start + span - 1) in merges
    points = [(squad, post, who, p) for squad, post, who, _t, ps in BRIGADE for p in ps]
    table = rows[head + 1 : head + 1 + len(points)]
    got, squad, post, who = [], None, None, None
    for k, row in enumerate(table):
        r = head + 1 + k
        # only the fields' first grid columns hold values
        assert all(row[c] is None for c in range(WIDTH) if c not in STARTS)
        assert row[0] == k + 1
        squad, post, who = row[1] or squad, row[3] or post, row[5] or who
        for f in (4, 5, 7):  # point, type, measures: merged across their columns on every row
            assert (r, STARTS[f], r, STARTS[f] + SPANS[f] - 1) in merges
        got.append((squad, post, who, row[6], HML[row[11]]))
    assert got == BATCH.truth_rows(GRID)
    assert [types_in(row[9]) for row in table] == [r["types"] for r in BATCH.points(GRID)]
    # 中队, 岗位, 姓名 merged per person as blocks as wide as their field
    blocks = [m for m in merges if m[0] > head and m[2] > m[0]]
    assert {(m[1], m[3]) for m in blocks} == {(1, 2), (3, 4), (5, 5)}
    assert len(BY_NAME[GRID]["truth"]) == len({(s, p, w) for s, p, w, _ in points}) == 3


def test_batch490_plain_tables_by_heading():
    cases = [
        ("xifeng_bureau_list",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("xifeng_municipal_posts", {"dept": "股室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("xifeng_digital_center_list", {"post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    assert BATCH.holders("xifeng_municipal_posts") == {""}
    name = "xifeng_sanitation_two_sheets"
    got = BATCH.by_heading(name, {"dept": "股室", "post": "岗位", "person": "姓名",
                                  "point": "廉政风险点"}, "股室")  # fmt: skip
    assert got == BATCH.truth_rows(name, "股室")
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉政风险点"}, "所领导",
                           fixed={"dept": "所领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "所领导")
    # the short 风险点 is the point, the long 风险表现 none
    points = {p["risk_point"] for p in BATCH.points("xifeng_municipal_posts")}
    assert not points & {row[4] for row in BATCH.table("xifeng_municipal_posts")}


def test_batch490_group_rows_and_one_sheet_a_person():
    name = "xifeng_landfill_group_rows"
    got = []
    for row in BATCH.filled(name):
        if isinstance(row[0], int):
            got.append(("", row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)
    name = "xifeng_greening_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "xifeng_streetlight_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "岗　位", "填表时间"]
        assert rows[2][:2] == [f["person"], f["title"]] == [f["sheet"], rows[2][1]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch490_is_read(tmp_path):
    BATCH.is_read(tmp_path)
