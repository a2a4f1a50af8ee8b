"""Levels by factor words: no level column, two or three factor columns side by side, EACH
HOLDING ONE WORD 高/中/低 a row (no tick sub-columns), and a note that counts them into a level
(LEVEL_BY_FACTOR_WORDS, read by the LEVEL_BY_FACTOR_STEPS pass). Cases in other words than
batch 997 (a 粮食和物资储备中心's 评估表 with 发生概率 | 危害程度 | 监管难度, or two factors), read
through ``xlproc.collect.read_file``; without a counting note the columns read as before (nothing
guessed), and a factor left blank or written otherwise keeps no level, with a warning at its row.
"""

from __future__ import annotations

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

POINTS = [
    ("主任", "钟离翊", "储备粮轮换出库价格低于底价"),
    ("主任", "钟离翊", "为亲友承揽仓储维修打招呼"),
    ("保管员", "宇文琤", "出入库数量登记不实"),
    ("保管员", "宇文琤", "收受粮商礼金"),
]
ALL_HIGH = "注：两项及以上为高的为一级风险，一项为高的为二级风险，其余为三级风险。"
EACH = "说明：发生概率为高、危害程度为高、监管难度为高的各计一项，有两项以上的为Ⅰ级风险，有一项的为Ⅱ级风险，其余为Ⅲ级风险。"


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, factors: list[str], marks: list[tuple[str, ...]], note: str | None):
    width = 4 + len(factors) + 1
    rows = [
        ["县粮食和物资储备中心岗位廉政风险评估表"] + [None] * (width - 1),
        ["序号", "岗位", "姓名", "风险点", *factors, "防控措施"],
    ]
    for i, ((post, who, point), mark) in enumerate(zip(POINTS, marks, strict=True), 1):
        rows.append([i, post, who, point, *mark, "全程留痕，集体研究。"])
    if note:
        rows.append([note] + [None] * (width - 1))
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "评估表.xlsx", {"评估表": rows})
    return _collect(inbox)


def levels(got) -> list[str]:
    return list(got.risks["risk_level"])


def codes(got) -> set[str]:
    return set(got.issues["code"])


THREE = ["发生概率", "危害程度", "监管难度"]
MARKS = [("中", "高", "高"), ("高", "中", "低"), ("低", "低", "低"), ("中", "中", "高")]


def test_three_word_columns_counted_by_one_step(tmp_path):
    got = run(tmp_path, THREE, MARKS, ALL_HIGH)
    assert levels(got) == ["Ⅰ级", "Ⅱ级", "Ⅲ级", "Ⅱ级"]
    said = got.issues[got.issues["code"] == "LEVEL_BY_FACTOR_WORDS"]
    assert list(said["cell"]) == ["E2"] and "LEVEL_BY_FACTOR_STEPS" not in codes(got)
    assert "COLUMN_GUESSED" not in codes(got)
    assert not {"LEVEL_BLANK", "LEVEL_FACTOR_STEPS_UNREAD"} & codes(got)


def test_each_factor_named_in_the_note(tmp_path):
    got = run(tmp_path, THREE, MARKS, EACH)
    assert levels(got) == ["Ⅰ级", "Ⅱ级", "Ⅲ级", "Ⅱ级"]


def test_two_word_columns_with_a_counting_note(tmp_path):
    marks = [("高", "高"), ("高", "低"), ("低", "低"), ("中", "高")]
    got = run(tmp_path, ["发生可能性", "后果严重性"], marks, ALL_HIGH)
    assert levels(got) == ["Ⅰ级", "Ⅱ级", "Ⅲ级", "Ⅱ级"]
    assert "LEVEL_BY_FACTOR_WORDS" in codes(got)


def test_without_a_counting_note_reads_as_before(tmp_path):
    got = run(tmp_path, THREE, MARKS, "注：风险评估由科室集体研究确定。")
    assert "LEVEL_BY_FACTOR_WORDS" not in codes(got)
    plain = run(tmp_path / "b", THREE, MARKS, None)
    assert "LEVEL_BY_FACTOR_WORDS" not in codes(plain)
    assert levels(got) == levels(plain)


def test_a_blank_or_other_word_keeps_no_level(tmp_path):
    marks = [("中", "高", "高"), ("高", "", "低"), ("低", "低", "低"), ("中", "中", "高")]
    got = run(tmp_path, THREE, marks, ALL_HIGH)
    assert levels(got)[0] == "Ⅰ级" and levels(got)[1] == "" and levels(got)[3] == "Ⅱ级"
    warned = got.issues[got.issues["code"] == "LEVEL_FACTOR_STEPS_UNREAD"]
    assert list(warned["cell"]) == ["E4"]


def test_a_word_other_than_the_steps_reads_as_before(tmp_path):
    marks = [("中", "高", "高"), ("较高", "中", "低"), ("低", "低", "低"), ("中", "中", "高")]
    got = run(tmp_path, THREE, marks, ALL_HIGH)
    assert "LEVEL_BY_FACTOR_WORDS" not in codes(got)


def test_catalogue():
    assert "LEVEL_BY_FACTOR_WORDS" in CATALOGUE and "LEVEL_BY_FACTOR_WORDS" in SHORT
    assert set(CATALOGUE) == set(SHORT)
