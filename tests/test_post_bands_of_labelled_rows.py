"""Per-post bands of labelled rows: a heading of holders and numbered items ('岗位 | 姓名 | 内容 |
风险点1 | 风险点2 | …'), each post a band of rows labelled by a point's fields (风险点, 风险等级,
风险类别, 管控措施 …), the post's points across the items' columns and each point's fields under
it in the same column of the band.

The tables here are not batch 518's: other units, other people, other words for the labels and
the items, the labels in other orders; each is written as a real .xlsx (xlsxwriter) and read back
as ``collect_inbox`` reads it.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, ITEMS, NAMES

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def read(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None, name: str = "公示"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "表.xlsx", {name: rows}, {name: merges or []})
    return read(inbox)


def points(res) -> list[tuple]:
    """(科室, 岗位, 姓名, 风险点, 类型, 级别, 措施) of every point read, in order."""
    df = res.risks
    cols = ["department", "title", "person", "risk_point", "risk_type", "risk_level", "measures"]
    return [tuple(str(v) for v in row) for row in df[cols].itertuples(index=False)]


def codes(res) -> list[tuple[str, str]]:
    return sorted(zip(res.issues["code"], res.issues["cell"], strict=True))


# 岗位 | 姓名 | 内容 | 风险点1 | 风险点2 | 风险点3, no 序号; the labels in another order than
# batch 518's (the level before the type) and in other words; holders merged down their band
MARKET = [
    ["清河县市场监管综合执法队岗位廉政风险防控表"],
    ["岗位", "姓名", "内容", "风险点1", "风险点2", "风险点3"],
    [
        "队长",
        "葛岱嵘",
        "风险点",
        "案件查办中说情打招呼",
        "罚没物品处置不规范",
        "向商户推销指定产品",
    ],
    [None, None, "风险等级", "高", "中", "低"],
    [None, None, "风险类别", "岗位职责", "制度机制", "思想道德"],
    [None, None, "管控措施", "说情登记备案。", "罚没物品公开拍卖。", "开展廉洁教育。"],
    ["执法员", "祁檀溪", "风险点", "现场检查降低标准", "泄露举报人信息", None],
    [None, None, "风险等级", "中", "高", None],
    [None, None, "风险类别", "业务流程", "外部环境", None],
    [None, None, "管控措施", "检查全程记录。", "举报信息专人保管。", None],
    ["制表：", None, "审核：", None, None, "2025年3月"],
]
MARKET_MERGES = ["A3:A6", "B3:B6", "A7:A10", "B7:B10"]
MARKET_POINTS = [
    ("", "队长", "葛岱嵘", "案件查办中说情打招呼", "岗位职责风险", "Ⅰ级", "说情登记备案。"),
    ("", "队长", "葛岱嵘", "罚没物品处置不规范", "制度机制风险", "Ⅱ级", "罚没物品公开拍卖。"),
    ("", "队长", "葛岱嵘", "向商户推销指定产品", "思想道德风险", "Ⅲ级", "开展廉洁教育。"),
    ("", "执法员", "祁檀溪", "现场检查降低标准", "业务流程风险", "Ⅱ级", "检查全程记录。"),
    ("", "执法员", "祁檀溪", "泄露举报人信息", "外部环境风险", "Ⅰ级", "举报信息专人保管。"),
]


def test_bands_with_merged_holders_and_labels_in_another_order(tmp_path):
    res = run(tmp_path, MARKET, MARKET_MERGES)
    assert points(res) == MARKET_POINTS
    assert set(res.posts["unit"]) == {"清河县市场监管综合执法队"}
    got = codes(res)
    assert ("TABLE_POST_BANDS", "C2") in got  # said once, at the labels' heading
    assert not [
        c for c, _ in got if c in ("TABLE_NO_TYPE", "TYPE_BLANK", "ROW_UNPLACED", "POINT_BLANK")
    ]
    said = res.issues[res.issues["code"] == "TABLE_POST_BANDS"]["message"].iloc[0]
    assert "共2段" in said and "风险点1" in said


def test_the_new_code_is_in_the_catalogue():
    severity, template = CATALOGUE["TABLE_POST_BANDS"]
    assert severity == "info" and "{value}" in template and NAMES["TABLE_POST_BANDS"]
    assert "TABLE_POST_BANDS" not in ITEMS


# 序号 | 科室 | 岗位 | 责任人 | 类别 | （一） | （二）: holders on the band's first row only, a
# 风险表现 row among the labels, and NO 风险类型 row in any band
CLINIC = [
    ["东坪镇卫生院岗位廉政风险点"],
    ["序号", "科室", "岗位", "责任人", "类别", "（一）", "（二）"],
    [1, "药剂科", "药剂科主任", "邝沛霖", "廉政风险点", "药品验收把关不严", "收受医药代表回扣"],
    [None, None, None, None, "风险表现", "验收走过场", "以讲课费名义收钱"],
    [None, None, None, None, "风险等级", "二级", "一级"],
    [None, None, None, None, "防控措施", "验收双人签字。", "医药代表接待登记。"],
    [2, "财务科", "会计", "戚芷汀", "廉政风险点", "报销票据审核不严", None],
    [None, None, None, None, "风险表现", "虚假票据入账", None],
    [None, None, None, None, "风险等级", "二级", None],
    [None, None, None, None, "防控措施", "票据网上查验。", None],
]


def test_first_row_holders_and_no_type_row(tmp_path):
    res = run(tmp_path, CLINIC)
    got = [(d, t, p, pt, ty, lv, m) for d, t, p, pt, ty, lv, m in points(res)]
    assert got == [
        ("药剂科", "药剂科主任", "邝沛霖", "药品验收把关不严", "", "Ⅱ级", "验收双人签字。"),
        ("药剂科", "药剂科主任", "邝沛霖", "收受医药代表回扣", "", "Ⅰ级", "医药代表接待登记。"),
        ("财务科", "会计", "戚芷汀", "报销票据审核不严", "", "Ⅱ级", "票据网上查验。"),
    ]
    assert list(res.risks["description"]) == ["验收走过场", "以讲课费名义收钱", "虚假票据入账"]
    found = codes(res)
    # no type row in any band: said once for the table, not an error per point
    assert [c for c in found if c[0] == "TABLE_NO_TYPE"] == [("TABLE_NO_TYPE", "A2")]
    assert not [c for c in found if c[0] in ("TYPE_BLANK", "ROW_UNPLACED")]


# the labels' heading left blank; the items 1 | 2; a post's second band with neither 序号 nor
# holder (more points of the same post); a band with a 序号 and no holder (nobody is borrowed);
# a column with a level and measures but no point (nothing made up)
BLANK_HEAD = [
    ["水务局岗位廉政风险表"],
    ["序号", "岗位", "姓名", None, 1, 2],
    [1, "水政监察大队长", "仉砚秋", "风险点", "河道采砂审批优亲厚友", "涉水违法案件降格处理"],
    [None, None, None, "风险类型", "岗位职责", "制度机制"],
    [None, None, None, "风险等级", "高", "高"],
    [None, None, None, "防控措施", "审批结果公示。", "案件集体审议。"],
    [None, None, None, "风险点", "巡查发现问题不报告", None],
    [None, None, None, "风险类型", "思想道德", None],
    [None, None, None, "风险等级", "低", None],
    [None, None, None, "防控措施", "巡查记录按周上报。", None],
    [2, None, None, "风险点", "工程款拨付把关不严", None],
    [None, None, None, "风险类型", "业务流程", "制度机制"],
    [None, None, None, "风险等级", "中", "中"],
    [None, None, None, "防控措施", "拨付前现场核验。", "按季度抽查。"],
]


def test_blank_labels_heading_continued_band_and_nothing_made_up(tmp_path):
    res = run(tmp_path, BLANK_HEAD)
    got = points(res)
    assert got[:3] == [
        (
            "",
            "水政监察大队长",
            "仉砚秋",
            "河道采砂审批优亲厚友",
            "岗位职责风险",
            "Ⅰ级",
            "审批结果公示。",
        ),
        (
            "",
            "水政监察大队长",
            "仉砚秋",
            "涉水违法案件降格处理",
            "制度机制风险",
            "Ⅰ级",
            "案件集体审议。",
        ),
        (
            "",
            "水政监察大队长",
            "仉砚秋",
            "巡查发现问题不报告",
            "思想道德风险",
            "Ⅲ级",
            "巡查记录按周上报。",
        ),
    ]
    # the band numbered 2 names no one: its point is nobody's, not the post's above
    assert got[3] == ("", "", "", "工程款拨付把关不严", "业务流程风险", "Ⅱ级", "拨付前现场核验。")
    assert len(got) == 4  # (F11 has no point: its type, level and measures make none)
    found = codes(res)
    assert ("POINT_BLANK", "F11") in found
    assert len(res.posts) == 2 and set(res.posts["person"]) == {"仉砚秋", ""}


def test_sideways_table_labels_down_one_column_reads_as_before(tmp_path):
    """The README's 横放的表: labels down one column once, each column a point of the 承办科室."""
    rows = [
        ["行政许可运行流程风险防控图"],
        ["承办科室：审批服务科"],
        ["运行环节", "受理", "审查", "决定"],
        ["风险点", "对申请材料不全的予以受理", "审查中故意拖延", "超越权限作出许可决定"],
        ["风险等级", "低", "中", "高"],
        ["防控措施", "一次性告知。", "限时办结。", "集体研究决定。"],
    ]
    res = run(tmp_path, rows)
    got = points(res)
    assert [g[3] for g in got] == [
        "对申请材料不全的予以受理",
        "审查中故意拖延",
        "超越权限作出许可决定",
    ]
    assert {g[0] for g in got} == {"审批服务科"}
    assert [g[5] for g in got] == ["Ⅲ级", "Ⅱ级", "Ⅰ级"]
    assert "TABLE_POST_BANDS" not in set(res.issues["code"])


