"""Per-post sheets named only by a post's code, their holders in a register on another sheet.

A workbook whose one sheet registers the posts by code ('岗位代码 | 科室 | 岗位名称 | 在岗人员',
'代码 | 所在股室 | 岗位 | 姓名', 'SW01' …) and whose other sheets, one a post, are named only by that
code (or say '岗位编号：JC03' above their list) and carry only the points, no 科室, post or name:
each such sheet is the register row's post and holder (several names in one cell: a form
each), the register said used (HOLDERS_BY_TAB_CODE), a register code without its sheet and a
code sheet the register lacks both warned. The gate is the exact code and a register of
unique codes beside post and holder columns: a list naming its own holders, code-named sheets
with holders of their own, or a register whose codes repeat are read as before. A sheet whose
form names no person, no post and no 科室 at all, in a workbook of several sheets of forms, is
warned (FORM_NO_HOLDER): before, such points were read as no one's without a word (a file of
one list is the unit's own, as before). In other words than tests/published/batch897.py: a
county 水务局's water works and 疾控中心, other posts, names and level words (高/中/低, 较大/一般).
"""

from pathlib import Path

from helpers import write_ods, write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def _points(code: str, rows) -> list[list[object]]:
    out = [[f"县城区自来水厂岗位廉政风险排查表（{code}）"], ["序号", "风险点", "等级", "防控措施"]]
    out += [[i, p, lv, m] for i, (p, lv, m) in enumerate(rows, 1)]
    return out


def holders(res) -> list[tuple[str, str, str, str]]:
    return list(
        zip(
            res.risks["department"], res.risks["title"], res.risks["person"],
            res.risks["risk_point"], strict=True,
        )
    )  # fmt: skip


def codes(res) -> list[tuple[str, str, str]]:
    return sorted(
        zip(res.issues["code"], res.issues["source_sheet"], res.issues["cell"], strict=True)
    )


WATER = {
    "SW01": [("水费减免审批不按规定程序", "高", "减免经厂务会研究，结果公示。")],
    "SW02": [
        ("管网维修材料虚报冒领", "中", "材料出入库双人签字，月底盘点。"),
        ("水表抄录时收受用户好处", "低", "抄表数据系统留痕，定期轮岗。"),
    ],
    "SW03": [("水质检测数据弄虚作假", "高", "检测留样，疾控中心抽检比对。")],
}


def test_code_tabs_take_the_register_row_at_the_end(tmp_path):
    register = [
        ["县城区自来水厂岗位一览"],
        ["代码", "所在股室", "岗位", "姓名", "岗位职责"],
        ["SW01", "厂领导", "厂长", "郦晗昱", "全面工作"],
        ["SW02", "管网股", "管网维修员", "糜霁川", "管网维修和抄表"],
        ["SW03", "化验室", "化验员", "蔺沐棠", "水质检测"],
        ["SW04", "营业厅", "收费员", "郦蔚然", "收缴水费"],
    ]
    sheets = {code: _points(code, rows) for code, rows in WATER.items()}
    sheets["岗位一览"] = register  # (the register last, after the code sheets)
    write_workbook(tmp_path / "inbox" / "自来水厂.xlsx", sheets)
    res = _collect(tmp_path / "inbox")
    assert holders(res) == [
        ("厂领导", "厂长", "郦晗昱", "水费减免审批不按规定程序"),
        ("管网股", "管网维修员", "糜霁川", "管网维修材料虚报冒领"),
        ("管网股", "管网维修员", "糜霁川", "水表抄录时收受用户好处"),
        ("化验室", "化验员", "蔺沐棠", "水质检测数据弄虚作假"),
    ]
    assert res.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级", "Ⅲ级", "Ⅰ级"]
    got = codes(res)
    assert ("HOLDERS_BY_TAB_CODE", "岗位一览", "A2") in got
    assert ("REGISTER_CODE_NO_SHEET", "岗位一览", "A6") in got  # SW04: no sheet of its points
    assert not {"FORM_NO_HOLDER", "TAB_CODE_NOT_IN_REGISTER"} & {c for c, _s, _x in got}


