"""A SECOND table of another kind right under a list's rows, on the same sheet — a ledger of a
巡察's or a 检查's findings, the members of a 领导小组 — numbered under its own heading row, one of
whose headings names a holder or a 科室 (``序号 | 检查发现问题 | 责任股室 | 责任人 | 整改期限``,
``序号 | 职务 | 姓名 | 分工``): the heading row is of the ``fields`` kind by its words, so it was taken
for no heading and the table's heading and rows were read as more points of the list, by the
list's columns (``整改期限`` a holder, ``责任人`` a point, each with LEVEL_BLANK / LEVEL_UNKNOWN and
MEASURES_BLANK), or reported row by row as ROW_UNPLACED. Now the list ends at such a heading row
(short headings, no label with a colon, no name, date or number among them, no point's or
level's heading, not the list's own; numbered rows under it) and the table is reported once
(info TABLE_UNDER_LIST at its heading, the rows counted), with or without a blank row and a
caption between.

Not the published batch's file (batch1001: a 镇's ``附：…巡察反馈问题整改台账`` ``序号 | 存在问题 | 整改措施 |
整改时限 | 责任人 | 完成情况`` after a blank row): a 县审计局's 检查 ledger right under its rows (no gap,
no caption), a 卫生健康局's 领导小组 members under a caption, a 县文广局's 巡察 ledger with ``责任科室``
and a sign-off line under it. Near-misses read as before: a roster of who holds which post under
a list of posts (``序号 | 股室 | 岗位 | 姓名``: the names read into the list), a second list of points
under its own header, and a log of who took over which post (HOLDERS_CHANGED).
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

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


AUDIT_HEAD = ["序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施"]
AUDIT_ROWS = [
    [1, "经济责任审计股", "审计员", "濮阳珩", "审计发现问题隐瞒不报", "高", "审计底稿复核"],
    [2, "经济责任审计股", "审计员", "濮阳珩", "接受被审计单位宴请", "中", "签订廉洁承诺"],
    [3, "办公室", "主任", "宇文瑷", "公务用车私用", "低", "派车登记"],
]  # fmt: skip
AUDIT_READ = [
    ("经济责任审计股", "审计员", "濮阳珩", "审计发现问题隐瞒不报", "Ⅰ级"),
    ("经济责任审计股", "审计员", "濮阳珩", "接受被审计单位宴请", "Ⅱ级"),
    ("办公室", "主任", "宇文瑷", "公务用车私用", "Ⅲ级"),
]


def test_a_check_ledger_right_under_the_rows_is_no_points(tmp_path):
    rows = [
        ["某县审计局岗位廉政风险防控清单"],
        AUDIT_HEAD,
        *AUDIT_ROWS,
        ["序号", "检查发现问题", "责任股室", "责任人", "整改期限"],
        [1, "审计底稿归档不及时", "经济责任审计股", "濮阳珩", "2025年8月"],
        [2, "派车单填写不全", "办公室", "宇文瑷", "2025年7月"],
    ]
    got = run(tmp_path, rows)
    assert read(got) == AUDIT_READ
    assert told(got) == [("A6", "序号 检查发现问题 责任股室 责任人 整改期限")]
    assert got.issues[got.issues["code"] == CODE]["severity"].tolist() == ["info"]
    assert not codes(got) & {"LEVEL_BLANK", "LEVEL_UNKNOWN", "MEASURES_BLANK", "ROW_UNPLACED"}


def test_a_group_members_table_under_a_caption_is_said_once(tmp_path):
    rows = [
        ["某县卫生健康局岗位廉政风险点一览表"],
        ["序号", "科室", "职务", "姓名", "廉政风险点", "风险等级", "防控措施"],
        [1, "局领导", "局长", "令狐湛", "医疗设备采购指定品牌", "一级", "采购集体决策"],
        [2, "医政股", "股长", "司空璠", "医疗机构校验放宽标准", "二级", "校验结果公示"],
        [],
        ["廉政风险防控工作领导小组成员"],
        ["序号", "职务", "姓名", "分工"],
        [1, "组长", "令狐湛", "全面负责"],
        [2, "成员", "司空璠", "具体落实"],
    ]
    got = run(tmp_path, rows, ["A6:G6"])
    assert read(got) == [
        ("局领导", "局长", "令狐湛", "医疗设备采购指定品牌", "Ⅰ级"),
        ("医政股", "股长", "司空璠", "医疗机构校验放宽标准", "Ⅱ级"),
    ]
    assert told(got) == [("A7", "序号 职务 姓名 分工")]
    assert "ROW_UNPLACED" not in codes(got)


def test_a_rectification_ledger_naming_departments_over_a_signoff(tmp_path):
    rows = [
        ["某县文化广电旅游局廉政风险点排查表"],
        ["序号", "科室", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施"],
        [1, "文物股", "股长", "南宫玥", "文物修缮项目验收走过场", "岗位职责风险", "高", "专家验收"],
        [2, "市场股", "科员", "东方翊", "演出场所检查通风报信", "思想道德风险", "中", "双人检查"],
        [],
        ["附：上年度县委巡察反馈问题整改情况"],
        ["序号", "反馈问题", "整改举措", "责任科室", "责任人", "完成时限", "整改情况"],
        [1, "文物修缮资料不全", "补齐验收资料", "文物股", "南宫玥", "2025年5月", "已完成"],
        [2, "检查记录未留痕", "建立检查台账", "市场股", "东方翊", "2025年6月", "整改中"],
        ["填表人：", None, "审核人：", None, "局长（签字）：", None, None, None],
    ]
    got = run(tmp_path, rows, ["A6:H6"])
    assert read(got) == [
        ("文物股", "股长", "南宫玥", "文物修缮项目验收走过场", "Ⅰ级"),
        ("市场股", "科员", "东方翊", "演出场所检查通风报信", "Ⅱ级"),
    ]
    assert told(got) == [("A7", "序号 反馈问题 整改举措 责任科室 责任人 完成时限 整改情况")]
    assert not codes(got) & {"LEVEL_UNKNOWN", "MEASURES_BLANK", "ROW_UNPLACED"}


def test_a_roster_under_a_list_of_posts_still_names_its_holders(tmp_path):
    rows = [
        ["某县审计局岗位廉政风险防控清单"],
        ["序号", "股室", "岗位", "风险点", "风险等级", "防控措施"],
        [1, "经济责任审计股", "审计员", "审计发现问题隐瞒不报", "高", "审计底稿复核"],
        [2, "经济责任审计股", "审计员", "接受被审计单位宴请", "中", "签订廉洁承诺"],
        [3, "办公室", "主任", "公务用车私用", "低", "派车登记"],
        [],
        ["附：岗位人员名单"],
        ["序号", "股室", "岗位", "姓名"],
        [1, "经济责任审计股", "审计员", "濮阳珩"],
        [2, "办公室", "主任", "宇文瑷"],
    ]
    got = run(tmp_path, rows)
    assert read(got) == AUDIT_READ
    assert CODE not in codes(got)


def test_a_second_list_of_points_is_read(tmp_path):
    rows = [
        ["某县审计局岗位廉政风险防控清单"],
        AUDIT_HEAD,
        AUDIT_ROWS[0],
        AUDIT_ROWS[2],
        [],
        ["二、新增风险点"],
        ["序号", "股室", "岗位", "责任人", "廉政风险点", "等级", "措施"],
        [1, "办公室", "主任", "宇文瑷", "公务接待超标准", "中", "接待审批"],
    ]
    got = run(tmp_path, rows)
    assert read(got) == [
        AUDIT_READ[0],
        AUDIT_READ[2],
        ("办公室", "主任", "宇文瑷", "公务接待超标准", "Ⅱ级"),
    ]
    assert CODE not in codes(got)


def test_a_log_of_who_took_over_is_read_as_before(tmp_path):
    rows = [
        ["某县审计局岗位廉政风险防控清单"],
        AUDIT_HEAD,
        *AUDIT_ROWS,
        [],
        ["岗位人员变动登记"],
        ["序号", "股室", "岗位", "原任人员", "现任人员", "变动时间"],
        [1, "办公室", "主任", "宇文瑷", "慕容琛", "2025年6月"],
    ]
    got = run(tmp_path, rows)
    assert "HOLDERS_CHANGED" in codes(got)
    assert CODE not in codes(got)


def test_the_code_is_catalogued():
    assert CODE in CATALOGUE and CODE in SHORT
    severity, message = CATALOGUE[CODE]
    assert severity == "info" and "{value}" in message and "{field}" in message
