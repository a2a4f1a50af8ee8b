"""The seven-hundred-and-third batch of published layouts (tests/published/batch703.py): seven
ordinary files as the emergency and fire bodies of one banner (克什克腾旗) really send them — the
应急管理局's 一览表 with ``一级/二级/三级``, the 消防救援大队's 排查表 对岗不对人 with ``…风险`` types and
高/中/低, the 地震局's 防控卡 one sheet a person with ``★★★/★★/★``, the 应急物资储备库's 自查表 with
``Ⅰ级/Ⅱ级/Ⅲ级``, the 森林草原防灭火指挥部办公室's 清单 under group rows with ``高风险/中风险/低风险``, the
安全生产监督执法大队's 登记表, the 应急救援服务中心's 一览表 in two sheets — and one harder: the
应急管理综合行政执法大队's 风险评估表 with two grades of each point, ``固有风险等级`` before the measures and
``剩余风险等级`` after them (``python tests/published/score.py --set batch703``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 7d95214 (/work/snap26; this worktree branched from
dev at 7d95214): TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0
(forms 22/22, points 43/43); with --strict the same: TOTAL forms=1.000 recall=1.000
precision=1.000 levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies.
All eight layouts read in full (forms, points, levels and types all 1.00, noise 0), the harder
one too: in ``keshiketeng_enforcement_residual.xlsx`` (sheet 风险评估表) the reader took the level
from E (``固有风险等级``) and left G (``剩余风险等级``) alone, as the truth has it; so the harder
shape, an inherent and a residual grade of one point side by side with the measures between
them, is in effect already handled (no miss to describe).

Read in full untuned, so nothing was generalised; its reading is asserted since (is_read).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch703 import (
    ENFORCEMENT,
    GRADES,
    HIGHS,
    LAYOUTS,
    RESAVED,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **HIGHS}
BATCH = Batch(703, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"keshiketeng_enforcement_residual"}
TYPED = {"keshiketeng_fire_brigade_posts", "keshiketeng_safety_enforcement_register"}
NOBODY = {"keshiketeng_fire_brigade_posts"}


def test_batch703_is_apart_from_the_earlier_batches():
    BATCH.is_apart(
        count=(8, 9), harder=HARDER, sees=696, unit_words=("克什克腾旗",), new_people=True
    )


def test_batch703_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch703_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch703_every_unit_is_of_keshiketeng():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("克什克腾旗") for u in units)


def test_batch703_the_level_is_the_inherent_one():
    name = "keshiketeng_enforcement_residual"
    heading = BATCH.heading(name)
    assert heading[:7] == [
        "序号",
        "岗位",
        "姓名",
        "廉政风险点",
        "固有风险等级",
        "防控措施",
        "剩余风险等级",
    ]
    table = BATCH.table(name)
    assert len(table) == sum(len(items) for _, _, _, items in ENFORCEMENT)
    got, post, who = [], None, None
    for row in table:
        post, who = row[1] or post, row[2] or who
        got.append(("", post, who, row[3], HML[row[4]]))
        assert HML[row[6]] >= HML[row[4]]  # the residual is never above the inherent
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    assert any(HML[row[6]] != HML[row[4]] for row in table)


def test_batch703_plain_tables_by_heading():
    cases = [
        ("keshiketeng_emergency_bureau_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, None),
        ("keshiketeng_safety_enforcement_register",
         {"dept": "部门", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("keshiketeng_fire_brigade_posts", {"dept": "部门", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "keshiketeng_rescue_center_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "中心领导") == BATCH.truth_rows(name, "中心领导")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "科室") == BATCH.truth_rows(name, "科室")


def test_batch703_group_rows_give_the_department():
    name = "keshiketeng_fireprevention_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], HIGHS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch703_one_sheet_a_person():
    name = "keshiketeng_reserve_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在部门", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
    name = "keshiketeng_earthquake_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch703_is_read(tmp_path):
    BATCH.is_read(tmp_path)
