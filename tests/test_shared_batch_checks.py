"""The shared batch checks (tests/published/checks.py) still fail: fed batch96 with one thing
broken in memory, each raises AssertionError naming what broke. (Named apart from
tests/test_batch*.py, whose tests are one batch each.)"""

import copy

import pytest
from published import batch95, batch96
from published.checks import Batch

APART = {"count": (8, 10), "harder": {"rescue_center_one_line_holder"}, "sees": 93}


def _broken(change) -> list[dict]:
    layouts = copy.deepcopy(batch96.LAYOUTS)
    change(layouts)
    return layouts


def _built(layouts):
    """A Batch over ``layouts`` whose inbox is built from them (no re-saved copies)."""
    return Batch(96, layouts, lambda out: batch96.build(out, layouts=layouts, resaved=False))


def test_a_layout_name_of_an_earlier_batch_fails():
    name = batch95.LAYOUTS[0]["name"]
    layouts = _broken(lambda lays: lays[0].update(name=name))
    with pytest.raises(AssertionError, match=f"layout names of earlier batches.*{name}"):
        Batch(96, layouts, batch96.build).is_apart(**APART)


def test_a_source_cited_twice_fails():
    layouts = _broken(lambda lays: lays[1].update(source=lays[0]["source"]))
    with pytest.raises(AssertionError, match="a source cited twice"):
        Batch(96, layouts, batch96.build).is_apart(**APART)


def test_a_truth_point_not_in_its_sheet_fails():
    def gone(lays):
        lays[3]["truth"][0]["risks"][0]["risk_point"] = "表中没有的风险点"

    with pytest.raises(AssertionError, match="not a cell of its sheet"):
        _built(_broken(gone)).truth_is_self_consistent(nobody={"notary_office_posts"})


def test_an_untyped_point_in_a_typed_layout_fails():
    def untyped(lays):
        lays[1]["truth"][0]["risks"][0]["types"] = []

    untyped_layouts = {"sports_school_pairs", "notary_office_posts", "special_equipment_post_grade"}
    with pytest.raises(AssertionError, match="funeral_home_workshop"):
        Batch(96, _broken(untyped), batch96.build).levels_and_types(
            untyped=untyped_layouts, one_type=True
        )
