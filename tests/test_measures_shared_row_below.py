"""A row under a holder's points that says in its point cell it holds the MEASURES of the points
above (``以上风险点防控措施``, ``针对上述风险点的防控措施：``, ``以上2项风险点共用措施``), no 序号, no
level, its holder cells merged down, blank or written again, the measures in the list's own
measures column, while the points above leave their measures cells blank: the measures written
once for those points, given to each; the row is no point (info MEASURES_SHARED_ROW_BELOW).
Before, the row was read as the rest of the last point's words (``…泄露以上风险点防控措施``): a
point lost, a wrong one made, the others without measures (batch1035's 自然资源局). Not that
batch's words: a 卫生健康局's list with the holder written again on the row and a counted label
(``对上述三项风险点的防范措施``), 高/中/低; a 中学's list with a type column, holders merged, one
point carrying its own measures above a counted label (``上述2项风险点的防控措施如下：``); and the
near-misses.
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
            got.append((post.get("person"), d["risk_point"], d["risk_level"], d["measures"]))
    return got, [(i.code, i.cell) for i in r.issues]


HEALTH = [
    ["某县卫生健康局岗位廉政风险排查表", None, None, None, None, None, None],
    ["序号", "科室", "职务", "责任人", "风险点", "风险级别", "防控措施"],
    [1, "医政股", "股长", "端木珣", "医疗机构校验现场检查走过场", "高", None],
    [2, "医政股", "股长", "端木珣", "医师执业注册材料把关不严", "中", None],
    [3, "医政股", "股长", "端木珣", "接受医疗机构宴请", "低", None],
    [None, "医政股", "股长", "端木珣", "对上述三项风险点的防范措施", None, "1.检查两人以上；\n2.注册材料复核；\n3.签订承诺书。"],
    [4, "财务股", "会计", "公孙澜", "专项资金拨付不按进度", "高", None],
    [5, "财务股", "会计", "公孙澜", "报账票据审核不严", "中", None],
    [None, "财务股", "会计", "公孙澜", "本岗位以上风险点共性防控措施如下：", None, "1.按进度拨付；\n2.票据两人审核。"],
]  # fmt: skip


def test_holder_written_again_on_the_row_of_shared_measures(tmp_path):
    got, issues = _read(write_workbook(tmp_path / "排查表.xlsx", {"表": HEALTH}))
    shared1 = "1.检查两人以上；\n2.注册材料复核；\n3.签订承诺书。"
    shared2 = "1.按进度拨付；\n2.票据两人审核。"
    assert got == [
        ("端木珣", "医疗机构校验现场检查走过场", "Ⅰ级", shared1),
        ("端木珣", "医师执业注册材料把关不严", "Ⅱ级", shared1),
        ("端木珣", "接受医疗机构宴请", "Ⅲ级", shared1),
        ("公孙澜", "专项资金拨付不按进度", "Ⅰ级", shared2),
        ("公孙澜", "报账票据审核不严", "Ⅱ级", shared2),
    ]
    codes = [c for c, _ in issues]
    assert ("MEASURES_SHARED_ROW_BELOW", "E6") in issues
    assert codes.count("MEASURES_SHARED_ROW_BELOW") == 1
    assert "MEASURES_BLANK" not in codes and "LEVEL_BLANK" not in codes


SCHOOL = [
    ["某县中学岗位廉政风险防控一览表", None, None, None, None, None, None, None],
    ["序号", "处室", "岗位", "姓名", "廉政风险点", "风险类型", "风险等级", "防控措施"],
    [1, "总务处", "总务主任", "令狐湘", "校舍维修项目指定施工方", "制度机制风险", "一级", "维修项目按规定采购。"],
    [2, None, None, None, "食堂大宗物资验收不严", "岗位职责风险", "二级", None],
    [3, None, None, None, "固定资产处置不公开", "业务流程风险", "二级", None],
    [None, None, None, None, "上述2项风险点的防控措施如下：", None, None, "验收和处置均两人以上在场，结果公示。"],
    [4, "教务处", "教务员", "慕容澄", "学籍变更审核不严", "岗位职责风险", "二级", "学籍变更两人复核。"],
]  # fmt: skip


def test_merged_holders_and_a_counted_label(tmp_path):
    path = write_workbook(
        tmp_path / "一览表.xlsx", {"一览表": SCHOOL}, merges={"一览表": ["B3:B6", "C3:C6", "D3:D6"]}
    )
    got, issues = _read(path)
    shared = "验收和处置均两人以上在场，结果公示。"
    assert got == [
        ("令狐湘", "校舍维修项目指定施工方", "Ⅰ级", "维修项目按规定采购。"),  # (its own kept)
        ("令狐湘", "食堂大宗物资验收不严", "Ⅱ级", shared),
        ("令狐湘", "固定资产处置不公开", "Ⅱ级", shared),
        ("慕容澄", "学籍变更审核不严", "Ⅱ级", "学籍变更两人复核。"),
    ]
    assert ("MEASURES_SHARED_ROW_BELOW", "E6") in issues
    assert "MEASURES_BLANK" not in [c for c, _ in issues]


def test_near_misses_read_as_before(tmp_path):
    # a point of its own whose words speak of measures above ('…措施落实不到位'), numbered and
    # graded: a point, as before
    own = [list(r) for r in HEALTH[:3]] + [
        [2, "医政股", "股长", "端木珣", "上述风险点防控措施落实不到位", "中", "定期检查。"]
    ]
    got, issues = _read(write_workbook(tmp_path / "own.xlsx", {"表": own}))
    assert [p for _, p, _, _ in got] == [
        "医疗机构校验现场检查走过场",
        "上述风险点防控措施落实不到位",
    ]
    assert "MEASURES_SHARED_ROW_BELOW" not in [c for c, _ in issues]
    # the labelled row graded, or under a point that carries its own measures: not this kind
    graded = [list(r) for r in HEALTH[:6]]
    graded[5][5] = "中"
    carried = [list(r) for r in HEALTH[:6]]
    carried[4][6] = "签订承诺书。"
    for name, rows in (("graded", graded), ("carried", carried)):
        got, issues = _read(write_workbook(tmp_path / f"{name}.xlsx", {"表": rows}))
        assert "MEASURES_SHARED_ROW_BELOW" not in [c for c, _ in issues], name
        assert got[0][3] == "", name  # (the first point's measures stay blank, as before)
    # a list with no measures column: the row is read as before
    bare = [[v for c, v in enumerate(row) if c != 6] for row in HEALTH[:6]]
    got, issues = _read(write_workbook(tmp_path / "bare.xlsx", {"表": bare}))
    assert "MEASURES_SHARED_ROW_BELOW" not in [c for c, _ in issues]
