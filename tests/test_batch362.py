"""The three-hundred-and-sixty-second batch of published layouts (tests/published/batch362.py): seven
ordinary files as the 水务 bodies of one district (灞桥区) really send them — the 水务局's two sheets
``局领导 | 股室`` with ``一级/二级/三级``, the 浐河河道管理站's 一览表 under group rows with short types
and 高/中/低, the 水土保持工作站's 排查表 对岗不对人 with ``风险点 | 表现形式`` and ``★★★/★★/★``, the
供水管理所's 防控卡 one sheet a holder with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 席王街道水利站's 自查表 one sheet a
person with a label row over a row of values and ``高风险/中风险/低风险``, the 水政监察大队's 责任清单
with ``一级风险/二级风险/三级风险`` and a last ``责任领导`` column, the 新筑街道水利站's 一览表 with bare
``Ⅰ/Ⅱ/Ⅲ`` — and one harder: the 灞河河道管理站's 一览表 whose measures are split by the tier that
carries them out, ``防控措施（三级防控）`` over ``岗位自控 | 股室监控 | 站级防控``
(``python tests/published/score.py --set batch362``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at b98af6a (the newest checked out in /work/snap when
the batch was done; this worktree branched from dev at the same commit). ``score.py --set batch362``:
``TOTAL                      forms  37/37  points  59/59  recall 1.00 precision 1.00 (59/59)  levels  59/59  types  59/59  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``; with ``--strict``
the same: ``TOTAL                      forms  37/37  points  59/59  recall 1.00 precision 1.00 (59/59)  levels  59/59  types  59/59  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``.
The 9 files of the inbox: eight .xlsx, no re-saved copies, and truth.json. All eight layouts read in
full, with ``--strict`` too — the harder one included: no scored miss, so no miss by cell to list.
The truth was not changed after measuring.

The harder ``bachiao_bahe_river_station_three_tier_measures.xlsx`` (sheet 一览表): the two-row heading
was read as one table, the ``岗位`` (C2:C3) and ``股室`` (B2:B3) columns as the post and the 科室 and
the sub-headings ``岗位自控 | 股室监控 | 站级防控`` (G3:I3) NOT as a post or a 科室 but as parts of
the measures: each point's measures (risks.csv) are the three cells joined by line breaks, in
order; the six forms (posts.csv F00001–F00006) have the truth's 科室, post, holder and tier. Only
unscored: in the leaders' four rows the ``/`` of ``股室监控`` (H4:H7) is kept as a middle line of
the measures (``…⏎/⏎…``) rather than dropped. Kind: a placeholder ``/`` in one sub-column of
measures joined into one measure is kept as text.

Unscored besides: the 水务局's two leaders get the 科室 ``局领导`` from the tab (F00018, F00019; truth
"" — the sheet has no 科室 column); the two 街道水利站 are read as unit ``灞桥区新筑街道`` /
``灞桥区席王街道`` with 科室 ``水利站`` (F00031–F00037; the scorer counts both writings of a 站's
own file as one), so their 站长 and 副站长 are 中层岗位 (F00031, F00032, F00035; truth leader). The
other issues are info only (TABLE_NO_TYPE on the untyped tables and cards; GRADE_BLANK on the
three cards and the three 自查表).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch362 import (
    BANDS,
    BARE,
    GRADES,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    TIER_HEAD,
    TIER_ROWS,
    TIER_SUBHEAD,
    TIER_UNIT,
    build,
)
from published.cells import cells, norm
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(362, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
TIERED = "bachiao_bahe_river_station_three_tier_measures"
HARDER = {TIERED}
UNTYPED = {
    TIERED,
    "bachiao_water_bureau_two_sheets",
    "bachiao_water_supply_cards",
    "bachiao_xinzhu_water_station_list",
}
NOBODY = {"bachiao_soil_conservation_posts"}
GAP = "\u3000"


def test_batch362_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=358, unit_words=("灞桥区",), new_people=True)


def test_batch362_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(6, 10))
    assert RESAVED == ()


def test_batch362_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch362_every_unit_is_of_bachiao_and_stands_in_its_sheet():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("灞桥区") for u in units)
    inbox = BATCH.inbox()
    for lay in LAYOUTS:
        sheets = cells(inbox / f"{lay['name']}.xlsx")
        for f in lay["truth"]:
            here = sheets[f["sheet"]]
            assert any(norm(f["unit"]) in c for c in here), lay["name"]
            for field in ("department", "title", "person"):
                assert not f[field] or any(norm(f[field]) in c for c in here), (f, field)


def test_batch362_measures_split_by_the_tier_that_carries_them_out():
    name = TIERED
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    # the two heading rows: six columns merged down both, the measures merged across three
    assert tuple(rows[head][:6]) == TIER_HEAD[:6] and rows[head][6:] == [TIER_HEAD[6]] * 3
    assert tuple(rows[head + 1][6:]) == TIER_SUBHEAD and rows[head + 1][:6] == rows[head][:6]
    for c in range(6):
        assert BATCH.merged(name, 0, head, c, c) and BATCH.merged(name, 0, head + 1, c, c)
    assert BATCH.merged(name, 0, head, 6, 8)
    # the sub-headings begin with the words of the post and the 科室 columns to their left
    assert TIER_SUBHEAD[0].startswith(TIER_HEAD[2]) and TIER_SUBHEAD[1].startswith(TIER_HEAD[1])
    # the rows are the truth's points, the holder the row's 股室 | 岗位 | 姓名
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name)
    table = BATCH.table(name)
    assert len(table) == sum(len(points) for *_, points in TIER_ROWS)
    # every row fills the three tiers; only a leader's 股室监控 is "/"; none of them is a point
    points = {p["risk_point"] for p in BATCH.points(name)}
    for row in table:
        assert all(row[c] for c in (6, 7, 8)), row
        assert (row[7] == "/") == (row[1] == "站领导"), row
        assert not {row[6], row[7], row[8]} & points
    # no post, 科室 or holder is named in the measures
    for f in BY_NAME[name]["truth"]:
        assert f["unit"] == TIER_UNIT
        for row in table:
            assert not any(f["person"] in str(row[c]) for c in (6, 7, 8))
    assert {r[5] for r in table} == set(HML)
    notes = [row[0] for row in BATCH.rows(name) if str(row[0]).startswith("注：")]
    assert len(notes) == 1 and all(word in notes[0] for word in TIER_SUBHEAD)


def test_batch362_plain_tables_by_heading():
    cases = [
        ("bachiao_water_inspection_duties",
         {"dept": "责任中队", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类别"),
        ("bachiao_soil_conservation_posts", {"dept": "股室", "post": "岗位", "point": "风险点"},
         "风险类别"),
        ("bachiao_xinzhu_water_station_list", {"post": "岗位", "person": "姓名", "point": "廉政风险点"},
         None),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the 大队's last column names the 大队长 on every row: a supervisor
    name = "bachiao_water_inspection_duties"
    table = BATCH.table(name)
    assert BATCH.heading(name)[-1] == "责任领导" and len({row[-1] for row in table}) == 1
    assert sum(row[-1] != row[3] for row in table) >= len(table) // 2
    assert {r[7] for r in table} == set(RISKS)
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[4] for r in table}  # 职责事项
    # the short 风险点 is the point, the long 表现形式 none; the 站 names nobody
    name = "bachiao_soil_conservation_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    assert {r[6] for r in BATCH.table(name)} == set(STARS)
    assert any(str(row[0]).startswith("注：风险等级★★★为高风险") for row in BATCH.rows(name))
    # bare grades read by the note; no 股室
    name = "bachiao_xinzhu_water_station_list"
    assert {r[4] for r in BATCH.table(name)} == set(BARE)
    assert any(str(row[0]).startswith("注：风险等级Ⅰ为高") for row in BATCH.rows(name))
    assert {f["department"] for f in BY_NAME[name]["truth"]} == {""}
    # the 水务局's two sheets: the leaders' has no 科室 column
    name = "bachiao_water_bureau_two_sheets"
    got = BATCH.by_heading(
        name, {"post": "职务", "person": "姓名", "point": "廉政风险点"}, "局领导"
    )
    assert got == BATCH.truth_rows(name, "局领导")
    assert "股室" not in BATCH.heading(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    works = {r[3] for r in BATCH.table(name, "局领导")}
    assert not {p["risk_point"] for p in BATCH.points(name)} & works  # 分管工作 no point


def test_batch362_group_rows_give_the_department():
    name = "bachiao_chanhe_river_station_group_rows"
    rows, dept, got = BATCH.filled(name), None, []
    for r, row in enumerate(rows[BATCH.header(name) + 1 :], BATCH.header(name) + 1):
        if isinstance(row[0], str) and row[0][1:2] == "、":
            dept = row[0][2:]
            assert BATCH.merged(name, 0, r, 0, 6)
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], HML[row[5]]))
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型") == [r["types"] for r in BATCH.points(name)]
    # two 巡查员 of one post: two forms
    patrol = [f for f in BY_NAME[name]["truth"] if f["title"] == "巡查员"]
    assert len(patrol) == 2 and len({f["person"] for f in patrol}) == 2


def test_batch362_one_sheet_a_person():
    name = "bachiao_water_supply_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["所在股室", f["department"]] and rows[2][2] == f"卡{GAP}号"
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert {r[2] for r in BATCH.table(name, f["sheet"])} <= set(ROMAN)
    name = "bachiao_xiwang_water_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["title"] and f["department"] == ""  # the tab is the post
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f"职{GAP}务", "参加工作时间", "填表日期"]
        assert rows[2][:2] == [f["person"], f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        duties = {r[1] for r in BATCH.table(name, f["sheet"])}
        assert not duties & {p["risk_point"] for p in BATCH.points(name)}  # 岗位职责 no point
        assert {r[4] for r in BATCH.table(name, f["sheet"])} <= set(BANDS)


def test_batch362_is_read(tmp_path):
    BATCH.is_read(tmp_path)
