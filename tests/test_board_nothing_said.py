"""A board of posts across (岗位 / 姓名 rows, one column a holder) and points down in groups of
rows (风险点 / 风险等级 / 防控措施): a holder with fewer points leaves the group's cells in his
column as '/', '无' or '—'. Such a column says no point there; a column with a point and only
its measures left out is still a point (its missing measures an issue).

Not the published batch's board (a 汽车客运站 with 站长 … 售票员 and '/' in the third group):
a 乡镇卫生院's 公示栏, other posts, names and words for nothing, written with xlsxwriter
(tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str]):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "board.xlsx", {"公示栏": rows}, {"公示栏": merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


ROWS = [
    ["XX镇卫生院岗位廉政风险监督公示栏"],
    ["岗位", "院长", "药剂科主任", "收费员"],
    ["姓名", "扈沛昀", "阚霁柔", "逯澄远"],
    ["风险点一", "药品耗材采购中收受回扣", "药品验收把关不严，以次充好", "收费不开票据，截留现金"],
    ["风险等级", "一级", "二级", "一级"],
    ["防控措施", "采购纳入县医共体统一平台。", "验收双人签字，留存台账。", "每日对账，票款一致。"],
    ["风险点二", "绩效分配不按方案，优亲厚友", "无", "—"],
    ["风险等级", "二级", "无", "—"],
    ["防控措施", "绩效方案职代会通过并公示。", "无", "—"],
    ["监督电话：12345"],
]


def test_nothing_said_down_a_holders_column_is_no_point(tmp_path):
    got = run(tmp_path, ROWS, ["A1:D1", "A10:D10"])
    assert read(got) == sorted([
        ("院长", "扈沛昀", "药品耗材采购中收受回扣", "Ⅰ级"),
        ("院长", "扈沛昀", "绩效分配不按方案，优亲厚友", "Ⅱ级"),
        ("药剂科主任", "阚霁柔", "药品验收把关不严，以次充好", "Ⅱ级"),
        ("收费员", "逯澄远", "收费不开票据，截留现金", "Ⅰ级"),
    ])  # fmt: skip
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")
    c = got.counts()
    assert c["rows_seen"] == c["risks"] + c["rows_reported"] == 4, c


def test_a_point_with_its_measures_left_out_is_still_a_point(tmp_path):
    rows = [list(r) for r in ROWS]
    rows[6] = ["风险点二", "绩效分配不按方案，优亲厚友", "处方点评流于形式", "—"]
    rows[7] = ["风险等级", "二级", "三级", "—"]
    rows[8] = ["防控措施", "绩效方案职代会通过并公示。", "/", "—"]
    got = run(tmp_path, rows, ["A1:D1", "A10:D10"])
    assert ("药剂科主任", "阚霁柔", "处方点评流于形式", "Ⅲ级") in read(got)
    assert len(read(got)) == 5
    assert "MEASURES_BLANK" in set(got.issues["code"]) or "/" in set(got.risks["measures"])


def test_what_the_eighty_fifth_review_found(tmp_path):
    """Other words for nothing down a holder's column (不适用, 未涉及, 无此风险点) say no point."""
    rows = [list(r) for r in ROWS]
    rows[6] = ["风险点二", "绩效分配不按方案，优亲厚友", "不适用", "无此风险点"]
    rows[7] = ["风险等级", "二级", "不适用", "无此风险点"]
    rows[8] = ["防控措施", "绩效方案职代会通过并公示。", "不适用", "未涉及"]
    got = run(tmp_path, rows, ["A1:D1", "A10:D10"])
    assert len(read(got)) == 4
    assert not {"不适用", "无此风险点"} & set(got.risks["risk_point"])
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")
