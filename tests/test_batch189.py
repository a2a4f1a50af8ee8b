"""The hundred-and-eighty-ninth batch of published layouts (tests/published/batch189.py): nine
ordinary files as county bodies of an invented 江津区 really send them — a 机关事务服务中心 一览表 with a
trailing ``责任领导`` column, the 总工会's 清单 对岗不对人 with ``一级/二级/三级``, a 统计局 排查表 whose
header takes two rows, a 调查队 一览表 whose 科室 stand in group rows ``（二）住户调查科``, a 图书馆 自查表
one per sheet, the 妇联's 一览表 with two types in one cell, a 医疗保障事务中心 一览表 with 责任科室 and
责任人 after the measures and no 岗位 column, a 司法所 排查表 under ``单位：…司法局…司法所`` with
``较高/一般/较低`` — and one harder: a 档案馆 一览表 whose level cell keeps all three options with the
chosen one ticked, ``□高　☑中　□低`` (``python tests/published/score.py --set batch189``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

First measured untuned with the reader at d17768d (main's newest when the batch was done): forms
1.000 (49/49), recall 1.000 (62/62), precision 1.000 (62/62), levels 1.000 (62/62), types 1.000
(62/62), noise 0; with --strict the same: forms 1.000 (49/49), recall 1.000 (62/62), precision
1.000 (62/62), levels 1.000 (62/62), types 1.000 (62/62), noise 0. Nine .xlsx, no re-saved copies.
Missed: nothing scored.

- Not scored: ``library_selfcheck_sheets`` (all three sheets) reads unit "" — the unit stands only
  in the line ``单位：江津区图书馆 | 2024年6月`` UNDER the table (row 8 of each sheet; the title is the
  bare ``个人廉政风险自查表``), and a ``单位：`` line below the table is not taken. 科室, posts, holders
  and tiers right.

Read right: the harder 档案馆's level cells ``☑高　□中　□低`` / ``□高　☑中　□低`` / ``□高　□中　☑低`` (all
eight levels the ticked one); the 机关事务服务中心's ``风险等级（高、中、低）`` heading and its trailing
``责任领导`` column taken for no holder; the 总工会's posts 对岗不对人 with ``一级/二级/三级`` and the ``注：``
line no point; the 统计局's two-row header (``廉政风险`` over ``风险点 | 风险等级``) with ``Ⅰ级/Ⅱ级/Ⅲ级``;
the 调查队's group rows ``（二）住户调查科`` as 科室 (compound surnames 第五, 羊舌, 梁丘); the 图书馆's
自查表 per sheet with its row of pairs; the 妇联's two types in one cell; the 医保事务中心's
``责任科室 | 责任人`` after the measures, no 岗位 column, and the two-line ``基金财务科⏎办公室 |
厉沐川⏎芮疏桐`` row split into both holders' points; the 司法所 under ``单位：江津区司法局杉溪司法所``
(unit the 局, 科室 the 所) with ``较高/一般/较低`` (a LEVEL_SCALE hint). Not scored but checked: unit,
科室 and post of the other 46 forms are right, and the tier of each that has a post.

(Read in full before any change for it: nothing in this batch was generalised on.)

After generalising (a sign-off line opening with the unit, `单位：江津区图书馆 | 2024年6月`, gives the unit it signs for): 1.00 on every metric, strict too, noise 0; the units in the export right.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch189 import (
    BOX,
    GAP,
    GRADES,
    LAYOUTS,
    ROMAN,
    SCALE,
    TICK,
    WORDS,
    build,
    ticked_level,
)
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **ROMAN, **GRADES, **WORDS, **SCALE}
BATCH = Batch(189, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"archives_ticked_level"}
UNTYPED = {"statistics_two_row_header", "medical_security_trailing_holders"}
NOBODY = {"trade_union_posts"}
UNTITLED = {"medical_security_trailing_holders"}


def test_batch189_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 10), harder=HARDER, sees=186, new_people=True)
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert all("江津区" in u for u in units), units
    assert not any("江津" in u for u in BATCH.earlier_units())


def test_batch189_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, untitled=UNTITLED)


def test_batch189_levels_and_types():
    BATCH.levels_and_types(
        untyped=UNTYPED, skip_types={"womens_federation_two_types"}, one_type=True
    )
    name = "womens_federation_two_types"
    types = [p["types"] for p in BATCH.points(name)]
    assert all(types) and sum(len(t) == 2 for t in types) == 3
    assert BATCH.types_by(name, "风险类型") == types


def test_batch189_ticked_levels():
    name = "archives_ticked_level"
    rows = BATCH.table(name)
    cells = [r[6] for r in rows]
    for c in cells:  # all three options in one cell, one of them ticked
        assert c.count(TICK) == 1 and c.count(BOX) == 2 and c.count(GAP) == 2, c
        assert [c[k] for k in (1, 4, 7)] == list("高中低"), c
    assert {ticked_level(c) for c in cells} == {1, 2, 3}
    got = [(r[1], r[2], r[3], r[4], ticked_level(r[6])) for r in rows]
    assert got == BATCH.truth_rows(name)
    assert [types_in(r[5]) for r in rows] == [p["types"] for p in BATCH.points(name)]
    assert "风险等级" in BATCH.heading(name)


def test_batch189_plain_tables_by_heading():
    cases = [
        ("affairs_center_leader_column",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险等级（高、中、低）", "风险类别"),
        ("trade_union_posts", {"dept": "部室", "post": "岗位", "point": "风险点"}, "风险等级", "风险类型"),
        ("womens_federation_two_types",
         {"dept": "部室", "post": "职务", "person": "姓名", "point": "廉政风险点"}, "风险等级", "风险类型"),
    ]  # fmt: skip
    for name, heads, level, typ in cases:
        assert BATCH.by_heading(name, heads, level=level) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ, level=level) == [p["types"] for p in BATCH.points(name)], (
            name
        )
    # the 责任领导 column names the leaders, who watch: holders only through their own rows
    name = "affairs_center_leader_column"
    rows = BATCH.table(name)
    assert BATCH.heading(name)[-1] == "责任领导"
    bosses = {r[8] for r in rows}
    assert bosses == {"戢临渊", "邰雪棠"} and bosses <= BATCH.holders(name)
    assert any(r[8] != r[3] for r in rows)
    # 对岗不对人: no names anywhere; the note under the table is no point
    truth = BY_NAME["trade_union_posts"]["truth"]
    assert all(f["person"] == "" for f in truth)
    notes = [r[0] for r in BATCH.rows("trade_union_posts") if str(r[0]).startswith("注")]
    assert len(notes) == 1 and not {notes[0]} & {
        p["risk_point"] for p in BATCH.points("trade_union_posts")
    }


def test_batch189_two_row_header():
    name = "statistics_two_row_header"
    head = BATCH.header(name)
    rows = BATCH.filled(name)
    assert rows[head][4:6] == ["廉政风险", "廉政风险"]
    assert rows[head + 1] == ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"]
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, head=head + 1) == BATCH.truth_rows(name)


def test_batch189_group_rows_set_the_department():
    name = "survey_team_group_rows"
    dept, got = None, []
    head = BATCH.header(name)
    for r in BATCH.filled(name)[head + 1 :]:
        if isinstance(r[0], str) and r[0].startswith("（") and len(set(r)) == 1:
            dept = r[0].split("）", 1)[1]
        elif r[5] in WORDS:
            got.append((dept, r[1], r[2], r[3], WORDS[r[5]]))
    assert got == BATCH.truth_rows(name)
    assert [f["department"] for f in BY_NAME[name]["truth"]][0] == "队领导"
    assert "科室" not in BATCH.heading(name)


def test_batch189_sheets_per_person():
    name = "library_selfcheck_sheets"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓名", f["person"], "部门", f["department"], "职务", f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [p["types"] for p in f["risks"]]
        assert rows[-2][0] == "本人签字：" and rows[-1][0].startswith("单位：")


def test_batch189_holders_after_the_measures():
    name = "medical_security_trailing_holders"
    head = BATCH.heading(name)
    assert head[-2:] == ["责任科室", "责任人"] and "岗位" not in head
    got = []
    for r in BATCH.table(name):
        for dept, who in zip(r[5].split("\n"), r[6].split("\n"), strict=True):
            got.append((dept, who, r[2], HML[r[3]]))
    truth = [(d, p, pt, lv) for d, _, p, pt, lv in BATCH.truth_rows(name)]
    assert sorted(got) == sorted(truth)
    assert sum("\n" in r[6] for r in BATCH.table(name)) == 1
    assert all(f["title"] == "" and f["tier"] is None for f in BY_NAME[name]["truth"])
    # the shared point is both holders'
    shared = [r[2] for r in BATCH.table(name) if "\n" in r[6]][0]
    assert sum(shared in {p["risk_point"] for p in f["risks"]} for f in BY_NAME[name]["truth"]) == 2


def test_batch189_office_of_a_bureau():
    name = "justice_office_scale"
    rows = BATCH.filled(name)
    assert rows[1][0] == "单位：江津区司法局杉溪司法所"
    assert {f["unit"] for f in BY_NAME[name]["truth"]} == {"江津区司法局"}
    heads = {"post": "岗位", "person": "姓名", "point": "风险点"}
    got = BATCH.by_heading(name, heads, fixed={"dept": "杉溪司法所"})
    assert got == BATCH.truth_rows(name)
    assert {p["level"] for p in BATCH.points(name)} == {1, 2, 3}
    assert any("较高、一般、较低" in str(r[0]) for r in rows)
    assert BATCH.types_by(name, "风险类别") == [p["types"] for p in BATCH.points(name)]


def test_hundred_and_eighty_ninth_batch_is_read(tmp_path):
    BATCH.is_read(tmp_path)
