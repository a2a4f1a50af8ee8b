"""The three-hundred-and-eighty-fifth batch of published layouts (tests/published/batch385.py): seven
ordinary files as the 文化 and 广电 bodies of one county (扶风县) really send them — the
文化和旅游局's 一览表 with short types and ``一级/二级/三级``, the 法门寺文化景区管理委员会's two sheets
``管委会领导 | 内设机构`` with 高/中/低, the 图书馆's 自查表 one sheet a person with
``高风险/中风险/低风险``, the 广播电视台's 防控卡 one sheet a holder with ``★★★/★★/★``, the
文化市场综合执法大队's 排查表 对岗不对人 with ``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 文化馆's
责任清单 with ``一级风险/二级风险/三级风险`` and a last ``责任领导`` column, the 博物馆's 防控表 under
group rows ``一、馆领导`` … with bare ``Ⅰ/Ⅱ/Ⅲ`` — and one harder: the 广播电视发射台's 一览表 whose
风险等级 cells STORE the scores 3/2/1 and SHOW 高/中/低 through the custom number format
``[=3]"高";[=2]"中";"低"``, with nothing else on the sheet saying what the numbers are
(``python tests/published/score.py --set batch385``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap3 at 1412688
(dev's newest when the batch was done; this worktree branched from dev at 1412688).
``score.py --set batch385``:
``TOTAL                      forms  41/41  points  65/65  recall 1.00 precision 1.00 (65/65)  levels  60/65  types  65/65  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.923 types=1.000 noise=0``; with ``--strict`` the same:
``TOTAL                      forms  41/41  points  65/65  recall 1.00 precision 1.00 (65/65)  levels  60/65  types  65/65  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.923 types=1.000 noise=0``. The 9 files of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped
as FILE_SKIPPED). The seven ordinary layouts read in full — every form, point, level and type, with
``--strict`` too. The harder ``fufeng_transmitter_scored_levels.xlsx`` read every form (5/5), point
(9/9, precision 9/9) and type (9/9), and 4 of its 9 levels. The truth was not changed after
measuring.

Missed, all in ``fufeng_transmitter_scored_levels.xlsx``, sheet 一览表, column G (风险等级), five
levels (risks.csv rows of forms F00037, F00039–F00041):

- G4 and G5 (台长 燕沄峤: ``铁塔、机房出租给通信运营商的租金收入不入账…``, ``发射机等设备更新采购不按规定
  比选…``): stored 3, shown 高 — read ``Ⅲ级`` (raw_risk_level ``3``); truth 1;
- G8 (部长 郇峄琮: ``发射机备件验收不严，以次充好``), G9 (值班员 漕澍宁: ``机房巡检、值班记录弄虚作假``)
  and G12 (会计 靖涴萝: ``报销票据审核不严，虚列支出``): stored 1, shown 低 — read ``Ⅰ级`` (raw ``1``);
  truth 3.

G6, G7, G10 and G11 (stored 2, shown 中) read ``Ⅱ级``, right by coincidence. Kind: the reader takes
the number stored in a cell under a custom number format as a level digit of its vocabulary (3 →
Ⅲ级, 1 → Ⅰ级) instead of the word the format shows (高/中/低), so 高 and 低 come out swapped — and
says nothing: no issue names the column, the format or the numbers. The ``风险分值合计`` row (A13:F13
merged, G13 ``=SUM(G4:G12)`` = 17) was rightly no point and raised no issue.

Unscored besides: every unit, 科室, post and tier in posts.csv is the truth's (局领导, 管委会领导,
馆领导, 台领导, 大队领导 as the 科室 of the leaders; the two 执法队员 posts apart by 中队; 采编部主任,
股长, 部长, 中队长 中层岗位). Through the swapped levels the 发射台's computed 岗位风险等级 are wrong
too (posts.csv: 台长 ``C`` from ``风险分值2``, where his two 高 points make him A; the 部长, 值班员 and
会计 ``A`` each from a ``Ⅰ级`` that is their 低 point). The other issues are info only (TABLE_NO_TYPE
on the three untyped layouts' sheets, GRADE_BLANK on the cards and the 自查表, FILE_SKIPPED for
truth.json).

Generalised after this measurement: a level (or type) stored as a number that a custom number format
shows as words ('[=3]"高";[=2]"中";"低"') is read as the word the file shows, with one info
WORDS_BY_FORMAT per sheet (.xlsx; fills.shown_word, collect._words_by_format;
tests/test_columns.py::test_levels_stored_as_numbers_shown_as_words_by_their_format). The batch now
reads in full.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from openpyxl import load_workbook
from published.batch385 import (
    BANDS,
    BARE,
    GRADES,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    SCORE_FORMAT,
    SCORED_COL,
    SCORED_HEAD,
    SCORED_ROWS,
    SCORED_TAB,
    SCORED_UNIT,
    SHOWN,
    STARS,
    build,
)
from published.cells import cells, norm
from published.checks import Batch
from published.layouts import HML, types_in
from python_calamine import CalamineWorkbook

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(385, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
SCORED_FILE = "fufeng_transmitter_scored_levels"
HARDER = {SCORED_FILE}
UNTYPED = {
    "fufeng_famen_scenic_committee_two_sheets",
    "fufeng_library_selfchecks",
    "fufeng_broadcast_station_cards",
}
NOBODY = {"fufeng_culture_market_enforcement_posts"}
GAP = "\u3000"


def test_batch385_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=383, unit_words=("扶风县",), new_people=True)


def test_batch385_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(6, 14))
    assert RESAVED == ()


def test_batch385_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch385_every_unit_is_of_fufeng_and_stands_in_its_sheet():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("扶风县") for u in units)
    inbox = BATCH.inbox()
    for lay in LAYOUTS:
        sheets = cells(inbox / f"{lay['name']}.xlsx")
        for f in lay["truth"]:
            here = sheets[f["sheet"]]
            assert any(norm(f["unit"]) in c for c in here), lay["name"]
            for field in ("department", "title", "person"):
                assert not f[field] or any(norm(f[field]) in c for c in here), (f, field)


def test_batch385_levels_stored_as_scores_shown_as_words():
    name = SCORED_FILE
    lay = BY_NAME[name]
    sheet = BATCH.sheet(name, SCORED_TAB)
    head = BATCH.header(name, SCORED_TAB)
    assert tuple(sheet["rows"][head]) == SCORED_HEAD
    assert SCORED_HEAD[SCORED_COL] == "风险等级"
    assert lay["truth"][0]["unit"] == SCORED_UNIT
    table = BATCH.table(name, SCORED_TAB)
    # every level cell of the table holds a score 3/2/1, all three used; the truth's level is
    # the word the format shows (高 → 1, 中 → 2, 低 → 3), so 3 is the HIGHEST, not Ⅲ
    scores = [row[SCORED_COL] for row in table]
    assert set(scores) == {1, 2, 3}
    assert [HML[SHOWN[s]] for s in scores] == [r["level"] for r in BATCH.points(name)]
    assert any(s == 3 and r["level"] == 1 for s, r in zip(scores, BATCH.points(name), strict=True))
    # the rest of the table reads as any list: 部门, 岗位, 姓名, 风险点 by their headings
    got = [(row[1], row[2], row[3], row[4]) for row in table]
    assert got == [t[:4] for t in BATCH.truth_rows(name)]
    assert [types_in(row[5]) for row in table] == [r["types"] for r in BATCH.points(name)]
    assert len(table) == sum(len(points) for *_, points in SCORED_ROWS)
    # the file: the custom number format on every level cell and on no other; numbers stored
    wb = load_workbook(BATCH.inbox() / f"{name}.xlsx")
    ws = wb[SCORED_TAB]
    rows = {r for r, row in enumerate(sheet["rows"]) if row and isinstance(row[0], int)}
    for r in range(1, ws.max_row + 1):
        for c in range(1, ws.max_column + 1):
            cell = ws.cell(r, c)
            if r - 1 in rows and c - 1 == SCORED_COL:
                assert cell.number_format == SCORE_FORMAT, (r, c)
                assert isinstance(cell.value, int) and cell.value in SHOWN, (r, c)
            else:
                assert cell.number_format == "General", (r, c, cell.number_format)
    # the 合计 row sums the scores with a formula (its cached value the sum)
    total = next(r for r, row in enumerate(sheet["rows"]) if row and row[0] == "风险分值合计")
    formula = ws.cell(total + 1, SCORED_COL + 1).value
    first, last = min(rows) + 1, max(rows) + 1
    assert formula == f"=SUM(G{first}:G{last})"
    assert sheet["rows"][total][SCORED_COL] == sum(scores)
    assert BATCH.merged(name, SCORED_TAB, total, 0, 5)
    wb.close()
    # a reader that does not apply the format sees the bare numbers: 3.0 where 高 shows
    raw = CalamineWorkbook.from_path(str(BATCH.inbox() / f"{name}.xlsx"))
    grid = raw.get_sheet_by_name(SCORED_TAB).to_python()
    seen = [grid[r][SCORED_COL] for r in sorted(rows)]
    assert seen == [float(s) for s in scores]
    assert grid[total][SCORED_COL] == float(sum(scores))
    # nothing on the sheet says what the numbers mean: no level word, no note, no legend
    texts = [str(c) for row in sheet["rows"] for c in row if isinstance(c, str)]
    assert not any(c in SHOWN.values() or c in LEVELS for c in texts)
    assert not any(re.search(r"注|说明|[123]\s*分|[=＝]|为高|为中|为低|计分", c) for c in texts)


def test_batch385_plain_tables_by_heading():
    cases = [
        ("fufeng_culture_tourism_bureau_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("fufeng_culture_market_enforcement_posts",
         {"dept": "股室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("fufeng_cultural_center_duties",
         {"dept": "股室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the 文旅局's grades read by its note
    name = "fufeng_culture_tourism_bureau_list"
    assert {r[6] for r in BATCH.table(name)} == set(GRADES)
    assert any(str(row[0]).startswith("注：风险等级分一级") for row in BATCH.rows(name))
    # the 责任领导 column names two supervisors, the 馆长 holder of his own rows only
    name = "fufeng_cultural_center_duties"
    table = BATCH.table(name)
    assert BATCH.heading(name)[-1] == "责任领导" and len({row[-1] for row in table}) == 2
    assert sum(row[-1] != row[3] for row in table) > len(table) // 2
    assert {r[7] for r in table} == set(RISKS)
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[4] for r in table}  # 职责事项
    # the short 风险点 is the point (one row each), the long 风险表现 none; nobody named
    name = "fufeng_culture_market_enforcement_posts"
    table = BATCH.table(name)
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in table} and len(points) == len(table)
    assert all(len(row[3]) < len(row[4]) for row in table)
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    assert {r[6] for r in table} == set(ROMAN)


def test_batch385_group_rows_give_the_department():
    name = "fufeng_museum_group_rows"
    rows = BATCH.filled(name)
    got, dept = [], None
    for r, row in enumerate(rows):
        m = re.fullmatch(r"[一二三四]、(.+)", str(row[0]))
        if m and BATCH.merged(name, 0, r, 0, 6):
            dept = m.group(1)
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], BARE[row[5]]))
    assert got == BATCH.truth_rows(name)
    assert "科室" not in BATCH.heading(name) and "部门" not in BATCH.heading(name)
    assert {r[5] for r in BATCH.table(name)} == set(BARE)
    assert any(str(row[0]).startswith("注：风险等级Ⅰ为高") for row in BATCH.rows(name))
    assert BATCH.types_by(name, "风险类型") == [r["types"] for r in BATCH.points(name)]


def test_batch385_leaders_and_staff_in_two_sheets():
    name = "fufeng_famen_scenic_committee_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "风险点"},
        "管委会领导",
        fixed={"dept": "管委会领导"},
    )
    assert got == BATCH.truth_rows(name, "管委会领导")
    assert BATCH.rows(name, "管委会领导")[0][0].endswith("管委会领导廉政风险防控表")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "内设机构") == BATCH.truth_rows(name, "内设机构")
    works = {r[3] for r in BATCH.table(name, "管委会领导")}
    assert not {p["risk_point"] for p in BATCH.points(name)} & works  # 分管工作 no point
    assert {r["level"] for r in BATCH.points(name)} == {1, 2, 3}


def test_batch385_one_sheet_a_person():
    name = "fufeng_broadcast_station_cards"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] in (f["title"], f"{f['department']}{f['title']}")
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["持卡人", f["person"], "所在部门", f["department"]]
        assert rows[2][:2] == [f"职{GAP}务", f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert {r[2] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
    name = "fufeng_library_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] in (f["title"], f"{f['department']}{f['title']}")
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["所在部门", f["department"]]
        assert rows[3][0] == "岗位职责" and BATCH.merged(name, f["sheet"], 3, 1, 4)
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        table = BATCH.table(name, f["sheet"])
        assert not {r[1] for r in table} & {p["risk_point"] for p in BATCH.points(name)}
        assert {r[3] for r in table} <= set(BANDS)


def test_batch385_is_read(tmp_path):
    BATCH.is_read(tmp_path)
