"""The three-hundred-and-ninety-second batch of published layouts (tests/published/batch392.py): seven
ordinary files as the 教育 bodies of one county (乾县) really send them — the 教育局's two sheets
``局领导 | 股室`` with ``一级/二级/三级``, the 第一中学's 一览表 under group rows ``一、校级领导`` … with
``…风险`` types, the 实验小学's 防控卡 one sheet a holder with ``★★★/★★/★``, the 教师发展中心's 自查表 one
sheet a person with ``高风险/中风险/低风险``, the 职业教育中心's 责任清单 with ``一级风险/二级风险/三级风险``,
the 第二中学's 排查表 对岗不对人 with ``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 城关幼儿园's 一览表
written out on every row with bare ``Ⅰ/Ⅱ/Ⅲ`` — and one harder: the 城关中学's workbook whose list
``风险点一览表`` names no holder, the holders being given only by an ORGANISATION CHART on the sheet
``组织机构`` (one merged box a 处室, ``岗位：姓名`` one line a post; ``主任`` in four 处室)
(``python tests/published/score.py --set batch392``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap5 at 7ceb217
(dev's newest when the batch was done; this worktree branched from dev at 7ceb217).
``score.py --set batch392``:
``TOTAL                      forms  30/40  points  53/68  recall 0.78 precision 0.78 (53/68)  levels  53/53  types  53/53  noise 0``
and ``TOTAL forms=0.750 recall=0.779 precision=0.779 levels=1.000 types=1.000 noise=0``; with
``--strict``:
``TOTAL                      forms  30/40  points  53/68  recall 0.78 precision 0.78 (53/68)  levels  53/53  types  53/53  noise 0``
and ``TOTAL forms=0.750 recall=0.779 precision=0.779 levels=1.000 types=1.000 noise=0``. The 9
files of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as FILE_SKIPPED). The
seven ordinary layouts read in full — every form, point, level and type, with ``--strict`` too.
The truth was not changed after measuring.

Missed, all in the harder ``qianxian_chengguan_middle_school_org_chart.xlsx`` (forms 0/10, points
0/15, precision 0/15, noise 0): the reader read the list ``风险点一览表`` right in every other way —
ten forms (posts.csv F00001–F00010), each with the truth's unit 乾县城关中学, 处室 (B3:B17: 校长室,
办公室, 教务处, 政教处, 总务处), post (C3:C17: 校长, 副校长, 主任, 文书, 教务员, 会计, 保管员), tier,
and its fifteen points (D3:D17) with their types (E) and levels (F) — but read every form as a post
without a holder (person blank, 对岗不对人), never looking to the sheet ``组织机构`` whose boxes name them:
校长室 D4:E6 ``校　长：夔灏琮`` (D3, D4) and ``副校长：隆湉玥`` (D5, D6), 办公室 A9:B12 ``主　任：巩瀞妤``
(D7), ``文　书：晁淏瑄`` (D8), 教务处 C9:D12 ``主　任：敖沨珮`` (D9, D10), ``教务员：融澋琪`` (D11), 政教处
E9:F12 ``主　任：冷濂珧`` (D12, D13), 总务处 G9:H12 ``主　任：饶洺玙`` (D14, D15), ``会　计：简泠璆`` (D16),
``保管员：鞠洹璁`` (D17). So all fifteen points are keyed to no person (recall 0/15 and precision 0/15
though every point's text, type and level is right) and the ten forms match none (they need the
holder). The chart sheet itself gave no form, no point and no issue (its boxes were passed over
silently, as was the ``注：各岗位责任人见“组织机构”工作表。`` line A18). Kind: the holders given only by an
organisation chart of merged boxes (``处室⏎岗位：姓名`` lines) on another sheet are not looked up, so a
nameless list is read 对岗不对人 instead of by the chart's names.

Unscored besides: every unit, 科室, post and tier in posts.csv for the seven ordinary layouts is the
truth's but for the 第一中学's two leaders, whose 科室 is blank (truth ``校级领导``, from the group row
``一、校级领导`` A3; a leader's 科室 is not compared even with ``--strict``); 局领导, 校长室, 中心领导,
校领导, 学校领导 and 园领导 as the 科室 of the leaders elsewhere; 股长, 主任 and 后勤主任 中层岗位; 研训员,
培训项目管理员, 设备管理员, 食堂管理员, 保健医, 出纳 一般岗位. The other issues are info only
(TABLE_NO_TYPE on the two untyped layouts' sheets, GRADE_BLANK on the cards and the 自查表,
FILE_SKIPPED for truth.json).

Generalised after this measurement: an organisation chart of boxes on a sheet of its own
('总务处⏎主　任：…⏎会　计：…') is a roster of who holds which post (locate._chart_roster), and a leader's post
is matched across the chart's and the list's names of the leaders' group ('院长室' / '院领导';
tests/test_columns.py::test_holders_from_an_organisation_chart_of_boxes). The batch now reads in
full.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch392 import (
    BANDS,
    BARE,
    CHART_BOXES,
    CHART_ROWS,
    CHART_TAB,
    CHART_UNIT,
    CHART_WIDTH,
    GRADES,
    LAYOUTS,
    LIST_HEAD,
    LIST_NOTE,
    LIST_TAB,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    box_text,
    build,
    chart_people,
    spaced,
)
from published.cells import cells, norm
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(392, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
CHART_FILE = "qianxian_chengguan_middle_school_org_chart"
HARDER = {CHART_FILE}
UNTYPED = {"qianxian_education_bureau_two_sheets", "qianxian_experimental_primary_cards"}
NOBODY = {"qianxian_no2_middle_school_posts"}
GAP = "\u3000"


def _on_the_chart(form: dict, field: str) -> bool:
    """The harder file's holders stand on its chart sheet, not on the list's."""
    return form["layout"] == CHART_FILE and field == "person"


def test_batch392_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=391, unit_words=("乾县",), new_people=True)


def test_batch392_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 16), unnamed=_on_the_chart)
    assert RESAVED == ()


def test_batch392_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch392_every_unit_is_of_qianxian_and_stands_in_its_sheet():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("乾县") for u in units)
    inbox = BATCH.inbox()
    for lay in LAYOUTS:
        sheets = cells(inbox / f"{lay['name']}.xlsx")
        for f in lay["truth"]:
            here = sheets[f["sheet"]]
            assert any(norm(f["unit"]) in c for c in here), lay["name"]
            for field in ("department", "title", "person"):
                if _on_the_chart({**f, "layout": lay["name"]}, field):
                    assert not any(norm(f[field]) in c for c in here), f  # not on the list …
                    assert any(norm(f[field]) in c for c in sheets[CHART_TAB]), f  # … on the chart
                    continue
                assert not f[field] or any(norm(f[field]) in c for c in here), (f, field)


def test_batch392_org_chart_gives_the_holders():
    name = CHART_FILE
    chart = BATCH.sheet(name, CHART_TAB)
    rows, merges = chart["rows"], set(chart["merges"])
    assert BY_NAME[name]["truth"][0]["unit"] == CHART_UNIT
    assert rows[0][0] == f"{CHART_UNIT}组织机构及岗位人员图" and rows[1][0].startswith("（按")
    assert rows[-1][0].startswith("制图：")
    # the chart is boxes: one merged cell a 处室, no heading row, nothing else between them
    boxes = {}
    for dept, (r0, c0, r1, c1), posts in CHART_BOXES:
        assert (r0, c0, r1, c1) in merges and r1 > r0 and c1 > c0
        text = rows[r0][c0]
        assert text == box_text(dept, posts) and text.split("\n")[0] == dept
        for k, (post, who, _) in enumerate(posts, 1):
            label, value = text.split("\n")[k].split("：")
            assert label == spaced(post) and len(label) == 3 and value == who
        boxes[dept] = text
    inside = {(r, c) for _, (r0, c0, r1, c1), _ in CHART_BOXES for r in range(r0, r1 + 1)
              for c in range(c0, c1 + 1)}  # fmt: skip
    for r in range(2, len(rows) - 1):
        for c, v in enumerate(rows[r]):
            assert v is None or (r, c) in inside, (r, c, v)
    assert not any(v in LIST_HEAD for row in rows for v in row if v)
    assert all(len(row) == CHART_WIDTH for row in rows)
    # the list: no name column, its rows held by the person of its 处室's box and its post
    assert tuple(BATCH.sheet(name, LIST_TAB)["rows"][1]) == LIST_HEAD
    assert "姓名" not in LIST_HEAD and "责任人" not in LIST_HEAD
    people = chart_people()
    got = [(row[1], row[2], people[(row[1], row[2])][0], row[3], HML[row[5]])
           for row in BATCH.table(name, LIST_TAB)]  # fmt: skip
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型", LIST_TAB) == [r["types"] for r in BATCH.points(name)]
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == LIST_TAB
        assert f"{spaced(f['title'])}：{f['person']}" in boxes[f["department"]].split("\n")
        assert f["tier"] == people[(f["department"], f["title"])][1]
    # the same post in four 处室: only 处室 and post together find the holder
    heads = [f for f in BY_NAME[name]["truth"] if f["title"] == "主任"]
    assert len(heads) == 4 and len({f["department"] for f in heads}) == 4
    assert len({f["person"] for f in heads}) == 4
    assert {p for _, p, _ in CHART_ROWS} == {p for _, p in people}
    assert any(row[0] == LIST_NOTE for row in BATCH.rows(name, LIST_TAB))


def test_batch392_plain_tables_by_heading():
    cases = [
        ("qianxian_no2_middle_school_posts", {"dept": "处室", "post": "岗位", "point": "风险点"}),
        ("qianxian_kindergarten_every_row",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}),
        ("qianxian_vocational_center_duties",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}),
    ]  # fmt: skip
    for name, heads in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, "风险类型") == [r["types"] for r in BATCH.points(name)], name
    # the short 风险点 is the point (one row each), the long 风险表现 none; nobody
    name = "qianxian_no2_middle_school_posts"
    table = BATCH.table(name)
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in table} and len(points) == len(table)
    assert all(len(row[3]) < len(row[4]) for row in table)
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    assert {r[6] for r in table} == set(ROMAN)
    # every row written out, nothing merged down; bare grades read by the note
    name = "qianxian_kindergarten_every_row"
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])
    assert all(all(c is not None for c in row[:8]) for row in BATCH.numbered(name))
    assert {r[6] for r in BATCH.table(name)} == set(BARE)
    assert any(str(row[0]).startswith("注：风险等级Ⅰ为高") for row in BATCH.rows(name))
    assert BATCH.rows(name)[0] == ["附件1"]
    # 职责事项 no point
    name = "qianxian_vocational_center_duties"
    duties = {row[4] for row in BATCH.table(name)}
    assert not duties & {p["risk_point"] for p in BATCH.points(name)}
    assert {r[7] for r in BATCH.table(name)} == set(RISKS)


def test_batch392_leaders_and_staff_in_two_sheets():
    name = "qianxian_education_bureau_two_sheets"
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
    assert {r[5] for r in BATCH.table(name, "股室")} == set(GRADES)


def test_batch392_group_rows_give_the_department():
    name = "qianxian_no1_middle_school_groups"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and re.match(r"[一二三四]、", row[0]):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], HML[row[5]]))
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型") == [r["types"] for r in BATCH.points(name)]


def test_batch392_one_sheet_a_person():
    name = "qianxian_experimental_primary_cards"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["title"]
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"], "所在处室",
                           f["department"]]  # fmt: skip
        assert rows[2][0].startswith("岗位职责：")
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert {r[2] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
        assert not {p["risk_point"] for p in BATCH.points(name)} & {rows[2][0]}
    name = "qianxian_teacher_center_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"]
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][0] == f"单位：{f['unit']}"
        assert rows[2] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"], "所在部门",
                           f["department"]]  # fmt: skip
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        table = BATCH.table(name, f["sheet"])
        assert not {r[1] for r in table} & {p["risk_point"] for p in BATCH.points(name)}
        assert {r[4] for r in table} <= set(BANDS)


def test_batch392_is_read(tmp_path):
    BATCH.is_read(tmp_path)
