"""The two-hundred-and-sixty-eighth batch of published layouts (tests/published/batch268.py): eight
ordinary files as the companies, enforcement bodies and 服务中心 of one county (冕宁县) really send
them — the 文化市场综合行政执法大队's 一览表 with ``…风险`` types and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 交通运输综合行政
执法大队's 防控卡 one sheet a holder with a label row over a value row and ``★★★/★★/★``, the 城市管理综合
行政执法大队's 责任清单 对岗不对人 with ``职责事项``, ``一级/二级/三级`` and a ``责任领导`` column of posts, the
社会保险服务中心's 排查登记表 with ``风险点 | 风险表现`` and a ``备注``, the 不动产登记中心's 自查表 one sheet a
person with ``工作环节``, the 殡葬服务中心's two sheets (中心领导, 科室) with ``一级风险/二级风险/三级风险``,
the 灵山旅游开发有限责任公司's 清单 with ``高风险/中风险/低风险`` and a ``分管领导`` column, the 城乡建设投资
有限责任公司's 一览表 under group rows with ``★★★/★★/★`` — and one harder: the 国有资产投资经营有限责任
公司's 廉洁风险识别评估表, which grades each point TWICE, ``固有风险等级`` before the measures and ``剩余风险
等级`` after them, the level being the 固有 one (``python tests/published/score.py --set batch268``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at aa743a2 (main's newest when the batch was done; this
worktree branched from it): TOTAL forms=1.000 (53/53) recall=1.000 (80/80) precision=1.000 (80/80)
levels=1.000 (80/80) types=1.000 (80/80) noise=0; with --strict the same: TOTAL forms=1.000 (53/53)
recall=1.000 (80/80) precision=1.000 (80/80) levels=1.000 (80/80) types=1.000 (80/80) noise=0. The 9
files: nine .xlsx, no re-saved copies. All nine layouts, the harder one too, read in full (--strict
too). Missed: nothing.

- ``mianning_state_assets_residual_levels`` (harder; forms 6/6, points 9/9, levels 9/9): the level is
  read from ``固有风险等级`` (column F), as the truth has it; the ``剩余风险等级`` column ``H3`` is set
  aside as ``其他`` with one info COLUMN_GUESSED (``[风险评估!H3] 表头“剩余风险等级”所在列按内容判断为
  “其他”``), so the rows whose residual grade differs (e.g. ``E4`` read Ⅰ级 from ``F4`` 高, not ``H4`` 中)
  are graded right.

Unscored besides: every unit, 科室, post and tier right (53 forms); the issues are info only
(TABLE_NO_TYPE on the untyped tables, GRADE_BLANK on the one-person cards and self-checks, the
COLUMN_GUESSED above).

(Read in full before any change for it: nothing in this batch was generalised on.)

Read in full when measured; nothing to generalise on.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch268 import (
    ASSESSED,
    BANDS,
    GRADES,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **BANDS, **STARS, **RISKS}
BATCH = Batch(268, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"mianning_state_assets_residual_levels"}
UNTYPED = {
    "mianning_state_assets_residual_levels",
    "mianning_transport_enforcement_cards",
    "mianning_real_estate_selfchecks",
    "mianning_funeral_center_two_sheets",
    "mianning_urban_invest_groups",
}
NOBODY = {"mianning_urban_management_duties"}


def test_batch268_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=265, unit_words=("冕宁县",), new_people=True)


def test_batch268_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(6, 12))
    assert RESAVED == ()


def test_batch268_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch268_every_unit_is_of_mianning():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("冕宁县") for u in units)


def test_batch268_inherent_grade_is_the_level_residual_is_not():
    name = "mianning_state_assets_residual_levels"
    head = BATCH.header(name)
    rows = BATCH.filled(name)
    assert rows[head] == ["序号", "部门", "岗位", "姓名", "廉洁风险点", "固有风险等级", "现有防控措施",
                          "剩余风险等级"]  # fmt: skip
    table = BATCH.table(name)
    assert len(table) == sum(len(points) for *_, points in ASSESSED)
    # both grades are level words, either side of the measures; the 固有 one is the truth's
    got = [(row[1], row[2], row[3], row[4], HML[row[5]]) for row in table]
    assert got == BATCH.truth_rows(name)
    assert all(row[5] in HML and row[7] in HML for row in table)
    # the residual is never above the inherent grade, lower on most rows, the same on some
    lower = [HML[row[7]] > HML[row[5]] for row in table]
    assert all(HML[row[7]] >= HML[row[5]] for row in table)
    assert sum(lower) > len(table) / 2 and not all(lower)
    # so the residual column would give other levels: it is no level of the point
    residual = {row[4]: HML[row[7]] for row in table}
    assert any(r["level"] != residual[r["risk_point"]] for r in BATCH.points(name))
    note = next(r[0] for r in rows if isinstance(r[0], str) and r[0].startswith("注："))
    assert "固有风险等级是未考虑现有防控措施" in note and "剩余风险等级是落实现有防控措施后" in note
    assert BATCH.holders(name) == {p[2] for p in ASSESSED}


def test_batch268_plain_tables_by_heading():
    cases = [
        ("mianning_culture_enforcement_list",
         {"dept": "中队（室）", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("mianning_urban_management_duties",
         {"dept": "股室（中队）", "post": "岗位", "point": "廉政风险点"}, "风险类型"),
        ("mianning_social_insurance_register",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类型"),
        ("mianning_scenic_company_list",
         {"dept": "部门", "post": "岗位", "person": "岗位责任人", "point": "风险点"}, "风险类别"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the short 风险点 is the point, the long 风险表现 none
    table = BATCH.table("mianning_social_insurance_register")
    points = {p["risk_point"] for p in BATCH.points("mianning_social_insurance_register")}
    assert {row[4] for row in table} == points and not points & {row[5] for row in table}
    assert all(len(row[4]) < len(row[5]) for row in table)
    # the 城管 list names nobody; 职责事项 and 责任领导 are no points
    name = "mianning_urban_management_duties"
    table = BATCH.table(name)
    assert BATCH.holders(name) == {""}
    assert {row[8] for row in table} == {"局分管领导", "大队长", "分管副大队长"}
    assert not {row[3] for row in table} & {p["risk_point"] for p in BATCH.points(name)}
    # the watchers are no holders: 分管领导 names leaders (or /), the holders stand under 岗位责任人
    table = BATCH.table("mianning_scenic_company_list")
    holders = BATCH.holders("mianning_scenic_company_list")
    assert {row[8] for row in table} == {"/", "蒯霁垣", "勒格阿依"}
    assert {row[3] for row in table} == holders
    # the 城投's group rows give the 部门, the 业务环节 is no point
    name = "mianning_urban_invest_groups"
    dept, got = None, []
    for row in BATCH.filled(name)[BATCH.header(name) + 1 :]:
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、", "四、", "五、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[4], STARS[row[5]]))
    assert got == BATCH.truth_rows(name)
    # the 殡葬服务中心: leaders by 姓名/职务, 科室 by 科室/岗位/姓名
    name = "mianning_funeral_center_two_sheets"
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "风险点"}, "中心领导",
                           fixed={"dept": "中心领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "中心领导")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "科室") == BATCH.truth_rows(name, "科室")


def test_batch268_one_sheet_a_person():
    name = "mianning_transport_enforcement_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓名", "性别", "民族", "职务", "所在部门"]
        assert [rows[2][0], rows[2][3], rows[2][4]] == [f["person"], f["title"], f["department"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        # the 执法事项 is no point
        points = {r["risk_point"] for r in f["risks"]}
        assert not {row[1] for row in BATCH.table(name, f["sheet"])} & points
    name = "mianning_real_estate_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "所在科室", f["department"], "岗　位", f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch268_is_read(tmp_path):
    BATCH.is_read(tmp_path)
