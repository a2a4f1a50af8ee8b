"""A list with no level column whose points each carry a code (``风险编码``), its note saying the
levels stand in an ANNEX (``说明：各风险点的风险级别详见附表1“风险点定级索引”。``), and a sheet of the
file that is that annex by its tab or title (``附表1``, ``风险等级索引``) listing each code with its
level (``风险编码 | 风险级别``, in another order, maybe with a ``总计`` row): each point takes its code's
level, said once a list at the note (info LEVELS_BY_ANNEX_INDEX), the index's total row no code and
the index sheet no table of its own to warn of; a code the index lacks keeps a blank level with a
warning at its point (ANNEX_INDEX_CODE_MISSING), not a second error LEVEL_BLANK; a note naming an
annex the file does not have is said once (ANNEX_INDEX_SHEET_MISSING), the levels blank as before.
Before, the index was joined by its codes alone (SHEET_JOINED_BY_CODE, the note unread), its total
row warned as a code the list lacks and the index sheet warned as a table with no heading row.

Not the published batch's file (batch981: a 县住建局's ``风险点编号`` ``ZJ-BGS-01`` and a sheet ``附件2``
``廉政风险点等级索引表`` with 高/中/低 and ``合计 | 13项``): a 街道办事处's 清单 with ``风险编码``
``JD-DZB-1``, its ``附表1`` (``风险点定级索引``, ``一级/二级/三级``, ``总计 | 7``); the same by the name
alone (``《风险等级索引》`` and a tab ``风险等级索引``); a code the index lacks; an annex the file lacks.
Near-misses, read as before: the same index with no note (SHEET_JOINED_BY_CODE), a note naming an
annex that is no grading (``附件：岗位职责说明``), a list writing its own levels beside such a note.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

NEW = {"LEVELS_BY_ANNEX_INDEX", "ANNEX_INDEX_CODE_MISSING", "ANNEX_INDEX_SHEET_MISSING"}


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, sheets: dict):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "清单.xlsx", sheets, {})
    return _collect(inbox)


SHOWN = {"Ⅰ级": "一级", "Ⅱ级": "二级", "Ⅲ级": "三级"}


def levels(got) -> list[tuple[str, str]]:
    """(point, level) as read, the level as the list writes it ('Ⅰ级' read → '一级')."""
    shown = (SHOWN.get(lv, lv) if isinstance(lv, str) else "" for lv in got.risks["risk_level"])
    return list(zip(got.risks["risk_point"], shown, strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def issue(got, code: str):
    return got.issues[got.issues["code"] == code]


NOTE = "说明：各风险点的风险级别详见附表1“风险点定级索引”。"


def street(note: str | None = NOTE) -> list[list]:
    rows = [
        ["城东街道办事处岗位廉政风险防控清单", None, None, None, None, None, None],
        ["编号", "处室", "职务", "责任人", "风险编码", "主要风险点", "防范措施"],
        [1, "办事处领导", "主任", "端木翾", "JD-LD-1", "辖区项目资金安排个人说了算", "资金安排经党工委会研究。"],
        [2, "办事处领导", "主任", "端木翾", "JD-LD-2", "为亲友承揽社区工程打招呼", "插手干预登记报告。"],
        [3, "党政办", "主任", "令狐沄", "JD-DZB-1", "公务接待超标准", "接待清单公示。"],
        [4, "党政办", "主任", "令狐沄", "JD-DZB-2", "办公用品采购不比价", "三家比价，两人验收。"],
        [5, "社会事务办", "干事", "端木岚", "JD-SW-1", "低保入户调查走过场", "入户两人以上并签字。"],
        [6, "社会事务办", "干事", "端木岚", "JD-SW-2", "临时救助对象审核不严", "救助名单公示。"],
        [7, "城管办", "队员", "令狐澈", "JD-CG-1", "占道经营查处以罚代管", "执法记录仪全程记录。"],
    ]  # fmt: skip
    if note:
        rows.append([note, None, None, None, None, None, None])
    rows.append(["填表人：", None, None, "审核人：", None, "2025年6月", None])
    return rows


INDEX = [
    ["附表1", None],
    ["风险点定级索引", None],
    ["风险编码", "风险级别"],
    ["JD-LD-1", "一级"],
    ["JD-SW-1", "一级"],
    ["JD-LD-2", "二级"],
    ["JD-DZB-1", "二级"],
    ["JD-SW-2", "二级"],
    ["JD-CG-1", "二级"],
    ["JD-DZB-2", "三级"],
    ["总计", 7],
]
WANT = [
    ("辖区项目资金安排个人说了算", "一级"),
    ("为亲友承揽社区工程打招呼", "二级"),
    ("公务接待超标准", "二级"),
    ("办公用品采购不比价", "三级"),
    ("低保入户调查走过场", "一级"),
    ("临时救助对象审核不严", "二级"),
    ("占道经营查处以罚代管", "二级"),
]


def test_the_annex_the_note_names_grades_the_list_by_code(tmp_path):
    got = run(tmp_path, {"清单": street(), "附表1": INDEX})
    assert levels(got) == WANT
    said = issue(got, "LEVELS_BY_ANNEX_INDEX")
    assert len(said) == 1
    row = said.iloc[0]
    assert (row["source_sheet"], row["cell"], row["severity"]) == ("清单", "A10", "info")
    assert "附表1" in row["message"] and "7 个" in row["message"] and "风险编码" in row["message"]
    # the total row is no code, the index no table of its own, no second word of the join
    bad = {"SHEET_CODE_UNMATCHED", "SHEET_NO_TABLE", "SHEET_JOINED_BY_CODE", "LEVEL_BLANK"}
    assert not bad & codes(got)
    assert not {"ANNEX_INDEX_CODE_MISSING", "ANNEX_INDEX_SHEET_MISSING"} & codes(got)
    assert "JD-LD-1" not in set(got.risks["risk_point"]) and len(got.risks) == 7


def test_the_annex_named_by_its_name_alone(tmp_path):
    note = "注：风险级别按《风险等级索引》确定。"
    index = [["风险编码", "风险级别"]] + INDEX[3:]
    got = run(tmp_path, {"清单": street(note), "风险等级索引": index})
    assert levels(got) == WANT
    assert len(issue(got, "LEVELS_BY_ANNEX_INDEX")) == 1
    assert not {"SHEET_CODE_UNMATCHED", "SHEET_NO_TABLE", "LEVEL_BLANK"} & codes(got)


def test_a_code_the_index_lacks_is_warned_at_its_point(tmp_path):
    index = [row for row in INDEX if row[0] != "JD-SW-2"]
    got = run(tmp_path, {"清单": street(), "附表1": index})
    want = [(p, "" if p == "临时救助对象审核不严" else lv) for p, lv in WANT]
    assert levels(got) == want
    missing = issue(got, "ANNEX_INDEX_CODE_MISSING")
    assert len(missing) == 1
    row = missing.iloc[0]
    assert (row["source_sheet"], row["value"], row["severity"]) == ("清单", "JD-SW-2", "warning")
    assert row["cell"] == "F8"  # (its point's cell: no level column)
    assert "LEVEL_BLANK" not in codes(got)
    assert len(issue(got, "LEVELS_BY_ANNEX_INDEX")) == 1


def test_an_annex_the_file_lacks_is_said_once(tmp_path):
    note = "注：风险等级见附件3《廉政风险点等级索引表》。"
    got = run(tmp_path, {"清单": street(note)})
    assert all(not lv for _p, lv in levels(got)) and len(got.risks) == 7
    missing = issue(got, "ANNEX_INDEX_SHEET_MISSING")
    assert len(missing) == 1
    row = missing.iloc[0]
    assert (row["cell"], row["value"], row["severity"]) == ("A10", "附件3", "warning")
    assert len(issue(got, "LEVEL_BLANK")) == 7  # (blank as before)
    # a sheet of another number is not the annex named: joined by its codes as before, the
    # levels read (no word of a missing annex then)
    got = run(tmp_path / "b", {"清单": street(note), "附表1": INDEX})
    assert levels(got) == WANT
    assert len(issue(got, "SHEET_JOINED_BY_CODE")) == 1 and not NEW & codes(got)


# ------------------------------------------------------------------ near-misses, read as before


def test_a_note_naming_a_table_on_the_lists_own_sheet(tmp_path):
    # (review: '岗位风险等级见本表下方《岗位风险等级评定表》' names no annex: the table is under the
    # list, and the levels it gives are read by their own rules; no missing annex said)
    note = "注：各风险点的风险等级按所在岗位确定，见本表下方《岗位风险等级评定表》。"
    got = run(tmp_path, {"清单": street(note)})
    assert "ANNEX_INDEX_SHEET_MISSING" not in codes(got)


def test_the_same_index_with_no_note_is_joined_as_before(tmp_path):
    got = run(tmp_path, {"清单": street(None), "附表1": INDEX})
    assert levels(got) == WANT
    assert len(issue(got, "SHEET_JOINED_BY_CODE")) == 1
    assert not NEW & codes(got)
    # (the total row is no code here either)
    assert "SHEET_CODE_UNMATCHED" not in codes(got)


def test_a_note_naming_an_annex_of_no_grading(tmp_path):
    got = run(tmp_path, {"清单": street("附件：岗位职责说明（另附）")})
    assert not NEW & codes(got)
    assert len(issue(got, "LEVEL_BLANK")) == 7
    # a rule the levels follow, no annex of the file
    got = run(tmp_path / "b", {"清单": street("注：风险等级按《廉政风险等级评定办法》确定。")})
    assert not NEW & codes(got)
    assert len(issue(got, "LEVEL_BLANK")) == 7


def test_a_list_writing_its_own_levels_beside_such_a_note(tmp_path):
    rows = street("注：风险等级见附件2《风险等级索引表》。")
    rows[1].insert(6, "风险等级")
    for row, (_p, lv) in zip(rows[2:9], WANT, strict=True):
        row.insert(6, lv)
    for row in rows[:1] + rows[9:]:
        row.insert(6, None)
    got = run(tmp_path, {"清单": rows})
    assert levels(got) == WANT
    assert not NEW & codes(got)


def test_the_codes_are_catalogued():
    for code in NEW:
        assert code in CATALOGUE and code in SHORT
        assert any("\u4e00" <= ch <= "\u9fff" for ch in SHORT[code])
        assert any("\u4e00" <= ch <= "\u9fff" for ch in CATALOGUE[code][1])
