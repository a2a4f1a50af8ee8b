"""Two years' risk-point lists side by side in the same rows, each under a band headed by its year
('2023年度 | 2024年度', '上年度 | 本年度', '原 | 现') merged over its own 风险点 | 风险等级 (and maybe
防控措施), the rows unpaired across the years (points kept, reworded, dropped, new, re-levelled).
Only the current band is read — the one a note under the table names as this year's, else the
latest — with its own level and measures; the older band's cells are no points (one info,
YEAR_BANDS_LATEST, names the bands), and a row whose current point is blank is no row (no
POINT_BLANK). Holder columns outside the bands serve both. Before, both bands were read as two
point columns of one list: last year's points came in beside this year's, a re-levelled point
kept last year's level, the old-only rows warned MEASURES_BLANK.

Near-misses an ordinary file has, read as before: one band ('2024年度' over the whole list) with
no second year; a holder's heading over '2023年 | 2024年' (COLUMN_LATEST_YEAR's) beside one
point column; two point | level pairs under bands that are no years ('第一项 | 第二项').

Not the published batch's table (a 宗教活动场所管理所 with '2024年度 | 2025年度' and a 注): a
自然资源局 with 上年度 | 本年度 and 一级/二级/三级, a 人民医院 with 原 | 现 and the holder's
columns after the bands (高/中/低), a 水务局 with the current band FIRST and a note '以…为准'
(Ⅰ级/Ⅱ级/Ⅲ级) — written with tests/helpers.py and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def run(tmp_path: Path, rows: list[list], merges: list[str] = ()):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {"Sheet1": rows}, merges={"Sheet1": list(merges)})
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def read(got) -> list[tuple[str, str, str]]:
    r = got.risks
    return list(zip(r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> list[str]:
    return got.issues["code"].tolist()


# 县自然资源局: 上年度 | 本年度 bands, holders first, 一级/二级/三级, no note (the latest read)
LAND = [
    ["XX县自然资源局岗位廉政风险点对照表"],
    ["序号", "科室", "职务", "责任人", "上年度", None, "本年度", None, None],
    [None, None, None, None, "风险点", "等级", "风险点", "等级", "防控措施"],
    [1, "用地审批股", "股长", "覃屹峤", "建设用地预审把关不严", "二级", "建设用地预审把关不严", "一级", "预审意见集体研究。"],
    [2, "用地审批股", "股长", "覃屹峤", "土地出让底价泄露", "一级", None, None, None],
    [3, "用地审批股", "股长", "覃屹峤", None, None, "违规调整容积率", "一级", "调整须经规委会审议。"],
    [4, "执法监察大队", "队长", "阚沁瑶", "违法用地查处不力", "二级", "违法用地查处选择性执法", "二级", "案件集体审理。"],
    [5, "执法监察大队", "队长", "阚沁瑶", "罚没款收缴不规范", "三级", "罚没款收缴不规范", "三级", "罚缴分离。"],
]  # fmt: skip
LAND_MERGES = ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:F2", "G2:I2"]


def test_the_latest_band_alone_is_read(tmp_path):
    got = run(tmp_path, LAND, LAND_MERGES)
    assert read(got) == [
        ("覃屹峤", "建设用地预审把关不严", "Ⅰ级"),
        ("覃屹峤", "违规调整容积率", "Ⅰ级"),
        ("阚沁瑶", "违法用地查处选择性执法", "Ⅱ级"),
        ("阚沁瑶", "罚没款收缴不规范", "Ⅲ级"),
    ]
    assert codes(got).count("YEAR_BANDS_LATEST") == 1
    assert not {"POINT_BLANK", "MEASURES_BLANK", "POINT_REPEATED"} & set(codes(got))
    issue = got.issues[got.issues["code"] == "YEAR_BANDS_LATEST"].iloc[0]
    assert issue["cell"] == "G2" and issue["severity"] == "info"
    assert "“上年度”、“本年度”" in issue["message"] and "只读“本年度”一栏" in issue["message"]
    assert "YEAR_BANDS_LATEST" in CATALOGUE and "YEAR_BANDS_LATEST" in SHORT


# 县人民医院: 原 | 现 bands after the 编号, the holder's columns after them, 高/中/低, measures in each band
HOSPITAL = [
    ["XX县人民医院科室廉政风险点（调整对照）"],
    ["编号", "原", None, None, "现", None, None, "科室", "岗位", "姓名"],
    [None, "廉政风险点", "风险等级", "防控措施", "廉政风险点", "风险等级", "防控措施", None, None, None],
    ["1", "药品采购收受回扣", "高", "集中采购。", "药品遴选收受回扣", "高", "药事会集体遴选。", "药剂科", "主任", "禚琇岑"],
    ["2", "处方点评走过场", "低", "定期点评。", "处方点评走过场", "中", "点评结果公示。", "药剂科", "主任", "禚琇岑"],
    ["3", "耗材验收不严", "中", "双人验收。", None, None, None, "设备科", "科长", "眭沄翯"],
]  # fmt: skip
HOSPITAL_MERGES = ["A2:A3", "B2:D2", "E2:G2", "H2:H3", "I2:I3", "J2:J3"]


def test_before_and_after_bands_with_holders_after_them(tmp_path):
    got = run(tmp_path, HOSPITAL, HOSPITAL_MERGES)
    assert read(got) == [
        ("禚琇岑", "药品遴选收受回扣", "Ⅰ级"),
        ("禚琇岑", "处方点评走过场", "Ⅱ级"),
    ]
    assert got.risks["measures"].tolist() == ["药事会集体遴选。", "点评结果公示。"]
    issue = got.issues[got.issues["code"] == "YEAR_BANDS_LATEST"].iloc[0]
    assert issue["cell"] == "E2" and "“原”、“现”" in issue["message"]
    assert not {"POINT_BLANK", "LEVEL_BLANK", "MEASURES_BLANK"} & set(codes(got))


# 县水务局: the current band first ('2024年度'), last year's after it, a note '以…为准', Ⅰ级/Ⅱ级/Ⅲ级
WATER = [
    ["XX县水务局廉政风险点排查表"],
    ["序号", "股室", "岗位", "姓名", "2024年度", None, "2023年度", None],
    [None, None, None, None, "廉政风险点", "风险等级", "廉政风险点", "风险等级"],
    [1, "工程建设股", "股长", "郗晓桐", "水利工程招标设置倾向性条款", "Ⅰ级", "水利工程招标暗箱操作", "Ⅰ级"],
    [2, "工程建设股", "股长", "郗晓桐", "工程变更签证审核不严", "Ⅱ级", "工程变更签证审核不严", "Ⅲ级"],
    [3, "水资源股", "科员", "甄澍霖", None, None, "取水许可审批拖延", "Ⅲ级"],
    [4, "水资源股", "科员", "甄澍霖", "水资源费征收人情减免", "Ⅱ级", None, None],
    ["注：以“2024年度”栏为准，“2023年度”栏仅供对照。"],
]  # fmt: skip
WATER_MERGES = ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:F2", "G2:H2"]


def test_the_band_a_note_names_first_in_the_row(tmp_path):
    got = run(tmp_path, WATER, WATER_MERGES)
    assert read(got) == [
        ("郗晓桐", "水利工程招标设置倾向性条款", "Ⅰ级"),
        ("郗晓桐", "工程变更签证审核不严", "Ⅱ级"),
        ("甄澍霖", "水资源费征收人情减免", "Ⅱ级"),
    ]
    issue = got.issues[got.issues["code"] == "YEAR_BANDS_LATEST"].iloc[0]
    assert issue["cell"] == "E2" and "表下说明" in issue["message"]
    assert "POINT_BLANK" not in codes(got)


# near-miss: one year band over the whole list ('2024年度'), no second year: read as before
ONE_BAND = [
    ["XX县水务局廉政风险点排查表"],
    ["序号", "股室", "姓名", "2024年度", None, None],
    [None, None, None, "廉政风险点", "风险等级", "防控措施"],
    [1, "工程建设股", "郗晓桐", "水利工程招标设置倾向性条款", "Ⅰ级", "招标文件集体审定。"],
    [2, "水资源股", "甄澍霖", "水资源费征收人情减免", "Ⅱ级", "减免集体研究。"],
]  # fmt: skip


def test_one_year_band_is_an_ordinary_list(tmp_path):
    got = run(tmp_path, ONE_BAND, ["A2:A3", "B2:B3", "C2:C3", "D2:F2"])
    assert read(got) == [
        ("郗晓桐", "水利工程招标设置倾向性条款", "Ⅰ级"),
        ("甄澍霖", "水资源费征收人情减免", "Ⅱ级"),
    ]
    assert "YEAR_BANDS_LATEST" not in codes(got)


# near-miss: the holder's heading over 2023年 | 2024年, one point column: COLUMN_LATEST_YEAR's
HOLDER_YEARS = [
    ["XX县自然资源局廉政风险防控一览表"],
    ["序号", "科室", "责任人", None, "风险点", "风险等级"],
    [None, None, "2023年", "2024年", None, None],
    [1, "用地审批股", "覃屹峤", "阚沁瑶", "建设用地预审把关不严", "一级"],
    [2, "执法监察大队", "阚沁瑶", "覃屹峤", "违法用地查处不力", "二级"],
]  # fmt: skip


def test_a_holder_over_years_beside_one_point_column_is_as_before(tmp_path):
    got = run(tmp_path, HOLDER_YEARS, ["A2:A3", "B2:B3", "C2:D2", "E2:E3", "F2:F3"])
    assert read(got) == [
        ("阚沁瑶", "建设用地预审把关不严", "Ⅰ级"),
        ("覃屹峤", "违法用地查处不力", "Ⅱ级"),
    ]
    assert "YEAR_BANDS_LATEST" not in codes(got)
    assert "COLUMN_LATEST_YEAR" in codes(got)


# near-miss: two point | level pairs under bands that are no years: both points of the row read
TWO_ITEMS = [
    ["XX县人民医院岗位廉政风险点"],
    ["科室", "姓名", "第一项", None, "第二项", None],
    [None, None, "廉政风险点", "风险等级", "廉政风险点", "风险等级"],
    ["药剂科", "禚琇岑", "药品采购收受回扣", "高", "处方点评走过场", "中"],
    ["设备科", "眭沄翯", "耗材验收不严", "中", "设备维修虚报", "低"],
]  # fmt: skip


def test_pairs_under_bands_that_are_no_years_are_as_before(tmp_path):
    got = run(tmp_path, TWO_ITEMS, ["A2:A3", "B2:B3", "C2:D2", "E2:F2"])
    assert sorted(read(got)) == sorted([
        ("禚琇岑", "药品采购收受回扣", "Ⅰ级"),
        ("禚琇岑", "处方点评走过场", "Ⅱ级"),
        ("眭沄翯", "耗材验收不严", "Ⅱ级"),
        ("眭沄翯", "设备维修虚报", "Ⅲ级"),
    ])  # fmt: skip
    assert "YEAR_BANDS_LATEST" not in codes(got)


# each year's band names its own holder ('2024年 | 2025年' each over 责任人 | 风险点 | 等级; a post
# changing hands): the current band's holder holds its points
BANDS_WITH_HOLDERS = [
    ["XX县林业和草原局岗位廉政风险点对照表"],
    ["序号", "股室", "2024年", None, None, "2025年", None, None],
    [None, None, "责任人", "风险点", "风险等级", "责任人", "风险点", "风险等级"],
    [1, "资源股", "訾望舒", "林木采伐许可审查不严", "二级", "宓沄翀", "林木采伐许可审查不严", "一级"],
    [2, "资源股", "訾望舒", "征占用林地初审把关不严", "一级", "宓沄翀", "征占用林地初审把关不严", "一级"],
    [3, "计财股", "隗清漪", "专项资金拨付不及时", "三级", "隗清漪", "生态护林员补助发放不实", "二级"],
]  # fmt: skip


def test_what_the_hundred_and_twenty_ninth_review_found_holders_inside_the_bands(tmp_path):
    """Each band naming its own holder ('2024年 | 2025年' each over 责任人 | 风险点 | 风险等级):
    the rule had set the holder columns inside the bands aside with the older band's, every point
    read with no holder (before the rule the two bands were two tables, last year's holder's
    points standing too). The current band's holder, post or 科室 columns now take their roles:
    this year's holder holds this year's points; last year's holder is no holder."""
    got = run(tmp_path, BANDS_WITH_HOLDERS, ["A2:A3", "B2:B3", "C2:E2", "F2:H2"])
    assert read(got) == [
        ("宓沄翀", "林木采伐许可审查不严", "Ⅰ级"),
        ("宓沄翀", "征占用林地初审把关不严", "Ⅰ级"),
        ("隗清漪", "生态护林员补助发放不实", "Ⅱ级"),
    ]
    assert got.risks["department"].tolist() == ["资源股", "资源股", "计财股"]
    assert codes(got).count("YEAR_BANDS_LATEST") == 1
    assert "PERSON_BLANK" not in codes(got)


