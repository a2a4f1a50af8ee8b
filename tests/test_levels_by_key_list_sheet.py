"""A list with no level column, a note saying the points that stand in a separate 重点 list are
of one level and the rest of another ('纳入“局重点廉政风险点清单”的风险点定为高风险，其他风险点为
中风险'), and that 重点 list on another sheet of the file, repeating some of the list's points
word for word or but for spaces and punctuation, under columns of its own (a 分管领导 or 监督责任人
naming a post, a 监督方式): each point takes the members' level where the key sheet holds its
words, the note's other level where not — an info LEVELS_BY_KEY_LIST at the note naming the key
sheet; the key sheet's rows are no points and its names no holders; a key point the list lacks
is said (KEY_POINT_NOT_LISTED). Before, every point came out without a level (LEVEL_BLANK) and
the key sheet was set aside (SHEET_NO_TABLE) or read as a list of its own.

Not the published batch's file (batch960: a 城市管理综合执法大队's 清单 with 中队/岗位/姓名, its
note '列入大队《重点风险点》表的风险点为一级风险，其余为二级风险' and a second sheet ``重点风险点``):
a 县自然资源局's list graded 高/中 by a sheet ``重点清单`` whose heading names its column
``风险点`` (main's reader read it as a list of its own), one key point written with other spaces
and punctuation, one the list lacks; a 县卫生健康局's list whose key sheet ``重点环节`` stands
FIRST, its note '列入《重点环节》的为一级风险点；其余为二级风险点' under the list, and its .ods
copy; a 县税务局's 对岗不对人 list graded Ⅰ级/Ⅲ级 by a note above the table ('凡在“重点风险点”表中
列出的风险点为Ⅰ级，其余的为Ⅲ级') and a tab ``Sheet2`` titled 重点风险点 in its first row, and the
same list beside a key sheet whose heading reads as a list of its own (部门/岗位/风险点/防控措施:
main's reader read its points twice, FORM_DUPLICATE). Later, in other words again: a 县水利局's key
points numbered ('1.', '2、') or several in one cell by line, and its note on a ``填表说明``
sheet (main's reader had left every level blank). Written
with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file. Near-misses an
ordinary file has, read exactly as before (the rule switched off gives the same tables): a 重点
sheet and no note; a list writing its own levels, its note pointing to a 重点 sheet
('重点风险点另见《重点风险点》表，其余按常规监督'); a note naming a 重点 list whose sheet shares
no point with the list (a 重点工作任务 sheet).
"""

from pathlib import Path

import pytest
from helpers import write_ods, write_workbook

import xlproc.collect as collect
from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, sheets: dict, name: str = "清单.xlsx"):
    inbox = tmp_path / "inbox"
    if name.endswith(".ods"):
        write_ods(inbox / name, sheets)
    else:
        write_workbook(inbox / name, sheets)
    return _collect(inbox)


