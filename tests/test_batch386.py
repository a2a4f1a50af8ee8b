"""The three-hundred-and-eighty-sixth batch of published layouts (tests/published/batch386.py): seven
ordinary files as the 自然资源 and 林业 bodies of one county (眉县) really send them — the
自然资源局's two sheets ``局领导 | 股室`` with 高/中/低, the 不动产登记中心's 排查表 对岗不对人 with
``风险点 | 主要表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 太白山林场's 防控卡 one sheet a holder with ``★★★/★★/★``,
the 横渠国土资源所's 自查表 one sheet a person with ``高风险/中风险/低风险``, the 自然资源综合执法大队's
责任清单 under group rows ``一、大队领导`` … with ``一级风险/二级风险/三级风险``, the
森林病虫害防治检疫站's 一览表 written out on every row with bare ``Ⅰ/Ⅱ/Ⅲ``, the 林业技术推广中心's 一览表
under ``附件1`` with ``…风险`` types — and one harder: the 林业局's 一览表 whose 岗位 and 姓名 cells are
formulas LINKED TO ANOTHER WORKBOOK (the 局's 干部职工花名册, not sent), saved with their cached values
(``python tests/published/score.py --set batch386``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap3 at 1412688
(dev's newest when the batch was done; this worktree branched from dev at 1412688).
``score.py --set batch386``:
``TOTAL                      forms  38/38  points  65/65  recall 1.00 precision 1.00 (65/65)  levels  65/65  types  65/65  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  38/38  points  65/65  recall 1.00 precision 1.00 (65/65)  levels  65/65  types  65/65  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``. The 9 files
of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as FILE_SKIPPED). All eight
layouts read in full — every form, point, level and type, with ``--strict`` too — the harder
``meixian_forestry_bureau_linked_roster.xlsx`` included (forms 7/7, points 12/12, precision 12/12,
levels 12/12, types 12/12). The truth was not changed after measuring.

Missed: nothing. By cell, the linked file was read by the formulas' cached values: C4/D4
(``=[1]在职人员!$D$5`` / ``$C$5``, merged down to row 5) gave posts.csv F00010 ``局领导 | 局长 | 帅岷湛``,
C6/D6 F00011 ``副局长 | 笪霁峤``, C8/D8 and C10/D10 the 资源管理股's ``股长 | 郯沄翙`` and ``科员 | 殳渺汀``,
C11/D11 the 营林股's ``股长 | 仉泓岫``, C13/D13 and C14/D14 the 森林保护股's ``股长 | 隗澈岚`` and
``科员 | 扈霈瑄`` — every post, holder, 股室, tier, level and type as the truth has them; no cell was
read as its formula text, and the 花名册's name and path (only in the external-link part) named no
one. No issue names the formulas or the link (the reader says nothing of the missing 花名册: it
reads a linked cell as what it shows, which is the truth's judgement call here). Kind: none — the
shape is new to the README, not to the reader.

Unscored besides: every unit, 科室, post and tier in posts.csv is the truth's (局领导/中心领导/场领导/
大队领导/站领导 as the 科室 of the leaders; 股长, 中队长, 管护站站长 中层岗位; 受理员, 登簿员, 检疫员,
国土员 … 一般岗位) but one: the 横渠国土资源所's 所长 (sheet ``眭瀚苓``) has the 科室 ``领导班子`` in
posts.csv where the truth has none (the 所's 自查表 names no 科室; the reader files a leader of a unit
without 科室 under 领导班子; ``--strict`` counts the form, as it checks no leader's 科室). The
issues are info only (TABLE_NO_TYPE on the two untyped layouts' sheets, GRADE_BLANK on the cards and
the 自查表, FILE_SKIPPED for truth.json).

Generalised after this measurement: nothing needed: the batch read in full untuned.

Generalised after this measurement: nothing needed: the batch read in full untuned.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re
import zipfile

from openpyxl import load_workbook
from published.batch386 import (
    BANDS,
    BARE,
    GRADES,
    LAYOUTS,
    LINKED_HEAD,
    LINKED_ROWS,
    LINKED_TAB,
    LINKED_UNIT,
    RESAVED,
    RISKS,
    ROMAN,
    ROSTER_BOOK,
    ROSTER_SHEET,
    STARS,
    build,
)
from published.cells import cells, norm
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(386, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
LINKED_FILE = "meixian_forestry_bureau_linked_roster"
HARDER = {LINKED_FILE}
UNTYPED = {"meixian_natural_resources_two_sheets", "meixian_taibai_forest_farm_cards"}
NOBODY = {"meixian_registration_center_posts"}
GAP = "\u3000"


def test_batch386_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=383, unit_words=("眉县",), new_people=True)


def test_batch386_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch386_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch386_every_unit_is_of_meixian_and_stands_in_its_sheet():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("眉县") for u in units)
    inbox = BATCH.inbox()
    for lay in LAYOUTS:
        sheets = cells(inbox / f"{lay['name']}.xlsx")
        for f in lay["truth"]:
            here = sheets[f["sheet"]]
            assert any(norm(f["unit"]) in c for c in here), lay["name"]
            for field in ("department", "title", "person"):
                assert not f[field] or any(norm(f[field]) in c for c in here), (f, field)


def test_batch386_linked_cells_hold_the_roster_values():
    name = LINKED_FILE
    lay = BY_NAME[name]
    sheet = BATCH.sheet(name, LINKED_TAB)
    links = sheet["links"]
    head = BATCH.header(name, LINKED_TAB)
    assert tuple(sheet["rows"][head]) == LINKED_HEAD
    # the list as it shows: an ordinary list, 股室 merged, 岗位 and 姓名 merged per person
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, LINKED_TAB, level="风险等级") == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型", LINKED_TAB) == [r["types"] for r in BATCH.points(name)]
    assert {r[6] for r in BATCH.table(name, LINKED_TAB)} == set(GRADES)
    assert lay["truth"][0]["unit"] == LINKED_UNIT
    # every 岗位 and 姓名 cell that holds a value is a link (two a person), no other cell is
    people = [p for _, group in LINKED_ROWS for p in group]
    assert len(links) == 2 * len(people) == 2 * len(lay["truth"])
    for (r, c), target in links.items():
        assert c in (2, 3) and sheet["rows"][r][c] is not None, (r, c)
        assert re.fullmatch(rf"{ROSTER_SHEET}!\$[CD]\$\d+", target), target
    for r, row in enumerate(sheet["rows"]):
        for c in (2, 3):
            if r > head and c < len(row) and row[c] is not None and isinstance(row[0], int):
                assert (r, c) in links, (r, c)
    # the roster's rows are not the list's order
    roster_rows = [p[0] for p in people]
    assert roster_rows != sorted(roster_rows)
    external = lay["external"]
    assert external["book"] == ROSTER_BOOK and external["path"].startswith("file:///")
    # the file: the formulas ``[1]在职人员!$D$n`` with their cached values, one external link
    # whose cached cells are the values shown, no recalculation on load
    path = BATCH.inbox() / f"{name}.xlsx"
    formulas = load_workbook(path)[LINKED_TAB]
    values = load_workbook(path, data_only=True)[LINKED_TAB]
    for (r, c), target in links.items():
        assert formulas.cell(r + 1, c + 1).value == f"=[1]{target}"
        assert values.cell(r + 1, c + 1).value == sheet["rows"][r][c]
        ref = target.split("!")[1].replace("$", "")
        assert external["cells"][ref] == sheet["rows"][r][c]
    with zipfile.ZipFile(path) as z:
        names = set(z.namelist())
        workbook = z.read("xl/workbook.xml").decode("utf-8")
        link = z.read("xl/externalLinks/externalLink1.xml").decode("utf-8")
        link_rels = z.read("xl/externalLinks/_rels/externalLink1.xml.rels").decode("utf-8")
    assert "xl/externalLinks/externalLink1.xml" in names
    assert "<externalReferences>" in workbook and "fullCalcOnLoad" not in workbook
    assert f'<sheetName val="{ROSTER_SHEET}"/>' in link
    assert ROSTER_BOOK in link_rels and 'TargetMode="External"' in link_rels
    # the roster is not in the file: no sheet of it, its name only in the link's path
    assert load_workbook(path).sheetnames == [LINKED_TAB]
    assert not any(ROSTER_BOOK in c or "花名册" in c for c in cells(path)[LINKED_TAB])
    # every holder's text stands in the sheet only as a cached value of a link
    holders = {f["person"] for f in lay["truth"]}
    assert holders == {sheet["rows"][r][c] for (r, c) in links if c == 3}


def test_batch386_plain_tables_by_heading():
    cases = [
        ("meixian_registration_center_posts",
         {"dept": "股室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("meixian_forest_pest_station_every_row",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类型"),
        ("meixian_forestry_extension_center_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the short 风险点 is the point (one row each), the long 主要表现 none; nobody
    name = "meixian_registration_center_posts"
    table = BATCH.table(name)
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in table} and len(points) == len(table)
    assert all(len(row[3]) < len(row[4]) for row in table)
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    assert {r[6] for r in table} == set(ROMAN)
    # every row written out, nothing merged down; bare grades read by the note
    name = "meixian_forest_pest_station_every_row"
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])
    assert all(all(c is not None for c in row[:8]) for row in BATCH.numbered(name))
    assert {r[6] for r in BATCH.table(name)} == set(BARE)
    assert any(str(row[0]).startswith("注：风险等级Ⅰ为高") for row in BATCH.rows(name))
    name = "meixian_forestry_extension_center_list"
    assert BATCH.rows(name)[0] == ["附件1"]
    assert {r[6] for r in BATCH.table(name)} == set(HML)


def test_batch386_leaders_and_staff_in_two_sheets():
    name = "meixian_natural_resources_two_sheets"
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


def test_batch386_group_rows_give_the_department():
    name = "meixian_enforcement_brigade_duties"
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


def test_batch386_one_sheet_a_person():
    name = "meixian_taibai_forest_farm_cards"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["title"]
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["持卡人", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["所在科室", f["department"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert {r[2] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
    name = "meixian_hengqu_land_office_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"] and f["department"] == ""
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][0] == f"单位：{f['unit']}"
        assert rows[2][:5] == [f"姓{GAP}名", f["person"], None, f"职{GAP}务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        table = BATCH.table(name, f["sheet"])
        assert not {r[1] for r in table} & {p["risk_point"] for p in BATCH.points(name)}
        assert {r[4] for r in table} <= set(BANDS)


def test_batch386_is_read(tmp_path):
    BATCH.is_read(tmp_path)
