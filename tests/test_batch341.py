"""The three-hundred-and-forty-first batch of published layouts (tests/published/batch341.py): seven
ordinary files as the 交通 and 空港 bodies of one district (双流区) really send them — the
空港管理委员会's two sheets ``管委会领导 | 部门`` with ``一级/二级/三级``, the 公共交通有限公司's 一览表 with
short types and 高/中/低, the 道路运输管理所's 排查表 对岗不对人 with ``风险点 | 风险表现`` and
``高风险/中风险/低风险``, the 空港物流园区管理中心's 防控卡 one sheet a holder with ``★★★/★★/★``, the
交通工程质量安全监督站's 自查表 one sheet a person with ``一级风险/二级风险/三级风险``, the
交通运输综合行政执法大队's 责任清单 under group rows with ``职责事项`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the
农村公路养护中心's 一览表 with bare ``Ⅰ/Ⅱ/Ⅲ`` — and one harder: the 交通运输局's 一览表 with NO LEVEL
COLUMN, whose ``分级防控措施`` is merged over three measure columns ``一级风险 | 二级风险 | 三级风险`` and
each point's measures stand in the one column of its level (``python tests/published/score.py --set
batch341``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at c0e96b6 (main's newest when the batch was done; this
worktree branched from it). ``score.py --set batch341``:
``TOTAL                      forms  42/42  points  78/78  recall 1.00 precision 1.00 (78/78)  levels  63/78  types  78/78  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.808 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  42/42  points  78/78  recall 1.00 precision 1.00 (78/78)  levels  63/78  types  78/78  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.808 types=1.000 noise=0``. The 9 files
of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as FILE_SKIPPED). The seven
ordinary layouts read in full — every form, point, level and type, with ``--strict`` too, and
(unscored) every unit, 科室, post and tier as the truth has them. The truth was not changed after
measuring.

Missed, all in the harder ``shuangliu_transport_bureau_tiered_measures.xlsx`` (sheet ``一览表``:
``附件1`` row 1, title row 2, the ``填报单位（盖章）：…`` line row 3, the two heading rows 4–5 — A:F
merged down, ``分级防控措施`` G4:I4, ``一级风险 | 二级风险 | 三级风险`` G5:I5 —, the list in rows 6–20
(廉政风险点 in E, the measures in G, H or I), the ``注：`` line A21, the 填表人 line row 22): forms 7/7,
points 15/15, types 15/15, levels 0/15. Every point was read with its 科室, post, holder, tier and type
right (posts.csv F00036–F00042) but with NO LEVEL: each was reported ``LEVEL_BLANK`` (error,
``风险级别未填写``) and left blank (the forms' computed grade C, score 0, unscored):

- E6, E7 (局领导 局长 仉澍珩; measures in G6, G7): read blank; truth 1, 1;
- E8, E9 (局领导 副局长 郗蔚岑; measures in H8, H9): read blank; truth 2, 2;
- E10, E11, E12 (建设管理科 科长 邰珩溪; G10, G11, H12): read blank; truth 1, 1, 2;
- E13, E14 (建设管理科 科员 阙翎渝; I13, H14): read blank; truth 3, 2;
- E15, E16 (运输管理科 科长 钭澹宁; H15, G16): read blank; truth 2, 1;
- E17, E18 (安全监督科 科长 佴箬汀; H17, I18): read blank; truth 2, 3;
- E19, E20 (财务审计科 会计 蓟骁珣; H19, I20): read blank; truth 2, 3.

Only column G (``一级风险``) was read, and as the measures column: the five level-1 rows got their
measures from it, while the ten rows whose measures stand in H or I (H8, H9, H12, H14, H15, H17,
H19; I13, I18, I20) got none and a ``MEASURES_BLANK`` warning each (``未填写防控措施``, at G8 … G20);
columns H and I were dropped silently — neither joined into the measures, nor read as levels, nor
reported as outside the table (the check line says ``表格外内容 0 处``) —, and the ``注：`` line
saying how the columns grade the points was not used. No point, form or holder came of the
headings or the note (rightly).

Kind (one): a list with no level column whose merged measures heading (``分级防控措施``) is split
into one column per level (``一级风险 | 二级风险 | 三级风险``), each point's measures written in the
column of its level, is read as if the first sub-column were the measures column and the rest
nothing, so every level of the file is missed (and two thirds of its measures with them).

Unscored besides: the ten lost measures and their ten ``MEASURES_BLANK`` warnings above; nothing
else differs (units, 科室, posts and tiers of all 42 forms are right). The other issues are info only
(TABLE_NO_TYPE on the 管委会's two sheets, the 执法大队's list and the three 自查表; GRADE_BLANK on the
three cards and the three 自查表; FILE_SKIPPED for truth.json).

Generalised after this measurement: measures written in the column of the point's level ('分级防控措施' over 一级风险 | 二级风险 | 三级风险; tests/test_columns.py::test_measures_written_in_the_column_of_the_points_level).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch341 import (
    BANDS,
    BARE,
    BUREAU,
    GRADES,
    LAYOUTS,
    LIST_HEAD,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    TIER_COL,
    TIER_HEADS,
    TIER_NOTE,
    TIERED,
    build,
)
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(341, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
TIERED_FILE = "shuangliu_transport_bureau_tiered_measures"
HARDER = {TIERED_FILE}
UNTYPED = {
    "shuangliu_airport_committee_two_sheets",
    "shuangliu_quality_station_selfchecks",
    "shuangliu_enforcement_brigade_groups",
}
NOBODY = {"shuangliu_road_transport_office_posts"}
GAP = "\u3000"


def test_batch341_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=339, unit_words=("双流区",), new_people=True)


def test_batch341_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(7, 16))
    assert RESAVED == ()


def test_batch341_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch341_every_unit_is_of_shuangliu():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("双流区") for u in units)


def test_batch341_the_measure_column_gives_the_level():
    name = TIERED_FILE
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    width = TIER_COL + len(TIER_HEADS)
    # a two-row heading: the list's columns merged down, 分级防控措施 over the three tiers
    assert rows[head][:TIER_COL] == list(LIST_HEAD) == rows[head + 1][:TIER_COL]
    assert rows[head][TIER_COL:width] == [TIERED] * len(TIER_HEADS)
    assert BATCH.merged(name, 0, head, TIER_COL, width - 1)
    assert rows[head + 1][TIER_COL:width] == list(TIER_HEADS)
    assert all(BATCH.merged(name, 0, head + 1, c, c) for c in range(TIER_COL))
    # no level column and no level word in any cell of the list
    texts = [c for row in rows for c in row if isinstance(c, str)]
    assert not any(h in ("风险等级", "风险级别", "等级", "级别") for h in texts)
    listed = [row for row in rows[head + 2 :] if isinstance(row[0], int)]
    assert all(v not in LEVELS for row in listed for v in row)
    # each row's measures in exactly one of the three columns: its level
    got = []
    for row in listed:
        filled = [i for i, v in enumerate(row[TIER_COL:width]) if v]
        assert len(filled) == 1, row
        got.append((row[1], row[2], row[3], row[4], filled[0] + 1))
        assert BATCH.answers(name)[row[4]][4] == types_in(row[5]) and len(types_in(row[5])) == 1
    assert got == BATCH.truth_rows(name)
    assert {lv for *_, lv in got} == {1, 2, 3}
    assert len(listed) == sum(len(p) for *_, p in BUREAU)
    # the note says so, and no heading nor the note is a point
    assert any(row[0] == TIER_NOTE for row in BATCH.rows(name))
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {TIERED, *TIER_HEADS, TIER_NOTE}
    measures = {v for row in listed for v in row[TIER_COL:width] if v}
    assert not points & measures


def test_batch341_plain_tables_by_heading():
    cases = [
        ("shuangliu_public_transport_company_list",
         {"dept": "部门", "post": "岗位", "person": "姓名", "point": "廉洁风险点"}, "风险类型"),
        ("shuangliu_road_transport_office_posts",
         {"dept": "股室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("shuangliu_rural_road_center_list",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the short 风险点 is the point, the long 风险表现 none; the 运管所 names nobody
    name = "shuangliu_road_transport_office_posts"
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[4] for r in BATCH.table(name)}
    assert BATCH.holders(name) == {""}
    assert "姓名" not in BATCH.heading(name)
    assert {r[6] for r in BATCH.table(name)} == set(BANDS)
    # the 养护中心: bare Ⅰ/Ⅱ/Ⅲ read by its note; 科室 on every row, no merges in the table
    name = "shuangliu_rural_road_center_list"
    assert {r[6] for r in BATCH.table(name)} == set(BARE)
    assert any(str(r[0]).startswith("注：风险等级Ⅰ为高风险") for r in BATCH.rows(name))
    head = BATCH.header(name)
    assert not [m for m in BATCH.sheet(name)["merges"] if m[0] > head and m[2] > m[0]]
    # the 管委会's two sheets
    name = "shuangliu_airport_committee_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "廉政风险点"},
        "管委会领导",
        fixed={"dept": "管委会领导"},
    )
    assert got == BATCH.truth_rows(name, "管委会领导")
    heads = {"dept": "部门", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "部门") == BATCH.truth_rows(name, "部门")
    assert not {p["risk_point"] for p in BATCH.points(name)} & {
        r[3] for r in BATCH.table(name, "管委会领导")
    }


def test_batch341_group_rows_give_the_department():
    name = "shuangliu_enforcement_brigade_groups"
    rows, dept, got, duties = BATCH.filled(name), None, [], set()
    for row in rows[BATCH.header(name) + 1 :]:
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[4], ROMAN[row[5]]))
            duties.add(row[3])
    assert got == BATCH.truth_rows(name)
    assert not duties & {p["risk_point"] for p in BATCH.points(name)}  # 职责事项 is no point
    assert BATCH.heading(name)[1:5] == ["岗位", "姓名", "职责事项", "廉政风险点"]


def test_batch341_one_sheet_a_person():
    name = "shuangliu_logistics_park_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["所在科室", f["department"]]
        assert f["sheet"].endswith(f["title"])
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        assert {r[3] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
    name = "shuangliu_quality_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f"股{GAP}室", f"岗{GAP}位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        found = {r[4] for r in BATCH.table(name, f["sheet"])}
        assert not found & {p["risk_point"] for p in BATCH.points(name)}  # 自查情况 no point


def test_batch341_is_read(tmp_path):
    BATCH.is_read(tmp_path)
