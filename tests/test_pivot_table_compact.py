"""An Excel pivot table in its compact form, pasted as values or saved as is: '行标签' over ONE
column in which the row fields (科室, post, holder, point) stand one under another, each item on
a row of its own with its subtotals, the column items the levels (or types) under a corner
'计数项:风险点 | 列标签', a '总计' row closing it. Read as the list it sums: a form per holder,
each point row a point, its level the column holding its count; said once (PIVOT_TABLE_READ).

Not the published batch's pivot (a county 市场监督管理局, 局领导/股 with 局长/股长/科员, 一级/二级/三级,
indent 0–3 under '计数项:廉政风险点'): a 县人民医院, a 乡镇财政所 and a 水务局's 水管站, other
posts and names, 高/中/低 and Ⅰ级… and types across, a fullwidth colon and English labels, a
post and its holder in one item, no 科室, no holder (对岗不对人), a copy keeping no indent;
written with xlsxwriter (tests/helpers.py), the indents set with openpyxl, and read back as
``collect_inbox`` reads a file.
"""

from pathlib import Path

import pytest
from helpers import write_ods, write_workbook
from openpyxl import load_workbook
from openpyxl.styles import Alignment

from xlproc import locate
from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], indents: dict[int, int] | None = None, sheet="透视"):
    """Write ``rows`` and indent column A's cells by ``indents`` (0-based row → steps)."""
    inbox = tmp_path / "inbox"
    path = write_workbook(inbox / "t.xlsx", {sheet: rows})
    if indents:
        wb = load_workbook(path)
        for r, steps in indents.items():
            wb[sheet].cell(r + 1, 1).alignment = Alignment(indent=steps)
        wb.save(path)
    return _collect(inbox)


def pivot(tree, cols: list[str], total: str = "总计", at: int = 0):
    """The body rows of a compact pivot of ``tree`` ((item, [children]) down to (point, column)
    or (point, (column, count))): every item row with its subtotals, a point row its count under
    its column; and the indent of each row (``at``: the sheet's row of the first body row)."""
    rows, indents = [], {}

    def leaves(node):
        under = node[1]
        if isinstance(under, str | tuple):
            return [under if isinstance(under, tuple) else (under, 1)]
        return [x for n in under for x in leaves(n)]

    def counts(points):
        n = [sum(k for c, k in points if c == col) or None for col in cols]
        return [*n, sum(k for _c, k in points)] if total else n

    def walk(node, depth):
        indents[at + len(rows)] = depth
        rows.append([node[0], *counts(leaves(node))])
        if isinstance(node[1], list):
            for n in node[1]:
                walk(n, depth + 1)

    for node in tree:
        walk(node, 0)
    if total:
        rows.append([total, *counts([x for node in tree for x in leaves(node)])])
    return rows, indents


def read(got) -> list[tuple[str, str, str, str, str]]:
    r = got.risks
    return sorted(
        zip(r["department"], r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True)
    )


def codes(got, severity: str | None = None) -> list[str]:
    i = got.issues
    return sorted(i[i["severity"] == severity]["code"] if severity else i["code"])


HOSPITAL = [
    ("院领导", [
        ("院长", [("仇澜清", [("药品耗材遴选个人说了算", "高"), ("基建项目指定施工单位", "高")])]),
        ("副院长", [("仉雨桐", [("医疗设备参数设置排他性条款", "高"),
                               ("进修人员选派不公开", "中")])]),
    ]),
    ("药剂科", [
        ("科主任", [("郎晓川", [("临床用药统方信息泄露", "高")])]),
        ("药师", [("车蔓菁", [("药品验收把关不严", "中"), ("过期药品报损不登记", "低")])]),
    ]),
]  # fmt: skip


