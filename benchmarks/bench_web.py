"""The workbench on the benchmark's inbox: API upload + status against `xlproc check`, and pages.

    python benchmarks/bench_web.py                    # the 1,000-file inbox of bench_collect.py
    python benchmarks/bench_web.py --inbox DIR        # another inbox

Builds a roster from the inbox (every post holder found, less a few so that some are 未报送),
times `xlproc check INBOX --roster R` as a subprocess, then starts `xlproc serve` on a fresh data
folder and times, through HTTP on 127.0.0.1: creating a round, uploading the roster, uploading
every file in one multipart request and reading the status. Then it times each page with that
round loaded (median and worst of --repeat requests) and prints `ok` or `NOT MET` against the
targets: upload + status ≤ 2 × check; every page < 300 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def multipart(fields: list[tuple[str, str, bytes]]) -> tuple[bytes, str]:
    """(name, filename, bytes) parts → body and content type."""
    boundary = uuid.uuid4().hex
    out = []
    for name, filename, data in fields:
        out.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; '
            f'filename="{filename}"\r\nContent-Type: application/octet-stream\r\n\r\n'.encode()
        )
        out.append(data)
        out.append(b"\r\n")
    out.append(f"--{boundary}--\r\n".encode())
    return b"".join(out), f"multipart/form-data; boundary={boundary}"


def call(url: str, body: bytes | None = None, ctype: str = "application/json") -> dict:
    req = urllib.request.Request(url, data=body, headers={"Content-Type": ctype} if body else {})
    with urllib.request.urlopen(req, timeout=600) as r:
        return json.loads(r.read())


def get(url: str) -> tuple[float, int]:
    url = urllib.parse.quote(url, safe=":/?&=%")  # Chinese in a query, as a browser sends it
    t = time.perf_counter()
    with urllib.request.urlopen(url, timeout=60) as r:
        r.read()
        code = r.status
    return time.perf_counter() - t, code


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def make_roster(inbox: Path, target: Path, drop: int = 7) -> int:
    """Every post holder the reader finds, less ``drop`` of them (to be 未报送 on the board)."""
    from xlproc.collect import collect_inbox
    from xlproc.roster import Person
    from xlproc.store import write_roster_csv

    posts = collect_inbox([inbox]).posts
    tiers = {"领导岗位": "leader", "中层岗位": "middle", "一般岗位": "general"}
    people, seen = [], set()
    for p in posts.to_dict("records"):
        key = (p["unit"], p["person"])
        if not p["person"] or key in seen or p["tier"] not in tiers:
            continue
        seen.add(key)
        people.append(Person(p["unit"], p["department"], p["person"], p["title"],
                             tiers[p["tier"]], "", len(people) + 2))  # fmt: skip
    people += [Person("XX区未报送局", "办公室", f"未报{k}", "科员", "general", "", 0)
               for k in range(drop)]  # fmt: skip
    write_roster_csv(people, target)
    return len(people)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument(
        "--inbox", type=Path, default=Path(tempfile.gettempdir()) / "xlproc-bench" / "inbox-200"
    )
    ap.add_argument("--repeat", type=int, default=5)
    a = ap.parse_args()
    inbox = a.inbox
    if not inbox.is_dir():
        sys.exit(
            f"{inbox} not found: run `python benchmarks/bench_collect.py` first (it builds it)"
        )
    files = sorted(p for p in inbox.rglob("*") if p.is_file())
    work = Path(tempfile.mkdtemp(prefix="xlproc-web-bench-"))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    try:
        roster = work / "roster.csv"
        n_people = make_roster(inbox, roster)
        cmd = [sys.executable, "-m", "xlproc"]
        t = time.perf_counter()
        subprocess.run(cmd + ["check", str(inbox), "--roster", str(roster)], env=env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
        t_check = time.perf_counter() - t

        port = free_port()
        server = subprocess.Popen(cmd + ["serve", "--data", str(work / "data"), "--port", str(port), "--no-browser"],
                                  env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)  # fmt: skip
        base = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                get(base + "/")
                break
            except OSError:
                time.sleep(0.1)
        try:
            rid = call(
                base + "/api/rounds", json.dumps({"title": "基准测试", "unit": "XX区"}).encode()
            )["id"]
            body, ctype = multipart([("file", "roster.csv", roster.read_bytes())])
            call(f"{base}/api/rounds/{rid}/roster", body, ctype)
            parts = [("files", p.relative_to(inbox).as_posix(), p.read_bytes()) for p in files]
            t = time.perf_counter()
            body, ctype = multipart(parts)
            report = call(f"{base}/api/rounds/{rid}/files", body, ctype)
            t_upload = time.perf_counter() - t
            status = call(f"{base}/api/rounds/{rid}/status")
            t_total = time.perf_counter() - t
            print(
                f"inbox: {len(files)} files ({sum(p.stat().st_size for p in files) / 1e6:.1f} MB), roster {n_people} people"
            )
            print(f"received {len(report['received'])}; status: files {status['files']}, forms {status['forms']}, "
                  f"risks {status['risks']}, errors {status['errors']}, warnings {status['warnings']}")  # fmt: skip
            print(f"xlproc check --roster       {t_check:6.2f} s")
            print(f"API upload                  {t_upload:6.2f} s")
            print(f"API upload + status         {t_total:6.2f} s   ratio {t_total / t_check:.2f}  (≤ 2: {'ok' if t_total <= 2 * t_check else 'NOT MET'})")  # fmt: skip

            versions = call(f"{base}/api/rounds/{rid}/status")  # warm
            del versions
            call(f"{base}/api/rounds/{rid}/builds", b"{}")
            mid = len(files) // 2 or 1
            pages = {
                "轮次 /": "/",
                "报送情况 board": f"/rounds/{rid}",
                "board filtered": f"/rounds/{rid}?state=error",
                "收件 inbox": f"/rounds/{rid}/inbox",
                "文件 file page": f"/rounds/{rid}/files/{mid}",
                "退回 returns": f"/rounds/{rid}/returns",
                "生成 builds": f"/rounds/{rid}/builds",
                "对比 compare": f"/rounds/{rid}/compare",
                "记录 events": f"/rounds/{rid}/events",
                "岗位 posts": "/posts",
                "岗位 post history": "/posts/view?unit=XX区第0000局&department=领导班子&title=科员",
                "status API": f"/api/rounds/{rid}/status",
            }
            worst_all = 0.0
            print(f"\npages ({a.repeat} requests each; median / worst, ms):")
            for name, path in pages.items():
                times = []
                for _ in range(a.repeat):
                    dt, code = get(base + path)
                    assert code == 200, (path, code)
                    times.append(dt * 1000)
                worst = max(times)
                worst_all = max(worst_all, worst)
                print(
                    f"  {name:18s} {statistics.median(times):7.1f} / {worst:7.1f}  {'ok' if worst < 300 else 'NOT MET'}"
                )
            print(
                f"worst page {worst_all:.0f} ms (< 300: {'ok' if worst_all < 300 else 'NOT MET'})"
            )
        finally:
            server.terminate()
            server.wait(10)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
