"""The three-hundred-and-forty-second batch of published layouts (tests/published/batch342.py): seven
ordinary files as the 国企 of one district (新都区) really send them — the 文旅集团's two sheets
``集团领导 | 部门`` with ``一级/二级/三级``, the 桂湖景区运营管理有限公司's 排查表 对岗不对人 with ``风险点 |
风险表现`` and ``高风险/中风险/低风险``, the 农投公司's 一览表 under group rows with short types and
``一级风险/二级风险/三级风险``, the 水务公司's 责任清单 with ``职责事项`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the
自来水有限公司's 防控卡 one sheet a holder with ``★★★/★★/★``, the 建工公司's 自查表 one sheet a person
with one row of three pairs, the 城投安居建设有限公司's 一览表 with bare ``Ⅰ/Ⅱ/Ⅲ`` — and one harder: the
城投集团's 岗位廉洁风险防控表 bound as a handbook, a ``目录`` sheet (``序号 | 部门 | 岗位 | 责任人 | 表号``)
and one sheet a post whose TAB is its 表号 and which names no 部门, post or holder at all
(``python tests/published/score.py --set batch342``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at c0e96b6 (main's newest when the batch was done; this
worktree branched from it). ``score.py --set batch342``:
``TOTAL                      forms  35/40  points  62/73  recall 0.85 precision 0.85 (62/73)  levels  62/62  types  62/62  noise 0``
and ``TOTAL forms=0.875 recall=0.849 precision=0.849 levels=1.000 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  35/40  points  62/73  recall 0.85 precision 0.85 (62/73)  levels  62/62  types  62/62  noise 0``
and ``TOTAL forms=0.875 recall=0.849 precision=0.849 levels=1.000 types=1.000 noise=0``. The 9 files
of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as FILE_SKIPPED). The seven
ordinary layouts read in full — every form, point, level and type, with ``--strict`` too, and
(unscored) every unit and every tier as the truth has them but one tier (below). The truth was
not changed after measuring.

Missed, all in the harder ``xindu_urban_investment_index_sheet.xlsx`` (sheet ``目录``: title row 1,
heading ``序号 | 部门 | 岗位 | 责任人 | 表号`` row 2, the posts rows 3–8 with the 表号 ``表1`` … ``表6``
in E3:E8, the 编制 line row 10; sheets ``表1`` … ``表6``: ``返回目录`` A1, the title A2:E2, the heading
row 3, the points from row 4 with the 廉洁风险点 in column B, the ``注：`` line under them): forms 1/6,
points 3/14, precision 3/14, levels 3/3 and types 3/3 of the matched points. Every one of the 14
points was read (risks.csv F00030–F00035), each with its right type and level, and each 表N sheet
became one form of its own, as the truth has it — but the post and the holder of each came from
the 目录 BY POSITION, not by its ``表号``: the 目录's FIRST post row was given to the FIRST table
sheet and no row to the others (a check with the 目录 rows of 表1 and 表3 swapped gave 表1 the
``工程管理部 | 部长 | 郜岫澜`` of 表3's row; without the 目录 sheet 表1 is blank like the others):

- 表1 B4:B6 (``区属物业招租方案…``, ``为关系人承租商铺…``, ``融资中介机构选定…``): read as 集团领导 董事长
  綦澹宁 (F00030) — right, because 表1's row is the 目录's first (A3:E3);
- 表2 B4:B5 (``工程变更和签证审批超越权限``, ``大额资金调度…``): read with 部门, 岗位 and 责任人 blank
  (F00031); truth 集团领导 总经理 雒蘅芷 (目录 row 4);
- 表3 B4:B5 (``施工单位进度款审核…``, ``隐蔽工程验收走过场…``): read blank (F00032); truth 工程管理部 部长
  郜岫澜 (目录 row 5);
- 表4 B4:B6 (``招租公告公示时间不足…``, ``租金底价评估不实…``, ``承租方擅自转租…``): read blank (F00033);
  truth 资产运营部 部长 衡沚汀 (目录 row 6);
- 表5 B4:B5 (``向意向承租人泄露…``, ``资产台账登记不实…``): read blank (F00034); truth 资产运营部 招租专员
  阚霁篁 (目录 row 7);
- 表6 B4:B5 (``租金收取不及时入账…``, ``网银支付不按审批单办理``): read blank (F00035); truth 财务融资部
  出纳 妫漪岑 (目录 row 8).

So 5 forms, 11 points (recall) and the same 11 points read without a holder (precision) are
missed; no issue at all was reported for the file (no FORM_NO_PERSON, no TABLE_OTHER for the
目录, nothing on the blank forms).

Kind (one): a workbook whose sheets name no post or holder, each reached from an INDEX SHEET by its
TAB NAME (``表号``), is read as if the index were a roster above the first sheet: the index's first
row goes to the first table sheet and the other sheets' forms are left with no 部门, post or holder,
silently, instead of each sheet taking the index row whose ``表号`` is its tab.

Unscored besides: the unit of all six 表N forms was read ``返回目录新都区城市建设投资集团有限公司`` (the
``返回目录`` cell A1 glued onto the title; truth ``新都区城市建设投资集团有限公司``); in the 建工公司's
自查表 the 项目经理 殳澜翊 was read 一般岗位 (F00008; truth middle). The other issues are info only
(TABLE_NO_TYPE on the 文旅集团's two sheets, the 水务公司's list and the three 自查表; GRADE_BLANK on
the three cards and the three 自查表; FILE_SKIPPED for truth.json).

Generalised after this measurement: an index sheet naming each post's sheet by its tab ('目录': 部门 | 岗位 | 责任人 | 表号; info SHEETS_INDEXED; tests/test_columns.py::test_an_index_sheet_naming_each_posts_sheet_by_its_tab).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch342 import (
    BACK,
    BANDS,
    BARE,
    CARD_HEAD,
    CARD_NOTE,
    GRADES,
    HANDBOOK,
    INDEX_HEAD,
    INDEX_TAB,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.cells import norm
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(342, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
INDEX_FILE = "xindu_urban_investment_index_sheet"
HARDER = {INDEX_FILE}
UNTYPED = {
    "xindu_culture_tourism_group_two_sheets",
    "xindu_water_investment_duties",
    "xindu_construction_selfchecks",
}
NOBODY = {"xindu_guihu_scenic_posts"}
GAP = "\u3000"


def _in_the_index(form: dict, field: str) -> bool:
    """The harder file's 部门, post and holder stand only in its 目录 sheet."""
    if form["layout"] != INDEX_FILE:
        return False
    rows = BATCH.filled(INDEX_FILE, INDEX_TAB)
    return any(norm(form[field]) in {norm(c) for c in row if isinstance(c, str)} for row in rows)


