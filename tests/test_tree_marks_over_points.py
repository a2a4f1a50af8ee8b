"""A tree of holders OVER their points drawn down the point's column with branch marks: a 科室
alone on its row ('综合股'), under it each holder a lone branch row ('├─ 股长　某某', the last
'└─ 科员　某某'; '┣━' / '┗━', '|-' / '+-' as typed), each followed by his numbered point rows
('1 | point | level | measures'). The branch rows are the holders of the points UNDER them, the
unmarked lone rows their 科室, read as the same tree without marks is; no mark reaches a post
and no 科室 row becomes a point of blank level.

Not the published batch's file (batch808 draws the other tree: branches under a point naming its
holders, HOLDERS_AS_BRANCHES): a county's 市场监督管理局 and a 乡镇人民政府, other posts, names
and 科室, one or two heading rows, 高/中/低 written or ticked, 一级/二级/三级, a 风险类型 column
more, a holder with no 科室 above, written with xlsxwriter (tests/helpers.py) and read back as
``collect_inbox`` reads a file. The negatives (the batch808 direction, branches under each
point; an ordinary list with group rows '一、…' over 岗位 | 姓名 rows; '├─' sub-items under a
point of a 科室) read as before.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config

_MARKS = "├└┣┗|+"


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


def no_marks(got) -> None:
    for col in ("department", "title", "person"):
        assert not any(v[:1] in _MARKS for v in got.risks[col] if v), list(got.risks[col])


def test_light_branches_under_two_sections_are_the_holders_of_the_points_below(tmp_path):
    rows = [
        ["XX县市场监督管理局岗位廉政风险点清单"],
        ["序号", "股室／岗位／风险点", "风险等级", "防控措施"],
        [None, "综合股", None, None],
        [None, "├─ 股长　濮阳翊岚", None, None],
        [1, "公务用车调度随意", "中", "用车审批单逐次登记。"],
        [2, "办公用品采购不比价", "低", "采购三家比价，存档备查。"],
        [None, "└─ 科员　濮阳沛宁", None, None],
        [3, "会议费报销审核不严", "高", "报销附会议签到表、通知。"],
        [None, "特种设备安全监察股", None, None],
        [None, "└─ 股长　闾丘珩澈", None, None],
        [4, "特种设备检验结论放宽", "高", "检验报告双人复核，抽查回访。"],
    ]
    got = run(tmp_path, rows, ["A1:D1"])
    assert read(got) == sorted([
        ("综合股", "股长", "濮阳翊岚", "公务用车调度随意", "Ⅱ级"),
        ("综合股", "股长", "濮阳翊岚", "办公用品采购不比价", "Ⅲ级"),
        ("综合股", "科员", "濮阳沛宁", "会议费报销审核不严", "Ⅰ级"),
        ("特种设备安全监察股", "股长", "闾丘珩澈", "特种设备检验结论放宽", "Ⅰ级"),
    ])  # fmt: skip
    no_errors(got)
    no_marks(got)
    assert "HOLDERS_AS_BRANCHES" not in codes(got)


def test_heavy_branches_with_no_section_above_under_two_heading_rows(tmp_path):
    # the table opens with a holder's branch row (no 科室 over him), two heading rows ('风险
    # 等级' over 一级 | 二级 | 三级 ticked), the next holder's own 科室 row after
    rows = [
        ["XX镇人民政府廉政风险防控清单"],
        ["编号", "岗位及风险点", "风险等级", None, None, "防控措施"],
        [None, None, "一级", "二级", "三级", None],
        [None, "┣━ 镇长　钟离翀昊", None, None, None, None],
        ["1", "工程项目发包指定施工方", "√", None, None, "项目发包党委会研究，全程公开。"],
        ["2", "财政资金拨付审批把关不严", None, "√", None, "资金拨付联签，按月公示。"],
        [None, "社会事务办", None, None, None, None],
        [None, "┗━ 主任　钟离霈瑶", None, None, None, None],
        ["3", "低保对象评定优亲厚友", None, None, "√", "评定民主评议，张榜公示。"],
    ]
    got = run(tmp_path, rows, ["A1:F1", "A2:A3", "B2:B3", "C2:E2", "F2:F3"])
    assert read(got) == sorted([
        ("", "镇长", "钟离翀昊", "工程项目发包指定施工方", "Ⅰ级"),
        ("", "镇长", "钟离翀昊", "财政资金拨付审批把关不严", "Ⅱ级"),
        ("社会事务办", "主任", "钟离霈瑶", "低保对象评定优亲厚友", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    no_marks(got)


def test_ascii_branches_with_a_type_column_and_one_section(tmp_path):
    # '|-' / '+-' typed for the marks, indented, a 风险类型 column more, one 科室 only
    rows = [
        ["XX县市场监督管理局食品安全股廉政风险点登记表"],
        ["序号", "风险类型", "科室、岗位及风险点", "风险等级", "防控措施"],
        [None, None, "食品安全股", None, None],
        [None, None, "　|- 股长　濮阳翊岚", None, None],
        [1, "岗位职责", "食品经营许可现场核查走过场", "一级", "核查两人以上，拍照留存。"],
        [None, None, "　+- 科员　闾丘霁川", None, None],
        [2, "制度机制", "抽检样品选择性送检", "二级", "抽检计划集体研究，随机抽取。"],
        [3, "思想道德", "接受被检单位宴请", "三级", "严守廉洁纪律，定期谈话提醒。"],
    ]
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("食品安全股", "股长", "濮阳翊岚", "食品经营许可现场核查走过场", "Ⅰ级"),
        ("食品安全股", "科员", "闾丘霁川", "抽检样品选择性送检", "Ⅱ级"),
        ("食品安全股", "科员", "闾丘霁川", "接受被检单位宴请", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    no_marks(got)
    assert set(got.risks["risk_type"]) == {"岗位职责风险", "制度机制风险", "思想道德风险"}


def test_branches_under_each_point_read_as_before(tmp_path):
    # the other tree (batch808's direction): the table opens with a point row, its holders
    # hanging under it: still each point's holders (HOLDERS_AS_BRANCHES)
    rows = [
        ["XX镇人民政府廉政风险点分解表"],
        ["序号", "风险点及责任人", "风险等级", "防控措施"],
        [1, "惠农补贴发放虚报冒领", "高", "补贴名单公示，银行代发。"],
        [None, "├─ 镇长　钟离翀昊", None, None],
        [None, "└─ 社会事务办　主任　钟离霈瑶", None, None],
        [2, "村级财务审核不严", "中", "村账镇代管，季度审计。"],
        [None, "└─ 财政所　所长　宗政澍颀", None, None],
    ]
    got = run(tmp_path, rows, ["A1:D1"])
    assert read(got) == sorted([
        ("", "镇长", "钟离翀昊", "惠农补贴发放虚报冒领", "Ⅰ级"),
        ("社会事务办", "主任", "钟离霈瑶", "惠农补贴发放虚报冒领", "Ⅰ级"),
        ("财政所", "所长", "宗政澍颀", "村级财务审核不严", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    no_marks(got)
    assert "HOLDERS_AS_BRANCHES" in codes(got)


def test_an_ordinary_list_with_group_rows_reads_as_before(tmp_path):
    # group rows '一、…' merged across a list with 岗位 | 姓名 columns: no tree, as before
    rows = [
        ["XX县市场监督管理局岗位廉政风险防控一览表"],
        ["岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
        ["一、局领导"],
        ["局长", "闾丘珩澈", "行政处罚案件定性随意", "高", "重大案件集体讨论。"],
        ["二、综合股"],
        ["股长", "濮阳翊岚", "公务接待超标准", "中", "接待清单审批。"],
        ["科员", "濮阳沛宁", "固定资产登记不全", "低", "年度盘点，账实相符。"],
    ]
    got = run(tmp_path, rows, ["A1:E1", "A3:E3", "A5:E5"])
    assert read(got) == sorted([
        ("局领导", "局长", "闾丘珩澈", "行政处罚案件定性随意", "Ⅰ级"),
        ("综合股", "股长", "濮阳翊岚", "公务接待超标准", "Ⅱ级"),
        ("综合股", "科员", "濮阳沛宁", "固定资产登记不全", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "HOLDERS_AS_BRANCHES" not in codes(got)


def test_branch_rows_naming_no_holder_are_left_as_they_were(tmp_path):
    # a 科室 over its holder (no mark) and points, one point's steps drawn as '├─' / '└─'
    # sub-items under it: no holder in the branches, nothing stripped, read as today
    rows = [
        ["XX县市场监督管理局廉政风险点清单"],
        ["序号", "股室／岗位／风险点", "风险等级", "防控措施"],
        [None, "综合股", None, None],
        [None, "股长　濮阳翊岚", None, None],
        [1, "政府采购需求编制倾向特定供应商", "高", "需求论证，公开征求意见。"],
        [None, "├─ 采购需求论证不充分", None, None],
        [None, "└─ 评审专家抽取不规范", None, None],
        [2, "公务接待超标准", "中", "接待清单审批。"],
    ]
    got = run(tmp_path, rows, ["A1:D1"])
    before = read(got)
    assert ("综合股", "股长", "濮阳翊岚", "公务接待超标准", "Ⅱ级") in before
    assert any("├─ 采购需求论证不充分" in p for p in got.risks["risk_point"])
    no_errors(got)
    assert "HOLDERS_AS_BRANCHES" not in codes(got)
