"""Generate the blank form workbooks the coordinator emails out (xlsxwriter).

Everything drawn comes from ``workbook_templates/forms.toml``; the reader finds the same labels.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import xlsxwriter

from xlproc.atomic import atomic_path, safe_filename, safe_workbook
from xlproc.config import Config, load_config
from xlproc.forms import META_PREFIX, TIERS, FormDef, FormSpec, load_spec
from xlproc.roster import Person
from xlproc.rounds import round_of

META_COL = 7  # column H, hidden; the form itself spans A:F
NCOLS = 6

INSTRUCTIONS = [
    ("填表说明", "title"),
    ("一、什么是岗位廉政风险", "h"),
    ("岗位廉政风险是指机关工作人员在行使权力、履行职责过程中存在可能发生不廉洁行为的风险。"
     "请围绕本岗位权力运行的全过程,逐项查找风险点,每个风险点填写一行。", "p"),
    ("二、风险类型", "h"),
    ("思想道德风险:因自身权力观、政绩观、利益观不正确以及因生活圈和社交圈对个人的不利影响等情节,可能造成不廉洁行为的风险。", "p"),
    ("制度机制风险:由于缺乏工作制度的明确覆盖、工作程序的明确规定,个人自由裁量空间较大,缺乏有效制衡和监督制约,可能造成不廉洁行为的风险。", "p"),
    ("岗位职责风险:由于岗位职责的特殊性及存在思想道德和制度机制等方面的实际风险,可能造成不正确履行职责或不作为,构成失职渎职、以权谋私等问题的风险。", "p"),
    ("other_types", "p"),
    ("三、风险点级别(Ⅰ/Ⅱ/Ⅲ级)", "h"),
    ("Ⅰ级:潜在廉政风险大、发生问题危害程度严重;Ⅱ级:潜在廉政风险较大、危害程度较重;Ⅲ级:潜在廉政风险较小、危害程度较轻。", "p"),
    ("四、岗位风险等级(A/B/C级)", "h"),
    ("A级:负责分管或直接行使行政执法、行政许可、行政处罚及人事管理、财务管理、物资采购供应等重要权力的岗位。", "p"),
    ("B级:直接行使部分A级风险岗位权力和具有建议、审核、监督、执行等职责的岗位。", "p"),
    ("C级:基本没有行政执法、行政许可、行政处罚职责,较少或基本不掌握人、财、物管理权的岗位。", "p"),
    ("五、填写示例(一行一个风险点)", "h"),
    ("example", "example"),
    ("六、注意事项", "h"),
    ("1. 请在本人姓名的工作表中填写;风险类型、风险级别、岗位风险等级请从下拉列表中选择。", "p"),
    ("2. 行数不够时,请在表格中间右键“插入”行;不要改动表头文字,不要删除或重命名工作表。", "p"),
    ("3. 审查意见由科室负责人、分管领导和派驻纪检组填写;表格一式三份,经审查后报{authority}。", "p"),
    ("4. 请于{deadline}前将本工作簿(.xlsx 格式)发回经办人。", "p"),
]  # fmt: skip

EXAMPLE = {
    "duty": "负责办公用品及设备采购",
    "workflow": "需求汇总、询价、验收",
    "risk_point": "采购中不按规定程序,与供应商私下接触",
    "risk_type": "制度机制风险",
    "risk_level": "Ⅰ级",
    "measures": "实行政府采购公开招标,验收两人以上在场",
    "seq": "1",
}


@dataclass(frozen=True)
class FormFill:
    """What is prefilled on one form sheet."""

    tier: str
    unit: str = ""
    department: str = ""
    person: str = ""
    title: str = ""
    duty: str = ""
    roster_row: int = 0


def sheet_title(name: str, used: set[str]) -> str:
    """A valid, unique worksheet name for a person (Excel: ≤31 chars, no []:*?/\\)."""
    base = "".join("_" if c in "[]:*?/\\" else c for c in name).strip("'") or "表"
    base = base[:28]
    title, n = base, 2
    while title.lower() in used:
        title = f"{base}({n})"
        n += 1
    used.add(title.lower())
    return title


class _Formats:
    def __init__(self, wb: xlsxwriter.Workbook, spec: FormSpec):
        font = spec.print["font"]
        size = spec.print["font_size"]
        base = {"font_name": font, "font_size": size, "valign": "vcenter", "text_wrap": True}
        self.title = wb.add_format(
            {**base, "bold": True, "font_size": spec.print["title_size"], "align": "center"}
        )
        self.text = wb.add_format({**base})
        self.annex = wb.add_format({**base, "bold": True})
        self.label = wb.add_format(
            {**base, "bold": True, "border": 1, "align": "center", "bg_color": "#F2F2F2"}
        )
        self.value = wb.add_format({**base, "border": 1, "locked": False})
        self.input = wb.add_format({**base, "border": 1, "locked": False, "align": "left"})
        self.input_c = wb.add_format({**base, "border": 1, "locked": False, "align": "center"})
        self.section = wb.add_format(
            {**base, "bold": True, "border": 1, "align": "left", "bg_color": "#FFF2CC"}
        )
        self.review_label = wb.add_format({**base, "bold": True, "border": 1, "align": "center"})
        self.date = wb.add_format(
            {**base, "border": 1, "locked": False, "align": "right", "valign": "bottom"}
        )
        self.note = wb.add_format({**base, "font_size": size - 1})
        self.h = wb.add_format({**base, "bold": True, "font_size": size + 1})
        self.ex = wb.add_format({**base, "border": 1, "font_color": "#1F4E79"})
        self.ex_head = wb.add_format(
            {**base, "bold": True, "border": 1, "align": "center", "bg_color": "#F2F2F2"}
        )


def _header_value(fill: FormFill, fld: str) -> str:
    return {
        "person": fill.person,
        "head": fill.person,
        "title": fill.title,
        "department": fill.department,
        "dept_title": f"{fill.department}{fill.title}",
        "declared_grade": "",
    }.get(fld, "")


def write_form_sheet(
    wb: xlsxwriter.Workbook,
    ws,
    form: FormDef,
    fill: FormFill,
    fmt: _Formats,
    spec: FormSpec,
    config: Config,
    password: str = "",
) -> int:
    """Draw one form on ``ws``; return the 0-based row of its table header."""
    widths = [c.width for c in form.columns]
    for i, w in enumerate(widths):
        ws.set_column(i, i, w)
    ws.set_column(META_COL, META_COL, 2, None, {"hidden": True})
    meta = {
        "form": fill.tier,
        "version": spec.version,
        "unit": fill.unit,
        "department": fill.department,
        "person": fill.person,
        "title": fill.title,
        "roster_row": fill.roster_row,
    }
    ws.write_string(0, META_COL, META_PREFIX + json.dumps(meta, ensure_ascii=False, sort_keys=True))

    r = 0
    ws.write_string(r, 0, form.annex, fmt.annex)
    r += 1
    ws.merge_range(r, 0, r, NCOLS - 1, form.title, fmt.title)
    ws.set_row(r, 30)
    r += 1
    ws.merge_range(r, 0, r, NCOLS - 1, f"{spec.field_labels['unit']}{fill.unit}", fmt.text)
    r += 1
    # header fields: label, value, label, value, label, value
    for k, fld in enumerate(form.header):
        ws.write_string(r, 2 * k, spec.field_labels[fld], fmt.label)
        ws.write_string(r, 2 * k + 1, _header_value(fill, fld), fmt.value)
    grade_col = 2 * form.header.index("declared_grade") + 1
    ws.data_validation(r, grade_col, r, grade_col, {
        "validate": "list", "source": ["A", "B", "C"],
        "input_title": "岗位风险等级", "input_message": "从下拉列表选择 A、B 或 C(A级最高)",
        "error_title": "岗位风险等级", "error_message": "请填写 A、B 或 C",
    })  # fmt: skip
    ws.set_row(r, 30)
    r += 1
    header_row = r
    for c, col in enumerate(form.columns):
        ws.write_string(r, c, col.label, fmt.label)
    ws.set_row(r, 24)
    r += 1
    first_data = r
    for section in form.sections:
        if section.label:
            ws.merge_range(r, 0, r, NCOLS - 1, section.label, fmt.section)
            r += 1
        for i in range(section.rows):
            for c, col in enumerate(form.columns):
                value = ""
                if col.role == "seq":
                    value = str(i + 1)
                elif col.role == "duty" and i == 0 and section is form.sections[0]:
                    value = fill.duty
                f = fmt.input_c if col.role in ("seq", "risk_level", "risk_type") else fmt.input
                ws.write_string(r, c, value, f)
            ws.set_row(r, form.row_height)
            r += 1
    last_data = r - 1
    for c, col in enumerate(form.columns):
        if col.validation == "levels":
            ws.data_validation(first_data, c, last_data, c, {
                "validate": "list", "source": list(config.levels.canonical),
                "input_title": "风险级别", "input_message": "Ⅰ级最高,Ⅱ级次之,Ⅲ级最低",
                "error_title": "风险级别", "error_message": "请从下拉列表选择 Ⅰ级、Ⅱ级 或 Ⅲ级",
            })  # fmt: skip
        elif col.validation == "risk_types":
            ws.data_validation(first_data, c, last_data, c, {
                "validate": "list", "source": list(config.risk_types.canonical),
                "input_title": "风险类型", "input_message": "从下拉列表选择;一个风险点涉及多类时用“、”分隔",
                "error_type": "warning", "error_title": "风险类型",
                "error_message": "不在列表中的类型将被标记为问题。是否继续?",
            })  # fmt: skip
    # a narrow first column (序号) cannot hold the box's label: let the label span two columns
    label_end = 1 if form.columns[0].width < 10 else 0
    for label in form.reviews:
        if label_end:
            ws.merge_range(r, 0, r, label_end, label, fmt.review_label)
        else:
            ws.write_string(r, 0, label, fmt.review_label)
        ws.merge_range(r, label_end + 1, r, NCOLS - 2, "", fmt.input)
        ws.write_string(r, NCOLS - 1, "年  月  日", fmt.date)
        ws.set_row(r, float(spec.print.get("review_height", 54)))
        r += 1
    rnd = round_of(config)
    ws.merge_range(r, 0, r, NCOLS - 1, form.note_text(rnd.deadline, rnd.authority), fmt.note)
    last = r

    ws.protect(password, {"insert_rows": True, "delete_rows": True, "format_rows": True,
                    "format_columns": True, "format_cells": True})  # fmt: skip
    ws.set_paper(9)  # A4
    if spec.print.get("landscape", True):
        ws.set_landscape()
    ws.fit_to_pages(int(spec.print.get("fit_width", 1)), 0)
    ws.repeat_rows(header_row)
    ws.print_area(0, 0, last, NCOLS - 1)
    ws.set_margins(left=0.5, right=0.5, top=0.5, bottom=0.6)
    ws.center_horizontally()
    ws.set_footer(spec.print["footer"])
    ws.freeze_panes(header_row + 1, 0)
    return header_row


def _instructions(ws, fmt: _Formats, spec: FormSpec, config: Config) -> None:
    ws.set_column(0, 0, 16)
    ws.set_column(1, 5, 20)
    ws.set_column(META_COL, META_COL, 2, None, {"hidden": True})
    # the example row is not a form: the reader skips sheets marked as instructions
    ws.write_string(
        0, META_COL, META_PREFIX + json.dumps({"form": "instructions", "version": spec.version})
    )
    rnd = round_of(config)
    r = 0
    described = ("思想道德风险", "制度机制风险", "岗位职责风险")
    others = [t for t in config.risk_types.canonical if t not in described]
    for text, kind in INSTRUCTIONS:
        text = text.replace("{deadline}", rnd.deadline).replace("{authority}", rnd.authority)
        if text == "other_types":  # the configuration's further types, as the drop-down lists them
            if not others:
                continue
            text = f"本单位还使用:{'、'.join(others)}(见下拉列表)。"
        if kind == "example":
            form = spec.forms["general"]
            for c, col in enumerate(form.columns):
                ws.write_string(r, c, col.label, fmt.ex_head)
                ws.write_string(r + 1, c, EXAMPLE[col.role], fmt.ex)
            ws.set_row(r + 1, 36)
            r += 2
            continue
        f = {"title": fmt.title, "h": fmt.h, "p": fmt.text}[kind]
        ws.merge_range(r, 0, r, 5, text, f)
        if kind == "p":
            ws.set_row(r, 34)
        elif kind == "title":
            ws.set_row(r, 30)
        r += 1
    ws.set_paper(9)
    ws.set_landscape()
    ws.fit_to_pages(1, 1)  # fixed text: one page
    ws.set_margins(left=0.5, right=0.5, top=0.5, bottom=0.6)
    ws.center_horizontally()
    ws.set_footer(spec.print["footer"])


def write_forms_workbook(
    path: str | Path, fills: list[FormFill], config: Config | None = None, password: str = ""
) -> list[str]:
    """Write one workbook: the instructions sheet, then one form sheet per fill. Return sheet names."""
    spec = load_spec()
    config = config or load_config()
    names: list[str] = []
    with atomic_path(path) as tmp:
        wb = safe_workbook(tmp, "岗位廉政风险识别和防控表")
        fmt = _Formats(wb, spec)
        used = {"填表说明"}
        _instructions(wb.add_worksheet("填表说明"), fmt, spec, config)
        for fill in fills:
            name = sheet_title(fill.person or spec.forms[fill.tier].tier_name, used)
            ws = wb.add_worksheet(name)
            write_form_sheet(wb, ws, spec.forms[fill.tier], fill, fmt, spec, config, password)
            names.append(name)
        if len(wb.worksheets()) > 1:
            wb.worksheets()[1].activate()
        wb.close()
    return names


TIER_ORDER = {t: i for i, t in enumerate(TIERS)}


def build_outbox(
    people: list[Person], outdir: str | Path, config: Config | None = None, password: str = ""
) -> list[Path]:
    """One workbook per (单位, 科室) at ``outdir/<单位>/<科室>.xlsx``; leaders first, then by roster row."""
    groups: dict[tuple[str, str], list[Person]] = defaultdict(list)
    for p in people:
        groups[(p.unit, p.department)].append(p)
    written = []
    for (unit, dept), members in sorted(groups.items()):
        members.sort(key=lambda p: (TIER_ORDER[p.tier], p.row))
        fills = [
            FormFill(p.tier, p.unit, p.department, p.person, p.title, p.duty, p.row)
            for p in members
        ]
        target = Path(outdir) / safe_filename(unit) / f"{safe_filename(dept)}.xlsx"
        write_forms_workbook(target, fills, config, password)
        written.append(target)
    return written


def build_blank(outdir: str | Path, config: Config | None = None, password: str = "") -> list[Path]:
    """The three blank annex forms, for units without a roster."""
    spec = load_spec()
    written = []
    for tier in TIERS:
        form = spec.forms[tier]
        target = Path(outdir) / f"{form.annex}-{form.title}.xlsx"
        write_forms_workbook(target, [FormFill(tier)], config, password)
        written.append(target)
    return written
