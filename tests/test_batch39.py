"""The thirty-ninth batch of published layouts (tests/published/batch39.py): nine ordinary tables
of county bodies as their files really arrive — a 商务局 一览表 with 序号 formulas, drop-down lists,
frozen panes, an autofilter, a real 填报日期 and empty Sheet2/Sheet3, a 文化和旅游局 排查表 with the
template's numbered rows left empty, a 总工会 自查表 on sheets copied as ``自查表 (2)``, a 殡仪馆 一览表
对岗不对人 with 序号 per post typed as text, a 农业综合行政执法大队 排查表 with ``以下空白`` and a
reviewer's comment, a 红十字会 一览表 with a 说明 paragraph and no 科室 column, a 自来水有限公司
排查表 with print titles and 一级/二级/三级, a 机关事务服务中心 一览表 with 股 group rows — four of
them also as LibreOffice re-saves (.xls and .ods) — and one harder: a 妇幼保健院 workbook with one
sheet per 科室, the tab the only place the 科室 is written, each 科室 having edited the template its
own way (``python tests/published/score.py --set batch39``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

First measured untuned with the reader at 479c60f: forms 1.000 (85/85), recall 1.000 (135/135),
precision 1.000 (135/135), levels 1.000 (135/135), types 1.000 (135/135), noise 0; with --strict
the same (forms 85/85). Missed: nothing scored (the 17 files: nine .xlsx, four layouts also as
.xls and .ods).

Read right: the 序号 formulas (their values), the drop-down 风险类别 ``岗位职责风险`` and 风险等级,
the frozen panes, autofilter and print titles, the real dates beside 填报日期/填表日期 (no point),
the empty Sheet2/Sheet3, the template's numbered rows 8–12 left empty (no point, no issue),
``以下空白`` and the reviewer's comment (no point, no issue), the three sheets copied as
``自查表 (2)``/``自查表 (3)`` each read as its own holder's form, the 岗位职责 merged down the left
and the 主要职责 column (no points), 序号 per post typed as text and merged, the 说明 paragraph
between title and header, the title merged wider than the table, 一级/二级/三级 with the 注 line,
the 分管领导/责任领导 names as watchers, the 股 group rows as 科室, and in the harder workbook the
填报说明 sheet set aside, each tab read as its 科室 (strict too), 产科's posts without holders,
药剂科's 备注 and 财务科's 姓名-before-岗位; the LibreOffice copies (.xls, .ods) as their .xlsx,
each also giving FORM_VERSION_TIE (error, 54 in all) against its .xlsx. Not scored:

- units — blank for four bodies whose title names them (``XX县妇幼保健院…``, ``XX县总工会…``,
  ``XX县殡仪馆…``, ``XX县红十字会…``, and their .xls/.ods): ``unit_in_title`` stops at ``保健院``,
  ``工会``, ``馆``, ``会``, none of them in ``_UNIT_END``; and ``XX县文化和旅游局(盖章)`` — the
  ``单位:XX县文化和旅游局(盖章)`` line's value is taken with its ``(盖章)``;
- tiers — blank for posts the word list lacks: ``常务副会长`` (truth leader), ``遗体接运司机``,
  ``火化工``, ``助产士``, ``主治医师``, ``官方兽医``, ``救护培训师`` (truth general).

(Read in full before any change for it: nothing in this batch was generalised on.)

(Nothing missed; units the scorer does not count were then read from more titles: 保健院,
工会, 馆, 红十字会.)

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re
from datetime import date, datetime

from published.batch39 import (
    BLANK_BELOW,
    LAYOUTS,
    LEVEL_CHOICES,
    ORDINAL,
    PREFIX,
    RESAVED,
    TYPE_CHOICES,
    build,
)
from published.checks import Batch, resaved_files
from published.layouts import HML, types_in

BATCH = Batch(39, LAYOUTS, build, padded=False)
BY_NAME = BATCH.by_name
HARDER = {"mch_keshi_own_sheets"}
TYPED = {
    "commerce_fund_yilan",
    "union_selfcheck_copied_sheets",
    "agri_enforcement_blank_below",
    "water_company_print_titles",
}


def _heading_at(name, sheet=0):
    return next(
        r for r, row in enumerate(BATCH.sheet(name, sheet)["rows"]) if row and row[0] == "序号"
    )


def _table(name, sheet=0):
    """The filled rows under the header holding a point (the column right of the 序号, or any
    after it, written): the template's empty numbered rows left out."""
    rows = BATCH.filled(name, sheet)
    head = _heading_at(name, sheet)
    return [row for row in rows[head + 1:]
            if row and re.fullmatch(r"\d+", str(row[0] or "")) and any(c for c in row[1:])]  # fmt: skip


