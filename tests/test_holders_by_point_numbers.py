"""A list naming no 科室, post or holder, and a table of holders naming each one's points by the
list's 序号 ('姓名 | 岗位 | 股室 | 对应风险点' over '… | 1-3'): the points are the holders'.

Each case is a small workbook written as a real .xlsx (xlsxwriter) and read back as
``collect_inbox`` reads it. The words are not those of tests/published/batch515.py (another
unit, other posts, other headings and other ways of writing the numbers).
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

TITLE = ["临泽县档案馆廉政风险防控一览表"]
HEAD = ["编号", "业务事项", "风险点", "风险类别", "风险等级", "防控措施"]
POINTS = [
    ("档案接收", "接收进馆档案把关不严", "岗位职责", "中", "接收清单两人核对。"),
    ("档案查阅", "违规提供未开放档案", "制度机制", "高", "查阅审批登记，定期抽查。"),
    ("数字化外包", "外包验收降低标准", "业务流程", "高", "验收组集体验收，留存记录。"),
    ("库房管理", "库房钥匙私自交他人", "岗位职责", "低", "钥匙双人保管，出入登记。"),
    ("经费报销", "虚列修裱材料费", "思想道德", "中", "材料入库验收，报销附清单。"),
    ("编研出版", "编研稿酬发放不公", "制度机制", "低", "稿酬标准公开，馆务会审定。"),
]  # fmt: skip
CREW_HEAD = ["姓名", "岗位", "股室", "对应风险点"]
CREW = [
    ("濮阳蕤", "副馆长", "馆领导", "1-2"),
    ("钭沛琳", "保管股股长", "保管股", "3至4"),
    ("笪晗筠", "档案员", "利用股", "5,6"),
]


def run(tmp_path: Path, sheets, merges=None):
    """Write the workbook and collect it as ``collect_inbox`` does, in this process."""
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", sheets, merges)
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def the_list(points=POINTS, numbers=None):
    numbers = numbers or range(1, len(points) + 1)
    return [[n, *p] for n, p in zip(numbers, points, strict=True)]


def crew(rows=CREW, head=CREW_HEAD, caption="分工负责情况"):
    out = [[caption]] if caption else []
    return out + [list(head)] + [list(r) for r in rows]


def holders(res) -> dict[tuple[str, str, str], list[str]]:
    """(科室, post, holder) → the points read under them."""
    out: dict[tuple[str, str, str], list[str]] = {}
    for r in res.risks.itertuples():
        out.setdefault((r.department, r.title, r.person), []).append(r.risk_point)
    return out


def codes(res, severity=None) -> list[tuple[str, str]]:
    df = res.issues if severity is None else res.issues[res.issues["severity"] == severity]
    return sorted(zip(df["code"], df["cell"], strict=True))


SPLIT = {
    ("馆领导", "副馆长", "濮阳蕤"): [POINTS[0][1], POINTS[1][1]],
    ("保管股", "保管股股长", "钭沛琳"): [POINTS[2][1], POINTS[3][1]],
    ("利用股", "档案员", "笪晗筠"): [POINTS[4][1], POINTS[5][1]],
}


def test_the_codes_are_catalogued():
    for code in ("HOLDERS_BY_POINT_NUMBERS", "HOLDER_NUMBERS_UNMATCHED"):
        assert code in CATALOGUE and code in SHORT
    assert CATALOGUE["HOLDERS_BY_POINT_NUMBERS"][0] == "info"
    assert CATALOGUE["HOLDER_NUMBERS_UNMATCHED"][0] == "warning"


def test_a_table_under_the_list_gives_each_point_its_holder(tmp_path):
    rows = [TITLE, HEAD, *the_list(), [], *crew(), ["制表：", None, "审核：", None, "2025年3月"]]
    res = run(tmp_path, {"一览表": rows}, {"一览表": ["A1:F1", "A10:F10"]})
    assert holders(res) == SPLIT
    c = res.counts()
    assert (c["rows_seen"], c["risks"], c["rows_reported"], c["unplaced"]) == (6, 6, 0, 0)
    posts = res.posts.set_index("person")
    assert posts.loc["濮阳蕤", "tier"] == "领导岗位"
    assert posts.loc["钭沛琳", "tier"] == "中层岗位"
    assert posts.loc["笪晗筠", "tier"] == "一般岗位"
    assert set(res.posts["unit"]) == {"临泽县档案馆"}
    # the table of holders is no points and raises no noise: one info saying where they came from
    assert codes(res, "error") == [] and codes(res, "warning") == []
    assert ("HOLDERS_BY_POINT_NUMBERS", "D11") in codes(res)
    msg = res.issues[res.issues["code"] == "HOLDERS_BY_POINT_NUMBERS"]["message"].iloc[0]
    assert "对应风险点" in msg and "3人" in msg
    # levels and types are the list's own
    by_point = res.risks.set_index("risk_point")
    assert by_point.loc["违规提供未开放档案", "risk_level"] == "Ⅰ级"
    assert by_point.loc["编研稿酬发放不公", "risk_type"] == "制度机制风险"


def test_a_table_above_the_list_and_other_ways_of_writing_the_numbers(tmp_path):
    above = [
        ["序号", "姓名", "职务", "所在股室", "风险点编号"],
        [1, "濮阳蕤", "副馆长", "馆领导", "1～2"],
        [2, "钭沛琳", "保管股股长", "保管股", "3—4"],
        [3, "笪晗筠", "档案员", "利用股", "5、6"],
    ]
    rows = [TITLE, *above, [], HEAD, *the_list()]
    res = run(tmp_path, {"一览表": rows})
    assert holders(res) == SPLIT
    assert codes(res, "error") == [] and codes(res, "warning") == []
    assert ("HOLDERS_BY_POINT_NUMBERS", "E2") in codes(res)


def test_a_table_on_a_sheet_of_its_own(tmp_path):
    sheets = {
        "一览表": [TITLE, HEAD, *the_list()],
        "人员分工": crew(head=["姓名", "职务", "科室", "负责事项序号"], caption="岗位分工"),
    }
    res = run(tmp_path, sheets)
    assert holders(res) == SPLIT
    assert codes(res, "error") == [] and codes(res, "warning") == []
    got = res.issues[res.issues["code"] == "HOLDERS_BY_POINT_NUMBERS"]
    assert list(zip(got["source_sheet"], got["cell"], strict=True)) == [("人员分工", "D2")]


def test_a_point_two_name_is_each_ones_and_a_number_naming_no_row_is_said(tmp_path):
    rows = [
        TITLE, HEAD, *the_list(), [],
        *crew([("濮阳蕤", "副馆长", "馆领导", "1-3"), ("钭沛琳", "保管股股长", "保管股", "3、4"),
               ("笪晗筠", "档案员", "利用股", "5-6、9")]),
    ]  # fmt: skip
    res = run(tmp_path, {"一览表": rows})
    got = holders(res)
    assert got[("馆领导", "副馆长", "濮阳蕤")] == [p[1] for p in POINTS[:3]]
    assert got[("保管股", "保管股股长", "钭沛琳")] == [POINTS[2][1], POINTS[3][1]]
    assert got[("利用股", "档案员", "笪晗筠")] == [POINTS[4][1], POINTS[5][1]]
    assert len(res.risks) == 7  # (point 3 under both)
    c = res.counts()
    assert c["rows_seen"] == c["risks"] + c["rows_reported"]  # (counted per holder)
    assert codes(res, "warning") == [("HOLDER_NUMBERS_UNMATCHED", "D14")]
    assert res.issues[res.issues["code"] == "HOLDER_NUMBERS_UNMATCHED"]["value"].iloc[0] == "9"
    assert codes(res, "error") == []


def test_a_point_no_one_names_stays_the_units(tmp_path):
    rows = [TITLE, HEAD, *the_list(), [], *crew(CREW[:2])]
    res = run(tmp_path, {"一览表": rows})
    got = holders(res)
    assert got[("", "", "")] == [POINTS[4][1], POINTS[5][1]]  # as read, no one invented
    assert got[("馆领导", "副馆长", "濮阳蕤")] == [POINTS[0][1], POINTS[1][1]]


def test_numbers_begun_again_leave_the_list_as_read(tmp_path):
    # two runs numbered 1–3 each: which 3 the table names is unsaid
    rows = [TITLE, HEAD, *the_list(numbers=[1, 2, 3, 1, 2, 3]), [], *crew()]
    res = run(tmp_path, {"一览表": rows})
    assert set(holders(res)) == {("", "", "")}
    assert len(res.risks) == 6
    assert ("HOLDER_NUMBERS_UNMATCHED", "D11") in codes(res, "warning")
    assert "HOLDERS_BY_POINT_NUMBERS" not in set(res.issues["code"])
    assert codes(res, "error") == []  # (the table is still no points)


def test_a_sheet_of_holders_beside_two_lists_is_unclear(tmp_path):
    sheets = {
        "保管": [TITLE, HEAD, *the_list(POINTS[:3])],
        "利用": [TITLE, HEAD, *the_list(POINTS[3:])],
        "分工": crew(),
    }
    res = run(tmp_path, sheets)
    assert set(holders(res)) == {("", "", "")}
    assert ("HOLDER_NUMBERS_UNMATCHED", "D2") in codes(res, "warning")


def test_a_list_naming_its_holders_keeps_them(tmp_path):
    head = ["编号", "股室", "岗位", "责任人", "风险点", "风险等级", "防控措施"]
    own = [
        [1, "保管股", "股长", "钭沛琳", "接收进馆档案把关不严", "中", "接收清单两人核对。"],
        [2, "利用股", "档案员", "笪晗筠", "违规提供未开放档案", "高", "查阅审批登记。"],
    ]
    rows = [TITLE, head, *own, [], *crew([("濮阳蕤", "副馆长", "馆领导", "1-2")])]
    res = run(tmp_path, {"一览表": rows})
    assert holders(res) == {
        ("保管股", "股长", "钭沛琳"): ["接收进馆档案把关不严"],
        ("利用股", "档案员", "笪晗筠"): ["违规提供未开放档案"],
    }
    assert "HOLDERS_BY_POINT_NUMBERS" not in set(res.issues["code"])
    assert ("TABLE_OTHER", "D7") in codes(res, "info")
    assert codes(res, "error") == []


def test_a_staff_roster_under_the_list_reads_as_before(tmp_path):
    roster = [["序号", "姓名", "职务", "科室"], [1, "濮阳蕤", "副馆长", "馆领导"],
              [2, "钭沛琳", "股长", "保管股"]]  # fmt: skip
    rows = [TITLE, HEAD, *the_list(), [], ["人员名单"], *roster]
    res = run(tmp_path, {"一览表": rows})
    # no column names the points' numbers: the list's points stay the unit's, as before
    assert set(holders(res)) == {("", "", "")}
    assert set(res.risks["risk_point"]) >= {p[1] for p in POINTS}
    assert not {"HOLDERS_BY_POINT_NUMBERS", "HOLDER_NUMBERS_UNMATCHED"} & set(res.issues["code"])


def test_a_roster_whose_numbers_column_names_no_numbers_is_no_such_table(tmp_path):
    rows = [TITLE, HEAD, *the_list(), [],
            *crew([("濮阳蕤", "副馆长", "馆领导", "全面工作"), ("钭沛琳", "保管股股长", "保管股", "库房")])]  # fmt: skip
    res = run(tmp_path, {"一览表": rows})
    assert not {"HOLDERS_BY_POINT_NUMBERS", "HOLDER_NUMBERS_UNMATCHED"} & set(res.issues["code"])
    assert set(holders(res)) == {("", "", "")}  # (its words are no numbers: no one's points)


def test_a_table_of_measures_by_number_still_reads_as_measures(tmp_path):
    head = ["编号", "风险点", "风险类别", "风险等级"]
    points = [[n, p[1], p[2], p[3]] for n, p in enumerate(POINTS[:3], 1)]
    keyed = [["编号", "对应风险点", "防控措施"], [1, "1、2", "查阅和接收均两人经办。"],
             [2, "3", "外包验收集体研究。"]]  # fmt: skip
    rows = [TITLE, head, *points, [], ["防控措施"], *keyed]
    res = run(tmp_path, {"一览表": rows})
    assert set(holders(res)) == {("", "", "")}
    measures = dict(zip(res.risks["risk_point"], res.risks["measures"], strict=True))
    assert measures[POINTS[0][1]] == "查阅和接收均两人经办。"
    assert measures[POINTS[2][1]] == "外包验收集体研究。"
    assert "MEASURES_BY_NUMBER" in set(res.issues["code"])
    assert "HOLDERS_BY_POINT_NUMBERS" not in set(res.issues["code"])


def test_a_list_of_kesi_only_keeps_its_kesi_and_takes_post_and_holder(tmp_path):
    head = ["序号", "股室", "风险点", "风险等级", "防控措施"]
    points = [[n, "综合股", p[1], p[3], p[4]] for n, p in enumerate(POINTS[:2], 1)]
    rows = [TITLE, head, *points, [], *crew([("钭沛琳", "股长", "保管股", "1、2")])]
    res = run(tmp_path, {"一览表": rows})
    assert holders(res) == {("综合股", "股长", "钭沛琳"): [POINTS[0][1], POINTS[1][1]]}


def test_what_the_eighty_second_review_found(tmp_path):
    """Review 82: a table of the leaders who OVERSEE the points ('分管事项 | 1-3') under a list
    of 科室 names no holder: the points stay their 科室's, the table is another table."""
    rows = [
        ["某县图书馆廉政风险防控一览表"],
        ["序号", "科室", "风险点", "风险类型", "风险等级", "防控措施"],
        [1, "采编部", "采购图书不比价", "制度机制", "高", "三家比价。"],
        [2, "采编部", "验收把关不严", "岗位职责", "中", "两人验收。"],
        [3, "借阅部", "违规外借珍本", "业务流程", "中", "审批登记。"],
        [],
        ["馆领导分管"],
        ["序号", "姓名", "职务", "分管事项"],
        [1, "阎楚珩", "副馆长", "1-2"],
        [2, "甘秋实", "馆长", "3"],
    ]
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "表.xlsx", {"表": rows})
    config = load_config()
    got = assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])
    assert set(got.risks["person"]) == {""} and set(got.risks["title"]) == {""}
    assert got.risks["department"].tolist() == ["采编部", "采编部", "借阅部"]
    assert "HOLDERS_BY_POINT_NUMBERS" not in set(got.issues["code"])


