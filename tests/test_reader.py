"""Finding forms by their labels in hand-made workbooks, built from inline tables."""

from pathlib import Path

import pytest
from helpers import GENERAL_FORM, write_workbook

from xlproc.collect import collect_inbox


def run(tmp_path: Path, sheets, merges=None, name="f.xlsx"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / name, sheets, merges)
    return collect_inbox([inbox], jobs=1)


def codes(result):
    return sorted(zip(result.issues["code"], result.issues["cell"], strict=True))


def test_official_general_form(tmp_path):
    res = run(tmp_path, {"张三": GENERAL_FORM}, {"张三": ["A6:A7"]})
    (post,) = res.posts.to_dict("records")
    assert (post["unit"], post["department"], post["person"], post["title"], post["tier"]) == (
        "XX区测试局", "办公室", "张三", "科员", "一般岗位")  # fmt: skip
    assert post["declared_grade"] == "B" and post["reviewed"] == "1/3"
    risks = res.risks.to_dict("records")
    assert [(r["risk_point"], r["risk_level"], r["risk_type"], r["source_row"]) for r in risks] == [
        ("公文运转中泄露信息", "Ⅲ级", "岗位职责风险", 6),
        ("来文办理不及时", "Ⅱ级", "岗位职责风险", 7),
    ]
    assert risks[1]["duty"] == "负责公文收发"  # merged duty cell carried down
    assert risks[1]["raw_risk_type"] == "岗位职责"
    assert codes(res) == []


def test_reordered_columns_seq_spaced_labels_synonyms_no_title(tmp_path):
    rows = [
        ["单位（盖章）：XX区测试局"],
        ["科室", "审批科", "负责人", "李四", "岗位风险等级", "Ｂ"],
        [
            "序 号",
            "风险\n等级",
            "廉政风险点",
            "岗 位\n职 责",
            "风险类别",
            "工作流程",
            "防控措施及要求",
        ],
        [1, "Ⅱ级风险", "审批中吃拿卡要", "负责审批", "岗位职责类", "受理", "限时办结"],
        [2, "很高", "现场核查走过场", "", "思想道德", "核查", "双人核查"],
        ["单位主管领导审查意见", "", "", "", "", "", "年  月  日"],
    ]
    res = run(tmp_path, {"Sheet1": rows})
    (post,) = res.posts.to_dict("records")
    assert (post["tier"], post["department"], post["person"], post["title"]) == (
        "中层岗位",
        "审批科",
        "李四",
        "科室负责人",
    )
    risks = res.risks.to_dict("records")
    assert [r["risk_level"] for r in risks] == ["Ⅱ级", ""]
    assert [r["duty"] for r in risks] == ["负责审批", "负责审批"]
    assert codes(res) == [("LEVEL_UNKNOWN", "B5")]  # declared B agrees: Ⅱ级 point, duty names 审批
    msg = res.issues.set_index("code").loc["LEVEL_UNKNOWN", "message"]
    assert "很高" in msg and "Ⅰ级、Ⅱ级 或 Ⅲ级" in msg and "Sheet1!B5" in msg


def test_leader_form_major_matters_section_and_reviews(tmp_path):
    rows = [
        ["领导岗位廉政风险识别和防控表"],
        ["单位(盖章):"],
        ["姓名", "王一", "职务", "副局长", "岗位风险等级", "A"],
        ["分管工作", "风险点", "风险类型", "风险级别", "防控措施"],
        ["负责信访", "压案不查", "岗位职责", "2", "限时办结"],
        ["“三重一大”方面"],
        ["“三重一大”", "重大决策个人说了算", "制度机制", "1", "集体决策"],
        ["", "大额资金未集体讨论", "制度机制", "Ⅰ", "党组会研究"],
        ["单位领导小组审查意见", "同意", "", "", "2026年6月20日"],
        ["所在派驻纪检组、监察室审核意见", "", "", "", "年  月  日"],
        ["注:此表一式三份,于6月底前报区纪委。"],
    ]
    res = run(tmp_path, {"领导": rows}, {"领导": ["A7:A8"]}, name="领导班子/王一.xlsx")
    (post,) = res.posts.to_dict("records")
    assert (post["tier"], post["department"], post["unit"], post["reviewed"]) == (
        "领导岗位",
        "领导班子",
        "领导班子",
        "1/2",
    )
    assert [r["section"] for r in res.risks.to_dict("records")] == [
        "分管工作",
        "三重一大",
        "三重一大",
    ]
    assert post["computed_grade"] == "A" and post["n_level_1"] == 2
    assert codes(res) == []


def test_stacked_forms_on_one_sheet(tmp_path):
    second = [list(r) for r in GENERAL_FORM]
    second[3] = ["姓名", "赵六", "所在科室及职务", "办公室副主任科员", "岗位风险等级", "c"]
    rows = GENERAL_FORM + [[], []] + second
    res = run(tmp_path, {"汇总": rows})
    posts = res.posts.to_dict("records")
    assert [(p["person"], p["title"], p["n_risks"]) for p in posts] == [
        ("张三", "科员", 2),
        ("赵六", "副主任科员", 2),
    ]
    assert res.risks["source_row"].tolist() == [6, 7, 19, 20]


