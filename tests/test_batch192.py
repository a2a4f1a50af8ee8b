"""The hundred-and-ninety-second batch of published layouts (tests/published/batch192.py): nine
ordinary files as county bodies of an invented 长寿区 really send them — a 生态环境监测站 一览表 with
a trailing ``责任领导`` column of names, a 灌区管理所 排查表 with a ``工作事项`` column and 一级/二级/三级,
the 司法局's 基层司法所 一览表 (``司法所`` column, ``★★★/★★/★``), a 街道办事处 清单 对岗不对人 with
numbered ``业务事项`` and ``风险点`` cells and a ``责任岗位`` column, a 风景名胜区管理处 清单 对岗不对人 with
``Ⅰ级/Ⅱ级/Ⅲ级``, a 排涝泵站管理所 一览表 whose 序号 starts again in every 股室, a 国有林场 一览表 that
runs over two printed pages (``…（续）`` and the header again), a 地方海事处 一览表 with ``岗位及人员``
cells ``科长⏎呼延曙光`` — and one harder: a 社区矫正中心's 个人廉政风险自查表 whose level cell keeps the
three boxes with one ticked (``□高　☑中　□低``) (``python tests/published/score.py --set batch192``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

First measured untuned with the reader at d17768d (main's newest when the batch was done): forms
1.000 (51/51), recall 1.000 (66/66), precision 1.000 (66/66), levels 1.000 (66/66), types 1.000
(66/66), noise 0; with --strict the same: forms 1.000 (51/51), recall 1.000 (66/66), precision
1.000 (66/66), levels 1.000 (66/66), types 1.000 (66/66), noise 0. Nine .xlsx, no re-saved copies.
Missed: nothing. Not scored but checked in the export: unit, 科室, post and tier of all 51 forms
are the truth's; the issues log holds only infos (TABLE_NO_TYPE for the three untyped tables,
COLUMN_GUESSED for the ``司法所`` header read as 科室, GRADE_BLANK for the three 自查表).

Read right: the harder 自查表's ticked boxes ``□高　☑中　□低`` and ``■高　□中　□低`` (box before
the word; every level the ticked one) with its two rows of pairs; the 监测站's trailing ``责任领导``
column of names taken for no holder; the 灌区管理所's ``工作事项`` column kept as the duty (no point)
and ``一级/二级/三级``; the 司法局's ``司法所`` column read as 科室 under the 局 as unit, ``★★★/★★/★``
with its note; the 街道's numbered ``业务事项`` (duty) and numbered ``风险点`` cells (one point each)
with the post from ``责任岗位``, 对岗不对人; the 风景名胜区管理处's posts with ``岗位职责`` merged,
``廉政风险点`` and ``Ⅰ级/Ⅱ级/Ⅲ级``; the 泵站管理所's 序号 restarting per 股室 and its ``合计`` row
(no point); the 林场's title ``…（续）`` and header typed again mid-sheet (one table); the 海事处's
``岗位及人员`` cells ``处长⏎呼延曙光`` split into post and holder, ``高风险/中风险/低风险``.

(Read in full before any change for it: nothing in this batch was generalised on.)

Read in full untuned; nothing generalised on it.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch192 import (
    BOX,
    GAP,
    GRADES,
    LAYOUTS,
    PREFIX,
    ROMAN,
    STARS,
    TICKS,
    WORDS,
    build,
    ticked_level,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **ROMAN, **GRADES, **STARS, **WORDS}
BATCH = Batch(192, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"corrections_checkbox_levels"}
UNTYPED = {
    "irrigation_duty_column",
    "street_office_numbered_cells",
    "maritime_post_and_name_cell",
}
NOBODY = {"street_office_numbered_cells", "scenic_area_posts"}


def test_batch192_is_apart_from_the_earlier_batches():
    assert PREFIX == "b192_"
    BATCH.is_apart(count=(8, 10), harder=HARDER, sees=189, new_people=True)
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert all(u.startswith("长寿区") for u in units), units
    assert not any("长寿" in u for u in BATCH.earlier_units())


def test_batch192_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY)


def test_batch192_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch192_ticked_boxes():
    name = "corrections_checkbox_levels"
    sheets = [s["name"] for s in BY_NAME[name]["sheets"]]
    assert sheets == ["Sheet1", "Sheet2", "Sheet3"]
    ticks = set()
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓名", f["person"], "科室", f["department"]]
        assert rows[2][:2] == ["职务", f["title"]]
        head = BATCH.header(name, f["sheet"])
        assert rows[head] == ["序号", "风险点", "风险类型", "风险等级", "防控措施"]
        table = [r for r in rows[head + 1 :] if isinstance(r[0], int)]
        got = []
        for r in table:
            cell = r[3]
            # all three boxes are there, exactly one ticked, in the order 高 中 低
            assert cell.count(BOX) == 2 and cell.count(GAP) == 2, cell
            assert [c for c in cell if c in "高中低"] == ["高", "中", "低"]
            ticks |= {c for c in cell if c in TICKS}
            got.append((r[1], ticked_level(cell), r[2]))
        assert got == [(p["risk_point"], p["level"], p["types"][0]) for p in f["risks"]]
        assert not any(r[3] in LEVELS for r in table)  # no plain level word anywhere
    assert ticks == set(TICKS)
    levels = {p["level"] for p in BATCH.points(name)}
    assert levels == {1, 2, 3}


def test_batch192_plain_tables_by_heading():
    cases = [
        ("env_monitoring_supervisor",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险等级", "风险类型"),
        ("irrigation_duty_column",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "风险点"}, "风险等级", None),
        ("justice_bureau_stations",
         {"dept": "司法所", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险等级", "风险类别"),
        ("street_office_numbered_cells",
         {"dept": "科室", "post": "责任岗位", "point": "风险点"}, "风险等级", None),
        ("scenic_area_posts",
         {"dept": "科室", "post": "岗位", "point": "廉政风险点"}, "风险等级", "风险类型"),
        ("pump_station_restarting_numbers",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险等级", "风险类型"),
        ("forest_farm_page_break",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险等级", "风险类型"),
    ]  # fmt: skip
    for name, heads, level, typ in cases:
        got = BATCH.by_heading(name, heads, level=level)
        # the truth groups a post's points; the 街道's 经办人员 rows stand apart in the sheet
        assert sorted(got) == sorted(BATCH.truth_rows(name)), name
        if typ:
            assert BATCH.types_by(name, typ, level=level) == [
                p["types"] for p in BATCH.points(name)
            ], name
    name = "maritime_post_and_name_cell"
    got = BATCH.by_heading(
        name, {"dept": "科室", "post": "岗位及人员", "person": "岗位及人员", "point": "风险点"},
        post=lambda s: s.split("\n")[0], person=lambda s: s.split("\n")[1],
    )  # fmt: skip
    assert got == BATCH.truth_rows(name)
    assert "姓名" not in BATCH.heading(name)


def test_batch192_supervisor_and_duty_columns_are_no_holder_or_point():
    name = "env_monitoring_supervisor"
    rows = BATCH.table(name)
    bosses = {r[8] for r in rows}
    assert bosses == {"旷澈舟", "妫沛衡"} and bosses <= BATCH.holders(name)
    assert any(r[8] != r[3] for r in rows)
    name = "irrigation_duty_column"
    head = BATCH.heading(name)
    assert head[2] == "工作事项" and head[5] == "风险点"
    duties = {r[2] for r in BATCH.table(name)}
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not duties & points and all(len(d) < 8 for d in duties)


def test_batch192_station_list_and_numbered_cells():
    name = "justice_bureau_stations"
    truth = BY_NAME[name]["truth"]
    assert {f["unit"] for f in truth} == {"长寿区司法局"}
    assert {f["department"] for f in truth} == {"澄溪司法所", "蓼湾司法所", "石堰司法所"}
    assert {f["tier"] for f in truth if f["title"] == "所长"} == {"middle"}
    name = "street_office_numbered_cells"
    for r in BATCH.table(name):
        matter, point = r[2], r[3]
        assert matter.split("\n")[1].startswith("1.") and point.startswith("1.")
        assert point in {p["risk_point"] for p in BATCH.points(name)}
    assert all(f["person"] == "" for f in BY_NAME[name]["truth"])


def test_batch192_restarting_numbers_and_page_break():
    name = "pump_station_restarting_numbers"
    numbers = [r[0] for r in BATCH.numbered(name)]
    assert numbers == [1, 2, 3, 1, 2, 1, 2]
    rows = BATCH.filled(name)
    total = next(r for r in rows if r[0] == "合计")
    assert "7个风险点" in total[4] and total[6] is None
    assert len(BATCH.points(name)) == 7
    name = "forest_farm_page_break"
    rows = BATCH.filled(name)
    heads = [k for k, r in enumerate(rows) if r and r[0] == "序号"]
    assert len(heads) == 2 and rows[heads[0]] == rows[heads[1]]
    assert rows[heads[1] - 1][0].endswith("（续）")
    assert [r[0] for r in BATCH.numbered(name)] == list(range(1, 8))


def test_hundred_and_ninety_second_batch_is_read(tmp_path):
    BATCH.is_read(tmp_path)
