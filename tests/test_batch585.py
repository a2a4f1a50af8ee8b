"""The five-hundred-and-eighty-fifth batch of published layouts (tests/published/batch585.py): seven
ordinary files as the 卫生健康 bodies of one county (卓尼县) really send them — the 卫生健康局's 一览表 in
two sheets 局领导/股室 with 高/中/低, the 藏医院's 排查表 对岗不对人 with ``风险点 | 风险表现`` and
``Ⅰ级/Ⅱ级/Ⅲ级``, the 妇幼保健计划生育服务中心's 自查表 one sheet a person with ``高风险/中风险/低风险``, the
疾病预防控制中心's 一览表 under ``附件1`` with ``一级风险/二级风险/三级风险``, the 洮砚镇卫生院's 防控卡 one sheet a
leader with ``★★★/★★/★``, the 申藏镇卫生院's 清单 under group rows ``一、院领导`` … with ``一级/二级/三级``, the
阿子滩镇卫生院's 登记表 — and one harder: the 人民医院's 临床医技科室主任廉政风险点清单 in two blocks, ``一、共性风险点
（以下各科室主任共有）`` under the collective ``各临床、医技科室 | 科主任 | 各科室主任`` and ``二、个性风险点`` one
科主任 after another, each 共性 row a point of every 科主任 the second block names
(``python tests/published/score.py --set batch585``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

``is_apart`` is called with ``places`` (one place a layout, in its unit and in no earlier unit), not
with ``unit_words=("卓尼县",)``: batch 466 already has units of 卓尼县 (its 民政局, 社会福利中心, 殡仪服务站,
救助管理站 and the 民政所 of 柳林镇, 木耳镇, 扎古录镇 and 纳浪镇), so no unit of this batch may be an earlier
one's, and no town repeats.

Measured ONCE, untuned, with main's reader at 55b93c8 (/work/snap7; score.py printed ``reader:
/work/snap7/xlproc/__init__.py``; this worktree branched from dev at 161b6a5): ``TOTAL forms  31/31
points  49/58  recall 0.84 precision 0.94 (49/52)  levels  49/49  types  49/49  noise 0`` / ``TOTAL
forms=1.000 recall=0.845 precision=0.942 levels=1.000 types=1.000 noise=0``; with --strict the same:
``TOTAL forms  31/31  points  49/58  recall 0.84 precision 0.94 (49/52)  levels  49/49  types  49/49
noise 0`` / ``TOTAL forms=1.000 recall=0.845 precision=0.942 levels=1.000 types=1.000 noise=0``. The 8
files: eight .xlsx, no re-saved copies. The seven ordinary layouts read in full (forms, points,
levels and types all 1.00, noise 0).

Missed, all in the harder ``zhuoni_peoples_hospital_common_points.xlsx`` (sheet 清单; forms 3/3,
points 5/14, precision 5/8, levels 5/5, noise 0): the reader read the heading (row 3), both group
rows (A4 ``一、共性风险点（以下各科室主任共有）``, A8 ``二、个性风险点``) as no points, and the 个性 block
B9:D13 rightly — 内科 科主任 亢翊琮 (E9, E10), 外科 科主任 况昶岫 (E11, E12), 检验科 科主任 亢沄澂 (E13), each
with the row's level; but the three 共性 rows E5:E7 (``科室绩效二次分配不公开，向个人或亲属倾斜`` 一级, ``私设
科室小金库，截留科室收入`` 一级, ``接受医药代表宴请、礼品礼金`` 二级) it gave to a made-up form of their own,
posts.csv F00001 = 科室 ``各临床、医技科室`` (B5:B7), 岗位 ``科主任`` (C5:C7), NO person (``各科室主任`` in D5:D7
taken for no name), while the truth has each of the three rows for EVERY 科主任 of the second block
(内科 亢翊琮, 外科 况昶岫, 检验科 亢沄澂): 9 points lost, 3 points of a form the truth has not; neither the
``注：`` line (A14, ``共性风险点为上列各科室主任共有的风险点…``) nor the collective holder raised an issue
(only the info TABLE_NO_TYPE at A3). Kind: a block of 共性 rows under a collective holder
(``各…科室 | 科主任 | 各科室主任``) is read as one more post with no holder, not spread to every holder the
list's 个性 block names, so the common points reach none of their holders.

Unscored besides: the other issues are info only (TABLE_NO_TYPE; FILE_SKIPPED for truth.json).

Not generalised in the stop that measured it (left for the next): 共性 rows under a collective
holder (``各科室主任``, ``各…科室``) resolved into every holder the same list names, by the group row's
``（以下各科室主任共有）`` or a ``注：`` line.

Generalised after this measurement: common points under a collective holder ('各科室主任') go to each
named holder of the post in the list
(tests/test_columns.py::test_common_points_under_a_collective_holder_go_to_each_holder_of_the_post).
Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch585 import (
    COMMON,
    COMMON_DEPT,
    COMMON_HOLDER,
    DIRECTORS,
    GRADES,
    HIGHS,
    LAYOUTS,
    PLACES,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(585, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"zhuoni_peoples_hospital_common_points"}
TYPED = {"zhuoni_tibetan_hospital_posts", "zhuoni_cdc_list", "zhuoni_azitan_clinic_register"}
NOBODY = {"zhuoni_tibetan_hospital_posts"}


def test_batch585_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=583, places=PLACES, new_people=True)


def test_batch585_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch585_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch585_every_unit_is_of_zhuoni():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("卓尼县") for u in units)


def test_batch585_common_rows_go_to_every_director():
    name = "zhuoni_peoples_hospital_common_points"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head] == ["序号", "科室", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施"]
    groups = [
        r
        for r, row in enumerate(rows)
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、")
    ]
    assert len(groups) == 2 and "共性" in rows[groups[0]][0] and "个性" in rows[groups[1]][0]
    table = BATCH.table(name)
    common = [row for row in table if row[3] == COMMON_HOLDER]
    own = [row for row in table if row[3] != COMMON_HOLDER]
    assert [row[4] for row in common] == [p for p, _, _ in COMMON]
    assert all(row[1:3] == [COMMON_DEPT, "科主任"] for row in common)
    # the collective holder is no form; every 科主任 of the second block has every common row
    assert COMMON_HOLDER not in BATCH.holders(name)
    got = [(d, "科主任", who, p, GRADES[lv]) for d, who, pts in DIRECTORS
           for p, lv, _ in COMMON + pts]  # fmt: skip
    assert got == BATCH.truth_rows(name)
    assert sorted((r[1], r[2], r[3], r[4], GRADES[r[5]]) for r in own) == sorted(
        t for t in got if t[3] not in {p for p, _, _ in COMMON}
    )
    assert len(BY_NAME[name]["truth"]) == len(DIRECTORS)


def test_batch585_plain_tables_by_heading():
    cases = [
        ("zhuoni_cdc_list",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("zhuoni_azitan_clinic_register",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("zhuoni_tibetan_hospital_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "zhuoni_health_bureau_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "局领导") == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    # the short 风险点 is the point, the long 风险表现 none
    name = "zhuoni_tibetan_hospital_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}


def test_batch585_group_rows_give_the_department():
    name = "zhuoni_shenzang_clinic_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], GRADES[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch585_one_sheet_a_person():
    name = "zhuoni_maternal_child_centre_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在部门", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "zhuoni_taoyan_clinic_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch585_is_read(tmp_path):
    BATCH.is_read(tmp_path)
