"""A list with no risk-point column whose measures cells open by naming the point they answer.

Some offices were sent a form with only a 防控措施 column and wrote, at the head of each
measures cell, which risk it answers: ``针对“…”的风险：…``, ``对「…」风险，…``,
``针对…的风险：…``, ``风险点：…　防控措施：…``. The named point is the point, the rest of the
cell its measures. A cell naming none is reported, never made a point of; ordinary tables
(a point column beside a ``针对风险点的防控措施`` heading) read as before.

The tables here are written in other words than tests/published/batch443.py (another unit,
other names, other quotes, headings and levels), as real .xlsx (xlsxwriter, openpyxl) and
.ods files, and read back as ``collect_inbox`` reads them.
"""

from pathlib import Path

import openpyxl
from helpers import write_ods, write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

UNIT = "临川市水务局"


def collect(inbox: Path):
    config = load_config()
    results = (read_file(p, rel, config) for p, rel in discover([inbox]))
    return assemble(results, config, [inbox])


def run(tmp_path: Path, rows, merges=None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {"防控表": rows}, {"防控表": merges} if merges else None)
    return collect(inbox)


def read(res) -> list[tuple[str, str, str, str, str]]:
    cols = ["title", "person", "risk_point", "risk_level", "measures"]
    return [tuple(x) for x in res.risks[cols].values.tolist()]


def codes(res) -> list[tuple[str, str]]:
    return sorted(zip(res.issues["code"], res.issues["cell"], strict=True))


HEAD = ["序号", "科室", "岗位", "姓名", "风险类别", "风险级别", "防控措施（针对的风险点）"]


def quoted_table() -> list[list[object]]:
    return [
        [f"{UNIT}岗位廉政风险防控表"],
        HEAD,
        [1, "规划科", "科长", "钟离沐", "制度机制", "一级",
         "对「取水许可审批不按程序」风险：审批事项网上公开办理，科务会会审。"],
        [2, "规划科", "科员", "薛晗", "岗位职责", "二级",
         "针对河道采砂巡查走过场的风险，巡查两人同行并留存轨迹。"],
        [3, "财务科", "会计", "祁远", "业务流程", "三级",
         "风险点：报销凭证审核不严　防控措施：凭证三级审核，月底对账。"],
        [4, "财务科", "出纳", "单于烨", "思想道德", "一级",
         '"坐支现金"问题：采取以下措施：收支两条线，日清月结。'],
    ]  # fmt: skip


def test_the_point_named_at_the_head_of_the_measures_is_the_point(tmp_path):
    res = run(tmp_path, quoted_table())
    assert read(res) == [
        ("科长", "钟离沐", "取水许可审批不按程序", "Ⅰ级", "审批事项网上公开办理，科务会会审。"),
        ("科员", "薛晗", "河道采砂巡查走过场", "Ⅱ级", "巡查两人同行并留存轨迹。"),
        ("会计", "祁远", "报销凭证审核不严", "Ⅲ级", "凭证三级审核，月底对账。"),
        ("出纳", "单于烨", "坐支现金", "Ⅰ级", "收支两条线，日清月结。"),
    ]
    assert res.risks["department"].tolist() == ["规划科", "规划科", "财务科", "财务科"]
    assert res.risks["risk_type"].tolist() == [
        "制度机制风险", "岗位职责风险", "业务流程风险", "思想道德风险",
    ]  # fmt: skip
    # the point is not left inside its measures
    for point, measures in res.risks[["risk_point", "measures"]].values.tolist():
        assert point not in measures
    assert codes(res) == [("POINTS_IN_MEASURES", "G2")]
    (msg,) = res.issues["message"]
    assert "防控措施（针对的风险点）" in msg


