"""A group row over a 社区's or a 村's rows naming its ``两委`` (``一、社区“两委”``, ``一、村两委``) or one
of its committees (``二、人民调解委员会``, ``三、村务监督委员会``, ``调委会``) is the 科室 of the rows under
it, as ``二、财政所`` is. Before, such a row headed nothing: every form's 科室 blank (batch990's
胜利社区, seen with --strict). Not that batch's words: a 村's list with ``一、村“两委”`` and
``二、村务监督委员会``; a caption naming a unit (``县纪委监委``) is still a unit.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.identity import caption_identity


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


VILLAGE = [
    ["某镇东风村廉政风险防控责任清单", None, None, None, None],
    ["序号", "岗位", "姓名", "廉政风险点", "风险等级"],
    ["一、村“两委”", None, None, None, None],
    [1, "村党支部书记", "司马骁", "集体资产发包暗箱操作", "一级"],
    ["二、村务监督委员会", None, None, None, None],
    [2, "监委会主任", "端木琪", "监督村务走过场", "二级"],
    [3, "委员", "上官翊", "财务审核签字不看票据", "三级"],
]


def test_committees_head_their_rows(tmp_path):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "清单.xlsx", {"清单": VILLAGE}, {"清单": ["A3:E3", "A5:E5"]})
    got = _collect(inbox)
    cols = ["department", "person", "risk_point"]
    assert sorted(tuple(r) for r in got.risks[cols].itertuples(index=False)) == sorted([
        ("村“两委”", "司马骁", "集体资产发包暗箱操作"),
        ("村务监督委员会", "端木琪", "监督村务走过场"),
        ("村务监督委员会", "上官翊", "财务审核签字不看票据"),
    ])  # fmt: skip


def test_caption_words():
    assert caption_identity("一、社区“两委”") == ("department", "社区“两委”")
    assert caption_identity("一、村两委") == ("department", "村两委")
    assert caption_identity("二、人民调解委员会") == ("department", "人民调解委员会")
    assert caption_identity("三、调委会") == ("department", "调委会")
    assert caption_identity("县纪委监委")[0] == "unit"


def test_the_two_committees_are_the_heads_and_a_committee_is_a_part(tmp_path):
    # the posts under '社区“两委”' (or '村两委成员') are the body's heads, whatever their words
    # ('主任', '书记、主任'); a committee's 主任 heads a part (middle), as a 科室's does
    rows = [
        ["某街道向荣社区廉政风险点清单", None, None, None, None],
        ["序号", "岗位", "姓名", "廉政风险点", "风险等级"],
        ["一、社区两委成员", None, None, None, None],
        [1, "主任", "独孤霁", "低保评议优亲厚友", "一级"],
        [2, "书记、主任", "尉迟遥", "社区资金使用不公开", "一级"],
        ["二、居务监督委员会", None, None, None, None],
        [3, "主任", "宇文朔", "监督流于形式", "二级"],
    ]
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "清单.xlsx", {"清单": rows}, {"清单": ["A3:E3", "A6:E6"]})
    got = _collect(inbox)
    tiers = dict(zip(got.posts["person"], got.posts["tier"], strict=True))
    assert tiers == {"独孤霁": "领导岗位", "尉迟遥": "领导岗位", "宇文朔": "中层岗位"}
