"""The thin output edge of collect/check: CSV exports, the workbooks, the terminal summary."""

from __future__ import annotations

import contextlib
import glob
from collections import Counter
from pathlib import Path

import click

from xlproc.atomic import atomic_path
from xlproc.collect import CollectResult, person_by_sheet
from xlproc.issues import SEVERITY_ZH, Issue
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
    title: str | None = None,
    jobs: int | None = None,
    progress: bool = False,
    raw_csv: bool = False,
) -> list:
    """Write the outputs asked for; return what was written (paths, and for the feedback copies
    one ``FeedbackWritten``). With ``public``, the points left out of it are added to
    ``result.issues`` first (PUBLIC_…), so that the archive and issues.csv list them. The
    feedback copies come first: they run here, with their own pool of workers and progress
    bar, while the other outputs are written in forked processes. CSV cells that a
    spreadsheet would take for a formula are neutralised unless ``raw_csv``."""
    if not (archive or export_dir or public or feedback_dir):
        return []
    from xlproc.archive import write_archive
    from xlproc.public import plan_public, write_public
    from xlproc.rounds import round_of

    rnd = round_of(result.config, title)  # one date for every workbook of the run
    read_issues = result.issue_records  # before the public version's
    plan = None
    if public:
        plan = plan_public(result)
        result.add_issues(plan.issues)
    tasks: list[tuple] = []  # (function, args, paths written): independent, so written side by side
    if feedback_dir:
        # the copies name what staff must fix in their file, not what the public version left out
        tasks.append(
            (_feedback, (result.with_issues(read_issues), feedback_dir, jobs, progress), None)
        )
    if archive:
        tasks.append((write_archive, (result, archive, rnd), [Path(archive)]))
    if public:
        tasks.append((write_public, (result, public, plan, rnd), [Path(public)]))
    if export_dir:
        names = ["risks.csv", "posts.csv", "issues.csv"] + (
            ["submissions.csv"] if result.submissions is not None else []
        )
        tasks.append(
            (export_csv, (result, export_dir, raw_csv), [Path(export_dir) / n for n in names])
        )
    return _side_by_side(tasks, parallel=result.n_risks >= 2000)


def _feedback(result: CollectResult, outdir: str, jobs: int | None, progress: bool) -> list:
    from xlproc.feedback import write_feedback

    return [write_feedback(result, outdir, jobs=jobs, progress=progress)]


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
    old = f"(其中 {c['files_superseded']} 个已被新版本替代)" if c["files_superseded"] else ""
    old_rows = f" + 已被新版本替代的行 {c['rows_superseded']}" if c["rows_superseded"] else ""
    return (
        f"核对:文件 {c['files']} = 已读取 {c['read']}{old} + 已跳过 {c['skipped']} + 无法读取 {c['unreadable']};"
        f"表格行 {c['rows_seen']} = 风险点 {c['risks']} + 已报告问题行 {c['rows_reported']}{old_rows};"
        f"表格外内容 {c['unplaced']} 处(行或单元格)已报告"
    )


NOTHING_READ = "未找到可读取的表格文件"


