"""A duty column under a holder's band ('责任清单' over '责任岗位 | 责任人 | 责任事项'): what the post
does ('负责受理登记'), short or long, is never glued onto the post ('科员负责受理登记'), so one
holder with two duties stays one post; where no other column holds the duty it is the row's duty.

Not the published batch's file (a 交通运输局's “三单合一” with 权力清单 / 风险防控清单 bands and
股长/科员 of 运输股, 建设股 …): a 市场监督管理局's and a 自然资源所's lists, other posts (所长, 审核员,
登记员, 执法队员), other names, level words 高/中/低 and ★, the holder's name first in one band, a
科室 inside the band in another, written with xlsxwriter (tests/helpers.py) and read back as
``collect_inbox`` reads a file.
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
    write_workbook(inbox / "list.xlsx", {"清单": rows}, {"清单": merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


def test_duty_under_a_band_beside_post_and_holder_is_no_part_of_the_post(tmp_path):
    """'职责清单 | 责任清单 | 风险防控清单' bands; '责任内容' short on some rows, long on others."""
    rows = [
        ["XX县市场监督管理局职责清单与廉政风险防控清单"],
        ["序号", "职责清单", None, "责任清单", None, None, "风险防控清单", None, None],
        [None, "事项名称", "承办科室", "责任岗位", "责任人", "责任内容", "廉政风险点", "风险等级", "防控措施"],
        ["1", "食品经营许可", "许可科", "审核员", "庞曦蔚", "负责现场核查", "核查走过场，违规通过", "高",
         "核查双人进行，留存影像。"],
        [None, None, None, "登记员", "訾沐晗", "负责受理登记、材料初审并一次性告知补正", "受理时故意拖延刁难",
         "中", "窗口限时办结，全程留痕。"],
        [None, None, None, "审核员", "庞曦蔚", "负责许可意见复核", "为亲友违规加快审批", "中",
         "复核意见与材料一并存档。"],
        ["2", "特种设备监督检查", "特设科", "执法队员", "詹柘岩", "负责组织现场检查", "接受被检单位宴请",
         "低", "检查两人以上，结果公示。"],
    ]  # fmt: skip
    merges = ["A1:I1", "A2:A3", "B2:C2", "D2:F2", "G2:I2", "A4:A6", "B4:B6", "C4:C6"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("审核员", "庞曦蔚", "核查走过场，违规通过", "Ⅰ级"),
        ("登记员", "訾沐晗", "受理时故意拖延刁难", "Ⅱ级"),
        ("审核员", "庞曦蔚", "为亲友违规加快审批", "Ⅱ级"),
        ("执法队员", "詹柘岩", "接受被检单位宴请", "Ⅲ级"),
    ])  # fmt: skip
    assert got.risks["person"].value_counts()["庞曦蔚"] == 2
    no_errors(got)


ALONE = [
    ["XX镇自然资源所岗位廉政风险防控表"],
    ["序号", "岗位责任", None, None, "廉政风险点", "风险等级", "防控措施"],
    [None, "姓名", "岗位", "责任事项", None, None, None],
    ["1", "温筠澈", "所长", "负责审核宅基地申请", "违规为不符合条件的农户出具审核意见", "★★★",
     "审核意见集体研究。"],
    ["2", "温筠澈", "所长", "负责执法巡查", "巡查发现违建不制止、不上报", "★★", "巡查记录每周上报。"],
    ["3", "籍澜沂", "测绘员", "负责宗地测量、界址核对和图件绘制", "测量数据弄虚作假", "★",
     "测量成果双人复核。"],
]  # fmt: skip


def test_holder_first_in_the_band_and_the_duty_the_rows_own(tmp_path):
    """'姓名 | 岗位 | 责任事项' under one band (the name first), no other duty column: the row's
    duty is the 责任事项 cell, the post bare."""
    merges = ["A1:G1", "A2:A3", "B2:D2", "E2:E3", "F2:F3", "G2:G3"]
    got = run(tmp_path, ALONE, merges)
    assert read(got) == sorted([
        ("所长", "温筠澈", "违规为不符合条件的农户出具审核意见", "Ⅰ级"),
        ("所长", "温筠澈", "巡查发现违建不制止、不上报", "Ⅱ级"),
        ("测绘员", "籍澜沂", "测量数据弄虚作假", "Ⅲ级"),
    ])  # fmt: skip
    assert sorted(got.risks["duty"]) == sorted(
        ["负责审核宅基地申请", "负责执法巡查", "负责宗地测量、界址核对和图件绘制"]
    )
    no_errors(got)


def test_a_keshi_inside_the_band_and_a_further_column(tmp_path):
    """'责任清单' over '科室 | 岗位 | 责任人 | 主要责任事项' and a 备注 column after the list."""
    rows = [
        ["XX县市场监督管理局廉政风险点登记表"],
        ["序号", "责任清单", None, None, None, "廉政风险点", "风险等级", "防控措施", "备注"],
        [None, "科室", "岗位", "责任人", "主要责任事项", None, None, None, None],
        ["1", "价监科", "科长", "鄢霁川", "负责价格举报处理", "对举报线索压案不查", "高", "举报件编号登记。", ""],
        ["2", "价监科", "科员", "阙沁瑶", "负责收费检查", "检查中收受好处", "中", "检查全程记录。", "新任"],
    ]  # fmt: skip
    merges = ["A1:I1", "A2:A3", "B2:E2", "F2:F3", "G2:G3", "H2:H3", "I2:I3"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("科长", "鄢霁川", "对举报线索压案不查", "Ⅰ级"),
        ("科员", "阙沁瑶", "检查中收受好处", "Ⅱ级"),
    ])  # fmt: skip
    assert set(got.risks["department"]) == {"价监科"}
    no_errors(got)


def test_post_and_duty_in_one_column_is_split_as_before(tmp_path):
    """'岗位及职责' one column ('所长⏎负责…'): the existing split, as before the rule."""
    rows = [
        ["XX镇自然资源所岗位廉政风险防控表"],
        ["序号", "岗位及职责", "姓名", "廉政风险点", "风险等级", "防控措施"],
        ["1", "所长\n负责审核宅基地申请及农房建设规划许可", "温筠澈", "违规出具审核意见", "高", "集体研究。"],
        ["2", "测绘员\n负责宗地测量、界址核对和图件绘制", "籍澜沂", "测量数据弄虚作假", "低", "双人复核。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        ("所长", "温筠澈", "违规出具审核意见", "Ⅰ级"),
        ("测绘员", "籍澜沂", "测量数据弄虚作假", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)


def test_a_post_cell_already_holding_its_charge_stays_as_written(tmp_path):
    """'责任清单' over '责任岗位 | 责任人' only, the post's cell '副所长（分管测绘）': as before."""
    rows = [
        ["XX镇自然资源所岗位廉政风险防控表"],
        ["序号", "责任清单", None, "廉政风险点", "风险等级", "防控措施"],
        [None, "责任岗位", "责任人", None, None, None],
        ["1", "副所长（分管测绘）", "仉砚秋", "测绘成果审核把关不严", "中", "成果抽查复核。"],
        ["2", "所长", "温筠澈", "违规出具审核意见", "高", "集体研究。"],
    ]  # fmt: skip
    merges = ["A1:F1", "A2:A3", "B2:C2", "D2:D3", "E2:E3", "F2:F3"]
    got = run(tmp_path, rows, merges)
    got_rows = read(got)
    assert ("所长", "温筠澈", "违规出具审核意见", "Ⅰ级") in got_rows
    assert len(got_rows) == 2
    assert any(t.startswith("副所长") and p == "仉砚秋" for t, p, _, _ in got_rows)
    no_errors(got)


