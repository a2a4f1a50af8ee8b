"""The nine-hundred-and-sixty-fourth batch of published layouts (tests/published/batch964.py): seven
ordinary files as the 卫生健康 bodies of one county (左贡县) really send them — the 卫生健康委员会's
一览表 in two sheets 委领导/股室 with ``…风险`` types and ``一级风险/二级风险/三级风险``, the 藏医院's
一览表 under ``附件1`` with short types and 高/中/低, the 疾病预防控制中心's 清单 under group rows
``一、中心领导`` … with ``★★★/★★/★``, the 综合行政执法大队's 防控卡 one sheet a person (a label row over
values) with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 妇幼保健计划生育服务中心's 排查表 对岗不对人 with ``风险点 | 风险表现``
and ``高风险/中风险/低风险``, the 旺达镇卫生院's 自查表 one sheet a person with ``一级/二级/三级``, the
田妥镇中心卫生院's 一览表 — and one harder: the 人民医院's 廉政风险点清单 with a ``风险编号`` column and
no level column, and a second sheet ``风险坐标图``, a 发生可能性 × 影响程度 grid whose cells list the
codes standing there, with a ``注：`` line grading the grid's zones (``python tests/published/score.py
--set batch964``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 75a5b46d (this worktree, g964, branched from that
commit and its reader untouched), after these tests passed: TOTAL forms=1.000 recall=1.000
precision=1.000 levels=0.800 types=1.000 noise=0 (forms 32/32, points 55/55, precision 55/55,
levels 44/55, types 55/55); with --strict the same: TOTAL forms=1.000 recall=1.000 precision=1.000
levels=0.800 types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies. The seven ordinary
layouts read in full (forms, points, levels and types all 1.00, noise 0).

Missed, all in the harder ``zuogong_hospital_risk_grid.xlsx`` (forms 6/6, points 11/11, precision
11/11, levels 0/11, types 11/11, noise 0): every point came out with NO level (LEVEL_BLANK at
风险清单!E3–E13, "风险级别未填写", raw level blank): F00013 院长 公仪璆 ``大型医疗设备采购论证走过场、
指定品牌`` (R01, truth 一级: 高×大) and ``重大事项和大额资金使用个人说了算`` (R02, truth 一级: 中×大),
F00014 副院长 仉督琮 ``药品、耗材遴选进院中收受供应商好处`` (R03, 一级: 高×大) and ``职称推荐、评优评先
中打招呼`` (R04, 二级: 低×大), F00015 科主任 公仪瑢 ``药品采购计划人为调整，收受回扣`` (R05, 一级:
高×中) and ``藏药、中成药库存管理不严，账实不符`` (R06, 三级: 中×小), F00016 科长 仉督珝 ``医疗纠纷
处理中私下调解、隐瞒不报`` (R07, 三级: 低×中) and ``违规出具诊断证明、病休证明`` (R08, 二级: 高×小),
F00017 会计 公仪瑒 ``医保基金结算中虚记费用、套取资金`` (R09, 一级: 高×中) and ``收费票据管理不严，截留
挪用现金`` (R10, 二级: 中×中), F00018 科长 仉督嵚 ``维修工程、后勤物资采购化整为零规避招标`` (R11,
一级: 中×大). The ``风险编号`` column (A) was dropped without a word, the second sheet ``风险坐标图`` was
passed over with no issue at all (no SHEET_NO_TABLE, no form, no point), and neither its ``注：``
line grading the zones (风险坐标图!A6) nor the list's ``注：风险等级见《风险坐标图》`` (风险清单!A14) was
read or reported; every post's grade came out C (``风险分值0 → C``). Forms, holders, 科室, points and
measures all right.
Kind: a list with no level column whose ``风险编号`` codes are placed in a likelihood × impact grid
(风险坐标图) on another sheet, each grid cell listing the codes standing there, with a note grading
the grid's zones, is not read: every point is left without a level.

Unscored besides: the harder file's eleven LEVEL_BLANK errors (above); the other issues are info
only (TABLE_NO_TYPE, GRADE_BLANK, FILE_SKIPPED for truth.json).

Generalised after this measurement: a list with no level written whose points carry codes (its
序号/风险编号 column, or one headed 风险编码: 'R01', '1-2', 'SL-03' or plain numbers), and on another
sheet a 风险坐标图 (风险矩阵) of those codes — one factor's grades down, the other's across (3 to 5
each: 高/中/低, 大/中/小, 严重/较大/一般, 很可能…偶尔, or scores 1–5; the axes' names in a corner, beside
the rows or under the grades, else the grades' own words; transposed grids alike), each cell the
codes standing there — graded by a note on either sheet: by the cells it names ('可能性高且影响程度
大、中的…为一级风险…其余为三级风险'), by bands of the product of the two grades ('风险值=可能性×影响
程度，15及以上为一级…'), or by a 3×3 map's corners ('右上角三格…对角线三格…'). Each point takes its
code's cell's level (LEVEL_BY_RISK_GRID); a code in no cell or in two, a cell the note does not
grade keep the level blank, warned at the cell (RISK_GRID_CODE_UNPLACED, RISK_GRID_CODE_TWICE,
RISK_GRID_CELL_UNGRADED), a grid code the list lacks is said (RISK_GRID_CODE_UNLISTED); a grid of
counts, of 科室 or of level words changes nothing. tests/test_levels_by_risk_grid_sheet.py. Read
1.00 since, --strict too (forms 32/32, points 55/55, precision 55/55, levels 55/55, types 55/55).

Five holders renamed after the measurement (仉督璎, 公仪翎, 公仪瑢, 公仪琰, 公仪澐: batches 957 and 961,
built beside this one, had used their first names); the rows, posts and levels are unchanged.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch964 import (
    BY_GRID,
    GRADES,
    GRID,
    HIGHS,
    IMPACT,
    LAYOUTS,
    LIKELIHOOD,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    ZONES,
    build,
    grid_level,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(964, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"zuogong_hospital_risk_grid"}
TYPED = {
    "zuogong_health_commission_two_sheets",
    "zuogong_tibetan_hospital_list",
    "zuogong_health_enforcement_cards",
    "zuogong_maternal_child_posts",
    "zuogong_tiantuo_clinic_list",
}
NOBODY = {"zuogong_maternal_child_posts"}


def test_batch964_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=956, unit_words=("左贡县",), new_people=True)


def test_batch964_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch964_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch964_every_unit_is_of_zuogong():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("左贡县") for u in units)


def test_batch964_people_are_of_two_rare_surnames():
    people = {f["person"] for lay in LAYOUTS for f in lay["truth"]} - {""}
    assert people and all(p[:2] in ("公仪", "仉督") for p in people)
    assert {p[:2] for p in people} == {"公仪", "仉督"}


def test_batch964_levels_by_the_risk_grid():
    name = "zuogong_hospital_risk_grid"
    rows = BATCH.filled(name, "风险清单")
    head = BATCH.header(name, "风险清单", first="风险编号")
    assert rows[head] == ["风险编号", "科室", "岗位", "姓名", "廉政风险点", "防控措施"]
    # no level column, and no level word in any cell of the list; in the grid, only its axes
    assert not any(c in LEVELS for row in rows for c in row)
    grid = BATCH.filled(name, "风险坐标图")
    axes = set(LIKELIHOOD) | set(IMPACT)
    assert {c for row in grid for c in row if c in LEVELS} <= axes
    table = [row for row in rows[head + 1 :] if isinstance(row[0], str) and row[0][:1] == "R"]
    codes = [row[0] for row in table]
    assert codes == [f"R{i:02d}" for i in range(1, len(table) + 1)]
    # the grid: a heading row of the impacts, a row a likelihood, each cell the codes standing there
    gh = next(r for r, row in enumerate(grid) if row[0] == "发生可能性＼影响程度")
    assert grid[gh] == ["发生可能性＼影响程度", *IMPACT]
    placed = {}
    for row in grid[gh + 1 : gh + 1 + len(LIKELIHOOD)]:
        assert row[0] in LIKELIHOOD
        for col, cell in zip(IMPACT, row[1:], strict=True):
            assert (cell == "/") == (not GRID[(row[0], col)]), cell
            for code in cell.split("、") if cell != "/" else ():
                assert code not in placed, code  # one cell a code
                placed[code] = ZONES[(row[0], col)]
    assert set(placed) == set(codes)
    got = [(row[1], row[2], row[3], row[4], placed[row[0]]) for row in table]
    assert got == BATCH.truth_rows(name)
    assert [grid_level(c) for c in codes] == [placed[c] for c in codes]
    # the note under the grid names every zone and level; the list's note points to the grid
    notes = [row[0] for row in grid if isinstance(row[0], str) and row[0].startswith("注：")]
    assert len(notes) == 1
    assert all(w in notes[0] for w in ("发生可能性", "影响程度", "一级", "二级", "三级", "区域"))
    assert any(isinstance(row[0], str) and "风险坐标图" in row[0] and row[0].startswith("注：")
               for row in rows)  # fmt: skip
    # every level is there, the grid sheet has no form, no types
    assert {lv for *_, lv in got} == {1, 2, 3}
    assert {f["sheet"] for f in BY_NAME[name]["truth"]} == {"风险清单"}
    assert len(BY_NAME[name]["truth"]) == len(BY_GRID)
    assert all(not r["types"] for r in BATCH.points(name))


def test_batch964_plain_tables_by_heading():
    cases = [
        ("zuogong_tibetan_hospital_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("zuogong_tiantuo_clinic_list", {"post": "岗位", "person": "责任人", "point": "廉政风险点"},
         "风险类别"),
        ("zuogong_maternal_child_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类别"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "zuogong_health_commission_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "委领导") == BATCH.truth_rows(name, "委领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    for sheet in ("委领导", "股室"):
        assert BATCH.types_by(name, "风险类型", sheet) == [
            r["types"] for r in BATCH.points(name, sheet)
        ]
    # the short 风险点 is the point, the long 风险表现 none
    name = "zuogong_maternal_child_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}


def test_batch964_group_rows_give_the_department():
    name = "zuogong_cdc_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], STARS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch964_one_sheet_a_person():
    name = "zuogong_health_enforcement_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在中队", "职　务", "填卡日期"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类别", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
    name = "zuogong_wangda_clinic_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "岗　位", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch964_is_read(tmp_path):
    BATCH.is_read(tmp_path)