def test_batch342_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=339, unit_words=("新都区",), new_people=True)


def test_batch342_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(7, 14), unnamed=_in_the_index)
    assert RESAVED == ()


def test_batch342_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch342_every_unit_is_of_xindu():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("新都区") for u in units)


def test_batch342_the_index_sheet_names_each_tab_s_post():
    name = INDEX_FILE
    lay = BY_NAME[name]
    tabs = [s["name"] for s in lay["sheets"]]
    assert tabs[0] == INDEX_TAB and tabs[1:] == [h[0] for h in HANDBOOK]
    # the 目录: one row a post, its 表号 the tab of its table
    rows = BATCH.filled(name, INDEX_TAB)
    head = next(r for r, row in enumerate(rows) if tuple(row[: len(INDEX_HEAD)]) == INDEX_HEAD)
    listed = [row for row in rows[head + 1 :] if isinstance(row[0], int)]
    index = {row[4]: (row[1], row[2], row[3]) for row in listed}
    assert list(index) == tabs[1:]
    # each 表N sheet: one form, the post its tab names in the 目录, its points the small table
    forms = {f["sheet"]: f for f in lay["truth"]}
    assert set(forms) == set(index) and INDEX_TAB not in forms
    for tab, (dept, post, who) in index.items():
        f = forms[tab]
        assert (f["department"], f["title"], f["person"]) == (dept, post, who)
        sheet_rows = BATCH.filled(name, tab)
        assert sheet_rows[0][0] == BACK and tab in sheet_rows[1][0]
        fixed = {"dept": dept, "post": post, "person": who}
        got = BATCH.by_heading(name, {"point": "廉洁风险点"}, tab, fixed=fixed)
        assert got == BATCH.truth_rows(name, tab)
        assert BATCH.types_by(name, "风险类型", tab) == [
            r["types"] for r in BATCH.points(name, tab)
        ]
        assert BATCH.heading(name, tab) == list(CARD_HEAD)
        assert sheet_rows[-1][0] == CARD_NOTE
        # nothing on the sheet names its 部门, its post or its holder
        texts = [c for row in BATCH.sheet(name, tab)["rows"] for c in row if isinstance(c, str)]
        assert not any(v in c for c in texts for v in (dept, post, who)), tab
    # the 目录 holds no point
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {c for row in rows for c in row if isinstance(c, str)}
    assert len(points) == sum(len(h[5]) for h in HANDBOOK)


