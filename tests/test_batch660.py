"""The six-hundred-and-sixtieth batch of published layouts (tests/published/batch660.py): seven
ordinary files as the port and customs-service bodies of one border city (二连浩特市) really send
them — the 口岸管理委员会's 一览表 in two sheets 委领导/科室 with ``一级/二级/三级``, the 公路口岸管理办公室's
排查表 对岗不对人 with ``风险点 | 风险表现``, the 口岸服务中心's 自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``,
the 边民互市贸易区管理委员会's 清单 under group rows with ``一级风险/二级风险/三级风险``, the
铁路口岸管理办公室's 防控卡 one sheet a leader with ``★★★/★★/★``, the 国际贸易单一窗口服务中心's 一览表 with
``高风险/中风险/低风险``, the 口岸限定区域管理所's 登记表 — and one harder: the 海关报关服务中心's
岗位廉政风险点公示表 with no 科室/岗位/责任人 column, each 风险点 cell closing with ``——`` and the holder's
post and name (``python tests/published/score.py --set batch660``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at fe1699a (/work/snap20; this worktree branched from
dev at the same commit): TOTAL forms=0.844 recall=0.827 precision=0.827 levels=1.000 types=1.000
noise=0; with --strict the same: TOTAL forms=0.844 recall=0.827 precision=0.827 levels=1.000
types=1.000 noise=0 (forms 27/32, points 43/52). The 8 files: eight .xlsx, no re-saved copies.
The seven ordinary layouts read in full (forms, points, levels and types all 1.00, noise 0).

Missed, all in the harder ``erenhot_customs_service_dashed_holders.xlsx`` (sheet 风险点公示表;
forms 0/5, points 0/9, precision 0/9, noise 0): the reader found the table (heading A3:E3) and
read all nine rows C4:C12 with the right levels (高/中/低 → Ⅰ/Ⅱ/Ⅲ) and 业务环节 as the workflow, but
as ONE form with no 岗位 and no 责任人 (posts.csv F00001, department/person/title blank) and kept
the dash and holder inside each point (``…对单证不符放行——审单员　闻砚翮``), where the truth has five
holders — 主任 闻琭翯 (C4, C12), 副主任 屠燊玥 (C9), 审单员 闻砚翮 (C5, C7), 报关录入员 屠溁珏 (C6, C10),
收费员 闻昳澂 (C8, C11) — and the points without the ``——post　name`` tail; the ``注：`` line saying the
dash gives the 责任岗位及责任人 was passed over; only TABLE_NO_TYPE (info) was issued. Kind: an
unlabelled post and name tacked onto the end of each point after ``——`` is read as part of the
point, so a list with no holder column collapses into one holder-less form and every point text
is wrong.

Unscored besides: the other issues are info only (TABLE_NO_TYPE).

Not generalised in the stop that measured it (left for the next): a point closing with ``——`` and
the holder's post and name (unlabelled), explained by a ``注：`` line.

Generalised after this measurement: a holder after a dash closing each point (`…对单证不符放行——审单员　闻砚翮`, no holder column) is the row's holder and the point the text before the dashes (`HOLDER_AFTER_POINT_DASH`; `tests/test_holder_after_a_dash.py`). Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch660 import (
    DASH,
    DASHED,
    GAP,
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
BATCH = Batch(660, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"erenhot_customs_service_dashed_holders"}
TYPED = {
    "erenhot_road_port_office_posts",
    "erenhot_single_window_center_list",
    "erenhot_port_area_office_register",
}
NOBODY = {"erenhot_road_port_office_posts"}


def test_batch660_is_apart_from_the_earlier_batches():
    BATCH.is_apart(
        count=(8, 9), harder=HARDER, sees=655, unit_words=("二连浩特市",), new_people=True
    )


def test_batch660_truth_is_self_consistent():
    # the harder file's points stand in their cells before the dash and holder
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14), whole_points=False)
    assert RESAVED == ()


def test_batch660_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch660_every_unit_is_of_erenhot():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("二连浩特市") for u in units)


def test_batch660_dash_gives_the_holder():
    name = "erenhot_customs_service_dashed_holders"
    head = BATCH.header(name)
    assert BATCH.filled(name)[head][:5] == [
        "序号",
        "业务环节",
        "廉政风险点",
        "风险等级",
        "防控措施",
    ]
    table = BATCH.table(name)
    assert len(table) == len(DASHED)
    got = []
    for row in table:
        point, holder = row[2].split(DASH)
        post, who = holder.split(GAP)
        got.append(("", post, who, point, HML[row[3]]))
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    # no holder column; the holders' rows are scattered, not in blocks
    keys = [key for *_r, key in DASHED]
    assert any(
        keys[i] == keys[j] and keys[i] != keys[i + 1]
        for i in range(len(keys))
        for j in range(i + 2, len(keys))
    )
    assert len(BY_NAME[name]["truth"]) == len(HOLDERS)


def test_batch660_plain_tables_by_heading():
    cases = [
        ("erenhot_single_window_center_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("erenhot_port_area_office_register",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("erenhot_road_port_office_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "erenhot_port_committee_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "委领导") == BATCH.truth_rows(name, "委领导")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "科室") == BATCH.truth_rows(name, "科室")
    # the short 风险点 is the point, the long 风险表现 none
    name = "erenhot_road_port_office_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}


def test_batch660_group_rows_give_the_department():
    name = "erenhot_border_trade_zone_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch660_one_sheet_a_person():
    name = "erenhot_port_service_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在组室", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "erenhot_rail_port_office_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch660_is_read(tmp_path):
    BATCH.is_read(tmp_path)
