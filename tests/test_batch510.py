"""The five-hundred-and-tenth batch of published layouts (tests/published/batch510.py): seven
ordinary files as the 发展改革 and 工信 bodies of one county (高台县) really send them — the
发展和改革局's file in two sheets ``局领导``/``科室`` with ``一级/二级/三级``, the 粮食储备库's 排查表
对岗不对人 with ``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 价格认证中心's 防控卡 one sheet a holder
with ``★★★/★★/★``, the 招商服务中心's 自查表 one sheet a person with ``高风险/中风险/低风险``, the
重点项目服务中心's 责任清单 under group rows ``一、中心领导`` … with ``一级风险/二级风险/三级风险``, the
中小企业服务中心's 责任清单 with ``职责事项``, the 工业园区服务中心's 一览表 with 责任人 on every row —
and one harder: the 工业和信息化局's 廉政风险点登记表, ONE SHEET A POINT (six sheets 风险点1…6, each a
labelled form of one point, each holder on two sheets) (``python tests/published/score.py --set
batch510``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader at c9c85b5 (``/work/snap34``; this
worktree branched from dev at c9c85b5 too): ``TOTAL                      forms  19/19  points  37/37
recall 1.00 precision 0.86 (37/43)  levels  31/37  types  31/37  noise 0`` / ``TOTAL forms=1.000
recall=1.000 precision=0.860 levels=0.838 types=0.838 noise=0``; with --strict the same (both
lines). The 8 files: eight .xlsx, no re-saved copies. The seven ordinary layouts read in full
(16/16 forms, 31/31 points, levels and types all right).

Missed, all in the harder ``gaotai_industry_point_sheets.xlsx`` (forms 3/3, points 6/6, precision
6/12, levels 0/6, types 0/6): on every sheet 风险点1 … 风险点6 the reader found the holder (局领导 /
局长 / 虢湝璎 on 风险点1–2, 中小企业股 / 股长 / 缑沄瑧 on 3–4, 运行监测股 / 科员 / 郦璘沛 on 5–6) and
read the value of the ``风险点`` row, B6, as a point (right: ``扶持项目核准个人说了算``,
``为申报企业说情打招呼``, ``申报材料审查把关不严``, ``专项资金绩效评价走过场``, ``企业运行数据泄露``,
``监测数据弄虚作假``), but also read the value of the ``表现形式`` row, B7, as a SECOND point (e.g.
风险点1!B7 ``中小企业扶持项目名单不经局务会集体研究，由个人确定``, truth: the description of B6, no
point) — six extra points; it read no level (D4 ``高``/``中``/``低`` left unread: LEVEL_BLANK on
B6 and B7 of every sheet, truth 1/2/…), no type (B5 ``制度机制`` … unread, truth one short type a
point) and no measures (B8 unread: MEASURES_BLANK); and it made each sheet a form of its own, so
each holder's form is split over two sheets (FORM_DUPLICATE on every sheet, "两份都已收录"; scored
3/3 since the scorer keys forms by file and holder). Kind: a workbook of ONE SHEET A POINT, each a
labelled form (label/value pairs two to a row, then one label a row, the value merged across), is
read as if its label column were a list's point column — the ``表现形式`` row becomes a point, the
``风险等级``/``风险类型``/``防控措施`` labels are not tied to the point, and the sheets of one holder
are not gathered into one form.

Generalised after this measurement: a form of one point per sheet ('责任人 | … | 风险等级 | 一级' above '风险点
| …', '表现形式 | …' under it) is read by the records reader: the level and type above the point are
its, how it shows its description, not a second point (tests/test_one_point_forms.py, in other
words); a holder's two sheets remain two forms (FORM_DUPLICATE), not scored.

Later, at the next stop: a holder's two sheets of one point each are one form
(collect._point_sheets, FORM_POINT_SHEETS; tests/test_one_point_forms.py).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch510 import (
    GRADES,
    INDUSTRY,
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
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **WORDS}
BATCH = Batch(510, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
POINT_SHEETS = "gaotai_industry_point_sheets"
HARDER = {POINT_SHEETS}
UNTYPED = {
    "gaotai_reform_two_sheets",
    "gaotai_price_cards",
    "gaotai_invest_selfchecks",
    "gaotai_project_group_rows",
    "gaotai_sme_duty_list",
}
NOBODY = {"gaotai_grain_depot_posts"}


def _book(form, sheets):
    """The harder file's points stand on sheets after the form's first: any sheet of the file."""
    return set().union(*sheets.values())


def test_batch510_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=507, unit_words=(PLACE,), new_people=True)


def test_batch510_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 10), points_in=_book)
    assert RESAVED == ()


def test_batch510_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch510_every_unit_is_of_gaotai():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch510_every_point_is_a_whole_cell_of_its_sheet():
    for lay in LAYOUTS:
        if lay["name"] in HARDER:
            continue
        texts = {c for s in lay["sheets"] for row in s["rows"] for c in row if isinstance(c, str)}
        assert all(p["risk_point"] in texts for p in BATCH.points(lay["name"])), lay["name"]


def test_batch510_one_sheet_a_point():
    lay = BY_NAME[POINT_SHEETS]
    sheets = lay["sheets"]
    assert [s["name"] for s in sheets] == [f"风险点{i}" for i in range(1, 7)]
    got = []
    for s in sheets:
        rows = s["rows"]
        assert not any(row and row[0] == "序号" for row in rows)  # no heading row anywhere
        labels = {row[0]: row for row in rows[1:] if row and isinstance(row[0], str)}
        assert labels["科　室"][2] == "岗　位" and labels["责任人"][2] == "风险等级"
        for label in ("风险类型", "风险点", "表现形式", "防控措施"):
            assert labels[label][2:] == [None, None]
        got.append((labels["科　室"][1], labels["科　室"][3], labels["责任人"][1],
                    labels["风险点"][1], types_in(labels["风险类型"][1]),
                    HML[labels["责任人"][3]]))  # fmt: skip
    want = [(d, p, w, pt, types_in(ty), HML[lv])
            for d, p, w, _t, ps in INDUSTRY for pt, _s, ty, lv, _m in ps]  # fmt: skip
    assert got == want
    truth = lay["truth"]
    assert len(truth) == 3 and [f["sheet"] for f in truth] == ["风险点1", "风险点3", "风险点5"]
    assert [(f["department"], f["title"], f["person"]) for f in truth] == [
        (d, p, w) for d, p, w, _t, _ps in INDUSTRY
    ]
    assert [(r["risk_point"], r["types"], r["level"]) for f in truth for r in f["risks"]] == [
        g[3:] for g in got
    ]


def test_batch510_plain_tables_by_heading():
    cases = [
        ("gaotai_grain_depot_posts", {"dept": "股室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("gaotai_park_list", {"post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    assert BATCH.holders("gaotai_grain_depot_posts") == {""}
    name = "gaotai_sme_duty_list"
    got = BATCH.by_heading(name, {"post": "岗位", "person": "姓名", "point": "廉政风险点"})
    assert got == BATCH.truth_rows(name)
    name = "gaotai_reform_two_sheets"
    got = BATCH.by_heading(name, {"dept": "科室", "post": "岗位", "person": "姓名",
                                  "point": "廉政风险点"}, "科室")  # fmt: skip
    assert got == BATCH.truth_rows(name, "科室")
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉政风险点"},
                           "局领导", fixed={"dept": "局领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "局领导")


def test_batch510_group_rows_and_one_sheet_a_person():
    name = "gaotai_project_group_rows"
    got, dept = [], None
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)
    name = "gaotai_price_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "gaotai_invest_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "岗　位", "填表时间"]
        assert rows[2][:2] == [f["person"], f["title"]] == [f["sheet"], rows[2][1]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch510_is_read(tmp_path):
    BATCH.is_read(tmp_path)
