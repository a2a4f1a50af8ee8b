"""The three-hundred-and-ninety-fifth batch of published layouts (tests/published/batch395.py): seven
ordinary files as the 林业 and 生态 bodies of one county (永寿县) really send them — the 林业局's 一览表
under ``附件2`` with ``一级/二级/三级``, the 生态环境分局's two sheets ``局领导 | 股室`` with 高/中/低, the
森林公安派出所's 防控卡 one sheet a holder with ``★★★/★★/★``, the 野生动物保护站's 自查表 one sheet a
person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 生态环境监测站's 排查表 对岗不对人 with ``风险点 | 风险表现`` and
``高风险/中风险/低风险``, the 林业技术推广中心's 责任清单 under group rows ``一、中心领导`` … with
``一级风险/二级风险/三级风险``, the 生态环境保护综合执法大队's 一览表 written out on every row with bare
``Ⅰ/Ⅱ/Ⅲ`` — and one harder: the 国有林场's 一览表 whose ``责任人`` names hold Han characters OUTSIDE
THE BMP (CJK Extension B/E: ``郇𬘭峣``, ``缑梓𬀪``, ``琚𬍤翀``, ``谯𡌶澜``, ``矫沨𬭚``)
(``python tests/published/score.py --set batch395``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap6 at d141f22
(dev's newest when the batch was done; this worktree branched from dev at d141f22).
``score.py --set batch395``:
``TOTAL                      forms  38/38  points  65/65  recall 1.00 precision 1.00 (65/65)  levels  65/65  types  65/65  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  38/38  points  65/65  recall 1.00 precision 1.00 (65/65)  levels  65/65  types  65/65  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``. The 9
files of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as FILE_SKIPPED). ALL
EIGHT layouts read in full — every form, point, level and type, with ``--strict`` too (every 科室
and post as the truth's) — the harder one included. The truth was not changed after measuring.

No scored miss. The harder ``yongshou_forest_farm_beyond_bmp_names.xlsx`` (sheet 一览表) read as the
ordinary list it is: the ``责任人`` column (D4:D15, merged per person) was taken as the holders'
column and every name kept whole, its character above U+FFFF included (posts.csv F00012 ``郇𬘭峣``,
F00013 ``缑梓𬀪``, F00014 ``琚𬍤翀``, F00016 ``谯𡌶澜``, F00017 ``矫沨𬭚``, beside F00015 ``酆澪苒`` and
F00018 ``庹湝峒`` of the basic block) — none dropped, split or reported as no name (no
FORM_NO_PERSON, no COLUMN_GUESSED, no issue at all for the file); 股室, 岗位, 廉政风险点, types,
levels and measures as the truth's.

Unscored besides: nothing off. Every unit, 科室, post and tier in posts.csv is the truth's (局领导,
场领导, 所领导, 站领导, 中心领导 and 大队领导 as the 科室 of the leaders; the 林场's 管护站 站长 中层岗位, the
保护站's and 监测站's 站长 领导岗位; 民警, 救护员, 采样员, 分析员, 技术员 一般岗位); the 监测站's long
``风险表现`` went to risks.csv ``description`` (F00032–F00036). The issues are info only
(TABLE_NO_TYPE on the two untyped layouts' sheets, GRADE_BLANK on the cards and the 自查表,
FILE_SKIPPED for truth.json).

Generalised after this measurement: nothing needed: the batch read in full untuned.

Generalised after this measurement: nothing needed: the batch read in full untuned.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

import openpyxl
from published.batch395 import (
    BANDS,
    BARE,
    FARM_HEAD,
    FARM_ROWS,
    FARM_TAB,
    FARM_UNIT,
    GRADES,
    LAYOUTS,
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
BATCH = Batch(395, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
FARM_FILE = "yongshou_forest_farm_beyond_bmp_names"
HARDER = {FARM_FILE}
UNTYPED = {"yongshou_ecology_branch_two_sheets", "yongshou_forest_police_cards"}
NOBODY = {"yongshou_monitoring_station_posts"}
GAP = "\u3000"
BEYOND = re.compile("[\U00020000-\U0003134f]")  # CJK Unified Ideographs Extension B … H


def test_batch395_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=391, unit_words=("永寿县",), new_people=True)


def test_batch395_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch395_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch395_every_unit_is_of_yongshou_and_stands_in_its_sheet():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("永寿县") for u in units)
    inbox = BATCH.inbox()
    for lay in LAYOUTS:
        sheets = cells(inbox / f"{lay['name']}.xlsx")
        for f in lay["truth"]:
            here = sheets[f["sheet"]]
            assert any(norm(f["unit"]) in c for c in here), lay["name"]
            for field in ("department", "title", "person"):
                assert not f[field] or any(norm(f[field]) in c for c in here), (f, field)


def test_batch395_holders_named_beyond_the_bmp():
    name = FARM_FILE
    assert BY_NAME[name]["truth"][0]["unit"] == FARM_UNIT
    assert tuple(BATCH.heading(name, FARM_TAB)) == FARM_HEAD
    # an ordinary list by its headings: 股室, 岗位, 责任人, 廉政风险点
    heads = {"dept": "股室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, FARM_TAB) == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型", FARM_TAB) == [r["types"] for r in BATCH.points(name)]
    assert {r[6] for r in BATCH.table(name, FARM_TAB)} == set(HML)
    # five of seven holders have ONE character above U+FFFF in the given name, none in the surname
    people = [who for _, _, who, _, _ in FARM_ROWS]
    beyond = [who for who in people if BEYOND.search(who)]
    assert len(people) == len(set(people)) == 7 and len(beyond) == 5
    for who in people:
        assert len(who) == 3 and not BEYOND.match(who[0]) and len(BEYOND.findall(who)) <= 1
        assert unicode_nfkc_stable(who)
    # the truth's holder is the cell as written: the character is kept, not dropped nor replaced
    assert BATCH.holders(name) == set(people)
    # nothing else in the batch is written beyond the BMP: not the points, posts or units
    for lay in LAYOUTS:
        for f in lay["truth"]:
            assert not BEYOND.search(f["unit"] + f["department"] + f["title"])
            assert not any(BEYOND.search(r["risk_point"]) for r in f["risks"])
            assert (f["person"] in beyond) == bool(BEYOND.search(f["person"]))


def unicode_nfkc_stable(text: str) -> bool:
    return norm(text) == text


def test_batch395_beyond_bmp_names_survive_in_the_built_file():
    path = BATCH.inbox() / f"{FARM_FILE}.xlsx"
    ws = openpyxl.load_workbook(path)[FARM_TAB]
    column = [ws.cell(r, 4).value for r in range(1, ws.max_row + 1)
              if isinstance(ws.cell(r, 1).value, int)]  # fmt: skip
    people = [who for _, _, who, _, _ in FARM_ROWS]
    assert [v for v in column if v] == people  # merged per person: once each
    for who in people:
        if BEYOND.search(who):
            # one code point in Python, a surrogate pair (two units) as Excel counts it
            assert len(who) == 3 and len(who.encode("utf-16-le")) // 2 == 4
    assert set(people) <= cells(path)[FARM_TAB]


def test_batch395_plain_tables_by_heading():
    cases = [
        ("yongshou_forestry_bureau_list",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("yongshou_monitoring_station_posts", {"dept": "股室", "post": "岗位", "point": "风险点"},
         "风险类型"),
        ("yongshou_eco_enforcement_every_row",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, types in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, types) == [r["types"] for r in BATCH.points(name)], name
    name = "yongshou_forestry_bureau_list"
    assert BATCH.rows(name)[0] == ["附件2"]
    assert {r[6] for r in BATCH.table(name)} == set(GRADES)
    # the short 风险点 is the point (one row each), the long 风险表现 none; nobody
    name = "yongshou_monitoring_station_posts"
    table = BATCH.table(name)
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in table} and len(points) == len(table)
    assert all(len(row[3]) < len(row[4]) for row in table)
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    assert {r[6] for r in table} == set(BANDS)
    # every row written out, nothing merged down; bare grades read by the note
    name = "yongshou_eco_enforcement_every_row"
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])
    assert all(all(c is not None for c in row[:8]) for row in BATCH.numbered(name))
    assert {r[6] for r in BATCH.table(name)} == set(BARE)
    assert any(str(row[0]).startswith("注：风险等级Ⅰ为高") for row in BATCH.rows(name))


def test_batch395_leaders_and_staff_in_two_sheets():
    name = "yongshou_ecology_branch_two_sheets"
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
    assert {r[5] for r in BATCH.table(name, "股室")} <= set(HML)


def test_batch395_group_rows_give_the_department():
    name = "yongshou_forestry_extension_duties"
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


def test_batch395_one_sheet_a_person():
    name = "yongshou_forest_police_cards"
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
    name = "yongshou_wildlife_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"]
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:4] == ["所在股室", f["department"], "填表时间", "2025年7月"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        table = BATCH.table(name, f["sheet"])
        assert not {r[5] for r in table} & {p["risk_point"] for p in BATCH.points(name)}
        assert {r[3] for r in table} <= set(ROMAN)


def test_batch395_is_read(tmp_path):
    BATCH.is_read(tmp_path)
