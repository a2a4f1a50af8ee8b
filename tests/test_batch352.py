"""The three-hundred-and-fifty-second batch of published layouts (tests/published/batch352.py): seven
ordinary files as the 社会事业 bodies of one new area (东部新区) really send them — the
社区发展治理和社会保障局's 一览表 with ``…风险`` types and 高/中/低, the 人社服务中心's two sheets
``中心领导 | 科室`` with ``一级/二级/三级``, the 退役军人服务中心's 防控卡 one sheet a holder with
``★★★/★★/★``, the 丹景街道退役军人服务站's 责任清单 with ``职责事项`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the
高明镇社保所's 排查表 对岗不对人 with ``风险点 | 风险表现`` and ``高风险/中风险/低风险``, the
养马街道社区发展治理服务中心's 一览表 under group rows with ``一级风险/二级风险/三级风险``, the
劳动保障监察大队's 自查表 one sheet a person with bare ``Ⅰ/Ⅱ/Ⅲ`` — and one harder: the 中心敬老院's
岗位廉政风险分布表, one sheet a holder, whose risks stand in a CROSS TABLE OF LEVEL BY TYPE (rows
``高风险 | 中风险 | 低风险``, columns the five ``…风险`` types, one point at a crossing, ``/`` where
there is none) (``python tests/published/score.py --set batch352``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at f5cd0ec (main's newest when the batch was done; this
worktree branched from dev at fba9198). ``score.py --set batch352``:
``TOTAL                      forms  36/36  points  56/68  recall 0.82 precision 0.93 (56/60)  levels  56/56  types  52/56  noise 3``
and ``TOTAL forms=1.000 recall=0.824 precision=0.933 levels=1.000 types=0.929 noise=3``; with
``--strict`` the same:
``TOTAL                      forms  36/36  points  56/68  recall 0.82 precision 0.93 (56/60)  levels  56/56  types  52/56  noise 3``
and ``TOTAL forms=1.000 recall=0.824 precision=0.933 levels=1.000 types=0.929 noise=3``. The 9 files
of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as FILE_SKIPPED). The seven
ordinary layouts read in full — every form, point, level and type, with ``--strict`` too. The truth
was not changed after measuring.

Missed, all in the harder ``dongbu_nursing_home_level_type_grid.xlsx`` (four sheets 院长, 副院长, 护理组长,
保管员, each: title row 1, the pairs ``姓　名 | … | 岗　位 | … | 所在部门 | …`` row 2, the grid's heading
row 3 — corner A3 ``风险类型⏎风险等级``, B3 思想道德风险, C3 制度机制风险, D3 岗位职责风险, E3 业务流程风险,
F3 外部环境风险 —, the level rows 4 ``高风险``, 5 ``中风险``, 6 ``低风险`` in A, the ``防控措施`` row 7 (B7:F7
merged), the 本人签字 line row 8): forms 4/4 (every card's 科室, post, holder and tier right), points
4/16, precision 4/8, levels 4/4, types 0/4, noise 3. The grid was read as a LIST whose rows are
points: column A's level words as the 风险等级 (so every row got its row's level, rightly), but none of
the five type headings as a type (TABLE_NO_TYPE at A3 on every sheet) — B, 思想道德风险, guessed as the
风险点 column (COLUMN_GUESSED B3), another type column guessed as the 防控措施 (F on 院长 and 保管员, COLUMN_GUESSED F3; C on 副院长 and 护理组长, COLUMN_GUESSED C3), D
(岗位职责风险) and E (业务流程风险) taken as the row's 职责 and 工作环节 (risks.csv ``duty``/``workflow``)
by their header words, and the fifth column (C on 院长 and 保管员, F on 副院长 and 护理组长) dropped
silently. So:

- read right, but each WITHOUT its type (truth 思想道德): 院长!B6 ``对工作人员违规收受老人家属红包失察``
  (Ⅲ级), 副院长!B5 ``特困供养人员供养金代管挪用`` (Ⅱ级), 护理组长!B5 ``向老人家属推销护理用品收取回扣``
  (Ⅱ级), 保管员!B6 ``私自将闲置物资带出或转借`` (Ⅲ级);
- read as points though they are only ``/`` (truth: no point): 院长!B4 (Ⅰ级, F00018), 副院长!B4 (Ⅰ级,
  F00019), 护理组长!B4 (Ⅰ级) and B6 (Ⅲ级, one key, F00020), 保管员!B5 (Ⅱ级, F00021);
- missed as 职责 (D, truth 岗位职责): 院长!D4 ``入住老人床位安排收受好处`` (1), 副院长!D4 ``伙食采购指定供应商、
  虚报单价`` (1); as 工作环节 (E, truth 业务流程): 院长!E4 ``维修改造工程化整为零、直接指定施工队`` (1), 副院长!E5
  ``辅助器具验收走过场，以次充好`` (2), 护理组长!E4 ``护理等级评定抬高，多收护理费`` (1), 保管员!E5
  ``床铺被褥、衣物更换记录补记`` (2);
- missed as 防控措施 (truth points): 护理组长!C6 ``护理员排班、加班费核定不公`` (制度机制, 3), 保管员!F6
  ``社会捐赠物资不登记入账`` (外部环境, 3);
- missed with their whole row because B was empty (POINT_BLANK warnings, the batch's noise 3): 院长!F5
  ``节日慰问物资供应商逢年过节送礼`` (外部环境, 2; B5 empty), 副院长!C6 ``服务记录考核打人情分`` (制度机制, 3;
  B6 empty), 保管员!D4 ``食材、被服入库数量与验收不符`` (岗位职责, 1; B4 empty);
- missed in the column dropped silently: 院长!C4 ``院务会不开，重大开支个人审批`` (制度机制, 1) — in no
  column of risks.csv and in no issue.

Kind (one): a CROSS TABLE OF LEVEL BY TYPE (one row a level, one column a type, one point at a
crossing) is read as a list, one risk row a level row: the level labels down column A are used
rightly, but the type headings across are not known as types, so the first type column is taken
as the only risk column (its ``/`` becoming points), the others as 职责, 工作环节 and 措施 or dropped,
and a level row whose first type cell is empty is dropped as a row with no risk point.

Unscored besides: the 丹景街道退役军人服务站 and the 高明镇社保所 were read as unit ``东部新区丹景街道`` /
``东部新区高明镇`` with 科室 ``退役军人服务站`` / ``社保所`` (the scorer's other accepted way of writing a 站所's
own file), their 站长, 副站长 and 所长 as 中层岗位 (truth leader); the 养马街道社区发展治理服务中心's unit
was cut to ``东部新区养马街道社区`` (posts.csv F00032–F00036). The other issues are info only
(TABLE_NO_TYPE on the 人社服务中心's two sheets, the 服务站's list and the four cards of the harder file;
GRADE_BLANK on the three 防控卡, the three 自查表 and the four cards; COLUMN_GUESSED on the harder file;
FILE_SKIPPED for truth.json) and one MEASURES_BLANK warning (院长!F4, for the ``/`` read as a point).

Generalised after this measurement: a grid of levels down and types across, a point at each crossing, its measures on a labelled row under it (tests/test_columns.py::test_a_grid_of_levels_down_and_types_across_a_point_at_each_crossing); the harder layout now reads in full.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch352 import (
    BANDS,
    BARE,
    GAP,
    GRADES,
    GRID_CORNER,
    GRID_LEVELS,
    GRID_PAIRS,
    GRID_TYPES,
    HOME_CARDS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    VACANT,
    build,
)
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(352, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
GRID_FILE = "dongbu_nursing_home_level_type_grid"
HARDER = {GRID_FILE}
UNTYPED = {
    "dongbu_hr_service_center_two_sheets",
    "dongbu_danjing_veterans_station_duties",
}
NOBODY = {"dongbu_gaoming_social_security_posts"}


def test_batch352_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=351, unit_words=("东部新区",), new_people=True)


def test_batch352_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(6, 16))
    assert RESAVED == ()


def test_batch352_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch352_every_unit_is_of_the_new_area():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("东部新区") for u in units)


def test_batch352_points_at_the_crossings_of_level_and_type():
    name = GRID_FILE
    forms = BY_NAME[name]["truth"]
    assert [f["sheet"] for f in forms] == [s["name"] for s in BY_NAME[name]["sheets"]]
    for f, (post, who, dept, tier, _grid, _measures) in zip(forms, HOME_CARDS, strict=True):
        rows = BATCH.filled(name, f["sheet"])
        # the holder stands only in the pairs above the grid: one card, one form
        assert rows[1] == [GRID_PAIRS[0], who, GRID_PAIRS[1], post, GRID_PAIRS[2], dept]
        assert (f["department"], f["title"], f["person"], f["tier"]) == (dept, post, who, tier)
        assert f["sheet"] == post
        # the grid: a diagonal corner, the five types across, one row a level down column A
        assert rows[2] == [GRID_CORNER, *GRID_TYPES]
        assert [r[0] for r in rows[3:6]] == list(GRID_LEVELS)
        # no 序号, no 风险点, 等级 or 类型 column: no cell of the sheet is a number
        assert not any(isinstance(c, int | float) for r in rows for c in r)
        got = []
        for row in rows[3:6]:
            for typ, cell in zip(GRID_TYPES, row[1:], strict=True):
                if cell not in (None, VACANT):
                    got.append((cell, types_in(typ), BANDS[row[0]]))
        want = [(r["risk_point"], r["types"], r["level"]) for r in f["risks"]]
        assert got == want
        # crossings with no point are written ``/`` or left empty, both on every card
        cells = [c for row in rows[3:6] for c in row[1:]]
        assert VACANT in cells and None in cells
        # the measures row is merged across the five type columns and is no point
        r = next(k for k, row in enumerate(rows) if row[0] == "防控措施")
        assert r == 6 and BATCH.merged(name, f["sheet"], r, 1, len(GRID_TYPES))
        assert rows[r][1] not in {p["risk_point"] for p in f["risks"]}
    # across the cards every level and every type is used, and one type (a column) holds points
    # of different levels: only the row tells the level, only the column the type
    points = BATCH.points(name)
    assert {p["level"] for p in points} == {1, 2, 3}
    assert {p["types"][0] for p in points} == {types_in(t)[0] for t in GRID_TYPES}
    by_type = {}
    for p in points:
        by_type.setdefault(p["types"][0], set()).add(p["level"])
    assert any(len(levels) > 1 for levels in by_type.values())


def test_batch352_plain_tables_by_heading():
    cases = [
        ("dongbu_social_bureau_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("dongbu_gaoming_social_security_posts",
         {"post": "岗位", "point": "风险点"}, "风险类型"),
        ("dongbu_danjing_veterans_station_duties",
         {"post": "岗位", "person": "责任人", "point": "廉政风险点"}, None),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the short 风险点 is the point, the long 风险表现 none; the 社保所 names nobody, no 科室
    name = "dongbu_gaoming_social_security_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[3] for row in BATCH.table(name)}
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    assert {r[5] for r in BATCH.table(name)} == set(BANDS)
    assert {f["department"] for f in BY_NAME[name]["truth"]} == {""}
    # the 服务站: 职责事项 is no point, no 科室
    name = "dongbu_danjing_veterans_station_duties"
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[3] for r in BATCH.table(name)}
    assert {r[5] for r in BATCH.table(name)} == set(ROMAN)
    assert {f["department"] for f in BY_NAME[name]["truth"]} == {""}
    # the 人社服务中心's two sheets
    name = "dongbu_hr_service_center_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "廉政风险点"},
        "中心领导",
        fixed={"dept": "中心领导"},
    )
    assert got == BATCH.truth_rows(name, "中心领导")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "科室") == BATCH.truth_rows(name, "科室")
    assert not {p["risk_point"] for p in BATCH.points(name)} & {
        r[3] for r in BATCH.table(name, "中心领导")
    }


def test_batch352_group_rows_give_the_department():
    name = "dongbu_yangma_community_center_groups"
    rows, dept, got = BATCH.filled(name), None, []
    for row in rows[BATCH.header(name) + 1 :]:
        if isinstance(row[0], str) and row[0][1:2] == "、":
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[5]]))
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类别") == [r["types"] for r in BATCH.points(name)]
    assert any(str(row[0]).startswith("注：") for row in rows)


def test_batch352_one_sheet_a_person():
    name = "dongbu_veterans_center_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["持卡人", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:3] == ["所在科室", f["department"], "岗位职责"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类别", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        assert {r[3] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
        assert rows[2][3] not in {p["risk_point"] for p in BATCH.points(name)}  # 岗位职责
    name = "dongbu_labour_inspection_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == [
            f"姓{GAP}名",
            f["person"],
            f"中{GAP}队",
            f["department"],
            f"职{GAP}务",
            f["title"],
        ]
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类别", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        found = {r[5] for r in BATCH.table(name, f["sheet"])}
        assert not found & {p["risk_point"] for p in BATCH.points(name)}  # 自查情况 no point
        assert {r[3] for r in BATCH.table(name, f["sheet"])} <= set(BARE)


def test_batch352_is_read(tmp_path):
    BATCH.is_read(tmp_path)
