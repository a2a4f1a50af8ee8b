"""The eight-hundred-and-first batch of published layouts (tests/published/batch801.py): seven
ordinary files as the audit bodies of one county (西峡县) really send them — the 固定资产投资审计中心's
一览表 in two sheets 中心领导/科室 with ``一级/二级/三级``, the 审计信息中心's 排查表 对岗不对人 with
``风险点 | 风险表现``, the 经济责任审计股's 防控卡 one sheet a person with ``★★★/★★/★``, the 财政审计股's
自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 内部审计指导股's 一览表 with ``高风险/中风险/低风险``,
the 经济责任审计中心's 清单 under group rows ``一、中心领导`` … with ``一级风险/二级风险/三级风险``, the
局办公室's 登记表 — and one harder: the 审计局's 岗位廉政风险点防控清单 after a round of 轮岗交流, a
post-only list whose holders stand only in a 轮岗交流登记表 under it (``姓名 | 原股室 | 原岗位 | 现股室 |
现岗位 | 交流时间``), the list's posts held by the people in the 现 columns
(``python tests/published/score.py --set batch801``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 7aa0f28a (/work/snap42; this worktree branched from
dev at 32dc0ddb): TOTAL forms=0.821 recall=0.851 precision=0.851 levels=1.000 types=1.000 noise=0
(forms 23/28, points 40/47); with --strict the same: TOTAL forms=0.821 recall=0.851
precision=0.851 levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies.
The seven ordinary layouts read in full (forms, points, levels and types all 1.00, noise 0).

Missed, all in the harder ``xixia_audit_bureau_rotation_roster.xlsx`` (sheet 防控清单; forms 0/5,
points 0/7, precision 0/7, noise 0): the reader read the list B3:F10 right as a list of posts — its
seven points (B4–F10) each once, with the right 股室, post and level — but with NO holder: five
forms 对岗不对人 (posts.csv F00001 经济责任审计股 股长, B4–B5; F00002 经济责任审计股 审计员, B6;
F00003 财政审计股 股长, B7–B8; F00004 财政审计股 审计员, B9; F00005 法规审理股 审理员, B10; person
empty in each). The 轮岗交流登记表 under it (caption A12, heading A13:G13, rows A14:G18) it
recognised and set aside as a record of staff moves (info POST_MOVES_TABLE at A13, value
``钭蘧衡 股长→股长、昝樾桢 股长→股长、钭缙琏 审理员→审计员、昝璈岳 审计员→审计员、钭翎箬 审计员→审理员``,
the post words only, 股室 dropped), no row of it taken for a point (right), but it did not look the
list's posts up in its ``现股室 | 现岗位`` columns: the truth has 钭蘧衡 (现 经济责任审计股 股长; B4,
B5), 钭缙琏 (经济责任审计股 审计员; B6), 昝樾桢 (财政审计股 股长; B7, B8), 昝璈岳 (财政审计股 审计员;
B9) and 钭翎箬 (法规审理股 审理员; B10), so the 7 points came out under no person and none matched.
Kind: a post-only list whose holders stand only in a person-keyed 轮岗交流登记表 (``姓名 | 原股室 |
原岗位 | 现股室 | 现岗位``) under it is read 对岗不对人, the exchange table taken for a mere record of
moves and never used to name each post's holder by its 现 place.

Unscored besides: the other issues are info only (TABLE_NO_TYPE, POST_MOVES_TABLE).

Not generalised in the stop that measured it (left for the next): a post-only list's holders
looked up in a person-keyed table of moves by its 现股室/现岗位 (the 原 columns history).

Generalised after this measurement: a post-only list's holders come from the 现 places of a staff-moves table under it or on another sheet of the same unit (`HOLDERS_BY_MOVES_TABLE`), a person's latest move counting, two people for one post warned (`ROSTER_POST_SEVERAL_HOLDERS`) (`tests/test_holders_by_moves_table.py`). Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch801 import (
    GRADES,
    HIGHS,
    LAYOUTS,
    MOVES,
    POSTS,
    RESAVED,
    RISKS,
    ROMAN,
    ROTATION_HEAD,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(801, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"xixia_audit_bureau_rotation_roster"}
TYPED = {
    "xixia_audit_information_center_posts",
    "xixia_internal_audit_section_list",
    "xixia_audit_office_register",
}
NOBODY = {"xixia_audit_information_center_posts"}


def test_batch801_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=801, unit_words=("西峡县",), new_people=True)


def test_batch801_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch801_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch801_every_unit_is_of_xixia():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("西峡县") for u in units)


def test_batch801_rotation_roster_gives_the_holders():
    name = "xixia_audit_bureau_rotation_roster"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head][:6] == ["序号", "股室", "岗位", "廉政风险点", "风险等级", "防控措施"]
    # the list names no person: its posts only
    table = rows[head + 1 : head + 1 + len(POSTS)]
    assert [r[0] for r in table] == list(range(1, len(POSTS) + 1))
    people = {who for who, *_ in MOVES}
    assert not {c for r in table for c in r if isinstance(c, str)} & people
    # the exchange table under it, the list's posts held by the 现 columns
    at = next(i for i, r in enumerate(rows) if r[:7] == list(ROTATION_HEAD))
    assert at > head + len(POSTS)
    moves = [tuple(r[1:7]) for r in rows[at + 1 : at + 1 + len(MOVES)]]
    assert moves == MOVES
    now = {(r[3], r[4]): r[0] for r in moves}
    before = {(r[1], r[2]): r[0] for r in moves}
    got = [(r[1], r[2], now[(r[1], r[2])], r[3], HML[r[4]]) for r in table]
    assert got == BATCH.truth_rows(name)
    # every post is one person's old post and another's new one: the 原 columns give none right
    assert set(now) == set(before)
    assert all(now[k] != before[k] for k in now)
    assert len(BY_NAME[name]["truth"]) == len(MOVES)


def test_batch801_plain_tables_by_heading():
    cases = [
        ("xixia_internal_audit_section_list",
         {"post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("xixia_audit_office_register", {"post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("xixia_audit_information_center_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "xixia_investment_audit_center_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "中心领导") == BATCH.truth_rows(name, "中心领导")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "科室") == BATCH.truth_rows(name, "科室")
    # the short 风险点 is the point, the long 风险表现 none
    name = "xixia_audit_information_center_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}


def test_batch801_group_rows_give_the_department():
    name = "xixia_economic_audit_center_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch801_one_sheet_a_person():
    name = "xixia_fiscal_audit_section_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在股室", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "xixia_economic_responsibility_section_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch801_is_read(tmp_path):
    BATCH.is_read(tmp_path)
