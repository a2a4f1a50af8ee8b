"""Two types in one cell joined by a word or mark the reader did not split ('思想道德兼外部环境',
'业务流程或制度机制', '制度机制以及岗位职责', '思想道德＆岗位职责') read both; a point closing with
its type in 〔〕 or ［］ brackets, or after a verb saying so ('（属岗位职责风险）', '（系制度机制类）'),
in a table with no type column, reads that type and takes the bracket off the point.

Found by the builder of batch 989 probing the type reader (its harder file was another kind); the
cases here are a 县统计局's list and a 县档案馆's, other words than the probe's. A bracket of no
type ('（含审批）') stays in the point; '兼职' is no type.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(tmp_path: Path, rows: list[list]):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "list.xlsx", {"清单": rows})
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def test_types_joined_by_a_word(tmp_path: Path):
    rows = [
        ["XX县统计局岗位廉政风险防控清单"],
        ["序号", "股室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施"],
        [1, "综合股", "股长", "公冶怀瑾", "统计数据人为干预", "思想道德兼外部环境", "高", "数据质量追溯"],
        [2, "综合股", "股长", "公冶怀瑾", "统计执法检查走过场", "业务流程或制度机制", "中", "双随机抽查"],
        [3, "普查中心", "科员", "巫马听澜", "普查补助发放不实", "制度机制以及岗位职责", "中", "公示名单"],
        [4, "普查中心", "科员", "巫马听澜", "泄露调查对象信息", "思想道德＆岗位职责", "低", "保密培训"],
    ]  # fmt: skip
    got = _collect(tmp_path, rows)
    assert got.risks["risk_type"].tolist() == [
        "思想道德风险;外部环境风险",
        "业务流程风险;制度机制风险",
        "制度机制风险;岗位职责风险",
        "思想道德风险;岗位职责风险",
    ]
    assert "TYPE_UNKNOWN" not in set(got.issues["code"])


def test_a_type_closing_the_point_in_other_brackets(tmp_path: Path):
    rows = [
        ["XX县档案馆廉政风险点排查表"],
        ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
        [1, "利用科", "科长", "公冶怀瑾", "违规提供未开放档案〔制度机制类〕", "高", "审批登记"],
        [2, "利用科", "科长", "公冶怀瑾", "查档收费不入账（属岗位职责风险）", "中", "票据管理"],
        [3, "保管科", "科员", "巫马听澜", "档案库房钥匙管理松散［制度机制］", "低", "双人双锁"],
        [4, "保管科", "科员", "巫马听澜", "接受寄存单位礼品（系思想道德类）", "低", "廉洁承诺"],
        [5, "保管科", "科员", "巫马听澜", "档案移交清点不细（含审批）", "低", "逐件清点"],
    ]  # fmt: skip
    got = _collect(tmp_path, rows)
    assert list(zip(got.risks["risk_point"], got.risks["risk_type"], strict=True)) == [
        ("违规提供未开放档案", "制度机制风险"),
        ("查档收费不入账", "岗位职责风险"),
        ("档案库房钥匙管理松散", "制度机制风险"),
        ("接受寄存单位礼品", "思想道德风险"),
        ("档案移交清点不细（含审批）", ""),
    ]


def test_no_type_in_a_word_that_only_contains_a_joining_word():
    config = load_config()
    assert config.types("兼职") == ([], ["职"])
    assert not config.type_only("兼职")