def test_department_list_table(tmp_path):
    rows = [
        ["XX区测试局审批科廉政风险点及防控措施一览表"],
        ["序号", "科室", "姓名", "岗位", "风险点", "风险类型", "风险级别", "防控措施"],
        [1, "审批科", "毛一", "科长", "现场核查走过场", "思想道德类", "Ⅱ级风险", "双人核查"],
        [2, "审批科", "", "", "审批中吃拿卡要", "岗位职责", "Ⅰ", "限时办结"],
        [3, "审批科", "薛二", "科员", "审批中吃拿卡要", "岗位职责", "1", "限时办结"],
    ]
    res = run(tmp_path, {"一览表": rows}, {"一览表": ["C3:C4", "D3:D4"]})
    posts = res.posts.to_dict("records")
    assert [(p["person"], p["department"], p["title"], p["n_risks"]) for p in posts] == [
        ("毛一", "审批科", "科长", 2), ("薛二", "审批科", "科员", 1)]  # fmt: skip
    assert codes(res) == []


def test_nothing_lost_rows_outside_and_incomplete_rows_are_reported(tmp_path):
    rows = [list(r) for r in GENERAL_FORM]
    rows.insert(7, ["负责会议", "会务", "", "", "", ""])  # a row without a risk point
    rows.append(["另外补充:会议费超标准报销"])  # text below the table
    res = run(tmp_path, {"张三": rows})
    assert codes(res) == [("POINT_BLANK", "C8"), ("ROW_UNPLACED", "A13")]
    c = res.counts()
    assert (c["rows_seen"], c["risks"], c["rows_reported"], c["unplaced"]) == (3, 2, 1, 1)


def test_empty_form_missing_person_and_blank_values(tmp_path):
    rows = [list(r) for r in GENERAL_FORM]
    rows[3] = ["姓名", "", "所在科室及职务", "办公室科员", "岗位风险等级", "很好"]
    rows[5] = ["负责公文收发", "收文", "泄露信息", "", "", ""]
    res = run(tmp_path, {"Sheet1": rows})
    assert codes(res) == [("FORM_NO_PERSON", "B4"), ("GRADE_UNKNOWN", "F4"), ("LEVEL_BLANK", "E6"),
                          ("MEASURES_BLANK", "F6"), ("TYPE_BLANK", "D6")]  # fmt: skip
    empty = [list(r) for r in GENERAL_FORM[:5]] + [[""] * 6] * 3 + GENERAL_FORM[7:]
    res = run(tmp_path / "2", {"Sheet1": empty})
    assert codes(res) == [("FORM_EMPTY", "A6")]  # no grade comparison without points
    assert len(res.posts) == 1 and len(res.risks) == 0


def test_workbook_without_form_and_instructions_sheet(tmp_path):
    res = run(tmp_path, {"填表说明": [["填表说明"], ["1. 风险点:指岗位……"]]})
    assert res.issues["code"].tolist() == ["FILE_NO_FORM"]
    res = run(tmp_path / "2", {"填表说明": [["填表说明"]], "张三": GENERAL_FORM})
    assert len(res.posts) == 1 and res.issues.empty


def test_duplicate_person_is_kept_and_flagged(tmp_path):
    """Twice in one file, the second sheet saying other points, is a duplicate, not a version
    (versions: tests/test_versions.py); the same sheet word for word again is a copy, read
    once (SHEET_SECOND_COPY)."""
    inbox = tmp_path / "inbox"
    other = [list(r) for r in GENERAL_FORM]
    other[6] = ["", "催办、归档", "来文办理超期不催办", "岗位职责", "Ⅱ级", "建立台账"]
    write_workbook(inbox / "a.xlsx", {"张三": GENERAL_FORM, "张三(2)": other})
    res = collect_inbox([inbox], jobs=1)
    assert len(res.posts) == 2
    assert res.issues["code"].tolist() == ["FORM_DUPLICATE", "FORM_DUPLICATE"]
    assert res.issues["field"].tolist() == ["姓名", "姓名"]  # the field concerned
    assert ["a.xlsx[张三(2)]" in m for m in res.issues["message"]] == [True, False]
    write_workbook(inbox / "a.xlsx", {"张三": GENERAL_FORM, "张三(2)": GENERAL_FORM})
    res = collect_inbox([inbox], jobs=1)
    assert len(res.posts) == 1
    assert res.issues["code"].tolist() == ["SHEET_SECOND_COPY"]


