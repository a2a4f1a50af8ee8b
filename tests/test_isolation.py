"""Reading one file cannot fail the batch: an exception, a worker that dies, a file that hangs.

Each case uses the real pool with a real file or a real kill: a zip whose header claims a
version zipfile refuses; a worker killed by SIGKILL (itself, through the test hook, or from
here); a worker that sleeps past the time limit.
"""

import os
import shutil
import signal
import struct
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from xlproc.collect import collect_inbox
from xlproc.pool import CRASH, ERROR, TIMEOUT, run_tasks
from xlproc.resources import data_dir

SAMPLES = data_dir("samples") / "inbox"


def _version_65(src: Path, dst: Path) -> Path:
    """A copy whose central directory says 'version needed to extract: 6.5' (zipfile raises)."""
    data = bytearray(src.read_bytes())
    struct.pack_into("<H", data, data.find(b"PK\x01\x02") + 6, 65)
    dst.write_bytes(bytes(data))
    return dst


@pytest.fixture
def inbox(tmp_path):
    box = tmp_path / "inbox"
    box.mkdir()
    for f in sorted(SAMPLES.glob("*.xls*")):
        if not f.name.startswith("~$"):
            shutil.copy(f, box / f.name)
    return box


def _summary(res):
    codes = {}
    for f, c in zip(res.issues["source_file"], res.issues["code"], strict=True):
        codes.setdefault(f, []).append(c)
    return [(f.rel, f.status, codes.get(f.rel, [])) for f in res.files]


def _message(res, rel):
    (msg,) = res.issues[res.issues["source_file"] == rel]["message"]
    return msg


def _names(path: str) -> list[str]:
    with zipfile.ZipFile(path) as z:
        return z.namelist()


def test_an_exception_in_a_task_is_that_tasks_failure(inbox, tmp_path):
    bad = _version_65(inbox / "人事科.xlsx", tmp_path / "版本.xlsx")
    tasks = [str(p) for p in sorted(inbox.glob("*.xlsx"))]
    tasks.insert(3, str(bad))
    out = list(run_tasks(tasks, _names, lambda t, kind, detail: (kind, detail), jobs=2))
    assert out[3] == (ERROR, "NotImplementedError: zip file version 6.5")
    assert [o for k, o in enumerate(out) if k != 3] == [_names(t) for t in tasks if t != str(bad)]


def test_a_zip_of_an_unsupported_version_is_reported_and_the_batch_goes_on(inbox):
    _version_65(inbox / "人事科.xlsx", inbox / "版本.xlsx")
    res = collect_inbox([inbox], jobs=2)
    status = {rel: (st, codes) for rel, st, codes in _summary(res)}
    assert status.pop("版本.xlsx") == ("unreadable", ["FILE_UNREADABLE"])
    assert "不支持" in _message(res, "版本.xlsx")
    assert {st for st, _ in status.values()} == {"read"} and len(status) == 8


def test_a_worker_that_dies_is_replaced_and_its_file_reported(inbox, monkeypatch):
    whole = collect_inbox([inbox], jobs=2)
    monkeypatch.setenv("XLPROC_TEST_CRASH", "督查科")
    res = collect_inbox([inbox], jobs=2)
    got, want = _summary(res), _summary(whole)
    k = [r for r, *_ in want].index("督查科.xlsx")
    assert got[k] == ("督查科.xlsx", "unreadable", ["FILE_CRASHED"])
    assert "SIGKILL" in _message(res, "督查科.xlsx")
    assert got[:k] + got[k + 1 :] == want[:k] + want[k + 1 :]  # the others, in the same order
    assert res.posts["source_file"].tolist() == [
        s for s in whole.posts["source_file"] if s != "督查科.xlsx"
    ]


def test_a_file_past_the_time_limit_is_given_up(inbox, tmp_path, monkeypatch):
    cfg = tmp_path / "x.toml"
    cfg.write_text("[limits]\nfile_timeout_seconds = 0.3\n", encoding="utf-8")
    monkeypatch.setenv("XLPROC_TEST_HANG", "秘书科")
    t = time.perf_counter()
    res = collect_inbox([inbox], config_path=str(cfg), jobs=1)
    assert time.perf_counter() - t < 10
    status = {rel: (st, codes) for rel, st, codes in _summary(res)}
    assert status.pop("秘书科.xlsx") == ("unreadable", ["FILE_TIMEOUT"])
    assert {st for st, _ in status.values()} == {"read"}


def _children(pid: int) -> list[int]:
    out = []
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                stat = Path(f"/proc/{d}/stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                out.append(int(d))
    return out


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
def test_a_worker_killed_from_outside(inbox, tmp_path):
    """SIGKILL from outside (as the OOM killer would) to the one worker, stuck in the first file."""
    os.rename(inbox / "人事科.xlsx", inbox / "0-人事科.xlsx")
    env = {
        **os.environ,
        "XLPROC_TEST_HANG": "0-人事科",
        "PYTHONPATH": str(Path(__file__).parents[1]),
    }
    cmd = [sys.executable, "-m", "xlproc", "check", str(inbox), "-j", "1"]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 20
    workers: list[int] = []
    while not workers and time.monotonic() < deadline:
        time.sleep(0.1)
        workers = _children(proc.pid)
    assert workers, "no worker started"
    time.sleep(0.3)
    os.kill(workers[0], signal.SIGKILL)
    out, err = proc.communicate(timeout=30)
    assert "0-人事科.xlsx:读取该文件时读取进程意外终止" in out, out + err
    assert "文件 8 = 已读取 7 + 已跳过 0 + 无法读取 1" in out
    assert "Traceback" not in out + err and proc.returncode == 1  # check: an error exists


def test_failure_kinds_are_distinct():
    assert len({ERROR, CRASH, TIMEOUT}) == 3
