"""The three-hundred-and-ninety-seventh batch of published layouts (tests/published/batch397.py): seven
ordinary files as the 交通 and 城建 bodies of one county (旬邑县) really send them — the 交通运输局's
一览表 under ``附件1`` with 高/中/低, the 住房和城乡建设局's two sheets ``局领导 | 股室`` with
``Ⅰ级/Ⅱ级/Ⅲ级``, the 城市管理局's 责任清单 under group rows ``一、局领导`` … with
``一级风险/二级风险/三级风险``, the 公路段's 排查表 对岗不对人 with ``风险点 | 风险表现`` and
``高风险/中风险/低风险``, the 公交公司's 防控卡 one sheet a holder with ``★★★/★★/★``, the
交通运输综合执法大队's 自查表 one sheet a person with ``一级/二级/三级``, the 城市管理综合执法大队's
一览表 written out on every row with bare ``Ⅰ/Ⅱ/Ⅲ`` — and one harder: the 建设工程质量安全监督站's
一览表 whose one risk column ``廉政风险点（括号内注明主要表现）`` holds in each cell the short point
followed by its long description IN FULL-WIDTH BRACKETS at the end of the cell
(``竣工验收监督（参加验收不到现场，…）``), the point being the text before the bracket
(``python tests/published/score.py --set batch397``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap6 at d141f22
(dev's newest when the batch was done; this worktree branched from dev at d141f22).
``score.py --set batch397``:
``TOTAL                      forms  38/38  points  56/65  recall 0.86 precision 0.86 (56/65)  levels  56/56  types  56/56  noise 0``
and ``TOTAL forms=1.000 recall=0.862 precision=0.862 levels=1.000 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  38/38  points  56/65  recall 0.86 precision 0.86 (56/65)  levels  56/56  types  56/56  noise 0``
and ``TOTAL forms=1.000 recall=0.862 precision=0.862 levels=1.000 types=1.000 noise=0``. The 9
files of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as FILE_SKIPPED). The
SEVEN ORDINARY layouts read in full — every form, point, level and type, with ``--strict`` too
(every 科室 and post as the truth's). The truth was not changed after measuring.

Missed, all in the harder ``xunyi_quality_station_bracketed_descriptions.xlsx`` (sheet 一览表;
forms 6/6, points 2/11, precision 2/11, levels and types 2/2 of the points matched): the nine cells
of ``廉政风险点（括号内注明主要表现）`` that end in a bracket were each read WHOLE as the point, bracket
and all — E4 read ``工程质量安全监督计划安排（对关系企业承建的工程少安排或不安排巡查，监督计划照顾熟人）``
(truth ``工程质量安全监督计划安排``), E5 ``质量安全事故调查处理（…）`` (truth ``质量安全事故调查处理``),
E6 ``竣工验收监督（…）`` (truth ``竣工验收监督``), E8 ``工程实体和资料抽查（…）`` (truth
``工程实体和资料抽查``), E9 ``整改复查销号（…）`` (truth ``整改复查销号``), E10 ``见证取样监督（…）``
(truth ``见证取样监督``), E11 ``保障性住房工程质量巡查（…）`` (truth ``保障性住房工程质量巡查``), E12
``施工安全“双随机”检查（…）`` (truth ``施工安全“双随机”检查``), E14 ``监督工作经费报销（…）`` (truth
``监督工作经费报销``) — each a missed point and an extra one (risks.csv F00020–F00025, ``description``
blank); the two cells without a bracket (E7, E13) read as the truth's. Every form (科室, 岗位, 姓名 B–D,
merged per person), level (G) and type (F) read right, and no issue was raised for the file. Kind: a
description written in full-width brackets at the end of the point cell (as the heading asks) is
kept as part of the point, where the text after ``——`` or after typed spaces would have been cut off
as the 表现形式.

Unscored besides: one tier — the 公路段's ``段长`` (posts.csv F00008, 股室 ``段领导``, B3:C4) read as 中层岗位; the
truth has him a leader (the 段 is a unit, its 段长 its head, beside ``段领导``). Kind: the head of a
``…段`` unit, a title ending in ``长`` not on the reader's list of a unit's heads, is read as a 科室's
head. Every other unit, 科室, post and tier in posts.csv is the truth's (局领导, 公司领导, 大队领导 and
站领导 as the 科室 of the leaders; 车队长 and 中队长 中层岗位; 站长 and 副站长 of the 监督站 领导岗位). The other
issues are info only (TABLE_NO_TYPE on the two untyped layouts' sheets, GRADE_BLANK on the cards and
the 自查表, FILE_SKIPPED for truth.json).

Generalised after this measurement: a point heading saying what its cells' closing brackets hold
('廉政风险点（括号内注明主要表现）') splits 'point（how it shows）' into the point and its description
(locate._point_bracket;
tests/test_columns.py::test_how_a_point_shows_in_the_bracket_its_heading_names). The batch now reads
in full.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch397 import (
    BANDS,
    BARE,
    BRACKET_HEAD,
    BRACKET_POINT_HEAD,
    BRACKET_ROWS,
    BRACKET_TAB,
    BRACKET_UNIT,
    CLOSE,
    GRADES,
    LAYOUTS,
    OPEN,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    bracket_cell,
    build,
)
from published.cells import cells, norm
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(397, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
BRACKET_FILE = "xunyi_quality_station_bracketed_descriptions"
HARDER = {BRACKET_FILE}
UNTYPED = {"xunyi_housing_bureau_two_sheets", "xunyi_bus_company_cards"}
NOBODY = {"xunyi_highway_section_posts"}
GAP = "\u3000"


def _bracket_parts(form, sheets):
    """The cells of the form's sheet, and in the harder file the part of a cell before its bracket."""
    here = sheets[form["sheet"]]
    if form["layout"] not in HARDER:
        return here
    return here | {c.split(norm(OPEN))[0] for c in here}


