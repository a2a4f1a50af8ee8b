"""The four-hundred-and-twenty-second batch of published layouts (tests/published/batch422.py): seven
ordinary files as the 农业农村 bodies of one county (黄龙县) really send them — the
农业技术推广中心's two sheets ``中心领导 | 科室`` with ``一级/二级/三级``, the 畜牧兽医站's 防控卡 one sheet a
holder with ``★★★/★★/★``, the 农机服务站's 排查表 对岗不对人 with ``风险点 | 风险表现`` and
``高风险/中风险/低风险``, the 石堡镇农业综合服务站's 自查表 one sheet a person (a label row over a row of
values) with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 白马滩镇农业综合服务站's 责任清单 under group rows ``一、站领导`` … with
``一级风险/二级风险/三级风险``, the 瓦子街镇农业综合服务站's 一览表 with ``股室`` merged,
``廉政风险点 | 风险描述`` and 高/中/低, the 三岔镇农业综合服务站's 一览表 written out on every row, the type
before the point and bare ``Ⅰ/Ⅱ/Ⅲ`` — and one harder: the 农业农村局's 评估表 as a system exports it,
its ``序号``, ``风险值`` and ``风险等级`` cells FORMULAS WHOSE RESULTS THE FILE DOES NOT STORE (no
``<v>``; ``fullCalcOnLoad``), the level rule standing only in the formula
(``python tests/published/score.py --set batch422``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap12 at 6101176
(main's newest when the batch was done; this worktree branched from dev at the same 6101176).
``score.py --set batch422``:
``TOTAL                      forms  37/37  points  64/64  recall 1.00 precision 1.00 (64/64)  levels  52/64  types  64/64  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.812 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  37/37  points  64/64  recall 1.00 precision 1.00 (64/64)  levels  52/64  types  64/64  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.812 types=1.000 noise=0``.
The 9 files of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as
FILE_SKIPPED). SEVEN layouts read in full — every form, point, level and type, with ``--strict``
too — all seven ordinary ones; the harder one read every form (unit, 股室, post, holder and tier as
the truth), every point and every type, but NO LEVEL. The truth was not changed after measuring.

Missed, all in the harder ``huanglong_agriculture_bureau_uncached_formulas.xlsx`` (sheet 风险评估表;
forms 7/7, with ``--strict`` 7/7; points 12/12; precision 12/12; types 12/12; levels 0/12; noise 0):

- the twelve levels: J4–J15, the ``风险等级`` cells, are formulas ``IF(I4>=15,"高",IF(I4>=8,"中","低"))``
  … with no stored value; risks.csv has ``risk_level`` and ``raw_risk_level`` empty on all twelve rows
  (F00001–F00007, source rows 4–15), the truth 高/中/高/中/低/中/低/高/中/高/低/中 (1, 2, 1, 2, 3, 2,
  3, 1, 2, 1, 3, 2) — what Excel and WPS show once they work the formulas out (``fullCalcOnLoad``);
- and the level was looked for in the wrong column: issues.csv has an error LEVEL_BLANK for each
  point at I4–I15 (``[风险评估表!I4] 风险级别未填写`` …), the ``风险值`` column (``=G4*H4`` …, also with no
  stored value), while the column headed ``风险等级`` got an info COLUMN_GUESSED at J3 (``表头“风险等级”
  所在列按内容判断为“其他”``): read by its (empty) content, the real level column was set aside.

Kind: the reader reads only the values a file stores, so a level that exists only as a formula
whose result the file does not hold (a system's export that leaves the working-out to the
spreadsheet on opening) reads as blank, and with both formula columns empty it takes the
``风险值`` column for the level and sets the ``风险等级`` column aside as “其他”.

Unscored besides: the four 农业综合服务站 files were read with the unit cut at the town and, where
the file names no 股室, the 站 as its 科室 (``黄龙县石堡镇`` | ``农业综合服务站``, ``黄龙县三岔镇`` |
``农业综合服务站``; ``黄龙县白马滩镇`` | ``站领导``, ``农技推广组`` …; ``黄龙县瓦子街镇`` | ``站领导`` …; the
scorer counts both writings of a 站's own file as one), and so the 站长 and 副站长 of the 石堡镇 and
三岔镇 stations (no 站领导 in their files) came out 中层岗位 (truth leader). Every other unit, 科室,
post and tier in posts.csv is the truth's. The other issues are info only (TABLE_NO_TYPE,
GRADE_BLANK, FILE_SKIPPED for truth.json).

Generalised after this measurement: formula cells an .xlsx stores with no result (a system's export:
=ROW()-3, =G4*H4, =IF(I4>=15,"高",…)) are worked out by a small evaluator of our own where a headed
column is blank (info FORMULAS_COMPUTED; one it cannot work out stays blank and is said, warning
FORMULA_NOT_COMPUTED); stored results always win; tests/test_uncached_formulas.py says it in other
words.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re
import zipfile

from published.batch422 import (
    BANDS,
    BARE,
    BUREAU,
    FORMULA_COLS,
    FORMULA_HEAD,
    FORMULA_HEAD_ROW,
    FORMULA_NAME,
    FORMULA_NOTE,
    FORMULA_TAB,
    FORMULA_UNIT,
    GRADES,
    HIGH,
    LAYOUTS,
    MIDDLE,
    PLACE,
    RESAVED,
    RISKS,
    ROMAN,
    SHEET_XML,
    STARS,
    band,
    build,
)
from published.cells import cells, norm
from published.checks import Batch
from published.layouts import HML
from python_calamine import CalamineWorkbook

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(422, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {FORMULA_NAME}
UNTYPED = {
    "huanglong_agritech_center_two_sheets",
    "huanglong_livestock_station_cards",
    "huanglong_shibao_station_selfchecks",
}
NOBODY = {"huanglong_agrimachinery_station_posts"}
GAP = "\u3000"


def test_batch422_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=419, unit_words=(PLACE,), new_people=True)


def test_batch422_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch422_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch422_every_unit_is_of_huanglong_and_stands_in_its_sheet():
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


def _formula_cells() -> dict[str, str]:
    """The built harder sheet's formula cells: reference -> the whole ``<c>`` element."""
    with zipfile.ZipFile(BATCH.inbox() / f"{FORMULA_NAME}.xlsx") as z:
        xml = z.read(SHEET_XML).decode("utf-8")
    elements = re.finditer(r'<c r="([A-Z]+\d+)"[^>/]*>(?:(?!</c>).)*</c>', xml)
    return {m.group(1): m.group(0) for m in elements if "<f>" in m.group(0)}


