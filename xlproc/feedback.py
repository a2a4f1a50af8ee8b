"""Feedback copies for files that must be fixed (退回修改), and the list of files to send back.

Each copy is the staff member's own workbook (as .xlsx) with every problem cell highlighted and
carrying a comment that says what to fix, a first sheet 修改说明 listing the problems with
links to their cells, and a very hidden version marker (``xlproc.versions``). The originals are
never opened for writing.

A returned .xlsx is copied by patching its package (``xlproc.xlsxpatch``, a few ms); .xls/.ods
files, copies of copies and packages the patcher does not handle go through openpyxl. Copies are
made in worker processes; a copy that cannot be made is reported, and the others are made.
"""

from __future__ import annotations

import os
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from xlproc.atomic import atomic_path, fixed_timestamp
from xlproc.collect import CollectResult
from xlproc.issues import SEVERITY_ZH, SHORT
from xlproc.workbook import read_grids

FILLS = {"error": "FFF8CBAD", "warning": "FFFFE699"}
GUIDE = "修改说明"


def _message(issue: dict) -> str:
    msg = issue["message"]
    return msg.split("] ", 1)[1] if msg.startswith("[") and "] " in msg else msg


def _set_text(cell, value) -> None:
    """Write a value as data: text that starts with '=' stays text."""
    cell.value = value
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"


def _load_copy(task: CopyTask):
    """The workbook to annotate: the file itself if openpyxl can open it, else its values rebuilt."""
    import openpyxl

    path = Path(task.path)
    if path.suffix.lower() in (".xlsx", ".xlsm", ".xltx"):
        try:
            return openpyxl.load_workbook(path), False
        except Exception:  # openpyxl cannot open everything calamine reads; fall back to values
            pass
    grids, bad = read_grids(path, task.rel, task.max_bytes, task.max_ratio)
    if bad is not None:  # changed since it was read
        raise ValueError(bad.message)
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for grid in grids:
        ws = wb.create_sheet(title=grid.name[:31])
        for r, row in enumerate(grid.rows, start=1):
            for c, v in enumerate(row, start=1):
                if v:
                    _set_text(ws.cell(r, c), v)
        for r0, c0, r1, c1 in grid.merges or ():
            if (r0, c0) != (r1, c1):
                ws.merge_cells(
                    start_row=r0 + 1, start_column=c0 + 1, end_row=r1 + 1, end_column=c1 + 1
                )
        for letter in "ABCDEFGH":
            ws.column_dimensions[letter].width = 18
    return wb, True


def _title() -> str:
    return "修改说明:请按下列各项修改表格后,将本文件重新发回经办人"


def _info(rel: str, issues: list[dict], rebuilt: bool) -> str:
    n_err = sum(i["severity"] == "error" for i in issues)
    return (f"文件:{rel}    错误 {n_err} 处(必须改正),警告 {len(issues) - n_err} 处(请核实)"
            + ("    注:原文件为 .xls/.ods,本副本只保留了内容" if rebuilt else ""))  # fmt: skip


