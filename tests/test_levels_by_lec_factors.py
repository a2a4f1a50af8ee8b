"""A level given only by the factors of a product (LEC法: L×E×C; the risk matrix: L×S), their
bands in a note under the table.

Each case is a small table written as a real .xlsx (xlsxwriter, as ``helpers.write_workbook``
does) or .ods and read back as ``collect_inbox`` reads it. The units, posts, codes and the notes'
wording are not those of tests/published/batch528.py: the rule must read the shape, not the batch.
"""

from pathlib import Path

from helpers import write_ods, write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, ITEMS, SHORT

NEW = ("LEVEL_BY_FACTORS", "LEVEL_FACTORS_UNBANDED", "LEVEL_PRODUCT_DIFFERS")


def run(tmp_path: Path, sheets, merges=None, ods: bool = False):
    """Write a workbook and collect it as ``collect_inbox`` does, in this process."""
    inbox = tmp_path / "inbox"
    if ods:
        inbox.mkdir(parents=True, exist_ok=True)
        write_ods(inbox / "t.ods", sheets)
    else:
        write_workbook(inbox / "t.xlsx", sheets, merges)
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def codes(res, *wanted: str) -> list[tuple[str, str]]:
    df = res.issues
    return sorted((c, at) for c, at in zip(df["code"], df["cell"], strict=True) if c in wanted)


def message(res, code: str) -> str:
    df = res.issues
    return df[df["code"] == code]["message"].tolist()[0]


# a 交通运输局's list: 风险评估（LEC） merged over L | E | C, a 说明 naming the levels first
LEC_HEAD = [
    ["某县交通运输局廉政风险点排查表", None, None, None, None, None, None, None, None],
    ["编号", "股室", "岗位", "责任人", "风险描述", "风险评估（LEC）", None, None, "防控办法"],
    [None, None, None, None, None, "L", "E", "C", None],
]
LEC_ROWS = [
    ["JT-01", "路政股", "股长", "岑翕", "超限运输处罚自由裁量不当", 10, 6, 7, "处罚决定集体审议。"],
    ["JT-02", "路政股", "股长", "岑翕", "路产赔偿收费不开票", 3, 6, 7, "收费一律开具票据。"],
    ["JT-03", "运管股", "科员", "亓禤", "客运线路审批暗箱操作", 3, 2, 15, "审批结果网上公示。"],
    ["JT-04", "运管股", "科员", "亓禤", "驾培机构检查走过场", 6, 2, 7, "检查记录双人签字。"],
    ["JT-05", "财务股", "会计", "钭琇", "报销凭证审核不严", 1, 1, 15, "凭证三级审核。"],
]
LEC_NOTE = "说明：风险值D=L×E×C。一级风险：D大于240；二级风险：D在90～240之间；三级风险：D小于90。"
LEC_MERGES = ["A1:I1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:H2", "I2:I3"]


def test_lec_factors_under_a_merged_heading_are_banded_by_the_note(tmp_path):
    rows = [*LEC_HEAD, *LEC_ROWS, [LEC_NOTE, *([None] * 8)]]
    merges = {"排查表": [*LEC_MERGES, "A9:I9"]}
    res = run(tmp_path, {"排查表": rows}, merges)
    # 420 一级; 126 and 90 (the band's edge, 在90～240之间) 二级; 84 and 15 三级
    assert res.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级", "Ⅱ级", "Ⅲ级", "Ⅲ级"]
    assert res.risks["risk_point"].tolist()[0] == "超限运输处罚自由裁量不当"
    assert codes(res, *NEW) == [("LEVEL_BY_FACTORS", "F3")]
    said = message(res, "LEVEL_BY_FACTORS")
    assert "“L”“E”“C”各列分值的乘积" in said and "D>240为Ⅰ级、90≤D≤240为Ⅱ级、D<90为Ⅲ级" in said
    # the factors are no one level column read on the 1–3 scale
    assert codes(res, "LEVEL_UNKNOWN", "LEVEL_BLANK", "COLUMN_GUESSED") == []


def test_lec_factors_in_an_ods_copy_read_the_same(tmp_path):
    rows = [*LEC_HEAD, *LEC_ROWS, [LEC_NOTE]]
    res = run(tmp_path, {"排查表": rows}, ods=True)  # (no merges: values only)
    assert res.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级", "Ⅱ级", "Ⅲ级", "Ⅲ级"]
    assert [c for c, _at in codes(res, *NEW)] == ["LEVEL_BY_FACTORS"]


