"""The round's record: schema and migrations, files by hash, supersede and 销号, builds equal
to `xlproc collect`, zip rules, concurrent uploads."""

from __future__ import annotations

import hashlib
import io
import json
import os
import sqlite3
import subprocess
import sys
import threading
import time
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


def test_build_equals_xlproc_collect_byte_for_byte(store, sample_round, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1780000000")  # the run date printed in both
    store.ingest(sample_round, [("秘书科.xlsx", corrected_secretariat())])
    n = store.build(sample_round)
    rec = store.build_record(sample_round, n)
    assert len(rec["inputs"]["files"]) == 10
    assert {f[0] for f in rec["inputs"]["files"]} >= {"秘书科.xlsx", "请查收.txt"}
    inbox, roster = store.lay_out(sample_round, tmp_path / "again")
    out = tmp_path / "cli"
    subprocess.run(
        [sys.executable, "-m", "xlproc", "collect", str(inbox), "--roster", str(roster),
         "-o", str(out / "a.xlsx"), "--public", str(out / "p.xlsx"), "--export-dir", str(out / "x"),
         "--title", store.round(sample_round)["title"]],
        check=True, capture_output=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
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
    assert [r for r, *_ in items] == ["收件/秘书科.xlsx"]
    assert len(problems) == 2 and all("不安全" in p for p in problems)


def test_zip_names_from_chinese_windows_are_read_as_gbk(config):
    class GbkInfo(zipfile.ZipInfo):  # as Windows' own "send to compressed folder" writes them
        def _encodeFilenameFlags(self):
            return self.filename.encode("gbk"), self.flag_bits

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(GbkInfo("收件/秘书科.xlsx"), b"x")
    items, problems = expand_zip(buf.getvalue(), "a.zip", config, 1 << 20, 10)
    assert [r for r, *_ in items] == ["收件/秘书科.xlsx"], problems


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


def test_form_identity_is_the_librarys():
    from xlproc.store import key_text
    from xlproc.versions import form_key

    post = {"unit": "局", "department": "办公室", "title": "科员", "person": ""}
    assert key_text(post) == json.dumps(form_key(post), ensure_ascii=False)
    assert key_text({**post, "title": ""}) == ""  # no identity: never a version of another


def test_uploads_get_increasing_modification_times(store, sample_round):
    store.ingest(sample_round, [("秘书科.xlsx", corrected_secretariat())])
    store.ingest(sample_round, [("新.txt", b"x")])
    times = [r[0] for r in store.db.execute("SELECT mtime FROM batches ORDER BY id")]
    assert all(b - a >= 3 for a, b in zip(times, times[1:], strict=False))


# --- the version rule of `xlproc collect` (xlproc.versions), through the record ---------------------

DAY = 86400.0


def own_file(person: str, level: str | None = None) -> bytes:
    """A file holding only ``person``'s form of 秘书科.xlsx (E6 set to ``level`` if given)."""
    import openpyxl

    wb = openpyxl.load_workbook(INBOX / "秘书科.xlsx")
    for name in wb.sheetnames:
        if name != person:
            del wb[name]
    if level:
        wb[person]["E6"] = level
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def live_inbox(store: Store, rid: int, folder: Path) -> Path:
    """Every file still in the round (superseded ones included) laid out with its modification
    time: the coordinator's inbox folder as `xlproc collect` would read it."""
    rows = store.db.execute(
        "SELECT v.id, v.rel, v.hash, coalesce(v.mtime, b.mtime) AS mtime FROM versions v"
        " JOIN batches b ON b.id = v.batch_id WHERE v.round_id = ? AND v.removed = ''",
        (rid,),
    ).fetchall()
    inbox, _ = store.lay_out(rid, folder, [dict(r) for r in rows], [])
    return inbox


def assert_as_collect(store: Store, rid: int, tmp_path: Path, roster: Path | None = None):
    """The status equals `collect` on the current files, and on every file still in the round
    (the older versions there give way by the same rule)."""
    from xlproc.collect import collect_inbox

    got = store.status(rid).counts
    inbox, roster_csv = store.lay_out(rid, tmp_path / "current")
    c = collect_inbox([inbox], roster_path=str(roster_csv) if roster_csv else None, jobs=1).counts()
    assert got == {k: c[k] for k in got}
    every = collect_inbox([live_inbox(store, rid, tmp_path / "live")],
                          roster_path=str(roster_csv) if roster_csv else None, jobs=1).counts()  # fmt: skip
    assert {k: every[k] for k in ("forms", "risks", "errors", "warnings")} == {
        k: got[k] for k in ("forms", "risks", "errors", "warnings")}  # fmt: skip
    assert every["files"] - every["files_superseded"] == got["files"]
    return got


def test_within_one_upload_the_newer_file_counts_by_its_modification_time(store, tmp_path):
    rid = store.create_round("一次上传")
    now = 1_780_000_000.0
    report = store.ingest(rid, [("林芳.xlsx", own_file("林芳", "Ⅲ级"), now),
                                ("林芳-旧.xlsx", own_file("林芳"), now - DAY)])  # fmt: skip
    assert [s["rel"] for s in report.superseded] == ["林芳-旧.xlsx"]
    old = next(v for v in store.versions(rid) if v["rel"] == "林芳-旧.xlsx")
    assert old["superseded_by"] and [i["state"] for i in store.version_issues(old["id"])] == [
        "closed"
    ]
    (form,) = store.version_forms(old["id"])
    assert "修改时间较晚" in form["why"]
    got = assert_as_collect(store, rid, tmp_path)
    assert (got["files"], got["forms"], got["errors"]) == (1, 1, 0)


def test_equal_times_go_by_the_name_and_else_are_a_tie(store, tmp_path):
    rid = store.create_round("同时")
    report = store.ingest(rid, [("林芳-修改.xlsx", own_file("林芳", "Ⅲ级")),
                                ("林芳.xlsx", own_file("林芳"))])  # fmt: skip
    assert [s["rel"] for s in report.superseded] == ["林芳.xlsx"]  # 修改 in the name
    assert_as_collect(store, rid, tmp_path / "a")
    rid = store.create_round("分不出")
    store.ingest(
        rid, [("甲/林芳.xlsx", own_file("林芳", "Ⅲ级")), ("乙/林芳.xlsx", own_file("林芳"))]
    )
    got = assert_as_collect(store, rid, tmp_path / "b")
    assert got["forms"] == 2 and got["errors"] == 1 + 2  # 很高 once, FORM_VERSION_TIE twice
    rows = store.status(rid).people
    assert len(rows) == 2 and all(p.tie for p in rows)


def test_a_file_sent_late_but_older_gives_way_on_arrival(store, tmp_path):
    rid = store.create_round("迟到的旧版")
    store.ingest(rid, [("林芳.xlsx", own_file("林芳", "Ⅲ级"))])
    report = store.ingest(rid, [("林芳-旧.xlsx", own_file("林芳"), time.time() - DAY)])
    assert report.superseded == [{"id": 2, "rel": "林芳-旧.xlsx", "by": "林芳.xlsx"}]
    (p,) = store.status(rid).people
    assert p.rel == "林芳.xlsx" and p.status == "ok"
    assert_as_collect(store, rid, tmp_path)


def test_a_corrected_feedback_copy_wins_by_its_marker_over_a_later_time(
    store, sample_round, tmp_path
):
    import openpyxl

    target = tmp_path / "r.zip"
    store.feedback_zip(sample_round, "秘书科", target)
    with zipfile.ZipFile(target) as zf:
        copy = zf.read("秘书科.xlsx")
    wb = openpyxl.load_workbook(io.BytesIO(copy))
    assert "_xlproc_copy" in wb.sheetnames  # the marker of our feedback copies
    wb["林芳"]["E6"] = "Ⅲ级"
    buf = io.BytesIO()
    wb.save(buf)
    report = store.ingest(sample_round, [("退回/秘书科.xlsx", buf.getvalue(), 1_000_000_000.0)])
    assert [s["rel"] for s in report.superseded] == ["秘书科.xlsx"] and report.closed == 1
    old = next(v for v in store.versions(sample_round) if v["rel"] == "秘书科.xlsx")
    assert all("退回修改稿标记为第 2 版" in f["why"] for f in store.version_forms(old["id"]))
    st = store.status(sample_round)
    assert {p.person: p.status for p in st.people}["林芳"] == "ok"
    assert_as_collect(store, sample_round, tmp_path, SAMPLES / "roster.csv")


def test_withdrawing_the_newer_file_brings_the_older_form_back(store, sample_round, tmp_path):
    report = store.ingest(sample_round, [("林芳.xlsx", own_file("林芳", "Ⅲ级"))])
    assert report.closed == 1
    lin = next(p for p in store.status(sample_round).people if p.person == "林芳")
    assert lin.status == "ok"
    store.withdraw(sample_round, lin.version_id)
    lin = next(p for p in store.status(sample_round).people if p.person == "林芳")
    assert lin.status == "error" and lin.rel == "秘书科.xlsx"
    old = next(v for v in store.versions(sample_round) if v["rel"] == "秘书科.xlsx")
    assert [i["state"] for i in store.version_issues(old["id"])] == ["open"]
    assert "restored" not in {
        e["kind"] for e in store.events(sample_round)
    }  # only a form came back
    assert_as_collect(store, sample_round, tmp_path)


LIST_TABLE = [
    ["科室", "岗位", "风险点", "风险等级", "防控措施"],
    ["财务室", "出纳", "公款私存", "高", "日清月结"],
    ["财务室", "会计", "虚列支出", "中", "三签制度"],
]
LIST_ROSTER = ("单位,科室,姓名,职务,岗位层级\nXX局,财务室,钱多,出纳,一般岗位\n"
               "XX局,财务室,李算,会计,一般岗位\nXX局,财务室,赵记,会计,一般岗位\n")  # fmt: skip


def test_posts_without_a_holder_on_the_board_named_by_the_roster(store, tmp_path):
    from helpers import write_workbook

    rid = store.create_round("对岗不对人")
    _p, problems = store.set_roster(rid, LIST_ROSTER.encode(), "花名册.csv")
    assert problems == []
    data = write_workbook(tmp_path / "t.xlsx", {"S": LIST_TABLE}).read_bytes()
    store.ingest(rid, [("XX局/财务室.xlsx", data)])
    st = store.status(rid)
    rows = {(p.who, p.status) for p in st.people}
    assert ("钱多", "ok") in rows  # the only 出纳 of the roster holds the post
    assert {("李算", "missing"), ("赵记", "missing"), ("财务室会计", "not_in_roster")} <= rows
    post = next(p for p in st.people if not p.person)
    assert post.title == "会计" and post.rel == "XX局/财务室.xlsx"
    assert {"department": "财务室", "person": "", "title": "会计", "status": "not_in_roster"} in (
        st.api()["people"])  # fmt: skip
    roster = tmp_path / "r.csv"
    roster.write_text(LIST_ROSTER, encoding="utf-8")
    assert_as_collect(store, rid, tmp_path / "a", roster)
    # a newer version of the table: each post's form gives way to the newer one (by the post)
    rows2 = [list(r) for r in LIST_TABLE]
    rows2[2][3] = "低"
    data2 = write_workbook(tmp_path / "t2.xlsx", {"S": rows2}).read_bytes()
    report = store.ingest(rid, [("XX局/财务室-修改.xlsx", data2)])
    assert [s["rel"] for s in report.superseded] == ["XX局/财务室.xlsx"]
    assert_as_collect(store, rid, tmp_path / "b", roster)


def test_zip_entries_keep_their_modification_times(config):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(zipfile.ZipInfo("a/秘书科.xlsx", (2026, 3, 1, 9, 30, 0)), b"x")
    ((rel, _data, mtime),), _problems = expand_zip(buf.getvalue(), "z.zip", config, 1 << 20, 10)
    assert rel == "a/秘书科.xlsx" and time.localtime(mtime)[:6] == (2026, 3, 1, 9, 30, 0)


def test_files_in_hidden_folders_are_refused_as_collect_skips_them(store):
    rid = store.create_round("隐藏")
    report = store.ingest(rid, [(".git/x.xlsx", b"x"), ("a/.~x.xlsx", b"y")])
    assert [r["rel"] for r in report.received] == ["a/.~x.xlsx"]  # a hidden file is read (skipped)
    assert "隐藏文件夹" in report.refused[0]


def test_versions_recorded_before_results_were_kept_are_read_again(store, sample_round, tmp_path):
    store.ingest(sample_round, [("林芳.xlsx", own_file("林芳", "Ⅲ级"))])
    before = store.status(sample_round).counts
    with store.write() as con:  # as a data folder of schema 1 left them
        con.execute("UPDATE versions SET result = NULL")
        con.execute(
            "UPDATE forms SET form_key = 'person' || char(31) || unit || char(31) || person"
        )
        store.event(con, sample_round, "test", "schema 1")
    assert store.status(sample_round).counts == before
    lin = next(p for p in store.status(sample_round).people if p.person == "林芳")
    assert (lin.rel, lin.status) == ("林芳.xlsx", "ok")
    keys = [r[0] for r in store.db.execute("SELECT form_key FROM forms")]
    assert all(k.startswith("[") for k in keys)


def test_a_build_keeps_the_status_computed_before(store, sample_round):
    st = store.status(sample_round)
    store.build(sample_round)
    assert store.status(sample_round) is st  # not recomputed: a build changes no state
    store.mark_returned(sample_round, "秘书科")
    assert store.status(sample_round) is not st


def test_a_continued_forms_rows_keep_their_sheet(store, tmp_path):
    from helpers import write_workbook

    head = ["序号", "风险点", "风险类型", "风险等级", "防控措施"]
    first = [["岗位廉政风险防控卡"], ["姓名", "邵佳", "职务", "出纳"], head,
             ["1", "挪用公款", "岗位职责", "高", "日清月结"]]  # fmt: skip
    rest = [["岗位廉政风险防控卡(续)"], head, ["2", "私设小金库", "制度机制", "中", "定期审计"]]
    data = write_workbook(tmp_path / "c.xlsx", {"卡片": first, "Sheet2": rest}).read_bytes()
    rid = store.create_round("续表")
    store.ingest(rid, [("邵佳.xlsx", data)])
    (version,) = store.versions(rid)
    (form,) = store.version_forms(version["id"])
    rows = [(r["source_sheet"], r["source_row"]) for r in store.form_risks(form["id"])]
    assert (form["sheet"], rows) == ("卡片", [("卡片", 4), ("Sheet2", 3)])
