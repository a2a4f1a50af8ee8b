"""A list with no level column whose levels stand in a two-way grid printed apart from it (a
``风险等级判定表``): its labels down are the values of one of the list's columns, its labels across
the values of another (or the three post tiers, the holder's tier taken from his post), level
words in its cells. Each point takes the cell at (its value, its value); the grid is no other
table; a point whose pair the grid lacks keeps no level (warned at its cell).

Not the published batch's file (a 民政局's 排查表 with ``风险类型＼岗位类别`` under the list, 一级/二级/三级):
a 县交通运输局, a 市场监督管理所 and a 林业和草原局 — other posts, names and keys (业务环节 ×
岗位类别 with 高/中/低, 风险类型 × tiers without a corner and with no 岗位类别 column, 科室 × 事项类别
on a sheet of its own with Ⅰ级/Ⅱ级/Ⅲ级), written with xlsxwriter (tests/helpers.py) and read back
as ``collect_inbox`` reads a file. Tables that look a bit alike are read as before: a count table
under the list (figures in its cells), a list with its own level column, a grid of level words
whose labels are none of the list's values.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, sheets: dict, merges: dict):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "grid.xlsx", sheets, merges)
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> list[str]:
    return list(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


TRANSPORT = [
    ["某县交通运输局廉政风险点登记表"],
    ["序号", "科室", "岗位类别", "岗位", "姓名", "业务环节", "风险点", "防控措施"],
    ["1", "局领导", "领导岗位", "局长", "蔺砚澈", "项目审批", "干预公路养护工程招标", "集体决策，全程留痕。"],
    ["2", "局领导", "领导岗位", "局长", "蔺砚澈", "资金拨付", "违规拨付农村公路补助资金", "资金拨付联签。"],
    ["3", "运输管理股", "中层岗位", "股长", "鄢叙白", "行政许可", "道路运输经营许可降低条件", "许可条件公开，股室会审。"],
    ["4", "运输管理股", "一般岗位", "科员", "郦朔禾", "行政许可", "受理材料时吃拿卡要", "一次性告知，限时办结。"],
    ["5", "运输管理股", "一般岗位", "科员", "郦朔禾", "资金拨付", "燃油补贴核算虚报冒领", "补贴名单公示，双人复核。"],
    [],
    ["附：廉政风险等级对照表"],
    ["业务环节／岗位类别", "", "领导岗位", "中层岗位", "一般岗位"],
    ["项目审批", "", "高", "高", "中"],
    ["资金拨付", "", "高", "中", "中"],
    ["行政许可", "", "中", "中", "低"],
    ["注：风险等级按业务环节和岗位类别在上表中对应查定。"],
]  # fmt: skip
TRANSPORT_MERGES = ["A1:H1", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "B5:B7", "A10:B10", "A11:B11",
                    "A12:B12", "A13:B13", "A14:H14"]  # fmt: skip


def test_grid_of_steps_by_tier_under_the_list(tmp_path):
    got = run(tmp_path, {"登记表": TRANSPORT}, {"登记表": TRANSPORT_MERGES})
    assert read(got) == sorted([
        ("局长", "蔺砚澈", "干预公路养护工程招标", "Ⅰ级"),
        ("局长", "蔺砚澈", "违规拨付农村公路补助资金", "Ⅰ级"),
        ("股长", "鄢叙白", "道路运输经营许可降低条件", "Ⅱ级"),
        ("科员", "郦朔禾", "受理材料时吃拿卡要", "Ⅲ级"),
        ("科员", "郦朔禾", "燃油补贴核算虚报冒领", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "LEVEL_BY_LOOKUP_GRID" in codes(got)
    assert "TABLE_OTHER" not in codes(got)


MARKET = [
    ["市场监督管理所岗位廉政风险排查表"],
    ["序号", "股室", "岗位及责任人", "风险点", "风险类型", "防控措施"],
    ["1", "所领导", "副局长　亓霂川", "对举报线索压案不查", "岗位职责", "线索登记，限期反馈。"],
    ["2", "所领导", "副局长　亓霂川", "接受被检查企业宴请", "思想道德", "廉洁承诺，定期谈话。"],
    ["3", "食品安全股", "股长　仉溪岚", "抽检样品选择随意，规避问题企业", "制度机制", "双随机抽取，系统留痕。"],
    ["4", "食品安全股", "科员　郗若澜", "现场检查泄露检查计划", "岗位职责", "检查前统一通知，限时进场。"],
    ["5", "食品安全股", "科员　郗若澜", "罚没物品登记不全私自处置", "制度机制", "罚没物品专库，季度盘点。"],
    [],
    ["", "", "", "", "", "", "附：风险等级判定表"],
    ["", "", "", "", "", "", "", "领导", "中层", "一般"],
    ["", "", "", "", "", "", "制度机制风险", "一级", "二级", "二级"],
    ["", "", "", "", "", "", "岗位职责风险", "一级", "一级", "三级"],
    ["", "", "", "", "", "", "思想道德风险", "二级", "三级", "三级"],
]  # fmt: skip


def test_grid_of_types_by_the_three_tiers_no_corner_no_tier_column(tmp_path):
    got = run(tmp_path, {"排查表": MARKET}, {"排查表": ["A1:F1", "B3:B4", "B5:B7"]})
    assert read(got) == sorted([
        ("副局长", "亓霂川", "对举报线索压案不查", "Ⅰ级"),
        ("副局长", "亓霂川", "接受被检查企业宴请", "Ⅱ级"),
        ("股长", "仉溪岚", "抽检样品选择随意，规避问题企业", "Ⅱ级"),
        ("科员", "郗若澜", "现场检查泄露检查计划", "Ⅲ级"),
        ("科员", "郗若澜", "罚没物品登记不全私自处置", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "LEVEL_BY_LOOKUP_GRID" in codes(got)


FORESTRY = [
    ["林业和草原局廉政风险防控一览表"],
    ["科室", "岗位", "姓名", "事项类别", "风险点", "防控措施"],
    ["资源管理股", "股长", "訾沐辰", "审批", "林木采伐许可超限额发放", "采伐指标公示。"],
    ["资源管理股", "科员", "暨闻笙", "检查", "林地巡查走过场，毁林不报", "巡查轨迹上传。"],
    ["生态修复股", "股长", "甘棠樾", "资金", "造林补助面积核查不实", "第三方核查。"],
    ["生态修复股", "科员", "甘霏", "检查", "苗木验收不按标准", "验收双人签字。"],
    ["生态修复股", "科员", "甘霏", "采购", "苗木采购指定供应商", "政府采购平台采购。"],
]  # fmt: skip
FORESTRY_GRID = [
    ["风险等级判定表"],
    ["科室\\事项类别", "审批", "资金", "检查"],
    ["资源管理股", "Ⅰ级", "Ⅱ级", "Ⅲ级"],
    ["生态修复股", "Ⅱ级", "Ⅰ级", "Ⅲ级"],
]


def test_grid_of_offices_by_matters_on_a_sheet_of_its_own(tmp_path):
    got = run(tmp_path, {"一览表": FORESTRY, "判定表": FORESTRY_GRID}, {"一览表": ["A1:F1"]})
    assert read(got) == sorted([
        ("股长", "訾沐辰", "林木采伐许可超限额发放", "Ⅰ级"),
        ("科员", "暨闻笙", "林地巡查走过场，毁林不报", "Ⅲ级"),
        ("股长", "甘棠樾", "造林补助面积核查不实", "Ⅰ级"),
        ("科员", "甘霏", "苗木验收不按标准", "Ⅲ级"),
        ("科员", "甘霏", "苗木采购指定供应商", ""),
    ])  # fmt: skip
    issues = got.issues
    # ('采购' is no column of the grid: that point keeps no level, warned at its cell)
    warned = issues[issues["code"] == "LEVEL_LOOKUP_UNMATCHED"]
    assert list(warned["cell"]) == ["D7"], warned
    assert "LEVEL_BY_LOOKUP_GRID" in codes(got)
    errors = issues[issues["severity"] == "error"]
    assert set(errors["code"]) == {"LEVEL_BLANK"} and len(errors) == 1, errors.to_dict("records")


def test_count_table_under_the_list_is_read_as_before(tmp_path):
    rows = [*TRANSPORT[:8], ["附：风险点统计表"], ["科室", "一级", "二级", "三级"],
            ["局领导", "2", "0", "0"], ["运输管理股", "0", "1", "2"]]  # fmt: skip
    merges = ["A1:H1", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "B5:B7"]
    got = run(tmp_path, {"登记表": rows}, {"登记表": merges})
    assert {lv for *_x, lv in read(got)} == {""}
    assert "LEVEL_BY_LOOKUP_GRID" not in codes(got)
    assert "LEVEL_BLANK" in codes(got)


def test_list_with_its_own_level_column_keeps_its_levels(tmp_path):
    rows = [r[:7] + (["低"] if r and r[0].isdigit() else ["风险等级"] if r[:1] == ["序号"] else [])
            + r[7:] for r in TRANSPORT[:8]]  # fmt: skip
    rows += TRANSPORT[8:]
    got = run(tmp_path, {"登记表": rows}, {"登记表": TRANSPORT_MERGES})
    assert {lv for *_x, lv in read(got)} == {"Ⅲ级"}
    assert "LEVEL_BY_LOOKUP_GRID" not in codes(got)
    no_errors(got)


def test_grid_whose_labels_are_none_of_the_lists_values_keys_nothing(tmp_path):
    rows = [*TRANSPORT[:8], ["附：近三年风险等级变化"], ["年度＼季度", "", "一季度", "二季度", "三季度"],
            ["2023年", "", "高", "中", "中"], ["2024年", "", "中", "中", "低"]]  # fmt: skip
    merges = ["A1:H1", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "B5:B7"]
    got = run(tmp_path, {"登记表": rows}, {"登记表": merges})
    assert {lv for *_x, lv in read(got)} == {""}
    assert "LEVEL_BY_LOOKUP_GRID" not in codes(got)


_T127 = [
    ["某县交通运输局廉政风险点登记表"],
    ["序号", "科室", "岗位类别", "岗位", "姓名", "业务环节", "风险点", "防控措施"],
    ["1", "局领导", "领导岗位", "局长", "蔺砚澈", "项目审批", "干预公路养护工程招标", "集体决策。"],
    ["2", "局领导", "领导岗位", "局长", "蔺砚澈", "资金拨付", "违规拨付农村公路补助资金", "资金拨付联签。"],
    ["3", "运输管理股", "中层岗位", "股长", "鄢叙白", "行政许可", "道路运输经营许可降低条件", "股室会审。"],
    ["4", "运输管理股", "一般岗位", "科员", "郦朔禾", "行政许可", "受理材料时吃拿卡要", "一次性告知。"],
    ["5", "运输管理股", "一般岗位", "科员", "郦朔禾", "资金拨付", "燃油补贴核算虚报冒领", "双人复核。"],
    [],
]  # fmt: skip


def test_what_the_hundred_and_twenty_seventh_review_found_a_used_grid_raises_no_strays(tmp_path):
    """A grid under the list that gave the levels ('附：廉政风险等级对照表', '岗位类别／业务环节' or
    '业务环节／岗位类别' with no blank column between): its rows raise no ROW_UNPLACED, TABLE_OTHER
    nor POINT_BLANK (its head row read as a row of the list with no point) any more."""
    want = sorted([
        ("局长", "蔺砚澈", "干预公路养护工程招标", "Ⅰ级"),
        ("局长", "蔺砚澈", "违规拨付农村公路补助资金", "Ⅰ级"),
        ("股长", "鄢叙白", "道路运输经营许可降低条件", "Ⅱ级"),
        ("科员", "郦朔禾", "受理材料时吃拿卡要", "Ⅲ级"),
        ("科员", "郦朔禾", "燃油补贴核算虚报冒领", "Ⅱ级"),
    ])  # fmt: skip
    grids = [
        [["附：廉政风险等级对照表"], ["岗位类别／业务环节", "项目审批", "资金拨付", "行政许可"],
         ["领导岗位", "高", "高", "中"], ["中层岗位", "高", "中", "中"], ["一般岗位", "中", "中", "低"]],
        [["附：廉政风险等级对照表"], ["业务环节／岗位类别", "领导", "中层", "一般"],
         ["项目审批", "高", "高", "中"], ["资金拨付", "高", "中", "中"], ["行政许可", "中", "中", "低"]],
    ]  # fmt: skip
    for i, grid in enumerate(grids):
        got = run(tmp_path / str(i), {"s": _T127 + grid}, {})
        assert read(got) == want, i
        no_errors(got)
        c = codes(got)
        assert "LEVEL_BY_LOOKUP_GRID" in c, i
        assert not {"ROW_UNPLACED", "TABLE_OTHER", "POINT_BLANK"} & set(c), (i, c)