def test_four_fields_told_apart_by_indent_levels_across(tmp_path):
    body, indents = pivot(HOSPITAL, ["高", "中", "低"], at=5)
    rows = [["XX县人民医院岗位廉政风险点汇总"],
            ["统计年度", "2025"],
            [],
            ["计数项：风险点", "列标签"],
            ["行标签", "高", "中", "低", "总计"],
            *body]  # fmt: skip
    got = run(tmp_path, rows, indents)
    assert read(got) == sorted([
        ("院领导", "院长", "仇澜清", "药品耗材遴选个人说了算", "Ⅰ级"),
        ("院领导", "院长", "仇澜清", "基建项目指定施工单位", "Ⅰ级"),
        ("院领导", "副院长", "仉雨桐", "医疗设备参数设置排他性条款", "Ⅰ级"),
        ("院领导", "副院长", "仉雨桐", "进修人员选派不公开", "Ⅱ级"),
        ("药剂科", "科主任", "郎晓川", "临床用药统方信息泄露", "Ⅰ级"),
        ("药剂科", "药师", "车蔓菁", "药品验收把关不严", "Ⅱ级"),
        ("药剂科", "药师", "车蔓菁", "过期药品报损不登记", "Ⅲ级"),
    ])  # fmt: skip
    assert len(got.posts) == 4
    assert codes(got, "error") == []
    said = got.issues[got.issues["code"] == "PIVOT_TABLE_READ"]
    assert list(said["cell"]) == ["A5"]
    assert "按单元格缩进" in said["value"].iloc[0] and "高/中/低" in said["value"].iloc[0]
    assert "FILE_NO_FORM" not in codes(got)
    blank = got.issues[got.issues["code"] == "MEASURES_BLANK"]  # (no measures in a pivot)
    assert len(blank) == 7 and all(x.startswith("A") for x in blank["cell"])  # (the points' own)
    assert "PIVOT_TABLE_READ" in CATALOGUE and "PIVOT_TABLE_READ" in SHORT


def test_no_indent_kept_fields_by_subtotals_post_and_holder_in_one_item(tmp_path):
    # no 科室; each post's holder in its item ('出纳（祁晓岚）'); English labels, Ⅰ级…; a copy
    # keeping no indent: the fields told apart by the subtotals, one point under a holder too
    tree = [
        ("所长（滕若谷）", [("惠农补贴资金审核把关不严", "Ⅰ级"), ("违规出借财政资金", "Ⅰ级"),
                          ("专项资金拨付优亲厚友", "Ⅱ级")]),
        ("出纳（祁晓岚）", [("坐支现金、公款私存", "Ⅰ级")]),
        ("会计（甄牧野）", [("记账凭证附件不全即入账", "Ⅱ级"), ("报账票据审核不严", "Ⅲ级")]),
    ]  # fmt: skip
    body, _ = pivot(tree, ["Ⅰ级", "Ⅱ级", "Ⅲ级"], total="Grand Total")
    rows = [["XX镇财政所廉政风险点统计"],
            ["Count of 风险点", "Column Labels"],
            ["Row Labels", "Ⅰ级", "Ⅱ级", "Ⅲ级", "Grand Total"],
            *body]  # fmt: skip
    got = run(tmp_path, rows)
    assert read(got) == sorted([  # (the 科室 from the title, as over any list)
        ("财政所", "所长", "滕若谷", "惠农补贴资金审核把关不严", "Ⅰ级"),
        ("财政所", "所长", "滕若谷", "违规出借财政资金", "Ⅰ级"),
        ("财政所", "所长", "滕若谷", "专项资金拨付优亲厚友", "Ⅱ级"),
        ("财政所", "出纳", "祁晓岚", "坐支现金、公款私存", "Ⅰ级"),
        ("财政所", "会计", "甄牧野", "记账凭证附件不全即入账", "Ⅱ级"),
        ("财政所", "会计", "甄牧野", "报账票据审核不严", "Ⅲ级"),
    ])  # fmt: skip
    assert codes(got, "error") == []
    said = got.issues[got.issues["code"] == "PIVOT_TABLE_READ"]
    assert list(said["cell"]) == ["A3"] and "按各项的汇总数" in said["value"].iloc[0]


