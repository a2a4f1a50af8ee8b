"""A card's duty written above its table ('岗位职责 | 分管…' beside the 科室's label, '主要职责：…' in
one cell, '分管工作 | …' on a line of its own), the table having no duty column: the form's duty,
each point's and the grading's (DESIGN §4, by powers: 主要职责含“行政处罚” → A), said once
(DUTY_FROM_CARD_LINE). It had been passed over as a line of the preamble: the post graded by its
points alone and the duty in no output. A table with its own duty column, a label followed by
another label, and a list of many posts read as before."""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def _card(lines: list[list], points: list[list], head=("序号", "风险点", "风险等级", "防控措施")):
    return [["某县自然资源局岗位廉政风险防控卡", "", "", ""], *lines, list(head), *points]


LOW = [[1, "登记审核把关不严", "低", "双人复核"], [2, "案件初审走过场", "低", "集体研判"]]


def test_a_duty_in_one_cell_above_the_table_grades_the_post_by_its_powers(tmp_path):
    rows = _card(
        [["姓名", "欧阳清", "岗位", "地籍股股长"],
         ["主要职责：负责不动产登记审核、行政处罚案件初审", "", "", ""]],
        LOW,
    )  # fmt: skip
    write_workbook(tmp_path / "in" / "卡.xlsx", {"股长": rows})
    res = _collect(tmp_path / "in")
    post = res.posts.iloc[0]
    # two 低 points alone would grade C: the duty names a power of grade A
    assert (post["computed_grade"], post["grade_reason"]) == ("A", "主要职责含“行政处罚” → A")
    assert set(res.risks["duty"]) == {"负责不动产登记审核、行政处罚案件初审"}
    said = res.issues[res.issues["code"] == "DUTY_FROM_CARD_LINE"]
    assert said["cell"].tolist() == ["A3"] and said["severity"].tolist() == ["info"]


def test_a_duty_label_beside_the_departments_on_a_line_of_fields(tmp_path):
    # a 乡镇 card: '所在单位 | … | 分管工作 | …', the 分管工作 the leader's (B by 审批, his points low)
    rows = _card(
        [["姓名", "司马远", "职务", "副镇长"],
         ["所在单位", "某某镇人民政府", "分管工作", "分管农业农村、项目审批"]],
        LOW,
    )  # fmt: skip
    write_workbook(tmp_path / "in" / "镇.xlsx", {"副镇长": rows})
    res = _collect(tmp_path / "in")
    post = res.posts.iloc[0]
    assert post["computed_grade"] == "B" and "分管工作含“审批”" in post["grade_reason"]
    assert set(res.risks["duty"]) == {"分管农业农村、项目审批"}
    assert res.issues[res.issues["code"] == "DUTY_FROM_CARD_LINE"]["cell"].tolist() == ["D3"]
    assert "ROW_UNPLACED" not in set(res.issues["code"])


def test_a_table_with_its_own_duty_column_keeps_its_rows_duties(tmp_path):
    rows = _card(
        [["姓名", "欧阳清", "岗位", "出纳"], ["岗位职责", "负责现金收付", "", ""]],
        [[1, "现金日记账登记", "坐支现金", "低", "日清月结"]],
        head=("序号", "岗位职责", "风险点", "风险等级", "防控措施"),
    )
    write_workbook(tmp_path / "in" / "卡.xlsx", {"出纳": rows})
    res = _collect(tmp_path / "in")
    assert set(res.risks["duty"]) == {"现金日记账登记"}
    assert "DUTY_FROM_CARD_LINE" not in set(res.issues["code"])


def test_a_label_followed_by_another_label_is_no_duty(tmp_path):
    rows = _card(
        [["姓名", "欧阳清", "岗位职责", "所在科室"], ["", "", "", ""]],
        LOW,
    )
    write_workbook(tmp_path / "in" / "卡.xlsx", {"科员": rows})
    res = _collect(tmp_path / "in")
    assert set(res.risks["duty"]) == {""}
    assert "DUTY_FROM_CARD_LINE" not in set(res.issues["code"])
    assert res.posts.iloc[0]["computed_grade"] == "C"


def test_the_code_is_catalogued():
    severity, template = CATALOGUE["DUTY_FROM_CARD_LINE"]
    assert severity == "info" and "{value}" in template and SHORT["DUTY_FROM_CARD_LINE"]
