"""The round (一次年度排查): its title, deadline and receiving authority, and the run date.

The title, deadline and authority come from the configuration's ``[round]`` section (defaults:
``<year>年度岗位廉政风险排查``, ``6月底``, ``区纪委``); ``collect --title`` overrides the title.
The run date is today, or ``SOURCE_DATE_EPOCH`` when set, so that a build can be reproduced
byte for byte.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass

DEFAULT_DEADLINE = "6月底"
DEFAULT_AUTHORITY = "区纪委"


def run_datetime() -> dt.datetime:
    """Now (local time, whole seconds), or SOURCE_DATE_EPOCH (UTC) when it is set."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC).replace(tzinfo=None)
    return dt.datetime.now().replace(microsecond=0)


def date_zh(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


@dataclass(frozen=True)
class Round:
    title: str
    deadline: str
    authority: str
    date: dt.datetime

    @property
    def date_text(self) -> str:
        return date_zh(self.date)


def round_of(config=None, title: str | None = None) -> Round:
    """The round as configured; ``title`` (``--title``) wins over ``round.title``."""
    raw = (getattr(config, "raw", None) or {}).get("round", {}) if config is not None else {}
    when = run_datetime()
    title = (title or str(raw.get("title") or "")).strip() or f"{when.year}年度岗位廉政风险排查"
    deadline = str(raw.get("deadline") or "").strip() or DEFAULT_DEADLINE
    authority = str(raw.get("authority") or "").strip() or DEFAULT_AUTHORITY
    return Round(title, deadline, authority, when)
