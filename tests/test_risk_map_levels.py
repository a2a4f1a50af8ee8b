"""A list with no level column and a 风险坐标图 (风险矩阵图) drawn in cells under it: one factor's
grades down (高/中/低, 1–3, 一级/二级/三级), the other's across over or under the grid, the axes
named (发生可能性, 影响程度 and their other words), each cell holding the list's 序号 ('1、3').
Each point's level is the level of the cell holding its 序号: by the zones a ``注`` line names
(右上角一格, 对角三格, 其余 …), else by the usual 3×3 matrix. The map's rows are no list rows.

Not the published batch's map (a 城市建设投资有限公司 评估表, 发生可能性 down as 高/中/低, 影响程度
across under the grid, the standard 右上/对角/左下 zones): a 县人民医院, a 县第一中学 and a
县林业和草原局, other posts and names, axes at the top with a corner '影响程度＼发生可能性',
scores of 1–3 and 一级/二级/三级 grades, 发生概率 across and 影响程度 down, a note whose zones are
not the matrix's, an extra 备注 column; written with xlsxwriter (tests/helpers.py) and read back
as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "map.xlsx", {"排查表": rows}, {"排查表": merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def errors(got) -> list[dict]:
    i = got.issues
    return i[i["severity"] == "error"].to_dict("records")


HOSPITAL = [
    ["XX县人民医院岗位廉洁风险排查表"],
    ["序号", "科室", "岗位", "姓名", "廉洁风险点", "风险类别", "防控措施"],
    [1, "药剂科", "主任", "詹沐枫", "药品遴选收受药商回扣", "岗位职责风险", "药事会集体遴选。"],
    [2, "药剂科", "主任", "詹沐枫", "临时采购药品不经审批", "制度机制风险", "临采一事一报。"],
    [3, "设备科", "采购员", "卜宛汀", "设备询价与供应商串通报价", "业务流程风险", "三家以上询价。"],
    [4, "设备科", "采购员", "卜宛汀", "设备验收不到场即签字", "岗位职责风险", "验收双人到场。"],
    [],
    ["附：风险矩阵图（格内为上表序号）"],
    [None, "影响程度＼发生可能性", "1", "2", "3"],
    [None, "3", None, "4", "1"],
    [None, "2", "3", None, None],
    [None, "1", None, "2", None],
]


def test_a_map_with_its_axes_on_top_grades_by_the_matrix(tmp_path):
    """Scores of 1–3, a corner naming the impact down: no note, the usual 3×3 matrix."""
    got = run(tmp_path, HOSPITAL, ["A1:G1", "A8:G8"])
    assert read(got) == sorted([
        ("主任", "詹沐枫", "药品遴选收受药商回扣", "Ⅰ级"),  # 3 × 3
        ("主任", "詹沐枫", "临时采购药品不经审批", "Ⅲ级"),  # 1 × 2
        ("采购员", "卜宛汀", "设备询价与供应商串通报价", "Ⅲ级"),  # 2 × 1
        ("采购员", "卜宛汀", "设备验收不到场即签字", "Ⅰ级"),  # 3 × 2
    ])  # fmt: skip
    assert not errors(got), errors(got)
    assert "LEVEL_BY_RISK_MAP" in set(got.issues["code"])
    assert "ROW_UNPLACED" not in set(got.issues["code"])


SCHOOL = [
    ["XX县第一中学廉洁风险点登记表"],
    ["序号", "处室", "岗位", "姓名", "风险点", "风险类型", "防控措施", "备注"],
    [
        1,
        "校领导",
        "校长",
        "郦书瑶",
        "教师职称评审推荐暗箱操作",
        "岗位职责风险",
        "评审结果公示。",
        None,
    ],
    [2, "校领导", "校长", "郦书瑶", "食堂承包单位指定", "制度机制风险", "公开招标。", None],
    [
        3,
        "总务处",
        "主任",
        "窦闻溪",
        "校服征订收受厂家好处",
        "思想道德风险",
        "家委会参与选定。",
        "新增",
    ],
    [4, "总务处", "主任", "窦闻溪", "维修工程量虚报", "业务流程风险", "工程量双人核验。", None],
    [5, "总务处", "会计", "柏知夏", "代收费不入账", "岗位职责风险", "收费开具票据。", None],
    [],
    ["二、风险坐标图（数字为上表序号）"],
    ["可能性", "一级", "2", "1", None],
    [None, "二级", None, "3、5", None],
    [None, "三级", "4", None, None],
    [None, None, "一级", "二级", "三级"],
    [None, None, "后果严重程度", None, None],
    ["注：右上角一格为高风险，左下角一格为低风险，其余为中风险。"],
]
SCHOOL_MERGES = ["A1:H1", "A9:H9", "A10:A12", "C14:E14", "A15:H15"]


def test_a_note_naming_its_own_zones_grades_by_them(tmp_path):
    """一级/二级/三级 grades of each factor, the axis across under the grid (一级 on the left), a
    note whose zones are not the matrix's: 4 in the lower left (三级 × 一级, the matrix's Ⅱ级) is
    低, 2 in the upper left (一级 × 一级, the matrix's Ⅰ级) and the rest 中."""
    got = run(tmp_path, SCHOOL, SCHOOL_MERGES)
    assert read(got) == sorted([
        ("校长", "郦书瑶", "教师职称评审推荐暗箱操作", "Ⅱ级"),  # 一级 × 二级: the matrix's Ⅰ级
        ("校长", "郦书瑶", "食堂承包单位指定", "Ⅱ级"),  # 一级 × 一级, upper left
        ("主任", "窦闻溪", "校服征订收受厂家好处", "Ⅱ级"),
        ("主任", "窦闻溪", "维修工程量虚报", "Ⅲ级"),  # lower left
        ("会计", "柏知夏", "代收费不入账", "Ⅱ级"),
    ])  # fmt: skip
    assert not errors(got), errors(got)
    said = got.issues[got.issues["code"] == "LEVEL_BY_RISK_MAP"]["message"].tolist()
    assert len(said) == 1 and "注明的分区" in said[0], said


FORESTRY = [
    ["XX县林业和草原局廉政风险评估一览表"],
    ["序号", "股室", "岗位及姓名", "廉政风险点", "风险类型", "防控措施"],
    [1, "资源管理股", "股长⏎蒲晏清", "林木采伐指标分配不公", "岗位职责风险", "指标分配集体研究。"],
    [2, "资源管理股", "股长⏎蒲晏清", "征占用林地现场查验走过场", "业务流程风险", "查验留存影像。"],
    [3, "林业站", "护林员⏎柯映雪", "巡护记录造假", "思想道德风险", "巡护轨迹定位。"],
    [],
    [None, None, "影响程度", "高", "1", None, "2"],
    [None, None, None, "中", None, None, None],
    [None, None, None, "低", "3", None, None],
    [None, None, None, None, "低", "中", "高"],
    [None, None, None, None, "发生概率", None, None],
]
FORESTRY_MERGES = ["A1:F1", "C7:C9", "E11:G11"]


def _forestry(rows=FORESTRY):
    return [[v.replace("⏎", "\n") if isinstance(v, str) else v for v in r] for r in rows]


def test_a_map_of_impact_down_and_likelihood_across_beside_the_columns(tmp_path):
    """'影响程度' merged down, '发生概率' under the grades across, the map off to the right of the
    list's first columns, post and name in one cell; no note: the matrix."""
    got = run(tmp_path, _forestry(), FORESTRY_MERGES)
    assert read(got) == sorted([
        ("股长", "蒲晏清", "林木采伐指标分配不公", "Ⅱ级"),  # 影响高 × 概率低
        ("股长", "蒲晏清", "征占用林地现场查验走过场", "Ⅰ级"),  # 高 × 高
        ("护林员", "柯映雪", "巡护记录造假", "Ⅲ级"),  # 低 × 低
    ])  # fmt: skip
    assert not errors(got), errors(got)


def test_a_number_in_two_cells_keeps_no_level(tmp_path):
    rows = [list(r) for r in _forestry()]
    rows[8] = [None, None, None, "低", "3", None, "1"]
    got = run(tmp_path, rows, FORESTRY_MERGES)
    levels = {p: lv for _t, _p, p, lv in read(got)}
    assert levels["林木采伐指标分配不公"] == ""
    assert levels["巡护记录造假"] == "Ⅲ级"
    warned = got.issues[got.issues["code"] == "RISK_MAP_UNCLEAR"]
    assert len(warned) == 1 and "序号1" in warned["message"].iloc[0], warned.to_dict("records")


def test_a_map_counting_the_points_gives_no_level(tmp_path):
    """Counts, not 序号: '3' where the list has two rows."""
    rows = [
        ["XX县人民医院岗位廉洁风险排查表"],
        ["序号", "科室", "岗位", "姓名", "廉洁风险点", "风险类别", "防控措施"],
        [1, "药剂科", "主任", "詹沐枫", "药品遴选收受药商回扣", "岗位职责风险", "药事会集体遴选。"],
        [2, "药剂科", "主任", "詹沐枫", "临时采购药品不经审批", "制度机制风险", "临采一事一报。"],
        [],
        ["附：全院风险点分布（个）"],
        [None, "影响程度＼发生可能性", "1", "2", "3"],
        [None, "3", None, "3", "1"],
        [None, "2", "5", None, None],
        [None, "1", None, "2", None],
    ]
    got = run(tmp_path, rows, ["A1:G1", "A6:G6"])
    got_rows = [x for x in read(got) if x[1] == "詹沐枫"]
    assert got_rows == sorted([
        ("主任", "詹沐枫", "药品遴选收受药商回扣", ""),
        ("主任", "詹沐枫", "临时采购药品不经审批", ""),
    ])  # fmt: skip
    assert "LEVEL_BY_RISK_MAP" not in set(got.issues["code"])


def test_a_printed_grid_of_level_words_reads_as_before(tmp_path):
    """Factor columns in the list and a grid of level words under it: no map of 序号, the grid
    looks the levels up as it did."""
    rows = [
        ["XX县人民医院岗位廉洁风险排查表"],
        ["序号", "科室", "岗位", "姓名", "廉洁风险点", "发生可能性", "影响程度", "防控措施"],
        [1, "药剂科", "主任", "詹沐枫", "药品遴选收受药商回扣", "高", "低", "药事会集体遴选。"],
        [2, "设备科", "采购员", "卜宛汀", "设备验收不到场即签字", "中", "中", "验收双人到场。"],
        [],
        ["发生可能性＼影响程度", "高", "中", "低"],
        ["高", "一级", "一级", "一级"],
        ["中", "一级", "二级", "三级"],
        ["低", "二级", "三级", "三级"],
    ]
    got = run(tmp_path, rows, ["A1:H1"])
    assert read(got) == sorted([
        ("主任", "詹沐枫", "药品遴选收受药商回扣", "Ⅰ级"),
        ("采购员", "卜宛汀", "设备验收不到场即签字", "Ⅱ级"),
    ])  # fmt: skip
    assert "LEVEL_BY_RISK_MAP" not in set(got.issues["code"])


def test_the_codes_are_catalogued():
    for code in ("LEVEL_BY_RISK_MAP", "RISK_MAP_UNCLEAR"):
        assert code in CATALOGUE and code in SHORT


def test_what_the_eighty_eighth_review_found(tmp_path):
    """A grid of scores (可能性 × 影响 = 1…9) or of counts ('（个）') places no 序号; a list whose
    序号 begins again in each part cannot be placed by number either."""
    head = [
        ["XX县人民医院岗位廉洁风险排查表"],
        ["序号", "科室", "岗位", "姓名", "廉洁风险点", "风险类别", "防控措施"],
    ]
    body = [[n, "药剂科", "主任", "詹沐枫", f"风险点{n}药品遴选收受回扣", "岗位职责风险", "集体遴选。"]
            for n in range(1, 10)]  # fmt: skip
    score = [[], ["附：风险值计算矩阵（风险值=可能性×影响程度）"],
             [None, "可能性＼影响程度", "1", "2", "3"], [None, "3", "3", "6", "9"],
             [None, "2", "2", "4", "6"], [None, "1", "1", "2", "3"]]  # fmt: skip
    got = run(tmp_path / "a", head + body + score, ["A1:G1"])
    assert set(got.risks["risk_level"]) == {""}
    assert "RISK_MAP_UNCLEAR" not in set(got.issues["code"])
    counts = [[], ["附：全院风险点分布（个）"], [None, "影响程度＼发生可能性", "1", "2", "3"],
              [None, "3", None, None, "2"], [None, "2", None, "1", None], [None, "1", None, None, None]]  # fmt: skip
    got = run(tmp_path / "b", head + body[:3] + counts, ["A1:G1"])
    assert set(got.risks["risk_level"]) == {""}
    parts = head + [["一、药剂科"], *body[:2], ["二、设备科"],
                    [1, "设备科", "采购员", "卜宛汀", "设备询价串通", "岗位职责风险", "三家询价。"],
                    [2, "设备科", "采购员", "卜宛汀", "验收不到场签字", "岗位职责风险", "到场验收。"],
                    [], ["附：风险坐标图（格内为上表序号）"], [None, "影响程度＼发生可能性", "1", "2", "3"],
                    [None, "3", None, None, "1"], [None, "2", None, None, None], [None, "1", "2", None, None]]  # fmt: skip
    got = run(tmp_path / "c", parts, ["A1:G1", "A3:G3", "A6:G6"])
    assert set(got.risks["risk_level"]) == {""}


# ---------------------------------------------------------------------------------------------
# The review's variants of the batch 575 kind (the rule as batch 575 taught it missed them): a 5×5 map
# (可能性 1–5 or 极低…极高 by 影响 1–5), its cells graded by a note's bands of the score where one
# is printed, else by the usual bands (≥15 一级, 8–14 二级, ≤6 三级); and a map BESIDE the list,
# in its rows, after empty columns. Not batch 575's 城市建设投资有限公司 (3×3, 高/中/低, under the
# list, zones by 右上/对角): a 县市场监督管理局, a 县交通运输局 and a 县医疗保障局, other posts and
# names, scores and words of five grades, corners and axes merged, a note of score bands, post and
# name in one cell, an extra 责任领导 column.

MARKET = [
    ["XX县市场监督管理局岗位廉政风险点排查登记表"],
    ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险类型", "防控措施"],
    [1, "登记注册股", "股长", "钟离晚晴", "企业登记材料不全违规核准", "岗位职责风险", "双人审核。"],
    [2, "登记注册股", "股长", "钟离晚晴", "为中介代办开绿灯", "思想道德风险", "窗口轮岗。"],
    [3, "执法稽查大队", "队长", "宓听澜", "案件查办中选择性执法", "业务流程风险", "集体审理。"],
    [4, "执法稽查大队", "队长", "宓听澜", "罚没物品处置不规范", "制度机制风险", "公开拍卖。"],
    [5, "执法稽查大队", "执法员", "阚一苇", "现场检查接受宴请", "思想道德风险", "执法记录仪全程记录。"],
    [],
    ["附：廉政风险矩阵（格内为上表序号）"],
    [None, "可能性＼影响程度", "1", "2", "3", "4", "5"],
    [None, "5", None, None, None, "3", "1"],
    [None, "4", None, None, "2", None, None],
    [None, "3", None, "5", None, None, None],
    [None, "2", "4", None, None, None, None],
    [None, "1", None, None, None, None, None],
]  # fmt: skip


def test_a_five_by_five_map_of_scores_grades_by_the_usual_bands(tmp_path):
    """可能性 5…1 down, 影响程度 1–5 across: no note, the usual bands of the score."""
    got = run(tmp_path, MARKET, ["A1:G1", "A9:G9"])
    assert read(got) == sorted([
        ("股长", "钟离晚晴", "企业登记材料不全违规核准", "Ⅰ级"),  # 5 × 5 = 25
        ("股长", "钟离晚晴", "为中介代办开绿灯", "Ⅱ级"),  # 4 × 3 = 12
        ("队长", "宓听澜", "案件查办中选择性执法", "Ⅰ级"),  # 5 × 4 = 20
        ("队长", "宓听澜", "罚没物品处置不规范", "Ⅲ级"),  # 2 × 1 = 2
        ("执法员", "阚一苇", "现场检查接受宴请", "Ⅲ级"),  # 3 × 2 = 6
    ])  # fmt: skip
    assert not errors(got), errors(got)
    said = got.issues[got.issues["code"] == "LEVEL_BY_RISK_MAP"]["message"].tolist()
    assert len(said) == 1, said


TRANSPORT = [
    ["XX县交通运输局廉政风险防控登记表"],
    ["序号", "股室", "岗位及姓名", "风险点", "风险类别", "防控措施", "责任领导"],
    [1, "建设管理股", "股长⏎龚慕白", "工程变更签证把关不严", "业务流程风险", "变更集体研究。", "副局长"],
    [2, "建设管理股", "股长⏎龚慕白", "质量检测数据造假", "岗位职责风险", "第三方抽检。", "副局长"],
    [3, "运输管理股", "科员⏎嵇若谷", "营运证审批吃拿卡要", "思想道德风险", "网上办理。", "局长"],
    [4, "运输管理股", "科员⏎嵇若谷", "超限车辆违规放行", "岗位职责风险", "视频监控。", "局长"],
    [],
    ["二、风险坐标图（数字为上表序号）"],
    ["发生可能性", "极高", None, None, "2", "1", None],
    [None, "高", None, "4", None, None, None],
    [None, "中", None, None, None, None, None],
    [None, "低", None, None, None, None, None],
    [None, "极低", "3", None, None, None, None],
    [None, None, "极低", "低", "中", "高", "极高"],
    [None, None, "影响程度", None, None, None, None],
    ["注：风险值=发生可能性×影响程度，风险值≥16为高风险，9～15为中风险，风险值≤8为低风险。"],
]  # fmt: skip
TRANSPORT_MERGES = ["A1:G1", "A8:G8", "A9:A13", "C15:G15", "A16:G16"]


def _words(rows):
    return [[v.replace("⏎", "\n") if isinstance(v, str) else v for v in r] for r in rows]


def test_a_five_by_five_map_of_words_grades_by_its_note(tmp_path):
    """极低…极高 each way, 发生可能性 merged down, 影响程度 under the grades across, a note of the
    score's bands, not the usual ones: 15 is 中 by the note (the usual bands' 一级), 8 低 (二级)."""
    got = run(tmp_path, _words(TRANSPORT), TRANSPORT_MERGES)
    assert read(got) == sorted([
        ("股长", "龚慕白", "工程变更签证把关不严", "Ⅰ级"),  # 5 × 4 = 20
        ("股长", "龚慕白", "质量检测数据造假", "Ⅱ级"),  # 5 × 3 = 15
        ("科员", "嵇若谷", "营运证审批吃拿卡要", "Ⅲ级"),  # 1 × 1 = 1
        ("科员", "嵇若谷", "超限车辆违规放行", "Ⅲ级"),  # 4 × 2 = 8
    ])  # fmt: skip
    assert not errors(got), errors(got)
    said = got.issues[got.issues["code"] == "LEVEL_BY_RISK_MAP"]["message"].tolist()
    assert len(said) == 1 and "注明的分值区段" in said[0], said


MEDICARE = [
    ["XX县医疗保障局廉政风险点台账"],
    ["序号", "股室", "岗位", "姓名", "风险点", "防控措施", None, None, "影响程度＼可能性", "低", "中", "高"],
    [1, "基金监管股", "股长", "訾怀瑾", "飞行检查前通风报信", "检查名单临时抽取。", None, None, "高", "4", None, "1"],
    [2, "基金监管股", "股长", "訾怀瑾", "违规结算费用不予追回", "追回情况公示。", None, None, "中", None, "2", None],
    [3, "待遇保障股", "科员", "眭采薇", "异地就医备案审核把关不严", "系统自动比对。", None, None, "低", "3", None, None],
    [4, "待遇保障股", "科员", "眭采薇", "慢特病认定降低标准", "专家集体认定。", None, None, None, None, None, None],
]  # fmt: skip


def test_a_map_beside_the_list_in_its_rows(tmp_path):
    """The map to the right of the list after two empty columns, in the list's own rows, its
    corner on the heading row ('影响程度＼可能性', the impact down): each row keeps its point and
    takes its level from the map; the map's cells are no part of any row."""
    got = run(tmp_path, MEDICARE, ["A1:L1"])
    assert read(got) == sorted([
        ("股长", "訾怀瑾", "飞行检查前通风报信", "Ⅰ级"),  # 影响高 × 可能性高
        ("股长", "訾怀瑾", "违规结算费用不予追回", "Ⅱ级"),  # 中 × 中
        ("科员", "眭采薇", "异地就医备案审核把关不严", "Ⅲ级"),  # 低 × 低
        ("科员", "眭采薇", "慢特病认定降低标准", "Ⅱ级"),  # 高 × 低
    ])  # fmt: skip
    assert not errors(got), errors(got)
    assert "LEVEL_BY_RISK_MAP" in set(got.issues["code"])


def test_a_five_by_five_table_of_counts_per_office_gives_no_level(tmp_path):
    """Under the list a count of its points per 科室 by five grades ('登记注册股 | 0 | 1 | 2 | 1 |
    0'): 科室 down, no 序号 placed, no axes named; the list stays ungraded, its rows as they were."""
    rows = [*MARKET[:8], ["附：各科室风险点分级统计"],
            ["科室", "极低", "低", "中", "高", "极高"],
            ["登记注册股", "0", "1", "1", "0", "0"],
            ["执法稽查大队", "1", "0", "1", "1", "0"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "A9:G9"])
    points = {r[4] for r in MARKET[2:7]}
    assert [x for x in read(got) if x[2] in points] == sorted([
        ("股长", "钟离晚晴", "企业登记材料不全违规核准", ""),
        ("股长", "钟离晚晴", "为中介代办开绿灯", ""),
        ("队长", "宓听澜", "案件查办中选择性执法", ""),
        ("队长", "宓听澜", "罚没物品处置不规范", ""),
        ("执法员", "阚一苇", "现场检查接受宴请", ""),
    ])  # fmt: skip
    assert "LEVEL_BY_RISK_MAP" not in set(got.issues["code"])


def test_a_list_with_its_own_levels_keeps_them_beside_a_map(tmp_path):
    """The same map beside a list that has a 风险等级 column: the column's levels stand (the map
    grades no row), and the map's cells are no part of the rows."""
    rows = [[*r[:5], lv, *r[5:]] for r, lv in
            zip(MEDICARE[1:], ["风险等级", "高", "中", "中", "低"], strict=True)]  # fmt: skip
    got = run(tmp_path, [MEDICARE[0], *rows], ["A1:M1"])
    assert read(got) == sorted([
        ("股长", "訾怀瑾", "飞行检查前通风报信", "Ⅰ级"),
        ("股长", "訾怀瑾", "违规结算费用不予追回", "Ⅱ级"),
        ("科员", "眭采薇", "异地就医备案审核把关不严", "Ⅱ级"),  # (the map's 低 × 低)
        ("科员", "眭采薇", "慢特病认定降低标准", "Ⅲ级"),  # (the map's Ⅱ级)
    ])  # fmt: skip
    assert not errors(got), errors(got)
    assert "LEVEL_BY_RISK_MAP" not in set(got.issues["code"])
