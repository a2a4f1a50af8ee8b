"""A holder's cell naming several posts, each with its holder.

Two shapes. A list whose rows have a 岗位 of their own, and whose last column (one cell merged
over a 科室's rows, or written on each) lists that 科室's staff by post ('股长：X⏎办事员：Y',
'股长（X）⏎办事员（Y）', '股长 X；办事员 Y'): a row is held by the one listed under its own post,
as a group line's '（科长：…；科员：…）' is matched to its rows. And a list by point, whose
'责任岗位及责任人' cell lists every post answering for the point with its holder in brackets
('股长（X）、办事员（Y）'): the point is each listed holder's. The words here are not those of
tests/published: other units, posts, names and headings.
"""

from pathlib import Path

import pytest
from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, ITEMS, SHORT
from xlproc.locate import listed_holders

NEW = ("HOLDERS_LISTED_WITH_POSTS", "HOLDER_POST_NOT_LISTED")


def collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None):
    """Write one sheet (xlsxwriter) and collect it as ``collect_inbox`` does, in this process."""
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {"台账": rows}, {"台账": merges or []})
    return collect(inbox)


def read(res) -> list[list]:
    return res.risks[["department", "title", "person", "risk_point"]].values.tolist()


def codes(res) -> list[tuple[str, str]]:
    return sorted(zip(res.issues["code"], res.issues["cell"], strict=True))


UNIT = "岷阳县市场监督管理局"
# (科室, [(岗位, 风险点, 等级)]) in the list's order
DEPTS = [
    ("登记注册股", [("股长", "营业执照核准放宽条件", "高"), ("办事员", "注册材料受理不一次告知", "中"),
                    ("办事员", "档案查询收取好处", "低")]),
    ("稽查大队", [("大队长", "案件线索压案不查", "高"), ("执法员", "现场检查通风报信", "中")]),
]  # fmt: skip
STAFF = {
    ("登记注册股", "股长"): "漆雕砚青",
    ("登记注册股", "办事员"): "濮阳",
    ("稽查大队", "大队长"): "鞠澹舟",
    ("稽查大队", "执法员"): "甘棠溪",
}


def roster_list(cell, merged: bool = True, staff=None, depts=None):
    """``序号 | 股室 | 岗位 | 风险点 | 等级 | 防控措施 | 股室人员``, the last column ``cell(dept,
    staff)`` merged over each 股室's rows (or written on each)."""
    staff = staff or STAFF
    rows: list[list] = [[f"{UNIT}廉政风险点登记台账"],
                        ["序号", "股室", "岗位", "风险点", "等级", "防控措施", "股室人员"]]  # fmt: skip
    merges, n = [], 0
    for dept, points in depts or DEPTS:
        first = len(rows)
        text = cell(dept, {p: who for (d, p), who in staff.items() if d == dept})
        for i, (post, point, level) in enumerate(points):
            n += 1
            own = text if (i == 0 or not merged) else None
            rows.append([n, dept, post, point, level, "两人以上办理，全程留痕。", own])
        if merged and len(points) > 1:
            merges.append(f"G{first + 1}:G{len(rows)}")
    rows.append(["注：“股室人员”栏列出本股室在岗人员。"])
    rows.append(["填表人：", None, "审核人：", None, None, "2025年6月", None])
    return rows, merges


def own_holders(depts=None, staff=None):
    staff = staff or STAFF
    return [
        [d, p, staff[(d, p)], point] for d, points in depts or DEPTS for p, point, _lv in points
    ]


