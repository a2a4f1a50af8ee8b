"""The workbench's routes with Flask's test client: pages, the JSON API, safety."""

from __future__ import annotations

import io
import re
import subprocess
import sys
import threading
import zipfile
from pathlib import Path
from urllib.parse import unquote

import pytest
from click.testing import CliRunner
from test_store import INBOX, SAMPLES, corrected_secretariat, inbox_items

from xlproc.web import create_app

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'


@pytest.fixture
def app(tmp_path):
    app = create_app(tmp_path / "data", jobs=1)
    app.testing = True
    return app


@pytest.fixture
def client(app):
    return app.test_client()


def csrf(client, path="/") -> str:
    html = client.get(path).get_data(as_text=True)
    return re.search(r'name="_csrf" value="([^"]+)"', html).group(1)


def files_part(items):
    return [(io.BytesIO(data), name) for name, data in items]


def new_round(client, title="2026年度岗位廉政风险排查", roster=True) -> int:
    rid = client.post("/api/rounds", json={"title": title, "unit": "XX区人民政府办公室"}).json["id"]
    if roster:
        r = client.post(f"/api/rounds/{rid}/roster",
                        data={"file": (io.BytesIO((SAMPLES / "roster.csv").read_bytes()), "roster.csv")})  # fmt: skip
        assert r.status_code == 200 and r.json == {"people": 30}
    return rid


def upload(client, rid, items):
    r = client.post(f"/api/rounds/{rid}/files", data={"files": files_part(items)})
    assert r.status_code == 200, r.get_data(as_text=True)
    return r.json


def test_api_round_trip(client, tmp_path):
    rid = new_round(client)
    report = upload(client, rid, [(f"回收/{n}", d) for n, d in inbox_items()])
    assert len(report["received"]) == 10 and all(
        r["rel"].startswith("回收/") for r in report["received"]
    )
    st = client.get(f"/api/rounds/{rid}/status").json
    assert {k: st[k] for k in ("files", "forms", "risks", "errors", "warnings")} == {
        "files": 10, "forms": 27, "risks": 79, "errors": 3, "warnings": 6}  # fmt: skip
    assert {"department": "秘书科", "person": "林芳", "status": "error"} in st["people"]
    assert {"department": "财务科", "person": "萧红", "status": "missing"} in st["people"]
    r = client.post(f"/api/rounds/{rid}/builds")
    assert r.status_code == 201 and r.json == {"build": 1}
    for name in ("archive.xlsx", "public.xlsx", "exports.zip"):
        r = client.get(f"/api/rounds/{rid}/builds/1/{name}")
        assert r.status_code == 200 and len(r.data) > 1000
        cd = r.headers["Content-Disposition"]
        assert "filename*=UTF-8''" in cd
        assert unquote(cd.split("filename*=UTF-8''")[1]).startswith("2026年度岗位廉政风险排查_")
    import openpyxl

    wb = openpyxl.load_workbook(
        io.BytesIO(client.get(f"/api/rounds/{rid}/builds/1/archive.xlsx").data)
    )
    assert wb["风险点明细"].max_row - 2 == 79
    assert client.get(f"/api/rounds/{rid}/builds/9/archive.xlsx").status_code == 404
    assert client.get(f"/api/rounds/{rid}/builds/1/secret.key").status_code == 404


def test_bad_roster_lists_every_row_and_saves_nothing(client):
    rid = new_round(client, roster=False)
    body = "单位,科室,姓名,职务,岗位层级\nXX局,办公室,李二,主任,中层\nXX局,办公室,,科员,一般\nXX局,办公室,王五,科员,处级\n"
    token = csrf(client, f"/rounds/{rid}")
    r = client.post(
        f"/rounds/{rid}/roster",
        data={"_csrf": token, "file": (io.BytesIO(body.encode()), "花名册.csv")},
    )
    html = r.get_data(as_text=True)
    assert r.status_code == 400 and "第 3 行" in html and "第 4 行" in html and "未保存" in html
    assert client.get(f"/api/rounds/{rid}/status").json["people"] == []
    r = client.post(
        f"/api/rounds/{rid}/roster",
        data={"file": (io.BytesIO(body.encode()), "r.csv")},
        headers={"X-CSRF-Token": token},  # this client has a browser session now
    )
    assert r.status_code == 400 and len(r.json["problems"]) == 2


