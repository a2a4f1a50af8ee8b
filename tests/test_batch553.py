"""The five-hundred-and-fifty-third batch of published layouts (tests/published/batch553.py): seven
ordinary files as the 审计 and 统计 bodies of one county (民和回族土族自治县) really send them — the
审计局's file in two sheets ``局领导``/``股室`` with ``一级/二级/三级``, the 统计局's 一览表 with
股室/岗位/责任人 merged and ``高风险/中风险/低风险``, the 普查中心's 责任清单 under group rows with
``一级风险/二级风险/三级风险``, the 川口镇统计站's 防控卡 one sheet a holder with ``★★★/★★/★``, the
官亭镇统计站's 自查表 one sheet a person with 高/中/低, the 马营镇统计站's 排查表 对岗不对人 with
``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 巴州镇统计站's 责任清单 with ``职责事项`` — and one harder:
the 经济责任审计中心's list whose one risk column ``廉政风险点及防控措施`` writes each point and its
measures in one line parted by a full-width ``；``
(``python tests/published/score.py --set batch553``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader at 3fd9adb (``/work/snap45``; this
worktree branched from dev at dd430b6): ``TOTAL                      forms  21/21  points  31/37
recall 0.84 precision 0.84 (31/37)  levels  31/31  types  31/31  noise 0`` / ``TOTAL forms=1.000
recall=0.838 precision=0.838 levels=1.000 types=1.000 noise=0``; with --strict the same: ``TOTAL
forms  21/21  points  31/37  recall 0.84 precision 0.84 (31/37)  levels  31/31  types  31/31
noise 0`` / ``TOTAL forms=1.000 recall=0.838 precision=0.838 levels=1.000 types=1.000 noise=0``.
The 8 files: eight .xlsx, no re-saved copies. All seven ordinary layouts read in full, --strict
too (审计局 two sheets, 统计局 list, 普查中心 group rows, 川口镇 cards, 官亭镇 self-checks, 马营镇
对岗不对人, 巴州镇 list: 18/18 forms, 31/31 points, levels and types all right).

Missed, in the harder ``minhe_audit_center_point_semicolon_measures.xlsx`` (sheet 一览表; forms
3/3, points 0/6): the three forms (中心领导/主任/笪瑆翀 leader, 经责审计一科/科长/郈湜璠 middle,
经责审计二科/审计员/蔺玹淙 general) are right and the levels were read (高/中/低 as Ⅰ/Ⅱ/Ⅲ, not
scored as no point matched), but every point was read as the whole cell: E3
``审计发现问题线索隐瞒不报；审计组集体研究问题定性，线索移送登记备查。`` (truth ``审计发现问题线索隐瞒不报``),
E4 ``审计项目计划安排受人请托；年度计划经审计委员会审定，调整须报批。`` (truth ``审计项目计划安排受人请托``),
E5 ``审计评价避重就轻；评价意见经复核组复核，审计报告征求意见留痕。`` (truth ``审计评价避重就轻``), E6
``审计现场接受被审计单位宴请；执行审计纪律八不准，审计组长每日报告。`` (truth ``审计现场接受被审计单位宴请``),
E7 ``审计取证记录不实；取证单由被审计单位签认，底稿两级复核。`` (truth ``审计取证记录不实``), E8
``泄露被审计单位资料；审计资料专柜保管，借阅登记。`` (truth ``泄露被审计单位资料``) — six missed, six
extra; the measures column is empty in risks.csv and issues.csv raises ``MEASURES_BLANK`` on E3–E8
(and ``TABLE_NO_TYPE`` on A2), nothing about a point joined to its measures. Kind: a
``廉政风险点及防控措施`` cell parting the point from its measures by one full-width ``；`` is not
split — the heading naming both fields is not taken as a sign that the cell holds both, and the
semicolon is not read as the seam (nor as a mark between several points: the cell stays whole).

Not scored, seen in posts.csv: the four 镇统计站 are cut to the town — unit
``民和回族土族自治县川口镇`` / ``…官亭镇`` / ``…马营镇`` / ``…巴州镇`` (truth ``…川口镇统计站`` etc.); the
川口镇 cards and the 巴州镇 list get the 科室 ``统计站`` (truth none) and their 站长 the tier 中层岗位
(truth leader); every other unit, 科室, post and tier is as the truth.

Generalised after this measurement: the same rule as 549's reads a '风险点及防控措施' cell written
'point；measures' on one line with one '；', where the part after it reads as measures and the part
before it does not (two points parted by '；' stay as they were; tests/test_point_then_requirement_in
_one_sentence.py::test_a_point_then_its_measures_after_one_semicolon).

Later two holders were renamed (訾潆澍, 昝珞溦): batch 552, built at the same time, had
taken their first names; the layouts and the measurement are otherwise as measured.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch553 import (
    GRADES,
    JOINED,
    LAYOUTS,
    PLACE,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    WORDS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **WORDS}
BATCH = Batch(553, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HEAD = "minhe_audit_center_point_semicolon_measures"
HARDER = {HEAD}
UNTYPED = {
    HEAD,
    "minhe_audit_bureau_two_sheets",
    "minhe_census_center_group_rows",
    "minhe_chuankou_station_cards",
    "minhe_guanting_station_selfchecks",
    "minhe_bazhou_station_duty_list",
}
NOBODY = {"minhe_mayang_station_posts"}


def test_batch553_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=549, unit_words=(PLACE,), new_people=True)


def test_batch553_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 10), whole_points=False)
    assert RESAVED == ()


def test_batch553_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch553_every_unit_is_of_minhe():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch553_point_and_measures_parted_by_one_semicolon():
    rows = BATCH.filled(HEAD)
    assert ["序号", "科室", "岗位", "责任人", "廉政风险点及防控措施", "风险等级"] in rows
    got, holder = [], None
    for row in rows:
        if isinstance(row[0], int):
            if row[1] is not None:
                holder = (row[1], row[2], row[3])
            cell = row[4]
            assert cell.count("；") == 1 and cell.endswith("。")
            point, measures = cell.split("；")
            assert "，" not in point and "。" not in point and "，" in measures
            assert not any(s in cell for s in ("→", "\n", "：", "（", "●", "，应", "，须"))
            got.append((*holder, point, HML[row[5]]))
    assert BATCH.truth_rows(HEAD) == got
    assert len(got) == sum(len(p) for *_x, p in JOINED) == 6


def test_batch553_plain_tables_by_heading():
    cases = [
        ("minhe_mayang_station_posts", {"dept": "部门", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("minhe_stats_bureau_list", {"dept": "股室", "post": "岗位", "person": "责任人",
                                     "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    assert BATCH.holders("minhe_mayang_station_posts") == {""}
    name = "minhe_bazhou_station_duty_list"
    got = BATCH.by_heading(name, {"post": "岗位", "person": "姓名", "point": "廉政风险点"})
    assert got == BATCH.truth_rows(name)
    name = "minhe_audit_bureau_two_sheets"
    got = BATCH.by_heading(name, {"dept": "股室", "post": "岗位", "person": "姓名",
                                  "point": "廉政风险点"}, "股室")  # fmt: skip
    assert got == BATCH.truth_rows(name, "股室")
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉政风险点"},
                           "局领导", fixed={"dept": "局领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "局领导")


def test_batch553_group_rows_and_one_sheet_a_person():
    name = "minhe_census_center_group_rows"
    got, dept = [], None
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)
    name = "minhe_chuankou_station_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "minhe_guanting_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "岗　位", "所在部门"]
        assert rows[2][:3] == [f["person"], f["title"], f["department"]]
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch553_is_read(tmp_path):
    BATCH.is_read(tmp_path)
