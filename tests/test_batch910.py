"""The nine-hundred-and-tenth batch of published layouts (tests/published/batch910.py): seven
ordinary files as the transport bodies of one county (仲巴县) really send them — the 交通运输局's
一览表 in two sheets 局领导/股室 with ``一级/二级/三级``, the 公路养护段's 排查表 对岗不对人 with
``风险点 | 风险表现``, the 运输管理站's 防控卡 one sheet a leader with ``★★★/★★/★``, the 交通质监站's 清单
under group rows ``一、站领导`` … with ``一级风险/二级风险/三级风险``, the 道路运输服务中心's 自查表 one
sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 帕羊镇交管站's 一览表 with ``高风险/中风险/低风险``, the
拉让乡交管站's 登记表 — and one harder: the 农村公路管理站's 一览表 in which the rows of one 股室 hold
their type and level in each other's cells (``二级`` under 风险类型, ``业务流程风险`` under 风险等级)
under right headings (``python tests/published/score.py --set batch910``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 7a2af151 (/work/snap60; this worktree branched from
main at 8cd8f38b), after the tests here passed: TOTAL forms=1.000 recall=1.000 precision=1.000
levels=0.920 types=0.920 noise=0 (forms 31/31, points 50/50, precision 50/50, levels 46/50, types
46/50); with --strict the same: TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.920
types=0.920 noise=0. The 8 files: eight .xlsx, no re-saved copies. The seven ordinary layouts read
in full (forms, points, levels and types all 1.00, noise 0).

Missed, all in the harder ``zhongba_rural_road_station_type_level_swapped.xlsx`` (sheet 一览表;
forms 4/4, points 8/8, precision 8/8, levels 4/8, types 4/8, noise 0): the four rows of the 养护股
(rows 5–8, 股长 逮峤 F00021 and 养护员 钟离翾 F00022) came out with the right holder and point but
with NO type and NO level: the reader took each cell by its heading, so F5 ``一级`` / F6 ``二级`` /
F7 ``三级`` / F8 ``二级`` under 风险类型 gave TYPE_UNKNOWN (raw_risk_type ``一级`` …) and G5
``业务流程风险`` / G6 ``岗位职责风险`` / G7 ``思想道德风险`` / G8 ``业务流程风险`` under 风险等级 gave
LEVEL_UNKNOWN (raw_risk_level ``业务流程风险`` …); risk_type and risk_level blank, the forms graded C
(``风险分值0``). The truth has those four points at 一级/二级/三级/二级 with types 业务流程风险,
岗位职责风险, 思想道德风险, 业务流程风险. The other four rows (站领导 钟离珣 F00020, 客运物流股 逮璆
F00023) read in full. Kind: on rows where a level word stands under the type heading and a type
word under the level heading (the two cells swapped, the headings and the other rows right), the
reader reads each cell by its heading only and reports both unknown, instead of recognising the
pair by content and reading them crosswise.

Unscored besides: the harder file's four LEVEL_UNKNOWN and four TYPE_UNKNOWN errors (above); the
other issues are info only (TABLE_NO_TYPE, GRADE_BLANK, FILE_SKIPPED truth.json).

Not generalised in the stop that measured it (left for the next): a type and a level standing in
each other's columns on some rows only, under right headings (a ``…级`` word under 风险类型 and a
``…风险`` type word under 风险等级 in the same row).

Generalised after this measurement: a row's type and level in each other's cells under right
headings read crosswise (TYPE_LEVEL_CELLS_SWAPPED), tests/test_type_level_cells_swapped.py.
Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch910 import (
    GRADES,
    HIGHS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    SWAPPED,
    build,
)
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(910, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"zhongba_rural_road_station_type_level_swapped"}
TYPED = {
    "zhongba_rural_road_station_type_level_swapped",
    "zhongba_road_maintenance_posts",
    "zhongba_payang_town_station_list",
    "zhongba_larang_township_station_register",
}
NOBODY = {"zhongba_road_maintenance_posts"}


def test_batch910_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=891, unit_words=("仲巴县",), new_people=True)


def test_batch910_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch910_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch910_every_unit_is_of_zhongba():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("仲巴县") for u in units)


def test_batch910_type_and_level_swapped_on_some_rows():
    name = "zhongba_rural_road_station_type_level_swapped"
    rows = BATCH.filled(name)
    head = BATCH.header(name, first="序号")
    heading = rows[head]
    assert heading == [
        "序号",
        "股室",
        "岗位",
        "姓名",
        "廉政风险点",
        "风险类型",
        "风险等级",
        "防控措施",
    ]
    table = [row for row in rows[head + 1 :] if isinstance(row[0], int)]
    assert [row[0] for row in table] == list(range(1, len(table) + 1))
    swapped = [row for row in table if row[5] in GRADES]
    right = [row for row in table if row[6] in GRADES]
    # some rows (the 养护股's, and only they) hold the level under 风险类型 and the type under 风险等级
    assert swapped and right and len(swapped) + len(right) == len(table)
    assert {row[1] for row in swapped} == {"养护股"} and "养护股" not in {row[1] for row in right}
    assert all(types_in(row[6]) for row in swapped) and all(types_in(row[5]) for row in right)
    # the truth: the level is the …级 word and the type the …风险 word, whichever column holds them
    got = []
    for row in table:
        typ, lv = (row[6], row[5]) if row[5] in GRADES else (row[5], row[6])
        got.append((row[1], row[2], row[3], row[4], GRADES[lv]))
        assert types_in(typ)
    assert got == BATCH.truth_rows(name)
    types = [types_in(row[6] if row[5] in GRADES else row[5]) for row in table]
    assert types == [r["types"] for r in BATCH.points(name)]
    assert len(BY_NAME[name]["truth"]) == len(SWAPPED)
    assert sum(s for *_, s, _ in SWAPPED) == 2


def test_batch910_plain_tables_by_heading():
    cases = [
        ("zhongba_payang_town_station_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("zhongba_larang_township_station_register",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("zhongba_road_maintenance_posts", {"dept": "股室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "zhongba_transport_bureau_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "局领导") == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    # the short 风险点 is the point, the long 风险表现 none
    name = "zhongba_road_maintenance_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}


def test_batch910_group_rows_give_the_department():
    name = "zhongba_quality_station_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch910_one_sheet_a_person():
    name = "zhongba_road_transport_centre_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在部门", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "zhongba_transport_management_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch910_is_read(tmp_path):
    BATCH.is_read(tmp_path)
