"""The one-thousand-and-thirty-fifth batch of published layouts (tests/published/batch1035.py): seven
ordinary files as the 乡, 村, 景区, 学校, 卫生院, 产业 and 市场监管 bodies of one county (织金县) send
them — the 绮陌乡人民政府's 清单, the 龙潭村's 清单 with ``职务 | 姓名`` on every row, the
织金洞景区管理处's 一览表, the 第三中学's 一览表 under group rows, the 官寨苗族乡卫生院's 排查表 with
``风险点 | 风险表现``, the 竹荪产业发展中心's 清单 对岗不对人, the 市场监督管理局's 防控卡 one sheet a
person — and one harder: the 自然资源局's 一览表 whose staff wrote the measures ONCE FOR A GROUP OF
POINTS, in a row right under each person's points (no 序号, no level) that says in the 廉政风险点
column ``以上风险点防控措施`` (``针对上述风险点的防控措施：``, ``以上2项风险点共用措施``) and holds the
numbered measures in the 防控措施 column (``python tests/published/score.py --set batch1035``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here.

Measured ONCE, untuned, with the reader at dc49c479 (main; this worktree branched from that commit,
xlproc/ untouched), after these tests passed (but ``is_read``): TOTAL forms=1.000 recall=0.930
precision=0.930 levels=1.000 types=1.000 noise=0 (forms 24/24, points 40/43, precision 40/43,
levels 40/40, types 40/40 — levels and types are scored on the points found only); with --strict
the same. The 8 files: eight .xlsx, no re-saved copies. All seven ordinary layouts read in full
(forms, points, levels and types all 1.00, noise 0, --strict too) — the 第三中学's group rows as
科室, the 村's ``职务 | 姓名`` on every row, the 竹荪产业发展中心's posts with no names, the
卫生院's short ``风险点`` beside ``风险表现``, the 市场监督管理局's cards with a ``监督人`` post column,
the names of the surnames 乙那娄 and 阿单, as the truth has them.

Missed, all in the harder ``zhijin_natural_resources_measures_row_below.xlsx`` (forms 4/4, points
5/8, precision 5/8, noise 0): each row of shared measures (no 序号, no level, 股室/岗位/姓名 merged
over it) was read as the second line of the point above it, as numbered measures one a row are: the
point's words and the label were run together (``经营性用地出让底价泄露以上风险点防控措施``,
``设施农用地备案审核不严针对上述风险点的防控措施：``, ``罚没款收缴不及时入账以上2项风险点共用措施``,
一览表!E4, E8, E12), so three points were lost and three wrong ones made; the shared measures went to
that last point only, and the points above were left without measures (MEASURES_BLANK at
一览表!G3, G6, G7, G11). Kind: a labelled row of MEASURES WRITTEN ONCE FOR A GROUP OF POINTS under
them, in a list that has a measures column, read as the last point's continuation.

Generalised after this measurement: a row whose point cell says it holds the measures of the
points above (``locate_body._SHARED_MEASURES``: ``以上``/``上述``/``前述``/``上列``, an optional count
``2项``/``三项``, ``风险点``, an optional ``共用``/``共性``/``统一``, ``防控``/``防范`` … ``措施``/``办法``/
``举措``, an optional ``如下`` and colon; looked for only where the sheet can write ``以上``… and
``风险`` at all, ``grid.lacks``), its 序号, level and type cells blank, its holder cells blank, merged
down or the same as the last point's, its measures in the list's own measures column, right under
points whose measures cells are blank (``_measures_for_points_above``): those points of the last
holder (the last N where the label counts N) take its measures, the row is no point and is no
longer run into the last point's words, said as the new info MEASURES_SHARED_ROW_BELOW (here
一览表!E5, 3 rows, 7 points); tests/test_measures_shared_row_below.py (a 卫生健康局's list with the
holder written again on the row and ``对上述三项风险点的防范措施``, 高/中/低; a 中学's list with a type
column, holders merged, one point carrying its own measures above ``上述2项风险点的防控措施如下：``;
and the near-misses: a numbered, graded point ``上述风险点防控措施落实不到位``, the labelled row
graded, under a point that carries its own measures, and a list with no measures column — all as
before). Read 1.00 since (forms 24/24, points 43/43, precision 43/43, levels 43/43, types 43/43,
noise 0), --strict too; batches 979, 1017, 1019, 1022, 1023, 1024, 1025 and 1030 unchanged,
--strict (no earlier batch has a cell the label matches); benchmarks/same_results.py against
main's results: 10410 files, no result changed (12 files of tests/data differ only in their
``path``, the checkout's directory).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch1035 import (
    GRADES,
    HEAD,
    HIGHS,
    LAYOUTS,
    OWN_MEASURES,
    RESAVED,
    RESOURCES,
    RISKS,
    ROMAN,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **RISKS, **HIGHS}
BATCH = Batch(1035, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"zhijin_natural_resources_measures_row_below"}
TYPED = {
    "zhijin_qimo_township_list",
    "zhijin_cave_scenic_area_list",
    "zhijin_bamboo_fungus_centre_posts",
}
NOBODY = {"zhijin_bamboo_fungus_centre_posts"}
SURNAMES = ("乙那娄", "阿单")


def test_batch1035_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=1033, unit_words=("织金县",), new_people=True)


def test_batch1035_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 16), fields_in="file")
    assert RESAVED == ()


def test_batch1035_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch1035_every_unit_is_of_zhijin():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("织金县") for u in units)


def test_batch1035_people_are_of_two_rare_surnames():
    people = {f["person"] for lay in LAYOUTS for f in lay["truth"]} - {""}
    assert people and all(p.startswith(SURNAMES) for p in people)
    assert {next(s for s in SURNAMES if p.startswith(s)) for p in people} == set(SURNAMES)
    # 2-char or 3-char surname + a given name of one or two characters
    assert all(1 <= len(p) - len(next(s for s in SURNAMES if p.startswith(s))) <= 2 for p in people)


def test_batch1035_the_rows_of_shared_measures_are_no_points():
    name = "zhijin_natural_resources_measures_row_below"
    lay = BY_NAME[name]
    assert [s["name"] for s in lay["sheets"]] == ["一览表"]
    rows = BATCH.filled(name, "一览表")
    at = BATCH.header(name, "一览表")
    assert rows[at] == list(HEAD)
    body = rows[at + 1 :]
    numbered = [row for row in body if isinstance(row[0], int)]
    # the numbered rows are the points, as the truth has them
    got = [(row[1], row[2], row[3], row[4], GRADES[row[5]]) for row in numbered]
    assert got == BATCH.truth_rows(name)
    # each group of points but the single one leaves its measures blank and is followed by a
    # row of shared measures: no 序号, no level, a label in the point column, the measures
    shared = [row for row in body if row[0] is None and row[6]]
    labels = [s[0] for *_, s in RESOURCES if s]
    assert [row[4] for row in shared] == labels
    assert all(row[5] is None and row[6].startswith("1.") and "\n2." in row[6] for row in shared)
    for dept, post, who, _tier, points, s in RESOURCES:
        mine = [r for r, row in enumerate(body) if row[1:4] == [dept, post, who]]
        assert len(mine) == len(points) + (1 if s else 0)
        # the person's 股室 (but the 局领导's own), 岗位 and 姓名 cover the shared row too: merged
        assert all(body[r][0] is None for r in mine[len(points) :])
        cells = [body[r][6] for r in mine[: len(points)]]
        assert cells == ([None] * len(points) if s else [OWN_MEASURES])
    # the labels name no risk and no label is a point of the truth
    points = {r["risk_point"] for f in lay["truth"] for r in f["risks"]}
    assert not points & set(labels)
    assert all("风险点" in x and ("以上" in x or "上述" in x) for x in labels)
    # the merges: 岗位 and 姓名 over each person's rows, the shared row included
    sheet = BATCH.sheet(name, "一览表")
    first = at + 1
    spans = sorted((r0 - first, r1 - first) for r0, c0, r1, c1 in sheet["merges"] if c0 == c1 == 3)
    assert spans == [(0, 2), (3, 6), (8, 10)]


def test_batch1035_plain_tables_by_heading():
    cases = [
        ("zhijin_qimo_township_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}),
        ("zhijin_cave_scenic_area_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}),
        ("zhijin_guanzhai_health_centre_screening",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "风险点"}),
        ("zhijin_bamboo_fungus_centre_posts", {"dept": "科室", "post": "岗位", "point": "廉政风险点"}),
        ("zhijin_longtan_village_list", {"post": "职务", "person": "姓名", "point": "风险点"}),
    ]  # fmt: skip
    for name, heads in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name


def test_batch1035_group_rows_give_the_department():
    name = "zhijin_third_middle_school_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], HIGHS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch1035_one_card_a_person():
    name = "zhijin_market_supervision_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "职　务", "所在股室"]
        assert rows[2][:3] == [f["person"], f["title"], f["department"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        # the 监督人 column names a post, no one
        watchers = {row[4] for row in BATCH.table(name, f["sheet"])}
        assert watchers and not watchers & BATCH.holders(name)


def test_batch1035_is_read(tmp_path):
    BATCH.is_read(tmp_path)
