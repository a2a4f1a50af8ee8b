"""Stopping is clean: SIGTERM or Ctrl-C at any moment ends every process xlproc started and
removes its temporary files; what was complete stays complete.

`collect` runs as a real process on an inbox of a few hundred files; the signal is sent while it
reads (a worker held in a file by the XLPROC_TEST_HANG hook), while it writes (as soon as a
temporary output file appears), and at fixed times. Its processes are found by a /proc scan of
its descendants at the moment of the signal and by their command line afterwards.
"""

import csv
import os
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from xlproc.resources import data_dir

ROOT = Path(__file__).resolve().parents[1]
SLOW = bool(os.environ.get("XLPROC_SLOW"))
pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")


def _inbox(path: Path, copies: int) -> Path:
    """``copies`` unit folders, each with the sample workbooks (hard links: quick)."""
    samples = [
        f for f in sorted((data_dir("samples") / "inbox").glob("*.xls*")) if "~$" not in f.name
    ]
    for k in range(copies):
        unit = path / f"u{k:03d}"
        unit.mkdir(parents=True)
        for f in samples:
            try:
                os.link(f, unit / f.name)
            except OSError:
                shutil.copy(f, unit / f.name)
    return path


@pytest.fixture(scope="module")
def inbox(tmp_path_factory):
    return _inbox(tmp_path_factory.mktemp("sig") / "inbox", 40)  # 320 files, 3,160 risk points


def _processes() -> dict[int, tuple[int, str]]:
    """pid → (parent pid, state) of every process."""
    out = {}
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                fields = Path(f"/proc/{d}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            out[int(d)] = (int(fields[1]), fields[0])
    return out


def _descendants(root: int) -> set[int]:
    procs = _processes()
    found, todo = set(), [root]
    while todo:
        p = todo.pop()
        kids = {c for c, (ppid, _) in procs.items() if ppid == p}
        todo.extend(kids - found)
        found |= kids
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


def _mentioning(text: str) -> list[int]:
    """Live processes whose command line contains ``text`` (forked workers share the parent's)."""
    out = []
    for d in os.listdir("/proc"):
        if d.isdigit() and int(d) != os.getpid():
            try:
                cmd = Path(f"/proc/{d}/cmdline").read_bytes().decode(errors="replace")
            except OSError:
                continue
            if text in cmd and _alive(int(d)):
                out.append(int(d))
    return out


def _start(inbox: Path, out: Path, env: dict | None = None) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "xlproc", "collect", str(inbox), "-o", str(out / "a.xlsx"),
           "--public", str(out / "p.xlsx"), "--export-dir", str(out / "exp")]  # fmt: skip
    env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    return subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)  # fmt: skip


def _wait_for(cond, limit: float = 30, every: float = 0.005) -> None:
    end = time.monotonic() + limit
    while not cond():
        assert time.monotonic() < end, "timed out waiting"
        time.sleep(every)


def _stop_and_check(proc: subprocess.Popen, sig: int, out: Path, inbox: Path, group: bool = False):
    """Send ``sig`` (to the whole process group, as Ctrl-C does, if ``group``); check the aftermath.
    Return the exit status."""
    started = _descendants(proc.pid)
    if group:
        os.killpg(proc.pid, sig)
    else:
        proc.send_signal(sig)
    stdout, stderr = proc.communicate(timeout=30)
    end = time.monotonic() + 1  # a second later, none is left
    while time.monotonic() < end and ([p for p in started if _alive(p)] or _mentioning(str(out))):
        time.sleep(0.02)
    assert not [p for p in started if _alive(p)], "a process xlproc started outlived it"
    assert not _mentioning(str(out)), "an xlproc process is still running"
    assert not [p for p in out.parent.rglob(".~*")], "a temporary file was left"
    assert "Traceback" not in stdout + stderr and "内部错误" not in stdout + stderr
    if proc.returncode != 0:
        assert proc.returncode == 128 + sig or proc.returncode == -sig, proc.returncode
        if proc.returncode > 0:
            assert "已中断" in stderr
    for f in out.rglob("*.xlsx"):  # what was written is complete
        with zipfile.ZipFile(f) as z:
            assert z.testzip() is None
    for f in out.rglob("*.csv"):
        with open(f, encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.reader(fh))
        assert rows and len({len(r) for r in rows}) == 1
    return proc.returncode, started


@pytest.mark.parametrize("sig", [signal.SIGTERM] + [signal.SIGINT] * SLOW)
def test_stopped_while_reading(inbox, tmp_path, sig):
    out = tmp_path / "out"
    proc = _start(inbox, out, {"XLPROC_TEST_HANG": "u020/"})  # one worker held in a file
    _wait_for(lambda: len(_descendants(proc.pid)) >= 2)
    time.sleep(0.2)
    code, started = _stop_and_check(proc, sig, out, inbox, group=sig == signal.SIGINT)
    assert code == 128 + sig and len(started) >= 2
    assert not out.exists() or not any(out.rglob("*.*"))


@pytest.mark.parametrize("sig", [signal.SIGINT] + [signal.SIGTERM] * SLOW)
def test_stopped_while_writing(inbox, tmp_path, sig):
    out = tmp_path / "out"
    proc = _start(inbox, out)
    _wait_for(lambda: out.exists() and any(out.rglob(".~*")))
    code, _ = _stop_and_check(proc, sig, out, inbox, group=sig == signal.SIGINT)
    assert code == 128 + sig


@pytest.mark.parametrize("delay", [1.0] if not SLOW else [0.5, 1.0, 1.5, 2.0, 2.5, 3.0])
def test_stopped_at_a_given_time(inbox, tmp_path, delay):
    out = tmp_path / "out"
    proc = _start(inbox, out)
    time.sleep(delay)
    _stop_and_check(proc, signal.SIGTERM, out, inbox)


@pytest.fixture(scope="module")
def district(tmp_path_factory):
    """3,200 files, 31,600 risk points: collect takes several seconds on a 2-core machine."""
    return _inbox(tmp_path_factory.mktemp("district") / "inbox", 400)


@pytest.mark.skipif(not SLOW, reason="set XLPROC_SLOW=1 for the district inbox")
@pytest.mark.parametrize("delay", [1.0, 2.5])
def test_district_inbox_stopped_at_1_and_2_5_s(district, tmp_path, delay):
    inbox = district
    out = tmp_path / "out"
    proc = _start(inbox, out)
    time.sleep(delay)
    code, started = _stop_and_check(proc, signal.SIGTERM, out, inbox)
    assert code == 143  # still running: stopped, not finished (at 2.5 s it may have no child)
