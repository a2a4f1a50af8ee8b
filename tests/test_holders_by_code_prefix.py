"""A list with no 科室, 岗位 or 姓名 column whose risk codes begin with a post's code ('K1-1',
'W03-2', or 'A1' where 'A' is listed) and a table of those codes under or above it ('岗位代号 |
科室 | 职务 | 姓名'): each row is a point of its code's holder (one form a holder), the code
table's rows no points and no issues.

Not the published batch's register (a 水利工程管理所 with 'S01-1' … and a '岗位代码对照表' under
it): a 县疾病预防控制中心's 清单 and a 乡镇财政所's 台账, other posts, names and code shapes
(digits after one letter, no separator), the code table above as well as under, written with
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
    write_workbook(inbox / "list.xlsx", {"清单": rows}, {"清单": merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def errors(got) -> list[dict]:
    issues = got.issues
    return issues[issues["severity"] == "error"].to_dict("records")


CDC = [
    ["XX县疾病预防控制中心廉政风险防控清单"],
    ["说明：编号前段为岗位代号，对应科室、职务和姓名见下表。"],
    ["编号", "廉政风险点", "风险类别", "风险级别", "防控措施"],
    ["K1-1", "疫苗采购中指定供应商", "岗位职责风险", "高", "集中采购，全程留痕。"],
    ["W3-1", "检验数据弄虚作假", "业务流程风险", "中", "双人复核，数据留档。"],
    ["K2-1", "物资验收把关不严", "业务流程风险", "中", "验收小组集体签字。"],
    ["K1-2", "重大事项不经集体研究", "制度机制风险", "高", "落实三重一大制度。"],
    ["W3-2", "收受检测对象礼品", "思想道德风险", "低", "签订廉洁承诺书。"],
    [],
    ["岗位代号", "科室", "职务", "姓名"],
    ["K1", "中心领导", "主任", "甄煦岚"],
    ["K2", "后勤科", "科长", "郏沐泽"],
    ["W3", "检验科", "检验员", "鄢若汀"],
    ["制表人：", None, "负责人："],
]
CDC_TRUTH = sorted([
    ("主任", "甄煦岚", "疫苗采购中指定供应商", "Ⅰ级"),
    ("主任", "甄煦岚", "重大事项不经集体研究", "Ⅰ级"),
    ("科长", "郏沐泽", "物资验收把关不严", "Ⅱ级"),
    ("检验员", "鄢若汀", "检验数据弄虚作假", "Ⅱ级"),
    ("检验员", "鄢若汀", "收受检测对象礼品", "Ⅲ级"),
])  # fmt: skip


def test_codes_under_the_list_give_each_row_its_holder(tmp_path):
    got = run(tmp_path, CDC, ["A1:E1", "A2:E2"])
    assert read(got) == CDC_TRUTH
    assert not errors(got), errors(got)
    assert "HOLDER_CODES" in set(got.issues["code"])
    assert set(got.risks["department"]) == {"中心领导", "后勤科", "检验科"}


def test_a_caption_over_the_code_table_and_no_line_above(tmp_path):
    rows = [list(r) for r in CDC]
    rows[1] = []  # (no 说明 line)
    rows[8] = ["岗位代号对照表"]
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == CDC_TRUTH
    assert not errors(got), errors(got)


TOWN = [
    ["XX镇财政所廉政风险点台账"],
    ["岗位代码", "所在部门", "岗位", "责任人"],
    ["A", "所领导", "所长", "訾云澜"],
    ["B", "所领导", "出纳", "亓官叙白"],
    [],
    ["风险代码", "风险点", "风险类型", "等级", "防控措施", "备注"],
    ["A1", "资金拨付不按程序审批", "制度机制风险", "一级", "严格执行审批流程。", ""],
    ["B1", "坐收坐支，私设小金库", "岗位职责风险", "一级", "收支两条线管理。", "重点"],
    ["A2", "惠农补贴发放优亲厚友", "外部环境风险", "二级", "张榜公示，接受监督。", ""],
]


def test_the_code_table_above_and_codes_without_a_dash(tmp_path):
    got = run(tmp_path, TOWN, ["A1:F1"])
    assert read(got) == sorted([
        ("所长", "訾云澜", "资金拨付不按程序审批", "Ⅰ级"),
        ("所长", "訾云澜", "惠农补贴发放优亲厚友", "Ⅱ级"),
        ("出纳", "亓官叙白", "坐收坐支，私设小金库", "Ⅰ级"),
    ])  # fmt: skip
    assert not errors(got), errors(got)


def test_risk_codes_with_no_code_table_read_as_before(tmp_path):
    """'FX-01', '风险编号' and no table of codes: one form of the unit, no holders invented."""
    rows = [
        ["XX县档案馆廉政风险点一览表"],
        ["风险编号", "廉政风险点", "风险类型", "风险等级", "防控措施"],
        ["FX-01", "档案查阅不按规定登记", "业务流程风险", "中", "查阅实名登记。"],
        ["FX-02", "档案数字化外包验收不严", "岗位职责风险", "高", "第三方抽检。"],
    ]
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("", "", "档案查阅不按规定登记", "Ⅱ级"),
        ("", "", "档案数字化外包验收不严", "Ⅰ级"),
    ])  # fmt: skip
    assert "HOLDER_CODES" not in set(got.issues["code"])


def test_a_list_with_its_own_holder_column_keeps_it(tmp_path):
    """'编号 | 岗位 | 责任人 | 廉政风险点' and a code table under it: the list's own holders stay."""
    rows = [
        ["XX县疾病预防控制中心廉政风险防控清单"],
        ["编号", "岗位", "责任人", "廉政风险点", "风险级别", "防控措施"],
        ["K1-1", "副主任", "戚望舒", "疫苗采购中指定供应商", "高", "集中采购。"],
        ["K2-1", "科员", "谯语桐", "物资验收把关不严", "中", "集体签字。"],
    ]
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        ("副主任", "戚望舒", "疫苗采购中指定供应商", "Ⅰ级"),
        ("科员", "谯语桐", "物资验收把关不严", "Ⅱ级"),
    ])  # fmt: skip
    assert not errors(got), errors(got)
