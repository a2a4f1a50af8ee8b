"""The thin command line: parse options, call the library, print Chinese summaries.

Exit status: 0 the work was done (data problems are reported, not fatal); 1 with --strict
(or `check`) when error-level issues exist (or, with collect --strict, nothing was readable);
2 for a usage error; 3 for a bug of ours; 128 + the signal when interrupted (130, 143).
"""

from __future__ import annotations

import functools
import signal
import sys
import threading
import traceback
from pathlib import Path

import click

from xlproc import __version__
from xlproc.clizh import Count, ZhGroup, ZhPath
from xlproc.errors import XlprocError

RAW_CSV_HELP = "CSV 按原样写出文字。默认在以 = + - @ 开头的文字前加 ',防止 Excel 把它当作公式执行。"
CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def _verbose() -> bool:
    return bool((click.get_current_context().find_root().params or {}).get("verbose"))


class Interrupted(KeyboardInterrupt):
    """SIGINT, SIGTERM or SIGHUP: raised where the main thread is, so that clean-up runs."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


STOP_SIGNALS = [
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
]


def _ignore(signum, frame) -> None:
    """Not SIG_IGN: a signal already pending when the handler changes would make Python print
    'Signal 15 ignored due to race condition' with a traceback."""


def _on_signal(signum, frame):
    for s in STOP_SIGNALS:  # once is enough: the clean-up that follows must not be interrupted
        signal.signal(s, _ignore)
    raise Interrupted(signum)


def _stop_everything() -> None:
    """After an interrupt: end the processes we started and remove our temporary files."""
    from xlproc.atomic import remove_pending
    from xlproc.pool import stop_all

    stop_all()
    if "xlproc.report" in sys.modules:
        sys.modules["xlproc.report"].stop_writers()
    remove_pending()


def _guard(fn):
    """Turn library errors into one clean line and an exit status; -v shows the traceback.

    SIGINT, SIGTERM and SIGHUP stop the command cleanly: reading workers and forked writers
    end, temporary files are removed, finished outputs stay; exit status 128 + the signal
    (130, 143, 129) and the line 已中断.
    """

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        ctx = click.get_current_context()
        verbose = (ctx.find_root().params or {}).get("verbose", False)
        previous = {}
        if threading.current_thread() is threading.main_thread():
            for s in STOP_SIGNALS:
                previous[s] = signal.signal(s, _on_signal)
        try:
            return fn(*args, **kwargs)
        except KeyboardInterrupt as e:
            for s in STOP_SIGNALS:
                if s in previous:
                    signal.signal(s, _ignore)
            _stop_everything()
            click.echo("已中断。未完成的输出已删除,已写完的文件保留。", err=True)
            sys.exit(128 + getattr(e, "signum", signal.SIGINT))
        except XlprocError as e:
            if verbose:
                traceback.print_exc()
            click.echo(f"错误:{e}", err=True)
            sys.exit(e.exit_code)
        except BrokenPipeError:  # output piped into `head` and closed: not an error
            sys.stderr.close()
            sys.exit(0)
        except Exception as e:  # a bug of ours: say so plainly, never a bare traceback
            if verbose:
                traceback.print_exc()
            click.echo(
                f"内部错误:{type(e).__name__}: {e}(加 -v 查看详细信息,并请报告此问题)", err=True
            )
            sys.exit(3)
        finally:
            for s, handler in previous.items():
                signal.signal(s, handler)

    return wrapper


def _xlsx(value: str | None, option: str) -> None:
    """Our workbooks are .xlsx: refuse another name rather than write an xlsx under it."""
    if value is not None and not value.lower().endswith(".xlsx"):
        from xlproc.errors import UsageError

        raise UsageError(f"{option} 须是 .xlsx 文件名(如 2026年廉政风险信息档案.xlsx),收到:{value}")


@click.group(cls=ZhGroup, context_settings=CONTEXT)
@click.version_option(
    __version__, "-V", "--version", prog_name="xlproc", message="%(prog)s 版本 %(version)s",
    help="显示版本号并退出。",
)  # fmt: skip
@click.option("-v", "--verbose", is_flag=True, help="出错时显示详细的调用栈(供开发人员使用)。")
def main(verbose: bool) -> None:
    """xlproc:岗位廉政风险防范管理的表格工具。

    生成下发表格(templates)、批量汇总回收的表格(collect)、只检查(check)、
    年度对比(diff)、写出默认配置(init)、一键演示(demo),以及浏览器工作台(serve)。

    每个命令加 -h 查看说明和示例,如 xlproc collect -h。

    \b
    示例:
      xlproc demo
      xlproc collect 收件箱/ --roster 花名册.xlsx -o 2026年廉政风险信息档案.xlsx
    """


@main.command()
@click.option("--roster", "roster_path", type=ZhPath(dir_okay=False), metavar="花名册",
              help="花名册(.xlsx 或 .csv)。")  # fmt: skip
@click.option("--blank", is_flag=True, help="生成三张空白表(附件2–4),不需要花名册。")
@click.option("-o", "--output", "outdir", required=True, type=ZhPath(file_okay=False),
              metavar="文件夹", help="输出文件夹。")  # fmt: skip
@click.option("--config", "config_path", type=ZhPath(dir_okay=False), metavar="配置文件",
              help="配置文件(xlproc init 写出;报送期限、报送机关等)。")  # fmt: skip
@click.option("--password", default="", metavar="密码",
              help="工作表保护密码(默认不设密码,仅锁定表头文字)。")  # fmt: skip
@_guard
def templates(
    roster_path: str | None, blank: bool, outdir: str, config_path: str | None, password: str
) -> None:
    """生成下发给各科室的表格:每个单位/科室一个工作簿,每人一张表。

    \b
    示例:
      xlproc templates --roster 花名册.xlsx -o 下发表格/
      xlproc templates --blank -o 空白表/
    """
    from xlproc.config import load_config
    from xlproc.errors import UsageError
    from xlproc.roster import read_roster
    from xlproc.templates import build_blank, build_outbox

    config = load_config(config_path)
    if blank == bool(roster_path):
        raise UsageError("请指定 --roster 花名册,或用 --blank 生成空白表(二选一)")
    if blank:
        files = build_blank(outdir, config, password)
        click.echo(f"已生成 {len(files)} 张空白表:{outdir}")
        return
    people = read_roster(roster_path)
    files = build_outbox(people, outdir, config, password)
    units = len({p.unit for p in people})
    click.echo(f"已为 {units} 个单位、{len(files)} 个科室生成 {len(people)} 张表:{outdir}")


def _collect_options(fn):
    fn = click.option("--config", "config_path", type=ZhPath(dir_okay=False), metavar="配置文件",
                      help="配置文件(xlproc init 写出;词表、分级规则、排查名称)。")(fn)  # fmt: skip
    fn = click.option("--roster", "roster_path", type=ZhPath(dir_okay=False), metavar="花名册",
                      help="花名册(.xlsx 或 .csv),用于核对报送情况。")(fn)  # fmt: skip
    fn = click.option("--jobs", "-j", type=Count(1, 64), default=None, metavar="进程数",
                      help="并行读取的进程数(1–64,默认按 CPU 数)。")(fn)  # fmt: skip
    fn = click.option("--feedback-dir", type=ZhPath(file_okay=False), metavar="文件夹",
                      help="为有问题的文件生成标注了批注的修改稿和《退回清单》。")(fn)  # fmt: skip
    fn = click.argument("inbox", nargs=-1, required=True, type=ZhPath(exists=True),
                        metavar="收件文件夹...")(fn)  # fmt: skip
    return fn


@main.command()
@_collect_options
@click.option("-o", "--output", "archive", required=True, type=ZhPath(dir_okay=False),
              metavar="档案.xlsx", help="汇总档案工作簿(.xlsx)。")  # fmt: skip
@click.option("--export-dir", type=ZhPath(file_okay=False), metavar="文件夹",
              help="导出 risks/posts/issues/submissions.csv 的文件夹。")  # fmt: skip
@click.option("--public", "public", type=ZhPath(dir_okay=False), metavar="公示.xlsx",
              help="公示版工作簿(按岗位,不含姓名)。")  # fmt: skip
@click.option("--title", metavar="名称",
              help="本次排查的名称,印在档案和公示版上(默认取配置的 round.title,"
                   "再默认“<年份>年度岗位廉政风险排查”)。")  # fmt: skip
@click.option("--strict", is_flag=True, help="存在错误级问题、或没有可读取的表格时以状态 1 退出。")
@click.option("--raw-csv", is_flag=True, help=RAW_CSV_HELP)
@_guard
def collect(
    inbox,
    feedback_dir,
    config_path,
    roster_path,
    jobs,
    archive,
    export_dir,
    public,
    title,
    strict,
    raw_csv,
) -> None:
    """批量读取回收的表格,汇总为档案工作簿,并报告每个问题所在的单元格。

    \b
    示例:
      xlproc collect 收件箱/ --roster 花名册.xlsx -o 2026年廉政风险信息档案.xlsx
      xlproc collect 收件箱/ --roster 花名册.xlsx -o 2026年廉政风险信息档案.xlsx --public 2026年公示.xlsx --feedback-dir 退回/
    """
    from xlproc.collect import collect_inbox
    from xlproc.report import print_summary, write_outputs

    _xlsx(archive, "-o")
    _xlsx(public, "--public")
    result = collect_inbox([Path(p) for p in inbox], config_path=config_path, roster_path=roster_path, jobs=jobs,
                           progress=sys.stderr.isatty())  # fmt: skip
    written = write_outputs(result, archive=archive, export_dir=export_dir, public=public,
                            feedback_dir=feedback_dir, title=title, jobs=jobs,
                            progress=sys.stderr.isatty(), raw_csv=raw_csv)  # fmt: skip
    listed = "详见汇总档案的“问题清单”" + ("和 issues.csv" if export_dir else "")
    print_summary(result, written, listed, verbose=_verbose())
    if strict and (result.n_errors or not result.counts()["read"]):
        sys.exit(1)


@main.command()
@_collect_options
@_guard
def check(inbox, feedback_dir, config_path, roster_path, jobs) -> None:
    """只检查不汇总:列出每个问题及其单元格;存在错误时以状态 1 退出。

    \b
    示例:
      xlproc check 收件箱/ --roster 花名册.xlsx
      xlproc check 收件箱/ --feedback-dir 退回/
    """
    from xlproc.collect import collect_inbox
    from xlproc.report import print_issues, print_summary, write_outputs

    result = collect_inbox([Path(p) for p in inbox], config_path=config_path, roster_path=roster_path, jobs=jobs,
                           progress=sys.stderr.isatty(), frames=bool(feedback_dir))  # fmt: skip
    print_issues(result)
    written = write_outputs(result, None, None, None, feedback_dir=feedback_dir, jobs=jobs,
                            progress=sys.stderr.isatty())  # fmt: skip
    listed = ("见上方列表" + ("和退回清单" if feedback_dir else "")) if result.issue_records else ""
    print_summary(result, written, listed, verbose=_verbose())
    if result.n_errors:
        sys.exit(1)


@main.command()
@click.option("-o", "--output", "outdir", default="xlproc-demo", show_default=True,
              type=ZhPath(file_okay=False), metavar="文件夹", help="结果文件夹。")  # fmt: skip
@_guard
def demo(outdir: str) -> None:
    """用自带的示例花名册和回收表格跑一遍完整流程。

    \b
    示例:
      xlproc demo
      xlproc demo -o 演示/
    """
    from xlproc.demo import run_demo

    for line in run_demo(Path(outdir)):
        click.echo(line)


@main.command()
@click.option("-o", "--output", "target", default="xlproc.toml", show_default=True,
              type=ZhPath(dir_okay=False), metavar="文件", help="写出的配置文件。")  # fmt: skip
@_guard
def init(target: str) -> None:
    """写出带中文注释的默认配置文件(排查名称、报送期限和机关、词表、分级规则),修改后用 --config 使用。

    \b
    示例:
      xlproc init
      xlproc collect 收件箱/ --config xlproc.toml -o 2026年廉政风险信息档案.xlsx
    """
    from xlproc.config import default_config_path
    from xlproc.errors import UsageError

    path = Path(target)
    if path.exists():
        raise UsageError(f"{target} 已存在,未覆盖")
    path.write_bytes(default_config_path().read_bytes())
    click.echo(f"已写出默认配置:{target}")


@main.command()
@click.argument("old", type=ZhPath(dir_okay=False), metavar="上年档案.xlsx")
@click.argument("new", type=ZhPath(dir_okay=False), metavar="本年档案.xlsx")
@click.option("-o", "--output", "output", required=True, type=ZhPath(dir_okay=False),
              metavar="对比.xlsx", help="对比结果工作簿(.xlsx)。")  # fmt: skip
@click.option("--export-dir", type=ZhPath(file_okay=False), metavar="文件夹",
              help="导出 changes.csv 的文件夹。")  # fmt: skip
@click.option("--raw-csv", is_flag=True, help=RAW_CSV_HELP)
@_guard
def diff(old: str, new: str, output: str, export_dir: str | None, raw_csv: bool) -> None:
    """对比上年和本年的汇总档案:新增、删除、修改的风险点,岗位等级和人员的变化。

    两个文件都须是 xlproc collect 写出的汇总档案(上年的档案请留存)。

    \b
    示例:
      xlproc diff 2025年廉政风险信息档案.xlsx 2026年廉政风险信息档案.xlsx -o 2026年对比.xlsx
    """
    from xlproc.diff import diff_archives, read_archive, write_diff
    from xlproc.report import write_csv

    _xlsx(output, "-o")

    o_r, o_p = read_archive(old)
    n_r, n_p = read_archive(new)
    result = diff_archives(o_r, o_p, n_r, n_p, Path(old).name, Path(new).name)
    write_diff(result, output)
    written = [output]
    if export_dir:
        written.append(str(write_csv(result.changes, Path(export_dir) / "changes.csv", raw_csv)))
    s = result.summary
    click.echo(
        f"新增风险点 {s['added'].sum()},删除 {s['removed'].sum()},修改 {s['changed'].sum()};"
        f"级别调高 {s['level_up'].sum()}、调低 {s['level_down'].sum()};"
        f"岗位等级调高 {s['grade_up'].sum()}、调低 {s['grade_down'].sum()};"
        f"新增岗位 {s['post_new'].sum()},撤销岗位 {s['post_gone'].sum()},人员变动 {s['people'].sum()}"
    )
    for w in written:
        click.echo(f"已写出:{w}")


@main.command()
@click.option("--data", "data", type=ZhPath(file_okay=False), metavar="文件夹",
              help="数据文件夹:轮次记录和收到的每个文件都保存在这里(默认 ~/xlproc-data)。")  # fmt: skip
@click.option("--host", default="127.0.0.1", show_default=True, metavar="地址",
              help="监听地址;不是本机地址时必须设置 --password。")  # fmt: skip
@click.option("--port", default=8765, show_default=True, type=click.IntRange(0, 65535),
              metavar="端口", help="端口(0–65535;0 为任选一个空闲端口)。")  # fmt: skip
@click.option("--no-browser", is_flag=True, help="不自动打开浏览器。")
@click.option("--password", default=None, metavar="密码",
              help="登录密码(在局域网中使用时必须设置)。")  # fmt: skip
@click.option("--demo", is_flag=True, help="用自带的示例花名册和回收表格建一个演示轮次。")
@click.option("--config", "config_path", type=ZhPath(dir_okay=False), metavar="配置文件",
              help="配置文件(xlproc init 写出)。")  # fmt: skip
@_guard
def serve(data, host, port, no_browser, password, demo, config_path) -> None:
    """在浏览器中使用的工作台:收件、检查、退回、销号、生成档案,记录整轮工作。

    \b
    示例:
      xlproc serve
      xlproc serve --demo
      xlproc serve --data D:/廉政风险排查 --host 0.0.0.0 --password 口令
    """
    from xlproc.web.server import run

    run(data, host, port, not no_browser, password, demo, config_path, echo=click.echo)
