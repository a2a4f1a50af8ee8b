"""The nine-hundred-and-ninety-first batch of published layouts (tests/published/batch991.py):
seven ordinary files as the 乡镇人民政府, their 站所 and two 县直部门 of one county (兴山县) really send
them — the 古夫镇人民政府's 清单 under group rows ``一、镇领导`` … ``四、国土资源所`` with
``一级风险/二级风险/三级风险``, the 昭君镇财政所's 一览表 with ``…风险`` types and 高/中/低, the 峡口镇国土资源所's
排查表 with ``风险点 | 风险表现`` and ``高风险/中风险/低风险``, the 南阳镇农业服务中心's 防控卡 one sheet a
person with short types and ``一级/二级/三级``, the 黄粮镇财政所's 自查表 one sheet a person with
``★★★/★★/★``, the 水月寺镇人民政府's 一览表 with 责任人 on every row and ``重点防控/一般防控/常规防控``, the
发展和改革局's 清单 对岗不对人 with ``Ⅰ级/Ⅱ级/Ⅲ级`` — and one harder: the 商务局's 一览表 with no level
column, whose ``风险评分`` column gives each point a score out of ten WRITTEN AS A FRACTION (``9/10``,
``7.5/10``), the bands in a ``注：`` line (``python tests/published/score.py --set batch991``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with lead's reader at 5f3a2144 (this worktree branched from that commit,
xlproc/ untouched), after these tests passed (but for ``test_batch991_is_read``, which asserts the
bars for unseen layouts and fails with the levels below): TOTAL forms=1.000 recall=1.000
precision=1.000 levels=0.826 types=1.000 noise=0 (forms 25/25, points 46/46, precision 46/46, levels
38/46, types 46/46 — levels and types are scored on the points found only); with --strict the same.
The 8 files: eight .xlsx, no re-saved copies. The seven ordinary layouts read in full (forms, points,
levels and types all 1.00, noise 0) — the 古夫镇's group rows ``二、财政所``, ``三、农业服务中心``,
``四、国土资源所`` came out as 科室 of the 镇, the 水月寺镇's ``重点防控/一般防控/常规防控`` as 1/2/3, the
站所 that hand back their own file as units with no 科室, as the truth has them.

Missed, all in the harder ``xingshan_commerce_score_fractions.xlsx`` (forms 4/4, points 8/8, levels
0/8, types 8/8, noise 0): every point, holder, 股室 and type came out right, but NO level: the
``风险评分`` column was taken as the level column and each of its fractions (一览表!G3 ``9/10``, G4
``8/10``, G5 ``7.5/10``, G6 ``5/10``, G7 ``8.5/10``, G8 ``4.5/10``, G9 ``6/10``, G10 ``3/10``) said
LEVEL_UNKNOWN (error) at its cell, the level left blank; truth 一级, 一级, 二级, 二级, 一级, 三级, 二级, 三级
by the ``注：`` line's bands (8 and above 一级, 5 to under 8 二级, under 5 三级), which was not read.
(Probed besides, not scored: the same note over bare scores ``9 | 7.5 | 4`` under ``风险评分`` read only
the ``4`` (as 三级, by the number itself), the others LEVEL_UNKNOWN: the bands written ``8分（含）以上…
5分（含）至8分…5分以下`` are not taken either.)
Kind: a level given as a SCORE written as a FRACTION of its full mark (``得分/满分``: ``7.5/10``),
banded by a note, with no level column, is not read (each cell LEVEL_UNKNOWN); a general fix would
read the numerator as the score (with ``得分85``, ``85分`` alike), take the note's bands in their
``X分（含）以上``, ``X分（含）至Y分``, ``X分以下`` wording and give each point the band its score falls in,
saying so once a table, and warn where a score falls in no band or its full mark differs from the
note's.

Generalised after this measurement: a level column holding each point's score instead of a level
word — a fraction of its full mark (``7.5/10``, ``88/100``, ``8分/10分``) or the score with its word or
unit (``得分85``, ``评分：7``, ``72分``; bare numbers beside them; bare numbers alone only under a score's
heading with a decimal among them) — banded by a note (``8分（含）以上为一级风险，5分（含）至8分为二级
风险，5分以下为三级风险``, ``85分及以上…``, ``5—8分…``) gives each point the band its score (the
numerator) falls in, said once at the heading (LEVEL_BY_SCORE_CELLS, info: here 一览表!G3); a score
in no band, or a fraction out of another full mark than the note's (``满分100分``, ``10分制``) or the
column's others, keeps no level, with a warning at its cell (LEVEL_SCORE_UNBANDED); level words or
``1/2/3`` under a note of score bands, and fractions with no note of bands, read as before
(tests/test_level_by_score_cells.py). Read 1.00 since (forms 25/25, points 46/46, precision 46/46,
levels 46/46, types 46/46, noise 0), --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch991 import (
    GRADES,
    GUARDS,
    HIGHS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    SCORE_NOTE,
    SCORED,
    STARS,
    band,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS, **GUARDS}
BATCH = Batch(991, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"xingshan_commerce_score_fractions"}
TYPED = {
    "xingshan_commerce_score_fractions",
    "xingshan_zhaojun_finance_list",
    "xingshan_nanyang_agri_cards",
    "xingshan_shuiyuesi_town_list",
    "xingshan_development_reform_posts",
}
NOBODY = {"xingshan_development_reform_posts"}
SURNAMES = ("吐万", "库狄")


def test_batch991_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=990, unit_words=("兴山县",), new_people=True)


def test_batch991_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 16))
    assert RESAVED == ()


def test_batch991_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch991_every_unit_is_of_xingshan():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("兴山县") for u in units)


def test_batch991_people_are_of_two_rare_surnames():
    people = {f["person"] for lay in LAYOUTS for f in lay["truth"]} - {""}
    assert people and all(p[:2] in SURNAMES for p in people)
    assert {p[:2] for p in people} == set(SURNAMES)


def test_batch991_levels_by_score_fractions():
    name = "xingshan_commerce_score_fractions"
    head = BATCH.header(name, "一览表")
    rows = BATCH.filled(name, "一览表")
    assert rows[head] == [
        "序号", "股室", "职务", "姓名", "廉政风险点", "风险类型", "风险评分", "防控措施"
    ]  # fmt: skip
    # no level column: the level is the band of the score before the '/'
    assert not any("等级" in str(c) or "级别" in str(c) for c in rows[head])
    got = []
    for row in rows[head + 1 :]:
        if isinstance(row[0], int):
            score = row[6]
            assert score.count("/") == 1 and score.endswith("/10"), score
            got.append((row[4], band(score)))
    assert got == [(p["risk_point"], p["level"]) for p in BATCH.points(name)]
    at = rows[head].index("风险类型")
    typed = [[row[at][:4]] for row in rows[head + 1 :] if isinstance(row[0], int)]
    assert typed == [p["types"] for p in BATCH.points(name)]
    assert [lv for _p, lv in got] == [band(s) for *_, s, _m in SCORED]
    # every band, and a score on each boundary (8 is 一级, 5 is 二级)
    assert {lv for _p, lv in got} == {1, 2, 3}
    scores = {s for *_, s, _m in SCORED}
    assert {"8/10", "5/10"} <= scores and any("." in s for s in scores)
    notes = [row[0] for row in rows if isinstance(row[0], str) and row[0].startswith("注：")]
    assert notes == [SCORE_NOTE]


def test_batch991_plain_tables_by_heading():
    cases = [
        ("xingshan_zhaojun_finance_list",
         {"post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("xingshan_shuiyuesi_town_list",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类别"),
        ("xingshan_development_reform_posts", {"post": "岗位", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "xingshan_xiakou_land_screening"
    heads = {"post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name)
    # the short 风险点 is the point, the long 风险表现 none
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}


def test_batch991_group_rows_give_the_department():
    name = "xingshan_gufu_town_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、", "四、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch991_one_sheet_a_person():
    name = "xingshan_huangliang_finance_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "职　务", "自查日期"]
        assert rows[2][:2] == [f["person"], f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "xingshan_nanyang_agri_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch991_is_read(tmp_path):
    BATCH.is_read(tmp_path)
