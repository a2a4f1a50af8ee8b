"""Stacked tables each naming its holder only in a bracket closing a heading cell.

A unit pastes one small table per holder under another, and fills in the template's
``风险点（ ）`` blank with the holder: ``风险点（规划股　股长　訾沐宸）``. No 科室, post or name
column, no line above a table: the bracket is the only place the holder stands. The words
here are not those of tests/published: another unit, other 科室, posts, names and headings.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, ITEMS, SHORT
from xlproc.locate import heading_bracket_holder


def run(tmp_path: Path, sheets, merges=None):
    """Write a workbook (xlsxwriter) and collect it as ``collect_inbox`` does, in this process."""
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", sheets, merges)
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def holders(res) -> list[list]:
    return res.posts[["department", "title", "person", "n_risks"]].values.tolist()


def codes(res) -> list[tuple[str, str]]:
    return sorted(zip(res.issues["code"], res.issues["cell"], strict=True))


TITLE = ["XX县住房和城乡建设局岗位廉洁风险防控一览表"]
POINTS = [
    ("施工许可审批设卡刁难", "高", "审批时限公开，超时自动提醒。"),
    ("质量监督抽检走过场", "中", "抽检记录留痕，随机复核。"),
    ("物业专项维修资金拨付把关不严", "低", "拨付两级审核，按季公示。"),
    ("招标代理机构指定", "高", "代理机构随机抽取。"),
    ("违法建设查处选择性执法", "中", "查处结果集体研究后公开。"),
    ("安全生产检查通风报信", "低", "检查计划保密，交叉检查。"),
]


def stacked(heads: list[list[str]], per: int = 2) -> list[list[str]]:
    """A title, then each heading row given over ``per`` point rows, a blank row between."""
    rows = [TITLE]
    n = 0
    for i, head in enumerate(heads):
        if i:
            rows.append([])
        rows.append(head)
        for k in range(per):
            point, level, measures = POINTS[n % len(POINTS)]
            n += 1
            rows.append([str(k + 1), point, level, measures])
    rows.append(["填报人：", "", "审核人：", ""])
    return rows


def test_each_heading_bracket_names_its_tables_holder(tmp_path):
    rows = stacked(
        [
            ["序号", "风险点（局领导　副局长　訾沐宸）", "等级", "措施"],
            ["序号", "风险点（规划股　股长　乜婉清）", "等级", "措施"],
            ["序号", "风险点（质监站　技术员　厍朗轩）", "等级", "措施"],
        ]
    )
    res = run(tmp_path, {"排查表": rows})
    assert holders(res) == [
        ["局领导", "副局长", "訾沐宸", 2],
        ["规划股", "股长", "乜婉清", 2],
        ["质监站", "技术员", "厍朗轩", 2],
    ]
    assert res.risks["risk_point"].tolist() == [p for p, _l, _m in POINTS]
    got = {cell for c, cell in codes(res) if c == "HOLDER_IN_HEADING_BRACKET"}
    assert got == {"B2", "B6", "B10"}  # once a table
    assert not [c for c, _ in codes(res) if c in ("ROW_UNPLACED", "FORM_NO_PERSON")]


def test_labelled_and_joined_brackets_and_other_heading_cells(tmp_path):
    """Labelled fields, a post typed onto the name, the bracket on the 序号's heading."""
    rows = stacked(
        [
            ["序号（责任科室：城建股　责任岗位：股长　责任人：仉雨霏）", "廉洁风险点", "级别", "防控措施"],
            ["序号", "廉洁风险点（岗位：科员　姓名：亓星阑）", "级别", "防控措施"],
            ["序号", "廉洁风险点（出纳郗若渊）", "级别", "防控措施"],
        ]
    )  # fmt: skip
    res = run(tmp_path, {"S": rows})
    assert holders(res) == [
        ["城建股", "股长", "仉雨霏", 2],
        ["", "科员", "亓星阑", 2],
        ["", "出纳", "郗若渊", 2],
    ]


def test_a_bracket_naming_a_科室_only(tmp_path):
    rows = stacked(
        [
            ["序号", "风险点（办公室）", "等级", "措施"],
            ["序号", "风险点（市政股）", "等级", "措施"],
        ]
    )
    res = run(tmp_path, {"S": rows})
    got = res.posts[["department", "person", "n_risks"]].values.tolist()
    assert got == [["办公室", "", 2], ["市政股", "", 2]]
    assert set(res.risks["person"]) == {""}


