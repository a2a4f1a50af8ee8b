"""The thin output edge of collect/check: CSV exports, the workbooks, the terminal summary."""

from __future__ import annotations

import contextlib
import glob
from pathlib import Path

import click

from xlproc.atomic import atomic_path
from xlproc.collect import CollectResult
from xlproc.issues import SEVERITY_ZH
from xlproc.normalise import POST_COLUMNS


def export_csv(result: CollectResult, export_dir: str | Path, raw: bool = False) -> list[Path]:
    """risks/posts/issues(/submissions).csv, UTF-8 with BOM so Excel on Chinese Windows opens them."""
    out = Path(export_dir)
    out.mkdir(parents=True, exist_ok=True)
    frames = {
        "risks.csv": result.risks,
        "posts.csv": result.posts[POST_COLUMNS],
        "issues.csv": result.issues,
    }
    if result.submissions is not None:
        frames["submissions.csv"] = result.submissions
    return [write_csv(df, out / name, raw) for name, df in frames.items()]


# what makes Excel (or LibreOffice) read a CSV cell as a formula, or start one (OWASP)
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(df):
    """Text cells that a spreadsheet would take for a formula get a leading ``'`` (OWASP's advice
    against CSV injection); numbers are left alone."""
    out = df
    for col in df.columns:
        values = df[col]
        if values.dtype.kind in "iufcb" or not len(values):
            continue
        risky = values.str.startswith(FORMULA_START, na=False)
        if risky.any():
            if out is df:
                out = df.copy()
            out[col] = values.where(~risky, "'" + values.astype(str))
    return out


def write_csv(df, path: str | Path, raw: bool = False) -> Path:
    """One CSV in UTF-8 with BOM and CRLF, written atomically; formula-like text neutralised
    unless ``raw``."""
    path = Path(path)
    if not raw:
        df = neutralise(df)
    with atomic_path(path) as tmp:
        df.to_csv(tmp, index=False, encoding="utf-8-sig", lineterminator="\r\n")
    return path


def write_outputs(
    result: CollectResult,
    archive: str | None,
    export_dir: str | None,
    public: str | None,
    feedback_dir: str | None = None,
    raw_csv: bool = False,
) -> list[Path]:
    from xlproc.archive import write_archive, write_public

    tasks: list[tuple] = []  # (function, args, paths written): independent, so written side by side
    if archive:
        tasks.append((write_archive, (result, archive), [Path(archive)]))
    if public:
        tasks.append((write_public, (result, public), [Path(public)]))
    if export_dir:
        names = ["risks.csv", "posts.csv", "issues.csv"] + (
            ["submissions.csv"] if result.submissions is not None else []
        )
        tasks.append(
            (export_csv, (result, export_dir, raw_csv), [Path(export_dir) / n for n in names])
        )
    if feedback_dir:
        from xlproc.feedback import write_feedback

        tasks.append((write_feedback, (result, feedback_dir), None))
    return _side_by_side(tasks, parallel=len(result.risks) >= 2000)


_WRITERS: list = []  # forked writer processes still running: (process, paths they write)


def _child(fn, args) -> None:
    """Run an output task in a forked process; failures stay quiet here and are rerun by the parent.

    SIGTERM or SIGINT (the parent stopping it, or Ctrl-C) removes its temporary files: the
    exception unwinds through ``atomic_path``.
    """
    import os
    import signal

    from xlproc.atomic import forget_pending, remove_pending
    from xlproc.pool import unblock_signals

    def ignore(signum, frame):  # not SIG_IGN: see xlproc.cli._ignore
        pass

    def stop(signum, frame):
        for s in (signal.SIGINT, signal.SIGTERM):
            signal.signal(s, ignore)
        raise KeyboardInterrupt

    try:
        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)
        unblock_signals()  # held back since the fork (see signals_blocked)
        forget_pending()
        fn(*args)
    except BaseException:
        remove_pending()
        os._exit(1)


def stop_writers() -> None:
    """Stop the forked writers still running (on interrupt): SIGTERM, then SIGKILL after 3 s."""
    import os
    import signal

    for proc, _paths in _WRITERS:
        if proc.is_alive():
            with contextlib.suppress(OSError):
                os.kill(proc.pid, signal.SIGTERM)
    for proc, paths in list(_WRITERS):
        proc.join(3)
        if proc.is_alive():  # stuck: kill it, and remove the temporary files it may have left
            with contextlib.suppress(OSError):
                os.kill(proc.pid, signal.SIGKILL)
            proc.join()
            _remove_temporaries(paths)
        _WRITERS.remove((proc, paths))


