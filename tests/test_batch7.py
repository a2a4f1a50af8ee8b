"""The seventh batch of published layouts (tests/published/batch7.py): everyday tables and three
harder ones (``python tests/published/score.py --set batch7``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here.

First measured untuned with main at 792a08a: forms 1.000, recall 0.845, precision 0.891, levels
1.000 (8 of 10 layouts perfect). It then taught: a column of plain numbers under a risk heading
(风险点数量) is a count, not the point; a point held by two people (names one per line, their
科室 likewise) belongs to each holder's form. Now 1.00.
"""

import json
import re

from published.batch3 import LAYOUTS as THIRD_BATCH
from published.batch4 import LAYOUTS as FOURTH_BATCH
from published.batch5 import LAYOUTS as FIFTH_BATCH
from published.batch6 import LAYOUTS as SIXTH_BATCH
from published.batch7 import LAYOUTS, build
from published.cells import built
from published.cells import cells as _cells
from published.cells import norm as _norm
from published.heldout import LAYOUTS as SECOND_BATCH
from published.layouts import LAYOUTS as FIRST_BATCH

TYPES = {"思想道德", "制度机制", "岗位职责", "业务流程", "外部环境"}
BY_NAME = {lay["name"]: lay for lay in LAYOUTS}
HARDER = {"yibao_shared_holders", "town_power_count_levels", "court_post_grade_only"}


def _points(name):
    return [r for f in BY_NAME[name]["truth"] for r in f["risks"]]


def test_batch7_is_apart_from_the_earlier_batches():
    names = [lay["name"] for lay in LAYOUTS]
    assert len(names) >= 10 and len(set(names)) == len(names)
    earlier = FIRST_BATCH + SECOND_BATCH + THIRD_BATCH + FOURTH_BATCH + FIFTH_BATCH + SIXTH_BATCH
    assert not set(names) & {lay["name"] for lay in earlier}
    sources = [lay["source"] for lay in LAYOUTS]
    assert len(set(sources)) == len(sources)
    assert not set(sources) & {lay["source"] for lay in earlier}
    assert HARDER <= set(names)
    assert all(lay["what"].startswith("(harder)") == (lay["name"] in HARDER) for lay in LAYOUTS)


def test_batch7_truth_is_self_consistent(tmp_path):
    inbox = built(build)
    truth = json.loads((inbox / "truth.json").read_text(encoding="utf-8"))
    assert {f["file"] for f in truth["forms"]} == {f"{lay['name']}.xlsx" for lay in LAYOUTS}
    assert {lay["name"] for lay in truth["layouts"]} == set(BY_NAME)
    for lay in LAYOUTS:
        assert re.fullmatch(r"[a-z0-9_]+", lay["name"]), lay["name"]
        assert lay["source"].startswith("http"), lay["name"]
        assert 3 <= sum(len(f["risks"]) for f in lay["truth"]) <= 25, lay["name"]
        depts = {f["department"] for f in lay["truth"] if f["department"]}
        assert len(depts) <= 4, lay["name"]
    keys = set()
    cells = {}
    for f in truth["forms"]:
        assert (inbox / f["file"]).is_file(), f["file"]
        sheets = cells.setdefault(f["file"], _cells(inbox / f["file"]))
        here = sheets[f["sheet"]]
        assert any(_norm(f["unit"]) in c for s in sheets.values() for c in s), (f["file"], "unit")
        for field in ("department", "title", "person"):
            assert not f[field] or any(_norm(f[field]) in c for c in here), (f["file"], field)
        assert f["tier"] in ("leader", "middle", "general", None)
        assert f["person"], f["file"]  # every table of this batch names its holders
        assert f["risks"], f["file"]
        for r in f["risks"]:
            assert _norm(r["risk_point"]) in here, (f["file"], r["risk_point"])  # a whole cell
            assert r["risk_point"] != "无"
            assert r["level"] in (1, 2, 3, None)
            assert set(r["types"]) <= TYPES
            key = (f["file"], _norm(f["person"]), _norm(r["risk_point"]))
            assert key not in keys, key  # the scorer keys points by these
            keys.add(key)


def test_batch7_levels():
    """Graded everywhere except where the batch says a level names no single step."""
    for name in BY_NAME:
        levels = [r["level"] for r in _points(name)]
        if name == "court_post_grade_only":
            assert set(levels) == {None}  # A/B/C grades the post, no point level column
        elif name == "town_power_count_levels":
            assert levels.count(None) == 2 and {1, 2, 3} <= set(levels)  # the two `1高2中` cells
        else:
            assert None not in levels and len(set(levels)) >= 2, name
    graded = {r["level"] for lay in LAYOUTS for f in lay["truth"] for r in f["risks"]}
    assert {1, 2, 3} <= graded


def test_batch7_types_only_where_a_type_column_is():
    typed = {"college_self_check", "eco_team_check"}
    for name in BY_NAME:
        types = [r["types"] for r in _points(name)]
        assert all(types) if name in typed else not any(types), name
    assert ["业务流程", "岗位职责"] in [r["types"] for r in _points("college_self_check")]
    assert ["岗位职责", "外部环境"] in [r["types"] for r in _points("eco_team_check")]


def test_batch7_shared_row_is_in_both_holders_forms():
    forms = BY_NAME["yibao_shared_holders"]["truth"]
    rows = BY_NAME["yibao_shared_holders"]["sheets"][0]["rows"]
    shared = [row for row in rows if row and isinstance(row[-1], str) and "\n" in row[-1]]
    assert len(shared) == 2
    for row in shared:
        for dept, who in zip(row[-2].split("\n"), row[-1].split("\n"), strict=True):
            form = next(f for f in forms if f["person"] == who)
            assert form["department"] == dept
            assert row[2] in [r["risk_point"] for r in form["risks"]]


def test_batch7_counts_grades_and_side_columns_are_no_points():
    town = BY_NAME["town_power_count_levels"]
    points = {r["risk_point"] for r in _points("town_power_count_levels")}
    rows = town["sheets"][0]["rows"]
    assert all(isinstance(row[2], int) for row in rows[2:])  # 风险点数量
    assert any(p.startswith("1.") and "\n2." in p for p in points)  # numbered sub-items: one point
    court = BY_NAME["court_post_grade_only"]["sheets"][0]["rows"]
    assert {row[3] for row in court[2:] if row and row[3]} <= {"A", "B", "C"}
    side = {
        "police_station_cards": 4,  # 禁止行为(负面清单)
        "college_dept_ledger": 4,  # 风险成因
    }
    for name, col in side.items():
        pts = {r["risk_point"] for r in _points(name)}
        texts = {row[col] for row in BY_NAME[name]["sheets"][0]["rows"] if len(row) > col}
        assert not pts & texts, name


def test_batch7_repeated_header_and_sheet_named_offices():
    rows = BY_NAME["hospital_keshi_repeated_header"]["sheets"][0]["rows"]
    assert sum(1 for row in rows if row and row[0] == "科室") == 2
    lay = BY_NAME["college_office_sheets"]
    assert {f["department"] for f in lay["truth"]} == {s["name"] for s in lay["sheets"]}
    self_check = BY_NAME["college_self_check"]["truth"]
    assert len(self_check) == 1 and self_check[0]["person"] == "戈晓红"


def test_seventh_batch_is_read(tmp_path):
    from published.score import read_to_the_bars

    read_to_the_bars(build, tmp_path)
