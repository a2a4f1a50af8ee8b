"""The fifth batch of published layouts (tests/published/batch5.py): everyday county tables.

Built apart from the reader (``python tests/published/score.py --set batch5``).

First measured untuned with main at 5a0d844: forms 0.953, recall 0.934, precision 0.952,
levels 1.000 (11 of 12 layouts perfect; the card whose header line names 岗位名称 and 持卡人
was not). After adding those header words and ending a table at a lone note line: 1.00.
"""

import json
import re

from published.batch3 import LAYOUTS as THIRD_BATCH
from published.batch4 import LAYOUTS as FOURTH_BATCH
from published.batch5 import LAYOUTS, PREFIX, build
from published.cells import built
from published.cells import cells as _cells
from published.cells import norm as _norm
from published.heldout import LAYOUTS as SECOND_BATCH
from published.layouts import LAYOUTS as FIRST_BATCH

TYPES = {"思想道德", "制度机制", "岗位职责", "业务流程", "外部环境"}
BY_NAME = {lay["name"]: lay for lay in LAYOUTS}


def test_batch5_is_apart_from_the_earlier_batches():
    names = [lay["name"] for lay in LAYOUTS]
    assert len(names) >= 12 and len(set(names)) == len(names)
    earlier = FIRST_BATCH + SECOND_BATCH + THIRD_BATCH + FOURTH_BATCH
    assert not set(names) & {lay["name"] for lay in earlier}
    sources = [lay["source"] for lay in LAYOUTS]
    assert len(set(sources)) == len(sources)
    assert not set(sources) & {lay["source"] for lay in earlier}


def test_batch5_truth_is_self_consistent(tmp_path):
    inbox = built(build)
    truth = json.loads((inbox / "truth.json").read_text(encoding="utf-8"))
    for lay in LAYOUTS:
        assert re.fullmatch(r"[a-z0-9_]+", lay["name"]), lay["name"]
        assert lay["source"].startswith("http"), lay["name"]
        assert 3 <= sum(len(f["risks"]) for f in lay["truth"]) <= 25, lay["name"]
        depts = {f["department"] for f in lay["truth"] if f["department"]}
        assert 2 <= len(depts) <= 4, lay["name"]  # an office's table: two to four departments
    resaved = {f["file"] for f in truth["forms"] if not f["file"].endswith(".xlsx")}
    assert {f for f in resaved if f.endswith(".xls")} == {
        f"{PREFIX}county_build_gushi_yilan.xls",
        f"{PREFIX}wnwk_gushi_sheets.xls",
    }
    assert {f for f in resaved if f.endswith(".ods")} == {f"{PREFIX}edu_selfcheck_sheets.ods"}
    assert {lay["name"] for lay in truth["layouts"]} == {lay["name"] for lay in LAYOUTS}
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
        assert f["risks"], f["file"]
        for r in f["risks"]:
            assert _norm(r["risk_point"]) in here, (f["file"], r["risk_point"])  # a whole cell
            assert r["risk_point"] != "无"
            assert r["level"] in (1, 2, 3)  # every point of this batch is graded
            assert set(r["types"]) <= TYPES
            key = (f["file"], _norm(f["person"]), _norm(r["risk_point"]))
            assert key not in keys, key  # the scorer keys points by these
            keys.add(key)


def test_batch5_levels_use_the_whole_scale():
    for lay in LAYOUTS:
        levels = {r["level"] for f in lay["truth"] for r in f["risks"]}
        assert len(levels) >= 2, lay["name"]
    assert {r["level"] for lay in LAYOUTS for f in lay["truth"] for r in f["risks"]} == {1, 2, 3}


def test_batch5_types_only_where_a_type_column_is():
    typed = {"edu_selfcheck_sheets", "wx_office_typed_list", "school_offices_roman",
             "fabiao_personal_stacked"}  # fmt: skip
    for lay in LAYOUTS:
        types = [r["types"] for f in lay["truth"] for r in f["risks"]]
        if lay["name"] in typed:
            assert all(types), lay["name"]
        else:
            assert not any(types), lay["name"]  # 工作事项 etc. are no types
    school = [r["types"] for f in BY_NAME["school_offices_roman"]["truth"] for r in f["risks"]]
    assert ["思想道德", "制度机制"] in school  # one cell naming two types is one point


def test_batch5_holders_follow_the_stated_conventions():
    """责任人/姓名/持卡人 are holders; 分管领导 and 监督人 are not; posts alone have none."""
    assert all(not f["person"] for f in BY_NAME["office_post_noholder"]["truth"])
    for name, lay in BY_NAME.items():
        if name != "office_post_noholder":
            assert all(f["person"] for f in lay["truth"]), name
    leaders = {f["person"] for f in BY_NAME["county_committee_leader_col"]["truth"]}
    assert leaders == {"丰建华", "祁永红", "简玉霞"}
    cards = BY_NAME["heshui_post_cards"]["truth"]
    assert {f["person"] for f in cards} == {"郜明杰", "檀小玲", "莘海波"}
    # the 股室 named only in the title is the sheet's department
    for f in BY_NAME["wnwk_gushi_sheets"]["truth"]:
        assert f["department"] == f["sheet"]


def test_batch5_instruction_sheet_holds_no_points():
    lay = BY_NAME["edu_selfcheck_sheets"]
    assert lay["sheets"][0]["name"] == "填表说明"
    assert "填表说明" not in {f["sheet"] for f in lay["truth"]}


def test_fifth_batch_is_read(tmp_path):
    from published.score import read_to_the_bars

    read_to_the_bars(build, tmp_path)
