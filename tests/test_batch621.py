"""The six-hundred-and-twenty-first batch of published layouts (tests/published/batch621.py): seven
ordinary files as the finance and tax bodies of one banner (乌拉特后旗) really send them — the
国库集中支付中心's 一览表 with ``一级/二级/三级``, the 税务局's 一览表 in two sheets 局领导/股室 with ``…风险``
types and 高/中/低, the 非税收入管理所's 防控卡 one sheet a person with ``★★★/★★/★``, the 会计核算中心's
一览表 with ``高风险/中风险/低风险``, the 巴音宝力格镇财政所's 自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``,
the 巴音宝力格税务分局's 排查表 对岗不对人 with ``风险点 | 风险表现``, the 财政投资评审中心's 清单 under group
rows with ``一级风险/二级风险/三级风险`` — and one harder: the 财政局's 收支两条线廉政风险对照表, a butterfly
table whose holder columns ``股室 | 岗位 | 姓名`` stand in the middle between the 收入 side's and the 支出
side's ``廉政风险点 | 风险等级 | 防控措施`` (``python tests/published/score.py --set batch621``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 3c7eee8 (/work/snap14; this worktree branched from
dev at the same commit): TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000
noise=1; with --strict the same: TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000
types=1.000 noise=1 (forms 31/31, points 55/55, precision 55/55, levels 55/55, types 55/55). The 8
files: eight .xlsx, no re-saved copies. ALL EIGHT layouts read in full, the harder one too: the
seven ordinary ones with noise 0, and ``urad_finance_bureau_two_sided.xlsx`` (sheet 收支对照) forms
4/4, points 11/11, levels 11/11 — both the 收入 side's points (A5…) and the 支出 side's (G5…) went to
the middle holder of their rows (D:F merged down per person), the blank side of a row gave no
point, and the 股长 with 支出 points only (庹澂昀, 经济建设股) got his two.

No miss. The one noise is in the harder file: the band row A3 above the heading
(``收入（征缴）管理环节 | 责任股室及人员 | 支出（拨付）管理环节``, merged over A3:C3, D3:F3, G3:I3) was
reported as ROW_UNPLACED (warning, 表格之外的内容 未被收录) rather than taken as the heading's upper
row; it costs nothing in the scores. Kind: a merged band of section names over a two-group heading
is left as out-of-table content instead of being read as part of the heading.

Unscored besides: TABLE_NO_TYPE (info) on the harder file.

Not generalised in the stop that measured it (nothing missed to generalise; the band row's
ROW_UNPLACED warning is left as it is).

Generalised after this measurement: the band of group names merged over the heading's groups (A3) is the heading's upper row, not content (`tests/test_group_band_over_heading.py`); the one noise gone. Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch621 import (
    GRADES,
    HIGHS,
    LAYOUTS,
    PLACE,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    TWO_SIDED,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(621, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"urad_finance_bureau_two_sided"}
TYPED = {
    "urad_tax_bureau_two_sheets",
    "urad_accounting_center_list",
    "urad_bayinbaolige_tax_posts",
}
NOBODY = {"urad_bayinbaolige_tax_posts"}


def test_batch621_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=619, unit_words=(PLACE,), new_people=True)


def test_batch621_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch621_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch621_every_unit_is_of_urad_rear_banner():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(PLACE in u for u in units)


def test_batch621_both_sides_belong_to_the_middle_holder():
    name = "urad_finance_bureau_two_sided"
    rows = BATCH.filled(name)
    head = BATCH.header(name, first="廉政风险点")
    assert rows[head][3:6] == ["股室", "岗位", "姓名"]
    assert rows[head][0] == rows[head][6] == "廉政风险点"
    assert rows[head - 1][0].startswith("收入") and rows[head - 1][6].startswith("支出")
    got, two = [], 0
    for row in rows[head + 1 :]:
        sides = [(row[c], row[c + 1]) for c in (0, 6) if row[c + 1] in HML]
        two += len(sides) == 2
        for point, lv in sides:
            got.append((row[3], row[4], row[5], point, HML[lv]))
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    assert two >= 3
    # one holder with points on the 支出 side only, one with more 收入 than 支出
    assert any(not income for *_, income, _spend in TWO_SIDED)
    assert any(len(income) > len(spend) for *_, income, spend in TWO_SIDED)
    assert len(BY_NAME[name]["truth"]) == len(TWO_SIDED)


def test_batch621_plain_tables_by_heading():
    cases = [
        ("urad_accounting_center_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("urad_bayinbaolige_tax_posts", {"dept": "股室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "urad_treasury_center_list"
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name)
    name = "urad_tax_bureau_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "局领导") == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    # the short 风险点 is the point, the long 风险表现 none
    name = "urad_bayinbaolige_tax_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}


def test_batch621_group_rows_give_the_department():
    name = "urad_investment_review_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch621_one_sheet_a_person():
    name = "urad_bayinbaolige_finance_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在股室", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "urad_nontax_office_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch621_is_read(tmp_path):
    BATCH.is_read(tmp_path)
