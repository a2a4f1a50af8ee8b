"""The sixth batch of published layouts (tests/published/batch6.py): everyday county tables
and a few harder ones (``python tests/published/score.py --set batch6``).

First measured untuned with main at 5f1ae38: forms 0.725, recall 0.706, precision 0.682,
levels 1.000 (8 of 11 layouts perfect). It then taught: surnames beyond the common list and a
holder heading kept unless its cells are posts, 科室 or bare labels; '蒋文斌(处长)' as holder
and post; a card's 所属科室 / 窗口名称 line; '审核:' under the point column is a sign-off. Now 1.00.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch6 import LAYOUTS, PREFIX, build
from published.checks import Batch

BATCH = Batch(6, LAYOUTS, build)
BY_NAME = BATCH.by_name


def test_batch6_is_apart_from_the_earlier_batches():
    harder = {"post_grade_beside_point_level", "survey_name_and_desc", "water_star_levels"}
    BATCH.is_apart(
        count=(10, None), harder=harder, max_harder=3, one_unit_each=False, new_units=False
    )


def test_batch6_truth_is_self_consistent(tmp_path):
    BATCH.truth_is_self_consistent(
        copies={f"{PREFIX}village_micro_power.xls", f"{PREFIX}soil_window_cards.ods"},
        points=(3, 25),
        tier_none=True,
    )
    for lay in LAYOUTS:
        assert 1 <= len({f["department"] for f in lay["truth"] if f["department"]}) <= 4, lay[
            "name"
        ]


def test_batch6_levels_use_the_whole_scale():
    for lay in LAYOUTS:
        levels = {r["level"] for f in lay["truth"] for r in f["risks"]}
        assert len(levels) >= 2, lay["name"]
    assert {r["level"] for lay in LAYOUTS for f in lay["truth"] for r in f["risks"]} == {1, 2, 3}


def test_batch6_types_only_where_a_type_column_is():
    for lay in LAYOUTS:
        types = [r["types"] for f in lay["truth"] for r in f["risks"]]
        if lay["name"] == "univ_dept_ledger":
            assert all(types), lay["name"]
        else:
            assert not any(types), lay["name"]  # 权力类别, 权力事项, group lines are no types
    univ = [r["types"] for f in BY_NAME["univ_dept_ledger"]["truth"] for r in f["risks"]]
    assert ["思想道德", "外部环境"] in univ  # one cell naming two types is one point
    assert {"业务流程", "外部环境"} <= {t for ts in univ for t in ts}


def test_batch6_holders_follow_the_stated_conventions():
    """Named holders where a 姓名/责任人/人员/岗位人员 column is; none where only posts are."""
    assert all(not f["person"] for f in BY_NAME["soe_manual_matters"]["truth"])
    for name, lay in BY_NAME.items():
        if name != "soe_manual_matters":
            assert all(f["person"] for f in lay["truth"]), name
    leaders = BY_NAME["town_leaders_yigang"]["truth"]
    assert {f["tier"] for f in leaders} == {"leader"}
    assert {f["department"] for f in leaders} == {"领导班子"}
    # `蒋文斌(处长)`: the name is the holder, the bracketed word the post
    land = {(f["person"], f["title"]) for f in BY_NAME["land_chu_name_post_cell"]["truth"]}
    assert ("蒋文斌", "处长") in land
    # 分管领导 (a role) and 监督人 name no holder
    for name in ("district_health_keshi", "soil_window_cards"):
        assert not {f["person"] for f in BY_NAME[name]["truth"]} & {"分管副局长", "局纪检员"}


def test_batch6_harder_levels():
    """Stars with a word are the word's step; a post grade beside point levels is not the level."""
    water = [r["level"] for f in BY_NAME["water_star_levels"]["truth"] for r in f["risks"]]
    assert set(water) == {1, 2, 3}
    lay = BY_NAME["post_grade_beside_point_level"]
    header = next(row for row in lay["sheets"][0]["rows"] if "风险点等级" in row)
    assert "岗位风险等级" in header
    # the 一级 post holds a 中 point, the 三级 post only 低 ones: the point level is read per point
    by_person = {f["person"]: [r["level"] for r in f["risks"]] for f in lay["truth"]}
    assert by_person["井海龙"] == [1, 2, 1] and by_person["巩丽"] == [3, 3]


def test_batch6_group_lines_hold_no_points():
    for name in ("village_micro_power", "soe_manual_matters"):
        points = {r["risk_point"] for f in BY_NAME[name]["truth"] for r in f["risks"]}
        groups = {row[0] for row in BY_NAME[name]["sheets"][0]["rows"]
                  if row and isinstance(row[0], str) and re.match(r"^(第.章|[一二三]、)", row[0])}  # fmt: skip
        assert len(groups) == 3 and not groups & points, name


def test_sixth_batch_is_read(tmp_path):
    BATCH.is_read(tmp_path)