def test_pages_render_in_chinese(client):
    rid = new_round(client)
    upload(client, rid, inbox_items())
    client.post(f"/api/rounds/{rid}/builds")
    vid = next(v["id"] for v in client.application.extensions["xlproc_store"].versions(rid)
               if v["rel"] == "秘书科.xlsx")  # fmt: skip
    pages = ["/", f"/rounds/{rid}", f"/rounds/{rid}?state=missing", f"/rounds/{rid}?dept=秘书科&q=林",
             f"/rounds/{rid}/inbox", f"/rounds/{rid}/files/{vid}", f"/rounds/{rid}/returns",
             f"/rounds/{rid}/builds", f"/rounds/{rid}/compare", f"/rounds/{rid}/events", "/posts",
             "/posts/view?unit=XX区人民政府办公室&department=秘书科&title=副主任科员"]  # fmt: skip
    for path in pages:
        r = client.get(path)
        assert r.status_code == 200, path
        html = r.get_data(as_text=True)
        assert 'lang="zh-CN"' in html and "Traceback" not in html
    board = client.get(f"/rounds/{rid}").get_data(as_text=True)
    for word in ("未报送", "有错误", "已合格", "催报名单", "萧红"):
        assert word in board
    page = client.get(f"/rounds/{rid}/files/{vid}").get_data(as_text=True)
    cell = re.search(
        r'<td class="mark-error" title="([^"]*)" data-cell="E6" id="c-林芳!E6">很高</td>', page
    )
    assert cell and "无法识别" in cell.group(1)
    assert "xlproc:{" not in page  # the templates' hidden metadata column is not shown
    r = client.get(f"/rounds/{rid}/reminders.txt")
    assert (
        "萧红" in r.data.decode("utf-8-sig")
        and "filename*=UTF-8''" in r.headers["Content-Disposition"]
    )
    assert client.get("/rounds/999").status_code == 404
    assert "找不到" in client.get("/rounds/999").get_data(as_text=True)


def test_templates_zip(client):
    rid = new_round(client)
    r = client.get(f"/rounds/{rid}/templates.zip")
    with zipfile.ZipFile(io.BytesIO(r.data)) as zf:
        names = zf.namelist()
    assert len(names) == 9 and "XX区人民政府办公室/秘书科.xlsx" in names


def test_return_then_corrected_version_closes_problems(client):
    rid = new_round(client)
    upload(client, rid, inbox_items())
    r = client.get(f"/rounds/{rid}/returns/秘书科.zip")
    assert r.status_code == 200 and "filename*=UTF-8''" in r.headers["Content-Disposition"]
    with zipfile.ZipFile(io.BytesIO(r.data)) as zf:
        assert sorted(zf.namelist()) == ["秘书科.xlsx", "退回清单.xlsx"]
    token = csrf(client, f"/rounds/{rid}/returns")
    r = client.post(f"/rounds/{rid}/returns/秘书科/sent", data={"_csrf": token})
    assert r.status_code == 302
    assert "已退回" in client.get(f"/rounds/{rid}/returns").get_data(as_text=True)
    people = {
        p["person"]: p["status"] for p in client.get(f"/api/rounds/{rid}/status").json["people"]
    }
    assert people["林芳"] == "returned"
    token = csrf(client, f"/rounds/{rid}/inbox")
    r = client.post(f"/rounds/{rid}/files", data={"_csrf": token,
                    "files": [(io.BytesIO(corrected_secretariat()), "秘书科.xlsx")]})  # fmt: skip
    html = r.get_data(as_text=True)
    assert "销号 <b>1</b> 个问题" in html and "已被新版本替代" in html
    people = {
        p["person"]: p["status"] for p in client.get(f"/api/rounds/{rid}/status").json["people"]
    }
    assert people["林芳"] == "ok"
    assert "已销号 1 个问题" in client.get(f"/rounds/{rid}").get_data(as_text=True)