def _remove_temporaries(paths: list[Path] | None) -> None:
    """The temporary files ``atomic_path`` makes for ``paths`` (``.~<stem>.XXXXXXXX<suffix>``)."""
    for p in paths or ():
        for tmp in p.parent.glob(f".~{glob.escape(p.stem[:40])}.{'?' * 8}{glob.escape(p.suffix)}"):
            with contextlib.suppress(OSError):
                tmp.unlink()


def _side_by_side(tasks: list[tuple], parallel: bool) -> list[Path]:
    """Run the first task here and the others in forked processes (they only read ``result``).

    A child that fails is rerun here, so its error reaches the user as any other would. If this
    process is interrupted, the children are stopped before the exception goes on.
    """
    import multiprocessing as mp
    import os
    import sys

    from xlproc.pool import signals_blocked

    written: list[Path] = []
    children = []
    try:
        if (
            parallel
            and len(tasks) > 1
            and "fork" in mp.get_all_start_methods()
            and (os.cpu_count() or 1) > 1
        ):
            ctx = mp.get_context("fork")
            sys.stdout.flush()  # a child flushes inherited buffers at exit: nothing may be pending
            sys.stderr.flush()
            for task in tasks[1:]:
                proc = ctx.Process(target=_child, args=(task[0], task[1]))
                with signals_blocked():
                    proc.start()
                    _WRITERS.append((proc, task[2]))
                    children.append((proc, task))
            tasks = tasks[:1]
        for fn, args, paths in tasks:
            out = fn(*args)
            written += paths if paths is not None else out
        for proc, (fn, args, paths) in children:
            proc.join()
            _WRITERS.remove((proc, paths))
            if proc.exitcode != 0 or paths is None:
                out = fn(
                    *args
                )  # rerun here: surfaces the error, or returns what a feedback run wrote
            written += paths if paths is not None else out
    except BaseException:
        stop_writers()
        raise
    return written


def accounting_line(result: CollectResult) -> str:
    c = result.counts()
    return (
        f"核对:文件 {c['files']} = 已读取 {c['read']} + 已跳过 {c['skipped']} + 无法读取 {c['unreadable']};"
        f"表格行 {c['rows_seen']} = 风险点 {c['risks']} + 已报告问题行 {c['rows_reported']};"
        f"表格外内容 {c['unplaced']} 行已报告"
    )


NOTHING_READ = "未找到可读取的表格文件"


def print_summary(result: CollectResult, written: list[Path]) -> None:
    c = result.counts()
    if not c["read"]:
        click.echo(f"{NOTHING_READ}(收件文件夹中没有能打开的 Excel 表格,档案中风险点为零行)")
    posts = result.posts
    grades = posts["computed_grade"].value_counts().to_dict() if len(posts) else {}
    click.echo(
        f"共读取 {c['forms']} 张表、{c['risks']} 个风险点;岗位等级 A {grades.get('A', 0)} · "
        f"B {grades.get('B', 0)} · C {grades.get('C', 0)}"
    )
    click.echo(f"问题:错误 {c['errors']} 个,警告 {c['warnings']} 个(详见问题清单)")
    if result.submissions is not None:
        st = result.submissions["status"].value_counts().to_dict()
        click.echo(
            f"报送:已报 {st.get('submitted', 0)},未报 {st.get('missing', 0)},重复 {st.get('duplicate', 0)},"
            f"花名册外 {st.get('not_in_roster', 0)}"
        )
    click.echo(accounting_line(result))
    for p in written:
        click.echo(f"已写出:{p}")


def print_issues(result: CollectResult, limit: int = 500) -> None:
    df = result.issues
    if not len(df):
        click.echo("未发现问题。")
        return
    order = {"error": 0, "warning": 1, "info": 2}
    df = df.assign(_o=df["severity"].map(order)).sort_values(
        ["_o", "source_file", "source_sheet"], kind="stable"
    )
    for i, row in enumerate(df.itertuples()):
        if i >= limit:
            click.echo(f"……另有 {len(df) - limit} 个问题未显示(用 collect --export-dir 导出全部)")
            break
        where = row.source_file + (f" [{row.source_sheet}]" if row.source_sheet else "")
        msg = row.message
        if row.cell and msg.startswith("["):
            msg = msg.split("] ", 1)[-1]
            where += f" {row.cell}"
        click.echo(f"{SEVERITY_ZH[row.severity]}  {where}:{msg}")
