"""The three-hundred-and-ninety-sixth batch of published layouts (tests/published/batch396.py): seven
ordinary files as the 卫健 and 医保 bodies of one county (长武县) really send them — the 卫生健康局's
一览表 under ``附件1`` with ``一级/二级/三级``, the 医疗保障局's two sheets ``局领导 | 股室`` with
``Ⅰ级/Ⅱ级/Ⅲ级``, the 妇幼保健院's 排查表 对岗不对人 with ``风险点 | 风险表现`` and
``高风险/中风险/低风险``, the 亭口镇卫生院's 防控卡 one sheet a holder with ``★★★/★★/★``, the
医疗保障经办服务中心's 自查表 one sheet a person (a label row over a row of values), the 相公镇卫生院's
责任清单 under group rows ``一、院领导`` … with ``一级风险/二级风险/三级风险``, the 中医医院's 一览表
written out on every row with bare ``Ⅰ/Ⅱ/Ⅲ`` — and one harder: the 县人民医院's 排查表 made in
Microsoft 365 Excel whose ``风险类型`` (five columns) and ``风险等级`` (``高 | 中 | 低``) are IN-CELL
CHECKBOXES, every one of the eight cells of a row a BOOLEAN ``TRUE`` (ticked) or ``FALSE``
(``python tests/published/score.py --set batch396``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap6 at d141f22
(dev's newest when the batch was done; this worktree branched from dev at d141f22).
``score.py --set batch396``:
``TOTAL                      forms  39/39  points  68/68  recall 1.00 precision 1.00 (68/68)  levels  68/68  types  68/68  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  39/39  points  68/68  recall 1.00 precision 1.00 (68/68)  levels  68/68  types  68/68  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``. The 9
files of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as FILE_SKIPPED). ALL
EIGHT layouts read in full — every form, point, level and type, with ``--strict`` too (every 科室
and post as the truth's) — the harder one included. The truth was not changed after measuring.

No scored miss. The harder ``changwu_people_hospital_checkboxes.xlsx`` (sheet 排查表) read as a
list whose ``风险类型`` and ``风险等级`` sub-columns are ticked: for all twelve points (rows 5–16,
F–M) risks.csv gives the level of the one ``TRUE`` cell under ``高 | 中 | 低`` (``raw_risk_level``
高/中/低 → Ⅰ/Ⅱ/Ⅲ级) and the types of the ``TRUE`` cells under the five type columns, the two-type
rows included (F6+J6 ``思想道德、外部环境``, H9+I9 ``岗位职责、业务流程``, F15+H15 ``思想道德、岗位职责``);
no ``FALSE`` cell was taken as a tick, no boolean cell as a point, holder or measure, and no issue
was raised on the sheet. (The reader turns a boolean cell into the text ``是``/``否``
(xlproc/text.py ``cell_text``), so its tick columns see ``是`` in the ticked cell and ``否`` in the
others, and read them as ticked and not ticked; it does not look at the checkbox format or at the
``featurePropertyBag`` part, which the truth does not ask of it.)

Unscored besides: none. Every unit, 科室, post and tier in posts.csv (F00001–F00039) is the truth's
(局领导, 院领导 and 中心领导 as the 科室 of the leaders; 院长, 副院长, 局长, 副局长 and the 中心's 主任
领导岗位; 股长, 科长, 科主任, 办公室主任 中层岗位; 科员, 会计, 出纳, 收费员, 采购员, 助产士, 公卫专干,
医保专干, 药房管理员, 审核员, 稽核员, 调剂员, 出生医学证明管理员 一般岗位; the two 镇卫生院 read as units
``长武县亭口镇卫生院`` and ``长武县相公镇卫生院``). The other issues are info only (TABLE_NO_TYPE on the two
untyped layouts' sheets, GRADE_BLANK on the cards and the 自查表, FILE_SKIPPED for truth.json).

Generalised after this measurement: nothing needed: the batch read in full untuned.

Generalised after this measurement: nothing needed: the batch read in full untuned.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re
import zipfile

import openpyxl
from published.batch396 import (
    BANDS,
    BARE,
    BOX_HEAD,
    BOX_NOTE,
    BOX_ROWS,
    BOX_SUB,
    BOX_TAB,
    BOX_UNIT,
    GRADES,
    LAYOUTS,
    LEVEL_COLS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    TYPE_COLS,
    build,
)
from published.cells import cells, norm
from published.checks import Batch
from published.layouts import HML, TYPES

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(396, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
BOX_FILE = "changwu_people_hospital_checkboxes"
HARDER = {BOX_FILE}
UNTYPED = {"changwu_medical_security_two_sheets", "changwu_tingkou_health_center_cards"}
NOBODY = {"changwu_mch_hospital_posts"}
GAP = "\u3000"


def test_batch396_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=395, unit_words=("长武县",), new_people=True)


def test_batch396_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch396_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3, skip_types=HARDER)
    # the harder file: one or two types a point, all five types used
    types = [r["types"] for r in BATCH.points(BOX_FILE)]
    assert all(1 <= len(t) <= 2 for t in types) and sum(len(t) == 2 for t in types) >= 3
    assert {t for ts in types for t in ts} == set(TYPES)


def test_batch396_every_unit_is_of_changwu_and_stands_in_its_sheet():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("长武县") for u in units)
    inbox = BATCH.inbox()
    for lay in LAYOUTS:
        sheets = cells(inbox / f"{lay['name']}.xlsx")
        for f in lay["truth"]:
            here = sheets[f["sheet"]]
            assert any(norm(f["unit"]) in c for c in here), lay["name"]
            for field in ("department", "title", "person"):
                assert not f[field] or any(norm(f[field]) in c for c in here), (f, field)


def test_batch396_types_and_levels_ticked_in_checkboxes():
    name = BOX_FILE
    sheet = BATCH.sheet(name, BOX_TAB)
    rows, merges = sheet["rows"], set(sheet["merges"])
    head = BATCH.header(name, BOX_TAB)
    assert tuple(rows[head]) == BOX_HEAD and tuple(rows[head + 1]) == BOX_SUB
    assert [rows[head + 1][c] for c in TYPE_COLS] == list(TYPES)
    assert [rows[head + 1][c] for c in LEVEL_COLS] == ["高", "中", "低"]
    assert (head, 5, head, 9) in merges and (head, 10, head, 12) in merges
    assert BY_NAME[name]["truth"][0]["unit"] == BOX_UNIT
    # the holder, post, 科室 and point read as an ordinary list's
    table = BATCH.table(name, BOX_TAB)
    got = [(r[1], r[2], r[3], r[4]) for r in table]
    assert got == [row[:4] for row in BATCH.truth_rows(name)]
    assert len(table) == len(BATCH.points(name))
    # every one of the eight cells a boolean: one level TRUE, one or two types TRUE, no text tick
    answers = BATCH.answers(name)
    for r in table:
        boxes = [r[c] for c in (*TYPE_COLS, *LEVEL_COLS)]
        assert all(isinstance(b, bool) for b in boxes), r
        assert sum(r[c] for c in LEVEL_COLS) == 1 and 1 <= sum(r[c] for c in TYPE_COLS) <= 2
        level = 1 + [r[c] for c in LEVEL_COLS].index(True)
        types = [t for t, c in zip(TYPES, TYPE_COLS, strict=True) if r[c]]
        _, _, _, lv, typ = answers[r[4]]
        assert (lv, typ) == (level, types), r
    texts = {c for row in rows for c in row if isinstance(c, str)}
    assert not any(ch in t for t in texts for ch in "√☑☐□■✓✔")
    # no checkbox cell is merged, none empty; the 填表说明 line is no point
    last = head + 1 + len(table)
    assert not any(
        m[1] <= c <= m[3] and head + 1 < m[0] <= last for m in merges for c in range(5, 13)
    )
    assert any(str(row[0]) == BOX_NOTE for row in BATCH.rows(name, BOX_TAB))
    assert BOX_NOTE not in answers
    people = [who for _, _, who, _, _ in BOX_ROWS]
    assert BATCH.holders(name) == set(people) and len(set(people)) == len(people)


def test_batch396_checkboxes_are_boolean_cells_in_the_built_file():
    path = BATCH.inbox() / f"{BOX_FILE}.xlsx"
    with zipfile.ZipFile(path) as z:
        names = set(z.namelist())
        sheet_xml = z.read("xl/worksheets/sheet1.xml").decode()
        styles = z.read("xl/styles.xml").decode()
        bag = z.read("xl/featurePropertyBag/featurePropertyBag.xml").decode()
    assert "xl/featurePropertyBag/featurePropertyBag.xml" in names
    assert 'type="Checkbox"' in bag and "xfpb:xfComplement" in styles
    booleans = re.findall(r'<c r="([F-M])(\d+)" s="(\d+)" t="b"><v>([01])</v></c>', sheet_xml)
    points = BATCH.points(BOX_FILE)
    assert len(booleans) == 8 * len(points)
    assert sum(v == "1" for *_, v in booleans) == sum(1 + len(p["types"]) for p in points)
    assert len({s for _, _, s, _ in booleans}) == 1  # one checkbox style
    ws = openpyxl.load_workbook(path)[BOX_TAB]
    table = BATCH.table(BOX_FILE, BOX_TAB)
    first = BATCH.header(BOX_FILE, BOX_TAB) + 3  # 1-based row of the first point
    for i, row in enumerate(table):
        got = [ws.cell(first + i, c + 1).value for c in (*TYPE_COLS, *LEVEL_COLS)]
        assert got == [row[c] for c in (*TYPE_COLS, *LEVEL_COLS)]
    # calamine reads the values as True/False (the truth tests' cells: "True", False is blank)
    assert "True" in cells(path)[BOX_TAB]


def test_batch396_plain_tables_by_heading():
    cases = [
        ("changwu_health_bureau_list",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}),
        ("changwu_mch_hospital_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}),
        ("changwu_tcm_hospital_every_row",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}),
    ]  # fmt: skip
    for name, heads in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, "风险类型") == [r["types"] for r in BATCH.points(name)], name
    name = "changwu_health_bureau_list"
    assert BATCH.rows(name)[0] == ["附件1"]
    assert {r[6] for r in BATCH.table(name)} == set(GRADES)
    # the short 风险点 is the point (one row each), the long 风险表现 none; nobody
    name = "changwu_mch_hospital_posts"
    table = BATCH.table(name)
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in table} and len(points) == len(table)
    assert all(len(row[3]) < len(row[4]) for row in table)
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    assert {r[6] for r in table} == set(BANDS)
    # every row written out, nothing merged down; bare grades read by the note
    name = "changwu_tcm_hospital_every_row"
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])
    assert all(all(c is not None for c in row[:8]) for row in BATCH.numbered(name))
    assert {r[6] for r in BATCH.table(name)} == set(BARE)
    assert any(str(row[0]).startswith("注：风险等级Ⅰ为高") for row in BATCH.rows(name))


def test_batch396_leaders_and_staff_in_two_sheets():
    name = "changwu_medical_security_two_sheets"
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


def test_batch396_group_rows_give_the_department():
    name = "changwu_xianggong_health_center_duties"
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


def test_batch396_one_sheet_a_person():
    name = "changwu_tingkou_health_center_cards"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["title"]
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["所在科室", f["department"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        table = BATCH.table(name, f["sheet"])
        assert {r[3] for r in table} <= set(STARS)
        assert not {r[1] for r in table} & {p["risk_point"] for p in BATCH.points(name)}
    name = "changwu_insurance_center_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"]
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f"科{GAP}室", f"岗{GAP}位", "填表时间"]
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


def test_batch396_is_read(tmp_path):
    BATCH.is_read(tmp_path)
