"""The hundred-and-fifty-third batch of published layouts (tests/published/batch153.py): eight
ordinary files as county bodies of 威远县 send them — a 供销合作社 一览表, the 妇联's 清单 对岗不对人,
a 地方志编纂中心 排查表 with Ⅰ级/Ⅱ级/Ⅲ级, the 统计局's 一览表 with 高风险/中风险/低风险, a 普查中心
一览表 with no 科室 column, a 公务用车服务中心 一览表 with 责任人 last, a 妇女儿童活动中心 排查表, and one
harder: a 机关事务服务中心 一览表 whose 科室 stands only in section rows ``二、综合科`` across the table
(``python tests/published/score.py --set batch153``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

First measured untuned with the reader at 4d0dc8d (main's newest when the batch was done): forms
1.000 (39/39), recall 1.000 (42/42), precision 1.000 (42/42), levels 1.000 (42/42), types 1.000
(42/42), noise 0; with --strict the same: forms 1.000 (39/39), recall 1.000 (42/42), precision
1.000 (42/42), levels 1.000 (42/42), types 1.000 (42/42), noise 0. The 8 files are .xlsx only.
Missed: nothing.

Read right: the 供销合作社's 股室 and per-person merges with ``…风险`` types; the 妇联's posts 对岗不对人
under ``附件`` with 一级/二级/三级; the 地方志编纂中心's Ⅰ级/Ⅱ级/Ⅲ级 with no type column; the 统计局's
``填报单位：…　　填报时间：…`` line no point and ``高风险/中风险/低风险``; the 普查中心's posts kept as
written with no 科室 column, 岗位 and 姓名 merged per person; the 公务用车服务中心's ``责任人`` after the
防控措施; the 妇女儿童活动中心's compound surnames (巫马, 第五); the harder 机关事务服务中心's 科室 taken
from the section rows ``一、中心领导``, ``二、综合科``, ``三、资产管理科``.

(Read in full before any change for it: nothing in this batch was generalised on.)

Nothing was generalised on this batch: it read in full untuned, strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch153 import GAP, GRADES, LAYOUTS, PREFIX, RESAVED, ROMAN, WORDS, build
from published.checks import Batch, resaved_files
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **WORDS}
BATCH = Batch(153, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"affairs_center_section_rows"}
NOBODY = {"women_fed_posts"}
UNTYPED = {"chronicle_center_roman"}


def test_batch153_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 10), harder=HARDER, sees=149, unit_words=("威远",), new_people=True)


def test_batch153_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(copies=resaved_files(PREFIX, RESAVED), nobody=NOBODY)


def test_batch153_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch153_every_unit_is_of_weiyuan():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS)
    assert all(u.startswith("威远县") for u in units)


def test_batch153_plain_tables_by_heading():
    cases = [
        ("supply_coop_list", {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}),
        ("women_fed_posts", {"dept": "部室", "post": "岗位", "point": "风险点"}),
        ("chronicle_center_roman",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}),
        ("stats_bureau_words", {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}),
        ("census_center_no_dept", {"post": "岗位", "person": "姓名", "point": "风险点"}),
        ("car_center_holder_last",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "风险点"}),
        ("children_center_list",
         {"dept": "部门", "post": "岗位", "person": "姓名", "point": "风险点"}),
    ]  # fmt: skip
    for name, heads in cases:
        assert BATCH.by_heading(name, heads, level="风险等级") == BATCH.truth_rows(name), name
    assert all(f["department"] == "" for f in BY_NAME["census_center_no_dept"]["truth"])
    assert (
        "科室" not in BATCH.filled("census_center_no_dept")[BATCH.header("census_center_no_dept")]
    )
    assert (
        BATCH.filled("stats_bureau_words")[1][0]
        == f"填报单位：威远县统计局{GAP}填报时间：2024年4月"
    )
    head = BATCH.filled("car_center_holder_last")[BATCH.header("car_center_holder_last")]
    assert head[-1] == "责任人"


def test_batch153_section_rows_name_the_dept():
    name = "affairs_center_section_rows"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert "科室" not in rows[head]
    got, dept = [], None
    for r in rows[head + 1 :]:
        if r[0] is not None and len(set(r)) == 1:
            dept = r[0].split("、", 1)[1]
        elif r[5] in HML:
            got.append((dept, r[1], r[2], r[3], HML[r[5]]))
    assert got == BATCH.truth_rows(name)


def test_hundred_and_fifty_third_batch_is_read(tmp_path):
    BATCH.is_read(tmp_path)
