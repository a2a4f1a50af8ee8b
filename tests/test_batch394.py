"""The three-hundred-and-ninety-fourth batch of published layouts (tests/published/batch394.py): seven
ordinary files as the 能源 and 应急 bodies of one city (彬州市) really send them — the 能源局's 一览表
under ``附件1`` with ``一级/二级/三级``, the 应急管理局's two sheets ``局领导 | 股室`` with
``Ⅰ级/Ⅱ级/Ⅲ级``, the 煤炭事务中心's 排查表 对岗不对人 with ``风险点 | 风险表现`` and
``高风险/中风险/低风险``, the 安全生产执法大队's 防控卡 one sheet a holder with ``★★★/★★/★``, the
救灾物资储备中心's 自查表 one sheet a person (a label row over a row of values), the 煤矿安全监管站's
责任清单 under group rows ``一、站领导`` … with ``一级风险/二级风险/三级风险``, the 应急救援指挥中心's
一览表 written out on every row with bare ``Ⅰ/Ⅱ/Ⅲ`` — and one harder: the 消防救援大队's 公示表 made in
WPS with each holder's PHOTO EMBEDDED IN A CELL of a ``照片`` column between ``姓名`` and
``廉政风险点`` (the cell a formula ``_xlfn.DISPIMG("ID_…",1)`` cached as the text
``=DISPIMG("ID_…",1)``, the pictures in WPS's ``xl/cellimages.xml``)
(``python tests/published/score.py --set batch394``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap5 at 7ceb217
(dev's newest when the batch was done; this worktree branched from dev at 7ceb217).
``score.py --set batch394``:
``TOTAL                      forms  38/38  points  66/66  recall 1.00 precision 1.00 (66/66)  levels  66/66  types  66/66  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  38/38  points  66/66  recall 1.00 precision 1.00 (66/66)  levels  66/66  types  66/66  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``. The 9
files of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as FILE_SKIPPED). ALL
EIGHT layouts read in full — every form, point, level and type, with ``--strict`` too (every 科室
and post as the truth's) — the harder one included. The truth was not changed after measuring.

No scored miss. The harder ``binzhou_fire_brigade_cell_photos.xlsx`` (sheet 公示表) read as the
ordinary list it is under its pictures: the ``照片`` column (E4:E16, ``=DISPIMG("ID_…",1)`` merged
per person) was left out altogether — no point, no holder, no description or measures taken from it
(risks.csv ``description`` blank for the seven forms F00020–F00026), no issue and no
``CELL_OUTSIDE`` raised for it; the 部门, 岗位 and 姓名 (B, C, D) and the 廉政风险点, 风险等级 and
防控措施 (F, G, H) on either side of it read as the truth's. (The reader reads cached values, so
it never sees the pictures; it neither tells the user that the column holds pictures nor reads
anything from the ``cellimages`` part, which the truth does not ask of it.)

Unscored besides: one tier — the 消防救援大队's ``政治教导员`` (禚珝澔, posts.csv F00021, C6:D6) read as
一般岗位; the truth has him a leader (``大队领导``, beside the 大队长 and 副大队长, which read as 领导岗位).
Kind: a 大队's political head, whose title ends in ``员`` but is no ``…员`` clerk, falls under the
rule that posts ending in ``员`` are general. Every other unit, 科室, post and tier in posts.csv is the
truth's (局领导, 中心领导, 站领导 and 大队领导 as the 科室 of the leaders; the 大队's 消防救援站 站长 中层岗位,
the 监管站's 站长 领导岗位). The other issues are info only (TABLE_NO_TYPE on the three untyped layouts'
sheets, GRADE_BLANK on the cards and the 自查表, FILE_SKIPPED for truth.json).

Generalised after this measurement: nothing needed: the batch read in full untuned.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re
import zipfile

import openpyxl
from published.batch394 import (
    BANDS,
    BARE,
    CELLIMAGE_REL,
    CELLIMAGE_TYPE,
    GRADES,
    LAYOUTS,
    PHOTO_COL,
    PHOTO_HEAD,
    PHOTO_ROWS,
    PHOTO_TAB,
    PHOTO_UNIT,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
    photo_cell,
    photo_id,
)
from published.cells import cells, norm
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(394, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
PHOTO_FILE = "binzhou_fire_brigade_cell_photos"
HARDER = {PHOTO_FILE}
UNTYPED = {
    PHOTO_FILE,
    "binzhou_emergency_bureau_two_sheets",
    "binzhou_safety_enforcement_cards",
}
NOBODY = {"binzhou_coal_center_posts"}
GAP = "\u3000"


def test_batch394_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=391, unit_words=("彬州市",), new_people=True)


def test_batch394_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch394_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch394_every_unit_is_of_binzhou_and_stands_in_its_sheet():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("彬州市") for u in units)
    inbox = BATCH.inbox()
    for lay in LAYOUTS:
        sheets = cells(inbox / f"{lay['name']}.xlsx")
        for f in lay["truth"]:
            here = sheets[f["sheet"]]
            assert any(norm(f["unit"]) in c for c in here), lay["name"]
            for field in ("department", "title", "person"):
                assert not f[field] or any(norm(f[field]) in c for c in here), (f, field)


def test_batch394_photos_embedded_in_cells():
    name = PHOTO_FILE
    sheet = BATCH.sheet(name, PHOTO_TAB)
    rows, merges = sheet["rows"], set(sheet["merges"])
    head = BATCH.header(name, PHOTO_TAB)
    assert tuple(rows[head]) == PHOTO_HEAD
    assert BY_NAME[name]["truth"][0]["unit"] == PHOTO_UNIT
    # the list reads as an ordinary one by its headings, the 照片 column left out
    heads = {"dept": "部门", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, PHOTO_TAB) == BATCH.truth_rows(name)
    table = BATCH.table(name, PHOTO_TAB)
    assert {r[6] for r in table} == set(HML)
    # every row's 照片 cell (merged per person) is the cached text of its holder's picture
    assert [r[PHOTO_COL] for r in table] == [photo_cell(r[3]) for r in table]
    people = [who for _, _, who, _, _ in PHOTO_ROWS]
    assert len(set(people)) == len(people) == len({photo_id(w) for w in people})
    for r in range(head + 1, len(rows)):
        if rows[r] and isinstance(rows[r][0], int) and rows[r][PHOTO_COL] is not None:
            span = [m for m in merges if m[0] == r and m[1] == m[3] == PHOTO_COL]
            who = rows[r][3]
            count = sum(len(pts) for _, _, w, _, pts in PHOTO_ROWS if w == who)
            assert (count == 1 and not span) or span == [(r, PHOTO_COL, r + count - 1, PHOTO_COL)]
    # the 照片 cells are no point, no 科室, no post, no holder
    photos = {r[PHOTO_COL] for r in table}
    forms = BY_NAME[name]["truth"]
    assert not photos & {p["risk_point"] for p in BATCH.points(name)}
    assert not photos & {f[k] for f in forms for k in ("department", "title", "person")}


def test_batch394_photo_cells_are_wps_pictures_in_the_built_file():
    path = BATCH.inbox() / f"{PHOTO_FILE}.xlsx"
    with zipfile.ZipFile(path) as z:
        names = set(z.namelist())
        sheet_xml = z.read("xl/worksheets/sheet1.xml").decode()
        images = z.read("xl/cellimages.xml").decode()
        wb_rels = z.read("xl/_rels/workbook.xml.rels").decode()
        types = z.read("[Content_Types].xml").decode()
    people = [who for _, _, who, _, _ in PHOTO_ROWS]
    ids = [photo_id(w) for w in people]
    # one picture a holder, named by its ID, in WPS's part, tied to the workbook
    assert {f"xl/media/image{i}.png" for i in range(1, len(ids) + 1)} <= names
    assert re.findall(r'name="(ID_[0-9A-F]{32})"', images) == ids
    assert f'Type="{CELLIMAGE_REL}" Target="cellimages.xml"' in wb_rels
    assert f'PartName="/xl/cellimages.xml" ContentType="{CELLIMAGE_TYPE}"' in types
    # each 照片 cell a string formula: _xlfn.DISPIMG in <f>, the text =DISPIMG(…) cached in <v>
    got = re.findall(r'<c r="E(\d+)"[^>]*t="str"><f>_xlfn\.DISPIMG\("(ID_[0-9A-F]{32})",1\)</f>'
                     r'<v>=DISPIMG\("\2",1\)</v></c>', sheet_xml)  # fmt: skip
    assert [pid for _, pid in got] == ids
    ws = openpyxl.load_workbook(path)[PHOTO_TAB]
    cached = openpyxl.load_workbook(path, data_only=True)[PHOTO_TAB]
    for row, pid in got:
        assert ws[f"E{row}"].value == f'=_xlfn.DISPIMG("{pid}",1)'
        assert cached[f"E{row}"].value == f'=DISPIMG("{pid}",1)'
    # the truth tests read the cached text
    here = cells(path)[PHOTO_TAB]
    assert {norm(photo_cell(w)) for w in people} <= here


def test_batch394_plain_tables_by_heading():
    cases = [
        ("binzhou_energy_bureau_list",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}),
        ("binzhou_coal_center_posts", {"dept": "股室", "post": "岗位", "point": "风险点"}),
        ("binzhou_rescue_command_every_row",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}),
    ]  # fmt: skip
    for name, heads in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, "风险类型") == [r["types"] for r in BATCH.points(name)], name
    name = "binzhou_energy_bureau_list"
    assert BATCH.rows(name)[0] == ["附件1"]
    assert {r[6] for r in BATCH.table(name)} == set(GRADES)
    # the short 风险点 is the point (one row each), the long 风险表现 none; nobody
    name = "binzhou_coal_center_posts"
    table = BATCH.table(name)
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in table} and len(points) == len(table)
    assert all(len(row[3]) < len(row[4]) for row in table)
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    assert {r[6] for r in table} == set(BANDS)
    # every row written out, nothing merged down; bare grades read by the note
    name = "binzhou_rescue_command_every_row"
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])
    assert all(all(c is not None for c in row[:8]) for row in BATCH.numbered(name))
    assert {r[6] for r in BATCH.table(name)} == set(BARE)
    assert any(str(row[0]).startswith("注：风险等级Ⅰ为高") for row in BATCH.rows(name))


def test_batch394_leaders_and_staff_in_two_sheets():
    name = "binzhou_emergency_bureau_two_sheets"
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


def test_batch394_group_rows_give_the_department():
    name = "binzhou_mine_safety_station_duties"
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


def test_batch394_one_sheet_a_person():
    name = "binzhou_safety_enforcement_cards"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["title"]
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["所在中队", f["department"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        table = BATCH.table(name, f["sheet"])
        assert {r[3] for r in table} <= set(STARS)
        assert not {r[1] for r in table} & {p["risk_point"] for p in BATCH.points(name)}
    name = "binzhou_relief_depot_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"]
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f"股{GAP}室", f"岗{GAP}位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        table = BATCH.table(name, f["sheet"])
        assert not {r[5] for r in table} & {p["risk_point"] for p in BATCH.points(name)}
        assert {r[3] for r in table} <= set(HML)


def test_batch394_is_read(tmp_path):
    BATCH.is_read(tmp_path)
