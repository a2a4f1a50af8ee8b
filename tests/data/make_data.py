"""Rebuild the edge-case files in tests/data (run by hand; the files are committed).

    python tests/data/make_data.py

Needs LibreOffice (soffice) for the files "saved by another program" and msoffcrypto-tool for
the password-protected workbook. Each file is what a real returned file looks like.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from helpers import GENERAL_FORM, write_workbook  # noqa: E402

STACKED = [
    ["中层岗位廉政风险识别和防控表"],
    ["单位（盖章）：XX区测试局"],
    ["科室", "执法大队", "负责人", "李四", "岗位风险等级", "A级"],
    ["序 号", "岗 位 职 责", "工作\n流程", "廉政风险点", "风险类别", "风险等级", "防范措施"],
    [1, "负责行政执法检查", "立案、调查", "选择性执法", "岗位职责", "Ⅰ", "执法全过程记录"],
    [2, "", "案件审理", "自由裁量空间大", "制度机制、思想道德", "较高", "细化裁量基准"],
    ["单位主管领导审查意见", "同意", "", "", "", "", "2026年6月20日"],
    ["单位领导小组审查意见", "", "", "", "", "", "年  月  日"],
    ["所在派驻纪检组、监察室审核意见", "", "", "", "", "", "年  月  日"],
    ["注:此表一式三份,于6月底前报区纪委。"],
    [],
    ["一般岗位廉政风险识别和防控表"],
    ["单位(盖章):XX区测试局"],
    ["姓 名", "王五", "所在科室及职务", "执法大队四级主任科员", "岗位风险等级", ""],
    ["岗位职责", "工作流程", "风险点", "风险级别", "风险类型", "防控措施"],
    ["负责现场检查", "检查", "检查中接受宴请", "很高", "思想道德类", "两人以上检查"],
    ["单位主管领导审查意见", "", "", "", "", "年  月  日"],
    ["单位领导小组审查意见", "", "", "", "", "年  月  日"],
    ["所在派驻纪检组、监察室审核意见", "", "", "", "", "年  月  日"],
    ["注:此表一式三份,务于6月底前报区纪委及所在派驻纪检组、监察室。"],
]


def soffice_convert(src: Path, fmt: str, dst: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([soffice, "--headless", "--convert-to", fmt, "--outdir", tmp, str(src)], check=True,
                       capture_output=True)  # fmt: skip
        out = next(Path(tmp).iterdir())
        shutil.move(out, dst)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        stacked = write_workbook(t / "stacked.xlsx", {"执法大队": STACKED}, {"执法大队": ["B5:B6"]})
        soffice_convert(stacked, "xls", HERE / "stacked-libreoffice.xls")
        general = write_workbook(t / "general.xlsx", {"张三": GENERAL_FORM}, {"张三": ["A6:A7"]})
        soffice_convert(general, "ods", HERE / "general-libreoffice.ods")
        # WPS sometimes writes <dimension ref="A1"/> for a full sheet
        with (
            zipfile.ZipFile(general) as zin,
            zipfile.ZipFile(HERE / "wps-dimension-a1.xlsx", "w") as zout,
        ):
            for info in zin.infolist():
                data = zin.read(info.filename)
                if info.filename.startswith("xl/worksheets/sheet"):
                    data = re.sub(rb'<dimension ref="[^"]*"/>', b'<dimension ref="A1"/>', data)
                zout.writestr(info, data)
        from msoffcrypto.format.ooxml import OOXMLFile

        with open(general, "rb") as f, open(HERE / "password-1234.xlsx", "wb") as out:
            OOXMLFile(f).encrypt("1234", out)


if __name__ == "__main__":
    main()
