"""The two-hundred-and-seventy-second batch of published layouts (tests/published/batch272.py): eight
ordinary files as the companies, enforcement bodies and 服务中心 of one county (雷波县) really send
them — the 农业综合行政执法大队's 一览表 with a ``职责事项`` column, ``…风险`` types and 高/中/低, the
卫生健康综合行政执法大队's 防控卡 one sheet a holder with ``姓　名 | … | 职　务 | … | 执法证号 | …`` pairs and
``Ⅰ级/Ⅱ级/Ⅲ级``, the 水政监察大队's 排查表 对岗不对人 under a two-row heading (``风险评定`` over ``类型 | 等级``)
with ``一级/二级/三级``, the 应急管理综合行政执法大队's 自查表 one sheet a person with a label row over a
value row and a ``自查情况`` column, the 医疗保障事务中心's 责任清单 with ``风险点 | 风险描述`` and
``★★★/★★/★``, the 农村产权流转交易服务中心's two sheets (领导班子, 工作人员) with ``高风险/中风险/低风险``,
the 马湖旅游开发有限责任公司's 清单 under group rows with the ``责任人`` last, the 水务投资有限责任公司's
一览表 pasted page by page — and one harder: the 国有资本投资运营集团有限公司's 廉洁风险识别与评估
workbook, whose ``风险识别`` sheet names the holders and has no level, and whose ``风险评估`` sheet grades
the same points by their ``风险编号`` (``python tests/published/score.py --set batch272``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at c3ca358 (main's newest when the batch was done; this
worktree branched from it): TOTAL forms=1.000 (48/48) recall=1.000 (83/83) precision=0.892 (83/93)
levels=0.880 (73/83) types=1.000 (83/83) noise=0; with --strict the same: TOTAL forms=1.000 (48/48)
recall=1.000 (83/83) precision=0.892 (83/93) levels=0.880 (73/83) types=1.000 (83/83) noise=0. The 9
files: nine .xlsx, no re-saved copies. All eight ordinary layouts read in full (--strict too).
Missed:

- ``leibo_state_capital_risk_codes`` (harder; forms 6/6, points 10/10, precision 10/20, levels 0/10):
  the ``风险识别`` sheet is read right as six forms (部门, 岗位, 姓名 and tier right; posts.csv
  F00032–F00037) with the ten short points ``E4``–``E13`` and their measures and descriptions, but with
  NO level: an error LEVEL_BLANK on each of ``风险识别!E4``–``E13`` (``风险级别未填写``). The ``风险评估``
  sheet is read as a table of its own: one more form F00038 with the unit only (no 科室, post or
  holder) holding the ten points ``B3``–``B12`` again, each with the right level from ``F3``–``F12``
  (``高``→Ⅰ级 …) and a warning MEASURES_BLANK, ``风险值`` ``E2`` set aside as 其他 (COLUMN_GUESSED).
  So the ten truth points are found under their holders but ungraded (truth: LD-01 Ⅰ级, LD-02 Ⅰ级,
  LD-03 Ⅱ级, TZ-01 Ⅱ级, TZ-02 Ⅲ级, SS-01 Ⅰ级, SS-02 Ⅰ级, SS-03 Ⅱ级, SS-04 Ⅲ级, CW-01 Ⅲ级, the grade the
  ``风险评估`` sheet gives each ``风险编号``), and the ten graded copies are extras. Kind: a workbook
  whose levels stand on a second sheet keyed by the points' code (``风险编号``, in column A of both
  sheets) is read sheet by sheet — the grading sheet is not joined to the holders' sheet by the
  shared code, so it becomes a holderless duplicate form and the holders' points stay unlevelled.

Unscored besides: every unit, post and tier right (48 forms); every 科室 right but the
农村产权流转交易服务中心's two leaders on the tab ``领导班子`` (posts.csv F00026, F00027: 科室 blank; truth
中心领导 — --strict does not weigh a leader's 科室); the issues are info only outside the harder file
(TABLE_NO_TYPE on the untyped tables, GRADE_BLANK on the one-person cards and self-checks).

(Read in full before any change for it: nothing in this batch was generalised on.)

Generalised after the measurement, by kind (`test_a_sheet_grading_another_sheets_points`): a
sheet naming no one that only grades the points of another sheet (its points word for word, with
levels and no measures) gives those points their levels and is no form of its own (info
SHEET_LEVELS). The batch now reads 1.00 on every metric, --strict too.

(One holder renamed after the measurement, 马海伍各 → 马海伍果: batch 271, built at the same time, names
them too. Nothing else changed.)

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch272 import (
    BANDS,
    GRADES,
    IDENTIFIED,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    band,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **BANDS, **STARS, **RISKS}
BATCH = Batch(272, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"leibo_state_capital_risk_codes"}
UNTYPED = {
    "leibo_state_capital_risk_codes",
    "leibo_health_enforcement_cards",
    "leibo_emergency_enforcement_selfchecks",
    "leibo_medical_insurance_register",
    "leibo_water_company_paged",
}
NOBODY = {"leibo_water_enforcement_duties"}


def test_batch272_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=269, unit_words=("雷波县",), new_people=True)


def test_batch272_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(8, 12))
    assert RESAVED == ()


def test_batch272_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch272_every_unit_is_of_leibo():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("雷波县") for u in units)


def test_batch272_levels_stand_on_the_other_sheet_by_code():
    name = "leibo_state_capital_risk_codes"
    ident = BATCH.filled(name, "风险识别")
    head = next(r for r, row in enumerate(ident) if row[0] == "风险编号")
    assert ident[head] == ["风险编号", "部门", "岗位", "姓名", "廉洁风险点", "风险表现", "防控措施"]
    # the holders' sheet has no level anywhere: no level word in any cell
    assert not any(c in LEVELS for row in ident for c in row)
    rows = [row for row in ident[head + 1 :] if row[0] and "-" in str(row[0])]
    assert len(rows) == sum(len(points) for *_, points in IDENTIFIED)
    # every form lives on the 风险识别 sheet; none on the 风险评估 sheet
    assert {f["sheet"] for f in BY_NAME[name]["truth"]} == {"风险识别"}
    assess = BATCH.filled(name, "风险评估")
    ahead = next(r for r, row in enumerate(assess) if row[0] == "风险编号")
    assert assess[ahead][:2] == ["风险编号", "廉洁风险点"] and assess[ahead][5] == "风险等级"
    graded = {row[0]: row for row in assess[ahead + 1 :] if row[0] and "-" in str(row[0])}
    # the same codes, the same short points, on both sheets
    assert [row[0] for row in rows] == list(graded)
    assert all(graded[row[0]][1] == row[4] for row in rows)
    # the grade follows the note: 风险值 = 可能性 × 影响程度, 15+ 高, 8–14 中, ≤7 低
    for code, _point, chance, impact, value, level in graded.values():
        assert value == chance * impact and level == band(value), code
    # the truth's level of each point is the grade its code has on the other sheet
    got = [(row[1], row[2], row[3], row[4], HML[graded[row[0]][5]]) for row in rows]
    assert got == BATCH.truth_rows(name)
    assert len({lv for *_, lv in got}) == 3
    assert BATCH.holders(name) == {p[2] for p in IDENTIFIED}
    note = next(r[0] for r in assess if isinstance(r[0], str) and r[0].startswith("注："))
    assert "风险值" in note and "15及以上为高风险" in note


def test_batch272_plain_tables_by_heading():
    cases = [
        ("leibo_agri_enforcement_list",
         {"dept": "中队（股）", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("leibo_medical_insurance_register",
         {"dept": "股室", "post": "岗位", "person": "责任人", "point": "风险点"}, None),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the short 风险点 is the point, the long 风险描述 none
    table = BATCH.table("leibo_medical_insurance_register")
    points = {p["risk_point"] for p in BATCH.points("leibo_medical_insurance_register")}
    assert {row[4] for row in table} == points and not points & {row[5] for row in table}
    # the 职责事项 is no point
    table = BATCH.table("leibo_agri_enforcement_list")
    assert not {row[4] for row in table} & {
        p["risk_point"] for p in BATCH.points("leibo_agri_enforcement_list")
    }
    # the 水政监察大队: a two-row heading, 对岗不对人, types and grades under 风险评定
    name = "leibo_water_enforcement_duties"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head][5:7] == ["风险评定", "风险评定"] and rows[head + 1][5:7] == ["类型", "等级"]
    assert BATCH.merged(name, 0, head, 5, 6)
    table = BATCH.table(name)
    assert [(row[1], row[2], "", row[3], GRADES[row[6]]) for row in table] == BATCH.truth_rows(name)
    assert [[row[5]] for row in table] == [r["types"] for r in BATCH.points(name)]
    assert BATCH.holders(name) == {""}
    # the 水务 list: the heading twice, every row written out
    name = "leibo_water_company_paged"
    heads = [r for r, row in enumerate(BATCH.rows(name)) if row[0] == "序号"]
    assert len(heads) == 2
    table = BATCH.table(name)
    assert [(row[1], row[2], row[3], row[5], HML[row[6]]) for row in table] == BATCH.truth_rows(
        name
    )
    assert not BATCH.sheet(name)["merges"][1:]  # only the title is merged
    # the 马湖 list: group rows give the 部门, the last column the holder
    name = "leibo_mahu_tourism_groups"
    dept, got = None, []
    for row in BATCH.filled(name)[BATCH.header(name) + 1 :]:
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、", "四、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[6], row[2], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)
    # the 农村产权 center: leaders by 姓名/职务, staff by 部室/岗位/姓名
    name = "leibo_rural_property_two_sheets"
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉政风险点"}, "领导班子",
                           fixed={"dept": "中心领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "领导班子")
    heads = {"dept": "部室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "工作人员") == BATCH.truth_rows(name, "工作人员")
    assert BATCH.types_by(name, "风险类型", "工作人员") == [
        r["types"] for r in BATCH.points(name, "工作人员")
    ]


def test_batch272_one_sheet_a_person():
    name = "leibo_health_enforcement_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert [rows[1][0], rows[1][1], rows[1][2], rows[1][3]] == ["姓　名", f["person"], "职　务",
                                                                    f["title"]]  # fmt: skip
        assert rows[1][4] == "执法证号" and rows[2][:2] == ["所在部门", f["department"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "leibo_emergency_enforcement_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", "性　别", "出生年月", "所在中队", "职　务", "填表时间"]
        assert [rows[2][0], rows[2][3], rows[2][4]] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        # the 自查情况 answers are no points
        points = {r["risk_point"] for r in f["risks"]}
        assert not {row[5] for row in BATCH.table(name, f["sheet"])} & points


def test_batch272_is_read(tmp_path):
    BATCH.is_read(tmp_path)
