"""The one-thousand-and-first batch of published layouts (tests/published/batch1001.py):
seven ordinary files as the bodies of one county (紫云县) send them — the 林业局's 一览表, the 水务局's
清单 对岗不对人, the 第二中学's 一览表, the 医疗保障局's 责任清单, the 市场监督管理局's 排查表, the 洛麦村's 小微权力清单,
the 统计局's 自查表 one sheet a person — and one harder: the 板当镇人民政府's 一览表 with, right under its
rows on the same sheet, the 巡察 反馈问题整改台账 (``序号 | 存在问题 | 整改措施 | 整改时限 | 责任人 | 完成情况``)
(``python tests/published/score.py --set batch1001``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here.

Measured ONCE, untuned, with main's reader at 2e63eaab (this worktree branched from that commit,
xlproc/ untouched), after these tests passed: TOTAL forms=1.000 recall=1.000 precision=0.902
levels=1.000 types=1.000 noise=0 (forms 24/24, points 37/37, precision 37/41, levels 37/37, types
37/37 — levels and types are scored on the points found only); with --strict the same (forms
24/24). The 8 files: eight .xlsx, no re-saved copies. All seven ordinary layouts read in full
(forms, points, levels and types all 1.00, noise 0, --strict too) — the 水务局's posts with no
names, the 市场监督管理局's ``附件1`` and merged 填报单位 line, the 统计局's self-checks one sheet a person.

Missed, all in the harder ``ziyun_bandang_township_list_with_ledger_below.xlsx`` (forms 4/4, points
6/6, precision 6/10, noise 0): the list's six points came out right, and the ledger under it was
read as four MORE points of the list, by the list's columns: its heading row (一览表!A11 ``序号 |
存在问题 | 整改措施 | 整改时限 | 责任人 | 完成情况``) as a point ``责任人`` of 科室 ``存在问题``, post
``整改措施``, holder ``整改时限``, and each of its rows (A12–A14) as a point named by its 责任人
(``步大汗沨琰``, …) of 科室 ``产业奖补资金公示时间不足`` and holder ``2025年3月``; each said as an
error LEVEL_UNKNOWN (F11 ``完成情况``, F12 ``已完成``, F13 ``已完成``, F14 ``整改中``) and a warning
MEASURES_BLANK (G11–G14). The caption ``附：2024年县委巡察反馈问题整改台账`` after the blank row did not end
the list either. Why: the ledger's heading row holds a holder's heading (``责任人``), so the row is
of the ``fields`` kind (a form's labels), and ``_foreign_header`` (the test that ends a table at
another table's heading row) takes no ``fields`` row for a heading; ``存在问题`` heads no known
column. A probe before building (the same list with the ledger under it, with or without the
caption and the blank row) showed the same; the ledger alone on its own sheet is no table
(nothing read).
Kind: a second table of another kind right under a list, on the same sheet — a ledger, a check
record, a statistics block — whose heading row is not taken for one (here because one of its
headings names a holder, ``责任人``, ``责任科室``), so its heading and rows are read as more points of
the list; a general fix would end the list at a heading row of short headings none of them a
label with its value, the table under it reported once (TABLE_OTHER), its rows no points.

Generalised after this measurement: a numbered table of another kind right under a list's rows
on the same sheet (with or without a blank row and a caption between), whose heading row opens
with ``序号`` and holds short headings only — no label with a colon, no name, date or number, no
point's or level's heading, a holder's or a 科室's heading among them (what made it a row of
``fields``), two of them at least not the list's own — over numbered rows, ends the list there;
the table is reported once (info TABLE_UNDER_LIST at its heading, its rows counted: here
一览表!A11, 3 rows), its heading and rows no points — a cheap test first (the row is of the
``fields`` kind, already known, and opens with ``序号``), xlproc/locate_header.py
``_heading_under_list``, called in the body (locate_body.py) and the tail (locate_preamble.py
``_tail``); a roster of who holds which post (``_roster_below``), a log of who took over which
(``原任人员 | 现任人员``) and a second list of points read as before, tests/test_table_under_list.py.
Read 1.00 since (forms 24/24, points 37/37, precision 37/37, levels 37/37, types 37/37, noise 0;
--strict the same; the harder file 6/6, precision 6/6). batch983, batch334 (a 岗位人员变动登记 under
its list), batch998, batch986 and batch10 score the same, --strict; benchmarks/same_results.py
finds no reading changed on the 111 files of the built batches, tests/data, the corpus and two
bench inboxes (10,535 files) with a second row opening with ``序号`` on a sheet (only such files
can change).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch1001 import (
    GRADES,
    HIGHS,
    LAYOUTS,
    LEDGER_HEAD,
    LEDGER_ROWS,
    RESAVED,
    ROMAN,
    TOWNSHIP_ROWS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **HIGHS}
BATCH = Batch(1001, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"ziyun_bandang_township_list_with_ledger_below"}
TYPED = {
    "ziyun_forestry_bureau_list",
    "ziyun_healthcare_security_duty_list",
    "ziyun_market_regulation_screening",
}
NOBODY = {"ziyun_water_bureau_posts"}
SURNAMES = ("丘穆陵", "步大汗")


def test_batch1001_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=998, unit_words=("紫云县",), new_people=True)


def test_batch1001_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 16))
    assert RESAVED == ()


def test_batch1001_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch1001_every_unit_is_of_ziyun():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("紫云县") for u in units)


def test_batch1001_people_are_of_two_rare_surnames():
    people = {f["person"] for lay in LAYOUTS for f in lay["truth"]} - {""}
    assert people and all(p.startswith(SURNAMES) for p in people)
    assert {p[:3] for p in people} == set(SURNAMES)


def test_batch1001_the_ledger_under_the_list_holds_no_points():
    name = "ziyun_bandang_township_list_with_ledger_below"
    head = BATCH.header(name)
    rows = BATCH.filled(name)
    assert rows[head] == ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"]
    ledger = next(r for r, row in enumerate(rows) if row and row[1] == "存在问题")
    assert ledger > head + len(TOWNSHIP_ROWS)
    assert tuple(rows[ledger][:6]) == LEDGER_HEAD and rows[ledger - 1][0].startswith("附：")
    assert not any(rows[ledger - 2])  # (a blank row between the list and the ledger's caption)
    # the ledger's 责任人 are the list's people, its rows no points
    people = {who for _d, _p, who, *_ in TOWNSHIP_ROWS}
    assert {row[4] for row in LEDGER_ROWS} <= people
    points = {r["risk_point"] for f in BY_NAME[name]["truth"] for r in f["risks"]}
    assert not points & {row[1] for row in LEDGER_ROWS}
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, end=ledger) == BATCH.truth_rows(name)
    assert len(BATCH.truth_rows(name)) == len(TOWNSHIP_ROWS)


def test_batch1001_plain_tables_by_heading():
    cases = [
        ("ziyun_forestry_bureau_list",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}),
        ("ziyun_second_middle_school_list",
         {"dept": "处室", "post": "职务", "person": "姓名", "point": "风险点"}),
        ("ziyun_healthcare_security_duty_list",
         {"dept": "股室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}),
        ("ziyun_market_regulation_screening",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}),
        ("ziyun_water_bureau_posts", {"dept": "科室", "post": "岗位", "point": "廉政风险点"}),
    ]  # fmt: skip
    for name, heads in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name


def test_batch1001_is_read(tmp_path):
    BATCH.is_read(tmp_path)
