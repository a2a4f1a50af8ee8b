"""Where the bundled data lives: next to the package in a checkout, inside it when installed."""

from pathlib import Path

_PKG = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """Return the folder ``name`` (``workbook_templates`` or ``samples``)."""
    for candidate in (_PKG / "_data" / name, _PKG.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"xlproc data folder not found: {name}")
