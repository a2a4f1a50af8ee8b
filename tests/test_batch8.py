"""The eighth batch of published layouts (tests/published/batch8.py): everyday tables and two
harder ones (``python tests/published/score.py --set batch8``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here.

First measured untuned with main at 6951b25: forms 0.857, recall 0.939, precision 0.939, levels
1.000, noise 1 (7 of 10 layouts perfect; misses in tax_branch_posts, personal_card_blocks and
cdpf_section_rows).

First measured untuned with main at 6951b25: forms 0.857, recall 0.939, precision 0.939, levels
1.000 (7 of 10 layouts perfect). It then taught: a 分局 named in the title is the 科室 of the
rows; a `填报单位(盖章):… 填报日期` line under a table is its sign-off; a personal card of label
blocks (`风险点一 | …`, `风险等级 | 一级 | 防控措施 | …`) with 姓名/职务/科室 above. Now 1.00.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch8 import LAYOUTS, build
from published.checks import Batch

BATCH = Batch(8, LAYOUTS, build)
BY_NAME = BATCH.by_name
HARDER = {"district_tick_levels", "personal_card_blocks"}
NO_HOLDER = {"tax_branch_posts", "soe_handbook_matrix"}  # 对岗不对人: posts only


def test_batch8_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(10, None), harder=HARDER, max_harder=len(HARDER), new_units=False)


def test_batch8_truth_is_self_consistent(tmp_path):
    BATCH.truth_is_self_consistent(
        points=(3, 25),
        nobody=NO_HOLDER,
        known_by=("department", "title"),  # a post: department + title
    )
    for lay in LAYOUTS:
        assert len({f["department"] for f in lay["truth"] if f["department"]}) <= 4, lay["name"]


def test_batch8_levels_and_types():
    BATCH.levels_and_types(typed={"cdc_keshi_check", "school_general_form"})
    assert ["岗位职责", "外部环境"] in [r["types"] for r in BATCH.points("cdc_keshi_check")]


def test_batch8_section_rows_name_the_department():
    lay = BY_NAME["cdpf_section_rows"]
    rows = lay["sheets"][0]["rows"]
    headings = [
        row[0]
        for row in rows
        if row and isinstance(row[0], str) and re.match(r"[一二三]、", row[0])
    ]
    assert [h[2:] for h in headings] == list(dict.fromkeys(f["department"] for f in lay["truth"]))
    points = {r["risk_point"] for r in BATCH.points("cdpf_section_rows")}
    assert not points & set(headings)


def test_batch8_tick_columns_give_the_level():
    rows = BY_NAME["district_tick_levels"]["sheets"][0]["rows"]
    assert rows[2][5:8] == ["高", "中", "低"]
    by_point = {r["risk_point"]: r["level"] for r in BATCH.points("district_tick_levels")}
    for row in rows[3:]:
        if len(row) > 4 and row[4] in by_point:
            ticks = row[5:8]
            assert ticks.count("√") == 1 and ticks.index("√") + 1 == by_point[row[4]]


def test_batch8_personal_forms_are_one_form():
    for name in ("kindergarten_self_check", "school_general_form", "personal_card_blocks"):
        assert len(BY_NAME[name]["truth"]) == 1, name
    card = BY_NAME["personal_card_blocks"]
    labels = [row[0] for row in card["sheets"][0]["rows"] if row and row[0]]
    assert sum(1 for x in labels if str(x).startswith("风险点")) == len(
        BATCH.points("personal_card_blocks")
    )
    short = {r["risk_point"] for r in BATCH.points("kindergarten_self_check")}
    descs = {
        row[2] for row in BY_NAME["kindergarten_self_check"]["sheets"][0]["rows"] if len(row) > 2
    }
    assert not short & descs  # 具体表现 is not the point


def test_batch8_posts_without_holders():
    soe = BY_NAME["soe_handbook_matrix"]["truth"]
    assert [f["title"] for f in soe].count("部门经理") == 3  # one title in three 部门: three posts
    assert {f["department"] for f in BY_NAME["tax_branch_posts"]["truth"]} == {"第一税务分局"}


def test_eighth_batch_builds(tmp_path):
    inbox = build(tmp_path)
    assert (inbox / "truth.json").is_file()


def test_eighth_batch_is_read(tmp_path):
    BATCH.is_read(tmp_path)
