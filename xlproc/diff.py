"""`xlproc diff`: compare last year's archive with this year's (修正阶段).

Posts are paired by the post, not the person (对岗不对人): 单位 + 科室 + 职务 first, then the
person as a fallback (someone who moved to another post). Within a pair of posts, risk points
are paired by their text, exactly first and then by similarity, so that a reworded point is
"changed", not "removed + added".
"""

from __future__ import annotations

import difflib
import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from xlproc.archive import ARCHIVE_KIND
from xlproc.errors import UsageError

CHANGE_COLUMNS = [
    "change",
    "unit",
    "department",
    "person",
    "title",
    "risk_point",
    "field",
    "old",
    "new",
]
CHANGE_ZH = {
    "added": "新增风险点", "removed": "删除风险点", "changed": "修改风险点", "grade": "岗位等级变化",
    "post_new": "新增岗位", "post_gone": "撤销岗位", "holder": "岗位人员变动", "moved": "人员调岗",
}  # fmt: skip
FIELD_ZH = {
    "risk_point": "风险点表述", "risk_level": "风险级别", "risk_type": "风险类型", "measures": "防控措施",
    "computed_grade": "岗位风险等级", "grade_reason": "评定依据", "person": "姓名", "post": "岗位",
}  # fmt: skip
LEVEL_RANK = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
GRADE_RANK = {"A": 1, "B": 2, "C": 3}
SIMILAR = 0.6


def read_archive(path: str | Path):
    """The risk and post frames of an archive written by `xlproc collect`; refuse anything else."""
    import pandas as pd
    from python_calamine import CalamineWorkbook

    path = Path(path)
    if not path.is_file():
        raise UsageError(f"找不到文件:{path}")
    not_ours = UsageError(
        f"{path.name} 不是 xlproc collect 生成的汇总档案(缺少 _xlproc 信息页);请用 xlproc 生成的档案对比"
    )
    try:
        wb = CalamineWorkbook.from_path(str(path))
        if "_xlproc" not in wb.sheet_names:
            raise not_ours
        meta_rows = wb.get_sheet_by_name("_xlproc").to_python()
        if not meta_rows or meta_rows[0][0] != ARCHIVE_KIND:
            raise not_ours
        meta = json.loads(meta_rows[1][0])
        frames = {}
        for key in ("risks", "posts"):
            info = meta["sheets"][key]
            rows = wb.get_sheet_by_name(info["name"]).to_python(skip_empty_area=False)
            body = rows[info["header_row"] :]
            cols = info["columns"]
            records = [
                dict(zip(cols, (_text(v) for v in r), strict=False))
                for r in body
                if any(v != "" for v in r)
            ]
            frames[key] = pd.DataFrame(records, columns=cols).fillna("")
    except UsageError:
        raise
    except Exception:  # not a workbook, or one whose sheets are not ours
        raise not_ours from None
    return frames["risks"], frames["posts"]


def _text(v) -> str:
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return "" if v is None else str(v)


@dataclass
class DiffResult:
    changes: object  # DataFrame with CHANGE_COLUMNS
    summary: object  # DataFrame per 科室
    old_name: str
    new_name: str


def _post_key(p: dict) -> tuple[str, str, str]:
    return (p["unit"], p["department"], p["title"])


def _pair_posts(
    old: list[dict], new: list[dict], old_texts: dict | None = None, new_texts: dict | None = None
) -> tuple[list[tuple[dict, dict]], list[dict], list[dict]]:
    """Same post and holder; then the same post if it has one holder each year (the holder
    changed); then the holder in another post (moved); then several holders of one post,
    all changed, paired by the risk points they share."""
    old_texts, new_texts = old_texts or {}, new_texts or {}
    pairs: list[tuple[dict, dict]] = []

    def take(old_left, new_left, key):
        index: dict = defaultdict(list)
        for n in new_left:
            if (k := key(n)) is not None:
                index[k].append(n)
        used, rest = set(), []
        for o in old_left:
            cands = index.get(key(o)) if key(o) is not None else None
            if cands:
                n = cands.pop(0)
                pairs.append((o, n))
                used.add(id(n))
            else:
                rest.append(o)
        return rest, [n for n in new_left if id(n) not in used]

    old_left, new_left = take(old, new, lambda p: (*_post_key(p), p["person"]))
    counts = Counter(("o", *_post_key(o)) for o in old_left) + Counter(
        ("n", *_post_key(n)) for n in new_left
    )

    def sole(p: dict):
        k = _post_key(p)
        return k if counts[("o", *k)] == 1 and counts[("n", *k)] == 1 else None

    old_left, new_left = take(old_left, new_left, sole)
    old_left, new_left = take(
        old_left, new_left, lambda p: (p["unit"], p["person"]) if p["person"] else None
    )
    rest_old, rest_new = [], []
    groups: dict = defaultdict(lambda: ([], []))
    for o in old_left:
        groups[_post_key(o)][0].append(o)
    for n in new_left:
        groups[_post_key(n)][1].append(n)
    for key in sorted(groups):
        os_, ns = groups[key]
        more, ro, rn = _greedy(os_, ns, lambda o, n: len(old_texts.get(o["form_id"], set())
                                                         & new_texts.get(n["form_id"], set())), 1)  # fmt: skip
        pairs += more
        rest_old += ro
        rest_new += rn
    order_o = {id(o): i for i, o in enumerate(old)}
    order_n = {id(n): i for i, n in enumerate(new)}
    return (
        pairs,
        sorted(rest_old, key=lambda o: order_o[id(o)]),
        sorted(rest_new, key=lambda n: order_n[id(n)]),
    )


