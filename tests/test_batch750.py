"""The seven-hundred-and-fiftieth batch of published layouts (tests/published/batch750.py): seven
ordinary files as the 住建 and 城管 bodies of one city (庄河市) really send them — the 城市管理综合行政执法局's
一览表 in two sheets 局领导/科室 with ``一级/二级/三级``, the 执法大队's 排查表 对岗不对人 with ``风险点 | 风险表现``,
the 户外广告管理所's 清单 under group rows with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 市政设施维护中心's 自查表 one sheet a
person with ``★★★/★★/★``, the 房产服务中心's 防控卡 one sheet a person with 高/中/低, the 房地产市场服务中心's
一览表 with ``一级风险/二级风险/三级风险``, the 昌盛街道城管执法中队's 登记表 with ``高风险/中风险/低风险`` —
and one harder: the 住房和城乡建设局's 一览表 with NO level column, each point taking the grade of its
post from a ``岗位风险等级评定表`` under the list (``一级风险岗位 | 局长、副局长、建筑市场管理科科长`` …)
(``python tests/published/score.py --set batch750``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at c4d2703 (/work/snap32; this worktree branched from dev
at the same commit): TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.804 types=1.000
noise=4 (forms 32/32, points 51/51, levels 41/51); with --strict the same: TOTAL forms=1.000
recall=1.000 precision=1.000 levels=0.804 types=1.000 noise=4. The 8 files: eight .xlsx, no
re-saved copies. The seven ordinary layouts read in full (forms, points, levels and types all 1.00,
noise 0).

Missed, all in the harder ``zhuanghe_housing_bureau_post_grades.xlsx`` (sheet 一览表; forms 6/6,
points 10/10, precision 10/10, but levels 0/10, noise 4): the reader read the list (heading A3:F3,
rows 4–13) right — six holders, 局长 阙舣澄, 副局长 巫马楫川 (局领导), 供热管理科 科长 阙蘅渟, 建筑市场管理科
科长 巫马溆 and 科员 阙琮湉, 财务审计科 会计 巫马琇澜, with their ten points — but left every level
blank (LEVEL_BLANK at E4–E13, risk_level empty; posts.csv computed_grade C with score 0 for all
six) and put the ``岗位风险等级评定表`` under it aside as text outside the table (ROW_UNPLACED at A16
``风险等级 岗位``, A17 ``一级风险岗位 局长、副局长、建筑市场管理科科长``, A18 ``二级风险岗位 供热管理科科长、
财务审计科会计``, A19 ``三级风险岗位 建筑市场管理科科员`` — the noise 4); the ``注：`` line at A2 saying
each point takes its post's grade was not used. The truth has 局长, 副局长 and 建筑市场管理科科长's
points 一级 (1), 供热管理科科长's and 会计's 二级 (2), the 科员's 三级 (3). Kind: a list with no level
column whose levels are given by a grading of POSTS (``一级风险岗位 | 局长、…``, posts of a 科室 written
科室+岗位) under it is read without levels, the grading left as unplaced text instead of being
looked up by each row's 科室 and 岗位.

Unscored besides: the other issues are info only (TABLE_NO_TYPE).

Not generalised in the stop that measured it (left for the next): levels given by a
``岗位风险等级`` grading of posts (一级/二级/三级风险岗位 followed by the posts of that grade) beside or
under a list without a level column.

Generalised after this measurement: a grading of posts (一级风险岗位 | 局长、副局长、…) under, over or beside a list without levels, with a note that points take their post's grade, gives each row its post's level (LEVEL_BY_POST_GRADING; tests/test_levels_by_post_grading.py). Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch750 import (
    BUREAU,
    GRADES,
    GRADING,
    HIGHS,
    LAYOUTS,
    POST_GRADES,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(750, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"zhuanghe_housing_bureau_post_grades"}
TYPED = {
    "zhuanghe_enforcement_brigade_posts",
    "zhuanghe_real_estate_market_list",
    "zhuanghe_changsheng_squadron_register",
}
NOBODY = {"zhuanghe_enforcement_brigade_posts"}


def test_batch750_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=746, unit_words=("庄河市",), new_people=True)


def test_batch750_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch750_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch750_every_unit_is_of_zhuanghe():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("庄河市") for u in units)
    people = [f["person"] for lay in LAYOUTS for f in lay["truth"] if f["person"]]
    assert len(people) == len(set(people))
    assert all(p[0] == "阙" or p.startswith("巫马") for p in people)


def test_batch750_levels_come_from_the_post_grading():
    name = "zhuanghe_housing_bureau_post_grades"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head] == ["序号", "科室", "岗位", "姓名", "廉政风险点", "防控措施"]
    assert rows[head - 1][0].startswith("注：") and "岗位的风险等级" in rows[head - 1][0]
    # the grading under the list: one row a grade, the posts written 科室+岗位 (局领导's bare)
    at = next(i for i, row in enumerate(rows) if row[0] == "风险等级")
    assert rows[at][2] == "岗位" and rows[at - 1][0] == "岗位风险等级评定表"
    grading = {}
    for row in rows[at + 1 : at + 1 + len(GRADING)]:
        for post in row[2].split("、"):
            grading[post] = POST_GRADES[row[0]]
    assert len(grading) == sum(len(p) for _g, _t, p in GRADING)
    table = BATCH.table(name)
    got = []
    for row in table:
        key = row[2] if row[1] == "局领导" else row[1] + row[2]
        got.append((row[1], row[2], row[3], row[4], grading[key]))
    assert got == BATCH.truth_rows(name)
    assert len({lv for *_r, lv in got}) == 3
    assert len(table) == sum(len(points) for *_h, points in BUREAU)


def test_batch750_plain_tables_by_heading():
    cases = [
        ("zhuanghe_real_estate_market_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("zhuanghe_changsheng_squadron_register",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("zhuanghe_enforcement_brigade_posts", {"dept": "中队/科室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "zhuanghe_urban_management_bureau_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "局领导") == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "科室") == BATCH.truth_rows(name, "科室")
    # the short 风险点 is the point, the long 风险表现 none
    name = "zhuanghe_enforcement_brigade_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}


def test_batch750_group_rows_give_the_department():
    name = "zhuanghe_billboard_office_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], ROMAN[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch750_one_sheet_a_person():
    name = "zhuanghe_municipal_facilities_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在科室", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "zhuanghe_housing_service_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch750_is_read(tmp_path):
    BATCH.is_read(tmp_path)
