"""The lasting record of a round (一次年度排查): SQLite in a data folder, files kept by hash.

A round has a roster and every file received, each version kept byte for byte under
``blobs/<hash[:2]>/<hash>`` and never modified. Each version is read at once with the reader
``xlproc collect`` uses (``collect.read_files``); its forms, risk points and issues are recorded,
and the reader's whole result is kept with it. What spans files is the library's, run over the
record: the version rule (``xlproc.versions.resolve``, with each file's feedback-copy marker and
modification time) decides which forms give way to newer ones, and the older forms' issues that
the newer one no longer has are closed (销号); the counts, the roster's rows and every issue of
the round are ``collect.assemble`` over the current files' kept results. Builds and feedback
copies run ``collect_inbox`` on the current files laid out again as an inbox (each with its
modification time), so a build equals ``xlproc collect`` on those files.

A file's modification time is the one its upload gives (the browser's, a zip entry's), else the
upload's own time: at least ``MTIME_STEP`` seconds after the previous upload's, so that later
uploads are newer under the rule. A later file of the same relative path replaces the earlier one,
as it would in a folder.

The schema lives in ``xlproc/schema/NNNN_*.sql``; ``PRAGMA user_version`` is the number of
the last one applied. Connections are per thread; writes take ``BEGIN IMMEDIATE`` so two
uploads at once are applied one after the other.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import hashlib
import io
import json
import os
import re
import shutil
import sqlite3
import tempfile
import threading
import time
import zipfile
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from xlproc.config import Config, load_config
from xlproc.errors import UsageError
from xlproc.roster import Person

SCHEMA_DIR = Path(__file__).with_name("schema")
DB_NAME = "xlproc.sqlite3"
TIER_ZH = {"leader": "领导岗位", "middle": "中层岗位", "general": "一般岗位"}

# the board's states of a roster post holder, and of a file version
STATE_ZH = {
    "missing": "未报送",
    "error": "有错误",
    "returned": "已退回待修改",
    "ok": "已合格",
    "superseded": "已被新版本替代",
    "not_in_roster": "花名册外",
}
VERSION_STATE_ZH = {
    "current": "当前版本",
    "superseded": "已被新版本替代",
}
MTIME_STEP = 3.0  # seconds between two uploads' own times (the rule counts under 2 s as equal)
FILE_STATUS_ZH = {"read": "已读取", "skipped": "已跳过", "unreadable": "无法读取"}
ISSUE_STATE_ZH = {"open": "未解决", "closed": "已销号", "carried": "新版本仍有"}
BATCH_CODES = ("FORM_DUPLICATE", "FORM_VERSION_TIE")  # issues of a form that the batch gives
RISK_FIELDS = ("section", "duty", "workflow", "risk_point", "risk_type", "risk_level", "measures",
               "raw_risk_type", "raw_risk_level")  # the risks table's, then source_row  # fmt: skip


def issue_signature(code: str, field: str, value: str) -> tuple[str, str, str]:
    """Issues of two versions of a form are the same problem when these agree (cells move when
    rows are inserted, so the cell is not part of it)."""
    return code, field, value


def key_text(post: dict) -> str:
    """``versions.form_key`` as stored: JSON, or '' for a form without an identity."""
    from xlproc.versions import form_key

    key = form_key(post)
    return json.dumps(key, ensure_ascii=False) if key is not None else ""


def discover_key(rel: str) -> tuple:
    """Where ``collect.discover`` meets a file under its inbox: a folder's files, by name, before
    its sub-folders. The record gives the library its files in this order, as ``collect`` would."""
    parts = rel.split("/")
    return (*((1, p) for p in parts[:-1]), (0, parts[-1]))


def version_of(rows: list[dict]):
    """``version_of`` for ``versions.resolve`` and ``collect.assemble``: each file's
    feedback-copy version and modification time, as recorded."""
    from xlproc.versions import FileVersion

    table = {r["rel"]: FileVersion(r["rel"], r["copy_version"], r["mtime"]) for r in rows}
    return table.__getitem__


def result_json(fr) -> str:
    """The reader's result for one file (``collect.FileResult``), kept with its version."""
    return json.dumps(
        {"status": fr.status, "posts": fr.posts, "risks": fr.risks,
         "issues": [i.as_dict() for i in fr.issues], "rows_seen": fr.rows_seen,
         "rows_reported": fr.rows_reported, "unplaced": fr.unplaced, "version": fr.version,
         "original": fr.original},
        ensure_ascii=False,
    )  # fmt: skip


def file_result(rel: str, text: str):
    """A kept result as the ``collect.FileResult`` it was."""
    from xlproc.collect import FileResult
    from xlproc.issues import Issue

    d = json.loads(text)
    return FileResult(rel, d["status"], "", d["posts"], d["risks"],
                      [Issue(**i) for i in d["issues"]], d["rows_seen"], d["rows_reported"],
                      d["unplaced"], d["version"], d["original"])  # fmt: skip


# --- names from uploads --------------------------------------------------------------------------

_DRIVE = re.compile(r"^[A-Za-z]:")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_WINDOWS_FOLD = str.maketrans('<>:"|?*', "＜＞：＂｜？＊")


def clean_rel(name: str) -> str | None:
    """A received file's relative path as a label: '/'-separated, no '..', not absolute, no
    drive letter, no control characters. None when the name must be refused.

    The label is only ever used as a path below a fresh temporary folder, after this check.
    """
    if not name or _CONTROL.search(name):
        return None
    name = name.replace("\\", "/")
    if name.startswith("/") or _DRIVE.match(name):
        return None
    parts = [p for p in name.split("/") if p not in ("", ".")]
    if not parts or any(p == ".." or len(p.encode()) > 255 or p.strip() != p for p in parts):
        return None
    if any(_DRIVE.match(p) or p.endswith(".") for p in parts):
        return None
    rel = "/".join(parts)
    if os.name == "nt":  # names a Windows folder cannot hold: the full-width look-alikes
        rel = rel.translate(_WINDOWS_FOLD)
    return rel


def _zip_name(info: zipfile.ZipInfo) -> str:
    """Entry names from Chinese Windows are GBK without the UTF-8 flag: decode them as such."""
    if info.flag_bits & 0x800:
        return info.filename
    try:
        return info.filename.encode("cp437").decode("gb18030")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return info.filename


