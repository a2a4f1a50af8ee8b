"""The public version (公示版): posts, not people (对岗不对人), ready for a notice board.

One block per post (unit + 科室 + 岗位 + 层级), in the one 科室 order of every sheet; the
post's number, unit, 科室, 岗位, 层级, 岗位风险等级 and 职责 merged down its block. Holders
of the same post share one block: a risk point several of them wrote is listed once (the
highest level, every type, each distinct measure). No names, no review opinions.

Publishing is never silent: a point whose type, level or measures is blank or not understood
because of a mistake (the row carries a TYPE_/LEVEL_/MEASURES_BLANK issue; a table that has no
type column at all is not a mistake of the row), or whose text looks like a formula or a link, is
left out, and each one left out becomes a ``PUBLIC_…`` issue (问题清单, issues.csv) and is counted
on the terminal.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from xlproc.issues import Issue, make_issue
from xlproc.order import TIER_RANK, dept_order
from xlproc.stafftext import looks_like_formula
from xlproc.text import fold

# key → (header, width); the first six and 职责 are merged down a post's block
COLUMNS = {
    "seq": ("序号", 5), "unit": ("单位", 14), "department": ("科室", 10), "title": ("岗位", 10),
    "tier": ("岗位层级", 8), "grade": ("岗位风险等级", 7), "duty": ("岗位职责/分管工作", 20),
    "risk_point": ("风险点", 30), "risk_type": ("风险类型", 12), "risk_level": ("风险级别", 7),
    "measures": ("防控措施", 32),
}  # fmt: skip
POST_MERGED = ["seq", "unit", "department", "title", "tier", "grade"]
PUBLISHED = {"risk_point": "风险点", "risk_type": "风险类型", "risk_level": "风险级别",
             "measures": "防控措施", "duty": "岗位职责"}  # fmt: skip
# a row with one of these issues is not final: its type, level or measures is blank or wrong
NOT_FINAL = {"TYPE_BLANK": "风险类型", "TYPE_UNKNOWN": "风险类型", "LEVEL_BLANK": "风险级别",
             "LEVEL_UNKNOWN": "风险级别", "MEASURES_BLANK": "防控措施"}  # fmt: skip
_ROW = re.compile(r"(\d+)$")
MAJOR = "三重一大"
_PUNCT = re.compile(r"[\s。.;；,,、]+")


@dataclass
class PublicPlan:
    """What the public version will hold, decided before any file is written."""

    posts: list[dict] = field(default_factory=list)  # each: the post's cells and its "rows"
    issues: list[Issue] = field(default_factory=list)
    omitted: Counter = field(default_factory=Counter)  # code → rows left out

    @property
    def n_points(self) -> int:
        return sum(len(p["rows"]) for p in self.posts)


@lru_cache(maxsize=1 << 16)
def _point_key(text: str) -> str:
    return _PUNCT.sub("", fold(text))


@lru_cache(maxsize=1 << 16)
def _odd(text: str) -> bool:
    return looks_like_formula(text)


def _section_label(section: str) -> str:
    return "“三重一大”方面" if MAJOR in section else f"{section}方面"


def plan_public(result) -> PublicPlan:
    """Group the risks by post, leave out what cannot be published, merge identical points."""
    plan = PublicPlan()
    risks, posts = result.risks, result.posts
    if not len(risks):
        return plan
    levels = list(result.config.levels.canonical)
    types = list(result.config.risk_types.canonical)
    default_sections = {"", "分管工作", "岗位职责"}
    grade_of: dict[tuple, str] = {}
    for p in posts.itertuples():
        key = _post_key(p.unit, p.department, p.title, p.tier, p.person)
        g = p.computed_grade or ""
        if g and (key not in grade_of or not grade_of[key] or g < grade_of[key]):
            grade_of[key] = g  # A < B < C: the highest grade of the post's holders
    order = dept_order(result)
    df = order.sort(risks.assign(_t=risks["tier"].map(TIER_RANK).fillna(9)), ["_t", "form_id"])
    not_final: dict[tuple, list[str]] = {}
    issues = result.issues
    for code, f, sh, cell in zip(issues["code"], issues["source_file"], issues["source_sheet"],
                                 issues["cell"], strict=True):  # fmt: skip
        m = _ROW.search(cell or "") if code in NOT_FINAL else None
        if m:
            fields = not_final.setdefault((f, sh, int(m.group(1))), [])
            if NOT_FINAL[code] not in fields:
                fields.append(NOT_FINAL[code])
    blocks: dict[tuple, dict] = {}
    keys = ["unit", "department", "title", "tier", "person", "form_id", "section", "duty", "risk_point",
            "risk_type", "risk_level", "measures", "source_file", "source_sheet", "source_row"]  # fmt: skip
    for values in zip(*(df[k].tolist() for k in keys), strict=True):
        r = dict(zip(keys, values, strict=True))
        missing = not_final.get((r["source_file"], r["source_sheet"], r["source_row"]), [])
        odd = [zh for k, zh in PUBLISHED.items() if r[k] and _odd(r[k])]
        if missing or odd:
            code = "PUBLIC_INCOMPLETE" if missing else "PUBLIC_TEXT"
            plan.omitted[code] += 1
            plan.issues.append(make_issue(
                code, r["source_file"], r["source_sheet"], field="、".join(missing or odd),
                value=(r["risk_point"] or "")[:30], row=str(r["source_row"]),
            ))  # fmt: skip
            continue
        key = _post_key(r["unit"], r["department"], r["title"], r["tier"], r["person"])
        post = blocks.get(key)
        if post is None:
            post = blocks[key] = {
                "unit": r["unit"], "department": r["department"],
                "title": r["title"] or r["tier"] or "未注明岗位", "tier": r["tier"],
                "grade": grade_of.get(key, ""), "duties": {}, "points": {},
            }  # fmt: skip
        section = "" if r["section"] in default_sections else r["section"]
        duties = post["duties"].setdefault(section, {})
        if not section and (r["duty"] or "").strip():
            duties.setdefault(_point_key(r["duty"]), r["duty"].strip())
        pk = (section, _point_key(r["risk_point"]))
        point = post["points"].get(pk)
        if point is None:
            post["points"][pk] = {
                "section": section, "risk_point": r["risk_point"].strip(),
                "types": r["risk_type"].split(";"), "level": r["risk_level"],
                "measures": {_point_key(r["measures"]): r["measures"].strip()},
            }  # fmt: skip
            continue
        for t in r["risk_type"].split(";"):
            if t not in point["types"]:
                point["types"].append(t)
        if _rank(r["risk_level"], levels) < _rank(point["level"], levels):
            point["level"] = r["risk_level"]
        point["measures"].setdefault(_point_key(r["measures"]), r["measures"].strip())
    for n, post in enumerate(blocks.values(), start=1):
        rows = []
        sections = list(post["duties"])  # in order of first appearance; the main duties first
        sections.sort(key=lambda s: s != "")
        for section in sections:
            duty = (
                "\n".join(post["duties"][section].values())
                if not section
                else _section_label(section)
            )
            for p in post["points"].values():
                if p["section"] != section:
                    continue
                rows.append({
                    "duty": duty, "risk_point": p["risk_point"],
                    "risk_type": "、".join(sorted(p["types"], key=lambda t: _rank(t, types))),
                    "risk_level": p["level"], "measures": "\n".join(p["measures"].values()),
                })  # fmt: skip
        plan.posts.append({
            "seq": n, "unit": post["unit"], "department": post["department"], "title": post["title"],
            "tier": post["tier"], "grade": post["grade"], "rows": rows,
        })  # fmt: skip
    return plan


def _post_key(unit, dept, title, tier, person) -> tuple:
    """A post is unit + 科室 + 岗位 + 层级. Without a 岗位, a named holder's form is a post of its
    own (the name is never shown); rows with neither belong to their 科室's one unnamed post."""
    return (unit, dept, title, tier) if title else (unit, dept, "", tier, person)


