"""No level column: ``防控措施`` merged over tiers of control ('个人防控 | 科室防控 | 场部防控'),
each row filling the tiers its level needs and '/' (or '—') in the others, and a ``注：`` line
giving each level its tiers ('三级防控均需落实的为一级风险；个人防控和科室防控的为二级；仅个人
防控的为三级'): each row's level is the one whose tiers it fills, its measures the filled cells.

Not the published batch's file (batch614: a 公路养护中心 with 股室/岗位/姓名, ``岗位自控 | 股室监控 |
中心防控`` and a note in 一级/二级/三级 naming every tier): a 国有林场, a 县人民医院 and a 水库管理所,
other posts and names, other tier names (个人防控 | 科室防控 | 场部防控, 岗位防控 | 部门防控 | 院级防控,
一级防控 | 二级防控 | 三级防控), notes in 一级/二级/三级, 高/中/低 and Ⅰ级/Ⅱ级/Ⅲ级 words, all tiers
said by their count ('三级防控均需落实'), '—' for a tier not needed, an extra 备注 column and post
and name in one column; written with xlsxwriter (tests/helpers.py) and read back as
``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str], sheet: str = "分级防控"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got, severity: str | None = None) -> set[str]:
    i = got.issues
    return set(i["code"] if severity is None else i[i["severity"] == severity]["code"])


def measures(got, point: str) -> str:
    r = got.risks
    return r[r["risk_point"] == point]["measures"].iloc[0]


FOREST = [
    ["XX县国有林场岗位廉政风险分级防控表"],
    ["科室", "岗位", "姓名", "廉政风险点", "风险类型", "防控措施", None, None],
    [None, None, None, None, None, "个人防控", "科室防控", "场部防控"],
    ["场部", "场长", "阚煦珩", "林木采伐指标分配不公，优亲厚友", "岗位职责风险",
     "指标分配方案集体研究。", "营林科提出分配意见。", "场务会审定并公示。"],
    ["场部", "场长", "阚煦珩", "接受木材经销商宴请", "思想道德风险", "签订廉洁承诺书。", "/", "/"],
    ["营林科", "科长", "仉璟澜", "造林苗木验收不严，虚报成活率", "业务流程风险",
     "验收三人到场，留存影像。", "科内交叉复核成活率。", "/"],
    ["营林科", "护林员", "晏槿溪", "巡山记录弄虚作假", "岗位职责风险", "巡护轨迹上传平台。", "/", "/"],
    ["注：三级防控均需落实的为一级风险；个人防控和科室防控的为二级；仅个人防控的为三级。表中“/”表示不需采取该级措施。"],
]  # fmt: skip
FOREST_MERGES = ["A1:H1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:H2", "A8:H8"]


def test_note_giving_all_tiers_by_their_count(tmp_path):
    got = run(tmp_path, FOREST, FOREST_MERGES)
    assert read(got) == sorted([
        ("场长", "阚煦珩", "林木采伐指标分配不公，优亲厚友", "Ⅰ级"),
        ("场长", "阚煦珩", "接受木材经销商宴请", "Ⅲ级"),
        ("科长", "仉璟澜", "造林苗木验收不严，虚报成活率", "Ⅱ级"),
        ("护林员", "晏槿溪", "巡山记录弄虚作假", "Ⅲ级"),
    ])  # fmt: skip
    assert not codes(got, "error"), got.issues.to_dict("records")
    assert "LEVEL_BY_CONTROL_TIERS" in codes(got, "info")
    # the filled tiers are the measures, no '/' lines
    assert measures(got, "接受木材经销商宴请") == "签订廉洁承诺书。"
    assert (
        measures(got, "造林苗木验收不严，虚报成活率")
        == "验收三人到场，留存影像。\n科内交叉复核成活率。"
    )


def test_a_note_in_one_sentence_naming_the_tiers_short(tmp_path):
    """One sentence, a clause a level, the tiers without their ending ('个人' of '个人防控')."""
    rows = [list(r) for r in FOREST]
    rows[-1] = [
        "注：一级风险由个人、科室、场部三级共同防控，二级风险由个人和科室防控，三级风险只需个人防控。"
    ]
    got = run(tmp_path, rows, FOREST_MERGES)
    assert read(got) == sorted([
        ("场长", "阚煦珩", "林木采伐指标分配不公，优亲厚友", "Ⅰ级"),
        ("场长", "阚煦珩", "接受木材经销商宴请", "Ⅲ级"),
        ("科长", "仉璟澜", "造林苗木验收不严，虚报成活率", "Ⅱ级"),
        ("护林员", "晏槿溪", "巡山记录弄虚作假", "Ⅲ级"),
    ])  # fmt: skip
    assert not codes(got, "error"), got.issues.to_dict("records")


HOSPITAL = [
    ["XX县人民医院廉政风险分级防控一览表"],
    ["填报科室：医务部、药剂科、财务科"],
    ["序号", "岗位及姓名", "廉政风险点", "防控措施", None, None, "备注"],
    [None, None, None, "岗位防控", "部门防控", "院级防控", None],
    [1, "药剂科主任　覃沛柔", "药品遴选中收受供应商回扣", "严格执行药事委员会遴选程序。",
     "药剂科每季度通报用量前十品种。", "院纪委专项督查。", ""],
    [2, "药剂科主任　覃沛柔", "处方点评走过场", "处方点评留痕。", "医务部抽查点评结果。", "—", ""],
    [3, "收费员　鄢昀舟", "收费不开票据，截留现金", "每日对账，票款一致。", "—", "—", "新增"],
    [4, "医务部主任　亓瑾瑜", "医疗纠纷处理中收受好处", "纠纷处理两人以上经办。",
     "医务部会商并留存记录。", "院长办公会研究赔付。", ""],
    ["注：高风险须由岗位防控、部门防控、院级防控共同防范；中风险由岗位防控、部门防控防范；低风险只需岗位防控。"],
]  # fmt: skip
HOSPITAL_MERGES = ["A1:G1", "A2:G2", "A3:A4", "B3:B4", "C3:C4", "D3:F3", "G3:G4", "A9:G9"]


def test_high_middle_low_and_dashes_with_a_remarks_column(tmp_path):
    got = run(tmp_path, HOSPITAL, HOSPITAL_MERGES, "一览表")
    assert read(got) == sorted([
        ("药剂科主任", "覃沛柔", "药品遴选中收受供应商回扣", "Ⅰ级"),
        ("药剂科主任", "覃沛柔", "处方点评走过场", "Ⅱ级"),
        ("收费员", "鄢昀舟", "收费不开票据，截留现金", "Ⅲ级"),
        ("医务部主任", "亓瑾瑜", "医疗纠纷处理中收受好处", "Ⅰ级"),
    ])  # fmt: skip
    assert not codes(got, "error"), got.issues.to_dict("records")
    assert measures(got, "处方点评走过场") == "处方点评留痕。\n医务部抽查点评结果。"


RESERVOIR = [
    ["XX水库管理所廉政风险分级防控表"],
    ["部门", "职务", "责任人", "风险点", "防控措施", None, None],
    [None, None, None, None, "一级防控", "二级防控", "三级防控"],
    ["工程股", "股长", "郗晗瑭", "除险加固工程变更签证不实", "变更附现场影像。", "股内复核工程量。",
     "所务会审定变更。"],
    ["工程股", "技术员", "庹婉汀", "闸门维修材料以次充好", "材料进场两人验收。", "股长抽检。", "/"],
    ["财务股", "出纳", "蒯知遥", "水费收缴不入账", "每日缴存银行。", "/", "/"],
    ["财务股", "会计", "訾岫岚", "报销票据审核不严", "三签审核。", "/", "所长每月抽查。"],
    ["说明：Ⅰ级风险点落实一级防控、二级防控、三级防控；Ⅱ级风险点落实一级防控和二级防控；Ⅲ级风险点只落实一级防控。"],
]  # fmt: skip
RESERVOIR_MERGES = ["A1:G1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:G2", "A8:G8"]


def test_roman_levels_and_a_set_the_note_names_for_no_level(tmp_path):
    got = run(tmp_path, RESERVOIR, RESERVOIR_MERGES)
    assert read(got) == sorted([
        ("股长", "郗晗瑭", "除险加固工程变更签证不实", "Ⅰ级"),
        ("技术员", "庹婉汀", "闸门维修材料以次充好", "Ⅱ级"),
        ("出纳", "蒯知遥", "水费收缴不入账", "Ⅲ级"),
        ("会计", "訾岫岚", "报销票据审核不严", ""),  # 一级 and 三级 防控: no level the note gives
    ])  # fmt: skip
    i = got.issues
    unnamed = i[i["code"] == "LEVEL_CONTROL_TIERS_UNNAMED"]
    assert list(unnamed["severity"]) == ["warning"]
    assert "一级防控、三级防控" in unnamed["message"].iloc[0]
    assert "LEVEL_BY_CONTROL_TIERS" in codes(got, "info")


def test_the_codes_are_catalogued():
    for code in ("LEVEL_BY_CONTROL_TIERS", "LEVEL_CONTROL_TIERS_UNNAMED"):
        assert code in CATALOGUE and code in SHORT


# ------------------------------------------------------------------------- as before


def test_tiers_beside_a_level_column_keep_its_levels(tmp_path):
    rows = [list(r) for r in FOREST]
    rows[1] = [*rows[1][:5], "风险等级", *rows[1][5:]]
    rows[2] = [*rows[2][:5], None, *rows[2][5:]]
    for r, lv in zip(range(3, 7), ("二级", "一级", "二级", "三级"), strict=True):
        rows[r] = [*rows[r][:5], lv, *rows[r][5:]]
    merges = ["A1:I1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:F3", "G2:I2", "A8:I8"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("场长", "阚煦珩", "林木采伐指标分配不公，优亲厚友", "Ⅱ级"),
        ("场长", "阚煦珩", "接受木材经销商宴请", "Ⅰ级"),
        ("科长", "仉璟澜", "造林苗木验收不严，虚报成活率", "Ⅱ级"),
        ("护林员", "晏槿溪", "巡山记录弄虚作假", "Ⅲ级"),
    ])  # fmt: skip
    assert not codes(got, "error"), got.issues.to_dict("records")
    assert "LEVEL_BY_CONTROL_TIERS" not in codes(got)


def test_tiers_without_a_note_give_no_level(tmp_path):
    got = run(tmp_path, FOREST[:-1], FOREST_MERGES[:-1])
    assert {lv for *_x, lv in read(got)} == {""}
    assert len(read(got)) == 4
    assert "LEVEL_BLANK" in codes(got, "error")
    assert "LEVEL_BY_CONTROL_TIERS" not in codes(got)


def test_a_note_on_the_dashes_only_gives_no_level(tmp_path):
    rows = [list(r) for r in FOREST]
    rows[-1] = ["注：表中“/”表示该级不需采取措施，个人防控由本人落实。"]
    got = run(tmp_path, rows, FOREST_MERGES)
    assert {lv for *_x, lv in read(got)} == {""}
    assert "LEVEL_BY_CONTROL_TIERS" not in codes(got)
