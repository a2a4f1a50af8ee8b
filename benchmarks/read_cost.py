"""What reading a file costs, in instructions, against the raw calamine read of the same files.

    python benchmarks/read_cost.py                  # the three inboxes of bench_collect.py
    python benchmarks/read_cost.py --files 40 DIR   # a sample of DIR's files
    python benchmarks/read_cost.py --warm 0         # the cold figure only

The bars of issue #11 are stated in seconds on a shared, noisy machine, where the same commit
measures 30% apart from one hour to the next. This script counts instead: each inbox's sample is
read in a child Python under valgrind's cachegrind (instructions only), once by the reader
(``collect.read_file`` a file, as ``check``'s workers do) and once by the floor (python-calamine
reading every sheet), each minus a child that only imports the same modules. The ratio
reader / floor is the same on any machine and any hour, so two commits are compared by it
alone (``--base DIR`` measures another checkout beside this one). Without valgrind, the child's
CPU time (the least of three runs) is counted instead, and said so.

Two figures a file, cold and warm. The cold one (the first line of each inbox) is what a fresh
process pays for its first ``--files`` files: it includes what a reading process pays ONCE —
regular expressions compiled on first use, modules imported on first use (compiled from source
where PYTHONDONTWRITEBYTECODE is set), caches filled — spread over the sample. At 40 files that
is about half of a hand-made form's figure. ``check`` pays it once per worker, not per file:
its workers (``xlproc.pool``: one a core, at most 8 unless ``--jobs`` says, each forked once
from a parent that has imported the reader's main modules) are long-lived and read chunks of up
to 16 files, one after another, until the inbox is done; a worker is replaced only when it
crashes or times out. So on 1,000 files ``check`` pays per file what the warm figure says: a
child reads ``--warm`` warm-up files (a sample of the same inbox disjoint from the measured one;
where the inbox has too few, the other inboxes' files make up the rest) and then the measured
files, minus a child that reads only the warm-up files (the floor likewise). The cold figure
remains the right one for a process that reads a few files and ends.
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
lists = pickle.load(open(listed, "rb"))
# reader/floor: the measured files; *0: none (the imports alone); *W: the warm-up files, then
# the measured ones; *W0: the warm-up files alone
files = [Path(p) for p in lists["warmup"]] if mode.endswith("W") or mode.endswith("W0") else []
if mode in ("reader", "floor", "readerW", "floorW"):
    files += [Path(p) for p in lists["files"]]
if mode.startswith("reader"):
    from xlproc.collect import read_file
    from xlproc.config import load_config
    config = load_config()
from python_calamine import CalamineWorkbook
t = time.process_time()
if mode.startswith("reader"):
    for p in files:
        read_file(p, p.name, config)
else:
    for p in files:
        try:
            wb = CalamineWorkbook.from_path(str(p))
            for name in wb.sheet_names:
                wb.get_sheet_by_name(name).to_python(skip_empty_area=False)
        except Exception:
            pass
print("CPU", time.process_time() - t)
"""


def _files(d: Path) -> list[str]:
    return sorted(str(p) for p in d.rglob("*") if p.is_file())


def _sample(d: Path, n: int) -> list[str]:
    found = _files(d)
    return sorted(random.Random(1).sample(found, n)) if len(found) > n else found


def _warmup(d: Path, measured: list[str], n: int, others: list[Path]) -> list[str]:
    """``n`` files to read before the measured ones: a sample of ``d`` disjoint from them, made
    up from the ``others`` inboxes (in their order) where ``d`` has too few."""
    taken = set(measured)
    rest = [p for p in _files(d) if p not in taken]
    picked = sorted(random.Random(2).sample(rest, n)) if len(rest) > n else rest
    for o in others:
        if len(picked) >= n:
            break
        if o != d and o.exists():
            more = [p for p in _files(o) if p not in taken]
            k = n - len(picked)
            picked += sorted(random.Random(2).sample(more, k)) if len(more) > k else more
    return picked


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


def measure(
    checkout: Path, files: list[str], script: str, grind: bool, warmup: list[str] | None = None
) -> tuple[float, float, float | None, float | None]:
    """(the reader's cost a file, the floor's cost a file), cold — the imports taken off both —
    then warm — after the ``warmup`` files, whose reading is taken off (None without them)."""
    with tempfile.NamedTemporaryFile("wb", suffix=".pkl", delete=False) as f:
        import pickle

        pickle.dump({"files": files, "warmup": warmup or []}, f)
        listed = f.name
    n = max(len(files), 1)
    try:
        c = {m: _count(checkout, m, listed, script, grind)
             for m in ("reader", "reader0", "floor", "floor0")}  # fmt: skip
        if warmup:
            c.update((m, _count(checkout, m, listed, script, grind))
                     for m in ("readerW", "readerW0", "floorW", "floorW0"))  # fmt: skip
    finally:
        os.unlink(listed)
    cold = (c["reader"] - c["reader0"]) / n, (c["floor"] - c["floor0"]) / n
    if not warmup:
        return cold + (None, None)
    return cold + ((c["readerW"] - c["readerW0"]) / n, (c["floorW"] - c["floorW0"]) / n)


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__.splitlines()[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "dirs", nargs="*", type=Path, help="inboxes (default: bench_collect.py's three)"
    )
    ap.add_argument("--files", type=int, default=40, help="files sampled of each inbox")
    ap.add_argument("--warm", type=int, default=None, metavar="W",
                    help="warm-up files read before the measured ones for the warm figure "
                    "(default: as many as --files; 0: the cold figure only)")  # fmt: skip
    ap.add_argument("--base", type=Path, help="another checkout, measured beside this one")
    ap.add_argument("--cpu", action="store_true", help="CPU time even where valgrind is present")
    a = ap.parse_args()
    grind = shutil.which("valgrind") is not None and not a.cpu
    unit, scale = ("M instructions", 1e6) if grind else ("ms of CPU", 1e-3)
    dirs = a.dirs or INBOXES
    warm = a.files if a.warm is None else a.warm
    checkouts = [("this", ROOT)] + ([("base", a.base.resolve())] if a.base else [])
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(_CHILD)
        script = f.name
    try:
        print(f"a file's cost in {unit} (sample of {a.files} a folder; imports taken off)")
        if warm > 0:
            print(f"warm: the same files read after {warm} others (what a long-lived worker "
                  "pays a file; their reading taken off)")  # fmt: skip
        for d in dirs:
            if not d.exists():
                print(f"(not present, skipped: {d}; bench_collect.py builds it)")
                continue
            files = _sample(d, a.files)
            warmup = _warmup(d, files, warm, INBOXES + dirs) if warm > 0 else None
            for name, checkout in checkouts:
                reader, floor, reader_w, floor_w = measure(checkout, files, script, grind, warmup)
                print(f"{d.name:16s} {name:5s} reader {reader / scale:9.2f}   floor "
                      f"{floor / scale:7.2f}   reader / floor {reader / max(floor, 1e-9):6.1f}")  # fmt: skip
                if warmup:
                    print(f"{d.name:16s} {name:5s} warm   {reader_w / scale:9.2f}   floor "
                          f"{floor_w / scale:7.2f}   reader / floor "
                          f"{reader_w / max(floor_w, 1e-9):6.1f}   "
                          f"(after {len(warmup)} other files)")  # fmt: skip
    finally:
        os.unlink(script)


if __name__ == "__main__":
    main()