@pytest.mark.parametrize(
    "cell",
    [
        lambda d, s: "\n".join(f"{p}：{w}" for p, w in s.items()),
        lambda d, s: "\n".join(f"{p}（{w}）" for p, w in s.items()),
        lambda d, s: "；".join(f"{p} {w}" for p, w in s.items()),
        lambda d, s: "、".join(f"{p}:{w}" for p, w in s.items()),
    ],
    ids=["colon-lines", "bracket-lines", "space-pairs", "colon-list"],
)
@pytest.mark.parametrize("merged", [True, False], ids=["merged", "each-row"])
def test_a_row_is_held_by_the_one_listed_under_its_own_post(tmp_path, cell, merged):
    rows, merges = roster_list(cell, merged)
    res = run(tmp_path, rows, merges)
    assert read(res) == own_holders()
    got = codes(res)
    assert ("HOLDERS_LISTED_WITH_POSTS", "G3") in got
    assert not [c for c, _ in got if c == "HOLDER_POST_NOT_LISTED"]
    info = res.issues[res.issues["code"] == "HOLDERS_LISTED_WITH_POSTS"].iloc[0]
    assert info["severity"] == "info" and "股室人员" in info["message"]
    c = res.counts()
    assert c["rows_seen"] == c["risks"] + c["rows_reported"]


def test_a_post_listed_twice_is_held_by_both(tmp_path):
    staff = {**STAFF, ("登记注册股", "办事员"): "濮阳、阙屿川"}
    rows, merges = roster_list(
        lambda d, s: "\n".join(f"{p}：{w}" for p, w in s.items()), staff=staff
    )
    got = read(run(tmp_path, rows, merges))
    clerk = [r for r in got if r[1] == "办事员"]
    assert clerk == [["登记注册股", "办事员", w, p] for w in ("濮阳", "阙屿川")
                     for p in ("注册材料受理不一次告知", "档案查询收取好处")]  # fmt: skip
    lines = lambda d, s: "\n".join(  # noqa: E731
        [f"{p}：{w}" for p, w in s.items()] + (["办事员：阙屿川"] if d == "登记注册股" else [])
    )
    rows, merges = roster_list(lines)
    assert read(run(tmp_path / "b", rows, merges)) == got  # ('办事员：…⏎办事员：…' the same)


def test_a_row_whose_post_the_cell_does_not_list_keeps_no_holder(tmp_path):
    """The cell lists the 股长 and 办事员 only; the row of the 档案员 names no one: nothing is
    taken from the other lines, and the sender is told."""
    depts = [("登记注册股", [*DEPTS[0][1], ("档案员", "档案借阅不登记", "低")]), DEPTS[1]]
    rows, merges = roster_list(
        lambda d, s: "\n".join(f"{p}：{w}" for p, w in s.items()), depts=depts
    )
    res = run(tmp_path, rows, merges)
    got = read(res)
    assert ["登记注册股", "档案员", "", "档案借阅不登记"] in got
    assert [r for r in got if r[1] != "档案员"] == own_holders()
    warn = res.issues[res.issues["code"] == "HOLDER_POST_NOT_LISTED"]
    assert list(warn["cell"]) == ["G3"] and warn.iloc[0]["severity"] == "warning"
    assert "档案员" in warn.iloc[0]["message"] and "漆雕砚青" in warn.iloc[0]["message"]


def test_labels_that_are_no_rows_posts_are_read_as_before(tmp_path):
    """'A角：X⏎B角：Y' beside rows of the 出纳 and 会计: the labels say who stands in for whom,
    not which post; the rows' posts are not listed, so nothing is picked (both hold, as before)."""
    rows = [
        ["序号", "股室", "岗位", "风险点", "等级", "防控措施", "责任人"],
        [1, "财务股", "出纳", "现金坐收坐支", "高", "日清月结。", "A角：闾丘晓岚\nB角：靳遥"],
        [2, "财务股", "会计", "凭证审核不严", "中", "双人复核。", "A角：闾丘晓岚\nB角：靳遥"],
    ]
    res = run(tmp_path, rows)
    assert sorted(r[2] for r in read(res)) == ["闾丘晓岚", "闾丘晓岚", "靳遥", "靳遥"]
    assert not [c for c, _ in codes(res) if c in NEW]


SHARED = [
    ("个体户年报审核走过场", "登记注册股", "股长（漆雕砚青）、办事员（濮阳）"),
    ("档案查询收取好处", "登记注册股", "办事员（濮阳）"),
    ("案件线索压案不查", "稽查大队", "大队长（鞠澹舟）、执法员（甘棠溪）"),
]