def test_merged_holders_and_a_cell_naming_two_points(tmp_path):
    rows = [
        ["填报单位：临川市水务局　　　　填报时间：2025年12月"],
        ["序号", "股室", "岗位", "责任人", "风险等级", "针对廉政风险点采取的防控措施"],
        [1, "水政监察大队", "大队长", "欧阳霁", "高",
         "1.针对“行政处罚自由裁量不当”的风险：执行裁量基准，案件集体审议。\n"
         "2.针对“涉案财物处置不规范”的风险：涉案财物专库存放，处置公开拍卖。"],
        [2, "水政监察大队", "大队长", "欧阳霁", "中",
         "针对‘执法检查透露消息’的风险：检查计划临时确定，两人以上执法。"],
        [3, "工程建设科", "科长", "沐晏", "低",
         "针对「工程变更签证不实」的风险：\n1.变更经监理、设计、业主三方签字；\n2.重大变更局务会审定。"],
        [4, "工程建设科", "科长", "沐晏", "中",
         "针对“项目资金分配不公”的风险：\n“四议两公开”：资金分配方案公示。"],
    ]  # fmt: skip
    merges = ["A1:F1", "B3:B4", "C3:C4", "D3:D4"]
    res = run(tmp_path, rows, merges)
    assert read(res) == [
        ("大队长", "欧阳霁", "行政处罚自由裁量不当", "Ⅰ级", "执行裁量基准，案件集体审议。"),
        ("大队长", "欧阳霁", "涉案财物处置不规范", "Ⅰ级", "涉案财物专库存放，处置公开拍卖。"),
        ("大队长", "欧阳霁", "执法检查透露消息", "Ⅱ级", "检查计划临时确定，两人以上执法。"),
        ("科长", "沐晏", "工程变更签证不实", "Ⅲ级",
         "1.变更经监理、设计、业主三方签字；\n2.重大变更局务会审定。"),
        # (a later line opening with a bare quotation is one of the measures, no second point)
        ("科长", "沐晏", "项目资金分配不公", "Ⅱ级", "“四议两公开”：资金分配方案公示。"),
    ]  # fmt: skip
    posts = res.posts[["department", "title", "person", "n_risks"]].values.tolist()
    assert posts == [["水政监察大队", "大队长", "欧阳霁", 3], ["工程建设科", "科长", "沐晏", 2]]
    assert ("POINTS_IN_MEASURES", "F2") in codes(res)


def test_a_cell_naming_no_point_is_reported_not_made_a_point(tmp_path):
    rows = quoted_table()
    rows.append([5, "财务科", "出纳", "单于烨", "制度机制", "二级", "严格执行财经纪律，每月对账。"])
    rows.append([6, "财务科", "出纳", "单于烨", "制度机制", "二级", "针对上述风险，加强监督检查。"])
    res = run(tmp_path, rows)
    points = res.risks["risk_point"].tolist()
    assert points == ["取水许可审批不按程序", "河道采砂巡查走过场", "报销凭证审核不严", "坐支现金"]
    assert not any("财经纪律" in p or "上述" in p or "监督检查" in p for p in points)
    got = codes(res)
    assert ("POINT_NOT_NAMED", "G7") in got and ("POINT_NOT_NAMED", "G8") in got
    said = res.issues[res.issues["code"] == "POINT_NOT_NAMED"]
    assert set(said["severity"]) == {"warning"}
    assert said["value"].tolist() == [
        "严格执行财经纪律，每月对账。",
        "针对上述风险，加强监督检查。",
    ]
    assert "POINT_BLANK" not in set(res.issues["code"])


def test_plain_measures_heading_only_where_every_cell_names_its_point(tmp_path):
    rows = [
        ["序号", "岗位", "姓名", "风险等级", "防控措施"],
        [1, "站长", "隗澍", "Ⅰ", "针对“检测报告签发受请托”的风险：报告三级审核。"],
        [2, "检测员", "葛沅", "Ⅱ", "针对“抽样调换样品”的风险：抽样两人以上，当场封签。"],
    ]
    res = run(tmp_path / "all", rows)
    assert res.risks["risk_point"].tolist() == ["检测报告签发受请托", "抽样调换样品"]
    assert res.risks["measures"].tolist() == ["报告三级审核。", "抽样两人以上，当场封签。"]
    # one cell of two names no point, under a heading that says nothing of points: unclear,
    # nothing is made up (the file reads as it did: no table found)
    rows[2][4] = "抽样两人以上，当场封签。"
    res = run(tmp_path / "half", rows)
    assert res.risks.empty
    assert set(res.issues["code"]) == {"FILE_NO_FORM"}


