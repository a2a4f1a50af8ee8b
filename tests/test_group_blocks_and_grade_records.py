"""Three ordinary misreadings, each read the same whatever the wording:

1. a group's label ('局领导', '班子成员', '院领导') merged across the 科室 | 岗位 | 姓名 columns
   (and down over its rows) is the block's 科室: no post, no person (never a group word as a name);
2. a table of posts' grades adjusted under a list ('岗位风险等级调整情况' over '岗位 | 调整前 |
   调整后', no point column) is a record of grade changes, no points: one info
   (POST_GRADES_CHANGED_TABLE), nothing dropped without a word;
3. a '代码' column guessed by its contents as the post column, then read as codes spelling the
   holder (HOLDER_SPELLED_IN_CODES): the guess (COLUMN_GUESSED) is taken back.

No batch file stands behind them (helpers noticed them); the layouts here are a county's 文化广电
和旅游局, a 疾病预防控制中心, a 市场监管所, a 供销合作社 and a 水务公司 with their own posts, names
and level words, written with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox``
reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None, sheet: str = "清单"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str, str]]:
    r = got.risks
    return sorted(
        zip(r["department"], r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True)
    )


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


# --- 1. a group's label merged across 科室 | 岗位 | 姓名 ---------------------------------------


def test_leaders_label_merged_across_and_down_is_the_blocks_section(tmp_path):
    # '局领导' merged over A3:C5 (three rows of the leaders' points), one heading row, level words
    rows = [["XX县文化广电和旅游局廉政风险点排查登记表"],
            ["科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
            ["局领导", None, None, "文物保护项目资金分配个人说了算", "高", "党组会集体研究"],
            [None, None, None, "演出市场执法检查打招呼说情", "中", "执法全过程记录"],
            [None, None, None, "公务接待超标准", "低", "接待清单公开"],
            ["文物股", "股长", "盖昀曦", "考古勘探项目验收走过场", "中", "验收双人签字"],
            ["文物股", "文物管理员", "阙霁川", "馆藏文物出入库不登记", "高", "出入库台账月查"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A3:C5"])
    assert read(got) == sorted([
        ("局领导", "", "", "文物保护项目资金分配个人说了算", "Ⅰ级"),
        ("局领导", "", "", "演出市场执法检查打招呼说情", "Ⅱ级"),
        ("局领导", "", "", "公务接待超标准", "Ⅲ级"),
        ("文物股", "股长", "盖昀曦", "考古勘探项目验收走过场", "Ⅱ级"),
        ("文物股", "文物管理员", "阙霁川", "馆藏文物出入库不登记", "Ⅰ级"),
    ])  # fmt: skip
    assert "局领导" not in set(got.risks["person"]) | set(got.risks["title"])
    no_errors(got)


def test_members_label_under_two_heading_rows_with_a_type_column(tmp_path):
    # '责任主体' merged over '科室 | 岗位 | 姓名', a 风险类型 column between, '班子成员' merged
    # across the three and down two rows, the level written '一级/二级'
    rows = [["XX市疾病预防控制中心岗位廉政风险防控一览表"],
            ["责任主体", None, None, "风险类型", "风险点", "风险等级", "防控措施"],
            ["科室", "岗位", "姓名", None, None, None, None],
            ["班子成员", None, None, "制度机制风险", "疫苗采购品种确定不经集体研究", "一级", "采购事项上会"],
            [None, None, None, "思想道德风险", "接受检测机构宴请", "二级", "廉洁承诺"],
            ["检验科", "科长", "邬沛宁", "岗位职责风险", "检测报告签发前不复核", "二级", "报告三级审核"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "A2:C2", "D2:D3", "E2:E3", "F2:F3", "G2:G3", "A4:C5"])
    assert read(got) == sorted([
        ("班子成员", "", "", "疫苗采购品种确定不经集体研究", "Ⅰ级"),
        ("班子成员", "", "", "接受检测机构宴请", "Ⅱ级"),
        ("检验科", "科长", "邬沛宁", "检测报告签发前不复核", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)


def test_one_row_label_merged_across_with_a_number_column(tmp_path):
    # '序号' first; '所领导' merged across 科室 | 岗位 | 姓名 on its one row only (no merge down)
    rows = [["XX市场监督管理所廉政风险点登记表"],
            ["序号", "科室", "岗位", "姓名", "风险点", "等级", "防控措施"],
            [1, "所领导", None, None, "行政处罚案件不经集体讨论", "一级", "案审会集体讨论"],
            [2, "执法组", "组长", "芮澄岚", "检查中选择性执法", "二级", "随机抽查"],
            [3, "执法组", "执法员", "甄沐寒", "收受被检查对象礼品", "三级", "签订承诺书"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "B3:D3"])
    assert read(got) == sorted([
        ("所领导", "", "", "行政处罚案件不经集体讨论", "Ⅰ级"),
        ("执法组", "组长", "芮澄岚", "检查中选择性执法", "Ⅱ级"),
        ("执法组", "执法员", "甄沐寒", "收受被检查对象礼品", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)


def test_a_leaders_post_and_name_merged_across_still_split(tmp_path):
    # not this shape: '社长　郜景澄' merged across the three columns is his post and name
    rows = [["XX县供销合作社岗位廉政风险点排查表"],
            ["科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            ["社长　郜景澄", None, None, "社属企业改制资产评估不公开", "一级", "评估结果公示"],
            [None, None, None, "干部选任个人说了算", "二级", "全程纪实"],
            ["财务科", "会计", "阚屿岑", "虚列支出套取资金", "一级", "支出双签"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A3:C4"])
    assert read(got) == sorted([
        ("", "社长", "郜景澄", "社属企业改制资产评估不公开", "Ⅰ级"),
        ("", "社长", "郜景澄", "干部选任个人说了算", "Ⅱ级"),
        ("财务科", "会计", "阚屿岑", "虚列支出套取资金", "Ⅰ级"),
    ])  # fmt: skip
    no_errors(got)


def test_a_section_merged_over_section_and_post_only_keeps_its_names(tmp_path):
    # not this shape: '办公室' merged across 科室 | 岗位 only, the names written in 姓名: as before
    rows = [["XX县供销合作社岗位廉政风险点排查表"],
            ["科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            ["办公室", None, "郜景澄", "公车私用", "二级", "派车登记"],
            ["财务科", "会计", "阚屿岑", "虚列支出套取资金", "一级", "支出双签"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A3:B3"])
    got_rows = read(got)
    assert ("财务科", "会计", "阚屿岑", "虚列支出套取资金", "Ⅰ级") in got_rows
    assert [r[2] for r in got_rows if r[3] == "公车私用"] == ["郜景澄"]


# --- 2. a table of posts' grades adjusted under a list ------------------------------------------

LIST = [["XX县水务有限公司岗位廉政风险防控清单"],
        ["部门", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
        ["营业部", "抄表员", "祁沅芷", "少抄水量收受好处", "二级", "抄表轮换"],
        ["营业部", "收费员", "仉澈", "收费不开票据", "一级", "日清日结"],
        ["工程部", "部长", "晏岫", "管网工程验收走过场", "一级", "联合验收"]]  # fmt: skip
LIST_READ = [
    ("营业部", "抄表员", "祁沅芷", "少抄水量收受好处", "Ⅱ级"),
    ("营业部", "收费员", "仉澈", "收费不开票据", "Ⅰ级"),
    ("工程部", "部长", "晏岫", "管网工程验收走过场", "Ⅰ级"),
]


def grade_record(got) -> str:
    said = got.issues[got.issues["code"] == "POST_GRADES_CHANGED_TABLE"]
    assert len(said) == 1
    return said["value"].iloc[0]


def test_numbered_grade_changes_under_a_caption(tmp_path):
    rows = [*LIST, [],
            ["岗位风险等级调整情况"],
            ["序号", "岗位", "调整前", "调整后", "调整时间"],
            [1, "抄表员", "三级", "二级", "2025年2月"],
            [2, "收费员", "二级", "一级", "2025年5月"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted(LIST_READ)
    assert grade_record(got) == "抄表员 三级→二级、收费员 二级→一级"
    assert "ROW_UNPLACED" not in codes(got)
    no_errors(got)


def test_unnumbered_grade_changes_in_the_lists_columns_no_blank_row(tmp_path):
    # no 序号, '调整前等级 | 调整后等级' right under the list's 部门 | 岗位 | 姓名 columns, the
    # caption straight under the list: its rows look like the list's (read as points before)
    rows = [*LIST,
            ["岗位廉政风险等级变更记录"],
            ["岗位", "调整前等级", "调整后等级", "变更日期"],
            ["部长", "二级", "一级", "2025年6月"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A6:F6"])
    assert read(got) == sorted(LIST_READ)
    assert grade_record(got) == "部长 二级→一级"
    assert not {"LEVEL_BLANK", "POINT_BLANK", "MEASURES_BLANK"} & codes(got)
    no_errors(got)


def test_grade_letters_by_department_and_post_no_caption(tmp_path):
    # '部门 | 岗位 | 原等级 | 现等级 | 备注' with the grades 'A类/B类', no caption, a blank row
    rows = [*LIST, [],
            ["部门", "岗位", "原等级", "现等级", "备注"],
            ["营业部", "抄表员", "C类", "B类", "新增入户抄表"],
            ["工程部", "部长", "B类", "A类", None]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted(LIST_READ)
    assert grade_record(got) == "抄表员 C类→B类、部长 B类→A类"
    no_errors(got)


def test_a_points_level_change_table_still_changes_the_points(tmp_path):
    # not this shape: a 风险点 column, the points' levels adjusted (LEVEL_CHANGED_BY_TABLE)
    rows = [*LIST, [],
            ["风险等级调整情况"],
            ["岗位", "风险点", "调整前等级", "调整后等级"],
            ["抄表员", "少抄水量收受好处", "二级", "一级"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert ("营业部", "抄表员", "祁沅芷", "少抄水量收受好处", "Ⅰ级") in read(got)
    assert "LEVEL_CHANGED_BY_TABLE" in codes(got)
    assert "POST_GRADES_CHANGED_TABLE" not in codes(got)


def test_a_staff_change_table_still_changes_the_holders(tmp_path):
    # not this shape: names under 原任 | 现任, who took over which post (HOLDERS_CHANGED)
    rows = [*LIST, [],
            ["岗位人员调整情况"],
            ["部门", "岗位", "原任人员", "现任人员", "调整时间"],
            ["营业部", "收费员", "仉澈", "郦霈然", "2025年4月"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert ("营业部", "收费员", "郦霈然", "收费不开票据", "Ⅰ级") in read(got)
    assert "HOLDERS_CHANGED" in codes(got)
    assert "POST_GRADES_CHANGED_TABLE" not in codes(got)


def test_grade_record_code_is_catalogued():
    assert "POST_GRADES_CHANGED_TABLE" in CATALOGUE and "POST_GRADES_CHANGED_TABLE" in SHORT


# --- 3. a '代码' column guessed as posts, then read as codes ------------------------------------


def test_code_column_read_as_spelled_holders_takes_back_the_guess(tmp_path):
    rows = [["XX县水务有限公司岗位廉政风险点一览表"],
            ["代码", "部门", "风险类型", "风险点", "风险等级"],
            ["01_祁沅芷_抄表员", "营业部", "岗位职责风险", "少抄水量收受好处", "二级"],
            ["02_祁沅芷_抄表员", "营业部", "思想道德风险", "接受用户宴请", "三级"],
            ["01_晏岫_部长", "工程部", "岗位职责风险", "管网工程验收走过场", "一级"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("营业部", "抄表员", "祁沅芷", "少抄水量收受好处", "Ⅱ级"),
        ("营业部", "抄表员", "祁沅芷", "接受用户宴请", "Ⅲ级"),
        ("工程部", "部长", "晏岫", "管网工程验收走过场", "Ⅰ级"),
    ])  # fmt: skip
    assert "HOLDER_SPELLED_IN_CODES" in codes(got)
    guessed = got.issues[got.issues["code"] == "COLUMN_GUESSED"]
    assert not any(c.startswith("A") for c in guessed["cell"])
    no_errors(got)


# --- what the hundred and seventeenth review found ----------------------------------------------


def test_what_the_hundred_and_seventeenth_review_found_a_table_of_staff_moves(tmp_path):
    # '人员岗位调整情况' and '序号 | 姓名 | 调整前岗位 | 调整后岗位 | 调整时间' under the list: who
    # moved between posts, no points (one info naming it)
    rows = [*LIST, [],
            ["人员岗位调整情况"],
            ["序号", "姓名", "调整前岗位", "调整后岗位", "调整时间"],
            [1, "祁沅芷", "收费员", "抄表员", "2025年2月"],
            [2, "仉澈", "抄表员", "收费员", "2025年3月"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted(LIST_READ)
    i = got.issues
    said = i[i["code"] == "POST_MOVES_TABLE"]
    assert list(said["cell"]) == ["A8"]
    assert said["value"].iloc[0] == "祁沅芷 收费员→抄表员、仉澈 抄表员→收费员"
    assert not {"ROW_UNPLACED", "POINT_BLANK", "MEASURES_BLANK"} & codes(got)
    no_errors(got)


def test_what_the_hundred_and_seventeenth_review_found_moves_code_is_catalogued():
    assert CATALOGUE["POST_MOVES_TABLE"][0] == "info"
    assert SHORT["POST_MOVES_TABLE"]
