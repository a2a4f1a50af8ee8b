"""The four-hundred-and-thirty-first batch of published layouts (tests/published/batch431.py): seven
ordinary files as the 自然资源 bodies of one county (定边县) really send them — the 自然资源局's two
sheets ``局领导 | 股室`` with ``一级/二级/三级``, the 国土资源执法监察大队's 防控卡 one sheet a holder with
``★★★/★★/★``, the 测绘队's 自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 安边镇自然资源所's 一览表
with ``廉政风险点 | 风险描述`` and 高/中/低, the 砖井镇自然资源所's 排查表 对岗不对人 with ``风险点 | 风险表现``
and ``高风险/中风险/低风险``, the 白泥井镇自然资源所's 责任清单 under group rows ``一、所领导`` … with
``一级风险/二级风险/三级风险``, the 堆子梁镇自然资源所's 一览表 written out on every row, the type before
the point and bare ``Ⅰ/Ⅱ/Ⅲ`` — and one harder: the 土地储备中心's 一览表 whose table names ONLY THE
HOLDER (a bare name under ``责任人``), each holder's post and 股 standing only in the
``一、中心人员及分工`` lines above it, written name first (``python tests/published/score.py --set
batch431``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap14 at 93a683f
(this worktree branched from dev at the same commit). ``score.py --set batch431``:
``TOTAL                      forms  34/34  points  59/59  recall 1.00 precision 1.00 (59/59)  levels  59/59  types  59/59  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``; with
``--strict``:
``TOTAL                      forms  28/34  points  59/59  recall 1.00 precision 1.00 (59/59)  levels  59/59  types  59/59  noise 0``
and ``TOTAL forms=0.824 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``.
The 9 files of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as
FILE_SKIPPED). ALL EIGHT layouts read in full without ``--strict`` — every form, point, level and
type; with ``--strict`` SEVEN (all seven ordinary ones), the harder one 0/6 forms. The truth was not
changed after measuring.

Missed, all in the harder ``dingbian_land_reserve_names_by_roster.xlsx`` (sheet 一览表) and only
with ``--strict`` (forms 0/6; points 10/10, levels and types 10/10, noise 0). The reader found the
table under the heading row 10 (A10 ``序号`` … F10 ``防控措施``), its ten points (rows 11–20), their
types and levels and each ``责任人`` (B11–B20) as the holder, but took the SECTION LINE
``一、中心人员及分工`` (A2) for a group row naming the POST of every row below it, and passed over
the six roster lines A3–A8 without reading them (no point, no issue, no ROW_UNPLACED): in posts.csv
every form of the file has the post ``中心人员及分工``, tier 一般岗位 and no 科室 —

- F00022 匡煦湄 (B11–B12): read ``中心人员及分工`` | 一般岗位 | 科室 ""; truth (A3 ``匡煦湄　主任，…``)
  post ``主任``, leader, 科室 "";
- F00023 牟璨渼 (B13): read the same; truth (A4) ``副主任``, leader, 科室 "";
- F00024 从琰澍 (B14–B15): read the same; truth (A5 ``…　土地收储股股长，…``) ``股长``, middle, 科室
  ``土地收储股``;
- F00025 沃珏淞 (B16–B17): read the same; truth (A6) ``工作人员``, general, 科室 ``土地收储股``;
- F00026 羿瑗澈 (B18): read the same; truth (A7) ``股长``, middle, 科室 ``土地供应股``;
- F00027 暨玥渟 (B19–B20): read the same; truth (A8) ``会计``, general, 科室 ``综合股``.

Kind: the reader does not look a holder's post and 股 up BY NAME in a roster above a table that
names persons only — it knows rosters that give the holder of a post the table writes, not the
post of a holder the table writes — so the 分工 lines are dropped unread and the section line over
them (``一、中心人员及分工``) is taken for the post of every holder.

Unscored besides: the three 自然资源所 files without group rows (安边镇, 砖井镇, 堆子梁镇) were read with
the unit cut at the town and the 所 as its 科室 (``定边县安边镇`` | ``自然资源所`` …; the scorer counts
both writings of a 所's own file as one), and so their 所长 and 副所长 came out 中层岗位 (truth leader;
the 白泥井镇 所长 under ``一、所领导`` came out 领导岗位). Every other unit, 科室, post and tier in
posts.csv is the truth's. The other issues are info only (TABLE_NO_TYPE on the untyped sheets,
GRADE_BLANK on the cards and self-checks, FILE_SKIPPED for truth.json).

Generalised after this measurement: lines above a table naming its people, a line a person, name
first then post ('从琰澍　土地收储股股长，负责…'), give the holders its 责任人 column names (two or more of them)
their 科室 and post, where the table has no post column;
test_the_posts_of_a_tables_holders_in_lines_above_it in tests/test_columns.py says it in other
words.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch431 import (
    BANDS,
    BARE,
    GRADES,
    LAYOUTS,
    PLACE,
    POINTS_TITLE,
    RESAVED,
    RISKS,
    ROMAN,
    ROSTER,
    ROSTER_HEAD,
    ROSTER_NAME,
    ROSTER_TAB,
    ROSTER_TITLE,
    ROSTER_UNIT,
    STARS,
    build,
)
from published.cells import cells, norm
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(431, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {ROSTER_NAME}
UNTYPED = {
    "dingbian_bureau_two_sheets",
    "dingbian_enforcement_cards",
    "dingbian_survey_team_selfchecks",
}
NOBODY = {"dingbian_zhuanjing_office_posts"}
GAP = "\u3000"


def test_batch431_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=427, unit_words=(PLACE,), new_people=True)


def test_batch431_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch431_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch431_every_unit_is_of_dingbian_and_stands_in_its_sheet():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)
    inbox = BATCH.inbox()
    for lay in LAYOUTS:
        sheets = cells(inbox / f"{lay['name']}.xlsx")
        for f in lay["truth"]:
            here = sheets[f["sheet"]]
            assert any(norm(f["unit"]) in c for c in here), lay["name"]
            for field in ("department", "title", "person"):
                assert not f[field] or any(norm(f[field]) in c for c in here), (f, field)


def test_batch431_the_table_names_only_holders_and_the_roster_gives_their_posts():
    rows = BATCH.rows(ROSTER_NAME, ROSTER_TAB)
    texts = [r[0] for r in rows if isinstance(r[0], str)]
    at = texts.index(ROSTER_TITLE)
    lines = texts[at + 1 : at + 1 + len(ROSTER)]
    assert texts[at + 1 + len(ROSTER)] == POINTS_TITLE
    # one merged roster line a person, NAME FIRST, then the post run together with its 股
    for line, (who, dept, post, _tier, words, _points) in zip(lines, ROSTER, strict=True):
        assert line == f"{who}{GAP}{words}" and line.startswith(who)
        assert words.startswith(f"{dept}{post}，")
    heading = BATCH.heading(ROSTER_NAME, ROSTER_TAB)
    assert tuple(heading) == ROSTER_HEAD
    assert not {"股室", "科室", "岗位", "职务", "姓名"} & set(heading)
    # the table: bare names only, no post word in the 责任人 column nor anywhere else in a row
    table = BATCH.table(ROSTER_NAME, ROSTER_TAB)
    posts = {post for _w, _d, post, *_ in ROSTER}
    depts = {dept for _w, dept, *_ in ROSTER} - {""}
    assert {r[1] for r in table} == {who for who, *_ in ROSTER}
    for row in table:
        assert re.fullmatch(r"[\u4e00-\u9fff]{3}", row[1])
        assert not any(isinstance(c, str) and c in posts | depts for c in row)
    # reading the post and 股 of each name from its roster line gives the truth
    by_name = {line.split(GAP)[0]: line.split(GAP)[1].split("，")[0] for line in lines}
    got = []
    for row in table:
        where = by_name[row[1]]
        dept = next((d for d in depts if where.startswith(d)), "")
        got.append((dept, where.removeprefix(dept), row[1], row[2], HML[row[4]]))
    assert got == BATCH.truth_rows(ROSTER_NAME)
    assert BATCH.types_by(ROSTER_NAME, "风险类型", ROSTER_TAB) == [
        r["types"] for r in BATCH.points(ROSTER_NAME)
    ]
    # the roster lines are no points; the leaders' 分管 股 is not their 科室
    points = {p["risk_point"] for p in BATCH.points(ROSTER_NAME)}
    assert not points & set(lines)
    for f in BY_NAME[ROSTER_NAME]["truth"]:
        assert f["unit"] == ROSTER_UNIT
        assert (f["department"] == "") == (f["tier"] == "leader")


def test_batch431_plain_tables_by_heading():
    cases = [
        ("dingbian_anbian_office_list",
         {"post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("dingbian_zhuanjing_office_posts", {"post": "岗位", "point": "风险点"}, "风险类型"),
        ("dingbian_duiziliang_office_every_row",
         {"post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, types in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, types) == [r["types"] for r in BATCH.points(name)], name
        assert {f["department"] for f in BY_NAME[name]["truth"]} == {""}
    # the short point is the point (one row each), the long description none
    for name, short, long in (
        ("dingbian_anbian_office_list", 3, 4),
        ("dingbian_zhuanjing_office_posts", 2, 3),
    ):
        table = BATCH.table(name)
        points = {p["risk_point"] for p in BATCH.points(name)}
        assert not points & {row[long] for row in table} and len(points) == len(table)
        assert all(len(row[short]) < len(row[long]) for row in table)
    name = "dingbian_zhuanjing_office_posts"
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    assert {r[5] for r in BATCH.table(name)} == set(BANDS)
    name = "dingbian_anbian_office_list"
    assert {r[6] for r in BATCH.table(name)} == set(HML)
    # every row written out, nothing merged below the title lines; the type BEFORE the point
    name = "dingbian_duiziliang_office_every_row"
    assert BATCH.rows(name)[0] == ["附件1"]
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])
    assert all(all(c is not None for c in row[:7]) for row in BATCH.numbered(name))
    head = BATCH.heading(name)
    assert head.index("风险类型") + 1 == head.index("廉政风险点")
    assert {r[5] for r in BATCH.table(name)} == set(BARE)
    assert any(str(row[0]).startswith("注：风险等级Ⅰ为高") for row in BATCH.rows(name))


def test_batch431_leaders_and_staff_in_two_sheets():
    name = "dingbian_bureau_two_sheets"
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


def test_batch431_group_rows_give_the_department():
    name = "dingbian_bainijing_office_group_rows"
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


def test_batch431_one_sheet_a_person():
    name = "dingbian_enforcement_cards"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["title"]
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["所在中队", f["department"]] and rows[2][2] == "执法证号"
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        table = BATCH.table(name, f["sheet"])
        assert {r[3] for r in table} <= set(STARS)
        assert not {r[1] for r in table} & {p["risk_point"] for p in BATCH.points(name)}
    name = "dingbian_survey_team_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"]
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:5] == [f"姓{GAP}名", f["person"], f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["所在组室", f["department"]] and rows[2][3] == "填表时间"
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        table = BATCH.table(name, f["sheet"])
        points = {p["risk_point"] for p in BATCH.points(name)}
        assert not {r[1] for r in table} & points and not {r[5] for r in table} & points
        assert {r[3] for r in table} <= set(ROMAN)


def test_batch431_is_read(tmp_path):
    BATCH.is_read(tmp_path)
