"""The three-hundred-and-eighty-ninth batch of published layouts (tests/published/batch389.py): seven
ordinary files as the 医保 and 人社 bodies of one city (兴平市) really send them — the 医疗保障局's two
sheets ``局领导 | 股室`` with ``一级/二级/三级``, the 医疗保险经办中心's 排查表 对岗不对人 with
``风险点 | 主要表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 劳动保障监察大队's 防控卡 one sheet a holder with
``★★★/★★/★``, the 就业服务中心's 自查表 one sheet a person with ``高风险/中风险/低风险``, the
社会保险经办中心's 责任清单 under group rows ``一、中心领导`` … with ``一级风险/二级风险/三级风险``, the
劳动人事争议仲裁院's 一览表 written out on every row with bare ``Ⅰ/Ⅱ/Ⅲ``, the 人才交流服务中心's 一览表
under ``附件1`` with ``…风险`` types — and one harder: the 人力资源和社会保障局's 一览表 drafted in Word
and pasted into Excel, whose ``廉政风险点`` cells of two paragraphs (the point's short name, then its
unnumbered manifestation) were split into two rows of the point column, under one merged 序号, type
and level, beside the measures one a row (``python tests/published/score.py --set batch389``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap4 at 2c19fec
(dev's newest when the batch was done; this worktree branched from dev at 2c19fec).
``score.py --set batch389``:
``TOTAL                      forms  37/37  points  61/61  recall 1.00 precision 0.88 (61/69)  levels  61/61  types  61/61  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=0.884 levels=1.000 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  37/37  points  61/61  recall 1.00 precision 0.88 (61/69)  levels  61/61  types  61/61  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=0.884 levels=1.000 types=1.000 noise=0``. The 9 files
of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as FILE_SKIPPED). The seven
ordinary layouts read in full — every form, point, level and type, with ``--strict`` too. The harder
``xingping_hrss_bureau_point_and_manifestation_rows.xlsx`` read every form (7/7), point (10/10),
level (10/10) and type (10/10), but precision 10/18. The truth was not changed after measuring.

Missed, all in ``xingping_hrss_bureau_point_and_manifestation_rows.xlsx``, sheet 一览表, column E
(廉政风险点): the eight MANIFESTATIONS, each the second paragraph of a point's Word cell standing in
the row under the point's name, were read as points of their own (risks.csv), each with the holder,
type and level of the merged cells beside it; the truth has them as no points:

- E7:E8 ``动议、考察环节搞个人说了算，对拟任人选把关不严`` (F00008 局长 乜翛岚, Ⅰ级, source_row 7) — the
  manifestation of ``干部选拔任用`` (E6);
- E12 ``资金分配向关系人所在企业、培训机构倾斜，不按因素法分配`` (F00009 副局长 宓稷澜, Ⅱ级) — of
  ``就业补助资金分配`` (E11);
- E14 ``无公函接待、超标准接待，公车私用、虚报维修加油费用`` (F00010 主任 晁溆芃, Ⅲ级) — of
  ``公务接待和公车管理`` (E13);
- E16:E17 ``对申报人论文、业绩材料真实性把关不严，让不符合条件的人员通过资格审查`` (F00011 股长 谯砚岿,
  Ⅰ级) — of ``职称申报材料审核`` (E15);
- E19 ``评审专家人选不随机抽取，事先泄露评委名单或评审信息`` (F00011, Ⅱ级) — of ``评委会组建和评审组织`` (E18);
- E21 ``对企业参保、裁员情况核查不实，向不符合条件的企业返还资金`` (F00012 股长 阙旻淇, Ⅱ级) — of
  ``失业保险稳岗返还审核`` (E20);
- E23:E24 ``对培训机构虚报培训人数、课时审核不严，套取补贴资金`` (F00013 科员 檀翊沨, Ⅱ级) — of
  ``职业技能培训补贴核发`` (E22);
- E26 ``检查中接受企业宴请、礼品，对拖欠工资问题不督促整改`` (F00014 科员 糜珩溟, Ⅲ级) — of
  ``企业工资支付情况检查`` (E25).

Kind (one kind, eight cells): a point cell that a Word paste split into the point's name and, in the
row under it, its unnumbered, unlabelled manifestation is read as TWO POINTS — the manifestation row,
filled from the merged 序号, 股室, 岗位, 姓名, type and level, is taken for a second point of the same
holder — where it is the first point's description; the reader says nothing (no issue names the
rows). Every point's name (E4, E6, E9, E11, E13, E15, E18, E20, E22, E25) was read right, with its
holder, type and level; the two points with no manifestation (E4:E5, E9:E10, the name merged over
both rows) were read whole. No description was read for any point.

Unscored besides: in the harder file the measures were split with the rows: each named point kept
only its first measure (H6 ``1.严格执行干部选拔任用条例，全程纪实；``) and the false point took the rest
(H7:H8), and the posts' 岗位风险等级 counted the false points (posts.csv F00008 局长 ``含Ⅰ级风险点3个``
where the truth has two, F00011 股长 ``含Ⅰ级风险点2个`` where it has one). Every unit, 科室, post and tier
in posts.csv is the truth's (局领导/中心领导/大队领导/院领导 as the 科室 of the leaders; 股长, 科长, 中队长,
庭长, 办公室主任 中层岗位; 审核员, 稽核员, 监察员, 仲裁员, 信贷专干 … 一般岗位). The issues are info only
(TABLE_NO_TYPE on the two untyped layouts' sheets, GRADE_BLANK on the cards and the 自查表,
FILE_SKIPPED for truth.json); none for the harder file.

Generalised after this measurement: a record of a Word table pasted over several rows — 序号, type and
level merged down over them, the point's name in the first row and how it shows in the next, the
measures numbered on a line a row — is one point with its description and all its measures
(locate._record_goes_on; tests/test_columns.py::test_a_word_record_pasted_over_several_rows); a
post's points under one 序号 and level merged per post stay points of their own. The batch now reads
in full.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch389 import (
    BANDS,
    BARE,
    GRADES,
    LAYOUTS,
    PASTED_HEAD,
    PASTED_NOTE,
    PASTED_ROWS,
    PASTED_TAB,
    PASTED_UNIT,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.cells import cells, norm
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(389, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
PASTED_FILE = "xingping_hrss_bureau_point_and_manifestation_rows"
HARDER = {PASTED_FILE}
UNTYPED = {"xingping_medical_security_two_sheets", "xingping_labor_inspection_cards"}
NOBODY = {"xingping_medical_insurance_center_posts"}
GAP = "\u3000"


def test_batch389_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=387, unit_words=("兴平市",), new_people=True)


def test_batch389_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch389_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch389_every_unit_is_of_xingping_and_stands_in_its_sheet():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("兴平市") for u in units)
    inbox = BATCH.inbox()
    for lay in LAYOUTS:
        sheets = cells(inbox / f"{lay['name']}.xlsx")
        for f in lay["truth"]:
            here = sheets[f["sheet"]]
            assert any(norm(f["unit"]) in c for c in here), lay["name"]
            for field in ("department", "title", "person"):
                assert not f[field] or any(norm(f[field]) in c for c in here), (f, field)


def _word_rows(name):
    """The pasted table's Word rows: (first row, last row) of each point, by its merged 序号."""
    sheet = BATCH.sheet(name, PASTED_TAB)
    head = BATCH.header(name, PASTED_TAB)
    spans = {}
    for r0, c0, r1, c1 in sheet["merges"]:
        if c0 == c1 == 0 and r0 > head:
            spans[r0] = r1
    return [(r, spans[r]) for r in sorted(spans)]