def _rank(value: str, canonical: list[str]) -> int:
    return canonical.index(value) if value in canonical else len(canonical)


def _lines(text: str, width: float) -> int:
    """Lines a wrapped cell needs, every character counted as CJK (two units wide)."""
    w = max(1, int(width) - 1)
    return sum(max(1, -(-2 * len(part) // w)) for part in str(text).split("\n"))


def write_public(result, path: str | Path, plan: PublicPlan | None = None, rnd=None) -> None:
    """Write the 公示 workbook from ``plan`` (made here when not given).

    The rows are written from column lists by ``RowsWorksheet``, their merges registered
    alongside, so a city's public version costs about what its archive detail sheet does.
    """
    from xlproc.archive import FONT, mark_output
    from xlproc.atomic import atomic_path, safe_workbook
    from xlproc.rounds import round_of
    from xlproc.sheetrows import RowsWorksheet

    plan = plan if plan is not None else plan_public(result)
    rnd = rnd or round_of(result.config)
    keys = list(COLUMNS)
    ncol = len(keys)
    col = {k: i for i, k in enumerate(keys)}
    units = list(dict.fromkeys(p["unit"] for p in plan.posts if p["unit"]))
    data: dict[str, list] = {k: [] for k in keys}
    merges: list[tuple[int, int, int, int]] = []
    heights: dict[int, float] = {}
    first_row = 3
    r = first_row
    for post in plan.posts:
        rows = post["rows"]
        first, last = r, r + len(rows) - 1
        for i, row in enumerate(rows):
            for k in POST_MERGED:
                data[k].append(post[k] if i == 0 else None if k == "seq" else "")
            for k in ("duty", "risk_point", "risk_type", "risk_level", "measures"):
                data[k].append(row[k])
            need = max(
                _lines(row[k], COLUMNS[k][1]) for k in ("risk_point", "risk_type", "measures")
            )
            heights[r + i] = 13.5 * need + 4
        if last > first:
            merges += [(first, col[k], last, col[k]) for k in POST_MERGED]
        # 职责: merged over each run of rows with the same text (the main duties, 三重一大)
        i = 0
        while i < len(rows):
            j = i
            while j + 1 < len(rows) and rows[j + 1]["duty"] == rows[i]["duty"]:
                j += 1
            for k in range(i + 1, j + 1):
                data["duty"][first + k - first_row] = ""
            if j > i:
                merges.append((first + i, col["duty"], first + j, col["duty"]))
            _grow(heights, first + i, first + j, _lines(rows[i]["duty"], COLUMNS["duty"][1]))
            i = j + 1
        _grow(heights, first, last, max(_lines(post["title"], COLUMNS["title"][1]), 2))
        r = last + 1
    n_data = r - first_row
    if not n_data:  # nothing to publish: one row that says so
        for k in keys:
            data[k].append(None if k == "seq" else "")
        data["risk_point"][-1] = "(没有可公示的风险点)"
        heights[r] = 20
        r += 1
    # the signing line (unit, date) below the table, as a last row of the block
    sign = "\n".join([*units[:1], rnd.date_text]) if len(units) == 1 else rnd.date_text
    sign_row = r + 1
    for k in keys:
        data[k] += [None, None] if k == "seq" else ["", ""]
    data[keys[ncol - 4]][-1] = sign
    merges.append((sign_row, ncol - 4, sign_row, ncol - 1))
    heights[sign_row] = 34
    n_rows = sign_row - first_row + 1
    with atomic_path(path) as tmp:
        wb = safe_workbook(tmp, "岗位廉政风险公示")
        wb.set_properties({"created": rnd.date, "author": "xlproc", "title": "岗位廉政风险公示"})
        base = {"font_name": FONT, "font_size": 10, "text_wrap": True, "border": 1}
        title_f = wb.add_format({"font_name": FONT, "font_size": 16, "bold": True,
                                 "align": "center", "valign": "vcenter"})  # fmt: skip
        sub_f = wb.add_format({"font_name": FONT, "font_size": 10, "align": "center"})
        head_f = wb.add_format({**base, "bold": True, "bg_color": "#DDEBF7", "align": "center",
                                "valign": "vcenter"})  # fmt: skip
        merged_f = wb.add_format({**base, "align": "center", "valign": "vcenter"})
        duty_f = wb.add_format({**base, "valign": "vcenter"})
        cell_f = wb.add_format({**base, "valign": "top"})
        centre_f = wb.add_format({**base, "valign": "top", "align": "center"})
        plain_f = wb.add_format({"font_name": FONT, "font_size": 10})
        sign_f = wb.add_format({"font_name": FONT, "font_size": 11, "align": "right",
                                "valign": "vcenter", "text_wrap": True})  # fmt: skip
        ws = wb.add_worksheet("岗位廉政风险公示", worksheet_class=RowsWorksheet)
        for c, k in enumerate(keys):
            ws.set_column(c, c, COLUMNS[k][1])
        head = (
            f"{units[0]}岗位廉政风险点及防控措施公示"
            if len(units) == 1
            else "岗位廉政风险点及防控措施公示"
        )
        ws.merge_range(0, 0, 0, ncol - 1, head, title_f)
        ws.set_row(0, 30)
        ws.merge_range(1, 0, 1, ncol - 1, f"{rnd.title}    {rnd.date_text}", sub_f)
        for c, k in enumerate(keys):
            ws.write_string(2, c, COLUMNS[k][0], head_f)
        ws.set_row(2, 28)
        table = n_rows - 2  # the rows of the table; then a blank row and the signing line
        tail = [plain_f, sign_f]

        def per_row(fmt):
            return [fmt] * table + tail

        column_formats = {col[k]: per_row(merged_f) for k in POST_MERGED}
        column_formats[col["duty"]] = per_row(duty_f)
        column_formats[col["risk_level"]] = per_row(centre_f)
        ws.write_rows(
            first_row,
            [data[k] for k in keys],
            [k == "seq" for k in keys],
            [min(409, heights.get(first_row + i, 15)) for i in range(n_rows)],
            [cell_f] * table + tail,
            None,
            column_formats,
        )
        for m in merges:
            ws.merge_block_cells(*m)
        ws.set_paper(9)
        ws.set_landscape()
        ws.fit_to_pages(1, 0)
        ws.repeat_rows(2)
        ws.print_area(0, 0, sign_row, ncol - 1)
        ws.center_horizontally()
        ws.set_footer("&C第 &P 页，共 &N 页")
        ws.set_margins(left=0.4, right=0.4, top=0.5, bottom=0.6)
        ws.freeze_panes(3, 0)
        mark_output(wb, "xlproc-public")
        wb.close()


def _grow(heights: dict[int, float], first: int, last: int, need_lines: int) -> None:
    """Make rows first..last tall enough together for a merged cell of ``need_lines`` lines."""
    have = sum(heights.get(r, 15) for r in range(first, last + 1))
    need = 13.5 * need_lines + 4
    if need > have:
        heights[last] = heights.get(last, 15) + need - have
