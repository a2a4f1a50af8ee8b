"""The thirtieth batch of published layouts (tests/published/batch30.py): nine WHOLE WORKBOOKS as
a unit sends them back — the forms ordinary, the sheets around them not: a 市场监管局 手册 with a
封面, a 目录 and 科室 tabs numbered as the 目录 lists them; a 住建局 workbook with a 填表说明 (its
填写示例 rows holding ``张三``) and a 汇总表 of counts before the list; a 街道办事处 workbook of one
sheet per person behind a blank 模板, with a hidden 下拉选项 sheet and two empty sheets; a 卫健委
workbook of 附件1 (the 领导小组 list), 附件2 (a leader's card) and 附件4 (turned into one list); a
住建局 person's 附件4 continued on the WPS copy ``邓建华 (2)``; a 街道办事处 目录 naming each
科室负责人 before 科室 sheets with no names; a 卫健委 list with last year's sheet kept after it as
``上年``; a 市场监管局 统计表 with 填报人 names before the 所 sheets — and one harder: a 人社局's
2023 sheet marked ``(作废)`` kept FIRST, before the 2024 one
(``python tests/published/score.py --set batch30``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

First measured untuned with the reader at 20e10ba: forms 0.878 (36/41), recall 0.959 (71/74),
precision 0.922 (71/77), levels 0.986 (70/71), types 1.000 (71/71), noise 1; with --strict the same
(forms 0.878, 36/41). Missed:

- ``jd_toc_heads_posts_only`` forms 0/5 (its 8 points all found): every post's 科室 is the tab
  (``党政办``, ``社会事务办``, ``综治办``), not the title's full name (``党政办公室…``, ``社会事务办公室…``,
  ``综合治理办公室岗位廉政风险点一览表``): ``locate.dept_in_title`` returns "" for a title whose one
  part ends in ``办公室`` (only a bare ``办公室`` counts), so the tab wins; and ``综治办`` would not pass
  as short for ``综合治理办公室`` anyway (``_shortened`` wants the same last character; ``办`` stands for
  ``办公室``). A post-only form needs its 科室 to match, so none is found. (Units blank: the unit is
  only in the 目录's title; not scored.)
- ``rsj_void_last_year_first`` precision 7/9, levels 6/7: the sheet ``2023年(作废)``, tab and title
  marked 作废, is read like the 2024 one: its two points not carried into 2024 (庞建新's
  ``继续教育学时审核走过场…``, 温丽's ``人事档案借阅不登记…``) are extra and 温丽 an extra post; 庞建新's
  ``职称申报资格审核把关不严…`` is exported twice, Ⅱ级 from 2023 first, Ⅰ级 from 2024 after (the scorer
  takes the first); only FORM_DUPLICATE warnings (庞建新, 邱伟, 秦海: "两份都已收录").
- ``wjw_this_year_then_shangnian`` precision 7/8: the sheet ``上年`` (title ``(2023年度)``) is read too:
  郑海's ``卫生监督协管经费发放不实`` is extra and 郑海 an extra post; the three points it repeats are
  exported twice (2024's first, so the levels hold); FORM_DUPLICATE warnings for 程刚, 夏志明, 严冬.
- ``zjj_person_tab_continued`` recall 7/10, precision 7/10: the WPS copy ``邓建华 (2)`` (the heading
  row again, no 附件4 line, title or 姓名 block) is not joined to 邓建华's form — ``locate._CONTINUED``
  wants 续表/(续)/续页/接上页/第2页 in the title or tab, or else a sheet WITHOUT a heading, and a tab
  ending `` (2)`` names no 科室 or holder — so its three points are a form of their own with unit,
  科室, post and person all blank, and no issue says so (the form asks for no 姓名, so no
  FORM_NO_PERSON).
- ``jd_person_tabs_hidden_lists`` noise 1: the blank ``模板`` sheet (labels 姓名/科室/职务 without
  values, 序号 1–3 and nothing else) is read as a form: FORM_NO_PERSON (error, 模板!B2), FORM_EMPTY
  (warning) and a blank post in posts.csv; ``collect._INSTRUCTIONS`` skips 说明/须知/示例/样表/样例
  sheets but not one named ``模板``.

Read right: the 封面 and both 目录 sheets (no table, no issue); the 填表说明 sheet (SHEET_INSTRUCTIONS,
its ``张三`` rows no points); the 汇总表 of counts (no points; only info issues: TABLE_OTHER for the
一级/二级/三级 count columns, COLUMN_GUESSED twice, TABLE_NO_TYPE) and the 统计表 with 填报人 names (no
issue); the numbered tabs ``1.办公室``… (the 科室 from the titles); the short tabs ``城关所``… yielding
to the titles' ``城关市场监管所``…; the hidden 下拉选项 sheet, the empty ``Sheet2``/``Sheet3`` and
``Sheet4``'s lone space; 附件1's 领导小组 list; the 附件2 card (领导班子, 领导岗位) beside the 附件4
list (一般岗位); one sheet per person (tab = name); 孔丽's form after the continued one; 一级…三级,
Ⅰ级…Ⅲ级, 高/中/低 and every type. Not scored: the unit is blank where it is only on the 封面, 目录 or
统计表 (``scjg_cover_toc_numbered_tabs``, ``jd_toc_heads_posts_only``, ``scjg_stats_first_office_tabs``);
GRADE_MISMATCH (warning, B declared, A computed) for 邓建华 and 孔丽.

(Read in full before any change for it: nothing in this batch was generalised on.)

After generalising (a tab abbreviating the office its title names, '综治办' of '综合治理办公室',
and a title naming '…办公室' alone names a 科室; sheets marked 作废/上年 or titled with an earlier
year than another sheet of the file are set aside with one SHEET_SET_ASIDE each, blank copies of
the form with SHEET_BLANK_FORM; a sheet named as Excel and WPS name a copy, 'X (2)', continues X's
form): 1.00 on every metric, strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch30 import LAST_YEAR, LAYOUTS, ORDINAL, ROMAN, VOID, build
from published.checks import Batch
from published.layouts import HML, TYPES, types_in

BATCH = Batch(30, LAYOUTS, build)
BY_NAME = BATCH.by_name
HARDER = {"rsj_void_last_year_first"}
TYPED = {"rsj_void_last_year_first", "scjg_cover_toc_numbered_tabs", "zjj_guide_example_summary",
         "jd_person_tabs_hidden_lists", "wjw_annex1_2_4", "zjj_person_tab_continued",
         "wjw_this_year_then_shangnian"}  # fmt: skip
# sheets that hold no form: covers, tables of contents, instructions, counts, name lists,
# templates, drop-down lists, empty sheets, last year's sheets
NO_FORMS = {
    "rsj_void_last_year_first": {f"2023年({VOID})"},
    "scjg_cover_toc_numbered_tabs": {"封面", "目录"},
    "zjj_guide_example_summary": {"填表说明", "汇总表"},
    "jd_person_tabs_hidden_lists": {"模板", "下拉选项", "Sheet2", "Sheet3"},
    "wjw_annex1_2_4": {"附件1"},
    "zjj_person_tab_continued": set(),
    "jd_toc_heads_posts_only": {"目录", "Sheet4"},
    "wjw_this_year_then_shangnian": {LAST_YEAR},
    "scjg_stats_first_office_tabs": {"统计表"},
}
CONTINUED = {("zjj_person_tab_continued", "邓建华"): "邓建华 (2)"}


def _sheet(name, sheet):
    sheets = BY_NAME[name]["sheets"]
    return (
        sheets[sheet] if isinstance(sheet, int) else next(s for s in sheets if s["name"] == sheet)
    )


def _filled(name, sheet):
    """Every row with its merged-away cells filled from the top-left cell of the merge."""
    sh = _sheet(name, sheet)
    rows = [list(row) for row in sh["rows"]]
    for r0, c0, r1, c1 in sh["merges"]:
        for r in range(r0, r1 + 1):
            rows[r].extend([None] * (c1 + 1 - len(rows[r])))
            for c in range(c0, c1 + 1):
                rows[r][c] = rows[r0][c0]
    return rows


def _table(name, sheet):
    """The table's rows (merged cells filled): those whose first cell is the running number."""
    return [row for row in _filled(name, sheet) if row and isinstance(row[0], int)]


