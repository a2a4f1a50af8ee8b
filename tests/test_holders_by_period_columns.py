"""A post's holders named in PARALLEL COLUMNS, one a period of the year or a shift, each holding
the post fully in its turn ('汛期责任人 | 非汛期责任人', '值班人员（白班） | 值班人员（夜班）',
'责任人（上半年） | 责任人（下半年）'), merged per post or written on every row: every point of the
row is each named person's (one form each, the same points), '同左'/'同上' the person of the
column to the left again (no second form), '/', '无', '空缺' nobody that period; one info
(HOLDERS_BY_PERIOD_COLUMNS) names the columns, a period cell of other words a warning
(HOLDER_PERIOD_CELL_UNREAD). Before, the first column was the holder and the others were guessed
'其他' (COLUMN_GUESSED), their different people losing every point.

Not the published batch's file (batch962: a 景区管理处's 一览表 with '责任人（旺季5—10月） |
责任人（淡季11—次年4月）' merged per post, 高/中/低, 部门 merged, surnames 剧/腾): a 县水库管理所 with
'汛期责任人 | 非汛期责任人' (the period before the heading), 科室 on every row, 一级/二级/三级 and a
'无'; a 县人民医院's 收费处 with '值班人员（白班） | 值班人员（夜班）' at the RIGHT of the points, ★★★/★★/★,
'同上' and a cell of other words (warned); a 县农机服务中心 as an .ods copy whose list is the SECOND
sheet after a 说明 sheet, '责任人（上半年） | 责任人（下半年）' with the 下半年 column on the left.
Later, in other words again: a 县客运站's three shifts 早班 | 中班 | 晚班 with '暂无', '（空缺）' and
'待定' for nobody; a 风景名胜区管理站's TWO-ROW heading, '责任人' merged over '旺季 | 淡季', whose
cells name the holder with his post in brackets ('郦沛宁（站长）').
Near-misses an ordinary file has, read exactly as before: 'A角 | B角' holders (B角 stands in for
A角: no period), '主要责任人 | 直接责任人', and a 旺季/淡季 pair whose 淡季 cells all say '同左'.
"""

from pathlib import Path

import pytest
from helpers import write_ods, write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, ITEMS, SHORT, WARNING
from xlproc.locate_holders import _Holders

INFO_CODE, WARN_CODE = "HOLDERS_BY_PERIOD_COLUMNS", "HOLDER_PERIOD_CELL_UNREAD"


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, sheets: dict, merges: dict | None = None, ods: bool = False):
    inbox = tmp_path / "inbox"
    if ods:
        write_ods(inbox / "list.ods", sheets)
    else:
        write_workbook(inbox / "list.xlsx", sheets, merges or {})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> list[str]:
    return list(got.issues["code"])


def cells(got, code: str) -> list[str]:
    i = got.issues
    return list(i[i["code"] == code]["cell"])


def no_errors(got) -> bool:
    return not (got.issues["severity"] == "error").any()


RESERVOIR = [
    ["XX县水库管理所岗位廉政风险防控一览表"],
    ["序号", "科室", "岗位", "汛期责任人", "非汛期责任人", "廉政风险点", "风险等级", "防控措施"],
    [1, "工程管理股", "闸门操作员", "禤霁川", "禤霁川", "调度指令执行不到位、擅自开闸", "一级", "调度指令书面下达，双人操作。"],
    [2, "工程管理股", "闸门操作员", "禤霁川", "禤霁川", "操作记录事后补填", "三级", "操作记录当场填写、所长签认。"],
    [3, "工程管理股", "堤坝巡查员", "蒯沐澄", "訾岚汐", "巡查记录弄虚作假", "二级", "巡查打卡定位，每周抽查。"],
    [4, "工程管理股", "堤坝巡查员", "蒯沐澄", "訾岚汐", "发现隐患不报、收受好处", "一级", "隐患当日上报，限期整改。"],
    [5, "综合股", "防汛物资保管员", "甄昱珩", "无", "防汛物资虚报冒领", "二级", "物资出入库双人签字。"],
    ["注：汛期为每年6月1日至9月30日，其余为非汛期；汛期、非汛期分别明确岗位责任人，非汛期不设岗的填“无”。"],
]  # fmt: skip


