"""A table whose heading row is only the 栏次 numbers ('栏次 | 1 | 2 | 3 | 4 | 5', '序号 | 第1栏 |
第2栏 …'), what each numbered column holds named only by a 填表说明 line on the sheet ('第1栏为岗位，
第2栏为姓名 …', '说明：1.科室；2.岗位及责任人；…'): the heading reads as those words (one info issue
HEADING_BY_COLUMN_NOTE a table). A 栏次 row under a named heading, and a statistics sheet of numbers
with no such line, read as before.

Not the published batch's file (batch659: a 牲畜交易市场管理所's 统计表, the line above the table as
'第N栏填写X', 股室/岗位/姓名 merged per person, 高/中/低): a county 水务局's 供水管理站 and 水土保持站,
other posts and names, 一级/二级/三级 and ★ levels, the line under the table or split one a row,
post and name in one cell, a 风险类型 and a 备注 column, written with xlsxwriter (tests/helpers.py)
and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "stats.xlsx", {"报表": rows}, {"报表": merges or []})
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> list[str]:
    return list(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


def test_numbers_named_by_a_line_above(tmp_path):
    """'栏次 | 1 | 2 | 3 | 4 | 5', the line above as '第N栏为X', post and name in two columns."""
    rows = [
        ["XX县供水管理站廉政风险点登记表"],
        ["填表说明：第1栏为岗位，第2栏为姓名，第3栏为风险点，第4栏为风险等级，第5栏为防控措施。"],
        ["栏次", 1, 2, 3, 4, 5],
        [
            "",
            "站长",
            "闵砚池",
            "供水管网改造工程发包不公开",
            "一级",
            "工程发包集体研究，全程公示。",
        ],
        ["", "站长", "闵砚池", "水费减免审批把关不严", "二级", "减免事项两人以上审核留痕。"],
        [
            "",
            "抄表员",
            "谭霁川",
            "抄表少抄、估抄，收受用户好处",
            "二级",
            "抄表数据拍照上传，定期轮岗。",
        ],
        ["填表人：", "", "审核人："],
    ]
    got = run(tmp_path, rows, ["A1:F1", "A2:F2"])
    assert read(got) == sorted([
        ("站长", "闵砚池", "供水管网改造工程发包不公开", "Ⅰ级"),
        ("站长", "闵砚池", "水费减免审批把关不严", "Ⅱ级"),
        ("抄表员", "谭霁川", "抄表少抄、估抄，收受用户好处", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert codes(got).count("HEADING_BY_COLUMN_NOTE") == 1


def test_numbers_named_by_a_numbered_note_under_the_table(tmp_path):
    """'序号 | 1 | 2 | 3 | 4 | 5 | 6', the note under the table as '说明：1.科室；2.岗位；…', an
    extra 风险类型 column, 科室 merged down."""
    rows = [
        ["XX县水土保持站岗位廉政风险统计表"],
        ["序号", 1, 2, 3, 4, 5, 6, 7],
        [
            1,
            "监督科",
            "科长",
            "柏沁远",
            "生产建设项目水保方案审查走过场",
            "岗位职责风险",
            "一级",
            "专家评审，审查意见公开。",
        ],
        [
            2,
            "监督科",
            "科员",
            "解鹤汀",
            "水土保持补偿费少征、漏征",
            "业务流程风险",
            "二级",
            "征收台账与项目清单月度比对。",
        ],
        [
            3,
            "治理科",
            "科长",
            "柏澈然",
            "治理项目验收弄虚作假",
            "岗位职责风险",
            "三级",
            "验收邀请受益村组参加并签字。",
        ],
        ["说明：1.科室；2.岗位；3.姓名；4.风险点；5.风险类型；6.风险等级；7.防控措施。"],
    ]
    got = run(tmp_path, rows, ["A1:H1", "A6:H6"])
    assert read(got) == sorted([
        ("科长", "柏沁远", "生产建设项目水保方案审查走过场", "Ⅰ级"),
        ("科员", "解鹤汀", "水土保持补偿费少征、漏征", "Ⅱ级"),
        ("科长", "柏澈然", "治理项目验收弄虚作假", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert codes(got).count("HEADING_BY_COLUMN_NOTE") == 1
    assert set(got.risks["department"]) == {"监督科", "治理科"}


def test_numbers_named_one_line_a_column_post_and_name_in_one_cell(tmp_path):
    """'序号 | 第1栏 | 第2栏 …', the note one line a column ('第1栏填写岗位及责任人'), post and name
    in one cell, ★ levels, a 备注 column."""
    rows = [
        ["XX县水务局河道管理所廉政风险防控表"],
        ["填表说明："],
        ["第1栏填写岗位及责任人；"],
        ["第2栏填写风险点名称；"],
        ["第3栏填写风险等级（★★★、★★、★）；"],
        ["第4栏填写防控措施；第5栏填写备注。"],
        ["序号", "第1栏", "第2栏", "第3栏", "第4栏", "第5栏"],
        [1, "所长　蔺望舒", "河道采砂许可违规审批", "★★★", "采砂许可集体审议并公示。", ""],
        [
            2,
            "巡查员　蔺若谷",
            "发现非法采砂不制止、不上报",
            "★★",
            "巡查轨迹留存，问题限时上报。",
            "",
        ],
    ]
    got = run(tmp_path, rows, ["A1:F1", "A2:F2", "A3:F3", "A4:F4", "A5:F5", "A6:F6"])
    assert read(got) == sorted([
        ("所长", "蔺望舒", "河道采砂许可违规审批", "Ⅰ级"),
        ("巡查员", "蔺若谷", "发现非法采砂不制止、不上报", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert codes(got).count("HEADING_BY_COLUMN_NOTE") == 1


def test_a_column_numbers_row_under_a_named_heading_reads_as_before(tmp_path):
    """'岗位 | 姓名 | 风险点 …' with the 栏次 row '1 | 2 | 3 …' under it: read by its heading, as
    before, and no word of a heading read from a note."""
    rows = [
        ["XX县供水管理站廉政风险点登记表"],
        ["说明：1.本表由各岗位自行填写；2.风险等级分一级、二级、三级。"],
        ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
        ["栏次", 1, 2, 3, 4, 5],
        [1, "化验员", "闵砚秋", "水质检测数据造假", "一级", "检测原始记录双人复核。"],
        [2, "出纳", "谭霁月", "水费现金坐支挪用", "二级", "收入日清日结，按时存行。"],
    ]
    got = run(tmp_path, rows, ["A1:F1", "A2:F2"])
    assert read(got) == sorted([
        ("化验员", "闵砚秋", "水质检测数据造假", "Ⅰ级"),
        ("出纳", "谭霁月", "水费现金坐支挪用", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "HEADING_BY_COLUMN_NOTE" not in codes(got)


def test_a_statistics_sheet_of_numbers_with_no_such_line_stays_unread(tmp_path):
    """A table of numbers ('序号 | 1 | 2 | 3 | 4' and counts) with a numbered note that names no
    column: no risk table, as before."""
    rows = [
        ["XX县水务局2025年廉政风险点数量统计表"],
        ["项目", 1, 2, 3, 4],
        ["供水管理站", 3, 5, 2, 10],
        ["水土保持站", 2, 4, 1, 7],
        ["说明：1.本表数据截至2025年6月；2.单位：个。"],
    ]
    got = run(tmp_path, rows, ["A1:E1", "A5:E5"])
    assert read(got) == []
    assert "HEADING_BY_COLUMN_NOTE" not in codes(got)
