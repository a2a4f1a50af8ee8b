"""The five-hundred-and-ninety-fourth batch of published layouts (tests/published/batch594.py):
seven ordinary files as the transport and highway bodies of one county (彭阳县) really send them —
the 交通运输局's 一览表 in two sheets 局领导/股室 with ``一级/二级/三级``, the 公路管理段's 排查表 对岗不对人 with
``风险点 | 风险表现``, the 道路运输管理所's 防控卡 one sheet a leader with ``★★★/★★/★``, the 交通运输综合执法大队's
清单 under group rows ``一、大队领导`` … with ``一级风险/二级风险/三级风险``, the 公路超限运输检测站's 自查表 one
sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 交通运输事业发展中心's 一览表 with ``高风险/中风险/低风险``, the
汽车客运站's 登记表 — and one harder: the 农村公路养护站's 养护工程廉政风险排查表, one row a point keyed by
route code and stake, no holder column, the holders in a ``管养路段责任分工`` roster of stake RANGES
(``python tests/published/score.py --set batch594``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 42aec8b (/work/snap9; this worktree branched from dev
at the same commit): TOTAL forms=0.900 recall=0.830 precision=0.800 levels=1.000 types=1.000
noise=0; with --strict the same: TOTAL forms=0.900 recall=0.830 precision=0.800 levels=1.000
types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies. The seven ordinary layouts read
in full (forms, points, levels and types all 1.00, noise 0).

Missed, all in the harder ``pengyang_rural_road_station_stake_sections.xlsx`` (sheet 排查表; forms
0/3, points 0/9, precision 0/11, noise 0): the reader read the nine rows E4–E12 as nine points (each
with its right level) of ONE form with no 科室, post or holder (posts.csv F00001), taking ``路线编号``
for ``其他`` (COLUMN_GUESSED at B3) and ignoring ``桩号``; it did not take the ``管养路段责任分工`` table
(A14, heading A15:F15, rows A16:F18) as a roster, but read on into it as a second form with the post
``管养路段责任分工`` (F00002) whose points are the cells of column E (``职务`` at E15, ``工区长`` at
E16–E18) and whose levels are the names of column F (LEVEL_UNKNOWN at F15–F18: ``负责人``,
``仝璈澔``, ``逯玹甯``, ``仝湝岏``; MEASURES_BLANK at G15–G18). The truth has three forms: 古城养护工区
工区长 仝璈澔 (E4, E5, E12: X412 K3+200, K9+300, K14+050), 新集养护工区 工区长 逯玹甯 (E6, E7, E8: X412
K21+450, K18+600 — the boundary stake opens his section —, K35+800) and 草庙养护工区 工区长 仝湝岏 (E9,
E10, E11: Y205). Kind: a list keyed by a location on the road (route code + stake) whose holders
stand only in a roster of stake RANGES under it is read as one holderless form, and the roster
itself is read on as table rows (its posts as points, its names as levels), so no point reaches
its 工区长.

Unscored besides: the other issues are info only (TABLE_NO_TYPE, COLUMN_GUESSED).

Not generalised in the stop that measured it (left for the next): holders by a roster of stake
ranges (路线编号 + ``K0+000—K18+600``) placing each row's route and stake in a section.

Generalised after this measurement: holders by a roster of ranges (起止桩号 or 序号 ranges, by route), a boundary the range it opens (tests/test_holders_by_ranges.py; info HOLDERS_BY_RANGES). Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch594 import (
    GRADES,
    HIGHS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    SECTIONS,
    STARS,
    WORKS,
    build,
    section_of,
    stake,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(594, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"pengyang_rural_road_station_stake_sections"}
TYPED = {
    "pengyang_highway_section_posts",
    "pengyang_transport_centre_list",
    "pengyang_bus_station_register",
}
NOBODY = {"pengyang_highway_section_posts"}


def test_batch594_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=591, unit_words=("彭阳县",), new_people=True)


def test_batch594_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch594_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch594_every_unit_is_of_pengyang():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("彭阳县") for u in units)


def test_batch594_stakes_in_ranges_give_the_holders():
    name = "pengyang_rural_road_station_stake_sections"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head][:7] == [
        "序号",
        "路线编号",
        "桩号",
        "养护项目",
        "廉政风险点",
        "风险等级",
        "防控措施",
    ]
    table = BATCH.table(name)
    assert len(table) == len(WORKS)
    # the roster as printed: route, "lo—hi", km, 工区, post, holder
    at = next(r for r, row in enumerate(rows) if row[:2] == ["路线编号", "起止桩号"])
    roster = []
    for row in rows[at + 1 : at + 1 + len(SECTIONS)]:
        lo, hi = row[1].split("—")
        roster.append((row[0], stake(lo), stake(hi), row[3], row[4], row[5]))
    got = []
    for row in table:
        hits = [s for s in roster if s[0] == row[1] and s[1] <= stake(row[2]) < s[2]]
        assert len(hits) == 1, row
        _route, _lo, _hi, area, post, who = hits[0]
        got.append((area, post, who, row[4], HML[row[5]]))
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    # one route split between two 工区: the route code alone does not give the holder
    routes = [s[0] for s in SECTIONS]
    split = {r for r in routes if routes.count(r) > 1}
    assert split
    assert len({section_of(r, a)[6] for r, a, *_ in WORKS if r in split}) > 1
    # a stake on the boundary goes to the section it opens
    assert any(stake(a) == stake(s[1]) and s[1] != "K0+000" for r, a, *_ in WORKS for s in SECTIONS
               if s[0] == r)  # fmt: skip
    assert len(BY_NAME[name]["truth"]) == len(SECTIONS)


def test_batch594_plain_tables_by_heading():
    cases = [
        ("pengyang_transport_centre_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("pengyang_bus_station_register",
         {"dept": "部门", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("pengyang_highway_section_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "pengyang_transport_bureau_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "局领导") == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    # the short 风险点 is the point, the long 风险表现 none
    name = "pengyang_highway_section_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}


def test_batch594_group_rows_give_the_department():
    name = "pengyang_enforcement_brigade_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch594_one_sheet_a_person():
    name = "pengyang_overload_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在班组", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "pengyang_road_transport_office_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch594_is_read(tmp_path):
    BATCH.is_read(tmp_path)
