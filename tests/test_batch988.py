"""The nine-hundred-and-eighty-eighth batch of published layouts (tests/published/batch988.py):
seven ordinary files as the towns, 站所, villages and one 县直 department of one county (安远县) really
send them — the 孔田镇林业工作站's 一览表 with ``…风险`` types and ``高风险/中风险/低风险``, the 鹤子镇财政所's
防控卡 one sheet a person with short types and ``一级/二级/三级``, the 版石镇水利站's 排查表 with
``风险点 | 风险表现`` and ``★★★/★★/★``, the 镇岗乡老围村's 村级小微权力清单 with ``权力事项`` and ``监督主体``
and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 三百山镇虎岗村's 村干部 一览表 with ``…类`` types and ``一级风险/…``, the
龙布镇合心村's 村干部自查表 one sheet a person with 高/中/低, the 县农业农村局's 一览表 with ``股室`` merged —
and one harder: the 欣山镇人民政府's 站所 一览表 with NO LEVEL COLUMN, each row's level said only as a
clause in the words of its ``防控措施`` cell (``…，列为重点防控事项。``, ``实行重点防控：…``, ``…，按一般防控
管理。``) (``python tests/published/score.py --set batch988``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at e187c223 (this worktree branched from that commit,
xlproc/ untouched), after these tests passed: TOTAL forms=1.000 recall=1.000 precision=1.000
levels=0.750 types=1.000 noise=0 (forms 29/29, points 48/48, precision 48/48, levels 36/48, types
48/48 — levels and types are scored on the points found only); with --strict the same: TOTAL
forms=1.000 recall=1.000 precision=1.000 levels=0.750 types=1.000 noise=0. The 8 files: eight
.xlsx, no re-saved copies. The seven ordinary layouts read in full (forms, points, levels and types
all 1.00, noise 0) — the 村's ``监督主体`` (``村务监督委员会``) named no holder, the 水利站's short
``风险点`` was the point beside the long ``风险表现``, the 站, 所 and 村 were units of their own, as the
truth has them.

Missed, all in the harder ``anyuan_xinshan_levels_in_measures.xlsx`` (forms 8/8, points 12/12,
precision 12/12, levels 0/12, types 12/12, noise 0): NO point had a level. Every point, holder,
站所 and type came out right, but each row's level, said only as a clause of its ``防控措施`` cell
(一览表!G3 ``…，列为重点防控事项。``, G4 ``实行重点防控：…``, G5 ``…，按一般防控管理。``, G6 ``1.…⏎2.…⏎
此项列为重点防控。``, G7 ``…，纳入一般防控。``, G8 ``…；作为常规防控点。``, …: truth 1, 1, 2, 1, 2, 3, …),
was not read: twelve errors LEVEL_BLANK (E3 … E14), one a row, and the levels column of the
export empty. The ``注：`` line saying the 防控等级 is written in the measures was not read either (no
issue named it; it was no point). The clauses were left in the measures as written (right: they are
part of the measure).
Kind: a list with NO level column whose level is said only IN THE WORDS of each row's 防控措施 —
a clause of the sentence (``列为重点防控``, ``实行重点防控：``, ``按一般防控管理``, ``纳入一般防控``,
``作为常规防控点``), not a bracketed tag opening or closing the cell (LEVEL_TAGS) and not in a remarks
column a note points to (LEVEL_IN_REMARKS) — is read with every level blank; a general fix would,
where a table has no level column and no row a level, read the one level each measures cell names
after a verb of classing (列为, 列入, 纳入, 作为, 按, 实行, 属于, 定为 …), where every row (or, under a note
saying so, most rows) names exactly one.

Unscored besides: the other issues are info only (TABLE_NO_TYPE, GRADE_BLANK, FILE_SKIPPED for
truth.json).

Generalised after this measurement: a list with no level column (and no row's level) whose
measures say each row's level in a clause of their own sentence, after a verb of classing (``列为``,
``列入``, ``纳入``, ``作为``, ``按``, ``实行``, ``属``, ``定为``, ``此项为`` … then ``重点防控``, ``一般管控``,
``一级风险``, ``高风险`` …, no bracket; at the end, at the start or on a line after numbered measures)
reads the one level each cell names as the row's level, the clause left in the measures; said once a
table (LEVEL_IN_MEASURES, info, at the measures' heading: here 一览表!G2, 12 rows); only where every
filled measures cell names exactly one level so, or, under a note saying the levels are written in
the measures, half of them at least (a cell naming two different levels, or none, stays blank,
LEVEL_BLANK); a clause in one row only, ``一级抓一级``, ``实行一级审批``, ``纳入高风险岗位轮岗``, a level
column already filled and bracketed tags on every row (LEVEL_TAGS) read as before,
tests/test_level_in_measures.py. Read 1.00 since (forms 29/29, points 48/48, precision 48/48, levels
48/48, types 48/48, noise 0), --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch988 import (
    GRADES,
    GUARDS,
    HIGHS,
    IN_MEASURES,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
    guard_said,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS, **GUARDS}
BATCH = Batch(988, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"anyuan_xinshan_levels_in_measures"}
TYPED = {
    "anyuan_xinshan_levels_in_measures",
    "anyuan_kongtian_forestry_list",
    "anyuan_hezi_finance_cards",
    "anyuan_sanbaishan_village_cadres",
    "anyuan_agriculture_bureau_list",
}


def test_batch988_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=986, unit_words=("安远县",), new_people=True)


def test_batch988_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(points=(4, 12))
    assert RESAVED == ()


def test_batch988_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch988_every_unit_is_of_anyuan():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("安远县") for u in units)


def test_batch988_people_are_of_two_rare_surnames():
    people = {f["person"] for lay in LAYOUTS for f in lay["truth"]} - {""}
    assert people and all(p[:2] in ("郁久", "有琴") for p in people)
    assert {p[:2] for p in people} == {"郁久", "有琴"}


def test_batch988_levels_said_in_the_measures():
    name = "anyuan_xinshan_levels_in_measures"
    head = BATCH.header(name, "一览表")
    rows = BATCH.filled(name, "一览表")
    assert rows[head] == ["序号", "站所", "岗位", "姓名", "廉政风险点", "风险类别", "防控措施"]
    # no level column: no cell of the table is a level word of its own
    table = [row for row in rows[head + 1 :] if isinstance(row[0], int)]
    assert len(table) == len(IN_MEASURES)
    assert not any(v in LEVELS for row in table for v in row if isinstance(v, str))
    got = [(row[4], GUARDS[guard_said(row[6])], [row[5]]) for row in table]
    truth = [(p["risk_point"], p["level"], p["types"]) for p in BATCH.points(name)]
    assert got == truth
    # the clause stands inside the sentence, never as a bracketed tag, in several wordings
    measures = [row[6] for row in table]
    assert not any(c in m for m in measures for c in "【】〔〕［］")
    assert {w for m in measures for w in ("列为", "实行", "按", "纳入", "作为") if w + guard_said(m) in m} == {
        "列为", "实行", "按", "纳入", "作为"
    }  # fmt: skip
    assert any(m.startswith("实行重点防控：") for m in measures)  # at the start
    assert any(m.startswith("1.") and "\n" in m for m in measures)  # after numbered measures
    assert {p["level"] for p in BATCH.points(name)} == {1, 2, 3}
    notes = [row[0] for row in rows if isinstance(row[0], str) and row[0].startswith("注：")]
    assert len(notes) == 1 and "在防控措施中注明" in notes[0]


def test_batch988_plain_tables_by_heading():
    cases = [
        ("anyuan_agriculture_bureau_list",
         {"dept": "股室", "post": "职务", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("anyuan_kongtian_forestry_list",
         {"post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("anyuan_sanbaishan_village_cadres",
         {"post": "职务", "person": "姓名", "point": "风险点"}, "风险类别"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "anyuan_zhengang_village_power_list"
    heads = {"post": "责任岗位", "person": "责任人", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name)
    # the 权力事项 and the 监督主体 are no points and no holders
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[1] for row in BATCH.table(name)}
    assert {row[7] for row in BATCH.table(name)} == {"村务监督委员会"}
    name = "anyuan_banshi_water_screening"
    heads = {"post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name)
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}


def test_batch988_one_sheet_a_person():
    name = "anyuan_longbu_village_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "职　务", "自查日期"]
        assert rows[2][:2] == [f["person"], f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "anyuan_hezi_finance_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch988_is_read(tmp_path):
    BATCH.is_read(tmp_path)
