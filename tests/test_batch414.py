"""The four-hundred-and-fourteenth batch of published layouts (tests/published/batch414.py): seven
ordinary files as the 司法 bodies of one county (平利县) really send them — the 司法局's two sheets
``局领导 | 股室`` with ``一级/二级/三级``, the 公证处's 一览表 with ``部门`` merged, ``风险点 | 风险描述`` and
高/中/低, the 法律援助中心's 责任清单 under group rows ``一、中心领导`` … with ``一级风险/二级风险/三级风险``,
the 长安镇司法所's 防控卡 one sheet a holder with ``★★★/★★/★``, the 城关镇司法所's 自查表 one sheet a
person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 人民调解委员会's 排查表 对岗不对人 with ``风险点 | 风险表现`` and
``高风险/中风险/低风险``, the 医疗纠纷人民调解委员会's 一览表 under a two-row heading with bare ``Ⅰ/Ⅱ/Ⅲ`` —
and one harder: the 老县镇司法所's plain list AS A PLATFORM'S STREAMING WRITER EXPORTS IT (the
sheet's dimension record ``A1`` though the table runs to I10, every text an inline string, no
shared-strings part) (``python tests/published/score.py --set batch414``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap11 at 57d6eaa
(main's newest when the batch was done; this worktree branched from dev at the same 57d6eaa).
``score.py --set batch414``:
``TOTAL                      forms  37/37  points  64/64  recall 1.00 precision 1.00 (64/64)  levels  64/64  types  64/64  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  37/37  points  64/64  recall 1.00 precision 1.00 (64/64)  levels  64/64  types  64/64  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``.
The 9 files of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as
FILE_SKIPPED). ALL EIGHT layouts read in full — every form, point, level and type, with
``--strict`` too — the harder one included: the reader does not trust the sheet's dimension
record (``xlproc collect`` reads all ten rows of ``pingli_laoxian_office_platform_export.xlsx``,
its nine points F00015–F00018 with their unit, post, holder, type and level, and its check line
``表格行 64 = 风险点 64``) and reads the inline strings without a shared-strings part. The truth was
not changed after measuring.

Missed: nothing scored. No cell is misread; issues.csv holds only info (TABLE_NO_TYPE on the
eight untyped sheets, GRADE_BLANK on the cards and the 自查表, FILE_SKIPPED for truth.json), none
on the harder file's sheet.

Unscored besides: the 长安镇 and 城关镇 司法所' cards and 自查表 are read as unit ``平利县长安镇`` /
``平利县城关镇`` with 科室 ``司法所`` (posts.csv F00001–F00006; truth: unit ``平利县长安镇司法所`` /
``平利县城关镇司法所``, no 科室 — the scorer takes a 镇's 所 both ways, as the README says), and there
the 所长 and the 副所长 get the tier 中层岗位 (F00001, F00004, F00005; truth leader, 领导岗位) —
while the harder file's 所长 (unit ``平利县老县镇司法所`` from its ``单位名称`` column) is 领导岗位, as
the truth. Every other unit, 科室, post and tier in posts.csv is the truth's (局领导, 处领导, 中心领导 and
委员会领导 as the 科室 of those leaders; 股长, 办公室主任, 部长 中层岗位).

Generalised after this measurement: nothing to generalise: the reader already ignores a sheet's
dimension record and reads inline strings.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re
import zipfile

import openpyxl
from published.batch414 import (
    BANDS,
    BARE,
    EXPORT_HEAD,
    EXPORT_NAME,
    EXPORT_ROWS,
    EXPORT_TAB,
    EXPORT_UNIT,
    GRADES,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.cells import cells, norm
from published.checks import Batch, same_cells
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(414, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {EXPORT_NAME}
UNTYPED = {
    "pingli_justice_bureau_two_sheets",
    "pingli_changan_office_cards",
    "pingli_chengguan_office_selfchecks",
}
NOBODY = {"pingli_mediation_committee_posts"}
GAP = "\u3000"


def test_batch414_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=411, unit_words=("平利县",), new_people=True)


def test_batch414_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(6, 14))
    assert RESAVED == ()


def test_batch414_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch414_every_unit_is_of_pingli_and_stands_in_its_sheet():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("平利县") for u in units)
    inbox = BATCH.inbox()
    for lay in LAYOUTS:
        sheets = cells(inbox / f"{lay['name']}.xlsx")
        for f in lay["truth"]:
            assert any(norm(f["unit"]) in c for c in sheets[f["sheet"]]), lay["name"]


def test_batch414_export_is_a_streaming_writers_file():
    path = BATCH.inbox() / f"{EXPORT_NAME}.xlsx"
    with zipfile.ZipFile(path) as z:
        names = set(z.namelist())
        sheet = z.read("xl/worksheets/sheet1.xml").decode("utf-8")
        types = z.read("[Content_Types].xml").decode("utf-8")
        rels = z.read("xl/_rels/workbook.xml.rels").decode("utf-8")
    # no shared-strings part, nor a reference to one
    assert "xl/sharedStrings.xml" not in names
    assert "sharedStrings" not in types and "sharedStrings" not in rels
    # the dimension record claims one cell; every text is inline
    assert re.findall(r"<dimension [^>]*/>", sheet) == ['<dimension ref="A1"/>']
    assert ' t="s"' not in sheet
    texts = sum(isinstance(v, str) for row in BATCH.sheet(EXPORT_NAME)["rows"] for v in row)
    assert sheet.count('t="inlineStr"') == texts
    # ... while the table runs to I10: what Excel shows (calamine, openpyxl reading every cell)
    rows = BATCH.sheet(EXPORT_NAME)["rows"]
    assert len(rows) == 1 + len(EXPORT_ROWS) and {len(r) for r in rows} == {len(EXPORT_HEAD)}
    wb = openpyxl.load_workbook(path)
    ws = wb[EXPORT_TAB]
    assert (ws.max_row, ws.max_column) == (10, 9)
    assert [list(r) for r in ws.iter_rows(values_only=True)] == rows
    assert same_cells(cells(path)) == {EXPORT_TAB: {norm(v) for r in rows for v in r}}
    # a reader trusting the record sees the heading's first cell only
    ro = openpyxl.load_workbook(path, read_only=True)[EXPORT_TAB]
    assert ro.calculate_dimension() == "A1:A1"
    assert list(ro.iter_rows(values_only=True)) == [("序号",)]
    # a plain list otherwise: no merges, no title, the unit on every row
    assert BATCH.sheet(EXPORT_NAME)["merges"] == []
    assert tuple(rows[0]) == EXPORT_HEAD
    assert {r[1] for r in rows[1:]} == {EXPORT_UNIT}


def test_batch414_plain_tables_by_heading():
    cases = [
        (EXPORT_NAME, {"post": "岗位", "person": "姓名", "point": "风险点"}, "风险类型", {}),
        ("pingli_notary_office_list",
         {"dept": "部门", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类型", {}),
        ("pingli_mediation_committee_posts", {"post": "岗位", "point": "风险点"}, "风险类型", {}),
        ("pingli_medical_mediation_two_row_head",
         {"dept": "部门", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类型", {"below": 1}),
    ]  # fmt: skip
    for name, heads, typ, extra in cases:
        head = BATCH.header(name) + extra.get("below", 0)
        assert BATCH.by_heading(name, heads, head=head) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ, head=head) == [r["types"] for r in BATCH.points(name)]
    # the short 风险点 is the point, the long 风险描述 / 风险表现 none
    for name, desc in (("pingli_notary_office_list", 5), ("pingli_mediation_committee_posts", 3)):
        points = {p["risk_point"] for p in BATCH.points(name)}
        assert not points & {row[desc] for row in BATCH.table(name)}, name
    # the 医调委's heading: 廉政风险 merged over its three sub-headings, the rest merged down
    name = "pingli_medical_mediation_two_row_head"
    top = BATCH.header(name)
    assert BATCH.filled(name)[top][4:7] == ["廉政风险"] * 3
    assert BATCH.merged(name, 0, top, 4, 6)
    assert all((top, c, top + 1, c) in BATCH.sheet(name)["merges"] for c in (0, 1, 2, 3, 7))


def test_batch414_bureau_sheets():
    name = "pingli_justice_bureau_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "风险点"}
    got = BATCH.by_heading(name, heads, "局领导", level="风险等级", fixed={"dept": "局领导"})
    assert got == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    # 局领导 named by the tab and the title
    assert "局领导" in BATCH.sheet(name, "局领导")["rows"][0][0]


def test_batch414_group_rows_give_the_department():
    name = "pingli_legal_aid_center_groups"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[4], RISKS[row[6]]))
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型") == [r["types"] for r in BATCH.points(name)]


def test_batch414_one_sheet_a_person():
    name = "pingli_changan_office_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert (
            rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
            and f["sheet"] == f["title"]
        )
        assert rows[2][0].startswith("岗位职责：") and f["department"] == ""
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "pingli_chengguan_office_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "职　务", "填表时间"]
        assert rows[2][:2] == [f["person"], f["title"]] and f["sheet"] == f["person"]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        # 工作职责 and 自查情况 are no points
        duties = {row[1] for row in BATCH.table(name, f["sheet"])}
        assert not duties & {p["risk_point"] for p in BATCH.points(name)}


def test_batch414_is_read(tmp_path):
    BATCH.is_read(tmp_path)
