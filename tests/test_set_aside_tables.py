"""A table set aside as no list of points — TABLE_OTHER, and the kinds later rounds named on
their own (TABLE_UNDER_LIST, COUNT_BLOCK_BY_LEVEL, LEVEL_KEY_UNDER_LIST) — counts its rows as
unplaced, the count in the issue's ``field``. A later reading that takes such a table up (a
科室's grading that sets the levels, a symbols legend that sets types and levels) drops the issue
AND its rows from the count, whatever its code: before, only TABLE_OTHER's rows were dropped,
so a legend or a grading first set aside under a newer code left its rows counted unplaced with
no issue naming them (the accounting line saying cells were missed that were read).
"""

import re
import sys
from pathlib import Path

from xlproc.collect import read_file
from xlproc.config import load_config
from xlproc.issues import ITEMS, SET_ASIDE_TABLES

ROOT = Path(__file__).resolve().parent.parent


def test_every_code_a_table_is_set_aside_with_counts_its_rows():
    import xlproc.locate_preamble as lp

    src = "".join(p.read_text(encoding="utf-8") for p in (ROOT / "xlproc").glob("locate*.py"))
    given = set(re.findall(r'_other_table\([^)]*?"([A-Z_]+)"', src)) | set(
        lp._LEVEL_BLOCKS.values()
    )
    assert given and given <= set(SET_ASIDE_TABLES)
    assert not set(SET_ASIDE_TABLES) & set(ITEMS)  # (the field is the count of rows)


def _built(tmp_path: Path, batch: str, name: str) -> Path:
    sys.path.insert(0, str(ROOT / "tests"))
    import importlib

    importlib.import_module(f"published.{batch}").build(tmp_path)
    return next(tmp_path.rglob(f"{name}.*"))


def test_a_grading_table_read_after_it_was_set_aside_leaves_nothing_unplaced(tmp_path):
    path = _built(tmp_path, "batch940", "cuomei_market_bureau_levels_by_department_grading")
    got = read_file(path, path.name, load_config())
    assert "LEVEL_BY_DEPT_GRADING" in {i.code for i in got.issues}
    assert got.unplaced == 0


def test_a_symbols_legend_read_after_it_was_set_aside_leaves_nothing_unplaced(tmp_path):
    path = _built(tmp_path, "batch1002", "ceheng_forestry_symbol_legend_grid")
    got = read_file(path, path.name, load_config())
    codes = {i.code for i in got.issues}
    assert "TYPE_LEVEL_BY_SYMBOL_GRID" in codes and not codes & set(SET_ASIDE_TABLES)
    assert got.unplaced == 0
