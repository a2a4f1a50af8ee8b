"""The one-thousand-and-twenty-fifth batch of published layouts (tests/published/batch1025.py): seven
ordinary files as the 乡镇, 村, 教育, 茶产业, 应急, 林业 and 疾控 bodies of one county (普安县) send them —
the 江西坡镇人民政府's 清单, the 糯东村's 清单 with ``职务 | 姓名`` on every row, the 教育局's 一览表, the
茶产业发展中心's 排查表 with ``风险点 | 风险表现``, the 应急管理局's 清单 对岗不对人, the 林业局's 清单
under group rows, the 疾病预防控制中心's 自查表 one sheet a person — and one harder: the 医疗保障局's
一览表 whose template's fill-in hint row stays right under the header, NUMBERED like a data row
(``1 | 填写股室全称 | 填写岗位名称 | 填写本人姓名 | 简述风险表现 | 一级/二级/三级 | 简述防控措施``), the
staff's rows numbered on from it (``python tests/published/score.py --set batch1025``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here.

Measured ONCE, untuned, with r6base's reader at 06718d4b (this worktree branched from that commit,
xlproc/ untouched), after these tests passed (but ``is_read``): TOTAL forms=1.000 recall=1.000
precision=0.976 levels=1.000 types=1.000 noise=0 (forms 24/24, points 41/41, precision 41/42,
levels 41/41, types 41/41 — levels and types are scored on the points found only); with --strict
the same. The 8 files: eight .xlsx, no re-saved copies. All seven ordinary layouts read in full
(forms, points, levels and types all 1.00, noise 0, --strict too) — the 林业局's group rows as 科室,
the 村's ``职务 | 姓名`` on every row, the 应急管理局's posts with no names, the 茶产业发展中心's short
``风险点`` beside ``风险表现``, the names of the surnames 宿六斤 and 破多罗, as the truth has them.

Missed, all in the harder ``puan_medical_insurance_numbered_hint_row.xlsx`` (forms 4/4, points
7/7, precision 7/8, noise 0): the template's hint row under the header, its 序号 cell ``1``
(一览表!A3), was read as a risk point — a form of a person ``填写本人姓名``, post ``填写岗位名称``,
科室 ``填写股室全称``, its point ``简述风险表现``, the error LEVEL_UNKNOWN at 一览表!F3
(``一级/二级/三级``). batch1019's HEADER_EXPLAINS_ROW takes such a row for the header's only when its
序号 cell is blank (any digit in a cell, the 序号's included, kept it a row of data). Kind: a
fill-in hint row under the header NUMBERED like a data row, read as a point.

Generalised after this measurement: batch1019's row of plain explanations under a header
(``locate_header._explains_row_under``, after its cheap test: two cells at least restating their
headings) may now be NUMBERED like a data row — its 序号 cell a bare ``1`` (``1.``, ``01``) —
where one cell at least says how to fill its column in (``填写…``, ``简述…``, ``注明…``, ``逐条列出…``,
``按…填写``, ``一级/二级/三级``: not only restating); a type cell listing three known types or more
to choose from (``思想道德/制度机制/岗位职责``) counts as explaining too. Such a row is part of the
header, no point and no person, said as the new info HEADER_HINT_ROW_NUMBERED (here 一览表!A3);
tests/test_header_hint_row_numbered.py (a 县档案馆's hint row ``1.`` over rows numbered again from
1, a 县统计局's list of posts with a type column of choices, and the near-misses: a numbered first
row only restating its headings, a numbered row of data whose point and measures say
``填写``/``填报`` beside a name and a level that read — both rows, as before). Read 1.00 since
(forms 24/24, points 41/41, precision 41/41, levels 41/41, types 41/41, noise 0), --strict too;
batches 983, 1019, 986, 1016, 1018, 1022, 7, 14 and the six with template hint words (52, 583,
661, 823, 875, 972) unchanged, --strict.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch1025 import (
    GRADES,
    HEAD,
    HIGHS,
    HINT,
    INSURANCE,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **RISKS, **HIGHS}
BATCH = Batch(1025, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"puan_medical_insurance_numbered_hint_row"}
TYPED = {
    "puan_jiangxipo_town_list",
    "puan_education_bureau_list",
    "puan_emergency_bureau_posts",
}
NOBODY = {"puan_emergency_bureau_posts"}
SURNAMES = ("宿六斤", "破多罗")


def test_batch1025_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=1022, unit_words=("普安县",), new_people=True)


def test_batch1025_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 16), fields_in="file")
    assert RESAVED == ()


def test_batch1025_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch1025_every_unit_is_of_puan():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("普安县") for u in units)


def test_batch1025_people_are_of_two_rare_surnames():
    people = {f["person"] for lay in LAYOUTS for f in lay["truth"]} - {""}
    assert people and all(p.startswith(SURNAMES) for p in people)
    assert {next(s for s in SURNAMES if p.startswith(s)) for p in people} == set(SURNAMES)


def test_batch1025_the_numbered_hint_row_is_no_point():
    name = "puan_medical_insurance_numbered_hint_row"
    lay = BY_NAME[name]
    assert [s["name"] for s in lay["sheets"]] == ["一览表"]
    rows = BATCH.filled(name, "一览表")
    at = next(r for r, row in enumerate(rows) if row and row[0] == "序号")
    assert rows[at] == list(HEAD)
    # right under the header: the hint row, numbered 1 like a data row
    hint = rows[at + 1]
    assert hint == list(HINT) and hint[0] == 1
    # each of its cells but 序号 restates its heading's words or says how to fill the column in
    assert all(
        h[-2:] in v or v.startswith("填写") for h, v in zip(HEAD[1:4], hint[1:4], strict=True)
    )
    assert hint[5] == "一级/二级/三级" and hint[5] not in GRADES
    # the staff's rows follow, numbered on from the hint row
    body = [row for row in rows[at + 2 :] if isinstance(row[0], int)]
    assert [row[0] for row in body] == list(range(2, 2 + len(INSURANCE)))
    got = [(row[1], row[2], row[3], row[4], GRADES[row[5]]) for row in body]
    assert got == BATCH.truth_rows(name)
    # no one is called 填写本人姓名 and no point is the hint's
    people = {f["person"] for f in lay["truth"]}
    points = {r["risk_point"] for f in lay["truth"] for r in f["risks"]}
    assert "填写本人姓名" not in people and "简述风险表现" not in points
    assert len(points) == len(INSURANCE)


def test_batch1025_plain_tables_by_heading():
    cases = [
        ("puan_jiangxipo_town_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}),
        ("puan_education_bureau_list",
         {"dept": "股室", "post": "职务", "person": "姓名", "point": "廉政风险点"}),
        ("puan_tea_centre_screening",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "风险点"}),
        ("puan_emergency_bureau_posts", {"dept": "科室", "post": "岗位", "point": "廉政风险点"}),
        ("puan_nuodong_village_list", {"post": "职务", "person": "姓名", "point": "风险点"}),
    ]  # fmt: skip
    for name, heads in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name


def test_batch1025_group_rows_give_the_department():
    name = "puan_forestry_bureau_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch1025_one_sheet_a_person():
    name = "puan_cdc_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "职　务", "填表日期"]
        assert rows[2][:2] == [f["person"], f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch1025_is_read(tmp_path):
    BATCH.is_read(tmp_path)
