"""A header repeated over each holder's block, its 科室/岗位/姓名 cells typed over with that block's.

An office copies the heading row over each person's block and types the person into it
('序号 | 所长 | 闵若川 | 风险点 | …'), the point rows below leaving those columns blank. Each copy
names the holder of the rows under it. The words here are not those of tests/published: other
units, other posts, other names, other columns typed over.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


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


TITLE = ["XX县自然资源局岗位廉洁风险排查表"]
POINTS = [
    ("土地出让底价泄露", "高", "底价集体确定，专人保管。"),
    ("违法用地查处不到位", "中", "查处结果公开。"),
    ("测绘成果审核放宽", "低", "成果两人复核。"),
    ("耕地占补平衡验收走过场", "高", "验收现场留影。"),
]


def blocks(heads: list[list[str]], width: int = 3) -> list[list[str]]:
    """A title, then under each header row given two point rows, the first ``width`` cells
    blank but the number."""
    rows = [TITLE]
    n = 0
    for head in heads:
        rows.append(head)
        for i in range(2):
            point, level, measures = POINTS[n % len(POINTS)]
            n += 1
            rows.append([str(i + 1), *[""] * (width - 1), point, level, measures])
    rows.append(["填报人：", "", "审核：", "", "2025年7月"])
    return rows


def test_every_copy_typed_over_with_the_post_and_the_name(tmp_path):
    rows = blocks(
        [
            ["序号", "所长", "闵若川", "廉洁风险点", "风险等级", "防控措施"],
            ["序号", "出纳", "苗书瑶", "廉洁风险点", "风险等级", "防控措施"],
            ["序号", "执法员", "邰景行", "廉洁风险点", "风险等级", "防控措施"],
        ]
    )
    res = run(tmp_path, {"排查表": rows})
    assert holders(res) == [
        ["", "所长", "闵若川", 2],
        ["", "出纳", "苗书瑶", 2],
        ["", "执法员", "邰景行", 2],
    ]
    assert res.risks["risk_point"].tolist()[:2] == ["土地出让底价泄露", "违法用地查处不到位"]
    assert ("HOLDER_IN_HEADING", "B2") in codes(res)
    assert not [c for c, _ in codes(res) if c in ("ROW_UNPLACED", "HOLDER_IN_HEADING_UNCLEAR")]


def test_three_columns_typed_over_the_科室_too(tmp_path):
    rows = blocks(
        [
            ["序号", "耕保股", "股长", "计雨桐", "风险点", "等级", "措施"],
            ["序号", "耕保股", "科员", "庾听澜", "风险点", "等级", "措施"],
            ["序号", "执法大队", "队长", "蒯南星", "风险点", "等级", "措施"],
        ],
        width=4,
    )
    res = run(tmp_path, {"S": rows})
    assert holders(res) == [
        ["耕保股", "股长", "计雨桐", 2],
        ["耕保股", "科员", "庾听澜", 2],
        ["执法大队", "队长", "蒯南星", 2],
    ]
    # two holders of one post: the post's cells the same in both copies, the names differ
    rows = blocks(
        [
            ["序号", "耕保股", "科员", "计雨桐", "风险点", "等级", "措施"],
            ["序号", "耕保股", "科员", "庾听澜", "风险点", "等级", "措施"],
        ],
        width=4,
    )
    res = run(tmp_path / "b", {"S": rows})
    assert holders(res) == [["耕保股", "科员", "计雨桐", 2], ["耕保股", "科员", "庾听澜", 2]]


def test_the_first_copy_keeps_the_heading_words(tmp_path):
    """The table's own header first, then each block's copy typed over: the columns' roles
    are the words the first keeps, whatever the values look like."""
    heads = [
        ["序号", "岗位", "责任人", "风险点", "风险级别", "防控措施"],
        ["序号", "主任", "闵若川", "风险点", "风险级别", "防控措施"],
        ["序号", "会计", "苗书瑶", "风险点", "风险级别", "防控措施"],
    ]
    rows = blocks(heads)
    del rows[2:4]  # the table's own header opens the first block's copy directly
    res = run(tmp_path, {"S": rows})
    assert holders(res) == [["", "主任", "闵若川", 2], ["", "会计", "苗书瑶", 2]]
    assert not [c for c, _ in codes(res) if c in ("ROW_UNPLACED", "FORM_NO_PERSON")]
    # the first block written out in its rows, the later ones typed in their copies
    rows = [
        TITLE,
        heads[0],
        ["1", "局长", "邰景行", *POINTS[0]],
        ["2", "局长", "邰景行", *POINTS[1]],
        heads[2],
        ["1", "", "", *POINTS[2]],
        ["2", "", "", *POINTS[3]],
    ]
    res = run(tmp_path / "b", {"S": rows})
    assert holders(res) == [["", "局长", "邰景行", 2], ["", "会计", "苗书瑶", 2]]


def test_a_post_and_a_name_in_one_cell_typed_over_a_merged_heading(tmp_path):
    rows = [
        TITLE,
        ["序号", "会计　庾听澜", "", "风险点", "风险等级", "防控措施"],
        ["1", "", "", *POINTS[0]],
        ["序号", "办公室主任（蒯南星）", "", "风险点", "风险等级", "防控措施"],
        ["1", "", "", *POINTS[1]],
        ["2", "", "", *POINTS[2]],
    ]
    res = run(tmp_path, {"S": rows}, {"S": ["B2:C2", "B4:C4"]})
    assert holders(res) == [["", "会计", "庾听澜", 1], ["", "办公室主任", "蒯南星", 2]]


def test_a_header_repeated_unchanged_reads_as_before(tmp_path):
    """A table pasted page by page: the copies are the same header, no holder in them."""
    head = ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"]
    rows = [
        TITLE,
        head,
        ["1", "所长", "闵若川", *POINTS[0]],
        ["2", "出纳", "苗书瑶", *POINTS[1]],
        head,
        ["3", "出纳", "苗书瑶", *POINTS[2]],
    ]
    res = run(tmp_path, {"S": rows})
    assert holders(res) == [["", "所长", "闵若川", 1], ["", "出纳", "苗书瑶", 2]]
    assert not [c for c, _ in codes(res) if c.startswith("HOLDER_IN_HEADING")]
    # an unknown heading repeated word for word names no one either
    head = ["序号", "经办环节", "风险点", "风险等级", "防控措施"]
    rows = [TITLE, head, ["1", "受理", *POINTS[0]], head, ["2", "审批", *POINTS[1]]]
    res = run(tmp_path / "b", {"S": rows})
    assert holders(res) == [["", "", "", 2]]
    assert not [c for c, _ in codes(res) if c.startswith("HOLDER_IN_HEADING")]


def test_a_unit_beside_each_copy_is_no_holder(tmp_path):
    """'城郊镇卫生院 | 序号 | 岗位 | …' over each unit's rows: a unit's name, merged down its rows
    or not, gives no 科室 and no holder; the rows read as before, nothing said."""
    cols = ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"]
    rows = [
        ["XX县卫健系统基层单位岗位廉洁风险登记表"],
        ["城郊镇卫生院", *cols],
        ["", "1", "院长", "庾听澜", *POINTS[0]],
        ["河口乡卫生院", *cols],
        ["", "1", "院长", "蒯南星", *POINTS[1]],
    ]
    for i, merges in enumerate(({"S": ["A2:A3", "A4:A5"]}, None)):
        res = run(tmp_path / str(i), {"S": rows}, merges)
        assert holders(res) == [["", "院长", "庾听澜", 1], ["", "院长", "蒯南星", 1]]
        assert not [c for c, _ in codes(res) if c.startswith("HOLDER_IN_HEADING")]


def test_a_copy_whose_rows_fill_the_column_is_another_table(tmp_path):
    """'序号 | 所长 | …' over rows writing their own in that column: not a holder typed over a
    heading (the column's rows are its values), so the copies are read as before."""
    rows = [
        TITLE,
        ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
        ["1", "所长", "闵若川", *POINTS[0]],
        ["序号", "副所长", "苗书瑶", "风险点", "风险等级", "防控措施"],
        ["1", "副所长", "苗书瑶", *POINTS[1]],
    ]
    res = run(tmp_path, {"S": rows})
    assert res.posts["person"].tolist() == ["闵若川", "苗书瑶"]
    assert not [c for c, _ in codes(res) if c.startswith("HOLDER_IN_HEADING")]


def test_values_that_say_no_kind_are_left_unread_and_said(tmp_path):
    """'行政审批', '执法检查' over the blocks (business items): neither a 科室, a post nor a
    name; nothing is made of them, and the file says so."""
    rows = blocks(
        [
            ["序号", "行政审批", "廉洁风险点", "风险等级", "防控措施"],
            ["序号", "执法检查", "廉洁风险点", "风险等级", "防控措施"],
        ],
        width=2,
    )
    res = run(tmp_path, {"S": rows})
    assert holders(res) == [["", "", "", 4]]
    assert ("HOLDER_IN_HEADING_UNCLEAR", "B2") in codes(res)
    # a name column typed over twice (two columns of names): which is the holder is unclear
    rows = blocks(
        [
            ["序号", "闵若川", "苗书瑶", "廉洁风险点", "风险等级", "防控措施"],
            ["序号", "邰景行", "计雨桐", "廉洁风险点", "风险等级", "防控措施"],
        ]
    )
    res = run(tmp_path / "b", {"S": rows})
    assert holders(res) == [["", "", "", 4]]
    assert [c for c, _ in codes(res) if c == "HOLDER_IN_HEADING_UNCLEAR"] == [
        "HOLDER_IN_HEADING_UNCLEAR"
    ] * 2


def test_the_codes_are_catalogued():
    for code in ("HOLDER_IN_HEADING", "HOLDER_IN_HEADING_UNCLEAR"):
        assert code in CATALOGUE and SHORT[code]
