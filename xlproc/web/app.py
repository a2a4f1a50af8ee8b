"""The workbench's pages and JSON API (Flask). Routes hold no rules: they call the store, which
calls the library functions the CLI calls.
"""

from __future__ import annotations

import hmac
import io
import ipaddress
import json
import secrets
import tempfile
import time
import zipfile
from pathlib import Path
from urllib.parse import urlsplit

from flask import (
    Flask,
    abort,
    flash,
    g,
    jsonify,
    redirect,
    render_template,
    request,
    send_file,
    session,
    url_for,
)
from werkzeug.exceptions import HTTPException, RequestEntityTooLarge

from xlproc.atomic import safe_filename
from xlproc.errors import XlprocError
from xlproc.store import (
    FILE_STATUS_ZH,
    ISSUE_STATE_ZH,
    STATE_ZH,
    TIER_ZH,
    Store,
    expand_zip,
)
from xlproc.web.grid import file_grids

OUTPUTS = {
    "archive.xlsx": ("廉政风险信息档案", ".xlsx"),
    "public.xlsx": ("廉政风险公示版", ".xlsx"),
    "exports.zip": ("导出CSV", ".zip"),
}
SEVERITY_ZH = {"error": "错误", "warning": "警告", "info": "提示"}
PAGE = 500  # rows of the board's people table per page
_LOOPBACK_NAMES = {"localhost", "127.0.0.1", "::1"}


