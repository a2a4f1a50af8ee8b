"""Score an ``xlproc collect --export-dir`` run against the published-layout corpus.

    python tests/published/score.py                 # build the corpus in a temp dir, run collect, score
    python tests/published/score.py --set heldout   # the same for the held-out batch (heldout.py)
    python tests/published/score.py --set batchN    # the same for the Nth batch (batchN.py), any N present
    python tests/published/score.py INBOX EXPORT    # score an existing run (INBOX holds truth.json)

The reader run is ``python -m xlproc`` from this checkout, unless PYTHONPATH names another one
(``PYTHONPATH=/work/main python tests/published/score.py --set heldout`` measures main's reader).

Metrics (per layout and in total):

- forms: truth forms found in posts.csv. Lenient: a form matches a posts row of the same
  file when the person matches and, for a form without a person (对岗不对人), department
  and title match too (NFKC, whitespace removed; an empty truth department also accepts
  the unit's name, and a 站所's own file may be written unit 'XX镇财政所' with no department or
  unit 'XX镇' with department '财政所'; a 镇's 办 likewise, 'XX镇社会事务办'; and a 局's 分局's,
  unit '…税务局第一税务分局' with no department or unit '…税务局' with department
  '第一税务分局'; a 局's 所's, '…市场监督管理局水井坊市场监管所', and a 院's 办's, '…县医院医保办',
  likewise). Each posts row matches at most one form.
- points: recall and precision keyed by (file, person, risk_point), NFKC + whitespace removed.
- levels: matched points with a truth level whose risk_level is that level (Ⅰ级/Ⅱ级/Ⅲ级).
- types: matched points whose risk_type names exactly the truth types (first 4 characters
  of each, as ../shared/tools/score_corpus.py compares them).
- noise: error/warning issues with code ROW_UNPLACED, POINT_BLANK, TYPE_BLANK or FORM_NO_PERSON.
"""

from __future__ import annotations

import csv
import importlib
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
from collections import defaultdict
from pathlib import Path

NOISE = {"ROW_UNPLACED", "POINT_BLANK", "TYPE_BLANK", "FORM_NO_PERSON"}
LEVEL = {"Ⅰ级": 1, "Ⅱ级": 2, "Ⅲ级": 3}
ROOT = Path(__file__).resolve().parents[2]


def norm(s) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(s or "")))


def norm_dept(s, unit: str = "") -> str:
    """A 科室 as compared: brackets and colons out, and the name of its own unit before it
    ('苇荡乡财政所' of 苇荡乡人民政府 is its 财政所: the batches wrote it both ways)."""
    d = re.sub(r"[()\[\]【】::]", "", norm(s))
    u = norm(unit)
    for j in range(len(d) - 2, 2, -1):
        if d[:j].endswith(("镇", "乡", "街道", "局", "院", "中心")) and d[:j] in u:
            return d[j:]
    return d


def _rel(p, inbox: Path) -> str:
    p = str(p or "")
    if os.path.isabs(p):
        p = os.path.relpath(p, inbox)
    return os.path.normpath(p)


def _read(export_dir: Path, name: str) -> list[dict]:
    path = Path(export_dir) / name
    if not path.exists():
        return []
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def _types(cell) -> set[str]:
    return {t[:4] for t in re.split(r"[;;、,,/|\s]+", str(cell or "")) if t}


STRICT = os.environ.get("XLPROC_SCORE_STRICT") == "1"


def _form_matches(form: dict, post: dict) -> bool:
    """The post is the form: the same holder (with ``XLPROC_SCORE_STRICT=1`` or ``--strict``
    also the same 科室 and post wherever the truth names them; a leader's 科室 is 领导班子)."""
    if norm(form["person"]) != norm(post.get("person")):
        return False
    if norm(form["person"]) and not STRICT:
        return True
    if norm(form["person"]):
        dept, title = norm_dept(form["department"], form["unit"]), norm(form["title"])
        got = norm_dept(post.get("department"), form["unit"])
        if dept and form.get("tier") != "leader" and dept != got:
            return False
        return not title or title == norm(post.get("title"))
    want, got = (
        norm_dept(form["department"], form["unit"]),
        norm_dept(post.get("department"), form["unit"]),
    )
    dept_ok = want == got or (not want and got == norm_dept(form["unit"]))
    # a 站所's own file written both ways: unit 'XX镇财政所' and no 科室, or unit 'XX镇' and 科室
    # '财政所' (the batches' judgement calls differ; the two say the same); a 局's 分局 likewise,
    # unit '…税务局第一税务分局' and none (batch969) or unit '…税务局' and 科室 '第一税务分局' (batch8)
    unit, got_unit = norm(form["unit"]), norm(post.get("unit"))
    part, town = (want, unit) if want else (got, got_unit)  # the 站所, and the 镇 it is of
    dept_ok = dept_ok or (
        bool(want or got)
        and not (want and got)
        and unit + want == got_unit + got
        and (
            (
                part.endswith(
                    ("所", "站", "中心", "队", "办")
                )  # ('XX镇社会事务办': the 镇's own office)
                and town.endswith(("镇", "乡", "街道", "街道办事处"))
            )
            or (part.endswith("分局") and town.endswith("局"))
            # a 局's 所 ('…市场监督管理局水井坊市场监管所': unit by batch345's call, the 局's 科室 by
            # docs/layouts.md's 站所 convention) and a 院's 办 ('…县医院医保办') likewise
            or (part.endswith("所") and town.endswith("局"))
            or (part.endswith("办") and town.endswith("院"))
        )
    )
    return dept_ok and norm(form["title"]) == norm(post.get("title"))


