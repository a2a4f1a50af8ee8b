"""The six-hundred-and-eighty-ninth batch of published layouts (tests/published/batch689.py): seven
ordinary files of 突泉县's housing security and provident fund bodies and one harder, the
住房公积金管理部's one-sheet-a-person 防控表 whose holder, post and 科室 stand only in each sheet's
printed page header (页眉 ``科室：归集信贷科`` | ``岗位：科长　姓名：泮某某``).

These tests check only the truth; no test reads the batch.

Measured ONCE, untuned, with main's reader at 1c59029 (/work/snap25): TOTAL forms=0.864
recall=0.800 precision=0.800 levels=1.000 types=1.000 noise=0 (forms 19/22, points 36/45); with
--strict the same: TOTAL forms=0.864 recall=0.800 precision=0.800 levels=1.000 types=1.000
noise=0. The seven ordinary layouts read in full (forms, points, levels, types all 1.00, noise 0).

Missed, all in the harder ``tuquan_fund_office_holder_in_page_header.xlsx`` (sheets Sheet1,
Sheet2, Sheet3; forms 0/3, points 0/9): the reader read each sheet's rows B3–B5 as the three
points of one form with no 科室, no post and no holder (posts.csv F00001–F00003 blank), levels and
measures right, and never looked at the printed page headers, where the truth has 归集信贷科 科长
泮翀璘 (Sheet1), 归集信贷科 信贷员 堵蕤珈 (Sheet2) and 财务核算科 会计 泮甯沣 (Sheet3), each in the
header's left section ``科室：…`` and right section ``岗位：…　姓名：…``. Kind: a one-sheet-a-person
template whose holder, post and 科室 are printed only in the sheet's page header (页眉) is read as
holder-less forms, the header unread. Aside (not scored): the unit is blank too, the title in A1
``突泉县住房公积金管理部岗位廉政风险防控表`` giving no unit (the same file titled ``…管理中心…`` gives
``突泉县住房公积金管理中心``): a unit ending in ``管理部`` is not taken from the title.

Not generalised in the stop that measured it.

Generalised after this measurement: a holder printed only in the page header (页眉) as labelled fields (HOLDER_IN_PAGE_HEADER info, HOLDER_PAGE_HEADER_DIFFERS warning; tests/test_holder_in_page_header.py); a county body ending in 管理部 is the unit. Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE)
"""

import openpyxl
from published.batch689 import FUND, GRADES, HIGHS, LAYOUTS, RESAVED, ROMAN, STARS, build
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **HIGHS}
BATCH = Batch(689, LAYOUTS, build, levels=LEVELS)
HARDER = {"tuquan_fund_office_holder_in_page_header"}
TYPED = {"tuquan_security_centre_posts", "tuquan_property_centre_register"}
NOBODY = {"tuquan_security_centre_posts"}
HEADER_FILE = "tuquan_fund_office_holder_in_page_header.xlsx"


def _in_page_header(form: dict, field: str) -> bool:
    return form["file"] == HEADER_FILE


def test_batch689_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=688, unit_words=("突泉县",), new_people=True)


def test_batch689_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14), unnamed=_in_page_header)
    assert RESAVED == ()


def test_batch689_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch689_holder_only_in_the_page_header():
    inbox, truth = BATCH.truth()
    wb = openpyxl.load_workbook(inbox / HEADER_FILE)
    got = []
    for tab, dept, post, who, _tier, points in FUND:
        ws = wb[tab]
        assert ws.oddHeader.left.text == f"科室：{dept}"
        assert ws.oddHeader.right.text == f"岗位：{post}\u3000姓名：{who}"
        cells = {str(c.value) for row in ws.iter_rows() for c in row if c.value is not None}
        assert not any(who in c or dept in c for c in cells)  # nowhere in the cells
        got += [(tab, dept, post, who, p, HIGHS[lv]) for p, lv, _m in points]
    want = [(f["sheet"], f["department"], f["title"], f["person"], r["risk_point"], r["level"])
            for f in truth["forms"] if f["file"] == HEADER_FILE for r in f["risks"]]  # fmt: skip
    assert sorted(got) == sorted(want)


def test_batch689_is_read(tmp_path):
    BATCH.is_read(tmp_path)
