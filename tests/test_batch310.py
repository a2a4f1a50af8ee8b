"""The three-hundred-and-tenth batch of published layouts (tests/published/batch310.py): seven
ordinary files as the 局, 委 and 办 of one county (营山县) really send them — the 财政局's 一览表 with
高/中/低, the 民政局's 排查表 对岗不对人 with ``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the
教育科技和体育局's 自查表 one sheet a person with ``高风险/中风险/低风险``, the 人力资源和社会保障局's
防控卡 one sheet a holder with ``★★★/★★/★``, the 农业农村局's 责任清单 with ``一级/二级/三级``, the
卫生健康局's two sheets ``局领导 | 股室`` with ``一级风险/二级风险/三级风险``, the 水利局's 防控表 under
group rows with bare ``Ⅰ/Ⅱ/Ⅲ`` — and one harder: the 发展和改革局's 岗位廉政风险等级评定表 with no level
column, each row ticking ``√`` some of five criteria (``涉及重大决策 | 涉及资金资源 | 有自由裁量权 |
直接面对服务对象 | 曾发生问题``) and a note turning the NUMBER of ticks into the level
(``python tests/published/score.py --set batch310``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at fc54a3b (main's newest when the batch was done; this
worktree branched from it). ``score.py --set batch310``:
``TOTAL                      forms  42/42  points  69/69  recall 1.00 precision 1.00 (69/69)  levels  59/69  types  69/69  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.855 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  42/42  points  69/69  recall 1.00 precision 1.00 (69/69)  levels  59/69  types  69/69  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.855 types=1.000 noise=0``. The 8 files:
eight .xlsx, no re-saved copies (the inbox's truth.json is skipped as FILE_SKIPPED). The seven
ordinary layouts read in full — every form, point, level and type — with ``--strict`` too; the
harder one reads every form (6/6), point (10/10) and type (10/10) but NO level (0/10), with no
noise. The truth was not changed after measuring.

Missed, all in the harder ``yingshan_drc_criteria_ticks.xlsx`` (sheet 评定表; heading rows 3–4, the
criteria G3:K3 merged over ``涉及重大决策 | 涉及资金资源 | 有自由裁量权 | 直接面对服务对象 | 曾发生问题``
G4:K4, points in rows 5–14, the ``注：`` line in row 15). The reader took the five criteria columns
for ``其他`` (COLUMN_GUESSED, info, G3 … K3: ``表头像是风险类型或级别,但内容不是``), found no level
column and read every point with its level BLANK (risks.csv risk_level empty; LEVEL_BLANK, error,
E5 … E14); the note under the table was not used. By cell (the point in E, its ticks, read level,
truth level):

- E5 ``政府投资项目审批不经局党组集体研究，个人说了算``: √ in G5, H5, I5 (3) — read blank, truth 1;
- E6 ``为特定关系人承揽重点项目打招呼、插手干预``: G6, H6, K6 (3) — read blank, truth 1;
- E7 ``以工代赈项目资金分配不公开，向熟人所在乡镇倾斜``: H7, I7 (2) — read blank, truth 2;
- E8 ``对项目可行性研究报告审查把关不严，降低审批条件``: G8, H8, I8, J8 (4) — read blank, truth 1;
- E9 ``项目前期工作经费安排不按程序，随意支配``: H9 (1) — read blank, truth 3;
- E10 ``项目备案时向企业索要好处，故意拖延办理``: I10, J10 (2) — read blank, truth 2;
- E11 ``涉案财物价格认定结论受当事人请托左右``: I11, J11, K11 (3) — read blank, truth 1;
- E12 ``政府定价成本监审走过场``: J12 (1) — read blank, truth 3;
- E13 ``县级储备粮轮换中压级压价、虚报损耗``: H13, I13, K13 (3) — read blank, truth 1;
- E14 ``应急物资采购验收不严，以次充好``: H14 (1) — read blank, truth 3.

Kind: ticks under criteria that are neither levels, types nor posts are set aside as ``其他``, and a
note that turns the NUMBER of a row's ticks into its level (three or more 一级, two 二级, one 三级)
is not read, so a table with no level column gets no level at all.

Unscored besides (posts.csv of ``xlproc collect`` on the built inbox): the harder file's six forms
F00012–F00017 have the computed post grade ``C`` for want of levels (an effect of the same miss).
Every unit, 科室, post and tier in posts.csv matches the truth (the leaders' ``局领导`` included, on the
卫生健康局's sheet ``局领导`` and the 人社局's card too). The other issues are info only (TABLE_NO_TYPE on
the untyped sheets, GRADE_BLANK on the self-checks and cards).

Generalised after this measurement: ticks under criteria columns whose count a note bands into levels
(tests/test_columns.py::test_a_level_from_the_count_of_criteria_ticked_by_a_note).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch310 import (
    BANDS,
    BARE,
    CRITERIA,
    CRITERIA_HEAD,
    CRITERIA_NOTE,
    GRADES,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    TICK,
    TICKED,
    build,
    level_of_ticks,
)
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(310, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
TICKS = "yingshan_drc_criteria_ticks"
HARDER = {TICKS}
UNTYPED = {
    "yingshan_civil_affairs_posts",
    "yingshan_education_selfchecks",
    "yingshan_health_two_sheets",
}
NOBODY = {"yingshan_civil_affairs_posts"}
GAP = "\u3000"


def test_batch310_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=309, unit_words=("营山县",), new_people=True)


def test_batch310_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(6, 16))
    assert RESAVED == ()


def test_batch310_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch310_every_unit_is_of_yingshan():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("营山县") for u in units)


def test_batch310_the_level_is_the_count_of_ticks():
    name = TICKS
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    # a two-row heading: the criteria merged under one head, no level column, no count column
    assert rows[head][6 : 6 + len(CRITERIA)] == [CRITERIA_HEAD] * len(CRITERIA)
    assert rows[head + 1][6 : 6 + len(CRITERIA)] == list(CRITERIA)
    assert BATCH.merged(name, 0, head, 6, 5 + len(CRITERIA))
    words = {c for row in rows for c in row if isinstance(c, str)}
    assert not words & set(LEVELS), "a level written somewhere"
    assert not any("风险等级" == c or "符合项数" in c for c in rows[head] + rows[head + 1] if c)
    # every row ticks one criterion or more; the note's rule gives the truth's level, row by row
    table = BATCH.table(name)
    got, types = [], []
    for row in table:
        marks = row[6 : 6 + len(CRITERIA)]
        assert set(marks) <= {TICK, None} and TICK in marks, row
        n = marks.count(TICK)
        lv = 1 if n >= 3 else 2 if n == 2 else 3
        got.append((row[1], row[2], row[3], row[4], lv))
        types.append(types_in(row[5]))
    assert got == BATCH.truth_rows(name)
    assert types == [r["types"] for r in BATCH.points(name)]
    assert {lv for *_x, lv in got} == {1, 2, 3}
    assert [level_of_ticks(m) for *_x, pts in TICKED for _p, _t, m, _me in pts] == [
        g[4] for g in got
    ]
    # the note stands under the table, merged across it; it is no point, nor are the criteria
    notes = [r for r in BATCH.rows(name) if r[0] == CRITERIA_NOTE]
    assert len(notes) == 1
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & ({CRITERIA_NOTE, CRITERIA_HEAD, TICK} | set(CRITERIA))


def test_batch310_plain_tables_by_heading():
    cases = [
        ("yingshan_finance_list",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("yingshan_civil_affairs_posts", {"dept": "股室", "post": "岗位", "point": "风险点"}, None),
        ("yingshan_agri_duties",
         {"dept": "股室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类别"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the 民政局 names nobody; the short 风险点 is the point, the long 风险表现 none
    name = "yingshan_civil_affairs_posts"
    assert BATCH.holders(name) == {""}
    at = BATCH.heading(name).index("风险表现")
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[at] for r in BATCH.table(name)}
    assert {r[5] for r in BATCH.table(name)} == set(ROMAN)
    # the 农业农村局's 职责事项 is no point
    name = "yingshan_agri_duties"
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[4] for r in BATCH.table(name)}
    assert {r[7] for r in BATCH.table(name)} == set(GRADES)
    # the 卫生健康局's two sheets: the leaders' 科室 is 局领导, 分管工作 no point
    name = "yingshan_health_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "风险点"},
        "局领导",
        fixed={"dept": "局领导"},
    )
    assert got == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    assert not {p["risk_point"] for p in BATCH.points(name)} & {
        r[3] for r in BATCH.table(name, "局领导")
    }


def test_batch310_group_rows_give_the_department():
    name = "yingshan_water_group_rows"
    rows, dept, got, types = BATCH.filled(name), None, [], []
    for row in rows[BATCH.header(name) + 1 :]:
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、", "四、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], BARE[row[5]]))
            types.append(types_in(row[4]))
    assert got == BATCH.truth_rows(name)
    assert types == [r["types"] for r in BATCH.points(name)]
    assert BATCH.heading(name)[1:3] == ["岗位", "姓名"]
    assert any(str(r[0]).startswith("注：风险等级分Ⅰ、Ⅱ、Ⅲ三级") for r in BATCH.rows(name))


def test_batch310_one_sheet_a_person():
    name = "yingshan_education_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"股{GAP}室", f["department"]]
        assert rows[2][:2] == [f"职{GAP}务", f["title"]]
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        # 自查情况 is no point
        table = BATCH.table(name, f["sheet"])
        assert not {r[4] for r in table} & {p["risk_point"] for p in BATCH.points(name)}
    name = "yingshan_hrss_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["持卡人", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["所在股室", f["department"]]
        assert f["sheet"].endswith(f["title"])
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]


def test_batch310_is_read(tmp_path):
    BATCH.is_read(tmp_path)
