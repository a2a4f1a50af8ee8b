"""The six-hundred-and-seventy-seventh batch of published layouts (tests/published/batch677.py): seven
ordinary files as the ethnic-affairs and culture bodies of one banner (鄂伦春自治旗) really send them —
the 民族事务委员会's 一览表 in two sheets 委领导/科室 with ``一级/二级/三级``, the 民族博物馆's 排查表 对岗不对人
with ``…风险`` types, the 乌兰牧骑's 防控卡 one sheet a leader with ``★★★/★★/★``, the 文化旅游体育局's 清单
under group rows with ``一级风险/二级风险/三级风险``, the 非物质文化遗产保护中心's 一览表 with
``高风险/中风险/低风险``, the 文物保护管理所's 登记表, the 文化市场综合行政执法大队's 自查表 one sheet a person
with ``Ⅰ级/Ⅱ级/Ⅲ级`` — and one harder: the 文化馆's 一览表 whose long points (and measures) run on into
the next row or two, continuation rows with no 序号 and no level
(``python tests/published/score.py --set batch677``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at ca76341 (/work/snap23; this worktree branched from
dev at 4c12fab): TOTAL forms=1.000 recall=0.920 precision=0.852 levels=1.000 types=1.000 noise=0
(forms 30/30, points 46/50, precision 46/54, levels 46/46); with --strict the same: TOTAL
forms=1.000 recall=0.920 precision=0.852 levels=1.000 types=1.000 noise=0. The 8 files: eight
.xlsx, no re-saved copies. The seven ordinary layouts read in full (forms, points, levels and types
all 1.00, noise 0, also --strict).

Missed, all in the harder ``oroqen_culture_center_spill_rows.xlsx`` (sheet 一览表; forms 4/4 with the
right 部室, posts and names; points 5/9, precision 5/13; levels 5/5 of the points it got right):
the four holders were found and the continuation rows stayed under the merged holder, but four
of the five run-on points were split: E5 ``集体研究，个人说了算`` (after E4 ``…安排不经馆务会``), E15
``人员福利和日常办公支出`` (after E14 ``…挤占挪用于``) and E17 ``列支餐费`` (after E16 ``…以会议培训名义``)
each came out as a point of its own with no level (LEVEL_BLANK errors at F5, F15, F17; MEASURES_BLANK
at G15, G17 — the measures of E14 and E16 stayed on the first rows), and the three-row point E7–E9
came out as two, E7 ``…授课教师劳务费`` (Ⅱ级) and E8+E9 joined ``虚列人数或重复发放`` (no level,
LEVEL_BLANK at F8), where the truth has each run joined into one point of its first row's level:
馆长 昝翮沅 ``群众文化活动和“乌兰牧骑＋”展演项目安排不经馆务会集体研究，个人说了算`` (一级), 副馆长 饶翾湄
``文艺骨干培训班、非遗传习班的授课教师劳务费虚列人数或重复发放`` (二级), 会计 饶煦琮 ``免费开放专项资金挤占
挪用于人员福利和日常办公支出`` (一级) and ``报销票据审核不严，以会议培训名义列支餐费`` (二级); the fifth run,
E11–E12 ``送文化下乡演出场次、观众人数虚报，`` + ``套取惠民演出补贴`` (E11 ending on a comma), was joined
right. Kind: a point's sentence broken over several rows of the same column (the rows after the
first with no 序号 and no level) is joined to the row above only where the first piece ends on a
comma (or between two continuation rows), otherwise each continuation row is read as a new,
unlevelled point of the same holder and the real point is cut short.

Unscored besides: the other issues are info only (TABLE_NO_TYPE).

Not generalised in the stop that measured it (left for the next): continuation rows with no 序号
and no level under a numbered row, whose 风险点 (and 防控措施) cells carry on the sentence above.

Generalised after this measurement: a point's text spilling into the next rows (no 序号, no level) goes on with the point above in a table whose points each have a 序号 and a level (tests/test_point_text_spilling_over_rows.py). Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch677 import (
    GRADES,
    HIGHS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    SPILLED,
    STARS,
    build,
)
from published.cells import norm
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(677, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"oroqen_culture_center_spill_rows"}
TYPED = {"oroqen_museum_posts", "oroqen_heritage_center_list", "oroqen_relics_office_register"}
NOBODY = {"oroqen_museum_posts"}


def _points_in(form, sheets):
    """The harder file's points are its point cells joined with the continuation rows under them."""
    cells = sheets[form["sheet"]]
    if form["layout"] in HARDER:
        return cells | {norm("".join(pcs)) for *_x, points in SPILLED for pcs, _lv, _m in points}
    return cells


def test_batch677_is_apart_from_the_earlier_batches():
    BATCH.is_apart(
        count=(8, 9), harder=HARDER, sees=672, unit_words=("鄂伦春自治旗",), new_people=True
    )


def test_batch677_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14), points_in=_points_in)
    assert RESAVED == ()


def test_batch677_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch677_every_unit_is_of_oroqen():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("鄂伦春自治旗") for u in units)


def test_batch677_spilled_rows_join_into_one_point():
    name = "oroqen_culture_center_spill_rows"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head][:7] == ["序号", "部室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"]
    got, cur, spilled = [], None, 0
    for row in rows[head + 1 :]:
        if isinstance(row[0], int):
            cur = [row[1], row[2], row[3], row[4], GRADES[row[5]]]
            got.append(cur)
        elif cur is not None and row[0] is None and row[5] is None and (row[4] or row[6]):
            assert row[1:4] == cur[:3]  # the merged holder covers the continuation row
            cur[3] += row[4] or ""
            spilled += 1
        else:
            break
    assert [tuple(g) for g in got] == BATCH.truth_rows(name)
    assert spilled >= 5
    # continuation pieces are never points of their own
    pieces = {p for *_x, points in SPILLED for pcs, _lv, _m in points for p in pcs[1:]}
    assert not pieces & {p["risk_point"] for p in BATCH.points(name)}


def test_batch677_plain_tables_by_heading():
    cases = [
        ("oroqen_heritage_center_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("oroqen_relics_office_register",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("oroqen_museum_posts", {"dept": "部门", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "oroqen_ethnic_affairs_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "委领导") == BATCH.truth_rows(name, "委领导")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "科室") == BATCH.truth_rows(name, "科室")


def test_batch677_group_rows_give_the_department():
    name = "oroqen_culture_bureau_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch677_one_sheet_a_person():
    name = "oroqen_market_brigade_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在中队", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "oroqen_ulan_muqir_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch677_is_read(tmp_path):
    BATCH.is_read(tmp_path)
