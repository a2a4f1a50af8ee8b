"""The three-hundred-and-forty-seventh batch of published layouts (tests/published/batch347.py): seven
ordinary files as the 教育 bodies of one district (金牛区) really send them — the 教育局's two sheets
``局领导 | 科室`` with short types and ``一级/二级/三级``, the 教育考试服务中心's 排查表 对岗不对人 with
``风险点 | 风险表现`` and ``高风险/中风险/低风险``, the 天回中学's 一览表 under group rows with
``一级风险/二级风险/三级风险``, the 营门口小学's 自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the
西华幼儿园's 防控卡 one sheet a holder with ``★★★/★★/★``, the 金泉幼儿园's 一览表 with 高/中/低, the
茶店子小学's 责任清单 with ``职责事项`` and bare ``Ⅰ/Ⅱ/Ⅲ`` — and one harder: the 抚琴中学's 一览表 typed in
Word and pasted into Excel, each point's measures standing unlabelled one a row under it in the
``廉政风险点及防控措施`` column, the point's 序号, type and level merged down over them
(``python tests/published/score.py --set batch347``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at f5cd0ec (main's newest when the batch was done; this
worktree branched from it). ``score.py --set batch347``:
``TOTAL                      forms  36/36  points  63/63  recall 1.00 precision 0.79 (63/80)  levels  63/63  types  63/63  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=0.787 levels=1.000 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  36/36  points  63/63  recall 1.00 precision 0.79 (63/80)  levels  63/63  types  63/63  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=0.787 levels=1.000 types=1.000 noise=0``. The 9 files
of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as FILE_SKIPPED). The seven
ordinary layouts read in full — every form, point, level and type, with ``--strict`` too. The
truth was not changed after measuring.

Missed, all in the harder ``jinniu_fuqin_middle_school_pasted_measures.xlsx`` (sheet ``一览表``: title
row 1, heading ``序号 | 处室 | 岗位 | 姓名 | 廉政风险点及防控措施 | 风险类型 | 风险等级`` row 2, the 8 points
in E3, E6, E10, E13, E16, E19, E23, E26, each followed by its measure rows, 序号 A, type F and level G
merged over them, the 填表人 line row 29): forms 4/4, points 8/8, precision 8/25. The 4 forms and the
8 points were read right (holder, 科室, post, level, type) — but 17 of the 18 MEASURE ROWS were read
as POINTS of the same holder, each with its point's merged type and level, and with no measures:

- E4 ``（1）资助名单经领导小组集体研究；``, E5 ``（2）研究记录存档备查。`` (under E3), E7 ``（1）大宗采购…``,
  E8 ``（2）采购结果…``, E9 ``（3）驻校纪检监督员全程参与。`` (under E6): read as points of 校长 糜璆澂, Ⅰ级
  (risks.csv F00016); truth: measures of E3 and E6, no points;
- E11, E12 (under E10, Ⅱ级) and E14, E15 (under E13, Ⅲ级): read as points of 政教主任 隆琤渲 (F00017);
  truth: measures, no points;
- E17, E18 (under E16, Ⅱ级) and E20, E21, E22 (under E19, Ⅰ级): read as points of 总务主任 慕晗溱
  (F00018); truth: measures, no points;
- E24, E25 (under E23, Ⅲ级) and E27 ``（1）领款由学生或家长本人签字；`` (under E26, Ⅱ级): read as points of
  报账员 咸沛璘 (F00019); truth: measures, no points;
- E28 ``（2）签字表与发放名单核对后归档。``, the last measure row above the 填表人 line, was read as
  nothing at all — no point, no issue (the check line counts 80 table rows, 80 points).

Every one of the 25 rows read has a blank measures cell (MEASURES_BLANK warning on E3…E27), so
the 8 true points lost their measures too. Nothing else was reported for the file: no
COLUMN_GUESSED, nothing on the numbered ``（1）`` rows or on the merged 序号.

Kind (one): a point's measures that a Word paste split into UNLABELLED numbered rows of the POINT
column, under a 序号, type and level merged down over them, are read as further points of the same
holder with the merged type and level (the measures column being the point column, no measures are
kept), and the last such row before the sign-off is dropped silently.

Unscored besides: the four forms' computed grades are inflated by the extra points (F00016
``含Ⅰ级风险点7个``, F00018 ``含Ⅰ级风险点4个``); in the 西华幼儿园's cards 执行园长 and 业务园长 got the
科室 ``领导班子`` (truth no 科室); in the 金泉幼儿园's list 炊事组长 is read as 中层岗位 (truth general).
The other issues are info only (TABLE_NO_TYPE on the cards and the 茶店子小学's list; GRADE_BLANK on
the three cards and the three 自查表; FILE_SKIPPED for truth.json).

Generalised after this measurement: numbered measure lines ('（1）…') a row each under a point in a column headed for both ('风险点及防控措施'; tests/test_columns.py::test_numbered_measure_lines_under_each_point_in_a_point_and_measures_column), and a numbered item over the sign-off line is no sign-off ('（2）签字表…归档'); the harder layout now reads in full.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch347 import (
    BANDS,
    BARE,
    GRADES,
    LAYOUTS,
    PASTED,
    PASTED_HEAD,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(347, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
PASTED_FILE = "jinniu_fuqin_middle_school_pasted_measures"
HARDER = {PASTED_FILE}
UNTYPED = {"jinniu_xihua_kindergarten_cards", "jinniu_chadianzi_primary_duties"}
NOBODY = {"jinniu_exam_center_posts"}
GAP = "\u3000"


def test_batch347_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=343, unit_words=("金牛区",), new_people=True)


def test_batch347_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(6, 14))
    assert RESAVED == ()


def test_batch347_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch347_every_unit_is_of_jinniu():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("金牛区") for u in units)


def test_batch347_pasted_measures_stand_under_their_points():
    name = PASTED_FILE
    sh = BATCH.sheet(name)
    rows, typed = BATCH.filled(name), sh["rows"]
    head = BATCH.header(name)
    assert tuple(rows[head]) == PASTED_HEAD
    text = PASTED_HEAD.index("廉政风险点及防控措施")
    # each point's rows: one merge of the 序号 (and of its type and level), the point first
    spans = sorted(m for m in sh["merges"] if m[1] == m[3] == 0 and m[0] > head)
    points = [p for _d, _p, _w, _t, ps in PASTED for p in ps]
    assert len(spans) == len(points)
    got, measure_rows = [], 0
    for (r0, _c0, r1, _c1), (point, typ, lv, measures) in zip(spans, points, strict=True):
        assert r1 - r0 == len(measures) >= 1
        for c in (5, 6):  # type and level merged over the same rows
            assert (r0, c, r1, c) in sh["merges"]
        assert typed[r0][text] == point and rows[r0][0] == typed[r0][0]
        below = [typed[r][text] for r in range(r0 + 1, r1 + 1)]
        assert below == measures
        for k, m in enumerate(below, 1):  # unlabelled, numbered, no 序号 of their own
            assert m.startswith(f"（{k}）") and "防控措施" not in m
        for r in range(r0 + 1, r1 + 1):
            assert typed[r][0] is None and typed[r][5] is None and typed[r][6] is None
            # filled from the merges a measure row looks like its point's row
            assert rows[r][:4] == rows[r0][:4] and rows[r][5:] == rows[r0][5:]
        measure_rows += len(measures)
        d, post, who = rows[r0][1], rows[r0][2], rows[r0][3]
        got.append((d, post, who, point, HML[lv]))
        assert types_in(rows[r0][5]) == types_in(typ)
    assert got == BATCH.truth_rows(name)
    # the measure rows are no points: more rows than points under the heading
    table = BATCH.table(name)
    assert len(table) == len(points) + measure_rows
    truth_points = {p["risk_point"] for p in BATCH.points(name)}
    assert not truth_points & {m for *_x, ps in PASTED for _p, _t, _l, ms in ps for m in ms}
    # filled from the merges, every measure row carries a level and a type as a point does
    assert len(BATCH.types_by(name, "风险类型")) == len(points) + measure_rows
    # the person's cells merged over all the person's rows, measures included
    for dept, post, who, _tier, ps in PASTED:
        r0 = next(r for r, row in enumerate(typed) if row[3] == who)
        r1 = r0 + sum(1 + len(ms) for _p, _t, _l, ms in ps) - 1
        assert (r0, 3, r1, 3) in sh["merges"] and (r0, 2, r1, 2) in sh["merges"], who
        assert rows[r0][1] == dept and rows[r0][2] == post


def test_batch347_plain_tables_by_heading():
    cases = [
        ("jinniu_jinquan_kindergarten_list",
         {"dept": "部门", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类型"),
        ("jinniu_exam_center_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("jinniu_chadianzi_primary_duties",
         {"dept": "处室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, None),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the short 风险点 is the point, the long 风险表现 none; the center names nobody
    name = "jinniu_exam_center_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    assert {r[6] for r in BATCH.table(name)} == set(BANDS)
    # the 小学: 职责事项 is no point, bare Ⅰ/Ⅱ/Ⅲ read by the note
    name = "jinniu_chadianzi_primary_duties"
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[4] for r in BATCH.table(name)}
    assert {r[6] for r in BATCH.table(name)} == set(BARE)
    assert any(str(row[0]).startswith("注：风险等级Ⅰ为高风险") for row in BATCH.rows(name))
    # the 教育局's two sheets
    name = "jinniu_education_bureau_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "廉政风险点"},
        "局领导",
        fixed={"dept": "局领导"},
    )
    assert got == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "科室") == BATCH.truth_rows(name, "科室")
    for sheet in ("局领导", "科室"):
        assert BATCH.types_by(name, "风险类型", sheet) == [
            r["types"] for r in BATCH.points(name, sheet)
        ]
    assert not {p["risk_point"] for p in BATCH.points(name)} & {
        r[3] for r in BATCH.table(name, "局领导")
    }


def test_batch347_group_rows_give_the_department():
    name = "jinniu_tianhui_middle_school_groups"
    rows, dept, got = BATCH.filled(name), None, []
    for row in rows[BATCH.header(name) + 1 :]:
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、", "四、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[5]]))
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类别") == [r["types"] for r in BATCH.points(name)]


def test_batch347_one_sheet_a_person():
    name = "jinniu_xihua_kindergarten_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["持卡人", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][0] == "分管工作" and f["sheet"] == f["title"] and f["department"] == ""
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert {r[2] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
        assert rows[2][1] not in {p["risk_point"] for p in BATCH.points(name)}  # 分管工作
    name = "jinniu_yingmenkou_primary_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["所在部门", f["department"]]
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        found = {r[5] for r in BATCH.table(name, f["sheet"])}
        assert not found & {p["risk_point"] for p in BATCH.points(name)}  # 自查情况 no point
        assert {r[3] for r in BATCH.table(name, f["sheet"])} <= set(ROMAN)


def test_batch347_is_read(tmp_path):
    BATCH.is_read(tmp_path)
