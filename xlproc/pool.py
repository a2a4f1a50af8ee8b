"""Worker processes in which each task is a unit that cannot fail the batch.

``run_tasks`` runs a function over a list of tasks in worker processes and yields one outcome
per task, in the tasks' order. An exception in the function, a worker that dies (killed, out of
memory, a crash in native code) and a task that runs past the time limit each become that
task's failure, reported through ``on_failure``; the worker is replaced and the other tasks go
on. ``concurrent.futures.ProcessPoolExecutor`` cannot do this: one dead worker breaks the whole
pool (``BrokenProcessPool``) and a task cannot be timed out.

How: every worker has its own pipe (a worker dying in the middle of a message spoils nothing
else) and a few small chunks of tasks queued, so that it never waits for the parent; before it
starts a task it writes the task's index into a shared slot, so the parent always knows which
task a dead or stuck worker held. The other tasks it had (queued, or done but not yet sent) go
back to the others. Results keep the order of the tasks whatever happens.

Interrupts: workers ignore SIGINT and SIGHUP (the terminal sends them to every process of the
job; the parent decides) and die with their parent (``PR_SET_PDEATHSIG`` on Linux). Whatever
ends ``run_tasks`` early (an exception, an interrupt, the generator closed) kills its workers
before it returns; ``stop_all`` does the same for every pool of the process.
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from multiprocessing.connection import wait
from typing import Any

DEPTH = 2  # chunks of tasks queued per worker: it never waits while the parent is busy
MAX_REQUEUE = 3  # a task whose worker died while it waited in the queue is retried this often
MAX_STILLBORN = 4  # workers dying in a row before their first task: the pool gives up
IDLE = -1

# reasons given to on_failure(task, kind, detail)
ERROR, CRASH, TIMEOUT = "error", "crash", "timeout"

_LIVE: set[_Pool] = set()


def run_tasks(
    tasks: Sequence[Any],
    fn: Callable[[Any], Any],
    on_failure: Callable[[Any, str, str], Any],
    jobs: int,
    timeout: float | None = None,
    init: Callable[..., None] | None = None,
    initargs: tuple = (),
    warm: Callable[[], Any] | None = None,
) -> Iterator[Any]:
    """Yield ``fn(task)`` for every task, in order, computed in up to ``jobs`` processes.

    ``fn`` and ``init`` run in the workers (``init(*initargs)`` once per worker). A task that
    raises, whose worker dies, or that runs longer than ``timeout`` seconds yields
    ``on_failure(task, kind, detail)`` instead, ``kind`` being ``ERROR``, ``CRASH`` or
    ``TIMEOUT``. ``warm`` runs in a thread of the parent while the workers start.
    """
    if not tasks:
        return
    pool = _Pool(tasks, fn, init, initargs, min(max(1, jobs), len(tasks)), timeout)
    _LIVE.add(pool)
    try:
        pool.start()
        if warm is not None:
            pool.warm = threading.Thread(target=warm, name="xlproc-warm", daemon=True)
            pool.warm.start()
        done: dict[int, Any] = {}
        nxt = 0
        while nxt < len(tasks):
            while nxt not in done:
                for i, kind, payload in pool.step():
                    done[i] = payload if kind is None else on_failure(tasks[i], kind, payload)
            while nxt in done:
                yield done.pop(nxt)
                nxt += 1
    finally:
        try:
            pool.stop()
        finally:
            _LIVE.discard(pool)


def stop_all() -> None:
    """Kill the workers of every pool still running in this process (on interrupt)."""
    for pool in list(_LIVE):
        pool.stop(kill=True)


def describe_exit(exitcode: int | None) -> str:
    """How a worker ended, in Chinese, for the report."""
    if exitcode is None:
        return "进程无响应"
    if exitcode < 0:
        sig = -exitcode
        name = {signal.SIGKILL: "SIGKILL,多为内存不足被系统终止", signal.SIGSEGV: "SIGSEGV,内存访问错误",
                signal.SIGABRT: "SIGABRT,程序异常中止,多为文件内容超出内存上限", signal.SIGBUS: "SIGBUS"}.get(sig)  # fmt: skip
        try:
            label = name or signal.Signals(sig).name
        except ValueError:
            label = f"信号 {sig}"
        return f"读取进程被信号终止:{label}"
    return f"读取进程意外退出,退出码 {exitcode}"


class _Worker:
    def __init__(self, proc, conn, slot: int):
        self.proc = proc
        self.conn = conn
        self.slot = slot
        self.chunks: deque[list[int]] = deque()  # task indices sent, oldest first (= work order)
        self.holding = IDLE  # the task last seen in its slot, and since when
        self.since = 0.0
        self.answered = False  # has it sent any result

    def queued(self) -> list[int]:
        return [i for chunk in self.chunks for i in chunk]


class _Pool:
    def __init__(self, tasks, fn, init, initargs, n: int, timeout: float | None):
        self.tasks = tasks
        self.fn = fn
        self.init = init
        self.initargs = initargs
        self.n = n
        self.timeout = timeout if timeout and timeout > 0 else None
        # tasks travel in small chunks (fewer messages for the parent to handle), results per
        # chunk; the slot still says which task of a chunk the worker is on
        self.chunk = max(1, min(16, len(tasks) // (n * 8)))
        methods = mp.get_all_start_methods()
        self.ctx = mp.get_context("fork" if "fork" in methods else "spawn")
        self.slots = self.ctx.RawArray("q", [IDLE] * n)  # the task each worker is working on
        self.pending: deque[int] = deque(range(len(tasks)))
        self.requeued: dict[int, int] = {}
        self.stillborn = 0
        self.workers: list[_Worker] = []
        self.by_handle: dict[Any, _Worker] = {}  # pipe and process sentinel → worker
        self.warm: threading.Thread | None = None
        self.parent_pid = os.getpid()
        self.poll = None if self.timeout is None else max(0.01, min(0.25, self.timeout / 4))
        self.next_check = 0.0

    # -- workers ---------------------------------------------------------------------------
    def start(self) -> None:
        for slot in range(self.n):
            self.workers.append(self._spawn(slot))

    def _spawn(self, slot: int) -> _Worker:
        if self.warm is not None and self.warm.is_alive():
            self.warm.join()  # never fork while another thread may hold a lock (an import's)
        self.slots[slot] = IDLE
        mine, theirs = self.ctx.Pipe(duplex=True)
        proc = self.ctx.Process(
            target=_worker_main,
            args=(theirs, slot, self.slots, self.fn, self.init, self.initargs, self.parent_pid),
            name=f"xlproc-reader-{slot}",
            daemon=True,
        )
        sys.stdout.flush()  # a forked child may flush what the parent had buffered
        sys.stderr.flush()
        with signals_blocked():
            proc.start()
            theirs.close()
            w = _Worker(proc, mine, slot)
            self.by_handle[mine] = self.by_handle[proc.sentinel] = w
        return w

    def _retire(self, w: _Worker) -> int | None:
        """Make sure ``w`` has ended, release its pipe and process handle; return its exit code."""
        self.by_handle.pop(w.conn, None)
        try:
            self.by_handle.pop(w.proc.sentinel, None)
            alive = w.proc.is_alive()
        except ValueError:  # retired already (a stop that was interrupted)
            return None
        if alive:
            with contextlib.suppress(OSError):
                os.kill(w.proc.pid, signal.SIGKILL)
        w.proc.join(5)
        code = w.proc.exitcode
        with contextlib.suppress(OSError):
            w.conn.close()
        if code is not None:
            w.proc.close()
        return code

    def stop(self, kill: bool = False) -> None:
        """End every worker: politely when all went well, by SIGKILL otherwise. Safe to call
        again if interrupted."""
        finished = not kill and not self.pending and all(not w.chunks for w in self.workers)
        if finished:
            for w in self.workers:
                with contextlib.suppress(OSError):
                    w.conn.send(None)
        while self.workers:
            w = self.workers[0]
            if finished:
                w.proc.join(1)
            self._retire(w)
            self.workers.pop(0)

    # -- the loop --------------------------------------------------------------------------
    def _feed(self) -> None:
        for w in self.workers:
            while self.pending and len(w.chunks) < DEPTH:
                # smaller chunks towards the end, so that the workers finish together
                size = min(self.chunk, max(1, len(self.pending) // (2 * len(self.workers))))
                take = [self.pending.popleft() for _ in range(size)]
                w.chunks.append(take)
                try:
                    w.conn.send([(i, self.tasks[i]) for i in take])
                except OSError:  # it has died: step() will see to it and its queue
                    break

    def step(self) -> list[tuple[int, str | None, Any]]:
        """Wait for something to happen; return (index, failure kind or None, payload)."""
        self._feed()
        out: list[tuple[int, str | None, Any]] = []
        dead: list[_Worker] = []
        for handle in wait(list(self.by_handle), timeout=self.poll):
            w = self.by_handle.get(handle)
            if w is not None and w not in dead:
                if handle is not w.conn or not self._receive(w, out):
                    dead.append(w)
        for w in dead:
            self._receive(w, out)  # what it sent before it died is still in the pipe
            self._replace(w, out, CRASH, None)
        if self.timeout is not None:
            now = time.monotonic()
            if now >= self.next_check:
                self.next_check = now + self.poll
                for w in list(self.workers):
                    held = self.slots[w.slot]
                    if held != w.holding:
                        w.holding, w.since = held, now
                    elif held != IDLE and now - w.since > self.timeout:
                        self._replace(w, out, TIMEOUT, f"{self.timeout:g}")
        return out

    def _receive(self, w: _Worker, out: list) -> bool:
        """Take every result waiting in ``w``'s pipe; False if the pipe is closed or spoiled."""
        try:
            while w.conn.poll():
                results = w.conn.recv()
                w.answered = True
                if w.chunks:
                    w.chunks.popleft()
                out.extend(results)
        except Exception:  # closed, or a message cut short by the worker's death
            return False
        return True

    def _replace(self, w: _Worker, out: list, kind: str, detail: str | None) -> None:
        """Retire ``w``; report the task it held; give its queue to the others; start another."""
        if w not in self.workers:
            return
        held = self.slots[w.slot]
        code = self._retire(w)
        if detail is None:
            detail = describe_exit(code)
        queue = w.queued()
        blamed = held if held in queue else None
        # workers that die before their first task are not the files' fault: after a few in a
        # row, the pool itself is broken (it cannot start processes)
        self.stillborn = 0 if (blamed is not None or w.answered) else self.stillborn + 1
        if self.stillborn >= MAX_STILLBORN:
            raise RuntimeError(f"读取进程无法启动({detail})")
        if blamed is None and queue:
            # it died between tasks: the first queued task is blamed only once it has come
            # back here too often
            first = queue[0]
            self.requeued[first] = self.requeued.get(first, 0) + 1
            if self.requeued[first] > MAX_REQUEUE:
                blamed = first
        if blamed is not None:
            queue.remove(blamed)
            out.append((blamed, kind, detail))
        self.pending.extendleft(reversed(queue))  # done but not sent: read again elsewhere
        at = self.workers.index(w)
        if self.pending or any(x.chunks for x in self.workers if x is not w):
            self.workers[at] = self._spawn(w.slot)
        else:
            del self.workers[at]