def test_flood_season_columns_before_the_heading_each_hold_the_post(tmp_path):
    got = run(tmp_path, {"岗位风险": RESERVOIR}, {"岗位风险": ["A1:H1", "A8:H8"]})
    assert read(got) == sorted([
        ("闸门操作员", "禤霁川", "调度指令执行不到位、擅自开闸", "Ⅰ级"),
        ("闸门操作员", "禤霁川", "操作记录事后补填", "Ⅲ级"),
        ("堤坝巡查员", "蒯沐澄", "巡查记录弄虚作假", "Ⅱ级"),
        ("堤坝巡查员", "蒯沐澄", "发现隐患不报、收受好处", "Ⅰ级"),
        ("堤坝巡查员", "訾岚汐", "巡查记录弄虚作假", "Ⅱ级"),
        ("堤坝巡查员", "訾岚汐", "发现隐患不报、收受好处", "Ⅰ级"),
        ("防汛物资保管员", "甄昱珩", "防汛物资虚报冒领", "Ⅱ级"),
    ])  # fmt: skip
    assert no_errors(got)
    assert cells(got, INFO_CODE) == ["D2"]
    assert "COLUMN_GUESSED" not in codes(got) and WARN_CODE not in codes(got)
    r = got.risks
    assert set(r[r["person"] == "訾岚汐"]["department"]) == {"工程管理股"}
    assert len(got.posts) == 4  # (the same person in both columns: one form)


HOSPITAL = [
    ["XX县人民医院收费处廉政风险点排查表"],
    ["序号", "岗位", "廉政风险点", "风险等级", "防控措施", "值班人员（白班）", "值班人员（夜班）"],
    [1, "门诊收费员", "收费不开票据、截留现金", "★★★", "收费系统自动出票，每日对账。", "郦沛宁", "聂昶翊"],
    [2, "门诊收费员", "擅自减免患者费用", "★★", "减免须经科主任审批登记。", None, None],
    [3, "住院结算员", "出院结算多收少退", "★★", "结算清单交患者签字确认。", "荀澈珂", "同上"],
    [4, "住院结算员", "医保结算套取基金", "★★★", "医保结算每月自查。", None, None],
    [5, "挂号员", "倒卖专家号", "★", "专家号实名预约。", "甘芷汀", "轮值护士"],
    ["注：收费处实行两班制，白班8:00—18:00，夜班18:00—次日8:00，各班值班人员分别对本岗位负责。"],
]  # fmt: skip


def test_shift_columns_at_the_right_merged_per_post_one_cell_warned(tmp_path):
    merges = ["A1:G1", "B3:B4", "F3:F4", "G3:G4", "B5:B6", "F5:F6", "G5:G6", "A8:G8"]
    got = run(tmp_path, {"收费处": HOSPITAL}, {"收费处": merges})
    assert read(got) == sorted([
        ("门诊收费员", "郦沛宁", "收费不开票据、截留现金", "Ⅰ级"),
        ("门诊收费员", "郦沛宁", "擅自减免患者费用", "Ⅱ级"),
        ("门诊收费员", "聂昶翊", "收费不开票据、截留现金", "Ⅰ级"),
        ("门诊收费员", "聂昶翊", "擅自减免患者费用", "Ⅱ级"),
        ("住院结算员", "荀澈珂", "出院结算多收少退", "Ⅱ级"),
        ("住院结算员", "荀澈珂", "医保结算套取基金", "Ⅰ级"),
        ("挂号员", "甘芷汀", "倒卖专家号", "Ⅲ级"),
    ])  # fmt: skip
    assert no_errors(got)
    assert cells(got, INFO_CODE) == ["F2"]
    assert cells(got, WARN_CODE) == ["G7"]  # ('轮值护士': no name, nobody added)
    assert "COLUMN_GUESSED" not in codes(got)


