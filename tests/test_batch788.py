"""The seven-hundred-and-eighty-eighth batch of published layouts (tests/published/batch788.py): seven
ordinary files as the 医疗保障 bodies of one county (繁峙县) really send them, and one harder: the
医疗保险服务中心's 排查表 whose level is written only as the consequence (``可能导致的后果``:
``党纪政务处分/诫勉谈话/批评教育``) a ``注：`` line folds to levels
(``python tests/published/score.py --set batch788``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 6671f67d (/work/snap40; this worktree branched from
dev at b77c7a70): TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0
(forms 27/27, points 46/46); with --strict the same: TOTAL forms=1.000 recall=1.000 precision=1.000
levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies. All eight layouts
read in full (forms, points, levels and types all 1.00, noise 0), the harder
``fanshi_insurance_center_consequences`` included: the reader took ``可能导致的后果`` as the level
column and read ``党纪政务处分/诫勉谈话/批评教育`` as 1/2/3 by the ``注：`` line under the table (its
known rule: a level word a note defines), so the shape chosen for the harder file was, in effect,
already read. No misses to describe.

Not generalised in the stop that measured it (nothing missed to generalise).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch788 import CONSEQ, GRADES, HIGHS, LAYOUTS, RESAVED, RISKS, ROMAN, STARS, build
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS, **CONSEQ}
BATCH = Batch(788, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"fanshi_insurance_center_consequences"}
TYPED = {
    "fanshi_fund_enforcement_posts",
    "fanshi_shahe_town_list",
    "fanshi_price_procurement_register",
}
NOBODY = {"fanshi_fund_enforcement_posts"}


def test_batch788_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=781, unit_words=("繁峙县",), new_people=True)


def test_batch788_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch788_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch788_every_unit_is_of_fanshi():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("繁峙县") for u in units)


def test_batch788_consequences_give_the_levels():
    name = "fanshi_insurance_center_consequences"
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    got = BATCH.by_heading(name, heads, level="可能导致的后果")
    assert got == BATCH.truth_rows(name)
    head = BATCH.header(name)
    rows = BATCH.filled(name)
    col = rows[head].index("可能导致的后果")
    assert [CONSEQ[row[col]] for row in BATCH.table(name)] == [
        p["level"] for p in BATCH.points(name)
    ]
    assert "风险等级" not in rows[head]
    assert any(
        isinstance(r[0], str) and r[0].startswith("注：风险等级按可能导致的后果") for r in rows
    )


def test_batch788_plain_tables_by_heading():
    cases = [
        ("fanshi_shahe_town_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("fanshi_price_procurement_register",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("fanshi_fund_enforcement_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "fanshi_healthcare_bureau_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "局领导") == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")


def test_batch788_group_rows_give_the_department():
    name = "fanshi_designated_agencies_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch788_one_sheet_a_person():
    name = "fanshi_resident_insurance_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在科室", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "fanshi_medical_assistance_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch788_is_read(tmp_path):
    BATCH.is_read(tmp_path)
