"""A point's type and level given together by the place of one tick in a grid: type bands each
over the level words (思想道德 ⏵ 一级 | 二级 | 三级, …), or level bands each over the types, under
a merged heading (three heading rows) or none (two).

Each case is written as a real .xlsx (xlsxwriter, or openpyxl) and read back as ``collect_inbox``
reads it; the words, units and marks are not those of tests/published/batch548.py.
"""

from pathlib import Path

from helpers import write_ods, write_workbook
from openpyxl import Workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

TYPES = ("思想道德", "制度机制", "岗位职责")
GRADES = ("一级", "二级", "三级")


def collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows, merges):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {"清单": rows}, {"清单": merges})
    return collect(inbox)


def codes(res, code=None):
    got = sorted(zip(res.issues["code"], res.issues["cell"], strict=True))
    return [c for c in got if code is None or c[0] == code]


def read(res):
    return list(zip(res.risks["risk_type"], res.risks["risk_level"], strict=True))


def grid_row(n, dept, post, who, point, ticks, measures, bands=TYPES, subs=GRADES):
    """A data row: ``ticks`` maps (band, sub-heading) → the mark written there."""
    cells = [ticks.get((b, s)) for b in bands for s in subs]
    return [n, dept, post, who, point, *cells, measures]


def three_row_head(title, heading, bands=TYPES, subs=GRADES):
    """Title, then 序号 … | heading merged over the bands | 防控措施, the bands, the subs."""
    width = len(bands) * len(subs)
    rows = [
        [title],
        ["序号", "股室", "岗位", "姓名", "风险点", heading, *([None] * (width - 1)), "防控措施"],
        [None] * 5 + [b for b in bands for _ in subs] + [None],
        [None] * 5 + list(subs) * len(bands) + [None],
    ]
    last = 5 + width
    col = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    merges = [f"{col[c]}2:{col[c]}4" for c in (0, 1, 2, 3, 4, last)]
    merges.append(f"F2:{col[last - 1]}2")
    for i in range(len(bands)):
        a, b = 5 + i * len(subs), 5 + (i + 1) * len(subs) - 1
        merges.append(f"{col[a]}3:{col[b]}3")
    rows[2][5:last] = [b if k % len(subs) == 0 else None for k, b in enumerate(rows[2][5:last])]
    return rows, merges


def test_type_bands_over_grades_three_heading_rows(tmp_path):
    rows, merges = three_row_head(
        "某县水利局岗位廉政风险排查表", "风险类别与等级（请在相应格内打✓）"
    )
    rows += [
        grid_row(1, "建设管理股", "股长", "庞珂岩", "招标文件量身定制", {("制度机制", "一级"): "✓"},
                 "招标文件集体审定。"),
        grid_row(2, "建设管理股", "股长", "庞珂岩", "工程变更审核不严", {("岗位职责", "二级"): "✓"},
                 "变更经专家论证。"),
        grid_row(3, "水政监察队", "队员", "仉沐川", "执法中吃拿卡要", {("思想道德", "三级"): "●"},
                 "执法全程记录。"),
    ]  # fmt: skip
    res = run(tmp_path, rows, merges)
    assert res.risks["risk_point"].tolist() == ["招标文件量身定制", "工程变更审核不严",
                                                "执法中吃拿卡要"]  # fmt: skip
    assert read(res) == [("制度机制风险", "Ⅰ级"), ("岗位职责风险", "Ⅱ级"), ("思想道德风险", "Ⅲ级")]
    assert res.risks["measures"].tolist()[0] == "招标文件集体审定。"
    assert codes(res, "TYPE_LEVEL_TICKS") == [("TYPE_LEVEL_TICKS", "F2")]
    for bad in ("POINT_BLANK", "LEVEL_BLANK", "TYPE_BLANK", "TABLE_NO_TYPE", "COLUMN_GUESSED"):
        assert not codes(res, bad), bad


