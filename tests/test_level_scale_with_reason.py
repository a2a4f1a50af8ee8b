"""A level column whose cells each open with a word of a three-step scale the table uses whole
(``[level_scales]``: ``较大/一般/较小``, ``重要/较重要/一般``, ``较高/一般/较低`` …) and go on, in the
same cell, with the reason for it after a colon, a comma, a semicolon or a full stop (``较大，涉及
征收补偿资金``, ``一般：有一定裁量空间``, ``较小。发生概率低``): the opening words — with any cell of
the column that writes its word alone — are read as the scale, top to bottom Ⅰ/Ⅱ/Ⅲ, not word by
word through the vocabulary (where ``较大`` is Ⅱ级 and ``一般`` Ⅲ级), the reason kept in the raw text
only. Said once a column (info LEVEL_SCALE_WITH_REASON at its first cell, naming the words read and
the number of cells). Two of a scale's words and a note naming all three are the scale too.

Not the published batch's file (batch1007: a 农业农村局's ``较高/一般/较低``): a 县自然资源局's
``较大/一般/较小`` after ``，`` and ``：``, one cell writing its word alone; a 县医疗保障局's
``重要/较重要/一般`` (words the vocabulary does not know at all); a 县司法局's two words and a note.
Near-misses read as before: reasons after ``高/中/低`` (no scale: the vocabulary), two words of a
scale with no note (the vocabulary: ``较大`` Ⅱ级, ``一般`` Ⅲ级), a scale's words beside a word of no
scale in the same column, and a column of the scale's words alone (LEVEL_SCALE, as before).
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

HEAD = ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"]


def run(tmp_path: Path, rows: list, note: str | None = None):
    inbox = tmp_path / "inbox"
    table = [["县岗位廉政风险防控表", *([None] * 6)], HEAD, *rows]
    if note:
        table.append([note, *([None] * 6)])
    write_workbook(inbox / "清单.xlsx", {"清单": table})
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def levels(got) -> list[tuple[str, str]]:
    return [tuple(r) for r in got.risks[["risk_point", "risk_level"]].itertuples(index=False)]


def said(got, code: str) -> list[dict]:
    return got.issues[got.issues["code"] == code].to_dict("records")


LAND = [
    [1, "局领导", "局长", "乐正琮", "土地征收补偿标准擅自调整", "较大，涉及征收补偿资金量大", "集体研究。"],
    [2, "耕地保护股", "股长", "漆雕珣", "占补平衡验收把关不严", "一般：验收有一定裁量空间", "两人验收。"],
    [3, "耕地保护股", "股长", "漆雕珣", "违法占地巡查瞒报", "较大", "巡查留痕。"],
    [4, "测绘股", "科员", "乐正璘", "测绘成果资料外借不登记", "较小。发生概率低，影响有限", "借阅登记。"],
]  # fmt: skip


def test_a_scale_with_reasons_is_read_as_the_scale(tmp_path):
    got = run(tmp_path, LAND)
    assert levels(got) == [
        ("土地征收补偿标准擅自调整", "Ⅰ级"),
        ("占补平衡验收把关不严", "Ⅱ级"),
        ("违法占地巡查瞒报", "Ⅰ级"),  # (the cell writing its word alone read by the scale too)
        ("测绘成果资料外借不登记", "Ⅲ级"),
    ]
    (one,) = said(got, "LEVEL_SCALE_WITH_REASON")
    assert one["cell"] == "F3" and one["value"] == "较大=Ⅰ级、一般=Ⅱ级、较小=Ⅲ级"
    assert "4格" in one["message"] and not said(got, "LEVEL_WITH_REASON")
    raw = list(got.risks["raw_risk_level"])
    assert raw[0] == "较大，涉及征收补偿资金量大"  # (the reason kept in the raw text)


def test_words_the_vocabulary_does_not_know(tmp_path):
    rows = [
        [1, "局领导", "局长", "司寇瑄", "定点医药机构准入打招呼", "重要：涉及基金安全", "集体研究。"],
        [2, "基金监管股", "股长", "司寇琰", "违规结算线索查处不力", "较重要；监管裁量空间较大", "线索台账。"],
        [3, "基金监管股", "股长", "司寇琰", "稽核资料随意外借", "一般。影响较小", "借阅登记。"],
    ]  # fmt: skip
    got = run(tmp_path, rows)
    assert [lv for _p, lv in levels(got)] == ["Ⅰ级", "Ⅱ级", "Ⅲ级"]
    assert said(got, "LEVEL_SCALE_WITH_REASON")
    assert not said(got, "LEVEL_UNKNOWN")


def test_two_words_and_a_note_naming_three(tmp_path):
    rows = [
        [1, "局领导", "局长", "宗政璠", "社区矫正对象违规解除", "较高：涉及刑罚执行", "集体研究。"],
        [2, "公共法律服务股", "科员", "宗政翊", "法律援助案件指派不公", "一般，有一定裁量空间", "轮流指派。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, "注：风险等级分较高、一般、较低三档。")
    assert [lv for _p, lv in levels(got)] == ["Ⅰ级", "Ⅱ级"]
    assert said(got, "LEVEL_SCALE_WITH_REASON")


def test_near_misses_read_as_before(tmp_path):
    # reasons after 高/中/低: no scale, the vocabulary
    hml = [[1, "局领导", "局长", "乐正琮", "点甲", "高：资金量大", "措施。"],
           [2, "股", "股长", "漆雕珣", "点乙", "中，有裁量", "措施。"],
           [3, "股", "科员", "乐正璘", "点丙", "低。概率小", "措施。"]]  # fmt: skip
    got = run(tmp_path / "a", hml)
    assert [lv for _p, lv in levels(got)] == ["Ⅰ级", "Ⅱ级", "Ⅲ级"]
    assert not said(got, "LEVEL_SCALE_WITH_REASON") and said(got, "LEVEL_WITH_REASON")
    # two words of a scale, no note: the vocabulary (较大 Ⅱ级, 一般 Ⅲ级)
    two = [LAND[0], LAND[1]]
    got = run(tmp_path / "b", two)
    assert [lv for _p, lv in levels(got)] == ["Ⅱ级", "Ⅲ级"]
    assert not said(got, "LEVEL_SCALE_WITH_REASON")
    # a word of no scale beside the scale's: the vocabulary
    mixed = [*LAND, [5, "测绘股", "科员", "乐正璘", "点丁", "二级：影响一般", "措施。"]]
    got = run(tmp_path / "c", mixed)
    assert [lv for _p, lv in levels(got)][:2] == ["Ⅱ级", "Ⅲ级"]
    assert not said(got, "LEVEL_SCALE_WITH_REASON")
    # the scale's words alone: LEVEL_SCALE, as before
    alone = [[*r[:5], r[5][:2], r[6]] for r in LAND]
    got = run(tmp_path / "d", alone)
    assert [lv for _p, lv in levels(got)] == ["Ⅰ级", "Ⅱ级", "Ⅰ级", "Ⅲ级"]
    assert said(got, "LEVEL_SCALE") and not said(got, "LEVEL_SCALE_WITH_REASON")


def test_catalogued():
    assert "LEVEL_SCALE_WITH_REASON" in CATALOGUE and "LEVEL_SCALE_WITH_REASON" in SHORT
