"""A list whose level column holds no level words but a sentence judging each risk — how likely
it is and how much harm it would do (``风险程度``: '…，发生概率高；一旦违规拨付…，影响大'; ``风险评定``:
'…，可能性较大；…，后果严重') — graded by a note: one writing out the likelihood × harm matrix
in words, pair by pair ('中风险：概率高且影响中、概率中且影响大…'; '可能性大且危害严重的，定为Ⅰ级'),
with '其余' for the rest, or one saying only that the level combines the two ('风险等级根据发生
可能性与后果严重程度综合研判确定': the usual 3×3 matrix, as two factor COLUMNS are graded). Each
cell's likelihood and harm words (placed high/middle/low by the scale of three holding the words
the column and its note use: 高/中/低, 较大/一般/较小, 大/中/小, 严重/一般/轻微 …) take the note's
level, said once a table (info LEVEL_BY_JUDGEMENT_WORDS naming the column, the words and the
note); a cell naming only one judgement, or two likelihoods, keeps its level blank with a warning
at its cell (LEVEL_JUDGEMENT_UNREAD, in place of LEVEL_UNKNOWN). A list with no level column at
all, its judgements in a column of their own (``风险分析``), the same way. Before, every such
cell was an unknown level word (LEVEL_UNKNOWN) or the column was dropped (LEVEL_BLANK).

Not the published batch's file (batch969: a 税务局's ``风险研判`` with 可能性大/一般/小 × 危害严重/
较重/轻微 and the usual matrix written out in a ``注：`` line under the list): a 县交通运输局's
``风险程度`` in 发生概率 高/中/低 × 影响 大/中/小 under level-first lines grading by a matrix of
their own (高风险/中风险/低风险, not the usual one); a 县卫生健康局's ``风险评定`` in 可能性 较大/
一般/较小 × 后果 严重/一般/轻微 under a note over the list naming no pair (the usual matrix), also
as an .ods copy behind a cover sheet; a 县水利局's list with no level column and a ``风险分析``
column, Ⅰ级/Ⅱ级/Ⅲ级. Written with xlsxwriter (tests/helpers.py) and read back as
``collect_inbox`` reads a file. Near-misses read exactly as before: a list writing its own levels
beside such a 风险分析 column and note; sentences in a level column under a note that grades
nothing (LEVEL_UNKNOWN as ever); a list of plain 高/中/低 under a matrix note.
"""

from pathlib import Path

from helpers import write_ods, write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, ITEMS, SHORT

NEW = {"LEVEL_BY_JUDGEMENT_WORDS", "LEVEL_JUDGEMENT_UNREAD"}


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, sheets: dict, merges: dict | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "一览表.xlsx", sheets, merges or {})
    return _collect(inbox)


