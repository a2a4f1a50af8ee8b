import pytest

from xlproc.grade import grade_post


@pytest.mark.parametrize(
    "levels, duties, grade, reason",
    [
        (["Ⅰ级"], [], "A", "含Ⅰ级风险点1个 → A"),
        (["Ⅲ级"] * 9, [], "A", "风险分值9≥9 → A"),
        (["Ⅱ级", "Ⅲ级"], [], "B", "含Ⅱ级风险点1个 → B"),
        (["Ⅲ级"] * 4, [], "B", "风险分值4≥4 → B"),
        (["Ⅲ级"] * 3, [], "C", "风险分值3 → C"),
        ([], [], "C", "风险分值0 → C"),
        ([None, "Ⅲ级"], [], "C", "风险分值1 → C"),
        (["Ⅲ级"], [("分管工作", "负责办公用品采购")], "A", "分管工作含“采购” → A"),
        (["Ⅲ级"], [("工作流程", "受理、审核")], "B", "工作流程含“审核” → B"),
        (["Ⅰ级"], [("岗位职责", "负责财务管理")], "A", "含Ⅰ级风险点1个 → A;岗位职责含“财务” → A"),
        (
            ["Ⅱ级"],
            [("工作流程", "审核"), ("岗位职责", "负责行政处罚")],
            "A",
            "岗位职责含“行政处罚” → A",
        ),
    ],
)
def test_grading_rule_and_reason(config, levels, duties, grade, reason):
    g = grade_post(levels, duties, config.grading)
    assert (g.grade, g.reason) == (grade, reason)


def test_score_and_counts(config):
    g = grade_post(["Ⅰ级", "Ⅱ级", "Ⅱ级", "Ⅲ级", None], [], config.grading)
    assert (g.score, g.n1, g.n2, g.n3) == (8, 1, 2, 1)
