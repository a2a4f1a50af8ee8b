"""Raw forms → canonical risk and post records, with an issue for every value not understood."""

from __future__ import annotations

import re
from dataclasses import replace

from xlproc.config import Config
from xlproc.forms import TIER_NAMES
from xlproc.grade import grade_post
from xlproc.issues import Issue, make_issue
from xlproc.locate import RawForm, RawRisk
from xlproc.text import cell_ref, fold

RISK_COLUMNS = [
    "form_id", "unit", "department", "person", "title", "tier", "section", "duty", "workflow",
    "risk_point", "risk_type", "risk_level", "measures", "raw_risk_type", "raw_risk_level",
    "source_file", "source_sheet", "source_row", "description",
]  # fmt: skip
# a risk travels as a tuple of these, RISK_COLUMNS without the form id (given later)
RISK_ROW = RISK_COLUMNS[1:]
POST_COLUMNS = [
    "form_id", "unit", "department", "person", "title", "tier", "declared_grade", "computed_grade",
    "grade_reason", "score", "n_level_1", "n_level_2", "n_level_3", "n_risks", "reviewed",
    "source_file", "source_sheet",
]  # fmt: skip


# '苌某某', '张某', '李*', '王**', '赵××', '钱XX': a surname and marks standing for the given name
_MASKED_NAME = re.compile(
    r"^(?:[\u4e00-\u9fff]{1,2}(?:某{1,2}|[*＊×xXＸ]{1,3})|[*＊×xXＸ]{2,3})$"
)  # (and 'XXX', '××' alone: a blank form's placeholder, no one's name either)
_NAME_PARTS = re.compile(r"[、，,；;/／\s]+")
# what a point's text may end in and still be the same point ('…冒领抚恤金。' = '…冒领抚恤金')
_REPEAT_TAIL = "。；;，,.、！!"


def normalise_form(
    form: RawForm,
    rel: str,
    config: Config,
    review_boxes: dict[str, int],
    shared: dict[str, str] | None = None,
) -> tuple[dict, list[tuple], list[Issue]]:
    """One form → (post record, risk rows as tuples in ``RISK_ROW`` order, issues). Pure: no I/O.

    Equal texts of the rows are one object (through ``shared``, which may span a file's forms),
    so that a file's rows pickle small on their way from a reading worker."""
    share = (shared if shared is not None else {}).setdefault
    joined = config.__dict__.setdefault("_joined_types", {})  # canonical types, one per cell text
    issues: list[Issue] = []
    sheet = form.sheet
    unit = fold(form.unit)
    if not unit:
        parts = rel.replace("\\", "/").split("/")
        unit = parts[0] if len(parts) > 1 else ""
    unit, dept = _own_part_apart(unit, form.department)
    tier = TIER_NAMES.get(form.tier, "")
    if not form.person and form.person_asked:
        issues.append(
            make_issue("FORM_NO_PERSON", rel, sheet, form.person_cell, field=form.person_field)
        )
    masked = form.person and _masked(form.person)
    if masked:
        where = form.person_cell or (form.risks[0].cell("person") if form.risks else "")
        issues.append(make_issue("PERSON_MASKED", rel, sheet, where, value=masked))
    type_hint = "、".join(config.risk_types.canonical)
    risks: list[dict] = []
    levels: list[str | None] = []
    for rr in _repeats_as_one(form, rel, config, issues):
        cols = rr.cols
        if rr.sheet:  # a point on the sheet the form is continued on
            sheet = rr.sheet
        else:
            sheet = form.sheet
        level = rr.level_as or config.level(rr.risk_level)
        if level is None:
            c_level = rr.cell("risk_level")
            if "risk_level" not in cols or not rr.risk_level:
                issues.append(make_issue("LEVEL_BLANK", rel, sheet, c_level, field="风险级别"))
            else:
                issues.append(
                    make_issue(
                        "LEVEL_UNKNOWN", rel, sheet, c_level, field="风险级别", value=rr.risk_level
                    )
                )
        point, measures = (
            _unlabelled(rr.risk_point, _POINT_LABEL),
            _unlabelled(rr.measures, _MEASURES_LABEL),
        )
        types, unknown = (
            config.types(rr.risk_type) if rr.risk_type and not rr.type_set_aside else ([], [])
        )
        if (not rr.risk_type and "risk_type" in cols) or unknown:
            c_type = rr.cell("risk_type")
            if not rr.risk_type:  # no type column at all: one info for the table instead
                issues.append(make_issue("TYPE_BLANK", rel, sheet, c_type, field=type_hint))
            else:
                issues.append(
                    make_issue(
                        "TYPE_UNKNOWN", rel, sheet, c_type, field=type_hint, value=rr.risk_type
                    )
                )
        if not rr.measures:
            c_m = rr.cell("measures")
            issues.append(
                make_issue("MEASURES_BLANK", rel, sheet, c_m, field="防控措施", value=point[:30])
            )
        levels.append(level)
        type_text = joined.get(rr.risk_type)
        if type_text is None:
            type_text = joined.setdefault(rr.risk_type, ";".join(types))
        risks.append((  # in RISK_ROW order
            unit, dept, form.person, form.title, tier, rr.section,
            share(rr.duty, rr.duty), share(rr.workflow, rr.workflow),
            share(point, point), type_text, level or "",
            share(measures, measures), share(rr.risk_type, rr.risk_type),
            share(rr.risk_level, rr.risk_level), rel, sheet, rr.row + 1,
            share(rr.description, rr.description),
        ))  # fmt: skip
    sheet = form.sheet
    if not risks:
        cell = cell_ref(form.header_row + 1, 0)
        issues.append(make_issue("FORM_EMPTY", rel, sheet, cell))
    g = grade_post(levels, form.duty_texts, config.grading)
    declared = ""
    if form.declared:
        declared = config.grade(form.declared) or ""
        if not declared:
            issues.append(make_issue("GRADE_UNKNOWN", rel, sheet, form.declared_cell, field="岗位风险等级",
                                     value=form.declared))  # fmt: skip
        elif declared != g.grade and risks:
            issues.append(make_issue("GRADE_MISMATCH", rel, sheet, form.declared_cell, field=g.grade,
                                     value=declared, reason=g.reason))  # fmt: skip
    elif form.style != "list" and risks and form.grade_asked:
        issues.append(make_issue("GRADE_BLANK", rel, sheet, form.declared_cell, field=g.grade))
    boxes = review_boxes.get(form.tier, form.reviews_found) or form.reviews_found
    post = {
        "unit": unit, "department": dept, "person": form.person, "title": form.title,
        "tier": tier, "declared_grade": declared, "computed_grade": g.grade, "grade_reason": g.reason,
        "score": g.score, "n_level_1": g.n1, "n_level_2": g.n2, "n_level_3": g.n3, "n_risks": len(risks),
        "reviewed": f"{form.reviews_filled}/{boxes}" if form.style != "list" else "",
        "source_file": rel, "source_sheet": sheet,
        # not exported; used for roster matching and feedback
        "_roster_row": form.roster_row, "_tier": form.tier, "_style": form.style, "_raw_declared": form.declared,
        "_concurrent": form.concurrent, "_split_sheets": form.split_sheets,
    }  # fmt: skip
    return post, risks, issues


