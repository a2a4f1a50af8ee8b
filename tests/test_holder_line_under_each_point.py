"""A list with no 科室, 岗位 or 责任人 column where each point is a record of two rows: the point's
row, then a lone line (merged across the row) naming THAT point's holder ('责任科室：…　责任岗位：…
责任人：…', or '责任人：所长　…' alone), the holders' points interleaved down the list. Each line
is the holder of the point above it (HOLDER_UNDER_EACH_POINT), not a group line over the rows
below; lines over several points, or a line over the first point, and '以上风险点责任人：…'
under blocks are read as before.

Not the published batch's file (a 旗水文勘测队's 登记表, 高/中/低, 序号 merged over both rows, the
line merged over the point columns): a 县市场监督管理局's 市场监管所, a 县医保局 and a 乡镇卫生院,
other posts and names, 一级/二级/三级 and ★★★/★★/★, one heading row or two, the line with or
without the 序号 column, '；' between its fields, an extra 备注 column, written with xlsxwriter
(tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

CODE = "HOLDER_UNDER_EACH_POINT"
SP = "\u3000"


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str], sheet: str = "登记"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def depts(got) -> dict[str, str]:
    r = got.risks
    return dict(zip(r["risk_point"], r["department"], strict=True))


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


def records(head: list[list], recs: list[tuple], line, width: int, seq_merged: bool, across: bool):
    """The rows and merges of a list of two-row records under ``head`` (its rows start at row 1):
    each record's row, then its holder's line ``line(holder)`` in column B (A when ``across``),
    merged to the last column."""
    rows = [list(x) for x in head]
    merges: list[str] = []
    last = "ABCDEFG"[width - 1]
    for n, (cells, holder) in enumerate(recs, 1):
        rows.append([n, *cells])
        r = len(rows)
        if across:
            rows.append([line(holder)])
            merges.append(f"A{r + 1}:{last}{r + 1}")
        else:
            rows.append([None, line(holder)])
            merges.append(f"B{r + 1}:{last}{r + 1}")
        if seq_merged and not across:
            merges.append(f"A{r}:A{r + 1}")
    return rows, merges


SUO = {
    "所长": ("所领导", "所长", "嵇沐泓"),
    "食品": ("食品安全组", "组长", "芮霁川"),
    "执法": ("综合执法组", "执法员", "昝书禾"),
}


def test_three_fields_under_each_point(tmp_path):
    """'责任科室：…　　责任岗位：…　　责任人：…' under each point, merged B:D, no type column,
    一级/二级/三级, the 序号 not merged; three holders, one with a single point."""
    head = [
        ["XX县市场监督管理局城关市场监管所廉政风险点登记表"],
        [f"填报单位：城关市场监管所{SP * 8}2025年5月"],
        ["编号", "廉政风险点", "风险等级", "防控措施"],
    ]
    recs = [
        (("行政处罚自由裁量权滥用，同案不同罚", "一级", "执行裁量基准，法制审核。"), "所长"),
        (("食品经营许可现场核查走过场", "二级", "两人核查，留存影像。"), "食品"),
        (("案件线索接报后压案不查", "一级", "线索登记台账，定期清理。"), "执法"),
        (("食品抽检样品选择性送检", "三级", "随机抽样，全程记录。"), "食品"),
        (("所务会议事不按规则，个人说了算", "二级", "落实议事规则，会议纪要存档。"), "所长"),
    ]

    def line(k):
        d, p, n = SUO[k]
        return f"责任科室：{d}{SP * 2}责任岗位：{p}{SP * 2}责任人：{n}"

    rows, merges = records(head, recs, line, 4, seq_merged=False, across=False)
    rows.append(["注：每条风险点下一行填写该风险点的责任人。"])
    merges += ["A1:D1", "A2:D2", f"A{len(rows)}:D{len(rows)}"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("所长", "嵇沐泓", "行政处罚自由裁量权滥用，同案不同罚", "Ⅰ级"),
        ("所长", "嵇沐泓", "所务会议事不按规则，个人说了算", "Ⅱ级"),
        ("组长", "芮霁川", "食品经营许可现场核查走过场", "Ⅱ级"),
        ("组长", "芮霁川", "食品抽检样品选择性送检", "Ⅲ级"),
        ("执法员", "昝书禾", "案件线索接报后压案不查", "Ⅰ级"),
    ])  # fmt: skip
    assert depts(got)["案件线索接报后压案不查"] == "综合执法组"
    assert CODE in set(got.issues["code"])
    assert len(got.issues[got.issues["code"] == CODE]) == 1  # once a table
    no_errors(got)


def test_post_and_name_after_holder_label_only(tmp_path):
    """'责任人：科长　…' alone under each point (its post before the name), merged B:E, the 序号
    merged down over both rows, ★★★/★★/★."""
    head = [
        ["XX县医疗保障局廉政风险点一览表"],
        ["序号", "风险点", "风险等级", "防控措施", "备注"],
    ]
    who = {
        "局长": ("局长", "亓翊宁"),
        "基金": ("基金监管股股长", "厍清漪"),
        "待遇": ("待遇保障股股长", "缑景曜"),
    }
    recs = [
        (("定点医药机构协议管理把关不严", "★★", "集体评估，结果公示。", ""), "基金"),
        (("重大事项决策不经集体研究", "★★★", "落实“三重一大”制度。", ""), "局长"),
        (("异地就医备案审核随意", "★", "网上办理，限时办结。", ""), "待遇"),
        (("违规使用医保基金线索查处不力", "★★★", "线索台账，逐条销号。", ""), "基金"),
    ]

    def line(k):
        p, n = who[k]
        return f"责任人：{p}{SP}{n}"

    rows, merges = records(head, recs, line, 5, seq_merged=True, across=False)
    merges.append("A1:E1")
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("局长", "亓翊宁", "重大事项决策不经集体研究", "Ⅰ级"),
        ("基金监管股股长", "厍清漪", "定点医药机构协议管理把关不严", "Ⅱ级"),
        ("基金监管股股长", "厍清漪", "违规使用医保基金线索查处不力", "Ⅰ级"),
        ("待遇保障股股长", "缑景曜", "异地就医备案审核随意", "Ⅲ级"),
    ])  # fmt: skip
    assert CODE in set(got.issues["code"])
    no_errors(got)


def test_type_column_and_line_across_every_column(tmp_path):
    """A 风险类型 column, a heading of two rows (each heading merged down over both), and the line
    merged over ALL the columns, 序号's too, its fields parted by '；'."""
    head = [
        ["XX镇卫生院岗位廉政风险排查登记表"],
        ["序号", "风险点", "风险类型", "风险等级", "防控措施"],
        [None, None, None, None, None],
    ]
    who = {
        "院长": ("院领导", "院长", "郗晏舟"),
        "药剂": ("药剂科", "科长", "甄鹭溪"),
    }
    recs = [
        (("药品耗材采购收受回扣", "岗位职责", "一级", "统一平台采购，定期轮岗。"), "药剂"),
        (("绩效分配方案不公开", "制度机制", "二级", "职代会审议，结果公示。"), "院长"),
        (("过期药品销毁不监督", "岗位职责", "三级", "两人以上监督销毁并登记。"), "药剂"),
    ]

    def line(k):
        d, p, n = who[k]
        return f"责任科室：{d}；责任岗位：{p}；责任人：{n}"

    rows, merges = records(head, recs, line, 5, seq_merged=False, across=True)
    rows.append(["填表人：", None, "审核人：", None, "院长（签字）："])
    merges += ["A1:E1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("院长", "郗晏舟", "绩效分配方案不公开", "Ⅱ级"),
        ("科长", "甄鹭溪", "药品耗材采购收受回扣", "Ⅰ级"),
        ("科长", "甄鹭溪", "过期药品销毁不监督", "Ⅲ级"),
    ])  # fmt: skip
    r = got.risks
    types = dict(zip(r["risk_point"], r["risk_type"], strict=True))
    assert types["绩效分配方案不公开"].startswith("制度机制")
    assert CODE in set(got.issues["code"])
    no_errors(got)


