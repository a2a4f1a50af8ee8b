"""A list with no level and no type column (``序号 | 科室 | 职务 | 责任人 | 风险点 | 防控措施``) graded
and typed by a STATISTICS TABLE — on a sheet of its own or under the list — that counts its points
per level and per type and names them by the list's 序号 (``高风险 | 3 | 1、4、9``, ``中风险 | 4 |
第2、3、5至6项``, ``岗位职责 | 2 | 7-8``): each point takes the level and the type of the rows naming its
序号, said once a table (info TYPES_LEVELS_BY_STATISTICS), the table's rows no points of their own;
a 序号 two level rows name differently, or none names, keeps a blank with a warning at its cell
(STATISTICS_NUMBER_UNMATCHED), not a second error LEVEL_BLANK. Before, the list came out with no
level (LEVEL_BLANK each) and no type, and the statistics table's rows as points of a form with no
holder.

Not the published batch's file (batch980: a 县财政局's ``风险点统计表`` with ``类别 | 风险名称 | 数量（项）
| 对应清单序号``, ``第2、4、6至7、10项``): a 县审计局's 清单 and a sheet ``统计`` (``项目 | 个数 | 涉及序号``,
``高风险/中风险/低风险``, bare numbers and ``4-5、7``), the same as an .ods copy; a 县档案馆's list with the
table under it on the same sheet; a 县供销社's 班子成员 and 股室 sheets numbered on from one another;
a table naming a number twice and leaving one out. Near-misses, read as before: a list with level
and type columns of its own (kept; a list with only a level column keeps its levels and takes the
types), a 序号 numbering the 科室 (merged over each 科室's rows), a table of counts only, two lists
each numbered from 1 (which one is meant is not said), and an ordinary list alone.
"""

from pathlib import Path

from helpers import write_ods, write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

NEW = {"TYPES_LEVELS_BY_STATISTICS", "STATISTICS_NUMBER_UNMATCHED"}


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, sheets: dict, merges: dict | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "清单.xlsx", sheets, merges or {})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str]]:
    return list(
        zip(got.risks["risk_point"], got.risks["risk_level"], got.risks["risk_type"], strict=True)
    )


def codes(got) -> set[str]:
    return set(got.issues["code"])


def issue(got, code: str):
    return got.issues[got.issues["code"] == code]


AUDIT = [
    ["县审计局岗位廉政风险点清单", None, None, None, None, None],
    ["序号", "科室", "职务", "责任人", "风险点", "防控措施"],
    [1, "局领导", "局长", "闻人澍", "审计计划安排受人情干扰", "审计计划经局务会研究。"],
    [2, "局领导", "局长", "闻人澍", "审计结果定性降格处理", "审计报告经审理会审定。"],
    [3, "经济责任审计股", "股长", "公西岚", "审计中接受被审计单位宴请", "执行审计“八不准”。"],
    [4, "经济责任审计股", "股长", "公西岚", "发现问题线索瞒报不移送", "线索移送台账化管理。"],
    [5, "经济责任审计股", "审计员", "公西沨", "审计底稿记录不实", "底稿两级复核。"],
    [6, "经济责任审计股", "审计员", "公西沨", "泄露审计工作秘密", "签订保密承诺书。"],
    [7, "办公室", "会计", "闻人瑗", "审计经费报销把关不严", "报销凭证三级审批。"],
    [8, "办公室", "会计", "闻人瑗", "固定资产登记不全", "资产每年盘点。"],
    ["填表：办公室", None, None, "审核：", None, "2025年5月"],
]  # fmt: skip
STATS = [
    ["县审计局廉政风险点统计"],
    ["项目", "个数", "涉及序号"],
    ["高风险", 3, "1、2、4"],
    ["中风险", 3, "3、5、7"],
    ["低风险", 2, "6、8"],
    ["思想道德风险", 2, "3、6"],
    ["制度机制风险", 2, "1-2"],
    ["岗位职责风险", 3, "4-5、7"],
    ["业务流程风险", 1, "8"],
    ["外部环境风险", 0, "/"],
    ["合计", 8, None],
]  # fmt: skip
AUDIT_READ = [
    ("审计计划安排受人情干扰", "Ⅰ级", "制度机制风险"),
    ("审计结果定性降格处理", "Ⅰ级", "制度机制风险"),
    ("审计中接受被审计单位宴请", "Ⅱ级", "思想道德风险"),
    ("发现问题线索瞒报不移送", "Ⅰ级", "岗位职责风险"),
    ("审计底稿记录不实", "Ⅱ级", "岗位职责风险"),
    ("泄露审计工作秘密", "Ⅲ级", "思想道德风险"),
    ("审计经费报销把关不严", "Ⅱ级", "岗位职责风险"),
    ("固定资产登记不全", "Ⅲ级", "业务流程风险"),
]