def test_four_fields_in_an_ods_copy_a_single_point_under_every_item(tmp_path):
    # the hospital's pivot saved as .ods (no formats: no indent), a 科室 further down the
    # page (column B, a blank column A) and a holder with one point, 1 on every row above it:
    # the subtotals still tell 科室, post, holder and point apart
    tree = [*HOSPITAL, ("后勤保障科", [("科长", [("习远山", [("物资采购询价走过场", "中")])])])]
    body, _ = pivot(tree, ["高", "中", "低"])
    rows = [["", "计数项:风险点", "列标签"], ["", "行标签", "高", "中", "低", "总计"]]
    rows += [["", *row] for row in body]
    inbox = tmp_path / "inbox"
    write_ods(inbox / "t.ods", {"透视": rows})
    got = _collect(inbox)
    assert ("后勤保障科", "科长", "习远山", "物资采购询价走过场", "Ⅱ级") in read(got)
    assert ("药剂科", "药师", "车蔓菁", "过期药品报损不登记", "Ⅲ级") in read(got)
    assert len(read(got)) == 8 and len(got.posts) == 5
    assert codes(got, "error") == []
    said = got.issues[got.issues["code"] == "PIVOT_TABLE_READ"]
    assert list(said["cell"]) == ["B2"] and "按各项的汇总数" in said["value"].iloc[0]


def test_post_fields_only_and_a_point_counted_twice(tmp_path):
    # 对岗不对人: 科室 → post → point; a point entered twice in the source counts 2: read once,
    # said; the levels' row under a '计数项' corner in the same row ('行标签 | 高 | …' below it)
    tree = [
        ("工程建设股", [("股长", [("招标文件量身定制", ("高", 2)), ("工程变更签证把关不严", "中")]),
                        ("技术员", [("隐蔽工程验收走过场", "中")])]),
        ("水政监察大队", [("执法队员", [("河道采砂执法选择性查处", "高")])]),
    ]  # fmt: skip
    body, indents = pivot(tree, ["高", "中", "低"], at=2)
    rows = [["XX县水务局水管站岗位廉政风险点"],
            ["计数项:风险点", "列标签"],
            ["行标签", "高", "中", "低", "总计"],
            *body]  # fmt: skip
    got = run(tmp_path, rows, indents)
    assert read(got) == sorted([
        ("工程建设股", "股长", "", "招标文件量身定制", "Ⅰ级"),
        ("工程建设股", "股长", "", "工程变更签证把关不严", "Ⅱ级"),
        ("工程建设股", "技术员", "", "隐蔽工程验收走过场", "Ⅱ级"),
        ("水政监察大队", "执法队员", "", "河道采砂执法选择性查处", "Ⅰ级"),
    ])  # fmt: skip
    assert codes(got, "error") == []
    counted = got.issues[got.issues["code"] == "PIVOT_POINT_COUNTED"]
    assert list(counted["severity"]) == ["warning"]
    assert list(counted["value"]) == ["招标文件量身定制"]


def test_types_across_leave_each_level_blank(tmp_path):
    # the column field the types (short names), no level column at all
    tree = [
        ("办公室", [("主任", [("鲍清和", [("公务用车私用", "思想道德"),
                                          ("办公用品采购不比价", "制度机制")])])]),
        ("财务股", [("股长", [("邰若水", [("虚列支出套取资金", "制度机制")])])]),
    ]  # fmt: skip
    body, indents = pivot(tree, ["制度机制", "思想道德"], at=2)
    rows = [["计数项:风险点", "列标签"], ["行标签", "制度机制", "思想道德", "总计"], *body]
    got = run(tmp_path, rows, indents)
    r = got.risks
    assert sorted(zip(r["person"], r["risk_point"], r["risk_type"], strict=True)) == sorted([
        ("鲍清和", "公务用车私用", "思想道德风险"),
        ("鲍清和", "办公用品采购不比价", "制度机制风险"),
        ("邰若水", "虚列支出套取资金", "制度机制风险"),
    ])  # fmt: skip
    assert codes(got, "error") == ["LEVEL_BLANK"] * 3  # (no level column: as any list without)