def test_a_holder_of_every_point_and_numbers_each_written_as_an_item(tmp_path):
    # (review 82's gap: the table stopped at a '全部' row; '第1项、第2项' were no numbers)
    rows = [
        TITLE, HEAD, *the_list(), [],
        *crew([("濮阳蕤", "馆长", "馆领导", "全部"), ("钭沛琳", "保管股股长", "保管股", "第1项、第2项、第3项"),
               ("笪晗筠", "档案员", "利用股", "第4条、第5—6条")]),
    ]  # fmt: skip
    res = run(tmp_path, {"一览表": rows})
    got = holders(res)
    assert got[("馆领导", "馆长", "濮阳蕤")] == [p[1] for p in POINTS]
    assert got[("保管股", "保管股股长", "钭沛琳")] == [p[1] for p in POINTS[:3]]
    assert got[("利用股", "档案员", "笪晗筠")] == [p[1] for p in POINTS[3:]]
    assert codes(res, "error") == [] and codes(res, "warning") == []
    # a table whose every row says '全部' names no one's own points: read as before
    rows = [TITLE, HEAD, *the_list(), [],
            *crew([("濮阳蕤", "馆长", "馆领导", "全部"), ("钭沛琳", "副馆长", "馆领导", "所有")])]  # fmt: skip
    res = run(tmp_path / "all", {"一览表": rows})
    assert set(holders(res)) == {("", "", "")}