def test_pointing_back_names_no_point(tmp_path):
    rows = [
        ["序号", "岗位", "姓名", "风险等级", "针对风险点的防控措施"],
        [1, "站长", "隗澍", "高", "针对上述风险，报告三级审核。"],
        [2, "检测员", "葛沅", "中", "针对以上廉政风险：抽样两人以上。"],
        [3, "检测员", "葛沅", "低", "对“相关”风险：当场封签。"],
    ]
    res = run(tmp_path, rows)
    assert res.risks.empty
    assert "POINTS_IN_MEASURES" not in set(res.issues["code"])


def test_a_real_point_column_keeps_its_measures_whole(tmp_path):
    # the negative case: the point has its own column, the measures cell quoting it stays whole
    measures = "针对“工程款拨付不按进度”的风险：拨付凭监理签证。"
    rows = [
        ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "针对风险点的防控措施"],
        [1, "财务科", "科长", "祁远", "工程款拨付不按进度", "一级", measures],
        [2, "财务科", "会计", "沐晏", "报销审核不严", "二级", "报销三级签字。"],
    ]
    res = run(tmp_path, rows)
    assert read(res) == [
        ("科长", "祁远", "工程款拨付不按进度", "Ⅰ级", measures),
        ("会计", "沐晏", "报销审核不严", "Ⅱ级", "报销三级签字。"),
    ]
    assert not {"POINTS_IN_MEASURES", "POINT_NOT_NAMED"} & set(res.issues["code"])


def test_a_heading_of_point_and_measures_over_quoted_cells(tmp_path):
    rows = [
        ["序号", "岗位", "姓名", "风险等级", "防控措施及针对的风险点"],
        [1, "所长", "隗澍", "一级", "针对“项目验收走过场”的风险：验收小组集体评定，结果公示。"],
        [2, "会计", "葛沅", "二级", "针对“票据审核不严”的风险：票据两人审核。"],
        [3, "出纳", "邝翎", "三级", "现金坐支"],  # names no point: the cell stays the point
    ]
    res = run(tmp_path, rows)
    assert [tuple(x) for x in res.risks[["risk_point", "measures"]].values.tolist()] == [
        ("项目验收走过场", "验收小组集体评定，结果公示。"),
        ("票据审核不严", "票据两人审核。"),
        ("现金坐支", ""),
    ]
    assert ("POINTS_IN_MEASURES", "E1") in codes(res)
    assert "POINT_NOT_NAMED" not in set(res.issues["code"])


def test_a_heading_of_point_and_measures_over_plain_cells_reads_as_before(tmp_path):
    rows = [
        ["序号", "岗位", "姓名", "风险等级", "风险点及防控措施"],
        [1, "所长", "隗澍", "一级", "项目验收走过场\n（1）验收小组集体评定；\n（2）结果公示。"],
        [2, "会计", "葛沅", "二级", "票据审核不严\n（1）票据两人审核。"],
    ]
    res = run(tmp_path, rows)
    assert res.risks["risk_point"].tolist() == ["项目验收走过场", "票据审核不严"]
    assert "POINTS_IN_MEASURES" not in set(res.issues["code"])


