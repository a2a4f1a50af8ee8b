"""The five-hundred-and-forty-fifth batch of published layouts (tests/published/batch545.py): seven
ordinary files as the 工信 and 园区 bodies of one city (格尔木市) really send them — the
工业和信息化局's file in two sheets ``局领导``/``科室`` with ``一级/二级/三级``, the 招商服务中心's 一览表
with 科室/岗位/责任人 merged and ``高风险/中风险/低风险``, the 中小企业服务中心's 责任清单 under group
rows with ``一级风险/二级风险/三级风险``, the 郭勒木德镇经济发展办公室's 防控卡 one sheet a holder with
``★★★/★★/★``, the 唐古拉山镇经济发展办公室's 自查表 one sheet a person with 高/中/低, the
河西街道经济发展办公室's 排查表 对岗不对人 with ``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the
昆仑路街道经济发展办公室's 责任清单 with ``职责事项`` — and one harder: the 工业园区管理委员会's 一览表
whose only risk column ``廉政风险防控要点`` gives in each cell the measures first and the point last,
after ``，防止`` (``python tests/published/score.py --set batch545``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader at aa1567d (``/work/snap43``; this
worktree branched from dev at aa1567d too): ``TOTAL                      forms  18/21  points
31/37  recall 0.84 precision 1.00 (31/31)  levels  31/31  types  31/31  noise 0`` / ``TOTAL
forms=0.857 recall=0.838 precision=1.000 levels=1.000 types=1.000 noise=0``; with --strict the
same: ``TOTAL                      forms  18/21  points  31/37  recall 0.84 precision 1.00 (31/31)
levels  31/31  types  31/31  noise 0`` / ``TOTAL forms=0.857 recall=0.838 precision=1.000
levels=1.000 types=1.000 noise=0``. The 8 files: eight .xlsx, no re-saved copies. All seven
ordinary layouts read in full, --strict too (工业和信息化局 two sheets, 招商服务中心, 中小企业服务中心
group rows, 郭勒木德镇 cards, 唐古拉山镇 self-checks, 河西街道 对岗不对人, 昆仑路街道 list: 18/18
forms, 31/31 points, levels and types all right).

Missed, in the harder ``golmud_park_points_after_fangzhi.xlsx`` (sheet 一览表; forms 0/3, points
0/6): the reader skipped the whole file — issues.csv ``warning,FILE_NO_FORM`` (工作簿中未找到廉政风险
识别和防控表(没有“风险点”“风险级别”等表头)), nothing in posts.csv or risks.csv. So the three holders
(管委会领导 主任 钭翀燊, 规划建设局 局长 郜瀚翊, 企业服务部 科员 巩甯玹) are missed, and all six points:
E3 ``入园项目准入经评审委员会集体评议，评审结果公示，防止降低准入门槛引进不达标项目。`` (truth
``降低准入门槛引进不达标项目``, 高 → 1), E4 (truth ``个人决定优惠政策兑现``, 中), E5 (truth
``工程招标中围标串标``, 高), E6 (truth ``随意变更设计虚增工程量``, 中), E7 (truth ``刁难企业吃拿卡要``,
中), E8 (truth ``泄露企业经营数据``, 低) — nothing was read, so there is no wrong text, only
absence; the ``风险等级`` column beside them was not taken either. Kind: a heading
``廉政风险防控要点`` (with no ``风险点`` / ``防控措施`` column) is not recognised as a risk table at all,
so the table is never found; even if it were, nothing in the reader parts a 要点 sentence at
``，防止`` into measures and point.

Not scored, seen in posts.csv: the four 经济发展办公室' unit is read without the office
(``格尔木市郭勒木德镇``, ``格尔木市唐古拉山镇``, ``格尔木市河西街道``, ``格尔木市昆仑路街道``; truth
``…经济发展办公室``) and ``经济发展办公室`` taken as the 科室 where the truth has none (郭勒木德镇 cards,
昆仑路街道 list); the 主任 of 郭勒木德镇, 唐古拉山镇 and 昆仑路街道 are read 中层岗位 (truth leader: the
office is a unit of its own), the 河西街道 主任 领导岗位 as the truth has it; the other bodies' units,
科室 and tiers are as the truth.

Generalised after this measurement: a 防控要点 column (防控重点, 防范要点; a 防控措施 column only where every cell
reads so) whose cells read 'measures, then 防止 (避免, 杜绝, 以防, 防范) and the point' gives the point after
the guard word and the measures before it, a point a sentence (info POINT_AFTER_GUARD_WORD; a cell
not so written is kept whole as the point with the warning POINT_GUARD_WORD_MISSING;
tests/test_point_after_fangzhi_in_measures.py).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch545 import (
    AIM,
    AIMED,
    GRADES,
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
BATCH = Batch(545, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
AIMS = "golmud_park_points_after_fangzhi"
HARDER = {AIMS}
UNTYPED = {
    AIMS,
    "golmud_industry_bureau_two_sheets",
    "golmud_sme_center_group_rows",
    "golmud_guolemude_office_cards",
    "golmud_tanggula_office_selfchecks",
    "golmud_kunlunlu_office_duty_list",
}
NOBODY = {"golmud_hexi_office_posts"}


def test_batch545_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=543, unit_words=(PLACE,), new_people=True)


def test_batch545_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 10), whole_points=False)
    assert RESAVED == ()


def test_batch545_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch545_every_unit_is_of_golmud():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch545_points_close_the_aims_after_fangzhi():
    head = BATCH.heading(AIMS)
    assert head == ["序号", "科室", "岗位", "责任人", "廉政风险防控要点", "风险等级"]
    rows = [row for row in BATCH.filled(AIMS) if isinstance(row[0], int)]
    assert len(rows) == 6
    truth = BATCH.points(AIMS)
    for row, r in zip(rows, truth, strict=True):
        cell = row[4]
        # one sentence: measures, then '，防止' and the point, then '。'; nothing else parts them
        assert cell.count(AIM) == 1 and cell.endswith("。") and "\n" not in cell
        measures, point = cell[:-1].split(AIM)
        assert point == r["risk_point"] and measures and len(measures) > len(point) - 4
        assert not any(m in cell for m in ("：", "→", "（", "●"))
        assert HML[row[5]] == r["level"] and r["types"] == []
    assert [p for *_x, ps in AIMED for _m, p, _lv in ps] == [r["risk_point"] for r in truth]
    got = [(f["department"], f["title"], f["person"]) for f in BY_NAME[AIMS]["truth"]]
    assert got == [(d, p, w) for d, p, w, _t, _ps in AIMED]


def test_batch545_plain_tables_by_heading():
    cases = [
        ("golmud_hexi_office_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("golmud_investment_center_list", {"dept": "科室", "post": "岗位", "person": "责任人",
                                           "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    assert BATCH.holders("golmud_hexi_office_posts") == {""}
    name = "golmud_kunlunlu_office_duty_list"
    got = BATCH.by_heading(name, {"post": "岗位", "person": "姓名", "point": "廉政风险点"})
    assert got == BATCH.truth_rows(name)
    name = "golmud_industry_bureau_two_sheets"
    got = BATCH.by_heading(name, {"dept": "股室", "post": "岗位", "person": "姓名",
                                  "point": "廉政风险点"}, "科室")  # fmt: skip
    assert got == BATCH.truth_rows(name, "科室")
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉政风险点"},
                           "局领导", fixed={"dept": "局领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "局领导")


def test_batch545_group_rows_and_one_sheet_a_person():
    name = "golmud_sme_center_group_rows"
    got, dept = [], None
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)
    name = "golmud_guolemude_office_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "golmud_tanggula_office_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "岗　位", "所在科室"]
        assert rows[2][:3] == [f["person"], f["title"], f["department"]]
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch545_is_read(tmp_path):
    BATCH.is_read(tmp_path)
