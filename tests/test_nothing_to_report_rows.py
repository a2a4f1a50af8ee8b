"""A row saying its holder has nothing to report in words other than '无' ('无明显风险点', '未发现',
'暂未发现', '暂无风险点'): no risk point and no error, as a '无' row is. Before, each was a point
with its level, type and measures blank (three errors a row). Found by probing, not in a
published batch; a point that only mentions such words ('未发现问题不报告') stays a point.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def test_rows_saying_nothing_to_report(tmp_path: Path):
    rows = [
        ["XX县供销合作社联合社岗位廉政风险防控一览表"],
        ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "风险类型", "防控措施"],
        ["1", "财务科", "科长", "宓思远", "专项资金拨付把关不严", "一级", "岗位职责风险", "集体研究"],
        ["2", "财务科", "科员", "宓清和", "无明显风险点", "", "", ""],
        ["3", "业务科", "科员", "宓远舟", "未发现", "", "", ""],
        ["4", "业务科", "科员", "宓若水", "暂无风险点", "", "", ""],
        ["5", "业务科", "科长", "宓望川", "检查中未发现问题不报告", "二级", "岗位职责风险", "问题台账"],
    ]  # fmt: skip
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "供销社.xlsx", {"一览表": rows})
    config = load_config()
    got = assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])
    assert list(got.risks["risk_point"]) == ["专项资金拨付把关不严", "检查中未发现问题不报告"]
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"])
