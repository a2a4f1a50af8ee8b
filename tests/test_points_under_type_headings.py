"""A list whose heading is one row and whose point columns are headed by the risk types alone,
no '风险点' merged over them ('科室 | 岗位 | 姓名 | 思想道德风险 | 制度机制风险 | 岗位职责风险 |
防控措施 | 风险等级'): each row's type cells hold that type's points (some empty, '/' or '无').
Each written cell is a point of its column's type, with the row's holder, level and measures,
as under a merged '风险点' band over the types.

Not the assignment's example (a 局 with 办公室/财务科 and 一级/二级): a 县粮食储备库, a 县疾控中心
and a 乡镇财政所, other posts and names, the short type words '思想道德 | 制度机制', '业务流程风险'
and '外部环境风险', levels 高/中/低, 一级/二级/三级 and Ⅰ级/Ⅱ级, post and name in one cell
'岗位（姓名）', an extra '序号' and '备注', a 科室 merged down its rows, the level column before or
after the measures; written with xlsxwriter (tests/helpers.py) and read back as
``collect_inbox`` reads a file. The negatives: a tally of points by type (numbers under the
types), a list with its own '风险点' column and the types ticked beside it, a 科室 × type grid
whose lines close with a level and a holder after a dash: read as before.
"""

from pathlib import Path

import pytest
from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None, sheet: str = "一览表"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def typed(got) -> list[tuple[str, str]]:
    r = got.risks
    return sorted(zip(r["risk_point"], r["risk_type"], strict=True))


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


