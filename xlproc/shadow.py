"""The shadow check of the reader's shortcuts (issue #11's speed work).

A shortcut — a gate passing over a step, a kept answer, the template's quick route — must never
change a result. Under ``XLPROC_SHADOW=1`` each one ALSO works its answer out the full way and an
AssertionError is raised on any difference: how a new shortcut is proved sound on a corpus
(``benchmarks/same_results.py`` and the tests with the variable set). Unset, a shortcut pays one
test of ``SHADOW``.
"""

from __future__ import annotations

import os
from collections.abc import Callable

SHADOW = os.environ.get("XLPROC_SHADOW", "") not in ("", "0")


def shadow_check(what: str, fast: object, full: Callable[[], object]) -> None:
    """Under ``SHADOW``: ``full()`` (the answer worked out anew) must equal ``fast``."""
    slow = full()
    if slow != fast:
        raise AssertionError(f"shadow {what}: kept {fast!r} != worked out {slow!r}")


def shadow_agrees(same: bool, what: str) -> None:
    """Raise where a gated step's full run disagreed with its gate (only asked under SHADOW)."""
    if not same:
        raise AssertionError(f"XLPROC_SHADOW: the gate of {what} passed over a step that acts")