def test_batch39_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 10), harder=HARDER)


def test_batch39_truth_is_self_consistent():
    mch = "mch_keshi_own_sheets"  # the tab names the 科室
    truth = BATCH.truth_is_self_consistent(
        copies=resaved_files(PREFIX, RESAVED),
        unnamed=lambda f, field: field == "department" and f["layout"] == mch,
    )
    assert all(f["department"] == f["sheet"] for f in truth["forms"] if f["layout"] == mch)
    nobody = {(f["layout"], f["title"]) for f in truth["forms"] if not f["person"]}
    funeral = {("funeral_home_posts", f["title"]) for f in BY_NAME["funeral_home_posts"]["truth"]}
    assert nobody == funeral | {(mch, "助产士"), (mch, "主治医师")}


def test_batch39_resaved_copies_carry_the_same_cells():
    """Each kept layout is in resaved/ as .xls AND .ods, and LibreOffice kept every cell (the
    formulas' values and the dates too)."""
    BATCH.resaved_copies_carry_the_same_cells(PREFIX, RESAVED)


def test_batch39_levels_and_types():
    BATCH.levels_and_types(typed=TYPED)


def test_batch39_formulas_dropdowns_and_date():
    name = "commerce_fund_yilan"
    sheet = BATCH.sheet(name)
    head = _heading_at(name)
    assert sheet["rows"][head] == ["序号", "股室", "岗位", "责任人", "廉政风险点", "风险类别", "风险等级",
                                   "防控措施", "分管领导"]  # fmt: skip
    table = _table(name)
    rows = range(head + 1, head + 1 + len(table))
    # every 序号 is a formula whose cached value is the row's number
    assert [(r, c) for r, c, _ in sheet["formulas"]] == [(r, 0) for r in rows]
    assert all(f == f"=ROW()-{head + 1}" for _, _, f in sheet["formulas"])
    assert [row[0] for row in table] == list(range(1, len(table) + 1))
    # the drop-downs cover the table and every value is one of their choices
    checks = {c: choices for _, c, _, _, choices in sheet["validations"]}
    assert checks == {5: TYPE_CHOICES, 6: LEVEL_CHOICES}
    assert all(row[5] in TYPE_CHOICES and row[6] in LEVEL_CHOICES for row in table)
    assert sheet["freeze"] == (head + 1, 0) and sheet["autofilter"][0] == head
    assert isinstance(sheet["rows"][head - 1][7], datetime)
    assert [s["name"] for s in BY_NAME[name]["sheets"]] == ["Sheet1", "Sheet2", "Sheet3"]
    assert not any(s["rows"] for s in BY_NAME[name]["sheets"][1:])
    assert [(row[1], row[2], row[3]) for row in table] == BATCH.post_rows(name)
    assert [types_in(row[5]) for row in table] == [r["types"] for r in BATCH.points(name)]
    assert [HML[row[6]] for row in table] == [r["level"] for r in BATCH.points(name)]
    watchers = {row[8] for row in table}
    assert len(watchers) == 2 and not watchers & BATCH.holders(name)