# a point's or measures' cell opening with its own column's label ('风险点：公文运转泄密',
# '防控措施：严格执行…'): the label said again, not the text (a cell only a label stays as written)
_POINT_LABEL = re.compile(r"(?:廉政|廉洁|主要)?风险点(?:名称)?\s*[:：]\s*")
_MEASURES_LABEL = re.compile(r"(?:主要)?(?:防控|预防|防范|管控|控制|廉政防控)?措施\s*[:：]\s*")
_OTHER_LABEL = re.compile(
    r"(?:^|\n)\s*(?:(?:廉政|廉洁|主要)?风险点|风险等级|风险类型|[^\n：:]{0,6}措施)\s*[:：]"
)


def _unlabelled(text: str, label: re.Pattern) -> str:
    """``text`` less its own column's label before it, where text follows the label and no
    other field's label is in it (a labelled record kept whole, '风险点：…⏎防控措施：…', stays
    as written)."""
    if ("：" in text[:10] or ":" in text[:10]) and (m := label.match(text)) and m.end() < len(text):
        rest = text[m.end() :]
        if not _OTHER_LABEL.search(rest):
            return rest
    return text


def _own_part_apart(unit: str, dept: str) -> tuple[str, str]:
    """A form's unit and 科室, its 科室 never the unit's own last part where that part is a 局's
    分局, 所 or 站. A title naming such a body as a part of another ('国家税务总局XX县税务局城关
    税务分局…', '…水务局红旗水库管理所…') had been kept whole as the unit AND its last part again as
    the 科室: a 分局, a body of its own with its own leaders, is now the unit with no 科室; a 局's
    (or a 镇's) 所 or 站 reads as that body's part, the unit the body before it (as '…市场监督
    管理局XX市场监管所' is read: docs/layouts.md's 站所). Any other part a unit ends with is as it
    was (a 局's 股, a court's 庭, an office: '…医疗保障局待遇保障股' and '待遇保障股', the batches'
    own call). The cheap test first: the unit ends with its 科室."""
    if not dept or not unit.endswith(dept) or len(unit) <= len(dept) + 3:
        return unit, dept
    parent = unit[: -len(dept)]
    if dept.endswith("分局") and parent.endswith("局"):
        return unit, ""
    if dept.endswith(("所", "站")) and parent.endswith(("局", "镇", "乡", "街道")):
        return parent, dept
    return unit, dept


