"""A row whose point cell (and perhaps its level, type and measures) holds only a run of dashes
('———', '－－', '— —') says "none", as a row of '无' does: no risk point, no LEVEL_UNKNOWN or
LEVEL_BLANK at it. Held-out batches showed such rows read as points with their dashes for a
level. The row is read as '无' is (locate_body ``_nothing``), so the figures still reconcile (rows
seen = risks + rows reported). A real point whose level cell is '—' stays a point (its level an
error), and so does a point whose text merely contains a dash.

Written with xlsxwriter (tests/helpers.py) in other units, posts and names than the batches
that showed the rows, and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _read(tmp_path: Path, title: str, head: list, rows: list[list]):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "list.xlsx", {"一览表": [[title], head, *rows]})
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def _points(got) -> list[tuple[str, str, str]]:
    r = got.risks
    return list(zip(r["person"], r["risk_point"], r["risk_level"], strict=True))


def _errors(got) -> list[tuple[str, str]]:
    i = got.issues
    i = i[i["severity"] == "error"]
    return list(zip(i["code"], i["cell"], strict=True))


def _reconciles(got) -> None:
    c = got.counts()
    assert c["rows_seen"] == c["risks"] + c["rows_reported"], c


HEAD = ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", "风险类型", "防控措施"]


def test_a_dash_run_across_the_risk_cells_is_no_point(tmp_path):
    rows = [
        [1, "稽查股", "股长", "巫马知远", "案件查办中徇私枉法", "一级", "岗位职责", "集体审议，全程记录"],
        [2, "稽查股", "股长", "巫马知远", "———", "———", "———", "———"],
        [3, "注册股", "科员", "闻人若溪", "登记审核把关不严", "二级", "业务流程", "双人复核"],
    ]  # fmt: skip
    got = _read(tmp_path, "某县市场监督管理局廉政风险防控一览表", HEAD, rows)
    assert _points(got) == [
        ("巫马知远", "案件查办中徇私枉法", "Ⅰ级"),
        ("闻人若溪", "登记审核把关不严", "Ⅱ级"),
    ]
    assert _errors(got) == []
    _reconciles(got)


def test_a_full_width_dash_pair_in_the_point_cell_alone_is_no_point(tmp_path):
    head = ["序号", "股室", "岗位名称", "责任人", "廉政风险点", "风险级别", "防控措施"]
    rows = [
        [1, "药剂科", "科主任", "澹台清和", "药品采购收受回扣", "Ⅰ级", "带量采购，平台留痕"],
        [2, "收费室", "收费员", "澹台星野", "－－", "", ""],
        [3, "收费室", "收费员", "公冶明澈", "收费不开票据", "Ⅱ级", "每日对账"],
    ]
    got = _read(tmp_path, "某镇卫生院岗位廉政风险排查表", head, rows)
    assert _points(got) == [
        ("澹台清和", "药品采购收受回扣", "Ⅰ级"),
        ("公冶明澈", "收费不开票据", "Ⅱ级"),
    ]
    assert _errors(got) == []
    _reconciles(got)


def test_dash_runs_of_other_lengths_and_kinds_are_no_point(tmp_path):
    rows = [
        [1, "运管所", "所长", "呼延砚秋", "运输许可违规审批", "一级", "制度机制", "网上审批，限时办结"],
        [2, "运管所", "所长", "呼延砚秋", "————————", "——", "／", "— —"],
        [3, "路政股", "路政员", "司空晓岚", "超限处罚随意", "二级", "岗位职责", "执法记录仪全程记录"],
        [4, "路政股", "路政员", "司空晓岚", "— —", "— —", "", ""],
    ]  # fmt: skip
    got = _read(tmp_path, "某县交通运输局廉政风险点清单", HEAD, rows)
    assert _points(got) == [
        ("呼延砚秋", "运输许可违规审批", "Ⅰ级"),
        ("司空晓岚", "超限处罚随意", "Ⅱ级"),
    ]
    assert _errors(got) == []
    _reconciles(got)


def test_a_real_point_whose_level_is_a_dash_stays_a_point(tmp_path):
    rows = [
        [1, "财务股", "会计", "东方既白", "虚报冒领补助资金", "—", "岗位职责", "定期对账"],
        [2, "财务股", "出纳", "东方晚晴", "公款私存", "二级", "岗位职责", "账户集中管理"],
    ]
    got = _read(tmp_path, "某县民政局廉政风险防控一览表", HEAD, rows)
    assert _points(got) == [
        ("东方既白", "虚报冒领补助资金", ""),
        ("东方晚晴", "公款私存", "Ⅱ级"),
    ]
    assert _errors(got) == [("LEVEL_UNKNOWN", "F3")]


def test_a_point_containing_a_dash_stays_a_point(tmp_path):
    rows = [
        [1, "车管股", "驾驶员", "令狐嘉树", "公车私用——节假日私驾", "三级", "思想道德", "定点停放"],
        [2, "车管股", "驾驶员", "令狐嘉树", "—虚报维修费用", "二级", "岗位职责", "维修定点"],
    ]  # fmt: skip
    got = _read(tmp_path, "某县机关事务服务中心廉政风险防控一览表", HEAD, rows)
    assert _points(got) == [
        ("令狐嘉树", "公车私用——节假日私驾", "Ⅲ级"),
        ("令狐嘉树", "—虚报维修费用", "Ⅱ级"),
    ]
    assert _errors(got) == []
