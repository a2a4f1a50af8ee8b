"""The three-hundred-and-seventy-third batch of published layouts (tests/published/batch373.py): seven
ordinary files as the 教育 and 体育 bodies of one county (富平县) really send them — the 迤山中学's 一览表
under group rows with short types and 高/中/低, the 立诚中学's 自查表 one sheet a person with two rows of
pairs and ``高风险/中风险/低风险``, the 职业教育中心's 责任清单 with ``一级风险/二级风险/三级风险`` and a last
``监督责任人`` column, the 体育运动学校's 防控卡 one sheet a holder with ``★★★/★★/★``, the 庄里镇中心学校's
排查表 对岗不对人 with ``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 美原镇中心学校's two sheets
``校级领导 | 处室`` with 高/中/低, the 流曲镇中心学校's 一览表 written out on every row with bare ``Ⅰ/Ⅱ/Ⅲ`` — and
one harder: the 教育和体育局's 一览表 SAVED WITH ITS AUTOFILTER ON, filtered to one 股室, so that ten of
its fourteen rows are rows hidden by the filter (``python tests/published/score.py --set batch373``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap at 15b70e2
(dev's newest when the batch was done; main's newest is f5cd0ec, an ancestor of it; this worktree
branched from dev at 15b70e2). ``score.py --set batch373``:
``TOTAL                      forms  47/47  points  74/74  recall 1.00 precision 1.00 (74/74)  levels  74/74  types  74/74  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  47/47  points  74/74  recall 1.00 precision 1.00 (74/74)  levels  74/74  types  74/74  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``. The 9 files
of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as FILE_SKIPPED). All eight
layouts read in full — every form, point, level and type, with ``--strict`` too — the harder one
included: in ``fuping_education_bureau_saved_filtered.xlsx`` (sheet 一览表) the ten rows hidden by
the saved filter (A3:H8 and A13:H16, the 局领导, 办公室, 人事股, 基础教育股 and 体育股 rows) were read as
points like the four shown (A9:H12, the 计划财务股's 序号 7–10), each with its 股室, post, holder,
level and type (forms 10/10, points 14/14, precision 14/14, levels 14/14, types 14/14); no issue at
all was raised for the file, so the reader neither dropped the filtered rows nor remarked on the
filter. The truth was not changed after measuring.

Missed (scored): nothing.

Unscored besides (posts.csv against the truth): the leaders under the 迤山中学's group row
``一、校级领导`` (校长 訾砚翀, 副校长 苌岫珉) and on the 美原镇中心学校's sheet ``校级领导`` (校长 邴玉琮,
副校长 沃若霖) were read with NO 科室 (the truth, by its judgement call, has 科室 ``校级领导``; --strict
does not count it against them) — a leaders' group named by a group row or by a tab is left as no
科室 rather than taken for one; and in the 庄里镇中心学校's list (对岗不对人) the post ``总务主任`` was read
as 领导岗位 (the truth has him middle, a 处's 主任) — apparently a ``…主任`` with no 科室 beside it taken for the
head of the body. Every unit, every other 科室, post and tier as the truth has it. The other issues
are info only (TABLE_NO_TYPE on the six untyped sheets, GRADE_BLANK on the four 自查表 and the three
cards, FILE_SKIPPED for truth.json).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re
import zipfile

from published.batch373 import (
    BANDS,
    BARE,
    FILTER_HEAD,
    FILTER_ROWS,
    FILTER_SHOWN,
    FILTER_UNIT,
    GRADES,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    VOC_CHIEF,
    VOC_DEPUTY,
    build,
)
from published.cells import cells, norm
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(373, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
FILTERED = "fuping_education_bureau_saved_filtered"
HARDER = {FILTERED}
UNTYPED = {
    "fuping_vocational_center_duties",
    "fuping_sports_school_cards",
    "fuping_meiyuan_town_school_two_sheets",
}
NOBODY = {"fuping_zhuangli_town_school_posts"}
GAP = "\u3000"


def test_batch373_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=371, unit_words=("富平县",), new_people=True)


def test_batch373_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(6, 14))
    assert RESAVED == ()


def test_batch373_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch373_every_unit_is_of_fuping_and_stands_in_its_sheet():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("富平县") for u in units)
    inbox = BATCH.inbox()
    for lay in LAYOUTS:
        sheets = cells(inbox / f"{lay['name']}.xlsx")
        for f in lay["truth"]:
            here = sheets[f["sheet"]]
            assert any(norm(f["unit"]) in c for c in here), lay["name"]
            for field in ("department", "title", "person"):
                assert not f[field] or any(norm(f[field]) in c for c in here), (f, field)


def test_batch373_the_bureau_list_is_saved_filtered():
    name = FILTERED
    sh = BATCH.sheet(name)
    head = BATCH.header(name)
    assert tuple(sh["rows"][head]) == FILTER_HEAD
    table = BATCH.table(name)
    assert len(table) == len(FILTER_ROWS) == 14
    # an ordinary list written out on every row: nothing merged below the title
    assert all(m[0] == m[2] == 0 for m in sh["merges"])
    assert all(all(c is not None for c in row) for row in BATCH.numbered(name))
    # the autofilter covers the header and every table row; its criterion shows one 股室
    first, last = head + 1, head + len(table)
    assert sh["autofilter"] == (head, 0, last, len(FILTER_HEAD) - 1)
    assert sh["filter"] == (FILTER_HEAD.index("股室"), [FILTER_SHOWN])
    assert sh["freeze"] == head + 1
    rows = sh["rows"]
    hidden = set(sh["hidden_rows"])
    assert hidden == {r for r in range(first, last + 1) if rows[r][1] != FILTER_SHOWN}
    shown = [rows[r][0] for r in range(first, last + 1) if r not in hidden]
    assert shown == [7, 8, 9, 10] and len(hidden) == 10
    depts = {rows[r][1] for r in hidden}
    assert depts == {"局领导", "办公室", "人事股", "基础教育股", "体育股"}
    # no row of the sheet says why rows are hidden: the rows under the table are a sign-off line
    assert not any("隐藏" in str(c) or "筛选" in str(c) for row in rows for c in row if c)
    assert rows[last + 1][0] == "填表人：" and len(rows) == last + 2
    # every row is a point, hidden or shown: 14 points, 10 forms, six 股室
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型") == [r["types"] for r in BATCH.points(name)]
    truth = BY_NAME[name]["truth"]
    assert len(truth) == 10 and len({f["department"] for f in truth}) == 6
    assert sum(len(f["risks"]) for f in truth if f["department"] != FILTER_SHOWN) == 10
    assert truth[0]["unit"] == FILTER_UNIT and {r[6] for r in table} == set(GRADES)


def test_batch373_the_filter_is_in_the_workbook():
    """The built .xlsx carries the filter as Excel saves it: an ``<autoFilter>`` over the table
    with the 股室 column's criterion, the hidden rows marked hidden, a frozen header."""
    name = FILTERED
    sh = BATCH.sheet(name)
    with zipfile.ZipFile(BATCH.inbox() / f"{name}.xlsx") as z:
        xml = z.read("xl/worksheets/sheet1.xml").decode("utf-8")
        book = z.read("xl/workbook.xml").decode("utf-8")
    r0, _, r1, _ = sh["autofilter"]
    assert f'<autoFilter ref="A{r0 + 1}:H{r1 + 1}">' in xml
    assert f'<filterColumn colId="1"><filters><filter val="{FILTER_SHOWN}"/>' in xml
    assert "_xlnm._FilterDatabase" in book
    hidden = {int(r) - 1 for r in re.findall(r'<row r="(\d+)"[^>]*hidden="1"', xml)}
    assert hidden == set(sh["hidden_rows"])
    assert '<pane ySplit="2" topLeftCell="A3"' in xml


