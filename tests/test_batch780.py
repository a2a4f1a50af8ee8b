"""The seven-hundred-and-eightieth batch of published layouts (tests/published/batch780.py): seven
ordinary files as the education bodies of one county (献县, 沧州市) really send them — the 教育局's 一览表
in two sheets 局领导/股室 with ``一级/二级/三级``, the 高级中学's 一览表 with ``…风险`` types and 高/中/低, the
职业技术教育中心's 排查表 对岗不对人 with ``一级风险/…``, the 教研室's 自查表 one sheet a person with
``Ⅰ级/Ⅱ级/Ⅲ级``, the 河城街镇中心校's 清单 under group rows, the 实验小学's 防控卡 one sheet a leader with
``★★★/★★/★``, the 淮镇中心校's 一览表 with ``高风险/中风险/低风险`` — and one harder: the
学生资助管理中心's online questionnaire (问卷星) raw export, one row a respondent, the points the
``┋``-joined options of three multiple-choice questions worded by level
(``python tests/published/score.py --set batch780``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 59199b02 (/work/snap38; this worktree branched from
dev at 5d6d0741): TOTAL forms=0.879 recall=0.772 precision=1.000 levels=1.000 types=1.000 noise=0
(forms 29/33, points 44/57, precision 44/44); with --strict the same: TOTAL forms=0.879
recall=0.772 precision=1.000 levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx, no
re-saved copies. The seven ordinary layouts read in full (forms, points, levels and types all
1.00, noise 0).

Missed, all in the harder ``xianxian_student_aid_center_survey_export.xlsx`` (sheet Sheet1; forms
0/4, points 0/13, precision 0/0, noise 0): the reader found no table in the workbook at all — its
only issue is FILE_NO_FORM (warning, "工作簿中未找到廉政风险识别和防控表(没有“风险点”“风险级别”等表头)"),
posts.csv and risks.csv are empty. The heading row A1:M1 (``序号 | 提交答卷时间 | 所用时间 | 来源 |
来源详情 | 来自IP | 1、您的姓名： | 2、所在单位： | 3、所在科室： | 4、您的岗位： | 5、本岗位的高风险点（一级）：
（多选题） | 6、…中风险点（二级）… | 7、…低风险点（三级）… | 8、主要防控措施：``) was not taken for a heading:
the ``N、…：`` question wording hides 姓名/科室/岗位/风险点/防控措施 from the heading words, so the rows
2–5 were never read; the truth has four respondents, 主任 冼翙岚 (中心领导; K2 two points level 1, L2
one level 2), 股长 邰骃川 (资助管理股; K3 two, L3 one, M3 one), 资助专干 冼璆苒 (资助管理股; K4
``(跳过)``, L4 two, M4 one) and 会计 邰湑宁 (财务室; K5 two, L5 ``(跳过)``, M5 one), 13 points in all,
each the ``┋``-separated option of a K/L/M cell, levelled by the question. Kind: a survey platform's
respondent-per-row export, numbered question headings and ``┋``-joined multiple-choice options under
level-worded questions, is not recognised as a risk table at all, so the whole file is dropped with
FILE_NO_FORM and none of its holders or points is read.

Unscored besides: the ordinary files' other issues are info only (TABLE_NO_TYPE etc.).

Not generalised in the stop that measured it (left for the next): questionnaire exports with
``N、…：`` question headings and platform columns, multiple-choice answers joined by ``┋``, levels
given by the question, ``(跳过)`` cells.

Generalised after this measurement: a survey platform's export (问卷星/腾讯问卷/金数据: numbered question headings, ┋-joined options, (跳过)) is read, one form a respondent, each ticked option a point with the level its question names (SURVEY_EXPORT). Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch780 import (
    GRADES,
    HIGHS,
    JOIN,
    LAYOUTS,
    QUESTIONS,
    RESAVED,
    RESPONDENTS,
    RISKS,
    ROMAN,
    SKIPPED,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(780, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"xianxian_student_aid_center_survey_export"}
TYPED = {
    "xianxian_senior_high_list",
    "xianxian_vocational_center_posts",
    "xianxian_huaizhen_school_list",
}
NOBODY = {"xianxian_vocational_center_posts"}


def test_batch780_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=776, unit_words=("献县",), new_people=True)


def test_batch780_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14), whole_points=False)
    assert RESAVED == ()


def test_batch780_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch780_every_unit_is_of_xianxian():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("献县") for u in units)


def test_batch780_survey_options_give_the_points():
    name = "xianxian_student_aid_center_survey_export"
    rows = BATCH.filled(name)
    head = rows[0]
    assert head[:6] == ["序号", "提交答卷时间", "所用时间", "来源", "来源详情", "来自IP"]
    assert head[6].startswith("1、") and "姓名" in head[6]
    assert head[10:13] == [q for q, _ in QUESTIONS]
    got = []
    for row in rows[1:]:
        who, dept, post = row[6], row[8], row[9]
        for (_q, lv), cell in zip(QUESTIONS, row[10:13], strict=True):
            if cell == SKIPPED:
                continue
            for point in cell.split(JOIN):
                got.append((dept, post, who, point, lv))
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    # several options in one cell, skipped questions, and one option ticked by two respondents
    cells = [c for row in rows[1:] for c in row[10:13]]
    assert sum(JOIN in c for c in cells) >= 4 and cells.count(SKIPPED) >= 2
    points = [p for _d, _p, _w, p, _l in got]
    assert len(set(points)) < len(points)
    assert len(BY_NAME[name]["truth"]) == len(RESPONDENTS)


def test_batch780_plain_tables_by_heading():
    cases = [
        ("xianxian_huaizhen_school_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("xianxian_senior_high_list",
         {"dept": "处室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("xianxian_vocational_center_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "xianxian_education_bureau_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "局领导") == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")


def test_batch780_group_rows_give_the_department():
    name = "xianxian_hechengjie_school_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], GRADES[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch780_one_sheet_a_person():
    name = "xianxian_teaching_research_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在科室", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "xianxian_experimental_school_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch780_is_read(tmp_path):
    BATCH.is_read(tmp_path)
