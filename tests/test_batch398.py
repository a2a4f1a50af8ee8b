"""The three-hundred-and-ninety-eighth batch of published layouts (tests/published/batch398.py): seven
ordinary files as the 财政 and 税务 bodies of one county (淳化县) really send them — the 财政局's two
sheets ``局领导 | 股室`` with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 国库支付中心's 排查表 对岗不对人 with ``风险点 | 风险表现``
and ``高风险/中风险/低风险``, the 城关税务分局's 防控卡 one sheet a holder with ``★★★/★★/★``, the
润镇财政所's 自查表 one sheet a person (a label row over a row of values), the 财政投资评审中心's 责任清单
under group rows ``一、中心领导`` … with ``一级风险/二级风险/三级风险``, the 非税收入管理中心's 一览表
written out on every row with bare ``Ⅰ/Ⅱ/Ⅲ``, the 国有资产服务中心's 一览表 under ``附件1`` with
``一级/二级/三级`` and a last ``责任人`` column — and one harder: the 税务局's ordinary 一览表 SAVED AS
``Strict Open XML 电子表格``, the strict conformance class of .xlsx (``conformance="strict"``, every
SpreadsheetML, DrawingML and relationship name under ``http://purl.oclc.org/ooxml/…``)
(``python tests/published/score.py --set batch398``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap6 at d141f22
(dev's newest when the batch was done; this worktree branched from dev at d141f22).
``score.py --set batch398``:
``TOTAL                      forms  35/35  points  59/59  recall 1.00 precision 1.00 (59/59)  levels  59/59  types  59/59  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  35/35  points  59/59  recall 1.00 precision 1.00 (59/59)  levels  59/59  types  59/59  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``. The 9
files of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as FILE_SKIPPED). ALL
EIGHT layouts read in full — every form, point, level and type, with ``--strict`` too (every 科室
and post as the scorer compares them) — the harder one included. The truth was not changed after measuring.

No scored miss. The harder ``chunhua_tax_bureau_strict_ooxml.xlsx`` (sheet 一览表) read as the
ordinary list it is: its six forms (posts.csv F00025–F00030, unit ``国家税务总局淳化县税务局``, 科室
局领导/征收管理股/社会保险费和非税收入股/办公室 from the merged B column) and nine points (E4…E12 with
their types, levels and measures) as the truth's, with no issue raised for the file (the reader
opens the package through calamine, which reads the strict file's cells and merges as it reads
those of a transitional one; a reader that looks the parts up by the transitional
relationship types — openpyxl 3.1 — sees no sheet in it). The reader neither tells the user that
the file is strict, nor needs to.

Unscored besides: one tier — the 润镇财政所's ``所长`` (暨湲珣, posts.csv F00016) read as 中层岗位; the
truth has him a leader (the head of a 财政所 that is a unit of its own, as batch351's 街道财政所).
Kind: a 所长 read as the head of a 所 inside a 镇 (the reader wrote the file's unit ``淳化县润镇`` and
科室 ``财政所``, one of the two ways the scorer accepts for a 站所's own file), so a middle post. The
城关税务分局's cards were read with 科室 ``城关税务分局`` under the unit ``国家税务总局淳化县税务局城关税务
分局`` (F00022–F00024; truth no 科室, which the scorer matches). Every other unit, 科室, post and tier
in posts.csv is the truth's (局领导 and 中心领导 as the 科室 of the leaders; 纪检组长, 分局长 and
副分局长 领导岗位). The other issues are info only (TABLE_NO_TYPE on the five untyped sheets,
GRADE_BLANK on the cards and the 自查表, FILE_SKIPPED for truth.json).

Generalised after this measurement: nothing needed: the batch read in full untuned (python-calamine
reads the strict Open XML file).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re
import zipfile

from published.batch44 import write_xlsx as write_plain
from published.batch398 import (
    BANDS,
    BARE,
    GRADES,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    STRICT_HEAD,
    STRICT_MAIN,
    STRICT_NAME,
    STRICT_RELS,
    STRICT_ROWS,
    STRICT_TAB,
    STRICT_UNIT,
    build,
)
from published.cells import cells, norm
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(398, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {STRICT_NAME}
UNTYPED = {"chunhua_finance_bureau_two_sheets", "chunhua_tax_branch_cards"}
NOBODY = {"chunhua_treasury_center_posts"}
GAP = "\u3000"
TRANSITIONAL = "http://schemas.openxmlformats.org/"


def test_batch398_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=395, unit_words=("淳化县",), new_people=True)


def test_batch398_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch398_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch398_every_unit_is_of_chunhua_and_stands_in_its_sheet():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all("淳化县" in u for u in units)
    inbox = BATCH.inbox()
    for lay in LAYOUTS:
        sheets = cells(inbox / f"{lay['name']}.xlsx")
        for f in lay["truth"]:
            here = sheets[f["sheet"]]
            assert any(norm(f["unit"]) in c for c in here), lay["name"]
            for field in ("department", "title", "person"):
                assert not f[field] or any(norm(f[field]) in c for c in here), (f, field)


def test_batch398_strict_file_is_an_ordinary_list():
    name = STRICT_NAME
    assert BATCH.heading(name, STRICT_TAB) == list(STRICT_HEAD)
    assert BY_NAME[name]["truth"][0]["unit"] == STRICT_UNIT
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, STRICT_TAB) == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型", STRICT_TAB) == [r["types"] for r in BATCH.points(name)]
    assert {r[6] for r in BATCH.table(name, STRICT_TAB)} == set(HML)
    people = [who for _, _, who, _, _ in STRICT_ROWS]
    assert len(set(people)) == len(people) == len(BY_NAME[name]["truth"])


def test_batch398_strict_file_is_the_strict_conformance_class(tmp_path):
    path = BATCH.inbox() / f"{STRICT_NAME}.xlsx"
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n).decode("utf-8") for n in z.namelist()}
    # the same parts as any .xlsx, the same content types
    assert {"[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
            "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml"} <= set(parts)  # fmt: skip
    assert (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
        in (parts["[Content_Types].xml"])
    )
    book = parts["xl/workbook.xml"]
    assert re.search(r'<workbook conformance="strict" xmlns="' + re.escape(STRICT_MAIN) + '"', book)
    assert f'xmlns:r="{STRICT_RELS}"' in book
    for part in ("xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml"):
        assert f'xmlns="{STRICT_MAIN}"' in parts[part], part
    assert 'xmlns:a="http://purl.oclc.org/ooxml/drawingml/main"' in parts["xl/theme/theme1.xml"]
    assert (
        "http://purl.oclc.org/ooxml/officeDocument/extendedProperties" in parts["docProps/app.xml"]
    )
    # every relationship type strict, but the core properties' (an OPC type)
    types = re.findall(
        r'Type="([^"]+)"', parts["_rels/.rels"] + parts["xl/_rels/workbook.xml.rels"]
    )
    opc = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
    assert f"{STRICT_RELS}/officeDocument" in types and f"{STRICT_RELS}/worksheet" in types
    assert all(t.startswith(STRICT_RELS + "/") or t == opc for t in types), types
    # no transitional SpreadsheetML, DrawingML or officeDocument name is left anywhere
    for part, text in parts.items():
        left = set(re.findall(re.escape(TRANSITIONAL) + r"[^\"' <>]+", text))
        assert all("/package/2006/" in u for u in left), (part, left)
    # the cells and merges are those of the same list saved as an ordinary workbook
    plain = write_plain(BY_NAME[STRICT_NAME], tmp_path / "plain.xlsx")
    assert cells(path) == cells(plain)
    with zipfile.ZipFile(plain) as z:
        sheet = z.read("xl/worksheets/sheet1.xml").decode("utf-8")
    merges = re.findall(r'<mergeCell ref="([A-Z]+\d+:[A-Z]+\d+)"/>', sheet)
    assert merges and merges == re.findall(
        r'<mergeCell ref="([A-Z]+\d+:[A-Z]+\d+)"/>', parts["xl/worksheets/sheet1.xml"]
    )
    # the ordinary layouts are transitional, as xlsxwriter writes them
    for lay in LAYOUTS:
        if lay["name"] != STRICT_NAME:
            with zipfile.ZipFile(BATCH.inbox() / f"{lay['name']}.xlsx") as z:
                assert "purl.oclc.org" not in z.read("xl/workbook.xml").decode("utf-8")


def test_batch398_plain_tables_by_heading():
    cases = [
        ("chunhua_treasury_center_posts", {"dept": "股室", "post": "岗位", "point": "风险点"}),
        ("chunhua_nontax_center_every_row",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}),
        ("chunhua_state_assets_center_list",
         {"dept": "股室", "post": "岗位", "person": "责任人", "point": "风险点"}),
    ]  # fmt: skip
    for name, heads in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, "风险类型") == [r["types"] for r in BATCH.points(name)], name
    # the short 风险点 is the point (one row each), the long 风险表现 none; nobody
    name = "chunhua_treasury_center_posts"
    table = BATCH.table(name)
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in table} and len(points) == len(table)
    assert all(len(row[3]) < len(row[4]) for row in table)
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    assert {r[6] for r in table} == set(BANDS)
    # every row written out, nothing merged down; bare grades read by the note
    name = "chunhua_nontax_center_every_row"
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])
    assert all(all(c is not None for c in row[:8]) for row in BATCH.numbered(name))
    assert {r[6] for r in BATCH.table(name)} == set(BARE)
    assert any(str(row[0]).startswith("注：风险等级Ⅰ为高") for row in BATCH.rows(name))
    # the holder in the LAST column, after the measures, merged per person
    name = "chunhua_state_assets_center_list"
    assert BATCH.rows(name)[0] == ["附件1"]
    head = BATCH.heading(name)
    assert head[-1] == "责任人" and head.index("防控措施") == len(head) - 2
    assert {r[5] for r in BATCH.table(name)} == set(GRADES)
    first = BATCH.header(name) + 1
    assert (first, 7, first + 1, 7) in BATCH.sheet(name)["merges"]


def test_batch398_leaders_and_staff_in_two_sheets():
    name = "chunhua_finance_bureau_two_sheets"
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


def test_batch398_group_rows_give_the_department():
    name = "chunhua_review_center_duties"
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


def test_batch398_one_sheet_a_person():
    name = "chunhua_tax_branch_cards"
    for f in BY_NAME[name]["truth"]:
        assert (
            f["sheet"] == f["title"]
            and f["department"] == ""
            and f["tier"] in ("leader", "general")
        )
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][0] in ("分管工作", "工作职责")
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert {r[2] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
        assert not {rows[2][1]} & {p["risk_point"] for p in BATCH.points(name)}
    name = "chunhua_runzhen_finance_office_selfchecks"
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
        table = BATCH.table(name, f["sheet"])
        assert not {r[5] for r in table} & {p["risk_point"] for p in BATCH.points(name)}
        assert {r[3] for r in table} <= set(HML)


def test_batch398_is_read(tmp_path):
    BATCH.is_read(tmp_path)
