"""Our templates, filled, then re-saved by LibreOffice as .xlsx, .xls and .ods, read back whole."""

import shutil
import subprocess

import pytest

from xlproc.collect import collect_inbox
from xlproc.fill import Entry, fill_workbook
from xlproc.roster import Person
from xlproc.templates import build_outbox

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(not SOFFICE, reason="LibreOffice (soffice) is not installed")

PEOPLE = [
    Person("XX区住建局", "领导班子", "钱进", "局长", "leader", "主持全面工作", 2),
    Person("XX区住建局", "质量安全科", "李强", "科长", "middle", "负责工程质量安全监督", 3),
    Person("XX区住建局", "质量安全科", "周敏", "科员", "general", "负责现场检查", 4),
]
ROWS = [
    {"duty": "负责现场检查", "workflow": "检查、整改", "risk_point": f"检查中接受宴请{i}", "risk_type": "思想道德",
     "risk_level": ["Ⅰ级", "2", "低"][i % 3], "measures": "两人以上检查,结果公示"}
    for i in range(10)
]  # fmt: skip


def test_resaved_by_libreoffice(tmp_path):
    outbox, filled, inbox = tmp_path / "out", tmp_path / "filled", tmp_path / "inbox"
    for src in build_outbox(PEOPLE, outbox):
        names = [p.person for p in PEOPLE if p.department == src.stem]
        entries = {
            n: Entry(
                rows=ROWS,
                major_rows=ROWS[:2] if n == "钱进" else [],
                declared="A",
                reviews=["同意"],
            )
            for n in names
        }
        fill_workbook(src, filled / src.name, entries)
    inbox.mkdir()
    for fmt, f in (("xls", "领导班子.xlsx"), ("ods", "质量安全科.xlsx")):
        subprocess.run([SOFFICE, "--headless", "--convert-to", fmt, "--outdir", str(inbox), str(filled / f)],
                       check=True, capture_output=True, timeout=120)  # fmt: skip
    res = collect_inbox([inbox], jobs=1)
    posts = res.posts.sort_values("person")
    assert posts["person"].tolist() == ["周敏", "李强", "钱进"]
    assert posts["tier"].tolist() == ["一般岗位", "中层岗位", "领导岗位"]
    assert set(posts["unit"]) == {"XX区住建局"}  # from the hidden metadata, kept by LibreOffice
    assert posts["reviewed"].tolist() == ["1/3", "1/3", "1/2"]
    for person, n in (("周敏", 10), ("李强", 10), ("钱进", 12)):
        got = res.risks[res.risks["person"] == person]
        assert len(got) == n
        assert got["risk_level"].tolist()[:3] == ["Ⅰ级", "Ⅱ级", "Ⅲ级"]
    assert res.counts()["unplaced"] == 0
    assert set(res.issues["code"]) <= {"GRADE_MISMATCH"}


def _pdf_pages(files, outdir) -> dict[str, int]:
    """Print ``files`` to PDF with LibreOffice (its own profile); pages per file name."""
    import re

    profile = (outdir / "lo-profile").as_uri()
    subprocess.run([SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(outdir), *map(str, files)], check=True, capture_output=True,
                   timeout=180)  # fmt: skip
    return {
        f.name: len(
            re.findall(rb"/Type\s*/Page[^s]", (outdir / f.with_suffix(".pdf").name).read_bytes())
        )
        for f in files
    }


def test_forms_and_feedback_copies_print_one_page_a_sheet(tmp_path):
    """Printed by LibreOffice in one run: each blank form (附件2–4) is 填表说明 and the form on
    one page each, the leader's review boxes included; the feedback copy of an .xls file is
    修改说明, 填表说明 and three forms, a page each."""
    from xlproc.feedback import write_feedback
    from xlproc.resources import data_dir
    from xlproc.templates import build_blank

    blank = build_blank(tmp_path / "blank")
    res = collect_inbox([data_dir("samples") / "inbox"], jobs=1)
    write_feedback(res, tmp_path / "fb")
    copy = tmp_path / "fb" / "信息科.xlsx"
    pages = _pdf_pages([*blank, copy], tmp_path)
    assert pages.pop("信息科.xlsx") == 5
    assert set(pages.values()) == {2}, pages
