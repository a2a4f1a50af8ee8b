"""The six-hundred-and-fifth batch of published layouts (tests/published/batch605.py): seven
ordinary files as the city management and gardening bodies of one district (利通区, 吴忠市) really
send them — the 园林绿化所's 一览表 with ``一级/二级/三级``, the 环境卫生管理所's 防控卡 one sheet a person
with 高/中/低, the 市政设施维护中心's 排查表 对岗不对人 with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 城市管理综合执法大队's
清单 under group rows with ``★★★/★★/★``, the 园林苗圃's 自查表 one sheet a person with
``高风险/中风险/低风险``, the 数字化城市管理监督指挥中心's 一览表 in two sheets with ``一级风险/…``, the
城乡环卫保洁服务中心's 一览表 with 高/中/低 — and one harder: the 城市管理局's 廉政风险点目录 naming no
holder, and under it a roster ``序号 | 科室 | 岗位 | 姓名 | 对应风险点`` naming each person's points by the
list's short 风险点 NAMES (``python tests/published/score.py --set batch605``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 7fb154b (/work/snap10; this worktree branched from
dev at d2ebd08): TOTAL forms=0.793 recall=0.765 precision=0.750 levels=1.000 types=1.000 noise=0
(forms 23/29, points 39/51, precision 39/52); with --strict the same: TOTAL forms=0.793
recall=0.765 precision=0.750 levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx, no
re-saved copies. The seven ordinary layouts read in full (forms, points, levels and types all
1.00, noise 0, --strict too).

Missed, all in the harder ``litong_city_management_bureau_points_by_name.xlsx`` (sheet 风险点;
forms 0/6, points 0/12, precision 0/13, levels 0/0, noise 0): the reader read the list (heading
row 3, rows 4–11) as one form with no 科室, post or holder — its eight short 风险点 B4–B11 with
their 风险表现 (C) and levels (D) right, but belonging to nobody (posts.csv F00001, 15 points) —
and did not see the roster under it as a table of its own: the roster's heading row 14
(``序号 | 科室 | 岗位 | 姓名 | 对应风险点``) and its six rows 15–20 were read as seven more rows of the
same list, column B (科室: ``科室``, ``局领导``, ``市容管理科``, …) taken as the 风险点, C (岗位) as the
风险表现, D (姓名: ``巢翾甯`` … ``蔚岄璘``) as the level (LEVEL_UNKNOWN at D14–D20) and E (the
``对应风险点`` names) as the measures. The truth has six forms — 局领导 局长 巢翾甯 (环卫作业政府采购),
局领导 副局长 蔚琨昳 (户外广告设置审批, 建筑垃圾运输核准, 行政处罚裁量), 市容管理科 科长 巢霈珣
(户外广告设置审批, 占道经营临时许可, 门前三包考核), 法制审核科 科长 蔚湦玓 (行政处罚裁量,
违法建设查处), 办公室 主任 巢琇瀓 (执法车辆使用, 环卫作业政府采购), 市容管理科 科员 蔚岄璘
(占道经营临时许可) — 12 points in all, each with the list's level. Kind: a roster under the list
that names each person's points by the list's short 风险点 NAMES (not by number) is taken for more
rows of the list, so no point reaches a holder and the roster's 科室 cells are read as points.

Unscored besides: TABLE_NO_TYPE (info).

Not generalised in the stop that measured it (left for the next): a 岗位人员 roster under (or
beside) a holderless list whose ``对应风险点`` cells name the list's points by their names.

Generalised after this measurement: a staff table under a holderless list naming each person's points by the list's 风险点 names (tests/test_holders_by_point_names.py; info HOLDERS_BY_POINT_NAMES). Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch605 import (
    CATALOGUE,
    GRADES,
    HIGHS,
    HOLDERS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(605, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"litong_city_management_bureau_points_by_name"}
TYPED = {
    "litong_gardening_institute_list",
    "litong_municipal_facilities_posts",
    "litong_cleaning_service_centre_list",
}
NOBODY = {"litong_municipal_facilities_posts"}


def test_batch605_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=599, unit_words=("利通区",), new_people=True)


def test_batch605_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch605_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch605_every_unit_is_of_litong():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("利通区") for u in units)


def test_batch605_points_named_in_the_roster():
    name = "litong_city_management_bureau_points_by_name"
    rows = BATCH.filled(name)
    heads = [i for i, row in enumerate(rows) if row and row[0] == "序号"]
    assert len(heads) == 2
    assert rows[heads[0]][:5] == ["序号", "风险点", "风险表现", "风险等级", "防控措施"]
    assert rows[heads[1]][:5] == ["序号", "科室", "岗位", "姓名", "对应风险点"]
    listed = {}
    for row in rows[heads[0] + 1 : heads[1]]:
        if isinstance(row[0], int):
            listed[row[1]] = HML[row[3]]
    assert list(listed) == [point for point, *_ in CATALOGUE]
    got = []
    for row in rows[heads[1] + 1 :]:
        if isinstance(row[0], int):
            for point in row[4].split("、"):
                assert point in listed, point  # named, never numbered
                got.append((row[1], row[2], row[3], point, listed[point]))
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    # every listed point is somebody's, some two people's; the list names no holder
    claims = [p for *_, points in HOLDERS for p in points]
    assert set(claims) == set(listed) and len(claims) > len(set(claims))
    assert len(BY_NAME[name]["truth"]) == len(HOLDERS)
    # the long 风险表现 is no point
    assert not {p["risk_point"] for p in BATCH.points(name)} & {d for _, d, *_ in CATALOGUE}


def test_batch605_plain_tables_by_heading():
    cases = [
        ("litong_cleaning_service_centre_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("litong_gardening_institute_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("litong_municipal_facilities_posts", {"dept": "科室", "post": "岗位", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "litong_digital_city_centre_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "中心领导") == BATCH.truth_rows(name, "中心领导")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "科室") == BATCH.truth_rows(name, "科室")


def test_batch605_group_rows_give_the_department():
    name = "litong_enforcement_brigade_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], STARS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch605_one_sheet_a_person():
    name = "litong_nursery_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在科室", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "litong_sanitation_institute_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        assert rows[2][:2] == ["所在科室", f["department"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch605_is_read(tmp_path):
    BATCH.is_read(tmp_path)
