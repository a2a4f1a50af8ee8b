"""The whole-sheet gates of the steps that walk every row (``xlproc.rowgates``)."""

import pytest

from xlproc.rowgates import seq_left_blank
from xlproc.shadow import shadow_agrees


def test_seq_left_blank_only_for_a_row_going_on():
    rows = [
        ["序号", "科室", "风险点"],
        ["1", "办公室", "公车私用"],
        ["", "", ""],
        ["2", "财务股", "…"],
    ]
    assert not seq_left_blank(rows, 1, 0)  # (a blank row goes on no record)
    rows.append([" ", "股", "…的其余"])
    assert seq_left_blank(rows, 1, 0)  # (序号 blank, the row holds text: a line going on)
    assert seq_left_blank([["1", "a"], ["b"]], 0, 1)  # (a short row: its 序号 cell missing)


def test_shadow_agrees_raises_on_a_disagreement():
    shadow_agrees(True, "x")
    with pytest.raises(AssertionError):
        shadow_agrees(False, "x")