def test_no_column_field_subtotals_at_the_bottom_each_level_blank(tmp_path):
    # '行标签 | 计数项:风险点' (no column field: no level), the subtotals in '… 汇总' rows under
    # each group rather than on its item's row; the indent tells the fields apart
    rows = [["XX县水务局防汛办廉政风险点"],
            ["行标签", "计数项:风险点"],
            ["防汛办"], ["主任"], ["防汛物资采购指定供应商", 1], ["抢险工程结算不审计", 1],
            ["主任 汇总", 2], ["值班员"], ["汛情信息迟报瞒报", 1], ["值班员 汇总", 1],
            ["防汛办 汇总", 3], ["总计", 3]]  # fmt: skip
    got = run(tmp_path, rows, {2: 0, 3: 1, 4: 2, 5: 2, 6: 1, 7: 1, 8: 2, 9: 1, 10: 0})
    assert read(got) == sorted([
        ("防汛办", "主任", "", "防汛物资采购指定供应商", ""),
        ("防汛办", "主任", "", "抢险工程结算不审计", ""),
        ("防汛办", "值班员", "", "汛情信息迟报瞒报", ""),
    ])  # fmt: skip
    assert codes(got, "error") == ["LEVEL_BLANK"] * 3  # (as any list without a level column)
    said = got.issues[got.issues["code"] == "PIVOT_TABLE_READ"]
    assert "没有级别列" in said["value"].iloc[0]


def _as_before(tmp_path: Path, rows, indents, monkeypatch):
    got = run(tmp_path / "with", rows, indents)
    with monkeypatch.context() as m:
        m.setattr(locate, "pivot_field_row", lambda grid: None)
        before = run(tmp_path / "without", rows, indents)
    return got, before


@pytest.mark.parametrize("fields", [1, 2])
def test_a_pivot_of_counts_per_keshi_or_post_is_no_list(tmp_path, monkeypatch, fields):
    # an ordinary 汇总表 of counts: its deepest items are 科室 (or posts), no points
    tree = [("办公室", [("主任", ("高", 1)), ("科员", "低")]),
            ("执法股", [("股长", "高"), ("执法员", ("中", 2))])]  # fmt: skip
    if fields == 1:
        rows = [["行标签", "高", "中", "低", "总计"], ["办公室", 1, 1, 1, 3],
                ["执法股", 1, 2, None, 3], ["法规股", None, 1, 1, 2],
                ["总计", 2, 4, 2, 8]]  # fmt: skip
        indents = None
    else:  # (科室, then its posts a step in: a count per post)
        body, indents = pivot(tree, ["高", "中", "低"], at=1)
        rows = [["计数项:风险点", "列标签"], ["行标签", "高", "中", "低", "总计"], *body]
        indents = {r + 1: n for r, n in indents.items()}
    got, before = _as_before(tmp_path, rows, indents, monkeypatch)
    assert "PIVOT_TABLE_READ" not in codes(got)
    assert read(got) == read(before) and codes(got) == codes(before)


def test_a_list_whose_first_column_is_indented_reads_as_before(tmp_path, monkeypatch):
    rows = [["XX县人民医院廉政风险点清单"],
            ["科室", "岗位", "姓名", "风险点", "风险等级"],
            ["药剂科", "药师", "车蔓菁", "药品验收把关不严", "中"],
            ["  总务科", "科长", "习远山", "物资采购询价走过场", "高"],
            ["总计", None, None, "2项", None]]  # fmt: skip
    got, before = _as_before(tmp_path, rows, {2: 1, 3: 2, 4: 1}, monkeypatch)
    assert "PIVOT_TABLE_READ" not in codes(got)
    assert read(got) == read(before) and len(read(got)) == 2
    assert codes(got) == codes(before)


_PER_POST = [["XX县市场监管局各岗位风险点数量"], ["计数项:风险点", "列标签"],
             ["行标签", "高", "中", "低", "总计"]]  # fmt: skip


