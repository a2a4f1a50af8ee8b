"""The seven-hundred-and-forty-second batch of published layouts (tests/published/batch742.py): seven
ordinary files as the 海洋渔业 and 港口 bodies of one coastal city (东港市) really send them — the
渔政执法大队's 一览表 with ``中队`` and ``一级/二级/三级``, the 港航服务中心's 排查表 对岗不对人 with ``风险点 |
风险表现``, the 水产技术推广站's 自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 渔业船舶检验站's 防控卡
one sheet a person with ``★★★/★★/★``, the 海域使用动态监管中心's 清单 under group rows with ``一级风险/…``,
the 渔港监督站's 一览表 with ``高风险/中风险/低风险``, the 渔船管理服务中心's 一览表 in two sheets — and one
harder: the 海洋与渔业局's 领导班子成员廉政风险等级评定表, one row a point, one BAND a holder (``局长⏎酆蓼汀``
merged over ``高 | 中 | 低``), a ``√`` under every holder whose point it is in the column of that holder's
own level (``python tests/published/score.py --set batch742``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

MEASUREMENT

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch742 import (
    BANDS,
    GRADES,
    HIGHS,
    LAYOUTS,
    LEADERS,
    RESAVED,
    RISKS,
    ROMAN,
    SHARED,
    STARS,
    TICK,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(742, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"donggang_ocean_fishery_bureau_holder_level_ticks"}
TYPED = {
    "donggang_fishery_enforcement_brigade_list",
    "donggang_port_shipping_center_posts",
    "donggang_harbour_supervision_station_list",
}
NOBODY = {"donggang_port_shipping_center_posts"}


def test_batch742_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=740, unit_words=("东港市",), new_people=True)


def test_batch742_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch742_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch742_every_unit_is_of_donggang():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("东港市") for u in units)


def test_batch742_ticks_give_the_holder_and_his_level():
    name = "donggang_ocean_fishery_bureau_holder_level_ticks"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    n = len(LEADERS)
    assert rows[head][2].startswith("责任人及风险等级")
    for j, (post, who) in enumerate(LEADERS):
        assert rows[head + 1][2 + 3 * j] == f"{post}\n{who}"
        assert BATCH.merged(name, 0, head + 1, 2 + 3 * j, 4 + 3 * j)
    assert rows[head + 2][2 : 2 + 3 * n] == list(BANDS) * n
    table = BATCH.table(name)
    assert len(table) == len(SHARED)
    got = []
    for row in table:
        for j, (post, who) in enumerate(LEADERS):
            cells = row[2 + 3 * j : 5 + 3 * j]
            assert sum(c == TICK for c in cells) <= 1 and all(c in (TICK, None) for c in cells)
            for b, c in zip(BANDS, cells, strict=True):
                if c == TICK:
                    got.append(("", post, who, row[1], HML[b]))
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    # several holders a row, and one point at different levels for different holders
    assert sum(sum(lv is not None for lv in levels) > 1 for _, levels, _ in SHARED) >= 4
    assert any(len({lv for lv in levels if lv}) > 1 for _, levels, _ in SHARED)
    assert len(BY_NAME[name]["truth"]) == n


def test_batch742_plain_tables_by_heading():
    cases = [
        ("donggang_harbour_supervision_station_list",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("donggang_fishery_enforcement_brigade_list",
         {"dept": "中队", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("donggang_port_shipping_center_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "donggang_vessel_service_center_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "中心领导") == BATCH.truth_rows(name, "中心领导")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "科室") == BATCH.truth_rows(name, "科室")
    # the short 风险点 is the point, the long 风险表现 none
    name = "donggang_port_shipping_center_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}


def test_batch742_group_rows_give_the_department():
    name = "donggang_sea_area_center_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch742_one_sheet_a_person():
    name = "donggang_aquatic_extension_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在科室", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "donggang_vessel_inspection_station_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
