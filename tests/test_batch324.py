"""The three-hundred-and-twenty-fourth batch of published layouts (tests/published/batch324.py):
seven ordinary files as the 财政, 审计 and 统计 bodies of one district (东坡区) really send them — the
国库集中支付中心's 排查表 对岗不对人 with ``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 审计局's 防控卡
one sheet a holder with ``★★★/★★/★``, the 政府投资审计中心's 责任清单 with ``职责事项`` and
``一级/二级/三级``, the 统计局's two sheets ``局领导 | 股室`` with ``高风险/中风险/低风险``, the
统计普查中心's 自查表 one sheet a person with 高/中/低, the 财政投资评审中心's 一览表 with ``风险点 |
风险描述`` and ``一级风险/二级风险/三级风险``, the 非税收入征收管理中心's 一览表 under group rows with
bare ``Ⅰ/Ⅱ/Ⅲ`` — and one harder: the 财政局's 廉政风险防控清单 as its management system exports it,
a TREE WRITTEN AS AN OUTLINE IN ONE COLUMN (``编码 | 部门／岗位／廉政风险点 | …``: code ``1`` a 股室,
``1.1`` a post with its holder in brackets, ``1.1.1`` a point) (``python tests/published/score.py
--set batch324``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 231cf14 (main's newest when the batch was done; this
worktree branched from it). ``score.py --set batch324``:
``TOTAL                      forms  33/40  points  59/71  recall 0.83 precision 0.72 (59/82)  levels  59/59  types  59/59  noise 11``
and ``TOTAL forms=0.825 recall=0.831 precision=0.720 levels=1.000 types=1.000 noise=11``; with
``--strict`` the same:
``TOTAL                      forms  33/40  points  59/71  recall 0.83 precision 0.72 (59/82)  levels  59/59  types  59/59  noise 11``
and ``TOTAL forms=0.825 recall=0.831 precision=0.720 levels=1.000 types=1.000 noise=11``. The 8 files:
eight .xlsx, no re-saved copies (the inbox's truth.json is skipped as FILE_SKIPPED). The seven
ordinary layouts read in full — every form, point, level and type, with ``--strict`` too, and in
posts.csv every unit, 科室, post and tier as the truth has them (the 国库集中支付中心's six posts with
no holder). The truth was not changed after measuring.

Missed, all in the harder ``dongpo_finance_bureau_outline_tree.xlsx`` (sheet ``风险防控清单``: title
row 1, the ``填报单位：…　导出时间：…`` line row 2, header row 3 ``编码 | 部门／岗位／廉政风险点 | 风险类型
| 风险等级 | 防控措施``, the tree in rows 4–26, the ``注：`` line row 27, which was rightly not read):
forms 0/7, points 0/12, precision 0/23, noise 11. The reader found the header and read column B as
the risk point, C the type, D the level and E the measures, but took the whole tree for ONE form
(posts.csv F00007: unit ``东坡区财政局`` right, 科室, post, holder and tier all blank) and every row of
column B for a point (risks.csv, 23 rows, none with a section):

- the 4 one-part rows B4 ``局领导``, B10 ``预算股``, B16 ``国库股``, B23 ``政府采购监督管理股`` were read
  as risk points with no type and no level (TYPE_BLANK and LEVEL_BLANK errors at C/D4, 10, 16, 23,
  MEASURES_BLANK warnings at E); truth: no point, the 科室 of the rows under them;
- the 7 two-part rows B5 ``局长（缑祎灏）``, B8 ``副局长（嵇蓁瑀）``, B11 ``股长（仉昶霭）``,
  B14 ``科员（郈霂笙）``, B17 ``股长（佘翯岚）``, B20 ``会计（漆禛悦）``, B24 ``股长（貊珣蔚）`` were read as
  risk points the same way (the same three issues on each row); truth: no point, the post and holder
  of the three-part rows under them;
- the 12 three-part rows B6, B7 (局领导/局长/缑祎灏), B9 (局领导/副局长/嵇蓁瑀), B12, B13 (预算股/股长/
  仉昶霭), B15 (预算股/科员/郈霂笙), B18, B19 (国库股/股长/佘翯岚), B21, B22 (国库股/会计/漆禛悦), B25,
  B26 (政府采购监督管理股/股长/貊珣蔚) were read with the right text, type (C) and level (D → Ⅰ/Ⅱ/Ⅲ级)
  and measures, but in F00007 with no 科室, post or holder, so none matches the truth's key (file,
  holder, point): 12 points missed, and the 7 forms (one a post) missing.

So the 11 false points are the node rows and the 12 missed points are the real ones without their
holders. Kind: a tree written as an outline in one column — 科室 and post-with-holder nodes as lone
rows in the risk column, told apart from points only by the depth of their dotted code in the
``编码`` column — is read as a flat list of one form, its 科室 and post rows as blank-levelled points
instead of as the rows that set the 科室, post and holder of the points under them.

Unscored besides: nothing else differs; the issues of the other files are info only (TABLE_NO_TYPE
on the 统计局's two sheets and the 统计普查中心's three, GRADE_BLANK on the cards and self-checks,
FILE_SKIPPED for truth.json); all 11 noise issues are the tree's TYPE_BLANK errors.

Generalised after this measurement: an outline of parts, posts and points in one column numbered by dotted codes (tests/test_columns.py::test_an_outline_of_parts_posts_and_points_in_one_column).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch324 import (
    BANDS,
    BARE,
    GRADES,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    TREE,
    TREE_HEAD,
    TREE_NOTE,
    TREE_SHEET,
    build,
)
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(324, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
TREE_LAYOUT = "dongpo_finance_bureau_outline_tree"
HARDER = {TREE_LAYOUT}
UNTYPED = {"dongpo_statistics_bureau_two_sheets", "dongpo_census_center_selfchecks"}
NOBODY = {"dongpo_treasury_payment_posts"}
GAP = "\u3000"


def test_batch324_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=321, unit_words=("东坡区",), new_people=True)


def test_batch324_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(6, 13))
    assert RESAVED == ()


def test_batch324_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch324_every_unit_is_of_dongpo():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("东坡区") for u in units)
    assert all(u.endswith(("局", "中心")) for u in units)


def test_batch324_outline_tree_in_one_column():
    name = TREE_LAYOUT
    lay = BY_NAME[name]
    assert [s["name"] for s in lay["sheets"]] == [TREE_SHEET]
    rows = BATCH.rows(name)
    head = next(r for r, row in enumerate(rows) if row[0] == "编码")
    assert tuple(rows[head]) == TREE_HEAD
    assert "科室" not in TREE_HEAD and "岗位" not in TREE_HEAD and "姓名" not in TREE_HEAD
    # every node one row, its kind given only by the depth of its dotted code
    dept = post = who = None
    got, types, kinds = [], [], []
    for row in rows[head + 1 :]:
        code = row[0]
        if not (isinstance(code, str) and re.fullmatch(r"\d+(\.\d+){0,2}", code)):
            assert [c for c in row if c is not None] == [TREE_NOTE]
            continue
        depth = code.count(".") + 1
        kinds.append(depth)
        if depth < 3:  # a 股室 or a post: blank beyond its name, no level, no number word
            assert row[2:] == [None, None, None], row
            assert not re.match(r"[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）", row[1])
        if depth == 1:
            dept = row[1]
        elif depth == 2:
            post, who = re.fullmatch(r"(.+)（(.+)）", row[1]).groups()
        else:
            assert row[3] in HML and row[2] and row[4], row
            got.append((dept, post, who, row[1], HML[row[3]]))
            types.append(types_in(row[2]))
    assert got == BATCH.truth_rows(name)
    assert types == [r["types"] for r in BATCH.points(name)]
    assert kinds.count(1) == len(TREE) and kinds.count(2) == sum(len(p) for _, p in TREE)
    # nothing merged in the tree: only the title, the 填报 line and the note reach across
    merges = BATCH.sheet(name)["merges"]
    assert len(merges) == 3 and all(m[0] == m[2] and (m[1], m[3]) == (0, 4) for m in merges)
    # one form a post; the 股室 and post rows are no points
    forms = lay["truth"]
    assert len(forms) == sum(len(p) for _, p in TREE) == 7
    points = {p["risk_point"] for p in BATCH.points(name)}
    nodes = {row[1] for row in rows[head + 1 :] if isinstance(row[0], str) and "." not in row[0]}
    nodes |= {
        row[1] for row in rows[head + 1 :] if isinstance(row[0], str) and row[0].count(".") == 1
    }
    assert not points & nodes
    assert {f["department"] for f in forms} == {d for d, _ in TREE}


def test_batch324_plain_tables_by_heading():
    cases = [
        ("dongpo_treasury_payment_posts", {"dept": "股室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("dongpo_investment_audit_center_duties",
         {"dept": "股室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("dongpo_review_center_list",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # 职责事项 is no point; the short 风险点 is the point, the long 风险表现 / 风险描述 none
    for name, col in (
        ("dongpo_investment_audit_center_duties", 4),
        ("dongpo_treasury_payment_posts", 4),
        ("dongpo_review_center_list", 5),
    ):
        points = {p["risk_point"] for p in BATCH.points(name)}
        assert not points & {row[col] for row in BATCH.table(name)}, name
    # the 国库集中支付中心 names nobody
    name = "dongpo_treasury_payment_posts"
    assert BATCH.holders(name) == {""}
    assert "姓名" not in BATCH.heading(name) and "责任人" not in BATCH.heading(name)
    assert {r[6] for r in BATCH.table(name)} == set(ROMAN)
    assert {r[7] for r in BATCH.table("dongpo_investment_audit_center_duties")} == set(GRADES)
    assert {r[7] for r in BATCH.table("dongpo_review_center_list")} == set(RISKS)
    # the 统计局's two sheets
    name = "dongpo_statistics_bureau_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "风险点"},
        "局领导",
        fixed={"dept": "局领导"},
    )
    assert got == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    assert {r[5] for s in ("局领导", "股室") for r in BATCH.table(name, s)} == set(BANDS)
    # 分管工作 is no point
    works = {r[3] for r in BATCH.table(name, "局领导")}
    assert not {p["risk_point"] for p in BATCH.points(name)} & works


def test_batch324_group_rows_give_the_department():
    name = "dongpo_nontax_center_groups"
    rows, dept, got, types = BATCH.filled(name), None, [], []
    for row in rows[BATCH.header(name) + 1 :]:
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], BARE[row[5]]))
            types.append(types_in(row[4]))
    assert got == BATCH.truth_rows(name)
    assert types == [r["types"] for r in BATCH.points(name)]
    assert any(str(r[0]).startswith("注：风险等级分Ⅰ、Ⅱ、Ⅲ三级") for r in BATCH.rows(name))


def test_batch324_one_sheet_a_person():
    name = "dongpo_audit_bureau_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["所在股室", f["department"]]
        assert f["sheet"] == f["title"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        assert {r[3] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
    name = "dongpo_census_center_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f"股{GAP}室", f"岗{GAP}位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        # 自查情况 is no point
        found = {r[4] for r in BATCH.table(name, f["sheet"])}
        assert not found & {p["risk_point"] for p in BATCH.points(name)}


def test_batch324_is_read(tmp_path):
    BATCH.is_read(tmp_path)
