"""A list with NO level column whose points carry codes (``风险编号``, ``编号``, ``风险编码``: 'R01',
'1-2', 'SL-03') and, on ANOTHER sheet, a 风险坐标图 (风险矩阵) of those codes: one factor's grades
down (发生可能性 高/中/低, 5…1, 很可能/可能/偶尔), the other's across (影响程度 大/中/小, 1…5,
严重/较大/一般), each cell listing the codes that stand there ('1-1、2-3'), and a note (under the
grid, or under the list) grading the cells: by the cells it names ('可能性为很可能且影响程度为严重、
较大的为高风险…其余为低风险'), or by bands of the product of the two grades ('风险值=可能性×影响
程度，15及以上为一级…'). Each point takes the level of the cell its code stands in (info
LEVEL_BY_RISK_GRID); the grid is no list of its own. Nothing is guessed: a code in no cell
(RISK_GRID_CODE_UNPLACED) or in two (RISK_GRID_CODE_TWICE), a cell the note does not grade
(RISK_GRID_CELL_UNGRADED) keep the level blank, warned at the cell; a grid code the list lacks is
said (RISK_GRID_CODE_UNLISTED). Before, the grid sheet was passed over without a word and every
point came out with no level (LEVEL_BLANK).

Not the published batch's file (batch964: a 人民医院's ``R01``… list and a 3×3 ``风险坐标图`` of
高/中/低 by 小/中/大 under a note naming each zone's cells): a 县交通运输局's ``编号`` '1-1'… and a 5×5
``风险矩阵`` of scores 5…1 by 1…5 graded by the product's bands, and its .ods copy; a 县水利局's
``风险编码`` 'SL-01'… with the grid TRANSPOSED (影响程度 down as 严重/较大/一般 beside a merged name,
发生可能性 across as 偶尔/可能/很可能 under a merged name) and the note under the LIST; a 县统计局's
list whose grid misses a code, holds another twice, names a code the list lacks and whose note
leaves a zone ungraded, and the same grid with no note at all; a 县市场监督管理局's list of 序号
only, its grid of those numbers graded by a 3×3 map's corners ('右上角三格…对角线三格…'); a
县林业和草原局's list in two sheets (班子成员 'A1'…, 股室 'B1'…) and one 风险矩阵 of both, its axes
named over the grades across and beside the grades down, 一般/较大/重大 by 很可能/可能/偶尔. Written with xlsxwriter (tests/helpers.py) and read back as
``collect_inbox`` reads a file. Near-misses read exactly as before: a grid of COUNTS of the
points (a 风险分布统计), a heat-map of 科室 by likelihood and impact, a list with its own 风险等级
column beside a grid of its codes, two lists each numbered from 1 beside one grid of numbers
(whose 1?), and a 填表说明 sheet naming 可能性 and 影响 with no grid.

Later, in other words again: a 县应急管理局's note written over several lines under the LIST, each
line naming its level first and its colour ('（1）一级风险（红色区域）：可能性高，且影响程度较大或
一般；'), its last line naming no factor ('（3）余下各格为三级。': it had been left out, and two
cells with it); the same note on a 填表说明 sheet with its zones in brackets ('红区（可能性高且影响
程度较大、一般）为一级风险'); and a clause whose cells are not read ('可能性高的同时影响程度…')
no longer leaves them to '其余为三级风险' (they had been graded 三级): blank and warned. A
县住建局's codes typed full-width or spaced in the list ('ＺＪ０１', 'ＺＪ－０３', 'ZJ 04') and lower
case in the grid ('zj01'), its likelihood written with its verb ('频繁发生 | 有时发生 | 很少发生')
and its impact '轻 | 中 | 重': the grid had not been read, every level left blank. A
县发改局's grid with no note, graded by a 风险等级判定矩阵 printed on a sheet of its own, transposed
and its grades in another order (every cell had been ungraded); a matrix of scores where the
grid writes words, or one whose corner names no factor where reading it either way differs,
grades nothing, as before.
"""

from pathlib import Path

from helpers import write_ods, write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

NEW = {
    "LEVEL_BY_RISK_GRID",
    "RISK_GRID_CODE_UNPLACED",
    "RISK_GRID_CODE_TWICE",
    "RISK_GRID_CELL_UNGRADED",
    "RISK_GRID_CODE_UNLISTED",
}


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, sheets: dict, merges: dict | None = None, name: str = "清单.xlsx"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / name, sheets, merges or {})
    return _collect(inbox)


