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


def test_every_make_issue_call_fills_its_messages_slots():
    # a slot the call left out used to raise KeyError inside the reader, and the file was
    # reported unreadable ('{kept}' added to one code's message while another rule called it)
    import ast
    import string

    from xlproc.issues import CATALOGUE

    missing = []
    for path in sorted(PACKAGE.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", getattr(node.func, "attr", "")) == "make_issue"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and node.args[0].value in CATALOGUE
            ):
                continue
            if any(k.arg is None for k in node.keywords):
                continue  # '**extra': checked where it is built
            given = {k.arg for k in node.keywords} | {"field", "value", "cell"}
            slots = {
                f for _, f, _, _ in string.Formatter().parse(CATALOGUE[node.args[0].value][1]) if f
            }
            if slots - given:
                missing.append((path.name, node.lineno, node.args[0].value, sorted(slots - given)))
    assert not missing, missing


def test_no_method_of_the_reader_is_defined_in_two_of_its_parts():
    """``_Locator`` gathers its methods from mixins by family (``locate_*.py``): a method named
    alike in two of them is silently hidden by the one earlier in the bases (two helpers each
    wrote a ``_level_named`` and a ``_holder_lines``), so no name may be defined twice."""
    from functools import cached_property

    from xlproc.locate import _Locator

    owners: dict[str, list[str]] = {}
    for base in _Locator.__mro__[1:]:
        if base is object:
            continue
        for name, value in vars(base).items():
            if callable(value) or isinstance(
                value, (property, cached_property, staticmethod, classmethod)
            ):
                owners.setdefault(name, []).append(base.__name__)
    twice = {n: o for n, o in owners.items() if len(o) > 1 and not n.startswith("__")}
    assert not twice, f"methods defined in two parts of the reader: {twice}"
