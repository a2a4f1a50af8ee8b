"""The six-hundred-and-thirty-fourth batch of published layouts (tests/published/batch634.py): seven
ordinary files as the rural finance bodies of one county (固阳县) really send them — the 农商银行金山支行's
一览表 in two sheets 行领导/部室 with ``一级/二级/三级``, the 下湿壕信用社's 排查表 对岗不对人 with ``风险点 |
风险表现``, the 兴顺西镇普惠金融服务站's 自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 融资担保有限公司's
清单 under group rows ``一、公司领导`` … with ``一级风险/二级风险/三级风险``, the 怀朔支行's 防控卡 one sheet a
leader with ``★★★/★★/★``, the 西斗铺信用社's 一览表 with ``高风险/中风险/低风险``, the 银号支行's 登记表 —
and one harder: the 农村信用合作联社's 岗位廉政风险点一览表 with no level column, the levels only in a
``注：`` line naming the rows by 序号 (``序号1—3、7、10为一级风险点，序号4、5、8、11为二级风险点，其余为三级
风险点``) (``python tests/published/score.py --set batch634``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 9d47785 (/work/snap16; this worktree branched from
dev at the same commit): TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.789 types=1.000
noise=0 (forms 32/32, points 57/57, levels 45/57); with --strict the same: TOTAL forms=1.000
recall=1.000 precision=1.000 levels=0.789 types=1.000 noise=0. The 8 files: eight .xlsx, no
re-saved copies. The seven ordinary layouts read in full (forms, points, levels and types all 1.00,
noise 0).

Missed, all in the harder ``guyang_credit_union_levels_by_note.xlsx`` (sheet 一览表; forms 6/6, points
12/12, precision 12/12, levels 0/12, noise 0): the reader read the list itself right (部门, 岗位 and
姓名 merged down, the six holders and their twelve points E4–E15) and did not take the merged
``注：`` line (A16) for a point, but left every row's level blank (risk_level empty; LEVEL_BLANK
errors at E4–E15), where the truth has the levels the note gives by 序号: 一级 for 序号 1, 2, 3, 7,
10 (E4, E5, E6, E10, E13), 二级 for 4, 5, 8, 11 (E7, E8, E11, E14), 三级 for the rest (``其余``:
6, 9, 12 — E9, E12, E15). Kind: a list with no level column whose levels are assigned in a note
under the table by naming the rows' 序号 (ranges ``1—3``, lists ``、``, and ``其余``) is read with no
levels at all, the note being passed over.

Unscored besides: the other issues are info only (TABLE_NO_TYPE).

Not generalised in the stop that measured it (left for the next): levels given by a note that
names the rows' 序号 per grade (ranges, lists, ``其余``).

Generalised after this measurement: a note giving levels by `序号` (`序号1—3、7、10为一级风险点，序号4、5、8、11为二级风险点，其余为三级风险点`) is read as the `第…项` notes are (`LEVEL_BY_NUMBER`; `tests/test_columns.py::test_levels_given_by_the_rows_xuhao_in_a_note`). Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch634 import (
    FIRST,
    GRADES,
    HIGHS,
    LAYOUTS,
    NOTE_LEVELS,
    RESAVED,
    RISKS,
    ROMAN,
    SECOND,
    STARS,
    build,
    union_level,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(634, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"guyang_credit_union_levels_by_note"}
TYPED = {
    "guyang_xiashihao_credit_coop_posts",
    "guyang_xidoupu_credit_coop_list",
    "guyang_yinhao_branch_register",
}
NOBODY = {"guyang_xiashihao_credit_coop_posts"}


def test_batch634_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=632, unit_words=("固阳县",), new_people=True)


def test_batch634_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch634_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch634_every_unit_is_of_guyang():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("固阳县") for u in units)


def _numbers(text: str) -> set[int]:
    """The 序号 a clause of the note names: ``1—3、7、10`` is {1, 2, 3, 7, 10}."""
    got: set[int] = set()
    for part in text.split("、"):
        lo, _, hi = part.partition("—")
        got |= set(range(int(lo), int(hi or lo) + 1))
    return got


def test_batch634_levels_by_the_note():
    name = "guyang_credit_union_levels_by_note"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head] == ["序号", "部门", "岗位", "姓名", "廉政风险点", "防控措施"]
    assert not any("级" in str(c) for c in rows[head])  # no level column
    assert any(row[0] == NOTE_LEVELS for row in rows)
    first = re.search(r"序号([\d—、]+)为一级", NOTE_LEVELS).group(1)
    second = re.search(r"序号([\d—、]+)为二级", NOTE_LEVELS).group(1)
    assert _numbers(first) == FIRST and _numbers(second) == SECOND
    assert "其余为三级" in NOTE_LEVELS
    table = BATCH.table(name)
    numbers = [row[0] for row in table]
    assert numbers == list(range(1, len(table) + 1))
    levels = [union_level(n) for n in numbers]
    assert {1, 2, 3} <= set(levels) and levels.count(3) >= 2
    got = [(row[1], row[2], row[3], row[4], union_level(row[0])) for row in table]
    assert got == BATCH.truth_rows(name)


def test_batch634_plain_tables_by_heading():
    cases = [
        ("guyang_xidoupu_credit_coop_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("guyang_yinhao_branch_register",
         {"dept": "部室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("guyang_xiashihao_credit_coop_posts", {"dept": "部门", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "guyang_jinshan_branch_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "行领导") == BATCH.truth_rows(name, "行领导")
    heads = {"dept": "部室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "部室") == BATCH.truth_rows(name, "部室")
    # the short 风险点 is the point, the long 风险表现 none
    name = "guyang_xiashihao_credit_coop_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}


def test_batch634_group_rows_give_the_department():
    name = "guyang_guarantee_company_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch634_one_sheet_a_person():
    name = "guyang_xingshunxi_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在部门", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "guyang_huaishuo_branch_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch634_is_read(tmp_path):
    BATCH.is_read(tmp_path)
