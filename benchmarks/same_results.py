"""Do two checkouts read the same files to the same results? (For speed work: no result may change.)

    python benchmarks/same_results.py --base /work/dev --new /work/speed
    python benchmarks/same_results.py --base A --new B --sample 300 DIR ...   # other inputs

Each checkout reads the files in its own subprocess (PYTHONPATH set to it), one ``read_file``
a file as ``check`` does, and pickles ``[(rel, dataclasses.asdict(FileResult)), …]``; this
process compares them field by field and prints every difference (exit 1 if any).

Default inputs: the three benchmark inboxes under /tmp/xlproc-bench (a fixed sample of
``--sample`` files of each large one), /work/shared/corpus/inbox if present, tests/data/ and
the built published batches under /tmp/speed/batches (build them once with the batches'
``build(out_dir)``, see tests/published/score.py).
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import pickle
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = Path("/tmp/xlproc-bench")
DEFAULT_DIRS = [
    BENCH / "inbox-200",
    BENCH / "handmade-1000",
    BENCH / "sheet-50000",
    Path("/work/shared/corpus/inbox"),
    ROOT / "tests" / "data",
    Path("/tmp/speed/batches"),
]


def files_of(dirs: list[Path], sample: int) -> list[tuple[str, str]]:
    """(path, rel) of every input file; a benchmark inbox of more than ``sample`` files is
    sampled (the same files every run)."""
    out: list[tuple[str, str]] = []
    for d in dirs:
        if not d.exists():
            print(f"(not present, skipped: {d})", file=sys.stderr)
            continue
        found = sorted(p for p in d.rglob("*") if p.is_file())
        if sample and len(found) > sample and d.parent == BENCH:
            found = sorted(random.Random(0).sample(found, sample))
        out.extend((str(p), f"{d.name}/{p.relative_to(d).as_posix()}") for p in found)
    return out


def _worker(list_path: str, out_path: str) -> None:
    """Read the listed files with the xlproc on PYTHONPATH; pickle the results."""
    from xlproc.collect import read_file
    from xlproc.config import load_config

    with open(list_path, "rb") as f:
        items = pickle.load(f)
    config = load_config(None)
    results = []
    for path, rel in items:
        try:
            r = dataclasses.asdict(read_file(Path(path), rel, config))
        except Exception as e:  # read_file never raises; if it does, that is a result too
            r = {"raised": repr(e)}
        results.append((rel, r))
    with open(out_path, "wb") as f:
        pickle.dump(results, f)


def _diff(a, b, where: str, out: list[str]) -> None:
    if type(a) is not type(b):
        out.append(f"{where}: {a!r} != {b!r}")
    elif isinstance(a, dict):
        for k in sorted(set(a) | set(b), key=str):
            if k not in a or k not in b:
                out.append(f"{where}.{k}: only in {'new' if k in b else 'base'}")
            else:
                _diff(a[k], b[k], f"{where}.{k}", out)
    elif isinstance(a, (list, tuple)):
        if len(a) != len(b):
            out.append(f"{where}: {len(a)} items != {len(b)} items")
        for i, (x, y) in enumerate(zip(a, b, strict=False)):
            _diff(x, y, f"{where}[{i}]", out)
    elif a != b:
        out.append(f"{where}: {a!r} != {b!r}")


def main(argv: list[str]) -> int:
    if argv[:1] == ["--worker"]:
        _worker(argv[1], argv[2])
        return 0
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", required=True, help="checkout read as the reference")
    ap.add_argument("--new", required=True, help="checkout whose results must be the same")
    ap.add_argument("--sample", type=int, default=300, help="files taken of a larger bench inbox")
    ap.add_argument("--show", type=int, default=40, help="differences printed per file")
    ap.add_argument("--keep-base", type=Path,
                    help="the base's results kept in this file and read from it when it holds "
                         "the same files (several changes compared with one base)")  # fmt: skip
    ap.add_argument("dirs", nargs="*", type=Path, help="inputs (default: see the docstring)")
    args = ap.parse_args(argv)
    items = files_of(args.dirs or DEFAULT_DIRS, args.sample)
    kept = None
    if args.keep_base and args.keep_base.exists():
        with open(args.keep_base, "rb") as f:
            kept = pickle.load(f)
        if [rel for rel, _r in kept] != [rel for _p, rel in items]:
            kept = None  # (other files: read again)
    with tempfile.TemporaryDirectory(prefix="same-") as tmp:
        listed = os.path.join(tmp, "files.pkl")
        with open(listed, "wb") as f:
            pickle.dump(items, f)
        procs = {}
        for name, checkout in (("base", args.base), ("new", args.new)):
            if name == "base" and kept is not None:
                continue
            # (one hash seed for both: a message listing a set in its order is no difference)
            env = dict(os.environ, PYTHONPATH=str(Path(checkout).resolve()), PYTHONHASHSEED="0")
            out = os.path.join(tmp, f"{name}.pkl")
            cmd = [sys.executable, __file__, "--worker", listed, out]
            procs[name] = (subprocess.Popen(cmd, env=env, cwd=tmp), out)
        got = {} if kept is None else {"base": kept}
        for name, (proc, out) in procs.items():
            if proc.wait() != 0:
                print(f"{name} reader failed (exit {proc.returncode})")
                return 2
            with open(out, "rb") as f:
                got[name] = pickle.load(f)
        if args.keep_base and kept is None:
            tmp_keep = args.keep_base.with_name(args.keep_base.name + ".part")
            with open(tmp_keep, "wb") as f:
                pickle.dump(got["base"], f)
            os.replace(tmp_keep, args.keep_base)
    differing = 0
    for (rel, a), (_, b) in zip(got["base"], got["new"], strict=True):
        out: list[str] = []
        _diff(a, b, "", out)
        if out:
            differing += 1
            print(f"--- {rel}: {len(out)} differences")
            for line in out[: args.show]:
                print("   ", line)
    print(f"{len(items)} files compared, {differing} with differences")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
