"""A list naming POSTS ONLY (no 姓名 column) with, printed BELOW it on the same sheet, a staff roster
whose heading carries, beside its 科室, 岗位 and 姓名, one column of each person's DUTIES headed as
职责 (``工作职责``, ``岗位职责``, ``主要职责``) — no 分工 word: the roster is read as the list's (no longer
set aside as another table under the list, TABLE_OTHER), each post's points going to the one person
it lists under the same 科室 and 岗位 (info ROSTER_DUTIES_BELOW at the roster's 职责 heading); the
职责 cells are no points. In such a roster a holder's cell of four or five characters whose first
three are a surname the reader does not list (``乌石兰翾澄``) is a name where another cell of the
column opens with the same three (``乌石兰沅``): staff of one family, not a note.

Not the published batch's file (batch1026: a 交通运输局's ``序号 | 科室 | 岗位 | 廉政风险点 | 风险等级 |
防控措施`` with ``人员名单`` over ``序号 | 姓名 | 科室 | 岗位 | 工作职责``, the surnames 吐谷浑 and 步鹿根): a
县档案馆's ``序号 | 部门 | 职务 | 风险点 | 风险级别 | 防控措施`` (高/中/低) with ``附：岗位人员名单`` over
``姓名 | 部门 | 职务 | 岗位职责`` (no 序号), two 部门 each with a 科长; a 镇卫生院's list (``一级风险/…``)
with, after a blank row and no caption, ``序号 | 科室 | 岗位 | 姓名 | 主要职责`` of the surnames 乌石兰
and 步大汗. Near-misses read as before: a second risk table below (``… | 岗位职责 | 廉政风险点 | 风险等级
| …``) is read for its points, no roster; a roster with 工作职责 under a list naming its holders is set
aside; a 领导小组's ``姓名 | 职务 | 工作职责`` (组长, 成员: none of the list's posts) is set aside; a
five-character note in a roster (``待招聘人员``) holds no post.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

CODE = "ROSTER_DUTIES_BELOW"


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, sheets: dict):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "清单.xlsx", sheets)
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    cols = ["department", "title", "person", "risk_point"]
    return [tuple(r) for r in got.risks[cols].itertuples(index=False)]


def codes(got) -> list[str]:
    return list(got.issues["code"])


BLANK = [None] * 6

ARCHIVES = [
    ["某县档案馆岗位廉政风险防控一览表", None, None, None, None, None],
    ["序号", "部门", "职务", "风险点", "风险级别", "防控措施"],
    [1, "馆领导", "馆长", "档案数字化外包项目指定服务商", "高", "外包项目公开采购，馆务会研究。"],
    [2, "接收征集科", "科长", "接收进馆档案把关不严", "中", "接收档案两人清点。"],
    [3, "接收征集科", "科长", "征集档案定价不公", "中", "征集价格专家评估。"],
    [4, "利用服务科", "科长", "违规提供未开放档案查阅", "高", "查阅审批登记。"],
    [5, "利用服务科", "查档员", "查档收费不开票", "低", "收费统一开具票据。"],
    BLANK,
    ["附：岗位人员名单", None, None, None, None, None],
    ["姓名", "部门", "职务", "岗位职责", None, None],
    ["庹翾", "馆领导", "馆长", "主持馆务", None, None],
    ["郗沅琪", "接收征集科", "科长", "档案接收、征集", None, None],
    ["鄢珂", "利用服务科", "科长", "档案利用和开放审核", None, None],
    ["郗澄", "利用服务科", "查档员", "查档接待", None, None],
]  # fmt: skip


def test_archives_roster_below_with_duties(tmp_path):
    got = run(tmp_path, {"一览表": ARCHIVES})
    assert read(got) == [
        ("馆领导", "馆长", "庹翾", "档案数字化外包项目指定服务商"),
        ("接收征集科", "科长", "郗沅琪", "接收进馆档案把关不严"),
        ("接收征集科", "科长", "郗沅琪", "征集档案定价不公"),
        ("利用服务科", "科长", "鄢珂", "违规提供未开放档案查阅"),
        ("利用服务科", "查档员", "郗澄", "查档收费不开票"),
    ]
    said = got.issues[got.issues["code"] == CODE]
    assert len(said) == 1
    assert said.iloc[0]["cell"] == "D10"
    assert said.iloc[0]["value"] == "岗位职责"
    assert "TABLE_OTHER" not in codes(got)
    assert "ROW_UNPLACED" not in codes(got)


CLINIC = [
    ["某镇卫生院岗位廉政风险防控清单", None, None, None, None, None],
    ["序号", "科室", "岗位", "廉政风险点", "风险等级", "防控措施"],
    [1, "院领导", "院长", "医用耗材采购干预", "一级风险", "耗材采购集体研究。"],
    [2, "院领导", "副院长", "医保结算审核走过场", "一级风险", "结算清单每月抽查。"],
    [3, "药剂科", "药剂员", "药品盘点账实不符", "二级风险", "每月盘点。"],
    [4, "公卫科", "科主任", "公卫项目数据造假", "二级风险", "数据抽查回访。"],
    [5, "公卫科", "防保员", "疫苗出入库登记不实", "三级风险", "出入库双人核对。"],
    BLANK,
    ["序号", "科室", "岗位", "姓名", "主要职责", None],
    [1, "院领导", "院长", "乌石兰翾澄", "主持全院工作", None],
    [2, "院领导", "副院长", "步大汗琤", "分管医疗、医保", None],
    [3, "药剂科", "药剂员", "乌石兰沅", "药房管理", None],
    [4, "公卫科", "科主任", "步大汗璟澜", "公共卫生服务", None],
    [5, "公卫科", "防保员", "乌石兰湉琦", "预防接种", None],
]  # fmt: skip


def test_clinic_roster_of_three_character_surnames(tmp_path):
    got = run(tmp_path, {"清单": CLINIC})
    assert read(got) == [
        ("院领导", "院长", "乌石兰翾澄", "医用耗材采购干预"),
        ("院领导", "副院长", "步大汗琤", "医保结算审核走过场"),
        ("药剂科", "药剂员", "乌石兰沅", "药品盘点账实不符"),
        ("公卫科", "科主任", "步大汗璟澜", "公卫项目数据造假"),
        ("公卫科", "防保员", "乌石兰湉琦", "疫苗出入库登记不实"),
    ]
    said = got.issues[got.issues["code"] == CODE]
    assert list(said["cell"]) == ["E9"]
    assert "主要职责" in said.iloc[0]["message"]
    assert "TABLE_OTHER" not in codes(got) and "ROW_UNPLACED" not in codes(got)


def test_second_risk_table_with_duties_column_is_no_roster(tmp_path):
    sheet = [
        ["某局岗位廉政风险防控清单", None, None, None, None, None, None],
        ["序号", "科室", "岗位", "廉政风险点", "风险等级", "防控措施", None],
        [1, "办公室", "主任", "公务接待超标准", "中", "接待清单公开。", None],
        [2, "办公室", "会计", "报销凭证审核不严", "中", "两人复核。", None],
        [None] * 7,
        ["序号", "科室", "岗位", "岗位职责", "廉政风险点", "风险等级", "防控措施"],
        [1, "执法股", "股长", "执法检查", "执法检查走过场", "高", "两人以上执法。"],
        [2, "执法股", "执法员", "案件调查", "调查取证不全", "中", "取证全程记录。"],
    ]  # fmt: skip
    got = run(tmp_path, {"清单": sheet})
    points = {p for *_, p in read(got)}
    assert {"公务接待超标准", "报销凭证审核不严", "执法检查走过场", "调查取证不全"} <= points
    assert not {"执法检查", "案件调查"} & points
    assert CODE not in codes(got)
    assert all(person == "" for _d, _t, person, _p in read(got))


def test_roster_with_duties_under_a_named_list_is_set_aside(tmp_path):
    sheet = [
        ["某局岗位廉政风险防控清单", None, None, None, None, None],
        ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级"],
        [1, "办公室", "主任", "庹翾", "公务接待超标准", "中"],
        [2, "办公室", "会计", "郗澄", "报销凭证审核不严", "低"],
        BLANK,
        ["人员名单", None, None, None, None, None],
        ["序号", "姓名", "科室", "岗位", "工作职责", None],
        [1, "庹翾", "办公室", "主任", "办公室日常事务", None],
        [2, "郗澄", "办公室", "会计", "财务核算", None],
    ]  # fmt: skip
    got = run(tmp_path, {"清单": sheet})
    assert read(got) == [
        ("办公室", "主任", "庹翾", "公务接待超标准"),
        ("办公室", "会计", "郗澄", "报销凭证审核不严"),
    ]
    assert CODE not in codes(got)


def test_leading_group_with_duties_is_set_aside(tmp_path):
    sheet = [
        ["某局岗位廉政风险防控清单", None, None, None, None],
        ["序号", "科室", "岗位", "廉政风险点", "风险等级"],
        [1, "办公室", "主任", "公务接待超标准", "中"],
        [2, "办公室", "会计", "报销凭证审核不严", "低"],
        [None] * 5,
        ["廉政风险防控工作领导小组", None, None, None, None],
        ["序号", "姓名", "职务", "工作职责", None],
        [1, "庹翾", "组长", "全面负责", None],
        [2, "郗澄", "副组长", "具体组织", None],
        [3, "鄢珂", "成员", "督促落实", None],
    ]  # fmt: skip
    got = run(tmp_path, {"清单": sheet})
    assert read(got) == [
        ("办公室", "主任", "", "公务接待超标准"),
        ("办公室", "会计", "", "报销凭证审核不严"),
    ]
    assert CODE not in codes(got)


def test_five_character_note_holds_no_post(tmp_path):
    sheet = [
        ["某站岗位廉政风险防控清单", None, None, None, None],
        ["序号", "科室", "岗位", "廉政风险点", "风险等级"],
        [1, "站领导", "站长", "项目资金安排个人说了算", "高"],
        [2, "业务股", "股长", "检疫申报受理不一次性告知", "中"],
        [3, "业务股", "检疫员", "检疫证明出具不到场", "中"],
        [None] * 5,
        ["附：人员名单", None, None, None, None],
        ["序号", "科室", "岗位", "姓名", None],
        [1, "站领导", "站长", "庹翾", None],
        [2, "业务股", "股长", "郗澄", None],
        [3, "业务股", "检疫员", "待招聘人员", None],
    ]  # fmt: skip
    got = run(tmp_path, {"清单": sheet})
    held = {(d, t): p for d, t, p, _pt in read(got)}
    assert held[("站领导", "站长")] == "庹翾"
    assert held[("业务股", "股长")] == "郗澄"
    assert held[("业务股", "检疫员")] == ""
    assert CODE not in codes(got)


def test_the_code_is_catalogued():
    assert CODE in CATALOGUE and CODE in SHORT
    assert CATALOGUE[CODE][0] == "info"
