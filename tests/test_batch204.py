"""The two-hundred-and-fourth batch of published layouts (tests/published/batch204.py): nine ordinary
files as county bodies seldom or never used before really send them — a 超限检测站 一览表 with its shift
teams ``检测一班``/``检测二班`` among the 科室, a 军队供应站's 防控卡 one sheet a person with pairs above the
table and ``Ⅰ级/Ⅱ级/Ⅲ级``, a 脐橙产业发展中心 清单 对岗不对人 with no 科室 column, a 河道采砂管理站 排查表
whose 科室 stand only in group rows ``二、许可股``, a 天然林保护工程管理中心 一览表 with a short ``风险点``
beside a long ``风险描述``, a 棚户区改造服务中心 workbook whose first sheet is a ``填表说明``, a 水电站 一览表
with ``★`` levels, a 镇人民政府 一览表 with a ``站所`` column under ``填报单位：鹤溪镇纪委``, a 青少年校外
活动中心 排查表 with ``风险事项`` and a ``责任领导`` column — four of them also as LibreOffice re-saves
(.xls and .ods) — and one harder: a 地质灾害防治中心 排查表 graded ``发生可能性 | 影响程度 | 风险等级``,
all three 高/中/低 (``python tests/published/score.py --set batch204``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

First measured untuned with the reader at e13453a (main's newest when the batch was done): forms
1.000 (99/99), recall 1.000 (131/131), precision 1.000 (131/131), levels 1.000 (131/131), types
1.000 (131/131), noise 0; with --strict the same: forms 1.000 (99/99), recall 1.000 (131/131),
precision 1.000 (131/131), levels 1.000 (131/131), types 1.000 (131/131), noise 0. The 18 files:
ten .xlsx, four layouts also as .xls and .ods. Missed: nothing scored.

Not scored but seen in the export: the 水电站's ``值长`` reads tier "" (truth middle); the 班长 of the
检测站's ``检测一班`` and of the 水电站's ``检修班`` read 一般岗位 (truth middle); the 脐橙中心's
``苗木繁育基地主任`` reads 领导岗位 (truth middle). Every unit name read right. The issues log holds
TABLE_NO_TYPE for the untyped tables, GRADE_BLANK, one COLUMN_GUESSED (the 校外活动中心's
``风险事项`` taken as the duty beside ``风险点``, rightly), and FORM_VERSION_TIE for the forms of the
four layouts held in .xlsx, .xls and .ods in one inbox.

Read right: the harder 地质灾害防治中心's ``发生可能性 | 影响程度 | 风险等级`` — the level taken from
``风险等级`` on all eight rows, though most differ from the likelihood or the impact beside them; the
检测站's shift teams ``检测一班``/``检测二班`` as 科室 (.xls, .ods too); the 军供站's cards one sheet a person
with ``姓名 | … | 职务 | …`` and ``所在科室 | …`` pairs, ``Ⅰ级/Ⅱ级/Ⅲ级`` and the compound surnames 巫马,
漆雕 (.xls, .ods too); the 脐橙中心's posts with no 科室 column kept as written (``技术推广科科长``); the
采砂管理站's group rows ``二、许可股`` giving the 科室 (.xls, .ods too); the 天保中心's short ``风险点``
beside the long ``风险描述``; the 棚改中心's ``填表说明`` sheet before the table taken for no form; the
水电站's ``★`` levels and ``说明`` line (.xls, .ods too); the 镇's ``站所`` column under ``填报单位：鹤溪镇
纪委`` (unit the 镇人民政府, 乐正景行 whole); the 校外活动中心's ``责任领导`` names taken for no holder.

(Read in full before any change for it: nothing in this batch was generalised on.)

Read in full untuned; nothing generalised on it.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch204 import (
    GRADES,
    LAYOUTS,
    ORDINALS,
    PLACE,
    PREFIX,
    RESAVED,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch, resaved_files
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS}
BATCH = Batch(204, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"geohazard_likelihood_impact"}
UNTYPED = {"geohazard_likelihood_impact", "sand_mining_group_rows", "youth_center_supervisor"}
NOBODY = {"navel_orange_posts", "youth_center_supervisor"}


def test_batch204_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 10), harder=HARDER, sees=201, new_people=True)
    # every unit a body of 奉节县, a name no earlier unit holds
    assert all(f["unit"].startswith(PLACE) for lay in LAYOUTS for f in lay["truth"])
    assert not any(PLACE[:2] in u for u in BATCH.earlier_units())


def test_batch204_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(copies=resaved_files(PREFIX, RESAVED), nobody=NOBODY)


def test_batch204_resaved_copies_carry_the_same_cells():
    """Each kept layout is in resaved/ as .xls AND .ods, and LibreOffice kept every cell."""
    BATCH.resaved_copies_carry_the_same_cells(PREFIX, RESAVED)


def test_batch204_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch204_plain_tables_by_heading():
    full = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}
    cases = [
        ("overload_station_shifts", full, "风险等级", "风险类型"),
        ("natural_forest_short_long", {**full, "dept": "股室", "person": "责任人"}, "风险等级",
         "风险类型"),
        ("hydro_station_stars", {**full, "dept": "部门"}, "风险等级", "风险类型"),
        ("town_stations_column", {**full, "dept": "站所"}, "风险等级", "风险类型"),
        ("navel_orange_posts", {"post": "岗位", "point": "风险点"}, "风险等级", "风险类型"),
        ("youth_center_supervisor", {"dept": "部室", "post": "岗位", "point": "风险点"}, "风险等级",
         None),
    ]  # fmt: skip
    for name, heads, level, typ in cases:
        assert BATCH.by_heading(name, heads, level=level) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ, level=level) == [
                p["types"] for p in BATCH.points(name)
            ], name
    # the short 风险点 is the point, the long 风险描述 beside it is not
    name = "natural_forest_short_long"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    at, desc = rows[head].index("风险点"), rows[head].index("风险描述")
    pairs = [(r[at], r[desc]) for r in rows[head + 1 :] if r[7] in ROMAN]
    assert all(len(a) < len(b) for a, b in pairs)
    # no 科室 column: the post as written, its 科室 in it
    name = "navel_orange_posts"
    assert "科室" not in BATCH.filled(name)[BATCH.header(name)]
    titles = {f["title"] for f in BY_NAME[name]["truth"]}
    assert {"技术推广科科长", "苗木繁育基地主任", "办公室会计"} <= titles
    assert all(f["department"] == "" for f in BY_NAME[name]["truth"])
    # the 责任领导 supervises: names in that column, none a holder
    name = "youth_center_supervisor"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    leaders = {r[7] for r in rows[head + 1 :] if r[5] in HML} - {None}
    assert leaders == {"薄栖云", "帖若渊"}
    assert all(f["person"] == "" for f in BY_NAME[name]["truth"])
    # the shifts are 科室 of the 检测站
    depts = {f["department"] for f in BY_NAME["overload_station_shifts"]["truth"]}
    assert {"检测一班", "检测二班"} <= depts


def test_batch204_likelihood_impact_and_level():
    name = "geohazard_likelihood_impact"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head][5:8] == ["发生可能性", "影响程度", "风险等级"]
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name)
    graded = [r[5:8] for r in rows[head + 1 :] if r[7] in HML]
    assert all(set(g) <= set(HML) for g in graded)
    # the level differs from the likelihood, or from the impact, on most rows
    differ = [g for g in graded if g[2] != g[0] or g[2] != g[1]]
    assert len(differ) > len(graded) // 2
    assert any(g[2] != g[0] for g in graded) and any(g[2] != g[1] for g in graded)
    assert rows[-2][0].startswith("注：风险等级由发生可能性和影响程度综合评定")


def test_batch204_group_rows_give_the_department():
    name = "sand_mining_group_rows"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert "科室" not in rows[head] and "股室" not in rows[head]
    dept, got = None, []
    for r in rows[head + 1 :]:
        if isinstance(r[0], str) and re.fullmatch(f"[{ORDINALS}]、.+", r[0]):
            assert len(set(r)) == 1  # merged across the table
            dept = r[0][2:]
        elif r[4] in HML:
            got.append((dept, r[1], r[2], r[3], HML[r[4]]))
    assert got == BATCH.truth_rows(name)
    numbers = [r[0] for r in BATCH.sheet(name)["rows"][head + 1 :] if r and isinstance(r[0], int)]
    assert numbers == list(range(1, len(got) + 1))  # 序号 running through the groups


def test_batch204_cards_one_sheet_a_person():
    name = "army_supply_cards"
    forms = BY_NAME[name]["truth"]
    assert [f["sheet"] for f in forms] == ["Sheet1", "Sheet2", "Sheet3"]
    for f in forms:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓名", f["person"], "职务", f["title"]]
        assert rows[2][:2] == ["所在科室", f["department"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [r["types"] for r in f["risks"]]
        assert rows[-1][0] == "本人签字：" and rows[-1][1] is None


def test_batch204_notes_sheet_first():
    name = "shanty_reform_notes_sheet"
    sheets = [s["name"] for s in BY_NAME[name]["sheets"]]
    assert sheets == ["填表说明", "一览表"]
    assert {f["sheet"] for f in BY_NAME[name]["truth"]} == {"一览表"}
    notes = [r[0] for r in BATCH.rows(name, "填表说明")]
    assert notes[0] == "填表说明" and len(notes) == 5
    heads = {"dept": "部门", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "一览表") == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类别", "一览表") == [p["types"] for p in BATCH.points(name)]
    # the 镇纪委 that gathered the list is no 科室 of the town
    rows = BATCH.filled("town_stations_column")
    assert rows[1][0] == "填报单位：鹤溪镇纪委"
    assert "镇纪委" not in {f["department"] for f in BY_NAME["town_stations_column"]["truth"]}


def test_two_hundred_and_fourth_batch_is_read(tmp_path):
    BATCH.is_read(tmp_path)
