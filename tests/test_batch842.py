"""The eight-hundred-and-forty-second batch of published layouts (tests/published/batch842.py): seven
ordinary files as the ecology, environment and water bodies of one county (光泽县) really send them —
the 生态环境局光泽县分局's 一览表 in two sheets 局领导/股室 with ``一级/二级/三级``, the 环境监测站's 防控卡 one
sheet a leader with ``★★★/★★/★``, the 综合执法大队's 排查登记表 with ``风险类别``, the 河长制办公室's 排查表
对岗不对人 with ``风险点 | 风险表现``, the 水土保持站's 自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the
水库管理处's 清单 under group rows ``一、处领导`` … with ``一级风险/二级风险/三级风险``, the 农村供水服务站's
一览表 with ``高风险/中风险/低风险`` — and one harder: the 水利局's 岗位廉政风险防控一览表 SORTED BY LEVEL,
``股室 | 岗位`` on every row, the ``责任人`` written only on each post's first row and left blank on
its later, scattered rows (``python tests/published/score.py --set batch842``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 76fba447 (/work/snap49; this worktree branched from
dev at 921066c4): TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0
(forms 30/30, points 55/55); with --strict the same: TOTAL forms=1.000 recall=1.000
precision=1.000 levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies.
All eight layouts read in full (forms, points, levels and types all 1.00, noise 0), the seven
ordinary ones and the harder one too.

The harder ``guangze_water_bureau_sorted_by_level.xlsx`` (sheet 一览表) was read in full: the
export (posts.csv F00026–F00030) has the five holders with every scattered row — 局长 班翯珝 (rows
4, 8), 建设管理股 股长 班琤霂 (rows 5, 10, 14), 副局长 伍沄翙 (rows 6, 11), 计划财务股 会计 班璟翃 (rows
7, 13), 水政水资源股 股长 伍翮湉 (rows 9, 12, 15) — each blank ``责任人`` cell (D8, D10–D15) resolved to
the holder written on the same 股室 and 岗位 higher up, not to the row above; the only issue raised is
info TABLE_NO_TYPE at A3. So the reader already knows this shape (a list sorted by level, the holder
written only on a post's first row): no misreading to report, and the batch adds no new kind.

Unscored besides: the other issues are info only (TABLE_NO_TYPE, GRADE_BLANK).

Not generalised in the stop that measured it: nothing was missed, so there is nothing to
generalise.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch842 import (
    GRADES,
    HIGHS,
    HOLDERS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    SORTED,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(842, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"guangze_water_bureau_sorted_by_level"}
TYPED = {
    "guangze_enforcement_brigade_register",
    "guangze_river_chief_office_posts",
    "guangze_rural_water_station_list",
}
NOBODY = {"guangze_river_chief_office_posts"}


def test_batch842_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=841, unit_words=("光泽县",), new_people=True)


def test_batch842_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch842_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch842_every_unit_is_of_guangze():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all("光泽县" in u for u in units)


def test_batch842_blank_holders_name_the_post_written_higher_up():
    name = "guangze_water_bureau_sorted_by_level"
    head = BATCH.header(name)
    assert BATCH.filled(name)[head] == [
        "序号",
        "股室",
        "岗位",
        "责任人",
        "廉政风险点",
        "风险等级",
        "防控措施",
    ]
    # no merges but whole lines (title, 填报 line, 注 line)
    assert all(r0 == r1 and c0 == 0 for r0, c0, r1, _c1 in BATCH.sheet(name)["merges"])
    table = BATCH.table(name)
    assert len(table) == len(SORTED)
    # sorted by level; 股室 and 岗位 on every row; the holder only on each post's first row
    levels = [GRADES[row[5]] for row in table]
    assert levels == sorted(levels)
    named, got, blanks_after_other = {}, [], 0
    for i, row in enumerate(table):
        assert row[1] and row[2]
        key = (row[1], row[2])
        if row[3] is not None:
            assert key not in named
            named[key] = row[3]
        else:
            assert key in named
            blanks_after_other += (table[i - 1][1], table[i - 1][2]) != key
        got.append((row[1], row[2], named[key], row[4], GRADES[row[5]]))
    assert blanks_after_other >= 5
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    assert {(d, p, w) for d, p, w, _ in HOLDERS.values()} == {(f["department"], f["title"], f["person"])
                                                            for f in BY_NAME[name]["truth"]}  # fmt: skip
    # each post's rows are scattered: none of them all in one run
    for key in named:
        at = [i for i, row in enumerate(table) if (row[1], row[2]) == key]
        assert at[-1] - at[0] + 1 > len(at)


def test_batch842_plain_tables_by_heading():
    cases = [
        ("guangze_rural_water_station_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("guangze_enforcement_brigade_register",
         {"dept": "中队", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("guangze_river_chief_office_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "guangze_ecology_branch_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "局领导") == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    # the short 风险点 is the point, the long 风险表现 none
    name = "guangze_river_chief_office_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}


def test_batch842_group_rows_give_the_department():
    name = "guangze_reservoir_office_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch842_one_sheet_a_person():
    name = "guangze_soil_conservation_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在股室", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "guangze_monitoring_station_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch842_is_read(tmp_path):
    BATCH.is_read(tmp_path)