def test_named_factors_and_a_product_column_use_the_product_as_written(tmp_path):
    # 可能性(L) | 暴露频率(E) | 后果(C) | 风险值(D) as headings of their own; one row's D is not
    # the product of its factors: the D written grades it, and the difference is a warning
    rows = [
        [
            "岗位",
            "姓名",
            "廉政风险点",
            "可能性(L)",
            "暴露频率(E)",
            "后果(C)",
            "风险值(D)",
            "防控措施",
        ],
        ["所长", "笪沄", "不动产登记资料违规查询", 6, 6, 7, 252, "查询留痕，定期抽查。"],
        ["所长", "笪沄", "土地整治项目验收把关不严", 3, 3, 15, 135, "第三方复核。"],
        ["测绘员", "郗玥", "测绘成果数据私自提供", 1, 6, 7, 42, "数据分级授权。"],
        ["测绘员", "郗玥", "界址点现场核验不实", 3, 6, 3, 300, "双人到场核验。"],
    ]
    note = ["注：D=L×E×C，D≥200为重大风险，100≤D<200为较大风险，D<100为一般风险。"]
    res = run(tmp_path, {"自然资源所": [*rows, note]})
    # 252 重大 = Ⅰ级, 135 较大 = Ⅱ级, 42 一般 = Ⅲ级; the last D 300 (the factors make 54): Ⅰ级
    assert res.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级", "Ⅲ级", "Ⅰ级"]
    assert codes(res, *NEW) == [("LEVEL_BY_FACTORS", "D1"), ("LEVEL_PRODUCT_DIFFERS", "G5")]
    assert "“风险值(D)”列的分值" in message(res, "LEVEL_BY_FACTORS")
    differs = message(res, "LEVEL_PRODUCT_DIFFERS")
    assert "300" in differs and "54" in differs
    assert codes(res, "LEVEL_UNKNOWN", "LEVEL_BLANK") == []


def test_two_factors_scored_one_to_five_are_banded_by_the_note(tmp_path):
    # the risk matrix R=L×S, each scored 1–5 (not the 1–3 the usual 3×3 matrix reads)
    rows = [
        ["科室", "岗位", "风险点", "可能性（L）", "严重性（S）", "防控措施"],
        ["采购中心", "主任", "供应商评审打招呼", 5, 4, "评审专家随机抽取。"],
        ["采购中心", "主任", "履约验收放松", 2, 5, "验收小组三人以上。"],
        ["采购中心", "经办人", "拆分采购规避招标", 3, 3, "年度采购计划公开。"],
        ["采购中心", "经办人", "询价记录不全", 1, 2, "询价记录存档备查。"],
    ]
    note = ["备注：R=L×S；R≥15为高风险，8≤R≤12为中风险，R≤6为低风险。"]
    res = run(tmp_path, {"采购": [*rows, note]})
    assert res.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级", "Ⅱ级", "Ⅲ级"]
    assert [c for c, _at in codes(res, *NEW)] == ["LEVEL_BY_FACTORS"]


def test_factors_without_bands_invent_no_level(tmp_path):
    rows = [*LEC_HEAD, *LEC_ROWS]  # no note at all
    res = run(tmp_path, {"排查表": rows}, {"排查表": LEC_MERGES})
    assert res.risks["risk_level"].tolist() == [""] * 5
    assert codes(res, *NEW) == [("LEVEL_FACTORS_UNBANDED", "F3")]  # one for the table
    assert "“L”“E”“C”" in message(res, "LEVEL_FACTORS_UNBANDED")
    assert codes(res, "LEVEL_UNKNOWN", "COLUMN_GUESSED") == []  # (no 1–3 grade read off L)


def test_lec_bands_in_words_of_danger_are_no_levels(tmp_path):
    # the textbook's five bands name dangers (极其危险 … 稍有危险), not the three risk levels:
    # which danger is which level is not said, so none is made up
    note = (
        "注：D=L×E×C，D>320为极其危险，160～320为高度危险，70～160为显著危险，"
        "20～70为一般危险，D<20为稍有危险。"
    )
    rows = [*LEC_HEAD, *LEC_ROWS, [note, *([None] * 8)]]
    res = run(tmp_path, {"排查表": rows}, {"排查表": [*LEC_MERGES, "A9:I9"]})
    assert res.risks["risk_level"].tolist() == [""] * 5
    assert [c for c, _at in codes(res, *NEW)] == ["LEVEL_FACTORS_UNBANDED"]


