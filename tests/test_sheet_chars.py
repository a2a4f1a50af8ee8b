"""A sheet's characters (``Grid.chars``, ``Grid.lacks``): the one test a step that needs a
word makes before it looks through a sheet's rows. It must never say a word is missing that a
step would find, as written, spaced, split over cells, folded or in traditional characters."""

from xlproc.workbook import Grid


def _grid(*rows: list[str]) -> Grid:
    return Grid("表1", [list(r) for r in rows], [])


def test_a_word_written_is_not_lacking():
    g = _grid(["序号", "风险环节", "防控措施"], ["1", "审批", "双人复核"])
    assert not g.lacks("环节")
    assert not g.lacks("审批环节")  # (characters, not the word: enough for a gate)
    assert g.lacks("承诺")


def test_spaced_split_folded_and_traditional_words_are_found():
    g = _grid(["环 节", "风险"], ["ＵＫｅｙ", "等級"], ["责任", "人"])
    assert not g.lacks("环节")  # spaced inside a cell
    assert not g.lacks("责任人")  # split over two cells
    assert not g.lacks("UKey")  # full-width letters folded
    assert not g.lacks("等级")  # a traditional character keyed as simplified
    assert not g.lacks("等級")  # and as written


def test_any_of_several_words():
    g = _grid(["一级", "二级"])
    assert not g.lacks("高", "一级")
    assert g.lacks("高", "低")
