"""The tenth batch of published layouts (tests/published/batch10.py): everyday tables and two
harder ones (``python tests/published/score.py --set batch10``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here.

First measured untuned with the reader at 3b5b99f: forms 0.922, recall 0.879, precision 0.860,
levels 1.000, types 0.912, noise 3 (6 of 12 layouts perfect). Missed: a label row over a value
row (read as side-by-side pairs), heading rows naming post and holder, type ticks under a
风险类型 group, a 领导责任人 sub-column (taken as a second holder), two sign-off lines, and a
岗位类别 column taken for the post beside the real 岗位 column. After generalising on each kind
(tests in test_columns.py with other words), 1.00 on every metric, no noise.
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
from published.batch10 import LAYOUTS, build
from published.cells import built
from published.cells import cells as _cells
from published.cells import norm as _norm
from published.heldout import LAYOUTS as SECOND_BATCH
from published.layouts import LAYOUTS as FIRST_BATCH

TYPES = ("思想道德", "制度机制", "岗位职责", "业务流程", "外部环境")
BY_NAME = {lay["name"]: lay for lay in LAYOUTS}
HARDER = {"registry_post_heading_rows", "ndrc_type_ticks"}
NO_HOLDER = {  # 对岗不对人: posts only
    "campus_security_keshi",
    "cdc_likelihood_columns",
    "power_plant_dept_sheets",
    "ndrc_type_ticks",
}
TYPED = {"sibao_post_classes", "audit_bureau_typed_rows", "ndrc_type_ticks"}


def _points(name):
    return [r for f in BY_NAME[name]["truth"] for r in f["risks"]]


def _rows(name, sheet=0):
    """The sheet's non-empty rows (spacer rows are written as [])."""
    return [row for row in BY_NAME[name]["sheets"][sheet]["rows"] if row]


def test_batch10_is_apart_from_the_earlier_batches():
    names = [lay["name"] for lay in LAYOUTS]
    assert 10 <= len(names) <= 12 and len(set(names)) == len(names)
    earlier = (FIRST_BATCH + SECOND_BATCH + THIRD_BATCH + FOURTH_BATCH + FIFTH_BATCH + SIXTH_BATCH
               + SEVENTH_BATCH + EIGHTH_BATCH + NINTH_BATCH)  # fmt: skip
    assert not set(names) & {lay["name"] for lay in earlier}
    sources = [lay["source"] for lay in LAYOUTS]
    assert len(set(sources)) == len(sources)
    assert not set(sources) & {lay["source"] for lay in earlier}
    assert HARDER <= set(names)
    assert all(lay["what"].startswith("(harder)") == (lay["name"] in HARDER) for lay in LAYOUTS)


def test_batch10_truth_is_self_consistent(tmp_path):
    inbox = built(build)
    truth = json.loads((inbox / "truth.json").read_text(encoding="utf-8"))
    assert {f["file"] for f in truth["forms"]} == {f"{lay['name']}.xlsx" for lay in LAYOUTS}
    for lay in LAYOUTS:
        assert re.fullmatch(r"[a-z0-9_]+", lay["name"]), lay["name"]
        assert lay["source"].startswith("http"), lay["name"]
        assert 3 <= sum(len(f["risks"]) for f in lay["truth"]) <= 25, lay["name"]
    keys = set()
    cells = {}
    for f in truth["forms"]:
        sheets = cells.setdefault(f["file"], _cells(inbox / f["file"]))
        here = sheets[f["sheet"]]
        assert any(_norm(f["unit"]) in c for s in sheets.values() for c in s), (f["file"], "unit")
        for field in ("department", "title", "person"):
            assert not f[field] or any(_norm(f[field]) in c for c in here), (f["file"], field)
        assert f["tier"] in ("leader", "middle", "general", None)
        assert bool(f["person"]) == (f["layout"] not in NO_HOLDER), f["file"]
        if not f["person"]:
            assert f["department"] and f["title"], f["file"]
        assert f["risks"], f["file"]
        for r in f["risks"]:
            assert _norm(r["risk_point"]) in here, (f["file"], r["risk_point"])
            assert r["risk_point"] not in ("无", "已整改", "√")
            assert r["level"] in (1, 2, 3)
            assert set(r["types"]) <= set(TYPES)
            key = (f["file"], _norm(f["person"]), _norm(f["title"]), _norm(r["risk_point"]))
            assert key not in keys, key
            keys.add(key)


