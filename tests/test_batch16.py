"""The sixteenth batch of published layouts (tests/published/batch16.py): eight everyday tables
varying heading words and small details the way real offices do
(``python tests/published/score.py --set batch16``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here.

First measured untuned with the reader at 0bca428: forms 0.727 (16/22), recall 0.850 (34/40),
precision 1.000, levels 1.000, types 1.000, noise 3; with --strict forms 0.682 (15/22), the rest
the same. Missed: ``bank_branch_types`` not found at all (FILE_NO_FORM — no header row recognised
in 所在部门/职务岗位/姓名/易发风险/风险类型/风险定级/控制措施); in ``community_posts_only`` every point
read but no form right: 所属站室 not read as the 科室 and the unit in the title not read; in
``market_station_card_oneline`` 所在单位:城关市场监管所 read as the unit and the 科室 cut to 场监管所
(strict 0/1); noise: the unit line at the foot of each ``zjj_personal_sheets`` sheet and the
持卡人/监督人 line of the card reported as ROW_UNPLACED.
After generalising (易发风险 and 所属站室 headings; a line of labels left blank is a sign-off;
市场 is no 市 in an organisation's name; a lone organisation line under a form names its unit;
tests in test_columns.py with other words): 1.00 on every metric, strict too, no noise.
"""

import json
import re

from published.batch3 import LAYOUTS as THIRD_BATCH
from published.batch4 import LAYOUTS as FOURTH_BATCH
from published.batch5 import LAYOUTS as FIFTH_BATCH
from published.batch6 import LAYOUTS as SIXTH_BATCH
from published.batch7 import LAYOUTS as SEVENTH_BATCH
from published.batch8 import LAYOUTS as EIGHTH_BATCH
from published.batch9 import LAYOUTS as NINTH_BATCH
from published.batch10 import LAYOUTS as TENTH_BATCH
from published.batch11 import LAYOUTS as ELEVENTH_BATCH
from published.batch12 import LAYOUTS as TWELFTH_BATCH
from published.batch13 import LAYOUTS as THIRTEENTH_BATCH
from published.batch14 import LAYOUTS as FOURTEENTH_BATCH
from published.batch15 import LAYOUTS as FIFTEENTH_BATCH
from published.batch16 import LAYOUTS, ORDINAL, STARS, build
from published.cells import built
from published.cells import cells as _cells
from published.cells import norm as _norm
from published.heldout import LAYOUTS as SECOND_BATCH
from published.layouts import LAYOUTS as FIRST_BATCH

TYPES = ("思想道德", "制度机制", "岗位职责", "业务流程", "外部环境")
BY_NAME = {lay["name"]: lay for lay in LAYOUTS}
TYPED = {"bank_branch_types"}
ANONYMOUS = {"community_posts_only"}  # posts only, no names
EARLIER = (FIRST_BATCH + SECOND_BATCH + THIRD_BATCH + FOURTH_BATCH + FIFTH_BATCH + SIXTH_BATCH
           + SEVENTH_BATCH + EIGHTH_BATCH + NINTH_BATCH + TENTH_BATCH + ELEVENTH_BATCH
           + TWELFTH_BATCH + THIRTEENTH_BATCH + FOURTEENTH_BATCH + FIFTEENTH_BATCH)  # fmt: skip


def _points(name):
    return [r for f in BY_NAME[name]["truth"] for r in f["risks"]]


def _sheet(name, sheet=0):
    return BY_NAME[name]["sheets"][sheet]


def _rows(name, sheet=0):
    """The sheet's non-empty rows (spacer rows are written as [])."""
    return [row for row in _sheet(name, sheet)["rows"] if any(c is not None for c in row)]


def _numbered(name, sheet=0, col=0):
    """Table rows: those whose ``col`` cell is the running number."""
    return [row for row in _rows(name, sheet) if len(row) > col and isinstance(row[col], int)]


def test_batch16_is_apart_from_the_earlier_batches():
    names = [lay["name"] for lay in LAYOUTS]
    assert len(names) == 8 and len(set(names)) == len(names)
    assert not set(names) & {lay["name"] for lay in EARLIER}
    sources = [lay["source"] for lay in LAYOUTS]
    assert len(set(sources)) == len(sources)
    assert not set(sources) & {lay["source"] for lay in EARLIER}
    assert not any(lay["what"].startswith("(harder)") for lay in LAYOUTS)  # all everyday


