"""What the truth tests of every batch compare with: a sheet's texts, normalised."""

from __future__ import annotations

import re
import unicodedata

from python_calamine import CalamineWorkbook


def norm(s) -> str:
    """NFKC, no whitespace: how a truth value is looked for among a sheet's cells."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(s or "")))


def cells(path) -> dict[str, set[str]]:
    """Each sheet's non-empty cells, normalised."""
    wb = CalamineWorkbook.from_path(str(path))
    return {
        name: {norm(c) for row in wb.get_sheet_by_name(name).to_python() for c in row if norm(c)}
        for name in wb.sheet_names
    }
