"""No level column for the points: each holder's ``岗位风险等级`` merged down his rows, each row a
mark of the point's weight (``主要/次要``, ``重点/一般``, ``核心/一般``), and a note composing the
point's level from the two — sentences per grade ('高风险岗位的重点风险为高风险，一般风险为中风险；…')
or one rule ('主要风险点…与岗位风险等级相同，次要风险点低一级', the lowest level the floor). Each
point takes its combination's level; the post grade stays the post's declared grade.

Not the published batch's file (a county's 财政局 排查表 with 股室/岗位/姓名/岗位风险等级 一级/二级/三级,
风险主次 主要/次要 and a 注 of sentences per grade): a 县卫生健康局, a 市场监管所 and a 县医保局,
other posts and names, other grade words (高/中/低, 岗位风险等级为一级的), other marks, one or two
heading rows, a 风险类型 column, written with xlsxwriter (tests/helpers.py) and read back as
``collect_inbox`` reads a file.
"""

from pathlib import Path

import pytest
from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str], sheet: str = "排查表"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def errors(got) -> set[str]:
    return set(got.issues[got.issues["severity"] == "error"]["code"])


def test_high_middle_low_posts_and_key_or_ordinary_marks(tmp_path):
    # one heading row; the post grades 高/中/低 merged per holder; marks 重点/一般 (which alone
    # would read as levels); the note a sentence per grade, the last grade's points all alike
    rows = [["XX县卫生健康局廉政风险点排查登记表"],
            ["序号", "岗位", "姓名", "岗位风险等级", "风险点", "风险主次", "防控措施"],
            [1, "局长", "濮砚舟", "高", "医疗设备采购指定品牌", "重点", "采购需求论证，集体决策。"],
            [2, None, None, None, "公立医院院长选任个人说了算", "一般", "人选经党组会研究。"],
            [3, "医政医管股股长", "鞠晗蔚", "中", "医疗机构校验放宽标准", "重点", "校验结果公示。"],
            [4, None, None, None, "接受医疗机构宴请", "一般", "签订廉洁承诺书。"],
            [5, "办事员", "阎芷汀", "低", "证照发放不按顺序", "重点", "按受理顺序发放。"],
            [6, None, None, None, "档案借阅不登记", "一般", "借阅登记。"],
            ["说明：高风险岗位的重点风险为高风险，一般风险为中风险；中风险岗位的重点风险为中风险，"
             "一般风险为低风险；低风险岗位的风险点一律为低风险。"],
            ["填表人：", None, "审核人：", None, "2025年8月"]]  # fmt: skip
    merges = ["A1:G1", "B3:B4", "C3:C4", "D3:D4", "B5:B6", "C5:C6", "D5:D6", "B7:B8", "C7:C8",
              "D7:D8", "A9:G9"]  # fmt: skip
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("局长", "濮砚舟", "医疗设备采购指定品牌", "Ⅰ级"),
        ("局长", "濮砚舟", "公立医院院长选任个人说了算", "Ⅱ级"),
        ("医政医管股股长", "鞠晗蔚", "医疗机构校验放宽标准", "Ⅱ级"),
        ("医政医管股股长", "鞠晗蔚", "接受医疗机构宴请", "Ⅲ级"),
        ("办事员", "阎芷汀", "证照发放不按顺序", "Ⅲ级"),
        ("办事员", "阎芷汀", "档案借阅不登记", "Ⅲ级"),
    ])  # fmt: skip
    assert "LEVEL_BY_POST_GRADE_AND_MARK" in codes(got)
    assert not {"LEVEL_SCALE", "GRADE_MISMATCH"} & codes(got)
    assert not errors(got)