def test_batch373_plain_tables_by_heading():
    cases = [
        ("fuping_vocational_center_duties",
         {"dept": "责任科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, None),
        ("fuping_zhuangli_town_school_posts", {"post": "岗位", "point": "风险点"}, "风险类型"),
        ("fuping_liuqu_town_school_every_row",
         {"dept": "处室", "post": "岗位", "person": "责任人", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the 监督责任人 column names a supervisor: the 党总支 over the leaders, a leader over a 科室
    name = "fuping_vocational_center_duties"
    table = BATCH.table(name)
    assert BATCH.heading(name)[-1] == "监督责任人"
    assert {row[-1] for row in table} == {"中心党总支", VOC_CHIEF, VOC_DEPUTY}
    assert all(row[-1] != row[3] for row in table)
    assert {r[6] for r in table} == set(RISKS)
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[4] for r in table}  # 职责事项
    # the short 风险点 is the point (one row each), the long 风险表现 none; nobody, no 处室
    name = "fuping_zhuangli_town_school_posts"
    table = BATCH.table(name)
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[3] for row in table} and len(points) == len(table)
    assert all(len(row[2]) < len(row[3]) for row in table)
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    assert {f["department"] for f in BY_NAME[name]["truth"]} == {""}
    assert {r[5] for r in table} == set(ROMAN)
    # every row written out, nothing merged down; bare grades read by the note
    name = "fuping_liuqu_town_school_every_row"
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])
    assert all(all(c is not None for c in row[:5]) for row in BATCH.numbered(name))
    assert {r[6] for r in BATCH.table(name)} == set(BARE)
    assert any(str(row[0]).startswith("注：风险等级Ⅰ为高") for row in BATCH.rows(name))
    # the 美原 school's two sheets
    name = "fuping_meiyuan_town_school_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "廉政风险点"},
        "校级领导",
        fixed={"dept": "校级领导"},
    )
    assert got == BATCH.truth_rows(name, "校级领导")
    heads = {"dept": "处室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "处室") == BATCH.truth_rows(name, "处室")
    works = {r[3] for r in BATCH.table(name, "校级领导")}
    assert not {p["risk_point"] for p in BATCH.points(name)} & works  # 分管工作 no point


def test_batch373_group_rows_give_the_department():
    name = "fuping_yishan_high_school_group_rows"
    rows, dept, got = BATCH.filled(name), None, []
    for r, row in enumerate(rows[BATCH.header(name) + 1 :], BATCH.header(name) + 1):
        if isinstance(row[0], str) and row[0][1:2] == "、":
            dept = row[0][2:]
            assert BATCH.merged(name, 0, r, 0, 6)
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], HML[row[5]]))
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型") == [r["types"] for r in BATCH.points(name)]


def test_batch373_one_sheet_a_person():
    name = "fuping_sports_school_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:3] == ["所在科室", f["department"], "持卡时间"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert {r[2] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
    name = "fuping_licheng_high_school_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"]
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], "所在处室", f["department"]]
        assert rows[2][:3] == [f"职{GAP}务", f["title"], "填表时间"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        table = BATCH.table(name, f["sheet"])
        assert not {r[5] for r in table} & {p["risk_point"] for p in BATCH.points(name)}
        assert {r[3] for r in table} <= set(BANDS) and all(types_in(r[2]) for r in table)


def test_batch373_is_read(tmp_path):
    BATCH.is_read(tmp_path)
