"""The same inputs give the same outputs: nothing a run writes may follow the order of a set of
strings, which Python shuffles from one process to the next (``PYTHONHASHSEED``).

Each run is a real ``xlproc collect`` in its own process with its own hash seed, over layouts
whose messages list several values (levels read on a scale of scores or stars, columns guessed
by their contents) and the package's sample inbox.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from published import batch17, batch36, batch766

ROOT = Path(__file__).resolve().parent.parent


def _collect(inbox: Path, out: Path, seed: int) -> dict[str, bytes]:
    env = {**os.environ, "PYTHONHASHSEED": str(seed), "PYTHONPATH": str(ROOT)}
    export = out / f"export-{seed}"
    subprocess.run(
        [sys.executable, "-m", "xlproc", "collect", str(inbox), "-o", str(out / f"a-{seed}.xlsx"),
         "--export-dir", str(export), "-j", "1"],
        env=env, check=True, capture_output=True,
    )  # fmt: skip
    return {p.name: p.read_bytes() for p in sorted(export.glob("*.csv"))}


def test_collect_writes_the_same_whatever_the_hash_seed(tmp_path):
    inbox = tmp_path / "inbox"
    batch17.build(inbox / "b17")
    batch36.build(inbox / "b36")
    batch766.build(inbox / "b766")  # levels by each row's check frequency, listed in a message
    shutil.copytree(ROOT / "samples" / "inbox", inbox / "samples")
    runs = [_collect(inbox, tmp_path, seed) for seed in (1, 2, 3)]
    assert runs[0]["issues.csv"].count(b"LEVEL_SCALE") >= 3  # the messages in question
    assert b"LEVEL_BY_COLUMN_NOTE" in runs[0]["issues.csv"]
    for other in runs[1:]:
        for name, data in runs[0].items():
            assert other[name] == data, name
