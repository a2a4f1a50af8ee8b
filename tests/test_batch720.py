"""The seven-hundred-and-twentieth batch of published layouts (tests/published/batch720.py): seven
ordinary files as the port and border-trade bodies of one border city (珲春市) really send them —
the 商务局's 一览表, the 国际物流园区服务中心's 排查表 对岗不对人, the 边民互市贸易区管理服务中心's 清单 under
group rows, the 口岸服务中心's 防控卡, the 边境经济合作区综合服务中心's 自查表, the 跨境电子商务服务中心's
一览表 and the 口岸建设服务中心's two-sheet 一览表 — and one harder: the 口岸管理委员会's 风险点登记 copied
field by field from a web page, no heading row, every row carrying its own label cells before its
values (``序号 | 科室 | … | 岗位 | … | 姓名 | … | 风险点 | … | 风险等级 | … | 防控措施 | …``)
(``python tests/published/score.py --set batch720``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 30bc7ea (/work/snap28; this worktree branched from dev
at the same commit): TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000
noise=0 (forms 27/27, points 46/46); with --strict the same: TOTAL forms=1.000 recall=1.000
precision=1.000 levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies.
All eight layouts read in full (forms, points, levels and types all 1.00, noise 0), the harder one
too: in ``hunchun_port_committee_labelled_rows.xlsx`` (sheet 风险点登记, rows 2–8, no heading row)
the reader took the label cells B, D, F, H, J, L (``科室 | 岗位 | 姓名 | 风险点 | 风险等级 |
防控措施``) as the row's own headings and the cells right of them (C, E, G, I, K, M) as the values:
four holders (posts.csv F00018–F00021: 委领导 主任 弭翚岑 2 points, 委领导 副主任 侴璟湄 1,
综合协调科 科长 弭歆澍 2, 通关服务科 科员 侴晔翎 2), every point and level right, the closing 公示
line (row 9) rightly no point, and no issue on the file. So no miss: although the README's
读得懂的表 does not describe rows carrying their own label cells beside value cells with no
heading row, the reader already reads that shape; the batch's harder file was no test of a new
shape.

Unscored besides: TABLE_NO_TYPE (info) on the files without a type column.

Read in full untuned, so nothing was generalised; its reading is asserted since (is_read).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch720 import (
    GRADES,
    HIGHS,
    LABELLED,
    LABELS,
    LAYOUTS,
    RESAVED,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **HIGHS}
BATCH = Batch(720, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"hunchun_port_committee_labelled_rows"}
TYPED = {"hunchun_commerce_bureau_list", "hunchun_ecommerce_center_list"}
NOBODY = {"hunchun_logistics_park_posts"}


def test_batch720_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=720, unit_words=("珲春市",), new_people=True)


def test_batch720_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch720_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch720_every_unit_is_of_hunchun():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("珲春市") for u in units)


def test_batch720_labelled_rows_carry_their_own_labels():
    name = "hunchun_port_committee_labelled_rows"
    rows = BATCH.filled(name)
    # no heading row: no row holds only labels
    assert not any(row[0] == "序号" for row in rows)
    got = []
    for row in rows:
        if isinstance(row[0], int):
            assert tuple(row[1:13:2]) == LABELS
            dept, post, who, point, lv, _ = row[2:13:2]
            got.append((dept, post, who, point, GRADES[lv]))
    assert len(got) == len(LABELLED)
    assert got == BATCH.truth_rows(name)
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & set(LABELS)


def test_batch720_plain_tables_by_heading():
    cases = [
        ("hunchun_commerce_bureau_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}),
        ("hunchun_ecommerce_center_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}),
    ]  # fmt: skip
    for name, heads in cases:
        got = BATCH.by_heading(name, heads)
        assert got == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, "风险类型") == [r["types"] for r in BATCH.points(name)], name
    name = "hunchun_logistics_park_posts"
    got = BATCH.by_heading(name, {"dept": "部门", "post": "岗位", "point": "廉政风险点"})
    assert got == BATCH.truth_rows(name)


def test_batch720_group_rows_give_the_department():
    name = "hunchun_mutual_trade_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], HIGHS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch720_one_sheet_a_person():
    name = "hunchun_border_zone_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在科室", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "hunchun_port_service_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "岗　位", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch720_is_read(tmp_path):
    BATCH.is_read(tmp_path)
