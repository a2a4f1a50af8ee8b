"""The benchmark script must keep working (its figures are read from its output, not tested).

The whole script runs with ``XLPROC_SLOW=1``; by default only its three speed bars, on tiny
inboxes (the suite stays under a minute)."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_benchmark_bars_run_on_tiny_inboxes(tmp_path):
    cmd = [sys.executable, str(ROOT / "benchmarks" / "bench_collect.py"), "--bars-only",
           "--units", "1", "--workdir", str(tmp_path), "--handmade-files", "12",
           "--sheet-rows", "100"]  # fmt: skip
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr
    for label in ("the benchmark's inbox", "hand-made forms", "one sheet of 100 rows"):
        assert re.search(r"check / read floor, " + re.escape(label) + r".*= +\d+\.\d\d", out.stdout)


@pytest.mark.skipif(not os.environ.get("XLPROC_SLOW"), reason="set XLPROC_SLOW=1: the whole script")
def test_benchmark_runs_on_a_small_inbox(tmp_path):
    cmd = [sys.executable, str(ROOT / "benchmarks" / "bench_collect.py"), "--units", "2",
           "--workdir", str(tmp_path), "--naive-files", "3", "--scale", "2", "--sheet-rows", "500",
           "--handmade-files", "40"]  # fmt: skip
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr
    text = out.stdout
    m = re.search(r"inbox: (\d+) files, (\d+) forms, (\d+) risk points", text)
    assert m and int(m[1]) >= 8 and int(m[3]) > int(m[2]) > 0
    for label in ("read floor", "write floor", "naive merge read", "naive merge (read, concat",
                  "xlproc check", "xlproc collect", "collect / (read + write floor)",
                  "naive merge / collect", "check / read floor", "naive read / check",
                  "xlproc collect --feedback-dir", "collect --feedback-dir / collect",
                  "check / read floor, hand-made forms", "check / read floor, one sheet of"):  # fmt: skip
        assert re.search(re.escape(label) + r".*\d+\.\d\d", text), label
    assert re.search(r"collect at 2× files: .* peak RSS +\d+ MB", text)
    assert (tmp_path / "out" / "a.xlsx").exists() and (
        tmp_path / "out" / "exp" / "risks.csv"
    ).exists()
