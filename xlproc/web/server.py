"""Start the workbench: check the address, open the store, serve with waitress, open a browser."""

from __future__ import annotations

import threading
import webbrowser
from pathlib import Path

from xlproc.errors import UsageError
from xlproc.web.app import create_app, is_loopback

DEMO_TITLE = "示例:2026年度岗位廉政风险排查"


def default_data_dir() -> Path:
    return Path.home() / "xlproc-data"


def seed_demo(store) -> int:
    """A round from the bundled samples (roster and returned files), made once."""
    from xlproc.resources import data_dir

    for r in store.rounds():
        if r["title"] == DEMO_TITLE:
            return r["id"]
    samples = data_dir("samples")
    rid = store.create_round(DEMO_TITLE, "XX区人民政府办公室", "2026-06-30")
    store.set_roster(rid, (samples / "roster.csv").read_bytes(), "roster.csv")
    inbox = samples / "inbox"
    items = [(p.relative_to(inbox).as_posix(), p.read_bytes())
             for p in sorted(inbox.rglob("*")) if p.is_file()]  # fmt: skip
    store.ingest(rid, items)
    return rid


def run(
    data: str | None,
    host: str,
    port: int,
    open_browser: bool,
    password: str | None,
    demo: bool,
    config_path: str | None = None,
    echo=print,
) -> None:
    if not is_loopback(host) and not password:
        raise UsageError(
            f"拒绝在 {host} 上监听:这样局域网里的其他电脑也能打开工作台,看到全部人员和表格。"
            "如确需如此,请同时用 --password 设置登录密码;只在本机使用时请去掉 --host"
        )
    import waitress

    folder = Path(data) if data else default_data_dir()
    try:
        app = create_app(folder, password=password or None, config_path=config_path,
                         local_only=is_loopback(host))  # fmt: skip
    except OSError as e:
        raise UsageError(
            f"无法使用数据文件夹 {folder}({e.strerror or e});请用 --data 指定一个可以写入的文件夹"
        ) from None
    store = app.extensions["xlproc_store"]
    limits = app.extensions["xlproc_limits"]
    start = "/"
    if demo:
        start = f"/rounds/{seed_demo(store)}"
    try:
        server = waitress.create_server(
            app, host=host, port=port, threads=8, max_request_body_size=limits["max_request"],
            channel_timeout=600, clear_untrusted_proxy_headers=True, ident="xlproc",
        )  # fmt: skip
    except OSError as e:
        raise UsageError(
            f"无法在 {host}:{port} 上监听({e.strerror or e});端口可能已被占用,请用 --port 换一个"
        ) from None
    shown = f"[{host}]" if ":" in host else host
    url = f"http://{'127.0.0.1' if host in ('0.0.0.0', '::') else shown}:{server.effective_port}{start}"
    echo(f"xlproc 工作台已启动:{url}")
    echo(f"数据文件夹:{folder.resolve()}")
    if password:
        echo("已启用登录密码。")
    echo("按 Ctrl+C 停止。")
    if open_browser:
        threading.Timer(0.5, lambda: webbrowser.open(url)).start()
    try:
        server.run()
    finally:
        server.close()
