"""The one-thousand-and-eighty-first batch of published layouts (tests/published/batch1081.py):
seven ordinary files as the 镇, 村, 教育, 住建, 市场监管, 卫生院 and 学校 bodies of one county
(昭通市永善县) send them — the 桧溪镇人民政府's 一览表, the 黄华村民委员会's 清单 with ``职务 | 姓名`` on every
row, the 教育体育局's 一览表, the 住房和城乡建设局's 排查表 with ``责任人`` on every row, the 市场监督管理局's
清单 对岗不对人, the 莲峰镇卫生院's 防控卡 under group rows, the 第二中学's 自查表 one sheet a person — and
one harder: the 溪洛渡镇人民政府's 一览表 whose measures heading is merged across sub-columns by the
kind of control (``防控措施`` over ``制度防控 | 监督防控 | 技术防控``, ``主要防控措施`` over ``事前 | 事中 |
事后``) under a two-row header, some sub-cells blank or ``/``
(``python tests/published/score.py --set batch1081``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here.

Measured ONCE, untuned, with the reader at dfcef8eb (main; this worktree branched from that
commit, xlproc/ untouched), after these tests passed (but ``is_read``): TOTAL forms=1.000
recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0 (forms 25/25, points 43/43,
precision 43/43, levels 43/43, types 43/43 — levels and types are scored on the points found
only); with --strict the same. The 8 files: eight .xlsx, no re-saved copies. All seven ordinary
layouts read in full (forms, points, levels and types all 1.00, noise 0, --strict too) — the
卫生院's group rows as 科室, the 村's ``职务 | 姓名`` on every row, the 市场监管局's posts with no names,
the 住建局's ``责任人`` on every row, the 中学's sheets a person, the names of the surnames 吾古孙 and
赤盏, as the truth has them.

The harder ``yongshan_xiluodu_town_measures_by_kind.xlsx`` scores 1.00 too (forms 5/5, points
9/9, levels 9/9, types 9/9): its points, levels, types and holders read right, the sub-columns
none of them. Its miss is in what score.py does not count, the MEASURES: 0 of its 9 points'
measures as the batch gives them (``MEASURES``). Every row's sub-cells were joined one a line with
no sub-heading (``变更签证三方会签。⏎工程变更录入监管平台。`` for ``制度防控：变更签证三方会签。⏎技术防控：
工程变更录入监管平台。``), so which kind of control a text is was lost, and in 4 rows the ``/`` of an
empty sub-cell was kept as a measure of its own (``签订廉洁承诺书。⏎/⏎/``, ``/⏎票据逐张审核签字。⏎/``).
The assigned kind was probed first (twenty workbooks, listed in the batch's docstring): every
point, level, type and holder read right in all, so no kind the score counts was misread; a
probe whose ``防控措施`` heading sat over the first sub-column only, unmerged, read the measures of
one sub-column and warned MEASURES_BLANK on a row whose other sub-columns were filled. The kind
was kept, its miss being the measures.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)

Not landed with the batch: the builder's fix (branch g1081, MEASURES_BY_KIND_LABELLED: each point's
measures its filled sub-cells, one per line, as ``sub-heading：text``, ``/`` dropped) changed the
measures of eleven older batch files and the expectations of four older unit tests, and labelled
only one of batch31's two sub-columns for a reason not found; a change of how measures are written
wants its own decision, so the batch lands as measured (every scored measure 1.00) and the measures
under kind sub-headings read as before (joined unlabelled, ``/`` kept).
"""

from published.batch1081 import (
    GRADES,
    HIGHS,
    LAYOUTS,
    MEASURES,
    ORGAN,
    ORGAN_SUBS,
    RESAVED,
    RISKS,
    ROMAN,
    STATION,
    STATION_SUBS,
    build,
    labelled,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **RISKS, **HIGHS}