def test_group_lines_over_several_points_stay_group_lines(tmp_path):
    """A line over two points each (and one over the first point): group lines, the rows BELOW
    each line its holder's, as before."""
    rows = [
        ["XX县市场监督管理局城关市场监管所廉政风险点登记表"],
        ["编号", "廉政风险点", "风险等级", "防控措施"],
        [f"责任科室：所领导{SP * 2}责任岗位：所长{SP * 2}责任人：嵇沐泓"],
        [1, "行政处罚自由裁量权滥用，同案不同罚", "一级", "执行裁量基准，法制审核。"],
        [2, "所务会议事不按规则，个人说了算", "二级", "落实议事规则，会议纪要存档。"],
        [f"责任科室：食品安全组{SP * 2}责任岗位：组长{SP * 2}责任人：芮霁川"],
        [3, "食品经营许可现场核查走过场", "二级", "两人核查，留存影像。"],
        [4, "食品抽检样品选择性送检", "三级", "随机抽样，全程记录。"],
    ]
    merges = ["A1:D1", "A3:D3", "A6:D6"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("所长", "嵇沐泓", "行政处罚自由裁量权滥用，同案不同罚", "Ⅰ级"),
        ("所长", "嵇沐泓", "所务会议事不按规则，个人说了算", "Ⅱ级"),
        ("组长", "芮霁川", "食品经营许可现场核查走过场", "Ⅱ级"),
        ("组长", "芮霁川", "食品抽检样品选择性送检", "Ⅲ级"),
    ])  # fmt: skip
    assert CODE not in set(got.issues["code"])
    no_errors(got)


