"""The four-hundred-and-seventy-fourth batch of published layouts (tests/published/batch474.py):
seven ordinary files as the 教育 bodies of one county (秦安县) really send them — the 第一中学's 一览表
with 高/中/低 and short types, the 职业中等专业学校's 排查表 对岗不对人 with ``风险点 | 风险表现`` and
``Ⅰ级/Ⅱ级/Ⅲ级``, the 教育资金管理中心's file in two sheets ``中心领导``/``科室`` with ``一级/二级/三级``, the
兴国镇中心小学's 防控卡 one sheet a holder with ``★★★/★★/★``, the 莲花镇 one's 自查表 one sheet a person
with ``高风险/中风险/低风险``, the 郭嘉镇 one's 责任清单 under group rows ``一、学校领导`` … with
``一级风险/二级风险/三级风险``, the 陇城镇 one's 一览表 with 责任人 on every row — and one harder: the
教育局's 分级表, a cross table of level by holder (one column a holder under 股室/岗位/姓名 heading
rows, one row a level, each cell the holder's numbered points of that level)
(``python tests/published/score.py --set batch474``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader at 1c2959f (``/work/snap25``; this
worktree branched from dev at 1c2959f too): TOTAL forms=0.800 recall=0.750 precision=1.000
levels=1.000 types=1.000 noise=0; with --strict the same: TOTAL forms=0.800 recall=0.750
precision=1.000 levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies. The
seven ordinary layouts read in full (16/16 forms, 30/30 points, levels and types all right). The
harder ``qinan_bureau_level_post_grid.xlsx`` (sheet 分级表; title row 1, heading rows 2–4 under the
corner A2 ``岗位⏎风险等级``, level rows 5–7, holders in columns B–E) was skipped whole: 0/4 forms,
0/10 points, one ``FILE_NO_FORM`` warning (no ``风险点``/``风险级别`` heading found). Every point was
missed:

- B5 ``1.重大教育项目安排不经党组集体研究⏎2.校长任用由个人说了算`` (局领导, 局长 綦翀骞, both level 1)
  and B6 ``1.教育经费追加审批把关不严`` (level 2): not read;
- C5 ``1.校舍维修工程指定施工单位`` (局领导, 副局长 笪珵頔, 1) and C7 ``1.下校检查接受学校宴请`` (3): not read;
- D5 ``1.教师招聘资格审查优亲厚友`` (人事股, 股长 眭曈溦, 1) and D6 ``1.教师调动审核不按条件⏎2.职称评审
  材料审核走过场`` (both 2): not read;
- E6 ``1.学校经费拨付厚此薄彼`` (计划财务股, 股长 郏炘玹, 2) and E7 ``1.教育附加费使用台账登记不全`` (3):
  not read.

Kind: a cross table of level by holder — no heading naming a point or a level column, the holders
stacked in three heading rows across the top and the levels down column A under a diagonal
corner — is not recognised as a table at all, so the whole file is skipped (no wrong reading,
nothing read).

Generalised after this measurement: a cross table of level by holder (levels down the first column
or two in any configured word, the holders' 科室 / post / name heading rows across, in any order, or
'岗位（姓名）' in one cell, a diagonal corner or none) is read as one form a column, each numbered line of
a cell a point at its row's level (locate._transposed extended; info GRID_HOLDERS where the heading
rows say no 科室/岗位/姓名; tests/test_holders_across_levels_down.py). The transposed case (holders down,
levels across) is not read (as before).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch474 import (
    CORNER,
    GRADES,
    GRID,
    LAYOUTS,
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
BATCH = Batch(474, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
GRID_NAME = "qinan_bureau_level_post_grid"
HARDER = {GRID_NAME}
UNTYPED = {
    GRID_NAME,
    "qinan_fund_center_two_sheets",
    "qinan_xingguo_school_cards",
    "qinan_lianhua_school_selfchecks",
    "qinan_guojia_school_group_rows",
}
NOBODY = {"qinan_vocational_posts"}


def test_batch474_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=470, unit_words=(PLACE,), new_people=True)


def test_batch474_truth_is_self_consistent():
    # the grid's points are numbered lines of its cells, not whole cells
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 10), whole_points=False)
    assert RESAVED == ()


def test_batch474_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch474_every_unit_is_of_qinan():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch474_grid_gives_holder_by_column_and_level_by_row():
    rows = BATCH.filled(GRID_NAME)
    assert rows[1][0] == CORNER
    assert rows[1][1:] == ["局领导", "局领导", "人事股", "计划财务股"]
    assert rows[2][1:] == [g[1] for g in GRID] and rows[3][1:] == [g[2] for g in GRID]
    got = []
    for c, (dept, post, who, _tier, _by) in enumerate(GRID, 1):
        for row in rows[4:7]:
            assert row[0] in RISKS
            cell = row[c]
            if cell is None:
                continue
            for i, line in enumerate(cell.split("\n"), 1):
                assert line.startswith(f"{i}.")
                got.append((dept, post, who, line[len(f"{i}.") :], RISKS[row[0]]))
    assert got == BATCH.truth_rows(GRID_NAME)
    assert any(row[c] is None for row in rows[4:7] for c in range(1, 5))


def test_batch474_plain_tables_by_heading():
    cases = [
        ("qinan_first_middle_list",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("qinan_vocational_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("qinan_longcheng_school_list", {"post": "岗位", "person": "责任人", "point": "廉政风险点"},
         "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    assert BATCH.holders("qinan_vocational_posts") == {""}
    name = "qinan_fund_center_two_sheets"
    got = BATCH.by_heading(name, {"dept": "科室", "post": "岗位", "person": "姓名",
                                  "point": "廉政风险点"}, "科室")  # fmt: skip
    assert got == BATCH.truth_rows(name, "科室")
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉政风险点"}, "中心领导",
                           fixed={"dept": "中心领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "中心领导")


def test_batch474_group_rows_and_one_sheet_a_person():
    name = "qinan_guojia_school_group_rows"
    got = []
    for row in BATCH.filled(name):
        if isinstance(row[0], int):
            got.append(("", row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)
    name = "qinan_xingguo_school_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "qinan_lianhua_school_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "岗　位", "填表时间"]
        assert rows[2][:2] == [f["person"], f["title"]] == [f["sheet"], rows[2][1]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch474_is_read(tmp_path):
    BATCH.is_read(tmp_path)
