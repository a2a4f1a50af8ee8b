"""The seven-hundred-and-fifty-second batch of published layouts (tests/published/batch752.py):
seven ordinary files as the education bodies of one city (北票市) really send them — the 教育局's 一览表
in two sheets 局领导/股室 with ``一级/二级/三级``, the 学生资助管理中心's 排查表 对岗不对人 with ``风险点 |
风险表现``, the 教师进修学校's 自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 第一初级中学's 清单 under
group rows with ``一级风险/二级风险/三级风险``, the 实验小学's 防控卡 one sheet a leader with ``★★★/★★/★``,
the 第二高级中学's 一览表 with ``高风险/中风险/低风险``, the 大板镇中心小学's 登记表 — and one harder: the
第三初级中学's 廉政风险点清单 with NO holder and NO level column, and under it a ``风险点分解表`` one row a
holder (``处室 | 岗位 | 姓名 | 一级风险点 | 二级风险点 | 三级风险点``) whose level cells list the NUMBERS of
the list's points (``python tests/published/score.py --set batch752``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at f85d2e0 (/work/snap33; this worktree branched from
dev at 00166be): TOTAL forms=0.848 recall=0.759 precision=0.846 levels=1.000 types=1.000 noise=0
(forms 28/33, points 44/58, precision 44/52, levels 44/44); with --strict the same: TOTAL
forms=0.848 recall=0.759 precision=0.846 levels=1.000 types=1.000 noise=0. The 8 files: eight
.xlsx, no re-saved copies. The seven ordinary layouts read in full (forms, points, levels and
types all 1.00, noise 0).

Missed, all in the harder ``beipiao_no3_middle_school_number_grid.xlsx`` (sheet 风险点清单; forms
0/5, points 0/14, precision 0/8, noise 0): the reader read the list (heading A3, rows 4–11) as one
form with no 科室, post or person (posts.csv F00001, computed_grade C) holding its eight points B4–B11
once each, each with its measures but no level (LEVEL_BLANK errors at B4–B11, risk_level empty),
and set the ``风险点分解表`` under it aside as another table (TABLE_OTHER at A14, ``处室 岗位 姓名
一级风险点 二级风险点 三级风险点 备注``, 5 rows, not read); the ``注：`` line at A20 saying the grid's
numbers are the list's 序号 was not used. The truth has five holders from the grid's rows 15–19 —
校领导 校长 乐正朓岈 (D15 ``1、2`` 一级, E15 ``6、7`` 二级), 校领导 副校长 逄琎岈 (D16 ``2、6`` 一级,
E16 ``1`` 二级), 总务处 主任 乐正翮汀 (D17 ``3`` 一级, E17 ``5、8`` 二级), 总务处 会计 逄翚沚 (E18 ``5``
二级, F18 ``8`` 三级), 政教处 主任 乐正淼珖 (E19 ``4`` 二级, F19 ``1`` 三级) — 14 points in all, point 1
一级 for the 校长, 二级 for the 副校长 and 三级 for the 政教处主任. Kind: a list with neither holder nor
level column whose holders AND levels are given together by a holder × level grid under it (each
level cell listing the list's 序号) is read as one nameless form without levels, the grid dropped as
another table instead of being used to give each numbered point to every holder naming it, at the
level of the column the number stands in.

Unscored besides: the other issues are info only (TABLE_NO_TYPE).

Not generalised in the stop that measured it (left for the next): a ``风险点分解表`` (holders down,
``一级风险点 | 二级风险点 | 三级风险点`` across, cells listing the list's 序号) under a list without holder
and level columns.

Generalised after this measurement: a holder × level grid under (beside, or apart from) a list with no holder or level column, each level cell listing the list's 序号, gives each numbered point to every holder whose row names it at that column's level (HOLDERS_AND_LEVELS_BY_POINT_NUMBERS; tests/test_holders_levels_by_point_numbers.py). Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch752 import (
    GRADES,
    GRID,
    HIGHS,
    LAYOUTS,
    LISTED,
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
BATCH = Batch(752, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"beipiao_no3_middle_school_number_grid"}
TYPED = {
    "beipiao_student_aid_center_posts",
    "beipiao_no2_high_school_list",
    "beipiao_daban_school_register",
}
NOBODY = {"beipiao_student_aid_center_posts"}


def test_batch752_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=751, unit_words=("北票市",), new_people=True)


def test_batch752_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch752_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch752_every_unit_is_of_beipiao():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("北票市") for u in units)


def test_batch752_numbers_in_the_grid_give_holder_and_level():
    name = "beipiao_no3_middle_school_number_grid"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head][:2] == ["序号", "廉政风险点"] and "防控措施" in rows[head]
    listed = [row for row in rows[head + 1 :] if isinstance(row[0], int)]
    assert [(row[1], row[4]) for row in listed] == LISTED
    # the list itself names no holder and no level: the point and measures merged across
    assert all(row[1] == row[2] == row[3] and row[4] == row[5] == row[6] for row in listed)
    g = next(i for i, row in enumerate(rows) if row[:3] == ["处室", "岗位", "姓名"])
    assert rows[g][3:6] == ["一级风险点", "二级风险点", "三级风险点"]
    got, dept = [], None
    for row, (_d, post, who, *_rest) in zip(rows[g + 1 : g + 1 + len(GRID)], GRID, strict=True):
        dept = row[0] or dept
        assert row[1:3] == [post, who]
        for lv, cell in enumerate(row[3:6], 1):
            if cell == NONE:
                continue
            for n in cell.split("、"):
                got.append((dept, post, who, LISTED[int(n) - 1][0], lv))
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    # every listed point has a holder; some are several holders' at different levels
    held = {}
    for _d, _p, _who, point, lv in got:
        held.setdefault(point, set()).add(lv)
    assert set(held) == {p for p, _m in LISTED}
    assert sum(len(lvs) > 1 for lvs in held.values()) >= 2
    assert len(BY_NAME[name]["truth"]) == len(GRID)


def test_batch752_plain_tables_by_heading():
    cases = [
        ("beipiao_no2_high_school_list",
         {"dept": "处室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("beipiao_daban_school_register",
         {"dept": "部门", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("beipiao_student_aid_center_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "beipiao_education_bureau_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "局领导") == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    # the short 风险点 is the point, the long 风险表现 none
    name = "beipiao_student_aid_center_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}


def test_batch752_group_rows_give_the_department():
    name = "beipiao_no1_middle_school_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch752_one_sheet_a_person():
    name = "beipiao_teacher_training_school_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在部门", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "beipiao_experimental_primary_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch752_is_read(tmp_path):
    BATCH.is_read(tmp_path)
