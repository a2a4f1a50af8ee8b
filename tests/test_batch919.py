"""The nine-hundred-and-nineteenth batch of published layouts (tests/published/batch919.py): seven
ordinary files as the veterans affairs bodies of one county (康马县) really send them — the
退役军人事务局's 一览表 in two sheets 局领导/股室 with ``一级/二级/三级``, the 军供站's 排查表 对岗不对人 with
``风险点 | 风险表现``, the 烈士陵园管理所's 防控卡 one sheet a leader with ``★★★/★★/★``, the
军队离退休干部休养所's 清单 under group rows ``一、所领导`` … with ``一级风险/二级风险/三级风险``, the
南尼乡退役军人服务站's 自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 少岗乡退役军人服务站's 一览表 with
``高风险/中风险/低风险``, the 光荣院's 登记表 — and one harder: the 退役军人服务中心's 一览表 copied from
its 干部花名册 with two post columns ``党内职务 | 行政职务`` side by side, the post being the 行政职务
(``python tests/published/score.py --set batch919``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at c21c0454 (/work/snap62; this worktree branched from
main at 6f807df5; the tests passed before the measurement): TOTAL forms=1.000 recall=1.000
precision=1.000 levels=1.000 types=1.000 noise=0 (forms 31/31, points 52/52, precision 52/52,
levels 52/52, types 52/52); with --strict TOTAL forms=0.839 recall=1.000 precision=1.000
levels=1.000 types=1.000 noise=0 (forms 26/31: only the harder file's forms differ). The 8 files:
eight .xlsx, no re-saved copies. The seven ordinary layouts read in full (forms, points, levels
and types all 1.00, noise 0), --strict too.

Missed, only under --strict, all in the harder ``kangma_service_centre_party_and_admin_posts.xlsx``
(sheet 一览表; forms 5/5 and points 10/10 plain, forms 0/5 with --strict; precision 10/10, levels
10/10, noise 0): the reader took the LEFT post column ``党内职务`` (D) for the 岗位 and the
``行政职务`` (E) for an other column (info COLUMN_GUESSED at E2: “表头“行政职务”所在列按内容判断为“其他”
(已有另一列作为“岗位”)”), so every form has the right unit, 科室, person and points but the party
role as its post: F00018 中心领导 湛翊岚 ``党支部书记`` (tier 领导岗位), F00019 中心领导 苌珩澈 ``组织委员``,
F00020 综合股 湛璟峤 ``纪检委员``, F00021 就业创业股 苌沅嵘 with NO post (the ``/`` of D3 read as none),
F00022 优抚帮扶股 湛岫琮 ``宣传委员`` — the last four with no tier; the truth has the posts of E:
主任, 副主任, 股长, 科员, 科员 (leader, leader, middle, general, general).
Kind: a 干部花名册-style list with a ``党内职务`` column beside a ``行政职务`` column takes the first
职务-like column as the post, so the party-branch role (or ``/``) becomes the post and the job is
set aside as an other column.

Unscored besides: the tiers of F00019–F00022 (blank; truth leader, middle, general, general) and
F00018's tier only by luck (领导岗位 from ``党支部书记``); the other issues are info only
(COLUMN_GUESSED at E2, TABLE_NO_TYPE).

Not generalised in the stop that measured it (left for the next): two post columns ``党内职务 |
行政职务`` (``党组织职务 | 行政职务``, ``党内职务 | 现任职务``) side by side, the post being the
行政职务 and the party role no post, whichever stands left.

Generalised after this measurement: of two post columns side by side, a side role's (党内/党务/兼任/
社会/工会/团内/民兵 职务) set aside for the job's (行政职务/现任职务/职务/岗位), whichever stands left
(POST_NOT_SIDE_ROLE), tests/test_side_role_post_columns.py. Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch919 import (
    GRADES,
    HIGHS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    TWO_POSTS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(919, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"kangma_service_centre_party_and_admin_posts"}
TYPED = {
    "kangma_military_supply_station_posts",
    "kangma_shaogang_station_list",
    "kangma_glory_home_register",
}
NOBODY = {"kangma_military_supply_station_posts"}


def test_batch919_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=891, unit_words=("康马县",), new_people=True)


def test_batch919_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch919_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch919_every_unit_is_of_kangma():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("康马县") for u in units)


def test_batch919_party_and_admin_posts_side_by_side():
    name = "kangma_service_centre_party_and_admin_posts"
    heads = {"dept": "科室", "post": "行政职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name)
    rows = BATCH.filled(name)
    head = BATCH.header(name, first="序号")
    heading = rows[head]
    party, admin = heading.index("党内职务"), heading.index("行政职务")
    assert party + 1 == admin  # the party role stands LEFT of the job
    table = [row for row in rows[head + 1 :] if isinstance(row[0], int)]
    posts = {f["title"] for f in BY_NAME[name]["truth"]}
    # the 党内职务 is never a post of the truth; the 行政职务 always is
    assert not posts & {row[party] for row in table}
    assert {row[admin] for row in table} == posts
    assert "/" in {row[party] for row in table}
    assert len(BY_NAME[name]["truth"]) == len(TWO_POSTS)
    # one form a holder, holding both roles
    assert sorted(f["person"] for f in BY_NAME[name]["truth"]) == sorted(p[1] for p in TWO_POSTS)


def test_batch919_plain_tables_by_heading():
    cases = [
        ("kangma_shaogang_station_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("kangma_glory_home_register",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("kangma_military_supply_station_posts", {"dept": "股室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "kangma_veterans_bureau_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "局领导") == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    # the short 风险点 is the point, the long 风险表现 none
    name = "kangma_military_supply_station_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}


def test_batch919_group_rows_give_the_department():
    name = "kangma_retired_cadres_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch919_one_sheet_a_person():
    name = "kangma_nanni_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在部门", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "kangma_martyrs_cemetery_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch919_is_read(tmp_path):
    BATCH.is_read(tmp_path)
