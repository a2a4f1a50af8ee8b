"""Level sub-rows inside each holder's block: a list with no level column, each leader's 姓名 and
职务 merged down (or written) over his rows, and in the point's column rows saying only a level
('【一级】', '二级风险点：', '（一般）', '较高风险'; merged across the measures or not, no 序号):
such a row is no point; the points under it have its level, down to the next such row or the
next holder's block.

Not the published batch's file (a 旅游区管理委员会 with 【高风险】/【中风险】/【低风险】 merged over
廉政风险点 | 防控措施 and 姓名 before 职务): a 水利局, a 人民医院 and a 市场监督管理局, other posts,
names and level words, two heading rows, holders written on every row, an extra 备注 column,
written with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str], sheet: str = "班子成员"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


def test_bracketed_sub_rows_in_merged_blocks(tmp_path):
    rows = [
        ["XX县水利局领导班子成员廉政风险点及防控措施"],
        ["序号", "姓名", "职务", "廉政风险点", "防控措施"],
        [None, "管琰翎", "局长", "【一级】", None],
        [1, None, None, "水利工程项目招投标中打招呼、定向发包", "重大项目集体决策，全程纪检监督。"],
        [2, None, None, "防汛抗旱物资采购中收受回扣", "物资采购进入政府采购平台。"],
        [None, None, None, "【三级】", None],
        [3, None, None, "公务接待超标准", "严格执行接待清单制度。"],
        [None, "滕珂珞", "副局长", "【二级】", None],
        [4, None, None, "河道采砂许可审批把关不严", "许可事项集体审议，结果公示。"],
        [None, None, None, "【三级】", None],
        [5, None, None, "下乡检查接受宴请", "执行八项规定，检查轻车简从。"],
        [6, None, None, "水资源费征收减免不规范", "减免事项报局党组审定。"],
        ["注：【一级】【二级】【三级】行以下的风险点为该等级。"],
    ]
    merges = ["A1:E1", "B3:B7", "C3:C7", "B8:B12", "C8:C12",
              "D3:E3", "D6:E6", "D8:E8", "D10:E10", "A13:E13"]  # fmt: skip
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("局长", "管琰翎", "水利工程项目招投标中打招呼、定向发包", "Ⅰ级"),
        ("局长", "管琰翎", "防汛抗旱物资采购中收受回扣", "Ⅰ级"),
        ("局长", "管琰翎", "公务接待超标准", "Ⅲ级"),
        ("副局长", "滕珂珞", "河道采砂许可审批把关不严", "Ⅱ级"),
        ("副局长", "滕珂珞", "下乡检查接受宴请", "Ⅲ级"),
        ("副局长", "滕珂珞", "水资源费征收减免不规范", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)


def test_named_sub_rows_under_two_heading_rows(tmp_path):
    # '一级风险点：' alone in the point's column (the measures' cell left empty, not merged), the
    # post before the name and both written out on every row
    rows = [
        ["XX县人民医院领导班子廉政风险防控台账"],
        ["序号", "职务", "姓名", "廉政风险", None],
        [None, None, None, "风险点", "防控措施"],
        [None, "院长", "冼婧翊", "一级风险点：", None],
        [
            1,
            "院长",
            "冼婧翊",
            "大型医疗设备采购中倾向性设置参数",
            "参数论证专家随机抽取，论证结果公示。",
        ],
        [None, "院长", "冼婧翊", "二级风险点：", None],
        [2, "院长", "冼婧翊", "干部选拔任用中个人说了算", "选任事项党委会集体研究。"],
        [3, "院长", "冼婧翊", "违规接受医药企业赞助", "赞助一律由医院账户统一接收。"],
        [None, "副院长", "甄淏桦", "二级风险点：", None],
        [4, "副院长", "甄淏桦", "药品遴选中收受回扣", "药事委员会集体遴选，全程留痕。"],
        [None, "副院长", "甄淏桦", "三级风险点：", None],
        [5, "副院长", "甄淏桦", "外出学习培训公款旅游", "培训计划年初报批，费用据实报销。"],
    ]
    merges = ["A1:E1", "D2:E2", "A2:A3", "B2:B3", "C2:C3"]
    got = run(tmp_path, rows, merges, sheet="台账")
    assert read(got) == sorted([
        ("院长", "冼婧翊", "大型医疗设备采购中倾向性设置参数", "Ⅰ级"),
        ("院长", "冼婧翊", "干部选拔任用中个人说了算", "Ⅱ级"),
        ("院长", "冼婧翊", "违规接受医药企业赞助", "Ⅱ级"),
        ("副院长", "甄淏桦", "药品遴选中收受回扣", "Ⅱ级"),
        ("副院长", "甄淏桦", "外出学习培训公款旅游", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)


def test_sub_rows_with_seq_left_blank_and_an_extra_column(tmp_path):
    # 序号 numbered afresh in each block and left blank on '较高风险' / '（一般）', a 备注 column
    # after the measures, the sub-row merged over the point only
    rows = [
        ["XX县市场监督管理局领导班子岗位廉政风险防控表"],
        ["序号", "职务", "姓名", "岗位廉政风险点", "防控措施", "备注"],
        [None, "局长", "郗湛琮", "较高风险", None, None],
        [
            1,
            None,
            None,
            "行政处罚案件中以罚代刑、降格处理",
            "重大案件法制审核，集体讨论决定。",
            "分管法制",
        ],
        [2, None, None, "特种设备检验中吃拿卡要", "检验结果网上公开，接受投诉。", None],
        [None, None, None, "（一般）", None, None],
        [3, None, None, "工作日午间饮酒", "廉政谈话，定期抽查。", None],
        [None, "副局长", "萨昱珩", "较高风险", None, None],
        [1, None, None, "食品生产许可现场核查走过场", "核查两人以上，全程记录。", None],
        [None, None, None, "（一般）", None, None],
        [2, None, None, "执法检查中接受企业宴请", "执法记录仪全程记录。", None],
        ["填表人：", None, "审核人：", None, "2025年3月", None],
    ]
    merges = ["A1:F1", "B3:B7", "C3:C7", "B8:B11", "C8:C11"]
    got = run(tmp_path, rows, merges, sheet="防控表")
    assert read(got) == sorted([
        ("局长", "郗湛琮", "行政处罚案件中以罚代刑、降格处理", "Ⅱ级"),
        ("局长", "郗湛琮", "特种设备检验中吃拿卡要", "Ⅱ级"),
        ("局长", "郗湛琮", "工作日午间饮酒", "Ⅲ级"),
        ("副局长", "萨昱珩", "食品生产许可现场核查走过场", "Ⅱ级"),
        ("副局长", "萨昱珩", "执法检查中接受企业宴请", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)


def test_a_point_opening_with_a_bracketed_word_stays_a_point(tmp_path):
    # '【重点】…' is a point with a tag before it, no level sub-row (the level column gives it)
    rows = [
        ["XX县水利局机关股室岗位廉政风险防控表"],
        ["序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
        [
            1,
            "财务股",
            "股长",
            "苟瑾琰",
            "【重点】大额资金支付审批把关不严",
            "一级",
            "大额支付局长办公会审定。",
        ],
        [2, "财务股", "会计", "冶芮晗", "【一般】报销凭证审核不严", "三级", "凭证双人复核。"],
        [3, "建管股", "股长", "敖珈琪", "质量监督检查走过场", "二级", "检查结果公示。"],
    ]
    got = run(tmp_path, rows, ["A1:G1"], sheet="机关股室")
    assert read(got) == sorted([
        ("股长", "苟瑾琰", "【重点】大额资金支付审批把关不严", "Ⅰ级"),
        ("会计", "冶芮晗", "【一般】报销凭证审核不严", "Ⅲ级"),
        ("股长", "敖珈琪", "质量监督检查走过场", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)


def test_a_level_column_wins_over_sub_rows(tmp_path):
    # a 风险等级 column beside such rows: each point's level is its own cell's, the rule not
    # taken (the rows read as before)
    rows = [
        ["XX县人民医院科室负责人廉政风险防控表"],
        ["序号", "姓名", "职务", "廉政风险点", "风险等级", "防控措施"],
        [None, "房翊菡", "药剂科主任", "【高风险】", None, None],
        [1, None, None, "药品采购验收中以次充好", "中", "验收双人签字。"],
        [2, None, None, "麻醉药品管理不严", "低", "专柜双锁管理。"],
    ]
    merges = ["A1:F1", "B3:B5", "C3:C5", "D3:F3"]
    got = run(tmp_path, rows, merges, sheet="科室")
    risks = read(got)
    assert ("药剂科主任", "房翊菡", "药品采购验收中以次充好", "Ⅱ级") in risks
    assert ("药剂科主任", "房翊菡", "麻醉药品管理不严", "Ⅲ级") in risks


def test_an_outer_level_section_still_heads_its_rows(tmp_path):
    # '一、一级风险点' merged across a list naming its holders on every row: the existing
    # outer section, not a sub-row of one holder's block
    rows = [
        ["XX县市场监督管理局岗位廉政风险点一览表"],
        ["序号", "岗位", "姓名", "廉政风险点", "防控措施"],
        ["一、一级风险点"],
        [1, "稽查队长", "郦霈璇", "案件查办中说情打招呼", "说情登记备案。"],
        ["二、二级风险点"],
        [2, "登记员", "阚婕妤", "企业登记材料审核不严", "审核双人签字。"],
    ]
    merges = ["A1:E1", "A3:E3", "A5:E5"]
    got = run(tmp_path, rows, merges, sheet="一览表")
    assert read(got) == sorted([
        ("稽查队长", "郦霈璇", "案件查办中说情打招呼", "Ⅰ级"),
        ("登记员", "阚婕妤", "企业登记材料审核不严", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)


# --- what the ninety-ninth review found

HEAD99 = ["序号", "姓名", "职务", "廉政风险点", "防控措施"]
TITLE99 = "XX县水利局领导班子成员廉政风险点"


def test_what_the_ninety_ninth_review_found_a_numbered_sub_row_is_a_sub_row(tmp_path):
    # '2 | 【二级】': its 序号 filled, a bracketed level alone in the point's column all the
    # same: no point, the level of the points under it; the next holder's block has none
    rows = [
        [TITLE99],
        HEAD99,
        [None, "管琰翎", "局长", "【一级】", None],
        [1, None, None, "工程招投标打招呼", "集体决策。"],
        [2, None, None, "【二级】", None],
        [3, None, None, "物资采购收受回扣", "政府采购。"],
        [4, "滕珂珞", "副局长", "公务接待超标准", "接待清单。"],
    ]
    got = run(tmp_path, rows, ["A1:E1", "B3:B6", "C3:C6"])
    assert read(got) == sorted([
        ("局长", "管琰翎", "工程招投标打招呼", "Ⅰ级"),
        ("局长", "管琰翎", "物资采购收受回扣", "Ⅱ级"),
        ("副局长", "滕珂珞", "公务接待超标准", ""),
    ])  # fmt: skip
    blank = got.issues[got.issues["code"] == "LEVEL_BLANK"]
    assert list(blank["cell"]) == ["D7"], blank.to_dict("records")
    assert "MEASURES_BLANK" not in set(got.issues["code"])


def test_what_the_ninety_ninth_review_found_a_band_in_a_list_of_one_post_a_row(tmp_path):
    # no holders' blocks (one post a row, nothing merged): '较高风险' holds for 局长 and
    # 副局长 down to '一般风险'
    rows = [
        ["XX县水利局廉政风险点清单"],
        ["序号", "岗位", "廉政风险点", "防控措施"],
        [None, None, "较高风险", None],
        [1, "局长", "工程招投标打招呼", "集体决策。"],
        [2, "副局长", "物资采购收受回扣", "政府采购。"],
        [None, None, "一般风险", None],
        [3, "办公室主任", "公务接待超标准", "接待清单。"],
    ]
    got = run(tmp_path, rows, ["A1:D1"])
    assert read(got) == sorted([
        ("局长", "", "工程招投标打招呼", "Ⅱ级"),
        ("副局长", "", "物资采购收受回扣", "Ⅱ级"),
        ("办公室主任", "", "公务接待超标准", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)


def test_what_the_ninety_ninth_review_found_a_sub_row_beside_a_level_column(tmp_path):
    # '【高风险】' in a table with a 风险等级 column: no point; its level fills the blank level
    # cells of its block, a written level wins
    rows = [
        [TITLE99],
        ["序号", "姓名", "职务", "廉政风险点", "风险等级", "防控措施"],
        [None, "管琰翎", "局长", "【高风险】", None, None],
        [1, None, None, "工程招投标打招呼", "中", "集体决策。"],
        [2, None, None, "物资采购收受回扣", None, "政府采购。"],
        [None, "滕珂珞", "副局长", "【低风险】", None, None],
        [3, None, None, "公务接待超标准", "低", "接待清单。"],
    ]
    got = run(tmp_path, rows, ["A1:F1", "B3:B5", "C3:C5", "B6:B7", "C6:C7"])
    assert read(got) == sorted([
        ("局长", "管琰翎", "工程招投标打招呼", "Ⅱ级"),
        ("局长", "管琰翎", "物资采购收受回扣", "Ⅰ级"),
        ("副局长", "滕珂珞", "公务接待超标准", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "MEASURES_BLANK" not in set(got.issues["code"])


def test_what_the_ninety_ninth_review_found_a_level_prefix_before_the_point(tmp_path):
    # '一级风险点：工程招投标打招呼' (no level column): the prefix is the level, not the point's
    rows = [
        [TITLE99],
        HEAD99,
        [1, "管琰翎", "局长", "一级风险点：工程招投标打招呼", "集体决策。"],
        [2, None, None, "二级风险点：物资采购收受回扣", "政府采购。"],
        [3, "滕珂珞", "副局长", "三级风险点：公务接待超标准", "接待清单。"],
    ]
    got = run(tmp_path, rows, ["A1:E1", "B3:B4", "C3:C4"])
    assert read(got) == sorted([
        ("局长", "管琰翎", "工程招投标打招呼", "Ⅰ级"),
        ("局长", "管琰翎", "物资采购收受回扣", "Ⅱ级"),
        ("副局长", "滕珂珞", "公务接待超标准", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)


def test_what_the_ninety_ninth_review_found_a_prefix_beside_a_level_column_stays(tmp_path):
    # a level column beside it: the point's words as written, its level the column's
    rows = [
        [TITLE99],
        ["序号", "姓名", "职务", "廉政风险点", "风险等级", "防控措施"],
        [1, "管琰翎", "局长", "一级风险点：工程招投标打招呼", "二级", "集体决策。"],
    ]
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == [("局长", "管琰翎", "一级风险点：工程招投标打招呼", "Ⅱ级")]
