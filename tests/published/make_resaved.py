"""Regenerate ``resaved/``: some layouts re-saved by LibreOffice as .xls and .ods.

    python tests/published/make_resaved.py

Offices open what they receive in Excel, WPS or LibreOffice and save it in whatever format
the program offers; these copies carry LibreOffice's way of writing merges, blank cells
and numbers. Their truth is their source layout's (``layouts.build`` adds it). Needs
``soffice`` (apt-get install libreoffice-calc-nogui fonts-noto-cjk).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from published.layouts import LAYOUTS, RESAVED, write_xlsx  # noqa: E402

RESAVE = {
    "xls": ["bozhou_unit_list", "longyan_paged", "selfcheck_kezhang", "sucai_two_row_header"],
    "ods": ["hospital_register_wu", "tax_desc_split"],
}


def main() -> int:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        sys.exit("soffice not found: apt-get install -y libreoffice-calc-nogui fonts-noto-cjk")
    by_name = {lay["name"]: lay for lay in LAYOUTS}
    RESAVED.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="resave-") as tmp:
        src_dir, profile = Path(tmp) / "src", Path(tmp) / "profile"
        src_dir.mkdir()
        for fmt, names in RESAVE.items():
            for name in names:
                src = write_xlsx(by_name[name], src_dir / f"{name}.xlsx")
                cmd = [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless",
                       "--convert-to", fmt, "--outdir", str(RESAVED), str(src)]  # fmt: skip
                subprocess.run(cmd, check=True, capture_output=True, timeout=180)
                print(RESAVED / f"{name}.{fmt}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
