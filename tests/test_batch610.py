"""The six-hundred-and-tenth batch of published layouts (tests/published/batch610.py): seven
ordinary files as the 水务 and 农垦 bodies of one county (贺兰县, 银川市) really send them — the
水务局's 一览表 in two sheets 局领导/股室 with ``一级/二级/三级``, the 灌溉管理所's 排查表 对岗不对人 with
``风险点 | 风险表现``, the 水资源服务中心's 自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the
农村供水管理站's 清单 under group rows ``一、站领导`` … with ``一级风险/二级风险/三级风险``, the
京星农牧场's 防控卡 one sheet a leader with ``★★★/★★/★``, the 水利工程建设管理站's 一览表 with
``高风险/中风险/低风险``, the 农牧场管理服务中心's 登记表 — and one harder: the 暖泉农场's
岗位廉政风险点查找登记表, an ordinary list with a ``查找方式`` band of tick columns ``自己找 | 群众帮 |
领导点 | 组织评`` (one to three ``√`` a row) that names no holder and grades nothing
(``python tests/published/score.py --set batch610``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 2d46d80 (/work/snap11, read-only; this worktree
branched from dev at dfb007a): TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000
types=1.000 noise=0 (forms 34/34, points 54/54, precision 54/54, levels 54/54, types 54/54); with
--strict the same: TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0.
The 8 files: eight .xlsx, no re-saved copies. All eight layouts read in full (forms, points,
levels and types all 1.00, noise 0), the harder one included.

Nothing missed. In the harder ``helan_nuanquan_farm_found_by_ticks.xlsx`` (sheet 登记表) the reader
took the two heading rows (4–5) as one heading, passed over the ``查找方式`` band F4:I5 (``自己找 |
群众帮 | 领导点 | 组织评``) and its ``√`` in F6:I15 — no holder, level or type made of them, no issue
raised for them — and read the ten rows E6–E15 as the points of the six holders under 部门/岗位/姓名
(merged cells), each with the 风险等级 of column J, as the truth has them; the ``注：`` line and the
填表人/审核人 line gave no points. Its only issues are info (TABLE_NO_TYPE at A3; GRADE_BLANK and
TABLE_NO_TYPE elsewhere in the batch are info too).

Not generalised in the stop that measured it: nothing to generalise (the tick band of how a
point was found is already passed over).

Read in full untuned, so nothing was generalised; its reading is asserted since (is_read).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch610 import (
    FINDINGS,
    GRADES,
    HIGHS,
    LAYOUTS,
    METHODS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    TICK,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(610, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"helan_nuanquan_farm_found_by_ticks"}
TYPED = {
    "helan_irrigation_station_posts",
    "helan_water_works_station_list",
    "helan_farm_service_centre_register",
}
NOBODY = {"helan_irrigation_station_posts"}


def test_batch610_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=607, unit_words=("贺兰县",), new_people=True)


def test_batch610_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch610_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch610_every_unit_is_of_helan():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("贺兰县") for u in units)


def test_batch610_found_by_ticks_name_no_holder():
    name = "helan_nuanquan_farm_found_by_ticks"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    n = len(METHODS)
    assert rows[head][5 : 5 + n] == ["查找方式"] * n
    assert rows[head + 1][5 : 5 + n] == list(METHODS)
    table = BATCH.table(name)
    assert len(table) == sum(len(points) for *_, points in FINDINGS)
    got = []
    for row in table:
        ticks = [row[5 + j] for j in range(n)]
        # one to three ticks a row, and every other cell of the band empty
        assert 1 <= ticks.count(TICK) <= 3 and ticks.count(None) == n - ticks.count(TICK)
        got.append((row[1], row[2], row[3], row[4], HML[row[5 + n]]))
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    # several ticks in many rows, every method ticked somewhere, and no method a holder
    assert sum(row[5 : 5 + n].count(TICK) > 1 for row in table) >= 5
    assert all(any(row[5 + j] == TICK for row in table) for j in range(n))
    assert not {f["person"] for f in BY_NAME[name]["truth"]} & set(METHODS)
    assert len(BY_NAME[name]["truth"]) == len(FINDINGS)


def test_batch610_plain_tables_by_heading():
    cases = [
        ("helan_water_works_station_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("helan_farm_service_centre_register",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("helan_irrigation_station_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "helan_water_bureau_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "局领导") == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    # the short 风险点 is the point, the long 风险表现 none
    name = "helan_irrigation_station_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}


def test_batch610_group_rows_give_the_department():
    name = "helan_rural_water_supply_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch610_one_sheet_a_person():
    name = "helan_water_resources_centre_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在组室", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "helan_jingxing_ranch_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch610_is_read(tmp_path):
    BATCH.is_read(tmp_path)
