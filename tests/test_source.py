"""Checks of the package's source as text: mistakes no reading test would point at directly."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "xlproc"


def test_no_module_binds_a_constant_twice():
    # a second '_NEXT_LABEL = …' further down a module silently replaced the first, and the
    # code that used the first read fields wrongly
    twice = {}
    for path in sorted(PACKAGE.glob("*.py")):
        names = re.findall(r"^(_?[A-Z][A-Z0-9_]*) *(?::[^=\n]+)?= ", path.read_text("utf-8"), re.M)
        dup = sorted(n for n, c in Counter(names).items() if c > 1)
        if dup:
            twice[path.name] = dup
    assert not twice, twice
