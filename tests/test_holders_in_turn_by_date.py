"""Holders in turn picked by each row's date: a list of points found, one a row with its own
date ('发现时间 | 2025-03-05', '检查日期 | 2025年4月9日', an Excel date), beside a holder's cell
naming the post's holders in turn each with a dated period ('邝某（2024.7—2024.12）⏎…（2025.1至今）'):
each row is the point of the one whose period holds its date; a row with no date, or one no
period holds, stays each holder's with a warning naming its date cell.

The layouts here are not the published batch's (a county 文物执法大队's 排查台账 with 排查时间,
``责任人（在岗时段）`` and 一级/二级/三级 under a ``注：`` line): a county 卫生健康局's 综合监督执法队,
a 水利局's 河道管理所 and a 医保局's 稽核科, other posts and names, 高/中/低 words, ticks under
levels, two heading rows, post and name in one cell, no note, written with xlsxwriter
(tests/helpers.py) and openpyxl (real date cells), read back as ``collect_inbox`` reads a file.
"""

import datetime as dt
from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None, sheet: str = "台账"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def errors(got) -> set[str]:
    return set(got.issues[got.issues["severity"] == "error"]["code"])


def test_one_heading_row_dashed_dates_and_a_period_to_now(tmp_path):
    # no note under the list: the dates alone decide; the second holder's period runs '至今'
    rows = [["XX县卫生健康局综合监督执法队廉政风险点发现登记表"],
            ["序号", "岗位", "责任人", "发现时间", "风险点", "风险等级", "防控措施"],
            [1, "队长", "阙澜清（2025.1—2025.12）", "2025-02-11", "监督检查选择性执法", "高",
             "检查对象随机抽取。"],
            [2, "监督员", "邝岫云（2024.7—2024.12）\n戚沅芷（2025.1至今）", "2024-09-03",
             "现场检查接受宴请", "中", "检查两人以上同行。"],
            [3, None, None, "2024-11-20", "检查记录事后补写", "低", "执法记录仪全程记录。"],
            [4, None, None, "2025-03-05", "罚款数额自由裁量过宽", "高", "执行裁量基准。"],
            ["填表人：", None, "审核：", None, "2025年6月"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "B4:B6", "C4:C6"])
    assert read(got) == sorted([
        ("队长", "阙澜清", "监督检查选择性执法", "Ⅰ级"),
        ("监督员", "邝岫云", "现场检查接受宴请", "Ⅱ级"),
        ("监督员", "邝岫云", "检查记录事后补写", "Ⅲ级"),
        ("监督员", "戚沅芷", "罚款数额自由裁量过宽", "Ⅰ级"),
    ])  # fmt: skip
    said = got.issues[got.issues["code"] == "HOLDERS_IN_TURN_BY_DATE"]
    assert list(said["cell"]) == ["D2"] and list(said["value"]) == ["发现时间"]
    assert "HOLDERS_IN_TURN" not in codes(got) and "HOLDER_IN_TURN_UNDATED" not in codes(got)
    assert not errors(got)


