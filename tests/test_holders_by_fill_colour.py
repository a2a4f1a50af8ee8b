"""Holders given only by the fill colour of each row, keyed by a legend row of coloured holders.

A list with no 科室, 岗位 or 姓名 column names its holders in one row above the heading, one a
cell, each cell filled in that holder's colour ('责任岗位（颜色）： | 站长　濮语桐 | 副站长　郜映川…'),
and fills each point's row (or only its point cell) in its holder's colour: each row takes the
holder of its colour, a form a holder (HOLDER_BY_FILL), the legend is no stray row, and a row in
no legend colour keeps no holder and is said (HOLDER_FILL_UNCLEAR). Fills with no such legend, or
a legend whose cells are not filled, read as before, and a note tying colours to 科室 stays with
KESHI_BY_FILL.

The layouts here are not tests/published/batch657.py's (a banner's 救灾物资储备库 with 库长/保管员,
高/中/低, a '责任人（按底纹）：' label and whole rows in four light fills): another sector (a
county's 林业工作站 and 森林病虫害防治检疫站), other posts and names, 一级/二级/三级 and 高风险/低风险,
other labels or none, a two-row heading, post and name on two lines, 科室 in the cell, point
cells alone filled, an extra 备注 column, written with xlsxwriter and read back as
``collect_inbox`` reads a file.
"""

from pathlib import Path

import xlsxwriter

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, ITEMS, SHORT

