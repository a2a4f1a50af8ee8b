"""The five-hundred-and-seventy-first batch of published layouts (tests/published/batch571.py): seven
ordinary files as the 城市管理 and 综合执法 bodies of one city (玉树市) really send them — the
城市管理局's 一览表 in two sheets 局领导/股室 with ``…风险`` types and 高/中/低, the 环境卫生管理站's 排查表
对岗不对人 with ``风险点 | 风险表现`` and ``一级/二级/三级``, the 园林绿化站's 防控卡 one sheet a person with
``Ⅰ级/Ⅱ级/Ⅲ级``, the 市政设施管理所's 清单 under group rows ``一、所领导`` … with ``★★★/★★/★``, the
结古街道城管中队's 自查表 one sheet a person with ``一级风险/二级风险/三级风险``, the 西杭街道城管中队's
一览表 with ``高风险/中风险/低风险``, the 扎西科街道城管中队's 登记表 — and one harder: the
城市管理综合行政执法大队's 一览表, one row a point and no holder, with a 岗位廉政风险责任分解表 under it,
one row a holder, ``√`` under the list's point numbers
(``python tests/published/score.py --set batch571``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 48783fa (/work/snap4; this worktree branched from dev
at 2601be6): TOTAL forms=0.844 recall=0.767 precision=0.780 levels=1.000 types=1.000 noise=2; with
--strict the same: TOTAL forms=0.844 recall=0.767 precision=0.780 levels=1.000 types=1.000 noise=2.
The 8 files: eight .xlsx, no re-saved copies. The seven ordinary layouts read in full (forms,
points, levels and types all 1.00, noise 0).

Missed, all in the harder ``yushu_enforcement_brigade_duty_tick_grid.xlsx`` (sheet 一览表; forms 0/5,
points 0/14, precision 0/13, noise 2): the reader found the list's heading (row 3) and read its
seven rows (C4:C10) as seven points with the right level and type — but of ONE form with no 科室,
post or holder (posts.csv F00001, the unit only), the rows naming nobody; it did not stop the table
at the blank row 11 and the merged title ``岗位廉政风险责任分解表`` (row 12), and read the 责任分解表
under the LIST'S heading: its two heading rows 13–14 as one more point (``岗位⏎姓名⏎承担的廉政风险点
（对应上表序号）`` from C13:E13, the tick numbers ``2`` as its type at F13, TYPE_UNKNOWN, and ``3`` as
its level Ⅲ级) and each holder's row 15–19 as a point whose text is the 岗位, 姓名 and first tick
joined from C:E (``大队长⏎仝翃岷⏎√``, ``副大队长⏎鞠泺峤``), its 科室 (B) as the 执法环节 and the other
ticks as type, level and measures (TYPE_UNKNOWN and LEVEL_UNKNOWN ``√`` at F16/G16, F18/G18,
F19/G19, LEVEL_BLANK at G15, G17, TYPE_BLANK at F15 and F17, the noise) — six made-up points, so 13 points came out where the truth
has 14 points of five holders: 大队长 仝翃岷 (大队领导; C4, C7), 副大队长 鞠泺峤 (大队领导; C5, C6,
C9), 法制审核科 科长 仝璘沣 (C7, C8), 一中队 中队长 鞠昳岚 (C4, C5, C6) and 一中队 执法队员 仝淏珂
(C5, C6, C9, C10), by the ``√`` in E15:K19 under the numbers 1…7 of E14:K14. Kind: a responsibility
grid of holders down by the list's point NUMBERS across (ticked) standing as a second table under a
list with no holder column is not read as the key of holders to points: it is run on as rows of
the list above, its holders' names taken for point text and its ticks for types and levels, and
the list's real points are left with no holder.

Unscored besides: the ordinary files' issues are info only (TABLE_NO_TYPE, GRADE_BLANK); the harder
file has MEASURES_BLANK warnings on its made-up points (H16, H18, H19).

Not generalised in the stop that measured it (left for the next): a 责任分解表 one row a holder
with the list's point numbers across as tick columns, under (or beside) a list that names no
holder.

Generalised after this measurement: a holders table whose point-numbers heading is merged over the
numbers' own columns, ticked (tests/test_holders_by_point_numbers.py). Read 1.00 since.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch571 import (
    BRIGADE_HOLDERS,
    BRIGADE_POINTS,
    GRADES,
    HIGHS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    TICK,
    build,
)
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(571, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"yushu_enforcement_brigade_duty_tick_grid"}
TYPED = {
    "yushu_enforcement_brigade_duty_tick_grid",
    "yushu_urban_bureau_two_sheets",
    "yushu_sanitation_station_posts",
    "yushu_xihang_squad_list",
    "yushu_zhaxike_squad_register",
}
NOBODY = {"yushu_sanitation_station_posts"}


def test_batch571_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=571, unit_words=("玉树市",), new_people=True)


def test_batch571_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch571_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch571_every_unit_is_of_yushu():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("玉树市") for u in units)


def test_batch571_ticks_by_number_give_the_holders():
    name = "yushu_enforcement_brigade_duty_tick_grid"
    rows = BATCH.filled(name)
    n = len(BRIGADE_POINTS)
    # the list: one row a point, no holder
    head = BATCH.header(name)
    assert rows[head][:3] == ["序号", "执法环节", "廉政风险点"]
    assert not {"科室", "岗位", "姓名", "责任人"} & set(rows[head])
    points = {}
    for row in rows[head + 1 :]:
        if not isinstance(row[0], int):
            break
        points[row[0]] = (row[2], row[5], HML[row[6]])
    assert len(points) == n
    # the grid: one row a holder, the numbers of the list across, ticked
    top = next(r for r, row in enumerate(rows) if r > head and row[0] == "序号")
    assert rows[top][:4] == ["序号", "科室", "岗位", "姓名"]
    assert rows[top][4 : 4 + n] == ["承担的廉政风险点（对应上表序号）"] * n
    assert rows[top + 1][4 : 4 + n] == list(range(1, n + 1))
    got = []
    grid = [row for row in rows[top + 2 :] if isinstance(row[0], int)]
    assert len(grid) == len(BRIGADE_HOLDERS)
    for row in grid:
        ticked = [k for k in range(1, n + 1) if row[3 + k] == TICK]
        assert len(ticked) >= 2 and all(
            row[3 + k] is None for k in range(1, n + 1) if k not in ticked
        )
        for k in ticked:
            point, typ, lv = points[k]
            got.append((row[1], row[2], row[3], point, lv, types_in(typ)))
    truth = [(f["department"], f["title"], f["person"], r["risk_point"], r["level"], r["types"])
             for f in BY_NAME[name]["truth"] for r in f["risks"]]  # fmt: skip
    assert got == truth
    # a point of several holders, every point somebody's, one form a holder
    per_point = [sum(1 for row in grid if row[3 + k] == TICK) for k in range(1, n + 1)]
    assert min(per_point) >= 1 and max(per_point) >= 3
    assert len(BY_NAME[name]["truth"]) == len(BRIGADE_HOLDERS)


def test_batch571_plain_tables_by_heading():
    cases = [
        ("yushu_xihang_squad_list",
         {"dept": "组室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("yushu_zhaxike_squad_register",
         {"dept": "组室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("yushu_sanitation_station_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "yushu_urban_bureau_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "局领导") == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    for sheet in ("局领导", "股室"):
        types = BATCH.types_by(name, "风险类型", sheet)
        assert types == [r["types"] for r in BATCH.points(name, sheet)], sheet
    # the short 风险点 is the point, the long 风险表现 none
    name = "yushu_sanitation_station_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}


def test_batch571_group_rows_give_the_department():
    name = "yushu_municipal_facilities_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], STARS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch571_one_sheet_a_person():
    name = "yushu_jiegu_squad_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在组室", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "yushu_greening_station_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        assert rows[2][:2] == ["所在科室", f["department"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch571_is_read(tmp_path):
    BATCH.is_read(tmp_path)
