"""The three-hundred-and-fifty-fourth batch of published layouts (tests/published/batch354.py): seven
ordinary files as the 交通运输 bodies of one district (大安区) really send them — the 交通运输局's two
sheets ``局领导 | 机关股室`` with ``一级/二级/三级``, the 公路养护段's 一览表 under group rows with short
types and 高/中/低, the 道路运输管理所's 自查表 one sheet a person with one row of three pairs and
``高风险/中风险/低风险``, the 汽车客运站's 排查表 对岗不对人 with ``风险点 | 表现形式`` and ``Ⅰ级/Ⅱ级/Ⅲ级``,
the 交通运输综合行政执法大队's 防控卡 one sheet a holder with ``★★★/★★/★``, the 农村公路管理站's 责任清单
with ``责任股室`` and ``职责事项`` and bare ``Ⅰ/Ⅱ/Ⅲ``, the 交通建设工程质量安全监督站's 一览表 with
``一级风险/二级风险/三级风险`` and a last ``责任领导`` column — and one harder: the 地方海事处's 岗位廉政风险点及
防控措施, whose point table has NO measures column, the measures standing in a list of their own
below it (``二、防控措施``, ``序号 | 对应风险点 | 防控措施 | 落实时限``) keyed back to the points by their
running numbers (``1、2``, ``4—5``, ``1—11``) (``python tests/published/score.py --set batch354``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at f5cd0ec (main's newest when the batch was done; this
worktree branched from dev, whose newest is batch 348 on the same reader). ``score.py --set
batch354``:
``TOTAL                      forms  38/38  points  65/65  recall 1.00 precision 0.89 (65/73)  levels  65/65  types  65/65  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=0.890 levels=1.000 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  38/38  points  65/65  recall 1.00 precision 0.89 (65/73)  levels  65/65  types  65/65  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=0.890 levels=1.000 types=1.000 noise=0``. The 9 files
of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as FILE_SKIPPED). The seven
ordinary layouts read in full — every form, point, level and type, with ``--strict`` too. The
truth was not changed after measuring.

Missed, all in the harder ``daan_maritime_measures_keyed.xlsx`` (sheet ``风险点及措施``: title A1:G1,
the section line ``一、岗位廉政风险点`` A2:G2, the heading ``序号 | 股室 | 岗位 | 姓名 | 廉政风险点 | 风险类别 |
风险等级`` row 3, the 11 points in rows 4–14 with the point in column E; blank row 15, the section
line ``二、防控措施`` A16:G16, the measures' heading ``序号 | 对应风险点 | 防控措施 (C17:F17) | 落实时限`` row
17, the 8 measures in rows 18–25 (the point numbers in B, the text in C:F, the time limit in G);
the 制表 line row 27): forms 7/7, points 11/11, levels and types 11/11, but precision 11/19. The
first table was read in full (F00015–F00021, each with the truth's 科室, post, holder and tier).
The measures' list was read as a SECOND RISK TABLE, its ``对应风险点`` column taken as the risk point
(the header names 风险点) and C:F as its measures: one more form, F00022, with no 科室, post or
holder (unit 大安区地方海事处, no tier), holding 8 points that are the point NUMBERS — B18 ``1、2``, B19
``3``, B20 ``4—5``, B21 ``6、7``, B22 ``8``, B23 ``9``, B24 ``10—11``, B25 ``1—11`` — each with the
measure of its row as its measures, no type and no level (8 LEVEL_BLANK errors at B18:B25, none of
them counted as noise; TABLE_NO_TYPE info at A17); truth: no points, the rows being the measures of
points 1–11 above. Unscored, the same mistake seen from the other side: the 11 true points got NO
measures (risks.csv ``measures`` empty, 11 MEASURES_BLANK warnings at E4:E14), although each is
named by one or two measures below (point 1 by rows 18 and 25, … point 11 by rows 24 and 25).

Kind (one): a measures list under its own heading below a point table that has no measures
column, keyed back to the points by their running numbers (``1、2``, ``4—5``, ``1—11``), is not
recognised as measures: it is read as another risk table whose points are the number cells (its
header ``对应风险点`` holding the word 风险点), giving a holderless form of 8 false points, and the
measures are not carried to the points whose numbers they name.

Unscored besides, in an ordinary layout: the 公路养护段's 一览表 (``daan_highway_maintenance_groups``)
reads every form with an EMPTY unit (the title ``大安区公路养护段岗位廉政风险防控一览表`` not taken as the
unit — a 段 is not known as a unit), and its 段长 钮湜琬 as 中层岗位 (truth leader) with no 科室
(truth ``段领导``, the group row ``一、段领导`` A3:G3), silently (no issue); the lenient and strict
scores do not ask a leader's 科室 or any unit. Every other unit, 科室, post and tier of the ordinary
layouts is as the truth has it. The other issues are info only (TABLE_NO_TYPE on the 交通运输局's two
sheets, the 站's list and the three cards; GRADE_BLANK on the three cards and the three 自查表;
FILE_SKIPPED for truth.json).

Generalised after this measurement: a table of measures naming the points above by their numbers ('对应风险点 | 防控措施' over '1、2 | …'; info MEASURES_BY_NUMBER; tests/test_columns.py::test_a_table_of_measures_naming_the_points_above_by_number), and a 养护段 as a unit with its 段长 its head (tests/test_columns.py::test_a_road_maintenance_section_is_a_unit_and_its_head_a_leader); the harder layout now reads in full.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch354 import (
    BANDS,
    BARE,
    GRADES,
    LAYOUTS,
    MARITIME,
    MEASURE_HEAD,
    MEASURE_LINE,
    MEASURES,
    POINT_HEAD,
    POINT_LINE,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(354, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
KEYED_FILE = "daan_maritime_measures_keyed"
HARDER = {KEYED_FILE}
UNTYPED = {
    "daan_transport_bureau_two_sheets",
    "daan_enforcement_cards",
    "daan_rural_road_station_duties",
}
NOBODY = {"daan_bus_station_posts"}
GAP = "\u3000"


def test_batch354_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=351, unit_words=("大安区",), new_people=True)


def test_batch354_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(6, 14))
    assert RESAVED == ()


def test_batch354_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch354_every_unit_is_of_daan():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("大安区") for u in units)


def _numbers(refs: str) -> list[int]:
    """``1、2`` → [1, 2]; ``4—5`` → [4, 5]."""
    out = []
    for part in refs.split("、"):
        lo, _, hi = part.partition("—")
        out += list(range(int(lo), int(hi or lo) + 1))
    return out


def test_batch354_measures_keyed_to_the_points_by_number():
    name = KEYED_FILE
    rows = BATCH.filled(name)
    lines = [r for r, row in enumerate(rows) if row[0] in (POINT_LINE, MEASURE_LINE)]
    assert [rows[r][0] for r in lines] == [POINT_LINE, MEASURE_LINE]
    assert all(BATCH.merged(name, 0, r, 0, 6) for r in lines)
    head = lines[0] + 1
    assert tuple(rows[head]) == POINT_HEAD and "防控措施" not in rows[head]  # no measures column
    points = []
    for row in rows[head + 1 : lines[1]]:
        if isinstance(row[0], int):
            points.append(row)
        else:
            assert not any(row), row  # the blank row between the two parts
    assert [row[0] for row in points] == list(range(1, len(points) + 1))
    got = [(row[1], row[2], row[3], row[4], HML[row[6]]) for row in points]
    assert got == BATCH.truth_rows(name)
    assert [types_in(row[5]) for row in points] == [r["types"] for r in BATCH.points(name)]
    # the second part: its own heading, measures keyed back by the points' numbers
    mhead = lines[1] + 1
    assert rows[mhead][:3] == list(MEASURE_HEAD[:3]) and rows[mhead][6] == MEASURE_HEAD[6]
    assert BATCH.merged(name, 0, mhead, 2, 5)
    measures = [row for row in rows[mhead + 1 :] if isinstance(row[0], int)]
    assert [(m[1], m[2], m[6]) for m in measures] == MEASURES
    covered = {k for m in measures for k in _numbers(m[1])}
    assert covered == set(range(1, len(points) + 1))  # every point has a measure
    assert any(len(_numbers(m[1])) > 1 for m in measures)  # one measure, several points
    # no measure cell, number cell or time limit is a point; the measures name nobody
    truth = {p["risk_point"] for p in BATCH.points(name)}
    assert not truth & {c for m in measures for c in m if isinstance(c, str)}
    assert len(truth) == len(points) == sum(len(pts) for *_x, pts in MARITIME)
    people = BATCH.holders(name)
    assert not any(p in str(c) for m in measures for c in m for p in people)
    assert all(re.fullmatch(r"[\d、—]+", m[1]) for m in measures)
    tiers = {(f["department"], f["title"]): f["tier"] for f in BY_NAME[name]["truth"]}
    assert tiers == {(d, p): tier for d, p, _w, tier, _pts in MARITIME}


def test_batch354_plain_tables_by_heading():
    cases = [
        ("daan_quality_station_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类别"),
        ("daan_bus_station_posts",
         {"dept": "部门", "post": "岗位", "point": "风险点"}, "风险类别"),
        ("daan_rural_road_station_duties",
         {"dept": "责任股室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, None),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the 监督站's last column names the 分管 leader: a supervisor, not the holder of most rows
    name = "daan_quality_station_list"
    table = BATCH.table(name)
    assert BATCH.heading(name)[-1] == "责任领导"
    assert sum(row[-1] != row[3] for row in table) >= len(table) // 2
    assert {r[6] for r in table} == set(RISKS)
    # the short 风险点 is the point, the long 表现形式 none; the 客运站 names nobody
    name = "daan_bus_station_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    assert {r[6] for r in BATCH.table(name)} == set(ROMAN)
    # the 站's list: 职责事项 no point, bare grades read by the note
    name = "daan_rural_road_station_duties"
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[4] for r in BATCH.table(name)}
    assert {r[6] for r in BATCH.table(name)} == set(BARE)
    assert any(str(row[0]).startswith("注：风险等级Ⅰ为高") for row in BATCH.rows(name))
    # the 交通运输局's two sheets
    name = "daan_transport_bureau_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "廉政风险点"},
        "局领导",
        fixed={"dept": "局领导"},
    )
    assert got == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "机关股室") == BATCH.truth_rows(name, "机关股室")
    assert not {p["risk_point"] for p in BATCH.points(name)} & {
        r[3] for r in BATCH.table(name, "局领导")
    }


def test_batch354_group_rows_give_the_department():
    name = "daan_highway_maintenance_groups"
    rows, dept, got = BATCH.filled(name), None, []
    for row in rows[BATCH.header(name) + 1 :]:
        if isinstance(row[0], str) and row[0][1:2] == "、":
            dept = row[0][2:]
            assert BATCH.merged(name, 0, rows.index(row), 0, 6)
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], HML[row[5]]))
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型") == [r["types"] for r in BATCH.points(name)]


def test_batch354_one_sheet_a_person():
    name = "daan_enforcement_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["持卡人", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:3] == ["所在中队", f["department"], "执法证号"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert {r[3] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
        steps = {r[1] for r in BATCH.table(name, f["sheet"])}
        assert not steps & {p["risk_point"] for p in BATCH.points(name)}  # 执法环节 no point
    name = "daan_transport_management_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == [
            f"姓{GAP}名",
            f["person"],
            "所在股室",
            f["department"],
            f"职{GAP}务",
            f["title"],
        ]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        found = {r[5] for r in BATCH.table(name, f["sheet"])}
        assert not found & {p["risk_point"] for p in BATCH.points(name)}  # 自查结果 no point
        assert {r[3] for r in BATCH.table(name, f["sheet"])} <= set(BANDS)


def test_batch354_is_read(tmp_path):
    BATCH.is_read(tmp_path)
