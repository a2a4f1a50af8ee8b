"""The five-hundred-and-twenty-eighth batch of published layouts (tests/published/batch528.py):
seven ordinary files as the 应急 and 安监 bodies of one district (西固区) really send them — the
危险化学品安全监管中心's file in two sheets ``中心领导``/``科室`` with ``一级/二级/三级``, the
安全生产执法监察大队's 排查表 对岗不对人 with ``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 福利路消防救援站's
防控卡 one sheet a holder with ``★★★/★★/★``, the 西柳沟街道's 安监站 自查表 one sheet a person with
``高风险/中风险/低风险``, the 陈坪街道's 责任清单 under group rows with ``一级风险/二级风险/三级风险``, the
四季青街道's 安监站 责任清单 with ``职责事项``, the 临洮街街道's 一览表 with ``…风险`` types and 高/中/低 —
and one harder: the 区应急管理局's 一览表 grading each point only by the three LEC法 factor scores
``L | E | C`` under a merged ``风险评价（LEC法）``, with no D and no 风险等级 column, a ``注：`` line giving
D=L×E×C and its bands (``python tests/published/score.py --set batch528``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader at 410b0db (``/work/snap39``; this
worktree branched from dev at 410b0db too): ``TOTAL                      forms  21/21  points
36/36  recall 1.00 precision 1.00 (36/36)  levels  31/36  types  36/36  noise 0`` / ``TOTAL
forms=1.000 recall=1.000 precision=1.000 levels=0.861 types=1.000 noise=0``; with --strict the
same: ``TOTAL                      forms  21/21  points  36/36  recall 1.00 precision 1.00 (36/36)
levels  31/36  types  36/36  noise 0`` / ``TOTAL forms=1.000 recall=1.000 precision=1.000
levels=0.861 types=1.000 noise=0``. The 8 files: eight .xlsx, no re-saved copies. The seven
ordinary layouts read in full, --strict too (18/18 forms, 30/30 points, levels and types all
right); the harder one's forms, points and types read in full too.

Missed, all levels in the harder ``xigu_emergency_bureau_lec_scores.xlsx`` (sheet 一览表; forms
3/3, points 6/6, types 6/6, levels 1/6): the reader took ``风险评价（LEC法）`` over ``L | E | C`` as ONE
level column (``COLUMN_GUESSED`` at G2, heading ``风险评价（LEC法）L``), joined each row's three scores
into one cell and read the joined text as a level word on the 1–3 scale, ignoring the ``注：`` line:
G4:I4 ``6⏎6⏎7`` read no level (error ``LEVEL_UNKNOWN`` at G4; truth 一级, D=252); G5:I5
``3⏎2⏎7`` read Ⅲ级 (truth 三级, D=42 — right only by chance); G6:I6 ``3⏎6⏎7`` read Ⅲ级 (truth 二级,
D=126); G7:I7 ``1⏎3⏎7`` read Ⅰ级 (truth 三级, D=21); G8:I8 ``3⏎3⏎15`` read Ⅲ级 (truth 二级,
D=135); G9:I9 ``1⏎2⏎15`` read Ⅰ级 (truth 三级, D=30). Kind: a level given only by three LEC
factor scores under a merged heading, with the product and its bands in a note, is read as one
level column whose first score is a 1–3 grade (so an L of 1 becomes the highest level) instead
of D=L×E×C banded by the note.

Not scored, seen in posts.csv: the 消防救援站 站长's card gets the 科室 ``领导班子`` where none is
written (truth: no 科室); every unit, 科室, post, holder and tier else as the truth has them.

Generalised after this measurement: factor columns of a product (L | E | C, or L | S; '可能性 | 暴露 |
后果') with a note giving the product's bands give each row the level its product falls in; a D column
beside them is used as written (locate; info LEVEL_BY_FACTORS, warnings LEVEL_FACTORS_UNBANDED,
LEVEL_PRODUCT_DIFFERS; tests/test_levels_by_lec_factors.py).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch528 import (
    GRADES,
    LAYOUTS,
    NOTE,
    PLACE,
    RESAVED,
    RISKS,
    ROMAN,
    SCORED,
    STARS,
    WORDS,
    build,
    lec_level,
)
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **WORDS}
BATCH = Batch(528, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
LEC = "xigu_emergency_bureau_lec_scores"
HARDER = {LEC}
UNTYPED = {
    "xigu_hazchem_center_two_sheets",
    "xigu_fire_station_cards",
    "xigu_xiliugou_selfchecks",
    "xigu_chenping_group_rows",
    "xigu_sijiqing_duty_list",
}
NOBODY = {"xigu_enforcement_brigade_posts"}


def test_batch528_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=526, unit_words=(PLACE,), new_people=True)


def test_batch528_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 10), whole_points=False)
    assert RESAVED == ()


def test_batch528_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch528_every_unit_is_of_xigu():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch528_level_is_the_band_of_lec():
    raw = BY_NAME[LEC]["sheets"][0]["rows"]
    assert raw[1][:7] == [
        "序号",
        "科室",
        "岗位",
        "姓名",
        "廉政风险点",
        "风险类型",
        "风险评价（LEC法）",
    ]
    assert raw[2][6:9] == ["L", "E", "C"]
    assert not any(c in ("D", "风险等级", "风险值") for row in raw for c in row)
    assert [NOTE] in [[c for c in row if c is not None] for row in raw]
    assert "D=L×E×C" in NOTE and "D≥160为一级风险" in NOTE and "D<70为三级风险" in NOTE
    rows = [row for row in BATCH.filled(LEC) if isinstance(row[0], int)]
    assert len(rows) == sum(len(ps) for *_x, ps in SCORED)
    assert all(r[6] in (0.5, 1, 3, 6, 10) and r[7] in (1, 2, 3, 6, 10) for r in rows)
    assert all(r[8] in (1, 3, 7, 15, 40) for r in rows)
    assert {lec_level(r[6], r[7], r[8]) for r in rows} == {1, 2, 3}
    assert lec_level(6, 6, 7) == 1 and lec_level(3, 6, 7) == 2 and lec_level(1, 3, 7) == 3
    got = [(r[1], r[2], r[3], r[4], lec_level(r[6], r[7], r[8])) for r in rows]
    assert got == BATCH.truth_rows(LEC)
    assert [types_in(r[5]) for r in rows] == [r["types"] for r in BATCH.points(LEC)]


def test_batch528_plain_tables_by_heading():
    cases = [
        ("xigu_enforcement_brigade_posts", {"dept": "中队", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("xigu_lintaojie_street_list", {"dept": "科室", "post": "岗位", "person": "责任人",
                                        "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    assert BATCH.holders("xigu_enforcement_brigade_posts") == {""}
    name = "xigu_sijiqing_duty_list"
    got = BATCH.by_heading(name, {"post": "岗位", "person": "姓名", "point": "廉政风险点"},
                           fixed={"dept": "安全生产监督管理站"})  # fmt: skip
    assert got == BATCH.truth_rows(name)
    name = "xigu_hazchem_center_two_sheets"
    got = BATCH.by_heading(name, {"dept": "科室", "post": "岗位", "person": "姓名",
                                  "point": "廉政风险点"}, "科室")  # fmt: skip
    assert got == BATCH.truth_rows(name, "科室")
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉政风险点"},
                           "中心领导", fixed={"dept": "中心领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "中心领导")


def test_batch528_group_rows_and_one_sheet_a_person():
    name = "xigu_chenping_group_rows"
    got, dept = [], None
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)
    name = "xigu_fire_station_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "xigu_xiliugou_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "岗　位", "所在科室"]
        assert rows[2][:3] == [f["person"], f["title"], f["department"]]
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch528_is_read(tmp_path):
    BATCH.is_read(tmp_path)
