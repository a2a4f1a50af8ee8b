"""A level written ONCE in brackets after the name in a stage (or duty) cell: a list with no level
column ordered by work stage, the 工作环节/业务流程 (or 主要职责) cell merged down over the points of
that stage — points of different holders — and the stage's level closing that cell in brackets
('许可受理（高）', '现场核查(中)', '证照发放【低】', '林木采伐审核（Ⅰ级）', '处方审核（风险等级：二级）').
Every point beside the cell takes that level (unmerged, the cell's own row), the bracket is taken
off the stage's text, and one info LEVEL_IN_STAGE_CELL a table says so. Before, the bracket stayed
in the stage's text and every level was blank (LEVEL_BLANK on each row).

Near-misses an ordinary file has, read as before: a bracket in the stage that is no level
('政府采购（含审批）', '年度预算编制（2024年）') stays in the text and the level column (or its
blank) decides; a list WITH a level column keeps its own levels and its stage's text whole; one
unmerged stage cell (one row) alone with a level bracket in a longer list is too little to read
a list's levels by.

Not the published batch's table (a 通关服务中心 by 业务环节 with ``（一级风险）``): a county
市场监督管理局, a 林业局 (its 主要职责 column) and a 人民医院 (an .ods copy, the level labelled in
the bracket), other posts, names and level words (高/中/低 in three bracket kinds, Ⅰ级/Ⅲ级,
风险等级：二级) — written with tests/helpers.py and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_ods, write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def run(tmp_path: Path, rows: list[list], merges: list[str] = (), ods: bool = False):
    inbox = tmp_path / "inbox"
    if ods:
        write_ods(inbox / "t.ods", {"Sheet1": rows})
    else:
        write_workbook(inbox / "t.xlsx", {"Sheet1": rows}, merges={"Sheet1": list(merges)})
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def read(got, stage: str = "workflow") -> list[tuple[str, str, str, str]]:
    r = got.risks
    return list(zip(r["person"], r[stage], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> list[str]:
    return got.issues["code"].tolist()


# 县市场监督管理局: 工作环节 second, merged over two holders' points, 高/中/低 in （）, () and 【】
MARKET = [
    ["XX县市场监督管理局行政许可廉政风险防控一览表"],
    ["序号", "工作环节", "风险点", "科室", "职务", "姓名", "防控措施"],
    [1, "许可受理（高）", "对材料不全的申请人违规受理", "登记注册股", "窗口人员", "逯晗舟", "一次性告知，受理留痕。"],
    [2, None, "受理后拖延不办吃拿卡要", "登记注册股", "股长", "笪沐言", "限时办结，超时预警。"],
    [3, "现场核查(中)", "核查走过场出具虚假意见", "食品生产股", "核查员", "逯晗舟", "两人以上核查，全程录像。"],
    [4, None, "接受被核查企业宴请", "食品生产股", "股长", "郦书禾", "核查纪律书面告知企业。"],
    [5, "证照发放【低】", "证照发放不登记", "办公室", "文员", "笪沐言", "发放签收登记。"],
]  # fmt: skip
MARKET_MERGES = ["B3:B4", "B5:B6"]


def test_a_merged_stage_cell_gives_its_level_to_every_point_beside_it(tmp_path):
    got = run(tmp_path, MARKET, MARKET_MERGES)
    assert read(got) == [
        ("逯晗舟", "许可受理", "对材料不全的申请人违规受理", "Ⅰ级"),
        ("笪沐言", "许可受理", "受理后拖延不办吃拿卡要", "Ⅰ级"),
        ("逯晗舟", "现场核查", "核查走过场出具虚假意见", "Ⅱ级"),
        ("郦书禾", "现场核查", "接受被核查企业宴请", "Ⅱ级"),
        ("笪沐言", "证照发放", "证照发放不登记", "Ⅲ级"),
    ]
    assert codes(got).count("LEVEL_IN_STAGE_CELL") == 1
    assert "LEVEL_BLANK" not in codes(got)
    issue = got.issues[got.issues["code"] == "LEVEL_IN_STAGE_CELL"].iloc[0]
    assert issue["cell"] == "B3" and issue["severity"] == "info"
    assert "工作环节" in issue["message"] and "风险级别" in issue["message"]
    assert "LEVEL_IN_STAGE_CELL" in CATALOGUE and "LEVEL_IN_STAGE_CELL" in SHORT


# 县林业局: the level after each duty in a 主要职责 column, merged over one holder's points, placed
# after the holder's columns; Ⅰ级/Ⅲ级
FORESTRY = [
    ["XX县林业局岗位廉政风险点排查表"],
    ["科室", "岗位", "姓名", "主要职责", "廉政风险点", "防控措施"],
    ["资源股", "股长", "闵若溪", "林木采伐许可审核（Ⅰ级）", "超限额审批采伐指标", "采伐指标网上公示。"],
    ["资源股", "股长", "闵若溪", None, "对无证采伐不予查处", "案件移交登记台账。"],
    ["防火办", "管理员", "伍青禾", "森林防火物资管理（Ⅲ级）", "防火物资出入库不登记", "物资台账月盘点。"],
]  # fmt: skip


def test_a_duty_cell_closing_with_a_level_gives_it_to_its_points(tmp_path):
    got = run(tmp_path, FORESTRY, ["D3:D4"])
    assert read(got, "duty") == [
        ("闵若溪", "林木采伐许可审核", "超限额审批采伐指标", "Ⅰ级"),
        ("闵若溪", "林木采伐许可审核", "对无证采伐不予查处", "Ⅰ级"),
        ("伍青禾", "森林防火物资管理", "防火物资出入库不登记", "Ⅲ级"),
    ]
    assert codes(got).count("LEVEL_IN_STAGE_CELL") == 1
    assert "LEVEL_BLANK" not in codes(got)


# 县人民医院 (an .ods copy): 业务流程 last but one, unmerged (the stage written on each row), the
# level labelled in the bracket
HOSPITAL = [
    ["XX县人民医院药剂科廉政风险防控清单"],
    ["序号", "科室", "岗位", "责任人", "廉政风险点", "业务流程", "防控措施"],
    [1, "药剂科", "主任", "阙嘉禾", "药品遴选收受回扣", "药品遴选（风险等级：一级）", "药事委员会集体遴选。"],
    [2, "药剂科", "药师", "桑语桐", "处方审核放任超量开药", "处方审核（风险等级：二级）", "处方点评每月通报。"],
    [3, "药剂科", "库管员", "桑语桐", "药品出入库账实不符", "药品库房管理（风险等级：二级）", "库房双人双锁。"],
]  # fmt: skip


def test_unmerged_stage_cells_each_give_their_own_row_a_level_in_an_ods_copy(tmp_path):
    got = run(tmp_path, HOSPITAL, ods=True)
    assert [(p, w, lv) for p, w, _, lv in read(got)] == [
        ("阙嘉禾", "药品遴选", "Ⅰ级"),
        ("桑语桐", "处方审核", "Ⅱ级"),
        ("桑语桐", "药品库房管理", "Ⅱ级"),
    ]
    assert codes(got).count("LEVEL_IN_STAGE_CELL") == 1


def test_a_bracket_that_is_no_level_stays_in_the_stage(tmp_path):
    rows = [
        ["XX县财政局廉政风险点一览表"],
        ["序号", "工作环节", "风险点", "股室", "岗位", "姓名", "风险等级", "防控措施"],
        [1, "政府采购（含审批）", "指定供应商", "采购股", "股长", "詹沐晴", "高", "三家比选。"],
        [2, None, "化整为零规避招标", "采购股", "科员", "柯远山", "中", "采购计划备案。"],
        [3, "年度预算编制（2024年）", "预算编制优亲厚友", "预算股", "股长", "詹沐晴", "低", "集体研究。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["B3:B4"])
    assert read(got) == [
        ("詹沐晴", "政府采购（含审批）", "指定供应商", "Ⅰ级"),
        ("柯远山", "政府采购（含审批）", "化整为零规避招标", "Ⅱ级"),
        ("詹沐晴", "年度预算编制（2024年）", "预算编制优亲厚友", "Ⅲ级"),
    ]
    assert "LEVEL_IN_STAGE_CELL" not in codes(got)
    # with no level column the same brackets give no level: blank, as before
    bare = [[v for i, v in enumerate(row) if i != 6] for row in rows]
    got = run(tmp_path / "bare", bare, ["B3:B4"])
    assert [lv for *_, lv in read(got)] == ["", "", ""]
    assert [w for _, w, _, _ in read(got)][0] == "政府采购（含审批）"
    assert "LEVEL_IN_STAGE_CELL" not in codes(got)
    assert codes(got).count("LEVEL_BLANK") == 3


def test_a_level_column_keeps_its_levels_and_one_bracket_alone_reads_nothing(tmp_path):
    rows = [
        ["XX县交通运输局廉政风险防控一览表"],
        ["序号", "业务环节", "风险点", "股室", "岗位", "姓名", "风险等级", "防控措施"],
        [1, "工程变更（一级）", "虚报变更工程量", "工程股", "股长", "卜云笙", "二级", "三方现场核量。"],
        [2, None, "变更资料后补", "工程股", "技术员", "俞知夏", "三级", "变更资料归档。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["B3:B4"])
    assert [(w, lv) for _, w, _, lv in read(got)] == [
        ("工程变更（一级）", "Ⅱ级"),
        ("工程变更（一级）", "Ⅲ级"),
    ]
    assert "LEVEL_IN_STAGE_CELL" not in codes(got)
    # no level column, one unmerged stage of three closing with a level: too little to go by
    rows = [
        ["XX县交通运输局廉政风险防控一览表"],
        ["序号", "业务环节", "风险点", "股室", "岗位", "姓名", "防控措施"],
        [1, "工程变更（高）", "虚报变更工程量", "工程股", "股长", "卜云笙", "三方现场核量。"],
        [2, "资料归档", "变更资料后补", "工程股", "技术员", "俞知夏", "变更资料归档。"],
        [3, "路政巡查", "巡查以罚代管", "路政股", "巡查员", "卜云笙", "执法记录仪全程记录。"],
    ]  # fmt: skip
    got = run(tmp_path / "one", rows)
    assert [lv for *_, lv in read(got)] == ["", "", ""]
    assert "LEVEL_IN_STAGE_CELL" not in codes(got)


# 县自然资源局: three stage cells, each merged over two points, with brackets of which ONE reads as
# a level word ('（一般）') and the others are no level ('（重点）', '（重要）' here read by nothing)
NOTE_STAGES = [
    ["XX县自然资源局廉政风险防控一览表"],
    ["序号", "工作环节", "风险点", "科室", "职务", "姓名", "防控措施"],
    [1, "用地审批（重点）", "违规为不符合条件的项目办理用地", "用地股", "股长", "亓昕妤", "集体研究，公示结果。"],
    [2, None, "审批中索要好处", "用地股", "科员", "厍嘉懿", "全程留痕，纪检监督。"],
    [3, "矿权出让（一般）", "出让底价泄露", "矿管股", "股长", "亓昕妤", "底价集体确定，保密。"],
    [4, None, "出让过程中串通", "矿管股", "科员", "滕予安", "公开交易，现场监督。"],
    [5, "执法检查（重要）", "检查中放纵违法占地", "执法大队", "队长", "厍嘉懿", "双人检查，结果公示。"],
    [6, None, "收受当事人财物", "执法大队", "队员", "滕予安", "签订廉洁承诺。"],
]  # fmt: skip
NOTE_STAGES_MERGES = ["B3:B4", "B5:B6", "B7:B8"]


def test_what_the_hundred_and_twenty_ninth_review_found_one_merged_stage_cell_is_one_cell(tmp_path):
    """One stage cell merged over two rows is ONE cell: '矿权出让（一般）' among '（重点）' and '（重要）'
    brackets had given Ⅲ级 to its two points and taken '（一般）' off the stage (the rule counted
    its rows, two, as enough), a bracket of no level beside it. Two stage cells or more saying a
    level are needed (or the cell over every row); read as before the rule."""
    got = run(tmp_path, NOTE_STAGES, NOTE_STAGES_MERGES)
    rows = read(got)
    assert [r[3] for r in rows] == [""] * 6
    assert {r[1] for r in rows} == {"用地审批（重点）", "矿权出让（一般）", "执法检查（重要）"}
    assert "LEVEL_IN_STAGE_CELL" not in codes(got)


# 县医保局: stage cells with a level bracket AND a 风险等级 column filled on some rows
def _insurance(levels: list[str]) -> list[list]:
    rows = [
        ["XX县医疗保障局廉政风险防控一览表"],
        ["序号", "业务环节", "风险点", "科室", "职务", "姓名", "风险等级", "防控措施"],
        [1, "基金审核（高）", "违规审核医疗费用", "待遇股", "股长", "仇琬婷", None, "交叉复核。"],
        [2, None, "审核中索要好处", "待遇股", "科员", "宓骁", None, "全程留痕。"],
        [3, "定点协议（中）", "违规纳入定点机构", "医药股", "股长", "仇琬婷", None, "集体研究。"],
        [4, None, "检查定点机构走过场", "医药股", "科员", "宓骁", None, "双人检查。"],
    ]  # fmt: skip
    for row, level in zip(rows[2:], levels, strict=True):
        row[6] = level
    return rows


def test_what_the_hundred_and_twenty_ninth_review_found_a_level_column_beside_the_bracket(tmp_path):
    """A level column filled on some rows beside stage cells with a level bracket. Where a written
    level says otherwise than its stage's bracket ('基金审核（高）' beside 中), the bracket is no
    level: the blank rows had still taken the bracket's level (Ⅰ级 beside the written Ⅱ级 of the
    same stage); now the table is read as before the rule (LEVEL_BLANK, text whole). Where the
    written levels agree, the blank rows take the bracket as before, and the bracket now comes
    off the stage on EVERY row of the cell (it had stayed on the rows with a level of their own,
    one stage written two ways) — a judgement: one cell, one text."""
    got = run(tmp_path, _insurance(["中", None, None, None]), ["B3:B4", "B5:B6"])
    rows = read(got)
    assert [r[3] for r in rows] == ["Ⅱ级", "", "", ""]
    assert [r[1] for r in rows] == ["基金审核（高）"] * 2 + ["定点协议（中）"] * 2
    assert "LEVEL_IN_STAGE_CELL" not in codes(got)

    got = run(tmp_path / "b", _insurance(["高", None, "中", None]), ["B3:B4", "B5:B6"])
    rows = read(got)
    assert [r[3] for r in rows] == ["Ⅰ级", "Ⅰ级", "Ⅱ级", "Ⅱ级"]
    assert [r[1] for r in rows] == ["基金审核"] * 2 + ["定点协议"] * 2
    assert codes(got).count("LEVEL_IN_STAGE_CELL") == 1


# 县应急管理局: one stage in two cells, each bracket a class of accident ('较大', '一般' — words the
# vocabulary also reads as levels), a third stage bracketed '（重大）'
EMERGENCY = [
    ["XX县应急管理局廉政风险防控一览表"],
    ["序号", "工作环节", "风险点", "科室", "职务", "姓名", "防控措施"],
    [1, "事故调查（较大）", "调查中隐瞒事故真相", "调查评估股", "股长", "卜星遥", "调查组集体研究。"],
    [2, None, "接受事故单位宴请", "调查评估股", "科员", "殳承泽", "签订廉洁承诺。"],
    [3, "事故调查（一般）", "调查报告避重就轻", "调查评估股", "股长", "卜星遥", "报告分级审核。"],
    [4, None, "泄露调查情况", "调查评估股", "科员", "殳承泽", "保密纪律提醒。"],
    [5, "行政处罚（重大）", "处罚自由裁量畸轻", "执法大队", "队长", "鄢芷若", "重大处罚集体讨论。"],
    [6, None, "违规减免罚款", "执法大队", "队员", "殳承泽", "罚没收入统一上缴。"],
]  # fmt: skip


def test_what_the_hundred_and_twenty_ninth_review_found_one_stage_in_two_brackets(tmp_path):
    """'事故调查（较大）' and '事故调查（一般）' name one stage divided by the class of accident: the
    brackets had been read as levels (Ⅱ级, Ⅲ级) and taken off, both stages left '事故调查'. A
    stage written with two different level words in its brackets is divided by them, no level:
    the table is read as before the rule."""
    got = run(tmp_path, EMERGENCY, ["B3:B4", "B5:B6", "B7:B8"])
    rows = read(got)
    assert [r[3] for r in rows] == [""] * 6
    assert {r[1] for r in rows} == {"事故调查（较大）", "事故调查（一般）", "行政处罚（重大）"}
    assert "LEVEL_IN_STAGE_CELL" not in codes(got)