def test_batch389_pasted_points_and_their_manifestations():
    name = PASTED_FILE
    lay = BY_NAME[name]
    sheet = BATCH.sheet(name, PASTED_TAB)
    rows = sheet["rows"]
    head = BATCH.header(name, PASTED_TAB)
    assert tuple(rows[head]) == PASTED_HEAD and lay["truth"][0]["unit"] == PASTED_UNIT
    # the paragraphs above and below the table: plain cells in column A, not merged
    assert all(len(rows[r]) == 1 for r in range(head))
    assert [len(row) for row in rows[-2:]] == [1, 1] and rows[-2][0] == PASTED_NOTE
    assert not any(m[0] < head or m[0] >= len(rows) - 2 for m in sheet["merges"])
    spans = _word_rows(name)
    points = BATCH.points(name)
    assert len(spans) == len(points) and all(r1 > r0 for r0, r1 in spans)
    filled = BATCH.filled(name, PASTED_TAB)
    answers = BATCH.answers(name)
    table = [p for _, group in PASTED_ROWS for *_, pts in group for p in pts]
    described = 0
    for (r0, r1), (point_name, shown, typ, lv, measures), truth in zip(
        spans, table, points, strict=True
    ):
        # one Word row: 序号, type and level merged over the point's rows
        for c in (0, 5, 6):
            assert BATCH.merged(name, PASTED_TAB, r0, c, c) and (r0, c, r1, c) in sheet["merges"]
        # the measures one a row, numbered, as many rows as measures
        assert [rows[r][7] for r in range(r0, r1 + 1)] == measures
        assert all(re.match(rf"{k}\.", m) for k, m in enumerate(measures, 1))
        # the point column: the short name first, the manifestation in the row under it
        assert rows[r0][4] == point_name == truth["risk_point"]
        if shown is None:
            assert (r0, 4, r1, 4) in sheet["merges"]
        else:
            described += 1
            assert rows[r0 + 1][4] == shown and len(shown) > len(point_name)
            assert not shown.endswith(("，", ",", "；")) and not re.match(r"[（(]?\d", shown)
            assert (r0 + 1, 4, r1, 4) in sheet["merges"] if r1 > r0 + 1 else True
            # filled from the merges, the manifestation row looks like a point row
            dept, post, who, level, types = answers[point_name]
            assert filled[r0 + 1][1:4] == [dept, post, who]
            assert filled[r0 + 1][5:7] == [typ, lv] and HML[lv] == level
            assert shown not in answers  # but it is no point
        assert truth["types"] == types_in(typ) and truth["level"] == HML[lv]
    assert described >= 6 and described < len(points)  # most points have one, two do not
    # the truth's forms: one per person, as the merged 股室/岗位/姓名 give them
    got = [(f["department"], f["title"], f["person"]) for f in lay["truth"]]
    assert got == [(d, p, w) for d, group in PASTED_ROWS for p, w, *_ in group]
    assert {f["department"] for f in lay["truth"] if f["tier"] == "leader"} == {"局领导"}


