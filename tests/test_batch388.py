"""The three-hundred-and-eighty-eighth batch of published layouts (tests/published/batch388.py): seven
ordinary files as the 发改 and 统计 bodies of one district (渭城区) really send them — the
发展和改革局's two sheets ``局领导 | 股室`` with 高/中/低, the 统计局's 责任清单 under group rows
``一、局领导`` … with ``一级风险/二级风险/三级风险``, the 粮食和物资储备中心's 一览表 under ``附件1`` with
``一级/二级/三级``, the 统计普查中心's 自查表 one sheet a person with ``高风险/中风险/低风险``, the
应急物资储备库's 防控卡 one sheet a holder with ``★★★/★★/★``, the 重点项目服务中心's 排查表 对岗不对人 with
``风险点 | 主要表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 社会经济调查中心's 一览表 written out on every row with
bare ``Ⅰ/Ⅱ/Ⅲ`` — and one harder: the 价格认证中心's 排查表 whose ``风险类型`` (five columns) and
``风险等级`` (``高 | 中 | 低``) are TICK BOXES MADE WITH THE FONT WINGDINGS 2, ``R`` (drawn ☑) in the
point's type and level and ``£`` (drawn ☐) in every other box
(``python tests/published/score.py --set batch388``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap4 at 2c19fec
(dev's newest when the batch was done; this worktree branched from dev at 2c19fec).
``score.py --set batch388``:
``TOTAL                      forms  36/36  points  61/61  recall 1.00 precision 1.00 (61/61)  levels  55/61  types  51/61  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.902 types=0.836 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  36/36  points  61/61  recall 1.00 precision 1.00 (61/61)  levels  55/61  types  51/61  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.902 types=0.836 noise=0``. The 9 files
of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as FILE_SKIPPED). The seven
ordinary layouts read in full — every form, point, level and type, with ``--strict`` too. The
harder ``weicheng_price_center_wingdings_boxes.xlsx`` read every form (6/6) and point (10/10,
precision 10/10), 4 of its 10 levels and none of its 10 types. The truth was not changed after
measuring.

Missed, all in ``weicheng_price_center_wingdings_boxes.xlsx``, sheet 排查表, the box columns F–J
(``风险类型``: 思想道德 | 制度机制 | 岗位职责 | 业务流程 | 外部环境) and K–M (``风险等级``: 高 | 中 | 低) of
rows 5–14 (risks.csv rows of forms F00017–F00022):

- types, all ten points: every row read ``思想道德风险;制度机制风险;岗位职责风险;业务流程风险;外部环境风险``
  (raw_risk_type ``思想道德、制度机制、岗位职责、业务流程、外部环境``) — the ``£`` (☐) boxes counted as
  ticks as well as the one ``R`` (☑); truth one type each: F5:J5 (主任 訾岫弢 ``价格认定结论书不经集体审议
  即签发``) 制度机制, row 6 思想道德, row 7 (股长 戢霂澂) 岗位职责, row 8 业务流程, row 9 (认定员 郏沅琰)
  外部环境, row 10 业务流程, row 11 (股长 钭澂岚) 思想道德, row 12 制度机制, row 13 (档案管理员 虢淏菁)
  制度机制, row 14 (会计 汲翾沄) 岗位职责;
- levels, six points: every row read ``Ⅰ级`` (raw_risk_level ``高``, the first of the three boxes,
  all non-empty): K8:M8 (戢霂澂 ``价格认定基准日、价格内涵随意调整``), K10:M10 (郏沅琰 ``市场调查只询一家，
  测算依据不充分``), K11:M11 (钭澂岚 ``涉税财物价格认定受人请托压低价格``) and K14:M14 (汲翾沄 ``差旅费、
  勘验用车费用报销虚列支出``) are ☑ under 中 — truth 2; K12:M12 (钭澂岚 ``补充材料通知书不按时限发出，
  拖延办理``) and K13:M13 (虢淏菁 ``价格认定档案随意借阅、复制外传``) are ☑ under 低 — truth 3. Rows 5, 6, 7
  and 9 (☑ under 高) read ``Ⅰ级``, right by coincidence.

Kind: the reader takes every non-empty cell under a split ``风险类型``/``风险等级`` heading as a tick,
so the Wingdings 2 letters ``£`` (an empty box ☐) count as ticked as much as ``R`` (☑): every point
gets all five types and the first level (高) — and it says nothing: no issue names the box columns,
the letters or the font.

Unscored besides: in the same rows risks.csv has the box letters as the ``duty`` (column H, under
``岗位职责``) and the ``workflow`` (column I, under ``业务流程``) of each point (``R`` or ``£``), the two
box headings being read as a 岗位职责 and a 业务流程 column as well as types; through the levels every
form of the 中心 has the computed grade ``A`` (posts.csv F00017–F00022, ``含Ⅰ级风险点…``), where the
档案管理员's one 低 point makes him C. Every unit, 科室, post and tier in posts.csv is the truth's
but one: the 统计普查中心's 主任 (sheet ``钮漪翯``) has the 科室 ``领导班子`` where the truth has none (the
中心's 自查表 names no 科室; as batch386's 所长; ``--strict`` checks no leader's 科室). The issues are
info only (TABLE_NO_TYPE on the two untyped layouts' sheets, GRADE_BLANK on the cards and the
自查表, FILE_SKIPPED for truth.json).

Generalised after this measurement: rows of boxes all filled, one mark ticking one box and another
mark in the rest (a symbol font's 'R' and '£'), take the other mark for an empty box
(locate._blank_marks); the type names under a merged 风险类型 heading are no duty or workflow columns
(tests/test_columns.py::test_rows_of_boxes_all_filled_one_ticked). The batch now reads in full.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re
import zipfile

from openpyxl import load_workbook
from published.batch388 import (
    BANDS,
    BARE,
    BOX_FONT,
    BOX_LEVELS,
    BOX_TYPES,
    BOXED_NOTE,
    BOXED_ROWS,
    BOXED_SUB,
    BOXED_TAB,
    BOXED_TOP,
    BOXED_UNIT,
    EMPTY,
    FIRST_BOX,
    GRADES,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    TICKED,
    build,
)
from published.cells import cells, norm
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(388, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
BOXED_FILE = "weicheng_price_center_wingdings_boxes"
HARDER = {BOXED_FILE}
UNTYPED = {"weicheng_drc_two_sheets", "weicheng_emergency_depot_cards"}
NOBODY = {"weicheng_project_center_posts"}
GAP = "\u3000"


def test_batch388_is_apart_from_the_earlier_batches():
    # built beside batches 387, 389 and 390, which it cannot see
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=387, unit_words=("渭城区",), new_people=True)


def test_batch388_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch388_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch388_every_unit_is_of_weicheng_and_stands_in_its_sheet():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("渭城区") for u in units)
    inbox = BATCH.inbox()
    for lay in LAYOUTS:
        sheets = cells(inbox / f"{lay['name']}.xlsx")
        for f in lay["truth"]:
            here = sheets[f["sheet"]]
            assert any(norm(f["unit"]) in c for c in here), lay["name"]
            for field in ("department", "title", "person"):
                assert not f[field] or any(norm(f[field]) in c for c in here), (f, field)


def _ticked(row, options, at):
    """The heading of the one ticked box among ``options`` from column ``at``."""
    boxes = row[at : at + len(options)]
    assert set(boxes) <= {TICKED, EMPTY} and boxes.count(TICKED) == 1, row
    return options[boxes.index(TICKED)]


def test_batch388_boxes_are_wingdings_letters():
    name = BOXED_FILE
    lay = BY_NAME[name]
    sheet = BATCH.sheet(name, BOXED_TAB)
    head = BATCH.header(name, BOXED_TAB)
    assert tuple(sheet["rows"][head]) == BOXED_TOP
    assert tuple(sheet["rows"][head + 1]) == BOXED_SUB
    assert BATCH.merged(name, BOXED_TAB, head, FIRST_BOX, FIRST_BOX + 4)  # 风险类型 over five
    assert BATCH.merged(name, BOXED_TAB, head, FIRST_BOX + 5, FIRST_BOX + 7)  # 风险等级 over three
    assert lay["truth"][0]["unit"] == BOXED_UNIT
    # the list as it shows: its type and its level the headings of its two ticked boxes
    table = BATCH.table(name, BOXED_TAB)
    got = [
        (row[1], row[2], row[3], row[4], HML[_ticked(row, BOX_LEVELS, FIRST_BOX + 5)])
        for row in table
    ]
    assert got == BATCH.truth_rows(name)
    types = [types_in(_ticked(row, BOX_TYPES, FIRST_BOX)) for row in table]
    assert types == [r["types"] for r in BATCH.points(name)]
    assert {r["level"] for r in BATCH.points(name)} == {1, 2, 3}
    assert {t for ts in types for t in ts} == set(BOX_TYPES)  # every type column ticked somewhere
    assert len(table) == sum(len(p[3]) for _, people in BOXED_ROWS for p in people)
    # every box cell of the table, and only those, is written in Wingdings 2
    boxes = set(sheet["boxes"])
    rows = [r for r, row in enumerate(sheet["rows"]) if row and isinstance(row[0], int)]
    assert boxes == {(r, c) for r in rows for c in range(FIRST_BOX, FIRST_BOX + 8)}
    assert sheet["validations"] == [(rows[0], FIRST_BOX, rows[-1], FIRST_BOX + 7, [TICKED, EMPTY])]
    # the file: the letters in the box font, nothing else in it; a 数据验证 list ``R,£``
    path = BATCH.inbox() / f"{name}.xlsx"
    ws = load_workbook(path)[BOXED_TAB]
    for r, row in enumerate(sheet["rows"]):
        for c in range(len(row)):
            cell = ws.cell(r + 1, c + 1)
            if (r, c) in boxes:
                assert cell.value in (TICKED, EMPTY) and cell.font.name == BOX_FONT, (r, c)
            elif cell.value is not None:
                assert cell.font.name != BOX_FONT, (r, c)
    (dv,) = ws.data_validations.dataValidation
    assert dv.type == "list" and dv.formula1 == f'"{TICKED},{EMPTY}"'
    # no box glyph as text anywhere, and nothing names the letters or the font
    texts = cells(path)[BOXED_TAB]
    assert not any(ch in c for c in texts for ch in "☑☐□√✓■")
    assert not any("Wingdings" in c for c in texts)
    assert norm(BOXED_NOTE) in texts and "勾选" in BOXED_NOTE
    with zipfile.ZipFile(path) as z:
        styles = z.read("xl/styles.xml").decode("utf-8")
    assert f'<name val="{BOX_FONT}"/>' in styles


def test_batch388_plain_tables_by_heading():
    cases = [
        ("weicheng_project_center_posts",
         {"dept": "股室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("weicheng_survey_center_every_row",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类型"),
        ("weicheng_grain_reserve_center_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the short 风险点 is the point (one row each), the long 主要表现 none; nobody
    name = "weicheng_project_center_posts"
    table = BATCH.table(name)
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in table} and len(points) == len(table)
    assert all(len(row[3]) < len(row[4]) for row in table)
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    assert {r[6] for r in table} == set(ROMAN)
    # every row written out, nothing merged down; bare grades read by the note
    name = "weicheng_survey_center_every_row"
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])
    assert all(all(c is not None for c in row[:8]) for row in BATCH.numbered(name))
    assert {r[6] for r in BATCH.table(name)} == set(BARE)
    assert any(str(row[0]).startswith("注：风险等级Ⅰ为高") for row in BATCH.rows(name))
    name = "weicheng_grain_reserve_center_list"
    assert BATCH.rows(name)[0] == ["附件1"]
    assert {r[6] for r in BATCH.table(name)} == set(GRADES)
    assert any(str(row[0]).startswith("注：风险等级分为一级") for row in BATCH.rows(name))


def test_batch388_leaders_and_staff_in_two_sheets():
    name = "weicheng_drc_two_sheets"
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


def test_batch388_group_rows_give_the_department():
    name = "weicheng_statistics_bureau_duties"
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


def test_batch388_one_sheet_a_person():
    name = "weicheng_emergency_depot_cards"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["title"]
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["持卡人", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["所在科室", f["department"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert {r[2] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
    name = "weicheng_census_center_selfchecks"
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


def test_batch388_is_read(tmp_path):
    BATCH.is_read(tmp_path)