def test_three_type_columns_some_empty_beside_measures_and_level(tmp_path):
    rows = [["XX县粮食储备库岗位廉政风险防控一览表"],
            ["科室", "岗位", "姓名", "思想道德风险", "制度机制风险", "岗位职责风险", "防控措施", "风险等级"],
            ["库领导", "主任", "郗望舒", "收受粮食经纪人礼品礼金", "", "轮换粮源选定个人说了算",
             "轮换方案主任办公会集体研究，全程公开。", "一级"],
            ["保管科", "保管员", "甄栖霞", "", "出入库过磅不复核", "虚报损耗，倒卖储备粮",
             "出入库双人过磅，损耗按月公示。", "二级"],
            ["财务科", "会计", "乔霁明", "", "", "往来款项长期挂账不清理",
             "往来款项季度清理，报主任审签。", "三级"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:H1"])
    assert read(got) == sorted([
        ("主任", "郗望舒", "收受粮食经纪人礼品礼金", "Ⅰ级"),
        ("主任", "郗望舒", "轮换粮源选定个人说了算", "Ⅰ级"),
        ("保管员", "甄栖霞", "出入库过磅不复核", "Ⅱ级"),
        ("保管员", "甄栖霞", "虚报损耗，倒卖储备粮", "Ⅱ级"),
        ("会计", "乔霁明", "往来款项长期挂账不清理", "Ⅲ级"),
    ])  # fmt: skip
    assert typed(got) == sorted([
        ("收受粮食经纪人礼品礼金", "思想道德风险"),
        ("轮换粮源选定个人说了算", "岗位职责风险"),
        ("出入库过磅不复核", "制度机制风险"),
        ("虚报损耗，倒卖储备粮", "岗位职责风险"),
        ("往来款项长期挂账不清理", "岗位职责风险"),
    ])  # fmt: skip
    r = got.risks
    assert set(r[r["person"] == "甄栖霞"]["measures"]) == {"出入库双人过磅，损耗按月公示。"}
    assert set(r["department"]) == {"库领导", "保管科", "财务科"}
    no_errors(got)


def test_short_type_words_post_and_name_in_one_cell_and_slashes(tmp_path):
    # a 疾控中心: '岗位（姓名）' in one cell, the level before the measures, '/' and '无' for none,
    # the short words '思想道德 | 制度机制' and '业务流程风险 | 外部环境风险', levels 高/中/低
    rows = [["XX县疾病预防控制中心廉政风险点登记表"],
            ["岗位（姓名）", "思想道德", "制度机制", "业务流程风险", "外部环境风险", "风险等级", "防控措施"],
            ["主任（訾清和）", "疫苗采购中接受厂家宴请", "/", "冷链设备招标设置倾向性条款", "/", "高",
             "采购进入公共资源交易平台，纪检全程监督。"],
            ["检验科科长（鞠澄怀）", "/", "检测报告签发不复核", "无", "受托检测单位请托改数据", "中",
             "报告三级审核，原始记录留存备查。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"], sheet="登记表")
    assert read(got) == sorted([
        ("主任", "訾清和", "疫苗采购中接受厂家宴请", "Ⅰ级"),
        ("主任", "訾清和", "冷链设备招标设置倾向性条款", "Ⅰ级"),
        ("检验科科长", "鞠澄怀", "检测报告签发不复核", "Ⅱ级"),
        ("检验科科长", "鞠澄怀", "受托检测单位请托改数据", "Ⅱ级"),
    ])  # fmt: skip
    assert typed(got) == sorted([
        ("疫苗采购中接受厂家宴请", "思想道德风险"),
        ("冷链设备招标设置倾向性条款", "业务流程风险"),
        ("检测报告签发不复核", "制度机制风险"),
        ("受托检测单位请托改数据", "外部环境风险"),
    ])  # fmt: skip
    no_errors(got)


def test_numbers_remarks_and_a_post_merged_down(tmp_path):
    # a 财政所: '序号' first, '备注' last, the post column merged down two rows of one holder
    rows = [["XX镇财政所廉政风险防控清单"],
            ["序号", "股室", "职务", "责任人", "思想道德风险", "岗位职责风险", "风险等级", "防控措施", "备注"],
            ["1", "所领导", "所长", "牧晗清", "利用资金拨付收受好处", "专项资金审批把关不严", "Ⅰ级",
             "资金拨付所务会集体研究，按月公开。", ""],
            ["2", "预算股", "股长", "檀映竹", "", "预算指标调剂不按程序", "Ⅱ级",
             "指标调剂报所长审批，留痕备查。", "新任"],
            ["3", "", "会计", "檀映竹", "", "报账单据审核走过场", "Ⅱ级", "单据逐张审核签字。", ""]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:I1", "B4:B5"], sheet="清单")
    assert read(got) == sorted([
        ("所长", "牧晗清", "利用资金拨付收受好处", "Ⅰ级"),
        ("所长", "牧晗清", "专项资金审批把关不严", "Ⅰ级"),
        ("股长", "檀映竹", "预算指标调剂不按程序", "Ⅱ级"),
        ("会计", "檀映竹", "报账单据审核走过场", "Ⅱ级"),
    ])  # fmt: skip
    r = got.risks
    assert set(r[r["risk_point"] == "利用资金拨付收受好处"]["risk_type"]) == {"思想道德风险"}
    assert set(r[r["title"] == "会计"]["risk_type"]) == {"岗位职责风险"}
    no_errors(got)


def test_a_tally_of_points_by_type_is_no_list_of_points(tmp_path):
    # numbers under the types: a count of each 科室's points, none of them a point
    rows = [["XX县粮食储备库廉政风险点统计表"],
            ["科室", "岗位", "思想道德风险", "制度机制风险", "岗位职责风险", "风险等级", "防控措施"],
            ["库领导", "主任", "1", "2", "1", "一级", "集体研究"],
            ["保管科", "保管员", "0", "1", "2", "二级", "双人过磅"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"], sheet="统计表")
    assert not len(got.risks)
    no_errors(got)


def test_a_point_column_with_the_types_ticked_beside_it_reads_as_before(tmp_path):
    rows = [["XX县疾病预防控制中心廉政风险点登记表"],
            ["岗位", "姓名", "廉政风险点", "思想道德风险", "制度机制风险", "岗位职责风险", "风险等级", "防控措施"],
            ["主任", "訾清和", "疫苗采购中接受厂家宴请", "√", "", "", "一级", "采购进入交易平台。"],
            ["检验科科长", "鞠澄怀", "检测报告签发不复核", "", "√", "", "二级", "报告三级审核。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:H1"])
    assert read(got) == sorted([
        ("主任", "訾清和", "疫苗采购中接受厂家宴请", "Ⅰ级"),
        ("检验科科长", "鞠澄怀", "检测报告签发不复核", "Ⅱ级"),
    ])  # fmt: skip
    assert typed(got) == sorted([
        ("疫苗采购中接受厂家宴请", "思想道德风险"),
        ("检测报告签发不复核", "制度机制风险"),
    ])  # fmt: skip
    no_errors(got)


def test_a_dept_by_type_grid_with_measures_stays_that_grid(tmp_path):
    # each line closes with its level and its holder after a dash: ``_dept_type_grid``'s, not
    # a row's points of one holder
    rows = [["XX镇财政所廉政风险分布表"],
            ["股室", "思想道德风险", "制度机制风险", "防控措施"],
            ["预算股", "1.接受请托调剂指标（中）——股长　檀映竹", "1.报账审核走过场（低）——会计　檀映竹",
             "指标调剂留痕。"],
            ["所领导", "1.拨付资金收受好处（高）——所长　牧晗清", "/", "集体研究。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1"], sheet="分布表")
    assert read(got) == sorted([
        ("股长", "檀映竹", "接受请托调剂指标", "Ⅱ级"),
        ("会计", "檀映竹", "报账审核走过场", "Ⅲ级"),
        ("所长", "牧晗清", "拨付资金收受好处", "Ⅰ级"),
    ])  # fmt: skip
    assert "DEPT_TYPE_GRID" in set(got.issues["code"])
    no_errors(got)


# what the hundred and fifteenth review found: the type headings numbered ('一、思想道德风险') or
# written with another ending ('思想道德方面', '制度机制类', '岗位职责风险点') are type headings as
# the bare ones are (before: only the last type column read, untyped; or the whole sheet lost)
_GRANARY_115 = [
    ["库领导", "主任", "郗望舒", "收受粮食经纪人礼品礼金", "", "轮换粮源个人说了算", "集体研究", "一级"],
    ["保管科", "保管员", "甄栖霞", "", "出入库过磅不复核", "虚报损耗倒卖储备粮", "双人过磅", "二级"],
]  # fmt: skip


@pytest.mark.parametrize(
    "heads",
    [
        ["一、思想道德风险", "二、制度机制风险", "三、岗位职责风险"],
        ["思想道德方面", "制度机制方面", "岗位职责方面"],
        ["思想道德类", "制度机制类", "岗位职责类"],
        ["（一）思想道德风险点", "（二）制度机制风险点", "（三）岗位职责风险点"],
    ],
)
def test_what_the_hundred_and_fifteenth_review_found_numbered_or_other_type_headings(
    tmp_path, heads
):
    rows = [["XX县储备库岗位廉政风险防控一览表"],
            ["科室", "岗位", "姓名", *heads, "防控措施", "风险等级"], *_GRANARY_115]  # fmt: skip
    got = run(tmp_path, rows, ["A1:H1"])
    assert read(got) == sorted([
        ("主任", "郗望舒", "收受粮食经纪人礼品礼金", "Ⅰ级"),
        ("主任", "郗望舒", "轮换粮源个人说了算", "Ⅰ级"),
        ("保管员", "甄栖霞", "出入库过磅不复核", "Ⅱ级"),
        ("保管员", "甄栖霞", "虚报损耗倒卖储备粮", "Ⅱ级"),
    ])  # fmt: skip
    assert typed(got) == sorted([
        ("收受粮食经纪人礼品礼金", "思想道德风险"),
        ("轮换粮源个人说了算", "岗位职责风险"),
        ("出入库过磅不复核", "制度机制风险"),
        ("虚报损耗倒卖储备粮", "岗位职责风险"),
    ])  # fmt: skip
    assert not set(got.issues["code"]) & {"FILE_NO_FORM", "COLUMN_GUESSED", "TABLE_NO_TYPE"}
    no_errors(got)
