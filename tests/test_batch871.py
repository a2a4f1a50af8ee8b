"""The eight-hundred-and-seventy-first batch of published layouts (tests/published/batch871.py): seven
ordinary files as the emergency management and work-safety bodies of one county (托克逊县) really send
them — the 应急管理局's 一览表 in two sheets 局领导/股室 with ``一级/二级/三级``, the 矿山安全监管站's 排查表
对岗不对人 with ``风险点 | 风险表现``, the 地震局's 自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the
应急物资储备库's 防控卡 one sheet a person with ``★★★/★★/★``, the 库米什镇应急管理站's 清单 under group rows
``一、站领导`` … with ``一级风险/二级风险/三级风险``, the 克尔碱镇应急管理站's 一览表 with ``附件1`` and
``部门 | 岗位 | 责任人`` on every row, the 伊拉湖镇应急管理站's 登记表 — and one harder: the 安全生产执法大队's
岗位风险排查防控一览表 under “一岗双责”, each holder's rows mixing ``廉政风险`` and ``安全履职风险`` told
apart only by a per-row ``风险类别`` cell, only the integrity rows being points
(``python tests/published/score.py --set batch871``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 056a2715 (/work/snap54; this worktree branched from
dev at 12989a24): TOTAL forms=1.000 recall=1.000 precision=0.907 levels=1.000 types=1.000 noise=0
(forms 28/28, points 49/49, precision 49/54, levels 49/49, types 49/49); with --strict the same:
TOTAL forms=1.000 recall=1.000 precision=0.907 levels=1.000 types=1.000 noise=0. The 8 files: eight
.xlsx, no re-saved copies. The seven ordinary layouts read in full (forms, points, levels and types
all 1.00, noise 0).

Missed, all in the harder ``tuokexun_enforcement_brigade_dual_duty.xlsx`` (sheet 排查表; forms 4/4,
points 8/8, levels 8/8, but precision 8/13): the reader took the ``风险类别`` column (D3) for the
table's 风险类型 column — TYPE_UNKNOWN (error) on every cell D4–D16, ``廉政风险`` and ``安全履职风险``
alike, no type kept — and read all thirteen rows as integrity risk points, so the five work-safety
duty rows came out as five extra points of their holders, each with its row's level: E5
``带队进入危化品企业现场检查时未落实现场安全交底`` (大队长 鲍翊澂, F00001, Ⅱ级), E7 ``夜间突击检查驾驶执法车辆
疲劳驾驶`` (副大队长 邬湛峤, F00002, Ⅲ级), E11 ``进入有限空间检查前未检测气体浓度`` and E12 ``便携式气体检测仪
超期未校验仍使用`` (执法队员 鲍琮岫, F00003, Ⅰ级 and Ⅲ级), E14 ``在露天煤矿采场边坡下方停留检查`` (执法队员
邬璟沄, F00004, Ⅱ级); the truth has only the eight ``廉政风险`` rows (E4, E6, E8, E9, E10, E13, E15,
E16) as points, two or three a holder. The holders (岗位/姓名 merged per person, B4:C16), the levels
and the ``注：`` line (which says the list covers both kinds) were otherwise read right. Kind: a
“一岗双责” list whose work-safety risks are mixed in as ROWS of the one list, told apart only by a
per-row ``风险类别`` cell (``廉政风险`` / ``安全履职风险``), is read as an integrity list with an unknown
type column, so every safety row is taken for an integrity risk point of its holder.

Unscored besides: the other issues are info only (TABLE_NO_TYPE and GRADE_BLANK on the ordinary
files without a type column or a declared grade; FILE_SKIPPED for truth.json).

Not generalised in the stop that measured it (left for the next): a per-row category cell
(``风险类别``) marking rows as integrity or work-safety risks, the safety rows no points.

Generalised after this measurement: a 一岗双责 list mixing work-safety risk rows told apart by a per-row 风险类别 cell: only the integrity rows are points, the others counted as reported (ROWS_NOT_INTEGRITY), tests/test_rows_not_integrity.py. Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch871 import (
    BRIGADE,
    GRADES,
    HIGHS,
    INTEGRITY,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    SAFETY,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(871, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"tuokexun_enforcement_brigade_dual_duty"}
TYPED = {
    "tuokexun_mine_safety_station_posts",
    "tuokexun_kerjian_town_list",
    "tuokexun_yilahu_town_register",
}
NOBODY = {"tuokexun_mine_safety_station_posts"}


def test_batch871_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=871, unit_words=("托克逊县",), new_people=True)


def test_batch871_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch871_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch871_every_unit_is_of_tuokexun():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("托克逊县") for u in units)


def test_batch871_only_integrity_rows_are_points():
    name = "tuokexun_enforcement_brigade_dual_duty"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head] == ["序号", "岗位", "姓名", "风险类别", "风险点", "风险等级", "防控措施"]
    table = BATCH.table(name)
    assert len(table) == sum(len(r) for *_, r in BRIGADE)
    assert {row[3] for row in table} == {INTEGRITY, SAFETY}
    post = who = None
    got = []
    for row in table:
        post, who = row[1] or post, row[2] or who
        if row[3] == INTEGRITY:
            got.append(("", post, who, row[4], HML[row[5]]))
    assert got == BATCH.truth_rows(name)
    # every holder mixes both kinds, and the safety rows are graded and measured alike
    for _post, _who, _tier, items in BRIGADE:
        assert {kind for kind, *_ in items} == {INTEGRITY, SAFETY}
    safety = [row for row in table if row[3] == SAFETY]
    assert {row[5] for row in safety} == {"高", "中", "低"} and all(row[6] for row in safety)
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in safety}
    assert len(BY_NAME[name]["truth"]) == len(BRIGADE)


def test_batch871_plain_tables_by_heading():
    cases = [
        ("tuokexun_kerjian_town_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("tuokexun_yilahu_town_register",
         {"dept": "部门", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("tuokexun_mine_safety_station_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "tuokexun_emergency_bureau_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "局领导") == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    # the short 风险点 is the point, the long 风险表现 none
    name = "tuokexun_mine_safety_station_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}


def test_batch871_group_rows_give_the_department():
    name = "tuokexun_kumishi_town_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch871_one_sheet_a_person():
    name = "tuokexun_seismic_bureau_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在股室", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "tuokexun_reserve_depot_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "岗　位", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch871_is_read(tmp_path):
    BATCH.is_read(tmp_path)
