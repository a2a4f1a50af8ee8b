"""One row a person whose heading ends in repeated ``point | level`` pairs ('风险点（一） |
风险等级 | 风险点（二） | 风险等级'), and a person with more points typing further pairs on into the
unheaded columns right of the heading: each such pair is one more point of that row's holder, at
its own level (PAIRS_CONTINUED_UNHEADED, one info a table); a lone point with no level beside it
is still a point (LEVEL_BLANK, as in the headed pairs).

Not the published batch's file (a county 档案馆's 排查表 with 科室 | 岗位 | 姓名, 高/中/低 and two
headed pairs, a '注：…续填…' line): a 水务局, a 乡镇财政所 and a 疾控中心, other posts and names,
``一级/二级/三级``, ``Ⅰ级/Ⅱ级`` and ``★★★/★★/★``, one or two heading rows, post and name in one cell,
an extra column before the pairs, no note or another one; written with xlsxwriter
(tests/helpers.py) and read back as ``collect_inbox`` reads a file. The negatives are tables that
look a bit alike and read as before: a stray comment right of an ordinary list, names of a
reviewer right of the pairs, measures typed on past a lone measures heading.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None, sheet: str = "自查"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def errors(got) -> set[str]:
    return set(got.issues[got.issues["severity"] == "error"]["code"])


def said(got, code: str) -> list[str]:
    return list(got.issues[got.issues["code"] == code]["cell"])


def test_code_is_catalogued():
    assert "PAIRS_CONTINUED_UNHEADED" in CATALOGUE and "PAIRS_CONTINUED_UNHEADED" in SHORT


def test_one_heading_row_two_further_pairs_read_as_the_rows_points(tmp_path):
    rows = [["XX县水务局岗位廉政风险点自查表"],
            ["序号", "股室", "职务", "姓名", "风险点（一）", "风险等级", "风险点（二）", "风险等级"],
            [1, "局领导", "局长", "濮阳霁川", "水利工程招投标中打招呼、定向发包", "一级",
             "水资源费减免个人说了算", "一级", "河道采砂许可违规审批", "二级",
             "接受施工企业宴请", "三级"],
            [2, "水政监察大队", "大队长", "亓官沐澄", "河道违法案件查处选择性执法", "一级",
             None, None],
            [3, "工程管理股", "股长", "闾丘沛然", "工程计量签证把关不严", "二级",
             "隐蔽工程验收不到现场", "二级", "变更设计不报批即实施", "一级"],
            ["本表一式两份。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:H1", "A6:H6"])
    assert read(got) == sorted([
        ("局长", "濮阳霁川", "水利工程招投标中打招呼、定向发包", "Ⅰ级"),
        ("局长", "濮阳霁川", "水资源费减免个人说了算", "Ⅰ级"),
        ("局长", "濮阳霁川", "河道采砂许可违规审批", "Ⅱ级"),
        ("局长", "濮阳霁川", "接受施工企业宴请", "Ⅲ级"),
        ("大队长", "亓官沐澄", "河道违法案件查处选择性执法", "Ⅰ级"),
        ("股长", "闾丘沛然", "工程计量签证把关不严", "Ⅱ级"),
        ("股长", "闾丘沛然", "隐蔽工程验收不到现场", "Ⅱ级"),
        ("股长", "闾丘沛然", "变更设计不报批即实施", "Ⅰ级"),
    ])  # fmt: skip
    assert said(got, "PAIRS_CONTINUED_UNHEADED") == ["I2"]
    info = got.issues[got.issues["code"] == "PAIRS_CONTINUED_UNHEADED"]["value"].iloc[0]
    assert "I–L" in info
    assert "CELL_OUTSIDE" not in codes(got)
    assert not errors(got)


def test_two_heading_rows_post_and_name_in_one_cell_roman_levels(tmp_path):
    # '岗位（姓名）' in one cell, '廉政风险点及等级' merged over the two headed pairs in the upper
    # heading row; a note under the table says to type further pairs to the right
    rows = [["XX镇财政所岗位廉政风险排查表"],
            ["序号", "岗位（姓名）", "廉政风险点及等级", None, None, None],
            [None, None, "风险点一", "等级", "风险点二", "等级"],
            [1, "所长（宰父澜清）", "惠农补贴资金发放审核不严", "Ⅰ级",
             "专项资金拨付优亲厚友", "Ⅰ级", "村级财务代理记账走过场", "Ⅱ级"],
            [2, "会计（公良星遥）", "报销单据审核不严、虚列支出", "Ⅱ级",
             "公款私存、挪用资金", "Ⅰ级"],
            [3, "出纳（巫马若溪）", "现金收付不及时入账", "Ⅱ级", None, None],
            ["说明：风险点多于两个的，在表格右侧依次续写风险点和等级。"]]  # fmt: skip
    merges = ["A1:F1", "A2:A3", "B2:B3", "C2:F2", "A7:F7"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("所长", "宰父澜清", "惠农补贴资金发放审核不严", "Ⅰ级"),
        ("所长", "宰父澜清", "专项资金拨付优亲厚友", "Ⅰ级"),
        ("所长", "宰父澜清", "村级财务代理记账走过场", "Ⅱ级"),
        ("会计", "公良星遥", "报销单据审核不严、虚列支出", "Ⅱ级"),
        ("会计", "公良星遥", "公款私存、挪用资金", "Ⅰ级"),
        ("出纳", "巫马若溪", "现金收付不及时入账", "Ⅱ级"),
    ])  # fmt: skip
    assert said(got, "PAIRS_CONTINUED_UNHEADED") == ["G2"]
    assert "CELL_OUTSIDE" not in codes(got)
    assert not errors(got)


def test_extra_column_stars_and_a_lone_point_with_no_level(tmp_path):
    # a 联系电话 column before the pairs, ★ levels; the third pair of one row leaves its level
    # blank: still a point (LEVEL_BLANK as a headed pair's would be)
    rows = [["XX市疾病预防控制中心岗位廉政风险点登记表"],
            ["科室", "岗位", "姓名", "联系电话", "廉政风险点1", "风险等级", "廉政风险点2", "风险等级"],
            ["检验科", "科长", "赫连清和", "0351-5550101", "检测报告数据篡改", "★★★",
             "试剂耗材验收把关不严", "★★", "委托检测收费不开票", "★★"],
            ["免疫规划科", "科长", "拓跋映川", "0351-5550102", "疫苗出入库登记不实", "★★★",
             "接受疫苗企业宴请", "★★", "冷链设备采购指定品牌", None]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:H1"])
    assert read(got) == sorted([
        ("科长", "赫连清和", "检测报告数据篡改", "Ⅰ级"),
        ("科长", "赫连清和", "试剂耗材验收把关不严", "Ⅱ级"),
        ("科长", "赫连清和", "委托检测收费不开票", "Ⅱ级"),
        ("科长", "拓跋映川", "疫苗出入库登记不实", "Ⅰ级"),
        ("科长", "拓跋映川", "接受疫苗企业宴请", "Ⅱ级"),
        ("科长", "拓跋映川", "冷链设备采购指定品牌", ""),
    ])  # fmt: skip
    assert said(got, "PAIRS_CONTINUED_UNHEADED") == ["I2"]
    assert said(got, "LEVEL_BLANK") == ["J4"]
    assert "CELL_OUTSIDE" not in codes(got)
    assert errors(got) == {"LEVEL_BLANK"}


def test_stray_comment_right_of_an_ordinary_list_stays_outside(tmp_path):
    rows = [["XX县水务局岗位廉政风险防控一览表"],
            ["股室", "职务", "姓名", "廉政风险点", "风险等级", "防控措施"],
            ["局领导", "局长", "濮阳霁川", "水利工程招投标中打招呼", "一级", "集体研究决定。",
             "此条待复核", "二级"],
            ["工程管理股", "股长", "闾丘沛然", "工程计量签证把关不严", "二级", "双人复核。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        ("局长", "濮阳霁川", "水利工程招投标中打招呼", "Ⅰ级"),
        ("股长", "闾丘沛然", "工程计量签证把关不严", "Ⅱ级"),
    ])  # fmt: skip
    assert "PAIRS_CONTINUED_UNHEADED" not in codes(got)
    assert "CELL_OUTSIDE" in codes(got)


def test_names_and_dates_right_of_the_pairs_are_no_points(tmp_path):
    # a reviewer's name and a date typed right of the headed pairs: no pair typed on
    rows = [["XX镇财政所岗位廉政风险排查表"],
            ["岗位", "姓名", "风险点（一）", "风险等级", "风险点（二）", "风险等级"],
            ["所长", "宰父澜清", "惠农补贴资金发放审核不严", "一级", "专项资金拨付优亲厚友", "一级",
             "公良星遥", "2025年6月"],
            ["出纳", "巫马若溪", "现金收付不及时入账", "二级", "备用金借支不及时清理", "三级",
             "公良星遥", "2025年6月"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        ("所长", "宰父澜清", "惠农补贴资金发放审核不严", "Ⅰ级"),
        ("所长", "宰父澜清", "专项资金拨付优亲厚友", "Ⅰ级"),
        ("出纳", "巫马若溪", "现金收付不及时入账", "Ⅱ级"),
        ("出纳", "巫马若溪", "备用金借支不及时清理", "Ⅲ级"),
    ])  # fmt: skip
    assert "PAIRS_CONTINUED_UNHEADED" not in codes(got)
    assert "CELL_OUTSIDE" in codes(got)


def test_measures_typed_on_past_a_lone_measures_heading_read_as_before(tmp_path):
    rows = [["XX市疾病预防控制中心岗位廉政风险防控表"],
            ["科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
            ["检验科", "科长", "赫连清和", "检测报告数据篡改", "一级", "严格执行双人复核。",
             "检测原始记录存档备查。", "定期抽查检测报告。"],
            ["免疫规划科", "科长", "拓跋映川", "疫苗出入库登记不实", "二级", "落实出入库双人登记。",
             "每月盘点对账。", None]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        ("科长", "赫连清和", "检测报告数据篡改", "Ⅰ级"),
        ("科长", "拓跋映川", "疫苗出入库登记不实", "Ⅱ级"),
    ])  # fmt: skip
    assert "PAIRS_CONTINUED_UNHEADED" not in codes(got)
    assert "MEASURES_ACROSS_COLUMNS" in codes(got)
    assert "每月盘点对账" in " ".join(got.risks["measures"])
