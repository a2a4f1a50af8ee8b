"""A cell listing a holder's duties line by line ('1.负责…。') with, under some of them, a labelled
point line ('　风险点：…（一级）', '廉政风险：…', '风险点2：…'): each labelled line is one point, its
closing bracket its level (or the row's level column's), the line above it its duty, a
'防控措施：…' line after it its own measures; the duty lines are no points.

Not the published batch's file (a 县公证处's 对照表, 主任/公证员/公证员助理, ``一级/二级/三级`` in
brackets, one heading row, '风险点：' labels under numbered duties): a 县自然资源局's 不动产登记中心 and 测绘队, other posts and names,
``高/中/低`` and ``Ⅰ级/Ⅱ级`` words, two heading rows, a 风险等级 column, ``职责：`` labels and
unnumbered duties, written with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox``
reads a file. A cell of numbered points with no labels, and a cell of one ``职责：…⏎风险点：…``
pair, read as before.
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
    write_workbook(inbox / "duties.xlsx", {"登记中心": rows}, {"登记中心": merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


def test_numbered_duties_with_risk_lines_under_some(tmp_path):
    rows = [
        ["XX县不动产登记中心岗位职责及廉政风险排查表"],
        ["序号", "股室", "岗位", "姓名", "岗位职责及风险点", "防控措施"],
        [1, "登记股", "登记审核员", "郦若岚",
         "1、负责不动产登记申请的受理审核。\n　廉政风险：对材料不全的申请违规受理登簿（高）\n"
         "2、负责登记资料的整理归档。\n3、负责不动产权证书的缮证。\n"
         "　廉政风险：为关系人插队办理、加急出证（中）",
         "受理审核双人复核，办理时限系统留痕。"],
        [2, "查询股", "查询员", "蒯思远",
         "1、负责不动产登记信息查询。\n　廉政风险：违规向无关人员提供产权信息（高）\n"
         "2、负责查询窗口的咨询解答。\n　廉政风险：借答复咨询推介中介收取好处（低）\n3、负责查询台账登记。",
         "查询凭证件登记，月度抽查查询记录。"],
        ["注：职责下“廉政风险”为该项职责的风险点，括号内为风险等级。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "A5:F5"])
    assert read(got) == sorted([
        ("登记审核员", "郦若岚", "对材料不全的申请违规受理登簿", "Ⅰ级"),
        ("登记审核员", "郦若岚", "为关系人插队办理、加急出证", "Ⅱ级"),
        ("查询员", "蒯思远", "违规向无关人员提供产权信息", "Ⅰ级"),
        ("查询员", "蒯思远", "借答复咨询推介中介收取好处", "Ⅲ级"),
    ])  # fmt: skip
    r = got.risks
    duties = dict(zip(r["risk_point"], r["duty"], strict=True))
    assert duties["为关系人插队办理、加急出证"] == "负责不动产权证书的缮证"
    assert duties["借答复咨询推介中介收取好处"] == "负责查询窗口的咨询解答"
    assert "POINTS_AMONG_DUTY_LINES" in set(got.issues["code"])
    no_errors(got)


def test_two_heading_rows_numbered_labels_and_own_measures(tmp_path):
    rows = [
        ["XX县自然资源局测绘队岗位廉政风险点一览表"],
        ["序号", "岗位信息", None, "岗位职责及廉政风险点", "防控措施"],
        [None, "岗位", "姓名", None, None],
        [1, "队长", "眭砚舟",
         "1.主持测绘队全面工作。\n风险点1：测绘成果审核签字把关不严（Ⅱ级）\n防控措施：成果实行两级审核，抽检留档。\n"
         "2.负责测绘外业任务分派。\n风险点2：外业任务分派优亲厚友（Ⅱ级）", "外业任务集体研究分派。"],
        [2, "测量员", "佘澜清",
         "1.负责宗地界址测量。\n2.负责测量数据的内业整理。\n风险点1：受请托调整界址点坐标（Ⅰ级）\n"
         "防控措施：界址点坐标双人复测，异常值说明存档。\n3.负责测量仪器的保管。\n"
         "风险点2：私用测量仪器承揽私活（Ⅱ级）", "仪器领用登记。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A2:A3", "B2:C2", "D2:D3", "E2:E3"])
    assert read(got) == sorted([
        ("队长", "眭砚舟", "测绘成果审核签字把关不严", "Ⅱ级"),
        ("队长", "眭砚舟", "外业任务分派优亲厚友", "Ⅱ级"),
        ("测量员", "佘澜清", "受请托调整界址点坐标", "Ⅰ级"),
        ("测量员", "佘澜清", "私用测量仪器承揽私活", "Ⅱ级"),
    ])  # fmt: skip
    r = got.risks
    measures = dict(zip(r["risk_point"], r["measures"], strict=True))
    assert measures["受请托调整界址点坐标"] == "界址点坐标双人复测，异常值说明存档。"
    assert measures["测绘成果审核签字把关不严"] == "成果实行两级审核，抽检留档。"
    assert measures["私用测量仪器承揽私活"] == "仪器领用登记。"  # (no line of its own: the row's)
    duties = dict(zip(r["risk_point"], r["duty"], strict=True))
    assert duties["受请托调整界址点坐标"] == "负责测量数据的内业整理"
    no_errors(got)


def test_labelled_duties_and_the_rows_level_column(tmp_path):
    rows = [
        ["XX县不动产登记中心窗口岗位风险防控表"],
        ["岗位", "姓名", "职责及风险", "风险等级", "防控措施", "备注"],
        ["收费员", "阙沐晴",
         "职责：按标准收取登记费。\n风险：多收、少收或不开票据截留现金\n职责：负责每日票款对账。\n"
         "风险：对账不实，延迟上缴\n职责：负责收费台账的登记。",
         "二级", "收费系统开票，日清日结。", ""],
        ["档案员", "濮以宁",
         "负责登记档案的接收入库\n风险：擅自抽换、涂改档案材料\n负责档案查阅借阅\n"
         "风险：违规借出原件（三级）",
         "二级", "查阅借阅登记审批。", "季度清点"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        ("收费员", "阙沐晴", "多收、少收或不开票据截留现金", "Ⅱ级"),
        ("收费员", "阙沐晴", "对账不实，延迟上缴", "Ⅱ级"),
        ("档案员", "濮以宁", "擅自抽换、涂改档案材料", "Ⅱ级"),
        ("档案员", "濮以宁", "违规借出原件", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)


def test_numbered_points_with_no_labels_read_as_before(tmp_path):
    rows = [
        ["XX县不动产登记中心岗位风险一览表"],
        ["岗位", "姓名", "廉政风险点", "防控措施"],
        ["登记审核员", "郦若岚", "1.违规受理登簿（一级）\n2.为关系人加急出证（二级）", "双人复核。"],
        ["查询员", "蒯思远", "违规提供产权信息", "凭证件查询。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1"])
    assert read(got) == sorted([
        ("登记审核员", "郦若岚", "违规受理登簿", "Ⅰ级"),
        ("登记审核员", "郦若岚", "为关系人加急出证", "Ⅱ级"),
        ("查询员", "蒯思远", "违规提供产权信息", ""),
    ])  # fmt: skip
    assert "POINTS_AMONG_DUTY_LINES" not in set(got.issues["code"])


def test_one_duty_and_one_risk_label_read_as_before(tmp_path):
    rows = [
        ["XX县自然资源局测绘队岗位风险表"],
        ["岗位", "姓名", "岗位职责及廉政风险点", "风险等级", "防控措施"],
        ["队长", "眭砚舟", "职责：主持测绘队全面工作\n风险点：测绘成果审核签字把关不严", "二级",
         "成果两级审核。"],
        ["测量员", "佘澜清", "职责：负责宗地界址测量\n风险点：受请托调整界址点坐标", "一级",
         "双人复测。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("队长", "眭砚舟", "测绘成果审核签字把关不严", "Ⅱ级"),
        ("测量员", "佘澜清", "受请托调整界址点坐标", "Ⅰ级"),
    ])  # fmt: skip
    assert "POINTS_AMONG_DUTY_LINES" not in set(got.issues["code"])
    no_errors(got)


def test_two_labelled_points_with_no_other_line_read_as_before(tmp_path):
    """'风险点：…⏎防控措施：…⏎风险点：…⏎防控措施：…' with no duty or plain line among them: not this
    shape; whole labelled pairs, a point each with its own measures (``_numbered_pairs``)."""
    cell = "风险点：受请托调整界址点坐标\n防控措施：双人复测。\n风险点：私用测量仪器承揽私活\n防控措施：领用登记。"
    rows = [
        ["XX县自然资源局测绘队岗位风险表"],
        ["岗位", "姓名", "风险点及防控措施", "风险等级"],
        ["测量员", "佘澜清", cell, "二级"],
        ["队长", "眭砚舟", "风险点：测绘成果审核把关不严\n防控措施：两级审核。", "二级"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1"])
    got_rows = read(got)
    assert ("队长", "眭砚舟", "测绘成果审核把关不严", "Ⅱ级") in got_rows
    # (the two-point cell: two records, nothing of the second left inside the first's measures)
    assert sorted(x for x in got_rows if x[0] == "测量员") == sorted(
        [
            ("测量员", "佘澜清", "私用测量仪器承揽私活", "Ⅱ级"),
            ("测量员", "佘澜清", "受请托调整界址点坐标", "Ⅱ级"),
        ]
    )
    assert "POINTS_AMONG_DUTY_LINES" not in set(got.issues["code"])
