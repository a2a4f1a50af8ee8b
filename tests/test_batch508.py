"""The five-hundred-and-eighth batch of published layouts (tests/published/batch508.py): seven
ordinary files as the 交通 and 公路 bodies of one county (临泽县) really send them — the 运输管理所's
file in two sheets ``所领导``/``股室`` with ``一级/二级/三级``, the 公路管理段's 排查表 对岗不对人 with
``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 农村公路管理站's 防控卡 one sheet a holder with
``★★★/★★/★``, the 农村公路养护中心's 责任清单 with ``职责事项``, the 交通执法大队's 责任清单 under group
rows ``一、大队领导`` … with ``一级风险/二级风险/三级风险``, the 交通建设项目服务中心's 自查表 one sheet a
person with ``高风险/中风险/低风险``, the 交通工程质量安全监督站's 一览表 with 责任人 on every row — and
one harder: the 交通运输局's 一览表 with no level column, each point's level a tag ``【一级】`` opening
its 防控措施 cell, as a note under the table says (``python tests/published/score.py --set
batch508``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader at c9c85b5 (``/work/snap34``; this
worktree branched from dev at c9c85b5 too): ``TOTAL                      forms  19/19  points  37/37
recall 1.00 precision 1.00 (37/37)  levels  31/37  types  37/37  noise 0`` / ``TOTAL forms=1.000
recall=1.000 precision=1.000 levels=0.838 types=1.000 noise=0``; with --strict the same (both
lines). The 8 files: eight .xlsx, no re-saved copies. The seven ordinary layouts read in full
(16/16 forms, 31/31 points, levels and types all right).

Missed, all in the harder ``linze_transport_level_in_measures.xlsx`` (sheet 一览表; forms 3/3,
points 6/6, types 6/6, levels 0/6): the reader found the three holders (局领导 / 局长 / 禚湜翮,
建设管理科 / 科长 / 衡珵翙, 运输管理科 / 科员 / 茹琬沨), every point whole and every type, but read NO
level: risks.csv leaves ``risk_level`` empty for all six and keeps the tag inside ``measures``, and
issues.csv reports ``LEVEL_BLANK`` (风险级别未填写) on E3–E8: G3 ``【一级】考核评分由考核组集体评定…``
(truth level 1 for E3 ``公路工程考核结果个人定调``), G4 ``【二级】插手干预工程登记报告…`` (truth 2 for E4
``为施工单位打招呼说情``), G5 ``【一级】评分表两人复核签字…`` (truth 1 for E5 ``考核评分弄虚作假``), G6
``【二级】计量与支付分离…`` (truth 2 for E6 ``工程计量审核不严``), G7 ``【二级】审批条件公开…`` (truth 2
for E7 ``客运线路审批把关不严``), G8 ``【三级】签订廉洁承诺书…`` (truth 3 for E8 ``接受运输企业宴请``).
Kind: a level given as a tag opening the 防控措施 cell (no level column, a note under the table
saying so) is not read — the level is taken as blank and the tag stays in the measures; the note
``注：防控措施前【】内为该风险点的风险等级。`` is not used.

Generalised after this measurement: a level tag opening the measures cell ('【一级】…'), no level
column, is the point's level, taken out of the measures (locate._embedded; tests/test_columns.py
test_a_level_tag_opening_the_measures, in other words).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch508 import (
    GRADES,
    LAYOUTS,
    NOTE,
    PLACE,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    TAGS,
    TRANSPORT,
    WORDS,
    build,
)
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **WORDS, **TAGS}
BATCH = Batch(508, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
TAGGED = "linze_transport_level_in_measures"
HARDER = {TAGGED}
UNTYPED = {
    "linze_transit_two_sheets",
    "linze_rural_road_cards",
    "linze_upkeep_duty_list",
    "linze_enforcement_group_rows",
    "linze_project_selfchecks",
}
NOBODY = {"linze_highway_posts"}


def test_batch508_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=505, unit_words=(PLACE,), new_people=True)


def test_batch508_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 10), whole_points=True)
    assert RESAVED == ()


def test_batch508_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch508_every_unit_is_of_linze():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch508_level_is_the_tag_opening_the_measures():
    rows = BATCH.table(TAGGED)
    heading = BATCH.heading(TAGGED)
    assert heading == ["序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "防控措施"]
    assert not any(h and ("等级" in h or "级别" in h) for h in heading)
    rows = [row for row in rows if isinstance(row[0], int)]
    assert len(rows) == sum(len(ps) for *_x, ps in TRANSPORT) == 6
    got = []
    for row in rows:
        point, typ, measures = row[4], row[5], row[6]
        assert "【" not in point and "（" not in point and "级" not in point
        tag = measures[:4]
        assert tag in TAGS and measures.count("【") == 1 and len(measures) > 8
        got.append((point, TAGS[tag], types_in(typ)))
    truth = BATCH.points(TAGGED)
    assert got == [(p["risk_point"], p["level"], p["types"]) for p in truth]
    assert {lv for _p, lv, _t in got} == {1, 2, 3}
    cells = [c for row in BATCH.filled(TAGGED) for c in row if isinstance(c, str)]
    assert NOTE in cells
    assert [r[:3] for r in BATCH.truth_rows(TAGGED)] == [
        (d, p, w) for d, p, w, _t, ps in TRANSPORT for _ in ps
    ]


def test_batch508_plain_tables_by_heading():
    cases = [
        ("linze_highway_posts", {"dept": "股室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("linze_quality_list", {"post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    assert BATCH.holders("linze_highway_posts") == {""}
    name = "linze_upkeep_duty_list"
    got = BATCH.by_heading(name, {"post": "岗位", "person": "姓名", "point": "廉政风险点"})
    assert got == BATCH.truth_rows(name)
    name = "linze_transit_two_sheets"
    got = BATCH.by_heading(name, {"dept": "股室", "post": "岗位", "person": "姓名",
                                  "point": "廉政风险点"}, "股室")  # fmt: skip
    assert got == BATCH.truth_rows(name, "股室")
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉政风险点"},
                           "所领导", fixed={"dept": "所领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "所领导")


def test_batch508_group_rows_and_one_sheet_a_person():
    name = "linze_enforcement_group_rows"
    got, dept = [], None
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)
    name = "linze_rural_road_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "linze_project_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "岗　位", "填表时间"]
        assert rows[2][:2] == [f["person"], f["title"]] == [f["sheet"], rows[2][1]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch508_is_read(tmp_path):
    BATCH.is_read(tmp_path)
