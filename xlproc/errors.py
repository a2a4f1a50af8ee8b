"""One small hierarchy of library errors; the CLI turns each into one clean Chinese line."""


class XlprocError(Exception):
    """Base of every error xlproc raises on purpose. ``str(e)`` is the user's message."""

    exit_code = 1


class UsageError(XlprocError):
    """The command was asked for something it cannot do (bad option, missing input)."""

    exit_code = 2


class RosterError(UsageError):
    """The roster is unusable; nothing is written. ``problems``: each bad row's own line
    (``第 N 行:…``), every one of them, for a page that lists them; else the message alone."""

    def __init__(self, message: str, problems: list[str] | None = None):
        super().__init__(message)
        self.problems = list(problems) if problems else [message]


class ConfigError(UsageError):
    """The configuration file is unreadable or inconsistent."""
