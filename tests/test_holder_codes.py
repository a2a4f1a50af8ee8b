"""A holder's (or post's) column of short codes that a legend on the same sheet defines.

The 责任人 column holds only a code ('A', '①', '甲', '2'); who each code is stands in a legend
line above, below or beside the list ('A—所长　张三；B—…', '①站长张三 ②…') or in a small table
('代号 | 科室 | 岗位 | 姓名', '编号 | 职务 | 姓名'): each row takes the 科室, post and holder of its
code (info HOLDER_CODES). A code the legend leaves out or gives twice stays as read (warning
HOLDER_CODE_UNCLEAR); without a legend the codes read as before. The workbooks are written
with xlsxwriter in other words than the published batches (483, 486).
"""

from pathlib import Path

from helpers import write_ods, write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def run(tmp_path: Path, sheets, merges=None, comments=None):
    """Write a workbook and read it as ``collect_inbox`` does, in this process."""
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", sheets, merges, comments=comments)
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def who(res) -> list[list[str]]:
    """(科室, post, holder, point) of every point, in the list's order."""
    df = res.risks.sort_values("source_row") if "source_row" in res.risks else res.risks
    return df[["department", "title", "person", "risk_point"]].values.tolist()


def codes(res, code: str) -> list[str]:
    df = res.issues
    return df[df["code"] == code]["cell"].tolist()


HEAD = ["序号", "廉政风险点", "风险等级", "防控措施", "责任人"]
POINTS = [
    ("林木采伐审批超范围", "高", "采伐指标公开，集体审批", "甲"),
    ("护林员选聘优亲厚友", "中", "选聘结果公示", "乙"),
    ("苗木采购验收不严", "中", "三方验收", "丙"),
    ("生态补偿资金拨付迟滞", "低", "按月对账", "乙"),
]


def _list(code_of: dict[str, str]) -> list[list]:
    return [[n, p, lv, m, code_of.get(c, c)] for n, (p, lv, m, c) in enumerate(POINTS, 1)]


def test_a_legend_line_above_the_list(tmp_path):
    # '代号说明：甲：站长　韦昉；…' merged above the heading, 甲乙丙 in the 责任人 column
    legend = "代号说明：甲：站长　韦昉；乙：营林股股长　邴霁；丙：护林员　聂芃"
    rows = [
        ["XX县林业工作站廉政风险防控清单"],
        [legend],
        HEAD,
        *_list({}),
        ["填报人：", "", "日期："],
    ]
    got = run(tmp_path, {"清单": rows}, {"清单": ["A1:E1", "A2:E2"]})
    assert who(got) == [
        ["", "站长", "韦昉", "林木采伐审批超范围"],
        ["营林股", "股长", "邴霁", "护林员选聘优亲厚友"],
        ["", "护林员", "聂芃", "苗木采购验收不严"],
        ["营林股", "股长", "邴霁", "生态补偿资金拨付迟滞"],
    ]
    assert codes(got, "HOLDER_CODES") == ["A2"]
    assert not codes(got, "HOLDER_CODE_UNCLEAR")
    assert len(got.posts) == 3  # (the legend line is no point and no form)


def test_circled_numbers_defined_below_the_list_without_a_dash(tmp_path):
    # '①站长韦昉 ②…' under the list: the circled number parts the entries
    rows = [["XX县林业工作站廉政风险防控清单"], HEAD, *_list({"甲": "①", "乙": "②", "丙": "③"}),
            ["注：责任人栏填代号，①站长韦昉 ②营林股股长 邴霁 ③护林员聂芃"]]  # fmt: skip
    got = run(tmp_path, {"清单": rows}, {"清单": ["A1:E1", "A7:E7"]})
    assert [r[1:3] for r in who(got)] == [["站长", "韦昉"], ["股长", "邴霁"], ["护林员", "聂芃"],
                                         ["股长", "邴霁"]]  # fmt: skip
    assert codes(got, "HOLDER_CODES") == ["A7"]


def test_a_small_table_of_codes_above_the_list(tmp_path):
    # '编号 | 职务 | 姓名' over one row a holder, digits in the 责任人 column; the small table
    # gives no forms and no points of its own
    rows = [["XX街道办事处廉政风险防控一览表"], ["编号", "职务", "姓名"], [1, "主任", "韦昉"],
            [2, "财务室会计", "邴霁"], [3, "城管队员", "聂芃"], [],
            HEAD, *_list({"甲": "1", "乙": "2", "丙": "3"})]  # fmt: skip
    got = run(tmp_path, {"一览表": rows}, {"一览表": ["A1:E1"]})
    assert who(got) == [
        ["", "主任", "韦昉", "林木采伐审批超范围"],
        ["财务室", "会计", "邴霁", "护林员选聘优亲厚友"],
        ["", "城管队员", "聂芃", "苗木采购验收不严"],
        ["财务室", "会计", "邴霁", "生态补偿资金拨付迟滞"],
    ]
    assert len(got.posts) == 3 and len(got.risks) == 4
    assert codes(got, "HOLDER_CODES") == ["A2"]


