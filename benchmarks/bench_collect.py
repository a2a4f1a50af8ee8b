"""District-scale benchmark: xlproc collect/check against the floors and a naive pandas merge.

    python benchmarks/bench_collect.py                 # default: 200 units (~1,000 files)
    python benchmarks/bench_collect.py --units 50      # quicker
    python benchmarks/bench_collect.py --inbox DIR     # time an existing inbox instead
    python benchmarks/bench_collect.py --bars-only     # only check / read floor on three inboxes

Builds (once, cached in --workdir) a synthetic inbox of the project's own templates filled with
varied content, then times in one run on the same files:

  read floor     python-calamine reading every sheet of every file, nothing else
  write floor    xlsxwriter (constant memory) writing one row per risk point, detail columns only
  naive merge    pandas.read_excel(sheet_name=None, engine="openpyxl") per file, concat, to_excel
  naive read     the read part of the naive merge alone
  xlproc check   the CLI: read, locate, normalise, validate, grade; no workbook written
  xlproc collect the CLI end to end: archive, public version, CSV exports
  collect --feedback-dir  the same, plus a marked-up copy of every file with problems

and prints the ratios the targets are stated in, peak RSS, and collect at 1×, 2× and 4× the
files (the larger inboxes repeat the 1× files under other unit folders). Last, check against
the read floor on three inboxes: the benchmark's, hand-made forms (the sample corpus copied
to 1,000 files) and one sheet holding a district's 50,000-row list.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEPTS = [
    "办公室",
    "综合科",
    "财务科",
    "人事科",
    "审批科",
    "执法大队",
    "督查科",
    "信息科",
    "法规科",
    "采购中心",
]
DUTIES = ["负责公文运转和会议组织", "负责财务管理和预算", "负责行政许可审批事项", "负责行政执法检查和行政处罚",
          "负责干部人事和档案管理", "负责办公用品及设备采购", "负责信访接待和处理", "负责督查督办工作",
          "负责网站维护和信息公开", "负责资产管理和处置", "负责综合文字材料起草", "负责公务接待"]  # fmt: skip
POINTS = ["审批中故意刁难、吃拿卡要", "采购中不按规定程序,与供应商私下接触", "公文运转中泄露尚未公开的信息",
          "现场核查走过场,接受宴请", "违规调整预算,挪用专项资金", "选择性执法,随意减免处罚", "人事档案管理不严,违规查阅",
          "国有资产处置价格偏低,造成流失", "超标准接待或借接待之机公款吃喝", "权力观、政绩观、利益观发生偏差",
          "生活圈、社交圈不健康,被利益群体围猎", "督查中弄虚作假,瞒报问题", "化整为零规避公开招标", "信息报送弄虚作假"]  # fmt: skip
MEASURES = ["实行双人核查,核查结果集体审议", "严格执行保密规定,涉密文件专人专柜管理", "大额采购集体研究,全程留痕",
            "审批事项全部进驻政务大厅,限时办结", "开展警示教育,签订廉政承诺书", "执法全过程记录,处罚决定法制审核"]  # fmt: skip
LEVELS = ["Ⅰ级", "Ⅱ级", "Ⅲ级", "2", "三级", "高", "中", "低", "II级"]
TYPES = ["思想道德风险", "制度机制风险", "岗位职责风险", "制度机制", "思想道德类", "岗位职责"]
SURNAMES = "王李张刘陈杨黄赵周吴徐孙马朱胡郭何林罗高梁宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰红梅建国志文斌辉鹏飞宇浩然晨"


def _unit_files(args: tuple[int, str]) -> int:
    """Write one unit's department workbooks, filled as staff would. Returns forms written."""
    k, out = args
    from xlproc.fill import Entry, fill_workbook
    from xlproc.roster import Person
    from xlproc.templates import build_outbox

    rng = random.Random(k)
    unit = f"XX区第{k:04d}局"
    depts = ["领导班子", *rng.sample(DEPTS, 4)]
    people, row = [], 2
    for d in depts:
        n = rng.randint(2, 3) if d == "领导班子" else rng.randint(3, 4)
        for i in range(n):
            tier = "leader" if d == "领导班子" else ("middle" if i == 0 else "general")
            name = rng.choice(SURNAMES) + "".join(rng.sample(GIVEN, rng.randint(1, 2)))
            people.append(Person(unit, d, f"{name}{row:02d}", "科员", tier, "", row))
            row += 1
    with tempfile.TemporaryDirectory() as tmp:
        for src in build_outbox(people, tmp):
            entries = {}
            for p in people:
                if p.department != src.stem:
                    continue
                rows = [{"duty": rng.choice(DUTIES), "workflow": "受理、审核、办结", "risk_point": rng.choice(POINTS),
                         "risk_type": rng.choice(TYPES), "risk_level": rng.choice(LEVELS),
                         "measures": rng.choice(MEASURES)} for _ in range(rng.randint(2, 5))]  # fmt: skip
                major = rows[:1] if p.tier == "leader" else []
                entries[p.person] = Entry(rows=rows, major_rows=major, declared=rng.choice("ABC"))
            fill_workbook(src, Path(out) / src.relative_to(tmp), entries)
    return len(people)


