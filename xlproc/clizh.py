"""click in Chinese: its usage errors and help boilerplate, for every word a user sees.

click marks its texts for gettext (``from gettext import gettext as _`` in each module) but ships
no translations. While an xlproc command runs, ``chinese()`` points those modules' ``_`` and
``ngettext`` at the table below; a text not in the table stays as click wrote it. ``ZhGroup`` and
``ZhCommand`` use it and write ``[选项]`` instead of ``[OPTIONS]``.
"""

from __future__ import annotations

import contextlib
import importlib
from collections.abc import Iterator

import click

ZH: dict[str, str] = {
    # help pages
    "Usage:": "用法:",
    "Options": "选项",
    "Commands": "命令",
    "Show this message and exit.": "显示本帮助并退出。",
    "Show the version and exit.": "显示版本号并退出。",
    "%(prog)s, version %(version)s": "%(prog)s 版本 %(version)s",
    "required": "必填",
    "default: {default}": "默认:{default}",
    "env var: {var}": "环境变量:{var}",
    "(dynamic)": "(动态)",
    "deprecated": "已停用",
    # errors
    "Error: {message}": "错误:{message}",
    "Try '{command} {option}' for help.": "用 '{command} {option}' 查看帮助。",
    "Missing argument": "缺少参数",
    "Missing option": "缺少选项",
    "Missing parameter": "缺少参数",
    "Missing {param_type}": "缺少{param_type}",
    "Missing parameter: {param_name}": "缺少参数:{param_name}",
    "Missing command.": "缺少命令。",
    "No such command {name!r}.": "没有 {name!r} 这个命令。",
    "No such option {name!r}.": "没有 {name!r} 这个选项。",
    "No such option: {name}": "没有 {name} 这个选项",
    "Did you mean {possibility}?": "是不是要用 {possibility}?",
    "(Did you mean one of: {possibilities}?)": "(是不是要用其中之一:{possibilities}?)",
    "Option {name!r} does not take a value.": "选项 {name!r} 后面不需要值。",
    "Option {name!r} requires an argument.": "选项 {name!r} 后面需要一个值。",
    "Option {name!r} requires {nargs} arguments.": "选项 {name!r} 后面需要 {nargs} 个值。",
    "Got unexpected extra argument ({args})": "多出了参数({args})",
    "Got unexpected extra arguments ({args})": "多出了参数({args})",
    "Invalid value for {param_hint}: {message}": "{param_hint} 的值无效:{message}",
    "Invalid value: {message}": "值无效:{message}",
    "Aborted!": "已中止。",
    "{name} {filename!r} does not exist.": "{name} {filename!r} 不存在。",
    "{name} {filename!r} is a file.": "{name} {filename!r} 是文件,这里需要文件夹。",
    "{name} {filename!r} is a directory.": "{name} {filename!r} 是文件夹,这里需要文件。",
    "{name} {filename!r} is not readable.": "{name} {filename!r} 无法读取。",
    "{name} {filename!r} is not writable.": "{name} {filename!r} 无法写入。",
    "{name} {filename!r} is not executable.": "{name} {filename!r} 无法执行。",
    "Could not open file {filename!r}: {message}": "无法打开文件 {filename!r}:{message}",
    "file": "文件",
    "directory": "文件夹",
    "path": "路径",
    "{value!r} is not a valid {number_type}.": "{value!r} 不是有效的{number_type}。",
    "integer": "整数",
    "float": "数字",
    "{value} is not in the range {range}.": "{value} 不在 {range} 范围内。",
    "{value!r} is not {choice}.": "{value!r} 不是 {choice}。",
    "{value!r} is not one of {choices}.": "{value!r} 不是 {choices} 之一。",
    "Takes {nargs} values but 1 was given.": "需要 {nargs} 个值,只给了 1 个。",
    "Takes {nargs} values but {len} were given.": "需要 {nargs} 个值,给了 {len} 个。",
}
# click's own words for the kinds of parameter, as `Missing {param_type}` shows them
ZH_PARAM_TYPE = {"option": "选项", "argument": "参数", "parameter": "参数"}

_MODULES = (
    "click.core", "click.exceptions", "click.parser", "click.types", "click.decorators",
    "click.formatting", "click.termui", "click.utils",
)  # fmt: skip


def _(message: str) -> str:
    return ZH.get(message, message)


def _n(singular: str, plural: str, n: int) -> str:
    return _(singular if n == 1 else plural)


@contextlib.contextmanager
def chinese() -> Iterator[None]:
    """click speaks Chinese inside this block; it is restored afterwards."""
    saved = []
    for name in _MODULES:
        try:
            mod = importlib.import_module(name)
        except ImportError:  # pragma: no cover - a click without that module
            continue
        for attr, repl in (("_", _), ("ngettext", _n)):
            if hasattr(mod, attr):
                saved.append((mod, attr, getattr(mod, attr)))
                setattr(mod, attr, repl)
    try:
        yield
    finally:
        for mod, attr, old in reversed(saved):
            setattr(mod, attr, old)


class ZhPath(click.Path):
    """click.Path whose name (in `路径 'x' 不存在`) is Chinese: click fixes it when the command
    is defined, before ``chinese()`` is in force."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.name = "文件" if not self.dir_okay else "文件夹" if not self.file_okay else "路径"


class Count(click.ParamType):
    """A whole number in [low, high], refused in Chinese."""

    name = "整数"

    def __init__(self, low: int, high: int):
        self.low, self.high = low, high

    def convert(self, value, param, ctx):
        try:
            n = int(value)
        except (TypeError, ValueError):
            self.fail(f"“{value}”不是整数", param, ctx)
        if not self.low <= n <= self.high:
            self.fail(f"须在 {self.low} 到 {self.high} 之间,收到 {n}", param, ctx)
        return n


class ZhCommand(click.Command):
    """A command whose usage line and errors are in Chinese."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("options_metavar", "[选项]")
        super().__init__(*args, **kwargs)

    def parse_args(self, ctx, args):
        try:
            return super().parse_args(ctx, args)
        except click.MissingParameter as e:  # click's message ends in English punctuation
            if e.param is None:
                raise
            kind = ZH_PARAM_TYPE.get(e.param.param_type_name, "参数")
            what = f"({e.param.help.rstrip('。')})" if getattr(e.param, "help", None) else ""
            raise click.UsageError(
                f"缺少{kind} {e.param.get_error_hint(ctx)}{what}。", ctx
            ) from None

    def main(self, *args, **kwargs):
        with chinese():
            return super().main(*args, **kwargs)


class ZhGroup(click.Group):
    """The group: Chinese usage and errors, and Chinese subcommands."""

    command_class = ZhCommand

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("options_metavar", "[选项]")
        kwargs.setdefault("subcommand_metavar", "命令 [参数]...")
        super().__init__(*args, **kwargs)

    def main(self, *args, **kwargs):
        with chinese():
            return super().main(*args, **kwargs)
