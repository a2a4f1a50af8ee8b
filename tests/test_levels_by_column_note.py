"""A list with no level column whose grade stands only in another column each row fills (how often
it is checked: '每周' / '每月' / '每两月'), tied to the grades by a note under the table
('督查频次为每周的为一级风险点，每月的为二级，每两月的为三级'): each row takes the level of the
clause naming its value (info ``LEVEL_BY_COLUMN_NOTE``); a value the note does not name keeps its
blank level (``LEVEL_BLANK``, as before).

Not the published batch's table (a 住房公积金管理部's 分级防控表, ``监督检查频次`` 每月/每季度/每半年
under one heading row, 科室/岗位/姓名 merged per person, 一级/二级/三级): a 县医疗保障局 and a
县林业和草原局, other posts and names, ``监督检查频率`` / ``监督方式`` / ``监督检查周期`` with 每周/每月/
每两月/每季度/每年, two heading rows, an extra 备注 column, 高/中/低 in the note; written with
xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file.
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
    write_workbook(inbox / "list.xlsx", {"防控表": rows}, {"防控表": merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got, severity: str | None = None) -> list[str]:
    issues = got.issues
    if severity:
        issues = issues[issues["severity"] == severity]
    return list(issues["code"])


MEDICAL = [
    ["县医疗保障局岗位廉政风险防控表"],
    ["序号", "科室", "岗位", "姓名", "风险点", "防控措施", "监督检查频率"],
    [
        1,
        "局领导",
        "局长",
        "桂澜舟",
        "定点医药机构协议管理中打招呼、说情",
        "协议签订集体研究。",
        "每周",
    ],
    [2, "局领导", "局长", "桂澜舟", "基金支出审批把关不严", "大额支出党组会审议。", "每月"],
    [
        3,
        "基金监管股",
        "股长",
        "甘知夏",
        "飞行检查发现问题不移交、降格处理",
        "检查结果全程留痕。",
        "每周",
    ],
    [4, "基金监管股", "股长", "甘知夏", "对违规医院罚款自由裁量不规范", "执行裁量基准。", "每两月"],
    [5, "待遇保障股", "科员", "龚若岚", "异地就医备案审核不严", "系统比对身份信息。", "每两月"],
    ["注：督查频次为每周的为一级风险点，每月的为二级，每两月的为三级。"],
]
MEDICAL_MERGES = ["A1:G1", "A8:G8"]
MEDICAL_READ = sorted([
    ("局长", "桂澜舟", "定点医药机构协议管理中打招呼、说情", "Ⅰ级"),
    ("局长", "桂澜舟", "基金支出审批把关不严", "Ⅱ级"),
    ("股长", "甘知夏", "飞行检查发现问题不移交、降格处理", "Ⅰ级"),
    ("股长", "甘知夏", "对违规医院罚款自由裁量不规范", "Ⅲ级"),
    ("科员", "龚若岚", "异地就医备案审核不严", "Ⅲ级"),
])  # fmt: skip


def test_rows_take_the_level_the_note_gives_their_frequency(tmp_path):
    got = run(tmp_path, MEDICAL, MEDICAL_MERGES)
    assert read(got) == MEDICAL_READ
    assert not codes(got, "error"), got.issues.to_dict("records")
    assert codes(got).count("LEVEL_BY_COLUMN_NOTE") == 1
    said = got.issues[got.issues["code"] == "LEVEL_BY_COLUMN_NOTE"]["message"].iloc[0]
    assert "监督检查频率" in said and "每两月" in said


def test_two_heading_rows_and_frequency_merged_down(tmp_path):
    rows = [
        ["县林业和草原局廉政风险分级防控表"],
        ["岗位", "责任人", "廉政风险点", "风险防控", None],
        [None, None, None, "防控措施", "监督方式"],
        ["局长", "雍暮舟", "林地征占用审核违规", "征占用项目党组会集体研究。", "每季度"],
        ["局长", "雍暮舟", "生态护林员选聘优亲厚友", "选聘结果公示。", "每季度"],
        ["资源股股长", "滕晚晴", "采伐证发放不按限额", "采伐限额台账公开。", "每月"],
        ["资源股股长", "滕晚晴", "林木检尺弄虚作假", "双人检尺，抽查复核。", "每年"],
        ["说明：每月检查的定为一级风险，每季度检查的定为二级风险，每年检查的定为三级风险。"],
    ]
    got = run(tmp_path, rows, ["A1:E1", "D2:E2", "A2:A3", "B2:B3", "C2:C3", "E4:E5", "A9:E9"])
    assert read(got) == sorted([
        ("局长", "雍暮舟", "林地征占用审核违规", "Ⅱ级"),
        ("局长", "雍暮舟", "生态护林员选聘优亲厚友", "Ⅱ级"),
        ("资源股股长", "滕晚晴", "采伐证发放不按限额", "Ⅰ级"),
        ("资源股股长", "滕晚晴", "林木检尺弄虚作假", "Ⅲ级"),
    ])  # fmt: skip
    assert not codes(got, "error"), got.issues.to_dict("records")
    assert codes(got).count("LEVEL_BY_COLUMN_NOTE") == 1


def test_an_extra_column_and_high_middle_low_in_the_note(tmp_path):
    rows = [
        ["县医疗保障局经办中心风险点台账"],
        ["科室", "岗位", "姓名", "风险点", "防控措施", "监督检查周期", "备注"],
        ["稽核科", "稽核员", "蒯若川", "稽核中收受医院好处", "稽核结果交叉复核。", "每周", "重点"],
        ["稽核科", "稽核员", "蒯若川", "稽核底稿随意改动", "底稿归档锁定。", "每季度", ""],
        ["结算科", "结算员", "芮清禾", "手工报销重复支付", "系统查重。", "每月", ""],
        ["注：监督检查每周的均为高风险；每月的均为中风险；每季度的均为低风险。"],
    ]
    got = run(tmp_path, rows, ["A1:G1", "A6:G6"])
    assert read(got) == sorted([
        ("稽核员", "蒯若川", "稽核中收受医院好处", "Ⅰ级"),
        ("稽核员", "蒯若川", "稽核底稿随意改动", "Ⅲ级"),
        ("结算员", "芮清禾", "手工报销重复支付", "Ⅱ级"),
    ])  # fmt: skip
    assert not codes(got, "error"), got.issues.to_dict("records")


def test_a_value_the_note_does_not_name_stays_blank(tmp_path):
    rows = [r[:] for r in MEDICAL]
    rows[6] = [
        5,
        "待遇保障股",
        "科员",
        "龚若岚",
        "异地就医备案审核不严",
        "系统比对身份信息。",
        "每年",
    ]
    got = run(tmp_path, rows, MEDICAL_MERGES)
    assert ("科员", "龚若岚", "异地就医备案审核不严", "") in read(got)
    assert ("股长", "甘知夏", "对违规医院罚款自由裁量不规范", "Ⅲ级") in read(got)
    assert codes(got, "error") == ["LEVEL_BLANK"]
    assert codes(got).count("LEVEL_BY_COLUMN_NOTE") == 1


def test_a_written_level_column_is_read_as_written(tmp_path):
    rows = [r[:] for r in MEDICAL]
    rows[1] = rows[1][:6] + ["风险等级", "监督检查频率"]
    levels = ["三级", "三级", "二级", "一级", "一级"]
    for i, lv in enumerate(levels, 2):
        rows[i] = rows[i][:6] + [lv, rows[i][6]]
    got = run(tmp_path, rows, ["A1:H1", "A8:H8"])
    assert read(got) == sorted([
        ("局长", "桂澜舟", "定点医药机构协议管理中打招呼、说情", "Ⅲ级"),
        ("局长", "桂澜舟", "基金支出审批把关不严", "Ⅲ级"),
        ("股长", "甘知夏", "飞行检查发现问题不移交、降格处理", "Ⅱ级"),
        ("股长", "甘知夏", "对违规医院罚款自由裁量不规范", "Ⅰ级"),
        ("科员", "龚若岚", "异地就医备案审核不严", "Ⅰ级"),
    ])  # fmt: skip
    assert "LEVEL_BY_COLUMN_NOTE" not in codes(got)
    assert not codes(got, "error"), got.issues.to_dict("records")


def test_a_note_naming_no_values_of_a_column_leaves_levels_blank(tmp_path):
    rows = [r[:] for r in MEDICAL]
    rows[7] = ["注：由局长审批的为一级风险点，由股长审批的为二级风险点。督查频次由纪检组确定。"]
    got = run(tmp_path, rows, MEDICAL_MERGES)
    assert {lv for *_x, lv in read(got)} == {""}
    assert "LEVEL_BY_COLUMN_NOTE" not in codes(got)
    assert codes(got, "error") == ["LEVEL_BLANK"] * 5
