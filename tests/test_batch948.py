"""The nine-hundred-and-forty-eighth batch of published layouts (tests/published/batch948.py): seven
ordinary files as the schools and education bodies of one district (堆龙德庆区) really send them —
the 教育局's 一览表 in two sheets 局领导/股室 with ``一级/二级/三级``, the 职业技术学校's 排查表 对岗不对人 with
``风险点 | 风险表现``, the 幼儿园's 防控卡 one sheet a leader with ``★★★/★★/★``, the 教育督导室's 清单 under
group rows ``一、督导室领导`` … with ``一级风险/二级风险/三级风险``, the 第二小学's 自查表 one sheet a person
with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 乃琼镇中心小学's 一览表 with ``高风险/中风险/低风险``, the 古荣乡中心小学's 登记表 —
and one harder: the 第一中学's 一览表 one row a work matter, whose ``各岗位廉政风险点`` is merged over four
holder columns (``校长⏎盛翙岍`` …) each cell of which is that holder's own risk point in the matter
(``/`` where not concerned), one level a matter
(``python tests/published/score.py --set batch948``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 8f90b49d (/work/snap67; this worktree branched from
main at the same commit), after these tests passed: TOTAL forms=1.000 recall=1.000 precision=1.000
levels=1.000 types=1.000 noise=0 (forms 29/29, points 55/55, precision 55/55, levels 55/55, types
55/55); with --strict the same: TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000
types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies. All eight layouts read in full
(forms, points, levels and types all 1.00, noise 0), the seven ordinary ones and the harder one.

Missed: nothing. The harder ``duilong_first_middle_school_points_by_holder_columns.xlsx`` (sheet
一览表) came out as four forms F00007–F00010, 校长 盛翙岍 (3 points), 总务主任 盛玙嵚 (3), 副校长 卫珝峦
(4), 教务主任 卫琤岜 (3), no 科室, each point the holder's own cell (e.g. 校长's D4
``授意食堂从亲属处采购食材，收受供货商好处费``) with its row's level (一级 → 1), the ``/`` cells and the
``工作事项`` cells no points. Kind: none — and the shape was NOT new after all: docs/layouts.md already
knows ``各岗位廉政风险点`` merged over several post columns (it describes the variant where a point
shared by neighbouring posts is one cell merged across their columns, which presupposes one point a
post column); the pre-check searched for the cells' wording (本人列里, 各格写, 一列一人, 自己的风险点 …)
and not for the heading text itself, so it missed that sentence. The new parts here (each column
headed ``岗位⏎姓名``, one row a work matter with one level for every holder's point in it) were read
too.

Unscored besides: only info issues — TABLE_NO_TYPE on the untyped sheets (the harder file's 一览表 A2
among them), GRADE_BLANK on the cards and self-checks (no post grade written; computed), and
FILE_SKIPPED for truth.json; no warnings, no errors.

Not generalised in the stop that measured it (left for the next): nothing from this batch; a later
batch wanting a harder shape in this direction should grep the heading words themselves
(``各岗位廉政风险点``) before the cell words.

Read 1.00 untuned (plain and --strict): its harder shape (各岗位廉政风险点 merged over holder columns, one point a holder a row) was already described; no new shape.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch948 import (
    GRADES,
    HIGHS,
    HOLDERS,
    LAYOUTS,
    MATTERS,
    NONE,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(948, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"duilong_first_middle_school_points_by_holder_columns"}
TYPED = {
    "duilong_vocational_school_posts",
    "duilong_naiqiong_central_primary_list",
    "duilong_gurong_central_primary_register",
}
NOBODY = {"duilong_vocational_school_posts"}


def test_batch948_is_apart_from_the_earlier_batches():
    BATCH.is_apart(
        count=(8, 9), harder=HARDER, sees=946, unit_words=("堆龙德庆区",), new_people=True
    )


def test_batch948_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch948_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch948_every_unit_is_of_duilongdeqing():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("堆龙德庆区") for u in units)


def test_batch948_points_under_holder_columns():
    name = "duilong_first_middle_school_points_by_holder_columns"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    top, names = rows[head], rows[head + 1]
    n = len(HOLDERS)
    # 各岗位廉政风险点 merged over the holder columns; the second heading row names each holder
    assert top[3 : 3 + n] == ["各岗位廉政风险点"] * n and BATCH.merged(name, 0, head, 3, 2 + n)
    assert top[:3] == names[:3] == ["序号", "工作事项", "风险等级"]
    assert names[3 : 3 + n] == [f"{post}\n{who}" for post, who, _ in HOLDERS]
    table = [row for row in rows[head + 2 :] if isinstance(row[0], int)]
    assert [row[0] for row in table] == list(range(1, len(MATTERS) + 1))
    # each holder column read down: that holder's points, each with its row's level
    got = []
    for col in range(3, 3 + n):
        post, who = names[col].split("\n")
        got += [("", post, who, row[col], GRADES[row[2]]) for row in table if row[col] != NONE]
    assert got == BATCH.truth_rows(name)
    # every row names at least two holders' points, every holder several; the matter is no point
    assert all(sum(row[c] != NONE for c in range(3, 3 + n)) >= 2 for row in table)
    assert all(len(f["risks"]) >= 3 for f in BY_NAME[name]["truth"])
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[1] for row in table} and NONE not in points
    # one holder's sentences differ from another's in the same matter
    for row in table:
        said = [row[c] for c in range(3, 3 + n) if row[c] != NONE]
        assert len(set(said)) == len(said), row


def test_batch948_plain_tables_by_heading():
    cases = [
        ("duilong_naiqiong_central_primary_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("duilong_gurong_central_primary_register",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("duilong_vocational_school_posts", {"dept": "处室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "duilong_education_bureau_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "局领导") == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    # the short 风险点 is the point, the long 风险表现 none
    name = "duilong_vocational_school_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}


def test_batch948_group_rows_give_the_department():
    name = "duilong_supervision_office_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch948_one_sheet_a_person():
    name = "duilong_second_primary_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在部门", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "duilong_kindergarten_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch948_is_read(tmp_path):
    BATCH.is_read(tmp_path)
