"""A SECOND table of another kind right under a list's rows, on the same sheet, whose heading row
does NOT open with ``序号`` — a 整改台账 with no number column (``问题描述 | 整改措施 | 责任人 | 完成时限``),
a 学习教育记录 (``日期 | 学习内容 | 学习形式 | 参加人 | 责任人``), or a heading with a blank over a number
column — one of whose headings names a holder or a 科室: before, only a heading opening with ``序号``
over numbered rows ended the list (TABLE_UNDER_LIST, tests/test_table_under_list.py), so these
were read as more points of the list by its columns (a 整改措施 as a 科室, a 完成时限 as a point, each
row with LEVEL_UNKNOWN / LEVEL_BLANK and MEASURES_BLANK), or the heading alone as ROW_UNPLACED. Now
such a heading ends the list too when every heading is a known column's or of a ledger's words
(问题, 整改, 时限, 日期, 内容, 情况 …), one of them at least a ledger's or a record's own (问题, 整改,
检查, 学习, 督办, 销号, searched once in the row first), none a risk list's (风险, 廉政, 防控, 隐患) nor a
point's, level's, type's or description's, and the row under it is no heading row and fills the
holder's or 科室's column; the table is reported once, TABLE_UNDER_LIST.

Not the published batch's file (batch1006: a 乡's ``附：县委第二巡察组反馈问题整改台账`` ``问题描述 | 整改措施
| 责任科室 | 责任人 | 完成时限 | 整改情况`` after a blank row): a 县水利局's 审计 ledger right under its rows
(no gap, no caption), a 卫生院's 学习教育记录 under a caption, a 县教育局's 督办 ledger with a blank over
its number column. Near-misses read as before: a second list of points whose heading names no
序号 (``岗位 | 责任人 | 主要问题 | 防控措施``), a 学习记录 naming no holder (``日期 | 学习内容 | 主持人 |
记录人``: not this kind, left as it was), and two header rows of one list.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config

CODE = "TABLE_UNDER_LIST"


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list, merges: list | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "清单.xlsx", {"清单": rows}, {"清单": merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str, str]]:
    cols = ["department", "title", "person", "risk_point", "risk_level"]
    return [tuple(r) for r in got.risks[cols].itertuples(index=False)]


def told(got, code: str = CODE) -> list[tuple[str, str]]:
    at = got.issues[got.issues["code"] == code]
    return [(r.cell, r.value) for r in at.itertuples(index=False)]


def codes(got) -> set[str]:
    return set(got.issues["code"])


WATER_HEAD = ["序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施"]
WATER_ROWS = [
    [1, "工程建设股", "股长", "尉迟璘", "水利工程变更签证把关不严", "高", "变更集体会审"],
    [2, "工程建设股", "科员", "尉迟珺", "工程计量虚增", "中", "计量双人复核"],
    [3, "财务室", "会计", "拓跋琛", "项目资金拨付不按进度", "中", "按进度拨付"],
]  # fmt: skip
WATER_READ = [
    ("工程建设股", "股长", "尉迟璘", "水利工程变更签证把关不严", "Ⅰ级"),
    ("工程建设股", "科员", "尉迟珺", "工程计量虚增", "Ⅱ级"),
    ("财务室", "会计", "拓跋琛", "项目资金拨付不按进度", "Ⅱ级"),
]
MISREAD = {"LEVEL_BLANK", "LEVEL_UNKNOWN", "MEASURES_BLANK", "ROW_UNPLACED"}


def test_an_audit_ledger_with_no_number_column_right_under_the_rows(tmp_path):
    rows = [
        ["某县水利局岗位廉政风险防控清单"],
        WATER_HEAD,
        *WATER_ROWS,
        ["审计发现问题", "整改措施", "责任股室", "责任人", "整改期限", "完成情况"],
        ["变更签证资料不全", "补齐签证资料", "工程建设股", "尉迟璘", "2025年9月", "整改中"],
        ["资金拨付超进度", "收回超拨资金", "财务室", "拓跋琛", "2025年8月", "已完成"],
    ]
    got = run(tmp_path, rows)
    assert read(got) == WATER_READ
    assert told(got) == [("A6", "审计发现问题 整改措施 责任股室 责任人 整改期限 完成情况")]
    assert got.issues[got.issues["code"] == CODE]["severity"].tolist() == ["info"]
    assert not codes(got) & MISREAD


def test_a_study_record_under_a_caption_is_said_once(tmp_path):
    rows = [
        ["某乡卫生院岗位廉政风险点一览表"],
        ["序号", "科室", "职务", "姓名", "廉政风险点", "风险等级", "防控措施"],
        [1, "院领导", "院长", "闾丘瑄", "药品耗材采购收受回扣", "一级", "集中带量采购"],
        [2, "公卫科", "科长", "闾丘翊", "公卫项目数据造假", "二级", "随机电话回访"],
        [],
        ["党风廉政学习教育记录"],
        ["学习日期", "学习内容", "学习形式", "参加人员", "责任人"],
        ["2025年3月12日", "学习医疗领域腐败问题通报", "集中学习", "全体职工", "闾丘瑄"],
        ["2025年5月20日", "观看警示教育片", "集中观看", "全体职工", "闾丘翊"],
    ]
    got = run(tmp_path, rows, ["A6:G6"])
    assert read(got) == [
        ("院领导", "院长", "闾丘瑄", "药品耗材采购收受回扣", "Ⅰ级"),
        ("公卫科", "科长", "闾丘翊", "公卫项目数据造假", "Ⅱ级"),
    ]
    assert told(got) == [("A7", "学习日期 学习内容 学习形式 参加人员 责任人")]
    assert not codes(got) & MISREAD


def test_a_blank_over_the_number_column_of_a_supervision_ledger(tmp_path):
    rows = [
        ["某县教育局廉政风险点排查表"],
        ["序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
        [1, "计财股", "股长", "宗政琰", "营养餐资金拨付不及时", "高", "资金直达学校"],
        [2, "人事股", "科员", "宗政瑗", "教师招聘资格审核放宽", "中", "资格审核双人"],
        [],
        ["附：督办事项落实情况"],
        [None, "督办问题", "整改措施", "责任股室", "责任人", "办结时限"],
        [1, "营养餐台账不全", "建立资金台账", "计财股", "宗政琰", "2025年6月"],
        [2, "招聘档案缺审核记录", "补齐审核记录", "人事股", "宗政瑗", "2025年7月"],
    ]
    got = run(tmp_path, rows, ["A6:G6"])
    assert [r[2] for r in read(got)] == ["宗政琰", "宗政瑗"]
    assert told(got) == [("B7", "督办问题 整改措施 责任股室 责任人 办结时限")]
    assert not codes(got) & MISREAD


def test_a_second_list_of_points_with_no_number_column_is_read(tmp_path):
    rows = [
        ["某县水利局岗位廉政风险防控清单"],
        WATER_HEAD,
        *WATER_ROWS,
        [],
        ["二、新增风险点"],
        ["股室", "岗位", "责任人", "主要问题", "风险等级", "防控措施"],
        ["财务室", "会计", "拓跋琛", "公务卡报销不及时", "低", "按月对账"],
    ]
    got = run(tmp_path, rows)
    assert CODE not in codes(got)
    assert ("财务室", "会计", "拓跋琛", "公务卡报销不及时", "Ⅲ级") in read(got)


def test_a_study_record_naming_no_holder_is_not_this_kind(tmp_path):
    rows = [
        ["某县水利局岗位廉政风险防控清单"],
        WATER_HEAD,
        *WATER_ROWS,
        [],
        ["学习记录"],
        ["日期", "学习内容", "主持人", "记录人"],
        ["2025年3月5日", "学习廉洁自律准则", "尉迟璘", "拓跋琛"],
    ]
    got = run(tmp_path, rows)
    assert read(got)[:3] == WATER_READ
    assert CODE not in codes(got)


def test_two_header_rows_of_one_list_are_read_as_before(tmp_path):
    rows = [
        ["某县水利局岗位廉政风险防控清单"],
        ["股室", "岗位", "责任人", "风险点", "风险评估", None, "防控措施"],
        [None, None, None, None, "风险等级", "风险类型", None],
        [
            "工程建设股",
            "股长",
            "尉迟璘",
            "水利工程变更签证把关不严",
            "高",
            "岗位职责风险",
            "变更集体会审",
        ],
        ["财务室", "会计", "拓跋琛", "项目资金拨付不按进度", "中", "制度机制风险", "按进度拨付"],
    ]
    got = run(tmp_path, rows, ["E2:F2", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "G2:G3"])
    assert [r[3] for r in read(got)] == ["水利工程变更签证把关不严", "项目资金拨付不按进度"]
    assert CODE not in codes(got)
