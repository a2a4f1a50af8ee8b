"""The one-thousand-and-second batch of published layouts (tests/published/batch1002.py):
seven ordinary files as the 林业、移民搬迁 and 乡镇 bodies of one county (册亨县) send them — the 岩架镇人民政府's
一览表, the 国有林场's 清单, the 生态移民局's 排查表, the 纳福街道 安置社区's 自查表 one sheet a person, the 发展和改革局's
一览表, the 乡村振兴局's 清单 对岗不对人, the 医疗保障局's 责任清单 — and one harder: the 林业局's 一览表 whose only
type and level are one symbol a row under ``风险标识``, read through a legend grid under the table (a symbol's
row the type, its column the level)
(``python tests/published/score.py --set batch1002``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here.

Measured ONCE, untuned, with lead's reader at 2e63eaab (this worktree branched from that commit,
xlproc/ untouched): TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.816 types=0.816
noise=0 (forms 24/24, points 38/38, precision 38/38, levels 31/38, types 31/38 — levels and types
are scored on the points found only); with --strict the same. The 8 files: eight .xlsx, no re-saved
copies. All seven ordinary layouts read in full (forms, points, levels and types all 1.00, noise 0,
--strict too) — the three-character surname 莫那娄 on every row and merged per person, the 排查表's
``附件2`` and merged 填报单位 line, the 乡村振兴局's posts with no names, the 安置社区's self-checks one
sheet a person, ``★★★/★★/★`` under a ``注：`` line.

Missed, all in the harder ``ceheng_forestry_symbol_legend_grid.xlsx`` (forms 3/3, points 7/7, levels
0/7, types 0/7, noise 0): the table, its holders and its points are read, but the ``风险标识`` column is
not taken for a level or a type column: every row says LEVEL_BLANK (error, E3…E9: 风险级别未填写), the
table TABLE_NO_TYPE, and the legend grid under it TABLE_OTHER (B12, "风险类型＼风险等级 高 中 低": not a
table of points, rightly not read as points, but not read as the key either). The truth has 7 points
in 3 forms, each with one type and one level given only by its symbol's place in the grid.
Kind: a table whose only type/level column holds one symbol a row (``风险标识``, ``标识``, ``标记``) with a
legend grid under, above or beside it — types down, levels across (or the other way round), each cell the
symbol of that type at that level — is read without types or levels; a general fix would read each
symbol's row and column in the grid as the point's type and level, a symbol the grid lacks or a grid
whose cells repeat a symbol giving neither.

Generalised after this measurement: a list with no type and no level column (or these blank)
whose rows each write ONE symbol in a column (``风险标识``, ``标记``, ``符号``), with a legend grid of symbols
under, above or beside it (a column apart) — a head row of levels (``高 | 中 | 低``, ``一级风险 | …``) or of
types, one row a type (or a level) under it, every cell a different symbol — now reads each point's
type and level from its symbol's row and column in the grid (info TYPE_LEVEL_BY_SYMBOL_GRID at the
grid's corner: here 一览表!B12, "风险标识"); the grid is no other table (no TABLE_OTHER, no CELL_OUTSIDE),
the table's TABLE_NO_TYPE goes where every point is typed; a symbol the grid lacks gives neither
(warning SYMBOL_NOT_IN_GRID at its cell); a grid printing one symbol twice, a symbol that is a level
of its own (``★``), marks with no grid, and a list's own type or level read as before — cheap tests
first (points with no level or type; one search of the sheet's text for a cell of a lone symbol),
xlproc/collect.py ``_by_symbol_grid``, tests/test_symbol_legend_grid.py. Read 1.00 since (forms 24/24,
points 38/38, precision 38/38, levels 38/38, types 38/38, noise 0; --strict the same; the harder
file 7/7); batch983, batch872, batch600, batch460 and batch230 (marks, codes and grids that type or
grade) score the same, --strict.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch1002 import (
    FORESTRY_ROWS,
    GRADES,
    HIGHS,
    LAYOUTS,
    LEGEND,
    RESAVED,
    ROMAN,
    STARS,
    SYMBOLS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **HIGHS, **STARS}
BATCH = Batch(1002, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"ceheng_forestry_symbol_legend_grid"}
TYPED = {
    "ceheng_forestry_symbol_legend_grid",
    "ceheng_yanjia_town_list",
    "ceheng_resettlement_bureau_screening",
    "ceheng_development_reform_list",
    "ceheng_rural_revitalisation_posts",
    "ceheng_medical_insurance_duty_list",
}
NOBODY = {"ceheng_rural_revitalisation_posts"}
SURNAMES = ("仆兰", "莫那娄")


def test_batch1002_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=998, unit_words=("册亨县",), new_people=True)


def test_batch1002_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 16))
    assert RESAVED == ()


def test_batch1002_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch1002_every_unit_is_of_ceheng():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("册亨县") for u in units)


def test_batch1002_people_are_of_two_rare_surnames():
    people = {f["person"] for lay in LAYOUTS for f in lay["truth"]} - {""}
    assert people and all(p.startswith(SURNAMES) for p in people)
    assert {"仆兰" if p.startswith("仆兰") else "莫那娄" for p in people} == set(SURNAMES)


def test_batch1002_the_legend_grid_gives_type_and_level():
    name = "ceheng_forestry_symbol_legend_grid"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head] == ["序号", "股室", "岗位", "姓名", "廉政风险点", "风险标识", "防控措施"]
    assert not any(c in ("风险类型", "风险等级") for c in rows[head])
    # nine symbols, each once in the grid; every row's symbol is one of them
    assert len(SYMBOLS) == 9 and len({s for row in LEGEND.values() for s in row}) == 9
    grid = next(r for r, row in enumerate(rows) if "风险类型＼风险等级" in row)
    assert rows[grid][1:5] == ["风险类型＼风险等级", "高", "中", "低"]
    for k, (typ, syms) in enumerate(LEGEND.items(), 1):
        assert rows[grid + k][1:5] == [typ, *syms]
    got = [(r["risk_point"], r["types"], r["level"]) for r in BATCH.points(name)]
    want = [(p, [SYMBOLS[s][0][:4]], SYMBOLS[s][1]) for *_, p, s, _m in FORESTRY_ROWS]
    assert sorted(got) == sorted(want)
    # every type and every level is used
    assert {SYMBOLS[s] for *_, s, _m in FORESTRY_ROWS} >= {(t, 1) for t in LEGEND} - {
        ("岗位职责风险", 1)
    }
    assert {SYMBOLS[s][1] for *_, s, _m in FORESTRY_ROWS} == {1, 2, 3}


def test_batch1002_plain_tables_by_heading():
    cases = [
        ("ceheng_yanjia_town_list",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}),
        ("ceheng_resettlement_bureau_screening",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}),
        ("ceheng_development_reform_list",
         {"dept": "科室", "post": "职务", "person": "姓名", "point": "廉政风险点"}),
        ("ceheng_rural_revitalisation_posts", {"dept": "科室", "post": "岗位", "point": "廉政风险点"}),
        ("ceheng_medical_insurance_duty_list",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}),
    ]  # fmt: skip
    for name, heads in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name


def test_batch1002_is_read(tmp_path):
    BATCH.is_read(tmp_path)
