"""Score an ``xlproc collect --export-dir`` run against the published-layout corpus.

    python tests/published/score.py                 # build the corpus in a temp dir, run collect, score
    python tests/published/score.py --set heldout   # the same for the held-out batch (heldout.py)
    python tests/published/score.py --set batch3    # the same for the third batch (batch3.py)
    python tests/published/score.py --set batch4    # the same for the fourth batch (batch4.py)
    python tests/published/score.py --set batch5    # the same for the fifth batch (batch5.py)
    python tests/published/score.py --set batch6    # the same for the sixth batch (batch6.py)
    python tests/published/score.py --set batch7    # the same for the seventh batch (batch7.py)
    python tests/published/score.py --set batch8    # the same for the eighth batch (batch8.py)
    python tests/published/score.py --set batch9    # the same for the ninth batch (batch9.py)
    python tests/published/score.py --set batch10   # the same for the tenth batch (batch10.py)
    python tests/published/score.py --set batch11   # the same for the eleventh batch (batch11.py)
    python tests/published/score.py --set batch12   # the same for the twelfth batch (batch12.py)
    python tests/published/score.py --set batch13   # the same for the thirteenth batch (batch13.py)
    python tests/published/score.py --set batch14   # the same for the fourteenth batch (batch14.py)
    python tests/published/score.py --set batch15   # the same for the fifteenth batch (batch15.py)
    python tests/published/score.py --set batch16   # the same for the sixteenth batch (batch16.py)
    python tests/published/score.py --set batch17   # the same for the seventeenth batch (batch17.py)
    python tests/published/score.py --set batch18   # the same for the eighteenth batch (batch18.py)
    python tests/published/score.py --set batch19   # the same for the nineteenth batch (batch19.py)
    python tests/published/score.py --set batch20   # the same for the twentieth batch (batch20.py)
    python tests/published/score.py --set batch21   # the same for the twenty-first batch (batch21.py)
    python tests/published/score.py --set batch22   # the same for the twenty-second batch (batch22.py)
    python tests/published/score.py --set batch23   # the same for the twenty-third batch (batch23.py)
    python tests/published/score.py --set batch24   # the same for the twenty-fourth batch (batch24.py)
    python tests/published/score.py --set batch25   # the same for the twenty-fifth batch (batch25.py)
    python tests/published/score.py --set batch26   # the same for the twenty-sixth batch (batch26.py)
    python tests/published/score.py --set batch27   # the same for the twenty-seventh batch (batch27.py)
    python tests/published/score.py --set batch28   # the same for the twenty-eighth batch (batch28.py)
    python tests/published/score.py --set batch29   # the same for the twenty-ninth batch (batch29.py)
    python tests/published/score.py --set batch30   # the same for the thirtieth batch (batch30.py)
    python tests/published/score.py --set batch31   # the same for the thirty-first batch (batch31.py)
    python tests/published/score.py --set batch32   # the same for the thirty-second batch (batch32.py)
    python tests/published/score.py --set batch33   # the same for the thirty-third batch (batch33.py)
    python tests/published/score.py --set batch34   # the same for the thirty-fourth batch (batch34.py)
    python tests/published/score.py --set batch35   # the same for the thirty-fifth batch (batch35.py)
    python tests/published/score.py --set batch36   # the same for the thirty-sixth batch (batch36.py)
    python tests/published/score.py --set batch37   # the same for the thirty-seventh batch (batch37.py)
    python tests/published/score.py --set batch38   # the same for the thirty-eighth batch (batch38.py)
    python tests/published/score.py --set batch39   # the same for the thirty-ninth batch (batch39.py)
    python tests/published/score.py --set batch40   # the same for the fortieth batch (batch40.py)
    python tests/published/score.py --set batch41   # the same for the forty-first batch (batch41.py)
    python tests/published/score.py --set batch42   # the same for the forty-second batch (batch42.py)
    python tests/published/score.py --set batch43   # the same for the forty-third batch (batch43.py)
    python tests/published/score.py --set batch44   # the same for the forty-fourth batch (batch44.py)
    python tests/published/score.py --set batch45   # the same for the forty-fifth batch (batch45.py)
    python tests/published/score.py --set batch46   # the same for the forty-sixth batch (batch46.py)
    python tests/published/score.py --set batch47   # the same for the forty-seventh batch (batch47.py)
    python tests/published/score.py --set batch48   # the same for the forty-eighth batch (batch48.py)
    python tests/published/score.py --set batch49   # the same for the forty-ninth batch (batch49.py)
    python tests/published/score.py --set batch50   # the same for the fiftieth batch (batch50.py)
    python tests/published/score.py --set batch51   # the same for the fifty-first batch (batch51.py)
    python tests/published/score.py --set batch52   # the same for the fifty-second batch (batch52.py)
    python tests/published/score.py --set batch53   # the same for the fifty-third batch (batch53.py)
    python tests/published/score.py --set batch54   # the same for the fifty-fourth batch (batch54.py)
    python tests/published/score.py --set batch55   # the same for the fifty-fifth batch (batch55.py)
    python tests/published/score.py --set batch56   # the same for the fifty-sixth batch (batch56.py)
    python tests/published/score.py --set batch57   # the same for the fifty-seventh batch (batch57.py)
    python tests/published/score.py --set batch58   # the same for the fifty-eighth batch (batch58.py)
    python tests/published/score.py --set batch59   # the same for the fifty-ninth batch (batch59.py)
    python tests/published/score.py --set batch60   # the same for the sixtieth batch (batch60.py)
    python tests/published/score.py --set batch61   # the same for the sixty-first batch (batch61.py)
    python tests/published/score.py --set batch62   # the same for the sixty-second batch (batch62.py)
    python tests/published/score.py --set batch64   # the same for the sixty-fourth batch (batch64.py)
    python tests/published/score.py --set batch63   # the same for the sixty-third batch (batch63.py)
    python tests/published/score.py INBOX EXPORT    # score an existing run (INBOX holds truth.json)

The reader run is ``python -m xlproc`` from this checkout, unless PYTHONPATH names another one
(``PYTHONPATH=/work/main python tests/published/score.py --set heldout`` measures main's reader).

Metrics (per layout and in total):

- forms: truth forms found in posts.csv. Lenient: a form matches a posts row of the same
  file when the person matches and, for a form without a person (对岗不对人), department
  and title match too (NFKC, whitespace removed; an empty truth department also accepts
  the unit's name). Each posts row matches at most one form.
- points: recall and precision keyed by (file, person, risk_point), NFKC + whitespace removed.
- levels: matched points with a truth level whose risk_level is that level (Ⅰ级/Ⅱ级/Ⅲ级).
- types: matched points whose risk_type names exactly the truth types (first 4 characters
  of each, as ../shared/tools/score_corpus.py compares them).
- noise: error/warning issues with code ROW_UNPLACED, POINT_BLANK, TYPE_BLANK or FORM_NO_PERSON.
"""