def test_batch389_plain_tables_by_heading():
    cases = [
        ("xingping_medical_insurance_center_posts",
         {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("xingping_arbitration_court_every_row",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类型"),
        ("xingping_talent_center_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the short 风险点 is the point (one row each), the long 主要表现 none; nobody
    name = "xingping_medical_insurance_center_posts"
    table = BATCH.table(name)
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in table} and len(points) == len(table)
    assert all(len(row[3]) < len(row[4]) for row in table)
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    assert {r[6] for r in table} == set(ROMAN)
    # every row written out, nothing merged down; bare grades read by the note
    name = "xingping_arbitration_court_every_row"
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])
    assert all(all(c is not None for c in row[:8]) for row in BATCH.numbered(name))
    assert {r[6] for r in BATCH.table(name)} == set(BARE)
    assert any(str(row[0]).startswith("注：风险等级Ⅰ为高") for row in BATCH.rows(name))
    name = "xingping_talent_center_list"
    assert BATCH.rows(name)[0] == ["附件1"]
    assert {r[6] for r in BATCH.table(name)} == set(HML)


def test_batch389_leaders_and_staff_in_two_sheets():
    name = "xingping_medical_security_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "风险点"},
        "局领导",
        fixed={"dept": "局领导"},
    )
    assert got == BATCH.truth_rows(name, "局领导")
    assert BATCH.rows(name, "局领导")[0][0].endswith("局领导廉政风险防控表")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    works = {r[3] for r in BATCH.table(name, "局领导")}
    assert not {p["risk_point"] for p in BATCH.points(name)} & works  # 分管工作 no point
    assert {r["level"] for r in BATCH.points(name)} == {1, 2, 3}
    assert {r[5] for r in BATCH.table(name, "股室")} | {
        r[5] for r in BATCH.table(name, "局领导")
    } == set(GRADES)


def test_batch389_group_rows_give_the_department():
    name = "xingping_social_insurance_center_duties"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and re.match(r"[一二三四]、", row[0]):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[4], RISKS[row[6]]))
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型") == [r["types"] for r in BATCH.points(name)]
    duties = {row[3] for row in BATCH.table(name)}
    assert not duties & {p["risk_point"] for p in BATCH.points(name)}  # 职责事项 no point


def test_batch389_one_sheet_a_person():
    name = "xingping_labor_inspection_cards"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["title"]
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["持卡人", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["所在中队", f["department"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert {r[2] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
    name = "xingping_employment_center_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"]
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][0] == f"单位：{f['unit']}"
        assert rows[2][:6] == [
            f"姓{GAP}名",
            f["person"],
            "所在科室",
            f["department"],
            f"职{GAP}务",
            f["title"],
        ]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        table = BATCH.table(name, f["sheet"])
        assert not {r[1] for r in table} & {p["risk_point"] for p in BATCH.points(name)}
        assert {r[4] for r in table} <= set(BANDS)


def test_batch389_is_read(tmp_path):
    BATCH.is_read(tmp_path)
