"""The six-hundred-and-sixty-eighth batch of published layouts (tests/published/batch668.py): seven
ordinary files as the forest and grassland fire-prevention bodies of one banner (东乌珠穆沁旗) really
send them — the 林业和草原局's 一览表 in two sheets 局领导/股室 with ``一级/二级/三级``, the 专业扑火队's
防控卡 one sheet a person with ``★★★/★★/★``, the 宝格达山林草管护站's 排查表 对岗不对人 with ``风险点 |
风险表现``, the 防火物资储备库's 一览表 with ``高风险/中风险/低风险``, the 满都宝力格镇 防火工作站's 清单
under group rows with ``一级风险/二级风险/三级风险``, the 防火检查站's 自查表 one sheet a person with
``Ⅰ级/Ⅱ级/Ⅲ级``, the 监测预警中心's 登记表 — and one harder: the 森林草原防火指挥部办公室's 一览表 graded
on a five-grade scale ``5级`` … ``1级`` (the higher the number the higher the risk) that a ``注：``
line folds into three (``python tests/published/score.py --set batch668``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 74074fd (/work/snap22; this worktree branched from
dev at the same commit): TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000
noise=0 (forms 31/31, points 54/54); with --strict the same: TOTAL forms=1.000 recall=1.000
precision=1.000 levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies.
All eight layouts read in full (forms, points, levels and types all 1.00, noise 0), the harder
one included.

No misses. The harder ``dongwu_fire_office_five_grades.xlsx`` (sheet 一览表, levels F4:F12
``5级`` … ``1级``, the 注 line under the table) was read right: the reader's LEVEL_SCALE (info
at F3: ``5级=Ⅰ级、4级=Ⅰ级、3级=Ⅱ级、2级=Ⅲ级、1级=Ⅲ级``) took the meaning of the level words
from the 注 line, as the README's general rule for level words a note defines (``词表里没有的级别
用语,表下的说明给出含义的…按说明读``) says — so the shape, though the README names no five-grade
scale, was not new to the reader: a five-grade scale folded into three by a note is one case of
level words defined by a note. (Found only after measuring; the layout is left as measured.)

Unscored besides: the other issues are info only (TABLE_NO_TYPE, LEVEL_SCALE).

Not generalised in the stop that measured it: nothing to generalise (nothing missed).

Read in full untuned (its harder shape turned out a known one: level words defined by a note), so nothing was generalised; its reading is asserted since (is_read).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch668 import (
    FIVE,
    FIVE_NOTE,
    GRADES,
    HIGHS,
    LAYOUTS,
    OFFICE,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS, **FIVE}
BATCH = Batch(668, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"dongwu_fire_office_five_grades"}
TYPED = {
    "dongwu_baogeda_station_posts",
    "dongwu_materials_depot_list",
    "dongwu_monitoring_centre_register",
}
NOBODY = {"dongwu_baogeda_station_posts"}


def test_batch668_is_apart_from_the_earlier_batches():
    BATCH.is_apart(
        count=(8, 9), harder=HARDER, sees=667, unit_words=("东乌珠穆沁旗",), new_people=True
    )


def test_batch668_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch668_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch668_every_unit_is_of_dongwu():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("东乌珠穆沁旗") for u in units)


def test_batch668_five_grades_folded_by_the_note():
    name = "dongwu_fire_office_five_grades"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head][5] == "风险等级（1—5级）"
    assert any(row and row[0] == FIVE_NOTE for row in rows)
    table = BATCH.table(name)
    # all five grades are used, and 1级 is the lowest risk, not the 一级 of the other files
    assert {row[5] for row in table} == set(FIVE)
    assert FIVE["1级"] == 3 and FIVE["5级"] == 1
    got = [(row[1], row[2], row[3], row[4], FIVE[row[5]]) for row in table]
    assert got == BATCH.truth_rows(name)
    assert len(BY_NAME[name]["truth"]) == len(OFFICE)


def test_batch668_plain_tables_by_heading():
    cases = [
        ("dongwu_materials_depot_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("dongwu_monitoring_centre_register",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("dongwu_baogeda_station_posts", {"dept": "部门", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "dongwu_forestry_bureau_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "局领导") == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    # the short 风险点 is the point, the long 风险表现 none
    name = "dongwu_baogeda_station_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}


def test_batch668_group_rows_give_the_department():
    name = "dongwu_mandubaolige_station_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch668_one_sheet_a_person():
    name = "dongwu_checkpoint_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在组室", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "dongwu_firefighting_team_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch668_is_read(tmp_path):
    BATCH.is_read(tmp_path)
