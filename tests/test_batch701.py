"""The seven-hundred-and-first batch of published layouts (tests/published/batch701.py): seven
ordinary files as the finance and treasury bodies of one banner (巴林右旗) really send them, and one
harder: the 国库支付中心's 支付审核环节廉政风险点清单 with no holder column, each row's ``单笔支付金额``
naming an amount band and a closing ``审批权限：`` line naming the holder of each band
(``python tests/published/score.py --set batch701``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; no test here reads the batch.

Measured ONCE, untuned, with main's reader at 7d95214 (/work/snap26; this worktree branched from dev
at the same commit): TOTAL forms=0.889 recall=0.837 precision=0.837 levels=1.000 types=1.000
noise=0; with --strict the same. The 8 files: eight .xlsx, no re-saved copies. The seven ordinary
layouts read in full (forms, points, levels and types all 1.00, noise 0).

Missed, all in the harder ``balinyouqi_treasury_payment_amount_bands.xlsx`` (sheet 支付审核; forms
0/3, points 0/8, precision 0/8): the reader read the eight rows C3:C10 as eight points but gave
none of them the holder of its ``单笔支付金额`` band (D3:D10) — the ``审批权限：`` line under the table
(naming 支付审核岗 有珺翾, 副主任 鱼璟翀, 主任 有砚淳 band by band) was not used, so all eight points
fell to a form no truth form matches, where the truth has three holders (3, 3 and 2 points). Kind:
a list with no holder column whose rows name an amount band, the holders given band by band in
a closing 审批权限 line, is read without resolving the band to its holder.

Not generalised in the stop that measured it.

Generalised after this measurement: holders keyed by a column's exact values through a line on the sheet (key：post name pairs, 5万元以下的由…审核审批; HOLDERS_BY_COLUMN_KEY, HOLDER_COLUMN_KEY_UNMATCHED; tests/test_holders_keyed_by_column_line.py). Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE)
"""

from published.batch701 import (
    BANDS,
    GRADES,
    HIGHS,
    LAYOUTS,
    PAYMENTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(701, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"balinyouqi_treasury_payment_amount_bands"}
TYPED = {
    "balinyouqi_procurement_center_posts",
    "balinyouqi_assets_center_list",
    "balinyouqi_bills_register",
}
NOBODY = {"balinyouqi_procurement_center_posts"}


def test_batch701_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=696, unit_words=("巴林右旗",), new_people=True)


def test_batch701_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch701_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch701_every_unit_is_of_balinyouqi():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("巴林右旗") for u in units)


def test_batch701_amount_bands_give_the_holders():
    name = "balinyouqi_treasury_payment_amount_bands"
    table = BATCH.table(name)
    assert len(table) == len(PAYMENTS)
    got = [("", *BANDS[row[3]][:2], row[2], HML[row[4]]) for row in table]
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    assert len(BY_NAME[name]["truth"]) == len(BANDS)
    text = " ".join(str(c) for row in BATCH.filled(name) for c in row if c)
    assert all(f"{post} {who}" in text for post, who, _ in BANDS.values())


def test_batch701_is_read(tmp_path):
    BATCH.is_read(tmp_path)
