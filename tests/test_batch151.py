"""The hundred-and-fifty-first batch of published layouts (tests/published/batch151.py): eight
files from grass-roots bodies, public institutions and a county company — a 镇人民政府's 一览表
whose 站所 stand only as section rows (harder), a 村's 清单 对岗不对人 with no 科室 column, a
社区卫生服务中心 排查表 with ``Ⅰ级/Ⅱ级/Ⅲ级``, a 城投 company's 清单 with a short 风险点 beside a long
风险描述 and 一级/二级/三级, a 中学 一览表 by 处室, a 中医医院 一览表 with a ``监督责任人`` column, a
镇水利站 站长's 防控卡 whose ``单位：`` field names the 镇 and its 站, and a 镇农业服务中心 排查表 under a
``填报单位：`` line (``python tests/published/score.py --set batch151``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

First measured untuned with the reader at 904eeb2 (main's newest when the batch was done): forms
1.000 (34/34), recall 1.000 (46/46), precision 1.000 (46/46), levels 1.000 (46/46), types 1.000
(46/46), noise 0; with --strict the same: forms 1.000 (34/34), recall 1.000 (46/46), precision
1.000 (46/46), levels 1.000 (46/46), types 1.000 (46/46), noise 0. The 8 files: eight .xlsx, no
re-saved copies. Missed: nothing.

Read right: the harder 镇 一览表's section rows ``一、便民服务中心`` … taken as the 科室 of the rows
under them, 序号 running on across sections; the 村's posts 对岗不对人 with no 科室 column (department
""), 主要职责 merged and no point; the 社区卫生服务中心's ``Ⅰ级/Ⅱ级/Ⅲ级`` and ``…风险`` types; the 城投
company's short ``风险点`` taken beside the long ``风险描述``, 一级/二级/三级; the 中学's ``处室`` column
and ``附件`` line; the 中医医院's ``监督责任人`` column taken for no holder; the 水利站 card's ``单位：``
field split into the 镇 (unit) and its 水利站 (科室), holder from ``姓名：``; the 农业服务中心's title
naming the 镇 and its 中心 run together, with the ``填报单位：`` line.

(Read in full before any change for it: nothing in this batch was generalised on.)

Nothing was generalised on this batch: it read in full untuned, strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch151 import GRADES, LAYOUTS, ROMAN, build
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **ROMAN, **GRADES}
BATCH = Batch(151, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"town_section_rows"}
UNTYPED = {"village_posts_no_dept", "middle_school_offices"}
NOBODY = {"village_posts_no_dept"}


def test_batch151_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 10), harder=HARDER, sees=149, unit_words=("中江",), new_people=True)


def test_batch151_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY)


def test_batch151_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch151_section_rows_name_the_part():
    name = "town_section_rows"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert "科室" not in rows[head] and "站所" not in rows[head]
    dept, got = None, []
    for r in rows[head + 1 :]:
        if len(set(r)) == 1 and r[0] and "、" in str(r[0]):
            dept = r[0].split("、", 1)[1]
        elif r[5] in HML:
            got.append((dept, r[1], r[2], r[3], HML[r[5]]))
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型") == [p["types"] for p in BATCH.points(name)]


def test_batch151_unit_and_part_in_one_field():
    name = "water_station_card"
    rows = BATCH.filled(name)
    (f,) = BY_NAME[name]["truth"]
    assert rows[1][0] == f"单位：{f['unit']}{f['department']}"
    assert rows[1][3] == f"职务：{f['title']}" and rows[2][0] == f"姓名：{f['person']}"
    fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
    assert BATCH.by_heading(name, {"point": "风险点"}, fixed=fixed) == BATCH.truth_rows(name)
    name = "farm_service_center_filler"
    rows = BATCH.filled(name)
    units = {f["unit"] for f in BY_NAME[name]["truth"]}
    depts = {f["department"] for f in BY_NAME[name]["truth"]}
    assert units == {"中江县永兴镇人民政府"} and depts == {"农业服务中心"}
    assert rows[0][0].startswith("中江县永兴镇人民政府农业服务中心")
    assert rows[1][0] == "填报单位：中江县永兴镇农业服务中心"
    got = BATCH.by_heading(name, {"post": "岗位", "person": "姓名", "point": "风险点"},
                           fixed={"dept": "农业服务中心"})  # fmt: skip
    assert got == BATCH.truth_rows(name)


def test_batch151_plain_tables_by_heading():
    cases = [
        ("village_posts_no_dept", {"post": "岗位", "point": "风险点"}, None),
        ("community_health_roman",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("city_investment_short_long",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "风险点"}, "风险类别"),
        ("middle_school_offices",
         {"dept": "处室", "post": "岗位", "person": "姓名", "point": "风险点"}, None),
        ("tcm_hospital_supervisor",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "风险点"}, "风险类别"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ) == [p["types"] for p in BATCH.points(name)], name
    assert all(f["department"] == "" for f in BY_NAME["village_posts_no_dept"]["truth"])
    # the 监督责任人 is a name, but no holder of the rows it stands in
    name = "tcm_hospital_supervisor"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    sup, who = rows[head].index("监督责任人"), rows[head].index("责任人")
    assert any(r[sup] and r[sup] != r[who] for r in rows[head + 1 :] if r[6] in HML)


def test_hundred_and_fifty_first_batch_is_read(tmp_path):
    BATCH.is_read(tmp_path)
