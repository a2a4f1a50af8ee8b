"""A level column written in words the vocabulary already knows — the four-step 安全生产 scale
重大/较大/一般/低, or 高/中/低 — under a note that pairs each word with one of the three integrity
levels ('重大、较大风险列为一级…，一般风险列为二级…，低风险列为三级…'): the words read as the note
says, not on their usual meaning (较大 Ⅱ级, 一般 Ⅲ级), with one info ``LEVEL_FOLDED_BY_NOTE``.
Without this the reader read the words word by word and every step the note moves up came out one
level too low, silently (published batch 920).

Not the batch's 无线电管理站: a 县交通运输局's 排查表 with the bare steps 重大/较大/一般/低 and a
``说明：`` line saying ``列为``, a 县文化广电和旅游局's 清单 on 高/中/低 whose note folds 高 and 中
into 一级 ('高风险、中风险均对应一级…'), a 县医疗保障局's .ods 一览表 whose note stands above the
table ('较大风险点为一级'), other posts and names, written with tests/helpers.py and read back as
``collect_inbox`` reads a file. Tables that look a bit alike read as before: a note pairing only
some words (a warning ``LEVEL_NOTE_MAPS_SOME``), a note keeping the usual meaning, a note naming
the words and the levels without pairing them.
"""

from pathlib import Path