def test_compare_with_an_earlier_round_and_post_history(client):
    old = new_round(client, "2025年度")
    upload(client, old, inbox_items())
    client.post(f"/api/rounds/{old}/builds")
    rid = new_round(client, "2026年度")
    upload(client, rid, [("秘书科.xlsx", corrected_secretariat()),
                         *[i for i in inbox_items() if i[0] != "秘书科.xlsx"]])  # fmt: skip
    client.post(f"/api/rounds/{rid}/builds")
    token = csrf(client, f"/rounds/{rid}/compare")
    r = client.post(f"/rounds/{rid}/compare", data={"_csrf": token, "other": str(old)})
    html = r.get_data(as_text=True)
    assert r.status_code == 200 and "2025年度" in html and "修改风险点" in html and "Ⅲ级" in html
    link = re.search(r'href="(/rounds/\d+/compare/[0-9a-f]+\.xlsx)"', html).group(1)
    assert client.get(link).status_code == 200
    archive = client.get(f"/api/rounds/{old}/builds/1/archive.xlsx").data
    r = client.post(f"/rounds/{rid}/compare",
                    data={"_csrf": token, "archive": (io.BytesIO(archive), "上年档案.xlsx")})  # fmt: skip
    assert "上年档案.xlsx" in r.get_data(as_text=True)
    r = client.post(f"/rounds/{rid}/compare",
                    data={"_csrf": token, "archive": (io.BytesIO(b"not a workbook"), "x.xlsx")})  # fmt: skip
    assert r.status_code == 400 and "不是 xlproc collect 生成的汇总档案" in r.get_data(as_text=True)
    html = client.get(
        "/posts/view?unit=XX区人民政府办公室&department=秘书科&title=副主任科员"
    ).get_data(as_text=True)
    assert html.count("林芳") >= 2 and "2025年度" in html and "2026年度" in html


def test_upload_gives_file_times_and_the_board_shows_posts(client, tmp_path):
    import json

    from helpers import write_workbook
    from test_store import LIST_ROSTER, LIST_TABLE, own_file

    rid = client.post("/api/rounds", json={"title": "对岗不对人"}).json["id"]
    r = client.post(f"/api/rounds/{rid}/roster",
                    data={"file": (io.BytesIO(LIST_ROSTER.encode()), "花名册.csv")})  # fmt: skip
    assert r.json == {"people": 3}
    table = write_workbook(tmp_path / "t.xlsx", {"S": LIST_TABLE}).read_bytes()
    times = {"林芳.xlsx": 1_780_000_000, "旧/林芳.xlsx": 1_770_000_000}  # as the browser sends them
    r = client.post(f"/api/rounds/{rid}/files", data={
        "mtimes": json.dumps(times), "files": [(io.BytesIO(own_file("林芳", "Ⅲ级")), "林芳.xlsx"),
                                               (io.BytesIO(own_file("林芳")), "旧/林芳.xlsx"),
                                               (io.BytesIO(table), "XX局/财务室.xlsx")]})  # fmt: skip
    assert [s["rel"] for s in r.json["superseded"]] == ["旧/林芳.xlsx"]
    people = client.get(f"/api/rounds/{rid}/status").json["people"]
    assert {"department": "财务室", "person": "钱多", "status": "ok"} in people
    assert {
        "department": "财务室",
        "person": "",
        "title": "会计",
        "status": "not_in_roster",
    } in people
    board = client.get(f"/rounds/{rid}").get_data(as_text=True)
    assert 'data-person="财务室会计"' in board and "岗位:财务室会计" in board
    vid = next(v["id"] for v in client.application.extensions["xlproc_store"].versions(rid)
               if v["rel"] == "旧/林芳.xlsx")  # fmt: skip
    page = client.get(f"/rounds/{rid}/files/{vid}").get_data(as_text=True)
    assert "已被新版本替代" in page and "修改时间较晚" in page


def _form_with(point: str, tmp_path: Path) -> bytes:
    from helpers import GENERAL_FORM, write_workbook

    rows = [list(r) for r in GENERAL_FORM]
    rows[5][2] = point
    return write_workbook(tmp_path / "x.xlsx", {"张三": rows}).read_bytes()