def test_a_product_on_the_edge_two_bands_share_is_left_unread(tmp_path):
    # '160分及以上' and '70～160' both take 160 in: a product of 160 is in two bands
    note = "注：D=L×E×C，160分及以上为一级风险，70～160为二级风险，70以下为三级风险。"
    rows = [
        ["岗位", "姓名", "风险点", "L", "E", "C", "措施"],
        ["站长", "庹玙", "检测数据造假", 10, 6, 7, "数据系统自动上传。"],
        ["站长", "庹玙", "收费标准执行不严", 1, 10, 16, "收费公示。"],
        ["检测员", "禚珺", "抽样不按规程", 1, 3, 7, "抽样全程录像。"],
    ]
    res = run(tmp_path, {"检测站": [*rows, [note]]})
    assert res.risks["risk_level"].tolist() == ["Ⅰ级", "", "Ⅲ级"]
    assert codes(res, *NEW) == [("LEVEL_BY_FACTORS", "D1"), ("LEVEL_FACTORS_UNBANDED", "D3")]


def test_a_level_column_beside_factor_columns_is_the_level(tmp_path):
    # L | E | C as the workings, a 风险等级 column of its own: the level as written, no new code
    rows = [
        ["岗位", "姓名", "风险点", "L", "E", "C", "风险等级", "措施"],
        ["队长", "郦琰", "执法检查选择性执法", 10, 6, 7, "高", "执法全程记录。"],
        ["队员", "佴瑄", "罚没物品处置不规范", 1, 2, 3, "低", "罚没物品登记入库。"],
    ]
    note = ["注：D=L×E×C，D≥160为一级风险，70≤D<160为二级风险，D<70为三级风险。"]
    res = run(tmp_path, {"执法队": [*rows, note]})
    assert res.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅲ级"]
    assert codes(res, *NEW) == []


def test_a_column_headed_l_for_something_else_is_no_factor(tmp_path):
    # 'L' as a code column of its own (no E, no C beside it), a 风险等级 column: read as before
    rows = [
        ["序号", "L", "岗位", "姓名", "风险点", "风险等级", "措施"],
        [1, "L-01", "出纳", "覃玥", "现金坐支", "二级", "日清月结。"],
        [2, "L-02", "出纳", "覃玥", "公款私存", "一级", "账户月度对账。"],
    ]
    res = run(tmp_path, {"财务": rows})
    assert res.risks["risk_level"].tolist() == ["Ⅱ级", "Ⅰ级"]
    assert codes(res, *NEW) == []


def test_a_score_column_with_bands_reads_as_before(tmp_path):
    # one 风险值 column of scores and a note of its bands ('风险值7—9为高风险'): no factors
    rows = [
        ["岗位", "姓名", "风险点", "风险值", "措施"],
        ["站长", "冼珂", "救助物资发放不公", 8, "名单公示。"],
        ["站长", "冼珂", "临时救助审核不严", 5, "两级审核。"],
        ["干事", "邰璟", "台账登记不及时", 2, "按月核对。"],
    ]
    note = ["注：风险值7—9为高风险，4—6为中风险，1—3为低风险。"]
    res = run(tmp_path, {"救助站": [*rows, note]})
    assert res.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级", "Ⅲ级"]
    assert codes(res, *NEW) == []


def test_one_to_three_factors_keep_the_usual_matrix(tmp_path):
    # 发生可能性 | 影响程度 scored 1–3, no note: the usual 3×3 matrix, as before
    rows = [
        ["岗位", "姓名", "风险点", "发生可能性", "影响程度", "措施"],
        ["主任", "宓琤", "评审打招呼", 3, 3, "专家随机抽取。"],
        ["主任", "宓琤", "验收走过场", 2, 2, "验收留痕。"],
        ["经办", "阚珏", "记录不全", 1, 2, "存档备查。"],
    ]
    res = run(tmp_path, {"中心": rows})
    assert res.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级", "Ⅲ级"]
    assert codes(res, *NEW) == []


def test_the_new_codes_are_catalogued():
    for code in NEW:
        assert code in CATALOGUE and SHORT[code] and ITEMS[code] == "风险级别"
