"""The two-hundredth batch of published layouts (tests/published/batch200.py): nine ordinary files
as county bodies seldom or never used before really send them — a 交通运输综合行政执法大队 一览表
with its 科室 column headed ``所属中队``, a 征地服务中心 排查表 with a short ``风险点`` beside a long
``具体表现`` and 一级/二级/三级, a 农村经营管理站's 防控卡 one sheet a person with pairs above the
table and ``Ⅰ级/Ⅱ级/Ⅲ级``, a 新时代文明实践中心 清单 对岗不对人 with no 科室 column, a 国有粮食储备库
排查表 under a two-row header (``廉政风险`` over ``风险点 | 风险类型``), a 气象局 一览表 whose 责任人 is
split into ``直接责任人 | 领导责任人`` with bare ``Ⅰ/Ⅱ/Ⅲ``, a 镇人民政府 一览表 with ``站所（办）``, a
军休所 一览表 under a filled ``单位（盖章）| 填表人 | 联系电话`` line — and one harder: a 救助管理站's
一览表 对岗不对人 whose 岗位 cells carry the head count (``接待登记员（3人）``)
(``python tests/published/score.py --set batch200``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

First measured untuned with the reader at 34e4645 (main's newest when the batch was done): forms
1.000 (55/55), recall 1.000 (65/65), precision 1.000 (65/65), levels 1.000 (65/65), types 1.000
(65/65), noise 0; with --strict the same: forms 1.000 (55/55), recall 1.000 (65/65), precision
1.000 (65/65), levels 1.000 (65/65), types 1.000 (65/65), noise 0. The 9 files: nine .xlsx, no
re-saved copies. Missed: nothing scored. (Not scored: the 新时代文明实践中心's ``中心主任`` and the
执法大队's ``大队长`` read 中层岗位, truth leader; every unit name read right; the issues log holds
only TABLE_NO_TYPE for the three untyped tables and GRADE_BLANK for the three 防控卡.)

Read right: the harder 救助管理站's head counts — ``接待登记员（3人）``, ``护送返乡员（2人）``,
``生活照料员（4人）`` read as the posts 接待登记员, 护送返乡员, 生活照料员 with no holder, under 业务科;
``所属中队`` and ``站所（办）`` as the 科室 (the 镇's 财政所, 民政所, 农业服务中心 its 科室, the unit the
镇人民政府); the short ``风险点`` beside the long ``具体表现`` with 一级/二级/三级; the 农经站's cards
one sheet a person with ``姓名 | … | 职务 | …`` and ``所在股室 | …`` pairs and ``Ⅰ级/Ⅱ级/Ⅲ级``; the
文明实践中心's posts with no 科室 column kept as written (``志愿服务指导部部长``) beside a merged
``岗位职责``; the 粮库's two-row header (``廉政风险`` over ``风险点 | 风险类型``); the 气象局's
``直接责任人 | 领导责任人`` (the 直接责任人 the holder, bare ``Ⅰ/Ⅱ/Ⅲ``); the 军休所's 填表人 line
taken for no holder beyond her own row, and the compound surnames 公冶 and 呼延.

(Read in full before any change for it: nothing in this batch was generalised on.)

Read in full untuned; nothing generalised on it.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch200 import BARE, GRADES, LAYOUTS, PLACE, ROMAN, build
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **BARE}
BATCH = Batch(200, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"rescue_station_headcount"}
UNTYPED = {
    "land_acquisition_short_long",
    "civilization_center_posts",
    "weather_bureau_direct_and_leader",
}
NOBODY = {"rescue_station_headcount", "civilization_center_posts"}
TOWN = "蓼渚镇"


def test_batch200_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 10), harder=HARDER, sees=197, new_people=True)
    # every unit a body of 丰都县, a name no earlier unit holds
    assert all(f["unit"].startswith(PLACE) for lay in LAYOUTS for f in lay["truth"])
    assert not any(PLACE[:2] in u for u in BATCH.earlier_units())
    assert not any(TOWN in u for u in BATCH.earlier_units())


def test_batch200_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY)


def test_batch200_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch200_plain_tables_by_heading():
    cases = [
        ("transport_enforcement_squads",
         {"dept": "所属中队", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类型"),
        ("land_acquisition_short_long",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "风险点"}, None),
        ("town_stations",
         {"dept": "站所（办）", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类型"),
        ("veteran_rest_home_filler",
         {"dept": "部门", "post": "职务", "person": "责任人", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ) == [p["types"] for p in BATCH.points(name)], name
    # the short 风险点 is the point; the long 具体表现 beside it is no point
    name = "land_acquisition_short_long"
    rows = BATCH.table(name)
    head = BATCH.filled(name)[BATCH.header(name)]
    short, long_ = head.index("风险点"), head.index("具体表现")
    assert all(len(r[short]) < len(r[long_]) for r in rows)
    assert not {r[long_] for r in rows} & {p["risk_point"] for p in BATCH.points(name)}
    # the 镇's 站所 are its 科室, the unit the 镇人民政府
    truth = BY_NAME["town_stations"]["truth"]
    assert {f["unit"] for f in truth} == {f"{PLACE}{TOWN}人民政府"}
    assert {"财政所", "民政所", "农业服务中心"} <= {f["department"] for f in truth}
    # the 填表人 above the 军休所's table is also a holder through her own row
    name = "veteran_rest_home_filler"
    line = BATCH.filled(name)[1]
    filler = next(c for c in line if c and c.startswith("填表人："))[4:]
    assert filler in BATCH.holders(name)


def test_batch200_headcount_in_the_post_cell():
    name = "rescue_station_headcount"
    rows = BATCH.table(name)
    head = BATCH.filled(name)[BATCH.header(name)]
    assert "姓名" not in head and "责任人" not in head
    got, counted = [], 0
    for r in rows:
        m = re.fullmatch(r"(.+?)（(\d)人）", r[2])
        counted += bool(m)
        got.append((r[1], m.group(1) if m else r[2], "", r[3], HML[r[5]]))
    assert got == BATCH.truth_rows(name)
    assert counted == 3
    assert all(f["person"] == "" for f in BY_NAME[name]["truth"])


def test_batch200_posts_without_a_department():
    name = "civilization_center_posts"
    head = BATCH.filled(name)[BATCH.header(name)]
    assert "科室" not in head and "部门" not in head
    got = BATCH.by_heading(name, {"post": "岗位", "point": "风险点"})
    assert got == BATCH.truth_rows(name)
    assert {f["title"] for f in BY_NAME[name]["truth"]} >= {"志愿服务指导部部长", "综合办公室主任"}


def test_batch200_cards_one_sheet_a_person():
    name = "rural_economy_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓名", f["person"], "职务", f["title"]]
        assert rows[2][:2] == ["所在股室", f["department"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [p["types"] for p in f["risks"]]


def test_batch200_two_row_headers():
    name = "grain_reserve_two_row_header"
    head = BATCH.header(name)
    rows = BATCH.filled(name)
    assert rows[head][4:6] == ["廉政风险", "廉政风险"] and rows[head + 1][4:6] == [
        "风险点",
        "风险类型",
    ]
    got = BATCH.by_heading(name, {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"},
                           head=head + 1)  # fmt: skip
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型", head=head + 1) == [
        p["types"] for p in BATCH.points(name)
    ]
    name = "weather_bureau_direct_and_leader"
    head = BATCH.header(name)
    rows = BATCH.filled(name)
    assert rows[head + 1][6:8] == ["直接责任人", "领导责任人"]
    got = BATCH.by_heading(
        name,
        {"dept": "科室", "post": "岗位", "person": "直接责任人", "point": "风险点"},
        head=head + 1,
    )
    assert got == BATCH.truth_rows(name)
    leaders = {r[7] for r in BATCH.table(name)}
    holders = BATCH.holders(name)
    assert leaders <= holders and len(leaders) == 3  # the 局长, a 科长 and the 办公室主任


def test_two_hundredth_batch_is_read(tmp_path):
    BATCH.is_read(tmp_path)