@pytest.mark.parametrize("head", ["责任岗位及责任人", "责任人", "防控责任人（岗位）", "责任岗位"])
def test_a_point_listing_several_posts_is_each_holders(tmp_path, head):
    rows: list[list] = [[f"{UNIT}廉政风险点及责任岗位清单"],
                        ["序号", "风险点", "等级", "防控措施", "责任股室", head]]  # fmt: skip
    for n, (point, dept, cell) in enumerate(SHARED, 1):
        rows.append([n, point, "高", "集体研究，结果公示。", dept, cell])
    rows.append(["注：一个风险点列出几个岗位的，各岗位均负责。"])
    res = run(tmp_path, rows)
    assert read(res) == [
        ["登记注册股", "股长", "漆雕砚青", "个体户年报审核走过场"],
        ["登记注册股", "办事员", "濮阳", "个体户年报审核走过场"],
        ["登记注册股", "办事员", "濮阳", "档案查询收取好处"],
        ["稽查大队", "大队长", "鞠澹舟", "案件线索压案不查"],
        ["稽查大队", "执法员", "甘棠溪", "案件线索压案不查"],
    ]
    posts = res.posts[["title", "person", "n_risks"]].values.tolist()
    assert ["办事员", "濮阳", 2] in posts and len(posts) == 4
    got = codes(res)
    assert [c for c in got if c[0] in NEW] == [("HOLDERS_LISTED_WITH_POSTS", "F3")]
    assert not [c for c, _ in got if c == "COLUMN_GUESSED"]
    c = res.counts()
    assert c["rows_seen"] == c["risks"] + c["rows_reported"]


def plain(tmp_path: Path, cells: list[str], head: str = "责任人", names=("邬岑", "芮澄")):
    """A list with its own 姓名 column, and a last column ``head`` of ``cells``."""
    rows: list[list] = [["序号", "岗位", "姓名", "风险点", "等级", "防控措施", head]]
    for n, (cell, who) in enumerate(zip(cells, names, strict=True), 1):
        rows.append([n, "股长" if n == 1 else "办事员", who, f"风险点{n}", "中", "复核。", cell])
    return run(tmp_path, rows)


