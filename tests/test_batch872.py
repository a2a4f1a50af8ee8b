"""The eight-hundred-and-seventy-second batch of published layouts (tests/published/batch872.py):
seven ordinary files as the 民政 and 养老 bodies of one county (伊吾县) really send them — the
社会福利中心's 一览表 with ``一级/二级/三级``, the 养老服务中心's 防控卡 one sheet a person with 高/中/低, the
殡葬管理所's 排查表 对岗不对人 with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 社会救助服务中心's 清单 under group rows with
``★★★/★★/★``, the 未成年人救助保护中心's 一览表 in two sheets with ``一级风险/…``, the 社会组织服务中心's
自查表 one sheet a person with ``高风险/中风险/低风险``, the 中心敬老院's 登记表 — and one harder: the
民政局's 排查表 with no level column, each row's level looked up in a ``风险等级判定表`` grid under the
list by its ``风险类型`` (down) and its holder's ``岗位类别`` (across)
(``python tests/published/score.py --set batch872``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 056a2715 (/work/snap54; this worktree branched
from dev at 12989a24): TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.804 types=1.000
noise=0 (forms 31/31, points 51/51, levels 41/51); with --strict the same: TOTAL forms=1.000
recall=1.000 precision=1.000 levels=0.804 types=1.000 noise=0. The 8 files: eight .xlsx, no
re-saved copies. The seven ordinary layouts read in full (forms, points, levels and types all
1.00, noise 0).

Missed, all in the harder ``yiwu_civil_affairs_bureau_level_grid.xlsx`` (sheet 排查表; forms 6/6,
points 10/10, types 10/10, levels 0/10, noise 0): the list A3:H13 was read right — six holders
(局长 阚翯渊, 副局长 甄曦沅, 社会救助股 股长 阚瑱屾, 股员 甄淼翾, 养老服务股 股长 阚璟汭, 计划财务室 会计
甄昉琇), ten points, ``风险类型`` as types, ``岗位类别`` (C3) taken as the tier (COLUMN_GUESSED
``其他``, tier ``领导岗位/中层岗位/一般岗位`` in posts.csv) — but every point came out with NO level
(risk_level blank; LEVEL_BLANK errors at F4–F13, "风险级别未填写"), where the truth has each row's
cell of the ``风险等级判定表`` A16:E21 at (its 风险类型, its 岗位类别): 一级 for the 制度机制风险 of
局长 and of 社会救助股 股长, the 岗位职责风险 and 外部环境风险 of the 领导岗位 (F4, F6, F7, F9); 二级 for
思想道德风险 under 领导岗位 (F5), 业务流程风险 and 外部环境风险 under 中层岗位 (F8, F12), 岗位职责风险 under
一般岗位 (F10); 三级 for 思想道德风险 and 业务流程风险 under 一般岗位 (F11, F13) — 4 一级, 4 二级, 2 三级.
The grid (A16, "风险类型＼岗位类别 领导岗位 中层岗位 一般岗位", 5 rows) was set aside as
TABLE_OTHER ("没有风险点、风险级别等列,不是风险点表") and the ``注：`` line A22 saying levels are looked
up in it was not used. Kind: a list with no level column whose levels stand in a two-way grid
printed under it, keyed by the point's risk type and the holder's post tier (and told so by a
note), is read without levels — the grid is put aside as a table of no points, so no point gets
its level.

Unscored besides: the other issues are info only (COLUMN_GUESSED, TABLE_OTHER, FILE_SKIPPED for
truth.json).

Not generalised in the stop that measured it (left for the next): a level grid of risk types
down by post tiers across under a list that carries both keys on every row.

Generalised after this measurement: a level looked up in a two-way grid under the list (or on another sheet) keyed by two of the row's values, e.g. risk type × post tier (LEVEL_BY_LOOKUP_GRID, LEVEL_LOOKUP_UNMATCHED), tests/test_levels_by_lookup_grid.py. Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch872 import (
    BUREAU,
    GRADES,
    GRID,
    HIGHS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    TIER_ORDER,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(872, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"yiwu_civil_affairs_bureau_level_grid"}
TYPED = {
    "yiwu_civil_affairs_bureau_level_grid",
    "yiwu_funeral_office_posts",
    "yiwu_nursing_home_register",
}
NOBODY = {"yiwu_funeral_office_posts"}


def test_batch872_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=871, unit_words=("伊吾县",), new_people=True)


def test_batch872_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch872_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch872_every_unit_is_of_yiwu():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("伊吾县") for u in units)


def test_batch872_levels_from_the_grid():
    name = "yiwu_civil_affairs_bureau_level_grid"
    rows = BATCH.filled(name)
    head = [i for i, row in enumerate(rows) if row[0] == "风险类型＼岗位类别"]
    assert len(head) == 1
    h = head[0]
    assert rows[h][2:5] == list(TIER_ORDER)
    grid = {row[0]: row[2:5] for row in rows[h + 1 : h + 1 + len(GRID)]}
    assert grid == {typ: list(levels) for typ, levels in GRID.items()}
    table = BATCH.table(name)
    assert len(table) == len(BUREAU)
    got = []
    for row in table:
        dept, tier, post, who, point, typ = row[1:7]
        got.append((dept, post, who, point, GRADES[grid[typ][TIER_ORDER.index(tier)]]))
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    # no level column, and neither key alone gives the level
    assert not any(c in ("风险等级", "等级") for c in rows[BATCH.header(name)])
    by_tier, by_type = {}, {}
    for row in table:
        lv = grid[row[6]][TIER_ORDER.index(row[2])]
        by_tier.setdefault(row[2], set()).add(lv)
        by_type.setdefault(row[6], set()).add(lv)
    assert any(len(v) > 1 for v in by_tier.values()) and any(len(v) > 1 for v in by_type.values())


def test_batch872_plain_tables_by_heading():
    cases = [
        ("yiwu_nursing_home_register",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "风险点"}, "风险类别"),
        ("yiwu_funeral_office_posts", {"dept": "部门", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "yiwu_welfare_center_list"
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name)
    name = "yiwu_minor_protection_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "领导班子") == BATCH.truth_rows(name, "领导班子")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "工作人员") == BATCH.truth_rows(name, "工作人员")


def test_batch872_group_rows_give_the_department():
    name = "yiwu_relief_center_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], STARS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch872_one_sheet_a_person():
    name = "yiwu_social_org_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在科室", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "yiwu_elderly_service_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch872_is_read(tmp_path):
    BATCH.is_read(tmp_path)
