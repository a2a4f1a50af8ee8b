"""The one-thousand-and-eighty-eighth batch of published layouts (tests/published/batch1088.py):
seven ordinary files as the 镇, 村, 林草, 医保, 卫生院 and 学校 bodies of one county (临沧市耿马县)
send them — the 耿马镇人民政府's 一览表, the 孟定镇人民政府's 清单 with ``职务 | 姓名`` on every row, the
孟定镇城关村民委员会's 清单, the 林业和草原局's 排查表 with ``责任人`` on every row, the 医疗保障局's 清单
对岗不对人, the 孟定镇中心卫生院's 防控卡 under group rows, the 孟定中学's 自查表 one sheet a person — and
one harder: the 文化和旅游局's 清单 with two duty-like columns side by side, ``岗位职责 | 具体事项 |
风险表现``, the matter of the duty each point arises in left of the point
(``python tests/published/score.py --set batch1088``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here.

Measured ONCE, untuned, with the reader at 9d7caf52 (main; this worktree branched from that
commit, xlproc/ untouched), after these tests passed (but ``is_read``): TOTAL forms=1.000
recall=0.837 precision=0.837 levels=1.000 types=1.000 noise=0 (forms 24/24, points 36/43,
precision 36/43, levels 36/36, types 36/36 — levels and types are scored on the points found
only); with --strict the same. The 8 files: eight .xlsx, no re-saved copies. All seven ordinary
layouts read in full (forms, points, levels and types all 1.00, noise 0, --strict too) — the
卫生院's group rows as 科室, the 镇's ``职务 | 姓名`` on every row, the 村's ``职务 | 姓名`` merged,
the 医保局's posts with no names, the 林草局's ``责任人`` on every row, the 中学's sheets a person,
the names of the surnames 苏农 and 贺鲁, as the truth has them.

The one miss is the harder ``gengma_culture_tourism_two_duties.xlsx``: forms 4/4, points 2/9,
precision 2/9, levels 2/2, types 2/2. The ``具体事项`` column (a heading the reader does not
know) was taken for the risk point, "内容是风险描述旁较短的文字" (info COLUMN_GUESSED at F2), and the
``风险表现`` cells, the points, read as their descriptions: seven points named ``重大事项决策``,
``A级景区评定``, ``经费报销审核`` … (wrong, and the real points missed); only the two points
under the one matter merged over two rows (``行政处罚审批``) were read right, the merged cell
taken as a section above them. The ``岗位职责`` column was read as the duty throughout.

Generalised after this measurement: an unknown heading naming a matter or power (``具体事项``,
``重点事项``, ``具体业务``, ``主要职权``, ``…事项名称``) just left of a column read as the risk's
description (``风险表现``, ``风险描述``), in a table with a duty column and no column headed as the
point, is a second duty-like column — the matter each point arises in — not the point
(``columns._point_beside_description``, which had guessed it the point for its shorter texts):
it is the workflow (as a known ``职权事项`` beside ``岗位职责`` already was), the description column
the point (info MATTER_BESIDE_DUTY, once a table at the matter's heading, naming the duty's and the
point's columns). The rule is reached only where ``_point_beside_description`` runs at all (a
description column and no point column) and tests one heading against one pattern, so other sheets
pay nothing. No duty column (``具体事项 | 风险表现``), a heading naming no matter beside the duty
(``岗位职责 | 需警惕情形 | 风险表现形式``) and the known ``职权事项`` read as before;
tests/test_matter_beside_duty.py (a 自然资源局's ``主要职责 | 重点事项 | 风险描述`` on every row, 高/中/
低; a 卫生健康局's ``职责 | 具体业务 | 廉政风险表现``, duty and matter merged, ``Ⅰ级/Ⅱ级``; the near-misses;
the two cases fail with the reader at 9d7caf52). This batch reads 1.00 now (forms 24/24, points
43/43, precision 43/43, levels 43/43, types 43/43, noise 0), --strict too; batches 265, 489, 272,
23, 329, 795, 255, 220, 1082 and 1080 (description and 表现形式 columns, 职权事项 and other duty
columns) unchanged at 1.00; benchmarks/same_results.py against the base pickle (main before this
round): 10,743 files, no result changed — the 12 files it lists (tests/data/…) differ only in
``.path``, the checkout they were read from.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch1088 import (
    CULTURE,
    CULTURE_HEADS,
    GRADES,
    HIGHS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **RISKS, **HIGHS}
BATCH = Batch(1088, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"gengma_culture_tourism_two_duties"}
TYPED = {
    "gengma_town_list",
    "mengding_chengguan_village_list",
    "gengma_medical_insurance_posts",
}
NOBODY = {"gengma_medical_insurance_posts"}
SURNAMES = ("苏农", "贺鲁")


def test_batch1088_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=1087, unit_words=("耿马",), new_people=True)


def _points_in(form: dict, sheets: dict) -> set:
    return set(sheets[form["sheet"]])


def test_batch1088_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(
        nobody=NOBODY, points=(4, 21), fields_in="file", points_in=_points_in
    )
    assert RESAVED == ()


def test_batch1088_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch1088_every_unit_is_of_gengma_county():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("临沧市耿马县") for u in units)


def test_batch1088_people_are_of_two_rare_surnames():
    people = {f["person"] for lay in LAYOUTS for f in lay["truth"]} - {""}
    assert people and all(p.startswith(SURNAMES) for p in people)
    assert {next(s for s in SURNAMES if p.startswith(s)) for p in people} == set(SURNAMES)
    assert all(
        len(s) + 1 <= len(p) <= len(s) + 2 for p in people for s in SURNAMES if p.startswith(s)
    )


def test_batch1088_the_matter_column_is_no_point():
    name = "gengma_culture_tourism_two_duties"
    rows = BATCH.filled(name)
    at = next(r for r, row in enumerate(rows) if row and row[0] == "序号")
    assert tuple(rows[at]) == CULTURE_HEADS
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险表现"}
    assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name)
    # the 具体事项 cells are the matters, none of them a point of the truth
    matters = {m for *_, ms in CULTURE for m, _ in ms}
    got = {row[5] for row in rows[at + 1 :] if isinstance(row[0], int)}
    assert got == matters
    points = {p["risk_point"] for f in BY_NAME[name]["truth"] for p in f["risks"]}
    assert not matters & points
    # a matter with two points merged over them, the others written once a row
    merges = BATCH.sheet(name)["merges"]
    assert sum(1 for r0, c0, r1, c1 in merges if c0 == c1 == 5 and r1 > r0) == 1
    assert sum(len(pts) == 2 for *_, ms in CULTURE for _, pts in ms) == 1


def test_batch1088_plain_tables_by_heading():
    cases = [
        ("gengma_town_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}),
        ("gengma_forestry_bureau_screening",
         {"dept": "股室", "post": "岗位", "person": "责任人", "point": "风险点"}),
        ("gengma_medical_insurance_posts", {"dept": "科室", "post": "岗位", "point": "廉政风险点"}),
        ("mengding_town_list", {"post": "职务", "person": "姓名", "point": "风险点"}),
        ("mengding_chengguan_village_list", {"post": "职务", "person": "姓名", "point": "廉政风险点"}),
    ]  # fmt: skip
    for name, heads in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name


def test_batch1088_group_rows_give_the_department():
    name = "mengding_clinic_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], HML[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch1088_one_sheet_a_person():
    name = "mengding_middle_school_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "职　务", "填表日期"]
        assert rows[2][:2] == [f["person"], f["department"] + f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch1088_is_read(tmp_path):
    BATCH.is_read(tmp_path)
