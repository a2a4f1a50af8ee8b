"""The round's record: schema and migrations, files by hash, supersede and 销号, builds equal
to `xlproc collect`, zip rules, concurrent uploads."""

from __future__ import annotations

import hashlib
import io
import sqlite3
import subprocess
import sys
import threading
import zipfile
from pathlib import Path

import pytest

from xlproc.store import SCHEMA_DIR, Store, clean_rel, expand_zip

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
INBOX = SAMPLES / "inbox"


def inbox_items(folder: Path = INBOX) -> list[tuple[str, bytes]]:
    return [(p.relative_to(folder).as_posix(), p.read_bytes())
            for p in sorted(folder.rglob("*")) if p.is_file()]  # fmt: skip


def corrected_secretariat() -> bytes:
    """秘书科.xlsx with 林芳's unknown level (E6 很高) fixed."""
    import openpyxl

    wb = openpyxl.load_workbook(INBOX / "秘书科.xlsx")
    wb["林芳"]["E6"] = "Ⅲ级"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


@pytest.fixture
def store(tmp_path) -> Store:
    return Store(tmp_path / "data", jobs=1)


@pytest.fixture
def sample_round(store) -> int:
    rid = store.create_round("2026年度", "XX区人民政府办公室")
    _people, problems = store.set_roster(rid, (SAMPLES / "roster.csv").read_bytes(), "roster.csv")
    assert problems == []
    store.ingest(rid, inbox_items())
    return rid


def test_schema_is_migrated_once_with_wal_and_foreign_keys(tmp_path):
    s = Store(tmp_path / "d")
    n = len(list(SCHEMA_DIR.glob("[0-9]*.sql")))
    assert s.schema_version() == n >= 1
    assert s.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert s.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    rid = s.create_round("一轮")
    assert Store(tmp_path / "d").round(rid)["title"] == "一轮"  # reopening migrates nothing
    with pytest.raises(sqlite3.IntegrityError):
        s.db.execute("INSERT INTO roster (round_id, row, unit, department, person, title, tier)"
                     " VALUES (999, 2, 'u', 'd', 'p', 't', 'general')")  # fmt: skip


def test_a_newer_data_folder_is_refused(tmp_path):
    from xlproc.errors import UsageError

    Store(tmp_path / "d")
    con = sqlite3.connect(tmp_path / "d" / "xlproc.sqlite3")
    con.execute("PRAGMA user_version = 99")
    con.close()
    with pytest.raises(UsageError, match="更新版本"):
        Store(tmp_path / "d")


def test_counts_equal_collect_on_the_same_files(store, sample_round):
    from xlproc.collect import collect_inbox

    c = collect_inbox([INBOX], roster_path=str(SAMPLES / "roster.csv")).counts()
    got = store.status(sample_round).counts
    assert got == {k: c[k] for k in ("files", "forms", "risks", "errors", "warnings")}
    states = {p.person: p.status for p in store.status(sample_round).people}
    assert states["林芳"] == "error" and states["萧红"] == "missing" and states["周建国"] == "ok"


def test_files_are_kept_byte_for_byte_by_hash(store, sample_round):
    for v in store.versions(sample_round):
        data = (INBOX / v["rel"]).read_bytes()
        assert v["hash"] == hashlib.sha256(data).hexdigest()
        assert store.blob_path(v["hash"]).read_bytes() == data
        assert store.blob_path(v["hash"]).name == v["hash"]


def test_the_same_file_twice_is_recognised(store, sample_round):
    before = len(store.versions(sample_round))
    report = store.ingest(
        sample_round, [("再次/秘书科.xlsx", (INBOX / "秘书科.xlsx").read_bytes())]
    )
    assert report.received == [] and report.duplicates == [
        {"rel": "再次/秘书科.xlsx", "same_as": "秘书科.xlsx"}
    ]
    assert len(store.versions(sample_round)) == before


def test_a_new_version_supersedes_and_closes_what_it_fixed(store, sample_round):
    report = store.ingest(sample_round, [("秘书科.xlsx", corrected_secretariat())])
    assert report.closed == 1
    assert [s["rel"] for s in report.superseded] == ["秘书科.xlsx"]
    old = next(v for v in store.versions(sample_round) if v["superseded_by"])
    (issue,) = store.version_issues(old["id"])
    assert issue["state"] == "closed" and issue["code"] == "LEVEL_UNKNOWN"
    st = store.status(sample_round)
    lin = next(p for p in st.people if p.person == "林芳")
    assert lin.status == "ok" and lin.closed == 1 and lin.superseded == 1
    assert st.counts["files"] == 10 and st.counts["errors"] == 2
    kinds = [e["kind"] for e in store.events(sample_round)]
    assert {"received", "checked", "superseded", "closed"} <= set(kinds)


