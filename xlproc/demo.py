"""`xlproc demo`: the whole yearly cycle on the bundled samples, into one folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from xlproc.resources import data_dir


def run_demo(outdir: Path) -> Iterator[str]:
    from xlproc.collect import collect_inbox
    from xlproc.report import accounting_line, write_outputs
    from xlproc.roster import read_roster
    from xlproc.templates import build_outbox

    samples = data_dir("samples")
    roster = samples / "roster.csv"
    inbox = samples / "inbox"
    outdir.mkdir(parents=True, exist_ok=True)

    people = read_roster(roster)
    files = build_outbox(people, outdir / "下发表格")
    yield f"1. 按花名册({len(people)} 人)生成下发表格:{outdir / '下发表格'}({len(files)} 个工作簿)"

    result = collect_inbox([inbox], roster_path=str(roster))
    c = result.counts()
    archive = outdir / "廉政风险信息档案.xlsx"
    public = outdir / "廉政风险公示.xlsx"
    export = outdir / "导出"
    feedback = outdir / "退回修改"
    write_outputs(result, archive=str(archive), export_dir=str(export), public=str(public),
                  feedback_dir=str(feedback))  # fmt: skip
    yield f"2. 汇总示例回收表格 {inbox}:{c['forms']} 张表、{c['risks']} 个风险点,错误 {c['errors']} 个、警告 {c['warnings']} 个"
    yield f"   {accounting_line(result)}"
    yield f"3. 汇总档案:{archive}"
    omitted = int(result.issues["code"].str.startswith("PUBLIC_").sum())
    yield f"   公示版(按岗位,不含姓名):{public}" + (
        f";{omitted} 个风险点因填写不全或含公式、链接未列入,见档案的“问题清单”" if omitted else ""
    )
    yield f"   CSV 导出:{export}"
    yield f"4. 退回修改稿(问题单元格已标注批注)和《退回清单》:{feedback}"
    yield (
        "下一步:用 Excel/WPS 打开汇总档案查看;对真实收件箱运行 "
        "xlproc collect 收件文件夹 --roster 花名册 -o 2026年廉政风险信息档案.xlsx"
    )