def print_summary(
    result: CollectResult, written: list, listed: str = "", verbose: bool = False
) -> None:
    """The closing lines; ``listed`` says where the issues can be read (nothing if nowhere)."""
    c = result.counts()
    if c["files"] == 0:
        click.echo(
            f"{NOTHING_READ}:未找到任何文件,收件文件夹是空的;请把回收的表格放进去(可以有子文件夹)后再运行。"
        )
    elif not c["read"]:
        click.echo(f"{NOTHING_READ}(收件文件夹中没有能打开的 Excel 表格,档案中风险点为零行)")
    elif c["forms"] == 0:
        click.echo(f"读取了 {c['files']} 个文件,但没有找到任何防控表;原因见各文件的问题。")
    grades = Counter(p["computed_grade"] for p in result.post_records)
    click.echo(
        f"共读取 {c['forms']} 张表、{c['risks']} 个风险点;岗位等级 A {grades.get('A', 0)} · "
        f"B {grades.get('B', 0)} · C {grades.get('C', 0)}"
    )
    codes = Counter(i.code for i in result.issue_records)
    n_incomplete, n_text = codes.get("PUBLIC_INCOMPLETE", 0), codes.get("PUBLIC_TEXT", 0)
    of_public = f"(含公示版未列入 {n_incomplete + n_text} 个)" if n_incomplete + n_text else ""
    click.echo(
        f"问题:错误 {c['errors']} 个,警告 {c['warnings']} 个{of_public}"
        + (f"({listed})" if listed else "")
    )
    if n_incomplete or n_text:
        click.echo(
            f"公示版:{n_incomplete + n_text} 个风险点未列入(填写不全 {n_incomplete} 个,"
            f"含公式或链接 {n_text} 个)" + (f",{listed}" if listed else "")
        )
    if result.submission_records is not None:
        st = Counter(s["status"] for s in result.submission_records)
        click.echo(
            f"报送:已报 {st.get('submitted', 0)},未报 {st.get('missing', 0)},重复 {st.get('duplicate', 0)},"
            f"花名册外 {st.get('not_in_roster', 0)}"
            + (f",已被新版本替代 {st['superseded']}" if st.get("superseded") else "")
        )
    click.echo(accounting_line(result))
    for p in sorted(written, key=lambda p: not isinstance(p, Path | str)):  # the copies last
        if isinstance(p, Path | str):
            click.echo(f"已写出:{p}")
            continue
        # the feedback copies: one line, each copy with -v
        more = "" if verbose or not p.copies else "(加 -v 逐个列出)"
        click.echo(f"已写出:退回修改稿 {len(p.copies)} 份,在 {p.outdir}{more}")
        if verbose:
            for c in p.copies:
                click.echo(f"已写出:{c}")
        if p.failed:
            shown = "、".join(f"{rel}({why})" for rel, why in p.failed[:3])
            rest = f" 等 {len(p.failed)} 个文件" if len(p.failed) > 3 else ""
            click.echo(f"未能生成修改稿:{shown}{rest};已在退回清单中注明")
        click.echo(f"已写出:{p.return_list}")


def _where(issue: Issue, who: dict[tuple[str, str], str]) -> str:
    """`督查科.xlsx [罗刚] Sheet3!E8`: the file, the person (else the sheet) and the cell."""
    if not issue.source_file:
        return ""
    sheet = issue.source_sheet
    person = who.get((issue.source_file, sheet), "")
    parts = [issue.source_file]
    if person or sheet:
        parts.append(f"[{person or sheet}]")
    if issue.cell:
        parts.append(
            f"{sheet}!{issue.cell}" if person and sheet and sheet != person else issue.cell
        )
    return " ".join(parts)


def print_issues(result: CollectResult, limit: int = 500) -> None:
    """The issues on the terminal, errors first, each with its file, person and cell."""
    issues = result.issue_records
    if not issues:
        if result.post_records:
            click.echo("未发现问题。")
        return
    order = {"error": 0, "warning": 1, "info": 2}
    issues = sorted(issues, key=lambda i: (order[i.severity], i.source_file, i.source_sheet))
    who = person_by_sheet(result.post_records)
    for i, issue in enumerate(issues):
        if i >= limit:
            click.echo(
                f"……另有 {len(issues) - limit} 个问题未显示(用 collect --export-dir 导出全部)"
            )
            break
        msg = issue.message
        if issue.cell and msg.startswith("[") and "] " in msg:
            msg = msg.split("] ", 1)[1]
        where = _where(issue, who)
        click.echo(
            f"{SEVERITY_ZH[issue.severity]}  {where}:{msg}"
            if where
            else f"{SEVERITY_ZH[issue.severity]}  {msg}"
        )
