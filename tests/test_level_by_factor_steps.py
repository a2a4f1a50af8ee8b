"""Levels by factor steps: no level column, a merged assessment heading over THREE (or two)
factors, each merged over its own 高 | 中 | 低 sub-columns, one of them ticked a row, and a note
that counts the ticks into a level (LEVEL_BY_FACTOR_STEPS). Cases in other words than batch 995
(a 市场监管所's 评估表 with 发生可能性 | 危害程度 | 监管难度, or two factors), read through
``xlproc.collect.read_file``; without a counting note the table reads as before (nothing
guessed), and a factor ticked twice or not at all keeps no level, with a warning at its row.
"""

from __future__ import annotations

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

NEW = {"LEVEL_BY_FACTOR_STEPS", "LEVEL_FACTOR_STEPS_UNREAD"}
T = "√"
POINTS = [
    ("所长", "濮阳琛", "食品经营许可现场核查走过场"),
    ("所长", "濮阳琛", "为亲友经营户减免处罚打招呼"),
    ("监管员", "闾丘翀", "抽检样品送检前被调换"),
    ("监管员", "闾丘翀", "投诉举报处理拖延不办"),
]
ALL_HIGH = "注：两项及以上为高的为一级风险，一项为高的为二级风险，其余为三级风险。"
EACH = "说明：发生可能性为高、危害程度为高、监管难度为高的各计一项，有两项以上的为Ⅰ级风险，有一项的为Ⅱ级风险，其余为Ⅲ级风险。"


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def table(factors: list[str], marks: list[list[str]], note: str | None, tick=T):
    """序号 | 岗位 | 姓名 | 风险点 | 风险评估 (factors × 高/中/低) | 防控措施, one row a point."""
    k = len(factors)
    width = 4 + 3 * k + 1
    rows = [
        ["县市场监管所岗位廉政风险评估表"] + [None] * (width - 1),
        ["序号", "岗位", "姓名", "风险点", "风险评估"] + [None] * (3 * k - 1) + ["防控措施"],
        [None] * 4 + [x for f in factors for x in (f, None, None)] + [None],
        [None] * 4 + ["高", "中", "低"] * k + [None],
    ]
    for i, ((post, who, point), mark) in enumerate(zip(POINTS, marks, strict=False), 1):
        cells = []
        for m in mark:
            cells += [(tick if tick else s) if s in m else None for s in ("高", "中", "低")]
        rows.append([i, post, who, point, *cells, "全程留痕，集体研究。"])
    if note:
        rows.append([note] + [None] * (width - 1))
    last = chr(ord("A") + width - 1)
    merges = [f"A1:{last}1", f"E2:{chr(ord('A') + 3 + 3 * k)}2"]
    merges += [f"{c}2:{c}4" for c in "ABCD"] + [f"{last}2:{last}4"]
    merges += [f"{chr(ord('E') + 3 * j)}3:{chr(ord('E') + 3 * j + 2)}3" for j in range(k)]
    if note:
        n = len(rows)
        merges.append(f"A{n}:{last}{n}")
    return rows, merges


def run(tmp_path: Path, rows, merges):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "评估表.xlsx", {"评估表": rows}, merges={"评估表": merges})
    return _collect(inbox)


def levels(got) -> list[str]:
    return list(got.risks["risk_level"])


def codes(got) -> set[str]:
    return set(got.issues["code"])


def at(got, code: str) -> list[str]:
    return list(got.issues.loc[got.issues["code"] == code, "cell"])


THREE = ["发生可能性", "危害程度", "监管难度"]


def test_three_factors_counted_for_high(tmp_path):
    marks = [["高", "高", "低"], ["高", "中", "中"], ["中", "中", "低"], ["高", "高", "高"]]
    got = run(tmp_path, *table(THREE, marks, ALL_HIGH))
    assert levels(got) == ["Ⅰ级", "Ⅱ级", "Ⅲ级", "Ⅰ级"]
    assert len(got.risks) == 4
    assert not {"LEVEL_BLANK", "LEVEL_UNKNOWN", "POINT_BLANK"} & codes(got)
    assert at(got, "LEVEL_BY_FACTOR_STEPS") == ["E2"]


def test_each_factor_named_and_the_step_written_as_the_word(tmp_path):
    marks = [["中", "高", "中"], ["低", "低", "低"], ["高", "高", "中"], ["中", "中", "高"]]
    got = run(tmp_path, *table(THREE, marks, EACH, tick=None))
    assert levels(got) == ["Ⅱ级", "Ⅲ级", "Ⅰ级", "Ⅱ级"]
    assert "LEVEL_BY_FACTOR_STEPS" in codes(got)


def test_two_factors_and_a_factor_ticked_twice(tmp_path):
    two = ["发生概率", "影响程度"]
    note = "注：两项均为高的为一级风险，一项为高的为二级风险，其余为三级风险。"
    marks = [["高", "高"], ["高", "低"], ["中", "低"], ["高中", "高"]]
    got = run(tmp_path, *table(two, marks, note))
    assert levels(got) == ["Ⅰ级", "Ⅱ级", "Ⅲ级", ""]
    assert at(got, "LEVEL_FACTOR_STEPS_UNREAD") == ["E8"]


def test_no_counting_note_reads_as_before(tmp_path):
    marks = [["高", "高", "低"], ["高", "中", "中"], ["中", "中", "低"], ["高", "高", "高"]]
    got = run(tmp_path, *table(THREE, marks, "注：风险评估由科室集体研究确定。"))
    assert not NEW & codes(got)
    assert "Ⅰ级" not in levels(got)


def test_catalogue():
    assert NEW <= set(CATALOGUE) and NEW <= set(SHORT)