MACHINERY = [
    ["XX县农机服务中心岗位廉政风险点台账"],
    ["序号", "部门", "岗位", "责任人（下半年）", "责任人（上半年）", "廉政风险点", "风险等级", "防控措施"],
    [1, "推广股", "补贴核查员", "鄂沅汐", "宓霁瑶", "农机购置补贴核查走过场", "高", "核查现场拍照留档。"],
    [2, "推广股", "补贴核查员", "鄂沅汐", "宓霁瑶", "与经销商串通套取补贴", "高", "补贴名单公示，抽查回访。"],
    [3, "办公室", "会计", "濮澄岳", "同左", "报销票据审核不严", "中", "票据逐张审核、负责人签批。"],
    [4, "监理股", "安全监理员", "/", "钭沐川", "拖拉机年检放松标准", "低", "年检结果系统留痕。"],
    [],
    ["注：上半年、下半年岗位责任人轮换，全年同一人负责的填“同左”，该半年不设岗的填“/”。"],
]  # fmt: skip


def test_half_year_columns_in_an_ods_copy_on_the_second_sheet(tmp_path):
    notes = [["填报说明"], ["本台账按半年轮换明确岗位责任人。"]]
    got = run(tmp_path, {"说明": notes, "台账": MACHINERY}, ods=True)
    assert read(got) == sorted([
        ("补贴核查员", "鄂沅汐", "农机购置补贴核查走过场", "Ⅰ级"),
        ("补贴核查员", "鄂沅汐", "与经销商串通套取补贴", "Ⅰ级"),
        ("补贴核查员", "宓霁瑶", "农机购置补贴核查走过场", "Ⅰ级"),
        ("补贴核查员", "宓霁瑶", "与经销商串通套取补贴", "Ⅰ级"),
        ("会计", "濮澄岳", "报销票据审核不严", "Ⅱ级"),
        ("安全监理员", "钭沐川", "拖拉机年检放松标准", "Ⅲ级"),
    ])  # fmt: skip
    assert no_errors(got)
    assert cells(got, INFO_CODE) == ["D2"]
    assert "COLUMN_GUESSED" not in codes(got)


def test_the_codes_are_in_the_catalogue():
    assert CATALOGUE[WARN_CODE][0] == WARNING and CATALOGUE[INFO_CODE][0] != WARNING
    for code in (INFO_CODE, WARN_CODE):
        assert code in SHORT and ITEMS[code] == "责任人"
        assert "{field}" in CATALOGUE[code][1] and "{value}" in CATALOGUE[code][1]


def _near(head_a: str, head_b: str, second: list[str]) -> dict:
    rows = [["XX县图书馆岗位廉政风险防控表"],
            ["序号", "岗位", head_a, head_b, "廉政风险点", "风险等级"],
            [1, "采编员", "桑澹宁", second[0], "图书采购收受回扣", "一级"],
            [2, "流通部管理员", "阚玥汐", second[1], "罚没款不入账", "二级"],
            [3, "馆长", "龚沛川", second[2], "经费使用个人说了算", "一级"]]  # fmt: skip
    return {"岗位": rows}


NEAR_MISSES = [
    ("责任人（A角）", "责任人（B角）", ["阚玥汐", "桑澹宁", "阚玥汐"]),
    ("主要责任人", "直接责任人", ["龚沛川", "龚沛川", "阚玥汐"]),
    ("责任人（旺季）", "责任人（淡季）", ["同左", "同左", "同左"]),
]