def test_the_numbers_as_columns_a_tick_under_each_held(tmp_path):
    """Batch 571's kind in other words: a 市场监管局's list with no holder column, and under it a
    分工表 whose '负责风险点（对应序号）' heading is merged over the numbers' own columns, a '●'
    under each point a holder bears (a 科室 merged down over its people)."""
    rows = [["XX县市场监督管理局执法岗位廉政风险防控表"],
            ["序号", "环节", "廉政风险点", "风险等级", "防控措施"],
            [1, "受理", "投诉举报压案不查", "高", "统一登记。"],
            [2, "检查", "接受宴请降低认定", "高", "两人以上检查。"],
            [3, "处罚", "同案不同罚", "中", "裁量基准。"],
            [4, "收缴", "罚没款截留", "低", "银行代收。"],
            [],
            ["岗位廉政风险分工表"],
            ["序号", "科室", "职务", "姓名", "负责风险点（对应序号）", None, None, None],
            [None, None, None, None, 1, 2, 3, 4],
            [1, "局领导", "副局长", "昝澄岫", "●", None, "●", None],
            [2, "稽查大队", "大队长", "闾丘沐", None, "●", "●", "●"],
            [3, None, "队员", "昝霁川", None, "●", None, None]]  # fmt: skip
    merges = ["A1:E1", "A9:A10", "B9:B10", "C9:C10", "D9:D10", "E9:H9", "B12:B13"]
    got = run(tmp_path, {"S": rows}, {"S": merges})
    r = got.risks
    assert sorted(zip(r["department"], r["title"], r["person"], r["risk_point"], strict=True)) == sorted([
        ("局领导", "副局长", "昝澄岫", "投诉举报压案不查"), ("局领导", "副局长", "昝澄岫", "同案不同罚"),
        ("稽查大队", "大队长", "闾丘沐", "接受宴请降低认定"), ("稽查大队", "大队长", "闾丘沐", "同案不同罚"),
        ("稽查大队", "大队长", "闾丘沐", "罚没款截留"), ("稽查大队", "队员", "昝霁川", "接受宴请降低认定"),
    ])  # fmt: skip
    assert not {"●", "1"} & set(r["risk_point"])
    assert not [
        c for c in got.issues["code"] if c in ("ROW_UNPLACED", "TYPE_UNKNOWN", "LEVEL_UNKNOWN")
    ]