def test_two_holders_in_one_cell_and_dashed_codes_in_an_ods(tmp_path):
    register = [
        ["岗位代码", "科室", "岗位名称", "在岗人员"],
        ["JK-01", "中心领导", "主任", "阙思嫣"],
        ["JK-02", "免疫规划科", "疫苗管理员", "雍浩澜、阙予安"],
    ]
    sheets = {
        "岗位设置": register,
        "JK01": [["序号", "廉政风险点", "风险等级", "防控措施"],
                 [1, "疫苗采购指定供应商", "较大", "集中采购，纪检全程监督。"]],
        "JK02": [["序号", "廉政风险点", "风险等级", "防控措施"],
                 [1, "二类疫苗出入库账实不符", "一般", "冷链系统出入库扫码，月度盘点。"]],
    }  # fmt: skip
    write_ods(tmp_path / "inbox" / "疾控中心.ods", sheets)
    res = _collect(tmp_path / "inbox")
    assert holders(res) == [
        ("中心领导", "主任", "阙思嫣", "疫苗采购指定供应商"),
        ("免疫规划科", "疫苗管理员", "雍浩澜", "二类疫苗出入库账实不符"),
        ("免疫规划科", "疫苗管理员", "阙予安", "二类疫苗出入库账实不符"),
    ]
    assert ("HOLDERS_BY_TAB_CODE", "岗位设置", "A1") in codes(res)


def test_a_code_line_on_the_sheet_and_a_code_the_register_lacks(tmp_path):
    register = [
        ["编号", "股室", "岗位", "姓名"],
        ["JC01", "检验科", "检验员", "糜书瑶"],
        ["JC02", "检验科", "科长", "蔺嘉树"],
        ["JC03", "办公室", "出纳", "郦若溪"],
    ]

    def sheet(code: str, point: str, lv: str) -> list[list[object]]:
        return [
            ["岗位廉政风险防控表"],
            [f"岗位编号：{code}"],
            ["序号", "风险点", "等级", "防控措施"],
            [1, point, lv, "双人复核，结果留档。"],
        ]

    sheets = {
        "岗位名单": register,  # (its first row no holder of the sheet after it)
        "出纳": sheet("JC03", "现金收入不及时入账", "高"),
        "检验员": sheet("JC01", "检验报告出具前透露结果", "中"),
        "JC09": _points("JC09", [("外送样品费用虚报", "低", "外送样品登记，费用按合同结算。")]),
    }
    write_workbook(tmp_path / "inbox" / "疾控检验.xlsx", sheets)
    res = _collect(tmp_path / "inbox")
    assert holders(res) == [
        ("办公室", "出纳", "郦若溪", "现金收入不及时入账"),
        ("检验科", "检验员", "糜书瑶", "检验报告出具前透露结果"),
        ("", "", "", "外送样品费用虚报"),  # (no row of its code: read as before, warned)
    ]
    got = codes(res)
    assert ("TAB_CODE_NOT_IN_REGISTER", "JC09", "A2") in got
    assert ("REGISTER_CODE_NO_SHEET", "岗位名单", "A3") in got  # JC02
    assert not any(c == "FORM_NO_HOLDER" for c, _s, _x in got)  # (said once, by the code)


def test_holderless_sheets_are_warned(tmp_path):
    # code tabs and no register: the points are read as no one's, and said so
    sheets = {code: _points(code, rows) for code, rows in WATER.items()}
    write_workbook(tmp_path / "inbox" / "自来水厂.xlsx", sheets)
    res = _collect(tmp_path / "inbox")
    assert set(res.risks["person"]) == {""}
    got = [(c, s) for c, s, _x in codes(res) if c == "FORM_NO_HOLDER"]
    assert got == [
        ("FORM_NO_HOLDER", "SW01"),
        ("FORM_NO_HOLDER", "SW02"),
        ("FORM_NO_HOLDER", "SW03"),
    ]


