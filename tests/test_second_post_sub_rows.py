"""A sub-row naming a holder's second (concurrent) post inside his block: '兼职：出纳' merged
across the point, level and measures (or alone in the point's column), under '副股长 | 某某'
merged down, no 序号 of its own. It is no point: the rows under it are the points of that second
post, the holder and 科室 the same, down to the next such row or the next holder's block; an info
issue names the sub-rows (POST_SECOND_SUB_ROWS). Before, the row was passed over without a word
and its rows kept the holder's first post.

Not the batch's 乡民政办 ('兼任岗位：儿童督导员' in a 民政专干's block): a 县水利局's, a 县医疗保障局's
and a 县市场监督管理所's lists, other posts, names, level words (一级/二级/三级, ★, Ⅰ级…) and
wordings ('兼职：', '（兼）…岗位', '…（兼任）', '第二岗位：'), merged or not, the holder's cells
merged down or written again on each row; written with xlsxwriter (tests/helpers.py) and read back
as ``collect_inbox`` reads a file.

Near-misses an ordinary list has read as before: a numbered section row ('二、工程管理') inside a
holder's block, a 备注 cell saying '兼任出纳' beside a point, and a point whose words open with
'兼任' ('兼任岗位过多，履职精力不足') with its own level and measures.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str], sheet: str = "一览表"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "list.xlsx", {sheet: rows}, {sheet: merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


def codes(got) -> set[str]:
    return set(got.issues["code"])


def test_merged_sub_row_starts_the_second_post(tmp_path):
    rows = [
        ["青溪县水利局工程建设股岗位廉政风险点一览表"],
        ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
        [1, "股长", "滕砚秋", "工程招标设置排他性条件", "一级", "招标文件集体审定，公开发布。"],
        [2, "", "", "工程变更审核把关不严", "二级", "变更经技术组论证，局务会审议。"],
        [3, "副股长", "濮晏清", "质量检测结果弄虚作假", "二级", "检测委托第三方，结果公示。"],
        [None, "", "", "兼职：出纳", "", ""],
        [4, "", "", "现金收支不及时入账", "三级", "日清月结，会计每月核对。"],
        [5, "", "", "公款私存、挪用资金", "一级", "银行账户统一开设，定期对账。"],
        [6, "技术员", "訾念初", "验收签证不实", "二级", "验收两人以上，签字存档。"],
    ]
    merges = ["A1:F1", "B3:B4", "C3:C4", "B5:B8", "C5:C8", "D6:F6"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("股长", "滕砚秋", "工程招标设置排他性条件", "Ⅰ级"),
        ("股长", "滕砚秋", "工程变更审核把关不严", "Ⅱ级"),
        ("副股长", "濮晏清", "质量检测结果弄虚作假", "Ⅱ级"),
        ("出纳", "濮晏清", "现金收支不及时入账", "Ⅲ级"),
        ("出纳", "濮晏清", "公款私存、挪用资金", "Ⅰ级"),
        ("技术员", "訾念初", "验收签证不实", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    told = got.issues[got.issues["code"] == "POST_SECOND_SUB_ROWS"]
    assert list(told["cell"]) == ["D6"]


def test_unmerged_sub_rows_in_the_point_column_two_wordings(tmp_path):
    rows = [
        ["青溪县医疗保障局岗位廉政风险防控一览表"],
        ["科室", "岗位", "姓名", "风险点", "等级", "防控措施"],
        [
            "基金监管股",
            "股长",
            "冼沐阳",
            "定点医药机构检查走过场",
            "★★★",
            "检查两人以上，记录留存。",
        ],
        ["", "", "", "（兼）档案管理岗位", "", ""],
        ["", "", "", "违规查阅、泄露参保人信息", "★★", "档案查阅登记审批。"],
        ["待遇保障股", "经办员", "蔺知夏", "医疗费用报销审核不严", "★★", "报销材料初审复审分开。"],
        ["", "", "", "慢性病认定标准把握不一", "★", "认定结果集体研究。"],
        ["", "", "", "统计员（兼任）", "", ""],
        ["", "", "", "统计数据虚报瞒报", "★", "统计报表股长审核签字。"],
    ]
    merges = ["A1:F1", "A3:A5", "B3:B5", "C3:C5", "A6:A9", "B6:B9", "C6:C9"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("股长", "冼沐阳", "定点医药机构检查走过场", "Ⅰ级"),
        ("档案管理", "冼沐阳", "违规查阅、泄露参保人信息", "Ⅱ级"),
        ("经办员", "蔺知夏", "医疗费用报销审核不严", "Ⅱ级"),
        ("经办员", "蔺知夏", "慢性病认定标准把握不一", "Ⅲ级"),
        ("统计员", "蔺知夏", "统计数据虚报瞒报", "Ⅲ级"),
    ])  # fmt: skip
    r = got.risks
    assert set(r[r["person"] == "冼沐阳"]["department"]) == {"基金监管股"}
    assert set(r[r["person"] == "蔺知夏"]["department"]) == {"待遇保障股"}
    no_errors(got)
    assert "POST_SECOND_SUB_ROWS" in codes(got)


def test_holder_written_on_each_row_second_post_row(tmp_path):
    rows = [
        ["青溪县市场监督管理所岗位廉政风险点排查表"],
        ["序号", "职务", "责任人", "风险点", "风险等级", "防控措施"],
        [1, "所长", "郜清许", "行政处罚自由裁量不当", "Ⅰ级", "处罚案件集体审议。"],
        [2, "所长", "郜清许", "案件线索压案不查", "Ⅱ级", "线索登记，定期通报。"],
        [None, "所长", "郜清许", "第二岗位：安全员", "", ""],
        [3, "所长", "郜清许", "安全检查隐患不督促整改", "Ⅲ级", "隐患整改闭环销号。"],
        [4, "监管员", "仉语桐", "食品抽检样品调包", "Ⅰ级", "抽检全程录像。"],
        [5, "监管员", "仉语桐", "登记注册材料把关不严", "Ⅱ级", "材料审核两人签字。"],
    ]
    merges = ["A1:F1", "D5:F5"]
    got = run(tmp_path, rows, merges, sheet="排查表")
    assert read(got) == sorted([
        ("所长", "郜清许", "行政处罚自由裁量不当", "Ⅰ级"),
        ("所长", "郜清许", "案件线索压案不查", "Ⅱ级"),
        ("安全员", "郜清许", "安全检查隐患不督促整改", "Ⅲ级"),
        ("监管员", "仉语桐", "食品抽检样品调包", "Ⅰ级"),
        ("监管员", "仉语桐", "登记注册材料把关不严", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "POST_SECOND_SUB_ROWS" in codes(got)


def test_two_second_posts_in_one_block_without_colon(tmp_path):
    rows = [
        ["青溪县水利局办公室岗位廉政风险防控卡"],
        ["姓名", "岗位", "序号", "风险点", "风险等级", "防控措施"],
        ["鞠望舒", "办公室主任", 1, "公务接待超标准", "中", "接待清单审批，费用公开。"],
        ["", "", "", "兼任报账员", "", ""],
        ["", "", 2, "报销单据审核不严", "高", "单据经分管领导签字。"],
        ["", "", "", "协管岗位：工会财务", "", ""],
        ["", "", 3, "工会经费违规列支", "低", "经费支出经工会委员会研究。"],
        ["", "", 4, "慰问品采购不比价", "中", "采购三家比价，留存记录。"],
    ]
    merges = ["A1:F1", "A3:A8", "B3:B8", "D4:F4", "D6:F6"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("办公室主任", "鞠望舒", "公务接待超标准", "Ⅱ级"),
        ("报账员", "鞠望舒", "报销单据审核不严", "Ⅰ级"),
        ("工会财务", "鞠望舒", "工会经费违规列支", "Ⅲ级"),
        ("工会财务", "鞠望舒", "慰问品采购不比价", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    told = got.issues[got.issues["code"] == "POST_SECOND_SUB_ROWS"]
    assert list(told["value"]) == ["2"]


def test_section_row_inside_a_block_reads_as_before(tmp_path):
    rows = [
        ["青溪县水利局岗位廉政风险点一览表"],
        ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
        [1, "股长", "滕砚秋", "工程招标设置排他性条件", "一级", "招标文件集体审定。"],
        [None, "", "", "二、工程管理", "", ""],
        [2, "", "", "工程变更审核把关不严", "二级", "变更经局务会审议。"],
        [3, "技术员", "訾念初", "验收签证不实", "三级", "验收两人以上。"],
    ]
    merges = ["A1:F1", "B3:B5", "C3:C5", "D4:F4"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("股长", "滕砚秋", "工程招标设置排他性条件", "Ⅰ级"),
        ("股长", "滕砚秋", "工程变更审核把关不严", "Ⅱ级"),
        ("技术员", "訾念初", "验收签证不实", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "POST_SECOND_SUB_ROWS" not in codes(got)


def test_remark_and_point_words_of_concurrence_change_nothing(tmp_path):
    rows = [
        ["青溪县医疗保障局岗位廉政风险点一览表"],
        ["序号", "岗位", "姓名", "风险点", "等级", "防控措施", "备注"],
        [1, "股长", "冼沐阳", "定点医药机构检查走过场", "高", "检查两人以上。", ""],
        [2, "", "", "兼任岗位过多，履职精力不足", "低", "合理分工，定期轮岗。", ""],
        [3, "经办员", "蔺知夏", "医疗费用报销审核不严", "中", "初审复审分开。", "兼任出纳"],
        [4, "", "", "报销款发放不及时", "低", "按月集中发放。", ""],
    ]
    merges = ["A1:G1", "B3:B4", "C3:C4", "B5:B6", "C5:C6"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("股长", "冼沐阳", "定点医药机构检查走过场", "Ⅰ级"),
        ("股长", "冼沐阳", "兼任岗位过多，履职精力不足", "Ⅲ级"),
        ("经办员", "蔺知夏", "医疗费用报销审核不严", "Ⅱ级"),
        ("经办员", "蔺知夏", "报销款发放不及时", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "POST_SECOND_SUB_ROWS" not in codes(got)


def test_what_the_hundred_and_thirty_first_review_found_a_second_post_left_blank(tmp_path):
    """A form's '兼任岗位：___' row filled with no post ('兼任岗位：暂无', '兼任岗位：不兼任',
    '兼职：同上', '兼任：' and a person's name) names no second post: the points under it had
    been filed under a post '暂无', '不兼任', '同上' (a form of its own each). Judgement: such a row
    reads as it did before the rule (a row of the list with no level, said as such), the points
    under it keep the holder's own post."""
    rows = [
        ["青溪县水利局工程建设股岗位廉政风险点一览表"],
        ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
        [1, "股长", "滕砚秋", "工程招标设置排他性条件", "一级", "招标文件集体审定，公开发布。"],
        [None, "", "", "兼任岗位：暂无", "", ""],
        [2, "", "", "工程变更审核把关不严", "二级", "变更经技术组论证，局务会审议。"],
        [3, "副股长", "濮晏清", "质量检测结果弄虚作假", "二级", "检测委托第三方，结果公示。"],
        [None, "", "", "兼任岗位：不兼任", "", ""],
        [4, "", "", "现金收支不及时入账", "三级", "日清月结，会计每月核对。"],
        [5, "技术员", "訾念初", "验收签证不实", "二级", "验收两人以上，签字存档。"],
        [None, "", "", "兼职：同上", "", ""],
        [6, "", "", "资料归档不及时", "三级", "按月归档。"],
        [7, "资料员", "冼沐阳", "档案借阅不登记", "三级", "借阅登记。"],
        [None, "", "", "兼任：濮晏清", "", ""],
        [8, "", "", "档案资料丢失", "二级", "定期清点。"],
    ]  # fmt: skip
    merges = ["A1:F1", "B3:B5", "C3:C5", "B6:B8", "C6:C8", "B9:B11", "C9:C11", "B12:B14", "C12:C14"]
    got = run(tmp_path, rows, merges)
    r = got.risks
    assert set(r["title"]) == {"股长", "副股长", "技术员", "资料员"}
    assert "POST_SECOND_SUB_ROWS" not in codes(got)
    for point, title in (("工程变更审核把关不严", "股长"), ("现金收支不及时入账", "副股长"),
                         ("资料归档不及时", "技术员"), ("档案资料丢失", "资料员")):  # fmt: skip
        assert list(r[r["risk_point"] == point]["title"]) == [title]