def test_one_rule_a_step_down_under_two_heading_rows_with_a_type_column(tmp_path):
    # two heading rows (风险点 over 内容/主次), a 风险类型 column, the post's grade 一级/二级/三级 and
    # one rule for all grades: 主要 the post's grade, 次要 one step lower, 三级 the floor
    rows = [["XX市场监督管理所岗位廉政风险排查表"],
            ["岗位信息", None, None, "廉政风险", None, None, "防控措施"],
            ["岗位", "姓名", "岗位风险等级", "风险点", "主次", "风险类型", None],
            ["所长", "郜沐岚", "一级", "行政处罚自由裁量畸轻畸重", "主要", "岗位职责", "重大案件集体审议。"],
            [None, None, None, "抽检任务随意指定企业", "次要", "制度机制", "双随机抽取。"],
            ["执法员", "滕予澈", "二级", "检查中吃拿卡要", "主要", "思想道德", "两人执法，全程记录。"],
            [None, None, None, "案件线索不登记", "次要", "制度机制", "线索统一登记。"],
            ["登记员", "冀晚棠", "三级", "登记材料把关不严", "主要", "岗位职责", "一次性告知，双人复核。"],
            [None, None, None, "为熟人提前办理", "次要", "思想道德", "按序受理。"],
            ["注：主要风险点的风险等级与所在岗位的岗位风险等级相同，次要风险点比岗位风险等级低一级。"]]  # fmt: skip
    merges = ["A1:G1", "A2:C2", "D2:F2", "G2:G3", "A4:A5", "B4:B5",
              "C4:C5", "A6:A7", "B6:B7", "C6:C7", "A8:A9", "B8:B9", "C8:C9", "A10:G10"]  # fmt: skip
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("所长", "郜沐岚", "行政处罚自由裁量畸轻畸重", "Ⅰ级"),
        ("所长", "郜沐岚", "抽检任务随意指定企业", "Ⅱ级"),
        ("执法员", "滕予澈", "检查中吃拿卡要", "Ⅱ级"),
        ("执法员", "滕予澈", "案件线索不登记", "Ⅲ级"),
        ("登记员", "冀晚棠", "登记材料把关不严", "Ⅲ级"),
        ("登记员", "冀晚棠", "为熟人提前办理", "Ⅲ级"),
    ])  # fmt: skip
    assert "LEVEL_BY_POST_GRADE_AND_MARK" in codes(got)
    assert "LEVEL_SCALE" not in codes(got)
    assert not errors(got)


def test_grade_said_after_the_post_core_marks_and_a_department_column(tmp_path):
    # a 科室 column merged over two holders; marks 核心/一般; the note names grades as
    # '岗位风险等级为一级的' and gives each combination in its own clause
    rows = [["XX县医疗保障局岗位廉政风险点清单"],
            ["科室", "职务", "姓名", "岗位风险等级", "廉政风险点", "风险主次", "防控措施"],
            ["基金监管股", "股长", "蒲霁川", "一级", "定点机构违规不查处", "核心", "查处结果集体研究。"],
            [None, None, None, None, "飞行检查走漏风声", "一般", "检查对象临时抽取。"],
            [None, "科员", "蔺晓岑", "二级", "稽核数据选择性上报", "核心", "数据双人核对。"],
            [None, None, None, None, "收受定点药店购物卡", "一般", "廉洁承诺。"],
            ["注：岗位风险等级为一级的，核心风险点为一级，一般风险点为二级；岗位风险等级为二级的，"
             "核心风险点为二级，一般风险点为三级。"]]  # fmt: skip
    merges = ["A1:G1", "A3:A6", "B3:B4", "C3:C4", "D3:D4", "B5:B6", "C5:C6", "D5:D6", "A7:G7"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("股长", "蒲霁川", "定点机构违规不查处", "Ⅰ级"),
        ("股长", "蒲霁川", "飞行检查走漏风声", "Ⅱ级"),
        ("科员", "蔺晓岑", "稽核数据选择性上报", "Ⅱ级"),
        ("科员", "蔺晓岑", "收受定点药店购物卡", "Ⅲ级"),
    ])  # fmt: skip
    assert not errors(got)


def test_a_grade_the_note_leaves_out_has_no_level_and_a_warning(tmp_path):
    rows = [["XX县医疗保障局岗位廉政风险点清单"],
            ["职务", "姓名", "岗位风险等级", "廉政风险点", "风险主次", "防控措施"],
            ["局长", "蒲霁川", "一级", "医保目录调整暗箱操作", "主要", "集体研究。"],
            [None, None, None, "为定点机构说情", "次要", "登记报告。"],
            ["科员", "蔺晓岑", "三级", "报销材料审核不严", "主要", "双人复核。"],
            ["注：一级岗位的主要风险点为一级风险点，次要风险点为二级风险点；二级岗位的主要风险点为二级"
             "风险点，次要风险点为三级风险点。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A3:A4", "B3:B4", "C3:C4", "A6:F6"])
    levels = dict(zip(got.risks["risk_point"], got.risks["risk_level"], strict=True))
    assert levels["医保目录调整暗箱操作"] == "Ⅰ级" and levels["为定点机构说情"] == "Ⅱ级"
    assert levels["报销材料审核不严"] == ""
    warned = got.issues[got.issues["code"] == "LEVEL_BY_POST_GRADE_AND_MARK_UNCOVERED"]
    assert list(warned["cell"]) == ["E5"] and list(warned["severity"]) == ["warning"]


