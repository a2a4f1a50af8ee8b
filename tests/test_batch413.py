"""The four-hundred-and-thirteenth batch of published layouts (tests/published/batch413.py): seven
ordinary files as the 财政 and 审计 bodies of one county (岚皋县) really send them — the 财政局's two
sheets ``局领导 | 股室`` with ``一级/二级/三级``, the 国库集中支付中心's 一览表 with ``科室`` merged,
``风险点 | 风险描述`` and ``高风险/中风险/低风险``, the 统计局's 责任清单 under group rows ``一、局领导`` …
with ``一级风险/二级风险/三级风险``, the 城关镇财政所's 防控卡 one sheet a holder with ``★★★/★★/★``, the
佐龙镇财政所's 自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 蔺河镇财政所's 排查表 对岗不对人 with
``风险点 | 风险表现`` and bare ``Ⅰ/Ⅱ/Ⅲ``, the 南宫山镇财政所's 一览表 written out on every row, the name
before the post and the type before the point — and one harder: the 审计局's ordinary 一览表 whose
MEASURES ARE WRITTEN ONCE A PERSON (one numbered list merged down over the holder's points) AND
WHOSE POINTS END WITH THE NUMBERS OF THEIR MEASURES (``…（对应措施2、3）``) (``python
tests/published/score.py --set batch413``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap11 at 57d6eaa
(main's newest when the batch was done; this worktree branched from dev, also at 57d6eaa).
``score.py --set batch413``:
``TOTAL                      forms  40/40  points  59/72  recall 0.82 precision 0.82 (59/72)  levels  59/59  types  59/59  noise 0``
and ``TOTAL forms=1.000 recall=0.819 precision=0.819 levels=1.000 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  40/40  points  59/72  recall 0.82 precision 0.82 (59/72)  levels  59/59  types  59/59  noise 0``
and ``TOTAL forms=1.000 recall=0.819 precision=0.819 levels=1.000 types=1.000 noise=0``.
The 9 files of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as
FILE_SKIPPED). SEVEN layouts read in full — every form, point, level and type, with ``--strict``
too — all seven ordinary ones; the harder one read every form (6/6) but no point (0/13). The truth
was not changed after measuring.

Missed, all in the harder ``langao_audit_bureau_measure_refs.xlsx`` (sheet 一览表; forms 6/6, points
0/13, precision 0/13): every ``廉政风险点`` cell E4–E16 was read WITH its closing bracket as the point
(risks.csv F00001–F00006, ``risk_point`` the whole cell), the truth being the text before it — E4
``…推迟审计（对应措施1）`` (truth ``审计项目计划安排受人情干扰，对特定单位不安排或推迟审计``), E5
``（对应措施2、3）``, E6 ``（对应措施1、3）``, E7 ``（对应措施1）``, E8 ``（对应措施2）``, E9
``（对应措施1、2）``, E10 ``（对应措施2）``, E11 ``（对应措施1）``, E12 ``（对应措施2）``, E13
``（对应措施1）``, E14 ``（对应措施1、2）``, E15 ``（对应措施1、2）``, E16 ``（对应措施3）`` each left on
the end of its point; so the 13 points miss on recall and the 13 read ones miss on precision. Their
holders, 股室, posts, tiers, levels (G4–G16, 高/中/低 read as Ⅰ/Ⅱ/Ⅲ级) and types (F4–F16) are the truth's,
and issues.csv says nothing of the brackets or the merged measures (no issue for the file). Kind:
the reader strips a point's trailing bracket only when it holds a level, a type, a holder, a state
or (when the heading asks) the point's 表现; a bracket holding the NUMBERS OF THE POINT'S MEASURES
(``（对应措施2、3）``, with the ``注：`` line saying so) is kept as part of the point.

Unscored besides: in the harder file every point of a holder got the holder's WHOLE numbered measure
list (the merged H cell, e.g. all three of the 局长's on E4–E6), not the items its bracket names. The
four 镇财政所 were read as unit ``岚皋县X镇`` with the 科室 ``财政所`` (the scorer takes this as the
truth's ``岚皋县X镇财政所`` with no 科室, even with ``--strict``), and their 所长 and 副所长 as 中层岗位
(F00007, F00018, F00022, F00023, F00038, F00039; truth leader) — the README's convention of a 站所 as a
镇's 科室 against this batch's 所 as a unit of its own. Every other unit, 科室, post and tier in
posts.csv is the truth's. The other issues are info only (TABLE_NO_TYPE on the untyped sheets,
GRADE_BLANK, FILE_SKIPPED for truth.json).

Generalised after this measurement: a point's closing bracket naming its measures by number
('（对应措施2、3）', '（措施：1—2）', '(见防控措施第3条)') is no part of the point, and the holder's numbered measures
written once give each point the items it names; test_a_point_naming_its_measures_by_number in
tests/test_columns.py says it in other words (a bracket of no numbers and a number the cell lacks
stay as written).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re
from collections import Counter

from published.batch413 import (
    BANDS,
    BARE,
    GRADES,
    LAYOUTS,
    REFS_HEAD,
    REFS_NAME,
    REFS_NOTE,
    REFS_OPEN,
    REFS_ROWS,
    REFS_TAB,
    REFS_UNIT,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.cells import cells, norm
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(413, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {REFS_NAME}
UNTYPED = {
    "langao_finance_bureau_two_sheets",
    "langao_chengguan_finance_office_cards",
    "langao_zuolong_finance_office_selfchecks",
}
NOBODY = {"langao_linhe_finance_office_posts"}
GAP = "\u3000"
REFS = re.compile(r"（对应措施(\d+(?:、\d+)*)）$")


def _without_refs(form, sheets):
    """The cells of the form's sheet, and in the harder file each cell without its closing
    ``（对应措施…）`` bracket."""
    here = sheets[form["sheet"]]
    if form["layout"] not in HARDER:
        return here
    return here | {c.split(norm(REFS_OPEN))[0] for c in here}


def test_batch413_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=411, unit_words=("岚皋县",), new_people=True)


def test_batch413_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 16), points_in=_without_refs)
    assert RESAVED == ()


def test_batch413_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch413_every_unit_is_of_langao_and_stands_in_its_sheet():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("岚皋县") for u in units)
    inbox = BATCH.inbox()
    for lay in LAYOUTS:
        sheets = cells(inbox / f"{lay['name']}.xlsx")
        for f in lay["truth"]:
            here = sheets[f["sheet"]]
            assert any(norm(f["unit"]) in c for c in here), lay["name"]
            for field in ("department", "title", "person"):
                assert not f[field] or any(norm(f[field]) in c for c in here), (f, field)
    # a 镇财政所 names no 科室
    for lay in LAYOUTS:
        if "财政所" in lay["truth"][0]["unit"]:
            assert {f["department"] for f in lay["truth"]} == {""}, lay["name"]
    # every holder's name is three characters
    assert all(len(p) == 3 for lay in LAYOUTS for p in BATCH.holders(lay["name"]) - {""})


def test_batch413_points_carry_the_numbers_of_their_measures():
    name = REFS_NAME
    assert BATCH.heading(name, REFS_TAB) == list(REFS_HEAD)
    sh = BATCH.sheet(name, REFS_TAB)
    rows = BATCH.filled(name, REFS_TAB)
    table = BATCH.table(name, REFS_TAB)
    point_col, measures_col = REFS_HEAD.index("廉政风险点"), REFS_HEAD.index("防控措施")
    # the point is the text before the bracket; the bracket is in every point cell, at its end
    got = []
    for row in table:
        cell = row[point_col]
        m = REFS.search(cell)
        assert m, cell
        point = cell[: m.start()]
        assert "（" not in point and "对应措施" not in point
        got.append((row[1], row[2], row[3], point, HML[row[6]]))
        # each number names an item of the holder's numbered measure list, merged beside it
        items = row[measures_col].split("\n")
        assert [re.match(r"(\d+)\.", i).group(1) for i in items] == [
            str(k) for k in range(1, len(items) + 1)
        ]
        assert all(1 <= int(k) <= len(items) for k in m.group(1).split("、"))
    assert got == BATCH.truth_rows(name)
    assert [[r[5]] for r in table] == [r["types"] for r in BATCH.points(name)]
    # the measures cell is merged down over exactly each holder's points (holders of 2+ points)
    head = BATCH.header(name, REFS_TAB)
    r = head + 1
    for dept, post, who, _tier, points, measures in REFS_ROWS:
        assert sh["rows"][r][measures_col] == "\n".join(
            f"{i}.{m}" for i, m in enumerate(measures, 1)
        )
        assert (r, measures_col, r + len(points) - 1, measures_col) in sh["merges"]
        assert all(sh["rows"][k][measures_col] is None for k in range(r + 1, r + len(points)))
        assert rows[r][1:4] == [dept, post, who]
        r += len(points)
    counts = [Counter(k for _, nums, _, _ in points for k in nums) for *_, points, _m in REFS_ROWS]
    assert sum(sum(c.values()) for c in counts) > len(table)  # some point has two measures
    assert any(n > 1 for c in counts for n in c.values())  # some measure serves two points
    # no measure text is a point; the note stands under the table
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[measures_col] for row in table}
    assert any(row[0] == REFS_NOTE for row in sh["rows"] if row)
    assert BY_NAME[name]["truth"][0]["unit"] == REFS_UNIT


def test_batch413_plain_tables_by_heading():
    cases = [
        ("langao_treasury_center_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类型"),
        ("langao_linhe_finance_office_posts", {"post": "岗位", "point": "风险点"}, "风险类型"),
        ("langao_nangongshan_finance_office_every_row",
         {"post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, types in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, types) == [r["types"] for r in BATCH.points(name)], name
    # the short point is the point (one row each), the long description none
    for name, short, long in (
        ("langao_treasury_center_list", 4, 5),
        ("langao_linhe_finance_office_posts", 2, 3),
    ):
        table = BATCH.table(name)
        points = {p["risk_point"] for p in BATCH.points(name)}
        assert not points & {row[long] for row in table} and len(points) == len(table)
        assert all(len(row[short]) < len(row[long]) for row in table)
    name = "langao_linhe_finance_office_posts"
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    assert {r[5] for r in BATCH.table(name)} == set(BARE)
    assert any(str(row[0]).startswith("注：风险等级Ⅰ为高") for row in BATCH.rows(name))
    name = "langao_treasury_center_list"
    first = BATCH.header(name) + 1
    assert (first, 1, first + 2, 1) in BATCH.sheet(name)["merges"]  # 中心领导 over three rows
    assert {r[7] for r in BATCH.table(name)} == set(BANDS)
    # every row written out, nothing merged below the title lines; name before post, type first
    name = "langao_nangongshan_finance_office_every_row"
    assert BATCH.rows(name)[0] == ["附件1"]
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])
    assert all(all(c is not None for c in row[:7]) for row in BATCH.numbered(name))
    head = BATCH.heading(name)
    assert head.index("姓名") + 1 == head.index("岗位")
    assert head.index("风险类型") + 1 == head.index("廉政风险点")
    assert {r[5] for r in BATCH.table(name)} == set(GRADES)


def test_batch413_leaders_and_staff_in_two_sheets():
    name = "langao_finance_bureau_two_sheets"
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


def test_batch413_group_rows_give_the_department():
    name = "langao_statistics_bureau_duty_list"
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


def test_batch413_one_sheet_a_person():
    name = "langao_chengguan_finance_office_cards"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["title"] and f["department"] == ""
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][0].startswith("岗位职责：")
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert {r[2] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
    name = "langao_zuolong_finance_office_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"] and f["department"] == ""
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f"岗{GAP}位", f"岗{GAP}位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["title"], f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        table = BATCH.table(name, f["sheet"])
        points = {p["risk_point"] for p in BATCH.points(name)}
        assert not {r[4] for r in table} & points
        assert {r[2] for r in table} <= set(ROMAN)


def test_batch413_is_read(tmp_path):
    BATCH.is_read(tmp_path)
