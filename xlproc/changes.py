"""A table of this round's CHANGES laid over the earlier list it amends ('2025年增减' beside
'2024年清单', or '二、2025年度增减情况' under the list): a column of change marks ('增减 | 删除',
'变动情况 | 新增', '调整类型 | 修改') on most rows, or a note saying the points not listed stand
('本表只列增减的风险点，未列出的风险点继续执行'). The current list is the earlier one less the points
the ``删除``/``取消`` rows name, with the ``新增`` rows added and the ``修改``/``调整`` rows put in
place of the point they name: the earlier list is read (not set aside as last year's), the
changes table gives no list of its own.
"""

from __future__ import annotations

import re
import unicodedata

from xlproc.issues import make_issue
from xlproc.locate_base import _DELETED, cell_ref

# the heading of a column of change marks
_CHANGE_HEAD = re.compile(
    r"^(增减|增删|增减情况|增减类型|增减变动|变动|变动情况|变动类型|变化情况|变更类型|变更情况|调整类型|"
    r"调整情况|调整方式|操作|操作类型|修订类型|新增/删除|新增或删除|新增、删除|增减[(（].*[)）])$"
)
_ADDED = frozenset(
    {"新增", "增加", "增", "新", "增补", "补充", "本年新增", "新增加", "拟新增", "添加"}
)
_KEPT = frozenset({"保留", "不变", "继续", "继续执行", "未变", "沿用", "原有"})
_CHANGED = frozenset({"修改", "调整", "修订", "变更", "更新", "修正", "改", "更改"})
_DROPPED = _DELETED | {"减少", "减", "删减", "移除", "去掉", "撤除"}
# (every mark of a change: a sheet lacking them all holds no table of changes, ``_marks``)
_CHANGE_MARKS = tuple(sorted(_ADDED | _DROPPED | _CHANGED))
# a note that the points not listed stand: the table lists changes only
_NOTE = re.compile(
    r"(其余|其他|其它|未列出|未列入|未列|没有列出|未涉及|未作调整|未调整|未变动|不在本表)[^。；;]{0,24}"
    r"(继续有效|继续执行|继续适用|仍然有效|仍有效|不变|保持不变|照常执行|继续实行|沿用)"
)
_NOTE_SAYS = re.compile(r"增减|增删|变动|变化|调整|新增.{0,3}删除|删除.{0,3}新增")


def _plain(text: str) -> str:
    """NFKC, with no spaces: the key two writings of one point share."""
    return "".join(unicodedata.normalize("NFKC", text or "").split())


def _point_key(text: str) -> str:
    """The key a point's two writings share: ``_plain`` without stops and commas ('公车私用，违规
    报销油费。' and '公车私用,违规报销油费' are one point)."""
    return re.sub(r"[。．.，,、；;：:！!？?…\"'“”‘’]", "", _plain(text))


def _kind(mark: str) -> str:
    m = _plain(mark).strip("()（）【】[]")
    if m in _ADDED:
        return "add"
    if m in _DROPPED:
        return "drop"
    if m in _CHANGED:
        return "change"
    if m in _KEPT:
        return "keep"
    return ""


def _marks(grid, risks, rows_dropped: set[int]):
    """The column of change marks over ``risks`` (and the rows read as deleted), its heading
    row and column, or None: a heading of change words, or a note of unlisted points standing
    with marks on the rows, and the marks on most rows, changes more than kept ones."""
    if not risks:
        return None
    rows = sorted({rr.row for rr in risks} | rows_dropped)
    top = rows[0]
    width = max(len(grid.rows[r]) for r in rows)
    text = "".join("".join(r) for r in grid.rows[max(0, top - 8) : top])
    text += "".join("".join(r) for r in grid.rows[rows[-1] + 1 : rows[-1] + 6])
    noted = bool(_NOTE.search(_plain(text)) and _NOTE_SAYS.search(_plain(text)))
    read = {v for k, v in risks[0].cols.items() if k not in ("other", "section")}
    for c in range(width):
        if c in read:
            continue
        head = next(
            (
                (h, _plain(grid.rows[h][c]))
                for h in range(top - 1, max(-1, top - 5), -1)
                if c < len(grid.rows[h]) and grid.rows[h][c].strip()
            ),
            (None, ""),
        )
        kinds = [_kind(grid.rows[r][c]) if c < len(grid.rows[r]) else "" for r in rows]
        marked = [k for k in kinds if k]
        if len(marked) * 5 < len(rows) * 3 or not {"add", "drop", "change"} & set(marked):
            continue
        if marked.count("keep") * 2 >= len(marked):
            continue  # a revised list marking every row: the list itself (``ROW_DELETED``)
        if "keep" in marked and not noted:
            continue  # a row marked kept ('不变'): the table lists the points that stand too,
            # a full list marking this year's new ones, no table of changes alone
        if _CHANGE_HEAD.match(head[1]) or noted:
            return c, head[0], dict(zip(rows, kinds, strict=True)), noted
    return None


