"""A measures heading written over ONLY THE FIRST of several measure sub-columns, not merged across
them (a merge undone, a table pasted from a page): ``防控措施 |  | `` over ``制度防控 | 监督防控 |
技术防控``, ``主要防控措施 |  | `` over ``事前 | 事中 | 事后`` — sub-headings that are kinds of
measure, none a column's heading of its own. Read as the merged heading is: each row's measures
are its filled sub-cells joined one a line, no sub-heading put before them (info
MEASURES_HEAD_OVER_KINDS, once a sheet). Before, only the first sub-column was read, the others
dropped with no word (batch1083's 石鼓镇人民政府). And a row whose FIRST sub-cell is blank — under
a merged heading too, or in unheaded columns typed on right of ``防控措施`` (MEASURES_ACROSS_COLUMNS)
— takes the other sub-cells: before, it had no measures and a false MEASURES_BLANK.

Not that batch's words: a 县自然资源局's ``防范措施`` over ``教育防范 | 制度防范 | 科技防范`` with
``★★★/★★/★``; a 县疾病预防控制中心's ``防控对策`` over ``事前预防 | 事中监控 | 事后问责``, the headings on
the upper row alone, ``Ⅰ级/Ⅱ级``; a 县供销合作社's merged ``防控措施`` with a blank first sub-cell; a
县林业和草原局's unheaded columns with ``/`` and a blank first cell. The near-misses: a group
that is no measures heading (``风险识别`` over kinds), sub-headings that say who and by when
(``责任股室 | 完成时限``), who carries it out (``A角 | B角``, ``牵头 | 配合``) or how it stands, aims or rests (``现状``, ``整改进度``, ``预期目标``,
``执行状态``), column numbers under the heading, a 备注 typed right of the measures —
read as before, no MEASURES_HEAD_OVER_KINDS.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import ROW_KEYS, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _read(path: Path):
    r = read_file(path, path.name, load_config())
    got = []
    for post, form in zip(r.posts, r.risks, strict=True):
        for row in form:
            d = dict(zip(ROW_KEYS, row, strict=True))
            got.append((post.get("person"), d["risk_point"], d["risk_level"], d["measures"]))
    return sorted(got), [(i.code, i.cell) for i in r.issues]


def _write(tmp_path: Path, rows: list[list], merges: list[str]) -> Path:
    return write_workbook(tmp_path / "清单.xlsx", {"清单": rows}, {"清单": merges})


LAND = "某县自然资源局岗位廉政风险防控清单"
LAND_HEAD = [
    ["序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防范措施", None, None],
    [None, None, None, None, None, None, "教育防范", "制度防范", "科技防范"],
]
LAND_ROWS = [
    [1, "局领导", "局长", "宇文翀", "土地出让底价泄露", "★★★", "开展警示教育。", "底价集体决定。", "出让全程网上交易。"],
    [2, "耕地保护股", "股长", "宇文澈", "占补平衡核查走过场", "★★", None, "核查两人以上。", "卫片比对留痕。"],
    [3, "耕地保护股", "科员", "尉迟琛", "违法占地巡查通风报信", "★", "签订廉洁承诺书。", None, None],
]  # fmt: skip
LAND_DOWN = ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:F3"]


def test_a_measures_heading_over_the_first_of_its_kinds(tmp_path):
    path = _write(tmp_path, [[LAND], *LAND_HEAD, *LAND_ROWS], ["A1:I1", *LAND_DOWN])
    got, issues = _read(path)
    assert got == sorted([
        ("宇文翀", "土地出让底价泄露", "Ⅰ级", "开展警示教育。\n底价集体决定。\n出让全程网上交易。"),
        ("宇文澈", "占补平衡核查走过场", "Ⅱ级", "核查两人以上。\n卫片比对留痕。"),
        ("尉迟琛", "违法占地巡查通风报信", "Ⅲ级", "签订廉洁承诺书。"),
    ])  # fmt: skip
    codes = [c for c, _ in issues]
    assert ("MEASURES_HEAD_OVER_KINDS", "G2") in issues
    assert codes.count("MEASURES_HEAD_OVER_KINDS") == 1
    assert "MEASURES_BLANK" not in codes and "HEADS_TYPED_ACROSS" not in codes
    assert "CELL_OUTSIDE" not in codes and "POINT_BLANK" not in codes


CDC = [
    ["某县疾病预防控制中心岗位廉政风险防控一览表", None, None, None, None, None, None, None],
    ["科室", "岗位", "姓名", "风险点", "防控对策", None, None, "风险等级"],
    [None, None, None, None, "事前预防", "事中监控", "事后问责", None],
    ["检验科", "科长", "赫连璟", "检测试剂采购收受回扣", "不收受供应商财物。", "试剂采购科室集体议定。", "中心采购小组比价。", "Ⅰ级"],
    ["检验科", "检验员", "赫连瑜", "检测报告出具不实", None, "报告双人复核签发。", None, "Ⅱ级"],
]  # fmt: skip


def test_the_headings_on_the_upper_row_alone_and_the_level_after(tmp_path):
    path = _write(tmp_path, CDC, ["A1:H1"])
    got, issues = _read(path)
    assert got == sorted([
        ("赫连璟", "检测试剂采购收受回扣", "Ⅰ级",
         "不收受供应商财物。\n试剂采购科室集体议定。\n中心采购小组比价。"),
        ("赫连瑜", "检测报告出具不实", "Ⅱ级", "报告双人复核签发。"),
    ])  # fmt: skip
    codes = [c for c, _ in issues]
    assert ("MEASURES_HEAD_OVER_KINDS", "E2") in issues
    assert "MEASURES_BLANK" not in codes and "POINT_BLANK" not in codes


SUPPLY = [
    ["某县供销合作社岗位廉政风险防控一览表", None, None, None, None, None, None],
    ["岗位", "姓名", "风险点", "风险等级", "防控措施", None, None],
    [None, None, None, None, "制度防控", "监督防控", "技术防控"],
    ["主任", "独孤瑶", "社有资产出租暗箱操作", "高", "出租事项理事会研究。", "监事会全程监督。", "资产出租平台公开。"],
    ["会计", "独孤琳", "报账票据审核不严", "中", None, "票据逐张复核。", "财务软件留痕。"],
]  # fmt: skip


def test_a_blank_first_sub_cell_under_a_merged_heading(tmp_path):
    merges = ["A1:G1", "E2:G2", "A2:A3", "B2:B3", "C2:C3", "D2:D3"]
    got, issues = _read(_write(tmp_path, SUPPLY, merges))
    assert got == sorted([
        ("独孤瑶", "社有资产出租暗箱操作", "Ⅰ级", "出租事项理事会研究。\n监事会全程监督。\n资产出租平台公开。"),
        ("独孤琳", "报账票据审核不严", "Ⅱ级", "票据逐张复核。\n财务软件留痕。"),
    ])  # fmt: skip
    codes = [c for c, _ in issues]
    assert "MEASURES_BLANK" not in codes
    assert "MEASURES_HEAD_OVER_KINDS" not in codes  # (merged: read as it stands)


FOREST = [
    ["某县林业和草原局廉政风险点排查表", None, None, None, None, None, None, None],
    ["序号", "股室", "职务", "责任人", "廉政风险点", "风险等级", "防控措施", None],
    [1, "资源管理股", "股长", "慕容沅", "林木采伐许可审批把关不严", "一级", "严格执行采伐限额制度。", "审批结果网上公示。"],
    [2, "资源管理股", "科员", "慕容珂", "林地征占用现场查验走过场", "二级", "/", "查验两人以上并留存影像。"],
    [3, "生态修复股", "科员", "慕容琪", "造林补助核查不实", "二级", "补助对象村级公示。", "/"],
    [4, "生态修复股", "股长", "慕容璇", "苗木采购指定供应商", "三级", "采购公开比选。", "验收两人签字确认。"],
]  # fmt: skip


def test_unheaded_measure_columns_with_a_slash_and_a_blank_first_cell(tmp_path):
    rows = [list(r) for r in FOREST]
    rows[3][6] = None  # (the first measures cell left blank, the rest typed on)
    got, issues = _read(_write(tmp_path, rows, ["A1:H1"]))
    assert got == sorted([
        ("慕容沅", "林木采伐许可审批把关不严", "Ⅰ级", "严格执行采伐限额制度。\n审批结果网上公示。"),
        ("慕容珂", "林地征占用现场查验走过场", "Ⅱ级", "查验两人以上并留存影像。"),
        ("慕容琪", "造林补助核查不实", "Ⅱ级", "补助对象村级公示。\n/"),
        ("慕容璇", "苗木采购指定供应商", "Ⅲ级", "采购公开比选。\n验收两人签字确认。"),
    ])  # fmt: skip
    codes = [c for c, _ in issues]
    assert ("MEASURES_ACROSS_COLUMNS", "H2") in issues
    assert "MEASURES_BLANK" not in codes and "CELL_OUTSIDE" not in codes


def test_near_misses_read_as_before(tmp_path):
    # a group that is no measures heading over the kinds: not this rule
    head = [
        ["序号", "股室", "岗位", "姓名", "风险点", "风险等级", "风险识别", None, None],
        LAND_HEAD[1],
    ]
    _got, issues = _read(_write(tmp_path / "a", [[LAND], *head, *LAND_ROWS], ["A1:I1", *LAND_DOWN]))
    assert "MEASURES_HEAD_OVER_KINDS" not in [c for c, _ in issues]
    # sub-headings that say who and by when, and column numbers under the heading
    for name, subs in (("b", ["落实措施", "责任股室", "完成时限"]), ("c", ["1", "2", "3"])):
        head = [LAND_HEAD[0], [None] * 6 + subs]
        _got, issues = _read(
            _write(tmp_path / name, [[LAND], *head, *LAND_ROWS], ["A1:I1", *LAND_DOWN])
        )
        assert "MEASURES_HEAD_OVER_KINDS" not in [c for c, _ in issues], subs
    # a sub-heading of how the measure stands, what it aims at or rests on: no kind of measure
    for name, sub in (("e", "现状"), ("f", "整改进度"), ("g", "预期目标"), ("h", "执行状态")):
        head = [LAND_HEAD[0], [None] * 6 + ["教育防范", "制度防范", sub]]
        got, issues = _read(
            _write(tmp_path / name, [[LAND], *head, *LAND_ROWS], ["A1:I1", *LAND_DOWN])
        )
        assert "MEASURES_HEAD_OVER_KINDS" not in [c for c, _ in issues], sub
        assert all("出让全程网上交易" not in m for *_x, m in got), sub
    # sub-headings of who carries the measure out, leads or helps: no kinds of measure
    for name, subs in (("i", ["A角", "B角", "C角"]), ("j", ["牵头", "配合", "协办"])):
        head = [LAND_HEAD[0], [None] * 6 + subs]
        got, issues = _read(
            _write(tmp_path / name, [[LAND], *head, *LAND_ROWS], ["A1:I1", *LAND_DOWN])
        )
        assert "MEASURES_HEAD_OVER_KINDS" not in [c for c, _ in issues], subs
        assert all("出让全程网上交易" not in m for *_x, m in got), subs
    # a 备注 typed right of the measures, no heading over it: no measures of the row
    rows = [list(r) for r in FOREST]
    for row in rows[2:]:
        row[7] = "已整改"
    got, issues = _read(_write(tmp_path / "d", rows, ["A1:H1"]))
    assert all("已整改" not in m for *_x, m in got)
    codes = [c for c, _ in issues]
    assert "MEASURES_ACROSS_COLUMNS" not in codes and "CELL_OUTSIDE" in codes


def test_the_code_is_catalogued():
    assert "MEASURES_HEAD_OVER_KINDS" in CATALOGUE and "MEASURES_HEAD_OVER_KINDS" in SHORT
    assert CATALOGUE["MEASURES_HEAD_OVER_KINDS"][0] == "info"