def test_a_statistics_sheet_grades_and_types_the_list_by_its_numbers(tmp_path):
    got = run(tmp_path, {"清单": AUDIT, "统计": STATS})
    assert read(got) == AUDIT_READ
    said = issue(got, "TYPES_LEVELS_BY_STATISTICS")
    assert len(said) == 1 and list(said["source_sheet"]) == ["统计"]
    assert list(said["cell"]) == ["C2"] and set(said["severity"]) == {"info"}
    assert "“清单”" in said["message"].iloc[0] and " 8 个" in said["message"].iloc[0]
    assert not {
        "LEVEL_BLANK",
        "TABLE_NO_TYPE",
        "FORM_NO_HOLDER",
        "STATISTICS_NUMBER_UNMATCHED",
    } & codes(got)
    # the holders as an ordinary list reads them; the table's rows are no points
    assert list(got.posts["person"]) == ["闻人澍", "公西岚", "公西沨", "闻人瑗"]
    assert set(got.risks["source_sheet"]) == {"清单"}


def test_an_ods_copy(tmp_path):
    inbox = tmp_path / "inbox"
    write_ods(inbox / "审计局.ods", {"清单": AUDIT, "统计": STATS})
    got = _collect(inbox)
    assert read(got) == AUDIT_READ
    assert len(issue(got, "TYPES_LEVELS_BY_STATISTICS")) == 1


# the table under the list on the same sheet, levels only; a 序号 named twice and one named by none
ARCHIVES = [
    ["县档案馆廉政风险点一览表", None, None, None, None],
    ["序号", "岗位", "姓名", "廉政风险点", "防控措施"],
    [1, "馆长", "司寇沅", "档案开放鉴定把关不严", "鉴定实行集体审核。"],
    [2, "馆长", "司寇沅", "馆藏征集经费使用不规范", "经费专款专用。"],
    [3, "副馆长", "司寇翾", "档案数字化外包监管不力", "外包全程视频监控。"],
    [4, "馆员", "司寇澄", "利用档案谋取私利", "查阅登记双人签字。"],
    [5, "馆员", "司寇澄", "档案借阅超范围", "借阅审批留痕。"],
    [None, None, None, None, None],
    ["风险等级", "数量", "对应序号", None, None],
    ["一级", 2, "第1、3项", None, None],
    ["二级", 2, "第2-3项", None, None],
    ["三级", 1, "第5项", None, None],
]  # fmt: skip


def test_a_table_under_the_list_and_its_unmatched_numbers(tmp_path):
    got = run(tmp_path, {"一览表": ARCHIVES})
    assert [(p, lv) for p, lv, _t in read(got)] == [
        ("档案开放鉴定把关不严", "Ⅰ级"),
        ("馆藏征集经费使用不规范", "Ⅱ级"),
        ("档案数字化外包监管不力", ""),
        ("利用档案谋取私利", ""),
        ("档案借阅超范围", "Ⅲ级"),
    ]
    said = issue(got, "TYPES_LEVELS_BY_STATISTICS")
    assert len(said) == 1 and list(said["cell"]) == ["C9"]
    warned = issue(got, "STATISTICS_NUMBER_UNMATCHED")
    assert list(warned["cell"]) == ["D5", "D6"] and set(warned["severity"]) == {"warning"}
    assert "几个不同的风险等级" in warned["message"].iloc[0]
    assert "没有写明其风险等级" in warned["message"].iloc[1]
    # the warned rows are not said again as blank; the table's rows are no points
    assert "LEVEL_BLANK" not in codes(got)
    assert len(got.risks) == 5


# 班子成员 and 股室 numbered on from one another, the table on a third sheet
LEAD = [
    ["序号", "职务", "姓名", "廉政风险点", "防控措施"],
    [1, "主任", "段干沛", "农资经营网点布局个人说了算", "布局方案集体研究。"],
    [2, "副主任", "段干瀞", "社有资产出租价格偏低", "出租公开竞价。"],
]  # fmt: skip
STAFF = [
    ["序号", "股室", "职务", "姓名", "廉政风险点", "防控措施"],
    [3, "财务股", "股长", "段干湉", "往来款项长期挂账不清理", "每季度清理往来。"],
    [4, "业务股", "股员", "段干珩", "农资质量抽检走过场", "抽检结果公示。"],
]  # fmt: skip
COUNT = [
    ["风险类别", "项数", "序号"],
    ["Ⅰ级", 2, "1-2"],
    ["Ⅱ级", 1, "3"],
    ["Ⅲ级", 1, "4"],
    ["制度机制", 2, "1、2"],
    ["业务流程", 2, "3至4"],
    ["外部环境", 0, "/"],
]  # fmt: skip


def test_two_sheets_numbered_on_from_one_another(tmp_path):
    got = run(tmp_path, {"班子成员": LEAD, "股室": STAFF, "风险点统计表": COUNT})
    assert read(got) == [
        ("农资经营网点布局个人说了算", "Ⅰ级", "制度机制风险"),
        ("社有资产出租价格偏低", "Ⅰ级", "制度机制风险"),
        ("往来款项长期挂账不清理", "Ⅱ级", "业务流程风险"),
        ("农资质量抽检走过场", "Ⅲ级", "业务流程风险"),
    ]
    said = issue(got, "TYPES_LEVELS_BY_STATISTICS")
    assert len(said) == 1 and "“班子成员”、“股室”" in said["message"].iloc[0]
    assert "风险点统计表" not in set(got.risks["source_sheet"])  # (its '外部环境 | 0 | /' too)


