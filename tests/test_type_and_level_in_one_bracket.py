"""A point closing on its type and its level in one bracket, either first, parted by '/', '、',
'，' or '；' ('公车私用（制度机制风险/二级）', '坐支现金（一级、岗位职责）'), no type or level column:
both are read off the point, which keeps only its words. Before, a bracket of a level alone
('…（二级）') or of a type alone ('…（制度机制）') was read, and two brackets one after the other,
but one bracket holding both stayed in the point's text: every point ``LEVEL_BLANK``, the table
``TABLE_NO_TYPE``.

Found by probing, not in a published batch: here a 县医疗保障局's list, the heading
'廉政风险点（类型、等级）' or plain '廉政风险点'. The negatives: a bracket of two types
('（思想道德、制度机制）'), a bracket of a level and a word no type ('（含审批、一级）'), a table
with its own level column: read as before.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def run(tmp_path: Path, points: list[str], head: str = "廉政风险点", level_col: bool = False):
    rows = [["XX县医疗保障局岗位廉政风险防控一览表"]]
    rows.append(
        ["序号", "股室", "岗位", "姓名", head, *(["风险等级"] if level_col else []), "防控措施"]
    )
    for i, p in enumerate(points):
        rows.append([str(i + 1), "基金监管股", "股长", f"皇甫{'澄砚溪'[i % 3]}", p,
                     *(["三级"] if level_col else []), "两人复核，全程留痕"])  # fmt: skip
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "医保局.xlsx", {"一览表": rows})
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def read(got) -> list[tuple[str, str, str]]:
    r = got.risks
    return list(zip(r["risk_point"], r["risk_type"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def test_type_and_level_in_one_bracket_either_first(tmp_path):
    points = ["定点机构违规结算不查处（岗位职责风险/一级）", "稽核线索压案不报（二级、制度机制）",
              "收受定点药店礼品（思想道德风险；三级）"]  # fmt: skip
    for n, head in enumerate(("廉政风险点", "廉政风险点（类型、等级）")):
        got = run(tmp_path / str(n), points, head)
        assert read(got) == [
            ("定点机构违规结算不查处", "岗位职责风险", "Ⅰ级"),
            ("稽核线索压案不报", "制度机制风险", "Ⅱ级"),
            ("收受定点药店礼品", "思想道德风险", "Ⅲ级"),
        ], head
        assert not {"LEVEL_BLANK", "TABLE_NO_TYPE", "TYPE_UNKNOWN"} & codes(got)


def test_brackets_of_no_such_pair_read_as_before(tmp_path):
    # two types, no level: the types read, the level blank as before
    got = run(
        tmp_path / "a",
        ["医保基金拨付审核不严（思想道德、制度机制）", "异地就医备案把关不严（岗位职责）"],
    )
    assert [lv for *_x, lv in read(got)] == ["", ""]
    assert "LEVEL_BLANK" in codes(got)
    # a word no type beside the level: the bracket stays in the point
    got = run(
        tmp_path / "b",
        ["医保目录调整程序不规范（含审批、一级）", "零星报销审核不严（含复核、二级）"],
    )
    assert [p for p, *_x in read(got)][0].endswith("（含审批、一级）")
    # the list's own level column: its level stands
    got = run(tmp_path / "c", ["定点机构违规结算不查处（岗位职责风险/一级）"], level_col=True)
    assert [lv for *_x, lv in read(got)] == ["Ⅲ级"]
