"""A level column holding each point's SCORE rather than a level word — a fraction of its full
mark (``88/100``, ``7.5/10``, ``8分/10分``), or the score with its word or unit (``得分85``, ``评分：7``,
``72分``; bare numbers beside them) — banded by a note (``85分（含）以上为一级风险，60分（含）至85分为
二级风险，60分以下为三级风险``): each point takes the band its score (the numerator) falls in, said
once at the heading (info LEVEL_BY_SCORE_CELLS); a score in no band, or a fraction out of another
full mark than the note's (``满分100分``, ``10分制``) or the column's others, keeps no level, with a
warning at its cell (LEVEL_SCORE_UNBANDED). Before, each such cell was LEVEL_UNKNOWN and no level
read (bare decimals under ``风险评分`` likewise; only a bare ``4`` read, as the digit's own 三级).

Not the published batch's file (batch991: a 商务局's ``风险评分`` of ``x/10`` fractions, bands of 8
and 5): a 县水利局's list in other forms — ``风险得分`` of ``得分85`` / ``72分`` out of a hundred,
``风险分值`` of ``88/100`` fractions under a ``满分100分`` note with one ``4/5`` out of another mark,
bare decimals under ``风险评分``, and bands with a gap a score falls in. Near-misses read as before: level words under a note of score
bands, digits 1/2/3 under ``风险等级``, fractions with no note of bands.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

NEW = {"LEVEL_BY_SCORE_CELLS", "LEVEL_SCORE_UNBANDED"}


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "清单.xlsx", {"清单": rows})
    return _collect(inbox)


def levels(got) -> list[tuple[str, str]]:
    return [tuple(r) for r in got.risks[["risk_point", "risk_level"]].itertuples(index=False)]


def codes(got) -> set[str]:
    return set(got.issues["code"])


def at(got, code: str) -> list[str]:
    return list(got.issues.loc[got.issues["code"] == code, "cell"])


def table(head: str, cells: list[str], note: str | None) -> list:
    points = [
        "河道采砂许可审查把关不严",
        "水利工程质量检测走过场",
        "接受施工单位宴请",
        "防汛物资采购不比价",
    ]
    rows = [
        ["县水利局岗位廉政风险防控一览表", None, None, None, None, None],
        ["序号", "岗位", "姓名", "廉政风险点", head, "防控措施"],
    ]
    for i, (point, cell) in enumerate(zip(points, cells, strict=False), 1):
        rows.append([i, "科员" if i > 2 else "局长", "宰父澂" if i <= 2 else "谷梁翙", point, cell,
                     "集体研究，全程留痕。"])  # fmt: skip
    if note:
        rows.append([note, None, None, None, None, None])
    return rows


HUNDRED = "注：风险得分满分100分，85分（含）以上为一级风险，60分（含）至85分为二级风险，60分以下为三级风险。"


def test_scores_with_their_word_or_unit(tmp_path):
    got = run(tmp_path, table("风险得分", ["得分92", "72分", "60分", "得分55"], HUNDRED))
    assert [lv for _p, lv in levels(got)] == ["Ⅰ级", "Ⅱ级", "Ⅱ级", "Ⅲ级"]
    assert "LEVEL_UNKNOWN" not in codes(got)
    assert at(got, "LEVEL_BY_SCORE_CELLS") == ["E3"]


def test_fractions_of_a_hundred_and_one_out_of_another_mark(tmp_path):
    cells = ["88/100", "85/100", "4/5", "59.5/100"]
    got = run(tmp_path, table("风险分值", cells, HUNDRED.replace("风险得分", "风险分值")))
    assert [lv for _p, lv in levels(got)] == ["Ⅰ级", "Ⅰ级", "", "Ⅲ级"]
    assert at(got, "LEVEL_SCORE_UNBANDED") == ["E5"]
    assert "LEVEL_BY_SCORE_CELLS" in codes(got)


def test_bare_decimals_under_a_score_heading(tmp_path):
    note = "注：10分制，8分及以上为一级风险，5—8分为二级风险，5分以下为三级风险。"
    got = run(tmp_path, table("风险评分", ["9.5", "8", "6.5", "2"], note))
    assert [lv for _p, lv in levels(got)] == ["Ⅰ级", "Ⅰ级", "Ⅱ级", "Ⅲ级"]


def test_a_score_in_no_band_keeps_no_level(tmp_path):
    note = "注：90分以上为一级风险，70分至80分为二级风险，60分以下为三级风险。"
    got = run(tmp_path, table("风险得分", ["95分", "85分", "75分", "50分"], note))
    assert [lv for _p, lv in levels(got)] == ["Ⅰ级", "", "Ⅱ级", "Ⅲ级"]
    assert at(got, "LEVEL_SCORE_UNBANDED") == ["E4"]


def test_near_misses_read_as_before(tmp_path):
    # level words under a note of score bands
    got = run(tmp_path / "a", table("风险等级", ["高", "中", "中", "低"], HUNDRED))
    assert [lv for _p, lv in levels(got)] == ["Ⅰ级", "Ⅱ级", "Ⅱ级", "Ⅲ级"]
    assert not codes(got) & NEW
    # digits 1/2/3 under 风险等级: the digits' own levels
    got = run(tmp_path / "b", table("风险等级", ["1", "2", "2", "3"], HUNDRED))
    assert [lv for _p, lv in levels(got)] == ["Ⅰ级", "Ⅱ级", "Ⅱ级", "Ⅲ级"]
    assert not codes(got) & NEW
    # fractions and no note of bands: no level read
    got = run(tmp_path / "c", table("风险评分", ["9/10", "7/10", "6/10", "3/10"], None))
    assert [lv for _p, lv in levels(got)] == ["", "", "", ""]
    assert not codes(got) & NEW


def test_catalogue():
    assert NEW <= set(CATALOGUE) and NEW <= set(SHORT)


def test_an_assessment_heading_of_scores(tmp_path):
    # '评估分值', '评估得分': the score of the assessment is the level column too (it had been no
    # column of ours: every level blank)
    for head in ("评估分值", "风险评估得分"):
        got = run(tmp_path / head, table(head, ["得分92", "72分", "60分", "得分55"], HUNDRED))
        assert [lv for _p, lv in levels(got)] == ["Ⅰ级", "Ⅱ级", "Ⅱ级", "Ⅲ级"], head
        assert "LEVEL_BLANK" not in codes(got), head