def test_card_of_item_and_content_lines_reads_as_before(tmp_path):
    """A 防控卡 written as '项　目 | 内　容' lines: records, not bands (no numbered items)."""
    rows = [
        ["岗位廉政风险防控卡"],
        ["项　目", "内　容"],
        ["姓　名", "甄澄岚"],
        ["岗　位", "档案管理员"],
        ["风险点", "违规提供档案查阅"],
        ["风险等级", "中"],
        ["防控措施", "查阅审批登记。"],
        ["风险点", "档案资料私自复制外带"],
        ["风险等级", "高"],
        ["防控措施", "复制须经分管领导批准。"],
    ]
    res = run(tmp_path, rows, name="甄澄岚")
    got = points(res)
    assert [(g[1], g[2], g[3], g[5]) for g in got] == [
        ("档案管理员", "甄澄岚", "违规提供档案查阅", "Ⅱ级"),
        ("档案管理员", "甄澄岚", "档案资料私自复制外带", "Ⅰ级"),
    ]
    assert "TABLE_POST_BANDS" not in set(res.issues["code"])


def test_numbered_items_without_holder_columns_are_no_bands(tmp_path):
    """'项目 | 第一项 | 第二项' with no 岗位 or 姓名 column before the labels: a sideways table of
    one holder (read as before), not bands."""
    rows = [
        ["财务股岗位廉政风险"],
        ["项目", "第一项", "第二项"],
        ["风险点", "公款私存", "虚列支出套取资金"],
        ["风险等级", "高", "中"],
        ["防控措施", "账户统一管理。", "支出凭证双人复核。"],
    ]
    res = run(tmp_path, rows)
    assert [(g[3], g[5]) for g in points(res)] == [("公款私存", "Ⅰ级"), ("虚列支出套取资金", "Ⅱ级")]
    assert "TABLE_POST_BANDS" not in set(res.issues["code"])


