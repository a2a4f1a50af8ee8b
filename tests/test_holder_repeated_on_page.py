"""A list typed page by page on several sheets (a headerless sheet going on under the sheet
before's headings, or pages told by their names or by 序号 running on), where the holder whose rows
cross a page break is WRITTEN AGAIN on the next page's first row (科室, 岗位 and 姓名 repeated, as
staff do where a merge cannot cross sheets): his rows on both pages are one form (info
HOLDER_REPEATED_ON_PAGE at the page's first row), not two with FORM_DUPLICATE. Before, only a
page's first rows naming no one went on from the page before (FORM_CONTINUED).

Not the published batch's file (batch1018: a 市场监督管理局's 一览表 on sheets ``1``, ``2``, ``3``, the
header on ``1`` only): a 县教育局's 清单 on ``第1页 | 第2页`` with the header repeated, a 中心卫生院's on
``Sheet1 | Sheet2`` with no header on the second, a list naming no one whose 岗位 is written again.
Near-misses read as before: the next page opening with another holder, a page's first rows naming
no one (FORM_CONTINUED), two sheets each a list of its own (``办公室 | 财务股``, 序号 from 1) that
both list one person.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

CODE = "HOLDER_REPEATED_ON_PAGE"
HEAD = ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"]


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, sheets: dict):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "清单.xlsx", sheets)
    return _collect(inbox)


def forms(got) -> dict[tuple[str, str, str], list[str]]:
    out: dict = {}
    for (_fid, dept, title, person), rows in got.risks.groupby(
        ["form_id", "department", "title", "person"], sort=False
    ):
        out.setdefault((dept, title, person), []).append(list(rows["risk_point"]))
    return out


def codes(got) -> list[str]:
    return list(got.issues["code"])


EDU = [
    [1, "局领导", "局长", "满建国", "教师招聘面试打招呼", "高", "面试全程录像。"],
    [2, "人事股", "股长", "谷丽萍", "职称评审材料把关不严", "中", "评审结果公示。"],
    [3, "人事股", "股长", "谷丽萍", "教师调动暗箱操作", "高", "调动集体研究。"],
]
EDU2 = [
    [4, "人事股", "股长", "谷丽萍", "绩效工资核定不公", "中", "核定结果公示。"],
    [5, "计财股", "会计", "杭晓东", "营养餐资金挪用", "高", "专户管理。"],
]


def test_a_holder_written_again_on_the_next_page_is_one_form(tmp_path):
    got = run(tmp_path, {"第1页": [["某县教育局廉政风险防控清单"], HEAD, *EDU],
                         "第2页": [HEAD, *EDU2]})  # fmt: skip
    f = forms(got)
    assert f[("人事股", "股长", "谷丽萍")] == [
        ["职称评审材料把关不严", "教师调动暗箱操作", "绩效工资核定不公"]
    ]
    assert len(f) == 3
    assert CODE in codes(got) and "FORM_DUPLICATE" not in codes(got)
    issue = got.issues[got.issues["code"] == CODE].iloc[0]
    assert issue["source_sheet"] == "第2页" and "谷丽萍" in issue["message"]
    assert "第1页" in issue["message"]


def test_a_headerless_second_sheet_writing_the_holder_again(tmp_path):
    first = [["某镇中心卫生院廉政风险防控一览表"], HEAD,
             [1, "院领导", "院长", "柏明辉", "药品遴选收受回扣", "高", "药事委员会集体遴选。"],
             [2, "药剂科", "主任", "童雅琴", "药品验收走过场", "中", "验收两人签字。"]]  # fmt: skip
    second = [[3, "药剂科", "主任", "童雅琴", "过期药品销毁不登记", "低", "销毁台账管理。"],
              [4, "财务科", "出纳", "乐文斌", "收费票据管理混乱", "中", "票据专人保管。"]]  # fmt: skip
    got = run(tmp_path, {"Sheet1": first, "Sheet2": second})
    f = forms(got)
    assert f[("药剂科", "主任", "童雅琴")] == [["药品验收走过场", "过期药品销毁不登记"]]
    assert len(f) == 3 and CODE in codes(got) and "FORM_DUPLICATE" not in codes(got)


def test_a_post_written_again_in_a_list_naming_no_one(tmp_path):
    head = ["序号", "科室", "岗位", "廉政风险点", "风险等级", "防控措施"]
    first = [["某县统计局岗位廉政风险清单"], head,
             [1, "办公室", "综合岗", "公务接待超标准", "中", "公函接待。"],
             [2, "普查中心", "数据审核岗", "普查数据弄虚作假", "高", "数据两人复核。"]]  # fmt: skip
    second = [[3, "普查中心", "数据审核岗", "泄露调查对象信息", "中", "签订保密承诺书。"],
              [4, "执法股", "执法岗", "统计执法选择性检查", "中", "双随机抽查。"]]  # fmt: skip
    got = run(tmp_path, {"1": first, "2": second})
    f = forms(got)
    assert f[("普查中心", "数据审核岗", "")] == [["普查数据弄虚作假", "泄露调查对象信息"]]
    assert len(f) == 3 and CODE in codes(got)


def test_the_next_page_opening_with_another_holder_is_as_before(tmp_path):
    got = run(tmp_path, {"第1页": [["某县教育局廉政风险防控清单"], HEAD, *EDU],
                         "第2页": [HEAD, EDU2[1]]})  # fmt: skip
    assert len(forms(got)) == 3 and CODE not in codes(got)


def test_a_page_opening_with_no_holder_is_still_a_continued_form(tmp_path):
    blank = [[4, None, None, None, "绩效工资核定不公", "中", "核定结果公示。"], EDU2[1]]
    got = run(tmp_path, {"第1页": [["某县教育局廉政风险防控清单"], HEAD, *EDU], "第2页": blank})
    f = forms(got)
    assert f[("人事股", "股长", "谷丽萍")] == [
        ["职称评审材料把关不严", "教师调动暗箱操作", "绩效工资核定不公"]
    ]
    assert "FORM_CONTINUED" in codes(got) and CODE not in codes(got)


def test_two_lists_of_their_own_listing_one_person_are_not_pages(tmp_path):
    office = [["办公室廉政风险清单"], HEAD,
              [1, "办公室", "主任", "祁海燕", "公车私用", "中", "派车登记。"]]  # fmt: skip
    finance = [["财务股廉政风险清单"], HEAD,
               [1, "办公室", "主任", "祁海燕", "报销把关不严", "中", "两人审核。"]]  # fmt: skip
    got = run(tmp_path, {"办公室": office, "财务股": finance})
    assert CODE not in codes(got)


def test_the_code_is_catalogued():
    assert CODE in CATALOGUE and CODE in SHORT
    severity, message = CATALOGUE[CODE]
    assert severity == "info" and "{cell}" in message and "{sheet}" in message
