"""The six-hundred-and-fifty-seventh batch of published layouts (tests/published/batch657.py): seven
ordinary files as the 应急物资 and 救灾 bodies of one banner (察哈尔右翼后旗) really send them, and one
harder: the 救灾物资储备库's 廉政风险防控一览表 with no 岗位, 姓名 or 科室 column, each row's holder given only
by the fill colour of its cells keyed by a legend row of coloured ``岗位　姓名`` cells above the heading
(``python tests/published/score.py --set batch657``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at fe1699a (/work/snap20; this worktree branched from
dev at the same commit): TOTAL forms=0.875 recall=0.846 precision=0.846 levels=1.000 types=1.000
noise=1; with --strict the same: TOTAL forms=0.875 recall=0.846 precision=0.846 levels=1.000
types=1.000 noise=1. The 8 files: eight .xlsx, no re-saved copies. The seven ordinary layouts read
in full (forms, points, levels and types all 1.00, noise 0).

Missed, all in the harder ``chayouhouqi_relief_depot_holder_fills.xlsx`` (sheet 防控一览表; forms 0/4,
points 0/8, precision 0/8): the reader took the heading A3:E3 and rows 4–11 as one table with no
holder column and made ONE form with no person, no post and no 科室 (posts.csv F00001, unit
察哈尔右翼后旗救灾物资储备库) holding all eight points B4:E11 with their levels right (高/中/低 → Ⅰ/Ⅱ/Ⅲ级,
业务环节 B taken as the workflow); it never looked at the cells' fill colours, and the legend row A2:E2
(``责任人（按底纹）： | 库长　晏翀珝 | 副库长　储沨琰 | 保管员　储琤翾 | 统计员　晏岫沄``, each holder cell
filled in his own colour) was set aside as text outside the table (warning ROW_UNPLACED at A2, the
one noise). The truth has four holders: 库长 晏翀珝 (rows 4 and 7, light blue), 副库长 储沨琰 (5, 10,
light green), 保管员 储琤翾 (6, 8, light yellow) and 统计员 晏岫沄 (9, 11, light orange), 8 points. Kind:
a list whose holder (post and name) is given only by each row's fill colour, keyed by a legend row
of coloured ``岗位　姓名`` cells above the heading, is read as one holderless form and the legend as
stray text.

Unscored besides: TABLE_NO_TYPE (info) only.

Not generalised in the stop that measured it (left for the next): holders by row fill colour keyed
by a legend row of filled ``岗位　姓名`` cells (``责任人（按底纹）：``), with no 岗位/姓名 column and no colour
named in words (the reader knows fill colours only as 科室 under a ``注：…底纹为…`` note, as levels and
as types).

Generalised after this measurement: holders given only by a row's fill colour, keyed by a legend row of filled `岗位　姓名` cells above the heading, are read by exact colour (`HOLDER_BY_FILL`, a row in no legend colour warned `HOLDER_FILL_UNCLEAR`; `tests/test_holders_by_fill_colour.py`). Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch657 import (
    FILLED_ROWS,
    GRADES,
    HIGHS,
    HOLDERS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(657, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"chayouhouqi_relief_depot_holder_fills"}
TYPED = {
    "chayouhouqi_reduction_centre_posts",
    "chayouhouqi_warning_centre_list",
    "chayouhouqi_donation_centre_register",
}
NOBODY = {"chayouhouqi_reduction_centre_posts"}


def test_batch657_is_apart_from_the_earlier_batches():
    BATCH.is_apart(
        count=(8, 9), harder=HARDER, sees=655, unit_words=("察哈尔右翼后旗",), new_people=True
    )


def test_batch657_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch657_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch657_every_unit_is_of_chahar_right_rear_banner():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("察哈尔右翼后旗") for u in units)


def test_batch657_fill_colours_give_the_holders():
    name = "chayouhouqi_relief_depot_holder_fills"
    sheet = BY_NAME[name]["sheets"][0]
    rows, fills = sheet["rows"], {(r, c): f for r, c, f in sheet["fills"]}
    legend = next(i for i, r in enumerate(rows) if r[0] == "责任人（按底纹）：")
    key = {fills[(legend, c)]: rows[legend][c] for c in range(1, len(HOLDERS) + 1)}
    assert len(key) == len(HOLDERS)  # one colour a holder
    head = next(i for i, r in enumerate(rows) if r[0] == "序号")
    got = []
    for r in range(head + 1, head + 1 + len(FILLED_ROWS)):
        colours = {fills[(r, c)] for c in range(5)}
        assert len(colours) == 1  # the whole row in one colour
        post, who = key[colours.pop()].split("\u3000")
        got.append(("", post, who, rows[r][2], HML[rows[r][3]]))
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    # no cell under the legend names a holder, and no line names a colour
    people = {who for _post, who, _tier, _fill in HOLDERS}
    assert not any(w in str(c) for row in rows[head:] for c in row for w in people)
    assert not any("色" in str(c) for row in rows for c in row)


def test_batch657_is_read(tmp_path):
    BATCH.is_read(tmp_path)
