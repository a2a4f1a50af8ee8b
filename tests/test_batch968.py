"""The nine-hundred-and-sixty-eighth batch of published layouts (tests/published/batch968.py): seven
ordinary files as the 卫生健康 bodies of one county (类乌齐县) really send them — the 卫生健康委员会's
一览表 with ``…风险`` types and 高/中/低, the 疾病预防控制中心's 一览表 in two sheets 班子成员/科室 with
``一级/二级/三级``, the 藏医院's 防控卡 one sheet a person with ``★★★/★★/★``, the
妇幼保健计划生育服务中心's 清单 under group rows ``一、中心领导`` … with ``一级风险/二级风险/三级风险``,
the 卫生健康综合监督执法大队's 自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 桑多镇卫生院's 排查表
对岗不对人 with ``风险点 | 风险表现`` and ``高风险/中风险/低风险``, the 甲桑卡乡卫生院's 一览表 — and one
harder: the 人民医院's 明细表 with no level column, its levels standing only in a second sheet
``分级汇总表``, a 科室 × ``一级风险点 | 二级风险点 | 三级风险点`` grid whose cells number each 科室's
points of the level word for word (``python tests/published/score.py --set batch968``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 75a5b46d (this worktree branched from that commit and
changes nothing under xlproc/), after these tests passed: TOTAL forms=1.000 recall=1.000
precision=0.841 levels=0.811 types=1.000 noise=0 (forms 30/30, points 53/53, precision 53/63,
levels 43/53, types 53/53); with --strict the same: TOTAL forms=1.000 recall=1.000 precision=0.841
levels=0.811 types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies. The seven ordinary
layouts read in full (forms, points, levels and types all 1.00, noise 0; --strict too).

Missed, all in the harder ``leiwuqi_hospital_levels_in_summary_grid.xlsx`` (forms 5/5, points
10/10, precision 10/20, levels 0/10, types 10/10, noise 0): every point of the 明细表 came out with
NO level (LEVEL_BLANK at 明细表!E3–E12, raw level blank), though the ``分级汇总表`` grades each: F00001
院领导 院长 独孤瑷岚 ``药品、耗材遴选进院个人说了算`` and ``大型医疗设备采购设置倾向性参数、指定品牌`` (truth
一级 both: 分级汇总表!C3), F00002 药剂科 科主任 纳兰琬峤 ``药品采购中收受医药代表回扣`` (truth 一级: C4) and
``药品验收入库把关不严、以次充好`` (truth 二级: D4), F00003 设备科 科长 独孤泓翊
``医疗设备维修配件虚报数量、与维修商串通`` (truth 二级: D5) and ``报废设备处置不公开、低价处理`` (truth 三级:
E5), F00004 内科 科主任 纳兰霂澄 ``介入耗材使用中收受供应商好处`` (truth 一级: C6) and ``开具大处方、过度检查``
(truth 二级: D6), F00005 财务科 收费员 独孤珏岫 ``收取现金不开票据、截留挪用`` (truth 二级: D7) and
``违规为熟人减免医疗费用`` (truth 三级: E7); the five posts graded C (``风险分值0 → C``). The summary grid
itself was read as a list of its own by its level columns (LEVEL_COLUMNS at 分级汇总表!C2, "各级别各占
一列…每格中的内容已按该列的级别读作风险点"): five more forms F00006–F00010 with no post and no holder,
one a 科室 (院领导, 药剂科, 设备科, 内科, 财务科, rows 3–7), each holding its 科室's two points word for word
with the right level (Ⅰ级/Ⅱ级/Ⅲ级 by the column) — ten points the truth does not have (precision
10/20), graded A or B, and ten MEASURES_BLANK warnings at their cells (C3 … E7). The ``合计`` row
(``4项 | 4项 | 2项``) and the date line under it were passed over rightly; forms, holders, 科室, posts,
points and measures of the 明细表 all right.
Kind: a list with no level column whose levels stand only in a SUMMARY GRID on another sheet
(科室 down, ``一级风险点 | 二级风险点 | 三级风险点`` across, each cell numbering several of that 科室's
points word for word, naming no holder, no post, no measure; a ``注：`` line under the list
pointing to it) is not joined: the grid is read as a second, nameless list (its points doubled as
科室 forms, its levels kept there), and the named holders' points are left without a level.

Unscored besides: the ten LEVEL_BLANK errors and ten MEASURES_BLANK warnings of the harder file
(above); the other issues are info only (LEVEL_COLUMNS for the grid, TABLE_NO_TYPE, GRADE_BLANK,
FILE_SKIPPED for truth.json).

Not generalised in the stop that measured it (left for the next): levels given to a list with no
level column by a 科室 × 等级 summary grid on another sheet whose cells list the list's points by
their words (by 科室 and words, the numbering ``1.`` and spaces aside), the grid then no forms of
its own.

Generalised after this measurement: a list with no level column beside a summary grid on another
sheet (科室 or 岗位 down, the levels across — 一级/二级/三级风险点, 高/中/低风险点 —, each cell listing
the row's points word for word, numbered or parted by '；', naming no holder and no measure; nearly
all its items the list's unlevelled points under the same 科室 or post): each point the level of
the column its cell sits in, by 科室 and words (numbering, spaces and punctuation aside), the grid
no forms of its own (LEVELS_BY_SUMMARY_GRID; a point in no cell SUMMARY_GRID_POINT_MISSING, in
cells of two levels SUMMARY_GRID_POINT_TWICE, a grid item no list row has
SUMMARY_GRID_POINT_UNLISTED), tests/test_levels_by_summary_grid.py. Read 1.00 since (forms 30/30,
points 53/53, precision 53/53, levels 53/53, types 53/53, noise 0), --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch968 import (
    BY_SUMMARY,
    GRADES,
    HIGHS,
    LAYOUTS,
    NONE,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    SUMMARY_HEADS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(968, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"leiwuqi_hospital_levels_in_summary_grid"}
TYPED = {
    "leiwuqi_health_commission_list",
    "leiwuqi_sangduo_clinic_posts",
    "leiwuqi_jiasangka_clinic_list",
}
NOBODY = {"leiwuqi_sangduo_clinic_posts"}


def test_batch968_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=956, unit_words=("类乌齐县",), new_people=True)


def test_batch968_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch968_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch968_every_unit_is_of_leiwuqi():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("类乌齐县") for u in units)


def test_batch968_people_are_of_two_rare_surnames():
    people = {f["person"] for lay in LAYOUTS for f in lay["truth"]} - {""}
    assert people and all(p[:2] in ("独孤", "纳兰") and len(p) == 4 for p in people)
    assert {p[:2] for p in people} == {"独孤", "纳兰"}


def test_batch968_levels_stand_only_in_the_summary_grid():
    name = "leiwuqi_hospital_levels_in_summary_grid"
    rows = BATCH.filled(name, "明细表")
    head = BATCH.header(name, "明细表")
    assert rows[head] == ["序号", "科室", "岗位", "姓名", "廉洁风险点", "防控措施"]
    # no level column, and no level word in any cell of the detail sheet
    assert not any(c in LEVELS for row in rows for c in row)
    notes = [row[0] for row in rows if isinstance(row[0], str) and row[0].startswith("注：")]
    assert len(notes) == 1 and "分级汇总表" in notes[0] and "风险等级" in notes[0]
    table = [row for row in rows[head + 1 :] if isinstance(row[0], int)]
    assert [row[0] for row in table] == list(range(1, len(table) + 1))
    # the summary grid: one row a 科室, each cell numbering that 科室's points of the level
    grid = BATCH.filled(name, "分级汇总表")
    ghead = BATCH.header(name, "分级汇总表")
    assert grid[ghead] == ["序号", "科室", *SUMMARY_HEADS]
    level_of: dict[tuple[str, str], int] = {}
    for row in grid[ghead + 1 :]:
        if not isinstance(row[0], int):
            continue
        for col, lv in zip(row[2:5], SUMMARY_HEADS.values(), strict=True):
            if col == NONE:
                continue
            lines = col.split("\n")
            assert [re.match(r"(\d+)\.", x).group(1) for x in lines] == [
                str(i) for i in range(1, len(lines) + 1)
            ]
            for x in lines:
                key = (row[1], x.split(".", 1)[1])
                assert key not in level_of, key
                level_of[key] = lv
    got = [(row[1], row[2], row[3], row[4], level_of[(row[1], row[4])]) for row in table]
    assert got == BATCH.truth_rows(name)
    # every detail point stands once in the grid, the grid holds no other, all three levels used
    assert len(level_of) == len(table)
    assert set(level_of.values()) == {1, 2, 3}
    # the 合计 row counts them
    total = next(row for row in grid if row[0] == "合计")
    counts = [sum(1 for v in level_of.values() if v == lv) for lv in (1, 2, 3)]
    assert total[2:5] == [f"{c}项" for c in counts]
    # the summary names no holder and no post; its cells are no points of their own
    people = {f["person"] for f in BY_NAME[name]["truth"]}
    posts = {f["title"] for f in BY_NAME[name]["truth"]}
    flat = "".join(str(c) for row in grid for c in row if c is not None)
    assert not any(p in flat for p in people | posts)
    assert all(f["sheet"] == "明细表" for f in BY_NAME[name]["truth"])
    assert len(BY_NAME[name]["truth"]) == len(BY_SUMMARY)
    assert all(not r["types"] for r in BATCH.points(name))


def test_batch968_plain_tables_by_heading():
    cases = [
        ("leiwuqi_health_commission_list",
         {"dept": "股室", "post": "职务", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("leiwuqi_jiasangka_clinic_list", {"post": "岗位", "person": "责任人", "point": "廉政风险点"},
         "风险类别"),
        ("leiwuqi_sangduo_clinic_posts", {"post": "岗位", "point": "风险点"}, "风险类别"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "leiwuqi_cdc_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "班子成员") == BATCH.truth_rows(name, "班子成员")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "科室") == BATCH.truth_rows(name, "科室")
    # the short 风险点 is the point, the long 风险表现 none
    name = "leiwuqi_sangduo_clinic_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[3] for row in BATCH.table(name)}


def test_batch968_group_rows_give_the_department():
    name = "leiwuqi_maternal_center_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch968_one_sheet_a_person():
    name = "leiwuqi_health_enforcement_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在中队", "职　务", "自查时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "leiwuqi_tibetan_hospital_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch968_is_read(tmp_path):
    BATCH.is_read(tmp_path)
