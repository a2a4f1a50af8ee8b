"""A survey platform's export (问卷星, 腾讯问卷, 金数据), one row a respondent: the platform's own
columns ('序号 | 提交答卷时间 | …'), then one column a question headed by its number and wording
('1、您的姓名：', 'Q5. 本岗位的一级风险点（多选题）', '第4题 请填写您的职务'). The questions are read
by the words inside; each ticked option of a point question ('…┋…', '…|…') is a point of the
level the question names; '(跳过)' is empty; one form a respondent.

Not the published batch's export (a 学生资助管理中心 with 姓名/单位/科室/岗位 and 高/中/低 questions
in 问卷星's '┋'): a 县水利局's 腾讯问卷 with 'Q1.' numbers and '|' options, a 市场监管所's
问卷星 export with 第N题 headings, 一级/二级 levels and '其他〖…〗', and a 卫生院's with post and name
in one question and an extra 风险类型 question, other posts and names, written with xlsxwriter
(tests/helpers.py) and read back as ``collect_inbox`` reads a file. An ordinary list whose heading
has 序号 and a satisfaction survey stay as before.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "export.xlsx", {"Sheet1": rows}, {"Sheet1": merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


def codes(got) -> list[str]:
    return list(got.issues["code"])


PLATFORM = ["编号", "开始答题时间", "结束答题时间", "答题时长", "IP地址", "地理位置"]


def test_tencent_export_q_numbers_bar_options(tmp_path):
    rows = [
        [*PLATFORM, "Q1. 您的姓名", "Q2. 您所在的股室", "Q3. 您的职务",
         "Q4. 本岗位的高风险点？（多选题）", "Q5. 本岗位的低风险点？（多选题）", "Q6. 请填写主要防控措施"],
        [1, "2025-04-02 09:01", "2025-04-02 09:08", "7分", "10.1.1.2", "河北省", "荀砚秋", "工程建设股",
         "股长", "招标文件量身定制|隐瞒工程变更", "(跳过)", "招标文件集体审定。"],
        [2, "2025-04-02 09:11", "2025-04-02 09:15", "4分", "10.1.1.3", "河北省", "阙望舒", "财务股",
         "出纳", "挪用公款", "票据保管不善", "日清月结，账款核对。"],
    ]  # fmt: skip
    got = run(tmp_path, rows)
    assert read(got) == sorted([
        ("股长", "荀砚秋", "招标文件量身定制", "Ⅰ级"),
        ("股长", "荀砚秋", "隐瞒工程变更", "Ⅰ级"),
        ("出纳", "阙望舒", "挪用公款", "Ⅰ级"),
        ("出纳", "阙望舒", "票据保管不善", "Ⅲ级"),
    ])  # fmt: skip
    assert set(got.risks["department"]) == {"工程建设股", "财务股"}
    assert "SURVEY_EXPORT" in codes(got)
    no_errors(got)


def test_wjx_export_numbered_questions_other_option(tmp_path):
    rows = [
        ["序号", "提交答卷时间", "所用时间", "来源", "来源详情", "来自IP",
         "第1题 请填写您的姓名：", "第2题 您的岗位：", "第3题 本岗位一级风险点：（多选题）",
         "第4题 本岗位二级风险点：（多选题）", "第5题 主要防控措施："],
        [1, "2025/5/6 8:30:12", "210秒", "手机提交", "直接访问", "61.2.3.4(河北-沧州)", "敖清川", "所长",
         "行政处罚自由裁量不当┋其他〖案件线索私下处置〗", "(空)", "重大案件集体讨论。"],
        [2, "2025/5/6 8:41:50", "180秒", "手机提交", "直接访问", "61.2.3.5(河北-沧州)", "滕晚照",
         "食品安全监管员", "(跳过)", "抽检样品选择性送检┋检查走过场", "双人抽样，全程记录。"],
    ]  # fmt: skip
    got = run(tmp_path, rows)
    assert read(got) == sorted([
        ("所长", "敖清川", "行政处罚自由裁量不当", "Ⅰ级"),
        ("所长", "敖清川", "案件线索私下处置", "Ⅰ级"),
        ("食品安全监管员", "滕晚照", "抽检样品选择性送检", "Ⅱ级"),
        ("食品安全监管员", "滕晚照", "检查走过场", "Ⅱ级"),
    ])  # fmt: skip
    m = got.risks
    assert set(m[m["person"] == "滕晚照"]["measures"]) == {"双人抽样，全程记录。"}
    no_errors(got)


def test_export_under_a_title_row_with_a_type_question(tmp_path):
    rows = [
        ["XX镇卫生院岗位廉政风险自查问卷（导出）"],
        ["序号", "提交时间", "1、您的科室：", "2、您的岗位：", "3、您的姓名：",
         "4、本岗位的中风险点（二级）：（多选题）", "5、风险类型：（单选题）", "6、防控措施："],
        [1, "2025-03-01", "药剂科", "药剂科主任", "郜星遥", "药品验收把关不严┋药品采购收受回扣",
         "岗位职责", "验收双人签字。"],
        [2, "2025-03-01", "收费室", "收费员", "柏映雪", "收费不开票据", "岗位职责", "每日对账。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:H1"])
    assert read(got) == sorted([
        ("药剂科主任", "郜星遥", "药品验收把关不严", "Ⅱ级"),
        ("药剂科主任", "郜星遥", "药品采购收受回扣", "Ⅱ级"),
        ("收费员", "柏映雪", "收费不开票据", "Ⅱ级"),
    ])  # fmt: skip
    assert "TABLE_NO_TYPE" not in codes(got)
    no_errors(got)


def test_ordinary_list_with_a_number_column_reads_as_before(tmp_path):
    rows = [
        ["县水利局岗位廉政风险点一览表"],
        ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
        [1, "工程建设股", "股长", "荀砚秋", "招标文件量身定制", "一级", "集体审定。"],
        [2, "财务股", "出纳", "阙望舒", "挪用公款|截留收入", "二级", "日清月结。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"])
    assert read(got) == sorted([
        ("股长", "荀砚秋", "招标文件量身定制", "Ⅰ级"),
        ("出纳", "阙望舒", "挪用公款|截留收入", "Ⅱ级"),
    ])  # fmt: skip
    assert "SURVEY_EXPORT" not in codes(got)
    no_errors(got)


def test_satisfaction_survey_export_is_no_form(tmp_path):
    rows = [
        [*PLATFORM, "Q1. 您的姓名", "Q2. 您的岗位", "Q3. 您对本单位作风建设是否满意？（单选题）",
         "Q4. 您的意见建议："],
        [1, "2025-04-02 09:01", "2025-04-02 09:08", "7分", "10.1.1.2", "河北省", "荀砚秋", "股长",
         "满意", "(跳过)"],
    ]  # fmt: skip
    got = run(tmp_path, rows)
    assert not len(got.risks)
    assert "SURVEY_EXPORT" not in codes(got)
    assert "FILE_NO_FORM" in codes(got)


def test_numbered_headings_without_question_wording_are_not_a_survey(tmp_path):
    rows = [
        ["1.科室", "2.岗位", "3.姓名", "4.风险点", "5.风险等级", "6.防控措施"],
        ["办公室", "主任", "荀砚秋", "公车私用", "高", "派车登记。"],
    ]
    got = run(tmp_path, rows)
    assert "SURVEY_EXPORT" not in codes(got)
