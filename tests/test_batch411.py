"""The four-hundred-and-eleventh batch of published layouts (tests/published/batch411.py): seven
ordinary files as the 自然资源 and 住建 bodies of one county (汉阴县) really send them — the
自然资源局's two sheets ``局领导 | 股室`` with ``一级/二级/三级``, the 住房和城乡建设局's 一览表 with ``股室``
merged, ``廉政风险点 | 风险表现`` and 高/中/低, the 城市管理执法大队's 责任清单 under group rows
``一、大队领导`` … with ``一级风险/二级风险/三级风险``, the 涧池镇规划建设站's 防控卡 one sheet a holder with
``★★★/★★/★``, the 平梁镇规划建设站's 排查表 对岗不对人 with ``风险点 | 风险表现`` and
``高风险/中风险/低风险``, the 漩涡镇规划建设站's 自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the
双河口镇规划建设站's 一览表 written out on every row with bare ``Ⅰ/Ⅱ/Ⅲ`` and a last ``责任人`` column — and
one harder: the 不动产登记中心's 自查表, one sheet a person, whose 科室 AND POST ARE GIVEN ONLY BY A
TICKED BOX among printed options (``所在科室 | □中心领导　□综合科　☑登记科　…`` and ``岗　位 | □主任　…
☑审核员　…``, one merged cell each, the same options on every sheet) (``python
tests/published/score.py --set batch411``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap11 at 57d6eaa
(main's newest when the batch was done; this worktree branched from dev at 229f54e).
``score.py --set batch411``:
``TOTAL                      forms  37/37  points  64/64  recall 1.00 precision 1.00 (64/64)  levels  64/64  types  64/64  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``; with
``--strict``:
``TOTAL                      forms  33/37  points  64/64  recall 1.00 precision 1.00 (64/64)  levels  64/64  types  64/64  noise 0``
and ``TOTAL forms=0.892 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``.
The 9 files of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as
FILE_SKIPPED). SEVEN layouts read in full — every form, point, level and type, with ``--strict``
too — all seven ordinary ones; the harder one read every form, point, level and type as the
lenient scorer keys them (by the holder), but no 科室 and no post: with ``--strict`` its forms are
0/4. The truth was not changed after measuring.

Missed, all in the harder ``hanyin_registration_center_ticked_fields.xlsx`` (``--strict`` only:
forms 0/4; points 9/9, levels 9/9, types 9/9), cell by cell — on each sheet the 科室 is the merged
cell B3:F3 beside ``所在科室`` and the post the merged cell B4:F4 beside ``岗　位``, and the reader
took each cell's whole text, every option with its box, as the 科室 and as the post (posts.csv;
the post with its full-width spaces squeezed out):

- sheet 訾淏岍 (F00021): B3 read ``☑中心领导　□综合科　□登记科　□权籍调查科　□档案信息科``, truth
  ``中心领导``; B4 read ``☑主任□副主任□科长□受理员□审核员□登簿员□档案管理员``, truth ``主任`` (the form
  is missed on the post: a leader's 科室 is not compared); tier read 一般岗位, truth leader;
- sheet 钭瑀渟 (F00022): B3 read ``□中心领导　□综合科　☑登记科　□权籍调查科　□档案信息科``, truth
  ``登记科``; B4 read ``□主任□副主任☑科长□受理员□审核员□登簿员□档案管理员``, truth ``科长``; tier read
  一般岗位, truth middle;
- sheet 闾琰晞 (F00023): B3 read ``□中心领导　□综合科　☑登记科　□权籍调查科　□档案信息科``, truth
  ``登记科``; B4 read ``□主任□副主任□科长□受理员☑审核员□登簿员□档案管理员``, truth ``审核员``;
- sheet 殳湉璠 (F00024): B3 read ``□中心领导　□综合科　□登记科　□权籍调查科　☑档案信息科``, truth
  ``档案信息科``; B4 read ``□主任□副主任□科长□受理员□审核员□登簿员☑档案管理员``, truth ``档案管理员``.

Kind: a 科室 or post field written as a row of boxed options in one cell with ONE ticked
(``□A　☑B　□C``) is taken as typed, the whole list for the value — the reader resolves such ticks
for levels, types and points, not for the fields that say who holds the post — so every 科室 and post
of the file is the template's full list (the tiers then fall to 一般岗位), and issues.csv says nothing
of it (only info GRADE_BLANK on the four sheets).

Unscored besides: the heads of the four 镇规划建设站s (``站长``, F00007, F00017, F00025, F00035) and the
双河口镇 station's ``副站长`` (F00026) read 中层岗位 (truth leader); the stations were written as unit
``汉阴县X镇``, 科室 ``规划建设站`` (the scorer takes both ways as one). Every other unit, 科室, post and
tier in posts.csv is the truth's (局领导, 大队领导 as the 科室 of those leaders; 股长 and 中队长 中层岗位).
The other issues are info only (TABLE_NO_TYPE on the untyped sheets, GRADE_BLANK on the cards and
the 自查表s, FILE_SKIPPED for truth.json).

Generalised after this measurement: a header field of printed options with one ticked
('□中心领导　☑登记科　□综合科') now reads as the ticked option, so the card's 科室 and post (and with them the
tier) are read; test_a_field_of_printed_options_takes_the_ticked_one in tests/test_columns.py says
it in other words (boxes after the words, √ for the tick, nothing ticked).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch411 import (
    BANDS,
    BARE,
    BOX,
    GAP,
    GRADES,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    TICK,
    TICK_DEPT_LABEL,
    TICK_DEPTS,
    TICK_HEAD,
    TICK_NAME,
    TICK_NOTE,
    TICK_PEOPLE,
    TICK_POST_LABEL,
    TICK_POSTS,
    TICK_UNIT,
    build,
    ticked,
)
from published.cells import cells, norm
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(411, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {TICK_NAME}
UNTYPED = {
    "hanyin_natural_resources_bureau_two_sheets",
    "hanyin_jianchi_station_cards",
    "hanyin_xuanwo_station_selfchecks",
}
NOBODY = {"hanyin_pingliang_station_posts"}


def test_batch411_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=411, unit_words=("汉阴县",), new_people=True)


def test_batch411_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch411_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch411_every_unit_is_of_hanyin_and_stands_in_its_sheet():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("汉阴县") for u in units)
    inbox = BATCH.inbox()
    for lay in LAYOUTS:
        sheets = cells(inbox / f"{lay['name']}.xlsx")
        for f in lay["truth"]:
            here = sheets[f["sheet"]]
            assert any(norm(f["unit"]) in c for c in here), lay["name"]
            for field in ("department", "title", "person"):
                assert not f[field] or any(norm(f[field]) in c for c in here), (f, field)
    # the stations name no 科室: each is a unit of its own
    for lay in LAYOUTS:
        if "station" in lay["name"]:
            assert {f["department"] for f in lay["truth"]} == {""}, lay["name"]


def test_batch411_department_and_post_only_ticked():
    name = TICK_NAME
    forms = BY_NAME[name]["truth"]
    assert [f["person"] for f in forms] == [p[0] for p in TICK_PEOPLE]
    assert {f["unit"] for f in forms} == {TICK_UNIT}
    options = set()
    for f in forms:
        rows = BATCH.filled(name, f["sheet"])
        assert f["sheet"] == f["person"]
        assert rows[1][:2] == [f"姓{GAP}名", f["person"]]
        dept_row, post_row = rows[2], rows[3]
        assert dept_row[0] == TICK_DEPT_LABEL and post_row[0] == TICK_POST_LABEL
        assert BATCH.merged(name, f["sheet"], 2, 1, 5) and BATCH.merged(name, f["sheet"], 3, 1, 5)
        # every option printed, behind a box; ONE ticked, the truth's
        for cell, opts, want in (
            (dept_row[1], TICK_DEPTS, f["department"]),
            (post_row[1], TICK_POSTS, f["title"]),
        ):
            assert [p[1:] for p in cell.split(GAP)] == list(opts)
            assert all(p[0] in (TICK, BOX) for p in cell.split(GAP))
            assert ticked(cell) == [want]
            assert cell.count(TICK) == 1 and cell.count(BOX) == len(opts) - 1
            options.add(re.sub(f"[{TICK}{BOX}]", "", cell))
        # the 科室 and post stand in no other cell of the sheet as a whole cell
        values = {str(v) for row in BATCH.sheet(name, f["sheet"])["rows"] for v in row if v}
        assert f["department"] not in values and f["title"] not in values
        # the rest is an ordinary self-check
        assert rows[4] == list(TICK_HEAD)
        got = BATCH.by_heading(
            name,
            {"point": "廉政风险点"},
            f["sheet"],
            fixed={"dept": f["department"], "post": f["title"], "person": f["person"]},
        )
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [r["types"] for r in f["risks"]]
        assert [row[0] for row in rows].count(TICK_NOTE) == 1
    # the same template on every sheet: the options do not change, only the tick moves
    assert len(options) == 2
    assert {f["department"] for f in forms} >= {"中心领导", "登记科", "档案信息科"}
    assert len({(f["department"], f["title"]) for f in forms}) == len(forms)
    # 中心领导 is the 主任's 科室; a 科长 is middle; the rest general
    tiers = {f["title"]: f["tier"] for f in forms}
    assert tiers == {
        "主任": "leader",
        "科长": "middle",
        "审核员": "general",
        "档案管理员": "general",
    }


def test_batch411_plain_tables_by_heading():
    cases = [
        ("hanyin_housing_bureau_list",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("hanyin_pingliang_station_posts", {"post": "岗位", "point": "风险点"}, "风险类型"),
        ("hanyin_shuanghekou_station_every_row",
         {"post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, types in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, types) == [r["types"] for r in BATCH.points(name)], name
    # the short point is the point (one row each), the long 风险表现 none
    for name, short, long in (
        ("hanyin_housing_bureau_list", 4, 5),
        ("hanyin_pingliang_station_posts", 2, 3),
    ):
        table = BATCH.table(name)
        points = {p["risk_point"] for p in BATCH.points(name)}
        assert not points & {row[long] for row in table} and len(points) == len(table)
        assert all(len(row[short]) < len(row[long]) for row in table)
    name = "hanyin_pingliang_station_posts"
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    assert {r[5] for r in BATCH.table(name)} == set(BANDS)
    name = "hanyin_housing_bureau_list"
    first = BATCH.header(name) + 1
    assert (first + 1, 1, first + 3, 1) in BATCH.sheet(name)["merges"]  # 住房保障股 over three rows
    assert {r[7] for r in BATCH.table(name)} == set(HML)
    # every row written out, nothing merged below the title lines; the holder LAST
    name = "hanyin_shuanghekou_station_every_row"
    assert BATCH.rows(name)[0] == ["附件1"]
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])
    assert all(all(c is not None for c in row[:7]) for row in BATCH.numbered(name))
    assert BATCH.heading(name)[-1] == "责任人"
    assert {r[4] for r in BATCH.table(name)} == set(BARE)
    assert any(str(row[0]).startswith("注：风险等级Ⅰ为高") for row in BATCH.rows(name))


def test_batch411_leaders_and_staff_in_two_sheets():
    name = "hanyin_natural_resources_bureau_two_sheets"
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
    assert {r[5] for r in BATCH.table(name, "股室")} <= set(GRADES)


def test_batch411_group_rows_give_the_department():
    name = "hanyin_urban_enforcement_duty_list"
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


def test_batch411_one_sheet_a_person():
    name = "hanyin_jianchi_station_cards"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["title"] and f["department"] == ""
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][0].startswith("岗位职责：")
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert {r[2] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
    name = "hanyin_xuanwo_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"] and f["department"] == ""
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:5] == [f"姓{GAP}名", f["person"], f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][0] == "填表时间"
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        table = BATCH.table(name, f["sheet"])
        points = {p["risk_point"] for p in BATCH.points(name)}
        assert not {r[1] for r in table} & points and not {r[5] for r in table} & points
        assert {r[3] for r in table} <= set(ROMAN)


def test_batch411_is_read(tmp_path):
    BATCH.is_read(tmp_path)
