"""The one-thousand-and-fifty-first batch of published layouts (tests/published/batch1051.py):
seven ordinary files as the 镇, 村, 人社, 交通, 文旅, 卫生院 and 学校 bodies of one county (铜仁市德江县)
send them — the 煎茶镇人民政府's 清单, the 和平村's 清单 with ``职务 | 姓名`` on every row, the
人力资源和社会保障局's 一览表, the 交通运输局's 排查表 with ``风险点 | 风险表现``, the 文化广电旅游局's
清单 对岗不对人, the 煎茶镇卫生院's 防控卡 under group rows, the 第一中学's 自查表 one sheet a person — and
one harder: the 水务局's 一览表 whose level column is headed only ``分值`` and holds bare scores, the
bands stated only in the title's bracket ``（≥8分为高，5-7分为中，4分及以下为低）``
(``python tests/published/score.py --set batch1051``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here.

Measured ONCE, untuned, with the reader at cb0d3b99 (main; this worktree branched from that
commit, xlproc/ untouched), after these tests passed (but ``is_read``): TOTAL forms=1.000
recall=1.000 precision=1.000 levels=0.739 types=1.000 noise=0 (forms 26/26, points 46/46,
precision 46/46, levels 34/46, types 46/46 — levels and types are scored on the points found
only); with --strict the same. The 8 files: eight .xlsx, no re-saved copies. All seven ordinary
layouts read in full (forms, points, levels and types all 1.00, noise 0) — the 卫生院's group rows
as 科室, the 村's ``职务 | 姓名`` on every row, the 文化广电旅游局's posts with no names, the
交通运输局's short ``风险点`` beside ``风险表现``, the 中学's sheets a person with ``★★★/★★/★``, the
names of the surnames 拔也 and 乙干, as the truth has them.

Missed, all in the harder ``dejiang_water_bureau_score_bands_in_title.xlsx`` (forms 6/6, points
12/12, levels 0/12, noise 0): the ``分值`` column was not taken for the level at all, and each of
the twelve points got an error LEVEL_BLANK at its point cell (一览表!E3 … E14) — the scores
``10 9 8 6 8 7 9 5 4 3 4 2`` were never read. A column headed ``分值`` (no level heading) becomes
the level only where the legend's words, read as pairs (``≥8分为高`` → ``8``; ``4分及以下为低`` →
``0``–``4``; ``5-7分为中`` → ``5``, ``6``, ``7``), name four in five of its cells; here ``10`` and
``9`` (three cells of twelve) were named by none, and the bracket's first band ``（≥8分为高`` is no
bound to the band reader either (``≥`` read only after the score's word, a line's start or a
colon), so even ``LEVEL_BY_BARE_SCORES`` would have left 8, 9 and 10 unbanded. Kind: bare scores
under a plain score heading (``分值``, ``得分``, ``评分``) whose bands are written in a wording the
reader's two readings of a note do not share — the legend's word pairs name too few of the
scores, or the band reader finds no bound (``（≥8分``, ``高风险≥8分``, ``8分以上（含8分）``).

Generalised after this measurement: a column headed by a score's word alone (``分值``, ``得分``,
``评分``, ``风险得分``; ``_PLAIN_SCORE_HEAD``), with no level column in the table, holding bare
whole numbers (some above 3), is the level column wherever the sheet's notes — below the table,
above it, the title's bracket, a 填表说明 — band every one of its scores (``_weighted_bands``,
open bounds in no band taking 本数 as ``LEVEL_BY_BARE_SCORES`` already did): each point then takes
its score's band (info LEVEL_SCORE_COLUMN_BY_BANDS at the heading, naming the column, where the
bands stand and the bands read, then LEVEL_BY_BARE_SCORES; ``_score_column`` in locate_levels,
asked only where ``_legend_column`` found no column, after one ``grid.lacks("分值", "得分",
"评分", "分数", "打分")`` test). And the band reader (``_product_bands``, shared by every banded
reading) takes a bound after an opening bracket (``（≥8分为高``) or after the level it bands
(``高风险≥9分``, ``低≤4分``, ``一级：≥15``), and ``8分以上（含8分）`` as keeping 8. No bands anywhere
(the points stay LEVEL_BLANK, each at its cell, no guess), a band leaving a score out, a table with
its own 风险等级 column and levels written ``1/2/3`` read as before;
tests/test_level_score_column_by_bands.py (a 卫生院's 清单 under ``得分`` with ``高风险≥9分，中风险
6-8分，低风险≤5分``; a 市场监督管理局's 排查表 under ``评分`` with ``评分＞6为一级风险，3＜评分≤6为二级
风险…``; a 自然资源局's title ``（分值8分以上（含8分）为高，5至7分为中，4分及以下为低）``; and the
near-misses). This batch reads 1.00 since (forms 26/26, points 46/46, precision 46/46, levels
46/46, types 46/46, noise 0), --strict too; batches 1046 (bare scores under a note), 991 (score
cells), 1012 (product cells), 1005 (a score before its level), 60 (a hospital's score bands), 988,
956, 850, 831 and 597 unchanged at 1.00, --strict; benchmarks/same_results.py: 10,608 files, no
result changed (12 tests/data files differ only in the base pickle's .path).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch1051 import (
    BANDS,
    GRADES,
    HEAD,
    HIGHS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    WATER,
    band,
    build,
)
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **RISKS, **HIGHS, **STARS}
BATCH = Batch(1051, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"dejiang_water_bureau_score_bands_in_title"}
TYPED = {
    "dejiang_water_bureau_score_bands_in_title",
    "dejiang_jiancha_town_list",
    "dejiang_hrss_bureau_list",
    "dejiang_culture_tourism_posts",
}
NOBODY = {"dejiang_culture_tourism_posts"}
SURNAMES = ("拔也", "乙干")


def test_batch1051_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=1051, unit_words=("德江县",), new_people=True)


def test_batch1051_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 12), fields_in="file")
    assert RESAVED == ()


def test_batch1051_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch1051_every_unit_is_of_dejiang_county():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("铜仁市德江县") for u in units)


def test_batch1051_people_are_of_two_rare_surnames():
    people = {f["person"] for lay in LAYOUTS for f in lay["truth"]} - {""}
    assert people and all(p.startswith(SURNAMES) for p in people)
    assert {next(s for s in SURNAMES if p.startswith(s)) for p in people} == set(SURNAMES)
    assert all(3 <= len(p) <= 4 for p in people)


def test_batch1051_scores_are_banded_by_the_title_bracket():
    name = "dejiang_water_bureau_score_bands_in_title"
    lay = BY_NAME[name]
    assert [s["name"] for s in lay["sheets"]] == ["一览表"]
    rows = BATCH.filled(name, "一览表")
    # the bands stand only in the title's bracket, in signs and 及以下; no 注 line, no level words
    assert rows[0][0].endswith(BANDS) and rows[0][0].startswith("铜仁市德江县水务局")
    assert not any(str(c).startswith(("注", "说明")) for row in rows for c in row if c)
    assert re.fullmatch(r"（≥(\d+)分为高，(\d+)-(\d+)分为中，(\d+)分及以下为低）", BANDS)
    at = next(r for r, row in enumerate(rows) if row and row[0] == "序号")
    assert tuple(rows[at]) == HEAD and "风险等级" not in rows[at]
    body = [row for row in rows[at + 1 :] if isinstance(row[0], int)]
    assert [row[0] for row in body] == list(range(1, 1 + len(WATER)))
    # the 分值 column holds bare whole numbers; each point's level is its score's band
    scores = [row[6] for row in body]
    assert all(isinstance(s, int) and 1 <= s <= 10 for s in scores)
    assert {band(s) for s in scores} == {1, 2, 3} and {8, 5, 4} <= set(scores)
    assert band(8) == 1 and band(7) == band(5) == 2 and band(4) == 3
    want = [(row[1], row[2], row[3], row[4], band(row[6])) for row in body]
    assert sorted(want) == sorted(BATCH.truth_rows(name))
    assert [r["types"] for f in lay["truth"] for r in f["risks"]] == [
        types_in(row[5]) for row in body
    ]


def test_batch1051_plain_tables_by_heading():
    cases = [
        ("dejiang_jiancha_town_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}),
        ("dejiang_hrss_bureau_list",
         {"dept": "股室", "post": "职务", "person": "姓名", "point": "廉政风险点"}),
        ("dejiang_transport_screening",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "风险点"}),
        ("dejiang_culture_tourism_posts", {"dept": "科室", "post": "岗位", "point": "廉政风险点"}),
        ("dejiang_heping_village_list", {"post": "职务", "person": "姓名", "point": "风险点"}),
    ]  # fmt: skip
    for name, heads in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name


def test_batch1051_group_rows_give_the_department():
    name = "dejiang_jiancha_clinic_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch1051_one_sheet_a_person():
    name = "dejiang_no1_middle_school_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "职　务", "填表日期"]
        assert rows[2][:2] == [f["person"], f["department"] + f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch1051_is_read(tmp_path):
    BATCH.is_read(tmp_path)
