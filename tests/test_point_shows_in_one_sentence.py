"""A point running on into how it shows in one sentence, parted only by the words that say so
('…，主要表现为…'; batch 497's 财政局 in other words: a 审计局 and a 统计局, other connectives)."""

from __future__ import annotations

from test_columns import issues, run

HEAD = ["序号", "科室", "岗位", "姓名", "廉政风险点及表现形式", "风险等级", "防控措施"]


def _rows(head: str, cells: list[str]) -> list[list[str]]:
    rows = [["县审计局岗位廉政风险防控一览表"], [*HEAD[:4], head, *HEAD[5:]]]
    for n, cell in enumerate(cells, 1):
        rows.append(
            [str(n), "审计一股", "股长", "阙泓翊", cell, "二级", "审计组长负责制，复核把关。"]
        )
    return rows


SENTENCES = [
    "审计取证不充分，主要表现为证据资料收集不全，仅凭被审计单位说明下结论。",
    "审计发现问题隐瞒不报，具体表现在对重大违规问题不如实写入审计报告。",
    "接受被审计单位宴请，表现为在审计期间参加被审计单位安排的吃请。",
    "审计处理处罚畸轻畸重；其表现形式为同类问题处理尺度不一。",
    "泄露审计秘密",
]


def test_most_cells_parted_by_the_words_that_say_how_the_point_shows(tmp_path):
    got = run(tmp_path, {"一览表": _rows("廉政风险点及表现形式", SENTENCES)})
    risks = got.risks
    assert risks["risk_point"].tolist() == [
        "审计取证不充分",
        "审计发现问题隐瞒不报",
        "接受被审计单位宴请",
        "审计处理处罚畸轻畸重",
        "泄露审计秘密",
    ]
    assert risks["description"].tolist()[:2] == [
        "证据资料收集不全，仅凭被审计单位说明下结论。",
        "对重大违规问题不如实写入审计报告。",
    ]
    assert risks["description"].tolist()[4] == ""


def test_under_a_plain_point_heading_every_cell_must_be_so_written(tmp_path):
    got = run(tmp_path, {"一览表": _rows("廉政风险点", SENTENCES[:4])})
    assert got.risks["risk_point"].tolist()[0] == "审计取证不充分"
    got = run(tmp_path / "b", {"一览表": _rows("廉政风险点", SENTENCES)})  # one not so written
    assert got.risks["risk_point"].tolist() == SENTENCES
    assert set(got.risks["description"]) == {""}


def test_a_connective_deep_in_the_sentence_or_a_description_column_leaves_the_cell_whole(tmp_path):
    long = [
        "统计执法检查中对企业虚报瞒报统计数据的行为查处不力，主要表现为以批评教育代替处罚。",
        "统计数据审核把关不严，不按规定核实企业报表，常见表现为对异常数据不予核查。",
    ]
    got = run(tmp_path, {"一览表": _rows("风险点及表现形式", long)})
    assert got.risks["risk_point"].tolist()[0] == long[0]  # (the words 24 characters on)
    rows = [
        ["县统计局岗位廉政风险防控一览表"],
        ["科室", "岗位", "姓名", "风险点", "表现形式", "风险等级", "防控措施"],
        ["执法股", "股长", "柴翊澂", "查处不力，主要表现为以教代罚", "对企业虚报瞒报统计数据只作批评教育，不立案查处", "一级", "集体审理。"],
        ["执法股", "股长", "柴翊澂", "泄露统计资料，表现为对外提供未公开数据", "统计人员私自向外单位提供尚未公布的统计数据", "二级", "保密登记。"],
    ]  # fmt: skip
    got = run(tmp_path / "b", {"一览表": rows})
    assert got.risks["risk_point"].tolist() == [rows[2][3], rows[3][3]]
    assert not [code for code, _ in issues(got) if code.startswith("POINT")]


def test_two_sentences_under_a_heading_naming_both_are_the_point_and_how_it_shows(tmp_path):
    """Batch 501's shape in other words: '风险点。表现。' parted by nothing but the full stop, under
    a heading naming the point and how it shows; under a plain point heading, left whole."""
    cells = [
        "审计证据取舍失当。对不利于被审计单位的证据不予采信，报告避重就轻。",
        "审计组长独断专行。重大审计事项不经审计组集体讨论。",
        "违规干预审计。为被审计单位说情打招呼，要求降低问题定性。",
    ]
    got = run(tmp_path, {"一览表": _rows("廉政风险点及表现形式", cells)})
    assert got.risks["risk_point"].tolist() == [
        "审计证据取舍失当",
        "审计组长独断专行",
        "违规干预审计",
    ]
    assert got.risks["description"].tolist()[1] == "重大审计事项不经审计组集体讨论。"
    got = run(tmp_path / "b", {"一览表": _rows("廉政风险点", cells)})
    assert got.risks["risk_point"].tolist() == cells


def test_once_most_cells_are_so_written_a_longer_point_is_parted_too(tmp_path):
    """Review 79: the column is judged on points of 24 characters at most; once it is, a cell
    whose point runs longer is parted alike, not left whole beside its neighbours."""
    long = "审计项目计划编制和审计组人员安排中照顾关系单位，主要表现为有意回避重点单位。"
    got = run(tmp_path, {"一览表": _rows("廉政风险点及表现形式", [*SENTENCES[:4], long])})
    assert got.risks["risk_point"].tolist()[4] == "审计项目计划编制和审计组人员安排中照顾关系单位"
    assert got.risks["description"].tolist()[4] == "有意回避重点单位。"


def test_a_mark_the_heading_joins_them_by_parts_each_cell_alike(tmp_path):
    """Batch 505's shape in other words: '风险点|具体表现' over '短名|表现' (the heading's own mark
    parting the cells), half-width here; a cell without the mark stays whole."""
    cells = [
        "审计证据取舍失当|对不利证据不予采信",
        "审计组长独断专行|重大事项不经集体讨论",
        "违规干预审计|为被审计单位说情打招呼",
        "审计结果公告滞后|应公告的结果拖延公告",
        "泄露审计秘密",
    ]
    got = run(tmp_path, {"一览表": _rows("风险点|具体表现", cells)})
    assert got.risks["risk_point"].tolist() == [
        "审计证据取舍失当", "审计组长独断专行", "违规干预审计", "审计结果公告滞后", "泄露审计秘密",
    ]  # fmt: skip
    assert got.risks["description"].tolist()[0] == "对不利证据不予采信"
