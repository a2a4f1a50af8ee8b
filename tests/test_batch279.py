"""The two-hundred-and-seventy-ninth batch of published layouts (tests/published/batch279.py): seven
ordinary files as the schools, hospitals and 公共服务 bodies of one county (北川县) really send them — the
永昌中学's 一览表 with ``…风险`` types and 高/中/低, the 实验小学's 排查表 对岗不对人 with ``风险点 | 风险描述`` and
``一级/二级/三级``, the 幼儿教育中心's 责任清单 written on every row with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 漩坪中学's 自查表
one sheet a person, the 社会福利院's 防控卡 with ``★★★/★★/★``, the 殡仪馆's 清单 under group rows with
``一级风险/二级风险/三级风险``, the 妇幼保健院's two sheets with ``高风险/中风险/低风险`` — and one harder: the
人民医院's 排查评估表 whose ``风险评估`` heading spans ``发生可能性 | 影响程度 | 风险等级``, all three in 高/中/低,
only the last the level (``python tests/published/score.py --set batch279``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at e9bc74f (main's newest when the batch was done; this
worktree branched from it): TOTAL forms=1.000 (44/44) recall=1.000 (75/75) precision=1.000 (75/75)
levels=1.000 (75/75) types=1.000 (75/75) noise=0; with --strict the same: TOTAL forms=1.000 (44/44)
recall=1.000 (75/75) precision=1.000 (75/75) levels=1.000 (75/75) types=1.000 (75/75) noise=0. The 8
files: eight .xlsx, no re-saved copies. Every layout read in full, the harder one too: the
人民医院's levels come from ``风险等级`` (column H), not from ``发生可能性``/``影响程度``. Missed: none scored.

Unscored besides: every unit, 科室, post and holder right (44 forms); one tier differs — the
幼儿教育中心's ``城区幼儿园 | 园长 | 邰翯涟`` (posts.csv F00017) is read 领导岗位, the truth middle (a 园 of
the 中心 is a 科室 here, its 园长 a middle post; a judgement call of this batch). The issues are
info only (TABLE_NO_TYPE on the untyped tables, GRADE_BLANK on the one-person cards and self-checks,
COLUMN_GUESSED on the 实验小学's role-only 责任人 column H2).

Read in full when measured on this stop's last reader.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch279 import (
    BANDS,
    GRADES,
    LAYOUTS,
    MATRIX,
    MATRIX_POSTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **BANDS, **STARS, **RISKS}
BATCH = Batch(279, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"beichuan_hospital_risk_matrix"}
UNTYPED = {
    "beichuan_hospital_risk_matrix",
    "beichuan_primary_uniform_posts",
    "beichuan_kindergarten_center_list",
    "beichuan_welfare_home_cards",
}
NOBODY = {"beichuan_primary_uniform_posts"}


def test_batch279_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=277, unit_words=("北川县",), new_people=True)


def test_batch279_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(6, 14))
    assert RESAVED == ()


def test_batch279_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch279_every_unit_is_of_beichuan():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("北川县") for u in units)


def test_batch279_the_level_is_the_last_of_three_assessment_columns():
    name = "beichuan_hospital_risk_matrix"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head][5:8] == ["风险评估"] * 3
    assert rows[head + 1][5:8] == ["发生可能性", "影响程度", "风险等级"]
    table = BATCH.table(name)
    assert [(r[1], r[2], r[3], r[4], HML[r[7]]) for r in table] == BATCH.truth_rows(name)
    assert all(r[7] == MATRIX[r[5], r[6]] for r in table)
    # the first 高/中/低 column is often not the level: reading it would miss many points
    assert sum(r[5] != r[7] for r in table) >= len(table) // 3
    assert all(r[5] in HML and r[6] in HML for r in table)
    assert len(table) == sum(len(p[4]) for p in MATRIX_POSTS)


def test_batch279_plain_tables_by_heading():
    cases = [
        ("beichuan_school_canteen_list",
         {"dept": "处室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("beichuan_kindergarten_center_list",
         {"dept": "股室（园）", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, None),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "beichuan_primary_uniform_posts"
    table = BATCH.table(name)
    assert [(r[1], r[2], "", r[3], GRADES[r[5]]) for r in table] == BATCH.truth_rows(name)
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[4] for r in table}
    assert BATCH.holders(name) == {""} and {r[7] for r in table} == {"部门负责人"}
    name = "beichuan_mch_hospital_two_sheets"
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉洁风险点"}, "院领导",
                           fixed={"dept": "院领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "院领导")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉洁风险点"}
    assert BATCH.by_heading(name, heads, "科室") == BATCH.truth_rows(name, "科室")


def test_batch279_group_rows_give_the_department():
    name = "beichuan_funeral_home_groups"
    rows, dept, got = BATCH.filled(name), None, []
    for row in rows[BATCH.header(name) + 1 :]:
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、", "四、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[5]]))
    assert got == BATCH.truth_rows(name)


def test_batch279_one_sheet_a_person():
    for name, first_label in (("beichuan_middle_school_selfchecks", "姓　名"),
                              ("beichuan_welfare_home_cards", "持卡人")):  # fmt: skip
        for f in BY_NAME[name]["truth"]:
            rows = BATCH.filled(name, f["sheet"])
            assert rows[1][:4] == [first_label, f["person"], "职　务", f["title"]]
            assert rows[2][:2] == [rows[2][0], f["department"]]
            fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
            got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
            assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch279_is_read(tmp_path):
    BATCH.is_read(tmp_path)