def test_a_line_over_each_single_point_heads_it(tmp_path):
    """Lines and points alternating but the FIRST row under the heading a line: each line heads
    the point below it (a group of one), as before."""
    rows = [
        ["XX县医疗保障局廉政风险点一览表"],
        ["序号", "风险点", "风险等级", "防控措施"],
        [None, f"责任岗位：局长{SP * 2}责任人：亓翊宁"],
        [1, "重大事项决策不经集体研究", "一级", "落实“三重一大”制度。"],
        [None, f"责任岗位：基金监管股股长{SP * 2}责任人：厍清漪"],
        [2, "定点医药机构协议管理把关不严", "二级", "集体评估，结果公示。"],
        [None, f"责任岗位：待遇保障股股长{SP * 2}责任人：缑景曜"],
        [3, "异地就医备案审核随意", "三级", "网上办理，限时办结。"],
    ]
    merges = ["A1:D1", "B3:D3", "B5:D5", "B7:D7"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("局长", "亓翊宁", "重大事项决策不经集体研究", "Ⅰ级"),
        ("基金监管股股长", "厍清漪", "定点医药机构协议管理把关不严", "Ⅱ级"),
        ("待遇保障股股长", "缑景曜", "异地就医备案审核随意", "Ⅲ级"),
    ])  # fmt: skip
    assert CODE not in set(got.issues["code"])
    no_errors(got)


def test_foot_lines_closing_blocks_stay_foot_lines(tmp_path):
    """'以上风险点责任人：…' closing a block of points (one block of a single point among them):
    the footer's rule, as before (HOLDER_BY_FOOTER, not this one)."""
    rows = [
        ["XX镇卫生院岗位廉政风险排查登记表"],
        ["序号", "风险点", "风险类型", "风险等级", "防控措施"],
        [1, "药品耗材采购收受回扣", "岗位职责", "一级", "统一平台采购，定期轮岗。"],
        [None, f"以上风险点责任科室：药剂科{SP}责任岗位：科长{SP}责任人：甄鹭溪"],
        [2, "绩效分配方案不公开", "制度机制", "二级", "职代会审议，结果公示。"],
        [3, "大型设备采购论证不充分", "制度机制", "一级", "专家论证，集体决策。"],
        [None, f"以上风险点责任科室：院领导{SP}责任岗位：院长{SP}责任人：郗晏舟"],
    ]
    merges = ["A1:E1", "B4:E4", "B7:E7"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("科长", "甄鹭溪", "药品耗材采购收受回扣", "Ⅰ级"),
        ("院长", "郗晏舟", "绩效分配方案不公开", "Ⅱ级"),
        ("院长", "郗晏舟", "大型设备采购论证不充分", "Ⅰ级"),
    ])  # fmt: skip
    codes = set(got.issues["code"])
    assert CODE not in codes and "HOLDER_BY_FOOTER" in codes
    no_errors(got)


def test_the_code_is_catalogued():
    assert CODE in CATALOGUE and CODE in SHORT
    assert "{value}" in CATALOGUE[CODE][1]


T96 = ["XX县医保局廉政风险点登记表"]
H96 = ["序号", "风险点", "风险等级", "防控措施"]


