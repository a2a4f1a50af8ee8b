"""The three-hundred-and-sixty-ninth batch of published layouts (tests/published/batch369.py): seven
ordinary files as the 林业 and 生态 bodies of one county (周至县) really send them — the 国有九峰林场's
防控卡 one sheet a holder with two rows of pairs, ``…风险`` types and ``★★★/★★/★``, the 黑河湿地自然
保护区管理站's 一览表 under group rows with short types and 高/中/低, the 林业工作站's 自查表 one sheet a
person with one row of three pairs and ``高风险/中风险/低风险``, the 哑柏镇林业站's 排查表 对岗不对人 with
``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 国有板房子林场's two sheets ``场领导 | 股室`` with
``一级/二级/三级``, the 老县城自然保护区管理站's 责任清单 with ``一级风险/二级风险/三级风险`` and a last
``责任领导`` column, the 森林病虫害防治检疫站's 一览表 written out on every row with bare ``Ⅰ/Ⅱ/Ⅲ`` — and
one harder: the 林业局's 一览表 with no level column, whose levels are given by a note under the
table that QUOTES THE POINTS (``“征占用林地审核”…为一级风险点；“造林苗木采购”…为二级风险点；其余为
三级风险点。``) (``python tests/published/score.py --set batch369``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap at 754d979
(dev's newest when the batch was done; main's newest is f5cd0ec, an ancestor of it; this worktree
branched from dev at 754d979). ``score.py --set batch369``:
``TOTAL                      forms  37/37  points  64/64  recall 1.00 precision 1.00 (64/64)  levels  51/64  types  64/64  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.797 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  37/37  points  64/64  recall 1.00 precision 1.00 (64/64)  levels  51/64  types  64/64  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.797 types=1.000 noise=0``. The 9 files
of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as FILE_SKIPPED). The seven
ordinary layouts read in full — every form, point, level and type, with ``--strict`` too. The
truth was not changed after measuring.

Missed, all in the harder ``zhouzhi_forestry_bureau_levels_named_in_note.xlsx`` (sheet 一览表):
levels 0/13 (forms 8/8, points 13/13, precision 13/13, types 13/13: every holder, 股室, post, tier,
short 风险点, its 风险表现 as the description and its type read right, F00010–F00017). The reader
found no level column and left every level blank, raising an error ``LEVEL_BLANK`` (``风险级别未填写``)
at E3…E15 (the 风险点 cells); the merged note at A16 (``注：经局党组会议研究评定，“征占用林地审核”…
为一级风险点；“造林苗木采购”…为二级风险点；其余为三级风险点。``) was passed over as a note — no point,
no issue, and its quoted words were not taken for level words either (the 风险点 column stayed the
point column):

- blank, truth 1: E5 ``征占用林地审核``, E6 ``天然林保护工程项目验收``, E7 ``林木采伐许可审核``,
  E14 ``生态公益林补偿资金兑付``;
- blank, truth 2: E3 ``林业项目资金分配``, E10 ``野生动物人工繁育许可初审``, E12 ``造林苗木采购``,
  E15 ``森林防火物资采购``;
- blank, truth 3 (the note's ``其余``): E4 ``干部选拔任用``, E8 ``木材运输监管``, E9 ``伐区调查设计复核``,
  E11 ``古树名木移植审核``, E13 ``造林检查验收``.

Kind (one): a table with no level column whose note grades the points by quoting their 风险点
(``“…”“…”为一级风险点；…其余为三级风险点``) is read as an ungraded table — the note is not looked at
for the levels (as one by 序号 or by rank would be), so every point's level is blank and reported as
missing.

Unscored besides: the 哑柏镇林业站's list was read as unit ``周至县哑柏镇`` with 科室 ``林业站`` (the other
way the scorer accepts for a 镇's 站所; the truth has unit ``周至县哑柏镇林业站`` and no 科室), and so its
``站长`` as 中层岗位 (the 镇's 站所 head; the truth, taking the 站 as the unit, has him a leader); every
other unit, 科室, post and tier as the truth has it. The other issues are info only (TABLE_NO_TYPE
on the three untyped sheets, GRADE_BLANK on the three cards and the three 自查表, FILE_SKIPPED for
truth.json).

Generalised after this measurement: a note under the list grading the points it names in quotes, '其余' the rest (info LEVEL_BY_NAME; tests/test_columns.py::test_a_note_grading_the_points_it_names_in_quotes); the harder layout now reads in full.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch369 import (
    BANDS,
    BARE,
    GRADES,
    LAYOUTS,
    NOTE,
    NOTE_FIRST,
    NOTE_HEAD,
    NOTE_ROWS,
    NOTE_SECOND,
    NOTE_UNIT,
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
BATCH = Batch(369, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
NOTE_FILE = "zhouzhi_forestry_bureau_levels_named_in_note"
HARDER = {NOTE_FILE}
UNTYPED = {"zhouzhi_banfangzi_forest_farm_two_sheets", "zhouzhi_forest_pest_station_every_row"}
NOBODY = {"zhouzhi_yabai_town_forestry_station_posts"}
GAP = "\u3000"


def test_batch369_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=367, unit_words=("周至县",), new_people=True)


def test_batch369_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(6, 14))
    assert RESAVED == ()


def test_batch369_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch369_every_unit_is_of_zhouzhi_and_stands_in_its_sheet():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("周至县") for u in units)
    inbox = BATCH.inbox()
    for lay in LAYOUTS:
        sheets = cells(inbox / f"{lay['name']}.xlsx")
        for f in lay["truth"]:
            here = sheets[f["sheet"]]
            assert any(norm(f["unit"]) in c for c in here), lay["name"]
            for field in ("department", "title", "person"):
                assert not f[field] or any(norm(f[field]) in c for c in here), (f, field)


def test_batch369_levels_are_named_in_the_note():
    name = NOTE_FILE
    sh = BATCH.sheet(name)
    head = BATCH.header(name)
    assert tuple(sh["rows"][head]) == NOTE_HEAD
    assert not any(h in NOTE_HEAD for h in ("风险等级", "风险级别", "等级", "级别"))
    table = BATCH.table(name)
    # no cell of the table is a level word: the level stands only in the note
    assert not any(c in LEVELS for row in table for c in row)
    # the note, merged across under the table, quotes whole 风险点 cells, none twice
    rows = BATCH.filled(name)
    at = next(r for r, row in enumerate(rows) if row[0] == NOTE)
    assert at == head + len(table) + 1 and BATCH.merged(name, 0, at, 0, len(NOTE_HEAD) - 1)
    quoted = re.findall(r"“([^”]+)”", NOTE)
    assert quoted == [*NOTE_FIRST, *NOTE_SECOND] and len(set(quoted)) == len(quoted)
    points = [row[4] for row in table]
    assert set(quoted) < set(points) and len(set(points)) == len(points)
    assert NOTE.index("为一级风险点") < NOTE.index("为二级风险点") < NOTE.index("其余为三级风险点")
    # quoted in another order than the table's
    assert [p for p in points if p in NOTE_FIRST] != list(NOTE_FIRST)
    # every point takes the note's level: the named ones 1 or 2, the rest 3
    want = {p: 1 if p in NOTE_FIRST else 2 if p in NOTE_SECOND else 3 for p in points}
    got = BATCH.answers(name)
    assert {p: got[p][3] for p in points} == want
    assert {1, 2, 3} == set(want.values()) and list(want.values()).count(3) >= 3
    # the short 风险点 is the point, the long 风险表现 none; holders, posts, 股室 by the columns
    heads = dict(zip(NOTE_HEAD, range(len(NOTE_HEAD)), strict=True))
    truth = [(d, t, p, pt, lv) for d, t, p, pt, lv in BATCH.truth_rows(name)]
    assert truth == [
        (row[heads["股室"]], row[heads["岗位"]], row[heads["姓名"]], row[4], want[row[4]])
        for row in table
    ]
    assert not {p["risk_point"] for p in BATCH.points(name)} & {row[5] for row in table}
    assert all(len(row[4]) < len(row[5]) for row in table)
    assert [r["types"] for r in BATCH.points(name)] == [types_in(row[6]) for row in table]
    assert BY_NAME[name]["truth"][0]["unit"] == NOTE_UNIT
    assert sum(len(p) for *_, p in NOTE_ROWS) == len(table)


def test_batch369_plain_tables_by_heading():
    cases = [
        ("zhouzhi_laoxiancheng_reserve_station_duties",
         {"dept": "责任股室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("zhouzhi_yabai_town_forestry_station_posts", {"post": "岗位", "point": "风险点"}, "风险类型"),
        ("zhouzhi_forest_pest_station_every_row",
         {"dept": "股室", "post": "岗位", "person": "责任人", "point": "风险点"}, None),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the 责任领导 column names the 站长 on every row: a supervisor, holder of his own rows only
    name = "zhouzhi_laoxiancheng_reserve_station_duties"
    table = BATCH.table(name)
    assert BATCH.heading(name)[-1] == "责任领导" and len({row[-1] for row in table}) == 1
    assert sum(row[-1] != row[3] for row in table) >= len(table) // 2
    assert {r[7] for r in table} == set(RISKS)
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[4] for r in table}  # 职责事项
    # the short 风险点 is the point (one row each), the long 风险表现 none; nobody, no 股室
    name = "zhouzhi_yabai_town_forestry_station_posts"
    table = BATCH.table(name)
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[3] for row in table} and len(points) == len(table)
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    assert {f["department"] for f in BY_NAME[name]["truth"]} == {""}
    assert {r[5] for r in table} == set(ROMAN)
    # every row written out, nothing merged down; bare grades read by the note
    name = "zhouzhi_forest_pest_station_every_row"
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])
    assert all(all(c is not None for c in row[:5]) for row in BATCH.numbered(name))
    assert {r[5] for r in BATCH.table(name)} == set(BARE)
    assert any(str(row[0]).startswith("注：风险等级Ⅰ为高") for row in BATCH.rows(name))
    # the 板房子林场's two sheets
    name = "zhouzhi_banfangzi_forest_farm_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "廉政风险点"},
        "场领导",
        fixed={"dept": "场领导"},
    )
    assert got == BATCH.truth_rows(name, "场领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    works = {r[3] for r in BATCH.table(name, "场领导")}
    assert not {p["risk_point"] for p in BATCH.points(name)} & works  # 分管工作 no point


def test_batch369_group_rows_give_the_department():
    name = "zhouzhi_heihe_wetland_station_group_rows"
    rows, dept, got = BATCH.filled(name), None, []
    for r, row in enumerate(rows[BATCH.header(name) + 1 :], BATCH.header(name) + 1):
        if isinstance(row[0], str) and row[0][1:2] == "、":
            dept = row[0][2:]
            assert BATCH.merged(name, 0, r, 0, 6)
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], HML[row[5]]))
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型") == [r["types"] for r in BATCH.points(name)]


def test_batch369_one_sheet_a_person():
    name = "zhouzhi_jiufeng_forest_farm_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:3] == ["所在股室", f["department"], "持卡时间"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        assert {r[3] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
    name = "zhouzhi_forestry_workstation_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"]
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == [f"姓{GAP}名", f["person"], "所在股室", f["department"], f"岗{GAP}位",
                           f["title"]]  # fmt: skip
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        table = BATCH.table(name, f["sheet"])
        assert not {r[5] for r in table} & {p["risk_point"] for p in BATCH.points(name)}
        assert {r[3] for r in table} <= set(BANDS) and all(types_in(r[2]) for r in table)


def test_batch369_is_read(tmp_path):
    BATCH.is_read(tmp_path)