def build_inbox(path: Path, units: int, jobs: int) -> None:
    path.mkdir(parents=True, exist_ok=True)
    with ProcessPoolExecutor(jobs) as ex:
        forms = sum(ex.map(_unit_files, [(k, str(path)) for k in range(units)], chunksize=4))
    print(f"built {units} units, {forms} forms in {path}")


def replicate(base: Path, target: Path, times: int) -> None:
    """An inbox `times` as large: the base files again under other top folders (hard links)."""
    if target.exists():
        return
    for t in range(times):
        for f in sorted(base.rglob("*")):
            if not f.is_file():
                continue
            rel = f.relative_to(base)
            top = f"{rel.parts[0]}-{t}" if len(rel.parts) > 1 else f"copy-{t}"
            dst = target / top / Path(*rel.parts[1:] or rel.parts)
            dst.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.link(f, dst)
            except OSError:
                shutil.copy(f, dst)


def timed(fn) -> tuple[float, object]:
    t = time.perf_counter()
    out = fn()
    return time.perf_counter() - t, out


def xlproc_command() -> list[str]:
    """The installed ``xlproc`` script of this Python (what a user runs), its modules compiled
    as an installed package has them: a shim in front of it (pyenv's costs 50 ms) or recompiling
    the sources on every start (PYTHONDONTWRITEBYTECODE with an editable install) is not
    xlproc's time."""
    import compileall

    compileall.compile_dir(str(ROOT / "xlproc"), quiet=1)
    exe = Path(sys.executable).parent / ("xlproc.exe" if os.name == "nt" else "xlproc")
    if exe.exists():
        return [str(exe)]
    return [sys.executable, "-m", "xlproc"]


def run_cli(args: list[str], ok: tuple[int, ...] = (0,)) -> tuple[float, int]:
    """Wall time and peak RSS (KB) of an xlproc command and the workers it waited for
    (``ok``: the exit statuses that mean it ran; check exits 1 when it found errors)."""
    cmd = xlproc_command()
    t = time.perf_counter()
    with tempfile.TemporaryFile() as log:  # a file, not a pipe: a long log cannot block it
        proc = subprocess.Popen(cmd + args, stdout=subprocess.DEVNULL, stderr=log)
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - t
        log.seek(0)
        err = log.read().decode(errors="replace")
    code = os.waitstatus_to_exitcode(status)
    # exit 1 is also what a crash gives: a traceback means it did not run
    if code not in ok or "Traceback (most recent call last)" in err:
        sys.exit(f"xlproc {' '.join(args)} failed (exit {code}):\n{err}")
    return elapsed, usage.ru_maxrss


def read_floor(files: list[Path]) -> int:
    """Every sheet of every file through calamine, nothing else (a file it cannot open costs
    the attempt, as it does xlproc)."""
    from python_calamine import CalamineWorkbook

    cells = 0
    for f in files:
        try:
            wb = CalamineWorkbook.from_path(str(f))
            for name in wb.sheet_names:
                cells += sum(
                    len(r) for r in wb.get_sheet_by_name(name).to_python(skip_empty_area=False)
                )
        except Exception:
            continue
    return cells


def build_handmade(dest: Path, target: int = 1000) -> Path:
    """An inbox of hand-made forms: the sample corpus (``../shared/corpus/inbox``; without it
    the package's ``samples/inbox``) copied under numbered folders until it holds ``target``
    files."""
    if dest.exists():
        return dest
    src = ROOT.parent / "shared" / "corpus" / "inbox"
    if not src.is_dir():
        src = ROOT / "samples" / "inbox"
    files = [f for f in sorted(src.rglob("*")) if f.is_file()]
    k = 0
    while k * len(files) < target:
        k += 1
        for f in files:
            dst = dest / f"u{k:02d}" / f.relative_to(src)
            dst.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(f, dst)
    return dest


