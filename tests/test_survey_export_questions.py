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


WJX = ["序号", "提交答卷时间", "所用时间", "来源", "来源详情", "来自IP"]


def wjx(i: int) -> list:
    return [i, "2025/5/6 8:30:12", "210秒", "手机提交", "直接访问", f"61.2.3.{i}"]


def test_what_the_hundred_and_sixteenth_review_found_colon_headings_are_a_list(tmp_path):
    # (1, 7) '1.科室： | … | 5.风险等级： | 6.防控措施：' and no platform column, no question
    # wording: an ordinary list, its levels read, no SURVEY_EXPORT
    rows = [
        ["1.科室：", "2.岗位：", "3.姓名：", "4.风险点：", "5.风险等级：", "6.防控措施："],
        ["办公室", "主任", "籍慕岚", "公车私用", "二级", "严格派车审批。"],
        ["财务科", "会计", "戚照雪", "虚列支出", "一级", "双人复核。"],
    ]
    got = run(tmp_path / "a", rows)
    assert read(got) == sorted(
        [("主任", "籍慕岚", "公车私用", "Ⅱ级"), ("会计", "戚照雪", "虚列支出", "Ⅰ级")]
    )
    assert "SURVEY_EXPORT" not in codes(got)
    assert "LEVEL_BLANK" not in codes(got)
    rows = [
        ["序号", "1.部门：", "2.岗位名称：", "3.责任人：", "4.风险点描述：", "5.风险类型：", "6.防控措施："],
        [1, "办公室", "主任", "籍慕岚", "公车私用", "岗位职责", "严格派车审批。"],
        [2, "财务科", "会计", "戚照雪", "虚列支出", "制度机制", "双人复核。"],
    ]  # fmt: skip
    got = run(tmp_path / "b", rows)
    assert read(got) == sorted(
        [("主任", "籍慕岚", "公车私用", ""), ("会计", "戚照雪", "虚列支出", "")]
    )
    assert "SURVEY_EXPORT" not in codes(got)


def test_what_the_hundred_and_sixteenth_review_found_merges_are_no_export(tmp_path):
    # (3) 科室/岗位/责任人 merged over a post's two rows under '1、科室：' headings: carried down
    rows = [
        ["1、科室：", "2、岗位：", "3、责任人：", "4、风险点：", "5、防控措施："],
        ["办公室", "主任", "籍慕岚", "公车私用", "严格派车审批。"],
        ["", "", "", "公款吃喝", "公务接待清单。"],
        ["财务科", "会计", "戚照雪", "虚列支出", "双人复核。"],
    ]
    got = run(tmp_path, rows, ["A2:A3", "B2:B3", "C2:C3"])
    assert read(got) == sorted([
        ("主任", "籍慕岚", "公车私用", ""),
        ("主任", "籍慕岚", "公款吃喝", ""),
        ("会计", "戚照雪", "虚列支出", ""),
    ])  # fmt: skip
    assert set(got.risks["department"]) == {"办公室", "财务科"}
    assert "SURVEY_EXPORT" not in codes(got)


def test_what_the_hundred_and_sixteenth_review_found_level_questions(tmp_path):
    # (2) a level question of its own ('4、该风险点的风险等级：', '风险等级：（单选题）') gives the
    # level of that respondent's points
    for i, head in enumerate(["4、该风险点的风险等级：", "4、风险等级：（单选题）"]):
        rows = [
            [*WJX, "1、您的姓名：", "2、您的岗位：", "3、本岗位的风险点：", head, "5、防控措施："],
            [*wjx(1), "籍慕岚", "主任", "公车私用", "一级", "严格派车审批。"],
            [*wjx(2), "戚照雪", "会计", "虚列支出", "中风险", "双人复核。"],
        ]
        got = run(tmp_path / str(i), rows)
        assert read(got) == sorted(
            [("主任", "籍慕岚", "公车私用", "Ⅰ级"), ("会计", "戚照雪", "虚列支出", "Ⅱ级")]
        )
        assert "SURVEY_EXPORT" in codes(got)
        assert "LEVEL_BLANK" not in codes(got)
        no_errors(got)