def test_written_by_openpyxl_and_saved_as_ods(tmp_path):
    rows = quoted_table()
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "一览表"
    for row in rows:
        ws.append(row)
    ws.merge_cells("A1:G1")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    wb.save(inbox / "a.xlsx")
    write_ods(tmp_path / "ods" / "b.ods", {"一览表": rows})
    for folder in (inbox, tmp_path / "ods"):
        res = collect(folder)
        assert res.risks["risk_point"].tolist() == [
            "取水许可审批不按程序", "河道采砂巡查走过场", "报销凭证审核不严", "坐支现金",
        ], folder  # fmt: skip
        assert res.risks["measures"].tolist()[2] == "凭证三级审核，月底对账。"


def test_the_codes_are_catalogued():
    assert CATALOGUE["POINTS_IN_MEASURES"][0] == "info" and SHORT["POINTS_IN_MEASURES"]
    assert CATALOGUE["POINT_NOT_NAMED"][0] == "warning" and SHORT["POINT_NOT_NAMED"]
    assert "针对" in CATALOGUE["POINT_NOT_NAMED"][1].format(value="严格执行财经纪律")


# review 73: a point column under a heading not known (guessed from its contents, as before
# the rule) is the point column; the measures quoting something stay whole


def guessed_point_table(heading: str, measures_head: str) -> list[list[object]]:
    return [
        [f"{UNIT}岗位廉洁风险排查表"],
        ["序号", "股室", "岗位", "姓名", heading, "风险等级", measures_head],
        [1, "水资源股", "股长", "闻人砚", "取水许可现场核查走过场", "高",
         "针对“取水许可”的风险：现场核查两人同行，影像留存。"],
        [2, "水资源股", "科员", "司空黛", "水资源费征收减免不按规定", "中",
         "针对「费用减免」的风险：减免事项局务会集体研究。"],
        [3, "河湖股", "股长", "濮阳朔", "河道采砂许可暗箱操作", "高",
         "对“采砂许可”风险：采砂权公开拍卖，结果公示。"],
    ]  # fmt: skip


def test_a_point_column_under_a_heading_not_known_keeps_the_measures_whole(tmp_path):
    for i, heading in enumerate(("存在隐患", "易发问题")):
        rows = guessed_point_table(heading, "防控措施")
        res = run(tmp_path / str(i), rows)
        assert res.risks["risk_point"].tolist() == [row[4] for row in rows[2:]], heading
        assert res.risks["measures"].tolist() == [row[6] for row in rows[2:]], heading
        assert ("COLUMN_GUESSED", "E2") in codes(res)
        assert not {"POINTS_IN_MEASURES", "POINT_NOT_NAMED"} & set(res.issues["code"])


def test_some_measures_naming_a_point_beside_a_point_column_not_known(tmp_path):
    # under '针对风险点的防控措施' three cells in five quote a point: the point column holds
    # every point all the same, no row is left out and none is said to name no point
    rows = guessed_point_table("隐患描述", "针对廉政风险点的防控措施")
    rows += [
        [4, "办公室", "会计", "拓跋澄", "差旅费报销审核不严", "中", "报销三级签字，按月对账。"],
        [5, "办公室", "出纳", "呼延柘", "现金坐收坐支", "低", "收支两条线，日清月结。"],
    ]
    res = run(tmp_path, rows)
    assert res.risks["risk_point"].tolist() == [row[4] for row in rows[2:]]
    assert res.risks["measures"].tolist() == [row[6] for row in rows[2:]]
    assert res.posts["person"].tolist() == [row[3] for row in rows[2:]]
    assert not {"POINTS_IN_MEASURES", "POINT_NOT_NAMED"} & set(res.issues["code"])


def test_where_no_column_holds_the_points_each_row_is_read_or_reported(tmp_path):
    # the same measures with no point column at all: the rule applies, and the rows naming no
    # point are each reported (their holders are not lost without a word)
    rows = [[*row[:4], *row[5:]] for row in guessed_point_table("x", "针对廉政风险点的防控措施")]
    rows += [
        [4, "办公室", "会计", "拓跋澄", "中", "报销三级签字，按月对账。"],
        [5, "办公室", "出纳", "呼延柘", "低", "收支两条线，日清月结。"],
    ]
    res = run(tmp_path, rows)
    assert res.risks["risk_point"].tolist() == ["取水许可", "费用减免", "采砂许可"]
    said = res.issues[res.issues["code"] == "POINT_NOT_NAMED"]
    assert said["cell"].tolist() == ["F6", "F7"]
    assert said["value"].tolist() == ["报销三级签字，按月对账。", "收支两条线，日清月结。"]
    assert ("POINTS_IN_MEASURES", "F2") in codes(res)