def test_cells_near_the_shape_read_as_before(tmp_path):
    # a 责任人 column of one name a cell, beside a post column
    rows = [["序号", "岗位", "风险点", "等级", "防控措施", "责任人"],
            [1, "股长", "营业执照核准放宽条件", "高", "集体研究。", "漆雕砚青"],
            [2, "办事员", "档案查询收取好处", "低", "登记。", "濮阳"]]  # fmt: skip
    res = run(tmp_path, rows)
    assert [r[1:3] for r in read(res)] == [["股长", "漆雕砚青"], ["办事员", "濮阳"]]
    assert not [c for c, _ in codes(res) if c in NEW]
    # a bracket naming what a leader oversees, no holder
    rows = [["序号", "风险点", "等级", "防控措施", "责任岗位"],
            [1, "财务支出审批把关不严", "高", "集体研究。", "局长（分管财务）"],
            [2, "执法案件说情", "中", "登记报告。", "副局长（分管执法）、股长（稽查）"]]  # fmt: skip
    res = run(tmp_path / "b", rows)
    assert not any(r[2] for r in read(res))
    assert not [c for c, _ in codes(res) if c in NEW]
    # who holds the post and who watches it: the holder, as before
    rows = [["序号", "股室", "岗位", "风险点", "等级", "防控措施", "责任人"],
            [1, "财务股", "出纳", "现金坐收坐支", "高", "日清月结。", "直接责任人：靳遥\n分管领导：鞠澹舟"],
            [2, "财务股", "出纳", "支票管理不严", "中", "专柜保管。", "直接责任人：靳遥\n分管领导：鞠澹舟"]]  # fmt: skip
    res = run(tmp_path / "c", rows)
    assert [r[1:3] for r in read(res)] == [["出纳", "靳遥"], ["出纳", "靳遥"]]
    assert not [c for c, _ in codes(res) if c in NEW]
    # a 备注 of a post's notes, even naming people, beside the list's own 姓名 column
    res = plain(tmp_path / "d", ["股长：每月抽查一次", "股长：芮澄\n办事员：邬岑"], head="备注")
    assert [r[1:3] for r in read(res)] == [["股长", "邬岑"], ["办事员", "芮澄"]]
    assert not [c for c, _ in codes(res) if c in NEW]
    # a cell beside the rows of one post only, naming another too: the point's two holders
    rows = [["序号", "股室", "岗位", "风险点", "等级", "防控措施", "责任人"],
            [1, "财务股", "出纳", "现金坐收坐支", "高", "日清月结。", "出纳：靳遥\n会计：甘棠溪"],
            [2, "财务股", "出纳", "支票管理不严", "中", "专柜保管。", "出纳：靳遥\n会计：甘棠溪"]]  # fmt: skip
    res = run(tmp_path / "g", rows, ["G2:G3"])
    assert sorted(r[1:3] for r in read(res)) == [["会计", "甘棠溪"], ["会计", "甘棠溪"],
                                                 ["出纳", "靳遥"], ["出纳", "靳遥"]]  # fmt: skip
    assert not [c for c, _ in codes(res) if c in NEW]
    # labelled holders with no post column of the rows' own: the holder rules' as before
    rows = [["序号", "股室", "风险点", "等级", "防控措施", "责任人"],
            [1, "登记注册股", "营业执照核准放宽条件", "高", "集体研究。", "股长：漆雕砚青、办事员：濮阳"],
            [2, "登记注册股", "档案查询收取好处", "低", "登记。", "办事员：濮阳"]]  # fmt: skip
    res = run(tmp_path / "f", rows)
    assert sorted(r[2] for r in read(res)) == ["漆雕砚青", "濮阳", "濮阳"]
    assert not [c for c, _ in codes(res) if c in NEW]
    # a post column naming several posts and no one
    rows = [["序号", "股室", "责任岗位", "风险点", "等级", "防控措施"],
            [1, "登记注册股", "股长、办事员", "营业执照核准放宽条件", "高", "集体研究。"],
            [2, "登记注册股", "办事员", "档案查询收取好处", "低", "登记。"]]  # fmt: skip
    res = run(tmp_path / "e", rows)
    assert not any(r[2] for r in read(res))
    assert not [c for c, _ in codes(res) if c in NEW]


@pytest.mark.parametrize(
    ("cell", "pairs"),
    [
        ("股长：漆雕砚青\n办事员：濮阳", (("股长", "漆雕砚青"), ("办事员", "濮阳"))),
        (
            "股长（漆雕砚青）、办事员（濮阳、阙屿川）",
            (("股长", "漆雕砚青"), ("办事员", "濮阳"), ("办事员", "阙屿川")),
        ),
        ("股长 漆雕砚青；办事员 濮阳", (("股长", "漆雕砚青"), ("办事员", "濮阳"))),
        ("局长（分管财务）", ()),
        ("直接责任人：靳遥\n分管领导：鞠澹舟", ()),
        ("股长：每月抽查一次", ()),
        ("监督员（安装）、监督员（土建）", ()),
        ("股长、办事员", ()),
        ("漆雕砚青", ()),
        ("股长（漆雕砚青）负责审核", ()),
    ],
)
def test_what_a_cell_of_posts_and_holders_is(cell, pairs):
    assert listed_holders(cell) == pairs


def test_the_codes_are_catalogued():
    for code in NEW:
        assert code in CATALOGUE and SHORT[code] and ITEMS[code] == "责任人"
    assert CATALOGUE["HOLDERS_LISTED_WITH_POSTS"][0] == "info"
    assert CATALOGUE["HOLDER_POST_NOT_LISTED"][0] == "warning"
