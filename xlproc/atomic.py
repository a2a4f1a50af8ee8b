"""The edge where files are written: atomic renames, safe file names, safe workbooks."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def atomic_path(target: str | Path) -> Iterator[Path]:
    """Yield a temporary path; on success rename it over ``target``, on failure remove it."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(
        prefix=".~" + target.stem[:40] + ".", suffix=target.suffix, dir=target.parent
    )
    os.close(fd)
    try:
        yield Path(tmp)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def safe_workbook(path: str | Path, title: str):
    """Every workbook we create: staff text never becomes a formula, a link or a number, and the
    document date is fixed so that the same inputs give the same bytes."""
    import xlsxwriter

    wb = xlsxwriter.Workbook(
        str(path),
        {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False},
    )
    wb.set_properties({"created": fixed_timestamp(), "author": "xlproc", "title": title})
    return wb


def fixed_timestamp():
    """Document date for workbooks: SOURCE_DATE_EPOCH if set, else a fixed date (reproducible)."""
    import datetime as dt

    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC).replace(tzinfo=None)
    return dt.datetime(2026, 1, 1)


_BAD_NAME = str.maketrans({c: "_" for c in '\\/:*?"<>|'})


def safe_filename(name: str) -> str:
    """A folder or file name that every file system accepts."""
    name = name.translate(_BAD_NAME).strip().strip(".")
    return name or "未命名"
