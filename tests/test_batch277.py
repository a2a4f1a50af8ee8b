"""The two-hundred-and-seventy-seventh batch of published layouts (tests/published/batch277.py): seven
ordinary files as the 局/委/办 and 事业单位 of one county (盐亭县) really send them — the
财政投资评审中心's 一览表 with ``…风险`` types and 高/中/低, the 文化广播电视和旅游局's 防控卡 one sheet a
holder with a ``股室：…　　岗位：…　　持卡人：…`` line and ``一级/二级/三级``, the 总工会's 自查表 one sheet a
person, the 司法局's 责任清单 with ``Ⅰ/Ⅱ/Ⅲ``, the 残疾人联合会's 排查表 对岗不对人, the 民政局's two sheets
(局领导, 股室) with ``高风险/中风险/低风险``, the 发展和改革局's 一览表 with ``★★★/★★/★`` — and one harder:
the 统计局's 排查表 whose merged heading ``风险类别及等级`` stands over the five type columns and each
row writes its level word in the column of its type (``python tests/published/score.py --set
batch277``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at e9bc74f (main's newest when the batch was done; this
worktree branched from it): TOTAL forms=1.000 (38/38) recall=1.000 (65/65) precision=1.000 (65/65)
levels=0.862 (56/65) types=0.831 (54/65) noise=8; with --strict the same: TOTAL forms=1.000 (38/38)
recall=1.000 (65/65) precision=1.000 (65/65) levels=0.862 (56/65) types=0.831 (54/65) noise=8. The 8
files: eight .xlsx, no re-saved copies. The seven ordinary layouts read in full (every 科室, post,
holder and tier right in posts.csv, units right too).

Missed: the harder ``yanting_statistics_type_level_grid.xlsx``, sheet ``排查表`` (heading rows 3–4,
risk rows 5–15): every form and point found, but its levels 2/11 and types 0/11 (noise 8). The reader
took the first type column F (``风险类别及等级`` + ``思想道德``) as the 风险级别 column (COLUMN_GUESSED F3: "100%
风险级别的写法") and the second, G (``制度机制``), as the 风险类型 column; H–J (岗位职责, 业务流程, 外部环境)
were left aside (J3 guessed ``其他``). So only F5 and F11 (``高`` under 思想道德) gave a level (Ⅰ, right;
their type read blank, truth 思想道德); the other nine rows read no level (LEVEL_BLANK F6–F10, F12–F15;
truth 2, 1, 2, 3, 2 and 1, 2, 3, 2), and G6 ``中``, G9 ``低``, G13 ``中`` were read as a type word
(TYPE_UNKNOWN; truth 制度机制 with level 2, 3, 2); TYPE_BLANK on the other eight rows is the noise.
Kind: a heading merged over several sub-columns whose sub-headings are the type names, where the
cells carry a level word, is read column by column by content (level words → a level column) instead
of as one type×level grid in which the sub-heading of the filled cell is the type and the word the
level.

Unscored besides: none wrong. The issues are otherwise info only (TABLE_NO_TYPE on the two untyped
tables, GRADE_BLANK on the one-person cards and self-checks).

Generalised in the next stop (6a107a8): a type × level grid — a heading over type columns whose cells hold
level words — reads the column's type and the word's level (tests/test_columns.py::
test_the_level_word_written_in_the_column_of_the_points_type); the batch now reads 1.00 on every metric.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch277 import (
    BANDS,
    GRADES,
    GRID_TYPES,
    LAYOUTS,
    RESAVED,
    ROMAN,
    STARS,
    STATS_POSTS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **BANDS, **STARS}
BATCH = Batch(277, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"yanting_statistics_type_level_grid"}
UNTYPED = {"yanting_justice_bureau_duties", "yanting_drc_list"}
NOBODY = {"yanting_disabled_federation_posts"}


def test_batch277_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=277, unit_words=("盐亭县",), new_people=True)


def test_batch277_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(6, 12))
    assert RESAVED == ()


def test_batch277_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch277_every_unit_is_of_yanting():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("盐亭县") for u in units)


def test_batch277_type_columns_carry_the_level():
    name = "yanting_statistics_type_level_grid"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head][5:10] == ["风险类别及等级"] * 5 and rows[head + 1][5:10] == list(GRID_TYPES)
    assert BATCH.merged(name, 0, head, 5, 9)
    got = []
    for row in rows[head + 2 :]:
        if not isinstance(row[0], int):
            continue
        words = [(GRID_TYPES[i], v) for i, v in enumerate(row[5:10]) if v is not None]
        assert len(words) == 1 and words[0][1] in HML, row  # one word a row, in its type's column
        typ, lv = words[0]
        got.append((row[1], row[2], row[3], row[4], HML[lv], [typ]))
    want = [(f["department"], f["title"], f["person"], r["risk_point"], r["level"], r["types"])
            for f in BY_NAME[name]["truth"] for r in f["risks"]]  # fmt: skip
    assert got == want
    assert len(got) == sum(len(p[4]) for p in STATS_POSTS)
    # every type column is used, and more than one level in it somewhere
    assert {t for *_, ts in got for t in ts} == set(GRID_TYPES)
    assert {lv for *_, lv, _ in got} == {1, 2, 3}
    note = next(r[0] for r in rows if isinstance(r[0], str) and r[0].startswith("注："))
    assert "所属类别栏内填写风险等级" in note


def test_batch277_plain_tables_by_heading():
    cases = [
        ("yanting_investment_review_list",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("yanting_justice_bureau_duties",
         {"dept": "责任股室", "post": "岗位", "person": "责任人", "point": "风险点"}, None),
        ("yanting_drc_list",
         {"dept": "股室", "post": "岗位", "person": "责任人", "point": "风险点"}, None),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the short 风险点 is the point, the long 风险描述 / 风险表现 and the 职权内容 none
    for name, other in (("yanting_drc_list", 5), ("yanting_disabled_federation_posts", 4),
                        ("yanting_justice_bureau_duties", 4)):  # fmt: skip
        points = {p["risk_point"] for p in BATCH.points(name)}
        assert not points & {row[other] for row in BATCH.table(name)}, name
    name = "yanting_disabled_federation_posts"
    table = BATCH.table(name)
    assert [(row[1], row[2], "", row[3], GRADES[row[6]]) for row in table] == BATCH.truth_rows(name)
    assert BATCH.holders(name) == {""}
    name = "yanting_civil_affairs_two_sheets"
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉政风险点"}, "局领导",
                           fixed={"dept": "局领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")


def test_batch277_one_sheet_a_person():
    name = "yanting_culture_bureau_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert (
            rows[1][0]
            == f"股室：{f['department']}\u3000\u3000岗位：{f['title']}\u3000\u3000持卡人：{f['person']}"
        )
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "yanting_trade_union_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓名", f["person"], "部门", f["department"], "职务", f["title"]]
        assert (
            f["sheet"] == f["department"].replace("财务部", "财务部会计")
            or f["title"] in f["sheet"]
        )
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类别", f["sheet"]) == [r["types"] for r in f["risks"]]


def test_batch277_is_read(tmp_path):
    BATCH.is_read(tmp_path)
