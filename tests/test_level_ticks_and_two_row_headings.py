"""Three shapes of ordinary tables whose risk text is headed by a word the reader only guesses
(主要问题, 存在问题, 廉政隐患 …):

(a) the level a band of ticks under a merged level heading ('风险等级' over '一级 | 二级 | 三级'
    on the row below, '√' in one of them a row): the row below is the header's second row, the
    ticks each row's level, as under a known point heading;
(b) the level words headed on their own on the one heading row ('高 | 中 | 低', no parent over
    them), '√' in one of them a row: a level band all the same (a '高' column holding text is
    none);
(c) a heading merged across over sub-headings ('风险评估' over '主要问题 | 风险等级'): the two rows
    judged together; without a level or type among them it is a rectification ledger, no risks.

Not the helpers' files: a 县水利局's, a 街道办's, a 市场监管所's and a 中学's tables, other
posts, names, level words and arrangements (two heading rows or one, post and name in one cell
or two columns, an extra 责任人 or 备注 column), written with xlsxwriter (tests/helpers.py) and
read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str]):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "list.xlsx", {"风险表": rows}, {"风险表": merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


def guessed_at(got) -> set[str]:
    """The cells of the COLUMN_GUESSED issues reading a column as the risk point."""
    i = got.issues
    i = i[(i["code"] == "COLUMN_GUESSED") & i["message"].str.contains("风险点")]
    return set(i["cell"])


# (a) ticks under a merged level heading, the point heading guessed

WATER = [
    ["县水利局岗位廉政风险排查表"],
    ["序号", "岗位", "姓名", "廉政隐患", "风险等级", "", "", "防控措施"],
    ["", "", "", "", "一级", "二级", "三级", ""],
    ["1", "工程建设股长", "濮云舒", "招标中量身定制资格条件，排斥潜在投标人", "√", "", "",
     "招标文件集体审定，纪检全程监督。"],
    ["2", "河道管理员", "郏望川", "河道采砂许可审查不严，收受好处", "", "√", "",
     "许可结果网上公示，双人审核。"],
    ["3", "财务会计", "禚听澜", "项目资金拨付不按进度，虚列支出", "", "", "√",
     "按进度拨付，凭监理签证付款。"],
]  # fmt: skip
WATER_MERGES = ["A1:H1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:G2", "H2:H3"]


def test_ticks_under_a_merged_level_heading_beside_a_guessed_point(tmp_path):
    got = run(tmp_path, WATER, WATER_MERGES)
    assert read(got) == sorted([
        ("工程建设股长", "濮云舒", "招标中量身定制资格条件，排斥潜在投标人", "Ⅰ级"),
        ("河道管理员", "郏望川", "河道采砂许可审查不严，收受好处", "Ⅱ级"),
        ("财务会计", "禚听澜", "项目资金拨付不按进度，虚列支出", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "POINT_BLANK" not in set(got.issues["code"])


def test_high_middle_low_ticks_under_a_merged_heading_post_and_name_in_one_cell(tmp_path):
    rows = [
        ["街道办事处廉政风险点一览表"],
        ["岗位及姓名", "存在问题", "风险级别", "", "", "防范措施", "备注"],
        ["", "", "高", "中", "低", "", ""],
        ["城管中队长 籍皓辰", "违规减免罚款，以罚代管", "", "√", "", "罚没款统一入账，案卷季度抽查。", ""],
        ["低保专干 戚若岚", "低保审核优亲厚友，应退不退", "√", "", "", "入户调查双人进行，结果张榜公示。", ""],
        ["出纳 滕致远", "公款私存，坐支现金", "", "", "✔", "日清月结，主任每月盘点。", ""],
    ]  # fmt: skip
    merges = ["A1:G1", "A2:A3", "B2:B3", "C2:E2", "F2:F3", "G2:G3"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("城管中队长", "籍皓辰", "违规减免罚款，以罚代管", "Ⅱ级"),
        ("低保专干", "戚若岚", "低保审核优亲厚友，应退不退", "Ⅰ级"),
        ("出纳", "滕致远", "公款私存，坐支现金", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)


# (b) level words headed on their own, ticks under them

MARKET = [
    ["市场监管所岗位廉政风险防控表"],
    ["序号", "科室", "岗位", "主要问题", "一级", "二级", "三级", "防控措施"],
    ["1", "执法中队", "执法队员", "查处案件时降低处罚标准，收受财物", "", "✓", "",
     "处罚裁量集体讨论，全程记录。"],
    ["2", "登记窗口", "登记员", "为不符合条件的主体办理登记", "", "", "✓",
     "登记材料二次复核，限时办结。"],
    ["3", "所领导", "所长", "干预案件办理，说情打招呼", "✓", "", "",
     "说情干预登记报告制度。"],
]  # fmt: skip


def test_level_words_headed_on_their_own_over_ticks(tmp_path):
    got = run(tmp_path, MARKET, ["A1:H1"])
    assert read(got) == sorted([
        ("执法队员", "", "查处案件时降低处罚标准，收受财物", "Ⅱ级"),
        ("登记员", "", "为不符合条件的主体办理登记", "Ⅲ级"),
        ("所长", "", "干预案件办理，说情打招呼", "Ⅰ级"),
    ])  # fmt: skip
    no_errors(got)


def test_high_middle_low_on_their_own_with_a_holder_column(tmp_path):
    rows = [
        ["中学岗位廉政风险点登记表"],
        ["岗位", "责任人", "廉政隐患", "高", "中", "低", "防范措施"],
        ["总务主任", "闵书铭", "食堂原材料采购吃回扣", "√", "", "", "大宗采购公开招标，膳食委员会监督。"],
        ["教务主任", "訾语桐", "招生编班中违规择校收费", "", "√", "", "编班电脑随机，结果公示。"],
        ["班主任", "郦晚晴", "收受学生家长礼品礼金", "", "", "√", "签订廉洁从教承诺书。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"])
    assert read(got) == sorted([
        ("总务主任", "闵书铭", "食堂原材料采购吃回扣", "Ⅰ级"),
        ("教务主任", "訾语桐", "招生编班中违规择校收费", "Ⅱ级"),
        ("班主任", "郦晚晴", "收受学生家长礼品礼金", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)


def test_a_high_column_holding_text_is_no_level_band(tmp_path):
    """'高 | 中 | 低' over texts (what each level would mean), not marks: no band read."""
    rows = [list(r) for r in MARKET]
    rows[1] = ["序号", "科室", "岗位", "主要问题", "高", "中", "低", "防控措施"]
    for r, texts in zip(rows[2:], [("造成重大损失", "影响较大", "影响轻微")] * 3, strict=True):
        r[4:7] = texts
    got = run(tmp_path, rows, ["A1:H1"])
    assert not set(got.risks["risk_level"]) & {"Ⅰ级", "Ⅱ级", "Ⅲ级"} or len(got.risks) == 0


def test_a_row_ticked_twice_is_no_level_band(tmp_path):
    """Two ticks in a row (a check done in two quarters): no level band, as before."""
    rows = [list(r) for r in MARKET]
    rows[2][4:7] = ["✓", "✓", ""]
    got = run(tmp_path, rows, ["A1:H1"])
    assert "Ⅱ级" not in set(got.risks["risk_level"])
    assert len(got.risks) == 0


# (c) a heading merged across over the sub-headings that name the risk text and its level

ROAD = [
    ["交通运输局廉政风险评估表"],
    ["序号", "岗位", "姓名", "风险评估", "", "防控措施", "责任人"],
    ["", "", "", "存在问题", "风险等级", "", ""],
    ["1", "路政员", "眭砚秋", "路政许可审查走过场，收受好处费", "二级", "许可事项网上办理，全程留痕。", "左立峰"],
    ["2", "质监站长", "褚清越", "工程质量检测数据造假，放松验收", "一级", "检测报告双签，第三方抽检。", "左立峰"],
    ["3", "运管员", "糜向晚", "营运证审批刁难服务对象", "三级", "一次性告知，限时办结。", "左立峰"],
]  # fmt: skip
ROAD_MERGES = ["A1:G1", "A2:A3", "B2:B3", "C2:C3", "D2:E2", "F2:F3", "G2:G3"]


def test_a_heading_across_over_the_risk_text_and_its_level(tmp_path):
    got = run(tmp_path, ROAD, ROAD_MERGES)
    assert read(got) == sorted([
        ("路政员", "眭砚秋", "路政许可审查走过场，收受好处费", "Ⅱ级"),
        ("质监站长", "褚清越", "工程质量检测数据造假，放松验收", "Ⅰ级"),
        ("运管员", "糜向晚", "营运证审批刁难服务对象", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert guessed_at(got) == {"D2"}  # (the risk text's column a guess: reported)


def test_a_heading_across_over_type_point_and_level_no_holder_name(tmp_path):
    rows = [
        ["镇财政所廉政风险情况表"],
        ["岗位", "风险情况", "", "", "防控措施"],
        ["", "风险类型", "主要问题", "风险等级", ""],
        ["所长", "岗位职责", "惠农补贴发放审核把关不严", "高", "补贴名册村、镇两级公示。"],
        ["会计", "制度机制", "会计凭证审核不严，虚列支出", "中", "凭证所长审签，季度自查。"],
        ["出纳", "思想道德", "挪用公款，公款私存", "低", "银行对账单会计核对。"],
    ]  # fmt: skip
    merges = ["A1:E1", "A2:A3", "B2:D2", "E2:E3"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("所长", "", "惠农补贴发放审核把关不严", "Ⅰ级"),
        ("会计", "", "会计凭证审核不严，虚列支出", "Ⅱ级"),
        ("出纳", "", "挪用公款，公款私存", "Ⅲ级"),
    ])  # fmt: skip
    assert sorted(got.risks["risk_type"]) == sorted(
        ["岗位职责风险", "思想道德风险", "制度机制风险"]
    )
    no_errors(got)


def test_a_rectification_ledger_under_a_heading_across_is_no_risk_list(tmp_path):
    """'问题情况' over '存在问题 | 问题来源', then 整改措施 | 整改时限: no level or type said
    on either row, a rectification ledger (as a one-row ledger is): no risks read."""
    rows = [
        ["巡察反馈问题整改台账"],
        ["序号", "科室", "问题情况", "", "整改措施", "整改时限"],
        ["", "", "存在问题", "问题来源", "", ""],
        ["1", "办公室", "公务接待审批手续不全，超标准接待", "巡察反馈", "完善接待审批单。", "2024年6月底"],
        ["2", "财务科", "部分报销凭证附件不齐，审核不严", "审计发现", "逐笔补齐附件。", "2024年5月底"],
        ["3", "项目办", "工程变更未经集体研究即实施", "巡察反馈", "建立变更会审制度。", "2024年7月底"],
    ]  # fmt: skip
    merges = ["A1:F1", "A2:A3", "B2:B3", "C2:D2", "E2:E3", "F2:F3"]
    got = run(tmp_path, rows, merges)
    assert len(got.risks) == 0


def test_a_known_point_heading_under_a_heading_across_reads_as_before(tmp_path):
    """'风险评估' over '风险点 | 风险等级' (a named point): the known header's reading, no guess."""
    rows = [list(r) for r in ROAD]
    rows[2] = ["", "", "", "风险点", "风险等级", "", ""]
    got = run(tmp_path, rows, ROAD_MERGES)
    assert len(read(got)) == 3
    assert guessed_at(got) == set()
    no_errors(got)
