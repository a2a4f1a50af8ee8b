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