@pytest.mark.parametrize("evil", [SCRIPT, IMG])
def test_staff_text_and_file_names_are_escaped(client, tmp_path, evil):
    rid = new_round(client, roster=False)
    data = _form_with(evil + "风险点", tmp_path)
    name = evil.replace('"', "%22")  # as browsers (and urllib3) send a quote in a part's filename
    report = upload(client, rid, [(name + ".xlsx", data)])
    (got,) = report["received"]
    pages = [f"/rounds/{rid}", f"/rounds/{rid}/inbox", f"/rounds/{rid}/files/{got['id']}",
             f"/rounds/{rid}/events", "/posts", "/posts/view?unit=XX区测试局&department=办公室&title=科员"]  # fmt: skip
    seen_escaped = 0
    for path in pages:
        html = client.get(path).get_data(as_text=True)
        assert "<script>alert" not in html and "<img src=x" not in html, path
        seen_escaped += "&lt;script&gt;" in html or "&lt;img src=x" in html
    assert seen_escaped >= 4
    token = csrf(client, f"/rounds/{rid}/inbox")
    html = client.post(f"/rounds/{rid}/files", data={"_csrf": token,
                       "files": [(io.BytesIO(data + b" "), name + "(2).xlsx")]}).get_data(as_text=True)  # fmt: skip
    assert "<script>alert" not in html and "<img src=x" not in html


def test_unsafe_names_are_refused(client):
    rid = new_round(client, roster=False)
    data = (INBOX / "人事科.xlsx").read_bytes()
    report = upload(client, rid, [("../人事科.xlsx", data), ("/etc/人事科.xlsx", data + b"1"),
                                  ("C:\\人事科.xlsx", data + b"2"), ("好/人事科.xlsx", data)])  # fmt: skip
    assert [r["rel"] for r in report["received"]] == ["好/人事科.xlsx"]
    assert len(report["refused"]) == 3
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("../../evil.xlsx", data)
        zf.writestr("收件/督查科.xlsx", (INBOX / "督查科.xlsx").read_bytes())
    report = upload(client, rid, [("回收.zip", buf.getvalue())])
    assert [r["rel"] for r in report["received"]] == ["收件/督查科.xlsx"]
    assert "不安全" in report["refused"][0]


def test_upload_limits_come_from_the_config(tmp_path):
    cfg = tmp_path / "x.toml"
    cfg.write_text("[web]\nmax_file_bytes = 4000\nmax_request_bytes = 2000000\nmax_files = 2000\n")
    app = create_app(tmp_path / "d", config_path=str(cfg), jobs=1)
    c = app.test_client()
    rid = c.post("/api/rounds", json={"title": "限额"}).json["id"]
    report = c.post(
        f"/api/rounds/{rid}/files", data={"files": [(io.BytesIO(b"x" * 5000), "big.xlsx")]}
    ).json
    assert report["received"] == [] and "大小上限" in report["refused"][0]
    # a folder arrives as one part per file: 2,000 in one upload are fine
    parts = [(io.BytesIO(f"{i}".encode()), f"夹/{i}.txt") for i in range(2000)]
    report = c.post(f"/api/rounds/{rid}/files", data={"files": parts}).json
    assert len(report["received"]) == 2000
    r = c.post(
        f"/api/rounds/{rid}/files",
        data={"files": [(io.BytesIO(b"x" * 3000), f"{i}.txt") for i in range(700)]},
    )
    assert r.status_code == 413 and "上限" in r.json["error"]


def test_host_and_origin_checks(client):
    assert client.get("/", headers={"Host": "evil.example:8765"}).status_code == 403
    assert client.get("/", headers={"Host": "localhost:8765"}).status_code == 200
    r = client.post("/api/rounds", json={"title": "x"}, headers={"Origin": "http://evil.example"})
    assert r.status_code == 403
    r = client.post("/api/rounds", json={"title": "x"}, headers={"Sec-Fetch-Site": "cross-site"})
    assert r.status_code == 403
    token = csrf(client)
    assert client.post("/rounds", data={"title": "无令牌"}).status_code == 403
    r = client.post("/rounds", data={"title": "有令牌", "_csrf": token})
    assert r.status_code == 302
    r = client.post(
        "/api/rounds", json={"title": "浏览器无令牌"}
    )  # a browser session needs the token
    assert r.status_code == 403


