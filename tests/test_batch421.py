"""The four-hundred-and-twenty-first batch of published layouts (tests/published/batch421.py): seven
ordinary files as the 文化旅游 bodies of one county (宜川县) really send them — the 文化和旅游局's two
sheets ``局领导 | 股室`` with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 壶口景区服务中心's 防控表 under group rows
``一、中心领导`` … with ``一级风险/二级风险/三级风险``, the 文化馆's 排查表 对岗不对人 with
``风险点 | 风险表现`` and ``高风险/中风险/低风险``, the 秋林镇综合文化站's 防控卡 one sheet a holder with
``★★★/★★/★``, the 云岩镇综合文化站's 自查表 one sheet a person with 高/中/低, the 集义镇综合文化站's
责任清单 with bare ``Ⅰ/Ⅱ/Ⅲ``, the 壶口镇综合文化站's 一览表 written out on every row — and one harder: the
图书馆's 一览表 kept ONE ROW A MEASURE, each point with its 序号, post, holder, type and level WRITTEN
OUT AGAIN on every row of its measures (``措施序号`` 1, 2, 3), nothing merged
(``python tests/published/score.py --set batch421``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap12 at 6101176
(the commit this worktree branched from: dev's head when the batch was done, ahead of main's
branch ref 57d6eaa). ``score.py --set batch421``:
``TOTAL                      forms  32/32  points  57/57  recall 1.00 precision 1.00 (57/57)  levels  57/57  types  57/57  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  32/32  points  57/57  recall 1.00 precision 1.00 (57/57)  levels  57/57  types  57/57  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``.
The 9 files of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as
FILE_SKIPPED). ALL EIGHT layouts read in full — every form, point, level and type, with
``--strict`` too — the harder one included. No scored miss; the truth was not changed after
measuring.

Unscored, seen in the export (``xlproc collect`` on the built inbox, posts.csv, risks.csv,
issues.csv):

- the harder ``yichuan_library_point_per_measure_row.xlsx`` (sheet 一览表): the reader did not
  join a point's rows into one point: risks.csv has EIGHTEEN risk rows for its 8 points, one a
  measure row (source_row 4–21), the point written in each with ONE measure — D4, D5, D6 each
  ``图书采购项目不经馆务会集体研究，指定供应商`` of 馆长 逯翾珣 (F00023) with H4, H5, H6 as its
  measures, … D17:D19 ``读者押金、复印收入不及时入账`` of 报账员 宓澴琤 (F00026) with H17:H19; the
  truth: ONE point each, its three (two) measures its own. score.py keys points by (file, holder,
  point), so the copies fold into one and score nothing; but posts.csv counts the measure rows as
  points: n_risks 5, 4, 4, 5 for 馆长, 副馆长 庾淏瑧, 采编员 苌翯沄, 报账员 (truth 2 each), n_level_1
  3 for 馆长 (truth 1), 2 for 副馆长 (truth 1), n_level_2 2, 2, 2, 3 (truth 1 each), n_level_3 2 for
  采编员 and 报账员 (truth 1), and its score 13/10/6/8 from them (the grades A, A, B, B). The
  ``措施序号`` column G3 was set aside as 其他 with an info COLUMN_GUESSED (``已有另一列作为“序号”``).
  Kind: the reader takes every table row as a risk row and does not fold rows that repeat the same
  序号, post, holder, point, type and level into one point with their measures joined, so a list kept
  one row a measure is counted as a measure a point wherever points are counted rather than keyed;
- the four 综合文化站 files were read with the unit cut at the town and the 站 as its 科室
  (``宜川县秋林镇`` | ``综合文化站`` …; the scorer counts both writings of a 站's own file as one), and
  so the 站长 of all four and the 集义镇 station's 副站长 came out 中层岗位 (truth leader: the 站 is the
  unit, its 站长 its head), as batch418 found for its 应急管理站.

Every other unit, 科室, post and tier in posts.csv is the truth's; the other issues are info only
(TABLE_NO_TYPE on the untyped sheets, GRADE_BLANK, FILE_SKIPPED for truth.json).

Generalised after this measurement: a row that writes out the point of the row above again, word for
word with its 序号, post, holder, type and level and only another measure beside it, adds that measure
to the point (info POINT_ROWS_JOINED), so a post counts its points, not its measures;
test_a_point_written_out_again_on_each_measures_row in tests/test_columns.py says it in other words
(another 序号 or level keeps a point of its own).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch421 import (
    BANDS,
    BARE,
    GRADES,
    LAYOUTS,
    PLACE,
    RESAVED,
    RISKS,
    ROMAN,
    ROWS,
    ROWS_HEAD,
    ROWS_NAME,
    ROWS_NOTE,
    ROWS_TAB,
    ROWS_UNIT,
    STARS,
    build,
)
from published.cells import cells, norm
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(421, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {ROWS_NAME}
UNTYPED = {
    "yichuan_culture_tourism_bureau_two_sheets",
    "yichuan_qiulin_station_cards",
    "yichuan_jiyi_station_duty_list",
}
NOBODY = {"yichuan_cultural_center_posts"}
GAP = "\u3000"


def test_batch421_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=411, unit_words=(PLACE,), new_people=True)


def test_batch421_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch421_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch421_every_unit_is_of_yichuan_and_stands_in_its_sheet():
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


def test_batch421_one_row_a_measure_the_point_written_again():
    name = ROWS_NAME
    assert BY_NAME[name]["truth"][0]["unit"] == ROWS_UNIT
    assert BATCH.heading(name, ROWS_TAB) == list(ROWS_HEAD)
    assert BATCH.sheet(name, ROWS_TAB)["merges"] and all(  # only the title, field and note lines
        m[0] == m[2] and m[1] == 0 and m[3] == len(ROWS_HEAD) - 1
        for m in BATCH.sheet(name, ROWS_TAB)["merges"]
    )
    table = BATCH.numbered(name, ROWS_TAB)
    assert all(len(row) == len(ROWS_HEAD) and all(c is not None for c in row) for row in table)
    # grouping the rows by 序号 gives the truth: one point per 序号, its rows its measures
    seen, got, last = {}, [], 0
    for row in table:
        n, post, who, point, typ, lv, k, _measure = row
        if n not in seen:
            assert k == 1, row
            seen[n] = (post, who, point, typ, lv)
            got.append(("", post, who, point, GRADES[lv]))
        else:
            assert seen[n] == (post, who, point, typ, lv), row  # written out again, word for word
            assert k == last + 1, row
        last = k
    assert got == BATCH.truth_rows(name)
    assert list(seen) == list(range(1, len(seen) + 1))
    assert [[seen[n][3]] for n in seen] == [r["types"] for r in BATCH.points(name)]
    # every point has two or three measures, so every point stands on two or more rows
    counts = [sum(1 for row in table if row[0] == n) for n in seen]
    assert min(counts) >= 2 and len(table) == sum(counts) > len(seen)
    assert counts == [len(m) for _, _, _, pts in ROWS for _, _, _, m in pts]
    # the measures and their numbers are no points
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[7] for row in table}
    assert any(row == [ROWS_NOTE] + [None] * 7 for row in BATCH.sheet(name, ROWS_TAB)["rows"])
    assert {f["department"] for f in BY_NAME[name]["truth"]} == {""}


def test_batch421_plain_tables_by_heading():
    cases = [
        ("yichuan_cultural_center_posts", {"dept": "部室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("yichuan_hukou_town_station_every_row",
         {"post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, types in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, types) == [r["types"] for r in BATCH.points(name)], name
    # the short point is the point, the long 风险表现 none; no names
    name = "yichuan_cultural_center_posts"
    table = BATCH.table(name)
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in table} and len(points) == len(table)
    assert all(len(row[3]) < len(row[4]) for row in table)
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    assert {r[6] for r in BATCH.table(name)} == set(BANDS)
    # every row written out, nothing merged below the title lines
    name = "yichuan_hukou_town_station_every_row"
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])
    assert all(all(c is not None for c in row[:7]) for row in BATCH.numbered(name))
    assert {r[5] for r in BATCH.table(name)} == set(HML)
    # 职责事项 before the point, bare Ⅰ/Ⅱ/Ⅲ read by the note
    name = "yichuan_jiyi_station_duty_list"
    heads = {"post": "岗位", "person": "责任人", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name)
    assert BATCH.rows(name)[0] == ["附件1"]
    assert not {r[3] for r in BATCH.table(name)} & {p["risk_point"] for p in BATCH.points(name)}
    assert {r[5] for r in BATCH.table(name)} == set(BARE)
    assert any(str(row[0]).startswith("注：风险等级Ⅰ为高") for row in BATCH.rows(name))


def test_batch421_leaders_and_staff_in_two_sheets():
    name = "yichuan_culture_tourism_bureau_two_sheets"
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


def test_batch421_group_rows_give_the_department():
    name = "yichuan_hukou_scenic_center_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and re.match(r"[一二三四]、", row[0]):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[5]]))
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型") == [r["types"] for r in BATCH.points(name)]


def test_batch421_one_sheet_a_person():
    name = "yichuan_qiulin_station_cards"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["title"] and f["department"] == ""
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["所在单位", f["unit"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert {r[2] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
    name = "yichuan_yunyan_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"] and f["department"] == ""
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:5] == [f"姓{GAP}名", f["person"], f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["工作单位", f["unit"]] and rows[2][3] == "填表时间"
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        table = BATCH.table(name, f["sheet"])
        points = {p["risk_point"] for p in BATCH.points(name)}
        assert not {r[1] for r in table} & points and not {r[6] for r in table} & points
        assert {r[4] for r in table} <= set(HML)


def test_batch421_is_read(tmp_path):
    BATCH.is_read(tmp_path)
