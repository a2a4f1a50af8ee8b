"""A list with NO level column whose points each name their item in a column (工程项目, 资金项目,
工作事项 …), a note banding the levels by an AMOUNT ('1000万元（含）以上的为高风险，200万元（含）至
1000万元的为中风险，200万元以下的为低风险'), and the amounts themselves on ANOTHER SHEET, one item a
row in its own order ('工程项目 | 建设单位 | 总投资（万元）'): each point's item is found there by
its value (as written, else without spaces and brackets; never by the 序号), its amount banded by
the note — one info LEVEL_BY_JOINED_AMOUNT on the amounts' heading; a point whose item the sheet
lacks keeps a blank level with a warning JOINED_AMOUNT_MISSING at its item's cell; an amount that
is no number or in no band a warning JOINED_AMOUNT_UNBANDED at the amount's cell. Before, the
reader banded only an amount column of the list itself (LEVEL_BY_AMOUNT_BANDS) and joined other
sheets by value only where they gave a level: every point came out with no level.

Not the published batch's file (batch956: a 学生资助管理中心's ``资助项目`` with the year's funds on
a sheet ``资助项目资金``): a 县住房和城乡建设局's ``工程项目`` with ``总投资（万元）`` on a sheet
``项目投资`` under 项目编号 codes and a 合计 row, banded 高/中/低; a 县民政局's ``资金项目`` whose
budgets stand on the FIRST sheet under another heading (``项目名称 | 预算金额（元）``, no 序号, in 元
against a note in 万元, one name written with a space), banded 一级/二级/三级 — and its .ods copy; a
县农业农村局's ``工作事项`` whose note stands under the amounts' sheet (``补贴资金（万元）``), one
事项 missing there and one amount ``待核定``. Written with xlsxwriter / odfpy (tests/helpers.py)
and read back as ``collect_inbox`` reads a file.

Later, in other words again: a 县交通运输局's ``建设项目`` whose note is written band by band on
lines under the list (no rows outside the table), whose amounts' sheet has two amounts
(``总投资 | 已完成投资``: the one the note names) and an item listed twice with one amount; the same
note on a ``填表说明`` sheet.

Near-misses an ordinary file has, read exactly as before (and, later: bands in 万元 against an
amount in 亩, two amounts the note names neither of): a list WITH a level column beside a
sheet of its projects' amounts (the amounts are data), a list with no level column beside an
amounts sheet and no note banding them (levels left blank, LEVEL_BLANK), and a banding note
beside an amounts sheet whose items the list never names.
"""

from pathlib import Path

from helpers import write_ods, write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, ITEMS, SHORT

NEW = {"LEVEL_BY_JOINED_AMOUNT", "JOINED_AMOUNT_MISSING", "JOINED_AMOUNT_UNBANDED"}


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, sheets: dict, name: str = "清单.xlsx"):
    inbox = tmp_path / "inbox"
    if name.endswith(".ods"):
        write_ods(inbox / name, sheets)
    else:
        write_workbook(inbox / name, sheets, {})
    return _collect(inbox)