def _holder(rr, form) -> tuple[str, str, str]:
    return (
        _plain(rr.person or form.person),
        _plain(rr.title or form.title),
        _plain(rr.department or form.department),
    )


def _above(grid, r: int, c: int | None) -> str:
    """The cell at row ``r`` of column ``c``, or the nearest filled one above it within the
    table (a holder merged down over his rows): plain."""
    if c is None:
        return ""
    for rr in range(r, max(-1, r - 30), -1):
        if c < len(grid.rows[rr]) and grid.rows[rr][c].strip():
            return _plain(grid.rows[rr][c])
    return ""


def _same_holder(a, b) -> bool:
    """Two holders (person, post, 科室) are one: the same person where both name one, else the
    same post (and 科室 where both give one)."""
    if a[0] and b[0]:
        return a[0] == b[0]
    return bool(a[1]) and a[1] == b[1] and (not (a[2] and b[2]) or a[2] == b[2])


def join_changes(located: list, rel: str, res) -> None:
    """Each changes table (``_marks``) joined to the earlier list it amends (a sheet before it,
    or the rows above it on its sheet), in place: see the module's docstring."""
    for i, (grid, forms, sheet) in enumerate(located):
        if not forms or grid.lacks(*_CHANGE_MARKS):
            continue  # (the cheap test: a change mark, 新增/删除/修改…, in the cells)
        dropped = {
            int(re.sub(r"\D", "", iss.cell)) - 1: iss.cell
            for iss in getattr(sheet, "issues", [])
            if iss.code == "ROW_DELETED" and iss.cell and re.sub(r"\D", "", iss.cell)
        }
        risks = [rr for f in forms for rr in f.risks]
        # the table of changes may be under the earlier list on its own sheet, read into the
        # same forms: try each table of the sheet (its rows read by one set of columns)
        tables: dict[tuple, list] = {}
        # (a table's rows share one dict of its columns: its key made once; the rows, kept in
        # ``risks``, keep each dict's id their own)
        keys: dict[int, tuple] = {}
        for rr in sorted(risks, key=lambda rr: rr.row):
            k = keys.get(id(rr.cols))
            if k is None:
                k = keys[id(rr.cols)] = tuple(sorted(rr.cols.items()))
            tables.setdefault(k, []).append(rr)
        found = None
        for rows in tables.values():
            lo = max((rr.row for rr in risks if rr.row < rows[0].row), default=-1)
            found = _marks(grid, rows, {r for r in dropped if r > lo})
            if found:
                break
        if not found:
            continue
        col, head_row, kinds, noted = found
        first = min(kinds)
        earlier_same = [
            (f, [rr for rr in f.risks if rr.row < first and kinds.get(rr.row) is None])
            for f in forms
        ]
        earlier = [(f, rs) for f, rs in earlier_same if rs]
        if not earlier:
            earlier = [(f, list(f.risks)) for x in located[:i] for f in x[1] if f.risks]
        _join(located, grid, forms, earlier, col, head_row, kinds, noted, dropped, rel, res)


