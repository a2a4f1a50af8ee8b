"""Find forms in a sheet by their labels, not by fixed cells, and pull out their raw rows.

A sheet may hold one form, several stacked forms, or a department list table (一览表).
The table header row is the anchor: a row naming 风险点 and at least one of 风险类型 /
风险级别 / 防控措施. Above it lie the title, 单位 line and header fields; below it the
risk rows, then the review boxes and the note line. Every non-empty row is accounted for:
a risk row, a row reported as incomplete, or a row reported as lying outside the table.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache

from xlproc.forms import META_PREFIX, FormSpec, load_spec
from xlproc.issues import Issue, make_issue
from xlproc.roster import TIER_WORDS
from xlproc.text import cell_ref, fold, label_key

ANCHOR_ROLES = {"risk_type", "risk_level", "measures"}
LIST_ROLES = {"person", "department", "title"}
FIELD_ROLE_TIER = {"head": "middle", "department": "middle", "dept_title": "general"}
_ANNEX = re.compile(r"^附件[0-9一二三四五六七八九十]+$")
_DATE = re.compile(r"^(\d{2,4})?年(\d{1,2})?月(\d{1,2})?日?$|^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}")
_UNIT = re.compile(
    r"^\s*(?:填报)?单位(?:名称)?\s*(?:[(（]\s*盖\s*章\s*[)）])?\s*[:：]?\s*(.*)$", re.S
)
_MAX_LABEL = 64


@dataclass
class RawRisk:
    row: int  # 0-based sheet row
    section: str
    duty: str
    workflow: str
    risk_point: str
    risk_type: str
    risk_level: str
    measures: str
    cols: dict[str, int]  # role → 0-based column, for issue cells
    person: str = ""  # list tables carry the post holder on each row
    department: str = ""
    title: str = ""
    declared: str = ""
    tier: str = ""


@dataclass
class RawForm:
    sheet: str
    style: str  # form | list | template
    tier: str  # leader | middle | general | ""
    unit: str
    department: str
    person: str
    title: str
    declared: str
    person_cell: str
    declared_cell: str
    header_row: int
    risks: list[RawRisk] = field(default_factory=list)
    duty_texts: list[tuple[str, str]] = field(default_factory=list)  # (column label, text)
    reviews_found: int = 0
    reviews_filled: int = 0
    person_field: str = "姓名"
    roster_row: int = 0


@dataclass
class SheetResult:
    forms: list[RawForm]
    issues: list[Issue]
    rows_seen: int  # non-empty table rows
    rows_reported: int  # table rows that became an issue instead of a risk point
    unplaced: int  # rows outside any table, reported


@dataclass(frozen=True)
class _Labels:
    column_exact: dict[str, str]
    column_prefix: tuple[tuple[str, str], ...]
    fields: dict[str, str]


_FIELD_EXT = ("签字", "签名", "职级", "名称", "全称", "盖章")


def field_of(key: str) -> str | None:
    """The header field a label names: exactly, or with a known addition ('职务职级', '姓名签字')."""
    fields = _labels().fields
    fld = fields.get(key)
    if fld is None and key.endswith(_FIELD_EXT):
        fld = fields.get(key[:-2])
    return fld


@cache
def _labels() -> _Labels:
    spec: FormSpec = load_spec()
    exact: dict[str, str] = {}
    prefix: list[tuple[str, str]] = []
    for role, keys in spec.column_labels.items():
        for k in keys:
            exact.setdefault(k, role)
            if len(k) >= 3:
                prefix.append((k, role))
    prefix.sort(key=lambda kr: -len(kr[0]))
    fields: dict[str, str] = {}
    for fld, keys in spec.field_keys.items():
        if fld == "unit":
            continue
        for k in keys:
            fields.setdefault(k, fld)
    return _Labels(exact, tuple(prefix), fields)


_ROLE_CACHE: dict[str, str | None] = {}


def column_role(key: str) -> str | None:
    """The column role a header label names (exact synonym, else a synonym it starts with)."""
    try:
        return _ROLE_CACHE[key]
    except KeyError:
        pass
    lab = _labels()
    role = lab.column_exact.get(key)
    if role is None and key:
        role = next((r for k, r in lab.column_prefix if key.startswith(k)), None)
    if len(_ROLE_CACHE) < 100_000:
        _ROLE_CACHE[key] = role
    return role


class _Sheet:
    """A grid with cached label keys and row classification."""

    def __init__(self, grid):
        self.grid = grid
        self.rows = grid.rows
        self._keys: dict[int, list[str]] = {}
        self._kinds: dict[int, str] = {}
        self._nonempty: dict[int, list[int]] = {}

    def keys(self, r: int) -> list[str]:
        k = self._keys.get(r)
        if k is None:
            k = [
                label_key(v) if v and len(v) <= _MAX_LABEL else ("\x00" if v else "")
                for v in self.rows[r]
            ]
            self._keys[r] = k
        return k

    def nonempty(self, r: int) -> list[int]:
        cols = self._nonempty.get(r)
        if cols is None:
            cols = self._nonempty[r] = [c for c, v in enumerate(self.rows[r]) if v]
        return cols

    def header_roles(self, r: int) -> dict[str, int] | None:
        row = self.rows[r]
        # every anchor label (风险点, 风险类型, 风险级别 and their synonyms) contains 风
        if sum(1 for v in row if v) < 3 or not any("风" in v for v in row):
            return None
        roles: dict[str, int] = {}
        for c, k in enumerate(self.keys(r)):
            if k and k != "\x00":
                role = column_role(k)
                if role and role not in roles:
                    roles[role] = c
        if "risk_point" in roles and ANCHOR_ROLES & roles.keys() and len(roles) >= 3:
            return roles
        return None

    def kind(self, r: int) -> str:
        """blank | title | unit | fields | review | note | other"""
        k = self._kinds.get(r)
        if k is None:
            k = self._kinds[r] = self._kind(r)
        return k

    def _kind(self, r: int) -> str:
        cols = self.nonempty(r)
        if not cols:
            return "blank"
        row = self.rows[r]
        first = row[cols[0]]
        fk = label_key(first)
        if len(cols) <= 2:
            if (
                _ANNEX.match(fk)
                or ("廉政风险" in fk and fk.endswith("表"))
                or fk.endswith("一览表")
            ):
                return "title"
            if fk.startswith(("注", "备注")) and len(fk) > 3:
                return "note"
        if (
            "意见" in fk
            and len(fk) <= 24
            and ("审查" in fk or "审核" in fk or "审批" in fk or "领导" in fk)
        ):
            return "review"
        if _is_unit_label(first):
            return "unit"
        # field labels are short: do not fold the long texts of a data row
        if any(
            len(row[c]) <= 12 and field_of(label_key(row[c])) for c in cols
        ) or _field_with_value(first):
            return "fields"
        return "other"

    def span_end(self, r: int, c: int) -> int:
        """Last column of the merge that starts at (r, c), or c."""
        for r0, c0, _r1, c1 in self.grid.merges or ():
            if r0 == r and c0 == c:
                return c1
        return c


def _is_unit_label(text: str) -> bool:
    """'单位(盖章):XX局', '单位：', '填报单位' — but not '单位领导小组审查意见'."""
    if "单位" not in text[:8]:
        return False
    fk = label_key(text)
    if fk.startswith(("单位盖章", "填报单位", "单位名称")) or fk == "单位":
        return True
    return bool(re.match(r"^\s*单位\s*[:：]", fold(text)))


def _field_with_value(text: str) -> tuple[str, str] | None:
    """'姓名:张三' in one cell → ('person', '张三')."""
    m = re.match(r"^\s*([^:：]{1,12})\s*[:：]\s*(.+)$", text)
    if not m:
        return None
    fld = field_of(label_key(m.group(1)))
    return (fld, m.group(2).strip()) if fld else None


def _parse_fields(sh: _Sheet, rows: list[int]) -> dict[str, tuple[str, str]]:
    """Header fields in the preamble rows: field → (value, cell of the value)."""
    out: dict[str, tuple[str, str]] = {}
    for r in rows:
        row, keys = sh.rows[r], sh.keys(r)
        for c, k in enumerate(keys):
            if not k:
                continue
            inline = _field_with_value(row[c])
            if inline:
                out.setdefault(inline[0], (inline[1], cell_ref(r, c)))
                continue
            fld = field_of(k)
            if fld is None:
                continue
            value, vcell = "", cell_ref(r, sh.span_end(r, c) + 1)
            for c2 in range(c + 1, len(row)):
                if not row[c2]:
                    continue
                if field_of(keys[c2]):
                    break
                value, vcell = row[c2], cell_ref(r, c2)
                break
            out.setdefault(fld, (value, vcell))
    return out


def _parse_unit(sh: _Sheet, rows: list[int]) -> str:
    for r in rows:
        cols = sh.nonempty(r)
        if not cols:
            continue
        m = _UNIT.match(fold(sh.rows[r][cols[0]]))
        if m and _is_unit_label(sh.rows[r][cols[0]]):
            value = m.group(1).strip()
            if not value and len(cols) > 1:
                value = sh.rows[r][cols[1]].strip()
            return value
    return ""


def _tier_from(title_text: str) -> str:
    """The tier a title names; '中层领导干部' is middle, so 中层 and 一般 are tried before 领导."""
    for word, tier in (("领导岗位", "leader"), ("中层岗位", "middle"), ("一般岗位", "general"),
                       ("中层", "middle"), ("一般", "general"), ("领导", "leader")):  # fmt: skip
        if word in title_text:
            return tier
    return ""


def _read_meta(grid) -> dict | None:
    """Our templates carry hidden metadata in row 1; take it out of the grid."""
    if not grid.rows:
        return None
    row = grid.rows[0]
    for c, v in enumerate(row):
        if v.startswith(META_PREFIX):
            row[c] = ""
            try:
                meta = json.loads(v[len(META_PREFIX) :])
                return meta if isinstance(meta, dict) else None
            except ValueError:
                return None
    return None


def _is_date(text: str) -> bool:
    return bool(_DATE.match(label_key(text)))


def _has_point(sh: _Sheet, r: int, roles: dict[str, int]) -> bool:
    rp = roles["risk_point"]
    return rp < len(sh.rows[r]) and bool(sh.rows[r][rp])


def _section_label(sh: _Sheet, r: int, roles: dict[str, int]) -> str | None:
    """A row such as '"三重一大"方面' opens a section of the table.

    Alone on its row it is a section whatever column it sits in (often 序号, or a merged row);
    beside other cells it is one only if the risk point is blank.
    """
    cols = sh.nonempty(r)
    if not cols or len(cols) > 2:
        return None
    text = label_key(sh.rows[r][cols[0]])
    alone = len(cols) == 1
    rp = roles.get("risk_point")
    if not alone and rp is not None and rp < len(sh.rows[r]) and sh.rows[r][rp]:
        return None
    if "三重一大" in text and (alone or text.endswith("方面")):
        return "三重一大"
    if text.endswith("方面") and len(text) <= 20 and alone:
        return text[: -len("方面")]
    return None


def locate_forms(grid, rel: str) -> SheetResult:
    """Find every form on one sheet."""
    return _Locator(grid, rel).run()


class _Locator:
    """One pass over one sheet: header rows first, then each form's preamble, table and tail."""

    def __init__(self, grid, rel: str):
        self.grid, self.rel = grid, rel
        self.sh = _Sheet(grid)
        self.spec = load_spec()
        self.issues: list[Issue] = []
        self.seen = self.reported = self.unplaced = 0
        self.repeated: set[int] = set()

    def run(self) -> SheetResult:
        sh = self.sh
        meta = _read_meta(self.grid)
        if meta and meta.get("form") == "instructions":
            return SheetResult([], [], 0, 0, 0)
        n = len(sh.rows)
        headers = self._headers()
        if not headers:
            if any(
                sh.kind(r) == "title" and "廉政风险" in "".join(sh.rows[r])
                for r in range(min(n, 40))
            ):
                self.issues.append(make_issue("SHEET_NO_TABLE", self.rel, self.grid.name))
            return SheetResult([], self.issues, 0, 0, 0)
        forms: list[RawForm] = []
        pre_start = 0
        for i, (h, roles) in enumerate(headers):
            next_h = headers[i + 1][0] if i + 1 < len(headers) else n
            pre_rows = list(range(pre_start, h))
            for r in pre_rows:
                if sh.kind(r) == "other":
                    self._unplace(r)
            raw_rows, r = self._table(h, next_h, roles)
            reviews, r = self._tail(r, next_h)
            pre_start = r
            unit = _parse_unit(sh, pre_rows)
            if "person" in roles:
                forms.extend(_list_forms(self.grid.name, h, raw_rows, unit))
            else:
                forms.append(
                    self._form(h, roles, pre_rows, raw_rows, reviews, unit, None if forms else meta)
                )
        for r in range(pre_start, n):
            if sh.kind(r) != "blank":
                self._unplace(r)
        return SheetResult(forms, self.issues, self.seen, self.reported, self.unplaced)

    def _headers(self) -> list[tuple[int, dict[str, int]]]:
        """Table header rows. One copied into the middle of a table (to print it on the next
        page) continues the table above it: nothing but table rows lie between the two."""
        sh = self.sh
        headers = [(r, roles) for r in range(len(sh.rows)) if (roles := sh.header_roles(r))]
        kept = headers[:1]
        for h, roles in headers[1:]:
            prev = kept[-1][0]
            between = range(prev + 1, h)
            if roles == kept[-1][1] and all(
                sh.kind(r) == "blank" or (sh.kind(r) == "other" and _has_point(sh, r, roles))
                for r in between
            ):
                self.repeated.add(h)
            else:
                kept.append((h, roles))
        return kept

    def _unplace(self, r: int) -> None:
        cols = self.sh.nonempty(r)
        text = " ".join(self.sh.rows[r][c] for c in cols)
        self.issues.append(
            make_issue(
                "ROW_UNPLACED", self.rel, self.grid.name, cell_ref(r, cols[0]), value=text[:60]
            )
        )
        self.unplaced += 1

    def _table(self, h: int, next_h: int, roles: dict[str, int]) -> tuple[list[RawRisk], int]:
        """The risk rows under header row ``h``; returns them and the first row after the table."""
        sh, grid = self.sh, self.grid
        is_list = "person" in roles
        carry_roles = (
            ("duty", "person", "department", "title", "declared_grade", "tier")
            if is_list
            else ("duty",)
        )
        raw_rows: list[RawRisk] = []
        carry: dict[str, str] = {}
        section = None
        r = h + 1
        while r < next_h:
            k = sh.kind(r)
            has_point = _has_point(sh, r, roles)
            # a filled risk point makes a row data, whatever its first cell says
            if k == "review" or (
                not has_point and k in ("note", "title", "unit", "fields") and not is_list
            ):
                break
            if is_list and not has_point and k in ("note", "title", "unit"):
                break
            if k == "blank" or r in self.repeated:
                r += 1
                continue
            label = _section_label(sh, r, roles)
            if label is not None:
                section = label
                carry.pop("duty", None)
                r += 1
                continue
            seq = roles.get("seq")
            if not any(c != seq for c in sh.nonempty(r)):
                r += 1
                continue
            self.seen += 1
            row = sh.rows[r]
            values = {role: (row[c].strip() if c < len(row) else "") for role, c in roles.items()}
            for role in carry_roles:
                if role in roles:
                    if values[role]:
                        carry[role] = values[role]
                    else:
                        values[role] = carry.get(role, "")
            wc = roles.get("workflow")
            if wc is not None and not values["workflow"] and (r, wc) in grid.merged_into:
                top = grid.merged_into[(r, wc)]
                values["workflow"] = sh.rows[top[0]][top[1]].strip()
            if not values.get("risk_point"):
                self.reported += 1
                self.issues.append(
                    make_issue("POINT_BLANK", self.rel, grid.name, cell_ref(r, roles["risk_point"]))
                )
            else:
                raw_rows.append(
                    RawRisk(
                        row=r,
                        section=section or "",
                        duty=values.get("duty", ""),
                        workflow=values.get("workflow", ""),
                        risk_point=values["risk_point"],
                        risk_type=values.get("risk_type", ""),
                        risk_level=values.get("risk_level", ""),
                        measures=values.get("measures", ""),
                        cols=roles,
                        person=values.get("person", ""),
                        department=values.get("department", ""),
                        title=values.get("title", ""),
                        declared=values.get("declared_grade", ""),
                        tier=values.get("tier", ""),
                    )
                )
            r += 1
        return raw_rows, r

    def _tail(self, r: int, next_h: int) -> tuple[tuple[int, int], int]:
        """Review boxes and the note line after a table; anything else there is reported.
        Stops at the next form's preamble. Returns (boxes found, boxes filled) and the row."""
        sh = self.sh
        found = filled = 0
        while r < next_h:
            k = sh.kind(r)
            if k in ("title", "unit", "fields"):
                break
            if k == "review":
                found += 1
                cols = sh.nonempty(r)
                if any(not _is_date(sh.rows[r][c]) for c in cols[1:]):
                    filled += 1
            elif k == "other":
                self._unplace(r)
            r += 1
        return (found, filled), r

    def _tier(
        self, h: int, roles: dict[str, int], fields: dict, title_text: str, meta: dict | None
    ) -> str:
        if meta and meta.get("form") in self.spec.forms:
            return meta["form"]
        tier = _tier_from(title_text)
        if tier:
            return tier
        duty_col = roles.get("duty")
        duty_label = label_key(self.sh.rows[h][duty_col]) if duty_col is not None else ""
        if duty_label.startswith("分管"):  # only the leader form lists 分管工作
            return "leader"
        if "head" in fields or ("department" in fields and "person" not in fields):
            return "middle"
        if "dept_title" in fields or ("department" in fields and "person" in fields):
            return "general"
        return "leader" if "title" in fields else ""

    def _form(self, h, roles, pre_rows, raw_rows, reviews, unit: str, meta: dict | None) -> RawForm:
        """One form from its preamble (title, fields), its rows and, for our templates, metadata."""
        sh = self.sh
        fields = _parse_fields(sh, [r for r in pre_rows if sh.kind(r) in ("fields", "other")])
        title_text = "".join(
            sh.rows[r][c] for r in pre_rows if sh.kind(r) == "title" for c in sh.nonempty(r)
        )
        tier = self._tier(h, roles, fields, title_text, meta)
        person_fld = "head" if "head" in fields and "person" not in fields else "person"
        person, person_cell = fields.get(person_fld, ("", ""))
        if not person_cell:
            person_cell = cell_ref(h - 1, 1) if h else "B1"
        dept = fields["department"][0] if "department" in fields else ""
        title = fields["title"][0] if "title" in fields else ""
        if "dept_title" in fields:
            dept, title = split_dept_title(fields["dept_title"][0])
        if tier == "leader" and not dept:
            dept = "领导班子"
        if tier == "middle" and not title:
            title = "科室负责人"
        declared, declared_cell = fields.get("declared_grade", ("", ""))
        style, roster_row = "form", 0
        if meta:
            style = "template"
            person = person or meta.get("person", "")
            unit = meta.get("unit") or unit
            dept = meta.get("department") or dept
            if not title or (tier == "middle" and "title" not in fields):
                title = meta.get("title") or title
            if fields.get("dept_title") and meta.get("department"):
                dt = fields["dept_title"][0]
                if dt.startswith(meta["department"]):
                    title = dt[len(meta["department"]) :] or meta.get("title", "")
            roster_row = int(meta.get("roster_row") or 0)
        form_def = self.spec.forms.get(tier)
        default_section = form_def.sections[0].key if form_def else ""
        for rr in raw_rows:
            rr.section = rr.section or default_section
        return RawForm(
            sheet=self.grid.name,
            style=style,
            tier=tier,
            unit=unit,
            department=dept,
            person=person.replace(" ", "").replace("\u3000", ""),
            title=title,
            declared=declared,
            person_cell=person_cell,
            declared_cell=declared_cell,
            header_row=h,
            risks=raw_rows,
            duty_texts=_duty_texts(sh, h, roles, raw_rows),
            reviews_found=reviews[0],
            reviews_filled=reviews[1],
            person_field=self.spec.field_labels[person_fld],
            roster_row=roster_row,
        )


