"""A point's or measures' cell that opens with its own column's label: '风险点：…' under
``风险点``, '防控措施：…' or '措施：…' under ``防控措施``, or a cell of both ('风险点：…。防控措施：…'
under ``风险点及防控措施``). The label is the heading said again, not the text: the point and
the measures are what follows it (before, '风险点：' stayed at the head of every point, and the
first of two points written in one cell with its measures kept it while the second lost it). A
cell that is the label alone stays as written; a label inside the text is the text's.

Not the probe the kind was found by (an 办公室's 主任 with '风险点：公文运转泄密'): a 县医保局's
一览表, other posts, names and words, written with xlsxwriter (tests/helpers.py) and read back as
``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(tmp_path: Path, head: list[str], cells: list[list[str]]):
    rows = [["某县医疗保障局岗位廉政风险防控一览表"], ["序号", "股室", "岗位", "姓名", *head]]
    for i, c in enumerate(cells):
        rows.append([i + 1, "基金监管股", "股长", "端木知遥", *c])
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "list.xlsx", {"一览表": rows})
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def _points(got) -> list[tuple[str, str]]:
    r = got.risks
    return list(zip(r["risk_point"], r["measures"], strict=True))


def test_the_columns_own_label_before_each_cell_is_not_the_text(tmp_path):
    got = _collect(tmp_path, ["风险点", "风险类型", "风险等级", "防控措施"], [
        ["风险点：定点医药机构检查走过场", "岗位职责", "一级", "防控措施：双人检查，全程记录。"],
        ["廉政风险点:违规拨付医保基金", "制度机制", "二级", "措施：集体研究，留痕管理。"],
        ["医保结算中虚报冒领", "岗位职责", "二级", "主要防控措施： 定期对账。"],
    ])  # fmt: skip
    assert _points(got) == [
        ("定点医药机构检查走过场", "双人检查，全程记录。"),
        ("违规拨付医保基金", "集体研究，留痕管理。"),
        ("医保结算中虚报冒领", "定期对账。"),
    ]


def test_a_point_and_its_measures_in_one_cell_each_lose_their_label(tmp_path):
    got = _collect(tmp_path, ["风险点及防控措施", "风险类型", "风险等级"], [
        ["风险点：定点医药机构检查走过场。防控措施：双人检查。", "岗位职责", "一级"],
        ["风险点：违规拨付医保基金。\n防控措施：集体研究。", "制度机制", "二级"],
    ])  # fmt: skip
    assert _points(got) == [
        ("定点医药机构检查走过场", "双人检查。"),  # (cut at the label: its full stop with it)
        ("违规拨付医保基金。", "集体研究。"),
    ]


def test_a_label_inside_the_text_or_alone_stays(tmp_path):
    got = _collect(tmp_path, ["风险点", "风险类型", "风险等级", "防控措施"], [
        ["稽核中发现的风险点：未及时移交", "岗位职责", "一级", "建立移交台账"],
        ["风险点：", "岗位职责", "二级", "措施："],
    ])  # fmt: skip
    assert _points(got)[0] == ("稽核中发现的风险点：未及时移交", "建立移交台账")
    assert _points(got)[1:] in ([("风险点：", "措施：")], [])