_STOP = {getattr(signal, n) for n in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, n)}


@contextlib.contextmanager
def signals_blocked():
    """Hold back SIGINT/SIGTERM/SIGHUP while a child is forked: the child starts with them
    blocked (and unblocks once its own handlers are set), and a signal for the parent arrives
    after the child is known. Without it, a signal in the child's first moments would run the
    parent's handler there and print a traceback."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, _STOP)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def unblock_signals() -> None:
    """In a child, once its handlers are set: let the held-back signals in."""
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOP)


def _die_with_parent() -> None:
    """Linux: this process gets SIGKILL when the parent dies, whatever killed the parent."""
    if not sys.platform.startswith("linux"):
        return
    with contextlib.suppress(Exception):
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG


def _quiet() -> None:
    """A worker says everything through its results: what native code prints on stderr (a Rust
    panic's message and backtrace, caught and reported as the task's failure; a fatal error's
    report, the death being reported by the pool) goes nowhere."""
    import faulthandler

    faulthandler.disable()  # its report of a fatal error would go to the terminal too
    with contextlib.suppress(OSError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 2)
        os.close(devnull)


def _worker_main(conn, slot, slots, fn, init, initargs, parent_pid) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "SIGHUP"):
        signal.signal(signal.SIGHUP, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    unblock_signals()
    _die_with_parent()
    _quiet()
    if os.getppid() != parent_pid:  # the parent died before PR_SET_PDEATHSIG took effect
        os._exit(0)
    from xlproc.atomic import forget_pending

    forget_pending()
    if init is not None:
        init(*initargs)
    while True:
        try:
            chunk = conn.recv()
        except (EOFError, OSError):
            break
        if chunk is None:
            break
        results = []
        for i, task in chunk:
            slots[slot] = i
            try:
                results.append((i, None, fn(task)))
            except BaseException as e:  # a task's failure is its own, never the pool's
                results.append((i, ERROR, f"{type(e).__name__}: {str(e)[:200]}"))
        try:
            conn.send(results)
        except (EOFError, OSError):
            break
        except Exception:  # a result could not be pickled: send them one by one
            conn.send([_picklable(r) for r in results])
        slots[slot] = IDLE
    conn.close()


def _picklable(result: tuple) -> tuple:
    import pickle

    try:
        pickle.dumps(result)
        return result
    except Exception as e:
        return (result[0], ERROR, f"{type(e).__name__}: {str(e)[:200]}")
