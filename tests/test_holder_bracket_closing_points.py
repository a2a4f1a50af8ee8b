"""A list with no 岗位 or 姓名 column whose every point cell closes with a labelled bracket naming
the point's holder ('…虚假就医结算审核不严（责任人：基金监管股股长　潘泓渟）', '（责任岗位：副局长）',
two in one: '（责任人：局长　谯屹峤、副局长　戈沅澍）'): the bracket is the row's post and holder (two:
a copy each), the text before it the point (info HOLDER_IN_POINT_BRACKET). Where the table has a
责任人 column of its own, the column gives the holder and the cell stays as written (the bracket
kept: it may name a second person or someone who oversees, nothing is dropped unsaid); other
labels ('（依据：…）', '（责任领导：…）') are read as before.

Not the published batch's file (a 区委统战部, 科室 merged down, 副部长/部长, levels 高/中/低 and no
type column): a 县医疗保障局 with 股室 written on each row or none at all, a type column, levels
一级/二级/三级 or ★, half-width brackets and a full stop after, written with xlsxwriter
(tests/helpers.py) and read back as ``collect_inbox`` reads a file. A bracket of labelled fields
alone ('（责任岗位：副局长）' in every cell) is what the cells' own bracket reader takes already
(HOLDER_IN_CELL_BRACKET); the reading is the same.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, ITEMS, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "medical.xlsx", {"清单": rows}, {"清单": merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


TITLE = ["XX县医疗保障局廉政风险点排查清单"]


def test_post_and_name_after_the_label_a_type_column_and_no_keshi(tmp_path):
    rows = [
        TITLE,
        ["序号", "风险点", "风险类型", "风险等级", "防控措施"],
        [1, "定点医药机构协议管理把关不严（责任人：局长　谯屹峤）", "岗位职责", "一级",
         "协议签订经局党组会研究。"],
        [2, "虚假就医结算审核不严（责任人：基金监管股股长　潘泓渟）", "业务流程", "一级",
         "智能审核与人工复核结合。"],
        [3, "收受定点药店礼品礼金（责任人：副局长　戈沅澍）", "思想道德", "二级",
         "节前廉政提醒，签订承诺书。"],
        [4, "异地就医备案资料审核走过场（责任人：待遇保障股科员　禤珺沣）", "业务流程", "三级",
         "备案资料双人审核。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("局长", "谯屹峤", "定点医药机构协议管理把关不严", "Ⅰ级"),
        ("股长", "潘泓渟", "虚假就医结算审核不严", "Ⅰ级"),
        ("副局长", "戈沅澍", "收受定点药店礼品礼金", "Ⅱ级"),
        ("科员", "禤珺沣", "异地就医备案资料审核走过场", "Ⅲ级"),
    ])  # fmt: skip
    r = got.risks
    assert set(zip(r["person"], r["department"], strict=True)) >= {
        ("潘泓渟", "基金监管股"), ("禤珺沣", "待遇保障股")}  # fmt: skip
    assert "HOLDER_IN_POINT_BRACKET" in codes(got)
    no_errors(got)


def test_two_holders_in_one_bracket_half_width_and_a_full_stop(tmp_path):
    rows = [
        TITLE,
        ["序号", "股室", "廉政风险点", "风险等级", "防控措施"],
        [1, "局领导", "医保基金支出审批一人说了算(责任人:局长 谯屹峤、副局长 戈沅澍)。", "★★★",
         "大额支出集体研究。"],
        [2, "局领导", "干部选拔任用不按程序（责任人：局长　谯屹峤）", "★★", "严格执行干部任用条例。"],
        [3, "基金监管股", "飞行检查通风报信（责任人：股长　潘泓渟）", "★★★", "检查名单随机抽取。"],
        [4, "基金监管股", "违规线索不移交、不查处（责任人：股长　潘泓渟）", "★★", "线索台账闭环管理。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("局长", "谯屹峤", "医保基金支出审批一人说了算", "Ⅰ级"),
        ("副局长", "戈沅澍", "医保基金支出审批一人说了算", "Ⅰ级"),
        ("局长", "谯屹峤", "干部选拔任用不按程序", "Ⅱ级"),
        ("股长", "潘泓渟", "飞行检查通风报信", "Ⅰ级"),
        ("股长", "潘泓渟", "违规线索不移交、不查处", "Ⅱ级"),
    ])  # fmt: skip
    assert "HOLDER_IN_POINT_BRACKET" in codes(got)
    no_errors(got)


def test_a_post_alone_after_the_label(tmp_path):
    rows = [
        TITLE,
        ["序号", "风险点", "风险等级", "防控措施"],
        [1, "医保目录外药品违规报销（责任岗位：副局长）", "二级", "目录调整集体研究并公示。"],
        [2, "两定机构年度考核打人情分（责任岗位：股长）", "一级", "考核实行交叉打分。"],
        [3, "参保缴费信息泄露（责任岗位：股长）", "三级", "信息系统分级授权。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1"])
    assert read(got) == sorted([
        ("副局长", "", "医保目录外药品违规报销", "Ⅱ级"),
        ("股长", "", "两定机构年度考核打人情分", "Ⅰ级"),
        ("股长", "", "参保缴费信息泄露", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)


def test_post_and_name_mixed_with_a_post_alone_keshi_merged(tmp_path):
    rows = [
        TITLE,
        ["序号", "股室", "廉政风险点", "风险等级", "防控措施"],
        [1, "待遇保障股", "门诊慢特病认定降低标准（责任人：股长　禤珺沣）", "一级", "专家评审，结果公示。"],
        [2, None, "生育津贴核发不按标准（责任岗位：科员）", "二级", "核发资料双人复核。"],
        [3, "办公室", "公务接待超标准（负责人：主任　姒沄璟）", "二级", "接待实行公函制度。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "B3:B4"])
    assert read(got) == sorted([
        ("股长", "禤珺沣", "门诊慢特病认定降低标准", "Ⅰ级"),
        ("科员", "", "生育津贴核发不按标准", "Ⅱ级"),
        ("主任", "姒沄璟", "公务接待超标准", "Ⅱ级"),
    ])  # fmt: skip
    r = got.risks
    assert set(zip(r["title"], r["department"], strict=True)) == {
        ("股长", "待遇保障股"), ("科员", "待遇保障股"), ("主任", "办公室")}  # fmt: skip
    no_errors(got)


def test_a_holder_column_beside_the_brackets_wins_and_the_cell_stays(tmp_path):
    rows = [
        TITLE,
        ["序号", "股室", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施"],
        [1, "基金监管股", "股长", "潘泓渟", "飞行检查通风报信（责任人：股长　潘泓渟）", "一级",
         "检查名单随机抽取。"],
        [2, "基金监管股", "科员", "蒯沐宸", "稽核数据随意修改（责任人：股长　潘泓渟）", "二级",
         "系统留痕，修改审批。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"])
    assert read(got) == sorted([
        ("股长", "潘泓渟", "飞行检查通风报信（责任人：股长　潘泓渟）", "Ⅰ级"),
        ("科员", "蒯沐宸", "稽核数据随意修改（责任人：股长　潘泓渟）", "Ⅱ级"),
    ])  # fmt: skip
    assert "HOLDER_IN_POINT_BRACKET" not in codes(got)
    no_errors(got)


def test_other_labels_closing_the_points_read_as_before(tmp_path):
    rows = [
        TITLE,
        ["序号", "股室", "岗位", "廉政风险点", "风险等级", "防控措施"],
        [1, "基金监管股", "股长", "行政处罚自由裁量畸轻畸重（依据：《医疗保障基金使用监督管理条例》）",
         "一级", "执行裁量基准。"],
        [2, "基金监管股", "科员", "举报奖励发放不及时（责任领导：副局长　戈沅澍）", "三级",
         "奖励按季度兑现。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        ("股长", "", "行政处罚自由裁量畸轻畸重", "Ⅰ级"),
        ("科员", "", "举报奖励发放不及时（责任领导：副局长　戈沅澍）", "Ⅲ级"),
    ])  # fmt: skip
    assert "POINT_NOTE_BRACKET" in codes(got)
    assert "HOLDER_IN_POINT_BRACKET" not in codes(got)
    no_errors(got)


def test_the_code_is_catalogued():
    assert "HOLDER_IN_POINT_BRACKET" in CATALOGUE and "HOLDER_IN_POINT_BRACKET" in SHORT
    assert ITEMS["HOLDER_IN_POINT_BRACKET"] == "责任人"


def test_what_the_ninety_eighth_review_found_a_holder_in_the_title_keeps_his_points(tmp_path):
    # his post and name in the title: the brackets name the staff who do the work, a note
    rows = [["XX县医疗保障局副局长戈沅澍岗位廉政风险点排查表"],
            ["序号", "风险点", "风险等级", "防控措施"],
            [1, "分管股室协议管理把关不严（责任人：基金股股长　潘泓渟）", "一级", "集体研究。"],
            [2, "虚假就医结算审核不严（责任人：待遇股科员　禤珺沣）", "二级", "智能审核。"],
            [3, "收受定点药店礼品礼金", "二级", "提醒。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1"])
    assert read(got) == sorted([
        ("副局长", "戈沅澍", "分管股室协议管理把关不严（责任人：基金股股长\u3000潘泓渟）", "Ⅰ级"),
        ("副局长", "戈沅澍", "虚假就医结算审核不严（责任人：待遇股科员\u3000禤珺沣）", "Ⅱ级"),
        ("副局长", "戈沅澍", "收受定点药店礼品礼金", "Ⅱ级"),
    ])  # fmt: skip
    assert "HOLDER_IN_POINT_BRACKET" not in codes(got)
    no_errors(got)


def test_what_the_ninety_eighth_review_found_a_holder_field_above_keeps_his_points(tmp_path):
    rows = [["XX县医疗保障局岗位廉政风险点排查表"],
            ["姓名", "戈沅澍", "职务", "副局长"],
            ["序号", "风险点", "风险等级", "防控措施"],
            [1, "分管股室协议管理把关不严（责任人：基金股股长　潘泓渟）", "一级", "集体研究。"],
            [2, "收受定点药店礼品礼金", "二级", "提醒。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1"])
    assert read(got) == sorted([
        ("副局长", "戈沅澍", "分管股室协议管理把关不严（责任人：基金股股长\u3000潘泓渟）", "Ⅰ级"),
        ("副局长", "戈沅澍", "收受定点药店礼品礼金", "Ⅱ级"),
    ])  # fmt: skip
    assert "HOLDER_IN_POINT_BRACKET" not in codes(got)
    no_errors(got)


def test_what_the_ninety_eighth_review_found_a_bare_overseeing_post_is_kept(tmp_path):
    rows = [TITLE,
            ["序号", "风险点", "风险等级", "防控措施"],
            [1, "收受定点药店礼品礼金（责任人：分管领导）", "二级", "提醒。"],
            [2, "参保信息泄露（责任人：各股室负责人）", "三级", "授权。"],
            [3, "医保目录外药品违规报销（责任人：主要负责人）", "二级", "公示。"],
            [4, "基金拨付审批不严（责任人：主要领导）", "一级", "会签。"],
            [5, "稽核线索压案不查（责任人：分管负责人）", "一级", "台账。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1"])
    assert read(got) == sorted([  # (as written, as before)
        ("", "", "收受定点药店礼品礼金（责任人：分管领导）", "Ⅱ级"),
        ("", "", "参保信息泄露（责任人：各股室负责人）", "Ⅲ级"),
        ("", "", "医保目录外药品违规报销（责任人：主要负责人）", "Ⅱ级"),
        ("", "", "基金拨付审批不严（责任人：主要领导）", "Ⅰ级"),
        ("", "", "稽核线索压案不查（责任人：分管负责人）", "Ⅰ级"),
    ])  # fmt: skip
    assert "HOLDER_IN_POINT_BRACKET" not in codes(got)
    no_errors(got)


def test_what_the_ninety_eighth_review_found_a_second_label_in_the_bracket(tmp_path):
    rows = [TITLE,
            ["序号", "风险点", "风险等级", "防控措施"],
            [1, "定点医药机构协议管理把关不严（责任人：基金股股长　潘泓渟；监督人：副局长　戈沅澍）",
             "一级", "集体研究。"],
            [2, "虚假就医结算审核不严（责任人：待遇股科员　禤珺沣，配合：股长　潘泓渟）", "二级",
             "智能审核。"],
            [3, "收受定点药店礼品礼金（责任人：副局长　戈沅澍）", "二级", "提醒。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1"])
    assert read(got) == sorted([  # (the 责任人 part; 监督人, 配合 no holder)
        ("股长", "潘泓渟", "定点医药机构协议管理把关不严", "Ⅰ级"),
        ("科员", "禤珺沣", "虚假就医结算审核不严", "Ⅱ级"),
        ("副局长", "戈沅澍", "收受定点药店礼品礼金", "Ⅱ级"),
    ])  # fmt: skip
    assert set(got.risks["department"]) == {"基金股", "待遇股", ""}
    assert "HOLDER_IN_POINT_BRACKET" in codes(got)
    no_errors(got)