def test_two_heading_rows_post_and_name_in_one_cell_and_ticks_under_levels(tmp_path):
    # '检查日期' merged down two heading rows, the levels ticked under '风险等级 | 高 | 中 | 低',
    # each line of the holder's cell its post and name, dates '2025年4月9日', one holder back
    rows = [["XX县水利局河道管理所廉政风险排查台账"],
            ["序号", "责任岗位及人员（任职时间）", "检查日期", "风险点描述", "风险等级", None, None,
             "防控措施"],
            [None, None, None, None, "高", "中", "低", None],
            [1, "巡查员 宓汀兰（2025.1—2025.4）\n巡查员 甄柘舟（2025.5—2025.8）\n巡查员 宓汀兰（2025.9—2025.12）",
             "2025年2月17日", "河道巡查发现违法采砂隐瞒不报", "√", None, None, "巡查轨迹定位上传。"],
            [2, None, "2025年6月30日", "涉河建设项目现场核查走过场", None, "√", None, "核查照片存档。"],
            [3, None, "2025年10月8日", "接受管理对象土特产", None, None, "√", "签订廉洁承诺。"],
            ["注：风险点由检查时在岗人员负责。"]]  # fmt: skip
    got = run(
        tmp_path, rows, ["A1:H1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:G2", "H2:H3", "B4:B6"]
    )
    assert read(got) == sorted([
        ("巡查员", "宓汀兰", "河道巡查发现违法采砂隐瞒不报", "Ⅰ级"),
        ("巡查员", "甄柘舟", "涉河建设项目现场核查走过场", "Ⅱ级"),
        ("巡查员", "宓汀兰", "接受管理对象土特产", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDERS_IN_TURN_BY_DATE" in codes(got)
    assert not errors(got)


def test_real_date_cells_an_extra_column_and_a_row_without_date(tmp_path):
    # the dates are Excel dates (openpyxl, a date format); a 科室 column; the last row's date is
    # blank: whose it is no date says, so it stays both holders' with a warning at its cell
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "稽核"
    for row in (
        ["XX县医疗保障局稽核科廉政风险排查台账"],
        ["序号", "科室", "岗位", "姓名（在岗时段）", "排查日期", "廉政风险点", "等级", "措施"],
        [1, "稽核科", "稽核员", "卓芷汀（2025.1—2025.5）\n俞淮珂（2025.6—2025.12）",
         dt.datetime(2025, 3, 14), "定点医药机构违规线索不移交", "高", "线索台账管理。"],
        [2, None, None, None, dt.datetime(2025, 8, 2), "稽核结论随意调整", "中", "结论集体审定。"],
        [3, None, None, None, None, "泄露举报人信息", "高", "举报材料专人保管。"],
    ):  # fmt: skip
        ws.append(row)
    for r in (3, 4):
        ws.cell(r, 5).number_format = "yyyy-mm-dd"
    for rng in ("A1:H1", "B3:B5", "C3:C5", "D3:D5"):
        ws.merge_cells(rng)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    wb.save(inbox / "t.xlsx")
    got = _collect(inbox)
    assert read(got) == sorted([
        ("稽核员", "卓芷汀", "定点医药机构违规线索不移交", "Ⅰ级"),
        ("稽核员", "俞淮珂", "稽核结论随意调整", "Ⅱ级"),
        ("稽核员", "卓芷汀", "泄露举报人信息", "Ⅰ级"),
        ("稽核员", "俞淮珂", "泄露举报人信息", "Ⅰ级"),
    ])  # fmt: skip
    warned = got.issues[got.issues["code"] == "HOLDER_IN_TURN_UNDATED"]
    assert list(warned["cell"]) == ["E5"]
    assert "HOLDERS_IN_TURN_BY_DATE" in codes(got)
    assert not errors(got)


def test_holders_in_turn_with_no_date_column_each_hold_every_point(tmp_path):
    # the documented reading: no column of dates, so each holder in turn holds all the post's points
    rows = [["XX县卫生健康局综合监督执法队廉政风险点登记表"],
            ["序号", "岗位", "责任人", "风险点", "风险等级", "防控措施"],
            [1, "监督员", "邝岫云（2024.7—2024.12）\n戚沅芷（2025.1至今）", "现场检查接受宴请", "中",
             "检查两人以上同行。"],
            [2, None, None, "罚款数额自由裁量过宽", "高", "执行裁量基准。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "B3:B4", "C3:C4"])
    assert read(got) == sorted([
        ("监督员", "邝岫云", "现场检查接受宴请", "Ⅱ级"),
        ("监督员", "邝岫云", "罚款数额自由裁量过宽", "Ⅰ级"),
        ("监督员", "戚沅芷", "现场检查接受宴请", "Ⅱ级"),
        ("监督员", "戚沅芷", "罚款数额自由裁量过宽", "Ⅰ级"),
    ])  # fmt: skip
    assert "HOLDERS_IN_TURN" in codes(got)
    assert not {"HOLDERS_IN_TURN_BY_DATE", "HOLDER_IN_TURN_UNDATED"} & codes(got)
    assert not errors(got)


def test_periods_of_months_alone_and_one_holder_a_row_beside_dates_stay_as_before(tmp_path):
    # '（1—6月）' says no year: the dates pick no one, every point stays each holder's; a row of one
    # holder beside its date is read as ever
    rows = [["XX县水利局河道管理所廉政风险排查台账"],
            ["序号", "岗位", "责任人", "排查时间", "风险点", "风险等级", "防控措施"],
            [1, "所长", "雍砚秋", "2025.3.2", "工程验收签字把关不严", "高", "验收集体签字。"],
            [2, "巡查员", "宓汀兰（1—6月）\n甄柘舟（7—12月）", "2025.2.17", "河道巡查发现违法采砂隐瞒不报",
             "高", "巡查轨迹定位上传。"],
            [3, None, None, "2025.9.1", "接受管理对象土特产", "低", "签订廉洁承诺。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "B4:B5", "C4:C5"])
    assert read(got) == sorted([
        ("所长", "雍砚秋", "工程验收签字把关不严", "Ⅰ级"),
        ("巡查员", "宓汀兰", "河道巡查发现违法采砂隐瞒不报", "Ⅰ级"),
        ("巡查员", "宓汀兰", "接受管理对象土特产", "Ⅲ级"),
        ("巡查员", "甄柘舟", "河道巡查发现违法采砂隐瞒不报", "Ⅰ级"),
        ("巡查员", "甄柘舟", "接受管理对象土特产", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDERS_IN_TURN" in codes(got)
    assert not {"HOLDERS_IN_TURN_BY_DATE", "HOLDER_IN_TURN_UNDATED"} & codes(got)
    assert not errors(got)


def test_two_holders_sharing_a_point_beside_a_date_column_are_not_in_turn(tmp_path):
    # '甄柘舟、宓汀兰' with no periods: two holders sharing the point, each has it, whatever the date
    rows = [["XX县医疗保障局稽核科廉政风险排查台账"],
            ["序号", "岗位", "责任人", "检查日期", "风险点", "风险等级", "防控措施"],
            [1, "稽核员", "卓芷汀\n俞淮珂", "2025-03-14", "定点医药机构违规线索不移交", "高",
             "线索台账管理。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"])
    assert read(got) == sorted([
        ("稽核员", "俞淮珂", "定点医药机构违规线索不移交", "Ⅰ级"),
        ("稽核员", "卓芷汀", "定点医药机构违规线索不移交", "Ⅰ级"),
    ])  # fmt: skip
    assert not {"HOLDERS_IN_TURN_BY_DATE", "HOLDER_IN_TURN_UNDATED", "HOLDERS_IN_TURN"} & codes(got)
    assert not errors(got)


# what the hundred and eighteenth review found
_UNIT = ["XX县卫生健康局综合监督执法队廉政风险点排查台账"]
_POINTS = ["现场检查接受宴请", "检查记录事后补写", "罚款数额自由裁量过宽"]
_TWO = "邝岫云（2025.1—2025.6）\n戚沅芷（2025.7—2025.12）"


def _ledger(tmp_path: Path, head: str, dates: list[str], cell: str = _TWO):
    rows = [_UNIT, ["序号", "岗位", "责任人", head, "风险点", "风险等级", "防控措施"]]
    rows += [
        [i + 1, "监督员" if i == 0 else None, cell if i == 0 else None, d, p, "中", "两人同行。"]
        for i, (d, p) in enumerate(zip(dates, _POINTS, strict=True))
    ]
    return run(tmp_path, rows, ["A1:G1", "B3:B5", "C3:C5"])


def _each(*names: str) -> list[tuple[str, str, str, str]]:
    return sorted(("监督员", n, p, "Ⅱ级") for n in names for p in _POINTS)


def test_what_the_hundred_and_eighteenth_review_found_a_bare_date_of_one_fill_in_day(tmp_path):
    # '日期' (bare) on every row the same: the day the list was filled, no finding's: each holder
    for head in ("日期", "时间"):
        got = _ledger(tmp_path / head, head, ["2025.12.20"] * 3)
        assert read(got) == _each("邝岫云", "戚沅芷")
        assert "HOLDERS_IN_TURN_BY_DATE" not in codes(got)
        assert "HOLDERS_IN_TURN" in codes(got)


def test_what_the_hundred_and_eighteenth_review_found_a_bare_date_of_several_days(tmp_path):
    # a bare '时间' whose dates differ across the rows still dates them
    got = _ledger(tmp_path, "时间", ["2025.3.1", "2025.8.1", "2025.11.1"])
    assert read(got) == sorted([
        ("监督员", "邝岫云", _POINTS[0], "Ⅱ级"),
        ("监督员", "戚沅芷", _POINTS[1], "Ⅱ级"),
        ("监督员", "戚沅芷", _POINTS[2], "Ⅱ级"),
    ])  # fmt: skip
    assert "HOLDERS_IN_TURN_BY_DATE" in codes(got)


def test_what_the_hundred_and_eighteenth_review_found_overlapping_periods_warn(tmp_path):
    # 2025.6.15 in both periods ('2025.1—2025.6', '2025.6—2025.12'): each holder's, warned
    got = _ledger(tmp_path, "排查时间", ["2025.3.1", "2025.6.15", "2025.11.1"],
                  "邝岫云（2025.1—2025.6）\n戚沅芷（2025.6—2025.12）")  # fmt: skip
    assert read(got) == sorted([
        ("监督员", "邝岫云", _POINTS[0], "Ⅱ级"),
        ("监督员", "邝岫云", _POINTS[1], "Ⅱ级"),
        ("监督员", "戚沅芷", _POINTS[1], "Ⅱ级"),
        ("监督员", "戚沅芷", _POINTS[2], "Ⅱ级"),
    ])  # fmt: skip
    undated = got.issues[got.issues["code"] == "HOLDER_IN_TURN_UNDATED"]
    assert list(undated["cell"]) == ["D4"]
    assert "HOLDERS_IN_TURN_BY_DATE" in codes(got)


def test_what_the_hundred_and_eighteenth_review_found_periods_to_the_day(tmp_path):
    # '（2025.1.1—2025.6.15）⏎（2025.6.16—2025.12.31）': day precision, 2025.6.10 the first's
    got = _ledger(tmp_path, "排查时间", ["2025.6.10", "2025.6.20", "2025.11.1"],
                  "邝岫云（2025.1.1—2025.6.15）\n戚沅芷（2025.6.16—2025.12.31）")  # fmt: skip
    assert read(got) == sorted([
        ("监督员", "邝岫云", _POINTS[0], "Ⅱ级"),
        ("监督员", "戚沅芷", _POINTS[1], "Ⅱ级"),
        ("监督员", "戚沅芷", _POINTS[2], "Ⅱ级"),
    ])  # fmt: skip
    assert "HOLDER_IN_TURN_UNDATED" not in codes(got)
    assert not errors(got)
