"""The four-hundred-and-eighth batch of published layouts (tests/published/batch408.py): seven
ordinary files as the 茶产业 and 农业 bodies of one county (商南县) really send them — the 农业农村局's two
sheets ``领导班子 | 股室`` with ``一级/二级/三级``, the 农业技术推广站's 排查表 对岗不对人 with ``风险点 |
风险表现`` and ``★★★/★★/★``, the 动物卫生监督所's 防控卡 one sheet a holder with ``Ⅰ级/Ⅱ级/Ⅲ级``, the
富水镇农业综合服务站's 自查表 one sheet a person with ``高风险/中风险/低风险``, the 试马镇 station's 责任清单
under group rows ``一、站领导`` … with ``一级风险/二级风险/三级风险``, the 清油河镇 station's 一览表 written
out on every row with 高/中/低 and a last ``责任人`` column, the 湘河镇 station's 排查表 with bare
``Ⅰ/Ⅱ/Ⅲ`` — and one harder: the 茶产业发展中心's 一览表 whose ``风险等级`` heading is merged over two
sub-headings ``岗位 | 风险点``, the post's grade and each point's
(``python tests/published/score.py --set batch408``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap9 at 374b57a
(main's newest when the batch was done; this worktree branched from dev at 018c882, which is
374b57a plus two README and CHANGELOG commits). ``score.py --set batch408``:
``TOTAL                      forms  36/36  points  62/62  recall 1.00 precision 0.95 (62/65)  levels  51/62  types  62/62  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=0.954 levels=0.823 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  36/36  points  62/62  recall 1.00 precision 0.95 (62/65)  levels  51/62  types  62/62  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=0.954 levels=0.823 types=1.000 noise=0``. The 9
files of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as FILE_SKIPPED). The
SEVEN ORDINARY layouts read in full — every form, point, level and type, with ``--strict`` too. The
truth was not changed after measuring.

Missed, all in the harder ``shangnan_tea_center_split_level.xlsx`` (sheet 一览表; forms 6/6, points
11/11, precision 11/14, levels 0/11, types 11/11): the reader split the table at the merged
``风险等级`` heading (G3:H3 over G4 ``岗位`` | H4 ``风险点``) into two side-by-side tables and took
the sub-headings at their word. (a) The left table A–F gave the six forms and the eleven points
E5:E15 with their types F5:F15, but NO LEVEL (LEVEL_BLANK at E5…E15; truth the H5:H15 levels: 2, 1,
1, 1, 2, 3, 2, 1, 2, 2, 3) and no measures (MEASURES_BLANK at E5…E15; the measures are I5:I15).
(b) The right table G–I (TABLE_NO_TYPE at G3) read the sub-column G ``岗位`` as a POST column — the
post grades ``高`` (G5:G6, G7, G8:G9, G14:G15) and ``中`` (G10:G11, G12:G13) became two posts
titled ``高`` and ``中``, with no 科室 and no holder (posts.csv F00034 with seven rows, F00035 with
four; truth: no form, the post's grade) — and the sub-column H ``风险点`` as the POINT column: the
eleven level words H5:H15 became eleven points ``中``/``高``/``低`` (risks.csv F00034, F00035) each
with the row's measures (I5:I15) and LEVEL_BLANK at H5…H15; truth: no point, they are the levels of
E5:E15. The scorer keys points by (file, holder, point), so the eleven extra rows count as three
extra points (``高``, ``中``, ``低`` with no holder): precision 62/65. Kind: a level heading merged
over two sub-headings that name WHAT is graded (``岗位 | 风险点``: the post's grade and the point's)
is read as a second table whose sub-headings are field headings — the post grade taken as a post,
the point's level taken as a point — so no point gets a level.

Unscored besides: the 农业农村局's ``领导班子`` sheet gave its leaders no 科室 (posts.csv, truth
``领导班子`` from the tab and title; the scorer does not count it); the four 镇 stations were read as
unit ``商南县富水镇`` (… 试马镇, 清油河镇, 湘河镇) with 科室 ``农业综合服务站`` (or the 组), which the scorer
takes as the truth's unit ``商南县富水镇农业综合服务站`` …; their ``站长`` (富水镇, 清油河镇, 湘河镇) and the
清油河镇 ``副站长`` read as 中层岗位 (truth leader; the 试马镇 站长 and 副站长 under ``一、站领导`` read
领导岗位). The other issues are info only (TABLE_NO_TYPE on the untyped sheets, GRADE_BLANK on the
cards and the 自查表, FILE_SKIPPED for truth.json).

Generalised after this measurement: a level heading merged over sub-headings naming what is graded
('风险等级' over '岗位 | 风险点') gives the post's grade and the point's level (locate._GRADED in _two_row;
tests/test_columns.py::test_a_level_heading_over_the_posts_grade_and_the_points_level). The batch
now reads in full.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch408 import (
    BANDS,
    BARE,
    GRADES,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    SPLIT_NAME,
    SPLIT_NOTE,
    SPLIT_ROWS,
    SPLIT_SUB,
    SPLIT_TAB,
    SPLIT_TOP,
    SPLIT_UNIT,
    STARS,
    build,
)
from published.cells import cells, norm
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(408, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {SPLIT_NAME}
UNTYPED = {"shangnan_animal_health_cards", "shangnan_shima_station_duties"}
NOBODY = {"shangnan_extension_station_posts"}
GAP = "\u3000"


def test_batch408_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=406, unit_words=("商南县",), new_people=True)


def test_batch408_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch408_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch408_every_unit_is_of_shangnan_and_stands_in_its_sheet():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("商南县") for u in units)
    inbox = BATCH.inbox()
    for lay in LAYOUTS:
        sheets = cells(inbox / f"{lay['name']}.xlsx")
        for f in lay["truth"]:
            here = sheets[f["sheet"]]
            assert any(norm(f["unit"]) in c for c in here), lay["name"]
            for field in ("department", "title", "person"):
                assert not f[field] or any(norm(f[field]) in c for c in here), (f, field)


def test_batch408_split_level_heading():
    name = SPLIT_NAME
    rows = BATCH.rows(name, SPLIT_TAB)
    head = BATCH.header(name, SPLIT_TAB)
    sheet = BATCH.sheet(name, SPLIT_TAB)
    assert sheet["rows"][head] == list(SPLIT_TOP)
    assert sheet["rows"][head + 1] == list(SPLIT_SUB)
    # 风险等级 merged across G:H over 岗位 | 风险点; every other heading merged down over both rows
    assert (head, 6, head, 7) in sheet["merges"]
    for c in (0, 1, 2, 3, 4, 5, 8):
        assert (head, c, head + 1, c) in sheet["merges"], c
    # the sub-headings are the words of the post's and the point's headings, the post's twice
    assert SPLIT_SUB[6] == SPLIT_TOP[2] == "岗位" and SPLIT_SUB[7] == "风险点"
    table = BATCH.table(name, SPLIT_TAB)
    # the point's level is the right sub-column's, the post's grade (left) is no point's level
    got = [(r[1], r[2], r[3], r[4], HML[r[7]]) for r in table]
    assert got == BATCH.truth_rows(name)
    assert [types_in(r[5]) for r in table] == [p["types"] for p in BATCH.points(name)]
    grades = [HML[r[6]] for r in table]
    levels = [p["level"] for p in BATCH.points(name)]
    differ = sum(g != lv for g, lv in zip(grades, levels, strict=True))
    assert differ == 6 and len(table) == 11
    assert {r[6] for r in table} <= set(HML) and {r[7] for r in table} == set(HML)
    # the post's grade is one a person: merged down over each person's rows
    first = head + 2
    for dept, post, who, _tier, grade, points in SPLIT_ROWS:
        at = next(i for i, r in enumerate(sheet["rows"]) if r[3] == who)
        assert at >= first and sheet["rows"][at][6] == grade
        if len(points) > 1:
            assert (at, 6, at + len(points) - 1, 6) in sheet["merges"], who
        assert {r[6] for r in table if r[3] == who} == {grade}, (dept, post)
    # the note says what the two sub-columns are; it is no point
    assert any(r[0] == SPLIT_NOTE for r in rows)
    assert "岗位风险等级" in SPLIT_NOTE and "该风险点的风险等级" in SPLIT_NOTE
    assert {f["unit"] for f in BY_NAME[name]["truth"]} == {SPLIT_UNIT}


def test_batch408_plain_tables_by_heading():
    cases = [
        ("shangnan_extension_station_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("shangnan_qingyouhe_station_every_row",
         {"post": "岗位", "person": "责任人", "point": "风险点"}, "风险类型"),
        ("shangnan_xianghe_station_list", {"post": "岗位", "person": "姓名", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, types in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, types) == [r["types"] for r in BATCH.points(name)], name
    # the short 风险点 is the point (one row each), the long 风险表现 none; nobody; the stars by a note
    name = "shangnan_extension_station_posts"
    table = BATCH.table(name)
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in table} and len(points) == len(table)
    assert all(len(row[3]) < len(row[4]) for row in table)
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    assert {r[6] for r in table} == set(STARS)
    assert any(str(row[0]).startswith("注：风险等级★★★为高") for row in BATCH.rows(name))
    # every row written out, nothing merged below the title lines; the holder LAST; no 科室
    name = "shangnan_qingyouhe_station_every_row"
    assert BATCH.rows(name)[0] == ["附件1"]
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])
    assert all(all(c is not None for c in row[:7]) for row in BATCH.numbered(name))
    head = BATCH.heading(name)
    assert head[-1] == "责任人" and "科室" not in head
    assert {r[4] for r in BATCH.table(name)} == set(HML)
    # bare Ⅰ/Ⅱ/Ⅲ read by the note; 岗位职责 merged per person, no point
    name = "shangnan_xianghe_station_list"
    table = BATCH.table(name)
    assert {r[6] for r in table} == set(BARE)
    assert not {r[3] for r in table} & {p["risk_point"] for p in BATCH.points(name)}
    assert any(str(row[0]).startswith("注：风险等级Ⅰ为高") for row in BATCH.rows(name))
    assert all(f["department"] == "" for f in BY_NAME[name]["truth"])


def test_batch408_leaders_and_staff_in_two_sheets():
    name = "shangnan_agriculture_bureau_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "风险点"},
        "领导班子",
        fixed={"dept": "领导班子"},
    )
    assert got == BATCH.truth_rows(name, "领导班子")
    assert BATCH.rows(name, "领导班子")[0][0].endswith("领导班子成员廉政风险防控表")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    for tab in ("领导班子", "股室"):
        assert BATCH.types_by(name, "风险类型", tab) == [
            r["types"] for r in BATCH.points(name, tab)
        ]
        assert {r[6] for r in BATCH.table(name, tab)} <= set(GRADES)
    works = {r[3] for r in BATCH.table(name, "领导班子")}
    assert not {p["risk_point"] for p in BATCH.points(name)} & works  # 分管工作 no point
    assert {r["level"] for r in BATCH.points(name)} == {1, 2, 3}
    # the 序号 runs on from the first sheet to the second
    numbers = [r[0] for r in BATCH.numbered(name, "领导班子")] + [
        r[0] for r in BATCH.numbered(name, "股室")
    ]
    assert numbers == list(range(1, len(numbers) + 1))


def test_batch408_group_rows_give_the_department():
    name = "shangnan_shima_station_duties"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and re.match(r"[一二三四]、", row[0]):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[4], RISKS[row[5]]))
    assert got == BATCH.truth_rows(name)
    duties = {row[3] for row in BATCH.table(name)}
    assert not duties & {p["risk_point"] for p in BATCH.points(name)}  # 职责事项 no point
    assert {r[5] for r in BATCH.table(name)} == set(RISKS)


def test_batch408_one_sheet_a_person():
    name = "shangnan_animal_health_cards"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["title"] and f["tier"] in ("leader", "middle", "general")
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["持卡人", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["所在股室", f["department"]] and rows[2][2] == "官方兽医证号"
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert {r[2] for r in BATCH.table(name, f["sheet"])} <= set(ROMAN)
        assert not {rows[2][3]} & {p["risk_point"] for p in BATCH.points(name)}
    name = "shangnan_fushui_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"] and f["department"] == ""
        rows = BATCH.filled(name, f["sheet"])
        # pairs of label and value across, two rows
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"岗{GAP}位", f["title"]]
        assert rows[2][:2] == ["所在单位", f["unit"]] and rows[2][2] == "填表时间"
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        table = BATCH.table(name, f["sheet"])
        assert not {r[1] for r in table} & {p["risk_point"] for p in BATCH.points(name)}
        assert {r[4] for r in table} <= set(BANDS)


def test_batch408_is_read(tmp_path):
    BATCH.is_read(tmp_path)