# review 73: a quoted 制度 or slogan opening the measures ('“一事一议”：…') names no point;
# a bare quotation names one only with a risk word around it (针对 before, 风险 / 问题 after)

SLOGANS = [
    "“一事一议”：筹资筹劳事项经村民会议表决，结果公示。",
    "「阳光村务」：村务、财务每季度公开一次。",
    "“双随机、一公开”：检查对象随机抽取，结果网上公开。",
]


def slogan_table(duty_head: str, measures_head: str, cells: list[str]) -> list[list[object]]:
    rows: list[list[object]] = [
        ["临川市某村“两委”成员廉洁风险防控表"],
        ["序号", "职务", "姓名", duty_head, "风险等级", measures_head],
    ]
    people = [("村党总支书记", "钟离岳"), ("村委会主任", "澹台苒"), ("村报账员", "公冶棠")]
    for i, ((post, who), cell) in enumerate(zip(people, cells, strict=True), 1):
        rows.append([i, post, who, "村级事务管理", "高中低"[i - 1], cell])
    return rows


def test_a_quoted_slogan_names_no_point(tmp_path):
    # only a duty column beside the measures: no table of points, as before the rule
    for i, head in enumerate(("防控措施", "针对风险点的防控措施")):
        res = run(tmp_path / str(i), slogan_table("主要职责", head, SLOGANS))
        assert res.risks.empty, head
        assert set(res.issues["code"]) == {"FILE_NO_FORM"}, head


def test_a_quoted_slogan_beside_a_point_column_not_known(tmp_path):
    rows = slogan_table("廉洁隐患", "防控措施", SLOGANS)
    points = ["村级事务个人说了算", "村务公开不及时不全面", "检查对象选择随意"]
    for row, point in zip(rows[2:], points, strict=True):
        row[3] = point
    res = run(tmp_path, rows)
    assert res.risks["risk_point"].tolist() == points
    assert res.risks["measures"].tolist() == SLOGANS
    assert "POINTS_IN_MEASURES" not in set(res.issues["code"])


def test_a_quotation_with_a_risk_word_around_it_still_names_its_point(tmp_path):
    cells = [
        "针对“一事一议”：筹资筹劳事项经村民会议表决。",
        "「村务公开不及时」风险：村务、财务每季度公开一次。",
        "“报账票据不全”问题：票据不全不予报账。",
    ]
    res = run(tmp_path, slogan_table("主要职责", "防控措施", cells))
    assert res.risks["risk_point"].tolist() == ["一事一议", "村务公开不及时", "报账票据不全"]
    assert res.risks["measures"].tolist() == [
        "筹资筹劳事项经村民会议表决。", "村务、财务每季度公开一次。", "票据不全不予报账。",
    ]  # fmt: skip


def test_a_quoted_slogan_under_a_heading_of_point_and_measures(tmp_path):
    # with no measures column, '“一事一议”：…' under '风险点及防控措施' is not parted either
    rows = [
        ["序号", "岗位", "姓名", "风险等级", "风险点及防控措施"],
        [1, "主任", "钟离岳", "一级", SLOGANS[0]],
        [2, "会计", "澹台苒", "二级", SLOGANS[1]],
        [3, "出纳", "公冶棠", "三级", SLOGANS[2]],
    ]
    res = run(tmp_path, rows)
    assert res.risks["risk_point"].tolist() == SLOGANS
    assert "POINTS_IN_MEASURES" not in set(res.issues["code"])