def is_loopback(host: str) -> bool:
    host = host.strip("[]")
    if host in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def create_app(
    data_dir: str | Path,
    password: str | None = None,
    config_path: str | None = None,
    jobs: int | None = None,
    local_only: bool = True,
) -> Flask:
    """The workbench over the store in ``data_dir``. ``password`` turns on the login;
    ``local_only`` refuses requests whose Host is not a loopback name (DNS rebinding)."""
    store = Store(data_dir, config_path=config_path, jobs=jobs)
    web = store.config.raw.get("web", {})
    limits = {
        "max_file": int(web.get("max_file_bytes", 50 << 20)),
        "max_request": int(web.get("max_request_bytes", 1 << 30)),
        "max_files": max(2000, int(web.get("max_files", 5000))),
    }
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=_secret(store.root),
        MAX_CONTENT_LENGTH=limits["max_request"],
        MAX_FORM_PARTS=limits["max_files"] + 20,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_NAME="xlproc_session",
        JSON_AS_ASCII=False,
    )
    app.json.ensure_ascii = False
    app.extensions["xlproc_store"] = store
    app.extensions["xlproc_limits"] = limits
    app.jinja_env.globals.update(
        STATE_ZH=STATE_ZH, FILE_STATUS_ZH=FILE_STATUS_ZH, ISSUE_STATE_ZH=ISSUE_STATE_ZH,
        SEVERITY_ZH=SEVERITY_ZH, TIER_ZH=TIER_ZH, limits=limits, password_set=bool(password),
    )  # fmt: skip

    def csrf_token() -> str:
        if "csrf" not in session:
            session["csrf"] = secrets.token_urlsafe(24)
        return session["csrf"]

    app.jinja_env.globals["csrf_token"] = csrf_token

    # --- guards: host, origin, login, CSRF ------------------------------------------------------

    @app.before_request
    def guard():
        g.t0 = time.perf_counter()
        if local_only and not is_loopback(urlsplit(f"//{request.host}").hostname or ""):
            abort(403, "只接受本机地址(127.0.0.1 或 localhost)的访问")
        api = request.path.startswith("/api/")
        if request.method == "POST":
            if request.headers.get("Sec-Fetch-Site") in ("cross-site", "same-site"):
                abort(403, "拒绝来自其他网站的提交")
            origin = request.headers.get("Origin")
            if origin and origin != "null" and urlsplit(origin).netloc != request.host:
                abort(403, "拒绝来自其他网站的提交")
        if request.endpoint in ("static", "login"):
            return None
        if password and not session.get("auth"):
            auth = request.authorization
            if (
                api
                and auth
                and hmac.compare_digest((auth.password or "").encode(), password.encode())
            ):
                g.basic = True
            elif api:
                return jsonify({"error": "需要登录:请用 HTTP Basic 认证提供密码"}), 401
            else:
                return redirect(url_for("login", next=request.full_path))
        if request.method == "POST" and not g.get("basic"):
            sent = request.headers.get("X-CSRF-Token") or request.form.get("_csrf")
            if api and not sent and not session:
                return None  # a script without cookies: no browser session to forge
            if not sent or not hmac.compare_digest(sent, session.get("csrf", "")):
                abort(403, "页面已过期或提交来源不明(CSRF 校验失败),请刷新页面后重试")
        return None

    @app.after_request
    def headers(resp):
        resp.headers["X-Content-Type-Options"] = "nosniff"
        resp.headers["X-Frame-Options"] = "DENY"
        resp.headers["Referrer-Policy"] = "same-origin"
        resp.headers["Content-Security-Policy"] = (
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
            " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
        )
        if "t0" in g:
            resp.headers["Server-Timing"] = f"app;dur={(time.perf_counter() - g.t0) * 1000:.1f}"
        return resp

    @app.errorhandler(RequestEntityTooLarge)
    def too_large(e):
        msg = (
            f"上传内容超出上限(一次最多 {limits['max_files']} 个文件、"
            f"{limits['max_request'] >> 20} MB);请分几次上传"
        )
        if request.path.startswith("/api/"):
            return jsonify({"error": msg}), 413
        return render_template("error.html", message=msg), 413

    @app.errorhandler(HTTPException)
    def http_error(e):
        msg = (
            e.description
            if e.code in (400, 401, 403)
            else {404: "找不到该页面"}.get(e.code, f"请求无法处理({e.code})")
        )
        if request.path.startswith("/api/"):
            return jsonify({"error": msg}), e.code
        return render_template("error.html", message=msg), e.code

    @app.errorhandler(XlprocError)
    def usage_error(e):
        if request.path.startswith("/api/"):
            return jsonify({"error": str(e)}), 400
        return render_template("error.html", message=str(e)), 400

    def the_round(rid: int) -> dict:
        rnd = store.round(rid)
        if rnd is None:
            abort(404)
        return rnd

    # --- login ---------------------------------------------------------------------------------

    @app.route("/login", methods=["GET", "POST"])
    def login():
        if not password:
            return redirect(url_for("rounds"))
        error = ""
        if request.method == "POST":
            sent = request.form.get("_csrf", "")
            if not sent or not hmac.compare_digest(sent, session.get("csrf", "")):
                error = "页面已过期,请重新输入"
            elif hmac.compare_digest(request.form.get("password", "").encode(), password.encode()):
                session.clear()
                session["auth"] = True
                session["csrf"] = secrets.token_urlsafe(24)
                nxt = request.args.get("next", "")
                return redirect(nxt if nxt.startswith("/") and not nxt.startswith("//") else "/")
            else:
                time.sleep(0.5)
                error = "密码不正确"
        return render_template("login.html", error=error)

    @app.post("/logout")
    def logout():
        session.clear()
        return redirect(url_for("login"))

    # --- rounds --------------------------------------------------------------------------------

    @app.get("/")
    def rounds():
        return render_template("rounds.html", rounds=store.rounds())

    @app.post("/rounds")
    def create_round():
        f = request.form
        try:
            rid = store.create_round(f.get("title", ""), f.get("unit", ""), f.get("deadline", ""))
        except XlprocError as e:
            flash(str(e), "error")
            return redirect(url_for("rounds"))
        return redirect(url_for("board", rid=rid))

    @app.post("/rounds/<int:rid>/roster")
    def roster(rid: int):
        the_round(rid)
        up = request.files.get("file")
        if up is None or not up.filename:
            flash("请选择花名册文件(.xlsx 或 .csv)", "error")
            return redirect(url_for("board", rid=rid))
        people, problems = store.set_roster(rid, up.read(), Path(up.filename).name)
        if problems:
            return render_template(
                "roster_problems.html", rnd=the_round(rid), problems=problems, name=up.filename
            ), 400
        flash(f"花名册已保存:{len(people)} 人", "ok")
        return redirect(url_for("board", rid=rid))

    @app.get("/rounds/<int:rid>")
    def board(rid: int):
        rnd = the_round(rid)
        status = store.status(rid)
        state, dept, q = (
            request.args.get("state", ""),
            request.args.get("dept", ""),
            request.args.get("q", "").strip(),
        )
        people = status.people
        if state == "superseded":
            people = [p for p in people if p.superseded]
        elif state:
            people = [p for p in people if p.status == state]
        if dept:
            people = [p for p in people if p.department == dept]
        if q:
            people = [p for p in people if q in p.person or q in p.title or q in p.department]
        missing = [p for p in status.people if p.status == "missing"]
        pages = max(1, -(-len(people) // PAGE))
        page = min(max(1, request.args.get("page", 1, type=int)), pages)
        shown = people if request.args.get("all") else people[(page - 1) * PAGE : page * PAGE]
        return render_template(
            "board.html", rnd=rnd, status=status, people=shown, n_people=len(people), page=page,
            pages=pages if not request.args.get("all") else 1, state=state, dept=dept, q=q,
            reminder=_reminder_text(rnd, missing), n_missing=len(missing),
            file_base=url_for("file_page", rid=rid, vid=0)[:-1],
        )  # fmt: skip

    @app.get("/rounds/<int:rid>/reminders.txt")
    def reminders(rid: int):
        rnd = the_round(rid)
        missing = [p for p in store.status(rid).people if p.status == "missing"]
        data = _reminder_text(rnd, missing).encode("utf-8-sig")
        return _download(data, f"{rnd['title']}_催报名单.txt", "text/plain; charset=utf-8")

    @app.get("/rounds/<int:rid>/templates.zip")
    def templates_zip(rid: int):
        from xlproc.templates import build_outbox

        rnd = the_round(rid)
        people = store.people(rid)
        if not people:
            abort(400, "请先上传花名册,再下载下发表格")
        with tempfile.TemporaryDirectory(dir=store.root / "tmp") as tmp:
            out = Path(tmp) / "out"
            build_outbox(people, out, store.config)
            buf = io.BytesIO()
            with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
                for p in sorted(out.rglob("*")):
                    if p.is_file():
                        info = zipfile.ZipInfo(p.relative_to(out).as_posix(), (2026, 1, 1, 0, 0, 0))
                        info.flag_bits |= 0x800
                        info.compress_type = zipfile.ZIP_DEFLATED
                        zf.writestr(info, p.read_bytes())
        return _download(buf.getvalue(), f"{rnd['title']}_下发表格.zip", "application/zip")

    # --- receiving -----------------------------------------------------------------------------

    def _receive(rid: int):
        """Each part is kept (by hash) as it is read, a .zip expanded; then all are checked.

        ``mtimes`` (optional, JSON ``{part filename: seconds}``) gives the files' modification
        times, as the browser knows them; a .zip's entries carry their own."""
        the_round(rid)
        up = store.upload()
        mtimes = _mtimes(request.form.get("mtimes", ""))
        parts = request.files.getlist("files") + request.files.getlist("file")
        if len(parts) > limits["max_files"]:
            raise RequestEntityTooLarge()
        for part in parts:
            name = part.filename or ""
            if not name:
                up.refuse("有一个上传的文件没有文件名,已跳过")
                continue
            data = part.read(limits["max_file"] + 1)
            part.close()
            if len(data) > limits["max_file"]:
                up.refuse(f"{name}:超过单个文件的大小上限({limits['max_file'] >> 20} MB),已拒绝")
            elif name.lower().endswith(".zip"):
                got, problems = expand_zip(data, name, store.config, limits["max_file"],
                                           limits["max_files"])  # fmt: skip
                for rel, body, mtime in got:
                    up.add(rel, body, mtime)
                for m in problems:
                    up.refuse(m)
            else:
                up.add(name, data, mtimes.get(name))
        report = store.ingest_upload(rid, up)
        store.status(rid)  # computed now, while the uploader waits, not on the next page view
        return report

    @app.get("/rounds/<int:rid>/inbox")
    def inbox(rid: int):
        rnd = the_round(rid)
        return render_template("inbox.html", rnd=rnd, versions=store.versions(rid), report=None,
                               file_base=url_for("file_page", rid=rid, vid=0)[:-1])  # fmt: skip

    @app.post("/rounds/<int:rid>/files")
    def upload_form(rid: int):
        report = _receive(rid)
        return render_template("inbox.html", rnd=the_round(rid), versions=store.versions(rid),
                               report=report.as_dict(),
                               file_base=url_for("file_page", rid=rid, vid=0)[:-1])  # fmt: skip

    @app.get("/rounds/<int:rid>/files/<int:vid>")
    def file_page(rid: int, vid: int):
        rnd = the_round(rid)
        v = store.version(rid, vid)
        if v is None:
            abort(404)
        issues = store.version_issues(vid)
        forms = store.version_forms(vid)
        blocks = file_grids(store, v, forms, issues) if v["status"] == "read" else []
        newer = store.version(rid, v["superseded_by"]) if v["superseded_by"] else None
        return render_template("file.html", rnd=rnd, v=v, issues=issues, forms=forms,
                               blocks=blocks, newer=newer)  # fmt: skip

    @app.get("/rounds/<int:rid>/files/<int:vid>/original")
    def original(rid: int, vid: int):
        v = store.version(rid, vid)
        if v is None:
            abort(404)
        return send_file(store.blob_path(v["hash"]), as_attachment=True, download_name=v["name"],
                         mimetype="application/octet-stream")  # fmt: skip

    @app.post("/rounds/<int:rid>/files/<int:vid>/withdraw")
    def withdraw(rid: int, vid: int):
        store.withdraw(rid, vid)
        flash("该文件已作废,不再计入", "ok")
        return redirect(url_for("file_page", rid=rid, vid=vid))

    # --- returns -------------------------------------------------------------------------------

    @app.get("/rounds/<int:rid>/returns")
    def returns(rid: int):
        return render_template("returns.html", rnd=the_round(rid), groups=store.return_groups(rid))

    @app.get("/rounds/<int:rid>/returns/<path:dept>.zip")
    def return_zip(rid: int, dept: str):
        rnd = the_round(rid)
        with tempfile.TemporaryDirectory(dir=store.root / "tmp") as tmp:
            target = Path(tmp) / "r.zip"
            store.feedback_zip(rid, dept, target)
            data = target.read_bytes()
        return _download(data, f"{rnd['title']}_{dept}_退回修改.zip", "application/zip")

    @app.post("/rounds/<int:rid>/returns/<path:dept>/sent")
    def return_sent(rid: int, dept: str):
        store.mark_returned(rid, dept)
        flash(f"{dept} 已标记为已退回", "ok")
        return redirect(url_for("returns", rid=rid))

    # --- builds --------------------------------------------------------------------------------

    @app.get("/rounds/<int:rid>/builds")
    def builds(rid: int):
        rnd = the_round(rid)
        return render_template("builds.html", rnd=rnd, builds=store.builds(rid),
                               n_current=len(store.current(rid)))  # fmt: skip

    @app.post("/rounds/<int:rid>/builds")
    def build_now(rid: int):
        the_round(rid)
        n = store.build(rid)
        flash(f"第 {n} 次生成完成", "ok")
        return redirect(url_for("builds", rid=rid))

    def _output(rid: int, n: int, name: str):
        rnd = the_round(rid)
        if name not in OUTPUTS or store.build_record(rid, n) is None:
            abort(404)
        stem, ext = OUTPUTS[name]
        path = store.build_dir(rid, n) / name
        return send_file(path, as_attachment=True,
                         download_name=f"{safe_filename(rnd['title'])}_{stem}_第{n}次{ext}")  # fmt: skip

    app.add_url_rule("/rounds/<int:rid>/builds/<int:n>/<name>", "output", _output)

    # --- compare and history -------------------------------------------------------------------

    @app.route("/rounds/<int:rid>/compare", methods=["GET", "POST"])
    def compare(rid: int):
        rnd = the_round(rid)
        others = [r for r in store.rounds() if r["id"] != rid and r["n_builds"]]
        result = token = label = None
        if request.method == "POST":
            with tempfile.TemporaryDirectory(dir=store.root / "tmp") as tmp:
                other = request.form.get("other", "")
                up = request.files.get("archive")
                if up is not None and up.filename:
                    old = Path(tmp) / "old.xlsx"
                    old.write_bytes(up.read(limits["max_file"]))
                    label = Path(up.filename).name
                elif other.isdigit() and store.latest_build(int(other)):
                    o = store.round(int(other))
                    n_old = store.latest_build(int(other))
                    old = store.build_dir(int(other), n_old) / "archive.xlsx"
                    label = f"{o['title']}(第 {n_old} 次生成)"
                else:
                    flash("请选择一个已生成档案的轮次,或上传上年的汇总档案", "error")
                    return redirect(url_for("compare", rid=rid))
                token = secrets.token_hex(8)
                target = store.root / "diffs" / str(rid) / f"{token}.xlsx"
                target.parent.mkdir(parents=True, exist_ok=True)
                result = store.compare(rid, old, label, target)
        changes = []
        if result is not None:
            from xlproc.diff import CHANGE_ZH, FIELD_ZH

            for c in result.changes.head(2000).to_dict("records"):
                c["change_zh"] = CHANGE_ZH.get(c["change"], c["change"])
                c["field"] = FIELD_ZH.get(c["field"], c["field"])
                changes.append(c)
        summary = result.summary.sum(numeric_only=True).to_dict() if result is not None else {}
        return render_template("compare.html", rnd=rnd, others=others, result=result,
                               changes=changes, summary=summary, token=token, label=label,
                               other=request.form.get("other", ""))  # fmt: skip

    @app.get("/rounds/<int:rid>/compare/<token>.xlsx")
    def compare_download(rid: int, token: str):
        rnd = the_round(rid)
        if not token.isalnum():
            abort(404)
        path = store.root / "diffs" / str(rid) / f"{token}.xlsx"
        if not path.is_file():
            abort(404)
        return send_file(path, as_attachment=True,
                         download_name=f"{safe_filename(rnd['title'])}_年度对比.xlsx")  # fmt: skip

    @app.get("/rounds/<int:rid>/events")
    def events(rid: int):
        return render_template("events.html", rnd=the_round(rid), events=store.events(rid))

    @app.get("/posts")
    def posts():
        q = request.args.get("q", "")
        return render_template("posts.html", q=q, posts=store.post_list(q))

    @app.get("/posts/view")
    def post_view():
        a = request.args
        unit, dept, title = a.get("unit", ""), a.get("department", ""), a.get("title", "")
        return render_template("post.html", unit=unit, dept=dept, title=title,
                               history=store.post_history(unit, dept, title))  # fmt: skip

    # --- JSON API ------------------------------------------------------------------------------

    @app.post("/api/rounds")
    def api_create():
        body = request.get_json(silent=True) or {}
        rid = store.create_round(str(body.get("title", "")), str(body.get("unit", "")),
                                 str(body.get("deadline", "")))  # fmt: skip
        return jsonify({"id": rid}), 201

    @app.post("/api/rounds/<int:rid>/roster")
    def api_roster(rid: int):
        the_round(rid)
        up = request.files.get("file")
        if up is None or not up.filename:
            return jsonify({"error": "缺少 file(花名册 .xlsx 或 .csv)"}), 400
        people, problems = store.set_roster(rid, up.read(), Path(up.filename).name)
        if problems:
            return jsonify({"error": "花名册有误,未保存", "problems": problems}), 400
        return jsonify({"people": len(people)})

    @app.post("/api/rounds/<int:rid>/files")
    def api_files(rid: int):
        return jsonify(_receive(rid).as_dict())

    @app.get("/api/rounds/<int:rid>/status")
    def api_status(rid: int):
        the_round(rid)
        return jsonify(store.status(rid).api())

    @app.post("/api/rounds/<int:rid>/builds")
    def api_build(rid: int):
        the_round(rid)
        return jsonify({"build": store.build(rid)}), 201

    app.add_url_rule("/api/rounds/<int:rid>/builds/<int:n>/<name>", "api_output", _output)

    return app


def _secret(root: Path) -> bytes:
    """The session signing key, made once per data folder (sessions survive a restart)."""
    path = root / "secret.key"
    if not path.exists():
        path.write_bytes(secrets.token_bytes(32))
        try:
            path.chmod(0o600)
        except OSError:
            pass
    return path.read_bytes()


def _mtimes(text: str) -> dict[str, float]:
    """The ``mtimes`` field of an upload: {part filename: modification time in seconds}."""
    try:
        got = json.loads(text) if text else {}
    except ValueError:
        return {}
    if not isinstance(got, dict):
        return {}
    return {str(k): float(v) for k, v in got.items() if isinstance(v, int | float)}


def _download(data: bytes, name: str, mimetype: str):
    """A download with its Chinese name (Flask writes ``filename*`` per RFC 5987)."""
    return send_file(io.BytesIO(data), mimetype=mimetype, as_attachment=True,
                     download_name=safe_filename(name))  # fmt: skip


def _reminder_text(rnd: dict, missing) -> str:
    if not missing:
        return ""
    lines = [f"{rnd['title']} 尚未报送《岗位廉政风险识别和防控表》的人员({len(missing)} 人)"
             + (f",请于 {rnd['deadline']} 前报送:" if rnd["deadline"] else ":")]  # fmt: skip
    by: dict[str, list[str]] = {}
    for p in missing:
        by.setdefault(p.department, []).append(p.person)
    for dept, names in by.items():
        lines.append(f"{dept}:{'、'.join(names)}")
    return "\n".join(lines) + "\n"