def test_batch39_template_rows_left_empty():
    name = "culture_enforcement_template_rows"
    rows = BATCH.sheet(name)["rows"]
    head = _heading_at(name)
    table = _table(name)
    empty = [row for row in rows[head + 1 :] if isinstance(row[0], int) and not any(row[1:])]
    assert [row[0] for row in empty] == list(range(len(table) + 1, 13))
    assert rows.index(empty[0]) == head + 1 + len(table)  # right below the filled ones
    assert [(row[1], row[2], row[3]) for row in table] == BATCH.post_rows(name)
    assert [row[4] for row in table] == [r["risk_point"] for r in BATCH.points(name)]
    assert [HML[row[5]] for row in table] == [r["level"] for r in BATCH.points(name)]


def test_batch39_copied_selfcheck_sheets():
    name = "union_selfcheck_copied_sheets"
    sheets = BY_NAME[name]["sheets"]
    assert [s["name"] for s in sheets] == ["自查表", "自查表 (2)", "自查表 (3)"]
    forms = BY_NAME[name]["truth"]
    assert [f["sheet"] for f in forms] == [s["name"] for s in sheets]  # one form per sheet
    for k, (sh, form) in enumerate(zip(sheets, forms, strict=True)):
        line = sh["rows"][1]
        assert line == ["姓名", form["person"], "部门", form["department"], "职务", form["title"]]
        table = _table(name, k)
        assert [row[2] for row in table] == [r["risk_point"] for r in form["risks"]]
        assert [types_in(row[3]) for row in table] == [r["types"] for r in form["risks"]]
        assert [HML[row[4]] for row in table] == [r["level"] for r in form["risks"]]
        duties = {row[1] for row in table}
        assert len(duties) == 1 and not duties & {r["risk_point"] for r in form["risks"]}
        assert isinstance(sh["rows"][-1][4], datetime)


def test_batch39_serial_per_post_as_text():
    name = "funeral_home_posts"
    sheet = BATCH.sheet(name)
    head = _heading_at(name)
    serials = [
        row[0] for row in sheet["rows"][head + 1 :] if row and row[0] and row[0][0].isdigit()
    ]
    forms = BY_NAME[name]["truth"]
    assert serials == [str(k) for k in range(1, len(forms) + 1)]  # one per post, typed as text
    merged = [m for m in sheet["merges"] if m[1] == 0 and m[2] > m[0]]
    assert len(merged) == sum(1 for f in forms if len(f["risks"]) > 1)
    table = _table(name)
    assert [(row[1], row[2], "") for row in table] == BATCH.post_rows(name)
    assert all(f["person"] == "" for f in forms)
    assert [HML[row[4]] for row in table] == [r["level"] for r in BATCH.points(name)]


def test_batch39_blank_below_and_comment():
    name = "agri_enforcement_blank_below"
    sheet = BATCH.sheet(name)
    rows = sheet["rows"]
    head = _heading_at(name)
    table = _table(name)
    below = rows[head + 1 + len(table)]
    assert below[0] == BLANK_BELOW and not any(below[1:])
    ((r, c, text),) = sheet["comments"]
    assert rows[head][c] == "风险等级" and head < r <= head + len(table)
    assert text not in {p["risk_point"] for p in BATCH.points(name)}
    assert [(row[1], row[2], row[3]) for row in table] == BATCH.post_rows(name)
    assert [types_in(row[5]) for row in table] == [p["types"] for p in BATCH.points(name)]
    assert [HML[row[6]] for row in table] == [p["level"] for p in BATCH.points(name)]


def test_batch39_note_paragraph_and_wide_title():
    name = "redcross_duty_explained"
    sheet = BATCH.sheet(name)
    head = _heading_at(name)
    width = len(sheet["rows"][head])
    assert (0, 0, 0, width + 1) in sheet["merges"]  # the title wider than the table
    assert sheet["rows"][head - 1][0].startswith("说明:")
    assert "科室" not in sheet["rows"][head] and "部门" not in sheet["rows"][head]
    forms = BY_NAME[name]["truth"]
    assert all(f["department"] == "" for f in forms)
    table = _table(name)
    assert [("", row[1], row[2]) for row in table] == BATCH.post_rows(name)
    duties = {row[3] for row in table}
    assert not duties & {r["risk_point"] for r in BATCH.points(name)}
    assert [HML[row[5]] for row in table] == [r["level"] for r in BATCH.points(name)]


