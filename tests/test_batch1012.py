"""The one-thousand-and-twelfth batch of published layouts (tests/published/batch1012.py):
seven ordinary files as the 太子参, 漂流 and 云台山 bodies of one county (施秉县) send them — the
中药材产业发展中心's 责任清单, the 牛大场镇人民政府's 清单 under group rows, the 杉木河景区管理处's 一览表, the
云台山世界自然遗产管理局's 排查表, the 农业农村局's 自查表 one sheet a person, the 水务局's 清单 对岗不对人, the
文物管理所's 防控卡 one sheet a person — and one harder: the 文体广电旅游局's 一览表 with no level column,
whose ``风险值`` cells write the two assessed factors' product worked out (``3×3=9``, ``2*2=4``,
``可能性2×影响3=6``), a ``注：`` line giving each level's range of the product (``风险值≥6为一级，3—5为
二级，1—2为三级``) (``python tests/published/score.py --set batch1012``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here.

Measured ONCE, untuned, with the reader at afc8fba3 (r3base: main plus batches 999–1008; this
worktree branched from that commit, xlproc/ untouched), after these tests passed but ``is_read``:
TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.816 types=1.000 noise=0 (forms 24/24,
points 38/38, precision 38/38, levels 31/38, types 38/38 — levels and types are scored on the
points found only); with --strict the same. The 8 files: eight .xlsx, no re-saved copies. All seven
ordinary layouts read in full (forms, points, levels and types all 1.00, noise 0, --strict too) —
the 3-character surnames 壹斗眷 and 吐伏卢 read as holders under ``姓名``, ``责任人``, the 自查表's label
row and the 防控卡's ``姓　名 | …`` pair; the 牛大场镇's group rows ``二、财政所``, ``三、农业服务中心`` as
科室 of the 镇; the 水务局's posts with no names.

Missed, all in the harder ``shibing_tourism_risk_values.xlsx`` (forms 4/4, points 7/7, types 7/7,
levels 0/7, noise 0): every point, holder, 股室 and type right, but NO level: the ``风险值`` column was
taken as the level column and each cell said LEVEL_UNKNOWN (error, 一览表!G3–G9: ``风险级别“3×3=9”无法
识别``, ``“2*2=4”``, ``“可能性2×影响3=6”`` …). The ``注：`` line giving the ranges of the product
(``风险值≥6为一级，3—5为二级，1—2为三级``) was not used: LEVEL_BY_SCORE_CELLS reads a score written
alone (``7.5/10``, ``72分``), LEVEL_BY_FACTORS the factors in columns of their own, and neither a
cell writing the factors and their product as a sum worked out. A probe before building showed the
same (and under a ``风险评估值`` heading the column was not even taken as the level: LEVEL_BLANK).
Kind: a score cell writing the factors' product worked out (``3×3=9``, ``2*2=4``, ``可能性2×影响3=6``)
is not read as its product; a general fix would read the number after ``=`` as the cell's score
(checking it is the product of the factors written) and band it by the note's ranges as the plain
scores are banded.

Generalised after this measurement: a level column (``风险值``, ``风险分值``, and now the heading
``风险评估值`` too) whose cells write the assessed factors and their product worked out (``3×3=9``,
``2*2=4``, ``可能性2×影响3=6``, ``L4×S3=12``, ``12（4×3）``, three factors ``3×2×2=12``, or the factors
alone ``4×3``), with no level column, is banded by the note's ranges of the product as
LEVEL_BY_SCORE_CELLS bands plain scores (the same note reader, ``_weighted_bands``): each point takes
the band of its factors' product, said once at the heading (info LEVEL_BY_PRODUCT_CELLS: here
一览表!G3, the bands ``风险值≥6为Ⅰ级、3≤风险值≤5为Ⅱ级、1≤风险值≤2为Ⅲ级``); a product written otherwise than
its factors give (``3×2=5``) keeps no level, with a warning at its cell (LEVEL_PRODUCT_MISCOUNTED),
one in no band LEVEL_SCORE_UNBANDED; with no note of ranges nothing is guessed (LEVEL_UNKNOWN as
before), and a level column beside the products is read as before — a cheap test first (only a
level column one of whose words holds ``×``, ``x``, ``*`` or ``·`` is looked at), xlproc/locate_levels.py
``_product_cells``, tests/test_level_by_product_cells.py. Read 1.00 since (forms 24/24, points 38/38,
precision 38/38, levels 38/38, types 38/38, noise 0; --strict the same; the harder file 7/7);
batch983, batch991 (plain scores), batch1005 (a score then the level), batch297, batch33, batch528
and batch532 (LEC and factor columns) score the same, --strict (1.00).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch1012 import (
    GRADES,
    HIGHS,
    LAYOUTS,
    NOTE,
    RESAVED,
    RISKS,
    ROMAN,
    TOURISM_ROWS,
    band_of,
    build,
    factors_and_value,
)
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **HIGHS, **RISKS}
BATCH = Batch(1012, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"shibing_tourism_risk_values"}
TYPED = {
    "shibing_tourism_risk_values",
    "shibing_herb_centre_duty_list",
    "shibing_heritage_bureau_screening",
    "shibing_water_bureau_posts",
    "shibing_relics_office_cards",
}
NOBODY = {"shibing_water_bureau_posts"}
SURNAMES = ("壹斗眷", "吐伏卢")


def test_batch1012_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=998, unit_words=("施秉县",), new_people=True)


def test_batch1012_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 16))
    assert RESAVED == ()


def test_batch1012_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch1012_every_unit_is_of_shibing():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("施秉县") for u in units)


def test_batch1012_people_are_of_two_rare_surnames():
    people = {f["person"] for lay in LAYOUTS for f in lay["truth"]} - {""}
    assert people and all(p.startswith(SURNAMES) for p in people)
    assert {next(s for s in SURNAMES if p.startswith(s)) for p in people} == set(SURNAMES)


def test_batch1012_the_value_cells_give_the_factors_and_their_product():
    name = "shibing_tourism_risk_values"
    head = BATCH.header(name)
    rows = BATCH.filled(name)
    assert rows[head] == [
        "序号", "股室", "岗位", "姓名", "廉政风险点", "风险类型", "风险值", "防控措施",
    ]  # fmt: skip
    written = [row[6] for row in rows[head + 1 : head + 1 + len(TOURISM_ROWS)]]
    assert written == [r[6] for r in TOURISM_ROWS]
    # each cell: two factors of 1–3, × or *, then = and their product; no level column
    for cell in written:
        a, b, value = factors_and_value(cell)
        assert a * b == value and 1 <= a <= 3 and 1 <= b <= 3, cell
    assert {"×" in c for c in written} == {True, False}
    assert any(c.startswith("可能性") for c in written)
    assert {band_of(factors_and_value(c)[2]) for c in written} == {1, 2, 3}
    assert not any("等级" in str(h) or "级别" in str(h) for h in rows[head])
    notes = [row[0] for row in rows if isinstance(row[0], str) and row[0].startswith("注：")]
    assert notes == [NOTE] and "风险值≥6为一级，3—5为二级，1—2为三级" in NOTE
    # read by the headings, the level the band of the product
    read = [(row[1], row[2], row[3], row[4], band_of(factors_and_value(row[6])[2]))
            for row in rows[head + 1 :] if isinstance(row[0], int)]  # fmt: skip
    assert read == BATCH.truth_rows(name)
    typed = [types_in(row[5]) for row in rows[head + 1 :] if isinstance(row[0], int)]
    assert typed == [r["types"] for r in BATCH.points(name)]


def test_batch1012_plain_tables_by_heading():
    cases = [
        ("shibing_herb_centre_duty_list",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}),
        ("shibing_heritage_bureau_screening",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}),
        ("shibing_shanmuhe_office_list",
         {"dept": "科室", "post": "职务", "person": "姓名", "point": "廉政风险点"}),
        ("shibing_water_bureau_posts", {"dept": "股室", "post": "岗位", "point": "廉政风险点"}),
    ]  # fmt: skip
    for name, heads in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name


def test_batch1012_group_rows_give_the_department():
    name = "shibing_niudachang_town_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch1012_one_sheet_a_person():
    name = "shibing_agriculture_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在股室", "职　务", "自查日期"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "shibing_relics_office_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch1012_is_read(tmp_path):
    BATCH.is_read(tmp_path)
