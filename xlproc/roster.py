"""The roster (花名册): one row per post holder. A bad roster is refused with its row named."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from xlproc.errors import RosterError
from xlproc.text import cell_text, fold, label_key
from xlproc.workbook import text_rows

REQUIRED = {
    "unit": "单位",
    "department": "科室",
    "person": "姓名",
    "title": "职务",
    "tier": "岗位层级",
}
OPTIONAL = {"duty": ("分管工作", "岗位职责")}
TIER_WORDS = {
    "领导岗位": "leader", "领导": "leader",
    "中层岗位": "middle", "中层": "middle",
    "一般岗位": "general", "一般": "general",
}  # fmt: skip


@dataclass(frozen=True)
class Person:
    unit: str
    department: str
    person: str
    title: str
    tier: str  # leader | middle | general
    duty: str
    row: int  # 1-based row in the roster file (header is row 1)


# the files a roster may be: text tables as the inbox's are read, workbooks by calamine
TEXT_EXTS = (".csv", ".tsv", ".txt")
ROSTER_EXTS = (*TEXT_EXTS, ".xlsx", ".xlsm", ".xls", ".ods")


def not_a_roster_file(name: str) -> str:
    """The message for a roster file of a kind that is not read."""
    return f"花名册须为 .xlsx 或 .csv 文件(或制表符分隔的 .txt):{name}"


def _read_rows(path: Path) -> list[list[str]]:
    suffix = path.suffix.lower()
    if suffix in TEXT_EXTS:
        try:
            rows = text_rows(path.read_bytes(), suffix)
        except csv.Error:  # a quote never closed, a field past the csv module's limit
            raise RosterError(
                f"花名册 {path.name} 的格式有误(引号没有成对或某一格过长);请用 Excel 另存为 .xlsx"
            ) from None
        if rows is None:
            raise RosterError(
                f"花名册 {path.name} 的编码无法识别;请另存为 UTF-8、GBK 编码的 CSV 或 Unicode 文本"
            )
        return rows
    if suffix in (".xlsx", ".xlsm", ".xls", ".ods"):
        from python_calamine import CalamineWorkbook

        try:
            wb = CalamineWorkbook.from_path(str(path))
            sheet = wb.get_sheet_by_index(0)
            rows = sheet.to_python(skip_empty_area=False)
        except Exception as e:  # calamine raises several unrelated types
            raise RosterError(
                f"花名册 {path.name} 无法打开({type(e).__name__});请用 Excel 另存为 .xlsx"
            ) from None
        return [[cell_text(c) for c in r] for r in rows]
    raise RosterError(not_a_roster_file(path.name))


def read_roster(path: str | Path) -> list[Person]:
    """Read and validate a roster; raise one RosterError naming every bad row."""
    path = Path(path)
    if not path.is_file():
        raise RosterError(f"找不到花名册文件:{path}")
    rows = _read_rows(path)
    header_idx = next((i for i, r in enumerate(rows) if any(c for c in r)), None)
    if header_idx is None:
        raise RosterError(f"花名册 {path.name} 是空的")
    header = [label_key(c) for c in rows[header_idx]]
    missing = [label for label in REQUIRED.values() if label not in header]
    if missing:
        raise RosterError(
            f"花名册 {path.name} 缺少“{'”“'.join(missing)}”列(第 {header_idx + 1} 行应为表头:"
            "单位、科室、姓名、职务、岗位层级)"
        )
    cols: dict[str, int] = {key: header.index(label) for key, label in REQUIRED.items()}
    for key, labels in OPTIONAL.items():
        for label in labels:
            if label in header:
                cols[key] = header.index(label)
                break
    people: list[Person] = []
    errors: list[str] = []  # every bad row, reported together
    seen: dict[tuple[str, str], int] = {}
    for i in range(header_idx + 1, len(rows)):
        r = rows[i]
        if not any(c for c in r):
            continue
        excel_row = i + 1
        width = len(rows[header_idx])
        if len(r) > width and any(c for c in r[width:]):
            errors.append(
                f"第 {excel_row} 行有 {len(r)} 列,多于表头的 {width} 列;"
                "内容中的逗号请改用顿号,或用引号括起"
            )
            continue

        def get(key: str, r: list[str] = r) -> str:
            j = cols.get(key)
            return fold(r[j]) if j is not None and j < len(r) else ""

        name = get("person").replace(" ", "")
        tier_raw = get("tier").replace(" ", "")
        tier = TIER_WORDS.get(tier_raw)
        unit, dept = get("unit"), get("department")
        bad = []
        if not name:
            bad.append("姓名为空;请补填或删除该行")
        if tier is None:
            bad.append(
                f"岗位层级“{tier_raw}”无法识别;请填写 领导岗位、中层岗位 或 一般岗位"
                if tier_raw
                else "岗位层级为空;请填写 领导岗位、中层岗位 或 一般岗位"
            )
        if not unit or not dept:
            bad.append("单位或科室为空;请补填")
        key = (unit, name)
        if name and key in seen:
            bad.append(f"{unit} 的 {name} 与第 {seen[key]} 行重复;同一人只能出现一次")
        if bad:
            errors.extend(f"第 {excel_row} 行:{b}" for b in bad)
            continue
        seen[key] = excel_row
        people.append(Person(unit, dept, name, get("title"), tier, get("duty"), excel_row))
    if errors:
        shown = errors[:50] + ([f"……另有 {len(errors) - 50} 处"] if len(errors) > 50 else [])
        raise RosterError(
            f"花名册 {path.name} 有 {len(errors)} 处错误,未生成或写出任何文件;请改正后重新运行:\n  "
            + "\n  ".join(shown),
            problems=errors,
        )
    if not people:
        raise RosterError(f"花名册 {path.name} 没有人员记录")
    return people
