"""The three-hundred-and-thirty-seventh batch of published layouts (tests/published/batch337.py):
seven ordinary files as the 水务 and 应急 bodies of one city (彭州市) really send them — the 水务局's
two sheets ``局领导 | 科室`` with ``一级/二级/三级``, the 湔江河道管理站's 一览表 with short types and
高/中/低, the 白鹿河水库管理处's 防控卡 one sheet a holder with ``★★★/★★/★``, the
防汛抗旱指挥部办公室's 自查表 one sheet a person with ``一级风险/二级风险/三级风险``, the
应急管理综合行政执法大队's 排查表 对岗不对人 with ``风险点 | 风险表现`` and ``高风险/中风险/低风险``, the
救灾物资储备中心's 责任清单 under group rows with ``职责事项`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the
农村水利服务中心's 一览表 with bare ``Ⅰ/Ⅱ/Ⅲ`` — and one harder: the 应急管理局's 廉政风险点汇总表 with
NO LEVEL COLUMN, its fourteen points RANKED FROM HIGH TO LOW, a ``注：`` line giving only the count
of each level (``按风险等级由高到低排列，其中高风险点5个、中风险点6个、低风险点3个``)
(``python tests/published/score.py --set batch337``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at cccc634 (main's newest when the batch was done; this
worktree branched from it). ``score.py --set batch337``:
``TOTAL                      forms  38/38  points  70/70  recall 1.00 precision 1.00 (70/70)  levels  56/70  types  70/70  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.800 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  38/38  points  70/70  recall 1.00 precision 1.00 (70/70)  levels  56/70  types  70/70  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.800 types=1.000 noise=0``. The 9 files
of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as FILE_SKIPPED). The seven
ordinary layouts read in full — every form, point, level and type — with ``--strict`` too (their
units, 科室, posts and tiers in posts.csv all as the truth has them). The truth was not changed
after measuring.

Missed, all in the harder ``pengzhou_emergency_bureau_ranked_summary.xlsx`` (sheet ``汇总表``: the
title row 1, the ``填报单位（盖章）：…`` line row 2, the header row 3, the list's rows 4–17 (序号 1–14 in
A, 廉政风险点 in E), the ``注：`` line A18 merged across, the 填表人 line row 19): its six forms, fourteen
points and fourteen types read right, but levels 0/14 — every level was read blank, each with an
error LEVEL_BLANK pointed at the point's cell (``风险级别未填写``), where the truth counts the levels
off down the list by the note A18 (``按风险等级由高到低排列，其中高风险点5个、中风险点6个、低风险点3个``):

- E4, E5, E6, E7, E8 (序号 1–5: 雒澔宇, 蒯淏岑, 谯潼鸢, 扈沣洵, 巫渊翎): read blank; truth 1 (高);
- E9, E10, E11, E12, E13, E14 (序号 6–11: 雒澔宇, 蒯淏岑, 谯潼鸢, 扈沣洵, 巫渊翎, 邴溱萱): read blank;
  truth 2 (中);
- E15, E16, E17 (序号 12–14: 扈沣洵, 邴溱萱, 蒯淏岑): read blank; truth 3 (低).

Kind (one): a list without a level column whose ORDER is the level — a note under it saying the
rows are ranked from high to low and giving only the count of each level, naming no row — is not
read: the note's counts are not counted off down the rows, so every level is left blank (and each
point reported as missing its level) though the list's forms, points and types read in full. The
note A18 itself was rightly read as no point.

Unscored besides: the six forms of the harder file have no level, so posts.csv grades them all
``C`` (``风险分值0 → C``, F00001–F00006). The other issues are info only (TABLE_NO_TYPE on the
水务局's two sheets, the 储备中心's list and the three 自查表; GRADE_BLANK on the three cards and the
three 自查表; FILE_SKIPPED for truth.json).

Generalised after this measurement: levels by a ranking and the count of each level ('按风险等级由高到低排列，其中高风险点5个…'; info LEVEL_BY_RANK; tests/test_columns.py::test_levels_by_a_ranking_and_the_count_of_each).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch337 import (
    BANDS,
    BARE,
    COUNTS,
    GRADES,
    LAYOUTS,
    RANKED,
    RANKED_HEAD,
    RANKED_NOTE,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
    level_by_place,
)
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(337, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
RANKED_FILE = "pengzhou_emergency_bureau_ranked_summary"
HARDER = {RANKED_FILE}
UNTYPED = {
    "pengzhou_water_bureau_two_sheets",
    "pengzhou_flood_office_selfchecks",
    "pengzhou_relief_reserve_groups",
}
NOBODY = {"pengzhou_emergency_enforcement_posts"}
GAP = "\u3000"


def test_batch337_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=334, unit_words=("彭州市",), new_people=True)


def test_batch337_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(6, 14))
    assert RESAVED == ()


def test_batch337_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch337_every_unit_is_of_pengzhou():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("彭州市") for u in units)


def test_batch337_the_order_gives_the_levels():
    name = RANKED_FILE
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head] == list(RANKED_HEAD)
    # no level column, and no level word written anywhere in the table
    assert not {"风险等级", "风险级别", "等级", "级别"} & set(RANKED_HEAD)
    listed = BATCH.table(name)
    words = set(LEVELS) | {"高", "中", "低"}
    assert not any(c in words for row in listed for c in row)
    assert not any(str(c).endswith(("级", "风险")) for row in listed for c in row[1:4])
    # the note: ranked from high to low, the count of each level, naming no row
    note = [row[0] for row in rows if isinstance(row[0], str) and row[0].startswith("注：")]
    assert note == [RANKED_NOTE]
    assert "由高到低排列" in RANKED_NOTE and "第" not in RANKED_NOTE.split("。")[0]
    counts = "其中高风险点{}个、中风险点{}个、低风险点{}个".format(*(COUNTS[k] for k in (1, 2, 3)))
    assert counts in RANKED_NOTE and f"共梳理廉政风险点{len(listed)}个" in RANKED_NOTE
    assert sum(COUNTS.values()) == len(listed) == 14
    # each row's level is its place counted off by the note: 1–5 高, 6–11 中, 12–14 低
    assert [row[0] for row in listed] == list(range(1, len(listed) + 1))
    got = [(r[1], r[2], r[3], r[4], level_by_place(r[0])) for r in listed]
    assert sorted(got) == sorted(BATCH.truth_rows(name))  # (the truth goes form by form)
    assert [level_by_place(n) for n in range(1, 15)] == [1] * 5 + [2] * 6 + [3] * 3
    assert [lv for lv, points in RANKED for _ in points] == [
        level_by_place(n) for n in range(1, 15)
    ]
    # types from the type column, one each
    answers = BATCH.answers(name)
    for row in listed:
        assert answers[row[4]][4] == types_in(row[5]) and len(types_in(row[5])) == 1, row
    # a person's rows stand apart, at more than one level: no run of the list is one person's
    forms = BY_NAME[name]["truth"]
    places = {f["person"]: [r[0] for r in listed if r[3] == f["person"]] for f in forms}
    assert places["雒澔宇"] == [1, 6] and places["蒯淏岑"] == [2, 7, 14]
    spread = [f for f in forms if len({r["level"] for r in f["risks"]}) > 1]
    assert len(spread) == len(forms) == 6
    # written on every row, nothing merged down in the table
    assert all(all(row[1:5]) for row in BATCH.numbered(name))
    assert not [m for m in BATCH.sheet(name)["merges"] if m[0] > head and m[2] > m[0]]


def test_batch337_plain_tables_by_heading():
    cases = [
        ("pengzhou_river_station_list",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("pengzhou_emergency_enforcement_posts",
         {"dept": "部门", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("pengzhou_rural_water_center_list",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the short 风险点 is the point, the long 风险表现 none; the 执法大队 names nobody
    name = "pengzhou_emergency_enforcement_posts"
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[4] for r in BATCH.table(name)}
    assert BATCH.holders(name) == {""}
    assert "姓名" not in BATCH.heading(name)
    assert {r[6] for r in BATCH.table(name)} == set(BANDS)
    # the 中心: bare Ⅰ/Ⅱ/Ⅲ read by its note; 科室 on every row, no merges in the table
    name = "pengzhou_rural_water_center_list"
    assert {r[6] for r in BATCH.table(name)} == set(BARE)
    assert any(str(r[0]).startswith("注：风险等级Ⅰ为高风险") for r in BATCH.rows(name))
    head = BATCH.header(name)
    assert not [m for m in BATCH.sheet(name)["merges"] if m[0] > head and m[2] > m[0]]
    # the 水务局's two sheets
    name = "pengzhou_water_bureau_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "廉政风险点"},
        "局领导",
        fixed={"dept": "局领导"},
    )
    assert got == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "科室") == BATCH.truth_rows(name, "科室")
    assert not {p["risk_point"] for p in BATCH.points(name)} & {
        r[3] for r in BATCH.table(name, "局领导")
    }
    assert {r[5] for r in BATCH.table(name, "科室")} <= set(GRADES)


def test_batch337_group_rows_give_the_department():
    name = "pengzhou_relief_reserve_groups"
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


def test_batch337_one_sheet_a_person():
    name = "pengzhou_reservoir_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["所在科室", f["department"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类别", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        assert {r[2] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
    name = "pengzhou_flood_office_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[2] == [f"姓{GAP}名", f["person"], "所在科室", f["department"], f"职{GAP}务",
                           f["title"]]  # fmt: skip
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        table = BATCH.table(name, f["sheet"])
        not_points = {r[1] for r in table} | {r[5] for r in table}  # 岗位职责, 自查情况
        assert not not_points & {p["risk_point"] for p in BATCH.points(name)}


def test_batch337_is_read(tmp_path):
    BATCH.is_read(tmp_path)