def _blank() -> dict:
    return dict.fromkeys(("forms_n", "forms_hit", "points_n", "points_hit", "got_n", "got_hit",
                          "levels_n", "levels_ok", "levels_invented", "types_n", "types_ok",
                          "noise"), 0)  # fmt: skip


def _rates(c: dict) -> dict:
    def rate(hit, n, empty=1.0):
        return hit / n if n else empty

    return {
        **c,
        "forms": rate(c["forms_hit"], c["forms_n"]),
        "recall": rate(c["points_hit"], c["points_n"]),
        "precision": rate(c["got_hit"], c["got_n"], 1.0 if not c["points_n"] else 0.0),
        "levels": rate(c["levels_ok"], c["levels_n"]),
        "types": rate(c["types_ok"], c["types_n"]),
    }


def score(inbox: str | Path, export_dir: str | Path, truth: dict | None = None) -> dict:
    """Compare risks/posts/issues.csv in ``export_dir`` with ``inbox``/truth.json.

    Returns ``{"total": {...}, "layouts": {name: {...}}}``; each holds the counts and the
    rates forms, recall, precision, levels, types (0..1) and noise (a count).
    """
    inbox, export_dir = Path(inbox), Path(export_dir)
    truth = truth or json.loads((inbox / "truth.json").read_text(encoding="utf-8"))
    risks, posts, issues = (_read(export_dir, n) for n in ("risks.csv", "posts.csv", "issues.csv"))
    layout_of = {
        os.path.normpath(f["file"]): f.get("layout") or Path(f["file"]).stem for f in truth["forms"]
    }
    counts: dict[str, dict] = defaultdict(_blank)

    def bump(file: str, key: str, n: int = 1) -> None:
        layout = layout_of.get(os.path.normpath(file), "(other files)")
        counts[layout][key] += n
        counts["(total)"][key] += n

    for lay in truth.get("layouts", []):
        counts[lay["name"]]  # every layout gets a line, even one with no form found
    want: dict[tuple, dict] = {}
    for f in truth["forms"]:
        for r in f["risks"]:
            want[(os.path.normpath(f["file"]), norm(f["person"]), norm(r["risk_point"]))] = r
    got: dict[tuple, dict] = {}
    for r in risks:
        got.setdefault(
            (_rel(r.get("source_file"), inbox), norm(r.get("person")), norm(r.get("risk_point"))), r
        )

    for key, r in want.items():
        bump(key[0], "points_n")
        g = got.get(key)
        if g is None:
            continue
        bump(key[0], "points_hit")
        level = LEVEL.get(str(g.get("risk_level") or "").strip())
        if r["level"]:
            bump(key[0], "levels_n")
            bump(key[0], "levels_ok", level == r["level"])
        elif level:
            bump(key[0], "levels_invented")
        bump(key[0], "types_n")
        bump(key[0], "types_ok", _types(g.get("risk_type")) == {t[:4] for t in r["types"]})
    for key in got:
        bump(key[0], "got_n")
        bump(key[0], "got_hit", key in want)

    posts_by_file: dict[str, list[dict]] = defaultdict(list)
    for p in posts:
        posts_by_file[_rel(p.get("source_file"), inbox)].append(p)
    used: set[int] = set()
    for f in truth["forms"]:
        file = os.path.normpath(f["file"])
        bump(file, "forms_n")
        for p in posts_by_file.get(file, []):
            if id(p) not in used and _form_matches(f, p):
                used.add(id(p))
                bump(file, "forms_hit")
                break

    for i in issues:
        if i.get("severity") in ("error", "warning") and i.get("code") in NOISE:
            bump(_rel(i.get("source_file"), inbox), "noise")

    total = _rates(counts.pop("(total)", _blank()))
    return {"total": total, "layouts": {k: _rates(v) for k, v in counts.items()}}


