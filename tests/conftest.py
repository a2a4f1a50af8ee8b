from __future__ import annotations

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
# re-run for the newest batches only; the tests that READ a batch run for the newest 150
# batches (the older ones read to 1.00 for many rounds; `tests/published/score.py` re-scores
# them all). XLPROC_SLOW=1 runs them all.
_RECENT_BATCHES = 16
_RECENT_READS = 150
_READS = ("_is_read",)


def pytest_collection_modifyitems(config, items):
    import os
    import re

    if os.environ.get("XLPROC_SLOW"):
        return
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