BATCH = Batch(1081, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"yongshan_xiluodu_town_measures_by_kind"}
TYPED = {
    "yongshan_xiluodu_town_measures_by_kind",
    "yongshan_guixi_town_list",
    "yongshan_education_bureau_list",
    "yongshan_market_regulation_posts",
}
NOBODY = {"yongshan_market_regulation_posts"}
SURNAMES = ("吾古孙", "赤盏")


def test_batch1081_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=1080, unit_words=("永善",), new_people=True)


def _points_in(form: dict, sheets: dict) -> set:
    return set(sheets[form["sheet"]])


def test_batch1081_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(
        nobody=NOBODY, points=(4, 21), fields_in="file", points_in=_points_in
    )
    assert RESAVED == ()


def test_batch1081_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch1081_every_unit_is_of_yongshan_county():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("昭通市永善县") for u in units)


def test_batch1081_people_are_of_two_rare_surnames():
    people = {f["person"] for lay in LAYOUTS for f in lay["truth"]} - {""}
    assert people and all(p.startswith(SURNAMES) for p in people)
    assert {next(s for s in SURNAMES if p.startswith(s)) for p in people} == set(SURNAMES)
    assert all(
        len(s) + 1 <= len(p) <= len(s) + 2 for p in people for s in SURNAMES if p.startswith(s)
    )


def test_batch1081_measures_merged_across_kinds():
    name = "yongshan_xiluodu_town_measures_by_kind"
    cases = [
        ("镇机关", ORGAN, ORGAN_SUBS, "防控措施", 7, 6),
        ("站所", STATION, STATION_SUBS, "主要防控措施", 6, 9),
    ]
    for tab, rows_in, subs, head, at, level_col in cases:
        sh = BATCH.sheet(name, tab)
        rows = BATCH.filled(name, tab)
        top = next(r for r, row in enumerate(rows) if row and row[0] == "序号")
        # the measures heading merged across the sub-columns, every other heading down two rows
        assert rows[top][at : at + 3] == [head] * 3
        assert tuple(rows[top + 1][at : at + 3]) == subs
        assert (top, at, top, at + 2) in sh["merges"]
        assert all((top, c, top + 1, c) in sh["merges"] for c in range(at))
        assert rows[top][level_col] == "风险等级"
        body = [row for row in rows[top + 2 :] if isinstance(row[0], int)]
        assert len(body) == len(rows_in)
        # blank and '/' sub-cells both occur, and no sub-cell is a level word or a name
        cells = [c for row in body for c in row[at : at + 3]]
        assert None in cells and "/" in cells
        assert not any(c in LEVELS or (c or "").startswith(SURNAMES) for c in cells)
        # the truth's points and levels are the rows', the measures the labelled sub-cells
        got = [(row[1], row[2], row[3], row[4], LEVELS[row[level_col]]) for row in body]
        assert got == BATCH.truth_rows(name, tab)
        for row in body:
            assert MEASURES[row[4]] == labelled(subs, tuple(row[at : at + 3]))
            assert MEASURES[row[4]] and "/" not in MEASURES[row[4]].split("：")[-1]


def test_batch1081_plain_tables_by_heading():
    cases = [
        ("yongshan_guixi_town_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}),
        ("yongshan_education_bureau_list",
         {"dept": "股室", "post": "职务", "person": "姓名", "point": "廉政风险点"}),
        ("yongshan_housing_bureau_screening",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "风险点"}),
        ("yongshan_market_regulation_posts", {"dept": "科室", "post": "岗位", "point": "廉政风险点"}),
        ("yongshan_huanghua_village_list", {"post": "职务", "person": "姓名", "point": "风险点"}),
    ]  # fmt: skip
    for name, heads in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name


def test_batch1081_group_rows_give_the_department():
    name = "yongshan_lianfeng_clinic_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], HML[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch1081_one_sheet_a_person():
    name = "yongshan_no2_middle_school_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "职　务", "填表日期"]
        assert rows[2][:2] == [f["person"], f["department"] + f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch1081_is_read(tmp_path):
    BATCH.is_read(tmp_path)
