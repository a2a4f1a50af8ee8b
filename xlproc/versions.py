"""Versions of the same form: when two files hold one person's (or one post's) form, the newer counts.

Rule, in this order (the README states it for coordinators):

1. the version marker of our feedback copies: a copy made from a file of version *v* carries
   version *v* + 1 (a file without a marker is version 1), so a corrected copy made from a
   feedback copy is newer than the file it corrects;
2. the file's modification time (differences under ``MTIME_TOLERANCE`` seconds count as equal);
3. hints in the file name: ``修改``/``更正``/``修订``, ``v2``, ``(2)``, ``第2版``.

Two forms of one person in the same file are not versions but a duplicate. A tie the rule cannot
break is an error naming both files, and both forms are kept.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import PurePosixPath

from xlproc.issues import Issue, make_issue
from xlproc.text import LazyRe, fold

COPY_SHEET = "_xlproc_copy"  # very hidden sheet of a feedback copy
COPY_KIND = "xlproc-feedback-copy"
GUIDE_SHEET = "修改说明"  # the first sheet of a feedback copy
MTIME_TOLERANCE = 2.0  # seconds: FAT and zip keep modification times to 2 s

_WORDS = ("修改", "更正", "修订")
_V = LazyRe(r"(?<![a-z])v\.?\s*(\d{1,3})(?!\d)")
_PAREN = re.compile(r"\((\d{1,3})\)")
_EDITION = LazyRe(r"第(\d{1,3})[版稿次]")


def form_key(post: dict) -> tuple | None:
    """The identity of a form across files: its holder, or its post when no holder is named.

    对岗不对人: a form without a person is the post's (unit + department + title). A form
    naming neither a person nor a title has no identity and is never a version of another.
    """
    unit = post.get("unit") or ""
    if post.get("person"):
        return ("person", unit, post["person"])
    if post.get("title"):
        return ("post", unit, post.get("department") or "", post["title"])
    return None


def describe(post: dict) -> str:
    """How a form is named in messages: its holder, else its post."""
    if post.get("person"):
        return post["person"]
    return "".join(x for x in (post.get("department"), post.get("title")) if x) or "(未注明)"


def copy_marker(kind: str, made_from: str, version: int, original: str) -> list[str]:
    """The cells (A1, A2) of the marker sheet a feedback copy carries."""
    meta = {"made_from": made_from, "original": original, "version": version}
    return [kind, json.dumps(meta, ensure_ascii=False, sort_keys=True)]


def take_copy_marker(grids: list) -> tuple[list, int, str]:
    """Split our feedback-copy marker off a workbook's grids: (other grids, version, original).

    A workbook without the marker is version 1. In a marked copy the 修改说明 sheet is ours,
    not a form, and is left out too.
    """
    for g in grids:
        if g.name == COPY_SHEET and g.rows and g.rows[0] and g.rows[0][0] == COPY_KIND:
            try:
                meta = json.loads(g.rows[1][0]) if len(g.rows) > 1 and g.rows[1] else {}
                version = int(meta.get("version", 2))
                original = str(meta.get("original", ""))
            except (ValueError, TypeError, AttributeError):
                version, original = 2, ""
            rest = [x for x in grids if x is not g and x.name != GUIDE_SHEET]
            return rest, max(1, version), original
    return grids, 1, ""


@lru_cache(maxsize=1 << 16)
def name_level(rel: str) -> tuple[int, str]:
    """How late a file name says it is (0: no hint), and the hint, e.g. (1, '修改')."""
    stem = fold(PurePosixPath(rel).stem).lower()
    level, hint = 0, ""
    for w in _WORDS:
        if w in stem:
            level, hint = 1, w
            break
    for rx, shift in ((_V, -1), (_PAREN, 0), (_EDITION, -1)):
        for m in rx.finditer(stem):
            n = int(m.group(1)) + shift
            if n > level:
                level, hint = n, m.group(0)
    return level, hint


@dataclass
class FileVersion:
    rel: str
    version: int = 1
    mtime: float | None = None

    @cached_property
    def level(self) -> tuple[int, str]:
        return name_level(self.rel)


def _when(t: float) -> str:
    return dt.datetime.fromtimestamp(t).strftime("%Y-%m-%d %H:%M:%S")


def newer(a: FileVersion, b: FileVersion) -> tuple[int, str]:
    """1 if ``a`` is newer than ``b``, -1 if older, 0 if the rule cannot tell; and why (Chinese)."""
    if a.version != b.version:
        s = 1 if a.version > b.version else -1
        hi, lo = (a, b) if s > 0 else (b, a)
        lo_txt = f"第 {lo.version} 版" if lo.version > 1 else "原件"
        return s, f"退回修改稿标记为第 {hi.version} 版,另一份为{lo_txt}"
    if a.mtime is not None and b.mtime is not None and abs(a.mtime - b.mtime) >= MTIME_TOLERANCE:
        s = 1 if a.mtime > b.mtime else -1
        hi, lo = (a, b) if s > 0 else (b, a)
        return s, f"修改时间较晚:{_when(hi.mtime)},另一份 {_when(lo.mtime)}"
    (la, ha), (lb, hb) = a.level, b.level
    if la != lb:
        s = 1 if la > lb else -1
        hint = ha if s > 0 else hb
        return s, f"修改时间相同,文件名中的“{hint}”表明是较新版本"
    return 0, ""


@dataclass
class Resolution:
    """What the version rule decided for a batch of forms."""

    superseded: dict[int, tuple[dict, str]] = field(default_factory=dict)  # id(post) → (newer, why)
    issues: list[Issue] = field(default_factory=list)


def resolve(posts: list[dict], version_of: Callable[[str], FileVersion]) -> Resolution:
    """Decide, for every form held by several files, which file's form counts.

    ``version_of`` gives a file's marker version and modification time from its relative path;
    it is asked only about files that share a form with another.
    Forms are grouped by ``form_key``; within one file a second form of the same key is a
    duplicate (FORM_DUPLICATE, both kept).
    """
    out = Resolution()
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for p in posts:
        k = form_key(p)
        if k is not None:
            groups[k].append(p)
    for ps in groups.values():
        if len(ps) < 2:
            continue
        by_file: dict[str, list[dict]] = defaultdict(list)
        for p in ps:
            by_file[p["source_file"]].append(p)
        rels = list(by_file)
        kept = rels
        if len(rels) > 1:
            v = {r: version_of(r) for r in rels}
            kept = _unbeaten(rels, v)
            for r in rels:
                if r in kept:
                    continue
                beats = {w: newer(v[w], v[r]) for w in kept}
                winners = [w for w in kept if beats[w][0] > 0] or kept
                why = beats[winners[0]][1] if beats[winners[0]][0] > 0 else ""
                for p in by_file[r]:
                    out.superseded[id(p)] = (by_file[winners[0]][0], why)
                    out.issues.append(
                        make_issue(
                            "FORM_SUPERSEDED",
                            r,
                            p["source_sheet"],
                            value=describe(p),
                            field="、".join(winners),
                            reason=why,
                        )
                    )
        if len(kept) > 1:  # several files, and the rule cannot tell which is newer
            copies = [(o, f"{o}[{q['source_sheet']}]") for o in kept for q in by_file[o]]
            for r in kept:
                others = _some([text for o, text in copies if o != r])
                for p in by_file[r]:
                    out.issues.append(make_issue("FORM_VERSION_TIE", r, p["source_sheet"],
                                                 value=describe(p), field=others))  # fmt: skip
        for r in kept:  # the same form twice in one file: a duplicate, not a version
            mine = by_file[r]
            if len(mine) > 1:
                for p in mine:
                    twice = [o for o in mine if o is not p and not _two_posts(o, p)]
                    if not twice:
                        continue  # one person's two posts in one table (一肩挑): two forms
                    others = "、".join(f"{r}[{o['source_sheet']}]" for o in twice)
                    out.issues.append(make_issue("FORM_DUPLICATE", r, p["source_sheet"],
                                                 value=describe(p), field=others))  # fmt: skip
    return out


def _two_posts(a: dict, b: dict) -> bool:
    """Two forms of one holder in one list under two named posts ('村党支部书记' and '村委会主任',
    科长 of two 科室, the 书记 under 村党总支 and 村民委员会): the posts he holds, not a form
    sent twice."""
    # on two sheets, only a post whose holder is named by the other post he holds ('教务处 | 主任 |
    # 由副校长兼' beside '校领导 | 副校长'), of another 科室
    other_sheet = a["source_sheet"] != b["source_sheet"]
    if other_sheet and a.get("_split_sheets") and b.get("_split_sheets"):
        # one list split into sheets by level ('一级风险 | 二级风险', tabs coloured by level): his
        # forms under two 科室 are his two posts, as on one sheet (the same 科室: joined before)
        da, db = a.get("department") or "", b.get("department") or ""
        return bool(da and db and da != db)
    if other_sheet and not (
        (a.get("_concurrent") or b.get("_concurrent"))  # (named so, not a form sent twice)
        and a.get("title")
        and b.get("title")
        and a.get("title") != b.get("title")
        and a.get("department") != b.get("department")
    ):
        return False
    return (
        a.get("_style") == b.get("_style") == "list"  # not two cards stacked on the sheet
        and all(x.get("title") or x.get("department") for x in (a, b))
        and (a.get("title"), a.get("department")) != (b.get("title"), b.get("department"))
        # without a post, only another 科室 or body says it is another post
        and (bool(a.get("title") and b.get("title")) or a.get("department") != b.get("department"))
    )


def _some(names: list[str], shown: int = 3) -> str:
    """'a、b、c' or, for many, 'a、b、c 等 62 份': a form copied into many folders names a few."""
    if len(names) <= shown + 1:
        return "、".join(names)
    return "、".join(names[:shown]) + f" 等 {len(names)} 份"


def _unbeaten(rels: list[str], v: dict[str, FileVersion]) -> list[str]:
    """The files no other file is ``newer`` than, found without comparing every pair (a form
    sent many times, or copied across many folders, would cost a square of comparisons)."""
    top = max(v[r].version for r in rels)
    same = [r for r in rels if v[r].version == top]
    times = [v[r].mtime for r in same if v[r].mtime is not None]
    latest = max(times, default=None)
    by_level = sorted(same, key=lambda r: -v[r].level[0])
    kept = []
    for r in same:
        a = v[r]
        if a.mtime is not None and latest is not None and latest - a.mtime >= MTIME_TOLERANCE:
            continue  # a later file of the same version
        beaten = False
        for o in by_level:  # by the name's hint, among files of about the same time
            b = v[o]
            if b.level[0] <= a.level[0]:
                break
            if b.mtime is None or a.mtime is None or abs(b.mtime - a.mtime) < MTIME_TOLERANCE:
                beaten = True
                break
        if not beaten:
            kept.append(r)
    return kept


def version_getter(files: list) -> Callable[[str], FileVersion]:
    """``version_of`` for ``resolve`` over ``FileResult``s: the marker version read with the file,
    the modification time looked up when first asked."""
    by_rel = {f.rel: f for f in files}
    cache: dict[str, FileVersion] = {}

    def version_of(rel: str) -> FileVersion:
        if rel not in cache:
            f = by_rel.get(rel)
            try:
                mtime = os.stat(f.path).st_mtime if f is not None and f.path else None
            except OSError:
                mtime = None
            cache[rel] = FileVersion(rel, getattr(f, "version", 1), mtime)
        return cache[rel]

    return version_of
