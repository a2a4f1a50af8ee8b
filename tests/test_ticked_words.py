"""A level or type cell that prints the choices and ticks one with no boxes: '较高 一般√ 较低',
'√三级', '一级（ ）二级（√）三级（ ）', '思想道德 岗位职责√'. The value is the word the tick is
written against: a tick in brackets is the word's before it, a bare tick the word it touches (or
the only word written). Before, the first word of the cell was taken ('较高 一般√ 较低' read 较高,
'一级（ ）二级（√）' read 一级: a level silently wrong) and a lone '二级√' or '√岗位职责' was no value.
A tick touching two words ('高√中低') or ticks on two levels leave the cell unread, LEVEL_UNKNOWN
at it (asked, not guessed); types may be ticked several at once. Cells with boxes ('□高 ☑中')
read as before (``ticked_choices``), and a cell that is not values and ticks alone ('已核实√').

Not the probe the kind was found by (高/中/低 with ticks in an 办公室's list): a 县水利局's 一览表
in 一级/二级/三级 and 较高/一般/较低, other posts and names, written with xlsxwriter
(tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config

HEAD = ["序号", "股室", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施"]
POINTS = ["河道采砂许可把关不严", "水利工程验收走过场", "防汛物资采购虚报数量", "水资源费减免不按规定",
          "工程款拨付优亲厚友", "取水许可审查吃拿卡要", "河道执法选择性处罚", "农田水利项目虚报冒领"]  # fmt: skip


def _collect(tmp_path: Path, cells: list[tuple[str, str]]):
    rows = [["某县水利局岗位廉政风险防控一览表"], HEAD]
    for i, (kind, level) in enumerate(cells):
        who = ("工程股", "股长", "申屠砚秋") if i < 4 else ("水政股", "科员", "闾丘怀瑾")
        rows.append([i + 1, *who, POINTS[i], kind, level, "集体研究，全程留痕。"])
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "list.xlsx", {"一览表": rows})
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def _read(got, column: str) -> list[str]:
    return list(got.risks[column])


def _errors_at(got, code: str) -> list[str]:
    issues = got.issues
    return list(issues[issues["code"] == code]["cell"])


def test_a_tick_by_one_of_the_printed_levels_gives_that_level(tmp_path):
    got = _collect(tmp_path, [
        ("岗位职责", "一级 二级√ 三级"),
        ("岗位职责", "一级（ ）二级（ ）三级（√）"),
        ("岗位职责", "较高 一般 较低√"),
        ("岗位职责", "√较高 一般 较低"),
        ("岗位职责", "二级√"),
        ("岗位职责", "√三级"),
        ("岗位职责", "一般 ✓"),
        ("岗位职责", "风险等级：较高✔"),
    ])  # fmt: skip
    assert _read(got, "risk_level") == ["Ⅱ级", "Ⅲ级", "Ⅲ级", "Ⅱ级", "Ⅱ级", "Ⅲ级", "Ⅲ级", "Ⅱ级"]
    assert not _errors_at(got, "LEVEL_UNKNOWN")


def test_a_tick_that_could_be_two_words_is_asked_not_guessed(tmp_path):
    got = _collect(tmp_path, [
        ("岗位职责", "一级√二级三级"),  # (touching 一级 and 二级)
        ("岗位职责", "一级√ 二级√ 三级"),  # (two levels ticked)
        ("岗位职责", "一级 √ 二级 三级"),  # (set apart among three)
        ("岗位职责", "二级"),
    ])  # fmt: skip
    assert _read(got, "risk_level") == ["", "", "", "Ⅱ级"]
    assert _errors_at(got, "LEVEL_UNKNOWN") == ["G3", "G4", "G5"]


def test_types_ticked_among_the_printed_types(tmp_path):
    got = _collect(tmp_path, [
        ("思想道德 制度机制 岗位职责√", "一级"),
        ("思想道德（√）制度机制（ ）岗位职责（ ）", "二级"),
        ("思想道德√ 制度机制 岗位职责√", "三级"),
        ("√制度机制", "一级"),
        ("思想道德√制度机制岗位职责", "二级"),  # (touching two: asked)
    ])  # fmt: skip
    assert _read(got, "risk_type") == [
        "岗位职责风险", "思想道德风险", "思想道德风险;岗位职责风险", "制度机制风险", ""
    ]  # fmt: skip
    assert _errors_at(got, "TYPE_UNKNOWN") == ["F7"]


def test_boxes_and_ticked_notes_read_as_before(tmp_path):
    got = _collect(tmp_path, [
        ("岗位职责", "□一级 ☑二级 □三级"),
        ("岗位职责", "一级□ 二级□ 三级☑"),
        ("岗位职责", "一级（已复核√）"),
    ])  # fmt: skip
    assert _read(got, "risk_level") == ["Ⅱ级", "Ⅲ级", "Ⅰ级"]
