"""The four-hundred-and-forty-fourth batch of published layouts (tests/published/batch444.py): seven
ordinary files as the 文旅 bodies of one county (留坝县) really send them — the 文化和旅游广电局's file
in two sheets ``局领导``/``股室`` with ``一级/二级/三级``, the 张良庙景区管理处's 责任清单 under group rows
``一、处领导`` … with ``一级风险/二级风险/三级风险``, the 紫柏山景区服务中心's 防控卡 one sheet a holder with
``★★★/★★/★``, the 留侯镇综合文化站's 排查表 对岗不对人 with ``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the
马道镇综合文化站's 自查表 one sheet a person with ``高风险/中风险/低风险``, the 江口镇综合文化站's 清单
written out on every row with bare ``Ⅰ/Ⅱ/Ⅲ`` and a last ``责任领导`` column, the 文化馆's 一览表 with
高/中/低 — and one harder: the 图书馆's 一览表 pasted as text, heading and every record each in ONE
cell of column A, the fields parted by two ideographic spaces
(``python tests/published/score.py --set batch444``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap17 at 8e78fe1
(this worktree branched from dev at the same commit). ``score.py --set batch444``:
``TOTAL                      forms  23/27  points  38/44  recall 0.86 precision 1.00 (38/38)  levels  38/38  types  38/38  noise 0``
and ``TOTAL forms=0.852 recall=0.864 precision=1.000 levels=1.000 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  23/27  points  38/44  recall 0.86 precision 1.00 (38/38)  levels  38/38  types  38/38  noise 0``
and ``TOTAL forms=0.852 recall=0.864 precision=1.000 levels=1.000 types=1.000 noise=0``.
The 9 files of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as
FILE_SKIPPED). The seven ordinary layouts read in full, with and without ``--strict``. The harder
one, ``liuba_library_rows_in_one_cell.xlsx``, read nothing: forms 0/4, points 0/6 — sheet
``Sheet1``: the heading in A2 (``序号　　岗位　　姓名　　廉政风险点　　风险类型　　风险等级　　防控措施``, one
cell) was not taken for a heading, so the records in A3–A8 (truth: 馆长 訾芃翕 ×2, 副馆长 昝翊湉,
采编员 郜泖琇 ×2, 会计 厉湛珂; points such as ``图书采购指定供应商`` 高) were read as nothing; the only
issue is ``warning FILE_NO_FORM`` (工作簿中未找到廉政风险识别和防控表). Kind of mistake: the reader looks
for a table's columns only in separate cells, so a table pasted as text with its fields parted by
spaces inside one cell a row is not found at all (a whole-file miss, no wrong reading). No
precision lost, no noise. The truth was not changed after measuring.

Generalised after this measurement: a sheet of one column whose heading line parts by runs of typed
spaces into headings ('序号　　岗位　　姓名　　廉政风险点…', pasted from a document and never split into columns) has
each line parted the same way, a part a cell (info ROWS_TYPED_IN_ONE_CELL);
test_a_table_typed_one_line_a_cell in tests/test_columns.py says it in other words.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch444 import (
    BANDS,
    BARE,
    GRADES,
    LAYOUTS,
    ONECELL_HEAD,
    ONECELL_NAME,
    ONECELL_ROWS,
    ONECELL_TAB,
    PLACE,
    RESAVED,
    RISKS,
    ROMAN,
    SEP,
    STARS,
    build,
)
from published.cells import norm
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(444, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {ONECELL_NAME}
UNTYPED = {
    "liuba_culture_bureau_two_sheets",
    "liuba_zibaishan_center_cards",
    "liuba_madao_station_selfchecks",
    "liuba_jiangkou_station_every_row",
}
NOBODY = {"liuba_liuhou_station_posts"}
GAP = "\u3000"


def _points_in(form: dict, sheets: dict) -> set[str]:
    """A point is a whole cell of its sheet, or (in the harder layout) one field of a one-cell
    line (the sheet's cells are compared without whitespace, so the fields are taken from the
    built line whose cell the sheet holds)."""
    here = set(sheets[form["sheet"]])
    if not form["file"].startswith(ONECELL_NAME):
        return here
    lines = [row[0] for row in BATCH.sheet(ONECELL_NAME, ONECELL_TAB)["rows"] if row]
    return {norm(part) for text in lines if norm(text) in here for part in text.split(SEP)}


def test_batch444_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=441, unit_words=(PLACE,), new_people=True)


def test_batch444_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 14), points_in=_points_in)
    assert RESAVED == ()


def test_batch444_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch444_every_unit_is_of_liuba():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch444_library_rows_each_in_one_cell():
    name = ONECELL_NAME
    sheet = BATCH.sheet(name, ONECELL_TAB)
    rows = sheet["rows"]
    assert all(len([c for c in row if c is not None]) <= 1 for row in rows)
    assert not sheet["merges"]
    lines = [row[0] for row in rows if row and isinstance(row[0], str)]
    head = [i for i, text in enumerate(lines) if text == SEP.join(ONECELL_HEAD)]
    assert head == [1]
    built = []
    for text in lines[2:]:
        if text.startswith("制表"):
            continue
        fields = text.split(SEP)
        assert len(fields) == len(ONECELL_HEAD)
        n, post, who, point, typ, lv, _measures = fields
        assert n.isdigit() and lv in HML
        built.append(("", post, who, point, HML[lv]))
    assert built == BATCH.truth_rows(name)
    assert len(built) == sum(len(p) for *_, p in ONECELL_ROWS)
    for f in BY_NAME[name]["truth"]:
        assert f["department"] == ""
        assert f["tier"] == ("leader" if f["title"] in ("馆长", "副馆长") else "general")


def test_batch444_plain_tables_by_heading():
    cases = [
        ("liuba_liuhou_station_posts", {"post": "岗位", "point": "风险点"}, "风险类型"),
        ("liuba_culture_hall_list",
         {"dept": "部室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("liuba_jiangkou_station_every_row",
         {"post": "岗位", "person": "责任人", "point": "廉政风险点"}, None),
    ]  # fmt: skip
    for name, heads, types in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if types:
            assert BATCH.types_by(name, types) == [r["types"] for r in BATCH.points(name)], name
    name = "liuba_liuhou_station_posts"
    table = BATCH.table(name)
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[3] for row in table} and len(points) == len(table)
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    name = "liuba_jiangkou_station_every_row"
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])
    table = BATCH.table(name)
    assert len({row[6] for row in table}) == 1
    assert {f["person"] for f in BY_NAME[name]["truth"]} > {table[0][6]}
    name = "liuba_culture_hall_list"
    assert BATCH.rows(name)[0] == ["附件1"]
    assert {r[6] for r in BATCH.table(name)} == {"高", "中", "低"}


def test_batch444_leaders_and_offices_in_two_sheets():
    name = "liuba_culture_bureau_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "风险点"},
        "局领导",
        fixed={"dept": "局领导"},
    )
    assert got == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")


def test_batch444_group_rows_give_the_department():
    name = "liuba_zhangliang_temple_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and re.match(r"[一二三四]、", row[0]):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[4], RISKS[row[6]]))
    assert got == BATCH.truth_rows(name)


def test_batch444_one_sheet_a_person():
    name = "liuba_zibaishan_center_cards"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["title"] and f["department"] == ""
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
    name = "liuba_madao_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"] and f["department"] == ""
        rows = BATCH.filled(name, f["sheet"])
        assert rows[2][:2] == [f["person"], f["title"]]


def test_batch444_is_read(tmp_path):
    BATCH.is_read(tmp_path)