BLUE, GREEN, YELLOW, PEACH = "#DEEAF6", "#E2F0D9", "#FFF2CC", "#FBE5D6"


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], fills: dict[tuple[int, int], str],
        merges: list[tuple[int, int, int, int]] = ()):  # fmt: skip
    """One sheet by xlsxwriter: ``rows`` with the cells in ``fills`` ((row, col) → colour)
    filled, ``merges`` (first row, first col, last row, last col) merged."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    wb = xlsxwriter.Workbook(str(inbox / "t.xlsx"))
    ws = wb.add_worksheet("一览表")
    fmts: dict[str | None, object] = {None: wb.add_format({"border": 1, "text_wrap": True})}
    for colour in set(fills.values()):
        fmts[colour] = wb.add_format({"border": 1, "text_wrap": True, "bg_color": colour})
    at_merge = {(r0, c0): (r1, c1) for r0, c0, r1, c1 in merges}
    inside = {(r, c) for r0, c0, r1, c1 in merges for r in range(r0, r1 + 1)
              for c in range(c0, c1 + 1)}  # fmt: skip
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            fmt = fmts[fills.get((r, c))]
            if (r, c) in at_merge:
                ws.merge_range(r, c, *at_merge[r, c], v, fmt)
            elif (r, c) not in inside and v is not None:
                ws.write(r, c, v, fmt)
            elif (r, c) not in inside and (r, c) in fills:
                ws.write_blank(r, c, None, fmt)
    wb.close()
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def errors(got) -> list[str]:
    return got.issues[got.issues["severity"] == "error"]["code"].tolist()


# (holder's colour, 业务环节, 风险点, 等级, 措施)
STATION = [
    (BLUE, "林木采伐", "超限额审批林木采伐许可证", "一级", "采伐指标集体研究，网上公示。"),
    (GREEN, "造林验收", "造林验收弄虚作假，虚报成活率", "一级", "第三方抽查复核，验收照片留档。"),
    (YELLOW, "护林巡查", "巡护日志编造，放任盗伐滥伐", "二级", "巡护轨迹定位上传，每周抽查。"),
    (BLUE, "项目资金", "造林补助资金拨付优亲厚友", "二级", "补助名单公示，资金直达账户。"),
    (YELLOW, "林地管护", "收受好处对占用林地不报告", "三级", "落实网格责任，违法占地限时上报。"),
]


def station_rows(label: str | None, holders: list[str], extra: bool = False) -> list[list]:
    legend = ([label] if label is not None else [None]) + holders
    head = ["序号", "业务环节", "廉政风险点", "风险等级", "防控措施"] + (["备注"] if extra else [])
    body = [[i, stage, point, lv, m] + ([""] if extra else [])
            for i, (_c, stage, point, lv, m) in enumerate(STATION, 1)]  # fmt: skip
    return [["某县林业工作站廉政风险点及防控措施一览表"], legend, head, *body,
            ["制表人：", None, "负责人：", None, "2025年8月"]]  # fmt: skip


def test_labelled_legend_whole_rows_filled_read_a_form_per_holder(tmp_path):
    holders = ["站长　濮语桐", "副站长　郜映川", "护林员　郦知秋"]
    rows = station_rows("责任岗位（颜色）：", holders)
    fills = {(1, 1): BLUE, (1, 2): GREEN, (1, 3): YELLOW}
    fills |= {(3 + i, c): s[0] for i, s in enumerate(STATION) for c in range(5)}
    got = run(tmp_path, rows, fills)
    assert read(got) == sorted([
        ("站长", "濮语桐", "超限额审批林木采伐许可证", "Ⅰ级"),
        ("副站长", "郜映川", "造林验收弄虚作假，虚报成活率", "Ⅰ级"),
        ("护林员", "郦知秋", "巡护日志编造，放任盗伐滥伐", "Ⅱ级"),
        ("站长", "濮语桐", "造林补助资金拨付优亲厚友", "Ⅱ级"),
        ("护林员", "郦知秋", "收受好处对占用林地不报告", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDER_BY_FILL" in codes(got)
    assert "ROW_UNPLACED" not in codes(got)  # (the legend is no stray row)
    assert not errors(got)


def test_unlabelled_legend_two_line_holders_point_cells_only_extra_column(tmp_path):
    # post over name on two lines, no label cell, only the point cells filled, a 备注 column
    holders = ["站长\n濮语桐", "副站长\n郜映川", "护林员\n郦知秋"]
    rows = station_rows(None, holders, extra=True)
    fills = {(1, 1): BLUE, (1, 2): GREEN, (1, 3): YELLOW}
    fills |= {(3 + i, 2): s[0] for i, s in enumerate(STATION)}
    got = run(tmp_path, rows, fills)
    assert read(got) == sorted([
        ("站长", "濮语桐", "超限额审批林木采伐许可证", "Ⅰ级"),
        ("副站长", "郜映川", "造林验收弄虚作假，虚报成活率", "Ⅰ级"),
        ("护林员", "郦知秋", "巡护日志编造，放任盗伐滥伐", "Ⅱ级"),
        ("站长", "濮语桐", "造林补助资金拨付优亲厚友", "Ⅱ级"),
        ("护林员", "郦知秋", "收受好处对占用林地不报告", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDER_BY_FILL" in codes(got)
    assert not errors(got)


def test_two_heading_rows_科室_in_cell_and_an_unfilled_row_said(tmp_path):
    # a 检疫站 list: '检疫股　检疫员　…' cells (科室 too), a two-row heading, 高/低风险, two light
    # fills a shade's name calls alike (yellow and peach), and one row left unfilled
    rows = [["某县森林病虫害防治检疫站廉政风险防控表"],
            ["图例：", "检疫股　检疫员　邰沐阳", "防治股　测报员　甄若溪"],
            ["序号", "风险点", None, "防控措施"],
            [None, "内容", "等级", None],
            [1, "检疫证书不检先签", "高风险", "检疫员双人到场，证书编号登记。"],
            [2, "测报数据随意填报", "低风险", "测报数据上报前复核。"],
            [3, "复检时降低标准放行疫木", "高风险", "复检结果抄报站长。"],
            [4, "药剂采购数量虚报", "低风险", "采购入库逐笔核对。"]]  # fmt: skip
    fills = {(1, 1): YELLOW, (1, 2): PEACH}
    fills |= {(4, c): YELLOW for c in range(4)} | {(5, c): PEACH for c in range(4)}
    fills |= {(6, c): YELLOW for c in range(4)}
    got = run(tmp_path, rows, fills, [(2, 0, 3, 0), (2, 1, 2, 2), (2, 3, 3, 3)])
    r = got.risks
    held = sorted(zip(r["department"], r["title"], r["person"], r["risk_point"], strict=True))
    assert held == sorted([
        ("检疫股", "检疫员", "邰沐阳", "检疫证书不检先签"),
        ("防治股", "测报员", "甄若溪", "测报数据随意填报"),
        ("检疫股", "检疫员", "邰沐阳", "复检时降低标准放行疫木"),
        ("", "", "", "药剂采购数量虚报"),
    ])  # fmt: skip
    unclear = got.issues[got.issues["code"] == "HOLDER_FILL_UNCLEAR"]
    assert len(unclear) == 1 and "B8" in unclear["message"].iloc[0]
    assert "HOLDER_BY_FILL" in codes(got)
    assert not errors(got)


def test_filled_rows_without_a_legend_read_as_before(tmp_path):
    rows = station_rows("", [])[:1] + station_rows("", [])[2:]
    fills = {(2 + i, c): s[0] for i, s in enumerate(STATION) for c in range(5)}
    got = run(tmp_path, rows, fills)
    assert {(t, p) for t, p, _pt, _lv in read(got)} == {("", "")}
    assert len(got.risks) == len(STATION)
    assert not codes(got) & {"HOLDER_BY_FILL", "HOLDER_FILL_UNCLEAR"}


def test_legend_cells_not_filled_read_as_before(tmp_path):
    rows = station_rows("责任岗位：", ["站长　濮语桐", "副站长　郜映川", "护林员　郦知秋"])
    fills = {(3 + i, c): s[0] for i, s in enumerate(STATION) for c in range(5)}
    got = run(tmp_path, rows, fills)
    assert {(t, p) for t, p, _pt, _lv in read(got)} == {("", "")}
    assert not codes(got) & {"HOLDER_BY_FILL", "HOLDER_FILL_UNCLEAR"}


def test_a_keshi_colour_note_stays_keshi_by_fill(tmp_path):
    rows = [["某县林业工作站廉政风险防控一览表"],
            ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
            [1, "站长", "濮语桐", "超限额审批林木采伐许可证", "一级", "集体研究。"],
            [2, "护林员", "郦知秋", "巡护日志编造", "二级", "轨迹上传。"],
            ["注：表中浅蓝色底纹为站领导，浅绿色底纹为营林股。"]]  # fmt: skip
    fills = {(2, c): BLUE for c in range(6)} | {(3, c): GREEN for c in range(6)}
    got = run(tmp_path, rows, fills, [(4, 0, 4, 5)])
    r = got.risks
    assert sorted(zip(r["department"], r["title"], r["person"], strict=True)) == [
        ("站领导", "站长", "濮语桐"), ("营林股", "护林员", "郦知秋")]  # fmt: skip
    assert "KESHI_BY_FILL" in codes(got)
    assert not codes(got) & {"HOLDER_BY_FILL", "HOLDER_FILL_UNCLEAR"}


def test_codes_catalogued():
    for code in ("HOLDER_BY_FILL", "HOLDER_FILL_UNCLEAR"):
        assert code in CATALOGUE and code in SHORT and ITEMS[code] == "责任人"
