"""The four-hundred-and-fifth batch of published layouts (tests/published/batch405.py): seven
ordinary files as the 财政 and 审计 bodies of one district (商州区) really send them — the 审计局's two
sheets ``局领导 | 股室`` with ``一级/二级/三级``, the 国库收付中心's 一览表 with ``科室`` merged and 高/中/低,
the 政府投资评审中心's 排查表 对岗不对人 with ``风险点 | 风险表现`` and ``高风险/中风险/低风险``, the
沙河子镇财政所's 自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 杨峪河镇财政所's 防控卡 one sheet a
holder with ``★★★/★★/★``, the 会计核算中心's 责任清单 under group rows ``一、中心领导`` … with
``一级风险/二级风险/三级风险``, the 大荆镇财政所's 排查表 with bare ``Ⅰ/Ⅱ/Ⅲ`` — and one harder: the
财政局's 2025年度 动态调整表 whose level is given only AS A STEP FROM LAST YEAR'S GRADE
(``2024年风险等级 | 2025年等级调整`` = ``二级 | 上调一级``, ``一级 | 下调一级``, ``三级 | 不变``; this
year's grade written in no cell) (``python tests/published/score.py --set batch405``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap8 at e2f2af5
(main's newest when the batch was done; this worktree branched from dev at e2f2af5).
``score.py --set batch405``:
``TOTAL                      forms  44/44  points  73/73  recall 1.00 precision 1.00 (73/73)  levels  66/73  types  73/73  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.904 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  44/44  points  73/73  recall 1.00 precision 1.00 (73/73)  levels  66/73  types  73/73  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.904 types=1.000 noise=0``. The 9
files of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as FILE_SKIPPED). The
SEVEN ORDINARY layouts read in full — every form, point, level and type, with ``--strict`` too. The
harder ``shangzhou_finance_bureau_level_steps.xlsx`` read its forms 7/7, points 12/12 and types
12/12, but its levels only 5/12. The truth was not changed after measuring.

Missed, all levels of the harder file (sheet 动态调整表; header row 3, ``2024年风险等级`` in column G,
``2025年等级调整`` in column H): the reader took column G, LAST YEAR'S grade, as the level and read
nothing of the step in H, so the five ``不变`` rows (4, 6, 8, 10 and 15: G4 … G15 with ``不变`` in H) are right and every row that
moved is wrong:
- row 5 ``股室负责人调整和干部交流凭个人意志`` (局长 菅澜瑫): read Ⅱ级 from G5 ``二级``; truth 1 (H5 ``上调一级``);
- row 7 ``插手干预政府采购项目确定供应商`` (副局长 相渫璞): read Ⅰ级 from G7 ``一级``; truth 2 (H7 ``下调一级``);
- row 9 ``项目库入库审核中降低标准、优亲厚友`` (预算股 股长 敖湉玓): read Ⅲ级 from G9 ``三级``; truth 2
  (H9 ``上调一级``);
- row 11 ``资金拨付先后顺序随意，向预算单位索要好处`` (国库股 股长 厉澄瑅): read Ⅰ级 from G11 ``一级``;
  truth 2 (H11 ``下调一级``);
- row 12 ``财政专户开设、公款存放银行选择暗箱操作`` (国库股 会计 帅泺琤): read Ⅱ级 from G12 ``二级``;
  truth 3 (H12 ``下调一级``);
- row 13 ``直达资金动态监控预警不核实即放行`` (帅泺琤, the point new this year): read NO level — G13 ``/``
  is reported as an error (issues.csv LEVEL_UNKNOWN ``风险级别“/”无法识别``) though H13 says
  ``本年新增，定为二级``; truth 2;
- row 14 ``采购方式变更审批把关不严，规避公开招标`` (政府采购监督管理股 股长 沃浈璐): read Ⅱ级 from G14
  ``二级``; truth 1 (H14 ``上调一级``).
Kind: a level given as a step from last year's grade (``上调一级``/``下调一级``/``不变`` beside a
``2024年风险等级`` column, explained by a ``注：`` line) is read as last year's grade: the step column
is ignored, so every moved point keeps its old level and a new point's grade written in the step
cell is lost (an error on its ``/``). The ``一级`` inside ``上调一级``/``下调一级`` was not taken as a grade
either, rightly; ``调整原因`` and the ``注：`` line were read as no point, rightly.

Unscored besides: the three 镇财政所 were read as their 镇 (unit ``商州区沙河子镇`` …, 科室 ``财政所``),
which the scorer matches with the truth's unit ``商州区沙河子镇财政所`` and no 科室, and so their 所长
(F00017 蒯淇瑱, F00033 宓澐琛, F00042 邴澥瑑) were read as 中层岗位 (the head of a 科室 of the 镇); the truth
has each 所 a unit of its own and its 所长 a leader (this batch's convention, stated in its judgement
calls). Every other unit, 科室, post and tier in posts.csv is the truth's (局领导 and 中心领导 as the 科室
of those leaders; 股长, 科长, 办公室主任 中层岗位). The other issues are info only (TABLE_NO_TYPE on the
untyped sheets, GRADE_BLANK on the self-checks and cards, FILE_SKIPPED for truth.json).

Generalised after this measurement: a level given as a step from last year's ('2024年风险等级 |
2025年等级调整' over '二级 | 上调一级', '本年新增，定为二级') is that level moved the step (locate._LEVEL_STEP, _SET_TO,
_ADJUSTED; tests/test_columns.py::test_a_level_moved_a_step_from_last_years). The batch now reads in
full.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch405 import (
    BANDS,
    BARE,
    DOWN,
    GRADES,
    LAST_YEAR,
    LAYOUTS,
    NEW,
    NOT_GRADED,
    RESAVED,
    RISKS,
    ROMAN,
    SAME,
    STARS,
    STEPS_HEAD,
    STEPS_NAME,
    STEPS_NOTE,
    STEPS_ROWS,
    STEPS_UNIT,
    THIS_YEAR,
    UP,
    build,
)
from published.cells import cells, norm
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(405, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {STEPS_NAME}
UNTYPED = {
    "shangzhou_audit_bureau_two_sheets",
    "shangzhou_shahezi_finance_office_selfchecks",
    "shangzhou_yangyuhe_finance_office_cards",
}
NOBODY = {"shangzhou_review_center_posts"}
GAP = "\u3000"


def test_batch405_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=403, unit_words=("商州区",), new_people=True)


def test_batch405_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(6, 14))
    assert RESAVED == ()


def test_batch405_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch405_every_unit_is_of_shangzhou_and_stands_in_its_sheet():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("商州区") for u in units)
    inbox = BATCH.inbox()
    for lay in LAYOUTS:
        sheets = cells(inbox / f"{lay['name']}.xlsx")
        for f in lay["truth"]:
            here = sheets[f["sheet"]]
            assert any(norm(f["unit"]) in c for c in here), lay["name"]
            for field in ("department", "title", "person"):
                assert not f[field] or any(norm(f[field]) in c for c in here), (f, field)


def test_batch405_this_years_level_is_last_years_moved_by_the_step():
    name = STEPS_NAME
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert tuple(rows[head]) == STEPS_HEAD
    at = {h: i for i, h in enumerate(STEPS_HEAD)}
    table = BATCH.table(name)
    answers = BATCH.answers(name)
    assert sorted(r[at["廉政风险点"]] for r in table) == sorted(answers)
    steps = set()
    for row in table:
        last, step = row[at[LAST_YEAR]], row[at[THIS_YEAR]]
        dept, post, who, level, types = answers[row[at["廉政风险点"]]]
        assert (dept, post, who) == (row[at["股室"]], row[at["岗位"]], row[at["姓名"]])
        assert types == [row[at["风险类型"]]]
        steps.add(step)
        if step == NEW:  # a new point: no grade last year, its grade written in the step's cell
            assert last == NOT_GRADED and level == 2 and "二级" in step
            continue
        moved = {UP: -1, DOWN: 1, SAME: 0}[step]
        assert level == GRADES[last] + moved and 1 <= level <= 3, row
        # the level written on the row is last year's; this year's stands nowhere as a word
        assert (level != GRADES[last]) == (step != SAME)
    assert steps == {UP, DOWN, SAME, NEW}
    # the steps that name a grade word (``上调一级``, ``下调一级``) name no grade of the point
    misleading = [r for r in table if r[at[THIS_YEAR]] in (UP, DOWN)]
    assert sum(answers[r[at["廉政风险点"]]][3] != 1 for r in misleading) >= 3
    assert {answers[p][3] for p in answers} == {1, 2, 3}
    # no cell but last year's holds a grade word alone: this year's is written nowhere
    others = [c for row in table for i, c in enumerate(row) if i != at[LAST_YEAR]]
    assert not set(others) & set(GRADES)
    assert any(row[0] == STEPS_NOTE for row in BATCH.rows(name))
    assert all(f["unit"] == STEPS_UNIT for f in BY_NAME[name]["truth"])
    assert sum(len(p) for *_, p in STEPS_ROWS) == len(table)
    # the reasons and the measures are no points
    others = {row[at["调整原因"]] for row in table} | {row[at["防控措施"]] for row in table}
    assert not others & set(answers)


def test_batch405_plain_tables_by_heading():
    cases = [
        ("shangzhou_treasury_center_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类型"),
        ("shangzhou_review_center_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("shangzhou_dajing_finance_office_list",
         {"post": "岗位", "person": "姓名", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, types in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, types) == [r["types"] for r in BATCH.points(name)], name
    # the short 风险点 is the point, the long 风险表现 none; nobody
    name = "shangzhou_review_center_posts"
    table = BATCH.table(name)
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in table} and len(points) == len(table)
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    assert {r[6] for r in table} == set(BANDS)
    # the 大荆镇财政所: no 科室, bare Ⅰ/Ⅱ/Ⅲ read by the note, 岗位职责 no point
    name = "shangzhou_dajing_finance_office_list"
    assert BATCH.rows(name)[0] == ["附件2"]
    assert {r[6] for r in BATCH.table(name)} == set(BARE)
    assert any(str(row[0]).startswith("注：风险等级Ⅰ为高风险") for row in BATCH.rows(name))
    assert not {r[3] for r in BATCH.table(name)} & {p["risk_point"] for p in BATCH.points(name)}
    assert {f["department"] for f in BY_NAME[name]["truth"]} == {""}


def test_batch405_leaders_and_staff_in_two_sheets():
    name = "shangzhou_audit_bureau_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "风险点"},
        "局领导",
        fixed={"dept": "局领导"},
    )
    assert got == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "职务", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    works = {r[3] for r in BATCH.table(name, "局领导")}
    remarks = {r[7] for r in BATCH.table(name, "股室")} - {None}
    assert remarks == {"2024年新增"}
    assert not {p["risk_point"] for p in BATCH.points(name)} & (works | remarks)


def test_batch405_group_rows_give_the_department():
    name = "shangzhou_accounting_center_duties"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and re.match(r"[一二三四]、", row[0]):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[4], RISKS[row[6]]))
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型") == [r["types"] for r in BATCH.points(name)]
    duties = {row[3] for row in BATCH.table(name)}
    assert not duties & {p["risk_point"] for p in BATCH.points(name)}


def test_batch405_one_sheet_a_person():
    name = "shangzhou_yangyuhe_finance_office_cards"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["title"] and f["department"] == ""
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][0] == "工作职责"
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert {r[2] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
    name = "shangzhou_shahezi_finance_office_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"] and f["department"] == ""
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["所在单位", f["unit"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        table = BATCH.table(name, f["sheet"])
        assert {r[3] for r in table} <= set(ROMAN)
        points = {p["risk_point"] for p in BATCH.points(name)}
        assert not {r[1] for r in table} & points and not {r[5] for r in table} & points


def test_batch405_is_read(tmp_path):
    BATCH.is_read(tmp_path)
