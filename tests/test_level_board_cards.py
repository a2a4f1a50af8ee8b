"""A level board of cards (廉政风险等级看板): a row of the levels themselves ('高 | 中 | 低',
'一级 | 二级 | 三级'; '风险等级' merged over it or not), each level column a stack of cards down the
sheet — the holder's line wholly in brackets ('【营业所　所长　…】', '（抄表员 …）'), the point on
the next row, then '措施：…' — with a blank row between cards or none. Each card is a point of its
bracketed holder at its column's level, its measures from its '措施：' line; a form a holder.

Not the published batch's board (a 恐龙博物馆 with 馆长 … 讲解员, '【部门　岗位　姓名】' lines under
'序号 | 风险等级' over '高风险 | 中风险 | 低风险', a blank row after every card): a county 供水公司's
and a 乡镇农业服务中心's boards, other posts, names, level words ('高 | 中 | 低', '一级 | 二级 |
三级', '一级风险 | …'), no spacer rows, '（岗位 姓名）' holder lines, a '序号' merged down beside
the cards and an empty '备注' column; written with xlsxwriter (tests/helpers.py) and read back as
``collect_inbox`` reads a file. Level columns of plain points one a cell, and a '高 | 中 | 低'
band of ticks, are read as before.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str]):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "board.xlsx", {"看板": rows}, {"看板": merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


WATER = [
    ["XX县供水有限公司廉政风险等级看板"],
    ["风险等级", None, None],
    ["高", "中", "低"],
    ["【营业所　所长　宓澜舟】", "【财务科　会计　甄霁禾】", "【营业所　抄表员　仉语桐】"],
    ["新装用户接水审批吃拿卡要", "水费减免审核把关不严", "抄表数据估抄、漏抄"],
    [
        "措施：接水审批网上公开办理。",
        "措施：减免经总经理办公会研究。",
        "措施：抄表照片上传系统留痕。",
    ],
    ["【管网维修部　主任　濮阳清越】", "【营业所　所长　宓澜舟】", None],
    ["管网维修材料采购指定供应商", "欠费停水执行优亲厚友", None],
    ["措施：材料采购比价三家以上。", "措施：停水名单集体审定。", None],
    ["监督电话：12345"],
]


def test_cards_without_a_blank_spacer(tmp_path):
    got = run(tmp_path, WATER, ["A1:C1", "A2:C2", "A10:C10"])
    assert read(got) == sorted([
        ("所长", "宓澜舟", "新装用户接水审批吃拿卡要", "Ⅰ级"),
        ("所长", "宓澜舟", "欠费停水执行优亲厚友", "Ⅱ级"),
        ("会计", "甄霁禾", "水费减免审核把关不严", "Ⅱ级"),
        ("抄表员", "仉语桐", "抄表数据估抄、漏抄", "Ⅲ级"),
        ("主任", "濮阳清越", "管网维修材料采购指定供应商", "Ⅰ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "LEVEL_BOARD_CARDS" in set(got.issues["code"])
    r = got.risks
    depts = dict(zip(r["person"], r["department"], strict=True))
    assert depts["宓澜舟"] == "营业所" and depts["濮阳清越"] == "管网维修部"
    measures = dict(zip(r["risk_point"], r["measures"], strict=True))
    assert measures["水费减免审核把关不严"] == "减免经总经理办公会研究。"


FARM = [
    ["XX镇农业综合服务中心廉政风险公示"],
    ["序号", "高风险", "中风险", "低风险", "备注"],
    [1, "（主任 勾沐晴）", "（技术员 蒯星遥）", "（出纳 厍若岚）", None],
    [1, "农业补贴资金发放优亲厚友", "农资推广收取厂家好处", "现金收付不及时入账", None],
    [
        1,
        "措施：补贴名单村镇两级公示。",
        "措施：推广品种集体研究确定。",
        "措施：日清月结，定期对账。",
        None,
    ],
    [],
    [2, "（技术员 蒯星遥）", None, "（主任 勾沐晴）", None],
    [2, "土地流转鉴证弄虚作假", None, "公务接待超标准", None],
    [2, "措施：鉴证材料双人审核。", None, "措施：接待实行公函制度。", None],
    [],
    ["制表：综合办", None, "审核：", "主任（签字）：", None],
]


def test_holder_lines_of_post_and_name_in_round_brackets(tmp_path):
    got = run(tmp_path, FARM, ["A1:E1", "A3:A5", "A7:A9"])
    assert read(got) == sorted([
        ("主任", "勾沐晴", "农业补贴资金发放优亲厚友", "Ⅰ级"),
        ("主任", "勾沐晴", "公务接待超标准", "Ⅲ级"),
        ("技术员", "蒯星遥", "农资推广收取厂家好处", "Ⅱ级"),
        ("技术员", "蒯星遥", "土地流转鉴证弄虚作假", "Ⅰ级"),
        ("出纳", "厍若岚", "现金收付不及时入账", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)


def test_grade_words_over_the_cards(tmp_path):
    rows = [list(r) for r in WATER]
    rows[2] = ["一级", "二级", "三级"]
    rows[5] = ["防控措施：接水审批网上公开办理。", *rows[5][1:]]
    got = run(tmp_path, rows, ["A1:C1", "A2:C2", "A10:C10"])
    assert read(got) == sorted([
        ("所长", "宓澜舟", "新装用户接水审批吃拿卡要", "Ⅰ级"),
        ("所长", "宓澜舟", "欠费停水执行优亲厚友", "Ⅱ级"),
        ("会计", "甄霁禾", "水费减免审核把关不严", "Ⅱ级"),
        ("抄表员", "仉语桐", "抄表数据估抄、漏抄", "Ⅲ级"),
        ("主任", "濮阳清越", "管网维修材料采购指定供应商", "Ⅰ级"),
    ])  # fmt: skip
    no_errors(got)
    measures = dict(zip(got.risks["risk_point"], got.risks["measures"], strict=True))
    assert measures["新装用户接水审批吃拿卡要"] == "接水审批网上公开办理。"


# level columns of plain points, one a cell, each row its own holder's: as before
PLAIN = [
    ["XX县供水有限公司岗位廉政风险一览表"],
    ["科室", "岗位", "姓名", "高风险", "中风险", "低风险"],
    ["营业所", "所长", "宓澜舟", "新装用户接水审批吃拿卡要", "欠费停水执行优亲厚友", "/"],
    ["财务科", "会计", "甄霁禾", "现金坐支挪用", "水费减免审核把关不严", "票据保管不善"],
]


def test_level_columns_of_plain_points_as_before(tmp_path):
    got = run(tmp_path, PLAIN, ["A1:F1"])
    assert read(got) == sorted([
        ("所长", "宓澜舟", "新装用户接水审批吃拿卡要", "Ⅰ级"),
        ("所长", "宓澜舟", "欠费停水执行优亲厚友", "Ⅱ级"),
        ("会计", "甄霁禾", "现金坐支挪用", "Ⅰ级"),
        ("会计", "甄霁禾", "水费减免审核把关不严", "Ⅱ级"),
        ("会计", "甄霁禾", "票据保管不善", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "LEVEL_BOARD_CARDS" not in set(got.issues["code"])


# a '高 | 中 | 低' band of ticks under '风险等级': a list, as before
TICKS = [
    ["XX镇农业综合服务中心岗位廉政风险排查表"],
    ["序号", "岗位", "姓名", "风险点", "风险等级", None, None, "防控措施"],
    [None, None, None, None, "高", "中", "低", None],
    [1, "主任", "勾沐晴", "农业补贴资金发放优亲厚友", "√", None, None, "补贴名单村镇两级公示。"],
    [2, "技术员", "蒯星遥", "农资推广收取厂家好处", None, "√", None, "推广品种集体研究确定。"],
    [3, "出纳", "厍若岚", "现金收付不及时入账", None, None, "√", "日清月结，定期对账。"],
]


def test_a_band_of_level_ticks_as_before(tmp_path):
    got = run(tmp_path, TICKS, ["A1:H1", "E2:G2", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "H2:H3"])
    assert read(got) == sorted([
        ("主任", "勾沐晴", "农业补贴资金发放优亲厚友", "Ⅰ级"),
        ("技术员", "蒯星遥", "农资推广收取厂家好处", "Ⅱ级"),
        ("出纳", "厍若岚", "现金收付不及时入账", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "LEVEL_BOARD_CARDS" not in set(got.issues["code"])


def test_what_the_reviews_left_cards_whole_in_one_cell(tmp_path):
    # a 县公交公司's board, each card written whole in one cell: the bracketed holder's line, the
    # point and its '措施：' line(s), '一级 | 二级 | 三级' over them, a '序号' column beside
    rows = [
        ["XX县公共交通有限公司廉政风险等级看板"],
        ["序号", "一级", "二级", "三级"],
        [1, "【调度室　主任　晏望舒】\n车辆调度安排优亲厚友\n措施：调度排班每周公示。",
         "【票务科　科长　靳雨眠】\n票款清点私扣截留\n措施：票款清点双人在场，\n监控全程留存。",
         "【机务部　保管员　卞若川】\n配件出库不登记\n措施：出库凭单签字。"],
        [2, "【机务部　经理　蒯听澜】\n维修配件采购指定商家\n措施：配件采购比价三家以上。",
         "【调度室　主任　晏望舒】\n线路调整收受好处\n措施：线路调整集体研究。", None],
        ["注：本看板每半年更新一次。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1", "A5:D5"])
    assert read(got) == sorted([
        ("主任", "晏望舒", "车辆调度安排优亲厚友", "Ⅰ级"),
        ("主任", "晏望舒", "线路调整收受好处", "Ⅱ级"),
        ("科长", "靳雨眠", "票款清点私扣截留", "Ⅱ级"),
        ("保管员", "卞若川", "配件出库不登记", "Ⅲ级"),
        ("经理", "蒯听澜", "维修配件采购指定商家", "Ⅰ级"),
    ])  # fmt: skip
    no_errors(got)
    r = got.risks
    said = dict(zip(r["risk_point"], r["measures"], strict=True))
    assert said["票款清点私扣截留"] == "票款清点双人在场，\n监控全程留存。"
    assert set(r["department"]) == {"调度室", "票务科", "机务部"}


def test_what_the_reviews_left_holder_lines_without_brackets(tmp_path):
    # three-row cards whose holder line has no brackets ('票务科　科长　靳雨眠'), '高风险 | 中风险 |
    # 低风险' under '风险等级', a blank row between cards
    rows = [
        ["XX县公共交通有限公司廉政风险等级看板"],
        ["风险等级", None, None],
        ["高风险", "中风险", "低风险"],
        ["调度室　主任　晏望舒", "票务科　科长　靳雨眠", "机务部　保管员　卞若川"],
        ["车辆调度安排优亲厚友", "票款清点私扣截留", "配件出库不登记"],
        ["措施：调度排班每周公示。", "措施：票款清点双人在场。", "措施：出库凭单签字。"],
        [None, None, None],
        ["机务部　经理　蒯听澜", None, None],
        ["维修配件采购指定商家", None, None],
        ["措施：配件采购比价三家以上。", None, None],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:C1", "A2:C2"])
    assert read(got) == sorted([
        ("主任", "晏望舒", "车辆调度安排优亲厚友", "Ⅰ级"),
        ("科长", "靳雨眠", "票款清点私扣截留", "Ⅱ级"),
        ("保管员", "卞若川", "配件出库不登记", "Ⅲ级"),
        ("经理", "蒯听澜", "维修配件采购指定商家", "Ⅰ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "LEVEL_BOARD_CARDS" in set(got.issues["code"])
