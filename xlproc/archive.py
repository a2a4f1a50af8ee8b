"""The consolidated archive workbook (廉政风险信息档案) and its public version (公示版).

Written with xlsxwriter; the tables' rows go through ``RowsWorksheet`` (column lists, no
per-cell objects). Strings never become formulas or links, document dates
are fixed and every table is sorted, so the same inputs give the same bytes. A hidden sheet
``_xlproc`` describes the detail and register sheets so that ``xlproc diff`` can read them back.
"""

from __future__ import annotations

import json
from pathlib import Path

import xlsxwriter

from xlproc import __version__
from xlproc.atomic import atomic_path, safe_workbook
from xlproc.collect import CollectResult, person_by_sheet
from xlproc.issues import SEVERITY_ZH, code_name
from xlproc.order import TIER_ORDER, dept_order
from xlproc.rounds import Round, round_of
from xlproc.sheetcols import (
    ISSUE_PRINTED,
    ISSUE_SHEET,
    POST_PRINTED,
    POST_SHEET,
    RISK_PRINTED,
    RISK_SHEET,
    SUB_SHEET,
)
from xlproc.sheetrows import RowsWorksheet

ARCHIVE_KIND = "xlproc-archive"
FONT = "宋体"
GRADES = ["A", "B", "C"]
STATUS_ZH = {
    "submitted": "已报送",
    "missing": "未报送",
    "duplicate": "重复报送",
    "not_in_roster": "花名册外",
    "superseded": "已被新版本替代",
}


class Formats:
    """The cell formats of every table we write (archive, public, diff, return list)."""

    def __init__(self, wb: xlsxwriter.Workbook):
        base = {"font_name": FONT, "font_size": 10, "valign": "top", "text_wrap": True}
        self.title = wb.add_format({"font_name": FONT, "font_size": 16, "bold": True})
        self.subtitle = wb.add_format({"font_name": FONT, "font_size": 10, "font_color": "#595959"})
        self.h2 = wb.add_format({"font_name": FONT, "font_size": 12, "bold": True})
        self.head = wb.add_format({**base, "bold": True, "bg_color": "#DDEBF7", "border": 1, "align": "center",
                                   "valign": "vcenter"})  # fmt: skip
        self.cell = wb.add_format({**base, "border": 1})
        self.num = wb.add_format({**base, "border": 1, "align": "center"})
        self.num_right = wb.add_format({**base, "border": 1, "align": "right", "valign": "vcenter"})
        self.label = wb.add_format({**base, "border": 1, "valign": "vcenter"})
        self.centre = wb.add_format({**base, "border": 1, "align": "center"})
        self.missing = wb.add_format({**base, "border": 1, "bg_color": "#F8CBAD"})
        self.note = wb.add_format({"font_name": FONT, "font_size": 9, "font_color": "#595959"})
        self.total = wb.add_format(
            {**base, "border": 1, "bold": True, "bg_color": "#F2F2F2", "align": "center"}
        )
        self.total_label = wb.add_format({**base, "border": 1, "bold": True, "bg_color": "#F2F2F2"})
        self.sev = {
            "error": wb.add_format({**base, "border": 1, "bg_color": "#F8CBAD"}),
            "warning": wb.add_format({**base, "border": 1, "bg_color": "#FFE699"}),
            "info": wb.add_format({**base, "border": 1, "bg_color": "#EDEDED"}),
        }


def _print_setup(ws, header_row: int | None) -> None:
    ws.set_paper(9)
    ws.set_landscape()
    ws.fit_to_pages(1, 0)
    if header_row is not None:
        ws.repeat_rows(header_row)
    ws.set_footer("&C第 &P 页，共 &N 页")
    ws.set_margins(left=0.4, right=0.4, top=0.5, bottom=0.6)


def _value(v):
    if v is None:
        return ""
    if isinstance(v, float) and v != v:
        return ""
    return v


def _write_row(ws, r: int, values, fmt, num_fmt=None) -> None:
    for c, v in enumerate(values):
        v = _value(v)
        if isinstance(v, bool):
            ws.write_string(r, c, str(v), fmt)
        elif isinstance(v, int | float):
            ws.write_number(r, c, v, num_fmt or fmt)
        else:
            ws.write_string(r, c, str(v), fmt)


