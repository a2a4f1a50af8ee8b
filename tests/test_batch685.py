"""The six-hundred-and-eighty-fifth batch of published layouts (tests/published/batch685.py): seven
ordinary files as the tourism and forest bodies of one city (阿尔山市) really send them and one
harder: the 海神温泉旅游度假区管理委员会's points sheet with no holder, its holders only on a second
sheet of measures keyed back to the point's number (``python tests/published/score.py --set batch685``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here.

Measured ONCE, untuned, with main's reader at 8a4ec59 (/work/snap24; this worktree branched from
dev at 945c842): TOTAL forms=0.786 recall=0.780 precision=0.867 levels=1.000 types=1.000 noise=0
(forms 22/28, points 39/50, precision 39/45); with --strict the same: TOTAL forms=0.786
recall=0.780 precision=0.867 levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx, no
re-saved copies. The seven ordinary layouts read in full (forms, points, levels and types all
1.00, noise 0).

Missed, all in the harder ``arxan_hot_spring_resort_measure_split.xlsx`` (forms 0/6, points 0/11,
precision 0/6): the reader read sheet 风险点 (heading row 3, points C4–C9, levels D4–D9 right, 业务环节
B4–B9 as workflow) as ONE holder-less form F00001 (no 科室, post or person) with six points and
MEASURES_BLANK at C4–C9, and left sheet 防控措施分解 unread (no form, no issue): its 对应风险编号 B3–B14
keyed back to 风险编号 A4–A9 and its 落实科室/落实岗位/落实责任人 D–F were never joined to the points,
where the truth has six holders (主任 郏翛翯: FX01, FX05; 副主任 鞠翾翀: FX03, FX04; 规划建设科 科长 郏珩翚:
FX01, FX02; 经营管理科 科长 鞠沨翊: FX02, FX04; 经营管理科 科员 郏翙桤: FX03, FX06; 财务科 会计 鞠璆翥:
FX05), 11 points in all. Kind: a holder-less list of points whose holders (and measures) stand only
on a second sheet of measures keyed back by the point's number, one measure a row with its own
落实人, is read as an anonymous list and the measures sheet is dropped, so no point reaches any holder.

Not generalised in the stop that measured it (left for the next): a points sheet with no holder
joined to a measures-breakdown sheet by 对应风险编号, each measure's 落实责任人 a holder of its point.

Generalised after this measurement: holders and measures on a second sheet breaking each point into measures (对应风险编号 | 防控措施 | 落实科室 | 落实岗位 | 落实责任人): each point the people its measures are given to, with their measures (HOLDERS_BY_MEASURES_SHEET info; tests/test_holders_by_measures_sheet.py). Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE)
"""

from published.batch685 import (
    GRADES,
    HIGHS,
    LAYOUTS,
    RESAVED,
    RESORT_MEASURES,
    RESORT_POINTS,
    RESORT_STAFF,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(685, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"arxan_hot_spring_resort_measure_split"}
TYPED = {"arxan_visitor_center_posts", "arxan_forestry_bureau_list"}
NOBODY = {"arxan_visitor_center_posts"}


def test_batch685_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=680, unit_words=("阿尔山市",), new_people=True)


def test_batch685_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14), fields_in="book")
    assert RESAVED == ()


def test_batch685_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch685_every_unit_is_of_arxan():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("阿尔山市") for u in units)


def test_batch685_measures_give_the_holders():
    name = "arxan_hot_spring_resort_measure_split"
    points = {code: (point, HML[lv]) for code, _s, point, lv in RESORT_POINTS}
    # the points sheet names nobody
    rows = BATCH.filled(name, "风险点")
    assert not any(
        who in str(c) for r in rows for c in r for _d, _p, who, _t in RESORT_STAFF.values()
    )
    got = set()
    for row in BATCH.filled(name, "防控措施分解"):
        if row[1] in points:
            point, lv = points[row[1]]
            got.add((row[3], row[4], row[5], point, lv))
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    # several holders a point, and some holders with two measures of one point
    holders = {}
    for code, _t, who, _w in RESORT_MEASURES:
        holders.setdefault(code, []).append(who)
    assert sum(len(set(v)) > 1 for v in holders.values()) >= 4
    assert any(len(set(v)) < len(v) for v in holders.values())


def test_batch685_is_read(tmp_path):
    BATCH.is_read(tmp_path)