def build_district_sheet(dest: Path, rows: int = 50_000) -> Path:
    """One sheet holding a whole district's list: unit, 科室, post and holder on every row."""
    import xlsxwriter

    path = dest / "district.xlsx"
    if path.exists():
        return dest
    dest.mkdir(parents=True, exist_ok=True)
    rng = random.Random(1)
    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    ws = wb.add_worksheet("一览表")
    ws.write_row(0, 0, ["XX区岗位廉政风险防控一览表"])
    ws.write_row(1, 0, ["序号", "单位", "科室", "岗位", "姓名", "岗位职责", "风险点", "风险类型",
                        "风险级别", "防控措施"])  # fmt: skip
    r = 2
    while r - 2 < rows:
        unit, dept = f"XX区第{(r // 250) + 1:04d}局", DEPTS[(r // 50) % 5]
        name = rng.choice(SURNAMES) + "".join(rng.sample(GIVEN, rng.randint(1, 2)))
        title = rng.choice(["科员", "科长", "副科长", "办事员"])
        for _ in range(min(10, rows - (r - 2))):
            ws.write_row(r, 0, [str(r - 1), unit, dept, title, name, rng.choice(DUTIES),
                                rng.choice(POINTS), rng.choice(TYPES), rng.choice(LEVELS),
                                rng.choice(MEASURES)])  # fmt: skip
            r += 1
    wb.close()
    return dest


def check_bar(inbox: Path) -> tuple[int, float, float]:
    """(files, read floor, xlproc check) on one inbox, each the best of two runs."""
    files = [f for f in sorted(inbox.rglob("*")) if f.is_file()]
    floor = min(timed(lambda: read_floor(files))[0] for _ in range(2))
    check = min(run_cli(["check", str(inbox)], ok=(0, 1))[0] for _ in range(2))
    return len(files), floor, check


def write_floor(n_rows: int, out: Path) -> None:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(out), {"constant_memory": True, "strings_to_formulas": False,
                                        "strings_to_urls": False})  # fmt: skip
    ws = wb.add_worksheet("风险点明细")
    row = ["XX区第0001局", "办公室", "王伟", "科员", "一般岗位", "岗位职责", DUTIES[0], "受理、审核", POINTS[0],
           "制度机制风险", "Ⅱ级", MEASURES[0], "F00001", "制度机制", "2", "XX区第0001局/办公室.xlsx", "王伟"]  # fmt: skip
    for r in range(n_rows):
        for c, v in enumerate(row):
            ws.write_string(r, c, v)
        ws.write_number(r, len(row), r)
    wb.close()


def naive(files: list[Path], out: Path | None):
    import pandas as pd

    frames = []
    for f in files:
        # openpyxl as the issue states; it cannot open .xls/.ods, which get pandas' calamine engine
        engine = "openpyxl" if f.suffix.lower() in (".xlsx", ".xlsm") else "calamine"
        for name, df in pd.read_excel(f, sheet_name=None, engine=engine).items():
            frames.append(df.assign(_file=str(f), _sheet=name))
    merged = pd.concat(frames, ignore_index=True)
    if out is not None:
        merged.to_excel(out, index=False)
    return len(merged)


def print_bars(bars: list[tuple[str, Path]]) -> None:
    """check / read floor on each inbox (target ≤ 3: the classifier is not paid for in speed)."""
    for label, inbox in bars:
        n, floor, check = check_bar(inbox)
        v = check / floor
        print(f"check / read floor, {label} ({n:,} files): {check:5.2f} s / {floor:5.2f} s = "
              f"{v:4.2f}   target ≤ 3  {'ok' if v <= 3 else 'NOT MET'}")  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--units", type=int, default=200)
    ap.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "xlproc-bench")
    ap.add_argument("--inbox", type=Path, help="time this inbox instead of building one")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument(
        "--scale",
        default="2,4",
        help="collect also at these multiples of the files (e.g. 2,4,10 for a city)",
    )
    ap.add_argument("--no-scale", action="store_true", help="skip the larger runs")
    ap.add_argument("--naive-files", type=int, default=0,
                    help="time the naive merge on this many files and scale (it takes ~25 min on all)")  # fmt: skip
    ap.add_argument("--bars-only", action="store_true",
                    help="only check / read floor on the three inboxes of issue #11")  # fmt: skip
    ap.add_argument("--sheet-rows", type=int, default=50_000, help="rows of the district sheet")
    ap.add_argument("--handmade-files", type=int, default=1000,
                    help="files of the inbox of hand-made forms")  # fmt: skip
    a = ap.parse_args()

    work = a.workdir
    inbox = a.inbox or work / f"inbox-{a.units}"
    if a.inbox is None and not inbox.exists():
        build_inbox(inbox, a.units, a.jobs)
    bars = [
        ("the benchmark's inbox", inbox),
        ("hand-made forms", build_handmade(work / f"handmade-{a.handmade_files}", a.handmade_files)),
        (f"one sheet of {a.sheet_rows:,} rows", build_district_sheet(work / f"sheet-{a.sheet_rows}", a.sheet_rows)),
    ]  # fmt: skip
    if a.bars_only:
        print_bars(bars)
        return
    files = sorted(inbox.rglob("*.xls*"))
    out = work / "out"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)

    # the CLI runs come first: a child forked from this process after the naive merge would
    # start with its memory and report its peak RSS
    t_check, rss_check = run_cli(["check", str(inbox)])
    collect_args = ["collect", str(inbox), "-o", str(out / "a.xlsx"), "--public", str(out / "p.xlsx"),
                    "--export-dir", str(out / "exp")]  # fmt: skip
    t_collect, rss_collect = run_cli(collect_args)
    t_feedback, rss_feedback = run_cli([*collect_args, "--feedback-dir", str(out / "fb")])
    n_copies = sum(1 for p in (out / "fb").rglob("*.xlsx") if p.name != "退回清单.xlsx")
    scale = []
    if not a.no_scale:
        for times in sorted({int(x) for x in a.scale.split(",") if x.strip()}):
            big = work / (f"inbox-{a.units}x{times}" if a.inbox is None else f"given-x{times}")
            replicate(inbox, big, times)
            scale.append(
                (times, *run_cli(["collect", str(big), "-o", str(out / f"a{times}.xlsx")]))
            )
    t_read, _ = timed(lambda: read_floor(files))
    n_risks = sum(1 for _ in open(out / "exp" / "risks.csv", encoding="utf-8-sig")) - 1
    n_forms = sum(1 for _ in open(out / "exp" / "posts.csv", encoding="utf-8-sig")) - 1
    t_write, _ = timed(lambda: write_floor(n_risks, out / "floor.xlsx"))
    sample = (
        files
        if not a.naive_files
        else random.Random(1).sample(files, min(a.naive_files, len(files)))
    )
    factor = len(files) / len(sample)
    t_naive_read, _ = timed(lambda: naive(sample, None))
    t_naive, _ = timed(lambda: naive(sample, out / "naive.xlsx"))
    t_naive_read, t_naive = t_naive_read * factor, t_naive * factor

    floor = t_read + t_write
    print(
        f"\nmachine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    print(f"inbox: {len(files)} files, {n_forms} forms, {n_risks} risk points\n")
    print(f"{'read floor (calamine, 1 process)':36s} {t_read:8.2f} s")
    print(f"{'write floor (xlsxwriter, const mem)':36s} {t_write:8.2f} s")
    est = f"   (measured on {len(sample)} files, scaled ×{factor:.1f})" if factor > 1 else ""
    print(f"{'naive merge read (read_excel)':36s} {t_naive_read:8.2f} s{est}")
    print(f"{'naive merge (read, concat, write)':36s} {t_naive:8.2f} s{est}")
    print(f"{'xlproc check':36s} {t_check:8.2f} s   peak RSS {rss_check / 1024:6.0f} MB")
    print(f"{'xlproc collect':36s} {t_collect:8.2f} s   peak RSS {rss_collect / 1024:6.0f} MB")
    print(f"{'xlproc collect --feedback-dir':36s} {t_feedback:8.2f} s   peak RSS {rss_feedback / 1024:6.0f} MB"
          f"   ({n_copies} copies)\n")  # fmt: skip
    rows = [
        ("collect / (read + write floor)", t_collect / floor, "≤", 1.5),
        ("naive merge / collect", t_naive / t_collect, "≥", 3),
        ("check / read floor", t_check / t_read, "≤", 3),
        ("naive read / check", t_naive_read / t_check, "≥", 8),
        ("collect --feedback-dir / collect", t_feedback / t_collect, "≤", 4),
    ]
    for name, v, op, x in rows:
        ok = v <= x if op == "≤" else v >= x
        print(f"{name:36s} {v:8.2f}   target {op} {x:<4}  {'ok' if ok else 'NOT MET'}")
    print()
    print_bars(bars)
    if scale:
        print()
        for times, t, rss in scale:
            grow = (rss - rss_collect) / 1024 / (n_risks * (times - 1))
            ok = t / t_collect <= 1.1 * times and rss < 1024 * 1024
            print(f"collect at {times}× files: {t:8.2f} s  ({t / t_collect:4.2f}× the 1× time)  "
                  f"peak RSS {rss / 1024:6.0f} MB  (+{grow * 1024:.2f} KB per added risk point)  "
                  f"{'ok' if ok else 'NOT MET'}")  # fmt: skip


if __name__ == "__main__":
    main()