def test_a_problem_still_there_is_carried_not_closed(store, sample_round):
    import openpyxl

    wb = openpyxl.load_workbook(INBOX / "秘书科.xlsx")
    wb["林芳"]["F6"] = "另写了防控措施"  # a change that fixes nothing
    buf = io.BytesIO()
    wb.save(buf)
    report = store.ingest(sample_round, [("秘书科-第二版.xlsx", buf.getvalue())])
    assert report.closed == 0 and report.superseded  # all four forms came again: file superseded
    old = next(v for v in store.versions(sample_round) if v["rel"] == "秘书科.xlsx")
    assert [i["state"] for i in store.version_issues(old["id"])] == ["carried"]
    lin = next(p for p in store.status(sample_round).people if p.person == "林芳")
    assert lin.status == "error" and lin.rel == "秘书科-第二版.xlsx"


def test_one_persons_own_file_supersedes_only_her_form(store, sample_round):
    import openpyxl

    wb = openpyxl.load_workbook(INBOX / "秘书科.xlsx")
    for name in wb.sheetnames:
        if name != "林芳":
            del wb[name]
    wb["林芳"]["E6"] = "Ⅰ级"
    buf = io.BytesIO()
    wb.save(buf)
    report = store.ingest(sample_round, [("林芳.xlsx", buf.getvalue())])
    assert report.superseded == [] and report.closed == 1  # 秘书科.xlsx still holds three forms
    st = store.status(sample_round)
    assert st.counts["forms"] == 27 and st.counts["files"] == 11
    lin = next(p for p in st.people if p.person == "林芳")
    assert lin.rel == "林芳.xlsx" and lin.status == "ok"


def test_withdraw_takes_a_version_out(store, sample_round):
    vid = next(v["id"] for v in store.versions(sample_round) if v["rel"] == "督查科.xlsx")
    store.withdraw(sample_round, vid)
    st = store.status(sample_round)
    assert st.counts["files"] == 9
    assert {p.status for p in st.people if p.department == "督查科"} == {"missing"}


def test_build_equals_xlproc_collect_byte_for_byte(store, sample_round, tmp_path):
    store.ingest(sample_round, [("秘书科.xlsx", corrected_secretariat())])
    n = store.build(sample_round)
    rec = store.build_record(sample_round, n)
    assert len(rec["inputs"]["files"]) == 10
    assert {f[0] for f in rec["inputs"]["files"]} >= {"秘书科.xlsx", "请查收.txt"}
    inbox, roster = store.lay_out(sample_round, tmp_path / "again")
    out = tmp_path / "cli"
    subprocess.run(
        [sys.executable, "-m", "xlproc", "collect", str(inbox), "--roster", str(roster),
         "-o", str(out / "a.xlsx"), "--public", str(out / "p.xlsx"), "--export-dir", str(out / "x")],
        check=True, capture_output=True, cwd=ROOT,
    )  # fmt: skip
    built = store.build_dir(sample_round, n)
    assert (out / "a.xlsx").read_bytes() == (built / "archive.xlsx").read_bytes()
    assert (out / "p.xlsx").read_bytes() == (built / "public.xlsx").read_bytes()
    with zipfile.ZipFile(built / "exports.zip") as zf:
        for name in ("risks.csv", "posts.csv", "issues.csv", "submissions.csv"):
            assert zf.read(name) == (out / "x" / name).read_bytes()
    assert (
        rec["outputs"]["archive.xlsx"] == hashlib.sha256((out / "a.xlsx").read_bytes()).hexdigest()
    )


def test_feedback_zip_and_returned_state(store, sample_round, tmp_path):
    groups = {g["department"]: g for g in store.return_groups(sample_round)}
    assert {"秘书科", "信息科", "督查科"} <= set(groups)
    target = tmp_path / "r.zip"
    store.feedback_zip(sample_round, "秘书科", target)
    with zipfile.ZipFile(target) as zf:
        assert sorted(zf.namelist()) == ["秘书科.xlsx", "退回清单.xlsx"]
    store.mark_returned(sample_round, "秘书科")
    states = {p.person: p.status for p in store.status(sample_round).people}
    assert states["林芳"] == "returned" and states["陈志强"] == "returned"
    assert next(g for g in store.return_groups(sample_round) if g["department"] == "秘书科")["sent"]
    store.ingest(sample_round, [("秘书科.xlsx", corrected_secretariat())])
    states = {p.person: p.status for p in store.status(sample_round).people}
    assert states["林芳"] == "ok"