@pytest.mark.parametrize(
    "name", ["stacked-libreoffice.xls", "general-libreoffice.ods", "wps-dimension-a1.xlsx"]
)
def test_files_saved_by_other_programs(name):
    data = Path(__file__).parent / "data"
    res = collect_inbox([data / name], jobs=1)
    assert len(res.posts) >= 1
    if name == "stacked-libreoffice.xls":
        posts = res.posts.to_dict("records")
        assert [(p["person"], p["tier"], p["department"]) for p in posts] == [
            ("李四", "中层岗位", "执法大队"), ("王五", "一般岗位", "执法大队")]  # fmt: skip
        assert res.risks["risk_type"].tolist()[1] == "制度机制风险;思想道德风险"
        assert res.risks["duty"].tolist()[1] == "负责行政执法检查"  # merged in the .xls
        assert ("LEVEL_UNKNOWN", "D16") in codes(res)
    else:
        assert res.risks["risk_point"].tolist() == ["公文运转中泄露信息", "来文办理不及时"]
        assert res.risks["duty"].tolist() == ["负责公文收发", "负责公文收发"]


def test_header_row_repeated_inside_the_table_continues_it(tmp_path):
    rows = [list(r) for r in GENERAL_FORM]
    rows.insert(7, list(GENERAL_FORM[4]))  # the header copied again before the next page
    rows.insert(8, ["负责会议", "会务", "会议费超标准报销", "制度机制", "Ⅱ级", "预算管理"])
    res = run(tmp_path, {"张三": rows})
    assert res.posts["person"].tolist() == ["张三"]
    assert res.risks["risk_point"].tolist() == [
        "公文运转中泄露信息",
        "来文办理不及时",
        "会议费超标准报销",
    ]
    assert res.risks["source_row"].tolist() == [6, 7, 9]
    assert codes(res) == []


@pytest.mark.parametrize(
    "title, fields, tier",
    [
        ("", ["姓名", "王五", "科室", "办公室", "职务", "科员"], "一般岗位"),
        ("", ["姓名", "王五", "职务", "副局长", "岗位风险等级", "A"], "领导岗位"),
        ("XX局中层领导干部廉政风险防控表", ["姓名", "王五", "职务", "科长"], "中层岗位"),
        ("XX局领导干部廉政风险防控表", ["姓名", "王五", "职务", "局长"], "领导岗位"),
    ],
)
def test_tier_without_the_official_title(tmp_path, title, fields, tier):
    rows = ([[title]] if title else []) + [fields, ["岗位职责", "风险点", "风险类型", "风险级别(高/中/低)", "防控措施"],
                                           ["负责审核", "审核不严", "岗位职责", "Ⅱ级(中)", "两人审核"]]  # fmt: skip
    res = run(tmp_path, {"S": rows})
    assert res.posts["tier"].tolist() == [tier]
    assert res.risks["risk_level"].tolist() == ["Ⅱ级"]


def test_more_words_for_the_same_fields(tmp_path):
    rows = [
        ["中层岗位廉政风险识别和防控表"],
        ["单位名称:XX区测试局"],
        ["科室名称", "法规科", "负责人(签字)", "黄七", "岗位风险等级", "B类"],
        ["职责权限", "工作程序", "风险描述", "风险分类", "风险程度", "防范对策"],
        [
            "负责规范性文件审核",
            "起草、审核",
            "审核把关不严",
            "思想道德方面",
            "Ⅱ级 较高",
            "集体审核",
        ],
    ]
    res = run(tmp_path, {"S": rows})
    (post,) = res.posts.to_dict("records")
    assert (post["unit"], post["department"], post["person"], post["declared_grade"]) == (
        "XX区测试局",
        "法规科",
        "黄七",
        "B",
    )
    (risk,) = res.risks.to_dict("records")
    assert (risk["risk_type"], risk["risk_level"], risk["workflow"]) == (
        "思想道德风险",
        "Ⅱ级",
        "起草、审核",
    )


def test_list_table_with_tier_and_grade_columns(tmp_path):
    rows = [
        [
            "序号",
            "科室",
            "姓名",
            "职务",
            "岗位层级",
            "岗位风险等级",
            "风险点",
            "风险类型",
            "风险级别",
            "防控措施",
        ],
        [1, "审批科", "毛一", "科长", "中层", "A", "现场核查走过场", "思想道德", "Ⅱ级", "双人核查"],
        [2, "", "", "", "", "", "审批中吃拿卡要", "岗位职责", "Ⅰ", "限时办结"],
        [3, "审批科", "薛二", "科员", "一般岗位", "B", "泄露申请人信息", "岗位职责", "3", "保密"],
    ]
    res = run(tmp_path, {"一览表": rows})
    posts = res.posts.to_dict("records")
    assert [(p["person"], p["tier"], p["declared_grade"], p["n_risks"]) for p in posts] == [
        ("毛一", "中层岗位", "A", 2), ("薛二", "一般岗位", "B", 1)]  # fmt: skip


@pytest.mark.parametrize(
    "text, dept, title",
    [
        ("督查科副主任科员", "督查科", "副主任科员"),
        ("执法大队四级主任科员", "执法大队", "四级主任科员"),
        ("综合办公室副主任", "综合办公室", "副主任"),
        ("采购中心办事员", "采购中心", "办事员"),
        ("人事科 科员", "人事科", "科员"),
        ("科员", "", "科员"),
        ("法规科干事员", "法规科", "干事员"),
    ],
)
def test_split_department_and_title(text, dept, title):
    from xlproc.identity import split_dept_title

    assert split_dept_title(text) == (dept, title)
