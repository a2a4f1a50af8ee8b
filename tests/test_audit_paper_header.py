"""An audit working paper's header block (审计工作底稿) over a one-person table: '被审计单位 | … |
索引号 | …', '审计（核查）事项 | <科室><岗位>岗位廉政风险点自查 | 页次 | …', '编制人 | … | 日期 | …',
'复核人 | … | 日期 | …'. The paper is its 编制人's self-check: he holds its points, in the
被审计单位, at the 科室 and post the 事项 sentence names; the 复核人 reviews it and holds nothing
here; 索引号, 页次 and 日期 are no fields, and the block's lines are no rows outside the table.

Not the published batch's papers (a 区审计局's 经济责任审计科 and 固定资产投资审计科, 高/中/低, tabs
LZ-01…): a 县水利局's internal-audit papers (农村水利股, 办公室, a 副局长), other label words
(被审计单位名称, 底稿编号, 审计事项, 编制, 审核人), one line's label and value in one cell
('编制人：…'), a '对…的核查' sentence, two heading rows of ticks under 风险等级 and an extra 备注
column; written with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, sheets: dict[str, list[list]], merges: dict[str, list[str]]):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "papers.xlsx", sheets, merges)
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def depts(got) -> set[tuple[str, str]]:
    return set(zip(got.risks["unit"], got.risks["department"], strict=True))


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


def codes(got) -> set[str]:
    return set(got.issues["code"])


UNIT = "青溪县水利局"
GRASSLAND = [  # one paper of two label pairs a line, as the batch's but in other words
    ["内部审计工作底稿"],
    ["被审计单位名称", UNIT, "", "底稿编号", "SL-07"],
    ["审计事项", "农村水利股股长岗位廉洁风险排查", "", "页　次", "第1页"],
    ["编　制", "冼沐棠", "", "编制日期", "2025年3月4日"],
    ["审核人", "岑望舒", "", "审核日期", "2025年3月6日"],
    ["序号", "风险点", "风险等级", "防控措施", "备注"],
    [1, "小型水利工程项目申报中虚报工程量套取补助", "一级", "项目申报实行乡镇初审、股室复核、局务会审定。", ""],
    [2, "工程验收时降低标准，收受施工方好处", "二级", "验收邀请监理、村民代表参加，结果公示。", "无"],
    ["审核意见：风险点查找基本准确。"],
]  # fmt: skip
GRASSLAND_MERGES = ["A1:E1", "B2:C2", "B3:C3", "B4:C4", "B5:C5", "A9:E9"]


def test_the_author_of_a_working_paper_holds_its_points(tmp_path):
    got = run(tmp_path, {"SL-07": GRASSLAND}, {"SL-07": GRASSLAND_MERGES})
    assert read(got) == sorted([
        ("股长", "冼沐棠", "小型水利工程项目申报中虚报工程量套取补助", "Ⅰ级"),
        ("股长", "冼沐棠", "工程验收时降低标准，收受施工方好处", "Ⅱ级"),
    ])  # fmt: skip
    assert depts(got) == {(UNIT, "农村水利股")}
    assert "岑望舒" not in set(got.risks["person"])  # the reviewer holds nothing here
    assert "ROW_UNPLACED" not in codes(got)
    no_errors(got)


def test_labels_and_values_in_one_cell_and_a_sentence_of_a_check(tmp_path):
    rows = [
        ["审计工作底稿"],
        ["被审计单位：" + UNIT, "", "索引号：SL-11"],
        ["审计（核查）事项：对办公室主任岗位廉政风险的核查", "", "页次：1/1"],
        ["编制人：欧阳霁川", "", "日期：2025年3月5日"],
        ["复核人：岑望舒", "", "日期：2025年3月8日"],
        ["序号", "廉政风险点", "风险等级", "防控措施"],
        [1, "公务接待超标准、超范围列支", "三级", "接待实行公函制度，一事一结算。"],
        [2, "公车私用或维修费用虚列", "二级", "车辆定点维修，费用按月公示。"],
        [3, "印章使用不登记，违规出具证明", "三级", "用印审批登记，专人保管。"],
    ]  # fmt: skip
    got = run(tmp_path, {"SL-11": rows}, {"SL-11": ["A1:D1", "A2:B2", "A3:B3", "A4:B4", "A5:B5"]})
    # a 核查 of the post by others (the hundred-and-fourteenth review): its 编制人 is the checker,
    # no holder — the post and 科室 the sentence names
    assert read(got) == sorted([
        ("主任", "", "公务接待超标准、超范围列支", "Ⅲ级"),
        ("主任", "", "公车私用或维修费用虚列", "Ⅱ级"),
        ("主任", "", "印章使用不登记，违规出具证明", "Ⅲ级"),
    ])  # fmt: skip
    assert depts(got) == {(UNIT, "办公室")}
    assert "ROW_UNPLACED" not in codes(got)
    no_errors(got)


def test_a_leaders_paper_in_two_sheets_with_ticks_under_two_heading_rows(tmp_path):
    leader = [
        ["审计工作底稿"],
        ["被审计单位", UNIT, "", "", "索引号", "SL-01"],
        ["审计（核查）事项", "副局长岗位廉政风险点自查", "", "", "页　次", "1/1"],
        ["编制人", "冼望舒", "", "", "日　期", "2025年3月3日"],
        ["复核人", "季沐川", "", "", "日　期", "2025年3月7日"],
        ["序号", "廉政风险点", "风险等级", "", "", "防控措施"],
        ["", "", "高", "中", "低", ""],
        [1, "水利建设项目招标中指定投标人或泄露标底", "√", "", "", "招标全程进入公共资源交易平台。"],
        [2, "水资源费减免审批中优亲厚友", "", "√", "", "减免事项局务会集体研究并公示。"],
        ["复核意见：同意。"],
    ]  # fmt: skip
    merges = ["A1:F1", "B2:D2", "B3:D3", "B4:D4", "B5:D5", "A6:A7", "B6:B7", "C6:E6", "F6:F7",
              "A10:F10"]  # fmt: skip
    got = run(
        tmp_path,
        {"SL-01": leader, "SL-07": GRASSLAND},
        {"SL-01": merges, "SL-07": GRASSLAND_MERGES},
    )
    assert read(got) == sorted([
        ("副局长", "冼望舒", "水利建设项目招标中指定投标人或泄露标底", "Ⅰ级"),
        ("副局长", "冼望舒", "水资源费减免审批中优亲厚友", "Ⅱ级"),
        ("股长", "冼沐棠", "小型水利工程项目申报中虚报工程量套取补助", "Ⅰ级"),
        ("股长", "冼沐棠", "工程验收时降低标准，收受施工方好处", "Ⅱ级"),
    ])  # fmt: skip
    assert set(got.risks["unit"]) == {UNIT}
    assert "季沐川" not in set(got.risks["person"])
    assert "ROW_UNPLACED" not in codes(got)
    no_errors(got)


# ------------------------------------------------------------------ not a working paper's block


def test_an_audit_of_accounts_names_no_post_and_its_author_holds_nothing(tmp_path):
    """A paper whose 事项 is an audit of the accounts, not a post's risks: its 编制人 is the
    auditor who wrote it, no holder; the block is read as before."""
    rows = [
        ["审计工作底稿"],
        ["被审计单位", UNIT, "", "索引号", "CW-03"],
        ["审计（核查）事项", "2024年度财务收支审计", "", "页　次", "1/1"],
        ["编制人", "冼沐棠", "", "日　期", "2025年3月4日"],
        ["复核人", "岑望舒", "", "日　期", "2025年3月6日"],
        ["序号", "风险点", "风险等级", "防控措施"],
        [1, "专项资金未按规定用途使用", "一级", "专项资金实行专账核算。"],
    ]  # fmt: skip
    got = run(tmp_path, {"CW-03": rows}, {"CW-03": ["A1:E1", "B2:C2", "B3:C3", "B4:C4", "B5:C5"]})
    assert not ({"冼沐棠", "岑望舒"} & set(got.risks["person"]))
    assert set(got.risks["risk_point"]) == {"专项资金未按规定用途使用"}
    assert "ROW_UNPLACED" in codes(got)  # (as before: what the lines are, nobody says)


def test_a_card_with_a_name_label_keeps_its_holder_over_a_preparer_line(tmp_path):
    """A card naming its holder under 姓名, a '编制人 | … | 复核人 | …' sign-off under the table:
    the 姓名's holder, as before; no 被审计单位, no working paper."""
    rows = [
        ["青溪县水利局岗位廉政风险防控卡"],
        ["姓　名", "冼沐棠", "职　务", "股长"],
        ["所在股室", "农村水利股", "", ""],
        ["序号", "风险点", "风险等级", "防控措施"],
        [1, "小型水利工程项目申报中虚报工程量套取补助", "一级", "项目申报实行乡镇初审。"],
        [2, "工程验收时降低标准", "二级", "验收结果公示。"],
        ["编制人", "岑望舒", "复核人", "季沐川"],
    ]  # fmt: skip
    got = run(tmp_path, {"防控卡": rows}, {"防控卡": ["A1:D1", "B3:D3"]})
    assert read(got) == sorted([
        ("股长", "冼沐棠", "小型水利工程项目申报中虚报工程量套取补助", "Ⅰ级"),
        ("股长", "冼沐棠", "工程验收时降低标准", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)


def test_a_list_under_a_paper_block_keeps_its_holders_columns(tmp_path):
    """A list (科室 | 岗位 | 姓名 columns) under a working paper's block: each row its own
    holder's, as before; the 编制人 holds none of them."""
    rows = [
        ["被审计单位", UNIT, "索引号", "LB-02"],
        ["审计事项", "各岗位廉政风险点排查", "页次", "1/2"],
        ["编制人", "冼望舒", "日期", "2025年3月3日"],
        ["序号", "股室", "岗位", "姓名", "风险点", "风险等级"],
        [1, "办公室", "主任", "欧阳霁川", "公务接待超标准列支", "二级"],
        [2, "农村水利股", "股长", "冼沐棠", "虚报工程量套取补助", "一级"],
    ]  # fmt: skip
    got = run(tmp_path, {"排查": rows}, {})
    assert read(got) == sorted([
        ("主任", "欧阳霁川", "公务接待超标准列支", "Ⅱ级"),
        ("股长", "冼沐棠", "虚报工程量套取补助", "Ⅰ级"),
    ])  # fmt: skip
    no_errors(got)


_TAB = [["序号", "风险点", "风险等级", "防控措施"],
        [1, "小型水利工程虚报工程量", "一级", "三级审核"],
        [2, "工程验收降低标准", "二级", "验收公示"]]  # fmt: skip
_TAB_MERGES = ["A1:E1", "B2:C2", "B3:C3", "B4:C4", "B5:C5"]


def test_what_the_hundred_and_fourteenth_review_found_an_audit_of_a_post_names_no_holder(tmp_path):
    rows = [["审计工作底稿"], ["被审计单位", UNIT, "", "索引号", "JZ-03"],
            ["审计事项", "对农村水利股股长岗位廉政风险防控落实情况的审计", "", "页次", "1/1"],
            ["编制人", "冼沐棠", "", "日期", "2025年3月4日"],
            ["复核人", "岑望舒", "", "日期", "2025年3月6日"], *_TAB]  # fmt: skip
    got = run(tmp_path, {"S": rows}, {"S": _TAB_MERGES})
    assert read(got) == sorted([
        ("股长", "", "小型水利工程虚报工程量", "Ⅰ级"),
        ("股长", "", "工程验收降低标准", "Ⅱ级"),
    ])  # fmt: skip
    assert depts(got) == {(UNIT, "农村水利股")}
    assert "ROW_UNPLACED" not in codes(got)  # (the block's lines are no stray rows)
    no_errors(got)


def test_what_the_hundred_and_fourteenth_review_found_a_tabulator_over_a_self_check(tmp_path):
    rows = [["审计工作底稿"], ["被审计单位", UNIT, "", "索引号", "JZ-05"],
            ["审计事项", "农村水利股股长岗位廉政风险点自查", "", "页次", "1/1"],
            ["制表人", "冼沐棠", "", "日期", "2025年3月4日"],
            ["审核人", "岑望舒", "", "日期", "2025年3月6日"], *_TAB]  # fmt: skip
    got = run(tmp_path, {"S": rows}, {"S": _TAB_MERGES})
    assert read(got) == sorted([
        ("股长", "冼沐棠", "小型水利工程虚报工程量", "Ⅰ级"),
        ("股长", "冼沐棠", "工程验收降低标准", "Ⅱ级"),
    ])  # fmt: skip
    assert depts(got) == {(UNIT, "农村水利股")}
    assert "ROW_UNPLACED" not in codes(got)
    no_errors(got)
