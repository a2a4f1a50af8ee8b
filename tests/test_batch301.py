"""The three-hundred-and-first batch of published layouts (tests/published/batch301.py): seven
ordinary files as the 乡镇, 站所, 村 and 社区 of one county (邻水县) really send them — the
石永镇人民政府's 一览表 with ``科室`` merged and ``一级/二级/三级``, the 城北镇财政所's 防控卡 one sheet a
holder with ``★★★/★★/★``, the 九龙镇农业综合服务中心's 自查表 one sheet a person with
``高风险/中风险/低风险``, the 袁市镇白果村's 责任清单 with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 鼎屏镇翠屏社区's 排查表
对岗不对人 with ``风险点 | 风险表现`` and ``一级风险/二级风险/三级风险``, the 高滩镇人民政府's two sheets
``领导班子 | 科室站所`` with 高/中/低, the 合流镇便民服务中心's 一览表 under group rows with bare
``Ⅰ/Ⅱ/Ⅲ`` — and one harder: the 丰禾镇人民政府's 岗位廉政风险点登记表 对岗不对人, whose 科室 is written
only as the letters of the 序号 (``DZB-01`` …) that a ``注：`` line under the table defines, four
posts ``主任`` told apart only by them (``python tests/published/score.py --set batch301``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at b1069c3 (main's newest when the batch was done; this
worktree branched from it). ``score.py --set batch301``:
``TOTAL                      forms  32/42  points  71/71  recall 1.00 precision 1.00 (71/71)  levels  71/71  types  71/71  noise 0``
and ``TOTAL forms=0.762 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  32/42  points  71/71  recall 1.00 precision 1.00 (71/71)  levels  71/71  types  71/71  noise 0``
and ``TOTAL forms=0.762 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``. The 8 files:
eight .xlsx, no re-saved copies (the inbox's truth.json is skipped as FILE_SKIPPED). The seven
ordinary layouts read in full — every form, point, level and type — with ``--strict`` too; the
harder one reads every point, level and (absent) type, but none of its forms (forms 0/10, points
14/14, precision 14/14). The truth was not changed after measuring.

Missed, all in the harder ``linshui_fenghe_town_dept_codes.xlsx`` (sheet 登记表; heading A3:E3, rows
4–17, the ``注：`` line A18, by cell from posts.csv and risks.csv of ``xlproc collect`` on the built
inbox): the reader found the table, its fourteen rows, their points and levels (高/中/低 → Ⅰ/Ⅱ/Ⅲ级,
all right), and rightly read neither the note (A18) nor the sign-off line (A19) as a point, but it
took no 科室 from the ``序号`` codes, so every form came out with a blank 科室 and the posts were
grouped by their title alone:

- A4:A5 ``LD-01``, ``LD-02`` — B4 ``党委书记``: F00012, 科室 blank (truth ``镇领导班子``); A6 ``LD-03`` —
  B6 ``党委副书记、镇长``: F00013, 科室 blank (truth ``镇领导班子``);
- A7:A8 ``DZB-01``, ``DZB-02`` (B7 ``主任``), A10 ``JFB-01`` (B10 ``主任``), A11 ``SSB-01`` (B11 ``主任``) and
  A14:A15 ``GJB-01``, ``GJB-02`` (B14 ``主任``): ONE form F00014, title ``主任``, 科室 blank, tier 领导岗位,
  six points (truth: FOUR forms ``党政综合办公室``/``经济发展办公室``/``社会事务办公室``/``规划建设办公室`` ·
  ``主任``, middle, with two, one, one and two points);
- A9 ``DZB-03`` — B9 ``文书``: F00015, 科室 blank (truth ``党政综合办公室``); A12:A13 ``SSB-02``, ``SSB-03`` —
  B12 ``民政专干``: F00016, 科室 blank (truth ``社会事务办公室``); A16 ``CZS-01`` — B16 ``所长``: F00017,
  科室 blank (truth ``财政所``); A17 ``CZS-02`` — B17 ``惠农补贴专管员``: F00018, 科室 blank (truth
  ``财政所``).

So all ten truth forms (nameless posts, matched by 科室 and post) are missed, though every point
is read under the right post title (points are keyed by holder and point, so recall and precision
stay 1.00). No issue was raised for the file but TABLE_NO_TYPE (info): no COLUMN_GUESSED, no
ROW_UNPLACED for the note. Kind: a 科室 written only as the letter prefix of the running number
(``DZB-01``) and defined by a ``注：`` line under the table is not read, so a register with no 科室
column gives every post a blank 科室 and merges same-named posts of different 科室 (four ``主任``)
into one.

Unscored besides (posts.csv), by cell:

- ``linshui_baiguo_village_duties.xlsx`` (sheet 责任清单): the four forms F00001–F00004 have a blank
  unit (truth ``邻水县袁市镇白果村``, from the title A1 ``邻水县袁市镇白果村村干部廉洁风险防控责任清单``),
  and the post ``村务监督委员会主任`` (B10, F00004) was read as 领导岗位 (truth middle). Kind: a 村's title
  ``…村村干部…`` does not give the unit; a 监督委员会's 主任 taken for the 村's head (a convention
  difference, as in batches 281 and 297).
- ``linshui_cuiping_community_posts.xlsx`` (sheet 排查表): ``居务监督委员会主任`` (B9, F00011) read as
  领导岗位 (truth middle), the same convention difference.
- ``linshui_chengbei_finance_cards.xlsx`` (sheets 所长, 总预算会计, 报账员): unit ``邻水县城北镇`` with 科室
  ``财政所`` (F00005–F00007; truth unit ``邻水县城北镇财政所``, no 科室 — the two writings score.py takes as
  the same), and the 所长 read as 中层岗位 (truth leader, the 所's head in its own file; batch 258 took
  the other convention).
- ``linshui_jiulong_agri_selfchecks.xlsx`` and ``linshui_heliu_service_groups.xlsx``: unit ``邻水县九龙镇``
  and ``邻水县合流镇`` (F00031–F00033, F00026–F00030; truth ``…农业综合服务中心``, ``…便民服务中心``), the
  中心's 股 and 窗口 as 科室 — the 中心 itself is dropped from the unit, not kept as a 科室. Kind: a
  镇's 中心 writing its own file is put under its 镇 with the 中心's name lost.
- ``linshui_gaotan_town_two_sheets.xlsx`` (sheet 领导班子): the three leaders F00019–F00021 with no
  科室 (truth ``领导班子``, from the tab and the title); ``--strict`` does not compare a leader's 科室.

Everything else in posts.csv matches the truth (every other 科室, post and tier). The other issues
are info only (TABLE_NO_TYPE on the three untyped tables, GRADE_BLANK on the cards and
self-checks).

Generalised after this measurement: the 科室 given by the letters of a code a note defines (DEPT_CODES;
tests/test_columns.py::test_the_keshi_given_by_the_letters_of_a_code_a_note_defines).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch301 import (
    BANDS,
    BARE,
    CODES,
    GRADES,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    TOWN_HEAD,
    TOWN_NOTE,
    TOWN_POSTS,
    build,
)
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **STARS, **BANDS, **RISKS}
BATCH = Batch(301, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"linshui_fenghe_town_dept_codes"}
UNTYPED = {
    "linshui_fenghe_town_dept_codes",
    "linshui_baiguo_village_duties",
    "linshui_heliu_service_groups",
}
NOBODY = {"linshui_fenghe_town_dept_codes", "linshui_cuiping_community_posts"}
GAP = "\u3000"


def test_batch301_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=301, unit_words=("邻水县",), new_people=True)


def test_batch301_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(6, 16))
    assert RESAVED == ()


def test_batch301_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch301_every_unit_is_of_linshui():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("邻水县") for u in units)


def test_batch301_department_only_in_the_code_of_the_number():
    name = "linshui_fenghe_town_dept_codes"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert tuple(rows[head]) == TOWN_HEAD
    # no 科室 column, no group row: the header names none, every row under it is a risk row,
    # the note line or the sign-off line
    assert not {"科室", "部门", "股室", "所在科室"} & set(TOWN_HEAD)
    table = [row for row in rows[head + 1 :] if row[3] in HML]
    others = [row for row in rows[head + 1 :] if row[3] not in HML]
    assert [row[0] for row in others] == [TOWN_NOTE, "填表人："]
    # the note defines every code the numbers use, and nothing else gives the 科室
    assert all(f"{code}—{dept}" in TOWN_NOTE for code, dept in CODES.items())
    codes = [row[0].split("-")[0] for row in table]
    assert set(codes) == set(CODES)
    got = [(CODES[row[0].split("-")[0]], row[1], "", row[2], HML[row[3]]) for row in table]
    assert got == BATCH.truth_rows(name)
    # the number starts again in each 科室: 01, 02 … after each code
    seen = {}
    for row in table:
        code, number = row[0].split("-")
        seen[code] = seen.get(code, 0) + 1
        assert number == f"{seen[code]:02d}", row[0]
    # the same post in several 科室, two of them on adjacent rows: only the code tells them apart
    heads = [(f["department"], f["title"]) for f in BY_NAME[name]["truth"] if f["title"] == "主任"]
    assert len(heads) == 4 and len({d for d, _t in heads}) == 4
    assert any(
        a[1] == b[1] == "主任" and a[0].split("-")[0] != b[0].split("-")[0]
        for a, b in zip(table, table[1:], strict=False)
    )
    # no department name stands in the table's own cells
    for row in table:
        assert not any(dept in str(cell) for dept in CODES.values() for cell in row), row
    # one form a post within its 科室, no holder
    assert len(BY_NAME[name]["truth"]) == len(TOWN_POSTS)
    assert BATCH.holders(name) == {""}


def test_batch301_plain_tables_by_heading():
    cases = [
        ("linshui_shiyong_town_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("linshui_baiguo_village_duties",
         {"post": "岗位", "person": "责任人", "point": "廉洁风险点"}, None),
        ("linshui_cuiping_community_posts", {"post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the short 风险点 is the point, the long 风险表现 none; the 社区 names nobody
    name = "linshui_cuiping_community_posts"
    at = BATCH.heading(name).index("风险表现")
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[at] for r in BATCH.table(name)}
    assert BATCH.holders(name) == {""}
    # the 村's 职责事项 is no point
    name = "linshui_baiguo_village_duties"
    at = BATCH.heading(name).index("职责事项")
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[at] for r in BATCH.table(name)}
    name = "linshui_gaotan_town_two_sheets"
    got = BATCH.by_heading(
        name, {"post": "职务", "person": "姓名", "point": "风险点"}, "领导班子",
        fixed={"dept": "领导班子"},
    )  # fmt: skip
    assert got == BATCH.truth_rows(name, "领导班子")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "科室站所") == BATCH.truth_rows(name, "科室站所")
    for sheet in ("领导班子", "科室站所"):
        assert BATCH.types_by(name, "风险类型", sheet) == [
            r["types"] for r in BATCH.points(name, sheet)
        ]
    # 分管工作 is no point
    table = BATCH.table(name, "领导班子")
    assert not {r[3] for r in table} & {p["risk_point"] for p in BATCH.points(name)}


def test_batch301_group_rows_give_the_department():
    name = "linshui_heliu_service_groups"
    rows, dept, got = BATCH.filled(name), None, []
    for row in rows[BATCH.header(name) + 1 :]:
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], BARE[row[4]]))
    assert got == BATCH.truth_rows(name)
    assert any(str(r[0]).startswith("注：风险等级分Ⅰ、Ⅱ、Ⅲ三级") for r in BATCH.rows(name))


def test_batch301_one_sheet_a_person():
    name = "linshui_chengbei_finance_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["持卡人", f["person"], f"职{GAP}务", f["title"]]
        assert f["sheet"] == f["title"] and f["department"] == ""
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类别", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        # 岗位职责 is no point
        assert rows[2][1] not in {p["risk_point"] for p in BATCH.points(name)}
    name = "linshui_jiulong_agri_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == [
            f"姓{GAP}名",
            f["person"],
            f"股{GAP}室",
            f["department"],
            f"岗{GAP}位",
            f["title"],
        ]
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        types = [types_in(r[2]) for r in BATCH.table(name, f["sheet"])]
        assert types == [r["types"] for r in BATCH.points(name, f["sheet"])]
        # 自查情况 is no point
        assert not {r[5] for r in BATCH.table(name, f["sheet"])} & {
            p["risk_point"] for p in BATCH.points(name)
        }


def test_batch301_is_read(tmp_path):
    BATCH.is_read(tmp_path)
