"""The six-hundred-and-forty-eighth batch of published layouts (tests/published/batch648.py): seven
ordinary files as the 教育后勤 bodies of one city (丰镇市) really send them, and one harder: the
校园餐配送中心's 廉政风险防控清单 whose 责任人 cells hold only pinyin initials keyed by a ``注：`` line
(``python tests/published/score.py --set batch648``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 364b7cd (/work/snap18; this worktree branched from
dev at the same commit): TOTAL forms=0.875 recall=0.786 precision=0.846 levels=1.000 types=1.000
noise=0; with --strict the same: TOTAL forms=0.875 recall=0.786 precision=0.846 levels=1.000
types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies. The seven ordinary layouts read
in full (forms, points, levels and types all 1.00, noise 0).

Missed, all in the harder ``fengzhen_meal_delivery_initials.xlsx`` (sheet 防控清单; forms 0/4, points
0/12, precision 0/8): the reader took column F (``责任人``, cells F3:F10) as holders' NAMES and made one
form per distinct cell text — eight forms ``XYL``, ``XYL、HQZ``, ``XJY``, ``XJY、HSM``, ``HSM``,
``HQZ、HSM``, ``HQZ``, ``XYL、XJY`` (posts.csv F00001–F00008, one point each, no post, unit read as
``丰镇``) — and never used the ``注：`` key line (A11: ``XYL—邢毓琳（中心主任）；HQZ—滑清湛（副主任）；…``);
the truth has four holders, 中心主任 邢毓琳 (C3, C4, C10), 副主任 滑清湛 (C4, C8, C9), 采购员 邢婧渊 (C5,
C6, C10) and 仓储保管员 滑笙淼 (C6, C7, C8), 12 points. Kind: holders written as pinyin initials (several
a cell, joined by ``、``) keyed by a legend line under the table are read as literal names, the
joined cells as made-up holders, so no point reaches any real holder.

Unscored besides: TABLE_NO_TYPE (info) only.

Not generalised in the stop that measured it (left for the next): holders as initials keyed by a
``注：`` legend line, several a cell.

Generalised after this measurement: holders written as initials (`XYL`, `XYL、HQZ`) keyed by a legend line or table (`XYL—邢毓琳（中心主任）`) are read as the holder codes are (`HOLDER_CODES`; `tests/test_holders_as_initials.py`); `丰镇市校园餐配送中心` is the whole unit. Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch648 import (
    GRADES,
    HIGHS,
    KEY,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    ROWS,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(648, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"fengzhen_meal_delivery_initials"}
TYPED = {
    "fengzhen_equipment_centre_posts",
    "fengzhen_repair_station_list",
    "fengzhen_fees_office_register",
}
NOBODY = {"fengzhen_equipment_centre_posts"}


def test_batch648_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=643, unit_words=("丰镇市",), new_people=True)


def test_batch648_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch648_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch648_every_unit_is_of_fengzhen():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("丰镇市") for u in units)


def test_batch648_initials_give_the_holders():
    name = "fengzhen_meal_delivery_initials"
    table = BATCH.table(name)
    assert len(table) == len(ROWS)
    note = next(
        r[0] for r in BATCH.filled(name) if isinstance(r[0], str) and r[0].startswith("注：")
    )
    got = []
    for row in table:
        for k in row[5].split("、"):
            who, post, _tier = KEY[k]
            assert f"{k}—{who}（{post}）" in note
            got.append(("", post, who, row[2], HML[row[3]]))
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    assert sum("、" in row[5] for row in table) >= 3
    assert len(BY_NAME[name]["truth"]) == len(KEY)


def test_batch648_is_read(tmp_path):
    BATCH.is_read(tmp_path)
