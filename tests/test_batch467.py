"""The four-hundred-and-sixty-seventh batch of published layouts (tests/published/batch467.py): seven
ordinary files as the 自然资源 bodies of one county (宕昌县) really send them — the 自然资源局's 一览表
with 高/中/低 and short types, the 地质灾害防治中心's 排查表 对岗不对人 with ``风险点 | 风险表现`` and
``Ⅰ级/Ⅱ级/Ⅲ级``, the 土地储备中心's file in two sheets ``中心领导``/``股室`` with ``一级/二级/三级``, the
不动产登记中心's 防控卡 one sheet a holder with ``★★★/★★/★``, the 理川镇自然资源所's 自查表 one sheet a
person with ``高风险/中风险/低风险``, the 南阳镇 one's 责任清单 under group rows ``一、所领导`` … with
``一级风险/二级风险/三级风险``, the 沙湾镇 one's 一览表 with 责任人 on every row — and one harder: the
哈达铺镇自然资源所's 排查表 whose concurrent posts name no holder, only the post whose holder holds
them (``由所长兼任``, ``国土资源管理员兼``) (``python tests/published/score.py --set batch467``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader at 293c6d7 (``/work/snap24``; this
worktree branched from dev at 293c6d7 too): TOTAL forms=1.000 recall=1.000 precision=1.000
levels=1.000 types=1.000 noise=0; with --strict the same: TOTAL forms=1.000 recall=1.000
precision=1.000 levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies. All
eight layouts read in full (25/25 forms, 43/43 points, levels and types all right), the harder
``dangchang_hadapu_office_holder_by_post.xlsx`` too (4/4 forms, 7/7 points): the 责任人 cells
``由所长兼任`` (排查表!C7) and ``国土资源管理员兼`` (C9) were read as 仝翙岍 and 邴湉玥, the holders
named in the 所长 and 国土资源管理员 rows, each concurrent post a form of its own.

No miss by cell. Not scored but seen in the export (``posts.csv``) for the harder file: the unit
is split as ``宕昌县哈达铺镇`` with ``自然资源所`` as its 科室, and the 所长 is tiered ``中层岗位``, where
the truth takes the 所 as a unit of its own and its 所长 as a leader. Kind: a 镇自然资源所 read as a
科室 of its 镇 (unit name and tier, not scored).

Nothing was generalised after this measurement: every layout read in full untuned.

Nothing was generalised after this measurement: every layout read in full untuned; the
is_read test keeps it so.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch467 import (
    GRADES,
    LAYOUTS,
    OFFICE,
    PLACE,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    WORDS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **WORDS}
BATCH = Batch(467, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
BY_POST = "dangchang_hadapu_office_holder_by_post"
HARDER = {BY_POST}
UNTYPED = {
    BY_POST,
    "dangchang_land_reserve_two_sheets",
    "dangchang_registry_cards",
    "dangchang_lichuan_office_selfchecks",
    "dangchang_nanyang_office_group_rows",
}
NOBODY = {"dangchang_geohazard_center_posts"}


def test_batch467_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=467, unit_words=(PLACE,), new_people=True)


def test_batch467_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 10))
    assert RESAVED == ()


def test_batch467_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch467_every_unit_is_of_dangchang():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch467_holder_cells_naming_a_post_are_that_posts_holder():
    assert BATCH.heading(BY_POST) == [
        "序号",
        "岗位",
        "责任人",
        "廉政风险点",
        "风险等级",
        "防控措施",
    ]
    rows = BATCH.table(BY_POST)
    points = BATCH.points(BY_POST)
    assert len(rows) == len(points) == sum(len(p) for *_x, p in OFFICE)
    named = {post: cell for post, cell, who, _t, _p in OFFICE if cell == who}
    posts_by_person = {}
    for post, cell, who, _tier, _pts in OFFICE:
        posts_by_person.setdefault(who, []).append(post)
        if cell != who:
            # the cell names no person, only another post of this file, whose row names the holder
            assert who not in cell and not any(n in cell for n in named.values())
            others = [p for p in named if p in cell]
            assert len(others) == 1 and named[others[0]] == who and others[0] != post
    # two people, four posts, each a form of its own
    assert len(posts_by_person) == 2 and all(len(v) == 2 for v in posts_by_person.values())
    forms = BY_NAME[BY_POST]["truth"]
    assert {(f["title"], f["person"]) for f in forms} == {(p, w) for p, _c, w, _t, _x in OFFICE}
    for row, p in zip(rows, points, strict=True):
        assert row[3] == p["risk_point"] and HML[row[4]] == p["level"] and p["types"] == []


def test_batch467_plain_tables_by_heading():
    cases = [
        ("dangchang_bureau_list",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("dangchang_geohazard_center_posts", {"dept": "股室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("dangchang_shawan_office_list", {"post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "dangchang_geohazard_center_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}
    assert BATCH.holders(name) == {""}
    name = "dangchang_land_reserve_two_sheets"
    got = BATCH.by_heading(name, {"dept": "股室", "post": "岗位", "person": "姓名",
                                  "point": "廉政风险点"}, "股室")  # fmt: skip
    assert got == BATCH.truth_rows(name, "股室")
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉政风险点"}, "中心领导",
                           fixed={"dept": "中心领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "中心领导")


def test_batch467_group_rows_and_one_sheet_a_person():
    name = "dangchang_nanyang_office_group_rows"
    got = []
    for row in BATCH.filled(name):
        if isinstance(row[0], int):
            got.append(("", row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)
    name = "dangchang_registry_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "dangchang_lichuan_office_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "岗　位", "填表时间"]
        assert rows[2][:2] == [f["person"], f["title"]] == [f["sheet"], rows[2][1]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch467_is_read(tmp_path):
    BATCH.is_read(tmp_path)
