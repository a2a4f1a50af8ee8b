"""Tables modelled on what offices publish (tests/published/): the corpus is sound, and read well."""

import json
import re

from published.cells import built
from published.cells import cells as _cells
from published.cells import norm as _norm
from published.layouts import LAYOUTS, build


def test_truth_is_self_consistent(tmp_path):
    inbox = built(build)
    truth = json.loads((inbox / "truth.json").read_text(encoding="utf-8"))
    names = [lay["name"] for lay in LAYOUTS]
    assert len(names) >= 14 and len(set(names)) == len(names)
    for lay in LAYOUTS:
        assert re.fullmatch(r"[a-z0-9_]+", lay["name"]) and lay["source"].startswith("http"), lay[
            "name"
        ]
        assert 3 <= sum(len(f["risks"]) for f in lay["truth"]) <= 25, lay["name"]
    resaved = {f["file"].rsplit(".", 1)[1] for f in truth["forms"]} - {"xlsx"}
    assert resaved == {"xls", "ods"}
    assert len({f["file"] for f in truth["forms"] if f["file"].endswith(".xls")}) >= 4
    assert len({f["file"] for f in truth["forms"] if f["file"].endswith(".ods")}) >= 2
    keys = set()
    cells = {}
    for f in truth["forms"]:
        assert (inbox / f["file"]).is_file(), f["file"]
        sheets = cells.setdefault(f["file"], _cells(inbox / f["file"]))
        here = sheets[f["sheet"]]
        for field in (
            "unit",
            "department",
            "title",
            "person",
        ):  # each is written somewhere in the sheet
            assert not f[field] or any(_norm(f[field]) in c for c in here), (
                f["file"],
                field,
                f[field],
            )
        assert f["tier"] in ("leader", "middle", "general", None)
        for r in f["risks"]:
            assert _norm(r["risk_point"]) in here, (f["file"], r["risk_point"])  # a whole cell
            assert r["level"] in (1, 2, 3, None)
            assert set(r["types"]) <= {"思想道德", "制度机制", "岗位职责", "业务流程", "外部环境"}
            key = (f["file"], _norm(f["person"]), _norm(r["risk_point"]))
            assert key not in keys, key  # the scorer keys points by these
            keys.add(key)


def test_published_layouts_are_read(tmp_path):
    from published.score import read_to_the_bars

    read_to_the_bars(build, tmp_path)
