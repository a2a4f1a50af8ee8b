"""A holders' list whose points carry NO level, type or measures, these standing only in a
library sheet of points with no holder, matched by the point's own words.

One sheet holds '序号 | 科室 | 岗位 | 姓名 | 风险点' and nothing else (no table on its own before:
SHEET_NO_TABLE); another, the library, '编号 | 风险点 | 风险类别 | 风险等级 | 防控措施'. Each
holder's point takes the library row of the same words, spaces and punctuation aside
(``collect._points_from_library``, info SHEET_JOINED_BY_POINT_TEXT); the library is no form of
its own. A point not in the library keeps no level (LEVEL_BLANK) and is warned at its cell
(LIBRARY_POINT_UNMATCHED); a library point no one picked is said (info LIBRARY_POINT_UNPICKED).

Not the published batch's file (a county 审计局 with 股室, 一级/二级/三级, the library second and
picked by 库编号-less text under '（从风险点库选择）'): a 医疗保障局 and a 市场监督管理所, other
posts and names, 高/中/低 and 高风险/中风险 words, the library first or second, holders merged or
written on every row, an extra 备注 column, points typed with other spaces and commas. Each case
is a real .xlsx written with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox``
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


def run(tmp_path: Path, sheets: dict[str, list[list]], merges: dict[str, list[str]] | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", sheets, merges or {})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got, severity: str | None = None) -> set[str]:
    df = got.issues
    if severity:
        df = df[df["severity"] == severity]
    return set(df["code"])


def at(got, code: str) -> list[tuple[str, str]]:
    df = got.issues[got.issues["code"] == code]
    return sorted(zip(df["source_sheet"], df["cell"], strict=True))


YB = "XX县医疗保障局"
YB_LIBRARY = [
    [f"{YB}廉政风险点库"],
    ["编号", "风险点", "风险类别", "风险等级", "防控措施"],
    ["FK1", "定点医药机构准入评审打人情分", "岗位职责", "高", "评审专家随机抽取，结果公示。"],
    ["FK2", "医保基金稽核发现问题瞒报不报", "业务流程", "高", "稽核结果双人复核，问题台账销号。"],
    ["FK3", "异地就医备案审核把关不严", "业务流程", "中", "备案材料系统留痕，定期抽查。"],
    ["FK4", "医疗费用报销审核优亲厚友", "思想道德", "中", "报销审核实行初审复审分离。"],
    ["FK5", "参保信息泄露", "制度机制", "低", "信息系统分级授权，操作日志留存。"],
]


def test_library_first_holders_merged_each_point_takes_its_library_row(tmp_path):
    # the library is the FIRST sheet; the holders' sheet merges 科室/岗位/姓名 per person and
    # types the points with other spaces and a half-width comma
    picks = [
        [f"{YB}岗位廉政风险点确认表"],
        ["序号", "科室", "岗位", "姓名", "廉政风险点"],
        [1, "局领导", "局长", "闾丘澜", "定点医药机构准入评审打人情分"],
        [2, None, None, None, "医保基金稽核发现问题 瞒报不报"],
        [3, "基金监管股", "股长", "申屠枫", "医保基金稽核发现问题瞒报不报。"],
        [4, None, None, None, "异地就医备案审核,把关不严"],
        [5, "待遇保障股", "经办员", "公冶芊", "医疗费用报销审核优亲厚友"],
        [6, None, None, None, "异地就医备案审核把关不严"],
        ["制表：", None, "审核：", None, "2025年9月"],
    ]
    got = run(
        tmp_path,
        {"风险点库": YB_LIBRARY, "人员风险点": picks},
        {"人员风险点": ["A1:E1", "B3:B4", "C3:C4", "D3:D4", "B5:B6", "C5:C6", "D5:D6",
                        "B7:B8", "C7:C8", "D7:D8"]},
    )  # fmt: skip
    assert read(got) == sorted([
        ("局长", "闾丘澜", "定点医药机构准入评审打人情分", "Ⅰ级"),
        ("局长", "闾丘澜", "医保基金稽核发现问题 瞒报不报", "Ⅰ级"),
        ("股长", "申屠枫", "医保基金稽核发现问题瞒报不报。", "Ⅰ级"),
        ("股长", "申屠枫", "异地就医备案审核,把关不严", "Ⅱ级"),
        ("经办员", "公冶芊", "医疗费用报销审核优亲厚友", "Ⅱ级"),
        ("经办员", "公冶芊", "异地就医备案审核把关不严", "Ⅱ级"),
    ])  # fmt: skip
    r = got.risks
    assert set(r["source_sheet"]) == {"人员风险点"}
    assert set(r["department"]) == {"局领导", "基金监管股", "待遇保障股"}
    first = r[r["risk_point"] == "定点医药机构准入评审打人情分"].iloc[0]
    assert (
        first["risk_type"] == "岗位职责风险" and first["measures"] == "评审专家随机抽取，结果公示。"
    )
    assert at(got, "SHEET_JOINED_BY_POINT_TEXT") == [("人员风险点", "E2")]
    # FK5 picked by no one: said at its cell, no risk, no warning
    assert at(got, "LIBRARY_POINT_UNPICKED") == [("风险点库", "B7")]
    assert not codes(got, "error") and not codes(got, "warning")
    assert not codes(got) & {"SHEET_NO_TABLE", "TABLE_NO_TYPE", "FILE_NO_FORM"}
    c = got.counts()
    assert c["risks"] == 6 and c["rows_seen"] == c["risks"] + c["rows_reported"], c


SJ = "XX市场监督管理所"
SJ_LIBRARY = [
    ["编号", "廉政风险点", "风险类型", "风险等级", "防控措施"],
    ["1", "食品经营许可现场核查走过场", "业务流程", "高风险", "核查两人以上，照片存档。"],
    ["2", "行政处罚自由裁量畸轻畸重", "岗位职责", "高风险", "对照裁量基准，案审会集体审议。"],
    ["3", "特种设备检查接受企业宴请", "思想道德", "中风险", "检查前签廉洁承诺。"],
    ["4", "投诉举报线索压案不查", "制度机制", "中风险", "线索登记编号，逐件销号。"],
]


def test_holders_on_every_row_an_extra_column_and_a_point_not_in_the_library(tmp_path):
    # holders written on every row, a 备注 column after the points, the library SECOND with
    # 高风险/中风险; one point is not in the library: kept with no level, warned at its cell
    picks = [
        [f"{SJ}岗位风险确认表"],
        ["序号", "所室", "岗位", "责任人", "风险点（见风险点库）", "备注"],
        [1, "所领导", "所长", "皇甫沅", "行政处罚自由裁量畸轻畸重", None],
        [2, "所领导", "所长", "皇甫沅", "投诉举报线索压案不查", "分管"],
        [3, "食品安全组", "组长", "亓官岚", "食品经营许可现场核查走过场", None],
        [4, "食品安全组", "组长", "亓官岚", "特种设备检查接受企业宴请", None],
        [5, "食品安全组", "执法员", "赫连翊", "食品经营许可现场核查走过场", None],
        [6, "食品安全组", "执法员", "赫连翊", "网络订餐平台监测流于形式", "新增"],
    ]
    got = run(tmp_path, {"岗位风险": picks, "风险库": SJ_LIBRARY}, {"岗位风险": ["A1:F1"]})
    assert read(got) == sorted([
        ("所长", "皇甫沅", "行政处罚自由裁量畸轻畸重", "Ⅰ级"),
        ("所长", "皇甫沅", "投诉举报线索压案不查", "Ⅱ级"),
        ("组长", "亓官岚", "食品经营许可现场核查走过场", "Ⅰ级"),
        ("组长", "亓官岚", "特种设备检查接受企业宴请", "Ⅱ级"),
        ("执法员", "赫连翊", "食品经营许可现场核查走过场", "Ⅰ级"),
        ("执法员", "赫连翊", "网络订餐平台监测流于形式", ""),
    ])  # fmt: skip
    assert at(got, "LIBRARY_POINT_UNMATCHED") == [("岗位风险", "E8")]
    assert "LIBRARY_POINT_UNMATCHED" in codes(got, "warning")
    blank = got.issues[got.issues["code"] == "LEVEL_BLANK"]
    assert list(blank["cell"]) == ["E8"] or set(blank["value"]) <= {"网络订餐平台监测流于形式"}
    assert at(got, "SHEET_JOINED_BY_POINT_TEXT") == [("岗位风险", "E2")]
    assert not codes(got) & {"LIBRARY_POINT_UNPICKED", "SHEET_NO_TABLE", "FILE_NO_FORM"}


def test_a_heading_not_naming_the_library_and_every_point_picked(tmp_path):
    # no '（从风险点库选择）' in the heading, the library's every point picked, a title and a
    # 填报单位 line above the holders
    picks = [
        [f"{SJ}廉政风险点明细表"],
        [f"填报单位：{SJ}", None, None, None, "2025年10月"],
        ["序号", "所室", "岗位", "姓名", "风险点"],
        [1, "所领导", "副所长", "濮阳霖", "特种设备检查接受企业宴请"],
        [2, "所领导", "副所长", "濮阳霖", "投诉举报线索压案不查"],
        [3, "综合组", "内勤", "钟离漪", "行政处罚自由裁量畸轻畸重"],
        [4, "综合组", "内勤", "钟离漪", "食品经营许可现场核查 走过场"],
    ]
    got = run(tmp_path, {"明细": picks, "库": SJ_LIBRARY}, {"明细": ["A1:E1"]})
    assert read(got) == sorted([
        ("副所长", "濮阳霖", "特种设备检查接受企业宴请", "Ⅱ级"),
        ("副所长", "濮阳霖", "投诉举报线索压案不查", "Ⅱ级"),
        ("内勤", "钟离漪", "行政处罚自由裁量畸轻畸重", "Ⅰ级"),
        ("内勤", "钟离漪", "食品经营许可现场核查 走过场", "Ⅰ级"),
    ])  # fmt: skip
    assert at(got, "SHEET_JOINED_BY_POINT_TEXT") == [("明细", "E3")]
    assert not codes(got, "error") and not codes(got, "warning")
    assert not codes(got) & {"LIBRARY_POINT_UNPICKED", "LIBRARY_POINT_UNMATCHED"}


def test_two_ordinary_lists_on_two_sheets_read_as_before(tmp_path):
    # both sheets name their holders and grade their own points: no library, nothing joined
    first = [
        ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
        [1, "局领导", "局长", "闾丘澜", "定点医药机构准入评审打人情分", "高", "评审公示。"],
        [2, "局领导", "局长", "闾丘澜", "异地就医备案审核把关不严", "中", "定期抽查。"],
    ]
    second = [
        ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
        [1, "待遇保障股", "经办员", "公冶芊", "定点医药机构准入评审打人情分", "低", "回避。"],
        [2, "待遇保障股", "经办员", "公冶芊", "医疗费用报销审核优亲厚友", "中", "分离审核。"],
    ]
    got = run(tmp_path, {"领导": first, "股室": second})
    assert read(got) == sorted([
        ("局长", "闾丘澜", "定点医药机构准入评审打人情分", "Ⅰ级"),
        ("局长", "闾丘澜", "异地就医备案审核把关不严", "Ⅱ级"),
        ("经办员", "公冶芊", "定点医药机构准入评审打人情分", "Ⅲ级"),
        ("经办员", "公冶芊", "医疗费用报销审核优亲厚友", "Ⅱ级"),
    ])  # fmt: skip
    assert not codes(got, "error")
    assert not codes(got) & {"SHEET_JOINED_BY_POINT_TEXT", "LIBRARY_POINT_UNMATCHED",
                             "LIBRARY_POINT_UNPICKED"}  # fmt: skip


def test_a_graded_list_beside_a_library_keeps_its_own_and_the_library_as_before(tmp_path):
    # the holders' list grades its points itself (a table of its own): the library on the
    # next sheet is not joined to it and reads as before, a form with no holder
    own = [
        ["序号", "所室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
        [1, "所领导", "所长", "皇甫沅", "行政处罚自由裁量畸轻畸重", "中风险", "集体审议。"],
        [2, "所领导", "所长", "皇甫沅", "投诉举报线索压案不查", "高风险", "逐件销号。"],
    ]
    got = run(tmp_path, {"风险点": own, "风险库": SJ_LIBRARY})
    mine = [x for x in read(got) if x[1]]
    assert mine == sorted([
        ("所长", "皇甫沅", "行政处罚自由裁量畸轻畸重", "Ⅱ级"),
        ("所长", "皇甫沅", "投诉举报线索压案不查", "Ⅰ级"),
    ])  # fmt: skip
    r = got.risks
    assert len(r[r["source_sheet"] == "风险库"]) == 4  # (the library as before: its own points)
    assert not codes(got) & {"SHEET_JOINED_BY_POINT_TEXT", "LIBRARY_POINT_UNMATCHED",
                             "LIBRARY_POINT_UNPICKED"}  # fmt: skip


def test_a_code_join_reads_as_before(tmp_path):
    # '风险编号' on the list and a grading sheet by code (SHEET_JOINED_BY_CODE), no point text
    # on the second sheet: the code join, not this one
    points = [
        ["风险编号", "科室", "岗位", "姓名", "风险点", "防控措施"],
        ["YB-01", "局领导", "局长", "闾丘澜", "定点医药机构准入评审打人情分", "评审公示。"],
        ["YB-02", "基金监管股", "股长", "申屠枫", "医保基金稽核发现问题瞒报不报", "双人复核。"],
    ]
    grades = [
        ["风险编号", "风险类型", "风险等级"],
        ["YB-02", "业务流程", "高"],
        ["YB-01", "岗位职责", "中"],
    ]
    got = run(tmp_path, {"清单": points, "定级": grades})
    assert read(got) == sorted([
        ("局长", "闾丘澜", "定点医药机构准入评审打人情分", "Ⅱ级"),
        ("股长", "申屠枫", "医保基金稽核发现问题瞒报不报", "Ⅰ级"),
    ])  # fmt: skip
    assert "SHEET_JOINED_BY_CODE" in codes(got)
    assert not codes(got, "error")
    assert not codes(got) & {"SHEET_JOINED_BY_POINT_TEXT", "LIBRARY_POINT_UNMATCHED"}


def test_the_codes_are_catalogued():
    assert CATALOGUE["SHEET_JOINED_BY_POINT_TEXT"][0] == "info"
    assert CATALOGUE["LIBRARY_POINT_UNMATCHED"][0] == "warning"
    assert CATALOGUE["LIBRARY_POINT_UNPICKED"][0] == "info"
    for code in ("SHEET_JOINED_BY_POINT_TEXT", "LIBRARY_POINT_UNMATCHED", "LIBRARY_POINT_UNPICKED"):
        assert SHORT[code]


def test_level_and_measures_columns_left_empty_take_the_library_too(tmp_path):
    # the list has '风险等级 | 防控措施' columns (so it is read as a table) but leaves every one
    # empty, the points all the library's: joined all the same, no LEVEL_BLANK
    picks = [
        [f"{YB}岗位风险点表"],
        ["序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
        [1, "局领导", "副局长", "巫马湉", "异地就医备案审核把关不严", None, None],
        [2, "局领导", "副局长", "巫马湉", "参保信息泄露", None, None],
        [3, "基金监管股", "稽核员", "漆雕沅", "医保基金稽核发现问题瞒报不报", None, None],
    ]
    got = run(tmp_path, {"风险点": picks, "风险点库": YB_LIBRARY}, {"风险点": ["A1:G1"]})
    assert read(got) == sorted([
        ("副局长", "巫马湉", "异地就医备案审核把关不严", "Ⅱ级"),
        ("副局长", "巫马湉", "参保信息泄露", "Ⅲ级"),
        ("稽核员", "漆雕沅", "医保基金稽核发现问题瞒报不报", "Ⅰ级"),
    ])  # fmt: skip
    assert at(got, "SHEET_JOINED_BY_POINT_TEXT") == [("风险点", "E2")]
    assert at(got, "LIBRARY_POINT_UNPICKED") == [("风险点库", "B3"), ("风险点库", "B6")]
    assert not codes(got, "error") and not codes(got, "warning")


def test_a_library_of_other_points_joins_nothing_and_the_list_stays_no_table(tmp_path):
    # only one of the four points is the library's words: no join; the level-less list is no
    # table (SHEET_NO_TABLE as before) and the library reads as before, a form of its own
    picks = [
        ["序号", "所室", "岗位", "姓名", "风险点"],
        [1, "所领导", "所长", "皇甫沅", "行政处罚自由裁量畸轻畸重"],
        [2, "所领导", "所长", "皇甫沅", "办公用品采购不比价"],
        [3, "综合组", "内勤", "钟离漪", "公章使用不登记"],
        [4, "综合组", "内勤", "钟离漪", "档案借阅不履行手续"],
    ]
    got = run(tmp_path, {"名单": picks, "风险库": SJ_LIBRARY})
    r = got.risks
    assert set(r["source_sheet"]) == {"风险库"} and len(r) == 4
    assert sorted(r["risk_level"]) == ["Ⅰ级", "Ⅰ级", "Ⅱ级", "Ⅱ级"]
    assert "SHEET_NO_TABLE" in codes(got)
    assert not codes(got) & {"SHEET_JOINED_BY_POINT_TEXT", "LIBRARY_POINT_UNMATCHED",
                             "LIBRARY_POINT_UNPICKED"}  # fmt: skip


UNIT_SHEET = [
    ["XX局单位层面廉政风险点防控表"],
    ["序号", "风险点", "风险类型", "风险等级", "防控措施"],
    [1, "公务接待超标准", "制度机制", "高", "执行接待清单"],
    [2, "政府采购暗箱操作", "岗位职责", "高", "集体决策公开招标"],
    [3, "干部选拔任用不规范", "制度机制", "高", "民主推荐"],
    [4, "重大事项决策不民主", "制度机制", "中", "三重一大"],
]
PERSONAL = [
    ["XX局个人岗位廉政风险点"],
    ["序号", "科室", "岗位", "姓名", "风险点"],
    [1, "办公室", "主任", "张伟", "公务接待超标准"],
    [2, "办公室", "主任", "张伟", "公车私用"],
    [3, "财务股", "股长", "李娜", "政府采购暗箱操作"],
    [4, "财务股", "股长", "李娜", "政府采购暗箱操作"],
]


def test_what_the_hundred_and_twenty_seventh_review_found_a_unit_level_sheet_is_no_library(
    tmp_path,
):
    """A graded 单位层面 sheet (no holder column) beside a personal list sharing some of its
    words is the unit's own form, never a library: its points kept, none dropped as unpicked;
    an untitled graded sheet not all of whose points are picked is kept as a form too (review
    127g, finding 2)."""
    unit = [
        ("", "公务接待超标准", "Ⅰ级"),
        ("", "政府采购暗箱操作", "Ⅰ级"),
        ("", "干部选拔任用不规范", "Ⅰ级"),
        ("", "重大事项决策不民主", "Ⅱ级"),
    ]
    for i, (tab, title) in enumerate((
        ("单位层面", UNIT_SHEET[0][0]),
        ("Sheet1", "XX局共性廉政风险点"),
        ("领导班子", "XX局廉政风险点表"),
    )):  # fmt: skip
        sheet = [[title], *UNIT_SHEET[1:]]
        got = run(tmp_path / str(i), {tab: sheet, "个人": PERSONAL})
        r = got.risks
        own = sorted(
            (p, lv)
            for s, t, p, lv in zip(r["source_sheet"], r["title"], r["risk_point"],
                                   r["risk_level"], strict=True)
            if s == tab
        )  # fmt: skip
        assert own == sorted((p, lv) for _t, p, lv in unit), (tab, own)
        # the personal list as before: no table of its own (its columns not a form's)
        assert "SHEET_NO_TABLE" in codes(got, "warning"), tab
        assert not codes(got) & {"LIBRARY_POINT_UNPICKED", "SHEET_JOINED_BY_POINT_TEXT"}, tab
    # untitled, named by nothing, some points picked by no one: joined, but kept as its form
    sheet = [["序号", "风险点", "风险类型", "风险等级", "防控措施"], *UNIT_SHEET[2:]]
    got = run(tmp_path / "plain", {"Sheet1": sheet, "个人": PERSONAL})
    r = got.risks
    assert len(r[r["source_sheet"] == "Sheet1"]) == 4
    assert "LIBRARY_POINT_UNPICKED" not in codes(got)
    assert ("主任", "张伟", "公务接待超标准", "Ⅰ级") in read(got)


def test_what_the_hundred_and_twenty_seventh_review_found_picks_numbered_coded_or_two_a_cell(
    tmp_path,
):
    """Picks written with a number or the library's code before the words ('1.公务接待超标准',
    'FK1 公务接待超标准') match the library's point; two picks in one cell ('甲、乙') are a point
    each, every row accounted for (review 127g, finding 7)."""
    lib = [
        ["XX局廉政风险点库"],
        ["编号", "风险点", "风险类别", "风险等级", "防控措施"],
        ["FK1", "公务接待超标准", "制度机制", "高", "执行接待清单"],
        ["FK2", "政府采购暗箱操作", "岗位职责", "高", "集体决策公开招标"],
        ["FK3", "项目资金审核不严", "业务流程", "中", "双人复核"],
    ]
    head = ["序号", "科室", "岗位", "姓名", "风险点（从风险点库选择）"]
    for i, lead in enumerate(("FK{} ", "{}.")):
        picks = [
            ["XX局岗位风险确认表"],
            head,
            [1, "办公室", "主任", "张伟", lead.format(1) + "公务接待超标准"],
            [2, "财务股", "股长", "李娜", lead.format(2) + "政府采购暗箱操作"],
            [3, "财务股", "股长", "李娜", lead.format(3) + "项目资金审核不严"],
        ]
        got = run(tmp_path / str(i), {"库": lib, "确认": picks})
        assert [(t, p, lv) for t, p, _pt, lv in read(got)] == [
            ("主任", "张伟", "Ⅰ级"),
            ("股长", "李娜", "Ⅰ级"),
            ("股长", "李娜", "Ⅱ级"),
        ], lead
        assert "SHEET_JOINED_BY_POINT_TEXT" in codes(got)
        assert "LIBRARY_POINT_UNMATCHED" not in codes(got)
    picks = [
        ["XX局岗位风险确认表"],
        head,
        [1, "办公室", "主任", "张伟", "公务接待超标准、政府采购暗箱操作"],
        [2, "财务股", "股长", "李娜", "项目资金审核不严"],
    ]
    got = run(tmp_path / "two", {"库": lib, "确认": picks})
    assert read(got) == sorted([
        ("主任", "张伟", "公务接待超标准", "Ⅰ级"),
        ("主任", "张伟", "政府采购暗箱操作", "Ⅰ级"),
        ("股长", "李娜", "项目资金审核不严", "Ⅱ级"),
    ])  # fmt: skip
    assert not codes(got, "error") and not codes(got, "warning")
    c = got.counts()
    assert c["rows_seen"] == c["risks"] + c["rows_reported"], c