def test_lists_naming_their_own_holders_are_read_as_before(tmp_path):
    register = [
        ["岗位编号", "科室", "岗位名称", "在岗人员"],
        ["SW01", "厂领导", "厂长", "郦晗昱"],
        ["SW02", "管网股", "管网维修员", "糜霁川"],
    ]
    own = [
        ["岗位", "姓名", "风险点", "等级", "防控措施"],
        ["副厂长", "雍浩澜", "工程验收走过场", "中", "验收邀请监理和用户代表。"],
    ]
    listed = [
        ["序号", "科室", "岗位", "姓名", "风险点", "等级", "防控措施"],
        [1, "营业厅", "收费员", "郦蔚然", "水费收入挪用", "高", "当日缴存，日清月结。"],
    ]
    write_workbook(
        tmp_path / "inbox" / "自来水厂.xlsx", {"岗位设置": register, "SW01": own, "风险点": listed}
    )
    res = _collect(tmp_path / "inbox")
    assert holders(res) == [
        ("", "副厂长", "雍浩澜", "工程验收走过场"),
        ("营业厅", "收费员", "郦蔚然", "水费收入挪用"),
    ]
    got = {c for c, _s, _x in codes(res)}
    assert not {"HOLDERS_BY_TAB_CODE", "REGISTER_CODE_NO_SHEET", "FORM_NO_HOLDER"} & got


def test_a_register_whose_codes_repeat_joins_nothing(tmp_path):
    register = [
        ["代码", "科室", "岗位", "姓名"],
        ["SW01", "厂领导", "厂长", "郦晗昱"],
        ["SW02", "管网股", "管网维修员", "糜霁川"],
        ["SW02", "管网股", "抄表员", "雍浩澜"],
    ]
    sheets = {"岗位表": register, **{c: _points(c, WATER[c]) for c in ("SW01", "SW02")}}
    write_workbook(tmp_path / "inbox" / "自来水厂.xlsx", sheets)
    res = _collect(tmp_path / "inbox")
    assert [p for d, t, n, p in holders(res) if not n] == [
        "管网维修材料虚报冒领",
        "水表抄录时收受用户好处",
    ]
    got = codes(res)
    assert "HOLDERS_BY_TAB_CODE" not in {c for c, _s, _x in got}
    assert ("FORM_NO_HOLDER", "SW02", "B3") in got


def test_what_the_hundred_and_twenty_ninth_review_found_unit_lists_split_over_sheets(tmp_path):
    """FORM_NO_HOLDER warned every sheet of a unit's own list split by level ('一级风险 | 二级风险
    | 三级风险') or type ('岗位职责风险 | 制度机制风险'), and a '单位层面' sheet beside the posts'
    list, though such sheets have no holder to name (noise on ordinary files). Judgement call:
    the warning now needs a sign that the workbook is one of posts (a code tab 'GW01', or
    another sheet's form naming its 科室, post or holder) and a sheet not named as the unit's
    own or as one level, type or tier of a list; a per-post workbook with one sheet left bare
    is still warned."""
    head = ["序号", "风险点", "风险等级", "防控措施"]
    m = "集体研究，全程留痕。"
    levels = {
        "一级风险": [["县水务局一级廉政风险点"], head, [1, "工程招标围标串标", "一级", m]],
        "二级风险": [["县水务局二级廉政风险点"], head, [1, "水资源费减免不按规定", "二级", m]],
        "三级风险": [["县水务局三级廉政风险点"], head, [1, "公务用车私用", "三级", m]],
    }
    types = {
        "岗位职责风险": [head, [1, "河道采砂许可把关不严", "高", m]],
        "制度机制风险": [head, [1, "工程变更签证不经集体研究", "中", m]],
    }
    unit = {
        "单位层面": [["单位层面廉政风险点"], head, [1, "三重一大事项不集体决策", "高", m]],
        "岗位层面": [
            ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "水政股", "股长", "郦晗昱", "行政处罚自由裁量不当", "中", m],
        ],
    }
    posts = {
        "股长": [["岗位：股长  姓名：糜霁川"], head, [1, "行政处罚自由裁量不当", "中", m]],
        "Sheet2": [head, [1, "水费收入不及时入账", "高", m]],
    }
    branches = {
        "局机关": [head, [1, "公务接待超标准", "中", m]],
        "执法大队": [head, [1, "水事案件查处不公", "高", m]],
    }
    cases = (("分级", levels), ("分类", types), ("层面", unit), ("机关", branches), ("岗位", posts))
    for name, sheets in cases:
        write_workbook(tmp_path / name / f"{name}.xlsx", sheets)
        res = _collect(tmp_path / name)
        warned = [s for c, s, _x in codes(res) if c == "FORM_NO_HOLDER"]
        assert warned == (["Sheet2"] if name == "岗位" else []), (name, warned)
        assert len(res.risks) == sum(
            len(rows) - 1 - (len(rows[0]) == 1) for rows in sheets.values()
        )