@pytest.mark.skipif(not SOFFICE, reason="LibreOffice (soffice) is not installed")
def test_resaved_by_libreoffice_as_xls(tmp_path):
    """The bands re-saved by LibreOffice as .xls read the same (cells' text and merges only)."""
    src = tmp_path / "src" / "表.xlsx"
    write_workbook(src, {"公示": MARKET}, {"公示": MARKET_MERGES})
    out = tmp_path / "xls"
    subprocess.run([SOFFICE, "--headless", "--convert-to", "xls", "--outdir", str(out), str(src)],
                   check=True, capture_output=True, timeout=120)  # fmt: skip
    res = read(out)
    assert points(res) == MARKET_POINTS
    assert "TABLE_POST_BANDS" in set(res.issues["code"])


def test_a_remark_column_after_the_items_and_a_label_heading_worded_as_a_type(tmp_path):
    # (review 82's gap: '… | 风险点3 | 备注' made no table; '类别' over the labels was read as a
    # type column of an ordinary list, the bands' rows as points)
    rows = [list(r) + [None] for r in MARKET]
    rows[1][-1] = "备注"
    rows[2][-1] = "2025年新增"
    got = run(tmp_path / "remark", rows, MARKET_MERGES)
    assert points(got) == MARKET_POINTS
    rows = [list(r) for r in MARKET]
    rows[1][2] = "类别"
    got = run(tmp_path / "kind", rows, MARKET_MERGES)
    assert points(got) == MARKET_POINTS
    assert [c for c, _cell in codes(got)] == ["TABLE_POST_BANDS"]
