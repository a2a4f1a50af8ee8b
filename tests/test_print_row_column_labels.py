"""A table printed with 打印行号列标 (print row and column headings) to PDF and turned back into a
workbook carries the print's labels as cells: a first row of the column letters ``A | B | C …``
over an empty corner, and a first column of the printed row numbers ``1, 2, 3 …`` beside every
row, the title, the heading and the sign-off too. Read as they stand, the letter row is stray
content outside the table, the row numbers take the real 序号's place and the title's number is
glued to the unit. They are the print's, not the table's: blanked before reading, with one info
PRINT_LABELS_DROPPED. A real 序号 (from the first data row, blank beside the title and the
heading), a 栏次 row ``1 | 2 | 3`` under a heading and a headless list whose 序号 happens to run
with the sheet's rows stay as they are."""

from pathlib import Path

from helpers import write_ods, write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config

UNIT = "温宿县水利局"
TITLE = f"{UNIT}岗位廉政风险防控清单"
HEAD = ["序号", "科室", "职务", "责任人", "风险点", "风险级别", "防控措施"]
BODY = [
    [1, "水资源管理股", "股长", "阙昀霏", "取水许可审批中降低条件", "高", "许可事项集体会审，结果公开"],
    [2, "水资源管理股", "股长", "阙昀霏", "水资源费征收减免随意", "中", "减免报局务会研究"],
    [3, "工程建设股", "副股长", "甯翾瑜", "工程验收中放宽质量标准", "高", "验收组三人以上，签字存档"],
    [4, "财务室", "会计", "阙翾瑶", "项目资金拨付不按进度", "低", "资金拨付按月报进度核对"],
]  # fmt: skip
WANT = [
    ("阙昀霏", "取水许可审批中降低条件", "Ⅰ级"),
    ("阙昀霏", "水资源费征收减免随意", "Ⅱ级"),
    ("甯翾瑜", "工程验收中放宽质量标准", "Ⅰ级"),
    ("阙翾瑶", "项目资金拨付不按进度", "Ⅲ级"),
]
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _read(tmp_path: Path, rows: list[list], ods: bool = False):
    inbox = tmp_path / "inbox"
    if ods:
        write_ods(inbox / "list.ods", {"清单": rows})
    else:
        write_workbook(inbox / "list.xlsx", {"清单": rows})
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def _points(got) -> list[tuple[str, str, str]]:
    r = got.risks
    return list(zip(r["person"], r["risk_point"], r["risk_level"], strict=True))


def _printed(rows: list[list], letters: bool = True) -> list[list]:
    """``rows`` as a print with row numbers (and column letters) turned back into cells."""
    width = max(len(r) for r in rows)
    out = [[None, *LETTERS[:width]]] if letters else []
    return out + [[i, *row] for i, row in enumerate(rows, 1)]


def _read_as_plain(got) -> None:
    codes = list(got.issues["code"])
    assert set(got.posts["unit"]) == {UNIT}
    assert _points(got) == WANT
    assert "ROW_UNPLACED" not in codes and "COLUMN_GUESSED" not in codes, codes
    assert codes.count("PRINT_LABELS_DROPPED") == 1, got.issues[["code", "cell", "value"]]


def test_letters_over_the_table_and_numbers_beside_every_row(tmp_path):
    rows = [[TITLE], HEAD, *BODY, ["填表人：办公室", "", "", "", "填表日期：2025年6月"]]
    _read_as_plain(_read(tmp_path, _printed(rows)))


def test_the_row_numbers_alone_beside_title_heading_and_rows(tmp_path):
    # (the letter row lost on the way back: the numbers stand beside the heading, as no 序号 does)
    rows = [[TITLE], ["单位：" + UNIT], [], HEAD, *BODY]
    printed = _printed(rows, letters=False)
    printed[2] = [3]  # (an empty row printed with its number only)
    got = _read(tmp_path, printed)
    _read_as_plain(got)
    assert "A1" in set(got.issues["cell"])


def test_a_wider_table_resaved_as_ods(tmp_path):
    head = [*HEAD[:5], "风险类型", *HEAD[5:]]
    body = [[*row[:5], "岗位职责风险", *row[5:]] for row in BODY]
    got = _read(tmp_path, _printed([[TITLE], head, *body]), ods=True)
    _read_as_plain(got)
    assert all("岗位职责" in t for t in got.risks["risk_type"])


def test_two_printed_pages_the_title_rows_repeated_and_a_hidden_row_missing(tmp_path):
    # (顶端标题行: the title and heading again atop page two, with their numbers 1 and 2; row 5
    # hidden when printed, its number missing)
    printed = _printed([[TITLE], HEAD, *BODY[:2], ["（隐藏行）"], *BODY[2:]])
    del printed[5]
    printed[5:5] = [printed[1], printed[2]]
    _read_as_plain(_read(tmp_path, printed))


def test_a_real_number_column_and_a_column_number_row_stay(tmp_path):
    # 序号 from the first data row, blank beside the title and the heading; a 栏次 row under it
    rows = [[TITLE], HEAD, [None, 1, 2, 3, 4, 5, 6], *BODY]
    got = _read(tmp_path, rows)
    assert "PRINT_LABELS_DROPPED" not in set(got.issues["code"])
    assert _points(got) == WANT
    assert set(got.posts["unit"]) == {UNIT}


