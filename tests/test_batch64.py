"""The sixty-fourth batch of published layouts (tests/published/batch64.py): eight ordinary tables
of state-owned enterprises and public institutions — a 自来水公司 一览表 with ``…风险`` types, a 县城乡
供水公司 清单 对岗不对人 one sheet per 部门 under a ``部门:…`` line, a 县博物馆 一览表 with ``权力事项``
beside ``廉政风险点`` and levels ``Ⅰ/Ⅱ/Ⅲ`` without 级, a 国有粮食储备公司 表 whose level is a ``√``
under ``高 | 中 | 低``, a 林场 清单 by 科室/工区 with two-type cells, a 国有林技术服务中心 表 对岗不对人
with a trailing ``监督部门``, a 物业公司 清单 with both ``责任部门`` and ``责任人`` — and one harder: a
农村供水管理总站's 登记卡 per sheet whose trailing ``监督人`` names the 站长, not the holder
(``python tests/published/score.py --set batch64``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

First measured untuned with the reader at 3b2d901: forms 1.000 (29/29), recall 1.000 (40/40),
precision 1.000 (40/40), levels 1.000 (40/40), types 1.000 (40/40), noise 0; with --strict the
same: forms 1.000 (29/29), recall 1.000 (40/40), precision 1.000 (40/40), levels 1.000 (40/40),
types 1.000 (40/40), noise 0. Missed:

- nothing: no form, point, level or type of this batch was missed, in either mode.

Read right: the 自来水公司's 部门 merged and 岗位/责任人/岗位职责 merged per person with ``…风险``
types; the 供水公司's sheets per 部门 with the 部门 from each sheet's ``部门:…`` line and
``高风险/中风险/低风险``; the 博物馆's ``廉政风险点`` kept as the point beside ``权力事项``, ``Ⅰ/Ⅱ/Ⅲ``
without 级 and the holder from ``责任人`` with no post; the 粮食储备公司's ``√`` under ``高 | 中 | 低``
of the two-row header; the 林场's ``科室/工区`` and two-type cells, the 说明 line no point; the
技术服务中心's post list 对岗不对人 under ``填报单位:…`` with ``监督部门`` taken for no 部门; the 物业公司's
``责任部门`` and ``责任人`` together; the harder 登记卡's holder from the pairs above the table, the
``监督人`` column (the 站长) not taken for the holder (strict too).

(Read in full before any change for it: nothing in this batch was generalised on.)

(Nothing missed.)

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch64 import BARE_ROMAN, LAYOUTS, TICK, WORDS, build
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **WORDS, **BARE_ROMAN}
BATCH = Batch(64, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"rural_water_station_cards"}
TYPED = {"rural_water_station_cards", "water_company_posts", "forest_farm_sections",
         "forest_center_supervisors"}  # fmt: skip
NOBODY = {"county_water_dept_sheets", "forest_center_supervisors"}


def test_batch64_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 10), harder=HARDER, sees=61)


def test_batch64_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY)


def test_batch64_levels_and_types():
    BATCH.levels_and_types(typed=TYPED)


def test_batch64_ticks_sheets_and_cards():
    name = "grain_reserve_ticks"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head][5:8] == ["风险等级"] * 3 and rows[head + 1][5:8] == ["高", "中", "低"]
    got = []
    for row in rows[head + 2 :]:
        ticks = [c for c in (5, 6, 7) if row[c] == TICK]
        if ticks:
            assert len(ticks) == 1
            got.append((row[1], row[2], row[3], row[4], ticks[0] - 4))
    assert got == BATCH.truth_rows(name)
    name = "county_water_dept_sheets"
    for sheet in _sheet_names(name):
        rows = BATCH.filled(name, sheet)
        assert rows[1][0] == f"部门:{sheet}"
        head = BATCH.header(name, sheet)
        got = [(sheet, r[1], "", r[2], WORDS[r[3]]) for r in rows[head + 1 :] if r[3] in WORDS]
        assert got == BATCH.truth_rows(name, sheet)
    name = "rural_water_station_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓名", f["person"], "职务", f["title"], "科室", f["department"]]
        head = BATCH.header(name, f["sheet"])
        sups = {r[5] for r in rows[head + 1 :] if r[3] in HML}
        assert len(sups) == 1 and f["person"] not in sups and f["sheet"] == f["person"]
        got = [(f["department"], f["title"], f["person"], r[1], HML[r[3]])
               for r in rows[head + 1 :] if r[3] in HML]  # fmt: skip
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch64_plain_tables_by_heading():
    cases = [
        ("water_company_posts", {"dept": "部门", "post": "岗位", "person": "责任人", "point": "风险点"},
         {}, "序号", "风险等级"),
        ("museum_power_items", {"dept": "部室", "person": "责任人", "point": "廉政风险点"}, {}, "序号",
         "等级"),
        ("forest_farm_sections", {"dept": "科室/工区", "post": "岗位", "person": "姓名", "point": "风险点"},
         {}, "序号", "风险等级"),
        ("forest_center_supervisors", {"post": "岗位名称", "point": "廉政风险点"}, {}, "序号", "风险等级"),
        ("property_company_both", {"dept": "责任部门", "person": "责任人", "point": "风险点"}, {}, "序号",
         "风险等级"),
    ]  # fmt: skip
    for name, heads, fixed, first, level in cases:
        head = BATCH.header(name, first=first)
        got = BATCH.by_heading(name, heads, head=head, fixed=fixed, level=level)
        assert sorted(got) == sorted(BATCH.truth_rows(name)), name
    rows = BATCH.filled("forest_center_supervisors")
    assert rows[1][0].startswith("填报单位:") and rows[1][4].startswith("填报时间:")
    sups = {row[7] for row in rows if row[5] in HML}
    assert not sups & {f["department"] for f in BY_NAME["forest_center_supervisors"]["truth"]}
    rows = BATCH.filled("museum_power_items")
    assert {row[4] for row in rows if row[4] in BARE_ROMAN} == set(BARE_ROMAN)
    assert not any(types_in(row[2]) for row in rows if row[4] in BARE_ROMAN)
    note = BATCH.filled("forest_farm_sections")[-1][0]
    assert note.startswith("说明:") and types_in(note) == [
        "思想道德",
        "制度机制",
        "岗位职责",
        "业务流程",
        "外部环境",
    ]


def _sheet_names(name):
    return [s["name"] for s in BY_NAME[name]["sheets"]]


def test_sixty_fourth_batch_is_read(tmp_path):
    BATCH.is_read(tmp_path)
