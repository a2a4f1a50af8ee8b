"""The eight-hundred-and-sixty-eighth batch of published layouts (tests/published/batch868.py): seven
ordinary files as the water and irrigation bodies of one county (焉耆回族自治县) really send them — the
灌区管理站's 防控卡 one sheet a leader with ``★★★/★★/★``, the 水资源管理站's 清单 under group rows ``一、站领导``
… with ``一级风险/二级风险/三级风险``, the 农村饮水工程管理站's 一览表 with 高/中/低 and ``…风险`` types, the
防汛抗旱办公室's 自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 七个星镇水管站's 登记表, the 河道管理站's
排查表 对岗不对人 with ``风险点 | 风险表现``, the 永宁镇水管站's 一览表 in two sheets 站领导/工作人员 with
``高风险/中风险/低风险`` — and one harder: the 水利局's 股室岗位廉政风险点一览表 whose ``风险等级（动态评定）``
is merged over three year columns ``2023年 | 2024年 | 2025年``, a ``注：`` line putting the 2025 grade
in force (``python tests/published/score.py --set batch868``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 61e2bf20 (/work/snap53; this worktree branched from
dev at 57f1f679): TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0
(forms 27/27, points 53/53); with --strict the same: TOTAL forms=1.000 recall=1.000
precision=1.000 levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies.
All eight layouts read in full (forms, points, levels and types all 1.00, noise 0) — the seven
ordinary ones and the harder one too.

The harder ``yanqi_water_bureau_yearly_grades.xlsx`` (sheet 一览表) was NOT a miss: the reader
took ``风险等级（动态评定）`` merged over ``2023年 | 2024年 | 2025年`` (F3:H3 over F4:H4) as a level
series and gave every row its LAST year's grade (risks.csv raw_risk_level = column H: H5 ``二级``
where F5/G5 say ``一级``, H8 ``三级`` where F8 says ``一级``, H10 ``二级``, H13 ``三级``; the ``—`` of
F7, F11, G11 passed over), the five holders (局长, 副局长, 计划财务股 股长 and 会计, 水政水资源股 股长)
from the merged 股室/岗位/姓名 columns, the ``注：`` and 填表人 lines no points; only the info
TABLE_NO_TYPE at A3. So this shape was already known to the reader's code, though docs/layouts.md
(读得懂的表) describes only quarters on separate sheets and per-period grades with the highest
taken: ``locate_header._peak_of_periods`` says "Quarters, months, half-years and years without
such a note stay a series whose latest counts (``level_series``)". Kind: none (a known shape;
the docs could say that year columns under one level heading read as a series, latest counting).

Unscored besides: the other issues are info only (TABLE_NO_TYPE).

Not generalised in the stop that measured it (nothing to generalise: the batch read in full).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch868 import (
    GRADES,
    HIGHS,
    LAYOUTS,
    NONE_YET,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    YEARLY,
    YEARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(868, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"yanqi_water_bureau_yearly_grades"}
TYPED = {
    "yanqi_rural_water_supply_list",
    "yanqi_qigexing_station_register",
    "yanqi_river_station_posts",
}
NOBODY = {"yanqi_river_station_posts"}


def test_batch868_is_apart_from_the_earlier_batches():
    BATCH.is_apart(
        count=(8, 9), harder=HARDER, sees=866, unit_words=("焉耆回族自治县",), new_people=True
    )


def test_batch868_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch868_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch868_every_unit_is_of_yanqi():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("焉耆回族自治县") for u in units)


def test_batch868_the_latest_year_gives_the_level():
    name = "yanqi_water_bureau_yearly_grades"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head][5:8] == ["风险等级（动态评定）"] * 3
    assert rows[head + 1][5:8] == list(YEARS)
    table = BATCH.table(name)
    assert len(table) == len(YEARLY)
    got = [(row[1], row[2], row[3], row[4], GRADES[row[7]]) for row in table]
    assert got == BATCH.truth_rows(name)
    # the latest year is neither always the highest nor always the first grade
    grades = [[GRADES.get(g) for g in row[5:8]] for row in table]
    assert sum(g[2] != min(x for x in g if x) for g in grades) >= 3
    assert sum(g[0] != g[2] for g in grades) >= 5
    assert any(row[5] == NONE_YET for row in table)
    note = [r[0] for r in rows if isinstance(r[0], str) and r[0].startswith("注：")]
    assert note and YEARS[-1] in note[0]


def test_batch868_plain_tables_by_heading():
    cases = [
        ("yanqi_rural_water_supply_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("yanqi_qigexing_station_register",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("yanqi_river_station_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "yanqi_yongning_station_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "站领导") == BATCH.truth_rows(name, "站领导")
    heads = {"post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "工作人员") == BATCH.truth_rows(name, "工作人员")
    # the short 风险点 is the point, the long 风险表现 none
    name = "yanqi_river_station_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}


def test_batch868_group_rows_give_the_department():
    name = "yanqi_water_resources_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch868_one_sheet_a_person():
    name = "yanqi_flood_office_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在科室", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "yanqi_irrigation_station_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch868_is_read(tmp_path):
    BATCH.is_read(tmp_path)
