"""A list with no 科室, post or holder column whose headed 序号 (编号) column holds, instead of
numbers, each holder's cell merged down over his rows ('一⏎馆长⏎某某', '二、副馆长　某某',
'3⏎财务股⏎股长⏎某某'): each row is a point of the holder of the cell beside it.

The layouts here are not the published batch's (a banner's 水务局 with '一⏎局长⏎百里湍' over
高/中/低): a county's 文化和旅游局, 图书馆 and 市场监督管理所, other posts and names, other level
words (一级/二级/三级, ticks under 高/中/低, ★), one or two heading rows, an extra 风险类型
column, written with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def run(tmp_path: Path, rows: list[list], merges: list[str], sheet: str = "风险点"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges})
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def read(got) -> list[tuple[str, str, str, str, str]]:
    r = got.risks
    return sorted(
        zip(r["department"], r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True)
    )


def codes(got) -> set[str]:
    return set(got.issues["code"])


def errors(got) -> set[str]:
    return set(got.issues[got.issues["severity"] == "error"]["code"])


def test_ordinal_post_and_name_on_lines_under_two_heading_rows_with_ticks(tmp_path):
    # '序号' merged over two heading rows, '风险等级' over '高 | 中 | 低' ticks; each 序号 cell
    # '一⏎馆长⏎某某' merged down over that holder's rows
    rows = [["XX县文化和旅游局岗位廉政风险点排查表"],
            ["序号", "廉政风险点", "风险等级", None, None, "防控措施"],
            [None, None, "高", "中", "低", None],
            ["一\n局长\n钟离晏", "文旅项目资金分配不经集体研究", "√", None, None, "局党组会集体决策"],
            [None, "演出市场审批中为关系人开绿灯", None, "√", None, "审批结果公示"],
            [None, "公务接待超标准", None, None, "√", "接待清单制"],
            ["二\n副局长\n澹台若溪", "文物保护工程验收把关不严", "√", None, None, "第三方验收"],
            [None, "旅游专项资金拨付不及时", None, "√", None, "拨付台账"]]  # fmt: skip
    merges = ["A1:F1", "A2:A3", "B2:B3", "C2:E2", "F2:F3", "A4:A6", "A7:A8"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("", "局长", "钟离晏", "文旅项目资金分配不经集体研究", "Ⅰ级"),
        ("", "局长", "钟离晏", "演出市场审批中为关系人开绿灯", "Ⅱ级"),
        ("", "局长", "钟离晏", "公务接待超标准", "Ⅲ级"),
        ("", "副局长", "澹台若溪", "文物保护工程验收把关不严", "Ⅰ级"),
        ("", "副局长", "澹台若溪", "旅游专项资金拨付不及时", "Ⅱ级"),
    ])  # fmt: skip
    assert len(got.posts) == 2
    said = got.issues[got.issues["code"] == "HOLDER_IN_NUMBER"]
    assert list(said["cell"]) == ["A4"]
    assert "钟离晏" in said["value"].iloc[0]
    assert not errors(got)
    assert "HOLDER_IN_NUMBER" in CATALOGUE and "HOLDER_IN_NUMBER" in SHORT


def test_post_and_name_on_one_line_under_bianhao_with_a_type_column(tmp_path):
    # '编号', one line '一、馆长　某某'; an extra 风险类型 column; 一级/二级/三级; the last
    # holder's one row not merged
    rows = [["XX县图书馆廉政风险防控清单"],
            ["编号", "风险点", "风险类型", "等级", "防控措施"],
            ["一、馆长　司空朗月", "图书采购指定供应商", "制度机制", "一级", "政府采购平台"],
            [None, "大额支出一支笔审批", "岗位职责", "二级", "三重一大集体决策"],
            ["二、会计　宰父清和", "虚列支出套取资金", "思想道德", "一级", "票据双人审核"],
            [None, "票据保管不善", "岗位职责", "三级", "票据登记簿"],
            [None, "往来款长期挂账", "制度机制", "二级", "季度清理"],
            ["三、办公室主任　乐正澈", "公车私用", "思想道德", "三级", "派车登记"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A3:A4", "A5:A7"])
    assert read(got) == sorted([
        ("", "馆长", "司空朗月", "图书采购指定供应商", "Ⅰ级"),
        ("", "馆长", "司空朗月", "大额支出一支笔审批", "Ⅱ级"),
        ("", "会计", "宰父清和", "虚列支出套取资金", "Ⅰ级"),
        ("", "会计", "宰父清和", "票据保管不善", "Ⅲ级"),
        ("", "会计", "宰父清和", "往来款长期挂账", "Ⅱ级"),
        # (科室 and post in one word: the post, as a 岗位 column reads it)
        ("", "办公室主任", "乐正澈", "公车私用", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDER_IN_NUMBER" in codes(got)
    assert not errors(got)


def test_dept_post_and_name_after_a_number_and_a_holder_of_one_row(tmp_path):
    # '1⏎综合股⏎股长⏎某某' merged over two rows; the last holder's one row not merged at all
    rows = [["XX县市场监督管理局城关所岗位廉政风险点登记表"],
            ["序号", "廉政风险点", "风险等级", "防控措施"],
            ["1\n综合股\n股长\n呼延晓岚", "执法车辆私用", "★★", "车辆派车单"],
            [None, "罚没物品处置不公开", "★★★", "公开拍卖"],
            ["2\n稽查股\n股长\n第五星河", "案件查办选择性执法", "★★★", "执法全过程记录"],
            [None, "泄露举报人信息", "★★", "举报信息保密制度"],
            ["3\n登记股\n科员\n闻人沐", "登记材料审核走过场", "★", "一次性告知"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1", "A3:A4", "A5:A6"])
    assert read(got) == sorted([
        ("综合股", "股长", "呼延晓岚", "执法车辆私用", "Ⅱ级"),
        ("综合股", "股长", "呼延晓岚", "罚没物品处置不公开", "Ⅰ级"),
        ("稽查股", "股长", "第五星河", "案件查办选择性执法", "Ⅰ级"),
        ("稽查股", "股长", "第五星河", "泄露举报人信息", "Ⅱ级"),
        ("登记股", "科员", "闻人沐", "登记材料审核走过场", "Ⅲ级"),
    ])  # fmt: skip
    assert len(got.posts) == 3
    assert not errors(got)


def test_plain_numbers_merged_over_rows_name_no_one(tmp_path):
    # '1' merged over a block of rows: a number, no holder; the list reads as before
    rows = [["XX县图书馆廉政风险防控清单"],
            ["序号", "廉政风险点", "风险等级", "防控措施"],
            ["1", "图书采购指定供应商", "高", "政府采购平台"],
            [None, "大额支出一支笔审批", "中", "集体决策"],
            ["2", "虚列支出套取资金", "高", "票据双人审核"],
            [None, "票据保管不善", "低", "票据登记簿"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1", "A3:A4", "A5:A6"])
    assert read(got) == sorted([
        ("", "", "", "图书采购指定供应商", "Ⅰ级"),
        ("", "", "", "大额支出一支笔审批", "Ⅱ级"),
        ("", "", "", "虚列支出套取资金", "Ⅰ级"),
        ("", "", "", "票据保管不善", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDER_IN_NUMBER" not in codes(got)
    assert not errors(got)


def test_a_group_word_merged_in_the_number_column_is_no_holder(tmp_path):
    # '一、采购环节' merged down over its rows: a 环节 of the work, no holder
    rows = [["XX县文化和旅游局廉政风险防控清单"],
            ["序号", "廉政风险点", "风险等级", "防控措施"],
            ["一、采购环节", "采购需求量身定制", "高", "需求论证"],
            [None, "验收走过场", "中", "双人验收"],
            ["二、资金拨付", "拨付不及时", "低", "拨付台账"],
            [None, "虚报冒领补助", "高", "公示复核"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1", "A3:A4", "A5:A6"])
    assert set(got.risks["title"]) <= {""} and set(got.risks["person"]) <= {""}
    assert sorted(got.risks["risk_point"]) == sorted(
        ["采购需求量身定制", "验收走过场", "拨付不及时", "虚报冒领补助"]
    )
    assert "HOLDER_IN_NUMBER" not in codes(got)
    assert not errors(got)


def test_what_the_hundred_and_ninth_review_found_a_keshi_column_beside_the_numbers(tmp_path):
    # '一⏎股长⏎钟离晏' merged over two rows beside a 科室 column ('预算股'): the rows keep their
    # 科室, the post and name the 序号 cell's (they were dropped)
    rows = [["XX县财政局廉政风险点排查表"],
            ["序号", "科室", "廉政风险点", "风险等级", "防控措施"],
            ["一\n股长\n钟离晏", "预算股", "预算编制不科学", "高", "集体决策"],
            [None, "预算股", "预算调整随意", "中", "审批"],
            ["二\n科员\n澹台若溪", "国库股", "资金拨付不及时", "低", "台账"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A3:A4"])
    assert read(got) == sorted([
        ("预算股", "股长", "钟离晏", "预算编制不科学", "Ⅰ级"),
        ("预算股", "股长", "钟离晏", "预算调整随意", "Ⅱ级"),
        ("国库股", "科员", "澹台若溪", "资金拨付不及时", "Ⅲ级"),
    ])  # fmt: skip
    issues = got.issues
    assert list(issues[issues["code"] == "HOLDER_IN_NUMBER"]["cell"]) == ["A3"]
    assert not errors(got)


def test_what_the_hundred_and_ninth_review_found_a_holder_column_still_reads_as_before(
    tmp_path,
):
    # a 科室 AND a 责任人 column: the 序号 cell's words are no holder of the rows, as read
    rows = [["XX县财政局廉政风险点排查表"],
            ["序号", "科室", "责任人", "廉政风险点", "风险等级", "防控措施"],
            ["一\n局长\n李明", "办公室", "王芳", "公章使用不登记", "高", "用印登记"],
            [None, "办公室", "王芳", "公车私用", "中", "派车单"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A3:A4"])
    assert read(got) == sorted([
        ("办公室", "", "王芳", "公章使用不登记", "Ⅰ级"),
        ("办公室", "", "王芳", "公车私用", "Ⅱ级"),
    ])  # fmt: skip
    assert "HOLDER_IN_NUMBER" not in codes(got)
