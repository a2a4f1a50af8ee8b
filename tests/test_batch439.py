"""The four-hundred-and-thirty-ninth batch of published layouts (tests/published/batch439.py):
seven ordinary files as the 文化旅游 bodies of one district (安塞区) really send them — the 文化馆's
责任清单 under group rows ``一、馆领导`` … with ``一级风险/二级风险/三级风险``, the 剪纸艺术馆's file in
two sheets ``馆领导``/``部室`` with ``一级/二级/三级``, the 腰鼓文化服务中心's 排查表 对岗不对人 with
``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 砖窑湾镇综合文化站's 防控卡 one sheet a holder with
``★★★/★★/★``, the 沿河湾镇综合文化站's 自查表 one sheet a person with ``高风险/中风险/低风险``, the
高桥镇综合文化站's 清单 written out on every row with bare ``Ⅰ/Ⅱ/Ⅲ``, the 化子坪镇综合文化站's 一览表
with 高/中/低 — and one harder: the 文化和旅游局's 一览表 whose measures stand one a cell across the
``防控措施`` column and two UNHEADED columns to its right (``python tests/published/score.py --set
batch439``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap16 at 3f0a74a
(this worktree branched from dev at the same commit). ``score.py --set batch439``:
``TOTAL                      forms  31/31  points  54/54  recall 1.00 precision 1.00 (54/54)  levels  54/54  types  54/54  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``; with
``--strict``:
``TOTAL                      forms  31/31  points  54/54  recall 1.00 precision 1.00 (54/54)  levels  54/54  types  54/54  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``.
The 9 files of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as
FILE_SKIPPED). All eight layouts read in full with and without ``--strict`` (every form by its
holder, every point, level and type); there is no scored miss. The truth was not changed after
measuring.

Unscored: in the harder ``ansai_culture_bureau_measures_in_cells.xlsx`` (sheet 一览表) the reader
took the table to end at H (``防控措施``) and kept only each point's FIRST measure (risks.csv
``measures`` = the H cell, e.g. H4 ``严格执行“三重一大”集体决策制度。``); the second and third
measures in the unheaded I and J cells were dropped with 12 warnings CELL_OUTSIDE (e.g. I4
``资金安排方案局内公示。``, J4 ``会议纪要存档备查。``: ``表格右侧(最后一列为 H 列)的内容…不属于任何
列,未被收录``). Kind: measures typed one a cell across unheaded columns right of the one
``防控措施`` heading are read as content outside the table instead of joined to that row's
measures (points, levels and types unaffected). The other issues are info only (TABLE_NO_TYPE
on the untyped sheets, GRADE_BLANK, FILE_SKIPPED for truth.json).

Generalised after this measurement: nothing scored to generalise; left as a gap (unscored): measures
typed one a cell into columns to the right of the one '防控措施' heading, under empty headings, keep
only the first (the others are reported as cells beside the table, CELL_OUTSIDE).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch439 import (
    BANDS,
    BARE,
    CELLS_HEAD,
    CELLS_MEASURE_COLS,
    CELLS_NAME,
    CELLS_ROWS,
    CELLS_TAB,
    GRADES,
    LAYOUTS,
    PLACE,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.cells import cells, norm
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(439, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {CELLS_NAME}
UNTYPED = {
    "ansai_papercut_gallery_two_sheets",
    "ansai_zhuanyaowan_station_cards",
    "ansai_yanhewan_station_selfchecks",
    "ansai_gaoqiao_station_every_row",
}
NOBODY = {"ansai_waist_drum_center_posts"}
GAP = "\u3000"


def test_batch439_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=436, unit_words=(PLACE,), new_people=True)


def test_batch439_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch439_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch439_every_unit_is_of_ansai_and_stands_in_its_sheet():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(PLACE in u for u in units)
    inbox = BATCH.inbox()
    for lay in LAYOUTS:
        sheets = cells(inbox / f"{lay['name']}.xlsx")
        for f in lay["truth"]:
            here = sheets[f["sheet"]]
            assert any(norm(f["unit"]) in c for c in here), lay["name"]
            for field in ("department", "title", "person"):
                assert not f[field] or any(norm(f[field]) in c for c in here), (f, field)


def test_batch439_measures_one_a_cell_under_one_heading():
    name = CELLS_NAME
    sheet = BATCH.sheet(name, CELLS_TAB)
    rows = sheet["rows"]
    head = BATCH.header(name, CELLS_TAB)
    assert tuple(rows[head]) == CELLS_HEAD
    first, *rest = CELLS_MEASURE_COLS
    assert rows[head][first] == "防控措施" and all(rows[head][c] is None for c in rest)
    # the heading is merged over nothing: the two cells right of 防控措施 are unheaded
    assert not any(
        m[0] <= head <= m[2] and m[1] <= c <= m[3] for m in sheet["merges"] for c in rest
    )
    table = BATCH.table(name, CELLS_TAB)
    counts = []
    for row in table:
        measures = [row[c] for c in CELLS_MEASURE_COLS]
        n = sum(m is not None for m in measures)
        assert n >= 1 and all(m is not None for m in measures[:n])  # left-packed
        assert all(m is None for m in measures[n:])
        counts.append(n)
    assert set(counts) == {1, 2, 3}  # the right edge is ragged
    want = [len(ms) for *_x, pts in CELLS_ROWS for *_y, ms in pts]
    assert counts == want
    # the point is 廉政风险点; no measure cell is a point
    got = BATCH.by_heading(
        name, {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, CELLS_TAB
    )
    assert got == BATCH.truth_rows(name)
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[c] for row in table for c in CELLS_MEASURE_COLS}
    assert BATCH.types_by(name, "风险类型", CELLS_TAB) == [r["types"] for r in BATCH.points(name)]


def test_batch439_plain_tables_by_heading():
    cases = [
        ("ansai_waist_drum_center_posts", {"dept": "部室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("ansai_huaziping_station_list", {"post": "岗位", "person": "姓名", "point": "廉政风险点"},
         "风险类型"),
        ("ansai_gaoqiao_station_every_row", {"post": "岗位", "person": "责任人", "point": "廉政风险点"},
         None),
    ]  # fmt: skip
    for name, heads, types in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if types:
            assert BATCH.types_by(name, types) == [r["types"] for r in BATCH.points(name)], name
    name = "ansai_waist_drum_center_posts"
    table = BATCH.table(name)
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in table} and len(points) == len(table)
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    name = "ansai_gaoqiao_station_every_row"
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])
    assert all(all(c is not None for c in row[:6]) for row in BATCH.numbered(name))
    assert {r[4] for r in BATCH.table(name)} == set(BARE)
    name = "ansai_huaziping_station_list"
    assert BATCH.rows(name)[0] == ["附件1"]


def test_batch439_leaders_and_staff_in_two_sheets():
    name = "ansai_papercut_gallery_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "风险点"},
        "馆领导",
        fixed={"dept": "馆领导"},
    )
    assert got == BATCH.truth_rows(name, "馆领导")
    heads = {"dept": "部室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "部室") == BATCH.truth_rows(name, "部室")
    works = {r[3] for r in BATCH.table(name, "馆领导")}
    assert not {p["risk_point"] for p in BATCH.points(name)} & works  # 分管工作 no point


def test_batch439_group_rows_give_the_department():
    name = "ansai_culture_center_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and re.match(r"[一二三四]、", row[0]):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[5]]))
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型") == [r["types"] for r in BATCH.points(name)]


def test_batch439_one_sheet_a_person():
    name = "ansai_zhuanyaowan_station_cards"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["title"] and f["department"] == ""
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert {r[2] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
    name = "ansai_yanhewan_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"] and f["department"] == ""
        rows = BATCH.filled(name, f["sheet"])
        assert rows[2][:2] == [f["person"], f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        table = BATCH.table(name, f["sheet"])
        assert not {r[4] for r in table} & {p["risk_point"] for p in BATCH.points(name)}
        assert {r[2] for r in table} <= set(BANDS)


def test_batch439_is_read(tmp_path):
    BATCH.is_read(tmp_path)
