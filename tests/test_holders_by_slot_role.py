"""Holders written only as LABELLED SLOTS above a list that names nobody ('主体责任人 | 场长　某某 |
直接责任人 | 护林员　某某'), one column of the list giving each row a slot's word ('主体', '直接' or the
full label '直接责任人'): each row is the point of the holder in the slot its word names; a word
naming no slot leaves its row holderless with a warning; '主体、直接' makes a copy for each.

Not the published batch's sheets (a 水库管理所, 行政/技术/巡查 slots in one row of six cells, a
``责任类别`` column, 一级/二级/三级): a 国有林场's 管护站 sheets with 主体/直接/监督 and 管理/业务
slots, slots one a row or one cell a slot ('管理责任人：站长　某某'), 高/中/低 written or ticked
under a two-row heading, an extra 备注 column; written with xlsxwriter (tests/helpers.py) and read back as
``collect_inbox`` reads a file. The negatives (a 填报单位/负责人 line, a single 责任人 line, a role
column with no slots) read as before.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str], sheet: str = "石门管护站"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "slots.xlsx", {sheet: rows}, {sheet: merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


LIST = [
    ["序号", "风险点", "责任归属", "等级", "防控措施"],
    [1, "采伐指标分配优亲厚友", "主体", "高", "指标分配场务会集体研究并公示。"],
    [2, "护林员考勤弄虚作假", "直接", "中", "考勤每月抽查，巡护轨迹留存。"],
    [3, "盗伐线索瞒报不报", "直接", "高", "线索登记台账，限时上报林场。"],
    [4, "护林员聘用暗箱操作", "主体", "中", "聘用公开招考，结果公示。"],
]


def as_listed(title: str, person: str) -> list[tuple[str, str, str, str]]:
    """LIST's four points, each held by ``title``/``person`` (blank: none)."""
    levels = {"高": "Ⅰ级", "中": "Ⅱ级", "低": "Ⅲ级"}
    return sorted((title, person, r[1], levels[r[3]]) for r in LIST[1:])