def test_what_the_ninety_sixth_review_found_two_holders_on_one_line(tmp_path):
    # '责任岗位：科长、科员　责任人：冉澄溪、蒯南乔': paired by position, a copy of the point each
    rows = [T96, H96,
            [1, "医保基金审核不严", "一级", "双人审核"],
            [None, f"责任科室：基金科{SP * 2}责任岗位：科长、科员{SP * 2}责任人：冉澄溪、蒯南乔"],
            [2, "稽核检查走过场", "三级", "随机抽查"],
            [None, f"责任科室：稽核科{SP * 2}责任岗位：科长{SP * 2}责任人：简若岚"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1", "B4:D4", "B6:D6"])
    assert read(got) == sorted([
        ("科长", "冉澄溪", "医保基金审核不严", "Ⅰ级"),
        ("科员", "蒯南乔", "医保基金审核不严", "Ⅰ级"),
        ("科长", "简若岚", "稽核检查走过场", "Ⅲ级"),
    ])  # fmt: skip
    codes = set(got.issues["code"])
    assert CODE in codes and "LEVEL_BLANK" not in codes
    no_errors(got)


def test_what_the_ninety_sixth_review_found_an_overseer_field_on_the_line(tmp_path):
    # '责任人：…　　监督责任人：纪检组长 简若岚': the overseer holds nothing; no junk points
    rows = [T96, H96,
            [1, "医保基金审核不严", "一级", "双人审核"],
            [None, f"责任人：基金科科长 冉澄溪{SP * 2}监督责任人：纪检组长 简若岚"],
            [2, "稽核检查走过场", "三级", "随机抽查"],
            [None, f"责任人：稽核科科长 蒯南乔{SP * 2}监督责任人：纪检组长 简若岚"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1", "B4:D4", "B6:D6"])
    assert read(got) == sorted([
        ("基金科科长", "冉澄溪", "医保基金审核不严", "Ⅰ级"),
        ("稽核科科长", "蒯南乔", "稽核检查走过场", "Ⅲ级"),
    ])  # fmt: skip
    codes = set(got.issues["code"])
    assert CODE in codes and "LEVEL_BLANK" not in codes and "MEASURES_BLANK" not in codes
    no_errors(got)


def test_what_the_ninety_sixth_review_found_one_point_without_its_line(tmp_path):
    # one point's line left out: the others keep theirs (no shift), that one no holder, told
    def line(dept, post, name):
        return f"责任科室：{dept}{SP * 2}责任岗位：{post}{SP * 2}责任人：{name}"

    rows = [T96, H96,
            [1, "医保基金审核不严", "一级", "双人审核"],
            [None, line("基金科", "科长", "冉澄溪")],
            [2, "稽核检查走过场", "三级", "随机抽查"],
            [None, line("稽核科", "科长", "蒯南乔")],
            [3, "公务接待超标准", "二级", "接待审批"],
            [4, "办公用品采购不比价", "三级", "三家比价"],
            [None, line("办公室", "主任", "简若岚")]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1", "B4:D4", "B6:D6", "B9:D9"])
    assert read(got) == sorted([
        ("科长", "冉澄溪", "医保基金审核不严", "Ⅰ级"),
        ("科长", "蒯南乔", "稽核检查走过场", "Ⅲ级"),
        ("", "", "公务接待超标准", "Ⅱ级"),
        ("主任", "简若岚", "办公用品采购不比价", "Ⅲ级"),
    ])  # fmt: skip
    issues = got.issues
    gap = issues[issues["code"] == "HOLDER_UNDER_EACH_POINT_GAP"]
    assert list(gap["cell"]) == ["B7"] and "公务接待超标准" in gap["message"].iloc[0]
    assert CODE in set(issues["code"]) and "LEVEL_BLANK" not in set(issues["code"])
    no_errors(got)


def test_what_the_ninety_sixth_review_found_lines_under_every_other_point_stay_groups(tmp_path):
    # as many points without a line as with one: no alternation with gaps, read as before
    def line(post, name):
        return f"责任岗位：{post}{SP * 2}责任人：{name}"

    rows = [T96, H96,
            [1, "医保基金审核不严", "一级", "双人审核"],
            [2, "稽核检查走过场", "三级", "随机抽查"],
            [None, line("科长", "冉澄溪")],
            [3, "公务接待超标准", "二级", "接待审批"],
            [4, "办公用品采购不比价", "三级", "三家比价"],
            [None, line("主任", "简若岚")]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1", "B5:D5", "B8:D8"])
    codes = set(got.issues["code"])
    assert CODE not in codes and "HOLDER_UNDER_EACH_POINT_GAP" not in codes


def test_the_gap_code_is_catalogued():
    code = "HOLDER_UNDER_EACH_POINT_GAP"
    assert code in CATALOGUE and code in SHORT
    assert "{value}" in CATALOGUE[code][1]
