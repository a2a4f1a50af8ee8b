"""The small text helpers every reading step shares."""

from xlproc.text import cell_ref, col_index, number_list


def test_numbers_a_reference_lists():
    assert number_list("1—3、5") == [1, 2, 3, 5]
    assert number_list("2 至 4 和 7") == [2, 3, 4, 7]
    assert number_list("3，6,9") == [3, 6, 9]
    # a range wider than the caller allows is no range (a date's numbers, a phone's)
    assert number_list("1-2025") == []
    assert number_list("1-40", widest=30) == []
    assert number_list("1-40") == list(range(1, 41))
    assert number_list("第三项") == []


def test_cell_references_both_ways():
    assert cell_ref(0, 0) == "A1"
    assert cell_ref(9, 27) == "AB10"
    assert col_index("AB") == 27
