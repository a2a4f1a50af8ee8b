"""The two-hundred-and-eighty-third batch of published layouts (tests/published/batch283.py): eight
ordinary files as the schools, hospitals and 公共服务 bodies of one district (安州区) really send
them — the 秀水中学's 一览表 with the holder in a last ``责任人`` column, the 花荄小学's 排查表 对岗不对人
with ``一级/二级/三级``, the 桑枣镇中心卫生院's 自查表 one sheet a person with ``高风险/中风险/低风险``, the
疾病预防控制中心's 防控卡 one sheet a holder with ``★★★/★★/★``, the 图书馆's 责任清单 written on every
row with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 人民医院's two sheets ``院领导``/``职能科室`` with ``一级风险/二级风险/三级风险``,
the 中医医院's 防控表 under group rows ``一、院领导`` … with bare ``Ⅰ/Ⅱ/Ⅲ``, the 职业高级中学's 清单 with a
last ``分管领导`` column — and one harder: the 社会保险事业管理中心's wide 台账 printed on two pages
across and turned back into one sheet a page, ``第1页`` with the points and holders but no level,
``第2页`` with the levels and measures but no point text, joined only by ``序号``
(``python tests/published/score.py --set batch283``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 64779bd (main's newest when the batch was done; this
worktree branched from it): TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.850
types=1.000 noise=0; with --strict the same: TOTAL forms=1.000 recall=1.000 precision=1.000
levels=0.850 types=1.000 noise=0. The 9 files: nine .xlsx, no re-saved copies (80 points, 47
forms). The eight ordinary layouts read in full (forms, points, levels and types; in posts.csv the
unit, 科室, post and tier of every form are the truth's too).

Missed, all in the harder ``anzhou_social_insurance_two_pages.xlsx`` (forms 8/8, points 12/12,
precision 12/12, types 12/12, levels 0/12): the reader read ``第1页`` as a whole table (holders,
points and types right) and left ``第2页`` out WITHOUT A WORD (no issue for that sheet at all, no
TABLE_OTHER, no ROW_UNPLACED; the check line says 表格外内容 0 处), so every level is blank — risks.csv
risk_level empty and an error LEVEL_BLANK (风险级别未填写) at 第1页!F4 … F15 — where the truth takes the
level from 第2页 column B in the row of the same 序号: F4 高 (第2页!B4), F5 中, F6 中, F7 高, F8 中,
F9 高, F10 高, F11 中, F12 高, F13 中, F14 高, F15 低 (第2页!B15). Kind: the columns of one table split
over two sheets and joined only by ``序号`` are read as the first sheet alone, the second (levels and
measures, no risk text) silently dropped.

Unscored besides: the same twelve points have no measures (warning MEASURES_BLANK at 第1页!F4 … F15;
truth: the measures are on 第2页!C4 … C15). The other issues are info only (TABLE_NO_TYPE,
GRADE_BLANK).

Generalised after this measurement: a sheet of only 序号 and the columns that did not fit fills the rows of the
same 序号 on the points' sheet (SHEET_JOINED; tests/test_columns.py::
test_the_columns_of_a_table_printed_on_a_second_page_join_by_number).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch283 import (
    BANDS,
    BARE,
    GRADES,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    SI_LEFT,
    SI_RIGHT,
    SI_ROWS,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **STARS, **BANDS, **RISKS}
BATCH = Batch(283, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"anzhou_social_insurance_two_pages"}
UNTYPED = {
    "anzhou_huagai_primary_posts",
    "anzhou_cdc_cards",
    "anzhou_library_duty_list",
    "anzhou_vocational_school_list",
}
NOBODY = {"anzhou_huagai_primary_posts"}
TWO_PAGES = "anzhou_social_insurance_two_pages"


def test_batch283_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=281, unit_words=("安州区",), new_people=True)


def test_batch283_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(6, 14))
    assert RESAVED == ()


def test_batch283_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch283_every_unit_is_of_anzhou():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("安州区") for u in units)


def test_batch283_two_pages_are_joined_only_by_number():
    left, right = BATCH.filled(TWO_PAGES, "第1页"), BATCH.filled(TWO_PAGES, "第2页")
    assert [s["name"] for s in BY_NAME[TWO_PAGES]["sheets"]] == ["第1页", "第2页"]
    # the title rows repeat on both pages, each page ends with its page number
    assert left[0][0] == right[0][0] and left[1][0] == right[1][0]
    assert left[-1][0].startswith("第 1 页") and right[-1][0].startswith("第 2 页")
    assert tuple(left[2]) == SI_LEFT and tuple(right[2]) == SI_RIGHT
    rows_left, rows_right = BATCH.table(TWO_PAGES, "第1页"), BATCH.table(TWO_PAGES, "第2页")
    n = sum(len(points) for *_, points in SI_ROWS)
    assert [r[0] for r in rows_left] == [r[0] for r in rows_right] == list(range(1, n + 1))
    # the first page has no level, the second no point text: only 序号 joins them
    assert not {c for r in rows_left for c in r} & set(LEVELS)
    points = {p["risk_point"] for p in BATCH.points(TWO_PAGES)}
    assert not {c for row in right for c in row} & points
    level = dict((r[0], HML[r[1]]) for r in rows_right)
    got = [(r[1], r[2], r[3], r[5], level[r[0]]) for r in rows_left]
    assert got == BATCH.truth_rows(TWO_PAGES)
    assert [types_in(r[6]) for r in rows_left] == [p["types"] for p in BATCH.points(TWO_PAGES)]
    # every form is on the first page; the 监督股室 is never the 科室 of its row
    assert {f["sheet"] for f in BY_NAME[TWO_PAGES]["truth"]} == {"第1页"}
    watch = {r[0]: r[3] for r in rows_right}
    assert all(watch[r[0]] != r[1] for r in rows_left)


def test_batch283_plain_tables_by_heading():
    cases = [
        ("anzhou_xiushui_school_canteen_list",
         {"dept": "处室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("anzhou_huagai_primary_posts", {"dept": "部门", "post": "岗位", "point": "廉政风险点"}, None),
        ("anzhou_library_duty_list",
         {"dept": "部室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, None),
        ("anzhou_vocational_school_list",
         {"dept": "处室", "post": "岗位", "person": "责任人", "point": "风险点"}, None),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the 分管领导 column names supervisors, none of them a holder
    name = "anzhou_vocational_school_list"
    bosses = {row[7] for row in BATCH.table(name)} - {"/"}
    assert len(bosses) == 2 and not bosses & BATCH.holders(name)
    # the 风险环节 / 职责事项 cells are no points
    for name, col in (("anzhou_huagai_primary_posts", 3), ("anzhou_library_duty_list", 3)):
        points = {p["risk_point"] for p in BATCH.points(name)}
        assert not points & {row[col] for row in BATCH.table(name)}, name


def test_batch283_two_hospital_sheets():
    name = "anzhou_peoples_hospital_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "风险点"},
        "院领导",
        fixed={"dept": "院领导"},
    )
    assert got == BATCH.truth_rows(name, "院领导")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "职能科室") == BATCH.truth_rows(name, "职能科室")
    for sheet in ("院领导", "职能科室"):
        want = [
            r["types"] for f in BY_NAME[name]["truth"] if f["sheet"] == sheet for r in f["risks"]
        ]
        assert BATCH.types_by(name, "风险类型", sheet) == want


def test_batch283_group_rows_give_the_department():
    name = "anzhou_tcm_hospital_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、", "四、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], BARE[row[6]]))
    assert got == BATCH.truth_rows(name)
    # the short 风险点 is the point, the long 风险描述 none
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}


def test_batch283_one_sheet_a_person():
    name = "anzhou_sangzao_clinic_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "科　室", f["department"], "岗　位", f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [r["types"] for r in f["risks"]]
    name = "anzhou_cdc_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["持卡人", f["person"], "职　务", f["title"]]
        assert rows[2][:2] == ["所在科室", f["department"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch283_is_read(tmp_path):
    BATCH.is_read(tmp_path)
