"""The three-hundred-and-twenty-fifth batch of published layouts (tests/published/batch325.py): seven
ordinary files as the 交通 and 应急 bodies of one district (彭山区) really send them — the
交通运输局's 一览表 under group rows with ``一级/二级/三级``, the 公路养护段's 排查表 对岗不对人 with
``风险点 | 风险表现`` and 高/中/低, the 道路运输管理所's 责任清单 with ``职责事项`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the
消防救援大队's 防控卡 one sheet a holder with ``★★★/★★/★``, the 应急管理综合行政执法大队's 自查表 one
sheet a person with ``高风险/中风险/低风险``, the 交通运输综合行政执法大队's two sheets ``大队领导 | 中队``
with ``一级风险/二级风险/三级风险``, the 地方海事处's 一览表 with ``风险点 | 风险描述`` and bare ``Ⅰ/Ⅱ/Ⅲ`` —
and one harder: the 应急管理局's workbook whose ``风险点排查表`` has no type and no measures column, each
point's TYPE (and measures, 责任领导, 完成时限) given only on a second sheet ``防控措施表`` that repeats
every point by 序号 (``python tests/published/score.py --set batch325``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 231cf14 (main's newest when the batch was done; this
worktree branched from it). ``score.py --set batch325``:
``TOTAL                      forms  43/46  points  63/70  recall 0.90 precision 0.81 (63/78)  levels  63/63  types  51/63  noise 0``
and ``TOTAL forms=0.935 recall=0.900 precision=0.808 levels=1.000 types=0.810 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  43/46  points  63/70  recall 0.90 precision 0.81 (63/78)  levels  63/63  types  51/63  noise 0``
and ``TOTAL forms=0.935 recall=0.900 precision=0.808 levels=1.000 types=0.810 noise=0``. The 8 files:
eight .xlsx, no re-saved copies (the inbox's truth.json is skipped as FILE_SKIPPED). Six of the
seven ordinary layouts read in full — every form, point, level and type — with ``--strict`` too
(the 交通运输局's, 公路养护段's, 道路运输管理所's, 消防救援大队's, 交通运输综合行政执法大队's and 地方海事处's);
the 应急管理综合行政执法大队's 自查表 reads none of its forms (0/3) and none of its points (0/7). The
harder one finds all its forms (8/8: every 股室, post, holder and tier right) and all 12 of its
points with their levels, but none of their types (0/12) and adds 8 points that are none
(precision 12/20). The truth was not changed after measuring.

Missed, by cell (risks.csv, posts.csv):

1. ``pengshan_safety_enforcement_selfchecks.xlsx``, every sheet (``亓峣玥``, ``冉琛嵛``, ``宰珂峦``): the
   LABEL ROW 2 ``姓　名 | 中　队 | 职　务 | 填表时间`` (A2:D2) over the row of values (A3:D3) was read as
   two label–value PAIRS across row 2 — ``姓　名`` → ``中　队`` (B2), ``职　务`` → ``填表时间`` (D2) — so
   each sheet's form is person ``中队``, post ``填表时间``, no 科室 (posts.csv F00030–F00032, with
   FORM_DUPLICATE warnings for one ``中队`` in three sheets), and row 3 is ignored. Its points
   B5:B7 (``亓峣玥``), B5:B6 (``冉琛嵛``), B5:B6 (``宰珂峦``) are read with the right text and level
   (C: 高风险 → Ⅰ级 …) but under the holder ``中队``; truth: holder ``亓峣玥`` (A3), 科室 ``大队领导`` (B3),
   post ``副大队长`` (C3, leader); ``冉琛嵛``, ``执法一中队``, ``中队长`` (middle); ``宰珂峦``, ``执法二中队``,
   ``执法队员`` (general). So 7 points missed and 7 false, 3 forms missed. Kind: a label row over a
   row of values whose 科室 label is ``中　队`` (not 部门/科室/股室) is taken for label–value pairs
   written across one row, so the second label becomes the holder and the fourth the post.
2. ``pengshan_emergency_measures_sheet.xlsx`` (the harder one). Sheet ``风险点排查表``: its 12 points
   E4:E15 are read with their forms and levels but with ``risk_type`` blank (TABLE_NO_TYPE at A3,
   and MEASURES_BLANK warnings at E4…E15); the truth's types, given only on ``防控措施表`` by 序号
   (C3:C14): E4 (1, 局长 佴崧珣) 制度机制; E5 (2) 岗位职责; E6 (3, 副局长 庾峤琮) 外部环境; E7 (4, 副局长
   鞠岍玟) 制度机制; E8 (5, 安全生产综合监管股 股长 晁峣璟) 岗位职责; E9 (6) 思想道德; E10 (7, 危险化学品
   安全监管股 股长 衡嵘瑄) 业务流程; E11 (8) 岗位职责; E12 (9, 科员 禄砚棠) 思想道德; E13 (10, 应急救援和
   防灾减灾股 股长 勾崇琳) 业务流程; E14 (11) 制度机制; E15 (12, 办公室 会计 敖瑾岫) 业务流程. Sheet
   ``防控措施表`` was read as a risk list of its own: ``责任领导`` (E2) taken for the holder column
   (COLUMN_GUESSED, ``100% 的内容是人名``), so its 12 rows B3:B14 became points of three forms with no
   科室 and no post — 佴崧珣 (B3, B4), 庾峤琮 (B5, B7…B11), 鞠岍玟 (B6, B12…B14) (posts.csv
   F00009–F00011, FORM_DUPLICATE beside the first sheet's forms of the same leaders) — with the
   types of C3:C14 (``制度机制风险`` …), the measures of D and no level (LEVEL_BLANK errors at B3…B14);
   truth: no point and no form. Eight of them are false points (B7…B14, the points of 股室 staff
   read as the 副局长's); B3…B6 repeat the leaders' own points and add no key. Kind: a second sheet
   of MEASURES that repeats every point by 序号 is read as another risk list held by its 责任领导,
   instead of being joined to the first sheet's points by 序号 to give them their types (and
   measures).

Unscored besides (posts.csv): the 公路养护段's eight forms are read with the unit blank (truth
``彭山区公路养护段``, the title ``彭山区公路养护段岗位廉政风险点排查表``) and its 段长 and 副段长 as
中层岗位 (truth leader). Every other unit, 科室, post and tier is read as the truth has it. The other
issues are info only (TABLE_NO_TYPE on six sheets, GRADE_BLANK on six forms, FILE_SKIPPED).

Generalised after this measurement: a sheet repeating another's points word for word to give their types and measures (info SHEET_DETAILS), and '中队' as a card's 科室 label (tests/test_columns.py::test_a_sheet_repeating_the_points_to_give_their_types_and_measures, ::test_a_squad_label_over_its_value_names_the_part).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch325 import (
    BANDS,
    BARE,
    EMERGENCY,
    GRADES,
    LAYOUTS,
    MEASURES_HEAD,
    MEASURES_NOTE,
    MEASURES_SHEET,
    POINTS_HEAD,
    POINTS_NOTE,
    POINTS_SHEET,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(325, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
MEASURES = "pengshan_emergency_measures_sheet"
HARDER = {MEASURES}
UNTYPED = {"pengshan_safety_enforcement_selfchecks", "pengshan_transport_enforcement_two_sheets"}
NOBODY = {"pengshan_road_maintenance_posts"}
GAP = "\u3000"


def test_batch325_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=313, unit_words=("彭山区",), new_people=True)


def test_batch325_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(7, 13))
    assert RESAVED == ()


def test_batch325_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch325_every_unit_is_of_pengshan():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("彭山区") for u in units)
    words = ("交通运输局", "公路养护段", "道路运输管理所", "应急管理局", "消防救援大队")
    assert all(any(u.endswith(w) for u in units) for w in words)


def test_batch325_types_on_the_measures_sheet():
    name = MEASURES
    lay = BY_NAME[name]
    assert [s["name"] for s in lay["sheets"]] == [POINTS_SHEET, MEASURES_SHEET]
    # the points sheet: no type and no measures column; a note sends the reader on by 序号
    assert BATCH.heading(name, POINTS_SHEET) == list(POINTS_HEAD)
    assert not any("类型" in h or "措施" in h for h in POINTS_HEAD)
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, POINTS_SHEET) == BATCH.truth_rows(name)
    rows = BATCH.rows(name, POINTS_SHEET)
    assert any(r[0] == POINTS_NOTE for r in rows) and "防控措施表" in POINTS_NOTE
    # the measures sheet: one row a point, same 序号, the point word for word, the type
    points = BATCH.table(name, POINTS_SHEET)
    measures = BATCH.table(name, MEASURES_SHEET)
    assert BATCH.heading(name, MEASURES_SHEET) == list(MEASURES_HEAD)
    assert [(r[0], r[4]) for r in points] == [(r[0], r[1]) for r in measures]
    assert [types_in(r[2]) for r in measures] == [p["types"] for p in BATCH.points(name)]
    assert all(len(types_in(r[2])) == 1 and r[2] == types_in(r[2])[0] for r in measures)
    # no form on the measures sheet; its 责任领导 are the 局's leaders, no holders of its rows
    assert not any(f["sheet"] == MEASURES_SHEET for f in lay["truth"])
    leaders = {f["person"] for f in lay["truth"] if f["tier"] == "leader"}
    assert {r[4] for r in measures} == leaders
    by_number = {r[0]: r[3] for r in points}
    assert any(by_number[r[0]] != r[4] for r in measures)  # a 股室's points, a leader's name
    assert [c for c in BATCH.rows(name, MEASURES_SHEET)[-1] if c is not None] == [MEASURES_NOTE]
    assert len(BATCH.points(name)) == sum(len(p[-1]) for p in EMERGENCY) == len(measures)
    # 股室 merged down, 岗位 and 姓名 merged per person
    head = BATCH.header(name, POINTS_SHEET)
    merges = BATCH.sheet(name, POINTS_SHEET)["merges"]
    assert (head + 1, 1, head + 4, 1) in merges  # 局领导: three leaders, four rows
    assert (head + 1, 3, head + 2, 3) in merges  # 局长's two rows


def test_batch325_plain_tables_by_heading():
    cases = [
        ("pengshan_transport_management_duties",
         {"dept": "股室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("pengshan_road_maintenance_posts", {"dept": "股室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("pengshan_maritime_office_desc",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # 职责事项 is no point; the short 风险点 is the point, the long 风险表现 / 风险描述 none
    for name, col in (
        ("pengshan_transport_management_duties", 4),
        ("pengshan_road_maintenance_posts", 4),
        ("pengshan_maritime_office_desc", 5),
    ):
        points = {p["risk_point"] for p in BATCH.points(name)}
        assert not points & {row[col] for row in BATCH.table(name)}, name
    # the 养护段 names nobody
    name = "pengshan_road_maintenance_posts"
    assert BATCH.holders(name) == {""}
    assert "姓名" not in BATCH.heading(name) and "责任人" not in BATCH.heading(name)
    # levels: Ⅰ级/Ⅱ级/Ⅲ级, and bare Ⅰ/Ⅱ/Ⅲ read by the 海事处's note
    assert {r[7] for r in BATCH.table("pengshan_transport_management_duties")} == set(ROMAN)
    name = "pengshan_maritime_office_desc"
    assert {r[7] for r in BATCH.table(name)} == set(BARE)
    assert any(str(r[0]).startswith("注：风险等级分Ⅰ、Ⅱ、Ⅲ三级") for r in BATCH.rows(name))
    # the 交通执法大队's two sheets
    name = "pengshan_transport_enforcement_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "风险点"},
        "大队领导",
        fixed={"dept": "大队领导"},
    )
    assert got == BATCH.truth_rows(name, "大队领导")
    heads = {"dept": "中队", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "中队") == BATCH.truth_rows(name, "中队")
    # 分管工作 is no point
    assert not {p["risk_point"] for p in BATCH.points(name)} & {
        r[3] for r in BATCH.table(name, "大队领导")
    }


def test_batch325_group_rows_give_the_department():
    name = "pengshan_transport_bureau_groups"
    rows, dept, got, types = BATCH.filled(name), None, [], []
    for row in rows[BATCH.header(name) + 1 :]:
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、", "四、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], GRADES[row[5]]))
            types.append(types_in(row[4]))
    assert got == BATCH.truth_rows(name)
    assert types == [r["types"] for r in BATCH.points(name)]
    assert BATCH.heading(name)[1:3] == ["岗位", "姓名"]


def test_batch325_one_sheet_a_person():
    name = "pengshan_fire_brigade_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["所在部门", f["department"]]
        assert f["sheet"] == f["title"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        assert {r[3] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
    name = "pengshan_safety_enforcement_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f"中{GAP}队", f"职{GAP}务", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        # 自查情况 is no point
        found = {r[4] for r in BATCH.table(name, f["sheet"])}
        assert not found & {p["risk_point"] for p in BATCH.points(name)}


def test_batch325_is_read(tmp_path):
    BATCH.is_read(tmp_path)
