"""The nine-hundred-and-ninety-seventh batch of published layouts (tests/published/batch997.py):
seven ordinary files as the 教育 and 卫生 bodies of one county (永和县) really send them — the
教育科技局's 一览表 with ``…风险`` types and 高/中/低, the 第二中学's 排查表 under group rows ``一、校领导`` …
``三、总务处`` with ``风险点 | 风险表现`` and ``一级/二级/三级``, the 卫生健康局's 清单 with 责任人 on every row
and ``★★★/★★/★``, the 疾控中心's 防控卡 one sheet a person with ``一级风险/二级风险/三级风险``, the
中医院's 清单 对岗不对人 with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 芝河镇中心小学's 自查表 one sheet a person with
``高风险/中风险/低风险``, the 卫生健康综合行政执法队's 一览表 with ``重点防控/一般防控/常规防控`` — and one
harder: the 人民医院's 评估表 with no level column, whose three factor columns ``发生可能性 | 影响程度 |
可控程度`` each hold ONE WORD 高/中/低 a row, the level given by a ``注：`` line counting the factors at 高
(``python tests/published/score.py --set batch997``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with lead's reader at 2cbf9ac0 (this worktree branched from that commit,
xlproc/ untouched): TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.953 types=1.000 noise=0
(forms 22/22, points 43/43, precision 43/43, levels 41/43, types 43/43 — levels and types are scored
on the points found only); with --strict the same. The 8 files: eight .xlsx, no re-saved copies. The
seven ordinary layouts read in full (forms, points, levels and types all 1.00, noise 0) — the
第二中学's group rows ``二、教务处``, ``三、总务处`` as 科室 with the short 风险点 as the point, the
执法队's ``重点防控/一般防控/常规防控`` as 1/2/3, the 中医院's posts as forms, as the truth has them.

Missed, all in the harder ``yonghe_hospital_factor_words.xlsx`` (forms 3/3, points 6/6, levels 4/6,
types 6/6, noise 0): every point, holder, post and type came out right, but the level was not the
note's count: the first factor column ``发生可能性`` was guessed as the level column (COLUMN_GUESSED,
info, at 评估表!G2, the only issue said besides FILE_SKIPPED for truth.json) and the levels came out
as the usual 3×3 matrix of ``发生可能性 × 影响程度`` (1, 1, 1, 2, 2, 2), ``可控程度`` ignored and the
``注：`` line (``两项及以上为高的为一级风险，一项为高的为二级风险，其余为三级风险``) not read: truth 1, 2, 1, 2,
3, 2 — wrong at 评估表 row 5 (高, 中, 低: one 高, 二级, read 一级) and row 8 (中, 中, 中: no 高, 三级,
read 二级), silently. A probe before building (three rows, the same three one-word factor columns and
the same note) showed the same: COLUMN_GUESSED at F2, levels by the matrix, the note unread.
Kind: a level given by THREE (or more) factor columns each holding ONE WORD 高/中/低 a row (no tick
sub-columns, no merged assessment heading) and counted by a note, with no level column, is read by
the two-factor matrix or as a guessed level column, silently wrong; a general fix would take the
one-word factor columns as LEVEL_BY_FACTOR_STEPS takes ticked sub-columns, where a counting note
decides every count, and keep no level (the usual error) where it does not.

Generalised after this measurement: a table with no level column whose two or more factor columns
stand side by side (``发生可能性 | 影响程度 | 可控程度``, ``发生概率 | 危害程度 | 监管难度``), each headed as a
factor and EACH HOLDING ONE WORD 高/中/低 a row (no tick sub-columns), beside a note counting them into
a level (``两项及以上为高的为一级风险，一项为高的为二级风险，其余为三级风险``, or each factor's counted step
named before ``各计一项``) is read by the LEVEL_BY_FACTOR_STEPS pass: each cell's word is its factor's
step, each point gets the level its count has, said once at the first factor's heading
(LEVEL_BY_FACTOR_WORDS, info: here 评估表!G2), neither the 3×3 matrix nor a guessed level column
taking them; a factor left blank, or a count the note gives no level, keeps no level with a warning
at the row (LEVEL_FACTOR_STEPS_UNREAD); a word other than 高/中/低 in any factor cell, or no counting
note, reads as before, nothing guessed — a cheap test first (``项`` in the sheet's notes),
xlproc/locate_levels.py ``_factor_words``, tests/test_level_by_factor_words.py. Read 1.00 since
(forms 22/22, points 43/43, precision 43/43, levels 43/43, types 43/43, noise 0; --strict the same);
batch983, batch990, batch993, batch995, batch996 and the 44 published batches whose layouts name
``发生可能性``, ``影响程度`` or ``可控程度`` score the same, --strict.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch997 import (
    ASSESSED,
    FACTOR_NOTE,
    FACTORS,
    GRADES,
    GUARDS,
    HIGHS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    STEPS,
    build,
    count_level,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS, **GUARDS}
BATCH = Batch(997, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"yonghe_hospital_factor_words"}
TYPED = {
    "yonghe_hospital_factor_words",
    "yonghe_education_list",
    "yonghe_health_bureau_every_row",
    "yonghe_cdc_cards",
    "yonghe_tcm_hospital_posts",
    "yonghe_health_enforcement_list",
}
NOBODY = {"yonghe_tcm_hospital_posts"}
SURNAMES = ("是云", "屋引")


def test_batch997_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=996, unit_words=("永和县",), new_people=True)


def test_batch997_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 16))
    assert RESAVED == ()


def test_batch997_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch997_every_unit_is_of_yonghe():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("永和县") for u in units)


def test_batch997_people_are_of_two_rare_surnames():
    people = {f["person"] for lay in LAYOUTS for f in lay["truth"]} - {""}
    assert people and all(p[:2] in SURNAMES for p in people)
    assert {p[:2] for p in people} == set(SURNAMES)


def test_batch997_levels_by_factor_words():
    name = "yonghe_hospital_factor_words"
    rows = BATCH.filled(name, "评估表")
    top = next(i for i, row in enumerate(rows) if row[0] == "序号")
    heads = ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", *FACTORS, "防控措施"]
    assert rows[top] == heads
    # no level column, no tick sub-columns: one word a factor
    assert not any("等级" in str(c) or "级别" in str(c) for c in rows[top])
    got = []
    for row in rows[top + 1 :]:
        if isinstance(row[0], int):
            marks = row[6:9]
            assert all(m in STEPS for m in marks), row
            got.append((row[4], count_level(*marks)))
    assert got == [(p["risk_point"], p["level"]) for p in BATCH.points(name)]
    assert [lv for _p, lv in got] == [count_level(*m) for *_, m, _x in ASSESSED]
    assert {lv for _p, lv in got} == {1, 2, 3}
    # the first factor alone would give other levels: the note decides
    assert any(HML[m[0]] != count_level(*m) for *_, m, _x in ASSESSED)
    notes = [row[0] for row in rows if isinstance(row[0], str) and row[0].startswith("注：")]
    assert notes == [FACTOR_NOTE]


def test_batch997_plain_tables_by_heading():
    cases = [
        ("yonghe_education_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("yonghe_health_bureau_every_row",
         {"dept": "股室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类别"),
        ("yonghe_tcm_hospital_posts", {"post": "岗位", "point": "廉政风险点"}, "风险类型"),
        ("yonghe_health_enforcement_list",
         {"post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类别"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name


def test_batch997_group_rows_give_the_department():
    name = "yonghe_middle_school_group_rows"
    dept, got, post, who = None, [], None, None
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            post, who = row[1] or post, row[2] or who
            got.append((dept, post, who, row[3], GRADES[row[5]]))
    assert got == BATCH.truth_rows(name)
    # the short 风险点 is the point, the long 风险表现 none
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.filled(name) if isinstance(row[0], int)}


def test_batch997_one_sheet_a_person():
    name = "yonghe_zhihe_primary_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "职　务", "自查日期"]
        assert rows[2][:2] == [f["person"], f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "yonghe_cdc_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch997_is_read(tmp_path):
    BATCH.is_read(tmp_path)
