"""A list whose ONLY risk-text column is headed by a workflow word naming the risk (``风险环节``,
``廉政风险环节``, ``工作环节``), no ``风险点`` / ``风险描述`` column, beside a level, type or measures heading
and a holder's or post's heading: that column holds the points, said once a table (info
POINTS_IN_LINK_COLUMN at the heading). Before, no header was found there (FILE_NO_FORM): the heading
was read as the workflow role and the header test wants a point heading.

Not the published batch's file (batch998: a 边境乡人民政府's ``股室 | 岗位 | 姓名 | 风险环节 | 风险等级 |
防控措施``): a 县林业和草原局's list headed ``廉政风险环节`` with a type column and ``风险级别``, a 县医疗保障局's
headed ``工作环节`` with no 科室. Near-misses read as before: a table with both a ``工作环节`` and a
``风险点`` column (the points from ``风险点``), and a ``工作环节`` column of step names (``审批``, ``验收``).
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

CODE = "POINTS_IN_LINK_COLUMN"


def run(tmp_path: Path, rows: list):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "清单.xlsx", {"清单": rows})
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def read(got) -> list[tuple[str, str, str]]:
    cols = ["person", "risk_point", "risk_level"]
    return [tuple(r) for r in got.risks[cols].itertuples(index=False)]


def codes(got) -> set[str]:
    return set(got.issues["code"])


FORESTRY = [
    ["县林业和草原局岗位廉政风险防控清单", None, None, None, None, None, None],
    ["科室", "职务", "姓名", "廉政风险环节", "风险类别", "风险级别", "防控措施"],
    ["局领导", "副局长", "拓跋沚", "林木采伐许可审批中收受好处", "思想道德", "高", "许可集体审查，结果公示。"],
    ["资源股", "股长", "独孤澈", "林地征占用现场查验走过场", "岗位职责", "中", "查验两人以上，影像存档。"],
    ["资源股", "股长", "独孤澈", "生态护林员选聘优亲厚友", "制度机制", "低", "选聘公开，村级公示。"],
]  # fmt: skip

MEDICAL = [
    ["岗位", "责任人", "工作环节", "风险等级", "防控措施"],
    ["稽核岗", "长孙翊", "定点医药机构违规结算稽核不严", "一级", "稽核双人进行。"],
    ["待遇审核岗", "宇文澜", "异地就医费用报销审核把关不严", "二级", "报销系统校验，抽查复核。"],
]  # fmt: skip


def test_a_risk_link_column_holds_the_points(tmp_path):
    got = run(tmp_path, FORESTRY)
    assert read(got) == [
        ("拓跋沚", "林木采伐许可审批中收受好处", "Ⅰ级"),
        ("独孤澈", "林地征占用现场查验走过场", "Ⅱ级"),
        ("独孤澈", "生态护林员选聘优亲厚友", "Ⅲ级"),
    ]
    said = got.issues[got.issues["code"] == CODE]
    assert (
        len(said) == 1 and said.iloc[0]["cell"] == "D2" and said.iloc[0]["value"] == "廉政风险环节"
    )
    assert "FILE_NO_FORM" not in codes(got)
    assert list(got.risks["risk_type"])[:1] == ["思想道德风险"]


def test_a_work_link_column_of_risks_holds_the_points(tmp_path):
    got = run(tmp_path, MEDICAL)
    assert read(got) == [
        ("长孙翊", "定点医药机构违规结算稽核不严", "Ⅰ级"),
        ("宇文澜", "异地就医费用报销审核把关不严", "Ⅱ级"),
    ]
    assert CODE in codes(got)


def test_a_link_column_beside_a_point_column_reads_as_before(tmp_path):
    rows = [
        ["岗位", "姓名", "工作环节", "风险点", "风险等级", "防控措施"],
        ["审批岗", "拓跋沚", "审批", "审批中收受申请人财物", "高", "集体审批。"],
        ["验收岗", "独孤澈", "验收", "验收走过场降低标准", "中", "两人验收。"],
    ]  # fmt: skip
    got = run(tmp_path, rows)
    assert read(got) == [
        ("拓跋沚", "审批中收受申请人财物", "Ⅰ级"),
        ("独孤澈", "验收走过场降低标准", "Ⅱ级"),
    ]
    assert CODE not in codes(got)


def test_a_link_column_of_step_names_is_no_points(tmp_path):
    rows = [
        ["岗位", "姓名", "工作环节", "风险等级", "防控措施"],
        ["审批岗", "拓跋沚", "审批", "高", "集体审批。"],
        ["验收岗", "独孤澈", "验收", "中", "两人验收。"],
    ]  # fmt: skip
    got = run(tmp_path, rows)
    assert CODE not in codes(got) and len(got.risks) == 0


def test_catalogue_and_short_in_step():
    assert CODE in CATALOGUE and CODE in SHORT and set(CATALOGUE) == set(SHORT)
