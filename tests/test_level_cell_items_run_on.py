"""Posts down, the levels themselves across as headings ('岗位 | 高风险 | 中风险 | 低风险 |
防控措施', LEVEL_COLUMNS), each cell listing the post's points of its column's level NUMBERED ON
IN ONE LINE ('（1）…（2）…', '①…②…', '1、…，2、…', '1．… 2．…'): each numbered item is a point
of that column's level (LEVEL_CELL_ITEMS_RUN_ON), its number and the separator before the next
left off; before, the cell was one point keeping the later numbers (batch 1069's 农业农村局).
Written here for a 市场监督管理所 and a 乡中心学校 with other headings, level words and numbers;
the near-misses (a decimal, a number skipped, an item too short, a one-line list under a 风险点
column) read as before."""

from __future__ import annotations

from test_columns import issues, run

MARKET = [
    ["县市场监督管理局某某市场监督管理所岗位廉政风险分级表"],
    ["序号", "股室", "岗位", "高风险", "中风险", "低风险", "防控措施"],
    ["1", "所领导", "所长",
     "（1）行政处罚案件降格处理（2）干预特种设备检验结果", "①食品经营许可现场核查走过场②接受商户宴请",
     "无", "1.案件集体审理；2.许可双人核查；3.签订廉洁承诺书。"],
    ["2", "食品安全股", "监管员",
     "", "（1）抽检样品送检前调换", "1.日常检查记录填写不实 2.投诉举报回复超时",
     "抽检全程录像，检查记录随机复核，投诉限时办结。"],
]  # fmt: skip

SCHOOL = [
    ["某某乡中心学校廉政风险点排查表"],
    ["序号", "职务", "姓名", "一级风险", "二级风险", "三级风险", "防控措施"],
    ["1", "校长", "巫马翊", "1、营养餐食材供应商指定，2、校舍维修工程不比选",
     "1、教师职称推荐优亲厚友", "—", "1、供应商公开招标；2、维修比选公示；3、推荐结果公示。"],
    ["2", "会计", "巫马澄", "1．教育经费挤占挪用", "",
     "1．票据审核不严 2．现金日记账登记不及时 3．银行对账不按月", "经费专款专用，票据两人审核，按月对账。"],
]  # fmt: skip


