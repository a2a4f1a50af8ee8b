"""The seventy-second batch of published layouts (tests/published/batch72.py): nine ordinary tables
of grass-roots bodies as their files really arrive — a 农经站 排查表 set one column to the right with
names typed ``邢  军`` to line up, a 乡综合文化站 排查表 对岗不对人 with a count line under the title
and a ``填表说明`` sheet, a 社会保障所's personal 自查表 on tabs ``Sheet1``… with the holder in one
cell ``姓名:…　　职务:…　　填表日期:…``, a 安监站 排查表 with a real date and a ``合计`` row, a 社区
居民委员会 清单 with a trailing ``责任人``, a 司法所 一览表 by ``工作事项`` with trailing ``责任岗位 |
责任人`` and ``★★★/★★/★``, a 农机管理站's three 防控卡 stacked on one sheet, a 水利管理站 list with no
title and the unit under it — five of them also as LibreOffice re-saves (.xls and .ods) — and one
harder: a 村“两委” 一览表 whose 一肩挑 holder stands under two posts with his name merged once over
both (``python tests/published/score.py --set batch72``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

First measured untuned with the reader at d034bdd (and at 25d8664 just before, with the same
result): forms 0.945 (69/73), recall 1.000 (145/145), precision 1.000 (145/145), levels 1.000
(145/145), types 1.000 (145/145), noise 0; with --strict forms 0.904 (66/73), recall 1.000
(145/145), precision 1.000 (145/145), levels 1.000 (145/145), types 1.000 (145/145), noise 0.
The 19 files: nine .xlsx, five layouts also as .xls and .ods. (A first run at ea88810, before the truth of the 乡镇's own 站所 was brought to the earlier batches'
convention — unit the 乡镇, 科室 the 站 — and before the 财政所 layout, a unit kind the earlier
batches used six times, was redrawn in the same shape as an 安监站, gave the same normal scores.)
Missed:

- ``culture_station_count_line``, forms 0/4 (both modes): the four posts 对岗不对人 (站长, 文化专干,
  广播电视管理员, 图书管理员) come out with department ``本站`` (unit ``XX县云溪乡``). The count line
  ``排查表!A2`` ``本站共排查岗位4个,查找廉政风险点7个,其中高风险2个、中风险3个、低风险2个。`` (merged
  A2:F2, between the title A1 and the header A3) is the last of the lines above the header, and
  ``dept_in_title`` reads its head ``本站`` as a part ending in 站; as ``titles[-1]`` it is taken
  for a caption naming the table's 科室 (locate.py at d034bdd, line 1026: ``caption =
  dept_in_title(titles[-1])``, then ``in_title`` from the titles in reverse), so it wins over ``综合文化站`` of the title
  ``XX县云溪乡综合文化站岗位廉政风险排查表``. Without the word 本站 (or without the line) the
  department reads 综合文化站 (checked on a copy). Truth: department 综合文化站; a form with no
  holder must match its 科室, so no post matches. Points, levels (7/7) all read, the count line
  neither a point nor a legend.
- ``water_station_no_title``, --strict forms 0/3: all three holders (杜国华 站长, 黎春燕 水利技术员,
  符建平 水管员) come out with unit ``""`` and department ``水利站`` — the tab's name
  (``_sheet_department``). The list has no title (the header is row 1); the one line naming the
  body is UNDER the table, ``水利站!A9:D9`` ``填报单位:XX县金溪镇水利管理站`` (``E9:G9``
  ``填报时间:2024年9月``), and lines below a table are not looked at for the unit and 科室. Truth:
  unit XX县金溪镇, department 水利管理站 (the tab's 水利站 is its short name). Matched in the normal
  mode, the holders being named.

Not scored, seen in the export: ``FORM_DUPLICATE`` (warning, 6: two in each of the village's
three files) ``邓长春 的表提交了不止一份(另见 …[Sheet1]),两份都已收录;请确认以哪一份为准`` — the
一肩挑 holder's two posts in ONE table of one sheet are taken for two submissions of his form,
though both forms and their points read right. The 司法所 is read unit ``XX县青山镇``, department
``司法所`` and its 所长 中层岗位 (truth, as batch 45 took a 镇司法所: the 所 is the unit, no 科室, the
所长 a leader; the holders are named, so the forms match, strict too). FORM_VERSION_TIE (error, 60)
between each LibreOffice copy and its .xlsx, as in the earlier re-saved batches; GRADE_BLANK (info,
12) on the 自查表 sheets and 防控卡; TABLE_NO_TYPE (info, 16).

Read right: the harder ``village_one_shoulder_two_posts`` in full, .xls and .ods too — 邓长春 under
``村党支部书记`` and ``村委会主任`` as two forms with two points each although his name is one cell
merged over the four rows, ``权力事项`` left beside the point; the 农经站's table one column to the
right, its names ``邢  军``/``柴  玲`` read without the spaces, the unit and 科室 from the
``填报单位`` line over the short ``农经站(“三资”代理服务中心)`` title; the 社会保障所's holder and post
from the one cell ``姓名:…　　职务:…　　填表日期:…`` on tabs ``Sheet1``–``Sheet3``, the short 风险点
kept beside 主要表现; the 安监站's ``填报单位: | … | 填报日期: | <date>`` line, its two-type cells and
the ``合计`` row (``共排查风险点8个`` | ``高2个、中4个、低2个``) neither a point nor a level; the 社区's
``风险岗位`` with the 一肩挑 post and the trailing ``责任人``; the 司法所's ``工作事项`` left as no 科室,
``责任岗位 | 责任人`` at the right with the 所长's rows in three places gathered, ``★★★/★★/★``; the
农机站's three cards stacked on one sheet, each its own holder (``欧阳建平`` whole); the 水利站's
title-less list read from its first row, ``姓名`` before ``职务``, ``Ⅰ级/Ⅱ级/Ⅲ级``; the 文化站's
``填表说明`` sheet no form. All five re-saved layouts read as their .xlsx in .xls and .ods.

(Read in full before any change for it: nothing in this batch was generalised on.)

After generalising (a count line over the header names no 科室 ('本站共排查岗位4个…'); a 单位 line under a table
without a title names the unit; one holder of two posts in one list is no FORM_DUPLICATE): 1.00 on
every metric, strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re
from datetime import datetime

from published.batch72 import IDEO, LAYOUTS, PREFIX, RESAVED, ROMAN, STARS, WORDS, build
from published.checks import Batch, resaved_files
from published.layouts import HML, types_in

LEVELS = {**HML, **WORDS, **ROMAN, **STARS}
BATCH = Batch(72, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"village_one_shoulder_two_posts"}
TYPED = {"jingguan_station_margin", "safety_station_total_row", "community_committee_holders",
         "judicial_office_matters", "water_station_no_title"}  # fmt: skip
NOBODY = {"culture_station_count_line"}
STATIONS = {"jingguan_station_margin": {"农村经营管理站"}, "culture_station_count_line": {"综合文化站"},
            "social_security_selfcheck_sheets": {"社会保障所"},
            "safety_station_total_row": {"安全生产监督管理站"},
            "farm_machinery_stacked_cards": {"农机管理站"}, "water_station_no_title": {"水利管理站"}}  # fmt: skip


def _sheet_cells(name):
    return [[c for row in s["rows"] for c in row] for s in BY_NAME[name]["sheets"]]


def _header(name, sheet=0, first="序号"):
    rows = BATCH.filled(name, sheet)
    return next(r for r, row in enumerate(rows) if first in row)


def _by_heading(name, heads, sheet=0, level="风险等级", head=None, fixed=None):
    """BATCH.by_heading under this batch's header row; a name read without the spaces typed into
    it."""
    head = _header(name, sheet) if head is None else head
    return BATCH.by_heading(
        name, heads, sheet, level, fixed, head=head, person=lambda p: re.sub(r"\s+", "", p)
    )


def test_batch72_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 10), harder=HARDER, sees=69)


def test_batch72_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(copies=resaved_files(PREFIX, RESAVED), nobody=NOBODY)
    # a 乡镇's own 站/所 is its 科室; the 司法所, the 村 and the 社区居委会 are units with none
    depts = {lay: {f["department"] for f in BY_NAME[lay]["truth"]} for lay in BY_NAME}
    assert depts == STATIONS | {lay: {""} for lay in set(BY_NAME) - set(STATIONS)}
    for lay, (dept,) in STATIONS.items():
        unit = BY_NAME[lay]["truth"][0]["unit"]
        assert re.fullmatch(r"XX县.{2}[镇乡]", unit), unit
        full = [c for s in _sheet_cells(lay) for c in s if f"{unit}{dept}" in str(c)]
        assert full, lay  # the 站 is named whole after its 乡镇 somewhere on the sheet
        tiers = {f["title"]: f["tier"] for f in BY_NAME[lay]["truth"]}
        assert all(tiers[p] == "middle" for p in tiers if p in ("站长", "所长")), lay


def test_batch72_resaved_copies_carry_the_same_cells():
    """Each kept layout is in resaved/ as .xls AND .ods, and LibreOffice kept every cell."""
    BATCH.resaved_copies_carry_the_same_cells(PREFIX, RESAVED)


def test_batch72_levels_and_types():
    BATCH.levels_and_types(typed=TYPED)


def test_batch72_one_holder_two_posts():
    name = "village_one_shoulder_two_posts"
    rows = BATCH.filled(name)
    head = _header(name)
    assert rows[head] == ["序号", "岗位", "姓名", "权力事项", "廉政风险点", "风险等级", "防控措施"]
    heads = {"post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert _by_heading(name, heads) == BATCH.truth_rows(name)
    forms = [f for f in BY_NAME[name]["truth"] if f["person"] == "邓长春"]
    assert [(f["title"], len(f["risks"])) for f in forms] == [
        ("村党支部书记", 2),
        ("村委会主任", 2),
    ]
    merges = BATCH.sheet(name)["merges"]
    name_merges = [m for m in merges if m[1] == 2 and m[3] == 2]
    posts = [m for m in merges if m[1] == 1 and m[3] == 1]
    assert (head + 1, 2, head + 4, 2) in name_merges  # the name ONCE over both posts' rows
    assert (head + 1, 1, head + 2, 1) in posts and (head + 3, 1, head + 4, 1) in posts
    assert rows[1][0] == f"填报单位(盖章):{BY_NAME[name]['truth'][0]['unit']}"
    table = [row for row in rows[head + 1 :] if row[5] in HML]
    assert all(row[3] not in {p["risk_point"] for p in BATCH.points(name)} for row in table)


def test_batch72_margin_and_spaced_names():
    name = "jingguan_station_margin"
    sh = BATCH.sheet(name)
    assert all(not row or row[0] is None for row in sh["rows"])  # column A is only a margin
    assert all(m[1] >= 1 for m in sh["merges"])
    rows = BATCH.filled(name)
    head = _header(name)
    heads = {"post": "岗位", "person": "姓名", "point": "风险点"}
    fixed = {"dept": "农村经营管理站"}
    assert _by_heading(name, heads, fixed=fixed) == BATCH.truth_rows(name)
    spaced = {row[3] for row in rows[head + 1 :] if row[7] in HML and " " in row[3]}
    assert spaced == {"邢  军", "柴  玲"}
    table = [row for row in rows[head + 1 :] if row[7] in HML]
    assert [types_in(row[6]) for row in table] == [p["types"] for p in BATCH.points(name)]
    assert rows[1][1] == f"填报单位:{BY_NAME[name]['truth'][0]['unit']}农村经营管理站"
    assert "农经站" in rows[0][1] and "“三资”代理服务中心" in rows[0][1]


def test_batch72_count_line_and_instructions():
    name = "culture_station_count_line"
    rows = BATCH.filled(name)
    head = _header(name)
    heads = {"post": "岗位", "point": "风险点"}
    assert _by_heading(name, heads, fixed={"dept": "综合文化站"}) == BATCH.truth_rows(name)
    assert rows[0][0] == "XX县云溪乡综合文化站岗位廉政风险排查表"
    count = rows[1][0]
    levels = [p["level"] for p in BATCH.points(name)]
    posts = {f["title"] for f in BY_NAME[name]["truth"]}
    said = [int(n) for n in re.findall(r"\d+", count)]
    assert said == [len(posts), len(levels), levels.count(1), levels.count(2), levels.count(3)]
    assert head == 2
    notes = BATCH.sheet(name, "填表说明")["rows"]
    assert [s["name"] for s in BY_NAME[name]["sheets"]] == ["排查表", "填表说明"]
    assert any("高、中、低" in row[0] for row in notes)
    assert not any(f["sheet"] == "填表说明" for f in BY_NAME[name]["truth"])


def test_batch72_one_cell_holder_line():
    name = "social_security_selfcheck_sheets"
    sheets = [s["name"] for s in BY_NAME[name]["sheets"]]
    assert sheets == ["Sheet1", "Sheet2", "Sheet3"]
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        line = rows[1][0]
        assert len(set(rows[1])) == 1  # one merged cell
        pairs = dict(p.split(":", 1) for p in line.split(IDEO))
        assert (pairs["姓名"], pairs["职务"]) == (f["person"], f["title"])
        assert pairs["填表日期"].startswith("2024年5月")
        heads = {"point": "风险点"}
        fixed = {"dept": "社会保障所", "post": f["title"], "person": f["person"]}
        assert _by_heading(name, heads, f["sheet"], fixed=fixed) == BATCH.truth_rows(
            name, f["sheet"]
        )
        head = _header(name, f["sheet"])
        shows = {row[2] for row in rows[head + 1 :] if row[3] in HML}
        assert not shows & {
            p["risk_point"] for p in BATCH.points(name)
        }  # the short name is the point


def test_batch72_total_row_and_date():
    name = "safety_station_total_row"
    rows = BATCH.filled(name)
    head = _header(name)
    heads = {"post": "岗位", "person": "责任人", "point": "风险点"}
    fixed = {"dept": "安全生产监督管理站"}
    assert _by_heading(name, heads, fixed=fixed) == BATCH.truth_rows(name)
    assert rows[1][0] == "填报单位:" and rows[1][4] == "填报日期:"
    assert isinstance(rows[1][5], datetime)
    total = next(row for row in rows if row[0] == "合计")
    levels = [p["level"] for p in BATCH.points(name)]
    assert [int(n) for n in re.findall(r"\d+", total[3])] == [len(levels)]
    said = [int(n) for n in re.findall(r"\d+", total[5])]
    assert said == [levels.count(1), levels.count(2), levels.count(3)]
    assert total[5] not in LEVELS
    table = [row for row in rows[head + 1 :] if row[5] in HML]
    assert [types_in(row[4]) for row in table] == [p["types"] for p in BATCH.points(name)]
    assert any(len(p["types"]) == 2 for p in BATCH.points(name))


def test_batch72_trailing_holders():
    name = "community_committee_holders"
    rows = BATCH.filled(name)
    head = _header(name)
    assert rows[head][-1] == "责任人" and rows[head][1] == "风险岗位"
    heads = {"post": "风险岗位", "person": "责任人", "point": "风险点"}
    assert _by_heading(name, heads) == BATCH.truth_rows(name)
    table = [row for row in rows[head + 1 :] if row[4] in WORDS]
    assert {row[4] for row in table} == set(WORDS)
    assert [types_in(row[3]) for row in table] == [p["types"] for p in BATCH.points(name)]
    assert "社区党委书记、居委会主任" in {f["title"] for f in BY_NAME[name]["truth"]}
    name = "judicial_office_matters"
    rows = BATCH.filled(name)
    head = _header(name)
    assert rows[head][-2:] == ["责任岗位", "责任人"] and rows[head][1] == "工作事项"
    heads = {"post": "责任岗位", "person": "责任人", "point": "风险点"}
    assert sorted(_by_heading(name, heads, level="风险等级")) == sorted(BATCH.truth_rows(name))
    table = [row for row in rows[head + 1 :] if row[4] in STARS]
    head_rows = {row[1] for row in table if row[7] == "雷振宇"}
    assert len(head_rows) == 3  # the 所长's rows stand under three 工作事项
    note = next(row[0] for row in rows if str(row[0]).startswith("注:"))
    for stars, word in (("★★★", "高"), ("★★", "中"), ("★", "低")):
        assert f"{stars}为{word}风险" in note and STARS[stars] == HML[word]


def test_batch72_stacked_cards():
    name = "farm_machinery_stacked_cards"
    rows = BATCH.filled(name)
    titles = [r for r, row in enumerate(rows) if str(row[0]).endswith("防控卡")]
    assert len(titles) == 3
    assert all(not any(rows[r - 1]) for r in titles[1:])  # a blank row before each later card
    got = []
    for k, r in enumerate(titles):
        assert rows[r + 1][0] == "姓名" and rows[r + 1][2] == "职务"
        who, post = rows[r + 1][1], rows[r + 1][3]
        assert rows[r + 2][:2] == ["序号", "风险点"]
        end = titles[k + 1] if k + 1 < len(titles) else len(rows)
        for row in rows[r + 3 : end]:
            if row[3] in HML:
                got.append(("农机管理站", post, who, row[1], HML[row[3]]))
    assert got == BATCH.truth_rows(name)
    assert "欧阳建平" in {f["person"] for f in BY_NAME[name]["truth"]}
    assert len(BY_NAME[name]["truth"]) == 3


def test_batch72_no_title_unit_below():
    name = "water_station_no_title"
    rows = BATCH.filled(name)
    assert rows[0] == ["序号", "姓名", "职务", "风险点", "风险类型", "风险等级", "防控措施"]
    heads = {"person": "姓名", "post": "职务", "point": "风险点"}
    fixed = {"dept": "水利管理站"}
    assert _by_heading(name, heads, head=0, fixed=fixed) == BATCH.truth_rows(name)
    unit = BY_NAME[name]["truth"][0]["unit"]
    assert rows[-1][0] == f"填报单位:{unit}水利管理站"
    assert BATCH.sheet(name)["name"] == "水利站"  # the tab: a short name, not the 科室's
    assert not any(unit in str(c) for row in rows[:-1] for c in row)
    table = [row for row in rows[1:] if row[5] in ROMAN]
    assert {row[5] for row in table} == set(ROMAN)
    assert [types_in(row[4]) for row in table] == [p["types"] for p in BATCH.points(name)]


def test_seventy_second_batch_is_read(tmp_path):
    BATCH.is_read(tmp_path)