def _repeats_as_one(form: RawForm, rel: str, config: Config, issues: list[Issue]) -> list[RawRisk]:
    """One holder's rows of the same point ('…冒领抚恤金' on H4 and again on H7, after spaces and
    a trailing '。' are squeezed out) are ONE point, not one a row: a ledger one row a case logs
    a recurring 风险提示 again on each case (an info, POINT_REPEATED_CASES), an ordinary list
    repeats it by mistake (a warning, POINT_REPEATED). The first row's point and cell stand; of
    levels that differ the highest (said so); measures that differ joined, no text lost. In an
    ordinary list only rows of the same section, duty, workflow, risk type and level: the same
    words under two duties, two types or at two levels, stay two points (no batch's truth has such a pair; left as
    read). A form of no repeat (the cheap test) is as before, and so are our own template and
    a form naming no person (two '科员' rows may be two 科员);
    a '同某某' copy is its new holder's form's."""
    rows = form.risks
    if len(rows) < 2 or form.style == "template":
        return rows  # (our own template is read as filled, row for row: its round trip)
    if not any(rr.person.strip() for rr in rows):
        return rows  # (a form naming no person: two '科员' rows may be two 科员, as before)

    def key(i: int, rr: RawRisk, point: str) -> tuple:
        if not point:
            return (i,)  # (a row of no point: its own)
        kind = "".join(rr.risk_type.split())  # (the same words under two 风险类型: two points)
        if rr.case:  # (a ledger's 业务事项 is the case's, not a duty of the post)
            return (rr.department, rr.title, rr.person, "".join(rr.section.split()), kind, point)
        return (rr.department, rr.title, rr.person, "".join(rr.section.split()),
                "".join(rr.duty.split()), "".join(rr.workflow.split()), kind, point)  # fmt: skip

    # (each row's point squeezed once; the cheap test: rows sharing a key share their point,
    # so a form of no two points alike has no repeat)
    points = ["".join(rr.risk_point.split()).rstrip(_REPEAT_TAIL) for rr in rows]
    written = [p for p in points if p]
    if len(set(written)) == len(written):
        return rows
    # (keys of the rows whose point another row shares, alone: a row of a point of its own is
    # a group of one, which stands as it is)
    seen: set[str] = set()
    twice = {p for p in written if p in seen or seen.add(p)}
    keys = {i: key(i, rows[i], p) for i, p in enumerate(points) if p in twice}
    if len(set(keys.values())) == len(keys):
        return rows
    groups: dict[tuple, list[int]] = {}
    for i, k in keys.items():
        groups.setdefault(k, []).append(i)
    order = config.levels.canonical  # (highest first)
    out: dict[int, RawRisk | None] = dict(enumerate(rows))  # (None: a repeat, read in its first)
    for g in groups.values():
        first = rows[g[0]]
        if len(g) == 1:
            continue
        same = [rows[i] for i in g]
        said = [rr.level_as or config.level(rr.risk_level) for rr in same]
        if not first.case and len(set(said)) > 1:
            # (a list's same words at another level, '虚列活动经费 | 中' and again '| 低' under
            # another 序号: a point of its own, as before; only a ledger's case is one point)
            continue
        known = [lv for lv in said if lv in order]
        top = min(known, key=order.index) if known else None
        high = same[said.index(top)] if top else first
        measures: list[str] = []
        for rr in same:
            m = rr.measures.strip()
            if m and m not in measures:
                measures.append(m)
        out.update(dict.fromkeys(g[1:]))
        out[g[0]] = replace(
            first,
            risk_level=high.risk_level,
            level_as=high.level_as,
            risk_type=first.risk_type or next((x.risk_type for x in same if x.risk_type), ""),
            measures="\n".join(measures),  # (each different one, in order: no text lost)
        )
        where = [rr.cell("risk_point") for rr in same]
        differ = len(set(said)) > 1
        issues.append(
            make_issue(
                "POINT_REPEATED_CASES" if first.case else "POINT_REPEATED",
                rel,
                first.sheet or form.sheet,
                where[0],
                value=first.risk_point.strip()[:40],
                cells="、".join(where),
                case=first.case,
                levels=f",各行级别不一({'、'.join(lv or '未写' for lv in said)}),已取最高的{top}"
                if differ and top
                else "",
            )
        )
    return [rr for rr in out.values() if rr is not None]  # (in the rows' order)


def _masked(person: str) -> str:
    """A holder's name written masked, as a public list prints it ('苌某某', '张*', '李××'):
    the name as written, or '' (a roster cannot match it; the public version masks names
    itself)."""
    for name in _NAME_PARTS.split(person):
        if _MASKED_NAME.match(name.strip()):
            return name.strip()
    return ""