def test_batch342_plain_tables_by_heading():
    cases = [
        ("xindu_guihu_scenic_posts", {"dept": "部门", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("xindu_resettlement_housing_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "风险点"}, "风险类型"),
        ("xindu_water_investment_duties",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉洁风险点"}, None),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the short 风险点 is the point, the long 风险表现 / 风险描述 none
    for name, desc in (("xindu_guihu_scenic_posts", 4), ("xindu_resettlement_housing_list", 5)):
        points = {p["risk_point"] for p in BATCH.points(name)}
        assert not points & {row[desc] for row in BATCH.table(name)}, name
    # the 景区 names nobody
    name = "xindu_guihu_scenic_posts"
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    assert {r[6] for r in BATCH.table(name)} == set(BANDS)
    # the 安居公司: bare Ⅰ/Ⅱ/Ⅲ read by its note; 部门 on every row, no merges in the table
    name = "xindu_resettlement_housing_list"
    assert {r[7] for r in BATCH.table(name)} == set(BARE)
    assert any(str(r[0]).startswith("注：风险等级Ⅰ为高风险") for r in BATCH.rows(name))
    head = BATCH.header(name)
    assert not [m for m in BATCH.sheet(name)["merges"] if m[0] > head and m[2] > m[0]]
    # the 水务公司: 职责事项 is no point
    name = "xindu_water_investment_duties"
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[4] for r in BATCH.table(name)}
    # the 文旅集团's two sheets
    name = "xindu_culture_tourism_group_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "廉洁风险点"},
        "集团领导",
        fixed={"dept": "集团领导"},
    )
    assert got == BATCH.truth_rows(name, "集团领导")
    heads = {"dept": "部门", "post": "岗位", "person": "姓名", "point": "廉洁风险点"}
    assert BATCH.by_heading(name, heads, "部门") == BATCH.truth_rows(name, "部门")
    assert not {p["risk_point"] for p in BATCH.points(name)} & {
        r[3] for r in BATCH.table(name, "集团领导")
    }


def test_batch342_group_rows_give_the_department():
    name = "xindu_agri_investment_groups"
    rows, dept, got = BATCH.filled(name), None, []
    for row in rows[BATCH.header(name) + 1 :]:
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[5]]))
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型") == [r["types"] for r in BATCH.points(name)]


def test_batch342_one_sheet_a_person():
    name = "xindu_tap_water_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["持卡人", f["person"], f"岗{GAP}位", f["title"]]
        assert rows[2][:3] == ["所在部门", f["department"], "岗位职责"]
        assert f["sheet"] == f["title"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        assert {r[3] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
        assert rows[2][3] not in {p["risk_point"] for p in BATCH.points(name)}  # 岗位职责
    name = "xindu_construction_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == [
            f"姓{GAP}名",
            f["person"],
            f"部{GAP}门",
            f["department"],
            f"职{GAP}务",
            f["title"],
        ]
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉洁风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        found = {r[4] for r in BATCH.table(name, f["sheet"])}
        assert not found & {p["risk_point"] for p in BATCH.points(name)}  # 自查情况 no point


def test_batch342_is_read(tmp_path):
    BATCH.is_read(tmp_path)