def levels(got) -> list[tuple[str, str]]:
    return list(zip(got.risks["risk_point"], got.risks["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def issue(got, code: str):
    return got.issues[got.issues["code"] == code]


# a 交通运输局's list: 编号 by 股室 ('1-1'), no level column; a 5×5 matrix of scores on its own sheet
TRANSPORT = [
    ["XX县交通运输局岗位廉政风险点登记表"],
    ["编号", "股室", "岗位", "姓名", "廉政风险点", "防控措施"],
    ["1-1", "局领导", "局长", "甄澍岚", "农村公路建设项目招标打招呼", "招标全程进交易平台。"],
    ["1-2", "局领导", "局长", "甄澍岚", "养护资金分配个人说了算", "资金分配局务会研究。"],
    ["2-1", "建设股", "股长", "覃翊沣", "工程计量签证虚增工程量", "计量监理、业主双签。"],
    ["2-2", "建设股", "股长", "覃翊沣", "隐蔽工程验收不到场", "验收留存影像资料。"],
    ["3-1", "运管股", "科员", "甄璎", "客运线路经营许可把关不严", "许可结果网上公示。"],
    ["3-2", "运管股", "科员", "甄璎", "超限超载处罚降格处理", "处罚裁量集体讨论。"],
]
MATRIX = [
    ["廉政风险矩阵"],
    ["可能性＼影响程度", "1", "2", "3", "4", "5"],
    ["5", None, None, "2-2", "1-1", None],
    ["4", None, "3-2", None, "2-1", None],
    ["3", None, None, None, None, "1-2"],
    ["2", None, "3-1", None, None, None],
    ["1", None, None, None, None, None],
    [
        "说明：风险值=可能性×影响程度；风险值15及以上为一级风险，8～14为二级风险，7及以下为三级风险。"
    ],
]
TRANSPORT_LEVELS = [
    ("农村公路建设项目招标打招呼", "Ⅰ级"),  # 5 × 4 = 20
    ("养护资金分配个人说了算", "Ⅰ级"),  # 3 × 5 = 15
    ("工程计量签证虚增工程量", "Ⅰ级"),  # 4 × 4 = 16
    ("隐蔽工程验收不到场", "Ⅰ级"),  # 5 × 3 = 15
    ("客运线路经营许可把关不严", "Ⅲ级"),  # 2 × 2 = 4
    ("超限超载处罚降格处理", "Ⅱ级"),  # 4 × 2 = 8
]


def test_a_five_by_five_matrix_of_scores_graded_by_the_product(tmp_path):
    got = run(tmp_path, {"登记表": TRANSPORT, "风险矩阵": MATRIX}, {"登记表": ["A1:F1"]})
    assert levels(got) == TRANSPORT_LEVELS
    assert "LEVEL_BLANK" not in codes(got)
    info = issue(got, "LEVEL_BY_RISK_GRID")
    assert len(info) == 1 and info.iloc[0]["source_sheet"] == "登记表"
    assert info.iloc[0]["severity"] == "info"
    message = info.iloc[0]["message"]
    assert "风险矩阵" in message and "分值" in message and "1-1" in message
    assert not codes(got) & (NEW - {"LEVEL_BY_RISK_GRID"})
    # the grid is no list: no form, no point, no stray row of it
    assert set(got.risks["source_sheet"]) == {"登记表"}
    assert not len(got.issues[got.issues["source_sheet"] == "风险矩阵"])
    assert len(got.posts) == 3


def test_the_same_matrix_in_an_ods_copy(tmp_path):
    inbox = tmp_path / "inbox"
    write_ods(inbox / "清单.ods", {"登记表": TRANSPORT, "风险矩阵": MATRIX})
    got = _collect(inbox)
    assert levels(got) == TRANSPORT_LEVELS
    assert "LEVEL_BY_RISK_GRID" in codes(got) and "LEVEL_BLANK" not in codes(got)


# a 水利局's list: 风险编码 'SL-01', the grid transposed (影响程度 down, merged beside its grades;
# 发生可能性 across, merged under its grades), the note under the LIST
WATER = [
    ["XX县水利局廉政风险防控清单"],
    ["风险编码", "科室", "岗位", "姓名", "廉政风险点", "防控措施"],
    ["SL-01", "局领导", "副局长", "宓沄", "河道采砂许可违规审批", "许可经局党组研究。"],
    ["SL-02", "水政监察大队", "队长", "宓沄", "非法采砂查处通风报信", "查处行动临时通知。"],
    ["SL-03", "工程股", "股长", "湛翀", "水利工程质量验收放水", "验收邀请质监站参加。"],
    ["SL-04", "工程股", "股长", "湛翀", "农村饮水工程材料以次充好", "材料进场抽检。"],
    ["SL-05", "财务股", "会计", "宓璟", "防汛物资采购虚开发票", "采购三家比价。"],
    [
        "注：风险等级按《风险坐标图》确定：发生可能性为很可能且影响程度为严重、较大的，以及可能性为可能且"
        "影响程度为严重的，为一级风险；可能性为很可能且影响程度一般、可能性为可能且影响程度较大、可能性为"
        "偶尔且影响程度严重的，为二级风险；其余为三级风险。"
    ],
]
WATER_GRID = [
    ["风险坐标图（格内为风险编码）"],
    [None, None, None, None, None],
    [None, "严重", "SL-05", "SL-01", None],
    ["影响程度", "较大", None, "SL-03", "SL-02"],
    [None, "一般", "SL-04", None, None],
    [None, None, "偶尔", "可能", "很可能"],
    [None, None, "发生可能性", None, None],
]


def test_a_transposed_grid_of_words_and_the_note_under_the_list(tmp_path):
    got = run(
        tmp_path,
        {"清单": WATER, "风险坐标图": WATER_GRID},
        {"清单": ["A1:F1", "A8:F8"], "风险坐标图": ["A3:A5", "C7:E7"]},
    )
    assert levels(got) == [
        ("河道采砂许可违规审批", "Ⅰ级"),  # 可能 × 严重
        ("非法采砂查处通风报信", "Ⅰ级"),  # 很可能 × 较大
        ("水利工程质量验收放水", "Ⅱ级"),  # 可能 × 较大
        ("农村饮水工程材料以次充好", "Ⅲ级"),  # 偶尔 × 一般: the rest
        ("防汛物资采购虚开发票", "Ⅱ级"),  # 偶尔 × 严重
    ]
    assert "LEVEL_BY_RISK_GRID" in codes(got) and "LEVEL_BLANK" not in codes(got)
    assert not codes(got) & (NEW - {"LEVEL_BY_RISK_GRID"})
    assert set(got.risks["source_sheet"]) == {"清单"}
    # (the 风险编码 column is the codes' column, though no 编号 heading names it)
    assert issue(got, "LEVEL_BY_RISK_GRID").iloc[0]["cell"] == "A2"


# a 统计局's list, its grid missing 'TJ4', holding 'TJ5' twice and 'TJ9' the list lacks, and a
# note grading the red and the yellow zones only
STATS = [
    ["XX县统计局廉政风险点排查表"],
    ["风险编号", "岗位", "姓名", "廉政风险点", "防控措施"],
    ["TJ1", "局长", "晏霂", "统计数据造假授意", "数据质量终身负责。"],
    ["TJ2", "局长", "晏霂", "统计执法检查选择性执法", "检查对象随机抽取。"],
    ["TJ3", "统计员", "晏琤", "普查经费虚列支出", "经费支出凭据审核。"],
    ["TJ4", "统计员", "晏琤", "调查对象信息泄露", "信息系统分级授权。"],
    ["TJ5", "统计员", "晏琤", "数据审核把关不严", "审核双人复核。"],
    ["TJ6", "统计员", "晏琤", "统计执法处罚不公", "处罚结果公示。"],
]
STATS_GRID = [
    ["廉政风险坐标图"],
    ["发生可能性＼影响程度", "小", "中", "大"],
    ["高", None, "TJ2", "TJ1"],
    ["中", "TJ5", "TJ3、TJ5", "TJ9"],
    ["低", "TJ6", None, None],
    ["注：可能性高且影响程度大、中的为一级风险；可能性中且影响程度大、中的为二级风险。"],
]


def test_a_code_in_no_cell_in_two_cells_and_a_zone_left_ungraded(tmp_path):
    got = run(tmp_path, {"排查表": STATS, "坐标图": STATS_GRID})
    assert levels(got) == [
        ("统计数据造假授意", "Ⅰ级"),
        ("统计执法检查选择性执法", "Ⅰ级"),
        ("普查经费虚列支出", "Ⅱ级"),
        ("调查对象信息泄露", ""),  # in no cell
        ("数据审核把关不严", ""),  # in two cells
        ("统计执法处罚不公", ""),  # in a cell the note does not grade
    ]
    unplaced = issue(got, "RISK_GRID_CODE_UNPLACED")
    assert list(unplaced["cell"]) == ["A6"] and list(unplaced["source_sheet"]) == ["排查表"]
    assert set(unplaced["severity"]) == {"warning"}
    twice = issue(got, "RISK_GRID_CODE_TWICE")
    assert list(twice["cell"]) == ["A7"] and "B4、C4" in twice.iloc[0]["message"]
    ungraded = issue(got, "RISK_GRID_CELL_UNGRADED")
    assert list(ungraded["cell"]) == ["B5"] and list(ungraded["source_sheet"]) == ["坐标图"]
    assert "TJ6" in ungraded.iloc[0]["message"] and "“低”" in ungraded.iloc[0]["message"]
    unlisted = issue(got, "RISK_GRID_CODE_UNLISTED")
    assert list(unlisted["cell"]) == ["D4"] and unlisted.iloc[0]["value"] == "TJ9"
    assert "LEVEL_BY_RISK_GRID" in codes(got)
    # the three left blank are each said as blank too (as any blank level)
    assert len(issue(got, "LEVEL_BLANK")) == 3


# a 市场监管局's list of 序号 only, its grid of those numbers graded by a 3×3 map's corners
MARKET = [
    ["XX县市场监督管理局廉政风险排查表"],
    ["序号", "股室", "岗位", "姓名", "廉政风险点", "防控措施"],
    [1, "局领导", "局长", "汲昉", "食品生产许可审批打招呼", "许可经审委会研究。"],
    [2, "局领导", "局长", "汲昉", "行政处罚案件说情干预", "干预登记报告。"],
    [3, "稽查大队", "执法员", "汲湉", "抽检样品调包、结果造假", "抽检全程录像。"],
    [4, "稽查大队", "执法员", "汲湉", "对举报线索压案不查", "举报登记编号。"],
    [5, "登记注册股", "科员", "汲峋", "企业登记材料把关不严", "材料网上核验。"],
]
MARKET_MAP = [
    ["XX县市场监督管理局廉政风险分布图（格内数字为清单序号）"],
    ["可能性＼影响", "低", "中", "高"],
    ["高", "4", "2", "1"],
    ["中", None, "5", None],
    ["低", None, None, "3"],
    ["注：右上角三格为一级风险，对角线三格为二级风险，其余为三级风险。"],
]


def test_a_grid_of_the_list_numbers_graded_by_the_corners(tmp_path):
    got = run(tmp_path, {"排查表": MARKET, "分布图": MARKET_MAP})
    assert levels(got) == [
        ("食品生产许可审批打招呼", "Ⅰ级"),  # 高 × 高: the corner
        ("行政处罚案件说情干预", "Ⅰ级"),  # 高 × 中: beside it
        ("抽检样品调包、结果造假", "Ⅱ级"),  # 低 × 高: the diagonal
        ("对举报线索压案不查", "Ⅱ级"),  # 高 × 低: the diagonal
        ("企业登记材料把关不严", "Ⅱ级"),  # 中 × 中: the diagonal
    ]
    assert "LEVEL_BY_RISK_GRID" in codes(got) and "LEVEL_BLANK" not in codes(got)


def test_a_grid_with_no_note_grading_it_grades_nothing(tmp_path):
    bare = [row for row in STATS_GRID if not str(row[0]).startswith("注")]
    got = run(tmp_path, {"排查表": STATS, "坐标图": bare})
    assert set(got.risks["risk_level"]) == {""}
    assert "LEVEL_BY_RISK_GRID" not in codes(got)
    ungraded = issue(got, "RISK_GRID_CELL_UNGRADED")
    assert list(ungraded["cell"]) == ["C3", "D3", "C4", "B5"]
    assert all("没有按格写明级别的说明" in m for m in ungraded["message"])


# a 林草局's list in two sheets (班子成员 'A1'…, 股室 'B1'…), one 风险矩阵 of both sheets' codes
FOREST_LEADERS = [
    ["XX县林业和草原局班子成员廉政风险清单"],
    ["风险编号", "职务", "姓名", "廉政风险点", "防控措施"],
    ["A1", "局长", "仝翯", "林地征占用审核打招呼", "审核经局党组研究。"],
    ["A2", "副局长", "仝沚", "生态护林员选聘优亲厚友", "选聘结果公示。"],
]
FOREST_DEPTS = [
    ["XX县林业和草原局股室廉政风险清单"],
    ["风险编号", "股室", "岗位", "姓名", "廉政风险点", "防控措施"],
    ["B1", "资源股", "股长", "仝琇", "林木采伐许可超量审批", "采伐量系统比对。"],
    ["B2", "资源股", "股长", "仝琇", "退耕还林面积核查不实", "核查两人以上。"],
    ["B3", "计财股", "会计", "仝珝", "草原补奖资金发放不及时", "资金直达账户。"],
]
FOREST_MATRIX = [
    ["风险矩阵"],
    ["发生可能性", "影响程度", None, None],
    [None, "一般", "较大", "重大"],
    ["很可能", "B3", "A2", "A1"],
    ["可能", None, "B2", None],
    ["偶尔", None, None, "B1"],
    [
        "注：可能性“很可能”且影响程度“较大”“重大”的为一级风险；可能性“可能”且影响程度“较大”、可能性“偶尔”且影响程度“重大”的为二级风险；其余为三级风险。"
    ],
]


def test_two_lists_of_one_file_graded_by_one_matrix(tmp_path):
    got = run(
        tmp_path,
        {"班子成员": FOREST_LEADERS, "股室": FOREST_DEPTS, "风险矩阵": FOREST_MATRIX},
        {"风险矩阵": ["B2:D2"]},
    )
    assert levels(got) == [
        ("林地征占用审核打招呼", "Ⅰ级"),
        ("生态护林员选聘优亲厚友", "Ⅰ级"),
        ("林木采伐许可超量审批", "Ⅱ级"),
        ("退耕还林面积核查不实", "Ⅱ级"),
        ("草原补奖资金发放不及时", "Ⅲ级"),
    ]
    info = issue(got, "LEVEL_BY_RISK_GRID")
    assert sorted(info["source_sheet"]) == ["班子成员", "股室"]
    assert not codes(got) & (NEW - {"LEVEL_BY_RISK_GRID"})


def test_every_new_code_is_catalogued_with_a_short_name():
    for code in NEW:
        severity, template = CATALOGUE[code]
        assert SHORT[code] and template
        assert severity == ("info" if code == "LEVEL_BY_RISK_GRID" else "warning")


# ----------------------------------------------------------------- near-misses: read as before

PLAIN = [
    ["XX县审计局岗位廉政风险排查表"],
    ["序号", "岗位", "姓名", "廉政风险点", "防控措施"],
    [1, "局长", "訾翾", "审计计划安排受人干预", "审计计划局党组研究。"],
    [2, "局长", "訾翾", "审计结果定性避重就轻", "审计报告业务会审定。"],
    [3, "审计员", "訾瀞", "审计现场接受被审计单位宴请", "现场审计纪律承诺。"],
    [4, "审计员", "訾瀞", "审计取证不充分", "取证资料复核。"],
]


def _alone(tmp_path: Path, rows: list, name: str = "排查表"):
    """The list read alone, in a file of its own."""
    return run(tmp_path / "alone", {name: rows})


def test_a_grid_of_counts_is_no_grid_of_codes(tmp_path):
    counts = [
        ["风险点分布统计（个）"],
        ["发生可能性＼影响程度", "低", "中", "高"],
        ["高", "0", "1", "1"],
        ["中", "1", "0", "1"],
        ["低", "0", "0", "0"],
    ]
    got = run(tmp_path, {"排查表": PLAIN, "分布": counts})
    alone = _alone(tmp_path, PLAIN)
    assert levels(got) == levels(alone) and set(got.risks["risk_level"]) == {""}
    assert not codes(got) & NEW


def test_a_heat_map_of_departments_is_no_grid_of_codes(tmp_path):
    heat = [
        ["各科室廉政风险热力图"],
        ["发生可能性＼影响程度", "小", "中", "大"],
        ["高", None, "办公室", "财务股、审计一股"],
        ["中", "法规股", None, "审计二股"],
        ["低", None, "人事股", None],
    ]
    got = run(tmp_path, {"排查表": PLAIN, "热力图": heat})
    assert levels(got) == levels(_alone(tmp_path, PLAIN))
    assert not codes(got) & NEW


def test_a_list_with_its_own_levels_keeps_them(tmp_path):
    own = [row[:4] + (["风险等级"] if row[0] == "序号" else [lv]) + row[4:] if len(row) > 1
           else row for row, lv in zip(PLAIN, ["", "", "一级", "二级", "二级", "三级"], strict=True)]  # fmt: skip
    grid = [
        ["廉政风险坐标图"],
        ["发生可能性＼影响程度", "小", "中", "大"],
        ["高", None, None, "1、2"],
        ["中", None, "3", None],
        ["低", "4", None, None],
        ["注：可能性高且影响程度大的为一级风险；其余为三级风险。"],
    ]
    got = run(tmp_path, {"排查表": own, "坐标图": grid})
    assert levels(got) == [
        ("审计计划安排受人干预", "Ⅰ级"),
        ("审计结果定性避重就轻", "Ⅱ级"),
        ("审计现场接受被审计单位宴请", "Ⅱ级"),
        ("审计取证不充分", "Ⅲ级"),
    ]
    assert not codes(got) & NEW


def test_numbers_begun_again_on_each_sheet_join_nothing(tmp_path):
    """Two lists each numbered from 1 and a grid of numbers: whose 1 is it? Read as before."""
    second = [
        ["XX县审计局二股廉政风险排查表"],
        ["序号", "岗位", "姓名", "廉政风险点", "防控措施"],
        [1, "股长", "訾沨", "审计线索移送不及时", "线索登记台账。"],
        [2, "股长", "訾沨", "经济责任审计评价不客观", "评价意见集体审定。"],
        [3, "审计员", "訾澐", "审计底稿事后补记", "底稿系统留痕。"],
        [4, "审计员", "訾澐", "泄露审计工作秘密", "签订保密承诺。"],
    ]
    grid = [
        ["廉政风险坐标图"],
        ["发生可能性＼影响程度", "小", "中", "大"],
        ["高", None, "2", "1"],
        ["中", "4", "3", None],
        ["低", None, None, None],
        ["注：可能性高且影响程度大、中的为一级风险；其余为三级风险。"],
    ]
    got = run(tmp_path, {"排查表": PLAIN, "二股": second, "坐标图": grid})
    assert set(got.risks["risk_level"]) == {""}
    assert not codes(got) & NEW


def test_a_sheet_of_instructions_naming_likelihood_and_impact_changes_nothing(tmp_path):
    notes = [
        ["填表说明"],
        ["1.风险等级由发生可能性和影响程度综合确定。"],
        ["2.请逐项填写廉政风险点和防控措施。"],
    ]
    got = run(tmp_path, {"排查表": PLAIN, "填表说明": notes})
    alone = _alone(tmp_path, PLAIN)
    assert levels(got) == levels(alone)
    assert sorted(codes(got) - {"SHEET_INSTRUCTIONS", "SHEET_NO_TABLE"}) == sorted(codes(alone))
    assert not codes(got) & NEW


# ------------------------------------------------- later, the note as other offices write it

# a 应急管理局's list ('YJ-1'…) and a grid of 较小/一般/较大 by 高/中/低, no note beside the grid
EMERGENCY = [
    ["XX县应急管理局廉政风险点排查表"],
    ["风险编号", "股室", "岗位", "姓名", "廉政风险点", "防控措施"],
    ["YJ-1", "局领导", "局长", "雍珩", "安全生产执法检查打招呼", "检查对象随机抽取。"],
    ["YJ-2", "局领导", "局长", "雍珩", "救灾物资分配优亲厚友", "分配名单公示。"],
    ["YJ-3", "执法大队", "队长", "雍澈", "隐患整改验收走过场", "验收两人以上。"],
    ["YJ-4", "执法大队", "队长", "雍澈", "行政处罚自由裁量畸轻畸重", "裁量基准对照。"],
    ["YJ-5", "减灾股", "股员", "雍沺", "灾情统计虚报瞒报", "灾情数据复核。"],
]
EMERGENCY_GRID = [
    ["廉政风险坐标图"],
    ["可能性＼影响程度", "较小", "一般", "较大"],
    ["高", None, "YJ-2", "YJ-1"],
    ["中", "YJ-5", "YJ-3", None],
    ["低", None, None, "YJ-4"],
]
EMERGENCY_LEVELS = [
    ("安全生产执法检查打招呼", "Ⅰ级"),  # 高 × 较大
    ("救灾物资分配优亲厚友", "Ⅰ级"),  # 高 × 一般
    ("隐患整改验收走过场", "Ⅱ级"),  # 中 × 一般
    ("行政处罚自由裁量畸轻畸重", "Ⅲ级"),  # 低 × 较大: the rest
    ("灾情统计虚报瞒报", "Ⅲ级"),  # 中 × 较小: the rest
]
# the note over several lines, each level first with its colour, its last line naming no factor
LEVEL_FIRST_LINES = [
    ["风险等级划分："],
    ["（1）一级风险（红色区域）：可能性高，且影响程度较大或一般；"],
    ["（2）二级风险（黄色区域）：可能性中，且影响程度一般；"],
    ["（3）余下各格为三级。"],
]


def test_a_note_over_several_lines_under_the_list_naming_each_level_first(tmp_path):
    got = run(tmp_path, {"排查表": EMERGENCY + LEVEL_FIRST_LINES, "坐标图": EMERGENCY_GRID})
    assert levels(got) == EMERGENCY_LEVELS
    assert "LEVEL_BY_RISK_GRID" in codes(got)
    assert not codes(got) & (NEW - {"LEVEL_BY_RISK_GRID"}) and "LEVEL_BLANK" not in codes(got)


def test_the_note_on_an_instructions_sheet_its_zones_named_in_brackets(tmp_path):
    notes = [
        ["填表说明"],
        ["一、风险编号按“YJ-序号”填写。"],
        ["二、风险等级按坐标图分区确定：红区（可能性高且影响程度较大、一般）为一级风险，"],
        ["黄区（可能性中且影响程度一般）为二级风险，"],
        ["其他为三级。"],
    ]
    got = run(tmp_path, {"排查表": EMERGENCY, "坐标图": EMERGENCY_GRID, "填表说明": notes})
    assert levels(got) == EMERGENCY_LEVELS
    assert not codes(got) & (NEW - {"LEVEL_BY_RISK_GRID"}) and "LEVEL_BLANK" not in codes(got)


def test_a_clause_whose_cells_are_not_read_leaves_them_out_of_the_rest(tmp_path):
    """'…的同时…' joins no factor's grade to the other's: its cells are not known, so '其余为三级'
    does not grade them three (they had been read as 三级), they are warned instead."""
    note = [
        [
            "注：可能性高的同时影响程度较大或一般的，为一级风险；可能性中且影响程度一般的，为二级"
            "风险；其余为三级风险。"
        ]
    ]
    got = run(tmp_path, {"排查表": EMERGENCY, "坐标图": EMERGENCY_GRID + note})
    assert levels(got) == [
        ("安全生产执法检查打招呼", ""),
        ("救灾物资分配优亲厚友", ""),
        ("隐患整改验收走过场", "Ⅱ级"),
        ("行政处罚自由裁量畸轻畸重", ""),
        ("灾情统计虚报瞒报", ""),
    ]
    assert "RISK_GRID_CELL_UNGRADED" in codes(got)
    # (a note saying only what grades the levels, before naming the cells, is no such clause)
    said = [["注：风险等级由可能性和影响程度确定为一级、二级、三级。"] + [None] * 3]
    got = run(
        tmp_path / "b", {"排查表": EMERGENCY, "坐标图": EMERGENCY_GRID + said + LEVEL_FIRST_LINES}
    )
    assert levels(got) == EMERGENCY_LEVELS


# a 住建局's codes typed full-width in the list ('ＺＪ０１') and half-width, lower case in the grid;
# its grid's likelihood written with its verb (很少发生/有时发生/频繁发生), its impact 轻/中/重
HOUSING = [
    ["XX县住房和城乡建设局廉政风险点清单"],
    ["风险代码", "股室", "岗位", "姓名", "廉政风险点", "防控措施"],
    ["ＺＪ０１", "局领导", "局长", "寇翎", "建设工程招投标干预", "评标专家随机抽取。"],
    ["ＺＪ０２", "质安站", "站长", "寇澜", "质量监督抽检弄虚作假", "抽检全程录像。"],
    ["ＺＪ－０３", "房管股", "股长", "寇玥", "保障房资格审核把关不严", "资格审核公示。"],
    ["ZJ 04", "房管股", "股长", "寇玥", "物业维修资金审批不严", "审批两人以上。"],
]
HOUSING_GRID = [
    ["廉政风险矩阵"],
    ["发生可能性＼影响程度", "轻", "中", "重"],
    ["频繁发生", None, "zj02", "zj01"],
    ["有时发生", "zj04", "ZJ-03", None],
    ["很少发生", None, None, None],
    [
        "说明：发生可能性为频繁发生且影响程度为重、中的，为一级风险；可能性有时且影响程度中的，为二级"
        "风险；其余为三级风险。"
    ],
]


def test_codes_typed_full_width_or_spaced_and_grades_written_with_their_verb(tmp_path):
    got = run(tmp_path, {"清单": HOUSING, "矩阵": HOUSING_GRID})
    assert levels(got) == [
        ("建设工程招投标干预", "Ⅰ级"),
        ("质量监督抽检弄虚作假", "Ⅰ级"),
        ("保障房资格审核把关不严", "Ⅱ级"),
        ("物业维修资金审批不严", "Ⅲ级"),
    ]
    assert not codes(got) & (NEW - {"LEVEL_BY_RISK_GRID"}) and "LEVEL_BLANK" not in codes(got)


# a 发展和改革局's grid with no note, graded by a 风险等级判定矩阵 printed on a sheet of its own,
# transposed (影响程度 down) and its grades in another order
REFORM = [
    ["XX县发展和改革局廉政风险点清单"],
    ["风险编号", "股室", "岗位", "姓名", "廉政风险点", "防控措施"],
    ["FG1", "局领导", "局长", "糜翯", "政府投资项目审批打招呼", "审批经党组会研究。"],
    ["FG2", "价格股", "股长", "糜沅", "价格认定结论受人干预", "认定结论复核。"],
    ["FG3", "价格股", "股长", "糜沅", "成本监审走过场", "监审两人以上。"],
    ["FG4", "粮食股", "股员", "糜璘", "储备粮轮换出入库数量不实", "出入库视频留存。"],
]
REFORM_GRID = [
    ["风险坐标图"],
    ["可能性＼影响程度", "低", "中", "高"],
    ["高", "FG4", "FG2", "FG1"],
    ["中", None, None, None],
    ["低", None, "FG3", None],
]
REFORM_JUDGE = [
    ["风险等级判定矩阵"],
    ["影响程度＼可能性", "低", "中", "高"],
    ["高", "二级", "一级", "一级"],
    ["中", "三级", "二级", "一级"],
    ["低", "三级", "三级", "三级"],
]


def test_a_grid_with_no_note_graded_by_a_matrix_printed_on_another_sheet(tmp_path):
    got = run(tmp_path, {"清单": REFORM, "坐标图": REFORM_GRID, "判定矩阵": REFORM_JUDGE})
    assert levels(got) == [
        ("政府投资项目审批打招呼", "Ⅰ级"),  # 可能性高 × 影响高
        ("价格认定结论受人干预", "Ⅰ级"),  # 可能性高 × 影响中
        ("成本监审走过场", "Ⅲ级"),  # 可能性低 × 影响中
        ("储备粮轮换出入库数量不实", "Ⅲ级"),  # 可能性高 × 影响低 (二级 read the other way)
    ]
    info = issue(got, "LEVEL_BY_RISK_GRID")
    assert "判定矩阵" in info.iloc[0]["message"]
    assert not codes(got) & (NEW - {"LEVEL_BY_RISK_GRID"}) and "LEVEL_BLANK" not in codes(got)
    # (a matrix of other grades, scores where the grid writes words, grades nothing: warned)
    scores = [[v.replace("低", "1").replace("中", "2").replace("高", "3") if k < 2 or j == 0 else v
               for j, v in enumerate(row)] for k, row in enumerate(REFORM_JUDGE)]  # fmt: skip
    got = run(tmp_path / "b", {"清单": REFORM, "坐标图": REFORM_GRID, "判定矩阵": scores})
    assert set(got.risks["risk_level"]) == {""} and "RISK_GRID_CELL_UNGRADED" in codes(got)
    # (its corner naming no factor: the grades alike both ways, which runs down is not guessed)
    unnamed = [row[:] for row in REFORM_JUDGE]
    unnamed[1][0] = "等级"
    got = run(tmp_path / "c", {"清单": REFORM, "坐标图": REFORM_GRID, "判定矩阵": unnamed})
    assert set(got.risks["risk_level"]) == {""} and "RISK_GRID_CELL_UNGRADED" in codes(got)
    # (named the grid's way round it reads the same)
    turned = [REFORM_JUDGE[0], ["可能性＼影响程度", "低", "中", "高"]] + [
        [lk] + [REFORM_JUDGE[4 - k][1 + j] for k in range(3)]
        for j, lk in enumerate(["低", "中", "高"])
    ]
    got = run(tmp_path / "d", {"清单": REFORM, "坐标图": REFORM_GRID, "判定矩阵": turned})
    assert [lv for _p, lv in levels(got)] == ["Ⅰ级", "Ⅰ级", "Ⅲ级", "Ⅲ级"]
