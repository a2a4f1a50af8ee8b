"""The nine-hundred-and-ninety-eighth batch of published layouts (tests/published/batch998.py):
seven ordinary files as the 边境 and 乡镇 bodies of one county (麻栗坡县) send them — the 猛硐乡财政所's 一览表,
the 董渡村's 清单, the 外事办's 责任清单, the 口岸办's 排查表, the 商务局's 一览表, the 交通运输局's 清单 对岗不对人,
the 天保边民互市点管理所's 自查表 one sheet a person — and one harder: the 八布乡人民政府's 一览表 whose only
risk-text column is headed ``风险环节`` (no ``风险点`` column)
(``python tests/published/score.py --set batch998``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here.

Measured ONCE, untuned, with lead's reader at 2cbf9ac0 (this worktree branched from that commit,
xlproc/ untouched): TOTAL forms=0.818 recall=0.833 precision=1.000 levels=1.000 types=1.000
noise=0 (forms 18/22, points 30/36, precision 30/30, levels 30/30, types 30/30 — levels and types
are scored on the points found only); with --strict the same (forms 18/22). The 8 files: eight
.xlsx, no re-saved copies. All seven ordinary layouts read in full (forms, points, levels and types
all 1.00, noise 0, --strict too) — the 村's ``职务 | 姓名`` on every row, the 口岸办's ``附件1`` and merged
填报单位 line, the 交通运输局's posts with no names, the 互市点's self-checks one sheet a person.

Missed, all in the harder ``malipo_border_township_risk_link_only.xlsx`` (forms 0/4, points 0/6,
noise 0): the only issue said was FILE_NO_FORM (warning: no 风险点/风险级别 header found) — the
header ``序号 | 股室 | 岗位 | 姓名 | 风险环节 | 风险等级 | 防控措施`` is not taken for one, since ``风险环节``
is read as the workflow role and the row's cheap header test (``names_point``) wants a point
heading. A probe before building (a 3-row table headed ``风险环节``; the same with ``风险点`` read) showed
the same: FILE_NO_FORM. The truth has 6 points in 4 forms.
Kind: a table whose only risk-text column is headed ``风险环节`` (``廉政风险环节``), with a level and measures
column but no ``风险点`` column, is not found at all; a general fix would let the workflow column hold the
points where a header has level/type/measures but no point column, a table with both a 环节 and a
风险点 column reading as before.

Generalised after this measurement: a header on one row whose ONLY risk-text column is headed by a
workflow word naming the risk (``风险环节``, ``廉政风险环节``, ``工作环节``), no ``风险点`` / ``风险描述`` column,
beside a level, type or measures heading and a holder's or post's heading, every cell a short
heading, is now a table: that column holds the points (read as ``风险点``), said once a table (info
POINTS_IN_LINK_COLUMN at the heading: here 一览表!E2, "风险环节"); under it the cells must be texts
(eight characters or more at least twice as often as shorter ones), not step names (``审批``,
``验收``), levels or ticks; a header with a ``风险点`` column besides reads as before — a cheap test
first (the row's joined text writes ``环节``), xlproc/locate_header.py ``_link_headed_rows``,
tests/test_points_in_link_column.py. Read 1.00 since (forms 22/22, points 36/36, precision 36/36,
levels 36/36, types 36/36, noise 0; --strict the same; the harder file 6/6); batch983, batch10,
batch593, batch915, batch962 and batch725 (tables with 风险环节 / 工作环节 columns beside 风险点) score the
same, --strict.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch998 import GRADES, HIGHS, LAYOUTS, RESAVED, ROMAN, TOWNSHIP_ROWS, build
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **HIGHS}
BATCH = Batch(998, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"malipo_border_township_risk_link_only"}
TYPED = {
    "malipo_foreign_affairs_duty_list",
    "malipo_port_office_screening",
    "malipo_commerce_bureau_list",
    "malipo_transport_bureau_posts",
}
NOBODY = {"malipo_transport_bureau_posts"}
SURNAMES = ("出连", "吐奚")


def test_batch998_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=996, unit_words=("麻栗坡县",), new_people=True)


def test_batch998_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 16))
    assert RESAVED == ()


def test_batch998_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch998_every_unit_is_of_malipo():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("麻栗坡县") for u in units)


def test_batch998_people_are_of_two_rare_surnames():
    people = {f["person"] for lay in LAYOUTS for f in lay["truth"]} - {""}
    assert people and all(p.startswith(SURNAMES) for p in people)
    assert {p[:2] for p in people} == set(SURNAMES)


def test_batch998_the_risk_link_column_holds_the_points():
    name = "malipo_border_township_risk_link_only"
    head = BATCH.header(name)
    rows = BATCH.filled(name)
    assert rows[head] == ["序号", "股室", "岗位", "姓名", "风险环节", "风险等级", "防控措施"]
    assert not any("风险点" in str(c) for row in rows for c in row if c)
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险环节"}
    assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name)
    assert len(BATCH.truth_rows(name)) == len(TOWNSHIP_ROWS)


def test_batch998_plain_tables_by_heading():
    cases = [
        ("malipo_foreign_affairs_duty_list",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}),
        ("malipo_port_office_screening",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}),
        ("malipo_commerce_bureau_list",
         {"dept": "科室", "post": "职务", "person": "姓名", "point": "廉政风险点"}),
        ("malipo_transport_bureau_posts", {"dept": "科室", "post": "岗位", "point": "廉政风险点"}),
    ]  # fmt: skip
    for name, heads in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name


def test_batch998_is_read(tmp_path):
    BATCH.is_read(tmp_path)
