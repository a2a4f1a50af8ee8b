"""The seven-hundred-and-thirty-eighth batch of published layouts (tests/published/batch738.py):
seven ordinary files of 抚松县's 人参 and 林业 bodies and one harder, the 林业局's 领导干部廉政风险防控
承诺汇总表 (one prose paragraph a leader: holder, post, numbered points and bracketed levels in the
sentence) (``python tests/published/score.py --set batch738``).

These tests check only that the truth is consistent with the sheets; how well the reader does is
measured by score.py (``is_read`` holds it to the bars since the kind was generalised, below).

Measured ONCE, untuned, with main's reader at 1cb5d7e (/work/snap30; this worktree branched from
dev at the same commit): TOTAL forms=0.870 recall=0.818 precision=1.000 levels=1.000 types=1.000
noise=0 (forms 20/23, points 36/44); with --strict the same: TOTAL forms=0.870 recall=0.818
precision=1.000 levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies.
The seven ordinary layouts read in full (forms, points, levels and types all 1.00, noise 0).

Missed, all in the harder ``fusong_forestry_police_pledges.xlsx`` (sheet 承诺汇总; forms 0/3, points
0/8, nothing read, noise 0): the reader found no table at all — one warning FILE_NO_FORM (工作簿中未找到
廉政风险识别和防控表, no 风险点/风险级别 heading), risks.csv and posts.csv empty; the three paragraphs B3,
B4, B5 (``本人麴檩砚，任抚松县林业局局长，…本人岗位廉政风险点有：1.…（高风险）；2.…（高风险）；3.…（中风险）。
本人承诺：…``, likewise 谌椴秋 副局长 and 麴榛沐 副局长) were neither read nor reported, where the truth has
three holders with 3, 3 and 2 points, levels from the closing brackets. Kind: a sheet with no
heading row, each holder's post, name, numbered points and levels written in one prose 承诺
paragraph a row, is taken for no form and dropped whole (the README's 承诺书 rule covers a card
whose table has a heading, not points that exist only inside the sentence).

Not generalised in the stop that measured it (left for the next): prose 承诺 paragraphs, one a
holder, as the only carrier of the points.

Generalised after this measurement: a sheet with no table and no heading, one holder's prose 承诺
paragraph a row, is read as one form a paragraph — the holder the name after ``本人`` (``本人某某，``,
``同志`` off), his post after ``任``/``担任``/``现任``/``在…任`` (the unit and 科室 before it where
written, ``抚松县林业局局长`` → unit 抚松县林业局, post 局长; else the unit of the title above), his
points the clauses numbered 1, 2, 3 … in turn (``1.``, ``2、``, ``（3）``, ``④``; a number out of turn
is the point's text; unnumbered clauses parted by ``；`` only where each closes with a level) after
the lead naming his own points (``本人岗位廉政风险点有：``, ``我的岗位风险点：``, ``风险点主要有1.…``;
not the unit's, ``我局廉政风险点有：``) up to the promise (``本人承诺``, ``我郑重承诺``, ``承诺如下：``),
a second list's lead or the paragraph's end (the last point cut after its closing level at a
``。`` or a line break), each point's level its closing bracket (``（高风险）``, ``【二级】``; none:
LEVEL_BLANK); the promise is no point, a paragraph of promises alone is passed over, and a
paragraph listing points whose holder cannot be read is named in the issue and not used (info
PLEDGE_PARAGRAPH_POINTS at the first paragraph, once a sheet: here 承诺汇总!B3, 3 paragraphs, 8
points, every level read). Tried after every other no-header reading found nothing, behind the
gate ``grid.lacks("本人")`` / ``grid.lacks("风险点", "风险隐患")``;
tests/test_pledge_paragraph_points.py (a 卫生健康局's 廉洁承诺书汇编 with ``担任<unit><科室>股长``,
``（1）…（一级）`` points, ``承诺如下：`` and a point with no level; a 中学's merged paragraphs with
``现任``, ``①②`` points on lines of their own in ``【高】``/``【较低】`` and a closing sentence, one
paragraph's points unnumbered each closing with a level, one paragraph with no name; and the
near-misses: a 承诺书 of promises only, a paragraph listing the unit's points, a 说明 paragraph
under a real table). Read 1.00 since (forms 23/23, points 44/44, precision 44/44, levels 44/44,
types 44/44, noise 0), --strict too; batches 66, 98, 134, 146, 170, 178, 222, 711, 926 and 946
(承诺书 cards, 本人… pledges above tables, WeChat relays, questionnaires) read as before.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch738 import GRADES, HIGHS, LAYOUTS, PLEDGES, RESAVED, RISKS, ROMAN, STARS, build
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(738, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"fusong_forestry_police_pledges"}
TYPED = {
    "fusong_ginseng_center_posts",
    "fusong_wanliang_market_list",
    "fusong_ginseng_testing_register",
}
NOBODY = {"fusong_ginseng_center_posts"}


def test_batch738_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=734, unit_words=("抚松县",), new_people=True)


def test_batch738_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14), whole_points=False)
    assert RESAVED == ()


def test_batch738_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch738_every_unit_is_of_fusong():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("抚松县") for u in units)


def test_batch738_pledges_name_holder_points_and_levels():
    name = "fusong_forestry_police_pledges"
    truth = BY_NAME[name]["truth"]
    assert [(f["person"], f["title"]) for f in truth] == [(who, post) for who, post, *_ in PLEDGES]
    texts = [row[1] for row in BATCH.filled(name) if isinstance(row[0], int)]
    assert len(texts) == len(PLEDGES)
    for text, f in zip(texts, truth, strict=True):
        assert text.startswith(f"本人{f['person']}，任")
        for k, r in enumerate(f["risks"], 1):
            assert f"{k}.{r['risk_point']}（" in text
            assert {1: "高风险", 2: "中风险", 3: "低风险"}[r["level"]] in text


def test_batch738_is_read(tmp_path):
    BATCH.is_read(tmp_path)