def levels(got) -> list[tuple[str, str]]:
    return list(zip(got.risks["risk_point"], got.risks["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def issue(got, code: str):
    return got.issues[got.issues["code"] == code]


LAND = {
    "岗位风险点": [
        ["县自然资源局岗位廉政风险点排查表", None, None, None, None, None],
        ["序号", "股室", "岗位", "责任人", "风险点", "防控措施"],
        [1, "局领导", "局长", "濮阳嘉树", "土地出让底价由个人拍板", "底价集体研究，会议记录存档"],
        [2, "局领导", "副局长", "濮阳清和", "分管项目验收走过场", "验收实行双人签字"],
        [3, "用地股", "股长", "慕容晓岚", "违规调整建设用地规划条件", "调整条件须经规委会审议"],
        [4, "用地股", "科员", "慕容远舟", "用地报件材料把关不严", "报件材料实行清单制审核"],
        [5, "执法监察股", "股长", "濮阳星野", "对非法占地查处避重就轻、以罚代拆", "案件处理结果公开"],
        [6, "执法监察股", "科员", "慕容一苇", "巡查发现问题不上报", "巡查记录每日上传平台"],
        [7, "不动产登记中心", "主任", "濮阳听雪", "违规为不符合条件的申请人办理登记", "登记审核双岗复核"],
        ["注：纳入“局重点廉政风险点清单”的风险点定为高风险，其他风险点为中风险。", None, None, None, None, None],
    ],
    "重点清单": [
        ["县自然资源局重点廉政风险点清单", None, None, None, None],
        ["序号", "股室", "风险点", "分管领导", "监督方式"],
        [1, "局领导", "土地出让底价由个人拍板", "纪检组长", "列席会议"],
        [2, "用地股", "违规调整建设用地规划条件", "副局长", "季度抽查"],
        [3, "执法监察股", "对非法占地查处避重就轻 以罚代拆", "纪检组长", "案件评查"],
        [4, "不动产登记中心", "违规为不符合条件的申请人办理登记。", "副局长", "系统留痕"],
        [5, "财务股", "工程款拨付不按合同进度", "纪检组长", "专项审计"],
        ["经局党组会议研究确定", None, "2025年3月印发", None, None],
    ],
}  # fmt: skip

HEALTH_LIST = [
    ["县卫生健康局廉政风险点排查表", None, None, None, None, None],
    ["序号", "科室", "岗位", "姓名", "廉政风险点", "防控措施"],
    [1, "医政医管股", "股长", "皇甫沐川", "医疗机构校验放松标准", "校验结果公示"],
    [2, "医政医管股", "科员", "皇甫知秋", "医疗纠纷调处偏袒一方", "调处全程记录"],
    [3, "公共卫生股", "股长", "司徒映雪", "疫苗冷链检查流于形式", "检查结果通报"],
    [4, "公共卫生股", "科员", "司徒怀瑾", "专项经费分配不公开", "分配方案集体研究"],
    [5, "计划财务股", "会计", "皇甫若水", "药品采购回扣", "集中带量采购，全程留痕"],
    ["说明：列入《重点环节》的为一级风险点；其余为二级风险点。", None, None, None, None, None],
]  # fmt: skip
HEALTH_KEY = [
    ["重点环节风险点", None, None, None],
    ["序号", "科室", "重点环节", "监督责任人"],
    [1, "计划财务股", "药品采购回扣", "纪检组长"],
    [2, "医政医管股", "医疗机构校验放松标准", "分管副局长"],
]  # fmt: skip
HEALTH = {"重点环节": HEALTH_KEY, "风险点排查表": HEALTH_LIST}

TAX = {
    "风险点": [
        ["县税务局岗位廉政风险防控表", None, None, None, None],
        ["备注：凡在“重点风险点”表中列出的风险点为Ⅰ级，其余的为Ⅲ级。", None, None, None, None],
        ["序号", "部门", "岗位", "风险点", "防控措施"],
        [1, "征收管理股", "股长", "违规核定定额税款", "定额核定集体审议"],
        [2, "征收管理股", "税收管理员", "为纳税人虚开发票提供便利", "发票领用系统监控"],
        [3, "税政股", "股长", "税收优惠审核把关不严", "优惠审批双人复核"],
        [4, "法制股", "科员", "行政复议案件办理不公正", "复议案件集体审理"],
    ],
    "Sheet2": [
        ["重点风险点", None, None],
        ["岗位", "风险点", "监督责任人"],
        ["征收管理股税收管理员", "为纳税人虚开发票提供便利", "纪检组长"],
        ["税政股股长", "税收优惠审核把关不严", "分管副局长"],
    ],
}  # fmt: skip


def _said(got, code: str, sheet: str) -> None:
    rows = issue(got, code)
    assert len(rows) >= 1 and set(rows["source_sheet"]) == {sheet}, rows
    assert set(rows["severity"]) == {CATALOGUE[code][0]} and code in SHORT


def test_key_sheet_heading_a_point_column(tmp_path):
    got = run(tmp_path, LAND)
    assert levels(got) == [
        ("土地出让底价由个人拍板", "Ⅰ级"),
        ("分管项目验收走过场", "Ⅱ级"),
        ("违规调整建设用地规划条件", "Ⅰ级"),
        ("用地报件材料把关不严", "Ⅱ级"),
        ("对非法占地查处避重就轻、以罚代拆", "Ⅰ级"),
        ("巡查发现问题不上报", "Ⅱ级"),
        ("违规为不符合条件的申请人办理登记", "Ⅰ级"),
    ]
    # the key sheet gives no points and no holders (its 分管领导 are posts)
    assert set(got.risks["source_sheet"]) == {"岗位风险点"}
    assert not {"纪检组长", "副局长"} & set(got.posts["person"])
    _said(got, "LEVELS_BY_KEY_LIST", "岗位风险点")
    assert list(issue(got, "LEVELS_BY_KEY_LIST")["cell"]) == ["A10"]
    # the key point the list lacks: a warning at its cell
    _said(got, "KEY_POINT_NOT_LISTED", "重点清单")
    assert list(issue(got, "KEY_POINT_NOT_LISTED")["cell"]) == ["C7"]
    assert "LEVEL_BLANK" not in codes(got)


@pytest.mark.parametrize("name", ["卫健局.xlsx", "卫健局.ods"])
def test_key_sheet_first_and_an_ods_copy(tmp_path, name):
    got = run(tmp_path, HEALTH, name)
    assert levels(got) == [
        ("医疗机构校验放松标准", "Ⅰ级"),
        ("医疗纠纷调处偏袒一方", "Ⅱ级"),
        ("疫苗冷链检查流于形式", "Ⅱ级"),
        ("专项经费分配不公开", "Ⅱ级"),
        ("药品采购回扣", "Ⅰ级"),
    ]
    assert set(got.risks["source_sheet"]) == {"风险点排查表"}
    _said(got, "LEVELS_BY_KEY_LIST", "风险点排查表")
    assert list(issue(got, "LEVELS_BY_KEY_LIST")["cell"]) == ["A8"]
    assert not {"KEY_POINT_NOT_LISTED", "LEVEL_BLANK", "SHEET_NO_TABLE"} & codes(got)


def test_note_above_the_table_and_a_plain_tab(tmp_path):
    got = run(tmp_path, TAX)
    assert levels(got) == [
        ("违规核定定额税款", "Ⅲ级"),
        ("为纳税人虚开发票提供便利", "Ⅰ级"),
        ("税收优惠审核把关不严", "Ⅰ级"),
        ("行政复议案件办理不公正", "Ⅲ级"),
    ]
    assert set(got.risks["source_sheet"]) == {"风险点"}
    _said(got, "LEVELS_BY_KEY_LIST", "风险点")
    assert list(issue(got, "LEVELS_BY_KEY_LIST")["cell"]) == ["A2"]
    assert not {"KEY_POINT_NOT_LISTED", "LEVEL_BLANK", "SHEET_NO_TABLE"} & codes(got)


def test_key_sheet_read_as_a_list_of_its_own(tmp_path):
    # a key sheet whose heading reads as a list (部门/岗位/风险点/防控措施): before, its points
    # were read a second time, of its posts, Ⅰ级 by its tab (FORM_DUPLICATE)
    key = [
        ["县税务局重点廉政风险点", None, None, None, None, None],
        ["序号", "部门", "岗位", "风险点", "防控措施", "监督责任人"],
        [1, "征收管理股", "税收管理员", "为纳税人虚开发票提供便利", "发票领用系统监控", "纪检组长"],
        [2, "税政股", "股长", "税收优惠审核把关不严", "优惠审批双人复核", "分管副局长"],
    ]  # fmt: skip
    got = run(tmp_path, {"风险点": TAX["风险点"], "重点风险点": key})
    assert [lv for _p, lv in levels(got)] == ["Ⅲ级", "Ⅰ级", "Ⅰ级", "Ⅲ级"]
    assert set(got.risks["source_sheet"]) == {"风险点"} and len(got.posts) == 4
    _said(got, "LEVELS_BY_KEY_LIST", "风险点")
    assert not {"FORM_DUPLICATE", "LEVEL_BLANK", "KEY_POINT_NOT_LISTED"} & codes(got)


def _as_before(tmp_path: Path, monkeypatch, sheets: dict) -> None:
    """The file reads exactly as with the rule switched off."""
    got = run(tmp_path / "on", sheets)
    monkeypatch.setattr(collect, "_levels_by_key_list", lambda *a: None)
    before = run(tmp_path / "off", sheets)
    assert got.risks.equals(before.risks) and got.posts.equals(before.posts)
    assert got.issues.equals(before.issues)
    assert not {"LEVELS_BY_KEY_LIST", "KEY_POINT_NOT_LISTED"} & codes(got)


def test_key_sheet_without_the_note_reads_as_before(tmp_path, monkeypatch):
    sheets = {"岗位风险点": LAND["岗位风险点"][:-1], "重点清单": LAND["重点清单"]}
    _as_before(tmp_path, monkeypatch, sheets)


def test_list_writing_its_own_levels_reads_as_before(tmp_path, monkeypatch):
    rows = [r[:5] + ["高" if r[0] in (1, 3) else "低"] + r[5:] for r in HEALTH_LIST[2:-1]]
    own = [
        HEALTH_LIST[0] + [None],
        ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
        *rows,
        ["注：重点风险点另见《重点环节》表，其余风险点按常规监督。", None, None, None, None, None, None],
    ]  # fmt: skip
    _as_before(tmp_path, monkeypatch, {"重点环节": HEALTH_KEY, "风险点排查表": own})
    got = run(tmp_path / "again", {"重点环节": HEALTH_KEY, "风险点排查表": own})
    assert [lv for _p, lv in levels(got)] == ["Ⅰ级", "Ⅲ级", "Ⅰ级", "Ⅲ级", "Ⅲ级"]


def test_key_list_of_other_words_reads_as_before(tmp_path, monkeypatch):
    tasks = [
        ["县税务局2025年重点工作任务", None, None],
        ["序号", "重点工作", "牵头部门"],
        [1, "推进非接触式办税服务", "征收管理股"],
        [2, "开展税收优惠政策落实专项检查", "税政股"],
    ]  # fmt: skip
    _as_before(tmp_path, monkeypatch, {"风险点": TAX["风险点"], "重点工作": tasks})


WATER_LIST = [
    ["县水利局岗位廉政风险点排查表"],
    ["序号", "股室", "岗位", "姓名", "廉政风险点", "防控措施"],
    [1, "工程股", "股长", "上官霁", "工程变更签证把关不严", "变更集体研究"],
    [2, "工程股", "科员", "上官澈", "隐蔽工程验收走过场", "验收影像留存"],
    [3, "水政股", "股长", "欧阳珩", "河道采砂许可违规审批", "许可结果公示"],
    [4, "财务股", "会计", "欧阳翊", "项目资金拨付不按进度", "拨付会签"],
]  # fmt: skip
WATER_NOTE = "列入《重点风险点》的为一级风险，其余为二级风险。"
WATER_LEVELS = [
    ("工程变更签证把关不严", "Ⅰ级"),
    ("隐蔽工程验收走过场", "Ⅱ级"),
    ("河道采砂许可违规审批", "Ⅰ级"),
    ("项目资金拨付不按进度", "Ⅱ级"),
]


@pytest.mark.parametrize(
    "key",
    [
        [
            ["重点风险点"],
            ["序号", "重点风险点"],
            [1, "1.工程变更签证把关不严；"],
            [2, "2、河道采砂许可违规审批"],
        ],
        [["重点风险点"], ["1.工程变更签证把关不严\n2.河道采砂许可违规审批"]],
    ],
    ids=["numbered", "one-cell"],
)
def test_key_points_numbered_or_in_one_cell(tmp_path, key):
    got = run(tmp_path, {"排查表": WATER_LIST + [[f"注：{WATER_NOTE}"]], "重点风险点": key})
    assert levels(got) == WATER_LEVELS
    assert list(issue(got, "LEVELS_BY_KEY_LIST")["cell"]) == ["A7"]
    assert not {"LEVEL_BLANK", "SHEET_NO_TABLE", "KEY_POINT_NOT_LISTED"} & codes(got)


def test_the_note_on_an_instructions_sheet(tmp_path):
    notes = [["填表说明"], ["1.本表由各股室填写。"], [f"2.{WATER_NOTE}"]]
    key = [
        ["重点风险点"],
        ["序号", "风险点"],
        [1, "工程变更签证把关不严"],
        [2, "河道采砂许可违规审批"],
    ]
    got = run(tmp_path, {"填表说明": notes, "排查表": WATER_LIST, "重点风险点": key})
    assert levels(got) == WATER_LEVELS
    said = issue(got, "LEVELS_BY_KEY_LIST")
    assert list(said["source_sheet"]) == ["填表说明"] and list(said["cell"]) == ["A3"]