def test_a_real_level_column_beside_the_marks_wins(tmp_path):
    # a 风险等级 column of its own beside 风险主次: the levels as written, 主次 only data
    rows = [["XX县卫生健康局廉政风险点排查登记表"],
            ["岗位", "姓名", "岗位风险等级", "风险点", "风险主次", "风险等级", "防控措施"],
            ["局长", "濮砚舟", "一级", "医疗设备采购指定品牌", "主要", "一级", "集体决策。"],
            [None, None, None, "公立医院院长选任个人说了算", "次要", "一级", "党组会研究。"],
            ["办事员", "阎芷汀", "三级", "证照发放不按顺序", "主要", "三级", "按序发放。"],
            ["注：一级岗位的主要风险点为一级风险点，次要风险点为二级风险点；三级岗位的风险点均为三级。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "A3:A4", "B3:B4", "C3:C4", "A6:G6"])
    assert read(got) == sorted([
        ("局长", "濮砚舟", "医疗设备采购指定品牌", "Ⅰ级"),
        ("局长", "濮砚舟", "公立医院院长选任个人说了算", "Ⅰ级"),
        ("办事员", "阎芷汀", "证照发放不按顺序", "Ⅲ级"),
    ])  # fmt: skip
    assert "LEVEL_BY_POST_GRADE_AND_MARK" not in codes(got)


def test_key_or_ordinary_levels_with_no_post_grade_read_as_before(tmp_path):
    # 重点/一般 as the level words of a 风险等级 column, no post grade, a note about checks only
    rows = [["XX市场监督管理所廉政风险点一览表"],
            ["岗位", "姓名", "风险点", "风险等级", "防控措施"],
            ["所长", "郜沐岚", "行政处罚自由裁量畸轻畸重", "重点", "重大案件集体审议。"],
            ["执法员", "滕予澈", "检查中吃拿卡要", "一般", "两人执法。"],
            ["注：重点风险点每季度检查一次，一般风险点每半年检查一次。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A5:E5"])
    assert read(got) == sorted([
        ("所长", "郜沐岚", "行政处罚自由裁量畸轻畸重", "Ⅰ级"),
        ("执法员", "滕予澈", "检查中吃拿卡要", "Ⅲ级"),
    ])  # fmt: skip
    assert "LEVEL_BY_POST_GRADE_AND_MARK" not in codes(got)


def test_marks_under_a_note_that_composes_nothing_read_as_before(tmp_path):
    # a post grade and 主要/次要 marks, but the note ties no level to them: as before, the
    # marks no level and the points' levels blank
    rows = [["XX县医疗保障局岗位廉政风险点清单"],
            ["职务", "姓名", "岗位风险等级", "廉政风险点", "风险主次", "防控措施"],
            ["局长", "蒲霁川", "一级", "医保目录调整暗箱操作", "主要", "集体研究。"],
            [None, None, None, "为定点机构说情", "次要", "登记报告。"],
            ["注：主要风险点由局领导每季度督查一次，次要风险点由股室每半年自查一次。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A3:A4", "B3:B4", "C3:C4", "A5:F5"])
    assert read(got) == sorted([
        ("局长", "蒲霁川", "医保目录调整暗箱操作", ""),
        ("局长", "蒲霁川", "为定点机构说情", ""),
    ])  # fmt: skip
    assert "LEVEL_BLANK" in codes(got)
    assert "LEVEL_BY_POST_GRADE_AND_MARK" not in codes(got)


def test_the_codes_are_catalogued():
    assert CATALOGUE["LEVEL_BY_POST_GRADE_AND_MARK"][0] == "info"
    assert CATALOGUE["LEVEL_BY_POST_GRADE_AND_MARK_UNCOVERED"][0] == "warning"
    assert SHORT["LEVEL_BY_POST_GRADE_AND_MARK"] and SHORT["LEVEL_BY_POST_GRADE_AND_MARK_UNCOVERED"]


def test_marks_as_the_level_column_with_no_note_read_as_before(tmp_path):
    # a 风险程度 column of 主要/次要 beside a post grade and no note: no level, as before (the
    # two words are no scale the reader knows; it guesses one, saying so in LEVEL_SCALE, only
    # where a note names them)
    rows = [["XX县医疗保障局岗位廉政风险点清单"],
            ["职务", "姓名", "岗位风险等级", "廉政风险点", "风险程度", "防控措施"],
            ["局长", "蒲霁川", "一级", "医保目录调整暗箱操作", "主要", "集体研究。"],
            [None, None, None, "为定点机构说情", "次要", "登记报告。"],
            ["科员", "蔺晓岑", "三级", "报销材料审核不严", "主要", "双人复核。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A3:A4", "B3:B4", "C3:C4"])
    assert read(got) == sorted([
        ("局长", "蒲霁川", "医保目录调整暗箱操作", ""),
        ("局长", "蒲霁川", "为定点机构说情", ""),
        ("科员", "蔺晓岑", "报销材料审核不严", ""),
    ])  # fmt: skip
    assert list(got.issues[got.issues["code"] == "LEVEL_UNKNOWN"]["cell"]) == ["E3", "E4", "E5"]
    assert "LEVEL_BY_POST_GRADE_AND_MARK" not in codes(got)


# review 124: the one rule in other words; a note covering only some grades
REVIEW124_HEAD = ["序号", "岗位", "姓名", "岗位风险等级", "风险点", "风险主次", "防控措施"]
REVIEW124_MERGES = ["A1:G1", "B3:B4", "C3:C4", "D3:D4", "B5:B6", "C5:C6", "D5:D6", "A7:G7"]


def review124_rows(g1: str, g2: str, note: str) -> list[list]:
    return [["XX县财政局廉政风险点排查表"], REVIEW124_HEAD,
            [1, "局长", "濮砚舟", g1, "预算分配个人说了算", "主要", "集体决策"],
            [2, None, None, None, "接受宴请", "次要", "承诺"],
            [3, "国库股长", "鞠晗蔚", g2, "资金拨付不按序", "主要", "系统控制"],
            [4, None, None, None, "票据审核不严", "次要", "复核"],
            [note]]  # fmt: skip


@pytest.mark.parametrize(
    "note",
    [
        "注：主要风险点的风险等级同岗位风险等级，次要风险点降低一个等级。",
        "注：主要风险点与岗位风险等级一致，次要风险点降一档。",
        "注：主要风险点按岗位风险等级，次要风险点低一个等级。",
        "注：主要风险点的等级同岗位风险等级，次要风险点下调一级。",
        "注：主要风险点的等级与岗位风险等级相同，次要风险点低一级。",
    ],
)
def test_what_the_hundred_and_twenty_fourth_review_found_the_rule_in_other_words(tmp_path, note):
    got = run(tmp_path, review124_rows("高风险", "中风险", note), REVIEW124_MERGES)
    assert read(got) == sorted([
        ("局长", "濮砚舟", "预算分配个人说了算", "Ⅰ级"),
        ("局长", "濮砚舟", "接受宴请", "Ⅱ级"),  # (次要: a step down, not the post's own)
        ("国库股长", "鞠晗蔚", "资金拨付不按序", "Ⅱ级"),
        ("国库股长", "鞠晗蔚", "票据审核不严", "Ⅲ级"),
    ])  # fmt: skip
    assert "LEVEL_BY_POST_GRADE_AND_MARK" in codes(got)
    assert not {"LEVEL_BY_POST", "LEVEL_SCALE"} & codes(got)
    assert not errors(got)


def test_what_the_hundred_and_twenty_fourth_review_found_a_cell_left_out_said_once(tmp_path):
    note = ("说明：高风险岗位的主要风险为高风险，次要风险为中风险；中风险岗位的主要风险为中风险，"
            "次要风险为低风险。")  # fmt: skip
    got = run(tmp_path, review124_rows("高", "低", note), REVIEW124_MERGES)
    assert read(got) == sorted([
        ("局长", "濮砚舟", "预算分配个人说了算", "Ⅰ级"),
        ("局长", "濮砚舟", "接受宴请", "Ⅱ级"),
        ("国库股长", "鞠晗蔚", "资金拨付不按序", ""),  # (低 posts: the note says nothing)
        ("国库股长", "鞠晗蔚", "票据审核不严", ""),
    ])  # fmt: skip
    issues = got.issues
    warned = issues[issues["code"] == "LEVEL_BY_POST_GRADE_AND_MARK_UNCOVERED"]
    assert list(warned["cell"]) == ["F5", "F6"]
    assert not errors(got)  # (no LEVEL_UNKNOWN for '主要'/'次要' at the same cells)
    assert "COLUMN_GUESSED" not in codes(got)  # (风险主次 is no level column)
    said = issues[issues["code"] == "LEVEL_BY_POST_GRADE_AND_MARK"].iloc[0]["message"]
    assert "次要风险为中风险；中风险岗位的主要风险为中风险，次要风险为低风险" in said