def _greedy(old: list[dict], new: list[dict], score, threshold: float):
    """Pair the best-scoring couples first; a couple scoring under ``threshold`` stays unpaired."""
    scored = sorted(
        ((score(o, n), i, j) for i, o in enumerate(old) for j, n in enumerate(new)), reverse=True
    )
    used_o, used_n, pairs = set(), set(), []
    for value, i, j in scored:
        if value < threshold:
            break
        if i not in used_o and j not in used_n:
            used_o.add(i)
            used_n.add(j)
            pairs.append((old[i], new[j]))
    rest_old = [o for i, o in enumerate(old) if i not in used_o]
    rest_new = [n for j, n in enumerate(new) if j not in used_n]
    return pairs, rest_old, rest_new


def _similarity(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def _pair_points(old: list[dict], new: list[dict]):
    pairs, old_left, new_left = [], list(old), list(new)
    for o in list(old_left):
        n = next((n for n in new_left if n["risk_point"] == o["risk_point"]), None)
        if n is not None:
            pairs.append((o, n))
            old_left.remove(o)
            new_left.remove(n)
    more, removed, added = _greedy(old_left, new_left, lambda o, n: _similarity(o["risk_point"], n["risk_point"]),
                                   SIMILAR)  # fmt: skip
    pairs += more
    return pairs, removed, added


def diff_archives(
    old_risks, old_posts, new_risks, new_posts, old_name: str = "", new_name: str = ""
) -> DiffResult:
    """Pure comparison of two archives' frames."""
    import pandas as pd

    changes: list[dict] = []

    def add(
        change: str, post: dict, risk_point: str = "", field: str = "", old: str = "", new: str = ""
    ) -> None:
        changes.append({"change": change, "unit": post["unit"], "department": post["department"],
                        "person": post["person"], "title": post["title"], "risk_point": risk_point,
                        "field": field, "old": old, "new": new})  # fmt: skip

    old_points: dict = defaultdict(list)
    new_points: dict = defaultdict(list)
    for store, risks in ((old_points, old_risks), (new_points, new_risks)):
        for r in risks.to_dict("records"):
            store[r["form_id"]].append(r)

    old_p, new_p = old_posts.to_dict("records"), new_posts.to_dict("records")
    pairs, gone, born = _pair_posts(
        old_p,
        new_p,
        old_risks.groupby("form_id")["risk_point"].agg(set).to_dict(),
        new_risks.groupby("form_id")["risk_point"].agg(set).to_dict(),
    )
    for o, n in pairs:
        if _post_key(o) != _post_key(n):
            add(
                "moved",
                n,
                field="post",
                old=f"{o['department']} {o['title']}",
                new=f"{n['department']} {n['title']}",
            )
        elif o["person"] != n["person"]:
            add("holder", n, field="person", old=o["person"], new=n["person"])
        if o["computed_grade"] != n["computed_grade"]:
            add(
                "grade", n, field="computed_grade", old=o["computed_grade"], new=n["computed_grade"]
            )
            add("grade", n, field="grade_reason", old=o["grade_reason"], new=n["grade_reason"])
        ppairs, removed, added = _pair_points(old_points[o["form_id"]], new_points[n["form_id"]])
        for a, b in ppairs:
            if a["risk_point"] != b["risk_point"]:
                add("changed", n, b["risk_point"], "risk_point", a["risk_point"], b["risk_point"])
            for f in ("risk_level", "risk_type", "measures"):
                if a[f] != b[f]:
                    add("changed", n, b["risk_point"], f, a[f], b[f])
        for r in removed:
            add("removed", n, r["risk_point"], "", _point_text(r), "")
        for r in added:
            add("added", n, r["risk_point"], "", "", _point_text(r))
    for o in gone:
        add("post_gone", o, field="post", old=f"{o['department']} {o['title']}")
        for r in old_points[o["form_id"]]:
            add("removed", o, r["risk_point"], "", _point_text(r), "")
    for n in born:
        add("post_new", n, field="post", new=f"{n['department']} {n['title']}")
        for r in new_points[n["form_id"]]:
            add("added", n, r["risk_point"], "", "", _point_text(r))
    df = pd.DataFrame(changes, columns=CHANGE_COLUMNS)
    df = df.sort_values(["unit", "department", "title", "person"], kind="stable").reset_index(
        drop=True
    )
    return DiffResult(df, _summary(df), old_name, new_name)


def _point_text(r: dict) -> str:
    return (
        f"{r['risk_level'] or '未定级'} · {r['risk_type'] or '未识别类型'} · 措施:{r['measures']}"
    )


def direction(row) -> int:
    """+1 where a level or grade was raised (more severe), -1 where lowered, else 0."""
    ranks = (
        LEVEL_RANK
        if row["field"] == "risk_level"
        else GRADE_RANK
        if row["field"] == "computed_grade"
        else None
    )
    if not ranks:
        return 0
    o, n = ranks.get(row["old"]), ranks.get(row["new"])
    if o is None or n is None or o == n:
        return 0
    return 1 if n < o else -1


def _summary(df):
    import pandas as pd

    rows = []
    for (unit, dept), g in df.groupby(["unit", "department"], sort=True):
        dirs = g.apply(direction, axis=1) if len(g) else pd.Series(dtype=int)
        lv = g["field"] == "risk_level"
        gr = g["field"] == "computed_grade"
        rows.append({
            "unit": unit, "department": dept,
            "added": int((g["change"] == "added").sum()), "removed": int((g["change"] == "removed").sum()),
            "changed": int(g[g["change"] == "changed"][["person", "title", "risk_point"]].drop_duplicates().shape[0]),
            "level_up": int((lv & (dirs > 0)).sum()), "level_down": int((lv & (dirs < 0)).sum()),
            "grade_up": int((gr & (dirs > 0)).sum()), "grade_down": int((gr & (dirs < 0)).sum()),
            "post_new": int((g["change"] == "post_new").sum()), "post_gone": int((g["change"] == "post_gone").sum()),
            "people": int(g["change"].isin(["holder", "moved"]).sum()),
        })  # fmt: skip
    return pd.DataFrame(rows, columns=["unit", "department", "added", "removed", "changed", "level_up", "level_down",
                                       "grade_up", "grade_down", "post_new", "post_gone", "people"])  # fmt: skip


def write_diff(result: DiffResult, path: str | Path) -> None:
    from xlproc.archive import Formats, mark_output, table_sheet
    from xlproc.atomic import atomic_path, safe_workbook

    summary_cols = {
        "unit": ("单位", 16), "department": ("科室", 12), "added": ("新增风险点", 8), "removed": ("删除风险点", 8),
        "changed": ("修改风险点", 8), "level_up": ("级别调高", 8), "level_down": ("级别调低", 8),
        "grade_up": ("等级调高", 8), "grade_down": ("等级调低", 8), "post_new": ("新增岗位", 8),
        "post_gone": ("撤销岗位", 8), "people": ("人员变动", 8),
    }  # fmt: skip
    change_cols = {
        "change": ("变化", 10), "unit": ("单位", 14), "department": ("科室", 10), "person": ("姓名", 8),
        "title": ("职务", 10), "risk_point": ("风险点", 30), "field": ("项目", 10), "old": ("上年", 30),
        "new": ("本年", 30),
    }  # fmt: skip
    df = result.changes
    with atomic_path(path) as tmp:
        wb = safe_workbook(tmp, "廉政风险年度对比")
        fmt = Formats(wb)
        up = wb.add_format({"font_name": "宋体", "font_size": 10, "valign": "top", "text_wrap": True, "border": 1,
                            "bg_color": "#F8CBAD", "bold": True})  # fmt: skip
        down = wb.add_format({"font_name": "宋体", "font_size": 10, "valign": "top", "text_wrap": True, "border": 1,
                              "bg_color": "#E2EFDA"})  # fmt: skip
        title = f"年度对比:{result.old_name} → {result.new_name}"
        table_sheet(wb, fmt, "变化汇总", title + "(按科室)", result.summary, summary_cols)
        shown = df.assign(
            change=df["change"].map(CHANGE_ZH), field=df["field"].map(lambda f: FIELD_ZH.get(f, f))
        )
        dirs = [direction(r) for r in df.to_dict("records")]
        row_formats = [up if d > 0 else down if d < 0 else fmt.cell for d in dirs]
        table_sheet(
            wb,
            fmt,
            "变化明细",
            title + "(红色:级别或等级调高;绿色:调低)",
            shown,
            change_cols,
            row_formats,
        )
        mark_output(wb, "xlproc-diff")
        wb.close()