def _form(name, person="", title=None):
    return next(f for f in BY_NAME[name]["truth"]
                if f["person"] == person and title in (None, f["title"]))  # fmt: skip


def test_batch30_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=9, harder=HARDER, one_unit_each=False, new_units=False)
    assert set(NO_FORMS) == {lay["name"] for lay in LAYOUTS}


def test_batch30_truth_is_self_consistent():
    def continued(f, sheets):  # a list continued on another sheet
        more = CONTINUED.get((f["layout"], f["sheet"]))
        return sheets[f["sheet"]] | (sheets[more] if more else set())

    def every_tab(f, here, sheets):
        assert set(sheets) == {s["name"] for s in BY_NAME[f["layout"]]["sheets"]}

    BATCH.truth_is_self_consistent(unit_in="file", points_in=continued, each=every_tab)
    for lay in LAYOUTS:
        assert len(lay["sheets"]) >= 2, lay["name"]  # every layout is a workbook of sheets
        names = [s["name"] for s in lay["sheets"]]
        assert len(set(names)) == len(names) and all(len(n) <= 31 for n in names)
        assert NO_FORMS[lay["name"]] <= set(names)
        assert not {f["sheet"] for f in lay["truth"]} & NO_FORMS[lay["name"]], lay["name"]


def test_batch30_levels_and_types():
    BATCH.levels_and_types(typed=TYPED)


