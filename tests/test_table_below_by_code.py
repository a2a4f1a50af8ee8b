"""A list numbering its points by a CODE (``FX-01``, ``1-1``, ``LZ-A01``) with no level (or no
measures) of its own, and UNDER it on the same sheet a second table giving, against those codes
only, the level, the measures or the type (``风险点编号 | 风险等级``, ``编号 | 防控措施 | 风险类别``, in
any order, maybe under a caption): each point takes what its code is given, the second table gives
no points (info TABLE_BELOW_JOINED_BY_CODE at its header), and a code of the one missing from the
other is warned at its cell (TABLE_BELOW_CODE_UNMATCHED). Before, the second table was set aside
as no risk table (TABLE_OTHER) and every point's level (or measure) left blank (batch1071's
秀山街道办事处; the same table on a sheet of its own was already read, SHEET_JOINED_BY_CODE). Not
that batch's words: a 林业和草原局's list ``代码 | 股室 | 职务 | 责任人 | 风险点 | 防控措施`` numbered
``LC-1``… graded 高/中/低 by a ``风险点代码 | 风险级别 | 风险类别`` table below; a 中心小学's
``编号 | 岗位 | 风险点 | 风险等级`` numbered ``1-1``… whose measures stand below under
``编号 | 防控措施``; and the near-misses (plain numbers, codes the list does not have, a table below
with a column of its own).
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import ROW_KEYS, read_file
from xlproc.config import load_config


def _read(path: Path):
    r = read_file(path, path.name, load_config())
    got = []
    for post, form in zip(r.posts, r.risks, strict=True):
        for row in form:
            d = dict(zip(ROW_KEYS, row, strict=True))
            got.append(
                (post.get("person") or post.get("title"), d["risk_point"], d["risk_level"],
                 d["risk_type"], d["measures"])
            )  # fmt: skip
    return got, [(i.code, i.cell) for i in r.issues]


FOREST = [
    ["某县林业和草原局廉政风险点排查表", None, None, None, None, None],
    ["代码", "股室", "职务", "责任人", "风险点", "防控措施"],
    ["LC-1", "资源管理股", "股长", "宇文湛", "林木采伐许可超限额审批", "采伐指标公开，两人审核。"],
    ["LC-2", "资源管理股", "股长", "宇文湛", "征占用林地现场查验走过场", "查验影像存档。"],
    ["LC-3", "办公室", "会计", "慕容霏", "生态护林员补助虚报", "补助名单公示。"],
    [None, None, None, None, None, None],
    ["风险点代码", "风险级别", "风险类别", None, None, None],
    ["LC-3", "中", "制度机制风险", None, None, None],
    ["LC-1", "高", "岗位职责风险", None, None, None],
    ["LC-2", "低", "岗位职责风险", None, None, None],
]


def test_levels_and_types_below_by_code(tmp_path):
    path = write_workbook(tmp_path / "排查表.xlsx", {"排查表": FOREST})
    got, issues = _read(path)
    assert [(p, pt, lv, ty) for p, pt, lv, ty, _m in got] == [
        ("宇文湛", "林木采伐许可超限额审批", "Ⅰ级", "岗位职责风险"),
        ("宇文湛", "征占用林地现场查验走过场", "Ⅲ级", "岗位职责风险"),
        ("慕容霏", "生态护林员补助虚报", "Ⅱ级", "制度机制风险"),
    ]
    codes = [c for c, _ in issues]
    assert ("TABLE_BELOW_JOINED_BY_CODE", "A7") in issues
    assert "TABLE_OTHER" not in codes and "LEVEL_BLANK" not in codes
    assert "TABLE_BELOW_CODE_UNMATCHED" not in codes


SCHOOL = [
    ["某镇中心小学岗位廉政风险防控表", None, None, None],
    ["编号", "岗位", "风险点", "风险等级"],
    ["1-1", "校长", "校舍维修工程指定施工队", "一级"],
    ["1-2", "校长", "教辅征订收受回扣", "二级"],
    ["2-1", "报账员", "食堂账目不公开", "二级"],
    ["2-2", "报账员", "营养餐资金挪用", "一级"],
    ["二、防控措施", None, None, None],
    ["编号", "防控措施", None, None],
    ["1-1", "维修项目比选，校务会研究。", None, None],
    ["1-2", "征订自愿，家委会监督。", None, None],
    ["2-2", "资金专户管理，按月公示。", None, None],
    ["3-1", "定期盘点。", None, None],
]


def test_measures_below_by_code_missing_codes_warned(tmp_path):
    path = write_workbook(
        tmp_path / "防控表.xlsx", {"防控表": SCHOOL}, merges={"防控表": ["A7:D7"]}
    )
    got, issues = _read(path)
    assert [(p, pt, lv, m) for p, pt, lv, _t, m in got] == [
        ("校长", "校舍维修工程指定施工队", "Ⅰ级", "维修项目比选，校务会研究。"),
        ("校长", "教辅征订收受回扣", "Ⅱ级", "征订自愿，家委会监督。"),
        ("报账员", "食堂账目不公开", "Ⅱ级", ""),
        ("报账员", "营养餐资金挪用", "Ⅰ级", "资金专户管理，按月公示。"),
    ]
    assert ("TABLE_BELOW_JOINED_BY_CODE", "A8") in issues
    # 2-1 of the list missing below, 3-1 below missing from the list: each at its own cell
    assert ("TABLE_BELOW_CODE_UNMATCHED", "A5") in issues
    assert ("TABLE_BELOW_CODE_UNMATCHED", "A12") in issues
    assert "TABLE_OTHER" not in [c for c, _ in issues]


def _levels(rows, tmp_path, name="表.xlsx"):
    got, issues = _read(write_workbook(tmp_path / name, {"表": rows}))
    return [lv for _p, _pt, lv, _t, _m in got], [c for c, _ in issues]


def test_plain_numbers_below_are_not_this_rule(tmp_path):
    rows = [[1 if r[0] == "LC-1" else 2 if r[0] == "LC-2" else 3 if r[0] == "LC-3" else r[0], *r[1:]]
            for r in FOREST]  # fmt: skip
    levels, codes = _levels(rows, tmp_path)
    assert levels[:3] == ["", "", ""] and "TABLE_BELOW_JOINED_BY_CODE" not in codes


def test_codes_the_list_lacks_read_as_before(tmp_path):
    rows = [list(r) for r in FOREST]
    for r in rows[7:]:
        r[0] = r[0].replace("LC", "QT")
    levels, codes = _levels(rows, tmp_path)
    # (as before: the list's levels blank, the codes below read as points of their own)
    assert levels[:3] == ["", "", ""] and "TABLE_BELOW_JOINED_BY_CODE" not in codes


def test_table_below_with_a_column_of_its_own_read_as_before(tmp_path):
    rows = [list(r) for r in FOREST]
    rows[6][3] = "整改时限"
    for r in rows[7:]:
        r[3] = "2025年12月"
    levels, codes = _levels(rows, tmp_path)
    assert levels[:3] == ["", "", ""] and "TABLE_BELOW_JOINED_BY_CODE" not in codes


# the list grades its points itself and the table below gives another level for a code: the
# measures are filled, the list's level stands, and the disagreement is warned per code at the
# list's level cell (CODE_TABLE_LEVEL_DIFFERS) — before, the table below's level vanished unsaid
GRADED_FOREST = [
    ["某县林业和草原局廉政风险点排查表", None, None, None, None, None],
    ["代码", "股室", "职务", "责任人", "风险点", "风险级别"],
    ["LC-1", "资源管理股", "股长", "宇文湛", "林木采伐许可超限额审批", "高"],
    ["LC-2", "资源管理股", "股长", "宇文湛", "征占用林地现场查验走过场", "低"],
    ["LC-3", "办公室", "会计", "慕容霏", "生态护林员补助虚报", "中"],
    [None, None, None, None, None, None],
    ["风险点代码", "风险级别", "防控措施", None, None, None],
    ["LC-1", "低", "采伐指标公开，两人审核。", None, None, None],
    ["LC-2", "低", "查验影像存档。", None, None, None],
    ["LC-3", "二级", "补助名单公示。", None, None, None],
]
GRADED_TOWN = [  # the probe's words: 一级 above, 三级 below
    ["某镇廉政风险点清单", None, None, None, None, None],
    ["编号", "科室", "岗位", "姓名", "廉政风险点", "风险等级"],
    ["FX-01", "党政办", "主任", "司马翀", "违规使用公务用车办私事", "一级"],
    ["FX-02", "财政所", "会计", "司马澜", "虚列支出套取资金", "一级"],
    ["FX-03", "城建办", "主任", "司马琇", "违规审批建设项目", "二级"],
    [None, None, None, None, None, None],
    ["风险点编号", "风险等级", "防控措施", None, None, None],
    ["FX-01", "三级", "车辆统一登记", None, None, None],
    ["FX-02", "三级", "定期对账", None, None, None],
    ["FX-03", "二级", "集体审批", None, None, None],
]


def test_a_level_the_table_below_gives_otherwise_is_warned(tmp_path):
    for k, (rows, levels, measures, differ) in enumerate([
        (GRADED_FOREST, ["Ⅰ级", "Ⅲ级", "Ⅱ级"],
         ["采伐指标公开，两人审核。", "查验影像存档。", "补助名单公示。"], [("CODE_TABLE_LEVEL_DIFFERS", "F3")]),
        (GRADED_TOWN, ["Ⅰ级", "Ⅰ级", "Ⅱ级"], ["车辆统一登记", "定期对账", "集体审批"],
         [("CODE_TABLE_LEVEL_DIFFERS", "F3"), ("CODE_TABLE_LEVEL_DIFFERS", "F4")]),
    ]):  # fmt: skip
        path = write_workbook(tmp_path / str(k) / "排查表.xlsx", {"排查表": rows})
        got, issues = _read(path)
        assert [lv for _p, _pt, lv, _ty, _m in got] == levels, k
        assert [m for _p, _pt, _lv, _ty, m in got] == measures, k
        assert [i for i in issues if i[0] == "CODE_TABLE_LEVEL_DIFFERS"] == differ, k
        assert ("TABLE_BELOW_JOINED_BY_CODE", "A7") in issues, k
        assert "TABLE_OTHER" not in [c for c, _ in issues], k
    r = read_file(path, path.name, load_config())
    msg = next(i.message for i in r.issues if i.code == "CODE_TABLE_LEVEL_DIFFERS")
    assert "FX-01" in msg and "“一级”" in msg and "“三级”" in msg and "A8" in msg