REGISTER = [
    ["岗位编号", "科室", "岗位名称", "在岗人员"],
    ["SW01", "厂领导", "厂长", "郦晗昱"],
    ["SW02", "管网股", "管网维修员", "糜霁川"],
    ["SW03", "化验室", "化验员", "蔺沐棠"],
]


def test_what_the_hundred_and_twenty_ninth_review_found_a_sheet_naming_its_holder(tmp_path):
    """A code tab whose sheet names its own post and holder ('SW01': '岗位 | 姓名 | 风险点 …')
    keeps them, as before; but once the other code sheets were joined, the register's SW01 was
    warned as having no sheet (REGISTER_CODE_NO_SHEET, 'no sheet named SW01'), though the sheet
    is there. Now a code whose sheet names its own holder is not warned."""
    own = [
        ["序号", "岗位", "姓名", "风险点", "等级", "防控措施"],
        [1, "厂长", "郦晗昱", "水费减免审批不按规定程序", "高", "减免经厂务会研究，结果公示。"],
    ]
    sheets = {"岗位设置": REGISTER, "SW01": own, "SW02": _points("SW02", WATER["SW02"]),
              "SW03": _points("SW03", WATER["SW03"])}  # fmt: skip
    write_workbook(tmp_path / "inbox" / "自来水厂.xlsx", sheets)
    res = _collect(tmp_path / "inbox")
    assert [(t, n) for _d, t, n, _p in holders(res)] == [
        ("厂长", "郦晗昱"),
        ("管网维修员", "糜霁川"),
        ("管网维修员", "糜霁川"),
        ("化验员", "蔺沐棠"),
    ]
    got = {c for c, _s, _x in codes(res)}
    assert "HOLDERS_BY_TAB_CODE" in got
    assert "REGISTER_CODE_NO_SHEET" not in got


def test_what_the_hundred_and_twenty_ninth_review_found_two_registers(tmp_path):
    """Two registers of unique codes: a 科室 list ('科室编号 | 科室 | 负责人', KS01 …) before the
    posts' ('岗位编号 …', SW01 …). The first was taken and, naming no sheet, ended the rule: the
    code sheets stayed holderless. Now the register whose codes the sheets are named by is used."""
    depts = [
        ["科室编号", "科室", "负责人"],
        ["KS01", "厂领导", "郦晗昱"],
        ["KS02", "管网股", "糜霁川"],
    ]
    sheets = {"科室": depts, "岗位设置": REGISTER,
              **{code: _points(code, rows) for code, rows in WATER.items()}}  # fmt: skip
    write_workbook(tmp_path / "inbox" / "自来水厂.xlsx", sheets)
    res = _collect(tmp_path / "inbox")
    assert [(d, t, n) for d, t, n, _p in holders(res)] == [
        ("厂领导", "厂长", "郦晗昱"),
        ("管网股", "管网维修员", "糜霁川"),
        ("管网股", "管网维修员", "糜霁川"),
        ("化验室", "化验员", "蔺沐棠"),
    ]
    got = codes(res)
    assert ("HOLDERS_BY_TAB_CODE", "岗位设置", "A1") in got
    assert not {"FORM_NO_HOLDER", "REGISTER_CODE_NO_SHEET"} & {c for c, _s, _x in got}


def test_what_the_hundred_and_twenty_ninth_review_found_holders_on_two_lines(tmp_path):
    """A post two people hold, their names on two lines of the register's cell ('糜霁川\\n雍浩澜')
    or apart by a space: the cell was squeezed before it was split and read as one name
    '糜霁川雍浩澜'. Now each is a form of their own, as with '糜霁川、雍浩澜'."""
    for how, two in (("lines", "糜霁川\n雍浩澜"), ("space", "糜霁川 雍浩澜")):
        register = [row[:] for row in REGISTER]
        register[2][3] = two
        sheets = {"岗位设置": register, "SW02": _points("SW02", WATER["SW02"])}
        write_workbook(tmp_path / how / "自来水厂.xlsx", sheets)
        res = _collect(tmp_path / how)
        assert sorted({n for _d, _t, n, _p in holders(res)}) == ["糜霁川", "雍浩澜"], how
        assert len(res.risks) == 4, how
