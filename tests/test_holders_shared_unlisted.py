"""A holder cell naming SEVERAL holders of surnames no list holds ('骨咄澈、骨咄沅', '阿布思琤岚　骨咄澈',
one a line) beside other rows' single holders is each one's: one form a holder, each with all
the points of the rows the cell covers (info HOLDERS_SHARED_UNLISTED, once a table). Before,
the reader split such a cell only where one part was a name by a listed surname ('张伟、李娜',
'阿布思琤、骨咄沅'), so '骨咄澈　骨咄沅' came out as ONE holder '骨咄澈骨咄沅' (batch1050's probe).
Not that batch's words: a 市场监督管理局's 排查表 under ``责任人`` with 高/中/低, a 镇卫生院's 清单
under ``人员`` with ``Ⅱ级`` and holders merged down; and the near-misses (a post list
``科长、副科长``, a name with its post in brackets, a single 4-character name, a 科室 name, a table
naming no single holder) that read as before.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import ROW_KEYS, read_file
from xlproc.config import load_config


def _read(path: Path):
    r = read_file(path, path.name, load_config())
    got = []
    for post, form in zip(r.posts, r.risks, strict=True):
        for row in form:
            d = dict(zip(ROW_KEYS, row, strict=True))
            got.append((post.get("title"), post.get("person"), d["risk_point"], d["risk_level"]))
    return got, [(i.code, i.cell) for i in r.issues]


MARKET = [
    ["某县市场监督管理局廉政风险点排查表", None, None, None, None, None],
    ["序号", "股室", "岗位", "责任人", "风险点", "风险等级"],
    [1, "登记注册股", "登记员", "仆固翀、仆固琇", "企业登记材料把关不严", "中"],
    [2, "登记注册股", "登记员", "仆固翀、仆固琇", "为中介代办开绿灯", "高"],
    [3, "执法稽查大队", "执法员", "拓跋澐\n宇文泠岚", "案件查处降格处理", "高"],
    [4, "局领导", "局长", "仆固瀚", "重大案件个人说了算", "高"],
]


def test_names_of_one_unlisted_surname_split(tmp_path):
    path = write_workbook(tmp_path / "排查表.xlsx", {"排查表": MARKET})
    got, issues = _read(path)
    assert sorted(got) == sorted([
        ("登记员", "仆固翀", "企业登记材料把关不严", "Ⅱ级"),
        ("登记员", "仆固翀", "为中介代办开绿灯", "Ⅰ级"),
        ("登记员", "仆固琇", "企业登记材料把关不严", "Ⅱ级"),
        ("登记员", "仆固琇", "为中介代办开绿灯", "Ⅰ级"),
        ("执法员", "拓跋澐", "案件查处降格处理", "Ⅰ级"),
        ("执法员", "宇文泠岚", "案件查处降格处理", "Ⅰ级"),
        ("局长", "仆固瀚", "重大案件个人说了算", "Ⅰ级"),
    ])  # fmt: skip
    codes = [c for c, _ in issues]
    assert codes.count("HOLDERS_SHARED_UNLISTED") == 1
    assert ("HOLDERS_SHARED_UNLISTED", "D3") in issues


CLINIC = [
    ["某镇卫生院岗位廉政风险防控清单", None, None, None, None],
    ["序号", "岗位", "人员", "廉政风险点", "风险等级"],
    [1, "收费员", "吐突澍岚　吐突珺", "收费票据作废不登记", "Ⅱ级"],
    [2, None, None, "退费不经审批", "Ⅲ级"],
    [3, "药房", "吐突沅", "药品出库不核对", "Ⅱ级"],
]


def test_spaced_names_merged_down(tmp_path):
    path = write_workbook(
        tmp_path / "清单.xlsx", {"清单": CLINIC}, merges={"清单": ["B3:B4", "C3:C4"]}
    )
    got, issues = _read(path)
    assert sorted(got) == sorted([
        ("收费员", "吐突澍岚", "收费票据作废不登记", "Ⅱ级"),
        ("收费员", "吐突澍岚", "退费不经审批", "Ⅲ级"),
        ("收费员", "吐突珺", "收费票据作废不登记", "Ⅱ级"),
        ("收费员", "吐突珺", "退费不经审批", "Ⅲ级"),
        ("药房", "吐突沅", "药品出库不核对", "Ⅱ级"),
    ])  # fmt: skip
    assert [c for c, _ in issues].count("HOLDERS_SHARED_UNLISTED") == 1


def _near(tmp_path, cell, single="仆固瀚"):
    rows = [
        ["序号", "股室", "岗位", "责任人", "风险点", "风险等级"],
        [1, "综合股", "科员", cell, "公文处理拖延", "中"],
        [2, "局领导", "局长", single, "重大事项个人说了算", "高"],
    ]
    path = write_workbook(tmp_path / "表.xlsx", {"表": rows})
    got, issues = _read(path)
    assert "HOLDERS_SHARED_UNLISTED" not in [c for c, _ in issues], cell
    return got


def test_near_misses_read_as_before(tmp_path):
    # a post list, a name with its post, a single 4-character name, a 科室 name: no holders split
    for cell in ("科长、副科长", "仆固翀（股长）", "宇文泠岚", "办公室、财务股"):
        got = _near(tmp_path, cell)
        assert not any(p in ("科长", "副科长", "办公室", "财务股") for _t, p, _x, _l in got), cell
    assert ("科员", "宇文泠岚", "公文处理拖延", "Ⅱ级") in _near(tmp_path, "宇文泠岚")
    # no row names one holder: the column's words are not taken for names
    _near(tmp_path, "仆固翀、仆固琇", single="综合岗、值班岗")
