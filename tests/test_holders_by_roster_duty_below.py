"""A list naming no one with, printed BELOW it on the same sheet, a roster (``附：班子成员分工`` over
``序号 | 职务 | 姓名 | 分管工作``) that lists TWO OR MORE HOLDERS OF ONE POST, each with his own 分工:
the roster is read as the list's roster (no longer set aside as another table under the list,
TABLE_UNDER_LIST), each post of one holder his, and each row of the shared post the holder's whose
分工 a cell of the row repeats word for word, a form each, in the list's order (info
HOLDERS_BY_ROSTER_DUTY_BELOW at the roster's 分工 heading).

Not the published batch's file (batch1022: a 水务局's two 副局长, ``序号 | 姓名 | 职务 | 分工`` under
``附：领导班子成员及工作人员分工``, the list's column ``工作分工``): a 卫生院's two 副院长 under a list
whose column is ``分管工作``, the roster ``序号 | 职务 | 姓名 | 分管工作`` under ``附：班子成员分工``;
a 街道办事处's three 副主任 in a roster with no caption (a blank row over ``岗位 | 姓名 | 具体分工``),
the list's column ``负责事项``. Near-misses read as before: a row repeating none of the holders'
分工 keeps the shared post post-only; a roster below with no 分工 column still gives the posts one
person holds.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

CODE = "HOLDERS_BY_ROSTER_DUTY_BELOW"


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, sheets: dict):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "清单.xlsx", sheets)
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str]]:
    cols = ["title", "person", "risk_point"]
    return [tuple(r) for r in got.risks[cols].itertuples(index=False)]


def codes(got) -> list[str]:
    return list(got.issues["code"])


BLANK = [None] * 6

CLINIC = [
    ["某镇卫生院岗位廉政风险防控一览表", None, None, None, None, None],
    ["序号", "岗位", "分管工作", "风险点", "风险等级", "防控措施"],
    [1, "院长", "全面工作", "药品耗材遴选个人说了算", "高", "遴选集体研究。"],
    [2, "副院长", "医疗质量、医保结算", "医保结算虚增诊疗项目", "高", "结算清单每月抽查。"],
    [3, "副院长", "公共卫生、疫苗管理", "疫苗出入库登记不实", "中", "出入库双人核对。"],
    [4, "副院长", "医疗质量、医保结算", "病历书写审核走过场", "中", "病历每月评查。"],
    [5, "药剂员", "药房管理", "药品盘点账实不符", "低", "每月盘点，差异说明。"],
    BLANK,
    ["附：班子成员分工", None, None, None, None, None],
    ["序号", "职务", "姓名", "分管工作", None, None],
    [1, "院长", "贺兰翾", "全面工作", None, None],
    [2, "副院长", "乞伏珞", "医疗质量、医保结算", None, None],
    [3, "副院长", "贺兰琰曦", "公共卫生、疫苗管理", None, None],
    [4, "药剂员", "乞伏湉", "药房管理", None, None],
]  # fmt: skip


def test_two_deputies_told_apart_by_a_roster_below(tmp_path):
    got = run(tmp_path, {"一览表": CLINIC})
    assert read(got) == [
        ("院长", "贺兰翾", "药品耗材遴选个人说了算"),
        ("副院长", "乞伏珞", "医保结算虚增诊疗项目"),
        ("副院长", "乞伏珞", "病历书写审核走过场"),
        ("副院长", "贺兰琰曦", "疫苗出入库登记不实"),
        ("药剂员", "乞伏湉", "药品盘点账实不符"),
    ]
    said = got.issues[got.issues["code"] == CODE]
    assert len(said) == 1
    assert said.iloc[0]["cell"] == "D10"
    assert "TABLE_UNDER_LIST" not in codes(got)


STREET = [
    ["某街道办事处廉政风险防控清单", None, None, None, None, None],
    ["序号", "岗位", "负责事项", "廉政风险点", "风险等级", "防控措施"],
    [1, "副主任", "城市管理", "占道经营处罚随意减免", "中", "处罚集体审议。"],
    [2, "副主任", "社会事务", "低保对象评定优亲厚友", "高", "评定结果公示。"],
    [3, "副主任", "经济发展", "招商引资奖励核定不实", "高", "奖励联审。"],
    [4, "副主任", "社会事务", "临时救助审批不严", "中", "救助两级审核。"],
    BLANK,
    ["序号", "岗位", "姓名", "具体分工", None, None],
    [1, "副主任", "宇文珩", "城市管理", None, None],
    [2, "副主任", "贺兰沅", "社会事务", None, None],
    [3, "副主任", "乞伏琮", "经济发展", None, None],
]  # fmt: skip


def test_three_deputies_by_an_uncaptioned_roster_below(tmp_path):
    got = run(tmp_path, {"清单": STREET})
    assert read(got) == [
        ("副主任", "宇文珩", "占道经营处罚随意减免"),
        ("副主任", "贺兰沅", "低保对象评定优亲厚友"),
        ("副主任", "贺兰沅", "临时救助审批不严"),
        ("副主任", "乞伏琮", "招商引资奖励核定不实"),
    ]
    assert codes(got).count(CODE) == 1


def test_a_row_repeating_no_holders_duty_keeps_the_post(tmp_path):
    rows = [list(r) for r in CLINIC]
    rows[4][2] = "后勤保障"  # (neither 副院长's 分工)
    got = run(tmp_path, {"一览表": rows})
    deputies = [(t, p) for t, p, _pt in read(got) if t == "副院长"]
    assert deputies and all(p == "" for _t, p in deputies)
    assert CODE not in codes(got)
    assert ("院长", "贺兰翾", "药品耗材遴选个人说了算") in read(got)


def test_a_roster_below_without_duties_still_names_single_holders(tmp_path):
    rows = [r[:3] + [None] * 3 if i >= 9 else r for i, r in enumerate(CLINIC)]
    got = run(tmp_path, {"一览表": rows})
    assert ("院长", "贺兰翾", "药品耗材遴选个人说了算") in read(got)
    assert ("药剂员", "乞伏湉", "药品盘点账实不符") in read(got)
    assert CODE not in codes(got)


def test_code_is_catalogued():
    assert CODE in CATALOGUE and CODE in SHORT