@pytest.mark.parametrize("ones", ["counts", "each cell 1", "one column each"])
@pytest.mark.parametrize("indent", [True, False])
def test_what_the_ninetieth_review_found_a_pivot_of_counts_per_post_is_no_list(
    tmp_path, monkeypatch, ones, indent
):
    # 科室 → posts (words the reader does not know as posts) counting points per post: each
    # leaf counted more than once or across columns, or short post-like labels, is no point
    # (it was read as 4 points under 综合办/执法中队, each said PIVOT_POINT_COUNTED)
    body = {
        "counts": [["综合办", 1, 3, 1, 5], ["窗口受理", 1, 2, None, 3], ["档案管理", None, 1, 1, 2],
                   ["执法中队", 2, 2, 1, 5], ["外勤巡查", 2, 1, None, 3], ["内勤", None, 1, 1, 2],
                   ["总计", 3, 5, 2, 10]],
        "each cell 1": [["综合办", 1, 1, 1, 3], ["窗口受理", 1, 1, None, 2],
                        ["档案管理", None, 1, 1, 2], ["执法中队", 1, 1, 1, 3],
                        ["外勤巡查", 1, 1, None, 2], ["内勤", None, 1, 1, 2],
                        ["总计", 2, 3, 2, 6]],
        "one column each": [["综合办", 1, 1, None, 2], ["窗口受理", 1, None, None, 1],
                            ["档案管理", None, 1, None, 1], ["执法中队", None, 1, 1, 2],
                            ["外勤巡查", None, 1, None, 1], ["内勤", None, None, 1, 1],
                            ["总计", 1, 2, 1, 4]],
    }[ones]  # fmt: skip
    indents = {3: 0, 4: 1, 5: 1, 6: 0, 7: 1, 8: 1} if indent else None
    got, before = _as_before(tmp_path, [*_PER_POST, *body], indents, monkeypatch)
    assert read(got) == [] and read(before) == []
    assert codes(got) == codes(before) == ["FILE_NO_FORM", "SHEET_NO_TABLE"]


@pytest.mark.parametrize("indents", [None, {3: 0, 4: 0, 5: 0, 6: 0}])
def test_what_the_ninetieth_review_found_a_single_row_field_is_not_paired(tmp_path, indents):
    # the points the only row field, an even number of rows each counting 1: no item of 1 over
    # a row of 1 (it was read as 2 points under the 科室 '公车私用' and '虚列支出套取资金')
    rows = [["XX局廉政风险点统计"], ["计数项:风险点", "列标签"],
            ["行标签", "高", "中", "低", "总计"],
            ["公车私用", 1, None, None, 1], ["办公用品采购不比价", None, 1, None, 1],
            ["虚列支出套取资金", 1, None, None, 1], ["招标文件量身定制", None, None, 1, 1],
            ["总计", 2, 1, 1, 4]]  # fmt: skip
    got = run(tmp_path, rows, indents)
    assert read(got) == sorted([
        ("", "", "", "公车私用", "Ⅰ级"),
        ("", "", "", "办公用品采购不比价", "Ⅱ级"),
        ("", "", "", "虚列支出套取资金", "Ⅰ级"),
        ("", "", "", "招标文件量身定制", "Ⅲ级"),
    ])  # fmt: skip
    assert codes(got, "error") == [] and "PIVOT_POINT_COUNTED" not in codes(got)
    said = got.issues[got.issues["code"] == "PIVOT_TABLE_READ"]
    assert list(said["cell"]) == ["A3"] and "行字段只有风险点" in said["value"].iloc[0]


def test_what_the_ninetieth_review_found_a_summary_by_level_over_a_list(tmp_path, monkeypatch):
    # a count of points by level ('一级 | 2') above an ordinary list: no pivot said (it was
    # said split into 科室 and points, the list read as it stands)
    rows = [["行标签", "计数项:风险点"], ["一级", 2], ["二级", 1], ["三级", 1], ["总计", 4], [],
            ["科室", "岗位", "姓名", "风险点", "风险等级"],
            ["办公室", "主任", "鲍清和", "公务用车私用", "一级"],
            ["办公室", "科员", "邰若水", "办公用品采购不比价", "二级"],
            ["财务股", "股长", "车蔓菁", "虚列支出套取资金", "一级"],
            ["财务股", "会计", "习远山", "报账票据审核不严", "三级"]]  # fmt: skip
    got, before = _as_before(tmp_path, rows, None, monkeypatch)
    assert read(got) == read(before) == sorted([
        ("办公室", "主任", "鲍清和", "公务用车私用", "Ⅰ级"),
        ("办公室", "科员", "邰若水", "办公用品采购不比价", "Ⅱ级"),
        ("财务股", "股长", "车蔓菁", "虚列支出套取资金", "Ⅰ级"),
        ("财务股", "会计", "习远山", "报账票据审核不严", "Ⅲ级"),
    ])  # fmt: skip
    assert "PIVOT_TABLE_READ" not in codes(got) and codes(got) == codes(before)
