"""The five-hundred-and-thirty-second batch of published layouts (tests/published/batch532.py): seven
ordinary files as the 市场 and 商贸 bodies of one county (广河县) really send them — the 商务局's
一览表 with 科室/岗位/责任人 merged and 高/中/低, the 皮毛交易市场管理中心's 排查表 对岗不对人 with
``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 消费者协会's file in two sheets ``协会领导``/``部室`` with
``一级/二级/三级``, the 城关市场监管所's 防控卡 one sheet a holder with ``★★★/★★/★``, the
三甲集市场监管所's 自查表 one sheet a person with ``高风险/中风险/低风险``, the 庄窠集市场监管所's
责任清单 under group rows with ``一级风险/二级风险/三级风险``, the 买家巷市场监管所's 责任清单 with
``职责事项`` — and one harder: the 市场监督管理局's 一览表 with no level column, ``风险程度评分``
merged over five score columns ``1 | 2 | 3 | 4 | 5``, one ``●`` a row, and a note banding the
scores (4—5 高, 3 中, 1—2 低) (``python tests/published/score.py --set batch532``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader at 22fe384 (``/work/snap40``; this
worktree branched from dev at 22fe384 too): ``TOTAL                      forms  22/22  points
37/37  recall 1.00 precision 1.00 (37/37)  levels  32/37  types  37/37  noise 0`` / ``TOTAL
forms=1.000 recall=1.000 precision=1.000 levels=0.865 types=1.000 noise=0``; with --strict the
same: ``TOTAL                      forms  22/22  points  37/37  recall 1.00 precision 1.00 (37/37)
levels  32/37  types  37/37  noise 0`` / ``TOTAL forms=1.000 recall=1.000 precision=1.000
levels=0.865 types=1.000 noise=0``. The 8 files: eight .xlsx, no re-saved copies. The seven
ordinary layouts read in full, --strict too (19/19 forms, 32/32 points, levels and types all right).

Missed, all in the harder ``guanghe_market_bureau_score_ticks.xlsx`` (sheet 一览表; forms 3/3,
points 5/5, types 5/5, levels 0/5): the reader found the three holders, their 股室, posts, every
point, type and measure, but took the FIRST score column (G, headed ``1`` under the merged
``风险程度评分``) for the level column and the other four (H–K, read as ``风险程度评分2`` …
``风险程度评分5``) as 其他 (info COLUMN_GUESSED), and did not read the note: G4 read blank (LEVEL_BLANK;
its ``●`` is in K4, score 5, truth level 1), G5 blank (``●`` in J5, score 4, truth 1), G6 blank
(``●`` in I6, score 3, truth 2), G7 blank (``●`` in H7, score 2, truth 3), G8 read ``●`` and
reported LEVEL_UNKNOWN (score 1, truth 3). Kind: a tick under one of five numbered score columns,
banded into levels by a note, is not read as a level (the score columns are taken as one level
column and the rest, the note not applied).

Not scored, seen in posts.csv: the four 市场监管所 are read under the unit ``广河县市场监督管理局``
with the 所 as a 科室 (城关 and 买家巷: 科室 ``城关市场监管所``/``买家巷市场监管所``, their 所长 中层岗位;
三甲集 and 庄窠集: 科室 ``所领导``/``综合监管组``, the 所's name dropped) — truth: each 所 a unit of its
own, its 所长 and 副所长 leaders; the score counts both ways as the same form.

Generalised after this measurement: ticks under a merged score heading over numbered score columns
('风险程度评分' over '1 | 2 | 3 | 4 | 5', one '●' a row) give each row its ticked score, and the note's
bands its level (locate._score_tick_columns …; info LEVEL_BY_SCORE_TICKS, warnings
LEVEL_SCORE_NO_BANDS, LEVEL_SCORE_TICKS_UNCLEAR; tests/test_levels_by_ticked_score_columns.py).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch532 import (
    BUREAU,
    GRADES,
    LAYOUTS,
    PLACE,
    RESAVED,
    RISKS,
    ROMAN,
    SCORE_NOTE,
    SCORED,
    SCORES,
    STARS,
    WORDS,
    build,
)
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **WORDS}
BATCH = Batch(532, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
SCORED_NAME = "guanghe_market_bureau_score_ticks"
HARDER = {SCORED_NAME}
UNTYPED = {
    "guanghe_consumer_association_two_sheets",
    "guanghe_chengguan_station_cards",
    "guanghe_sanjiaji_station_selfchecks",
    "guanghe_zhuangkeji_station_group_rows",
    "guanghe_maijiaxiang_station_duty_list",
}
NOBODY = {"guanghe_fur_market_posts"}


def test_batch532_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=530, unit_words=(PLACE,), new_people=True)


def test_batch532_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 10), whole_points=False)
    assert RESAVED == ()


def test_batch532_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch532_every_unit_is_of_guanghe():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)
    assert sum(u.startswith(BUREAU) for u in units) == 5


def test_batch532_level_is_the_ticked_score():
    rows = BATCH.filled(SCORED_NAME)
    head = BATCH.heading(SCORED_NAME)
    assert head[:7] == ["序号", "股室", "岗位", "责任人", "风险点", "风险类型", "风险程度评分"]
    assert head[11] == "防控措施" and "风险等级" not in head
    k = rows.index(next(r for r in rows if r[0] == "序号"))
    assert rows[k + 1][6:11] == [1, 2, 3, 4, 5]
    got = []
    for row in rows[k + 2 :]:
        if not isinstance(row[0], int):
            continue
        marks = [c for c in range(6, 11) if row[c] == "●"]
        assert len(marks) == 1 and all(row[c] is None for c in range(6, 11) if c not in marks)
        score = rows[k + 1][marks[0]]
        got.append((row[1], row[2], row[3], row[4], SCORES[score]))
    assert got == BATCH.truth_rows(SCORED_NAME)
    assert len(got) == sum(len(ps) for *_x, ps in SCORED)
    assert {lv for *_x, lv in got} == {1, 2, 3}
    assert any(row[0] == SCORE_NOTE for row in rows)
    typed = [types_in(row[5]) for row in rows[k + 2 :] if isinstance(row[0], int)]
    assert typed == [r["types"] for r in BATCH.points(SCORED_NAME)]


def test_batch532_plain_tables_by_heading():
    cases = [
        ("guanghe_fur_market_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("guanghe_commerce_list", {"dept": "科室", "post": "岗位", "person": "责任人",
                                   "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    assert BATCH.holders("guanghe_fur_market_posts") == {""}
    name = "guanghe_maijiaxiang_station_duty_list"
    got = BATCH.by_heading(name, {"post": "岗位", "person": "姓名", "point": "廉政风险点"})
    assert got == BATCH.truth_rows(name)
    name = "guanghe_consumer_association_two_sheets"
    got = BATCH.by_heading(name, {"dept": "部室", "post": "岗位", "person": "姓名",
                                  "point": "廉政风险点"}, "部室")  # fmt: skip
    assert got == BATCH.truth_rows(name, "部室")
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉政风险点"},
                           "协会领导", fixed={"dept": "协会领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "协会领导")


def test_batch532_group_rows_and_one_sheet_a_person():
    name = "guanghe_zhuangkeji_station_group_rows"
    got, dept = [], None
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)
    name = "guanghe_chengguan_station_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "guanghe_sanjiaji_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "岗　位", "所在科室"]
        assert rows[2][:3] == [f["person"], f["title"], f["department"]]
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch532_is_read(tmp_path):
    BATCH.is_read(tmp_path)
