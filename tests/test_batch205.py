"""The two-hundred-and-fifth batch of published layouts (tests/published/batch205.py): nine ordinary
files as county bodies of 石柱县 send them — a 科学技术局 一览表 under ``填报单位：… | 填报时间：…``, the
文联's 清单 对岗不对人 with no 科室 column and 一级/二级/三级, the 工商联's 清单 with ``责任人`` in the last
column and ``Ⅰ级/Ⅱ级/Ⅲ级``, a 质量安全监督站 排查表 headed ``监督科室`` with ``★`` levels, a 国有资产事务
服务中心 一览表 whose 科室 stand only in group rows ``二、资产管理科``, the 县委机要保密局's 防控卡 one sheet
a person with pairs above the header, a 统计局 一览表 one sheet a 股室, a 招商服务中心 落实情况台账 with
four quarter columns under ``防控措施落实情况`` — and one harder: a 计划生育协会 清单 of posts only whose
holders stand in one merged line ``本会在岗人员：常务副会长　逄雪棠；…`` above the header
(``python tests/published/score.py --set batch205``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

First measured untuned with the reader at b7bb408 (main's newest when the batch was done): forms
1.000 (38/38), recall 1.000 (57/57), precision 1.000 (57/57), levels 1.000 (57/57), types 1.000
(57/57), noise 0; with --strict the same: forms 1.000 (38/38), recall 1.000 (57/57), precision
1.000 (57/57), levels 1.000 (57/57), types 1.000 (57/57), noise 0. The 9 files: nine .xlsx, no
re-saved copies. Missed: nothing scored.

Not scored but seen in the export: every unit read right (``中共石柱县委机要保密局`` whole), every tier
as the truth has it (the 计生协's and the 文联's 秘书长 领导岗位). The issues log holds TABLE_NO_TYPE for
the three untyped tables, GRADE_BLANK for the three 机要保密局 cards, and four COLUMN_GUESSED (``其他``)
for the 招商服务中心's quarter columns ``台账!H2``–``K2`` (read as ``防控措施落实情况一季度`` … and set
aside because the ``防控措施`` column is surer) — the measures came out clean, without ``已落实``.

Read right: the harder 计生协's holders taken from the one merged line ``本会在岗人员：常务副会长　逄雪棠；
秘书长　羿清禾；会计　谯晚晴`` above a post-only table (department ""); the 招商服务中心's two-row header
with ``防控措施落实情况`` over ``一季度 | 二季度 | 三季度 | 四季度`` (``已落实``/``基本落实``, a blank fourth
quarter) taken for no point and no measure; the 科技局's ``填报单位`` line and per-person merges; the 文联's
posts as written with no 科室 column, the short ``风险点`` beside ``风险表现``, 一级/二级/三级; the 工商联's
``责任人`` in the last column and ``Ⅰ级/Ⅱ级/Ⅲ级``; the 质监站's ``监督科室`` and ``★`` with its note; the
国资中心's group rows ``二、资产管理科``; the 机要保密局's cards one sheet a person with pairs above (the
compound surname 尉迟); the 统计局's sheets per 股室 (the compound surname 东郭, ``钟离昕``).

(Read in full before any change for it: nothing in this batch was generalised on.)

Read in full untuned; nothing generalised on it.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch205 import GAP, GRADES, LAYOUTS, PLACE, ROMAN, STARS, build
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS}
BATCH = Batch(205, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"family_planning_staff_line"}
UNTYPED = {"literary_federation_posts", "state_asset_group_rows", "investment_center_quarters"}
NOBODY = {"literary_federation_posts"}


def test_batch205_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 10), harder=HARDER, sees=201, new_people=True, unit_words=(PLACE,))
    # every unit a body of 石柱县 (the 县委机要保密局 as 中共石柱县委…)
    assert all(PLACE in f["unit"] for lay in LAYOUTS for f in lay["truth"])


def test_batch205_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY)


def test_batch205_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch205_plain_tables_by_heading():
    cases = [
        ("science_bureau_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类型"),
        ("literary_federation_posts", {"post": "岗位", "point": "风险点"}, None),
        ("chamber_holder_last",
         {"dept": "部室", "post": "岗位", "person": "责任人", "point": "风险点"}, "风险类型"),
        ("quality_station_stars",
         {"dept": "监督科室", "post": "岗位", "person": "责任人", "point": "风险点"}, "风险类别"),
        ("investment_center_quarters",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "风险点"}, None),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ) == [p["types"] for p in BATCH.points(name)], name
    # the 文联: no 科室 column, no names, a short 风险点 beside the long 风险表现
    name = "literary_federation_posts"
    head = BATCH.filled(name)[BATCH.header(name)]
    assert "科室" not in head and "风险表现" in head
    assert all(f["department"] == "" and f["person"] == "" for f in BY_NAME[name]["truth"])
    # the 工商联's holder stands in the last column, after the measures
    name = "chamber_holder_last"
    head = BATCH.filled(name)[BATCH.header(name)]
    assert head[-2:] == ["防控措施", "责任人"]
    # the 质监站's note reads the stars
    rows = BATCH.filled("quality_station_stars")
    assert any(r[0] == "注：风险等级★★★为高，★★为中，★为低。" for r in rows)


def test_batch205_quarter_columns_are_no_points():
    name = "investment_center_quarters"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head][7:] == ["防控措施落实情况"] * 4
    assert rows[head + 1][7:] == ["一季度", "二季度", "三季度", "四季度"]
    assert rows[head + 1][:7] == rows[head][:7]  # merged down over both header rows
    table = [r for r in rows[head + 2 :] if r[5] in HML]
    assert len(table) == len(BATCH.points(name))
    assert {c for r in table for c in r[7:10]} == {"已落实", "基本落实"}
    assert all(r[10] is None for r in table)  # the fourth quarter still blank
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {"已落实", "基本落实"}


def test_batch205_group_rows_give_the_department():
    name = "state_asset_group_rows"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert "科室" not in rows[head]
    dept, got = None, []
    for r in rows[head + 1 :]:
        if r[0] and str(r[0])[:2] in ("一、", "二、", "三、"):
            assert len(set(r)) == 1
            dept = str(r[0])[2:]
            dept = "" if dept == "中心领导" else dept
        elif r[4] in HML:
            got.append((dept, r[1], r[2], r[3], HML[r[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch205_cards_one_sheet_a_person():
    name = "secrecy_bureau_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert f["sheet"] == f["person"]
        assert rows[1] == ["姓名", f["person"], "职务", f["title"], "所在科室", f["department"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        assert BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed) == (
            BATCH.truth_rows(name, f["sheet"])
        )
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [p["types"] for p in f["risks"]]


def test_batch205_sheets_per_office():
    name = "statistics_sheets_per_office"
    for sheet in [s["name"] for s in BY_NAME[name]["sheets"]]:
        rows = BATCH.filled(name, sheet)
        assert rows[0][0] == f"{PLACE}统计局{sheet}岗位廉政风险识别防控一览表"
        assert "科室" not in rows[BATCH.header(name, sheet)]
        heads = {"post": "职务", "person": "姓名", "point": "风险点"}
        got = BATCH.by_heading(name, heads, sheet, fixed={"dept": sheet})
        assert got == BATCH.truth_rows(name, sheet)
        assert BATCH.types_by(name, "风险类型", sheet) == [
            r["types"] for r in BATCH.points(name, sheet)
        ]


def test_batch205_holders_in_one_line_above():
    name = "family_planning_staff_line"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    line = rows[1][0]
    assert len(set(rows[1])) == 1 and line.startswith("本会在岗人员：")
    pairs = dict(p.split(GAP) for p in line.removeprefix("本会在岗人员：").split("；"))
    assert rows[head] == ["序号", "岗位", "风险点", "风险类型", "风险等级", "防控措施"]
    got = BATCH.by_heading(name, {"post": "岗位", "point": "风险点"}, person=None)
    assert [(d, p, pairs[p], pt, lv) for d, p, _, pt, lv in got] == BATCH.truth_rows(name)
    # the names stand nowhere but in that line (and the 填表人 under the table)
    for who in pairs.values():
        assert not any(who in str(c) for r in rows[2:-1] for c in r)


def test_two_hundred_and_fifth_batch_is_read(tmp_path):
    BATCH.is_read(tmp_path)
