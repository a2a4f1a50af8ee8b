"""The eight-hundred-and-thirty-first batch of published layouts (tests/published/batch831.py): seven
ordinary files as the medical security bodies of one county (河曲县) really send them — the
医保基金安全监管中心's 一览表 in two sheets 中心领导/股室 with ``一级/二级/三级``, the 医疗保险服务中心's
排查表 对岗不对人 with 高/中/低, the 定点医药机构稽核办's 自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``,
the 城乡居民医保征缴办's 清单 under group rows ``一、办领导`` … with ``一级风险/二级风险/三级风险``, the
医疗救助服务站's 防控卡 one sheet a leader with ``★★★/★★/★``, the 巡镇医保服务站's 一览表 with
``高风险/中风险/低风险``, the 楼子营镇医保服务站's 登记表 — and one harder: the 医疗保障局's
岗位廉政风险评议定级表, no level column, ``风险评议得分（10分制）`` merged over three raters' scores
(``本人自评 | 股室评议 | 局党组评定``) and a ``注：`` line grading each row by the MEAN of the three
(``python tests/published/score.py --set batch831``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at dbff90dc (/work/snap47; this worktree branched from
dev at 86f6799a): TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.811 types=1.000 noise=0;
with --strict the same: TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.811 types=1.000
noise=0 (forms 32/32, points 53/53, levels 43/53). The 8 files: eight .xlsx, no re-saved copies.
The seven ordinary layouts read in full (forms, points, levels and types all 1.00, noise 0).

Missed, only the levels of the harder ``hequ_medical_security_bureau_rater_scores.xlsx`` (sheet
定级表; forms 6/6, points 10/10, precision 10/10, levels 0/10, noise 0): the reader found the
two-row heading (rows 3–4), the six holders (股室 from B, 岗位 from C, 姓名 from D, merged per
person) and every point (E5–E14) with its measures (I5–I14), but read NO level: every row came
out with an empty risk_level and raw_risk_level, and issues.csv has ten errors LEVEL_BLANK at
E5…E14 (``风险级别未填写``). The three score columns under ``风险评议得分（10分制）`` (F3:H3 merged,
``本人自评 | 股室评议 | 局党组评定`` in F4:H4, whole numbers 4–9 in F5:H14) were dropped without a
word (no COLUMN_GUESSED, no CELL_OUTSIDE), and the ``注：`` line (A15, ``…按本人自评、股室评议、
局党组评定三项得分的平均分确定：平均分8分及以上为一级风险，6分（含）至8分为二级风险，6分以下为
三级风险``) was taken as a plain note. The truth has the mean of each row's three scores banded by
that note: E5 (9, 8, 7 → 8.0) 一级, E6 (8, 9, 9) 一级, E7 (9, 9, 6 → 8.0) 一级, E8 (7, 6, 8) 二级, E9
(8, 7, 7) 二级, E10 (6, 6, 5 → 5.67) 三级, E11 (5, 5, 8 → 6.0) 二级, E12 (7, 8, 9) 一级, E13 (6, 7, 5 → 6.0)
二级, E14 (4, 5, 6) 三级. Kind: a level given only as several raters' unweighted scores of each
point, graded by a note on their MEAN, is not recognised as a level at all (neither as factor
scores nor as votes), so every point of the list goes ungraded.

Unscored besides: the other issue is info only (TABLE_NO_TYPE at A3).

Not generalised in the stop that measured it (left for the next): several raters' scores of one
point (本人自评 | 股室评议 | 局党组评定, or 评议人一 | 评议人二 …) merged under one heading with no
level column, graded by a note on their mean (平均分…为一级风险).

Generalised after this measurement: several raters' scores graded by a note on their mean or sum (LEVEL_BY_MEAN_SCORE; LEVEL_RATER_SCORE_MISSING, LEVEL_MEAN_SCORE_DIFFERS, LEVEL_RATER_SCORES_UNUSED), tests/test_level_by_rater_scores.py. Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch831 import (
    GRADES,
    HIGHS,
    LAYOUTS,
    NOTE,
    RATED,
    RATERS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
    mean_level,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(831, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"hequ_medical_security_bureau_rater_scores"}
TYPED = {
    "hequ_insurance_service_center_posts",
    "hequ_xunzhen_station_list",
    "hequ_louziying_station_register",
}
NOBODY = {"hequ_insurance_service_center_posts"}


def test_batch831_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=831, unit_words=("河曲县",), new_people=True)


def test_batch831_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch831_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch831_every_unit_is_of_hequ():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("河曲县") for u in units)


def test_batch831_levels_are_the_mean_of_the_raters_scores():
    name = "hequ_medical_security_bureau_rater_scores"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head][5] == "风险评议得分（10分制）" and rows[head + 1][5:8] == list(RATERS)
    assert not any("等级" in str(cell) for cell in rows[head] + rows[head + 1])
    assert any(row[0] == NOTE for row in rows)
    table = BATCH.table(name)
    got = [(row[1], row[2], row[3], row[4], mean_level(tuple(row[5:8]))) for row in table]
    assert got == BATCH.truth_rows(name)
    # the mean, not one rater's column nor the sum read alone, gives the levels
    last = [1 if row[7] >= 8 else 2 if row[7] >= 6 else 3 for row in table]
    first = [1 if row[5] >= 8 else 2 if row[5] >= 6 else 3 for row in table]
    levels = [lv for *_, lv in got]
    assert sum(a != b for a, b in zip(last, levels, strict=True)) >= 5
    assert sum(a != b for a, b in zip(first, levels, strict=True)) >= 2
    assert levels.count(1) and levels.count(2) and levels.count(3)
    # a mean exactly on a band's edge belongs to the higher grade
    edges = [mean_level(s) for *_, points in RATED for _, s, _ in points if sum(s) in (18, 24)]
    assert edges and set(edges) <= {1, 2} and 1 in edges and 2 in edges


def test_batch831_plain_tables_by_heading():
    cases = [
        ("hequ_xunzhen_station_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("hequ_louziying_station_register",
         {"dept": "部门", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("hequ_insurance_service_center_posts", {"dept": "科室", "post": "岗位", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "hequ_fund_supervision_center_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "中心领导") == BATCH.truth_rows(name, "中心领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")


def test_batch831_group_rows_give_the_department():
    name = "hequ_collection_office_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch831_one_sheet_a_person():
    name = "hequ_audit_office_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在组室", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "hequ_medical_aid_station_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch831_is_read(tmp_path):
    BATCH.is_read(tmp_path)