@pytest.mark.parametrize("head_a,head_b,second", NEAR_MISSES)
def test_near_misses_read_as_before(tmp_path, monkeypatch, head_a, head_b, second):
    sheets = _near(head_a, head_b, second)
    got = run(tmp_path / "now", sheets)
    assert INFO_CODE not in codes(got) and WARN_CODE not in codes(got)
    monkeypatch.setattr(_Holders, "_holders_by_period_columns", lambda self, t, rows: rows)
    before = run(tmp_path / "before", sheets)
    assert read(got) == read(before)
    assert sorted(codes(got)) == sorted(codes(before))


BUS_STATION = [
    ["XX县汽车客运站岗位廉政风险排查表"],
    ["序号", "岗位", "值班人员（早班）", "值班人员（中班）", "值班人员（晚班）", "廉政风险点", "风险等级", "防控措施"],
    [1, "售票员", "钮澜烨", "庹沐川", "覃岚溪", "售票不找零、私收现金", "二级", "售票系统日结对账。"],
    [2, "安检员", "甘翊宸", "暂无", "易澄霏", "收受好处放行违禁物品", "一级", "安检全程录像，站长抽查。"],
    [3, "调度员", "（空缺）", "庹沐川", "待定", "违规加班发车收取好处", "二级", "发车计划系统排定。"],
]  # fmt: skip


def test_three_shifts_with_a_middle_shift_and_nobody_words(tmp_path):
    got = run(tmp_path, {"排查表": BUS_STATION}, {"排查表": ["A1:H1"]})
    assert read(got) == sorted([
        ("售票员", "钮澜烨", "售票不找零、私收现金", "Ⅱ级"),
        ("售票员", "庹沐川", "售票不找零、私收现金", "Ⅱ级"),
        ("售票员", "覃岚溪", "售票不找零、私收现金", "Ⅱ级"),
        ("安检员", "甘翊宸", "收受好处放行违禁物品", "Ⅰ级"),
        ("安检员", "易澄霏", "收受好处放行违禁物品", "Ⅰ级"),
        ("调度员", "庹沐川", "违规加班发车收取好处", "Ⅱ级"),
    ])  # fmt: skip
    assert no_errors(got)
    assert cells(got, INFO_CODE) == ["C2"]
    assert WARN_CODE not in codes(got)  # ('暂无', '（空缺）', '待定': nobody, no holder)


SCENIC_TWO_ROWS = [
    ["XX县风景名胜区管理站岗位廉政风险防控一览表"],
    ["序号", "岗位", "责任人", None, "廉政风险点", "风险等级", "防控措施"],
    [None, None, "旺季", "淡季", None, None, None],
    [1, "站长", "郦沛宁（站长）", "聂昶翊（副站长）", "门票收入截留坐支", "高", "门票收入当日缴存。"],
    [2, "售票员", "荀澈珂", "同左", "私售门票、一票多用", "中", "电子票务、检票核销。"],
    [3, "讲解员", "甘芷汀", "未配备", "诱导游客购物收取回扣", "低", "讲解服务明码标价。"],
]  # fmt: skip


def test_a_two_row_heading_of_periods_and_names_with_their_posts(tmp_path):
    merges = ["A1:G1", "C2:D2", "A2:A3", "B2:B3", "E2:E3", "F2:F3", "G2:G3"]
    got = run(tmp_path, {"一览表": SCENIC_TWO_ROWS}, {"一览表": merges})
    assert read(got) == sorted([
        ("站长", "郦沛宁", "门票收入截留坐支", "Ⅰ级"),
        ("站长", "聂昶翊", "门票收入截留坐支", "Ⅰ级"),
        ("售票员", "荀澈珂", "私售门票、一票多用", "Ⅱ级"),
        ("讲解员", "甘芷汀", "诱导游客购物收取回扣", "Ⅲ级"),
    ])  # fmt: skip
    assert no_errors(got)
    assert cells(got, INFO_CODE) == ["C2"]
    assert WARN_CODE not in codes(got) and "COLUMN_GUESSED" not in codes(got)