def test_level_bands_over_types_two_heading_rows_openpyxl(tmp_path):
    """高风险 | 中风险 | 低风险 each over the three types, no heading over them, written by openpyxl."""
    bands = ("高风险", "中风险", "低风险")
    wb = Workbook()
    ws = wb.active
    ws.title = "防控台账"
    ws.append(["序号", "科室", "岗位", "责任人", "廉政风险点", *[b for b in bands for _ in TYPES],
               "防控办法"])  # fmt: skip
    ws.append([None] * 5 + list(TYPES) * len(bands) + [None])
    for c in range(1, 6):
        ws.merge_cells(start_row=1, start_column=c, end_row=2, end_column=c)
    ws.merge_cells(start_row=1, start_column=15, end_row=2, end_column=15)
    for i in range(len(bands)):
        ws.merge_cells(start_row=1, start_column=6 + 3 * i, end_row=1, end_column=8 + 3 * i)
    data = [
        ("财务室", "会计", "乜昭珩", "报销单据审核走过场", ("中风险", "制度机制"), "☑"),
        ("财务室", "出纳", "闾丘溪", "公款私存", ("高风险", "思想道德"), "✔"),
        ("后勤科", "科长", "钭雯翎", "物资采购询价不实", ("低风险", "岗位职责"), "√"),
    ]
    for n, (dept, post, who, point, at, mark) in enumerate(data, 1):
        cells = [mark if (b, t) == at else None for b in bands for t in TYPES]
        ws.append([n, dept, post, who, point, *cells, "双人复核。"])
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    wb.save(inbox / "t.xlsx")
    res = collect(inbox)
    assert res.risks["person"].tolist() == ["乜昭珩", "闾丘溪", "钭雯翎"]
    assert read(res) == [("制度机制风险", "Ⅱ级"), ("思想道德风险", "Ⅰ级"), ("岗位职责风险", "Ⅲ级")]
    assert codes(res, "TYPE_LEVEL_TICKS") == [("TYPE_LEVEL_TICKS", "F1")]
    assert not codes(res, "POINT_BLANK") and not codes(res, "LEVEL_BLANK")


def test_bands_centred_across_without_merge(tmp_path):
    """The bands typed once and centred across their columns (no merge): the same grid."""
    rows, merges = three_row_head("某镇卫生院风险点登记表", "风险类型和等级")
    merges = [m for m in merges if not m.endswith("3") or m[0] in "ABCDE"]  # (bands unmerged)
    rows += [
        grid_row(1, "药剂科", "科长", "亓韫澄", "药品采购收受回扣", {("思想道德", "一级"): "√"},
                 "药品集中采购。"),
        grid_row(2, "药剂科", "药师", "夹谷漪", "处方审核不严", {("岗位职责", "三级"): "√"},
                 "处方点评。"),
    ]  # fmt: skip
    res = run(tmp_path, rows, merges)
    assert read(res) == [("思想道德风险", "Ⅰ级"), ("岗位职责风险", "Ⅲ级")]
    assert codes(res, "TYPE_LEVEL_TICKS")


def test_two_types_at_one_level_and_two_levels_and_none(tmp_path):
    """Two types ticked at one level: both types, that level. Two levels ticked: the types,
    no level, a warning (nothing chosen for the writer). None ticked: blank, as today's ticks."""
    rows, merges = three_row_head("某区市场监管所廉政风险排查表", "风险类型及等级")
    rows += [
        grid_row(1, "稽查股", "股长", "厍砚舟", "案件查办以罚代刑",
                 {("思想道德", "二级"): "√", ("制度机制", "二级"): "√"}, "案件集体审议。"),
        grid_row(2, "稽查股", "股长", "厍砚舟", "罚没物品处置不规范",
                 {("制度机制", "一级"): "√", ("制度机制", "三级"): "√"}, "罚没物品登记拍卖。"),
        grid_row(3, "许可股", "科员", "缑晗煦", "许可审查超时限", {}, "限时办结。"),
    ]  # fmt: skip
    res = run(tmp_path, rows, merges)
    assert read(res) == [("思想道德风险;制度机制风险", "Ⅱ级"), ("制度机制风险", ""), ("", "")]
    assert codes(res, "TYPE_LEVEL_TICKS_UNCLEAR") == [("TYPE_LEVEL_TICKS_UNCLEAR", "F6")]
    msg = res.issues[res.issues["code"] == "TYPE_LEVEL_TICKS_UNCLEAR"]["message"].iloc[0]
    assert "一级、三级" in msg
    assert codes(res, "TYPE_LEVEL_TICKS") == [("TYPE_LEVEL_TICKS", "F2")]


