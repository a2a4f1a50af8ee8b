"""The five-hundred-and-fifty-second batch of published layouts (tests/published/batch552.py): seven
ordinary files as the 住建 and 房产 bodies of one county (化隆回族自治县) really send them — the
住房和城乡建设局's file in two sheets ``局领导``/``股室`` with ``一级/二级/三级``, the 房产服务中心's 一览表
with 部室/岗位/责任人 merged and ``高风险/中风险/低风险``, the 城市管理执法大队's 责任清单 under group rows
with ``一级风险/二级风险/三级风险``, the 群科镇村镇建设管理所's 防控卡 one sheet a holder with ``★★★/★★/★``,
the 巴燕镇村镇建设管理所's 自查表 one sheet a person with 高/中/低, the 甘都镇村镇建设管理所's 排查表
对岗不对人 with ``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 扎巴镇村镇建设管理所's 责任清单 with
``职责事项`` — and one harder: the 建设工程质量安全监督站's list with no type and no level column, whose
every point cell closes with ``，属…风险，风险等级为…级。``
(``python tests/published/score.py --set batch552``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader at 3fd9adb (``/work/snap45``; this
worktree branched from dev at dd430b6): ``TOTAL                      forms  20/20  points  31/37
recall 0.84 precision 0.84 (31/37)  levels  31/31  types  31/31  noise 0`` / ``TOTAL forms=1.000
recall=0.838 precision=0.838 levels=1.000 types=1.000 noise=0``; with --strict the same: ``TOTAL
forms  20/20  points  31/37  recall 0.84 precision 0.84 (31/37)  levels  31/31  types  31/31
noise 0`` / ``TOTAL forms=1.000 recall=0.838 precision=0.838 levels=1.000 types=1.000 noise=0``.
The 8 files: eight .xlsx, no re-saved copies. All seven ordinary layouts read in full, --strict
too (住房和城乡建设局 two sheets, 房产服务中心 list, 执法大队 group rows, 群科镇 cards, 巴燕镇
self-checks, 甘都镇 对岗不对人, 扎巴镇 list: 17/17 forms, 31/31 points, levels and types all right).

Missed, in the harder ``hualong_quality_station_type_and_level_clause.xlsx`` (sheet 一览表; forms
3/3, points 0/6): the three forms (站领导/站长/郦翯潾 leader, 质量监督股/股长/郜璪沨 middle,
安全监督股/监督员/滑琭翀 general) and the measures are right, but every point was read as the whole
cell, with no type and no level: E3 ``质量安全监督计划安排随意，属制度机制风险，风险等级为一级。`` (truth
``质量安全监督计划安排随意``, 制度机制, 1), E4 ``监督报告签发把关不严，属岗位职责风险，风险等级为二级。``
(truth ``监督报告签发把关不严``, 岗位职责, 2), E5 ``工程实体质量抽检走过场，属岗位职责风险，风险等级为一级。``
(truth ``工程实体质量抽检走过场``, 岗位职责, 1), E6 ``竣工验收监督接受施工单位宴请，属外部环境风险，风险等级为二级。``
(truth ``竣工验收监督接受施工单位宴请``, 外部环境, 2), E7 ``安全隐患整改复查不到位，属业务流程风险，风险等级为二级。``
(truth ``安全隐患整改复查不到位``, 业务流程, 2), E8 ``违规泄露检查时间和内容，属思想道德风险，风险等级为三级。``
(truth ``违规泄露检查时间和内容``, 思想道德, 3) — six missed, six extra; risk_type and risk_level are
empty in risks.csv, and issues.csv raises ``LEVEL_BLANK`` (error) on E3–E8 and ``TABLE_NO_TYPE`` on
A2, nothing about a type or level written in the point cell. Kind: a type and a level given in
unbracketed, unlabelled comma clauses closing the point (``，属…风险，风险等级为…级。``) are not
read — the clauses are kept in the point and the level is reported blank.

Not scored, seen in posts.csv: the four 镇村镇建设管理所 are cut to the town — unit
``化隆回族自治县巴燕镇`` / ``…群科镇`` / ``…甘都镇`` / ``…扎巴镇`` (truth ``…巴燕镇村镇建设管理所`` etc.);
the 群科镇 cards and the 扎巴镇 list get the 科室 ``村镇建设管理所`` (truth none) and their 所长 the
tier 中层岗位 (truth leader); every other unit, 科室, post and tier is as the truth.

Generalised after this measurement: a point cell closing with clauses that give its type and level
('…，属岗位职责风险，风险等级为一级。'; also '为…风险', '属于…类风险', '风险类型为…', '为一级风险', '属高风险', '定为二级'; either order, one
or both) gives the point before the first clause and the type and level by the vocabularies (info
TYPE_LEVEL_IN_POINT_CLAUSE; tests/test_type_and_level_clauses_closing_the_point.py).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch552 import (
    CLAUSED,
    GRADES,
    LAYOUTS,
    PLACE,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    WORDS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **WORDS}
BATCH = Batch(552, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HEAD = "hualong_quality_station_type_and_level_clause"
HARDER = {HEAD}
UNTYPED = {
    "hualong_housing_bureau_two_sheets",
    "hualong_city_enforcement_group_rows",
    "hualong_qunke_town_cards",
    "hualong_bayan_town_selfchecks",
    "hualong_zhaba_town_duty_list",
}
NOBODY = {"hualong_gandu_town_posts"}


def test_batch552_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=549, unit_words=(PLACE,), new_people=True)


def test_batch552_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 10), whole_points=False)
    assert RESAVED == ()


def test_batch552_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch552_every_unit_is_of_hualong():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch552_type_and_level_close_the_point():
    rows = BATCH.filled(HEAD)
    assert ["序号", "股室", "岗位", "责任人", "廉政风险点", "防控措施"] in rows
    got, types, holder = [], [], None
    for row in rows:
        if isinstance(row[0], int):
            if row[1] is not None:
                holder = (row[1], row[2], row[3])
            point, rest = row[4].split("，属")
            typ, level = rest.removesuffix("。").split("风险，风险等级为")
            assert "，" not in point and not any(s in row[4] for s in ("（", "【", "\n", "："))
            got.append((*holder, point, GRADES[level]))
            types.append([typ])
    assert BATCH.truth_rows(HEAD) == got
    assert types == [r["types"] for r in BATCH.points(HEAD)]
    assert len(got) == sum(len(p) for *_x, p in CLAUSED) == 6


def test_batch552_plain_tables_by_heading():
    cases = [
        ("hualong_gandu_town_posts", {"dept": "部门", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("hualong_property_centre_list", {"dept": "部室", "post": "岗位", "person": "责任人",
                                          "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    assert BATCH.holders("hualong_gandu_town_posts") == {""}
    name = "hualong_zhaba_town_duty_list"
    got = BATCH.by_heading(name, {"post": "岗位", "person": "姓名", "point": "廉政风险点"})
    assert got == BATCH.truth_rows(name)
    name = "hualong_housing_bureau_two_sheets"
    got = BATCH.by_heading(name, {"dept": "股室", "post": "岗位", "person": "姓名",
                                  "point": "廉政风险点"}, "股室")  # fmt: skip
    assert got == BATCH.truth_rows(name, "股室")
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉政风险点"},
                           "局领导", fixed={"dept": "局领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "局领导")


def test_batch552_group_rows_and_one_sheet_a_person():
    name = "hualong_city_enforcement_group_rows"
    got, dept = [], None
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)
    name = "hualong_qunke_town_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "hualong_bayan_town_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "岗　位", "所在部门"]
        assert rows[2][:3] == [f["person"], f["title"], f["department"]]
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch552_is_read(tmp_path):
    BATCH.is_read(tmp_path)