def test_batch30_void_sheet_first_holds_no_points():
    name = "rsj_void_last_year_first"
    old, new = BY_NAME[name]["sheets"]
    assert VOID in old["name"] and old["rows"][0][0].endswith(f"({VOID})")
    assert VOID not in new["name"] and VOID not in new["rows"][0][0]
    assert "2023" in old["rows"][0][0] and "2024" in new["rows"][0][0]
    assert {f["sheet"] for f in BY_NAME[name]["truth"]} == {new["name"]}
    this_year = _table(name, 1)
    assert [(r[1], r[2], r[3]) for r in this_year] == BATCH.post_rows(name)
    assert [r[4] for r in this_year] == [p["risk_point"] for p in BATCH.points(name)]
    assert [ORDINAL[r[6]] for r in this_year] == [p["level"] for p in BATCH.points(name)]
    assert [types_in(r[5]) for r in this_year] == [p["types"] for p in BATCH.points(name)]
    now = {(r[3], r[4]): ORDINAL[r[6]] for r in this_year}
    then = {(r[3], r[4]): ORDINAL[r[6]] for r in _table(name, 0)}
    same = set(now) & set(then)
    assert len(same) == 4 and len(then) == 6  # four points kept, two gone
    assert sum(now[k] != then[k] for k in same) == 1  # one kept with another level
    gone = {who for who, _ in then} - {who for who, _ in now}
    assert gone == {"温丽"} and not gone & {f["person"] for f in BY_NAME[name]["truth"]}


def test_batch30_cover_toc_and_numbered_tabs():
    name = "scjg_cover_toc_numbered_tabs"
    lay = BY_NAME[name]
    assert [s["name"] for s in lay["sheets"][:2]] == ["封面", "目录"]
    tabs = [s["name"] for s in lay["sheets"][2:]]
    toc = _table(name, "目录")
    assert [row[2] for row in toc] == tabs
    unit = lay["truth"][0]["unit"]
    assert any(unit in (row[0] or "") for row in _sheet(name, "封面")["rows"] if row)
    got = []
    for k, tab in enumerate(tabs, 1):
        office = tab.removeprefix(f"{k}.")
        assert tab == f"{k}.{office}"
        sheet = _sheet(name, tab)
        assert sheet["rows"][0][0].startswith(office) and unit not in sheet["rows"][0][0]
        got += [(office, row[1], row[2]) for row in _table(name, tab)]
        assert {f["department"] for f in lay["truth"] if f["sheet"] == tab} == {office}
    assert got == BATCH.post_rows(name)