def test_a_table_of_codes_under_the_list_is_no_point_and_no_stray_row(tmp_path):
    # '责任人代号：' over '代号 | 科室 | 岗位 | 姓名' under the list: the list ends above it
    rows = [["XX县林业工作站廉政风险防控清单"], HEAD, *_list({"甲": "A", "乙": "B", "丙": "C"}), [],
            ["责任人代号："], ["代号", "科室", "岗位", "姓名"], ["A", "站领导", "站长", "韦昉"],
            ["B", "营林股", "股长", "邴霁"], ["C", "", "护林员", "聂芃"]]  # fmt: skip
    got = run(tmp_path, {"清单": rows}, {"清单": ["A1:E1", "A8:E8"]})
    assert who(got) == [
        ["站领导", "站长", "韦昉", "林木采伐审批超范围"],
        ["营林股", "股长", "邴霁", "护林员选聘优亲厚友"],
        ["", "护林员", "聂芃", "苗木采购验收不严"],
        ["营林股", "股长", "邴霁", "生态补偿资金拨付迟滞"],
    ]
    assert codes(got, "HOLDER_CODES") == ["A9"]
    assert not codes(got, "ROW_UNPLACED") and not codes(got, "LEVEL_UNKNOWN")
    # the same list saved by LibreOffice as .ods: values only, read alike
    inbox = tmp_path / "ods"
    write_ods(inbox / "t.ods", {"清单": rows})
    config = load_config()
    ods = assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])
    assert who(ods) == who(got)


def test_a_legend_beside_the_list(tmp_path):
    # the legend typed in a cell right of the table, beside its first rows
    rows = [["XX县林业工作站廉政风险防控清单"], [*HEAD, "", "代码：A=站长 韦昉；B=护林员 聂芃"]]
    rows += [[n, p, lv, m, c] for n, (p, lv, m, c) in
             enumerate([("林木采伐审批超范围", "高", "集体审批", "A"), ("护林巡查走过场", "低", "轨迹抽查", "B")], 1)]  # fmt: skip
    got = run(tmp_path, {"清单": rows}, {"清单": ["A1:E1"]})
    assert [r[1:3] for r in who(got)] == [["站长", "韦昉"], ["护林员", "聂芃"]]


def test_without_a_legend_the_codes_read_as_before(tmp_path):
    # no legend: the codes stay the holders as typed, nothing said
    rows = [["XX县林业工作站廉政风险防控清单"], HEAD, *_list({})]
    got = run(tmp_path, {"清单": rows}, {"清单": ["A1:E1"]})
    assert [r[2] for r in who(got)] == ["甲", "乙", "丙", "乙"]
    assert not codes(got, "HOLDER_CODES") and not codes(got, "HOLDER_CODE_UNCLEAR")
    # a legend of LEVEL codes near a holder column of names: the names stand, the levels read
    rows = [["XX县林业工作站廉政风险防控清单"], ["风险等级代码：A—高风险；B—中风险；C—低风险"],
            ["序号", "廉政风险点", "风险等级", "防控措施", "责任人"],
            [1, "林木采伐审批超范围", "A", "集体审批", "韦昉"], [2, "护林巡查走过场", "C", "轨迹抽查", "聂芃"]]  # fmt: skip
    got = run(tmp_path / "levels", {"清单": rows}, {"清单": ["A1:E1", "A2:E2"]})
    assert got.risks[["person", "risk_level"]].values.tolist() == [["韦昉", "Ⅰ级"], ["聂芃", "Ⅲ级"]]
    assert not codes(got, "HOLDER_CODES")


def test_codes_the_legend_leaves_out_or_gives_twice_are_not_invented(tmp_path):
    # 乙 given two holders, 丙 not given: those rows stay as read, a warning names their cells;
    # 甲 is resolved
    legend = "责任人代号：甲—站长　韦昉；乙—营林股股长　邴霁；乙—护林员　聂芃"
    rows = [["XX县林业工作站廉政风险防控清单"], [legend], HEAD, *_list({})]
    got = run(tmp_path, {"清单": rows}, {"清单": ["A1:E1", "A2:E2"]})
    assert [r[1:3] for r in who(got)] == [["站长", "韦昉"], ["", "乙"], ["", "丙"], ["", "乙"]]
    assert sorted(codes(got, "HOLDER_CODE_UNCLEAR")) == ["E5", "E6"]
    msgs = got.issues[got.issues["code"] == "HOLDER_CODE_UNCLEAR"]["message"].tolist()
    assert any("有两种说法" in m for m in msgs) and any("没有写明" in m for m in msgs)


def test_the_codes_are_in_the_catalogue():
    for code in ("HOLDER_CODES", "HOLDER_CODE_UNCLEAR"):
        assert code in CATALOGUE and code in SHORT
