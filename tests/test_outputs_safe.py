"""Outputs are safe to share and to open: file modes follow the umask."""

import os
import stat

import pytest
from click.testing import CliRunner

from xlproc.cli import main
from xlproc.resources import data_dir

SAMPLES = data_dir("samples")


@pytest.fixture
def umask():
    def set_(mask: int) -> None:
        os.umask(mask)

    old = os.umask(0o022)
    yield set_
    os.umask(old)


@pytest.mark.parametrize("mask,mode", [(0o022, 0o644), (0o027, 0o640)])
def test_outputs_get_the_mode_open_would_give(tmp_path, umask, mask, mode):
    umask(mask)
    out = tmp_path / "out"
    res = CliRunner().invoke(main, ["collect", str(SAMPLES / "inbox"), "--roster", str(SAMPLES / "roster.csv"),
                                    "-o", str(out / "a.xlsx"), "--public", str(out / "p.xlsx"),
                                    "--export-dir", str(out / "exp"), "--feedback-dir", str(out / "fb")])  # fmt: skip
    assert res.exit_code == 0, res.output
    res = CliRunner().invoke(
        main, ["templates", "--roster", str(SAMPLES / "roster.csv"), "-o", str(out / "t")]
    )
    assert res.exit_code == 0, res.output
    files = [p for p in out.rglob("*") if p.is_file()]
    assert len(files) > 15
    modes = {p.relative_to(out).as_posix(): oct(stat.S_IMODE(p.stat().st_mode)) for p in files}
    assert set(modes.values()) == {oct(mode)}, modes
    assert not [p for p in files if p.name.startswith(".~")]


def _cells(folder):
    import csv

    for path in sorted(folder.glob("*.csv")):
        with open(path, encoding="utf-8-sig", newline="") as f:
            for row in csv.reader(f):
                yield from row


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def test_csv_cells_never_start_a_formula_unless_raw(tmp_path):
    args = [
        "collect",
        str(SAMPLES / "inbox"),
        "--roster",
        str(SAMPLES / "roster.csv"),
        "-o",
        str(tmp_path / "a.xlsx"),
    ]
    res = CliRunner().invoke(main, [*args, "--export-dir", str(tmp_path / "safe")])
    assert res.exit_code == 0, res.output
    cells = list(_cells(tmp_path / "safe"))
    assert not [c for c in cells if c.startswith(FORMULA_START)]
    assert any(c.startswith("'=HYPERLINK(") for c in cells)  # the samples' staff text, kept as text
    res = CliRunner().invoke(main, [*args, "--export-dir", str(tmp_path / "raw"), "--raw-csv"])
    assert res.exit_code == 0, res.output
    raw = list(_cells(tmp_path / "raw"))
    assert any(c.startswith("=HYPERLINK(") for c in raw) and not any(
        c.startswith("'=") for c in raw
    )
    assert len(raw) == len(cells)


def test_neutralise_leaves_numbers_alone(tmp_path):
    import pandas as pd

    from xlproc.report import write_csv

    df = pd.DataFrame({"n": [-1, 2], "x": [-2.5, 0.5], "t": ["-1", "+86 10"], "u": ["@a", "\tb"],
                       "ok": ["风险", "a=b"]})  # fmt: skip
    text = write_csv(df, tmp_path / "a.csv").read_text(encoding="utf-8-sig")
    assert text.splitlines()[1:] == ["-1,-2.5,'-1,'@a,风险", "2,0.5,'+86 10,'\tb,a=b"]
    raw = write_csv(df, tmp_path / "b.csv", raw=True).read_text(encoding="utf-8-sig")
    assert raw.splitlines()[1] == "-1,-2.5,-1,@a,风险"