from helpers import write_ods, write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, sheet: str, rows: list[list], merges: list[str], ods: bool = False):
    inbox = tmp_path / "inbox"
    if ods:
        write_ods(inbox / "list.ods", {sheet: rows})
    else:
        write_workbook(inbox / "list.xlsx", {sheet: rows}, {sheet: merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


TRANSPORT = [
    ["XX县交通运输局岗位廉政风险排查表"],
    ["序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
    [1, "路政股", "股长", "邰望川", "超限运输车辆处罚随意减免", "重大", "处罚结果集体审议、公开。"],
    [2, "路政股", "股长", "邰望川", "路政许可收受申请人财物", "较大", "许可网上办理、全程留痕。"],
    [3, "路政股", "路政员", "甘砚舟", "巡查发现违章不报不处", "一般", "巡查记录双人签字。"],
    [4, "建设股", "股长", "郁清禾", "农村公路工程验收把关不严", "较大", "验收邀请第三方参加。"],
    [5, "建设股", "技术员", "訾南乔", "工程计量签证不实", "低", "计量资料交叉复核。"],
    ["说明：风险等级按安全生产风险分级划分为重大、较大、一般、低四级；重大、较大风险列为一级廉政风险，一般风险列为二级廉政风险，低风险列为三级廉政风险。"],
]  # fmt: skip
TRANSPORT_MERGES = ["A1:G1", "B3:B5", "C3:C4", "D3:D4", "B6:B7", "A8:G8"]
TRANSPORT_AS_NOTE = sorted([
    ("股长", "邰望川", "超限运输车辆处罚随意减免", "Ⅰ级"),
    ("股长", "邰望川", "路政许可收受申请人财物", "Ⅰ级"),
    ("路政员", "甘砚舟", "巡查发现违章不报不处", "Ⅱ级"),
    ("股长", "郁清禾", "农村公路工程验收把关不严", "Ⅰ级"),
    ("技术员", "訾南乔", "工程计量签证不实", "Ⅲ级"),
])  # fmt: skip
TRANSPORT_USUAL = sorted([
    ("股长", "邰望川", "超限运输车辆处罚随意减免", "Ⅰ级"),
    ("股长", "邰望川", "路政许可收受申请人财物", "Ⅱ级"),
    ("路政员", "甘砚舟", "巡查发现违章不报不处", "Ⅲ级"),
    ("股长", "郁清禾", "农村公路工程验收把关不严", "Ⅱ级"),
    ("技术员", "訾南乔", "工程计量签证不实", "Ⅲ级"),
])  # fmt: skip


def _transport(note: str) -> list[list]:
    return [*map(list, TRANSPORT[:-1]), [note]]


def test_bare_four_steps_folded_by_a_note_saying_listed_as(tmp_path):
    got = run(tmp_path, "排查表", [list(r) for r in TRANSPORT], TRANSPORT_MERGES)
    assert read(got) == TRANSPORT_AS_NOTE
    no_errors(got)
    said = got.issues[got.issues["code"] == "LEVEL_FOLDED_BY_NOTE"]
    assert len(said) == 1, got.issues.to_dict("records")
    message = said["message"].iloc[0]
    assert "较大=Ⅰ级" in message and "一般=Ⅱ级" in message and "列为一级廉政风险" in message
    assert said["cell"].iloc[0] == "A8"


CULTURE = [
    ["XX县文化广电和旅游局廉政风险防控清单"],
    ["科室", "岗位", "责任人", "风险点", "风险程度", "防控措施"],
    ["市场科", "科长", "郏听澜", "文化市场执法检查选择性执法", "高", "随机抽取检查对象。"],
    ["市场科", "科员", "鄢知秋", "娱乐场所许可审查放宽条件", "中", "许可条件清单公开。"],
    ["非遗科", "科长", "阙晚舟", "非遗项目补助资金分配不公", "中", "补助对象公示。"],
    ["非遗科", "科员", "乜远山", "传承人认定材料把关不严", "低", "专家评审，集体决定。"],
    ["注：高风险、中风险均对应一级风险，低风险对应二级风险。"],
]  # fmt: skip


def test_high_and_middle_folded_into_the_first_level(tmp_path):
    got = run(tmp_path, "清单", [list(r) for r in CULTURE], ["A1:F1", "A7:F7"])
    assert read(got) == sorted([
        ("科长", "郏听澜", "文化市场执法检查选择性执法", "Ⅰ级"),
        ("科员", "鄢知秋", "娱乐场所许可审查放宽条件", "Ⅰ级"),
        ("科长", "阙晚舟", "非遗项目补助资金分配不公", "Ⅰ级"),
        ("科员", "乜远山", "传承人认定材料把关不严", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert list(got.issues["code"]).count("LEVEL_FOLDED_BY_NOTE") == 1


MEDICAL = [
    ["XX县医疗保障局岗位廉政风险点一览表"],
    ["说明：较大风险点为一级，一般风险点为二级，低风险点为三级。"],
    ["岗位", "姓名", "廉政风险点", "等级", "防控措施"],
    ["局长", "佘鸣珂", "定点医药机构准入审批违规干预", "较大风险", "准入评审集体研究。"],
    ["基金股股长", "逄映雪", "医保基金拨付不按进度、优亲厚友", "一般风险", "拨付双人审核、按月公开。"],
    ["稽核员", "酆子衿", "稽核中发现欺诈骗保隐瞒不报", "较大风险", "稽核结果交叉复查。"],
    ["经办员", "蒯惊鸿", "参保登记信息录入不实", "低风险", "信息系统自动校验。"],
]  # fmt: skip


def test_an_ods_copy_with_the_note_above_the_table(tmp_path):
    got = run(tmp_path, "一览表", [list(r) for r in MEDICAL], [], ods=True)
    assert read(got) == sorted([
        ("局长", "佘鸣珂", "定点医药机构准入审批违规干预", "Ⅰ级"),
        ("基金股股长", "逄映雪", "医保基金拨付不按进度、优亲厚友", "Ⅱ级"),
        ("稽核员", "酆子衿", "稽核中发现欺诈骗保隐瞒不报", "Ⅰ级"),
        ("经办员", "蒯惊鸿", "参保登记信息录入不实", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "LEVEL_FOLDED_BY_NOTE" in codes(got)


def test_a_note_pairing_some_words_only_reads_as_before_with_a_warning(tmp_path):
    note = "说明：重大、较大风险列为一级廉政风险，由局主要领导直接监控。"
    got = run(tmp_path, "排查表", _transport(note), TRANSPORT_MERGES)
    assert read(got) == TRANSPORT_USUAL
    no_errors(got)
    assert "LEVEL_FOLDED_BY_NOTE" not in codes(got)
    warned = got.issues[got.issues["code"] == "LEVEL_NOTE_MAPS_SOME"]
    assert len(warned) == 1 and (warned["severity"] == "warning").all()
    assert "一般、低" in warned["message"].iloc[0]


def test_a_note_keeping_the_usual_meaning_or_pairing_nothing_reads_as_before(tmp_path):
    for i, note in enumerate((
        "说明：重大风险为一级，较大风险为二级，一般风险和低风险为三级。",
        "说明：重大、较大风险点由分管领导负责，一级、二级风险每季度检查一次。",
        "说明：风险等级分为重大、较大、一般、低四级，较大以上风险点须报纪检组备案。",
    )):  # fmt: skip
        got = run(tmp_path / str(i), "排查表", _transport(note), TRANSPORT_MERGES)
        assert read(got) == TRANSPORT_USUAL, note
        no_errors(got)
        assert not codes(got) & {"LEVEL_FOLDED_BY_NOTE", "LEVEL_NOTE_MAPS_SOME"}, note


def test_grades_under_a_note_counting_them_are_no_pairs(tmp_path):
    """'分为三级：一级为最低' counts the grades and names an end (the ordering rule's business):
    a column already written in grades is paired with nothing here."""
    rows = [list(r) for r in CULTURE]
    for r in rows[2:6]:
        r[4] = {"高": "三级", "中": "二级", "低": "一级"}[r[4]]
    rows[-1] = ["说明：风险等级分为三级：一级为最低，三级为最高。"]
    got = run(tmp_path, "清单", rows, ["A1:F1", "A7:F7"])
    no_errors(got)
    assert not codes(got) & {"LEVEL_FOLDED_BY_NOTE", "LEVEL_NOTE_MAPS_SOME"}


def test_what_the_hundred_and_twenty_ninth_review_found_a_word_inside_another(tmp_path):
    """A note on 高/中/低 whose 一级 follows a word ending in one of them ('注：表中为一级风险的，由
    主要负责人督办。', '其中列为一级的…'): the 中 of 表中 had been read as the note pairing 中 with
    一级 — a false LEVEL_NOTE_MAPS_SOME warning, and with a note pairing 高 and 低 too, the column
    would have been re-graded. A one-character level word is one only standing apart (after a
    stop, a 、 or the line's start) or before its 风险/等级."""
    rows = [list(r) for r in CULTURE]
    rows[-1] = ["注：表中为一级风险的，由主要负责人督办；其中列为一级风险的每季度检查一次。"]
    got = run(tmp_path, "清单", rows, ["A1:F1", "A7:F7"])
    assert [lv for *_, lv in read(got)] == ["Ⅲ级", "Ⅱ级", "Ⅰ级", "Ⅱ级"]
    assert not {"LEVEL_NOTE_MAPS_SOME", "LEVEL_FOLDED_BY_NOTE"} & codes(got)
    rows[-1] = ["注：低风险为三级；表中为一级风险的，由主要负责人督办；高风险为二级。"]
    got = run(tmp_path / "b", "清单", rows, ["A1:F1", "A7:F7"])
    assert "LEVEL_FOLDED_BY_NOTE" not in codes(got)
    assert "LEVEL_NOTE_MAPS_SOME" in codes(got)  # (高=Ⅱ级 said, 中 not)


def test_what_the_hundred_and_twenty_ninth_review_found_general_as_an_adverb(tmp_path):
    """'一般' as 'generally' in a note beside the 重大/较大/一般/低 scale ('注：本局各岗位风险等级一般
    为二级，重点岗位为一级。', '风险等级一般按二级管理'): had been read as pairing the level word 一般
    with 二级 — a false LEVEL_NOTE_MAPS_SOME (and beside a note pairing the other three, 一般
    re-graded). A level word glued to a word before it pairs only before its 风险 or a joined
    word ('其中重大、较大列为一级' still folds)."""
    for i, note in enumerate(
        (
            "注：本局各岗位风险等级一般为二级，重点岗位为一级。",
            "说明：风险等级一般按二级管理，个别岗位按一级管理。",
        )
    ):
        rows = [list(r) for r in TRANSPORT]
        rows[-1] = [note]
        got = run(tmp_path / str(i), "排查表", rows, ["A1:G1"])
        assert sorted(lv for *_, lv in read(got)) == ["Ⅰ级", "Ⅱ级", "Ⅱ级", "Ⅲ级", "Ⅲ级"], note
        assert not {"LEVEL_NOTE_MAPS_SOME", "LEVEL_FOLDED_BY_NOTE"} & codes(got), note
    rows = [list(r) for r in TRANSPORT]
    rows[-1] = ["注：其中重大、较大列为一级，一般为二级，低为三级。"]
    got = run(tmp_path / "c", "排查表", rows, ["A1:G1"])
    assert "LEVEL_FOLDED_BY_NOTE" in codes(got)