def test_batch30_guide_example_and_summary_counts():
    name = "zjj_guide_example_summary"
    lay = BY_NAME[name]
    guide = _filled(name, "填表说明")
    examples = [row for row in guide if row and row[2] == "张三"]
    assert len(examples) == 2 and all(row[0] == "XX股" for row in examples)
    holders = {f["person"] for f in lay["truth"]}
    assert "张三" not in holders
    assert not {row[3] for row in examples} & {p["risk_point"] for p in BATCH.points(name)}
    table = _table(name, "风险点一览表")
    assert [(row[1], row[2], row[3]) for row in table] == BATCH.post_rows(name)
    assert [ORDINAL[row[6]] for row in table] == [p["level"] for p in BATCH.points(name)]
    summary = _filled(name, "汇总表")
    head = next(k for k, row in enumerate(summary) if row and row[0] == "序号")
    assert summary[head][4:7] == ["风险等级"] * 3 and summary[head + 1][4:7] == [
        "一级",
        "二级",
        "三级",
    ]
    counted = {}
    for row in summary[head + 2 :]:
        if row and isinstance(row[0], int):
            counted[row[1]] = tuple(row[2:7])
    expect = {}
    for f in lay["truth"]:
        posts, points, *levels = expect.get(f["department"], (0, 0, 0, 0, 0))
        for r in f["risks"]:
            levels[r["level"] - 1] += 1
        expect[f["department"]] = (posts + 1, points + len(f["risks"]), *levels)
    assert counted == expect
    total = next(row for row in summary if row and row[0] == "合计")
    assert tuple(total[2:7]) == tuple(map(sum, zip(*expect.values(), strict=True)))


def test_batch30_person_tabs_template_hidden_and_empty_sheets():
    name = "jd_person_tabs_hidden_lists"
    lay = BY_NAME[name]
    assert lay["sheets"][0]["name"] == "模板"
    template = _sheet(name, "模板")
    assert template["rows"][1] == ["姓名", None, "科室", None, "职务", None]
    assert all(all(c is None for c in row[1:]) for row in _table(name, "模板"))  # 序号 only
    hidden = [s["name"] for s in lay["sheets"] if s.get("hidden") is True]
    assert hidden == ["下拉选项"]
    lists = _sheet(name, "下拉选项")["rows"]
    assert lists[0] == ["风险类型", "风险等级", "科室"]
    assert {row[1] for row in lists[1:]} - {None} == set(HML)
    assert _sheet(name, "Sheet2")["rows"] == [] and _sheet(name, "Sheet3")["rows"] == []
    people = [s for s in lay["sheets"] if s["name"] not in NO_FORMS[name]]
    assert len(people) == len(lay["truth"])
    for sheet, form in zip(people, lay["truth"], strict=True):
        _, who, _, office, _, post = sheet["rows"][1]
        assert sheet["name"] == who == form["person"] and form["sheet"] == who
        assert (form["department"], form["title"]) == (office, post)
        table = _table(name, who)
        assert [row[1] for row in table] == [r["risk_point"] for r in form["risks"]]
        assert [HML[row[3]] for row in table] == [r["level"] for r in form["risks"]]


def test_batch30_annex_sheets():
    name = "wjw_annex1_2_4"
    lay = BY_NAME[name]
    assert [s["name"] for s in lay["sheets"]] == ["附件1", "附件2", "附件4"]
    members = [row[1] for row in _sheet(name, "附件1")["rows"]
               if row and row[0] in ("组长", "副组长", "成员")]  # fmt: skip
    assert len(members) == 5
    leader = _form(name, "蔡文静")
    assert leader["sheet"] == "附件2" and leader["tier"] == "leader" and leader["department"] == ""
    assert {f["person"] for f in lay["truth"]} & set(members) == {"蔡文静"}  # from her card only
    card = _table(name, "附件2")
    assert [row[2] for row in card] == [r["risk_point"] for r in leader["risks"]]
    assert [ROMAN[row[4]] for row in card] == [r["level"] for r in leader["risks"]]
    assert _sheet(name, "附件4")["rows"][0][0] == "附件4"
    table = _table(name, "附件4")
    assert [(row[1], row[2], row[3]) for row in table] == BATCH.post_rows(name, "附件4")
    assert all(f["tier"] == "general" for f in lay["truth"] if f["sheet"] == "附件4")