def test_level_ticks_alone_read_as_before(tmp_path):
    """风险等级 over 一级 | 二级 | 三级 beside a 风险类型 column: the level ticks, no grid."""
    rows = [
        ["序号", "岗位", "姓名", "风险点", "风险类型", "风险等级", None, None, "防控措施"],
        [None, None, None, None, None, *GRADES, None],
        [1, "所长", "晏翊岚", "公车私用", "思想道德", "√", None, None, "公车定位。"],
        [2, "会计", "郜沅棠", "虚列支出", "岗位职责", None, None, "√", "凭证复核。"],
    ]
    merges = ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:E2", "F1:H1", "I1:I2"]
    res = run(tmp_path, rows, merges)
    assert read(res) == [("思想道德风险", "Ⅰ级"), ("岗位职责风险", "Ⅲ级")]
    assert not codes(res, "TYPE_LEVEL_TICKS")


def test_type_ticks_alone_read_as_before(tmp_path):
    """风险类型 over the three types, a 风险等级 column of its own: the type ticks, no grid."""
    rows = [
        ["序号", "岗位", "姓名", "风险点", "风险类型", None, None, "风险等级", "防控措施"],
        [None, None, None, None, *TYPES, None, None],
        [1, "站长", "禚琬珺", "项目验收把关不严", None, "√", None, "二级", "验收公示。"],
        [2, "会计", "鄂昕玥", "私设小金库", "√", None, None, "一级", "账户统一管理。"],
    ]
    merges = ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:G1", "H1:H2", "I1:I2"]
    res = run(tmp_path, rows, merges)
    assert read(res) == [("制度机制风险", "Ⅱ级"), ("思想道德风险", "Ⅰ级")]
    assert not codes(res, "TYPE_LEVEL_TICKS")


def test_grid_of_counts_is_no_ticks(tmp_path):
    """The same nested heading over numbers (how many points of each type and level): no ticks,
    no type read from the place of a count (the rows read as they did before)."""
    rows, merges = three_row_head("某乡风险点统计表", "风险类型及等级")
    rows += [
        grid_row(1, "办公室", "主任", "郄予澈", "公务接待超标", {("思想道德", "一级"): 2,
                 ("制度机制", "二级"): 1}, "接待清单。"),
        grid_row(2, "财政所", "所长", "蒯泠溪", "资金拨付不及时", {("岗位职责", "三级"): 3},
                 "按进度拨付。"),
    ]  # fmt: skip
    res = run(tmp_path, rows, merges)
    assert not codes(res, "TYPE_LEVEL_TICKS")
    assert res.risks["risk_point"].tolist() == ["公务接待超标", "资金拨付不及时"]
    assert [ty for ty, _lv in read(res)] == ["", ""]  # (no type made of a count's place)


def test_issue_codes_are_catalogued():
    for code in ("TYPE_LEVEL_TICKS", "TYPE_LEVEL_TICKS_UNCLEAR"):
        assert code in CATALOGUE and SHORT[code]