def test_a_headless_list_numbered_with_its_rows_stays(tmp_path):
    # a sheet of rows only, going on from the sheet before: its 序号 runs with the sheet's rows
    inbox = tmp_path / "inbox"
    more = [[5 + i, *row[1:]] for i, row in enumerate(BODY)]
    write_workbook(inbox / "list.xlsx", {"清单": [[TITLE], HEAD, *BODY], "续表": more})
    config = load_config()
    got = assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])
    assert "PRINT_LABELS_DROPPED" not in set(got.issues["code"])
    assert len(got.risks) == 2 * len(BODY)


def test_a_first_row_of_grade_letters_stays(tmp_path):
    # 'A | B | C' as the first row of a short key, not as wide as the table below it
    rows = [["A", "B", "C"], [TITLE], HEAD, *BODY]
    got = _read(tmp_path, rows)
    assert "PRINT_LABELS_DROPPED" not in set(got.issues["code"])


def test_what_the_hundred_and_twenty_ninth_review_found_a_hidden_column(tmp_path):
    """A column hidden when printed (its letter missing: ' | A | B | C | E | F …'), with the row
    numbers and without them: the letters still rise one per printed column over the table's
    whole width, so they are the print's. The reader had wanted every letter in turn and left
    the row in (ROW_UNPLACED over the title)."""
    rows = [[TITLE], HEAD, *BODY, ["填表人：办公室", "", "", "", "填表日期：2025年6月"]]
    printed = _printed(rows)
    printed[0] = [None, *"ABCEFGH"]
    _read_as_plain(_read(tmp_path / "numbered", printed))
    alone = [list("ABCEFGH"), *(row[1:] for row in printed[1:])]
    _read_as_plain(_read(tmp_path / "alone", alone))


def test_what_the_hundred_and_twenty_ninth_review_found_a_headless_list_of_heading_words(tmp_path):
    """A 续表 of rows only, its 序号 running 5, 6, 7 … on every row from the first, whose 岗位
    '负责人' and 风险类型 '岗位职责' are also words of a heading: no row there is a heading (three
    kinds of column, one the points' own), so its 序号 is not a print's row numbers. The reader
    had taken such a data row for the numbered heading, blanked the 序号 and said
    PRINT_LABELS_DROPPED of a sheet never printed."""
    head = [*HEAD[:5], "风险类型", *HEAD[5:]]
    one = [[1, "办公室", "负责人", "阙昀霏", "公文审核把关不严", "岗位职责", "高", "集体审核"],
           [2, "财务室", "会计", "阙翾瑶", "资金拨付不按进度", "岗位职责", "低", "按月核对"]]  # fmt: skip
    more = [[3 + k, "工程股", "负责人", "甯翾瑜", point, "岗位职责", "高", "集体决策"]
            for k, point in enumerate(["工程验收放宽标准", "招标设置门槛", "变更签证不审核", "进度款超付"])]  # fmt: skip
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "list.xlsx", {"清单": [[TITLE], head, *one], "续表": more})
    config = load_config()
    got = assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])
    assert "PRINT_LABELS_DROPPED" not in set(got.issues["code"])
    assert len(got.risks) == 6


def test_what_the_hundred_and_twenty_ninth_review_found_a_wrapped_line_split_off(tmp_path):
    """The PDF's conversion split a wrapped 防控措施 cell's second line into a row of its own,
    with no row number beside it: one such row under numbered ones is still the print's (the
    title and heading numbered, no 序号 does that). The reader had wanted a number on every row,
    kept the labels and read the sign-off's date as a point (LEVEL_BLANK error, ROW_UNPLACED);
    now it reads as the same table without the labels does (that reads the split line as a
    row with no point, POINT_BLANK, either way)."""
    rows = [[TITLE], HEAD, *BODY, ["填表人：办公室", "", "", "", "填表日期：2025年6月"]]
    printed = _printed(rows)
    printed.insert(4, [None, None, None, None, None, None, None, "重大事项报局党组"])
    got = _read(tmp_path, printed)
    codes = list(got.issues["code"])
    assert set(got.posts["unit"]) == {UNIT}
    assert _points(got) == WANT
    assert "ROW_UNPLACED" not in codes and "LEVEL_BLANK" not in codes, codes
    assert codes.count("PRINT_LABELS_DROPPED") == 1


def test_what_the_hundred_and_twenty_ninth_review_found_letters_beside_an_empty_column(tmp_path):
    """The column letters over the table from B on, and column A empty on every row (the row
    numbers lost on the way back, their column kept): still the print's letters, as wide as the
    table beside the empty column. The reader had wanted the letters from the sheet's first
    column when no numbers stood beside them, and left the row in (ROW_UNPLACED)."""
    rows = [[TITLE], HEAD, *BODY, ["填表人：办公室", "", "", "", "填表日期：2025年6月"]]
    printed = [[None, *row[1:]] for row in _printed(rows)]
    _read_as_plain(_read(tmp_path, printed))


def test_what_the_hundred_and_twenty_ninth_review_found_letters_atop_each_page(tmp_path):
    """A print puts the column letters atop every page: a two-page print turned back has the
    letter row again over page two's rows (with or without the title rows repeated under it).
    Every copy is the print's. The reader had wanted a number beside every row below the
    first letter row and left all the labels in (the unit read '1温宿县水利局')."""
    rows = [[TITLE], HEAD, *BODY, ["填表人：办公室", "", "", "", "填表日期：2025年6月"]]
    printed = _printed(rows)
    printed.insert(5, list(printed[0]))
    _read_as_plain(_read(tmp_path / "letters", printed))
    printed = _printed(rows)
    printed[5:5] = [list(printed[0]), printed[1], printed[2]]
    _read_as_plain(_read(tmp_path / "titled", printed))