def test_batch30_form_continued_on_the_copied_sheet():
    name = "zjj_person_tab_continued"
    first, second, other = (s["name"] for s in BY_NAME[name]["sheets"])
    assert second == f"{first} (2)" and other == "孔丽"
    page2 = _sheet(name, second)["rows"]
    assert page2[0] == ["岗位职责", "工作流程", "风险点", "风险类型", "风险级别", "防控措施"]
    assert not any(row and row[0] in ("姓名", "附件4") for row in page2)
    assert not any(row and row[0] == "单位主管领导审查意见" for row in _sheet(name, first)["rows"])
    form = _form(name, first)
    assert form["sheet"] == first
    points = [r["risk_point"] for r in form["risks"]]
    on_sheets = []
    for sheet in (first, second):
        rows = _filled(name, sheet)
        head = next(k for k, row in enumerate(rows) if row and row[0] == "岗位职责")
        on_sheets += [row[2] for row in rows[head + 1 :]
                      if row and row[3] and any(t in row[3] for t in TYPES)]  # fmt: skip
    assert on_sheets == points and len(points) == 7


def test_batch30_toc_heads_and_posts_only():
    name = "jd_toc_heads_posts_only"
    lay = BY_NAME[name]
    toc = _table(name, "目录")
    tabs = [s["name"] for s in lay["sheets"][1:-1]]
    assert [row[5] for row in toc] == tabs
    heads = {row[2] for row in toc}
    assert all(f["person"] == "" for f in lay["truth"])
    got = []
    for row, tab in zip(toc, tabs, strict=True):
        office = row[1]
        title = _sheet(name, tab)["rows"][0][0]
        assert title.startswith(office) and tab != office and len(tab) < len(office)
        table = _table(name, tab)
        assert row[4] == len({r[1] for r in table})  # the 目录's 岗位数
        got += [(office, r[1], "") for r in table]
        assert not heads & {r[1] for r in table}
    assert got == BATCH.post_rows(name)
    assert _sheet(name, "Sheet4")["rows"] == [[" "]]


def test_batch30_this_year_then_last_year():
    name = "wjw_this_year_then_shangnian"
    cur, old = BY_NAME[name]["sheets"]
    assert old["name"] == LAST_YEAR and "(2023年度)" in old["rows"][0][0]
    assert "(2024年度)" in cur["rows"][0][0]
    assert "风险类型" not in old["rows"][1] and "风险类型" in cur["rows"][1]
    table = _table(name, cur["name"])
    assert [(row[1], row[2], row[3]) for row in table] == BATCH.post_rows(name)
    assert [HML[row[6]] for row in table] == [p["level"] for p in BATCH.points(name)]
    now = {(row[3], row[4]): HML[row[6]] for row in table}
    then = {(row[3], row[4]): ORDINAL[row[5]] for row in _table(name, LAST_YEAR)}
    same = set(now) & set(then)
    assert len(same) == 3 and sum(now[k] != then[k] for k in same) == 1
    assert {who for who, _ in then} - {who for who, _ in now} == {"郑海"}


def test_batch30_stats_sheet_first():
    name = "scjg_stats_first_office_tabs"
    lay = BY_NAME[name]
    assert lay["sheets"][0]["name"] == "统计表"
    stats = _table(name, "统计表")
    tabs = [s["name"] for s in lay["sheets"][1:]]
    got = []
    for row, tab in zip(stats, tabs, strict=True):
        office, filer, points = row[1], row[2], row[5]
        forms = [f for f in lay["truth"] if f["sheet"] == tab]
        assert {f["department"] for f in forms} == {office}
        assert _sheet(name, tab)["rows"][0][0].startswith(office) and tab != office
        assert points == sum(len(f["risks"]) for f in forms) and row[3] == len(forms)
        assert filer in {f["person"] for f in forms}  # the 所长/股长, who holds a post on the tab
        got += [(office, r[1], r[2]) for r in _table(name, tab)]
    assert got == BATCH.post_rows(name)
    total = next(row for row in _sheet(name, "统计表")["rows"] if row and row[0] == "合计")
    assert total[5] == len(BATCH.points(name))


def test_thirtieth_batch_is_read(tmp_path):
    BATCH.is_read(tmp_path)
