"""A two-row heading whose upper row has a group word merged across two columns over their
sub-headings ('防控责任' over '责任岗位及责任人（科室、职务、姓名） | 防控措施', '责任分工',
'防控要求' …, whatever the word), the other headings merged down over both rows or standing in
the upper row alone. A sub-heading longer than a data row's short cells, or the other columns
left unmerged, made the reader take the upper row for a one-row heading: the group word guessed
as the measures, the sub-headings a row with no point (POINT_BLANK), the holder's cells joined
into the measures. Each sub-heading is a heading word: the two rows are one heading.

Not the reviewer's case (a 局 with 科长/副科长 and 高/中/低): a 县水利局 and a 乡镇's
便民服务中心, other posts and names, levels '一级 … 三级', '★★★' and ticks, written with
xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file.
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
    write_workbook(inbox / "list.xlsx", {"风险清单": rows}, {"风险清单": merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")
    assert "POINT_BLANK" not in set(issues["code"]), issues.to_dict("records")


def measures(got) -> list[str]:
    return sorted(got.risks["measures"])


TITLE = ["XX县水利局岗位廉政风险点及防控措施一览表"]


def test_a_long_holder_sub_heading_under_a_group_merged_down_beside(tmp_path):
    rows = [TITLE,
            ["序号", "廉政风险点", "风险等级", "防控责任", None],
            [None, None, None, "责任岗位及责任人（科室、职务、姓名）", "防控措施"],
            [1, "水利工程招标设置排他性条款", "一级", "工程建设股股长　韦澜舟", "招标文件经法规股合法性审查。"],
            [2, "河道采砂许可审批不严", "二级", "水政监察大队大队长　籍沐川", "许可事项集体研究并公示。"],
            [3, "防汛物资采购验收走过场", "三级", "办公室主任　郜晚晴", "验收双人签字，留存影像。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A2:A3", "B2:B3", "C2:C3", "D2:E2"])
    assert read(got) == sorted([
        ("工程建设股股长", "韦澜舟", "水利工程招标设置排他性条款", "Ⅰ级"),
        ("水政监察大队大队长", "籍沐川", "河道采砂许可审批不严", "Ⅱ级"),
        ("办公室主任", "郜晚晴", "防汛物资采购验收走过场", "Ⅲ级"),
    ])  # fmt: skip
    assert measures(got) == sorted(
        ["招标文件经法规股合法性审查。", "许可事项集体研究并公示。", "验收双人签字，留存影像。"]
    )
    no_errors(got)


def test_a_division_of_duty_over_section_and_holder_others_unmerged(tmp_path):
    """'责任分工' over '责任科室 | 责任岗位及人员（职务　姓名）', the measures a column after and
    a 备注 column; the other headings in the upper row only, their lower cells left empty."""
    rows = [["XX镇便民服务中心廉政风险防控登记表"],
            ["编号", "风险点", "风险等级", "责任分工", None, "防控措施", "备注"],
            [None, None, None, "责任科室", "责任岗位及人员（职务　姓名）", None, None],
            ["1", "低保审核优亲厚友", "★★★", "社会事务办", "主任　岑霁禾", "入户调查两人以上，名单公示七天。", None],
            ["2", "宅基地审批收受好处", "★★", "自然资源所", "所长　敖泊远", "审批结果村务公开栏张榜。", "新增"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "D2:E2"])
    assert read(got) == sorted([
        ("主任", "岑霁禾", "低保审核优亲厚友", "Ⅰ级"),
        ("所长", "敖泊远", "宅基地审批收受好处", "Ⅱ级"),
    ])  # fmt: skip
    assert sorted(got.risks["department"]) == ["社会事务办", "自然资源所"]
    assert measures(got) == sorted(["入户调查两人以上，名单公示七天。", "审批结果村务公开栏张榜。"])
    no_errors(got)


def test_prevention_requirements_over_measures_and_deadline_with_ticked_levels(tmp_path):
    """'防控要求' over a long '防控措施（…）' and '完成时限', post and name in two columns
    before, the level ticked under '风险等级' merged over '高 | 中 | 低'."""
    rows = [TITLE,
            ["序号", "岗位", "姓名", "风险点", "风险等级", None, None, "防控要求", None],
            [None, None, None, None, "高", "中", "低", "防控措施（制度机制、流程控制、监督检查）", "完成时限"],
            [1, "财务股会计", "濮云笙", "虚列支出套取资金", "√", None, None, "大额支出局务会审定，按月对账。", "长期"],
            [2, "质监站站长", "戚砚秋", "质量检测数据弄虚作假", None, "√", None, "检测报告三级复核，抽检留样。", "2025年底"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:I1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:G2", "H2:I2"])
    assert read(got) == sorted([
        ("财务股会计", "濮云笙", "虚列支出套取资金", "Ⅰ级"),
        ("质监站站长", "戚砚秋", "质量检测数据弄虚作假", "Ⅱ级"),
    ])  # fmt: skip
    assert measures(got) == sorted(
        ["大额支出局务会审定，按月对账。", "检测报告三级复核，抽检留样。"]
    )
    no_errors(got)


def test_a_title_merged_across_the_whole_table_is_no_group(tmp_path):
    rows = [["XX县水利局岗位廉政风险防控表（责任岗位及人员、防控措施）"],
            ["序号", "风险点", "风险等级", "责任岗位及人员（职务　姓名）", "防控措施"],
            [1, "水资源论证报告审查放水", "二级", "水资源股股长　钭星遥", "评审专家随机抽取。"],
            [2, "农田水利补助资金截留", "一级", "计财股股长　勾叶舟", "补助资金直达农户一卡通。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("水资源股股长", "钭星遥", "水资源论证报告审查放水", "Ⅱ级"),
        ("计财股股长", "勾叶舟", "农田水利补助资金截留", "Ⅰ级"),
    ])  # fmt: skip
    assert measures(got) == sorted(["评审专家随机抽取。", "补助资金直达农户一卡通。"])
    no_errors(got)


def test_a_first_data_row_under_a_one_row_heading_with_merged_cells(tmp_path):
    """'防控措施' merged across two columns over the data's two measures, the post merged down
    its rows: the row under the heading is data, not sub-headings."""
    rows = [TITLE,
            ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施", None],
            [1, "河长办主任", "隗青岚", "河湖巡查记录造假", "二级", "巡河轨迹系统留痕", "每月通报考核结果"],
            [2, None, None, "河道保洁经费虚报", "三级", "经费审计每年一次", "保洁合同公开招标"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "F2:G2", "B3:B4", "C3:C4"])
    assert read(got) == sorted([
        ("河长办主任", "隗青岚", "河湖巡查记录造假", "Ⅱ级"),
        ("河长办主任", "隗青岚", "河道保洁经费虚报", "Ⅲ级"),
    ])  # fmt: skip
    assert all("巡河轨迹" in m or "经费审计" in m for m in measures(got))
    no_errors(got)
