"""A list one row a point where a point several people share is typed once and each further
holder of it follows on an unmerged row of his own carrying only his 科室, post and name (the
point, level, type and measures cells empty), a note or the point's heading saying a row whose
point is blank shares the point above: each such row is one more holder of the nearest point
above (its level, type and measures too), told once a table (``POINT_BLANK_SHARES_ABOVE``).

Not the published batch's list (a 县林业局 with 股室 | 岗位 | 姓名, 一级/二级/三级 and a closing
'注：风险点一栏空白的行，与上一条风险点相同，由该行人员共同承担。'): a 区市场监督管理局, a 县人民医院 and a
镇财政所, other posts and names, levels 高/中/低, ticks and '★★★', the note written '未填…同上',
'空格表示同上' or in the heading's bracket, one or two heading rows, a 科室 merged down and an
extra column; written with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` does.
Without such a note, or where the blank rows are something else (a holder's row over his
points, a point merged down), the table reads as before.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "list.xlsx", {"清单": rows}, {"清单": merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> list[str]:
    return list(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


def test_note_says_blank_is_same_as_above_one_heading_row_with_types(tmp_path):
    rows = [
        ["XX区市场监督管理局岗位廉政风险点清单"],
        ["科室", "职务", "责任人", "风险点", "风险类型", "风险等级", "防控措施"],
        ["局领导", "局长", "龚曜澜", "行政处罚案件定案个人说了算", "岗位职责", "高", "重大案件集体审议。"],
        ["法规科", "科长", "詹霁蔚", None, None, None, None],
        ["登记注册科", "科长", "柏翊湛", "企业登记材料把关不严", "业务流程", "中", "双人复核，留痕。"],
        ["登记注册科", "科员", "晏沁珂", None, None, None, None],
        ["局领导", "局长", "龚曜澜", None, None, None, None],
        ["执法大队", "队长", "詹霁蔚", "检查中吃拿卡要", "思想道德", "低", "执法记录仪全程记录。"],
        ["说明：风险点栏未填的行，其风险点、等级和措施同上。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "A9:G9"])
    assert read(got) == sorted([
        ("局长", "龚曜澜", "行政处罚案件定案个人说了算", "Ⅰ级"),
        ("科长", "詹霁蔚", "行政处罚案件定案个人说了算", "Ⅰ级"),
        ("科长", "柏翊湛", "企业登记材料把关不严", "Ⅱ级"),
        ("科员", "晏沁珂", "企业登记材料把关不严", "Ⅱ级"),
        ("局长", "龚曜澜", "企业登记材料把关不严", "Ⅱ级"),
        ("队长", "詹霁蔚", "检查中吃拿卡要", "Ⅲ级"),
    ])  # fmt: skip
    r = got.risks
    shared = r[(r["person"] == "晏沁珂")]
    assert list(shared["risk_type"]) == list(r[r["person"] == "柏翊湛"]["risk_type"])
    assert codes(got).count("POINT_BLANK_SHARES_ABOVE") == 1
    assert "POINT_BLANK" not in codes(got)
    no_errors(got)


def test_heading_bracket_two_heading_rows_ticks_and_a_merged_department(tmp_path):
    rows = [
        ["XX县人民医院重点岗位廉洁风险排查表"],
        ["序号", "科室", "岗位", "姓名", "廉洁风险点（空白的与上行相同）", "风险等级", None, None, "防控措施"],
        [None, None, None, None, None, "高", "中", "低", None],
        [1, "药剂科", "主任", "温璟舒", "药品遴选收受回扣", "√", None, None, "药事会集体遴选。"],
        [None, None, "采购员", "苏珩沐", None, None, None, None, None],
        [2, None, "库管员", "岑皓宇", "药品入库不验收", None, "√", None, "入库双人验收。"],
        [3, "设备科", "科长", "苏珩沐", "设备参数量身定制", "√", None, None, "参数论证专家签字。"],
        [None, "财务科", "科长", "滕语嫣", None, None, None, None, None],
    ]  # fmt: skip
    merges = ["A1:I1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:H2", "I2:I3", "B4:B6"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("主任", "温璟舒", "药品遴选收受回扣", "Ⅰ级"),
        ("采购员", "苏珩沐", "药品遴选收受回扣", "Ⅰ级"),
        ("库管员", "岑皓宇", "药品入库不验收", "Ⅱ级"),
        ("科长", "苏珩沐", "设备参数量身定制", "Ⅰ级"),
        ("科长", "滕语嫣", "设备参数量身定制", "Ⅰ级"),
    ])  # fmt: skip
    assert codes(got).count("POINT_BLANK_SHARES_ABOVE") == 1
    assert "POINT_BLANK" not in codes(got)
    no_errors(got)


def test_note_blank_means_ditto_stars_and_an_extra_column(tmp_path):
    rows = [
        ["XX镇财政所廉政风险防控一览表"],
        ["序号", "岗位", "姓名", "风险内容", "风险等级", "防控措施", "备注"],
        [1, "所长", "覃霈然", "惠农补贴资金审核把关不严", "★★★", "一卡通系统比对发放。", "重点"],
        [None, "会计", "莫皙涵", None, None, None, None],
        [None, "出纳", "韦芃澄", None, None, None, None],
        [2, "出纳", "韦芃澄", "坐支现金、公款私存", "★★", "日清月结，所长每月盘点。", None],
        ["备注栏外说明：空格表示同上。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "A7:G7"])
    assert read(got) == sorted([
        ("所长", "覃霈然", "惠农补贴资金审核把关不严", "Ⅰ级"),
        ("会计", "莫皙涵", "惠农补贴资金审核把关不严", "Ⅰ级"),
        ("出纳", "韦芃澄", "惠农补贴资金审核把关不严", "Ⅰ级"),
        ("出纳", "韦芃澄", "坐支现金、公款私存", "Ⅱ级"),
    ])  # fmt: skip
    assert codes(got).count("POINT_BLANK_SHARES_ABOVE") == 1
    no_errors(got)


def test_without_a_note_holder_only_rows_stay_rows_with_no_point(tmp_path):
    rows = [
        ["XX镇财政所廉政风险防控一览表"],
        ["序号", "岗位", "姓名", "风险内容", "风险等级", "防控措施"],
        [1, "所长", "覃霈然", "惠农补贴资金审核把关不严", "★★★", "一卡通系统比对发放。"],
        [None, "会计", "莫皙涵", None, None, None],
        [2, "出纳", "韦芃澄", "坐支现金、公款私存", "★★", "日清月结，所长每月盘点。"],
        ["注：风险等级★★★为高，★★为中，★为低。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A6:F6"])
    assert read(got) == sorted([
        ("所长", "覃霈然", "惠农补贴资金审核把关不严", "Ⅰ级"),
        ("出纳", "韦芃澄", "坐支现金、公款私存", "Ⅱ级"),
    ])  # fmt: skip
    assert codes(got).count("POINT_BLANK") == 1
    assert "POINT_BLANK_SHARES_ABOVE" not in codes(got)


def test_a_holder_row_over_his_points_and_a_merged_point_read_as_before(tmp_path):
    # the note is there, but the blank-point rows are a holder's heading over points of no
    # holder of their own, and a point merged down over two holders: their own rules
    base = [
        ["XX区市场监督管理局岗位廉政风险点清单"],
        ["科室", "职务", "责任人", "风险点", "风险等级", "防控措施"],
        ["法规科", "科长", "詹霁蔚", None, None, None],
        [None, None, None, "听证程序走过场", "中", "听证全程录音录像。"],
        [None, None, None, "法制审核意见不采纳", "低", "审核意见存档备查。"],
        ["执法大队", "队长", "龚曜澜", "抽检样品调包", "高", "抽样双人在场。"],
        ["执法大队", "队员", "柏翊湛", None, None, None],
    ]  # fmt: skip
    merges = ["A1:F1", "D6:D7", "E6:E7", "F6:F7"]
    want = sorted([
        ("科长", "詹霁蔚", "听证程序走过场", "Ⅱ级"),
        ("科长", "詹霁蔚", "法制审核意见不采纳", "Ⅲ级"),
        ("队长", "龚曜澜", "抽检样品调包", "Ⅰ级"),
        ("队员", "柏翊湛", "抽检样品调包", "Ⅰ级"),
    ])  # fmt: skip
    plain = run(tmp_path / "plain", base, merges)
    noted = run(
        tmp_path / "noted", [*base, ["注：风险点空白的，与上一条相同。"]], [*merges, "A8:F8"]
    )
    assert read(plain) == want
    assert read(noted) == want
    assert "POINT_BLANK_SHARES_ABOVE" not in codes(noted)
    no_errors(noted)


def test_what_the_hundred_and_twenty_sixth_review_found_a_note_of_another_column_or_negated(
    tmp_path,
):
    # the note's blank must be the point's (or no column's), its clause not negated: a note of
    # the 科室, the level or the measures, a 不得/不相同 clause leave the unfinished row POINT_BLANK
    def rows(note):
        return [
            ["某县自然资源局岗位廉政风险点排查表"],
            ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
            [1, "用地股", "股长", "郗明远", "用地预审放宽标准", "一级", "集体研究。"],
            [None, "用地股", "科员", "阙雨桐", None, None, None],
            [2, "规划股", "股长", "甯嘉树", "规划条件随意调整", "一级", "集体研究。"],
            [note],
        ]  # fmt: skip

    before = sorted([
        ("股长", "郗明远", "用地预审放宽标准", "Ⅰ级"),
        ("股长", "甯嘉树", "规划条件随意调整", "Ⅰ级"),
    ])  # fmt: skip
    for i, note in enumerate((
        "填表说明：1.科室、岗位栏空白的与上一行相同；2.风险点由本人如实填写，不得空缺。",
        "注：科室一栏空白的，与上一行相同。",
        "注：风险等级一栏空白的，表示与本股室上一风险点等级相同。",
        "注：防控措施空白的，与上一条相同。",
        "注：风险点空白表示经排查暂无风险点，与其他岗位不相同。",
    )):  # fmt: skip
        got = run(tmp_path / str(i), rows(note), ["A1:G1", "A6:G6"])
        assert read(got) == before, note
        assert "POINT_BLANK_SHARES_ABOVE" not in codes(got), note
        assert codes(got).count("POINT_BLANK") == 1, note
    for i, note in enumerate((
        "注：风险点空白的行与上一条风险点相同。",
        "注：廉政风险点一栏空白的，与上一行风险点一致。",
    )):  # fmt: skip
        got = run(tmp_path / f"y{i}", rows(note), ["A1:G1", "A6:G6"])
        assert read(got) == sorted([*before, ("科员", "阙雨桐", "用地预审放宽标准", "Ⅰ级")]), note
        assert codes(got).count("POINT_BLANK_SHARES_ABOVE") == 1, note
        assert "POINT_BLANK" not in codes(got), note
