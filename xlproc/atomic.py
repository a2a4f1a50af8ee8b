"""The edge where files are written: atomic renames, safe file names, safe workbooks."""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path

# temporary files of this process not yet renamed into place: removed by remove_pending()
# if an interrupt arrives where the context manager's own clean-up cannot run
_PENDING: set[Path] = set()
_CREATE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789_"


def _temp_name(target: Path) -> Path:
    token = "".join(secrets.choice(_ALPHABET) for _ in range(8))
    return target.parent / f".~{target.stem[:40]}.{token}{target.suffix}"


@contextlib.contextmanager
def atomic_path(target: str | Path) -> Iterator[Path]:
    """Yield a temporary path; on success rename it over ``target``, on failure remove it.

    The temporary file is created as ``open()`` would create it (mode 0666 less the umask), so
    the output can be read by whoever could read a file the user saved; ``tempfile.mkstemp``
    would make it 0600. Its name is recorded before it exists, so that an interrupt at any
    point leaves nothing behind (see ``remove_pending``).
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = _temp_name(target)
    _PENDING.add(tmp)
    try:
        while True:
            try:
                os.close(os.open(tmp, _CREATE, 0o666))
                break
            except FileExistsError:  # someone else's: never ours to remove
                _PENDING.discard(tmp)
                tmp = _temp_name(target)
                _PENDING.add(tmp)
        yield tmp
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    finally:
        _PENDING.discard(tmp)


def remove_pending() -> None:
    """Remove every temporary file of this process not yet renamed into place (on interrupt)."""
    for tmp in list(_PENDING):
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        _PENDING.discard(tmp)


def forget_pending() -> None:
    """In a forked child: the parent's temporary files are the parent's to remove."""
    _PENDING.clear()


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
