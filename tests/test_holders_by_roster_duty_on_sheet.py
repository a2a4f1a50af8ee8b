"""A list naming no one whose holders are in a roster ON ITS OWN SHEET — above the list (``领导班子
成员分工`` over ``序号 | 姓名 | 职务 | 分工``) — that lists TWO OR MORE HOLDERS OF ONE POST, each with his own 分工: each row's points are the holder's whose 分工 a cell of the row
repeats word for word, a form each, in the list's order (info HOLDERS_BY_ROSTER_DUTY_ON_SHEET at
the roster's 分工 heading), the sheet's ROSTER_POST_SEVERAL_HOLDERS for the post taken back.
Before, the roster above was read for the posts one person holds, and the shared post stayed
post-only. And for a roster of another sheet too (HOLDERS_BY_ROSTER_DUTY): a list column
repeating the 分工 under a heading read as no duty (``工作分工``, ``分工``, ``负责事项``) is matched
by its cells, no longer left blank.

Not the published batch's file (batch1015: a 农业农村局's one sheet, two 副局长 above a list under
``工作分工``): a 县市场监督管理局 with THREE 副局长 in a roster above the list, the list's column
headed ``分工``; a 中学 whose two 副校长 are told apart by ``具体分工`` in a roster above, the list's
column ``负责事项``; a 卫生院's list (column ``分工``) of another sheet's roster (``工作分工``). Near-misses read as before: a row whose cells
repeat none of the holders' 分工, a row repeating two holders' texts, a roster with no 分工 column.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

CODE = "HOLDERS_BY_ROSTER_DUTY_ON_SHEET"


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

MARKET = [
    ["序号", "岗位", "分工", "廉政风险点", "风险等级", "防控措施"],
    [1, "局长", "全面工作", "行政处罚案件说情干预", "高", "案件集体审理。"],
    [2, "副局长", "食品安全", "食品经营许可现场核查走过场", "高", "核查两人以上。"],
    [3, "副局长", "特种设备", "电梯检验结论把关不严", "中", "检验结论复核。"],
    [4, "副局长", "价格监督", "价格举报查处不及时", "中", "举报限时办结。"],
    [5, "副局长", "食品安全", "抽检样品选择有意避开", "中", "抽检计划随机确定。"],
    [6, "科员", "登记注册", "企业登记材料审核不严", "低", "材料两人复核。"],
]  # fmt: skip
MARKET_ROSTER = [
    ["序号", "姓名", "职务", "分工", None, None],
    [1, "饶湛", "局长", "全面工作", None, None],
    [2, "靳珥", "副局长", "特种设备", None, None],
    [3, "卜宥", "副局长", "食品安全", None, None],
    [4, "巫黎", "副局长", "价格监督", None, None],
    [5, "庹沛", "科员", "登记注册", None, None],
]  # fmt: skip


ABOVE = [["人员分工", *BLANK[1:]]]


def test_three_holders_in_a_roster_above_the_list_headed_fengong(tmp_path):
    got = run(tmp_path, {"清单": ABOVE + MARKET_ROSTER + [BLANK] + MARKET})
    assert read(got) == [
        ("局长", "饶湛", "行政处罚案件说情干预"),
        ("副局长", "卜宥", "食品经营许可现场核查走过场"),
        ("副局长", "卜宥", "抽检样品选择有意避开"),
        ("副局长", "靳珥", "电梯检验结论把关不严"),
        ("副局长", "巫黎", "价格举报查处不及时"),
        ("科员", "庹沛", "企业登记材料审核不严"),
    ]
    assert got.risks.groupby("person")["form_id"].nunique().eq(1).all()
    assert got.risks["form_id"].nunique() == 5
    hit = got.issues[got.issues["code"] == CODE]
    assert len(hit) == 1 and "副局长" in hit["message"].iloc[0]
    assert "ROSTER_POST_SEVERAL_HOLDERS" not in codes(got)


# two 副校长 told apart by 具体分工 in a roster above; the list's column headed 负责事项
SCHOOL_ROSTER = [
    ["领导班子成员分工", None, None, None, None, None],
    ["序号", "姓名", "职务", "具体分工", None, None],
    [1, "宁珖", "校长", "主持学校全面工作", None, None],
    [2, "阙琪", "副校长", "分管德育、安全", None, None],
    [3, "查珈", "副校长", "分管教学、教研", None, None],
    BLANK,
]  # fmt: skip
SCHOOL = [
    ["序号", "岗位", "负责事项", "风险点", "风险等级", "防控措施"],
    [1, "校长", "主持学校全面工作", "校服征订指定供应商", "高", "家长委员会参与选定。"],
    [2, "副校长", "分管教学、教研", "中考体育加分材料把关不严", "高", "加分材料公示。"],
    [3, "副校长", "分管德育、安全", "研学活动指定旅行社", "中", "旅行社公开比选。"],
]  # fmt: skip


def test_two_deputies_in_a_roster_above_the_list(tmp_path):
    got = run(tmp_path, {"风险表": SCHOOL_ROSTER + SCHOOL})
    assert read(got) == [
        ("校长", "宁珖", "校服征订指定供应商"),
        ("副校长", "查珈", "中考体育加分材料把关不严"),
        ("副校长", "阙琪", "研学活动指定旅行社"),
    ]
    assert CODE in codes(got) and "ROSTER_POST_SEVERAL_HOLDERS" not in codes(got)


# a roster of ANOTHER sheet, the list's column under a heading read as no duty ('分工')
CLINIC = [
    ["序号", "岗位", "分工", "廉政风险点", "风险等级", "防控措施"],
    [1, "院长", "全面", "药品采购收受回扣", "高", "集中带量采购。"],
    [2, "副院长", "医疗业务", "医疗纠纷私了", "中", "纠纷集体处理。"],
    [3, "副院长", "公共卫生", "健康档案虚建", "中", "档案随机抽查。"],
]  # fmt: skip
CLINIC_ROSTER = [
    ["姓名", "职务", "工作分工"],
    ["蒯琨", "院长", "全面"],
    ["滑瑭", "副院长", "公共卫生"],
    ["詹璐", "副院长", "医疗业务"],
]  # fmt: skip


def test_a_list_column_headed_as_no_duty_against_another_sheet(tmp_path):
    got = run(tmp_path, {"清单": CLINIC, "名单": CLINIC_ROSTER})
    assert read(got) == [
        ("院长", "蒯琨", "药品采购收受回扣"),
        ("副院长", "詹璐", "医疗纠纷私了"),
        ("副院长", "滑瑭", "健康档案虚建"),
    ]
    assert "HOLDERS_BY_ROSTER_DUTY" in codes(got)


def test_near_misses_read_as_before(tmp_path):
    # a row whose cells repeat none of the holders' 分工: the post stays post-only, said
    odd = [row[:] for row in MARKET]
    odd[3][2] = "广告监管"
    got = run(tmp_path / "a", {"清单": ABOVE + MARKET_ROSTER + [BLANK] + odd})
    assert set(got.risks[got.risks["title"] == "副局长"]["person"]) == {""}
    assert CODE not in codes(got) and "ROSTER_POST_SEVERAL_HOLDERS" in codes(got)
    # a row repeating two holders' texts (its point cell aside): whose, it cannot say
    two = [row[:] for row in MARKET]
    two[3][5] = "价格监督"
    got = run(tmp_path / "b", {"清单": ABOVE + MARKET_ROSTER + [BLANK] + two})
    assert set(got.risks[got.risks["title"] == "副局长"]["person"]) == {""}
    assert CODE not in codes(got)
    # a roster with no 分工 column
    bare = [row[:3] + [None] * 3 for row in MARKET_ROSTER]
    got = run(tmp_path / "c", {"清单": ABOVE + bare + [BLANK] + MARKET})
    assert set(got.risks[got.risks["title"] == "副局长"]["person"]) == {""}
    assert CODE not in codes(got) and "ROSTER_POST_SEVERAL_HOLDERS" in codes(got)


def test_catalogued():
    assert CODE in CATALOGUE and CODE in SHORT
    text = CATALOGUE[CODE][1]
    assert "{names}" in text and "{value}" in text and "{cell}" in text
