"""What reading a file costs, in instructions, against the raw calamine read of the same files.

    python benchmarks/read_cost.py                  # the three inboxes of bench_collect.py
    python benchmarks/read_cost.py --files 40 DIR   # a sample of DIR's files

The bars of issue #11 are stated in seconds on a shared, noisy machine, where the same commit
measures 30% apart from one hour to the next. This script counts instead: each inbox's sample is
read in a child Python under valgrind's cachegrind (instructions only), once by the reader
(``collect.read_file`` a file, as ``check``'s workers do) and once by the floor (python-calamine
reading every sheet), each minus a child that only imports the same modules. The ratio
reader / floor is the same on any machine and any hour, so two commits are compared by it
alone (``--base DIR`` measures another checkout beside this one). Without valgrind, the child's
CPU time (the least of three runs) is counted instead, and said so.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = Path(tempfile.gettempdir()) / "xlproc-bench"
INBOXES = [BENCH / "inbox-200", BENCH / "handmade-1000", BENCH / "sheet-50000"]

_CHILD = r"""
import sys, time, pickle
from pathlib import Path
mode, listed = sys.argv[1], sys.argv[2]
files = [Path(p) for p in pickle.load(open(listed, "rb"))]
if mode in ("reader", "reader0"):
    from xlproc.collect import read_file
    from xlproc.config import load_config
    config = load_config()
from python_calamine import CalamineWorkbook
t = time.process_time()
if mode == "reader":
    for p in files:
        read_file(p, p.name, config)
elif mode == "floor":
    for p in files:
        try:
            wb = CalamineWorkbook.from_path(str(p))
            for name in wb.sheet_names:
                wb.get_sheet_by_name(name).to_python(skip_empty_area=False)
        except Exception:
            pass
print("CPU", time.process_time() - t)
"""


def _sample(d: Path, n: int) -> list[str]:
    found = sorted(str(p) for p in d.rglob("*") if p.is_file())
    return sorted(random.Random(1).sample(found, n)) if len(found) > n else found


def _count(checkout: Path, mode: str, listed: str, script: str, grind: bool) -> float:
    """Instructions (or CPU seconds) of one child reading the listed files in ``mode``."""
    env = dict(os.environ, PYTHONPATH=str(checkout), PYTHONHASHSEED="0")
    if grind:
        cmd = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
               sys.executable, script, mode, listed]  # fmt: skip
        out = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True).stderr
        m = re.search(r"I\s+refs:\s+([\d,]+)", out)
        if m is None:
            raise SystemExit(f"valgrind said nothing countable:\n{out[-2000:]}")
        return float(m.group(1).replace(",", ""))
    best = float("inf")
    for _ in range(3):
        cmd = [sys.executable, script, mode, listed]
        out = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True).stdout
        best = min(best, float(out.split()[-1]))
    return best


def measure(checkout: Path, files: list[str], script: str, grind: bool) -> tuple[float, float]:
    """(the reader's cost a file, the floor's cost a file), the imports taken off both."""
    with tempfile.NamedTemporaryFile("wb", suffix=".pkl", delete=False) as f:
        import pickle

        pickle.dump(files, f)
        listed = f.name
    try:
        reader = _count(checkout, "reader", listed, script, grind)
        reader0 = _count(checkout, "reader0", listed, script, grind)
        floor = _count(checkout, "floor", listed, script, grind)
        floor0 = _count(checkout, "floor0", listed, script, grind)
    finally:
        os.unlink(listed)
    n = max(len(files), 1)
    return (reader - reader0) / n, (floor - floor0) / n


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__.splitlines()[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "dirs", nargs="*", type=Path, help="inboxes (default: bench_collect.py's three)"
    )
    ap.add_argument("--files", type=int, default=40, help="files sampled of each inbox")
    ap.add_argument("--base", type=Path, help="another checkout, measured beside this one")
    ap.add_argument("--cpu", action="store_true", help="CPU time even where valgrind is present")
    a = ap.parse_args()
    grind = shutil.which("valgrind") is not None and not a.cpu
    unit, scale = ("M instructions", 1e6) if grind else ("ms of CPU", 1e-3)
    dirs = a.dirs or INBOXES
    checkouts = [("this", ROOT)] + ([("base", a.base.resolve())] if a.base else [])
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(_CHILD)
        script = f.name
    try:
        print(f"a file's cost in {unit} (sample of {a.files} a folder; imports taken off)")
        for d in dirs:
            if not d.exists():
                print(f"(not present, skipped: {d}; bench_collect.py builds it)")
                continue
            files = _sample(d, a.files)
            for name, checkout in checkouts:
                reader, floor = measure(checkout, files, script, grind)
                print(f"{d.name:16s} {name:5s} reader {reader / scale:9.2f}   floor "
                      f"{floor / scale:7.2f}   reader / floor {reader / max(floor, 1e-9):6.1f}")  # fmt: skip
    finally:
        os.unlink(script)


if __name__ == "__main__":
    main()
