"""The three-hundred-and-twentieth batch of published layouts (tests/published/batch320.py): seven
ordinary files as the state-owned companies of one district (五通桥区) really send them — the
城市建设投资有限公司's 一览表 under group rows with ``一级/二级/三级``, the 水务投资有限公司's 责任清单
with ``职责事项`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 公共交通有限公司's 排查表 对岗不对人 with ``风险点 | 风险表现``
and 高/中/低, the 建设工程有限公司's 防控卡 one sheet a holder with ``★★★/★★/★``, the
污水处理有限公司's 自查表 one sheet a person with ``高风险/中风险/低风险``, the 供水有限责任公司's two
sheets ``公司领导 | 部门`` with ``一级风险/二级风险/三级风险``, the 城乡建设开发有限公司's 一览表 with
``风险点 | 风险描述`` and bare ``Ⅰ/Ⅱ/Ⅲ`` — and one harder: the 国有资产经营有限公司's workbook whose
first sheet is its LEVEL STANDARD DRAWN AS A TABLE (``风险等级 | 判定标准 | 典型风险情形 | 管控主体 |
管控措施``, one row a grade ``一级/二级/三级``), no risk point of anyone, before the ordinary 一览表
(``python tests/published/score.py --set batch320``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 6a5a49b (main's newest when the batch was done; this
worktree branched from it). ``score.py --set batch320``:
``TOTAL                      forms  46/46  points  74/74  recall 1.00 precision 0.96 (74/77)  levels  74/74  types  74/74  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=0.961 levels=1.000 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  46/46  points  74/74  recall 1.00 precision 0.96 (74/77)  levels  74/74  types  74/74  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=0.961 levels=1.000 types=1.000 noise=0``. The 8 files:
eight .xlsx, no re-saved copies (the inbox's truth.json is skipped as FILE_SKIPPED). The seven
ordinary layouts read in full — every form, point, level and type — with ``--strict`` too; the
harder one finds all its forms (7/7: every 部门, post, holder and tier right) and all 13 of its
points with their levels and types from the ``一览表`` sheet, but adds 3 points that are none
(precision 13/16). The truth was not changed after measuring.

Missed, all in the harder ``wutongqiao_state_assets_grading_sheet.xlsx``, sheet ``等级划分标准``
(title row 1, header row 2 ``风险等级 | 判定标准 | 典型风险情形 | 管控主体 | 管控措施``, the three
grades in rows 3–5): the reader took the level standard for a risk table — column A
``风险等级`` as the level, column C ``典型风险情形`` as the point, column D ``管控主体`` as the post
(COLUMN_GUESSED at D2, ``内容是岗位名称``), column E ``管控措施`` as the measures — and read each grade's
row as a form of its own with no 科室 and no holder (posts.csv F00021–F00023). By cell (risks.csv):

- C3 (post ``公司党支部、董事长`` from D3, 领导岗位): read the point ``“三重一大”事项未经集体研究、个人拍板；
  大额资金违规调度；国有资产低价处置或不进场交易`` at level ``一级`` → Ⅰ级 (A3), measures from E3; truth: no
  point (the typical situations of grade 一级);
- C4 (post ``分管领导`` from D4, 领导岗位): read ``资产出租不公开招租；投资项目尽职调查走过场；合同签订不经法律审核``
  at ``二级`` → Ⅱ级 (A4); truth: no point;
- C5 (post ``部门负责人`` from D5, 中层岗位): read ``报销票据审核不严；办公用品采购不比价；档案资料保管不善泄露信息``
  at ``三级`` → Ⅲ级 (A5); truth: no point.

These 3 are false points (and 3 forms the truth does not have, which the forms score does not
count); nothing is missed. Kind: a level standard drawn as a table on a sheet of its own (one row a
grade, with its criteria, typical situations, watching subject and measures) is read as a risk
table, its typical situations as points and its 管控主体 as posts, instead of being set aside as a
legend.

Unscored besides (posts.csv): every unit, 科室 and post of the truth's 46 forms is read as the truth
has it; one tier differs: the 建设工程有限公司's card on tab ``项目经理`` reads 项目经理 as 一般岗位 (truth
middle, 中层岗位). The issues are info only (TABLE_NO_TYPE on six sheets, the standard sheet's among
them; GRADE_BLANK on six forms; COLUMN_GUESSED at 等级划分标准!D2; FILE_SKIPPED for truth.json); no
error or warning.

Generalised after this measurement: a table of what each level means ('风险等级 | 判定标准 | …', a row a level, the level its first column) is no risk list (TABLE_OTHER; tests/test_columns.py::test_a_table_of_what_each_level_means_is_no_risk_list).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch320 import (
    ASSETS,
    ASSETS_HEAD,
    BANDS,
    BARE,
    GRADES,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STANDARD,
    STANDARD_HEAD,
    STANDARD_NOTE,
    STANDARD_SHEET,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(320, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
GRADING = "wutongqiao_state_assets_grading_sheet"
HARDER = {GRADING}
UNTYPED = {"wutongqiao_sewage_selfchecks", "wutongqiao_water_supply_two_sheets"}
NOBODY = {"wutongqiao_bus_company_posts"}
GAP = "\u3000"


def test_batch320_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=313, unit_words=("五通桥区",), new_people=True)


def test_batch320_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(7, 13))
    assert RESAVED == ()


def test_batch320_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch320_every_unit_is_of_wutongqiao():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("五通桥区") for u in units)
    assert all(u.endswith("有限公司") or u.endswith("有限责任公司") for u in units)


def test_batch320_level_standard_drawn_as_a_table():
    name = GRADING
    lay = BY_NAME[name]
    assert [s["name"] for s in lay["sheets"]] == [STANDARD_SHEET, "一览表"]
    # the standard sheet: a title, the header, one row a grade, a note; no form, no point
    rows = BATCH.rows(name, STANDARD_SHEET)
    assert rows[0][0].endswith("廉洁风险等级划分标准")
    assert tuple(rows[1]) == STANDARD_HEAD
    assert [tuple(r) for r in rows[2:5]] == [tuple(r) for r in STANDARD]
    assert [c for c in rows[5] if c is not None] == [STANDARD_NOTE]
    assert len(rows) == 6
    assert not any(f["sheet"] == STANDARD_SHEET for f in lay["truth"])
    assert not any(w in STANDARD_SHEET for w in ("说明", "须知", "示例", "样表"))
    # its rows look like risk rows: a level word of the 一览表's own scale, a text, a measure
    assert [r[0] for r in STANDARD] == list(GRADES)
    points = {p["risk_point"] for p in BATCH.points(name)}
    standard_texts = {c for r in STANDARD for c in r}
    assert not points & standard_texts
    for _lv, _crit, typical, _who, _measures in STANDARD:
        assert not any(part in points for part in typical.split("；"))
    # the 管控主体 names no post and no holder
    posts = {f["title"] for f in lay["truth"]} | {f["person"] for f in lay["truth"]}
    assert not posts & {r[3] for r in STANDARD}
    # the 一览表: ordinary, graded by its own 风险等级 cells with the same words
    assert BATCH.heading(name, "一览表") == list(ASSETS_HEAD)
    heads = {"dept": "部门", "post": "岗位", "person": "姓名", "point": "廉洁风险点"}
    assert BATCH.by_heading(name, heads, "一览表") == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型", "一览表") == [r["types"] for r in BATCH.points(name)]
    assert {r[6] for r in BATCH.table(name, "一览表")} == set(GRADES)
    assert len(BATCH.points(name)) == sum(len(p[-1]) for p in ASSETS)
    # 部门 merged down, 岗位 and 姓名 merged per person
    head = BATCH.header(name, "一览表")
    merges = BATCH.sheet(name, "一览表")["merges"]
    assert (head + 1, 1, head + 4, 1) in merges  # 公司领导: two leaders, four rows
    assert (head + 1, 3, head + 2, 3) in merges  # 董事长's two rows


def test_batch320_plain_tables_by_heading():
    cases = [
        ("wutongqiao_water_invest_duties",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉洁风险点"}, "风险类型"),
        ("wutongqiao_bus_company_posts", {"dept": "部门", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("wutongqiao_development_company_desc",
         {"dept": "部门", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # 职责事项 is no point; the short 风险点 is the point, the long 风险表现 / 风险描述 none
    for name, col in (
        ("wutongqiao_water_invest_duties", 4),
        ("wutongqiao_bus_company_posts", 4),
        ("wutongqiao_development_company_desc", 5),
    ):
        points = {p["risk_point"] for p in BATCH.points(name)}
        assert not points & {row[col] for row in BATCH.table(name)}, name
    # the 公交公司 names nobody
    name = "wutongqiao_bus_company_posts"
    assert BATCH.holders(name) == {""}
    assert "姓名" not in BATCH.heading(name) and "责任人" not in BATCH.heading(name)
    # levels: Ⅰ级/Ⅱ级/Ⅲ级, and bare Ⅰ/Ⅱ/Ⅲ read by the 开发公司's note
    assert {r[7] for r in BATCH.table("wutongqiao_water_invest_duties")} == set(ROMAN)
    name = "wutongqiao_development_company_desc"
    assert {r[7] for r in BATCH.table(name)} == set(BARE)
    assert any(str(r[0]).startswith("注：风险等级分Ⅰ、Ⅱ、Ⅲ三级") for r in BATCH.rows(name))
    # the 供水公司's two sheets
    name = "wutongqiao_water_supply_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "风险点"},
        "公司领导",
        fixed={"dept": "公司领导"},
    )
    assert got == BATCH.truth_rows(name, "公司领导")
    heads = {"dept": "部门", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "部门") == BATCH.truth_rows(name, "部门")
    # 分管工作 is no point
    assert not {p["risk_point"] for p in BATCH.points(name)} & {
        r[3] for r in BATCH.table(name, "公司领导")
    }


def test_batch320_group_rows_give_the_department():
    name = "wutongqiao_urban_investment_groups"
    rows, dept, got, types = BATCH.filled(name), None, [], []
    for row in rows[BATCH.header(name) + 1 :]:
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], GRADES[row[5]]))
            types.append(types_in(row[4]))
    assert got == BATCH.truth_rows(name)
    assert types == [r["types"] for r in BATCH.points(name)]
    assert BATCH.heading(name)[1:3] == ["岗位", "姓名"]


def test_batch320_one_sheet_a_person():
    name = "wutongqiao_construction_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["所在部门", f["department"]]
        assert f["sheet"] == f["title"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        assert {r[3] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
    name = "wutongqiao_sewage_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f"部{GAP}门", f"职{GAP}务", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        # 自查情况 is no point
        found = {r[4] for r in BATCH.table(name, f["sheet"])}
        assert not found & {p["risk_point"] for p in BATCH.points(name)}


def test_batch320_is_read(tmp_path):
    BATCH.is_read(tmp_path)