# '原 | 现' each over 岗位 | 风险点 | 等级 (a holder moved to another post): the post now held
BANDS_WITH_POSTS = [
    ["XX县人民医院岗位调整前后廉政风险点"],
    ["序号", "姓名", "原", None, None, "现", None, None],
    [None, None, "岗位", "廉政风险点", "风险等级", "岗位", "廉政风险点", "风险等级"],
    [1, "禚琇岑", "药剂科副主任", "处方点评走过场", "中", "药剂科主任", "药品遴选收受回扣", "高"],
    [2, "眭沄翯", "设备科科员", "耗材验收不严", "低", "设备科科长", "设备采购参数倾向", "高"],
]  # fmt: skip


def test_what_the_hundred_and_twenty_ninth_review_found_posts_inside_the_bands(tmp_path):
    """'原 | 现' each over 岗位 | 廉政风险点 | 风险等级: the post is the current band's (the rule
    had left every point with no post)."""
    got = run(tmp_path, BANDS_WITH_POSTS, ["A2:A3", "B2:B3", "C2:E2", "F2:H2"])
    assert read(got) == [
        ("禚琇岑", "药品遴选收受回扣", "Ⅰ级"),
        ("眭沄翯", "设备采购参数倾向", "Ⅰ级"),
    ]
    assert [t.endswith(("主任", "科长")) for t in got.risks["title"]] == [True, True]
    assert codes(got).count("YEAR_BANDS_LATEST") == 1


