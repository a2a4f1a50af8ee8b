"""The four-hundred-and-sixth batch of published layouts (tests/published/batch406.py): seven
ordinary files as the 卫健 and 疾控 bodies of one county (洛南县) really send them — the 卫生健康局's two
sheets ``局领导 | 股室`` with ``一级/二级/三级``, the 县医院's 一览表 with ``科室`` merged, ``姓名`` before
``职务`` and 高/中/低, the 卫生监督所's 防控卡 one sheet a holder with ``★★★/★★/★``, the
景村镇中心卫生院's 自查表 one sheet a person with ``一级风险/二级风险/三级风险``, the 石门镇卫生院's 排查表
对岗不对人 with ``风险点 | 风险表现`` and ``高风险/中风险/低风险``, the 中医医院's 责任清单 under group rows
``一、院领导`` … with 高/中/低, the 古城镇卫生院's 一览表 written out on every row with bare ``Ⅰ/Ⅱ/Ⅲ`` and a
last ``责任人`` column — and one harder: the 疾病预防控制中心's ordinary 一览表 in a workbook whose FIRST
AND ACTIVE SHEET IS A CHART SHEET (``风险分布图``, an Excel 图表工作表 with no cells) drawn from a
``统计`` sheet of counts (``python tests/published/score.py --set batch406``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap8 at e2f2af5
(dev's and main's newest when the batch was done; this worktree branched from dev at e2f2af5).
``score.py --set batch406``:
``TOTAL                      forms  43/43  points  70/70  recall 1.00 precision 1.00 (70/70)  levels  70/70  types  70/70  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  43/43  points  70/70  recall 1.00 precision 1.00 (70/70)  levels  70/70  types  70/70  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``. The 9
files of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as FILE_SKIPPED). ALL
EIGHT layouts read in full — every form, point, level and type, with ``--strict`` too (every 科室
and post as the scorer compares them) — the harder one included. The truth was not changed after
measuring.

No miss, scored or unscored. In the harder ``luonan_cdc_with_chart_sheet.xlsx`` the chart sheet
``风险分布图`` (first and active) and the ``统计`` sheet of counts gave no form, no point and no issue
(issues.csv names neither; the count table was passed over silently, with no TABLE_OTHER), and the
``一览表`` gave its seven forms (posts.csv F00001–F00007) and eleven points (risks.csv, rows 4–14 of
the sheet) with their types and levels. Every unit, 科室, post and tier in posts.csv is the truth's
(局领导, 院领导, 所领导 and 中心领导 as the 科室 of those leaders; the 所长 of the 卫生监督所 领导岗位;
股长, 科长, 科主任, 办公室主任, 药房负责人 and 监督一科科长 中层岗位; the rest 一般岗位). The other
issues are info only (TABLE_NO_TYPE on the untyped sheets, GRADE_BLANK on the cards and the 自查表,
FILE_SKIPPED for truth.json).

Generalised after this measurement: nothing needed: the batch read in full untuned.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re
import zipfile

import openpyxl
from published.batch406 import (
    BANDS,
    BARE,
    CDC_HEAD,
    CDC_ROWS,
    CHART_NAME,
    CHART_TAB,
    CHART_TITLE,
    CHART_UNIT,
    COUNT_HEAD,
    COUNT_TAB,
    GRADES,
    LAYOUTS,
    LIST_TAB,
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
BATCH = Batch(406, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {CHART_NAME}
UNTYPED = {"luonan_health_bureau_two_sheets", "luonan_health_inspection_cards"}
NOBODY = {"luonan_shimen_health_center_posts"}
GAP = "\u3000"


def test_batch406_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=403, unit_words=("洛南县",), new_people=True)


def test_batch406_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch406_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch406_every_unit_is_of_luonan_and_stands_in_its_sheet():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("洛南县") for u in units)
    inbox = BATCH.inbox()
    for lay in LAYOUTS:
        sheets = cells(inbox / f"{lay['name']}.xlsx")
        for f in lay["truth"]:
            here = sheets[f["sheet"]]
            assert any(norm(f["unit"]) in c for c in here), lay["name"]
            for field in ("department", "title", "person"):
                assert not f[field] or any(norm(f[field]) in c for c in here), (f, field)


def test_batch406_chart_sheet_first_and_active_no_cells():
    path = BATCH.inbox() / f"{CHART_NAME}.xlsx"
    wb = openpyxl.load_workbook(path)
    # the workbook opens on the chart sheet, a sheet that is a chart and nothing else
    assert wb.sheetnames == [CHART_TAB, LIST_TAB, COUNT_TAB]
    assert [s.title for s in wb.chartsheets] == [CHART_TAB]
    assert [s.title for s in wb.worksheets] == [LIST_TAB, COUNT_TAB]
    assert wb.active.title == CHART_TAB
    with zipfile.ZipFile(path) as z:
        names = set(z.namelist())
        assert "xl/chartsheets/sheet1.xml" in names and "xl/charts/chart1.xml" in names
        chart = z.read("xl/charts/chart1.xml").decode("utf-8")
    assert CHART_TITLE in chart and "<c:barChart>" in chart
    # its three series are the 统计 sheet's level columns, over its 科室 rows
    refs = re.findall(r"<c:f>([^<]+)</c:f>", chart)
    last = 2 + len({d for d, *_ in CDC_ROWS})
    for letter in "BCD":
        assert f"'{COUNT_TAB}'!${letter}$3:${letter}${last}" in refs
        assert f"{COUNT_TAB}!${letter}$2" in refs or f"'{COUNT_TAB}'!${letter}$2" in refs
    assert f"'{COUNT_TAB}'!$A$3:$A${last}" in refs
    # the chart sheet has no cells; every form is on the 一览表
    sheets = cells(path)
    assert sheets[CHART_TAB] == set()
    assert {f["sheet"] for f in BY_NAME[CHART_NAME]["truth"]} == {LIST_TAB}
    assert BY_NAME[CHART_NAME]["truth"][0]["unit"] == CHART_UNIT


def test_batch406_chart_sheet_list_is_an_ordinary_list_and_its_counts_agree():
    name = CHART_NAME
    assert BATCH.heading(name, LIST_TAB) == list(CDC_HEAD)
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, LIST_TAB) == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型", LIST_TAB) == [r["types"] for r in BATCH.points(name)]
    assert {r[6] for r in BATCH.table(name, LIST_TAB)} == set(ROMAN)
    # the 统计 sheet: counts by 科室 and level, a 合计 row; no point, no form
    rows = BATCH.rows(name, COUNT_TAB)
    assert rows[1] == list(COUNT_HEAD)
    counts = {}
    for f in BY_NAME[name]["truth"]:
        for r in f["risks"]:
            counts.setdefault(f["department"], [0, 0, 0])[r["level"] - 1] += 1
    body = rows[2:]
    assert [row[0] for row in body] == [*counts, "合计"]
    for row in body[:-1]:
        assert row[1:4] == counts[row[0]] and row[4] == sum(row[1:4])
    assert body[-1][1:] == [sum(row[i] for row in body[:-1]) for i in range(1, 5)]
    texts = {c for row in rows for c in row if isinstance(c, str)}
    assert not texts & {p["risk_point"] for p in BATCH.points(name)}


def test_batch406_plain_tables_by_heading():
    cases = [
        ("luonan_county_hospital_list",
         {"dept": "科室", "post": "职务", "person": "姓名", "point": "风险点"}, "风险类型"),
        ("luonan_shimen_health_center_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("luonan_gucheng_health_center_every_row",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, types in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, types) == [r["types"] for r in BATCH.points(name)], name
    # the short 风险点 is the point (one row each), the long 风险表现 none; nobody
    name = "luonan_shimen_health_center_posts"
    table = BATCH.table(name)
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in table} and len(points) == len(table)
    assert all(len(row[3]) < len(row[4]) for row in table)
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    assert {r[6] for r in table} == set(BANDS)
    # the county hospital: 科室 merged, 姓名 BEFORE 职务, both merged per person, 高/中/低
    name = "luonan_county_hospital_list"
    head = BATCH.heading(name)
    assert head.index("姓名") + 1 == head.index("职务")
    first = BATCH.header(name) + 1
    assert (first, 1, first + 2, 1) in BATCH.sheet(name)["merges"]  # 院领导 over three rows
    assert {r[6] for r in BATCH.table(name)} == set(HML)
    # every row written out, nothing merged below the title lines; the holder LAST
    name = "luonan_gucheng_health_center_every_row"
    assert BATCH.rows(name)[0] == ["附件1"]
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])
    assert all(all(c is not None for c in row[:8]) for row in BATCH.numbered(name))
    head = BATCH.heading(name)
    assert head[-1] == "责任人" and head.index("防控措施") == len(head) - 2
    assert {r[5] for r in BATCH.table(name)} == set(BARE)
    assert any(str(row[0]).startswith("注：风险等级Ⅰ为高") for row in BATCH.rows(name))


def test_batch406_leaders_and_staff_in_two_sheets():
    name = "luonan_health_bureau_two_sheets"
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


def test_batch406_group_rows_give_the_department():
    name = "luonan_tcm_hospital_duties"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and re.match(r"[一二三四]、", row[0]):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[4], HML[row[6]]))
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型") == [r["types"] for r in BATCH.points(name)]
    duties = {row[3] for row in BATCH.table(name)}
    assert not duties & {p["risk_point"] for p in BATCH.points(name)}  # 职责事项 no point


def test_batch406_one_sheet_a_person():
    name = "luonan_health_inspection_cards"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["title"] and f["tier"] in ("leader", "middle", "general")
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["所在科室", f["department"]] and rows[2][2] == "执法证号"
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert {r[2] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
        assert not {rows[2][3]} & {p["risk_point"] for p in BATCH.points(name)}
    name = "luonan_jingcun_health_center_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"]
        rows = BATCH.filled(name, f["sheet"])
        # a row of labels over a row of their values
        assert rows[1][:4] == [f"姓{GAP}名", "所在科室", f"岗{GAP}位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        table = BATCH.table(name, f["sheet"])
        assert not {r[1] for r in table} & {p["risk_point"] for p in BATCH.points(name)}
        assert {r[4] for r in table} <= set(RISKS)


def test_batch406_is_read(tmp_path):
    BATCH.is_read(tmp_path)