def test_batch39_ordinal_levels_watchers_print_titles():
    name = "water_company_print_titles"
    sheet = BATCH.sheet(name)
    head = _heading_at(name)
    assert sheet["repeat_rows"] == (0, head) and sheet["freeze"][0] == head + 1
    table = _table(name)
    assert {row[6] for row in table} == set(ORDINAL)
    assert [ORDINAL[row[6]] for row in table] == [r["level"] for r in BATCH.points(name)]
    assert [types_in(row[5]) for row in table] == [r["types"] for r in BATCH.points(name)]
    assert [(row[1], row[2], row[3]) for row in table] == BATCH.post_rows(name)
    watchers = {row[8] for row in table}
    assert sheet["rows"][head][8] == "责任领导" and len(watchers) == 2
    assert not watchers & BATCH.holders(name)


def test_batch39_group_rows_name_the_gu():
    name = "affairs_center_group_rows"
    rows = BATCH.filled(name)
    head = _heading_at(name)
    assert "科室" not in rows[head]
    assert isinstance(rows[head - 1][4], datetime | date)
    got, dept = [], None
    for row in rows[head + 1 :]:
        first = str(row[0] or "") if row else ""
        if re.match(r"[一二三]、", first):
            dept = first[2:]
            assert all(c == row[0] for c in row)  # merged across
        elif row and isinstance(row[0], int):
            got.append((dept, row[1], row[2]))
    assert got == BATCH.post_rows(name)
    assert [HML[row[4]] for row in BATCH.filled(name) if row and isinstance(row[0], int)] == [
        r["level"] for r in BATCH.points(name)
    ]


def test_batch39_keshi_sheets_edited_their_own_way():
    name = "mch_keshi_own_sheets"
    sheets = BY_NAME[name]["sheets"]
    assert [s["name"] for s in sheets] == ["填报说明", "医务科", "产科", "药剂科", "财务科"]
    assert not any(f["sheet"] == "填报说明" for f in BY_NAME[name]["truth"])
    titles = {s["rows"][0][0] for s in sheets[1:]}
    assert len(titles) == 1 and not any(s["name"] in t for s in sheets for t in titles)
    heads = {s["name"]: s["rows"][_heading_at(name, s["name"])] for s in sheets[1:]}
    assert heads["医务科"] == ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"]
    assert heads["产科"] == ["序号", "岗位", "风险点", "风险等级", "防控措施"]  # 姓名 deleted
    assert heads["药剂科"][-1] == "备注"  # a column added
    assert heads["财务科"][1:3] == ["姓名", "岗位"]  # swapped
    for s in sheets[1:]:
        # no 科室 anywhere on the sheet but its tab
        assert not any(s["name"] in str(c) for row in s["rows"] for c in row if c), s["name"]
        head = heads[s["name"]]
        table = _table(name, s["name"])
        post = [row[head.index("岗位")] for row in table]
        who = [row[head.index("姓名")] if "姓名" in head else "" for row in table]
        points = [row[head.index("风险点")] for row in table]
        levels = [HML[row[head.index("风险等级")]] for row in table]
        assert [(s["name"], p, w) for p, w in zip(post, who, strict=True)] == BATCH.post_rows(
            name, s["name"]
        )
        assert points == [r["risk_point"] for r in BATCH.points(name, s["name"])]
        assert levels == [r["level"] for r in BATCH.points(name, s["name"])]


def test_thirty_ninth_batch_is_read(tmp_path):
    BATCH.is_read(tmp_path)
