"""A list headed only by plain questions, a 三问清单 ('管什么 | 谁来管 | 怎么管', '风险在哪里 | 谁负责 |
如何防控'): the questions are the point, holder and measures headings; the holder cell's '岗位　姓名'
splits as elsewhere (batch878's 粮食收储库 showed it: the measures were read as points, the holders
dropped). Here a 县司法局's and a 镇卫生院's lists, other questions, posts and level words, written
with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file; a list whose
`说明` column asks a question in its cells reads as before.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def run(tmp_path: Path, rows: list[list], merges: list[str]):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {"三问清单": rows}, {"三问清单": merges})
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def read(got) -> list[tuple[str, str, str, str, str]]:
    r = got.risks
    return sorted(
        zip(r["title"], r["person"], r["risk_point"], r["risk_level"], r["measures"], strict=True)
    )


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


def test_questions_as_headings(tmp_path):
    rows = [
        ["XX县司法局廉政风险“三问”清单"],
        ["序号", "业务环节", "风险在哪里", "谁负责", "风险等级", "如何防控"],
        [1, "法律援助审批", "降低标准批准法律援助", "科长　柏知秋", "二级", "援助案件集体审核。"],
        [2, "社区矫正考核", "矫正对象考核打人情分", "矫正专干　庞屿禾", "一级", "考核结果公示。"],
        [3, "人民调解补贴", "虚报调解案件套取补贴", "科长　柏知秋", "三级", "补贴发放前抽查回访。"],
    ]  # fmt: skip
    got = run(tmp_path / "a", rows, ["A1:F1"])
    assert read(got) == sorted([
        ("科长", "柏知秋", "降低标准批准法律援助", "Ⅱ级", "援助案件集体审核。"),
        ("矫正专干", "庞屿禾", "矫正对象考核打人情分", "Ⅰ级", "考核结果公示。"),
        ("科长", "柏知秋", "虚报调解案件套取补贴", "Ⅲ级", "补贴发放前抽查回访。"),
    ])  # fmt: skip
    no_errors(got)


def test_the_three_questions_with_a_post_column(tmp_path):
    rows = [
        ["XX镇卫生院廉政风险三问清单"],
        ["序号", "岗位", "管什么", "谁来管", "怎么管", "风险程度"],
        [1, "院长", "药品耗材采购定点", "景澍言", "采购经院务会研究。", "高"],
        [2, "药剂员", "药品出入库账实不符", "裘淑宁", "每月盘点，双人签字。", "中"],
    ]  # fmt: skip
    got = run(tmp_path / "b", rows, ["A1:F1"])
    assert read(got) == sorted([
        ("院长", "景澍言", "药品耗材采购定点", "Ⅰ级", "采购经院务会研究。"),
        ("药剂员", "裘淑宁", "药品出入库账实不符", "Ⅱ级", "每月盘点，双人签字。"),
    ])  # fmt: skip
    no_errors(got)


def test_a_question_in_the_cells_is_no_heading(tmp_path):
    rows = [
        ["XX县司法局岗位廉政风险点一览表"],
        ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施", "说明"],
        [1, "科长", "柏知秋", "降低标准批准法律援助", "二级", "集体审核。", "谁负责？科长"],
    ]  # fmt: skip
    got = run(tmp_path / "c", rows, ["A1:G1"])
    assert read(got) == [("科长", "柏知秋", "降低标准批准法律援助", "Ⅱ级", "集体审核。")]
    no_errors(got)


def test_what_the_hundred_and_twenty_seventh_review_found_numbered_questions(tmp_path):
    """The questions numbered ('一问：管什么？', '1.谁来管？', '（三）怎么管？', '二问 谁来管'): the
    ordinal lead and the question mark aside, the same headings — the measures under 怎么管, never
    read as the point (review 127g, finding 5)."""
    for i, heads in enumerate((
        ["一问：管什么？", "二问：谁来管？", "三问：怎么管？"],
        ["1.管什么？", "2.谁来管？", "3.怎么管？"],
        ["（一）管什么？", "（二）谁来管？", "（三）怎么管?"],
        ["一问 管什么", "二问 谁来管", "三问 怎么管"],
    )):  # fmt: skip
        rows = [
            ["XX镇卫生院廉政风险三问清单"],
            ["序号", "岗位", *heads, "风险等级"],
            [1, "院长", "药品耗材采购定点", "景澍言", "采购经院务会研究。", "高"],
            [2, "药剂员", "药品出入库账实不符", "裘淑宁", "每月盘点，双人签字。", "中"],
        ]  # fmt: skip
        got = run(tmp_path / str(i), rows, ["A1:F1"])
        assert read(got) == sorted([
            ("院长", "景澍言", "药品耗材采购定点", "Ⅰ级", "采购经院务会研究。"),
            ("药剂员", "裘淑宁", "药品出入库账实不符", "Ⅱ级", "每月盘点，双人签字。"),
        ]), heads  # fmt: skip
        no_errors(got)
