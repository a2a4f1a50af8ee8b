"""The eight-hundred-and-forty-ninth batch of published layouts (tests/published/batch849.py): seven
ordinary files as the border and port bodies of one border county (那坡县, 百色市, 广西) really send
them — the 边境贸易管理局's 一览表 in two sheets 局领导/股室 with ``一级/二级/三级``, the 平孟边民互市点管理所's
排查表 对岗不对人 with ``…风险`` types and 高/中/低, the 外事办公室's 防控卡 one sheet a person with
``★★★/★★/★``, the 边境管理大队's 清单 under group rows ``一、大队领导`` … with ``一级风险/二级风险/三级风险``,
the 边海防委员会办公室's 自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 口岸管理委员会办公室's 一览表 with
``高风险/中风险/低风险``, the 边境旅游服务中心's 登记表 — and one harder: the 口岸服务中心's 廉政风险防控措施
分解表, one row a point with no 科室/岗位/姓名 column, the holders standing only at the head of the lines of
the ``防控措施（分解到人）`` cell (``科室　岗位　姓名：his own measure``), one to three a row
(``python tests/published/score.py --set batch849``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at be2422b3 (/work/snap50; this worktree branched from
dev at e0d1d412): TOTAL forms=0.833 recall=0.763 precision=0.865 levels=1.000 types=1.000 noise=0
(forms 30/36, points 45/59, precision 45/52); with --strict the same: TOTAL forms=0.833
recall=0.763 precision=0.865 levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx, no
re-saved copies. The seven ordinary layouts read in full (forms, points, levels and types all 1.00,
noise 0, --strict too).

Missed, all in the harder ``napo_port_service_centre_measures_by_holder.xlsx`` (sheet 分解表; forms
0/6, points 0/14, precision 0/7, noise 0): the reader found the table (heading row 3, rows 4–10) and
read its seven points C4–C10 with the right levels (D4–D10, 高/中/低 → Ⅰ/Ⅱ/Ⅲ级), B4–B10 (``业务事项``)
as the duty, and took the whole measures cell E4–E10 as the row's measures, lines and names and
all — so the seven points went to ONE form with no 科室, no post and no holder (posts.csv F00001,
unit 那坡县口岸服务中心, department/person/title blank), where the truth has six holders named only
at the heads of the E-cell lines: 中心主任 凌甯羲 (C4, C8), 副主任 梁翊珖 (C5, C8), 通关协调股 股长 凌琭蘅
(C5, C6), 通关协调股 协调员 梁斐珝 (C5, C6, C10), 综合股 股长 梁芃瑄 (C4, C7, C9) and 综合股 会计
凌瑑岚 (C7, C9), 14 points in all. No issue pointed at the names (only info TABLE_NO_TYPE at A3).
Kind: a list with no holder column whose holders stand only as ``科室　岗位　姓名：`` openings of the
lines of a ``防控措施（分解到人）`` cell, each with his own measure, is read as a holder-less list (对岗不对人
without even a post), the measures cell kept whole, so no point reaches any of its holders.

Not generalised in the stop that measured it (left for the next): a measures cell split into
``岗位　姓名：measure`` lines, one a holder, as the only place the row's holders are written.

Generalised after this measurement: holders named at the head of each line of a 防控措施（分解到人） cell, each with his own line's measure (HOLDERS_BY_MEASURE_LINES, MEASURE_LINE_NO_HOLDER), tests/test_holders_in_measure_lines.py. Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch849 import (
    BY_HOLDER,
    GAP,
    GRADES,
    HIGHS,
    HOLDERS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(849, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"napo_port_service_centre_measures_by_holder"}
TYPED = {
    "napo_pingmeng_market_posts",
    "napo_port_committee_office_list",
    "napo_border_tourism_register",
}
NOBODY = {"napo_pingmeng_market_posts"}


def test_batch849_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=846, unit_words=("那坡县",), new_people=True)


def test_batch849_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch849_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch849_every_unit_is_of_napo():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("那坡县") for u in units)


def test_batch849_measures_lines_give_the_holders():
    name = "napo_port_service_centre_measures_by_holder"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head][:5] == ["序号", "业务事项", "廉政风险点", "风险等级", "防控措施（分解到人）"]
    table = BATCH.table(name)
    assert len(table) == len(BY_HOLDER)
    heads = {GAP.join(x for x in (d, p, w) if x): (d, p, w) for d, p, w, _t in HOLDERS}
    got = []
    for row in table:
        lines = row[4].split("\n")
        assert 1 <= len(lines) <= 3
        for line in lines:
            who, measure = line.split("：", 1)
            assert measure and who in heads
            dept, post, person = heads[who]
            got.append((dept, post, person, row[2], HML[row[3]]))
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    # several holders a row, and no name stands in any cell but the measures
    assert sum(len(row[4].split("\n")) > 1 for row in table) >= 5
    names = {w for _d, _p, w, _t in HOLDERS}
    assert not any(w in str(c) for row in rows for c in row[:4] for w in names)
    assert len(BY_NAME[name]["truth"]) == len(HOLDERS)


def test_batch849_plain_tables_by_heading():
    cases = [
        ("napo_port_committee_office_list",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("napo_border_tourism_register",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("napo_pingmeng_market_posts", {"dept": "股室", "post": "岗位", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "napo_border_trade_bureau_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "局领导") == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")


def test_batch849_group_rows_give_the_department():
    name = "napo_border_brigade_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch849_one_sheet_a_person():
    name = "napo_border_defence_office_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在科室", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "napo_foreign_affairs_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch849_is_read(tmp_path):
    BATCH.is_read(tmp_path)
