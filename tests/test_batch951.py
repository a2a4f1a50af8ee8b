"""The nine-hundred-and-fifty-first batch of published layouts (tests/published/batch951.py): seven
ordinary files as the commerce and market service bodies of one district (色尼区) really send them —
the 商务局's 一览表 in two sheets 局领导/股室 with ``一级/二级/三级``, the 市场服务中心's 排查表 对岗不对人 with
``风险点 | 风险表现``, the 物流园区管理办公室's 防控卡 one sheet a leader with ``★★★/★★/★``, the
虫草交易市场管理所's 清单 under group rows ``一、所领导`` … with ``一级风险/二级风险/三级风险``, the
电子商务服务站's 自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 古露镇商贸服务站's 一览表 with
``高风险/中风险/低风险``, the 罗玛镇商贸服务站's 登记表 — and one harder: the 价格监测站's list exported as
an unquoted .csv and opened in Excel, each point typed with a half-width comma split there and the
rest of its row one column right (``python tests/published/score.py --set batch951``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 3293f458 (/work/snap68; this worktree branched from
main at the same commit), after these tests passed: TOTAL forms=1.000 recall=0.939 precision=0.939
levels=1.000 types=1.000 noise=0 (forms 29/29, points 46/49, precision 46/49, levels 46/46, types
46/46); with --strict the same: TOTAL forms=1.000 recall=0.939 precision=0.939 levels=1.000
types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies. The seven ordinary layouts read
in full (forms, points, levels and types all 1.00, noise 0).

Missed, all in the harder ``seni_price_station_csv_comma_split.xlsx`` (sheet 风险点导出; forms 4/4,
points 4/7, precision 4/7, levels 4/4 of the matched, noise 0): the four whole rows (3, 5, 7, 8) read
right; on the three split rows the reader read column by heading: F (``廉政风险点``) gave only the
point's first half as the point, G (``风险等级``) the second half as the level, H (``防控措施``) the
level word, and the unheaded I was joined to the measures (MEASURES_ACROSS_COLUMNS at I1). So F00001
(站领导 站长 廖澂瑆) got ``价格监测定点单位确定不按条件`` (truth ``价格监测定点单位确定不按条件,照顾关系户``,
一级), F00002 (监测股 股长 董渫琤) got ``监测报表审核走过场`` (truth ``…走过场,错误数据直接上报``, 二级) and
F00003 (监测股 价格监测员 廖泚琇) got ``价格监测数据采集不按时`` (truth ``…不按时,事后补录编造``, 一级), each
with NO level (LEVEL_UNKNOWN at G2 ``照顾关系户``, G4 ``错误数据直接上报``, G6 ``事后补录编造``) and measures
``一级⏎定点单位经站务会集体研究确定…`` (the level word first); the three half-points count as three
misses and three false points. Kind: rows LONGER than the heading by one cell — a field split at its
own half-width comma when an unquoted .csv was opened — are read heading-over-column, so the point
is cut at the comma, its tail taken as the level and the level pushed into the measures; nothing
checks a row's width against the heading or a level cell that holds no level while the next cell
does.

Unscored besides: the harder file's three LEVEL_UNKNOWN errors (above), and with them the posts'
computed grades: 廖泚琇 (价格监测员) graded C (``风险分值1 → C``) for the lost 一级 point, where the truth
has an 一级 point (A); 廖澂瑆 and 董渫琤 kept their grades from their whole rows. The other issues are
info only (TABLE_NO_TYPE, MEASURES_ACROSS_COLUMNS).

Not generalised in the stop that measured it (left for the next): a row one cell longer than its
heading because a point typed with a half-width comma was split there by a CSV import (the point
rejoined with the comma, the later fields realigned one column left, the last unheaded cell the
measures).

Generalised after this measurement: rows longer than the heading because an unquoted .csv split a
field at its own half-width comma are joined again with the comma and realigned to the heading
(the level read from where it moved, the unheaded cell the measures) (ROWS_SPLIT_AT_COMMA),
tests/test_rows_split_at_a_csv_comma.py. Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch951 import (
    GRADES,
    HIGHS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    SPLIT,
    STARS,
    build,
)
from published.checks import Batch, norm
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(951, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"seni_price_station_csv_comma_split"}
TYPED = {
    "seni_market_service_center_posts",
    "seni_gulu_town_station_list",
    "seni_luoma_town_station_register",
}
NOBODY = {"seni_market_service_center_posts"}
SPLIT_NAME = "seni_price_station_csv_comma_split"


def _split_points() -> set[str]:
    """The harder file's points split at their half-width comma, joined again."""
    return {
        norm(f"{row[5]},{row[6]}")
        for row in BATCH.filled(SPLIT_NAME)[1:]
        if len(row) > 8 and row[8]
    }


def _points_in(form, sheets):
    here = sheets[form["sheet"]]
    return here | _split_points() if form["layout"] == SPLIT_NAME else here


def test_batch951_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=951, unit_words=("色尼区",), new_people=True)


def test_batch951_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14), points_in=_points_in)
    assert RESAVED == ()


def test_batch951_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch951_every_unit_is_of_seni():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("色尼区") for u in units)


def test_batch951_points_split_at_a_half_width_comma():
    rows = BATCH.filled(SPLIT_NAME)
    assert rows[0] == [
        "序号",
        "单位名称",
        "科室",
        "岗位",
        "姓名",
        "廉政风险点",
        "风险等级",
        "防控措施",
        None,
    ]
    assert not BATCH.sheet(SPLIT_NAME)["merges"]
    table = rows[1:]
    assert [row[0] for row in table] == list(range(1, len(table) + 1))
    got, split = [], 0
    for row in table:
        assert row[1] == "色尼区价格监测站"
        if len(row) > 8 and row[8]:
            # split at the comma: the second part under 风险等级, the level under 防控措施
            split += 1
            assert row[6] not in GRADES and row[7] in GRADES and "," not in row[5] + row[6]
            got.append((row[2], row[3], row[4], f"{row[5]},{row[6]}", GRADES[row[7]]))
        else:
            assert row[6] in GRADES and row[7] and "," not in row[5]
            got.append((row[2], row[3], row[4], row[5], GRADES[row[6]]))
    assert got == BATCH.truth_rows(SPLIT_NAME)
    assert 2 <= split < len(table) - 2
    assert len(BY_NAME[SPLIT_NAME]["truth"]) == len(SPLIT)
    # no measure holds a half-width comma: only the points were split
    assert not any("," in m for *_, points in SPLIT for _, _, m in points)


def test_batch951_plain_tables_by_heading():
    cases = [
        ("seni_gulu_town_station_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("seni_luoma_town_station_register",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("seni_market_service_center_posts", {"dept": "部门", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "seni_commerce_bureau_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "局领导") == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    # the short 风险点 is the point, the long 风险表现 none
    name = "seni_market_service_center_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}


def test_batch951_group_rows_give_the_department():
    name = "seni_cordyceps_market_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch951_one_sheet_a_person():
    name = "seni_ecommerce_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在部门", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "seni_logistics_park_office_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch951_is_read(tmp_path):
    BATCH.is_read(tmp_path)
