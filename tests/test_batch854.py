"""The eight-hundred-and-fifty-fourth batch of published layouts (tests/published/batch854.py): seven
ordinary files as the 泸沽湖 and 生态 bodies of one county (宁蒗彝族自治县) really send them — the
林业和草原局's 一览表 under ``附件1`` with ``一级/二级/三级``, the 水务局's 一览表 in two sheets 局领导/股室
with 高/中/低, the 森林草原防火办公室's 防控卡 one sheet a person with ``★★★/★★/★``, the 泸沽湖湖泊保护管理站's
清单 under group rows with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 自然保护区管护局's 自查表 one sheet a person with
``高风险/中风险/低风险``, the 生态环境分局's 排查表 对岗不对人, the 湿地保护管理站's 一览表 with
``一级风险/二级风险/三级风险`` — and one harder: the 泸沽湖管理局's 内部控制廉政风险清单, a risk
CLASSIFICATION whose three layers are headed ``一级风险 | 二级风险 | 三级风险`` (class, sub-class, the
concrete point), all three filled on every row, the grade in its own ``风险等级`` column
(``python tests/published/score.py --set batch854``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 9f0dfc2e (/work/snap51; this worktree branched from
dev at 9ef467e3): TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000
noise=0 (forms 30/30, points 49/49); with --strict the same: TOTAL forms=1.000 recall=1.000
precision=1.000 levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies.
All eight layouts read in full (forms, points, levels and types all 1.00, noise 0), the harder
one included.

The harder ``ninglang_lugu_lake_bureau_risk_taxonomy.xlsx`` (sheet 风险清单) read in full: forms
4/4, points 8/8, levels 8/8, noise 0. Collect on the built file alone shows the reader took
column D (heading ``三级风险``) as the 风险点 column by its content (info ``COLUMN_GUESSED`` at D3:
the longest text left of the measures), read the grade from ``风险等级`` (E, 高/中/低), the holder
from ``责任科室 | 责任岗位 | 责任人`` (F–H), and left the class columns B (``一级风险``) and C
(``二级风险``, both merged down) out of the points, the levels and the types without any issue
(info ``TABLE_NO_TYPE`` at A3 only); it did not take ``一级风险 | 二级风险 | 三级风险`` for level
columns, so no point got the grade of the column it stands in. Kind: none — a risk
classification whose layers are headed like the grades, filled on every row beside a separate
grade column, is already read right (a useful result: the reader's level-column rule needs a
row to fill only one of those cells).

Unscored besides: the other issues are info only (TABLE_NO_TYPE, COLUMN_GUESSED).

Not generalised in the stop that measured it (nothing missed to generalise; the harder shape
is a risk classification headed ``一级风险 | 二级风险 | 三级风险`` with a separate ``风险等级``).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch854 import (
    GRADES,
    HIGHS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    TAXONOMY,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(854, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"ninglang_lugu_lake_bureau_risk_taxonomy"}
TYPED = {
    "ninglang_ecology_branch_posts",
    "ninglang_wetland_station_list",
}
NOBODY = {"ninglang_ecology_branch_posts"}


def test_batch854_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=851, unit_words=("宁蒗",), new_people=True)


def test_batch854_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch854_levels_and_types():
    water = "ninglang_water_bureau_two_sheets"
    BATCH.levels_and_types(typed=TYPED, one_type=True, skip_types={water})
    # the 水务局's 股室 sheet types each point once, its 局领导 sheet has no type column
    for f in BY_NAME[water]["truth"]:
        assert all(len(r["types"]) == (f["sheet"] == "股室") for r in f["risks"])


def test_batch854_every_unit_is_of_ninglang():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all("宁蒗" in u for u in units)


def test_batch854_taxonomy_layers_and_grade():
    name = "ninglang_lugu_lake_bureau_risk_taxonomy"
    head = BATCH.header(name)
    rows = BATCH.filled(name)
    assert rows[head][:5] == ["序号", "一级风险", "二级风险", "三级风险", "风险等级"]
    table = BATCH.table(name)
    assert len(table) == len(TAXONOMY)
    got = []
    for row in table:
        # every layer filled on every row (after unmerging), the grade a separate column
        assert all(isinstance(row[c], str) and row[c] for c in (1, 2, 3))
        assert row[4] in HML
        got.append((row[5], row[6], row[7], row[3], HML[row[4]]))
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    # the class and sub-class cells are no points
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[c] for row in table for c in (1, 2)}
    assert all(p["types"] == [] for p in BATCH.points(name))


def test_batch854_plain_tables_by_heading():
    cases = [
        ("ninglang_wetland_station_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类别"),
        ("ninglang_ecology_branch_posts", {"dept": "科室", "post": "岗位", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "ninglang_forestry_bureau_list"
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name)
    name = "ninglang_water_bureau_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "局领导") == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    types = [r["types"] for f in BY_NAME[name]["truth"] if f["sheet"] == "股室" for r in f["risks"]]
    assert BATCH.types_by(name, "风险类型", "股室") == types


def test_batch854_group_rows_give_the_department():
    name = "ninglang_lake_station_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], ROMAN[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch854_one_sheet_a_person():
    name = "ninglang_reserve_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在科室", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "ninglang_fire_office_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch854_is_read(tmp_path):
    BATCH.is_read(tmp_path)