def test_batch16_truth_is_self_consistent(tmp_path):
    inbox = built(build)
    truth = json.loads((inbox / "truth.json").read_text(encoding="utf-8"))
    assert {f["file"] for f in truth["forms"]} == {f"{lay['name']}.xlsx" for lay in LAYOUTS}
    assert {lay["name"] for lay in truth["layouts"]} == set(BY_NAME)
    for lay in LAYOUTS:
        assert re.fullmatch(r"[a-z0-9_]+", lay["name"]), lay["name"]
        assert lay["source"].startswith("http"), lay["name"]
        assert 3 <= sum(len(f["risks"]) for f in lay["truth"]) <= 15, lay["name"]
    keys = set()
    cells = {}
    for f in truth["forms"]:
        assert (inbox / f["file"]).is_file(), f["file"]
        sheets = cells.setdefault(f["file"], _cells(inbox / f["file"]))
        here = sheets[f["sheet"]]
        assert any(_norm(f["unit"]) in c for c in here), (f["file"], "unit")
        for field in ("department", "title", "person"):
            assert not f[field] or any(_norm(f[field]) in c for c in here), (f["file"], field)
        assert f["tier"] in ("leader", "middle", "general", None)
        assert f["title"] and f["department"], f["file"]  # every form names its post and 科室
        assert bool(f["person"]) == (f["layout"] not in ANONYMOUS), f["file"]
        assert f["person"] == f["person"].strip() and " " not in f["person"], f["person"]
        assert f["risks"], f["file"]
        for r in f["risks"]:
            assert any(_norm(r["risk_point"]) in c for c in here), (f["file"], r)
            assert r["level"] in (1, 2, 3)
            assert set(r["types"]) <= set(TYPES)
            key = (f["file"], _norm(f["person"]), _norm(r["risk_point"]))
            assert key not in keys, key  # the scorer keys points by these
            keys.add(key)


def test_batch16_levels_and_types():
    for name in BY_NAME:
        assert {r["level"] for r in _points(name)} == {1, 2, 3}, name
        types = [r["types"] for r in _points(name)]
        assert all(types) if name in TYPED else not any(types), name


def test_batch16_repeated_name_is_one_holder():
    name = "fgj_keshi_repeated_name"
    rows = _numbered(name)
    merged_cols = {c0 for (r0, c0, r1, c1) in _sheet(name)["merges"] if r1 > r0}
    assert merged_cols == {1}  # only the 科室 is merged
    assert all(row[3] for row in rows)  # the name stands on every row
    expected = [(f["title"], f["person"]) for f in BY_NAME[name]["truth"] for _ in f["risks"]]
    assert [(row[2], row[3]) for row in rows] == expected


def test_batch16_personal_sheets_hold_name_and_post_fields():
    lay = BY_NAME["zjj_personal_sheets"]
    assert len(lay["truth"]) == len(lay["sheets"]) == 2
    for k, form in enumerate(lay["truth"]):
        assert lay["sheets"][k]["name"] == f"防控表{k + 1}" != form["person"]
        rows = _rows(lay["name"], k)
        fields = {row[i]: row[i + 1] for row in rows[1:3] for i in (0, 2)}
        assert fields["姓名"] == form["person"] and fields["现任职务"] == form["title"]
        assert fields["科室"] == form["department"]
        numbered = _numbered(lay["name"], k)
        assert [row[1] for row in numbered] == [r["risk_point"] for r in form["risks"]]
        assert [ORDINAL[row[2]] for row in numbered] == [r["level"] for r in form["risks"]]


def test_batch16_section_rows_name_the_keshi():
    name = "street_section_rows"
    dept, seen = None, []
    for row in _rows(name)[2:]:
        if isinstance(row[0], str) and row[1] is None:
            dept = row[0].split("、", 1)[1]
        elif isinstance(row[0], int):
            seen.append((dept, row[1], row[2]))
    expected = [(f["department"], f["title"], f["person"]) for f in BY_NAME[name]["truth"]
                for _ in f["risks"]]  # fmt: skip
    assert seen == expected


def test_batch16_leaders_and_stars():
    name = "market_leaders_stars"
    forms = BY_NAME[name]["truth"]
    assert {f["department"] for f in forms} == {"领导班子"} and {f["tier"] for f in forms} == {
        "leader"
    }
    rows = _numbered(name)
    assert [STARS[row[5]] for row in rows] == [r["level"] for r in _points(name)]


def test_batch16_one_line_holder():
    name = "market_station_card_oneline"
    form = BY_NAME[name]["truth"][0]
    line = _rows(name)[1][0]
    assert f"姓名:{form['person']}" in line and f"职务:{form['title']}" in line
    assert f"所在单位:{form['department']}" in line


def test_sixteenth_batch_is_read(tmp_path):
    from published.score import read_to_the_bars

    read_to_the_bars(build, tmp_path)
