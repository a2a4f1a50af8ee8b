"""The batch: discover files, read each (in parallel), assemble frames, check against the roster.

``collect_inbox`` returns a ``CollectResult``; it writes nothing. Reading a file is a pure
function of its bytes and the configuration, so files can be read in worker processes.
"""

from __future__ import annotations

import copy
import gc
import operator
import os
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from itertools import chain, combinations, islice
from pathlib import Path

from xlproc.changes import join_changes
from xlproc.config import Config, load_config
from xlproc.errors import UsageError
from xlproc.issues import ISSUE_COLUMNS, SET_ASIDE_TABLES, Issue, make_issue, set_aside_rows
from xlproc.normalise import POST_COLUMNS, RISK_COLUMNS, RISK_ROW, normalise_form
from xlproc.rowgates import seq_left_blank
from xlproc.script import SIMPLIFIED_MARKS, TRADITIONAL_MARKS
from xlproc.shadow import SHADOW, shadow_agrees, shadow_check
from xlproc.sheetcols import POST_SHEET, RISK_SHEET
from xlproc.text import (
    LEVEL_ALTS,
    LIST_SEPARATORS,
    WATCHING_LABEL,
    WATCHING_VERB,
    LazyRe,
    cell_ref,
    col_letter,
    fold,
    number_list,
)
from xlproc.versions import FileVersion, take_copy_marker
from xlproc.workbook import WORKBOOK_EXTS, is_text_table

SUBMISSION_COLUMNS = ["department", "person", "tier", "status", "source_file", "superseded_by"]
POST_FRAME_COLUMNS = POST_COLUMNS + ["_roster_row", "_tier", "_style", "_raw_declared"]
_OTHER_SKIP = {".db", ".ini", ".lnk", ".tmp"}
_INSTRUCTIONS = re.compile(
    r"^\s*(填表|填写|使用|模板)?(说明|须知)\s*$|示例|样表|样例|范例|填写范本"
)
SKIP_HINTS = {
    **dict.fromkeys((".zip", ".rar", ".7z"), ";如里面是回收的表格,请解压后放入收件文件夹"),
    **dict.fromkeys(
        (".doc", ".docx", ".wps"), ";如是用 Word 填写的防控表,请对方改用下发的 Excel 表格"
    ),
    **dict.fromkeys(
        (".pdf", ".jpg", ".jpeg", ".png"), ";扫描件或图片无法汇总,请对方发送 Excel 表格"
    ),
}


@dataclass
class FileResult:
    rel: str
    status: str  # read | skipped | unreadable
    path: str = ""  # where the file was read from (for feedback copies)
    posts: list[dict] = field(default_factory=list)
    risks: list[list[tuple]] = field(default_factory=list)  # per form, in ROW_KEYS order
    issues: list[Issue] = field(default_factory=list)
    rows_seen: int = 0
    rows_reported: int = 0
    unplaced: int = 0
    version: int = 1  # 1 + rounds of feedback copies it was made from (see xlproc.versions)
    original: str = ""  # for a feedback copy: the file the first copy was made from
    superseded_by: str = ""  # every form of the file was replaced by the newer version(s) named
    risks_superseded: int = 0  # risk rows of its forms replaced by newer versions


class CollectResult:
    """The batch: the files, and the forms, risk points, issues and roster rows read from them.

    The records are kept as read (``post_records``, ``issue_records``, the risks column by
    column); the pandas frames ``risks``, ``posts``, ``issues`` and ``submissions`` are built
    when first asked for, so that ``check``, which only counts and lists, never imports pandas.
    """

    def __init__(
        self,
        files: list[FileResult],
        posts: list[dict],
        issues: list[Issue],
        risk_columns: dict[str, list],
        submissions: list[dict] | None,
        config: Config,
        inboxes: list[Path],
        roster: list | None = None,
    ) -> None:
        self.files = files
        self.post_records = posts  # with any keys of the caller's that the results carried
        self.issue_records = issues
        self.submission_records = submissions
        self.config = config
        self.inboxes = inboxes
        self.roster = roster  # the roster's people (roster.Person), in file order
        self._risk_columns: dict[str, list] | None = risk_columns
        self.n_risks = len(risk_columns["form_id"])

    @cached_property
    def risks(self):
        """pandas.DataFrame, one row per risk point (RISK_COLUMNS)."""
        import pandas as pd

        columns, self._risk_columns = self._risk_columns, None  # the frame holds them now
        return _typed(pd.DataFrame(columns, columns=RISK_COLUMNS))

    @cached_property
    def posts(self):
        """pandas.DataFrame, one row per form (POST_COLUMNS and the reader's own columns)."""
        import pandas as pd

        return _typed(pd.DataFrame(self.post_records, columns=POST_FRAME_COLUMNS))

    @cached_property
    def issues(self):
        """pandas.DataFrame, one row per issue (ISSUE_COLUMNS)."""
        import pandas as pd

        rows = [i.as_dict() for i in self.issue_records]
        return _typed(pd.DataFrame(rows, columns=ISSUE_COLUMNS))

    @cached_property
    def submissions(self):
        """pandas.DataFrame, one row per roster person and file (SUBMISSION_COLUMNS), or None
        without a roster."""
        if self.submission_records is None:
            return None
        import pandas as pd

        return _typed(pd.DataFrame(self.submission_records, columns=SUBMISSION_COLUMNS))

    def add_issues(self, extra: list[Issue]) -> None:
        """Issues found after reading (the public version's); the frame is built again."""
        self.issue_records = self.issue_records + list(extra)
        self.__dict__.pop("issues", None)

    def with_issues(self, issues: list[Issue]) -> CollectResult:
        """The same batch with another list of issues (the frames of the rest are shared)."""
        other = copy.copy(self)  # a new instance with its own copy of the attributes
        other.issue_records = list(issues)
        other.__dict__.pop("issues", None)
        return other

    @property
    def n_errors(self) -> int:
        return sum(1 for i in self.issue_records if i.severity == "error")

    def counts(self) -> dict[str, int]:
        """Figures that reconcile: rows seen = risks + rows reported + rows of replaced versions.

        A file whose forms were all replaced by newer versions brings all its rows (and its
        reported rows) to the last term; a file replaced in part brings its replaced risks.
        """
        by = defaultdict(int)
        for f in self.files:
            by[f.status] += 1
        current = [f for f in self.files if not f.superseded_by]
        return {
            "files": len(self.files),
            "read": by["read"],
            "skipped": by["skipped"],
            "unreadable": by["unreadable"],
            "forms": len(self.post_records),
            "risks": self.n_risks,
            "rows_seen": sum(f.rows_seen for f in self.files),
            "rows_reported": sum(f.rows_reported for f in current),
            "unplaced": sum(f.unplaced for f in current),
            "rows_superseded": sum(
                f.rows_seen if f.superseded_by else f.risks_superseded for f in self.files
            ),
            "files_superseded": len(self.files) - len(current),
            "errors": self.n_errors,
            "warnings": sum(1 for i in self.issue_records if i.severity == "warning"),
        }


def person_by_sheet(posts: list[dict]) -> dict[tuple[str, str], str]:
    """(file, sheet) → the one person whose form is on that sheet ('' when several or none)."""
    seen: dict[tuple[str, str], set] = {}
    for p in posts:
        seen.setdefault((p["source_file"], p["source_sheet"]), set()).add(p["person"])
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1 and next(iter(v))}


def discover(inboxes: list[Path]) -> list[tuple[Path, str]]:
    """Every file under the inboxes, sorted, with its path relative to its inbox.

    With several inboxes each path starts with its inbox's name, so that two files of the same
    relative path stay apart in the reports.
    """
    found: list[tuple[Path, str]] = []
    several = len(inboxes) > 1
    for inbox in inboxes:
        if inbox.is_file():
            found.append((inbox, inbox.name))
            continue
        prefix = f"{inbox.resolve().name}/" if several else ""
        for dirpath, dirnames, filenames in os.walk(inbox):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            here = Path(dirpath)
            sub = here.relative_to(inbox).as_posix()
            at = prefix + ("" if sub == "." else sub + "/")
            found.extend((here / name, at + name) for name in sorted(filenames))
    return found


def skipped_by_name(path: Path, rel: str) -> FileResult | None:
    """The result for a file skipped for its name alone (lock files, non-spreadsheets), else None."""
    name, where = path.name, str(path)
    if name.startswith(("~$", ".")) or path.suffix.lower() in _OTHER_SKIP:
        return FileResult(rel, "skipped", where)
    ext = path.suffix.lower()
    if ext not in WORKBOOK_EXTS and ext != ".et" and not is_text_table(path, rel):
        return FileResult(
            rel,
            "skipped",
            where,
            issues=[
                make_issue(
                    "FILE_SKIPPED", rel, value=ext or "无扩展名", field=SKIP_HINTS.get(ext, "")
                )
            ],
        )
    if ext not in WORKBOOK_EXTS and ext != ".et":
        twin = _workbook_twin(path)
        if twin is not None:  # ('财政局.csv' beside '财政局.xlsx': the workbook saved as text)
            return FileResult(
                rel, "skipped", where, issues=[make_issue("FILE_TEXT_TWIN", rel, value=twin)]
            )
    return None


def _workbook_twin(path: Path) -> str | None:
    """The name of a workbook of the same name beside a text table ('财政局.xlsx' beside
    '财政局.csv'), else None."""
    try:
        siblings = list(path.parent.iterdir())
    except OSError:
        return None
    return next(
        (
            p.name
            for p in sorted(siblings)
            if p.stem == path.stem and p.suffix.lower() in (*WORKBOOK_EXTS, ".et") and p.is_file()
        ),
        None,
    )


# our own exports dropped back into the inbox: the columns saying where each row came from
_OWN_HEADS = (
    ({"source_file", "source_sheet"}, "导出的 CSV"),
    *(
        ({sheet[k][0] for k in keys}, "汇总档案的明细表")
        for sheet, keys in (
            (RISK_SHEET, ("source_file", "source_sheet", "source_row")),
            (POST_SHEET, ("source_file", "source_sheet", "form_id")),
        )
    ),
)


def _own_export(grids: list) -> str | None:
    """What of ours a file is whose first sheet's heading names our provenance columns
    ('source_file | source_sheet', '来源文件 | 工作表 | 行号'): our export or the archive's
    detail sheet saved again, else None."""
    first = next((g for g in grids if g.rows), None)
    for row in first.rows[:3] if first is not None else ():
        cells = {c.strip() for c in row if c}
        for heads, kind in _OWN_HEADS:
            if heads <= cells:
                return kind
    return None


def _holder_written_again(first, before) -> bool:
    """A page's first form names the holder the page before's last form names: the same 姓名 (or,
    a list naming no one, the same 岗位), 科室 and 岗位 alike, each standing on its rows."""
    if not (first.person or first.title) or not first.risks or not before.risks:
        return False
    if getattr(first, "continued", False):
        return False
    return (first.person, first.title, first.department) == (
        before.person,
        before.title,
        before.department,
    )


def read_file(path: Path, rel: str, config: Config) -> FileResult:
    """Read one file into records and issues. Never raises for bad input."""
    # the cyclic collector paused while the file is read, as in a reading worker
    # (``_init_worker``): the reader makes many small lists and dicts and few reference cycles,
    # and a district's sheet of 50,000 rows ran it some 700 times, a seventh of its time. What
    # the file leaves is collected once it is back on.
    if not gc.isenabled():
        return _read_file(path, rel, config)
    gc.disable()
    try:
        return _read_file(path, rel, config)
    finally:
        gc.enable()


def _read_file(path: Path, rel: str, config: Config) -> FileResult:
    from xlproc.formulas import work_out as work_out_formulas
    from xlproc.locate import (
        GROUP_ROSTER_SHEET,
        card_front,
        file_legend,
        join_continued,
        locate_forms,
        split_by_type,
    )
    from xlproc.stafftext import formula_issues, sheet_may_hold_formula
    from xlproc.workbook import read_grids

    where = str(path)
    skipped = skipped_by_name(path, rel)
    if skipped is not None:
        return skipped
    grids, bad = read_grids(
        path, rel, config.max_unpacked_bytes, config.max_compression_ratio, config.max_sheet_cells
    )
    if bad is not None:
        return FileResult(rel, "unreadable", where, issues=[bad])
    own = next(
        (g for g in grids if g.name == "_xlproc" and g.rows and g.rows[0][0].startswith("xlproc-")),
        None,
    )
    kind = _own_export(grids) if own is None else None
    if own is not None or kind is not None:
        kind = kind or {"xlproc-archive": "汇总档案", "xlproc-public": "公示版",
                        "xlproc-diff": "年度对比", "xlproc-return-list": "退回清单"}.get(
            own.rows[0][0], "输出文件")  # fmt: skip
        return FileResult(
            rel, "skipped", where, issues=[make_issue("FILE_OWN_OUTPUT", rel, value=kind)]
        )
    grids, version, original = take_copy_marker(grids)
    res = FileResult(rel, "read", where, version=version, original=original)
    _read_as_text(grids, rel, res)
    res.issues.extend(work_out_formulas(grids, path, rel))  # results a file did not store
    _merges_over_kept_cells(grids, rel, res)  # a merge reads as it shows, whatever it covers
    _cells_by_dropdowns(grids, path, rel, res)
    _print_labels(grids, rel, res)  # a print's row numbers and column letters (打印行号列标)
    _holders_wrapped_in_print(grids, rel, res)  # a PDF's wraps kept inside holders' names
    _level_name_lines_under_seq(grids, rel, res, config)  # a PDF's level word, name broken
    _holder_names_wrapped_as_rows(grids, rel, res)  # a PDF's lines of a 科室's name as rows
    _record_lines_without_seq(grids, rel, res, config)  # a PDF's lines, no 序号
    _holder_rests_in_wide_column(grids, rel, res)  # a PDF's name's rest alone, a wide column
    _copy_outside_print_area(grids, rel, res)  # a list's other version beside its print area
    # a whole table pasted into one cell ('序号⇥岗位⇥…⏎1⇥…'): unfolded into rows and columns
    unfolded = _tables_in_cells_unfolded(grids, rel, res)
    early = list(res.issues) if unfolded else []  # (issues naming the sheet's cells already)
    _rows_delimited_in_one_cell(grids, rel, res)
    _rows_typed_in_one_cell(grids, rel, res)
    _rows_filled_across(grids, rel, res, config)
    _heads_broken_across_rows(grids, rel, res)
    _heads_typed_across(grids, rel, res, config)
    # tabs '第3页 | 第2页 | 第1页' read 第1页 first; each page after the first: the page before it
    grids, follows = _grids_in_page_order(grids, rel, res)
    review_boxes = _review_boxes()
    shared: dict[str, str] = {}
    located = []  # (grid, its forms, the sheet's result), forms continued from the sheet before joined
    before = None  # the last form of the sheet before
    header = None  # the last table header of the sheet before
    front: dict[str, str] = {}  # the details of a sheet before without a table
    covered = False  # a cover's holder said (HOLDER_BY_COVER_SHEET), once a workbook
    fields: dict[str, object] = {}  # the file's data dictionaries, looked for when needed
    # a 填表说明 sheet may define the level words the forms use
    legend = file_legend(g for g in grids if _INSTRUCTIONS.search(g.name))
    _note_sheets(grids)  # (and its notes every list's, where a list has none of its own)
    by_type = len(grids) > 1 and split_by_type(grids, config)
    # sheets that may list the members of the groups a list names ('人员名单': ``_holders_by_group``)
    rosters = tuple(g for g in grids if len(grids) > 1 and GROUP_ROSTER_SHEET.search(g.name))
    # and all of them, when several: a permission grid of a list's holders (``_holders_by_grid``)
    sheets = tuple(grids) if len(grids) > 1 else ()
    for grid in grids:
        if grid.refused:
            res.issues.append(make_issue("SHEET_TOO_LARGE", rel, grid.name, value=grid.refused))
            continue
        if grid.scripts:
            res.issues.append(make_issue("SHEET_TWO_SCRIPTS", rel, grid.name, value=grid.scripts))
        if grid.html[1]:
            first, n = grid.html
            res.issues.append(make_issue("CELLS_HTML_SOURCE", rel, grid.name, first, value=str(n)))
        if grid.escapes[1]:
            first, n = grid.escapes
            res.issues.append(make_issue("CELLS_X_ESCAPES", rel, grid.name, first, value=str(n)))
        if grid.guards[1]:
            first, n, shown = grid.guards
            res.issues.append(
                make_issue("CELLS_TEXT_GUARDS", rel, grid.name, first, value=str(n), form=shown)
            )
        try:
            # a mind map exported to Excel, its tree across columns by depth (the cheap test
            # first), else the sheet as it stands or as the pivot table it is
            mapped = _mind_map(
                grid, rel, res, config,
                lambda g, h: locate_forms(g, rel, config, h, legend, by_type, rosters, sheets),
            )  # fmt: skip
            grid, sheet = mapped or _compact_pivot(
                grid, path, rel, res,
                lambda g, h=header: locate_forms(g, rel, config, h, legend, by_type, rosters, sheets),
                config,
            )  # fmt: skip
            if not sheet.forms:  # a heading of database field codes, a data dictionary
                grid, sheet = _by_field_dictionary(
                    grid, sheet, grids, fields, rel, res,
                    lambda g, h=header: locate_forms(g, rel, config, h, legend, by_type),
                )  # fmt: skip
            if not sheet.forms:  # a heading of 栏次 numbers named by a 填表说明 line
                grid, sheet = _by_column_numbers(
                    grid, sheet, rel, res,
                    lambda g, h=header: locate_forms(g, rel, config, h, legend, by_type),
                )  # fmt: skip
            if not sheet.forms:  # a holders' count roster, the points in the counts' comments
                grid, sheet = _by_count_comments(
                    grid, sheet, rel, res, config,
                    lambda g, h=header: locate_forms(g, rel, config, h, legend, by_type),
                )  # fmt: skip
        except Exception as e:  # a reader bug must not stop the batch: report the sheet
            res.issues.append(
                make_issue(
                    "FILE_UNREADABLE", rel, grid.name, value=f"内部错误 {type(e).__name__}: {e}"
                )
            )
            continue
        if sheet.forms and _INSTRUCTIONS.search(grid.name):
            # 填表说明, 样表, 填写示例: the example rows there are no one's risk points
            res.issues.append(make_issue("SHEET_INSTRUCTIONS", rel, grid.name))
            continue
        if sheet.forms and (aside := _safety_tables(grid, sheet.forms, config)):
            # a work-safety hazard list beside (or instead of) the integrity list: not another
            # integrity list of the same people; its rows counted as reported
            dropped = set().union(*(ids for ids, *_ in aside))
            for _ids, named, r, n in aside:
                res.issues.append(
                    make_issue("TABLE_NOT_INTEGRITY", rel, grid.name, cell_ref(r, 0),
                               value=named, rows=str(n), sheet=grid.name)
                )  # fmt: skip
                sheet.rows_reported += n
            kept = []
            for f in sheet.forms:
                had = len(f.risks)
                f.risks = [rr for rr in f.risks if id(rr) not in dropped]
                if f.risks or not had:
                    kept.append(f)
            if not any(f.risks for f in kept):
                sheet.issues, kept = [], []  # (nothing of it read: its issues none of a list's)
            sheet.forms = kept
        if sheet.forms and before is not None and _copy_of(grid.name, before.sheet):
            f = sheet.forms[0]  # 'X (2)', WPS's copy of sheet X: its rows go on from X's form
            if not (f.person_asked or f.person or f.department or f.title):
                f.continued = True
        paged = sheet.forms and before is not None and follows.get(grid.name) == before.sheet
        if paged:  # '第2页' after '第1页': its rows naming no one go on from the page before's
            f = sheet.forms[0]
            if not (f.person_asked or f.person or f.department or f.title):
                f.continued = True
        repeated = (
            sheet.forms
            and before is not None
            and (paged or sheet.headerless)
            and _holder_written_again(sheet.forms[0], before)
        )
        if repeated:
            # a page's first rows writing again the holder the page before ended with (科室,
            # 岗位 and 姓名 repeated where a merge could not cross the sheets): his one list goes on
            sheet.forms[0].continued = True
        forms = join_continued(sheet.forms, before)
        if repeated and forms is sheet.forms:
            sheet.forms[0].continued = False  # (other headings: a list of its own after all)
        elif repeated:
            f = sheet.forms[0]
            res.issues.append(
                make_issue("HOLDER_REPEATED_ON_PAGE", rel, grid.name, cell_ref(f.risks[0].row, 0),
                           value=f.person or f.title, sheet=before.sheet)
            )  # fmt: skip
        if paged and before.unit:  # (the title, the unit in it, stands on the first page only)
            for f in forms:
                f.unit = f.unit or before.unit
        if forms is not sheet.forms and not repeated:
            res.issues.append(make_issue("FORM_CONTINUED", rel, grid.name, value=before.sheet))
        if (
            front
            and forms
            and _turn_over(front, forms)
            and front.get("cover_cells")
            and not covered
        ):
            # the holder read off a cover's label lines ('持 册 人： | …'): said once a workbook
            covered = True
            res.issues.append(
                make_issue(
                    "HOLDER_BY_COVER_SHEET", rel, front["cover_sheet"], front["cover_cells"],
                    value=f"{front.get('title') or front.get('dept_title', '')} {front['person']}",
                    sheet=grid.name,
                )
            )  # fmt: skip
        # a sheet of details and no table may be a card's front, its table on the next sheet
        # (a cover's details last past sheets of no details of their own: '封面', '岗位职责',
        # then the table)
        if not sheet.forms and _INSTRUCTIONS.search(grid.name) and front.get("cover_cells"):
            pass  # ('填写说明' between a 手册's 封面 and its list: the cover's holder lasts past it)
        else:
            front = (
                (card_front(grid) or front)
                if not sheet.forms and grid.rows and not _INSTRUCTIONS.search(grid.name)
                else {}
            )
        if front.get("cover_cells") and "cover_sheet" not in front:
            front["cover_sheet"] = grid.name
        if sheet.forms and _traditional_headings(grid, sheet.forms):
            res.issues.append(make_issue("SHEET_TRADITIONAL_SCRIPT", rel, grid.name))
        located.append((grid, forms, sheet))
        before = forms[-1] if forms else before
        header = sheet.header if sheet.forms else header
    join_changes(located, rel, res)  # '2025年增减' over the '2024年清单' it amends
    _holders_as_older_list(located, rel, res)  # '同上年' named by the '2024年' sheet's list
    _levels_as_older_list(located, rel, res)  # a level '同上年' graded by that list
    _levels_by_summary_grid(located, config, rel, res)  # a 科室 × 等级 grid listing the points
    located = _set_aside(located, rel, res)
    _page_holders_across(located, rel, res)
    _bold_holder_lines(located, path, rel, res)
    _copies_side_by_side(located, rel, res)
    _levels_from_another_sheet(located, rel, res)
    _levels_by_key_list(located, config, rel, res)  # '列入《重点风险点》的为一级，其余为二级'
    _codes_in_a_grid(located, config, rel, res)
    _codes_by_key_table(
        located, config, rel, res
    )  # 'SX' by a '代码 | 含义' table's 'SX | 思想道德风险'
    _levels_by_risk_grid(located, config, rel, res)  # 'R03、R07' in a 风险坐标图 sheet
    _details_from_another_sheet(located, rel, res)
    _columns_split_over_sheets(located, config, rel, res, legend, by_type)
    _points_from_library(located, config, rel, res, legend, by_type)  # '（从风险点库选择）'
    _second_page(located, config, rel, res)
    _table_below_by_code(located, rel, res, config)  # '风险点编号 | 风险等级' under 'FX-01'
    _join_split_list(located, config, by_type)
    _join_point_sheets(located)
    _levels_by_tab_colour(located, path, rel, res, config)
    _names_from_tabs(located)
    _holders_by_tab_or_file_name(located, rel, res)  # tab or file '哥舒琰-办公室主任'
    _parts_from_tabs(located)
    _holders_by_tab_code(located, rel, res)  # tab 'GW01' keyed by a 岗位设置 sheet's 岗位编号
    _holders_by_roster_key_across(located, rel, res)  # '联系电话' keyed by a 通讯录 sheet
    _holders_from_rosters(located, rel, res)
    _holders_by_surname(located, rel, res)
    _holders_by_change_sheet(located, rel, res)  # '岗位人员调整情况' on a sheet of its own
    _holders_by_handover_sheet(located, rel, res)  # '岗位交接登记' lines on a sheet of their own
    _holders_by_given_name(located, rel, res)  # '珝湉' by a 人员名单 sheet's '勾珝湉'
    _holders_by_masked_name(located, rel, res)  # '韦*翾' by a 人员名单 sheet's '韦睿翾'
    _posts_from_index(located, rel, res)
    _concurrent_holders(located)
    _holders_by_staff_number(located)
    _holders_by_link_table(located, rel, res)
    _holders_by_card_sheets(located, rel, res)
    _holders_by_post_cards(located, rel, res)  # '岗位名称 | 站长', '任职者 | 鞠某' on sheets after
    _holders_by_named_table(located, rel, res)  # '一、岗位风险' by '二、个人风险' '岗位 | 姓名'
    _name_list_joined_to_posts(located, rel, res)  # a “八小时以外” list '姓名 | 风险点' only
    _holders_by_code(located)
    _posts_replaced_by_later_sheet(located, rel, res)  # '2025年动态调整' replacing posts named
    _point_sheets(located, rel, res)
    _by_item_numbers(located, config, rel, res)
    _types_levels_by_statistics(located, config, rel, res)  # '一级风险 | 3 | 第1、4、9项'
    _leaders_by_division_line(located, rel, res)
    _holders_by_group_line(located, rel, res)  # '第一仲裁庭由首席仲裁员某某…组成'
    _holders_by_group_note(located, rel, res)  # '童某等3人' spelled out by a 注 line
    _holders_by_appointment_line(located, rel, res)  # '附：现任职人员：某某同志任某股股长；…'
    _holders_by_staff_class(
        located, rel, res
    )  # '馆领导 | 部门负责人 | …' levels by a roster's 类别
    _holders_in_duty_prose(located, rel, res)
    _levels_by_rank_bands(located, config, rel, res)
    _measures_by_code(located, rel, res)
    _short_names(located)
    # one 填表人 filling in the forms of several posts fills them for the office: he holds none
    fillers = [f for _g, forms, _sh in located for f in forms if f.filled_by]
    posts_of: dict[str, set] = {}
    for f in fillers:
        posts_of.setdefault(f.person, set()).add((f.department, f.title))
    for f in fillers:
        if len(posts_of[f.person]) > 1:
            f.person = ""
    _levels_by_post_key(located, rel, res, config)  # '岗位 | 风险等级' one row a post
    _levels_by_item_clauses(located, config, rel, res)  # '第1、2项为一级；第3项为二级' per holder
    _levels_by_duty(located, config, rel, res)  # '该职责下的各风险点均执行该职责的风险等级'
    _levels_by_grade_and_mark(located, rel, res, config)  # '注：一级岗位的主要风险点为一级…'
    _scale_across_sheets(located, rel, res, config)
    _levels_misspelt(located, rel, res, config)  # '—级', '二圾' of OCR; '底' for 低 typed
    _levels_by_stage(located, rel, res, config)  # '二级/二级/一级' under '（自评/审核/审定）'
    _levels_by_stage_labels(located, rel, res, config)  # '自评：二级⏎审定：一级' in a cell
    _levels_by_judgement(located, rel, res, config)  # '…发生可能性大；…危害严重' by a note
    _holders_by_indent(located, path, rel, res)
    _levels_by_indent(located, path, rel, res, config)  # '注：顶格的为一级，缩进两格的为二级…'
    _levels_by_colour(located, path, rel, res, config)
    _types_by_colour(located, path, rel, res, config)
    _levels_by_typeface(located, path, rel, res, config)
    _levels_by_struck_words(located, path, rel, res, config)  # '~~一级~~　二级　~~三级~~'
    _levels_by_marked_word(located, path, rel, res, config)
    _levels_from_post_grade(located, rel, res, config)
    _levels_by_lookup_grid(located, rel, res, config)  # '风险类型＼岗位类别' grid under the list
    _by_symbol_grid(located, rel, res, config)  # one '●' a row, by a type × level grid of symbols
    _levels_by_cited_criteria(located, config, rel, res)  # '1、3、5' of a 定级标准, by their count
    _levels_by_holder_rank(located, config, rel, res)  # '县级领导干部为一级' by a 花名册's 职务层次
    _levels_from_tier(located, rel, res, config)
    _levels_from_dept_grading(
        located, rel, res, config
    )  # '一级 | 局领导、稽查执法股' under the list
    _blank_levels_by_note(located, rel, res, config)
    _levels_by_question(located, rel, res, config)
    # '一级：涉及资金量大', '二级，自由裁量空间较大': the level, then why
    _levels_with_reasons(located, rel, res, config)
    # '9分（一级）', '6分(二级)': the score, then the level in brackets
    _levels_after_score(located, rel, res, config)
    _struck_rows(located, path, rel, res)
    _hidden_rows(located, path, rel, res)
    _struck_holders(located, path, rel, res)
    _struck_words(located, path, rel, res)
    _formats_unread(located, path, rel, res, config)
    _holders_by_colour(located, path, rel, res)
    _depts_by_colour(located, path, rel, res)
    _prompts_unread(located, path, rel, res, config)
    _words_by_format(located, path, rel, res)
    _levels_by_icons(located, path, rel, res, config)
    _bold_points(located, path, rel, res)
    _levels_by_checkboxes(located, path, rel, res, config)
    _levels_by_shapes(located, path, rel, res, config)
    _levels_in_comments(located, path, rel, res, config)
    _measures_in_comments(located, path, rel, res)
    _dropdowns_unread(located, path, rel, res)
    # '风险等级见附件2《…》' and no sheet 附件2: after every reading that may grade the list (a
    # post-grade table under it, a grid of type and tier: no annex missing where they did)
    _annex_index_missing(located, rel, res)
    commons = _common_sheets(located)
    _shared_points_claimed(located, rel, res)
    _common_points_to_all(commons, located, rel, res)
    _sharers_on_other_sheets(located, rel)
    signs_on = {g.name: sheet_may_hold_formula(g.rows) for g, _f, sh in located if sh.forms}
    blank_said: set[tuple[str, str, str]] = set()  # (sheet, cell, point) of MEASURES_BLANK said
    # (a mark the post-grade note does not cover is warned at its cell: not again as no level)
    uncovered = {
        (i.source_sheet, i.cell)
        for i in res.issues
        if i.code
        in (
            "LEVEL_BY_POST_GRADE_AND_MARK_UNCOVERED",
            "LEVEL_OLDER_LIST_UNMATCHED",
            "LEVEL_JUDGEMENT_UNREAD",
            "LEVEL_ITEM_CLAUSE_UNMATCHED",
            "STATISTICS_NUMBER_UNMATCHED",
            "LEVEL_BY_DUTY_UNCLEAR",
            "CODE_KEY_TABLE_INCOMPLETE",
            "ANNEX_INDEX_CODE_MISSING",
        )
    }
    for _grid, forms, sheet in located:
        res.issues.extend(sheet.issues)
        res.rows_seen += sheet.rows_seen
        res.rows_reported += sheet.rows_reported
        res.unplaced += sheet.unplaced
        for form in forms:
            # a form continued on another sheet takes that sheet's texts too
            signs = signs_on.get(form.sheet, True) or any(
                signs_on.get(rr.sheet, True) for rr in form.risks if rr.sheet
            )
            post, risks, issues = normalise_form(form, rel, config, review_boxes, shared)
            # (one cell naming two holders of its point, '科长张三、李四': its blank measures said
            # once, not once a holder — review 123)
            issues = [
                i for i in issues if i.code != "MEASURES_BLANK" or _first_blank(blank_said, i)
            ]
            if uncovered:
                issues = [
                    i
                    for i in issues
                    if i.code not in ("LEVEL_UNKNOWN", "LEVEL_BLANK", "TYPE_UNKNOWN")
                    or (i.source_sheet, i.cell) not in uncovered
                ]
            post["_issues"] = (len(res.issues), len(res.issues) + len(issues))  # its own issues
            res.posts.append(post)
            res.risks.append(risks)  # per form; form ids are given later
            res.issues.extend(issues)
            if signs:
                res.issues.extend(formula_issues(form, rel))
    _holderless_forms(located, rel, res)
    if not res.posts:
        safety = [i for i in res.issues if i.code == "TABLE_NOT_INTEGRITY"]
        if safety:  # only a work-safety hazard list: said as such, not as no form at all
            value = "、".join(dict.fromkeys(f"{i.source_sheet}“{i.value}”" for i in safety))
            res.issues.append(make_issue("FILE_ONLY_SAFETY_LIST", rel, value=value))
        else:
            res.issues.append(make_issue("FILE_NO_FORM", rel))
        res.issues.extend(_tables_in_one_cell(grids, rel))
    else:  # (a sheet of codes beside the file's lists is a table of its own, no list lost)
        res.issues = [i for i in res.issues if i.code != "SHEET_FIELD_CODES"]
    if unfolded:  # (what was read off an unfolded cell reported at the cell that held it)
        _cells_of_unfolded(unfolded, early, res)
    return res


# a tab naming a sheet of one list split by level, type or tier ('一级风险', 'Ⅱ级', '高风险',
# '岗位职责风险', '中层干部', '一般工作人员'): the unit's list, no post's (``_holderless_forms``)
_SPLIT_SHEET_NAMED = LazyRe(
    r"[一二三四五1-5ⅠⅡⅢⅣ高中低较重]+[级档等]|[高中低]风险|重大|较大|一般风险|风险[类等级]"
    r"|职责|机制|道德|环境|流程|类风险|中层|一般干部|一般人员|工作人员|干部职工|班子成员|科级|股级"
    r"|机关|本级|整体|总体"  # ('局机关', '本级': the unit's own offices beside its branches)
)


def _holderless_forms(located, rel: str, res: FileResult) -> None:
    """A sheet's form read with no person, no post and no 科室 (and no place for a name, else
    FORM_NO_PERSON) in a workbook of several sheets of forms (one a post, one a person): its
    points are no one's, said once a sheet (FORM_NO_HOLDER), unless a warning about its holder
    already stands on that sheet. A file of one list is the unit's own (a bureau's 清单), and the
    sheets of one list split by level or type are that list: both as read.

    The workbook must show it is one of posts: the sheet's tab is a post's code ('GW01'), or
    another sheet's form names its 科室, post or holder. Sheets split by level, type or tier
    ('一级风险', '岗位职责风险', '中层干部'), and a unit-level, common or 机关 sheet ('单位层面',
    '共性风险', '领导班子', '局机关') beside the posts' lists, are the unit's own: as read, no
    word (review 129d)."""
    from xlproc.identity import squeeze
    from xlproc.issues import ITEMS
    from xlproc.locate import _CODE_VALUE

    if sum(1 for _g, forms, _s in located if forms) < 2:
        return

    def holds(f) -> bool:  # (a form naming its 科室, post or holder)
        return bool(f.person or f.title or f.department) or any(
            rr.person or rr.title or rr.department for rr in f.risks
        )

    held = {g.name for g, forms, _s in located if any(holds(f) and f.risks for f in forms)}

    told = {
        i.source_sheet
        for i in res.issues
        if i.severity in ("error", "warning") and ITEMS.get(i.code) in ("责任人", "岗位", "姓名")
    }
    for g, forms, _sheet in located:
        f = next(
            (
                f
                for f in forms
                if f.risks
                and not (f.person or f.title or f.department or f.person_asked or f.continued)
                and not f.split_sheets
                and not any(rr.person or rr.title or rr.department for rr in f.risks)
            ),
            None,
        )
        if f is None or g.name in told:
            continue
        if not _CODE_VALUE.match(squeeze(g.name)) and (
            not (held - {g.name})
            or _library_sheet_kind(g, forms) == "own"
            or _SPLIT_SHEET_NAMED.search(squeeze(g.name))
        ):
            continue  # (no sign the workbook is one of posts, or a sheet of the unit's own)
        told.add(g.name)
        res.issues.append(
            make_issue("FORM_NO_HOLDER", rel, g.name, f.risks[0].cell("risk_point"),
                       count=str(len(f.risks)))
        )  # fmt: skip


def _first_blank(said: set[tuple[str, str, str]], issue) -> bool:
    """Whether a MEASURES_BLANK of a file is the first for its sheet, cell and point (remembered)."""
    key = (issue.source_sheet, issue.cell, issue.value)
    if key in said:
        return False
    said.add(key)
    return True


def _read_as_text(grids: list, rel: str, res: FileResult) -> None:
    """A form sent as a text table (CSV …) is read as its one sheet; said once, since the
    merges, colours and formats the sheet had are not in such a file (and a merged cell's
    value stands on its first line only)."""
    from xlproc.workbook import TextGrid, WebGrid

    if grids and isinstance(grids[0], TextGrid):
        res.issues.append(make_issue("FILE_TEXT_TABLE", rel, value=grids[0].how))
    elif grids and isinstance(grids[0], WebGrid):  # (a web page or an XML spreadsheet: .xls)
        res.issues.append(make_issue("FILE_WEB_TABLE", rel, value=grids[0].how))


def _compact_pivot(grid, path: Path, rel: str, res: FileResult, locate: Callable, config):
    """A sheet that is an Excel pivot table in compact form ('行标签' over one column of 科室, post,
    holder and point items under a '计数项:廉政风险点 | 列标签' corner) read as the list it sums
    (``locate.compact_pivot``), the items told apart by their cells' indent where an .xlsx keeps
    it (read only for such a sheet), else by the subtotals; said once a sheet. Any other sheet
    (the cheap test first) is located as it stands. Returns (grid, sheet result)."""
    from xlproc.fills import cell_indents
    from xlproc.locate import compact_pivot, pivot_field_row

    found = pivot_field_row(grid)
    if found is None:
        return _tabular_pivot(grid, rel, res, locate)
    r, c = found
    cells = {(k, c) for k in range(r + 1, len(grid.rows)) if grid.get(k, c)}
    steps = {k: n for (k, _c), n in cell_indents(path, grid.name, cells).items()}
    pivot = compact_pivot(grid, config, steps)
    if pivot is None:
        return grid, locate(grid)
    sheet = locate(pivot.grid)
    read = set(pivot.points)
    if not any(x.row in read for f in sheet.forms for x in f.risks):
        return grid, locate(grid)  # (none of its rows a point read: the sheet's forms elsewhere)
    names = {"department": "科室", "title": "岗位", "person": "责任人", "holder": "岗位(责任人)"}
    fields = "、".join(names[f] for f in pivot.fields)
    if not fields:
        how = "行字段只有风险点(无科室、岗位)"
    else:
        how = "按单元格缩进" if pivot.by_indent else "按各项的汇总数"
        how = f"{how}分出{fields}和风险点"
    if pivot.across:
        what = "级别" if pivot.across == "risk_level" else "类型"
        cols = "/".join(pivot.items)
        how = f"{how},{what}取计数所在的列({cols})"
    else:
        how = f"{how},没有级别列"
    res.issues.append(make_issue("PIVOT_TABLE_READ", rel, grid.name, cell_ref(r, c), value=how))
    for k, col, point, count in pivot.counted:
        res.issues.append(
            make_issue(
                "PIVOT_POINT_COUNTED", rel, grid.name, cell_ref(k, col), value=point, count=count
            )
        )
    return pivot.grid, sheet


def _tabular_pivot(grid, rel: str, res: FileResult, locate: Callable):
    """A sheet that is an Excel pivot table in tabular form (each row field a column of its own,
    a label written once for its group, '… 汇总' and '总计' rows) read as the list it sums
    (``locate.tabular_pivot``: each blank label the one above within its group, the subtotal
    rows set aside); said once a sheet, and at each blank label with none above it. Any other
    sheet (the cheap test first) is located as it stands. Returns (grid, sheet result)."""
    from xlproc.locate import tabular_pivot

    pivot = tabular_pivot(grid)
    if pivot is None:
        return grid, locate(grid)
    sheet = locate(pivot.grid)
    first = pivot.row + 1
    if not any(x.row >= first for f in sheet.forms for x in f.risks):
        return grid, locate(grid)  # (no point read under its field row: the sheet as it stands)
    how = (
        f"行字段{'、'.join(pivot.fields)}各占一列,各项只写在其组的第一行;已按上一行补全 "
        f"{pivot.filled} 格,汇总行和总计行({pivot.closing} 行)不是风险点"
    )
    res.issues.append(
        make_issue("PIVOT_TABULAR_READ", rel, grid.name, cell_ref(pivot.row, pivot.col), value=how)
    )
    for k, c in pivot.missing:
        res.issues.append(
            make_issue(
                "PIVOT_LABEL_MISSING", rel, grid.name, cell_ref(k, c), value=grid.rows[pivot.row][c]
            )
        )
    return pivot.grid, sheet


def _mind_map(grid, rel: str, res: FileResult, config, relocate: Callable):
    """A sheet that is a mind map (XMind, WPS 思维导图) exported to Excel, read as the list it
    draws: the tree across columns by depth under '中心主题 | 分支主题 | 子主题 …' (or no
    heading), each node once on the first row of its subtree (``locate.mind_map``); its central
    topic the title that names the unit; said once a sheet. Read before the sheet as it stands
    (whose labelled leaves, '风险等级：高', would read as boxes of points with no holder).
    Returns (grid, sheet result) when read so, else None."""
    from xlproc.identity import unit_in_title
    from xlproc.locate import mind_map

    found = mind_map(grid, config)
    if found is None:
        return None
    again = relocate(found.grid, found.header)
    if not again.forms:
        return None
    unit = unit_in_title(found.title) if found.title else ""
    for f in again.forms:
        f.unit = f.unit or unit
    names = {"department": "部门", "title": "岗位", "person": "姓名", "risk_point": "风险点",
             "description": "风险描述", "risk_level": "风险等级", "risk_type": "风险类型",
             "measures": "防控措施", "other": "其他"}  # fmt: skip
    how = "/".join(names[w] for w in found.roles)
    if found.title:
        how = f"中心主题“{found.title}”作标题,其下各列依次为{how}"
    res.issues.append(
        make_issue("MIND_MAP_READ", rel, grid.name, cell_ref(found.row, found.col), value=how)
    )
    return found.grid, again


def _by_field_dictionary(
    grid, sheet, grids: list, fields: dict, rel: str, res: FileResult, relocate: Callable
):
    """A sheet that yields no table, read again where its heading is database field codes
    ('XH | DWMC | GWMC | FXDMC …'): as if the heading were the meanings a data dictionary of the
    file ('字段名 | 字段说明', one row a field) gives them, once per file said so; without such a
    dictionary the sheet is said not read (it was passed over without a word). A data
    dictionary's own sheet is no risk table that lost its heading. Returns (grid, sheet result):
    the sheet's own unless read through the dictionary."""
    from xlproc.locate import code_heading, data_dictionary, heading_by_dictionary

    heading = code_heading(grid)
    if any(i.code == "SHEET_NO_TABLE" for i in sheet.issues) and data_dictionary(grid):
        sheet.issues[:] = [i for i in sheet.issues if i.code != "SHEET_NO_TABLE"]
    if heading is None:
        return grid, sheet
    if "all" not in fields:
        fields["all"] = [d for g in grids if (d := data_dictionary(g)) is not None]
    dictionaries = fields["all"]
    r, cols = heading
    codes = [grid.rows[r][c] for c in cols]
    read = heading_by_dictionary(grid, heading, dictionaries) if dictionaries else None
    if read is not None:
        seen, said = read
        again = relocate(seen)
        if again.forms:
            if "said" not in fields:
                fields["said"] = True
                by = "、".join(dict.fromkeys(d.sheet for d in dictionaries))
                words = "、".join(f"{k}={v}" for k, v in said.items())
                res.issues.append(
                    make_issue(
                        "HEADING_BY_DICTIONARY", rel, grid.name, cell_ref(r, cols[0]),
                        value=f"{words}(见“{by}”工作表)",
                    )
                )  # fmt: skip
            return seen, again
    res.issues.append(
        make_issue(
            "SHEET_FIELD_CODES", rel, grid.name, cell_ref(r, cols[0]), value="、".join(codes)
        )
    )
    return grid, sheet


def _by_column_numbers(grid, sheet, rel: str, res: FileResult, relocate: Callable):
    """A sheet that yields no table, read again where its heading is only the 栏次 numbers
    ('序号 | 1 | 2 | 3 | 4 | 5 | 6', a statistical report's) and a 填表说明 line names what each
    numbered column holds ('第1栏填写所在股室，第2栏填写岗位名称，…'): as if the heading were
    those words, said once a table. Returns (grid, sheet result): the sheet's own unless so read."""
    from xlproc.locate import heading_by_numbers, numbered_heading

    heading = numbered_heading(grid)
    if heading is None:
        return grid, sheet
    seen = heading_by_numbers(grid, heading)
    again = relocate(seen)
    if not again.forms:
        return grid, sheet
    r, named = heading
    row = grid.rows[r]
    words = "、".join(f"第{row[c].strip().strip('第栏()（） ')}栏={w}" for c, w in named.items())
    for h in sorted({f.header_row for f in again.forms}):  # (a table's forms share its heading)
        res.issues.append(
            make_issue(
                "HEADING_BY_COLUMN_NOTE", rel, grid.name, cell_ref(h, min(named)), value=words
            )
        )
    return seen, again


# the heading of a holders' count column whose cells' comments (批注) list the points: '排查风险点
# （项）', '风险点数', '廉政风险点个数' (a number of points, not a level's: '一级' alone is no total)
_COMMENT_COUNT_HEAD = re.compile(
    r"风险(?:点|事项)[^级]{0,4}?(?:个数|数量|数目|项数|条数|数|[(（][个项条][)）])"
)
# a count column's level word in a holder's count row ('一级', '二级风险', '高', 'Ⅰ级')
_COMMENT_COUNT_GRADE = re.compile(r"[一二三四ⅠⅡⅢⅣ1-4]级(?:风险)?|[高中低](?:风险)?")


# a comment line that is a filler's or reviewer's note, not a risk point: a request ('请补充防控
# 措施', '核实'), a judgement ('等级偏低'), a change ('已于3月调整', '新增岗位', '删除'), a count
# ('含分管领域2项', '共3个') or a date (review 127h, finding 1)
_COMMENT_NOTE_LINE = re.compile(
    r"^请|请(?:补充|核实|说明|修改|完善|注意|更正|填写|确认|删除|调整)|偏[低高]|调整为"
    r"|^(?:补充|核实|修改|删除|新增|含|已|建议|说明|备注)|已(?:调整|修改|删除|核|补充)"
    r"|\d{1,4}\s*[年月日号]|[一二三四五六七八九十]{1,2}月|[项个条]$"
)  # ('申请', '随意调整', '擅自修改' are points' words: only a request's or a change's shape)


def _comment_lines_are_points(lines: list[str], config) -> bool:
    """The numbered lines of count-cell comments read as risk points: most close with their level
    in brackets ('…（一级）'), or (none so) each is 6 characters or more; and no line is a note
    (``_COMMENT_NOTE_LINE``). When in doubt, no points."""
    from xlproc.locate_base import _LEVEL_CLOSING, _level_word

    tagged = 0
    for x in lines:
        body = x.strip().rstrip("。；;，,")
        m = _LEVEL_CLOSING.search(body)
        said = m.group(1).strip() if m else ""
        said = said[:-2] if said.endswith("风险") and len(said) > 2 else said
        if said and config.level(said) and not said.isdigit() and _level_word(said):
            tagged += 1
            body = body[: m.start()]
        if _COMMENT_NOTE_LINE.search(body.strip()):
            return False
    if 2 * tagged > len(lines):
        return True
    return not tagged and all(len(x.strip().rstrip("。；;，,")) >= 6 for x in lines)


def _by_count_comments(grid, sheet, rel: str, res: FileResult, config: Config, relocate: Callable):
    """A sheet that yields no table, read again where it is a holders' COUNT roster whose points
    stand only in comments (批注) on the count cells ('序号 | 岗位 | 姓名 | 排查风险点（项） | 其中
    一级 | 二级 | 三级' a row a holder, '3' on D5 with the comment 'Administrator:⏎1.…（一级）⏎2.…
    （二级）'): as if the count cell held the comment's numbered lines (the author's line left off)
    under '风险点', each line a point of the row's holder, its closing '（一级）' its level (else
    its place against the row's grade counts, highest first, as lined counts are read); said
    once (info ``POINTS_IN_COMMENTS``), a row whose lines are not its count warned at its cell.
    A count column with no comments (a 统计表), or comments that are notes ('请核实'), are left
    as they were. Returns (grid, sheet result): the sheet's own unless so read (.xlsx only)."""
    from xlproc.identity import NUMBERING, squeeze
    from xlproc.locate_levels import _count_lines, _lines_level_tagged

    comments = grid.comments
    if not comments:
        return grid, sheet  # (the cheap test: no comments, or a file whose comments are unread)
    rows = grid.rows
    by_col: dict[int, dict[int, list[str]]] = {}
    for (r, c), text in comments.items():
        cell = grid.get(r, c).strip()
        if not cell.isdigit():
            continue  # (a comment on a word: a point's, a post's or a heading's, read elsewhere)
        body = _comment_body(text)
        lines = _count_lines(body)
        if not lines and "\n" not in body and NUMBERING.match(body):
            lines = [NUMBERING.sub("", body, count=1).strip()]  # ('1.…（二级）': one point)
        if lines:
            by_col.setdefault(c, {})[r] = lines
    if not by_col:
        return grid, sheet
    col, lined = max(by_col.items(), key=lambda kv: len(kv[1]))
    if not _comment_lines_are_points([x for v in lined.values() for x in v], config):
        return grid, sheet  # (a filler's or reviewer's numbered notes: when in doubt nothing read)
    first = min(lined)
    head_row = next(
        (h for h in range(first - 1, max(first - 4, -1), -1)
         if _COMMENT_COUNT_HEAD.search(squeeze(grid.get(h, col)))),
        None,
    )  # fmt: skip
    if head_row is None:
        return grid, sheet  # (numbers commented under no count heading: not this shape)
    matched = sum(int(grid.get(r, col).strip()) == len(v) for r, v in lined.items())
    if 2 * matched < len(lined):
        return grid, sheet  # (comments of lines that are not the counted points: notes)
    # the grade count columns right of the count, up to the heading's last ('其中' over them)
    grades: dict[int, str] = {}
    for c in range(col + 1, max(map(len, rows[head_row:first]), default=0)):
        word = next(
            (squeeze(grid.get(h, c)) for h in range(first - 1, head_row - 1, -1)
             if grid.get(h, c).strip()),
            "",
        )  # fmt: skip
        if not _COMMENT_COUNT_GRADE.fullmatch(word):
            break
        grades[c] = word
    seen = copy.copy(grid)
    seen.rows = [list(row) for row in rows]
    seen.__dict__.pop("chars", None)  # (its cells take new words: their characters taken anew)
    seen.notes = copy.copy(grid.notes)  # (the comments read as points are no measures' or level's)
    seen.notes.found = {
        **(grid.notes.found or {}),
        grid.name: {at: x for at, x in comments.items() if at[1] != col or at[0] not in lined},
    }
    seen.rows[head_row][col] = "风险点"
    for h in range(head_row + 1, first):  # (a second heading row under the merged count heading)
        if col < len(seen.rows[h]):
            seen.rows[h][col] = ""
    unmatched = []
    last = first
    for r in range(first, len(rows)):
        if col >= len(rows[r]) or not rows[r][col].strip().isdigit():
            continue
        lines = lined.get(r)
        if lines is None:
            seen.rows[r][col] = ""  # (a 合计 row's or an uncommented holder's count: no point)
            continue
        if int(rows[r][col].strip()) != len(lines):
            unmatched.append((r, len(lines)))
        elif grades and not _lines_level_tagged(lines, config):
            counts = {c: grid.get(r, c).strip() for c in grades}
            levels = [
                word
                for c, word in grades.items()
                for _ in range(int(counts[c]) if counts[c].isdecimal() else 0)
            ]  # (untagged lines: their places against the counts, highest first)
            if len(levels) == len(lines):
                lines = [f"{x}（{lv}）" for x, lv in zip(lines, levels, strict=True)]
        seen.rows[r][col] = (
            "\n".join(f"{k}.{x}" for k, x in enumerate(lines, 1)) if len(lines) > 1 else lines[0]
        )  # (one point written as it is: a lone '1.' would stay on it)
        last = r
    for r in range(head_row, last + 1):  # (the grade counts are in the lines' tags now: no votes)
        for c in grades:
            if c < len(seen.rows[r]):
                seen.rows[r][c] = ""
    width = max(map(len, seen.rows))  # (a level column of its own, blank: each line its tag)
    for row in seen.rows:
        row.extend([""] * (width + 1 - len(row)))
    seen.rows[head_row][width] = "风险等级"
    again = relocate(seen)
    if not again.forms:
        return grid, sheet
    res.issues.append(
        make_issue(
            "POINTS_IN_COMMENTS", rel, grid.name, cell_ref(head_row, col),
            field=squeeze(grid.get(head_row, col)), value=str(sum(map(len, lined.values()))),
        )
    )  # fmt: skip
    for r, n in unmatched:
        res.issues.append(
            make_issue(
                "POINTS_COMMENTS_UNMATCHED", rel, grid.name, cell_ref(r, col),
                value=grid.get(r, col).strip(), points=str(n),
            )
        )  # fmt: skip
    return seen, again


# what a unit's name ends with, on a card front's '单位及职务' written without a post
_UNIT_LIKE = (
    "局",
    "委",
    "政府",
    "公司",
    "中心",
    "学校",
    "小学",
    "中学",
    "园",
    "医院",
    "院",
    "馆",
    "村",
    "社区",
    "镇",
    "乡",
    "街道",
)


def _parts_from_tabs(located: list) -> None:
    """A workbook of a sheet per 科室 whose tabs name their parts ('收费室', '药房'): a form there
    with no 科室 takes its tab, where another sheet's 科室 is its tab (the tab need be no 科室 word)."""
    from xlproc.columns import looks_like_name
    from xlproc.identity import part_tab, tier_of_post

    tabs = {g.name: part_tab(g.name) for g, _forms, _sh in located}
    if not any(
        f.department and f.department == tabs[g.name] for g, forms, _sh in located for f in forms
    ):
        return
    for g, forms, _sh in located:
        tab = tabs[g.name]
        for f in forms:
            if not tab or f.department or looks_like_name(tab):
                continue
            if tab.endswith(("领导", "班子", "机关")) or tab in f.unit or tab.endswith(_UNIT_LIKE):
                continue  # '镇领导', '局机关', '城关中学': the leaders or the unit, no part of it
            if f.tier != "leader" or f.title.startswith(tab):  # '药房主任' heads the 药房
                f.department = tab
                f.tier = tier_of_post(f.title, tab) or f.tier


def _names_from_tabs(located: list) -> None:
    """A workbook of a sheet per person whose tabs name their holders: a form there whose 姓名 is
    left blank is the tab's person (the other sheets show the tabs are names)."""
    from xlproc.columns import COMMON_SURNAMES, PLACE_ENDS
    from xlproc.locate import tab_holder

    split = {g.name: tab_holder(g.name) for g, _forms, _sh in located}
    if any(d for d, _n in split.values()):  # '检验室-南宫絮': the others are written so too
        split = {g.name: tab_holder(g.name, loose=True) for g, _forms, _sh in located}
    tabs = {k: v[1] for k, v in split.items()}
    proved = any(f.person and f.person == tabs[g.name] for g, forms, _sh in located for f in forms)
    # or every form's sheet is named by a different person and no 姓名 is filled in: the tabs
    # are the holders ('郗晓芃', '甯振邦' over personal forms left blank; '检验室-南宫絮' over a
    # self-check whose one post stands in its table)
    held = [(tabs[g.name], f, len(forms)) for g, forms, _sh in located for f in forms]
    named = {t for t, _f, _n in held}
    if not proved and not (
        len(held) >= 2
        and all(
            held_tab and not f.person and (f.person_asked or (n == 1 and f.title))
            for held_tab, f, n in held
        )
        # a tab of two is as often a place or a line of work ('高桥', '江南', '信贷'): only one of
        # a common surname and a given name no place ends with; '张青山' is a name
        and all(
            len(t) != 2 or (t[0] in COMMON_SURNAMES and not t.endswith(PLACE_ENDS)) for t in named
        )
        and len(named) == len(held)
    ):
        return
    for g, forms, _sh in located:
        dept, tab = split[g.name]
        for f in forms:
            one = f.person_asked or (len(forms) == 1 and f.title)
            if tab and not f.person and one and tab not in f"{f.unit}{f.department}":
                f.person = tab
                f.department = f.department or dept


# a tab's or a file name's parts ('哥舒琰-办公室主任', '昭通市威信县卫生健康局-拔延沅-财务股股长'):
# split at a dash, underscore, dot or space; a copy's '(1)', '副本' left off; a part naming the
# body with its place ('…县卫生健康局') or the form ('岗位廉政风险防控卡') names no one
_TAB_HOLDER_SPLIT = re.compile(r"\s*[-－—–_·・]+\s*|\s+")
_TAB_HOLDER_COPY = re.compile(r"\s*(?:[(（]\d+[)）]|副本|[-－_]?\d+)$")
_TAB_HOLDER_UNIT = re.compile(
    r"^.{1,12}?[省市县区州旗].*(?:局|院|镇|乡|街道|政府|委员会|中心|学校|中学|小学|馆|所|站|公司|社|办)$"
)
# a part written as a name goes by its shape: three Han characters (four of a compound surname),
# none a word a post, a 科室, a place, a level or a form is made of ('办公室', '一级风险', '扎西镇',
# '清单' are no one)
_TAB_HOLDER_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
# two-character fields of work a tab writes before a post ('纪检-组长', '法规-股长', '医政-股长')
_TAB_FIELD_WORDS = frozenset(
    "纪检 监察 人事 组织 后勤 党建 信访 档案 法规 审计 医政 药政 文秘 统计 出纳 会计 复核 支付 宣传 综合"
    " 财务 计生 司法 武装 民政 城建 水利 林业 农业 环保 安监 应急 政工 团委 工会 妇联 内勤 外勤".split()
)
_TAB_HOLDER_NOT_NAME = re.compile(
    r"[股科室局办所站队院部组处会委岗员长任记书领导班风险级点表卡单册镇乡村街区县市省公司中心"
    r"一二三四五六七八九十高低岗位职务全体汇总清情况]|道德|制度|机制|职责|流程|环境|业务|工作|管理|建设|服务"
    r"|审批|执法|财务|资金|项目|生产|安全|协调|救援|监督|宣传"
)


def _tab_post_holder(text: str) -> tuple[str, str, str, bool] | None:
    """(科室, 岗位, 姓名, by shape) a tab or a file name spells as '姓名-科室岗位' ('哥舒琰-办公室主任',
    '拔延沅-局长'), '科室岗位-姓名', or the three apart in any order ('财务股-股长-拔延沅'), a part
    naming the unit or the form left off; None when no one part is a name and the rest a post
    (with its 科室). ``by shape``: the name is no surname the reader knows, only three Han characters
    (four of a compound surname) of no post, 科室 or place word."""
    from xlproc.columns import _dept_like, looks_like_name
    from xlproc.identity import (
        _WORK_WORDS,
        COMPOUND_SURNAMES,
        _field_of_work,
        is_post,
        split_dept_title,
    )

    parts = [p for p in _TAB_HOLDER_SPLIT.split(_TAB_HOLDER_COPY.sub("", text.strip())) if p]
    parts = [p for p in parts if not (_TAB_HOLDER_UNIT.match(p) or _SOURCE_FORM_PART.search(p))]
    if not 2 <= len(parts) <= 3 or any(p.isascii() for p in parts):
        return None
    # ('安全生产-副局长': the field a post oversees, no one)
    known = [
        p for p in parts
        if looks_like_name(p) and not is_post(p) and not _dept_like(p) and not _field_of_work(p)
    ]  # fmt: skip
    # ('纪检-组长', '后勤-主管', '党建-专干', '纪检监察-专干': a field of work and a post, no one; a
    # name of a surname the reader does not know is of three characters ('哥舒琰'), or four of a
    # compound surname)
    parts_work = {p for p in parts if p in _WORK_WORDS or p in _TAB_FIELD_WORDS}
    known = [p for p in known if p not in parts_work]
    shaped = [
        p for p in parts
        if _TAB_HOLDER_NAME.match(p) and p not in parts_work
        and (len(p) == 3 or len(p) == 4 and p[:2] in COMPOUND_SURNAMES)
        and not _TAB_HOLDER_NOT_NAME.search(p)
        and not is_post(p) and not _dept_like(p) and not _field_of_work(p)
    ]  # fmt: skip
    names = known or shaped
    if len(names) != 1:
        return None
    name = names[0]
    rest = [p for p in parts if p != name]
    if len(rest) == 1:
        if not is_post(rest[0]):
            return None
        dept, post = split_dept_title(rest[0])
    else:
        posts = [p for p in rest if is_post(p) and not _dept_like(p)]
        if len(posts) != 1:
            return None
        post = posts[0]
        dept = next(p for p in rest if p != post)
        if not _dept_like(dept) and not dept.endswith(("领导", "班子")):
            return None
        inner_dept, post = split_dept_title(post)
        if inner_dept and inner_dept != dept:
            return None
    if not post:
        return None
    return dept, post, name, not known


_SOURCE_FORM_PART = re.compile(
    r"(?:廉政|廉洁|风险|排查|防控|自查).*(?:表|卡|单|册)$|^(?:汇总|合并|填报|回执)"
)


def _holders_by_tab_or_file_name(located: list, rel: str, res: FileResult) -> None:
    """A card naming no holder and no post in its cells (a title, '序号 | 廉政风险点 | 风险等级
    | 防控措施', a '本人签字' line) whose tab, or, on a workbook of that one card, whose file name
    spells them ('哥舒琰-办公室主任', 'XX县卫生健康局-拔延沅-财务股股长.xlsx'): each of its forms is
    that person's, in that post and 科室 (info HOLDER_BY_TAB_OR_FILE_NAME, once a file). A name of
    a surname the reader does not know is taken where two or more tabs are written so for
    different people, or where the file's name names the same person; a tab of a 科室 and a post
    ('办公室-主任'), of a level or a form, a sheet that names anyone in it: as before."""
    from xlproc.identity import tier_of_post

    bare = [
        (g, forms) for g, forms, _sh in located
        if forms and all(not f.person and not f.title for f in forms)
    ]  # fmt: skip
    if not bare:
        return
    tabs = {g.name: _tab_post_holder(g.name) for g, _forms in bare}
    stem = Path(rel).stem
    by_file = _tab_post_holder(stem) if len([1 for _g, fs, _s in located if fs]) == 1 else None
    tab_people = {v[2] for v in tabs.values() if v}
    took = []
    for g, forms in bare:
        read, field = tabs[g.name], "工作表名"
        # a name by shape alone on one tab: only with another tab or the file's name
        if read and read[3] and len(tab_people) < 2 and not (by_file and by_file[2] == read[2]):
            read = None
        if not read and by_file:
            read, field = by_file, "文件名"
        if not read:
            continue
        dept, post, name, _shape = read
        if any(f.department and dept and f.department != dept for f in forms):
            continue  # (the title's '某镇财政所' is his 科室 where the tab names none or the same)
        for f in forms:
            f.person, f.title, f.department = name, post, f.department or dept
            f.tier = tier_of_post(post, f.department) or f.tier
        took.append((g.name, field, stem if field == "文件名" else g.name, name, post, dept))
    if took:
        sheet, field, value, name, post, dept = took[0]
        res.issues.append(make_issue(
            "HOLDER_BY_TAB_OR_FILE_NAME", rel, sheet, "", field, value,
            person=name, post=f"{dept}{post}", count=str(len(took)),
        ))  # fmt: skip


def _turn_over(front: dict[str, str], forms: list) -> bool:
    """A card's back (its table, no name nor place for one) takes the front's holder, post,
    科室 and unit ('正面': 持卡人 | 向德贵 | 职务 | 站长; '背面': the table); a 手册's 封面 of label
    lines ('持 册 人： | …', '岗　　位： | 站长') so too. Whether a form took them."""
    from xlproc.columns import _dept_like, looks_like_name
    from xlproc.identity import is_post, split_dept_title, split_unit_title, tier_of_post

    person = "".join(front.get("person", "").split())
    post = front.get("title") or front.get("dept_title") or front.get("unit_title")
    if not (person and looks_like_name(person) and post) or len(forms) != 1:
        # a cover sheet naming whom to ask, or a sheet of several forms: no card's back
        return False
    took = False
    for f in forms:
        if f.person or f.person_asked or f.style != "form":
            continue  # not a list's post (a cover sheet's 填报人 holds none of them)
        took = True
        f.person = person
        title = front.get("title", "")
        dept = front.get("department", "")
        if not dept and front.get("dept_title"):
            dept, title = split_dept_title(front["dept_title"])
        if not title and front.get("unit_title"):  # '单位及职务 | XX镇农经站站长'
            unit, dept, title = split_unit_title(front["unit_title"])
            if title and not is_post(title):
                if _dept_like(title):  # 'XX县统计局综合股': a 科室, no post written
                    dept, title = (dept or title), ""
                elif title.endswith(_UNIT_LIKE):
                    unit, title = front["unit_title"], ""  # 'XX县统计局': the unit alone
            f.unit = f.unit or unit
        f.title = f.title or "".join(title.split())
        f.department = f.department or dept
        f.unit = f.unit or front.get("unit", "")
        f.tier = f.tier or tier_of_post(f.title, f.department)
    return took


_VOID = re.compile(r"作废|废弃|废止|上年|去年|往年|旧版|旧表")
# a draft ('初稿', '征求意见稿') is set aside beside the final sheet of the same posts: one that
# says it is final, or repeats most of the draft's points
_DRAFT = re.compile(r"初稿|草稿|底稿|征求意见稿|讨论稿|修改前")
_SENT = re.compile(r"修改稿|修改后|送审稿|报送稿")  # later than a draft, earlier than the final
_FINAL = re.compile(r"定稿|终稿|正式稿|最终稿|正式版|最终版")


_PERIOD = re.compile(r"(?:第\s*)?([一二三四1-4])\s*季度|[Qq]([1-4])(?![0-9])|(上|下)半年")


def _period(head: str) -> tuple[int, str] | None:
    """The part of a year a sheet's tab or title names ('一季度', 'Q3', '下半年') as (its last
    month, the words), or None."""
    m = _PERIOD.search(head)
    if m is None:
        return None
    if m.group(3):
        return (6 if m.group(3) == "上" else 12), m.group(0)
    q = m.group(1) or m.group(2)
    return "一二三四".find(q) * 3 + 3 if q in "一二三四" else int(q) * 3, m.group(0)


def _stage(head: str) -> int | None:
    """How far a sheet's tab or title says it has come: 0 a draft, 1 sent for review, 2 final;
    None when it says nothing."""
    for stage, rx in ((2, _FINAL), (1, _SENT), (0, _DRAFT)):
        if rx.search(head):
            return stage
    return None


_YEAR = re.compile(r"(20\d\d)\s*年")


# what a sheet grading another's points says it is ('风险评估', '等级评定表')
_GRADING = re.compile(r"评估|评定|定级|评级")
# what a summary's tab or title says it is ('汇总（公示）', '公示表', '总表')
_SUMMARY = re.compile(r"汇总|公示|总表|总览|合计|全[局院校所站部]")


def _codes_in_a_grid(located: list, config: Config, rel: str, res: FileResult) -> None:
    """A sheet of no risks laying out the codes of another's points by type and level (rows
    '思想道德风险 | FG-02 | | FG-07', columns '一级风险（高） | 二级风险（中） | 三级风险（低）'): each
    coded point of the other sheets with no type or level takes its crossing's. Only where
    every code the grid names is one point's and no code stands in two crossings."""
    if len(located) < 2:
        return  # (the cheap test: one sheet, no other to lay out its codes)
    points = {}
    for g, forms, _sheet in located:
        for f in forms:
            for rr in f.risks:
                c = rr.cols.get("seq")
                row = g.rows[rr.row] if not rr.sheet else []
                code = row[c].strip() if c is not None and c < len(row) else ""
                if code and not code.isdigit():
                    points.setdefault(code, []).append(rr)
    if len(points) < 2:
        return
    for g, forms, _sheet in located:
        # (a grid read as one of risks, its 'points' the codes of the other sheets' points)
        if forms and not all(rr.risk_point in points for f in forms for rr in f.risks):
            continue
        grid = _code_grid(g, config)
        if not grid or not set(grid) <= set(points) or any(len(points[c]) > 1 for c in grid):
            continue
        if all(rr.risk_level and rr.risk_type for c in grid for rr in points[c]):
            continue  # (the list gives both itself)
        for code, (kind, level) in grid.items():
            for rr in points[code]:  # what the list leaves blank (a type column of its own stays)
                rr.risk_type = rr.risk_type or kind
                rr.risk_level = rr.risk_level or level
        typed = {id(rr) for c in grid for rr in points[c]}
        for _g, others, sheet in located:  # (those sheets' word that they give no type goes)
            if sheet is not None and any(id(rr) in typed for f in others for rr in f.risks):
                sheet.issues = [i for i in sheet.issues if i.code != "TABLE_NO_TYPE"]
        res.issues.append(make_issue("SHEET_GRID", rel, g.name, value=str(len(grid))))
        if forms:
            _sheet.issues = []  # (its own reading as a grid of risks: none)
            forms[:] = []
        return


# a code key table's heading over its codes ('代码', '类别代码', '风险等级代号', '编码', '简码') …
def _sheet_text(g) -> str:
    """A sheet's cells in one string, a NUL between cells (no cell holds one, and no ``\\s``
    matches it: a pattern cannot run from one cell into the next): one regex search of it tells
    a sheet a word is nowhere on, at C speed, before a scan cell by cell (a district's sheet has
    half a million cells)."""
    return "\0".join("\0".join(row) for row in g.rows)


# a word every heading over codes ends with (``_KEY_CODE_HEAD``), its characters perhaps spaced
_KEY_CODE_WORD = LazyRe(r"代\s*[码号]|编\s*码|简\s*码|缩\s*写")
_KEY_CODE_HEAD = LazyRe(
    r"^(?:风险)?(?:类别|类型|等级|级别|分类|分级)?(?:代码|代号|编码|简码|缩写|字母代码)$"
)
# … and over what each stands for ('含义', '代表含义', '说明', '风险类别', '等级名称', '对应类型')
_KEY_MEANS_HEAD = LazyRe(
    r"^(?:代表|对应|表示|所指)?(?:的)?(?:含义|意义|释义|说明|名称|内容|"
    r"(?:风险)?(?:类别|类型|等级|级别)(?:名称|含义|说明)?)$"
)
_KEY_BRACKETED = LazyRe(r"[(（][^()（）]*[)）]")
# a caption over a key table ('一、风险类别代码', '风险等级代码说明', '代码对照表')
_KEY_CAPTION = LazyRe(r"代码|代号|编码|简码|对照|含义")


def _key_meaning(means: str, config: Config) -> tuple[str, str] | None:
    """What a key table's row says its code stands for: ('level', 'Ⅰ级') for '一级风险（高）',
    ('type', '思想道德风险') for '思想道德风险', else None."""
    if not means or len(means) > 20:
        return None
    bare = _KEY_BRACKETED.sub("", means).strip()
    level = config.level(means) or (config.level(bare) if bare else None)
    if level:
        return "level", level
    known, unknown = config.types(bare or means)
    return ("type", known[0]) if len(known) == 1 and not unknown else None


def _key_tables(g, config: Config) -> list[tuple[int, int, list[tuple[int, str, str, str]]]]:
    """The two-column code key tables on sheet ``g`` ('代码 | 含义' over 'SX | 思想道德风险',
    '甲 | 一级风险（高）'), as [(heading row, code column, [(row, code, kind, word), …])]; a row
    whose meaning is no type and no level has kind ''. A table runs down from its heading to
    the first row with no code or no meaning; most of its rows (two at least) give a type or a
    level."""
    out = []
    for x, row in enumerate(g.rows):
        for c in range(len(row) - 1):
            if not (
                _KEY_CODE_HEAD.match("".join(row[c].split()))
                and _KEY_MEANS_HEAD.match("".join(row[c + 1].split()))
            ):
                continue
            pairs: list[tuple[int, str, str, str]] = []
            for y in range(x + 1, len(g.rows)):
                code, means = fold(g.get(y, c)), g.get(y, c + 1).strip()
                if not code or not means or len(code) > 6 or " " in code:
                    break
                if _KEY_CODE_HEAD.match(code):
                    break  # (the next key's heading)
                kind, word = _key_meaning(means, config) or ("", "")
                pairs.append((y, code, kind, word))
            read = [p for p in pairs if p[2]]
            if len(read) >= 2 and 2 * len(read) > len(pairs):
                out.append((x, c, pairs))
    return out


def _codes_by_key_table(located: list, config: Config, rel: str, res: FileResult) -> None:
    """A list whose type (level) column holds codes ('SX', 'ZD、GW', '甲') that a two-column KEY
    TABLE explains, row by row ('代码 | 含义' over 'SX | 思想道德风险', '甲 | 一级风险（高）'), on a
    sheet of its own ('代码说明') or beside or under the list: each point's type (level) is the
    key's meaning of its code, said once a list (``CODE_KEY_TABLE``); a code the key leaves out
    keeps no type (level), warned at its cell (``CODE_KEY_TABLE_INCOMPLETE``, no TYPE_UNKNOWN or
    LEVEL_UNKNOWN besides). The key tables' rows (their heading and caption too) are no points
    and no cells outside a table. Only a column with codes the configured words do not read:
    type words, level words and codes a sentence explains read as before."""
    tables = []
    for g, _forms, sheet in located:
        if g.lacks("代码", "代号", "编码", "简码", "缩写"):
            continue  # (the cheap test: a 代码/代号/编码/简码/缩写 heading in the cells)
        if not _KEY_CODE_WORD.search(_sheet_text(g)) or not any(
            _KEY_CODE_HEAD.match("".join(v.split())) for row in g.rows for v in row if len(v) <= 12
        ):
            continue  # (the cheap tests: no heading over codes anywhere on the sheet)
        for head, col, pairs in _key_tables(g, config):
            tables.append((g, sheet, head, col, pairs))
    if not tables:
        return
    said: dict[str, dict[str, set[str]]] = {"type": {}, "level": {}}
    for *_x, pairs in tables:
        for _y, code, kind, word in pairs:
            if kind:
                said[kind].setdefault(code.upper(), set()).add(word)
    keys = {k: {c: next(iter(w)) for c, w in d.items() if len(w) == 1} for k, d in said.items()}
    order = {c: i for i, c in enumerate(c for d in said.values() for c in d)}  # (the key's order)
    where = "、".join(
        dict.fromkeys(f"{g.name}!{cell_ref(head, col)}" for g, _s, head, col, _p in tables)
    )
    # the lists' codes, by the keys
    fields = (("type", "risk_type", "风险类型"), ("level", "risk_level", "风险级别"))
    used: set[tuple[str, str]] = set()  # (kind, code) read by a key
    for g, forms, sheet in located:
        points = [rr for f in forms for rr in f.risks]
        mapped: dict[str, dict[str, str]] = {}
        for kind, role, what in fields:
            key = keys[kind]
            rows = [rr for rr in points if role in rr.cols and getattr(rr, role).strip()]

            def parts(rr, role: str = role) -> list[str]:
                return [fold(p).upper() for p in _CODE_SPLIT.split(getattr(rr, role).strip()) if p]

            def known(code: str, kind: str = kind) -> bool:
                if kind == "level":
                    return config.level(code) is not None
                got, unknown = config.types(code)
                return bool(got) and not unknown

            def differs(code: str, kind: str = kind, key: dict = key) -> bool:
                if kind == "level":
                    return config.level(code) not in (None, key[code])
                return config.types(code)[0] not in ([], [key[code]])

            if not key or not any(
                p in key and (not known(p) or differs(p)) for rr in rows for p in parts(rr)
            ):
                continue  # (no code of the key that the words do not read, or read otherwise)
            if sum(all(p in key or known(p) for p in parts(rr)) for rr in rows) * 2 < len(rows):
                continue  # (most of the column's cells no codes of the key: not its column)
            mapped[kind] = {}
            for rr in rows:
                codes = parts(rr)
                missing = [p for p in codes if p not in key and not known(p)]
                for p in codes:
                    if p in key:
                        mapped[kind][p] = key[p]
                if kind == "type":
                    words = [key.get(p) or p for p in codes if p not in missing]
                    if words:
                        rr.risk_type = "、".join(dict.fromkeys(words + missing))
                else:
                    code = codes[0] if len(codes) == 1 else ""
                    if code in key:
                        rr.level_as = key[code]
                    elif not known(code) and not missing:
                        missing = codes  # ('甲、乙': two codes in one level cell)
                if missing:
                    res.issues.append(make_issue(
                        "CODE_KEY_TABLE_INCOMPLETE", rel, rr.sheet or g.name, rr.cell(role),
                        field=what, value="、".join(missing), other=where,
                    ))  # fmt: skip
        if not mapped:
            continue
        used |= {(k, c) for k, m in mapped.items() for c in m}
        if "level" in mapped:  # (the table's own scale of the codes: the key's reading instead)
            sheet.issues = [i for i in sheet.issues if i.code != "LEVEL_SCALE"]
        said_codes = "；".join(
            "、".join(f"{c}={w}" for c, w in sorted(mapped[k].items(), key=lambda cw: order[cw[0]]))
            for k in ("type", "level")
            if mapped.get(k)
        )
        role = "risk_type" if "type" in mapped else "risk_level"
        at = next(rr for rr in points if role in rr.cols)
        header = next(f.header_row for f in forms if at in f.risks)
        res.issues.append(make_issue("CODE_KEY_TABLE", rel, g.name, cell_ref(header, at.cols[role]),
                                     value=said_codes, other=where))  # fmt: skip
    # the key tables' rows: no points, no cells outside a table
    for g, _sheet, head, col, pairs in tables:
        if not any((kind, code.upper()) in used for _y, code, kind, _w in pairs):
            continue  # (a key no list's codes were read by)
        rows = {head, *(y for y, *_r in pairs)}
        above = head - 1
        if above >= 0:
            filled = [c for c, v in enumerate(g.rows[above]) if v.strip()]
            if len(filled) == 1 and _KEY_CAPTION.search(g.rows[above][filled[0]]):
                rows.add(above)  # ('一、风险类别代码', the key's caption)
        span = {col, col + 1}
        alone = {
            y for y in rows if all(c in span or not v.strip() for c, v in enumerate(g.rows[y]))
        }
        alone |= {y for y in rows if y == above}
        for g2, forms2, sheet2 in located:
            if g2 is not g:
                continue
            dropped = 0
            for f in forms2:
                kept = [rr for rr in f.risks if rr.sheet or rr.row not in alone]
                dropped += len(f.risks) - len(kept)
                f.risks = kept
            if dropped:
                forms2[:] = [f for f in forms2 if f.risks]
                sheet2.rows_seen -= dropped

            width = max((len(r) for r in g.rows), default=0)
            cells = {cell_ref(y, c) for y in alone for c in range(width)}
            cells |= {cell_ref(y, c) for y in rows for c in span}
            sheet2.issues = [i for i in sheet2.issues if i.cell not in cells]
            if not forms2:
                sheet2.issues = [i for i in sheet2.issues if i.code not in SET_ASIDE_TABLES]


# a statistics table's cell naming a list's points by their 序号 ('第1、4、9项', '2、3、5至7',
# '第8-9、11、13项'; a bare '3' too, told from a count by the column's heading or its other cells)
_STAT_NUMBERS = LazyRe(
    r"^第?\d{1,3}项?(?:[至到\-—–－~～]第?\d{1,3}项?)?(?:[、,，;；]第?\d{1,3}项?(?:[至到\-—–－~～]第?\d{1,3}项?)?)*$"
)
# two numbers parted as ``_STAT_NUMBERS`` parts them, or by spaces only (squeezed there), anywhere
_STAT_NUMBERS_SAID = LazyRe(r"\d\s*(?:项\s*)?[至到\-—–－~～、,，;；]\s*(?:第\s*)?\d|\d\s+\d")
# (a cell naming more than one number: its separators)
_STAT_SEVERAL = LazyRe(r"\d\D+\d")
# a statistics table's heading over the list's numbers ('对应清单序号', '风险点编号', '涉及项目')
_STAT_NUMBER_HEAD = LazyRe(r"序号|编号|项次|对应|涉及|包括|具体")
# … and over its counts ('数量（项）', '个数', '项数', '合计')
_STAT_COUNT_HEAD = LazyRe(r"数量|个数|项数|合计|小计|总数|数目")
# a statistics table's group cell beside its rows' labels ('风险等级', '按风险类型', '类别')
# … and over a scale's scores, no 序号 ('分值区间', '风险值', '得分范围': '高 | 4-5' a legend of scores)
_STAT_SCORE_HEAD = LazyRe(
    r"分值|分数|得分|评分|打分|区间|范围|风险值|值域|概率|可能性|影响|阈值|标准|权重|系数"
)
_STAT_GROUP = LazyRe(r"(?:按|其中)?(?:风险)?(?:等级|级别|类型|类别|分类|种类)(?:统计|分布)?[：:]?")
_STAT_EMPTY = frozenset({"", "/", "／", "-", "—", "——", "－", "无", "0"})


def _column_down(g, head: int | None, col: int) -> list[str]:
    """The cells of column ``col`` under row ``head`` (squeezed), down to the first blank row."""
    out = []
    for x in range((head if head is not None else -1) + 1, len(g.rows)):
        if not any(v.strip() for v in g.rows[x]):
            break
        out.append("".join(g.get(x, col).split()))
    return out


def _statistics_rows(g, config: Config) -> tuple[list, int, int, bool] | None:
    """The rows of a statistics table on sheet ``g`` counting a list's points by level and by type
    and naming them by the list's 序号 ('一级风险 | 3 | 第1、4、9项', '思想道德风险 | 2 | 第1、8项'),
    as ([(row, 'level' | 'type', the word read, the numbers), …], the numbers' column, the heading
    row, whether that column is named only by the points it holds), or None. A row is its label (a level or a type word, the whole of a short cell), a count
    and the cell of numbers and nothing longer (a list's own row '1 | … | 一级 | …' has its point);
    the numbers' column is the one its heading says holds 序号 (not 数量) or that names several
    numbers in a cell; at least two such rows, one of them naming several numbers. A column named
    only by the points it holds ('包含风险点', '对应风险点') is the numbers' where every row's cell
    in it lists numbers (the last of the tuple then True: STATISTICS_NUMBERS_UNDER_POINTS)."""

    def label(v: str) -> tuple[str, str] | None:
        if not v or len(v) > 10 or v.isdigit():
            return None  # (a count '2' is no level)
        lv = config.level(v)
        if lv:
            return "level", lv
        known, unknown = config.types(v)
        return ("type", known[0]) if len(known) == 1 and not unknown else None

    # (each distinct cell once, in C: a long list repeats its cells; no match of either
    # pattern runs from one cell into the next, so the sheet holds one where a cell does)
    cells = set(chain.from_iterable(g.rows))
    if not _STAT_NUMBERS_SAID.search("\0".join(cells)):
        return None  # (the cheapest test: no two numbers parted as a list parts them)
    several = ("".join(v.split()) for v in cells if len(v) <= 40 and _STAT_SEVERAL.search(v))
    if not any(_STAT_NUMBERS.match(v) for v in several):
        return None  # (the cheap test: no cell of the sheet names several numbers)
    found = []  # (row, kind, word, {col: cell})
    for x, row in enumerate(g.rows):
        cells = {c: "".join(v.split()) for c, v in enumerate(row) if v.strip()}
        if not cells or any(len(v) > 12 and not _STAT_NUMBERS.match(v) for v in cells.values()):
            continue
        labels = [(c, got) for c, v in cells.items() if (got := label(v))]
        if len(labels) != 1:
            continue
        lc, (kind, word) = labels[0]
        nums = {c: v for c, v in cells.items() if c != lc and _STAT_NUMBERS.match(v)}
        if any(
            c != lc and c not in nums and v not in _STAT_EMPTY and not _STAT_GROUP.fullmatch(v)
            for c, v in cells.items()
        ):
            continue  # (a list's own row: '1 | 局长 | 张三 | 干预审批 | 一级', its post and point)
        if nums or found:  # (past a heading '序号 | 岗位 | …', its '岗位' no type)
            found.append((x, kind, word, nums, lc))
    if len(found) < 2 or not any(
        _STAT_SEVERAL.search(v) for *_, n, _c in found for v in n.values()
    ):
        return None  # (a row or two of a list, or its numbers each alone: no such table)
    first = found[0][0]
    head = next(
        (
            x
            for x in range(first - 1, -1, -1)
            if sum(1 for v in g.rows[x] if v.strip()) >= 2
        ),
        None,
    )  # fmt: skip
    if head is not None and any(v.strip().isdigit() for v in g.rows[head]):
        head = None  # (the list's last row right above the table, its 序号: no heading)
    heads = g.rows[head] if head is not None else []

    def heading(c: int) -> str:
        return "".join(heads[c].split()) if c < len(heads) else ""

    cols = Counter(c for *_, n, _lc in found for c in n)
    good = [
        c
        for c in cols
        if not _STAT_COUNT_HEAD.search(heading(c))
        and not _STAT_SCORE_HEAD.search(heading(c))
        and (
            _STAT_NUMBER_HEAD.search(heading(c))
            or any(_STAT_SEVERAL.search(n[c]) for *_, n, _lc in found if c in n)
        )
    ]
    if len(good) != 1:
        return None
    col = good[0]
    # ('风险级别 | 包含风险点' over '高 | 1、3、8', '中 | 2、4-6', '低 | 7': the numbers' column named
    # by the points it holds, taken only where every row's cell in it lists numbers)
    by_points = (
        not g.lacks("风险点")
        and "风险点" in heading(col)
        and _GROUP_POINTS_HEAD.fullmatch(heading(col)) is not None
        and all(_STAT_NUMBERS.match(v) or v in _STAT_EMPTY for v in _column_down(g, head, col))
    )
    if not _STAT_NUMBER_HEAD.search(heading(col)) and not by_points:

        def counted(n: dict) -> bool:  # (a count beside the numbers saying how many they are)
            ns = number_list(n[col].replace("第", "").replace("项", ""))
            return any(v.isdecimal() and int(v) == len(ns) for c, v in n.items() if c != col)

        if not any(counted(n) for *_, n, _lc in found if col in n and _STAT_SEVERAL.search(n[col])):
            return None  # (ranges no heading calls 序号 and no count beside: a legend of scores)
    out = []
    for x, kind, word, nums, lc in found:
        if lc == col:
            continue
        v = nums.get(col) or "".join(g.get(x, col).split())
        if v in _STAT_EMPTY:
            out.append((x, kind, word, []))  # ('外部环境风险 | 0 | /': none of that type)
        elif col in nums:
            out.append((x, kind, word, number_list(v.replace("第", "").replace("项", ""))))
    if len([r for r in out if r[3]]) < 2:
        return None
    points_head = by_points and not _STAT_NUMBER_HEAD.search(heading(col))
    return out, col, head if head is not None else first, points_head


def _types_levels_by_statistics(located: list, config: Config, rel: str, res: FileResult) -> None:
    """A statistics table (``风险点统计表``, on a sheet of its own or under another table) counting a
    list's points by level and by type and naming them by the list's 序号 ('一级风险 | 3 |
    第1、4、9项', '二级风险 | 5 | 第2、3、5至7项', '思想道德风险 | 2 | 第1、8项'): each point of the list
    with no level (no type) of its own takes the level (the type) of the row naming its 序号; said
    once a table (``TYPES_LEVELS_BY_STATISTICS``), the table's rows read as no points. The list: a
    sheet whose every point has its own ASCII 序号, one a point (a 科室's number merged over its
    rows numbers no point), naming every number the table names (several sheets numbered on from
    one another together). A point no level row (no type row) names, or two name differently,
    keeps a blank, warned at its cell (``STATISTICS_NUMBER_UNMATCHED``). A list with a level column
    keeps its levels, one with a type column its types."""
    if len(located) < 1:
        return
    for g, forms, sheet in located:
        got = _statistics_rows(g, config)
        if got is None:
            continue
        rows, col, head, points_head = got
        own = {x for x, *_ in rows}
        named = {n for *_, ns in rows for n in ns}
        # the lists: each sheet's points (the table's own rows left out), by 序号
        lists = []
        for g2, forms2, sheet2 in located:
            pts = [rr for f in forms2 for rr in f.risks if not rr.sheet]
            pts = [rr for rr in pts if not (g2 is g and rr.row in own)]
            if not pts:
                continue
            numbers = [_row_number(g2, rr) for rr in pts]
            if None in numbers or len(set(numbers)) != len(numbers):
                continue
            lists.append((g2, sheet2, dict(zip(map(id, pts), numbers, strict=True)), pts))
        whole = [n for *_, by, _p in lists for n in by.values()]
        if lists and len(set(whole)) == len(whole) and named <= set(whole):
            targets = lists  # (one list, or one numbered on from sheet to sheet)
        else:
            targets = [t for t in lists if named <= set(t[2].values())]
            if len(targets) != 1:
                continue  # (no list, or two each numbered from 1: which is not said)
        points = [rr for t in targets for rr in t[3]]
        number = {k: v for t in targets for k, v in t[2].items()}
        by_kind: dict[str, dict[int, set[str]]] = {"level": {}, "type": {}}
        for _x, kind, word, ns in rows:
            for n in ns:
                by_kind[kind].setdefault(n, set()).add(word)
        fill = {
            "level": bool(by_kind["level"])
            and not any(rr.risk_level or "risk_level" in rr.cols for rr in points),
            "type": bool(by_kind["type"])
            and not any(rr.risk_type or "risk_type" in rr.cols for rr in points),
        }
        if not any(fill.values()):
            continue  # (the list grades and types its points itself: the table only counts them)
        done = {"level": 0, "type": 0}
        for rr in points:
            n = number[id(rr)]
            why = []
            for kind, what in (("level", "风险等级"), ("type", "风险类型")):
                if not fill[kind]:
                    continue
                words = by_kind[kind].get(n, set())
                if len(words) == 1:
                    word = next(iter(words))
                    if kind == "level":
                        rr.risk_level = word
                    else:
                        rr.risk_type = word
                    done[kind] += 1
                elif not words:
                    why.append(f"没有写明其{what}")
                else:
                    why.append(f"把它写在几个不同的{what}下({'、'.join(sorted(words))})")
            if why:
                cell = rr.cell("risk_level") if fill["level"] else rr.cell("risk_type")
                at = next(t[0].name for t in targets if id(rr) in t[2])
                res.issues.append(make_issue("STATISTICS_NUMBER_UNMATCHED", rel, at, cell,
                                             value=str(n), why="，".join(why), other=g.name))  # fmt: skip
        # the table's rows read as points of their own: none; the lists' word of no type goes
        dropped = 0
        for f in forms:
            kept = [rr for rr in f.risks if rr.sheet or rr.row not in own]
            dropped += len(f.risks) - len(kept)
            f.risks = kept
        forms[:] = [f for f in forms if f.risks]
        sheet.rows_seen -= dropped
        cells = {cell_ref(x, c) for x in (*own, head) for c in range(len(g.rows[x]))}
        sheet.issues = [i for i in sheet.issues if i.cell not in cells]
        if not forms:
            sheet.issues = []
        if fill["type"] and done["type"]:
            for t in targets:
                t[1].issues = [i for i in t[1].issues if i.code != "TABLE_NO_TYPE"]
        said = "、".join(
            f"{word}{len(ns)}项" for _x, _k, word, ns in rows if ns
        )  # ('Ⅰ级4项、Ⅱ级5项、…、思想道德风险2项')
        lists_said = "、".join(dict.fromkeys(f"“{t[0].name}”" for t in targets))
        res.issues.append(make_issue("TYPES_LEVELS_BY_STATISTICS", rel, g.name, cell_ref(head, col),
                                     value=said, other=lists_said, count=str(len(points))))  # fmt: skip
        if points_head:
            res.issues.append(make_issue("STATISTICS_NUMBERS_UNDER_POINTS", rel, g.name,
                                         cell_ref(head, col), value=g.rows[head][col].strip(),
                                         other=lists_said))  # fmt: skip
        return


def _code_grid(g, config: Config) -> dict[str, tuple[str, str]]:
    """code → (type, level) of a grid of codes by type and level (types down and levels across,
    or levels down and types across), or {}."""
    from xlproc.locate import _CODE_SPLIT

    def one_type(v: str) -> str:
        known, unknown = config.types(v) if v else ([], [])
        return known[0] if len(known) == 1 and not unknown and len(v) <= 10 else ""

    def one_level(v: str) -> str:
        return (config.level(v) or "") if v and len(v) <= 10 else ""

    for h, head in enumerate(g.rows[:10]):
        cells = {c: v.strip() for c, v in enumerate(head) if v.strip()}
        for across, down, is_type in ((one_level, one_type, True), (one_type, one_level, False)):
            cols = {c: w for c, v in cells.items() if (w := across(v))}
            if len(set(cols.values())) < 2:
                continue
            out: dict[str, tuple[str, str]] = {}
            for row in g.rows[h + 1 :]:
                # the row's label: its first cell that is a type (a level), past a 序号
                label = next(
                    (w for c, v in enumerate(row) if c not in cols and (w := down(v.strip()))), ""
                )
                if not label:
                    continue  # ('合计 | 4 | 5 | 3': the counts)
                for c, w in cols.items():
                    for code in _CODE_SPLIT.split(row[c].strip() if c < len(row) else ""):
                        if not code:
                            continue
                        if code in out or code.isdigit():
                            return {}  # (a count, or a code at two crossings: no grid of codes)
                        out[code] = (label, w) if is_type else (w, label)
            if len(out) >= 2:
                return out
    return {}


# a 风险坐标图 (风险矩阵) on a sheet of its own, its cells holding the codes of a list's points
# ('R03、R07'): the grades of each axis in words, by family, each word's rank in its family
# (higher: more likely, graver) — '极少 | 偶尔 | 可能 | 很可能', '小 | 中 | 大', '一般 | 较大 | 重大'
_AXIS_FAMILIES = (
    {"极低": 0, "很低": 0, "低": 1, "较低": 2, "中": 3, "中等": 3, "一般": 3, "较高": 4, "高": 5,
     "很高": 6, "极高": 6},
    {"极小": 0, "很小": 0, "小": 1, "较小": 2, "中": 3, "中等": 3, "一般": 3, "较大": 4, "大": 5,
     "很大": 6, "极大": 6},
    {"轻微": 1, "轻": 1, "较轻": 2, "较小": 2, "一般": 3, "中等": 3, "中": 3, "较大": 4, "较重": 4,
     "重": 5, "较严重": 4,
     "严重": 5, "重大": 5, "很严重": 6, "特别严重": 6, "特别重大": 6, "特大": 6},
    {"极少": 0, "罕见": 0, "几乎不可能": 0, "极不可能": 0, "很少": 1, "不太可能": 1, "不大可能": 1,
     "偶尔": 2, "较少": 2, "可能": 3, "有时": 3, "有可能": 3, "较可能": 4, "很可能": 4, "经常": 4,
     "较多": 4, "极可能": 5, "几乎肯定": 5, "频繁": 5, "基本确定": 5, "几乎不": 0, "不易": 1,
     "偶发": 2, "较易": 4, "容易": 4, "多发": 4, "极易": 5, "频发": 5},
)  # fmt: skip
# (a likelihood's grade written with its verb: '经常发生', '偶尔发生', '极少发生')
_GRADE_VERB = re.compile(r"^发生|发生$")
# the families that grade an impact (a likelihood's is the last)
_IMPACT_FAMILIES = (1, 2)
# an axis grade: a score with or without its word ('5', '5（很可能）', '很可能(5)', '3分'), or a word
_AXIS_NUMBERED = LazyRe(
    r"^(?:(?P<n>[1-9])\s*分?\s*(?:[(（]\s*(?P<w>[^\d()（）]{1,6})\s*[)）]|[-—－:：]?\s*(?P<w2>[^\d()（）]{0,6}))"
    r"|(?P<w3>[^\d()（）]{1,6})\s*[(（]\s*(?P<n3>[1-9])\s*分?\s*[)）])$"
)
# a code of a list's point as a grid's cell writes it ('R03', 'FX-01', '1-2', '2.3', '7')
_GRID_CODE = LazyRe(r"^(?:[A-Za-z]{1,4}[-_－]?)?\d{1,3}(?:[-－.．]\d{1,3})?$")
_GRID_EMPTY = frozenset({"", "/", "／", "-", "—", "——", "－", "无", "空"})
# a note's clause grading cells: the cells' words first, their level last ('…的为一级风险')
_ZONE_SAID = LazyRe(
    r"(?:定为|确定为|列为|划为|划入|评为|评定为|属于|属|为|是)"
    r"(?P<lv>[一二三ⅠⅡⅢ]级(?:风险)?|(?:极高|很高|较高|高|中等|中|一般|较低|低|重大|较大)风险)"
)
_L_WORD = r"(?:发生)?(?:可能性|可能程度|概率|几率|频率|频度)"
_I_WORD = (
    r"(?:影响程度|影响|后果严重程度|后果严重性|后果|危害程度|危害|严重程度|严重性|损失程度|损失)"
)
_ZONE_LABELS = (
    r"(?:等级)?(?:为|是|处于|在)?(?P<{0}>[^且的，,；;。（()）]+?)"
    r"(?=且|并且|而且|而|同时|的|，|,|；|;|。|（|\(|）|\)|$|、(?:发生)?(?:可能|概率|几率|频率|影响|后果|危害|严重|损失))"
)
_ZONE_JOIN = r"(?:[，,]?(?:且|并且|而且|而|同时)|、|，|,|和|与)?"
_ZONE_PAIR = LazyRe(
    rf"{_L_WORD}{_ZONE_LABELS.format('l')}{_ZONE_JOIN}{_I_WORD}{_ZONE_LABELS.format('i')}"
    rf"|{_I_WORD}{_ZONE_LABELS.format('i2')}{_ZONE_JOIN}{_L_WORD}{_ZONE_LABELS.format('l2')}"
)
_ZONE_BOTH_SAID = LazyRe(
    rf"(?:{_L_WORD}(?:和|与|及|、){_I_WORD}|{_I_WORD}(?:和|与|及|、){_L_WORD})"
    rf"(?:均|都|皆)(?:为|是)?{_ZONE_LABELS.format('b')}"
)
_ZONE_OTHERS = LazyRe(r"其余|其他|其它|剩余|余下")
# a note naming the level first and its cells after it ('一级风险：可能性高且影响程度大、中；…
# 三级风险：其余'), each item read as '…为一级风险'
_ZONE_LEVEL_FIRST = LazyRe(
    r"(?<![为是属于入较很极])"
    r"(?P<lv>[一二三ⅠⅡⅢ]级(?:风险)?|(?:极高|很高|较高|高|中等|中|一般|较低|低|重大|较大)风险)"
    r"(?:[（(][^（()）]{0,8}[)）])?[:：]"
)
_GRADE_QUOTES = re.compile(r"[“”「」『』‘’\"]")
# a list's column of its points' codes where no 序号/编号 heading names it ('风险编码', '风险代码')
_CODE_HEAD = LazyRe(r"^(?:廉政|廉洁)?(?:风险)?点?(?:编码|代码|代号)$")
# a note's words for the product of the two grades ('可能性×影响程度', '两者乘积', '风险值')
_GRID_PRODUCT = LazyRe(
    rf"{_L_WORD}(?:分值|得分)?\s*[×xX*＊·]\s*{_I_WORD}(?:分值|得分)?(?:的?(?:乘积|积))?"
    rf"|{_I_WORD}(?:分值|得分)?\s*[×xX*＊·]\s*{_L_WORD}(?:分值|得分)?(?:的?(?:乘积|积))?"
    r"|(?:两者|二者)的?乘积|风险(?:分)?值|分值|得分"
)


def _axis_scale(cells: list[str]) -> tuple[list[int], bool] | None:
    """A 风险坐标图's grades of one axis (3 to 5 cells, rising or falling): their scores (the
    numbers written, else 1… from the lowest) and whether they are numbers; None where they are
    no axis ('科室 | 一级 | 二级', counts)."""
    nums, words = [], []
    for v in cells:
        v = re.sub(r"\s+", "", v)
        m = _AXIS_NUMBERED.match(v)
        if m and (m.group("n") or m.group("n3")):
            nums.append(int(m.group("n") or m.group("n3")))
            words.append(m.group("w") or m.group("w2") or m.group("w3") or "")
        else:
            nums.append(None)
            words.append(v)
    n = len(cells)
    if None not in nums:
        if len(set(nums)) == n and (nums == sorted(nums) or nums == sorted(nums, reverse=True)):
            return nums, True
        return None
    for family in _AXIS_FAMILIES:
        ranks = [family.get(_GRADE_VERB.sub("", w)) for w in words]
        if None in ranks:
            continue
        if all(a < b for a, b in zip(ranks, ranks[1:], strict=False)):
            return list(range(1, n + 1)), False
        if all(a > b for a, b in zip(ranks, ranks[1:], strict=False)):
            return list(range(n, 0, -1)), False
    return None


def _axis_family(cells: list[str]) -> int | None:
    """The family of ``_AXIS_FAMILIES`` an axis's words are all of (the first), else None."""
    words = [_GRADE_VERB.sub("", re.sub(r"[\s\d()（）分]+", "", v)) for v in cells]
    return next((k for k, fam in enumerate(_AXIS_FAMILIES) if all(w in fam for w in words)), None)


@dataclass
class _CodeGrid:
    """A 风险坐标图 of codes: its grades down (rows ``ys``) and across (columns ``xs``) as written
    and scored, the codes in each of its cells, and which axis runs down (True the likelihood,
    False the impact, None unsaid)."""

    top: int  # the row of the grades across
    ys: list[int]
    xs: list[int]
    down: list[str]
    across: list[str]
    down_scores: list[int]
    across_scores: list[int]
    numbers: bool  # both axes' grades are numbers
    cells: dict[tuple[int, int], list[str]]  # (i, j) of the grid → its codes
    down_is_likelihood: bool | None
    corner: str  # the cell at the grid's corner, for issues

    def ref(self, i: int, j: int) -> str:
        return cell_ref(self.ys[i], self.xs[j])


def _grid_codes(v: str) -> list[str] | None:
    """A grid cell's codes ([] for an empty cell, '/' or '无'); None where it holds other words."""
    v = v.strip()
    if v in _GRID_EMPTY:
        return []
    # (keyed as the list's codes: full-width 'ＲＳ０１', 'r01' are its 'RS01', 'R01')
    got = [_key_value(t) for t in re.split(r"[、,，;；/／\s]+", v) if t]
    return got if got and all(_GRID_CODE.match(t) for t in got) else None


def _code_grids(og) -> list[_CodeGrid]:
    """The 风险坐标图 of codes drawn on sheet ``og``: a row of one factor's grades across (3 to 5,
    ``_axis_scale``), the other's down the column just before them (over or under the row), each
    cell of the block empty or holding codes ('R03、R07'), two at least. The axes' names say which
    runs down: a corner ('发生可能性＼影响程度': the first down), a name beside the rows or over
    the grades across, else the grades' own words ('很可能' a likelihood's, '严重' an impact's)."""
    rows, merged = og.rows, og.merged_into
    out: list[_CodeGrid] = []

    def cell(y: int, x: int) -> str:
        if not 0 <= y < len(rows) or x < 0:
            return ""
        y, x = merged.get((y, x), (y, x))
        return rows[y][x].strip() if x < len(rows[y]) else ""

    done: set[int] = set()
    for r in range(min(len(rows), 300)):
        row = rows[r]
        for c in range(1, len(row) - 2):
            if r in done:
                break
            for n in (5, 4, 3):
                if c + n > len(row):
                    continue
                heads = [row[x].strip() for x in range(c, c + n)]
                if not all(heads) or any(len(v) > 10 for v in heads):
                    continue
                across = _axis_scale(heads)
                if across is None:
                    continue
                grid = _code_grid_at(og, cell, r, c, heads, across)
                if grid is not None:
                    out.append(grid)
                    done.add(r)
                    done.update(grid.ys)
                break
    return out


def _code_grid_at(og, cell, r: int, c: int, heads: list[str], across) -> _CodeGrid | None:
    """The grid whose grades across are ``heads`` (row ``r`` from column ``c``): its grades down
    in column ``c - 1`` under the row (or over it), its cells codes; None where there is none."""
    xs = list(range(c, c + len(heads)))
    for step in (1, -1):
        ys = []
        y = r + step
        while len(ys) < 5 and cell(y, c - 1) and len(cell(y, c - 1)) <= 10:
            ys.append(y)
            y += step
        ys.sort()
        for m in (5, 4, 3):
            if len(ys) < m:
                continue
            part = ys[:m] if step == 1 else ys[-m:]
            down = [cell(y, c - 1) for y in part]
            scale = _axis_scale(down)
            if scale is None:
                continue
            cells: dict[tuple[int, int], list[str]] = {}
            for i, y in enumerate(part):
                for j, x in enumerate(xs):
                    codes = _grid_codes(cell(y, x))
                    if codes is None:
                        return None  # (a cell of other words: a heat-map of 科室, level words)
                    if codes:
                        cells[(i, j)] = codes
            if len(cells) < 2:
                return None
            corner = cell(r, c - 1)
            if _GRID_CORNER_SPLIT.search(corner):
                down_name, side_name = _GRID_CORNER_SPLIT.split(corner, maxsplit=1)
            else:
                down_name = "".join(dict.fromkeys(cell(y, x) for x in (c - 2, c - 3) for y in part))
                down_name += corner
                side = r - 1 if step == 1 else r + 1
                side_name = "".join(dict.fromkeys(cell(side, x) for x in xs))
            down_is = _axis_down(down_name, side_name, down, heads)
            return _CodeGrid(
                r, part, xs, down, heads, scale[0], across[0], scale[1] and across[1], cells,
                down_is, cell_ref(min(r, part[0]), c - 1),
            )  # fmt: skip
    return None


_GRID_CORNER_SPLIT = re.compile(r"[\\＼/／]")


def _axis_down(down_name: str, side_name: str, down: list[str], across: list[str]) -> bool | None:
    """Whether a grid's rows grade the likelihood (True) or the impact (False): by the axes'
    names, else by the grades' words; None where neither says."""
    from xlproc.locate_base import _IMPACT, _LIKELIHOOD

    def one(t: str) -> str:
        lk, im = bool(_LIKELIHOOD.search(t)), bool(_IMPACT.search(t))
        return "L" if lk and not im else "I" if im and not lk else ""

    d, s = one(down_name[:24]), one(side_name[:24])
    if (d, s) in (("L", "I"), ("L", ""), ("", "I")):
        return True
    if (d, s) in (("I", "L"), ("I", ""), ("", "L")):
        return False
    fd, fa = _axis_family(down), _axis_family(across)
    if fd == len(_AXIS_FAMILIES) - 1 or fa in _IMPACT_FAMILIES:
        return True if fa != len(_AXIS_FAMILIES) - 1 and fd not in _IMPACT_FAMILIES else None
    if fa == len(_AXIS_FAMILIES) - 1 or fd in _IMPACT_FAMILIES:
        return False
    return None


def _zone_labels(text: str, labels: list[str], scores: list[int], numbers: bool) -> set[int] | None:
    """The grades (their places on the axis) a note's words name ('大、中', '4及以上', '3—5',
    '很可能或可能'); None where a word is none of the axis's."""
    text = re.sub(r"^(?:等级|程度)?(?:为|是|处于|在)", "", text.strip())
    got: set[int] = set()
    for t in re.split(r"以及|[、/／或和及与]", text):
        t = t.strip()
        if not t:
            return None
        bare = [re.sub(r"\s+", "", v) for v in labels]
        words = [re.sub(r"[\d\s()（）分:：\-—－]+", "", v) for v in labels]
        if t in bare:
            got.add(bare.index(t))
            continue
        if t in words and words.count(t) == 1:
            got.add(words.index(t))
            continue
        verbless = [_GRADE_VERB.sub("", w) for w in words]  # ('经常发生' said '经常', or back)
        if (u := _GRADE_VERB.sub("", t)) in verbless and verbless.count(u) == 1:
            got.add(verbless.index(u))
            continue
        if not numbers:
            return None
        m = re.fullmatch(r"([1-9])分?", t)
        if m and int(m.group(1)) in scores:
            got.add(scores.index(int(m.group(1))))
            continue
        m = re.fullmatch(r"([1-9])分?(?:[(（]含[)）])?(及以上|以上|及以下|以下)", t)
        m2 = re.fullmatch(r"([1-9])分?[-—－~～至到]([1-9])分?", t)
        m3 = re.fullmatch(r"(≥|>=|≧|大于等于|不低于|≤|<=|≦|小于等于|不高于)([1-9])分?", t)
        if m:
            n, up = int(m.group(1)), "上" in m.group(2)
            got |= {k for k, s in enumerate(scores) if (s >= n if up else s <= n)}
        elif m2:
            a, b = sorted((int(m2.group(1)), int(m2.group(2))))
            got |= {k for k, s in enumerate(scores) if a <= s <= b}
        elif m3:
            n, up = int(m3.group(2)), m3.group(1) in ("≥", ">=", "≧", "大于等于", "不低于")
            got |= {k for k, s in enumerate(scores) if (s >= n if up else s <= n)}
        else:
            return None
    return got or None


def _grid_zones(note: str, grid: _CodeGrid, level) -> tuple[dict, str, set, str]:
    """The level of each cell of ``grid`` a note gives: by the cells it names ('发生可能性高且影响
    程度大、中的…为一级风险', '其余为三级风险'), else by bands of the grades' product ('可能性×
    影响程度≥15为一级…'), else by a 3×3 map's corners ('右上角三格为高风险', ``_map_zones``).
    Returns ({(i, j): level}, how, the cells the note puts in two zones, why the cells it names
    were not read ('' where they were, or none were named))."""
    from xlproc.locate_base import (
        _SCORE_LEVEL,
        _ZONE_CORNER_WORDS,
        _band_of,
        _map_zones,
        _product_bands,
        _said_bands,
    )

    text = re.sub(r"\s+", "", note)
    # (grades quoted: '可能性“很可能”且影响程度“较大”“重大”' — side by side a list, then bare)
    text = _GRADE_QUOTES.sub("", re.sub(r"[”」』’\"][“「『‘\"]", "、", text))
    if heads := list(_ZONE_LEVEL_FIRST.finditer(text)):
        # (the level first: '一级风险：X；二级风险：Y' read as 'X为一级风险。Y为二级风险', each
        # item to the next or to its sentence's end, what follows it as written)
        nexts = [m.start() for m in heads[1:]] + [len(text)]
        parts = [text[: heads[0].start()]]
        for m, nxt in zip(heads, nexts, strict=True):
            end = text.find("。", m.end(), nxt)
            end = nxt if end < 0 else end
            body = text[m.end() : end].rstrip("；;，,")
            parts += [body, "为", m.group("lv"), "。", text[end:nxt]]
        text = "".join(parts)
    size = [(i, j) for i in range(len(grid.ys)) for j in range(len(grid.xs))]
    # by the cells named, each clause closing on its level; where the grid does not say which
    # axis runs down, both ways, read only where they agree
    down = grid.down_is_likelihood
    results, unread = [], ""
    for down_l in [down] if down is not None else [True, False]:
        zones: dict[tuple[int, int], str] = {}
        twice: set[tuple[int, int]] = set()
        rest, named, bad, start, unpaired = "", 0, "", 0, False
        for said in _ZONE_SAID.finditer(text):
            clause, start = text[start : said.start()], said.end()
            lv = level(said.group("lv"))
            if not lv:
                continue
            got: set[tuple[int, int]] = set()
            pairs = [
                (m.group(0), *((m.group("l"), m.group("i")) if m.group("l") else (m.group("l2"), m.group("i2"))))
                for m in _ZONE_PAIR.finditer(clause)
            ]  # fmt: skip
            pairs += [
                (m.group(0), m.group("b"), m.group("b")) for m in _ZONE_BOTH_SAID.finditer(clause)
            ]
            for words, lw, iw in pairs:
                cells = _zone_sides(grid, down_l, lw, iw)
                if cells is None:
                    bad = bad or words
                    continue
                got |= cells
            if not pairs and _ZONE_OTHERS.search(clause):
                rest = lv
                continue
            # (a clause naming a factor's grade whose cells were not read: '其余' is not all the
            # rest; '由可能性和影响程度确定为一级、二级…' names none)
            unpaired |= not pairs and _names_grade(clause, grid)
            named += bool(got)
            for x in got:
                if zones.setdefault(x, lv) != lv:
                    twice.add(x)
        if bad:
            unread = unread or f"说明所写的“{bad}”与坐标图的等级对不上"
            continue
        if named:
            if rest and not unpaired:
                for x in size:
                    zones.setdefault(x, rest)
            for x in twice:
                zones.pop(x, None)
            results.append((zones, twice))
    if results:
        if len({tuple(sorted(z.items())) for z, _t in results}) == 1:
            return results[0][0], "说明按格写明的级别", results[0][1], ""
        return (
            {},
            "",
            set(),
            "坐标图没有写明横排、竖排各是发生可能性还是影响程度,说明所写的格对应不上",
        )
    # by the bands of the product of the two grades' scores
    if _GRID_PRODUCT.search(text):
        bands = _product_bands(_GRID_PRODUCT.sub("风险值", text), level, product=True)
        if bands:
            rest = ""
            for clause in re.split(r"[，,；;。]", text):
                if _ZONE_OTHERS.search(clause) and not re.search(r"\d", clause):
                    m = _ZONE_SAID.search(clause)
                    rest = (level(m.group("lv")) or "") if m else ""
            zones = {}
            for i, j in size:
                p = grid.down_scores[i] * grid.across_scores[j]
                lv = _band_of(p, bands) or rest
                if lv:
                    zones[(i, j)] = lv
            how = f"说明所写的分值区段(可能性×影响程度:{_said_bands(bands, '分值')}"
            return zones, how + (f",其余为{rest})" if rest else ")"), set(), ""
    # by a 3×3 map's corners, each named with its cells' count or as its corner ('右上角')
    if len(grid.ys) == len(grid.xs) == 3 and _ZONE_CORNER_WORDS.search(text):
        if all(
            re.match(r"[角方]|的?[一三六136]格", text[m.end() : m.end() + 3])
            for m in _ZONE_CORNER_WORDS.finditer(text)
        ):
            heads = [_SCORE_LEVEL[s] for s in _three(grid.down_scores)]
            across = [_SCORE_LEVEL[s] for s in _three(grid.across_scores)]
            zones = _map_zones(text, heads, across, level)
            if zones:
                return zones, "说明所写的分区(右上、对角、左下)", set(), ""
    return {}, "", set(), unread


_FACTOR_SAID = LazyRe(rf"(?:{_L_WORD}|{_I_WORD})(?:等级)?(?:为|是|处于|在)?")


def _names_grade(clause: str, grid: _CodeGrid) -> bool:
    """Whether a note's clause names a grade of the grid's after a factor ('可能性很高…')."""
    labels = {w for v in grid.down + grid.across for w in (re.sub(r"\s+", "", v), _bare_grade(v))}
    labels.discard("")
    return any(clause.startswith(w, m.end()) for m in _FACTOR_SAID.finditer(clause) for w in labels)


def _bare_grade(v: str) -> str:
    """An axis grade's word without its score ('5（很可能）' → '很可能')."""
    return re.sub(r"[\d\s()（）分:：\-—－]+", "", v)


def _grid_judged_cells(g, grid: _CodeGrid, level) -> dict[tuple[int, int], str]:
    """The level of each cell of ``grid`` a matrix printed on sheet ``g`` gives: a row of the
    grid's grades of one factor (in any order), the other's down the column before it, each
    cell a level word ('风险等级判定矩阵': '高 | 二级 | 一级 | 一级'; transposed alike, its corner
    saying which factor runs down where both use the same grades); {} where the sheet prints
    none (the grid of codes itself gives none: its cells are no level words) or where which
    factor runs down is unsaid and matters."""
    down = {re.sub(r"\s+", "", v): i for i, v in enumerate(grid.down)}
    across = {re.sub(r"\s+", "", v): j for j, v in enumerate(grid.across)}
    if len(down) < len(grid.down) or len(across) < len(grid.across):
        return {}
    rows, size = g.rows, len(down) * len(across)
    for r, row in enumerate(rows[:300]):
        bare = [re.sub(r"\s+", "", v) for v in row]
        found = {}  # (whether the matrix's rows are the grid's columns) → its levels
        for heads, sides, flip in ((across, down, False), (down, across, True)):
            cols = [c for c, v in enumerate(bare) if v in heads]
            if len(cols) != len(heads) or cols != list(range(cols[0], cols[0] + len(cols))):
                continue
            zones: dict[tuple[int, int], str] = {}
            x = cols[0] - 1
            for y in range(r + 1, min(r + 1 + len(sides), len(rows))):
                side = re.sub(r"\s+", "", rows[y][x]) if 0 <= x < len(rows[y]) else ""
                if side not in sides:
                    break
                for c in cols:
                    v = rows[y][c].strip() if c < len(rows[y]) else ""
                    if not (lv := level(v) if v and not v.isdigit() else ""):
                        break
                    a, b = sides[side], heads[bare[c]]
                    zones[(b, a) if flip else (a, b)] = lv
            if len(zones) == size:
                found[flip] = zones
        if len(found) == 2 and found[False] != found[True]:
            corner = rows[r][cols[0] - 1] if 0 < cols[0] <= len(rows[r]) else ""
            parts = _GRID_CORNER_SPLIT.split(corner, maxsplit=1) if corner else []
            said = _axis_down(parts[0], parts[1], [], []) if len(parts) == 2 else None
            if said is None or grid.down_is_likelihood is None:
                return {}  # (both factors graded alike and neither named: not guessed)
            return found[said != grid.down_is_likelihood]
        if found:
            return next(iter(found.values()))
    return {}


def _three(scores: list[int]) -> list[int]:
    """Three grades' scores as 1–3 (3 the highest), in their order."""
    order = sorted(scores)
    return [order.index(s) + 1 for s in scores]


def _zone_sides(grid: _CodeGrid, down_l: bool, lw: str, iw: str) -> set | None:
    """The cells a note's likelihood words ``lw`` and impact words ``iw`` name together, with
    the likelihood down when ``down_l``; None where a word is none of the axis's."""
    if down_l:
        ls = _zone_labels(lw, grid.down, grid.down_scores, grid.numbers)
        is_ = _zone_labels(iw, grid.across, grid.across_scores, grid.numbers)
    else:
        ls = _zone_labels(lw, grid.across, grid.across_scores, grid.numbers)
        is_ = _zone_labels(iw, grid.down, grid.down_scores, grid.numbers)
    if ls is None or is_ is None:
        return None
    return {(a, b) for a in ls for b in is_} if down_l else {(b, a) for a in ls for b in is_}


def _coded_points(g, forms) -> list[tuple[int, dict[str, list], dict[str, str]]]:
    """A list with no level written (two points at least): for each column that may hold its
    points' codes (its 序号/风险编号 one, one headed '风险编码', '风险代码'), (the column, code →
    its points, code → its first cell); [] for a list that writes levels."""
    todo = [rr for f in forms for rr in f.risks if not rr.sheet]
    if len(todo) < 2 or any(rr.risk_level.strip() for rr in todo):
        return []  # (a level written: the list grades its points itself)
    cols = {rr.cols["seq"] for rr in todo if "seq" in rr.cols}
    head = forms[0].header_row
    if 0 <= head < len(g.rows):
        cols |= {c for c, v in enumerate(g.rows[head]) if _CODE_HEAD.search(v.strip())}
    merged, out = g.merged_into, []
    for c in sorted(cols):
        by_code: dict[str, list] = {}
        at: dict[str, str] = {}
        for rr in todo:
            y, x = merged.get((rr.row, c), (rr.row, c))
            code = _key_value(g.rows[y][x]) if x < len(g.rows[y]) else ""
            if code:
                by_code.setdefault(code, []).append(rr)
                at.setdefault(code, cell_ref(rr.row, c))
        if len(by_code) >= 2:
            out.append((c, by_code, at))
    return out


def _levels_by_risk_grid(located: list, config: Config, rel: str, res: FileResult) -> None:
    """Lists with no level written whose points carry codes ('风险编号 | … | 廉政风险点': 'R01',
    '1-2', or the 序号), and on another sheet a 风险坐标图 (风险矩阵) of those codes: one factor's
    grades down (发生可能性 高/中/低, 5…1, 很可能…极少), the other's across (影响程度 大/中/小,
    严重/较大/一般), each cell listing the codes that stand there ('R03、R07'), and a note (on
    either sheet) grading the cells — by the cells it names ('可能性高且影响程度大、中的…为一级
    风险，…其余为三级风险'), by bands of the product of the two grades ('可能性×影响程度≥15为一级
    …'), or by a 3×3 map's corners ('右上角三格为高风险'). Each point takes the level of the cell
    its code stands in (info LEVEL_BY_RISK_GRID); the grid is no list of its own. Nothing is
    guessed: a code in no cell (RISK_GRID_CODE_UNPLACED) or in two (RISK_GRID_CODE_TWICE), a cell
    the note does not grade (RISK_GRID_CELL_UNGRADED) leave the levels blank, warned at the cell;
    a grid's code no list has is said (RISK_GRID_CODE_UNLISTED). The cheap test first: a sheet
    of no forms naming a likelihood and an impact (one search of its text). A grid of counts, of
    科室 or of level words is no grid of codes, and a code two lists both use (序号 begun again on
    each sheet) joins nothing: read as before."""
    from xlproc.locate_base import _IMPACT, _LIKELIHOOD

    if len(located) < 2:
        return
    grids = []  # (sheet, its result, its grids of codes)
    for og, oforms, osheet in located:
        if oforms or not og.rows:
            continue
        if og.lacks("可能性", "概率", "频率", "频度", "可能程度") or og.lacks(
            "影响", "危害", "后果", "损失", "严重"
        ):
            continue  # (the cheap test: a likelihood's word and an impact's in the cells)
        text = "\x00".join(map("\x00".join, og.rows))
        if not (_LIKELIHOOD.search(text) and _IMPACT.search(text)):
            continue  # (the cheap test: a sheet naming no likelihood and no impact draws none)
        found = _code_grids(og)
        if found:
            grids.append((og, osheet, found))
    if not grids:
        return
    lists = [
        (g, forms, got) for g, forms, _sh in located if forms and (got := _coded_points(g, forms))
    ]
    for og, osheet, found in grids:
        for grid in found:
            if lists:
                _grid_levels(og, osheet, grid, lists, config, rel, res, located)


def _grid_levels(
    og, osheet, grid, lists: list, config: Config, rel: str, res: FileResult, located: list
) -> None:
    """``_levels_by_risk_grid`` for one grid: the lists whose codes it holds graded by it (and
    taken from ``lists``), or nothing where it is none of theirs. With no note grading its
    cells, a matrix of level words over the same grades printed on a sheet of the file grades
    them (``_judged_cells``)."""
    from xlproc.locate_base import _MAP_COUNTS

    tokens = [t for codes in grid.cells.values() for t in codes]
    kinds = set(tokens)
    joined = []  # (list sheet, its forms, the codes' column, code → points, code → cell)
    for k, (g, forms, cands) in enumerate(lists):
        col, by_code, at = max(cands, key=lambda x: len(kinds & x[1].keys()))
        if len(kinds & by_code.keys()) >= 2:
            joined.append((k, g, forms, col, by_code, at))
    if not joined:
        return
    owner: dict[str, tuple] = {}
    for x in joined:
        for code in x[4]:
            if code in owner:
                return  # (a code of two lists: 序号 begun again on each sheet joins nothing)
            owner[code] = x
    listed = kinds & owner.keys()
    if len(listed) < 2 or len(listed) * 5 < len(owner) * 3:
        return  # (most of the lists' codes placed)
    if (len(kinds) - len(listed)) * 2 >= len(listed):
        return  # (a grid of other codes, a few of them the list's)
    if all(t.isdigit() for t in tokens):
        # (序号 placed, not points counted: '3 | 6 | 9', '（个）', one number twice)
        caption = "".join("".join(og.rows[y]) for y in range(max(0, grid.top - 3), grid.top))
        if len(tokens) > len(kinds) or _MAP_COUNTS.search(caption):
            return
    # the note: the grid sheet's lines beside the grid, then the lists' lines naming it
    block = {grid.top, *grid.ys}
    lines = [
        t for y, row in enumerate(og.rows)
        if y not in block and (len(t := "".join(row).strip()) >= 8 or _ZONE_OTHERS.search(t))
    ]  # fmt: skip
    for _k, g, forms, *_rest in joined:
        own = _legend(g, forms, "可能性", "概率", "坐标", "矩阵")
        if own:
            # (a note over several lines: its '其余为三级风险' line names neither factor)
            rest = _legend(g, forms, "其余", "其他", "其它", "剩余", "余下")
            lines += own.split("\n") + [t for t in rest.split("\n") if _ZONE_SAID.search(t)]
    zones, how, twice, unsaid = _grid_zones("。".join(lines), grid, config.level)
    if not zones and not twice:
        for g, _forms, _sh in [x for x in located if x[0] is og] + located:
            if judged := _grid_judged_cells(g, grid, config.level):
                zones, how, unsaid = judged, f"工作表“{g.name}”所印的风险等级判定矩阵", ""
                break
    placed: dict[str, list[tuple[int, int]]] = {}
    for x, codes in grid.cells.items():
        for t in codes:
            placed.setdefault(t, []).append(x)
    said: dict[int, dict[str, list[str]]] = {}
    for code, (k, g, _forms, _col, by_code, at_code) in owner.items():
        at = placed.get(code, [])
        if len(at) == 1:
            if lv := zones.get(at[0]):
                for rr in by_code[code]:
                    rr.risk_level = lv
                said.setdefault(k, {}).setdefault(lv, []).append(code)
            continue
        if not at:
            res.issues.append(
                make_issue("RISK_GRID_CODE_UNPLACED", rel, g.name, at_code[code], field=og.name,
                           value=code)
            )  # fmt: skip
        else:
            res.issues.append(
                make_issue("RISK_GRID_CODE_TWICE", rel, g.name, at_code[code], field=og.name,
                           value=code, cells="、".join(grid.ref(*x) for x in at))
            )  # fmt: skip
    down = grid.down_is_likelihood
    names = ("纵向", "横向") if down is None else ("发生可能性", "影响程度")[:: 1 if down else -1]
    sheets = "”、“".join(dict.fromkeys(x[1].name for x in joined))
    for (i, j), codes in sorted(grid.cells.items()):
        mine = [t for t in codes if t in owner and len(placed[t]) == 1]
        if mine and (i, j) not in zones:
            why = (
                "说明把这一格同时划入了几个级别" if (i, j) in twice
                else unsaid or ("说明没有写明这一格属于哪一级" if how
                                else "坐标图旁和清单下都没有按格写明级别的说明")
            )  # fmt: skip
            res.issues.append(
                make_issue("RISK_GRID_CELL_UNGRADED", rel, og.name, grid.ref(i, j),
                           field=sheets, value="、".join(mine), why=why,
                           axes=f"{names[0]}“{grid.down[i]}”、{names[1]}“{grid.across[j]}”")
            )  # fmt: skip
        if other := [t for t in codes if t not in owner]:
            res.issues.append(
                make_issue("RISK_GRID_CODE_UNLISTED", rel, og.name, grid.ref(i, j), field=sheets,
                           value="、".join(other))
            )  # fmt: skip
    for k, g, forms, col, _by_code, _at in joined:
        if said.get(k):
            value = "；".join(f"{'、'.join(cs)}为{lv}" for lv, cs in sorted(said[k].items()))
            head = max(forms[0].header_row, 0)
            res.issues.append(
                make_issue("LEVEL_BY_RISK_GRID", rel, g.name, cell_ref(head, col), field=og.name,
                           value=value, by=how, where=grid.corner)
            )  # fmt: skip
    # those lists are graded, and the grid is no list of its own: its rows no stray rows
    for k in sorted({x[0] for x in joined}, reverse=True):
        del lists[k]
    osheet.issues[:] = [
        i for i in osheet.issues
        if i.code not in ("SHEET_NO_TABLE", "TABLE_NO_TYPE", "ROW_UNPLACED", *SET_ASIDE_TABLES)
    ]  # fmt: skip


def _levels_from_another_sheet(located: list, rel: str, res: FileResult) -> None:
    """A sheet that only grades the points of another ('风险评估': 风险编号 | 廉洁风险点 | 可能性 |
    影响 | 风险等级, naming no one, beside '风险识别' whose points have no level): its levels are
    those points' levels, by the point's words, and it is no form of its own."""
    from xlproc.identity import squeeze

    with_forms = [x for x in located if x[1]]
    if len(with_forms) < 2:
        return
    for x in with_forms:
        forms = x[1]
        if not _GRADING.search(x[0].name + "".join(next((r for r in x[0].rows[:4] if any(r)), []))):
            continue  # (the cheap test: a tab or title saying it grades, '风险评估')
        risks = [rr for f in forms for rr in f.risks]
        if (
            len(risks) < 2
            or any(f.person or f.title for f in forms)
            or not all(rr.risk_level for rr in risks)
            or any(rr.measures for rr in risks)
        ):
            continue
        graded = {squeeze(rr.risk_point): rr.risk_level for rr in risks}
        open_ = [
            rr
            for o in with_forms
            if o is not x
            for f in o[1]
            for rr in f.risks
            if not rr.risk_level and squeeze(rr.risk_point) in graded
        ]
        if len({squeeze(rr.risk_point) for rr in open_}) * 5 < len(graded) * 4:
            continue  # (most of its points, or none: another table)
        for rr in open_:
            rr.risk_level = graded[squeeze(rr.risk_point)]
        res.issues.append(make_issue("SHEET_LEVELS", rel, x[0].name, value=str(len(open_))))
        forms[:] = []


# the items of a summary grid's cell ('1.…⏎2.…', '（1）…', '①…', or parted by '；'): a line's
# number, the joints between the items of one line
_GRID_ITEM_NUMBER = LazyRe(r"^\s*(?:[（(]\s*\d{1,2}\s*[)）]|\d{1,2}\s*[.、．](?!\d)|[①-⑳])\s*")
_GRID_ITEM_JOINT = LazyRe(r"\s*[；;]\s*|\s+(?=[（(]?\d{1,2}[)）.、．](?!\d))|(?=[②-⑳])")
# what a grid's cell says where a 科室 has no point of the level
_GRID_NONE = frozenset({"无", "暂无", "没有", "空", "不涉及"})


def _grid_items(text: str, known) -> list[str]:
    """The points a summary grid's cell lists, each without its number: one a line, a line
    parted at '；' (or at a number opening the next item) only where as a whole it is none of
    the ``known`` points' plain words ('…；…' inside one point stays)."""
    out = []
    for line in text.split("\n"):
        line = _GRID_ITEM_NUMBER.sub("", line.strip(), count=1)
        plain = _plain(line)
        if not plain or plain in _GRID_NONE:
            continue
        if plain in known:
            out.append(line)
            continue
        for part in _GRID_ITEM_JOINT.split(line):
            part = _GRID_ITEM_NUMBER.sub("", part.strip(), count=1)
            if _plain(part) and _plain(part) not in _GRID_NONE:
                out += _grid_item_run(part, known) if _plain(part) not in known else [part]
    return out


# where a cell's items run on with no space or '；' ('（1）…（2）…', '1.…2.…', '…，…'): the cuts
_GRID_ITEM_TIGHT = LazyRe(
    r"(?=[（(]\s*\d{1,2}\s*[)）])|(?<!\d)(?=\d{1,2}[.、．](?!\d))|(?<=[，,、])"
)


def _grid_item_run(part: str, known) -> list[str]:
    """An item of a summary grid's cell that is no ``known`` point, cut where its pieces, taken
    whole from the left, are each one ('（1）A（2）B', 'A，B' — 'A、B' one point stays whole);
    as it is where they are not."""
    out, acc = [], ""
    for piece in _GRID_ITEM_TIGHT.split(part):
        acc += piece
        word = _GRID_ITEM_NUMBER.sub("", acc.strip(), count=1).rstrip("，,、")
        if _plain(word) in known:
            out.append(word)
            acc = ""
    return out if len(out) > 1 and not _plain(acc) else [part]


def _grid_strays(forms) -> set[int] | None:
    """The ids of a summary grid's points read with no level beside the point its level cell
    holds (its cell's '1.A；2.B' read as 'A' and 'A；2.B': the cell is read again whole); None
    where a point with no level is not such a one (an ordinary list)."""
    out: set[int] = set()
    for f in forms:
        for k, rr in enumerate(f.risks):
            if rr.risk_level:
                continue
            nxt = f.risks[k + 1] if k + 1 < len(f.risks) else None
            if (
                nxt is None
                or not nxt.risk_level
                or (nxt.row, nxt.cols.get("risk_point"))
                != (
                    rr.row,
                    rr.cols.get("risk_point"),
                )
            ):
                return None
            out.add(id(rr))
    return out


def _grid_same_place(d: str, t: str, f, rr) -> bool:
    """A grid's row (科室 ``d``, post ``t``, squeezed) and a list point's form agree."""
    from xlproc.identity import squeeze

    fd, ft = squeeze(f.department or rr.department), squeeze(f.title or rr.title)
    # (a grid by post may write the 科室 with it: '计财股股长', the list '计财股 | 股长')
    return (not d or not fd or d == fd) and (not t or not ft or t in (ft, fd + ft))


def _grid_repeats_levels(x, with_forms, cells, config: Config, rel: str, res: FileResult) -> None:
    """A summary grid (as ``_levels_by_summary_grid`` takes it) beside lists that write every
    point's level: where each item of each cell is, under the same 科室 (post), a point of another
    sheet written at that cell's column's level (words compared without numbering, spaces and
    punctuation), at least two items in all, the grid repeats those lists level for level — it
    gives no forms or points of its own (SUMMARY_GRID_REPEATS_LEVELS). One item no list has, or
    has at another level, and the grid reads as before."""
    g, forms, sheet = x
    levelled: dict[str, list] = {}  # plain words → [(point, its form)] of the other sheets
    for o in with_forms:
        if o is not x:
            for f in o[1]:
                for rr in f.risks:
                    if rr.risk_level.strip() and (p := _plain(rr.risk_point)):
                        levelled.setdefault(p, []).append((rr, f, o))
    if not levelled:
        return
    count, names = 0, {}
    for (r, c), (d, t, lv) in cells.items():
        want = config.level(lv)
        if not want:
            return
        text = g.rows[r][c] if c < len(g.rows[r]) else ""
        for item in _grid_items(text, levelled):
            hits = [
                e
                for e in levelled.get(_plain(item), ())
                if _grid_same_place(d, t, e[1], e[0]) and config.level(e[0].risk_level) == want
            ]
            if not hits:
                return  # (an item of its own, or graded otherwise: the grid reads as before)
            count += 1
            names.update(dict.fromkeys(e[2][0].name for e in hits))
    if count < 2:
        return
    head = next((i for i in sheet.issues if i.code == "LEVEL_COLUMNS"), None)
    by = "科室" if any(d for d, _t, _lv in cells.values()) else "岗位"
    res.issues.append(
        make_issue("SUMMARY_GRID_REPEATS_LEVELS", rel, g.name,
                   head.cell if head is not None else cell_ref(*min(cells)),
                   field="、".join(names), value=head.value if head is not None else "",
                   key=by, count=str(count))
    )  # fmt: skip
    forms[:] = []
    sheet.issues[:] = []


def _levels_by_summary_grid(located: list, config: Config, rel: str, res: FileResult) -> None:
    """A list with no level column beside a summary grid on another sheet that grades it (科室 or
    岗位 down, the levels across — '一级风险点 | 二级风险点 | 三级风险点', '高风险点 | 中风险点 | 低
    风险点' —, each cell listing several of that row's points word for word, numbered or parted
    by '；', naming no holder and no measure; read as points by level of nameless forms,
    ``LEVEL_COLUMNS``): where nearly all its items stand, under the same 科室 (post), as points
    of the other sheets with no level (compared without numbering, spaces and punctuation),
    each such point takes the level of the column its cell sits in (LEVELS_BY_SUMMARY_GRID), and
    the grid gives no forms or points of its own. A list point in no cell keeps its blank level
    (SUMMARY_GRID_POINT_MISSING), one in cells of two levels too (SUMMARY_GRID_POINT_TWICE); an
    item of the grid no list row has is said (SUMMARY_GRID_POINT_UNLISTED). A grid restating,
    level for level, points that have their levels is their summary, no list of its own
    (``_grid_repeats_levels``); a grid of counts and a grid naming holders read as before."""
    from xlproc.identity import squeeze

    with_forms = [x for x in located if x[1]]
    if len(with_forms) < 2:
        return  # (the cheap test: one sheet of forms, no other to grade)
    for x in with_forms:
        g, forms, sheet = x
        if any(f.person for f in forms):
            continue  # (a list naming its holders: no summary)
        if sum(len(f.risks) for f in forms) < 2 or any(
            rr.measures.strip()
            or rr.sheet
            or rr.cols.get("risk_point") is None
            or (rr.risk_level or "risk_level" in rr.cols)
            and rr.cols.get("risk_point") != rr.cols.get("risk_level")
            for f in forms
            for rr in f.risks
        ):
            continue  # (points under a level column each, no measure: a grid of points by level;
            # an ordinary list fails at its first row, its measures or its level column)
        strays = _grid_strays(forms)
        if strays is None:
            continue
        cells: dict[tuple[int, int], tuple[str, str, str]] = {}  # (row, col) → 科室, post, level
        for f in forms:
            for rr in f.risks:
                if id(rr) in strays:
                    continue
                dept = squeeze(f.department or rr.department)
                title = squeeze(f.title or rr.title)
                cells.setdefault((rr.row, rr.cols["risk_point"]), (dept, title, rr.risk_level))
        if any(not (d or t) for d, t, _lv in cells.values()):
            continue  # (a row naming neither 科室 nor post: nothing to compare under)
        open_: dict[str, list] = {}  # plain words → [(point, its form, its sheet)] with no level
        for o in with_forms:
            if o is not x:
                for f in o[1]:
                    for rr in f.risks:
                        if not rr.risk_level.strip() and (p := _plain(rr.risk_point)):
                            open_.setdefault(p, []).append((rr, f, o))
        if not open_:
            # (every point of the other sheets writes its level: a grid repeating them, level for
            # level, is their summary, no list of its own)
            _grid_repeats_levels(x, with_forms, cells, config, rel, res)
            continue

        def same_place(d: str, t: str, f, rr) -> bool:
            return _grid_same_place(d, t, f, rr)

        items = []  # (cell, text, the list points it is)
        for (r, c), (d, t, _lv) in cells.items():
            text = g.rows[r][c] if c < len(g.rows[r]) else ""
            for item in _grid_items(text, open_):
                hits = [e for e in open_.get(_plain(item), ()) if same_place(d, t, e[1], e[0])]
                items.append(((r, c), item, hits))
        matched = sum(1 for _at, _item, hits in items if hits)
        written: set[str] = set()  # (points of the lists that write their level: listed)
        if 2 <= matched < len(items):
            written = {
                _plain(rr.risk_point)
                for o in with_forms
                if o is not x
                for f in o[1]
                for rr in f.risks
                if rr.risk_level.strip()
            }
            matched += sum(1 for _at, item, hits in items if not hits and _plain(item) in written)
        if matched < 2 or matched * 5 < len(items) * 4:
            continue  # (most of its items no unlevelled point of another sheet: its own list)
        lists = {id(e[2]): e[2] for _at, _item, hits in items for e in hits}
        at_of: dict[int, set] = {}  # list point → the grid's cells listing it
        for at, _item, hits in items:
            for rr, _f, _o in hits:
                at_of.setdefault(id(rr), set()).add(at)
        said = 0
        for o in lists.values():
            for f in o[1]:
                for rr in f.risks:
                    if rr.risk_level.strip() or not _plain(rr.risk_point):
                        continue
                    where = sorted(at_of.get(id(rr), ()))
                    levels = {config.level(cells[a][2]) or cells[a][2] for a in where}
                    if len(levels) == 1:
                        rr.risk_level = cells[where[0]][2]
                        said += 1
                        continue
                    if where:
                        res.issues.append(
                            make_issue("SUMMARY_GRID_POINT_TWICE", rel, o[0].name,
                                       rr.cell("risk_point"), field=g.name,
                                       value=rr.risk_point[:30],
                                       cells="、".join(cell_ref(*a) for a in where),
                                       levels="、".join(cells[a][2] for a in where))
                        )  # fmt: skip
                    else:
                        res.issues.append(
                            make_issue("SUMMARY_GRID_POINT_MISSING", rel, o[0].name,
                                       rr.cell("risk_point"), field=g.name,
                                       value=rr.risk_point[:30],
                                       key=f.department or rr.department or f.title or rr.title)
                        )  # fmt: skip
        names = "、".join(dict.fromkeys(o[0].name for o in lists.values()))
        for (r, c), item, hits in items:
            if not hits:
                if _plain(item) in written:
                    continue  # (a point of the list writing its own level: listed, kept)
                d, t, _lv = cells[(r, c)]
                res.issues.append(
                    make_issue("SUMMARY_GRID_POINT_UNLISTED", rel, g.name, cell_ref(r, c),
                               field=names, value=item[:30], key=d or t)
                )  # fmt: skip
        head = next((i for i in sheet.issues if i.code == "LEVEL_COLUMNS"), None)
        by = "科室" if any(d for d, _t, _lv in cells.values()) else "岗位"
        across = sorted(cells, key=lambda a: a[1])  # (the levels' words in column order)
        shown = (
            head.value
            if head is not None
            else "、".join(dict.fromkeys(cells[a][2] for a in across))
        )
        first = min(cells)
        res.issues.append(
            make_issue("LEVELS_BY_SUMMARY_GRID", rel, g.name,
                       head.cell if head is not None else cell_ref(*first), field=names,
                       value=shown, key=by, count=str(said))
        )  # fmt: skip
        # the grid is no list of its own: its rows no forms, its reading as one no issues
        forms[:] = []
        sheet.issues[:] = []


# a note grading the list's points by their place in a separate 重点 list ('注：列入大队《重点风险点》
# 表的风险点为一级风险，其余为二级风险', '纳入“重点廉政风险点清单”的定为高风险，其他为中风险'): the
# list named (a 重点 one), the level of its members, the level of the rest
_KEY_LIST_NOTE = LazyRe(
    r"(?:列入|纳入|列为|列在|载入|收入|收录|属于|进入|在|见)[^，,。；;:：]{0,8}?"
    r"[《“\"「【]?(?P<name>[^《》“”\"「」【】，,。；;:：的为]{0,12}?重点[^《》“”\"「」【】，,。；;:：的为]{0,12})"
    r"[》”\"」】]?[^，,。；;:：]{0,12}?(?:定为|确定为|评定为|列为|均为|属于|为|是)"
    r"(?P<key>[^，,。；;（()）、]{1,8}?)(?=[，,。；;（(]|$|其)"
    r"[^。]{0,4}?(?:其余|其他|其它|余下|剩余|未列入)[^，,。；;]{0,12}?(?:定为|确定为|评定为|列为|均为|属于|为|是)"
    r"(?P<rest>[^，,。；;（()）、]{1,8}?)(?=[，,。；;（()）]|$)"
)
# a key list's name less its kind ('重点风险点清单' → '重点风险点'), to find it by its tab or title
_KEY_LIST_KIND = LazyRe(r"(?:一览表|清单|目录|名录|名单|汇总表|台账|表|库)$")


def _plain(text: str) -> str:
    """A point's words as compared with a key list's: no spaces, punctuation or brackets."""
    return re.sub(r"[\W_]+", "", text)


# a key list item's number before its words ('1.', '2、', '（3）', '④', '一、')
_KEY_ITEM_NUMBER = re.compile(
    r"^\s*(?:[（(]?\d{1,3}[)）.、．]|[①-⑳]|[一二三四五六七八九十]{1,3}、)\s*"
)


def _key_items(cell: str) -> list[str]:
    """A key list cell's points: one, or several by line or '；' ('1.工程变更签证把关不严\n2.河道
    采砂许可违规审批'), each without its number."""
    parts = re.split(r"[\n；;]", cell) if ("\n" in cell or "；" in cell or ";" in cell) else [cell]
    return [w for p in parts if (w := _KEY_ITEM_NUMBER.sub("", p).strip())]


def _levels_by_key_list(located: list, config: Config, rel: str, res: FileResult) -> None:
    """A list with no level written and a note saying the points that stand in a separate 重点
    list are of one level and the rest of another ('列入《重点风险点》表的为一级风险，其余为二级
    风险'), that 重点 list on another sheet of the file repeating some of the list's points (word
    for word, or but for spaces and punctuation) under columns of its own ('重点廉政风险点 |
    监督责任人'): each point takes the members' level where the key sheet holds its words, the
    note's other level where not; the key sheet gives no points or holders of its own, and a key
    point the list lacks is said. The cheap test first: a note naming a 重点 list; without the
    note a 重点 sheet alone changes nothing (it may list what a unit watches, not levels)."""
    if len(located) < 2:
        return
    for g, forms, _sheet in located:
        if not forms or _notes_lack(g, "重点"):
            continue  # (the cheap test: 重点 in the cells or the lent notes)
        note = _legend(g, forms, "重点")  # (one substring test on the sheet's notes, cached)
        if not note or not re.search(r"其余|其他|其它|余下|剩余|未列入", note):
            continue  # (a 填表说明 sheet's note is lent to ``_legend`` by ``_note_sheets``)
        todo = [rr for f in forms for rr in f.risks if not rr.sheet]
        if not todo or any(rr.risk_level.strip() for rr in todo):
            continue  # (a level written: the list grades its points itself)
        said = None
        for line in note.split("\n"):
            m = _KEY_LIST_NOTE.search(re.sub(r"\s+", "", line))
            if m is None:
                continue
            key, rest = config.level(m.group("key")), config.level(m.group("rest"))
            if key and rest and key != rest:
                said = (line, m)
                break
        if said is None:
            continue
        line, m = said
        name = re.sub(r"(?:表?中|表?内|里)$", "", m.group("name"))
        core = _KEY_LIST_KIND.sub("", re.sub(r"^.*?(?=重点)", "", name)) or "重点"
        points = {_plain(rr.risk_point): rr for rr in todo if _plain(rr.risk_point)}
        best = None  # (members matched, grid, its forms, its result, column, [(row, words)])
        for og, oforms, osheet in located:
            if og is g:
                continue
            title = og.name + "".join("".join(r) for r in og.rows[:3])
            if "重点" not in title and core not in re.sub(r"\s+", "", title):
                continue  # (a sheet its tab or title naming a key list, '重点风险点')
            width = max((len(r) for r in og.rows), default=0)
            for c in range(width):
                cells = [
                    (r, v) for r, row in enumerate(og.rows)
                    if c < len(row) and len(_plain(row[c])) >= 4
                    for v in _key_items(row[c])
                    if len(_plain(v)) >= 4
                ]  # fmt: skip
                hit = [r for r, v in cells if _plain(v) in points]
                if len(hit) < 2 and not (hit and len(points) <= 3):
                    continue
                first = min(hit)
                # (the key list's rows: those filling most of the columns its matched rows all
                # fill, not a '经党组会议研究确定' line or a date under it)
                shape = [
                    k for k in range(width)
                    if k != c and all(k < len(og.rows[r]) and og.rows[r][k].strip() for r in hit)
                ]  # fmt: skip
                rows = [
                    (r, v) for r, v in cells
                    if r >= first and 2 * sum(
                        1 for k in shape if k < len(og.rows[r]) and og.rows[r][k].strip()
                    ) >= len(shape)
                ]  # fmt: skip
                if len(hit) * 2 < len(rows):
                    continue  # (a column of other words, a few of them the list's)
                if best is None or len(hit) > best[0]:
                    best = (len(hit), og, oforms, osheet, c, rows)
        if best is None:
            continue
        _n, og, oforms, osheet, c, rows = best
        members = {_plain(v) for _r, v in rows}
        high, low = m.group("key"), m.group("rest")
        n_high = 0
        for rr in todo:
            if _plain(rr.risk_point) in members:
                rr.risk_level = high
                n_high += 1
            else:
                rr.risk_level = low
        ng, at = g, 0  # (the note's cell: under the list, or on a 填表说明 sheet)
        for cand in [g] + [x[0] for x in located if x[0] is not g]:
            r = next(
                (
                    r
                    for r, row in enumerate(cand.rows)
                    if line in ("".join(row), "".join(v.strip() for v in row))
                ),  # fmt: skip
                None,
            )
            if r is not None:
                ng, at = cand, r
                break
        col = next((k for k, v in enumerate(ng.rows[at]) if v.strip()), 0) if ng.rows else 0
        res.issues.append(
            make_issue("LEVELS_BY_KEY_LIST", rel, ng.name, cell_ref(at, col), field=og.name,
                       value=high, key=name, rest=low, count=str(n_high),
                       others=str(len(todo) - n_high))
        )  # fmt: skip
        for r, v in rows:
            if _plain(v) not in points:
                res.issues.append(
                    make_issue("KEY_POINT_NOT_LISTED", rel, og.name, cell_ref(r, c), field=g.name,
                               value=v, note=high)
                )  # fmt: skip
        # the key sheet is no list of its own: its rows no points, its 监督责任人 no holders
        oforms[:] = []
        osheet.issues[:] = [
            i for i in osheet.issues if i.code not in ("SHEET_NO_TABLE", "TABLE_NO_TYPE")
        ]


_JOINED_ROLES = ("risk_level", "measures", "risk_type")
_DETAIL_FIELDS = {"risk_type": "风险类型", "measures": "防控措施", "risk_level": "风险级别"}


def _details_from_another_sheet(located: list, rel: str, res: FileResult) -> None:
    """A sheet repeating the points of another word for word to give what that one leaves out
    ('防控措施表': 序号 | 廉政风险点 | 风险类型 | 防控措施 | 责任领导, beside '风险点排查表' whose
    points name their 股室, post and holder but no type or measures): its fields fill those
    points', and it is no form of its own (a 责任领导 it names holds none of them)."""
    from xlproc.identity import squeeze

    with_forms = [x for x in located if x[1]]
    if len(with_forms) < 2:
        return
    from xlproc.columns import WATCHERS
    from xlproc.text import label_key

    def watched_only(g, f) -> bool:  # its names are of leaders who watch ('责任领导'), or none
        c = next((rr.cols.get("person") for rr in f.risks), None)
        head = g.rows[f.header_row] if 0 <= f.header_row < len(g.rows) else []
        key = label_key(head[c]) if c is not None and c < len(head) else ""
        # ('责任领导人', '分管局领导', '监督领导', '包联领导': leaders who answer for it)
        return not f.person or key in WATCHERS or "领导" in key or key.startswith("监督")

    for x in with_forms:
        forms = x[1]
        if not forms or any(f.title or f.department or not watched_only(x[0], f) for f in forms):
            continue  # (a sheet naming posts or holders is a list of its own)
        risks = [rr for f in forms for rr in f.risks]
        if len(risks) < 2:
            continue
        said = {squeeze(rr.risk_point): rr for rr in risks}
        for o in with_forms:
            if o is x or not o[1] or not all(f.title for f in o[1]):
                continue
            theirs = [rr for f in o[1] for rr in f.risks]
            same = [rr for rr in theirs if squeeze(rr.risk_point) in said]
            if len(same) < len(said) * 4 / 5 or len(same) < len(theirs) * 4 / 5:
                continue  # (most points of each the other's: one list told twice)
            given = [
                k for k in _DETAIL_FIELDS
                if any(getattr(rr, k) for rr in risks) and not any(getattr(rr, k) for rr in same)
            ]  # fmt: skip
            if not given:
                continue
            for rr in same:
                for k in given:
                    setattr(rr, k, getattr(said[squeeze(rr.risk_point)], k))
            res.issues.append(
                make_issue("SHEET_DETAILS", rel, x[0].name, field="、".join(_DETAIL_FIELDS[k] for k in given),
                           value=o[0].name)
            )  # fmt: skip
            forms[:] = []
            break


# a column keying a sheet's rows to another's points by their code: '风险编号', '代码', '风险点代码'
_KEY_HEAD = re.compile(r"(?:廉[政洁])?(?:风险点?|岗位风险)?(?:序号|编号|代码|编码|代号)")


def _page_columns(g, codes: bool = False) -> tuple[int, int, dict[str, int]] | None:
    """A sheet's table of a 序号 and a level, measures or type column and no risk text (the
    right half of a wide table printed on two pages): (header row, 序号 column, role → column).
    With ``codes``, the key may be a code column too ('风险编号 | 风险类型 | 风险等级 | 定级依据':
    a sheet grading another's points by their code), preferred to a plain 序号."""
    from xlproc.columns import heading_role
    from xlproc.text import label_key

    if g.lacks("序", "编", "代"):
        return None  # (the cheap test: a 序号/编号 heading, or 代码/编码/代号, in the cells)
    for r, row in enumerate(g.rows[:12]):
        cells = {c: label_key(v) for c, v in enumerate(row) if v and len(v) <= 12}
        seq = next((c for c, k in cells.items() if k in ("序号", "编号", "序")), None)
        if codes:  # (a code column before a plain 序号 beside it)
            keyed = (
                c for c, k in cells.items() if k not in ("序号", "序") and _KEY_HEAD.fullmatch(k)
            )
            seq = next(keyed, seq)
        if seq is None:
            continue
        roles: dict[str, int] = {}
        for c, k in cells.items():
            h = heading_role(k) if c != seq else None
            if h is not None and h.strength >= 2:
                if h.role in ("risk_point", "description", "person", "title"):
                    return None  # a table of its own
                if h.role in _JOINED_ROLES:
                    roles.setdefault(h.role, c)
        return (r, seq, roles) if roles else None
    return None


# a tab naming a later page of a table: '第2页', '续表', '第二页（续）'
_PAGE_TAB = LazyRe(r"第\s*[2-9二三四五]\s*页|续")
_CONTINUED = LazyRe(r"[(（]?续表?[)）]?|[(（]?第\s*\S{1,2}\s*页[)）]?")


# a tab naming its page's number and nothing else: '第2页', '第 2 页', '第二页', 'P2', 'Page 2', '页2',
# maybe with '（续）'
_PAGE_NUMBER_TAB = LazyRe(
    r"\s*(?:第\s*(?P<a>\d{1,2}|[一二三四五六七八九十]{1,3})\s*页|(?:[Pp](?:age)?|页)\s*[-_ ]?\s*(?P<b>\d{1,2}))"
    r"\s*(?:[(（]\s*续\s*[)）])?\s*"
)
_ZH_DIGITS = "一二三四五六七八九"


def _page_number(name: str) -> int | None:
    """The page number a tab names ('第3页' → 3, '第十二页' → 12, 'P2' → 2), else None."""
    m = _PAGE_NUMBER_TAB.fullmatch(name)
    if m is None:
        return None
    v = m.group("a") or m.group("b")
    if v.isdecimal():
        return int(v)
    if v == "十":
        return 10
    head, _ten, tail = v.partition("十")
    if not _ten:
        return _ZH_DIGITS.index(v) + 1 if len(v) == 1 else None
    tens = _ZH_DIGITS.index(head) + 1 if head else 1
    return tens * 10 + (_ZH_DIGITS.index(tail) + 1 if tail else 0)


def _sheet_numbers(g) -> tuple[tuple[str, ...], list[int]] | None:
    """The heading of a sheet's table (its 序号 column's row in the first 12) and the 序号 its rows
    run, when they run on one by one (6, 7, 8, …); else None."""
    if g.lacks("序"):
        # (the cheap test: a cell keyed '序号'/'序' has a 序 the sheet can write)
        if SHADOW:
            shadow_check("_sheet_numbers", None, lambda: _sheet_numbers_read(g))
        return None
    return _sheet_numbers_read(g)


def _sheet_numbers_read(g) -> tuple[tuple[str, ...], list[int]] | None:
    """``_sheet_numbers`` past its cheap test."""
    from xlproc.text import label_key

    for r, row in enumerate(g.rows[:12]):
        seq = next((c for c, v in enumerate(row) if v and label_key(v) in ("序号", "序")), None)
        if seq is None:
            continue
        got = [
            int(float(v))
            for x in g.rows[r + 1 :]
            if re.fullmatch(r"\d{1,4}(?:\.0)?", v := (x[seq].strip() if seq < len(x) else ""))
        ]
        if got and got == list(range(got[0], got[0] + len(got))):
            return tuple(k for v in row if (k := label_key(v))), got
        return None
    return None


# the stems of tab names that name nothing ('Sheet1', '工作表2', '续表'): such tabs may be pages
_BARE_TABS = frozenset({"", "sheet", "工作表", "表", "page", "页"})


def _tab_stem(name: str) -> str:
    """A tab's name less its page marks, a short number and brackets ('Sheet2' → 'sheet',
    '一览表(2)' → '一览表', '清单续' → '清单', '2025年' stays): the name the pages of one table
    share."""
    x = _CONTINUED.sub("", re.sub(r"\s+", "", name))
    x = re.sub(r"(?<!\d)\d{1,2}(?!\d)|[-_.()（）\[\]【】]", "", x)
    return x.casefold()


# a tab named by a bare numeral and nothing else: '一', '二', '（三）', '第四', '伍' — a page's count,
# like '2' or 'Sheet2', no name of its own
_NUMERAL_TAB = LazyRe(
    r"\s*(?:[(（]\s*)?第?[一二三四五六七八九十]{1,3}(?:\s*[)）])?\s*|\s*[壹贰叁肆伍陆柒捌玖拾]{1,2}\s*"
)


def _numeral_tabs(grids: list) -> bool:
    """Every one of ``grids`` (two at least) has a tab named by a bare numeral ('一 | 二 | 三')."""
    return len(grids) >= 2 and all(_NUMERAL_TAB.fullmatch(g.name) for g in grids)


def _pages_of_one_list(grids: list) -> list | None:
    """The sheets that are the pages of one list, in the order of their pages: named by their
    page number ('第1页', '第2页', …; 'P1', '页1'; numbers all different), or else under one heading
    whose 序号 go on from one another (1–5, 6–10, 11–13, in whatever tab order), their tabs naming
    nothing ('Sheet2', '2') or a bare numeral each ('一 | 二 | 三'); None if not."""
    named = [(n, g) for g in grids if (n := _page_number(g.name)) is not None]
    if len(named) >= 2 and len({n for n, _g in named}) == len(named):
        return [g for _n, g in sorted(named, key=lambda x: x[0])]
    runs = [(got, g) for g in grids if (got := _sheet_numbers(g)) is not None]
    if len(runs) < 2 or len({head for (head, _n), _g in runs}) != 1:
        return None
    numerals = _numeral_tabs([g for _got, g in runs])
    if not numerals and len({_tab_stem(g.name) for _got, g in runs} - _BARE_TABS) > 1:
        return None  # (tabs of their own names, '办公室 | 财务股', '张伟 | 李娜': each its own
        # table, the unit numbering its points through them, not pages)
    runs.sort(key=lambda x: x[0][1][0])
    if runs[0][0][1][0] != 1 or any(
        b[0][1][0] != a[0][1][-1] + 1 for a, b in zip(runs, runs[1:], strict=False)
    ):
        return None
    return [g for _got, g in runs]


def _grids_in_page_order(grids: list, rel: str, res: FileResult) -> tuple[list, dict[str, str]]:
    """A list typed page by page on sheets named by their page number ('第1页', '第2页', …, 'P1',
    '页1') or under one heading whose 序号 go on from sheet to sheet: where the tabs do not stand
    in the pages' order ('第3页 | 第2页 | 第1页', as Excel leaves it when each new sheet goes in
    before the active one), those sheets are read in the pages' order, in the places they take
    among the other sheets, with an info naming the order read. Returns the sheets in the order
    to read them and, for each page after the first, the page before it (whose last holder its
    rows naming no one go on with, its title's unit too); the tab order agreeing with the pages'
    is read as it stands."""
    if len(grids) < 2:
        return grids, {}
    pages = _pages_of_one_list(grids)
    if pages is None:
        return grids, {}
    if _page_number(pages[0].name) is None and _numeral_tabs(pages):
        # tabs '一 | 二 | 三' under one heading, the 序号 running on: pages, not tables of their own
        said = "、".join(g.name for g in pages)
        res.issues.append(
            make_issue("SHEETS_NUMERAL_TABS_AS_PAGES", rel, pages[0].name, value=said)
        )
    follows = {}
    for a, b in zip(pages, pages[1:], strict=False):
        na, nb = _page_number(a.name), _page_number(b.name)
        if na is None or nb == na + 1:  # (no page between: '第1页', '第3页' do not go on)
            follows[b.name] = a.name
    ids = {id(g) for g in pages}
    places = [i for i, g in enumerate(grids) if id(g) in ids]
    if [grids[i] for i in places] == pages:
        return grids, follows
    out = list(grids)
    for i, g in zip(places, pages, strict=True):
        out[i] = g
    said = "、".join(g.name for g in pages)
    # (joined by their 序号 alone, the tabs naming no page: not '按页码命名')
    named = all(_page_number(g.name) is not None for g in pages)
    code = "SHEETS_BY_PAGE_NUMBER" if named else "SHEETS_BY_RUNNING_NUMBER"
    res.issues.append(make_issue(code, rel, pages[0].name, value=said))
    return out, follows


def _page_lines(g, upto: int) -> frozenset[str]:
    """The lines above a sheet's table (``upto``, its header row), each less a '（续）' or
    '（第2页）': a second page's are the first's (its title, maybe not its 填报 line); a letterhead
    over another table is not all of them."""
    lines = ("".join(r) for r in g.rows[: min(upto, 6)] if any(r))
    return frozenset(_CONTINUED.sub("", re.sub(r"\s+", "", x)) for x in lines) - {""}


def _second_page(located: list, config: Config, rel: str, res: FileResult) -> None:
    """A wide table printed on two pages and kept a sheet a page: the second sheet has no risk
    text, only the 序号 and the columns that did not fit ('序号 | 风险等级 | 防控措施 | …'). Its
    cells fill the rows of the same 序号 on the sheet that has the points, where those rows leave
    them blank and every number of the one is a row of the other. Failing that, a sheet giving
    such columns against the points' codes ('风险编号 | 风险类型 | 风险等级', in any order) fills
    the points of those codes (``_joined_by_code``)."""
    from xlproc.columns import role_zh

    with_forms = [x for x in located if x[1]]
    if not with_forms or len(located) < 2:
        return
    for g, forms, _sheet in located:
        if forms:
            continue
        if _joined_by_value(g, with_forms, config, rel, res):
            continue  # (a grading of the items a column of the list names: '权力事项 | 风险等级')
        if _joined_amounts_by_value(g, with_forms, config, rel, res):
            continue  # (each item's amount, banded by the list's note: '资助项目 | 年度资金（万元）')
        found = _page_columns(g)
        if found is None:  # (a sheet giving the list's points' fields by their code, maybe)
            _joined_by_code(g, _page_columns(g, codes=True), with_forms, rel, res, _sheet, config)
            continue
        h, seq, roles = found
        by_number: dict[int, dict[str, str]] = {}
        for row in g.rows[h + 1 :]:
            v = row[seq].strip() if seq < len(row) else ""
            if not re.fullmatch(r"\d+(?:\.0)?", v):
                continue
            n = int(float(v))
            if n in by_number:
                by_number = {}
                break  # (numbers begun again: no one table's)
            by_number[n] = {r: row[c].strip() for r, c in roles.items() if c < len(row)}
        for og, oforms, _osheet in with_forms if len(by_number) >= 2 else ():
            top = min((f.header_row for f in oforms), default=0)
            mine, theirs = _page_lines(g, h), _page_lines(og, top)
            if not (_PAGE_TAB.search(g.name) or (mine and mine <= theirs)):
                continue  # (another table numbered 1…n: a 评定标准, a 任务分解表)
            risks = [rr for f in oforms for rr in f.risks if not rr.sheet]
            numbers = [_row_number(og, rr) for rr in risks]
            if None in numbers or len(set(numbers)) != len(numbers):
                continue
            if set(numbers) != set(by_number):
                continue
            # (what the points' sheet fills itself stays its own)
            blank = [r for r in roles if not any(getattr(rr, r) for rr in risks)]
            if not blank:
                continue
            for rr, n in zip(risks, numbers, strict=True):
                for role in blank:
                    setattr(rr, role, by_number[n][role])
            said = "、".join(role_zh(r) for r in blank)
            res.issues.append(make_issue("SHEET_JOINED", rel, g.name, field=og.name, value=said))
            break
        else:  # (no sheet of points by 序号: its key may be a code, '风险编号 | 风险等级')
            _joined_by_code(g, _page_columns(g, codes=True), with_forms, rel, res, _sheet, config)


def _sharers_on_other_sheets(located: list, rel: str) -> None:
    """A point closed by a bracket naming a colleague no holder of its own sheet is
    ('公车使用审批不严（与财务股股长甘棠溪共担）' on sheet 办公室, 甘棠溪 on sheet 财务股): where each
    such name is one holder of another sheet of the file, he holds the point too (a copy after
    his own rows, its cells on the first sheet), the bracket dropped, the warning read back as
    ``POINT_SHARED_BY_BRACKET``; else left as the sheet read it (bracket kept, warning)."""
    from xlproc.locate_base import _names_sharer, _shared_close

    if len(located) < 2:
        return
    if not any(x.code == "POINT_SHARER_UNMATCHED" for _g, _f, sh in located for x in sh.issues):
        return  # (the cheap test)
    # every holder of the file by sheet: (科室, post, name) → (form, his last row)
    held: list[dict[tuple[str, str, str], tuple]] = []
    for _g, forms, _sh in located:
        mine: dict[tuple[str, str, str], tuple] = {}
        for f in forms:
            for rr in f.risks:
                k = (rr.department or f.department, rr.title or f.title, rr.person or f.person)
                if k[1] or k[2]:
                    mine[k] = (f, rr)
        held.append(mine)
    said = [
        (k, sh, x)
        for k, (_g, _forms, sh) in enumerate(located)
        for x in sh.issues
        if x.code == "POINT_SHARER_UNMATCHED"
    ]
    for k, sh, x in said:
        g, forms, _sh = located[k]
        hit = next(
            ((f, rr) for f in forms for rr in f.risks
             if not rr.sheet and "risk_point" in rr.cols and rr.cell("risk_point") == x.cell),
            None,
        )  # fmt: skip
        got = _shared_close(hit[1].risk_point) if hit is not None else None
        if got is None:
            continue
        f, rr = hit
        own = (rr.department or f.department, rr.title or f.title, rr.person or f.person)
        takers = []
        for named in got[1]:
            if _names_sharer(named, *own):
                continue
            here = sum(1 for key in held[k] if _names_sharer(named, *key))
            if here > 1:  # (two of its own sheet it might be: left as said)
                takers = []
                break
            if here:
                continue  # (one of its own sheet: his copy made there)
            found = [
                (j, key) for j, mine in enumerate(held) if j != k
                for key in mine if _names_sharer(named, *key)
            ]  # fmt: skip
            if len({key[2] or key[:2] for _j, key in found}) != 1:
                takers = []
                break
            takers.append(found[-1])
        if not takers:
            continue
        if any(t for t in sh.issues if t is not x and t.code == "POINT_SHARER_UNMATCHED"
               and t.cell == x.cell):  # fmt: skip
            continue  # (another name of the bracket unmatched on its own sheet: left)
        point = got[0]
        i = f.risks.index(rr)
        f.risks[i] = rr = replace(rr, risk_point=point)
        for j, key in takers:
            f2, last = held[j][key]
            at = f2.risks.index(last) + 1
            f2.risks.insert(
                at,
                replace(rr, person=last.person, department=last.department, title=last.title,
                        tier=last.tier or rr.tier, unit=last.unit or rr.unit, sheet=g.name),
            )  # fmt: skip
        sh.issues[sh.issues.index(x)] = make_issue(
            "POINT_SHARED_BY_BRACKET", rel, g.name, x.cell, value=point,
            field="、".join(n for n in got[1] if not _names_sharer(n, *own)),
        )  # fmt: skip


# a holders' column naming by 序号 the rows of a sheet of points the whole unit shares that are
# his: '涉及共性风险点（序号）', '共性风险序号', '通用风险点编号', '所涉共同风险'
_SHARED_CLAIM = LazyRe(r"共性|通用|共同|共有")


def _shared_points_claimed(located: list, rel: str, res: FileResult) -> None:
    """A sheet of points the whole unit shares, numbered and naming no holder ('共性风险点': '序号 |
    共性廉政风险点 | 风险等级 | 防控措施'), whose rows the holders of another sheet claim by number in
    a column beside their own points ('涉及共性风险点（序号）', '1、2', merged down over his rows):
    each claimed row becomes a point of each holder naming it (its level, type and measures as on
    the shared sheet), put before his own. The claimed rows are no nameless form of their own; a
    row no one claims stays as read and is said, as is a number naming no row. Only where the
    column's heading says 共性/通用 and its cells are all numbers or blank."""
    from xlproc.locate import _point_numbers

    if len(located) < 2:
        return
    # (the cheap test: a sheet whose forms name no one, each row numbered once)
    shared = []
    for g, forms, _sh in located:
        if not forms or any(f.person or f.title or f.department for f in forms):
            continue
        risks = [rr for f in forms for rr in f.risks]
        if not risks or any(rr.sheet or rr.person or rr.title or rr.department for rr in risks):
            continue
        numbers = [_row_number(g, rr) for rr in risks]
        if None in numbers or len(set(numbers)) != len(numbers):
            continue
        shared.append((g, forms, dict(zip(numbers, risks, strict=True))))
    if not shared:
        return
    for g, forms, sheet in located:
        if not forms or any(g is s[0] for s in shared):
            continue
        found = _claim_column(g, forms)
        if found is None:
            continue
        col, heading = found
        if len(shared) > 1:  # (two sheets naming no one: the one its tab or title calls 共性)
            named = [
                s
                for s in shared
                if _SHARED_CLAIM.search(s[0].name + "".join(s[0].rows[0] if s[0].rows else []))
            ]
            if len(named) != 1:
                continue
            target = named[0]
        else:
            target = shared[0]
        sg, sforms, by_number = target
        # his claims: the numbers over his rows (a merged cell's, read from its top-left)
        claims: dict[tuple[str, str, str], list[int]] = {}
        first: dict[tuple[str, str, str], tuple] = {}
        cells: list[tuple[int, list[int]]] = []
        ok = True
        for f in forms:
            for rr in f.risks:
                if rr.sheet:
                    continue
                r, c = g.merged_into.get((rr.row, col), (rr.row, col))
                v = g.get(r, c).strip()
                nums = _point_numbers(v) if v else []
                if v and not nums:
                    ok = False
                    break
                who = (rr.person or f.person, rr.title or f.title, rr.department or f.department)
                first.setdefault(who, (f, rr))
                mine = claims.setdefault(who, [])
                mine.extend(n for n in nums if n not in mine)
                if nums:
                    cells.append((r, nums))
            if not ok:
                break
        if not ok or not any(claims.values()) or not any(w[0] or w[1] for w in claims):
            continue
        said = {n for _r, nums in cells for n in nums}
        if len(said & set(by_number)) * 2 < len(said):
            continue  # (mostly numbers of no row there: another list's, not this sheet's)
        claimed: set[int] = set()
        for who, nums in claims.items():
            f, at = first[who]
            copies = []
            for n in nums:
                rr = by_number.get(n)
                if rr is None:
                    continue
                claimed.add(n)
                copies.append(replace(rr, person=at.person, title=at.title, department=at.department,
                                      tier=at.tier or rr.tier, unit=at.unit or rr.unit,
                                      declared=at.declared, sheet=sg.name))  # fmt: skip
            i = f.risks.index(at)
            f.risks[i:i] = copies
        seen: set[int] = set()
        for r, nums in cells:
            missing = [n for n in nums if n not in by_number and n not in seen]
            seen.update(missing)
            if missing:
                res.issues.append(make_issue("SHARED_NUMBER_UNMATCHED", rel, g.name, cell_ref(r, col),
                                             field=sg.name, value="、".join(map(str, missing))))  # fmt: skip
        holders = sum(1 for nums in claims.values() if set(nums) & claimed)
        res.issues.append(make_issue("SHARED_POINTS_CLAIMED", rel, g.name, cell_ref(_heading_row(g, forms, col), col),
                                     field=sg.name, value=heading,
                                     key=f"{holders}人、{len(claimed)}个共性风险点"))  # fmt: skip
        guessed = cell_ref(_heading_row(g, forms, col), col)
        sheet.issues[:] = [
            i for i in sheet.issues if not (i.code == "COLUMN_GUESSED" and i.cell == guessed)
        ]
        for n, rr in sorted(by_number.items()):
            if n not in claimed:
                res.issues.append(make_issue("SHARED_POINT_UNCLAIMED", rel, sg.name, rr.cell("risk_point"),
                                             field=g.name, value=str(n)))  # fmt: skip
        for f in sforms:
            f.risks[:] = [rr for rr in f.risks if _row_number(sg, rr) not in claimed]
        sforms[:] = [f for f in sforms if f.risks]
        shared.remove(target)
        if not shared:
            return


# the title or tab of a sheet of points every one shares: '…干部职工共性廉政风险点', '通用风险点',
# '全体人员廉政风险点'
_COMMON_SHEET_SAID = LazyRe(r"共性|通用|全体|共同")
# a note under the holders' list about the common sheet ('注：“共性风险”表所列各项各岗位均涉及'),
# not about its own ('本表适用于全体在编人员填报')
_COMMON_NOTED = LazyRe(r"共性|通用|共同|共有")
# who such a note names where it is some of the staff only: '全体班子成员均适用', '适用于各股室负责人'
_COMMON_SOME = LazyRe(r"班子|领导|负责人|中层|[科股组队所站]长|主任|党员")
# the whole staff read off such a title as its post ('…干部职工共性…' → '干部'): no post
_STAFF_AS_POST = frozenset(
    {"干部", "职工", "干部职工", "人员", "工作人员", "员工", "全体", "全员", "全体人员", "全体干部",
     "全体职工", "党员", "党员干部"}
)  # fmt: skip
# a note applying such points to every holder: '…适用于本局全体干部职工', '全体干部职工均适用',
# '各岗位均涉及', '所有人员共同…', '每人均应…', '（即“岗位风险点”表所列人员）'
_COMMON_TO_ALL = LazyRe(
    r"适用于?[^，。；,;]{0,10}?(?:全体|所有|全部|各个?|每[个名位]?)"
    r"|(?:全体|所有|各)[^，。；,;]{0,10}?(?:均|都|皆|一律)(?:适用|涉及|承担|存在|应)"
    r"|所有人员共同|每[个名位]?人(?:员)?(?:均|都)应"
    r"|[（(]即?[“\"「『‘']([^”\"」』’']{1,20})[”\"」』’']表?(?:中|内)?所列(?:的)?(?:人员|全体|岗位)"
)


def _common_sheets(located: list) -> list:
    """The sheets of a workbook of several that list points every one shares, with no holder
    ('共性风险点': '序号 | 共性廉政风险点 | 风险等级 | 防控措施' under '…干部职工共性廉政风险点'),
    beside another sheet's holders: the post a title's '干部职工' gave them is none (the whole
    staff, no one post), so they can be claimed, applied by a note, or said to reach no one.
    A workbook whose only holders are these (one common list) is left as read."""
    if len(located) < 2:
        return []
    found = []
    for g, forms, sh in located:
        if not forms or any(f.person or (f.title and f.title not in _STAFF_AS_POST) for f in forms):
            continue
        risks = [rr for f in forms for rr in f.risks]
        if not risks or any(rr.sheet or rr.person or rr.title or rr.department for rr in risks):
            continue
        h = min(f.header_row for f in forms)
        top = g.name + "".join(c for row in g.rows[: max(h, 0)] for c in row if c)
        if not _COMMON_SHEET_SAID.search(top) or any(
            (f.title and f.title not in top) or (f.department and f.department not in top)
            for f in forms
        ):
            continue
        found.append((g, forms, sh))
    if not found:
        return []
    depts = {
        rr.department or f.department
        for g, forms, _sh in located
        if not any(g is c[0] for c in found)
        for f in forms
        if f.person or f.title or any(rr.person or rr.title for rr in f.risks)
        for rr in f.risks
    }
    if not depts:
        return []  # (no holders elsewhere: the common list is its own form, as read)
    # a 科室 the title names ('XX水库管理所共性风险点清单'): the whole staff's only where every
    # holder elsewhere is of it (the unit read as a 科室), not one 科室's points for all
    found = [c for c in found if all(not f.department or depts == {f.department} for f in c[1])]
    for _g, forms, _sh in found:
        for f in forms:
            f.title = ""
    return found


def _common_points_to_all(commons: list, located: list, rel: str, res: FileResult) -> None:
    """A sheet of points common to all ('共性风险点', no holder column) that no column of another
    sheet claims by number, with a note saying they apply to everyone ('注：以上共性廉政风险点
    适用于本局全体干部职工（即“岗位风险点”表所列人员）', on the common sheet, its title, or a
    note of the list sheet naming 共性/通用): every holder of the other sheet(s) — only the sheet
    the note names, where it names one — holds each common point (a copy after his own, its cell
    the common sheet's), said once. Without such a note the points stay as read, no one's, and
    that is said."""
    for sg, sforms, _ssh in commons:
        if not any(f.risks for f in sforms):
            continue  # (claimed by number: ``_shared_points_claimed``)
        others = [
            (g, forms) for g, forms, _sh in located if forms and not any(g is c[0] for c in commons)
        ]
        if any(_claim_column(g, forms) is not None for g, forms in others):
            continue  # (a claim column: the unclaimed rows are nobody's, said there)
        used = {(g.name, rr.row) for g, forms, _sh in located for f in forms for rr in f.risks}
        note, named = "", ""
        for g in [sg] + [g for g, _f in others]:
            for r, row in enumerate(g.rows):
                if (g.name, r) in used:
                    continue
                text = re.sub(r"\s+", "", "".join(c for c in row if c))
                m = _COMMON_TO_ALL.search(text) if len(text) >= 6 else None
                if m is None or (
                    g is not sg and not (_COMMON_NOTED.search(text) or sg.name in text)
                ):
                    continue
                # ('…干部职工（即“岗位风险点”表所列人员）': that sheet's holders)
                named = next((x.group(1) for x in _COMMON_TO_ALL.finditer(text) if x.group(1)), "")
                said = m.group(0) + re.match(r"[^，。；,;（(]*", text[m.end() :]).group(0)
                if not named and _COMMON_SOME.search(said):
                    continue  # ('适用于全体班子成员': some of them, not every holder)
                note = text
                break
            if note:
                break
        points = [rr for f in sforms for rr in f.risks]
        if not note:
            res.issues.append(make_issue("COMMON_POINTS_UNAPPLIED", rel, sg.name, points[0].cell("risk_point"),
                                         field=sg.name, value=str(len(points))))  # fmt: skip
            continue
        if named and any(g.name == named for g, _f in others):
            others = [(g, forms) for g, forms in others if g.name == named]
        holders = 0
        for _g, forms in others:
            for f in forms:
                last: dict[tuple[str, str, str], object] = {}
                for rr in f.risks:
                    if not rr.sheet:
                        last[
                            (
                                rr.person or f.person,
                                rr.title or f.title,
                                rr.department or f.department,
                            )
                        ] = rr
                for who, at in last.items():
                    if not (who[0] or who[1]):
                        continue
                    holders += 1
                    i = f.risks.index(at) + 1
                    f.risks[i:i] = [
                        replace(rr, person=at.person, title=at.title, department=at.department,
                                tier=at.tier or rr.tier, unit=at.unit or rr.unit,
                                declared=at.declared, sheet=sg.name)
                        for rr in points
                    ]  # fmt: skip
        if not holders:
            continue
        res.issues.append(make_issue("COMMON_POINTS_TO_ALL", rel, sg.name, points[0].cell("risk_point"),
                                     field="、".join(g.name for g, _f in others), value=str(len(points)),
                                     key=f"{holders}人", note=note[:40]))  # fmt: skip
        for f in sforms:
            f.risks[:] = []
        sforms[:] = []


def _heading_row(g, forms, col: int) -> int:
    """The row of the forms' heading holding column ``col``'s words (the header row, else the
    one over it)."""
    h = min(f.header_row for f in forms)
    return h if g.get(h, col).strip() or h == 0 else h - 1


def _claim_column(g, forms) -> tuple[int, str] | None:
    """The column of a holders' table whose heading (its header row, or the row over it where
    two rows head it: '共性风险点' over '序号') says the shared points it names ('涉及共性风险点
    （序号）'), and its heading; None for a table with none, or with a role's column there (a
    '共性风险点' column holding points)."""
    h = min(f.header_row for f in forms)
    if not 0 <= h < len(g.rows):
        return None
    used = {c for f in forms for rr in f.risks for role, c in rr.cols.items() if role != "seq"}
    top = min((rr.row for f in forms for rr in f.risks if not rr.sheet), default=h + 1)
    spans = [(h,), (h - 1, h), (h, h + 1)] if h + 1 < top else [(h,), (h - 1, h)]
    for c in range(len(g.rows[h])):
        if c in used:
            continue
        for span in spans:  # (the header row's cell, else with the one over or under it)
            words = [g.get(*g.merged_into.get((r, c), (r, c))).strip() for r in span if r >= 0]
            text = re.sub(r"\s+", "", "".join(dict.fromkeys(w for w in words if w)))
            if (
                len(text) <= 20
                and _SHARED_CLAIM.search(text)
                and re.search(r"风险|序号|编号", text)
            ):
                return c, text
    return None


def _key_value(v: str) -> str:
    """A code or number as two sheets' keys are compared: NFKC, no spaces, upper case, '3.0' → '3'."""
    import unicodedata

    v = re.sub(r"\s+", "", unicodedata.normalize("NFKC", v)).upper()
    return str(int(float(v))) if re.fullmatch(r"\d+(?:\.0)?", v) else v


def _joined_by_code(g, found: tuple[int, int, dict[str, int]] | None, with_forms: list, rel: str,
                    res: FileResult, sheet=None, config: Config | None = None) -> bool:  # fmt: skip
    """A sheet with no risk text giving, row by row against a code ('风险编号 | 风险类型 | 风险等级
    | 定级依据', 'JK03 | 业务流程 | 一级 | …'), the fields the list's points leave blank: each
    point whose own code column holds that code takes them, said once. Where a code is given
    twice with other values, or a point's code is not on the sheet, that point stays as read,
    and that is said. Plain numbers key it only where they are one list's numbers, all of them,
    and the sheet's tab or title says it grades (a 评定标准 numbered 1…3 is no such sheet). A
    '合计' row is no code. Where the list's note names this sheet as the annex its levels are in
    ('注：风险等级见附件2《廉政风险点等级索引表》'), that is said instead (LEVELS_BY_ANNEX_INDEX, at
    the note), and a point whose code the index lacks is warned at its own cell, no LEVEL_BLANK
    besides (ANNEX_INDEX_CODE_MISSING). A point whose own level the sheet's level for its code
    differs from keeps its own, warned at its cell (CODE_TABLE_LEVEL_DIFFERS). The sheet joined,
    its word of no table goes."""
    from xlproc.columns import role_zh
    from xlproc.text import label_key

    if found is None:
        return False
    h, key, roles = found
    given: dict[str, dict[str, str]] = {}
    where: dict[str, int] = {}
    clash: set[str] = set()
    for r in range(h + 1, len(g.rows)):
        row = g.rows[r]
        code = _key_value(row[key]) if key < len(row) else ""
        values = {role: row[c].strip() for role, c in roles.items() if c < len(row)}
        if not code or not any(values.values()) or _TOTAL_KEY.fullmatch(code):
            continue  # (a '合计 | 13项' row under the codes: no code)
        if code in given and given[code] != values:
            clash.add(code)
        given.setdefault(code, values)
        where.setdefault(code, r)
    if len(given) < 2:
        return False
    numbers = all(c.isdigit() for c in given)
    title = g.name + "".join("".join(r) for r in g.rows[:h] if any(r))  # its tab and title
    if numbers:
        if not (_GRADING.search(title) or "分类" in title) or "标准" in title:
            return False
    head = label_key(g.rows[h][key])
    listed = []  # per sheet of points: (its entry, [(point, its code)])
    for x in with_forms:
        og, oforms, _osheet = x
        coded = []
        for f in oforms:
            top = og.rows[f.header_row] if 0 <= f.header_row < len(og.rows) else []
            same = next((c for c, v in enumerate(top) if v and label_key(v) == head), None)
            for rr in f.risks:
                c = same if same is not None else rr.cols.get("seq")
                row = og.rows[rr.row] if not rr.sheet else []
                code = _key_value(row[c]) if c is not None and c < len(row) else ""
                if code:
                    coded.append((rr, code, c))
        codes = {c for _rr, c, _col in coded}
        if numbers and (codes != set(given) or len(codes) != len(coded)):
            continue  # (numbers: only one list's, every one)
        if codes & set(given):
            listed.append((x, coded))
    if len(listed) > 1:
        # the same codes on two lists ('FX-01' on 办公室's and on 财务室's): the one the sheet's
        # tab or title names ('办公室定级'), else none, said
        seen: dict[str, int] = {}
        for _x, coded in listed:
            for c in {c for _rr, c, _col in coded}:
                seen[c] = seen.get(c, 0) + 1
        if any(n > 1 for n in seen.values()):
            named = [e for e in listed if e[0][0].name in title]
            if len(named) != 1:
                both = "、".join(e[0][0].name for e in listed)
                res.issues.append(
                    make_issue("SHEET_CODE_UNMATCHED", rel, g.name, cell_ref(h, key), field=both,
                               value=g.rows[h][key].strip(),
                               why=f"在工作表“{both}”中都有,分不清是哪张表的,本表未并入任何风险点")
                )  # fmt: skip
                return True
            listed = named
    codes = {c for _x, coded in listed for _rr, c, _col in coded}
    hit = codes & set(given)
    if len(hit) < 2 or len(hit) * 2 < len(given) or len(hit) * 2 < len(codes):
        return False  # (another sheet's codes: a 措施代码 table, a 职权目录)
    filled: list[str] = []
    differs: list[tuple] = []  # (the list's sheet, point, code, the sheet's level)
    for (og, _oforms, _osheet), coded in listed:
        for rr, code, _col in coded:
            if code in clash or code not in given:
                continue
            for role, v in given[code].items():
                if v and not getattr(rr, role):
                    setattr(rr, role, v)
                    filled.append(role)
            theirs = given[code].get("risk_level", "")
            if config is not None and _levels_differ(rr.risk_level, theirs, config):
                differs.append((og, rr, code, theirs))
    if not filled:
        return False  # (the list gives them all itself)
    if sheet is not None:  # (read as the list's grading: no table of its own to warn of)
        sheet.issues[:] = [i for i in sheet.issues if i.code != "SHEET_NO_TABLE"]
    names = "、".join(x[0].name for x, _coded in listed)
    said = "、".join(role_zh(r) for r in roles if r in filled)
    # the lists whose note names this sheet as the annex of their levels ('见附件2《…》')
    annexed = {}
    for (og, oforms, _osheet), _coded in listed:
        note = _annex_note(og, oforms)
        if note is not None and _names_annex(g, note):
            annexed[og.name] = note
    if annexed:
        for (og, _oforms, _osheet), coded in listed:
            if og.name in annexed:
                line, _ref, _name, r, c = annexed[og.name]
                n = sum(1 for _rr, code, _col in coded if code in given and code not in clash)
                res.issues.append(
                    make_issue("LEVELS_BY_ANNEX_INDEX", rel, og.name, cell_ref(r, c), field=g.name,
                               value=said, key=g.rows[h][key].strip(), count=str(n), note=line[:60])
                )  # fmt: skip
        unsaid = [e for e in listed if e[0][0].name not in annexed]
        if unsaid:
            res.issues.append(
                make_issue("SHEET_JOINED_BY_CODE", rel, g.name, cell_ref(h, key),
                           field="、".join(x[0].name for x, _coded in unsaid), value=said,
                           key=g.rows[h][key].strip())
            )  # fmt: skip
    else:
        res.issues.append(
            make_issue("SHEET_JOINED_BY_CODE", rel, g.name, cell_ref(h, key), field=names, value=said,
                       key=g.rows[h][key].strip())
        )  # fmt: skip
    for (og, _oforms, osheet), coded in listed:
        for rr, code, col in coded:
            if og.name in annexed and code not in given:
                res.issues.append(
                    make_issue("ANNEX_INDEX_CODE_MISSING", rel, og.name, rr.cell("risk_level"),
                               value=code, field=g.name, key=g.rows[h][key].strip())
                )  # fmt: skip
            elif code in clash or code not in given:
                why = "出现多次且内容不同" if code in clash else "中找不到"
                res.issues.append(
                    make_issue("SHEET_CODE_UNMATCHED", rel, og.name, cell_ref(rr.row, col), field=g.name,
                               value=code, why=f"在工作表“{g.name}”{why},本行的风险点按原样读取(未按该表补充)")
                )  # fmt: skip
        if osheet is not None and all(rr.risk_type for rr, _c, _col in coded):
            osheet.issues[:] = [i for i in osheet.issues if i.code != "TABLE_NO_TYPE"]
    for code in sorted(set(given) - codes, key=where.get):
        res.issues.append(
            make_issue("SHEET_CODE_UNMATCHED", rel, g.name, cell_ref(where[code], key), field=names,
                       value=code, why=f"在工作表“{names}”中没有对应的风险点,本行未并入任何风险点")
        )  # fmt: skip
    for og, rr, code, theirs in differs:
        res.issues.append(
            make_issue("CODE_TABLE_LEVEL_DIFFERS", rel, og.name, rr.cell("risk_level"), value=code,
                       level=rr.risk_level.strip(), other=theirs,
                       where=f"工作表“{g.name}”(单元格 {cell_ref(where[code], key)})")
        )  # fmt: skip
    return True


def _table_below_by_code(located: list, rel: str, res: FileResult, config: Config) -> None:
    """A list numbering its points by a code ('编号 | 科室 | 岗位 | 姓名 | 廉政风险点 | 防控措施' over
    'FX-01', '1-1', 'LC-1') with a second table UNDER it on the same sheet that gives against those
    codes only the level, the measures or the type ('风险点编号 | 风险等级', '编号 | 防控措施',
    '风险点代码 | 风险级别 | 风险类别', in any order, maybe under a caption) — set aside as no risk
    table, or read as points that are only codes: each point takes what its code is given where it
    leaves that blank, the second table gives no points (its TABLE_OTHER and its own issues
    withdrawn, TABLE_BELOW_JOINED_BY_CODE said once at its header), and a code of the one missing
    from the other is warned at its cell (TABLE_BELOW_CODE_UNMATCHED). Codes, not plain numbers (a
    table under a list by 序号 is read elsewhere: TABLE_HALVES, MEASURES_BY_NUMBER); half of the
    codes of each table at least the other's, no code twice in the list, no column of anything
    else in the second table. A point whose own level the second table's level for its code
    differs from keeps its own, warned at its cell (CODE_TABLE_LEVEL_DIFFERS). A sheet with no
    编号/编码/代码/代号 word pays one test."""
    from xlproc.columns import heading_role, role_zh
    from xlproc.text import label_key

    for g, forms, sheet in located:
        if not forms or sheet is None:
            continue
        if g.lacks("编号") and g.lacks("编码") and g.lacks("代码") and g.lacks("代号"):
            continue
        top_h = min(f.header_row for f in forms)
        aside = {i.cell for i in sheet.issues if i.code == "TABLE_OTHER"}
        heads = {f.header_row for f in forms if f.header_row > top_h}
        if not aside and not heads:
            continue  # (no table under the list: the common sheet)
        for h in range(top_h + 1, len(g.rows)):
            row = g.rows[h]
            if h not in heads and not any(cell_ref(h, c) in aside for c in range(len(row))):
                continue
            cells = {c: label_key(v) for c, v in enumerate(row) if v and len(v) <= 12}
            key = next((c for c, k in cells.items() if _KEY_HEAD.fullmatch(k)), None)
            if key is None:
                continue
            roles: dict[str, int] = {}
            other = False
            for c, k in cells.items():
                role = heading_role(k) if c != key else None
                if role is not None and role.strength >= 2 and role.role in _JOINED_ROLES:
                    roles.setdefault(role.role, c)
                elif c != key:
                    other = True  # (a column of something else: a table of its own)
            if not roles or other:
                continue
            given: dict[str, dict[str, str]] = {}
            where: dict[str, int] = {}
            clash: set[str] = set()
            end = h
            for r in range(h + 1, len(g.rows)):
                line = g.rows[r]
                code = _key_value(line[key]) if key < len(line) else ""
                values = {role: line[c].strip() for role, c in roles.items() if c < len(line)}
                if not code or not any(values.values()) or _TOTAL_KEY.fullmatch(code):
                    if not any(v.strip() for v in line):
                        break  # (a blank row ends the table)
                    continue
                if code in given and given[code] != values:
                    clash.add(code)
                given.setdefault(code, values)
                where.setdefault(code, r)
                end = r
            if len(given) < 2 or any(c.isdigit() or len(c) > 12 for c in given):
                continue  # (plain numbers: another rule's; long text: no codes)
            risks = [rr for f in forms if f.header_row < h for rr in f.risks if not rr.sheet]
            below = [rr for f in forms if f.header_row >= h for rr in f.risks if not rr.sheet]
            if len(risks) < 2 or max(rr.row for rr in risks) > h:
                continue
            if any(rr.row <= end and _key_value(rr.risk_point) not in given for rr in below):
                continue  # (the table below has points of its own)
            # the list's codes: its column headed as the second table's key, else its 编号
            top = g.rows[max(f.header_row for f in forms if f.header_row < h)]
            head = label_key(row[key])
            col = next((c for c, v in enumerate(top) if v and label_key(v) == head), None)
            if col is None:
                col = next(
                    (c for c, v in enumerate(top) if v and _KEY_HEAD.fullmatch(label_key(v))), None
                )
            if col is None:
                continue
            coded = []
            for rr in risks:
                line = g.rows[rr.row]
                code = _key_value(line[col]) if col < len(line) else ""
                if code:
                    coded.append((rr, code))
            codes = [c for _rr, c in coded]
            hit = set(codes) & set(given)
            if len(set(codes)) != len(codes) or len(hit) < 2:
                continue
            if len(hit) * 2 < len(given) or len(hit) * 2 < len(codes):
                continue
            filled: list[str] = []
            differs: list[tuple] = []  # (point, code, the second table's level)
            for rr, code in coded:
                if code in given and code not in clash:
                    for role, v in given[code].items():
                        if v and not getattr(rr, role):
                            setattr(rr, role, v)
                            filled.append(role)
                    if _levels_differ(rr.risk_level, given[code].get("risk_level", ""), config):
                        differs.append((rr, code, given[code]["risk_level"]))
            if not filled:
                continue
            # the table's rows read as points of their own: none; its issues go
            own = set(range(h, end + 1))
            dropped = 0
            for f in forms:
                kept = [rr for rr in f.risks if rr.sheet or rr.row not in own]
                dropped += len(f.risks) - len(kept)
                f.risks = kept
            forms[:] = [f for f in forms if f.risks]
            sheet.rows_seen -= dropped
            done = {cell_ref(x, c) for x in own for c in range(len(g.rows[x]))}
            sheet.issues[:] = [i for i in sheet.issues if i.cell not in done]
            said = "、".join(role_zh(r) for r in roles if r in filled)
            n = sum(1 for _rr, c in coded if c in given and c not in clash)
            res.issues.append(
                make_issue("TABLE_BELOW_JOINED_BY_CODE", rel, g.name, cell_ref(h, key), value=said,
                           key=row[key].strip(), count=str(n))
            )  # fmt: skip
            for rr, code in coded:
                if code in clash or code not in given:
                    why = (
                        "在下方的表中出现多次且内容不同" if code in clash else "在下方的表中找不到"
                    )
                    res.issues.append(
                        make_issue("TABLE_BELOW_CODE_UNMATCHED", rel, g.name, cell_ref(rr.row, col),
                                   value=code, why=f"{why},本行的风险点按原样读取")
                    )  # fmt: skip
            for code in sorted(set(given) - set(codes), key=where.get):
                res.issues.append(
                    make_issue("TABLE_BELOW_CODE_UNMATCHED", rel, g.name, cell_ref(where[code], key),
                               value=code, why="在上方的清单中没有对应的风险点,本行未并入任何风险点")
                )  # fmt: skip
            for rr, code, theirs in differs:
                res.issues.append(
                    make_issue("CODE_TABLE_LEVEL_DIFFERS", rel, g.name, rr.cell("risk_level"),
                               value=code, level=rr.risk_level.strip(), other=theirs,
                               where=f"清单下方的表(单元格 {cell_ref(where[code], key)})")
                )  # fmt: skip
            break


def _levels_differ(own: str, theirs: str, config: Config) -> bool:
    """Whether a point's own level and the level a table gives for its code are both written and
    say two levels ('一级' and '三级'; '一级' and 'Ⅰ级' are one)."""
    own, theirs = own.strip(), theirs.strip()
    if not own or not theirs or own == theirs:
        return False
    return (config.level(own) or own) != (config.level(theirs) or theirs)


# a total row under a sheet's codes ('合计', '总计 13项')
_TOTAL_KEY = LazyRe(r"(?:合计|总计|小计|共计)[:：]?.{0,8}")
# a note saying the levels stand in an annex: '风险等级见附件2《廉政风险点等级索引表》', '各风险点的
# 等级详见附表1“风险点定级索引”', '风险级别按《风险点等级索引》确定'
_ANNEX_REF = LazyRe(r"附[件表]\s*[0-9０-９一二三四五六七八九十]{1,3}")
_ANNEX_NAME = LazyRe(r"[《“\"〈「](?P<name>[^》”\"〉」]{2,30})[》”\"〉」]")
_ANNEX_LEVEL_WORD = LazyRe(r"等级|级别|定级|分级")
_ANNEX_TABLE_NAME = LazyRe(r"(?:等级|定级|分级|级别).*(?:索引|[表单])$|索引")
_ANNEX_RULE_NAME = LazyRe(r"办法|标准|规定|意见|通知|细则|制度|规则")
_ANNEX_POINTER = LazyRe(r"见|按|依|以.{0,30}为准|对照|查|列于|载于|索引")


def _annex_key(v: str) -> str:
    """An annex's name as two places are compared: NFKC, no spaces, '附件二' → '附件2'."""
    import unicodedata

    v = re.sub(r"\s+", "", unicodedata.normalize("NFKC", v))
    return re.sub(r"[一二三四五六七八九]", lambda m: str(_ZH_DIGITS.index(m.group()) + 1), v)


def _annex_note(g, forms) -> tuple[str, str, str, int, int] | None:
    """The note of a list saying its levels stand in an annex, naming it by number or by name
    ('注：风险等级见附件2《廉政风险点等级索引表》。'): (the line, '附件2' or '', the name or '',
    its row, its column); None where no note says so."""
    lines = _legend(g, forms, "附件", "附表", "《", "“")
    if not lines:
        return None
    for line in lines.split("\n"):
        flat = re.sub(r"\s+", "", line)
        if not _ANNEX_LEVEL_WORD.search(flat) or not _ANNEX_POINTER.search(flat):
            continue
        ref = _ANNEX_REF.search(flat)
        name = _ANNEX_NAME.search(flat)
        if ref is None and (name is None or not _ANNEX_TABLE_NAME.search(name.group("name"))):
            continue  # (by its name alone: a table's, '《风险等级索引》', not a rule's '《…评定办法》')
        if name is not None and _ANNEX_RULE_NAME.search(name.group("name")):
            name = None  # ('附件2《…定级办法》': the number names it, the rule's title no sheet)
        at = next(
            ((r, next(c for c, v in enumerate(row) if v.strip())) for r, row in enumerate(g.rows)
             if any(row) and re.sub(r"\s+", "", "".join(row)) == flat),
            (0, 0),
        )  # fmt: skip
        return (line.strip(), _annex_key(ref.group()) if ref else "",
                _annex_key(name.group("name")) if name else "", *at)  # fmt: skip
    return None


def _names_annex(g, note: tuple[str, str, str, int, int]) -> bool:
    """Whether sheet ``g`` is the annex a note names: its tab or the lines over its table name
    the same number ('附件2') or hold the same name ('廉政风险点等级索引表', less a closing '表')."""
    _line, ref, name, _r, _c = note
    top = [_annex_key(g.name)] + [_annex_key("".join(row)) for row in g.rows[:4] if any(row)]
    if ref and any(t == ref or t.startswith(ref) and not t[len(ref) : len(ref) + 1].isdigit()
                   for t in top):  # fmt: skip
        return True
    core = re.sub(r"表$", "", name)
    return bool(core) and len(core) >= 2 and any(core in t for t in top)


_ANNEX_HERE = LazyRe(r"本表下方|本表下|下表|表下方|本页|本表中|表内")


def _annex_index_missing(located: list, rel: str, res: FileResult) -> None:
    """A list no level of which is written, its note saying the levels stand in an annex
    ('风险等级见附件2《…》') that no sheet of the file is (by tab or title): said once a list
    (ANNEX_INDEX_SHEET_MISSING); its points keep their blank levels."""
    for g, forms, _sheet in located:
        if not forms or _notes_lack(g, "附件", "附表", "《", "“"):
            continue  # (the cheap test: the note's 附件/附表/《/“ in the cells or the lent notes)
        todo = [rr for f in forms for rr in f.risks if not rr.sheet]
        if not todo or any(rr.risk_level.strip() for rr in todo):
            continue
        note = _annex_note(g, forms)
        if note is None:
            continue
        if any(og is not g and _names_annex(og, note) for og, _f, _sh in located):
            continue  # (the annex is there: joined, or its codes not the list's, said there)
        line, ref, name, r, c = note
        if _ANNEX_HERE.search(line):
            continue  # ('见本表下方《…》': a table on the list's own sheet, no annex)
        res.issues.append(
            make_issue("ANNEX_INDEX_SHEET_MISSING", rel, g.name, cell_ref(r, c),
                       value=ref or f"《{name}》", note=line[:60])
        )  # fmt: skip


def _squeezed(v: str) -> str:
    """A cell's value as two sheets' item names are compared a second time: NFKC, no spaces,
    no brackets ('公路赔（补）偿费收取' → '公路赔补偿费收取')."""
    import unicodedata

    return re.sub(r"[\s()（）\[\]【】《》〈〉<>“”\"'‘’]+", "", unicodedata.normalize("NFKC", v))


def _value_grading_head(g, start: int = 0) -> tuple[int, int | None, dict[str, int]] | None:
    """A sheet's heading that grades items one a row, with or without a 序号: (header row, its
    序号 column or None, role → column), the roles those of ``_JOINED_ROLES`` with a level among
    them; None where a heading names the points, a person or a post (a table of its own).
    ``start``: the first row of a table under a list, its heading in the 12 rows from there."""
    from xlproc.columns import heading_role
    from xlproc.text import label_key

    found = None if start else _page_columns(g, codes=True) or _page_columns(g)
    if found is not None:
        return found if "risk_level" in found[2] else None
    for r in range(start, min(start + 12, len(g.rows))):
        row = g.rows[r]
        cells = {c: label_key(v) for c, v in enumerate(row) if v.strip() and len(v) <= 12}
        if len(cells) < 2:
            continue
        seq = next((c for c, k in cells.items() if k in ("序号", "编号", "序")), None)
        roles: dict[str, int] = {}
        for c, k in cells.items():
            h = heading_role(k) if c != seq else None
            if h is not None and h.strength >= 2:
                if h.role in ("risk_point", "description", "person", "title"):
                    return None
                if h.role in _JOINED_ROLES:
                    roles.setdefault(h.role, c)
        if "risk_level" in roles:
            return r, seq, roles
    return None


def _merged_cell(g, r: int, c: int) -> str:
    """A cell's value, a merged range's where the cell is inside one."""
    return g.get(*g.merged_into.get((r, c), (r, c))).strip()


def _graded_row(items: dict[str, int], squeezed: dict[str, int], v: str) -> int | None:
    """The grading's row naming item ``v``: as written, else without spaces and brackets."""
    return items.get(v, squeezed.get(_squeezed(v))) if v else None


def _joined_by_value(
    g, with_forms: list, config: Config, rel: str, res: FileResult, below: range | None = None
) -> bool:
    """A sheet with no risk text grading the ITEMS a column of the list names, one a row in its
    own order ('序号 | 权力事项 | 事项类别 | 风险等级', '行政处罚 | 一级'), under a list whose
    points each name their item in a column of the same heading ('权力事项', '业务类别', '职权类型'
    …; else one most of whose values are the grading's): each point takes the level of its item's
    row, matched by the value (as written, else without spaces and brackets), not by the 序号,
    said once. The gate: the grading names each item once, its items are no numbers or codes, two
    at least are the list's and half its items at least (a column of the same heading), or half
    both ways (another heading). A list value the grading lacks keeps its blank level, said; a
    graded item no point names is said. A type is taken only where every graded one is a known
    risk type (a '事项类别' 行政许可 is the item's, not the point's).

    ``below``: the rows under a list on its own sheet (``with_forms`` that list alone), a
    grading there the same ('业务类别 | 风险等级' under the list, its 序号 its own)."""
    from xlproc.text import label_key

    head = _value_grading_head(g, below.start) if below else _value_grading_head(g)
    if head is None:
        return False
    h, seq, roles = head
    top = g.rows[h]
    rows = [
        r for r in range(h + 1, below.stop if below else len(g.rows))
        if roles["risk_level"] < len(g.rows[r]) and config.level(g.rows[r][roles["risk_level"]])
    ]  # fmt: skip
    if len(rows) < 2:
        return False
    best = None  # (matched points, key column, [(sheet entry, [(point, value, column)])])
    for c in range(len(top)):
        if c in (seq, roles["risk_level"]) or not top[c].strip():
            continue
        items: dict[str, int] = {}
        squeezed: dict[str, int] = {}
        for r in rows:
            v = g.rows[r][c].strip() if c < len(g.rows[r]) else ""
            if not v or _squeezed(v) in squeezed:
                items = {}
                break  # (an item graded twice, or a row with none: no grading of items)
            items[v] = r
            squeezed[_squeezed(v)] = r
        if len(items) < 2 or any(re.fullmatch(r"[\dA-Za-z.\-_]+", _squeezed(v)) for v in items):
            continue
        key = label_key(top[c])
        listed = []
        points = 0
        hit: set[int] = set()
        same_head = False
        for x in with_forms:
            og, oforms, _osheet = x
            found = []
            tables: dict[int, list] = {}  # (a header row: its points, a form a holder's)
            for f in oforms:
                tables.setdefault(f.header_row, []).extend(rr for rr in f.risks if not rr.sheet)
            for hr, risks in tables.items():
                holders = {
                    rr.cols.get(k) for rr in risks for k in ("person", "title", "department")
                }
                heads = og.rows[hr] if 0 <= hr < len(og.rows) else []
                cols = [k for k, v in enumerate(heads) if v.strip() and k not in holders]
                same = [k for k in cols if label_key(heads[k]) == key]

                pick = None
                for k in same or cols:
                    n = sum(
                        1
                        for rr in risks
                        if _graded_row(items, squeezed, _merged_cell(og, rr.row, k)) is not None
                    )
                    if n >= 2 and (pick is None or n > pick[0]):
                        pick = (n, k)
                if pick is None:
                    continue
                k = pick[1]
                same_head |= bool(same)
                if not same and len(
                    {_graded_row(items, squeezed, _merged_cell(og, rr.row, k)) for rr in risks}
                    - {None}
                ) * 2 < len(items):
                    continue
                found += [(rr, _merged_cell(og, rr.row, k), k) for rr in risks]
            if found:
                points += len(found)
                got = {_graded_row(items, squeezed, v) for _rr, v, _k in found} - {None}
                hit |= got
                listed.append(
                    (
                        x,
                        found,
                        sum(
                            1 for _rr, v, _k in found if _graded_row(items, squeezed, v) is not None
                        ),
                    )
                )
        matched = sum(n for _x, _f, n in listed)
        if len(hit) < 2 or matched * 2 < points or (not same_head and len(hit) * 2 < len(items)):
            continue
        if best is None or matched > best[0]:
            best = (matched, c, listed, items, squeezed)
    if best is None:
        return False
    _n, c, listed, items, squeezed = best
    fill = ["risk_level"]
    for role in ("risk_type", "measures"):
        col = roles.get(role)
        if col is None or col == c:
            continue
        vals = [
            g.rows[r][col].strip() for r in rows if col < len(g.rows[r]) and g.rows[r][col].strip()
        ]
        if role == "measures" or (
            vals and all(not config.types(v)[1] and config.types(v)[0] for v in vals)
        ):
            fill.append(role)
    filled = []
    unmatched = []
    # (the points an earlier grading of another column filled: a second grading that gives
    # them other levels is said, not passed over: '业务类别' and '工作事项' both graded)
    graded: dict[int, str] = vars(res).setdefault("_graded_by_value", {})
    differ = []
    for x, found, _m in listed:
        for rr, v, k in found:
            r = _graded_row(items, squeezed, v)
            if r is None:
                if v and not rr.risk_level.strip():  # (a level written in the list: no gap)
                    unmatched.append((x[0].name, rr, v, k))
                continue
            for role in fill:
                col = roles[role]
                cell = g.rows[r][col].strip() if col < len(g.rows[r]) else ""
                if cell and not getattr(rr, role).strip():
                    setattr(rr, role, cell)
                    filled.append(role)
                    if role == "risk_level":
                        graded[id(rr)] = g.name
                elif (
                    cell and role == "risk_level" and id(rr) in graded
                    and graded[id(rr)] != g.name
                    and config.level(cell) != config.level(rr.risk_level)
                ):  # fmt: skip
                    differ.append((x[0].name, rr, graded[id(rr)]))
    if differ:
        sheet, rr, other = differ[0]
        res.issues.append(
            make_issue(
                "GRADINGS_DIFFER", rel, sheet, cell_ref(rr.row, rr.cols.get("risk_level", rr.cols.get("risk_point", 0))),
                field=g.name, value=other, key=top[c].strip(), note=str(len(differ)),
            )
        )  # fmt: skip
    if not filled:
        return False
    from xlproc.columns import role_zh

    names = "、".join(x[0].name for x, _f, _m in listed)
    said = "、".join(role_zh(r) for r in fill if r in filled)
    key = top[c].strip()
    og, _oforms, _s = listed[0][0]
    _rr, _v, k = listed[0][1][0]
    col = "".join(og.get(min(f.header_row for f in _oforms), k).split()) or key
    res.issues.append(
        make_issue("SHEET_JOINED_BY_VALUE", rel, g.name, cell_ref(h, c), field=names, value=said,
                   key=key, column=col, where="本表下方的评定表" if below else "本工作表没有风险点文字,")
    )  # fmt: skip
    for sheet, rr, v, k in unmatched:
        res.issues.append(
            make_issue(
                "VALUE_UNGRADED", rel, sheet, cell_ref(rr.row, k), field=g.name, value=v, note=said
            )
        )
    used = {_graded_row(items, squeezed, v) for _x, found, _m in listed for _rr, v, _k in found}
    for v, r in items.items():
        if r not in used:
            res.issues.append(
                make_issue("GRADED_VALUE_ABSENT", rel, g.name, cell_ref(r, c), field=names, value=v)
            )
    for (_og, _oforms, osheet), found, _m in listed:
        if osheet is not None and all(rr.risk_type for rr, _v, _k in found):
            osheet.issues[:] = [i for i in osheet.issues if i.code != "TABLE_NO_TYPE"]
        if below and osheet is not None:  # (the grading under the list is no other table of it)
            at = str(h + 1)
            osheet.issues[:] = [
                i for i in osheet.issues
                if not (i.code in SET_ASIDE_TABLES and i.cell.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ") == at)
            ]  # fmt: skip
    return True


# the words of a note setting levels by bands (the cheap test on a line before its bands are read)
_BANDED_NOTE = re.compile(r"以上|以下|以内|不足|低于|高于|超过|≥|≤|>|<|(?:至|到|[—~～－]+)\s*\d")
# an amount sheet's rows that are no item ('合计', '小计')
_AMOUNT_TOTAL = re.compile(r"^(?:合\s*计|小\s*计|总\s*计|共\s*计|总\s*额)$")


def _amount_sheet_head(g) -> tuple[int, list[int]] | None:
    """A sheet's heading giving an AMOUNT one item a row ('序号 | 资助项目 | … | 年度资金（万元）',
    '项目名称 | 预算金额（元）'): (header row, the amounts' columns: '总投资（万元） | 已完成投资（万元）'
    two, the note to say which); None where no row of the first
    12 names one quantity (the cheap test), or its heading names points, a holder or a level (a
    table of its own, or a grading ``_joined_by_value`` reads)."""
    from xlproc.columns import heading_role
    from xlproc.locate_base import _AMOUNT_HEAD, _AMOUNT_NOT
    from xlproc.text import label_key

    said = "".join(v for row in g.rows[:12] for v in row if len(v) <= 16)
    if not _AMOUNT_HEAD.search(re.sub(r"\s+", "", said)):
        return None  # (the cheap test: most sheets name no quantity in their first rows)
    for r in range(min(12, len(g.rows))):
        cells = {c: label_key(v) for c, v in enumerate(g.rows[r]) if v.strip() and len(v) <= 16}
        if len(cells) < 2:
            continue
        found = [
            c for c, k in cells.items() if _AMOUNT_HEAD.search(k) and not _AMOUNT_NOT.search(k)
        ]
        if not found:
            continue
        for k in cells.values():
            h = heading_role(k)
            if h is not None and h.strength >= 2 and h.role in (
                "risk_point", "description", "person", "title", "risk_level"
            ):  # fmt: skip
                return None
        return r, found
    return None


def _band_note(grids: list, lent: Iterable[str] = ()) -> tuple[str, list[tuple[str, int]]]:
    """The lines of these sheets that may band an amount ('注：风险等级按所涉项目年度资金规模确定：
    500万元（含）以上的为一级风险…', or a band a line under it: '二级风险：200万元（含）至1000万元；'):
    each a line with a digit, a level's '级' and a band's word (a 填表说明 sheet's lent lines too); and where they stand (sheet,
    row), so that the lines read as the note are no rows outside the table."""
    lines, at = [], []
    for g in grids:
        for r, row in enumerate(g.rows):
            text = "".join(dict.fromkeys(v.strip() for v in row if v.strip()))
            if "级" in text and any(ch.isdigit() for ch in text) and _BANDED_NOTE.search(text):
                lines.append(text)
                at.append((g.name, r))
    lines += [
        t for t in lent if "级" in t and any(ch.isdigit() for ch in t) and _BANDED_NOTE.search(t)
    ]
    return "\n".join(lines), at


def _joined_amounts_by_value(
    g, with_forms: list, config: Config, rel: str, res: FileResult
) -> bool:
    """A sheet with no risk text giving an AMOUNT of each ITEM one a row in its own order
    ('序号 | 资助项目 | 资助对象 | 年度资金（万元）'), under a list with NO level column whose points
    each name their item in a column ('资助项目', '项目', '资金项目', '工作事项' …) and a note
    banding the levels by that amount ('500万元（含）以上的为一级风险，100万元（含）至500万元的为
    二级风险，100万元以下的为三级风险'): each point's item is found on the sheet by its value (as
    written, else without spaces and brackets; not by the 序号), its amount banded by the note
    as ``LEVEL_BY_AMOUNT_BANDS`` bands an amount column of the list itself — said once
    (LEVEL_BY_JOINED_AMOUNT). A point whose item the sheet lacks (JOINED_AMOUNT_MISSING), or an
    item whose amount is no number or in no band (JOINED_AMOUNT_UNBANDED), keeps its blank level,
    with a warning. Why: such a list's levels are nowhere on its rows; read alone, every point
    is unlevelled. The gate, cheap first: one quantity heading on this sheet, a banding note on
    it or the list, then two items at least named by the list, half its points at least."""
    from xlproc.locate_base import (
        _MONEY_SIZE,
        _amount_bands,
        _amount_unit,
        _amount_value,
        _band_of,
        _said_bands,
    )
    from xlproc.text import label_key

    head = _amount_sheet_head(g)
    if head is None:
        return False  # (most sheets: no amount named)
    h, amts = head
    lists = [
        x for x in with_forms
        if all(not rr.risk_level.strip() and "risk_level" not in rr.cols
               for f in x[1] for rr in f.risks if not rr.sheet)
    ]  # fmt: skip
    if not lists:
        return False  # (a level column on the list: the amounts are data)
    # (and a 填表说明 sheet's lines, lent to every list by ``_note_sheets``)
    lent = lists[0][0].__dict__.get("_file_notes")
    said, note_rows = _band_note([x[0] for x in lists] + [g], lent[0] if lent else ())
    if len(amts) > 1:  # (several amounts: the one whose quantity the note names)
        plain = "".join(said.split())
        amts = [a for a in amts if re.sub(r"[（(].*", "", "".join(g.rows[h][a].split())) in plain]
        if len(amts) != 1:
            return False
    amt = amts[0]
    heading = "".join(g.rows[h][amt].split())
    bands, note_unit, note = _amount_bands(said, heading, config.level)
    if not bands:
        return False  # (no note bands the amount: a budget sheet beside the list)
    unit = _amount_unit(heading)
    money = unit in _MONEY_SIZE, note_unit in _MONEY_SIZE
    if unit and note_unit and (money[0] != money[1] or (not money[0] and unit != note_unit)):
        return False  # (the note's bands in 万元 against an amount in 亩: not this amount's)
    top = g.rows[h]
    # (matched points, key column, items, squeezed, [(entry, [(point, value, column)])])
    best = None
    for c in range(len(top)):
        if c == amt or not top[c].strip():
            continue
        items: dict[str, int] = {}
        squeezed: dict[str, int] = {}
        for r in range(h + 1, len(g.rows)):
            row = g.rows[r]
            v = row[c].strip() if c < len(row) else ""
            if not v or _AMOUNT_TOTAL.match(v) or amt >= len(row) or not row[amt].strip():
                continue  # (a 合计 row, a 资料来源 line)
            if _squeezed(v) in squeezed:
                was = g.rows[squeezed[_squeezed(v)]][amt].strip()
                if "".join(was.split()) == "".join(row[amt].split()):
                    continue  # (an item listed twice with one amount: the same item)
                items = {}
                break  # (an item twice, two amounts: no one amount an item)
            items[v] = r
            squeezed[_squeezed(v)] = r
        if len(items) < 2 or any(re.fullmatch(r"[\dA-Za-z.\-_]+", _squeezed(v)) for v in items):
            continue
        key = label_key(top[c])
        listed = []
        for x in lists:
            og, oforms, _osheet = x
            tables: dict[int, list] = {}
            for f in oforms:
                tables.setdefault(f.header_row, []).extend(rr for rr in f.risks if not rr.sheet)
            for hr, risks in tables.items():
                holders = {
                    rr.cols.get(k) for rr in risks for k in ("person", "title", "department")
                }
                heads = og.rows[hr] if 0 <= hr < len(og.rows) else []
                cols = [k for k, v in enumerate(heads) if v.strip() and k not in holders]
                same = [k for k in cols if label_key(heads[k]) == key]
                pick = None
                for k in same or cols:
                    got = [
                        _graded_row(items, squeezed, _merged_cell(og, rr.row, k)) for rr in risks
                    ]
                    n = sum(1 for r in got if r is not None)
                    if len(set(got) - {None}) >= 2 and n * 2 >= len(risks):
                        if pick is None or n > pick[0]:
                            pick = (n, k)
                if pick is not None:
                    found = [(rr, _merged_cell(og, rr.row, pick[1]), pick[1]) for rr in risks]
                    listed.append((x, found, pick[0]))
        matched = sum(n for _x, _f, n in listed)
        if listed and (best is None or matched > best[0]):
            best = (matched, c, items, squeezed, listed)
    if best is None:
        return False
    _n, c, items, squeezed, listed = best
    missing = []
    unbanded: dict[int, str] = {}
    for x, found, _m in listed:
        for rr, v, k in found:
            r = _graded_row(items, squeezed, v)
            if r is None:
                if v:
                    missing.append((x[0].name, rr, v, k))
                continue
            said = g.rows[r][amt].strip() if amt < len(g.rows[r]) else ""
            value = _amount_value(said, unit, note_unit)
            level = _band_of(value, bands) if value is not None else ""
            if level:
                rr.risk_level = level
            else:
                unbanded[r] = said
    names = "、".join(x[0].name for x, _f, _m in listed)
    og, oforms, _s = listed[0][0]
    k = listed[0][1][0][2]
    column = "".join(og.get(min(f.header_row for f in oforms), k).split())
    key = top[c].strip()
    res.issues.append(
        make_issue("LEVEL_BY_JOINED_AMOUNT", rel, g.name, cell_ref(h, amt), field=names,
                   column=column, key=key, amount=heading, note=note,
                   value=_said_bands(bands, f"数额（{note_unit}）" if note_unit else "数额"))
    )  # fmt: skip
    for og, _oforms, osheet in lists:  # (the note's band lines under the list are no rows of it)
        at = {str(r + 1) for name, r in note_rows if name == og.name}
        if at and osheet is not None:
            osheet.issues[:] = [
                i for i in osheet.issues
                if not (i.code == "ROW_UNPLACED" and i.cell.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ") in at)
            ]  # fmt: skip
    for sheet, rr, v, k in missing:
        res.issues.append(
            make_issue("JOINED_AMOUNT_MISSING", rel, sheet, cell_ref(rr.row, k), field=g.name,
                       value=v, key=key)
        )  # fmt: skip
    for r, said in unbanded.items():
        res.issues.append(
            make_issue("JOINED_AMOUNT_UNBANDED", rel, g.name, cell_ref(r, amt), field=heading,
                       value=said or "(空白)", key=g.rows[r][c].strip())
        )  # fmt: skip
    return True


def _numbers_down(g, h: int, seq: int) -> list[int]:
    """The whole numbers under a sheet's header row ``h`` in its 序号 column ``seq``, in order."""
    out = []
    for row in g.rows[h + 1 :]:
        v = row[seq].strip() if seq < len(row) else ""
        if re.fullmatch(r"\d+(?:\.0)?", v):
            out.append(int(float(v)))
    return out


def _columns_split_over_sheets(
    located: list, config: Config, rel: str, res: FileResult, legend: str, by_type: bool
) -> None:
    """A table too wide for a page, its COLUMNS cut over two sheets: one holds '序号 | 科室 |
    岗位 | 责任人 | 风险点', the other (its title the first's, a '（续表）' or a '第2页' tab)
    '序号 | 风险类型 | 风险等级 | 防控措施' for the same rows. The first half's header has no type,
    level or measures and is no table on its own (SHEET_NO_TABLE); it is read as one where the
    other half's numbers are its own row for row, and ``_second_page`` then joins the two by
    序号. Where the numbers differ, nothing is joined or read, and that is said."""
    from xlproc.locate import locate_points_half, points_half_header

    if len(located) < 2:
        return
    lone = [
        i for i, (_g, forms, sheet) in enumerate(located)
        if not forms and any(x.code == "SHEET_NO_TABLE" for x in sheet.issues)
    ]  # fmt: skip
    if not lone:
        return  # (the usual file: every sheet with points was read as a table)
    halves = [(g, found) for g, forms, _s in located if not forms and (found := _page_columns(g))]
    keyed = [
        (g, found)
        for g, forms, _s in located
        if not forms and (found := _page_columns(g, codes=True))
    ]
    for i in lone if halves or keyed else ():
        g, _forms, sheet = located[i]
        head = points_half_header(g)
        if head is None:
            continue
        h, seq, headings = head
        numbers = _numbers_down(g, h, seq)
        if len(numbers) < 2 or len(set(numbers)) != len(numbers):
            read = lambda hd, g=g: locate_points_half(g, rel, config, hd, legend, by_type)  # noqa: E731
            _points_half_by_code(located, i, head, keyed, read)
            continue
        unmatched = None  # the other half whose numbers are not these rows'
        for og, (oh, oseq, roles) in halves:
            lines, own = _page_lines(og, oh), _page_lines(g, h)
            if not (_PAGE_TAB.search(og.name) or (lines and lines <= own)):
                continue  # (another table numbered 1…n: a 评定标准, a 任务分解表)
            if _numbers_down(og, oh, oseq) != numbers:
                unmatched = unmatched or og
                continue
            again = locate_points_half(g, rel, config, (h, 1, headings), legend, by_type)
            risks = [rr for f in again.forms for rr in f.risks]
            if not risks or sorted(_row_number(g, rr) or 0 for rr in risks) != sorted(numbers):
                continue  # (its rows not read one a number: left as it was)
            if "risk_type" in roles:  # (the other half gives the types: no column is missing)
                again.issues[:] = [x for x in again.issues if x.code != "TABLE_NO_TYPE"]
            located[i] = (g, again.forms, again)
            break
        else:
            if unmatched is not None:
                res.issues.append(
                    make_issue("SHEET_COLUMNS_UNMATCHED", rel, g.name, cell_ref(h, seq),
                               field=unmatched.name)
                )  # fmt: skip


def _points_half_by_code(located: list, i: int, head: tuple, keyed: list, read: Callable) -> None:
    """The points' half of a list keyed by codes ('风险编号 | 科室 | 岗位 | 责任人 | 风险点', no
    type, level or measures) beside a sheet giving those columns against the same codes, every
    one and no other, in any order: it is read as a table (``_joined_by_code`` then joins them)."""
    g = located[i][0]
    h, seq, _headings = head

    def codes_down(grid, r: int, c: int) -> list[str]:  # (a code has a digit: no '填表人：')
        cells = (_key_value(row[c]) for row in grid.rows[r + 1 :] if c < len(row))
        return [v for v in cells if len(v) <= 16 and re.search(r"\d", v)]

    codes = [v for v in codes_down(g, h, seq) if not v.isdigit()]
    if len(codes) < 2 or len(set(codes)) != len(codes):
        return
    for og, (oh, oseq, _roles) in keyed:
        if set(codes_down(og, oh, oseq)) != set(codes):
            continue  # (another sheet's codes, or not all of them: left as it was)
        again = read((h, 1, head[2]))
        if sum(len(f.risks) for f in again.forms) == len(codes):
            located[i] = (g, again.forms, again)
        return


def _point_text_key(text: str) -> str:
    """A point's words as a library and a holders' list are matched: NFKC, no spaces or
    punctuation ('审计取证不充分，工作底稿记录不实' = '审计取证不充分 工作底稿记录不实。')."""
    import unicodedata

    text = unicodedata.normalize("NFKC", text)
    return "".join(ch for ch in text if unicodedata.category(ch)[0] not in "PZC")


# a pick's number or code before a library point's words, in its key ('1公务接待超标准',
# 'FK1公务接待超标准'), and the marks between two picks in one cell ('甲、乙') (``_points_from_library``)
_PICK_LEAD = re.compile(r"^[A-Za-z]{0,4}\d{1,3}")
_PICKS_SPLIT = re.compile(r"[、；;，,\n]+")


# a heading saying its points are picked from a library ('廉政风险点（从风险点库选择）', '（见风险点库）')
_FROM_LIBRARY = LazyRe(r"[(（][^)）]*(?:风险点?库|库中|从库)[^)）]*[)）]")


# a sheet's tab or title naming it a library of points to pick from ('XX局廉政风险点库', '风险库',
# '题库', '风险点目录', '清单库'), and one naming a list of the unit's own or common points
# ('单位层面廉政风险点防控表', '共性风险点', '全局', '领导班子', '集体'): a form of its own, never
# a library (review 127g, finding 2)
_LIBRARY_SHEET_NAMED = LazyRe(r"风险点?库|题库|目录|清单库")
_COMMON_SHEET_NAMED = LazyRe(r"单位层面|单位|共性|全局|领导班子|集体")


def _library_sheet_kind(g, forms) -> str:
    """'library' for a sheet its tab or title (the rows above its first table) names a library,
    'own' for one naming a unit-level or common list (never a library), '' for neither."""
    top = min((f.header_row for f in forms), default=0)
    said = "".join(
        "".join([g.name, *(v for row in g.rows[: max(top, 0)] for v in row if v)]).split()
    )
    if _LIBRARY_SHEET_NAMED.search(said) or g.name.strip().endswith("库"):
        return "library"
    return "own" if _COMMON_SHEET_NAMED.search(said) else ""


def _points_from_library(located: list, config: Config, rel: str, res: FileResult, legend: str,
                         by_type: bool) -> None:  # fmt: skip
    """A holders' list with no level, type or measures ('序号 | 股室 | 岗位 | 姓名 | 廉政风险点
    （从风险点库选择）': no table, SHEET_NO_TABLE; or those columns all left empty) beside a
    library of points on another sheet, with those columns and no holder ('库编号 | 风险点 |
    风险类型 | 风险等级 | 防控措施'): where most of the list's points are the library's words
    (NFKC, spaces and punctuation aside; one is enough where its heading says '（见风险点库）'),
    the list is read as a table and each point takes the library row's type, level and
    measures, said once; the library is then no form of its own (its rows reported by the
    join). A point the library lacks keeps no level (warned at its cell); a library point no
    one picked is said (info). With no such library the list stays as it was read (no table)."""
    from xlproc.columns import role_zh
    from xlproc.locate import locate_points_half, points_half_header

    roles = ("risk_type", "risk_level", "measures")

    def ungraded(forms) -> bool:  # (every point read with no type, level or measures)
        return bool(forms) and not any(
            getattr(rr, r) for f in forms for rr in f.risks for r in roles
        )

    lone = [
        i for i, (_g, forms, sheet) in enumerate(located)
        if (not forms and any(x.code == "SHEET_NO_TABLE" for x in sheet.issues)) or ungraded(forms)
    ]  # fmt: skip
    if not lone:
        return  # (the usual file: every sheet's points graded, or no list without its columns)
    # the library: another sheet's forms naming no holder, their points graded
    library: dict[str, object] = {}
    clash: set[str] = set()
    libs = []  # (index in located, its holder-less forms)
    for j, (_lg, lforms, _ls) in enumerate(located):
        if not lforms:
            continue
        # (no holder of its own: none at all, or one taken off the sheet before as a card's
        # front, its table having no place for a name; no holder column)
        bare = [
            f for f in lforms
            if f.risks
            and (not f.person_asked or not (f.person or f.title or f.department))
            and not any(rr.person or rr.title or rr.department for rr in f.risks)
            and not any(c in rr.cols for rr in f.risks for c in ("person", "title", "department"))
            and all(rr.risk_level or rr.risk_type or rr.measures for rr in f.risks)
        ]  # fmt: skip
        if not bare:
            continue
        kind = _library_sheet_kind(_lg, lforms)
        if kind == "own":
            continue  # ('XX局单位层面廉政风险点防控表': the unit's own points, a form of its own)
        libs.append((j, bare, kind == "library"))
        for f in bare:
            for rr in f.risks:
                k = _point_text_key(rr.risk_point)
                if not k:
                    continue
                was = library.setdefault(k, rr)
                if was is not rr and any(getattr(was, r) != getattr(rr, r) for r in roles):
                    clash.add(k)
    if not library:
        return  # (no sheet of graded points naming no holder: no library)
    unmatched_halves = {x.source_sheet for x in res.issues if x.code == "SHEET_COLUMNS_UNMATCHED"}
    dropped: set[int] = set()
    for i in lone:
        g, forms, _old = located[i]
        if forms:  # (read as a table already, every point ungraded: its header as read)
            again = None
            risks = [rr for f in forms for rr in f.risks]
            h = min(f.header_row for f in forms)
            pointed = 0 <= h < len(g.rows) and any(_FROM_LIBRARY.search(v) for v in g.rows[h])
        else:
            if g.name in unmatched_halves:
                continue  # (the left half of a table cut over two sheets, numbers not the other's)
            head = points_half_header(g)
            if head is None:
                continue
            h, _seq, headings = head
            said = {x.role for x in headings.values() if x is not None}
            if not said & {"person", "title"}:
                continue  # (no holder columns: a list of points alone is not read so)
            again = locate_points_half(g, rel, config, (h, 1, headings), legend, by_type)
            forms = again.forms
            risks = [rr for f in forms for rr in f.risks]
            pointed = any(_FROM_LIBRARY.search(g.get(h, c)) for c in headings)  # (the cheap words)
        if len(risks) < 2 or not all(rr.person or rr.title or f.person or f.title
                                     for f in forms for rr in f.risks):  # fmt: skip
            continue

        def pick(text: str) -> str:
            # a library point's key: as typed, or after a pick's number or code ('1.公务接待
            # 超标准', 'FK1 公务接待超标准'); '' for none (review 127g, finding 7)
            k = _point_text_key(text)
            if k in library and k not in clash:
                return k
            bare = _PICK_LEAD.sub("", k, count=1)
            return bare if bare != k and bare in library and bare not in clash else ""

        # two picks in one cell ('公务接待超标准、政府采购暗箱操作'): a point each, where every
        # part is the library's
        splits: dict[int, list[str]] = {}
        for rr in risks:
            if not pick(rr.risk_point):
                parts = [x.strip() for x in _PICKS_SPLIT.split(rr.risk_point) if x.strip()]
                if len(parts) >= 2 and all(map(pick, parts)):
                    splits[id(rr)] = parts
        keys = [pick(x) for rr in risks for x in splits.get(id(rr), [rr.risk_point])]
        hit = [bool(k) for k in keys]
        if sum(hit) < (1 if pointed else 2) or sum(hit) * 2 <= len(keys):
            continue  # (no library, or not its points: left as read, a lone list no table still)
        if splits:
            for f in forms:
                parted = []
                for rr in f.risks:
                    for x in splits.get(id(rr), ()):
                        part = copy.copy(rr)
                        part.risk_point = x
                        parted.append(part)
                    if id(rr) not in splits:
                        parted.append(rr)
                f.risks = parted
            risks = [rr for f in forms for rr in f.risks]
            keys = [pick(rr.risk_point) for rr in risks]
            hit = [bool(k) for k in keys]
            listed = again if again is not None else located[i][2]
            listed.rows_seen += sum(len(x) - 1 for x in splits.values())  # (a point each)
        filled: set[str] = set()
        for rr, k, ok in zip(risks, keys, hit, strict=True):
            if not ok:
                continue
            lib = library[k]
            for r in roles:
                if getattr(lib, r) and not getattr(rr, r):
                    setattr(rr, r, getattr(lib, r))
                    filled.add(r)
            rr.level_as = rr.level_as or lib.level_as
        picked = {k for k, ok in zip(keys, hit, strict=True) if ok}
        names = []
        for j, bare, named in libs:
            lg, lforms, lsheet = located[j]
            used = [
                f for f in bare if any(_point_text_key(rr.risk_point) in picked for rr in f.risks)
            ]
            if not used:
                continue
            names.append(lg.name)
            if not named and not all(
                _point_text_key(rr.risk_point) in picked for f in bare for rr in f.risks
            ):
                continue  # (not named a library, some points no one picked: kept, a form)
            for f in used:
                for rr in f.risks:
                    k = _point_text_key(rr.risk_point)
                    if k not in picked:
                        res.issues.append(
                            make_issue("LIBRARY_POINT_UNPICKED", rel, lg.name, rr.cell("risk_point"),
                                       field=g.name, value=rr.risk_point.strip()[:40])
                        )  # fmt: skip
                if id(f) not in dropped:  # (a library picked from by two lists: reported once)
                    dropped.add(id(f))
                    lsheet.rows_reported += len(f.risks)
            kept = [f for f in lforms if not any(f is u for u in used)]
            lsheet.forms = kept
            located[j] = (lg, kept, lsheet)
        for rr, ok in zip(risks, hit, strict=True):
            if not ok:
                res.issues.append(
                    make_issue("LIBRARY_POINT_UNMATCHED", rel, g.name, rr.cell("risk_point"),
                               field="、".join(names), value=rr.risk_point.strip()[:40])
                )  # fmt: skip
        if "risk_type" in filled and all(rr.risk_type for rr in risks):
            sheet = again if again is not None else located[i][2]
            sheet.issues[:] = [x for x in sheet.issues if x.code != "TABLE_NO_TYPE"]
        col = next(iter(risks)).cols.get("risk_point", 0)
        res.issues.append(
            make_issue("SHEET_JOINED_BY_POINT_TEXT", rel, g.name, cell_ref(h, col),
                       field="、".join(names), value="、".join(role_zh(r) for r in roles if r in filled),
                       key=f"{sum(hit)}/{len(risks)}")
        )  # fmt: skip
        if again is not None:
            located[i] = (g, again.forms, again)


_PUNCT_SPACE = re.compile(r"[\s。；;，,、.．！!？?：:]+")


def _copies_side_by_side(located: list, rel: str, res: FileResult) -> None:
    """A card printed twice side by side on one sheet (存根 | 持卡人联, the same cell for cell):
    the second copy's form, every point as the first's on the same rows, is dropped, said once."""
    for i, (g, forms, sheet) in enumerate(located):
        if len(forms) < 2:
            continue
        who = Counter((f.unit, f.department, f.title, f.person) for f in forms)
        if max(who.values()) < 2:
            continue  # (no holder twice on the sheet: the usual case, decided cheaply)
        seen: dict[tuple, object] = {}
        kept = []
        for f in forms:
            rows = tuple(sorted(rr.row for rr in f.risks))
            said = tuple(
                (rr.risk_point, rr.risk_level, rr.risk_type, rr.measures)
                for rr in sorted(f.risks, key=lambda rr: rr.row)
            )
            key = (f.unit, f.department, f.title, f.person, rows, said)
            if f.risks and key in seen:
                res.issues.append(
                    make_issue("FORM_SECOND_COPY", rel, g.name, value=f.person or f.title)
                )
                continue
            seen[key] = f
            kept.append(f)
        if len(kept) < len(forms):
            located[i] = (g, kept, sheet)


def _point_sheets(located: list, rel: str, res: FileResult) -> None:
    """A holder's points kept one point a sheet (一点一表: '风险点1', '风险点2', each a small form
    naming the holder): successive sheets whose one form has one point and the same holder and
    post are one form, the points keeping their sheets, said once. Where a sheet names no one,
    it goes on the run above only under tabs numbering the points alike ('风险点2' after
    '风险点1': the name written on the first sheet only); two unnamed cards of one post under
    other tabs ('张科员', '李科员') are two people's. The same point again, whatever its
    punctuation, is no second point: a copy sent twice stays FORM_DUPLICATE's."""
    run: list[int] = []

    def words(text: str) -> str:
        return _NOT_A_WORD.sub("", fold(text))

    def numbered(i: int) -> str:  # the tab less its number: '风险点#'
        return _TAB_NUMBER.sub("#", located[i][0].name)

    def goes_on(i: int) -> bool:
        a, b = located[run[-1]][1][0], located[i][1][0]
        if (a.unit, a.department, a.title) != (b.unit, b.department, b.title):
            return False
        if b.person:
            return b.person == a.person
        tab = numbered(i)
        return tab != located[i][0].name and tab == numbered(run[-1])

    def close() -> None:
        if len(run) < 2:
            return
        firsts = [located[i][1][0] for i in run]
        said = [words(f.risks[0].risk_point) for f in firsts]
        if any(a.startswith(b) or b.startswith(a) for a, b in combinations(said, 2)):
            return
        head = firsts[0]
        for rr in head.risks:
            rr.sheet = rr.sheet or head.sheet
        for i, f in zip(run[1:], firsts[1:], strict=True):
            for rr in f.risks:
                rr.sheet = rr.sheet or f.sheet
            head.risks.extend(f.risks)
            head.duty_texts = list(dict.fromkeys([*head.duty_texts, *f.duty_texts]))
            g, _forms, sheet = located[i]
            located[i] = (g, [], sheet)
        names = "、".join(located[i][0].name for i in run)
        res.issues.append(
            make_issue("FORM_POINT_SHEETS", rel, located[run[0]][0].name, value=names)
        )

    for i, (_g, forms, _sheet) in enumerate(located):
        if not forms:
            continue
        one = len(forms) == 1 and len(forms[0].risks) == 1 and (forms[0].person or forms[0].title)
        if one and run and goes_on(i):
            run.append(i)
            continue
        close()
        run = [i] if one else []
    close()


def _posts_replaced_by_later_sheet(located: list, rel: str, res: FileResult) -> None:
    """A later sheet whose tab or caption and note lines over its list make its rows replace, post
    by post, all the rows of the posts it names ('2025年动态调整' over '说明：本表所列岗位的风险点以本表
    为准，替换原一览表中该岗位的全部风险点'; on one sheet, ``_Locator._posts_replaced``): the forms of
    each post it names on the sheets before it are dropped, their rows counted as reported, one
    info a sheet naming the caption; the posts it does not name stand."""
    from xlproc.identity import squeeze
    from xlproc.locate import same_post
    from xlproc.locate_preamble import replaces_by_post

    if sum(1 for _g, forms, _s in located if forms) < 2:
        return
    for j, (g, forms, _sheet) in enumerate(located):
        new = [f for f in forms if f.risks and not f.gone]
        if not new or j == 0:
            continue
        top = min(f.header_row for f in new)
        said = []  # (the lines of one or two cells over its list: its caption, its note)
        for x in range(max(0, top - 6), top):
            vals = list(dict.fromkeys(v for v in g.rows[x] if v))
            if 0 < len(vals) <= 2 and len(t := squeeze("".join(vals))) <= 160:
                said.append((x, t))
        if not replaces_by_post(g.name + "".join(t for _x, t in said)):
            continue
        at, caption = next(
            ((x, t) for x, t in said if not re.match(r"(?:注|说明|备注)\d*[：:]", t)),
            said[0] if said else (-1, g.name),
        )
        for i in range(j):
            og, oforms, osheet = located[i]
            gone = [f for f in oforms if f.risks and any(same_post(f, n) for n in new)]
            if not gone:
                continue
            rows = sum(len(f.risks) for f in gone)
            kept = [f for f in oforms if not any(f is u for u in gone)]
            osheet.forms = kept
            located[i] = (og, kept, osheet)
            osheet.rows_reported += rows
            cell = ""
            if at >= 0:
                cell = cell_ref(at, next(c for c, v in enumerate(g.rows[at]) if v))
            res.issues.append(
                make_issue("TABLE_POSTS_REPLACED", rel, g.name, cell, value=caption,
                           rows=str(rows), sheet=f"“{og.name}”")
            )  # fmt: skip


_NOT_A_WORD = re.compile(r"[\W_]+")
_TAB_NUMBER = LazyRe(r"\d+|[一二三四五六七八九十]+")


# a holder cell pointing to an older year's list, not a name: '同上年', '同去年', '同2024年度',
# '与上年相同', '与去年清单一致' (not '同上', the row above: a ditto); '未变', '不变' (only beside
# an older list in the file, ``_AS_BEFORE``)
_AS_OLDER_LIST = re.compile(
    r"^(?:同|与|和|跟)(?:上一?年度?|去年度?|往年|前一?年度?|(20\d\d)年度?)"
    r"(?:的?(?:清单|一览表|表|责任人))?(?:相同|一致|同|未变|不变)?$"
)
_AS_BEFORE = re.compile(r"^(?:责任人|人员)?(?:未变|不变|没变|无变化|未变动|无变动|未调整)$")
_OLDER_HEAD = re.compile(r"上一?年|去年|往年|旧版|旧表")


def _holders_as_older_list(located: list, rel: str, res: FileResult) -> None:
    """This year's list whose holder cells say '同上年' ('同去年', '同2024年', '与上年相同'; '未变',
    '不变' beside an older list) under a note that they are last year's, beside last year's
    list in the file (a sheet of an earlier year's title or tab, or one headed '上年' …, naming
    its holders; set aside as ever for its points by ``_set_aside``): each such holder is the
    older list's holder of the same 科室 and post (the post alone where the older list has it
    once), one info a sheet; a post the older list lacks, or holds by two people, is no one's,
    a warning at its cell; with no older list in the file, an explicit '同上年' is no one's too,
    a warning (no person named '同上年'). A '同上' (the row above) is a ditto, read as ever."""
    from xlproc.identity import squeeze

    def said(f) -> str:
        return re.sub(r"[\s。.,，、;；:：()（）“”\"]+", "", f.person or "")

    # (the cheap test first: each pointer writes 同, 与, 和 or 跟 (the older list), or 未, 不, 没
    # or 无 (unchanged), sought in the holders joined, in C)
    persons = "\x00".join(f.person or "" for _g, fs, _s in located for f in fs)
    if not any(c in persons for c in "同与和跟未不没无"):
        return
    cells = [
        (g, f, sheet) for g, fs, sheet in located for f in fs
        if f.person and (_AS_OLDER_LIST.match(said(f)) or _AS_BEFORE.match(said(f)))
    ]  # fmt: skip
    if not cells:
        return  # (the cheap test: no holder cell pointing elsewhere)

    def head(grid) -> str:  # the tab and the title line
        title = next((r for r in grid.rows[:4] if any(r)), [])
        return grid.name + "".join(title)

    def year(grid) -> int:
        return max(map(int, _YEAR.findall(head(grid))), default=0)

    def named(rows) -> bool:  # a list naming its holders (most a person, not a pointer)
        people = [
            w for _d, _t, w in rows if w and not _AS_OLDER_LIST.match(w) and not _AS_BEFORE.match(w)
        ]
        return len(people) * 2 >= len(rows) > 0

    def older(g, sheet, want: int) -> list:
        """The file's older lists for sheet ``g``: of the year the cell names, else of an
        earlier year than the sheet's title or tab says (or headed '上年', '去年' …), latest
        first; a table of an older year set aside under the sheet's own list is one too."""
        now = year(g)
        found = []
        for o, fs, _s in located:
            if o is g or not fs:
                continue
            rows = [
                (squeeze(x.department or ""), squeeze(x.title or ""), squeeze(x.person or ""))
                for x in fs
            ]
            y = year(o)
            if want:
                ok = y == want
            else:
                ok = (0 < y < now) or (
                    bool(_OLDER_HEAD.search(head(o))) and not _OLDER_HEAD.search(head(g))
                )
            if ok and named(rows):
                found.append((y, f"同一文件中工作表“{o.name}”的往年清单", rows))
        for y, at, entries in getattr(sheet, "older_lists", ()):
            rows = [(squeeze(d or ""), squeeze(t or ""), squeeze(w or "")) for d, t, w in entries]
            if (not want or y == want) and named(rows):
                found.append((y, f"本工作表{at}起的{y}年清单", rows))
        return sorted(found, key=lambda t: -t[0])

    def pointer(w: str) -> bool:  # (an older list's own '同上年', not read yet: no one)
        return bool(_AS_OLDER_LIST.match(w) or _AS_BEFORE.match(w))

    # (the oldest list's pointers first: '2024年' saying '同上年' of 2023 names the holders its
    # own '同上年' in 2025 points to, whatever the order of the sheets)
    cells.sort(key=lambda c: year(c[0]) or (0 if _OLDER_HEAD.search(head(c[0])) else 1 << 20))
    done: dict[str, tuple[int, str, str, str]] = {}
    for g, f, sheet in cells:
        text = said(f)
        m = _AS_OLDER_LIST.match(text)
        want = int(m.group(1)) if m and m.group(1) else 0
        lists = older(g, sheet, want)
        if not lists and not m:
            continue  # ('未变' with no older list in the file: as ever)
        risks = sorted(f.risks, key=lambda x: x.row)
        col = next((rr.cols["person"] for rr in risks if "person" in rr.cols), None)
        at = cell_ref(risks[0].row, col) if risks and col is not None else f.person_cell
        head_row = g.rows[f.header_row] if f.header_row < len(g.rows) else []
        field = (
            squeeze(head_row[col])
            if col is not None and col < len(head_row) and head_row[col]
            else ""
        )
        field = field or f.person_field or "责任人"
        who, why, where = "", "没有往年的清单", "本文件"
        if lists:
            _y, where, rows = lists[0]
            dept, post = squeeze(f.department or ""), squeeze(f.title or "")
            rows = [(d, t, w) for d, t, w in rows if not pointer(w)]
            same = {w for d, t, w in rows if w and t == post and d == dept}
            # (the post alone where the 科室 was renamed or is not written: a 科室 the older list
            # has is the same 科室, its post new there, not another 科室's post of that name)
            if not same and post and not (dept and any(d == dept for d, _t, _w in rows)):
                alone = [(d, w) for d, t, w in rows if t == post]
                if len({d for d, _w in alone}) == 1:
                    same = {w for _d, w in alone if w}
            if len(same) == 1:
                who = next(iter(same))
            elif same:
                why = f"“{f.department or ''}{f.title or ''}”有{len(same)}人({'、'.join(sorted(same))})"
            else:
                why = f"没有“{f.department or ''}{f.title or ''}”这一岗位"
        if who:
            f.person = who
            for rr in f.risks:
                rr.person = who
            n, _fd, _v, _o = done.get(g.name, (0, field, text, where))
            done[g.name] = (n + 1, field, text, where)
            continue
        f.person = ""
        for rr in f.risks:
            rr.person = ""
        res.issues.append(
            make_issue("HOLDER_OLDER_LIST_UNMATCHED", rel, g.name, at, field=field,
                       value=text, older=where, why=why)
        )  # fmt: skip
    for name, (n, field, text, where) in done.items():
        res.issues.append(
            make_issue("HOLDERS_AS_OLDER_LIST", rel, name, field=field, value=text,
                       count=str(n), older=where)
        )  # fmt: skip


# a level cell pointing to an older year's list, not a level: '同上年', '同去年', '同2024年度',
# '与上年相同', '沿用上年', '维持上年等级', '上年等级不变' (each says 年: the cheap test; '同上',
# the row above, is a ditto read as ever)
_LEVEL_AS_OLDER = re.compile(
    r"^(?:(?:同|与|和|跟|沿用|延用|保持|维持|按|照|参照|依)"
    r"(?:上一?年度?|去年度?|往年|前一?年度?|(20\d\d)年度?)"
    r"(?:的?(?:清单|一览表|表|评定)?的?(?:风险)?(?:等级|级别|定级|结果)?)?"
    r"(?:相同|一致|同|未变|不变|无变化)?"
    r"|(?:上一?年度?|去年度?)的?(?:风险)?(?:等级|级别|定级)?(?:不变|未变|相同|一致|无变化))$"
)
_LEVEL_POINTER_PUNCT = re.compile(r"[\s。.,，、;；:：()（）“”\"'‘’]+")


def _levels_as_older_list(located: list, rel: str, res: FileResult) -> None:
    """This year's list whose level cells say '同上年' ('同去年', '与上年相同', '沿用上年', '同2024年')
    — under a note that such a level is last year's — beside last year's list on another sheet
    of the file (of an earlier year by its tab or title, or headed '上年' …; set aside as ever
    for its points by ``_set_aside``, which runs after): each such level is the level the older
    list gives the same point of the same 科室 and post (the point's words compared without
    spaces or punctuation; the holder may have changed; the point alone where the older list
    lacks the post, if it grades it once), one info a sheet (LEVELS_AS_OLDER_LIST); a point the
    older list lacks, or grades twice otherwise, keeps no level, a warning at its cell
    (LEVEL_OLDER_LIST_UNMATCHED) in place of LEVEL_UNKNOWN. Before, '同上年' was an unknown
    level word. With no other sheet of forms, nothing changes (LEVEL_UNKNOWN as ever)."""
    from xlproc.identity import squeeze

    with_forms = [x for x in located if x[1]]
    if len(with_forms) < 2:
        return  # (the cheap test: no other sheet to point to)

    def said(text: str) -> str:
        return _LEVEL_POINTER_PUNCT.sub("", text)

    cells = [
        (g, f, rr) for g, fs, _s in with_forms for f in fs for rr in f.risks
        if "年" in rr.risk_level and _LEVEL_AS_OLDER.match(said(rr.risk_level))
    ]  # fmt: skip
    if not cells:
        return

    def head(grid) -> str:  # the tab and the title line
        title = next((r for r in grid.rows[:4] if any(r)), [])
        return grid.name + "".join(str(c) for c in title if c)

    def year(grid) -> int:
        return max(map(int, _YEAR.findall(head(grid))), default=0)

    def words(text: str) -> str:  # a point's words, without its number, spaces or punctuation
        return re.sub(r"[\W_]+", "", _KEY_ITEM_NUMBER.sub("", text or ""))

    def older(g, want: int) -> list:
        """The file's older lists for sheet ``g``: of the year the cell names, else of an
        earlier year than the sheet's title or tab says (or headed '上年', '去年' …), latest
        first, each as (its sheet, its graded points)."""
        now, found = year(g), []
        for o, fs, _s in with_forms:
            if o is g:
                continue
            y = year(o)
            if want:
                ok = y == want
            else:
                ok = (0 < y < now) or (
                    bool(_OLDER_HEAD.search(head(o))) and not _OLDER_HEAD.search(head(g))
                )
            graded = [
                (squeeze(x.department or ""), squeeze(x.title or ""), words(rr.risk_point), rr)
                for x in fs
                for rr in x.risks
                if rr.risk_point and rr.risk_level
            ]
            if ok and graded:
                found.append((y, o.name, graded))
        return sorted(found, key=lambda t: -t[0])

    # (the oldest list's pointers first: '2024年' saying '同上年' of 2023 gives the level its
    # own '同上年' in 2025 points to, whatever the order of the sheets)
    cells.sort(key=lambda c: year(c[0]) or (0 if _OLDER_HEAD.search(head(c[0])) else 1 << 20))
    done: dict[str, list] = {}
    for g, f, rr in cells:
        text = said(rr.risk_level)
        m = _LEVEL_AS_OLDER.match(text)
        want = int(m.group(1)) if m and m.group(1) else 0
        lists = older(g, want)
        if not lists:
            continue  # (no older list in the file: an unknown level word as ever)
        _y, where, graded = lists[0]
        graded = [t for t in graded if not _LEVEL_AS_OLDER.match(said(t[3].risk_level))]
        dept, post, point = (
            squeeze(f.department or ""),
            squeeze(f.title or ""),
            words(rr.risk_point),
        )
        found = [o for d, t, p, o in graded if p == point and t == post and d == dept]
        # (the post alone where the 科室 was renamed or is not written, the point alone where
        # the post was renamed too: a 科室 the older list has is the same 科室)
        if not found and not (dept and any(d == dept for d, _t, _p, _o in graded)):
            found = [o for _d, t, p, o in graded if p == point and t == post]
            if not found and not any(t == post for _d, t, _p, _o in graded):
                found = [o for _d, _t, p, o in graded if p == point]
        levels = {(o.risk_level, o.level_as) for o in found}
        sheet = rr.sheet or g.name
        at = rr.cell("risk_level")
        if len(levels) == 1:
            rr.risk_level, rr.level_as = found[0].risk_level, found[0].level_as
            col = rr.cols.get("risk_level")
            row = g.rows[f.header_row] if 0 <= f.header_row < len(g.rows) else []
            field = (
                squeeze(str(row[col])) if col is not None and col < len(row) and row[col] else ""
            )
            entry = done.setdefault(sheet, [0, field or "风险级别", text, where])
            entry[0] += 1
            continue
        who = f"{f.department or ''}{f.title or ''}"
        why = (
            f"“{who}”的这一风险点有{len(levels)}个不同的等级"
            if levels
            else f"没有“{who}”的“{rr.risk_point}”这一风险点"
        )
        res.issues.append(
            make_issue("LEVEL_OLDER_LIST_UNMATCHED", rel, sheet, at, value=rr.risk_level,
                       older=f"工作表“{where}”的往年清单", why=why)
        )  # fmt: skip
    for sheet, (n, field, text, where) in done.items():
        res.issues.append(
            make_issue("LEVELS_AS_OLDER_LIST", rel, sheet, field=field, value=text,
                       count=str(n), older=f"工作表“{where}”的往年清单")
        )  # fmt: skip


# a work-safety list's name on its tab, its caption or its heading ('防火安全风险',
# '…安全风险隐患排查表', '危险源辨识清单', '隐患描述'), and an integrity list's ('廉政风险')
_SAFETY_NAMED = LazyRe(r"安全|隐患|防火|消防|危险源|双重预防")
_INTEGRITY_NAMED = LazyRe(r"廉政|廉洁|腐败|作风")
# a body or a department so named ('安全生产监督管理局', '消防救援大队', tab '安全监管股'): its
# own integrity list may say so, it names no hazard list
_SAFETY_BODY = LazyRe(
    r"(?:安全生产|安全|消防|防火)\w{0,4}?(?:局|站|所|股|科|室|处|大队|支队|中队|队|中心|办公室|委员会|办)"
)
# the work-safety scale (重大/较大/一般/低风险, 红/橙/黄/蓝), not an integrity list's 高/中/低
_SAFETY_SCALE = LazyRe(
    r"(?:重大|较大|一般|低)(?:风险)?(?:等级|级)?|[红橙黄蓝]色?(?:风险)?(?:等级|级)?"
)
_SAFETY_GRAVE = LazyRe(r"重大|较大|红|橙")
# what a hazard says (fire, power, machines, floods, drills) and what an integrity point says
_HAZARD_WORDS = LazyRe(
    r"火|消防|隐患|事故|危险|防汛|汛期|应急|演练|预案|设施|设备|器材|用电|电气|线路|燃|爆|泄漏"
    r"|坍塌|中毒|窒息|坠落|触电|溺水|油料|油库|易燃|车辆|驾驶|交通|巡查|巡护|灭火|疏散|通道"
    r"|防护|警示|检修|作业|有限空间|气体|危化|化学品|防雷|雷击|地质灾害|塌方|积水|超载|特种|防盗"
)
_INTEGRITY_WORDS = LazyRe(
    r"贿|职权|职务之便|谋取|私利|回扣|好处|吃拿卡要|泄露|虚报|套取|挪用|侵占|截留|优亲厚友|徇私"
    r"|滥用|暗箱|公款|宴请|吃请|礼品|礼金|红包|人情|亲友|干预|插手|以权|权力|收受|索要|冒领"
    r"|报销|贪|小金库|利益输送|打招呼|说情|放宽|裁量|审批|许可|执法|处罚|招标|采购|资金|经费"
    r"|补贴|补助|违规|违纪|不公|私自|特殊关照"
    # (an official's conduct: no hazard a site holds)
    r"|通风报信|包庇|袒护|瞒报|隐瞒|造假|弄虚作假|失职|渎职|玩忽职守|敷衍|选择性|以罚代管"
    r"|大事化小|不作为|乱作为"
)


def _safety_tables(
    grid, forms: list, config: Config | None = None
) -> list[tuple[set[int], str, int, int]]:
    """The tables of a sheet that are whole work-safety hazard lists (a 森林草原防火安全风险隐患
    排查表 on a sheet of its own, or under its own caption and heading below the integrity list):
    their tab, caption or heading says 安全/隐患/防火/消防/危险源 and none of them 廉政/廉洁; few
    of their points say what an integrity point says (审批, 收受, 违规 …); every level written is
    of the safety scale (重大/较大/一般/低风险 or 红/橙/黄/蓝; 高/中/低 and 一级 are not); and
    较大 or 重大 is there or most of their points name a hazard (火, 设施, 汛期 …). Each as (its risks' ids, its caption, the
    caption's row, its rows). A table is cut at each heading row (one repeated below the list,
    the reader went on through it); a part with no caption of its own goes with the one above
    (a page's heading printed again). A table whose types are an integrity list's (岗位职责,
    思想道德, 制度机制 …: the risk types of the config, half its points or more) is none, however
    its tab and levels read (a 应急管理局's 安全生产监管 posts' list on the 重大/较大/一般 scale)."""
    from xlproc.identity import squeeze

    rows = grid.rows

    def line(r: int) -> str:
        return squeeze("".join(str(v) for v in rows[r])) if r < len(rows) else ""

    if not _SAFETY_NAMED.search(squeeze(grid.name)) and (
        grid.lacks("安全", "隐患", "防火", "消防", "危险源", "双重预防")
        or not _SAFETY_NAMED.search(squeeze("".join(map("".join, rows))))
    ):
        return []  # (the cheap test: a hazard list is named so on its tab, caption or heading)
    # (after it: every way out before the table is looked at returns none, in any order)
    risks = sorted(
        (rr for f in forms for rr in f.risks if rr.risk_point.strip()), key=lambda rr: rr.row
    )
    heads = {f.header_row for f in forms if 0 <= f.header_row < len(rows)}
    if len(risks) < 2 or not heads:
        return []
    keys = {line(h) for h in heads}
    cuts = sorted(heads | {r for r in range(min(heads) + 1, len(rows)) if line(r) in keys})
    tab = squeeze(grid.name)
    out: list[tuple[set[int], str, int, int]] = []
    last, verdict = -1, None
    for i, h in enumerate(cuts):
        end = cuts[i + 1] if i + 1 < len(cuts) else len(rows)
        part = [rr for rr in risks if h < rr.row < end]
        lines = [(r, line(r)) for r in range(max(last + 1, h - 4), h) if line(r)]
        last = max([rr.row for rr in part] + [h])
        if not part:
            continue
        if not lines and i and verdict is not None:  # (a page's heading again: as the part above)
            if verdict:
                ids, named, r, n = out[-1]
                out[-1] = (ids | {id(rr) for rr in part}, named, r, n + len(part))
            continue
        # (its heading: one row, or two where the first point is lower)
        heads = line(h) + (line(h + 1) if part[0].row > h + 1 else "")
        verdict = _safety_part(part, "".join(v for _r, v in lines), heads, tab) and not (
            config is not None and _integrity_typed(part, config)
        )
        if verdict:
            named = next((v for _r, v in lines if _SAFETY_NAMED.search(v)), "") or tab
            r = next((r for r, v in lines if v == named), h)
            out.append(({id(rr) for rr in part}, named[:40], r, len(part)))
    return out


def _integrity_typed(part: list, config: Config) -> bool:
    """Whether half a table's points or more are typed with an integrity list's risk types (the
    config's: 岗位职责, 思想道德, 制度机制, 外部环境 …), no hazard list's ('火灾', '人的不安全行为')."""
    typed = [rr.risk_type for rr in part if rr.risk_type.strip()]
    known = sum(1 for v in typed if config.types(v)[0] and not config.types(v)[1])
    # (not a hazard list's 人/物/环境/管理, whose 环境 alone is a type word: the others none)
    return known >= 2 and known * 2 >= len(part) and (len(typed) - known) * 5 <= len(typed)


def _safety_part(part: list, caption: str, heads: str, tab: str) -> bool:
    """Whether one table's risks (under ``caption`` and ``heads``, on tab ``tab``) are a work-
    safety hazard list (``_safety_tables``)."""
    caption, heads, tab = (_SAFETY_BODY.sub("", v) for v in (caption, heads, tab))
    said = caption + heads
    if _INTEGRITY_NAMED.search(said) or (
        _INTEGRITY_NAMED.search(tab) and not _SAFETY_NAMED.search(caption)
    ):
        return False
    if len(part) < 2 or not (_SAFETY_NAMED.search(said) or _SAFETY_NAMED.search(tab)):
        return False
    texts = [rr.risk_point + rr.description for rr in part]
    if sum(bool(_INTEGRITY_WORDS.search(t)) for t in texts) * 5 > len(texts):
        return False
    levels = [re.sub(r"\s", "", rr.risk_level) for rr in part if rr.risk_level.strip()]
    if levels and not all(_SAFETY_SCALE.fullmatch(v) for v in levels):
        return False  # (高/中/低, 一级/二级: an integrity scale, read as before)
    grave = len(levels) >= 2 and any(_SAFETY_GRAVE.search(v) for v in levels)
    return grave or sum(bool(_HAZARD_WORDS.search(t)) for t in texts) * 2 >= len(texts)


def _set_aside(located: list, rel: str, res: FileResult) -> list:
    """Of a file's sheets with forms, those marked void or last year's ('2023年(作废)', '上年',
    a title of 2023 beside one of 2024), drafts beside the final sheet of the same posts ('初稿'
    beside '定稿'), summaries naming no one of the points the other sheets give their holders,
    and blank copies of the form beside filled ones, are reported once each and not read as
    risk points; when every sheet is such, none is."""
    from xlproc.identity import squeeze

    with_forms = [x for x in located if x[1]]
    if len(with_forms) < 2:
        return located

    def head(grid) -> str:  # the tab and the title line
        title = next((r for r in grid.rows[:4] if any(r)), [])
        return grid.name + "".join(title)

    def posts(x) -> set:  # who and which post each form of the sheet is
        return {k for f in x[1] for k in (f.person, (f.department, f.title)) if k and all(k)}

    def points(x) -> set:
        return {rr.risk_point for f in x[1] for rr in f.risks if rr.risk_point}

    def plain_points(x) -> set:  # (as written but for spaces and punctuation)
        return {_PUNCT_SPACE.sub("", p) for p in points(x)} - {""}

    def same_posts(x, o) -> bool:
        """Sheet ``o`` is of most of ``x``'s people (both name them) or else of its posts, in
        the same unit where both name one."""
        ux, uo = {f.unit for f in x[1] if f.unit}, {f.unit for f in o[1] if f.unit}
        if ux and uo and not ux & uo:
            return False  # another village's, another unit's sheet of the same posts
        px, po = {f.person for f in x[1] if f.person}, {f.person for f in o[1] if f.person}
        if not (px and po):
            px = {(f.department, f.title) for f in x[1] if f.title}
            po = {(f.department, f.title) for f in o[1] if f.title}
        return len(px & po) * 2 >= len(px) > 0

    why: dict[int, tuple[str, str]] = {}
    years = {id(x): max(map(int, _YEAR.findall(head(x[0]))), default=0) for x in with_forms}
    for x in with_forms:
        m = _VOID.search(head(x[0]))
        # an earlier year's sheet beside a later one of the same people or posts: last year's
        later = [o for o in with_forms if years[id(o)] > years[id(x)] > 0] if years[id(x)] else []
        # most of its people or posts again on a later sheet (not one 分管 leader shared by two)
        newer = [o for o in later if len(posts(o) & posts(x)) * 2 >= len(posts(x)) > 0]
        if m:
            why[id(x)] = (f"标明“{m.group(0)}”", m.group(0))
        elif newer:
            y, n = years[id(x)], max(years[id(o)] for o in newer)
            why[id(x)] = (f"是{y}年的表(同一文件另有同一岗位{n}年的表)", f"{y}年")
        elif said := next(
            (
                i.value
                for i in x[2].issues
                if i.code in ("TABLE_SUPERSEDED_ALONE", "TABLE_REFERENCE_ALONE")
            ),
            "",
        ):
            # '附：2023年版原清单（已废止，仅供对照）' over the sheet's every list (read and warned
            # there, ``_repealed_caption``) beside a sheet of current ones: the old list's sheet
            # (so a sheet of a reference catalogue, '…参考目录（供对照查找）', beside the unit's own)
            why[id(x)] = (f"标明“{said}”", said)
    # a quarter's or a half-year's sheet beside a later one of the same year and posts ('一季度'
    # beside '三季度'): a re-assessment since replaced
    period = {id(x): _period(head(x[0])) for x in with_forms}
    for x in with_forms:
        px = period[id(x)]
        if px is None or id(x) in why:
            continue
        if "新增" in head(x[0]):
            continue  # ('一季度新增': that quarter's new points, not a re-assessment)
        said = points(x)
        later = [
            o
            for o in with_forms
            if (po := period[id(o)]) is not None
            and po[0] > px[0]
            and years[id(o)] == years[id(x)]
            and same_posts(x, o)
            and same_posts(o, x)  # (one leader over two quarters' different 股室: no)
            and len(points(o) & said) * 2 >= len(said) > 0  # (its points assessed again)
        ]
        if later:
            last = max((period[id(o)] for o in later), key=lambda p: p[0])
            why[id(x)] = (f"是{px[1]}的表(同一文件另有同一岗位{last[1]}的表)", px[1])
    # a draft beside a later stage of the same posts ('初稿' beside '定稿', '送审稿' beside
    # '正式稿'); beside a sheet that says nothing, only a draft repeating its points
    stage = {id(x): _stage(head(x[0])) for x in with_forms}
    for x in with_forms:
        sx = stage[id(x)]
        if sx is None or sx == 2 or id(x) in why:
            continue
        said = points(x)
        later = any(
            id(o) not in why
            and o is not x
            and same_posts(x, o)
            and (
                (stage[id(o)] is not None and stage[id(o)] > sx)
                or (stage[id(o)] is None and sx == 0 and len(points(o) & said) * 2 >= len(said) > 0)
            )
            for o in with_forms
        )
        if later:
            word = (_SENT if sx == 1 else _DRAFT).search(head(x[0])).group(0)
            why[id(x)] = (f"标明“{word}”(同一文件另有同一岗位的定稿)", word)
    # a hidden sheet of the same posts and points as a shown one: a draft or an old copy kept
    # out of sight (not a hidden page of more points, nor another 科室's under a shared leader)
    for x in with_forms:
        if id(x) in why or not x[0].hidden:
            continue
        said = plain_points(x)
        shown = next(
            (
                o
                for o in with_forms
                if not o[0].hidden
                and id(o) not in why
                and same_posts(x, o)
                and len(plain_points(o) & said) * 2 >= len(said) > 0
            ),
            None,
        )
        if shown is not None:
            why[id(x)] = ("HIDDEN", shown[0].name)

    # a shown sheet giving the same named holders, points and levels under the same title as
    # one before it, word for word but for spaces and punctuation ('清单' then '打印版', the
    # list typed out again): a second copy, read once
    def said_all(x) -> frozenset:
        return frozenset(
            (f.unit, f.department, f.title, f.person, _PUNCT_SPACE.sub("", rr.risk_point),
             rr.risk_level.strip())
            for f in x[1]
            for rr in f.risks
        )  # fmt: skip

    seen_lists: dict[tuple, str] = {}
    for x in with_forms:
        if id(x) in why or x[0].hidden or sum(len(f.risks) for f in x[1]) < 2:
            continue
        if not all(f.person for f in x[1]):
            continue  # (posts only: two villages' or schools' sheets of the same posts, by tab)
        title = next((squeeze("".join(r)) for r in x[0].rows[:4] if any(r)), "")
        key = (title, said_all(x))
        if key in seen_lists:
            why[id(x)] = ("COPY", seen_lists[key])
        else:
            seen_lists[key] = x[0].name
    # a sheet naming no one whose every point stands word for word on the other sheets under
    # a named holder: a summary for the 公示栏 gathered from them ('汇总（公示）')
    # (one naming its holders too, each point standing on another sheet under the same one:
    # '分级汇总' restating the list by level)
    summaries = [x for x in with_forms if id(x) not in why and _SUMMARY.search(head(x[0]))]
    named: dict[tuple[str, str], list] = {}
    for x in with_forms if summaries else ():  # (the points' index only where one may be)
        for f in x[1]:
            if f.person:
                for rr in f.risks:
                    if rr.risk_point:
                        named.setdefault((squeeze(rr.risk_point), f.title), []).append((f, x))

    def restated(f, rr, x) -> bool:  # the point of the post, of a named form of the same body
        return any(
            (not f.unit or not o.unit or f.unit.startswith(o.unit) or o.unit.startswith(f.unit))
            and (not f.department or not o.department or f.department == o.department)
            and (not f.person or (o.person == f.person and ox is not x))
            for o, ox in named.get((squeeze(rr.risk_point), f.title), ())
        )

    for x in summaries:
        said = [(f, rr) for f in x[1] for rr in f.risks if rr.risk_point]
        if len(said) >= 2 and all(restated(f, rr, x) for f, rr in said):
            why[id(x)] = ("SUMMARY", "")
    filled = [x for x in with_forms if id(x) not in why and any(f.risks for f in x[1])]
    if not filled:
        return located
    for x in with_forms:
        if id(x) not in why and not any(f.risks or f.person for f in x[1]):
            why[id(x)] = ("", "")  # a blank copy of the form: nothing in it to read
    out = []
    for x in located:
        if id(x) not in why:
            out.append(x)
            continue
        value, word = why[id(x)]
        if value == "SUMMARY":
            res.issues.append(make_issue("SHEET_SUMMARY", rel, x[0].name))
            continue
        if value == "HIDDEN":
            res.issues.append(make_issue("SHEET_HIDDEN_SET_ASIDE", rel, x[0].name, value=word))
            continue
        if value == "COPY":
            res.issues.append(make_issue("SHEET_SECOND_COPY", rel, x[0].name, value=word))
            continue
        code = "SHEET_SET_ASIDE" if value else "SHEET_BLANK_FORM"
        res.issues.append(make_issue(code, rel, x[0].name, value=value, field=word))
    return out


def _join_split_list(located: list, config: Config, by_type: bool = False) -> None:
    """One list split into a sheet per level or type ('一级风险' | '二级风险' | '三级风险' tabs):
    a post on several of its sheets is one form, its points from each (not one form per sheet,
    each graded on part of its points and reported as sent twice)."""
    from xlproc.identity import caption_level, squeeze
    from xlproc.locate import titled_types

    def facet(grid, forms) -> bool:
        """The tab (or, in a file split by type, the title) names a level or a type: the part of
        the list the sheet holds."""
        name = squeeze(grid.name)
        if not by_type and not any(w in name for w in words):
            return False  # (the cheap test: 'Sheet1', '办公室' name no part of a split list)
        if not all(f.style == "list" for f in forms):
            return False
        if (
            by_type
            and len(titled_types(squeeze("".join("".join(r) for r in grid.rows[:3])), config)) == 1
        ):
            return True
        if len(name) > 10:
            return False
        known, unknown = config.types(name)  # ('岗位职责风险' a type, not a post's word)
        if len(known) == 1 and not unknown and known[0].removesuffix("风险") in name:
            return True
        return "岗位" not in name and bool(caption_level(name, config))

    if sum(1 for x in located if x[1]) < 2:
        return  # (one sheet of forms: nothing split)
    # words a tab naming a level or a type has: 风险, 级 or a configured type's name
    words = {"风险", "级", *(t.removesuffix("风险") for t in config.risk_types.canonical)}
    split = [x for x in located if x[1] and facet(x[0], x[1])]
    if len(split) >= 2:
        _join_sheets(located, split)


def _join_point_sheets(located: list) -> None:
    """Sheets one key point each whose holders are the rows of a table under the point's label
    block (一点一策, ``_point_holders_table``): a holder on several of them is one form, his
    points from each (not the same holder sent twice)."""
    split = [x for x in located if x[1] and all(f.point_sheet for f in x[1])]
    if len(split) >= 2:
        _join_sheets(located, split)


def _join_sheets(located: list, split: list) -> None:
    """The forms of the sheets ``split`` (of ``located``), parts of one list: a holder on several
    of them is one form, its points from each; the same point on two of them is a copy sent twice
    and stays apart."""
    from xlproc.identity import squeeze

    first: dict[tuple, object] = {}
    for i, (grid, forms, sheet) in enumerate(located):
        if not any(grid is g for g, _f, _s in split):
            continue
        kept = []
        for f in forms:
            f.split_sheets = True  # (one list: his forms under two 科室 no copy sent twice)
            key = (f.unit, squeeze(f.department), squeeze(f.title), squeeze(f.person))
            into = first.get(key) if (f.person or f.title) else None
            if into is not None and {squeeze(rr.risk_point) for rr in f.risks} & {
                squeeze(rr.risk_point) for rr in into.risks
            }:
                into = None  # the same point on two of the sheets: sent twice, not one list
            if into is None:
                first[key] = f
                kept.append(f)
                continue
            for rr in f.risks:
                rr.sheet = rr.sheet or f.sheet
            into.risks.extend(f.risks)
            into.duty_texts = list(dict.fromkeys([*into.duty_texts, *f.duty_texts]))
        if len(kept) != len(forms):
            located[i] = (grid, kept, sheet)


def _levels_by_tab_colour(located, path: Path, rel: str, res: FileResult, config: Config) -> None:
    """A list split into neutrally named sheets ('表1 | 表2 | 表3') with no level column, each
    sheet's level the colour of its TAB, as a note says ('说明：以工作表标签颜色区分：红色标签为一级
    风险，橙色标签为二级风险，黄色标签为三级风险'): each point with no level of its own takes its
    sheet's tab's, said once; and the sheets are one list, a holder on several of them one form
    (as tabs named '一级风险' are). Tabs coloured under no such note, and a note giving the CELLS'
    fills levels, are left to the other steps (.xlsx; the tabs are read only under the note)."""
    from xlproc.fills import nearest, tab_colours, tab_levels

    if path.suffix.lower() not in (".xlsx", ".xlsm") or not any(x[1] for x in located):
        return
    levels: dict[str, str] = {}
    noted = ""
    for g, forms, _sh in located:  # (the cheap test: a note naming the tabs, '标签')
        if _notes_lack(g, "标签", "页签"):
            continue  # (the cheaper: 标签/页签 in the cells or the lent notes)
        legend = _legend(g, forms, "标签", "页签")
        levels = tab_levels(legend, config.level) if legend else {}
        if levels:
            noted = g.name
            break
    if not levels:
        return
    tabs = tab_colours(path)
    of_sheet = {}
    for name, colour in tabs.items():
        lv = levels.get(nearest(colour, levels), "")
        if lv:
            of_sheet[name] = lv
    if not of_sheet:
        return  # (no tab coloured as the note says: an .xls copy, say)
    done = []
    for x in located:
        g, forms, _sh = x
        found = 0
        for f in forms:
            for rr in f.risks:
                lv = of_sheet.get(rr.sheet or g.name, "")
                if lv and not rr.risk_level.strip():
                    rr.risk_level = lv
                    found += 1
        if found and g.name in of_sheet:
            done.append(x)
    if not done:
        return
    said = "、".join(
        f"{n}（{tabs[n]}色）={lv}" for n, lv in of_sheet.items() if n in {x[0].name for x in done}
    )
    took = "、".join(f"“{x[0].name}”" for x in done)  # (a sheet with levels of its own: not named)
    res.issues.append(make_issue("LEVEL_BY_TAB_COLOUR", rel, noted, value=said, field=took))
    if len(done) >= 2:
        # one list: a sheet under no title of its own is the titled sheet's unit's (or office's,
        # '…市场监督管理所岗位廉政风险防控表' over the first sheet only)
        for field in ("unit", "department"):
            said = {getattr(f, field) for x in done for f in x[1]} - {""}
            if len(said) != 1:
                continue
            for _g, forms, _sh in done:
                if not any(getattr(f, field) for f in forms):
                    for f in forms:
                        setattr(f, field, next(iter(said)))
        _join_sheets(located, done)


def _roster_key_directory(located) -> list[tuple[str, dict[str, list[tuple[str, str]]]]]:
    """The rosters of the file's sheets of no list ('通讯录': 姓名 | 职务 | 办公电话): for each
    of their columns of numbers (a digit in each value: phones, 工号, rooms), where it is and
    value (spaces and dashes gone) → [(post, name)]."""
    from xlproc.columns import heading_role, looks_like_name
    from xlproc.identity import squeeze
    from xlproc.locate_base import _roster_key_value

    out = []
    for g, forms, _sheet in located:
        if forms:
            continue
        for r, row in enumerate(g.rows[:10]):
            roles = {c: heading_role(squeeze(v)) for c, v in enumerate(row) if v and v.strip()}
            pc = next((c for c, h in roles.items() if h and h.strength >= 2 and h.role == "person"), None)  # fmt: skip
            if pc is None:
                continue
            tc = next((c for c, h in roles.items() if h and h.role == "title"), None)
            for kc in roles:
                if kc in (pc, tc) or (roles[kc] and roles[kc].role in ("seq", "department")):
                    continue
                by: dict[str, list[tuple[str, str]]] = {}
                for x in g.rows[r + 1 :]:
                    name = squeeze(x[pc]) if pc < len(x) else ""
                    if not looks_like_name(name):
                        break
                    k = _roster_key_value(squeeze(x[kc])) if kc < len(x) else ""
                    if k and any(ch.isdigit() for ch in k):
                        post = squeeze(x[tc]) if tc is not None and tc < len(x) else ""
                        by.setdefault(k, []).append((post, name))
                if len(by) >= 2:
                    out.append((f"{g.name}!{cell_ref(r, kc)}", by))
            break
    return out


# a sheet's own line naming the post's code: '岗位编号：GW01', '岗位代码: GW-01'
_TAB_CODE_LINE = LazyRe(r"^(?:岗位)?(?:编号|代码|代号|编码)\s*[:：]\s*([A-Za-z0-9\-－_—]{2,16})$")


def _tab_key(text: str) -> str:
    """A post's code as compared: 'gw-01', 'GW01 ', 'GW－01' → 'GW01'."""
    return re.sub(r"[\s\-－_—]", "", text).upper()


def _code_letters(key: str) -> str:
    """The letters a code opens with ('GW' of 'GW01'): the kind of code it is."""
    return re.match(r"[A-Z]*", key).group()


def _sheet_code(g, f) -> tuple[str, str]:
    """The code a sheet names its post by: its tab's name where that is a code ('GW01'), else a
    '岗位编号：GW01' line above its table (with its cell), else ('', '')."""
    from xlproc.identity import squeeze
    from xlproc.locate import _CODE_VALUE

    name = squeeze(g.name)
    if _CODE_VALUE.match(name):
        return _tab_key(name), ""
    for r, row in enumerate(g.rows[: max(0, f.header_row)]):
        cells = [(c, squeeze(v)) for c, v in enumerate(row) if v and v.strip()]
        for k, (c, v) in enumerate(cells):
            m = _TAB_CODE_LINE.match(v)
            if m is None and _TAB_CODE_LINE.match(v + "：X") and k + 1 < len(cells):
                m = _TAB_CODE_LINE.match(v + "：" + cells[k + 1][1])  # '岗位编号 | GW01'
            if m and _CODE_VALUE.match(m.group(1)):
                return _tab_key(m.group(1)), cell_ref(r, c)
    return "", ""


# the words a heading over codes ends with (``locate_base._CODE_HEAD``, ``code_table``'s)
_CODE_HEAD_WORDS = ("编码", "编号", "代码", "代号")


def _holders_by_tab_code(located, rel: str, res: FileResult) -> None:
    """Sheets one a post named only by the post's code (tabs 'GW01' … or a '岗位编号：GW01' line),
    naming no 科室, post or holder of their own, and a register of the posts on another sheet of
    the file ('岗位设置': 岗位编号 | 科室 | 岗位名称 | 在岗人员, one row a code, its codes unique):
    each such sheet's form is the register row's 科室, post and holder (a form each of several
    names in one cell), one info at the register. Once a sheet is joined, a register code with
    no sheet is a warning at its cell, and a code-named holderless sheet the register lacks is
    a warning (it stays as read)."""
    from xlproc.identity import HOLDER_SPLIT, several_names, squeeze, tier_of_post
    from xlproc.locate import code_table

    registers = []
    for g, forms, _sheet in located:
        if forms or g.lacks(*_CODE_HEAD_WORDS):
            continue  # (the cheap test: a 编码/编号/代码/代号 heading in the cells)
        got = code_table(g, bare=True)
        if got is None:
            continue
        r, kc, table = got
        if all(len(v) == 1 for v in table.values()):
            keyed = {_tab_key(code): (code, v[0]) for code, v in table.items()}
            if len(keyed) == len(table):
                registers.append((g, r, kc, keyed))
    if not registers:
        return
    # (two registers, a 科室 list 'KS01 | 办公室 | 负责人' before the posts' 'GW01 …': the one
    # whose codes the sheets are named by; review 129d)
    named = {
        _sheet_code(g, f)[0]
        for g, forms, _s in located
        for f in forms
        if f.risks and f.style != "template"
    }
    rg, r, kc, keyed = max(registers, key=lambda x: len(named & x[3].keys()))
    joined: dict[str, list[str]] = {}  # code → the sheets it named
    own: set[str] = set()  # codes whose sheets name their holders themselves (no sheet lacking)
    lacking = []  # (sheet, code, cell) of code-named holderless sheets the register lacks
    for i, (g, forms, sheet) in enumerate(located):
        if g is rg or not forms:
            continue
        out = []
        text = "".join(c for row in g.rows for c in row if c)
        for f in forms:
            if (
                any(x and x in text for x in (f.person, f.title, f.department))
                or any(rr.person or rr.title or rr.department for rr in f.risks)
                or not f.risks
                or f.style == "template"
            ):
                out.append(f)  # (a sheet naming its own post or holder keeps them)
                if f.risks and f.style != "template":
                    own.add(_sheet_code(g, f)[0])
                continue
            key, at = _sheet_code(g, f)
            if not key:
                out.append(f)
                continue
            if key not in keyed:
                if _code_letters(key) in {_code_letters(k) for k in keyed}:
                    lacking.append((g.name, key, at or cell_ref(f.header_row, 0)))
                out.append(f)  # (a tab 'Sheet3' is no code of the register's kind)
                continue
            code, (x, (dept, post, person)) = keyed[key]
            # (the register's cell as written: '糜霁川\n阙予安', '糜霁川 阙予安' are two, read
            # apart before squeezing; review 129d)
            raw = next((v for v in rg.rows[x] if v and squeeze(v) == person), person)
            names = [n for n in HOLDER_SPLIT.split(raw.strip()) if n]
            if not several_names(names):
                names = raw.split()
            names = names if several_names(names) else [person]
            tier = tier_of_post(post, dept) or f.tier
            for name in names:
                one = replace(f, department=dept, title=post, person=name, tier=tier,
                              risks=[replace(rr, department=dept, title=post, person=name)
                                     for rr in f.risks])  # fmt: skip
                out.append(one)
            joined.setdefault(code, []).append(g.name)
        located[i] = (g, out, sheet)
    if not joined:
        return
    shown = []
    for code, sheets in joined.items():
        _dept, post, person = keyed[_tab_key(code)][1][1]
        tabs = [x for x in sheets if _tab_key(x) != _tab_key(code)]
        shown.append(f"{code}{'（' + '、'.join(tabs) + '）' if tabs else ''}={post} {person}")
    res.issues.append(
        make_issue("HOLDERS_BY_TAB_CODE", rel, rg.name, cell_ref(r, kc),
                   field=squeeze(rg.rows[r][kc]), value="、".join(shown), count=str(len(joined)))
    )  # fmt: skip
    for code, (x, _who) in sorted(keyed.values(), key=lambda v: v[1][0]):
        if code not in joined and _tab_key(code) not in own:
            res.issues.append(
                make_issue("REGISTER_CODE_NO_SHEET", rel, rg.name, cell_ref(x, kc), value=code)
            )
    for name, key, at in lacking:
        res.issues.append(
            make_issue("TAB_CODE_NOT_IN_REGISTER", rel, name, at, value=key, field=rg.name)
        )


def _holders_by_roster_key_across(located, rel: str, res: FileResult) -> None:
    """A list with no 姓名 column whose column of numbers ('联系电话 | 0433-3221518' merged over
    a holder's rows) a roster on another sheet ('通讯录': 姓名 | 职务 | 办公电话) has in a column
    of its own: each row the person of its number, a form a holder (two of one post told apart
    by their numbers), one info; before the post → name lookup. A number the roster lacks: a
    warning, the row keeps its post (the same sheet's roster: ``_holders_by_roster_key``)."""
    from xlproc.columns import heading_role
    from xlproc.identity import squeeze
    from xlproc.locate_base import _roster_key_value

    directory = _roster_key_directory(located)
    if not directory:
        return  # (the cheap test: no sheet of numbers and names)
    skip = {"risk_point", "description", "measures", "risk_level", "risk_type", "seq", "person"}
    for i, (g, forms, sheet) in enumerate(located):
        out = []
        for f in forms:
            if f.person or f.style != "list" or f.holder_column or not f.risks:
                out.append(f)
                continue
            head = g.rows[f.header_row] if f.header_row < len(g.rows) else []
            if any((h := heading_role(squeeze(v))) and h.role == "person" for v in head if v):
                out.append(f)
                continue
            risks = sorted(f.risks, key=lambda x: x.row)
            done = None
            for c, v in enumerate(head):
                if not v or not v.strip():
                    continue
                h = heading_role(squeeze(v))
                if h is not None and h.role in skip:
                    continue
                vals = []
                for rr in risks:
                    at = g.merged_into.get((rr.row, c), (rr.row, c))
                    cell = g.rows[at[0]][c] if c < len(g.rows[at[0]]) else ""
                    vals.append(_roster_key_value(squeeze(cell)))
                if len(set(vals) - {""}) < 2 or not all(
                    not x or any(ch.isdigit() for ch in x) for x in vals
                ):
                    continue
                for at, by in directory:
                    hit = sum(1 for x in vals if len(by.get(x, ())) == 1)
                    if len(set(vals) & by.keys()) >= 2 and 2 * hit > len(vals):
                        done = (c, vals, at, by)
                        break
                if done:
                    break
            if not done:
                out.append(f)
                continue
            c, vals, at, by = done
            field = squeeze(head[c])
            groups: dict[tuple[str, str], list] = {}
            shown: dict[str, str] = {}
            for rr, x in zip(risks, vals, strict=True):
                got = by.get(x, [])
                if len(got) != 1:
                    res.issues.append(
                        make_issue("HOLDER_ROSTER_KEY_UNMATCHED", rel, g.name,
                                   cell_ref(rr.row, c), field=field, value=x or "空白")
                    )  # fmt: skip
                    groups.setdefault(("", ""), []).append(rr)
                    continue
                post, name = got[0]
                rr.person = name
                rr.title = rr.title or post
                groups.setdefault((name, post), []).append(rr)
                shown[x] = f"{x}={rr.title} {name}"
            for (name, post), rs in groups.items():
                out.append(replace(f, person=name, title=f.title or post, risks=rs))
            res.issues.append(
                make_issue("HOLDERS_BY_ROSTER_KEY", rel, g.name, cell_ref(risks[0].row, c),
                           field=field, value="、".join(shown.values()), legend=at)
            )  # fmt: skip
        located[i] = (g, out, sheet)


def _registers_by_year(located) -> list:
    """``located`` with the card sign-off registers (``roster_signed``) that name a year in their
    tab or title ('2024年签收登记', '2025年防控卡发放签收登记表') put in the years' order among the
    places the registers take, so the latest year's signer of a post is the one kept whatever the
    tab order; as it stands where fewer than two name a year."""

    def year(g) -> int | None:
        lines = [g.name] + [v for row in g.rows[:2] for v in row if v]  # (tab, title)
        got = {int(y) for x in lines for y in re.findall(r"(?<!\d)(20\d\d)(?!\d)", x)}
        return max(got) if len(got) == 1 else None

    places = [
        i
        for i, (g, forms, sheet) in enumerate(located)
        if not forms and sheet.roster_signed and sheet.roster and year(g) is not None
    ]
    if len(places) < 2:
        return list(located)
    out = list(located)
    ordered = sorted((located[i] for i in places), key=lambda x: year(x[0]))
    for i, item in zip(places, ordered, strict=True):
        out[i] = item
    return out


def _holders_from_rosters(located, rel: str, res: FileResult) -> None:
    """A sheet that only lists who holds which post ('岗位人员': 科室 | 岗位 | 姓名) names the
    holders of the posts the file's lists leave unnamed, where it names one holder of that post
    (of that 科室 and post, or of that post alone). A post its status column ('在岗情况') leaves
    with several staff in post ('稽核员': '在岗', '在岗（县中医医院借调）') is each one's, a
    form each; one it lists two or more for with no such column stays post-only, said
    (ROSTER_POST_SEVERAL_HOLDERS)."""
    from xlproc.identity import squeeze
    from xlproc.locate import roster_lookup
    from xlproc.locate_base import roster_key

    roster: dict[str, str] = {}
    several: dict[str, tuple[str, str, list[str]]] = {}  # key → (sheet, cell, names)
    # its posts several staff hold told apart by a '分管工作' column: key → (sheet, cell, duty → name)
    by_duty: dict[str, tuple[str, str, dict[str, str]]] = {}
    # the rosters that are a card's sign-off register ('领卡人（签名）'): (sheet, cell, heading, roster)
    registers: list[tuple[str, str, str, dict[str, str]]] = []
    for g, forms, sheet in _registers_by_year(located):
        if not forms:
            roster.update(sheet.roster)
            # (each one's: the names joined by '\x01', told from one name after the lookup)
            roster.update({k: "\x01".join(ns) for k, ns in sheet.roster_many.items()})
            several.update({k: (g.name, at, ns) for k, (at, ns) in sheet.roster_several.items()})
            by_duty.update({k: (g.name, at, m) for k, (at, m) in sheet.roster_by_duty.items()})
            if sheet.roster_signed and sheet.roster:
                registers.append((g.name, *sheet.roster_signed, sheet.roster))
    _roster_status_used(located, rel, res)
    _holders_by_duty_on_sheet(located, rel, res)
    if not roster:
        return
    unnamed = [
        f
        for _g, forms, _sheet in located
        for f in forms
        if not f.person and f.style == "list" and f.title and not f.holder_column
    ]  # (a blank under a 姓名 column is a vacancy, no name to fill in)
    depts: dict[str, set[str]] = defaultdict(set)  # post → the 科室 it stands in on the lists
    for f in unnamed:
        depts[squeeze(f.title)].add(squeeze(f.department))
    every = frozenset(squeeze(f.department) for _g, fs, _s in located for f in fs if f.department)
    said: set[str] = set()
    signed: dict[str, list[str]] = {}  # a register's sheet → the posts its signers were given
    for f in unnamed:
        name = roster_lookup(roster, f.department, f.title, len(depts[squeeze(f.title)]) > 1, every)
        for sheet, _at, _head, held in registers:
            if name and any(name in v.split("\x01") for v in held.values()):
                signed.setdefault(sheet, []).append(squeeze(f.title))
                break
        if not name and _split_by_duty(located, f, by_duty, rel, res, said):
            continue  # (each row's holder the one whose 分管工作 it repeats: a form each)
        if not name:
            key = roster_key(f.department, f.title)
            hit = several.get(key) or several.get(roster_key("", f.title))
            if hit and key not in said:
                said.add(key)
                sheet, at, names = hit
                res.issues.append(
                    make_issue("ROSTER_POST_SEVERAL_HOLDERS", rel, sheet, at,
                               value=squeeze(f.department) + squeeze(f.title),
                               names="、".join(names))
                )  # fmt: skip
            continue
        names = name.split("\x01")
        f.person = names[0]
        for rr in f.risks:
            rr.person = names[0]
        if len(names) > 1:
            forms = next(fs for _g, fs, _s in located if any(x is f for x in fs))
            at = next(i for i, x in enumerate(forms) if x is f)
            forms[at + 1 : at + 1] = [
                replace(f, person=one, risks=[replace(rr, person=one) for rr in f.risks])
                for one in names[1:]
            ]  # (a form each, in the roster's order)
    for sheet, at, head, _held in registers:
        if sheet in signed:  # (a register matching none of the lists' posts: unsaid)
            res.issues.append(
                make_issue("HOLDERS_BY_SIGN_REGISTER", rel, sheet, at, field=head,
                           value="、".join(dict.fromkeys(signed[sheet])))
            )  # fmt: skip


def _split_by_duty(
    located,
    f,
    by_duty: dict,
    rel: str,
    res: FileResult,
    said: set,
    code: str = "HOLDERS_BY_ROSTER_DUTY",
) -> bool:
    """A post-only list's form ``f`` of a post the roster gives two or more holders, each with
    his own '分管工作' (``roster_by_duty``), whose rows each repeat one holder's 分管工作 word for
    word in their duty column: split into a form a holder, in the list's order, each with the
    rows of his 分管工作 (HOLDERS_BY_ROSTER_DUTY, once a roster post); False, ``f`` as it was,
    where a row's duty is blank or none of theirs."""
    from xlproc.identity import squeeze
    from xlproc.locate_base import roster_key

    if not by_duty or not f.risks:
        return False
    key = roster_key(f.department, f.title)
    hit = by_duty.get(key) or by_duty.get(roster_key("", f.title))
    if hit is None:
        return False
    sheet, at, duties = hit
    whose = [duties.get(squeeze(rr.duty or "")) for rr in f.risks]
    if not all(whose):
        # the list's column repeating the 分工 under a heading read as no duty ('工作分工',
        # '分工'): the one holder whose text a cell of the row repeats word for word
        grid = next((g for g, fs, _s in located if any(x is f for x in fs)), None)
        whose = [w or _duty_in_row(grid, rr, duties) for w, rr in zip(whose, f.risks, strict=True)]
        if not all(whose):
            return False
    order = list(dict.fromkeys(whose))
    forms = next(fs for _g, fs, _s in located if any(x is f for x in fs))
    i = next(n for n, x in enumerate(forms) if x is f)
    pairs = list(zip(f.risks, whose, strict=True))
    forms[i : i + 1] = [
        replace(f, person=one, risks=[replace(rr, person=one) for rr, w in pairs if w == one])
        for one in order
    ]
    if key not in said:
        said.add(key)
        res.issues.append(
            make_issue(code, rel, sheet, at,
                       value=squeeze(f.department) + squeeze(f.title), names="、".join(order))
        )  # fmt: skip
    return True


def _duty_in_row(grid, rr, duties: dict[str, str]) -> str | None:
    """The holder whose 分管工作 (``duties``: text → name) a cell of the list row ``rr`` repeats
    word for word (a merged cell's text its top-left's), its point's cell aside; None where no
    cell or two holders' do."""
    from xlproc.identity import squeeze

    if grid is None or rr.sheet or not 0 <= rr.row < len(grid.rows):
        return None
    row = grid.rows[rr.row]
    point = rr.cols.get("risk_point")
    found: set[str] = set()
    for c in range(len(row)):
        if c == point:
            continue
        text = row[c]
        if not text:
            for r0, c0, r1, c1 in grid.merges or ():
                if r0 < rr.row <= r1 and c0 <= c <= c1:
                    text = grid.rows[r0][c0] if c0 < len(grid.rows[r0]) else ""
                    break
        who = duties.get(squeeze(text)) if text else None
        if who:
            found.add(who)
    return found.pop() if len(found) == 1 else None


def _holders_by_duty_on_sheet(located, rel: str, res: FileResult) -> None:
    """A roster on a list's own sheet (above the list: '领导班子成员及工作人员分工' over
    '序号 | 姓名 | 职务 | 分工'; or below it, under '附：领导班子成员及工作人员分工',
    HOLDERS_BY_ROSTER_DUTY_BELOW) giving a post two or more holders told apart by their 分管工作:
    the list's post-only forms of that post split as for a roster of another sheet
    (``_split_by_duty``; HOLDERS_BY_ROSTER_DUTY_ON_SHEET), and the sheet's
    ROSTER_POST_SEVERAL_HOLDERS for the post dropped. The cheap test: the sheet read such a
    roster at all."""
    from xlproc.identity import squeeze

    said: set[str] = set()
    for g, forms, sheet in located:
        mine = getattr(sheet, "roster_by_duty", None) if forms else None
        if not mine:
            continue
        by_duty = {k: (g.name, at, m) for k, (at, m) in mine.items()}
        done: set[str] = set()
        for f in list(forms):
            if f.person or f.style != "list" or not f.title or f.holder_column:
                continue
            # (a roster printed BELOW the list, its 分工 heading under the form's rows: said so)
            below = any(
                int(re.sub(r"\D", "", at) or 0) - 1 > max((rr.row for rr in f.risks), default=0)
                for at, _m in mine.values()
            )
            code = "HOLDERS_BY_ROSTER_DUTY_BELOW" if below else "HOLDERS_BY_ROSTER_DUTY_ON_SHEET"
            if _split_by_duty(located, f, by_duty, rel, res, said, code=code):
                done.add(squeeze(f.department) + squeeze(f.title))
                done.add(squeeze(f.title))
        if done:
            sheet.issues[:] = [
                i for i in sheet.issues
                if not (i.code == "ROSTER_POST_SEVERAL_HOLDERS" and i.value in done)
            ]  # fmt: skip


def _roster_status_used(located, rel: str, res: FileResult) -> None:
    """A roster sheet's status column (HOLDERS_BY_ROSTER_STATUS) said only where it changed the
    holders a post-only list of the file asks for: with no such list (a roster alone, or lists
    naming their holders) its info goes. A named list giving points to someone the roster has
    out of post ('借调至县财政局'): his points kept as listed, a warning at his status cell."""
    from xlproc.identity import squeeze

    for g, forms, sheet in located:
        if forms or not (sheet.roster_out or sheet.roster_changed):
            continue
        changed = {k.split("\x00")[-1] for k in sheet.roster_changed}
        asks = any(
            not f.person and f.style == "list" and squeeze(f.title) in changed
            for _g, fs, _s in located
            for f in fs
        )
        if not asks:
            sheet.issues[:] = [i for i in sheet.issues if i.code != "HOLDERS_BY_ROSTER_STATUS"]
        named: dict[str, list[str]] = {}
        for og, fs, _s in located:
            for f in fs:
                if f.person in sheet.roster_out and f.risks:
                    named.setdefault(f.person, []).append(og.name)
        for name, sheets in named.items():
            at, status = sheet.roster_out[name]
            res.issues.append(
                make_issue("ROSTER_NAMED_HOLDER_OUT", rel, g.name, at, value=status,
                           names=name, sheets="、".join(dict.fromkeys(sheets)))
            )  # fmt: skip


_BARE_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}$")  # (a listed person, whatever the surname)


# a holder cell masked for a 公示 ('韦*翾', '韦**', '韦某某', '韦○翾', '欧阳×娜'): the characters
# kept (a surname first, perhaps the last character), marks standing for those hidden
_MASKED_HOLDER = re.compile(
    r"^([\u4e00-\u9fff]{1,2}?)([*＊×xXＸ○〇]{1,3}|某{1,2})([\u4e00-\u9fff]?)$"
)


def _mask_fits(mask: re.Match, name: str) -> bool:
    """A roster name the mask may stand for: the kept characters where the mask keeps them, and
    as many characters as the mask has where it says ('韦*翾', '韦**'; '韦*' any length)."""
    kept, marks, last = mask.groups()
    if not name.startswith(kept) or (last and not name.endswith(last)):
        return False
    if last or len(marks) > 1:
        return len(name) == len(kept) + len(marks) + len(last)
    return len(name) > len(kept)


def _holders_by_masked_name(located, rel: str, res: FileResult) -> None:
    """Holders masked for a 公示 ('韦*翾': surname, '*', the last character), the full names in a
    roster of the file ('人员名单（内部）': 科室 | 岗位 | 姓名): a masked holder is the one roster
    person of the row's 科室 and post whose name the mask fits (two 副院长 told apart by the mask
    alone), one info a table; none or several: as written, a warning naming the cell. A file of
    no roster reads its masked names as written (batch328's '郗*珣': the only name given)."""
    from xlproc.columns import _dept_like
    from xlproc.identity import shortened, squeeze

    forms = []
    for g, fs, _s in located:
        for f in fs:
            if f.person and f.style == "list" and len(f.person) <= 8:
                m = _MASKED_HOLDER.match(squeeze(f.person))
                if m:
                    forms.append((g, f, m))
    if not forms:
        return  # (the cheap test: no holder written with marks)
    roster = _given_name_roster(located)
    if not roster:
        return

    def agrees(person: tuple[str, str, str, str], dept: str, post: str) -> bool:
        """The roster's 科室 and post are the row's where both say one."""
        _n, d, p, _at = person
        if d and dept and _dept_like(d) and not (d in dept or dept in d or shortened(d, dept)):
            return False
        return not (p and post and not _same_post(p, post))

    said: dict[tuple[str, int, str], tuple[str, str, list[str]]] = {}
    for g, f, m in forms:
        who = squeeze(f.person)
        dept, post = squeeze(f.department), squeeze(f.title)
        fits = [x for x in roster if _mask_fits(m, x[0]) and agrees(x, dept, post)]
        fits = list({x[0]: x for x in fits}.values())  # (one person listed twice)
        # of a 局长 and a 副局长 both fitting '滕○○', the one of the row's very post
        fits = [x for x in fits if squeeze(x[2]) == post] or fits
        risks = sorted(f.risks, key=lambda x: x.row)
        col = next((rr.cols["person"] for rr in risks if "person" in rr.cols), None)
        at = cell_ref(risks[0].row, col) if risks and col is not None else f.person_cell
        head = g.rows[f.header_row] if f.header_row < len(g.rows) else []
        field = squeeze(head[col]) if col is not None and col < len(head) and head[col] else ""
        field = field or f.person_field or "责任人"
        if len(fits) != 1:
            res.issues.append(
                make_issue("HOLDER_MASKED_UNRESOLVED", rel, g.name, at, field=field, value=who,
                           names="、".join(x[0] for x in fits) or "无")
            )  # fmt: skip
            continue
        name, _d, _p, where = fits[0]
        f.person = name
        for rr in f.risks:
            rr.person = name
        _at, _w, pairs = said.setdefault((g.name, f.header_row, field), (at, where, []))
        pairs.append(f"{who}→{name}")
    for (sheet, _r, field), (at, where, pairs) in said.items():
        res.issues.append(
            make_issue("HOLDERS_BY_MASKED_NAME", rel, sheet, at, field=field,
                       value="、".join(dict.fromkeys(pairs)), legend=where)
        )  # fmt: skip


def _posts_from_index(located, rel: str, res: FileResult) -> None:
    """A first sheet indexing the others ('目录': 部门 | 岗位 | 责任人 | 表号), each post's table on
    the sheet its 表号 names ('表3'): each such sheet's forms are that row's post and holder."""
    from xlproc.columns import heading_role
    from xlproc.identity import is_post, squeeze, tier_of_post
    from xlproc.text import label_key

    tabs = {squeeze(g.name): i for i, (g, fs, _s) in enumerate(located) if fs}
    if len(tabs) < 2:
        return
    for g, fs, _s in located:
        if fs or g.lacks("表"):
            continue  # (the cheap test: an index's 表号/表名/工作表 heading in the cells)
        for r, row in enumerate(g.rows[:12]):
            keys = {c: label_key(v) for c, v in enumerate(row) if v}
            tab = next((c for c, k in keys.items() if _INDEX_HEAD.match(k)), None)
            if tab is None:
                continue
            cols = {}
            for c, k in keys.items():
                h = heading_role(k)
                if h is not None and h.role in ("department", "title", "person"):
                    cols.setdefault(h.role, c)
            if "title" not in cols:
                continue  # (an index of 科室 and their heads names no post of a sheet)
            found: dict[str, dict[str, str]] = {}
            named: list[str] = []
            for y, x in enumerate(g.rows[r + 1 :], r + 1):
                t = squeeze(x[tab]) if tab < len(x) else ""
                named.append(t)
                if t in tabs:
                    got = {}
                    for k, c in cols.items():
                        top = g.merged_into.get((y, c))  # (a cell merged down: its top's)
                        v = squeeze(g.rows[top[0]][top[1]] if top else (x[c] if c < len(x) else ""))
                        if v:
                            got[k] = v
                    found[t] = got
            if len([t for t in named if t]) != len({t for t in named if t}):
                continue  # (a 表号 on several rows: who fills which form, no index of posts)
            if len(found) < 2 or not all(is_post(got.get("title", "")) for got in found.values()):
                continue  # ('岗位数 | 3': a count of posts, no post)
            for t, got in found.items():
                forms = located[tabs[t]][1]
                if len(forms) != 1:
                    continue  # (a sheet of several posts names them itself)
                f = forms[0]
                sheet_text = "".join("".join(x) for x in located[tabs[t]][0].rows)
                if (f.person and f.person in sheet_text) or (f.title and f.title in sheet_text):
                    continue  # (a sheet naming its own post or holder keeps them)
                f.department = got.get("department", f.department)
                f.title = got.get("title", f.title)
                f.person = got.get("person", f.person)
                f.tier = tier_of_post(f.title, f.department) or f.tier
                for rr in f.risks:
                    rr.department, rr.title, rr.person = f.department, f.title, f.person
            res.issues.append(make_issue("SHEETS_INDEXED", rel, g.name, value="、".join(found)))
            return


# a column of an index sheet naming each post's sheet: '表号', '表名', '工作表', '附表'
_INDEX_HEAD = re.compile(r"^(?:表号|表名|表序|工作表|工作表名|附表|附表号|对应表|表格编号)$")


def _holders_by_change_sheet(located, rel: str, res: FileResult) -> None:
    """A sheet of no points holding only a table of changes ('岗位人员调整情况': 科室 | 岗位 |
    原责任人 | 现责任人 | 调整时间) beside the list's sheets, as ``_changes`` reads one under the
    list: each form at that 科室 and post held by the former holder (any, when not written) is
    the new one's now, one info naming the sheet; a change matching no form is a warning."""
    from xlproc.locate_base import _FORMER_HOLDER_HEAD, change_columns
    from xlproc.text import label_key

    if len(located) < 2 or not any(fs for _g, fs, _s in located):
        return
    for g, fs, _s in located:
        if fs or g.lacks("原", "前", "交", "离任"):
            continue  # (the cheap test: a former holder's 原/…前/交接/离任 heading in the cells)
        for r, row in enumerate(g.rows[:8]):
            keys = {c: label_key(v) for c, v in enumerate(row) if v and len(v) <= 12}
            if not any(_FORMER_HOLDER_HEAD.match(k) for k in keys.values()):
                continue  # (the cheap test first: most sheets have no such heading)
            cols = change_columns(keys)
            if "new" not in cols or not {"department", "title"} & cols.keys():
                break
            _apply_change_sheet(located, g, r, cols, rel, res)
            break


def _holders_by_handover_sheet(located, rel: str, res: FileResult) -> None:
    """A sheet of no points holding only a 岗位交接登记 written as lines ('岗位交接登记' and
    '1.2025年7月起，出纳岗由某某接任。'), beside the list's sheets, as ``_handover_by_lines``
    reads them under a list: each line's post (its 科室 where written, the former holder named
    picking among two) is its successor's in the forms of the other sheets, one info naming
    the sheet; a line matching no form (or several) a warning at its cell."""
    from xlproc.identity import squeeze
    from xlproc.locate_holders import handover_clauses, handover_hits

    if len(located) < 2 or not any(fs for _g, fs, _s in located):
        return
    for g, fs, _s in located:
        if fs or g.lacks("接任", "接替"):  # (the cheap test: a 接任/接替 line in the cells)
            continue
        if not any("接任" in v or "接替" in v for row in g.rows for v in row if v):
            continue
        forms = [f for _g, fs2, _s2 in located if _g is not g for f in fs2]
        keys: dict[tuple[str, str, str, str], list] = {}
        for f in forms:
            if f.title or f.person:
                k = (f.unit, squeeze(f.department), squeeze(f.title), squeeze(f.person))
                keys.setdefault(k, []).append(f)
        moved, first = [], None
        for x, row in enumerate(g.rows):
            cells = [c for c, v in enumerate(row) if v and v.strip()]
            if not cells or len(cells) > 2:
                continue
            for phrase, new, sentence in handover_clauses("".join(row[c] for c in cells)):
                ref = cell_ref(x, cells[0])
                hit = handover_hits(phrase, sentence, list(keys), new)
                if hit is None:
                    res.issues.append(
                        make_issue("HANDOVER_UNMATCHED", rel, g.name, ref, value=squeeze(sentence),
                                   post=phrase or "（未写岗位）")
                    )  # fmt: skip
                    continue
                if hit[3] == new:
                    continue
                for f in keys[hit]:
                    f.person = new
                    for rr in f.risks:
                        rr.person = new
                moved.append(f"{' '.join(filter(None, hit[1:3]))} {hit[3] or '（原未写）'}→{new}")
                first = ref if first is None else first
        if moved:
            res.issues.append(
                make_issue("HANDOVER_AFTER_FILING", rel, g.name, first,
                           value="、".join(dict.fromkeys(moved)))
            )  # fmt: skip


def _apply_change_sheet(located, g, r: int, cols: dict, rel: str, res: FileResult) -> None:
    """The changes under row ``r`` of sheet ``g`` applied to the forms of the other sheets."""
    from xlproc.identity import NO_ONE, VACANT, squeeze
    from xlproc.locate_holders import _CHANGE_OTHER_BODY_HEAD, _change_holder
    from xlproc.text import label_key

    forms = [f for _g, fs, _s in located if _g is not g for f in fs]
    depts = any(f.department for f in forms)
    changes = []
    for x in range(r + 1, len(g.rows)):
        row = g.rows[x]
        got = {k: squeeze(row[c]) if c < len(row) else "" for k, c in cols.items()}
        dept, title, old, new = (got.get(k, "") for k in ("department", "title", "old", "new"))
        for k in ("old", "new"):
            if not got.get(k) or ":" in row[cols[k]] or "：" in row[cols[k]]:
                continue  # ('审核人：' of a signoff line under it)
            if (said := _change_holder(row[cols[k]])) is None:
                return  # ('调整前 | 调整后' of levels, '二级 | 一级': no change of holder)
            if k == "old":
                old = said[1]
            else:
                new = said[1] or new
            title = title or said[0]  # ('副局长　冼书白' under 现责任人)
        if not new and not old:
            if any(got.values()):
                break  # ('填表：… 审核：…' under it)
            continue
        if not new or not (old or (dept and title)):
            continue
        if VACANT.match(new) or NO_ONE.match(new) or new.startswith(("空缺", "暂缺", "待配")):
            new = ""
        changes.append((x, dept, title, old, new))
    if not changes:
        return
    other_body = any(_CHANGE_OTHER_BODY_HEAD.match(label_key(v)) for v in g.rows[r] if v)
    moved, now, unmatched = [], [], []
    for x, dept, title, old, new in changes:
        hit = [
            f
            for f in forms
            if (not old or old == squeeze(f.person))
            and (not dept or not depts or dept == squeeze(f.department))
            and (not title or title == squeeze(f.title))
        ]
        now += [(f, new) for f in hit]
        moved += [f"{f.title} {f.person or '（原未写）'}→{new or '空缺'}" for f in hit]
        if not hit:
            unmatched.append(x)
    if other_body and not now:
        return  # ('单位 | 职务 | 原任 | 现任' of 下属单位, 村（社区）河长: another body's people)
    for f, name in now:  # (after all are looked up: two holders who swapped posts)
        f.person = name
        for rr in f.risks:
            rr.person = name
    head = min(cols.values())
    if moved:
        res.issues.append(
            make_issue("HOLDERS_CHANGED", rel, g.name, cell_ref(r, head),
                       value="、".join(dict.fromkeys(moved)), table=f"工作表“{g.name}”的人员变动表")
        )  # fmt: skip
    for x in unmatched:
        res.issues.append(
            make_issue("HOLDER_CHANGE_UNMATCHED", rel, g.name, cell_ref(x, head),
                       value=" ".join(v for v in g.rows[x] if v))
        )  # fmt: skip


def _holders_by_surname(located, rel: str, res: FileResult) -> None:
    """Holders written by surname and post ('訾书记', '蓟副院长', '璩科长'), the full names on
    another sheet of the file ('领导小组成员名单': 姓名 | 单位职务): the one listed person of that
    surname whose post it is holds the form, with one info for the file."""
    from xlproc.columns import COMPOUND_SURNAMES, _dept_like, looks_like_name
    from xlproc.identity import is_post, shortened, squeeze
    from xlproc.text import label_key

    def post_part(who: str) -> str:  # '蓟副院长' → '副院长', '欧阳主任' → '主任'; else ''
        rest = who[2:] if who[:2] in COMPOUND_SURNAMES else who[1:]
        return rest if 2 <= len(rest) <= 5 and is_post(rest) else ""

    forms = [
        f for _g, fs, _s in located for f in fs
        if f.person and 3 <= len(squeeze(f.person)) <= 7 and post_part(squeeze(f.person))
    ]  # fmt: skip
    if not forms:
        return
    titles = tuple({squeeze(f.title) for f in forms if f.title}) or ("\x00",)
    people: list[tuple[str, str]] = []  # (name, post as the list writes it)
    for g, fs, _s in located:
        if fs:
            continue
        for r, row in enumerate(g.rows[:12]):
            keys = {c: label_key(v) for c, v in enumerate(row) if v}
            name = next((c for c, k in keys.items() if k in ("姓名", "人员姓名")), None)
            posts = [c for c, k in keys.items() if k.endswith(("职务", "岗位")) and c != name]
            if name is None or not posts:
                continue
            # (of '小组职务 | … | 单位职务' the one naming the lists' posts: '副院长', not '副组长')
            below = g.rows[r + 1 : r + 40]
            post = max(
                posts,
                key=lambda c: sum(
                    1 for x in below if c < len(x) and squeeze(x[c]).endswith(titles)
                ),
            )
            for x in g.rows[r + 1 :]:
                v = squeeze(x[name]) if name < len(x) else ""
                p = squeeze(x[post]) if post < len(x) else ""
                if v and p and (looks_like_name(v) or _BARE_NAME.match(v)) and not is_post(v):
                    people.append((v, p))
            break
    if not people:
        return
    said = []
    for f in forms:
        who = squeeze(f.person)
        post = post_part(who)
        surname = who[: len(who) - len(post)]
        dept = squeeze(f.department)

        def fits(p: str, post: str = post, dept: str = dept) -> bool:
            """The listed post is the row's: '院长' not '副院长', '科长' of the row's 科室."""
            if not p.endswith(post):
                return False
            pre = p[: len(p) - len(post)]
            if pre.endswith("副"):
                return False
            return (
                not pre or not dept or pre in dept or dept in pre or shortened(pre, dept)
                or not _dept_like(pre)
            )  # fmt: skip

        found = {n for n, p in people if n.startswith(surname) and fits(p)}
        if len(found) > 1 and dept:  # (two of the surname: the one of the row's 科室)
            found = {n for n, p in people if n in found and p.startswith(dept)}
        if len(found) == 1:
            name = found.pop()
            said.append(f"{who}→{name}")
            f.person = name
            for rr in f.risks:
                rr.person = name
    if said:
        res.issues.append(
            make_issue("HOLDER_BY_SURNAME", rel, value="、".join(dict.fromkeys(said)))
        )


# a holder cell short enough to be a given name alone ('珝湉', '涛'), no surname before it
_GIVEN_NAME = re.compile(r"^[\u4e00-\u9fff]{1,2}$")
# a roster's headings: its names ('姓名'), and the 科室 and post each is listed under
_GIVEN_ROSTER_NAME_HEADS = frozenset({"姓名", "人员姓名", "员工姓名", "职工姓名", "干部姓名"})
_GIVEN_ROSTER_DEPT_HEADS = ("科室", "部门", "股室", "处室", "所在科室", "所在部门", "所在股室")


def _given_name_roster(located) -> list[tuple[str, str, str, str]]:
    """The staff the file lists apart from its lists ('人员名单': 序号 | 姓名 | 科室 | 职务, on a
    sheet of no list, or under a heading row of its own on the list's sheet): (name, 科室, post,
    where the 姓名 heading is), names of two to four Han characters only."""
    from xlproc.columns import heading_role
    from xlproc.identity import is_post, squeeze
    from xlproc.text import label_key

    out: list[tuple[str, str, str, str]] = []
    for g, forms, _s in located:
        if g.lacks("姓名"):
            continue  # (the cheap test: a roster's …姓名 heading in the cells)
        heads = {f.header_row for f in forms}
        for r, row in enumerate(g.rows if forms else g.rows[:12]):
            if r in heads or "名" not in "\x00".join(row):
                continue  # (the cheap test first, in C: no '姓名' in the row)
            keys = {c: label_key(v) for c, v in enumerate(row) if v}
            name = next((c for c, k in keys.items() if k in _GIVEN_ROSTER_NAME_HEADS), None)
            if name is None or any("风险" in k for k in keys.values()):
                continue  # ('姓名 | 风险点 …': a list's own heading, no roster)
            dept = next((c for c, k in keys.items() if k in _GIVEN_ROSTER_DEPT_HEADS), None)
            post = next(
                (c for c, k in keys.items() if c != name and k.endswith(("职务", "岗位"))), None
            )
            if dept is None and post is None:
                continue  # (a card's '姓名 | 某某' label, no roster)
            people = []
            for x in g.rows[r + 1 :]:
                v = squeeze(x[name]) if name < len(x) else ""
                if not v:
                    continue
                if not _BARE_NAME.match(v) or is_post(v) or heading_role(v) is not None:
                    break  # (the roster's end: a note, a signature line, another label)
                d = squeeze(x[dept]) if dept is not None and dept < len(x) else ""
                p = squeeze(x[post]) if post is not None and post < len(x) else ""
                people.append((v, d, p, f"{g.name}!{cell_ref(r, name)}"))
            if len(people) >= 2:
                out.extend(people)
            if not forms:
                break
    return out


def _holders_by_given_name(located, rel: str, res: FileResult) -> None:
    """Holders written by their given names alone ('珝湉', '澍玹': as colleagues of a small unit
    call each other), the full names in a roster of the file ('人员名单': 姓名 | 科室 | 职务): a
    holder no roster name is but the given name of one roster person (his name less a surname of
    one character or a compound one; of two such, the one of the row's 科室 and post) is that
    person, one info a table; two and no telling them apart: as written, a warning. A holder the
    roster lists as written is untouched, so is every file of no roster."""
    from xlproc.columns import COMPOUND_SURNAMES, _dept_like
    from xlproc.identity import shortened, squeeze

    forms = [
        (g, f) for g, fs, _s in located for f in fs
        if f.person and f.style == "list" and _GIVEN_NAME.match(squeeze(f.person))
    ]  # fmt: skip
    if not forms:
        return  # (the cheap test: no holder short enough to be a given name)
    roster = _given_name_roster(located)
    if not roster:
        return
    listed = {n for n, _d, _p, _at in roster}
    by_given: dict[str, list[tuple[str, str, str, str]]] = defaultdict(list)
    for n, d, p, at in roster:
        for k in (1, 2):
            sur = n[:k]
            if len(n) - k in (1, 2) and (k == 1 or sur in COMPOUND_SURNAMES):
                by_given[n[k:]].append((n, d, p, at))

    def agrees(person: tuple[str, str, str, str], dept: str, post: str) -> bool:
        """The roster's 科室 and post are the row's where both say one."""
        _n, d, p, _at = person
        if d and dept and _dept_like(d) and not (d in dept or dept in d or shortened(d, dept)):
            return False
        return not (p and post and not _same_post(p, post))

    def fitting(f) -> list[tuple[str, str, str, str]]:
        found = by_given.get(squeeze(f.person), [])
        return [x for x in found if agrees(x, squeeze(f.department), squeeze(f.title))]

    # a list writing its holders by given names writes them all so: a table one of whose short
    # holders the roster lists as written ('李娜': full names of two characters), or one of
    # whose holders no roster person of the row's 科室 and post fits (a roster of another body:
    # '乡镇联络员 赵王磊 站长'), is read as written
    tables: dict[tuple[str, int], list] = defaultdict(list)
    for g, fs, _s in located:
        for f in fs:
            if f.person and f.style == "list":
                tables[(g.name, f.header_row)].append(f)
    plain = {
        key for key, fs in tables.items()
        if any(_GIVEN_NAME.match(squeeze(f.person)) and squeeze(f.person) in listed for f in fs)
        or any(squeeze(f.person) not in listed and not fitting(f) for f in fs)
    }  # fmt: skip
    said: dict[tuple[str, int, str], tuple[str, str, list[str]]] = {}
    for g, f in forms:
        who = squeeze(f.person)
        if who in listed or who not in by_given or (g.name, f.header_row) in plain:
            continue
        found = by_given[who]
        fits = fitting(f)
        risks = sorted(f.risks, key=lambda x: x.row)
        col = next((rr.cols["person"] for rr in risks if "person" in rr.cols), None)
        at = cell_ref(risks[0].row, col) if risks and col is not None else f.person_cell
        head = g.rows[f.header_row] if f.header_row < len(g.rows) else []
        field = squeeze(head[col]) if col is not None and col < len(head) and head[col] else ""
        field = field or f.person_field or "责任人"
        if len(fits) != 1:
            if len(found) > 1:  # (one of another 科室 and post: a roster of others, said nothing)
                res.issues.append(
                    make_issue("HOLDER_GIVEN_NAME_AMBIGUOUS", rel, g.name, at, field=field,
                               value=who, names="、".join(n for n, *_ in found))
                )  # fmt: skip
            continue
        name, _d, _p, where = fits[0]
        f.person = name
        for rr in f.risks:
            rr.person = name
        key = (g.name, f.header_row, field)
        _at, _w, pairs = said.setdefault(key, (at, where, []))
        pairs.append(f"{who}→{name}")
    for (sheet, _r, field), (at, where, pairs) in said.items():
        res.issues.append(
            make_issue("HOLDERS_BY_GIVEN_NAME", rel, sheet, at, field=field,
                       value="、".join(dict.fromkeys(pairs)), legend=where)
        )  # fmt: skip


# headings of a column of staff numbers ('工号 | HX005'), no names
_STAFF_NUMBER_HEADS = frozenset(
    {
        "工号",
        "员工号",
        "职工号",
        "员工编号",
        "人员编号",
        "职工编号",
        "警号",
        "执法证号",
        "工作证号",
        "工号牌号",
    }
)
_STAFF_NUMBER = re.compile(r"^[A-Za-z]{0,4}[-_]?\d{2,8}$")


def _staff_directory(located) -> dict[str, tuple[str, str, str]]:
    """Staff number → (name, post, the unit the sheet's title names), from a sheet of the file
    that lists them ('工号对照表': 工号 | 姓名 | 所在窗口 | 岗位)."""
    from xlproc.columns import heading_role, looks_like_name
    from xlproc.identity import squeeze, unit_in_title
    from xlproc.text import label_key

    out: dict[str, tuple[str, str, str]] = {}
    for g, forms, _sheet in located:
        if forms or g.lacks("姓名号"):
            continue  # (the cheap test: a 姓名 heading and a 工号/…证号 one in the cells)
        for r, row in enumerate(g.rows[:10]):
            keys = {c: label_key(v) for c, v in enumerate(row) if v}
            code = next((c for c, k in keys.items() if k in _STAFF_NUMBER_HEADS), None)
            name = next((c for c, k in keys.items() if k in ("姓名", "人员姓名", "员工姓名")), None)
            if code is None or name is None:
                continue
            post = next(
                (c for c, k in keys.items() if (h := heading_role(k)) and h.role == "title"), None
            )
            unit = next((unit_in_title("".join(x)) for x in g.rows[:r] if any(x)), "")
            for x in g.rows[r + 1 :]:
                k = squeeze(x[code]) if code < len(x) else ""
                v = squeeze(x[name]) if name < len(x) else ""
                p = squeeze(x[post]) if post is not None and post < len(x) else ""
                if _STAFF_NUMBER.match(k) and looks_like_name(v):
                    out.setdefault(k.upper(), (v, p, unit))
            break
    return out


def _same_post(a: str, b: str) -> bool:
    """A staff list's post and a list's say the same post ('所长（主持工作）' and '所长',
    '社区警务室民警' and '社区民警'), not two ('所长' and '窗口受理员')."""
    from xlproc.identity import squeeze

    a, b = (re.sub(r"[(（][^()（）]*[)）]", "", squeeze(x)) for x in (a, b))
    return bool(a and b) and (a in b or b in a or a[-2:] == b[-2:])


def _holders_by_staff_number(located) -> None:
    """A list whose only holder column is a staff number ('工号 | HX005', the centre's 亮牌上岗),
    beside a sheet naming whose number is whose: each row is the holder's its number names (the
    number merged down its rows, or written on the first of them), a form a holder; where two
    hold one post, only the number tells their points apart."""
    from xlproc.identity import squeeze
    from xlproc.text import label_key

    directory = _staff_directory(located)
    if not directory:
        return
    for i, (g, forms, sheet) in enumerate(located):
        out = []
        for f in forms:
            head = g.rows[f.header_row] if f.header_row < len(g.rows) else []
            col = next((c for c, v in enumerate(head) if label_key(v) in _STAFF_NUMBER_HEADS), None)
            if col is None or f.person or f.style != "list":
                out.append(f)
                continue

            def whose(code: str, f=f) -> str:
                """The name the directory gives the number, where its post and unit are the
                form's (a staff list of another body, or of other posts, names no one here)."""
                name, post, unit = directory.get(code, ("", "", ""))
                if post and not _same_post(post, f.title):
                    return ""
                if unit and f.unit and squeeze(unit) != squeeze(f.unit):
                    return ""
                return name

            by_name: dict[str, list] = {}
            code = ""
            for rr in sorted(f.risks, key=lambda x: x.row):
                at = g.merged_into.get((rr.row, col), (rr.row, col))
                cell = g.rows[at[0]][col] if col < len(g.rows[at[0]]) else ""
                code = squeeze(cell).upper() or code  # (written on the first of its rows)
                by_name.setdefault(whose(code), []).append(rr)
            if "" in by_name or len(by_name) < 1:
                out.append(f)  # (a number no sheet names: the post as it stands)
                continue
            for name, risks in by_name.items():
                for rr in risks:
                    rr.person = name
                out.append(replace(f, person=name, risks=risks))
        located[i] = (g, out, sheet)


# a link table's or point list's column of point codes: '风险点编号', '风险编码', '关联风险点编号'
_LINKED_POINT_CODE = re.compile(r"^(?:关联)?风险点?(?:编号|编码|代码|ID|号)$", re.I)
# a measures table's column naming the point each measure is for: '对应风险编号', '所属风险点编码'
# (a bare '风险编号' is _LINKED_POINT_CODE's; '关联风险' alone is a heading of points)
_MEASURED_POINT_CODE = re.compile(r"^(?:对应|关联|所属)的?风险点?(?:编号|编码|代码|ID|号)$", re.I)
# what a sheet's reader said of a measures table beside or below its list before it was read
_MEASURES_TABLE_STRAYS = ("CELL_OUTSIDE", "ROW_UNPLACED", *SET_ASIDE_TABLES)
# its column of person IDs: '人员编号', '责任人编号', '关联人员编码', '工号'
_LINKED_PERSON_ID = re.compile(
    r"^(?:关联)?(?:人员|责任人|员工|职工)(?:编号|编码|代码|工号|ID)$", re.I
)


def _link_blocks(g, start: int = 0) -> tuple[list[dict[str, int]], int] | None:
    """The tables a sheet's first heading row of codes holds side by side (its runs of filled
    cells, a blank column between them), each as role → column ('code', 'id', 'name',
    'department', 'title', 'point', 'measures'; 'from' and 'to' its first and last column), and
    that row; None where no row of the ten from ``start`` has a column of point codes or of
    person IDs."""
    from xlproc.columns import heading_role
    from xlproc.text import label_key

    for r, row in enumerate(g.rows[start : start + 10], start):
        keys = {c: label_key(v) for c, v in enumerate(row) if v and v.strip()}
        if not any(
            _LINKED_POINT_CODE.match(k)
            or _LINKED_PERSON_ID.match(k)
            or k in _STAFF_NUMBER_HEADS
            or _MEASURED_POINT_CODE.match(k)
            for k in keys.values()
        ):
            continue
        blocks: list[dict[str, int]] = []
        last = -2
        for c in sorted(keys):
            if c != last + 1:
                blocks.append({"from": c})
            last, k, roles = c, keys[c], blocks[-1]
            roles["to"] = c
            if _LINKED_POINT_CODE.match(k) or _MEASURED_POINT_CODE.match(k):
                roles.setdefault("code", c)
            elif _LINKED_PERSON_ID.match(k) or k in _STAFF_NUMBER_HEADS:
                roles.setdefault("id", c)
            elif (h := heading_role(k)) is not None and h.role in ("person", "department", "title"):
                roles.setdefault("name" if h.role == "person" else h.role, c)
            elif h is not None and h.role == "risk_point":
                roles.setdefault("point", c)
            elif h is not None and h.role == "measures":
                roles.setdefault("measures", c)
        return blocks, r
    return None


def _page_holders_across(located, rel: str, res: FileResult) -> None:
    """Rows whose 科室, post or name cell says '（接上页）', '（续）' with no holder above them on
    their sheet (``RawRisk.page_on``): at the top of a sheet that goes on with the table of the
    sheet before (the same columns), the holder of that sheet's last row goes on; else (the
    first row of the file's table, or another table before) the cell is left blank, with a
    warning naming it (review 110)."""
    last = None  # (the sheet, the last risk point of the sheets before, its form)
    for g, forms, _s in located:
        for f in forms:
            for rr in f.risks:
                sheet = rr.sheet or f.sheet or g.name
                if rr.page_on:
                    roles = rr.page_on.split(",")
                    rr.page_on = ""
                    if last is not None and last[0] != sheet and set(last[1].cols) == set(rr.cols):
                        held = not (f.person or f.title or f.department)  # (a form of its rows)
                        for role in roles:
                            setattr(rr, role, getattr(last[1], role))
                            if held and f.risks[0] is rr:
                                setattr(f, role, getattr(last[2], role) or getattr(last[1], role))
                    else:
                        res.issues.append(
                            make_issue("PAGE_HOLDER_NONE_ABOVE", rel, sheet, rr.cell(roles[0]))
                        )
                last = (sheet, rr, f)


def _holders_by_link_table(located, rel: str, res: FileResult) -> None:
    """A system's export in related tables: a point list with no holder column, keyed by its
    codes ('风险点编号 | 业务环节 | 风险点 | …', 'FX-05'), a staff table keyed by IDs ('人员编号 |
    姓名 | 部门 | 岗位', 'RY001'), and a link table pairing them, one pair a row ('序号 | 风险点编号
    | 人员编号 | 关联时间', or naming the person: '风险编码 | 责任人'), on sheets of their own or side
    by side: each pair makes the point that person's, his 部门 and 岗位 from the staff table, a
    form a person (in the staff table's order, his points in the list's). A pair naming a code or
    a person the tables do not hold is left out with a warning; points no pair names stay
    holder-less (with a warning).

    A sheet breaking each point into its measures, one a row, each given to its own people
    ('措施编号 | 对应风险编号 | 防控措施 | 落实科室 | 落实岗位 | 落实责任人 | 完成时限', 'FX01-2 | FX01 |
    审查意见书面出具 | 规划建设科 | 科长 | …') is both the link and the staff table: a point's holders
    are the people its measures are given to, each once, HIS measures its measures (where the
    list has none of its own); '科长 张三' in the 责任人 cell is the post and the name."""
    from xlproc.identity import _titled_pair, looks_like_name, squeeze, tier_of_post
    from xlproc.text import cell_ref, label_key

    lists = []  # (index in located, the form, its code column): the cheap test first
    for i, (g, forms, _s) in enumerate(located):
        for f in forms:
            if f.person or f.title or f.department or f.holder_column or f.style == "template":
                continue
            head = g.rows[f.header_row] if f.header_row < len(g.rows) else []
            col = next(
                (c for c, v in enumerate(head) if _LINKED_POINT_CODE.match(label_key(v))), None
            )
            if col is not None:
                lists.append((i, f, col))
    if not lists:
        return
    Holder = tuple[str, str, str]  # (name, 部门, 岗位)
    staff: dict[str, Holder] = {}  # ID (and name) → the holder
    order: list[Holder] = []  # the staff table's (or measures table's) holders in order
    pairs: list[tuple[str, str, str, str]] = []  # (sheet, cell of the pair, code, ID or name)
    measured: list[tuple[str, str, str, Holder, str]] = []  # (sheet, cell, code, holder, measure)
    taken: dict[int, set[str]] = {}  # a list's sheet → the cells of a measures table on it
    found_at = []  # (index in located, blocks, heading row)
    for i, (g, forms, _s) in enumerate(located):
        if not forms:
            if found := _link_blocks(g):
                found_at.append((i, *found))
            continue
        rows = [rr.row for _x, f, _c in lists if _x == i for rr in f.risks]
        if rows:  # (a measures table beside the list, or below it: its own rows only)
            for found in (_link_blocks(g), _link_blocks(g, max(rows) + 1)):
                if found:
                    found_at.append((i, *found))
    for i, blocks, r in found_at:
        g, own = located[i][0], bool(located[i][1])
        for roles in blocks:
            key = roles.get("id", roles.get("name"))
            is_staff = "code" not in roles and "id" in roles and "name" in roles
            is_link = "code" in roles and key is not None and "point" not in roles
            # (a measures table: its rows name the holder themselves, no ID, no staff table)
            is_measures = (
                is_link or ("code" in roles and "title" in roles and "point" not in roles)
            ) and "measures" in roles and "id" not in roles  # fmt: skip
            if not (is_staff or is_link or is_measures) or (own and not is_measures):
                continue
            code = ""
            for y in range(r + 1, len(g.rows)):
                x = g.rows[y]

                def at(role: str, x=x, roles=roles) -> str:
                    c = roles.get(role)
                    return squeeze(x[c]) if c is not None and c < len(x) else ""

                if is_measures:
                    top = g.merged_into.get((y, roles["code"]), (y, roles["code"]))
                    said = squeeze(g.rows[top[0]][top[1]]) if top[0] != y else at("code")
                    said, text = said.upper(), at("measures")  # (a code merged down its rows)
                    name, dept, post = at("name"), at("department"), at("title")
                    if not (said or text or name or post):
                        break  # (the table ends at a blank row)
                    if own:
                        cols = range(roles["from"], roles["to"] + 1)
                        taken.setdefault(i, set()).update(cell_ref(y, c) for c in cols)
                        taken[i].update(cell_ref(r, c) for c in cols)  # (and its heading)
                    code = said or (code if text else "")  # (written on the first of its rows)
                    if not code or not (name or post):
                        continue  # ('分解人： | 审核人：': a sign-off line, or no one named)
                    if name and not looks_like_name(name) and (got := _titled_pair(name)):
                        post, name = post or got[0], got[1]  # ('科长 郏珩翚': post and name)
                    names = [n for n in re.split(f"[{LIST_SEPARATORS}]", name) if n] or [""]
                    if not all(looks_like_name(n) for n in names):
                        names = [name]  # (one odd cell: as written)
                    cell = cell_ref(y, roles["code"])
                    for one in _CARD_CODES_SPLIT.split(code):
                        for n in names:
                            if one:
                                measured.append((g.name, cell, one, (n, dept, post), text))
                elif is_staff:
                    k, name = at("id").upper(), at("name")
                    if not (k and name):
                        if not any(at(role) for role in roles):
                            break  # (the table ends at a blank row)
                        continue
                    staff.setdefault(k, (name, at("department"), at("title")))
                    staff.setdefault(name, staff[k])
                    order.append(staff[k])
                else:
                    code, who = at("code").upper(), (at("id").upper() or at("name"))
                    if not (code or who):
                        break
                    for one in _CARD_CODES_SPLIT.split(code) or [""]:  # ('FX-01、FX-02': both)
                        if one or not code:
                            pairs.append((g.name, cell_ref(y, roles["code"]), one, who))
    if not measured and (not staff or not pairs):
        return
    codes_of = {}
    for i, f, col in lists:
        g = located[i][0]
        for rr in f.risks:
            top = g.merged_into.get((rr.row, col), (rr.row, col))
            row = g.rows[top[0]]
            codes_of[id(rr)] = squeeze(row[col]).upper() if col < len(row) else ""
    known = set(codes_of.values()) - {""}
    holders: dict[Holder, set[str]] = {}  # the holder → the codes paired with him
    measures: dict[tuple[Holder, str], list[str]] = {}  # (holder, code) → his measures of it
    unmatched = []
    for sheet, cell, code, who in pairs:
        if code in known and who in staff:
            holders.setdefault(staff[who], set()).add(code)
        else:
            unmatched.append(
                make_issue("LINK_PAIR_UNMATCHED", rel, sheet, cell, value=f"{code}—{who}")
            )
    for sheet, cell, code, who, text in measured:
        if not (who[1] or who[2]) and who[0] in staff:
            who = staff[who[0]]  # (a bare name a staff table places: his 部门 and 岗位 from it)
        if code in known:
            holders.setdefault(who, set()).add(code)
            order.append(who)
            if text:
                measures.setdefault((who, code), []).append(text)
        else:
            said = who[0] or who[2]
            unmatched.append(
                make_issue("LINK_PAIR_UNMATCHED", rel, sheet, cell, value=f"{code}—{said}")
            )
    if not holders:
        return  # (codes of another list, no pair of this one's: nothing said)
    res.issues.extend(unmatched)
    for i, cells in taken.items():  # (the measures table is read: no stray cells, no other table)
        sheet = located[i][2]
        gone = [x for x in sheet.issues if x.code in _MEASURES_TABLE_STRAYS and x.cell in cells]
        sheet.issues = [x for x in sheet.issues if x not in gone]
        sheet.unplaced -= sum(set_aside_rows(x) or 1 for x in gone)
    linked = set()
    for i, f, _col in lists:
        g, forms, sheet = located[i]
        out = []
        for who in dict.fromkeys(order):
            mine = [rr for rr in f.risks if codes_of[id(rr)] in holders.get(who, ())]
            if not mine:
                continue
            name, dept, post = who
            risks = [
                replace(
                    rr, person=name, department=dept, title=post,
                    measures=rr.measures.strip()
                    or "\n".join(measures.get((who, codes_of[id(rr)]), [])),
                )
                for rr in mine
            ]  # fmt: skip
            tier = tier_of_post(post, dept) or f.tier
            out.append(replace(f, person=name, department=dept, title=post, tier=tier, risks=risks))
            linked.update(id(rr) for rr in mine)
        rest = [rr for rr in f.risks if id(rr) not in linked]
        if rest:
            said = "、".join(codes_of[id(rr)] or str(rr.row + 1) for rr in rest)
            res.issues.append(make_issue("LINK_POINTS_UNPAIRED", rel, f.sheet, value=said))
            out.append(replace(f, risks=rest))
        located[i] = (g, [y for x in forms for y in (out if x is f else [x])], sheet)
    by_measures = any(code in known for _s, _c, code, _w, _t in measured)
    where = next(s for s, _c, code, *_r in (*measured, *pairs) if code in known)
    n = str(len(holders))
    if by_measures:
        res.issues.append(make_issue("HOLDERS_BY_MEASURES_SHEET", rel, where, value=n, sheet=where))
    else:
        res.issues.append(make_issue("HOLDERS_BY_LINK_TABLE", rel, where, value=n, sheet=where))


# the codes of one cell, each naming a card sheet: 'EH-LZ-02、EH-LZ-05', 'LZ-03/LZ-07', '张三，李四'
_CARD_CODES_SPLIT = re.compile(f"[{LIST_SEPARATORS}/／\\s\u3000]+")
# the lines of a card from which on it names others (his family, his references), not him
_CARD_FAMILY = re.compile(r"家庭|称谓|成员|亲属|社会关系|配偶|子女")
# the dashes a code is written with ('LZ－01', 'LZ—01'): one '-' when codes and tabs are compared
_CARD_CODE_DASH = re.compile(r"[‐‑‒–—―－﹣−]")
# a tab naming a card by its code then its holder ('LZ-01柏泠溪'): the code, the name
_CARD_TAB_CODE_NAME = re.compile(r"^([A-Z][A-Z0-9.\-]*\d)(?:[-.\s]*)(\D{2,4})$")


def _card_code_key(v: str) -> str:
    """A card's code as its tab and a list's cell are compared: NFKC, no spaces, upper case,
    any dash '-' ('LZ－01' is the tab 'LZ-01' — review 103)."""
    return _CARD_CODE_DASH.sub("-", _key_value(v))


def _card_fields(sh, first: int, end: int) -> dict[str, str]:
    """The label fields of the card in rows ``first``..``end`` of ``sh`` (field → value), read
    until its lines of others ('家庭主要成员', '称　谓 | 姓　名': his family's names, not his)."""
    from xlproc.locate_base import _parse_fields

    rows = []
    for r in range(first, end):
        if any(_CARD_FAMILY.search(sh.key(r, c)) for c in sh.nonempty(r)):
            break
        if sh.nonempty(r):
            rows.append(r)
    return {f: v for f, (v, _cell) in _parse_fields(sh, rows).items()}


def _holders_by_card_sheets(located, rel: str, res: FileResult) -> None:
    """A list whose holders are named only by codes ('责任人廉政档案编号 | EH-LZ-02、EH-LZ-04'),
    each code the name of another sheet of the file that is a person's card (a 廉政档案登记表:
    '档案编号 | EH-LZ-01', '姓　名 | 苍翮沅', '所在科室 | 场领导 | 现任职务 | 场长') holding no
    points: each code's card holds the row's point, a form a card; a cell of two codes gives the
    point to both. The cards give no forms of their own; a code naming no sheet is reported at
    its cell. (A list naming its holders by name in its own columns keeps them: a card named by
    a holder's name only adds the post and 科室 the row does not give.)"""
    from xlproc.columns import heading_role, looks_like_name
    from xlproc.identity import squeeze, tier_of_post
    from xlproc.locate_base import _Sheet
    from xlproc.text import label_key

    tabs = {_card_code_key(g.name): g for g, fs, _s in located if not fs and g.rows}
    if not tabs or len(located) < 2:
        return  # (the cheap test: no sheet without a table to be a card)
    by_code: dict[str, list[str]] = {}  # 'LZ-01柏泠溪': the code 'LZ-01' names it too
    for key in tabs:
        m = _CARD_TAB_CODE_NAME.match(key)
        if m and looks_like_name(m.group(2)) and m.group(1) not in tabs:
            by_code.setdefault(m.group(1), []).append(key)
    tabs.update({k: tabs[v[0]] for k, v in by_code.items() if len(v) == 1})
    fronts: dict[str, dict[str, str] | None] = {}

    def roster(sh) -> bool:
        """Whether the sheet holds a table of several people (a 姓名 heading over two or more
        rows of names: a 科室's staff list is no one's card — review 103)."""
        for r in range(min(len(sh.rows), 30)):
            for c in sh.nonempty(r):
                h = heading_role(sh.key(r, c))
                if h is None or h.role != "person":
                    continue
                below = [sh.rows[y][c] if c < len(sh.rows[y]) else "" for y in range(r + 1, r + 3)
                         if y < len(sh.rows)]  # fmt: skip
                if sum(1 for v in below if looks_like_name(squeeze(v))) >= 2:
                    return True
        return False

    def card(key: str) -> dict[str, str] | None:
        """The card the sheet named ``key`` is: its holder's name, post and 科室, else None."""
        if key not in fronts:
            sh = _Sheet(tabs[key])
            front = _card_fields(sh, 0, min(len(sh.rows), 30))
            person = squeeze(front.get("person", ""))
            post = squeeze(front.get("title", "")) or squeeze(front.get("dept_title", ""))
            dept = squeeze(front.get("department", ""))
            fronts[key] = (
                {"person": person, "title": post, "department": dept}
                if looks_like_name(person) and (post or dept) and not roster(sh)
                else None
            )
        return fronts[key]

    def codes_in(g, r: int, c: int) -> list[str]:
        at = g.merged_into.get((r, c), (r, c))  # (a cell merged down its rows: its top's)
        row = g.rows[at[0]] if at[0] < len(g.rows) else []
        cell = row[c] if c < len(row) else ""
        return [_card_code_key(k) for k in _CARD_CODES_SPLIT.split(cell.strip()) if k]

    order = {key: n for n, key in enumerate(tabs)}
    for i, (g, forms, sheet) in enumerate(located):
        out, changed = [], False
        text = None
        for f0 in forms:
            f = f0
            if f.person and f.style == "form":
                if text is None:
                    text = "".join(squeeze("".join(x)) for x in g.rows)
                if squeeze(f.person) not in text:  # (a card's front turned over from a sheet
                    f = replace(f, person="", title="", department="", tier="")  # before)
            unfilled = not f.person or not (f.title or f.department)
            if f.style == "template" or not f.risks or not unfilled:
                out.append(f0)
                continue
            width = max((len(g.rows[rr.row]) for rr in f.risks if rr.row < len(g.rows)), default=0)
            head = g.rows[f.header_row] if f.header_row < len(g.rows) else []
            col = None
            for c in range(width):
                h = heading_role(label_key(head[c])) if c < len(head) and head[c] else None
                if h is not None and h.role in ("department", "title", "dept_title"):
                    continue  # (a 科室 or 岗位 column is no column of codes — review 103)
                first = next((ks for rr in f.risks[:3] if (ks := codes_in(g, rr.row, c))), [])
                if not any(k in tabs for k in first):
                    continue  # (the cheap test first: the first cell of codes names a sheet)
                cells = [codes_in(g, rr.row, c) for rr in f.risks]
                said = [ks for ks in cells if ks]
                named = [ks for ks in said if any(k in tabs and card(k) for k in ks)]
                if len(named) * 2 > len(said):
                    col = c
                    break
            if col is None:
                out.append(f0)
                continue
            rest, by_card = [], {}
            for rr in sorted(f.risks, key=lambda x: x.row):
                held = []
                for k in codes_in(g, rr.row, col):
                    if k in tabs and card(k):
                        held.append(k)
                    else:
                        res.issues.append(
                            make_issue("HOLDER_CARD_SHEET_MISSING", rel, g.name,
                                       cell_ref(rr.row, col), value=k)
                        )  # fmt: skip
                if f.person:  # (a list naming its holder: the card of that holder only)
                    held = [k for k in held if card(k)["person"] == squeeze(f.person)]
                if not held:
                    rest.append(rr)
                for k in held:
                    by_card.setdefault(k, []).append(rr)
            if not by_card:
                out.append(f0)
                continue
            changed = True
            if rest:
                out.append(replace(f, risks=rest))
            said = []
            for k in sorted(by_card, key=order.__getitem__):
                who = card(k)
                person = f.person or who["person"]
                title = f.title or who["title"]
                dept = f.department or who["department"]
                tier = f.tier or tier_of_post(title, dept)
                risks = [
                    replace(rr, person=person, title=title, department=dept, tier=tier)
                    for rr in by_card[k]
                ]
                out.append(replace(f, person=person, title=title, department=dept, tier=tier,
                                   risks=risks, holder_column=True))  # fmt: skip
                said.append(f"{tabs[k].name}→{person}")
            heading = cell_ref(f.header_row, col)
            sheet.issues[:] = [
                x for x in sheet.issues if not (x.code == "COLUMN_GUESSED" and x.cell == heading)
            ]  # (the column is the holders' codes, no '其他')
            res.issues.append(
                make_issue("HOLDERS_BY_CARD_SHEETS", rel, g.name, heading, value="、".join(said))
            )
        if changed:
            located[i] = (g, out, sheet)


# the label a 岗位说明书 card names its post by ('岗位名称 | 站长', '职位 | 出纳'): a card starts there
_POST_CARD_LABEL = re.compile(r"^(?:岗位|职位)(?:名称)?$")
# a card's holder under a label the fields do not know ('现任 | 鞠某', '现任人员 | …')
_POST_CARD_NOW = re.compile(r"^现任(?:人员|者)?$")


def _post_cards(g) -> list[tuple[str, str, str, str]]:
    """The 岗位说明书 label cards on a sheet of no table (one a sheet, or several down it), each
    from a row '岗位名称 | 站长' to the next such row: (post, holder, 科室, cell of its post) of
    each card naming a holder ('任职者 | 鞠某', '在岗人员', '姓名', '现任') — its 所在股室 if it
    says one. A row '岗位 | 姓名 | …' is a roster's heading, no card."""
    from xlproc.columns import looks_like_name
    from xlproc.identity import squeeze
    from xlproc.locate_base import _Sheet, field_of

    sh = _Sheet(g)
    end = min(len(sh.rows), 400)
    starts = []
    for r in range(end):
        cols = sh.nonempty(r)
        if len(cols) >= 2 and _POST_CARD_LABEL.match(sh.key(r, cols[0])):
            value = sh.key(r, cols[1])
            if value and field_of(value) is None and not looks_like_name(squeeze(value)):
                starts.append((r, cols[1]))
    cards = []
    for i, (r0, c0) in enumerate(starts):
        stop = starts[i + 1][0] if i + 1 < len(starts) else end
        front = _card_fields(sh, r0, stop)
        person = squeeze(front.get("person", ""))
        if not person:  # ('现任 | 鞠某')
            person = next(
                (squeeze(sh.rows[r][cs[j + 1]]) for r in range(r0, stop)
                 if (cs := sh.nonempty(r)) for j, c in enumerate(cs[:-1])
                 if _POST_CARD_NOW.match(sh.key(r, c))), "",
            )  # fmt: skip
        if looks_like_name(person):
            post = squeeze(sh.rows[r0][c0])
            cards.append((post, person, squeeze(front.get("department", "")), cell_ref(r0, c0)))
    return cards


# a card's post with a bracket closing it ('站长（法定代表人）', '副站长（分管工程）'): the list's '站长'
_POST_CARD_CLOSE = re.compile(r"[(（][^()（）]*[)）]$")


def _card_post_key(post: str) -> str:
    """A post as a card and a list are matched: squeezed, a closing bracket removed."""
    from xlproc.identity import squeeze

    bare = squeeze(post)
    return _POST_CARD_CLOSE.sub("", bare) or bare


def _holders_by_post_cards(located, rel: str, res: FileResult) -> None:
    """A list naming its points by post only ('序号 | 岗位 | 廉政风险点 | 风险等级 | 防控措施', a
    '注：各岗位任职人员及所在股室见后附岗位说明书') whose holders stand in 岗位说明书 label cards on
    sheets of no points ('岗位名称 | 站长', '所在股室 | 站领导', '任职者 | 鞠某'): each post matched
    by exactly one card goes to its holder and 科室. A post with no (or two) cards keeps its post
    only, named in a warning — once some post of the list found its card; a list none of whose
    posts has a card stays as it was. A card listing points is a form (a 防控卡), no key."""
    from xlproc.identity import squeeze, tier_of_post

    pages = [g for g, fs, _s in located if not fs and g.rows]
    if not pages:
        return  # (the cheap test: no sheet without a table to hold a card)
    lists = [
        i for i, (_g, fs, _s) in enumerate(located)
        if fs and all(not f.person for f in fs) and any(f.title and f.risks for f in fs)
    ]  # fmt: skip
    if not lists:
        return
    cards: dict[str, list[tuple[str, str, str, str]]] = {}
    for g in pages:
        for post, person, dept, at in _post_cards(g):
            cards.setdefault(_card_post_key(post), []).append((g.name, at, person, dept))
    if not cards:
        return
    # posts whose holder stands on a form of his own (a 防控卡 with its points): no card missing
    on_forms = {
        _card_post_key(f.title) for j, (_g, fs, _s) in enumerate(located) if j not in lists
        for f in fs if f.person and f.title and f.risks
    }  # fmt: skip

    def form_dept(f) -> str:  # (the list's 科室 column's, not a title's '…服务中心')
        depts = {
            squeeze(rr.department) for rr in f.risks if rr.department and "department" in rr.cols
        }
        return depts.pop() if len(depts) == 1 else ""

    for i in lists:
        g, forms, sheet = located[i]
        posts = {_card_post_key(f.title) for f in forms if f.title and f.risks}
        if not any(len(cards.get(p, ())) == 1 for p in posts):
            continue  # (cards of other posts: not this list's key)
        # a post the list has in several 科室: only the card naming the 科室 answers for it
        depts_of: dict[str, set[str]] = {}
        for f in forms:
            if f.title and f.risks:
                depts_of.setdefault(_card_post_key(f.title), set()).add(form_dept(f))
        out, said, missing = [], [], []
        for f in forms:
            key = _card_post_key(f.title) if f.title else ""
            found = cards.get(key, ()) if f.risks and f.style != "template" else ()
            own = form_dept(f)
            if found and own:  # (the list's 科室 and the card's 所在股室 must agree)
                several = len(depts_of.get(key, ())) > 1
                found = [c for c in found if squeeze(c[3]) == own or (not c[3] and not several)]
            if len(found) != 1:
                if f.risks and f.title and f.title not in missing and key not in on_forms:
                    missing.append(f.title)
                out.append(f)
                continue
            page, _at, person, dept = found[0]
            # (a 科室 column's own 科室 stays; a title's '…服务中心' yields to the card's)
            if any("department" in rr.cols for rr in f.risks) or not dept:
                dept = f.department
            tier = tier_of_post(f.title, dept) or f.tier
            risks = [replace(rr, person=person, department=dept, tier=tier) for rr in f.risks]
            out.append(replace(f, person=person, department=dept, tier=tier, risks=risks,
                               holder_column=True))  # fmt: skip
            said.append(f"{f.title}({page})→{person}")
        located[i] = (g, out, sheet)
        at = cell_ref(forms[0].header_row, 0)
        res.issues.append(  # (a post of several forms said once)
            make_issue(
                "HOLDERS_BY_POST_CARDS", rel, g.name, at, value="、".join(dict.fromkeys(said))
            )
        )
        for post in missing:
            res.issues.append(make_issue("POST_CARD_MISSING", rel, g.name, at, value=post))


# a line telling a post's points to go to the holders named in another table of the file ('注：
# 岗位风险由该岗位在岗人员承担，在岗人员见“个人风险”部分', '说明：各岗位风险由对应人员承担')
_POST_PART_NOTE = re.compile(
    r"^\s*(?:注|说明|备注)\s*\d?\s*[:：.、]?.*岗位.*(?:承担|在岗人员|任职人员|对应人员|见.{0,8}(?:个人|人员))"
)


# a caption telling a table out of date ('（已废止）', '作废', '上年度', '旧版'): never joined
_STALE_TABLE_CAPTION = re.compile(r"已?废止|作废|上一?年度?|去年|旧版|[（(]旧[）)]|原版")
# a note pointing at the named table itself ('见“个人风险”表', '按附件2', '个人风险部分'): a note
# across sheets must, a generic '各岗位风险由对应人员承担' is no pointer
_POST_PART_POINTER = re.compile(
    r"(?:见|按|详见|参见|对照).{0,12}(?:表|附件|个人风险|部分|名单)|个人风险|附件\s*\d"
)


def _table_caption(g, row: int) -> str:
    """The nearest line of text above a table's heading row (its caption), '' if none."""
    for x in range(row - 1, max(-1, row - 4), -1):
        text = "".join(v for v in g.rows[x] if v).strip()
        if text:
            return text
    return ""


def _caption_years(text: str) -> set[int]:
    return {int(y) for y in re.findall(r"(20\d\d)\s*年", text)}


def _post_list_tables(located) -> tuple[dict, dict]:
    """The file's lists by table ((sheet index, heading row) → forms): those naming their points by
    post only ('序号 | 岗位 | 廉政风险点 | …', no 姓名 column, no one named) and those with a 姓名
    column naming one holder a form."""
    bare: dict[tuple[int, int], list] = {}
    named: dict[tuple[int, int], list] = {}
    for i, (_g, forms, _s) in enumerate(located):
        by: dict[int, list] = {}
        for f in forms:
            if f.style == "list" and f.risks:
                by.setdefault(f.header_row, []).append(f)
        for row, fs in by.items():
            if all(not f.person and f.title and not f.holder_column for f in fs):
                if not any("person" in rr.cols for f in fs for rr in f.risks):
                    bare[(i, row)] = fs
            elif all(f.person and f.title and f.holder_column for f in fs):
                named[(i, row)] = fs
    return bare, named


def _holders_by_named_table(located, rel: str, res: FileResult) -> None:
    """A list naming its points by post only ('一、岗位风险': '序号 | 岗位 | 廉政风险点 | 风险等级
    | 防控措施', no 姓名 column) beside a second points table of the file naming one holder a post
    ('二、个人风险': '岗位 | 姓名 | 个人风险点 | …'): each post with exactly one holder of that post
    in the named table (the 科室 agreeing where both give one) is his, its points joined to his form
    (one form a holder: his post's points and his own), one info. On one sheet the two parts are
    one paper; across sheets only with a note ('注：岗位风险由该岗位在岗人员承担') or the posts
    matching one to one. A post with no holder (or with two: 同岗多人) keeps its post only, a
    warning — once some other post was joined, or (two holders) when every post has some holder."""
    from xlproc.identity import squeeze, tier_of_post

    if not any(f.person for _g, fs, _s in located for f in fs):
        return  # (the cheap test: no one named in the file)
    if not any(not f.person and f.title for _g, fs, _s in located for f in fs):
        return
    bare, named = _post_list_tables(located)
    if not (bare and named):
        return
    sheets = {squeeze(g.name) for g, _fs, _s in located if g.name}
    noted_on: set[int] = set()  # the sheets whose note points at the named table
    for i, (g, _fs, _s) in enumerate(located):
        for x in g.rows:
            for v in x:
                if not (v and len(v) < 120 and _POST_PART_NOTE.match(squeeze(v))):
                    continue
                t = squeeze(v)
                if _POST_PART_POINTER.search(t) or any(
                    n and n != squeeze(g.name) and n in t for n in sheets
                ):
                    noted_on.add(i)
    named_years = {y for (k, r) in named for y in _caption_years(_table_caption(located[k][0], r))}
    joined_into: dict[int, list] = {}  # id(named form) → the post-only forms joined to it
    gone: set[int] = set()
    for (i, row), forms in bare.items():
        caption = _table_caption(located[i][0], row)
        years = _caption_years(caption)
        if _STALE_TABLE_CAPTION.search(caption) or (
            years and named_years and max(years) < max(named_years)
        ):
            continue  # (an old or repealed table: its posts were someone's then)
        here = [k for k in named if k[0] == i]
        if not here:  # (across sheets: only with a note pointing at the named table)
            if i not in noted_on:
                continue
            here = list(named)
        holders = [f for k in here for f in named[k]]
        own = {squeeze(rr.risk_point) for h in holders for rr in h.risks}
        texts = [squeeze(rr.risk_point) for f in forms for rr in f.risks]
        if texts and sum(t in own for t in texts) * 5 >= len(texts) * 4:
            res.issues.append(
                make_issue("POST_TABLE_COPY_OF_NAMED", rel, located[i][0].name, cell_ref(row, 0),
                           value=caption or located[i][0].name)
            )  # fmt: skip
            continue  # (a post-only copy of the named table: '公示版，对岗不对人')
        out_of: dict[int, tuple] = {}
        said, missing, several = [], [], []
        for f in forms:
            d = squeeze(f.department)
            found = {
                h.person: h
                for h in holders
                if squeeze(h.title) == squeeze(f.title)
                and not (d and squeeze(h.department) and squeeze(h.department) != d)
            }
            if len(found) == 1:
                out_of[id(f)] = (f, next(iter(found.values())))
            elif found:
                several.append(f"{f.title}({'、'.join(found)})")
            else:
                missing.append(f.title)
        if not out_of and not (several and not missing):
            continue  # (the named table is of other posts: two lists, as written)
        g = located[i][0]
        at = cell_ref(row, 0)
        for f, h in out_of.values():
            sheet = g.name if g.name != h.sheet else ""
            dept = h.department or f.department
            tier = h.tier or tier_of_post(h.title, dept) or f.tier
            joined_into.setdefault(id(h), []).extend(
                replace(rr, person=h.person, department=dept, tier=tier, sheet=rr.sheet or sheet)
                for rr in f.risks
            )
            gone.add(id(f))
            said.append(f"{f.title}→{h.person}")
        tables = {k for k in here for x in named[k] for _f, h in out_of.values() if x is h}
        where = "、".join(f"{located[k[0]][0].name}!{cell_ref(k[1], 0)}" for k in sorted(tables))
        if said:
            res.issues.append(
                make_issue("HOLDERS_BY_NAMED_TABLE", rel, g.name, at, value="、".join(said),
                           legend=where)
            )  # fmt: skip
        # (the posts left unjoined warned of only when most were joined: a 领导班子 part sharing
        # one post with an 一般岗位 part could never have covered 出纳 or 司机)
        most = len(out_of) * 2 >= len(out_of) + len(missing) + len(several)
        unsure = [*missing, *several] if said else several
        for post in unsure if most or not said else []:
            res.issues.append(make_issue("NAMED_TABLE_HOLDER_UNSURE", rel, g.name, at, value=post))
    if not gone:
        return
    _join_forms(
        located, gone, joined_into,
        lambda f, extra: sorted(extra + f.risks, key=lambda rr: (rr.sheet or f.sheet) != f.sheet),
    )  # fmt: skip


def _name_only_tables(located) -> dict[tuple[int, int], list]:
    """The file's lists keyed by the holder's name alone ('序号 | 姓名 | 风险点 | 风险等级 | …', no
    岗位 column, no 岗位 given on any row; a 科室 column, where there is one, must agree with the
    holder's when joined): (sheet index, heading row) → forms."""
    out: dict[tuple[int, int], list] = {}
    for i, (_g, forms, _s) in enumerate(located):
        by: dict[int, list] = {}
        for f in forms:
            if f.style == "list" and f.risks:
                by.setdefault(f.header_row, []).append(f)
        for row, fs in by.items():
            if all(f.person and not f.title and f.holder_column for f in fs) and not any(
                "title" in rr.cols or rr.title for f in fs for rr in f.risks
            ):
                out[(i, row)] = fs
    return out


def _holder_list_tables(located, lists: dict) -> dict[tuple[int, int], list]:
    """The file's post lists a name-only list (``lists``) may be joined to: a 姓名 column naming
    one holder a form and a 岗位 column written on some rows — a holder whose 岗位 cell was left
    blank ('财务股 | 　 | 邬某') is as much one of its holders (``_post_list_tables`` wants it on
    every row)."""
    _bare, named = _post_list_tables(located)
    for i, (_g, forms, _s) in enumerate(located):
        by: dict[int, list] = {}
        for f in forms:
            if f.style == "list" and f.risks:
                by.setdefault(f.header_row, []).append(f)
        for row, fs in by.items():
            if (i, row) in named or (i, row) in lists:
                continue
            if all(f.person and f.holder_column for f in fs) and any(f.title for f in fs):
                named[(i, row)] = fs
    return named


def _name_list_joined_to_posts(located, rel: str, res: FileResult) -> None:
    """A second list of points keyed by the holder's name alone (the “八小时以外” list, '序号 | 姓名 |
    风险点 | 风险等级 | 防控措施'; '注：所在科室、岗位见“岗位廉政风险”表') beside the file's post list
    ('科室 | 岗位 | 姓名 | …'): when (nearly) every name of it is exactly one holder of the post
    list, each row is joined to that holder's form (its own level, type and measures; the grade
    counts it), one info a table. A name of no holder, or of two (同名), stays a form of its own,
    a warning. A list repeating the holders' own points is a copy sent twice and is left as read
    (FORM_DUPLICATE); so is a name-only list in a file with no post list."""
    from xlproc.identity import squeeze
    from xlproc.locate import _point_key

    if not any(f.person and not f.title for _g, fs, _s in located for f in fs):
        return  # (the cheap test: no name-only form in the file)
    lists = _name_only_tables(located)
    if not lists:
        return
    named = _holder_list_tables(located, lists)
    if not named:
        return
    holders_of: dict[str, list] = {}
    for fs in named.values():
        for h in fs:
            holders_of.setdefault(squeeze(h.person), []).append(h)
    joined_into: dict[int, list] = {}
    gone: set[int] = set()
    for (i, row), forms in lists.items():
        g = located[i][0]
        out_of, missing, several = [], [], []
        for f in forms:
            d = squeeze(f.department)
            found = [
                h
                for h in holders_of.get(squeeze(f.person), [])
                if not (d and squeeze(h.department) and squeeze(h.department) != d)
                and not (f.unit and h.unit and squeeze(f.unit) != squeeze(h.unit))
            ]
            if len(found) == 1:
                out_of.append((f, found[0]))
            elif found:
                several.append(f"{f.person}({'、'.join(h.title for h in found)})")
            else:
                missing.append(f.person)
        # (nearly every name a holder of the post list, 同名 too: four in five; two joined at least)
        if len(out_of) < 2 or (len(out_of) + len(several)) * 5 < len(forms) * 4:
            continue
        # (each row's point against its holder's own, words compared without punctuation, and
        # near the same: a summary by name retyping them, '疫苗采购时指定供应商。')
        texts = [(_point_key(rr.risk_point), {_point_key(x.risk_point) for x in h.risks})
                 for f, h in out_of for rr in f.risks]  # fmt: skip
        if sum(_retyped(t, own) for t, own in texts) * 2 >= len(texts):
            continue  # (the holders' own points again: a copy sent twice, FORM_DUPLICATE's)
        said = []
        for f, h in out_of:
            sheet = g.name if g.name != h.sheet else ""
            joined_into.setdefault(id(h), []).extend(
                replace(rr, person=h.person, department=h.department or rr.department,
                        title=h.title, tier=h.tier or rr.tier, sheet=rr.sheet or sheet)
                for rr in f.risks
            )  # fmt: skip
            gone.add(id(f))
            said.append(f"{f.person}→{h.department}{h.title}")
        where = "、".join(
            sorted({f"{located[k[0]][0].name}!{cell_ref(k[1], 0)}" for k, fs in named.items()
                    for _f, h in out_of if any(x is h for x in fs)})
        )  # fmt: skip
        at = cell_ref(row, 0)
        points = sum(len(f.risks) for f, _h in out_of)
        res.issues.append(
            make_issue("NAME_LIST_JOINED_TO_POSTS", rel, g.name, at, value="、".join(said),
                       legend=where, count=str(points))
        )  # fmt: skip
        for who in [*missing, *several]:
            res.issues.append(make_issue("NAME_LIST_HOLDER_UNSURE", rel, g.name, at, value=who,
                                         legend=where))  # fmt: skip
    if not gone:
        return
    _join_forms(located, gone, joined_into, lambda f, extra: [*f.risks, *extra])


def _join_forms(located, gone: set[int], joined_into: dict[int, list], rows_of) -> None:
    """The file's forms with those whose rows were joined elsewhere (``gone``, by id) dropped,
    and each form rows were joined to (``joined_into``, by id) given them: ``rows_of(form,
    joined)`` its rows so. (A named table, a name-only list: the one cut both make.)"""
    for i, (g, forms, sheet) in enumerate(located):
        out = []
        for f in forms:
            if id(f) in gone:
                continue
            extra = joined_into.get(id(f))
            if extra:
                f = replace(f, risks=rows_of(f, extra))
            out.append(f)
        located[i] = (g, out, sheet)


def _retyped(text: str, own: set[str]) -> bool:
    """Whether a point's words (``_point_key``) are one of ``own`` again, or nearly (six in ten of
    their characters in order: a point retyped, '检验设备验收流于形式' for '检验设备验收走过场')."""
    if text in own:
        return True
    import difflib

    return len(text) >= 4 and any(
        difflib.SequenceMatcher(None, text, o, autojunk=False).ratio() >= 0.6 for o in own
    )


# a 姓名 cell naming the post whose holder holds this one too: '（党委委员、副镇长兼任）', '由副镇长兼'
_CONCURRENT = re.compile(r"^[(（]?(?:由|系)?([^()（）]{2,24}?)(?:同志)?兼任?[)）]?$")


def _concurrent_holders(located) -> None:
    """A 姓名 cell that names no one but the post that holds this one too ('（党委委员、副镇长
    兼任）', beside a note that the 站所's heads are the 镇's leaders): the holder is the one the
    file names in that post elsewhere (the 领导班子 sheet), where it names exactly one."""
    from xlproc.columns import looks_like_name
    from xlproc.identity import is_post, squeeze

    forms = [f for _g, fs, _s in located for f in fs]
    said = {id(f): m for f in forms if f.person and (m := _CONCURRENT.match(squeeze(f.person)))}
    if not said:
        return
    named = [f for f in forms if f.person and f.title and id(f) not in said]
    for f in forms:
        m = said.get(id(f))
        post = m.group(1) if m else ""
        last = re.split(r"[、,，/]", post)[-1]
        if not post or looks_like_name(post) or not is_post(last):
            continue
        ours = [  # (not another unit's; a sheet whose title names none is the file's own)
            g for g in named if not g.unit or not f.unit or squeeze(g.unit) == squeeze(f.unit)
        ]
        who = {g.person for g in ours if squeeze(g.title) == post}
        if not who:  # ('副镇长' for the 班子's '党委委员、副镇长')
            who = {g.person for g in ours if re.split(r"[、,，/]", squeeze(g.title))[-1] == last}
        if len(who) == 1:
            f.person, f.concurrent = who.pop(), True
            for rr in f.risks:
                rr.person = f.person


_ITEMS = r"第\s*([\d、,，\s\-—–－～~至到]+?)\s*项"
_LEVEL_WORD = r"(一级|二级|三级|Ⅰ级|Ⅱ级|Ⅲ级|高|中|低|较高|一般|较低)(?=风险|级|[，,。;；、\s]|$)"
# ('序号1—3、7、10为一级风险点': the rows by 序号, as by 第…项)
_ITEM_LEVEL = LazyRe(
    r"(?:第|序号)\s*([\d、,，\s\-—–－～~至到]+?)\s*项?\s*(?:为|是|属于|均为|评定为|定为)\s*"
    + _LEVEL_WORD
)
# items by number, one run or several ('第1、5项', '第1项、第4项', '序号2—3'), then a type each
_NAMES_ITEMS = re.compile(r"第.*项|序号\s*\d")  # (a line speaking of rows by their numbers)
_ITEM_TYPE = LazyRe(
    r"((?:(?:第|序号)\s*[\d、,，\s\-—–－～~至到]+?\s*项?\s*[、,，和及与]?\s*)+?)"
    r"\s*(?:为|是|属于|均为|属)\s*([^\s；;，,、。:：]{2,16})"
)
_REST_LEVEL = LazyRe(r"其余(?:各项|的)?\s*(?:为|是|均为|属于)\s*" + _LEVEL_WORD)
# a review note CHANGING the levels of rows by 序号 ('第2项风险等级调整为一级，第5、7项调整为三级',
# '序号3由二级下调为三级', '2—4项改为高风险'): the items, one run or several, or a bare run of
# numbers only as a range or list ('2—4项', never '其中2项': a count), then a change verb
_ITEM_LEVEL_CHANGED = LazyRe(
    r"((?:(?:第|序号)\s*[\d、,，\s\-—–－～~至到]+?\s*项?\s*[、,，和及与]?\s*)+"
    r"|(?<![\d.．])\d+\s*[\-—–－～~至到、,，]\s*[\d、,，\s\-—–－～~至到]*?\s*项)"
    r"\s*(?:的)?\s*(?:风险)?\s*(?:等级|级别)?\s*(?:由\s*[^\s，,。；;]{1,5}?\s*)?"
    r"(?:调整为|上调为|下调为|调整至|调整到|调为|调至|改为|改成|更改为|修改为|变更为|更正为|应为)\s*"
    + _LEVEL_WORD
)
# ('第1—3项　村党支部书记　某某', '第1-2项由馆长　某某负责'): the name a whole word, ending at a
# separator or a duty's verb, never cut out of a longer one ('某某监督' no '某某监')
_ITEM_HOLDER = LazyRe(
    _ITEMS
    + r"[\s\u3000:：]*由?([^\s\u3000；;，,。:：]{2,12})[\s\u3000]+([^\s\u3000；;，,。]{2,4}?)"
    r"(?=[\s\u3000；;，,。（(]|$|同志|负责|牵头|承担|主抓|具体)"
)
_ITEM_PART_END = LazyRe(r"[；;，,。]|第\s*[\d、,，\s\-—–－～~至到]+?\s*项")


def _by_item_numbers(located, config: Config, rel: str, res: FileResult) -> None:
    """A line under a list giving its rows by their 序号: levels ('第1、2、4项为高风险……其余为低
    风险') where the list has none, holders ('责任分工：第1—3项　村党支部书记　汝峪樵；…') where its
    rows name none (a form per post). Each table takes the lines between its rows and the next
    table, and only where its numbers are each one row's and every row's is named. A line of
    who watches or oversees the items ('监督责任：…', '分管领导：…') names no holders. A table of
    holders naming each one's points by 序号 ('姓名 | 职务 | 负责风险点序号', on the sheet or
    another) gives a list naming no one its holders likewise (``_holders_by_point_table``)."""
    duties = _point_holder_tables(located, rel, res)  # '姓名 | 职务 | 负责风险点序号' tables
    for i, (g, forms, sheet) in enumerate(located):
        if not forms:
            continue
        starts = sorted({f.header_row for f in forms})
        last = max((rr.row for f in forms for rr in f.risks if not rr.sheet), default=-1)
        # a note under the last table speaking for each ('注：各岗位第1项为高风险，……')
        common = (
            ""
            if g.lacks("第项")  # (the cheap test: a 第…项 line in the cells)
            else "\n".join(
                t
                for t in ("".join(g.rows[x]) for x in range(last + 1, len(g.rows)))
                if "项" in t and "第" in t and _EACH.search(t)
            )
        )
        out = []
        for start in starts:
            table = [f for f in forms if f.header_row == start]
            rows = [rr for f in table for rr in f.risks if not rr.sheet]
            if not rows:
                out.extend(table)
                continue
            end = next((s for s in starts if s > start), len(g.rows))
            below = range(max(rr.row for rr in rows) + 1, end)
            written = any(rr.risk_level for rr in rows)
            if not written and not _joined_by_value(
                g, [(g, table, sheet)], config, rel, res, below
            ):
                _levels_by_table(g, table, rows, below, config, rel, res, sheet)
            # ('风险等级 | 一级 | 二级 | 三级' over '对应序号 | 1、4、7 | 2、5 | 3、6、8': the table of
            # levels laid across; the cheap test: its 等级/级别 heading in the cells)
            if not any(rr.risk_level for rr in rows) and not g.lacks("等级", "级别", "等次"):
                _levels_by_table_across(g, rows, below, config, rel, res, sheet)
            if not any(rr.risk_level for rr in rows):
                _levels_by_quotes(g, rows, below, config, rel, res)
            # ('凡涉及“资金”的为一级'; the cheap test: a line's 为/属于 in the cells)
            if (written or not any(rr.risk_level for rr in rows)) and not g.lacks("为", "属于"):
                over = [rr.row for f in forms for rr in f.risks if not rr.sheet and rr.row < start]
                above = range(max(max(over, default=-1) + 1, start - 6), start)
                for lines in (below, above):
                    said = [(x, "".join(g.rows[x])) for x in lines]
                    if _levels_by_point_words(g, rows, said, config, rel, res, written):
                        break
            # (bands parted by divider rows, a note; the cheap test: its 线/隔/星号 in the cells)
            if not any(rr.risk_level for rr in rows) and not g.lacks("线", "隔", "星号"):
                over = [rr.row for f in forms for rr in f.risks if not rr.sheet and rr.row < start]
                above = range(max(max(over, default=-1) + 1, start - 6), start)
                for lines in (below, above):
                    said = [(x, "".join(g.rows[x])) for x in lines]
                    if _levels_by_dividers(g, rows, said, config, rel, res):
                        break
            if not any(rr.risk_level for rr in rows):  # (a note under the list, else over it)
                over = [rr.row for f in forms for rr in f.risks if not rr.sheet and rr.row < start]
                above = range(max(max(over, default=-1) + 1, start - 6), start)
                for lines, where in ((below, "表下"), (above, "表上")):
                    said = ("".join(g.rows[x]) for x in lines)
                    if _levels_by_serial_style(g, rows, said, config, rel, res, where):
                        break
            if not any(rr.risk_level for rr in rows):  # ('1（一级）' in the 序号: the row's level)
                _levels_in_numbers(g, rows, start, config, rel, res)
            if not any(rr.risk_level for rr in rows):  # ('每个岗位所列第一项为一级': by place)
                tail = [x for x in range(last + 1, len(g.rows)) if x not in below]
                _levels_by_place(g, table, rows, [*below, *tail], config, rel, res)
            # (a note keying the 序号's styles to holders, over the list or under it)
            if not any(f.person or f.title for f in table):
                over = [rr.row for f in forms for rr in f.risks if not rr.sheet and rr.row < start]
                above = range(max(max(over, default=-1) + 1, start - 6), start)
                for lines, where in ((above, "表上"), (below, "表下")):
                    said = [(x, "".join(g.rows[x])) for x in lines]
                    by_style = _holders_by_serial_style(g, table, rows, said, rel, res, where)
                    if by_style is not None:
                        break
                if by_style is not None:
                    out.extend(by_style)
                    continue
            text = (
                ""
                if g.lacks("项", "序号")  # (the cheap test: a line's 第…项 or 序号 in the cells)
                else "\n".join(
                    t
                    for t in ("".join(g.rows[x]) for x in below)
                    if _NAMES_ITEMS.search(t) or ("项" in t and _ITEM_LEVEL_CHANGED.search(t))
                )
            )
            text = text or common
            duty = duties.get((i, start), [])
            if not text and not duty:
                out.extend(table)
                continue
            numbers = {id(rr): _row_number(g, rr) for rr in rows}
            named = [n for n in numbers.values() if n is not None]
            if len(named) != len(rows) or len(set(named)) != len(named):
                for where, t in duty:  # (whose the points are the table cannot say)
                    if not t.by_name:
                        res.issues.append(make_issue("HOLDER_NUMBERS_UNMATCHED", rel, where, t.cell,
                                                     field="对应的风险点表序号缺失或重复,分不清是哪一项",
                                                     value=t.heading))  # fmt: skip
                by_name = [(where, t) for where, t in duty if t.by_name]  # (they need no 序号)
                if by_name:
                    table = _holders_by_point_table(table, numbers, by_name, rel, sheet, res)
                out.extend(table)  # (numbers begun again per 科室, or missing: no table's own)
                continue
            if duty:
                table = _holders_by_point_table(table, numbers, duty, rel, sheet, res)
                if not text:
                    out.extend(table)
                    continue
            _levels_by_number(g, table, numbers, text, config, rel, res)
            if _types_by_number(table, numbers, text, config, rel, g.name, res):
                at = str(start + 1)  # (the table's own word that it has no type column goes)
                sheet.issues = [
                    x for x in sheet.issues
                    if not (x.code == "TABLE_NO_TYPE" and x.cell.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ") == at)
                ]  # fmt: skip
            if _ranges_read(sheet.ranges_read, start, below):
                out.extend(table)  # (its note read as a roster of ranges: a row it left is told)
                continue
            out.extend(_holders_by_number(table, numbers, text))
        located[i] = (g, out, sheet)


# a note grading each holder's points by their PLACE in his block ('每个岗位所列第一项为本岗位重点
# 风险点（一级风险），其余各项为一般风险点（二级风险）', '各科室前两项为一级，其余为二级'): whose
# block ('岗位', '科室' …), the places ('第一项', '前两项', '首条', '排在第一位的'), the rest
_BLOCK_WORD = LazyRe(
    r"(?:各|每)(?:个|一|位|名)?\s*(岗位|职位|人员|人|责任人|同志|科室|股室|处室|部门|科)"
    r"|本(岗位|人|科室|股室|部门)"
)
# ('按风险高低排列', '由高到低排列', '按风险程度排序'): the points ranked, a block's first the highest
_RANKED_WORD = LazyRe(
    r"(?:由|从|按)[^，,；;。]{0,8}?(?:高到低|高低|大到小|大小|程度)[^，,；;。]{0,4}?(?:排列|排序|列出)"
)
_PLACE_NUM = r"[一二两三四五六七八九十\d]"
_PLACE_SAID = LazyRe(
    r"(?:(第|前)\s*(" + _PLACE_NUM + r"+(?:\s*[、,，至到\-—~]\s*" + _PLACE_NUM + r"+)*)"
    r"\s*(?:项|条|个|位|点)(?:风险点?)?|(首)\s*(?:项|条|个|位|点)|排(?:在)?(首)位)"
)
# a place's point said the highest, no grade named: '风险最高的', '最突出的', '最大的'
_PLACE_RANK_ONLY = LazyRe(r"最(?:高|大|重|严重|突出|主要)|(?:高|大)于")
_PLACE_REST = LazyRe(r"其余|其他|其后|余下|剩余|以下各|以后各|之后各|后面各|后续各")
_PLACE_DIGITS = {
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}


def _place_int(word: str) -> int | None:
    if word.isdecimal():
        return int(word)
    if word == "十":
        return 10
    if len(word) == 1:
        return _PLACE_DIGITS.get(word)
    if word.startswith("十") and len(word) == 2:  # ('十二')
        return 10 + _PLACE_DIGITS.get(word[1], 0)
    return None


def _place_grade(tail: str, config: Config) -> str | None:
    """The level a clause of a place note gives: a word in brackets the vocabulary reads first
    ('重点风险点（一级风险）': 一级, the note saying so), else a graded word ('为二级'), else 重点/一般,
    高/中/低 by the vocabulary."""
    for m in re.finditer(r"[（(]([^（()）]{1,8})[)）]", tail):
        lv = config.level(m.group(1).strip())
        if lv:
            return lv
    m = re.search(r"([一二三Ⅰ-Ⅲ123]级)", tail)
    if m:
        return config.level(m.group(1))
    # (a grade word, no ranking's: '风险最高的风险点', '高于其余各项', '其中' no grade)
    m = re.search(
        r"(?<![最更越偏其集])(重点|一般|较高|较低|高|中|低)(?:风险)?(?=风险|点|等级|级|[（(）)”\"」]|$)",
        tail,
    )
    return config.level(m.group(0)) if m else None


def _levels_by_place(g, table, rows, lines, config: Config, rel: str, res) -> bool:
    """Levels by a point's PLACE in its holder's block from a note (each post's points listed
    from the highest down: '每个岗位所列第一项为本岗位重点风险点（一级风险），其余各项为一般风险点
    （二级风险）', '各科室前两项为一级，其余为二级', '按风险高低排列，首条为重点风险点，其余为一般'):
    the n-th row of each holder's (or 科室's, where the note says so) run of rows takes the level
    the note gives that place, the others the rest's. Only in a list with no levels, and only by a
    note naming each block ('各岗位', '每人', '各科室') or the points' ranking ('由高到低排列');
    '第1项' in figures with no block word is the 序号's (``_levels_by_number``). A block shorter
    than the note's places is fine. A note whose grade words are not understood: no level, one
    warning naming it."""
    if g.lacks("第", "首", "前"):
        return False  # (the cheap test: a place's 第/首/前 in the cells)
    for x in lines:
        t = "".join(g.rows[x])
        if not ("第" in t or "首" in t or "前" in t) or len(t) > 200:
            continue  # (the cheap test first)
        block = _BLOCK_WORD.search(t)
        if block is None and not _RANKED_WORD.search(t):
            continue
        places: dict[int, str] = {}
        rest_level, unread, figures = None, False, False
        for clause in re.split(r"[，,；;。]", t):
            m = _PLACE_SAID.search(clause)
            rest = _PLACE_REST.search(clause)
            if m is None and rest is None:
                continue
            tail = clause[(m or rest).end() :]
            if not re.search(r"风险|级|重点|一般", tail):
                continue
            if _PLACE_RANK_ONLY.search(tail) and not re.search(r"级|重点|一般", tail):
                continue  # ('第一项为风险最高的风险点': a ranking, no grade: no level, no word)
            lv = _place_grade(tail, config)
            if m is None:
                rest_level = rest_level or lv
                unread = unread or lv is None
                continue
            if m.group(2):
                said = [w for w in re.split(r"\s*[、,，至到\-—~]\s*", m.group(2)) if w]
                figures = figures or any(w.isdigit() for w in said)
                nums = [_place_int(w) for w in said]
                if None in nums or not all(nums):
                    unread = True
                    continue
                if m.group(1) == "前":
                    nums = list(range(1, nums[-1] + 1)) if len(nums) == 1 else []
                elif re.search(r"[至到\-—~]", m.group(2)) and len(nums) == 2:
                    nums = list(range(nums[0], nums[1] + 1))
            else:
                nums = [1]  # ('首条', '排在首位')
            if lv is None:
                unread = True
                continue
            for n in nums:
                places.setdefault(n, lv)
        if not places and not unread:
            continue
        if figures and block is None:
            continue  # ('按风险高低排列，第1项为一级': the 序号's rule)
        cell = next((cell_ref(x, c) for c, v in enumerate(g.rows[x]) if v.strip()), "")
        if unread or not places:
            res.issues.append(
                make_issue("LEVEL_BY_PLACE_UNREAD", rel, g.name, cell, value=t.strip())
            )
            return True
        by_dept = block is not None and any(w and w[0] in "科股处部" for w in block.groups())
        blocks: dict[int, int] = {}
        key, n = None, 0
        for f in table:
            for rr in sorted(f.risks, key=lambda r: r.row):
                if rr.sheet:
                    continue
                k = (
                    (rr.department or f.department)
                    if by_dept
                    else (id(f), rr.department or f.department, rr.title or f.title,
                          rr.person or f.person)
                )  # fmt: skip
                n = n + 1 if k == key else 1
                key = k
                blocks[id(rr)] = n
        if figures:  # ('各岗位第1项' in figures: only where the 序号 runs on past the blocks)
            numbers = [_row_number(g, rr) for rr in rows]
            if all(numbers[i] == blocks.get(id(rr)) for i, rr in enumerate(rows)):
                continue
        for rr in rows:
            lv = places.get(blocks.get(id(rr), 0), rest_level)
            if lv:
                rr.risk_level = lv
        said = "；".join(f"第{k}项:{v}" for k, v in sorted(places.items()))
        said += f"；其余:{rest_level}" if rest_level else ""
        where = "科室" if by_dept else "岗位"
        res.issues.append(
            make_issue("LEVEL_BY_PLACE_IN_BLOCK", rel, g.name, cell, field=where, value=said)
        )
        return True
    return False


def _ranges_read(read: set[int], start: int, below: range) -> bool:
    """Whether the reader already took a note line by this table (under it, or in the few rows
    over its heading; ``read``: ``SheetResult.ranges_read``) for a roster of its 序号's ranges
    (HOLDERS_BY_RANGES): the rows that note left without a holder (a number in two ranges, or
    in none) stay so, with their warning."""
    return any(row in below or start - 6 <= row < start for row in read)


# a heading keying a list's rows by the 科室 a leader is in charge of: '分管科室', '联系科室',
# '分管部门' (a plain '科室' column is the rows' own 科室, no leader's field of charge)
_CHARGE_HEAD = LazyRe(r"^(?:分管|联系)(?:科室|股室|部门|处室|科所)(?:名称)?$")
# a heading naming who holds or watches the rows: such a list keeps its own holders
_HOLDER_HEAD = LazyRe(r"姓名|责任人|领导|岗位|职务|人员|负责人")
# where a leader's clause turns from who he is to what he does ('主任羊翊澂主持…，分管…')
_CHARGE_VERB = LazyRe(r"主持|分管|负责|协助|主抓|兼管")
_CHARGE_SPLIT = LazyRe(r"[、，,；;/／\s\u3000]+|[和及与](?=[\u4e00-\u9fff]{2})")
_CHARGE_TAIL = LazyRe(r"(?:等)?(?:工作|方面|事务)?(?:等)?$")
# a leader's clause saying he 主持 the whole ('主持全面工作', '主持馆内全面工作', '主持全站工作')
_CHARGE_WHOLE = LazyRe(r"主持[^，,；;。、]{0,6}?(?:全面|全[局站馆院所队校])工作")
# a 科室 cell naming the whole body, no 科室 ('全局', '全面工作'): the 主持 leader's charge
_WHOLE_CELL = LazyRe(r"^(?:全局|全面|全盘|全[站馆院所队校])(?:工作)?$")


def _leader_of_clause(clause: str) -> tuple[str, str, list[str], bool] | None:
    """One clause of a 分工 line: (post, name, the 科室 he 分管, whether he 主持 the whole), or
    None. '副主任翟沨琰分管市场管理科、摊位租赁科', '主任　羊翊澂：主持全面工作，分管办公室、财务室',
    '羊翊澂（主任）分管…', '蒯澜汀馆长主持全面工作，分管…' (the name glued before the post)."""
    from xlproc.identity import is_post, looks_like_name

    verb = _CHARGE_VERB.search(clause)
    at = clause.find("分管")
    whole = verb is not None and bool(_CHARGE_WHOLE.search(clause, verb.start()))
    if verb is None or (at < 0 and not whole):
        return None
    tokens = [t for t in re.split(r"[：:\s\u3000，,（）()]+", clause[: verb.start()]) if t]
    pair = None
    if tokens:
        last = tokens[-1]  # ('主任羊翊澂' glued, else '主任 | 羊翊澂' or '羊翊澂 | 主任')
        for n in (3, 2, 4):
            if len(last) > n and is_post(last[:-n]) and looks_like_name(last[-n:]):
                pair = (last[:-n], last[-n:])
                break
        for n in (3, 2, 4) if pair is None else ():  # ('蒯澜汀馆长': the name, then the post)
            if len(last) > n and looks_like_name(last[:n]) and is_post(last[n:]):
                pair = (last[n:], last[:n])
                break
        if pair is None and len(tokens) >= 2:
            a, b = tokens[-2], tokens[-1]
            if is_post(a) and looks_like_name(b):
                pair = (a, b)
            elif looks_like_name(a) and is_post(b):
                pair = (b, a)
    if pair is None:
        return None
    divisions = (
        [_CHARGE_TAIL.sub("", d) for d in _CHARGE_SPLIT.split(clause[at + 2 :])] if at >= 0 else []
    )
    divisions = [d for d in divisions if len(d) >= 2]
    return (*pair, divisions, whole) if divisions or whole else None


def _leaders_by_division_line(located, rel: str, res: FileResult) -> None:
    """A leaders' list keyed only by the 科室 each row's point lies in ('序号 | 分管科室 | 廉政风险点 |
    风险等级 | 防控措施', no post or name column), its leaders standing only in a prose 分工 line above
    or under it, or in its '注：' ('领导班子分工：主任羊翊澂主持中心全面工作，分管办公室、财务室；副主任
    翟沨琰分管市场管理科、摊位租赁科；…'): each row's point is the leader's whose clause names its
    科室 (a form a leader, no 科室: the 科室 is his field of charge, not his own); a row naming two
    科室 of two leaders is each one's. A 科室 no clause names is said at its cell and stays as it
    was. Read only where most rows' 科室 are named; a list with a name, post or 分管领导 column
    keeps its own (LEADERS_BY_DIVISION_LINE)."""
    from xlproc.locate_base import _LEADERS_WORD

    def per_table(g, forms, table, starts, k, sheet) -> list:
        if g.lacks("分管"):
            return []  # (the cheap test: a 分管 heading and line in the cells)
        rows = [rr for f in table for rr in f.risks if not rr.sheet]
        if not rows or any(  # ('领导班子' read from the title as its post: the group's)
            f.person or (f.title and not _LEADERS_WORD.search(f.title)) for f in table
        ):
            return []
        return _leaders_for_table(g, forms, table, rows, starts, k, rel, sheet, res)

    _each_table_naming_no_holder(located, per_table)


def _each_table_naming_no_holder(located, per_table) -> None:
    """Apply ``per_table(g, forms, table, starts, k, sheet)`` to each table of each located sheet
    (``located``: (grid, forms, sheet) triples, changed in place) where some form names no
    holder; a table is the forms of one header row (``starts[k]``), tables in the order of their
    rows. A table's forms are replaced by what ``per_table`` returns, or kept as they were where
    it returns nothing ([]: the table is not of its shape).

    Why one helper: ``_leaders_by_division_line`` and ``_holders_by_group_line`` both fill in
    the holders a note line names for a list with no name column, and they cut a sheet's forms
    into tables and skip a sheet that names its holders the same way; written twice, a change
    to that cut (which forms make one table, which sheets are passed over) had to be made in
    both, and one copy would drift."""
    for i, (g, forms, sheet) in enumerate(located):
        if all(f.person for f in forms):
            continue  # (the cheap test: a list naming its holders is read as it is)
        starts = sorted({f.header_row for f in forms})
        out = []
        for k, start in enumerate(starts):
            table = [f for f in forms if f.header_row == start]
            out.extend(per_table(g, forms, table, starts, k, sheet) or table)
        located[i] = (g, out, sheet)


def _leaders_for_table(g, forms, table, rows, starts, k, rel: str, sheet, res: FileResult) -> list:
    """``_leaders_by_division_line`` for one table (the sheet's forms, the table's, its rows):
    the table's forms by leader, or [] where the table is not of that shape."""
    start, first = starts[k], min(rr.row for rr in rows)
    col = None
    for r in range(start, first):  # (one heading row or two)
        for c, v in enumerate(g.rows[r]):
            key = re.sub(r"\s+", "", v or "")
            if _HOLDER_HEAD.search(key) and not _CHARGE_HEAD.match(key):
                return []  # '分管领导', '姓名', '岗位': the list names its own
            if col is None and _CHARGE_HEAD.match(key):
                col = c
    if col is None:
        return []
    above = max((rr.row for f in forms if f.header_row < start for rr in f.risks
                 if not rr.sheet and rr.row < start), default=-1)  # fmt: skip
    end = starts[k + 1] if k + 1 < len(starts) else len(g.rows)
    below = max(rr.row for rr in rows)
    leaders, where = [], None
    for r in chain(range(above + 1, start), range(below + 1, end)):
        text = "\n".join(v for v in g.rows[r] if v)
        if "分管" not in text:
            continue
        found = [x for x in map(_leader_of_clause, re.split(r"[；;。\n]", text)) if x]
        if found:
            leaders += found
            where = where or cell_ref(r, next(c for c, v in enumerate(g.rows[r]) if v))
    if not leaders:
        return []
    by_division: dict[str, list] = {}
    chiefs = list(dict.fromkeys((post, name) for post, name, _d, whole in leaders if whole))
    for post, name, divisions, _whole in leaders:
        for d in divisions:
            if (post, name) not in by_division.setdefault(d, []):
                by_division[d].append((post, name))

    def holders_of(part: str) -> list:
        if part in by_division:
            return by_division[part]
        if _WHOLE_CELL.match(part):  # ('全局': the one who 主持 the whole, where one does)
            return chiefs if len(chiefs) == 1 else []
        near = [d for d in by_division if d in part or part in d]  # ('中心办公室' for '办公室')
        return by_division[near[0]] if len(near) == 1 else []

    named: dict[int, list] = {}
    missing: list[tuple[int, str]] = []
    for rr in rows:
        cell = g.rows[rr.row][col] if col < len(g.rows[rr.row]) else ""
        for part in (p for p in _CHARGE_SPLIT.split(cell or "") if p):
            holders = holders_of(part)
            if not holders:
                missing.append((rr.row, part))
            for h in holders:
                if h not in named.setdefault(id(rr), []):
                    named[id(rr)].append(h)
    if 2 * sum(1 for rr in rows if named.get(id(rr))) <= len(rows):
        return []  # (a line not about this list: most of its 科室 named by no clause)
    for r, part in missing:
        res.issues.append(make_issue("LEADER_DIVISION_UNNAMED", rel, g.name, cell_ref(r, col),
                                     value=part))  # fmt: skip
    people = {h for hs in named.values() for h in hs}
    res.issues.append(make_issue("LEADERS_BY_DIVISION_LINE", rel, g.name, where,
                                 field=f"{len(people)}位领导、{len(named)}个风险点",
                                 value=g.rows[start][col]))  # fmt: skip
    out, held, base, texts = [], [], None, []
    for f in table:
        rest = []
        for rr in f.risks:
            holders = named.get(id(rr), [])
            if not holders:
                rest.append(rr)
            elif base is None:
                base = f
            for n, (post, name) in enumerate(holders):
                x = rr if n == 0 else replace(rr)  # (a row of two leaders' 科室: each one's)
                sheet.rows_seen += n > 0
                x.department, x.title, x.person = "", post, name
                held.append((("", post, name), x))
        texts += [t for t in f.duty_texts if t not in texts]
        if rest:
            out.append(replace(f, risks=rest))
    # (the table's forms split by 科室 before: a leader of two 科室 is one form, not two of him)
    out += [replace(p, style="list", person_asked=False, holder_column=True)
            for p in _forms_per_post(base, held)] if base is not None else []  # fmt: skip
    for p in out:  # (each its own points' duties)
        said = {x for rr in p.risks for x in (rr.duty, rr.workflow)}
        p.duty_texts = [(label, text) for label, text in texts if text in said]
    return out


# a clause of a note line naming people for another end than holding the rows ('联系人：…',
# '监督人：…', '填表人：…', '分管领导：…'): no group's members
_MEMBERS_OTHER_END = LazyRe(r"联系|监督|填表|填报|审核|审批|签字|签名|电话|分管|督办")
# the words around a group's members: '由…组成', '…构成', '成员为…', '：'
_MEMBERS_FRAME = LazyRe(
    r"^(?:[:：\s\u3000]|由|成员(?:为|有|是)?|人员(?:为|有)?|设)+|(?:共同)?(?:组成|构成)$"
)
_MEMBERS_SPLIT = LazyRe(r"[、，,:：\s\u3000]+")


def _members_of_groups(
    text: str, groups: list[str], posts: list[str]
) -> dict[tuple[str, str], list[str]]:
    """The (group, post) → names a note line says each group is made up of: '第一仲裁庭由首席仲裁员
    晏瑧琭、书记员巫昳蘅组成；立案庭受理员巫筠翚。', '甲组：组长 某某，组员 某某' ('groups' and 'posts':
    the list's own, longest first; a group's name begun by a longer post ('办公室主任') is the post)."""
    from xlproc.identity import looks_like_name

    found: dict[tuple[str, str], list[str]] = {}
    for clause in re.split(r"[；;。\n]", text):
        if not any(g in clause for g in groups) or _MEMBERS_OTHER_END.search(clause):
            continue
        cuts = []
        at = 0
        while at < len(clause):
            g = next((g for g in groups if clause.startswith(g, at)), None)
            p = next((p for p in posts if clause.startswith(p, at)), None)
            if g is not None and not (p is not None and len(p) > len(g)):
                cuts.append((at, g))
                at += len(g)
            else:
                at += 1
        for n, (at, g) in enumerate(cuts):
            body = clause[at + len(g) : cuts[n + 1][0] if n + 1 < len(cuts) else len(clause)]
            body = _MEMBERS_FRAME.sub("", body.strip())
            post = None
            for token in (t for t in _MEMBERS_SPLIT.split(body) if t):
                p = next((p for p in posts if token.startswith(p)), None)
                if p is not None:
                    rest, post = token[len(p) :], p  # ('首席仲裁员晏瑧琭' glued, or the post alone)
                    if rest and looks_like_name(rest):
                        found.setdefault((g, p), []).append(rest)
                        post = None
                elif post is not None and looks_like_name(token):  # ('书记员 巫昳蘅')
                    found.setdefault((g, post), []).append(token)
                    post = None
                else:
                    post = None
    return found


def _holders_by_group_line(located, rel: str, res: FileResult) -> None:
    """A list keyed by (group, post) with no name column ('仲裁庭 | 岗位': '第一仲裁庭 | 首席仲裁员', the
    same posts in each group), its holders standing only in a prose note over or under it naming
    each group's members by post ('说明：第一仲裁庭由首席仲裁员晏瑧琭、书记员巫昳蘅组成；第二仲裁庭由…；
    立案庭受理员巫筠翚。'): each (group, post) form takes the one person the line names for it. Read
    only where the list spans two groups or more and the line names at least two of its (group,
    post) and most; a pair it names twice or not at all stays as it was (a warning); a clause
    naming 联系人, 监督人, 填表人 names no holders (HOLDERS_BY_GROUP_LINE)."""
    _each_table_naming_no_holder(
        located,
        lambda g, forms, table, starts, k, _sheet: _group_line_for_table(
            g, forms, table, starts, k, rel, res
        ),
    )


def _group_line_for_table(g, forms, table, starts, k, rel: str, res: FileResult) -> list:
    """``_holders_by_group_line`` for one table: its forms with their holders, or [] where the
    table or its lines are not of that shape."""
    rows = [rr for f in table for rr in f.risks if not rr.sheet]
    if not rows or any(f.person or not f.department or not f.title for f in table):
        return []
    pairs = {(f.department, f.title) for f in table}
    groups = sorted({d for d, _t in pairs}, key=len, reverse=True)
    if len(groups) < 2:
        return []
    posts = sorted({t for _d, t in pairs}, key=len, reverse=True)
    start = starts[k]
    above = max((rr.row for f in forms if f.header_row < start for rr in f.risks
                 if not rr.sheet and rr.row < start), default=-1)  # fmt: skip
    end = starts[k + 1] if k + 1 < len(starts) else len(g.rows)
    found: dict[tuple[str, str], list[str]] = {}
    where = None
    for r in chain(range(max(rr.row for rr in rows) + 1, end), range(above + 1, start)):
        text = "\n".join(v for v in g.rows[r] if v)
        if not any(d in text for d in groups):
            continue
        said = _members_of_groups(text, groups, posts)
        if any(p in pairs for p in said):
            for p, names in said.items():
                found.setdefault(p, []).extend(n for n in names if n not in found.get(p, []))
            where = where or cell_ref(r, next(c for c, v in enumerate(g.rows[r]) if v))
    named = {p: names[0] for p, names in found.items() if p in pairs and len(names) == 1}
    if len(named) < 2 or 2 * len(named) < len(pairs):
        return []  # (a line not about this list: few of its groups' posts named)
    col = rows[0].cols.get("department")
    head = g.rows[start][col] if col is not None and col < len(g.rows[start]) else ""
    group_head = re.sub(r"\s+", "", head or "") or "组别"
    res.issues.append(make_issue("HOLDERS_BY_GROUP_LINE", rel, g.name, where, value=group_head,
                                 field=f"{len(set(named.values()))}人、{len(named)}个岗位"))  # fmt: skip
    out = []
    for f in table:
        name = named.get((f.department, f.title))
        if name is None:
            rr = f.risks[0]
            why = (
                "说明中写了不止一人"
                if len(found.get((f.department, f.title), [])) > 1
                else "说明中没有写"
            )
            res.issues.append(make_issue("GROUP_LINE_POST_UNNAMED", rel, g.name, rr.cell("title"),
                                         value=f"{f.department}　{f.title}", field=why))  # fmt: skip
            out.append(f)
            continue
        for rr in f.risks:
            rr.person = name
        out.append(replace(f, person=name))
    return out


# an appointment line's clause: '缑翯漪同志任局长', '某某任耕地保护股股长', '某某担任出纳',
# '某某同志为副所长' (the name first); '任命某某为站长', '聘任某某同志为会计' (the verb first);
# '股长：某某同志' (the post first)
_APPOINT_NAME_FIRST = LazyRe(
    r"^([\u4e00-\u9fff·]{2,5}?(?:、[\u4e00-\u9fff·]{2,5}?)*)(?:同志)?(?:担任|兼任|任|为)(\S{2,30})$"
)  # ('邬某、詹某同志任股员': two holders of one post)
_APPOINT_VERB_FIRST = LazyRe(
    r"^(?:任命|聘任|聘用|聘)([\u4e00-\u9fff·]{2,5}?)(?:同志)?(?:为|担任)(\S{2,20})$"
)
_APPOINT_POST_FIRST = LazyRe(r"^(\S{2,20}?)[：:]([\u4e00-\u9fff·]{2,5}?)同志$")
# the cheap test of a line: some clause of it appoints
_APPOINT_WORD = LazyRe(
    r"同志(?:任|为|担任)|任命|聘任|担任|[\u4e00-\u9fff]任[\u4e00-\u9fff]|[：:][\u4e00-\u9fff·]{2,5}同志(?:[，,；;。]|$)"
)
_APPOINT_BRACKET = LazyRe(r"[（(][^（）()]*[）)]")
# a clause or line about who held a post before ('（已调离）', '（原）', '免去某某…职务', a line
# headed '原任职人员：'): no appointment of the current holders
_APPOINT_FORMER = LazyRe(
    r"调离|离任|退休|免去|免职|不再担任|^[（(]原[）)]$|^原任|^原[\u4e00-\u9fff]{0,4}人员"
)


def _appointment_clauses(text: str) -> list[tuple[str, str, str]]:
    """The (name, 科室, post) a line copied from a 任免通知 appoints, clause by clause ('附：现任职人员
    （据…号）：缑翯漪同志任局长；帅琮湉同志任副局长（主持工作）；缑沄翊同志任耕地保护股股长。'), the 科室
    parted from the post where glued to it ('' where none is written); brackets are passed over, a
    lead-in ('附：现任职人员：') cut at its colon; a clause that is no appointment gives nothing."""
    from xlproc.identity import is_post, looks_like_name, split_dept_title
    from xlproc.locate_base import concurrent_posts

    out: list[tuple[str, str, str]] = []
    text = _APPOINT_BRACKET.sub(
        lambda m: (
            "〔免〕" if any(_APPOINT_FORMER.search(x) for x in (m.group(), m.group()[1:-1])) else ""
        ),
        text,
    )  # ('（已调离）', '（原）': the clause names a former holder)
    for clause in re.split(r"[；;。，,\n]", text):
        clause = re.sub(r"[\s\u3000]+", "", clause)
        if not clause:
            continue
        heads = re.split(r"[：:]", clause)
        if any(_APPOINT_FORMER.search(h) for h in heads[:-1]):
            return out  # ('附：原任职人员：…': the rest names former holders)
        if "〔免〕" in clause or _APPOINT_FORMER.search(heads[-1]):
            continue
        got = None
        tail = heads[-1]
        for rx, part in ((_APPOINT_VERB_FIRST, tail), (_APPOINT_NAME_FIRST, tail)):
            m = rx.match(part)
            names = m.group(1).split("、") if m else []
            if m and all(looks_like_name(n) and not is_post(n) for n in names):
                got = m.group(1), m.group(2)
                break
        if got is None and (m := _APPOINT_POST_FIRST.match(clause)):
            post = re.split(r"[：:]", m.group(1))[-1]
            if looks_like_name(m.group(2)) and not looks_like_name(post):
                got = m.group(2), post
        if got is None:
            continue
        held = got[1].removesuffix("职务")
        # ('任局长兼某股股长': both his; '兼职纪检员' one)
        for one in concurrent_posts(held) or [held]:
            dept, title = split_dept_title(one)
            if title and is_post(title):
                out.append((got[0], dept, title))
    return out


# a holder cell naming a post's holders by the first of them and a head count: '童珈岷等3人',
# '蔺某 等 2 名' (not '某某等人', '某某等同志', '某某（等）': no count, read as before)
_HEADCOUNT_GROUP = re.compile(
    r"^\s*([\u4e00-\u9fff·]{2,6}?)\s*等\s*(\d{1,2}|[一二两三四五六七八九十]{1,2})\s*[人名](?:同志)?\s*$"
)
# a holder cell naming a group's first few and its head count: '樊清越、柏澄怀等3人'
_HEADCOUNT_NAMED_FEW = re.compile(
    r"^\s*((?:[\u4e00-\u9fff·]{2,6}\s*[、，,/]\s*)+[\u4e00-\u9fff·]{2,6}?)\s*等\s*"
    r"(\d{1,2}|[一二两三四五六七八九十]{1,2})\s*[人名](?:同志)?\s*$"
)
_HEADCOUNT_DIGITS = {c: i for i, c in enumerate("一二三四五六七八九十", 1)} | {"两": 2}
_GROUP_NOTE_COUNT = r"\s*(?:\d{1,2}|[一二两三四五六七八九十]{1,2})\s*[人名]"
# what leads into a note's list of members: '”为', '：', '，分别是', '包括'
_GROUP_NOTE_LEAD = re.compile(r"^(?:[\s”’\"」』)）(（:：,，]|为|是|即|指|包括|有|分别|共|同志)+")


def _headcount(text: str) -> int:
    """'3' or '三', '十二' (at most two characters): the number."""
    if text.isdecimal():
        return int(text)
    if len(text) == 2:
        return (_HEADCOUNT_DIGITS[text[0]] if text[0] != "十" else 1) * 10 + (
            _HEADCOUNT_DIGITS[text[1]] if text[1] != "十" else 0
        )
    return _HEADCOUNT_DIGITS[text]


def _note_members(rest: str, dept: str, post: str) -> list[str]:
    """The names a note lists after its anchor ('”为车辆保障科驾驶员童珈岷、蔺岍瑗、童翀澔，“蔺…'):
    the group's 科室 and post skipped where they lead, then names up to the first thing that is
    no name ('“蔺湛玥等2人”…', '所列风险点为…'), within one clause ('。', '；')."""
    from xlproc.columns import looks_like_name

    rest = re.split(r"[。；;\n]", rest, maxsplit=1)[0]
    for _ in range(3):
        rest = _GROUP_NOTE_LEAD.sub("", rest)
        for word in (dept, post, "岗位"):
            if word and rest.startswith(word):
                rest = rest[len(word) :]
    names: list[str] = []
    for token in re.split(r"[、，,/／\s]+", re.split(r"[)）]", rest, maxsplit=1)[0]):
        token = token.removesuffix("同志")  # ('（樊清越、柏澄怀、汲星澜）': up to its bracket)
        if not (2 <= len(token) <= 4 and looks_like_name(token)):
            break
        if token not in names:
            names.append(token)
    return names


def _group_in_notes(notes, first: str, dept: str, post: str, written: list[str] | None = None):
    """(the members, the note's sheet and cell) a note lists for the group '<first>等N人' of ``post``, by
    the first member ('“童某等3人”为…', '童某等3人：…'), by the count ('其中驾驶员3人：…',
    '驾驶员（3人）：…') or by the post ('驾驶员：…'); the last two only where the list names the
    first member (a list of that post in another 科室 is not this group). None where no note
    says."""
    anchors = [(re.compile(re.escape(first) + r"\s*等" + _GROUP_NOTE_COUNT), False)]
    if written and len(written) > 1:  # ('“樊清越、柏澄怀等3人”指…': the cell as written)
        few = r"\s*[、，,/]\s*".join(map(re.escape, written))
        anchors.insert(0, (re.compile(few + r"\s*等" + _GROUP_NOTE_COUNT), False))
    if post:
        p = re.escape(post) + r"(?:岗位)?"
        anchors.append(
            (re.compile(p + r"\s*[(（]?\s*(?:共|有)?" + _GROUP_NOTE_COUNT + r"\s*[)）]?"), True)
        )
        anchors.append((re.compile(p + r"\s*(?=[:：]|为|是|有|包括)"), True))
    for anchor, needs_first in anchors:
        for text, where in notes:
            for m in anchor.finditer(text):
                names = _note_members(text[m.end() :], dept, post)
                if not names or (needs_first and first not in names):
                    continue
                return ([first] + names if first not in names else names), where
    return None


def _group_in_roster_table(located, g, first: str, post: str):
    """(the members, the sheet and cell) a roster table of another sheet of the file reading no
    form lists for the group '<first>等N人' of ``post``: its rows whose post cell is ``post``
    and whose name cell is a name ('序号 | 岗位 | 姓名', '1 | 巡堤员 | 樊清越'), the first member
    among them; None else (review 127h, finding 7)."""
    from xlproc.columns import looks_like_name

    if not post:
        return None
    for og, ofs, _s in located:
        if og is g or ofs:
            continue
        names: list[str] = []
        at = ""
        for r, row in enumerate(og.rows):
            cells = [v.strip() for v in row if v and v.strip()]
            if post not in cells:
                continue
            who = [v for v in cells if v != post and 2 <= len(v) <= 4 and looks_like_name(v)]
            if len(who) == 1 and who[0] not in names:
                names.append(who[0])
                at = at or cell_ref(r, 0)
        if first in names:
            return names, (og.name, at)
    return None


def _holders_by_group_note(located, rel: str, res: FileResult) -> None:
    """A list's holder cell naming a post's several holders by the first and a head count
    ('童珈岷等3人', D7:D8), the members listed only in a note under the table or on a roster sheet
    ('注：…“童珈岷等3人”为车辆保障科驾驶员童珈岷、蔺岍瑗、童翀澔，…', '驾驶员：…', '其中驾驶员3人：…'):
    each listed member holds the row's points, a form each (HOLDERS_BY_GROUP_NOTE, once a sheet).
    A list of another count leaves the first alone, as before (HOLDER_GROUP_COUNT_DIFFERS); no
    note at all, the same, and the others unnamed are said (HOLDER_GROUP_UNNAMED)."""
    for i, (g, forms, sheet) in enumerate(located):
        groups = []
        for k, f in enumerate(forms):
            if not f.person or f.person[0] == "等":
                continue
            for rr in f.risks:
                col = rr.cols.get("person")
                if col is None or rr.sheet:
                    continue
                row = g.rows[(rr.rows or {}).get("person", rr.row)]
                text = row[col] if col < len(row) else ""
                if not text:
                    continue  # (a merged cell's lower rows)
                m = _HEADCOUNT_GROUP.match(text) if "等" in text else None  # (the cheap test first)
                if m and m.group(1) == f.person and _headcount(m.group(2)) >= 2:
                    groups.append(
                        (k, text.strip(), rr.cell("person"), _headcount(m.group(2)), [f.person])
                    )
                m = _HEADCOUNT_NAMED_FEW.match(text) if "等" in text and not m else None
                written = re.split(r"\s*[、，,/]\s*", m.group(1)) if m else []
                if written and written[0] == f.person and _headcount(m.group(2)) > len(written):
                    # ('樊清越、柏澄怀等3人': the written few read already, the rest by the note;
                    # review 127h, finding 5)
                    groups.append(
                        (k, text.strip(), rr.cell("person"), _headcount(m.group(2)), written)
                    )
                break
        if not groups:
            continue
        taken = {
            r
            for f in forms
            for rr in f.risks
            if not rr.sheet
            for r in (rr.row, *(rr.rows or {}).values())
        }
        notes = []
        for grid, rows in [(g, range(len(g.rows)))] + [
            (og, range(len(og.rows))) for og, ofs, _s in located if og is not g and not ofs
        ]:
            for r in rows:
                if grid is g and r in taken:
                    continue
                cells = [(c, v) for c, v in enumerate(grid.rows[r]) if v and v.strip()]
                if cells:
                    text = "\n".join(dict.fromkeys(v.strip() for _c, v in cells))
                    notes.append((text, (grid.name, cell_ref(r, cells[0][0]))))
        added: dict[int, list[str]] = {}
        said, where_said, first_said = [], (g.name, ""), ""
        for k, text, cell, n, written in groups:
            f = forms[k]
            found = _group_in_notes(notes, f.person, f.department, f.title, written)
            if found is None:  # (a roster sheet's table: '序号 | 岗位 | 姓名' a member a row)
                found = _group_in_roster_table(located, g, f.person, f.title)
            if found is None:
                res.issues.append(make_issue("HOLDER_GROUP_UNNAMED", rel, g.name, cell, value=text,
                                             count=str(n - len(written))))  # fmt: skip
                continue
            names, where = found
            if len(names) != n or not set(written) <= set(names):
                res.issues.append(make_issue("HOLDER_GROUP_COUNT_DIFFERS", rel, g.name, cell, value=text,
                                             field="、".join(names), count=str(len(names))))  # fmt: skip
                continue
            added[k] = [x for x in names if x not in written]
            said.append(f"{text}：{'、'.join(names)}")
            where_said, first_said = (where_said, first_said) if first_said else (where, text)
        if not added:
            continue
        res.issues.append(make_issue("HOLDERS_BY_GROUP_NOTE", rel, *where_said, value=first_said,
                                     field="；".join(said)))  # fmt: skip
        out = []
        for k, f in enumerate(forms):
            out.append(f)
            for name in added.get(k, ()):
                out.append(
                    replace(f, person=name, risks=[replace(rr, person=name) for rr in f.risks])
                )
        located[i] = (g, out, sheet)


def _holders_by_appointment_line(located, rel: str, res: FileResult) -> None:
    """A post-only list ('股室 | 岗位 | 廉政风险点 | …', no name column) whose holders stand only in
    a line under or over it copied from a 任免通知 ('附：现任职人员（据…号）：缑翯漪同志任局长；
    缑沄翊同志任耕地保护股股长；…', '任命某某为站长', '出纳：某某同志'): each list post (科室 and
    post; a clause naming no 科室 matches the one list post of that name) named for one person
    takes him (info HOLDERS_BY_APPOINTMENT_LINE, once a list). A post named for two stays
    post-only (ROSTER_POST_SEVERAL_HOLDERS); a clause naming a post the list lacks, a warning
    (APPOINTMENT_LINE_POST_UNLISTED). Read only where two clauses or more (or every post of a
    one-post list) match; a list with a name column is passed over (the line is text). The
    '同' of '同志' made the line look like a sharing note ('同某某'): its
    HOLDERS_SHARED_NOTE_UNMATCHED at that cell is dropped where this line is read."""
    _each_table_naming_no_holder(
        located,
        lambda g, forms, table, starts, k, sheet: _appointment_line_for_table(
            g, forms, table, starts, k, rel, sheet, res
        ),
    )


def _appointment_line_for_table(g, forms, table, starts, k, rel, sheet, res: FileResult) -> list:
    """``_holders_by_appointment_line`` for one table: its forms with their holders, or []."""
    rows = [rr for f in table for rr in f.risks if not rr.sheet]
    if not rows or any(f.person or not f.title for f in table):
        return []
    start = starts[k]
    above = max((rr.row for f in forms if f.header_row < start for rr in f.risks
                 if not rr.sheet and rr.row < start), default=-1)  # fmt: skip
    end = starts[k + 1] if k + 1 < len(starts) else len(g.rows)
    pairs = {(f.department, f.title) for f in table}
    found: dict[tuple[str, str], list[str]] = {}
    stray: list[tuple[str, str]] = []  # (cell, post) a clause names that the list lacks
    cells: list[str] = []
    for r in chain(range(max(rr.row for rr in rows) + 1, end), range(above + 1, start)):
        at = next((c for c, v in enumerate(g.rows[r]) if v), None)
        if at is None:
            continue
        text = "".join(v for v in g.rows[r] if v)
        if not _APPOINT_WORD.search(text):
            continue  # (the cheap test: no clause appoints)
        said = _appointment_clauses(text)
        hits = []
        for name, dept, title in said:
            # ('局长' bare where the list's 科室 is '局领导'; '非遗保护部主任' one cell in the list)
            match = [p for p in pairs if p[1] == title and (p[0] == dept or not dept)]
            match = match or [p for p in pairs if p[0] + p[1] == dept + title]
            if not match and dept:  # ('综合执法科科长' where the list writes '科长' alone)
                match = [p for p in pairs if p[1] == title and not p[0]]
            if len(match) == 1:
                hits.append((match[0], name))
            else:
                stray.append((cell_ref(r, at), dept + title))
        if len(hits) >= 2 or (hits and (len(pairs) == 1 or len(said) >= 2)):
            # (one clause matching a list post of a line of two appointments or more: the
            # line is appointments all the same, its other posts warned unlisted)
            cells.append(cell_ref(r, at))
            for p, name in hits:
                if name not in found.setdefault(p, []):
                    found[p].append(name)
        else:
            stray = [s for s in stray if s[0] != cell_ref(r, at)]
    if not cells:
        return []
    named = {p: names[0] for p, names in found.items() if len(names) == 1}
    if not named:
        return []
    sheet.issues[:] = [i for i in sheet.issues if not (
        i.code == "HOLDERS_SHARED_NOTE_UNMATCHED" and i.cell in cells)]  # fmt: skip
    people = {n for names in named.values() for n in names.split("、")}
    res.issues.append(make_issue("HOLDERS_BY_APPOINTMENT_LINE", rel, g.name, cells[0],
                                 field=f"{len(people)}人、{len(named)}个岗位"))  # fmt: skip
    for at, post in stray:
        res.issues.append(make_issue("APPOINTMENT_LINE_POST_UNLISTED", rel, g.name, at,
                                     value=post))  # fmt: skip
    out = []
    for f in table:
        p = (f.department, f.title)
        name = named.get(p)
        if name is None:
            if len(found.get(p, [])) > 1:
                res.issues.append(make_issue("ROSTER_POST_SEVERAL_HOLDERS", rel, g.name, cells[0],
                                             value=f.department + f.title,
                                             names="、".join(found[p])))  # fmt: skip
            out.append(f)
            continue
        for k, one in enumerate(name.split("、")):  # ('邬某、詹某同志任股员': a copy each)
            risks = [replace(rr, person=one) for rr in f.risks] if k else f.risks
            for rr in risks:
                rr.person = one
            out.append(replace(f, person=one, risks=risks))
    return out


# a column saying per matter, in prose, who leads it and who handles it: '责任分工', '分工',
# '职责分工', '责任落实' (with no 科室, post or name column beside it)
_DUTY_PROSE_HEAD = LazyRe(r"^(?:(?:责任|职责|工作)?分工|责任落实)(?:及落实|落实)?$")
# a clause's role verb: the one who handles the matter, or who leads or watches it (the longer
# first where one holds another: '牵头负责' before '负责', '负责落实' before '负责'; '负责督促' leads)
_DUTY_ROLE = LazyRe(
    r"具体负责|具体承办|具体经办|直接负责|负责(?:督促|监督|指导|协调)|负责落实|牵头负责|牵头|负总责"
    r"|总负责|分管|督促|监督|指导"
    r"|经办|承办|负责"
)
_DUTY_DIRECT = frozenset(
    ("具体负责", "具体承办", "具体经办", "直接负责", "负责落实", "经办", "承办")
)
# a clause labelled with its role: '具体责任人：办公室主任庞沐' (who handles the matter),
# '牵头领导：副局长柏泠溪' (who leads it: no holder)
_DUTY_LABEL = LazyRe(
    r"^\s*(?:(具体责任人|直接责任人|责任人|具体经办人|经办人|承办人)"
    r"|牵头领导|分管领导|主要领导|监督人|牵头人|分管负责人)\s*[:：]\s*(\S.*)$"
)
_DUTY_CLAUSE_SPLIT = LazyRe(r"[；;。，,\n]+")
_DUTY_NAMES_SPLIT = LazyRe(r"[、/／]+|(?<=[\u4e00-\u9fff]{3})[和及](?=[\u4e00-\u9fff]{3})")


def _duty_person(part: str) -> tuple[str, str, str] | None:
    """One person of a 分工 clause: '教务处主任麻沄翊', '科长 韦晟霖', '郜琳（会计）', '韦晟霖科长'
    → (科室, post, name), the 科室 parted from the post where written into it; None else."""
    from xlproc.columns import name_then_post
    from xlproc.identity import (
        _post_run_name,
        holder_and_post,
        is_post,
        looks_like_name,
        split_dept_title,
    )

    part = part.strip().removeprefix("由").removesuffix("同志").strip()
    # ('柏泠溪同志（办公室主任）': the name, 同志, then his post in brackets)
    part = re.sub(r"同志\s*(?=[（(])", "", part)
    if (got := _post_run_name(part)) is not None:
        post, name = got
    elif (got := name_then_post(part) or holder_and_post(part)) is not None:
        name, post = got
    elif looks_like_name(part) and not is_post(part):
        return "", "", part
    else:
        return None
    dept, title = split_dept_title(post)
    return (dept, title, name) if title else ("", post, name)


def _duty_prose_holders(cell: str) -> tuple[list, bool] | None:
    """A prose 分工 cell ('副校长蓬翀岫牵头负责；教务处主任麻沄翊具体负责。', '由科长某某具体承办，
    副局长某某分管', '会计某某、出纳某某具体负责', '具体负责：主任某某'): the people who handle the
    matter (具体负责, 承办, 经办 …; a bare '负责' where no clause says so) and whether the cell
    names a leader too; None where no clause is '<post><name><role>' (a cell of posts, '办公室')."""
    if not cell or (_DUTY_ROLE.search(cell) is None and not re.search(r"[:：]", cell)):
        return None  # (the cheap test: no role verb nor label, no prose)
    direct, bare, leads = [], [], False
    for clause in _DUTY_CLAUSE_SPLIT.split(cell):
        label = _DUTY_LABEL.match(clause)
        m = None if label else _DUTY_ROLE.search(clause)
        if label:  # ('具体责任人：办公室主任庞沐', '牵头领导：副局长柏泠溪')
            who, role = label.group(2).strip(), "具体负责" if label.group(1) else "牵头"
        elif m is None:
            continue
        else:
            who, role = clause[: m.start()].strip(), m.group()
            if not who:  # ('具体负责：主任某某': the role, then who)
                who = clause[m.end() :].strip().lstrip("：:").strip()
        # two named, each whole, before one whole ('会计甲和出纳乙' is no post '会计甲和出纳')
        people = [_duty_person(x) for x in _DUTY_NAMES_SPLIT.split(who) if x.strip()]
        if len(people) < 2 or None in people:
            people = [_duty_person(who)]
        if not people or None in people:
            continue
        if role in _DUTY_DIRECT:
            direct += [p for p in people if p not in direct]
        elif role == "负责":
            bare += [p for p in people if p not in bare]
        else:
            leads = True
    if not (direct or bare or leads):
        return None
    return direct or bare, leads


def _holders_in_duty_prose(located, rel: str, res: FileResult) -> None:
    """A list of 工作事项 with no 科室, post or name column, its holders written only as prose in a
    '责任分工' cell merged over each 事项's rows ('副校长蓬翀岫牵头负责；教务处主任麻沄翊具体负责。'):
    each row's point is the one's who 具体负责 (承办, 经办, 直接负责; a bare 负责 where no clause
    says 具体), his 科室 and post from the words before his name; the leader who 牵头负责, 负总责,
    分管 or 督促 holds none. A cell naming no such person is said and its rows stay as they were
    (HOLDERS_BY_DUTY_PROSE, DUTY_PROSE_NO_HOLDER). A cell of posts ('办公室') is no prose: as before.
    Labels ('具体责任人：办公室主任某某' holds, '牵头领导：副局长某某' leads) and '某某同志（主任）' are read;
    a blank unmerged cell under a row of the same 工作事项 takes that row's, else is said
    (DUTY_PROSE_BLANK)."""
    for i, (g, forms, sheet) in enumerate(located):
        if not forms or any(f.person or f.title for f in forms):
            continue  # (the cheap test: a list naming its holders or posts is read as it is)
        out, changed = [], False
        for start in sorted({f.header_row for f in forms}):
            table = [f for f in forms if f.header_row == start]
            got = _duty_prose_table(g, table, rel, sheet, res)
            changed |= bool(got)
            out.extend(got or table)
        if changed:
            located[i] = (g, out, sheet)


def _duty_prose_table(g, table, rel: str, sheet, res: FileResult) -> list:
    """``_holders_in_duty_prose`` for one table: its forms by holder, or [] where it is not of
    that shape."""
    rows = [rr for f in table for rr in f.risks if not rr.sheet]
    if not rows:
        return []
    start, first, col = table[0].header_row, min(rr.row for rr in rows), None
    head = (start, 0, "")
    for r in range(start, first):  # (one heading row or two)
        for c, v in enumerate(g.rows[r]):
            key = re.sub(r"\s+", "", v or "")
            if _HOLDER_HEAD.search(key):
                return []  # '责任人', '岗位', '姓名': the list names its own
            if col is None and _DUTY_PROSE_HEAD.match(key):
                col, head = c, (r, c, key)
    if col is None:
        return []
    read: dict[tuple[int, int], tuple[list, bool] | None] = {}
    of_row: dict[int, tuple[int, int]] = {}
    for rr in rows:
        at = g.merged_into.get((rr.row, col), (rr.row, col))
        of_row[id(rr)] = at
        if at not in read:
            read[at] = _duty_prose_holders(g.get(*at))
    # a blank cell, not merged, under a row of the same 工作事项 is that row's (the 分工 written on
    # the 事项's first row only); one under another 事项's row names no one (said below)
    blank, above = [], None
    for rr in sorted(rows, key=lambda x: x.row):
        at = of_row[id(rr)]
        if at == (rr.row, col) and not g.get(*at).strip():
            if (
                above is not None
                and rr.duty.strip()
                and rr.duty == above.duty
                and of_row[id(above)] not in blank
            ):
                of_row[id(rr)] = of_row[id(above)]
            else:
                blank.append(at)
        above = rr
    if not any(x and x[0] for x in read.values()):
        return []  # (no cell names who handles the matter: not this shape)
    if 2 * sum(1 for rr in rows if read[of_row[id(rr)]]) <= len(rows):
        return []  # (most cells no prose: a column of posts or notes)
    for at, x in read.items():
        if not (x and x[0]) and g.get(*at).strip():
            res.issues.append(make_issue("DUTY_PROSE_NO_HOLDER", rel, g.name, cell_ref(*at),
                                         field=head[2], value=g.get(*at).strip()))  # fmt: skip
    for at in blank:
        res.issues.append(make_issue("DUTY_PROSE_BLANK", rel, g.name, cell_ref(*at), field=head[2]))
    out, held, base, texts = [], [], None, []
    for f in table:
        rest = []
        for rr in f.risks:
            x = read.get(of_row.get(id(rr), (-1, -1)))
            if not (x and x[0]):
                rest.append(rr)
                continue
            base = base or f
            for n, (dept, post, name) in enumerate(x[0]):
                y = rr if n == 0 else replace(rr)  # (a cell naming two who handle it: each one's)
                sheet.rows_seen += n > 0
                y.department, y.title, y.person = dept or rr.department, post, name
                held.append(((y.department, post, name), y))
        texts += [t for t in f.duty_texts if t not in texts]
        if rest:
            out.append(replace(f, risks=rest))
    people = {key for key, _x in held}
    points = sum(1 for rr in rows if (x := read[of_row[id(rr)]]) and x[0])
    res.issues.append(make_issue("HOLDERS_BY_DUTY_PROSE", rel, g.name, cell_ref(head[0], col),
                                 field=f"{len(people)}人、{points}个风险点", value=head[2]))  # fmt: skip
    out += [replace(p, style="list", person_asked=False, holder_column=True)
            for p in _forms_per_post(base, held)]  # fmt: skip
    for p in out:  # (each its own points' duties)
        said = {x for rr in p.risks for x in (rr.duty, rr.workflow)}
        p.duty_texts = [(label, text) for label, text in texts if text in said]
    return out


# a column of ranks: '风险排序', '排序', '排名', '位次', '风险值排序', '综合排名', '名次'
_RANK_HEAD = LazyRe(r"^[\u4e00-\u9fff]{0,6}(?:排序|排名|排位|位次|名次)$")
_RANK_CELL = LazyRe(r"^第?\s*(\d{1,3})(?:\.0)?\s*(?:位|名)?$")
# a number of a rank in a note: '7', '三' (not '第3项', '3级', '2025年')
_RANK_NUM = (
    r"(?<![\d.])(\d{1,3}|[一二两三四五六七八九十]{1,3})(?![\d.]|\s*[项条个行级类档分%％年月日号])"
)
_RANK_TOP = LazyRe(rf"前\s*{_RANK_NUM}\s*(?:位|名)?")
# '第7位及以后', '7名以后', '第10位（含）以下': the rank and, where said, that it counts too
_RANK_FROM = LazyRe(
    rf"第?\s*{_RANK_NUM}\s*(?:位|名)?\s*([（(]\s*含\s*[)）]|及|含)?\s*(?:以后|之后|以下|往后|后)"
)
_RANK_SPAN = LazyRe(
    rf"第?\s*{_RANK_NUM}\s*(?:位|名)?"
    rf"(?:\s*(?:[—–－~～\-至到、和]|及(?!以))\s*第?\s*{_RANK_NUM}\s*(?:位|名)?)*"
)
_RANK_WORD = LazyRe(r"排序|排名|排位|位次|名次|排在|排列")
_RANK_REST = LazyRe(r"其余|其他|其它|剩余|余下|剩下")
# a level a clause gives: '…的为一级风险点', '…属于高风险', '…列为较高'
_RANK_LEVEL = LazyRe(
    rf"(?:为|是|属于?|列为|定为|评定为|确定为|划为|认定为|[:：])\s*({LEVEL_ALTS})"
    r"(?=风险|级|等|点|[，,。;；、）)\s]|$)"
)
# the level first: '一级风险：排序第1—3位', '高风险（排名前3位）'
_NOTE_MARK = r"^\s*(?:注|说明|备注)\s*\d?\s*[:：.、]?"
_LEVEL_FIRST = LazyRe(rf"(?:{_NOTE_MARK})?\s*({LEVEL_ALTS})(?:风险)?点?\s*(?:[:：为是指]|[（(])")
# a level of posts, not of points: '排名前3位的为高风险岗位'
_OF_POSTS = LazyRe(r"(?:风险)?(?:等级)?的?(?:岗位|科室|单位|人员|部门)")
_CN_DIGITS = "一二三四五六七八九"


def _rank_number(said: str) -> int:
    """'7' → 7, '三' → 3, '十二' → 12, '二十' → 20 (a rank a note writes in words)."""
    if said.isdecimal():
        return int(said)
    said = said.replace("两", "二")
    tens, ten, ones = said.partition("十")
    if not ten:
        return _CN_DIGITS.index(said) + 1 if said in _CN_DIGITS else 0
    t = _CN_DIGITS.index(tens) + 1 if tens in _CN_DIGITS else (1 if not tens else 0)
    o = _CN_DIGITS.index(ones) + 1 if ones in _CN_DIGITS else (0 if not ones else -99)
    return max(t * 10 + o, 0)


def _rank_band(said: str) -> tuple[str, list[int], int | None] | None:
    """The ranks a clause's words before its level name: ('rest', …) for '其余', ('from', [],
    n) for ranks n and after ('after' where it may not count n), ('ranks', [1, 2, 3], None) for
    '第1—3位', '前三位', '排名1～3'."""
    if not re.search(r"\d|[一二两三四五六七八九十]", said):
        return ("rest", [], None) if _RANK_REST.search(said) else None
    m = _RANK_FROM.search(said)
    if m:
        n = _rank_number(m.group(1))
        # ('及以后', '（含）以后', '以下' count the rank itself; a bare '以后' is read by the
        # other bands: 'after' it where they give the rank, from it where they end just before)
        counts = bool(m.group(2)) or m.group(0).endswith("以下")
        return ("from" if counts else "after", [], n) if n else None
    m = _RANK_TOP.search(said)
    if m and (m.group(0)[-1] in "位名" or _RANK_WORD.search(said)):
        n = _rank_number(m.group(1))
        return ("ranks", list(range(1, n + 1)), None) if n else None
    m = _RANK_SPAN.search(said)
    if not m or not ("位" in m.group(0) or "名" in m.group(0) or _RANK_WORD.search(said)):
        return None
    spans = re.sub(r"[第位名\s]", "", m.group(0))
    spans = re.sub(r"[一二两三四五六七八九十]+", lambda x: str(_rank_number(x.group(0))), spans)
    ranks = number_list(spans, widest=500)
    return ("ranks", ranks, None) if ranks else None


def _rank_bands(text: str, config: Config) -> list[tuple[str, list[int], int | None, str, str]]:
    """The bands of rank a note gives levels by ('排序第1—3位的为一级风险点，第4—6位的为二级风险
    点，第7位及以后的为三级风险点', '排在前三位的为高风险，其余为低风险'): (kind, ranks, from, level,
    the words) each, in the note's order."""
    out = []
    for clause in re.split(r"[；;。\n，,]", text):
        if not clause.strip():
            continue
        pos, paired = 0, False
        for m in _RANK_LEVEL.finditer(clause):
            band = _rank_band(clause[pos : m.start()])
            lv = config.level(m.group(1))
            if band and lv and not _OF_POSTS.match(clause, m.end()):
                words = re.sub(_NOTE_MARK, "", clause[pos : m.start()]).strip().removesuffix("的")
                out.append((*band, lv, words))
                paired = True
            pos = m.end()
        first = None if paired else _LEVEL_FIRST.match(clause)
        if first:
            band = _rank_band(clause[first.end() :])
            lv = config.level(first.group(1))
            if band and band[0] != "rest" and lv:
                out.append((*band, lv, clause[first.end() :].strip("（()） ")))
    return out


def _rank_column(g, table, rows) -> tuple[int, int, str, bool] | None:
    """The column of a table that ranks its points: one headed '风险排序', '排名', '位次' …,
    else one of distinct whole numbers 1…n, not in the rows' order, that no role took
    (the 序号 runs down the rows; ranks do not). (header row, column, heading, headed)."""
    first = min(rr.row for rr in rows)
    heads = [r for r in (table[0].header_row, table[0].header_row + 1) if r < first]
    for r in heads:
        for c, v in enumerate(g.rows[r]):
            label = "".join(v.split())
            if label and _RANK_HEAD.match(label):
                return r, c, label, True
    if len(rows) < 3:
        return None
    used = {c for rr in rows for role, c in rr.cols.items() if role != "other"}
    width = max(len(g.rows[rr.row]) for rr in rows)
    for c in range(width):
        if c in used:
            continue
        got = [_rank_of(g, rr.row, c) for rr in rows]
        if (
            set(got) == set(range(1, len(rows) + 1))
            and len(got) == len(rows)
            and got != sorted(got)
        ):
            r = table[0].header_row
            head = g.rows[r]
            return r, c, "".join(head[c].split()) if c < len(head) else "", False
    return None


def _rank_of(g, r: int, c: int) -> int | None:
    r, c = g.merged_into.get((r, c), (r, c))
    row = g.rows[r]
    m = _RANK_CELL.match(row[c].strip()) if c < len(row) else None
    return int(m.group(1)) if m else None


def _levels_by_rank_bands(located, config: Config, rel: str, res: FileResult) -> None:
    """A list with no level, each point carrying its RANK ('风险排序 | 2', 1 the most serious,
    the ranks scattered down the rows) and a note giving levels by bands of rank ('排序第1—3位的
    为一级风险点，第4—6位的为二级风险点，第7位及以后的为三级风险点'): each point takes its
    rank's band, with one info naming the column and the bands. A rank no band covers, or one two
    bands give different levels, stays unlevelled (said in the info); without such a note, ranks
    are no levels (a rank 1 is not 一级)."""
    sheets = {id(g): sheet for g, _forms, sheet in located}
    unlevelled = _points_where(
        located, lambda rr: not rr.risk_level.strip(), lambda w: not w.strip()
    )
    for g, forms, _todo in unlevelled:  # (a sheet whose points all have levels: passed over)
        sheet = sheets[id(g)]
        starts = sorted({f.header_row for f in forms})
        last = max((rr.row for f in forms for rr in f.risks if not rr.sheet), default=-1)
        for start in starts:
            table = [f for f in forms if f.header_row == start]
            rows = [rr for f in table for rr in f.risks if not rr.sheet]
            if not rows or any(rr.risk_level.strip() for rr in rows):
                continue  # (levels read some other way: the ranks are not wanted)
            end = next((s for s in starts if s > start), len(g.rows))
            # the note under the table, else the one under the sheet's last; a 说明 over the first
            # (the cheap test first: no such line, no column looked for)
            said = _rank_said(g, range(max(rr.row for rr in rows) + 1, end))
            said = said or _rank_said(g, range(last + 1, len(g.rows)))
            if start == starts[0]:
                said = _rank_said(g, range(start)) + said
            bands = _rank_bands("\n".join(said), config) if said else []
            if not any(kind != "rest" for kind, *_x in bands):
                continue
            found = _rank_column(g, table, rows)
            if found is None:
                continue
            head, col, label, headed = found
            if len(bands) < (1 if headed else 2):
                continue  # (a column no heading calls ranks needs a note of two bands at least)
            _levels_from_bands(g, rows, (head, col), label, bands, rel, res, sheet)


def _rank_said(g, lines: Iterable[int]) -> list[str]:
    """The note lines among ``lines`` that may speak of ranks (one or two cells written)."""
    out = []
    for x in lines:
        cells = list(dict.fromkeys(v for v in g.rows[x] if v.strip()))
        if 0 < len(cells) <= 2:
            t = "".join(cells)
            if ("位" in t or "名" in t or "排" in t) and re.search(r"\d|前", t):
                out.append(t)
    return out


def _levels_from_bands(
    g, rows, at: tuple[int, int], label: str, bands, rel: str, res, sheet
) -> None:
    """Each point its rank's level by ``bands``; the info, and the column's guessed role dropped."""
    given: dict[int, set[str]] = {}
    ranks = {id(rr): _rank_of(g, rr.row, at[1]) for rr in rows}
    top = max((n for n in ranks.values() if n), default=0)
    for kind, listed, frm, lv, _w in bands:
        if kind == "from":
            listed = list(range(frm, max(top, frm) + 1))
        for n in listed if kind in ("ranks", "from") else ():
            given.setdefault(n, set()).add(lv)
    for kind, _l, frm, lv, _w in bands:
        if kind == "after":  # ('第3—5位 … 第6位以后': 6 too, no rank left between the bands)
            frm = frm if frm not in given and frm - 1 in given else frm + 1
            for n in range(frm, max(top, frm) + 1):
                given.setdefault(n, set()).add(lv)
    rest = {lv for kind, *_x, lv, _w in bands if kind == "rest"}
    rest_level = rest.pop() if len(rest) == 1 else None
    unclear: list[int] = []
    done = 0
    for rr in rows:
        n = ranks[id(rr)]
        got = given.get(n, set()) if n else set()
        lv = next(iter(got)) if len(got) == 1 else (rest_level if n and not got else None)
        if lv:
            rr.risk_level = lv
            done += 1
        elif n:
            unclear.append(n)
    if not done:
        return
    said = ";".join(
        f"{lv}:{'其余名次' if kind == 'rest' else words}" for kind, _l, _f, lv, words in bands
    )
    if unclear:
        said += (
            f";第{'、'.join(map(str, sorted(set(unclear))))}位未定级(说明的区段未覆盖或相互重叠)"
        )
    cell = cell_ref(*at)
    res.issues.append(
        make_issue("LEVEL_BY_RANK_BANDS", rel, g.name, cell, field=label or "名次", value=said)
    )
    # (the column's role guessed from its numbers is now known: a rank)
    sheet.issues = [i for i in sheet.issues if not (i.code == "COLUMN_GUESSED" and i.cell == cell)]


# a measure's code: 'A1', 'B-2', 'CS03'
_MEASURE_CODE = re.compile(r"^[A-Za-z]{1,3}[-－_]?\d{1,3}$")
_CODE_WORD = re.compile(r"^(?:措施)?(?:代码|编码|编号|代号)$")


def _code_catalogue(g) -> tuple[dict[str, str], list[int]]:
    """The catalogues of measures by code on a sheet ('代码 | 防控措施' over 'A1 | 重大事项集体研究。',
    one or several, '一、通用措施' over one and '二、专项措施' over the next): code → measure, and
    the rows they take (captions, headings and entries); ({}, []) where the sheet has none."""
    out: dict[str, str] = {}
    taken: list[int] = []
    h = 0
    while h < len(g.rows):
        cells = [(c, "".join(v.split())) for c, v in enumerate(g.rows[h]) if v.strip()]
        if not 2 <= len(cells) <= 3:
            h += 1
            continue
        (c0, k0), (c1, k1) = cells[0], cells[1]
        if not (_CODE_WORD.match(k0) and k1 in _CATALOGUE_TEXT):
            h += 1
            continue
        block: dict[str, str] = {}
        x = h + 1
        while x < len(g.rows):
            r = g.rows[x]
            code = r[c0].strip().upper() if c0 < len(r) else ""
            text = r[c1].strip() if c1 < len(r) else ""
            if not _MEASURE_CODE.match(code) or not text or code in block or code in out:
                break
            block[code] = text
            x += 1
        if len(block) >= 2 or (block and out):
            out.update(block)
            taken.extend(range(h, x))
            above = "".join(g.rows[h - 1]).strip() if h else ""
            if above and len(above) <= 20 and len(g.rows[h - 1]) - g.rows[h - 1].count("") == 1:
                taken.append(h - 1)  # ('附：防控措施代码表', '二、专项措施': its caption)
        h = x
    return (out, sorted(set(taken))) if len(out) >= 2 else ({}, [])


_CATALOGUE_TEXT = ("防控措施", "措施", "措施内容", "防控措施内容", "具体措施")


def _measures_by_code(located, rel: str, res: FileResult) -> None:
    """Measures written as codes ('A1、B2') that a catalogue on the sheet, or on a sheet of no
    points, spells out ('代码 | 防控措施'): each point's measures are the catalogue's, in the
    order written; only where every code of the sheet's points is in the catalogues. The
    catalogue's rows are its legend, no rows of the list nor out of place."""
    from xlproc.locate import _CODE_SPLIT

    todo = []
    for g, forms, sheet in located:
        rows = [rr for f in forms for rr in f.risks if not rr.sheet and rr.measures.strip()]
        codes: list[list[str]] = []
        for rr in rows:  # (stops at the first measure written out: most sheets' first)
            cs = [c.upper() for c in _CODE_SPLIT.split(rr.measures.strip()) if c]
            if not cs or not all(_MEASURE_CODE.match(c) for c in cs):
                break
            codes.append(cs)
        if rows and len(codes) == len(rows):
            todo.append((g, sheet, rows, codes))
    if not todo:
        return  # (the cheap test: no sheet whose measures are all codes)
    apart: dict[str, str] = {}
    for o, forms, _sh in located:
        if not forms:
            apart.update(_code_catalogue(o)[0])
    for g, sheet, rows, codes in todo:
        own, taken = _code_catalogue(g)
        book = {**apart, **own}
        if not book or not all(c in book for cs in codes for c in cs):
            continue
        for rr, cs in zip(rows, codes, strict=True):
            rr.measures = "\n".join(book[c] for c in cs)
        said = "、".join(sorted({c for cs in codes for c in cs}))
        res.issues.append(make_issue("MEASURES_BY_CODE", rel, g.name, value=said))
        lines = {str(x + 1) for x in taken}
        on_it = [
            i for i in sheet.issues
            if i.code in ("ROW_UNPLACED", "POINT_BLANK") and i.cell.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ") in lines
        ]  # fmt: skip
        if on_it:
            blank = sum(1 for i in on_it if i.code == "POINT_BLANK")
            sheet.unplaced -= len(on_it) - blank
            sheet.rows_seen -= blank
            sheet.rows_reported -= blank
            sheet.issues = [i for i in sheet.issues if i not in on_it]


# a note saying the measures are written in the cells' comments (批注): '防控措施见批注', '措施详见
# 单元格批注', '…防控措施以批注形式标注在风险点单元格', '批注内容为防控措施', '鼠标移至风险点即可查看
# 防控措施'; not one about remarks on them ('措施未填写的已用批注标出', '批注为审核意见')
_COMMENTS_HOLD_MEASURES = LazyRe(r"批注|注释|单元格备注|鼠标|红色?小?三角")
_COMMENTS_NOT_MEASURES = LazyRe(
    r"未|没有|缺|不全|不具体|不到位|补充|修改|完善|意见|问题|审核|核实|退回|勿|不要|不得|禁止"
)
# a comment's label line: '防控措施：1.…', '措施：', '整改措施如下：', '防控措施' alone on its line
_COMMENT_LABEL = LazyRe(r"^\s*([\u4e00-\u9fff（）()、/]{1,10}?)\s*(?:如下)?\s*[:：]\s*")
_MEASURES_LABEL = LazyRe(
    r"^\s*(?:主要|具体)?(?:防控|预防|防范|管控|控制|廉政防控|廉洁防控|风险防控)?措施\s*(?:如下)?\s*(?:[:：]\s*|$)"
)  # (not '整改措施：该同志已调离': a rectification's word, no measure against the risk)
# the author line Excel and WPS write first ('Administrator:', 'lenovo:', '作者:'); a threaded
# comment's legacy copy opens '[Threaded comment]…Comment:⏎    …' ('[线程批注]…批注:')
_THREADED = LazyRe(r"^\[[^\]\n]{2,30}\][\s\S]*?linkid=\d+\s*\n\s*[^\n:：]{1,12}[:：][ \t]*\n")
# what a comment on a point holds that is no measure: a reviewer's remark ('请补充', '表述不清？'),
# a code legend ('1—思想道德风险'), a name
_REMARK = LazyRe(
    r"^\s*(?:请|建议|是否|此处|此项|该项|该风险点|本风险点|审核意见|意见)|[？?]"
    r"|请(?:补|改|修|完善|核|删|明确|细化|填)|有误|不规范|表述不清|不准确|不具体|过于笼统"
)
# what stands where a measure should and is none: a state ('已落实', '尚待制定'), a reference
# to another row ('同上', '见第1条')
_NO_MEASURE = LazyRe(
    r"^\s*(?:已(?:落实|整改|完成|制定|调离|建立)|尚(?:待|未)|待(?:定|制定|完善|研究)|暂无|同上|同前|"
    r"见第|详见|参见|参照第)"
)
_CODE_LEGEND = LazyRe(r"^\s*[A-Za-z0-9甲乙丙丁①-⑩]{1,2}\s*[—–－=＝]+\s*\S")


def _comment_body(text: str) -> str:
    """A comment's own words: without the author line Excel and WPS put first ('Administrator:'),
    a threaded comment's notice and its replies, and blank lines."""
    m = _THREADED.match(text)
    if m:  # (the first comment's indented lines; the replies after it are others' words)
        lines = []
        for line in text[m.end() :].split("\n"):
            if line.strip() and not line[:1].isspace():
                break
            lines.append(line)
        text = "\n".join(lines)
    lines = [line.strip() for line in text.strip().split("\n")]
    first = lines[0] if lines else ""
    if (
        len(lines) > 1
        and re.fullmatch(r"[^:：]{1,40}[:：]", first)
        and not _MEASURES_LABEL.match(first)
    ):
        lines = lines[1:]
    return "\n".join(line for line in lines if line)


def _comment_measures(text: str, noted: bool) -> str:
    """The measures a point's comment holds: the lines under its label ('防控措施：1.…；⏎2.…。',
    up to another label), or, where the sheet's note says the comments are the measures, the
    whole comment if it has no label at all; '' for a remark, a name, a legend or another field."""
    from xlproc.columns import looks_like_name

    body = _comment_body(text)
    if not body:
        return ""
    lines = body.split("\n")
    for i, line in enumerate(lines):
        m = _MEASURES_LABEL.match(line)
        if not m:
            continue
        out = [line[m.end() :].strip()]
        for more in lines[i + 1 :]:
            if _COMMENT_LABEL.match(more) and not _MEASURES_LABEL.match(more):
                break  # ('责任领导：…' after the measures)
            out.append(more)
        got = "\n".join(x for x in out if x)
        return "" if _REMARK.search(got) or _NO_MEASURE.match(got) else got
    if not noted or any(_COMMENT_LABEL.match(line) for line in lines):
        return ""  # (no label: measures only by the note; '岗位责任人：…' is another field)
    if (
        _REMARK.search(body)
        or _NO_MEASURE.match(body)
        or _CODE_LEGEND.match(body)
        or looks_like_name(body)
    ):
        return ""
    return body


def _comments_said_measures(text: str) -> bool:
    """A note's clause says the measures are written in the cells' comments."""
    return any(
        "措施" in x and _COMMENTS_HOLD_MEASURES.search(x) and not _COMMENTS_NOT_MEASURES.search(x)
        for x in re.split(r"[。；;\n]", text)
    )


def _measures_in_comments(located, path: Path, rel: str, res: FileResult) -> None:
    """Points with no measures whose cell comment (批注) holds them ('Administrator:⏎防控措施：
    1.…；⏎2.…。' on the point cell, or on another cell of its row): each takes its comment's
    measures where the comment labels them or a note on the sheet says the comments are the
    measures ('注：…防控措施以批注形式标注在风险点单元格'), said once per sheet with the column;
    comments with no label and no note are said, not taken. In a file whose comments are not
    read (.xls, .ods) a note saying so is said, as ``_formats_unread`` does."""
    suffix = path.suffix.lower()
    xlsx = suffix in (".xlsx", ".xlsm")
    for g, forms, todo in _points_where(
        located, lambda rr: not rr.measures.strip(), _unwritten, "measures"
    ):
        comments = g.comments if xlsx else {}
        if xlsx and not comments:
            continue  # (the cheap test: a sheet with no comments, most sheets)
        header = min(f.header_row for f in forms)
        texts = [_legend(g, forms, "批注", "注释", "备注", "鼠标", "三角")]
        texts += [t for (r, _c), t in comments.items() if r <= header]  # (on a heading)
        noted = _comments_said_measures("\n".join(texts))
        if not xlsx:
            if noted:
                res.issues.append(
                    make_issue("FORMAT_UNREAD", rel, g.name, field=suffix, value="批注")
                )
            continue
        merged = g.merged_into
        spans = {(r0, c0) for r0, c0, r1, _c1 in g.merges or () if r1 > r0}
        taken: Counter = Counter()
        unclear = []
        for rr in todo:
            r = (rr.rows or {}).get("risk_point", rr.row)
            own = [rr.cols[k] for k in ("risk_point", "measures") if k in rr.cols]
            cells = [merged.get((r, c), (r, c)) for c in own]
            own_cells = set(cells)
            cells += [  # (the row's other cells, each its own: not a post merged over rows)
                (rr.row, c)
                for c in range(len(g.rows[rr.row]) if rr.row < len(g.rows) else 0)
                if c not in own and (rr.row, c) not in merged and (rr.row, c) not in spans
            ]
            # (words with no label on a holder's, post's or level's cell are no measures)
            fields = {c for k, c in rr.cols.items() if k != "seq"} - set(own)
            for at in cells:
                if at not in comments:
                    continue
                if at not in own_cells and not noted:
                    continue  # (a label on a holder's or a level's cell: measures only by a note)
                got = _comment_measures(comments[at], noted and at[1] not in fields)
                if got:
                    rr.measures = got
                    taken[at[1]] += 1
                    break
            else:
                at = cells[0] if cells else None
                if at in comments and not noted and _comment_measures(comments[at], True):
                    unclear.append(at)  # (plain words on the point: measures, or not)
        if taken:
            col = taken.most_common(1)[0][0]
            head = g.rows[header][col] if col < len(g.rows[header]) else ""
            res.issues.append(
                make_issue(
                    "MEASURES_IN_COMMENTS", rel, g.name, cell_ref(header, col),
                    field=head.strip() or "风险点", value=str(sum(taken.values())),
                )
            )  # fmt: skip
        if unclear and len(unclear) * 2 >= len(todo):
            res.issues.append(
                make_issue(
                    "MEASURES_COMMENTS_UNCLEAR", rel, g.name, cell_ref(*unclear[0]),
                    value=str(len(unclear)),
                )
            )  # fmt: skip


# a comment's level label: '审定风险等级：一级风险', '风险等级：高', '等级：二级', '审定等级为一级',
# '风险级别是中' (a label with no colon only before a level word: '审定等级一级')
_LEVEL_LABEL = LazyRe(
    r"^\s*(?:经?(?:审定|评定|核定|确定|认定|研判|评估)(?:后?的)?)?\s*(?:风险)?(?:等级|级别|定级)"
    r"\s*(?:(?:为|是)\s*[:：]?|[:：]|(?=[一二三四1-4ⅠⅡⅢⅣ]级|[高中低]|★|重大|较大|一般))\s*"
)
# the level words of a comment, to tell one level from two ('二级风险（原三级）', '二级或三级')
# ('中' alone only as a word of its own: not the 中 of '经中心党委审定')
_LEVEL_TOKEN = LazyRe(
    r"[一二三四1-4ⅠⅡⅢⅣ]\s*级(?:风险)?|较[高低]|(?:重大|较大|一般)(?:风险)?|★{1,3}"
    r"|(?:(?<![\u4e00-\u9fff])|(?<=[原为或改至到]))[高中低]"
    r"(?:风险|等级?|级|(?![\u4e00-\u9fff])|(?=[或至到]))"
)
_LEVEL_OR = LazyRe(r"[\s或、/,，;；（）()原改为→\-—]+")  # ('二级或三级', '二级（原三级）')
_AUTHOR_PREFIX = LazyRe(r"^[^:：\n]{1,20}[:：]\s*")
# a note saying the points' levels are written in the cells' comments ('风险等级…以批注形式标注在
# 各风险点单元格', '风险等级见批注'); not one about remarks ('风险等级未填写的已用批注标出')
_COMMENTS_HOLD_LEVELS = LazyRe(r"批注|注释|单元格备注|鼠标|红色?小?三角")
_COMMENTS_NOT_LEVELS = LazyRe(r"未|没有|缺|补充|修改|完善|意见|问题|退回|勿|不要|不得|禁止|请填")


def _comment_level(text: str, level: Callable[[str], str | None]) -> tuple[str, bool]:
    """The level a point's comment gives, as written ('审定风险等级：一级风险' → '一级风险'; a
    comment that is a level word and nothing else, '二级'), the author's prefix left off; and
    whether it speaks of a level that cannot be taken (two levels, a word ``level`` does not know,
    a reviewer's remark under the label): ('', True). ('', False) for a comment about no level."""
    body = _comment_body(text)
    if not body:
        return "", False
    said: list[str] = []
    lines = body.split("\n")
    for i, line in enumerate(lines):
        m = _LEVEL_LABEL.match(line)
        if not m and _AUTHOR_PREFIX.match(line):  # ('WPS:风险等级：一级' on one line)
            line = line[_AUTHOR_PREFIX.match(line).end() :]
            m = _LEVEL_LABEL.match(line)
        if not m:
            continue
        value = line[m.end() :].strip() or next(
            (x.strip() for x in lines[i + 1 :] if x.strip()), ""
        )
        said.append(value)
    labelled = bool(said)
    if not labelled:  # (no label: a comment that is one level word, and nothing else)
        one = (_AUTHOR_PREFIX.sub("", body, count=1) if "\n" not in body else body).strip()
        if "\n" in one or len(one) > 12 or one.isdigit():
            return "", False  # (a long or plain comment, or a number: no level word)
        if not level(one.strip(" 。.；;，,")):
            two = {level(t) for t in _LEVEL_TOKEN.findall(one)} - {None}
            return "", len(two) > 1 and not _LEVEL_OR.sub("", _LEVEL_TOKEN.sub("", one))
        said = [one]
    got = set()
    for value in said:
        value = value.strip(" 。.；;，,")
        if not value or _REMARK.search(value):
            return "", labelled  # ('风险等级：建议调整为二级': a remark, no level)
        tokens = {level(t) for t in _LEVEL_TOKEN.findall(value)} - {None}
        whole = level(value)
        if len(tokens) > 1 or (whole and tokens and whole not in tokens):
            return "", True  # ('二级风险（原三级）', '二级或三级')
        if tokens:  # ('三级风险，经院党委会审定': the level word of the value)
            word = next(t for t in _LEVEL_TOKEN.findall(value) if level(t))
            got.add((level(word), word))
        elif whole:
            got.add((whole, value))
        else:
            return "", True  # (a word the vocabulary does not know: '特级')
    if len({lv for lv, _w in got}) != 1:
        return "", True  # (two lines giving two levels)
    return min(got)[1], False


def _comments_said_levels(text: str) -> bool:
    """A note's clause says the points' levels are written in the cells' comments."""
    return any(
        ("等级" in x or "级别" in x)
        and _COMMENTS_HOLD_LEVELS.search(x)
        and not _COMMENTS_NOT_LEVELS.search(x)
        for x in re.split(r"[。；;\n]", text)
    )


def _levels_in_comments(located, path: Path, rel: str, res: FileResult, config: Config) -> None:
    """Points with no level (no level column, or its cell blank on the row) whose cell comment
    (批注) gives it ('Administrator:⏎审定风险等级：一级风险' on the point's cell or the row's level
    cell, or a comment that is just '二级'): each takes that level, said once per sheet with the
    column; a comment naming two levels or one the vocabulary does not know is said, not taken.
    In a file whose comments are not read (.xls, .ods) a note saying so is said, as
    ``_formats_unread`` does."""
    suffix = path.suffix.lower()
    xlsx = suffix in (".xlsx", ".xlsm")
    for g, forms, todo in _points_where(located, lambda rr: not rr.risk_level.strip(), _unwritten):
        if not xlsx:
            notes = _legend(g, forms, "批注", "注释", "备注", "鼠标", "三角")
            if notes and _comments_said_levels(notes):
                res.issues.append(
                    make_issue("FORMAT_UNREAD", rel, g.name, field=suffix, value="批注(风险等级)")
                )
            continue
        comments = g.comments
        if not comments:
            continue  # (the cheap test: a sheet with no comments, most sheets)
        merged = g.merged_into
        taken: Counter = Counter()
        unclear = []
        for rr in todo:
            rows = rr.rows or {}
            cells = [
                (rows.get(k, rr.row), rr.cols[k])
                for k in ("risk_point", "risk_level")
                if k in rr.cols
            ]
            doubted = []
            for at in (merged.get(c, c) for c in cells):
                if at not in comments:
                    continue
                word, doubt = _comment_level(comments[at], config.level)
                if word:
                    rr.risk_level = word
                    taken[at[1]] += 1
                    break
                if doubt:
                    doubted.append(at)
            else:
                unclear += [at for at in doubted if at not in unclear]
        if taken:
            header = min(f.header_row for f in forms)
            col = taken.most_common(1)[0][0]
            head = g.rows[header][col] if col < len(g.rows[header]) else ""
            res.issues.append(
                make_issue(
                    "LEVEL_IN_COMMENTS", rel, g.name, cell_ref(header, col),
                    field=head.strip() or "风险点", value=str(sum(taken.values())),
                )
            )  # fmt: skip
        if unclear:
            value = "、".join(cell_ref(*c) for c in sorted(unclear))
            res.issues.append(
                make_issue(
                    "LEVEL_COMMENTS_UNCLEAR", rel, g.name, cell_ref(*unclear[0]), value=value
                )
            )


# a note giving a short name's full one: '“质监站”指子洲县建筑工程质量安全监督站',
# '子洲县房屋征收服务中心（以下简称“征收中心”）'
_SHORT_MEANS = re.compile(
    r"[“\"「]([^”\"」]{2,8})[”\"」]\s*(?:指|是指|即|为)\s*([^，,；;。、“\"\s]{4,30})"
)
_SHORT_FOR = re.compile(
    r"([^，,；;。、“\"（(\s]{4,30})\s*[（(]\s*(?:以下)?简称\s*[“\"「]([^”\"」]{2,8})[”\"」]\s*[)）]"
)


@lru_cache(maxsize=256)
def _short_means(legend: str) -> dict[str, str]:
    """Short name → full name as a note's lines say them (``_short_names``). A function of the
    lines alone, kept by them: a 填表说明 sheet lends the same lines to every sheet of a file, and
    a template's to every file. (The dict is only read.)"""
    full = {m.group(1): m.group(2) for m in _SHORT_MEANS.finditer(legend)}
    full.update({m.group(2): m.group(1) for m in _SHORT_FOR.finditer(legend)})
    return full


def _short_names(located) -> None:
    """科室 written by short names a note on the sheet expands ('注：…“质监站”指子洲县建筑工程
    质量安全监督站…'): each takes its full name, without the county the unit already names."""
    for g, forms, _sh in located:
        if not forms or not any(f.department for f in forms):
            continue
        if _notes_lack(g, "指", "简称") or _notes_lack(g, "”", '"', "」"):
            continue  # (the cheap test: a note's 指/简称 and its closing quote, in the cells or lent)
        legend = _legend(g, forms, "指", "简称")
        if not legend:
            continue
        full = _short_means(legend)
        if SHADOW:
            shadow_check("_short_means", full, lambda lg=legend: _short_means.__wrapped__(lg))
        if not full:
            continue
        for f in forms:
            name = full.get(f.department)
            if name:
                place = re.match(r"^.{2,6}?[县区市旗]", f.unit or "")
                if place and name.startswith(place.group(0)) and len(name) - place.end() >= 3:
                    name = name[place.end() :]  # ('子洲县…监督站' in a 子洲县 body's list)
                f.department = name


def _counts_own_rows(g, start: int, stop: int, c: int) -> bool:
    """Whether column ``c`` of rows ``start``… (to the first blank row) counts them 1, 2, 3 …,
    one number a row: the table's own 序号, not the list's numbers it gives levels."""
    seen = []
    for x in range(start, stop):
        row = g.rows[x]
        if not any(v.strip() for v in row):
            break
        v = row[c].strip() if c < len(row) else ""
        if not v.isdigit():
            return False
        seen.append(int(v))
    return bool(seen) and seen == list(range(1, len(seen) + 1))


# a table of levels' numbers column named by the points it holds ('包含风险点', '对应风险点')
_GROUP_POINTS_HEAD = LazyRe(r"(?:包含|对应|所含|涉及|包括|所属|含)?风险点(?:项目|项)?")
# a cell of such a table listing numbers ('1、3、8', '2、4-6', '第1、3、8项', '第2、4至6、9项', '第1项、第3项')
_GROUP_NUMBERS = LazyRe(
    r"(?:第\s*)?\d+(?:\s*[-—–－~～至到]\s*\d+)?\s*[项条]?"
    r"(?:\s*[、,，及和]\s*(?:第\s*)?\d+(?:\s*[-—–－~～至到]\s*\d+)?\s*[项条]?)*"
)


def _levels_by_table(g, table, rows, below, config: Config, rel: str, res, sheet) -> None:
    """A small table under a list giving each level's rows by their 序号 ('风险等级 | 风险点序号
    | 个数' over '一级风险 | 1—3、6 | 4'): the levels of a list that has none. Only where every
    row of the list has a 序号 and the table names each at most once."""
    if g.lacks("序号", "编号") or g.lacks("等级", "级别"):
        return  # (the cheap test: its 序号/编号 and 等级/级别 headings in the cells)
    head, num_col, level_col = None, None, None
    for x in below:
        cells = {c: v.strip() for c, v in enumerate(g.rows[x]) if v.strip()}
        # ('风险点序号', '对应序号': the list's numbers; a bare '序号' numbers this table's rows)
        # ('风险点序号', '对应序号': the list's numbers; a bare '序号' beside '个数' numbers this
        # table's own rows)
        counted = any(w in v for v in cells.values() for w in ("个数", "数量", "合计", "小计"))
        # ('序号 | 科室 | 风险等级': a grading of departments numbering its own rows 1, 2, 3 …; not
        # '风险等级 | 序号 | 科室' over '一级 | 1、2、4 | 党组领导、财务股', the list's numbers)
        by_dept = any("".join(v.split()) in _DEPT_WORDS for v in cells.values())
        nums = [
            c
            for c, v in cells.items()
            if ("序号" in v or "编号" in v)
            and len("".join(v.split())) <= 10
            and not (
                "".join(v.split()) in ("序号", "编号")
                and (counted or (by_dept and _counts_own_rows(g, x + 1, below.stop, c)))
            )
        ]
        levels = [c for c, v in cells.items() if ("等级" in v or "级别" in v) and len(v) <= 8]
        # ('风险级别 | 包含风险点' over '一级 | 1、3': the numbers' column named by the points it
        # holds, taken only where each of its cells lists numbers)
        named = [c for c, v in cells.items()
                 if "风险点" in v and _GROUP_POINTS_HEAD.fullmatch("".join(v.split()))]  # fmt: skip
        if levels and (nums or named):
            head, num_col, level_col = x, (nums or named)[0], levels[0]
            worded = by_named = not nums
            # ('风险等级 | 风险点 | 占比' over '一级 | 1 | 16.7%', '合计 | 6': a count of points by
            # level, no numbers of the list's — a column named only by the points it holds is
            # the numbers' only beside no count, share or total)
            shared = counted or any(
                w in v for v in cells.values() for w in ("占比", "比例", "%", "％")
            )
            break
    if head is None:
        return
    if by_named and shared:
        return
    numbers = {id(rr): _row_number(g, rr) for rr in rows}
    if None in numbers.values() or len(set(numbers.values())) != len(rows):
        return
    levels: dict[int, str] = {}
    named_at: dict[int, list[tuple[int, int]]] = {}
    several = False  # (a cell listing two numbers or more: '1、3', '2-4')
    # ('一级 | 1、4、7' over '二级 | 2、4' in a plain table, no count beside: a number written under
    # two levels by a slip — the table still the levels of the rest, that number's point none)
    slipped: set[int] = set()
    for x in range(head + 1, below.stop):
        row = g.rows[x]
        word = row[level_col].strip() if level_col < len(row) else ""
        said = row[num_col].strip() if num_col < len(row) else ""
        lv = config.level(word) if word else None
        if lv is None:
            if word and not said:
                continue  # ('合计 | … | 12': the count)
            if by_named and any(w in word for w in ("合计", "小计", "总计")):
                return  # ('合计 | 6' under '风险等级 | 风险点': a count of points, no numbers)
            break
        if by_named and any("%" in v or "％" in v for v in row):
            return  # ('一级 | 1 | 16.7%': a share beside the count, no numbers of the list's)
        listed = _GROUP_NUMBERS.fullmatch(said) if said else None
        if worded and said and not listed:
            return  # ('包含风险点' over words: a legend, not the numbers)
        if listed and re.search("[第项条]", said):
            # ('第1、3、8项', '第2、4至6项'; beside a count column the statistics rule's table,
            # read as the plain numbers: a number under two levels or none leaves it to that rule)
            said, worded = re.sub("[第项条]", "", said), worded or not counted
        several = several or len(number_list(said)) >= 2
        for n in number_list(said):
            if n in named_at and not worded:
                if counted or any(a == x for a, _c in named_at[n]):
                    return  # a number under two levels beside a count, or twice in a cell: no table
                slipped.add(n)
            named_at.setdefault(n, []).append((x, num_col))
            levels.setdefault(n, lv)
    if by_named and not several:
        return  # (single numbers '1', '2', '3' under '风险点': how many each level has, a count)
    have = set(numbers.values())
    twice = {n for n, at in named_at.items() if len({a for a, _c in at}) > 1 or len(at) > 1}
    lacked = set(levels) - have
    if not levels or (lacked or twice) and not worded and len(set(levels) & have) < 2:
        return
    if slipped and (lacked or 4 * len(slipped) > len(named_at)):
        return  # (a plain table naming numbers twice and some the list lacks, or many twice)
    if lacked or twice:
        if len(set(levels) & have - twice) < max(2, 2 * len(lacked | twice)):
            return  # (the numbers mostly another list's: no table of levels of this one)
        worded = not slipped
    for n in twice:
        levels.pop(n, None)
    for rr in rows:
        lv = levels.get(numbers[id(rr)])
        if lv:
            rr.risk_level = lv
    said = _levels_said({n: lv for n, lv in levels.items() if n in have})
    if slipped:
        res.issues.append(make_issue("LEVEL_GROUPS_NUMBER_TWICE", rel, g.name, cell_ref(head, num_col),
                                     value=g.rows[head][num_col].strip(), note=said,
                                     other="、".join(map(str, sorted(slipped)))))  # fmt: skip
        for n in sorted(slipped):
            for x, c in named_at[n]:
                res.issues.append(make_issue("LEVEL_GROUP_NUMBER_UNMATCHED", rel, g.name,
                                             cell_ref(x, c), value=str(n),
                                             note="这一序号写在两个级别中,未定级"))  # fmt: skip
    if not worded:
        if not slipped:
            res.issues.append(make_issue("LEVEL_BY_NUMBER", rel, g.name, value=said))
        for rr in rows:  # (a list number no group names: warned at its 序号, as the worded table's)
            if numbers[id(rr)] not in named_at:
                res.issues.append(make_issue("LEVEL_GROUP_NUMBER_UNMATCHED", rel, g.name,
                                             cell_ref(rr.row, rr.cols["seq"]),
                                             value=str(numbers[id(rr)]),
                                             note="风险等级分组表中没有这一序号,未定级"))  # fmt: skip
    else:
        res.issues.append(make_issue("LEVEL_BY_NUMBER_GROUPS", rel, g.name, cell_ref(head, num_col),
                                     value=g.rows[head][num_col].strip(), note=said))  # fmt: skip
        for n in sorted(lacked | twice):
            why = "表中没有这一序号" if n in lacked else "这一序号写在两个级别中,未定级"
            for x, c in named_at[n]:
                res.issues.append(make_issue("LEVEL_GROUP_NUMBER_UNMATCHED", rel, g.name,
                                             cell_ref(x, c), value=str(n), note=why))  # fmt: skip
        for rr in rows:
            if numbers[id(rr)] not in named_at:
                c = rr.cols["seq"]
                res.issues.append(make_issue("LEVEL_GROUP_NUMBER_UNMATCHED", rel, g.name,
                                             cell_ref(rr.row, c), value=str(numbers[id(rr)]),
                                             note="风险等级分组表中没有这一序号,未定级"))  # fmt: skip
    at = str(head + 1)  # (the table of levels is no other table of the sheet's)
    sheet.issues = [
        i for i in sheet.issues
        if not (i.code in SET_ASIDE_TABLES and i.cell.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ") == at)
    ]  # fmt: skip


# ('对应序号', '风险点编号', '包含风险点', '序号'): the label of a row listing the list's numbers
_ACROSS_NUMBERS_LABEL = LazyRe(
    r"(?:对应|所含|包含|涉及|包括|所属)?(?:风险点)?(?:序号|编号)|" + _GROUP_POINTS_HEAD.pattern
)


def _levels_by_table_across(g, rows, below, config: Config, rel: str, res, sheet) -> None:
    """A small table of levels LAID ACROSS under a list that has none: a row labelled
    '风险等级' (or '风险级别', '风险等次', '等级') whose other cells are the levels ('一级 | 二级 | 三级', '高 |
    中 | 低'), over a row labelled '对应序号' (or '风险点编号', '包含风险点') listing under each level
    the list's 序号 it takes ('1、4、7 | 2、5 | 3、6、8'). Each row of the list takes the level
    whose column names its number. Only where every row of the list has a 序号 of its own, each
    number is named once and only numbers the list has; else the table stays a key of levels."""
    numbers = {id(rr): _row_number(g, rr) for rr in rows}
    if None in numbers.values() or len(set(numbers.values())) != len(rows):
        return
    have = set(numbers.values())
    filled = [x for x in below if any(v.strip() for v in g.rows[x])]
    for i, x in enumerate(filled[:-1]):
        cells = [(c, "".join(v.split())) for c, v in enumerate(g.rows[x]) if v.strip()]
        if (
            len(cells) < 3
            or len(cells[0][1]) > 6
            or not ("等级" in cells[0][1] or "级别" in cells[0][1] or "等次" in cells[0][1])
        ):
            continue
        label = cells[0][1]
        # (a label merged over two columns is read into both)
        heads = [(c, v, config.level(v)) for c, v in cells[1:] if v != label]
        if len({lv for _c, _v, lv in heads}) < 2 or any(lv is None for _c, _v, lv in heads):
            continue
        y = filled[i + 1]
        row = g.rows[y]
        said0 = "".join(row[cells[0][0]].split()) if cells[0][0] < len(row) else ""
        if not _ACROSS_NUMBERS_LABEL.fullmatch(said0):
            return  # ('判定标准 | 涉及资金…', '风险点数 | 3 | 2': a key of levels, a count)
        levels: dict[int, str] = {}
        seen: set[tuple[str, str]] = set()  # (a level merged over two columns: its cell twice)
        for c, word, lv in heads:
            said = "".join(row[c].split()) if c < len(row) else ""
            if not said or (word, said) in seen:
                continue
            seen.add((word, said))
            if not _GROUP_NUMBERS.fullmatch(said):
                return  # (words under a level: a key of levels, not the numbers)
            for n in number_list(re.sub("[第项条]", "", said)):
                if n in levels or n not in have:
                    return  # (a number named twice, or one the list lacks: no table of this list's)
                levels[n] = lv
        if len(levels) < 2:
            return
        if len(levels) == len(seen) and not ("序号" in said0 or "编号" in said0):
            return  # ('风险点 | 3 | 2 | 1': how many points each level has, a count)
        # ('风险等级 | 一级 | 二级 | 三级' over '序号 | 1 | 2 | 3' over '判定标准 | 涉及资金… | …': the
        # levels numbered in a key of what each means, one number a level, words under them next)
        nxt = next((z for z in filled if z > y), None)
        if nxt is not None and len(levels) == len(seen):
            under = [
                "".join(g.rows[nxt][c].split()) for c, _w, _lv in heads if c < len(g.rows[nxt])
            ]
            words = [u for u in under if u and not _GROUP_NUMBERS.fullmatch(u)]
            if len(words) >= 2:
                return
        for rr in rows:
            lv = levels.get(numbers[id(rr)])
            if lv:
                rr.risk_level = lv
        res.issues.append(make_issue("LEVEL_BY_NUMBER_ACROSS", rel, g.name, cell_ref(x, cells[0][0]),
                                     value=" ".join(v for _c, v in cells), other=said0,
                                     note=_levels_said(levels)))  # fmt: skip
        for rr in rows:  # (a list number no level's column names: warned at its 序号)
            if numbers[id(rr)] not in levels:
                res.issues.append(make_issue("LEVEL_GROUP_NUMBER_UNMATCHED", rel, g.name,
                                             cell_ref(rr.row, rr.cols["seq"]),
                                             value=str(numbers[id(rr)]),
                                             note="横排的风险等级对照表中没有这一序号,未定级"))  # fmt: skip
        at = {str(x + 1), str(y + 1)}  # (the table of levels is no other table of the sheet's)
        sheet.issues = [
            i for i in sheet.issues
            if not (i.code in SET_ASIDE_TABLES and i.cell.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ") in at)
        ]  # fmt: skip
        return


_LEVEL_WORD_ANY = LazyRe(_LEVEL_WORD)
# ('————', '- - -', '＝＝＝', '******'): a cell drawn of a line's marks only
_DIVIDER_CELL = LazyRe(r"[\s\u3000]*(?:[—\-－–─━=＝*＊_＿~～·.…﹉﹍﹣][\s\u3000]*){3,}")
# ('由高到低排列', '从低至高'): the order of the bands, top to bottom
_BANDS_ORDER = LazyRe(r"[由从按]?(高|重|低|轻)[到至向→]+(低|轻|高|重)")
# ('第一条横线以上为一级', '两条横线之间为二级', '第二条横线以下为三级'): a band by its place
_BAND_PLACE = LazyRe(r"(以上|之上|上方|之间|中间|以下|之下|下方)[^，,；;。]{0,8}?" + _LEVEL_WORD)


def _levels_by_dividers(g, rows, lines, config: Config, rel: str, res) -> bool:
    """A list with no level column sorted by level, its bands parted only by divider rows
    ('————' merged across, '- - -' or '******' in one cell) that a note explains ('注：本清单按
    风险等级由高到低排列，各等级之间以横线行隔开…'; '横线以上为高风险，横线以下为低风险'): each
    band's rows take its level. Only where the note says the bands' order (high to low or low to
    high, or each band's place) and names two or three levels, and the dividers inside the list
    are exactly one fewer, each between two of its rows; else the dividers stay unread rows."""
    notes = [(x, t) for x, t in lines if "线" in t or "隔" in t or "星号" in t]
    if not notes:
        return False
    text, at = "", -1
    for x, t in notes:
        if _LEVEL_WORD_ANY.search(t) and (_BANDS_ORDER.search(t) or _BAND_PLACE.search(t)):
            text, at = t, x
            break
    if not text:
        return False
    order = _BANDS_ORDER.search(text)
    named = [config.level(m.group(1)) for m in _LEVEL_WORD_ANY.finditer(_BANDS_ORDER.sub("", text))]
    levels = sorted({lv for lv in named if lv})
    if not 2 <= len(levels) <= 3:
        return False
    if order:
        if order.group(1) in "低轻":
            levels.reverse()
    else:  # each band by its place: '以上' the first, '之间' the second, '以下' the last
        by_place = {}
        for m in _BAND_PLACE.finditer(text):
            place = m.group(1)
            k = 0 if "上" in place else len(levels) - 1 if "下" in place else 1
            if by_place.setdefault(k, config.level(m.group(2))) != config.level(m.group(2)):
                return False
        if sorted(by_place) != list(range(len(levels))):
            return False
        levels = [by_place[k] for k in range(len(levels))]
        if len(set(levels)) != len(levels):
            return False
    starts = sorted({rr.row for rr in rows})
    dividers = [
        x
        for x in range(starts[0] + 1, starts[-1])
        if any(v.strip() for v in g.rows[x])
        and all(not v.strip() or _DIVIDER_CELL.fullmatch(v) for v in g.rows[x])
    ]
    if len(dividers) != len(levels) - 1:
        return False
    cuts = [*dividers, len(g.rows)]
    bands: list[list[int]] = [[] for _ in levels]
    for r in starts:
        bands[next(k for k, d in enumerate(cuts) if r < d)].append(r)
    if not all(bands):
        return False  # (two dividers with no row between them: no bands)
    band_of = {r: k for k, band in enumerate(bands) for r in band}
    for rr in rows:
        rr.risk_level = levels[band_of[rr.row]]
    said = "，".join(
        f"第{b[0] + 1}—{b[-1] + 1}行 {lv}" for b, lv in zip(bands, levels, strict=True)
    )
    cell = next(c for c, v in enumerate(g.rows[at]) if v.strip())
    note = "".join(text.split())
    res.issues.append(
        make_issue("LEVEL_BY_DIVIDERS", rel, g.name, cell_ref(at, cell),
                   value=note[:60] + ("…" if len(note) > 60 else ""), bands=said)
    )  # fmt: skip
    return True


_QUOTED_LEVEL = LazyRe(
    r"((?:[“\"「][^”\"」]{2,30}[”\"」][、，,和及与\s]*)+)\s*(?:为|是|属于|均为|评定为|定为)\s*"
    + _LEVEL_WORD
)
_QUOTE = LazyRe(r"[“\"「]([^”\"」]{2,30})[”\"」]")


def _levels_by_quotes(g, rows, below, config: Config, rel: str, res) -> None:
    """A note under a list of no levels naming its points in quotes ('“征占用林地审核”“林木采伐许可
    审核”为一级风险点；…其余为三级风险点'): each named point takes its level, the rest the one
    '其余' gives. Only where every name is one point's, word for word."""
    from xlproc.identity import squeeze

    if g.lacks("“", '"'):
        return  # (the cheap test: a quoted point, its “ or ", in the cells)
    text = "\n".join(t for t in ("".join(g.rows[x]) for x in below) if "“" in t or '"' in t)
    if not text:
        return
    by_name: dict[str, list] = {}
    for rr in rows:
        by_name.setdefault(squeeze(rr.risk_point), []).append(rr)
    levels: dict[str, str] = {}
    for m in _QUOTED_LEVEL.finditer(text):
        lv = config.level(m.group(2))
        for name in _QUOTE.findall(m.group(1)):
            key = squeeze(name)
            if not lv or key not in by_name or key in levels:
                return  # (a name no point has, or named twice: no note of levels)
            levels[key] = lv
    rest = _REST_LEVEL.search(text)
    rest_level = config.level(rest.group(1)) if rest else None
    if len(levels) < 2 or (not rest_level and len(levels) < len(by_name)):
        return
    for key, group in by_name.items():
        for rr in group:
            rr.risk_level = levels.get(key) or rest_level or ""
    by: dict[str, list[str]] = {}
    for key, lv in levels.items():
        by.setdefault(lv, []).append(f"“{key}”")
    said = ";".join(f"{lv}:{'、'.join(ns)}" for lv, ns in sorted(by.items()))
    if rest_level:
        said += f";{rest_level}:其余各项"
    res.issues.append(make_issue("LEVEL_BY_NAME", rel, g.name, value=said))


# a note's clause giving points their level by the subject WORDS they contain ('凡涉及“资金”“采购”
# 的风险点为一级风险点', '含有评优、职称的定为二级', '包含「招生」的属于高风险'), and its rest clause
# ('其余为三级风险点'); the level is any word of the vocabulary, read by ``config.level``
_WORDS_LEVEL = LazyRe(
    r"(?:凡是?)?(?:涉及|含有|包含|含|关于|有关)(?P<words>[^；;。：:，,为\n]{1,60}?)(?:等)?(?:内容|字样|词语)?的?"
    r"(?:风险点|风险|事项|内容|问题)?\s*[，,]?\s*(?:均|一律|统一)?\s*(?:确定|认定|评定|划定|定|列|划)?"
    r"(?:为|属于)\s*(?P<level>[^。；;，,、\s]{1,8}?)(?=风险|类|[。；;，,\s]|$)"
)
_WORDS_REST = LazyRe(
    r"(?<![\u4e00-\u9fff])(?:(?:其余|其他|其它|剩余|余下)(?:的|各项|各)?"
    r"|除(?:此|上述|以上|前述)(?:之外|以外|外)?(?:的|其余|其他|其它)?"  # ('除上述以外的均为三级')
    r"|(?:未|不|没有)涉及(?:上述|以上|前述)(?:词语|内容|事项)?的?)"  # ('未涉及上述内容的为三级')
    r"(?:风险点|风险|事项|内容)?的?\s*[，,]?\s*"
    r"(?:均|一律|统一)?\s*(?:确定|认定|评定|划定|定|列|划)?(?:为|属于)\s*"
    r"(?P<level>[^。；;，,、\s]{1,8}?)(?=风险|类|[。；;，,\s]|$)"
)
# a note grading points by what may follow from them, not by the words they contain ('按后果
# 确定：可能涉及违纪的为三级风险，涉及违法的为二级风险，涉及犯罪的为一级风险')
_WORDS_CONSEQUENCE = LazyRe(
    r"后果|可能(?:导致|造成|引发)|(?:涉及|含有|包含)[“\"「『‘']?(?:违纪|违法|违规|犯罪|失职|渎职)"
    r"[”\"」』’']?(?:[、，,和或及“\"「]|的|等)"
)
# level words a note may use for which points to watch rather than a scale of levels ('为重点
# 风险点，其余为一般风险点'): over a list writing its own levels in another scale, no levels
_WORDS_NOT_A_SCALE = ("重点", "一般", "重大", "严重", "较大", "普通")
# a quoted subject word ('“资金”', '「采购」', "'招生'"), else the words a 、-list parts
_WORDS_QUOTED = LazyRe(r"[“\"「『‘']([^”\"」』’']{1,12})[”\"」』’']")


def _note_word_levels(text: str, config: Config) -> tuple[list[tuple], str | None, str] | None:
    """A note's clauses setting levels by the words a point contains: ([(words, level, said)],
    the rest clause's level or None, the note line), or None where no line holds two clauses
    (or one and a rest) of two levels at least, or gives one word two levels."""
    from xlproc.locate_base import _SUBJECT_WORD_SPLIT, _SUBJECT_WORD_TAIL, squeeze

    for line in text.split("\n"):
        if not any(w in line for w in ("涉及", "含有", "包含", "关于", "有关")):
            continue  # (the cheap test)
        if _WORDS_CONSEQUENCE.search(line):
            continue  # ('可能涉及违纪的为三级，涉及违法的为二级': graded by what may follow)
        parts: list[tuple[tuple[str, ...], str, str]] = []
        for m in _WORDS_LEVEL.finditer(line):
            if line[max(0, m.start() - 2) : m.start()].endswith(("未", "不", "没有")):
                continue  # ('未涉及上述内容的为三级': the rest clause's)
            level = config.level(m.group("level"))
            if not level:
                continue  # ('涉及资金的为重点': no level)
            said = m.group("words")
            quoted = _WORDS_QUOTED.findall(said)
            if quoted:
                words = tuple(dict.fromkeys(squeeze(w) for w in quoted if squeeze(w)))
            else:
                words = tuple(
                    dict.fromkeys(
                        w
                        for x in _SUBJECT_WORD_SPLIT.split(said)
                        if len(w := _SUBJECT_WORD_TAIL.sub("", squeeze(x))) >= 2
                    )
                )
            if words:
                parts.append((words, level, "涉及" + "、".join(words)))
        rest = _WORDS_REST.search(line)
        rest_level = config.level(rest.group("level")) if rest else None
        if not parts:
            continue
        levels = {lv for _w, lv, _s in parts} | ({rest_level} if rest_level else set())
        given: dict[str, set[str]] = {}
        for words, lv, _s in parts:
            for w in words:
                given.setdefault(w, set()).add(lv)
        if len(levels) < 2 or any(len(v) > 1 for v in given.values()):
            continue  # (one level only: a remark; a word of two levels: no clear reading)
        return parts, rest_level, line.strip()
    return None


def _levels_by_point_words(g, rows, lines, config: Config, rel: str, res, written: bool) -> bool:
    """A list of no level column under (or over) a note setting each point's level by the subject
    words it contains ('注：凡涉及“资金”“采购”“招生”的风险点为一级风险点；涉及“评优”“职称”的为二级
    风险点；其余为三级风险点'; the words quoted or a 、-list, the level any word of the vocabulary):
    each point takes the level of the clause whose words it holds, of two the higher (a warning
    at its cell, ``LEVEL_POINT_WORDS_TWO``), of none the rest clause's, else its blank; one info
    naming the note and each clause's count (``LEVEL_BY_POINT_WORDS``). Two levels at least, and
    two points at least holding a clause's words. A list that writes its levels (``written``)
    keeps them: a blank cell takes the note's, a level the note gives otherwise is warned of
    (``LEVEL_POINT_WORDS_DIFFERS``). A note explaining level words ('一级为涉及资金的风险') or
    naming holders by words (``HOLDERS_BY_POINT_WORDS``) is none. True where read."""
    from xlproc.identity import squeeze

    text = "\n".join(t for _x, t in lines if "为" in t or "属于" in t)
    if not text or not (got := _note_word_levels(text, config)):
        return False
    parts, rest_level, note = got
    if written:
        # ('凡涉及资金的风险点为重点风险点，其余为一般风险点' over a list writing 一级/二级/三级):
        # 重点 / 一般 there say which points to watch, not the list's scale of levels
        said_words = [
            m.group("level") for m in (*_WORDS_LEVEL.finditer(note), *_WORDS_REST.finditer(note))
        ]
        cells = [squeeze(rr.risk_level) for rr in rows if rr.risk_level.strip()]
        if all(w.startswith(_WORDS_NOT_A_SCALE) for w in said_words if config.level(w)) and not any(
            w in c for c in cells for w in _WORDS_NOT_A_SCALE
        ):
            return False
    rank = config.levels.canonical

    def hits(rr) -> list[tuple]:
        said = rr.risk_point + rr.duty + rr.workflow
        return [p for p in parts if any(w in said for w in p[0])]

    found = {id(rr): hits(rr) for rr in rows}
    if sum(bool(h) for h in found.values()) < 2:
        return False  # (words no point holds: a note about something else)
    at = next((x for x, t in lines if note in "".join(t.split()) or t.strip() == note), None)
    cell = (
        cell_ref(at, next(c for c, v in enumerate(g.rows[at]) if v.strip()))
        if at is not None
        else ""
    )
    counts: dict[str, int] = {}
    rest_count = 0
    for rr in rows:
        h = found[id(rr)]
        if h:
            levels = {lv for _w, lv, _s in h}
            level = min(levels, key=lambda lv: rank.index(lv) if lv in rank else len(rank))
            if len(levels) > 1:
                res.issues.append(
                    make_issue("LEVEL_POINT_WORDS_TWO", rel, g.name, rr.cell("risk_point"),
                               value=squeeze(rr.risk_point), level=level,
                               words="；".join(s for _w, _lv, s in h))
                )  # fmt: skip
        elif rest_level:
            level = rest_level
        else:
            continue  # (no clause's words, no rest: blank as before)
        own = (rr.level_as or config.level(rr.risk_level)) if rr.risk_level.strip() else None
        if own:
            if own != level:
                res.issues.append(
                    make_issue("LEVEL_POINT_WORDS_DIFFERS", rel, g.name, rr.cell("risk_level"),
                               value=squeeze(rr.risk_point), level=rr.risk_level.strip(),
                               other=level, note=note)
                )  # fmt: skip
            continue
        if rr.risk_level.strip():
            continue  # (a written word no vocabulary knows: told as before)
        rr.risk_level = level
        if h:
            for _w, lv, s in h:
                if lv == level:
                    counts[s] = counts.get(s, 0) + 1
                    break
        else:
            rest_count += 1
    if not counts and not rest_count:
        return written
    said = "；".join(f"{s}={lv}({counts[s]}个)" for _w, lv, s in parts if s in counts)
    if rest_count:
        said += f"；其余={rest_level}({rest_count}个)"
    res.issues.append(
        make_issue("LEVEL_BY_POINT_WORDS", rel, g.name, cell, note=note, value=said.lstrip("；"))
    )
    return True


# The numbering styles a 序号 may be written in ('①', '（1）', '1', '（一）', '一、', '1.', 'A'),
# each a level where a note says which ('注：序号为①②…的为一级风险点，为（1）（2）…的为二级，其余
# 为三级'); the cell's style, and how the info shows it.
_SERIAL_STYLES = (
    ("circled", r"[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf]", "①②③…"),
    ("bracketed", r"[（(]\d{1,3}[）)]|[\u2474-\u2487]", "（1）（2）…"),
    ("han_bracketed", r"[（(][一二三四五六七八九十]{1,3}[）)]", "（一）（二）…"),
    ("han", r"[一二三四五六七八九十]{1,3}[、.．]?", "一、二、…"),
    ("dotted", r"\d{1,3}[.．、]|[\u2488-\u249b]", "1.2.…"),
    ("plain", r"\d{1,3}(?:\.0)?", "1、2、3…"),
    ("upper", r"[A-Z][.．、]?", "A、B、C…"),
    ("lower", r"[a-z][.．、]?", "a、b、c…"),
)
_SERIAL_CELL = LazyRe("|".join(f"(?P<{k}>{p})" for k, p, _ in _SERIAL_STYLES))
# the styles as a note shows them, in this order, each cut out before the next is looked for
# ('（1）' is no plain '1'; '1、2…' lists plain numbers, '1、2、3、' or '1.' are dotted ones)
_STYLE_EXAMPLES = (
    ("circled", LazyRe(r"[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf]")),
    ("bracketed", LazyRe(r"[（(]\s*\d{1,3}\s*[）)]|[\u2474-\u2487]")),
    ("han_bracketed", LazyRe(r"[（(]\s*[一二三四五六七八九十]{1,3}\s*[）)]")),
    ("dotted", LazyRe(r"\d{1,3}(?:[.．](?!\d)|、(?!\s*\d))|[\u2488-\u249b]")),
    ("han", LazyRe(r"(?<![\u4e00-\u9fff])[一二三四五六七八九十]{1,2}[、.．…]")),
    ("plain", LazyRe(r"\d{1,3}")),
    ("upper", LazyRe(r"(?<![A-Za-z])[A-Z](?![A-Za-z])")),
    ("lower", LazyRe(r"(?<![A-Za-z])[a-z](?![A-Za-z])")),
)
# the styles as a note names them where it shows none ('带圈数字', '加括号的阿拉伯数字', '汉字数字')
_STYLE_WORDS = (
    ("circled", LazyRe(r"带圈|圆圈|加圈|圈码|圈号")),
    ("han_bracketed", LazyRe(r"括号.{0,4}(?:汉字|中文)|(?:汉字|中文).{0,4}括号")),
    ("bracketed", LazyRe(r"括号")),
    ("han", LazyRe(r"汉字数字|中文数字|汉字序号|中文序号")),
    ("upper", LazyRe(r"大写(?:英文)?字母")),
    ("lower", LazyRe(r"小写(?:英文)?字母")),
    ("plain", LazyRe(r"阿拉伯数字")),
)
_STYLE_REST = LazyRe(r"其余|其他|其它|剩余|余下")


def _serial_style(v: str) -> str | None:
    m = _SERIAL_CELL.fullmatch("".join(v.split()))
    return m.lastgroup if m else None


def _styles_said(part: str) -> list[str]:
    """The numbering styles one clause of a note shows ('带圈数字（①②③…）') or, showing none,
    names ('加括号的阿拉伯数字')."""
    found = []
    for style, pat in _STYLE_EXAMPLES:
        if pat.search(part):
            found.append(style)
            part = pat.sub(" ", part)
    if not found:
        found = [style for style, pat in _STYLE_WORDS if pat.search(part)][:1]
    return found


def _style_levels(text: str, config: Config) -> tuple[dict[str, str], str | None]:
    """The levels a note gives the 序号's numbering styles: ({style: level}, the rest's level).
    A sentence naming one level gives it to every style it shows; one naming several pairs
    them clause by clause ('①②③为一级，（1）（2）为二级'), a clause of styles only taking the
    next clause's level ('序号为①②…的，为一级'). A style under two levels: no such note."""
    levels: dict[str, str] = {}
    rest = None
    for sentence in re.split(r"[；;。\n]", text):
        said = [(m, config.level(m.group(1))) for m in re.finditer(_LEVEL_WORD, sentence)]
        said = [(m, lv) for m, lv in said if lv]
        if not said:
            continue
        parts = [sentence] if len({lv for _m, lv in said}) == 1 else re.split(r"[，,]", sentence)
        waiting: list[str] = []
        for part in parts:
            found = [config.level(m.group(1)) for m in re.finditer(_LEVEL_WORD, part)]
            found = list(dict.fromkeys(lv for lv in found if lv))
            styles = _styles_said(re.sub(_LEVEL_WORD, " ", part)) + waiting
            if len(found) != 1:
                waiting = styles if not found else []
                continue
            waiting = []
            if not styles and _STYLE_REST.search(part):
                rest = rest or found[0]
            for style in styles:
                if levels.setdefault(style, found[0]) != found[0]:
                    return {}, None
    return levels, rest


# a note showing its styles by a run of circled or bracketed numbers ('①②③为一级风险点，由场长
# 某某负责'), no '序号' said: its levels are the styles' too
_STYLE_LEVEL_RUN = LazyRe(r"[\u2460-\u2473]{2}|[\u2474-\u2487]{2}")


def _levels_by_serial_style(g, rows, lines, config: Config, rel: str, res, where: str) -> bool:
    """A list with no level column whose 序号 are written in several styles, a note over or
    under it saying which style is which level ('注：序号为带圈数字（①②③…）的为一级风险点，加括号
    （（1）（2）…）的为二级风险点，阿拉伯数字的为三级风险点'; '（一）（二）…为高风险，（1）（2）…为
    中风险，其余为低风险'): each row takes its 序号's style's level. Only where every row's 序号 is
    of a style the note names (or its '其余' takes), and they are of two styles or more (a list
    numbered one way has no levels by style; '序号1—3为一级' is ``_levels_by_number``'s)."""
    text = "\n".join(
        t
        for t in lines
        if ("号" in t or "编" in t or _STYLE_LEVEL_RUN.search(t)) and not _ITEM_LEVEL.search(t)
    )
    if not text or not re.search(_LEVEL_WORD, text):
        return False
    styles = {}
    for rr in rows:
        c = rr.cols.get("seq")
        v = g.rows[rr.row][c] if c is not None and c < len(g.rows[rr.row]) else ""
        styles[id(rr)] = _serial_style(v) if v.strip() else None
    if None in styles.values() or len(set(styles.values())) < 2:
        return False
    levels, rest = _style_levels(text, config)
    if not levels or (len(levels) < 2 and not rest):
        return False
    if not set(styles.values()) & set(levels) or (
        not rest and not set(styles.values()) <= set(levels)
    ):
        return False
    for rr in rows:
        rr.risk_level = levels.get(styles[id(rr)]) or rest or ""
    shown = {k: s for k, _p, s in _SERIAL_STYLES}
    said = ";".join(f"{shown[k]}:{lv}" for k, lv in levels.items())
    if rest:
        said += f";其余:{rest}"
    res.issues.append(make_issue("LEVEL_BY_NUMBER_STYLE", rel, g.name, note=where, value=said))
    return True


# a 序号 cell with the row's level after its number: '1（一级）', '2(高)', '3【Ⅱ级】', '4（高风险）',
# '5★★'; unbracketed only after a mark ('1-高风险', '2.二级') (``_levels_in_numbers``)
_SEQ_LEVEL_WORD = LazyRe(
    r"^\s*\d{1,3}\s*(?:[.．、]?\s*[（(\[［【〔]\s*([^（）()\[\]［］【】〔〕]{1,6}?)\s*[)）\]］】〕]"
    r"|(?:[-－—–.．、:：]\s*)?([★☆]{1,5})|[-－—–.．、:：]\s*([^\d\s]{1,5}))\s*$"
)
# a bracket word that is a number or a letter, never a level here ('1（2）', '3（一）', '4(A)', '5(H)')
_SEQ_LEVEL_NOT = LazyRe(r"^(?:[\d一二三四五六七八九十]+|[A-Za-z]+)$")
# stars after an outline number or a code ('1-1★★', '2.3★', 'FX-01★★★' under 编号): stars only
# (a word after a code, 'FX-01高', is too like the code's own letters: none)
_SEQ_CODE_STARS = LazyRe(
    r"^\s*(?:[A-Za-z]{1,4}\s*[-－—–.．_]?\s*)?\d{1,3}(?:\s*[-－—–.．_]\s*\d{1,3}){0,3}\s*([★☆]{1,5})\s*$"
)


def _levels_in_numbers(g, rows, start: int, config: Config, rel: str, res) -> bool:
    """A list with no level column whose 序号 cells carry each row's level after the number
    ('1（一级）', '2（二级）' over '注：序号后括号内为该风险点的风险等级'; '3(高)', '4【Ⅱ级】', '5★★',
    '6-高风险'): each row takes that level, the 序号 staying its number (a note or none). Only where
    two rows or more and two in three of the rows carry one, and every word after a number is
    one the vocabulary reads as a level; a sub-number ('1（2）') or a letter ('4(A)') leaves the
    list as it was. Where two in three carry a level, the others carrying none or a word no level
    ('3（新增）', '4（修订）'), the levels there are read and the others stay blank (LEVEL_BLANK as
    before); a holder's key ('1（院、会）', ``_holder_keys_in_numbers``'s), a type or a date on most
    rows leaves the list as it was. Stars after an outline number or a code ('1-1★★', 'FX-01★★'
    under 编号; ``_SEQ_CODE_STARS``) are read alike; a word after them is not.
    (Borderline, read as levels by the vocabulary: '1(重点)', '1（一类）'.)"""
    c = rows[0].cols.get("seq")
    if c is None or "level" in rows[0].cols or len(rows) < 2:
        return False
    said: dict[int, str] = {}
    for rr in rows:
        row = g.rows[rr.row]
        v = row[c] if c < len(row) else ""
        if "★" in v or "☆" in v:
            stars = _SEQ_CODE_STARS.search(v)  # '1-1★★', 'FX-01★★'
            if stars is not None and config.level(stars.group(1)):
                said[id(rr)] = stars.group(1)
                continue
        if not v[:1].isdigit() and not v[:1].isspace():
            continue  # (the cheap test: '（一）', '示例' or a blank open with no number)
        m = _SEQ_LEVEL_WORD.search(v)
        if m is None:
            continue
        word = next(x for x in m.groups() if x)
        if _SEQ_LEVEL_NOT.search(word):
            return False
        if not config.level(word):
            continue  # ('3（新增）': no level, the row's blank; most rows must carry one)
        said[id(rr)] = word
    if len(said) < 2 or len(said) * 3 < len(rows) * 2:
        return False
    for rr in rows:
        if id(rr) in said:
            rr.risk_level = said[id(rr)]
    words = "、".join(dict.fromkeys(said.values()))
    head = g.rows[start][c].strip() if start < len(g.rows) and c < len(g.rows[start]) else ""
    res.issues.append(make_issue("LEVEL_IN_NUMBERS", rel, g.name, rows[0].cell("seq"),
                                 field=head or "序号", value=words))  # fmt: skip
    return True


# a 说明 part keying a 序号 style to its holder ('序号为“①②③…”的为场长　某某', '⑴⑵⑶为副场长
# 某某的风险点', '股长 某某的风险点序号为1.2.3.'): the pieces a holder may be among, and the
# words before and after him that are none of his
_STYLE_HOLDER_SPLIT = LazyRe(
    r"(?:说明|注|备注)\s*[:：]|序号|编号|[“”\"'‘’「」『』]|…+|\.{2,}|(?<=[①-⒇⑴-⒛])等"
)
_STYLE_HOLDER_HEAD = LazyRe(
    r"^[\s\u3000、.．:：—–－\-~～→]*(?:的|均|皆|都)?(?:为|是|系|属于|属|归)?[\s\u3000:：]*"
)
_STYLE_HOLDER_TAIL = LazyRe(
    r"[\s\u3000]*(?:同志)?(?:的|所)?(?:负责|承担)?的?(?:(?:廉政|廉洁)?风险(?:点|防控点)?)?[\s\u3000]*$"
)
# a part keys its rows to the holder only where it SAYS they are his ('为…的风险点', '由…负责',
# '…负责', '属…'), and names no one to contact, ask, check or sign off ('请联系办公室主任　某某',
# '由分管领导　某某审核把关', '场长　某某签批'); and the 科室 or post parsed out of it never
# carries the note's own words ('由场长', '带圈数字的为场长', '类风险点请联系办公室')
_STYLE_OWNER_SAID = LazyRe(r"为|是|系|属|归|由|负责|承担|的(?:廉政|廉洁)?风险")
_STYLE_OWNER_NOT = LazyRe(
    r"联系|咨询|询问|审核|审定|审批|审查|签字|签批|签发|签名|签认|确认|填表|填报|制表|汇总|"
    r"监督|把关|解释|复核|备案|上报|报送|排查"
)
_STYLE_OWNER_WORDS = LazyRe(
    r"类|风险|请|联系|咨询|由|为|的|是|系|负责|序号|编号|数字|字母|带圈|圆圈|括号|样式|说明|[①-⒇⑴-⒛…]"
)
_STYLE_OWNER_LINK = LazyRe(r"(?:的|均|皆|都)?(?:为|是|系|由|属于|属|归)")
# a part shows its styles by a run ('①②③', '1.2.3.…', '（1）（2）等'), not one item's number
# ('1.本表由办公室主任　某某负责解释': a note's own numbering, no key)
_STYLE_RUN = LazyRe(r"…|\.{2,}|等|号|样式|数字|字母")


def _style_holder(part: str) -> tuple[str, str, str] | None:
    """The holder one part of a 说明 names, its styles' examples cut out: (科室, post, name) from
    '的为营林股股长　某某的廉政风险点' (a post alone, '为场长的风险点': (科室, post, '')), else None."""
    from xlproc.identity import _titled_first, is_post, looks_like_name, split_dept_title

    if not _STYLE_OWNER_SAID.search(part) or _STYLE_OWNER_NOT.search(part):
        return None
    got = []
    for whole in _STYLE_HOLDER_SPLIT.split(part):
        # (the piece, else what follows a linking word in it: '由场长　某某负责', '带圈数字的为
        # 场长　某某': the holder is what stands after the 由 or 为, the words before none of his)
        starts = [0] + [m.end() for m in _STYLE_OWNER_LINK.finditer(whole)]
        for at in starts:
            piece = _STYLE_HOLDER_TAIL.sub(
                "", _STYLE_HOLDER_HEAD.sub("", whole[at:], count=1), count=1
            )
            if len(piece) < 2:
                continue
            pair = _titled_first(piece)
            held = None
            if pair is not None:
                held = (pair[0], *pair[1])
            elif re.fullmatch(r"[\u4e00-\u9fff]{2,12}", piece) and is_post(piece):
                dept, post = split_dept_title(piece)
                if post and is_post(post) and not looks_like_name(piece):
                    held = (dept, post, "")
            if held is not None and not _STYLE_OWNER_WORDS.search(held[0] + held[1]):
                got.append(held)
                break
    return got[0] if len(got) == 1 else None


def _style_holders(lines: list[tuple[int, str]]) -> tuple[dict[str, tuple], int]:
    """The holders a 说明 keys the 序号's numbering styles to ('①②③为场长　某某的风险点；⑴⑵⑶为
    副场长　某某…；1.2.3.为营林股股长　某某…'): ({style: (科室, post, name)}, the row of its
    first key); a style it shows naming no one is no one's ('一、二、为'). Parts are cut at '；',
    '。' and line ends, and at '，' where styles and holder stand apart ('序号为①②③的，为场长
    某某'; '场长　某某的风险点，序号为①②③'). A style keyed to two holders is no one's, unless the other only showed it in
    passing ('1.2.3.' shows dotted, its '1.2' plain too: the style found first wins)."""
    keyed: dict[str, list[tuple[int, tuple]]] = {}
    first = -1
    for row, line in lines:
        for sentence in re.split(r"[；;。\n]", line):
            waiting: list[str] = []
            held = None
            for part in re.split(r"[，,]", sentence):
                cut, shown = part, 0
                for _style, pat in _STYLE_EXAMPLES:  # (each cut out before the next is sought)
                    cut, n = pat.subn(" ", cut)
                    shown += n
                styles = _styles_said(part)
                if styles and shown < 2 and not _STYLE_RUN.search(part):
                    styles = []  # ('1.本表由…': the note's own item number)
                holder = _style_holder(cut)
                if styles and holder is None and held is not None:
                    holder, held = held, None
                elif not styles and holder is not None and waiting:
                    styles, waiting = waiting, []
                if styles and holder is not None:
                    for rank, style in enumerate(styles):
                        keyed.setdefault(style, []).append((rank, holder))
                    first = row if first < 0 else first
                    held = None
                elif styles:
                    waiting = styles
                elif holder is not None:
                    held = holder
    holders = {}
    for style, said in keyed.items():
        best = min(rank for rank, _h in said)
        who = {h for rank, h in said if rank == best}
        if len(who) == 1:
            holders[style] = who.pop()
    return holders, first


def _holders_by_serial_style(g, table, rows, lines, rel: str, res, where: str) -> list | None:
    """A list with no 科室, 岗位 or 姓名 column whose rows' holders show only in the STYLE of
    the 序号, a 说明 over or under it keying each style to a holder ('说明：序号为“①②③…”的为
    场长　某某；序号为“⑴⑵⑶…”的为副场长　某某；序号为“1.2.3.…”的为营林股股长　某某'), the rows
    interleaved (sorted by level): each row its style's holder, a form each. Only where every
    row's 序号 has a style, of two or more, and the note keys two of them or more to holders
    (``lines``: (row, text) of the note's window; ``_style_holders``). A row whose style the
    note names no one for, or does not name, stays as it was, said at its cell. The forms, or
    None where the list is no such one."""
    if any(f.person or f.title for f in table) or any(rr.title or rr.person for rr in rows):
        return None
    styles = {}
    for rr in rows:
        c = rr.cols.get("seq")
        v = g.rows[rr.row][c] if c is not None and c < len(g.rows[rr.row]) else ""
        style = _serial_style(v) if v.strip() else None
        if style is None:
            return None
        styles[id(rr)] = style
    if len(set(styles.values())) < 2:
        return None
    lines = [(x, t) for x, t in lines if _STYLE_RUN.search(t) or re.search(r"[为是由]|负责", t)]
    holders, at = _style_holders(lines) if lines else ({}, -1)
    if len(set(holders.values())) < 2 or len(set(styles.values()) & set(holders)) < 2:
        return None
    shown = {k: s for k, _p, s in _SERIAL_STYLES}
    out = []
    for f in table:
        held, rest = [], []
        for rr in f.risks:
            holder = holders.get(styles.get(id(rr), ""))
            if holder is None:
                rest.append(rr)
                if id(rr) in styles:
                    c = rr.cols["seq"]
                    res.issues.append(make_issue("HOLDER_NUMBER_STYLE_UNNAMED", rel, g.name,
                                                 cell_ref(rr.row, c), value=g.rows[rr.row][c].strip(),
                                                 note=where))  # fmt: skip
                continue
            dept, post, name = holder
            # (the row's own 科室, else the note's: a title's '…所' is the body, not his 科室)
            rr.department, rr.title, rr.person = rr.department or dept, post, name
            held.append(((rr.department, post, name), rr))
        out.extend([replace(f, risks=rest)] if rest else [])
        out.extend(_forms_per_post(f, held))
    used = set(styles.values())  # (the styles the rows have: '1.2.3.' shows a plain '1' too)
    said = ";".join(f"{shown[k]}:{'　'.join(x for x in h if x)}" for k, h in holders.items()
                    if k in shown and k in used)  # fmt: skip
    cell = next((cell_ref(at, c) for c, v in enumerate(g.rows[at]) if v.strip()), "")
    res.issues.append(
        make_issue("HOLDER_BY_NUMBER_STYLE", rel, g.name, cell, value=said, note=where)
    )
    return out


def _row_number(g, rr) -> int | None:
    c = rr.cols.get("seq")
    v = g.rows[rr.row][c].strip() if c is not None and c < len(g.rows[rr.row]) else ""
    return int(float(v)) if re.fullmatch(r"\d+(?:\.0)?", v) else None


def _levels_by_number(g, table, numbers, text, config: Config, rel: str, res) -> None:
    """Levels by 序号 from a note under a list: where the list has no level column, the note's
    ('第1、2项为高风险……其余为低风险'); where it has one, only a note CHANGING them
    (``_levels_changed_by_number``: the cell wins over a plain '第2项为一级')."""
    if any(rr.risk_level for f in table for rr in f.risks):
        _levels_changed_by_number(g, table, numbers, text, config, rel, res)
        return
    levels: dict[int, str] = {}
    for m in _ITEM_LEVEL.finditer(text):
        lv = config.level(m.group(2))
        for n in number_list(m.group(1)) if lv else ():
            levels.setdefault(n, lv)
    rest = _REST_LEVEL.search(text)
    rest_level = config.level(rest.group(1)) if rest else None
    if not levels:
        return
    for f in table:
        for rr in f.risks:
            lv = levels.get(numbers.get(id(rr)), rest_level)
            if lv:
                rr.risk_level = lv
    said = _levels_said(levels, rest_level)
    res.issues.append(make_issue("LEVEL_BY_NUMBER", rel, g.name, value=said))


# a level cell grading its holder's points by their numbers, one clause a level: '第1、2项为一级；
# 第3项为二级', '1项一级，2项二级', '第1项：一级', '①②项为高风险', '第1-3项均为二级'
_CLAUSE_NUMS = r"[\d①-⑳](?:[\d①-⑳、,，\-—–－～~至到和及\s]*[\d①-⑳])?"
_ITEM_CLAUSE = LazyRe(
    rf"(?:第\s*)?({_CLAUSE_NUMS})\s*项\s*[:：]?\s*(?:均|都|皆)?\s*"
    r"(?:为|是|属于|属|定为|评定为|评为|列为)?\s*"
    r"(一级|二级|三级|四级|Ⅰ级|Ⅱ级|Ⅲ级|较高|较低|一般|重大|较大|高|中|低)(?:风险)?"
)
_CLAUSE_REST = LazyRe(r"[\s；;，,。.、]*")


def _item_numbers(text: str) -> list[int]:
    """The numbers a clause names: '1、2' → [1, 2], '1-3' → [1, 2, 3], '①②' → [1, 2]."""
    text = re.sub(r"[①-⑳]", lambda m: f"、{ord(m.group(0)) - 0x245F}、", text)
    return number_list(text.strip("、"), widest=50)


def _item_clauses(cell: str, config: Config) -> dict[int, set[str]] | None:
    """The levels a cell gives item numbers, clause by clause ('第1、2项为一级；第3项为二级' →
    {1: {一级}, 2: {一级}, 3: {二级}}), or None where the cell is anything else: every word of it
    must be such a clause (a level word each)."""
    if "项" not in cell:
        return None
    out: dict[int, set[str]] = {}
    rest = cell
    for m in _ITEM_CLAUSE.finditer(cell):
        word = m.group(2)
        level = config.level(word) or config.level(word + "风险")
        if not level:
            return None
        for n in _item_numbers(m.group(1)):
            out.setdefault(n, set()).add(level)
        rest = rest.replace(m.group(0), "", 1)
    if not out or not _CLAUSE_REST.fullmatch(rest):
        return None
    return out


_ITEM_COL_HEAD = LazyRe(r"项次|序号|编号|条次|序次|^项$|^项目号$")


def _levels_by_item_clauses(located, config: Config, rel: str, res: FileResult) -> None:
    """A level cell written once for a holder's points, merged down over his rows or on his first
    row only with the rows under it blank, grading each by its number in his block, clause by
    clause ('第1、2项为一级；第3项为二级', '1项一级，2项二级', '①②项为高风险', '第1-3项均为二级'):
    each row takes the level of the clause naming its own number — its 项次/序号 column's where
    that column starts again at 1 for the holder, else its place in the block. A row no clause
    names, or two clauses name differently, keeps a blank level, warned at its cell
    (``LEVEL_ITEM_CLAUSE_UNMATCHED``); the rest said once a sheet (``LEVEL_BY_ITEM_CLAUSES``). The
    cheap test first: no level cell of the sheet writes '项' (most sheets); a cell with anything
    else than such clauses ('同第1项') reads as before."""
    for g, forms, _sh in located:
        words = {rr.risk_level for f in forms for rr in f.risks if not rr.sheet}
        if not any("项" in w for w in words):
            continue  # (the cheap test: the sheet's level words gathered in a set)
        clauses = {w: _item_clauses("".join(w.split()), config) for w in words if "项" in w}
        if not any(clauses.values()):
            continue
        merged = g.merged_into
        head = g.rows[forms[0].header_row] if forms[0].header_row < len(g.rows) else []
        # blocks: [its level cell's text, the cell, its rows, its top cell, merged]; a merge's rows
        # by its top cell, a cell on a holder's first row (no merge) with the blank rows under it
        # in the same form
        blocks: list[list] = []
        for f in forms:
            block = None
            for rr in sorted((rr for rr in f.risks if not rr.sheet), key=lambda rr: rr.row):
                c = rr.cols.get("risk_level")
                w = rr.risk_level.strip()
                if c is None:
                    block = None
                    continue
                top = merged.get((rr.row, c), (rr.row, c))
                if clauses.get(rr.risk_level):
                    if block is not None and block[3] == top and block[0] == rr.risk_level:
                        block[2].append(rr)
                    else:
                        spans = top != (rr.row, c) or merged.get((rr.row + 1, c)) == top
                        block = [rr.risk_level, cell_ref(*top), [rr], top, spans]
                        blocks.append(block)
                elif not w and block is not None and not block[4] and top == (rr.row, c):
                    block[2].append(rr)  # (a blank cell under the holder's first row)
                else:
                    block = None
        if not blocks:
            continue
        said, done = [], 0
        for text, at, rows, _top, _m in blocks:
            given = clauses[text]
            numbers = list(range(1, len(rows) + 1))  # (its place in the block)
            for c, label in enumerate(head):
                if not _ITEM_COL_HEAD.search("".join(label.split())):
                    continue
                vals = []
                for rr in rows:
                    v = "".join(g.get(rr.row, c).split())
                    v = v[:-2] if v.endswith(".0") else v
                    vals.append(
                        int(v)
                        if v.isdecimal()
                        else ord(v) - 0x245F
                        if len(v) == 1 and "①" <= v <= "⑳"
                        else None
                    )
                if None not in vals and len(set(vals)) == len(vals) and min(vals) == 1:
                    numbers = vals  # (numbered again from 1 for the holder)
                    break
            for n, rr in zip(numbers, rows, strict=True):
                got = given.get(n, set())
                cell = rr.cell("risk_level")
                if len(got) != 1:
                    rr.risk_level = ""
                    why = (
                        f"没有一句写到第{n}项"
                        if not got
                        else "几句给了不同的级别({})".format("、".join(sorted(got)))
                    )
                    res.issues.append(make_issue("LEVEL_ITEM_CLAUSE_UNMATCHED", rel, g.name, cell,
                                                 value=" ".join(text.split()), why=why, at=at, number=str(n)))  # fmt: skip
                    continue
                rr.risk_level = next(iter(got))
                done += 1
            said.append(f"{at}“{' '.join(text.split())}”")
        res.issues.append(make_issue("LEVEL_BY_ITEM_CLAUSES", rel, g.name, blocks[0][1],
                                     value="；".join(said), count=str(done)))  # fmt: skip


# a note saying every point under a duty takes the duty's level ('该职责下的各风险点均执行该职责的风险
# 等级', '同一职权事项内的所有风险点统一按该事项的风险级别执行'), and one saying the level is given by
# duty ('风险等级按岗位职责评定', '以职责为单位定级'); not '各风险点逐条定级', '按职责分别评定',
# '职责等级取其下风险点的最高等级'
_DUTY_WORD = r"(?:岗位职责|工作职责|主要职责|职权事项|权力事项|职责事项|职责|职权)"
_DUTY_POINTS_TAKE = LazyRe(
    rf"{_DUTY_WORD}[^。；;\n]{{0,12}}?[下中内里]?的?(?:各|每[个条项]?|所有|全部)?(?:廉政|廉洁)?风险点?"
    r"[^。；;\n]{0,14}?(?<![不非])(?:均|都|统一|一律|全部|一并)?"
    r"(?:执行|按照?|取|采用|适用|沿用|同|与|为|以|依)"
    rf"[^。；;\n]{{0,6}}?(?:该|本|所在|其|所属|对应|同一)(?:项|条)?(?:{_DUTY_WORD}|事项)的?(?:廉政|廉洁)?(?:风险)?(?:等级|级别)"
)
_LEVEL_BY_DUTY_WORDS = LazyRe(
    rf"(?:风险)?(?:等级|级别)[^。；;\n]{{0,6}}?(?<![不非])(?:按照?|以|依据?|根据)(?:每项|各项)?{_DUTY_WORD}(?:为单位)?"
    r"(?:评定|确定|划分|定级|填写|认定)"
    rf"|(?:按|以)(?:每项|各项)?{_DUTY_WORD}(?:为单位)?定级"
)
# a level given point by point, or worked out from more than the duty's
_LEVEL_PER_POINT = LazyRe(r"逐[条点项个]|分别|各自|(?<!不)单独定级|综合|结合|最高|最低|平均|多数")


def _duty_level_note(text: str) -> str:
    """The sentence of a sheet's notes saying every point under a duty takes the duty's level
    (or that the level is given by duty), else ''."""
    for line in re.split(r"[。；;\n]", text):
        s = "".join(line.split())
        if _LEVEL_PER_POINT.search(s):
            continue
        if _DUTY_POINTS_TAKE.search(s) or _LEVEL_BY_DUTY_WORDS.search(s):
            return s
    return ""


def _levels_by_duty(located, config: Config, rel: str, res: FileResult) -> None:
    """A list whose level is written ONCE A DUTY — on the first row of the duty's points only,
    the level cells under it blank, beside a 岗位职责 (职权事项) cell merged over them or typed again
    on each — under a note saying every point under a duty takes the duty's level ('该职责下的各
    风险点均执行该职责的风险等级'): each blank level takes the one level written in its duty's
    block (the rows the duty cell's merge covers, or a run of one holder's adjacent rows with the
    same duty text, or the blank duty cells under one), said once a sheet (``LEVEL_BY_DUTY``). A
    duty with no readable level, or two levels, leaves its blank rows blank, warned at each
    (``LEVEL_BY_DUTY_UNCLEAR``, no LEVEL_BLANK besides). The cheap tests first: a blank level beside
    a duty column, then the note; a note giving levels point by point ('逐条', '分别') does not
    count, nor a duty column of one duty for the whole table."""
    for g, forms, _sh in located:
        if _notes_lack(g, "职责", "职权"):
            continue  # (the cheap test: the note's 职责/职权 in the cells or the lent notes)
        risks = [
            rr
            for f in forms
            for rr in f.risks
            if not rr.sheet and "duty" in rr.cols and "risk_level" in rr.cols
        ]
        if not any(not rr.risk_level.strip() for rr in risks):
            continue
        note = _duty_level_note(_legend(g, forms, "职责", "职权"))
        if not note:
            continue
        merged = g.merged_into
        risks.sort(key=lambda rr: rr.row)
        holder = {id(rr): k for k, f in enumerate(forms) for rr in f.risks}
        # blocks: [the duty's text, its rows]; a row joins the one above when the duty cell's merge
        # is the same, or (the same holder's next row) its own duty cell is blank or says the same
        # (a row naming several holders ('钱某、孙某') is a point of each: one holder's rows are
        # followed holder by holder, and a merge's rows join its block whoever holds them)
        blocks: list[list] = []
        at_top: dict[tuple[int, int], list] = {}  # a duty cell → the block it opens
        last: dict[int, tuple] = {}  # holder → (his row above, its block, the duty's text)
        for rr in risks:
            c = rr.cols["duty"]
            top = merged.get((rr.row, c), (rr.row, c))
            text = "".join(g.get(*top).split())
            h = holder[id(rr)]
            if top != (rr.row, c) and (block := at_top.get(top)) is not None:
                block[1].append(rr)  # (under the duty cell merged over it)
                last[h] = (rr, block, text)
                continue
            above = last.get(h)
            if (
                above is not None
                and top == (rr.row, c)
                and above[0].cols["duty"] == c
                and rr.row == above[0].row + 1
                and (not text or text == above[2])
            ):
                above[1][1].append(rr)  # (the same holder's next row, its duty typed again)
                last[h] = (rr, above[1], text or above[2])
                continue
            block = [text, [rr]]
            blocks.append(block)
            at_top.setdefault(top, block)
            last[h] = (rr, block, text)
        named = [b for b in blocks if b[0]]
        if len({b[0] for b in named}) < 2 or not any(len(b[1]) > 1 for b in named):
            continue  # (one duty for the whole table, or none spanning points: no grading by duty)
        said, done = [], 0
        for text, rows in named:
            blank = [rr for rr in rows if not rr.risk_level.strip()]
            if not blank:
                continue
            written = [rr for rr in rows if rr.risk_level.strip()]
            levels = {config.level(rr.risk_level.strip()) for rr in written}
            if written and len(levels) == 1 and None not in levels:
                word = written[0].risk_level
                for rr in blank:
                    rr.risk_level = word
                done += len(blank)
                said.append(f"{written[0].cell('risk_level')}“{' '.join(word.split())}”")
                continue
            why = (
                "该职责没有填写风险级别"
                if not written
                else "该职责填写了不同的级别({})".format(
                    "、".join(dict.fromkeys(" ".join(rr.risk_level.split()) for rr in written))
                )
                if None not in levels
                else "该职责所填的级别“{}”认不出".format(" ".join(written[0].risk_level.split()))
            )
            duty = rows[0].cell("duty")
            for rr in blank:
                res.issues.append(make_issue("LEVEL_BY_DUTY_UNCLEAR", rel, g.name, rr.cell("risk_level"),
                                             value=text, at=duty, why=why))  # fmt: skip
        if done:
            res.issues.append(make_issue("LEVEL_BY_DUTY", rel, g.name, said[0].split("“")[0],
                                         value="；".join(said), count=str(done), note=note))  # fmt: skip


def _levels_changed_by_number(g, table, numbers, text, config: Config, rel: str, res) -> None:
    """A review note under a list that has its own level column changing the levels of the rows
    it numbers ('审核意见：…其中第2项风险等级调整为一级，第5、7项调整为三级，其余维持。', the level
    cells not retyped): the note is the later word, so those rows take its level (info naming
    the rows, old → new); a number naming no row is warned at the note's cell. Only a change verb
    ('调整为', '改为', '应为' …) overrides a cell: a plain '第2项为一级' leaves the cells as they are."""
    if "为" not in text and "至" not in text and "到" not in text and "成" not in text:
        return
    changed: dict[int, str] = {}
    said: dict[int, str] = {}  # (the number → the note's line, for its cell)
    for line in text.split("\n"):
        for m in _ITEM_LEVEL_CHANGED.finditer(line):
            lv = config.level(m.group(2))
            items = re.sub(r"第|项|序号|和|及|与", "、", m.group(1))
            for n in number_list(items) if lv else ():
                changed.setdefault(n, lv)
                said.setdefault(n, line)
    if not changed:
        return
    by_number = {numbers.get(id(rr)): rr for f in table for rr in f.risks}
    done = []
    for n, lv in sorted(changed.items()):
        rr = by_number.get(n)
        if rr is not None:
            was = (config.level(rr.risk_level) or rr.risk_level) if rr.risk_level else "未填"
            done.append(f"第{n}项:{was}→{lv}")
            rr.risk_level = lv
    last = max((rr.row for f in table for rr in f.risks if not rr.sheet), default=-1)
    lines = dict.fromkeys(said[n] for n in changed)
    for line in lines:
        cell, note = _note_cell(g, last, line)
        left = [str(n) for n in sorted(changed) if said[n] == line and n not in by_number]
        if left:
            res.issues.append(make_issue("LEVEL_CHANGE_UNMATCHED", rel, g.name, cell,
                                         value="、".join(left), note=note))  # fmt: skip
    if done:
        cell, note = _note_cell(g, last, next(iter(lines)))
        res.issues.append(make_issue("LEVEL_CHANGED_BY_NOTE", rel, g.name, cell,
                                     value=";".join(done), note=note))  # fmt: skip


def _note_cell(g, after: int, line: str) -> tuple[str, str]:
    """The cell of a note's line under a list (the first row after ``after`` whose cells join
    to it) and its words, cut short ('审核意见：经市气象局纪检组审核……'), for an issue."""
    for x in range(after + 1, len(g.rows)):
        if "".join(g.rows[x]) == line:  # (the words, past a label cell '审核意见' before them)
            c = next((c for c, v in enumerate(g.rows[x]) if v.strip() and len(v) > 6), None)
            if c is None:
                c = next((c for c, v in enumerate(g.rows[x]) if v.strip()), 0)
            words = " ".join(v.strip() for v in g.rows[x] if v.strip())
            return cell_ref(x, c), words if len(words) <= 40 else words[:40] + "……"
    return "", line[:40]


def _levels_said(levels: dict[int, str], rest_level: str | None = None) -> str:
    """'Ⅰ级:第1、2项;Ⅱ级:第3项;Ⅲ级:其余各项': the levels given by number, for the info."""
    by: dict[str, list[str]] = {}
    for n, lv in sorted(levels.items()):
        by.setdefault(lv, []).append(str(n))
    said = ";".join(f"{lv}:第{'、'.join(ns)}项" for lv, ns in sorted(by.items()))
    return said + f";{rest_level}:其余各项" if rest_level else said


def _types_by_number(table, numbers, text, config: Config, rel: str, sheet: str, res) -> bool:
    """A note giving the types by 序号 ('第1、5项为思想道德风险；第2、7—8项为制度机制风险') where
    the table has no type column: each row takes its number's type. Returns whether it did."""
    types: dict[int, str] = {}
    for m in _ITEM_TYPE.finditer(text):
        known, unknown = config.types(m.group(2))
        items = re.sub(r"第|项|序号|和|及|与", "、", m.group(1))
        for n in number_list(items) if known and not unknown else ():
            types.setdefault(n, "、".join(known))
    risks = [rr for f in table for rr in f.risks]
    if not types or any(rr.risk_type for rr in risks):
        return False
    if not all(numbers.get(id(rr)) in types for rr in risks):
        return False  # (a note naming some rows only speaks of something else)
    for rr in risks:
        rr.risk_type = types[numbers[id(rr)]]
    by: dict[str, list[str]] = {}
    for n, ty in sorted(types.items()):
        by.setdefault(ty, []).append(str(n))
    said = ";".join(f"{ty}:第{'、'.join(ns)}项" for ty, ns in by.items())
    res.issues.append(make_issue("TYPE_BY_NUMBER", rel, sheet, value=said))
    return True


def _holders_by_number(table, numbers, text) -> list:
    from xlproc.identity import is_post, looks_like_name, marked_name

    holders: dict[int, tuple[str, str]] = {}
    for line in text.split("\n"):
        head = line.split("第", 1)[0]
        if WATCHING_LABEL.search(head):
            continue  # '监督责任：第1—3项　村务监督委员会主任　…': who watches, no holder
        for m in _ITEM_HOLDER.finditer(line):
            post, name = m.group(2), m.group(3)
            end = _ITEM_PART_END.search(line, m.end())
            if WATCHING_VERB.search(line[m.start() : end.start() if end else len(line)]):
                continue  # ('第1-2项由纪检员　某某监督': who watches the items, no holder)
            if is_post(post) and (looks_like_name(name) or marked_name(name)):
                for n in number_list(m.group(1)):
                    holders.setdefault(n, (post, name))
    out = []
    for f in table:
        if (
            not holders
            or f.person
            or f.title
            or not f.risks
            or not all(numbers.get(id(rr)) in holders for rr in f.risks)
        ):
            out.append(f)
            continue
        held = []
        for rr in f.risks:
            rr.title, rr.person = holders[numbers[id(rr)]]
            held.append(((f.department, rr.title, rr.person), rr))
        out.extend(_forms_per_post(f, held))
    return out


def _point_holder_tables(located, rel: str, res: FileResult) -> dict[tuple[int, int], list]:
    """Each table of holders naming points by the list's 序号 (``SheetResult.point_holders``)
    with the list it speaks of: (the sheet's index, the list's header row) → [(the table's
    sheet, the table)]. On the list's own sheet, the list above it (else the one below); on a
    sheet of no list, the file's one list; where the file has several, which one is unsaid
    (HOLDER_NUMBERS_UNMATCHED) and nothing is read."""
    if not any(sheet.point_holders for _g, _f, sheet in located):
        return {}  # (the cheap test: no such table in the file)
    lists = [(i, start) for i, (_g, forms, _s) in enumerate(located)
             for start in sorted({f.header_row for f in forms})]  # fmt: skip
    out: dict[tuple[int, int], list] = {}
    for i, (g, forms, sheet) in enumerate(located):
        for t in sheet.point_holders:
            starts = sorted({f.header_row for f in forms})
            above = [s for s in starts if s <= t.row]  # (a roster beside: its list's row)
            if starts:
                key = (i, above[-1] if above else starts[0])
            elif len(lists) == 1:
                key = lists[0]
            else:
                res.issues.append(make_issue("HOLDER_NUMBERS_UNMATCHED", rel, g.name, t.cell,
                                             field="不知对应哪一张风险点表", value=t.heading))  # fmt: skip
                continue
            out.setdefault(key, []).append((g.name, t))
    return out


def _holders_by_point_table(table, numbers, duty, rel: str, sheet, res: FileResult) -> list:
    """The forms of a list naming no post or holder, split by a table of holders naming each
    one's points by 序号 ('郗某 | 副部长 | 部领导 | 1—2'; ``duty``: [(its sheet, the table)]):
    each named point the holder's (科室, post, name), a form each; a point two name is each
    one's; a point none names stays as it was. A number naming no row is said at its cell. A
    list whose rows name their holders keeps them, and a table of who oversees the points
    ('分管事项 | 1-3', '联系风险点'), not who holds them, names no holder: the table is then only
    another table. A table naming the points by their short 风险点 words instead ('对应风险点 |
    户外广告审批、占道经营许可', ``PointHolders.by_name``) is read alike (``_points_by_name``),
    and so is one naming the list's 业务事项 ('承办业务事项 | 技术改造项目申报、纾困资金兑现'):
    every point of a named matter is the holder's (HOLDERS_BY_MATTER_NAMES)."""
    if any(f.person or f.title for f in table) or any(
        WATCHING_LABEL.search(t.heading) and not t.beside for _w, t in duty
    ):  # ('包保企业' beside a list keyed by it: the 包保责任人 holds its points, ``beside``)
        for where, t in duty:
            res.issues.append(make_issue("TABLE_OTHER", rel, where, t.cell, value=t.heading,
                                         field=str(len(t.holders))))  # fmt: skip
            res.unplaced += 1 + len(t.holders)
        return table
    every = [rr for f in table for rr in f.risks]
    by_number = {numbers[id(rr)]: rr for rr in every}
    named: dict[int, list] = {}  # id of a point → its holders
    keys = _name_keys(every) if any(t.by_name for _w, t in duty) else ([], {})
    for where, t in duty:
        points: set[int] = set()
        by_matter = 0  # words naming a matter of the list, not a point
        for h in t.holders:
            if t.by_name and h.every:
                got = every
            elif t.by_name:  # ('对应风险点 | 户外广告审批、占道经营许可')
                got, m = _points_by_name(h, *keys, rel, where, res, "风险" not in t.heading)
                by_matter += m
            else:
                if h.every and not t.excluded:  # ('局长 | 全部': every point of the list)
                    h.numbers = sorted(n for n in by_number if n is not None)
                missing = [n for n in h.numbers if n not in by_number]
                # (a grid a column a grade: each number said at its own grade's cell)
                at = {n: h.levels[n][1] if n in h.levels else h.cell for n in missing}
                for cell in dict.fromkeys(at.values()):
                    res.issues.append(make_issue("HOLDER_NUMBERS_UNMATCHED", rel, where, cell,
                                                 field="在风险点表中没有这一序号",
                                                 value="、".join(str(n) for n in missing if at[n] == cell)))  # fmt: skip
                if t.excluded:  # ('本人不涉及的风险点 | 第2、5项': the list's others; '无' all)
                    got = [rr for n, rr in sorted(by_number.items(), key=lambda kv: kv[0] or 0)
                           if n is not None and n not in h.numbers]  # fmt: skip
                else:
                    got = [by_number[n] for n in h.numbers if n in by_number]
            for rr in got:
                points.add(id(rr))
                if h not in named.get(id(rr), []):
                    named.setdefault(id(rr), []).append(h)
        code = "HOLDERS_BY_POINT_NAMES" if t.by_name else "HOLDERS_BY_POINT_NUMBERS"
        code = "HOLDERS_BY_MATTER_NAMES" if by_matter else code  # ('承办业务事项')
        code = "HOLDERS_AND_LEVELS_BY_POINT_NUMBERS" if t.graded else code  # ('一级风险点 | 二级…')
        code = "HOLDERS_BY_EXCLUDED_NUMBERS" if t.excluded else code  # ('本人不涉及的风险点')
        res.issues.append(make_issue(code, rel, where, t.cell, value=t.heading,
                                     field=f"{len(t.holders)}人、{len(points)}个风险点"))  # fmt: skip
    out = []
    for f in table:
        held, rest = [], []
        for rr in f.risks:
            holders = named.get(id(rr), [])
            if not holders:
                rest.append(rr)
            own = rr.department  # (the row's own 科室 stays, as a staff line's does)
            level, n = rr.risk_level, numbers[id(rr)]
            for k, h in enumerate(holders):
                x = rr if k == 0 else replace(rr)  # (a point two answer for: each one's)
                sheet.rows_seen += k > 0
                x.department, x.title, x.person = own or h.department, h.title, h.person
                # (a grid a column a grade: the holder's grade of it, where the list has none)
                x.risk_level = level or (h.levels[n][0] if n in h.levels else "")
                held.append(((x.department, x.title, x.person), x))
        parts = [replace(f, risks=rest)] if rest else []
        parts += [replace(p, style="list", person_asked=False, holder_column=True)
                  for p in _forms_per_post(f, held)]  # fmt: skip
        for p in parts:  # (each its own points' duties, graded by them only)
            said = {x for rr in p.risks for x in (rr.duty, rr.workflow)}
            p.duty_texts = [(label, text) for label, text in f.duty_texts if text in said]
        out.extend(parts)
    return out


def _points_by_name(
    h, keys: list, matters: dict, rel: str, where: str, res: FileResult, by_matter: bool = False
) -> tuple[list, int]:
    """The list's points a holder's cell names by their short 风险点 words ('户外广告审批、
    占道经营许可'): each word the point it is (spaces and punctuation aside), else the one
    point it begins or is within ('户外广告' for '户外广告设置审批'). A word naming none, or
    several, is said at the cell (HOLDER_NAMES_UNMATCHED) and not guessed. ``keys``: (a point's
    words as compared, the point), ``_name_keys``.

    Where the list is keyed by matter ('业务事项 | 廉政风险点', ``matters``: a 业务事项/职权/环节
    as compared → its points) a word may name a matter instead, the matter it is, else the one
    it begins or is within ('技术改造项目申报' in '承办业务事项 | 技术改造项目申报、纾困资金兑现'):
    every point of that matter is the holder's. A word that is a point or a matter is that one;
    one only within both is the point's where the heading names points ('对应风险点'), the
    matter's where it names matters (``by_matter``: '承办业务事项', '负责环节'). The points, and
    how many words named a matter."""
    from xlproc.locate import _CN_ITEM, _point_key

    got, missing, several = [], [], []
    named = 0
    for name in h.names:
        k = _point_key(_CN_ITEM.sub("", name, count=1))  # ('（三）退耕…': the section's number off)
        if not k:
            missing.append(name)
            continue
        for whole in (True, False):  # (the word as written first, then a part of one)
            points = [[rr] for p, rr in keys if (p == k if whole else k in p)]
            said = [v for m, v in matters.items() if (m == k if whole else k in m)]
            hits = (said or points) if by_matter else (points or said)
            if hits:
                break
        if len(hits) == 1:
            got.extend(hits[0])
            named += hits is said
        else:
            (several if hits else missing).append(name)
    unsaid = (
        (missing, "在风险点表中找不到"),
        (several, "对得上风险点表中不止一个风险点或事项,分不清是哪一个"),
    )
    for names, why in unsaid:
        if names:
            res.issues.append(make_issue("HOLDER_NAMES_UNMATCHED", rel, where, h.cell,
                                         field=why, value="、".join(names)))  # fmt: skip
    return got, named


def _name_keys(rows: list) -> tuple[list, dict]:
    """The list's points as a holders' table names them (``_points_by_name``): (each point's
    words as compared, the point), and each value of its 业务事项/职权 (``duty``) or 环节
    (``workflow``) column as compared, carried down its merge, or of the section row the point
    stands under ('（一）移民后期扶持资金发放', its number off: ``section``) → the points under it,
    in order."""
    from xlproc.locate import _point_key

    keys = [(_point_key(rr.risk_point), rr) for rr in rows]
    matters: dict[str, list] = {}
    for rr in rows:
        for m in {_point_key(v) for v in (rr.duty, rr.workflow, rr.section) if v}:
            if m:  # (a row's 事项 and 环节 alike: once)
                matters.setdefault(m, []).append(rr)
    return keys, matters


def _forms_per_post(f, held: list) -> list:
    """Form ``f`` split by the (科室, post, holder) each of its risks now belongs to (``held``:
    such a key and the risk, in order), a form each, tiered by its post."""
    from xlproc.identity import tier_of_post

    parts: dict[tuple[str, str, str], list] = {}
    for key, rr in held:
        parts.setdefault(key, []).append(rr)
    return [
        replace(f, department=d, title=t, person=p, risks=risks, tier=tier_of_post(t, d))
        for (d, t, p), risks in parts.items()
    ]


_EACH = LazyRe(r"各岗位|各表|各卡|每张|每个岗位|以上各|均按")


def _notes_of(g, forms) -> list[list[str]]:
    """Where a note saying how the table is marked may stand: every row of a sheet of ordinary
    size (beside the table too, or between its header and rows); on a sheet of thousands of
    rows, those above its forms and under them (a district's list is not looked through twice)."""
    if len(g.rows) <= 2000:
        return g.rows  # (the cheap test first: a sheet of ordinary size, whatever its forms)
    rows = {rr.row for f in forms for rr in f.risks if not rr.sheet}
    if not rows:
        return g.rows
    top, bottom = min(f.header_row for f in forms), max(rows)
    return g.rows[:top] + g.rows[bottom + 1 :]


_LEVEL_WRITTEN = operator.attrgetter("risk_level")


def _unwritten(text: str) -> bool:
    return not text.strip()


def _points_where(
    located, keep: Callable, level: Callable | None = None, field: str = "risk_level"
) -> Iterator[tuple]:
    """Each sheet with points read from its cells that ``keep`` holds of: (sheet, forms,
    those points); the steps that look again at a sheet's cells start from it. ``level``, a
    test a point's ``field`` as written (its level cell unless said) must pass for ``keep`` to
    hold, passes over a sheet none of whose few such words does (a district's list of 50,000
    rows writes three levels, and its measures are all filled in)."""
    written = _LEVEL_WRITTEN if field == "risk_level" else operator.attrgetter(field)
    for g, forms, _sh in located:
        if level is not None and not any(
            map(level, set(map(written, chain.from_iterable(f.risks for f in forms))))
        ):
            continue  # (the sheet's words gathered in C: a set of the same words)
        todo = [rr for f in forms for rr in f.risks if not rr.sheet and keep(rr)]
        if todo:
            yield g, forms, todo


def _legend(g, forms, *words: str) -> str:
    """The lines of a sheet's notes that use one of ``words`` ('线', '隐藏', '色'); the lines are
    joined once per sheet, whichever step asks (most sheets use none of the words)."""
    rows = _notes_of(g, forms)
    cache = g.__dict__.setdefault("_note_lines", {})
    key = (id(rows), len(rows))
    if key not in cache:
        lines = list(map("".join, rows))
        cache[key] = (lines, "\n".join(lines))
    lines, whole = cache[key]
    # (the same words asked again of the same notes, by another step: the lines found before)
    said = g.__dict__.setdefault("_note_words", {})
    if (key, words) in said:
        return said[(key, words)]
    # (the file's 填表说明 sheet may say it for every list: its lines after the sheet's own)
    extra = g.__dict__.get("_file_notes")
    mine = any(w in whole for w in words)  # (a line using a word: the word in the lines joined)
    if extra is not None and _lent_has(extra, words):
        found = _any_word(words).search
        own = [t for t in lines if found(t)] if mine else []
        got = said[(key, words)] = "\n".join(own + _lent_lines(extra, words))
        if SHADOW:
            shadow_check("_legend", got, lambda: "\n".join(t for t in lines + extra[0] if found(t)))
        return got
    if not mine:
        said[(key, words)] = ""
        return ""
    found = _any_word(words).search
    got = said[(key, words)] = "\n".join(t for t in lines if found(t))
    return got


def _lent_has(lent: tuple, words: tuple[str, ...]) -> bool:
    """One of ``words`` in the lines a 填表说明 sheet lends (``_note_sheets``), asked once a file
    for each set of words: the lent lines are the same strings for every sheet they are lent to
    (joined from the rows before any sheet is read, never changed), so the answer is kept with
    them."""
    memo = lent[2]
    got = memo.get(words)
    if got is None:
        got = memo[words] = any(w in lent[1] for w in words)
    elif SHADOW:
        shadow_check("_lent_has", got, lambda: any(w in lent[1] for w in words))
    return got


def _lent_lines(lent: tuple, words: tuple[str, ...]) -> list[str]:
    """The lent lines using one of ``words``, in order (kept as ``_lent_has`` keeps its answer)."""
    memo = lent[2]
    key = ("lines", words)
    got = memo.get(key)
    found = _any_word(words).search
    if got is None:
        got = memo[key] = [t for t in lent[0] if found(t)]
    elif SHADOW:
        shadow_check("_lent_lines", got, lambda: [t for t in lent[0] if found(t)])
    return got


def _notes_lack(g, *words: str) -> bool:
    """``_legend(g, forms, *words)`` is sure to be '': no one of ``words`` can be in the sheet's
    cells (``Grid.lacks``) nor is in the lines a 填表说明 sheet lends it (``_note_sheets``); a
    step reading only those lines passes over the sheet in one test."""
    extra = g.__dict__.get("_file_notes")
    return g.lacks(*words) and (extra is None or not _lent_has(extra, words))


@lru_cache(maxsize=256)
def _any_word(words: tuple[str, ...]) -> re.Pattern:
    """One pattern finding any of ``words`` (a line tested in C, not word by word)."""
    return re.compile("|".join(map(re.escape, words)))


# a sheet of the file's instructions ('填表说明', '说明', '填报须知'): its notes are every list's
_NOTE_SHEET = re.compile(r"^\s*(?:填表|填写|填报|使用)?(?:说明|须知)\s*$")


def _note_sheets(grids: list) -> None:
    """Lend the lines of a file's instructions sheets to its other sheets' notes (``_legend``):
    a grading note ('列入《重点风险点》的为一级风险，其余为二级风险') may stand there, not under the
    list. A sheet's own notes come first, the lent lines after them."""
    said = [g for g in grids if _NOTE_SHEET.match(g.name)]
    if not said or len(grids) < 2:
        return
    lines = [t for g in said for t in map("".join, g.rows) if t.strip()]
    if not lines:
        return
    lent = (lines, "\n".join(lines), {})  # (the lines, joined, and what was asked of them)
    for g in grids:
        if g not in said:
            g.__dict__["_file_notes"] = lent


def _words_by_format(located, path: Path, rel: str, res: FileResult) -> None:
    """Levels and types written as numbers that a custom number format shows as words (a score
    3/2/1 stored, '[=3]"高";[=2]"中";"低"' showing 高/中/低): each takes the word the file shows,
    said once per sheet (.xlsx; the styles are looked at only where such a cell holds a number)."""
    from xlproc.fills import shown_words, worded_formats

    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        return
    asked = False  # (the styles are read once, and only where some level is a number)
    for g, forms, _sh in located:
        said = {rr.risk_level for f in forms for rr in f.risks}
        said |= {rr.risk_type for f in forms for rr in f.risks}
        if not any(v.strip().isdigit() for v in said):
            continue  # (no level or type written as a number: decided on the few words used)
        if not asked:
            asked = True
            if not worded_formats(path):
                return  # (no number format of the workbook shows a number as words)
        todo = [
            (rr, role)
            for f in forms
            for rr in f.risks
            for role in ("risk_level", "risk_type")
            if role in rr.cols and not rr.sheet and getattr(rr, role).strip().isdigit()
        ]
        if not todo:
            continue
        merged = g.merged_into  # (a cell merged over shows its top-left cell's format)
        where = [
            (rr, role, ((rr.rows or {}).get(role, rr.row), rr.cols[role])) for rr, role in todo
        ]
        where = [(rr, role, merged.get(cell, cell)) for rr, role, cell in where]
        words = shown_words(path, g.name, {cell for _rr, _role, cell in where})
        said = {}
        for rr, role, at in where:
            if at in words:
                said.setdefault(getattr(rr, role).strip(), words[at])
                setattr(rr, role, words[at])
        if said:
            value = "、".join(f"{k}显示为“{v}”" for k, v in sorted(said.items()))
            res.issues.append(make_issue("WORDS_BY_FORMAT", rel, g.name, value=value))


_YES_NO = {"是": True, "否": False, "√": True, "×": False, "Y": True, "N": False}
_LEVEL_WORDS = LazyRe(f"(?:{LEVEL_ALTS})" r"(?=风险|级|[，,。;；、）)（(\s]|$)")
# a question of a key point, not of a grade ('是否重点风险点', '是否关键风险', '是否为主要风险'):
# two tiers, key or not, the key ones the top level and the others the next
_ASKS_KEY = re.compile(r"^(?:是否)?(?:为|属于|是|列为|确定为|评定为)?(?:重点|关键|主要)")


def _levels_by_question(located, rel: str, res: FileResult, config: Config) -> None:
    """A level column asking a question ('是否为高风险点 | 是/否', '是否重点风险点（是/否）',
    '重点风险（√/×）', '是否关键风险 | Y/N'): 是 is the level it asks of, 否 the level the
    sheet's note gives it ('填“否”的为一般风险点（二级风险）'), else left as written; said once per
    sheet. A column of ticks (√ and blanks) answers 否 where blank. A question of a KEY point
    ('是否重点风险点', '关键', '主要') with no note saying what either answer is: 是 read Ⅰ级 and
    否 Ⅱ级, a guess said as a warning (``LEVEL_BY_QUESTION_GUESSED``); a question naming a grade
    ('是否重大风险') with no note for 否 leaves 否 as written."""
    from xlproc.columns import asks_level

    for g, forms, todo in _points_where(
        located,
        lambda rr: "risk_level" in rr.cols and rr.risk_level.strip().upper() in {*_YES_NO, ""},
        lambda v: v.strip().upper() in _YES_NO,
    ):
        f = forms[0]
        answered = [rr for rr in todo if rr.risk_level.strip()]
        if not answered:
            continue
        c = answered[0].cols["risk_level"]
        head = g.rows[f.header_row] if f.header_row < len(g.rows) else []
        label = "".join(head[c].split()) if c < len(head) else ""
        if not asks_level(label):
            continue
        todo = [rr for rr in todo if rr.cols["risk_level"] == c]
        ticks = {rr.risk_level.strip() for rr in answered} == {"√"}
        if not ticks:
            todo = [rr for rr in todo if rr.risk_level.strip()]  # (blank: no answer, as before)
        said: dict[bool, str] = {}
        word = _LEVEL_WORDS.search(label, 2 if label.startswith("是否") else 0)
        if word and config.level(word.group(0)):
            said[True] = word.group(0)
        answers = [("否", False), ("是", True), ("×", False), ("√", True)]
        if {rr.risk_level.strip().upper() for rr in answered} <= {"Y", "N"}:
            answers += [
                ("N", False),
                ("Y", True),
            ]  # ('填Y的为一级'; a letter only in such a column)
        if ticks:  # ('打“√”的为高风险，其余为中风险', '未打√的为二级'): the rows left blank
            answers[:0] = [(w, False) for w in ("空白", "未打", "不打", "其余", "其他")]
        single = "".join(a for a, _yes in answers if len(a) == 1)
        for clause in re.split(r"[；;。，,\n]", _legend(g, forms, *(a for a, _y in answers))):
            clause = re.sub(r"是否[^”\"」]*", "", clause)  # (the heading quoted: no answer)
            for answer, yes in answers:
                at = clause.find(answer)
                if at < 0 or sum(map(clause.count, single)) > 1:
                    continue
                words = [w for w in _LEVEL_WORDS.findall(clause[at:]) if config.level(w)]
                if words:
                    said[yes] = words[-1]  # ('一般风险点（二级风险）': the grade in brackets)
                break  # (one answer a clause: '未打√的' is the blank one)
        guessed = not said and bool(_ASKS_KEY.match(label))
        if guessed:
            said = {True: "Ⅰ级", False: "Ⅱ级"}  # (key or not, no note: the top two levels)
        elif list(said) == [True] and _ASKS_KEY.match(label):
            # '填“是”的为高风险' and nothing of 否: key or not, 否 the level next below 是's
            below = {"Ⅰ级": "Ⅱ级", "Ⅱ级": "Ⅲ级"}.get(config.level(said[True]) or "")
            if below:
                said[False], guessed = below, True
        if not said:
            continue
        for rr in todo:
            yes = _YES_NO.get(rr.risk_level.strip().upper(), False)  # (a tick's blank: 否)
            if yes in said:
                rr.risk_level = said[yes]
        value = "、".join(f"{k}={said[v]}" for k, v in (("是", True), ("否", False)) if v in said)
        code = "LEVEL_BY_QUESTION_GUESSED" if guessed else "LEVEL_BY_QUESTION"
        res.issues.append(make_issue(code, rel, g.name, value=value, field=label))


def _levels_with_reasons(located, rel: str, res: FileResult, config: Config) -> None:
    """Level cells the vocabulary does not read because each writes the level and then why, in
    the same line ('一级：涉及资金量大', '二级，自由裁量空间较大', '三级。发生概率较小', '高；直接经手现金'):
    the word opening the cell is the level, the rest its reason (kept in the raw text, no level
    of its own). Said once a column (``LEVEL_WITH_REASON``). Cells the vocabulary reads already
    ('二级。', '风险等级:中', '一级（…）') stay as they are; a cell listing levels ('一级：1、3') or a
    level and a second level ('一级，高') is not read so."""
    from xlproc.columns import REASON_MARKS, level_then_reason

    for g, forms, todo in _points_where(
        located,
        lambda rr: (
            "risk_level" in rr.cols and not rr.level_as and config.level(rr.risk_level) is None
        ),
        lambda v: len(v) > 3 and REASON_MARKS.search(v) is not None,
    ):
        said: dict[int, list] = {}
        opening: dict[int, dict] = {}  # column → the word opening each of its reasoned cells
        for rr in todo:
            got = level_then_reason(rr.risk_level, config, scales=bool(config.level_scales))
            if got is None:
                continue
            rr.level_as = config.level(got[0]) or ""
            said.setdefault(rr.cols["risk_level"], []).append(rr)
            opening.setdefault(rr.cols["risk_level"], {})[id(rr)] = got[0]
        for col, rows in said.items():
            if _reasoned_scale(g, forms, col, rows, opening[col], rel, res, config):
                continue  # (said with the scale)
            rows = [rr for rr in rows if rr.level_as]
            if not rows:
                continue
            first = min(rows, key=lambda rr: (rr.rows or {}).get("risk_level", rr.row))
            shown = " ".join(first.risk_level.split())
            res.issues.append(
                make_issue(
                    "LEVEL_WITH_REASON", rel, g.name, first.cell("risk_level"),
                    value=shown if len(shown) <= 30 else shown[:29] + "…", count=str(len(rows)),
                )
            )  # fmt: skip


# a level cell writing the assessed score first and the level in brackets after it ('9分（一级）',
# '6分(二级)', '得分：7.5（中）', '4分【三级风险】'): the score, then a bracketed word
_SCORE_THEN_LEVEL = re.compile(
    r"^\s*(?:(?:综合|风险)?(?:评分|得分|分值)\s*[：:]?\s*)?(\d+(?:\.\d+)?)\s*分?\s*"
    r"[(\[【〔]\s*([^()\[\]【】〔〕]{1,10}?)\s*[)\]】〕]\s*$"
)


def _score_then_level(text: str, config: Config) -> tuple[float, str] | None:
    """(the score, the level) a cell writing a score and then its level in brackets gives
    ('9分（一级）' → (9.0, 'Ⅰ级')); None where the bracket holds no level word (a bare number
    '9（3）', '9分（待定）') or the cell is no score."""
    import unicodedata

    m = _SCORE_THEN_LEVEL.match(unicodedata.normalize("NFKC", text))
    if m is None:
        return None
    inner = m.group(2)
    if inner.replace(".", "").isdigit():
        return None  # ('9（3）': two numbers, neither said to be the level)
    level = config.level(inner)
    return (float(m.group(1)), level) if level else None


def _levels_after_score(located, rel: str, res: FileResult, config: Config) -> None:
    """Level cells the vocabulary does not read because each writes the assessed score first and
    the level in brackets after it ('9分（一级）', '6分(二级)', '得分7.5（中）'): the bracketed word is
    the level, the score kept in the raw text. Said once a column (``LEVEL_AFTER_SCORE``). Where
    the sheet's note bands the scores ('8—10分为一级风险，5—7分为二级风险…'), a score the note puts in
    another level than the one written keeps the written level, with a warning at its cell
    (``LEVEL_SCORE_BAND_DIFFERS``). A cell whose bracket holds no level ('9分（待定）') is left."""
    from xlproc.locate_base import _band_of, _said_bands, _weighted_bands

    for g, forms, todo in _points_where(
        located,
        lambda rr: (
            "risk_level" in rr.cols and not rr.level_as and config.level(rr.risk_level) is None
        ),
        # (cheap: a digit and a bracket in the cell)
        lambda v: any(ch.isdigit() for ch in v[:8]) and any(ch in v for ch in "（(【[〔"),
    ):
        said: dict[int, list] = {}
        bands = None
        for rr in todo:
            got = _score_then_level(rr.risk_level, config)
            if got is None:
                continue
            score, level = got
            rr.level_as = level
            said.setdefault(rr.cols["risk_level"], []).append(rr)
            if bands is None:
                legend = _legend(g, forms, "分")
                bands = _weighted_bands(legend, config.level) if legend else ()
            band = _band_of(score, bands) if len(bands) >= 2 else ""
            if band and band != level:
                res.issues.append(
                    make_issue(
                        "LEVEL_SCORE_BAND_DIFFERS", rel, g.name, rr.cell("risk_level"),
                        value=" ".join(rr.risk_level.split()), other=band,
                        field=_said_bands(bands, "得分"),
                    )
                )  # fmt: skip
        for rows in said.values():
            first = min(rows, key=lambda rr: (rr.rows or {}).get("risk_level", rr.row))
            res.issues.append(
                make_issue(
                    "LEVEL_AFTER_SCORE", rel, g.name, first.cell("risk_level"),
                    value=" ".join(first.risk_level.split()), count=str(len(rows)),
                )
            )  # fmt: skip


def _reasoned_scale(g, forms, col, rows, opening, rel, res, config) -> bool:
    """The words opening a level column's reasoned cells ('较高：涉及资金量大', '一般，…', '较低。…'),
    with the column's cells that write a word alone, are a three-step scale the table uses whole
    (``[level_scales]``: 较高/一般/较低, 较大/一般/较小, 重要/较重要/一般 …; or two of its words and a
    note naming all three): they are read in the scale's order, Ⅰ/Ⅱ/Ⅲ, not word by word (where
    '较高' is Ⅱ级 and '一般' Ⅲ级), said once a column (``LEVEL_SCALE_WITH_REASON``, instead of
    ``LEVEL_WITH_REASON``); True if so. Cheap: the configured scales are looked at only for the
    few words a reasoned column opens with."""
    words = set(opening.values())
    if not config.level_scales or not config.within_a_scale(words):
        return False
    plain = [
        rr
        for f in forms
        for rr in f.risks
        if rr.cols.get("risk_level") == col and not rr.sheet and id(rr) not in opening
        and rr.risk_level.strip()
    ]  # fmt: skip
    alone = {rr.risk_level.strip() for rr in plain}
    if not config.within_a_scale(words | alone):
        return False  # (a word of no scale beside them: the vocabulary reads the column)
    every = words | alone
    scale = config.scale_of(every, _legend(g, forms, *every))
    if not scale:
        return False
    if all(config.level(w) == lv for w, lv in scale.items()):
        return False  # (the scale reads as the vocabulary does: nothing to say)
    from xlproc.config import _scale_key

    keyed = {_scale_key(w): lv for w, lv in scale.items()}  # ('较高风险' and '较高' alike)
    for rr in rows:
        rr.level_as = keyed.get(_scale_key(opening[id(rr)]), rr.level_as)
    for rr in plain:
        rr.level_as = keyed.get(_scale_key(rr.risk_level.strip()), rr.level_as)
    first = {w: i for i, w in reversed(list(enumerate(opening[id(rr)] for rr in rows)))}
    value = "、".join(
        f"{w}={lv}" for w, lv in sorted(scale.items(), key=lambda x: (x[1], first.get(x[0], 0)))
    )
    top = min(rows, key=lambda rr: (rr.rows or {}).get("risk_level", rr.row))
    res.issues.append(
        make_issue(
            "LEVEL_SCALE_WITH_REASON", rel, g.name, top.cell("risk_level"), value=value,
            count=str(len(rows) + len(plain)),
        )
    )  # fmt: skip
    return True


def _blank_levels_by_note(located, rel: str, res: FileResult, config: Config) -> None:
    """Level cells left empty where the sheet's note says what an empty one means ('风险等级栏
    只填写一级、二级，空白的为三级风险点', '未填写的为低风险'): each takes that level, said once
    per sheet. Only where the column is used (some level written) and the note names one level."""
    from xlproc.locate import _BLANK_MEANS

    blanks = ("空", "未填", "不填", "没有填", "没填")
    unlevelled = _points_where(
        [x for x in located if not _notes_lack(x[0], *blanks)],  # (the cheap test: 空/未填…)
        lambda rr: "risk_level" in rr.cols and not rr.risk_level.strip(),
        lambda v: not v.strip(),
    )
    for g, forms, todo in unlevelled:
        if not any(rr.risk_level.strip() for f in forms for rr in f.risks):
            continue  # (no level written at all: the column left blank, not a level)
        legend = _legend(g, forms, *blanks)
        said = set()
        for clause in re.split(r"[；;。\n]|\d[.、．]", legend):
            for m in _BLANK_MEANS.finditer(clause):
                # (of the level column: '风险等级栏…空白的为三级', '空白的为三级风险点'; not
                # '影响程度空白的为一般')
                if re.search(r"等级|级别", clause[: m.start()]) or clause[m.end(1) :].startswith(
                    "风险"
                ):
                    said.add(m.group(1))
        levels = {config.level(w) for w in said} - {None}
        if len(levels) != 1:
            continue
        level = said.pop() if len(said) == 1 else next(iter(levels))
        for rr in todo:
            rr.risk_level = level
        res.issues.append(
            make_issue("LEVEL_BLANK_BY_NOTE", rel, g.name, value=f"{len(todo)}", field=level)
        )


# a note saying each point's level is its post's: '各风险点的风险等级按其所在岗位的岗位风险等级确定',
# '风险点等级与所在岗位风险等级一致', '风险点不单独定级，统一执行岗位风险等级' (not '岗位风险等级按风险点
# 的最高等级确定', nor '与岗位风险等级不一致的…', nor '按岗位风险等级和发生概率综合确定')
_POINTS_WORD = r"(?:风险点|风险事项|[各每][项条](?:廉政|廉洁)?风险)"
# the unit a grading grades as a whole: a post, or a department ('按所在股室的风险等级确定')
_DEPT_WORDS = ("科室", "股室", "处室", "部门", "所室", "站室", "科所", "内设机构", "中队")
_UNIT_WORD = {"岗位": "岗位", "科室": "(?:" + "|".join(_DEPT_WORDS) + ")"}


def _unit_grade_word(unit: str) -> str:
    return rf"{_UNIT_WORD[unit]}(?:的)?(?:廉政|廉洁)?(?:风险)?(?:等级|级别)"


def _points_take_unit(unit: str) -> str:
    return (
        rf"{_POINTS_WORD}[^。；;\n]{{0,24}}?(?<![不非])(?:统一|均|一律|全部|都|直接)?"
        r"(?:按照?|依照?|依据|根据|参照|比照|对照|以|与|同|随|取|执行|沿用|采用|套用|等同于?|即为|即|为)"
        rf"(?:[其本该各]|所在|所属|各自|相应|的|{_UNIT_WORD[unit]}的)*{_unit_grade_word(unit)}"
        r"(?!\s*(?:不|之外|以外|高于|低于|相?比|相?对应|相?关|挂钩|无关|[和及、与或]|以上|以下))"
        r"(?=\s*(?:确定|为准|为依据|认定|评定(?!标准|办法|细则|表)|定级|执行|标注|填写|划定|确认|保持一致|一致|相同|相符|同"
        r"|$|[（(。；;，,\n]))"
    )


def _unit_gives_points(unit: str) -> str:
    w = _unit_grade_word(unit)
    return (
        rf"{w}\s*[（(]?\s*(?:即为|即是|即|就是|视为|作为|也是|亦为|同时为|同为|等同于?)"
        rf"[^。；;\n，,]{{0,10}}?{_POINTS_WORD}(?:的)?(?:廉政)?(?:风险)?(?:等级|级别)"
        rf"|{w}\s*(?:统一)?适用于[^。；;\n，,]{{0,10}}?{_POINTS_WORD}"
        rf"|{w}\s*[（(][^）)]{{0,8}}?{_POINTS_WORD}[^）)]{{0,4}}?(?:同|相同|一致|通用|适用)[）)]"
    )


_POST_GRADE_WORD = _unit_grade_word("岗位")
_POINTS_TAKE_POST = LazyRe(_points_take_unit("岗位"))
_POST_GIVES_POINTS = LazyRe(_unit_gives_points("岗位"))
_TAKES = {
    "岗位": (_POINTS_TAKE_POST, _POST_GIVES_POINTS),
    "科室": (LazyRe(_points_take_unit("科室")), LazyRe(_unit_gives_points("科室"))),
}
_UNIT_RE = {u: LazyRe(w) for u, w in _UNIT_WORD.items()}
# the points' own level named before the post's ('风险点等级与…', '风险点不单独定级，…')
_OF_THE_LEVEL = LazyRe(r"等级|级别|定级")
# the words closing such a sentence, after which nothing else is decided ('确定', '为准', '一致')
_SETTLES = LazyRe(
    r"^\s*(?:确定|为准|为依据|认定|评定|定级|执行|标注|填写|划定|确认|保持一致|一致|相同|相符|同)"
)
# a level worked out from more than the post's, or not one level for all its points
_NOT_ONE_LEVEL = LazyRe(r"综合|结合|最高|最低|平均|加权|上浮|下浮|提高|降低|调整|多数|数量|个数")


def _post_level_note(texts: Iterable[str], unit: str = "岗位") -> str:
    """The sentence of a sheet's notes (or of a heading) saying each point takes its post's
    level (``unit`` 科室: its department's), else ''."""
    unit_rx = _UNIT_RE[unit]
    for text in texts:
        if not unit_rx.search(text):
            continue
        got = _level_note_in(text, unit)
        if SHADOW:
            shadow_check("_level_note_in", got, lambda t=text: _level_note_in.__wrapped__(t, unit))
        if got:
            return got
    return ""


@lru_cache(maxsize=1024)
def _level_note_in(text: str, unit: str) -> str:
    """``_post_level_note`` of one text naming the unit's word: a function of the text alone,
    kept by it (a 填表说明 sheet's lines are asked again for each sheet they are lent to, and a
    template's in every file)."""
    take, gives = _TAKES[unit]
    for rx in (take, gives):
        for m in rx.finditer(text):
            start = max(text.rfind(p, 0, m.start()) for p in "。；;\n，,")
            ends = [e for e in (text.find(p, m.end()) for p in "。；;\n，,") if e >= 0]
            rest = text[m.end() : min(ends, default=len(text))]
            if _NOT_ONE_LEVEL.search(text[start + 1 : m.start()] + m.group(0) + rest):
                continue
            if rx is take and not _OF_THE_LEVEL.search(
                m.group(0)[: [u.start() for u in _UNIT_RE[unit].finditer(m.group(0))][-1]]
            ):
                # '对排查出的风险点，按照岗位风险等级，分别由…监管', '…依据岗位风险等级确定监督
                # 频次': the points' level is not what the post's grade decides
                if "，" in m.group(0) or "," in m.group(0):
                    continue
                if _SETTLES.sub("", rest, count=1).strip():
                    continue
            first = max(text.rfind(p, 0, m.start()) for p in "。；;\n") + 1
            last = min((e for e in (text.find(p, m.end()) for p in "。；;\n") if e >= 0),
                       default=len(text))  # fmt: skip
            return text[first:last].strip()[:80]
    return ""


# the marks a row gives a point's weight within its post ('主要' / '次要', '重点' / '一般',
# '核心' / '一般', '主' / '次'), as its cell writes them ('主要风险' → '主要')
_WEIGHT_MARK_WORDS = frozenset(
    {"主要", "次要", "重点", "非重点", "一般", "核心", "非核心", "重要", "关键", "主", "次"}
)
# a post's grade as a note names it: '一级岗位', '二级风险岗位', '岗位风险等级为三级的'
_GRADE_OF_POST_SAID = LazyRe(
    r"([一二三四ⅠⅡⅢⅣ1-4]级|[高中低]|[ABCD]类?|[一二三四]类)(?:风险)?(?:等级)?的?岗位"
    r"|岗位(?:风险)?(?:等级|级别)(?:为|是)\s*([一二三四ⅠⅡⅢⅣ1-4]级|[高中低]|[ABCD])(?:级)?"
)
_POINT_LEVEL_SAID = LazyRe(r"为\s*([^，,。；;:：\s为]{1,6}?)(?:的?风险点|风险|$)")
# steps down from the post's grade ('降一级', '低一级', '降低一个等级', '降一档', '下调一级', '低一个档次')
_STEPS_DOWN = LazyRe(
    r"(?:降|低|下降|降低|下调|调低)\s*([一二两1-2])\s*个?\s*(?:等级|级别|档次|级|档)"
)
_STEPS_WORD = {"一": 1, "1": 1, "两": 2, "二": 2, "2": 2}
_AS_POST_GRADE = LazyRe(
    r"(?:为|同|按照?|取|即|与|同于|等同于?|依照?)\s*(?:其|所在|本)?(?:岗位的?)?岗位(?:的)?(?:廉政)?(?:风险)?(?:等级|级别)"
    r"(?:确定|相同|一致|保持一致|执行|定级|为准|认定)?$"
)


def _weight_mark(text: str) -> str:
    """A row's 主次 cell as a mark ('主要风险点' → '主要'), or ''."""
    s = "".join(text.split())
    for tail in ("", "风险点", "风险", "点"):  # (not '重点' → '重')
        if s.removesuffix(tail) in _WEIGHT_MARK_WORDS:
            return s.removesuffix(tail)
    return ""


def _weight_marks_unread(g, forms) -> tuple[list, int] | None:
    """Points with no level and a post grade, and a column no role took whose cells are all
    marks of weight ('风险主次' 核心/一般 the column guess passed over): (the points with their
    marks, the column), else None."""
    rows = [
        (f, rr) for f in forms for rr in f.risks
        if not rr.risk_level.strip() and not rr.sheet and (rr.declared or f.declared).strip()
    ]  # fmt: skip
    if len(rows) < 2 or any(rr.risk_level.strip() for f in forms for rr in f.risks):
        return None
    used = {c for _f, rr in rows for role, c in rr.cols.items() if role != "other"}
    merged = g.merged_into or {}
    width = max((len(g.rows[rr.row]) for _f, rr in rows if rr.row < len(g.rows)), default=0)
    for c in range(width):
        if c in used:
            continue
        marks = []
        for _f, rr in rows:  # (the first cell no mark ends the column)
            mark = _weight_mark(g.get(rr.row, c) or g.get(*merged.get((rr.row, c), (rr.row, c))))
            if not mark:
                break
            marks.append(mark)
        if len(marks) == len(rows) and len(set(marks)) > 1:
            return [(f, rr, m) for (f, rr), m in zip(rows, marks, strict=True)], c
    return None


def _levels_by_grade_and_mark(located, rel: str, res: FileResult, config: Config) -> None:
    """No level column for the points, each holder's ``岗位风险等级`` (一级/二级/三级) merged down his
    rows and a mark a row ('风险主次' 主要/次要, 重点/一般 …, which the reader guessed for the
    level column, a two-word scale), under a note composing the point's level from the two:
    sentences per grade ('一级岗位的主要风险点为一级风险点，次要风险点为二级风险点；…三级岗位的
    风险点均为三级风险点') or one rule ('主要风险点的等级为岗位风险等级，次要风险点降一级', the
    lowest level the floor). Each point takes its (post grade, mark)'s level, said once per sheet
    (info ``LEVEL_BY_POST_GRADE_AND_MARK``, the two-word scale's LEVEL_SCALE taken back); the post
    grade stays the post's declared grade. A combination the note does not cover: no level and a
    warning at the cell. A real level column (its words levels, not marks) is left as it is, as
    is a sheet with no post grade or no such note."""
    canon = config.levels.canonical

    def rank(word: str) -> int | None:  # (a post grade as a step of the levels: 一级 → 0)
        lv = config.level(word)
        if lv in canon:
            return canon.index(lv)
        letter = config.grade(word) or ""  # ('A', 'B', 'C')
        if len(letter) == 1 and letter in "ABCD" and "ABCD".index(letter) < len(canon):
            return "ABCD".index(letter)
        return None

    for g, forms, sh in located:
        said = {rr.risk_level for f in forms for rr in f.risks}
        known = {w: m for w in said if (m := _weight_mark(w))}  # (a few words, not each row)
        todo = [
            (f, rr, known[rr.risk_level])
            for f in forms
            for rr in f.risks
            if rr.risk_level in known and (rr.declared or f.declared).strip()
        ] if known else []  # fmt: skip
        unread = None if todo else _weight_marks_unread(g, forms)
        if unread:
            todo, col = unread
        if not todo:
            continue  # (the cheap test: no 主次 mark beside a post grade)
        marks = {m for _f, _rr, m in todo}
        if any(w.strip() and w not in known for w in said):
            continue  # (a column of levels, some rows marks: not a 主次 column)
        lines = [t for t in _legend(g, forms, *marks).split("\n") if "岗位" in t]
        if not lines:
            continue
        find_mark = re.compile("|".join(sorted(map(re.escape, marks), key=len, reverse=True)))
        given: dict[tuple[int, str], str] = {}  # (post grade's step, mark) → level
        steps: dict[str, int] = {}  # mark → steps down from the post's grade
        said_by: dict[str, None] = {}  # the note's sentences read, in order (all quoted)
        for line in lines:
            for sentence in re.split(r"[。；;\n]", line):
                grade = None
                for clause in re.split(r"[，,:：]", sentence.replace("主次", "")):
                    said = _GRADE_OF_POST_SAID.search(clause)
                    if said:
                        grade = rank(said.group(1) or said.group(2))
                        clause = clause[: said.start()] + clause[said.end() :]
                    m = find_mark.search(clause)
                    rest = clause[m.end() :] if m else clause
                    if m and not said:
                        down = _STEPS_DOWN.search(rest)
                        if down or _AS_POST_GRADE.search(rest):
                            n = _STEPS_WORD.get(down.group(1), 1) if down else 0
                            steps.setdefault(m.group(0), n)
                            said_by.setdefault(sentence.strip())
                            continue
                    if grade is None:
                        continue
                    lv = _POINT_LEVEL_SAID.search(rest)
                    level = config.level(lv.group(1)) if lv else None
                    if not level:
                        continue
                    if m:
                        given.setdefault((grade, m.group(0)), level)
                    elif re.search(r"均|都|一律|全部|统一|所有", clause):
                        given.setdefault((grade, "*"), level)  # ('三级岗位的风险点均为三级')
                    else:
                        continue
                    said_by.setdefault(sentence.strip())
        if not steps and not any(m != "*" for _g, m in given):
            continue  # (no clause keys a level by a mark: not this note)
        note = "；".join(said_by)
        note = note if len(note) <= 160 else note[:159] + "…"
        if not any(steps.values()) and not any(
            len({lv for (gr, _m), lv in given.items() if gr == grade}) > 1 for grade, _m in given
        ):
            continue  # (the mark changes no level: the note does not compose one)

        composed = []  # (form, point, mark, post grade as written, level or '')
        for f, rr, mark in todo:
            word = (rr.declared or f.declared).strip()
            grade = rank(word)
            got = "" if grade is None else given.get((grade, mark)) or given.get((grade, "*"))
            if grade is not None and not got and mark in steps:  # (the lowest level the floor)
                got = canon[min(grade + steps[mark], len(canon) - 1)]
            composed.append((f, rr, mark, word, got or ""))
        if not any(got for *_x, got in composed):
            continue  # (the note covers none of the table's posts: as before)
        used: dict[str, str] = {}
        for _f, rr, mark, word, got in composed:
            if unread:  # (the column no role took: its marks are now the points' level cells)
                rr.risk_level, rr.cols = mark, {**rr.cols, "risk_level": col}
            rr.level_as = got
            if rr.level_as:
                used.setdefault(f"{word}+{mark}", rr.level_as)
            else:
                res.issues.append(
                    make_issue(
                        "LEVEL_BY_POST_GRADE_AND_MARK_UNCOVERED",
                        rel,
                        g.name,
                        rr.cell("risk_level"),
                        field=word,
                        value=mark,
                        note=note,
                    )
                )
        # (the two words read as a three-step scale, '主要=Ⅱ级、次要=Ⅲ级': not the levels)
        sh.issues = [
            x for x in sh.issues
            if not (x.code == "LEVEL_SCALE" and {w.split("=")[0] for w in x.value.split("、")} <= marks)
        ]  # fmt: skip
        c = next((rr.cols["risk_level"] for _f, rr, _m in todo if "risk_level" in rr.cols), None)
        if c is not None:  # (the marks guessed for the level column, '主要风险为高风险': no guess)
            sh.issues = [
                x for x in sh.issues
                if not (x.code == "COLUMN_GUESSED" and "判断为“风险级别”" in x.message
                        and x.cell.rstrip("0123456789") == col_letter(c))
            ]  # fmt: skip
        head = g.rows[forms[0].header_row] if forms[0].header_row < len(g.rows) else []
        label = "".join(head[c].split()) if c is not None and c < len(head) else ""
        res.issues.append(
            make_issue(
                "LEVEL_BY_POST_GRADE_AND_MARK",
                rel,
                g.name,
                value="、".join(f"{k}={lv}" for k, lv in used.items()),
                field=label or "风险主次",
                note=note,
            )
        )


def _levels_from_post_grade(located, rel: str, res: FileResult, config: Config) -> None:
    """Points with no level of their own under a post's grade (a ``岗位风险等级`` column merged
    over its holder's rows, or the card's field) on a sheet whose note (or heading) says each
    point's level is its post's ('各风险点的风险等级按其所在岗位的岗位风险等级确定'): each takes
    its post's grade as its level, which is then no declared grade A/B/C; said once per sheet.
    A grade word that is no level (nor one the notes define) gives nothing."""
    from xlproc.locate import _legend_pair_re, _legend_words

    def word(f, rr) -> str:
        return (rr.declared or f.declared).strip()

    unlevelled = _points_where(
        located, lambda rr: not rr.risk_level.strip(), lambda v: not v.strip()
    )
    for g, forms, todo in unlevelled:
        blank = {id(rr) for rr in todo}
        graded = [(f, rr) for f in forms for rr in f.risks if id(rr) in blank and word(f, rr)]
        if not graded:
            continue  # (the cheap test: no post grade beside a point without a level)
        rows = _notes_of(g, forms)  # (the notes and headings, not the points' own rows)
        skip = {rr.row for f in forms for rr in f.risks} if rows is g.rows else set()
        rows = [row for i, row in enumerate(rows) if i not in skip]
        note = _post_level_note(dict.fromkeys(v for row in rows for v in row if "岗位" in v))
        if not note:
            continue
        words = {word(f, rr) for f, rr in graded}
        defined: dict[str, str] = {}  # ('A为高风险', '一级为最低'): as the notes write them
        lines = (t for t in map("".join, rows) if "为" in t or "表示" in t or "是" in t)
        for said, means in _legend_pair_re().findall("\n".join(lines)):
            level = config.level({"最高": "高", "最低": "低"}.get(means, means))
            for w in _legend_words(said) if level else ():
                defined.setdefault(w, level)
        scale = config.scale_of(words, note) or {}
        levels = {}
        for w in words:
            bare = w[:-1] if w.endswith("级") else w
            levels[w] = defined.get(w) or defined.get(bare) or scale.get(w) or config.level(w)
        found, used = 0, set()
        for f, rr in graded:
            w = word(f, rr)
            if not levels[w]:
                continue  # (a grade the vocabulary does not know: the point stays unlevelled)
            rr.risk_level = w
            if levels[w] != config.level(w):
                rr.level_as = levels[w]
            used.add(id(f))
            found += 1
        for f in forms:
            if id(f) in used:  # (its grade is its points' level, not a grade A/B/C)
                f.declared, f.declared_cell, f.grade_asked = "", "", False
        if not found:
            continue
        c = next(
            (rr.cols["declared_grade"] for _f, rr in graded if "declared_grade" in rr.cols), None
        )
        head = g.rows[forms[0].header_row] if forms[0].header_row < len(g.rows) else []
        label = "".join(head[c].split()) if c is not None and c < len(head) else ""
        res.issues.append(
            make_issue(
                "LEVEL_BY_POST",
                rel,
                g.name,
                value=str(found),
                field=label or "岗位风险等级",
                note=note,
            )
        )


# a note giving each kind of post its points' level, the kind first: '领导岗位的风险点为一级风险',
# '中层岗位…为二级风险', '一般岗位（含工勤）的风险点定为三级'
_TIER_LEVEL = re.compile(
    r"(领导|中层|一般)(?:岗位|干部|职位)?[^。；;，,\n为]{0,14}?(?:均|一律|统一)?(?:定|确定|列|划定|认定)?为"
    r"\s*([^。；;，,\n]{1,8}?)(?:风险|$|[。；;，,\n])"
)
_TIER_WORD = {"领导": "leader", "中层": "middle", "一般": "general"}


def _levels_from_tier(located, rel: str, res: FileResult, config: Config) -> None:
    """Points with no level under a note giving each kind of post its points' level, the kind
    first ('领导岗位的风险点为一级风险，中层岗位的为二级风险，一般岗位的为三级风险'), their form
    of a known kind (a 岗位类别 column, the title): each takes its kind's level, said once per
    sheet. Two kinds at least, each given one level, different levels; else nothing."""
    from xlproc.forms import TIER_NAMES

    for g, forms, todo in _points_where(located, lambda rr: not rr.risk_level.strip(), _unwritten):
        tiers = {f.tier for f in forms if f.tier}
        note = _legend(g, forms, "领导", "中层", "一般") if tiers else ""
        given: dict[str, set[str]] = {}
        for m in _TIER_LEVEL.finditer(note):
            level = config.level(m.group(2).strip())
            if level:
                given.setdefault(_TIER_WORD[m.group(1)], set()).add(level)
        if len(given) < 2 or any(len(v) != 1 for v in given.values()):
            _levels_from_post_grading(located, g, forms, todo, rel, res, config)
            _levels_from_history_note(g, forms, todo, rel, res, config)
            _levels_from_column_note(g, forms, todo, rel, res, config)
            _levels_from_type_note(g, forms, todo, rel, res, config)
            continue
        levels = {t: next(iter(v)) for t, v in given.items()}
        if len(set(levels.values())) != len(levels):
            continue
        blank = {id(rr) for rr in todo}
        found = 0
        for f in forms:
            level = levels.get(f.tier)
            if not level:
                continue
            for rr in f.risks:
                if id(rr) in blank:
                    rr.risk_level = level
                    found += 1
        if found:
            said = "、".join(f"{TIER_NAMES[t]}={lv}" for t, lv in levels.items())
            res.issues.append(make_issue("LEVEL_BY_TIER", rel, g.name, value=said))


# a grid's corner naming its two keys ('风险类型＼岗位类别'), and the suffixes a key's value may
# carry or drop ('制度机制' ≈ '制度机制风险', '领导' ≈ '领导岗位')
_LOOKUP_CORNER = LazyRe(r"[\\＼/／]")
_LOOKUP_SUFFIX = LazyRe(r"(?:风险|岗位|类别|类)$")
_LOOKUP_TIERS = frozenset({"领导", "中层", "一般"})


def _lookup_key(v: str) -> str:
    """A grid's label or a list's value as matched: NFKC, no spaces, no '风险'/'岗位' suffix."""
    import unicodedata

    v = "".join(unicodedata.normalize("NFKC", v).split())
    return _LOOKUP_SUFFIX.sub("", v) or v


def _lookup_grids(g, skip: set[int], config: Config) -> list[tuple]:
    """The two-way grids printed on a sheet apart from its list ('风险类型＼岗位类别 | 领导岗位 |
    中层岗位 | 一般岗位' over '制度机制风险 | 一级 | 一级 | 二级' …): (its head row, its corner
    column, {(label down, label across): level}, labels down, labels across), its labels
    matched as ``_lookup_key``; the rows ``skip`` (the list's points) hold none. Level words in
    every cell (a count table's figures are none), two rows and two columns at least."""
    rows, merged = g.rows, g.merged_into or {}
    grids = []
    for r in range(len(rows) - 2):
        if r in skip:
            continue
        row = rows[r]
        cols = [c for c, v in enumerate(row) if v.strip()]
        if len(cols) < 2 or any(len(row[c].strip()) > 16 for c in cols):
            continue  # (the cheap test: a head row of short labels only)
        nxt = rows[r + 1]
        if sum(1 for c in cols if c < len(nxt) and config.level(nxt[c].strip() or "-")) < 2:
            continue  # (level words under two labels at least)
        left = [c for c, v in enumerate(nxt) if v.strip()]
        if left and left[0] < cols[0]:  # (no corner: the labels down stand left of those across)
            down, across = left[0], cols
        elif _LOOKUP_CORNER.search(row[cols[0]]) or not config.level(nxt[cols[0]].strip() or "-"):
            down, across = cols[0], cols[1:]  # ('风险类型＼岗位类别', or '类型' over the types)
        else:
            continue
        if len(across) < 2:
            continue
        heads = [_lookup_key(row[c]) for c in across]
        cells: dict[tuple[str, str], str] = {}
        labels = []
        for x in range(r + 1, len(rows)):
            if x in skip:
                break
            y, c = merged.get((x, down), (x, down))
            label = rows[y][c].strip() if c < len(rows[y]) else ""
            said = [rows[x][c].strip() if c < len(rows[x]) else "" for c in across]
            levels = [config.level(v) if v and not v.isdigit() else None for v in said]
            if not label or len(label) > 16 or not all(levels):
                break
            labels.append(_lookup_key(label))
            for h, lv in zip(heads, levels, strict=True):
                cells[labels[-1], h] = lv
        if len(labels) < 2:
            continue
        if all(config.level(v) for v in labels) and all(config.level(v) for v in heads):
            continue  # (grades both ways, '高 | 中 | 低': a likelihood × impact matrix's, read apart)
        grids.append((r, down, cells, labels, heads))
    return grids


def _lookup_column(
    keys: dict[int, dict[int, str]], labelled: list[str], need: int, taken: int | None = None
) -> int | None:
    """The list's column (-1: the tier of the post, where the labels are the three tiers) most
    of whose values are among a grid's labels, ``need`` rows at least; None where none is."""
    tiers = set(labelled) <= _LOOKUP_TIERS
    hits = {
        c: sum(1 for v in vals.values() if v in labelled)
        for c, vals in keys.items()
        if c != taken and (c >= 0 or tiers)
    }
    c = max(hits, key=lambda k: (hits[k], k), default=None)
    return c if c is not None and hits[c] >= need else None


def _levels_by_lookup_grid(located, rel: str, res: FileResult, config: Config) -> None:
    """Points with no level on a sheet that prints, under or beside its list (or on a sheet of
    its own), a two-way grid of levels keyed by two of the row's values ('附：风险等级判定表':
    '风险类型＼岗位类别 | 领导岗位 | 中层岗位 | 一般岗位' over '制度机制风险 | 一级 | 一级 | 二级' …;
    环节 × 岗位类别, 科室 × 事项类别 alike): each point takes the cell at (its value in the column
    whose values the labels down are, its value in the one whose values the labels across are)
    — the holder's 岗位类别 (its column, or the tier of the post) where the labels across (or
    down) are the three tiers. The grid is then no other table (no TABLE_OTHER); one info at
    its corner. Most points must find both keys among the labels (a grid of other words keys
    nothing); a point whose pair is not in the grid keeps its blank level, warned at its cell.
    A likelihood × impact matrix (grades both ways) is read apart, and a point with its own
    level keeps it."""
    from xlproc.forms import TIER_NAMES
    from xlproc.identity import tier_of_post

    found = None
    for g, forms, sheet in located:
        todo = [rr for f in forms for rr in f.risks if not rr.sheet and not rr.risk_level.strip()]
        if len(todo) < 2:
            continue  # (the cheap test: points with no level)
        skip = {rr.row for f in forms for rr in f.risks if not rr.sheet}
        grids = [(g, sheet, x) for x in _lookup_grids(g, skip, config)]
        if not grids:  # (on a sheet of its own: a sheet with no points)
            if found is None:
                found = [(og, osh, x) for og, ofs, osh in located if not ofs
                         for x in _lookup_grids(og, set(), config)]  # fmt: skip
            grids = found
        if not grids:
            continue
        merged = g.merged_into or {}
        keys: dict[int, dict[int, str]] = {-1: {}}  # (-1: the tier of the post, no column's)
        for f in forms:
            t = f.tier or tier_of_post(f.title, f.department)
            for rr in f.risks:
                keys[-1][id(rr)] = _lookup_key(TIER_NAMES.get(t, ""))
        for c in range(max(len(g.rows[rr.row]) for rr in todo)):
            keys[c] = {}
            for rr in todo:  # (a value merged down over rows: its top cell's)
                y, x = merged.get((rr.row, c), (rr.row, c))
                keys[c][id(rr)] = _lookup_key(g.rows[y][x]) if x < len(g.rows[y]) else ""
        need = max(2, (len(todo) * 3 + 4) // 5)
        for gg, gsheet, (r, down, cells, labels, heads) in grids:
            kd = _lookup_column(keys, labels, need)
            ka = _lookup_column(keys, heads, need, kd) if kd is not None else None
            if ka is None:
                continue
            said: dict[str, int] = {}
            for rr in todo:
                lv = cells.get((keys[kd][id(rr)], keys[ka][id(rr)]))
                if lv:
                    rr.risk_level = lv
                    said[lv] = said.get(lv, 0) + 1
                    continue
                # (at the key the grid lacks: its labels down first)
                c = kd if keys[kd][id(rr)] not in labels or ka < 0 else ka
                at = cell_ref(rr.row, c if c >= 0 else max(kd, ka))
                pair = f"{keys[kd][id(rr)] or '空白'}×{keys[ka][id(rr)] or '空白'}"
                res.issues.append(make_issue("LEVEL_LOOKUP_UNMATCHED", rel, g.name, at,
                                             value=pair))  # fmt: skip
            head = g.rows[forms[0].header_row] if forms[0].header_row < len(g.rows) else []
            names = [
                "岗位类别" if c < 0 else "".join(head[c].split()) if c < len(head) else ""
                for c in (kd, ka)
            ]
            corner = cell_ref(r, down)
            where = corner if gg is g else f"{gg.name}!{corner}"
            value_said = "、".join(f"{n}个为{lv}" for lv, n in sorted(said.items()))
            res.issues.append(make_issue("LEVEL_BY_LOOKUP_GRID", rel, g.name, corner if gg is g else "",
                                         field="×".join(n or "某列" for n in names),
                                         value=value_said or "无", where=where))  # fmt: skip
            # (the grid is read: no other table of the sheet's, no stray row nor pointless row
            # on its head row and its rows — '附：风险等级对照表' read as the list's rows below it)
            if said:
                on = {str(x + 1) for x in range(r, r + len(labels) + 1)}
                gone = [
                    i for i in gsheet.issues
                    if i.code in ("ROW_UNPLACED", "POINT_BLANK", *SET_ASIDE_TABLES)
                    and i.cell.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ") in on
                ]  # fmt: skip
            else:
                gone = [
                    i for i in gsheet.issues
                    if i.code in SET_ASIDE_TABLES
                    and i.cell.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ") == str(r + 1)
                ]  # fmt: skip
            gsheet.issues = [i for i in gsheet.issues if i not in gone]
            gsheet.unplaced -= sum(set_aside_rows(i) or 1 for i in gone if i.code != "POINT_BLANK")
            blank = sum(1 for i in gone if i.code == "POINT_BLANK")
            gsheet.rows_seen -= blank
            gsheet.rows_reported -= blank
            break


# a cell that is one mark or two and nothing else ('●', '◧', '△', '※'): no letter, digit or
# CJK character, no dash, slash or list comma (a blank's '/', '—', '、')
_SYMBOL_NOT = frozenset("/／\\＼、，,。.．-－—–~～_＿|｜:：;；!！?？'\"“”‘’()（）[]【】")


# the cheap test: a cell on the sheet that is one mark or two of the symbol blocks and nothing else
_LONE_SYMBOL = LazyRe(
    r"(?:^|\0)[ \u3000]*[\u203b\u2190-\u21ff\u2200-\u22ff\u2460-\u27bf\u2b00-\u2bff]{1,2}[ \u3000]*(?:\0|$)"
)


def _symbolish(v: str) -> bool:
    import unicodedata

    v = v.strip()
    return 0 < len(v) <= 2 and all(
        ch not in _SYMBOL_NOT and unicodedata.category(ch) in ("So", "Sm", "Po") for ch in v
    )


def _symbol_grids(g, skip: set[int], beyond: int, config: Config) -> list[tuple]:
    """The legend grids of symbols printed on a sheet apart from its list (under or above it; on
    the list's rows ``skip``, right of its last column ``beyond`` only): a head row of labels of
    one kind (levels '高 | 中 | 低', or types), a corner or none, then two rows or more each a
    label of the other kind and under every head one symbol ('思想道德风险 | ● | ◐ | ○' …): (its
    head row, its label column, {symbol: (type, level)}, rows). Every label one level or one
    type, every cell a symbol, no symbol twice (a grid repeating one keys nothing)."""
    rows = g.rows
    out = []
    for r in range(len(rows) - 2):
        lo = beyond if r in skip else 0
        row = rows[r]
        cols = [c for c, v in enumerate(row) if c >= lo and v.strip()]
        if len(cols) < 2 or any(len(row[c].strip()) > 16 for c in cols):
            continue  # (a head row of short labels only)
        nxt = rows[r + 1]
        if sum(1 for c in cols if c < len(nxt) and _symbolish(nxt[c])) < 2:
            continue  # (the cheap test: symbols under two labels at least)
        levels = {c: config.level(row[c].strip()) for c in cols}
        typed = {}
        for c in cols:
            known, unknown = config.types(row[c].strip())
            typed[c] = known[0] if len(known) == 1 and not unknown else None
        across = [c for c in cols if c < len(nxt) and _symbolish(nxt[c])]
        if all(levels[c] for c in across):
            kind = "level"
        elif all(typed[c] for c in across):
            kind = "type"
        else:
            continue
        left = [c for c, v in enumerate(nxt) if v.strip() and lo <= c < across[0]]
        if not left:
            continue
        down = left[-1]
        keys: dict[str, tuple[str, str]] = {}
        n = 0
        twice = False
        for x in range(r + 1, len(rows)):
            if x in skip and down < beyond:
                break
            cur = rows[x]
            label = cur[down].strip() if down < len(cur) else ""
            if kind == "level":
                known, unknown = config.types(label) if label else ([], [])
                other = known[0] if len(known) == 1 and not unknown else None
            else:
                other = config.level(label) if label else None
            syms = [cur[c].strip() if c < len(cur) else "" for c in across]
            if not other or not all(_symbolish(s) for s in syms):
                break
            n += 1
            for c, s in zip(across, syms, strict=True):
                pair = (other, levels[c]) if kind == "level" else (typed[c], other)
                twice = twice or (s in keys and keys[s] != pair)
                keys[s] = pair
        if n < 2 or twice or len(keys) < n * len(across) or any(config.level(s) for s in keys):
            continue  # (a symbol twice, or one a level of its own ('★'): no key)
        out.append((r, down, keys, n, across[-1]))
    return out


def _by_symbol_grid(located, rel: str, res: FileResult, config: Config) -> None:
    """Points with no level (or no type) whose row holds, in one column, one symbol
    ('风险标识': '●', '◧', '△' …) that a legend grid on the sheet (under, above or beside the
    list) places: its head row the levels ('风险类型＼风险等级 | 高 | 中 | 低'), its rows the types
    ('思想道德风险 | ● | ◐ | ○'), or the other way round. Each such point takes its symbol's row
    and column as its type and level (a type or level of its own stays); the grid is then no
    other table; one info at its corner. Most points must carry a symbol of the grid (a grid
    of other marks keys nothing); a symbol the grid lacks is warned at its cell and gives
    neither."""
    for g, forms, sheet in located:
        todo = [
            rr for f in forms for rr in f.risks
            if not rr.sheet and (not rr.risk_level.strip() or not rr.risk_type.strip())
        ]  # fmt: skip
        if len(todo) < 2 or not _LONE_SYMBOL.search(_sheet_text(g)):
            continue  # (the cheap tests: points with no level or no type; a lone symbol's cell)
        merged = g.merged_into or {}

        def at(rr, c, merged=merged, g=g):
            y, x = merged.get((rr.row, c), (rr.row, c))
            return g.rows[y][x].strip() if x < len(g.rows[y]) else ""

        width = max(len(g.rows[rr.row]) for rr in todo)
        need = max(2, (len(todo) * 3 + 4) // 5)
        marked = [c for c in range(width) if sum(1 for rr in todo if _symbolish(at(rr, c))) >= need]
        if not marked:
            continue  # (no column of symbols: no grid looked for)
        skip = {rr.row for f in forms for rr in f.risks if not rr.sheet}
        head = g.rows[forms[0].header_row] if forms[0].header_row < len(g.rows) else []
        beyond = max((c + 1 for c, v in enumerate(head) if v.strip()), default=width)
        for r, down, keys, n, last in _symbol_grids(g, skip, max(beyond, max(marked) + 1), config):
            col = max(marked, key=lambda c: sum(1 for rr in todo if at(rr, c) in keys))
            if sum(1 for rr in todo if at(rr, col) in keys) < need:
                continue
            said: dict[tuple[str, str], int] = {}
            for rr in todo:
                s = at(rr, col)
                if s not in keys:
                    if s:
                        res.issues.append(make_issue("SYMBOL_NOT_IN_GRID", rel, g.name,
                                                     cell_ref(rr.row, col), value=s))  # fmt: skip
                    continue
                kind, level = keys[s]
                if not rr.risk_type.strip():
                    rr.risk_type = kind
                    rr.cols = {**rr.cols, "risk_type": col}
                if not rr.risk_level.strip():
                    rr.risk_level = level
                    rr.cols = {**rr.cols, "risk_level": col}
                said[kind, level] = said.get((kind, level), 0) + 1
            if not said:
                continue
            if sheet is not None and all(
                rr.risk_type for f in forms for rr in f.risks if not rr.sheet
            ):
                sheet.issues = [i for i in sheet.issues if i.code != "TABLE_NO_TYPE"]
            name = "".join(head[col].split()) if col < len(head) else ""
            value = "、".join(f"{k}{lv}{c}个" for (k, lv), c in sorted(said.items()))
            res.issues.append(make_issue("TYPE_LEVEL_BY_SYMBOL_GRID", rel, g.name, cell_ref(r, down),
                                         field=name or "符号", value=value))  # fmt: skip
            if sheet is not None:  # (the grid is read: no other table, no stray rows or cells)
                on = {str(x + 1) for x in range(r, r + n + 1)}
                letters = {col_letter(c) for c in range(down, last + 1)}
                gone = [
                    i for i in sheet.issues
                    if (i.code in ("ROW_UNPLACED", "POINT_BLANK", *SET_ASIDE_TABLES)
                        or i.code == "CELL_OUTSIDE" and i.cell.rstrip("0123456789") in letters)
                    and i.cell.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ") in on
                ]  # fmt: skip
                sheet.issues = [i for i in sheet.issues if i not in gone]
                sheet.unplaced -= sum(
                    set_aside_rows(i) or 1 for i in gone if i.code != "POINT_BLANK"
                )
                blank = sum(1 for i in gone if i.code == "POINT_BLANK")
                sheet.rows_seen -= blank
                sheet.rows_reported -= blank
            break


# a note's clause giving the rows of one value their level, the value first: '每月检查一次的为一级
# 风险点', '每季度的为二级', '监督检查频次为每半年的，定为三级风险'
_VALUE_LEVEL = LazyRe(
    r"([^。；;，,\n:：]{1,16}?)的[，,]?\s*(?:均|一律|统一)?(?:定|确定|列|划定|认定)?为"
    r"\s*([^。；;，,\n]{1,8}?)(?:风险|$|[。；;，,\n])"
)


def _levels_from_column_note(g, forms, todo, rel, res: FileResult, config) -> None:
    """Points with no level under a note giving the rows of each value of one column their
    level ('每月检查一次的为一级风险点，每季度检查一次的为二级风险点，每半年…为三级'), the column
    one the export does not carry (``监督检查频次`` read as 监测指标, or a 备注: '每月' / '每季度' /
    '每半年'; a column of no role the column guess reads already): each row takes the
    level of the clause naming its value, said once per sheet (info ``LEVEL_BY_COLUMN_NOTE``). As
    the kinds of posts of ``_levels_from_tier``, but any column's values: two levels at least,
    two values at least, each value named by clauses of one level and most rows' values named;
    a value the note does not name keeps its blank level."""
    todo = [rr for rr in todo if not rr.risk_level.strip()]
    if len(todo) < 2 or not (lines := _legend(g, forms, "的为", "定为", "列为", "均为")):
        return  # (the cheap test: no line of the sheet's notes says '…的为')
    clauses = []  # (the value's words, its level, the sentence)
    for line in lines.split("\n"):
        for m in _VALUE_LEVEL.finditer(line):
            level = config.level(m.group(2).strip())
            subject = "".join(m.group(1).split())
            if level and subject:
                clauses.append((subject, level, line.strip()))
    if len({lv for _s, lv, _t in clauses}) < 2:
        return
    # (the columns of what a row is: its point, holder, measures… are not a value the note keys;
    # a column of how it is overseen, '监督检查频次' read as 'monitoring', or of none, may be)
    used = {
        c for f in forms for rr in f.risks for role, c in rr.cols.items()
        if role not in ("monitoring", "other")
    }  # fmt: skip
    merged = g.merged_into or {}

    def value(r: int, c: int) -> str:  # (a value merged down over rows: its top cell's)
        return "".join((g.get(r, c) or g.get(*merged.get((r, c), (r, c)))).split())

    width = max((len(g.rows[rr.row]) for rr in todo if rr.row < len(g.rows)), default=0)
    for c in range(width):
        if c in used:
            continue
        values = {id(rr): value(rr.row, c) for rr in todo}
        filled = [v for v in values.values() if v]
        if len(filled) < 2 or any(len(v) > 10 for v in filled):
            continue  # (a column of short values only: '每月', '每季度')
        levels: dict[str, str] = {}
        for v in dict.fromkeys(filled):  # (in order: the message names them so)
            named = {lv for subject, lv, _t in clauses if v in subject} if len(v) > 1 else ()
            if len(named) == 1:
                levels[v] = next(iter(named))
        if len(set(levels.values())) < 2 or 2 * sum(v in levels for v in filled) < len(filled):
            continue
        for rr in todo:
            if values[id(rr)] in levels:
                rr.risk_level = levels[values[id(rr)]]
        head = g.rows[forms[0].header_row] if forms[0].header_row < len(g.rows) else []
        label = "".join(head[c].split()) if c < len(head) else ""
        said = "、".join(f"{v}={lv}" for v, lv in levels.items())
        note = next(t for s, _lv, t in clauses if any(v in s for v in levels))
        res.issues.append(
            make_issue(
                "LEVEL_BY_COLUMN_NOTE",
                rel,
                g.name,
                value=said,
                field=label or f"第{c + 1}列",
                note=note,
            )
        )
        return


# the kinds of evidence a history column may cite, each by the words a note or a cell writes it
# with ('2023年县委巡察组反馈' a 巡察, '群众来信反映' a 信访举报, '内部稽核发现' an internal check)
_EVIDENCE_KINDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("巡察", ("巡察", "巡视")),
    ("审计", ("审计",)),
    ("纪检监察", ("纪委", "纪检", "监委", "审查调查", "立案")),
    ("信访举报", ("信访", "来信", "来访", "举报", "投诉", "控告", "12345")),
    ("内部检查", ("内部检查", "内部稽核", "稽核", "内审", "自查", "督查", "日常检查", "监督检查")),
    ("未发生", ("未发生", "没有发生", "未出现", "没有出现", "未发现", "无问题", "从未")),
)
_EVIDENCE_WORDS = tuple(w for _k, ws in _EVIDENCE_KINDS for w in ws)
# a history cell saying only that nothing came to light ('无', '/'): the note's 未发生 clause
_HISTORY_NONE = frozenset(("无", "没有", "暂无", "无记录", "否", "/", "／", "—", "——", "-", "－"))
# a note's clause giving the rows whose history is of some kind their level ('经巡察、审计指出过
# 问题的为一级风险', '近三年未发生问题的，定为三级'): the subject within its sentence, then the level
_HISTORY_LEVEL = LazyRe(
    r"([^。；;，,:：\n]{2,40}?)的[，,]?\s*(?:均|一律|统一)?(?:定|确定|列|划定|认定|评定)?为"
    r"\s*([^。；;，,\n]{1,8}?)(?:风险|$|[。；;，,\n])"
)


def _history_terms(text: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The kinds of evidence a text cites, each (kind, its words), and its quoted words each
    as its own ('“约谈”'): what a note's clause names and a history cell holds."""
    kinds = tuple((k, ws) for k, ws in _EVIDENCE_KINDS if any(w in text for w in ws))
    quoted = tuple((q, (q,)) for q in _WORDS_QUOTED.findall(text) if len(q) >= 2)
    return kinds + quoted


def _levels_from_history_note(g, forms, todo, rel, res: FileResult, config) -> None:
    """Points with no level, on a sheet writing none, under a note grading each row by how its
    risk came to light, as a free-text column says ('近三年问题发生情况', '问题来源', '以往查处情况':
    '2023年县委巡察组反馈…', '群众来信反映', '内部稽核发现…', '未发生'; '注：经巡察、审计指出过问题的
    为一级风险；经信访举报反映或内部检查发现的为二级；近三年未发生问题的为三级'). As the words of a
    point (``_levels_by_point_words``), but the words of ANOTHER column, matched by the kind of
    evidence (巡察/巡视, 审计, 信访/来信/举报, 内部检查/稽核/督查, 未发生 …) or the note's quoted words,
    since a cell seldom writes the note's words: the column the note names by its heading, else
    one whose cells hold the clauses' words; each row takes its cell's level, said once
    (``LEVEL_BY_HISTORY_WORDS``); a cell of no clause keeps its blank (``LEVEL_HISTORY_UNMATCHED``),
    of two levels takes the higher (``LEVEL_HISTORY_TWO``). Two levels at least, each kind given
    one, two rows and half the filled cells at least matched. A list writing its levels, or a
    note whose words no column holds, reads as before. The cheap test first: no note line names
    a kind of evidence (most sheets)."""
    if len(todo) < 2 or not (lines := _legend(g, forms, *_EVIDENCE_WORDS)) or "为" not in lines:
        return  # (the cheap test: no line of the sheet names a kind of evidence and says '…为')
    todo = [rr for rr in todo if not rr.risk_level.strip()]
    if len(todo) < 2 or any(rr.risk_level.strip() for f in forms for rr in f.risks):
        return  # (a list writing its levels: the level column wins)
    from xlproc.identity import squeeze

    clauses: list[tuple[tuple, str, str]] = []  # (its kinds, its level, its words as written)
    note = ""
    for line in lines.split("\n"):
        for m in _HISTORY_LEVEL.finditer(line):
            level = config.level(m.group(2).strip())
            terms = _history_terms(m.group(1)) if level else ()
            if terms:
                clauses.append((terms, level, "".join(m.group(1).split())))
                note = note or line.strip()
    given: dict[str, set[str]] = {}
    for terms, lv, _s in clauses:
        for k, _ws in terms:
            given.setdefault(k, set()).add(lv)
    if len({lv for _t, lv, _s in clauses}) < 2 or any(len(v) > 1 for v in given.values()):
        return  # (one level only: a remark; a kind given two levels: no clear reading)
    levels = {k: next(iter(v)) for k, v in given.items()}
    words = {k: ws for terms, _lv, _s in clauses for k, ws in terms}
    # (the columns of what a row is — its point, holder, measures, level — are no history)
    used = {
        c for f in forms for rr in f.risks for role, c in rr.cols.items()
        if role not in ("monitoring", "other", "description", "remarks")
    }  # fmt: skip
    merged = g.merged_into or {}

    def value(r: int, c: int) -> str:  # (a value merged down over rows: its top cell's)
        return "".join((g.get(r, c) or g.get(*merged.get((r, c), (r, c)))).split())

    head = g.rows[forms[0].header_row] if forms[0].header_row < len(g.rows) else []
    flat = "".join(note.split())
    width = max((len(g.rows[rr.row]) for rr in todo if rr.row < len(g.rows)), default=0)
    best = None  # (named by the note, matched rows, column, {row: kinds})
    for c in range(width):
        if c in used:
            continue
        cells = {id(rr): value(rr.row, c) for rr in todo}
        filled = [v for v in cells.values() if v]
        if len(filled) < 2:
            continue
        found = {
            i: [k for k in levels if any(w in v for w in words[k])]
            or (["未发生"] if v in _HISTORY_NONE and "未发生" in levels else [])
            for i, v in cells.items()
        }
        hit = sum(bool(k) for k in found.values())
        label = "".join(head[c].split()) if c < len(head) else ""
        named = len(label) >= 2 and label in flat
        if (
            hit < 2
            or 2 * hit < len(filled)
            or len({levels[k] for v in found.values() for k in v}) < 2
        ):
            continue
        if best is None or (named, hit) > best[:2]:
            best = (named, hit, c, found, label)
    if best is None:
        return  # (words no column holds: a note about something else)
    _named, _hit, c, found, label = best
    label = label or f"第{c + 1}列"
    rank = config.levels.canonical
    counts: dict[str, int] = {}
    for rr in todo:
        cell, kinds = value(rr.row, c), found[id(rr)]
        at = cell_ref(rr.row, c)
        if not kinds:
            if cell:
                res.issues.append(make_issue("LEVEL_HISTORY_UNMATCHED", rel, g.name, at,
                                             field=label, value=cell, note=note))  # fmt: skip
            continue
        got = {levels[k] for k in kinds}
        level = min(got, key=lambda lv: rank.index(lv) if lv in rank else len(rank))
        if len(got) > 1:
            res.issues.append(make_issue("LEVEL_HISTORY_TWO", rel, g.name, at, field=label,
                                         value=squeeze(cell), level=level,
                                         words="；".join(f"{k}={levels[k]}" for k in kinds)))  # fmt: skip
        rr.risk_level = level
        k = next(k for k in kinds if levels[k] == level)
        counts[k] = counts.get(k, 0) + 1
    if counts:
        said = "；".join(f"{k}={levels[k]}({counts[k]}个)" for k in levels if k in counts)
        res.issues.append(make_issue("LEVEL_BY_HISTORY_WORDS", rel, g.name, cell_ref(forms[0].header_row, c),
                                     field=label, value=said, note=note))  # fmt: skip


# a standard numbering the criteria a point may meet, printed over the list or on a 填表说明 sheet
# ('定级标准：1.掌握人、财、物支配权的；2.有较大自由裁量权的；…', '评定标准：①…②…', or '风险要素：'
# over rows '（1）…' '（2）…'): its heading word and colon, then its items numbered from 1
_CITED_HEAD = (
    r"(?:评估|评定|评价|定级|判定|研判|认定)(?:要素|因素|指标|条件|标准|依据)|风险(?:要素|因素)"
)
_STANDARD_OPEN = LazyRe(rf"({_CITED_HEAD})[^。；;:：\n]{{0,10}}[:：]")
# a column's heading naming such a standard ('对照定级标准（填序号）', '定级依据', '风险要素')
_CITED_HEADING = LazyRe(_CITED_HEAD)
_CRITERION_LABEL = LazyRe(
    r"(?:^|(?<=[\s：:；;。，,]))(?:(\d{1,2})[.．、](?!\d)|[(（](\d{1,2})[)）])|([①-⑳])"
)
# a cell citing criteria by their numbers: '1、3、5', '2，4', '1 3', '1-3、5' ('①③', '（2）（4）'
# as numbers first)
_CITED_NUMBERS = LazyRe(
    r"\d{1,2}(?:\s*[-—–~至到]\s*\d{1,2})?(?:(?:\s*[、,;/和及]\s*|\s+)\d{1,2}(?:\s*[-—–~至到]\s*\d{1,2})?)*"
)
_CITED_CIRCLED = LazyRe(r"[①-⑳]")
_CITED_BRACKETED = LazyRe(r"[(（]\s*(\d{1,2})\s*[)）]")
# a column's own running number, never a citation ('序号', '编号')
_CITED_NOT = LazyRe(r"^(?:序号|编号|顺序号|序|No\.?)$")


def _criterion_labels(text: str, n: int, style: int) -> tuple[int, int]:
    """The criteria numbered on in ``text`` after the ``n`` already read, in one style ('1.',
    '（1）', '①': the group that matched): (criteria now, the style)."""
    for m in _CRITERION_LABEL.finditer(text):
        kind = next(i for i in (1, 2, 3) if m.group(i))
        k = int(m.group(kind)) if kind < 3 else ord(m.group(3)) - 0x245F
        if k == n + 1 and (style == 0 or kind == style):
            n, style = k, kind
    return n, style


def _numbered_standard(lines: list[tuple[int, str]]) -> tuple[str, int, list[int]] | None:
    """The first numbered standard among ``lines`` ((row, text) in order): its heading word
    ('定级标准'), its number of criteria (two at least, numbered 1, 2, … in one style, in its line
    or the lines right under it, each opening with its number) and the rows it stands on."""
    for i, (r, text) in enumerate(lines):
        m = _STANDARD_OPEN.search(text)
        if not m:
            continue
        n, style = _criterion_labels(text[m.end() :], 0, 0)
        rows = [r]
        for r2, more in lines[i + 1 :]:
            head = _CRITERION_LABEL.match(more.strip())
            if not head or _criterion_labels(head.group(0), n, style)[0] != n + 1:
                break
            n, style = _criterion_labels(more.strip(), n, style)
            rows.append(r2)
        if n >= 2:
            return m.group(1), n, rows
    return None


def _cited_numbers(cell: str) -> list[int] | None:
    """The numbers a cell cites ('1、3、5' → [1, 3, 5], '①③' → [1, 3], '1-3' → [1, 2, 3]);
    None where it is no such list (words, '第3条')."""
    import unicodedata

    v = _CITED_CIRCLED.sub(lambda m: f" {ord(m.group(0)) - 0x245F} ", cell)
    v = _CITED_BRACKETED.sub(r" \1 ", v)
    v = unicodedata.normalize("NFKC", v).strip().rstrip("。.;；")
    if not v or not _CITED_NUMBERS.fullmatch(v):
        return None
    return number_list(v, widest=20)


def _count_levels_said(levels: dict[int, str]) -> str:
    """'3项及以上=Ⅰ级、2项=Ⅱ级、1项=Ⅲ级': a count note's grading as read, the most first."""
    runs: list[list[int]] = []  # (counts of one level in a row)
    for k in sorted(levels):
        if runs and runs[-1][-1] == k - 1 and levels[runs[-1][0]] == levels[k]:
            runs[-1].append(k)
        else:
            runs.append([k])
    out = []
    for run in reversed(runs):
        lo, hi = run[0], run[-1]
        said = f"{lo}项及以上" if hi >= 10 else f"{lo}项" if lo == hi else f"{lo}—{hi}项"
        out.append(f"{said}={levels[lo]}")
    return "、".join(out)


def _levels_by_cited_criteria(located: list, config: Config, rel: str, res: FileResult) -> None:
    """A list with no level column, under a standard numbering the criteria a point may meet
    ('定级标准：1.掌握人、财、物支配权的；2.有较大自由裁量权的；…；5.社会关注度高的', printed over the
    list, under it or on a 填表说明 sheet; '评定标准：①…②…'), one column of which cites by their
    numbers the criteria each point meets ('对照定级标准（填序号）', '符合评定标准', '风险要素':
    '1、3、5', '①③', '2，4') and a note grading by HOW MANY it meets ('符合三项及以上的为一级风险点，
    符合两项的为二级，符合一项的为三级'; the note the reader reads for criteria ticked one column
    each, ``count_levels``): each point takes the level of the count of distinct numbers its cell
    cites, said once (``LEVELS_BY_CITED_CRITERIA``); the standard's lines are no stray content,
    the column no guess. A cell left blank (``CITED_CRITERIA_BLANK``), citing a number the
    standard lacks or no number at all (``CITED_CRITERIA_OUTSIDE``), or a count the note gives
    no level (``CITED_CRITERIA_UNGRADED``) keeps its blank level, warned at the cell. The column
    is one whose heading names the standard (or the note names the column), two in three of its
    cells lists of small numbers within the standard, one at least citing two; it may be the
    column a guess took for the level ('对照定级条件 | 1,2': '2 4' read as 二级, a lone '1' as 一级),
    its numbers then no level. A list writing its levels, a note that does not grade by a count,
    or a column of references that is no count ('参照条款 | 第3条') reads as before. The cheap
    tests first: no level written on the sheet (or the level column headed by a standard's name),
    then a line of its notes saying '项' or '个'."""
    from xlproc.locate_base import count_levels

    for x in located:
        g, forms, _sheet = x
        if _notes_lack(g, "项", "个"):
            continue  # (the cheap test: a note's …项/…个 in the cells or the lent notes)
        said = next((rr for f in forms for rr in f.risks if rr.risk_level.strip()), None)
        taken = None if said is None else said.cols.get("risk_level")
        if said is not None and (taken is None or not _cited_heading(g, forms, taken)):
            continue  # (a list writing its levels: the level column wins)
        if not forms or not (lines := _legend(g, forms, "项", "个")):
            continue  # (the cheap test: no line of the sheet's notes counts '…项')
        levels = count_levels(lines, config.level)
        if len(set(levels.values())) < 2:
            continue  # (no note grading by a count of criteria met)
        points = [rr for f in forms for rr in f.risks if not rr.sheet]
        if len(points) >= 2:
            _cited_criteria_graded(x, points, lines, levels, taken, located, config, rel, res)


def _cited_heading(g, forms, c: int) -> bool:
    """Column ``c`` of the sheet's list is headed by the name of a standard ('对照定级条件'): the
    level column a guess took may be the numbers of the criteria met, no level."""
    h = forms[0].header_row
    row = g.rows[h] if h < len(g.rows) else []
    return c < len(row) and _CITED_HEADING.search("".join(row[c].split())) is not None


def _cited_criteria_graded(
    x: tuple,
    points: list,
    lines: str,
    levels: dict[int, str],
    taken: int | None,
    located: list,
    config,
    rel,
    res,
) -> None:
    """``_levels_by_cited_criteria`` on one sheet whose notes grade by a count (``levels``);
    ``taken``: the column read as the level, headed by a standard's name (else None)."""
    from xlproc.locate_base import _COUNT_LEVEL, _CRITERIA_HEAD, _NOTHING

    g, forms, sheet = x
    note = next((t for t in lines.split("\n") if _COUNT_LEVEL.search(t)), "")
    # the standard: over or under the list on its own sheet, else on a sheet of no list
    at = {rr.row for rr in points}
    own = [
        (r, t) for r, row in enumerate(g.rows)
        if r not in at and (t := "".join(row).strip())
    ]  # fmt: skip
    standard = _numbered_standard(own)
    where = g
    if standard is None:
        for o, o_forms, _o_sheet in located:
            if o is not g and not o_forms:
                found = _numbered_standard(
                    [(r, t) for r, row in enumerate(o.rows) if (t := "".join(row).strip())]
                )
                if found:
                    standard, where = found, o
                    break
    if standard is None:
        return  # (no numbered standard to cite: the note grades something else)
    word, n_criteria, std_rows = standard
    if min(levels) > n_criteria:
        return  # (the note counts more criteria than the standard has: not of this one)
    used = {
        c for rr in points for role, c in rr.cols.items()
        if role not in ("monitoring", "other", "description", "remarks")
    }  # fmt: skip
    if taken is not None:
        if any(rr.risk_level.strip() and rr.cols.get("risk_level") != taken for rr in points):
            return  # (levels written in another column too: that one is the level)
        used.discard(taken)  # (the level column a guess took: read as the numbers it cites)
    merged = g.merged_into or {}

    def value(r: int, c: int) -> str:  # (a value merged down over rows: its top cell's)
        return (g.get(r, c) or g.get(*merged.get((r, c), (r, c)))).strip()

    h = forms[0].header_row
    flat = "".join(note.split())
    width = max((len(g.rows[rr.row]) for rr in points if rr.row < len(g.rows)), default=0)
    best = None  # (named by its heading, cells citing two or more, column, label, cells)
    for c in range(width):
        if c in used:
            continue
        label = "".join((value(h, c) or (value(h - 1, c) if h > 0 else "")).split())
        bare = re.sub(r"[（(][^）)]*[）)]", "", label)
        if _CITED_NOT.match(bare):
            continue
        by_head = bool(_CRITERIA_HEAD.search(label)) or word in label
        if not by_head and not (len(bare) >= 2 and bare in flat):
            continue  # (neither its heading nor the note points it to the standard)
        cells = {id(rr): value(rr.row, c) for rr in points}
        filled = [v for v in cells.values() if v and v not in _NOTHING]
        cited = [ns for v in filled if (ns := _cited_numbers(v)) is not None]
        within = [ns for ns in cited if ns and all(1 <= k <= n_criteria for k in ns)]
        several = sum(len(set(ns)) >= 2 for ns in within)
        if len(within) < 2 or not several or len(within) * 3 < len(filled) * 2:
            continue  # (not two in three cells lists of the standard's numbers, one citing two)
        if best is None or (by_head, several) > best[:2]:
            best = (by_head, several, c, label, cells)
    if best is None or (taken is not None and best[2] != taken):
        return  # (no such column; or the level column taken is none: its levels stand)
    _by_head, _several, c, label, cells = best
    for rr in points:  # (the numbers read as a level are none: '3' is one criterion, not Ⅲ级)
        rr.risk_level = ""
    label = label or f"第{c + 1}列"
    graded = 0
    for rr in points:
        v = cells[id(rr)]
        here = cell_ref(rr.row, c)
        if not v or v in _NOTHING:
            res.issues.append(make_issue("CITED_CRITERIA_BLANK", rel, g.name, here,
                                         field=label, key=word))  # fmt: skip
            continue
        numbers = _cited_numbers(v)
        outside = [k for k in numbers or () if not 1 <= k <= n_criteria]
        if not numbers or outside:
            why = f"不在“{word}”所列 1—{n_criteria} 条之内" if outside else "不是序号"
            if outside and len(numbers or ()) > 1:
                why = f"中的 {'、'.join(map(str, dict.fromkeys(outside)))} {why}"
            res.issues.append(make_issue("CITED_CRITERIA_OUTSIDE", rel, g.name, here,
                                         field=label, value=v, key=word, why=why,
                                         count=str(n_criteria)))  # fmt: skip
            continue
        k = len(set(numbers))
        if not (level := levels.get(k, "")):
            res.issues.append(make_issue("CITED_CRITERIA_UNGRADED", rel, g.name, here,
                                         field=label, value=v, count=str(k), note=note))  # fmt: skip
            continue
        rr.risk_level = level
        graded += 1
    std_at = cell_ref(
        std_rows[0], next((j for j, x in enumerate(where.rows[std_rows[0]]) if x.strip()), 0)
    )
    place = f"本表 {std_at} 的" if where is g else f"工作表“{where.name}”中的"
    res.issues.append(
        make_issue("LEVELS_BY_CITED_CRITERIA", rel, g.name, cell_ref(h, c), field=label,
                   value=_count_levels_said(levels), key=word, where=place,
                   criteria=str(n_criteria), count=str(graded), note=note.strip())
    )  # fmt: skip
    # the standard is read: its lines no stray content; the column no guess
    if where is g:
        on = {str(r + 1) for r in std_rows}
        gone = [
            i for i in sheet.issues
            if i.code in ("ROW_UNPLACED", "CELL_OUTSIDE")
            and i.cell.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ") in on
        ]  # fmt: skip
        sheet.unplaced -= len(gone)
    else:
        gone = []
    letter = col_letter(c)
    gone += [
        i for i in sheet.issues
        if i.code == "COLUMN_GUESSED" and i.cell.rstrip("0123456789") == letter
    ]  # fmt: skip
    sheet.issues[:] = [i for i in sheet.issues if i not in gone]


# a note's clause giving the points of some risk types their level, the types first: '制度机制风险、
# 业务流程风险为一级风险', '岗位职责类风险定为二级', '属于思想道德风险的，均为三级风险'
_TYPES_LEVEL = LazyRe(
    r"([^。；;:：\n]{2,60}?)(?:的)?[，,]?\s*(?:均|一律|统一)?(?:定|确定|列|划定|认定)?为"
    r"\s*([^。；;，,:：\n]{1,8}?)(?:风险|$|[。；;，,\n])"
)
_TYPES_APART = LazyRe(r"[、，,/]+|和|及|与|以及")


def _levels_from_type_note(g, forms, todo, rel, res: FileResult, config) -> None:
    """Points with no level, their types read, under a note grading the risk TYPES ('注：风险等级按
    风险类型确定：制度机制风险、业务流程风险为一级风险；岗位职责风险为二级风险；思想道德风险…为三级'):
    each point takes the level of its type, said once per sheet (info ``LEVEL_BY_TYPE_NOTE``);
    the type column is one the column note (``_levels_from_column_note``) passes over. Only on a
    sheet no row of which writes a level (beside a level column the note is commentary), types
    named through the type vocabulary ('制度机制' as '制度机制风险'), each named at one level, two
    levels at least. A point of several types takes the highest of their levels (the message
    counts them); a point whose types the note does not name keeps its blank level."""
    todo = [rr for rr in todo if not rr.risk_level.strip() and rr.risk_type.strip()]
    if not todo or any(rr.risk_level.strip() for f in forms for rr in f.risks):
        return
    stems = [t.removesuffix("风险") for t in config.risk_types.canonical]
    if not (lines := _legend(g, forms, *stems)) or "为" not in lines:
        return  # (the cheap test: no line of the sheet's notes names a type and says '…为')
    given: dict[str, set[str]] = {}
    note = ""
    for line in lines.split("\n"):
        for m in _TYPES_LEVEL.finditer(line):
            level = config.level(m.group(2).strip())
            if not level:
                continue  # ('思想道德风险为主要风险': no level)
            named = []  # (the types the clause ends with: '按风险类型，制度机制风险' → 制度机制)
            for part in reversed(_TYPES_APART.split("".join(m.group(1).split()))):
                known, unknown = config.types(part.removeprefix("属于").removeprefix("凡"))
                if not known or unknown:
                    break
                named += known
            for t in named:
                given.setdefault(t, set()).add(level)
            note = note or (line.strip() if named else "")
    if len({lv for v in given.values() for lv in v}) < 2 or any(
        len(v) != 1 for v in given.values()
    ):
        return  # (one level only, or a type given two: not a grading by type)
    levels = {t: next(iter(v)) for t, v in given.items()}
    rank = config.levels.canonical
    found = mixed = 0
    for rr in todo:
        known, _unknown = config.types(rr.risk_type)
        got = {levels[t] for t in known if t in levels}
        if not got:
            continue  # (a type the note does not name: LEVEL_BLANK as before)
        rr.risk_level = min(got, key=lambda lv: rank.index(lv) if lv in rank else len(rank))
        found += 1
        mixed += len(got) > 1
    if not found:
        return
    said = "、".join(f"{t}={lv}" for t, lv in levels.items())
    if mixed:
        said += f"(其中{mixed}个风险点有几种类型、级别不同,取最高的级别)"
    res.issues.append(make_issue("LEVEL_BY_TYPE_NOTE", rel, g.name, value=said, note=note))


# a grading of posts, a level and the posts of that level: a row '一级风险岗位 | 局长、副局长、建筑市场
# 管理科科长' (the posts in one cell or several, the level merged down over rows of one post each),
# or a note's '一级风险岗位：局长、副局长；二级风险岗位：…' ('高风险岗位有…', 'Ⅱ级岗位包括…'); of
# departments ('一级风险科室 | …', '一级 | 局领导、稽查执法股', '稽查执法股 | 一级', '稽查执法股、局领导为一级')
_GRADED_LABEL = {
    u: LazyRe(rf"^(\S{{1,6}}?)(?:廉政|廉洁)?(?:风险)?{w}(?:[（(]\S{{0,6}}[）)])?[:：]?$")
    for u, w in _UNIT_WORD.items()
}
_GRADED_SAID = {
    u: LazyRe(
        rf"(?:^|[\s；;。，,:：])([^\s；;。，,:：为]{{1,6}}?)(?:廉政|廉洁)?(?:风险)?{w}"
        + ("" if u == "岗位" else "?")  # (a department's grade may be the level alone: '一级：…')
        + r"\s*(?:[:：]|为|有|包括|是)\s*([^；;。\n]+)"
    )
    for u, w in _UNIT_WORD.items()
}
_GRADED_POSTS_LABEL, _GRADED_POSTS_SAID = _GRADED_LABEL["岗位"], _GRADED_SAID["岗位"]
# the names first, then their grade: '稽查执法股、局领导为一级', '综合办公室属三级'
_NAMES_GRADED = LazyRe(
    r"(?:^|[；;。，,:：\n])([^；;。，,:：\n为属]{2,60}?)(?:均|统一)?(?:为|属于?|列为|定为|评定为|确定为|划为)"
    r"\s*([一二三四ⅠⅡⅢⅣ1-4]级|[高中低]|较高|较低|一般)(?:风险)?(?:等级)?(?:科室|股室|部门)?(?=[；;。，,\n]|$)"
)
# the words of a grading's own heading row ('风险等级 | 岗位', '等级 | 岗位名称') and title
_GRADING_HEAD_WORDS = frozenset(
    {"序号", "风险等级", "等级", "级别", "风险级别", "岗位等级", "岗位风险等级",
     "岗位", "岗位名称", "风险岗位", "所含岗位", "岗位（科室+岗位）", "备注",
     "岗位类别", "岗位类型", "类别", "包含岗位",
     *_DEPT_WORDS, *(w + "名称" for w in _DEPT_WORDS), *(w + "等级" for w in _DEPT_WORDS),
     *(w + "风险等级" for w in _DEPT_WORDS), *("所含" + w for w in _DEPT_WORDS),
     *("包含" + w for w in _DEPT_WORDS), "评定等级", "等级评定"}
)  # fmt: skip


def _graded_names(text: str) -> list[str]:
    """The posts or departments a grading's cell names ('局长、副局长（主持工作）')."""
    out = []
    for name in re.split(r"[、，,；;/／\n]+", text):
        name = re.sub(r"[（(][^）)]*[）)]", "", "".join(name.split())).strip("。.")
        if name:
            out.append(name)
    return out


# a cell of a number or a count ('3', '3个', '2项', '5条'): no name of a grading
_COUNT_CELL = LazyRe(r"^\d+(?:个|项|条|处|人|名)?$")


def _post_grading_rows(
    rows: list[list[str]], config: Config, skip: set[int], unit: str = "岗位", known=frozenset()
) -> tuple:
    """The grading of posts a sheet's rows (not ``skip``, the points' own) write: {level: posts
    as written}, and the rows that are its rows, its heading and its title (nothing when fewer
    than two levels are named). Of departments (``unit`` 科室) the level may also stand alone
    before them ('一级 | 局领导、稽查执法股') or after ('稽查执法股 | 一级', '…为一级'), a row
    then naming one of ``known`` (the list's departments) or following such a row."""
    grading: dict[str, list[str]] = {}
    taken: list[int] = []
    dept = unit != "岗位"

    def names_fit(texts) -> bool:  # (short names, one of them a department of the list)
        names = [n for t in texts for n in _graded_names(t)]
        return bool(names) and all(len(n) <= 14 for n in names) and bool(set(names) & known)

    last = None  # (the level of the row above, merged down over rows of one post each)
    for r, row in enumerate(rows):
        if r in skip:
            last = None
            continue
        cells = [(c, "".join(v.split())) for c, v in enumerate(row) if v.strip()]
        if (
            dept
        ):  # (a number cell: '1 | 稽查执法股 | 一级'; a count: '一级 | 党组领导、财务股 | 3个')
            cells = [(c, v) for c, v in cells if not _COUNT_CELL.match(v)]
        if not cells:
            last = None
            continue
        m = _GRADED_LABEL[unit].match(cells[0][1])
        level = config.level(m.group(1)) if m else None
        said = [v for _c, v in cells[1:] if v != cells[0][1]]
        if m and not level and len(cells) >= 3 and len(cells[-1][1]) <= 6:
            # '领导岗位 | 院长、副院长 | 一级' under '岗位类别 | 岗位 | 风险等级': a grading by the
            # posts' kind, the level in the row's own level cell
            level = config.level(cells[-1][1])
            said = said[:-1] if level else said
        if dept and not level and len(cells) >= 2 and len(cells[0][1]) <= 6:
            if (level := config.level(cells[0][1])) and not (
                names_fit(said) or (r - 1 in taken and names_fit([*said, *known]))
            ):
                level = None  # ('一级 | 可能造成重大损失的…': the level's meaning, no grading)
        if dept and not level and len(cells) >= 2 and len(cells[-1][1]) <= 6:
            level = config.level(cells[-1][1])
            said = [v for _c, v in cells[:-1]]
            if level and (config.level(cells[0][1]) or not (
                names_fit(said) or (r - 1 in taken and names_fit([*said, *known]))
            )):  # fmt: skip
                level = None
        if level and said:
            grading.setdefault(level, []).extend(said)
            taken.append(r)
            last = level
        elif last and cells[0][0] > 0 and len(cells) <= 2 and r - 1 in taken:
            grading[last].extend(v for _c, v in cells)  # (a post under the merged level)
            taken.append(r)
        else:
            last = None
            text = "\n".join(v for _c, v in cells)
            for m in _GRADED_SAID[unit].finditer(text):
                level = config.level(m.group(1))
                if level and (not dept or names_fit([m.group(2)])):
                    grading.setdefault(level, []).append(m.group(2))
                    if r not in taken:
                        taken.append(r)
            for m in _NAMES_GRADED.finditer(text) if dept else ():
                level = config.level(m.group(2))
                if level and names_fit([m.group(1)]):
                    grading.setdefault(level, []).append(m.group(1))
                    if r not in taken:
                        taken.append(r)
    if len(grading) < 2:
        return {}, []
    rows_of = set(taken)
    for r in sorted(rows_of):  # (the heading and title over the grading's rows)
        for above in (r - 1, r - 2):
            if above < 0 or above in rows_of or above in skip:
                break
            words = ["".join(v.split()) for v in rows[above] if v.strip()]
            if words and all(w in _GRADING_HEAD_WORDS for w in words):
                rows_of.add(above)
                continue
            if len(words) == 1 and _UNIT_RE[unit].search(words[0]) \
                    and re.search("等级|级别|定级|评定", words[0]) and len(words[0]) <= 24:  # fmt: skip
                rows_of.add(above)
            break
    return grading, sorted(rows_of)


# a small key of levels one row a post, beside or under a list with no level column: its
# heading '岗位 | 风险等级' (``_levels_by_post_key``); the words of the post's and the level's heading
_POST_KEY_HEADS = frozenset(("岗位", "岗位名称", "职务", "职位", "所在岗位"))
_POST_KEY_LEVELS = frozenset(
    ("风险等级", "风险级别", "等级", "级别", "风险点等级", "风险点风险等级")
)
_POST_KEY_TEXT = LazyRe(
    r"(?:岗\s*位(?:名\s*称)?|职\s*[务位]|所在岗位)\s*\0\s*(?:风\s*险\s*点?\s*)*[等级]\s*[级别]"
)


def _levels_by_post_key(located, rel: str, res: FileResult, config: Config) -> None:
    """A list with no level column and, beside it (one column or more to the right, its heading
    in the list's heading row) or under it, a small table ``岗位 | 风险等级`` one row a POST
    ('乡长 | 一级', in its own order): every point of a post takes the level of its post's row,
    said once per sheet (LEVEL_BY_POST_TABLE); the small table's heading and rows are no points
    and no part of the list (its 风险等级 column read beside the list's rows is no level of
    theirs). A post the small table lacks, or gives two levels or an unknown one, keeps no level
    (the usual LEVEL_BLANK). Half the small table's posts at least must be the list's, and two of
    its rows give a level; a list with a level column of its own is read as before."""
    for g, forms, sheet in located:
        if g.lacks("岗位", "职务", "职位") or g.lacks("级", "等别"):
            continue  # (the cheap test: a 岗位/职务/职位 cell and a 级 (等别) heading in the cells)
        if not any(not rr.sheet for f in forms for rr in f.risks) or not _POST_KEY_TEXT.search(
            _sheet_text(g)
        ):
            continue  # (the cheap test: no '岗位' cell with a level's heading right of it)
        mine = [(f, rr) for f in forms for rr in f.risks if not rr.sheet]
        rows = g.rows
        heads = {f.header_row for f in forms}
        point_rows = {rr.row for _f, rr in mine}
        titles = {"".join(f.title.split()) for f in forms} - {""}
        title_cols = {rr.cols.get("title") for _f, rr in mine} - {None}
        level_cols = {rr.cols.get("risk_level") for _f, rr in mine} - {None}
        for r, row in enumerate(rows):
            if not any("岗" in v or "职" in v for v in row):
                continue
            words = ["".join(v.split()) for v in row]
            spots = [
                c for c in range(len(words) - 1)
                if words[c] in _POST_KEY_HEADS and words[c + 1] in _POST_KEY_LEVELS
            ]  # fmt: skip
            for c in spots:
                beside = r in heads and c not in title_cols and c > max(title_cols, default=-1)
                under = r > max(point_rows)
                if beside and not level_cols <= {c + 1} or under and (level_cols or beside):
                    continue
                if not (beside or under):
                    continue
                key: dict[str, set[str]] = {}
                key_rows = [r]
                for k in range(r + 1, len(rows)):
                    cells = rows[k]
                    post = "".join(cells[c].split()) if c < len(cells) else ""
                    if not post or post in _POST_KEY_HEADS or post.startswith(("注", "说明")):
                        break
                    said = cells[c + 1].strip() if c + 1 < len(cells) else ""
                    if under and any(v.strip() for j, v in enumerate(cells) if j not in (c, c + 1)):
                        break  # (a row of more than the small table: not its)
                    key.setdefault(post, set()).add(config.level(said) or "" if said else "")
                    key_rows.append(k)
                levelled = [p for p, lv in key.items() if len(lv) == 1 and next(iter(lv))]
                if len(levelled) < 2 or len(set(key) & titles) * 2 < len(key):
                    continue
                if under and r - 1 not in point_rows and r >= 1:  # (its caption: '各岗位风险等级')
                    said = [v.strip() for v in rows[r - 1] if v.strip()]
                    if len(said) == 1 and "等级" in said[0] and len(said[0]) <= 20:
                        key_rows.append(r - 1)
                _apply_post_key(g, forms, sheet, mine, key, key_rows, r, c, beside, rel, res)
                break
            else:
                continue
            break


def _apply_post_key(g, forms, sheet, mine, key, key_rows, r, c, beside, rel, res) -> None:
    """Give each point its post's level from the small key table (``_levels_by_post_key``)."""
    found, named = 0, []
    for f, rr in mine:
        levels = key.get("".join(f.title.split()), set())
        level = next(iter(levels)) if len(levels) == 1 else ""
        if beside:
            rr.cols.pop("risk_level", None)  # (the key's column is no level of this row)
            if rr.rows:
                rr.rows.pop("risk_level", None)
            rr.risk_level = level
        elif not rr.risk_level.strip():
            rr.risk_level = level
        else:
            continue
        if level:
            found += 1
            named.append(f"{''.join(f.title.split())}={level}")
    if not found:
        return
    letter = cell_ref(0, c + 1).rstrip("0123456789")
    on_rows = set(key_rows)
    on_it = []
    for x in sheet.issues:
        at = x.cell.rstrip("0123456789")
        row = int(x.cell[len(at) :] or 0) - 1 if x.cell else -1
        if x.code == "COLUMN_GUESSED" and x.cell == cell_ref(r, c):
            on_it.append(x)
        elif beside and at == letter and x.code in ("LEVEL_BLANK", "LEVEL_UNKNOWN"):
            on_it.append(x)
        elif not beside and row in on_rows:
            on_it.append(x)
    if on_it:
        blank_n = sum(1 for x in on_it if x.code == "POINT_BLANK")
        sheet.unplaced -= sum(1 for x in on_it if x.code == "ROW_UNPLACED") + sum(
            set_aside_rows(x) for x in on_it
        )  # (a table set aside there: its rows)
        sheet.rows_seen -= blank_n
        sheet.rows_reported -= blank_n
        sheet.issues = [x for x in sheet.issues if x not in on_it]
    value = "、".join(dict.fromkeys(named))
    field = f"清单{'右侧' if beside else '下方'}第{r + 1}行起的“岗位 | 风险等级”表"
    res.issues.append(
        make_issue("LEVEL_BY_POST_TABLE", rel, g.name, cell_ref(r, c), value=value, field=field,
                   count=str(found))
    )  # fmt: skip


def _levels_from_dept_grading(located, rel: str, res: FileResult, config: Config) -> None:
    """Each sheet's points under a grading of its departments as a whole (a note saying each
    point takes its 科室's grade): see ``_levels_from_post_grading``."""
    # (whether another sheet's text names a 科室 at all, asked once a sheet in this step: no
    # sheet's cells change while it runs, only the points' levels)
    names_unit: dict[int, bool] = {}
    for g, forms, _sh in located:
        if not forms or _notes_lack(g, *_DEPT_WORDS):
            continue  # (the cheap test: a 科室/股室/部门… word in its notes, as the step's first)
        todo = [rr for f in forms for rr in f.risks if not rr.sheet and not rr.risk_level.strip()]
        if any(f.department.strip() for f in forms):
            _levels_from_post_grading(
                located, g, forms, todo, rel, res, config, unit="科室", names_unit=names_unit
            )


def _text_names_unit(g, unit: str) -> bool:
    """A sheet of 200 rows at most whose text names ``unit`` (a grading's sheet may)."""
    return len(g.rows) <= 200 and bool(_UNIT_RE[unit].search("".join(chain.from_iterable(g.rows))))


def _levels_from_post_grading(
    located,
    g,
    forms,
    todo,
    rel,
    res: FileResult,
    config,
    unit: str = "岗位",
    names_unit: dict[int, bool] | None = None,
) -> None:
    """Points with no level under a note saying each takes its post's grade ('各风险点的风险等级
    按所在岗位的风险等级确定') and a grading of posts under the list (over it, or on another sheet):
    '一级风险岗位 | 局长、副局长、建筑市场管理科科长', '二级风险岗位 | …', a post of a 科室 written
    科室+岗位. Each point takes the grade of the grading row naming its post (科室+岗位, else the
    岗位 alone when it is named under one grade only); the grading's rows are no stray rows; said
    once per sheet. A post no row names keeps its blank level; a post named under two grades,
    or a grading of fewer than two levels, gives nothing.

    ``unit`` 科室: the same of a grading of departments ('按所在股室的风险等级确定', '一级 | 局领导、
    稽查执法股'), each point its 科室's grade; half the grading's names at least are the list's
    departments. A department of the list not graded is said (its points stay blank), a graded one
    the list lacks too, and a level written in the list stands, said where it differs."""
    dept = unit != "岗位"
    units = _DEPT_WORDS if dept else ("岗位",)
    if not (lines := _legend(g, forms, *units)):
        return  # (the cheap test: no line of the sheet's notes says 岗位)
    grids = [(i, gg) for i, (gg, _f, _sh) in enumerate(located)]
    here = next(i for i, gg in grids if gg is g)
    said = _post_level_note(lines.split("\n"), unit)  # (the word that the points take it, else
    found = note = None  # a grading of posts is the posts' own grades: nothing to look up)
    known = frozenset("".join(f.department.split()) for f in forms) - {""} if dept else frozenset()
    for i, gg in sorted(grids, key=lambda x: x[0] != here):
        if i == here:
            if not said:
                continue
            skip = {rr.row for f in forms for rr in f.risks if not rr.sheet}
            skip |= {f.header_row for f in forms}
        else:
            if gg.lacks(*units) or not said and gg.lacks("级"):
                continue  # (the cheap test: its 岗位/科室 word, and a note's 等级/级别 when needed)
            if located[i][1] and any(rr.risk_point for f in located[i][1] for rr in f.risks):
                continue  # (another sheet's list of points is no grading)
            if names_unit is not None and i in names_unit:
                named = names_unit[i]
                if SHADOW:
                    shadow_check("names_unit", named, lambda o=gg: _text_names_unit(o, unit))
            else:
                named = _text_names_unit(gg, unit)
                if names_unit is not None:
                    names_unit[i] = named
            if not named:
                continue
            skip = set()
        note = said or _post_level_note(map("".join, gg.rows), unit)
        if not note:
            continue
        grading, rows_of = _post_grading_rows(gg.rows, config, skip, unit, known)
        if grading:
            found = (i, grading, rows_of)
            break
    if not found:
        return
    i, grading, rows_of = found
    whole: dict[str, set[str]] = {}  # (科室+岗位 as written, or the 岗位 alone: its levels)
    for level, texts in grading.items():
        for text in texts:
            for post in _graded_names(text):
                whole.setdefault(post, set()).add(level)
    if dept:  # (the holders' names beside their 科室: '党组领导 | 亓某 | 一级', a contact's)
        people = {"".join(f.person.split()) for f in forms} - {""}
        whole = {n: lv for n, lv in whole.items() if n not in people}
    if dept and len(set(whole) & known) * 2 < len(whole):
        return  # (a grading of departments mostly not the list's: not this list's)
    blank = {id(rr) for rr in todo}
    found_n, named, differ, matched = 0, [], [], 0
    for f in forms:
        dep, title = "".join(f.department.split()), "".join(f.title.split())
        if dept:
            levels = whole.get(dep) if dep else None
        elif not title:
            continue
        else:
            levels = whole.get(dep + title) if dep else None
            levels = levels or whole.get(title)
        if not levels or len(levels) != 1:
            continue
        level = next(iter(levels))
        mine = [rr for rr in f.risks if id(rr) in blank]
        matched += 1
        for rr in mine:
            rr.risk_level = level
        if mine:
            found_n += len(mine)
            named.append(
                f"{dep}={level}" if dept else f"{'　'.join(filter(None, (dep, title)))}={level}"
            )
        for rr in f.risks if dept else ():
            if id(rr) in blank or rr.sheet or "risk_level" not in rr.cols:
                continue
            if (own := config.level(rr.risk_level)) and own != level:
                at = ((rr.rows or {}).get("risk_level", rr.row), rr.cols["risk_level"])
                differ.append((cell_ref(*at), rr.risk_level.strip(), level))
    if not found_n and not (dept and matched):
        return  # (of departments: the grading's rows are none of the list's, levels written or not)
    # the issues the reader raised on the grading's rows (a stray row, a row of the list with no
    # point: '一级风险岗位 | 院长 | 副院长' under the list): the grading's, none; nor rows seen
    sheet = located[i][2]
    on_rows = set(rows_of)
    on_it = [
        x for x in sheet.issues
        if x.cell and int(x.cell.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ") or 0) - 1 in on_rows
    ]  # fmt: skip
    if on_it:
        blank_n = sum(1 for x in on_it if x.code == "POINT_BLANK")
        sheet.unplaced -= sum(1 for x in on_it if x.code == "ROW_UNPLACED") + sum(
            set_aside_rows(x) for x in on_it
        )  # (a table set aside there: its rows)
        sheet.rows_seen -= blank_n
        sheet.rows_reported -= blank_n
        sheet.issues = [x for x in sheet.issues if x not in on_it]
    where = located[i][0].name
    at = f"“{where}”表中" if i != here else ""
    field = f"{at}第{rows_of[0] + 1}行起的{'科室' if dept else '岗位'}风险等级评定"
    cell = cell_ref(rows_of[0], 0) if i == here else ""
    if found_n:
        code = "LEVEL_BY_DEPT_GRADING" if dept else "LEVEL_BY_POST_GRADING"
        value = "、".join(dict.fromkeys(named))
        res.issues.append(make_issue(code, rel, g.name, cell, value=value, field=field, note=note))
    if not dept:
        return
    for ref, own, level in differ:
        res.issues.append(
            make_issue(
                "LEVEL_DEPT_GRADE_DIFFERS", rel, g.name, ref, value=own, field=field, note=level
            )
        )
    left = [
        "".join(f.department.split()) or "（未写科室）" for f in forms
        if any(not rr.risk_level.strip() for rr in f.risks if id(rr) in blank)
    ]  # fmt: skip
    if left:
        value = "、".join(dict.fromkeys(left))
        res.issues.append(make_issue("LEVEL_DEPT_UNGRADED", rel, g.name, value=value, field=field))
    if absent := [n for n in whole if n not in known]:
        value = "、".join(absent)
        res.issues.append(
            make_issue("LEVEL_GRADED_DEPT_ABSENT", rel, g.name, value=value, field=field)
        )


def _levels_by_icons(located, path: Path, rel: str, res: FileResult, config: Config) -> None:
    """Levels written as numbers that a conditional format's icons show (a 风险值 3/2/1 drawn
    as a red, yellow or green light) under a note saying what each light means ('红灯为高风险，
    黄灯为中风险，绿灯为低风险'): each takes its light's level, said once per sheet (.xlsx)."""
    from xlproc.fills import icon_colours, light_levels

    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        return
    numbered = _points_where(
        [x for x in located if not _notes_lack(x[0], "灯", "图标")],  # (the cheap test: 灯/图标)
        lambda rr: "risk_level" in rr.cols and rr.risk_level.strip().isdigit(),
        lambda v: v.strip().isdigit(),
    )
    for g, forms, todo in numbered:
        legend = _legend(g, forms, "灯", "图标")
        levels = light_levels(legend, config.level) if legend else {}
        if not levels:
            continue
        at = {
            id(rr): ((rr.rows or {}).get("risk_level", rr.row), rr.cols["risk_level"])
            for rr in todo
        }
        lights = icon_colours(path, g.name, {at[id(rr)]: float(rr.risk_level) for rr in todo})
        said = {}
        for rr in todo:
            colour = lights.get(at[id(rr)])
            if colour in levels:
                said.setdefault(rr.risk_level.strip(), f"{colour}灯={levels[colour]}")
                rr.risk_level = levels[colour]
        if said:
            value = "、".join(f"{k}({v})" for k, v in sorted(said.items()))
            res.issues.append(make_issue("LEVEL_ICONS", rel, g.name, value=value))


def _levels_by_checkboxes(located, path: Path, rel: str, res: FileResult, config: Config) -> None:
    """Points with no level whose level cell has check boxes (form controls) drawn over it, one
    ticked, captioned 高 / 中 / 低: the ticked box's level, said once per sheet (.xlsx)."""
    from xlproc.fills import checked_boxes

    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        return
    unlevelled = _points_where(
        located,
        lambda rr: "risk_level" in rr.cols and not rr.risk_level.strip(),
        lambda v: not v.strip(),
    )
    for g, _forms, todo in unlevelled:
        boxes = checked_boxes(path, g.name)
        found = 0
        for rr in todo:
            at = ((rr.rows or {}).get("risk_level", rr.row), rr.cols["risk_level"])
            ticked = [cap for cap, on in boxes.get(at, []) if on and config.level(cap)]
            if len(ticked) == 1:
                rr.risk_level = ticked[0]
                found += 1
        if found:
            res.issues.append(make_issue("LEVEL_CHECKBOXES", rel, g.name, value=str(found)))


def _levels_by_shapes(located, path: Path, rel: str, res: FileResult, config: Config) -> None:
    """Points with no level whose empty, unshaded level cell has a filled shape drawn inside it
    (a red, yellow or green oval with no text: 插入 → 形状), on a sheet whose note says which
    colour is which level ('风险等级栏以圆点颜色标示：红色为高风险…', '红色圆点为高风险'): each
    takes its shape's colour's level, said once per sheet. A shape over two cells marks neither;
    one whose colour the note does not name, a cell with shapes of two colours or a fill of its
    own stays blank and is said (.xlsx; the drawings are read only under such a note)."""
    from xlproc.fills import cell_colours, colour_levels, drawn_marks, light_levels, nearest

    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        return
    unlevelled = _points_where(
        [x for x in located if not _notes_lack(x[0], "色")],  # (the cheap test: a note's 色)
        lambda rr: "risk_level" in rr.cols and not rr.risk_level.strip(),
        lambda v: not v.strip(),
    )
    for g, forms, todo in unlevelled:
        legend = _legend(g, forms, "色")
        if not legend:
            continue
        levels = colour_levels(legend, config.level) or light_levels(legend, config.level)
        if not levels:
            continue
        merged = g.merged_into
        marks: dict[tuple[int, int], set[str]] = {}
        for first, last, colour in drawn_marks(path, g.name):
            cell = merged.get(first, first)
            if merged.get(last, last) == cell:  # (within one cell, or one merged range)
                marks.setdefault(cell, set()).add(colour)
        at = {}
        for rr in todo:
            cell = ((rr.rows or {}).get("risk_level", rr.row), rr.cols["risk_level"])
            at[id(rr)] = merged.get(cell, cell)
        cells = {c for c in at.values() if marks.get(c, {""}) - {""} and not g.get(*c).strip()}
        if not cells:
            continue  # (no coloured shape over an empty level cell: the cells stand)
        shaded = cell_colours(path, g.name, cells)
        found, unclear = 0, []
        for rr in todo:
            cell = at[id(rr)]
            if cell not in cells:
                continue
            named = {nearest(c, levels) for c in marks[cell] - {""}}
            if len(named) == 1 and "" not in named and cell not in shaded:
                rr.risk_level = levels[named.pop()]
                found += 1
            elif cell not in unclear:
                unclear.append(cell)
        if found:
            said = "、".join(f"{c}色={lv}" for c, lv in sorted(levels.items(), key=lambda x: x[1]))
            res.issues.append(make_issue("LEVEL_SHAPES", rel, g.name, value=str(found), what=said))
        if unclear:
            from xlproc.text import cell_ref

            value = "、".join(cell_ref(*c) for c in sorted(unclear))
            res.issues.append(make_issue("LEVEL_SHAPES_UNCLEAR", rel, g.name, value=value))


# a table pasted as text into one cell: the separators its lines' fields may be parted by, as said
_CELL_TABLE_SEPARATORS = {"\t": "制表符", "|": "竖线“|”", "  ": "连续的空格"}
_CELL_TABLE_SPACES = re.compile(r"[ \u3000]{2,}")
_CELL_TABLE_GAPS = re.compile(r"[ \u3000]*\t[ \u3000\t]*|[ \u3000]{2,}")  # (a tab among them too)
_CELL_TABLE_PIPES = re.compile(r"[|｜]")
_CELL_TABLE_RULE = re.compile(r"^[\s|｜:：\-—=+]*$")  # ('|---|---|', a text table's rule line)


def _cell_table_fields(line: str, sep: str) -> list[str]:
    """One pasted line's fields by ``sep`` (a tab parts at each tab, an empty field kept)."""
    if sep == "\t":
        return [x.strip(" \u3000\r") for x in line.strip(" \u3000\r").split("\t")]
    if sep == "|":
        return [x.strip(" \u3000\t") for x in _CELL_TABLE_PIPES.split(line.strip(" \u3000\t|｜"))]
    return _CELL_TABLE_GAPS.split(line.strip(" \u3000\t\r"))


def _cell_table_sep(line: str) -> str | None:
    if "\t" in line:
        return "\t"
    if "|" in line or "｜" in line:
        return "|"
    return "  " if _CELL_TABLE_SPACES.search(line) else None


def _cell_table_parted(line: str, sep: str) -> bool:
    """Whether a pasted line holds ``sep`` (a line parted by spaces may hold a tab too)."""
    if sep == "|":
        return "|" in line or "｜" in line
    return "\t" in line or (sep == "  " and _CELL_TABLE_SPACES.search(line) is not None)


def _cell_table_heading(fields: list[str]) -> bool:
    """Fields that are a table's heading the reader knows: three at least, each a short
    heading (no clause), three naming a column of a risk list, one the point's, and few that
    name nothing ('序号⇥科室⇥岗位⇥责任人⇥廉政风险点⇥…')."""
    from xlproc.columns import POINTISH, heading_role
    from xlproc.text import label_key

    if len(fields) < 3 or any(not x or len(x) > 12 or _HEADING_PROSE.search(x) for x in fields):
        return False
    roles = [
        h.role if (h := heading_role(label_key(x))) and h.strength >= 2 else None for x in fields
    ]
    known = [x for x in roles if x not in (None, "other")]
    return (
        len(known) >= 3
        and any(x in POINTISH for x in known)
        and 3 * roles.count(None) <= len(roles)
    )


def _cell_table_rows(text: str) -> tuple[list[list[str]], str] | None:
    """The rows of a cell whose text is a whole table pasted as text (lines by line breaks, the
    fields of each by tabs, by '|' or by runs of two spaces or more): its first line a heading
    (``_cell_table_heading``), two lines at least after it each parted into as many fields,
    then at most some lines with no separator (a '填表人：…' line), each kept as one field; and
    the separator. A field quoted as a copied cell of several lines ('"1.…⏎2.…"') is read as a
    .csv field. None where the text is no such table."""
    lines = [x for x in text.replace("\r\n", "\n").split("\n") if x.strip(" \u3000\t\r")]
    if len(lines) < 3:
        return None
    sep = _cell_table_sep(lines[0])
    if sep is None:
        return None
    head = _cell_table_fields(lines[0], sep)
    while len(head) > 3 and not head[-1]:
        head.pop()  # (a copy one column wider than the table: its empty fields on every line)
    if not _cell_table_heading(head):
        return None
    width = len(head)

    def rows_of(records: list[list[str]]) -> list[list[str]] | None:
        out, tail = [head], False
        for fields in records:
            if len(fields) == 1:
                tail = True  # (a line with no separator: after the records only)
                out.append(fields)
                continue
            while len(fields) > width and not fields[-1]:
                fields = fields[:-1]
            if tail or len(fields) != width:
                return None
            out.append(fields)
        return out if sum(len(x) > 1 for x in out[1:]) >= 2 else None

    body = [x for x in lines[1:] if not (sep == "|" and _CELL_TABLE_RULE.match(x))]
    found = rows_of([_cell_table_fields(x, sep) if _cell_table_parted(x, sep)
                     else [x.strip(" \u3000\t\r")] for x in body])  # fmt: skip
    if found is None and sep != "  " and '"' in text:
        import csv
        import io

        try:
            recs = list(csv.reader(io.StringIO(text.strip(), newline=""), delimiter=sep))
        except csv.Error:
            return None
        recs = [[x.strip(" \u3000\r") for x in r] for r in recs if any(x.strip() for x in r)]
        if not recs or recs[0][: len(head)] != head:
            return None
        found = rows_of([r if len(r) > 1 else [r[0]] for r in recs[1:]])
    return (found, sep) if found is not None else None


def _tables_in_cells_unfolded(grids: list, rel: str, res: FileResult) -> dict[str, list]:
    """A cell (merged or not) holding a whole table pasted as text (pasted while the cell was
    being edited: '序号⇥科室⇥岗位⇥责任人⇥廉政风险点⇥…' then a line a record, ``_cell_table_rows``)
    standing alone on its rows: unfolded in place, as Excel's 分列 would, its lines rows and
    their fields cells from its column on (the rows under it moved down, its merge taken off),
    before any table is looked for; said once a cell (TABLE_IN_ONE_CELL_READ). What the sheet
    then reads is reported at the cell that held the text (``_cells_of_unfolded``): returns,
    a sheet, its unfolded cells as (row, column, rows the block takes, rows added), top first.
    Not so: a cell sharing its rows with other text, one another merge crosses, one whose lines
    part unevenly (said, where the file yields no form, by TABLE_IN_ONE_CELL)."""
    from xlproc.text import cell_ref

    out: dict[str, list] = {}
    for g in grids:
        rows = g.rows
        if g.refused or not rows:
            continue
        joined = ["\x1f".join(row) for row in rows]
        text = "\x1e".join(joined)
        if "\n" not in text or not (
            "\t" in text or "|" in text or "｜" in text or "  " in text or "\u3000\u3000" in text
        ):
            continue  # (the cheap test: a line break and a separator somewhere on the sheet)
        found = []
        for r, row in enumerate(rows):
            if "\n" not in joined[r]:
                continue
            for c, v in enumerate(row):
                if "\n" not in v or _cell_table_sep(v.split("\n", 1)[0]) is None:
                    continue
                got = _cell_table_rows(v)
                if got is not None:
                    found.append((r, c, *got))
        blocks = []
        for r, c, table, sep in reversed(found):  # (from the bottom: the rows above stay put)
            own = next((m for m in g.merges or () if m[:2] == (r, c)), (r, c, r, c))
            r1 = min(own[2], len(rows) - 1)
            if any(v for x in range(r, r1 + 1) for k, v in enumerate(rows[x]) if (x, k) != (r, c)):
                continue  # (other text on its rows: no table pasted alone)
            if any(m != own and m[0] <= r1 and m[2] >= r for m in g.merges or ()):
                continue  # (another merge on its rows)
            span = max(len(table), r1 - r + 1)
            added = span - (r1 - r + 1)
            wide = max(max(map(len, rows)), c + len(table[0]))
            new = [[""] * c + t + [""] * (wide - c - len(t)) for t in table]
            new += [[""] * wide for _ in range(span - len(table))]
            rows[r : r1 + 1] = new
            for row in rows:
                if len(row) < wide:
                    row.extend([""] * (wide - len(row)))
            if g.merges is not None:
                g.merges = [
                    (m[0] + added, m[1], m[2] + added, m[3]) if m[0] > r1 else m
                    for m in g.merges
                    if m != own
                ]
            g.__dict__.pop("merged_into", None)
            g.__dict__.pop("chars", None)
            blocks.append((r, c, span, added))
            res.issues.append(
                make_issue("TABLE_IN_ONE_CELL_READ", rel, g.name, cell_ref(r, c),
                           field=_CELL_TABLE_SEPARATORS[sep], value=str(len(table)),
                           count=str(len(table[0])), what="、".join(table[0]))
            )  # fmt: skip
        if blocks:
            out[g.name] = blocks[::-1]
    return out


_CELL_REF = re.compile(r"(?<![A-Za-z0-9])([A-Z]{1,3})([1-9][0-9]{0,6})(?![0-9A-Za-z])")
_NAMED_CELLS = re.compile(
    r"(单元格\s*)([A-Z]{1,3}[1-9][0-9]{0,6}(?:[:：、，,][A-Z]{1,3}[1-9][0-9]{0,6})*)"
)


def _cells_of_unfolded(unfolded: dict[str, list], early: list, res: FileResult) -> None:
    """The rows and issues read off sheets where a table in one cell was unfolded
    (``_tables_in_cells_unfolded``) reported at the sheet's own cells: a risk's row, an issue's
    cell within the unfolded block as the cell that held the text (the line in it said in the
    message, '格内第 3 行'), below it as the cell it was before the rows were added. The issues
    said before the unfolding (``early``) named the sheet's cells already."""
    from xlproc.text import cell_ref

    def place(sheet: str, row: int) -> tuple[int, tuple[int, int, int] | None]:
        shift = 0
        for r, c, span, added in unfolded[sheet]:
            if row < r + shift:
                break
            if row < r + shift + span:
                return r, (r, c, row - r - shift + 1)
            shift += added
        return row - shift, None

    def ref(sheet: str, m: re.Match) -> str:
        letters, row = m.group(1), int(m.group(2)) - 1
        at, block = place(sheet, row)
        return cell_ref(block[0], block[1]) if block else f"{letters}{at + 1}"

    at_row, at_sheet = ROW_KEYS.index("source_row"), ROW_KEYS.index("source_sheet")
    for form in res.risks:
        for k, t in enumerate(form):
            if t[at_sheet] in unfolded:
                row = place(t[at_sheet], int(t[at_row]) - 1)[0]
                form[k] = (*t[:at_row], row + 1, *t[at_row + 1 :])
    said = {id(i) for i in early}
    for k, i in enumerate(res.issues):
        if id(i) in said or i.source_sheet not in unfolded or not i.cell:
            continue
        sheet = i.source_sheet
        cell = _CELL_REF.sub(lambda m, s=sheet: ref(s, m), i.cell)
        if ":" in cell and len(set(cell.split(":"))) == 1:
            cell = cell.split(":")[0]  # ('E3:E5' within the block: the one cell)
        first = _CELL_REF.match(i.cell)
        block = place(sheet, int(first.group(2)) - 1)[1] if first else None
        body = i.message
        prefix = f"[{sheet}!{i.cell}] "
        if body.startswith(prefix):
            body = body[len(prefix) :]
        # (the issue's own cells where the message names them again, and cells it names as
        # '单元格 E5': no other text of a cell is taken for a reference)
        tokens = set(_CELL_REF.findall(i.cell))
        spans = [m.span(2) for m in _NAMED_CELLS.finditer(body)]
        body = _CELL_REF.sub(
            lambda m, s=sheet, spans=spans, tokens=tokens: (
                ref(s, m)
                if m.groups() in tokens or any(a <= m.start() < b for a, b in spans)
                else m.group(0)
            ),
            body,
        )  # (one pass: a cell moved is not moved again)
        if block is not None:
            body = f"(格内第 {block[2]} 行){body}"
        res.issues[k] = replace(i, cell=cell, message=f"[{sheet}!{cell}] {body}")


_CELL_SEPARATORS = {",": "英文逗号", "\t": "制表符", "|": "竖线"}
_HEADING_PROSE = re.compile(r"[。；;，：:]|^[一二三四五六七八九十]+、")  # (no heading is a clause)


def _rows_delimited_in_one_cell(grids: list, rel: str, res: FileResult) -> None:
    """A table saved as text (.csv) and pasted into a sheet without 分列: a sheet whose text
    stands in one column, one cell of it a heading line that parts on ASCII ',' (or a tab, or
    '|') into headings ('序号,科室,岗位,姓名,廉政风险点,风险等级,防控措施'): each line from it
    down holding that separator is parted as a .csv line is (``text_rows``: '"查验,放行"' one
    field; a full-width '，' is text, no separator), a part a cell (said once per sheet). A line
    of another number of fields is kept as far as it goes and said by its cell; lines without
    the separator (the title, '填表人：…') stay one cell."""
    from xlproc.columns import POINTISH, heading_role
    from xlproc.text import cell_ref, label_key

    for g in grids:
        rows = g.rows
        if not rows or any(len(r) - r.count("") > 1 for r in rows[:60]):
            continue  # (the cheap test: a sheet whose lines each fill more than one cell)
        head = None
        for i, r in enumerate(rows[:20]):
            c, text = next(((c, v) for c, v in enumerate(r) if v), (0, ""))
            if "\n" in text:
                continue  # (a cell of many lines: see ``_tables_in_one_cell``)
            for sep in _CELL_SEPARATORS:
                if text.count(sep) < 3:
                    continue
                parts = _delimited_fields(text, sep)
                if any(len(x) > 12 or _HEADING_PROSE.search(x) for x in parts):
                    continue  # (a sentence, '对照岗位职责,逐项查找廉政风险点,…。': no headings)
                known = [h for x in parts if (h := heading_role(label_key(x))) and h.strength >= 2]
                if len(parts) >= 4 and len(known) >= 3 and any(h.role in POINTISH for h in known):
                    head = (i, c, sep, len(parts))
                    break
            if head is not None:
                break
        if head is None:
            continue
        at, col, sep, width = head
        if any(v and k != col for r in rows[at:] for k, v in enumerate(r)):
            continue  # (text in another column under the heading: a sheet of columns after all)
        split, uneven = 0, []
        for i in range(at, len(rows)):
            text = rows[i][col] if col < len(rows[i]) else ""
            if sep not in text or "\n" in text:
                continue
            parts = _delimited_fields(text, sep)
            if len(parts) != width:
                uneven.append((cell_ref(i, col), len(parts)))
            rows[i] = [""] * col + parts + [""] * (width - len(parts))
            split += 1
        said = _CELL_SEPARATORS[sep]
        res.issues.append(
            make_issue("ROWS_DELIMITED_IN_ONE_CELL", rel, g.name, field=said, value=str(split))
        )
        for ref, n in uneven:
            res.issues.append(make_issue("ROW_FIELDS_UNEVEN", rel, g.name, ref, field=said,
                                         value=str(n), what=str(width)))  # fmt: skip


def _delimited_fields(text: str, sep: str) -> list[str]:
    """One line's fields as a .csv reader parts them (a quoted field keeps its separators)."""
    import csv
    import io

    try:
        rec = next(csv.reader(io.StringIO(text.strip(), newline=""), delimiter=sep), [])
    except csv.Error:
        rec = text.strip().split(sep)
    return [x.strip() for x in rec]


_TYPED_GAP = re.compile(r"\u3000{2,}|[ \t]{2,}|\t")


def _rows_typed_in_one_cell(grids: list, rel: str, res: FileResult) -> None:
    """A table pasted as text and never split into columns: a sheet of one column whose heading
    line parts, by runs of typed spaces, into headings ('序号　　岗位　　姓名　　廉政风险点…'):
    each line is parted the same way, a part a cell (said once per sheet)."""
    from xlproc.columns import POINTISH, heading_role
    from xlproc.text import label_key

    for g in grids:
        rows = g.rows
        if not rows or any(len(r) - r.count("") > 1 for r in rows[:60]):
            continue  # (the cheap test: a sheet whose lines each fill more than one cell)
        head = None
        for i, r in enumerate(rows[:20]):
            text = next((v for v in r if v), "")
            if "\n" in text:
                continue  # (a cell of many lines is no line typed: see ``_tables_in_one_cell``)
            parts = [x.strip() for x in _TYPED_GAP.split(text.strip())]
            known = [h for x in parts if (h := heading_role(label_key(x))) and h.strength >= 2]
            if len(parts) >= 4 and len(known) >= 3 and any(h.role in POINTISH for h in known):
                head = (i, len(parts))
                break
        if head is None:
            continue
        at, width = head
        split = 0
        for i in range(at, len(rows)):
            text = next((v for v in rows[i] if v), "")
            if "\n" in text:
                continue
            parts = [x.strip() for x in _TYPED_GAP.split(text.strip())]
            if len(parts) >= 2:
                rows[i] = parts + [""] * (width - len(parts))
                split += 1
        res.issues.append(make_issue("ROWS_TYPED_IN_ONE_CELL", rel, g.name, value=str(split)))


# a text a row filled across may repeat: two Han characters at least (no mark, number or '/')
_FILLED_HAN = re.compile(r"[\u4e00-\u9fff].*[\u4e00-\u9fff]", re.S)
_FILLED_DITTO = frozenset({"同上", "见上", "同前", "同左", "同右", "略", "不详"})
_FILLED_GROUP_NUMBER = re.compile(r"^[（(]?[一二三四五六七八九十\d]{1,3}[)）、.．]?$")


def _type_row_filled(
    row: list[str], config: Config, left: int, right: int
) -> tuple[int, int, str] | None:
    """A row whose only text is one risk type written in two cells or more side by side (the
    rest of the table's width, ``left`` to ``right``, empty: 'A:B', 'B:D' of a type's group row
    filled over part of the row), or in every cell but a number before them ('一 | 思想道德风险 |
    思想道德风险 | …', the group's number kept in the 序号 cell): (first cell, last cell, the text
    to keep in the first), else None. A type in every cell of the row, no number, is left to
    ``_rows_filled_across`` (a list of three columns may write it so in a data row)."""
    from xlproc.identity import NUMBERING

    cols = [c for c, v in enumerate(row) if v]
    if len(cols) < 2:
        return None
    number = ""
    if _FILLED_GROUP_NUMBER.match(row[cols[0]].strip()):
        number, cols = row[cols[0]].strip(), cols[1:]
        if len(cols) < 2 or not row[cols[0] - 1]:
            return None  # (the number right before the type's cells, two of them at least)
    text = row[cols[0]]
    if len(cols) < 2 or cols[-1] - cols[0] + 1 != len(cols) or any(row[c] != text for c in cols):
        return None  # (one text, side by side)
    bare = NUMBERING.sub("", text).strip()
    known, unknown = config.types(bare)
    if len(known) != 1 or unknown or not 2 <= len(bare) <= 8 or config.level(text):
        return None
    if number:
        return cols[0] - 1, cols[-1], number.rstrip("、.．") + "、" + text
    if cols[0] <= left and cols[-1] >= right:
        return None  # (over the whole width: a level's or type's row as ``_rows_filled_across``)
    return cols[0], cols[-1], text


_PRINT_NUMBER = re.compile(r"^\s*(\d{1,5})(?:\.0)?\s*$")
_PRINT_LETTER = re.compile(r"^\s*([A-Z]{1,3})\s*$")


def _letters_number(text: str) -> int:
    """A column's letters as its 1-based number ('A' 1, 'Z' 26, 'AA' 27)."""
    n = 0
    for ch in text:
        n = n * 26 + ord(ch) - 64
    return n


def _print_letter_row(rows: list[list[str]], top: int, numbered: bool) -> bool:
    """Row ``top`` (the sheet's first row with anything in it) holds nothing but rising column
    letters ('A | B | C …', one skipped where a column was hidden), from the sheet's first column or, beside a column of printed
    row numbers (``numbered``), from the corner's right, and they span every column filled
    below: the column headings of a print (打印行号列标), not a row of the table."""
    row = rows[top]
    # (beside the row numbers, or beside the empty column they were lost from: column A blank
    # on every row, the letters from B's cell on)
    bare = bool(row) and not row[0] and all(not r or not r[0] for r in rows[top + 1 :])
    first = 1 if numbered or bare else 0
    if any(row[:first]):
        return False  # (the corner over the row numbers is empty)
    cells = row[first:]
    while cells and not cells[-1]:
        cells = cells[:-1]
    if len(cells) < 3:
        return False
    got = [_PRINT_LETTER.match(v) for v in cells]
    if not all(got):
        return False
    nums = [_letters_number(m.group(1)) for m in got]
    if any(b <= a for a, b in zip(nums, nums[1:], strict=False)):
        return False  # (a letter skipped is a hidden column, not printed: 'A | B | D | E')
    if not numbered and nums[0] != 1:
        return False  # (alone, the letters start at A, over the sheet's first column or B)
    right = max(
        (max(i for i, v in enumerate(r) if v) for r in rows[top + 1 :] if any(r)), default=-1
    )
    return right == first + len(cells) - 1  # (as wide as the table the print showed)


def _print_number_column(
    rows: list[list[str]], top: int, again: frozenset[int] = frozenset()
) -> bool:
    """Column A, from row ``top`` down, holds the printed row numbers: on every row with
    anything in it a number, on the first row (the title's or the heading's) too, each higher
    than the one above (a hidden row was not printed: its number is missing; an empty row may
    be left out whole) but for the title and heading rows a print repeats atop each page, with
    their own numbers again; and nothing else. Not a 序号, which starts at the first data row
    and is blank beside the title and the heading. A line the PDF's conversion split off a
    wrapped cell comes back as a row of its own with no number: a few such rows (one for every
    three numbered at most), never the first, are let be; so are the rows in ``again`` (the
    column letters printed again atop each page)."""
    seen: dict[int, list[str]] = {}
    last = None
    loose = 0
    for r in range(top, len(rows)):
        row = rows[r]
        if not any(row) or r in again:
            continue
        if not row[0] and last is not None:
            loose += 1  # (the wrapped line of the numbered row above it)
            continue
        m = _PRINT_NUMBER.match(row[0]) if row[0] else None
        if m is None:
            return False
        n = int(m.group(1))
        if last is None and not any(row[1:]):
            return False  # (the first numbered row holds the title or the heading)
        if last is not None and n <= last:
            if seen.get(n) != row[1:] or not any(row[1:]):
                return False  # (only a row repeated atop a page goes back, as it was)
            continue
        seen[n] = row[1:]
        last = n
    return len(seen) >= 4 and 3 * loose <= len(seen)


def _merges_over_kept_cells(grids: list, rel: str, res: FileResult) -> None:
    """A merge whose covered cells (not its top-left) still store words of their own — kept by
    LibreOffice's 保留隐藏单元格的内容 or WPS when the cells were merged over last year's copy, or
    typed over a merge — reads, every cell of it, as the sheet shows and prints it: its top-left
    value. Only a merge down over rows and at most three columns (a 科室, 岗位, 姓名, 风险等级 or
    风险点 cell) is such a cell: one across a row (a title, a heading, a label) or a block over a
    table (a stray merge over the sheet) reads as before. A covered cell storing other words than the top-left's is blanked (as Excel leaves a
    covered cell), so a stale name makes no holder, a stale 科室 splits no form and a stale level
    replaces no shown one; said once a merge (warning MERGE_HIDDEN_VALUES, naming the covered
    cells and what they store). A covered cell repeating the top-left's words (a copy that
    fills every cell, WPS's 合并内容 listing them line by line) is left as it was. The cheap
    test first: a merge's covered cells, a row's run at a time, are passed over when all empty
    (in C), as nearly all are."""
    for g in grids:
        if not g.merges or g.refused:
            continue
        rows = g.rows
        for r0, c0, r1, c1 in g.merges:
            if r1 == r0 or c1 - c0 > 2 or r0 >= len(rows):
                continue  # (across one row: a title, a heading, a label; a block over a table)
            top = rows[r0]
            shown = top[c0].strip() if c0 < len(top) else ""
            stale: list[tuple[int, int, str]] = []
            for r in range(r0 + 1, min(r1, len(rows) - 1) + 1):
                row = rows[r]
                if c0 >= len(row) or not any(row[c0 : c1 + 1]):
                    continue  # (nothing stored under the merge on this row)
                for c in range(c0, min(c1 + 1, len(row))):
                    v = row[c].strip()
                    if v and v != shown and v not in shown.splitlines():
                        stale.append((r, c, v))
            if not stale:
                continue
            for r, c, _v in stale:
                rows[r][c] = ""
            kept = list(dict.fromkeys(v for _r, _c, v in stale))
            cells = "、".join(cell_ref(r, c) for r, c, _v in stale[:6])
            if len(stale) > 6:
                cells += f" 等 {len(stale)} 格"
            res.issues.append(
                make_issue(
                    "MERGE_HIDDEN_VALUES",
                    rel,
                    g.name,
                    cell_ref(stale[0][0], stale[0][1]),
                    value="、".join(kept[:3]) + ("等" if len(kept) > 3 else ""),
                    merge=f"{cell_ref(r0, c0)}:{cell_ref(r1, c1)}",
                    shown=shown or "(空白)",
                    cells=cells,
                )
            )


def _print_labels(grids: list, rel: str, res: FileResult) -> None:
    """A table printed with 打印行号列标 (print row and column headings) and turned back into a
    workbook from the PDF: a first row of the print's column letters ('(blank) | A | B | C …')
    and/or a first column of its row numbers (1, 2, 3 … beside every row, the title, the heading
    and the sign-off too). They are blanked before any table is looked for (the cells keep
    their places), so the title, the heading and the rows read as the table printed; said once
    a sheet. Only row numbers beside a heading row (or under the column letters) count: a
    headless list's 序号 may happen to run with the sheet's rows."""
    from xlproc.locate import column_role
    from xlproc.text import label_key

    for g in grids:
        rows = g.rows
        if len(rows) < 4 or g.refused:
            continue
        top = next((r for r, row in enumerate(rows) if any(row)), None)
        if top is None or len(rows) - top < 4:
            continue
        first = rows[top]
        # (the cheap test first: a print's labels put a letter or a number in the top row's
        # first two cells, or a number in its first)
        lead = first[0] if first else ""
        letters = lead.strip() == "A" or (
            not lead and len(first) > 1 and bool(_PRINT_LETTER.match(first[1]))
        )
        if not letters and not _PRINT_NUMBER.match(lead):
            continue
        below = top + 1 if letters else top

        def bare(row: list[str]) -> list[str]:
            while row and not row[-1]:
                row = row[:-1]
            return row

        # (a print puts the column letters atop every page: the same row again further down)
        again = frozenset(
            r for r in range(below, len(rows)) if letters and bare(rows[r]) == bare(first)
        )
        numbered = _print_number_column(rows, below, again)
        lettered = letters and _print_letter_row(rows, top, numbered)
        if again and not lettered:
            numbered = _print_number_column(rows, below)
        if numbered and not lettered:
            # the numbers alone: only beside a heading, which a 序号 never numbers — a heading of
            # three kinds of column, one of them the points' own (风险点, 风险等级 or 防控措施);
            # not a row of a headless list whose 岗位 '负责人' and 类型 '岗位职责' read as words
            # of a heading
            def heading(row: list[str]) -> bool:
                roles = {column_role(label_key(v)) for v in row[1:] if v} - {None}
                return len(roles) >= 3 and bool(roles & {"risk_point", "risk_level", "measures"})

            if not any(heading(row) for row in rows[below:] if row and row[0]):
                continue
        if not numbered and not lettered:
            continue
        parts = []
        if lettered:
            for r in (top, *sorted(again)):
                rows[r] = [""] * len(rows[r])
            parts.append(f"第 {top + 1} 行的列标(A、B、C…)")
        if numbered:
            for row in rows[below:]:
                if row:
                    row[0] = ""
            parts.append("最左一列的行号(1、2、3…)")
        cell = f"A{top + 1}" if lettered else f"A{below + 1}"
        res.issues.append(
            make_issue("PRINT_LABELS_DROPPED", rel, g.name, cell=cell, value="和".join(parts))
        )


# a holders' cell as a PDF printed it: names and their separators only, over two lines or more
_WRAPPED_NAMES = LazyRe(
    r"[\u4e00-\u9fff·、，,；;]+(?:[ \t\u3000]*\n[ \t\u3000]*[\u4e00-\u9fff·、，,；;]+)+"
)
_WRAP_SEPARATORS = "、，,；;"


def _print_width(cells: list[str]) -> int:
    """The width a column was printed at, from its cells of several lines: the longest line, a
    separator hanging at a line's end (避头) not counted."""
    return max(
        (len(x) - (x[-1] in _WRAP_SEPARATORS) for v in cells for x in _cell_lines(v) if x),
        default=0,
    )


def _cell_lines(cell: str) -> list[str]:
    return [x.strip(" \t\u3000") for x in cell.strip().split("\n")]


def _unwrapped_names(cell: str, width: int) -> str | None:
    """A holders' cell whose line breaks are only a print's wraps, its lines joined
    ('阿史那翾⏎澈、破六⏎韩沨琬' → '阿史那翾澈、破六韩沨琬', '侯莫陈琤⏎瀚' → '侯莫陈琤瀚'), or None: some
    break falls inside a name (neither the line before it ends at a separator nor the line after
    it opens with one), the lines joined part at the separators into names (one name, or several),
    and the cell's lines as they stand do not ('张三⏎李四', '张三、⏎李四' are names as written).
    A print breaks a line only where it is full: every line but the last is ``width`` characters
    long (one more for a hanging '、'), the last no longer ('岑渝⏎群众' beside '岑澈⏎中共党员' is a
    name over a word, no wrap)."""
    from xlproc.columns import looks_like_name
    from xlproc.identity import HOLDER_SPLIT, several_names

    if not _WRAPPED_NAMES.fullmatch(cell.strip()):
        return None
    lines = _cell_lines(cell)
    if (
        not all(
            len(x) == width or (len(x) == width + 1 and x[-1] in _WRAP_SEPARATORS)
            for x in lines[:-1]
        )
        or len(lines[-1]) - (lines[-1][-1:] in tuple(_WRAP_SEPARATORS)) > width
    ):
        return None  # (a line broken short of the print's width: the cell's own break)
    if not any(
        a and b and a[-1] not in _WRAP_SEPARATORS and b[0] not in _WRAP_SEPARATORS
        for a, b in zip(lines, lines[1:], strict=False)
    ):
        return None  # (every break at a separator: the cell's own line by line)
    as_written = [x for x in HOLDER_SPLIT.split(cell.strip()) if x]
    if several_names(as_written) or (len(as_written) == 1 and looks_like_name(as_written[0])):
        return None
    joined = "".join(lines)
    names = [x for x in re.split(f"[{_WRAP_SEPARATORS}]", joined) if x]
    if not (several_names(names) or (len(names) == 1 and looks_like_name(names[0]))):
        return None
    return joined


def _holders_wrapped_in_print(grids: list, rel: str, res: FileResult) -> None:
    """A table turned back into a sheet from its PDF (a PDF转Excel tool keeps each printed line of
    a cell as a line break in it): in a narrow holders' column (``责任人``, ``姓名``, ``经办人`` …) the
    print's wraps fall inside the names of a cell listing two or three of them ('阿史那翾⏎澈、破六⏎
    韩沨琬') or of one long name ('侯莫陈琤⏎瀚'); such cells are joined back before any table is looked
    for (``_unwrapped_names``), so the column reads as the names it lists; said once a sheet. A
    cell whose lines are names as they stand (one a line, a line ending at its '、') is left be."""
    from xlproc.locate import column_role
    from xlproc.text import label_key

    for g in grids:
        rows = g.rows
        if g.refused or not rows:
            continue
        # (the cheap test first: a line break in a cell of the sheet's joined text at all, then a
        # holders' heading among the top rows)
        if "\n" not in "".join("".join(row) for row in rows):
            continue
        cols = {}
        for r, row in enumerate(rows[:40]):
            for c, v in enumerate(row):
                if v and len(v) <= 12 and c not in cols and column_role(label_key(v)) == "person":
                    cols[c] = r
        if not cols:
            continue
        joined = []
        for c, top in cols.items():
            cells = [
                (r, rows[r][c])
                for r in range(top + 1, len(rows))
                if c < len(rows[r]) and "\n" in rows[r][c]
            ]
            width = _print_width([v for _r, v in cells])
            for r, v in cells:
                if all(len(x.strip()) <= 1 for x in v.split("\n")):
                    continue  # ('凌⏎翾⏎珩': a name stood on end in a narrow column, read so)
                if (new := _unwrapped_names(v, width)) is not None:
                    rows[r][c] = new
                    joined.append((r, c, v, new))
        if not joined:
            continue
        r, c, v, new = joined[0]
        res.issues.append(
            make_issue("HOLDERS_WRAPPED_JOINED", rel, g.name, cell_ref(r, c),
                       value=v.replace("\n", "⏎"), field=new, count=str(len(joined)))
        )  # fmt: skip


# a line of a 科室's or 岗位's name as a PDF printed it: its characters only, no mark or number
_HOLDER_LINE = LazyRe(r"[\u4e00-\u9fff（）()]{1,16}")
_PAGE_LINE = LazyRe(r"(?:第\s*\d+\s*页)?\s*(?:[，,]?\s*共\s*\d+\s*页)?|[-－—]\s*\d+\s*[-－—]")
# how a line broken off mid-sentence ends; how a sentence ends
_LINE_GOES_ON = ("，", ",", "、", "；", ";", "：", ":")
_LINE_ENDS = ("。", ".", "！", "!", "？", "?")


def _name_of_its_own(line: str, rest: str, post: bool) -> bool:
    """Whether a 岗位 (科室) cell's line and the line under it read as two names, each whole: two
    posts ('办公室主任' over '文书', '会计' over '出纳'), two 科室 ('办公室' over '财务股') — the
    post (科室) under a numbered row listed on a row of its own, no rest of a name the print
    broke ('不动产登记窗' over '口受理员', '国土空间规划' over '股')."""
    from xlproc.columns import _dept_like
    from xlproc.identity import is_post

    if post:
        return is_post(line) and is_post(rest)
    return _dept_like(line) and _dept_like(rest)


# the columns whose text a record's rest row may hold besides the broken name's rest
_REST_TEXT_ROLES = frozenset({"risk_point", "measures", "description", "risk_type"})


def _holder_names_wrapped_as_rows(grids: list, rel: str, res: FileResult) -> None:
    """A table converted from a PDF to Excel (WPS, Adobe 'PDF转Excel') with each printed line of a
    cell its OWN ROW: a numbered, graded record goes on into the rows under it (their 序号 and level
    blank) — and a long 科室 (岗位) name broken at its narrow column's width goes on there too
    ('国土空间规划' over '股', '不动产登记窗' over '口受理员'), beside the point's or the measures'
    rest, or alone. Such a line is joined back to the record's cell before any table is looked
    for, the row's cell emptied, so the record's rest reads as one (RECORD_LINES_AS_ROWS and the
    rules before it) and the name whole; said once a sheet (HOLDER_NAME_LINES_JOINED).

    Only under a heading naming 序号, the point and the 科室 or 岗位; only where every line but the
    last is printed full (the column's longest cell, at least four characters), the rest no
    longer; only on a row whose 序号, level and later holder cells (岗位, 姓名) are blank and whose
    other cells are only the record's texts (point, measures, description, type); only under a
    graded record (a level column, the level written on the record's row). Posts (科室) listed
    under a numbered row in an ordinary table are left be: a line and its rest each a whole name
    ('办公室主任' over '文书'), or measures of the row's own under the record's ended (no comma,
    '、' or '；' closing them, not printed full)."""

    for g in grids:
        rows = g.rows
        # (the cheap tests first: a 序号 heading and a 科室/岗位 heading the sheet can write)
        if (
            g.refused
            or not rows
            or g.lacks("序号", "编号")
            or g.lacks("室", "科", "股", "部门", "岗位", "职务")
        ):
            continue
        head, roles = _heading_roles(
            rows,
            lambda got: (
                "seq" in got and "risk_point" in got and ("department" in got or "title" in got)
            ),
        )
        if head is None:
            continue
        sc, lc, mc = roles["seq"], roles.get("risk_level"), roles.get("measures")
        if lc is None:
            continue  # (no level column: no record reads as graded)
        # (every row's 序号 written: no row goes on a record's lines, ``seq_left_blank``)
        passed = not seq_left_blank(rows, head + 1, sc)
        if passed and not SHADOW:
            continue
        order = [roles[k] for k in ("department", "title", "person") if k in roles]
        names = [roles[k] for k in ("department", "title") if k in roles]
        texts = {roles[k] for k in _REST_TEXT_ROLES if k in roles}
        heading = [v.strip() for v in rows[head]]
        merged = g.merged_into if g.merges else {}

        def cell(row: list[str], c: int) -> str:
            return row[c].strip() if c < len(row) else ""

        def copy_of_heading(row: list[str], heading: list[str] = heading) -> bool:
            return [v.strip() for v in row[: len(heading)]] == heading

        body = [r for r in range(head + 1, len(rows)) if not copy_of_heading(rows[r])]
        widths = {c: max((len(cell(rows[r], c)) for r in body), default=0) for c in names}
        m_lens = (
            sorted((len(cell(rows[r], mc)) for r in body), reverse=True) if mc is not None else []
        )
        # the measures' print width where it shows: two cells or more printed as wide, 8 or more
        m_width = (
            m_lens[0] if len(m_lens) >= 2 and m_lens[0] >= 8 and m_lens[1] >= m_lens[0] - 1 else 0
        )

        def goes_on(line: str, m_width: int = m_width) -> bool:
            """Whether the measures' line above reads as broken off: at a comma, '、', '；' or
            '：', or printed full (as wide as the column's widest lines, no full stop)."""
            return line.endswith(_LINE_GOES_ON) or (
                m_width > 0 and len(line) >= m_width - 1 and not line.endswith(_LINE_ENDS)
            )

        joined: list[tuple[int, int, str, str]] = []  # (record's row, column, rest, the name)
        record = None  # the row of the record the rows under it go on with
        above = ""  # the measures' line in the row above, while the record goes on
        open_cols: dict[int, int] = {}  # column → the length of its last line, while it goes on
        for r in body:
            row = rows[r]
            if not any(v.strip() for v in row) or _PAGE_LINE.fullmatch("".join(row).strip()):
                continue  # (a blank row, or '第 1 页 共 2 页' where the page broke)
            if cell(row, sc):
                # (graded: the level written on the record's row — with no level column, or the
                # level blank, each numbered row may head posts listed on the rows under it)
                record = r if cell(row, lc) else None
                open_cols = {c: len(cell(row, c)) for c in names if cell(row, c)}
                above = cell(row, mc) if mc is not None else ""
                continue
            if record is None or (lc is not None and cell(row, lc)):
                record = None
                continue
            if (r, sc) in merged or (lc is not None and (r, lc) in merged):
                record = None  # (序号 or level merged down over it: a block's row, no PDF's line)
                continue
            on = [c for c, v in enumerate(row) if v.strip()]
            rests = [c for c in on if c in names]
            measures, measures_above = cell(row, mc) if mc is not None else "", above
            above = measures or above
            if not rests:
                open_cols = {}  # (a line of the texts alone: a name's lines no longer go on)
                continue
            ok = (
                all(c in texts or c in rests for c in on)
                # (measures of its own under measures ended: the row's own point, no line's rest)
                and (not measures or goes_on(measures_above))
                and all(
                    c in open_cols
                    and widths[c] >= 4
                    and open_cols[c] == widths[c]
                    and _HOLDER_LINE.fullmatch(cell(row, c))
                    and len(cell(row, c)) <= widths[c]
                    and not _name_of_its_own(
                        cell(rows[record], c)[-open_cols[c] :],
                        cell(row, c),
                        c == roles.get("title"),
                    )
                    and not any(
                        cell(row, o) for o in order if o > c and o not in rests
                    )  # (姓名 blank)
                    and (r, c) not in merged
                    for c in rests
                )
            )
            if not ok:
                record = None
                continue
            for c in rests:
                rest = cell(row, c)
                rows[record][c] = cell(rows[record], c) + rest
                row[c] = ""
                joined.append((record, c, rest, rows[record][c]))
                open_cols[c] = len(rest)
            for c in list(open_cols):
                if c not in rests:
                    del open_cols[c]
        if passed:
            shadow_agrees(not joined, "_holder_names_wrapped_as_rows")
        if not joined:
            continue
        r, c, rest, name = joined[0]
        res.issues.append(
            make_issue("HOLDER_NAME_LINES_JOINED", rel, g.name, cell_ref(r, c),
                       value=name[: len(name) - len(rest)], other=rest, field=name,
                       count=str(len(joined)))
        )  # fmt: skip


def _shadow_pdf_lines(step: Callable, g, rel: str, config: Config) -> None:
    """Under XLPROC_SHADOW: ``step`` run past its cheap test on a copy of sheet ``g`` must
    change no cell and say nothing (the test had passed the sheet over)."""
    twin = copy.copy(g)
    twin.rows = [list(row) for row in g.rows]
    said = FileResult(rel, "read", "")
    step([twin], rel, said, config, gate=False)
    shadow_check(step.__name__, (g.rows, []), lambda: (twin.rows, said.issues))


def _level_name_lines_under_seq(
    grids: list, rel: str, res: FileResult, config: Config, gate: bool = True
) -> None:
    """A table converted from a PDF to Excel WITH a 序号 column, each printed line of a cell its
    OWN ROW: under a numbered, graded record the row below (序号, 科室 and 岗位 blank) holds the
    rest of the LEVEL word broken at its narrow column ('一级风' over '险', '较高风' over '险') or
    of the 姓名 broken though the column is wider ('散答' over '澜' where '散答琪' fits), beside
    the point's or the measures' rests or alone. Before, the level's rest made the row a record
    of its own (LEVEL_UNKNOWN '一级风' and '险', the rests beside it points of their own) and the
    name's rest was lost (the person '散答'). The level's and the name's rests are joined back to
    the record's cells before any table is looked for, the row's cells emptied, so the rest of
    the row reads as the record's lines (RECORD_LINES_AS_ROWS); said once a sheet
    (LEVEL_NAME_LINES_JOINED).

    Only under a heading naming 序号, the point and the level; only on a row whose 序号, 科室 and
    岗位 are blank, nothing merged, nothing outside the record's columns; a level's rest only
    where the two joined are one known level word and the rest alone none (``_level_word_rest``);
    a name's rest (one or two characters, the name five at most) only beside such a level's
    rest, or where the record's name is the start of another holder's name in the column
    ('散答' of '散答琪': a surname) or printed as long as the column's longest name. A row
    naming a second holder ('乌延翾' under '散答珩', or its 岗位 written) is left as it was."""

    for g in grids:
        rows = g.rows
        # (the cheap tests first: a 序号 and a level heading the sheet can write)
        if g.refused or not rows or g.lacks("序号", "编号") or g.lacks("等级", "级别"):
            continue
        head, roles = _heading_roles(
            rows, lambda got: "seq" in got and "risk_point" in got and "risk_level" in got
        )
        if head is None:
            continue
        sc, pc, lc, wc = roles["seq"], roles["risk_point"], roles["risk_level"], roles.get("person")
        # (every row's 序号 written: no row goes on a record's lines, ``seq_left_blank``)
        passed = not seq_left_blank(rows, head + 1, sc)
        if passed and not SHADOW:
            continue
        anchors = [roles[k] for k in ("department", "title") if k in roles]
        texts = {roles[k] for k in ("measures", "description", "risk_type") if k in roles}
        allowed = texts | {pc, lc} | ({wc} if wc is not None else set())
        heading = [v.strip() for v in rows[head]]
        merged = g.merged_into if g.merges else {}

        def cell(row: list[str], c: int | None) -> str:
            return row[c].strip() if c is not None and c < len(row) else ""

        # (the cheap test: a rest is joined only from a row under the heading whose 序号 is
        # blank and whose level or name is not — a list numbering each row it fills has none,
        # and then nothing below changes a cell or says a word)
        if gate and not any(
            not cell(row, sc) and (cell(row, lc) or cell(row, wc)) for row in rows[head + 1 :]
        ):
            if SHADOW:
                _shadow_pdf_lines(_level_name_lines_under_seq, g, rel, config)
            continue
        body = [
            r
            for r in range(head + 1, len(rows))
            if [v.strip() for v in rows[r][: len(heading)]] != heading
        ]
        names = {cell(rows[r], wc) for r in body if cell(rows[r], sc)} - {""}  # (records' names)
        width = max((len(n) for n in names), default=0)
        joined: list[tuple[int, int, str, str]] = []  # (record's row, column, line, rest)
        record = None  # the row of the numbered, graded record the rows under it go on with
        levels_open = names_open = False  # (its level's, its name's first line not yet joined)
        for r in body:
            row = rows[r]
            if not any(v.strip() for v in row) or _PAGE_LINE.fullmatch("".join(row).strip()):
                continue  # (a blank row, or '第 1 页 共 2 页' where the page broke)
            if merged and any((r, c) in merged for c in range(len(row))):
                record = None  # (a merge over the row: a typed table's block, no PDF's lines)
                continue
            if cell(row, sc):
                ok = bool(cell(row, lc)) and bool(cell(row, pc))
                record = r if ok else None
                levels_open = names_open = ok
                continue
            if record is None:
                continue
            if any(cell(row, c) for c in anchors) or not all(
                c in allowed for c, v in enumerate(row) if v.strip()
            ):
                record = None  # (a second post's row, or a row of other cells: left as it was)
                continue
            rec = rows[record]
            lv, name = cell(row, lc), cell(row, wc)
            if not lv and not name:
                continue  # (the point's or the measures' lines alone: left to RECORD_LINES_AS_ROWS)
            said = bool(lv) and levels_open and _level_word_rest(config, cell(rec, lc), lv)
            have = cell(rec, wc)
            name_ok = bool(name) and (
                names_open
                and bool(have)
                and len(name) <= 2
                and len(have + name) <= 5
                and bool(_HOLDER_LINE.fullmatch(name))
                and name not in names - {have}
                and not _whole_name_rest(have, name, names)
                and (
                    said
                    or len(have) == width > len(name)
                    or any(o != have and o.startswith(have) and len(o) <= len(have) + 2
                           for o in names)
                )
            )  # fmt: skip
            if (lv and not said) or (name and not name_ok):
                record = None  # (a level of its own, or a second holder's name: left as it was)
                continue
            for c, ok in ((lc, said), (wc, name_ok)):
                if ok:
                    rest = cell(row, c)
                    joined.append((record, c, cell(rec, c), rest))
                    rec[c] = cell(rec, c) + rest
                    row[c] = ""
            levels_open = levels_open and not said
            names_open = names_open and not name_ok
        if passed:
            shadow_agrees(not joined, "_level_name_lines_under_seq")
        if not joined:
            continue
        r, c, line, rest = joined[0]
        res.issues.append(
            make_issue("LEVEL_NAME_LINES_JOINED", rel, g.name, cell_ref(r, c),
                       value=line, other=rest, field=line + rest, count=str(len(joined)))
        )  # fmt: skip


def _heading_roles(rows: list[list[str]], wants) -> tuple[int | None, dict[str, int]]:
    """The first of a sheet's top 40 rows whose short cells name the roles ``wants`` asks for
    (each role's first column), as the PDF-line rules look for their table's heading."""
    from xlproc.locate import column_role
    from xlproc.text import label_key

    for r, row in enumerate(rows[:40]):
        got: dict[str, int] = {}
        for c, v in enumerate(row):
            if v and len(v) <= 12 and (role := column_role(label_key(v))) and role not in got:
                got[role] = c
        if wants(got):
            return r, got
    return None, {}


# a caption of a key or a note under a list ('等级说明', '备注：', '注', '填表说明'), or a line
# opening with such a label or a sign-off's and its colon ('注：风险等级由高到低', '说明：…',
# '填表人：王五', '审核人：…', '日期：…'): no point's rest
_CAPTION_LINE = LazyRe(
    r"^(?:.{0,6}(?:说明|释义|注释|备注|附注|图例)|注)[:：]?$"
    r"|^(?:注\s*\d?|.{0,6}(?:说明|释义|注释|备注|附注|图例)|填表人|填报人|制表人|审核人|审批人|复核人"
    r"|经办人|联系人|联系电话|电话|日期|填表日期|填报日期|填报时间|填表时间|时间|报送时间|签字|签名"
    r"|单位负责人|部门负责人|科室负责人|主要负责人|分管领导|主管领导|签发|审签|盖章|单位盖章"
    r"|责任人签字|承诺人|制表|制表日期|审核|填表|填报|审定|批准|复核|编制|编制人|监督人)"
    r"\s*(?:[(（][^)）]{0,6}[)）])?\s*[:：]"
)


def _record_lines_without_seq(grids: list, rel: str, res: FileResult, config: Config) -> None:
    """A table converted from a PDF to Excel WITHOUT a 序号 column (``科室 | 岗位 | 姓名 | 廉政风险点 |
    风险等级 | 防控措施``), each printed line of a cell its OWN ROW: a record's first row holds its 科室
    or 岗位, its level and the first line of each cell; the rows under it, their 科室 and 岗位
    blank, hold the rest — of a point broken mid-word ('违规审批建设项' over '目用地'), of a level
    word broken at its narrow column ('一级风' over '险', '较高风' over '险'), of a name broken at
    its narrow column ('耶律' over '澜'), of the measures. With no 序号 to show where a record
    starts, each such rest read as a record of its own (a point of blank level, LEVEL_UNKNOWN
    '一级风' and '险', a name cut and a second person). Joined back to the record's cells before
    any table is looked for, the row emptied; said once a sheet (RECORD_LINES_JOINED_NO_SEQ).

    Only under a heading naming the point, the level and a holder (科室, 岗位 or 姓名) and no 序号;
    only on a row whose 科室 and 岗位 are blank, with nothing outside the record's columns, no
    cell of it or of the record merged, and that shows it is a line of the record: the rest of
    the level word (the two joined one known level word, the rest alone none), or of the name
    (the name's line above as long as the column's longest, the rest shorter — '李四' under '张三'
    may be a second holder — or the same name broken the same way on a record before), or of the
    point (its line above within two characters of the column's longest line, six to 24
    characters — a PDF's narrow column — not ended on '。'/'；'); its other cells then read as lines of theirs (a name's rest characters
    only, a point's rest no numbered item); a row of the measures' (type's, description's) lines
    alone only after such a line of the same record."""
    from xlproc.identity import NUMBERING

    for g in grids:
        rows = g.rows
        # (the cheap tests first: no 序号 the sheet can write, a level heading and a holder's)
        if (
            g.refused
            or not rows
            or not g.lacks("序号", "编号")
            or g.lacks("等级", "级别")
            or g.lacks("室", "科", "股", "部门", "岗位", "职务", "姓名", "责任人")
        ):
            continue
        head, roles = _heading_roles(
            rows,
            lambda got: (
                "risk_point" in got
                and "risk_level" in got
                and any(k in got for k in ("department", "title", "person"))
            ),
        )
        if head is None or "seq" in roles:
            continue
        pc, lc, wc = roles["risk_point"], roles["risk_level"], roles.get("person")
        anchors = [roles[k] for k in ("department", "title") if k in roles]
        texts = {roles[k] for k in ("measures", "description", "risk_type") if k in roles}
        allowed = texts | {pc, lc} | ({wc} if wc is not None else set())
        heading = [v.strip() for v in rows[head]]
        merged = g.merged_into if g.merges else {}

        def cell(row: list[str], c: int | None) -> str:
            return row[c].strip() if c is not None and c < len(row) else ""

        body = [
            r
            for r in range(head + 1, len(rows))
            if [v.strip() for v in rows[r][: len(heading)]] != heading
        ]
        widths = {c: max((len(cell(rows[r], c)) for r in body), default=0) for c in (pc, wc)}
        written = {cell(rows[r], wc) for r in body} - {""}  # (the names the column writes)
        mc = roles.get("measures")
        m_cells = [cell(rows[r], mc) for r in body if cell(rows[r], mc)] if mc is not None else []
        # (the measures written as sentences, ended on '。' or '；': a line not so ended is broken)
        m_stops = sum(v.endswith((*_LINE_ENDS, "；", ";")) for v in m_cells) * 2 > len(m_cells)
        joined: list[int] = []  # the rows joined to their record
        first = None  # (the first record joined, its cell)
        record = None  # the row of the record the rows under it go on with
        lines: dict[int, str] = {}  # column → the last line of the record's cell
        going = False  # (a line of the record joined on the row above: its measures may go on)
        names: set[tuple[str, str]] = set()  # (a name's line, its rest) joined already
        for r in body:
            row = rows[r]
            if not any(v.strip() for v in row) or _PAGE_LINE.fullmatch("".join(row).strip()):
                continue  # (a blank row, or '第 1 页 共 2 页' where the page broke)
            on = [c for c, v in enumerate(row) if v.strip()]
            if merged and any((r, c) in merged for c in range(len(row))):
                record = None  # (a merge over the row: a typed table's block, no PDF's lines)
                continue
            lv = cell(row, lc)
            if record is not None and not any(cell(row, c) for c in anchors):
                rec = rows[record]
                said = bool(lv) and _level_word_rest(config, cell(rec, lc), lv)
                name, point = cell(row, wc), cell(row, pc)
                last = lines.get(pc, "")
                # (a line printed full shows the cell goes on: the name's, its rest shorter
                # than the column — '李四' under '张三' may be a second holder's name)
                named = bool(name) and (
                    len(lines.get(wc, "")) == widths[wc] > len(name)
                    or (lines.get(wc, ""), name) in names  # (the same name broken the same way)
                )
                full = bool(point) and max(6, widths[pc] - 2) <= len(last) <= 24
                measures, m_last = cell(row, mc), lines.get(mc, "") if mc is not None else ""
                if full and measures and not (said or named or going):
                    # (a point beside measures of its own under measures ended is the post's
                    # next point, its level given once: the measures' line above must read as
                    # broken off too — at a comma, '、', '；', or unended where the column ends
                    # its measures on '。')
                    full = m_last.endswith(_LINE_GOES_ON) or (
                        m_stops and not m_last.endswith((*_LINE_ENDS, "；", ";"))
                    )
                shows = said or named or full or going
                name_ok = not name or (
                    len(name) <= 3
                    and len(cell(rec, wc) + name) <= 5
                    and bool(_HOLDER_LINE.fullmatch(name))
                    and not _whole_name_rest(cell(rec, wc), name, written)
                )
                point_ok = not point or (
                    not NUMBERING.match(point)
                    and not last.endswith(("。", "；", ";"))
                    and not _CAPTION_LINE.search(point)  # ('等级说明' over a key: no rest)
                )
                if (
                    shows
                    and all(c in allowed for c in on)
                    and (not lv or said)
                    and name_ok
                    and point_ok
                ):
                    if name:
                        names.add((lines.get(wc, ""), name))
                    for c in on:
                        rec[c] = cell(rec, c) + cell(row, c)
                        lines[c] = cell(row, c)
                        row[c] = ""
                    if first is None:
                        first = (record, pc if point else (lc if lv else on[0]))
                    joined.append(r)
                    going = True
                    continue
            going = False
            if not lv and not any(cell(row, c) for c in anchors):
                continue  # (no record's first row: left to the rules reading a table)
            # a record's first row: its 科室 or 岗位, its level and its point written
            record = r if (lv and cell(row, pc)) else None
            lines = {c: cell(row, c) for c in allowed}
        if not joined:
            continue
        r, c = first
        res.issues.append(
            make_issue("RECORD_LINES_JOINED_NO_SEQ", rel, g.name, cell_ref(r, c),
                       value=rows[r][c].strip()[:30], count=str(len(joined)))
        )  # fmt: skip


# a line of a holder's name standing by itself (Chinese characters only, no bracket); words a
# typed table writes alone under a record, no name's rest
_NAME_REST = LazyRe(r"[\u4e00-\u9fff]{1,2}")
_NO_NAME_REST = frozenset(
    {"同上", "同前", "同左", "见上", "无", "略", "空", "等", "兼", "暂缺", "空缺", "同志"}
)
# a line under a holder's name saying how or what he holds, no name's rest: his post ('局长',
# '股长', '会计') or how he is employed or placed ('挂职', '借调', '兼职', '退休', '主持')
_HELD_AS_REST = LazyRe(
    r"外聘|见习|临聘|聘用|返聘|试用|实习|借调|挂职|兼职|兼任|代理|在编|编外|派遣|协管|临时|驻村|下派"
    r"|退休|离职|调离|调出|病休|休假|主持|分管|待定|待配"
)


def _post_or_held_rest(rest: str) -> bool:
    """Whether ``rest``, a line alone under a holder's name, is the holder's post or a word of how
    he holds it ('局长', '会计', '挂职', '借调') rather than the rest of his name."""
    from xlproc.identity import VACANT, is_post

    return len(rest) >= 2 and (
        is_post(rest) or bool(VACANT.match(rest)) or bool(_HELD_AS_REST.search(rest))
    )


# a holder's label (spaces inside it left out)
_HOLDER_WORD = LazyRe(
    r"姓[ \u3000]*名|[责负][ \u3000]*责?[ \u3000]*任?[ \u3000]*人|^[ \u3000]*人[ \u3000]*员[ \u3000]*$"
)


def _holder_label_before_blank(row: list[str]) -> bool:
    """Whether a row writes a holder's label (``责任人``, ``负责人``, ``姓名``) with a blank cell
    right of it — a heading whose holder's column may be two cells wide (merged across, or a
    column of no heading after it): the cheap test before a heading is looked for."""
    line = "".join(row)
    # (plain substring tests first: the pattern only where a label's characters stand apart)
    if not ("姓名" in line or "责任人" in line or "负责人" in line) and not (
        ("姓" in line or "责" in line or "员" in line) and any(_HOLDER_WORD.search(v) for v in row)
    ):
        return False
    return any(
        v and len(v) <= 16 and not row[c + 1].strip() and _HOLDER_WORD.search(v)
        for c, v in enumerate(row[:-1])
    )


def _holder_rests_in_wide_column(grids: list, rel: str, res: FileResult) -> None:
    """A table converted from a PDF to Excel (WPS, Adobe 'PDF转Excel'), each printed line of a cell
    its OWN ROW, whose 责任人 (姓名) column the converter made two cells WIDE — its heading merged
    across D:E (or followed by a column of no heading that no record writes in), the records'
    names merged across it too — and a holder's name broken where the printed column ended:
    ``陀满`` on the record's row and ``晓`` ALONE on the row under it, in D or one column right in E
    (a centred line starts right of where the converter split the column), nothing else on that
    row. Before, the half name was the holder and the rest a row of no point (POINT_BLANK): the
    PDF-line rules before it (LEVEL_NAME_LINES_JOINED, RECORD_LINES_JOINED_NO_SEQ) leave a row
    with a merge over it, and HOLDER_NAME_LINES_JOINED joins a 科室's or a post's lines only. The
    rest is joined to the record's name before any table is looked for, the row emptied; said
    once a sheet (HOLDER_NAME_REST_IN_WIDE_COLUMN).

    Only under a heading naming the holder and the point; only where the holder's column spans
    two cells or more; only on the row right under a record (its name and point written) that
    holds one line and nothing else, within that span, one or two characters, no merge over it
    but one across the span on its own row (a typed table's 序号 or name merged down over a
    second line is its block); the name and the rest five characters at most, the rest no whole
    name of a second holder (``李强`` under ``张晓明``) nor a name or the start of one the column
    writes elsewhere, nor a word a typed table writes alone (``同上``, ``无``).

    The same rest may share its row with the rests of the record's point, measures or
    description, each in its own column (the record's cells wrapping onto the row in SEVERAL
    columns at once; 序号, 科室, 岗位, level and type blank on it; ``_name_rests_beside_lines``):
    then, the name's rest as above and each other line the rest of a record's line broken where
    its column ended (``_line_goes_on``), every line is joined to the record's cell of its
    column, the row emptied, and the rows right after it holding only further such lines too
    (HOLDER_NAME_REST_BESIDE_LINES, once a sheet). Such a row's name's rest is no holder's name
    the column writes (it no longer keeps the same rest alone under the next record unjoined)."""

    for g in grids:
        rows = g.rows
        # (the cheap tests first: a holder's heading the sheet can write)
        if g.refused or not rows or g.lacks("姓名", "责任人", "负责人", "人员"):
            continue
        if not any(_holder_label_before_blank(row) for row in rows[:40]):
            continue  # (no holder's label with a blank cell right of it: no wide column)
        head, roles = _heading_roles(rows, lambda got: "person" in got and "risk_point" in got)
        if head is None:
            continue
        wc, pc = roles["person"], roles["risk_point"]
        merges = g.merges or ()
        merged = g.merged_into if merges else {}

        def cell(row: list[str], c: int) -> str:
            return row[c].strip() if c < len(row) else ""

        heading = [v.strip() for v in rows[head]]
        # the span: the heading's cell merged across, or followed by columns of no heading that
        # no record writes in (the rows looked through only where such a column stands)
        end = max((c1 for r0, c0, r1, c1 in merges if r0 <= head <= r1 and c0 == wc), default=wc)
        if end == wc:
            named = set(roles.values())
            while (
                end + 1 < len(heading)
                and not heading[end + 1]
                and end + 1 not in named
                and (head, end + 1) not in merged
            ):
                end += 1
            if end > wc:
                records = [row for row in rows[head + 1 :] if cell(row, wc) and cell(row, pc)]
                end = next(
                    (c - 1 for c in range(wc + 1, end + 1) if any(cell(row, c) for row in records)),
                    end,
                )
        if end == wc:
            continue  # (a column one cell wide: the PDF-line rules before read its lines)
        span = range(wc, end + 1)
        # rows going on with the record above in several columns at once: the name's rest in
        # the span beside the point's or the measures' rests (HOLDER_NAME_REST_BESIDE_LINES)
        beside = _name_rests_beside_lines(g, head, roles, span)
        written: set[str] | None = None  # the records' names (taken when first asked)
        joined: list[tuple[int, str, str]] = []  # (the record's row, its name's line, the rest)
        joined_beside: list[tuple[int, str, str]] = []  # (the same, joined with other rests)
        record = None  # the row of the record the row under it may go on with
        going = False  # (the record's lines joined beside its name's rest: more lines may follow)
        for r in range(head + 1, len(rows)):
            row = rows[r]
            point = cell(row, pc)
            if record is not None and r in beside:
                rest_at, lines = beside[r]
                rec = rows[record]
                if rest_at is None:  # (a further line of the record's texts, no name's rest)
                    if going:
                        for c in lines:
                            rec[c] = cell(rec, c) + cell(row, c)
                            row[c] = ""
                        continue
                else:
                    have, rest = cell(rec, wc), cell(row, rest_at)
                    if written is None:
                        written = {
                            cell(o, wc)
                            for k, o in enumerate(rows[head + 1 :], head + 1)
                            if k not in beside and cell(o, pc) and cell(o, wc)
                        }
                    if _name_rest_ok(have, rest, written) and all(
                        _line_goes_on(cell(rec, c), cell(row, c), beside.widths[c]) for c in lines
                    ):
                        rec[wc] = have + rest
                        row[rest_at] = ""
                        for c in lines:
                            rec[c] = cell(rec, c) + cell(row, c)
                            row[c] = ""
                        joined_beside.append((record, have, rest))
                        going = True
                        continue
            going = False
            if point or record is None:
                # (a record: its name and point written — a copy of the heading is none)
                record = r if point and point != heading[pc] and cell(row, wc) else None
                continue
            # (under a record, no point: the row may hold the rest of its name, alone)
            at = [c for c in span if cell(row, c)]
            if len(at) == 1 and sum(1 for v in row if v.strip()) == 1:
                have, rest = cell(rows[record], wc), cell(row, at[0])
                if written is None:
                    written = {
                        cell(o, wc)
                        for k, o in enumerate(rows[head + 1 :], head + 1)
                        if k not in beside and cell(o, pc) and cell(o, wc)
                    }
                alone = not merged or all(
                    r0 == r1 == r and c0 in span and c1 in span
                    for r0, c0, r1, c1 in merges
                    if r0 <= r <= r1
                )
                if alone and _name_rest_ok(have, rest, written):
                    rows[record][wc] = have + rest
                    row[at[0]] = ""
                    joined.append((record, have, rest))
                    continue
            record = None
        for code, done in (
            ("HOLDER_NAME_REST_IN_WIDE_COLUMN", joined),
            ("HOLDER_NAME_REST_BESIDE_LINES", joined_beside),
        ):
            if done:
                r, have, rest = done[0]
                res.issues.append(
                    make_issue(code, rel, g.name, cell_ref(r, wc), value=have, other=rest,
                               field=have + rest, count=str(len(done)))
                )  # fmt: skip


def _name_rest_ok(have: str, rest: str, written: set[str]) -> bool:
    """``rest``, a line under the holder's name ``have`` in a wide column, reads as the rest of
    that name broken where the PDF's column ended (HOLDER_NAME_REST_IN_WIDE_COLUMN and
    HOLDER_NAME_REST_BESIDE_LINES): one or two characters, the two five at most, no word a typed
    table writes alone, no post or word of how the post is held, no name nor the start of one
    the column writes elsewhere (``written``), no second holder's whole name."""
    return (
        bool(_NAME_REST.fullmatch(rest))
        and rest not in _NO_NAME_REST
        and 2 <= len(have)
        and len(have + rest) <= 5
        and bool(_HOLDER_LINE.fullmatch(have))
        and rest not in written
        and not any(o.startswith(rest) for o in written)
        and not _whole_name_rest(have, rest, written)
        and not _post_or_held_rest(rest)
    )


class _BesideRows(dict):
    """Rows (by index) that may go on with the record above: (the column of the name's rest or
    None, the text columns written); ``widths``: each text column's widest record line."""

    widths: dict[int, int]


# the roles a record's text may wrap in (its point, measures, description), onto the row under it
_WRAPPING_ROLES = ("risk_point", "measures", "description")
# the roles a record's row states once, blank on the rows its cells' lines go on in
_ONCE_ROLES = ("seq", "department", "title", "risk_level", "risk_type")


def _name_rests_beside_lines(g, head: int, roles: dict[str, int], span: range) -> _BesideRows:
    """The rows of a sheet converted from a PDF (each printed line a row) that go on with the
    record above them in several columns at once: under a record (its name and point written),
    its 序号, 科室, 岗位, level and type blank (no such column: the rule asks nothing), one line in
    the holder's wide column (``span``) and beside it the rests of the record's point, measures
    or description (each a column the record writes in), nothing else; no merge over the row
    but one across the span on its own row. Then the rows after such a row that hold only such
    rests. Whether each line is a rest is judged where it is joined (``_line_goes_on``)."""
    rows = g.rows
    out = _BesideRows()
    out.widths = {}
    pc, wc = roles["risk_point"], roles["person"]
    texts = {roles[k] for k in _WRAPPING_ROLES if k in roles}
    once = [roles[k] for k in _ONCE_ROLES if k in roles]
    if not once:
        return out  # (nothing tells a record's row from its lines' rows)
    merges = g.merges or ()

    def cell(row: list[str], c: int) -> str:
        return row[c].strip() if c < len(row) else ""

    record = None  # the row of the record the rows under it may go on with
    named = False  # (its name's rest found on a row under it)
    for r in range(head + 1, len(rows)):
        row = rows[r]
        on = [c for c, v in enumerate(row) if v.strip()]
        if not on:
            record, named = None, False
            continue
        if any(cell(row, c) for c in once):
            record = r if cell(row, pc) and cell(row, wc) else None
            named = False
            continue
        if record is None:
            continue
        rec = rows[record]
        at = [c for c in on if c in span]
        lines = [c for c in on if c not in span]
        if (
            len(at) > 1
            or not lines
            or not all(c in texts and cell(rec, c) for c in lines)
            or (not at and not named)
            or any(
                r0 <= r <= r1 and not (r0 == r1 == r and c0 in span and c1 in span)
                for r0, c0, r1, c1 in merges
            )
        ):
            record, named = None, False
            continue
        out[r] = (at[0] if at else None, lines)
        named = True
    for _at, lines in out.values():
        for c in lines:
            if c not in out.widths:
                out.widths[c] = max(
                    (len(cell(o, c)) for k, o in enumerate(rows[head + 1 :], head + 1)
                     if k not in out and any(cell(o, x) for x in once)),
                    default=0,
                )  # fmt: skip
    return out


def _line_goes_on(line: str, rest: str, width: int) -> bool:
    """``rest``, on the row under a record's ``line``, is that line's rest broken where the
    PDF's column ended: the line no whole sentence (no ``。`` closing it), printed to the column's
    width (within two characters of its widest record line) or broken after a comma or 顿号,
    the rest no longer than that width and no new item (``2.``, ``（二）``)."""
    return (
        not line.endswith(("。", "！", "？", ".", "!", "?"))
        and (len(line) >= width - 2 or line.endswith(_LINE_GOES_ON))
        and len(rest) <= max(width, len(line))
        and not _NEW_ITEM.match(rest)
    )


# a line opening a new numbered item ('2.', '2、', '（二）', '②'): no rest of the line above
_NEW_ITEM = LazyRe(r"\s*(?:\d{1,2}\s*[.、．)）]|[（(][一二三四五六七八九十\d]{1,3}[)）]|[①-⑳])")


def _whole_name_rest(have: str, rest: str, attested: set[str]) -> bool:
    """Whether ``rest``, a line under the name ``have``, reads as a second holder's whole name
    ('李强' under '张晓明': a listed surname and a given name) rather than the rest of ``have``
    broken at the column's width: two characters reading as a name by themselves, the two
    joined ('张晓明李强') no name written elsewhere in the column. A rest of one character
    ('澜' under '散答') is always a rest."""
    from xlproc.columns import looks_like_name

    return len(rest) >= 2 and looks_like_name(rest) and have + rest not in attested


def _level_word_rest(config: Config, have: str, rest: str) -> bool:
    """``rest`` is the rest of the level word ``have`` begins, broken at a narrow column's width
    ('一级风' over '险', '较高风' over '险'): the two joined one known level word, ``rest`` alone
    none (a level of its own, '中' under '高', is the next record's)."""
    if not have or len(rest) > 3 or len(have) > 6:
        return False  # (the cheap tests first: a level word's halves are short)
    return config.level(have + rest) is not None and config.level(rest) is None


# a note marking a version of a list the newer one ('最新', '以此为准', '修改后', '更新版')
_NEWER_MARK = re.compile(
    r"最新|以(?:此|本)(?:表|版|稿)?为准|新版|(?:修改|修订|更新|调整)(?:后|稿|版)"
)


def _copy_outside_print_area(grids: list, rel: str, res: FileResult) -> None:
    """A sheet whose print area (设置打印区域) holds a whole list, and beside or under it, outside
    the area, another copy of the same list — the same heading, the same title (or none over
    either), much of the same wording: the compiler's earlier or working version, kept on the
    sheet but not printed. Only the print area marks the current one: the copy's cells are
    blanked before any table is looked for (the list's keep their places), its rows counted as
    reported, one warning naming its range and the print area.

    Read as before: no print area, or several ranges; a print area that cuts a table (anything
    on its edges outside it, a merge across them) or covers every cell; cells outside it that
    are notes or a different table (another heading, another title, little wording shared, or
    a second heading among them)."""
    for g in grids:
        if g.refused or g.prints is None or len(g.rows) < 3:
            continue
        # (a long sheet's print area asked first: one small part of the package read once, not
        # a search a row; both tests are pure, so their order changes nothing)
        if len(g.rows) > 2000 and g.print_area is None:
            continue
        if not _point_heading_twice(g.rows):
            continue  # (the cheap test first: no copy of a list repeats its point's heading)
        area = g.print_area
        got = _outside_copy(g, area) if area is not None else None
        if got is None:
            continue
        (top, left, bottom, right), n = got
        for r in range(top, bottom + 1):
            row = g.rows[r]
            for c in range(left, min(right + 1, len(row))):
                row[c] = ""
        if g.merges is not None:
            g.merges = [
                m for m in g.merges
                if not (top <= m[0] <= bottom and left <= m[1] <= right)
            ]  # fmt: skip
            g.__dict__.pop("merged_into", None)  # (built again from the merges left)
        r0, c0, r1, c1 = area
        r1 = min(r1, len(g.rows) - 1)
        c1 = min(c1, max(map(len, g.rows)) - 1)
        res.rows_seen += n
        res.rows_reported += n
        res.issues.append(
            make_issue("TABLE_OUTSIDE_PRINT_AREA", rel, g.name,
                       f"{cell_ref(top, left)}:{cell_ref(bottom, right)}",
                       value=f"{cell_ref(r0, c0)}:{cell_ref(r1, c1)}", rows=str(n))
        )  # fmt: skip


_POINT_HEAD_ENDS = ("点", "描述", "事项", "表现", "内容", "名称", "情形", "事件")
# such a cell among a row's cells joined by \x1f: 风险 in it, one of those words closing it
_POINT_HEAD_CELL = re.compile(
    r"(?:^|\x1f)([^\x1f]*?风险[^\x1f]*?(?:" + "|".join(_POINT_HEAD_ENDS) + r")\s*)(?=\x1f|\Z)"
)


def _point_heading_twice(rows: list[list[str]]) -> bool:
    """Whether a short cell naming a risk's point ('风险点', '廉政风险点', '风险描述') stands twice
    on the sheet: a copy of a list beside or under it repeats its heading. (A type or level
    column's words, '制度机制风险', '一级风险', end otherwise.)"""
    seen: set[str] = set()
    for row in rows:
        # (one search a row, the cells joined: a long list's cells are not each looked at)
        joined = "\x1f".join(row)
        if "风险" not in joined:
            continue  # (no cell of the row can match: the cheap test, in C)
        for m in _POINT_HEAD_CELL.finditer(joined):
            v = m.group(1)
            if len(v) <= 12:
                k = "".join(v.split())
                if k in seen:
                    return True
                seen.add(k)
    return False


def _outside_copy(
    g, area: tuple[int, int, int, int]
) -> tuple[tuple[int, int, int, int], int] | None:
    """The box of a copy of the print area's list standing outside it (``_copy_outside_print_area``)
    and its rows under its heading; None where the sheet is no such case."""
    from xlproc.identity import squeeze
    from xlproc.locate import column_role
    from xlproc.text import label_key

    rows = g.rows
    r0, c0, r1, c1 = area
    r1 = min(r1, len(rows) - 1)
    inner, outer = [], []
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v:
                (inner if r0 <= r <= r1 and c0 <= c <= c1 else outer).append((r, c))
    if not inner or not outer:
        return None  # (the print area covers every cell, or none)
    # the area cuts no table: nothing outside on its edges, no merge across them
    ring = [(r, c) for r in (r0 - 1, r1 + 1) for c in range(c0 - 1, c1 + 2)]
    ring += [(r, c) for c in (c0 - 1, c1 + 1) for r in range(r0, r1 + 1)]
    if any(g.get(r, c) for r, c in ring if r >= 0 and c >= 0):
        return None
    for a, b, x, y in g.merges or ():
        within = r0 <= a and x <= r1 and c0 <= b and y <= c1
        apart = x < r0 or a > r1 or y < c0 or b > c1
        if not (within or apart):
            return None
    top, bottom = min(r for r, _c in outer), max(r for r, _c in outer)
    left, right = min(c for _r, c in outer), max(c for _r, c in outer)
    if not (bottom < r0 or top > r1 or right < c0 or left > c1):
        return None  # (cells outside on two sides, around the area: no one table's box)

    def texts(r: int, lo: int, hi: int) -> list[str]:
        return [squeeze(v) for v in rows[r][lo : hi + 1] if v] if r < len(rows) else []

    def heading(words: list[str]) -> bool:
        roles = {column_role(label_key(v)) for v in words} - {None}
        return len(roles) >= 3 and "risk_point" in roles

    h = next((r for r in range(r0, r1 + 1) if heading(texts(r, c0, c1))), None)
    if h is None:
        return None
    heads = texts(h, c0, c1)
    copies = [r for r in range(top, bottom + 1) if texts(r, left, right) == heads]
    if len(copies) != 1:
        return None  # (another heading, or the same twice: no one copy of the list)
    ho = copies[0]
    if any(heading(texts(r, left, right)) for r in range(top, bottom + 1) if r != ho):
        return None  # (a second table among the cells outside)
    # the same title or caption over both (or none over either): a version of the one list
    over_in = ["".join(texts(r, c0, c1)) for r in range(r0, h)]
    over_out = ["".join(texts(r, left, right)) for r in range(top, ho)]
    if [t for t in over_in if t] != [t for t in over_out if t]:
        return None

    def words(lo_r: int, hi_r: int, lo: int, hi: int) -> set[str]:
        return {t for r in range(lo_r, hi_r + 1) for t in texts(r, lo, hi) if len(t) >= 4}

    said_in = words(h + 1, r1, c0, c1)
    said_out = words(ho + 1, bottom, left, right)
    shared = said_in & said_out
    if not said_in or not shared or 3 * len(shared) < len(said_out):
        return None  # (little wording shared: another list under the same heading)

    # the same points: another 科室's list under the same heading shares its measures' stock
    # phrases ('严格执行财务制度规定'), not its points
    def points(head: int, last: int, lo: int, hi: int) -> set[str]:
        row = rows[head]
        at = next(
            (c for c in range(lo, min(hi + 1, len(row)))
             if row[c] and column_role(label_key(squeeze(row[c]))) == "risk_point"),
            None,
        )  # fmt: skip
        if at is None:
            return set()
        return {
            squeeze(rows[r][at])
            for r in range(head + 1, last + 1)
            if at < len(rows[r]) and rows[r][at]
        }

    points_out = points(ho, bottom, left, right)
    if points_out and 2 * len(points_out & points(h, r1, c0, c1)) < len(points_out):
        return None  # (most of its points not the list's: another list, read as before)
    # the copy outside marked the newer ('最新', '以此为准'): the print area is no longer the
    # current one's mark, both read as before (their duplicates said)
    marked = [v for r, c in outer if _NEWER_MARK.search(rows[r][c])]
    if marked and not any(_NEWER_MARK.search(rows[r][c]) for r, c in inner):
        return None
    n = sum(1 for r in range(ho + 1, bottom + 1) if texts(r, left, right))
    if not n:
        return None
    return (top, left, bottom, right), n


def _rows_filled_across(grids: list, rel: str, res: FileResult, config: Config) -> None:
    """A sheet after WPS's 拆分并填充内容 (Excel's 取消合并并填充): no merge is left, and a row
    that was one cell merged across (the title, '填报单位：…', a group row '二、港口管理科', a
    '注：…' line) now holds its text in every cell. A row whose non-empty cells, three or more
    side by side over most of the sheet's width, all hold one text is read as that text merged
    across them (the text kept in its first cell), as the original was; said once per sheet.
    A data row whose cells happen to be equal ('/ | / | /', '无 | 无 | 无', '高 | 高 | 高',
    '同上 | 同上 | 同上') is no such row: only a text of words that is no level, type, mark or
    placeholder counts, but for a level or a type filled over the whole row of four cells or
    more (a type's also from the second cell, the 序号 left blank): the group row it was."""
    from xlproc.identity import is_post
    from xlproc.locate_base import _NOTHING, _PROMPTS
    from xlproc.text import label_key

    for g in grids:
        rows = g.rows
        if g.merges is None or len(rows) < 3:
            continue  # (merges unknown: a text table, a sheet not read)
        width = left = right = 0
        found: list[tuple[int, int, int]] = []
        for r, row in enumerate(rows):
            lead = ""
            if len(row) - row.count("") >= 2:
                # (the cheap test first: a type filled across repeats one text in two of the
                # row's first three filled cells, the first perhaps its number)
                vals = list(islice(filter(None, row), 3))  # (in C)
                if vals[0] == vals[1] or (len(vals) > 2 and vals[1] == vals[2]):
                    lead = vals[0]
            if lead and (config.type_only(lead) or _FILLED_GROUP_NUMBER.match(lead.strip())):
                if not width:
                    width = max(len(x) - x.count("") for x in rows)
                    left = min(next(i for i, v in enumerate(x) if v) for x in rows if any(x))
                    right = max(max(i for i, v in enumerate(x) if v) for x in rows if any(x))
                typed = _type_row_filled(row, config, left, right)
                if typed is not None:  # a type's group row filled over part of the row
                    found.append((r, *typed))
                    continue
            if len(row) < 3 or not row[-1] and not row[1]:
                continue  # (the cheap test: a filled row fills its second or last cell)
            text = next(filter(None, row), "")
            same = row.count(text)
            if same < 3 or len(row) - row.count("") != same:
                continue  # (a row of one text only, three cells or more)
            first = row.index(text)
            if row[first : first + same].count(text) != same:
                continue  # (side by side: a merge is one block of cells)
            if not width:
                width = max(len(x) - x.count("") for x in rows)
                left = min(next(i for i, v in enumerate(x) if v) for x in rows if any(x))
                right = max(max(i for i, v in enumerate(x) if v) for x in rows if any(x))
            if same * 3 < width * 2:
                continue  # (over most of the table's width, not a few cells of a row)
            # ('| 办公室 | 办公室 | 办公室 | 办公室' to the last column, the 序号 column left blank:
            # a group row filled across from the second column; a bare post so is a row of posts)
            second = first == left + 1 and first + same - 1 == right and not is_post(text)
            if first != left and not second:
                continue  # (a merge across the sheet opens at its first column; '科长 | 科长 |
                # 科长' under '药剂科 | 财务科 | …' beside a corner column is a row of posts)
            if len(text) <= 4 and is_post(text):
                continue  # (a post repeated across: each column's post, not one merged cell)
            # '一级风险 | 一级风险 | 一级风险 | 一级风险' (or '制度机制风险 | 制度机制风险 | …') over
            # the whole width of four columns or more, nothing else: a level's (a type's) group
            # row, the rows under it of that level (type)
            whole = first == left and same == right - left + 1 and same >= 4
            if (
                not _FILLED_HAN.search(text)
                or text in _NOTHING
                or text in _PROMPTS
                or text in _FILLED_DITTO
                or label_key(text) in _NOTHING
                or (
                    (config.level(text) or config.grade(text))
                    and not (whole and config.level(text))
                )
                or (config.type_only(text) and not (whole or (second and same >= 4)))
            ):
                continue  # (a level, type, mark or placeholder repeated: a data row)
            found.append((r, first, first + same - 1, text))
        if not found:
            continue
        merged = g.merged_into
        done = 0
        for r, c0, c1, text in found:
            if any((r, c) in merged for c in range(c0, c1 + 1)):
                continue  # (a cell already in a merge: not a row filled across)
            rows[r] = rows[r][:c0] + [text] + [""] * (c1 - c0) + rows[r][c1 + 1 :]
            g.merges.append((r, c0, r, c1))
            done += 1
        if done:
            g.__dict__.pop("merged_into", None)  # (the covered cells asked for again)
            res.issues.append(make_issue("ROWS_FILLED_ACROSS", rel, g.name, value=str(done)))


@lru_cache(maxsize=1 << 12)
def _heading_strength(text: str) -> int:
    """How surely ``text`` is a column's heading (``columns.heading_role``'s strength), 0 for
    none: the two header readers below test words of a row one by one. (Cached: a round's
    files bring the same headings.)"""
    from xlproc.columns import heading_role
    from xlproc.text import label_key

    h = heading_role(label_key(text))
    return 0 if h is None else h.strength


def _heads_broken_across_rows(grids: list, rel: str, res: FileResult) -> None:
    """A header whose words were broken over two rows, each column's heading begun on one row
    and ended on the next ('廉政风' over '险点', '防控' over '措施', '风险' over '等级'), as a table
    converted from a PDF or typed into narrow cells has it: each such column's two parts are read
    as one heading on the upper row, the lower row's cells emptied and every heading of the row
    merged down over both rows (said once per sheet). Only where some column's two parts are no
    heading each alone and one together, every other two-part column's joined words a heading
    too, the lower parts short (no number), and nothing on the lower row but under a heading."""
    role = _heading_strength
    for g in grids:
        rows = g.rows
        if g.merges is None or len(rows) < 3:
            continue  # (merges unknown: a text table, a sheet not read)
        for r in range(min(len(rows) - 1, 60)):
            row, low = rows[r], rows[r + 1]
            if len(row) - row.count("") < 3 or len(low) - low.count("") < 2:
                continue  # (the cheap test, before each cell is stripped)
            lows = [c for c, v in enumerate(low) if v.strip()]
            if len(lows) < 2:
                continue
            if any(len(low[c].strip()) > 4 for c in lows):
                continue  # (the cheap test: the rest of a broken heading is a word or two)
            if any(
                c >= len(row)
                or not row[c].strip()
                or len(row[c].strip()) > 8
                or low[c].strip().isdigit()
                or _HEAD_NOT_GROUP.search(low[c])
                for c in lows
            ):
                continue  # (a cell under no heading, or a value: no broken heading)
            joins = {c: row[c].strip() + low[c].strip() for c in lows}
            if not any(
                role(j) >= 2 and not role(row[c]) and not role(low[c]) for c, j in joins.items()
            ) or not all(role(j) >= 2 for j in joins.values()):
                continue
            merged = g.merged_into
            if any((r, c) in merged or (r + 1, c) in merged for c in lows):
                continue  # (merges kept: a header of its own shape)
            heads = [c for c, v in enumerate(row) if v.strip()]
            new_row = list(row)
            for c, j in joins.items():
                new_row[c] = j
            rows[r] = new_row
            rows[r + 1] = [("" if c in joins else v) for c, v in enumerate(low)]
            g.merges.extend((r, c, r + 1, c) for c in heads)
            g.__dict__.pop("merged_into", None)  # (the covered cells asked for again)
            shown = "、".join(f"“{row[c].strip()}⏎{low[c].strip()}”" for c in list(joins)[:3])
            res.issues.append(make_issue("HEADS_BROKEN_ACROSS_ROWS", rel, g.name,
                                         cell_ref(r, heads[0]), value=shown))  # fmt: skip
            break  # (one header a sheet)


_HEAD_NOT_GROUP = re.compile(r"[0-9０-９:：]")  # a date, a count or a label's value, no group
# the words a measures heading is written with ('防控措施', '防控对策', '防范举措', '防控办法'): a
# sheet without them has no measures heading over kinds of measure (``_heads_typed_across``)
_MEASURES_HEAD_WORDS = ("措施", "对策", "举措", "办法", "手段")
# a sub-heading under the measures heading that is no kind of measure: who answers for it, leads
# or helps, by when, how it went or stands, what it aims at or rests on, a level or type
# ('责任人', 'A角 | B角', '牵头 | 配合', '完成时限', '落实情况', '现状', '整改进度', '预期目标',
# '制度依据', '等级')
_SUB_NOT_KIND = re.compile(
    r"责任|人$|人员|领导|部门|科室|股室|岗位|姓名|时限|时间|日期|期限|落实|完成|情况|效果|备注|说明|"
    r"等级|级别|类型|类别|分值|得分|评分|签|现状|状态|进度|进展|成效|目标|结果|依据|"
    r"[AB][角岗]|牵头|配合|协办|协助|主办|承办|经办"
)


def _heads_typed_across(grids: list, rel: str, res: FileResult, config: Config) -> None:
    """A header of two rows whose group headings lost their merges: typed (or pasted, or filled
    by an unmerge) into each of the columns they head ('风险识别 | 风险识别 | 风险识别' over
    '廉政风险点 | 风险等级 | 风险类型', '编制情况 | 编制情况' over '编制岗位 | 实际岗位'), or written in
    one of them only, the others blank (a merge undone, a table pasted from a page: '风险识别 |  | '
    or centred ' | 风险识别 | '), the other headings on the upper row alone or filled down. Each
    group is read as one heading merged across the columns whose sub-headings it stands over,
    as the form had it (said once per sheet): the header readers know a group heading only by
    its merge, and without it the sub-headings were a data row and the table lost its columns.
    Only where every run of sub-headings (short, distinct, no level word or number, one of them
    a known heading word) has a group text over it (short, no level, type or ditto), opening
    the run or alone over it, and the upper row has a known heading outside them; the same two
    rows repeated further down (a table pasted page by page) likewise. A measures heading
    ('防控措施', '主要防控措施') over sub-headings none of which is a heading, a type, or a word of
    who, when or how it went ('制度防控 | 监督防控 | 技术防控', '事前 | 事中 | 事后': kinds of
    measure) is such a group too, said apart (MEASURES_HEAD_OVER_KINDS): merged, each row's
    measures are its sub-cells joined, as under a merged heading; before, the first sub-column
    alone was read. (Asked only where the sheet can write a measures heading's words.)"""

    from xlproc.columns import heading_role
    from xlproc.text import label_key

    measures_words = False  # (the sheet's cells can write a measures heading: set a sheet)

    def known(text: str) -> bool:
        return _heading_strength(text) >= 2

    def measures_over(text: str, subs: list[str]) -> bool:
        """``text`` the measures' heading over sub-headings that are kinds of measure
        ('制度防控 | 监督防控', '事前 | 事中 | 事后'): no heading of another column, no type word
        or holder's word among them."""
        if not measures_words:
            return False
        h = heading_role(label_key(text))
        return (
            h is not None
            and h.role == "measures"
            and h.strength >= 3
            and not any(_heading_strength(x) or config.type_only(x) or _SUB_NOT_KIND.search(x)
                        for x in subs)
        )  # fmt: skip

    def at(row: list[str], c: int) -> str:
        return row[c] if c < len(row) else ""

    def groups_of(r: int) -> tuple[list[tuple[int, int, str]], set[int], bool] | None:
        """The groups over row ``r``'s sub-headings on row r + 1, the columns of those, and
        whether every group was typed across all its columns; None where it is no such
        header."""
        row, low = rows[r], rows[r + 1]
        width = max(len(row), len(low))

        def sub(c: int) -> bool:  # a sub-heading: filled, not the heading above filled down
            v = at(low, c)
            return bool(v.strip()) and v != at(row, c)

        out: list[tuple[int, int, str]] = []
        cols: set[int] = set()
        explicit = True  # (every group typed across all its columns)
        c = 0
        while c < width:
            if not sub(c):
                c += 1
                continue
            k = c
            while k + 1 < width and sub(k + 1):
                k += 1
            cols.update(range(c, k + 1))
            over = [(x, at(row, x)) for x in range(c, k + 1) if at(row, x).strip()]
            if not over:
                return None  # (a row under blanks: data, or a header of its own)
            xs = [x for x, _t in over]
            if over[0][0] != c:
                if len({t for _x, t in over}) != 1:
                    return None  # (two texts, the first not opening the run: not clear)
                if len(xs) == 1:
                    segs = [[c, k, over[0][1], False]]  # (one text centred over the run)
                elif xs == list(range(xs[0], xs[-1] + 1)):
                    # typed across part of the run: the cells beside it under blanks are the
                    # lower row's own headings
                    segs = [[xs[0], xs[-1], over[0][1], True]]
                else:
                    return None
            else:
                segs = []
                for x in range(c, k + 1):
                    t = at(row, x)
                    if t and (not segs or t != segs[-1][2]):
                        segs.append([x, x, t, False])
                    elif t:  # (the same text again: typed across)
                        segs[-1][1], segs[-1][3] = x, True
                    elif segs[-1][2] and not segs[-1][3]:  # (a group in its first cell)
                        segs[-1][1] = x
                    else:  # (beside a group typed across: a heading of the lower row's own)
                        segs.append([x, x, "", False])
            for c0, c1, t, across in segs:
                if c1 == c0:
                    continue  # (a heading of one column over its own second line)
                explicit = explicit and across
                text = t.strip()
                subs = [at(low, x).strip() for x in range(c0, c1 + 1)]
                if (
                    len(text) > 12
                    or not _FILLED_HAN.search(text)
                    or _HEAD_NOT_GROUP.search(text)
                    or text in _FILLED_DITTO
                    or config.level(text)
                    or config.type_only(text)
                    or len(set(subs)) != len(subs)
                    or any(len(x) < 2 or len(x) > 16 or x == text or x.isdigit()
                           or config.level(x) for x in subs)
                ):  # fmt: skip
                    return None
                if not any(known(x) for x in subs):
                    if not measures_over(text, subs):
                        return None
                    # '防控措施 |  | ' over '制度防控 | 监督防控 | 技术防控': the measures' heading
                    # over the first of its kinds, none a heading of its own
                    kinds.add((r, c0))
                out.append((c0, c1, t))
            c = k + 1
        return out, cols, explicit

    for g in grids:
        rows = g.rows
        if g.merges is None or len(rows) < 3:
            continue  # (merges unknown: a text table, a sheet not read)
        measures_words = not g.lacks(*_MEASURES_HEAD_WORDS)
        kinds: set[tuple[int, int]] = set()  # (row, column) of measures' headings over kinds
        found: list[tuple[int, list[tuple[int, int, str]]]] = []
        pairs: list[tuple[list[str], list[str]]] = []
        for r in range(min(len(rows) - 1, 60)):
            row, low = rows[r], rows[r + 1]
            if len(row) - row.count("") < 2 or len(low) - low.count("") < 2:
                continue
            if not any(
                v and (not at(row, c) or (c and at(row, c) == at(row, c - 1)))
                for c, v in enumerate(low)
            ):
                continue  # (the cheap test: a sub-heading under a blank or a repeated heading)
            got = groups_of(r)
            if not got or not got[0]:
                continue
            groups, cols, explicit = got
            inside = {x for c0, c1, _t in groups for x in range(c0, c1 + 1)}
            if not any(v and c not in cols and known(v) for c, v in enumerate(row)) and not (
                explicit
                and all(c in inside for c, v in enumerate(row) if v)
                and sum(1 for v in low if v and known(v)) >= 3
            ):
                # no known heading of one column beside them, nothing under it (labels over
                # a header, '姓名 | 某某 | 岗位风险等级 | '), and no row of groups typed across
                # alone over a whole header of the lower row's own: not a header's groups
                continue
            merged = g.merged_into
            if any((r, x) in merged or (r + 1, x) in merged for x in inside):
                continue  # (merges kept: read by the header readers as they are)
            found.append((r, groups))
            pairs.append((row, low))
        if not found:
            continue
        for r in range(found[-1][0] + 2, len(rows) - 1):
            if (rows[r], rows[r + 1]) in pairs:  # (the header again, pasted page by page)
                found.append((r, (groups_of(r) or ([], set(), True))[0]))
        done, over = [], []  # (over: the measures' headings over their kinds, told apart)
        for r, groups in found:
            inside = {x for c0, c1, _t in groups for x in range(c0, c1 + 1)}
            for c, v in enumerate(rows[r]):
                if v and c not in inside and not at(rows[r + 1], c):
                    g.merges.append((r, c, r + 1, c))  # (and the others merged down, as they were)
            for c0, c1, text in groups:
                low = rows[r + 1]
                rows[r] = rows[r][:c0] + [text] + [""] * (c1 - c0) + rows[r][c1 + 1 :]
                g.merges.append((r, c0, r, c1))
                shown = f"{cell_ref(r, c0)}:{cell_ref(r, c1)}“{text.strip()}”"
                if (r, c0) in kinds:
                    subs = "、".join(at(low, x).strip() for x in range(c0, c1 + 1))
                    over.append((cell_ref(r, c0), text.strip(), subs))
                else:
                    done.append(shown)
        g.__dict__.pop("merged_into", None)  # (the covered cells asked for again)
        if done:
            shown = "、".join(done[:3]) + (f" 等 {len(done)} 处" if len(done) > 3 else "")
            res.issues.append(make_issue("HEADS_TYPED_ACROSS", rel, g.name, value=shown))
        if over:
            # '防控措施 |  | ' over '制度防控 | 监督防控 | 技术防控': told once a sheet, its first
            cell, text, subs = over[0]
            res.issues.append(make_issue("MEASURES_HEAD_OVER_KINDS", rel, g.name, cell,
                                         field=text, value=subs))  # fmt: skip


def _tables_in_one_cell(grids: list, rel: str) -> list:
    """Where a file yields no form: each cell holding a whole table pasted as text, its lines
    parted by line breaks and its fields by tabs (or runs of spaces), a heading line among them
    ('序号⇥科室⇥岗位⇥…⇥廉政风险点⇥…'), that was not unfolded (``_tables_in_cells_unfolded``: its
    lines part unevenly, its heading is not its first line, other text shares its row): said by
    its cell, so that no one takes the file for empty."""
    from xlproc.columns import POINTISH, heading_role
    from xlproc.text import cell_ref, label_key

    out = []
    for g in grids:
        for r, row in enumerate(g.rows[:200]):
            for c, v in enumerate(row):
                if v.count("\n") < 2 or (
                    "\t" not in v and "  " not in v and "\u3000\u3000" not in v
                ):
                    continue
                for line in v.split("\n")[:5]:
                    parts = [
                        x.strip() for x in re.split(r"\t+|[ \u3000]{2,}", line.strip()) if x.strip()
                    ]
                    known = [
                        h for x in parts if (h := heading_role(label_key(x))) and h.strength >= 2
                    ]
                    if (
                        len(parts) >= 4
                        and len(known) >= 3
                        and any(h.role in POINTISH for h in known)
                    ):
                        lines = sum(1 for x in v.split("\n") if x.strip())
                        out.append(make_issue("TABLE_IN_ONE_CELL", rel, g.name, cell_ref(r, c),
                                              value=str(lines)))  # fmt: skip
                        break
    return out


def _cells_by_dropdowns(grids: list, path: Path, rel: str, res: FileResult) -> None:
    """Cells a form-control drop-down (组合框, 列表框) is drawn over and no one typed in, or
    linked to it and holding only the number of the chosen entry: each reads as the entry the
    control shows, before any table is looked for (.xlsx; the package's part names are looked
    at first, its drawings only where it has a VML drawing or control properties)."""
    from xlproc.controls import fill_grids, may_hold_controls

    if path.suffix.lower() not in (".xlsx", ".xlsm") or not grids:
        return
    headers = next((g.headers for g in grids if g.headers is not None), None)
    data = getattr(headers, "data", None)  # (the file's bytes, read once by the sniff)
    if not may_hold_controls(data):
        return
    filled, unread = fill_grids(grids, data)
    for sheet, cells in filled.items():
        shown = "、".join(cells[:6]) + (f" 等 {len(cells)} 格" if len(cells) > 6 else "")
        res.issues.append(make_issue("CELL_BY_DROPDOWN", rel, sheet, value=shown))
    for sheet, cell, why in unread:
        res.issues.append(make_issue("DROPDOWN_UNREAD", rel, sheet, cell, value=why))


_DROPDOWN_SAID = LazyRe(
    r"(?:下拉(?:框|菜单|列表)?|组合框|列表框)[^。；;\n]{0,6}?(?:选择|选取|选定|点选)"
    r"|(?:选择|选取)[^。；;\n]{0,4}?(?:下拉框|组合框|列表框)"
)
# the field a note says is chosen in them: '姓名请在下拉框中选择', '风险等级从下拉列表选取'
_DROPDOWN_FIELDS = (
    ("person", LazyRe(r"姓名|责任人|持卡人|人员|名字")),
    ("risk_level", LazyRe(r"等级|级别")),
    ("risk_type", LazyRe(r"类型|类别")),
)


def _dropdowns_unread(located, path: Path, rel: str, res: FileResult) -> None:
    """A sheet whose note says a field is chosen in drop-downs ('责任人请在下拉框中选择'), in a
    file whose controls are not read (.xls, .ods), where that field is blank (no holder, no
    level, no type): said once per sheet, as ``_formats_unread`` does, so that no one takes the
    blanks for what the sheet shows. (A data validation's choice is typed into its cell and
    read: its sheet has no such blanks.)"""
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return
    for g, forms, _sh in located:
        if not forms or _notes_lack(g, "下拉", "组合框", "列表框"):
            continue  # (the cheap test: a note's 下拉/组合框/列表框 in the cells or the lent notes)
        legend = _legend(g, forms, "下拉", "组合框", "列表框")
        clauses = [x for x in re.split(r"[。；;\n]", legend) if _DROPDOWN_SAID.search(x)]
        if not clauses:
            continue
        named = {role for role, rx in _DROPDOWN_FIELDS for x in clauses if rx.search(x)}
        blank = False
        for role in named or {role for role, _rx in _DROPDOWN_FIELDS}:
            if role == "person":
                blank |= any(
                    not f.person and any("person" in rr.cols for rr in f.risks) for f in forms
                )
            else:
                blank |= any(
                    role in rr.cols and not getattr(rr, role).strip()
                    for f in forms
                    for rr in f.risks
                )
        if blank:
            res.issues.append(
                make_issue("FORMAT_UNREAD", rel, g.name, field=suffix, value="下拉框(表单控件)")
            )


def _bold_points(located, path: Path, rel: str, res: FileResult) -> None:
    """Point cells each opening with a bold sentence and going on in an ordinary font, no
    description column ('**零散烈士墓迁移经费虚报。**迁移数量核定不实，…'): the bold words are
    the point, the rest how it shows, where most of the sheet's long point cells are so (.xlsx)."""
    from xlproc.fills import bold_heads

    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        return
    long_points = _points_where(
        located,
        lambda rr: (
            "description" not in rr.cols
            and not rr.description
            and _SENTENCE_IN.search(rr.risk_point)
        ),
    )
    for g, _forms, todo in long_points:
        if len(todo) < 2:
            continue
        at = {id(rr): (rr.row, rr.cols["risk_point"]) for rr in todo}
        heads = bold_heads(path, g.name, set(at.values()))
        if len(heads) * 2 <= len(todo):
            continue
        for rr in todo:
            head = heads.get(at[id(rr)], "")
            if head and rr.risk_point.startswith(head):
                rest = rr.risk_point[len(head) :].strip()
                rr.risk_point, rr.description = head.rstrip("。；;，, "), rest


_SENTENCE_IN = re.compile(r"[。；;].")  # (a sentence ending inside the cell, more after it)


def _formats_unread(located, path: Path, rel: str, res: FileResult, config: Config) -> None:
    """A sheet whose note gives a strikethrough, hidden rows or cell colours a meaning, in a file
    whose cells' formats are not read (.xls, .ods): said once per sheet, so that no one takes
    its rows as read by the note."""
    from xlproc.fills import (
        FACE_HINTS,
        colour_levels,
        colour_types,
        face_levels,
        font_key_levels,
        font_levels,
        hidden_means_closed,
        light_levels,
        struck_means_deleted,
        struck_means_left,
        struck_means_words_deleted,
    )

    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return
    for g, forms, _sh in located:
        if not forms or g.lacks("线", "隐藏", "色", *FACE_HINTS, "灯", "图标"):
            continue  # (the cheap test: a note's 线/隐藏/色/粗…/灯/图标 in the cells)
        notes = "\n".join(map("".join, _notes_of(g, forms)))
        said = []
        if "线" in notes and (
            struck_means_deleted(notes)
            or struck_means_left(notes)
            or struck_means_words_deleted(notes)
        ):
            said.append("删除线")
        if "隐藏" in notes and hidden_means_closed(notes):
            said.append("隐藏行")
        if "色" in notes and (
            colour_levels(notes, config.level)
            or font_levels(notes, config.level)[0]
            or font_key_levels(notes, config.level)[0]
        ):
            unlevelled = any(not rr.risk_level for f in forms for rr in f.risks)
            if unlevelled:
                said.append("单元格颜色")
        if (
            "色" in notes
            and "单元格颜色" not in said
            and colour_types(notes, config.types)[0]
            and not any(rr.risk_type for f in forms for rr in f.risks)
        ):
            said.append("单元格颜色")  # ('黄色为思想道德风险…' over types drawn as colours)
        if any(w in notes for w in FACE_HINTS) and face_levels(notes, config.level)[0]:
            if any(not rr.risk_level for f in forms for rr in f.risks):
                said.append("字体(加粗、下划线等)")
        if ("灯" in notes or "图标" in notes) and light_levels(notes, config.level):
            said.append("条件格式图标")  # ('红灯为高风险…' over levels drawn as lights)
        if said:
            res.issues.append(
                make_issue("FORMAT_UNREAD", rel, g.name, field=suffix, value="、".join(said))
            )


# a note sending the holder to the input message a drop-down shows ('按下拉列表和提示选择填写',
# '选中单元格后按提示填写', '见单元格的输入信息'): the codes' meaning may stand only there
_PROMPT_SAID = LazyRe(
    r"(?:下拉|点击|单击|选中|选定|数据验证|有效性)[^。；;\n]{0,12}提示|输入信息|提示信息"
)


def _prompts_unread(located, path: Path, rel: str, res: FileResult, config: Config) -> None:
    """A sheet whose note sends the holder to the drop-downs' input messages (数据验证的输入信息,
    where a template may give its level or type codes their meaning), in a file that keeps them
    where we do not read (.xls, .ods), with levels or types the vocabulary does not know: said
    once per sheet, so that no one takes the codes as having no meaning at all."""
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return  # (read there: the sheet's legend holds them)
    for g, forms, _sh in located:
        points = [rr for f in forms for rr in f.risks]
        if not points:
            continue
        fields = []
        if any(rr.risk_level.strip() and not (rr.level_as or config.level(rr.risk_level))
               for rr in points):  # fmt: skip
            fields.append("风险级别")
        if any(rr.risk_type.strip() and config.types(rr.risk_type)[1] for rr in points):
            fields.append("风险类型")
        if not fields:
            continue
        notes = "\n".join(map("".join, _notes_of(g, forms)))
        if _PROMPT_SAID.search(notes):
            res.issues.append(
                make_issue("PROMPTS_UNREAD", rel, g.name, field=suffix, value="、".join(fields))
            )


def _struck_rows(located, path: Path, rel: str, res: FileResult) -> None:
    """Points struck through on a sheet whose note says a strikethrough marks the deleted ones
    ('加删除线的为本次删除的风险点'): no points, each reported with its cell."""
    from xlproc.fills import struck_cells, struck_means_deleted
    from xlproc.text import cell_ref

    for g, forms, _sh in located:
        if not forms or _notes_lack(g, "线"):
            continue  # (the cheap test: a note's 线 in the cells or the lent notes)
        legend = _legend(g, forms, "线")
        if not forms or not legend or not struck_means_deleted(legend):
            continue
        cells = {(rr.row, rr.cols["risk_point"]) for f in forms for rr in f.risks if not rr.sheet}
        struck = struck_cells(path, g.name, cells)
        if not struck:
            continue
        for f in forms:
            kept = []
            for rr in f.risks:
                cell = (rr.row, rr.cols["risk_point"])
                if not rr.sheet and cell in struck:
                    res.rows_reported += 1
                    res.issues.append(make_issue("ROW_STRUCK", rel, g.name, cell_ref(*cell)))
                else:
                    kept.append(rr)
            f.risks = kept


def _struck_words(located, path: Path, rel: str, res: FileResult) -> None:
    """Words struck through inside point and measures cells, on a sheet whose note says struck
    words are taken out ('加删除线的文字为本次删去的内容'): the cells say what is left; a point
    struck whole is no point (ROW_STRUCK)."""
    from xlproc.fills import struck_means_words_deleted, unstruck_texts
    from xlproc.text import cell_ref

    for g, forms, _sh in located:
        if not forms or _notes_lack(g, "线"):
            continue  # (the cheap test: a note's 线 in the cells or the lent notes)
        legend = _legend(g, forms, "线")
        if not forms or not legend or not struck_means_words_deleted(legend):
            continue
        merged = g.merged_into
        cells = {
            merged.get((rr.row, rr.cols[k]), (rr.row, rr.cols[k]))
            for f in forms for rr in f.risks if not rr.sheet
            for k in ("risk_point", "measures") if k in rr.cols
        }  # fmt: skip
        kept_text = unstruck_texts(path, g.name, cells)
        if not kept_text:
            continue
        said = []
        for f in forms:
            kept = []
            for rr in f.risks:
                for k in ("risk_point", "measures"):
                    cell = (rr.row, rr.cols.get(k, -1))
                    cell = merged.get(cell, cell)  # (a cell merged down: its top's words)
                    if not rr.sheet and cell in kept_text:
                        setattr(rr, k, kept_text[cell].strip())
                        said.append(cell_ref(*cell))
                if rr.risk_point:
                    kept.append(rr)
                else:
                    res.rows_reported += 1
                    cell = cell_ref(rr.row, rr.cols["risk_point"])
                    res.issues.append(make_issue("ROW_STRUCK", rel, g.name, cell))
            f.risks = kept
        if said:
            res.issues.append(
                make_issue("WORDS_STRUCK", rel, g.name, value="、".join(dict.fromkeys(said)))
            )


def _struck_holders(located, path: Path, rel: str, res: FileResult) -> None:
    """Holders struck through within a 姓名 cell on a sheet whose note says a struck name is one
    who left the post ('原姓名加删除线保留，现任人员姓名写在其后'): the rows are the one typed after
    it's, not his too."""
    from xlproc.fills import struck_means_left, struck_words
    from xlproc.text import cell_ref

    for g, forms, _sh in located:
        if not forms or _notes_lack(g, "线"):
            continue  # (the cheap test: a note's 线 in the cells or the lent notes)
        legend = _legend(g, forms, "线")
        legend = "\n".join(  # (a clause saying the struck are not concerned: not who left)
            x for x in re.split(r"[。；;\n]", legend) if not _STRUCK_NOT_HOLDERS.search(x)
        )
        if not forms or not legend or not struck_means_left(legend):
            continue
        merged = g.merged_into
        cells: dict[tuple[int, int], list] = {}  # a 姓名 cell → the forms whose rows it names
        for f in forms:
            for rr in f.risks:
                c = rr.cols.get("person")
                if c is not None and not rr.sheet and f.person:
                    at = cells.setdefault(merged.get((rr.row, c), (rr.row, c)), [])
                    if not any(o is f for o in at):
                        at.append(f)
        struck = struck_words(path, g.name, set(cells))
        if not struck:
            continue
        gone = set()
        for cell, words in struck.items():
            left = set(words.split())
            for f in cells[cell]:
                if f.person not in left:
                    continue
                rows = {rr.row for rr in f.risks}
                if any(
                    o is not f and o.person not in left and {rr.row for rr in o.risks} & rows
                    for o in cells[cell]
                ):
                    gone.add(id(f))  # the one typed after him holds these rows
                else:
                    f.person = ""  # ('~~温子墨~~（待配备）': the post, no one in it now)
            res.issues.append(
                make_issue("HOLDER_STRUCK", rel, g.name, cell_ref(*cell), value=words)
            )
        forms[:] = [f for f in forms if id(f) not in gone]


def _bold_holder_lines(located, path: Path, rel: str, res: FileResult) -> None:
    """A holders' cell printing the same staff on every row, a line a post and its holder, the
    row's own holders in BOLD and the rest plain ('**主任　甘翯瀞**⏎副主任　暴璟翾⏎**收费员　…**',
    '注：…字体加粗的为该风险点的直接责任人，其余为配合人员。'): read as a list of posts and
    holders (``_posts_listed_in_cell``: a copy of the point for each), only the bold lines'
    copies stay, one form a holder, said once a sheet. Only where a cell's lines differ in
    boldness, and a note says bold names the holders or the bold lines change from row to row
    (one post bold in every cell is the sheet's style); .xlsx only (.xls/.ods keep every line).
    The same cells with the persons a point does NOT concern STRUCK THROUGH instead
    ('主任　国翊湫⏎~~副主任　栗昶璘~~⏎…', '注：…用删除线划去的人员不涉及本条风险点'): the lines
    left standing are the holders (``_marked_holder_lines``)."""
    from xlproc.fills import bold_lines, standing_lines, struck_cells

    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        return

    def standing(g, at):
        out = standing_lines(path, g.name, at)
        names = {x for x in at if _names_listed(g.get(*x))}
        if names:  # ('闵晗溪、~~冉知秋~~、邬星野': names parted by '、' on one line too)
            out.update(standing_lines(path, g.name, names, sep="、"))
        return out

    _marked_holder_lines(located, rel, res, lambda g, at: bold_lines(path, g.name, at), "bold")
    _marked_holder_lines(
        located, rel, res, standing, "struck", lambda g, at: struck_cells(path, g.name, at)
    )


def _names_listed(text: str) -> list[str]:
    """The names a holders' cell lists with no post, one a line or parted by '、'
    ('闵晗溪⏎冉知秋⏎邬星野', '闵晗溪、冉知秋'), squeezed; [] unless two at least, all names."""
    from xlproc.columns import looks_like_name
    from xlproc.identity import squeeze

    names = [squeeze(x) for x in re.split(r"[\n、]", text) if x.strip()]
    return names if len(names) >= 2 and all(map(looks_like_name, names)) else []


def _marked_holder_lines(
    located, rel: str, res: FileResult, read, face: str, struck_points=None
) -> None:
    """``_bold_holder_lines`` for one ``face``: ``read(grid, cells)`` gives each holders' cell
    whose lines differ in that face → the lines naming the row's holders (the bold ones, the
    ones not struck through). Struck through, the cells may list NAMES ALONE, one a line or
    parted by '、' ('闵晗溪⏎~~冉知秋~~⏎邬星野'), where a note says the struck are not concerned:
    the names left standing hold the row. A cell whose every line is struck (``read`` gives
    it with no line) names nobody holding its row: the row is kept once, with no holder, and
    a warning at the cell (HOLDERS_ALL_STRUCK) — unless its point is struck too
    (``struck_points(grid, cells)``: a row struck whole, ``_struck_rows``' or as read)."""
    from xlproc.fills import struck_means_left
    from xlproc.identity import squeeze
    from xlproc.locate import listed_holders

    for g, forms, sh in located:
        said = [i for i in sh.issues if i.code == "HOLDERS_LISTED_WITH_POSTS"]
        if not forms or not (said or face == "struck"):
            continue  # (the cheap test: no cell read as a list of posts and holders)
        merged = g.merged_into
        copies = Counter(  # a row beside a holders' cell → the copies of it read (a holder each)
            (rr.row, rr.cols["person"])
            for f in forms
            for rr in f.risks
            if "person" in rr.cols and not rr.sheet and rr.person
        )
        fanned = {merged.get(at, at) for at, n in copies.items() if n >= 2}
        if not said:  # (names alone, struck: ``_names_listed`` cells only)
            fanned = {at for at in fanned if _names_listed(g.get(*at))}
        marked = read(g, fanned) if fanned else {}
        if not any(marked.values()):
            continue  # (no cell with lines both marked and not: not this sheet's style)
        nobody = {at for at, held in marked.items() if not held}  # (every line struck)
        marked = {at: held for at, held in marked.items() if held}
        pairs = {}  # a marked cell → its holders' pairs, and the other lines' ones
        for at, held in marked.items():
            names = _names_listed(g.get(*at))
            if names and not said:
                kept = {squeeze(x) for x in held}
                pairs[at] = [{("", n) for n in names if n in kept}, {("", n) for n in names if n not in kept}]  # fmt: skip
                continue
            pairs[at] = [
                {(squeeze(p), squeeze(n)) for x in lines for p, n in listed_holders(x)}
                for lines in (held, [x for x in g.get(*at).split("\n") if x.strip() not in held])
            ]
        # (the marked lines change among cells printing the same lines: cells of other staff,
        # a 科室's head marked in each, are the sheet's style)
        printed: dict[frozenset, set[frozenset]] = {}
        for b, p in pairs.values():
            printed.setdefault(frozenset(b) | frozenset(p), set()).add(frozenset(b))
        differ = any(len(marks) >= 2 for marks in printed.values())
        if face == "bold":
            legend = _legend(g, forms, "粗")
            noted = bool(_BOLD_HOLDERS.search(legend) and not _BOLD_LEVELS.search(legend))
        else:
            legend = _legend(g, forms, "线", "划")
            noted = bool(_STRUCK_NOT_HOLDERS.search(legend))
            if not noted and struck_means_left(legend):
                continue  # (struck names are those who left: ``_struck_holders``)
        if not noted and (not differ or not said):
            continue  # (no note, and the same lines marked in every cell: the sheet's style;
            # names alone struck with no note may be those who left: as read)
        drop = _helpers_copies(forms, merged, pairs)
        cleared, emptied = _nobody_copies(g, forms, merged, nobody, struck_points, drop)
        if not drop:
            continue
        out = []
        for f in forms:
            kept = [rr for rr in f.risks if id(rr) not in drop]
            if len(kept) == len(f.risks) and not any(id(rr) in emptied for rr in kept):
                out.append(f)
            elif {(rr.title, rr.person) for rr in kept} <= {(f.title, f.person)}:
                f.risks = kept  # (a holder's form already: his marked rows)
                out.extend([f] if kept else [])
            else:  # (one form of the whole list: a form each holder)
                held = [((rr.department or f.department, rr.title, rr.person), rr) for rr in kept]
                out += [replace(p, style="list", person_asked=False, holder_column=True)
                        for p in _forms_per_post(f, held)]  # fmt: skip
        forms[:] = out
        sh.rows_seen -= len(drop)
        where = {cell_ref(*at) for at in pairs}
        listed = [i for i in said if i.cell in where]
        field = _QUOTED.search(listed[0].message) if listed else None
        sh.issues[:] = [i for i in sh.issues if not any(i is x for x in listed)]
        first = min(pairs)
        code = "HOLDERS_BY_BOLD_LINES" if face == "bold" else "HOLDERS_BY_STRUCK_LINES"
        head = field.group(1) if field else _holders_head(g, forms) or "责任人"
        sh.issues.append(
            make_issue(code, rel, g.name, cell_ref(*first), field=head,
                       value="、".join(marked[first]))
        )  # fmt: skip
        for at in sorted(cleared):
            sh.issues.append(
                make_issue("HOLDERS_ALL_STRUCK", rel, g.name, cell_ref(*at), field=head,
                           value="、".join(x.strip() for x in re.split(r"[\n、]", g.get(*at))
                                          if x.strip()))
            )  # fmt: skip


def _holders_head(g, forms) -> str:
    """The heading of the holders' column of ``forms`` on grid ``g`` ('岗位人员'), else ''."""
    from xlproc.identity import squeeze

    for f in forms:
        for rr in f.risks:
            c = rr.cols.get("person")
            if c is not None and not rr.sheet and f.header_row is not None:
                return squeeze(g.get(f.header_row, c))
    return ""


def _nobody_copies(
    g, forms, merged: dict, nobody: set, struck_points, drop: set
) -> tuple[set, set]:
    """``_marked_holder_lines``: the rows beside a holders' cell whose every line is struck
    (``nobody``) keep one copy, with no holder (its 科室 the row's 科室 column's, if any); the
    other copies join ``drop``. A row whose point is struck through too is left as read (a
    row struck whole). The cells so cleared, and the ids of the copies left with no holder."""
    beside: dict[tuple[int, int], list] = {}  # (row, holders' cell) → the row's copies
    for rr in (rr for f in forms for rr in f.risks):
        c = rr.cols.get("person")
        at = None if c is None or rr.sheet else merged.get((rr.row, c), (rr.row, c))
        if at in nobody and "risk_point" in rr.cols:
            beside.setdefault((rr.row, at), []).append(rr)
    if not beside:
        return set(), set()
    points = {(row, rrs[0].cols["risk_point"]) for (row, _at), rrs in beside.items()}
    struck = struck_points(g, points) if struck_points else set()
    cleared, emptied = set(), set()
    for (row, at), rrs in beside.items():
        if (row, rrs[0].cols["risk_point"]) in struck:
            continue  # (the point struck too: the whole row struck)
        first, *rest = rrs
        first.title = first.person = ""
        if "department" not in first.cols:
            first.department = ""
        drop.update(id(rr) for rr in rest)
        cleared.add(at)
        emptied.add(id(first))
    return cleared, emptied


def _helpers_copies(forms, merged: dict, pairs: dict) -> set[int]:
    """The copies of rows read from a marked holders' cell (``_bold_holder_lines``) whose post
    and holder are a plain line's: a 配合人员 holds no point. A row none of whose copies is a
    bold line's (a line not matched) keeps them all, as read."""
    from xlproc.identity import squeeze

    def cell_of(rr):
        c = rr.cols.get("person")
        return None if c is None or rr.sheet else merged.get((rr.row, c), (rr.row, c))

    drop, left = set(), set()
    for rr in (rr for f in forms for rr in f.risks):
        at = cell_of(rr)
        if at in pairs:
            bold, plain = pairs[at]
            key = (squeeze(rr.title), squeeze(rr.person))
            if key not in bold and (key in plain or key[1] not in {n for _p, n in bold}):
                drop.add(id(rr))
                continue
        left.add((rr.row, at))
    return {
        id(rr) for f in forms for rr in f.risks if id(rr) in drop and (rr.row, cell_of(rr)) in left
    }


# a note saying the bold lines of a holders' cell name the point's holders, and one giving
# the levels by typeface instead ('字体加粗的为一级风险点': ``_levels_by_typeface``'s)
_BOLD_HOLDERS = LazyRe(
    r"(?:加粗|粗体|字体?粗)[^。；;\n]{0,16}(?:责任人|责任岗位|负责人|主责|直接责任)"
    r"|(?:责任人|责任岗位|负责人)[^。；;\n]{0,16}(?:加粗|粗体)"
)
_BOLD_LEVELS = LazyRe(r"(?:加粗|粗体)[^。；;\n]{0,8}(?:[一二三四五六高中低]级|[高中低]风险)")
_QUOTED = LazyRe(r"“([^”]+)”")
# a note saying the persons struck through in a holders' cell are not concerned by the row's
# point ('用删除线划去的人员不涉及本条风险点', '划线的为不涉及该风险点的岗位')
_STRUCK_NOT_HOLDERS = LazyRe(
    r"(?:删除线|划线|横线|划去|划掉)[^。；;\n]{0,16}(?:不涉及|不负责|不承担|无关|不属于|不是责任)"
)


def _hidden_rows(located, path: Path, rel: str, res: FileResult) -> None:
    """Points in rows hidden on a sheet whose note says the hidden rows are points no longer
    kept ('已销号的风险点所在行已隐藏'): no points, each reported with its cell; a post whose rows
    are all hidden is no form."""
    from xlproc.fills import hidden_means_closed, hidden_rows
    from xlproc.text import cell_ref

    for g, forms, _sh in located:
        if not forms or _notes_lack(g, "隐藏"):
            continue  # (the cheap test: a note's 隐藏 in the cells or the lent notes)
        legend = _legend(g, forms, "隐藏")
        if not forms or not legend or not hidden_means_closed(legend):
            continue
        hidden = hidden_rows(path, g.name)
        if not hidden:
            continue
        for f in forms:
            kept = []
            for rr in f.risks:
                if not rr.sheet and rr.row in hidden:
                    res.rows_reported += 1
                    cell = cell_ref(rr.row, rr.cols["risk_point"])
                    res.issues.append(make_issue("ROW_HIDDEN", rel, g.name, cell))
                else:
                    kept.append(rr)
            f.gone = bool(f.risks) and not kept
            f.risks = kept
        forms[:] = [f for f in forms if not f.gone]


# a note's clause telling a level by how far the point is typed in: flush ('顶格书写的为一级风险点',
# '首行不缩进为高风险') or indented so many characters ('缩进两格的为二级', '缩进1字符为中风险',
# '空四格为三级'; '缩进的为二级': no number, told by rank), the level before or after it
_INDENT_DIGITS = "0-9０-９一二两三四五六七八"
_INDENT_SAID = LazyRe(
    r"(?P<flush>顶格|首行不缩进|不缩进|未缩进|无缩进|不空格|不留空)"
    rf"|(?:首行)?缩进\s*(?P<n>[{_INDENT_DIGITS}]?)\s*个?\s*(?:全角|汉字)?\s*(?:格|字符|汉字|字|空格)?"
    rf"|空\s*(?P<m>[{_INDENT_DIGITS}])\s*(?:个)?\s*(?:格|字符|字)"
)
# (a level of an outline is no risk level: '一级标题顶格，二级标题缩进两格', '二级目录', '一级指标')
_INDENT_OUTLINE = (
    r"(?!\s*(?:标题|目录|科目|栏目|分类|指标|条目|事项|项目|子项|类别|序号|编号|菜单|内容|段落))"
)
_INDENT_LEVEL = LazyRe(
    rf"(?:[一二三四1-4１-４ⅠⅡⅢⅣ]|I{{1,3}}|IV)\s*级{_INDENT_OUTLINE}|较高|较低|一般|重大|较大|高|中|低"
    r"(?=风险|[，,。;；、）)（(\s]|$)"
)
_INDENT_NUMBER = {**{c: i for i, c in enumerate("０１２３４５６７８")}, **{str(i): i for i in range(9)},
                  "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8}  # fmt: skip


def _indent_steps(legend: str, level_of: Callable) -> tuple[list[tuple[int | None, str]], str]:
    """The steps a note gives the levels by indent: (width in half characters, None where it
    names no number; the level word) in the note's order, and the note's words; ([], '') unless
    two to four steps of as many levels and depths, at least one indented."""
    steps: list[tuple[int | None, str]] = []
    said: list[str] = []
    for clause in re.split(r"[，,；;。\n]", legend):
        m = _INDENT_SAID.search(clause)
        if not m:
            continue
        rest = clause[: m.start()] + "　" * (m.end() - m.start()) + clause[m.end() :]
        words = {re.sub(r"\s", "", w) for w in _INDENT_LEVEL.findall(rest)}
        levels = {level_of(w) for w in words} - {None}
        if len(levels) != 1 or len(words) != 1:
            continue  # ('缩进两格书写的为第二位人员': no level; two levels in one clause: unclear)
        if m.group("flush"):
            width: int | None = 0
        else:
            n = m.group("n") or m.group("m")
            width = 2 * _INDENT_NUMBER[n] if n else None
        steps.append((width, words.pop()))
        said.append(clause.strip())
    widths = [w for w, _lv in steps if w is not None]
    if not 2 <= len(steps) <= 4 or len({level_of(lv) for _w, lv in steps}) != len(steps):
        return [], ""
    if len(set(widths)) != len(widths) or not any(w != 0 for w, _lv in steps):
        return [], ""
    return steps, "，".join(said)


def _depth_words(width: int) -> str:
    return "顶格" if not width else f"缩进{width / 2:g}字"


def _levels_by_indent(located, path: Path, rel: str, res: FileResult, config: Config) -> None:
    """Points with no level column on a sheet whose note gives each level by how far the point
    is typed in ('注：廉政风险点顶格书写的为一级风险点，缩进两格的为二级风险点，缩进四格的为三级风险点',
    '首行不缩进为一级，缩进1字符为二级'): each takes the level of its point cell's indent — the
    spaces typed before it (full-width, ASCII, tabs; counted in character widths) and, in an
    .xlsx, the cell format's indent (增加缩进量) — said once per sheet (LEVEL_BY_INDENT). The
    depths found must be the note's: the ones it names, or as many as its steps (one to one, by
    order); a depth it does not name leaves that point unlevelled with a warning at its cell
    (LEVEL_INDENT_UNNAMED). A sheet with a level column keeps it (the column wins, nothing
    said), and stray spaces under no such note are read as before (the grid's text stripped)."""
    from xlproc.fills import point_indents
    from xlproc.text import cell_ref

    noted = [x for x in located if not _notes_lack(x[0], "缩进", "顶格")]  # (the cheap test)
    for g, forms, todo in _points_where(
        noted, lambda rr: "risk_level" not in rr.cols and not rr.risk_level.strip(), _unwritten
    ):
        if any(rr.risk_level.strip() or "risk_level" in rr.cols for f in forms for rr in f.risks):
            continue  # (a level column: it wins, the indents are sub-items or layout)
        legend = _legend(g, forms, "缩进", "顶格")
        steps, note = _indent_steps(legend, config.level) if legend else ([], "")
        if not steps:
            continue
        todo = [rr for rr in todo if "risk_point" in rr.cols]
        cells = {(rr.row, rr.cols["risk_point"]) for rr in todo}
        depths = point_indents(path, g.name, cells)
        found = sorted({depths.get(c, 0) for c in cells})
        if not depths or not any(found):
            continue  # (every point flush: an .xlsb copy, or the note of another sheet)
        named = {w: lv for w, lv in steps if w is not None}
        ranked = sorted(steps, key=lambda s: (s[0] is None, s[0] or 0))
        widths = [w for w, _lv in ranked]
        if (
            not all(d in named for d in found)
            and len(found) == len(steps)
            and (
                None in widths
                or all(d * widths[-1] == w * found[-1] for d, w in zip(found, widths, strict=True))
            )
        ):
            # (as many depths as steps, one to one by order: where the note names no number
            # ('缩进的为二级': its unnumbered steps after its numbered ones), or each depth is the
            # note's in one other unit ('缩进两格' typed as two ASCII spaces, or one Excel step a 格))
            named = {d: lv for d, (_w, lv) in zip(found, ranked, strict=True)}
        if not any(d in named for d in found if d):
            continue  # (no indented depth the note names: nothing read)
        counts: Counter = Counter()
        for rr in sorted(todo, key=lambda rr: rr.row):
            at = (rr.row, rr.cols["risk_point"])
            d = depths.get(at, 0)
            if d in named:
                rr.risk_level = named[d]
                rr.cols = {**rr.cols, "risk_level": rr.cols["risk_point"]}
                counts[d] += 1
            else:
                res.issues.append(
                    make_issue("LEVEL_INDENT_UNNAMED", rel, g.name, cell_ref(*at),
                               value=_depth_words(d), note=note)
                )  # fmt: skip
        said = "、".join(f"{_depth_words(d)}={named[d]}（{counts[d]}条）" for d in sorted(counts))
        res.issues.append(make_issue("LEVEL_BY_INDENT", rel, g.name, value=said, note=note))


def _levels_by_colour(located, path: Path, rel: str, res: FileResult, config: Config) -> None:
    """Points with no level on a sheet whose note says the levels are shown by the cells' colour
    ('红色为高风险，黄色为中风险，蓝色为低风险'), or by their text's ('红色字体的为高风险点，蓝色字体的
    为中风险点，其余为低风险点'): each takes its cell's colour's level."""
    from xlproc.fills import (
        cell_colours,
        colour_levels,
        font_colours,
        font_key_levels,
        font_levels,
        nearest,
    )

    noted = [x for x in located if not _notes_lack(x[0], "色")]  # (the cheap test: a note's 色)
    for g, forms, rows in _points_where(noted, lambda rr: not rr.risk_level, operator.not_):
        legend = _legend(g, forms, "色")
        levels = colour_levels(legend, config.level) if legend else {}
        rest = ""  # the level of the rows in the ordinary font
        key = ""  # a key naming the font once ('字体颜色：红—一级　橙—二级　黑—三级'), as written
        by_font = not levels and "字" in legend
        if by_font:
            levels, rest = font_levels(legend, config.level)
            if not levels:
                levels, rest, key = font_key_levels(legend, config.level)
        if not levels:
            continue
        cells = {(rr.row, rr.cols["risk_point"]) for rr in rows}
        colours = (font_colours if by_font else cell_colours)(path, g.name, cells)
        if not colours:
            continue  # (nothing coloured: an .xls copy, say, or the note of another sheet)
        found = 0
        for rr in rows:
            colour = colours.get((rr.row, rr.cols["risk_point"]), "")
            level = levels.get(nearest(colour, levels)) or (rest if not colour else "")
            if level:
                rr.risk_level = level
                rr.cols = {**rr.cols, "risk_level": rr.cols["risk_point"]}
                found += 1
        if found:
            said = "、".join(f"{c}色={lv}" for c, lv in sorted(levels.items(), key=lambda x: x[1]))
            if rest:
                said += f"、其余={rest}"
            if key:
                at = _key_cell(g, key)
                res.issues.append(
                    make_issue("LEVEL_FONT_KEY", rel, g.name, at, value=key, level=said)
                )
                continue
            what = "文字颜色" if by_font else "底色"
            res.issues.append(make_issue("LEVEL_COLOURS", rel, g.name, value=said, what=what))


def _key_cell(g, key: str) -> str:
    """The cell of a sheet holding a key's text (its row's first filled cell), '' where the key
    is not on the sheet (lent by the file's 填表说明 sheet)."""
    for r, row in enumerate(g.rows):
        if key in "".join(row):
            c = next((c for c, v in enumerate(row) if str(v).strip()), 0)
            return cell_ref(r, c)
    return ""


# an indented point opening with a sub-item mark ('①', '（1）', '(1)', '1)', '1.', 'a)', '-', '·')
_INDENT_SUB_MARK = re.compile(
    r"\s*(?:[\u2460-\u2473\u2776-\u277f]|[（(]\s*[0-9０-９一二三四五六七八九十a-zA-Z]{1,2}\s*[）)]"
    r"|[0-9０-９]{1,2}\s*[)）.．、]|[a-zA-Z]\s*[)）.．]|[-·•‧・－—])"
)


def _indented_text(g, r: int, c: int) -> str:
    row = g.rows[r] if 0 <= r < len(g.rows) else []
    return str(row[c] or "") if 0 <= c < len(row) else ""


def _holders_by_indent(located, path: Path, rel: str, res: FileResult) -> None:
    """A list with no post or name column under section rows each naming several holders
    ('二、药剂科（科主任　巫某；药师　乜某）', read as holders sharing every row under it:
    ``section_sharers``) whose rows are told apart by how far the point is typed in: flush
    the first-named's, indented ('　　统计医生处方用药量…') the second's, interleaved, as a note
    says ('注：…顶格书写的为该组第一位人员…，缩进两格书写的为第二位人员…'). A group is so
    when its points stand at exactly as many indents as it names holders, the least flush,
    and none of its indented points opens with a sub-item mark ('①', '（1）', '1.': a
    sub-point); read so only under a note tying the indent to the people (``_indent_noted``):
    no note, or one tying it to the points' rank ('缩进填写的为一般风险点'), shares as before. Each row then stays only with the holder of its indent, in
    the order named, said once a table; else the holders share every row as before (the
    grid's text is stripped: the cells are read again, only for such a table, .xlsx only)."""
    from xlproc.fills import typed_indents
    from xlproc.text import cell_ref

    for g, forms, sheet in located:
        if not sheet.indent_groups or path.suffix.lower() not in (".xlsx", ".xlsm"):
            continue  # (the cheap test: no section row naming several holders)
        whole = 0  # (tables every group of which is read so: the sharing said no more)
        for pc, groups, noted in sheet.indent_groups:
            if not noted:
                continue  # (no note tying the indent to the people, or one tying it to the
                # points' rank ('缩进填写的为一般风险点'): sub-points, shared as before)
            cells = {(r, pc) for _shared, rows in groups for r in rows}
            steps = typed_indents(path, g.name, cells)
            if not any(steps.values()):
                continue  # (every point flush: shared, as the section rows say)
            whose: dict[int, tuple[str, str]] = {}  # row → its holder (post, name)
            fits = 0
            for shared, rows in groups:
                widths = sorted({steps.get((r, pc), 0) for r in rows})
                if len(widths) != len(shared) or widths[0]:
                    continue  # (one indent: shared; other indents: no holder each)
                if any(
                    steps.get((r, pc)) and _INDENT_SUB_MARK.match(_indented_text(g, r, pc))
                    for r in rows
                ):
                    continue  # ('　　①涉密文件管理不严': a sub-point of the one above, no one's)
                fits += 1
                whose.update((r, shared[widths.index(steps.get((r, pc), 0))]) for r in rows)
            if not fits or (not noted and (fits < 2 or fits != len(groups))):
                continue  # (no note, and not every group so: indents of their own)
            # (a row none of whose copies names its holder as the section row did: left shared)
            found = {
                rr.row
                for f in forms
                for rr in f.risks
                if whose.get(rr.row, ("", ""))[1] == rr.person
            }
            dropped = 0
            for f in forms:
                kept = [
                    rr for rr in f.risks if rr.row not in found or rr.person == whose[rr.row][1]
                ]
                dropped += len(f.risks) - len(kept)
                f.risks[:] = kept
            if not dropped:
                continue
            forms[:] = [f for f in forms if f.risks]
            sheet.rows_seen -= dropped
            whole += fits == len(groups)
            first = min(r for r in whose if steps.get((r, pc)))  # (its first point typed in)
            res.issues.append(
                make_issue("HOLDERS_BY_INDENT", rel, g.name, cell_ref(first, pc), value=str(fits))
            )
        if whole == len(sheet.indent_groups):
            sheet.issues = [i for i in sheet.issues if i.code != "HOLDERS_SHARE_SECTION"]


def _types_by_colour(located, path: Path, rel: str, res: FileResult, config: Config) -> None:
    """Points with no type, on a sheet none of whose points has one (no type column, or its
    cells left empty), whose note ties colours to the configured types ('以单元格底色区分风险
    类型：黄色为思想道德风险，绿色为制度机制风险…'): each takes the type of its point cell's fill
    (or font, where the note says so), said once per sheet. Only where every coloured point
    cell's colour is one the note names: else nothing is read and the cells are said. A note's
    level colours ('红色为高风险') are no types and stay with ``_levels_by_colour`` (.xlsx; the
    formats are read only under such a note)."""
    from xlproc.fills import colour_types, marked_colours, nearest
    from xlproc.text import cell_ref

    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        return
    noted = [x for x in located if not _notes_lack(x[0], "色")]  # (the cheap test: a note's 色)
    for g, forms, rows in _points_where(
        noted, lambda rr: not rr.risk_type.strip(), _unwritten, "risk_type"
    ):
        if any(rr.risk_type.strip() for f in forms for rr in f.risks):
            continue  # (a sheet typing its points in words keeps them)
        legend = _legend(g, forms, "色")
        kinds, how = colour_types(legend, config.types) if legend else ({}, "")
        if not kinds:
            continue
        merged = g.merged_into  # (a point cell merged down: its first cell holds the format)
        at_of = {}
        for rr in rows:
            cell = (rr.row, rr.cols["risk_point"])
            at_of[id(rr)] = merged.get(cell, cell)
        cells = set(at_of.values())
        by_font = how == "font"
        colours = marked_colours(path, g.name, cells, by_font)
        if not colours and not how:
            by_font = True  # (a note not saying which: the fonts, where no cell is filled)
            colours = marked_colours(path, g.name, cells, by_font)
        if not colours:
            continue  # (nothing coloured: the note's marks are not in this file)
        named = {at: nearest(c, kinds) if c != "?" else "" for at, c in colours.items()}
        if _banded(named, cells):
            continue  # (one colour on every other row: the table's banding, no types)
        unclear = sorted(at for at, c in named.items() if not c)
        if unclear:
            value = "、".join(cell_ref(*c) for c in unclear)
            res.issues.append(make_issue("TYPE_COLOUR_UNCLEAR", rel, g.name, value=value))
            continue
        blank = []
        for rr in rows:
            at = at_of[id(rr)]
            if at in named:
                rr.risk_type = kinds[named[at]]
                rr.cols = {**rr.cols, "risk_type": rr.cols.get("risk_type", rr.cols["risk_point"])}
            elif at not in blank:
                blank.append(at)
        said = "、".join(f"{c}色={t}" for c, t in kinds.items())
        rest = ""
        if blank:
            rest = f";{'、'.join(cell_ref(*c) for c in sorted(blank))} 未标颜色,未定类型"
        elif sheet := _sh_of(located, g):  # (its word that it gives no type goes)
            sheet.issues = [i for i in sheet.issues if i.code != "TABLE_NO_TYPE"]
        what = "文字颜色" if by_font else "底色"
        res.issues.append(
            make_issue("TYPE_BY_COLOUR", rel, g.name, value=said + rest, what=what, sheet=g.name)
        )


def _banded(named: dict[tuple[int, int], str], cells: set[tuple[int, int]]) -> bool:
    """One colour only, on every other point row and on none between: rows banded for reading
    (a table style's stripes), which say nothing of each point."""
    if len(set(named.values())) != 1 or len(named) < 2:
        return False
    rows = sorted({r for r, _c in cells})
    marks = [any(at[0] == r for at in named) for r in rows]
    return len(rows) >= 4 and all(a != b for a, b in zip(marks, marks[1:], strict=False))


def _sh_of(located, g):
    """The sheet's own reading (its issues) of grid ``g``, None if it has none."""
    return next((sh for gg, _f, sh in located if gg is g), None)


# the label before a legend of holders' colours ('责任人（按底纹）：', '图例：', '责任岗位（颜色）')
_FILL_LEGEND_LABEL = LazyRe(r"责任人|责任岗位|岗位|人员|图例|底纹|底色|颜色|填充")


def _fill_legend(g, top: int) -> tuple[int, dict[int, dict[str, str]]]:
    """The legend row above a table's heading (rows before ``top``) that names its holders one a
    cell, each cell to be filled in his colour ('责任人（按底纹）： | 库长　晏翀珝 | 副库长　储沨琰…'):
    its row and each holder cell's column → 科室/post/name; (-1, {}) where none. Two holders at
    least, each with a name, and besides them a label only."""
    from xlproc.locate_base import _band_holder

    for r in range(min(top, len(g.rows)) - 1, -1, -1):
        cells = [(c, v.strip()) for c, v in enumerate(g.rows[r]) if v and v.strip()]
        if len(cells) < 2:
            continue  # (the cheap test: a title, a date, a lone 填表人 line)
        held = {c: h for c, v in cells if "person" in (h := _band_holder(v))}
        rest = [v for c, v in cells if c not in held]
        if len(held) >= 2 and len(rest) <= 1 and all(_FILL_LEGEND_LABEL.search(v) for v in rest):
            if len({(h["title"], h["person"]) for h in held.values()}) == len(held):
                return r, held
    return -1, {}


def _holders_by_colour(located, path: Path, rel: str, res: FileResult) -> None:
    """A list with no 科室, 岗位 or 姓名 column (every form holderless) under a legend row of
    holders, each cell filled in his colour ('责任人（按底纹）： | 库长　晏翀珝 | 副库长　储沨琰…'),
    whose rows are filled in their holder's colour: each row takes the holder of its fill (the
    point cell's, else the row's one fill), a form a holder, said once a table; a row in no
    legend colour, or in two, keeps no holder and is said. The legend is no stray row. Where the
    legend's cells are not filled each in its own colour, or no row takes one, the table reads as
    before (.xlsx; the fills are read only under such a legend)."""
    from xlproc.fills import fill_rgbs, shade_name

    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        return
    for g, forms, sh in located:
        if not forms or any(f.person.strip() or f.title.strip() for f in forms):
            continue
        risks = [rr for f in forms for rr in f.risks if not rr.sheet and "risk_point" in rr.cols]
        if not risks:
            continue
        at, held = _fill_legend(g, min(f.header_row for f in forms))
        if not held:
            continue
        merged = g.merged_into
        row_cells: dict[int, set[tuple[int, int]]] = {}
        for rr in risks:
            cols = [c for c in rr.cols.values() if isinstance(c, int)]
            coded = {rr.cols[k] for k in ("risk_level", "risk_type") if k in rr.cols}
            row_cells[rr.row] = {
                merged.get((rr.row, c), (rr.row, c))
                for c in range(min(cols), max(cols) + 1)
                if c not in coded
            }
        keys = {(at, c) for c in held}
        shades = fill_rgbs(path, g.name, keys.union(*row_cells.values()))
        legend = {shades.get((at, c), ""): h for c, h in held.items()}
        if "" in legend or "?" in legend or len(legend) != len(held):
            continue  # (a legend not filled, or two holders in one colour: not this shape)
        holder_of: dict[int, dict[str, str]] = {}
        unclear: list = []
        for rr in risks:
            point = merged.get((rr.row, rr.cols["risk_point"]), (rr.row, rr.cols["risk_point"]))
            named = {shades[point]} if point in shades else {
                shades[c] for c in row_cells[rr.row] if c in shades
            }  # fmt: skip
            if len(named) == 1 and (s := named.pop()) in legend:
                holder_of[rr.row] = legend[s]
            else:
                unclear.append(rr)
        if not holder_of:
            continue
        new = []
        for f in forms:
            held_rows = []
            for rr in f.risks:
                h = holder_of.get(rr.row, {}) if not rr.sheet else {}
                key = (h.get("department", ""), h.get("title", ""), h.get("person", ""))
                held_rows.append((key if h else (f.department, f.title, f.person), rr))
            new.extend(_forms_per_post(f, held_rows))
        forms[:] = new
        legend_cells = {cell_ref(at, c) for c in range(len(g.rows[at]))}
        sh.issues[:] = [
            i for i in sh.issues if not (i.code == "ROW_UNPLACED" and i.cell in legend_cells)
        ]
        if unclear:
            value = "、".join(rr.cell("risk_point") for rr in unclear)
            res.issues.append(make_issue("HOLDER_FILL_UNCLEAR", rel, g.name, value=value))
        said = "、".join(
            f"{shade_name(s) or ''}色（#{s}）={h['title']}　{h['person']}"
            for s, h in legend.items()
        )
        res.issues.append(
            make_issue(
                "HOLDER_BY_FILL", rel, g.name, cell_ref(at, min(held)), value=said, sheet=g.name
            )
        )


def _depts_by_colour(located, path: Path, rel: str, res: FileResult) -> None:
    """Forms with no 科室, on a sheet none of whose forms has one (no 科室 column, field or group
    row), whose note ties fill colours to 科室 ('注：表中浅蓝色底纹为站领导，浅绿色底纹为草原监理股…'):
    each form takes the 科室 of its rows' fill, the whole row's or only some of its cells' (the
    post and name cells), said once per sheet. A row in a colour the note does not name, in two
    colours, or uncoloured among coloured rows gives its form no 科室, and is said; a note's level
    and type colours stay with ``_levels_by_colour`` and ``_types_by_colour`` (.xlsx; the fills
    are read only under such a note, and in an .xls or .ods the note is said unread)."""
    from xlproc.fills import colour_depts, nearest, row_shades
    from xlproc.identity import tier_of_post

    suffix = path.suffix.lower()
    for g, forms, _sh in located:
        if not forms or any(f.department.strip() for f in forms) or _notes_lack(g, "色"):
            continue  # (the cheap test: a note's 色 in the cells or the lent notes)
        legend = _legend(g, forms, "色")
        depts = colour_depts(legend) if legend else {}
        if not depts:
            continue
        if suffix not in (".xlsx", ".xlsm"):
            if not any(
                i.code == "FORMAT_UNREAD" and i.source_sheet == g.name and "颜色" in i.value
                for i in res.issues
            ):
                res.issues.append(
                    make_issue("FORMAT_UNREAD", rel, g.name, field=suffix, value="单元格颜色")
                )
            continue
        merged = g.merged_into
        row_cells: dict[int, set[tuple[int, int]]] = {}
        for f in forms:
            for rr in f.risks:
                cols = [c for c in rr.cols.values() if isinstance(c, int)]
                if rr.sheet or not cols:
                    continue
                # (a level's or type's cell is coloured for its level or type, as a note may say)
                coded = {rr.cols[k] for k in ("risk_level", "risk_type") if k in rr.cols}
                at = row_cells.setdefault(rr.row, set())
                at.update(
                    merged.get((rr.row, c), (rr.row, c))
                    for c in range(min(cols), max(cols) + 1)
                    if c not in coded
                )
        shades = row_shades(path, g.name, set().union(*row_cells.values())) if row_cells else {}
        if not shades:
            continue  # (nothing filled: an .xls copy's, or a template's note over plain rows)
        dept_of: dict[int, str] = {}
        unclear: set[int] = set()
        for r, cells in row_cells.items():
            named = {nearest(shades[c], depts) for c in cells if c in shades}
            if len(named) == 1 and "" not in named:
                dept_of[r] = depts[named.pop()]
            elif named:
                unclear.add(r)  # (a colour the note does not name, or two on one row)
        if not unclear and _banded(
            {(r, 0): d for r, d in dept_of.items()}, {(r, 0) for r in row_cells}
        ):
            continue  # (one colour on every other row: the table's banding)
        found = 0
        for f in forms:
            rows = {rr.row for rr in f.risks if not rr.sheet}
            got = {dept_of.get(r, "") for r in rows}
            if len(got) == 1 and "" not in got:
                f.department = got.pop()
                f.tier = tier_of_post(f.title, f.department) or f.tier
                found += 1
            elif rows:  # (its rows in two 科室' colours, or some not coloured: none is given)
                unclear |= rows if len(got - {""}) > 1 else rows - dept_of.keys()
        first = {r: min(c for _r, c in cells) for r, cells in row_cells.items()}
        if unclear:
            value = "、".join(cell_ref(r, first[r]) for r in sorted(unclear))
            res.issues.append(make_issue("KESHI_FILL_UNCLEAR", rel, g.name, value=value))
        if found:
            said = "、".join(f"{c}色={d}" for c, d in depts.items())
            res.issues.append(make_issue("KESHI_BY_FILL", rel, g.name, value=said, sheet=g.name))


def _levels_by_typeface(located, path: Path, rel: str, res: FileResult, config: Config) -> None:
    """Points with no level on a sheet whose note says the levels are shown by the typeface of
    the point cells ('字体加粗的为一级风险点，加下划线的为二级风险点，常规字体的为三级风险点'): each
    takes its cell's face's level, said once per sheet; the ordinary font takes a level only
    where the note gives the rest one. A cell in a face the note does not name, or in two faces
    (rich text), stays blank and is said: a list printed in black and white marks its levels as
    a Word document does (.xlsx; the fonts are read only under such a note, and not at all where
    no point cell is in any face: its fonts lost, say, in a copy)."""
    from xlproc.fills import FACE_HINTS, FACE_ZH, cell_faces, face_levels
    from xlproc.text import cell_ref

    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        return
    noted = [x for x in located if not _notes_lack(x[0], *FACE_HINTS)]  # (the cheap test: 粗…)
    for g, forms, rows in _points_where(noted, lambda rr: not rr.risk_level, operator.not_):
        legend = _legend(g, forms, *FACE_HINTS)
        levels, rest = face_levels(legend, config.level) if legend else ({}, "")
        if not levels:
            continue
        cells = {(rr.row, rr.cols["risk_point"]) for rr in rows}
        double = any("underline2" in k for k in levels)
        faces = cell_faces(path, g.name, cells, double)
        if not any(f is None or f for f in faces.values()):
            continue  # (no point cell in any face: the note's marks are not in this file)
        found, unclear = 0, []
        for rr in rows:
            at = (rr.row, rr.cols["risk_point"])
            face = faces.get(at, frozenset())
            level = (levels.get(face) or (rest if not face else "")) if face is not None else ""
            if level:
                rr.risk_level = level
                rr.cols = {**rr.cols, "risk_level": rr.cols["risk_point"]}
                found += 1
            else:
                unclear.append(at)
        if found:
            said = "、".join(
                f"{'+'.join(FACE_ZH[f] for f in sorted(k))}={lv}"
                for k, lv in sorted(levels.items(), key=lambda x: (x[1], sorted(x[0])))
            )
            if rest:
                said += f"、其余={rest}"
            res.issues.append(make_issue("LEVEL_TYPEFACE", rel, g.name, value=said))
        if unclear:
            value = "、".join(cell_ref(*c) for c in sorted(unclear))
            res.issues.append(make_issue("LEVEL_TYPEFACE_UNCLEAR", rel, g.name, value=value))


def _listed_level_cells(located, config: Config) -> Iterator[tuple]:
    """Each sheet with level cells printing every grade of the scale ('一级　二级　三级', a point
    with no level read yet): (sheet, those points, point → its level cell, the top of a merged
    one); ``_levels_by_struck_words`` and ``_levels_by_marked_word`` read the cells' runs."""
    listed = config.levels.grades_listed
    for g, _forms, rows in _points_where(
        located,
        lambda rr: "risk_level" in rr.cols and not rr.level_as,
        lambda w: bool(listed(w)),
    ):
        rows = [rr for rr in rows if listed(rr.risk_level)]
        if not rows:
            continue
        at_of = {}
        for rr in rows:
            at = (rr.row, rr.cols["risk_level"])
            top = g.merged_into.get(at)
            at_of[id(rr)] = top if top is not None and top[1] == at[1] else at
        yield g, rows, at_of


def _levels_by_struck_words(located, path: Path, rel: str, res: FileResult, config: Config) -> None:
    """Level cells printing every grade of the scale, those that do not apply struck through
    (rich text: '~~一级~~　二级　~~三级~~', '风险等级（不适用的划去）'): each takes the one word
    left standing, said once per sheet. Only where every word of the cell but one is struck
    whole: a cell with no strike, all struck, two words left or a word struck in part stays as
    it was (LEVEL_UNKNOWN names it, or a marked word is read). .xlsx only: an .xls or .ods copy
    keeps no strikethrough runs (its cells stay unknown)."""
    from xlproc.config import GRADE_WORD_MARKS
    from xlproc.fills import standing_lines
    from xlproc.text import cell_ref

    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        return
    for g, rows, at_of in _listed_level_cells(located, config):
        left = standing_lines(path, g.name, set(at_of.values()), " \u3000\t" + GRADE_WORD_MARKS)
        if not left:
            continue  # (no strikethrough run in these cells)
        found: dict[str, str] = {}
        first = None
        for rr in rows:
            words = left.get(at_of[id(rr)], [])
            level = config.level(words[0]) if len(words) == 1 else None
            if level:
                rr.level_as = level
                found.setdefault(words[0], level)
                first = min(first or at_of[id(rr)], at_of[id(rr)])
        if found:
            said = "、".join(f"{w}={lv}" for w, lv in sorted(found.items(), key=lambda x: x[1]))
            cell = cell_ref(*first)
            res.issues.append(make_issue("LEVEL_STRUCK_WORDS", rel, g.name, cell, value=said))


def _levels_by_marked_word(located, path: Path, rel: str, res: FileResult, config: Config) -> None:
    """Level cells printing every grade of the scale, the assessed one marked by its own run's
    font (rich text: '高　**中**　低' in bold or red, '注：评定的等级以红色加粗标出'): each takes
    the marked word's level, said once per sheet. A cell naming several grades is never read
    as its first (``Vocabulary.grades_listed``); one with no word marked, or two, stays without
    a level (LEVEL_UNKNOWN names it). .xlsx only: an .xls copy's runs are not read (its cells
    stay unknown, not read as their first grade)."""
    from xlproc.fills import marked_words

    for g, rows, at_of in _listed_level_cells(located, config):
        marks = marked_words(path, g.name, set(at_of.values()))
        if not marks:
            continue  # (no rich text: nothing marked, the cells stay unknown)
        found: dict[str, str] = {}
        for rr in rows:
            words = marks.get(at_of[id(rr)], [])
            level = config.level(words[0]) if len(words) == 1 else None
            if level:
                rr.level_as = level
                found.setdefault(words[0], level)
        if found:
            said = "、".join(f"{w}={lv}" for w, lv in sorted(found.items(), key=lambda x: x[1]))
            res.issues.append(make_issue("LEVEL_MARKED_WORD", rel, g.name, value=said))


def _holders_by_code(located) -> None:
    """A sheet of the powers' codes and who holds each ('职权编码 | … | 承办股室 | 承办岗位 | 责任人'),
    and a list whose rows name only a power's code (no 科室, post or holder): each row is the
    post's the code names (each post's, where a row names two codes or a code two posts), a
    form per post. A row without a code goes on with the one above where it only carries on its
    steps (the code's cell and the one right of it blank). Only where every row is found so."""
    from xlproc.locate import _CODE_VALUE, code_directory

    directory: dict[str, list[tuple[str, str, str]]] = {}
    for g, forms, _sheet in located:
        if not forms and not g.lacks(*_CODE_HEAD_WORDS):  # (the cheap test: 编码/编号/代码/代号)
            for code, posts in code_directory(g).items():
                directory.setdefault(code, []).extend(
                    p for p in posts if p not in directory.get(code, [])
                )
    if not directory:
        return
    for i, (g, forms, sheet) in enumerate(located):
        out = []
        for f in forms:
            if f.style == "template" or f.person or f.title or f.department or not f.risks:
                out.append(f)
                continue
            keys: list[list[str]] = []
            last: list[str] = []
            at = -1  # the column of the codes on the rows above
            names: dict[int, str] = {}  # the power's name beside its code, on the code's row
            for rr in f.risks:
                row = g.rows[rr.row] if not rr.sheet and rr.row < len(g.rows) else []
                codes, col = [], -1
                for c, v in enumerate(row):
                    found = [x for x in _CODE_SPLIT.split(v.strip()) if x in directory]
                    if found:
                        codes, col = found, c
                        break
                    if any(_CODE_VALUE.match(x) for x in _CODE_SPLIT.split(v.strip()) if x):
                        col = c  # a code the directory does not list
                        break
                if (
                    not codes
                    and col < 0
                    and last
                    and at >= 0
                    and _blank(g, row, rr.row, at)
                    and (
                        _covered(g, rr.row, at)  # the code merged down over its steps
                        or all(
                            _blank(g, row, rr.row, c) or row[c].strip() == v
                            for c, v in names.items()
                        )
                    )
                ):
                    codes = last  # a step of the power above (its code and name not written again)
                keys.append(codes)
                if col >= 0:
                    last, at = codes, col
                    head = g.rows[f.header_row] if f.header_row < len(g.rows) else []
                    names = {
                        c: row[c].strip()
                        for c in (col - 1, col + 1)
                        if 0 <= c < len(row)
                        and row[c].strip()
                        and not row[c].strip().isdigit()  # (the 序号 left of it is no name)
                        and not _step_heading(head[c] if c < len(head) else "")
                    }  # the power's name (or kind) beside its code, not its steps ('运行环节')
            if not all(keys):
                out.append(f)
                continue
            held = []
            for rr, codes in zip(f.risks, keys, strict=True):
                posts = list(dict.fromkeys(p for code in codes for p in directory[code]))
                for n, (dept, post, person) in enumerate(posts):
                    one = rr if n == 0 else copy.copy(rr)
                    one.department, one.title, one.person = dept, post, person
                    held.append(((dept, post, person), one))
            out.extend(_forms_per_post(f, held))
        located[i] = (g, out, sheet)


def _step_heading(text: str) -> bool:
    """A heading of the steps of a power ('运行环节', '工作流程'), not of its name."""
    from xlproc.columns import heading_role
    from xlproc.text import label_key

    h = heading_role(label_key(text)) if text else None
    return h is not None and h.role == "workflow"


def _covered(g, r: int, c: int) -> bool:
    """Cell (r, c) lies under a merge from a row above in its column."""
    top = g.merged_into.get((r, c))
    return top is not None and top[1] == c and top[0] < r


def _blank(g, row: list[str], r: int, c: int) -> bool:
    """Cell (r, c) is empty, or covered by a merge from a row above in its column."""
    return not (row[c].strip() if c < len(row) else "") or _covered(g, r, c)


_CODE_SPLIT = LazyRe(r"[、,，;；/\s]+")


_COPY_NAME = re.compile(r"^(.*?)\s*(?:[(（]\s*\d{1,2}\s*[)）]|[-_]\d{1,2})\s*$")


def _traditional_headings(grid, forms) -> bool:
    """A table headed in traditional characters ('崗位 | 廉政風險點 | 風險等級'): its headings and
    words were read through their simplified forms (``script.as_keyed``); only the header rows
    are looked at, so a sheet of simplified headings pays a row's test per table. Said only
    where more of the headings are written in traditional characters than in simplified ones:
    one '風險點' among '序号 | 岗位 | 风险等级' is a copied cell, the sheet a simplified one."""
    rows = grid.rows
    seen = set()
    traditional = simplified = 0
    for f in forms:
        r = f.header_row
        if r in seen or not 0 <= r < len(rows):
            continue
        seen.add(r)
        for v in rows[r]:
            if v and TRADITIONAL_MARKS.search(v):
                traditional += 1
            elif v and SIMPLIFIED_MARKS.search(v):
                simplified += 1
    return traditional > simplified


def _copy_of(name: str, other: str) -> bool:
    """Sheet ``name`` is named as Excel and WPS name a copy of sheet ``other``: 'X (2)', 'X-2'."""
    m = _COPY_NAME.match(name)
    return bool(m) and m.group(1).strip() == other.strip()


def _scale_across_sheets(located, rel: str, res: FileResult, config: Config) -> None:
    """A three-step scale one sheet uses whole (较高/中等/较低: Ⅰ/Ⅱ/Ⅲ) holds on the file's other
    sheets that use only some of its words (a sheet per person, each with two of them); so
    does one the sheets use whole only together (each card two of 较高/一般/较低)."""
    scale: dict[str, str] = {}
    for _g, forms, _sh in located:
        for f in forms:
            for rr in f.risks:
                if rr.level_as:
                    scale.setdefault(rr.risk_level.strip(), rr.level_as)
    if len(scale) < 3 and len(located) > 1 and not scale:
        words = {
            rr.risk_level.strip()
            for _g, forms, _sh in located
            for f in forms
            for rr in f.risks
            if rr.risk_level.strip()
        }
        scale = config.scale_of(words) or {} if len(words) == 3 else {}
    if len(scale) < 3:
        return
    for g, forms, _sh in located:
        rows = [rr for f in forms for rr in f.risks if rr.risk_level.strip() and not rr.level_as]
        words = {rr.risk_level.strip() for rr in rows}
        if not rows or not words <= set(scale):
            continue
        for rr in rows:
            rr.level_as = scale[rr.risk_level.strip()]
        said = "、".join(f"{w}={lv}" for w, lv in sorted(scale.items(), key=lambda x: x[1]))
        res.issues.append(make_issue("LEVEL_SCALE", rel, g.name, value=said))


def _level_tables(located):
    """Each table's rows that have a level cell on their own sheet, (grid, rows), a table by
    its header row."""
    for g, forms, _sh in located:
        tables: dict[int, list] = {}
        for f in forms:
            tables.setdefault(f.header_row, []).extend(
                rr for rr in f.risks if "risk_level" in rr.cols and not rr.sheet
            )
        for rows in tables.values():
            yield g, rows


def _levels_taken(code: str, took: list, g, rel: str, res: FileResult) -> None:
    """Level cells read as the word they stand for, [(row, word, level)]: each takes its level,
    one info a table names the first and how many."""
    for rr, _word, level in took:
        rr.level_as = level
    first, word, _level = min(took, key=lambda x: x[0].row)
    res.issues.append(
        make_issue(code, rel, first.sheet or g.name, first.cell("risk_level"),
                   value=first.risk_level.strip(), field=word, count=str(len(took)))
    )  # fmt: skip


# a level cell saying none: a dash, a slash, '无' ('—', '-', '／', '——', '无')
_NONE_CELL = re.compile(r"\s*(?:[—－\-–─ー一/／\\…、.。]+|无)\s*")


def _levels_misspelt(located, rel: str, res: FileResult, config: Config) -> None:
    """Level cells that read as no level, written with look-alikes by a photo's OCR
    (``_levels_by_ocr_lookalikes``) or typed with the pinyin neighbour of 高/中/低
    (``_levels_by_pinyin_slips``): both asked only where some level word of the file reads as
    none (the words taken once: a list of 50,000 rows has a handful)."""
    words = {rr.risk_level for _g, forms, _sh in located for f in forms for rr in f.risks}
    unread = [w for w in words if w.strip() and not config.level(w)]
    if not unread:
        return
    tables = list(_level_tables(located))  # (grouped once for both)
    _levels_by_ocr_lookalikes(tables, rel, res, config)
    if any(_PINYIN_SLIP_CELL.fullmatch(w.replace(" ", "").strip()) for w in unread):
        _levels_by_pinyin_slips(tables, rel, res, config)


def _levels_by_ocr_lookalikes(tables: list, rel: str, res: FileResult, config: Config) -> None:
    """Level cells a phone's 图片转表格 (OCR of a photographed sheet) wrote with look-alikes
    ('—级' for 一级, '二圾', '三汲', 'll级', '口风险'; ``config.ocr_level_fold``) read as the
    level word they stand for, a table at a time, and only where that word is the table's own:
    written like the level cells of the same table that read as they are ('一级' beside '二圾'),
    or, where none does, every level cell of the table a folded one and two at least. An info
    a table names the first such cell and how many. Points and measures are never folded; a
    '—' alone (none) stays blank."""
    from xlproc.config import level_shape, ocr_level_fold

    for g, rows in tables:
        cells = [rr for rr in rows if rr.risk_level.strip()]
        unread = [rr for rr in cells if not rr.level_as and not config.level(rr.risk_level)]
        if not unread:
            continue
        own = {
            level_shape(rr.risk_level)
            for rr in cells
            if rr.level_as == "" and config.level(rr.risk_level)
        } - {""}
        folded = {}
        for rr in unread:
            word = ocr_level_fold(rr.risk_level)
            level = config.level(word) if word else None
            if level:
                folded[id(rr)] = (rr, word, level)
        if own:
            took = [x for x in folded.values() if level_shape(x[1]) in own]
        elif (
            len(folded) == len([rr for rr in cells if not _NONE_CELL.fullmatch(rr.risk_level)]) >= 2
            and len({level_shape(w) for _r, w, _l in folded.values()}) == 1
        ):  # ('—级', '二圾', '—', '三汲': a '—' none is no cell left unfolded)
            took = list(folded.values())
        else:
            took = []
        if not took:
            continue
        _levels_taken("LEVEL_OCR_LOOKALIKE", took, g, rel, res)


# a level word of 高/中/低 typed with its pinyin neighbour by the input method ('底' for 低 dī,
# '钟' for 中 zhōng, '搞' for 高 gāo): only characters that say no level of their own (not '重',
# '地', '第'), the whole cell that one character with at most '风险' or '级' after it
_PINYIN_SLIP = {
    **dict.fromkeys("底抵氐", "低"),
    **dict.fromkeys("钟终忠衷盅", "中"),
    **dict.fromkeys("搞稿糕膏篙羔", "高"),
}
_PINYIN_SLIP_CELL = re.compile(rf"([{''.join(_PINYIN_SLIP)}])(风险|级)?")


def _levels_by_pinyin_slips(tables: list, rel: str, res: FileResult, config: Config) -> None:
    """A level cell typed with the pinyin neighbour of 高, 中 or 低 ('底' for 低, '钟' for 中)
    read as the word it stands for, a table at a time, only where the table's other level cells
    read as they are in the same words (two at least, written the same way: '底' among '高 |
    中 | 低', '底风险' among '高风险 | 中风险'). An info a table names the first such cell and
    how many. A slip in a table of 一级/二级/三级, one whose other cells are few or unread, or a
    character that says a level of its own ('重'): as before, LEVEL_UNKNOWN."""
    from xlproc.config import level_shape

    for g, rows in tables:
        slips = []
        for rr in rows:
            m = _PINYIN_SLIP_CELL.fullmatch(rr.risk_level.replace(" ", "").strip())
            if m and not rr.level_as and not config.level(rr.risk_level):
                slips.append((rr, _PINYIN_SLIP[m.group(1)] + (m.group(2) or "")))
        if not slips:
            continue  # (the cheap test first: no such cell)
        own = [
            level_shape(rr.risk_level)
            for rr in rows
            if rr.risk_level.strip() and not rr.level_as and config.level(rr.risk_level)
        ]
        took = [
            (rr, word, config.level(word))
            for rr, word in slips
            if config.level(word)
            and level_shape(word).startswith("H")
            and own.count(level_shape(word)) >= 2
        ]
        if not took:
            continue
        _levels_taken("LEVEL_PINYIN_SLIP", took, g, rel, res)


# the stages a level heading names in order ('风险等级（本人自评/股室审核/局党组审定）', '初评/复评/终评',
# '个人/科室/单位'): each stage a body that rates, a rating step, or both ('局党组审定')
_STAGE_BODY = r"(?:本人|个人|岗位|职工|干部|科室|股室|部门|处室|单位|班子|领导班子|分管领导|主要领导|局党组|党组|党委|党支部|支部|纪检组?|局|院|中心|站|所|办|科|股|处|室)"
_STAGE_STEP = r"(?:自评|自查|自定|初评|初定|初审|复评|复核|复审|审核|审查|审定|核定|终评|终审|确定|认定|评定|评议|审批|研究)"
_STAGE_WORD = LazyRe(rf"(?:{_STAGE_BODY}{{1,3}}{_STAGE_STEP}?|{_STAGE_BODY}{{0,3}}{_STAGE_STEP})")
# a stage the heading marks as the ruling one (审定, 核定, 终评, 确定 …)
_STAGE_FINAL = LazyRe(r"审定|核定|终评|终审|确定|认定|最终")
_STAGE_PARTS = LazyRe(r"\s*[/／、|｜;；\n]\s*")
_STAGE_LEVEL_HEAD = LazyRe(r"(?:风险)?(?:等级|级别|定级)")
# a note naming the stage that rules ('以局党组审定的等级为准')
_STAGE_RULES = LazyRe(r"以(.{1,12}?)(?:的|确定的|评定的)?(?:风险)?(?:等级|级别|结果)?为准")


def _heading_stages(text: str) -> list[str]:
    """The stages a level heading names in order ('风险等级（本人自评/股室审核/局党组审定）' →
    ['本人自评', '股室审核', '局党组审定']), else []: a level word, and two or more stages
    (in brackets or after it) parted by '/', '、', '|', '；' or lines, each a body that rates
    or a rating step ('自评', '初评/复评/终评', '个人/科室/单位'); never a scale printed in
    the heading ('风险等级（高/中/低）', '一级/二级/三级'). Kept by the heading's text (a
    function of it alone; the same headings stand in every file of a template)."""
    got = _stages_named(text)
    if SHADOW:
        shadow_check("_heading_stages", got, lambda: _stages_named.__wrapped__(text))
    return list(got)


@lru_cache(maxsize=1024)
def _stages_named(text: str) -> tuple[str, ...]:
    """``_heading_stages``, worked out."""
    s = "".join(text.split("\u3000")).strip()
    m = _STAGE_LEVEL_HEAD.search(s)
    if not m:
        return ()
    inner = re.search(r"[（(]([^()（）]+)[)）]", s)
    rest = inner.group(1) if inner else (s[: m.start()] + " " + s[m.end() :])
    rest = re.sub(
        r"^\s*(?:按|分别为|依次为|顺序[:：]?)|(?:的?顺序)?(?:填写|填报)?\s*$", "", rest.strip()
    )
    parts = [p.strip(" :：") for p in _STAGE_PARTS.split(rest.strip())]
    if len(parts) < 2 or len(parts) > 5 or not all(parts):
        return ()
    if not all(len(p) <= 10 and _STAGE_WORD.fullmatch(p) for p in parts):
        return ()
    if len(set(parts)) < len(parts):
        return ()
    return tuple(parts)


def _final_stage(stages: list[str], notes: list[str]) -> int:
    """Which stage rules: the one a note names ('以局党组审定的等级为准'), else the one the
    heading marks as settling (审定, 核定, 终评), else the last."""
    for line in notes:
        for m in _STAGE_RULES.finditer(line):
            named = [i for i, s in enumerate(stages) if s in m.group(1) or m.group(1) in s]
            if len(named) == 1:
                return named[0]
    marked = [i for i, s in enumerate(stages) if _STAGE_FINAL.search(s)]
    return marked[-1] if marked else len(stages) - 1


def _levels_by_stage(located, rel: str, res: FileResult, config: Config) -> None:
    """A level column whose heading names review stages in order ('风险等级（本人自评/股室审核/
    局党组审定）', '初评/复评/终评', '个人/科室/单位') and whose cells carry each stage's level
    joined as the heading is ('二级/二级/一级', '二级、一级、一级', one a line): each cell reads
    as the ruling stage's level (the one a '注：…以…为准' line or the heading marks as settling,
    else the last), one info a table. A cell with fewer levels than stages reads as its last
    with a warning; one whose ruling part is no one level (two words, a word not a level), or
    with more parts than stages, stays unknown (LEVEL_UNKNOWN as before). Gated on the heading
    naming the stages and on a cell of the table carrying every stage's level: a plain
    '风险等级' over '一级/二级' is read as before."""
    from xlproc.config import _CHANGED as _CHANGED_LEVEL  # the arrows of a level changed

    for g, forms, _sh in located:
        if g.lacks("级") or g.lacks("/", "／", "、", "|", "｜", ";", "；", "\n"):
            continue  # (the cheap test: a heading's 等级/级别/定级 and a mark parting its stages)
        tables: dict[tuple[int, int], list] = {}
        for f in forms:
            for rr in f.risks:
                if "risk_level" in rr.cols and not rr.sheet and not rr.level_as:
                    tables.setdefault((f.header_row, rr.cols["risk_level"]), []).append(rr)
        for (hr, col), rows in tables.items():
            head = []
            for r in range(max(0, hr - 2), hr + 1):
                at = g.merged_into.get((r, col), (r, col))
                v = (
                    g.rows[at[0]][at[1]]
                    if at[0] < len(g.rows) and at[1] < len(g.rows[at[0]])
                    else ""
                )
                if v.strip() and v.strip() not in head:
                    head.append(v.strip())
            stages = []
            for h in (*head, "".join(head)):
                stages = _heading_stages(h)
                if stages:
                    break
            if not stages:
                continue
            n = len(stages)
            split = {}
            for rr in rows:
                raw = rr.risk_level.strip()
                if not raw or _CHANGED_LEVEL.search(raw):
                    continue  # ('二级→一级': a level changed, read as it is)
                parts = [p for p in _STAGE_PARTS.split(raw) if p.strip()]
                split[id(rr)] = (rr, parts)
            full = sum(len(p) == n and all(config.level(x) for x in p) for _r, p in split.values())
            if not full or 2 * full < len(split):
                # (no cell carrying every stage's level, or a few among single levels — a cell
                # '一级/二级' of a column filled with the final level, 'either' or unsure: as before)
                continue
            last = max(rows, key=lambda rr: rr.row).row
            notes = [v for row in g.rows[last + 1 : last + 8] for v in row if v and "为准" in v] + [
                v for row in g.rows[max(0, hr - 4) : hr] for v in row if v and "为准" in v
            ]
            final = _final_stage(stages, notes)
            heading = " ".join(head[-1].split())  # (a heading on two lines, said on one)
            read = []
            for rr, parts in split.values():
                if len(parts) == n:
                    level = config.level(parts[final])
                    if level and all(config.level(x) for x in parts):
                        rr.level_as = level
                        read.append(rr)
                elif 1 <= len(parts) < n and all(config.level(x) for x in parts):
                    level = config.level(parts[-1])
                    rr.level_as = level
                    res.issues.append(
                        make_issue(
                            "LEVEL_STAGES_SHORT", rel, g.name, rr.cell("risk_level"),
                            field=heading, value=" ".join(rr.risk_level.split()), count=str(n),
                            level=level, stages="/".join(stages),
                        )
                    )  # fmt: skip
            if read:
                first = min(read, key=lambda rr: rr.row)
                res.issues.append(
                    make_issue(
                        "LEVEL_BY_STAGE", rel, g.name, first.cell("risk_level"), field=heading,
                        value=" ".join(first.risk_level.split()), stages="/".join(stages),
                        stage=stages[final], count=str(len(read)),
                    )
                )  # fmt: skip


# a stage a level cell labels in itself ('自评：二级', '局党组审定一级', '初评：中'): a rating step
# with the body that rates before it, or a body alone before a colon ('科室：二级')
# (the bodies a cell names besides the heading's: '院纪委复核', '局务会审定', '党组会研究')
_CELL_BODY = rf"(?:{_STAGE_BODY}|纪委|监委|纪工委|务会|党组会|党委会)"
_CELL_STAGE = LazyRe(
    rf"(?:{_CELL_BODY}{{0,3}}{_STAGE_STEP}|{_CELL_BODY}{{1,3}}(?=\s*[:：]))\s*[:：]?"
)
# what may part the labelled stages of a cell, and wrap the level after a label
_CELL_STAGE_GAP = " \t\u3000\n/／、|｜;；,，。:："
_CELL_STAGE_WORDS = ("自评", "自查", "自定", "初评", "初定", "初审", "复评", "复核", "复审", "审核",
                     "审查", "审定", "核定", "终评", "终审", "确定", "认定", "评定", "评议", "审批")  # fmt: skip


def _cell_stages(raw: str, config: Config) -> list[tuple[str, str]] | None:
    """The (stage, level) pairs of a level cell that labels each review stage's level in itself
    ('自评：二级⏎审定：一级', '本人自评二级；局党组审定一级', '初评：中 核定：高', '自评Ⅱ级/审定Ⅰ级'), in
    order, else None: the cell opens with a stage label, carries two labels or more, all
    different, and after each label one level word and nothing else up to the next label
    ('经集体研究确定为一级' is no such cell; nor is one whose label is followed by no level word,
    '审定：待定')."""
    s = raw.strip()
    if len(s) > 60:
        return None
    marks: list[tuple[str, str]] = []
    at = 0
    while at < len(s):
        m = _CELL_STAGE.match(s, at)
        if not m:
            return None
        label = m.group(0).strip(_CELL_STAGE_GAP)
        end = None
        for k in range(m.end() + 1, len(s) + 1):
            word = s[m.end() : k].strip(_CELL_STAGE_GAP).strip("（）()【】[]")
            if not word or not config.level(word):
                continue
            j = k
            while j < len(s) and s[j] in _CELL_STAGE_GAP:
                j += 1
            if j == len(s) or _CELL_STAGE.match(s, j):
                end = j  # (the level ends where the next label starts, or with the cell)
                break
        if end is None:
            return None
        marks.append((label, word))
        at = end
    if len(marks) < 2 or len({x for x, _w in marks}) < len(marks):
        return None
    return marks


def _levels_by_stage_labels(located, rel: str, res: FileResult, config: Config) -> None:
    """A level column whose cells each label the levels of two review stages or more
    ('自评：二级⏎审定：一级', '本人自评二级；局党组审定一级', '初评：中 核定：高') under a heading that
    names no stages (a plain '风险等级'): each such cell reads as the ruling stage's level — the
    one a '注：…以…为准' line names, else the one labelled as settling (审定, 核定, 终评, 确定),
    else the last — not as its first level word (the self-rating); one info a table
    (``LEVEL_BY_STAGE_LABELS``). Gated on a rating step's words in the sheet; a cell of one label
    ('审定：一级'), a label whose level is no level word, or words between the labels that are not
    a level read as before."""
    for g, forms, _sh in located:
        if g.lacks(*_CELL_STAGE_WORDS):
            continue  # (the cheap test: a rating step written somewhere in the sheet)
        # (the cheap test next, in C: no level cell of six characters or more, none to match)
        levels = map(_LEVEL_WRITTEN, chain.from_iterable(map(operator.attrgetter("risks"), forms)))
        if max(map(len, levels), default=0) < 6:
            continue
        if not any(
            len(raw := rr.risk_level.strip()) >= 6 and _CELL_STAGE.match(raw)
            for f in forms
            for rr in f.risks
        ):
            continue  # (no level cell opening with a stage's label: no table grouped)
        tables: dict[tuple[int, int], list] = {}
        for f in forms:
            for rr in f.risks:
                if "risk_level" in rr.cols and not rr.sheet and not rr.level_as:
                    tables.setdefault((f.header_row, rr.cols["risk_level"]), []).append(rr)
        for (hr, _col), rows in tables.items():
            read = []
            for rr in rows:
                raw = rr.risk_level.strip()
                if len(raw) < 6 or not _CELL_STAGE.match(raw):
                    continue
                marks = _cell_stages(raw, config)
                if marks:
                    read.append((rr, marks))
            if not read:
                continue
            last = max(rows, key=lambda rr: rr.row).row
            notes = [v for row in g.rows[last + 1 : last + 8] for v in row if v and "为准" in v] + [
                v for row in g.rows[max(0, hr - 4) : hr] for v in row if v and "为准" in v
            ]
            took = []
            for rr, marks in read:
                final = _final_stage([x for x, _w in marks], notes)
                stage, word = marks[final]
                rr.level_as = config.level(word)
                took.append((rr, stage))
            # (the cell said: the first whose stages differ, else the first)
            differ = [x for x in read if len({config.level(w) for _s, w in x[1]}) > 1] or read
            first, marks = min(differ, key=lambda x: x[0].row)
            stage = next(st for rr, st in took if rr is first)
            res.issues.append(
                make_issue(
                    "LEVEL_BY_STAGE_LABELS", rel, g.name, first.cell("risk_level"),
                    value=" ".join(first.risk_level.split()), stage=stage, field=marks[0][0],
                    count=str(len(took)),
                )
            )  # fmt: skip


# how likely a risk is, as a 研判 cell or a note writes it ('发生可能性大', '可能性一般', '发生概率
# 较低', '可能性不大'), and how much harm it would do ('危害严重', '危害程度较重', '影响轻微')
_JUDGED_LIKELY = LazyRe(
    r"(?:可能性|可能程度|概率|几率)(?:程度)?(?:也|较为|属于|为|是|[:：])?\s*"
    r"(很大|极大|较大|较高|较小|较低|极小|很小|不大|大|高|一般|中等|中|小|低)"
)
_JUDGED_HARM = LazyRe(
    r"(?:危害|影响|后果|损失|损害)(?:程度|性)?(?:也|较为|属于|为|是|[:：])?\s*"
    r"(特别严重|较严重|严重|较重|重大|较大|一般|较轻|轻微|较小|中等|大|重|中|小|轻|高|低)"
)
_LIKELY_FOLD = {"很大": "大", "极大": "大", "很小": "小", "极小": "小", "不大": "小", "中等": "中"}
_HARM_FOLD = {"特别严重": "严重", "较严重": "较重", "重": "严重", "较轻": "轻微", "轻": "轻微",
              "中等": "中"}  # fmt: skip
# the scales of three a judgement is written on, highest first: a word's grade is its place in
# every scale holding all the words a column and its note use ('较大' is high beside '一般' and
# '较小', middling between '大' and '小')
_LIKELY_SCALES = (("大", "一般", "小"), ("高", "中", "低"), ("大", "中", "小"), ("较大", "一般", "较小"),
                  ("高", "一般", "低"), ("较高", "一般", "较低"), ("大", "较大", "小"))  # fmt: skip
_HARM_SCALES = (("严重", "较重", "轻微"), ("严重", "一般", "轻微"), ("严重", "较重", "一般"),
                ("严重", "较大", "一般"), ("重大", "较大", "一般"), ("严重", "中", "轻微"),
                ("大", "中", "小"), ("高", "中", "低"), ("大", "一般", "小"), ("大", "较大", "小"),
                ("较大", "一般", "较小"))  # fmt: skip
# a note's clause giving pairs of judgements a level, the pairs first ('可能性大且危害严重、可能性
# 一般且危害严重的，为一级风险'), or the level first ('一级风险：可能性大且危害严重…'); the rest's
# level ('其余为三级风险')
_JUDGED_CLAUSE = LazyRe(
    r"([^。；;:：\n]{4,200}?)(?:的|者|情形|情况)?[，,]?\s*(?:均|一律|统一)?"
    r"(?:定|确定|列|划定|认定|评定|判定)?为\s*([^。；;，,、\n]{1,8}?)(?:风险|$|[。；;，,\n])"
)
_JUDGED_LEVEL_FIRST = LazyRe(
    r"([^。；;，,、:：\n]{1,8}?)(?:风险)?[:：]\s*(?=([^。；;:：\n]{4,200}))"
)
_JUDGED_REST = LazyRe(
    r"(?:其余|其他|其它|余下|剩余|除此之外|除上述[^。；;，,]{0,10}?(?:以外|之外|外))(?:的|情形|情况)?"
    r"[，,]?\s*(?:均|一律|统一)?(?:定|确定|列|划定|认定|评定|判定)?为\s*([^。；;，,、\n]{1,8}?)"
    r"(?:风险|$|[。；;，,\n])"
)
_JUDGED_REST_FIRST = LazyRe(
    r"([^。；;，,、:：\n]{1,8}?)(?:风险)?[:：]\s*(?:其余|其他|其它|余下|剩余)(?:的|各|所有)?(?:情形|情况|风险点)?(?:$|[。；;，,\n])"
)
# words that make a clause's pairs no plain list of pairs ('可能性大或危害严重', '…较重及以上')
_JUDGED_NOT_PAIRS = LazyRe(r"或|以上|以下|至少|任一|之一|均|都")
# a note saying only that a level combines the two judgements ('风险等级根据发生可能性和危害程度
# 综合确定', '按可能性×影响程度研判'): the usual 3×3 matrix grades them
_JUDGED_BOTH = LazyRe(
    r"(?:可能性|概率).{0,30}?(?:危害|影响|后果|损失)|(?:危害|影响|后果|损失).{0,30}?(?:可能性|概率)"
)
_JUDGED_COMBINED = LazyRe(r"综合|结合|确定|判定|研判|评定|评估|矩阵|乘|×|[*＊]")
_JUDGED_LEVEL_WORD = LazyRe(r"等级|级别|定级|分级|风险级")


def _judged(text: str) -> tuple[list[str], list[str]]:
    """The likelihood's words and the harm's words a text states, folded, in order ('…发生可能性
    大；…危害严重' → (['大'], ['严重']))."""
    if not any(w in text for w in ("可能", "概率", "几率", "危害", "影响", "后果", "损失", "损害")):
        return [], []
    likely = [_LIKELY_FOLD.get(m.group(1), m.group(1)) for m in _JUDGED_LIKELY.finditer(text)]
    harm = [_HARM_FOLD.get(m.group(1), m.group(1)) for m in _JUDGED_HARM.finditer(text)]
    return likely, harm


def _judged_ranks(used: set[str], scales: tuple[tuple[str, ...], ...]) -> dict[str, int]:
    """Each word's grade, 3 the highest: its place in every scale of three holding all ``used``
    words (a column's and its note's), else in every scale holding the word; a word two such
    scales place apart is left out (no guess)."""
    whole = [s for s in scales if used <= set(s)]
    out = {}
    for w in used:
        ranks = {3 - s.index(w) for s in (whole or [s for s in scales if w in s])}
        if len(ranks) == 1:
            out[w] = ranks.pop()
    return out


def _judged_pairs(subject: str) -> list[tuple[str, str]]:
    """The (likelihood, harm) pairs a note's clause lists ('可能性大且危害严重、可能性一般且危害
    严重' → [('大', '严重'), ('一般', '严重')]), each the two judgements side by side (joined by
    '且', '、', '，', '并且' …); [] for a clause that is no plain list of pairs."""
    if _JUDGED_NOT_PAIRS.search(subject):
        return []
    toks = sorted(
        [(m.start(), m.end(), 0, _LIKELY_FOLD.get(m.group(1), m.group(1)))
         for m in _JUDGED_LIKELY.finditer(subject)]
        + [(m.start(), m.end(), 1, _HARM_FOLD.get(m.group(1), m.group(1)))
           for m in _JUDGED_HARM.finditer(subject)]
    )  # fmt: skip
    if not toks or len(toks) % 2:
        return []
    pairs = []
    for a, b in zip(toks[::2], toks[1::2], strict=True):
        if a[2] == b[2] or b[0] - a[1] > 4:
            return []
        pairs.append((a[3], b[3]) if a[2] == 0 else (b[3], a[3]))
    return pairs


def _judged_note(lines: list[tuple[int, str]], config: Config):
    """What a sheet's notes, (row, text), say of the two judgements: (the level each listed pair
    of words takes, the rest's level, the note's lines as written, whether a line says only
    that the level combines the two — the usual matrix then —, the rows of the lines read). A
    pair given two levels, or one level in all, is no grading: ({}, None, the combining line
    or '', whether there is one, its row)."""
    given: dict[tuple[str, str], set[str]] = {}
    rest: set[str] = set()
    said: list[str] = []  # (the lines grading pairs or the rest, in order)
    rows: set[int] = set()
    combined, combined_at = "", set()
    for r, line in lines:
        found = False
        clauses = [(m.group(1), m.group(2)) for m in _JUDGED_CLAUSE.finditer(line)]
        clauses += [(m.group(2), m.group(1)) for m in _JUDGED_LEVEL_FIRST.finditer(line)]
        for subject, word in clauses:
            level = config.level(word.strip())
            pairs = _judged_pairs(subject) if level else []
            for p in pairs:
                given.setdefault(p, set()).add(level)
            found = found or bool(pairs)
        for m in chain(_JUDGED_REST.finditer(line), _JUDGED_REST_FIRST.finditer(line)):
            level = config.level(m.group(1).strip())
            if level:
                rest.add(level)
                found = True
        if found:
            said.append(line.strip())
            rows.add(r)
        elif (
            not combined
            and _JUDGED_BOTH.search(line)
            and _JUDGED_LEVEL_WORD.search(line)
            and _JUDGED_COMBINED.search(line)
        ):
            combined, combined_at = line.strip(), {r}
    levels = {lv for v in given.values() for lv in v} | rest
    if given and all(len(v) == 1 for v in given.values()) and len(rest) <= 1 and len(levels) >= 2:
        matrix = {p: next(iter(v)) for p, v in given.items()}
        note = "".join(t if t[-1] in "。；;，," else t + "；" for t in said).rstrip("；")
        return matrix, next(iter(rest), None), note, bool(combined), rows | combined_at
    return {}, None, combined, bool(combined), combined_at


def _judged_cells(cells, notes: list[tuple[int, str]], head: str, config: Config):
    """Grade each (point, its cell's text, its cell) by the likelihood and the harm the text
    states, as the notes grade the pair (a clause per level, '其余为三级'), or by the usual 3×3
    matrix where a note (or the heading) says only that the level combines the two: (graded
    [(point, level, cell)], unread [(point, reason, cell, text)], how it was graded, the words
    of each judgement in order, the notes' rows) — None where the notes do not grade by the
    two judgements, or fewer than two cells are graded."""
    matrix, rest, note, combined, note_rows = _judged_note(notes, config)
    if not matrix and not combined:
        if not (_JUDGED_BOTH.search(head) or all(w in head for w in ("可能", "危害"))):
            return None
        combined, note = True, ""  # ('风险研判（可能性×危害程度）': the heading says it)
    said = {id(rr): _judged(text) for rr, text, _at in cells}
    used_l = {w for ls, _hs in said.values() for w in ls} | {a for a, _b in matrix}
    used_h = {w for _ls, hs in said.values() for w in hs} | {b for _a, b in matrix}
    rank_l, rank_h = _judged_ranks(used_l, _LIKELY_SCALES), _judged_ranks(used_h, _HARM_SCALES)
    grid: dict[tuple[int, int], str] = {}
    for (a, b), lv in matrix.items():
        if a not in rank_l or b not in rank_h or grid.get((rank_l[a], rank_h[b]), lv) != lv:
            return None  # (a note's word no scale places, or two words of one grade apart)
        grid[(rank_l[a], rank_h[b])] = lv
    graded, unread = [], []
    for rr, text, at in cells:
        ls, hs = (list(dict.fromkeys(x)) for x in said[id(rr)])
        if not ls and not hs:
            unread.append((rr, "没有写明发生可能性和危害程度", at, text))
        elif not hs:
            unread.append((rr, f"只写了发生可能性({ls[0]}),没有写危害程度", at, text))
        elif not ls:
            unread.append((rr, f"只写了危害程度({hs[0]}),没有写发生可能性", at, text))
        elif len(ls) > 1 or len(hs) > 1:
            two = "、".join(ls) if len(ls) > 1 else "、".join(hs)
            kind = "发生可能性" if len(ls) > 1 else "危害程度"
            unread.append((rr, f"写了几种不同的{kind}({two})", at, text))
        elif ls[0] not in rank_l or hs[0] not in rank_h:
            w = ls[0] if ls[0] not in rank_l else hs[0]
            unread.append((rr, f"所写的“{w}”与其他各格的写法对照分不出高低", at, text))
        else:
            key = (rank_l[ls[0]], rank_h[hs[0]])
            if matrix:
                level = grid.get(key) or rest
            else:
                from xlproc.locate_base import _product_level

                level = _product_level(key[0] * key[1], 3)
            if level:
                graded.append((rr, level, at))
            else:
                why = f"所写的“可能性{ls[0]}、危害{hs[0]}”说明中没有给出级别"
                unread.append((rr, why, at, text))
    if len(graded) < 2:
        return None
    if matrix:
        by = f"说明(“{note}”)"
    else:
        by = "通常的3×3矩阵(可能性×危害程度,各分高、中、低三档,乘积6及以上为Ⅰ级、3–4为Ⅱ级、其余为Ⅲ级)"
        by += f",说明(“{note}”)只写了按两者综合定级" if note else ""
    order_l = "/".join(sorted(rank_l, key=lambda w: -rank_l[w]))
    order_h = "/".join(sorted(rank_h, key=lambda w: -rank_h[w]))
    return graded, unread, by, (order_l, order_h), note_rows


# the words of a line that may grade the judgements: a likelihood, or the rest ('其余为三级')
_JUDGED_NOTE_WORDS = (
    "可能",
    "概率",
    "几率",
    "其余",
    "其他",
    "其它",
    "余下",
    "剩余",
    "除上述",
    "除此",
)


def _judgement_notes(g, forms) -> list[tuple[int, str]]:
    """The lines (row, text) of a sheet outside its tables' rows and headings that name a
    judgement or the rest, then those of the file's 填表说明 sheet (row -1): where a note grading
    the 研判 cells may stand."""
    taken = {rr.row for f in forms for rr in f.risks if not rr.sheet}
    taken |= {f.header_row for f in forms}
    lines = []
    for r, row in enumerate(g.rows):
        if r in taken:
            continue
        text = "".join(v for v in row if v)
        if text and any(w in text for w in _JUDGED_NOTE_WORDS):
            lines.append((r, text))
    # (the file's 填表说明 sheet may say it for every list: its lines after the sheet's own)
    lent = g.__dict__.get("_file_notes")
    for text in lent[0] if lent else ():
        if any(w in text for w in _JUDGED_NOTE_WORDS):
            lines.append((-1, text))
    return lines


def _judged_apply(got, sheet, g, hr: int, col: int, as_written: bool, rel: str, res) -> None:
    """The graded cells' levels set (beside the sentence as written, or as the level of a list
    that wrote none), each cell not graded warned at, the grading said once; the note's lines
    are no stray rows."""
    graded, unread, by, (order_l, order_h), note_rows = got
    for rr, level, _at in graded:
        if as_written:
            rr.level_as = level
        else:
            rr.risk_level = level
    head = g.rows[hr][col] if hr < len(g.rows) and col < len(g.rows[hr]) else ""
    field = "".join(head.split()) or f"第{col + 1}列"
    for _rr, reason, at, text in unread:
        res.issues.append(make_issue("LEVEL_JUDGEMENT_UNREAD", rel, g.name, at, field=field,
                                     value=" ".join(text.split())[:60], reason=reason, by=by))  # fmt: skip
    res.issues.append(make_issue("LEVEL_BY_JUDGEMENT_WORDS", rel, g.name, cell_ref(hr, col),
                                 field=field, value=_judged_said(graded), by=by,
                                 likely=order_l, harm=order_h))  # fmt: skip
    on = {str(r + 1) for r in note_rows if r >= 0}  # (a line lent by a 填表说明 sheet: none)
    gone = [
        i for i in sheet.issues
        if i.code == "ROW_UNPLACED" and i.cell.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ") in on
    ]  # fmt: skip
    if gone:
        sheet.unplaced -= len(gone)
        sheet.issues = [i for i in sheet.issues if i not in gone]


def _judged_said(graded) -> str:
    counts = Counter(level for _rr, level, _at in graded)
    return "、".join(f"{lv}{counts[lv]}个" for lv in sorted(counts))


def _levels_by_judgement(located, rel: str, res: FileResult, config: Config) -> None:
    """A level column whose cells are not level words but sentences judging each risk — how
    likely it is and how much harm it would do ('风险研判': '…，发生可能性一般；一旦发生造成税款
    流失，危害严重') — under a note grading the pair ('可能性大且危害严重、…的，为一级风险；…；
    其余为三级风险', or '一级风险：…'), or saying only that the level combines the two ('风险等级
    根据发生可能性和危害程度综合确定': the usual 3×3 matrix, as two factor COLUMNS are graded):
    each cell's likelihood and harm (大/一般/小, 高/中/低, 较大/一般/较小; 严重/较重/轻微, 重大/
    较大/一般 …, placed by the scale of three holding the words the column and its note use)
    take the note's level, said once a table (info ``LEVEL_BY_JUDGEMENT_WORDS``). A cell naming
    neither, only one, two of one, a word no scale places, or a pair the note does not grade
    keeps its level blank with a warning naming it (``LEVEL_JUDGEMENT_UNREAD``, in place of
    LEVEL_UNKNOWN). A list with NO level column at all, whose judgements stand in a column of
    their own ('风险分析', '研判情况'), the same way (its level set, LEVEL_BLANK left for a cell
    not graded). Cheap test first: a level cell the vocabulary does not read that names a
    likelihood (most sheets write their levels); on a sheet writing no level, a note line naming
    one. Without a note (or a heading) saying so, the cells read as before."""
    for g, forms, sheet in located:
        if not forms:
            continue
        written = set(map(_LEVEL_WRITTEN, chain.from_iterable(f.risks for f in forms)))
        if not any(w.strip() for w in written):
            _levels_by_judgement_column(g, forms, sheet, rel, res, config)
            continue
        if not any(("可能" in w or "概率" in w or "几率" in w) for w in written):
            continue  # (the cheap test: no level cell of the sheet names a likelihood)
        tables: dict[tuple[int, int], list] = {}
        for f in forms:
            for rr in f.risks:
                raw = rr.risk_level.strip()
                if "risk_level" in rr.cols and not rr.sheet and not rr.level_as and raw:
                    if not config.level(raw):
                        tables.setdefault((f.header_row, rr.cols["risk_level"]), []).append(rr)
        notes = None
        for (hr, col), rows in tables.items():
            cells = [(rr, rr.risk_level, rr.cell("risk_level")) for rr in rows]
            both = sum(all(_judged(t)) for _rr, t, _at in cells)
            if both < 2 or 2 * both < len(cells):
                continue  # (a few sentences among level words: a level column, as before)
            if notes is None:
                notes = _judgement_notes(g, forms)
            head = "".join((g.rows[hr][col] if col < len(g.rows[hr]) else "").split())
            got = _judged_cells(cells, notes, head, config)
            if got is not None:
                _judged_apply(got, sheet, g, hr, col, True, rel, res)


def _levels_by_judgement_column(g, forms, sheet, rel: str, res: FileResult, config: Config) -> None:
    """``_levels_by_judgement`` for a list writing no level at all: the column (not the point's,
    holder's or measures') whose cells judge each risk's likelihood and harm, under a note
    grading them (a note line naming a likelihood the cheap test)."""
    if not _legend(g, forms, "可能性", "概率", "几率"):
        return  # (the cheap test: no line of the sheet names a likelihood)
    todo = [rr for f in forms for rr in f.risks if not rr.sheet and not rr.level_as]
    if len(todo) < 2:
        return
    used = {
        c for f in forms for rr in f.risks for role, c in rr.cols.items()
        if role not in ("monitoring", "other", "description", "remarks")
    }  # fmt: skip
    merged = g.merged_into or {}

    def value(r: int, c: int) -> str:  # (a value merged down over rows: its top cell's)
        return (g.get(r, c) or g.get(*merged.get((r, c), (r, c)))).strip()

    width = max((len(g.rows[rr.row]) for rr in todo if rr.row < len(g.rows)), default=0)
    best = None
    for c in range(width):
        if c in used:
            continue
        cells = [(rr, value(rr.row, c), cell_ref(rr.row, c)) for rr in todo]
        cells = [x for x in cells if x[1]]
        both = sum(all(_judged(t)) for _rr, t, _at in cells)
        if both >= 2 and 2 * both >= len(cells) and (best is None or both > best[0]):
            best = (both, c, cells)
    if best is None:
        return
    _both, c, cells = best
    hr = forms[0].header_row
    head = "".join((g.rows[hr][c] if hr < len(g.rows) and c < len(g.rows[hr]) else "").split())
    got = _judged_cells(cells, _judgement_notes(g, forms), head, config)
    if got is not None:
        _judged_apply(got, sheet, g, hr, c, False, rel, res)


ROW_KEYS = RISK_ROW  # a risk travels as a tuple in this order
_FEW_VALUES = {"unit", "department", "tier", "section", "risk_type", "risk_level", "raw_risk_type",
               "raw_risk_level"}  # fmt: skip


def _review_boxes() -> dict[str, int]:
    from xlproc.forms import load_spec

    return {t: len(f.reviews) for t, f in load_spec().forms.items()}


_WORKER_CONFIG: Config | None = None


_WORKER_FILES = 0
_GC_EVERY = 64  # files a reading worker reads between two collections of reference cycles


def _init_worker(config: Config) -> None:
    global _WORKER_CONFIG
    _WORKER_CONFIG = config
    _limit_memory(config.worker_memory_mb)
    # the reader makes many small lists and dicts and few reference cycles: the cyclic
    # collector, run every 700 allocations, cost a tenth of a large sheet's time. It runs
    # every _GC_EVERY files instead, over what the worker made (not what it was forked with).
    import gc

    gc.freeze()
    gc.disable()


def _limit_memory(megabytes: int) -> None:
    """Cap this worker's address space at what it uses now plus ``megabytes``: a file that makes
    the reader allocate gigabytes (a dense range for one far cell, say) then fails in this
    worker, which is reported and replaced, instead of exhausting the machine's memory."""
    if megabytes <= 0:
        return
    try:
        import resource

        with open("/proc/self/statm") as f:
            used = int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        limit = used + (megabytes << 20)
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        if soft == resource.RLIM_INFINITY or limit < soft:
            resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ImportError, OSError, ValueError):  # not Linux: no cap
        pass


def _work(item: tuple[str, str]) -> FileResult:
    """One file, in a reading worker (see ``xlproc.pool``)."""
    path, rel = item
    if "XLPROC_TEST_CRASH" in os.environ or "XLPROC_TEST_HANG" in os.environ:
        _test_hook(rel)
    assert _WORKER_CONFIG is not None
    global _WORKER_FILES
    _WORKER_FILES += 1
    if _WORKER_FILES % _GC_EVERY == 0:
        import gc

        gc.collect()
    return read_file(Path(path), rel, _WORKER_CONFIG)


def _test_hook(rel: str) -> None:
    """Tests only: the worker reading a file whose name contains $XLPROC_TEST_CRASH kills itself
    (SIGKILL), $XLPROC_TEST_HANG sleeps, so that real deaths and timeouts test the real pool."""
    import signal
    import time

    crash, hang = os.environ.get("XLPROC_TEST_CRASH"), os.environ.get("XLPROC_TEST_HANG")
    if crash and crash in rel:
        os.kill(os.getpid(), signal.SIGKILL)
    if hang and hang in rel:
        time.sleep(3600)


# an exception's type → what it means for the sender, in Chinese
_REASONS = {
    "NotImplementedError": "使用了不支持的压缩或加密格式",
    "MemoryError": "内容过大,内存不足",
    "RecursionError": "内容嵌套过深",
    "UnicodeDecodeError": "文字编码无法识别",
    "UnicodeEncodeError": "文字编码无法识别",
    "PanicException": "文件结构异常,读取组件无法处理",
}


def _failed(item: tuple[str, str], kind: str, detail: str) -> FileResult:
    """The result of a file whose reading raised, crashed its worker or ran out of time."""
    from xlproc.pool import CRASH, TIMEOUT

    path, rel = item
    if kind == TIMEOUT:
        issue = make_issue("FILE_TIMEOUT", rel, value=detail)
    elif kind == CRASH:
        issue = make_issue("FILE_CRASHED", rel, value=detail)
    else:
        reason = _REASONS.get(detail.split(":", 1)[0], "读取时出错")
        issue = make_issue("FILE_UNREADABLE", rel, value=f"{reason}:{detail}")
    return FileResult(rel, "unreadable", path, issues=[issue])


def read_files(
    items, config, config_path=None, jobs=None, progress=False, warm=None
) -> Iterator[FileResult]:
    """Read every file of ``items`` ((path, relative path) pairs) in worker processes; yield
    results in the order of ``items``.

    Files skipped for their name are not sent to a worker. A file whose reading raises, kills
    its worker or runs past ``limits.file_timeout_seconds`` is reported as unreadable and the
    others go on (``xlproc.pool``). ``warm`` runs while the workers read (e.g. importing pandas).
    """
    import xlproc.locate  # noqa: F401 — imported once here, inherited by every forked worker
    import xlproc.workbook  # noqa: F401
    from xlproc.pool import run_tasks

    jobs = jobs or min(os.cpu_count() or 1, 8)
    skipped = [skipped_by_name(p, rel) for p, rel in items]
    todo = [(str(p), rel) for (p, rel), s in zip(items, skipped, strict=True) if s is None]
    results = run_tasks(
        todo, _work, _failed, jobs, config.file_timeout, _init_worker, (config,), warm
    )
    bar = None
    if progress:
        import sys

        import click

        bar = click.progressbar(length=len(items), label="读取文件", file=sys.stderr)
        bar.__enter__()
    try:
        for s in skipped:
            yield s if s is not None else next(results)
            if bar:
                bar.update(1)
    finally:
        results.close()  # on an interrupt: the workers are killed before this returns
        if bar:
            bar.__exit__(None, None, None)


def collect_inbox(
    inboxes: list[Path],
    config_path: str | None = None,
    roster_path: str | None = None,
    jobs: int | None = None,
    progress: bool = False,
    config: Config | None = None,
    frames: bool = True,
) -> CollectResult:
    """Read every file under ``inboxes`` and return frames and issues. With ``frames``
    (the caller will ask for the frames), pandas is imported while the workers read.

    Results are taken in as the workers return them; risks are kept column by column (equal
    texts of a file as one object), so memory grows with the risk points kept and never with
    the size of a file.
    """
    config = config or load_config(config_path)
    people = None
    if roster_path:
        from xlproc.roster import read_roster

        people = read_roster(roster_path)
    for inbox in inboxes:
        if not inbox.exists():
            raise UsageError(f"找不到收件文件夹:{inbox}")
    items = discover(inboxes)
    warm = (lambda: __import__("pandas")) if frames else None
    results = read_files(items, config, config_path, jobs, progress, warm=warm)
    return assemble(results, config, list(inboxes), people)


def assemble(
    results: Iterable[FileResult],
    config: Config,
    inboxes: list[Path],
    people: list | None = None,
    version_of: Callable[[str], FileVersion] | None = None,
) -> CollectResult:
    """The batch from files already read (``read_files``, in ``discover``'s order): the version
    rule across files, the roster, and the records. ``collect_inbox`` is ``read_files`` then this.

    ``version_of`` gives a file's feedback-copy version and modification time for the version
    rule (``xlproc.versions``); by default the marker read with the file and its path's time.
    The post records keep any keys of the caller's that the results' posts carried.
    """
    files: list[FileResult] = []
    posts: list[dict] = []
    issues: list[Issue] = []
    columns: dict[str, list] = {k: [] for k in RISK_COLUMNS}  # the risks, column by column
    form_ids, by_key = columns["form_id"], [columns[k] for k in ROW_KEYS]
    # words from a small vocabulary repeat in every file: one object each across the batch
    # (a file's own repeats are already one object, see normalise_form)
    few = [k in _FEW_VALUES for k in ROW_KEYS]
    shared: dict[str, str] = {}
    share = shared.setdefault
    for fr in results:
        files.append(fr)
        base = len(issues)
        issues.extend(fr.issues)
        for post, rows in zip(fr.posts, fr.risks, strict=True):
            fid = f"F{len(posts) + 1:05d}"
            post["form_id"] = fid
            a, b = post["_issues"]
            post["_issues"] = (base + a, base + b)
            posts.append(post)
            form_ids.extend([fid] * len(rows))
            for col, values, small in zip(
                by_key, zip(*rows, strict=True), few, strict=False
            ):  # none if no rows
                col.extend(map(share, values, values) if small else values)
        fr.posts, fr.risks, fr.issues = [], [], []  # now held above
    posts, issues, old = _versions(files, posts, issues, columns, version_of)
    submissions = None
    if people is not None:
        _fill_by_post(people, posts)
        submissions, roster_issues = _submissions(people, posts, old)
        issues.extend(roster_issues)
    if people is not None and columns["form_id"]:
        # the roster filled what a list table could not say: the risks follow their post
        by_id = {p["form_id"]: p for p in posts}
        for k in ("tier", "department", "title", "person"):
            columns[k] = [by_id[i][k] for i in columns["form_id"]]
    return CollectResult(files, posts, issues, columns, submissions, config, list(inboxes), people)


INT_COLUMNS = {"score", "n_risks", "source_row", "_roster_row"} | {
    f"n_level_{i}" for i in (1, 2, 3)
}


def _typed(df):
    """An empty frame gets the column types a filled one has (text, or int for counts and rows).

    pandas makes the columns of an empty frame float or object, on which ``.str`` and the
    archive's summaries fail: an inbox with nothing readable is a valid answer, not a crash.
    """
    if len(df):
        return df
    return df.astype({c: "int64" if c in INT_COLUMNS else "str" for c in df.columns})


def _versions(
    files: list[FileResult],
    posts: list[dict],
    issues: list[Issue],
    columns: dict[str, list],
    version_of: Callable[[str], FileVersion] | None = None,
) -> tuple[list[dict], list[Issue], list[tuple[dict, dict]]]:
    """Apply the version rule (``xlproc.versions``): forms replaced by a newer file leave the batch.

    Their posts, risks and issues are removed (a file or sheet replaced as a whole takes all its
    issues along), form ids are renumbered, and each replaced form gets a FORM_SUPERSEDED note.
    Returns the kept posts, the issues, and (replaced post, newer post) pairs.
    """
    from xlproc.versions import resolve, version_getter

    res = resolve(posts, version_of or version_getter(files))
    if not res.superseded:
        return posts, issues + res.issues, []
    old = [(p, res.superseded[id(p)][0]) for p in posts if id(p) in res.superseded]
    kept = [p for p in posts if id(p) not in res.superseded]
    by_file: dict[str, list[dict]] = defaultdict(list)
    for p in posts:
        by_file[p["source_file"]].append(p)
    drop_files, drop_sheets, drop_ids = set(), set(), set()
    for f in files:
        mine = by_file.get(f.rel, [])
        gone = [p for p in mine if id(p) in res.superseded]
        if not gone:
            continue
        if len(gone) == len(mine):
            drop_files.add(f.rel)
            f.superseded_by = "、".join(dict.fromkeys(new["source_file"] for p, new in old
                                                      if p["source_file"] == f.rel))  # fmt: skip
        f.risks_superseded = sum(p["n_risks"] for p in gone)
        sheets = defaultdict(list)
        for p in mine:
            sheets[p["source_sheet"]].append(id(p) in res.superseded)
        drop_sheets.update((f.rel, s) for s, flags in sheets.items() if all(flags))
        for p in gone:
            drop_ids.update(range(*p["_issues"]))
    issues = [
        i
        for k, i in enumerate(issues)
        if k not in drop_ids
        and i.source_file not in drop_files
        and (i.source_file, i.source_sheet) not in drop_sheets
    ]
    # risks: keep the rows of kept forms, and number the forms again without gaps
    renumber = {p["form_id"]: f"F{k:05d}" for k, p in enumerate(kept, start=1)}
    keep = [fid in renumber for fid in columns["form_id"]]
    for k, values in columns.items():
        columns[k] = [v for v, ok in zip(values, keep, strict=True) if ok]
    columns["form_id"] = [renumber[fid] for fid in columns["form_id"]]
    for p in kept:
        p["form_id"] = renumber[p["form_id"]]
    return kept, issues + res.issues, old


def _fill_by_post(people, posts: list[dict]) -> None:
    """A form with no holder named (对岗不对人) takes its holder from the roster when exactly
    one roster person holds that post: same unit (or none given), 科室 and 职务."""
    by_post: dict[tuple[str, str], list] = defaultdict(list)
    for person in people:
        by_post[("".join(person.department.split()), "".join(person.title.split()))].append(person)
    for p in posts:
        if p["person"] or not p["department"] or not p["title"]:
            continue
        cands = [
            x
            for x in by_post.get(
                ("".join(p["department"].split()), "".join(p["title"].split())), []
            )
            if not p["unit"] or x.unit == p["unit"]
        ]
        if len(cands) == 1:
            p["person"] = cands[0].person


def _submissions(
    people, posts: list[dict], old: list[tuple[dict, dict]] = ()
) -> tuple[list[dict], list[Issue]]:
    """One row per roster person (and per person not in it); a form replaced by a newer version
    adds a row ``superseded`` after its holder's, naming the newer file."""
    from xlproc.forms import TIER_NAMES

    by_name: dict[str, list[dict]] = defaultdict(list)
    for p in posts:
        by_name[p["person"]].append(p)
    replaced: dict[tuple[str, str], list[tuple[dict, dict]]] = defaultdict(list)
    for p, new in old:
        if p["person"]:
            replaced[(p["unit"], p["person"])].append((p, new))

    def replaced_rows(unit: str, person: str, department: str, tier: str) -> list[dict]:
        return [{"department": department or p["department"], "person": person, "tier": tier or p["tier"],
                 "status": "superseded", "source_file": p["source_file"], "superseded_by": new["source_file"]}
                for p, new in replaced.pop((unit, person), [])]  # fmt: skip

    rows: list[dict] = []
    issues: list[Issue] = []
    matched: set[int] = set()
    for person in people:
        cands = [
            p for p in by_name.get(person.person, []) if not p["unit"] or p["unit"] == person.unit
        ]
        if not cands:
            cands = by_name.get(person.person, [])
        tier = TIER_NAMES[person.tier]
        for p in cands:
            matched.add(id(p))
            # the roster fills what a list table cannot say
            for key, value in (
                ("tier", tier),
                ("department", person.department),
                ("title", person.title),
            ):
                if not p[key]:
                    p[key] = value
        if not cands:
            status, src = "missing", ""
            issues.append(make_issue("MISSING_SUBMISSION", value=f"{person.unit} {person.department} {person.person}",
                                     field=tier))  # fmt: skip
        else:
            status = "duplicate" if len(cands) > 1 else "submitted"
            src = ";".join(sorted({p["source_file"] for p in cands}))
        rows.append({"department": person.department, "person": person.person, "tier": tier,
                     "status": status, "source_file": src, "superseded_by": ""})  # fmt: skip
        units = {p["unit"] for p in cands} | {person.unit, ""}
        for unit in sorted(units):
            rows.extend(replaced_rows(unit, person.person, person.department, tier))
    for p in posts:
        if id(p) not in matched and p["person"]:
            rows.append({"department": p["department"], "person": p["person"], "tier": p["tier"],
                         "status": "not_in_roster", "source_file": p["source_file"],
                         "superseded_by": ""})  # fmt: skip
            rows.extend(replaced_rows(p["unit"], p["person"], p["department"], p["tier"]))
            issues.append(
                make_issue("NOT_IN_ROSTER", p["source_file"], p["source_sheet"], value=p["person"])
            )
    for unit, person in list(replaced):  # replaced, and neither in the roster nor kept
        rows.extend(replaced_rows(unit, person, "", ""))
    return rows, issues


# a column heading naming a CLASS of staff, not a person or a post ('馆领导', '班子成员', '中层干部',
# '股室负责人', '一般工作人员', '其他人员'): the level columns of a list graded by class
_STAFF_CLASS = re.compile(
    r"^(?:(?:中心|机关|单位|[馆局所院站处科室校厂委办队部行社园])?领导(?:班子)?(?:成员|干部)?"
    r"|班子成员|中层(?:干部|领导|领导干部|正职|副职|人员|管理人员)?|中层以上干部"
    r"|(?:部门|股室|科室|处室|部室|科队|中层)负责人"
    r"|一般(?:工作人员|干部|职工|人员)|其他(?:工作)?人员|普通(?:职工|干部|工作人员)"
    r"|(?:领导|中层|一般|管理|普通)岗位?(?:人员)?)$"
)
# a roster's column naming each person's class, and its 科室 and post columns
_ROSTER_DEPT_HEAD = re.compile(
    r"^(?:所在|所属)?(?:部门|科室|股室|处室|部室|单位部门|科室部门)(?:名称)?$"
)
_ROSTER_POST_HEAD = re.compile(r"^(?:现任)?(?:职务|岗位|职位|职务岗位|岗位名称|职务职称)$")


def _class_tier(cls: str) -> str:
    """The tier a staff class names: 中层/负责人 middle, 领导/班子 leader, the rest general."""
    if "中层" in cls or "负责人" in cls:
        return "middle"
    if "领导" in cls or "班子" in cls:
        return "leader"
    return "general"


def _class_columns(g, table) -> list[str] | None:
    """The staff classes a table's forms are, where the table is a holder-less list graded in
    per-class columns the reader took for holder columns: each form names no one, its title a
    class word ('馆领导') heading the one level column all its rows read (two to four classes);
    else None (names or posts heading the columns, per-year levels: not this shape)."""
    if not 2 <= len(table) <= 4 or any(f.person for f in table):
        return None
    cols, classes = set(), []
    for f in table:
        rows = [rr for rr in f.risks if not rr.sheet]
        at = {rr.cols.get("risk_level") for rr in rows}
        title = re.sub(r"\s+", "", f.title)
        if not rows or len(at) != 1 or None in at or not _STAFF_CLASS.match(title):
            return None
        (c,) = at
        first = min(rr.row for rr in rows)
        heads = {
            re.sub(r"\s+", "", g.rows[r][c] or "")
            for r in range(f.header_row, first)
            if c < len(g.rows[r])
        }
        if title not in heads or c in cols:
            return None
        cols.add(c)
        classes.append(title)
    return classes if len(set(classes)) == len(classes) else None


def _class_roster(grid, rows: Iterable[int]) -> tuple | None:
    """A roster naming each person's class ('序号 | 姓名 | 部门 | 职务 | 人员类别') among ``rows`` of
    ``grid``: (its heading's cell, [(name, 科室, post, class, class cell)]), or None."""
    from xlproc.columns import looks_like_name
    from xlproc.identity import squeeze
    from xlproc.locate_header import STAFF_CLASS_HEAD

    rows = list(rows)
    for k, r in enumerate(rows):
        heads = [squeeze(v or "") for v in grid.rows[r]]
        name = next((c for c, h in enumerate(heads) if h in ("姓名", "人员姓名", "名字")), None)
        cls = next((c for c, h in enumerate(heads) if STAFF_CLASS_HEAD.match(h)), None)
        if name is None or cls is None:
            continue
        dept = next((c for c, h in enumerate(heads) if _ROSTER_DEPT_HEAD.match(h)), None)
        post = next((c for c, h in enumerate(heads) if _ROSTER_POST_HEAD.match(h)), None)

        def at(row, c):
            return squeeze(row[c] or "") if c is not None and c < len(row) else ""

        people = []
        for r2 in rows[k + 1 :]:
            row = grid.rows[r2]
            who = at(row, name)
            if not who or not looks_like_name(who):
                if people or any(v and v.strip() for v in row):
                    break
                continue
            people.append((who, at(row, dept), at(row, post), at(row, cls), cell_ref(r2, cls)))
        if people:
            return cell_ref(r, name), people
    return None


def _roster_of_another_unit(grid, at: str, unit: str) -> bool:
    """A roster on a sheet of its own (heading at cell ``at``) titled for a unit other than the
    list's ``unit`` ('某某乡人民政府干部名册' in a 县水利局's workbook): not the list's staff."""
    from xlproc.identity import squeeze, unit_in_title

    head = int(re.sub(r"^[A-Z]+", "", at)) - 1
    if not unit:
        return False
    for row in grid.rows[:head]:
        for v in row:
            named = unit_in_title(squeeze(v or "")) if v and len(v) <= 60 else ""
            if named and named not in unit and unit not in named:
                return True
    return False


def _holders_by_staff_class(located, rel: str, res: FileResult) -> None:
    """A list naming no holder whose levels stand in a column per CLASS of staff ('风险等级（按人员
    类别）' over '馆领导 | 部门负责人 | 一般工作人员', '/' for a class not exposed), read as one
    post-form per class: a roster naming each person's class ('姓名 | 部门 | 职务 | 人员类别', under
    the list, above it or on another sheet; one none of whose classes is a column's is none)
    makes them people, each holding the points his class's column levels, at that level, with
    the roster's 科室 and post (info LEVELS_BY_STAFF_CLASS); a roster
    person of a class no column has, a warning at his cell (STAFF_CLASS_UNMATCHED). No roster: the
    class forms stay posts (对岗不对人), said (LEVELS_BY_STAFF_CLASS_NO_ROSTER)."""
    from xlproc.identity import squeeze

    for i, (g, forms, sheet) in enumerate(located):
        if not forms or all(f.person for f in forms):
            continue  # (the cheap test)
        starts = sorted({f.header_row for f in forms})
        out, changed = [], False
        for k, start in enumerate(starts):
            table = [f for f in forms if f.header_row == start]
            classes = _class_columns(g, table)
            if classes is None:
                out.extend(table)
                continue
            shown = " | ".join(classes)
            end = starts[k + 1] if k + 1 < len(starts) else len(g.rows)
            last = max(rr.row for f in table for rr in f.risks if not rr.sheet)
            by_class = {squeeze(f.title): f for f in table}

            def of_class(cls, by_class=by_class, table=table):
                """The class form a roster's class word is (its own, or the one column of its
                tier: '班子成员' for '领导班子'), or None."""
                if cls in by_class:
                    return by_class[cls]
                alike = [x for x in table if _class_tier(squeeze(x.title)) == _class_tier(cls)]
                return alike[0] if len(alike) == 1 and _STAFF_CLASS.match(cls) else None

            def fits(roster, of_class=of_class):
                # (a roster none of whose classes is a column's — '类别' of 行政编制/事业编制, a
                # 名册 of another kind — is not this list's roster: nobody warned by it)
                return roster if roster and any(of_class(p[3]) for p in roster[1]) else None

            found, where = fits(_class_roster(g, range(last + 1, end))), g
            if found is None:  # (the roster printed above the list, after any table before it)
                above = [
                    rr.row for f in forms if f.header_row < start for rr in f.risks if not rr.sheet
                ]
                found = fits(_class_roster(g, range(max(above, default=-1) + 1, start)))
            own = next((f.unit for f in table if f.unit), "")
            for og, ofs, _s in located if found is None else ():
                if og is not g and not any(f.risks for f in ofs):
                    found, where = fits(_class_roster(og, range(len(og.rows)))), og
                    if found and _roster_of_another_unit(og, found[0], own):
                        found = None  # ('某某乡人民政府干部名册' beside a 县水利局's list)
                    if found:
                        break
            head = cell_ref(start, min(rr.cols["risk_level"] for f in table for rr in f.risks))
            if found is None:
                res.issues.append(make_issue("LEVELS_BY_STAFF_CLASS_NO_ROSTER", rel, g.name, head,
                                             value=shown))  # fmt: skip
                out.extend(table)
                continue
            at, people = found
            made = []
            for who, dept, post, cls, cell in people:
                f = of_class(cls)
                if f is None:
                    res.issues.append(make_issue("STAFF_CLASS_UNMATCHED", rel, where.name, cell,
                                                 value=cls, field=shown, names=who))  # fmt: skip
                    continue
                title = post or f.title
                made.append(
                    replace(f, person=who, department=dept or f.department, title=title,
                            person_cell=cell, tier=f.tier or _class_tier(squeeze(f.title)),
                            risks=[replace(rr, person=who, department=dept or rr.department,
                                           title=title) for rr in f.risks])
                )  # fmt: skip
            if not made:
                out.extend(table)
                continue
            changed = True
            out.extend(made)
            res.issues.append(make_issue("LEVELS_BY_STAFF_CLASS", rel, where.name, at, value=shown,
                                         field=f"{where.name}!{at}"))  # fmt: skip
            # (the roster is read now: not a table set aside)
            row = re.sub(r"^[A-Z]+", "", at)
            for _og, _f, sh in located:
                sh.issues[:] = [
                    x
                    for x in sh.issues
                    if not (x.code in SET_ASIDE_TABLES and x.source_sheet == where.name
                            and re.sub(r"^[A-Z]+", "", x.cell) == row)
                ]  # fmt: skip
        if changed:
            located[i] = (g, out, sheet)


# a note's clause giving the holders of some rank their points' level, the rank first: '县级领导
# 干部为一级风险', '科级干部和主任科员为二级风险', '科员及其他人员为三级风险'
_RANK_CLAUSE = LazyRe(
    r"([^。；;，,\n:：]{1,40}?)(?:为|对应|属于)\s*([^。；;，,\n]{1,8}?)(?:风险|$|[。；;，,\n])"
)  # ('…对应一级风险', '…属于高风险' alike)
# the level first: '一级风险：处级领导干部', '二级风险为科级干部岗位' (a part of a note between its
# stops, the level's words before a colon or '为', the holders after it)
_RANK_PARTS = LazyRe(r"[^。；;，,\n]+")
_LEVEL_SAYS = LazyRe(r"为|[:：]|包括")
# the words of a note's clause for everyone else ('科员及其他人员', '其余干部', '一般干部')
_HOLDER_RANK_REST_WORDS = (
    "其他",
    "其余",
    "其它",
    "余下",
    "剩余",
    "一般干部",
    "一般人员",
    "一般工作人员",
)
_HOLDER_RANK_REST = LazyRe("|".join(_HOLDER_RANK_REST_WORDS))
# a roster's headings: the holder's name, his rank ('职务层次', '职级'), else his post ('职务')
_ROSTER_NAME_HEAD = frozenset(("姓名", "人员姓名", "干部姓名", "名字"))
# a name under a roster's '姓名' heading, whatever its surname ('达奚珝', '阿旺·次仁'), no sign-off
_ROSTER_NAME = LazyRe(r"(?!.*(?:合计|小计|制表|填表|审核|签字))[\u3400-\u9fff·•]{2,8}")
_ROSTER_RANK_HEAD = LazyRe(
    r"^(?:现任?|干部|人员|现任职)?(?:职务层次|职务层级|职级|职务级别|级别|层次|职务[/、]?职级|职级层次|行政级别)"
    r"(?:[/、或及和]?(?:职务层次|职务层级|职级|职务级别|级别|层次|行政级别))?$"
)  # ('职务层次（职级）', '职务/职级', '干部职级': the headings folded, brackets and spaces aside)


# a name's marks a roster and a list may write or leave out ('扎西·多吉' / '扎西多吉'), a bracket
# after it ('乐正泓(女)', '公冶沂（挂职）')
_NAME_DOTS = LazyRe(r"[·•・.．\s]|[(（][^()（）]{1,8}[)）]$")


def _roster_name(text: str) -> str:
    """A holder's name as a roster and a list are matched by: spaces, the dot inside a Tibetan
    or Uyghur name and a closing bracket aside ('扎西多吉' of '扎西·多吉', '乐正泓' of '乐正泓(女)')."""
    from xlproc.identity import squeeze

    v = squeeze(text)
    if v and (v[-1] in ")）" or any(ch in v for ch in "·•・.．")):
        return _NAME_DOTS.sub("", v)
    return v


def _rank_words(config: Config) -> list[tuple[str, str]]:
    """(word, its rank class) of ``[holder_ranks]``, the longest words first."""
    words = {w: cls for cls, ws in config.holder_ranks.items() for w in (cls, *ws)}
    return sorted(words.items(), key=lambda x: -len(x[0]))


def _ranks_named(text: str, words: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The rank words ``text`` holds, the longest first and none inside another found."""
    found, taken = [], [False] * len(text)
    for w, cls in words:
        start = text.find(w)
        while start >= 0:
            if not any(taken[start : start + len(w)]):
                found.append((w, cls))
                taken[start : start + len(w)] = [True] * len(w)
            start = text.find(w, start + 1)
    return found


def _rank_note(lines: str, config: Config, words, block: str = "") -> tuple | None:
    """A note grading points by their holder's rank: (its line, {rank word: level word}, the
    level of everyone else or '', [(clause words, level word)]); None where no two clauses of
    different levels name ranks, or a rank word is given two levels. No one line saying it,
    the lines of ``block`` that give a rank or the rest a level, together (a note a clause a
    line, numbered: '1.处级领导干部为Ⅰ级风险；' / '2.科级…' / '3.其他人员为Ⅲ级风险。', in one cell
    or on rows of their own), its line then those lines."""
    for line in lines.split("\n"):
        got = _rank_reading(_rank_clauses("".join(line.split()), config, words), config)
        if got is not None:
            return (line, *got)
    clauses, parts = [], []
    for t in block.split("\n"):
        found = _rank_clauses("".join(t.split()), config, words)
        if found:
            clauses += found
            parts.append(t)
    if len(parts) > 1:
        got = _rank_reading(clauses, config)
        if got is not None:
            return ("\n".join(parts), *got)
    return None


# a note's line's number ('1.', '（2）', '③', '二、')
_NOTE_ITEM = LazyRe(
    r"^(?:[(（]?[一二三四五六七八九十\d]{1,3}[)）、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|[①-⑳])"
)


# a rank written as its class and side ('乡科级正职', '县处级副职', '科级正职'): '正科级', '副处级'
_RANK_SIDE = LazyRe(r"(乡科|县处|厅局|科|处|县|厅|股)级(正|副)职")
_RANK_SIDE_BASE = {"乡科": "科", "县处": "处", "厅局": "厅"}


def _rank_sided(text: str) -> str:
    """'正科级' for '乡科级正职', '副处级' for '县处级副职' (the cheap test first: '职' after '级')."""
    if "级正职" not in text and "级副职" not in text:
        return text
    return _RANK_SIDE.sub(
        lambda m: f"{m.group(2)}{_RANK_SIDE_BASE.get(m.group(1), m.group(1))}级", text
    )


def _rank_clauses(flat: str, config: Config, words) -> list[tuple[str, str, list, bool]]:
    """The clauses of a note's text giving a rank, or everyone else, a level: (their words, the
    level word, the rank words named, whether it is the clause for everyone else)."""
    out = []
    for m in _RANK_CLAUSE.finditer(flat):
        level = m.group(2).strip()
        if not config.level(level):
            continue
        subject = _NOTE_ITEM.sub("", m.group(1), count=1)
        named = _ranks_named(_rank_sided(subject), words)
        others = bool(_HOLDER_RANK_REST.search(subject))
        if named or others:
            out.append((subject, level, named, others))
    if not out:  # (the level first: '一级风险：处级领导干部；二级风险：科级…')
        for part in _RANK_PARTS.findall(flat):
            said = _level_first(_NOTE_ITEM.sub("", part, count=1), config)
            if said is None:
                continue
            subject, level = said
            named = _ranks_named(_rank_sided(subject), words)
            others = bool(_HOLDER_RANK_REST.search(subject))
            if named or others:
                out.append((subject, level, named, others))
    return out


def _level_first(part: str, config: Config) -> tuple[str, str] | None:
    """(the holders' words, the level word) of a part of a note naming the level first ('一级风险：
    处级领导干部', '二级风险为科级干部岗位'): the longest level word just before a colon or '为'."""
    for m in _LEVEL_SAYS.finditer(part):
        k = m.start()
        found = [
            part[j:k] for j in range(max(0, k - 8), k)
            if config.level(part[j:k]) or config.level(part[j:k].removesuffix("风险"))
        ]  # fmt: skip
        if found and part[m.end() :].strip():
            return part[m.end() :], max(found, key=len).removesuffix("风险")
    return None


def _rank_reading(clauses: list, config: Config) -> tuple | None:
    """({rank word: level word}, the level of everyone else or '', [(clause words, level
    word)]) of a note's clauses (``_rank_note``), or None."""
    given: dict[str, set[str]] = {}
    rest: set[str] = set()
    for _subject, level, named, others in clauses:
        if others:
            rest.add(level)
        for w, _cls in named:
            given.setdefault(w, set()).add(level)
    levels = {config.level(lv) for v in given.values() for lv in v} | {
        config.level(lv) for lv in rest
    }
    if not given or len(levels) < 2 or len(rest) > 1:
        return None
    if any(len(v) > 1 for v in given.values()):
        return None  # (a rank given two levels: no clear reading)
    said = [(subject, level) for subject, level, _n, _o in clauses]
    return {w: next(iter(v)) for w, v in given.items()}, next(iter(rest), ""), said


def _rank_roster(grid, config: Config, words) -> tuple | None:
    """A roster on ``grid`` ('序号 | 姓名 | 性别 | 出生年月 | 职务 | 职务层次'): (the heading's row,
    the rank's column, its heading, {name: [row]}, the name's column); the rank is the 职务层次
    or 职级 column, else the 职务 column where its cells name ranks ('副局长（正科级）'); None
    where the sheet has none."""
    from xlproc.columns import looks_like_name
    from xlproc.identity import squeeze
    from xlproc.text import label_key

    for r in range(min(12, len(grid.rows))):
        heads = [label_key(v or "") for v in grid.rows[r]]
        name = next((c for c, h in enumerate(heads) if h in _ROSTER_NAME_HEAD), None)
        if name is None:
            continue
        rank = next((c for c, h in enumerate(heads) if _ROSTER_RANK_HEAD.match(h)), None)
        posts = [c for c, h in enumerate(heads) if _ROSTER_POST_HEAD.match(h)]
        people: dict[str, list[int]] = {}
        for r2 in range(r + 1, len(grid.rows)):
            row = grid.rows[r2]
            who = _roster_name(row[name]) if name < len(row) else ""
            if who and (looks_like_name(who) or _ROSTER_NAME.fullmatch(who)):
                people.setdefault(who, []).append(r2)  # (a name under '姓名': a rare surname too)
        if len(people) < 2:
            continue
        if rank is None:  # (no rank column: the post column where it names ranks)
            for c in posts:
                cells = [squeeze(grid.rows[x][c]) for rs in people.values() for x in rs
                         if c < len(grid.rows[x])]  # fmt: skip
                if 2 * sum(1 for v in cells if _ranks_named(v, words)) >= len(cells):
                    rank = c
                    break
        if rank is not None:
            return r, rank, "".join(grid.rows[r][rank].split()), people, name
    return None


_RANK_NOTE_WORDS = ("县级", "处级", "科级", "厅级", "股级", "职务层次", "职级")


def _levels_by_holder_rank(located, config: Config, rel: str, res: FileResult) -> None:
    """A list with no level written under a note grading each point by its HOLDER'S RANK
    ('注：风险等级按责任人职务层次确定：县级领导干部为一级风险；科级干部和主任科员为二级风险；科员
    及其他人员为三级风险'), the ranks not on the list but on a roster on another sheet of the file
    ('干部花名册': 序号 | 姓名 | 性别 | 出生年月 | 职务 | 职务层次, one row a cadre): each holder is
    found on the roster by his name and his points take the level the note gives his rank, said
    once (LEVEL_BY_HOLDER_RANK). Rank words are the configured ``[holder_ranks]``: the roster's
    cell by the longest word of the note it holds ('副科级' by '副科级', else by '科级'), else by
    its class's words in the note ('副县级' by '县级'), else by the note's clause for everyone
    else ('其他人员') — not where its 职级 is of a class the note grades otherwise
    (``[holder_rank_equals]``: '四级主任科员' under a note naming '科级' but no '主任科员'). A holder
    the roster lacks (HOLDER_RANK_MISSING), named on two of its rows (HOLDER_RANK_TWICE), or of
    a rank the note does not grade (HOLDER_RANK_UNGRADED) keeps his blank levels, with a
    warning. The roster is no list: it makes no form. The cheap test first: the sheet's notes
    name no rank (县级, 处级, 科级, 职务层次 …); a note with no roster of the list's holders,
    or a list writing its levels, reads as before."""
    if len(located) < 2 or not config.holder_ranks:
        return
    words = None
    for g, forms, sheet in located:
        if not forms or _notes_lack(g, *_RANK_NOTE_WORDS):
            continue  # (the cheap test: a note's 县级/处级/…/职级 in the cells or the lent notes)
        if any(rr.risk_level.strip() for f in forms for rr in f.risks if not rr.sheet):
            continue  # (the cheap test: a level written, the list grades its points itself)
        lines = _legend(g, forms, *_RANK_NOTE_WORDS)
        if not lines or not any(w in lines for w in ("为", "：", ":", "对应", "属于")):
            continue  # (the cheap test: no note line names a rank)
        todo = [(f, rr) for f in forms for rr in f.risks if not rr.sheet]
        if len(todo) < 2:
            continue
        words = words or _rank_words(config)
        note = _rank_note(lines, config, words) or _rank_note(
            "", config, words, _legend(g, forms, *(w for w, _c in words), *_HOLDER_RANK_REST_WORDS)
        )  # (no line saying it: the note's lines together, its clause for the rest a line too)
        if note is None:
            continue
        line, given, rest, said = note
        holders = {_roster_name(f.person or rr.person) for f, rr in todo} - {""}
        if not holders:
            continue  # (a list of posts: no one to find on a roster)
        own = next((f.unit for f in forms if f.unit), "")
        best = None  # (holders found, grid, its result, roster)
        for og, oforms, osheet in located:
            if og is g or any(f.risks for f in oforms):
                continue
            roster = _rank_roster(og, config, words)
            if roster is None:
                continue
            hit = len(holders & set(roster[3]))
            if hit >= min(2, len(holders)) and 2 * hit >= len(holders):
                at = cell_ref(roster[0], roster[1])
                if not _roster_of_another_unit(og, at, own) and (best is None or hit > best[0]):
                    best = (hit, og, osheet, roster)
        if best is None:
            continue  # (no roster of these holders: the note is not read)
        _hit, og, osheet, (_head, col, label, people, name) = best
        done = _apply_holder_ranks(g, todo, og, (col, label, people, name),
                                   (line, given, rest, said), words, config, rel, res)  # fmt: skip
        if done and "\n" in line and sheet is not None:
            # (the note's lines under the list, a clause a row: read as the note, no rows of it)
            flats = {"".join(t.split()) for t in line.split("\n")}
            at = {
                str(r + 1) for r, row in enumerate(g.rows) if "".join("".join(row).split()) in flats
            }
            sheet.issues[:] = [
                i for i in sheet.issues
                if not (i.code == "ROW_UNPLACED" and i.cell.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ") in at)
            ]  # fmt: skip
        # (the roster is read now: no table of its own left unread)
        osheet.issues[:] = [
            i for i in osheet.issues if i.code not in ("SHEET_NO_TABLE", *SET_ASIDE_TABLES)
        ]


def _apply_holder_ranks(g, todo, og, roster, note, words, config: Config, rel, res) -> int:
    """Each point of ``todo`` its holder's rank's level (``_levels_by_holder_rank``), said; a
    holder it cannot grade warned of once, at his first cell. The points graded, how many."""
    from xlproc.identity import squeeze

    col, label, people, name = roster
    line, given, rest, said = note
    classes = dict(words)
    by_class: dict[str, set[str]] = {}
    for w, lv in given.items():
        by_class.setdefault(classes[w], set()).add(lv)

    others = next((x for x, _lv in said if _HOLDER_RANK_REST.search(x)), "其他人员")

    def graded(rank: str) -> tuple[str, str]:
        """The level word the note gives ``rank``, or '' and why not: each rank word the cell
        holds ('副科级') by the note's longest word within it of its class ('副科级', '科级'),
        else by its class's words in the note; none of them by the clause for everyone else."""
        got: set[str] = set()
        unnamed = []
        for word, cls in _ranks_named(rank, words):
            within = [w for w in given if w in word and classes[w] == cls]
            if within:
                got.add(given[max(within, key=len)])
            elif len(by_class.get(cls, ())) == 1:
                got |= by_class[cls]
            elif cls in by_class:
                return "", f"(说明对“{cls}”的几种写法定了不同级别,本格的写法不在其中)"
            else:
                unnamed.append(cls)
        if got:
            if len({config.level(lv) for lv in got}) == 1:
                return min(got), ""
            return "", "(本格写了几个层次,说明给它们的级别不同)"
        if not rest:
            return "", ""
        for cls in unnamed:
            equal = config.holder_rank_equals.get(cls, "")
            if equal in by_class and {config.level(lv) for lv in by_class[equal]} != {
                config.level(rest)
            }:
                return "", (
                    f"(说明写了“{equal}”的级别,没有写到“{cls}”这一职级;"
                    f"按“{others}”一句定级会与“{equal}”不同)"
                )
        return rest, ""

    flat = "".join(line.split())
    at = next((r for r, row in enumerate(g.rows) if "".join("".join(row).split()) == flat), None)
    if at is None:  # (a note over several lines: the row of its first, or the cell holding it)
        first = "".join(line.split("\n")[0].split())
        at = next(
            (r for r, row in enumerate(g.rows) if first in "".join("".join(row).split())),
            0,
        )
    note_col = next((k for k, v in enumerate(g.rows[at]) if v.strip()), 0) if g.rows else 0
    by_holder: dict[str, list] = {}
    for f, rr in todo:
        who = _roster_name(f.person or rr.person)
        if who:
            by_holder.setdefault(who, []).append((f, rr))
    done = 0
    for who, points in by_holder.items():
        f, rr = points[0]
        rows = people.get(who)
        who = squeeze(f.person or rr.person)  # (said as the list writes it)
        if not rows:
            where = rr.cell("person") if "person" in rr.cols else f.person_cell
            res.issues.append(make_issue("HOLDER_RANK_MISSING", rel, g.name, where, value=who,
                                         field=og.name))  # fmt: skip
            continue
        if len(rows) > 1:
            res.issues.append(
                make_issue("HOLDER_RANK_TWICE", rel, og.name, cell_ref(rows[1], name), value=who,
                           field=og.name, rows="、".join(f"第{x + 1}行" for x in rows))
            )  # fmt: skip
            continue
        row = og.rows[rows[0]]
        rank = squeeze(row[col]) if col < len(row) else ""
        if not rank and og.merges:  # (one rank merged down over the rows of its holders)
            r0, c0 = og.merged_into.get((rows[0], col), (rows[0], col))
            rank = squeeze(og.rows[r0][c0]) if c0 < len(og.rows[r0]) else ""
        level, why = graded(_rank_sided(rank)) if rank else ("", "")
        if not level:
            res.issues.append(
                make_issue("HOLDER_RANK_UNGRADED", rel, og.name, cell_ref(rows[0], col),
                           value=rank or "(空白)", field=label, names=who, note=flat, why=why)
            )  # fmt: skip
            continue
        for _f, x in points:
            x.risk_level = level
            done += 1
    if done:
        value = "；".join(f"{s}={lv}" for s, lv in said) + f"(共 {done} 个风险点)"
        res.issues.append(
            make_issue("LEVEL_BY_HOLDER_RANK", rel, g.name, cell_ref(at, note_col), field=og.name,
                       column=label, note=flat, value=value)
        )  # fmt: skip
    return done