def test_what_the_hundred_and_sixteenth_review_found_typed_answers_split_as_a_list(tmp_path):
    # (4) a typed (not 多选) answer: '|' stays in the point, '1.…；2.…' is two points
    rows = [
        [*WJX, "1、您的姓名：", "2、您的岗位：", "3、请列出本岗位的风险点：", "4、防控措施："],
        [*wjx(1), "籍慕岚", "主任", "审批|备案不规范", "严格派车审批。"],
        [*wjx(2), "戚照雪", "会计", "1.虚列支出；2.截留收入", "双人复核。"],
    ]
    got = run(tmp_path, rows)
    assert read(got) == sorted([
        ("主任", "籍慕岚", "审批|备案不规范", ""),
        ("会计", "戚照雪", "虚列支出", ""),
        ("会计", "戚照雪", "截留收入", ""),
    ])  # fmt: skip


def test_what_the_hundred_and_sixteenth_review_found_one_column_an_option(tmp_path):
    # (5) 问卷星's one column an option: 1 ticks the bracket's option, 0 nothing
    rows = [
        [*WJX, "1、您的姓名：", "2、您的岗位：", "3、本岗位的风险点：(公车私用)",
         "3、本岗位的风险点：(虚列支出)", "3、本岗位的风险点：(挪用公款)", "4、防控措施："],
        [*wjx(1), "籍慕岚", "主任", 1, 0, 0, "严格派车审批。"],
        [*wjx(2), "戚照雪", "会计", 0, 1, 1, "双人复核。"],
    ]  # fmt: skip
    got = run(tmp_path, rows)
    assert read(got) == sorted([
        ("主任", "籍慕岚", "公车私用", ""),
        ("会计", "戚照雪", "虚列支出", ""),
        ("会计", "戚照雪", "挪用公款", ""),
    ])  # fmt: skip


def test_what_the_hundred_and_sixteenth_review_found_measures_by_level(tmp_path):
    # (6) '4、高风险点防控措施：' goes to the high points only, '6、低风险点防控措施：' to the low
    rows = [
        [*WJX, "1、您的姓名：", "2、您的岗位：", "3、本岗位的高风险点：（多选题）", "4、高风险点防控措施：",
         "5、本岗位的低风险点：（多选题）", "6、低风险点防控措施："],
        [*wjx(1), "籍慕岚", "主任", "公车私用", "严格派车审批。", "迟到早退", "考勤打卡。"],
    ]  # fmt: skip
    got = run(tmp_path, rows)
    assert read(got) == sorted(
        [("主任", "籍慕岚", "公车私用", "Ⅰ级"), ("主任", "籍慕岚", "迟到早退", "Ⅲ级")]
    )
    m = got.risks
    assert dict(zip(m["risk_point"], m["measures"], strict=True)) == {
        "公车私用": "严格派车审批。",
        "迟到早退": "考勤打卡。",
    }


def test_what_the_hundred_and_sixteenth_review_found_bare_q_headings_and_skipped(tmp_path):
    # 'Q1. 姓名 | … | Q4. 风险点（多选题）' beside the platform's columns: an export; a respondent
    # who answered only his name is said (POINT_BLANK at his row), nothing lost silently
    rows = [
        [*WJX, "Q1. 姓名", "Q2. 科室", "Q3. 岗位", "Q4. 风险点（多选题）", "Q5. 防控措施"],
        [*wjx(1), "籍慕岚", "办公室", "主任", "公车私用|公款吃喝", "严格派车审批。"],
        [*wjx(2), "戚照雪", "财务科", "会计", "虚列支出", "双人复核。"],
        [*wjx(3), "阙听松", "(跳过)", "(跳过)", "(跳过)", "(跳过)"],
    ]
    got = run(tmp_path, rows)
    assert read(got) == sorted([
        ("主任", "籍慕岚", "公车私用", ""),
        ("主任", "籍慕岚", "公款吃喝", ""),
        ("会计", "戚照雪", "虚列支出", ""),
    ])  # fmt: skip
    assert "SURVEY_EXPORT" in codes(got)
    blank = got.issues[got.issues["code"] == "POINT_BLANK"]
    assert list(blank["cell"]) == ["J4"]
