"""The fourteenth batch of published layouts (tests/published/batch14.py): mostly everyday tables a
county or district office returns, and two a little unusual
(``python tests/published/score.py --set batch14``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here.

First measured untuned with the reader at e1ba972: forms 0.903 (28/31), recall 0.900, precision 0.900,
levels 0.944, types 1.000, noise 0; the same with --strict (8 of 10 layouts perfect, all eight
everyday ones). Missed: the 岗位（责任人） column (民政专干（高丽）) guessed as 其他 and dropped, so
the three holders' six points were read into one form with no post and no person (department the
便民服务中心 of the title; levels right); and of the two visible level columns the first,
原风险等级, was read as the level while 调整后风险等级 was guessed as 其他 — the three points
whose level was adjusted carry last year's level. After generalising (a post with its holder in
brackets; of two level columns the current one, 调整后/本年 over 原/上年; tests in
test_columns.py with other words): 1.00 on every metric, strict too.
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
from published.batch14 import LAYOUTS, ORDINAL, build
from published.cells import built
from published.cells import cells as _cells
from published.cells import norm as _norm
from published.heldout import LAYOUTS as SECOND_BATCH
from published.layouts import LAYOUTS as FIRST_BATCH

TYPES = ("思想道德", "制度机制", "岗位职责", "业务流程", "外部环境")
BY_NAME = {lay["name"]: lay for lay in LAYOUTS}
HARDER = {"street_level_adjusted", "service_post_bracket_name"}
TYPED = {"township_types_levels"}
ANONYMOUS = {"yibao_post_list", "street_level_adjusted"}  # posts only, no names


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


def test_batch14_is_apart_from_the_earlier_batches():
    names = [lay["name"] for lay in LAYOUTS]
    assert len(names) == 10 and len(set(names)) == len(names)
    earlier = (FIRST_BATCH + SECOND_BATCH + THIRD_BATCH + FOURTH_BATCH + FIFTH_BATCH + SIXTH_BATCH
               + SEVENTH_BATCH + EIGHTH_BATCH + NINTH_BATCH + TENTH_BATCH + ELEVENTH_BATCH
               + TWELFTH_BATCH + THIRTEENTH_BATCH)  # fmt: skip
    assert not set(names) & {lay["name"] for lay in earlier}
    sources = [lay["source"] for lay in LAYOUTS]
    assert len(set(sources)) == len(sources)
    assert not set(sources) & {lay["source"] for lay in earlier}
    assert HARDER <= set(names)
    assert all(lay["what"].startswith("(harder)") == (lay["name"] in HARDER) for lay in LAYOUTS)


def test_batch14_truth_is_self_consistent(tmp_path):
    inbox = built(build)
    truth = json.loads((inbox / "truth.json").read_text(encoding="utf-8"))
    assert {f["file"] for f in truth["forms"]} == {f"{lay['name']}.xlsx" for lay in LAYOUTS}
    assert {lay["name"] for lay in truth["layouts"]} == set(BY_NAME)
    for lay in LAYOUTS:
        assert re.fullmatch(r"[a-z0-9_]+", lay["name"]), lay["name"]
        assert lay["source"].startswith("http"), lay["name"]
        assert 3 <= sum(len(f["risks"]) for f in lay["truth"]) <= 20, lay["name"]
    keys = set()
    cells = {}
    for f in truth["forms"]:
        assert (inbox / f["file"]).is_file(), f["file"]
        sheets = cells.setdefault(f["file"], _cells(inbox / f["file"]))
        here = sheets[f["sheet"]]
        assert any(_norm(f["unit"]) in c for c in here), (f["file"], "unit")
        for field in ("department", "title", "person"):
            # a leader's department is the 领导班子 of the title
            assert not f[field] or any(_norm(f[field]) in c for c in here), (f["file"], field)
        assert f["tier"] in ("leader", "middle", "general", None)
        assert f["title"], f["file"]  # every form names its post
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


def test_batch14_levels_and_types():
    for name in BY_NAME:
        assert {r["level"] for r in _points(name)} == {1, 2, 3}, name
        types = [r["types"] for r in _points(name)]
        assert all(types) if name in TYPED else not any(types), name


def test_batch14_leaders_are_one_form_each():
    lay = BY_NAME["budong_leaders"]
    assert {f["department"] for f in lay["truth"]} == {"领导班子"}
    assert {f["tier"] for f in lay["truth"]} == {"leader"}
    assert "领导班子" in _sheet(lay["name"])["rows"][0][0]
    names = [row[0] for row in _rows(lay["name"])[2:] if row[0] and row[4]]
    assert names == [f["person"] for f in lay["truth"]]


def test_batch14_cards_hold_name_and_post_fields():
    for name in ("yibao_center_cards", "school_middle_cards"):
        lay = BY_NAME[name]
        assert len(lay["truth"]) == len(lay["sheets"]) >= 2
        for k, form in enumerate(lay["truth"]):
            rows = _rows(name, k)
            fields = {row[i]: row[i + 1] for row in rows[1:3] for i in (0, 2)}
            assert fields["姓名"] == form["person"] and fields["职务"] == form["title"]
            points = [row[1] for row in _numbered(name, k)]
            assert points == [r["risk_point"] for r in form["risks"]]


def test_batch14_adjusted_level_is_the_level():
    lay = BY_NAME["street_level_adjusted"]
    header = next(row for row in _rows(lay["name"]) if row[0] == "序号")
    assert header[4:6] == ["原风险等级", "调整后风险等级"]
    rows = _numbered(lay["name"])
    assert [ORDINAL[row[5]] for row in rows] == [r["level"] for r in _points(lay["name"])]
    assert sum(row[4] != row[5] for row in rows) >= 2  # the two columns disagree somewhere


def test_batch14_post_then_bracketed_name():
    lay = BY_NAME["service_post_bracket_name"]
    header = next(row for row in _rows(lay["name"]) if row[0] == "序号")
    assert header[1] == "岗位（责任人）"
    cells = [row[1] for row in _numbered(lay["name"]) if row[1]]
    assert any("（" in c for c in cells) and any("(" in c for c in cells)
    parsed = [re.fullmatch(r"(\S+?)[（(](\S+?)[）)]", c).groups() for c in cells]
    assert parsed == [(f["title"], f["person"]) for f in lay["truth"]]


def test_fourteenth_batch_is_read(tmp_path):
    from published.score import read_to_the_bars

    read_to_the_bars(build, tmp_path)