def expand_zip(
    data: bytes, label: str, config: Config, max_file: int, max_files: int
) -> tuple[list[tuple[str, bytes, float | None]], list[str]]:
    """The files of an uploaded .zip as (relative path, bytes, modification time), and the
    problems found. The time is the entry's (local time, as unzipping gives it to the file).

    The zip-bomb rules are collect's: refused whole by its declared unpacked size (more than
    ``max_unpacked_bytes``, or more than 16 MB at a ratio above ``max_compression_ratio``),
    before anything is inflated; each entry is read with a bound, so a lying header cannot
    inflate more than it declared.
    """
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = [i for i in zf.infolist() if not i.is_dir()]
    except (zipfile.BadZipFile, OSError, EOFError, ValueError):
        return [], [f"{label}:压缩包已损坏,无法打开"]
    unpacked = sum(i.file_size for i in infos)
    packed = sum(i.compress_size for i in infos) or 1
    if unpacked > config.max_unpacked_bytes or (
        unpacked > (16 << 20) and unpacked / packed > config.max_compression_ratio
    ):
        return [], [
            f"{label}:解压后的大小({unpacked / (1 << 20):,.0f} MB)超出上限,为防止异常文件已拒绝"
        ]
    if len(infos) > max_files:
        return [], [f"{label}:文件数 {len(infos)} 超过一次上传的上限 {max_files}"]
    out: list[tuple[str, bytes, float | None]] = []
    problems: list[str] = []
    for info in infos:
        raw = _zip_name(info)
        rel = clean_rel(raw)
        if rel is None:
            problems.append(f"{label}:文件名“{raw}”不安全(含 ..、绝对路径或盘符),已拒绝")
            continue
        if info.file_size > max_file:
            problems.append(f"{label}:{rel} 超过单个文件的大小上限,已拒绝")
            continue
        try:
            with zf.open(info) as f:
                body = f.read(info.file_size + 1)
        except Exception:  # bad entry: CRC, unsupported method, encrypted
            problems.append(f"{label}:{rel} 无法解压,已跳过")
            continue
        if len(body) > info.file_size:
            problems.append(f"{label}:{rel} 的实际大小与声明不符,已拒绝")
            continue
        out.append((rel, body, _zip_time(info)))
    return out, problems


def _zip_time(info: zipfile.ZipInfo) -> float | None:
    try:
        return time.mktime((*info.date_time, 0, 0, -1))
    except (OverflowError, ValueError):
        return None


def _now() -> str:
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