# a list's own short rows with a level column, a cell naming several numbers beside them
SHORT_ROWS = [
    ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
    [1, "站长", "钟离沅", "干预检测", "一级", "集体研究"],
    [2, "站长", "钟离沅", "收受礼金", "二级", "承诺书"],
    [3, "检测员", "钟离翮", "数据造假", "三级", "见1、2"],
]  # fmt: skip


def test_a_short_list_with_its_own_levels_is_no_statistics_table(tmp_path):
    got = run(tmp_path, {"清单": SHORT_ROWS})
    assert [lv for _p, lv, _t in read(got)] == ["Ⅰ级", "Ⅱ级", "Ⅲ级"]
    assert len(got.risks) == 3 and not NEW & codes(got)


# ------------------------------------------------------------------ near-misses, read as before


def _typed_list(levels: list[str], types: list[str] | None):
    head = ["序号", "科室", "职务", "责任人", "风险点", "风险等级"] + (
        ["风险类型"] if types else []
    )
    head.append("防控措施")
    rows = [head]
    for i, row in enumerate(AUDIT[2:10]):
        cells = [row[0], *row[1:5], levels[i]] + ([types[i]] if types else []) + [row[5]]
        rows.append(cells)
    return rows


def test_a_list_with_its_own_levels_and_types_keeps_them(tmp_path):
    levels = ["三级"] * 8
    types = ["外部环境"] * 8
    got = run(tmp_path, {"清单": _typed_list(levels, types), "统计": STATS})
    assert [(lv, t) for _p, lv, t in read(got)][:8] == [("Ⅲ级", "外部环境风险")] * 8
    assert not NEW & codes(got)


def test_a_list_with_its_own_levels_keeps_them_and_takes_the_types(tmp_path):
    got = run(tmp_path, {"清单": _typed_list(["三级"] * 8, None), "统计": STATS})
    assert [(p, "Ⅲ级", t) for p, _lv, t in AUDIT_READ] == read(got)
    assert len(issue(got, "TYPES_LEVELS_BY_STATISTICS")) == 1
    assert "STATISTICS_NUMBER_UNMATCHED" not in codes(got)


# a 序号 numbering the 科室, merged over each 科室's rows: no number of a point
BY_DEPT = [
    ["序号", "科室", "职务", "责任人", "风险点", "防控措施"],
    [1, "办公室", "主任", "澹台湉", "公务接待超标准", "接待清单公示。"],
    [None, "办公室", "主任", "澹台湉", "办公用品采购不比价", "采购三家比价。"],
    [2, "财务股", "股长", "澹台璆", "专项资金拨付不及时", "拨付限时办结。"],
    [None, "财务股", "股长", "澹台璆", "票据管理不规范", "票据专人保管。"],
]  # fmt: skip
BY_DEPT_STATS = [
    ["风险等级", "个数", "对应序号"],
    ["一级", 2, "1、2"],
    ["二级", 2, "3、4"],
]  # fmt: skip


def test_a_department_number_is_not_used(tmp_path):
    got = run(
        tmp_path,
        {"清单": BY_DEPT, "统计表": BY_DEPT_STATS},
        {"清单": ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "A4:A5", "B4:B5", "C4:C5", "D4:D5"]},
    )
    listed = [(p, lv) for p, lv, _t in read(got) if p not in ("一级", "二级")]
    assert [lv for _p, lv in listed] == ["", "", "", ""]
    assert not NEW & codes(got)


COUNTS_ONLY = [
    ["风险等级", "个数"],
    ["一级风险", 3],
    ["二级风险", 4],
    ["三级风险", 1],
]  # fmt: skip


def test_a_table_of_counts_only_and_a_list_alone_read_as_before(tmp_path):
    got = run(tmp_path, {"清单": AUDIT, "统计": COUNTS_ONLY})
    assert not NEW & codes(got)
    assert "LEVEL_BLANK" in codes(got)
    alone = run(tmp_path / "alone", {"清单": _typed_list(["一级", "二级"] * 4, None)})
    assert not NEW & codes(alone)
    assert [lv for _p, lv, _t in read(alone)] == ["Ⅰ级", "Ⅱ级"] * 4


def test_two_lists_each_numbered_from_one_are_not_guessed(tmp_path):
    staff = [STAFF[0], [1, *STAFF[1][1:]], [2, *STAFF[2][1:]]]
    got = run(tmp_path, {"班子成员": LEAD, "股室": staff, "风险点统计表": COUNT[:4]})
    assert not NEW & codes(got)
    listed = [lv for p, lv, _t in read(got) if p not in ("Ⅰ级", "Ⅱ级", "Ⅲ级")]
    assert listed[:4] == ["", "", "", ""]


def test_the_codes_are_catalogued_in_chinese():
    for code in NEW:
        assert code in CATALOGUE and code in SHORT
        assert any("\u4e00" <= ch <= "\u9fff" for ch in SHORT[code])
        assert any("\u4e00" <= ch <= "\u9fff" for ch in CATALOGUE[code][1])