@pytest.mark.parametrize(
    "name, expect",
    [
        ("秘书科.xlsx", "秘书科.xlsx"),
        ("收件/财务局/财务科.xlsx", "收件/财务局/财务科.xlsx"),
        ("收件\\财务科.xlsx", "收件/财务科.xlsx"),
        ("./a/./b.xlsx", "a/b.xlsx"),
        ("../秘书科.xlsx", None),
        ("a/../../秘书科.xlsx", None),
        ("/etc/passwd", None),
        ("\\\\server\\share\\a.xlsx", None),
        ("C:\\Users\\a.xlsx", None),
        ("c:a.xlsx", None),
        ("a/C:/b.xlsx", None),
        ("a\x00b.xlsx", None),
        ("", None),
    ],
)
def test_names_from_uploads_are_never_paths(name, expect):
    assert clean_rel(name) == expect


def _zip(entries: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for k, v in entries.items():
            zf.writestr(k, v)
    return buf.getvalue()


def test_zip_uploads_keep_paths_and_refuse_bad_names(config):
    data = _zip({"收件/秘书科.xlsx": b"x", "../evil.xlsx": b"y", "/abs.xlsx": b"z"})
    items, problems = expand_zip(data, "回收.zip", config, 1 << 20, 5000)
    assert [r for r, _ in items] == ["收件/秘书科.xlsx"]
    assert len(problems) == 2 and all("不安全" in p for p in problems)


def test_zip_names_from_chinese_windows_are_read_as_gbk(config):
    class GbkInfo(zipfile.ZipInfo):  # as Windows' own "send to compressed folder" writes them
        def _encodeFilenameFlags(self):
            return self.filename.encode("gbk"), self.flag_bits

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(GbkInfo("收件/秘书科.xlsx"), b"x")
    items, problems = expand_zip(buf.getvalue(), "a.zip", config, 1 << 20, 10)
    assert [r for r, _ in items] == ["收件/秘书科.xlsx"], problems


def test_zip_bomb_is_refused_by_declared_size(config):
    data = _zip({"a.xlsx": b"\x00" * (24 << 20)})  # 24 MB of zeros: ratio ~1000
    items, problems = expand_zip(data, "炸弹.zip", config, 1 << 30, 10)
    assert items == [] and "超出上限" in problems[0]


def test_concurrent_uploads_leave_a_consistent_store(store):
    rid = store.create_round("并发")
    items = inbox_items()
    half = len(items) // 2
    errors = []

    def go(part):
        try:
            store.ingest(rid, part)
        except Exception as e:  # pragma: no cover - reported below
            errors.append(e)

    threads = [threading.Thread(target=go, args=(items[:half + 2],)),
               threading.Thread(target=go, args=(items[half - 2:],))]  # fmt: skip
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    versions = store.versions(rid)
    assert sorted(v["rel"] for v in versions) == sorted(r for r, _ in items)  # each file once
    assert len({v["hash"] for v in versions}) == len(versions)
    assert store.status(rid).counts["forms"] == 27
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert store.db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_unseen_inbox_counts_equal_collect(corpus, tmp_path):
    """The shared corpus (never used to build the workbench): counts and risks equal collect's."""
    from xlproc.collect import collect_inbox

    s = Store(tmp_path / "d")
    rid = s.create_round("语料")
    s.ingest(rid, inbox_items(corpus))
    c = collect_inbox([corpus]).counts()
    assert s.status(rid).counts == {
        k: c[k] for k in ("files", "forms", "risks", "errors", "warnings")
    }


def test_form_identity_and_upload_times():
    from xlproc.store import form_key

    assert form_key({"unit": "局", "person": "林芳", "title": "科员"}) == form_key(
        {"unit": "局", "person": "林芳", "title": "科长", "department": "办公室"})  # fmt: skip
    post = {"unit": "局", "department": "办公室", "title": "科员", "person": ""}
    assert form_key(post) == form_key(dict(post)) != form_key({**post, "title": "科长"})
    nobody = {"unit": "局", "department": "办公室", "title": "", "person": ""}
    assert form_key(nobody) != form_key(dict(nobody))  # no identity: never a version of another


def test_uploads_get_increasing_modification_times(store, sample_round):
    store.ingest(sample_round, [("秘书科.xlsx", corrected_secretariat())])
    store.ingest(sample_round, [("新.txt", b"x")])
    times = [r[0] for r in store.db.execute("SELECT mtime FROM batches ORDER BY id")]
    assert all(b - a >= 3 for a, b in zip(times, times[1:], strict=False))
