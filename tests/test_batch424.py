"""The four-hundred-and-twenty-fourth batch of published layouts (tests/published/batch424.py): seven
ordinary files as the 水务 bodies of one county (富县) really send them — the 水务局's two sheets
``局领导 | 股室`` (the second 对岗不对人) with ``一级/二级/三级``, the 水土保持工作站's 防控表 under group rows
``一、站领导`` … with ``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 水利工作队's 防控卡 one sheet a holder
with ``★★★/★★/★``, the 羊泉镇水利站's 自查表 one sheet a person with 高/中/低, the 张村驿镇水利站's 排查表
对岗不对人 with ``高风险/中风险/低风险``, the 直罗镇水利站's 一览表 written out on every row with
``一级风险/二级风险/三级风险``, the 交道镇水利站's 责任清单 with a last ``分管领导`` column — and one
harder: the 防汛抗旱服务中心's 排查表 whose LEVEL IS A YES/NO ANSWER, ``是`` or ``否`` under a column
headed ``是否为高风险点``, read by a note (``是`` 一级, ``否`` 二级), with no 风险等级 column
(``python tests/published/score.py --set batch424``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap13 at de001a2
(main's newest when the batch was done; this worktree branched from dev at de001a2 too).
``score.py --set batch424``:
``TOTAL                      forms  40/40  points  54/66  recall 0.82 precision 0.83 (54/65)  levels  54/54  types  54/54  noise 0``
and ``TOTAL forms=1.000 recall=0.818 precision=0.831 levels=1.000 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  40/40  points  54/66  recall 0.82 precision 0.83 (54/65)  levels  54/54  types  54/54  noise 0``
and ``TOTAL forms=1.000 recall=0.818 precision=0.831 levels=1.000 types=1.000 noise=0``.
The 9 files of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as
FILE_SKIPPED). SEVEN layouts read in full — every form, point, level and type, with ``--strict``
too — all seven ordinary ones; the harder one read every form (7/7: 股室, post and holder right)
but NO point (0/12, precision 0/11). The truth was not changed after measuring.

Missed, all in the harder ``fuxian_flood_drought_center_high_risk_flag.xlsx`` (sheet 排查表; forms
7/7; points 0/12; precision 0/11; levels and types 0/0 — none of its points matched):

- the ``是否为高风险点`` column G was taken for the RISK-POINT column: every point of G4:G15 was read as
  ``是`` or ``否`` (risks.csv rows of F00001–F00007, ``risk_point`` 是/否; the 12 rows make 11 distinct
  holder-and-point keys, 巢镕澍's two rows both ``是``) — truth: the ``廉政风险点`` cell of the row (E4
  ``防汛抢险物资采购不经中心会议集体研究，指定供应商`` … E15 ``受抢险施工队伍请托，现场签证虚增工程量``);
- the real ``廉政风险点`` column E was demoted to the DESCRIPTION (issues.csv info COLUMN_GUESSED at E3:
  ``表头“廉政风险点”所在列按内容判断为“风险描述”(内容比风险点列长,作风险描述)``): its texts stand in
  risks.csv's ``description``;
- no level was read: ``risk_level`` and ``raw_risk_level`` blank on all twelve rows, an error
  LEVEL_BLANK on each of G4…G15 (``风险级别未填写``) — truth: level 1 for ``是`` (G4, G5, G6, G9, G11,
  G14) and 2 for ``否`` (G7, G8, G10, G12, G13, G15), as the ``注：`` line under the table says; the
  note was not used.

The types (F4:F15, raw ``制度机制`` → ``制度机制风险`` …), the measures, the 股室 (中心领导, 综合股,
物资储备股, 抢险技术股), posts, holders and tiers were read right (posts.csv F00001–F00007). Kind: a
yes/no column whose heading is a question ending in ``风险点`` (``是否为高风险点``) is read as the short
risk-point column (its ``是/否`` being shorter than the real points), which pushes the real
``廉政风险点`` to the description, and its answers are not read as the two-step level the note gives.

Unscored besides: the 水利工作队's three cards lost the unit (posts.csv F00027–F00029, unit blank;
truth ``富县水利工作队``, in each card's title ``富县水利工作队岗位廉政风险防控卡``); the four 镇水利站 files
were read with the unit cut at the town and the 站 as its 科室 (``富县交道镇`` | ``水利站`` …; the
scorer counts both writings of a 站's own file as one), and so their 站长 and 副站长 came out
中层岗位 (F00008, F00030, F00033, F00034, F00037, F00038; truth leader). Every other unit, 科室,
post and tier in posts.csv is the truth's. The other issues are info only (TABLE_NO_TYPE on the
untyped sheets, GRADE_BLANK, FILE_SKIPPED for truth.json).

Generalised after this measurement: a level column asking a question ('是否为高风险点 | 是/否') is no point
column; 是 is the level it asks of, 否 the level the sheet's note gives ('填“否”的为一般风险点（二级风险）'; info
LEVEL_BY_QUESTION), else left to be reported; test_a_level_column_asking_yes_or_no in
tests/test_columns.py says it in other words.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch424 import (
    BANDS,
    FLAG,
    FLAG_COL,
    FLAG_HEAD,
    FLAG_NAME,
    FLAG_NOTE,
    FLAG_TAB,
    FLAG_UNIT,
    GRADES,
    LAYOUTS,
    PLACE,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.cells import cells, norm
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **BANDS, **STARS, **RISKS}
BATCH = Batch(424, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {FLAG_NAME}
UNTYPED = {
    "fuxian_water_bureau_two_sheets",
    "fuxian_water_works_team_cards",
    "fuxian_jiaodao_station_duties",
}
NOBODY = {"fuxian_zhangcunyi_station_posts"}
SOME_NOBODY = {"fuxian_water_bureau_two_sheets"}
GAP = "\u3000"


def test_batch424_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=419, unit_words=(PLACE,), new_people=True)


def test_batch424_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, some_nobody=SOME_NOBODY, points=(6, 14))
    assert RESAVED == ()


def test_batch424_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)
    # the harder file has two steps (是/否); every other file its whole scale
    for name in BY_NAME:
        levels = {r["level"] for r in BATCH.points(name)}
        assert levels == ({1, 2} if name == FLAG_NAME else {1, 2, 3}), name


def test_batch424_every_unit_is_of_fuxian_and_stands_in_its_sheet():
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


def test_batch424_level_is_a_yes_no_answer():
    name = FLAG_NAME
    assert BY_NAME[name]["truth"][0]["unit"] == FLAG_UNIT
    rows = BATCH.filled(name, FLAG_TAB)
    head = BATCH.header(name, FLAG_TAB)
    assert tuple(rows[head]) == FLAG_HEAD
    # no level column, no level word anywhere in the sheet but the note's
    assert not any("等级" in h for h in FLAG_HEAD)
    words = set(LEVELS) | {"高风险", "中风险", "低风险"}
    for row in rows:
        for c in row:
            if isinstance(c, str) and c != FLAG_NOTE:
                assert c not in words, c
    # the table read by the note: 是 → 1, 否 → 2; a 否 row is a point too
    at = {h: FLAG_HEAD.index(h) for h in FLAG_HEAD}
    table = BATCH.table(name, FLAG_TAB)
    got = [
        (r[at["股室"]], r[at["岗位"]], r[at["姓名"]], r[at["廉政风险点"]], FLAG[r[FLAG_COL]])
        for r in table
    ]
    assert got == BATCH.truth_rows(name)
    assert {r[FLAG_COL] for r in table} == set(FLAG)
    assert [types for r in table for types in [[r[at["风险类型"]]]]] == [
        p["types"] for p in BATCH.points(name)
    ]
    assert sum(r[FLAG_COL] == "否" for r in table) >= 4
    # the note says what the answers mean
    notes = [r[0] for r in BATCH.rows(name, FLAG_TAB) if str(r[0]).startswith("注：")]
    assert notes == [FLAG_NOTE]
    assert (
        "填“是”的为高风险点（一级风险）" in FLAG_NOTE
        and "填“否”的为一般风险点（二级风险）" in FLAG_NOTE
    )
    # the flag column is no point
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {r[FLAG_COL] for r in table}


def test_batch424_plain_tables_by_heading():
    cases = [
        ("fuxian_zhangcunyi_station_posts", {"post": "岗位", "point": "风险点"}, "风险类型"),
        ("fuxian_zhiluo_station_every_row",
         {"post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类别"),
        ("fuxian_jiaodao_station_duties",
         {"post": "岗位", "person": "责任人", "point": "廉政风险点"}, None),
    ]  # fmt: skip
    for name, heads, types in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if types:
            assert BATCH.types_by(name, types) == [r["types"] for r in BATCH.points(name)], name
    # the short 风险点 is the point, the long 风险表现 none
    name = "fuxian_zhangcunyi_station_posts"
    table = BATCH.table(name)
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[3] for r in table}
    assert all(len(r[2]) < len(r[3]) for r in table)
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    # every row written out, nothing merged below the title lines
    name = "fuxian_zhiluo_station_every_row"
    assert BATCH.rows(name)[0] == ["附件2"]
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])
    assert all(all(c is not None for c in row[:7]) for row in BATCH.numbered(name))
    # the 分管领导 column names one supervisor, no holder
    name = "fuxian_jiaodao_station_duties"
    table = BATCH.table(name)
    assert len({row[7] for row in table}) == 1
    assert table[0][7] not in BATCH.holders(name)
    duties = {row[3] for row in table}
    assert not duties & {p["risk_point"] for p in BATCH.points(name)}  # 职责事项 no point
    for name in ("fuxian_zhangcunyi_station_posts", "fuxian_zhiluo_station_every_row",
                 "fuxian_jiaodao_station_duties"):  # fmt: skip
        assert {f["department"] for f in BY_NAME[name]["truth"]} == {""}


def test_batch424_leaders_and_posts_in_two_sheets():
    name = "fuxian_water_bureau_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "廉政风险点"},
        "局领导",
        fixed={"dept": "局领导"},
    )
    assert got == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    assert "姓名" not in BATCH.heading(name, "股室")
    works = {r[3] for r in BATCH.table(name, "局领导")}
    assert not {p["risk_point"] for p in BATCH.points(name)} & works  # 分管工作 no point


def test_batch424_group_rows_give_the_department():
    name = "fuxian_soil_conservation_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], ROMAN[row[6]]))
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型") == [r["types"] for r in BATCH.points(name)]
    table = BATCH.table(name)
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[4] for r in table}


def test_batch424_one_sheet_a_person():
    name = "fuxian_water_works_team_cards"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["title"]
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["所在组", f["department"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert {r[3] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
    name = "fuxian_yangquan_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"] and f["department"] == ""
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == [f"姓{GAP}名", f"岗{GAP}位", "填表时间"]
        assert rows[2][:2] == [f["person"], f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        found = {r[5] for r in BATCH.table(name, f["sheet"])}
        assert not found & {p["risk_point"] for p in BATCH.points(name)}  # 自查情况 no point


def test_batch424_is_read(tmp_path):
    BATCH.is_read(tmp_path)
