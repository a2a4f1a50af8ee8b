"""The three-hundred-and-fifty-third batch of published layouts (tests/published/batch353.py): seven
ordinary files as the 司法 bodies of one district (自流井区) really send them — the 司法局's 一览表
with ``…风险`` types, 高/中/低 and a last ``分管领导`` column, the 公证处's two sheets ``处领导 | 科室``
with ``一级/二级/三级``, the 五星街街道司法所's 责任清单 with ``职责事项`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the
社区矫正中心's 自查表 one sheet a person with one row of three pairs and ``高风险/中风险/低风险``, the
仲权镇司法所's 防控卡 one sheet a holder with ``★★★/★★/★``, the 荣边镇司法所's 排查表 对岗不对人 with
``风险点 | 风险表现`` and bare ``Ⅰ/Ⅱ/Ⅲ``, the 公共法律服务中心's 一览表 under group rows with
``一级风险/二级风险/三级风险`` — and one harder: the 法律援助中心's 权力运行流程图（含廉政风险点）, a
FLOW CHART DRAWN IN CELLS with no heading row — step boxes down one column between ``↓`` rows, each
step's post box ``科室⏎岗位　姓名`` on its left and one row a risk of labelled boxes ``风险点：… |
风险等级：… | 防控措施：…`` on its right (``python tests/published/score.py --set batch353``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at f5cd0ec (main's newest when the batch was done; this
worktree branched from dev at fba9198). ``score.py --set batch353``:
``TOTAL                      forms  32/38  points  52/60  recall 0.87 precision 0.91 (52/57)  levels  52/52  types  52/52  noise 8``
and ``TOTAL forms=0.842 recall=0.867 precision=0.912 levels=1.000 types=1.000 noise=8``; with
``--strict`` the same:
``TOTAL                      forms  32/38  points  52/60  recall 0.87 precision 0.91 (52/57)  levels  52/52  types  52/52  noise 8``
and ``TOTAL forms=0.842 recall=0.867 precision=0.912 levels=1.000 types=1.000 noise=8``. The 9 files
of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as FILE_SKIPPED). The seven
ordinary layouts read in full — every form, point, level and type, with ``--strict`` too. The truth
was not changed after measuring.

Missed, all in the harder ``ziliujing_legal_aid_flowchart.xlsx`` (sheet ``流程图``: title row 1, the
``实施依据`` line row 2, the start node C4, arrow rows ``↓`` C5, C8, C11, C13, C15, C17, C19, the end
node C20; the risk rows 6–7 (受理), 9–10 (审查), 12 (审批), 14 (指派), 16 (承办监督), 18 (结案审查及补贴发放),
each with the post box in A (merged A6:A7, A9:A10), ``→`` in B and D, the step box in C, ``风险点：…`` in
E, ``风险等级：…`` in F, ``防控措施：…`` in G; the ``说明`` line row 22, the ``监督举报电话`` line row 23):
forms 0/6, points 0/8, precision 0/5, noise 8. What was read is ONE form (posts.csv F00011) with no
科室, no post, no holder and no tier, holding five points:

- E9 read as ``风险点：经济困难状况审查把关不严，为不符合条件的人员出具同意意见`` (level Ⅱ级 from
  ``风险等级：中``, measures ``防控措施：…`` with its label); truth ``经济困难状况审查把关不严，为不符合条件的
  人员出具同意意见`` of 受理指派科 审查员 缑霁棠 (A9), 中;
- E12 read as ``风险点：违规批准或不予批准法律援助申请`` (Ⅰ级, MEASURES_BLANK at E12); truth without the
  label, of 中心领导 主任 笪璟岚 (A12), 高;
- E14 read as ``风险点：指派承办人员优亲厚友，向特定律师事务所集中指派案件`` (Ⅰ级, MEASURES_BLANK); truth
  without the label, of 受理指派科 科长 厍砚舟 (A14), 高;
- E16 read as ``风险点：案件质量评估走过场，对承办人员向受援人收取财物不予查处`` (Ⅱ级, MEASURES_BLANK);
  truth without the label, of 质量监督科 质监员 殳芷汀 (A16), 中;
- E18 read as ``风险点：办案补贴核算不实，多发、虚发补贴`` (Ⅱ级, MEASURES_BLANK); truth without the label,
  of 综合科 会计 仉泠蔓 (A18), 中.

The levels of these five are right but do not count, being unmatched. Not read at all:

- row 6, the first risk row (E6 ``风险点：对符合条件的申请推诿、拖延受理，或对不符合条件的违规受理``,
  truth 受理指派科 受理员 郏湑蘅's, 中): reported as ROW_UNPLACED at A6 (“表格之外的内容 … 未被收录”);
- row 7 (E7 ``风险点：泄露申请人个人隐私和案件信息``, truth 郏湑蘅's, 低) and row 10 (E10 ``风险点：收受申请人
  财物，放宽审查标准``, truth 缑霁棠's, 高), each a step's SECOND risk row: silently, no issue names them;
  the two tables the reader made start there (TABLE_NO_TYPE anchored at A7 and A10), so these rows of
  labelled boxes were taken as HEADING rows (``风险点：…`` as the risk column's heading, ``风险等级：…`` as
  the level's, ``防控措施：…`` as the measures');
- the arrow rows and the end node read as table rows with no point: POINT_BLANK at E8, E11, E13,
  E15, E17, E19 and E20 (the 8 noise: these seven and the ROW_UNPLACED).

Kinds (three): (a) with no heading row, a row of boxes that each open with a heading word and a
colon (``风险点：…``, ``风险等级：…``, ``防控措施：…``) is taken as a table's heading — the row above it
is left outside the table, the row itself is lost as a point — and the arrow rows ``↓`` under it are
taken as blank risk rows; (b) the label inside such a box is kept as part of the point
(``风险点：…``), while the same label is stripped from the level (``风险等级：中`` → Ⅱ级), so no point
read matches; (c) the box left of each step, ``科室⏎岗位　姓名`` past a ``→``, is not used for the
rows beside it: the whole chart is one form with no 科室, post or holder, where each step's rows
belong to the post named in its own box.

Unscored besides: the 所长 and 副所长 of the three 司法所 are read as 中层岗位 (truth leader: each 所
a unit of its own), and each 所's file as unit ``自流井区仲权镇`` (``…荣边镇``, ``…五星街街道``) with 科室
``司法所`` (truth unit ``自流井区仲权镇司法所`` with no 科室; the scorer counts the two as one); the
公共法律服务中心's 窗口负责人 屠淏晗 has no tier (truth middle). The other issues are info only
(TABLE_NO_TYPE on the 公证处's two sheets, the 五星街 list, the three cards and the chart; GRADE_BLANK
on the three cards and the three 自查表; FILE_SKIPPED for truth.json).

Generalised after this measurement: a flow chart of labelled boxes ('风险点：…' | '风险等级：…' | '防控措施：…') right of each step, its holder in a box at the left ('科室⏎岗位　姓名'), no header (tests/test_columns.py::test_a_flow_chart_of_labelled_boxes_a_holders_box_at_the_left); the harder layout now reads in full.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch353 import (
    BANDS,
    BARE,
    CHART_WIDTH,
    DOWN,
    END,
    GAP,
    GRADES,
    LAYOUTS,
    LEVEL_LABEL,
    MEASURE_LABEL,
    RESAVED,
    RIGHT,
    RISK_LABEL,
    RISKS,
    ROMAN,
    STARS,
    START,
    STEPS,
    build,
    holder_box,
)
from published.cells import norm
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(353, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
CHART_FILE = "ziliujing_legal_aid_flowchart"
HARDER = {CHART_FILE}
UNTYPED = {
    CHART_FILE,
    "ziliujing_notary_office_two_sheets",
    "ziliujing_wuxingjie_office_duties",
    "ziliujing_zhongquan_office_cards",
}
NOBODY = {"ziliujing_rongbian_office_posts"}


def _points_in(form: dict, sheets: dict) -> set[str]:
    """The cells of the form's sheet, and the chart's ``风险点：`` boxes without their label."""
    here = sheets[form["sheet"]]
    return here | {c.removeprefix(norm(RISK_LABEL)) for c in here}


def test_batch353_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=347, unit_words=("自流井区",), new_people=True)


def test_batch353_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(6, 12), points_in=_points_in)
    assert RESAVED == ()


def test_batch353_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch353_every_unit_is_of_ziliujing():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("自流井区") for u in units)


def test_batch353_the_chart_gives_each_step_its_post_box():
    name = CHART_FILE
    rows = BATCH.filled(name)
    assert all(len(row) == CHART_WIDTH for row in rows)
    # no heading row anywhere: no cell is a bare column name, none says 序号
    heads = {"序号", "风险点", "廉政风险点", "风险等级", "防控措施", "岗位", "责任岗位", "姓名"}
    assert not any(c in heads for row in rows for c in row)
    got, steps, nodes = [], [], []
    for row in rows:
        box, joint, step, arrow, point, level, measures = row
        if isinstance(point, str) and point.startswith(RISK_LABEL):
            # one row a risk: the post box and the step box (merged down) on its left
            assert joint == RIGHT == arrow and level.startswith(LEVEL_LABEL), row
            assert measures.startswith(MEASURE_LABEL), row
            dept, rest = box.split("\n")
            post, who = rest.split(GAP)
            got.append((dept, post, who, point.removeprefix(RISK_LABEL),
                        HML[level.removeprefix(LEVEL_LABEL)]))  # fmt: skip
            if not steps or steps[-1] != step:
                steps.append(step)
        elif step == DOWN:  # an arrow row holds the arrow only
            assert [c for c in row if c is not None] == [DOWN], row
        elif step in (START, END):
            assert [c for c in row if c is not None] == [step], row
            nodes.append(step)
    assert got == BATCH.truth_rows(name)
    assert nodes == [START, END]
    assert steps == [s for s, *_ in STEPS]
    assert [holder_box(d, p, w) for _s, d, p, w, _t, _pts in STEPS] == [
        next(r[0] for r in rows if r[2] == s) for s, *_ in STEPS
    ]
    # every step is its own arrow row away from the next
    at = [next(i for i, r in enumerate(rows) if r[2] == s) for s in (START, *steps, END)]
    assert all(rows[i - 1][2] == DOWN for i in at[1:])
    # one 科室's posts lie on steps with another 科室's step between them
    depts = [d for _s, d, *_ in STEPS]
    assert depts.index("中心领导") < len(depts) - 1 - depts[::-1].index("受理指派科")
    assert depts.index("中心领导") > depts.index("受理指派科")
    # a two-risk step: its step box, its joint and its post box merged over both rows
    for s, *_rest, points in STEPS:
        r = next(i for i, row in enumerate(rows) if row[2] == s)
        if len(points) > 1:
            assert all(BATCH.merged(name, 0, r + 1, c, c) for c in (0, 1, 2))
    # one form a (科室, post, holder), with its tier
    forms = {(f["department"], f["title"], f["person"]): f["tier"] for f in BY_NAME[name]["truth"]}
    assert forms == {(d, p, w): tier for _s, d, p, w, tier, _pts in STEPS}
    # no step box, arrow, node or line is a point
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {c for row in rows for c in row if isinstance(c, str)}


def test_batch353_plain_tables_by_heading():
    cases = [
        ("ziliujing_justice_bureau_list",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("ziliujing_rongbian_office_posts", {"post": "岗位", "point": "风险点"}, "风险类型"),
        ("ziliujing_wuxingjie_office_duties",
         {"post": "岗位", "person": "责任人", "point": "廉政风险点"}, None),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the bureau's last column names the 分管 leader: a supervisor, the holder only of his rows
    name = "ziliujing_justice_bureau_list"
    table = BATCH.table(name)
    assert BATCH.heading(name)[-1] == "分管领导"
    assert sum(row[-1] != row[3] for row in table) >= len(table) // 2
    # the short 风险点 is the point, the long 风险表现 none; the 所 names nobody and no 科室
    name = "ziliujing_rongbian_office_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[3] for row in BATCH.table(name)}
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    assert {f["department"] for f in BY_NAME[name]["truth"]} == {""}
    assert {r[5] for r in BATCH.table(name)} == set(BARE)
    # the 街道司法所: 职责事项 is no point, no 科室 column
    name = "ziliujing_wuxingjie_office_duties"
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[3] for r in BATCH.table(name)}
    assert {r[5] for r in BATCH.table(name)} == set(ROMAN)
    assert {f["department"] for f in BY_NAME[name]["truth"]} == {""}
    # the 公证处's two sheets
    name = "ziliujing_notary_office_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "廉政风险点"},
        "处领导",
        fixed={"dept": "处领导"},
    )
    assert got == BATCH.truth_rows(name, "处领导")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "科室") == BATCH.truth_rows(name, "科室")
    assert not {p["risk_point"] for p in BATCH.points(name)} & {
        r[3] for r in BATCH.table(name, "处领导")
    }


def test_batch353_group_rows_give_the_department():
    name = "ziliujing_legal_service_center_groups"
    rows, dept, got = BATCH.filled(name), None, []
    for row in rows[BATCH.header(name) + 1 :]:
        if isinstance(row[0], str) and row[0][1:2] == "、":
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[5]]))
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类别") == [r["types"] for r in BATCH.points(name)]


def test_batch353_one_sheet_a_person():
    name = "ziliujing_zhongquan_office_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["持卡人", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][0] == "工作职责" and f["sheet"] == f["title"]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert {r[3] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
        steps = {r[1] for r in BATCH.table(name, f["sheet"])}
        assert not steps & {p["risk_point"] for p in BATCH.points(name)}  # 工作环节 no point
        assert rows[2][1] not in {p["risk_point"] for p in BATCH.points(name)}  # 工作职责
    name = "ziliujing_correction_center_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == [
            f"姓{GAP}名",
            f["person"],
            f"科{GAP}室",
            f["department"],
            f"岗{GAP}位",
            f["title"],
        ]
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类别", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        found = {r[5] for r in BATCH.table(name, f["sheet"])}
        assert not found & {p["risk_point"] for p in BATCH.points(name)}  # 自查情况 no point
        assert {r[3] for r in BATCH.table(name, f["sheet"])} <= set(BANDS)


def test_batch353_is_read(tmp_path):
    BATCH.is_read(tmp_path)