def test_what_the_hundred_and_twenty_eighth_review_found_duty_headings_written_otherwise(tmp_path):
    """The duty's sub-heading written '职责范围', '职责分工', '责任事项及内容', '责任事项（内容）',
    '履职内容' or '负责事项' under '责任清单': the rule knew only '责任事项', '责任内容', '…职责'
    (its '履职事项' never reached, the cheap test asking for a 责), and glued the duty onto the
    post ('所长负责审核宅基地申请'), one holder split in two. A bare '主要责任' / '直接责任' stays
    no duty: under a 责任人 band such columns hold names."""
    for sub in (
        "职责范围",
        "职责分工",
        "责任事项及内容",
        "责任事项（内容）",
        "履职内容",
        "负责事项",
    ):
        rows = [
            ["XX镇自然资源所岗位廉政风险防控表"],
            ["序号", "廉政风险点", "责任清单", None, None, "风险等级", "防控措施"],
            [None, None, "责任岗位", "责任人", sub, None, None],
            ["1", "违规为不符合条件的农户出具审核意见", "所长", "温筠澈", "负责审核宅基地申请", "高", "集体研究。"],
            ["2", "巡查发现违建不制止、不上报", "所长", "温筠澈", "负责执法巡查", "中", "巡查记录存档。"],
            ["3", "测量数据弄虚作假", "测绘员", "籍澜沂", "负责宗地测量", "低", "双人复核。"],
        ]  # fmt: skip
        merges = ["A1:G1", "A2:A3", "B2:B3", "C2:E2", "F2:F3", "G2:G3"]
        got = run(tmp_path / str(len(sub)) / sub, rows, merges)
        assert read(got) == sorted([
            ("所长", "温筠澈", "违规为不符合条件的农户出具审核意见", "Ⅰ级"),
            ("所长", "温筠澈", "巡查发现违建不制止、不上报", "Ⅱ级"),
            ("测绘员", "籍澜沂", "测量数据弄虚作假", "Ⅲ级"),
        ]), sub  # fmt: skip
        duties = sorted(["负责审核宅基地申请", "负责执法巡查", "负责宗地测量"])
        assert sorted(got.risks["duty"]) == duties, sub
        no_errors(got)
