"""A list with no holder column whose points each name an object in their text, and beside it
(under or over the list) a register of the objects and their keepers ('设备名称 | 型号 | 责任人 |
职务'): each point is the keeper's of the one object it names, the register no stray rows.

The layouts here are not the published batch's (an 应急通信保障中心's 排查表 with 装备名称 |
数量及存放地点 | 保管责任人 | 职务 under it, Ⅰ级/Ⅱ级/Ⅲ级): a county hospital's 设备科, a 水务局's
防汛物资仓库 and a 气象局's 观测站, other objects, posts and names, 高/中/低 and 一级/二级 levels,
registers under and over the list, with and without a caption, an extra 风险类型 column, written
with xlsxwriter (tests/helpers.py), read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def run(tmp_path: Path, rows: list[list], sheet: str = "排查表"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: []})
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def errors(got) -> list[str]:
    return list(got.issues[got.issues["severity"] == "error"]["code"])


HOSPITAL = [
    ["东阳县人民医院设备科廉政风险点排查表", None, None, None],
    ["序号", "风险点", "风险等级", "防控措施"],
    [1, "CT机维保合同续签不比价，指定厂家", "高", "维保合同集体议定"],
    [2, "彩超仪配件更换虚报数量", "中", "配件更换双人签收"],
    [3, "救护车加油卡私用", "中", "油卡一车一卡，每月对账"],
    [4, "救护车维修定点厂收受回扣", "低", "维修项目公示"],
    ["注：风险点由所涉设备的责任人负责防控。", None, None, None],
    [None, None, None, None],
    ["医疗设备责任人一览", None, None, None],
    ["设备名称", "型号", "责任人", "职务"],
    ["CT机", "64排", "邝淼", "设备科科长"],
    ["彩超仪", "台式", "甄栩", "工程师"],
    ["救护车", "3辆", "邝岚", "驾驶班班长"],
]


def test_register_under_the_list(tmp_path: Path) -> None:
    got = run(tmp_path, HOSPITAL)
    assert read(got) == sorted([
        ("设备科科长", "邝淼", "CT机维保合同续签不比价，指定厂家", "Ⅰ级"),
        ("工程师", "甄栩", "彩超仪配件更换虚报数量", "Ⅱ级"),
        ("驾驶班班长", "邝岚", "救护车加油卡私用", "Ⅱ级"),
        ("驾驶班班长", "邝岚", "救护车维修定点厂收受回扣", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_OBJECT_REGISTER" in codes(got)
    assert "ROW_UNPLACED" not in codes(got)
    assert not errors(got)


def test_register_over_the_list_no_caption(tmp_path: Path) -> None:
    rows = [
        ["物资名称", "储存仓库", "保管人", "岗位"],
        ["冲锋舟", "一号库", "牧鹄", "仓库管理员"],
        ["编织袋", "二号库", "牧翎", "物资调度员"],
        [None, None, None, None],
        ["序号", "风险点", "风险等级", "防控措施"],
        [1, "冲锋舟出借不登记，汛后不收回", "一级", "出借登记，汛后清点"],
        [2, "编织袋采购数量虚报", "二级", "采购入库双人验收"],
        [3, "编织袋报损不核实", "二级", "报损集体审核"],
    ]
    got = run(tmp_path, rows, "防汛物资")
    assert read(got) == sorted([
        ("仓库管理员", "牧鹄", "冲锋舟出借不登记，汛后不收回", "Ⅰ级"),
        ("物资调度员", "牧翎", "编织袋采购数量虚报", "Ⅱ级"),
        ("物资调度员", "牧翎", "编织袋报损不核实", "Ⅱ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_OBJECT_REGISTER" in codes(got)
    assert not errors(got)


def test_extra_column_and_a_point_naming_no_object(tmp_path: Path) -> None:
    rows = [
        ["序号", "风险点", "风险类型", "风险等级", "防控措施"],
        [1, "自动气象站数据擅自修改", "岗位职责", "高", "数据修改留痕"],
        [2, "探空雷达备件采购指定供应商", "制度机制", "高", "备件集中采购"],
        [3, "探空雷达值守记录补记", "岗位职责", "中", "值守记录每日核查"],
        [4, "公务接待超标准", "制度机制", "低", "接待清单审核"],
        ["注：仪器类风险点由使用人负责。", None, None, None, None],
        ["观测仪器使用责任表", None, None, None, None],
        ["仪器名称", "台套", "使用人", "职务", None],
        ["自动气象站", "4套", "谯晗", "观测员", None],
        ["探空雷达", "1部", "谯昱", "雷达站站长", None],
    ]
    got = run(tmp_path, rows, "观测站")
    assert read(got) == sorted([
        ("观测员", "谯晗", "自动气象站数据擅自修改", "Ⅰ级"),
        ("雷达站站长", "谯昱", "探空雷达备件采购指定供应商", "Ⅰ级"),
        ("雷达站站长", "谯昱", "探空雷达值守记录补记", "Ⅱ级"),
        ("", "", "公务接待超标准", "Ⅲ级"),
    ])  # fmt: skip
    assert {"HOLDERS_BY_OBJECT_REGISTER", "HOLDER_OBJECT_UNNAMED"} <= codes(got)
    assert not errors(got)


def test_contacts_table_under_a_list_is_no_register(tmp_path: Path) -> None:
    rows = [
        ["序号", "风险点", "风险等级", "防控措施"],
        [1, "救护车加油卡私用", "中", "油卡每月对账"],
        [2, "CT机维保合同不比价", "高", "集体议定"],
        [None, None, None, None],
        ["姓名", "职务", "联系电话", None],
        ["邝淼", "设备科科长", "0571-5550101", None],
        ["甄栩", "工程师", "0571-5550102", None],
    ]
    got = run(tmp_path, rows)
    assert all(p == "" for _t, p, _x, _l in read(got))
    assert "HOLDERS_BY_OBJECT_REGISTER" not in codes(got)
    assert not errors(got)


def test_register_of_objects_the_points_do_not_name(tmp_path: Path) -> None:
    rows = [
        ["序号", "风险点", "风险等级", "防控措施"],
        [1, "固定资产处置不评估", "中", "处置集体研究"],
        [2, "办公用品采购虚报", "低", "采购入库验收"],
        ["注：资产由保管人负责。", None, None, None],
        ["固定资产保管清单", None, None, None],
        ["资产名称", "数量", "保管人", "职务"],
        ["投影仪", "2台", "甄栩", "办公室主任"],
        ["打印机", "5台", "邝岚", "文员"],
    ]
    got = run(tmp_path, rows)
    assert all(p == "" for _t, p, _x, _l in read(got))
    assert "HOLDERS_BY_OBJECT_REGISTER" not in codes(got)
    assert not errors(got)


def test_codes_catalogued() -> None:
    for code in ("HOLDERS_BY_OBJECT_REGISTER", "HOLDER_OBJECT_UNNAMED"):
        assert code in CATALOGUE and code in SHORT
