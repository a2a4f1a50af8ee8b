"""The two-hundred-and-eighty-seventh batch of published layouts (tests/published/batch287.py): seven
ordinary files as the schools, hospitals and 公共服务 bodies of one county (剑阁县) really send them —
the 普安中学's 一览表 with short types and 高/中/低, the 实验小学's 防控卡 one sheet a holder with
``★★★/★★/★``, the 人民医院's two sheets ``院领导 | 职能科室`` with ``一级/二级/三级``, the 中医医院's 自查表
one sheet a person with bare ``Ⅰ/Ⅱ/Ⅲ``, the 疾病预防控制中心's 排查表 对岗不对人 with ``风险点 | 风险表现``
and ``高风险/中风险/低风险``, the 妇幼保健院's 清单 under group rows with ``一级风险/二级风险/三级风险``,
the 图书馆's 责任清单 written on every row — and one harder: the 文化馆's 公示表 turned on its side, the
headings down column A with ``风险点一 | 风险等级 | 风险点二 | 风险等级 | …`` alternating and one column a
post, the 科室 merged across post columns (``python tests/published/score.py --set batch287``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at b1c42d2 (main's newest when the batch was done; this
worktree branched from it). ``score.py --set batch287``:
``TOTAL                      forms  43/43  points  81/81  recall 1.00 precision 1.00 (81/81)  levels  81/81  types  81/81  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``; with
``--strict``:
``TOTAL                      forms  42/43  points  81/81  recall 1.00 precision 1.00 (81/81)  levels  81/81  types  81/81  noise 0``
and ``TOTAL forms=0.977 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``. The 8 files:
eight .xlsx, no re-saved copies (the inbox's truth.json is skipped as FILE_SKIPPED). The seven
ordinary layouts read in full (every form, point, level and type, with ``--strict`` too); the harder
one reads every form, point and level (it has no types) — the turned table is read one column a
post, each level from the cell under its point — and misses only 科室 and measures.

Missed, all in the harder ``jiange_culture_hall_post_columns.xlsx`` (sheet 公示表):

- scored (``--strict`` only; forms 6/7): F3, the column of the 会计 阙泓懋 under the merged
  ``办公室`` (E3:F3), read with 科室 blank (posts.csv F00011; truth ``办公室``); the 主任 昝瑷汀 in E
  (the merge's first column) got ``办公室`` (F00010). Kind: a 科室 cell merged ACROSS several post
  columns is given to the first of them only.
- unscored, of the same kind: C3 and D3 under the merged ``馆领导`` (B3:D3): the two 副馆长 冼黛淇 and
  郦澍宁 read with 科室 blank (F00008, F00009; truth ``馆领导``; ``--strict`` does not compare a
  leader's 科室); the 馆长 in B got ``馆领导`` (F00007).
- unscored: the ``防控措施`` row (B13:H13) went only to the point of the LAST pair above it, row 11
  ``风险点三`` (B11 馆长, H11 非遗保护办公室 主任, risks.csv ``measures``); the other 13 points got no
  measures (MEASURES_BLANK warnings at B7, B9, C7, C9, D7, D9, E7, E9, F7, F9, G7, H7, H9; truth:
  one measures cell a column, serving all its points). Kind: in a table turned on its side with
  ``风险点N | 风险等级`` pairs repeated down column A, the measures row is read as a field of the last
  pair only, so a post whose third pair is blank loses its measures.

Unscored besides: none in the ordinary files — every unit, 科室, post and tier in posts.csv is the
truth's. The other issues are info only (TABLE_NO_TYPE on the 疾控中心's and 图书馆's tables, GRADE_BLANK
on the cards and self-checks).

Generalised after this measurement: a 科室 merged across a sideways table's post columns is each post's, and
the measures row under the last point/level pair is each pair's (tests/test_columns.py::
test_a_table_on_its_side_with_a_keshi_across_its_posts_and_one_measures_row).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch287 import (
    BANDS,
    GRADES,
    HALL_POSTS,
    LAYOUTS,
    PAIR_LABELS,
    PAIRS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **BANDS, **STARS, **RISKS}
BATCH = Batch(287, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"jiange_culture_hall_post_columns"}
UNTYPED = {"jiange_culture_hall_post_columns", "jiange_cdc_posts", "jiange_library_duties"}
NOBODY = {"jiange_cdc_posts"}


def test_batch287_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=285, unit_words=("剑阁县",), new_people=True)


def test_batch287_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(6, 16))
    assert RESAVED == ()


def test_batch287_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch287_every_unit_is_of_jiange():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("剑阁县") for u in units)


def test_batch287_the_table_turned_on_its_side():
    name = "jiange_culture_hall_post_columns"
    rows = BATCH.filled(name)
    labels = [row[0] for row in rows]
    at = labels.index("科\u3000室")
    pairs = [x for label in PAIR_LABELS for x in (label, "风险等级")]
    assert labels[at : at + 5 + 2 * PAIRS] == [
        "科\u3000室", "岗\u3000位", "姓\u3000名", "岗位职责", *pairs, "防控措施",
    ]  # fmt: skip
    # no row is a heading row: 风险点 and 风险等级 stand in column A only
    assert not any(c in ("风险点", "风险等级", "岗位", "姓名") for row in rows for c in row[1:])
    got = []
    for c in range(1, 1 + len(HALL_POSTS)):
        dept, post, who = rows[at][c], rows[at + 1][c], rows[at + 2][c]
        for i in range(PAIRS):
            point, lv = rows[at + 4 + 2 * i][c], rows[at + 5 + 2 * i][c]
            assert (point is None) == (lv is None), (c, i)
            if point is not None:
                got.append((dept, post, who, point, HML[lv]))
    assert got == BATCH.truth_rows(name)
    # one column a form; the 科室 merged across its posts' columns
    assert len(BY_NAME[name]["truth"]) == len(HALL_POSTS)
    assert BATCH.merged(name, 0, at, 1, 3) and BATCH.merged(name, 0, at, 4, 5)
    assert sum(len(p[5]) > 1 for p in HALL_POSTS) >= 5 and {len(p[5]) for p in HALL_POSTS} == {
        1,
        2,
        3,
    }
    # 岗位职责 and 防控措施 are no points
    points = {p["risk_point"] for p in BATCH.points(name)}
    cols = range(1, 1 + len(HALL_POSTS))
    assert not points & (
        {rows[at + 3][c] for c in cols} | {rows[at + 4 + 2 * PAIRS][c] for c in cols}
    )


def test_batch287_plain_tables_by_heading():
    cases = [
        ("jiange_puan_middle_school_list",
         {"dept": "处室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类型"),
        ("jiange_library_duties",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, None),
        ("jiange_cdc_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, None),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the short 风险点 is the point, the long 风险表现 none; no names
    name = "jiange_cdc_posts"
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[4] for r in BATCH.table(name)}
    assert BATCH.holders(name) == {""}
    # the 职责事项 is no point
    name = "jiange_library_duties"
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[4] for r in BATCH.table(name)}
    name = "jiange_people_hospital_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "廉政风险点"},
        "院领导",
        fixed={"dept": "院领导"},
    )
    assert got == BATCH.truth_rows(name, "院领导")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "职能科室") == BATCH.truth_rows(name, "职能科室")
    for sheet in ("院领导", "职能科室"):
        assert BATCH.types_by(name, "风险类型", sheet) == [
            r["types"] for r in BATCH.points(name, sheet)
        ]


def test_batch287_group_rows_give_the_department():
    name = "jiange_maternal_child_groups"
    rows, dept, got = BATCH.filled(name), None, []
    for row in rows[BATCH.header(name) + 1 :]:
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、", "四、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[5]]))
    assert got == BATCH.truth_rows(name)


def test_batch287_one_sheet_a_person():
    name = "jiange_experimental_primary_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓\u3000名", f["person"], "职\u3000务", f["title"]]
        assert rows[2][:2] == ["所在处室", f["department"]] and f["sheet"] == f["title"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类别", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
    name = "jiange_tcm_hospital_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == [
            "姓\u3000名",
            f["person"],
            "科\u3000室",
            f["department"],
            "职\u3000务",
            f["title"],
        ]
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        # the levels are bare Roman numerals; 自查情况 is no point
        assert {r[3] for r in BATCH.table(name, f["sheet"])} <= set(ROMAN)
        assert not {r[5] for r in BATCH.table(name, f["sheet"])} & {
            p["risk_point"] for p in BATCH.points(name)
        }


def test_batch287_is_read(tmp_path):
    BATCH.is_read(tmp_path)
