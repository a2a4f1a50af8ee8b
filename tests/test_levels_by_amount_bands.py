"""A table with no level column whose points are graded only by an amount in one column
('项目金额(元)', '涉及资金（万元）', '流转面积（亩）') and a note banding that amount by its units
('注：…金额在20万元（含）以上的为高风险，5万元（含）至20万元的为中风险，不足5万元的为低风险'): each
row's level is the band its amount falls in (one info ``LEVEL_BY_AMOUNT_BANDS`` naming the column
and the note); a cell with no amount or none the note bands gets no level and a warning naming it
(``LEVEL_AMOUNT_UNREAD``). Amounts in 元 against bands in 万元 are converted only where both units
are written.

Not the published batch's table (a 笋产业发展中心's 项目资金类排查表 with 股室 | 岗位 | 姓名 merged
per person, 一级/二级/三级 and plain numbers under '涉及资金（万元）'): a 县农业农村局's 农机购置补贴
and a 镇农村经济管理站's 土地流转 desks, other posts and names, 高/中/低 and Ⅰ/Ⅱ级 bands, '不足' and
'低于', amounts with their unit in the cells, in 元 against 万元 bands, and a 流转面积（亩） column;
written with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file. Tables
that look a bit alike (a level column beside the amount; an amount note naming who signs, not a
level; a score column) read as before.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str]):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "amounts.xlsx", {"清单": rows}, {"清单": merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> list[str]:
    return list(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


SUBSIDY_NOTE = (
    "注：本表风险等级按补贴金额确定，金额在20万元（含）以上的为高风险，5万元（含）至20万元的为中风险，"
    "不足5万元的为低风险。"
)

# one heading row, post and name in two columns, amounts in 元 against bands in 万元
SUBSIDY = [
    ["某县农业农村局农机购置补贴岗位廉政风险点台账"],
    ["序号", "岗位", "姓名", "风险点", "项目金额(元)", "防控措施"],
    [
        1,
        "农机股股长",
        "庞沐霖",
        "补贴机具核验走过场，套取补贴",
        350000,
        "机具现场核验拍照，双人签字。",
    ],
    [2, "农机股股长", "庞沐霖", "优先受理熟人申请", 82000, "按申请时间顺序受理，结果公示。"],
    [3, "补贴审核员", "祁若澜", "资料审核不严，重复享受补贴", 12500, "系统比对购机发票号码。"],
    [4, "补贴审核员", "祁若澜", "泄露购机户信息", 200000, "信息按权限查询，留痕备查。"],
    [SUBSIDY_NOTE],
]


def test_amounts_in_yuan_graded_by_bands_in_wan(tmp_path):
    got = run(tmp_path, SUBSIDY, ["A1:F1", "A7:F7"])
    assert read(got) == sorted([
        ("农机股股长", "庞沐霖", "补贴机具核验走过场，套取补贴", "Ⅰ级"),
        ("农机股股长", "庞沐霖", "优先受理熟人申请", "Ⅱ级"),
        ("补贴审核员", "祁若澜", "资料审核不严，重复享受补贴", "Ⅲ级"),
        ("补贴审核员", "祁若澜", "泄露购机户信息", "Ⅰ级"),
    ])  # fmt: skip
    no_errors(got)
    assert codes(got).count("LEVEL_BY_AMOUNT_BANDS") == 1


# two heading rows, post and name in one cell merged down, the unit written in the cells,
# Ⅰ/Ⅱ/Ⅲ级 bands with '低于'
FUND = [
    ["某镇财政所项目资金类廉政风险排查表"],
    ["序号", "岗位及姓名", "廉政风险点", "资金情况", "防控措施"],
    [None, None, None, "涉及金额", None],
    [1, "所长　滕知远", "乡村振兴衔接资金拨付不按进度", "260万元", "按工程进度和验收单拨付。"],
    [2, None, "项目资金调剂使用未经集体研究", "45万", "调剂事项经所务会研究。"],
    [3, "出纳　滕语桐", "现金支付超范围", "3.5万元", "严格执行现金管理规定。"],
    [4, None, "未及时登记银行日记账", "18", "日清月结，所长月末核对。"],
    [
        "说明：单笔涉及金额100万元（含）以上的为Ⅰ级风险，10万元（含）至100万元的为Ⅱ级风险，低于10万元的为Ⅲ级风险。"
    ],
]


def test_amounts_with_units_in_cells_under_two_heading_rows(tmp_path):
    got = run(
        tmp_path, FUND, ["A1:E1", "A2:A3", "B2:B3", "C2:C3", "E2:E3", "B4:B5", "B6:B7", "A8:E8"]
    )
    assert read(got) == sorted([
        ("所长", "滕知远", "乡村振兴衔接资金拨付不按进度", "Ⅰ级"),
        ("所长", "滕知远", "项目资金调剂使用未经集体研究", "Ⅱ级"),
        ("出纳", "滕语桐", "现金支付超范围", "Ⅲ级"),
        ("出纳", "滕语桐", "未及时登记银行日记账", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert codes(got).count("LEVEL_BY_AMOUNT_BANDS") == 1


# an area, not money, with a 科室 column and a 备注 column; one row without an amount
LAND = [
    ["某镇农村经济管理站土地流转岗位廉政风险点清单"],
    ["科室", "岗位", "责任人", "廉政风险点", "流转面积（亩）", "防控措施", "备注"],
    ["经管站", "站长", "戈望舒", "流转合同鉴证不审核发包方资格", 1200, "合同鉴证两人审核。", None],
    ["经管站", "站长", "戈望舒", "流转价格暗中压低", 300, "价格参照片区指导价公示。", None],
    ["经管站", "业务员", "戈沛然", "流转档案管理混乱", 40, "档案按户建册。", "新增"],
    ["经管站", "业务员", "戈沛然", "纠纷调处偏袒一方", "—", "调处两人以上参加。", None],
    ["注：流转面积500亩以上为一级风险；100亩至500亩为二级风险；100亩以下为三级风险。"],
]


def test_an_area_graded_by_its_bands_and_a_row_without_one_warned(tmp_path):
    got = run(tmp_path, LAND, ["A1:G1", "A7:G7"])
    assert read(got) == sorted([
        ("站长", "戈望舒", "流转合同鉴证不审核发包方资格", "Ⅰ级"),
        ("站长", "戈望舒", "流转价格暗中压低", "Ⅱ级"),
        ("业务员", "戈沛然", "流转档案管理混乱", "Ⅲ级"),
        ("业务员", "戈沛然", "纠纷调处偏袒一方", ""),
    ])  # fmt: skip
    issues = got.issues
    warned = issues[issues["code"] == "LEVEL_AMOUNT_UNREAD"]
    assert list(warned["cell"]) == ["E6"], issues.to_dict("records")
    assert codes(got).count("LEVEL_BY_AMOUNT_BANDS") == 1


def test_a_level_column_beside_the_amount_reads_as_before(tmp_path):
    rows = [list(r) for r in SUBSIDY]
    rows[1] = [*rows[1], "风险等级"]
    for r, lv in zip(range(2, 6), ["中", "中", "低", "高"], strict=True):
        rows[r] = [*rows[r], lv]
    got = run(tmp_path, rows, ["A1:G1", "A7:G7"])
    assert read(got) == sorted([
        ("农机股股长", "庞沐霖", "补贴机具核验走过场，套取补贴", "Ⅱ级"),
        ("农机股股长", "庞沐霖", "优先受理熟人申请", "Ⅱ级"),
        ("补贴审核员", "祁若澜", "资料审核不严，重复享受补贴", "Ⅲ级"),
        ("补贴审核员", "祁若澜", "泄露购机户信息", "Ⅰ级"),
    ])  # fmt: skip
    assert "LEVEL_BY_AMOUNT_BANDS" not in codes(got)
    no_errors(got)


def test_an_amount_note_naming_who_signs_grades_nothing(tmp_path):
    rows = [list(r) for r in SUBSIDY]
    rows[6] = ["注：补贴金额5万元以下的由股长审核，5万元（含）以上的报分管局长审批。"]
    got = run(tmp_path, rows, ["A1:F1", "A7:F7"])
    assert [x[:3] for x in read(got)] == [
        x[:3] for x in sorted(read(run(tmp_path / "b", SUBSIDY, ["A1:F1", "A7:F7"])))
    ]
    assert all(x[3] == "" for x in read(got))
    assert "LEVEL_BY_AMOUNT_BANDS" not in codes(got)
    assert "LEVEL_AMOUNT_UNREAD" not in codes(got)


def test_no_level_column_and_no_amount_bands_reads_as_before(tmp_path):
    rows = [list(r) for r in SUBSIDY]
    rows[6] = ["注：8分以上为一级风险，5分至8分为二级风险，5分以下为三级风险。"]
    got = run(tmp_path, rows, ["A1:F1", "A7:F7"])
    assert "LEVEL_BY_AMOUNT_BANDS" not in codes(got)
    assert "LEVEL_AMOUNT_UNREAD" not in codes(got)
    assert all(x[3] == "" for x in read(got))