def test_batch397_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=395, unit_words=("旬邑县",), new_people=True)


def test_batch397_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14), points_in=_bracket_parts)
    assert RESAVED == ()


def test_batch397_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch397_every_unit_is_of_xunyi_and_stands_in_its_sheet():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("旬邑县") for u in units)
    inbox = BATCH.inbox()
    for lay in LAYOUTS:
        sheets = cells(inbox / f"{lay['name']}.xlsx")
        for f in lay["truth"]:
            here = sheets[f["sheet"]]
            assert any(norm(f["unit"]) in c for c in here), lay["name"]
            for field in ("department", "title", "person"):
                assert not f[field] or any(norm(f[field]) in c for c in here), (f, field)
    # every holder's name is three characters
    assert all(len(p) == 3 for lay in LAYOUTS for p in BATCH.holders(lay["name"]) - {""})


def test_batch397_the_point_is_the_text_before_the_bracket():
    name = BRACKET_FILE
    assert BY_NAME[name]["truth"][0]["unit"] == BRACKET_UNIT
    rows = BATCH.filled(name, BRACKET_TAB)
    head = BATCH.header(name, BRACKET_TAB)
    assert tuple(rows[head]) == BRACKET_HEAD and BRACKET_POINT_HEAD.endswith(
        "（括号内注明主要表现）"
    )
    table = BATCH.table(name, BRACKET_TAB)
    assert len(table) == sum(len(p[4]) for p in BRACKET_ROWS)
    got, bracketed = [], 0
    for row in table:
        cell = row[4]
        if cell.endswith(CLOSE):
            bracketed += 1
            point, shows = cell[: -len(CLOSE)].split(OPEN)
            # one bracket, at the end, longer than the point and no level, type or name
            assert cell.count(OPEN) == cell.count(CLOSE) == 1 and point and len(shows) > len(point)
            assert shows not in LEVELS and len(shows) > 8 and ("，" in shows or "、" in shows), row
        else:
            assert OPEN not in cell and CLOSE not in cell, row
            point = cell
        got.append((row[1], row[2], row[3], point, HML[row[6]]))
    assert got == BATCH.truth_rows(name)
    assert bracketed == len(table) - 2
    # a bracketed cell is no point whole, its bracket no point either
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in table if row[4].endswith(CLOSE)}
    assert [bracket_cell(p, s) for _, _, _, _, ps in BRACKET_ROWS for p, s, *_ in ps] == [
        row[4] for row in table
    ]
    assert BATCH.types_by(name, "风险类型", BRACKET_TAB) == [r["types"] for r in BATCH.points(name)]
    assert BATCH.holders(name) == {row[3] for row in table}


def test_batch397_plain_tables_by_heading():
    cases = [
        ("xunyi_transport_bureau_list",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}),
        ("xunyi_highway_section_posts", {"dept": "股室", "post": "岗位", "point": "风险点"}),
        ("xunyi_city_enforcement_every_row",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}),
    ]  # fmt: skip
    for name, heads in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, "风险类型") == [r["types"] for r in BATCH.points(name)], name
    name = "xunyi_transport_bureau_list"
    assert BATCH.rows(name)[0] == ["附件1"]
    assert {r[6] for r in BATCH.table(name)} == set(HML)
    # the short 风险点 is the point (one row each), the long 风险表现 none; nobody
    name = "xunyi_highway_section_posts"
    table = BATCH.table(name)
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in table} and len(points) == len(table)
    assert all(len(row[3]) < len(row[4]) for row in table)
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    assert {r[6] for r in table} == set(BANDS)
    # every row written out, nothing merged down; bare grades read by the note
    name = "xunyi_city_enforcement_every_row"
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])
    assert all(all(c is not None for c in row[:8]) for row in BATCH.numbered(name))
    assert {r[6] for r in BATCH.table(name)} == set(BARE)
    assert any(str(row[0]).startswith("注：风险等级Ⅰ为高") for row in BATCH.rows(name))


def test_batch397_leaders_and_staff_in_two_sheets():
    name = "xunyi_housing_bureau_two_sheets"
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
    assert {r[5] for r in BATCH.table(name, "股室")} <= set(ROMAN)


def test_batch397_group_rows_give_the_department():
    name = "xunyi_urban_management_duties"
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


def test_batch397_one_sheet_a_person():
    name = "xunyi_bus_company_cards"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["title"]
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["所在部门", f["department"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        table = BATCH.table(name, f["sheet"])
        assert {r[3] for r in table} <= set(STARS)
        assert not {r[1] for r in table} & {p["risk_point"] for p in BATCH.points(name)}
    name = "xunyi_transport_enforcement_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"]
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == [f"姓{GAP}名", f["person"], "所在中队", f["department"], f"职{GAP}务",
                           f["title"]]  # fmt: skip
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        table = BATCH.table(name, f["sheet"])
        assert not {r[5] for r in table} & {p["risk_point"] for p in BATCH.points(name)}
        assert {r[3] for r in table} <= set(GRADES)


def test_batch397_is_read(tmp_path):
    BATCH.is_read(tmp_path)
