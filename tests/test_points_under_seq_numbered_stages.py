"""Heading rows whose number stands ONLY in the 序号 column — ``1`` (``2.``, ``3、``) beside a 环节
with no number in the point column (``项目审批环节``, ``资金拨付``), the row's other cells blank —
over points numbered ``1.1``, ``1.2`` … in the 序号 column are the 环节 (workflow) of the points
under them, to the next such row, across holders; no point themselves (info
POINTS_UNDER_SEQ_NUMBERED_STAGES). Before, each heading row was read as a point with no level and
no measures, of no holder or of the post of the row above (batch1063's 发展和改革局; batch1062's
POINTS_UNDER_NUMBERED_STAGES reads the numbers only in the point column). Not that batch's
words: a 交通运输局's 排查表 under ``编号`` with Ⅰ级/Ⅱ级 and the numbers written as numbers (``1``,
``1.1``); a 中学's 清单 under ``2.`` / ``3、`` with 一级风险/二级风险 and holders merged down; and the
near-misses.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import ROW_KEYS, read_file
from xlproc.config import load_config

CODE = "POINTS_UNDER_SEQ_NUMBERED_STAGES"


def _read(path: Path):
    r = read_file(path, path.name, load_config())
    got = []
    for post, form in zip(r.posts, r.risks, strict=True):
        for row in form:
            d = dict(zip(ROW_KEYS, row, strict=True))
            got.append((post.get("person"), d["workflow"], d["risk_point"], d["risk_level"]))
    return got, [(i.code, i.cell) for i in r.issues]


TRANSPORT = [
    ["某县交通运输局廉政风险点排查表", None, None, None, None, None, None],
    ["编号", "股室", "岗位", "姓名", "风险点", "风险级别", "防控措施"],
    [1, None, None, None, "工程建设管理", None, None],
    [1.1, "建设股", "股长", "司马澈", "农村公路项目验收把关不严", "Ⅰ级", "验收邀请第三方参加。"],
    [1.2, "建设股", "股长", "司马澈", "工程变更签证不实", "Ⅱ级", "变更集体研究。"],
    [2, None, None, None, "运输执法", None, None],
    [2.1, "执法大队", "队员", "上官琮", "超限车辆查处说情放行", "Ⅰ级", "执法记录仪全程记录。"],
    [2.2, "执法大队", "队员", "上官琮", "罚没款不及时上缴", "Ⅱ级", "票款分离。"],
    [3, None, None, None, "客运管理", None, None],
    [3.1, "运管股", "股员", "司马瑜", "客运线路审批暗箱操作", "Ⅱ级", "线路审批公示。"],
]


def test_seq_numbered_heading_rows_are_the_stages_of_their_points(tmp_path):
    path = write_workbook(tmp_path / "排查表.xlsx", {"排查表": TRANSPORT})
    got, issues = _read(path)
    assert sorted(got) == sorted([
        ("司马澈", "工程建设管理", "农村公路项目验收把关不严", "Ⅰ级"),
        ("司马澈", "工程建设管理", "工程变更签证不实", "Ⅱ级"),
        ("上官琮", "运输执法", "超限车辆查处说情放行", "Ⅰ级"),
        ("上官琮", "运输执法", "罚没款不及时上缴", "Ⅱ级"),
        ("司马瑜", "客运管理", "客运线路审批暗箱操作", "Ⅱ级"),
    ])  # fmt: skip
    codes = [c for c, _ in issues]
    assert (CODE, "E3") in issues and codes.count(CODE) == 1
    assert not {"POINT_BLANK", "LEVEL_BLANK", "MEASURES_BLANK", "HOLDERS_PLACE_UNCLEAR"} & set(
        codes
    )
    assert "POINTS_UNDER_NUMBERED_STAGES" not in codes


SCHOOL = [
    ["某县第二中学岗位廉政风险防控清单", None, None, None, None, None],
    ["序号", "岗位", "责任人", "风险点描述", "等级", "防控措施"],
    ["1.", None, None, "招生管理", None, None],
    ["1.1", "副校长", "欧阳湉", "择校生录取收受好处", "一级风险", "录取名单公示。"],
    ["1.2", None, None, "插班生安排不按程序", "二级风险", "插班集体研究。"],
    ["2、", None, None, "食堂管理", None, None],
    ["2.1", "总务主任", "诸葛翊", "食材采购收受回扣", "一级风险", "公开比选供应商。"],
    ["2.2", None, None, "食堂账目不公开", "二级风险", "每月公示收支。"],
]


def test_holders_merged_down_under_seq_numbered_headings(tmp_path):
    path = write_workbook(
        tmp_path / "清单.xlsx",
        {"清单": SCHOOL},
        merges={"清单": ["B4:B5", "C4:C5", "B7:B8", "C7:C8"]},
    )
    got, issues = _read(path)
    assert got == [
        ("欧阳湉", "招生管理", "择校生录取收受好处", "Ⅰ级"),
        ("欧阳湉", "招生管理", "插班生安排不按程序", "Ⅱ级"),
        ("诸葛翊", "食堂管理", "食材采购收受回扣", "Ⅰ级"),
        ("诸葛翊", "食堂管理", "食堂账目不公开", "Ⅱ级"),
    ]
    assert (CODE, "D3") in issues


def _points(rows, tmp_path, name="表.xlsx"):
    got, issues = _read(write_workbook(tmp_path / name, {"表": rows}))
    return [p for _who, _w, p, _lv in got], [c for c, _ in issues]


def test_near_misses_read_as_before(tmp_path):
    head = ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"]
    # a 序号 column 1, 2, 3 of points each its own, with their level and measures
    own = [head,
           [1, "会计", "公孙翃", "报销凭证审核不严", "高", "两人复核。"],
           [2, "会计", "公孙翃", "公款私存", "中", "按月对账。"],
           [3, "出纳", "公孙琤", "现金日记账不及时登记", "低", "日清月结。"]]  # fmt: skip
    got, codes = _points(own, tmp_path, "own.xlsx")
    assert got == ["报销凭证审核不严", "公款私存", "现金日记账不及时登记"]
    assert CODE not in codes
    # a composite numbering '1-1', '1-2', '2-1' only: every row a point
    dashed = [head,
              ["1-1", "股长", "公孙珩", "项目评审打招呼", "高", "集体评审。"],
              ["1-2", "股长", "公孙珩", "评审结果不公示", "中", "结果公示。"],
              ["2-1", "股员", "公孙澍", "资料归档不全", "低", "按月归档。"]]  # fmt: skip
    got, codes = _points(dashed, tmp_path, "dashed.xlsx")
    assert got == ["项目评审打招呼", "评审结果不公示", "资料归档不全"]
    assert CODE not in codes
    # '1' over '1.1' but the numbered row writes its own level: a point
    leveled = [head,
               [1, "股长", "公孙珩", "项目立项把关不严", "高", "集体研究。"],
               ["1.1", "股长", "公孙珩", "立项资料不全", "中", "资料复核。"],
               [2, "股员", "公孙澍", "评审结果不公示", "中", "结果公示。"],
               ["2.1", "股员", "公孙澍", "资料归档不全", "低", "按月归档。"]]  # fmt: skip
    got, codes = _points(leveled, tmp_path, "leveled.xlsx")
    assert len(got) == 4 and CODE not in codes
    # one heading row only: read as before
    one = [head,
           [1, None, None, "项目审批环节", None, None],
           ["1.1", "股长", "公孙珩", "立项资料不全", "中", "资料复核。"],
           ["1.2", "股长", "公孙珩", "变更未报批", "低", "集体研究。"]]  # fmt: skip
    got, codes = _points(one, tmp_path, "one.xlsx")
    assert CODE not in codes and "项目审批环节" in got
    # '1 | 办公室', '2 | 财务股' over '1.1', '2.1': 科室 named, not 环节 — read as before
    depts = [head,
             [1, None, None, "办公室", None, None],
             ["1.1", "主任", "公孙珩", "公务接待超标", "高", "清单审核。"],
             ["1.2", "主任", "公孙珩", "公车私用", "中", "出车登记。"],
             [2, None, None, "财务股", None, None],
             ["2.1", "会计", "公孙澍", "报账不实", "低", "两人复核。"]]  # fmt: skip
    got, codes = _points(depts, tmp_path, "depts.xlsx")
    assert CODE not in codes and "办公室" in got