def test_password_login_session_and_csrf(tmp_path):
    app = create_app(tmp_path / "d", password="口令123", local_only=False, jobs=1)
    c = app.test_client()
    r = c.get("/rounds/1")
    assert r.status_code == 302 and "/login" in r.headers["Location"]
    assert c.get("/api/rounds/1/status").status_code == 401
    assert c.post("/api/rounds", json={"title": "x"}).status_code == 401
    import base64

    good = {"Authorization": "Basic " + base64.b64encode("x:口令123".encode()).decode()}
    r = c.post("/api/rounds", json={"title": "脚本"}, headers=good)
    assert r.status_code == 201
    token = csrf(c, "/login")
    assert "密码不正确" in c.post("/login", data={"_csrf": token, "password": "错"}).get_data(
        as_text=True
    )
    assert c.post("/login", data={"password": "口令123"}).status_code == 200  # no token: refused
    r = c.post("/login?next=/rounds/1", data={"_csrf": token, "password": "口令123"})
    assert r.status_code == 302 and r.headers["Location"] == "/rounds/1"
    assert c.get("/rounds/1").status_code == 200
    assert c.post("/rounds", data={"title": "无令牌"}).status_code == 403
    token = csrf(c)
    assert c.post("/rounds", data={"title": "有令牌", "_csrf": token}).status_code == 302
    assert c.post("/logout", data={"_csrf": token}).status_code == 302
    assert c.get("/").status_code == 302
    cookie = c.get_cookie("xlproc_session")
    assert cookie is None or cookie.http_only


def test_two_tabs_uploading_at_once(app):
    rid = new_round(app.test_client())
    items = inbox_items()
    out = []

    def go(part):
        out.append(
            app.test_client().post(f"/api/rounds/{rid}/files", data={"files": files_part(part)})
        )

    ts = [
        threading.Thread(target=go, args=(items[:7],)),
        threading.Thread(target=go, args=(items[3:],)),
    ]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    assert [r.status_code for r in out] == [200, 200]
    received = sum(len(r.json["received"]) for r in out)
    dups = sum(len(r.json["duplicates"]) for r in out)
    assert received == 10 and dups == 4
    st = app.test_client().get(f"/api/rounds/{rid}/status").json
    assert (st["files"], st["forms"], st["errors"]) == (10, 27, 3)


def test_serve_refuses_a_public_address_without_password():
    from xlproc.cli import main

    r = CliRunner().invoke(main, ["serve", "--host", "0.0.0.0", "--no-browser"])
    assert r.exit_code == 2
    assert (
        "拒绝在 0.0.0.0 上监听" in r.output
        and "--password" in r.output
        and "Traceback" not in r.output
    )


def test_the_cli_does_not_import_the_web_code():
    code = "import sys, xlproc.cli; print(any(m.startswith(('xlproc.web', 'flask')) for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                         env={"PYTHONPATH": str(ROOT), "PATH": ""})  # fmt: skip
    assert out.stdout.strip() == "False", out.stderr


def test_demo_round_is_made_once(tmp_path):
    from xlproc.web.server import seed_demo

    app = create_app(tmp_path / "d", jobs=1)
    store = app.extensions["xlproc_store"]
    rid = seed_demo(store)
    assert seed_demo(store) == rid
    assert store.status(rid).counts["forms"] == 27


def test_serve_starts_prints_its_address_and_serves_the_demo(tmp_path):
    import os
    import urllib.request

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "xlproc", "serve", "--data", str(tmp_path / "d"), "--port", "0",
         "--no-browser", "--demo"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env, cwd=ROOT,
    )  # fmt: skip
    try:
        first = proc.stdout.readline()
        second = proc.stdout.readline()
        url = re.search(r"(http://127\.0\.0\.1:\d+/rounds/\d+)", first).group(1)
        assert "数据文件夹" in second and str(tmp_path / "d") in second
        html = urllib.request.urlopen(url, timeout=30).read().decode()
        assert "示例:2026年度岗位廉政风险排查" in html and "萧红" in html
    finally:
        proc.terminate()
        proc.wait(10)
