"""The one-thousand-and-sixth batch of published layouts (tests/published/batch1006.py):
seven ordinary files as the bodies of one county (丹寨县) send them — the 民族宗教事务局's 一览表, the
统战部's 责任清单, the 民族中学's 一览表, the 县委党校's 清单 对岗不对人, the 图书馆's 排查表, the 司法局's 自查表 one
sheet a person, the 麻鸟村's 小微权力清单 — and one harder: the 雅灰乡人民政府's 一览表 with, right under its
rows on the same sheet, the 巡察 反馈问题整改台账 with NO number column (``问题描述 | 整改措施 | 责任科室 |
责任人 | 完成时限 | 整改情况``, its rows unnumbered) (``python tests/published/score.py --set batch1006``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here.

Measured ONCE, untuned, with the reader at 278c84a8 (r2base: main plus batches 999 and 1001–1003;
this worktree branched from that commit, xlproc/ untouched), after these tests passed (all but
``is_read``, the bars): TOTAL forms=1.000 recall=1.000 precision=0.895 levels=1.000 types=1.000
noise=0 (forms 25/25, points 34/34, precision 34/38, levels 34/34, types 34/34 — levels and types
are scored on the points found only); with --strict the same (forms 25/25). The 8 files: eight
.xlsx, no re-saved copies. All seven ordinary layouts read in full (forms, points, levels and types
all 1.00, noise 0, --strict too) — the 党校's posts with no names, the 图书馆's ``附件2``, merged
填报单位 line and ``注：`` line, the 司法局's self-checks one sheet a person.

Missed, all in the harder ``danzhai_yahui_township_list_with_unnumbered_ledger_below.xlsx`` (forms
4/4, points 6/6, precision 6/10, noise 0): the list's six points came out right, and the ledger
under it was read as four MORE points of the list, by the list's columns: its heading row
(一览表!A11 ``问题描述 | 整改措施 | 责任科室 | 责任人 | 完成时限 | 整改情况``) as a point ``完成时限`` of 科室
``整改措施``, post ``责任科室``, holder ``责任人``, and each of its rows (A12–A14) as a point named by
its 完成时限 (``2025年4月``, …) of 科室 ``补足公示期，建立公示台账`` (its 整改措施) and holder ``达勃沅玙``
(its 责任人); the 问题描述 under the list's 序号 column was dropped; each said as an error
LEVEL_UNKNOWN (F11 ``整改情况``, F12 ``已完成``, F13 ``已完成``, F14 ``整改中``) and a warning
MEASURES_BLANK (G11–G14). The caption ``附：县委第二巡察组反馈问题整改台账`` after the blank row did not
end the list either. Why: ``_heading_under_list`` (batch1001's TABLE_UNDER_LIST) takes a ledger's
heading row only when it opens with ``序号`` over numbered rows; this one has no number column at
all, so the row, of the ``fields`` kind by its 责任人 (a form's labels), is no heading to
``_foreign_header`` either. A probe before building (the same list with such a ledger under it,
``问题描述 | 整改措施 | 责任人 | 完成时限`` and wider, with or without the caption and the blank row,
with a blank heading over numbered rows) showed the same wherever the ledger reached the list's
point column; a ledger of four columns (none under the point's) read no points and only its
heading ROW_UNPLACED.
Kind: a second table of another kind right under a list whose heading row does not open with a
number column (``序号``) — or opens with a blank over numbered rows — so its heading and rows are
read as more points of the list; a general fix would take the heading by its words alone (short
headings, a holder's or 科室's among them, most of them known headings, none the list's own nor
a point's or level's) over rows that are no headings, the table reported once (TABLE_UNDER_LIST).

Generalised after this measurement: a table of another kind right under a list's rows on the same
sheet whose heading row opens with no ``序号`` — no number column at all, its rows unnumbered, or a
blank over a number column — ends the list too (batch1001's TABLE_UNDER_LIST generalised, not
duplicated): ``_heading_under_list`` keeps its tests (a row of ``fields`` kind, four to twelve
short headings, no label with a colon, no name, date or number, no point's or level's heading, a
holder's or a 科室's among them, two at least not the list's own, no roster nor change log) and,
where the first heading is not ``序号``, asks instead of numbered rows (``_unnumbered_ledger``,
xlproc/locate_header.py) that every heading be a known column's or of a ledger's words (问题, 整改,
时限, 日期, 内容, 情况 …), one at least a ledger's or record's own (问题, 整改, 检查, 学习, 督办, 销号 —
the cheap test, searched once in the row's text before any cell is looked at), none a risk list's
(风险, 廉政, 防控, 隐患) nor a point's, level's, type's or description's, and that the row under it be
no heading row and fill the holder's or 科室's column; the table is reported once (info
TABLE_UNDER_LIST, its message now saying a number column or none alike: here 一览表!A11, 3 rows),
its heading and rows no points. tests/test_unnumbered_ledger_under_list.py, in other words (a
水利局's 审计 ledger with no gap nor caption, a 卫生院's 学习教育记录 ``学习日期 | 学习内容 | 学习形式 |
参加人员 | 责任人``, a 教育局's 督办 ledger with a blank over its number column; near-misses: a second
list of points with no 序号, a 学习记录 naming no holder, a two-row header). Left: a record naming no
holder or 科室 (``日期 | 学习内容 | 学习形式 | 参加人 | 主持人 | 记录人 | 备注``, of ``other`` kind) reaching
the list's point column is still read as points — not this kind (no holder's heading), not fixed.
Read 1.00 since (forms 25/25, points 34/34, precision 34/34, levels 34/34, types 34/34, noise 0;
--strict the same; the harder file 6/6, precision 6/6). batch983, batch1001, batch334, batch998,
batch986, batch10 and the batches with a 整改 ledger's headings (batch139, 195, 21, 219, 228, 230,
234, 239, 241, 248, 266, 38, 41, 55, 632) all score 1.000 on every figure, --strict.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch1006 import (
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
BATCH = Batch(1006, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"danzhai_yahui_township_list_with_unnumbered_ledger_below"}
TYPED = {"danzhai_ethnic_religious_affairs_list", "danzhai_ethnic_middle_school_list"}
NOBODY = {"danzhai_party_school_posts"}
SURNAMES = ("费连", "达勃")


def test_batch1006_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=998, unit_words=("丹寨县",), new_people=True)


def test_batch1006_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 16))
    assert RESAVED == ()


def test_batch1006_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch1006_every_unit_is_of_danzhai():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all("丹寨县" in u for u in units)


def test_batch1006_people_are_of_two_rare_surnames():
    people = {f["person"] for lay in LAYOUTS for f in lay["truth"]} - {""}
    assert people and all(p.startswith(SURNAMES) for p in people)
    assert {p[:2] for p in people} == set(SURNAMES)


def test_batch1006_the_unnumbered_ledger_under_the_list_holds_no_points():
    name = "danzhai_yahui_township_list_with_unnumbered_ledger_below"
    head = BATCH.header(name)
    rows = BATCH.filled(name)
    assert rows[head] == ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"]
    ledger = next(r for r, row in enumerate(rows) if row and row[0] == "问题描述")
    assert ledger > head + len(TOWNSHIP_ROWS)
    assert tuple(rows[ledger][:6]) == LEDGER_HEAD and rows[ledger - 1][0].startswith("附：")
    assert not any(rows[ledger - 2])  # (a blank row between the list and the ledger's caption)
    # no number column: the heading does not open with 序号, the rows are not numbered
    assert "序号" not in rows[ledger]
    assert not any(str(rows[ledger + i][0]).isdigit() for i in range(1, len(LEDGER_ROWS) + 1))
    # the ledger's 责任人 are the list's people, its rows no points
    people = {who for _d, _p, who, *_ in TOWNSHIP_ROWS}
    assert {row[3] for row in LEDGER_ROWS} <= people
    points = {r["risk_point"] for f in BY_NAME[name]["truth"] for r in f["risks"]}
    assert not points & {row[0] for row in LEDGER_ROWS}
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, end=ledger) == BATCH.truth_rows(name)
    assert len(BATCH.truth_rows(name)) == len(TOWNSHIP_ROWS)


def test_batch1006_plain_tables_by_heading():
    cases = [
        ("danzhai_ethnic_religious_affairs_list",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}),
        ("danzhai_united_front_duty_list",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}),
        ("danzhai_ethnic_middle_school_list",
         {"dept": "处室", "post": "职务", "person": "姓名", "point": "风险点"}),
        ("danzhai_library_screening",
         {"dept": "部门", "post": "岗位", "person": "姓名", "point": "廉政风险点"}),
        ("danzhai_party_school_posts", {"dept": "科室", "post": "岗位", "point": "廉政风险点"}),
    ]  # fmt: skip
    for name, heads in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name


def test_batch1006_is_read(tmp_path):
    BATCH.is_read(tmp_path)
