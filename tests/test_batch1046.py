"""The one-thousand-and-forty-sixth batch of published layouts (tests/published/batch1046.py): seven
ordinary files as the 乡镇, 村, 卫健, 林业, 教育, 市场监管 and 卫生院 bodies of one county (习水县) send
them — the 土城镇人民政府's 清单 under group rows, the 黄金坪村's 清单 with ``职务 | 姓名`` on every row,
the 卫生健康局's 一览表, the 林业局's 清单 对岗不对人, the 教育局's 排查表 with ``风险点 | 风险表现``, the
市场监督管理局's 责任清单, the 卫生院's 自查表 one sheet a person — and one harder: the 自然资源局's
一览表 whose ``风险值`` column holds each point's score as a bare whole number, banded only by the note
under the table (``风险值12分以上为高风险，6—11分为中风险，5分以下为低风险``)
(``python tests/published/score.py --set batch1046``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here.

Measured ONCE, untuned, with the reader at b020badd (main; this worktree branched from that commit,
xlproc/ untouched), after these tests passed (but ``is_read``): TOTAL forms=1.000 recall=1.000
precision=1.000 levels=0.953 types=1.000 noise=0 (forms 25/25, points 43/43, precision 43/43,
levels 41/43, types 43/43 — levels and types are scored on the points found only); with --strict
the same. The 8 files: eight .xlsx, no re-saved copies. All seven ordinary layouts read in full
(forms, points, levels and types all 1.00, noise 0, --strict too) — the 土城镇's group rows
``二、党政办``, ``三、农业服务中心`` as 科室 of the 镇, the 村's ``职务 | 姓名`` on every row, the 林业局's
posts with no names, the 教育局's short ``风险点`` beside ``风险表现``, the 卫生院's sheets a person, the
names of the surnames 温孤 and 执失, as the truth has them.

Missed, all in the harder ``xishui_natural_resources_bare_scores.xlsx`` (forms 4/4, points 8/8,
precision 8/8, levels 6/8, noise 0): the two scores ON the note's bounds came out with NO LEVEL and
an error LEVEL_UNKNOWN — ``12`` (一览表!F4, ``12分以上为高风险``) and ``5`` (一览表!F8, ``5分以下为低
风险``); the other six (20, 16, 9, 6, 4, 2) were read right only as a LEVEL_SCALE of the column's
own words by the note (``20=Ⅰ级、16=Ⅰ级、9=Ⅱ级、6=Ⅱ级、4=Ⅲ级、2=Ⅲ级``). Kind: a level column of
BARE WHOLE SCORES (no ``分``, no fraction, no decimal) banded by a note whose open bounds say
``以上``/``以下`` — read as excluding 本数, so a score on a bound falls between the bands; probes
showed the same column under ``风险值≥12…6≤风险值＜12…＜6`` and ``分值≥12…6～11…≤5`` notes losing
most of its levels, or reading 6 as 低. batch1012's LEVEL_BY_SCORE_CELLS reads bare numbers only with
a decimal among them. A general fix would read a score heading's bare whole numbers by the note's
bands as LEVEL_BY_SCORE_CELLS does, a bound written ``以上``/``以下`` taking 本数 where the bands
would otherwise leave it in none.

Generalised after this measurement: a level column under a score's heading (``风险值``, ``风险分值``,
``风险评分``, ``得分``) holding each point's score as a bare whole number, some above 3 (not levels
written 1/2/3), banded by a note, where the note's own words do not already define every score of
the column (those read as before): each point takes the band its score falls in
(``_weighted_bands``, as LEVEL_BY_SCORE_CELLS reads them), a bound written ``以上``/``以下`` that the
bands would leave in none (12 of ``12分以上``, 5 of ``5分以下`` beside ``6—11分``) taking 本数; info
LEVEL_BY_BARE_SCORES at the first score (here 一览表!F3), LEVEL_SCORE_UNBANDED at a score in no band
(``locate_levels._bare_scores``, behind the one-test gate ``grid.lacks("风险值", "分值", "评分",
"得分", "分数", "打分")``); tests/test_level_by_bare_scores.py (a 县水务局's ``风险评分`` under
``≥15…8—14…≤7`` with 一级/二级/三级风险, a 县供销合作社's ``风险分值`` under ``10分以上…5至9分…4分以下``,
and the near-misses: levels written 1/2/3, no note, a note whose ``及以上``/``及以下`` words define every
score — as before). Read 1.00 since (forms 25/25, points 43/43, precision 43/43, levels 43/43,
types 43/43, noise 0), --strict too; batches 60, 991, 1005, 1012, 983, 528, 241, 4, 297 and 33
(score, product and legend-banded level columns) unchanged at 1.00, --strict.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch1046 import (
    GRADES,
    HIGHS,
    LAYOUTS,
    NOTE,
    RESAVED,
    RESOURCES,
    RISKS,
    ROMAN,
    band,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **RISKS, **HIGHS}
BATCH = Batch(1046, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"xishui_natural_resources_bare_scores"}
TYPED = {
    "xishui_health_bureau_list",
    "xishui_market_bureau_duty_list",
    "xishui_forestry_posts",
}
NOBODY = {"xishui_forestry_posts"}
SURNAMES = ("温孤", "执失")


def test_batch1046_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=1045, unit_words=("习水",), new_people=True)


def test_batch1046_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 16), fields_in="file")
    assert RESAVED == ()


def test_batch1046_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch1046_every_unit_is_of_xishui():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("习水县") for u in units)


def test_batch1046_people_are_of_two_rare_surnames():
    people = {f["person"] for lay in LAYOUTS for f in lay["truth"]} - {""}
    assert people and all(p.startswith(SURNAMES) for p in people)
    assert {p[:2] for p in people} == set(SURNAMES)


def test_batch1046_level_is_the_band_of_the_bare_score():
    name = "xishui_natural_resources_bare_scores"
    rows = BATCH.filled(name)
    h = next(r for r, row in enumerate(rows) if row and row[0] == "序号")
    assert rows[h] == ["序号", "股室", "岗位", "姓名", "廉政风险点", "风险值", "防控措施"]
    got = []
    for row in rows[h + 1 :]:
        if isinstance(row[0], int):
            assert isinstance(row[5], int) and not isinstance(row[5], bool)  # a bare whole score
            got.append((row[1], row[2], row[3], row[4], band(row[5])))
    assert got == BATCH.truth_rows(name)
    assert len(got) == len(RESOURCES)
    assert [r[0] for r in rows if r and r[0] == NOTE] == [NOTE]  # the note, merged, under the table
    scores = [s for *_, s, _m in RESOURCES]
    assert {12, 5} <= set(scores)  # the bounds written 以上/以下 are in the column
    assert any(s > 3 for s in scores) and any(s <= 3 for s in scores)
    assert {band(s) for s in scores} == {1, 2, 3}
    assert (band(12), band(11), band(6), band(5)) == (1, 2, 2, 3)


def test_batch1046_plain_tables_by_heading():
    cases = [
        ("xishui_health_bureau_list",
         {"dept": "股室", "post": "职务", "person": "姓名", "point": "廉政风险点"}),
        ("xishui_market_bureau_duty_list",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}),
        ("xishui_forestry_posts", {"dept": "科室", "post": "岗位", "point": "廉政风险点"}),
        ("xishui_education_screening",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}),
        ("xishui_huangjinping_village_list", {"post": "职务", "person": "姓名", "point": "风险点"}),
    ]  # fmt: skip
    for name, heads in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name


def test_batch1046_group_rows_give_the_department():
    name = "xishui_tucheng_town_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], HML[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch1046_one_sheet_a_person():
    name = "xishui_health_centre_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "职　务", "填表日期"]
        assert rows[2][:2] == [f["person"], f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch1046_is_read(tmp_path):
    BATCH.is_read(tmp_path)
