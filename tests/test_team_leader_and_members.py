"""A holder's cell naming a working group by its roles: the head holds the post, the members none.

'队长：冼朗清⏎队员：樊骁宁、虞沁禾' under 责任人: the one labelled as answering for the post (组长,
队长, 负责人, 牵头人, 召集人 …) holds it; those labelled as working under him (组员, 成员, 队员,
协助人, 配合人, 参与人员 …) make no forms of their own; their line is kept as the rows' duty, and
one HOLDER_TEAM_HEAD per table says so. Cells of other labels ('直接责任人：X⏎分管领导：Y', a
'副组长' whose part is unclear), plain names ('X、Y', 'X等6人') and a column headed 组员 read as
before. The workbooks are written by xlsxwriter and openpyxl, in other words than
tests/published/batch523.py (another unit, other labels, names and levels).
"""

from pathlib import Path

import openpyxl
import pytest
from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT
from xlproc.locate import _team_head

HEAD = ["序号", "中队", "岗位", "责任人", "廉政风险点", "风险类型", "风险等级", "防控措施"]
UNIT = "彭阳县应急管理局综合行政执法大队"


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def _rows(teams: list[tuple[str, str, str]]) -> tuple[list[list[object]], list[str]]:
    """A list of posts, two points each, the 中队, post and holder merged over each post's."""
    rows: list[list[object]] = [[f"{UNIT}岗位廉政风险点一览表"], HEAD]
    merges = ["A1:H1"]
    n = 0
    for dept, post, who in teams:
        first = len(rows)
        for point, typ, lv in (
            (f"{post}执法检查随意减免处罚", "岗位职责", "一级"),
            (f"{post}收受企业安全评价机构礼金", "思想道德", "三级"),
        ):
            n += 1
            rows.append([n, dept, post, who, point, typ, lv, "执法全过程记录，案卷集体审查。"])
        merges += [f"{c}{first + 1}:{c}{first + 2}" for c in "BCD"]
    return rows, merges


def run(tmp_path: Path, teams: list[tuple[str, str, str]]):
    """Write one list with xlsxwriter and read it back as ``collect_inbox`` does."""
    rows, merges = _rows(teams)
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "执法大队.xlsx", {"一览表": rows}, {"一览表": merges})
    return _collect(inbox)


def holders(res) -> list[tuple[str, str, str]]:
    return list(zip(res.posts["department"], res.posts["title"], res.posts["person"], strict=True))


def codes(res) -> list[tuple[str, str]]:
    return sorted(zip(res.issues["code"], res.issues["cell"], strict=True))


def test_the_head_holds_the_post_and_the_members_none(tmp_path):
    res = run(
        tmp_path,
        [
            ("大队领导", "大队长", "綦明远"),
            ("一中队", "执法员", "队长：冼朗清\n队员：樊骁宁、虞沁禾"),
            ("二中队", "执法员", "负责人：滕予川；协助人：鄢若汀"),
        ],
    )
    assert holders(res) == [
        ("大队领导", "大队长", "綦明远"),
        ("一中队", "执法员", "冼朗清"),
        ("二中队", "执法员", "滕予川"),
    ]
    assert res.risks["person"].tolist() == ["綦明远"] * 2 + ["冼朗清"] * 2 + ["滕予川"] * 2
    assert res.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅲ级"] * 3
    # the members are no holders, yet not lost: their line is the post's duty, and said once
    assert (
        res.risks["duty"].tolist()
        == [""] * 2 + ["队员：樊骁宁、虞沁禾"] * 2 + ["协助人：鄢若汀"] * 2
    )
    assert codes(res) == [("HOLDER_TEAM_HEAD", "D5")]
    (message,) = res.issues["message"]
    assert (
        "队长：冼朗清⏎队员：樊骁宁、虞沁禾" in message
        and "负责人：滕予川；协助人：鄢若汀" in message
    )


def test_two_heads_under_one_label_stay_two_and_members_come_in_any_order(tmp_path):
    res = run(
        tmp_path,
        [
            ("一中队", "执法员", "组长：戚晏舟、邝知遥\n组员：卞溪岚"),
            ("二中队", "监察员", "成员：祁望舒\n岑予澄\n召集人：蔺书衡"),
            ("三中队", "执法员", "组长：栾一苇"),  # (a head alone: the name)
        ],
    )
    assert holders(res) == [
        ("一中队", "执法员", "戚晏舟"),
        ("一中队", "执法员", "邝知遥"),
        ("二中队", "监察员", "蔺书衡"),
        ("三中队", "执法员", "栾一苇"),
    ]
    assert codes(res) == [("HOLDER_TEAM_HEAD", "D3")]