def report(result: dict) -> str:
    """One line per layout, then the total."""

    def line(name: str, c: dict) -> str:
        return (f"{name:26} forms {c['forms_hit']:>3}/{c['forms_n']:<3} "
                f"points {c['points_hit']:>3}/{c['points_n']:<3} recall {c['recall']:.2f} "
                f"precision {c['precision']:.2f} ({c['got_hit']}/{c['got_n']})  "
                f"levels {c['levels_ok']:>3}/{c['levels_n']:<3} types {c['types_ok']:>3}/{c['types_n']:<3} "
                f"noise {c['noise']}" + (f"  invented levels {c['levels_invented']}" if c["levels_invented"] else ""))  # fmt: skip

    lines = [line(name, c) for name, c in sorted(result["layouts"].items())]
    t = result["total"]
    lines.append(line("TOTAL", t))
    lines.append(f"TOTAL forms={t['forms']:.3f} recall={t['recall']:.3f} precision={t['precision']:.3f} "
                 f"levels={t['levels']:.3f} types={t['types']:.3f} noise={t['noise']}")  # fmt: skip
    return "\n".join(lines)


def run_collect(inbox: Path, work: Path) -> Path:
    """``python -m xlproc collect INBOX -o A.xlsx --export-dir D``: a PYTHONPATH given first, then this checkout."""
    export = work / "export"
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [os.environ.get("PYTHONPATH"), str(ROOT)])),
    }
    cmd = [sys.executable, "-m", "xlproc", "collect", str(inbox), "-o", str(work / "archive.xlsx"),
           "--export-dir", str(export)]  # fmt: skip
    # run from the work dir: ``python -m`` puts the current directory first on sys.path, so a
    # checkout as current directory would shadow the PYTHONPATH given
    where = subprocess.run([sys.executable, "-c", "import xlproc; print(xlproc.__file__)"], env=env,
                           cwd=work, capture_output=True, text=True, timeout=60)  # fmt: skip
    sys.stderr.write(f"reader: {where.stdout.strip() or where.stderr.strip()}\n")
    proc = subprocess.run(cmd, env=env, cwd=work, capture_output=True, text=True, timeout=600)
    if proc.returncode != 0 or "Traceback" in proc.stderr:
        sys.stderr.write(proc.stdout + proc.stderr)
    return export


# layouts.py (the first batch), heldout.py, batch3.py … batch64.py
def _sets() -> tuple[str, ...]:
    """The sets are the modules beside this file: ``published`` (layouts.py), ``heldout`` and
    every ``batchN.py`` in number order, so a new batch needs no registering here."""
    names = (f.name for f in Path(__file__).resolve().parent.glob("batch*.py"))
    numbers = sorted(int(m.group(1)) for n in names if (m := re.fullmatch(r"batch(\d+)\.py", n)))
    return ("published", "heldout", *(f"batch{n}" for n in numbers))


SETS = _sets()


def main(argv: list[str]) -> int:
    global STRICT
    argv = list(argv)
    if "--strict" in argv:  # a named holder's form must also have the truth's 科室 and post
        argv.remove("--strict")
        STRICT = True
    which = "published"
    if "--set" in argv:
        i = argv.index("--set")
        which = argv[i + 1] if i + 1 < len(argv) else ""
        del argv[i : i + 2]
        if which not in SETS:
            sys.stderr.write(f"--set takes one of: {', '.join(SETS)}\n")
            return 2
    if len(argv) == 2:
        print(report(score(argv[0], argv[1])))
        return 0
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    module = "layouts" if which == "published" else which
    build = importlib.import_module(f"published.{module}").build

    with tempfile.TemporaryDirectory(prefix=f"{which}-") as tmp:
        inbox = build(Path(tmp) / "inbox")
        export = run_collect(inbox, Path(tmp))
        print(report(score(inbox, export)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))


def read_to_the_bars(build, tmp_path) -> dict:
    """Build a batch, read it as ``xlproc collect --export-dir`` does (the files read in this
    process — the reading workers are tested elsewhere — and no workbooks written: the scorer
    reads the CSVs) and score it; assert the bars the issue sets for unseen layouts and return
    the totals (for tests)."""
    from published.cells import built
    from xlproc.collect import assemble, discover, read_file
    from xlproc.config import load_config
    from xlproc.report import write_outputs

    inbox = built(build)
    export = Path(tmp_path) / "export"
    config = load_config()
    result = assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])
    write_outputs(result, archive=None, export_dir=str(export), public=None, jobs=1)
    t = score(inbox, export)["total"]
    assert t["forms"] >= 0.95 and t["recall"] >= 0.95 and t["precision"] >= 0.98, t
    assert t["levels"] >= 0.99 and t["types"] >= 0.99 and t["noise"] == 0, t
    return t