def test_batch422_formulas_carry_no_value():
    sheet = BATCH.sheet(FORMULA_NAME)
    formulas = sheet["formulas"]
    table = BATCH.table(FORMULA_NAME)
    # three formula cells a row, in the 序号, 风险值 and 风险等级 columns, nothing else a formula
    assert {c for _, c in formulas} == set(FORMULA_COLS)
    assert len(formulas) == 3 * len(table)
    found = _formula_cells()
    assert len(found) == len(formulas)
    for (r, c), formula in formulas.items():
        ref = f"{chr(ord('A') + c)}{r + 1}"
        element = found[ref]
        assert "<v>" not in element and 't="' not in element, element  # no stored value, no type
        text = formula[1:].replace(">", "&gt;")
        assert f"<f>{text}</f>" in element, (element, formula)
    with zipfile.ZipFile(BATCH.inbox() / f"{FORMULA_NAME}.xlsx") as z:
        assert 'fullCalcOnLoad="1"' in z.read("xl/workbook.xml").decode("utf-8")
        assert "<Application>Apache POI</Application>" in z.read("docProps/app.xml").decode()
    # a reader of stored values finds the three cells empty, everything else as written
    wb = CalamineWorkbook.from_path(str(BATCH.inbox() / f"{FORMULA_NAME}.xlsx"))
    stored = wb.get_sheet_by_name(FORMULA_TAB).to_python()
    assert tuple(stored[FORMULA_HEAD_ROW]) == FORMULA_HEAD
    for r, c in formulas:
        assert stored[r][c] in ("", None), (r, c, stored[r][c])
    for r, row in enumerate(sheet["rows"]):
        for c, v in enumerate(row):
            if v is not None and (r, c) not in formulas and isinstance(v, str):
                assert norm(stored[r][c]) == norm(v), (r, c)