def _row_heights(columns_data: list[list], widths: list[float]) -> list[float]:
    """xlsxwriter cannot autofit: the height each row's wrapped text needs, in points.

    Every character is counted as CJK (two units wide), a little generous for Latin text and
    cheap enough, column by column, for a city's detail sheet.
    """
    n = len(columns_data[0]) if columns_data else 0
    lines = [1] * n
    for values, width in zip(columns_data, widths, strict=True):
        w = max(1, int(width) - 1)
        if w >= 60:
            continue
        for i, v in enumerate(values):
            if type(v) is str and (len(v) > w // 2 or "\n" in v):
                need = -(-(2 * len(v) + 2 * w * v.count("\n")) // w)
                if need > lines[i]:
                    lines[i] = need
    return [min(409.0, 13.5 * k + 3) for k in lines]


def table_sheet(
    wb,
    fmt: Formats,
    name: str,
    title: str,
    df,
    columns: dict,
    row_formats=None,
    printed: int | None = None,
    column_formats: dict | None = None,
):
    """A print-ready sheet: title, header repeated on every page, filters, frozen header.

    ``column_formats`` maps a column key to the format of all its cells (e.g. centred letters).
    Returns the worksheet.

    The rows are an Excel table, written from column lists by ``RowsWorksheet`` (the per-cell
    API would be most of collect's time), so a city's detail sheet holds no per-cell objects.
    """
    keys = list(columns)
    n = len(df)
    ws = wb.add_worksheet(name, worksheet_class=RowsWorksheet)
    for c, k in enumerate(keys):
        ws.set_column(c, c, columns[k][1])
    ws.write_string(0, 0, title, fmt.title)
    ws.set_row(0, 24)
    headers = [columns[k][0] for k in keys]
    head_lines = max(
        -(-2 * len(h) // max(1, int(columns[k][1]) - 1)) for k, h in zip(keys, headers, strict=True)
    )
    ws.set_row(1, 14 * max(1, head_lines) + 4)
    ws.add_table(1, 0, 1 + max(n, 1), len(keys) - 1, {
        "columns": [{"header": h, "header_format": fmt.head} for h in headers],
        "style": "Table Style Light 9", "autofilter": True,
    })  # fmt: skip
    shown = printed or len(keys)
    data = [df[k].tolist() for k in keys]
    ws.write_rows(
        2,
        data,
        [df[k].dtype.kind in "iuf" for k in keys],
        _row_heights(data[:shown], [columns[k][1] for k in keys[:shown]]),
        row_formats if row_formats is not None else fmt.cell,
        row_formats if row_formats is not None else fmt.num,
        {keys.index(k): f for k, f in (column_formats or {}).items()},
    )
    ws.freeze_panes(2, 0)
    _print_setup(ws, 1)
    ws.print_area(0, 0, 1 + max(n, 1), shown - 1)
    return ws


def _counts_table(
    ws, fmt: Formats, r: int, title: str, index: list[str], columns: list[str], get
) -> tuple[int, int]:
    """A small count table with totals; return (first data row, last data row)."""
    ws.write_string(r, 0, title, fmt.h2)
    r += 1
    _write_row(ws, r, ["", *columns, "合计"], fmt.head)
    first = r + 1
    col_tot = [0] * len(columns)
    for name in index:
        values = [get(name, c) for c in columns]
        r += 1
        ws.write_string(r, 0, name, fmt.cell)
        for j, v in enumerate(values):
            ws.write_number(r, 1 + j, v, fmt.num)
            col_tot[j] += v
        ws.write_number(r, 1 + len(columns), sum(values), fmt.total)
    r += 1
    ws.write_string(r, 0, "合计", fmt.total_label)
    for j, v in enumerate(col_tot):
        ws.write_number(r, 1 + j, v, fmt.total)
    ws.write_number(r, 1 + len(columns), sum(col_tot), fmt.total)
    return first, r - 1


def _chart(wb, sheet: str, title: str, first: int, last: int, ncols: int, headers_row: int,
           x_title: str, y_title: str, stacked: bool = False):  # fmt: skip
    chart = wb.add_chart(
        {"type": "column", "subtype": "stacked"} if stacked else {"type": "column"}
    )
    colors = ["#C00000", "#ED7D31", "#70AD47", "#A5A5A5", "#4472C4"]
    for j in range(ncols):
        chart.add_series({
            "name": [sheet, headers_row, 1 + j],
            "categories": [sheet, first, 0, last, 0],
            "values": [sheet, first, 1 + j, last, 1 + j],
            "fill": {"color": colors[j % len(colors)]},
        })  # fmt: skip
    font = {"name": FONT, "size": 10, "bold": False}
    chart.set_title({"name": title, "name_font": {"name": FONT, "size": 12}})
    chart.set_legend({"position": "bottom", "font": {"name": FONT}})
    chart.set_x_axis({"name": x_title, "name_font": font, "num_font": {"name": FONT}})
    chart.set_y_axis({"name": y_title, "name_font": font, "num_font": {"name": FONT},
                      "major_gridlines": {"visible": True, "line": {"color": "#D9D9D9"}}})  # fmt: skip
    chart.set_size({"width": 560, "height": 300})
    return chart


def _by_department(result, order) -> list[tuple[str, int, int, int]]:
    """(科室, 应报, 已报, 未报) from the roster check, in the one 科室 order."""
    subs = result.submissions
    rows: dict[str, list[int]] = {}
    for dept, status in zip(subs["department"], subs["status"], strict=True):
        if status == "not_in_roster":
            continue
        row = rows.setdefault(dept, [0, 0, 0])
        row[0] += 1
        row[1 if status in ("submitted", "duplicate") else 2] += 1
    return [(d, *rows[d]) for d in sorted(rows, key=order.dept_key)]


def _overview(wb, fmt: Formats, result: CollectResult, rnd: Round, order) -> None:
    """The first page a leader reads: the round, the date, the key figures, two charts."""
    ws = wb.add_worksheet("总览")
    ws.set_column(0, 0, 22)
    ws.set_column(1, 6, 10)
    ws.set_column(3, 3, 14)
    ws.set_column(7, 7, 2)
    risks, posts, issues = result.risks, result.posts, result.issues
    c = result.counts()
    levels = list(result.config.levels.canonical)
    types = list(result.config.risk_types.canonical)
    ws.write_string(0, 0, f"{rnd.title} · 廉政风险信息档案", fmt.title)
    ws.set_row(0, 24)
    units = list(dict.fromkeys(u for u in posts["unit"] if u))
    if result.roster:
        units = list(dict.fromkeys([p.unit for p in result.roster] + units))
    unit_text = (
        "、".join(units[:6]) + (" 等" if len(units) > 6 else "") if units else "(未注明单位)"
    )
    ws.write_string(1, 0, f"{unit_text}    汇总日期:{rnd.date_text}    由 xlproc {__version__} 汇总收到的 "
                          f"{c['files']} 个文件", fmt.subtitle)  # fmt: skip
    r = 3
    ws.write_string(r, 0, "基本情况", fmt.h2)
    has_roster = result.submissions is not None
    sev = issues["severity"].value_counts().to_dict() if len(issues) else {}
    depts_seen = posts[["unit", "department"]].drop_duplicates().shape[0] if len(posts) else 0
    figures: list[tuple[str, int]] = [("单位", len(units))]
    if has_roster:
        subs = result.submissions
        expected = int((~subs["status"].isin(["not_in_roster", "superseded"])).sum())
        missing = int((subs["status"] == "missing").sum())
        n_depts = len({(p.unit, p.department) for p in result.roster})
        figures += [("科室(花名册)", n_depts), ("应报表数(花名册人数)", expected),
                    ("已收表数", len(posts)), ("未报送人数", missing)]  # fmt: skip
    else:
        figures += [("科室(收到的表格中)", depts_seen), ("已收表数", len(posts))]
    figures += [
        ("风险点", len(risks)),
        ("收到文件", c["files"]),
        ("其中无法读取的文件", c["unreadable"]),
        ("问题:错误", int(sev.get("error", 0))),
        ("问题:警告", int(sev.get("warning", 0))),
        ("问题:提示", int(sev.get("info", 0))),
    ]
    r += 1
    _write_row(ws, r, ["项目", "数量"], fmt.head)
    for label, v in figures:
        r += 1
        ws.write_string(r, 0, label, fmt.label)
        ws.write_number(r, 1, v, fmt.num_right)
    if not has_roster:
        r += 1
        ws.write_string(
            r, 0, "未提供花名册:应报、未报人数无法统计(collect 加 --roster 花名册)", fmt.note
        )
    end_left = r

    # 应报 / 已报 / 未报 by 科室, beside the figures
    r = 3
    if has_roster:
        ws.write_string(r, 3, "报送情况(按花名册)", fmt.h2)
        r += 1
        for j, h in enumerate(["科室", "应报", "已报", "未报"]):
            ws.write_string(r, 3 + j, h, fmt.head)
        tot = [0, 0, 0]
        for dept, n_exp, n_got, n_miss in _by_department(result, order):
            r += 1
            ws.write_string(r, 3, dept, fmt.missing if n_miss else fmt.label)
            for j, v in enumerate((n_exp, n_got, n_miss)):
                ws.write_number(r, 4 + j, v, fmt.num_right)
                tot[j] += v
        r += 1
        ws.write_string(r, 3, "合计", fmt.total_label)
        for j, v in enumerate(tot):
            ws.write_number(r, 4 + j, v, fmt.total)
    r = max(end_left, r) + 2

    # risk points by type × level (a point of several types counts for each)
    exploded = risks.assign(t=risks["risk_type"].str.split(";")).explode("t")
    exploded["t"] = exploded["t"].replace("", "未识别类型").fillna("未识别类型")
    exploded["lv"] = exploded["risk_level"].replace("", "未定级")
    by_tl = exploded.groupby(["t", "lv"]).size().to_dict()
    type_rows = types + (["未识别类型"] if (exploded["t"] == "未识别类型").any() else [])
    level_cols = levels + (["未定级"] if (exploded["lv"] == "未定级").any() else [])
    head1 = r + 1
    f1, l1 = _counts_table(ws, fmt, r, "风险点按类型和级别(一个风险点涉及多类时分别计入)", type_rows, level_cols,
                           lambda t, lv: int(by_tl.get((t, lv), 0)))  # fmt: skip
    r = l1 + 3
    tiers = TIER_ORDER + (["未注明层级"] if (posts["tier"] == "").any() else [])
    by_tg = (
        posts.assign(tier=posts["tier"].replace("", "未注明层级"))
        .groupby(["tier", "computed_grade"])
        .size()
        .to_dict()
    )
    head2 = r + 1
    f2, l2 = _counts_table(ws, fmt, r, "岗位风险等级按岗位层级(评定等级)", tiers, GRADES,
                           lambda t, g: int(by_tg.get((t, g), 0)))  # fmt: skip
    r = l2 + 3
    ws.write_string(r, 0, "说明:岗位风险等级按风险点数量和级别及职责中的权力事项评定,依据见“岗位档案”的评定依据列;"
                          "问题的位置和改法见“问题清单”。", fmt.subtitle)  # fmt: skip
    ch1 = _chart(
        wb, "总览", "风险点按类型和级别", f1, l1, len(level_cols), head1, "风险类型", "风险点(个)"
    )
    ch2 = _chart(wb, "总览", "岗位风险等级按岗位层级", f2, l2, len(GRADES), head2, "岗位层级", "岗位(个)",
                 stacked=True)  # fmt: skip
    ws.insert_chart(3, 8, ch1)
    ws.insert_chart(20, 8, ch2)
    _print_setup(ws, None)
    ws.print_area(0, 0, max(r, 36), 16)
    ws.fit_to_pages(1, 1)


def _pivot_block(ws, fmt: Formats, r: int, title: str, table, row_names: list[str]) -> int:
    """Write a pandas crosstab with margins; colour-scale the body. Return the next free row."""
    ws.write_string(r, 0, title, fmt.h2)
    r += 1
    cols = [str(c) for c in table.columns]
    _write_row(ws, r, [*row_names, *cols], fmt.head)
    first = r + 1
    for idx, row in table.iterrows():
        r += 1
        labels = list(idx) if isinstance(idx, tuple) else [idx]
        is_total = labels[0] == "合计"
        lf = fmt.total_label if is_total else fmt.cell
        for j, v in enumerate(labels):
            ws.write_string(r, j, str(v), lf)
        for j, v in enumerate(row.tolist()):
            last_col = j == len(cols) - 1
            ws.write_number(
                r, len(labels) + j, int(v), fmt.total if (is_total or last_col) else fmt.num
            )
    body_last_row = r - 1
    body_last_col = len(row_names) + len(cols) - 2
    if body_last_row >= first and body_last_col >= len(row_names):
        ws.conditional_format(first, len(row_names), body_last_row, body_last_col, {
            "type": "3_color_scale", "min_color": "#FFFFFF", "mid_color": "#FFEB84", "max_color": "#F8696B",
        })  # fmt: skip
    return r + 3


def _in_order(table, order):
    """A (unit, 科室) crosstab with its rows in the one 科室 order, 合计 last."""
    body = [i for i in table.index if i[0] != "合计"]
    body.sort(key=lambda i: order.key(i[0], i[1]))
    return table.loc[body + [i for i in table.index if i[0] == "合计"]]


def _count(index: list, column):
    """``pd.crosstab(index, column, margins=True, margins_name="合计")`` by a groupby: the
    same table of counts, sorted, with a 合计 row and column, in a fraction of the time."""
    import pandas as pd

    names = [f"_i{k}" for k in range(len(index))]
    frame = pd.DataFrame({n: s.to_numpy() for n, s in zip(names, index, strict=True)})
    frame["_c"] = column.to_numpy()
    t = frame.groupby([*names, "_c"], sort=True).size().unstack("_c", fill_value=0)
    t.index.names = [s.name for s in index]
    t.columns.name = column.name
    t["合计"] = t.sum(axis=1)
    total = t.sum(axis=0).to_frame().T
    total.index = (
        pd.MultiIndex.from_tuples([("合计",) + ("",) * (len(index) - 1)], names=t.index.names)
        if len(index) > 1
        else pd.Index(["合计"], name=t.index.name)
    )
    return pd.concat([t, total]).astype("int64")


def _summary(wb, fmt: Formats, result: CollectResult, order) -> None:

    ws = wb.add_worksheet("汇总")
    ws.set_column(0, 0, 18)
    ws.set_column(1, 1, 14)
    ws.set_column(2, 10, 11)
    ws.write_string(0, 0, "汇总表", fmt.title)
    risks, posts = result.risks, result.posts
    r = 2
    exploded = risks.assign(risk_type=risks["risk_type"].str.split(";")).explode("risk_type")
    exploded["risk_type"] = exploded["risk_type"].replace("", "未识别").fillna("未识别")
    if len(exploded):
        t = _count([exploded["unit"], exploded["department"]], exploded["risk_type"])
        order_cols = [x for x in result.config.risk_types.canonical if x in t.columns] + [
            x for x in t.columns if x not in result.config.risk_types.canonical and x != "合计"] + ["合计"]  # fmt: skip
        r = _pivot_block(ws, fmt, r, "科室 × 风险类型(风险点个数)", _in_order(t[order_cols], order),
                         ["单位", "科室"])  # fmt: skip
        lv = risks.assign(risk_level=risks["risk_level"].replace("", "未定级"))
        t = _count([lv["unit"], lv["department"]], lv["risk_level"])
        order_cols = [x for x in [*result.config.levels.canonical, "未定级"] if x in t.columns] + [
            "合计"
        ]
        r = _pivot_block(ws, fmt, r, "科室 × 风险级别(风险点个数)", _in_order(t[order_cols], order),
                         ["单位", "科室"])  # fmt: skip
    if len(posts):
        p = posts.assign(tier=posts["tier"].replace("", "未注明层级"))
        t = _count([p["tier"]], p["computed_grade"])
        rows = [x for x in [*TIER_ORDER, "未注明层级"] if x in t.index] + ["合计"]
        cols = [x for x in GRADES if x in t.columns] + ["合计"]
        r = _pivot_block(
            ws, fmt, r, "岗位层级 × 岗位风险等级(岗位数)", t.loc[rows, cols], ["岗位层级"]
        )
    _print_setup(ws, None)


OUTPUT_SHEET = (
    "_xlproc"  # hidden: marks a workbook xlproc wrote, so that it is never read as a return
)


def mark_output(wb, kind: str, meta: dict | None = None) -> None:
    """Add the hidden sheet that says what this workbook is (and how to read it back)."""
    ws = wb.add_worksheet(OUTPUT_SHEET)
    ws.write_string(0, 0, kind)
    if meta is not None:
        ws.write_string(1, 0, json.dumps(meta, ensure_ascii=False, sort_keys=True))
    ws.hide()


def _meta_sheet(wb) -> None:
    mark_output(wb, ARCHIVE_KIND, {
        "kind": ARCHIVE_KIND,
        "format": 1,
        "version": __version__,
        "sheets": {
            "risks": {"name": "风险点明细", "header_row": 2, "columns": list(RISK_SHEET)},
            "posts": {"name": "岗位档案", "header_row": 2, "columns": list(POST_SHEET)},
        },
    })  # fmt: skip


def sorted_frames(result: CollectResult, order=None):
    """Risks and posts in the one 科室 order; within a 科室, in the order the forms were read."""
    order = order or dept_order(result)
    risks = order.sort(result.risks, ["form_id"])  # within a form, as read (a 续表 last)
    posts = order.sort(result.posts, ["form_id"])
    return risks, posts


def _issue_rows(result: CollectResult, fmt: Formats):
    """问题清单 rows (errors first) with a Chinese name per code and the person when known."""
    sev_order = {"error": 0, "warning": 1, "info": 2}
    issues = result.issues.assign(_o=result.issues["severity"].map(sev_order)).sort_values(
        ["_o", "source_file", "source_sheet"], kind="stable"
    )
    who = person_by_sheet(result.post_records)
    issues = issues.assign(
        name=issues["code"].map(code_name),
        message=[
            m.split("] ", 1)[1] if c and m.startswith("[") and "] " in m else m
            for m, c in zip(issues["message"], issues["cell"], strict=True)
        ],  # fmt: skip
        person=[
            who.get((f, s), "")
            for f, s in zip(issues["source_file"], issues["source_sheet"], strict=True)
        ],  # fmt: skip
    )
    row_formats = [fmt.sev[s] for s in issues["severity"]]
    return issues.assign(severity=issues["severity"].map(SEVERITY_ZH)), row_formats


def write_archive(result: CollectResult, path: str | Path, rnd: Round | None = None) -> None:
    """The archive leadership reads: overview with charts, register, detail, pivots, issues."""
    rnd = rnd or round_of(result.config)
    order = dept_order(result)
    risks, posts = sorted_frames(result, order)
    with atomic_path(path) as tmp:
        wb = safe_workbook(tmp, "廉政风险信息档案")
        wb.set_properties({"created": rnd.date, "author": "xlproc",
                           "title": f"{rnd.title} 廉政风险信息档案"})  # fmt: skip
        fmt = Formats(wb)
        _overview(wb, fmt, result, rnd, order)
        ws = table_sheet(wb, fmt, "岗位档案", "岗位廉政风险档案(一人一表;审查意见:已填写的审查意见栏数/表上的审查意见栏数)",
                         posts, POST_SHEET, printed=POST_PRINTED,
                         column_formats={k: fmt.centre for k in ("declared_grade", "computed_grade",
                                                                "reviewed")})  # fmt: skip
        if len(posts):  # a declared grade that differs from the computed one
            ws.conditional_format(2, 5, 1 + len(posts), 6, {
                "type": "formula", "criteria": '=AND($F3<>"",$F3<>$G3)',
                "format": wb.add_format({"bg_color": "#FFE699", "bold": True}),
            })  # fmt: skip
        table_sheet(wb, fmt, "风险点明细", "风险点明细(一行一个风险点)", risks, RISK_SHEET,
                    printed=RISK_PRINTED, column_formats={"risk_level": fmt.centre})  # fmt: skip
        _summary(wb, fmt, result, order)
        issues, row_formats = _issue_rows(result, fmt)
        table_sheet(wb, fmt, "问题清单", "问题清单(错误须改正,警告请核实;“代码”列同 issues.csv)", issues,
                    ISSUE_SHEET, row_formats, printed=ISSUE_PRINTED)  # fmt: skip
        if result.submissions is not None:
            subs = result.submissions
            subs = subs.assign(_k=[order.dept_key(d) for d in subs["department"]]).sort_values(
                "_k", kind="stable"
            )
            sub_formats = [fmt.missing if s == "missing" else fmt.cell for s in subs["status"]]
            subs = subs.assign(status=subs["status"].map(STATUS_ZH))
            table_sheet(wb, fmt, "报送情况", "报送情况(按花名册;未报送的行标红)", subs, SUB_SHEET,
                        sub_formats)  # fmt: skip
        _meta_sheet(wb)
        wb.close()
