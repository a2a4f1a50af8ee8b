"""A header whose words are broken over two rows, each column's heading begun on one row and
ended on the next ('廉政风' over '险点', '防控' over '措施', '风险' over '等级'), as a table converted
from a PDF (WPS 的 PDF 转 Excel) or typed into narrow cells has it. Before, the upper row alone was
taken for the header: the point column was guessed from its contents, and the 科室, post,
holder and measures columns were lost (the post read as '廉政风'). Now each such column's two
parts are one heading (one info ``HEADS_BROKEN_ACROSS_ROWS`` a sheet).

Found by probing the header readers, not in a published batch: here a 县审计局 and a 县档案馆,
other breaks ('责任' over '科室', '风险等' over '级', '防控措' over '施'). The negatives: a whole
header over its first data row of short cells, and a header whose lower row is its group's own
sub-headings: read as before, no ``HEADS_BROKEN_ACROSS_ROWS``.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {"一览表": rows}, {"一览表": merges or []})
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def read(got) -> list[tuple]:
    r = got.risks
    cols = ("department", "title", "person", "risk_point", "risk_level", "risk_type", "measures")
    return sorted(zip(*(r[c] for c in cols), strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


AUDIT = "XX县审计局岗位廉政风险防控一览表"
BODY = [
    ["1", "经济责任审计股", "股长", "冼明哲", "审计发现问题不如实反映", "一级", "岗位职责风险", "审计报告集体审定"],
    ["2", "财政审计股", "审计员", "冼若溪", "接受被审计单位宴请", "二级", "思想道德风险", "执行八项规定"],
]  # fmt: skip
TRUTH = sorted([
    ("经济责任审计股", "股长", "冼明哲", "审计发现问题不如实反映", "Ⅰ级", "岗位职责风险", "审计报告集体审定"),
    ("财政审计股", "审计员", "冼若溪", "接受被审计单位宴请", "Ⅱ级", "思想道德风险", "执行八项规定"),
])  # fmt: skip


def test_headings_broken_over_two_rows_are_joined(tmp_path):
    upper = ["序号", "责任", "岗位", "姓名", "廉政风", "风险等", "风险", "防控措"]
    lower = ["", "科室", "", "", "险点", "级", "类型", "施"]
    got = run(tmp_path, [[AUDIT], upper, lower, *BODY])
    assert read(got) == TRUTH
    assert "HEADS_BROKEN_ACROSS_ROWS" in codes(got)
    assert "HEADS_TYPED_ACROSS" not in codes(got)
    msg = next(m for c, m in zip(got.issues["code"], got.issues["message"], strict=True)
               if c == "HEADS_BROKEN_ACROSS_ROWS")  # fmt: skip
    assert "“廉政风⏎险点”" in msg


def test_a_broken_heading_beside_ones_broken_into_known_words(tmp_path):
    # '风险 | 风险' over '等级 | 类型' alone would be a group: with '廉政风' over '险点' beside
    # them, every column of the two rows is one heading
    unit = "XX县档案馆岗位廉政风险防控清单"
    upper = ["序号", "科室", "岗位", "姓名", "廉政风", "风险", "风险", "防控"]
    lower = ["", "", "", "", "险点", "等级", "类型", "措施"]
    got = run(tmp_path, [[unit], upper, lower, *BODY])
    assert read(got) == TRUTH
    assert "HEADS_BROKEN_ACROSS_ROWS" in codes(got)


def test_a_whole_header_and_a_group_header_read_as_before(tmp_path):
    head = ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "风险类型", "防控措施"]
    short = ["", "办公室", "主任", "冼明哲", "", "", "", ""]  # a short first row under it
    got = run(tmp_path / "a", [[AUDIT], head, short, *BODY])
    assert "HEADS_BROKEN_ACROSS_ROWS" not in codes(got)
    upper = ["序号", "科室", "岗位", "姓名", "风险识别", "", "", "防控措施"]
    lower = ["", "", "", "", "廉政风险点", "风险等级", "风险类型", ""]
    merges = ["E2:G2", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "H2:H3"]
    got = run(tmp_path / "b", [[AUDIT], upper, lower, *BODY], merges)
    assert read(got) == TRUTH and "HEADS_BROKEN_ACROSS_ROWS" not in codes(got)


def test_the_code_is_catalogued():
    assert CATALOGUE["HEADS_BROKEN_ACROSS_ROWS"][0] == "info"
    assert SHORT["HEADS_BROKEN_ACROSS_ROWS"]
