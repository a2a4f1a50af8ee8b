"""The nine-hundred-and-ninety-fifth batch of published layouts (tests/published/batch995.py):
seven ordinary files as the 农业 and 资源 bodies of one county (平塘县) really send them — the
农业农村局's 一览表 with ``…风险`` types and 高/中/低, the 水务局's 排查表 under group rows ``一、局领导`` …
``三、建设管理股`` with ``风险点 | 风险表现`` and ``一级/二级/三级``, the 林业局's 清单 with 责任人 on every row
and ``★★★/★★/★``, the 生态环境分局's 防控卡 one sheet a person with ``一级风险/二级风险/三级风险``, the
自然资源局's 清单 对岗不对人 with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 克度镇农业服务中心's 自查表 one sheet a person with
``高风险/中风险/低风险``, the 农机站's 一览表 with ``重点防控/一般防控/常规防控`` — and one harder: the 畜牧站's
评估表 with no level column, whose merged ``风险评估`` heading holds THREE factors ``发生概率 | 影响程度 |
可控程度``, each ticked ``✓`` in ``高 | 中 | 低`` sub-columns, the level given by a ``注：`` line counting
the adverse ticks (``python tests/published/score.py --set batch995``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with lead's reader at 4417da4c (this worktree branched from that commit,
xlproc/ untouched), after these tests passed (but for ``test_batch995_is_read``, which asserts the
bars for unseen layouts and fails with the levels and the noise below): TOTAL forms=1.000
recall=1.000 precision=1.000 levels=0.841 types=1.000 noise=1 (forms 23/23, points 44/44, precision
44/44, levels 37/44, types 44/44 — levels and types are scored on the points found only); with
--strict the same. The 8 files: eight .xlsx, no re-saved copies. The seven ordinary layouts read in
full (forms, points, levels and types all 1.00, noise 0) — the 水务局's group rows ``二、水政监察大队``,
``三、建设管理股`` came out as 科室 with the short 风险点 as the point, the 农机站's
``重点防控/一般防控/常规防控`` as 1/2/3, the 站 and 中心 that hand back their own file as units with no
科室, the 自然资源局's posts as forms, as the truth has them.

Missed, all in the harder ``pingtang_livestock_factor_ticks.xlsx`` (forms 4/4, points 7/7, levels
0/7, types 7/7, noise 1): every point, holder, post and type came out right, but NO level: the nine
tick sub-columns under ``风险评估`` (``发生概率 | 影响程度 | 可控程度``, each over ``高 | 中 | 低``) were not
taken as anything, and each point said LEVEL_BLANK (error) at its 风险点 cell (评估表!D5 … D11), the
level left blank; truth 一级, 一级, 二级, 二级, 三级, 三级, 一级 by the ``注：`` line's count (发生概率 高,
影响程度 高, 可控程度 低 each one; two or more 一级, one 二级, none 三级), which was not read. The third
heading row (``高 | 中 | 低`` repeated, 评估表!F4:N4) was read as a row of content with no point
(POINT_BLANK at D4, the noise).
Kind: a level given by THREE (or more) factors each TICKED 高/中/低 in sub-columns under a merged
``风险评估`` heading, counted by a note (``…为高…为低的，各计一项；有两项及以上的为一级风险…``), with no
level column, is not read (each point LEVEL_BLANK, the sub-heading row noise); a general fix would
read the factor ticks as each factor's step, take the note's counting rule (which step of which
factor counts, and the count's bands), give each point its level, say so once a table, and keep no
level where a factor has no tick or two, or the note gives no rule.

Generalised after this measurement: a table with no level column whose assessment heading
(``风险评估``) stands over two or three factors (``发生概率 | 影响程度 | 可控程度``, ``发生可能性 | 危害程度 |
监管难度``), each merged over its own ``高 | 中 | 低`` sub-columns, one ticked a row (``✓``, ``√`` or the step
word itself), and a note counting the ticks into a level — each factor's counted step named before
``各计一项`` (``…可控程度为低的，各计一项；有两项及以上的为一级风险…一项也没有的为三级风险``) or one step for
all (``两项及以上为高的为一级风险，一项为高的为二级风险，其余为三级风险``), every count from none to all
given its level — gives each point the level its count has; the ``高 | 中 | 低`` row is read as the
header's third row, not a row of content; said once at the heading (LEVEL_BY_FACTOR_STEPS, info:
here 评估表!F2); a factor ticked twice or not at all, or a count the note gives no level, keeps no
level, with a warning at the row (LEVEL_FACTOR_STEPS_UNREAD); with no such note the table reads as
before, nothing guessed (tests/test_level_by_factor_steps.py). Read 1.00 since (forms 23/23,
points 44/44, precision 44/44, levels 44/44, types 44/44, noise 0), --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch995 import (
    ASSESSED,
    FACTOR_NOTE,
    FACTORS,
    GRADES,
    GUARDS,
    HIGHS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    STEPS,
    TICK,
    build,
    count_level,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS, **GUARDS}
BATCH = Batch(995, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"pingtang_livestock_factor_ticks"}
TYPED = {
    "pingtang_livestock_factor_ticks",
    "pingtang_agriculture_list",
    "pingtang_forestry_every_row",
    "pingtang_ecology_cards",
    "pingtang_resources_posts",
    "pingtang_farm_machinery_list",
}
NOBODY = {"pingtang_resources_posts"}
SURNAMES = ("乙弗", "宥连")


def test_batch995_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=993, unit_words=("平塘县",), new_people=True)


def test_batch995_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 16))
    assert RESAVED == ()


def test_batch995_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch995_every_unit_is_of_pingtang():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("平塘县") for u in units)


def test_batch995_people_are_of_two_rare_surnames():
    people = {f["person"] for lay in LAYOUTS for f in lay["truth"]} - {""}
    assert people and all(p[:2] in SURNAMES for p in people)
    assert {p[:2] for p in people} == set(SURNAMES)


def test_batch995_levels_by_factor_ticks():
    name = "pingtang_livestock_factor_ticks"
    rows = BATCH.filled(name, "评估表")
    top = next(i for i, row in enumerate(rows) if row[0] == "序号")
    assert rows[top][:6] == ["序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险评估"]
    assert rows[top][14] == "防控措施"
    assert [rows[top + 1][c] for c in (5, 8, 11)] == list(FACTORS)
    assert rows[top + 2][5:14] == list(STEPS * 3)
    # no level column
    assert not any("等级" in str(c) or "级别" in str(c) for r in rows[top : top + 3] for c in r)
    got = []
    for row in rows[top + 3 :]:
        if isinstance(row[0], int):
            marks = []
            for k in range(3):
                cells = row[5 + 3 * k : 8 + 3 * k]
                assert sum(c == TICK for c in cells) == 1 and all(
                    c in (TICK, None, "") for c in cells
                )
                marks.append(STEPS[[c == TICK for c in cells].index(True)])
            got.append((row[3], count_level(*marks)))
    assert got == [(p["risk_point"], p["level"]) for p in BATCH.points(name)]
    assert [lv for _p, lv in got] == [count_level(*m) for *_, m, _x in ASSESSED]
    # every level, and 可控程度 低 counting at least once where it decides
    assert {lv for _p, lv in got} == {1, 2, 3}
    assert any(
        m[2] == "低" and count_level(*m) < count_level(m[0], m[1], "中") for *_, m, _x in ASSESSED
    )
    notes = [row[0] for row in rows if isinstance(row[0], str) and row[0].startswith("注：")]
    assert notes == [FACTOR_NOTE]


def test_batch995_plain_tables_by_heading():
    cases = [
        ("pingtang_agriculture_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("pingtang_forestry_every_row",
         {"dept": "股室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类别"),
        ("pingtang_resources_posts", {"post": "岗位", "point": "廉政风险点"}, "风险类型"),
        ("pingtang_farm_machinery_list",
         {"post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类别"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name


def test_batch995_group_rows_give_the_department():
    name = "pingtang_water_group_rows"
    dept, got, post, who = None, [], None, None
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            post, who = row[1] or post, row[2] or who
            got.append((dept, post, who, row[3], GRADES[row[5]]))
    assert got == BATCH.truth_rows(name)
    # the short 风险点 is the point, the long 风险表现 none
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.filled(name) if isinstance(row[0], int)}


def test_batch995_one_sheet_a_person():
    name = "pingtang_kedu_agri_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "职　务", "自查日期"]
        assert rows[2][:2] == [f["person"], f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "pingtang_ecology_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch995_is_read(tmp_path):
    BATCH.is_read(tmp_path)