def _read(got):
    r = got.risks
    return list(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def test_items_numbered_on_in_one_line_under_a_level_are_each_a_point(tmp_path):
    got = run(tmp_path, {"分级表": MARKET})
    assert _read(got) == [
        ("所长", "", "行政处罚案件降格处理", "Ⅰ级"),
        ("所长", "", "干预特种设备检验结果", "Ⅰ级"),
        ("所长", "", "食品经营许可现场核查走过场", "Ⅱ级"),
        ("所长", "", "接受商户宴请", "Ⅱ级"),
        ("监管员", "", "抽检样品送检前调换", "Ⅱ级"),
        ("监管员", "", "日常检查记录填写不实", "Ⅲ级"),
        ("监管员", "", "投诉举报回复超时", "Ⅲ级"),
    ]
    # the row's measures stay shared by its points (no stray point from their numbers)
    assert set(got.risks[got.risks["title"] == "所长"]["measures"]) == {MARKET[2][6]}
    said = issues(got)
    assert ("LEVEL_COLUMNS", "D2") in said and ("LEVEL_CELL_ITEMS_RUN_ON", "D3") in said
    assert not any(code in ("LEVEL_BLANK", "ROW_OUTSIDE_TABLE") for code, _ in said)


def test_a_school_numbering_with_commas_and_wide_stops(tmp_path):
    got = run(tmp_path, {"排查表": SCHOOL})
    assert _read(got) == [
        ("校长", "巫马翊", "营养餐食材供应商指定", "Ⅰ级"),
        ("校长", "巫马翊", "校舍维修工程不比选", "Ⅰ级"),
        ("校长", "巫马翊", "教师职称推荐优亲厚友", "Ⅱ级"),
        ("会计", "巫马澄", "教育经费挤占挪用", "Ⅰ级"),
        ("会计", "巫马澄", "票据审核不严", "Ⅲ级"),
        ("会计", "巫马澄", "现金日记账登记不及时", "Ⅲ级"),
        ("会计", "巫马澄", "银行对账不按月", "Ⅲ级"),
    ]
    said = issues(got)
    assert ("LEVEL_CELL_ITEMS_RUN_ON", "D3") in said
    assert not any(code == "LEVEL_BLANK" for code, _ in said)


def test_near_misses_stay_one_point(tmp_path):
    rows = [
        ["某某乡中心学校廉政风险点排查表"],
        ["序号", "职务", "姓名", "一级风险", "二级风险", "三级风险", "防控措施"],
        ["1", "校长", "巫马翊", "1.单笔支出超过2.5万元未经集体研究",
         "1.食堂承包不公开；3.校服征订", "1.公车私用2.接待", "集体研究，公开比选。"],
        ["2", "会计", "巫马澄", "1.教育经费挤占挪用", "1.票据审核不严\n2.报账不及时", "",
         "两人审核。"],
    ]  # fmt: skip
    got = run(tmp_path, {"排查表": rows})
    assert _read(got) == [
        ("校长", "巫马翊", "单笔支出超过2.5万元未经集体研究", "Ⅰ级"),
        ("校长", "巫马翊", "食堂承包不公开；3.校服征订", "Ⅱ级"),  # (a number skipped)
        ("校长", "巫马翊", "公车私用2.接待", "Ⅲ级"),  # (an item too short to be a point)
        ("会计", "巫马澄", "教育经费挤占挪用", "Ⅰ级"),
        ("会计", "巫马澄", "票据审核不严", "Ⅱ级"),  # (a numbered line each, as before)
        ("会计", "巫马澄", "报账不及时", "Ⅱ级"),
    ]
    assert "LEVEL_CELL_ITEMS_RUN_ON" not in {code for code, _ in issues(got)}


def test_a_list_with_a_point_column_reads_as_before(tmp_path):
    rows = [
        ["县市场监督管理所岗位廉政风险防控一览表"],
        ["序号", "股室", "岗位", "廉政风险点", "风险等级", "防控措施"],
        ["1", "所领导", "所长", "1.行政处罚案件降格处理；2.干预特种设备检验结果", "高",
         "案件集体审理。"],
        ["2", "食品安全股", "监管员", "抽检样品送检前调换", "中", "抽检全程录像。"],
    ]  # fmt: skip
    got = run(tmp_path, {"一览表": rows})
    assert "LEVEL_CELL_ITEMS_RUN_ON" not in {code for code, _ in issues(got)}
    assert "LEVEL_COLUMNS" not in {code for code, _ in issues(got)}
    assert _read(got)[-1] == ("监管员", "", "抽检样品送检前调换", "Ⅱ级")


def test_a_number_the_point_cites_is_no_next_item(tmp_path):
    # review 59: '第三条第（2）项', '对②类对象' cite a number inside one point; a cell that also
    # numbers its items still parts at its own next number, not at the cited one
    rows = [
        ["县民政局社会救助股岗位廉政风险点分级防控表"],
        ["序号", "岗位", "姓名", "一级风险点", "二级风险点", "三级风险点", "防控措施"],
        ["1", "股长", "巫马翊", "（1）违反《办法》第五条第（2）款规定发放临时救助金", "无",
         "①审批时对②号文件要求执行不到位", "集体审批。"],
        ["2", "经办员", "巫马澄", "无",
         "（1）未按第八条（2）项规定公示名单；（2）补助资金发放不及时",
         "①入户核查对②类对象走过场", "入户核查，名单公示。"],
    ]  # fmt: skip
    got = run(tmp_path, {"分级表": rows})
    assert _read(got) == [
        ("股长", "巫马翊", "违反《办法》第五条第（2）款规定发放临时救助金", "Ⅰ级"),
        ("股长", "巫马翊", "审批时对②号文件要求执行不到位", "Ⅲ级"),
        ("经办员", "巫马澄", "未按第八条（2）项规定公示名单", "Ⅱ级"),
        ("经办员", "巫马澄", "补助资金发放不及时", "Ⅱ级"),
        ("经办员", "巫马澄", "入户核查对②类对象走过场", "Ⅲ级"),
    ]
