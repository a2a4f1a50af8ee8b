"""The five-hundred-and-forty-eighth batch of published layouts (tests/published/batch548.py): seven
ordinary files as the 乡村振兴 and 农技 bodies of one district (乐都区) really send them — the
乡村振兴局's file in two sheets ``局领导``/``股室`` with ``一级/二级/三级``, the 农业农村局's 一览表 with
科室/岗位/责任人 merged and ``高风险/中风险/低风险``, the 农村经营管理站's 责任清单 under group rows with
``一级风险/二级风险/三级风险``, the 高庙镇农业服务站's 防控卡 one sheet a holder with ``★★★/★★/★``,
the 瞿昙镇农业服务站's 自查表 one sheet a person with 高/中/低, the 碾伯镇农业服务站's 排查表 对岗不对人
with ``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 雨润镇农业服务站's 责任清单 with ``职责事项`` — and
one harder: the 农业技术推广中心's 排查表 whose type AND level are given by the place of ONE tick in
a grid of three type bands each over ``高 | 中 | 低`` (``python tests/published/score.py --set
batch548``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader at e230d80 (``/work/snap44``; this
worktree branched from dev at e230d80 too): ``TOTAL                      forms  21/21  points
37/37  recall 1.00 precision 1.00 (37/37)  levels  31/37  types  31/37  noise 1`` / ``TOTAL
forms=1.000 recall=1.000 precision=1.000 levels=0.838 types=0.838 noise=1``; with --strict the
same: ``TOTAL                      forms  21/21  points  37/37  recall 1.00 precision 1.00 (37/37)
levels  31/37  types  31/37  noise 1`` / ``TOTAL forms=1.000 recall=1.000 precision=1.000
levels=0.838 types=0.838 noise=1``. The 8 files: eight .xlsx, no re-saved copies. All seven
ordinary layouts read in full, --strict too (乡村振兴局 two sheets, 农业农村局 一览表, 经管站 group
rows, 高庙镇 cards, 瞿昙镇 self-checks, 碾伯镇 对岗不对人, 雨润镇 list: 18/18 forms, 31/31 points,
levels and types all right).

Missed, in the harder ``ledu_agritech_type_level_tick_grid.xlsx`` (sheet 排查表; forms 3/3,
points 6/6, levels 0/6, types 0/6, noise 1): the three holders (中心领导/主任/甄翯骞,
土肥站/站长/覃昳衡, 植保站/农技员/郦芃瑄) and the six points E5–E10 were read right, with their
measures, but NO level and NO type: E5 ``农技推广项目承担主体确定不公`` read level none, type none
(truth 制度机制, 1 — the ``√`` in K5, band 制度机制风险, sub-column 高); E6 ``示范基地物资补助审批随意``
none/none (truth 岗位职责, 2 — O6); E7 ``测土配方取样数据弄虚作假`` none/none (truth 岗位职责, 1 —
N7); E8 ``配方肥推荐企业收受好处`` none/none (truth 思想道德, 2 — G8); E9 ``统防统治药剂验收把关不严``
none/none (truth 制度机制, 2 — J9); E10 ``病虫害防治补助对象虚报`` none/none (truth 思想道德, 3 — H10).
issues.csv: the heading was read as one row joined with the band (``COLUMN_GUESSED`` F2 "风险类型及等级
（在对应栏内打“√”）思想道德风险" taken as the LEVEL column, I2 and L2 the other bands taken as
"其他"), the ``高 | 中 | 低`` sub-heading row 4 taken as a data row with no point (``POINT_BLANK`` E4,
the noise 1), ``LEVEL_BLANK`` errors F5–F10 and ``TABLE_NO_TYPE`` A2. Kind: a tick grid of type
bands each over 高/中/低 sub-columns is not read — the three-row heading is cut after its second
row, so the bands are taken as one level column and two unknown columns, the sub-heading of level
words becomes a blank row, and the position of the tick gives neither type nor level.

Not scored, seen in posts.csv: the four town stations' unit is cut at the town — unit
``乐都区高庙镇``, ``乐都区雨润镇``, ``乐都区瞿昙镇``, ``乐都区碾伯镇`` (truth ``乐都区…镇农业服务站``), the
高庙镇 and 雨润镇 forms given the 科室 ``农业服务站`` (truth none) and their 站长 tiered 中层岗位
(truth leader); every other unit, 科室, post and tier is as the truth.

Generalised after this measurement: type bands each over level sub-columns ('思想道德风险 | 制度机制风险 |
岗位职责风险', each over '高 | 中 | 低'), or level bands over the types, in two or three heading rows, one
tick a row: the tick's band is the type and its sub-column the level (info TYPE_LEVEL_TICKS, warning
TYPE_LEVEL_TICKS_UNCLEAR where two levels are ticked; tests/test_type_bands_over_level_ticks.py).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch548 import (
    BANDS,
    GRADES,
    GRID,
    GRID_LEVELS,
    LAYOUTS,
    PLACE,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    TICK,
    WORDS,
    build,
)
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **WORDS}
BATCH = Batch(548, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HEAD = "ledu_agritech_type_level_tick_grid"
HARDER = {HEAD}
UNTYPED = {
    "ledu_rural_revitalization_two_sheets",
    "ledu_rural_management_station_group_rows",
    "ledu_gaomiao_station_cards",
    "ledu_qutan_station_selfchecks",
    "ledu_yurun_station_duty_list",
}
NOBODY = {"ledu_nianbo_station_posts"}


def test_batch548_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=545, unit_words=(PLACE,), new_people=True)


def test_batch548_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 10), whole_points=False)
    assert RESAVED == ()


def test_batch548_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch548_every_unit_is_of_ledu():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch548_one_tick_gives_type_and_level():
    rows = BATCH.filled(HEAD)
    assert rows[1][5].startswith("风险类型及等级") and rows[1][:5] == ["序号", "科室", "岗位", "责任人",
                                                                   "廉政风险点"]  # fmt: skip
    assert rows[2][5:14] == [b for b in BANDS for _ in range(3)]
    assert rows[3][5:14] == list(GRID_LEVELS) * len(BANDS)
    got = []
    for row in rows:
        if isinstance(row[0], int):
            cells = row[5:14]
            assert cells.count(TICK) == 1 and cells.count(None) == 8, row
            k = cells.index(TICK)
            band, lv = rows[2][5 + k], rows[3][5 + k]
            got.append(((row[1], row[2], row[3], row[4], HML[lv]), types_in(band)))
    assert [g for g, _ in got] == BATCH.truth_rows(HEAD)
    assert [ty for _, ty in got] == [r["types"] for r in BATCH.points(HEAD)]
    assert len(got) == sum(len(p) for *_x, p in GRID)
    # no level and no type is written anywhere but in the heading rows
    for row in rows[4:]:
        assert not any(v in LEVELS or v in BANDS for v in row if isinstance(v, str))


def test_batch548_plain_tables_by_heading():
    cases = [
        ("ledu_nianbo_station_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("ledu_agriculture_bureau_list", {"dept": "科室", "post": "岗位", "person": "责任人",
                                          "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    assert BATCH.holders("ledu_nianbo_station_posts") == {""}
    name = "ledu_yurun_station_duty_list"
    got = BATCH.by_heading(name, {"post": "岗位", "person": "姓名", "point": "廉政风险点"})
    assert got == BATCH.truth_rows(name)
    name = "ledu_rural_revitalization_two_sheets"
    got = BATCH.by_heading(name, {"dept": "股室", "post": "岗位", "person": "姓名",
                                  "point": "廉政风险点"}, "股室")  # fmt: skip
    assert got == BATCH.truth_rows(name, "股室")
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉政风险点"},
                           "局领导", fixed={"dept": "局领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "局领导")


def test_batch548_group_rows_and_one_sheet_a_person():
    name = "ledu_rural_management_station_group_rows"
    got, dept = [], None
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)
    name = "ledu_gaomiao_station_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "ledu_qutan_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "岗　位", "所在科室"]
        assert rows[2][:3] == [f["person"], f["title"], f["department"]]
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch548_is_read(tmp_path):
    BATCH.is_read(tmp_path)