def levels(got) -> list[tuple[str, str]]:
    return list(zip(got.risks["risk_point"], got.risks["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def issue(got, code: str):
    return got.issues[got.issues["code"] == code]


# level-first lines under the list, a matrix of their own: only 高×大 is 高风险
TRANSPORT = [
    ["县交通运输局岗位廉政风险防控一览表", None, None, None, None, None, None],
    ["序号", "科室", "职务", "姓名", "风险点", "风险程度", "防控措施"],
    [1, "局领导", "局长", "濮阳翙", "交通建设工程款拨付中违规签批",
     "工程款拨付环节多、金额大，发生概率高；一旦违规拨付危及工程质量和资金安全，影响大", "工程款按计量支付，局务会集体研究。"],
    [2, "建设管理股", "股长", "濮阳翯", "招标文件量身定制、设置排他条款",
     "招标文件由代理机构编制、股室审核，发生概率中等；一旦发生影响程度中等", "招标文件合法性审查，关键条款集体审定。"],
    [3, "运输管理股", "股长", "闻人澍", "超限运输处罚中随意减免",
     "处罚裁量空间大，发生概率高；单案金额小，影响小", "严格执行裁量基准，减免报分管领导审批。"],
    [4, "运输管理股", "科员", "闻人沚", "道路运输经营许可材料审核不严",
     "许可材料网上比对，发生概率低；一旦许可不当危及运输安全，影响大", "许可事项双人审核。"],
    [5, "运输管理股", "科员", "闻人沚", "客运线路审批拖延刁难",
     "客运线路审批已全部网上办理，发生概率低", "审批时限系统预警。"],
    [6, "财务股", "会计", "濮阳瀞", "养护资金核算不实",
     "养护项目零星、凭证多，发生概率中；一旦发生造成资金流失，影响大", "养护资金按项目核算，季度对账。"],
    ["说明：风险程度按发生概率和影响程度判定，分为三级。", None, None, None, None, None, None],
    ["高风险：概率高且影响大；", None, None, None, None, None, None],
    ["中风险：概率高且影响中、概率中且影响大、概率中且影响中；", None, None, None, None, None, None],
    ["低风险：其余情形。", None, None, None, None, None, None],
]  # fmt: skip


def test_a_level_column_of_judgements_graded_by_level_first_lines(tmp_path):
    got = run(tmp_path, {"一览表": TRANSPORT}, {"一览表": ["A1:G1", "D6:D7"]})
    assert levels(got) == [
        ("交通建设工程款拨付中违规签批", "Ⅰ级"),
        ("招标文件量身定制、设置排他条款", "Ⅱ级"),
        ("超限运输处罚中随意减免", "Ⅲ级"),  # (高×小: the usual matrix would say Ⅱ级)
        ("道路运输经营许可材料审核不严", "Ⅲ级"),  # (低×大: the usual matrix would say Ⅱ级)
        ("客运线路审批拖延刁难", ""),
        ("养护资金核算不实", "Ⅱ级"),
    ]
    said = issue(got, "LEVEL_BY_JUDGEMENT_WORDS")
    assert len(said) == 1 and list(said["cell"]) == ["F2"]
    message = said["message"].iloc[0]
    assert "风险程度" in message and "高/中/低" in message and "大/中/小" in message
    assert "中风险：概率高且影响中" in message
    assert said["severity"].iloc[0] == "info"
    unread = issue(got, "LEVEL_JUDGEMENT_UNREAD")
    assert list(unread["cell"]) == ["F7"] and unread["severity"].iloc[0] == "warning"
    assert "只写了发生可能性" in unread["message"].iloc[0]
    # the warning stands in place of the unknown level word; the notes are no points
    assert not {"LEVEL_UNKNOWN", "LEVEL_BLANK", "ROW_UNPLACED"} & codes(got)
    assert len(got.risks) == 6
    # the sentence is kept as written
    assert got.risks["raw_risk_level"].iloc[0].startswith("工程款拨付环节多")


# a note over the list saying only that the level combines the two: the usual 3×3 matrix
HEALTH = [
    ["县卫生健康局廉政风险点排查表", None, None, None, None, None],
    ["注：风险等级根据发生可能性与后果严重程度综合研判确定。", None, None, None, None, None],
    ["序号", "岗位", "姓名", "廉政风险点", "风险评定", "防控措施"],
    [1, "局长", "仲孙翀", "医疗机构设置审批中为关系人开口子",
     "审批权集中、请托多，可能性较大；违规设置危及患者安全，后果严重", "设置审批集体研究，结果公示。"],
    [2, "副局长", "仲孙翾", "公立医院药品耗材采购中打招呼",
     "集中采购平台统一议价，可能性一般；一旦发生加重群众负担，后果严重", "领导干部插手采购登记报告。"],
    [3, "医政股股长", "澹台沄", "医师执业注册审核把关不严",
     "注册材料系统比对，可能性较小；后果一般", "注册材料双人审核。"],
    [4, "医政股科员", "澹台湜", "医疗纠纷调处中偏袒一方",
     "纠纷多、调处靠个人经验，可能性一般；后果一般", "调处过程全程记录，结果告知双方。"],
    [5, "财务股会计", "仲孙澪", "卫生专项资金拨付不及时、截留",
     "平时拨付可能性较小、年底突击拨付时可能性较大；后果一般", "专项资金按进度拨付，台账月清。"],
    [6, "财务股出纳", "澹台泠", "现金收支不及时入账",
     "现金业务量少，可能性较小；后果轻微", "现金日清月结。"],
]  # fmt: skip
HEALTH_LEVELS = ["Ⅰ级", "Ⅰ级", "Ⅲ级", "Ⅱ级", "", "Ⅲ级"]


def test_a_note_saying_only_that_the_two_combine_takes_the_usual_matrix(tmp_path):
    got = run(tmp_path, {"排查表": HEALTH}, {"排查表": ["A1:F1", "A2:F2"]})
    assert [lv for _p, lv in levels(got)] == HEALTH_LEVELS
    said = issue(got, "LEVEL_BY_JUDGEMENT_WORDS")
    assert len(said) == 1 and list(said["cell"]) == ["E3"]
    message = said["message"].iloc[0]
    assert "3×3" in message and "综合研判确定" in message and "较大/一般/较小" in message
    assert "严重/一般/轻微" in message
    unread = issue(got, "LEVEL_JUDGEMENT_UNREAD")
    assert list(unread["cell"]) == ["E8"] and "较小、较大" in unread["message"].iloc[0]
    assert not {"LEVEL_UNKNOWN", "LEVEL_BLANK"} & codes(got)


def test_the_same_list_as_an_ods_copy_behind_a_cover(tmp_path):
    inbox = tmp_path / "inbox"
    cover = [["县卫生健康局"], ["岗位廉政风险排查材料"], ["2025年5月"]]
    write_ods(inbox / "卫健局.ods", {"封面": cover, "排查表": HEALTH})
    got = _collect(inbox)
    assert [lv for _p, lv in levels(got)] == HEALTH_LEVELS
    said = issue(got, "LEVEL_BY_JUDGEMENT_WORDS")
    assert len(said) == 1 and list(said["source_sheet"]) == ["排查表"]
    assert list(issue(got, "LEVEL_JUDGEMENT_UNREAD")["cell"]) == ["E8"]


# no level column at all: the judgements in a 风险分析 column, the pairs before their level
WATER_NOTE = (
    "注：按风险分析确定风险等级，可能性大且危害严重的，定为Ⅰ级；可能性大且危害一般、可能性一般且危害严重的，"
    "定为Ⅱ级；其余为Ⅲ级。"
)
WATER = [
    ["县水利局廉政风险防控清单", None, None, None, None, None],
    ["序号", "岗位", "姓名", "廉政风险点", "风险分析", "防范措施"],
    [1, "局长", "公冶翛", "水利工程招投标中干预评标",
     "工程项目多、投资大，发生可能性大；一旦发生留下工程质量隐患，危害严重", "评标专家随机抽取，领导干预登记。"],
    [2, "副局长", "公冶翊", "河道采砂许可违规审批",
     "采砂许可须经公示，可能性一般；一旦发生破坏河道安全，危害严重", "采砂许可集体研究，公开招拍挂。"],
    [3, "工程股股长", "宰父沨", "工程变更签证把关不严",
     "变更频繁、现场签证多，可能性大；危害一般", "变更签证监理、业主、施工三方会签。"],
    [4, "水资源股科员", "宰父濯", "取水许可现场核查走过场",
     "核查记录须拍照上传，可能性小；危害一般", "现场核查两人以上。"],
    [5, "水资源股科员", "宰父濯", "水资源费征收中人情减免",
     "减免须经集体研究，可能性一般；涉及金额小，危害轻微", "减免事项公示。"],
    [6, "会计", "公冶澂", "报账凭证审核不严", "暂无", "凭证双人审核。"],
    [WATER_NOTE, None, None, None, None, None],
]  # fmt: skip


def test_a_judgement_column_of_a_list_with_no_level_column(tmp_path):
    got = run(tmp_path, {"清单": WATER}, {"清单": ["A1:F1", "C6:C7"]})
    assert levels(got) == [
        ("水利工程招投标中干预评标", "Ⅰ级"),
        ("河道采砂许可违规审批", "Ⅱ级"),
        ("工程变更签证把关不严", "Ⅱ级"),
        ("取水许可现场核查走过场", "Ⅲ级"),
        ("水资源费征收中人情减免", "Ⅲ级"),
        ("报账凭证审核不严", ""),
    ]
    said = issue(got, "LEVEL_BY_JUDGEMENT_WORDS")
    assert len(said) == 1 and list(said["cell"]) == ["E2"] and "风险分析" in said["message"].iloc[0]
    unread = issue(got, "LEVEL_JUDGEMENT_UNREAD")
    assert list(unread["cell"]) == ["E8"] and "没有写明" in unread["message"].iloc[0]
    assert list(issue(got, "LEVEL_BLANK")["cell"]) == ["D8"]
    # the analysis is no point, no measure
    assert not set(got.risks["risk_point"]) & {row[4] for row in WATER[2:8]}
    assert not set(got.risks["measures"]) & {row[4] for row in WATER[2:8]}


# a near-miss: the same 风险分析 column and note beside a level column of its own
WRITTEN = [
    ["县水利局廉政风险防控清单", None, None, None, None, None, None],
    ["序号", "岗位", "姓名", "廉政风险点", "风险分析", "风险等级", "防范措施"],
    *[[*row[:5], lv, row[5]] for row, lv in zip(WATER[2:7], ["二级", "二级", "三级", "一级", "三级"], strict=True)],
    [WATER_NOTE, None, None, None, None, None, None],
]  # fmt: skip


def test_a_written_level_column_wins_and_nothing_is_said(tmp_path):
    got = run(tmp_path, {"清单": WRITTEN})
    assert [lv for _p, lv in levels(got)] == ["Ⅱ级", "Ⅱ级", "Ⅲ级", "Ⅰ级", "Ⅲ级"]
    assert not NEW & codes(got)
    assert not {"LEVEL_BLANK", "LEVEL_UNKNOWN"} & codes(got)


# a near-miss: sentences in a level column, but the note grades nothing
UNGRADED = [
    ["县交通运输局岗位廉政风险防控一览表", None, None, None, None],
    ["序号", "职务", "姓名", "风险点", "风险研判"],
    [1, "局长", "濮阳翙", "工程款拨付中违规签批", "金额大，发生可能性大；危害严重"],
    [2, "股长", "闻人澍", "超限运输处罚中随意减免", "裁量空间大，发生可能性一般；危害较重"],
    [3, "科员", "闻人沚", "运输许可审核不严", "网上比对，发生可能性小；危害轻微"],
    ["注：风险研判由各股室集体研究填写，报局党组审定。", None, None, None, None],
]  # fmt: skip


def test_sentences_under_a_note_that_grades_nothing_read_as_before(tmp_path):
    got = run(tmp_path, {"一览表": UNGRADED})
    assert [lv for _p, lv in levels(got)] == ["", "", ""]
    assert not NEW & codes(got)
    assert list(issue(got, "LEVEL_UNKNOWN")["cell"]) == ["E3", "E4", "E5"]


# a near-miss: plain level words under a note writing out a matrix (of factor columns elsewhere)
PLAIN = [
    ["县卫生健康局廉政风险点排查表", None, None, None, None],
    ["序号", "岗位", "姓名", "廉政风险点", "风险等级"],
    [1, "局长", "仲孙翀", "医疗机构设置审批中为关系人开口子", "高"],
    [2, "医政股股长", "澹台沄", "医师执业注册审核把关不严", "中"],
    [3, "财务股出纳", "澹台泠", "现金收支不及时入账", "低"],
    ["注：可能性大且危害严重的为高风险；可能性一般且危害较重的为中风险；其余为低风险。", None, None, None, None],
]  # fmt: skip


def test_plain_level_words_under_a_matrix_note_read_as_before(tmp_path):
    got = run(tmp_path, {"排查表": PLAIN})
    assert [lv for _p, lv in levels(got)] == ["Ⅰ级", "Ⅱ级", "Ⅲ级"]
    assert not NEW & codes(got)


def test_the_codes_are_catalogued_in_chinese():
    for code in NEW:
        assert code in CATALOGUE and code in SHORT and ITEMS[code] == "风险级别"
        assert any("\u4e00" <= ch <= "\u9fff" for ch in SHORT[code])
    assert CATALOGUE["LEVEL_BY_JUDGEMENT_WORDS"][0] == "info"
    assert CATALOGUE["LEVEL_JUDGEMENT_UNREAD"][0] == "warning"


def test_the_note_on_a_sheet_of_instructions(tmp_path):
    # the health list with its note moved to a 填表说明 sheet before it
    rows = [HEALTH[0], *HEALTH[2:]]
    notes = [["填表说明"], ["1.每个岗位逐条填写廉政风险点。"], [HEALTH[1][0]]]
    got = run(tmp_path, {"填表说明": notes, "排查表": rows}, {"排查表": ["A1:F1"]})
    assert [lv for _p, lv in levels(got)] == HEALTH_LEVELS
    said = issue(got, "LEVEL_BY_JUDGEMENT_WORDS")
    assert list(said["source_sheet"]) == ["排查表"] and list(said["cell"]) == ["E2"]
    assert "综合研判确定" in said["message"].iloc[0]
