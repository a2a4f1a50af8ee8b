"""A level column headed with a tier's word ('风险层级', '风险层次', '评估层级') is the level
column, not the posts' tier (领导/中层/一般岗位): '风险层级' and '风险层次' are level headings of
the form definition; another heading that only ends in 层级 is taken by its contents, level words,
with the usual info ``COLUMN_GUESSED``. '岗位层级' over tiers stays the tier.

A probe found it: '风险层级' over 高/中/低 had every row's level blank (LEVEL_BLANK a row).
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config

HEAD = ["序号", "股室", "岗位", "姓名", "风险点", "风险类型", None, "防控措施"]
ROWS = [
    [1, "征收股", "股长", "濮阳静姝", "征收补偿款核算弄虚作假", "岗位职责", "一级", "双人复核"],
    [2, "征收股", "股长", "濮阳静姝", "征收信息提前泄露", "思想道德", "二级", "保密承诺"],
    [3, "档案室", "管理员", "巫马清越", "违规查阅借出档案", "制度机制", "三级", "借阅登记"],
]


def _collect(tmp_path: Path, level_head: str, level_col=None):
    rows = [["XX县房屋征收服务中心廉政风险排查表"], [*HEAD[:6], level_head, HEAD[7]]]
    for r in ROWS:
        rows.append([*r[:6], (level_col or {}).get(r[6], r[6]), r[7]])
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "list.xlsx", {"排查表": rows})
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def test_a_risk_tier_heading_is_the_level(tmp_path: Path):
    for i, head in enumerate(("风险层级", "风险层次")):
        got = _collect(tmp_path / str(i), head)
        assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级", "Ⅲ级"], head
        assert "LEVEL_BLANK" not in set(got.issues["code"]), head
        assert got.posts["tier"].tolist() == ["中层岗位", "一般岗位"], head


def test_another_tier_ending_is_taken_by_its_contents(tmp_path: Path):
    got = _collect(tmp_path, "评估层级", {"一级": "高", "二级": "中", "三级": "低"})
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级", "Ⅲ级"]
    guessed = got.issues[got.issues["code"] == "COLUMN_GUESSED"]
    assert guessed["cell"].tolist() == ["G2"]


def test_the_posts_tier_stays_the_tier(tmp_path: Path):
    tiers = {"一级": "中层岗位", "二级": "中层岗位", "三级": "一般岗位"}
    got = _collect(tmp_path, "岗位层级", tiers)
    assert got.risks["risk_level"].tolist() == ["", "", ""]
    assert got.posts["tier"].tolist() == ["中层岗位", "一般岗位"]
    assert (got.issues["code"] == "LEVEL_BLANK").sum() == 3
