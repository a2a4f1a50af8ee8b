"""A real browser walks a whole round: headless Chromium (Debian's ``chromium`` and
``chromium-driver``) driven by Selenium against ``xlproc serve``'s app under waitress.

Skips, saying why, only where no browser or driver can be had. ``XLPROC_SCREENSHOTS=DIR`` keeps
a screenshot of every page it visits.
"""

from __future__ import annotations

import io
import os
import shutil
import threading
import time
import zipfile
from pathlib import Path

import pytest
from test_store import INBOX, SAMPLES, corrected_secretariat

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")

pytestmark = pytest.mark.skipif(
    CHROMIUM is None or DRIVER is None,
    reason="no Chromium here: `apt-get install chromium chromium-driver` (Debian) to run the browser test",
)

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--lang=zh-CN",
         "--window-size=1400,1000", "--disable-dev-shm-usage"]  # fmt: skip


@pytest.fixture
def server(tmp_path):
    import waitress

    from xlproc.web import create_app

    app = create_app(tmp_path / "data")
    srv = waitress.create_server(app, host="127.0.0.1", port=0, threads=4)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{srv.effective_port}", app
    srv.close()


@pytest.fixture
def browser(tmp_path):
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed")
    from selenium.webdriver.chrome.service import Service

    downloads = tmp_path / "downloads"
    downloads.mkdir()
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for flag in FLAGS:
        opts.add_argument(flag)
    opts.add_argument(f"--user-data-dir={tmp_path / 'chromium-profile'}")  # fresh each run
    opts.add_experimental_option("prefs", {
        "download.default_directory": str(downloads), "download.prompt_for_download": False,
        "intl.accept_languages": "zh-CN,zh"})  # fmt: skip
    driver = webdriver.Chrome(service=Service(DRIVER), options=opts)
    driver.set_page_load_timeout(30)
    driver.downloads = downloads
    yield driver
    driver.quit()


def wait(cond, timeout=30.0, what="condition"):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        got = cond()
        if got:
            return got
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def download(driver, click, suffix: str) -> Path:
    before = set(driver.downloads.iterdir())
    click()

    def done():
        new = [p for p in driver.downloads.iterdir() if p not in before]
        ok = [p for p in new if p.name.endswith(suffix) and not p.name.endswith(".crdownload")]
        return ok[0] if ok and not any(p.name.endswith(".crdownload") for p in new) else None

    return wait(done, what=f"a {suffix} download")


def test_a_whole_round_in_the_browser(server, browser, tmp_path):
    from selenium.webdriver.common.by import By

    base, app = server
    shots = os.environ.get("XLPROC_SCREENSHOTS")
    d = browser

    def shot(name):
        if shots:
            Path(shots).mkdir(parents=True, exist_ok=True)
            d.save_screenshot(str(Path(shots) / f"{name}.png"))

    def find(css):
        return d.find_element(By.CSS_SELECTOR, css)

    def status_of(person):
        return find(f'tr[data-person="{person}"]').get_attribute("data-status")

    # 1. create a round
    d.get(base + "/")
    shot("01-rounds")
    find("input[name=title]").send_keys("2026年度岗位廉政风险排查")
    find("input[name=unit]").send_keys("XX区人民政府办公室")
    find("form[action='/rounds'] button").click()
    wait(lambda: "/rounds/" in d.current_url, what="the board")
    board = d.current_url

    # 2. the roster
    find("#roster-file").send_keys(str(SAMPLES / "roster.csv"))
    find("#roster-upload").click()
    wait(lambda: "花名册已保存:30 人" in d.page_source, what="roster saved")

    # 3. the templates, as a zip
    z = download(d, lambda: find("#templates-zip").click(), ".zip")
    with zipfile.ZipFile(z) as zf:
        assert len(zf.namelist()) == 9

    # 4. the sample inbox folder, chosen as a folder
    d.find_element(By.LINK_TEXT, "收件").click()
    find("#pick-folder").send_keys(str(INBOX))
    wait(lambda: find("#progress-text").get_attribute("data-done"), what="upload done")
    report = find("#upload-report").text
    assert "收录 10 个文件" in report and "秘书科.xlsx" in report
    shot("03-inbox")

    # 5. the board: states right
    d.get(board)
    assert find("#n-errors").text == "3"
    assert status_of("林芳") == "error" and status_of("萧红") == "missing"
    assert status_of("周建国") == "ok"
    assert "萧红" in find("#reminder-text").get_attribute("value")
    shot("02-board")

    # a file page: the problem cell marked, its message on hover
    d.find_element(By.XPATH, '//tr[@data-person="林芳"]//a').click()
    cell = find("td.mark-error[data-cell='E6']")
    assert cell.text == "很高" and "无法识别" in cell.get_attribute("title")
    shot("04-file")

    # 6. send back 秘书科: its feedback zip, then mark it sent
    d.find_element(By.LINK_TEXT, "退回").click()
    z = download(d, lambda: find("tr[data-dept='秘书科'] a.button").click(), ".zip")
    with zipfile.ZipFile(z) as zf:
        assert sorted(zf.namelist()) == ["秘书科.xlsx", "退回清单.xlsx"]
    find("tr[data-dept='秘书科'] form button").click()
    wait(lambda: "秘书科 已标记为已退回" in d.page_source, what="marked sent")
    shot("05-returns")
    d.get(board)
    assert status_of("林芳") == "returned"

    # 7. the corrected file comes back: its problem is closed (销号)
    fixed = tmp_path / "更正" / "秘书科.xlsx"
    fixed.parent.mkdir()
    fixed.write_bytes(corrected_secretariat())
    d.find_element(By.LINK_TEXT, "收件").click()
    find("#pick-files").send_keys(str(fixed))
    wait(lambda: find("#progress-text").get_attribute("data-done"), what="second upload done")
    report = find("#upload-report").text
    assert "销号 1 个问题" in report and "1 个旧版本已被替代" in report
    d.get(board)
    assert status_of("林芳") == "ok"
    assert "已销号 1 个问题" in find('tr[data-person="林芳"]').text
    assert find("#n-errors").text == "2"

    # 8. build, download the archive and open it again
    d.find_element(By.LINK_TEXT, "生成").click()
    find("#build").click()
    wait(lambda: "第 1 次生成完成" in d.page_source, what="the build")
    shot("06-builds")
    archive = download(d, lambda: find("#dl-archive-1").click(), ".xlsx")
    assert archive.name == "2026年度岗位廉政风险排查_廉政风险信息档案_第1次.xlsx"
    import openpyxl

    wb = openpyxl.load_workbook(io.BytesIO(archive.read_bytes()), read_only=True)
    risks = app.extensions["xlproc_store"].status(1).counts["risks"]
    rows = [r for r in wb["风险点明细"].iter_rows(min_row=3, values_only=True) if any(r)]
    assert len(rows) == risks == 79
    assert any(r[2] == "林芳" and r[10] == "Ⅲ级" for r in rows)

    for name, path in [("07-compare", "/compare"), ("08-events", "/events")]:
        d.get(board + path)
        shot(name)
    d.get(base + "/posts")
    shot("09-posts")
