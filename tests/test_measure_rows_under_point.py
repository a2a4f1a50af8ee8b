"""A list where each risk point has ONE row (序号, point, level, type) with its own 防控措施 cell
blank, and its measures are written ONE A ROW in the rows right under it (``（1）…``, ``（2）…`` or
unnumbered; 序号, point, level and type blank, only the measures cell the row's own — the holder's
cells at most inside merges from above —, nothing merged over them): those rows are that point's
measures, joined in order, said once a table (info MEASURE_ROWS_UNDER_POINT naming the first such
cell and how many rows and points). Before, each such row was a row of a point with no text
(POINT_BLANK at its point cell, its measure lost), a lone numbered one taken for a section line
over the rows under it, and the point said to have no measures (MEASURES_BLANK).

Not the published batch's file (batch979: a 镇中心卫生院's 一览表, ``1.…`` measures, 科室/岗位/姓名
merged over each block): a 县妇幼保健计划生育服务中心's list headed ``编号 | 部门 | 职务 | 责任人 |
风险点 | 风险级别 | 防范措施``, ``（1）`` numbering, the holder's cells merged; a 县疾控中心's list with
no merge at all, its holder written on every point row and unnumbered measures, one a row; a point
whose first measure stands on its own row (``1.…``) and the rest below, as before (numbered on).
Written with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file.

Near-misses, read exactly as before: measures typed ABOVE their points (a measures-only row over
the table's first point: no row joins the point above it); a ``备注`` cell filled alone under a
point (no measure); a table whose note says a row of blank point shares the point above
(POINT_BLANK_SHARES_ABOVE as before, a measures-only row in it not joined); a lone measure under a
point that has its own unnumbered one (a row with no point, POINT_BLANK, as before).
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, ITEMS, SHORT

CODE = "MEASURE_ROWS_UNDER_POINT"


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "清单.xlsx", {"清单": rows}, {"清单": merges or []})
    return _collect(inbox)


def measures(got) -> dict[str, str]:
    return dict(zip(got.risks["risk_point"], got.risks["measures"], strict=True))


def codes(got) -> list[str]:
    return list(got.issues["code"])


def issue(got, code: str):
    return got.issues[got.issues["code"] == code]


HEAD = ["编号", "部门", "职务", "责任人", "风险点", "风险级别", "风险类别", "防范措施"]
# the holder's cells merged over his rows (the measure rows inside), '（1）' numbering
CENTRE = [
    ["县妇幼保健计划生育服务中心廉政风险点登记表", *[None] * 7],
    HEAD,
    [1, "中心领导", "主任", "巫马瑄", "大型设备采购指定品牌", "一级", "制度机制", None],
    [None, None, None, None, None, None, None, "（1）设备采购论证报中心办公会研究；"],
    [None, None, None, None, None, None, None, "（2）按政府采购程序公开招标。"],
    [2, None, None, None, "绩效工资分配不公开", "二级", "岗位职责", None],
    [None, None, None, None, None, None, None, "（1）分配方案职工代表大会通过；"],
    [None, None, None, None, None, None, None, "（2）分配结果院内公示。"],
    [None, None, None, None, None, None, None, "（3）接受纪检监督。"],
    [3, "妇女保健部", "部长", "巫马琤", "孕产妇补助资金发放审核不严", "二级", "业务流程", None],
    [None, None, None, None, None, None, None, "（1）补助对象逐人核实身份；"],
    [None, None, None, None, None, None, None, "（2）资金直接打卡发放。"],
    [4, None, None, None, "出生医学证明签发不规范", "三级", "业务流程", None],
    [None, None, None, None, None, None, None, "（1）证明签发双人复核；"],
    [None, None, None, None, None, None, None, "（2）空白证件专柜保管、登记领用。"],
    ["填表人：", None, None, "审核人：", None, None, None, None],
]
CENTRE_MERGES = ["B3:B9", "C3:C9", "D3:D9", "B10:B15", "C10:C15", "D10:D15"]


def test_measure_rows_under_their_points_are_their_measures(tmp_path):
    got = run(tmp_path, CENTRE, CENTRE_MERGES)
    assert measures(got) == {
        "大型设备采购指定品牌": "（1）设备采购论证报中心办公会研究；\n（2）按政府采购程序公开招标。",
        "绩效工资分配不公开": "（1）分配方案职工代表大会通过；\n（2）分配结果院内公示。\n（3）接受纪检监督。",
        "孕产妇补助资金发放审核不严": "（1）补助对象逐人核实身份；\n（2）资金直接打卡发放。",
        "出生医学证明签发不规范": "（1）证明签发双人复核；\n（2）空白证件专柜保管、登记领用。",
    }
    assert list(got.risks["person"]) == ["巫马瑄", "巫马瑄", "巫马琤", "巫马琤"]
    assert list(got.risks["risk_level"]) == ["Ⅰ级", "Ⅱ级", "Ⅱ级", "Ⅲ级"]
    assert list(got.risks["section"].fillna("")) == [""] * 4  # (no '（1）…' taken for a section)
    said = issue(got, CODE)
    assert len(said) == 1 and list(said["cell"]) == ["H4"]
    assert "4 条风险点" in said["message"].iloc[0] and "9 行" in said["message"].iloc[0]
    assert not {"POINT_BLANK", "MEASURES_BLANK", "ROW_UNPLACED"} & set(codes(got))


# no merge at all: the holder on every point row, unnumbered measures one a row
CDC = [
    ["县疾病预防控制中心岗位廉政风险防控表", *[None] * 6],
    ["序号", "科室", "岗位", "姓名", "廉政风险点", "等级", "防控措施"],
    [1, "免疫规划科", "科长", "闻人璐", "疫苗出入库登记不实", "高", None],
    [None, None, None, None, None, None, "疫苗出入库扫码登记。"],
    [None, None, None, None, None, None, "每月盘点，账物核对。"],
    [2, "免疫规划科", "科长", "闻人璐", "接种单位考核打分人情分", "中", None],
    [None, None, None, None, None, None, "考核两人以上现场评分。"],
    [3, "检验科", "检验员", "闻人珏", "检测报告数据篡改", "高", None],
    [None, None, None, None, None, None, "原始记录双人签字存档。"],
    [None, None, None, None, None, None, "报告经科长审签。"],
]


def test_unmerged_unnumbered_measure_rows(tmp_path):
    got = run(tmp_path, CDC)
    assert measures(got) == {
        "疫苗出入库登记不实": "疫苗出入库扫码登记。\n每月盘点，账物核对。",
        "接种单位考核打分人情分": "考核两人以上现场评分。",
        "检测报告数据篡改": "原始记录双人签字存档。\n报告经科长审签。",
    }
    assert list(got.risks["person"]) == ["闻人璐", "闻人璐", "闻人珏"]
    assert list(issue(got, CODE)["cell"]) == ["G4"]
    assert not {"POINT_BLANK", "MEASURES_BLANK", "ROW_UNPLACED"} & set(codes(got))


def test_first_measure_on_the_point_row_goes_on_as_before(tmp_path):
    rows = [
        CDC[0],
        CDC[1],
        [1, "免疫规划科", "科长", "闻人璐", "疫苗出入库登记不实", "高", "1.疫苗出入库扫码登记；"],
        [None, None, None, None, None, None, "2.每月盘点，账物核对。"],
        [2, "检验科", "检验员", "闻人珏", "检测报告数据篡改", "高", None],
        [None, None, None, None, None, None, "1.原始记录双人签字存档；"],
        [None, None, None, None, None, None, "2.报告经科长审签。"],
    ]
    got = run(tmp_path, rows)
    assert measures(got) == {
        "疫苗出入库登记不实": "1.疫苗出入库扫码登记；\n2.每月盘点，账物核对。",
        "检测报告数据篡改": "1.原始记录双人签字存档；\n2.报告经科长审签。",
    }
    said = issue(got, CODE)  # (only the point with its own cell blank: the rule's)
    assert list(said["cell"]) == ["G6"] and "1 条风险点" in said["message"].iloc[0]
    assert not {"POINT_BLANK", "MEASURES_BLANK"} & set(codes(got))


def test_measures_typed_above_their_points_join_no_point_above(tmp_path):
    rows = [
        CDC[0],
        CDC[1],
        [None, None, None, None, None, None, "疫苗出入库扫码登记。"],
        [1, "免疫规划科", "科长", "闻人璐", "疫苗出入库登记不实", "高", None],
        [None, None, None, None, None, None, "原始记录双人签字存档。"],
        [2, "检验科", "检验员", "闻人珏", "检测报告数据篡改", "高", None],
    ]
    got = run(tmp_path, rows)
    assert CODE not in codes(got)
    assert "原始记录" not in measures(got)["疫苗出入库登记不实"]


def test_a_remarks_cell_alone_is_no_measure(tmp_path):
    rows = [
        ["县疾病预防控制中心岗位廉政风险防控表", *[None] * 7],
        ["序号", "科室", "岗位", "姓名", "廉政风险点", "等级", "防控措施", "备注"],
        [1, "免疫规划科", "科长", "闻人璐", "疫苗出入库登记不实", "高", None, None],
        [None, None, None, None, None, None, None, "2024年新增"],
        [2, "检验科", "检验员", "闻人珏", "检测报告数据篡改", "高", "原始记录双人签字存档。", None],
    ]
    got = run(tmp_path, rows)
    assert CODE not in codes(got)
    assert measures(got)["疫苗出入库登记不实"] == ""
    assert "2024年新增" not in "".join(got.risks["measures"])


def test_a_note_that_blank_points_share_the_point_above_keeps_its_reading(tmp_path):
    rows = [
        ["县疾病预防控制中心岗位廉政风险防控表", *[None] * 6],
        ["序号", "科室", "岗位", "姓名", "廉政风险点", "等级", "防控措施"],
        [1, "免疫规划科", "科长", "闻人璐", "疫苗出入库登记不实", "高", None],
        [None, "免疫规划科", "科员", "闻人琰", None, None, None],
        [None, None, None, None, None, None, "疫苗出入库扫码登记。"],
        [2, "检验科", "检验员", "闻人珏", "检测报告数据篡改", "中", "原始记录双人签字存档。"],
        ["注：风险点一栏空白的行，与上一条风险点相同，由该行人员共同承担。", *[None] * 6],
    ]
    got = run(tmp_path, rows)
    assert CODE not in codes(got)
    assert "POINT_BLANK_SHARES_ABOVE" in codes(got)
    people = list(zip(got.risks["person"], got.risks["risk_point"], strict=True))
    assert ("闻人琰", "疫苗出入库登记不实") in people
    assert "疫苗出入库扫码登记" not in measures(got)["疫苗出入库登记不实"]


def test_a_lone_measure_under_a_point_with_its_own_stays_a_row_said(tmp_path):
    rows = [
        CDC[0],
        CDC[1],
        [1, "免疫规划科", "科长", "闻人璐", "疫苗出入库登记不实", "高", "疫苗出入库扫码登记。"],
        [None, None, None, None, None, None, "每月盘点。"],
        [2, "检验科", "检验员", "闻人珏", "检测报告数据篡改", "高", "原始记录双人签字存档。"],
    ]
    got = run(tmp_path, rows)
    assert CODE not in codes(got)
    assert list(issue(got, "POINT_BLANK")["cell"]) == ["E4"]


def test_the_code_is_catalogued():
    severity, template = CATALOGUE[CODE]
    assert severity == "info" and "{count}" in template and "{points}" in template
    assert SHORT[CODE] and ITEMS[CODE] == "防控措施"