def _zip_dir(folder: Path, target: Path) -> None:
    """Zip a folder with fixed entry dates and sorted names: the same files give the same bytes."""
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for p in sorted(folder.rglob("*")):
            if p.is_file():
                info = zipfile.ZipInfo(p.relative_to(folder).as_posix(), (2026, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                info.flag_bits |= 0x800
                zf.writestr(info, p.read_bytes())


def write_roster_csv(people: list[Person], path: Path) -> None:
    """A roster in the CLI's own format (UTF-8 with BOM)."""
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(["单位", "科室", "姓名", "职务", "岗位层级", "分管工作"])
        for p in people:
            w.writerow([p.unit, p.department, p.person, p.title, TIER_ZH[p.tier], p.duty])


# --- results -------------------------------------------------------------------------------------


@dataclass
class IngestReport:
    received: list[dict] = field(default_factory=list)  # {id, rel, status, errors, warnings}
    duplicates: list[dict] = field(default_factory=list)  # {rel, same_as}
    refused: list[str] = field(default_factory=list)
    superseded: list[dict] = field(default_factory=list)  # {id, rel, by}
    closed: int = 0

    def as_dict(self) -> dict:
        return {
            "received": self.received,
            "duplicates": self.duplicates,
            "refused": self.refused,
            "superseded": self.superseded,
            "closed": self.closed,
        }


@dataclass
class PersonState:
    unit: str
    department: str
    person: str
    title: str
    tier: str
    status: str  # missing | error | returned | ok | not_in_roster
    form_id: int | None = None
    version_id: int | None = None
    rel: str = ""
    errors: int = 0
    warnings: int = 0
    closed: int = 0  # issues closed (销号) by newer versions of this person's form
    superseded: int = 0  # older versions of the form
    duplicate: bool = False  # two forms (FORM_DUPLICATE, or two files in one roster row)
    tie: bool = False  # two files the version rule cannot order (FORM_VERSION_TIE)

    @property
    def who(self) -> str:
        """The holder, or for a form that names none (对岗不对人) its post: 科室 + 岗位."""
        return self.person or "".join(x for x in (self.department, self.title) if x) or "(未注明)"


@dataclass
class RoundStatus:
    counts: dict
    people: list[PersonState]
    departments: list[dict]  # {department, missing, error, returned, ok, total}
    stamp: int = 0  # the round's last event id when computed

    @property
    def in_roster(self) -> int:
        return sum(1 for p in self.people if p.status != "not_in_roster")

    def api(self) -> dict:
        return {
            **self.counts,
            "people": [  # a post without a holder (对岗不对人) names its title too
                {"department": p.department, "person": p.person, "status": p.status}
                if p.person
                else {
                    "department": p.department,
                    "person": "",
                    "title": p.title,
                    "status": p.status,
                }
                for p in self.people
            ],
        }


class Upload:
    """The files of one upload, each kept by its hash as it arrives."""

    def __init__(self, store: Store):
        self.store = store
        self.report = IngestReport()
        self.entries: list[tuple[str, str, int, float | None]] = []  # rel, sha256, size, mtime
        self._seen: set[str] = set()

    def add(self, rel: str, data: bytes, mtime: float | None = None) -> None:
        """One received file; ``mtime``: its modification time (seconds), when the upload says."""
        clean = clean_rel(rel)
        if clean is None:
            self.report.refused.append(f"文件名“{rel}”不安全(含 ..、绝对路径或盘符),已拒绝")
        elif any(p.startswith(".") for p in clean.split("/")[:-1]):
            self.report.refused.append(f"{clean}:在隐藏文件夹中,xlproc collect 不读取,已跳过")
        elif clean in self._seen:
            self.report.refused.append(f"{clean}:同一次上传中出现了两次,只收录第一个")
        else:
            self._seen.add(clean)
            ok = mtime is not None and 0 < mtime < 1e11  # seconds, not milliseconds
            self.entries.append(
                (clean, self.store.put_blob(data), len(data), mtime if ok else None)
            )

    def refuse(self, message: str) -> None:
        self.report.refused.append(message)


# --- the store -----------------------------------------------------------------------------------


class Store:
    def __init__(self, root: str | Path, config_path: str | None = None, jobs: int | None = None):
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)
        (self.root / "blobs").mkdir(exist_ok=True)
        (self.root / "tmp").mkdir(exist_ok=True)
        (self.root / "builds").mkdir(exist_ok=True)
        self.config_path = config_path
        self.config = load_config(config_path)
        self.jobs = jobs
        self._local = threading.local()
        self._cache_lock = threading.Lock()
        self._status_cache: dict[int, tuple[int, RoundStatus]] = {}
        self._migrate()

    # connections and migrations

    def _connect(self) -> sqlite3.Connection:
        con = sqlite3.connect(self.root / DB_NAME, timeout=60, isolation_level=None)
        con.row_factory = sqlite3.Row
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("PRAGMA foreign_keys=ON")
        con.execute("PRAGMA synchronous=NORMAL")
        con.execute("PRAGMA busy_timeout=60000")
        return con

    @property
    def db(self) -> sqlite3.Connection:
        con = getattr(self._local, "con", None)
        if con is None:
            con = self._local.con = self._connect()
        return con

    @contextlib.contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, taken at once (BEGIN IMMEDIATE): writers queue, readers go on."""
        con = self.db
        con.execute("BEGIN IMMEDIATE")
        try:
            yield con
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[sqlite3.Connection]:
        """A consistent read of several queries."""
        con = self.db
        con.execute("BEGIN")
        try:
            yield con
        finally:
            con.execute("COMMIT")

    def schema_version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    def _migrate(self) -> None:
        steps = sorted(SCHEMA_DIR.glob("[0-9][0-9][0-9][0-9]_*.sql"))
        with self.write() as con:
            have = con.execute("PRAGMA user_version").fetchone()[0]
            if have > len(steps):
                raise UsageError(
                    f"数据文件夹 {self.root} 由更新版本的 xlproc 创建(结构版本 {have}),请升级 xlproc"
                )
            for n, step in enumerate(steps, start=1):
                if n > have:
                    for stmt in step.read_text(encoding="utf-8").split(";\n"):
                        if stmt.strip():
                            con.execute(stmt)
                    con.execute(f"PRAGMA user_version = {n}")

    def event(self, con, round_id: int, kind: str, text: str, version_id: int | None = None):
        con.execute(
            "INSERT INTO events (round_id, at, kind, version_id, text) VALUES (?, ?, ?, ?, ?)",
            (round_id, _now(), kind, version_id, text),
        )

    # blobs

    def blob_path(self, sha: str) -> Path:
        return self.root / "blobs" / sha[:2] / sha

    def put_blob(self, data: bytes) -> str:
        sha = hashlib.sha256(data).hexdigest()
        path = self.blob_path(sha)
        if not path.exists():
            path.parent.mkdir(exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, path)
        return sha

    # rounds and rosters

    def create_round(self, title: str, unit: str = "", deadline: str = "") -> int:
        title = title.strip()
        if not title:
            raise UsageError("请填写轮次名称(如“2026年度岗位廉政风险排查”)")
        with self.write() as con:
            cur = con.execute(
                "INSERT INTO rounds (title, unit, deadline, created_at) VALUES (?, ?, ?, ?)",
                (title, unit.strip(), deadline.strip(), _now()),
            )
            rid = cur.lastrowid
            self.event(con, rid, "round", f"创建轮次“{title}”")
        return rid

    def rounds(self) -> list[dict]:
        rows = self.db.execute(
            """SELECT r.*,
                 (SELECT count(*) FROM roster WHERE round_id = r.id) AS n_people,
                 (SELECT count(*) FROM versions WHERE round_id = r.id) AS n_versions,
                 (SELECT count(*) FROM builds WHERE round_id = r.id) AS n_builds
               FROM rounds r ORDER BY r.id DESC"""
        ).fetchall()
        return [dict(r) for r in rows]

    def round(self, round_id: int) -> dict | None:
        row = self.db.execute("SELECT * FROM rounds WHERE id = ?", (round_id,)).fetchone()
        return dict(row) if row else None

    def set_roster(self, round_id: int, data: bytes, name: str) -> tuple[list[Person], list[str]]:
        """Check a roster and, only if it has no problem, record it. Returns (people, problems)."""
        from xlproc.errors import RosterError
        from xlproc.roster import ROSTER_EXTS, not_a_roster_file, read_roster

        ext = Path(name).suffix.lower()
        if ext not in ROSTER_EXTS:
            return [], [not_a_roster_file(name)]
        with tempfile.TemporaryDirectory(dir=self.root / "tmp") as tmp:
            path = Path(tmp) / f"花名册{ext}"
            path.write_bytes(data)
            try:
                people = read_roster(path)
            except RosterError as e:  # every bad row, each on its own line
                return [], [p.replace(path.name, name, 1) for p in e.problems]
        sha = self.put_blob(data)
        with self.write() as con:
            con.execute("DELETE FROM roster WHERE round_id = ?", (round_id,))
            con.executemany(
                "INSERT INTO roster (round_id, row, unit, department, person, title, tier, duty)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [(round_id, p.row, p.unit, p.department, p.person, p.title, p.tier, p.duty)
                 for p in people],
            )  # fmt: skip
            con.execute(
                "UPDATE rounds SET roster_name = ?, roster_hash = ? WHERE id = ?",
                (name, sha, round_id),
            )
            self.event(con, round_id, "roster", f"上传花名册 {name}:{len(people)} 人")
        return people, []

    def people(self, round_id: int, con=None) -> list[Person]:
        rows = (
            (con or self.db)
            .execute("SELECT * FROM roster WHERE round_id = ? ORDER BY row", (round_id,))
            .fetchall()
        )
        return [
            Person(
                r["unit"], r["department"], r["person"], r["title"], r["tier"], r["duty"], r["row"]
            )
            for r in rows
        ]

    # receiving files

    def upload(self) -> Upload:
        """Start an upload: add files one by one (each is written under its hash at once and
        its bytes can be let go), then ``ingest_upload`` records and checks them."""
        return Upload(self)

    def ingest(self, round_id: int, items: list[tuple]) -> IngestReport:
        """Record and check received files as one upload: (relative path, bytes) or (relative
        path, bytes, modification time)."""
        up = self.upload()
        for rel, data, *mtime in items:
            up.add(rel, data, *mtime)
        return self.ingest_upload(round_id, up)

    def ingest_upload(self, round_id: int, up: Upload) -> IngestReport:
        report, entries = up.report, up.entries
        self._read_missing(round_id)
        known = self._known_hashes(round_id)
        fresh = [e for e in entries if e[1] not in known]
        results = self._read([(rel, sha) for rel, sha, *_ in fresh]) if fresh else {}
        with self.write() as con:
            known = self._known_hashes(round_id, con)  # again: another upload may have committed
            for rel, sha, *_ in entries:
                if sha in known:
                    report.duplicates.append({"rel": rel, "same_as": known[sha]})
                    self.event(con, round_id, "duplicate",
                               f"{rel} 与已收到的 {known[sha]} 内容相同,未重复收录")  # fmt: skip
            todo = [e for e in entries if e[1] not in known]
            if todo:
                self._record(con, round_id, todo, results, report)
                self._apply_versions(con, round_id, report)
        return report

    def _read(self, files: list[tuple[str, str]]) -> dict:
        """Read blobs (relative path, hash) with collect's reader; {relative path: FileResult}."""
        from xlproc.collect import read_files

        with tempfile.TemporaryDirectory(dir=self.root / "tmp") as tmp:
            items = []
            for rel, sha in files:
                target = Path(tmp) / "inbox" / rel
                self._lay_out(sha, target, link=True)
                items.append((target, rel))
            return {
                fr.rel: fr for fr in read_files(items, self.config, self.config_path, self.jobs)
            }

    def _read_missing(self, round_id: int) -> None:
        """Versions recorded before the reader's result was kept with them (schema 1): read
        again from their kept bytes with this reader, their findings recorded anew, and the
        version rule applied again."""
        rows = self.db.execute(
            "SELECT id, rel, hash FROM versions WHERE round_id = ? AND result IS NULL"
            " AND removed = ''",
            (round_id,),
        ).fetchall()
        if not rows:
            return
        results = self._read([(r["rel"], r["hash"]) for r in rows])
        with self.write() as con:
            for r in rows:
                if con.execute("SELECT result IS NULL FROM versions WHERE id = ?",
                               (r["id"],)).fetchone()[0]:  # fmt: skip
                    fr = results[r["rel"]]
                    con.execute("DELETE FROM forms WHERE version_id = ?", (r["id"],))
                    con.execute("DELETE FROM issues WHERE version_id = ?", (r["id"],))
                    con.execute(
                        "UPDATE versions SET result = ?, copy_version = ?, status = ?, n_forms = ?,"
                        " n_risks = ?, superseded_by = NULL WHERE id = ?",
                        (result_json(fr), fr.version, fr.status, len(fr.posts),
                         sum(len(x) for x in fr.risks), r["id"]),
                    )  # fmt: skip
                    self._insert_findings(con, round_id, r["id"], fr)
            self.event(
                con, round_id, "reread", f"按当前版本的读取规则重新读取了 {len(rows)} 个文件"
            )
            self._apply_versions(con, round_id, IngestReport())

    def _known_hashes(self, round_id: int, con=None) -> dict[str, str]:
        rows = (con or self.db).execute(
            "SELECT hash, rel FROM versions WHERE round_id = ? ORDER BY id", (round_id,)
        )
        out: dict[str, str] = {}
        for sha, rel in rows:
            out.setdefault(sha, rel)
        return out

    def _lay_out(self, sha: str, target: Path, link: bool = False, mtime: float | None = None):
        target.parent.mkdir(parents=True, exist_ok=True)
        src = self.blob_path(sha)
        if link:
            try:
                os.link(src, target)
                return
            except OSError:
                pass
        shutil.copyfile(src, target)
        if mtime is not None:
            ns = round(mtime * 1e9)
            os.utime(target, ns=(ns, ns))

    def _record(self, con, round_id: int, todo, results: dict, report: IngestReport) -> None:
        """Insert one upload's versions with what the reader found; a file of a path already
        received replaces the earlier one."""
        now = _now()
        # the upload's own time, for files whose upload gave none: at least MTIME_STEP after the
        # previous upload's, so that the version rule (by modification time, differences under
        # 2 s equal) orders uploads as they were received
        last = con.execute(
            "SELECT max(mtime) FROM batches WHERE round_id = ?", (round_id,)
        ).fetchone()[0]
        mtime = float(int(time.time()))
        if last is not None and mtime < last + MTIME_STEP:
            mtime = last + MTIME_STEP
        batch = con.execute(
            "INSERT INTO batches (round_id, received_at, mtime) VALUES (?, ?, ?)",
            (round_id, now, mtime),
        ).lastrowid
        for rel, sha, size, own_time in todo:
            fr = results[rel]
            n_risks = sum(len(r) for r in fr.risks)
            vid = con.execute(
                "INSERT INTO versions (round_id, batch_id, rel, name, size, hash, status, n_forms,"
                " n_risks, mtime, copy_version, result) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (round_id, batch, rel, rel.rsplit("/", 1)[-1], size, sha, fr.status, len(fr.posts),
                 n_risks, own_time, fr.version, result_json(fr)),
            ).lastrowid  # fmt: skip
            issues = self._insert_findings(con, round_id, vid, fr)
            n_err = sum(i["severity"] == "error" for i in issues)
            n_warn = sum(i["severity"] == "warning" for i in issues)
            report.received.append({"id": vid, "rel": rel, "status": fr.status,
                                    "forms": len(fr.posts), "errors": n_err, "warnings": n_warn})  # fmt: skip
            self.event(con, round_id, "received", f"收到 {rel}({size:,} 字节)", vid)
            self.event(con, round_id, "checked",
                       f"检查 {rel}:{FILE_STATUS_ZH[fr.status]},{len(fr.posts)} 张表,错误 {n_err} 个、警告 {n_warn} 个",
                       vid)  # fmt: skip
            self._replace_path(con, round_id, vid, rel, report)

    def _insert_findings(self, con, round_id: int, vid: int, fr) -> list[dict]:
        """A version's forms, risk points and issues (each issue with its form, when it has
        one); returns the issues."""
        from xlproc.collect import ROW_KEYS

        at_row = ROW_KEYS.index("source_row")
        at_sheet = ROW_KEYS.index("source_sheet")
        stored = [ROW_KEYS.index(c) for c in RISK_FIELDS]
        spans: list[tuple[str, int, int]] = []  # (sheet, last row, form id)
        owner: dict[int, int] = {}  # issue index → form id
        for seq, (p, rows) in enumerate(zip(fr.posts, fr.risks, strict=True)):
            # the form's block on its own sheet (a 续表's rows are on another)
            here = [r[at_row] for r in rows if r[at_sheet] == p["source_sheet"]]
            last_row = max(here, default=0)
            first_row = min(here, default=0)
            fid = con.execute(
                "INSERT INTO forms (version_id, round_id, seq, form_key, sheet, first_row, unit,"
                " department, person, title, tier, declared_grade, computed_grade, grade_reason,"
                " score, n_level_1, n_level_2, n_level_3, n_risks, reviewed)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (vid, round_id, seq, key_text(p), p["source_sheet"], first_row, p["unit"],
                 p["department"], p["person"], p["title"], p["tier"], p["declared_grade"],
                 p["computed_grade"], p["grade_reason"], int(p["score"]), int(p["n_level_1"]),
                 int(p["n_level_2"]), int(p["n_level_3"]), int(p["n_risks"]), p["reviewed"]),
            ).lastrowid  # fmt: skip
            con.executemany(
                "INSERT INTO risks (form_id, seq, section, duty, workflow, risk_point,"
                " risk_type, risk_level, measures, raw_risk_type, raw_risk_level, source_row,"
                " source_sheet) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (fid, k, *(r[i] for i in stored), int(r[at_row]), r[at_sheet])
                    for k, r in enumerate(rows)
                ],  # fmt: skip
            )
            spans.append((p["source_sheet"], last_row, fid))
            owner.update(dict.fromkeys(range(*p["_issues"]), fid))
        issues = [i.as_dict() for i in fr.issues]
        con.executemany(
            "INSERT INTO issues (version_id, form_id, severity, code, sheet, cell, field, value,"
            " message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(vid, owner.get(k) or _form_of(i, spans), i["severity"], i["code"],
              i["source_sheet"], i["cell"], i["field"], i["value"], i["message"])
             for k, i in enumerate(issues)],
        )  # fmt: skip
        return issues

    def _replace_path(self, con, round_id: int, vid: int, rel: str, report: IngestReport) -> None:
        """A file of a path already received replaces the earlier one (as saving it into the
        folder would); the earlier one's issues that the new file no longer has are closed."""
        for old in con.execute(
            "SELECT id, superseded_by FROM versions WHERE round_id = ? AND rel = ? AND id != ?"
            " AND removed = ''",
            (round_id, rel, vid),
        ).fetchall():
            ovid = old["id"]
            con.execute("UPDATE versions SET removed = 'replaced', superseded_by = ? WHERE id = ?",
                        (vid, ovid))  # fmt: skip
            if old["superseded_by"] is not None:  # it had already given way
                continue
            new_forms = {k: fid for fid, k in con.execute(
                "SELECT id, form_key FROM forms WHERE version_id = ? AND form_key != ''", (vid,))}  # fmt: skip
            closed = 0
            for fid, key in con.execute(
                "SELECT id, form_key FROM forms WHERE version_id = ? AND superseded_by IS NULL",
                (ovid,),
            ).fetchall():
                con.execute("UPDATE forms SET superseded_by = ?, why = ? WHERE id = ?",
                            (vid, "同一路径收到了新文件", fid))  # fmt: skip
                closed += self._close_form(con, fid, new_forms.get(key), vid)
            closed += self._close_file(con, ovid, vid)
            report.superseded.append({"id": ovid, "rel": rel, "by": rel})
            self.event(con, round_id, "superseded", f"{rel} 已被同名的新文件替代", ovid)
            self._closed_event(con, round_id, vid, closed, report)

    def _apply_versions(self, con, round_id: int, report: IngestReport) -> None:
        """collect's version rule (``xlproc.versions.resolve``) over the forms of every version
        still in the round: which forms give way, to which version and why. A version all of
        whose forms gave way is superseded; one that a withdrawn file had replaced comes back.
        """
        from xlproc.versions import describe, resolve

        live = [dict(r) for r in con.execute(
            "SELECT v.id, v.rel, v.copy_version, coalesce(v.mtime, b.mtime) AS mtime,"
            " v.superseded_by FROM versions v JOIN batches b ON b.id = v.batch_id"
            " WHERE v.round_id = ? AND v.removed = ''", (round_id,))]  # fmt: skip
        live.sort(key=lambda v: discover_key(v["rel"]))
        by_version: dict[int, list[dict]] = defaultdict(list)
        for r in con.execute(
            "SELECT f.id, f.version_id, f.unit, f.department, f.person, f.title, f.sheet,"
            " f.superseded_by FROM forms f JOIN versions v ON v.id = f.version_id"
            " WHERE f.round_id = ? AND v.removed = '' ORDER BY f.version_id, f.seq",
            (round_id,),
        ):
            by_version[r["version_id"]].append(dict(r))
        posts: list[dict] = []
        for v in live:
            for f in by_version.get(v["id"], ()):
                f["source_file"], f["source_sheet"] = v["rel"], f["sheet"]
                posts.append(f)
        rel_of = {v["id"]: v["rel"] for v in live}
        res = resolve(posts, version_of(live))
        closed_by: Counter = Counter()
        for f in posts:
            hit = res.superseded.get(id(f))
            want = hit[0]["version_id"] if hit else None
            if want == f["superseded_by"]:
                continue
            if hit is None:  # the newer form left the round (withdrawn, replaced): this one counts
                con.execute("UPDATE forms SET superseded_by = NULL, why = '' WHERE id = ?",
                            (f["id"],))  # fmt: skip
                self._reopen(con, "form_id = ?", f["id"])
                continue
            con.execute("UPDATE forms SET superseded_by = ?, why = ? WHERE id = ?",
                        (want, hit[1], f["id"]))  # fmt: skip
            if f["superseded_by"] is None:
                closed_by[want] += self._close_form(con, f["id"], hit[0]["id"], want)
        for v in live:
            forms = by_version.get(v["id"], [])
            gone = [res.superseded[id(f)] for f in forms if id(f) in res.superseded]
            want = gone[0][0]["version_id"] if forms and len(gone) == len(forms) else None
            if want == v["superseded_by"]:
                if want is None:
                    for f in forms:
                        if id(f) in res.superseded and f["superseded_by"] is None:
                            new, why = res.superseded[id(f)]
                            self.event(con, round_id, "superseded",
                                       f"{v['rel']} 中 {describe(f)} 的表已被新版本 {new['source_file']} 替代({why})",
                                       v["id"])  # fmt: skip
                continue
            con.execute("UPDATE versions SET superseded_by = ? WHERE id = ?", (want, v["id"]))
            if want is None:
                self._reopen(con, "version_id = ? AND form_id IS NULL", v["id"])
                self.event(con, round_id, "restored",
                           f"{v['rel']} 重新计入:替代它的文件已不在本轮次中", v["id"])  # fmt: skip
            elif v["superseded_by"] is None:
                closed_by[want] += self._close_file(con, v["id"], want)
                report.superseded.append({"id": v["id"], "rel": v["rel"], "by": rel_of[want]})
                self.event(con, round_id, "superseded",
                           f"{v['rel']} 已被新版本 {rel_of[want]} 替代({gone[0][1]})", v["id"])  # fmt: skip
        for nvid, n in sorted(closed_by.items()):
            self._closed_event(con, round_id, nvid, n, report)

    def _closed_event(self, con, round_id: int, vid: int, n: int, report: IngestReport) -> None:
        if n:
            rel = con.execute("SELECT rel FROM versions WHERE id = ?", (vid,)).fetchone()[0]
            self.event(con, round_id, "closed", f"新版本 {rel} 不再有的 {n} 个问题已销号", vid)
            report.closed += n

    def _close_form(self, con, fid: int, new_fid: int | None, by: int) -> int:
        """Close (销号) the open issues of a form that gave way which its newer form no longer
        has; those it still has are carried. Returns how many were closed."""
        now_has = set()
        if new_fid is not None:
            now_has = {issue_signature(*r) for r in con.execute(
                "SELECT code, field, value FROM issues WHERE form_id = ?", (new_fid,))}  # fmt: skip
        return self._close(con, "form_id = ?", fid, now_has, by)

    def _close_file(self, con, ovid: int, nvid: int) -> int:
        """The same for the issues about a whole file, against the newer file's."""
        now_has = {issue_signature(*r) for r in con.execute(
            "SELECT code, field, value FROM issues WHERE version_id = ? AND form_id IS NULL",
            (nvid,))}  # fmt: skip
        return self._close(con, "version_id = ? AND form_id IS NULL", ovid, now_has, nvid)

    def _close(self, con, where: str, arg: int, now_has: set, by: int) -> int:
        n = 0
        for r in con.execute(
            f"SELECT id, code, field, value FROM issues WHERE {where} AND state = 'open'", (arg,)
        ).fetchall():
            gone = issue_signature(r["code"], r["field"], r["value"]) not in now_has
            con.execute(
                "UPDATE issues SET state = ?, closed_by = ? WHERE id = ?",
                ("closed" if gone else "carried", by, r["id"]),
            )
            n += gone
        return n

    def _reopen(self, con, where: str, arg: int) -> None:
        con.execute(
            f"UPDATE issues SET state = 'open', closed_by = NULL WHERE {where} AND state != 'open'",
            (arg,),
        )

    def withdraw(self, round_id: int, version_id: int) -> None:
        """The coordinator sets a version aside (作废): it no longer counts, its issues close,
        and a version it had replaced under the version rule counts again."""
        with self.write() as con:
            v = con.execute(
                "SELECT rel FROM versions WHERE id = ? AND round_id = ? AND superseded_by IS NULL"
                " AND removed = ''",
                (version_id, round_id),
            ).fetchone()
            if v is None:
                return
            con.execute(
                "UPDATE versions SET removed = 'withdrawn', superseded_by = id WHERE id = ?",
                (version_id,),
            )
            con.execute(
                "UPDATE forms SET superseded_by = ? WHERE version_id = ? AND superseded_by IS NULL",
                (version_id, version_id),
            )
            con.execute(
                "UPDATE issues SET state = 'closed', closed_by = ? WHERE version_id = ?"
                " AND state = 'open'",
                (version_id, version_id),
            )
            self.event(con, round_id, "withdrawn", f"{v['rel']} 已作废,不再计入", version_id)
            self._apply_versions(con, round_id, IngestReport())

    # reading the record

    def versions(self, round_id: int, con=None) -> list[dict]:
        rows = (
            (con or self.db)
            .execute(
                """SELECT v.*, b.received_at, b.mtime,
                 sum(i.severity = 'error' AND i.state = 'open') AS errors,
                 sum(i.severity = 'warning' AND i.state = 'open') AS warnings,
                 sum(i.state = 'closed') AS closed,
                 (SELECT rel FROM versions s WHERE s.id = v.superseded_by) AS superseded_rel
               FROM versions v JOIN batches b ON b.id = v.batch_id
               LEFT JOIN issues i ON i.version_id = v.id
               WHERE v.round_id = ? GROUP BY v.id ORDER BY v.id""",
                (round_id,),
            )
            .fetchall()
        )
        return [dict(r) for r in rows]

    def version(self, round_id: int, version_id: int) -> dict | None:
        row = self.db.execute(
            "SELECT v.*, b.received_at, b.mtime, (SELECT max(r.sent_at) FROM return_versions rv"
            " JOIN returns r ON r.id = rv.return_id WHERE rv.version_id = v.id) AS returned_at"
            " FROM versions v JOIN batches b ON b.id = v.batch_id WHERE v.id = ? AND v.round_id = ?",
            (version_id, round_id),
        ).fetchone()
        return dict(row) if row else None

    def version_forms(self, version_id: int) -> list[dict]:
        return [dict(r) for r in self.db.execute(
            "SELECT * FROM forms WHERE version_id = ? ORDER BY seq", (version_id,))]  # fmt: skip

    def version_issues(self, version_id: int) -> list[dict]:
        order = "CASE severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END"
        return [dict(r) for r in self.db.execute(
            "SELECT i.*, (SELECT rel FROM versions WHERE id = i.closed_by) AS closed_rel"
            f" FROM issues i WHERE version_id = ? ORDER BY {order}, id", (version_id,))]  # fmt: skip

    def form_risks(self, form_id: int) -> list[dict]:
        return [dict(r) for r in self.db.execute(
            "SELECT * FROM risks WHERE form_id = ? ORDER BY seq", (form_id,))]  # fmt: skip

    def events(self, round_id: int, limit: int = 1000) -> list[dict]:
        return [dict(r) for r in self.db.execute(
            "SELECT * FROM events WHERE round_id = ? ORDER BY id DESC LIMIT ?", (round_id, limit))]  # fmt: skip

    def current(self, round_id: int, con=None, with_result: bool = False) -> list[dict]:
        """The current versions (those ``collect`` would read), in ``discover``'s order, with
        their modification times and feedback-copy versions."""
        rows = [dict(r) for r in (con or self.db).execute(
            f"SELECT v.id, v.rel, v.hash, v.copy_version, coalesce(v.mtime, b.mtime) AS mtime"
            f"{', v.result' if with_result else ''} FROM versions v JOIN batches b"
            f" ON b.id = v.batch_id WHERE v.round_id = ? AND v.superseded_by IS NULL", (round_id,))]  # fmt: skip
        rows.sort(key=lambda v: discover_key(v["rel"]))
        return rows

    def status(self, round_id: int) -> RoundStatus:
        """Counts as ``collect`` gives them on the current files, and each post holder's state.

        Every change to a round writes an event in the same transaction, so the round's last
        event id (of a kind that can change the status) says whether a status computed before
        still holds.
        """
        self._read_missing(round_id)
        stamp = self._stamp(self.db, round_id)
        with self._cache_lock:
            hit = self._status_cache.get(round_id)
        if hit is not None and hit[0] == stamp:
            return hit[1]
        status = self._status(round_id)
        with self._cache_lock:
            self._status_cache[round_id] = status.stamp, status
        return status

    def _stamp(self, con, round_id: int) -> int:
        return con.execute(
            "SELECT coalesce(max(id), 0) FROM events WHERE round_id = ? AND kind NOT IN"
            " ('built', 'compared', 'duplicate')",
            (round_id,),
        ).fetchone()[0]

    def _status(self, round_id: int) -> RoundStatus:
        from xlproc.collect import assemble
        from xlproc.versions import describe

        with self.snapshot() as con:
            stamp = self._stamp(con, round_id)
            people = self.people(round_id, con)
            current = self.current(round_id, con, with_result=True)
            form_ids = {(r[1], r[2]): (r[0], r[3]) for r in con.execute(
                "SELECT f.id, f.version_id, f.seq, f.form_key FROM forms f JOIN versions v"
                " ON v.id = f.version_id WHERE f.round_id = ? AND v.superseded_by IS NULL",
                (round_id,))}  # fmt: skip
            per_form: dict[int, list[int]] = {}  # form → [errors, warnings]
            per_version: dict[int, list[int]] = {}  # issues about the whole file
            slot = {"error": 0, "warning": 1}
            for form_id, vid, sev, n in con.execute(
                "SELECT i.form_id, i.version_id, i.severity, count(*) FROM issues i"
                " JOIN versions v ON v.id = i.version_id WHERE v.round_id = ? AND i.state = 'open'"
                " AND v.superseded_by IS NULL AND i.severity IN ('error', 'warning')"
                " GROUP BY i.form_id, i.version_id, i.severity",
                (round_id,),
            ):
                into = per_version if form_id is None else per_form
                into.setdefault(vid if form_id is None else form_id, [0, 0])[slot[sev]] += n
            closed_by_key = dict(con.execute(
                "SELECT f.form_key, count(*) FROM issues i JOIN forms f ON f.id = i.form_id"
                " WHERE f.round_id = ? AND i.state = 'closed' AND i.closed_by != f.version_id"
                " AND f.form_key != '' GROUP BY f.form_key", (round_id,)))  # fmt: skip
            old_by_key = dict(con.execute(
                "SELECT form_key, count(*) FROM forms WHERE round_id = ? AND superseded_by IS NOT NULL"
                " AND superseded_by != version_id AND form_key != '' GROUP BY form_key",
                (round_id,)))  # fmt: skip
            returned = {r[0] for r in con.execute(
                "SELECT rv.version_id FROM return_versions rv JOIN returns r ON r.id = rv.return_id"
                " WHERE r.round_id = ?", (round_id,))}  # fmt: skip
        # collect's rules across files, on what the reader found in the current files
        results = []
        for v in current:
            fr = file_result(v["rel"], v["result"])
            for seq, p in enumerate(fr.posts):
                p["_sid"], p["_key"] = form_ids[(v["id"], seq)]
                p["_vid"], p["_desc"] = v["id"], describe(p)
            results.append(fr)
        res = assemble(results, self.config, [], people or None, version_of(current))
        c = res.counts()
        counts = {k: c[k] for k in ("files", "forms", "risks", "errors", "warnings")}
        batch: dict[tuple[str, str, str], list[str]] = defaultdict(list)
        issues = res.issues
        for i in issues[issues["code"].isin(BATCH_CODES)].to_dict("records"):
            batch[(i["source_file"], i["source_sheet"], i["value"])].append(i["code"])
        none = (0, 0)

        def state(st: PersonState, p: dict, roster_status: str = "") -> PersonState:
            f, v = per_form.get(p["_sid"], none), per_version.get(p["_vid"], none)
            codes = batch.get((p["source_file"], p["source_sheet"], p["_desc"]), ())
            st.errors = f[0] + v[0] + codes.count("FORM_VERSION_TIE")
            st.warnings = f[1] + v[1] + codes.count("FORM_DUPLICATE")
            if not roster_status:
                st.status = "returned" if p["_vid"] in returned else "error" if st.errors else "ok"
            st.form_id, st.version_id, st.rel = p["_sid"], p["_vid"], p["source_file"]
            st.closed = closed_by_key.get(p["_key"], 0)
            st.superseded = old_by_key.get(p["_key"], 0)
            st.duplicate = "FORM_DUPLICATE" in codes or roster_status == "duplicate"
            st.tie = "FORM_VERSION_TIE" in codes
            return st

        def of_post(p: dict, status: str = "") -> PersonState:
            st = PersonState(p["unit"], p["department"], p["person"], p["title"], p["tier"], status)
            return state(st, p, status)

        posts = res.post_records
        states: list[PersonState] = []
        if res.submissions is not None:
            rows = res.submissions.to_dict("records")
            by_name: dict[str, list[dict]] = defaultdict(list)
            for p in posts:
                by_name[p["person"]].append(p)
            holders = [r for r in rows if r["status"] in ("missing", "submitted", "duplicate")]
            for person, row in zip(people, holders, strict=True):
                st = PersonState(person.unit, person.department, person.person, person.title,
                                 TIER_ZH[person.tier], "missing")  # fmt: skip
                files = set(row["source_file"].split(";")) if row["source_file"] else set()
                mine = [p for p in by_name.get(person.person, []) if p["source_file"] in files]
                if mine:
                    state(st, mine[-1])  # the last one read
                    st.duplicate = st.duplicate or row["status"] == "duplicate"
                states.append(st)
            by_place = {(p["source_file"], p["person"]): p for p in reversed(posts)}
            for row in rows:
                if row["status"] == "not_in_roster":
                    states.append(of_post(by_place[(row["source_file"], row["person"])],
                                          "not_in_roster"))  # fmt: skip
            # forms that name no holder and that the roster could not name (对岗不对人)
            states += [of_post(p, "not_in_roster") for p in posts if not p["person"]]
        else:
            states = [of_post(p) for p in posts]
        depts: dict[str, Counter] = {}
        for st in states:
            depts.setdefault(st.department or "(未填科室)", Counter())[st.status] += 1
        departments = [
            {"department": d, "total": sum(c.values()), **{k: c[k] for k in STATE_ZH}}
            for d, c in depts.items()
        ]
        return RoundStatus(counts, states, departments, stamp)

    # laying out the current files, as an inbox for the library

    def lay_out(self, round_id: int, folder: Path, inputs: list[dict] | None = None,
                people: list[Person] | None = None) -> tuple[Path, Path | None]:  # fmt: skip
        """Write the current files under ``folder/inbox`` by their relative paths, each with its
        recorded modification time, and the roster as ``folder/花名册.csv``.

        ``xlproc collect folder/inbox --roster folder/花名册.csv --title <the round's title>``
        then reads exactly what a build reads.
        """
        inputs = self.current(round_id) if inputs is None else inputs
        inbox = folder / "inbox"
        inbox.mkdir(parents=True, exist_ok=True)
        for v in inputs:
            self._lay_out(v["hash"], inbox / v["rel"], mtime=v["mtime"])
        people = self.people(round_id) if people is None else people
        roster = None
        if people:
            roster = folder / "花名册.csv"
            write_roster_csv(people, roster)
        return inbox, roster

    # builds

    def build(self, round_id: int) -> int:
        """Archive, 公示版 and CSV exports from the current files, with ``collect``'s functions."""
        from xlproc.collect import collect_inbox
        from xlproc.report import write_outputs

        with self.snapshot() as con:
            inputs = self.current(round_id, con)
            people = self.people(round_id, con)
            title = self.round(round_id)["title"]
        if not inputs:
            raise UsageError("还没有收到任何文件,无法生成档案")
        work = Path(tempfile.mkdtemp(dir=self.root / "tmp", prefix="build-"))
        try:
            inbox, roster = self.lay_out(round_id, work, inputs, people)
            result = collect_inbox([inbox], roster_path=str(roster) if roster else None,
                                   config=self.config, config_path=self.config_path, jobs=self.jobs)  # fmt: skip
            out = work / "out"
            out.mkdir()
            write_outputs(result, archive=str(out / "archive.xlsx"), public=str(out / "public.xlsx"),
                          export_dir=str(work / "exports"), title=title, jobs=self.jobs)  # fmt: skip
            _zip_dir(work / "exports", out / "exports.zip")
            outputs = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in out.iterdir()}
            record = {"files": [[v["rel"], v["hash"], v["mtime"]] for v in inputs],
                      "roster": [[p.unit, p.department, p.person] for p in people]}  # fmt: skip
            with self.write() as con:
                n = con.execute(
                    "SELECT coalesce(max(n), 0) + 1 FROM builds WHERE round_id = ?", (round_id,)
                ).fetchone()[0]
                target = self.build_dir(round_id, n)
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.rmtree(target, ignore_errors=True)
                shutil.move(str(out), target)
                con.execute(
                    "INSERT INTO builds (round_id, n, created_at, source_date_epoch, inputs, outputs,"
                    " counts) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (round_id, n, _now(), os.environ.get("SOURCE_DATE_EPOCH", ""),
                     json.dumps(record, ensure_ascii=False), json.dumps(outputs),
                     json.dumps(result.counts())),
                )  # fmt: skip
                c = result.counts()
                self.event(con, round_id, "built",
                           f"第 {n} 次生成:{len(inputs)} 个文件,{c['forms']} 张表、{c['risks']} 个风险点,"
                           f"错误 {c['errors']} 个、警告 {c['warnings']} 个")  # fmt: skip
            return n
        finally:
            shutil.rmtree(work, ignore_errors=True)

    def build_dir(self, round_id: int, n: int) -> Path:
        return self.root / "builds" / str(round_id) / str(n)

    def builds(self, round_id: int) -> list[dict]:
        out = []
        for r in self.db.execute(
            "SELECT * FROM builds WHERE round_id = ? ORDER BY n DESC", (round_id,)
        ):
            d = dict(r)
            d["inputs"] = json.loads(d["inputs"])
            d["outputs"] = json.loads(d["outputs"])
            d["counts"] = json.loads(d["counts"])
            out.append(d)
        return out

    def build_record(self, round_id: int, n: int) -> dict | None:
        return next((b for b in self.builds(round_id) if b["n"] == n), None)

    # returns (退回)

    def return_groups(self, round_id: int) -> list[dict]:
        """Per 科室: the current versions with open errors or warnings, and whether sent back."""
        with self.snapshot() as con:
            people = self.people(round_id, con)
            rows = con.execute(
                """SELECT v.id, v.rel, v.status,
                     sum(i.severity = 'error') AS errors, sum(i.severity = 'warning') AS warnings
                   FROM versions v JOIN issues i ON i.version_id = v.id
                   WHERE v.round_id = ? AND v.superseded_by IS NULL AND i.state = 'open'
                     AND i.severity IN ('error', 'warning')
                   GROUP BY v.id ORDER BY v.rel""",
                (round_id,),
            ).fetchall()
            depts_of: dict[int, set[str]] = defaultdict(set)
            for vid, dept in con.execute(
                "SELECT f.version_id, f.department FROM forms f JOIN versions v"
                " ON v.id = f.version_id WHERE f.round_id = ? AND v.superseded_by IS NULL"
                " AND f.superseded_by IS NULL",
                (round_id,),
            ):
                depts_of[vid].add(dept)
            sent: dict[int, str] = {}
            for vid, at in con.execute(
                "SELECT rv.version_id, max(r.sent_at) FROM return_versions rv JOIN returns r"
                " ON r.id = rv.return_id WHERE r.round_id = ? GROUP BY rv.version_id",
                (round_id,),
            ):
                sent[vid] = at
        roster_depts = {p.department for p in people}
        by_person = {p.person: p.department for p in people}
        groups: dict[str, list[dict]] = defaultdict(list)
        for r in rows:
            depts = {d for d in depts_of.get(r["id"], set()) if d}
            if not depts:
                stem = Path(r["rel"]).stem
                parent = r["rel"].rsplit("/", 2)[-2] if "/" in r["rel"] else ""
                guess = stem if stem in roster_depts else parent if parent in roster_depts else ""
                guess = guess or by_person.get(stem, "")
                depts = {guess or "(无法确定科室)"}
            for d in sorted(depts):
                groups[d].append({**dict(r), "sent_at": sent.get(r["id"], "")})
        return [
            {"department": d, "versions": vs, "errors": sum(v["errors"] for v in vs),
             "warnings": sum(v["warnings"] for v in vs),
             "sent": all(v["sent_at"] for v in vs),
             "sent_at": max((v["sent_at"] for v in vs), default="")}
            for d, vs in sorted(groups.items())
        ]  # fmt: skip

    def feedback_zip(self, round_id: int, department: str, target: Path) -> list[int]:
        """The 科室's feedback copies and 退回清单 (``write_feedback``) zipped into ``target``."""
        from xlproc.collect import collect_inbox
        from xlproc.feedback import write_feedback

        group = next(
            (g for g in self.return_groups(round_id) if g["department"] == department), None
        )
        if group is None:
            raise UsageError(f"{department} 没有需要退回的文件")
        ids = [v["id"] for v in group["versions"]]
        inputs = [v for v in self.current(round_id) if v["id"] in ids]
        people = [p for p in self.people(round_id) if p.department == department]
        work = Path(tempfile.mkdtemp(dir=self.root / "tmp", prefix="return-"))
        try:
            inbox, roster = self.lay_out(round_id, work, inputs, people)
            result = collect_inbox([inbox], roster_path=str(roster) if roster else None,
                                   config=self.config, config_path=self.config_path, jobs=1)  # fmt: skip
            write_feedback(result, work / "out", jobs=self.jobs)
            _zip_dir(work / "out", target)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        return ids

    def mark_returned(self, round_id: int, department: str) -> int:
        group = next(
            (g for g in self.return_groups(round_id) if g["department"] == department), None
        )
        if group is None:
            raise UsageError(f"{department} 没有需要退回的文件")
        with self.write() as con:
            now = _now()
            rid = con.execute(
                "INSERT INTO returns (round_id, department, sent_at) VALUES (?, ?, ?)",
                (round_id, department, now),
            ).lastrowid
            con.executemany(
                "INSERT OR IGNORE INTO return_versions (return_id, version_id) VALUES (?, ?)",
                [(rid, v["id"]) for v in group["versions"]],
            )
            files = "、".join(v["rel"] for v in group["versions"])
            self.event(con, round_id, "returned",
                       f"{department}:已退回 {len(group['versions'])} 个文件({files}),{now[:10]}")  # fmt: skip
        return rid

    # comparing and history

    def latest_build(self, round_id: int) -> int | None:
        row = self.db.execute(
            "SELECT max(n) FROM builds WHERE round_id = ?", (round_id,)
        ).fetchone()
        return row[0]

    def compare(self, round_id: int, old_archive: Path, old_label: str, target: Path):
        """The diff of an earlier archive against this round's latest build (``xlproc diff``)."""
        from xlproc.diff import diff_archives, read_archive, write_diff

        n = self.latest_build(round_id)
        if n is None:
            raise UsageError("本轮次还没有生成档案:请先在“生成”页生成")
        new = self.build_dir(round_id, n) / "archive.xlsx"
        o_r, o_p = read_archive(old_archive)
        n_r, n_p = read_archive(new)
        rnd = self.round(round_id)
        result = diff_archives(o_r, o_p, n_r, n_p, old_label, f"{rnd['title']}(第 {n} 次生成)")
        write_diff(result, target)
        with self.write() as con:
            self.event(con, round_id, "compared", f"与 {old_label} 对比")
        return result

    def post_list(self, query: str = "", limit: int = 200) -> list[dict]:
        like = f"%{query.strip()}%"
        return [dict(r) for r in self.db.execute(
            """SELECT f.unit, f.department, f.title, count(DISTINCT f.round_id) AS n_rounds,
                      group_concat(DISTINCT f.person) AS people
               FROM forms f JOIN versions v ON v.id = f.version_id
               WHERE v.superseded_by IS NULL AND f.superseded_by IS NULL
                 AND (f.unit || f.department || f.title || f.person) LIKE ?
               GROUP BY f.unit, f.department, f.title ORDER BY f.unit, f.department, f.title
               LIMIT ?""", (like, limit))]  # fmt: skip

    def post_history(self, unit: str, department: str, title: str) -> list[dict]:
        """One post (单位 + 科室 + 职务) across rounds: holder, grade, and its risk points."""
        out = []
        for r in self.db.execute(
            """SELECT f.*, r.title AS round_title, r.id AS rid, v.rel FROM forms f
               JOIN versions v ON v.id = f.version_id JOIN rounds r ON r.id = f.round_id
               WHERE v.superseded_by IS NULL AND f.superseded_by IS NULL
                 AND f.unit = ? AND f.department = ? AND f.title = ?
               ORDER BY r.id, f.id""",
            (unit, department, title),
        ):
            d = dict(r)
            d["risks"] = self.form_risks(d["id"])
            out.append(d)
        return out


def _form_of(issue: dict, spans: list[tuple[str, int, int]]) -> int | None:
    """The form an issue belongs to: on its sheet, the first form whose last risk row is at or
    below the issue's row (a form's header lies above its rows); None for the whole file."""
    sheet = issue["source_sheet"]
    mine = [s for s in spans if s[0] == sheet]
    if not sheet or not mine:
        return None
    if len(mine) == 1:
        return mine[0][2]
    digits = "".join(ch for ch in issue["cell"] if ch.isdigit())
    row = int(digits) if digits else 0
    for _sheet, last, fid in sorted(mine, key=lambda s: s[1]):
        if last >= row:
            return fid
    return mine[-1][2]
