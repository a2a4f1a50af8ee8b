"""Seeded, deterministic mutations of real tables at the level of their cells, for
tests/test_grid_fuzz.py (``fuzzmut`` breaks the files' bytes; these keep the file sound and
break the TABLE: rows deleted, doubled or emptied, columns inserted or swapped, a block moved,
the sheet turned on its side, cells blanked or given the words a reader keys on).

``cases(seeds, n, seed)`` gives the same sheets for the same arguments on every machine.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

# the words and marks the readers key on, put where they do not belong
WORDS = ["同上", "同左", "（", "）", "\n", "——", "无", "1.1", "%", "→", "@某某", "合计", "注：", "〃", "",
         " ", "一级", "高", "思想道德", "姓名", "风险点", "防控措施", "审核人：", "年 月 日", "1", "0", "-",
         "（接上页）", "①", "A岗：", "主办：", "×", "√", "岗位职责：", "附件2", "序号", "=SUM(A1)", "#REF!",
         "★★★", "3/10", "…", "、", "责任人", "科长", "⑳", "²", "一级√ 二级", "高（√）"]  # fmt: skip

Grid = list[list[str]]


def read_grids(path: Path) -> list[tuple[str, Grid]]:
    """Every sheet of a workbook as text cells (calamine, as xlproc reads it)."""
    from python_calamine import CalamineWorkbook

    wb = CalamineWorkbook.from_path(str(path))
    out = []
    for name in wb.sheet_names:
        rows = wb.get_sheet_by_name(name).to_python(skip_empty_area=False)
        out.append((name, [["" if v is None else str(v) for v in r] for r in rows]))
    return out


def mutate(rng: random.Random, rows: Grid) -> tuple[str, Grid]:
    """One mutation of a sheet's cells: (its name, the new cells)."""
    if not rows:
        return "empty", rows
    w = max(len(r) for r in rows) or 1
    rows = [list(r) + [""] * (w - len(r)) for r in rows]
    r, c = rng.randrange(len(rows)), rng.randrange(w)
    kind = rng.choice(["drop_row", "double_row", "blank_row", "blank_column", "swap_columns",
                       "blank_cells", "word", "word_after", "cut", "move", "turn", "words"])  # fmt: skip
    if kind == "drop_row":
        del rows[r]
    elif kind == "double_row":
        rows.insert(r, list(rows[r]))
    elif kind == "blank_row":
        rows.insert(r, [""] * w)
    elif kind == "blank_column":
        for row in rows:
            row.insert(c, "")
    elif kind == "swap_columns":
        c2 = rng.randrange(w)
        for row in rows:
            row[c], row[c2] = row[c2], row[c]
    elif kind == "blank_cells":
        rows = [[("" if rng.random() < 0.1 else v) for v in row] for row in rows]
    elif kind == "word":
        rows[r][c] = rng.choice(WORDS)
    elif kind == "word_after":
        rows[r][c] += rng.choice(WORDS)
    elif kind == "cut":
        rows = rows[: rng.randrange(1, len(rows) + 1)]
    elif kind == "move":
        pad = [""] * rng.randrange(1, 3)
        rows = [[""] * w for _ in range(rng.randrange(1, 4))] + [pad + row for row in rows]
    elif kind == "turn" and len(rows) < 80 and w < 40:
        rows = [list(x) for x in zip(*rows, strict=True)]
    elif kind == "words":
        rows = [[(rng.choice(WORDS) if rng.random() < 0.05 else v) for v in row] for row in rows]
    return kind, rows


def cases(
    seeds: list[Path], n: int, seed: int
) -> Iterator[tuple[str, list[str], list[tuple[str, Grid]]]]:
    """``n`` mutated workbooks of ``seeds``: (the seed's name, the mutations, the sheets)."""
    rng = random.Random(seed)
    grids = {}
    for p in seeds:
        try:
            grids[p.name] = read_grids(p)
        except Exception:  # (a seed calamine cannot open is no seed)
            continue
    names = sorted(grids)
    for _ in range(n):
        name = rng.choice(names)
        done, sheets = [], []
        for sheet, rows in grids[name]:
            for _k in range(rng.randint(1, 3)):
                kind, rows = mutate(rng, rows)
                done.append(kind)
            sheets.append((sheet, rows))
        yield name, done, sheets


def write(path: Path, sheets: list[tuple[str, Grid]]) -> None:
    """The sheets as an .xlsx of text cells (never a formula or a link: staff text is data)."""
    import xlsxwriter

    opts = {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False}
    wb = xlsxwriter.Workbook(str(path), opts)
    for name, rows in sheets:
        ws = wb.add_worksheet(name[:31])
        for r, row in enumerate(rows):
            for c, v in enumerate(row):
                if v:
                    ws.write_string(r, c, v)
    wb.close()