def test_what_the_eighty_seventh_review_found(tmp_path):
    """Sub-headings '①②③' under a merged heading never stop the file (no numbers grid read); a
    heading whose bracket names quarters is no table of the list's numbers."""
    head = [["XX县市场监督管理局执法岗位廉政风险防控表"], ["序号", "环节", "廉政风险点", "风险等级", "防控措施"],
            [1, "受理", "投诉举报压案不查", "高", "统一登记。"], [2, "检查", "接受宴请降低认定", "高", "两人以上检查。"], []]  # fmt: skip
    for i, (heading, subs) in enumerate([("负责风险点（对应序号）", ["①", "②"]),
                                         ("负责事项（完成季度）", [1, 2])]):  # fmt: skip
        rows = head + [["分工表"], ["序号", "科室", "职务", "姓名", heading, None],
                       [None, None, None, None, *subs], [1, "局领导", "副局长", "昝澄岫", "●", None],
                       [2, "稽查大队", "大队长", "闾丘沐", None, "●"]]  # fmt: skip
        merges = ["A1:E1", "A7:A8", "B7:B8", "C7:C8", "D7:D8", "E7:F7"]
        got = run(tmp_path / str(i), {"S": rows}, {"S": merges})
        assert "FILE_UNREADABLE" not in set(got.issues["code"])
        assert {"投诉举报压案不查", "接受宴请降低认定"} <= set(got.risks["risk_point"])
        if i == 1:
            assert not {"昝澄岫", "闾丘沐"} & set(got.risks["person"])
