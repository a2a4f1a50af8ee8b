"""A long 廉政风险点 (and its 防控措施) typed on into the next row or two: the rows after the first
have no 序号 and no level and sit under the holder's merged (or blank) cells. In a table whose own
points each have their 序号 and their level, such a row goes on with the point above, whatever the
first piece ends on ('…安排不经馆务会' over '集体研究，…'); a row with a level of its own, or opening
with its own number ('2.…'), stays a point of its own.

Not the published batch's file (a 旗文化馆's 一览表 with 部室/岗位/姓名, ``一级/二级/三级`` and the
pieces in one column under one heading row): a county's 疾病预防控制中心, 医保 and 水务 bodies, other
posts and names, ``高/中/低``, ``★★★`` and ``Ⅰ级/Ⅱ级`` levels, two heading rows, no 科室 column, a
three-row point, a type column merged down over the pieces, written with xlsxwriter
(tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str], sheet: str = "风险点"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def errors(got) -> set[str]:
    return {c for c in got.issues["code"] if CATALOGUE[c][0] == "error"}


def test_point_and_measures_over_two_rows_read_one_point(tmp_path):
    rows = [["XX县疾病预防控制中心岗位廉政风险防控一览表"],
            ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
            [1, "检验科", "科长", "宓澹清", "检测试剂采购中倾向固定供应商", "高", "试剂采购纳入中心集中采购"],
            [None, None, None, None, "收受回扣", None, "验收由两人以上共同签字。"],
            [2, None, None, None, "检测报告审签不严", "中", "报告实行三级审核。"],
            [3, "免疫规划科", "科员", "邝沅汐", "疫苗出入库登记不及时", "中", "出入库当日登记，每月盘点。"],
            [None, None, None, None, "账物不符", None, None],
            [4, None, None, None, "冷链设备维修指定厂家", "低", "维修三家询价。"],
            ["填表人：", None, "审核人：", None, "主任（签字）：", None, None]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "B3:B5", "C3:C5", "D3:D5", "B6:B8", "C6:C8", "D6:D8"])
    assert read(got) == sorted([
        ("科长", "宓澹清", "检测试剂采购中倾向固定供应商收受回扣", "Ⅰ级"),
        ("科长", "宓澹清", "检测报告审签不严", "Ⅱ级"),
        ("科员", "邝沅汐", "疫苗出入库登记不及时账物不符", "Ⅱ级"),
        ("科员", "邝沅汐", "冷链设备维修指定厂家", "Ⅲ级"),
    ])  # fmt: skip
    r = got.risks
    first = list(r["risk_point"]).index("检测试剂采购中倾向固定供应商收受回扣")
    assert "试剂采购纳入中心集中采购" in list(r["measures"])[first]
    assert "验收由两人以上共同签字" in list(r["measures"])[first]
    assert not errors(got)


def test_point_over_three_rows_under_two_heading_rows(tmp_path):
    rows = [["XX县医疗保障局岗位廉政风险等级表"],
            ["序号", "岗位", "责任人", "廉政风险", None, "防控措施"],
            [None, None, None, "风险点", "风险等级", None],
            [1, "局长", "阙砚秋", "定点医药机构准入评审中", "★★★", "评审专家随机抽取，结果公示。"],
            [None, None, None, "打招呼、", None, None],
            [None, None, None, "干预评审结果", None, None],
            [2, None, None, "医保基金支出计划不经党组研究", "★★", "支出计划经党组会研究。"],
            [3, "稽核员", "扈棠珂", "稽核中发现问题不移交", "★★★", "问题线索登记台账，"],
            [None, None, None, "以罚代处", None, "按月通报。"],
            [4, None, None, "泄露举报人信息", "★", "举报材料专人保管。"]]  # fmt: skip
    merges = ["A1:F1", "A2:A3", "B2:B3", "C2:C3", "D2:E2", "F2:F3",
              "B4:B7", "C4:C7", "B8:B10", "C8:C10"]  # fmt: skip
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("局长", "阙砚秋", "定点医药机构准入评审中打招呼、干预评审结果", "Ⅰ级"),
        ("局长", "阙砚秋", "医保基金支出计划不经党组研究", "Ⅱ级"),
        ("稽核员", "扈棠珂", "稽核中发现问题不移交以罚代处", "Ⅰ级"),
        ("稽核员", "扈棠珂", "泄露举报人信息", "Ⅲ级"),
    ])  # fmt: skip
    assert not errors(got)


def test_spill_under_a_holder_merged_down_with_a_type_column(tmp_path):
    rows = [["XX县水务局股室岗位廉政风险排查表"],
            ["序号", "股室", "岗位", "姓名", "风险类型", "风险点", "风险等级", "防控措施"],
            [1, "水政监察大队", "大队长", "蔺溪桐", "岗位职责风险", "河道采砂违法案件查处中", "Ⅰ级", "案件集体审理。"],
            [None, None, None, None, None, "降低处罚标准", None, None],
            [2, None, None, None, "制度机制风险", "罚没物资处置不公开", "Ⅱ级", "罚没物资公开拍卖。"],
            [3, "建设管理股", "股长", "訾澈岚", "岗位职责风险", "农村饮水工程验收时", "Ⅰ级", "验收邀请受益村代表参加，"],
            [None, None, None, None, None, "对质量问题睁一只眼闭一只眼", None, "资料存档备查。"],
            [4, None, None, None, "思想道德风险", "接受施工单位宴请", "Ⅱ级", "签订廉洁承诺书。"]]  # fmt: skip
    merges = ["A1:H1", "B3:B5", "C3:C5", "D3:D5", "E3:E4", "B6:B8", "C6:C8", "D6:D8", "E6:E7"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("大队长", "蔺溪桐", "河道采砂违法案件查处中降低处罚标准", "Ⅰ级"),
        ("大队长", "蔺溪桐", "罚没物资处置不公开", "Ⅱ级"),
        ("股长", "訾澈岚", "农村饮水工程验收时对质量问题睁一只眼闭一只眼", "Ⅰ级"),
        ("股长", "訾澈岚", "接受施工单位宴请", "Ⅱ级"),
    ])  # fmt: skip
    r = got.risks
    assert sorted(r["risk_type"]) == sorted(
        ["岗位职责风险", "制度机制风险", "岗位职责风险", "思想道德风险"]
    )
    assert not errors(got)


def test_unnumbered_rows_each_with_a_level_are_points_of_their_own(tmp_path):
    rows = [["XX县疾病预防控制中心岗位廉政风险防控一览表"],
            ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
            [1, "检验科", "科长", "宓澹清", "检测试剂采购中倾向固定供应商", "高", "集中采购。"],
            [None, None, None, None, "收受检测机构礼品", "中", "签订廉洁承诺。"],
            [None, None, None, None, "检测数据随意更改", "高", "数据系统留痕。"],
            [2, "办公室", "出纳", "邝沅汐", "公款私存", "高", "每月对账。"],
            [None, None, None, None, "现金坐支", "中", "严格执行收支两条线。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "B3:B5", "C3:C5", "D3:D5", "B6:B7", "C6:C7", "D6:D7"])
    assert read(got) == sorted([
        ("科长", "宓澹清", "检测试剂采购中倾向固定供应商", "Ⅰ级"),
        ("科长", "宓澹清", "收受检测机构礼品", "Ⅱ级"),
        ("科长", "宓澹清", "检测数据随意更改", "Ⅰ级"),
        ("出纳", "邝沅汐", "公款私存", "Ⅰ级"),
        ("出纳", "邝沅汐", "现金坐支", "Ⅱ级"),
    ])  # fmt: skip
    assert not errors(got)


def test_a_row_opening_with_its_own_number_stays_a_point_missing_its_level(tmp_path):
    rows = [["XX县水务局股室岗位廉政风险排查表"],
            ["序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "水资源股", "股长", "蔺溪桐", "1.取水许可审批中", "Ⅰ级", "审批集体研究。"],
            [None, None, None, None, "2.水资源费减免不按规定", None, "减免事项公示。"],
            [2, None, None, None, "计量设施检查走过场", "Ⅱ级", "双人检查，拍照留存。"],
            [3, "财务股", "会计", "訾澈岚", "报销审核不严", "Ⅱ级", "三级审核。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "B3:B5", "C3:C5", "D3:D5"])
    points = read(got)
    assert len(points) == 4
    assert ("股长", "蔺溪桐", "计量设施检查走过场", "Ⅱ级") in points
    assert [p for p in points if p[2].endswith("水资源费减免不按规定")][0][3] == ""
    assert "LEVEL_BLANK" in errors(got)


def test_what_the_hundred_and_fourth_review_found_totals_and_band_captions(tmp_path):
    # a '合计' / '小计' row under the last point, or a band's caption in the point column, is no
    # piece of the point above (they were glued on: '公款私存合计'); nor in a table with no 序号
    rows = [["XX县疾病预防控制中心岗位廉政风险防控一览表"],
            ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
            [1, "检验科", "科长", "宓澹清", "检测试剂采购倾向固定供应商", "高", "集中采购。"],
            [None, None, None, None, "二、财务管理方面", None, None],
            [2, "办公室", "出纳", "邝沅汐", "公款私存", "高", "每月对账"],
            [None, None, None, None, "小计", None, "2项"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"])
    points = set(got.risks["risk_point"])
    assert {"检测试剂采购倾向固定供应商", "公款私存"} <= points
    assert not any("合计" in p or "小计" in p or "方面" in p[2:] for p in points), points