def test_written_by_openpyxl_with_several_member_lines(tmp_path):
    rows, merges = _rows(
        [
            ("大队领导", "副大队长", "阎嘉树"),
            ("法制审核组", "审核员", "牵头人：鄢若汀\n参与人员：樊骁宁、虞沁禾\n配合人：冼朗清"),
        ]
    )
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "风险点"
    for row in rows:
        ws.append(row)
    for rng in merges:
        ws.merge_cells(rng)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    wb.save(inbox / "审核组.xlsx")
    res = _collect(inbox)
    assert holders(res) == [("大队领导", "副大队长", "阎嘉树"), ("法制审核组", "审核员", "鄢若汀")]
    assert set(res.risks["duty"]) == {"", "参与人员：樊骁宁、虞沁禾\n配合人：冼朗清"}
    assert codes(res) == [("HOLDER_TEAM_HEAD", "D5")]


def test_cells_near_the_shape_read_as_before(tmp_path):
    res = run(
        tmp_path,
        [
            ("一中队", "执法员", "直接责任人：冼朗清\n分管领导：綦明远"),  # a watcher, not a member
            ("二中队", "执法员", "滕予川、鄢若汀"),  # two holders
            ("三中队", "执法员", "戚晏舟等6人"),  # the one named holds it
        ],
    )
    assert holders(res) == [
        ("一中队", "执法员", "冼朗清"),
        ("二中队", "执法员", "滕予川"),
        ("二中队", "执法员", "鄢若汀"),
        ("三中队", "执法员", "戚晏舟"),
    ]
    assert "HOLDER_TEAM_HEAD" not in set(res.issues["code"])
    assert set(res.risks["duty"]) == {""}


def test_a_column_of_its_own_headed_members_is_no_holder_column(tmp_path):
    rows = [
        [f"{UNIT}岗位廉政风险点一览表"],
        ["序号", "中队", "岗位", "组长", "组员", "廉政风险点", "风险等级", "防控措施"],
        [1, "一中队", "执法员", "冼朗清", "樊骁宁、虞沁禾", "现场检查不按清单执行", "二级", "检查清单化。"],
        [2, "二中队", "执法员", "滕予川", "鄢若汀", "违规泄露举报人信息", "一级", "举报件专人管理。"],
    ]  # fmt: skip
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "执法大队.xlsx", {"一览表": rows}, {"一览表": ["A1:H1"]})
    res = _collect(inbox)
    assert holders(res) == [("一中队", "执法员", "冼朗清"), ("二中队", "执法员", "滕予川")]
    assert "HOLDER_TEAM_HEAD" not in set(res.issues["code"])


def test_a_label_of_unclear_part_leaves_the_cell_as_read(tmp_path):
    """'副组长' may hold the post beside the 组长 or work under him: the cell is read as today,
    each name a holder, and nothing is said of a team."""
    res = run(
        tmp_path,
        [
            ("大队领导", "大队长", "綦明远"),
            ("一中队", "执法员", "组长：冼朗清\n副组长：樊骁宁\n组员：虞沁禾"),
        ],
    )
    assert [p for _d, _t, p in holders(res)] == ["綦明远", "冼朗清", "樊骁宁", "虞沁禾"]
    assert "HOLDER_TEAM_HEAD" not in set(res.issues["code"])
    assert set(res.risks["duty"]) == {""}


@pytest.mark.parametrize(
    ("cell", "read"),
    [
        ("组长：冼朗清\n组员：樊骁宁、虞沁禾", ("冼朗清", "组员：樊骁宁、虞沁禾")),
        ("第一责任人：冼朗清　小组成员：樊骁宁", ("冼朗清", "小组成员：樊骁宁")),
        ("监督一组组长：冼朗清\n队员：樊骁宁", ("冼朗清", "队员：樊骁宁")),
        ("组长：冼朗清", None),  # (no members: nothing to part)
        ("组长：冼朗清\n组长：樊骁宁", None),  # two heads
        ("组员：樊骁宁、虞沁禾", None),  # no head
        ("组长：冼朗清\n副组长：樊骁宁", None),  # a label of unclear part
        ("组长：冼朗清\n组员：全体执法人员", None),  # members named by no name
        ("组长：执法员\n组员：樊骁宁", None),  # a post, no name
        ("一中队　组长：冼朗清\n组员：樊骁宁", None),  # words before the first label
        ("直接责任人：冼朗清\n分管领导：綦明远", None),
    ],
)
def test_team_head(cell, read):
    assert _team_head(cell) == read


def test_the_code_is_catalogued_with_a_short_name():
    assert CATALOGUE["HOLDER_TEAM_HEAD"][0] == "info"
    assert SHORT["HOLDER_TEAM_HEAD"]
