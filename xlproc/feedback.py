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
    """The workbook to annotate: the file itself if openpyxl can open it, else rebuilt.

    A .xls or .ods file is rebuilt from its values with the layout of the form it holds (widths,
    borders, merges, row heights, A4 landscape print setup, from the form definitions); xlproc's
    hidden metadata is never copied into a visible cell.
    """
    import openpyxl

    path = Path(task.path)
    if path.suffix.lower() in (".xlsx", ".xlsm", ".xltx"):
        try:
            return openpyxl.load_workbook(path), False
        except Exception:  # openpyxl cannot open everything calamine reads; fall back to values
            pass
    # (the cells as the staff member wrote them: an HTML editor's source stays source, as in an
    # .xlsx copy, the CELLS_HTML_SOURCE note pointing at it)
    grids, bad = read_grids(path, task.rel, task.max_bytes, task.max_ratio, html=False)
    if bad is not None:  # changed since it was read
        raise ValueError(bad.message)
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for grid in grids:
        ws = wb.create_sheet(title=grid.name[:31])
        _rebuild_sheet(ws, grid, task.rel)
        if grid.hidden:
            ws.sheet_state = "hidden"
    return wb, True


def _rebuild_sheet(ws, grid, rel: str) -> None:
    """One sheet of a .xls/.ods file as an .xlsx sheet laid out like the form it holds."""
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    from xlproc.forms import META_PREFIX, load_spec
    from xlproc.locate import locate_forms

    spec = load_spec()
    font = Font(name=spec.print["font"], size=spec.print["font_size"])
    wrap = Alignment(wrap_text=True, vertical="center")
    meta_cols: set[int] = set()
    kind = ""
    for r, row in enumerate(grid.rows, start=1):
        for c, v in enumerate(row, start=1):
            if not v:
                continue
            if v.startswith(META_PREFIX):  # hidden metadata: never shown
                meta_cols.add(c)
                kind = kind or ("instructions" if '"instructions"' in v else "form")
                continue
            cell = ws.cell(r, c)
            _set_text(cell, v)
            cell.font, cell.alignment = font, wrap
    for r0, c0, r1, c1 in grid.merges or ():
        if (r0, c0) != (r1, c1):
            ws.merge_cells(start_row=r0 + 1, start_column=c0 + 1, end_row=r1 + 1, end_column=c1 + 1)
    for c in meta_cols:
        ws.column_dimensions[get_column_letter(c)].hidden = True
    try:
        forms = [] if kind == "instructions" else locate_forms(grid, rel).forms
    except Exception:  # layout is a courtesy: a sheet the reader cannot place stays plain
        forms = []
    ncols = max((len(r) for r in grid.rows), default=1)
    ncols = max(1, max((c for c in range(1, ncols + 1) if c not in meta_cols), default=1))
    if kind == "instructions":
        _lay_out_instructions(ws, grid, spec, meta_cols)
        last_col, fit_height = min(ncols, 6), 1
    elif forms:
        last_col = _lay_out_forms(ws, grid, forms, spec, meta_cols)
        fit_height = 0
    else:
        for c in range(1, ncols + 1):
            longest = max((len(r[c - 1]) for r in grid.rows if c - 1 < len(r)), default=0)
            ws.column_dimensions[get_column_letter(c)].width = max(8, min(40, 2 * longest + 2))
        last_col, fit_height = ncols, 0
    ps = ws.page_setup
    ps.paperSize, ps.orientation = 9, "landscape"
    ps.fitToWidth, ps.fitToHeight = 1, fit_height
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top, ws.page_margins.bottom, ws.page_margins.footer = 0.5, 0.7, 0.3
    ws.print_options.horizontalCentered = True
    ws.oddFooter.center.text = "第 &P 页,共 &N 页"
    last_row = max((r for r, row in enumerate(grid.rows, start=1) if any(row)), default=1)
    ws.print_area = f"A1:{get_column_letter(last_col)}{last_row}"


