"""The seven-hundred-and-ninety-first batch of published layouts (tests/published/batch791.py): seven
ordinary files as the public security bodies of one county (阳城县, 晋城市) really send them — the
公安局's 一览表 in two sheets 局领导/科室 with ``一级/二级/三级``, the 交通警察大队's 排查表 对岗不对人 with
``…风险`` types and 高/中/低, the 出入境管理大队's 自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the
刑事侦查大队's 清单 under group rows with ``一级风险/…``, the 看守所's 防控卡 one sheet a leader with
``★★★/★★/★``, the 巡特警大队's 一览表 with ``高风险/中风险/低风险``, the 拘留所's 登记表 — and one
harder: the 凤城派出所's 岗位廉政风险点及适用人员表, one list of the station's points naming nobody and
under it a roster whose ``本人不涉及的风险点（填序号）`` cell lists the numbers of the points that are
NOT the person's (``第2、5项``, ``无``) (``python tests/published/score.py --set batch791``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 9d45ec99 (/work/snap41; this worktree branched
from dev at a0746fdd): TOTAL forms=0.844 recall=0.672 precision=0.782 levels=1.000 types=1.000
noise=0 (forms 27/32, points 43/64, precision 43/55); with --strict the same: TOTAL forms=0.844
recall=0.672 precision=0.782 levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx, no
re-saved copies. The seven ordinary layouts read in full (forms, points, levels and types all
1.00, noise 0).

Missed, all in the harder ``yangcheng_fengcheng_station_exclusions.xlsx`` (sheet 风险点; forms 0/5,
points 0/21, precision 0/12): the reader read the whole sheet as ONE table under the part-one
heading (row 4) and made ONE form with no post and no holder (posts.csv F00019, unit
``阳城县公安局``, 科室 ``凤城派出所``, section ``岗位人员适用情况`` on the roster rows): part one's six points
B5–B10 came out once each with the right levels but nobody's, and the roster below was read as
MORE ROWS OF THE SAME LIST — the heading row 13 and the five people (rows 14–18) each became a
"point" whose text is ``岗位⏎姓名`` (B:C joined, e.g. ``所长⏎沙砚翀``, ``教导员⏎闵琯鸾``), the 备注
(E14–E18) read as its measures and the ``本人不涉及的风险点（填序号）`` cells D13–D18 (``无``, ``第2、5项``,
``第1、4、5项``, ``第2、3项``, ``第1、4项``) read as LEVELS (six LEVEL_UNKNOWN errors); the ``注：`` line
saying every person has every point but the numbers in his cell was not used. The truth has five
forms — 所长 沙砚翀 (all six points), 教导员 闵琯鸾 (1, 3, 4, 6), 副所长 沙湜蘅 (2, 3, 6), 户籍内勤 闵翥瑶
(1, 4, 5, 6), 社区民警 沙璎峤 (2, 3, 5, 6) — 21 points, each with part one's level. Kind: a
holder-less list followed by a roster whose cells name the point numbers a person does NOT have
(to be subtracted from the whole list, ``无`` = all) is read as one list continuing into the
roster, its people taken for points and the exclusion numbers for levels, so no point reaches any
holder.

Unscored besides: the other issues are info only (TABLE_NO_TYPE).

Not generalised in the stop that measured it (left for the next): a roster under a holder-less
list whose cells list the numbers of the points each person does not have (本人不涉及的风险点),
read as the list minus those numbers.

Generalised after this measurement: a roster under a holderless numbered list giving the point numbers each person does NOT have (本人不涉及的风险点（填序号）; 无 = all) gives each person the rest (HOLDERS_BY_EXCLUDED_NUMBERS). Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch791 import (
    GRADES,
    HIGHS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    STATION_POINTS,
    STATION_STAFF,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(791, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"yangcheng_fengcheng_station_exclusions"}
TYPED = {
    "yangcheng_traffic_brigade_posts",
    "yangcheng_swat_brigade_list",
    "yangcheng_custody_register",
}
NOBODY = {"yangcheng_traffic_brigade_posts"}


def test_batch791_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=791, unit_words=("阳城县",), new_people=True)


def test_batch791_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 24))
    assert RESAVED == ()


def test_batch791_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch791_every_unit_is_of_yangcheng():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("阳城县") for u in units)


def test_batch791_exclusions_give_the_points():
    name = "yangcheng_fengcheng_station_exclusions"
    rows = BATCH.filled(name)
    # part one: the whole list, numbered, naming nobody
    start = next(i for i, row in enumerate(rows) if row[0] == "一、本所岗位廉政风险点")
    listed = {}
    for row in rows[start + 2 :]:
        if not isinstance(row[0], int):
            break
        listed[row[0]] = (row[1], HML[row[3]])
    assert [p for p, _ in listed.values()] == [p for p, _, _ in STATION_POINTS]
    # part two: the roster; a holder's points are the list minus the numbers in his cell
    start = next(i for i, row in enumerate(rows) if row[0] == "二、岗位人员适用情况")
    assert rows[start + 1][:4] == ["序号", "岗位", "姓名", "本人不涉及的风险点（填序号）"]
    got = []
    for row in rows[start + 2 :]:
        if not isinstance(row[0], int):
            break
        cell = row[3]
        excluded = set() if cell == "无" else {int(n) for n in re.findall(r"\d+", cell)}
        assert excluded <= set(listed)
        for n, (point, lv) in listed.items():
            if n not in excluded:
                got.append(("", row[1], row[2], point, lv))
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    assert len(BY_NAME[name]["truth"]) == len(STATION_STAFF)
    # some holder has all the points, the others fewer
    assert any(not ex for *_, ex, _ in STATION_STAFF)
    assert sum(bool(ex) for *_, ex, _ in STATION_STAFF) >= 3
    assert any("不涉及" in str(c) and "其余" in str(c) for row in rows for c in row if c)


def test_batch791_plain_tables_by_heading():
    cases = [
        ("yangcheng_swat_brigade_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("yangcheng_custody_register",
         {"dept": "部门", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("yangcheng_traffic_brigade_posts", {"dept": "中队", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "yangcheng_bureau_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "局领导") == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "科室") == BATCH.truth_rows(name, "科室")
    # the short 风险点 is the point, the long 风险表现 none
    name = "yangcheng_traffic_brigade_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}


def test_batch791_group_rows_give_the_department():
    name = "yangcheng_criminal_brigade_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch791_one_sheet_a_person():
    name = "yangcheng_exit_entry_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在部门", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "yangcheng_detention_house_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch791_is_read(tmp_path):
    BATCH.is_read(tmp_path)
