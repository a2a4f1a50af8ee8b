"""The ninth batch of published layouts (tests/published/batch9.py): everyday tables and two
harder ones (``python tests/published/score.py --set batch9``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here.

First measured untuned with main at 12a4d30: forms 0.839, recall 0.812, precision 0.812, levels
1.000 (8 of 10 layouts perfect). It then taught: several header fields in one merged line
(`所在单位:…财政所   姓名:…   岗位:…`, the 科室 read from the unit's name), a post and its holder
as `科长:焦建军`, and a `中队长审核:` line as a sign-off. Now 1.00.
"""

import json
import re

from published.batch3 import LAYOUTS as THIRD_BATCH
from published.batch4 import LAYOUTS as FOURTH_BATCH
from published.batch5 import LAYOUTS as FIFTH_BATCH
from published.batch6 import LAYOUTS as SIXTH_BATCH
from published.batch7 import LAYOUTS as SEVENTH_BATCH
from published.batch8 import LAYOUTS as EIGHTH_BATCH
from published.batch9 import LAYOUTS, build
from published.cells import built
from published.cells import cells as _cells
from published.cells import norm as _norm
from published.heldout import LAYOUTS as SECOND_BATCH
from published.layouts import LAYOUTS as FIRST_BATCH

TYPES = {"思想道德", "制度机制", "岗位职责", "业务流程", "外部环境"}
BY_NAME = {lay["name"]: lay for lay in LAYOUTS}
HARDER = {"post_and_name_cell", "fund_two_row_groups"}
NO_HOLDER = {"settlement_duty_list"}  # 对岗不对人: posts only


def _points(name):
    return [r for f in BY_NAME[name]["truth"] for r in f["risks"]]


def test_batch9_is_apart_from_the_earlier_batches():
    names = [lay["name"] for lay in LAYOUTS]
    assert len(names) >= 10 and len(set(names)) == len(names)
    earlier = (FIRST_BATCH + SECOND_BATCH + THIRD_BATCH + FOURTH_BATCH + FIFTH_BATCH + SIXTH_BATCH
               + SEVENTH_BATCH + EIGHTH_BATCH)  # fmt: skip
    assert not set(names) & {lay["name"] for lay in earlier}
    sources = [lay["source"] for lay in LAYOUTS]
    assert len(set(sources)) == len(sources)
    assert not set(sources) & {lay["source"] for lay in earlier}
    assert HARDER <= set(names)
    assert all(lay["what"].startswith("(harder)") == (lay["name"] in HARDER) for lay in LAYOUTS)


def test_batch9_truth_is_self_consistent(tmp_path):
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
            if field == "department" and f["tier"] == "leader":
                continue  # leaders sit in 领导班子 (DESIGN §2a), named or not
            assert not f[field] or any(_norm(f[field]) in c for c in here), (f["file"], field)
        assert f["tier"] in ("leader", "middle", "general", None)
        assert bool(f["person"]) == (f["layout"] not in NO_HOLDER), f["file"]
        if not f["person"]:
            assert f["department"] and f["title"], f["file"]
        assert f["risks"], f["file"]
        for r in f["risks"]:
            assert _norm(r["risk_point"]) in here, (f["file"], r["risk_point"])
            assert r["risk_point"] not in ("无", "已整改")
            assert r["level"] in (1, 2, 3)
            assert set(r["types"]) <= TYPES
            key = (f["file"], _norm(f["person"]), _norm(f["title"]), _norm(r["risk_point"]))
            assert key not in keys, key
            keys.add(key)


def test_batch9_levels_and_types():
    for name in BY_NAME:
        assert len({r["level"] for r in _points(name)}) >= 2, name
    typed = {"medicare_unit_check", "audit_staff_sheets"}
    for name in BY_NAME:
        types = [r["types"] for r in _points(name)]
        assert all(types) if name in typed else not any(types), name


def test_batch9_one_form_per_sheet_and_per_card():
    for name in ("school_leader_sheets", "audit_staff_sheets"):
        lay = BY_NAME[name]
        assert [f["sheet"] for f in lay["truth"]] == [s["name"] for s in lay["sheets"]]
        assert [f["person"] for f in lay["truth"]] == [s["name"] for s in lay["sheets"]]
    for name in ("chengguan_card", "fiscal_cashier_selfcheck"):
        assert len(BY_NAME[name]["truth"]) == 1, name


def test_batch9_post_and_name_in_one_cell():
    lay = BY_NAME["post_and_name_cell"]
    cells = {row[2] for row in lay["sheets"][0]["rows"] if len(row) > 2 and row[2]}
    for f in lay["truth"]:
        assert f"{f['title']}:{f['person']}" in cells


def test_batch9_posts_without_holders():
    forms = BY_NAME["settlement_duty_list"]["truth"]
    assert {f["department"] for f in forms} == {"财务结算中心"}
    assert [f["title"] for f in forms] == ["中心主任", "会计", "出纳"]


def test_ninth_batch_is_read(tmp_path):
    from published.score import read_to_the_bars

    read_to_the_bars(build, tmp_path)