def test_ods_without_merges(tmp_path):
    """A LibreOffice copy (.ods, values only, no merges): each band typed once over its levels."""
    rows, _merges = three_row_head("某街道办事处廉政风险点排查表", "风险类型及等级")
    rows += [
        grid_row(1, "城管科", "科长", "雍琛璐", "违建查处选择性执法", {("制度机制", "二级"): "√"},
                 "查处结果公示。"),
        grid_row(2, "民政科", "科员", "滑芷汀", "低保审核优亲厚友", {("思想道德", "一级"): "√"},
                 "低保民主评议。"),
    ]  # fmt: skip
    inbox = tmp_path / "inbox"
    write_ods(inbox / "t.ods", {"排查表": rows})
    res = collect(inbox)
    assert read(res) == [("制度机制风险", "Ⅱ级"), ("思想道德风险", "Ⅰ级")]
    assert codes(res, "TYPE_LEVEL_TICKS")


def test_a_level_column_beside_the_ticks_stands_and_a_difference_is_warned(tmp_path):
    """A 风险等级 column of its own after the grid (a 街道's 审核 list): its level is the row's;
    where the tick stands under another level, a warning names both (the written one is read)."""
    rows, merges = three_row_head("某街道办事处廉政风险点排查表", "风险类型及等级")
    rows[1] = [*rows[1][:-1], "风险等级", "防控措施"]
    rows[2] = [*rows[2][:-1], None, None]
    rows[3] = [*rows[3][:-1], None, None]
    merges = [m for m in merges if not m.startswith("O")] + ["O2:O4", "P2:P4"]
    rows += [
        [*grid_row(1, "城管科", "科长", "濮阳骞", "违建查处选择性执法", {("制度机制", "二级"): "√"},
                   None)[:-1], "二级", "查处结果公示。"],
        [*grid_row(2, "民政科", "科员", "嵇澜晞", "低保审核优亲厚友", {("思想道德", "三级"): "√"},
                   None)[:-1], "一级", "低保民主评议。"],
        [*grid_row(3, "民政科", "科员", "嵇澜晞", "临时救助审批走过场", {("岗位职责", "三级"): "√"},
                   None)[:-1], None, "救助结果公示。"],
    ]  # fmt: skip
    res = run(tmp_path, rows, merges)
    assert read(res) == [("制度机制风险", "Ⅱ级"), ("思想道德风险", "Ⅰ级"), ("岗位职责风险", "Ⅲ级")]
    assert codes(res, "LEVEL_TICKS_DIFFER") == [("LEVEL_TICKS_DIFFER", "O6")]
    msg = res.issues[res.issues["code"] == "LEVEL_TICKS_DIFFER"]["message"].tolist()[0]
    assert "一级" in msg and "三级" in msg
    assert res.risks["measures"].tolist()[0] == "查处结果公示。"
    assert "LEVEL_TICKS_DIFFER" in SHORT


def test_what_the_eighty_sixth_review_found(tmp_path):
    """A level column beside the ticks saying no level ('/', '无'): the tick's level stands."""
    rows, merges = three_row_head("某街道办事处廉政风险点排查表", "风险类型及等级")
    rows[1] = [*rows[1][:-1], "风险等级", "防控措施"]
    rows[2] = [*rows[2][:-1], None, None]
    rows[3] = [*rows[3][:-1], None, None]
    merges = [m for m in merges if not m.startswith("O")] + ["O2:O4", "P2:P4"]
    rows += [
        [*grid_row(1, "城管科", "科长", "濮阳骞", "违建查处选择性执法", {("制度机制", "二级"): "√"},
                   None)[:-1], "/", "查处结果公示。"],
        [*grid_row(2, "民政科", "科员", "嵇澜晞", "低保审核优亲厚友", {("思想道德", "三级"): "√"},
                   None)[:-1], "无", "低保民主评议。"],
    ]  # fmt: skip
    res = run(tmp_path, rows, merges)
    assert read(res) == [("制度机制风险", "Ⅱ级"), ("思想道德风险", "Ⅲ级")]
    assert not codes(res, "LEVEL_UNKNOWN") and not codes(res, "LEVEL_TICKS_DIFFER")
