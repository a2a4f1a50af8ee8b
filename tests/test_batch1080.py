"""The one-thousand-and-eightieth batch of published layouts (tests/published/batch1080.py):
seven ordinary files as the 街道, 镇, 林草, 自然资源, 医保, 卫生院 and 学校 bodies of one county
(昭通市巧家县) send them — the 玉屏街道办事处's 一览表, the 药山镇人民政府's 清单 with ``职务 | 姓名`` on
every row, the 林业和草原局's 一览表, the 自然资源局's 排查表 with ``责任人`` on every row, the 医疗保障局's
清单 对岗不对人, the 蒙姑镇卫生院's 防控卡 under group rows, the 第一中学's 自查表 one sheet a person —
and one harder: the 白鹤滩街道办事处's 清单 whose continuation rows repeat the 科室, 岗位 and 姓名 with
a ditto mark typed as a look-alike of ``〃`` (``″``, ``″″``, ``〞``, ``ʺ``)
(``python tests/published/score.py --set batch1080``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here.

Measured ONCE, untuned, with the reader at efcf1b17 (main; this worktree branched from that
commit, xlproc/ untouched), after these tests passed (but ``is_read``): TOTAL forms=1.000
recall=0.884 precision=0.884 levels=1.000 types=1.000 noise=0 (forms 24/24, points 38/43,
precision 38/43, levels 38/38, types 38/38 — levels and types are scored on the points found
only); with --strict the same. The 8 files: eight .xlsx, no re-saved copies. All seven ordinary
layouts read in full (forms, points, levels and types all 1.00, noise 0, --strict too) — the
卫生院's group rows as 科室, the 镇's ``职务 | 姓名`` on every row, the 医保局's posts with no names,
the 自然资源局's ``责任人`` on every row, the 中学's sheets a person, the names of the surnames 爱申 and
聂摸栾, as the truth has them.

The one miss is the harder ``qiaojia_baihetan_street_double_prime.xlsx``: forms 4/4, points 4/9,
precision 4/9, levels 4/4, types 4/4. Every row whose 科室, 岗位 and 姓名 cells hold a look-alike
of ``〃`` was read as a holder NAMED by the mark, with the mark for 科室 and post: ``″`` (rows 4
and 5), ``″″`` (row 7), ``〞`` (row 9) and ``ʺ`` (row 11) each a form of its own (person ``″`` …),
their 5 points lost to the person above and 5 wrong; the ``″`` in the 风险等级 cell G4 an error
LEVEL_UNKNOWN and no level. (The forms score 4/4 because each truth form's first row is written
out.) The assigned kind — a post held by several people in one cell (``爱申珂、聂摸栾沅``,
``爱申珂 聂摸栾沅``, one per line, ``，``, ``/``, a full-width space; ``科员（3人）``, ``科员（2人）``
over three names, ``出纳、会计`` and ``会计、出纳`` over two) — was probed first, seven workbooks, and
read right in every one (each name its own form, the two posts paired with the two names), so
another misread kind was taken: a probe of ditto rows read ``同上``, ``〃``, ``"``, ``同前`` and
``〃``/``同上`` in the 科室 cell right, and ``″`` as a holder named ``″``.

Generalised after this measurement: a ditto mark typed as a look-alike of ``〃`` an input method
offers — the double prime ``″`` (U+2033), a run of them (``″″``), ``〞`` (U+301E), the modifier
letters ``ʺ`` (U+02BA) and ``˝`` (U+02DD), the reversed ``‶`` (U+2036) — alone in a 科室, post, name
or level cell is ``〃``: the cell above's value (info DITTO_LOOKALIKE, once a table, naming the
first such cell; ``locate_base._DITTO_LOOKALIKE`` read by ``_ditto_said`` and the look-alikes
alone put in ``_DITTO``, so every test for a ditto takes them; ``locate_holders._written_out``
no longer counts ``″″`` under ``″″`` as a name written again, which had made a blank under a
name no one's). A ``″`` inside a point's words (``12″显示屏``) and ``〃`` itself read as before;
tests/test_ditto_lookalike.py (a 税务分局's ``股室 | 职务 | 责任人`` with ``″″`` and ``˝``,
``一级/二级/三级``; a 幼儿园's ``岗位 | 姓名`` with ``‶``, ``〞`` and a ``‶`` level, 高/中/低; the
near-misses; the two cases fail with the reader at efcf1b17, the near-miss passes). This batch
reads 1.00 now (forms 24/24, points 43/43, precision 43/43, levels 43/43, types 43/43, noise 0),
--strict too; batches 958, 942, 886, 844, 843, 842, 817 and 763 (the tables with ``同上``, ``〃``
and ``＂``) unchanged at 1.00; benchmarks/same_results.py against the base pickle (main
before this round): 10,743 files, no result changed — the 12 files it lists (tests/data/…)
differ only in ``.path``, the checkout they were read from (no file there types a look-alike).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch1080 import (
    GRADES,
    HIGHS,
    LAYOUTS,
    MARKS,
    RESAVED,
    RISKS,
    ROMAN,
    STREET,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **RISKS, **HIGHS}
BATCH = Batch(1080, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"qiaojia_baihetan_street_double_prime"}
TYPED = {
    "qiaojia_baihetan_street_double_prime",
    "qiaojia_yuping_street_list",
    "qiaojia_forestry_bureau_list",
    "qiaojia_medical_insurance_posts",
}
NOBODY = {"qiaojia_medical_insurance_posts"}
SURNAMES = ("聂摸栾", "爱申")


def test_batch1080_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=1077, unit_words=("巧家",), new_people=True)


def _points_in(form: dict, sheets: dict) -> set:
    return set(sheets[form["sheet"]])


def test_batch1080_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(
        nobody=NOBODY, points=(4, 21), fields_in="file", points_in=_points_in
    )
    assert RESAVED == ()


def test_batch1080_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch1080_every_unit_is_of_qiaojia_county():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("昭通市巧家县") for u in units)


def test_batch1080_people_are_of_two_rare_surnames():
    people = {f["person"] for lay in LAYOUTS for f in lay["truth"]} - {""}
    assert people and all(p.startswith(SURNAMES) for p in people)
    assert {next(s for s in SURNAMES if p.startswith(s)) for p in people} == set(SURNAMES)
    assert all(
        len(s) + 1 <= len(p) <= len(s) + 2
        for p in people
        for s in SURNAMES[:1] + SURNAMES[1:]
        if p.startswith(s) and not (s == "爱申" and p.startswith("聂摸栾"))
    )


def test_batch1080_ditto_marks_repeat_the_cell_above():
    name = "qiaojia_baihetan_street_double_prime"
    rows = BATCH.filled(name)
    at = next(r for r, row in enumerate(rows) if row and row[0] == "序号")
    assert rows[at][1:4] == ["科室", "岗位", "姓名"]
    body = [row for row in rows[at + 1 :] if isinstance(row[0], int)]
    # every look-alike is used, none is the ditto mark 〃 itself, and no row is merged
    typed = {c for row in body for c in row[1:4] + [row[6]]}
    assert set(MARKS) <= typed and "〃" not in typed and "同上" not in typed
    assert BATCH.sheet(name)["merges"] == [(0, 0, 0, 7)]
    # the marks resolved to the cell above are the truth's rows
    got, above = [], None
    for row in body:
        cells = [above[i] if row[c] in MARKS else row[c] for i, c in enumerate((1, 2, 3, 6))]
        above = cells
        got.append((cells[0], cells[1], cells[2], row[4], HML[cells[3]]))
    assert got == BATCH.truth_rows(name)
    assert len(body) == len(STREET) and sum(row[1] in MARKS for row in body) == 5


def test_batch1080_plain_tables_by_heading():
    cases = [
        ("qiaojia_yuping_street_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}),
        ("qiaojia_forestry_bureau_list",
         {"dept": "股室", "post": "职务", "person": "姓名", "point": "廉政风险点"}),
        ("qiaojia_land_bureau_screening",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "风险点"}),
        ("qiaojia_medical_insurance_posts", {"dept": "科室", "post": "岗位", "point": "廉政风险点"}),
        ("qiaojia_yaoshan_town_list", {"post": "职务", "person": "姓名", "point": "风险点"}),
    ]  # fmt: skip
    for name, heads in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name


def test_batch1080_group_rows_give_the_department():
    name = "qiaojia_menggu_clinic_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], HML[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch1080_one_sheet_a_person():
    name = "qiaojia_no1_middle_school_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "职　务", "填表日期"]
        assert rows[2][:2] == [f["person"], f["department"] + f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch1080_is_read(tmp_path):
    BATCH.is_read(tmp_path)
