"""The six-hundred-and-twenty-fourth batch of published layouts (tests/published/batch624.py): seven
ordinary files as the energy and coal bodies of one banner (达拉特旗, 鄂尔多斯市) really send them — the
能源局's 一览表 in two sheets 局领导/股室 with ``一级/二级/三级``, the 煤炭事务发展中心's 排查表 对岗不对人 with
``风险点 | 风险表现``, the 新能源产业园管理委员会's 自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 国有罕台煤矿's
清单 under group rows ``一、矿领导`` … with ``一级风险/二级风险/三级风险``, the 能源综合执法大队's 防控卡 one
sheet a leader with ``★★★/★★/★``, the 煤炭交易服务中心's 一览表 with ``高风险/中风险/低风险``, the
节能监察中心's 登记表 — and one harder: the 供电公司's 运行值班岗位廉洁风险防控表, one row a point of a post,
``当值责任人`` merged over ``一值 | 二值 | 三值``, each shift cell the name of that shift's holder of the post
(``python tests/published/score.py --set batch624``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 3c7eee8 (/work/snap14; this worktree branched from dev
at the same commit): TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000
noise=0 (forms 34/34, points 56/56); with --strict the same: TOTAL forms=1.000 recall=1.000
precision=1.000 levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies.
All eight layouts read in full (forms, points, levels and types all 1.00, noise 0), the harder
``dalad_power_supply_duty_shifts.xlsx`` too (sheet 运行值班: 6/6 forms, 12/12 points — each name under
``一值 | 二值 | 三值`` read as a holder of the post on its row). No misses, so no kind of misreading to
report: the shape, though the README's 读得懂的表 does not name shift columns, is read by what the
reader already does with holder columns under one merged heading.

Not generalised in the stop that measured it (nothing missed; left as it is).

Read in full untuned, so nothing was generalised; its reading is asserted since (is_read).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch624 import (
    DUTY,
    GRADES,
    HIGHS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    SHIFTS,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(624, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"dalad_power_supply_duty_shifts"}
TYPED = {
    "dalad_coal_affairs_center_posts",
    "dalad_coal_trading_center_list",
    "dalad_energy_saving_register",
}
NOBODY = {"dalad_coal_affairs_center_posts"}


def test_batch624_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=619, unit_words=("达拉特旗",), new_people=True)


def test_batch624_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch624_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch624_every_unit_is_of_dalad():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("达拉特旗") for u in units)


def test_batch624_shift_columns_give_the_holders():
    name = "dalad_power_supply_duty_shifts"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    n = len(SHIFTS)
    assert rows[head][4 : 4 + n] == ["当值责任人"] * n
    assert rows[head + 1][4 : 4 + n] == SHIFTS
    table = BATCH.table(name)
    assert len(table) == sum(len(points) for *_, points in DUTY)
    got = []
    for row in table:
        assert all(row[4 + j] for j in range(n))
        for j in range(n):
            got.append(("", row[1], row[4 + j], row[2], HML[row[3]]))
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    # three holders a post, every one of them holds all the post's points
    assert len(BY_NAME[name]["truth"]) == n * len(DUTY)
    assert len({who for *_, holders, _ in DUTY for who in holders}) == n * len(DUTY)


def test_batch624_plain_tables_by_heading():
    cases = [
        ("dalad_coal_trading_center_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("dalad_energy_saving_register",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("dalad_coal_affairs_center_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "dalad_energy_bureau_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "局领导") == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    # the short 风险点 is the point, the long 风险表现 none
    name = "dalad_coal_affairs_center_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}


def test_batch624_group_rows_give_the_department():
    name = "dalad_state_coal_mine_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch624_one_sheet_a_person():
    name = "dalad_new_energy_park_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在部门", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "dalad_energy_enforcement_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch624_is_read(tmp_path):
    BATCH.is_read(tmp_path)
