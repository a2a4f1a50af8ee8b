"""A list keyed by a window's or a desk's number ('窗口 | 窗口名称 | 廉政风险点', '1号窗口' …) with
no holder column, whose holders the sheet gives elsewhere by that number: the hall's floor plan of
boxes ('一号窗口⏎税费申报⏎张三', a box a window, laid out as the hall is), a small table ('窗口 |
工作人员', '窗口号 | 岗位 | 姓名') beside or under the list, or one line ('1号窗口：张三；2号窗口：李四').
Each row is the point of its window's holder, one form a holder; the post is the list's
'窗口名称' where it gives one, else the window; a window the map does not name stays as read, with
a warning at its cell; the map's cells are no points and no stray rows.

Not the published batch's file (a 县政务服务中心's 一览表 with '1号窗口' … and a 窗口名称 column over
a plan of boxes '1号窗口⏎企业开办⏎…' merged over two columns, 1–3 along the top and 6–4 back along
the bottom): here a 区税务局's 办税服务厅, a 市住房公积金管理中心's 柜台 and a 县医院's 收费处, other
posts, names and levels (高/中/低, ticks under '风险等级' over '高 | 中 | 低'), the windows written
'一号窗口', '1号', '窗口2', '3号柜台', the plan's boxes one cell each to the RIGHT of a caption
'办税服务厅平面布局图' or one line each, a '窗口 | 工作人员' table beside the list past an empty
column, a '窗口号 | 岗位 | 姓名' table under it, a line of holders, an extra 备注 column — written
with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None, sheet: str = "窗口"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")
    assert "ROW_UNPLACED" not in codes(got), issues.to_dict("records")
    assert "HOLDER_STAGE_UNMATCHED" not in codes(got), issues.to_dict("records")


def test_the_codes_are_catalogued():
    for code in ("HOLDER_BY_STAGE", "HOLDER_STAGE_UNMATCHED"):
        assert code in CATALOGUE and code in SHORT


# a 办税服务厅: '窗口号 | 窗口业务', the windows '一号窗口' …, the plan's boxes one cell each
TAX = [
    ["XX区税务局办税服务厅窗口廉政风险防控表"],
    ["序号", "窗口号", "窗口业务", "风险点", "风险等级", "防控措施", "备注"],
    [1, "一号窗口", "税费申报", "为纳税人违规办理零申报", "中", "申报数据系统比对。", None],
    [2, "一号窗口", None, "收受纳税人礼品礼金", "高", "签订廉洁承诺。", None],
    [3, "二号窗口", "发票领用", "违规超量发售发票", "高", "发票领用额度系统控制。", "重点"],
    [4, "三号窗口", "税务登记", "登记信息审核不严", "低", "登记信息实名核验。", None],
    [5, "三号窗口", None, "泄露纳税人涉税信息", "中", "查询权限分级管理。", None],
    ["制表：", None, "负责人：", None, "2025年3月"],
    [],
    ["办税服务厅平面布局图"],
    [None, "一号窗口\n税费申报\n公冶翀璟", None, "二号窗口\n发票领用\n漆雕沅熙", None,
     "三号窗口\n税务登记\n公冶珩霁"],
    [None, "导税台", None, None, None, "自助办税区"],
]  # fmt: skip
TAX_MERGES = ["A1:G1", "B3:B4", "C3:C4", "B6:B7", "C6:C7", "A10:G10"]
TAX_HELD = sorted([
    ("税费申报", "公冶翀璟", "为纳税人违规办理零申报", "Ⅱ级"),
    ("税费申报", "公冶翀璟", "收受纳税人礼品礼金", "Ⅰ级"),
    ("发票领用", "漆雕沅熙", "违规超量发售发票", "Ⅰ级"),
    ("税务登记", "公冶珩霁", "登记信息审核不严", "Ⅲ级"),
    ("税务登记", "公冶珩霁", "泄露纳税人涉税信息", "Ⅱ级"),
])  # fmt: skip


def test_a_floor_plan_of_boxes_under_the_list_names_each_windows_holder(tmp_path):
    got = run(tmp_path, TAX, TAX_MERGES)
    assert read(got) == TAX_HELD
    no_errors(got)
    assert "HOLDER_BY_STAGE" in codes(got)
    assert "一号窗口" not in set(got.risks["department"])  # (a window's number is no 科室)
    assert len(set(got.risks["person"])) == 3  # (one form a holder)


def test_a_plan_with_one_line_boxes_and_a_window_it_leaves_out(tmp_path):
    rows = [list(r) for r in TAX]
    rows[10] = [None, "一号窗口　税费申报　公冶翀璟", None, "二号窗口　发票领用　漆雕沅熙", None,
                "三号窗口　税务登记"]  # fmt: skip
    got = run(tmp_path, rows, TAX_MERGES)
    held = read(got)
    assert [x for x in held if x[1]] == [x for x in TAX_HELD if x[0] != "税务登记"]
    assert sorted(x[2] for x in held if not x[1]) == ["泄露纳税人涉税信息", "登记信息审核不严"]
    issues = got.issues
    warned = issues[issues["code"] == "HOLDER_STAGE_UNMATCHED"]
    assert list(warned["cell"]) == ["B6", "B7"] and set(warned["value"]) == {"三号窗口"}
    assert "ROW_UNPLACED" not in codes(got)


# a 公积金 centre's 柜台: '窗口 | 风险点 | 风险等级' over '高 | 中 | 低' ticks, no window names,
# a '窗口 | 工作人员' table beside the list past an empty column
FUND = [
    ["XX市住房公积金管理中心服务大厅柜台廉政风险点"],
    ["序号", "窗口", "风险点", "风险等级", None, None, "防控措施"],
    [None, None, None, "高", "中", "低", None],
    [1, "1号", "违规为不符合条件职工办理提取", "√", None, None, "提取要件系统校验。", None,
     "窗口", "工作人员"],
    [2, "1号", "受托为中介“包办”提取", None, "√", None, "严禁代办，实名面签。", None,
     "1号", "受理员　巫马昀澍"],
    [3, "2号", "贷款资料审核放松标准", "√", None, None, "贷款审核双人复核。", None,
     "2号", "受理员　巫马沁琰"],
    [4, "3号", "复核走过场", None, None, "√", "复核比例不低于30%。", None,
     "3号", "审核员　宗政瑾煦"],
]  # fmt: skip
FUND_MERGES = ["A1:J1", "A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:G3"]


def test_a_table_of_windows_beside_the_list_with_ticks_under_two_heading_rows(tmp_path):
    # (read before as a roster by group, the window '1号' a 科室; the post is the table's)
    got = run(tmp_path, FUND, FUND_MERGES)
    assert read(got) == sorted([
        ("受理员", "巫马昀澍", "违规为不符合条件职工办理提取", "Ⅰ级"),
        ("受理员", "巫马昀澍", "受托为中介“包办”提取", "Ⅱ级"),
        ("受理员", "巫马沁琰", "贷款资料审核放松标准", "Ⅰ级"),
        ("审核员", "宗政瑾煦", "复核走过场", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert set(got.risks["department"]) == {""}  # (a window's number is no 科室)
    assert "CELL_OUTSIDE" not in codes(got)  # (the table beside is read)


# a 县医院's 收费处: '窗口 | 窗口名称', the windows '窗口1' …, holders in a table or a line under it
CASHIER = [
    ["XX县人民医院收费处窗口岗位廉政风险一览表"],
    ["序号", "窗口", "窗口名称", "廉政风险点", "风险等级", "防控措施"],
    [1, "窗口1", "门诊收费窗口", "收费不开票据，截留现金", "高", "每日日结，票款核对。"],
    [2, "窗口2", "住院结算窗口", "违规减免住院费用", "高", "减免须经院长审批。"],
    [3, "窗口2", "住院结算窗口", "为熟人插队结算", "低", "叫号系统排队。"],
    [4, "窗口3", "医保报销窗口", "虚报冒领医保基金", "中", "医保智能审核。"],
]  # fmt: skip
CASHIER_HELD = sorted([
    ("门诊收费窗口", "上官昕玥", "收费不开票据，截留现金", "Ⅰ级"),
    ("住院结算窗口", "欧阳霆骁", "违规减免住院费用", "Ⅰ级"),
    ("住院结算窗口", "欧阳霆骁", "为熟人插队结算", "Ⅲ级"),
    ("医保报销窗口", "上官湉蓁", "虚报冒领医保基金", "Ⅱ级"),
])  # fmt: skip


def test_a_table_of_window_post_and_name_under_the_list(tmp_path):
    rows = [list(r) for r in CASHIER] + [
        [],
        ["窗口号", "岗位", "姓名"],
        ["1号窗口", "收费员", "上官昕玥"],
        ["2号窗口", "收费员", "欧阳霆骁"],
        ["3号窗口", "医保结算员", "上官湉蓁"],
    ]
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == CASHIER_HELD  # (the list's 窗口名称 the post)
    no_errors(got)


def test_a_line_of_holders_by_window_under_the_list(tmp_path):
    rows = [list(r) for r in CASHIER] + [
        ["窗口人员：1号窗口：上官昕玥；2号窗口：欧阳霆骁；3号窗口：上官湉蓁"],
    ]
    got = run(tmp_path, rows, ["A1:F1", "A7:F7"])
    assert read(got) == CASHIER_HELD
    no_errors(got)
    assert "HOLDER_BY_STAGE" in codes(got)


def test_a_window_list_with_no_map_is_read_as_before(tmp_path):
    got = run(tmp_path, CASHIER, ["A1:F1"])
    assert set(got.risks["person"]) == {""}
    assert not codes(got) & {"HOLDER_BY_STAGE", "HOLDER_STAGE_UNMATCHED"}


def test_a_plan_whose_boxes_name_no_one_is_no_map(tmp_path):
    rows = [list(r) for r in TAX[:10]] + [
        [None, "一号窗口\n税费申报", None, "二号窗口\n发票领用", None, "三号窗口\n税务登记"],
    ]
    got = run(tmp_path, rows, TAX_MERGES)
    assert set(got.risks["person"]) == {""}
    assert not codes(got) & {"HOLDER_BY_STAGE", "HOLDER_STAGE_UNMATCHED"}


def test_a_window_list_with_its_own_holders_keeps_them(tmp_path):
    rows = [
        ["XX县人民医院收费处窗口廉政风险一览表"],
        ["序号", "窗口", "姓名", "廉政风险点", "风险等级", "防控措施"],
        [1, "1号窗口", "闻人珂玥", "收费不开票据，截留现金", "高", "每日日结，票款核对。"],
        [2, "2号窗口", "闻人晗璋", "违规减免住院费用", "中", "减免须经院长审批。"],
        [],
        ["窗口分布：1号窗口：某甲；2号窗口：某乙"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A6:F6"])
    assert [x[1:] for x in read(got)] == sorted([
        ("闻人珂玥", "收费不开票据，截留现金", "Ⅰ级"),
        ("闻人晗璋", "违规减免住院费用", "Ⅱ级"),
    ])  # fmt: skip
    assert not codes(got) & {"HOLDER_BY_STAGE", "HOLDER_STAGE_UNMATCHED"}


def test_a_column_of_window_names_not_numbers_is_no_key(tmp_path):
    rows = [
        ["XX县市民服务中心窗口廉政风险点"],
        ["序号", "窗口", "廉政风险点", "风险等级", "防控措施"],
        [1, "综合受理窗口", "一窗受理后推诿群众", "中", "首问负责。"],
        [2, "出件窗口", "出件时额外收费", "高", "收费公示。"],
        ["1号窗口：东郭珺瑶；2号窗口：东郭彦霖"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A5:E5"])
    assert set(got.risks["person"]) == {""}
    assert not codes(got) & {"HOLDER_BY_STAGE", "HOLDER_STAGE_UNMATCHED"}


def test_what_the_eighty_seventh_review_found(tmp_path):
    """A line naming two people for one window names no holder of it (not the first alone)."""
    rows = [["XX县政务服务中心窗口廉政风险一览表"],
            ["序号", "窗口", "窗口名称", "廉政风险点", "风险等级", "防控措施"],
            [1, "1号窗口", "企业开办", "违规办理登记", "高", "双人复核。"],
            [2, "2号窗口", "不动产登记", "收受好处费", "中", "公示流程。"],
            [3, "3号窗口", "社保办理", "违规认定待遇", "高", "系统校验。"],
            ["窗口人员：1号窗口：钮澄岚、宰父霁；2号窗口：钮沐川；3号窗口：宰父岚"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A6:F6"])
    r = got.risks
    held = dict(zip(r["risk_point"], r["person"], strict=True))
    assert held["收受好处费"] == "钮沐川"
    assert held["违规办理登记"] not in ("钮澄岚", "宰父霁")