def test_notes_in_the_heading_bracket_read_as_before(tmp_path):
    """'（主要表现）', '（括号内注明…）': a note on the column, no holder; one table as before."""
    for note in ("主要表现", "括号内注明主要表现", "分岗位填写", "可多选"):
        assert heading_bracket_holder(f"风险点（{note}）") == {}
    rows = stacked([["序号", "廉洁风险点（主要表现）", "等级", "措施"]], per=4)
    res = run(tmp_path, {"S": rows})
    assert len(res.posts) == 1 and res.posts["n_risks"].tolist() == [4]
    assert res.posts[["department", "title", "person"]].values.tolist() == [["", "", ""]]
    assert not [c for c, _ in codes(res) if c == "HOLDER_IN_HEADING_BRACKET"]


def test_repeated_headings_without_brackets_stay_one_table(tmp_path):
    heads = [["序号", "廉洁风险点", "等级", "措施"]] * 3
    res = run(tmp_path, {"S": stacked(heads)})
    assert res.posts["n_risks"].tolist() == [6]
    assert not [c for c, _ in codes(res) if c == "HOLDER_IN_HEADING_BRACKET"]
    # the same note bracket over every copy: still one table, no holder
    heads = [["序号", "廉洁风险点（分岗位填写）", "等级", "措施"]] * 2
    res = run(tmp_path / "b", {"S": stacked(heads)})
    assert res.posts["n_risks"].tolist() == [4]
    assert res.posts[["title", "person"]].values.tolist() == [["", ""]]


def test_an_unclear_bracket_invents_no_holder(tmp_path):
    """A copy whose bracket names no one clear ('（待定）'), beside copies that do: its rows are
    nobody's, not the holder's above them."""
    assert heading_bracket_holder("风险点（待定）") == {}
    assert heading_bracket_holder("风险点（会计）") == {}  # a post alone: not sure it is one
    rows = stacked(
        [
            ["序号", "风险点（规划股　股长　乜婉清）", "等级", "措施"],
            ["序号", "风险点（待定）", "等级", "措施"],
        ]
    )
    res = run(tmp_path, {"S": rows})
    risks = res.risks[["risk_point", "person"]].values.tolist()
    assert risks[:2] == [[POINTS[0][0], "乜婉清"], [POINTS[1][0], "乜婉清"]]
    assert [p for _r, p in risks[2:]] == ["", ""]


def test_a_table_with_its_own_holder_columns_ignores_the_bracket(tmp_path):
    rows = [
        TITLE,
        ["序号", "岗位", "姓名", "风险点（规划股　股长　乜婉清）", "等级", "措施"],
        ["1", "股长", "冼望舒", *POINTS[0]],
        ["2", "科员", "戈语桐", *POINTS[1]],
    ]
    res = run(tmp_path, {"S": rows})
    assert res.posts[["title", "person"]].values.tolist() == [
        ["股长", "冼望舒"],
        ["科员", "戈语桐"],
    ]
    assert not [c for c, _ in codes(res) if c == "HOLDER_IN_HEADING_BRACKET"]


def test_the_issue_code_is_catalogued():
    code = "HOLDER_IN_HEADING_BRACKET"
    assert CATALOGUE[code][0] == "info" and SHORT[code] and ITEMS[code] == "责任人"
    text = CATALOGUE[code][1].format(field="科室、岗位、姓名", value="规划股　股长　乜婉清")
    assert "规划股" in text


def test_a_heading_merged_across_names_the_holder(tmp_path):
    """The point's heading merged over two columns, its cells merged likewise below."""
    rows = [TITLE]
    merges = []
    n = 0
    for i, who in enumerate(("规划股　股长　乜婉清", "办公室　主任　訾沐宸")):
        if i:
            rows.append([])
        rows.append(["序号", f"廉洁风险点（{who}）", "", "风险等级", "防控措施"])
        merges.append(f"B{len(rows)}:C{len(rows)}")
        for k in range(2):
            point, level, measures = POINTS[n]
            n += 1
            rows.append([str(k + 1), point, "", level, measures])
            merges.append(f"B{len(rows)}:C{len(rows)}")
    res = run(tmp_path, {"S": rows}, {"S": merges})
    assert holders(res) == [["规划股", "股长", "乜婉清", 2], ["办公室", "主任", "訾沐宸", 2]]


def test_what_the_eighty_third_review_found(tmp_path):
    # a bracket closing the heading of who checks or watches the rows names no holder of them
    rows = [["某县审计局廉政风险防控清单"],
            ["序号", "科室", "风险点", "风险等级", "防控措施", "复核（副局长　郦沅澧）"],
            [1, "经责审计股", "审计发现问题不报", "高", "集体审理", "已复核"],
            [2, "财务股", "虚列费用", "中", "双人审核", "已复核"]]  # fmt: skip
    got = run(tmp_path, {"S": rows})
    assert holders(got) == [["经责审计股", "", "", 1], ["财务股", "", "", 1]]
    assert "HOLDER_IN_HEADING_BRACKET" not in set(got.issues["code"])
