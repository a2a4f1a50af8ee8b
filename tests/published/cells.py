"""What the truth tests of every batch compare with: a sheet's texts, normalised."""

from __future__ import annotations

import atexit
import functools
import re
import shutil
import tempfile
import unicodedata
from pathlib import Path

from python_calamine import CalamineWorkbook

TESTS = Path(__file__).resolve().parent.parent


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


_BUILT: dict = {}


def built(build) -> Path:
    """A batch's inbox built once per test session (``build`` is the batch's ``build``): the
    truth tests and the reading test share it and only read it."""
    if build not in _BUILT:
        if not _BUILT:
            root = Path(tempfile.mkdtemp(prefix="xlproc-batches-"))
            atexit.register(shutil.rmtree, root, True)
            _BUILT["_root"] = root
        _BUILT[build] = build(_BUILT["_root"] / f"b{len(_BUILT)}")
    return _BUILT[build]


@functools.cache
def _squeezed() -> dict[str, str]:
    texts = {}
    for folder in (TESTS, TESTS / "published"):
        for p in sorted(folder.glob("*.py")):
            texts[p.name] = re.sub(r"[\s\"']+", "", p.read_text(encoding="utf-8"))
    return texts


def squeezed_sources(exclude: set[str]) -> list[str]:
    """The text of every module in tests/ and tests/published/ but those named in ``exclude``,
    whitespace and quotes taken out (an address split over two string literals reads whole):
    where a batch looks for its sources cited elsewhere. Read once a session, not once a batch."""
    return [text for name, text in _squeezed().items() if name not in exclude]