def _annotate(wb, issues: list[dict], rel: str, rebuilt: bool) -> int:
    """Highlight and comment each problem cell; add the 修改说明 sheet. Return cells marked."""
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.hyperlink import Hyperlink

    by_cell: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for i in issues:
        if i["cell"] and i["source_sheet"] in wb.sheetnames:
            by_cell[(i["source_sheet"], i["cell"])].append(i)
    for (sheet, ref), group in by_cell.items():
        ws = wb[sheet]
        cell = ws[ref]
        for m in ws.merged_cells.ranges:  # a merged cell takes its comment on the top-left cell
            if ref in m:
                cell = ws.cell(m.min_row, m.min_col)
                break
        worst = "error" if any(i["severity"] == "error" for i in group) else "warning"
        cell.fill = PatternFill("solid", fgColor=FILLS[worst])
        text = "\n".join(f"{SEVERITY_ZH[i['severity']]}:{_message(i)}" for i in group)
        cell.comment = Comment(text, "xlproc", width=320, height=60 + 40 * len(group))

    guide = wb.create_sheet(GUIDE, 0)
    guide["A1"] = _title()
    guide["A1"].font = Font(name="宋体", size=14, bold=True)
    _set_text(guide["A2"], _info(rel, issues, rebuilt))
    head = ["序号", "级别", "工作表", "单元格", "问题与修改方法"]
    for c, h in enumerate(head, start=1):
        guide.cell(4, c, h).font = Font(name="宋体", bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    for k, i in enumerate(issues, start=1):
        r = 4 + k
        guide.cell(r, 1, k)
        guide.cell(r, 2, SEVERITY_ZH[i["severity"]]).fill = PatternFill(
            "solid", fgColor=FILLS[i["severity"]]
        )
        _set_text(guide.cell(r, 3), i["source_sheet"])
        ref = guide.cell(r, 4, i["cell"])
        if i["cell"] and i["source_sheet"] in wb.sheetnames:
            ref.hyperlink = Hyperlink(
                ref=ref.coordinate, location=f"'{i['source_sheet']}'!{i['cell']}"
            )
            ref.font = Font(color="FF0563C1", underline="single")
        _set_text(guide.cell(r, 5), _message(i))
        guide.cell(r, 5).alignment = wrap
    for letter, width in zip("ABCDE", (6, 6, 14, 8, 80), strict=True):
        guide.column_dimensions[letter].width = width
    guide.page_setup.orientation = "landscape"
    guide.page_setup.paperSize = 9
    guide.page_setup.fitToWidth, guide.page_setup.fitToHeight = 1, 0
    guide.sheet_properties.pageSetUpPr.fitToPage = True
    guide.print_title_rows = "4:4"
    wb.active = 0
    for ws in wb.worksheets[1:]:
        ws.sheet_view.tabSelected = False
    return len(by_cell)


def _clear_old_marks(wb) -> None:
    """A copy made from a corrected copy: drop the last round's guide, comments and highlights."""
    from openpyxl.styles import PatternFill

    if GUIDE in wb.sheetnames:
        del wb[GUIDE]
    ours = set(FILLS.values())
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.comment is not None and cell.comment.author == "xlproc":
                    cell.comment = None
                    if cell.fill.fgColor.rgb in ours:
                        cell.fill = PatternFill(fill_type=None)


def _marker(task: CopyTask) -> list[str]:
    from xlproc.versions import COPY_KIND, copy_marker

    return copy_marker(COPY_KIND, task.rel, task.version + 1, task.original or task.rel)


def _mark_copy(wb, task: CopyTask) -> None:
    """The very hidden sheet that makes a copy, corrected and sent back, the newer version."""
    from xlproc.versions import COPY_SHEET

    if COPY_SHEET in wb.sheetnames:
        del wb[COPY_SHEET]
    ws = wb.create_sheet(COPY_SHEET)
    for r, v in enumerate(_marker(task), 1):
        _set_text(ws.cell(r, 1), v)
    ws.sheet_state = "veryHidden"


@dataclass
class CopyTask:
    """One feedback copy to make: plain data, so that a worker process can make it."""

    rel: str
    path: str
    target: str
    issues: list[dict]
    version: int = 1
    original: str = ""
    max_bytes: int = 0
    max_ratio: float = 0.0


@dataclass
class FeedbackWritten:
    """What ``write_feedback`` wrote: the copies, the copies it could not make, the list."""

    outdir: Path
    copies: list[Path] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (file, reason)
    return_list: Path | None = None


def make_copy(task: CopyTask) -> tuple[str, str]:
    """Write one feedback copy; return (file, '') or (file, why it could not be made). Never raises.

    A plain .xlsx returned for the first time is patched (``xlproc.xlsxpatch``); anything else,
    or a package the patcher does not handle, goes through openpyxl.
    """
    try:
        with atomic_path(task.target) as tmp:
            if not _patch(task, tmp):
                _with_openpyxl(task, tmp)
        return task.rel, ""
    except Exception as e:  # this copy fails; the batch goes on and the list says so
        return task.rel, f"{type(e).__name__}: {str(e)[:120]}"


def _patch(task: CopyTask, tmp: Path) -> bool:
    from xlproc.versions import COPY_SHEET
    from xlproc.xlsxpatch import patch_copy

    if task.version > 1 or Path(task.path).suffix.lower() != ".xlsx":
        return False
    try:
        patch_copy(Path(task.path), tmp, task.issues, SEVERITY_ZH, _message, _title(),
                   _info(task.rel, task.issues, False), _marker(task), COPY_SHEET, GUIDE)  # fmt: skip
        return True
    except Exception:  # Unsupported, or a package it misreads: openpyxl makes this one
        return False


def _with_openpyxl(task: CopyTask, tmp: Path) -> None:
    wb, rebuilt = _load_copy(task)
    if task.version > 1:
        _clear_old_marks(wb)
    _annotate(wb, task.issues, task.rel, rebuilt)
    _mark_copy(wb, task)
    wb.properties.created = wb.properties.modified = fixed_timestamp()
    wb.save(tmp)


def _target(outdir: Path, rel: str, taken: set[str]) -> Path:
    p = Path(rel)
    name = p.with_suffix(".xlsx")
    if name.as_posix() in taken:  # a.xls beside a.xlsx
        name = p.with_name(p.name + ".xlsx")
    taken.add(name.as_posix())
    return outdir / name


def write_feedback(
    result: CollectResult, outdir: str | Path, jobs: int | None = None, progress: bool = False
) -> FeedbackWritten:
    """A marked-up copy of every readable file with errors or warnings, and 退回清单.xlsx."""
    outdir = Path(outdir)
    issues = result.issues[
        result.issues["severity"].isin(["error", "warning"]) & (result.issues["source_file"] != "")
    ]
    order = {"error": 0, "warning": 1}
    per_file: dict[str, list[dict]] = defaultdict(list)
    for i in sorted(issues.to_dict("records"), key=lambda i: order[i["severity"]]):
        per_file[i["source_file"]].append(i)
    files = {f.rel: f for f in result.files}
    tasks: list[CopyTask] = []
    taken: set[str] = set()
    cfg = result.config
    for rel in sorted(per_file):
        fr = files.get(rel)
        if fr is None or fr.status != "read":
            continue
        tasks.append(CopyTask(rel, fr.path, str(_target(outdir, rel, taken)), per_file[rel], fr.version,
                              fr.original, cfg.max_unpacked_bytes, cfg.max_compression_ratio))  # fmt: skip
    out = FeedbackWritten(outdir)
    failed = dict(_make_all(tasks, jobs, progress))
    copies: dict[str, str] = {}
    for t in tasks:
        if failed.get(t.rel):
            out.failed.append((t.rel, failed[t.rel]))
        else:
            out.copies.append(Path(t.target))
            copies[t.rel] = Path(t.target).relative_to(outdir).as_posix()
    out.return_list = _return_list(
        result, outdir / "退回清单.xlsx", per_file, copies, dict(out.failed)
    )
    return out


def _make_all(tasks: list[CopyTask], jobs: int | None, progress: bool) -> list[tuple[str, str]]:
    """Make every copy, in worker processes when there are enough; the bar counts copies.

    A worker that dies (killed, out of memory) breaks its pool: the copies not yet made go to a
    new pool, and after a second break each is made in a process of its own, so that only a copy
    that kills its own process is reported as not made.
    """
    jobs = jobs or min(os.cpu_count() or 1, 8)
    bar = None
    if progress and tasks:
        import click

        bar = click.progressbar(length=len(tasks), label="生成修改稿", file=sys.stderr)
        bar.__enter__()
    done: dict[str, str] = {}

    def record(rel: str, why: str) -> None:
        done[rel] = why
        if bar:
            bar.update(1)

    try:
        if jobs <= 1 or len(tasks) < 8:
            for t in tasks:
                record(*make_copy(t))
            return [(t.rel, done[t.rel]) for t in tasks]
        pending, breaks = list(tasks), 0
        while pending:
            if breaks < 2:
                breaks += _pool_round(pending, min(jobs, len(pending)), record)
            else:
                for t in pending:
                    if _pool_round([t], 1, record):
                        record(t.rel, "生成修改稿的进程意外退出")
            pending = [t for t in pending if t.rel not in done]
        return [(t.rel, done[t.rel]) for t in tasks]
    finally:
        if bar:
            bar.__exit__(None, None, None)


def _pool_round(tasks: list[CopyTask], workers: int, record) -> bool:
    """Make ``tasks`` in a pool, recording each result; return whether the pool broke."""
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor, as_completed
    from concurrent.futures.process import BrokenProcessPool

    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else None
    broke = False
    with ProcessPoolExecutor(workers, mp_context=ctx) as ex:
        futures = {ex.submit(make_copy, t): t for t in tasks}
        for f in as_completed(futures):
            try:
                record(*f.result())
            except BrokenProcessPool:
                broke = True
            except Exception as e:  # the task or its result could not be passed: this copy only
                record(futures[f].rel, f"{type(e).__name__}: {str(e)[:120]}")
    return broke


def _return_list(
    result: CollectResult,
    path: Path,
    per_file: dict[str, list[dict]],
    copies: dict[str, str],
    failed: dict[str, str] | None = None,
) -> Path:
    import pandas as pd

    from xlproc.archive import Formats, mark_output, table_sheet
    from xlproc.atomic import safe_workbook

    posts = result.posts
    by_file: dict[str, list[tuple]] = defaultdict(list)  # file → (sheet, unit, department, person)
    for rec in zip(posts["source_file"], posts["source_sheet"], posts["unit"], posts["department"],
                   posts["person"], strict=True):  # fmt: skip
        by_file[rec[0]].append(rec[1:])
    rows = []
    for rel in sorted(per_file):
        mine = by_file.get(rel, [])
        sheets = {i["source_sheet"] for i in per_file[rel]}
        if "" not in sheets:  # name only the people whose sheets have problems
            mine = [m for m in mine if m[0] in sheets]
        parts = rel.split("/")
        units = "、".join(dict.fromkeys(m[1] for m in mine if m[1])) or (
            parts[0] if len(parts) > 1 else ""
        )
        depts = "、".join(dict.fromkeys(m[2] for m in mine if m[2]))
        people = "、".join(dict.fromkeys(m[3] for m in mine if m[3]))
        group = per_file[rel]
        counts = Counter(SHORT[i["code"]] for i in group)
        summary = ";".join(f"{k} {v} 处" for k, v in counts.most_common(4))
        if len(counts) > 4:
            summary += " 等"
        if rel not in copies:
            summary = _message(group[0])
        rows.append({
            "unit": units, "department": depts, "file": rel, "people": people,
            "errors": sum(i["severity"] == "error" for i in group),
            "warnings": sum(i["severity"] == "warning" for i in group),
            "summary": summary,
            "copy": copies.get(rel) or ("修改稿未能生成,请按问题清单退回" if rel in (failed or {})
                                        else "无法打开,请对方重新发送"),
        })  # fmt: skip
    columns = {
        "unit": ("单位", 16), "department": ("科室", 12), "file": ("文件", 26), "people": ("涉及人员", 16),
        "errors": ("错误", 6), "warnings": ("警告", 6), "summary": ("主要问题", 40), "copy": ("修改稿", 24),
    }  # fmt: skip
    with atomic_path(path) as tmp:
        wb = safe_workbook(tmp, "退回清单")
        fmt = Formats(wb)
        table_sheet(wb, fmt, "退回清单", "退回修改清单(附修改稿,问题单元格已标注批注)", pd.DataFrame(rows, columns=list(columns)),
                    columns)  # fmt: skip
        if result.submissions is not None:
            missing = result.submissions[result.submissions["status"] == "missing"]
            table_sheet(wb, fmt, "催报", "尚未报送(按花名册)", missing,
                        {"department": ("科室", 14), "person": ("姓名", 10), "tier": ("岗位层级", 10)})  # fmt: skip
        mark_output(wb, "xlproc-return-list")
        wb.close()
    return path
