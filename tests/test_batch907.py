"""The nine-hundred-and-seventh batch of published layouts (tests/published/batch907.py): seven
ordinary files as the forestry and grassland bodies of one county (和田县) really send them — the
林业和草原局's 一览表 in two sheets 局领导/股室 with ``一级/二级/三级``, the 草原工作站's 排查表 对岗不对人
with ``风险点 | 具体表现``, the 森林病虫害防治检疫站's 防控卡 one sheet a leader with ``★★★/★★/★``, the
野生动物保护站's 清单 under group rows ``一、站领导`` … with ``一级风险/二级风险/三级风险``, the 林木种苗站's
自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 巴格其镇林业站's 一览表 with ``高风险/中风险/低风险``,
the 塔瓦库勒乡林业站's 登记表 — and one harder: the 国有林管理站's 一览表 with a second list under it,
``二、2025年动态调整岗位廉政风险点``, whose ``说明：`` line makes its rows replace ALL the rows of the
posts it names, the other posts standing as above (``python tests/published/score.py --set
batch907``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 7a2af151 (/work/snap60; this worktree branched from
main at 8cd8f38b; the tests passed before the measurement): TOTAL forms=1.000 recall=1.000
precision=0.945 levels=0.981 types=1.000 noise=0 (forms 30/30, points 52/52, precision 52/55,
levels 51/52, types 52/52); with --strict the same: TOTAL forms=1.000 recall=1.000 precision=0.945
levels=0.981 types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies. The seven ordinary
layouts read in full (forms, points, levels and types all 1.00, noise 0).

Missed, all in the harder ``hotan_state_forest_station_posts_replaced.xlsx`` (sheet 一览表; forms
5/5, points 11/11, precision 11/14, levels 10/11, types 11/11, noise 0): the reader read the two
lists as two ordinary tables of one sheet (TABLE_NO_TYPE at A2 and at A16, nothing else) and
UNITED them per holder instead of letting the lower list replace the posts it names; the ``说明：``
line (A15, ``下表所列岗位的廉政风险点以下表为准，替换上表中该岗位的全部风险点；未列入下表的岗位仍按上表
执行。``) was taken for a note and had no effect. So F00020 (站领导 副站长 迮霁岍) came out with five
rows: rows 5 and 6 of the upper list (``林木采伐伐区调查设计审核把关不严`` Ⅱ级, ``天保工程补植补造验收面积不实``
Ⅱ级) and rows 17–19 of the lower (``林木采伐伐区调查设计审核把关不严`` Ⅰ级, ``停伐后林区清理腐朽木处置不规范``
Ⅰ级, ``森林管护考核打分优亲厚友`` Ⅱ级); F00022 (资源管护股 管护员 迮澍峤) with four: rows 9–10 of the
upper (``巡护记录弄虚作假，虚报巡护里程`` Ⅲ级, ``对盗伐林木行为知情不报`` Ⅱ级) and rows 20–21 of the
lower. The three replaced points (E6 ``天保工程补植补造…``, E9, E10) are the three extra points, and
the kept point, read twice, was matched by its first (replaced) row, so its level came out Ⅱ级
(E5 ``二级``) where the lower list's E17 says ``一级``. The three posts the lower list does not name
(F00019 站长 招昀翥, F00021 股长 招湛珣, F00023 会计 招沅璟) read right.
Kind: a second full list on the same sheet whose note says its rows replace all the rows of the
posts it names (the others standing) is read as one more list and its rows added to the holders'
old rows, so the replaced points stay and a point kept in words keeps its old level.

Unscored besides: nothing; the issues are info only (TABLE_NO_TYPE on every list without a type
column, GRADE_BLANK on the cards and self-checks without a declared grade).

Not generalised in the stop that measured it (left for the next): a second list under the
current one whose ``说明：`` line makes it replace, post by post, all the rows of the posts it
names (``以下表为准，替换上表中该岗位的全部风险点；未列入下表的岗位仍按上表执行``).

Generalised after this measurement: a later list on the same sheet (or a later sheet) whose caption or note makes it replace the posts it names drops those posts' rows above and keeps the others (TABLE_POSTS_REPLACED), tests/test_later_list_replaces_named_posts.py. Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch907 import (
    GRADES,
    HIGHS,
    LAYOUTS,
    REPLACED,
    RESAVED,
    RISKS,
    ROMAN,
    STANDING,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(907, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"hotan_state_forest_station_posts_replaced"}
TYPED = {
    "hotan_grassland_station_posts",
    "hotan_bagqi_town_station_list",
    "hotan_tawakkul_township_station_register",
}
NOBODY = {"hotan_grassland_station_posts"}


def test_batch907_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=891, unit_words=("和田县",), new_people=True)


def test_batch907_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch907_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch907_every_unit_is_of_hotan():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("和田县") for u in units)


def test_batch907_lower_list_replaces_the_posts_it_names():
    name = "hotan_state_forest_station_posts_replaced"
    rows = BATCH.filled(name)
    heads = [i for i, row in enumerate(rows) if row[0] == "序号"]
    assert len(heads) == 2
    upper, lower, keyed = [], [], {}
    for i, row in enumerate(rows):
        if isinstance(row[0], int):
            (upper if i < heads[1] else lower).append(
                (row[1], row[2], row[3], row[4], GRADES[row[5]])
            )
    # both lists number from 1 and carry the same heading
    assert rows[heads[0]] == rows[heads[1]]
    note = next(row[0] for row in rows if isinstance(row[0], str) and row[0].startswith("说明："))
    assert "替换上表中该岗位的全部风险点" in note and "仍按上表执行" in note
    assert (
        heads[0]
        < rows.index(next(r for r in rows if r[0] == "二、2025年动态调整岗位廉政风险点"))
        < heads[1]
    )
    named = {row[:3] for row in lower}
    assert named == {(d, p, w) for d, p, w, _, _ in REPLACED}
    # the truth: the lower list for the posts it names, the upper for the rest, in that order
    for row in upper:
        if row[:3] not in named:
            keyed.setdefault(row[:3], []).append(row)
    for row in lower:
        keyed.setdefault(row[:3], []).append(row)
    truth = {}
    for r in BATCH.truth_rows(name):
        truth.setdefault(r[:3], []).append(r)
    assert truth == keyed
    assert len(BY_NAME[name]["truth"]) == len(STANDING)
    # the kept point: same words, the lower list's level
    kept = [r for r in lower if r[3] in {u[3] for u in upper}]
    assert kept and all(r[4] != next(u[4] for u in upper if u[3] == r[3]) for r in kept)
    assert sum(len(v) for v in truth.values()) == len(upper) - sum(
        1 for u in upper if u[:3] in named
    ) + len(lower)


def test_batch907_plain_tables_by_heading():
    cases = [
        ("hotan_bagqi_town_station_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("hotan_tawakkul_township_station_register",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("hotan_grassland_station_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "hotan_forestry_bureau_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "局领导") == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    # the short 风险点 is the point, the long 具体表现 none
    name = "hotan_grassland_station_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}


def test_batch907_group_rows_give_the_department():
    name = "hotan_wildlife_station_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch907_one_sheet_a_person():
    name = "hotan_seedling_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在股室", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "hotan_forest_pest_station_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch907_is_read(tmp_path):
    BATCH.is_read(tmp_path)
