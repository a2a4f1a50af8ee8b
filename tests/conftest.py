from __future__ import annotations

import functools
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DATA = Path(__file__).parent / "data"


@pytest.fixture
def corpus() -> Path:
    inbox = SHARED / "corpus" / "inbox"
    if not inbox.is_dir():
        pytest.skip("../shared/corpus is not present in this checkout")
    return inbox


@pytest.fixture(scope="session")
def config():
    from xlproc.config import load_config

    return load_config()


# A batch's own checks (its layouts apart from every earlier batch's, its truth consistent with
# its cells, its builders' cells as its docstring says) hold once the batch is written and are
# re-run for the newest 4 batches only; the tests that READ a batch run for the newest 60
# batches (the older ones read to 1.00 for many rounds; `tests/published/score.py` re-scores
# them all). XLPROC_SLOW=1 runs them all.
_RECENT_BATCHES = 4
_RECENT_READS = 60
_READS = ("_is_read",)


def pytest_ignore_collect(collection_path, config):
    """A batch's test module none of whose tests would run is not even imported (importing the
    hundreds of batches' layouts was a quarter of the suite's time)."""
    import os
    import re

    m = re.match(r"test_batch(\d+)\.py$", collection_path.name)
    if not m or os.environ.get("XLPROC_SLOW"):
        return None
    newest = _newest_batch(collection_path.parent)
    if int(m.group(1)) <= newest - max(_RECENT_READS, _RECENT_BATCHES):
        return True
    return None


@functools.cache
def _newest_batch(folder) -> int:
    import re

    found = [int(m.group(1)) for p in folder.glob("test_batch*.py")
             if (m := re.match(r"test_batch(\d+)\.py$", p.name))]  # fmt: skip
    return max(found, default=0)


def pytest_collection_modifyitems(config, items):
    import os
    import re

    if os.environ.get("XLPROC_SLOW"):
        return
    # each kind's own copy re-saved through LibreOffice (a second or two of soffice each):
    # tests/test_libreoffice.py re-saves the forms every run, the kinds' copies only slow runs
    resaved = [
        it for it in items
        if it.name == "test_resaved_by_libreoffice" and it.path.name != "test_libreoffice.py"
    ]  # fmt: skip
    if resaved:
        config.hook.pytest_deselected(items=resaved)
        items[:] = [it for it in items if it not in resaved]
    numbers = {
        int(m.group(1)) for it in items if (m := re.match(r"test_batch(\d+)\.py$", it.path.name))
    }
    if not numbers:
        return
    oldest_kept = max(numbers) - _RECENT_BATCHES
    oldest_read = max(numbers) - _RECENT_READS
    kept, dropped = [], []
    for it in items:
        m = re.match(r"test_batch(\d+)\.py$", it.path.name)
        n = int(m.group(1)) if m else None
        reads = it.name.endswith(_READS)
        if n is not None and n <= (oldest_read if reads else oldest_kept):
            dropped.append(it)
        else:
            kept.append(it)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept
