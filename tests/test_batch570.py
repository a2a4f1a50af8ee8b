"""The five-hundred-and-seventieth batch of published layouts (tests/published/batch570.py): seven
ordinary files as the Party committee bodies of one county (称多县) really send them — the 宣传部's
一览表 in two sheets 部领导/科室 with ``一级/二级/三级``, the 统一战线工作部's 排查表 对岗不对人 with
``风险点 | 风险表现``, the 党校's 自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 机关事务服务中心's 清单
under group rows ``一、中心领导`` … with ``一级风险/二级风险/三级风险``, the 歇武镇党政综合办公室's 防控卡
one sheet a holder with ``★★★/★★/★``, the 编办's 一览表 with ``高风险/中风险/低风险``, the 巡察办's
登记表 — and one harder: the 组织部's 岗位廉政风险等级民主评议表, no level column, ``评议得票（票）``
merged over ``高 | 中 | 低`` holding the votes cast for each grade, the grade with the most votes
the point's level (``python tests/published/score.py --set batch570``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 8f74a54 (/work/snap3, the developers' newest reader;
this worktree branched from dev at the same commit): TOTAL forms=1.000 recall=1.000 precision=1.000
levels=0.877 types=1.000 noise=0; with --strict the same: TOTAL forms=1.000 recall=1.000
precision=1.000 levels=0.877 types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies.
The seven ordinary layouts read in full (forms, points, levels and types all 1.00, noise 0), and
the harder one found all its forms and points (forms 5/5, points 11/11, precision 11/11, 科室 and
posts right under --strict, noise 0).

Missed, all in the harder ``chenduo_organization_dept_vote_grades.xlsx`` (sheet 评议表; levels 4/11):
the reader took ``评议得票（票）`` (F3:H3, merged) over ``高 | 中 | 低`` (F4, G4, H4) for a grade heading
with one tick a row and read each row's level as the LEFTMOST sub-column holding a non-zero count
(a ``0`` counted as blank), not the one with the most votes: rows 7 (``4 | 5 | 0``), 9 (``3 | 6 |
0``), 11 (``2 | 6 | 1``) and 12 (``1 | 7 | 1``) came out Ⅰ级 (raw 高) where the truth has Ⅱ级, row 14
(``2 | 3 | 4``) Ⅰ级 where the truth has Ⅲ级, and rows 13 (``0 | 4 | 5``) and 15 (``0 | 2 | 7``) Ⅱ级
(raw 中) where the truth has Ⅲ级; rows 5, 6, 8 and 10, whose most votes stand under 高, came out
right by chance (row 8, ``5 | 3 | 1``, has a number in all three columns and was still read 高).
No issue was raised for any of it (issues.csv holds only TABLE_NO_TYPE): three numbers a row under
the grades were taken for a tick without a word, and the ``注：`` line (``…以得票最多的等次（高、中、
低）确定。``) was not read. Kind: vote counts under ``高 | 中 | 低`` are read as a tick grid, the first
column with any count taken as the grade, so a point gets 高 whenever anyone voted 高 and the grade
the most votes went to is never found.

Unscored besides: the other issues are info only (TABLE_NO_TYPE).

Not generalised in the stop that measured it (left for the next): a level decided by the votes for
each grade, numbers in every grade's column, the largest count winning.

Generalised after this measurement: votes under the level words give the grade with the most
(tests/test_level_columns.py). Read 1.00 since.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch570 import (
    GRADES,
    HIGHS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    VOTED,
    VOTERS,
    build,
    vote_level,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(570, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"chenduo_organization_dept_vote_grades"}
TYPED = {
    "chenduo_united_front_dept_posts",
    "chenduo_establishment_office_list",
    "chenduo_inspection_office_register",
}
NOBODY = {"chenduo_united_front_dept_posts"}


def test_batch570_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=567, unit_words=("称多县",), new_people=True)


def test_batch570_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch570_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch570_every_unit_is_of_chenduo():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all("称多县" in u for u in units)


def test_batch570_votes_give_the_level():
    name = "chenduo_organization_dept_vote_grades"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head][5:8] == ["评议得票（票）"] * 3
    assert rows[head + 1][5:8] == ["高", "中", "低"]
    assert "风险等级" not in rows[head] and "风险等级" not in rows[head + 1]
    table = BATCH.table(name)
    got = []
    for row in table:
        votes = tuple(row[5:8])
        assert all(isinstance(v, int) for v in votes) and sum(votes) == VOTERS, row
        top = max(votes)
        assert votes.count(top) == 1, row  # no ties
        got.append((row[1], row[2], row[3], row[4], votes.index(top) + 1))
    assert got == BATCH.truth_rows(name)
    # every grade wins somewhere, and some winners have only five of the nine votes
    assert {lv for *_, lv in got} == {1, 2, 3}
    assert any(max(row[5:8]) <= 5 for row in table)
    assert [vote_level(v) for *_, points in VOTED for _, v, _ in points] == [g[-1] for g in got]
    # the note says how to read the votes
    assert any(
        isinstance(r[0], str) and r[0].startswith("注：") and "得票最多" in r[0] for r in rows
    )


def test_batch570_plain_tables_by_heading():
    cases = [
        ("chenduo_establishment_office_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("chenduo_inspection_office_register",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("chenduo_united_front_dept_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "chenduo_propaganda_dept_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "部领导") == BATCH.truth_rows(name, "部领导")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "科室") == BATCH.truth_rows(name, "科室")
    # the short 风险点 is the point, the long 风险表现 none
    name = "chenduo_united_front_dept_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}


def test_batch570_group_rows_give_the_department():
    name = "chenduo_affairs_centre_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch570_one_sheet_a_person():
    name = "chenduo_party_school_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在科室", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "chenduo_xiewu_office_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        assert rows[2][0] in ("分管工作", "岗位职责")
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch570_is_read(tmp_path):
    BATCH.is_read(tmp_path)
