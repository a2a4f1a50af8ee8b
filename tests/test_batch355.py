"""The three-hundred-and-fifty-fifth batch of published layouts (tests/published/batch355.py): seven
ordinary files as the 住房和城乡建设 bodies of one district (旌阳区) really send them — the
住房和城乡建设局's two sheets ``局领导 | 机关股室`` with ``…风险`` types and ``一级/二级/三级``, the
建设工程质量安全监督站's 一览表 under group rows with short types and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 物业服务中心's
防控卡 one sheet a holder with ``★★★/★★/★``, the 房地产交易中心's 排查表 对岗不对人 with ``风险点 |
表现形式`` and ``高风险/中风险/低风险``, the 天元街道办事处's 规划建设办's 自查表 one sheet a person with
two rows of pairs and 高/中/低, the 住房保障服务中心's 责任清单 with ``责任科室`` and ``职责事项`` and bare
``Ⅰ/Ⅱ/Ⅲ``, the 住房专项维修资金管理中心's 一览表 with ``一级风险/二级风险/三级风险`` and a last ``分管领导``
column — and one harder: the 八角井街道办事处's 规划建设办's 一览表, whose ``廉政风险点`` column is an
OUTLINE — work-item rows ``（一）…`` (no 序号, no level) inside each person's merged block, each followed
by its points ``1.…``, ``2.…`` numbered afresh (``python tests/published/score.py --set batch355``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader, checked out in /work/score at 555e35c
(main's reader as of f176a7b and the batch commits after it; this worktree branched from dev at
555e35c). ``score.py --set batch355``:
``TOTAL                      forms  36/36  points  69/69  recall 1.00 precision 0.92 (69/75)  levels  69/69  types  69/69  noise 6``
and ``TOTAL forms=1.000 recall=1.000 precision=0.920 levels=1.000 types=1.000 noise=6``; with
``--strict`` the same:
``TOTAL                      forms  36/36  points  69/69  recall 1.00 precision 0.92 (69/75)  levels  69/69  types  69/69  noise 6``
and ``TOTAL forms=1.000 recall=1.000 precision=0.920 levels=1.000 types=1.000 noise=6``. The 9 files
of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as FILE_SKIPPED). The seven
ordinary layouts read in full — every form, point, level and type, with ``--strict`` too; their
units, 科室 and tiers (unscored) are as the truth has them as well (局领导, 站领导 and 中心领导 included,
the two 街道办事处 with the 科室 规划建设办). The truth was not changed after measuring (one wording slip
in the module docstring was corrected: the harder file has SIX work items, not seven).

Missed, all in the harder ``jingyang_bajiaojing_planning_outline.xlsx`` (sheet ``一览表``: title A1:G1,
the heading ``序号 | 岗位 | 姓名 | 廉政风险点 | 风险类别 | 风险等级 | 防控措施`` row 2, the nine points in rows
4, 5, 7, 9, 10, 12, 13, 15, 17 with the point in D, the six work-item rows 3, 6, 8, 11, 14, 16 with
only the item in D, the 制表 line row 18): forms 4/4 (F00001–F00004, each with the truth's unit
旌阳区八角井街道办事处, 科室 规划建设办, post, holder and tier), points 9/9 (their outline numbers ``1.``
kept, as the truth has them), levels and types 9/9, but precision 9/15 and noise 6. Each WORK ITEM
was read as a POINT of the person in whose merged block it stands, with no type, no level and no
measures — truth: no point, the kind of work the points under it belong to:

- D3 ``（一）“两违”治理`` and D6 ``（二）农村自建房审查`` (主任 璩琤漾, F00001);
- D8 ``（一）老旧小区改造`` (副主任 斛湄珩, F00002);
- D11 ``（一）违法建设巡查`` and D14 ``（二）“两违”公示`` (城建专干 鞠瀚琇, F00003);
- D16 ``（一）建房资料管理`` (档案管理员 缑洢璘, F00004);

each with a LEVEL_BLANK error (F3, F6, F8, F11, F14, F16), a TYPE_BLANK error (E3 … E16: the
batch's noise 6) and a MEASURES_BLANK warning (G3 … G16). Unscored, the same mistake from the other
side: no point got its item as its ``section`` (risks.csv ``section`` empty on all nine).

Kind (one): a work-item line written INSIDE the risk-point column (``（一）…``, no 序号, type, level or
measures, within a person's merged 岗位/姓名 block), above points numbered afresh ``1.``, ``2.`` under
it, is not recognised as a section title of the points below: it is read as a point of that person
with blank type, level and measures.

Unscored besides: the other issues are info only (TABLE_NO_TYPE on the 住房保障服务中心's list and the
three cards; GRADE_BLANK on the three cards and the three 自查表; FILE_SKIPPED for truth.json).

Generalised after this measurement: work items ('（一）…') in the point column heading their numbered points (tests/test_columns.py::test_work_items_in_the_point_column_heading_their_numbered_points); the harder layout now reads in full.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch355 import (
    BANDS,
    BARE,
    GAP,
    GRADES,
    ITEM,
    LAYOUTS,
    OUTLINE_DEPT,
    OUTLINE_HEAD,
    PLANNING,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(355, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
OUTLINE_FILE = "jingyang_bajiaojing_planning_outline"
HARDER = {OUTLINE_FILE}
UNTYPED = {
    "jingyang_property_center_cards",
    "jingyang_housing_security_duties",
}
NOBODY = {"jingyang_housing_exchange_posts"}


def test_batch355_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=354, unit_words=("旌阳区",), new_people=True)


def test_batch355_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(6, 14))
    assert RESAVED == ()


def test_batch355_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch355_every_unit_is_of_jingyang():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("旌阳区") for u in units)


def test_batch355_outline_in_the_point_column():
    name = OUTLINE_FILE
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert tuple(rows[head]) == OUTLINE_HEAD and "科室" not in rows[head]
    assert OUTLINE_DEPT in rows[0][0] and BATCH.merged(name, 0, 0, 0, 6)
    points, items, item, k = [], [], None, 0
    for r, row in enumerate(rows[head + 1 :], head + 1):
        if row[0] is None and row[3] and ITEM.match(row[3]):
            # an item row: only the item in the point column (and the person's merged cells)
            assert row[4] is None and row[5] is None and row[6] is None, row
            assert row[1] and row[2] and BATCH.merged(name, 0, r, 1, 1)
            item, k = row[3], 0
            items.append((row[1], row[2], item))
        elif isinstance(row[0], int):
            k += 1
            assert item is not None and row[3].startswith(f"{k}."), row  # numbered afresh
            points.append(row)
    # the 序号 counts the points only
    assert [row[0] for row in points] == list(range(1, len(points) + 1))
    got = [(OUTLINE_DEPT, row[1], row[2], row[3], HML[row[5]]) for row in points]
    assert got == BATCH.truth_rows(name)
    assert [types_in(row[4]) for row in points] == [r["types"] for r in BATCH.points(name)]
    # the items are no points; every person's block opens with an item row
    truth = {p["risk_point"] for p in BATCH.points(name)}
    assert not truth & {i for *_x, i in items}
    assert len(items) == sum(len(its) for *_x, its in PLANNING) > len(PLANNING)
    assert len(truth) == sum(len(pts) for *_x, its in PLANNING for _i, pts in its)
    for _post, who, _tier, _its in PLANNING:
        first = next(r for r, row in enumerate(rows) if row[2] == who)
        assert ITEM.match(rows[first][3]) and BATCH.sheet(name)["rows"][first][2] == who
    # an item in the middle of a block stands alone in its raw row (the person's cells merged)
    raw = BATCH.sheet(name)["rows"]
    inner = [row for row in raw if row[3] and ITEM.match(row[3]) and row[2] is None]
    assert inner and all(row[:3] == [None, None, None] for row in inner)
    tiers = {(f["title"], f["person"]): f["tier"] for f in BY_NAME[name]["truth"]}
    assert tiers == {(p, w): tier for p, w, tier, _its in PLANNING}


def test_batch355_plain_tables_by_heading():
    cases = [
        ("jingyang_maintenance_fund_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类别"),
        ("jingyang_housing_exchange_posts",
         {"dept": "部门", "post": "岗位", "point": "风险点"}, "风险类别"),
        ("jingyang_housing_security_duties",
         {"dept": "责任科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, None),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the 维修资金管理中心's last column names the 分管 leader: a supervisor, not the holder
    name = "jingyang_maintenance_fund_list"
    table = BATCH.table(name)
    assert BATCH.heading(name)[-1] == "分管领导"
    assert sum(row[-1] != row[3] for row in table) >= len(table) // 2
    assert {r[6] for r in table} == set(RISKS)
    assert {r[-1] for r in table} - BATCH.holders(name)  # a 分管 leader holding no post here
    # the short 风险点 is the point, the long 表现形式 none; the 交易中心 names nobody
    name = "jingyang_housing_exchange_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    assert {r[6] for r in BATCH.table(name)} == set(BANDS)
    # the 中心's list: 职责事项 no point, bare grades read by the note
    name = "jingyang_housing_security_duties"
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[4] for r in BATCH.table(name)}
    assert {r[6] for r in BATCH.table(name)} == set(BARE)
    assert any(str(row[0]).startswith("注：风险等级Ⅰ为高") for row in BATCH.rows(name))
    # the 住建局's two sheets
    name = "jingyang_housing_bureau_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "廉政风险点"},
        "局领导",
        fixed={"dept": "局领导"},
    )
    assert got == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "机关股室") == BATCH.truth_rows(name, "机关股室")
    for sheet in ("局领导", "机关股室"):
        assert BATCH.types_by(name, "风险类型", sheet) == [
            r["types"] for r in BATCH.points(name, sheet)
        ]
    assert not {p["risk_point"] for p in BATCH.points(name)} & {
        r[3] for r in BATCH.table(name, "局领导")
    }


def test_batch355_group_rows_give_the_department():
    name = "jingyang_quality_station_groups"
    rows, dept, got = BATCH.filled(name), None, []
    for r, row in enumerate(rows[BATCH.header(name) + 1 :], BATCH.header(name) + 1):
        if isinstance(row[0], str) and row[0][1:2] == "、":
            dept = row[0][2:]
            assert BATCH.merged(name, 0, r, 0, 6)
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], ROMAN[row[5]]))
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型") == [r["types"] for r in BATCH.points(name)]


def test_batch355_one_sheet_a_person():
    name = "jingyang_property_center_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["持卡人", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:3] == ["所在科室", f["department"], "岗位职责"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert {r[2] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
        assert rows[2][3] not in {p["risk_point"] for p in BATCH.points(name)}  # 岗位职责 no point
    name = "jingyang_tianyuan_planning_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"]  # tabs named by the person
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:4] == ["所在科室", f["department"], "填表日期", "2025年9月"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        found = {r[5] for r in BATCH.table(name, f["sheet"])}
        assert not found & {p["risk_point"] for p in BATCH.points(name)}  # 自查情况 no point
        assert {r[3] for r in BATCH.table(name, f["sheet"])} <= set(HML)


def test_batch355_is_read(tmp_path):
    BATCH.is_read(tmp_path)
