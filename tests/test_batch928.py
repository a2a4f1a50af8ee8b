"""The nine-hundred-and-twenty-eighth batch of published layouts (tests/published/batch928.py): seven
ordinary files as the 群团 bodies of one county (白朗县) really send them — the 总工会's 一览表 in
two sheets 领导班子/部室 with ``一级/二级/三级``, the 妇女联合会's 排查表 对岗不对人 with ``风险点 | 风险表现``,
the 共青团县委's 防控卡 one sheet a leader with ``★★★/★★/★``, the 残疾人联合会's 清单 under group rows
``一、残联领导`` … with ``一级风险/二级风险/三级风险``, the 工人文化宫's 自查表 one sheet a person with
``Ⅰ级/Ⅱ级/Ⅲ级``, the 洛江镇群团工作站's 一览表 with ``高风险/中风险/低风险``, the 嘎东镇群团工作站's
登记表 — and one harder: the 科学技术协会's 清单, one row a point with no holder column, whose holders
(``主席　呼瑷翀``) are written into the ``一级 | 二级 | 三级`` columns at the level each bears the point
(``python tests/published/score.py --set batch928``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 38443c82 (/work/snap64; this worktree branched from
the same commit), after the tests passed: TOTAL forms=1.000 recall=1.000 precision=1.000
levels=1.000 types=1.000 noise=0 (forms 29/29, points 52/52, precision 52/52, levels 52/52, types
52/52); with --strict TOTAL forms=0.966 recall=1.000 precision=1.000 levels=1.000 types=1.000
noise=0 (forms 28/29, the rest the same). The 8 files: eight .xlsx, no re-saved copies. The seven
ordinary layouts read in full (forms, points, levels and types all 1.00, noise 0), --strict too.
The harder file read in full without --strict (forms 5/5, points 11/11, levels 11/11) because its
shape is NOT new: docs/layouts.md already describes holders written in the ``一级 | 二级 | 三级``
cells under ``风险等级及责任岗位`` (info ``LEVEL_CELLS_HOLDERS``, generalised after batch602), which
the search before choosing missed and which was seen only after this one measurement (see the
module docstring); the layout was left as built and not re-measured. So this batch holds no
undescribed shape.

Missed, only with --strict, in ``bailang_science_association_holders_in_levels.xlsx`` (sheet 清单;
forms 4/5 strict, points 11/11, levels 11/11): the holder lines ``办公室主任　呼湉昶`` (D5, 二级) and
``办公室主任　呼湉昶、科普专干　呼曦峘`` (D8, 二级) gave form F00013 department ``办公室`` and title
``主任`` (中层岗位, its two 二级 points ``学会年检、星级学会评选中收受学会好处`` and
``科普大篷车运行维护和科普物资采购指定供应商`` right); the truth has no department and the post
``办公室主任`` as written (the list has no 科室 column). F00011 主席 呼瑷翀, F00012 副主席 战珂翯,
F00014 科普专干 呼曦峘 and F00015 会计 战瑀琤 match. Kind: a post that begins with an office name
(``办公室主任``) in a holder line of a level cell is split into 科室 and post although the list has
no 科室 column — the reader follows batch602's call for this shape (``康复部部长`` → ``康复部`` |
``部长``), while batch113 and batch121 keep ``办公室主任`` as written in lists without a 科室 column;
the truth here follows the latter and was not changed after measuring (not plainly wrong, the
two calls disagree).

Unscored besides: no warnings; info only — TABLE_NO_TYPE (9), GRADE_BLANK (5: the 工人文化宫's
three self-check sheets and the 团县委's two cards, 岗位风险等级 computed), LEVEL_CELLS_HOLDERS (1, 清单!C2)
and FILE_SKIPPED (truth.json).

Not generalised in the stop that measured it (left for the next): which call holds for an
office-prefixed post (``办公室主任``) in a level-cell holder line of a list without a 科室 column —
split (batch602) or as written (batch113, batch121) — a convention to settle, not a new shape.

Read 1.00 untuned plain (its shape, holders in the level columns, already described: LEVEL_CELLS_HOLDERS); --strict 4/5 forms: '办公室主任' in a level-cell holder line split into 科室 办公室 and post 主任 where the truth keeps the post whole (batch602 splits, batch113/121 keep it; left as a judgement call).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch928 import (
    GRADES,
    HIGHS,
    HOLDERS,
    IN_LEVELS,
    LAYOUTS,
    LEVEL_COLS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(928, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"bailang_science_association_holders_in_levels"}
TYPED = {
    "bailang_womens_federation_posts",
    "bailang_luojiang_station_list",
    "bailang_gadong_station_register",
}
NOBODY = {"bailang_womens_federation_posts"}


def test_batch928_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=926, unit_words=("白朗县",), new_people=True)


def test_batch928_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch928_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch928_every_unit_is_of_bailang():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("白朗县") for u in units)


def test_batch928_holders_written_in_the_level_columns():
    name = "bailang_science_association_holders_in_levels"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head][:6] == ["序号", "廉政风险点", "风险等级及责任岗位", "风险等级及责任岗位", "风险等级及责任岗位", "防控措施"]  # fmt: skip
    assert rows[head + 1][2:5] == list(LEVEL_COLS)
    table = [row for row in rows[head + 2 :] if isinstance(row[0], int)]
    assert [row[0] for row in table] == list(range(1, len(IN_LEVELS) + 1))
    # no holder column: every holder stands in a level column, as ``岗位　姓名`` (``、`` between two)
    got = []
    for row in table:
        for c, word in zip((2, 3, 4), LEVEL_COLS, strict=True):
            for holder in (row[c] or "").split("、") if row[c] else []:
                post, who = holder.split("\u3000")
                assert HOLDERS[who][0] == post
                got.append(("", post, who, row[1], GRADES[word]))
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    assert any(sum(1 for c in (2, 3, 4) if row[c]) == 2 for row in table)
    assert any("、" in (row[c] or "") for row in table for c in (2, 3, 4))
    # one form a holder, his points in the order of the rows
    forms = BY_NAME[name]["truth"]
    assert [f["person"] for f in forms] == list(HOLDERS)
    order = [row[1] for row in table]
    for f in forms:
        pts = [r["risk_point"] for r in f["risks"]]
        assert pts == sorted(pts, key=order.index)
        assert f["department"] == "" and f["tier"] == HOLDERS[f["person"]][1]


def test_batch928_plain_tables_by_heading():
    cases = [
        ("bailang_luojiang_station_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("bailang_gadong_station_register",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("bailang_womens_federation_posts", {"dept": "部室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "bailang_trade_union_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "领导班子") == BATCH.truth_rows(name, "领导班子")
    heads = {"dept": "部室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "部室") == BATCH.truth_rows(name, "部室")
    # the short 风险点 is the point, the long 风险表现 none
    name = "bailang_womens_federation_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}


def test_batch928_group_rows_give_the_department():
    name = "bailang_disabled_federation_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch928_one_sheet_a_person():
    name = "bailang_workers_palace_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在部门", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "bailang_youth_league_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch928_is_read(tmp_path):
    BATCH.is_read(tmp_path)