def levels(got) -> list[tuple[str, str]]:
    return list(zip(got.risks["risk_point"], got.risks["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def issue(got, code: str):
    return got.issues[got.issues["code"] == code]


BUILDING = {
    "风险点": [
        ["县住房和城乡建设局岗位廉政风险点一览表", None, None, None, None, None, None],
        ["序号", "股室", "岗位", "姓名", "工程项目", "廉政风险点", "防控措施"],
        [1, "局领导", "局长", "韦澜舟", "城区老旧小区改造", "干预施工单位选定", "招标全程进场交易。"],
        [2, "建设管理股", "股长", "韦澜舟", "县城污水管网延伸", "隐蔽工程验收走过场", "验收影像留存。"],
        [3, "建设管理股", "科员", "蒯听松", "城区老旧小区改造", "工程量签证虚增", "签证三方会签。"],
        [4, "质量安全站", "站长", "蒯听松", "乡镇公厕新建", "质量检测报告造假", "检测机构随机抽取。"],
        [5, "质量安全站", "检测员", "韦疏桐", "背街小巷路灯安装", "材料抽检降低标准", "抽检双人见证。"],
        ["注：风险等级按所涉工程项目总投资确定：1000万元（含）以上的为高风险，200万元（含）至1000万元的"
         "为中风险，200万元以下的为低风险。", None, None, None, None, None, None],
    ],
    "项目投资": [
        ["2025年县本级城建项目投资计划", None, None, None],
        ["项目编号", "工程项目", "建设单位", "总投资（万元）"],
        ["JS-01", "背街小巷路灯安装", "县市政所", 86.5],
        ["JS-02", "县城污水管网延伸", "县住建局", 640],
        ["JS-03", "城区老旧小区改造", "县住建局", 2310],
        ["JS-04", "乡镇公厕新建", "各乡镇", 150],
        ["合计", None, None, 3186.5],
    ],
}  # fmt: skip


def test_project_investments_banded_on_another_sheet(tmp_path):
    got = run(tmp_path, BUILDING)
    assert levels(got) == [
        ("干预施工单位选定", "Ⅰ级"),
        ("隐蔽工程验收走过场", "Ⅱ级"),
        ("工程量签证虚增", "Ⅰ级"),
        ("质量检测报告造假", "Ⅲ级"),
        ("材料抽检降低标准", "Ⅲ级"),
    ]
    said = issue(got, "LEVEL_BY_JOINED_AMOUNT")
    assert list(said["source_sheet"]) == ["项目投资"] and list(said["cell"]) == ["D2"]
    assert list(said["severity"]) == [CATALOGUE["LEVEL_BY_JOINED_AMOUNT"][0]]
    assert not {"LEVEL_BLANK", "JOINED_AMOUNT_MISSING", "JOINED_AMOUNT_UNBANDED"} & codes(got)


CIVIL = {
    "预算": [
        ["项目名称", "主管股室", "预算金额（元）"],
        ["城乡低保金", "社会救助股", 8260000],
        ["临时救助", "社会救助股", 420000],
        ["殡葬惠民补助", "社会事务股", 35000],
        ["高龄津贴", "养老服务股", 1350000],
    ],
    "一览表": [
        ["序号", "股室", "职务", "姓名", "资金项目", "风险点", "防控措施"],
        [1, "社会救助股", "股长", "邬既白", "城乡低保金", "低保对象认定优亲厚友", "入户调查，公示。"],
        [2, "社会救助股", "科员", "邬既白", "临时救助", "临时救助重复发放", "系统比对。"],
        [3, "社会事务股", "股长", "芮映川", "殡葬惠民补助", "补助对象审核不严", "火化证明核验。"],
        [4, "养老服务股", "科员", "芮映川", "高龄 津贴", "死亡人员津贴未停发", "每月比对死亡数据。"],
        ["注：按资金项目年度预算划分风险等级，50万元以上为一级，10万元至50万元为二级，不足10万元为三级。",
         None, None, None, None, None, None],
    ],
}  # fmt: skip
CIVIL_LEVELS = ["Ⅰ级", "Ⅱ级", "Ⅲ级", "Ⅰ级"]


def test_budgets_in_yuan_on_the_first_sheet_under_another_heading(tmp_path):
    got = run(tmp_path, CIVIL)
    assert [lv for _p, lv in levels(got)] == CIVIL_LEVELS
    said = issue(got, "LEVEL_BY_JOINED_AMOUNT")
    assert list(said["source_sheet"]) == ["预算"] and list(said["cell"]) == ["C1"]
    assert not {"LEVEL_BLANK", "JOINED_AMOUNT_MISSING"} & codes(got)


def test_budgets_in_an_ods_copy(tmp_path):
    got = run(tmp_path, CIVIL, "民政局.ods")
    assert [lv for _p, lv in levels(got)] == CIVIL_LEVELS
    assert "LEVEL_BY_JOINED_AMOUNT" in codes(got)


FARMING = {
    "清单": [
        ["县农业农村局廉政风险防控清单", None, None, None, None, None],
        ["序号", "岗位", "责任人", "工作事项", "风险点", "防控措施"],
        [1, "计财股股长", "甄远帆", "耕地地力保护补贴", "补贴面积虚报冒领", "卫星遥感比对。"],
        [2, "计财股会计", "甄远帆", "农机购置补贴", "补贴机具核验不到现场", "现场拍照上传。"],
        [3, "畜牧站站长", "晏望川", "动物防疫补助", "防疫物资采购指定供应商", "政府采购。"],
        [4, "畜牧站防疫员", "晏栖梧", "草原生态奖补", "奖补面积核定不实", "村级公示。"],
        [5, "执法大队队员", "晏栖梧", "农资打假", "查处案件徇私枉法", "案件集体审议。"],
    ],
    "事项资金": [
        ["序号", "工作事项", "补贴资金（万元）"],
        [1, "农机购置补贴", 96],
        [2, "耕地地力保护补贴", 1280],
        [3, "草原生态奖补", "待核定"],
        [4, "动物防疫补助", 55.4],
        ["说明：补贴资金300万元及以上的事项为Ⅰ级风险，50万元（含）—300万元为Ⅱ级风险，低于50万元为Ⅲ级风险。",
         None, None],
    ],
}  # fmt: skip


def test_note_under_the_amounts_an_item_missing_and_an_amount_unread(tmp_path):
    got = run(tmp_path, FARMING)
    assert levels(got) == [
        ("补贴面积虚报冒领", "Ⅰ级"),
        ("补贴机具核验不到现场", "Ⅱ级"),
        ("防疫物资采购指定供应商", "Ⅱ级"),
        ("奖补面积核定不实", ""),
        ("查处案件徇私枉法", ""),
    ]
    assert len(issue(got, "LEVEL_BY_JOINED_AMOUNT")) == 1
    missing = issue(got, "JOINED_AMOUNT_MISSING")
    said = missing[["source_sheet", "cell", "value"]].values.tolist()
    assert said == [["清单", "D7", "农资打假"]]
    unread = issue(got, "JOINED_AMOUNT_UNBANDED")
    said = unread[["source_sheet", "cell", "value"]].values.tolist()
    assert said == [["事项资金", "C4", "待核定"]]
    for code in ("JOINED_AMOUNT_MISSING", "JOINED_AMOUNT_UNBANDED"):
        assert set(issue(got, code)["severity"]) == {CATALOGUE[code][0]} != {"info"}


def test_a_level_column_on_the_list_read_as_before(tmp_path):
    rows = [list(r) for r in BUILDING["风险点"]]
    rows[1].insert(6, "风险等级")
    for r, lv in zip(rows[2:7], ["中", "中", "低", "高", "低"], strict=True):
        r.insert(6, lv)
    rows[7].insert(6, None)
    got = run(tmp_path, {"风险点": rows, "项目投资": BUILDING["项目投资"]})
    assert [lv for _p, lv in levels(got)] == ["Ⅱ级", "Ⅱ级", "Ⅲ级", "Ⅰ级", "Ⅲ级"]
    assert not NEW & codes(got)


def test_amounts_and_no_banding_note_read_as_before(tmp_path):
    rows = [list(r) for r in BUILDING["风险点"]]
    rows[7][0] = "注：各项目投资情况见《项目投资》表。"
    got = run(tmp_path, {"风险点": rows, "项目投资": BUILDING["项目投资"]})
    assert [lv for _p, lv in levels(got)] == [""] * 5
    assert len(issue(got, "LEVEL_BLANK")) == 5
    assert not NEW & codes(got)


def test_banding_note_and_an_amounts_sheet_of_other_items_read_as_before(tmp_path):
    budget = [
        ["序号", "支出科目", "金额（万元）"],
        [1, "办公经费", 42.0],
        [2, "差旅费", 18.5],
        [3, "公务用车运行维护费", 9.6],
    ]
    got = run(tmp_path, {"风险点": BUILDING["风险点"], "部门预算": budget})
    assert [lv for _p, lv in levels(got)] == [""] * 5
    assert not NEW & codes(got)


def test_codes_catalogued():
    for code in NEW:
        assert code in CATALOGUE and code in SHORT and ITEMS[code] == "风险级别"
    assert CATALOGUE["LEVEL_BY_JOINED_AMOUNT"][0] == "info"


ROADS_LIST = [
    ["县交通运输局岗位廉政风险点一览表"],
    ["序号", "股室", "岗位", "姓名", "建设项目", "廉政风险点", "防控措施"],
    [1, "建设股", "股长", "韦澜舟", "农村公路安防工程", "干预施工单位选定", "进场交易。"],
    [2, "建设股", "科员", "蒯听松", "县乡道路面改造", "工程量签证虚增", "三方会签。"],
    [3, "养护股", "股长", "韦疏桐", "桥梁日常养护", "养护工程验收走过场", "影像留存。"],
]  # fmt: skip
ROADS_AMOUNTS = [
    ["项目名称", "建设地点", "总投资（万元）", "已完成投资（万元）"],
    ["农村公路安防工程", "全县", 1560, 300],
    ["县乡道路面改造", "城关镇", 420, 420],
    ["桥梁日常养护", "全县", 65, 10],
    ["县乡道路面改造", "城关镇", 420, 420],
]  # fmt: skip
ROADS_LEVELS = [
    ("干预施工单位选定", "Ⅰ级"),
    ("工程量签证虚增", "Ⅱ级"),
    ("养护工程验收走过场", "Ⅲ级"),
]
ROADS_NOTE = (
    "风险等级按所涉建设项目总投资确定：1000万元（含）以上为一级风险，200万元（含）至1000万元为二级风险，"
    "200万元以下为三级风险。"
)


def test_the_note_band_by_band_under_the_list_two_amounts_an_item_listed_twice(tmp_path):
    lines = [
        ["注：风险等级按所涉建设项目总投资划分："],
        ["一级风险：总投资1000万元（含）以上；"],
        ["二级风险：总投资200万元（含）至1000万元；"],
        ["三级风险：总投资200万元以下。"],
    ]
    got = run(tmp_path, {"一览表": ROADS_LIST + lines, "项目": ROADS_AMOUNTS})
    assert levels(got) == ROADS_LEVELS
    # (the amount the note names, of two; the band lines no rows outside the table)
    assert list(issue(got, "LEVEL_BY_JOINED_AMOUNT")["cell"]) == ["C1"]
    assert not {"ROW_UNPLACED", "LEVEL_BLANK", "JOINED_AMOUNT_UNBANDED"} & codes(got)


def test_the_note_on_an_instructions_sheet(tmp_path):
    notes = [["填表说明"], ["1.本表由各股室填写，分管领导审核。"], [f"2.{ROADS_NOTE}"]]
    got = run(tmp_path, {"填表说明": notes, "一览表": ROADS_LIST, "项目": ROADS_AMOUNTS})
    assert levels(got) == ROADS_LEVELS
    assert "LEVEL_BLANK" not in codes(got)


def test_bands_in_money_against_an_amount_of_another_kind_read_as_before(tmp_path):
    acres = [["项目名称", "占地面积（亩）"], ["农村公路安防工程", 1560], ["县乡道路面改造", 420],
             ["桥梁日常养护", 65]]  # fmt: skip
    got = run(tmp_path, {"一览表": ROADS_LIST + [[f"注：{ROADS_NOTE}"]], "项目": acres})
    assert [lv for _p, lv in levels(got)] == ["", "", ""]  # (亩 are no 万元: nothing invented)
    assert "LEVEL_BY_JOINED_AMOUNT" not in codes(got) and "LEVEL_BLANK" in codes(got)
    # and two amounts the note names neither of: no guess between them
    two = [["项目名称", "中央资金（万元）", "地方资金（万元）"], ["农村公路安防工程", 1560, 30],
           ["县乡道路面改造", 420, 20], ["桥梁日常养护", 65, 5]]  # fmt: skip
    got = run(tmp_path / "two", {"一览表": ROADS_LIST + [[f"注：{ROADS_NOTE}"]], "项目": two})
    assert "LEVEL_BY_JOINED_AMOUNT" not in codes(got)