def test_batch10_levels_and_types():
    for name in BY_NAME:
        assert len({r["level"] for r in _points(name)}) >= 2, name
    for name in BY_NAME:
        types = [r["types"] for r in _points(name)]
        assert all(types) if name in TYPED else not any(types), name
    # a point with two types somewhere in each typed layout
    for name in TYPED:
        assert any(len(r["types"]) == 2 for r in _points(name)), name


def test_batch10_one_form_per_sheet_and_per_card():
    lay = BY_NAME["registry_stacked_cards"]
    assert [f["sheet"] for f in lay["truth"]] == [s["name"] for s in lay["sheets"]]
    for sheet, form in zip(lay["sheets"], lay["truth"], strict=True):
        stacked = {row[0]: row[1] for row in sheet["rows"][1:5]}
        assert stacked == {"单位名称": form["unit"], "所在科室": form["department"],
                           "岗位": form["title"], "姓名": form["person"]}  # fmt: skip
    assert len(BY_NAME["fujing_label_row_selfcheck"]["truth"]) == 1
    lay = BY_NAME["power_plant_dept_sheets"]
    assert {f["sheet"] for f in lay["truth"]} == {s["name"] for s in lay["sheets"]}
    assert all(f["department"] == f["sheet"] for f in lay["truth"])


def test_batch10_watchers_are_not_holders():
    # 监督人 / 监督主体 / 领导责任人 / 监督责任人 columns never name a truth holder
    for name, col in (("gongdiansuo_star_levels", 8), ("village_cadres_name_first", 8),
                      ("college_logistics_split_holders", 6), ("campus_security_keshi", 7)):  # fmt: skip
        rows = _rows(name)
        first = next(i for i, row in enumerate(rows) if row[0] == 1)
        watchers = {row[col] for row in rows[first:] if len(row) > col and row[col]}
        holders = {f["person"] for f in BY_NAME[name]["truth"]}
        assert watchers and not watchers & holders, name
    for sheet in BY_NAME["registry_stacked_cards"]["sheets"]:
        watchers = {row[4] for row in sheet["rows"] if row and isinstance(row[0], int)}
        assert len(watchers) == 1 and sheet["rows"][4][1] not in next(iter(watchers))


def test_batch10_level_is_not_its_inputs():
    rows = [r for r in _rows("cdc_likelihood_columns") if isinstance(r[0], int)]
    impact = {"严重": 1, "较重": 2, "一般": 3}
    level = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
    assert any(impact[r[6]] != level[r[7]] for r in rows)
    truth = [r["level"] for r in _points("cdc_likelihood_columns")]
    assert truth == [level[r[7]] for r in rows]


def test_batch10_harder_shapes():
    heading = re.compile(r"^[一二三四]、(.+)\(责任人:(.+)\)$")
    lines = [row[0] for row in _rows("registry_post_heading_rows") if isinstance(row[0], str)]
    named = [heading.match(x).groups() for x in lines if heading.match(x)]
    forms = BY_NAME["registry_post_heading_rows"]["truth"]
    assert named == [(f["title"], f["person"]) for f in forms]
    rows = [r for r in _rows("ndrc_type_ticks") if isinstance(r[0], int)]
    ticked = [[k for k, v in zip(TYPES, r[4:9], strict=True) if v == "√"] for r in rows]
    assert ticked == [r["types"] for r in _points("ndrc_type_ticks")]


def test_tenth_batch_is_read(tmp_path):
    from published.score import read_to_the_bars

    read_to_the_bars(build, tmp_path)
