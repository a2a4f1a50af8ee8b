"""One holder column whose cells chain the 科室, the post and the name by one separator.

An office system prints a post's place as a path, '测绘股/股长/闻人昭', and a body pastes it
into its list under one column headed so ('责任人（科室/职务/姓名）', '岗位信息：部门—岗位—责任人',
'科室·岗位·姓名'), with no other 科室, 岗位 or 姓名 column: each part is the field the heading
names, in its order. Without such a heading a 科室 or 责任人 column is split only where every
cell is plainly '科室-岗位-姓名'. The words here are not those of tests/published: other units,
other separators, other posts and names.
"""

from pathlib import Path

import openpyxl
import pytest
from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, ITEMS, SHORT
from xlproc.locate import chain_heading, chained_holder


def collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None):
    """Write one sheet (xlsxwriter) and collect it as ``collect_inbox`` does, in this process."""
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {"清单": rows}, {"清单": merges or []})
    return collect(inbox)


def holders(res) -> list[list]:
    return res.posts[["unit", "department", "title", "person", "n_risks"]].values.tolist()


def codes(res) -> list[tuple[str, str]]:
    return sorted(zip(res.issues["code"], res.issues["cell"], strict=True))


UNIT = "XX市自然资源和规划局"
POINTS = [
    ("测绘成果审核把关不严", "岗位职责", "高", "成果审核两人签字，系统留痕。"),
    ("规划条件擅自调整", "制度机制", "中", "规划条件调整集体审议并公示。"),
    ("土地出让底价泄露", "思想道德", "高", "底价集体研究，知悉范围登记。"),
    ("违法用地查处走过场", "业务流程", "中", "查处结果抄送纪检，定期复查。"),
    ("接受开发商宴请", "外部环境", "低", "签订廉洁承诺，拒收登记。"),
    ("执法罚款自由裁量过大", "制度机制", "中", "裁量基准公开，案件集体审理。"),
]


def table(head: str, cells: list[str | None], merged: bool = True):
    """A title, the header ``序号 | head | 风险点 | 类型 | 等级 | 措施``, two points per holder
    cell (merged down its two rows, or written on both), a signature line."""
    rows: list[list] = [[f"{UNIT}岗位廉政风险防控一览表"], ["序号", head, "廉政风险点", "风险类型",
                                                       "风险等级", "防控措施"]]  # fmt: skip
    merges = []
    for i, cell in enumerate(cells):
        for k in range(2):
            point, typ, level, measures = POINTS[(2 * i + k) % len(POINTS)]
            own = cell if (k == 0 or not merged) else None
            rows.append([2 * i + k + 1, own, f"{point}{i + 1}", typ, level, measures])
        if merged:
            merges.append(f"B{len(rows) - 1}:B{len(rows)}")
    rows.append(["制表：", None, "审核：", None, "2025年7月", None])
    return rows, merges


@pytest.mark.parametrize(
    ("heading", "want"),
    [
        ("责任主体（股室-岗位-姓名）", ("-", ("department", "title", "person"))),
        ("责任人（科室/职务/姓名）", ("/", ("department", "title", "person"))),
        ("岗位信息：部门—岗位—责任人", ("-", ("department", "title", "person"))),
        ("科室·岗位·姓名", ("·", ("department", "title", "person"))),
        ("人员（处室｜职位｜姓名）", ("|", ("department", "title", "person"))),
        ("岗位－责任人", ("-", ("title", "person"))),
        ("科室、岗位、姓名", ("、", ("department", "title", "person"))),
    ],
)
def test_a_heading_naming_the_chain(heading, want):
    kind, roles, _order = chain_heading(heading)
    assert (kind, roles) == want


@pytest.mark.parametrize(
    "heading",
    [
        "责任科室",  # no separator
        "风险点（岗位-环节）",  # a risk text's heading, not a holder's
        "科室/岗位（责任人）",  # the bracket names one field, no chain in it
        "责任人（分管领导/岗位责任人）",  # a watcher and a holder, not one holder's fields
        "科室-岗位/姓名",  # two separators: no one chain
        "姓名-姓名",  # one field twice
        "防控措施/责任人",
    ],
)
def test_no_chain_in_the_heading(heading):
    assert chain_heading(heading) is None


