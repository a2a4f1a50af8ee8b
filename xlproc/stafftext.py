"""Staff text that looks like a formula or a link.

We always write staff text back as text (never a formula, never a clickable link), but such
text is still wrong where it stands: a coordinator who re-types it, a CSV opened in Excel or
a web page that publishes it would run or open it. Each occurrence becomes a warning naming
its cell, and the public version leaves such rows out.
"""

from __future__ import annotations

import re
from functools import lru_cache
from operator import attrgetter

from xlproc.issues import Issue, make_issue
from xlproc.shadow import SHADOW, shadow_check

_LINK = re.compile(r"(?i)(?:https?://|ftp://|www\.)\S")
_FORMULA_START = ("=", "+", "-", "@")

# risk row fields, by column role, and their Chinese names
FIELD_ZH = {
    "duty": "岗位职责", "workflow": "工作流程", "risk_point": "风险点", "description": "风险描述",
    "risk_type": "风险类型", "risk_level": "风险级别", "measures": "防控措施",
    "person": "姓名", "department": "科室", "title": "职务", "declared": "岗位风险等级",
}  # fmt: skip
_HEADER_ZH = {"unit": "单位", "department": "科室", "person": "姓名", "title": "职务"}


def _short(text: str, n: int = 40) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


@lru_cache(maxsize=1 << 16)
def looks_like_formula(text: str) -> bool:
    """True for text Excel would take for a formula (``=``, ``+``, ``-``, ``@`` first) or a link.

    A lone sign (``-`` for "none") is not a formula.
    """
    if not text:
        return False
    t = text.lstrip()
    if len(t) > 1 and t[0] in _FORMULA_START:
        return True
    # the regex only where a link could be: most cells are plain Chinese text
    if "://" not in t and "www." not in t and "WWW." not in t and "Www." not in t:
        return False
    return bool(_LINK.search(t))


# one pass over a form's texts joined by NULs: does some text start with a sign?
_SIGN_START = re.compile(r"\x00[ \t]*[=+\-@][^\x00]")


def sheet_may_hold_formula(rows: list[list[str]]) -> bool:
    """Whether any text read from a sheet could be formula- or link-like: some cell holds a sign
    or a link marker anywhere. Every text a form takes from the sheet is a cell, a part of one
    or cells joined, so a sheet without any needs no look at its forms (one pass in C)."""
    text = "\x00".join(map("\x00".join, rows))
    # ('www.' in the text lowered, without a lowered copy of it: only 'w'/'W' lower to a 'w' and
    # only '.' to a '.', one character each — checked over every code point)
    got = (
        any(c in text for c in "=+-@")
        or "://" in text
        or (("w" in text or "W" in text) and _WWW.search(text) is not None)
    )
    if SHADOW:
        shadow_check(
            "sheet_may_hold_formula",
            got,
            lambda: any(c in text for c in "=+-@") or "://" in text or "www." in text.lower(),
        )
    return got


_WWW = re.compile(r"[wW]{3}\.")


def _may_hold_formula(joined: str) -> bool:
    """Whether any of the texts joined by NULs could be formula- or link-like (cheap tests)."""
    if "://" in joined or "www." in joined or "WWW." in joined or "Www." in joined:
        return True
    return bool(_SIGN_START.search("\x00" + joined))


_TEXT_ROLES = ("risk_point", "description", "measures", "duty", "workflow", "risk_type",
               "risk_level", "person", "department", "title")  # fmt: skip


def _joined(risks) -> str:
    """Every text of the form's risk rows, joined by NULs (one C-level pass per form)."""
    if not risks:
        return ""
    tables = {id(rr.cols): rr.cols for rr in risks}.values()
    roles = [r for r in _TEXT_ROLES if any(r in cols for cols in tables)]
    if not roles:
        return ""
    get = attrgetter(*roles)
    if len(roles) == 1:
        return "\x00".join(map(get, risks))
    return "\x00".join(map("\x00".join, map(get, risks)))


def formula_issues(form, rel: str) -> list[Issue]:
    """A warning for every formula- or link-like text of one form (header fields and rows).

    A text repeated down a column (a merged 岗位职责 cell filled down) is reported once.
    """
    out: list[Issue] = []
    sheet = form.sheet
    for key, zh in _HEADER_ZH.items():
        value = getattr(form, key, "") or ""
        if looks_like_formula(value):
            cell = form.person_cell if key == "person" else ""
            out.append(
                make_issue("TEXT_FORMULA_LIKE", rel, sheet, cell, field=zh, value=_short(value))
            )
    seen: set[tuple[str, str]] = set()
    if not _may_hold_formula(_joined(form.risks)):
        return out  # nothing in the form could be a formula or a link: no cell to look at
    for rr in form.risks:
        for role in rr.cols:
            value = getattr(rr, role, None)
            if not value or not isinstance(value, str) or not looks_like_formula(value):
                continue
            if (role, value) in seen:
                continue
            seen.add((role, value))
            out.append(
                make_issue(
                    "TEXT_FORMULA_LIKE",
                    rel,
                    rr.sheet or sheet,
                    rr.cell(role),
                    field=FIELD_ZH.get(role, role),
                    value=_short(value),
                )
            )
    return out