def _join(located, grid, forms, earlier, col, head_row, kinds, noted, dropped, rel, res) -> None:
    name = grid.name
    where = cell_ref(head_row, col) if head_row is not None else ""
    table = f"“{name}”工作表的增减(变动)表" + (
        f"({where}“{grid.rows[head_row][col]}”栏)" if where else ""
    )
    # the change rows of the table, each with its form
    rows = [(f, rr) for f in forms for rr in f.risks if rr.row in kinds]
    ids = {id(rr) for _, rr in rows}
    for f in forms:
        f.risks = [rr for rr in f.risks if id(rr) not in ids]
    # the earlier list's points: (form, risk, holder, plain point)
    old = [(f, rr, _holder(rr, f), _point_key(rr.risk_point)) for f, rs in earlier for rr in rs]

    def find(holder, point):
        return next(
            (o for o in old if point and o[3] == point and _same_holder(o[2], holder)), None
        )

    homes = [(o[0], o[2]) for o in old]  # each holder's earlier form (kept if all deleted)

    def place(f, rr) -> None:  # an added point onto its holder's earlier form, else its own
        h = _holder(rr, f)
        home = next((g for g, held in homes if _same_holder(held, h)), None)
        if home is None:
            if rr not in f.risks:
                f.risks.append(rr)
            return
        if home.sheet != name and not rr.sheet:
            rr.sheet = name
        home.risks.append(rr)

    unmatched: list[str] = []
    emptied: set[int] = set()  # (ids of) the earlier forms a deletion took a point off
    counts = {"add": 0, "drop": 0, "change": 0}

    def take(hit) -> None:
        """The earlier point a deletion names off its form."""
        hit[0].risks.remove(hit[1])
        emptied.add(id(hit[0]))
        old.remove(hit)
        counts["drop"] += 1

    for f, rr in rows:
        kind = kinds[rr.row]
        if kind == "drop":
            hit = find(_holder(rr, f), _point_key(rr.risk_point)) if old else None
            if hit is not None:
                take(hit)
            else:
                unmatched.append(cell_ref(rr.row, col))
            continue
        if kind in ("change", "keep"):
            hit = find(_holder(rr, f), _point_key(rr.risk_point)) if old else None
            if hit is not None:
                if kind == "change":  # the row in place of the point it names
                    at = hit[0].risks.index(hit[1])
                    if hit[0].sheet != name and not rr.sheet:
                        rr.sheet = name
                    hit[0].risks[at] = rr
                    counts["change"] += 1
                continue
        else:
            counts["add"] += 1
        place(f, rr)
    # rows the table read as deleted ('变动情况 | 删除', ``ROW_DELETED``): the earlier point goes
    for r, cell in dropped.items():
        if r not in kinds or kinds[r] != "drop":
            continue
        cols = rows[0][1].cols if rows else {}
        point = grid.rows[r][cols["risk_point"]] if "risk_point" in cols else ""
        holder = tuple(_above(grid, r, cols.get(k)) for k in ("person", "title", "department"))
        hit = next(
            (
                o
                for o in old
                if o[3] == _point_key(point) and (not any(holder) or _same_holder(o[2], holder))
            ),
            None,
        )
        hit = hit if point else None
        if hit is not None:
            take(hit)
        else:
            unmatched.append(cell)
    for f in forms:
        if not f.risks:
            f.gone = True
    forms[:] = [f for f in forms if f.risks]
    for x in located:  # a holder of the earlier list whose every point was deleted: no form
        if any(id(f) in emptied and not f.risks for f in x[1]):
            x[1][:] = [f for f in x[1] if f.risks or id(f) not in emptied]
    if old or counts["drop"] or counts["change"]:
        res.issues.append(
            make_issue(
                "CHANGES_TABLE_JOINED", rel, name, where, table=table,
                value=f"删除{counts['drop']}项、新增{counts['add']}项、修改{counts['change']}项",
            )
        )  # fmt: skip
        for cell in unmatched:
            res.issues.append(make_issue("CHANGES_DELETE_UNMATCHED", rel, name, cell, table=table))
    elif noted or all(kinds.values()):  # (a list of changes only, no rows of its own)
        res.issues.append(
            make_issue(
                "CHANGES_TABLE_ALONE", rel, name, where, table=table,
                value="、".join(unmatched) or "无",
            )
        )  # fmt: skip
