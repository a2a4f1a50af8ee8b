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