def test_batch422_formulas_worked_out_give_the_truth():
    """Working the formulas out over the row's own cells gives what the rows show, and the
    levels of the truth; the rule stands in no cell (the note names no number)."""
    sheet = BATCH.sheet(FORMULA_NAME)
    formulas = sheet["formulas"]
    got = []
    for r, row in enumerate(sheet["rows"]):
        if (r, 9) not in formulas:
            continue
        x = r + 1
        assert formulas[(r, 0)] == f"=ROW()-{FORMULA_HEAD_ROW + 1}"
        assert formulas[(r, 8)] == f"=G{x}*H{x}"
        assert formulas[(r, 9)] == f'=IF(I{x}>={HIGH},"高",IF(I{x}>={MIDDLE},"中","低"))'
        assert row[0] == x - (FORMULA_HEAD_ROW + 1)
        chance, harm = row[6], row[7]
        assert 1 <= chance <= 5 and 1 <= harm <= 5
        assert row[8] == chance * harm and row[9] == band(chance * harm)
        got.append((row[1], row[2], row[3], row[4], HML[band(chance * harm)]))
    assert got == BATCH.truth_rows(FORMULA_NAME)
    assert {lv for *_, lv in got} == {1, 2, 3}
    # both ends of the rule are met: 15 is 高, 8 is 中
    scores = {row[8] for row in BATCH.table(FORMULA_NAME)}
    assert {HIGH, MIDDLE} <= scores
    assert not re.search(r"\d", FORMULA_NOTE)
    texts = [v for row in sheet["rows"] for v in row if isinstance(v, str)]
    assert not any(str(HIGH) in v and "高" in v for v in texts)
    # written out on every row: nothing merged under the heading but the note line
    assert all(m[0] == m[2] for m in sheet["merges"])
    assert BATCH.types_by(FORMULA_NAME, "风险类型") == [
        r["types"] for r in BATCH.points(FORMULA_NAME)
    ]
    assert sum(len(points) for *_, points in BUREAU) == len(got)
    assert BY_NAME[FORMULA_NAME]["truth"][0]["unit"] == FORMULA_UNIT


def test_batch422_plain_tables_by_heading():
    cases = [
        ("huanglong_wazijie_station_list",
         {"dept": "股室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("huanglong_agrimachinery_station_posts", {"dept": "股室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("huanglong_sancha_station_every_row",
         {"post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, types in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, types) == [r["types"] for r in BATCH.points(name)], name
    # the short point is the point (one row each), the long description none
    for name, short, long in (
        ("huanglong_wazijie_station_list", 4, 5),
        ("huanglong_agrimachinery_station_posts", 3, 4),
    ):
        table = BATCH.table(name)
        points = {p["risk_point"] for p in BATCH.points(name)}
        assert not points & {row[long] for row in table} and len(points) == len(table)
        assert all(len(row[short]) < len(row[long]) for row in table)
    name = "huanglong_agrimachinery_station_posts"
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    assert {r[6] for r in BATCH.table(name)} == set(BANDS)
    name = "huanglong_wazijie_station_list"
    first = BATCH.header(name) + 1
    assert (first, 1, first + 2, 1) in BATCH.sheet(name)["merges"]  # 站领导 over three rows
    assert {r[7] for r in BATCH.table(name)} == set(HML)
    # every row written out, nothing merged below the title lines; the type BEFORE the point
    name = "huanglong_sancha_station_every_row"
    assert BATCH.rows(name)[0] == ["附件1"]
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])
    assert all(all(c is not None for c in row[:7]) for row in BATCH.numbered(name))
    head = BATCH.heading(name)
    assert head.index("风险类型") + 1 == head.index("廉政风险点")
    assert {r[5] for r in BATCH.table(name)} == set(BARE)
    assert any(str(row[0]).startswith("注：风险等级Ⅰ为高") for row in BATCH.rows(name))
    assert {f["department"] for f in BY_NAME[name]["truth"]} == {""}


def test_batch422_leaders_and_staff_in_two_sheets():
    name = "huanglong_agritech_center_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "风险点"},
        "中心领导",
        fixed={"dept": "中心领导"},
    )
    assert got == BATCH.truth_rows(name, "中心领导")
    assert BATCH.rows(name, "中心领导")[0][0].endswith("中心领导廉政风险防控表")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "科室") == BATCH.truth_rows(name, "科室")
    works = {r[3] for r in BATCH.table(name, "中心领导")}
    assert not {p["risk_point"] for p in BATCH.points(name)} & works  # 分管工作 no point
    assert {r["level"] for r in BATCH.points(name)} == {1, 2, 3}


def test_batch422_group_rows_give_the_department():
    name = "huanglong_baimatan_station_group_rows"
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


def test_batch422_one_sheet_a_person():
    name = "huanglong_livestock_station_cards"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["title"]
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["所在股室", f["department"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert {r[2] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
    name = "huanglong_shibao_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"] and f["department"] == ""
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == [f"姓{GAP}名", f"职{GAP}务", "工作单位"] and rows[1][4] == "填表时间"
        assert rows[2][:3] == [f["person"], f["title"], f["unit"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        table = BATCH.table(name, f["sheet"])
        points = {p["risk_point"] for p in BATCH.points(name)}
        assert not {r[1] for r in table} & points and not {r[5] for r in table} & points
        assert {r[3] for r in table} <= set(ROMAN)


def test_batch422_is_read(tmp_path):
    BATCH.is_read(tmp_path)