from __future__ import annotations

import csv
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


def norm_dept(s) -> str:
    return re.sub(r"[()\[\]【】::]", "", norm(s))


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
        dept, title = norm_dept(form["department"]), norm(form["title"])
        if dept and form.get("tier") != "leader" and dept != norm_dept(post.get("department")):
            return False
        return not title or title == norm(post.get("title"))
    want, got = norm_dept(form["department"]), norm_dept(post.get("department"))
    dept_ok = want == got or (not want and got == norm_dept(form["unit"]))
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
SETS = (
    "published",
    "heldout",
    "batch3",
    "batch4",
    "batch5",
    "batch6",
    "batch7",
    "batch8",
    "batch9",
    "batch10",
    "batch11",
    "batch12",
    "batch13",
    "batch14",
    "batch15",
    "batch16",
    "batch17",
    "batch18",
    "batch19",
    "batch20",
    "batch21",
    "batch22",
    "batch23",
    "batch24",
    "batch25",
    "batch26",
    "batch27",
    "batch28",
    "batch29",
    "batch30",
    "batch31",
    "batch32",
    "batch33",
    "batch34",
    "batch35",
    "batch36",
    "batch37",
    "batch38",
    "batch39",
    "batch40",
    "batch41",
    "batch42",
    "batch43",
    "batch44",
    "batch45",
    "batch46",
    "batch47",
    "batch48",
    "batch49",
    "batch50",
    "batch51",
    "batch52",
    "batch53",
    "batch54",
    "batch55",
    "batch56",
    "batch57",
    "batch58",
    "batch59",
    "batch60",
    "batch61",
    "batch62",
    "batch64",
    "batch63",
)


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
    if which == "heldout":
        from published.heldout import build
    elif which == "batch3":
        from published.batch3 import build
    elif which == "batch4":
        from published.batch4 import build
    elif which == "batch5":
        from published.batch5 import build
    elif which == "batch6":
        from published.batch6 import build
    elif which == "batch7":
        from published.batch7 import build
    elif which == "batch8":
        from published.batch8 import build
    elif which == "batch9":
        from published.batch9 import build
    elif which == "batch10":
        from published.batch10 import build
    elif which == "batch11":
        from published.batch11 import build
    elif which == "batch12":
        from published.batch12 import build
    elif which == "batch13":
        from published.batch13 import build
    elif which == "batch14":
        from published.batch14 import build
    elif which == "batch15":
        from published.batch15 import build
    elif which == "batch16":
        from published.batch16 import build
    elif which == "batch17":
        from published.batch17 import build
    elif which == "batch18":
        from published.batch18 import build
    elif which == "batch19":
        from published.batch19 import build
    elif which == "batch20":
        from published.batch20 import build
    elif which == "batch21":
        from published.batch21 import build
    elif which == "batch22":
        from published.batch22 import build
    elif which == "batch23":
        from published.batch23 import build
    elif which == "batch24":
        from published.batch24 import build
    elif which == "batch25":
        from published.batch25 import build
    elif which == "batch26":
        from published.batch26 import build
    elif which == "batch27":
        from published.batch27 import build
    elif which == "batch28":
        from published.batch28 import build
    elif which == "batch29":
        from published.batch29 import build
    elif which == "batch30":
        from published.batch30 import build
    elif which == "batch31":
        from published.batch31 import build
    elif which == "batch32":
        from published.batch32 import build
    elif which == "batch33":
        from published.batch33 import build
    elif which == "batch34":
        from published.batch34 import build
    elif which == "batch35":
        from published.batch35 import build
    elif which == "batch36":
        from published.batch36 import build
    elif which == "batch37":
        from published.batch37 import build
    elif which == "batch38":
        from published.batch38 import build
    elif which == "batch39":
        from published.batch39 import build
    elif which == "batch40":
        from published.batch40 import build
    elif which == "batch41":
        from published.batch41 import build
    elif which == "batch42":
        from published.batch42 import build
    elif which == "batch43":
        from published.batch43 import build
    elif which == "batch44":
        from published.batch44 import build
    elif which == "batch45":
        from published.batch45 import build
    elif which == "batch46":
        from published.batch46 import build
    elif which == "batch47":
        from published.batch47 import build
    elif which == "batch48":
        from published.batch48 import build
    elif which == "batch49":
        from published.batch49 import build
    elif which == "batch50":
        from published.batch50 import build
    elif which == "batch51":
        from published.batch51 import build
    elif which == "batch52":
        from published.batch52 import build
    elif which == "batch53":
        from published.batch53 import build
    elif which == "batch54":
        from published.batch54 import build
    elif which == "batch55":
        from published.batch55 import build
    elif which == "batch56":
        from published.batch56 import build
    elif which == "batch57":
        from published.batch57 import build
    elif which == "batch58":
        from published.batch58 import build
    elif which == "batch59":
        from published.batch59 import build
    elif which == "batch60":
        from published.batch60 import build
    elif which == "batch61":
        from published.batch61 import build
    elif which == "batch62":
        from published.batch62 import build
    elif which == "batch64":
        from published.batch64 import build
    elif which == "batch63":
        from published.batch63 import build
    else:
        from published.layouts import build

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