def test_cells_by_their_chain():
    roles = ("department", "title", "person")
    assert chained_holder("测绘股 / 股长 / 闻人昭", "/", roles) == {
        "department": "测绘股", "title": "股长", "person": "闻人昭"}  # fmt: skip
    assert chained_holder("测绘股—股长", "-", roles) == {"department": "测绘股", "title": "股长"}
    # a directory path: the body first, then the fields
    assert chained_holder("XX市-自然资源和规划局-测绘股-股长-闻人昭", "-", roles) == {
        "unit": "XX市自然资源和规划局", "department": "测绘股", "title": "股长",
        "person": "闻人昭"}  # fmt: skip
    # a 科室 whose own name holds the separator
    assert chained_holder("一-二级档案室-档案员-卞朔", "-", roles) == {
        "department": "一-二级档案室", "title": "档案员", "person": "卞朔"}  # fmt: skip
    assert chained_holder("闻人昭-股长-测绘股", "-", roles) is None  # in another order
    assert chained_holder("测绘股-股长", "-", roles, exact=True) is None


def test_slash_chain_under_a_bracketed_heading(tmp_path):
    """'责任人（科室/职务/姓名）' over '测绘股/股长/闻人昭' merged down each holder's rows: the
    column its contents took for no holder's is the holder's; a cell of two parts gives the
    科室 and the post (a vacant post: no one), one naming '空缺' no holder either."""
    cells = [
        "局领导/局长/濮阳溪",
        "测绘股 / 股长 / 闻人昭",
        "执法支队/副支队长",
        "地籍科/科员/空缺",
    ]
    rows, merges = table("责任人（科室/职务/姓名）", cells)
    res = run(tmp_path, rows, merges)
    assert holders(res) == [
        [UNIT, "局领导", "局长", "濮阳溪", 2],
        [UNIT, "测绘股", "股长", "闻人昭", 2],
        [UNIT, "执法支队", "副支队长", "", 2],
        [UNIT, "地籍科", "科员", "", 2],
    ]
    got = codes(res)
    assert ("HOLDER_CHAINED", "B3") in got
    assert not [c for c, _ in got if c in ("COLUMN_GUESSED", "HOLDER_CHAINED_UNCLEAR")]
    info = res.issues[res.issues["code"] == "HOLDER_CHAINED"].iloc[0]
    assert info["severity"] == "info" and "科室/职务/姓名" in info["message"]
    assert res.risks["risk_point"].tolist()[:2] == ["测绘成果审核把关不严1", "规划条件擅自调整1"]


@pytest.mark.parametrize(
    ("heading", "sep"),
    [
        ("岗位信息：部门—岗位—责任人", "—"),
        ("科室·岗位·姓名", "·"),
        ("人员（处室｜职位｜姓名）", "｜"),
    ],
)
def test_other_separators_each_row_written(tmp_path, heading, sep):
    """The cell written on every row (no merge), the heading's own separator in the cells."""
    cells = [sep.join(("规划科", "科长", "卞朔")), sep.join(("法规科", "科员", "隗澂岚"))]
    rows, _m = table(heading, cells, merged=False)
    res = run(tmp_path, rows)
    assert holders(res) == [
        [UNIT, "规划科", "科长", "卞朔", 2],
        [UNIT, "法规科", "科员", "隗澂岚", 2],
    ]
    assert [c for c, _ in codes(res) if c.startswith("HOLDER_CHAINED")] == ["HOLDER_CHAINED"]


def test_a_body_path_before_the_fields(tmp_path):
    """'XX市自然资源和规划局-测绘股-股长-…': the body the title names, then the three fields."""
    cells = [f"{UNIT}-测绘股-股长-闻人昭", f"{UNIT}-地籍科-科长-濮阳溪"]
    rows, merges = table("责任主体（科室-岗位-姓名）", cells)
    res = run(tmp_path, rows, merges)
    assert holders(res) == [
        [UNIT, "测绘股", "股长", "闻人昭", 2],
        [UNIT, "地籍科", "科长", "濮阳溪", 2],
    ]