def _lay_out_instructions(ws, grid, spec, meta_cols: set[int]) -> None:
    """填表说明 as generated: a title, headings, wrapped paragraphs, the example table."""
    import re

    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    name, size = spec.print["font"], spec.print["font_size"]
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    for letter, width in zip("ABCDEF", (16, 20, 20, 20, 20, 20), strict=True):
        ws.column_dimensions[letter].width = width
    heading = re.compile(r"^[一二三四五六七八九十]+、")
    for r, row in enumerate(grid.rows):
        cells = [(c, v) for c, v in enumerate(row) if v and c + 1 not in meta_cols]
        if not cells:
            continue
        if len(cells) > 1:  # the example table: a header row, then the example
            header = r > 0 and not any(grid.rows[r - 1][c] for c in range(1, min(6, len(row))))
            for c in range(6):
                cell = ws.cell(r + 1, c + 1)
                cell.border = box
                cell.alignment = Alignment(wrap_text=True, vertical="center")
                if header:
                    cell.font = Font(name=name, size=size, bold=True)
                    cell.fill = PatternFill("solid", fgColor="FFF2F2F2")
            ws.row_dimensions[r + 1].height = 20 if header else 36
            continue
        cell = ws.cell(r + 1, cells[0][0] + 1)
        text = cells[0][1]
        if r == 0:
            cell.font = Font(name=name, size=spec.print["title_size"], bold=True)
            cell.alignment = Alignment(horizontal="center", vertical="center")
            ws.row_dimensions[1].height = 30
        elif heading.match(text):
            cell.font = Font(name=name, size=size + 1, bold=True)
            ws.row_dimensions[r + 1].height = 20
        else:
            cell.alignment = Alignment(wrap_text=True, vertical="center")
            lines = -(-2 * len(text) // 114)
            ws.row_dimensions[r + 1].height = max(20, 15 * lines + 6)
        if not any(m.min_row == r + 1 for m in ws.merged_cells.ranges):
            ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=6)


