"""A list with no level column whose note says each point takes its department's grade, and a
grading of the departments as a whole that gives it: a small table under the list (``科室 | 风险
等级`` one a row, or ``等级 | 科室、科室``), on another sheet, or the note's own ``党组领导、财务股为
一级；…``. Each point takes its 科室's grade (LEVEL_BY_DEPT_GRADING, one info naming the grading);
a 科室 of the list the grading leaves out keeps its blank level, said by a warning naming it; a
graded 科室 the list lacks is said as info; a level written in the list stands, said where it
differs from its 科室's grade. The grading of POSTS (LEVEL_BY_POST_GRADING) is the same step
widened to 科室, and reads as before.

Not the published batch's (a 市场监督管理局's 一览表 with ``一级 | 局领导、稽查执法股`` under it): a
county's 卫生健康局 and a 人民法院, other 科室, posts, names and level words (高/中/低风险, Ⅰ级/Ⅱ级),
written with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file. The
near-misses an ordinary file has — a 科室 contact table (``科室 | 联系电话``) under a list, a grading
with no note that points take it — read as before.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, sheets: dict[str, list[list]], merges: dict[str, list[str]]):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", sheets, merges)
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["department"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def said(got, code: str) -> list[str]:
    return list(got.issues[got.issues["code"] == code]["value"])


TITLE = ["XX县卫生健康局廉政风险防控一览表"]
HEAD = ["序号", "科室", "岗位", "姓名", "风险点", "防控措施"]
LIST = [
    [1, "党组领导", "局长", "亓雯昉", "重大事项决策不民主", "落实“三重一大”集体决策。"],
    [2, "党组领导", "副局长", "郈霁岚", "分管领域项目审批打招呼", "审批全程留痕，纪检组监督。"],
    [3, "医政医管股", "股长", "亓沛曦", "医疗机构校验放宽标准", "校验双人现场核查。"],
    [4, "财务股", "会计", "郈湘苓", "专项资金拨付不按进度", "拨付凭进度单，按月对账。"],
    [5, "办公室", "文秘", "亓柠澜", "公务接待超标准", "接待清单公示。"],
]  # fmt: skip
NOTE = ["注：风险点等级与所在科室的风险等级一致，不再逐项评定。"]
LEVELS = {"亓雯昉": "Ⅰ级", "郈霁岚": "Ⅰ级", "亓沛曦": "Ⅱ级", "郈湘苓": "Ⅰ级", "亓柠澜": "Ⅲ级"}


def levelled(levels: dict[str, str], rows=LIST) -> list[tuple[str, str, str, str]]:
    return sorted((r[1], r[3], r[4], levels[r[3]]) for r in rows)


def test_a_department_a_row_under_the_list_level_after_it(tmp_path):
    # '科室 | 风险等级' one 科室 a row (a 序号 before it), 高/中/低风险, the note over the list
    rows = [TITLE, NOTE, HEAD, *LIST, [],
            ["科室风险等级划分"],
            ["序号", "科室", "风险等级"],
            [1, "党组领导", "高风险"],
            [2, "财务股", "高风险"],
            [3, "医政医管股", "中风险"],
            [4, "办公室", "低风险"]]  # fmt: skip
    got = run(tmp_path, {"一览表": rows}, {"一览表": ["A1:F1", "A2:F2"]})
    assert read(got) == levelled(LEVELS)
    info = said(got, "LEVEL_BY_DEPT_GRADING")
    assert len(info) == 1 and "财务股=Ⅰ级" in info[0] and "办公室=Ⅲ级" in info[0]
    assert not {"ROW_UNPLACED", "LEVEL_BLANK", "POINT_BLANK"} & codes(got)


def test_grading_on_another_sheet_leaves_a_department_out_and_names_one_absent(tmp_path):
    # a 人民法院: 'Ⅰ级 | 院领导、执行局' on a sheet of its own; 立案庭 not graded (its point
    # blank, a warning naming it), 司法警察大队 graded but not in the list (info)
    rows = [["XX县人民法院廉政风险点排查表"],
            ["序号", "部门", "职务", "姓名", "廉政风险点", "防控措施"],
            [1, "院领导", "院长", "鄢澈川", "干预案件办理", "严格执行过问案件登记制度。"],
            [2, "执行局", "局长", "甄沐宸", "执行款拨付拖延", "执行款专户管理，限时发放。"],
            [3, "审判管理办公室", "主任", "鄢晞朗", "案件评查走过场", "交叉评查，结果通报。"],
            [4, "立案庭", "庭长", "甄芷蘅", "选择性立案", "立案登记全程公开。"],
            ["说明：各风险点的风险等级按其所属部门的风险等级确定（见部门定级表）。"]]  # fmt: skip
    grades = [["部门风险等级评定"],
              ["等级", "部门"],
              ["Ⅰ级", "院领导、执行局、司法警察大队"],
              ["Ⅱ级", "审判管理办公室"]]  # fmt: skip
    got = run(tmp_path, {"排查表": rows, "部门定级": grades},
              {"排查表": ["A1:F1", "A7:F7"], "部门定级": ["A1:B1"]})  # fmt: skip
    assert read(got) == sorted([
        ("院领导", "鄢澈川", "干预案件办理", "Ⅰ级"),
        ("执行局", "甄沐宸", "执行款拨付拖延", "Ⅰ级"),
        ("审判管理办公室", "鄢晞朗", "案件评查走过场", "Ⅱ级"),
        ("立案庭", "甄芷蘅", "选择性立案", ""),
    ])  # fmt: skip
    assert said(got, "LEVEL_DEPT_UNGRADED") == ["立案庭"]
    assert said(got, "LEVEL_GRADED_DEPT_ABSENT") == ["司法警察大队"]
    assert list(got.issues[got.issues["code"] == "LEVEL_BLANK"]["cell"]) == ["E6"]


def test_grading_written_in_the_note_line(tmp_path):
    # '党组领导、财务股为一级；医政医管股为二级；办公室为三级' in the note under the list
    rows = [TITLE, HEAD, *LIST,
            ["注：本表风险点的风险等级按所在股室的风险等级确定，党组领导、财务股为一级；医政医管股为二级；"
             "办公室为三级。"]]  # fmt: skip
    got = run(tmp_path, {"一览表": rows}, {"一览表": ["A1:F1", "A8:F8"]})
    assert read(got) == levelled(LEVELS)
    assert len(said(got, "LEVEL_BY_DEPT_GRADING")) == 1
    assert not {"LEVEL_BLANK", "ROW_UNPLACED"} & codes(got)


def test_a_written_level_stands_and_is_said_where_it_differs(tmp_path):
    # a level column filled in: the list's level stands; the one differing from its 科室's grade
    # is said; the grading's rows are no stray rows
    head = ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"]
    own = {"亓雯昉": "一级", "郈霁岚": "一级", "亓沛曦": "二级", "郈湘苓": "二级", "亓柠澜": "三级"}
    rows = [TITLE, NOTE, head, *[[*r[:5], own[r[3]], r[5]] for r in LIST], [],
            ["风险等级", "科室"],
            ["一级", "党组领导、财务股"],
            ["二级", "医政医管股"],
            ["三级", "办公室"]]  # fmt: skip
    got = run(tmp_path, {"一览表": rows}, {"一览表": ["A1:G1", "A2:G2"]})
    assert read(got) == levelled({**LEVELS, "郈湘苓": "Ⅱ级"})
    differs = got.issues[got.issues["code"] == "LEVEL_DEPT_GRADE_DIFFERS"]
    assert list(differs["cell"]) == ["F7"]
    assert "LEVEL_BY_DEPT_GRADING" not in codes(got)
    assert "ROW_UNPLACED" not in codes(got)


def test_the_issues_are_catalogued():
    for code in ("LEVEL_BY_DEPT_GRADING", "LEVEL_DEPT_UNGRADED", "LEVEL_GRADED_DEPT_ABSENT",
                 "LEVEL_DEPT_GRADE_DIFFERS"):  # fmt: skip
        assert code in CATALOGUE and code in SHORT


# --------------------------------------------------------------------------- as before


def test_a_contact_table_of_departments_is_no_grading(tmp_path):
    # '科室 | 联系电话' under a list with the note: no level in it, the levels stay blank
    rows = [TITLE, NOTE, HEAD, *LIST, [],
            ["科室", "联系电话"],
            ["党组领导", "0891-6213301"],
            ["医政医管股", "0891-6213302"],
            ["财务股", "0891-6213303"]]  # fmt: skip
    got = run(tmp_path, {"一览表": rows}, {"一览表": ["A1:F1", "A2:F2"]})
    assert read(got) == levelled(dict.fromkeys(LEVELS, ""))
    assert "LEVEL_BLANK" in codes(got)
    assert not {"LEVEL_BY_DEPT_GRADING", "LEVEL_DEPT_UNGRADED"} & codes(got)


def test_a_grading_of_departments_with_no_note_gives_no_level(tmp_path):
    # the same grading under the list, no note that the points take it: the 科室's own grades
    rows = [TITLE, HEAD, *LIST, [],
            ["风险等级", "科室"],
            ["一级", "党组领导、财务股"],
            ["二级", "医政医管股"],
            ["三级", "办公室"]]  # fmt: skip
    got = run(tmp_path, {"一览表": rows}, {"一览表": ["A1:F1"]})
    assert read(got) == levelled(dict.fromkeys(LEVELS, ""))
    assert "LEVEL_BY_DEPT_GRADING" not in codes(got)


def test_a_grading_of_posts_reads_as_before(tmp_path):
    # '一级风险岗位 | 局长、副局长' and a note on posts: LEVEL_BY_POST_GRADING, not the 科室's
    rows = [TITLE, ["注：各风险点的风险等级按所在岗位的风险等级确定。"], HEAD, *LIST, [],
            ["风险等级", "岗位"],
            ["一级风险岗位", "局长、副局长、会计"],
            ["二级风险岗位", "股长"],
            ["三级风险岗位", "文秘"]]  # fmt: skip
    got = run(tmp_path, {"一览表": rows}, {"一览表": ["A1:F1", "A2:F2"]})
    assert read(got) == levelled(LEVELS)
    assert "LEVEL_BY_POST_GRADING" in codes(got)
    assert "LEVEL_BY_DEPT_GRADING" not in codes(got)


def test_what_the_hundred_and_thirty_first_review_found_counts_and_names_in_the_grading(tmp_path):
    """A grading of 科室 written with a count of each level's points ('一级 | 党组领导、财务股 |
    3个') or with each 科室's contact ('党组领导 | 亓雯昉 | 一级') still grades the 科室, but the
    count and the holder's name are no 科室: they had been said as graded 科室 the list lacks
    (LEVEL_GRADED_DEPT_ABSENT '3个、1个', '亓雯昉、郈湘苓、亓沛曦'). A count cell is passed over as a
    number cell is, and a name of the list's holders is no 科室 of the grading."""
    rows = [TITLE, NOTE, HEAD, *LIST, [],
            ["风险等级", "涉及科室", "风险点数"],
            ["一级", "党组领导、财务股", "3个"],
            ["二级", "医政医管股", "1个"],
            ["三级", "办公室", "1个"]]  # fmt: skip
    got = run(tmp_path / "a", {"一览表": rows}, {"一览表": ["A1:F1", "A2:F2"]})
    assert read(got) == levelled(LEVELS)
    assert "LEVEL_GRADED_DEPT_ABSENT" not in codes(got)
    rows = [TITLE, NOTE, HEAD, *LIST, [],
            ["科室", "联系人", "等级"],
            ["党组领导", "亓雯昉", "一级"],
            ["医政医管股", "亓沛曦", "二级"],
            ["财务股", "郈湘苓", "一级"],
            ["办公室", "亓柠澜", "三级"]]  # fmt: skip
    got = run(tmp_path / "b", {"一览表": rows}, {"一览表": ["A1:F1", "A2:F2"]})
    assert read(got) == levelled(LEVELS)
    assert "LEVEL_GRADED_DEPT_ABSENT" not in codes(got)


def test_what_the_hundred_and_thirty_first_review_found_a_number_table_naming_departments(tmp_path):
    """'风险等级 | 序号 | 科室' under a list with no level column, '一级 | 1、2、4 | 党组领导、财务股':
    a table giving each level's rows by the list's 序号 (LEVEL_BY_NUMBER), the 科室 only said
    beside them. The widened gate (a 科室 heading: a grading numbering its own rows) had set it
    aside and left every level blank; a 序号 column counting its own rows 1, 2, 3 … is the
    grading's own, any other (the list's numbers, several in a cell) the list's, as before."""
    rows = [TITLE, HEAD, *LIST, [],
            ["风险等级", "序号", "科室"],
            ["一级", "1、2、4", "党组领导、财务股"],
            ["二级", "3", "医政医管股"],
            ["三级", "5", "办公室"]]  # fmt: skip
    got = run(tmp_path, {"一览表": rows}, {"一览表": ["A1:F1"]})
    assert read(got) == levelled(LEVELS)
    assert "LEVEL_BY_NUMBER" in codes(got) and "LEVEL_BY_DEPT_GRADING" not in codes(got)
