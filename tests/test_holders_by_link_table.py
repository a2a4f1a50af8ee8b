"""A system's export in related tables: a point list keyed by its codes with no holder column
('风险编码 | 风险点描述 | …', 'ZF-03'), a staff table keyed by IDs ('员工编号 | 姓名 | 科室 |
职务'), and a link table pairing them one pair a row ('关联风险点编号 | 关联人员编号', or the
person by name): each pair makes the point that person's, his 科室 and post from the staff table.

The layouts here are not the published batch's (a 国家粮食储备库's 风险点 / 人员 / 责任关系 with
``FX-05`` ↔ ``RY001``, 高/中/低, a 序号 and 关联时间 column): another unit (a county's 住房公积金
管理中心), other posts, names and codes, 一级/二级/三级, a title row over the list, the link table
beside the staff table on one sheet, or naming the person by name; written with xlsxwriter
(tests/helpers.py), read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, sheets: dict[str, list[list]], merges: dict[str, list[str]] | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", sheets, merges or {})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


POINTS = [
    ["梓潼县住房公积金管理中心廉政风险点清单", "", "", "", ""],
    ["风险编码", "风险点描述", "风险类型", "等级", "防控措施"],
    ["ZF-01", "违规审批公积金提取，收受好处", "岗位职责", "一级", "提取审批系统留痕，月度抽查。"],
    ["ZF-02", "贷款审查降低标准，放宽条件", "业务流程", "一级", "贷款审查双人复核。"],
    ["ZF-03", "归集缴存基数核定不实", "业务流程", "二级", "缴存基数与社保数据比对。"],
    ["ZF-04", "挪用沉淀资金，违规存放", "制度机制", "一级", "资金存放集体研究决定。"],
    ["ZF-05", "泄露缴存职工个人信息", "思想道德", "三级", "信息查询权限分级管理。"],
]
STAFF = [
    ["员工编号", "姓名", "科室", "职务"],
    ["GJ101", "庹霁川", "中心领导", "主任"],
    ["GJ102", "冼棠樾", "归集管理科", "科长"],
    ["GJ103", "晏蕖汀", "信贷管理科", "信贷员"],
    ["GJ104", "郜钤穗", "财务科", "出纳"],
]
WHOSE = {
    ("主任", "庹霁川"): ["违规审批公积金提取，收受好处", "挪用沉淀资金，违规存放"],
    ("科长", "冼棠樾"): ["归集缴存基数核定不实", "违规审批公积金提取，收受好处"],
    ("信贷员", "晏蕖汀"): ["贷款审查降低标准，放宽条件", "泄露缴存职工个人信息"],
    ("出纳", "郜钤穗"): ["挪用沉淀资金，违规存放"],
}
LEVEL = {r[1]: {"一级": "Ⅰ级", "二级": "Ⅱ级", "三级": "Ⅲ级"}[r[3]] for r in POINTS[2:]}
PAIRS = [
    ("ZF-04", "GJ101"), ("ZF-03", "GJ102"), ("ZF-02", "GJ103"), ("ZF-01", "GJ101"),
    ("ZF-05", "GJ103"), ("ZF-04", "GJ104"), ("ZF-01", "GJ102"),
]  # fmt: skip
EXPECTED = sorted((post, who, p, LEVEL[p]) for (post, who), ps in WHOSE.items() for p in ps)


def test_three_sheets_points_staff_and_links(tmp_path):
    links = [["关联风险点编号", "关联人员编号"]] + [list(p) for p in PAIRS]
    got = run(
        tmp_path, {"风险清单": POINTS, "职工信息": STAFF, "关联表": links}, {"风险清单": ["A1:E1"]}
    )
    assert read(got) == EXPECTED
    assert "HOLDERS_BY_LINK_TABLE" in codes(got)
    assert not {"LINK_PAIR_UNMATCHED", "LINK_POINTS_UNPAIRED"} & codes(got)
    assert set(zip(got.risks["person"], got.risks["department"], strict=True)) == {
        ("庹霁川", "中心领导"), ("冼棠樾", "归集管理科"), ("晏蕖汀", "信贷管理科"), ("郜钤穗", "财务科")
    }  # fmt: skip
    no_errors(got)


def test_the_link_table_beside_the_staff_table(tmp_path):
    """On one sheet, a blank column between; a point no pair names stays holder-less, a pair of
    an ID the staff table lacks is left out, each with a warning."""
    staff = [["工号", "姓名", "所在科室", "岗位"]] + [r for r in STAFF[1:]]
    links = [["风险编号", "责任人编号"]] + [list(p) for p in PAIRS if p[0] != "ZF-05"]
    links.append(["ZF-02", "GJ199"])
    rows = [
        s + [""] + (links[i] if i < len(links) else ["", ""])
        for i, s in enumerate(staff + [["", "", "", ""]] * (len(links) - len(staff)))
    ]
    points = [list(r) for r in POINTS[1:]]  # (no title row)
    got = run(tmp_path, {"清单": points, "人员及分工": rows})
    expected = [t for t in EXPECTED if t[2] != "泄露缴存职工个人信息"]
    assert read(got) == sorted(expected + [("", "", "泄露缴存职工个人信息", "Ⅲ级")])
    assert {"HOLDERS_BY_LINK_TABLE", "LINK_PAIR_UNMATCHED", "LINK_POINTS_UNPAIRED"} <= codes(got)
    bad = got.issues[got.issues["code"] == "LINK_PAIR_UNMATCHED"]
    assert list(bad["cell"]) == [f"F{len(links)}"] and list(bad["source_sheet"]) == ["人员及分工"]
    no_errors(got)


def test_a_link_table_naming_the_person(tmp_path):
    names = {r[0]: r[1] for r in STAFF[1:]}
    links = [["序号", "风险点编号", "责任人", "备注"]]
    links += [[str(i), code, names[who], ""] for i, (code, who) in enumerate(PAIRS, 1)]
    staff = [["人员编号", "姓名", "部门", "岗位"]] + [r for r in STAFF[1:]]
    points = [list(r) for r in POINTS]
    points[1][0] = "风险点编号"
    points[0][0] = "导出单位:梓潼县住房公积金管理中心\u3000\u3000导出时间:2025-04-01 10:20"
    got = run(tmp_path, {"风险点": points, "人员": staff, "分工": links}, {"风险点": ["A1:E1"]})
    assert read(got) == EXPECTED
    assert set(got.risks["unit"]) == {"梓潼县住房公积金管理中心"}  # (no '导出单位:' label)
    assert "HOLDERS_BY_LINK_TABLE" in codes(got)
    no_errors(got)


def test_a_list_with_its_own_holders_beside_a_staff_list_is_read_as_before(tmp_path):
    points = [["风险编码", "科室", "岗位", "姓名", "风险点描述", "风险类型", "等级", "防控措施"]]
    points += [
        ["ZF-01", "中心领导", "主任", "庹霁川", "违规审批公积金提取，收受好处", "岗位职责", "一级", "留痕。"],
        ["ZF-02", "信贷管理科", "信贷员", "晏蕖汀", "贷款审查降低标准，放宽条件", "业务流程", "二级", "复核。"],
    ]  # fmt: skip
    got = run(tmp_path, {"清单": points, "职工信息": STAFF})
    assert read(got) == sorted([
        ("主任", "庹霁川", "违规审批公积金提取，收受好处", "Ⅰ级"),
        ("信贷员", "晏蕖汀", "贷款审查降低标准，放宽条件", "Ⅱ级"),
    ])  # fmt: skip
    assert not {"HOLDERS_BY_LINK_TABLE", "LINK_PAIR_UNMATCHED", "LINK_POINTS_UNPAIRED"} & codes(got)
    no_errors(got)


def test_a_post_code_table_pairs_no_point(tmp_path):
    """'岗位代码 | 岗位' beside a holder-less list: no (point, person) pair, the list as before."""
    post_codes = [["岗位代码", "岗位"], ["G1", "主任"], ["G2", "科长"], ["G3", "信贷员"]]
    got = run(tmp_path, {"风险清单": POINTS, "代码": post_codes}, {"风险清单": ["A1:E1"]})
    assert read(got) == sorted(("", "", r[1], LEVEL[r[1]]) for r in POINTS[2:])
    assert not {"HOLDERS_BY_LINK_TABLE", "LINK_PAIR_UNMATCHED", "LINK_POINTS_UNPAIRED"} & codes(got)
    no_errors(got)


def test_the_codes_are_catalogued():
    for code in ("HOLDERS_BY_LINK_TABLE", "LINK_PAIR_UNMATCHED", "LINK_POINTS_UNPAIRED"):
        assert code in CATALOGUE and code in SHORT


def test_what_the_hundred_and_third_review_found_a_link_cell_of_several_codes(tmp_path):
    got = run(tmp_path, {
        "清单": [["风险点编号", "风险点", "风险等级", "防控措施"],
                 ["FX-01", "公务接待超标准", "二级", "接待审批"],
                 ["FX-02", "统计数据弄虚作假", "一级", "数据双审"],
                 ["FX-03", "泄露调查对象信息", "三级", "保密管理"]],
        "人员": [["人员编号", "姓名", "科室", "岗位"], ["RY01", "柏泠溪", "办公室", "主任"],
                 ["RY02", "童屿澈", "统计股", "股长"], ["RY03", "郁沐岚", "统计股", "统计员"]],
        "关联": [["人员编号", "风险点编号"], ["RY01", "FX-01、FX-02"], ["RY03", "FX-03"]],
    })  # fmt: skip
    assert read(got) == sorted([
        ("主任", "柏泠溪", "公务接待超标准", "Ⅱ级"),
        ("主任", "柏泠溪", "统计数据弄虚作假", "Ⅰ级"),
        ("统计员", "郁沐岚", "泄露调查对象信息", "Ⅲ级"),
    ])  # fmt: skip
    r = got.risks
    assert dict(zip(r["risk_point"], r["department"], strict=True)) == {
        "公务接待超标准": "办公室", "统计数据弄虚作假": "办公室", "泄露调查对象信息": "统计股",
    }  # fmt: skip
    assert "HOLDERS_BY_LINK_TABLE" in codes(got)
    assert not codes(got) & {"LINK_PAIR_UNMATCHED", "LINK_POINTS_UNPAIRED"}
    no_errors(got)
