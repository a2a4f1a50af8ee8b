"""The form definitions of ``workbook_templates/forms.toml``, shared by generator and reader."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache

from xlproc.resources import data_dir
from xlproc.text import label_key

TIERS = ("leader", "middle", "general")
META_PREFIX = "xlproc:"  # hidden metadata cell of a generated form: META_PREFIX + JSON
TIER_NAMES = {"leader": "领导岗位", "middle": "中层岗位", "general": "一般岗位"}


@dataclass(frozen=True)
class Column:
    role: str
    label: str
    width: float
    validation: str | None


@dataclass(frozen=True)
class Section:
    key: str
    label: str
    rows: int


@dataclass(frozen=True)
class FormDef:
    tier: str  # leader | middle | general
    annex: str
    tier_name: str
    title: str
    header: tuple[str, ...]
    person_field: str
    columns: tuple[Column, ...]
    sections: tuple[Section, ...]
    reviews: tuple[str, ...]
    note: str  # may hold {deadline} and {authority}: see ``note_text``
    row_height: float = 36.0

    def note_text(self, deadline: str, authority: str) -> str:
        return self.note.replace("{deadline}", deadline).replace("{authority}", authority)


@dataclass(frozen=True)
class FormSpec:
    version: str
    forms: dict[str, FormDef]
    column_labels: dict[str, tuple[str, ...]]  # role → accepted label keys
    field_labels: dict[str, str]  # field → label drawn
    field_keys: dict[str, tuple[str, ...]]  # field → accepted label keys
    print: dict


@cache
def load_spec() -> FormSpec:
    with open(data_dir("workbook_templates") / "forms.toml", "rb") as f:
        raw = tomllib.load(f)
    cols = raw["columns"]
    forms = {}
    for tier in TIERS:
        fr = raw["forms"][tier]
        forms[tier] = FormDef(
            tier=tier,
            annex=fr["annex"],
            tier_name=fr["tier"],
            title=fr["title"],
            header=tuple(fr["header"]),
            person_field=fr["person_field"],
            columns=tuple(
                Column(
                    role=c["role"],
                    label=c.get("label", cols[c["role"]]["label"]),
                    width=float(cols[c["role"]].get("width", 12)),
                    validation=cols[c["role"]].get("validation"),
                )
                for c in fr["columns"]
            ),
            sections=tuple(Section(s["key"], s["label"], int(s["rows"])) for s in fr["sections"]),
            reviews=tuple(fr["reviews"]),
            note=fr["note"],
            row_height=float(fr.get("row_height", raw["print"].get("row_height", 36))),
        )
    column_labels = {
        role: tuple(dict.fromkeys(label_key(x) for x in [c["label"], *c.get("synonyms", [])]))
        for role, c in cols.items()
    }
    fields = raw["fields"]
    return FormSpec(
        version=raw["form_version"],
        forms=forms,
        column_labels=column_labels,
        field_labels={k: v["label"] for k, v in fields.items()},
        field_keys={
            k: tuple(dict.fromkeys(label_key(x) for x in [v["label"], *v.get("synonyms", [])]))
            for k, v in fields.items()
        },
        print=raw["print"],
    )