def _duty_texts(sh, h: int, roles: dict[str, int], rows: list[RawRisk]) -> list[tuple[str, str]]:
    """The duty and workflow texts of a form, each with its column's label, for grading."""
    labels = {}
    for role, default in (("duty", "岗位职责"), ("workflow", "工作流程")):
        c = roles.get(role)
        header = (
            label_key(sh.rows[h][c])
            if sh is not None and c is not None and c < len(sh.rows[h])
            else ""
        )
        labels[role] = header if 0 < len(header) <= 8 else default
    pairs = [
        (labels[role], t)
        for rr in rows
        for role, t in (("duty", rr.duty), ("workflow", rr.workflow))
        if t
    ]
    return list(dict.fromkeys(pairs))


def _list_forms(sheet: str, h: int, rows: list[RawRisk], unit: str) -> list[RawForm]:
    """A list table holds many post holders: one form per person, in order of appearance."""
    by_person: dict[str, RawForm] = {}
    for rr in rows:
        name = rr.person.replace(" ", "")
        f = by_person.get(name)
        if f is None:
            pc = rr.cols["person"]
            f = by_person[name] = RawForm(
                sheet=sheet, style="list", tier=TIER_WORDS.get(rr.tier.replace(" ", ""), ""), unit=unit,
                department=rr.department, title=rr.title,
                person=name, declared=rr.declared, person_cell=cell_ref(rr.row, pc),
                declared_cell=cell_ref(rr.row, rr.cols["declared_grade"]) if rr.declared else "",
                header_row=h,
            )  # fmt: skip
        f.risks.append(rr)
    for f in by_person.values():
        f.duty_texts = _duty_texts(None, h, f.risks[0].cols, f.risks)
    return list(by_person.values())


_TITLES = sorted(
    """四级主任科员 三级主任科员 二级主任科员 一级主任科员 四级调研员 三级调研员 二级调研员 一级调研员
    副主任科员 主任科员 一级科员 二级科员 科员 办事员 副科长 科长 副主任 主任 副队长 队长 副中队长 中队长
    副所长 所长 副站长 站长 副局长 局长 副处长 处长 干部 职员 工作人员 负责人 专员 会计 出纳 干事 文员 主管
    副书记 书记 组长 副组长 技术员 工程师 助理""".split(),
    key=len,
    reverse=True,
)
_DEPT = re.compile(r"^(.+?(?:大队|中队|中心|办公室|科|室|股|队|站|所|办|处|部|组|院|馆))(.+)$")


def split_dept_title(text: str) -> tuple[str, str]:
    """'督查科副主任科员' → ('督查科', '副主任科员'); the title is matched at the end first."""
    s = text.strip().replace(" ", "")
    for t in _TITLES:
        if s.endswith(t) and len(s) > len(t):
            return s[: -len(t)], t
    m = _DEPT.match(s)
    if m:
        return m.group(1), m.group(2)
    return "", s
