"""Heading rows numbered ``N.`` that name a 环节 alone in the point column (``1. 项目审批环节``,
``2.资金拨付``), the row's other cells blank, over points numbered ``N.1``, ``N.2`` … in the same
column, are the 环节 (workflow) of the points under them, to the next such row, across holders;
no point themselves (info POINTS_UNDER_NUMBERED_STAGES). Before, each heading row was read as a
point with no level, type or measures, of no holder or of the post of the row above (batch1062's
财政局). Not that batch's words: a 住房和城乡建设局's 排查表 under ``1、招标投标`` / ``2．施工监管``
with 一级/二级 and a 序号 column writing the heading's own number; a 乡镇卫生院's 防控卡 under
``1.药品耗材采购`` / ``2.医保结算`` with Ⅰ级/Ⅱ级 and holders merged down; and the near-misses.
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
            got.append((post.get("person"), d["workflow"], d["risk_point"], d["risk_level"]))
    return got, [(i.code, i.cell) for i in r.issues]


HOUSING = [
    ["某县住房和城乡建设局廉政风险点排查表", None, None, None, None, None, None],
    ["序号", "股室", "职务", "责任人", "风险点及表现", "风险等级", "防控措施"],
    ["1", None, None, None, "1、招标投标", None, None],
    [None, "建管股", "股长", "慕容澂", "1.1 招标文件设置倾向性条款", "一级", "招标文件法制审核。"],
    [None, "建管股", "股长", "慕容澂", "1.2 评标专家抽取走漏消息", "二级", "专家抽取全程录像。"],
    ["2", None, None, None, "2．施工监管", None, None],
    [None, "质监站", "站长", "令狐湛", "2.1 质量监督检查走过场", "一级", "检查两人以上并留影像。"],
    [None, "质监站", "监督员", "东方淇", "2.2 接受施工单位宴请", "二级", "签订廉洁承诺书。"],
]


def test_numbered_heading_rows_are_the_stages_of_their_points(tmp_path):
    path = write_workbook(tmp_path / "排查表.xlsx", {"排查表": HOUSING})
    got, issues = _read(path)
    assert sorted(got) == sorted([
        ("慕容澂", "招标投标", "1.1 招标文件设置倾向性条款", "Ⅰ级"),
        ("慕容澂", "招标投标", "1.2 评标专家抽取走漏消息", "Ⅱ级"),
        ("令狐湛", "施工监管", "2.1 质量监督检查走过场", "Ⅰ级"),
        ("东方淇", "施工监管", "2.2 接受施工单位宴请", "Ⅱ级"),
    ])  # fmt: skip
    codes = [c for c, _ in issues]
    assert ("POINTS_UNDER_NUMBERED_STAGES", "E3") in issues
    assert codes.count("POINTS_UNDER_NUMBERED_STAGES") == 1
    assert not {"POINT_BLANK", "LEVEL_BLANK", "MEASURES_BLANK"} & set(codes)


CLINIC = [
    ["某镇卫生院岗位廉政风险防控卡", None, None, None, None],
    ["岗位", "姓名", "廉政风险点", "风险级别", "防控措施"],
    [None, None, "1.药品耗材采购", None, None],
    ["院长", "呼延霏", "1.1药品采购指定配送企业", "Ⅰ级", "采购平台公开采购。"],
    [None, None, "1.2耗材验收不核对数量", "Ⅱ级", "验收两人签字。"],
    [None, None, "2.医保结算", None, None],
    ["医保专干", "尉迟沅", "2.1虚记诊疗项目套取医保基金", "Ⅰ级", "结算数据每月比对。"],
    [None, None, "2.2结算资料审核不严", "Ⅱ级", "资料复核留痕。"],
]


def test_holders_merged_down_under_numbered_headings(tmp_path):
    path = write_workbook(
        tmp_path / "防控卡.xlsx",
        {"卡": CLINIC},
        merges={"卡": ["A4:A5", "B4:B5", "A7:A8", "B7:B8"]},
    )
    got, issues = _read(path)
    assert got == [
        ("呼延霏", "药品耗材采购", "1.1药品采购指定配送企业", "Ⅰ级"),
        ("呼延霏", "药品耗材采购", "1.2耗材验收不核对数量", "Ⅱ级"),
        ("尉迟沅", "医保结算", "2.1虚记诊疗项目套取医保基金", "Ⅰ级"),
        ("尉迟沅", "医保结算", "2.2结算资料审核不严", "Ⅱ级"),
    ]
    assert ("POINTS_UNDER_NUMBERED_STAGES", "C3") in issues


def _points(rows, tmp_path, name="表.xlsx"):
    got, issues = _read(write_workbook(tmp_path / name, {"表": rows}))
    return [(p, w) for _who, w, p, _lv in got], [c for c, _ in issues]


def test_near_misses_read_as_before(tmp_path):
    head = ["序号", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"]
    # points numbered '1.', '2.' each a point of its own, with their level and measures
    own = [head,
           [None, "会计", "独孤翃", "1.报销凭证审核不严", "高", "两人复核。"],
           [None, "会计", "独孤翃", "2.公款私存", "中", "按月对账。"],
           [None, "出纳", "独孤琤", "3.现金日记账不及时登记", "低", "日清月结。"]]  # fmt: skip
    got, codes = _points(own, tmp_path, "own.xlsx")
    assert [p for p, _ in got] == ["1.报销凭证审核不严", "2.公款私存", "3.现金日记账不及时登记"]
    assert "POINTS_UNDER_NUMBERED_STAGES" not in codes
    # a composite 编号 column ('1-1', '1.2') that is only numbering: every row a point
    codes_col = [head,
                 ["1-1", "股长", "独孤珩", "项目评审打招呼", "高", "集体评审。"],
                 ["1.2", "股长", "独孤珩", "评审结果不公示", "中", "结果公示。"],
                 ["2.1", "股员", "独孤澍", "资料归档不全", "低", "按月归档。"]]  # fmt: skip
    got, codes = _points(codes_col, tmp_path, "codes.xlsx")
    assert [p for p, _ in got] == ["项目评审打招呼", "评审结果不公示", "资料归档不全"]
    assert "POINTS_UNDER_NUMBERED_STAGES" not in codes
    # a numbered row with its own level over '1.1 …': a point (the rule wants the row blank)
    leveled = [head,
               [None, "股长", "独孤珩", "1. 项目立项把关不严", "高", "集体研究。"],
               [None, "股长", "独孤珩", "1.1 立项资料不全", "中", "资料复核。"],
               [None, "股员", "独孤澍", "2. 评审结果不公示", "中", "结果公示。"],
               [None, "股员", "独孤澍", "2.1 资料归档不全", "低", "按月归档。"]]  # fmt: skip
    got, codes = _points(leveled, tmp_path, "leveled.xlsx")
    assert len(got) == 4 and "POINTS_UNDER_NUMBERED_STAGES" not in codes
    # one heading row only: read as before
    one = [head,
           [None, None, None, "1. 项目审批环节", None, None],
           [None, "股长", "独孤珩", "1.1 立项资料不全", "中", "资料复核。"],
           [None, "股长", "独孤珩", "1.2 变更未报批", "低", "集体研究。"]]  # fmt: skip
    got, codes = _points(one, tmp_path, "one.xlsx")
    assert "POINTS_UNDER_NUMBERED_STAGES" not in codes
    assert "1. 项目审批环节" in [p for p, _ in got]


def test_a_stage_ends_with_its_own_numbers(tmp_path):
    # (the review of batch1062's fix: '2.报销审核' had been the 环节 of '3.挪用公款' and '4.…' too)
    from helpers import write_workbook

    from xlproc.collect import ROW_KEYS, read_file
    from xlproc.config import load_config

    rows = [
        ["序号", "科室", "岗位", "风险点", "风险等级", "防控措施"],
        [1, "办公室", "主任", "1.公车管理", None, None],
        [None, "办公室", "主任", "1.1 公车私用", "中", "登记"],
        [2, "财务股", "会计", "2.报销审核", None, None],
        [None, "财务股", "会计", "2.1 虚报冒领", "高", "双人复核"],
        [3, "财务股", "出纳", "3.挪用公款", "中", "定期对账"],
        [4, "规划股", "股长", "4.违规审批", "高", "集体研究"],
    ]
    path = write_workbook(tmp_path / "清单.xlsx", {"清单": rows})
    r = read_file(path, path.name, load_config())
    got = {
        d["risk_point"]: d["workflow"]
        for form in r.risks
        for d in (dict(zip(ROW_KEYS, row, strict=True)) for row in form)
    }
    assert got == {
        "1.1 公车私用": "公车管理",
        "2.1 虚报冒领": "报销审核",
        "3.挪用公款": "",
        "4.违规审批": "",
    }
