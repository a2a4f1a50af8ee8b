"""The three-hundred-and-seventy-eighth batch of published layouts (tests/published/batch378.py): seven
ordinary files as the 市场监管 and 药监 bodies of one county (澄城县) really send them — the 市场监督管理局's
一览表 under group rows with short types and 高/中/低, the 城关市场监管所's 防控卡 one sheet a holder with
``…风险`` types and ``★★★/★★/★``, the 王庄市场监管所's 自查表 one sheet a person with ``高风险/中风险/
低风险``, the 质量技术检测中心's 排查表 对岗不对人 with ``风险点 | 主要表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the
消费者协会's 一览表 written out on every row with ``一级/二级/三级``, the 食品药品稽查大队's two sheets
``大队领导 | 中队`` with ``一级风险/二级风险/三级风险``, the 韦庄市场监管所's 责任清单 with bare ``Ⅰ/Ⅱ/Ⅲ`` and
a last ``责任领导`` column — and one harder: the 冯原市场监管所's 一览表 in a workbook whose FIRST TAB,
HIDDEN and marked by nothing else, holds the 所's first draft of the same list
(``python tests/published/score.py --set batch378``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap at d32c7db
(main's and dev's newest when the batch was done; this worktree branched from dev at d32c7db).
``score.py --set batch378``:
``TOTAL                      forms  39/39  points  65/65  recall 1.00 precision 0.94 (65/69)  levels  64/65  types  65/65  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=0.942 levels=0.985 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  39/39  points  65/65  recall 1.00 precision 0.94 (65/69)  levels  64/65  types  65/65  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=0.942 levels=0.985 types=1.000 noise=0``. The 9 files
of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as FILE_SKIPPED). The seven
ordinary layouts read in full — every form, point, level and type, with ``--strict`` too. The truth
was not changed after measuring.

Missed, all in the harder ``chengcheng_fengyuan_market_station_hidden_draft.xlsx`` (forms 5/5, points
10/10, precision 10/14, levels 9/10): the reader read the HIDDEN first tab ``Sheet1`` as a list like
any other, before the visible ``一览表`` (posts.csv F00016–F00019 from ``Sheet1``, F00020–F00024 from
``一览表``), with no issue saying the tab is hidden — only FORM_DUPLICATE warnings (蹇昀翚, 郜沅朔,
揭珮岚, on both tabs, "两份都已收录"). By cell:

- four points that are no points (truth: the hidden draft gives none), read from ``Sheet1``:
  D4 ``对违法线索压案不查`` (所长 蹇昀翚, F00016), D5 ``食品经营许可现场核查走过场`` and D6
  ``特种设备使用登记审核不严`` (副所长 晏璘溯, F00017 — a form for the predecessor, who is in no form of
  the truth), D10 ``药品经营许可证换证审查把关不严`` (药品医疗器械监管员 揭珮岚, F00019);
- one level: the 所长's ``行政处罚案件不经集体讨论，擅自减轻处罚`` was read twice, from ``Sheet1`` row 3
  (F3 ``中`` → Ⅱ级) and from ``一览表`` row 3 (F3 ``高`` → Ⅰ级); the scored row is the first, the
  draft's: read Ⅱ级, truth 1 (``一览表``!F3 ``高``).

The draft's rows repeating the list word for word (``Sheet1``!D3, D7, D8, D9) were read twice too, but
under the same key they cost nothing in the score. Kind (one): a worksheet whose state is hidden is
read like a visible one — the sender's hidden first draft adds a form for a person no longer in the
post, points the list does not hold, and, where it repeats a point with another level, its level
comes first.

Unscored besides: three of the four 市场监管所 were read the reader's way, as 科室 of the 局 (unit
``澄城县市场监督管理局``, 科室 ``城关市场监管所`` / ``韦庄市场监管所`` / ``冯原市场监管所``; truth: units of
their own, no 科室, as batch345's); the 王庄所's 自查表, whose ``所在单位`` cell reads ``王庄市场监管所``,
came out as unit ``王庄市场监管所`` with the 所长's 科室 ``领导班子``. The 所长 and 副所长 of the 城关
(副所长 姬睿峣), 韦庄 (阚霖渊, 弓曜菁) and 冯原 (蹇昀翚, 隗砚祺) files have the tier 中层岗位 (truth
leader; the 王庄所's 所长 read as leader). Every other unit, 科室, post and tier as the truth has it.
The other issues are info only (TABLE_NO_TYPE on the three untyped sheets, GRADE_BLANK on the cards
and the 自查表, FILE_SKIPPED for truth.json).

Generalised after this measurement: a hidden sheet of the posts a shown sheet gives is set aside
with one warning (SHEET_HIDDEN_SET_ASIDE;
tests/test_columns.py::test_a_hidden_sheet_of_the_posts_a_shown_one_gives_is_set_aside); a hidden
sheet of other posts, or the only one, is still read. The batch now reads in full; the 所's unit and
tier stay the 站所 convention.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from openpyxl import load_workbook
from published.batch378 import (
    BANDS,
    BARE,
    DRAFT_HEAD,
    DRAFT_ROWS,
    DRAFT_TAB,
    DRAFT_UNIT,
    FINAL_ROWS,
    GRADES,
    LAYOUTS,
    LIST_TAB,
    PREDECESSOR,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.cells import cells, norm
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(378, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
DRAFT_FILE = "chengcheng_fengyuan_market_station_hidden_draft"
HARDER = {DRAFT_FILE}
UNTYPED = {"chengcheng_wangzhuang_station_selfchecks", "chengcheng_inspection_brigade_two_sheets"}
NOBODY = {"chengcheng_testing_center_posts"}
STATIONS = {
    DRAFT_FILE,
    "chengcheng_chengguan_station_cards",
    "chengcheng_wangzhuang_station_selfchecks",
    "chengcheng_weizhuang_station_duties",
}
GAP = "\u3000"


def test_batch378_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=375, unit_words=("澄城县",), new_people=True)


def test_batch378_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(6, 14))
    assert RESAVED == ()


def test_batch378_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch378_every_unit_is_of_chengcheng_and_stands_in_its_sheet():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("澄城县") for u in units)
    inbox = BATCH.inbox()
    for lay in LAYOUTS:
        sheets = cells(inbox / f"{lay['name']}.xlsx")
        for f in lay["truth"]:
            here = sheets[f["sheet"]]
            assert any(norm(f["unit"]) in c for c in here), lay["name"]
            for field in ("department", "title", "person"):
                assert not f[field] or any(norm(f[field]) in c for c in here), (f, field)
    # a 市场监管所 is a unit of its own, with no 科室; nor has the 消费者协会 one
    for name in STATIONS | {"chengcheng_consumer_association_every_row"}:
        assert {f["department"] for f in BY_NAME[name]["truth"]} == {""}, name
    for name in STATIONS:
        assert BY_NAME[name]["truth"][0]["unit"].endswith("市场监管所"), name


def test_batch378_hidden_first_tab_holds_the_draft():
    name = DRAFT_FILE
    lay = BY_NAME[name]
    # the draft is the FIRST tab, hidden; the list is the second, shown and active
    assert [s["name"] for s in lay["sheets"]] == [DRAFT_TAB, LIST_TAB]
    assert lay["sheets"][0].get("hidden") is True and not lay["sheets"][1].get("hidden")
    wb = load_workbook(BATCH.inbox() / f"{name}.xlsx")
    assert [ws.title for ws in wb.worksheets] == [DRAFT_TAB, LIST_TAB]
    assert wb[DRAFT_TAB].sheet_state == "hidden" and wb[LIST_TAB].sheet_state == "visible"
    assert wb.active.title == LIST_TAB
    wb.close()
    # every form is the visible list's
    assert {f["sheet"] for f in lay["truth"]} == {LIST_TAB}
    assert lay["truth"][0]["unit"] == DRAFT_UNIT
    heads = {"post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, LIST_TAB) == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型", LIST_TAB) == [r["types"] for r in BATCH.points(name)]
    # marked by nothing but its state: the same title, heading and sign-off line, no year, no
    # word setting it aside
    draft, shown = BATCH.rows(name, DRAFT_TAB), BATCH.rows(name, LIST_TAB)
    assert draft[0] == shown[0] and draft[-1] == shown[-1]
    assert BATCH.heading(name, DRAFT_TAB) == BATCH.heading(name, LIST_TAB) == list(DRAFT_HEAD)
    for row in draft:
        for c in row:
            assert not any(w in str(c or "") for w in ("作废", "旧表", "上年", "初稿", "2024")), c
    # its rows are no points and its predecessor no holder; some repeat the list, some do not
    table = BATCH.table(name, DRAFT_TAB)
    assert [(r[1], r[2], r[3], HML[r[5]]) for r in table] == [
        (post, who, point, HML[lv])
        for post, who, points in DRAFT_ROWS
        for point, _, lv, _ in points
    ]
    truth = {(f["person"], r["risk_point"]): r["level"] for f in lay["truth"] for r in f["risks"]}
    keys = [(r[2], r[3]) for r in table]
    assert PREDECESSOR in {r[2] for r in table} and PREDECESSOR not in BATCH.holders(name)
    assert 0 < sum(k in truth for k in keys) < len(keys)
    assert any(k in truth and truth[k] != HML[r[5]] for k, r in zip(keys, table, strict=True))
    assert {p for p, *_ in FINAL_ROWS} - {p for p, *_ in DRAFT_ROWS} == {"内勤"}
    # the 副所长 of the list is not in the draft
    deputy = next(who for post, who, *_ in FINAL_ROWS if post == "副所长")
    assert deputy not in {r[2] for r in table}


def test_batch378_plain_tables_by_heading():
    cases = [
        ("chengcheng_weizhuang_station_duties",
         {"post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("chengcheng_testing_center_posts", {"dept": "科室", "post": "岗位", "point": "风险点"},
         "风险类型"),
        ("chengcheng_consumer_association_every_row",
         {"post": "岗位", "person": "责任人", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the 责任领导 column names the 所长 on every row: a supervisor, holder of his own rows only
    name = "chengcheng_weizhuang_station_duties"
    table = BATCH.table(name)
    assert BATCH.heading(name)[-1] == "责任领导" and len({row[-1] for row in table}) == 1
    assert sum(row[-1] != row[2] for row in table) >= len(table) // 2
    assert {r[6] for r in table} == set(BARE)
    assert any(str(row[0]).startswith("注：风险等级Ⅰ为高") for row in BATCH.rows(name))
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[3] for r in table}  # 职责事项
    # the short 风险点 is the point (one row each), the long 主要表现 none; nobody
    name = "chengcheng_testing_center_posts"
    table = BATCH.table(name)
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in table} and len(points) == len(table)
    assert all(len(row[3]) < len(row[4]) for row in table)
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    assert {r[6] for r in table} == set(ROMAN)
    # every row written out, nothing merged down; 主要职责 no point
    name = "chengcheng_consumer_association_every_row"
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])
    assert all(all(c is not None for c in row[:8]) for row in BATCH.numbered(name))
    table = BATCH.table(name)
    assert {r[6] for r in table} == set(GRADES)
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[3] for r in table}
    # the 稽查大队's two sheets
    name = "chengcheng_inspection_brigade_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "廉政风险点"},
        "大队领导",
        fixed={"dept": "大队领导"},
    )
    assert got == BATCH.truth_rows(name, "大队领导")
    heads = {"dept": "中队", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "中队") == BATCH.truth_rows(name, "中队")
    works = {r[3] for r in BATCH.table(name, "大队领导")}
    assert not {p["risk_point"] for p in BATCH.points(name)} & works  # 分管工作 no point
    assert {r["level"] for r in BATCH.points(name)} == {1, 2, 3}


def test_batch378_group_rows_give_the_department():
    name = "chengcheng_bureau_group_rows"
    rows, dept, got = BATCH.filled(name), None, []
    for r, row in enumerate(rows[BATCH.header(name) + 1 :], BATCH.header(name) + 1):
        if isinstance(row[0], str) and row[0][1:2] == "、":
            dept = row[0][2:]
            assert BATCH.merged(name, 0, r, 0, 6)
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], HML[row[5]]))
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型") == [r["types"] for r in BATCH.points(name)]


def test_batch378_one_sheet_a_person():
    name = "chengcheng_chengguan_station_cards"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"]
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["持卡人", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][0] == "负责网格" and rows[2][1] != f["department"]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        assert {r[3] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
    name = "chengcheng_wangzhuang_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["title"]
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["所在单位", "王庄市场监管所"]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        table = BATCH.table(name, f["sheet"])
        assert not {r[1] for r in table} & {p["risk_point"] for p in BATCH.points(name)}
        assert {r[3] for r in table} <= set(BANDS) and not any(types_in(r[2]) for r in table)


def test_batch378_is_read(tmp_path):
    BATCH.is_read(tmp_path)