def _lay_out_forms(ws, grid, forms, spec, meta_cols: set[int]) -> int:
    """Borders, widths, heights and fonts of each form on the sheet; return its last column."""
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    from xlproc.locate import column_role, field_of
    from xlproc.text import label_key

    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    grey = PatternFill("solid", fgColor="FFF2F2F2")
    yellow = PatternFill("solid", fgColor="FFFFF2CC")
    name, size = spec.print["font"], spec.print["font_size"]
    bold = Font(name=name, size=size, bold=True)
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
    widths = {c.role: c.width for f in spec.forms.values() for c in f.columns}
    review_h = float(spec.print.get("review_height", 54))
    nrows = len(grid.rows)

    def texts(r: int) -> list[tuple[int, str]]:
        return [(c, v) for c, v in enumerate(grid.rows[r]) if v and c + 1 not in meta_cols]

    starts = sorted(f.header_row for f in forms)
    last_col = 1
    for n, h in enumerate(starts):
        form = next(f for f in forms if f.header_row == h)
        fdef = spec.forms.get(form.tier)
        head = texts(h)
        ncols = max(c for c, _ in head) + 1
        last_col = max(last_col, ncols)
        col_w = []
        for c in range(ncols):
            role = column_role(label_key(grid.get(h, c)))
            col_w.append(widths.get(role, 12))
            ws.column_dimensions[get_column_letter(c + 1)].width = col_w[-1]
        # the header fields above the table, then the title and annex lines above them
        start = h
        while start - 1 >= 0 and len(texts(start - 1)) >= 2:
            start -= 1
        for r in range(start - 1, max(-1, (starts[n - 1] if n else -1)), -1):
            row = texts(r)
            if len(row) == 1:
                cell = ws.cell(r + 1, row[0][0] + 1)
                key = label_key(row[0][1])
                if "廉政风险" in key and key.endswith("表"):
                    cell.font = Font(name=name, size=spec.print["title_size"], bold=True)
                    cell.alignment = centre
                    if not any(m.min_row == r + 1 for m in ws.merged_cells.ranges):
                        ws.merge_cells(
                            start_row=r + 1, start_column=1, end_row=r + 1, end_column=ncols
                        )
                    ws.row_dimensions[r + 1].height = 30
                elif key.startswith("附件"):
                    cell.font = bold
        # the table, the review boxes; the note line ends the form
        stop = starts[n + 1] if n + 1 < len(starts) else nrows
        end, note = h, None
        for r in range(h + 1, stop):
            row = texts(r)
            if row and label_key(row[0][1]).startswith(("注", "备注")) and len(row) == 1:
                note = r
                break
            if row and ("廉政风险" in label_key(row[0][1]) and label_key(row[0][1]).endswith("表")):
                break
            end = r
        if note is None:
            while end > h and not texts(end):
                end -= 1
        for r in range(start, end + 1):
            first = texts(r)[0][1] if texts(r) else ""
            fk = label_key(first)
            is_review = "意见" in fk and len(fk) <= 24
            is_section = "三重一大" in fk and len(texts(r)) == 1
            for c in range(ncols):
                cell = ws.cell(r + 1, c + 1)
                cell.border = box
                v = grid.get(r, c)
                if r == h or (r < h and v and field_of(label_key(v))):
                    cell.font, cell.alignment, cell.fill = bold, centre, grey
                elif is_section:
                    cell.font, cell.fill = bold, yellow
                elif is_review and c == 0:
                    cell.font, cell.alignment = bold, centre
                elif is_review and c == ncols - 1:
                    cell.alignment = Alignment(horizontal="right", vertical="bottom")
            if r == h:
                ws.row_dimensions[r + 1].height = 24
            elif r < h:
                ws.row_dimensions[r + 1].height = 30
            elif is_review:
                ws.row_dimensions[r + 1].height = review_h
            elif not is_section:
                lines = max(
                    [1]
                    + [
                        -(-2 * len(grid.get(r, c)) // max(1, int(w) - 1))
                        for c, w in enumerate(col_w)
                    ]
                )
                base = fdef.row_height if fdef else 30
                ws.row_dimensions[r + 1].height = min(409, max(base, 14 * lines + 4))
        if note is not None:
            cell = ws.cell(note + 1, 1)
            cell.font = Font(name=name, size=size - 1)
            cell.alignment = Alignment(vertical="center")
            if not any(m.min_row == note + 1 for m in ws.merged_cells.ranges):
                ws.merge_cells(
                    start_row=note + 1, start_column=1, end_row=note + 1, end_column=ncols
                )
    if len(starts) == 1:
        ws.print_title_rows = f"{starts[0] + 1}:{starts[0] + 1}"
    ws.freeze_panes = None
    return last_col


def _title() -> str:
    return "修改说明:请按下列各项修改表格后,将本文件重新发回经办人"


def _info(rel: str, issues: list[dict], rebuilt: bool) -> str:
    n_err = sum(i["severity"] == "error" for i in issues)
    return (f"文件:{rel}    错误 {n_err} 处(必须改正),警告 {len(issues) - n_err} 处(请核实)"
            + ("    注:原文件为 .xls/.ods,本副本已转为 .xlsx(按下发表格的格式重建),请在本副本上修改后发回" if rebuilt else ""))  # fmt: skip


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
    failed = dict(
        _make_all(tasks, jobs, progress, cfg.file_timeout, getattr(cfg, "worker_memory_mb", 0))
    )
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


def _make_all(
    tasks: list[CopyTask],
    jobs: int | None,
    progress: bool,
    timeout: float | None = None,
    memory_mb: int = 0,
) -> list[tuple[str, str]]:
    """Make every copy in worker processes (``xlproc.pool``); the bar counts copies.

    A copy whose making raises, kills its worker (out of memory under the workers' cap, say) or
    runs past ``timeout`` seconds is reported as not made; the others are made.
    """
    from xlproc.pool import CRASH, TIMEOUT, run_tasks

    jobs = jobs or min(os.cpu_count() or 1, 8)
    bar = None
    if progress and tasks:
        import click

        bar = click.progressbar(length=len(tasks), label="生成修改稿", file=sys.stderr)
        bar.__enter__()

    def failed(task: CopyTask, kind: str, detail: str) -> tuple[str, str]:
        if kind == TIMEOUT:
            return task.rel, f"生成修改稿超过 {detail} 秒,已放弃"
        if kind == CRASH:
            return task.rel, "生成修改稿的进程意外退出"
        return task.rel, f"生成时出错:{detail[:120]}"

    done: list[tuple[str, str]] = []
    results = run_tasks(tasks, make_copy, failed, jobs, timeout, _copy_worker, (memory_mb,))
    try:
        for rel, why in results:
            done.append((rel, why))
            if bar:
                bar.update(1)
    finally:
        results.close()
        if bar:
            bar.__exit__(None, None, None)
    return done


def _copy_worker(memory_mb: int) -> None:
    """A copying worker gets the reading workers' memory cap: openpyxl on a sheet with a merge
    over a million rows would otherwise take the machine's memory."""
    from xlproc.collect import _limit_memory

    _limit_memory(memory_mb)


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
