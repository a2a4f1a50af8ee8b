"""The six-hundred-and-sixty-fourth batch of published layouts (tests/published/batch664.py): seven
ordinary files as the border bodies of one banner (镶黄旗, 锡林郭勒盟) really send them — the 边境管理大队's
一览表 in two sheets 大队领导/职能部门 with ``一级/二级/三级``, the 护边员管理办公室's 排查表 对岗不对人 with
``风险点 | 风险表现``, the 新宝拉格边境派出所's 自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the
宝格达音高勒边境派出所's 清单 under group rows ``一、所领导`` … with ``一级风险/二级风险/三级风险``, the
翁贡乌拉边境派出所's 防控卡 one sheet a leader with ``★★★/★★/★``, the 哈音海尔瓦边境派出所's 一览表 with
``高风险/中风险/低风险``, the 边海防办公室's 登记表 — and one harder: the 巴音塔拉边境派出所's 所领导班子
廉政风险点排查表, one row a point, ONE holders column whose heading names the three leaders in order
(``责任领导（所长 路翯岷／教导员 娄珺翊／副所长 路澹霏）``) and whose cells hold one slot a leader,
``√`` or ``—`` split by ``／`` (``python tests/published/score.py --set batch664``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 378e780 (/work/snap21; this worktree branched from
dev at the same commit): TOTAL forms=0.897 recall=0.778 precision=0.875 levels=1.000 types=1.000
noise=0; with --strict the same: TOTAL forms=0.897 recall=0.778 precision=0.875 levels=1.000
types=1.000 noise=0 (forms 26/29, points 42/54, precision 42/48, levels 42/42, types 42/42). The 8
files: eight .xlsx, no re-saved copies. The seven ordinary layouts read in full (forms, points,
levels and types all 1.00, noise 0).

Missed, all in the harder ``xianghuang_bayintala_station_slot_ticks.xlsx`` (sheet 所领导; forms 0/3,
points 0/12, precision 0/6, noise 0): the reader found the table (heading A3:E3) and its six points
B4–B9 with the right levels (C4:C9) and measures (E4:E9), but did not take column D
(``责任领导（所长 路翯岷／教导员 娄珺翊／副所长 路澹霏）``, cells D4:D9 ``√／—／√``, ``√／√／—`` …) for
holders at all: the six rows came out as ONE form without a person (posts.csv F00001, department
``所领导`` and title ``领导班子`` taken from the title A1 ``…所领导班子廉政风险点排查表``, section
``分管工作``), each point once; the truth has three holders, 所长 路翯岷 (B4, B5, B7, B9), 教导员 娄珺翊
(B5, B7, B8, B9) and 副所长 路澹霏 (B4, B6, B8, B9), 12 points. Only info issues (TABLE_NO_TYPE at
A3); no warning points at D3 or the slots. Kind: holders named in order in one heading's bracket,
with each cell's ``√``/``—`` slots (split by ``／``) marking by POSITION which of them hold the
row's point, are not read as holders — the column is dropped and the table is read as one
holder-less 领导班子 form.

Unscored besides: the other issues are info only (TABLE_NO_TYPE).

Not generalised in the stop that measured it (left for the next): several holders listed in a
heading's bracket (``post name／post name／…``) with one slot a holder in each cell, ``√`` or ``—``
by position, several ticks a row.

Generalised after this measurement: holders named in order in a heading's bracket with one tick slot a holder in each cell (HOLDERS_BY_HEADING_SLOTS info; a cell of other slots HOLDER_SLOTS_UNMATCHED; tests/test_bracket_holders_slot_ticks.py). Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch664 import (
    DASH,
    GRADES,
    HIGHS,
    LAYOUTS,
    LEADERS,
    RESAVED,
    RISKS,
    ROMAN,
    SHARED,
    SLASH,
    STARS,
    TICK,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(664, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"xianghuang_bayintala_station_slot_ticks"}
TYPED = {
    "xianghuang_guard_office_posts",
    "xianghuang_hayinhaierwa_station_list",
    "xianghuang_border_defence_office_register",
}
NOBODY = {"xianghuang_guard_office_posts"}


def test_batch664_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=661, unit_words=("镶黄旗",), new_people=True)


def test_batch664_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch664_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch664_every_unit_is_of_xianghuang():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("镶黄旗") for u in units)


def test_batch664_slots_give_the_holders():
    name = "xianghuang_bayintala_station_slot_ticks"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    n = len(LEADERS)
    bracket = SLASH.join(f"{post} {who}" for post, who in LEADERS)
    assert rows[head][3] == f"责任领导（{bracket}）"
    table = BATCH.table(name)
    assert len(table) == len(SHARED)
    got = []
    for row in table:
        slots = row[3].split(SLASH)
        assert len(slots) == n and set(slots) <= {TICK, DASH} and TICK in slots
        for j, mark in enumerate(slots):
            if mark == TICK:
                post, who = LEADERS[j]
                got.append(("", post, who, row[1], HML[row[2]]))
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    # several holders a row, and every leader holds points
    assert sum(row[3].count(TICK) > 1 for row in table) >= 3
    assert len(BY_NAME[name]["truth"]) == n


def test_batch664_plain_tables_by_heading():
    cases = [
        ("xianghuang_hayinhaierwa_station_list",
         {"dept": "警组", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("xianghuang_border_defence_office_register",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("xianghuang_guard_office_posts", {"dept": "股室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "xianghuang_border_brigade_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "大队领导") == BATCH.truth_rows(name, "大队领导")
    heads = {"dept": "部门", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "职能部门") == BATCH.truth_rows(name, "职能部门")
    # the short 风险点 is the point, the long 风险表现 none
    name = "xianghuang_guard_office_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}


def test_batch664_group_rows_give_the_department():
    name = "xianghuang_baogedayingaole_station_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch664_one_sheet_a_person():
    name = "xianghuang_xinbaolage_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在警组", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "xianghuang_wengongwula_station_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch664_is_read(tmp_path):
    BATCH.is_read(tmp_path)