def test_plain_chain_under_a_plain_keshi_heading(tmp_path):
    """No heading naming the chain: a '科室' column (written with openpyxl) whose every cell is
    '科室－岗位－姓名' by full-width hyphens is split so, with the info."""
    rows, merges = table(
        "科室", ["规划科－科长－卞朔", "监察大队－队长－禤朗川", "法规科－科员－隗澂岚"]
    )
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "清单"
    for row in rows:
        ws.append(row)
    for m in merges:
        ws.merge_cells(m)
    wb.save(inbox / "t.xlsx")
    res = collect(inbox)
    assert holders(res) == [
        [UNIT, "规划科", "科长", "卞朔", 2],
        [UNIT, "监察大队", "队长", "禤朗川", 2],
        [UNIT, "法规科", "科员", "隗澂岚", 2],
    ]
    assert ("HOLDER_CHAINED", "B3") in codes(res)


def test_near_the_shape_reads_as_before(tmp_path):
    """A 科室 column whose names hold a hyphen ('一-二级档案室'), a '股室' column naming two 科室
    sharing a row ('办公室/财务室'): no holder's chain, read as written, nothing said."""
    rows, merges = table("科室", ["一-二级档案室", "土地-矿产科", "测绘股"])
    res = run(tmp_path, rows, merges)
    assert [r[1:4] for r in holders(res)] == [["一-二级档案室", "", ""], ["土地-矿产科", "", ""],
                                              ["测绘股", "", ""]]  # fmt: skip
    assert not [c for c, _ in codes(res) if c.startswith("HOLDER_CHAINED")]
    rows, merges = table("股室", ["办公室/财务室", "测绘股"])
    res = run(tmp_path / "two", rows, merges)
    assert [r[1] for r in holders(res)] == ["办公室/财务室", "测绘股"]
    assert not [c for c, _ in codes(res) if c.startswith("HOLDER_CHAINED")]


def test_mixed_cells_without_a_heading_are_not_split(tmp_path):
    """A '科室' column where one cell is no '科室-岗位-姓名' ('执法支队-外勤'): the meaning is not
    certain, so nothing is split and nothing is invented."""
    rows, merges = table("科室", ["规划科-科长-卞朔", "执法支队-外勤"])
    res = run(tmp_path, rows, merges)
    assert [r[1:4] for r in holders(res)] == [
        ["规划科-科长-卞朔", "", ""],
        ["执法支队-外勤", "", ""],
    ]
    assert not [c for c, _ in codes(res) if c.startswith("HOLDER_CHAINED")]


def test_a_cell_out_of_the_headings_order_is_left_and_said(tmp_path):
    """Under '责任主体（股室-岗位-姓名）' one cell is written name first ('隗澂岚-科员-法规科'): it
    does not fit the heading's order, so it is left as read and the sender is told; the others
    are split."""
    cells = ["规划科-科长-卞朔", "隗澂岚-科员-法规科", "测绘股-股长-闻人昭"]
    rows, merges = table("责任主体（股室-岗位-姓名）", cells)
    res = run(tmp_path, rows, merges)
    assert holders(res) == [
        [UNIT, "规划科", "科长", "卞朔", 2],
        [UNIT, "隗澂岚-科员-法规科", "", "", 2],
        [UNIT, "测绘股", "股长", "闻人昭", 2],
    ]
    got = codes(res)
    assert ("HOLDER_CHAINED", "B3") in got and ("HOLDER_CHAINED_UNCLEAR", "B5") in got
    warn = res.issues[res.issues["code"] == "HOLDER_CHAINED_UNCLEAR"].iloc[0]
    assert warn["severity"] == "warning" and "隗澂岚-科员-法规科" in warn["message"]


def test_a_pair_the_old_rules_read_is_left_to_them(tmp_path):
    """'岗位/姓名' over '股长/…' was read before (the post's own rules): the same, nothing said."""
    rows, merges = table("岗位/姓名", ["股长/卞朔", "科员/隗澂岚"])
    res = run(tmp_path, rows, merges)
    assert [r[2:4] for r in holders(res)] == [["股长", "卞朔"], ["科员", "隗澂岚"]]
    assert not [c for c, _ in codes(res) if c.startswith("HOLDER_CHAINED")]


def test_the_codes_are_catalogued():
    for code in ("HOLDER_CHAINED", "HOLDER_CHAINED_UNCLEAR"):
        assert code in CATALOGUE and SHORT[code] and ITEMS[code] == "责任人"
    assert CATALOGUE["HOLDER_CHAINED"][0] == "info"
    assert CATALOGUE["HOLDER_CHAINED_UNCLEAR"][0] == "warning"