def test_what_the_hundred_and_twenty_ninth_review_found_a_blank_band_said_as_last_year(tmp_path):
    """'注：本年度栏空白的，表示与上年度相同。' under 上年度 | 本年度 bands: a row whose point is kept
    from last year is left blank in this year's band. The rule had dropped it as last year's alone
    (a standing point lost, silently). With such a note the blank row reads last year's band (its
    point, level and measures); the info says so. Without the note the row stays no row."""
    rows = [list(r) for r in LAND] + [["注：本年度栏空白的，表示与上年度相同。"]]
    got = run(tmp_path, rows, [*LAND_MERGES, "A9:I9"])
    assert read(got) == [
        ("覃屹峤", "建设用地预审把关不严", "Ⅰ级"),
        ("覃屹峤", "土地出让底价泄露", "Ⅰ级"),
        ("覃屹峤", "违规调整容积率", "Ⅰ级"),
        ("阚沁瑶", "违法用地查处选择性执法", "Ⅱ级"),
        ("阚沁瑶", "罚没款收缴不规范", "Ⅲ级"),
    ]
    issue = got.issues[got.issues["code"] == "YEAR_BANDS_LATEST"].iloc[0]
    assert "照往年一栏读取" in issue["message"] and "本栏空白的行不读" not in issue["message"]