def test_two_slots_in_one_row_over_the_list(tmp_path):
    rows = [
        ["青山国有林场石门管护站廉政风险点登记表"],
        ["主体责任人", "站长　邬珏岑", "直接责任人", "护林员　卜泓湛"],
        *LIST,
        ["注：“责任归属”填主体或直接，分别由主体责任人、直接责任人负责。"],
    ]
    got = run(tmp_path, rows, ["A1:E1", "A8:E8"])
    assert read(got) == sorted([
        ("站长", "邬珏岑", "采伐指标分配优亲厚友", "Ⅰ级"),
        ("站长", "邬珏岑", "护林员聘用暗箱操作", "Ⅱ级"),
        ("护林员", "卜泓湛", "护林员考勤弄虚作假", "Ⅱ级"),
        ("护林员", "卜泓湛", "盗伐线索瞒报不报", "Ⅰ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "HOLDERS_BY_SLOT_ROLE" in codes(got)
    assert not {"ROW_UNPLACED", "COLUMN_GUESSED"} & codes(got), got.issues.to_dict("records")


def test_one_slot_a_row_full_labels_and_a_shared_row(tmp_path):
    rows = [
        ["青山国有林场石门管护站廉政风险点登记表"],
        ["主体责任人", "站长　邬珏岑"],
        ["直接责任人", "护林员　卜泓湛"],
        ["监督责任人", "纪检员　聂芷珩"],
        ["序号", "风险点", "责任归属", "等级", "防控措施", "备注"],
        [1, "采伐指标分配优亲厚友", "主体责任人", "高", "指标分配场务会集体研究并公示。", None],
        [2, "护林员考勤弄虚作假", "直接责任人", "中", "考勤每月抽查，巡护轨迹留存。", None],
        [3, "林地占用审核把关不严", "主体、直接", "高", "占用林地现场核查，双人签字。", "重点"],
        [4, "监督检查走过场", "监督责任人", "低", "检查记录存档备查。", None],
    ]
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        ("站长", "邬珏岑", "采伐指标分配优亲厚友", "Ⅰ级"),
        ("站长", "邬珏岑", "林地占用审核把关不严", "Ⅰ级"),
        ("护林员", "卜泓湛", "护林员考勤弄虚作假", "Ⅱ级"),
        ("护林员", "卜泓湛", "林地占用审核把关不严", "Ⅰ级"),
        ("纪检员", "聂芷珩", "监督检查走过场", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "HOLDERS_BY_SLOT_ROLE" in codes(got)
    assert "ROW_UNPLACED" not in codes(got), got.issues.to_dict("records")


def test_slots_in_one_cell_each_and_a_word_naming_no_slot(tmp_path):
    rows = [
        ["青山国有林场双河管护站廉政风险防控表"],
        ["管理责任人：站长　晏澍岚", None, "业务责任人：会计　卜沅汐"],
        ["序号", "风险点", "风险等级", "责任划分", "防控措施"],
        [1, "管护经费虚列支出", "高", "管理", "经费支出经站务会审议。"],
        [2, "报销凭证审核不严", "中", "业务", "凭证逐笔审核，月末对账。"],
        [3, "木材检尺数量不实", "低", "检尺", "检尺两人同行，留影存档。"],
        [4, "物资采购不比价", "中", "管理", "采购三家比价，留存记录。"],
    ]
    got = run(tmp_path, rows, ["A1:E1", "A2:B2", "C2:E2"], sheet="双河管护站")
    assert read(got) == sorted([
        ("站长", "晏澍岚", "管护经费虚列支出", "Ⅰ级"),
        ("站长", "晏澍岚", "物资采购不比价", "Ⅱ级"),
        ("会计", "卜沅汐", "报销凭证审核不严", "Ⅱ级"),
        ("", "", "木材检尺数量不实", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    issues = got.issues
    warned = issues[issues["code"] == "HOLDER_SLOT_UNMATCHED"]
    assert list(warned["cell"]) == ["D6"], issues.to_dict("records")


def test_a_signer_line_above_is_no_slots(tmp_path):
    rows = [
        ["青山国有林场石门管护站廉政风险点登记表"],
        ["填报单位", "石门管护站", "负责人", "站长　邬珏岑"],
        *LIST,
    ]
    got = run(tmp_path, rows, ["A1:E1"])
    assert "HOLDERS_BY_SLOT_ROLE" not in codes(got)
    assert read(got) == as_listed("站长", "邬珏岑")  # (the 负责人: the card's holder)
    no_errors(got)


def test_a_single_holder_line_above_reads_as_before(tmp_path):
    rows = [
        ["青山国有林场石门管护站廉政风险点登记表"],
        ["责任人：站长　邬珏岑"],
        *LIST,
    ]
    got = run(tmp_path, rows, ["A1:E1", "A2:E2"])
    assert "HOLDERS_BY_SLOT_ROLE" not in codes(got)
    assert read(got) == as_listed("站长", "邬珏岑")
    no_errors(got)


def test_a_role_column_with_no_slots_reads_as_before(tmp_path):
    rows = [["青山国有林场石门管护站廉政风险点登记表"], *LIST]
    got = run(tmp_path, rows, ["A1:E1"])
    assert "HOLDERS_BY_SLOT_ROLE" not in codes(got)
    assert read(got) == as_listed("", "")
    no_errors(got)


def test_two_heading_rows_and_ticked_levels(tmp_path):
    rows = [
        ["青山国有林场苗圃廉政风险点登记表"],
        ["主体责任人", "主任　晏澍岚", None, "直接责任人", "助理技术员　邬沛妍"],
        ["序号", "风险点", "责任类别", "风险等级", None, None, "防控措施"],
        [None, None, None, "高", "中", "低", None],
        [1, "苗木出圃数量虚报", "直接", None, "√", None, "出圃双人清点，台账签字。"],
        [2, "种苗采购指定供应商", "主体", "√", None, None, "采购公开比选，结果公示。"],
        [3, "育苗用工虚列人数", "直接", None, None, "√", "用工实名登记，按月公示。"],
    ]
    merges = ["A1:G1", "A3:A4", "B3:B4", "C3:C4", "D3:F3", "G3:G4", "B2:C2"]
    got = run(tmp_path, rows, merges, sheet="苗圃")
    assert read(got) == sorted([
        ("主任", "晏澍岚", "种苗采购指定供应商", "Ⅰ级"),
        ("助理技术员", "邬沛妍", "苗木出圃数量虚报", "Ⅱ级"),
        ("助理技术员", "邬沛妍", "育苗用工虚列人数", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "HOLDERS_BY_SLOT_ROLE" in codes(got)


def test_slots_whose_words_the_column_does_not_use_read_as_before(tmp_path):
    rows = [
        ["青山国有林场石门管护站廉政风险点登记表"],
        ["管理责任人", "站长　邬珏岑", "业务责任人", "护林员　卜泓湛"],
        *LIST,
    ]
    got = run(tmp_path, rows, ["A1:E1"])
    assert "HOLDERS_BY_SLOT_ROLE" not in codes(got)
    assert read(got) == as_listed("", "")  # ('主体'/'直接' name no slot: as before)
    no_errors(got)


def test_what_the_hundred_and_twenty_seventh_review_found_a_post_column_under_slots(tmp_path):
    # the list has a 岗位 column but no 责任人 column: a row of the slot's post its holder, the
    # row's own 岗位 kept; a row of another post (会计 under 直接) keeps its post and no one, one
    # info for the table (review 127: the slots name who answers for the category)
    rows = [
        ["某站廉政风险点登记表"],
        ["主体责任人", "站长　邬珏岑", "直接责任人", "护林员　卜泓湛"],
        ["序号", "岗位", "风险点", "责任类别", "等级", "防控措施"],
        [1, "站长", "采伐指标分配优亲厚友", "主体", "高", "集体研究。"],
        [2, "护林员", "护林员考勤弄虚作假", "直接", "中", "轨迹留存。"],
        [3, "会计", "报销凭证审核不严", "直接", "中", "逐笔审核。"],
    ]
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        ("站长", "邬珏岑", "采伐指标分配优亲厚友", "Ⅰ级"),
        ("护林员", "卜泓湛", "护林员考勤弄虚作假", "Ⅱ级"),
        ("会计", "", "报销凭证审核不严", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    issues = got.issues
    said = issues[issues["code"] == "HOLDER_SLOTS_ANSWER_FOR_CATEGORY"]
    assert len(said) == 1 and "会计" in said["message"].iloc[0]
    assert "HOLDER_SLOT_POST_DIFFERS" not in codes(got)
    assert "HOLDERS_BY_SLOT_ROLE" not in codes(got)  # (its words '本表没有岗位…' would be untrue)


def test_what_the_hundred_and_twenty_seventh_review_found_slots_of_names_alone(tmp_path):
    rows = [
        ["青山国有林场石门管护站廉政风险点登记表"],
        ["主体责任人", "邬珏岑", "直接责任人", "卜泓湛"],
        *LIST,
    ]
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("", "邬珏岑", "采伐指标分配优亲厚友", "Ⅰ级"),
        ("", "邬珏岑", "护林员聘用暗箱操作", "Ⅱ级"),
        ("", "卜泓湛", "护林员考勤弄虚作假", "Ⅱ级"),
        ("", "卜泓湛", "盗伐线索瞒报不报", "Ⅰ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "HOLDERS_BY_SLOT_ROLE" in codes(got)


def test_what_the_hundred_and_twenty_seventh_review_found_slots_under_the_list(tmp_path):
    rows = [
        ["青山国有林场石门管护站廉政风险点登记表"],
        *LIST,
        ["主体责任人", "站长　邬珏岑", "直接责任人", "护林员　卜泓湛"],
    ]
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("站长", "邬珏岑", "采伐指标分配优亲厚友", "Ⅰ级"),
        ("站长", "邬珏岑", "护林员聘用暗箱操作", "Ⅱ级"),
        ("护林员", "卜泓湛", "护林员考勤弄虚作假", "Ⅱ级"),
        ("护林员", "卜泓湛", "盗伐线索瞒报不报", "Ⅰ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "HOLDERS_BY_SLOT_ROLE" in codes(got)
    assert not {"ROW_UNPLACED", "LEVEL_UNKNOWN", "MEASURES_BLANK"} & codes(got)


def test_what_the_hundred_and_twenty_seventh_review_found_a_signoff_row_under_the_list(tmp_path):
    # '填报人 | 某 | 审核人 | 某 | 负责人：站长　某某' under the list: a sign-off, no risk
    rows = [
        ["青山国有林场石门管护站廉政风险点登记表"],
        *LIST,
        ["填报人", "卜泓湛", "审核人", "聂芷珩", "负责人：站长　邬珏岑"],
    ]
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == as_listed("", "")
    no_errors(got)
    assert not {"LEVEL_UNKNOWN", "MEASURES_BLANK", "ROW_UNPLACED"} & codes(got)


def test_what_the_hundred_and_twenty_seventh_review_found_a_leader_line_is_no_department(
    tmp_path,
):
    # '主体责任人：所长　某某' over a list with its own 岗位/责任人 columns: a leader's line, never
    # the 科室 ('主体责任人：所'); the rows keep their own holders
    rows = [
        ["某县灌区管理所廉政风险点清单"],
        ["主体责任人：所长　冼岱峤"],
        ["序号", "岗位", "责任人", "风险点", "风险等级", "防控措施"],
        [1, "收费员", "尉迟晗", "水费征收不开票据，截留水费", "一级", "收费开具统一票据。"],
        [2, "物资管理员", "訾芃", "防汛物资采购以次充好", "二级", "采购验收双人签字。"],
    ]
    got = run(tmp_path, rows, ["A1:F1", "A2:F2"])
    assert read(got) == sorted([
        ("收费员", "尉迟晗", "水费征收不开票据，截留水费", "Ⅰ级"),
        ("物资管理员", "訾芃", "防汛物资采购以次充好", "Ⅱ级"),
    ])  # fmt: skip
    assert not any("责任人" in d for d in got.risks["department"]), set(got.risks["department"])
    no_errors(got)


# --- review 127 (d): slots whose post opens with a 科室; the ordinary '两个责任' layout ---

T127 = ["XX县林业局岗位廉政风险点登记表"]
PH127 = ["序号", "岗位", "风险点", "责任类别", "风险等级", "防控措施"]


def _table127(got):
    r = got.risks
    return sorted(
        zip(r["department"], r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True)
    )


def test_what_the_hundred_and_twenty_seventh_review_found_slot_posts_compared_as_written(tmp_path):
    """'主体责任人 | 办公室主任　张三 | 监督责任人 | 纪检组长　李四' over a list with a 岗位 column of
    办公室主任 and 纪检组长 rows: the posts are the slots' as written — each row its slot's
    holder, no warning, no 科室 split off the post; the table said once."""
    rows = [
        T127,
        ["主体责任人", "办公室主任　张三", "监督责任人", "纪检组长　李四"],
        PH127,
        [1, "办公室主任", "公务接待超标准", "主体", "高", "集体决策"],
        [2, "办公室主任", "公车私用", "主体", "中", "登记"],
        [3, "纪检组长", "监督执纪不严", "监督", "中", "公开"],
    ]
    got = run(tmp_path, rows, ["A1:F1"])
    assert _table127(got) == sorted([
        ("石门管护站", "办公室主任", "张三", "公务接待超标准", "Ⅰ级"),
        ("石门管护站", "办公室主任", "张三", "公车私用", "Ⅱ级"),
        ("石门管护站", "纪检组长", "李四", "监督执纪不严", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert not {"HOLDER_SLOT_POST_DIFFERS", "HOLDER_SLOTS_ANSWER_FOR_CATEGORY"} & codes(got)
    assert "HOLDERS_BY_SLOT_ROLE_POSTED" in codes(got)
    assert not len(got.issues[got.issues["severity"] == "warning"])


def test_what_the_hundred_and_twenty_seventh_review_found_other_posts_not_given_to_leaders(
    tmp_path,
):
    """The ordinary '两个责任' layout: '主体责任人 | 局长　张三 | 监督责任人 | 纪检组长　李四' over
    rows of 局长, 会计, 出纳, 纪检组长 under 主体责任/监督责任: the 局长 and 纪检组长 rows their
    holders; the 会计 and 出纳 rows keep their own post, no person and no slot 科室 (出纳 is not
    纪检组's), as before the rule; ONE info for the table."""
    rows = [
        T127,
        ["主体责任人", "局长　张三", "监督责任人", "纪检组长　李四"],
        PH127,
        [1, "局长", "重大决策不民主", "主体责任", "高", "集体决策"],
        [2, "会计", "报销审核不严", "主体责任", "中", "复核"],
        [3, "出纳", "资金挪用", "监督责任", "高", "对账"],
        [4, "纪检组长", "监督执纪不严", "监督责任", "中", "公开"],
    ]
    got = run(tmp_path, rows, ["A1:F1"])
    assert _table127(got) == sorted([
        ("石门管护站", "局长", "张三", "重大决策不民主", "Ⅰ级"),
        ("石门管护站", "会计", "", "报销审核不严", "Ⅱ级"),
        ("石门管护站", "出纳", "", "资金挪用", "Ⅰ级"),
        ("石门管护站", "纪检组长", "李四", "监督执纪不严", "Ⅱ级"),
    ])  # fmt: skip
    issues = got.issues
    said = issues[issues["code"] == "HOLDER_SLOTS_ANSWER_FOR_CATEGORY"]
    assert len(said) == 1 and said["severity"].iloc[0] == "info"
    assert "会计、出纳" in said["message"].iloc[0]
    assert "HOLDER_SLOT_POST_DIFFERS" not in codes(got)


def test_what_the_hundred_and_twenty_seventh_review_found_a_row_of_combined_posts(tmp_path):
    """A row whose 岗位 combines posts ('党支部书记、站长', '书记兼站长') under '主体责任人 | 站长　张三 |
    监督责任人 | 副站长　李四': 站长 is among the row's posts (split on 、/及/兼), so the row is
    张三's — never left without its person."""
    for i, combined in enumerate(["党支部书记、站长", "党支部书记兼站长"]):
        rows = [
            T127,
            ["主体责任人", "站长　张三", "监督责任人", "副站长　李四"],
            PH127,
            [1, combined, "重大决策不民主", "主体责任", "高", "集体决策"],
            [2, "副站长", "报销审批不严", "监督责任", "中", "复核"],
            [3, "站长", "资金使用不规范", "主体责任", "中", "公开"],
        ]
        got = run(tmp_path / str(i), rows, ["A1:F1"])
        assert _table127(got) == sorted([
            ("石门管护站", combined, "张三", "重大决策不民主", "Ⅰ级"),
            ("石门管护站", "副站长", "李四", "报销审批不严", "Ⅱ级"),
            ("石门管护站", "站长", "张三", "资金使用不规范", "Ⅱ级"),
        ]), combined  # fmt: skip
        no_errors(got)
        assert "HOLDER_SLOTS_ANSWER_FOR_CATEGORY" not in codes(got), combined
        assert "HOLDERS_BY_SLOT_ROLE_POSTED" in codes(got), combined
