"""The five-hundred-and-thirteenth batch of published layouts (tests/published/batch513.py): seven
ordinary files as the 市场监管 and 应急 bodies of one city (玉门市) really send them — the
市场监督管理局's 一览表 with 科室/职权内容/…/岗位/责任人 on every row and 高/中/低, the 应急管理局's file
in two sheets ``局领导``/``科室`` with ``一级/二级/三级``, the 食品药品检验检测中心's 排查表 对岗不对人
with ``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 玉门镇市场监管所's 防控卡 one sheet a holder with
``★★★/★★/★``, the 赤金市场监管所's 自查表 one sheet a person with ``高风险/中风险/低风险``, the
花海市场监管所's 责任清单 under group rows with ``一级风险/二级风险/三级风险``, the 昌马市场监管所's
责任清单 with ``职责事项`` — and one harder: the 消防救援大队's 一览表 with no measures column, each
``廉政风险点`` cell closing with its measures in a labelled bracket ``…（防控措施：…）``
(``python tests/published/score.py --set batch513``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader at bd33144 (``/work/snap35``; this
worktree branched from dev at bd33144 too): ``TOTAL                      forms  21/21  points
31/37  recall 0.84 precision 0.84 (31/37)  levels  31/31  types  31/31  noise 0`` / ``TOTAL
forms=1.000 recall=0.838 precision=0.838 levels=1.000 types=1.000 noise=0``; with --strict the
same: ``TOTAL                      forms  21/21  points  31/37  recall 0.84 precision 0.84 (31/37)
levels  31/31  types  31/31  noise 0`` / ``TOTAL forms=1.000 recall=0.838 precision=0.838
levels=1.000 types=1.000 noise=0``. The 8 files: eight .xlsx, no re-saved copies. The seven
ordinary layouts read in full, --strict too (18/18 forms, 31/31 points, levels and types all right).

Missed, all in the harder ``yumen_fire_measures_in_point_bracket.xlsx`` (sheet 一览表; forms 3/3,
points 0/6): the reader found the three holders, their posts, every level and type, but read each
``廉政风险点`` cell whole, the measures' bracket kept in the point, and reported the measures blank
(issues.csv MEASURES_BLANK at D3–D8): D3 read ``消防车辆器材采购指定供应商（防控措施：采购按程序公开招标，
党委集体研究；合同备案。）`` (truth ``消防车辆器材采购指定供应商``), D4 ``队伍经费安排个人说了算（防控措施：
…）`` (truth ``队伍经费安排个人说了算``), D5 ``消防监督检查对火灾隐患降格处理（防控措施：…）`` (truth
``消防监督检查对火灾隐患降格处理``), D6 ``为检查对象推荐消防设施维保公司（防控措施：…）`` (truth
``为检查对象推荐消防设施维保公司``), D7 ``灭火救援补助核发不实（防控措施：…）`` (truth ``灭火救援补助核发
不实``), D8 ``报销票据审核把关不严（防控措施：…）`` (truth ``报销票据审核把关不严``); so the six points
count as missed and as six extra points, and levels and types are not scored for them. Kind: a
labelled bracket ``（防控措施：…）`` closing a point cell is not taken off the point as its measures.

Generalised after this measurement: a point cell closing with a bracket labelled as measures
('…（防控措施：…）', '措施：', '管控措施:' …) gives the point before it and the row's measures from the bracket,
joined to the row's own where it has others (locate._measures_bracket; info
MEASURES_IN_POINT_BRACKET; tests/test_measures_in_point_bracket.py).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch513 import (
    FIRE,
    GRADES,
    LABEL,
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
BATCH = Batch(513, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
BRACKET = "yumen_fire_measures_in_point_bracket"
HARDER = {BRACKET}
UNTYPED = {
    "yumen_emergency_two_sheets",
    "yumen_town_cards",
    "yumen_chijin_selfchecks",
    "yumen_huahai_group_rows",
    "yumen_changma_duty_list",
}
NOBODY = {"yumen_lab_posts"}


def test_batch513_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=510, unit_words=(PLACE,), new_people=True)


def test_batch513_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 10), whole_points=False)
    assert RESAVED == ()


def test_batch513_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch513_every_unit_is_of_yumen():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch513_measures_only_in_the_points_bracket():
    head = BATCH.heading(BRACKET)
    assert head == ["序号", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级"]
    texts = [c for row in BATCH.filled(BRACKET) for c in row if isinstance(c, str)]
    assert not any("措施" in c for c in texts if LABEL not in c)
    cells = [c for c in texts if LABEL in c]
    assert len(cells) == sum(len(ps) for _p, _w, _t, ps in FIRE)
    assert all(c.endswith("）") and c.count(LABEL) == 1 for c in cells)
    got = BATCH.by_heading(BRACKET, {"post": "岗位", "person": "姓名", "point": "廉政风险点"})
    cut = [(d, p, w, point.split(LABEL)[0], lv) for d, p, w, point, lv in got]
    assert cut == BATCH.truth_rows(BRACKET)
    assert [m for _p, _w, _t, ps in FIRE for _pt, m, _ty, _lv in ps] == [
        c.split(LABEL)[1][:-1] for c in cells
    ]
    assert BATCH.types_by(BRACKET, "风险类型") == [r["types"] for r in BATCH.points(BRACKET)]


def test_batch513_plain_tables_by_heading():
    cases = [
        ("yumen_lab_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("yumen_samr_list", {"dept": "科室", "post": "岗位", "person": "责任人",
                             "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    assert BATCH.holders("yumen_lab_posts") == {""}
    name = "yumen_changma_duty_list"
    got = BATCH.by_heading(name, {"post": "岗位", "person": "姓名", "point": "廉政风险点"})
    assert got == BATCH.truth_rows(name)
    name = "yumen_emergency_two_sheets"
    got = BATCH.by_heading(name, {"dept": "科室", "post": "岗位", "person": "姓名",
                                  "point": "廉政风险点"}, "科室")  # fmt: skip
    assert got == BATCH.truth_rows(name, "科室")
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉政风险点"},
                           "局领导", fixed={"dept": "局领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "局领导")


def test_batch513_group_rows_and_one_sheet_a_person():
    name = "yumen_huahai_group_rows"
    got, dept = [], None
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)
    name = "yumen_town_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "yumen_chijin_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "岗　位", "所在科室"]
        assert rows[2][:3] == [f["person"], f["title"], f["department"]]
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch513_is_read(tmp_path):
    BATCH.is_read(tmp_path)
