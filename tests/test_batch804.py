"""The eight-hundred-and-fourth batch of published layouts (tests/published/batch804.py): seven
ordinary files as the emergency management bodies of one county (宜阳县) really send them — the
应急管理局's 一览表 in two sheets 局领导/股室 with ``一级/二级/三级``, the 防汛抗旱指挥部办公室's 清单 under
group rows ``一、办公室领导`` … with ``一级风险/二级风险/三级风险``, the 应急救援指挥中心's 防控卡 one sheet a
leader with ``★★★/★★/★``, the 锦屏镇应急管理站's 自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the
三乡镇应急管理站's 一览表 with ``高风险/中风险/低风险``, the 应急物资储备中心's 排查表 对岗不对人 with
``风险点 | 风险表现``, the 化工产业集聚区应急管理办公室's 登记表 — and one harder: the 安全生产执法大队's
廉政风险点清单 keyed by ``适用人员``, three rows of it ``持证执法人员`` — the people of the 大队人员情况
roster under the list who hold a 行政执法证号 (``python tests/published/score.py --set batch804``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 7aa0f28a (/work/snap42; this worktree branched from
dev at a4daf92f): TOTAL forms=0.833 recall=0.750 precision=0.840 levels=1.000 types=1.000 noise=8;
with --strict the same: TOTAL forms=0.833 recall=0.750 precision=0.840 levels=1.000 types=1.000
noise=8 (forms 25/30, points 42/56, precision 42/50, levels 42/42, types 42/42). The 8 files: eight
.xlsx, no re-saved copies. The seven ordinary layouts read in full (forms, points, levels and types
all 1.00, noise 0).

Missed, all in the harder ``yiyang_enforcement_brigade_certified_roster.xlsx`` (sheet 清单; forms
0/5, points 0/14, precision 0/8, noise 8): the reader read rows 4–11 under the heading in row 3 as
an ordinary list and took column B ``适用人员`` as the POST column (COLUMN_GUESSED at B3), with no
holder at all — five post-only forms, ``大队长`` (B4, B5), ``副大队长`` (B6), ``持证执法人员`` (B7–B9,
read as a post of its own, tier 一般岗位), ``内勤`` (B10) and ``协管员`` (B11), eight points with the
right levels — and left the ``大队人员情况`` roster (A14, the heading A15:E15 and the six people
A16:E21) out as ROW_UNPLACED (the eight noise warnings), so neither the post rows nor the
持证执法人员 rows were matched to anyone. The truth has five holders: 大队长 芮翯湉 (C4, C5, C7, C8,
C9), 副大队长 阙珝沄 (C6, C7, C8, C9), 执法队员 阙岷翾 (C7, C8, C9: he holds 证号 41032700127),
内勤 阙淏芃 (C10) and 协管员 芮瀞岍 (C11); the 执法队员 芮琸霂 (证号 ``—``, 待取证) has none. Kind: a
post-only list whose 适用人员 names posts and a group defined by an attribute of the people
(``持证执法人员`` = those with a 行政执法证号 in the roster under the list, per the ``注：`` line) is
read as post-only forms, the group taken for a post, and the roster (ROW_UNPLACED) is not used to
name the holders — not even for the rows that name a plain post.

Unscored besides: the other issues are info only (TABLE_NO_TYPE, COLUMN_GUESSED).

Not generalised in the stop that measured it (left for the next): a 适用人员 list resolved by a
roster under it, and a group of people picked out by a column of that roster (holders of a
行政执法证号, ``—`` for none) cutting across posts.

Generalised after this measurement: an 适用人员 list resolved by a `姓名 | 职务` roster with further columns; `持证执法人员` (and `执法人员`) are the roster people with an enforcement licence number (`HOLDERS_BY_POST_ROSTER`); ID-card and driving-licence columns license no one (`tests/test_holders_by_licence_column.py`). Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch804 import (
    BRIGADE,
    BRIGADE_POINTS,
    CERTIFIED,
    GRADES,
    HIGHS,
    LAYOUTS,
    NO_CERT,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(804, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"yiyang_enforcement_brigade_certified_roster"}
TYPED = {
    "yiyang_sanxiang_station_list",
    "yiyang_reserve_center_posts",
    "yiyang_chemical_park_register",
}
NOBODY = {"yiyang_reserve_center_posts"}


def test_batch804_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=804, unit_words=("宜阳县",), new_people=True)


def test_batch804_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch804_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch804_every_unit_is_of_yiyang():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("宜阳县") for u in units)


def test_batch804_certified_rows_go_to_every_holder_of_a_certificate():
    name = "yiyang_enforcement_brigade_certified_roster"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head][:5] == ["序号", "适用人员", "廉政风险点", "风险等级", "防控措施"]
    table = BATCH.table(name)
    assert len(table) == len(BRIGADE_POINTS) + len(BRIGADE)  # the list and the roster
    points, roster = table[: len(BRIGADE_POINTS)], table[len(BRIGADE_POINTS) :]
    people = [(row[1], row[2], row[3]) for row in roster]
    assert people == [(who, post, cert) for who, post, _tier, cert, _note in BRIGADE]
    got = []
    for row in points:
        if row[1] == CERTIFIED:
            holders = [(post, who) for who, post, cert in people if cert != NO_CERT]
        else:
            holders = [(post, who) for who, post, _cert in people if post == row[1]]
        assert holders, row
        got += [("", post, who, row[2], GRADES[row[3]]) for post, who in holders]
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    # the group cuts across posts: one 执法队员 has a 证号, the other none and no point
    posts = [post for _who, post, _cert in people]
    assert posts.count("执法队员") == 2
    holders = BATCH.holders(name)
    assert "阙岷翾" in holders and "芮琸霂" not in holders
    assert sum(row[1] == CERTIFIED for row in points) == 3
    assert not any(row[1] == CERTIFIED for row in roster)


def test_batch804_plain_tables_by_heading():
    cases = [
        ("yiyang_sanxiang_station_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("yiyang_chemical_park_register",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("yiyang_reserve_center_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "yiyang_emergency_bureau_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "局领导") == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    # the short 风险点 is the point, the long 风险表现 none
    name = "yiyang_reserve_center_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}


def test_batch804_group_rows_give_the_department():
    name = "yiyang_flood_office_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch804_one_sheet_a_person():
    name = "yiyang_jinping_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在部门", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "yiyang_rescue_command_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch804_is_read(tmp_path):
    BATCH.is_read(tmp_path)
