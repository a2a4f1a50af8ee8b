"""The two-hundred-and-twenty-third batch of published layouts (tests/published/batch223.py):
eight ordinary files from the grass roots, public institutions and a county company of 芦山县 —
a 镇中心小学 一览表, a 城乡供水有限公司 排查登记表 with a ``监督责任人`` column of names, a 镇人民政府's
三资 一览表 by ``站所``, a 村's 小微权力 清单 with a ``权力事项`` column, a 林业局's 林业站 防控表 under
one ``单位：…局…站`` line with ``★★★/★★/★``, a 社区居委会 清单 对岗不对人, a 乡's 站所 heads with no 科室
column — and one harder: the 人民医院's 排查表 whose 科室 stand only in group rows, its levels ticked
``√`` under ``高 | 中 | 低`` (``python tests/published/score.py --set batch223``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

First measured untuned with the reader at 701c9a0 (main's newest when the batch was done): forms
1.000 (29/29), recall 1.000 (48/48), precision 1.000 (48/48), levels 1.000 (48/48), types 1.000
(48/48), noise 0; with --strict the same: forms 1.000 (29/29), recall 1.000 (48/48), precision
1.000 (48/48), levels 1.000 (48/48), types 1.000 (48/48), noise 0. The 8 files: eight .xlsx, no
re-saved copies. Missed:

- nothing: every layout read in full, normal and strict.

Read right: the 小学's 处室 and per-person merges under a ``填报单位：…（盖章）　　　填报时间：…`` line; the
供水公司's ``责任人`` taken as the holder beside a ``监督责任人`` column of names (some of them holders on
other rows), ``Ⅰ级/Ⅱ级/Ⅲ级`` and ``…风险`` types; the 镇's ``站所`` (经管站, 财政所, 村级会计委托代理中心) as
科室 of the 镇 with 一级/二级/三级 and no type column; the 村's 职务/姓名 with the ``权力事项`` column no
point; ``单位：芦山县林业局楮塘林业站`` as unit 林业局 and 科室 楮塘林业站 with ``★★★/★★/★``; the 社区's
posts 对岗不对人 under ``附件3`` with its 说明 no point; the 乡's ``财政所所长``-style posts with no 科室
column; the harder 医院's group rows ``二、设备科`` as 科室 and the ``√`` under ``高 | 中 | 低`` as levels
(the ``填报科室：院纪检监察室`` line above taken for no 科室).

(Read in full before any change for it: nothing in this batch was generalised on.)

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch223 import GAP, GRADES, LAYOUTS, ROMAN, STARS, build
from published.checks import Batch
from published.layouts import HML, TYPES, types_in

LEVELS = {**HML, **ROMAN, **GRADES, **STARS}
BATCH = Batch(223, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"county_hospital_group_rows_ticks"}
UNTYPED = {"county_hospital_group_rows_ticks", "town_sanzi_stations"}
NOBODY = {"community_posts_no_names"}
PLACES = ("人民医院", "蕤溪", "城乡供水", "蓍坝", "菰田", "林业局", "泖桥", "芡坪")


def test_batch223_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=221, new_units=True)
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert all(u.startswith("芦山县") for u in units)
    for unit, word in zip(units, PLACES, strict=True):
        assert word in unit


def test_batch223_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY)


def test_batch223_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch223_plain_tables_by_heading():
    cases = [
        ("school_canteen_list",
         {"dept": "处室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险等级", "风险类型"),
        ("water_company_supervisor_column",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉洁风险点"}, "风险等级", "风险类别"),
        ("town_sanzi_stations",
         {"dept": "站所", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险等级", None),
        ("village_power_item_column", {"post": "职务", "person": "姓名", "point": "风险点"}, "风险等级", "风险类型"),
        ("community_posts_no_names", {"post": "岗位", "point": "风险点"}, "风险等级", "风险类型"),
        ("township_station_heads_no_dept",
         {"post": "岗位", "person": "姓名", "point": "廉政风险点"}, "等级", "风险类别"),
    ]  # fmt: skip
    for name, heads, level, typ in cases:
        assert BATCH.by_heading(name, heads, level=level) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ, level=level) == [
                p["types"] for p in BATCH.points(name)
            ], name


def test_batch223_forestry_station_under_the_bureau_line():
    name = "forestry_station_bureau_line"
    rows = BATCH.filled(name)
    truth = BY_NAME[name]["truth"]
    assert {f["unit"] for f in truth} == {"芦山县林业局"}
    assert {f["department"] for f in truth} == {"楮塘林业站"}
    assert rows[1][0].startswith("单位：芦山县林业局楮塘林业站" + GAP) and len(set(rows[1])) == 1
    fixed = {"dept": "楮塘林业站"}
    got = BATCH.by_heading(name, {"post": "岗位", "person": "姓名", "point": "风险点"}, fixed=fixed)
    assert got == BATCH.truth_rows(name)
    assert {r["level"] for r in BATCH.points(name)} == {1, 2, 3}
    assert rows[-1][0].startswith("注：★★★为高风险")


def test_batch223_no_dept_column_keeps_posts_as_written():
    for name in (
        "village_power_item_column",
        "township_station_heads_no_dept",
        "community_posts_no_names",
    ):
        head = BATCH.filled(name)[BATCH.header(name)]
        assert not {"科室", "部门", "站所", "处室"} & set(head), name
        assert all(f["department"] == "" for f in BY_NAME[name]["truth"]), name
    titles = {f["title"] for f in BY_NAME["township_station_heads_no_dept"]["truth"]}
    assert titles == {"财政所所长", "水利站站长", "农业综合服务中心主任", "民政所所长"}
    # the 镇's own 站所 are 科室 of the 镇
    depts = {f["department"] for f in BY_NAME["town_sanzi_stations"]["truth"]}
    assert depts == {"经管站", "财政所", "村级会计委托代理中心"}
    # the community's 说明 lines are no point and name the levels and every type
    rows = BATCH.filled("community_posts_no_names")
    notes = [r[0] for r in rows if str(r[0]).startswith(("说明", "2."))]
    assert len(notes) == 2 and types_in(notes[1]) == list(TYPES)
    points = {p["risk_point"] for p in BATCH.points("community_posts_no_names")}
    assert not points & set(notes) and rows[0][0] == "附件3"


def test_batch223_supervisor_column_is_no_holder():
    name = "water_company_supervisor_column"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    at = rows[head].index("监督责任人")
    watchers = {r[at] for r in rows[head + 1 :] if r[6] in ROMAN}
    holders = {f["person"] for f in BY_NAME[name]["truth"]}
    assert "司马蔚" in watchers - holders and watchers & holders


def test_batch223_hospital_group_rows_and_ticks():
    name = "county_hospital_group_rows_ticks"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head][4:7] == ["风险等级"] * 3 and rows[head + 1][4:7] == ["高", "中", "低"]
    assert "科室" not in rows[head] and "风险类型" not in rows[head]
    got, dept = [], None
    for r in rows[head + 2 :]:
        if len(set(r)) == 1 and r[0] and "、" in str(r[0]):
            dept = r[0].split("、", 1)[1]
        elif isinstance(r[0], int):
            ticks = [k for k, c in zip(("高", "中", "低"), r[4:7], strict=True) if c == "√"]
            assert len(ticks) == 1
            got.append((dept, r[1], r[2], r[3], HML[ticks[0]]))
    assert got == BATCH.truth_rows(name)
    assert [f["department"] for f in BY_NAME[name]["truth"]] == [
        "院领导", "设备科", "药剂科", "门诊收费处"
    ]  # fmt: skip


def test_batch223_is_read(tmp_path):
    BATCH.is_read(tmp_path)
