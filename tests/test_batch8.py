"""The eighth batch of published layouts (tests/published/batch8.py): everyday tables and two
harder ones (``python tests/published/score.py --set batch8``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here.

First measured untuned with main at 6951b25: forms 0.857, recall 0.939, precision 0.939, levels
1.000, noise 1 (7 of 10 layouts perfect; misses in tax_branch_posts, personal_card_blocks and
cdpf_section_rows).

First measured untuned with main at 6951b25: forms 0.857, recall 0.939, precision 0.939, levels
1.000 (7 of 10 layouts perfect). It then taught: a 分局 named in the title is the 科室 of the
rows; a `填报单位(盖章):… 填报日期` line under a table is its sign-off; a personal card of label
blocks (`风险点一 | …`, `风险等级 | 一级 | 防控措施 | …`) with 姓名/职务/科室 above. Now 1.00.
"""

import json
import re

from published.batch3 import LAYOUTS as THIRD_BATCH
from published.batch4 import LAYOUTS as FOURTH_BATCH
from published.batch5 import LAYOUTS as FIFTH_BATCH
from published.batch6 import LAYOUTS as SIXTH_BATCH
from published.batch7 import LAYOUTS as SEVENTH_BATCH
from published.batch8 import LAYOUTS, build
from published.cells import built
from published.cells import cells as _cells
from published.cells import norm as _norm
from published.heldout import LAYOUTS as SECOND_BATCH
from published.layouts import LAYOUTS as FIRST_BATCH

TYPES = {"思想道德", "制度机制", "岗位职责", "业务流程", "外部环境"}
BY_NAME = {lay["name"]: lay for lay in LAYOUTS}
HARDER = {"district_tick_levels", "personal_card_blocks"}
NO_HOLDER = {"tax_branch_posts", "soe_handbook_matrix"}  # 对岗不对人: posts only


def _points(name):
    return [r for f in BY_NAME[name]["truth"] for r in f["risks"]]


def test_batch8_is_apart_from_the_earlier_batches():
    names = [lay["name"] for lay in LAYOUTS]
    assert len(names) >= 10 and len(set(names)) == len(names)
    earlier = (FIRST_BATCH + SECOND_BATCH + THIRD_BATCH + FOURTH_BATCH + FIFTH_BATCH + SIXTH_BATCH
               + SEVENTH_BATCH)  # fmt: skip
    assert not set(names) & {lay["name"] for lay in earlier}
    sources = [lay["source"] for lay in LAYOUTS]
    assert len(set(sources)) == len(sources)
    assert not set(sources) & {lay["source"] for lay in earlier}
    assert HARDER <= set(names)
    assert all(lay["what"].startswith("(harder)") == (lay["name"] in HARDER) for lay in LAYOUTS)


def test_batch8_truth_is_self_consistent(tmp_path):
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
        assert bool(f["person"]) == (f["layout"] not in NO_HOLDER), f["file"]
        if not f["person"]:
            assert f["department"] and f["title"], f["file"]  # a post: department + title
        assert f["risks"], f["file"]
        for r in f["risks"]:
            assert _norm(r["risk_point"]) in here, (f["file"], r["risk_point"])  # a whole cell
            assert r["risk_point"] != "无"
            assert r["level"] in (1, 2, 3)
            assert set(r["types"]) <= TYPES
            key = (f["file"], _norm(f["person"]), _norm(f["title"]), _norm(r["risk_point"]))
            assert key not in keys, key
            keys.add(key)


def test_batch8_levels_and_types():
    for name in BY_NAME:
        assert len({r["level"] for r in _points(name)}) >= 2, name
    typed = {"cdc_keshi_check", "school_general_form"}
    for name in BY_NAME:
        types = [r["types"] for r in _points(name)]
        assert all(types) if name in typed else not any(types), name
    assert ["岗位职责", "外部环境"] in [r["types"] for r in _points("cdc_keshi_check")]


def test_batch8_section_rows_name_the_department():
    lay = BY_NAME["cdpf_section_rows"]
    rows = lay["sheets"][0]["rows"]
    headings = [
        row[0]
        for row in rows
        if row and isinstance(row[0], str) and re.match(r"[一二三]、", row[0])
    ]
    assert [h[2:] for h in headings] == list(dict.fromkeys(f["department"] for f in lay["truth"]))
    points = {r["risk_point"] for r in _points("cdpf_section_rows")}
    assert not points & set(headings)


def test_batch8_tick_columns_give_the_level():
    rows = BY_NAME["district_tick_levels"]["sheets"][0]["rows"]
    assert rows[2][5:8] == ["高", "中", "低"]
    by_point = {r["risk_point"]: r["level"] for r in _points("district_tick_levels")}
    for row in rows[3:]:
        if len(row) > 4 and row[4] in by_point:
            ticks = row[5:8]
            assert ticks.count("√") == 1 and ticks.index("√") + 1 == by_point[row[4]]


def test_batch8_personal_forms_are_one_form():
    for name in ("kindergarten_self_check", "school_general_form", "personal_card_blocks"):
        assert len(BY_NAME[name]["truth"]) == 1, name
    card = BY_NAME["personal_card_blocks"]
    labels = [row[0] for row in card["sheets"][0]["rows"] if row and row[0]]
    assert sum(1 for x in labels if str(x).startswith("风险点")) == len(
        _points("personal_card_blocks")
    )
    short = {r["risk_point"] for r in _points("kindergarten_self_check")}
    descs = {
        row[2] for row in BY_NAME["kindergarten_self_check"]["sheets"][0]["rows"] if len(row) > 2
    }
    assert not short & descs  # 具体表现 is not the point


def test_batch8_posts_without_holders():
    soe = BY_NAME["soe_handbook_matrix"]["truth"]
    assert [f["title"] for f in soe].count("部门经理") == 3  # one title in three 部门: three posts
    assert {f["department"] for f in BY_NAME["tax_branch_posts"]["truth"]} == {"第一税务分局"}


def test_eighth_batch_builds(tmp_path):
    inbox = build(tmp_path)
    assert (inbox / "truth.json").is_file()


def test_eighth_batch_is_read(tmp_path):
    from published.score import read_to_the_bars

    read_to_the_bars(build, tmp_path)
