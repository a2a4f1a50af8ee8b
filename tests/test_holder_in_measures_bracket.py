"""A row's 科室, post and holder named only in a labelled bracket closing one of its cells.

A body's list has no 科室, 岗位 or 姓名 column (or leaves one blank); each row's measures (or its
point, or a 备注) end with a bracket or a last line of labelled fields saying who answers for it:
'…⏎（责任股室：登记股；岗位：股长；负责人：…）'. The bracket names the row's holder and is no
measure. The words here are not those of tests/published: other units, other labels, other
separators, other posts and names.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, ITEMS, SHORT
from xlproc.locate import holder_bracket


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


TITLE = ["XX市市场监督管理局廉洁风险点排查表"]
HEAD = ["编号", "风险点名称", "风险类别", "风险等级", "防范措施"]
POINTS = [
    ("企业登记材料审查放水", "岗位职责", "一级", "登记材料双人审核，系统留痕。"),
    ("为亲友企业快速办照", "思想道德", "二级", "办理时限系统锁定，超时预警。"),
    ("抽检样品检测结果篡改", "业务流程", "一级", "检测报告三级审签，原始记录封存。"),
    ("违规减免罚没款", "制度机制", "二级", "罚没款减免集体审议，结果公开。"),
    ("检查中接受宴请", "外部环境", "三级", "检查工作签订廉洁承诺。"),
]


def table(tails: list[str], head=HEAD, lead=None) -> list[list[str]]:
    """A title, the header, a row per point whose measures close with the tail given (''
    for none), a signature line."""
    rows = [TITLE, head]
    for i, (tail, (point, typ, level, measures)) in enumerate(zip(tails, POINTS, strict=False), 1):
        text = f"{measures}{tail}" if tail else measures
        rows.append([str(i), *(lead[i - 1] if lead else []), point, typ, level, text])
    rows.append(["制表：", "", "审核：", "", "2025年8月"])
    return rows


def test_the_measures_bracket_names_each_rows_holder(tmp_path):
    """Three ways to write it: a bracket on a line of its own, parted by '；'; one after the
    measure on its line, parted by '，'; an unbracketed last line of fields."""
    reg = "\n（责任股室：登记注册股；岗位：股长；负责人：闻人昭）"
    lab = "（所在科室：检验检测所，职务：所长，姓名：濮阳溪）"
    law = "\n责任科室：稽查大队　责任岗位：执法员　责任人：卞　朔"
    res = run(tmp_path, {"清单": table([reg, reg, lab, law, law])})
    assert holders(res) == [
        ["登记注册股", "股长", "闻人昭", 2],
        ["检验检测所", "所长", "濮阳溪", 1],
        ["稽查大队", "执法员", "卞朔", 2],
    ]
    measures = res.risks["measures"].tolist()
    assert measures == [m for _p, _t, _l, m in POINTS]  # the brackets are no measures
    assert res.risks["risk_point"].tolist() == [p for p, _t, _l, _m in POINTS]
    assert ("HOLDER_IN_CELL_BRACKET", "E3") in codes(res)
    assert not [c for c, _ in codes(res) if c in ("ROW_UNPLACED", "FORM_NO_PERSON")]


def test_only_the_post_named_in_the_points_bracket(tmp_path):
    """Posts only, in a bracket closing the point (对岗不对人): a form per post, no names."""
    rows = [TITLE, ["序号", "廉洁风险点", "风险级别", "防控措施"]]
    posts = ["会计", "会计", "出纳"]
    for i, (post, (point, _t, level, measures)) in enumerate(zip(posts, POINTS, strict=False), 1):
        rows.append([str(i), f"{point}（责任岗位：{post}）", level, measures])
    res = run(tmp_path, {"S": rows})
    assert holders(res) == [["", "会计", "", 2], ["", "出纳", "", 1]]
    assert res.risks["risk_point"].tolist() == [p for p, _t, _l, _m in POINTS[:3]]


def test_a_remark_names_the_holder_beside_a_post_column(tmp_path):
    """A 岗位 column, no 姓名 column: the 备注's bracket gives each row's holder; a row whose
    bracket names a holder other than its own column's keeps its column's, and is reported."""
    rows = [
        TITLE,
        ["序号", "岗位", "风险点", "等级", "措施", "备注"],
        ["1", "股长", *POINTS[0][:1], "一级", POINTS[0][3], "每季度自查（责任人：司徒雁）"],
        ["2", "股长", *POINTS[1][:1], "二级", POINTS[1][3], "每季度自查（责任人：司徒雁）"],
        ["3", "科员", *POINTS[2][:1], "一级", POINTS[2][3], "每月自查（责任人：郗晚晴）"],
    ]
    res = run(tmp_path, {"S": rows})
    assert holders(res) == [["", "股长", "司徒雁", 2], ["", "科员", "郗晚晴", 1]]
    # a 姓名 column: a bracket repeating the row's name stays as read, another name stays and is
    # told, a blank name is filled from it
    rows = [
        TITLE,
        ["序号", "岗位", "姓名", "风险点", "等级", "措施"],
        ["1", "股长", "司徒雁", POINTS[0][0], "一级", POINTS[0][3] + "（责任人：司徒雁）"],
        ["2", "股长", "司徒雁", POINTS[1][0], "二级", POINTS[1][3] + "（责任人：郗晚晴）"],
        ["3", "科员", "", POINTS[2][0], "一级", POINTS[2][3] + "（责任人：濮阳溪）"],
    ]
    res = run(tmp_path / "b", {"S": rows})
    assert holders(res) == [["", "股长", "司徒雁", 2], ["", "科员", "濮阳溪", 1]]
    assert res.risks["measures"].tolist() == [
        POINTS[0][3] + "（责任人：司徒雁）",
        POINTS[1][3] + "（责任人：郗晚晴）",
        POINTS[2][3],
    ]
    assert ("HOLDER_BRACKET_DIFFERS", "F4") in codes(res)
    warned = res.issues[res.issues["code"] == "HOLDER_BRACKET_DIFFERS"]
    assert warned["severity"].tolist() == ["warning"]
    assert "司徒雁" in warned["message"].iloc[0] and "郗晚晴" in warned["message"].iloc[0]


def test_someone_elses_bracket_is_no_holder(tmp_path):
    """'监督人：', '分管领导：', '审核人：' name who watches the point, not who holds it: the
    table reads as before (one form of the unit, the brackets left in the measures)."""
    tails = [
        "\n（监督人：闻人昭　分管领导：濮阳溪）",
        "\n（审核人：卞朔）",
        "\n（监督人：闻人昭　分管领导：濮阳溪）",
    ]
    res = run(tmp_path, {"S": table(tails)})
    assert holders(res) == [["", "", "", 3]]
    assert res.risks["measures"].tolist()[1] == POINTS[1][3] + "\n（审核人：卞朔）"
    assert not [c for c, _ in codes(res) if c.startswith("HOLDER_")]
    # a holder and a watcher in one bracket: not only the holder named, read as before
    res = run(tmp_path / "b", {"S": table(["（责任人：闻人昭　监督人：卞朔）"] * 3)})
    assert holders(res) == [["", "", "", 3]]


def test_unclear_brackets_invent_nothing(tmp_path):
    """A bracket naming no one ('各股室负责人'), brackets on some rows only of a table with no
    holder column, and a card whose holder its own lines name: all read as before."""
    res = run(tmp_path, {"S": table(["（责任人：各股室负责人）"] * 3)})
    assert holders(res) == [["", "", "", 3]]
    assert res.risks["measures"].tolist()[0].endswith("（责任人：各股室负责人）")
    # two rows of three say who: the third's holder is not said, nothing is carried to it
    tails = ["\n（责任股室：登记注册股　责任人：闻人昭）"] * 2 + [""]
    res = run(tmp_path / "b", {"S": table(tails)})
    assert holders(res) == [["", "", "", 3]]
    assert not [c for c, _ in codes(res) if c.startswith("HOLDER_")]
    # a card of one holder, named above its table: the brackets are no holders of its rows
    card = table(["\n（责任人：卞朔）"] * 3)
    card[1:1] = [["姓名", "闻人昭", "职务", "股长", ""]]
    res = run(tmp_path / "c", {"S": card})
    assert res.posts["person"].tolist() == ["闻人昭"]
    assert not [c for c, _ in codes(res) if c.startswith("HOLDER_")]


def test_measures_near_the_shape_read_as_before(tmp_path):
    """Measures closing with a bracket of another kind ('（见附件2：审批流程）', '（牵头：…）') or
    a labelled line of the measures ('时限：每季度'): no holder, the text whole."""
    tails = ["（见附件2：审批流程图）", "\n时限：每季度", "（依据：《行政处罚法》）"]
    res = run(tmp_path, {"S": table(tails)})
    assert holders(res) == [["", "", "", 3]]
    assert res.risks["measures"].tolist() == [
        m + t for (_p, _ty, _l, m), t in zip(POINTS, tails, strict=False)
    ]
    assert not [c for c, _ in codes(res) if c.startswith("HOLDER_")]


def test_a_heading_announcing_the_holder_reads_as_before(tmp_path):
    """'防控措施及责任人': the heading says the column names whoever answers for the measures (a
    leader watching his staff's points, say): the row's own columns stand, nothing is told."""
    rows = [
        TITLE,
        ["序号", "岗位", "姓名", "风险点", "等级", "防控措施及责任人"],
        ["1", "科员", "郗晚晴", POINTS[0][0], "一级", POINTS[0][3] + "（责任人：司徒雁）"],
        ["2", "股长", "司徒雁", POINTS[1][0], "二级", POINTS[1][3] + "（责任人：司徒雁）"],
    ]
    res = run(tmp_path, {"S": rows})
    assert holders(res) == [["", "科员", "郗晚晴", 1], ["", "股长", "司徒雁", 1]]
    assert not [c for c, _ in codes(res) if c.startswith("HOLDER_")]


def test_holder_bracket_reads_only_labelled_holders():
    got = holder_bracket("公开竞价。\n（责任部门：财务科；责任岗位：会计；责任人：欧阳明华）")
    assert got == (6, {"department": "财务科", "title": "会计", "person": "欧阳明华"})
    assert holder_bracket("（责任人：闻人昭）") is None  # nothing before it: no closing bracket
    assert holder_bracket("公开竞价。（责任人：闻人昭、卞朔）")[1] == {"person": "闻人昭、卞朔"}
    assert holder_bracket("公开竞价。（领导责任人：闻人昭）") is None
    assert holder_bracket("公开竞价。（责任科室：　责任岗位：会计）")[1] == {"title": "会计"}


def test_the_codes_are_catalogued():
    for code in ("HOLDER_IN_CELL_BRACKET", "HOLDER_BRACKET_DIFFERS"):
        assert code in CATALOGUE and code in SHORT and ITEMS[code] == "责任人"
    assert CATALOGUE["HOLDER_BRACKET_DIFFERS"][0] == "warning"


def test_the_one_who_carries_the_measures_out_post_and_name(tmp_path):
    # '（落实责任人：站长　某某）' closing each measures cell, the post before the name (spaced or
    # glued; its 科室 split off): the row's holder (batch 687's 种子管理站 in other words)
    rows = [["某县农机服务中心廉政风险防控清单"],
            ["序号", "风险点", "风险等级", "防控措施"],
            [1, "农机购置补贴审核走过场", "一级", "补贴资料两级审核，结果公示。（落实责任人：主任　楮沐川）"],
            [2, "报废农机回收核查降低标准", "二级", "现场核查两人以上。（落实责任人：主任　楮沐川）"],
            [3, "维修配件采购收受回扣", "二级", "配件集中采购。（具体责任人：维修科科长楮澈岚）"],
            [4, "培训经费虚列支出", "三级", "凭签到表报账。（责任人：会计　郗湉雯）"]]  # fmt: skip
    got = run(tmp_path, {"清单": rows}, {"清单": ["A1:D1"]})
    r = got.risks
    assert sorted(zip(r["department"], r["title"], r["person"], r["risk_point"], strict=True)) == [
        ("", "主任", "楮沐川", "农机购置补贴审核走过场"),
        ("", "主任", "楮沐川", "报废农机回收核查降低标准"),
        ("", "会计", "郗湉雯", "培训经费虚列支出"),
        ("维修科", "科长", "楮澈岚", "维修配件采购收受回扣"),
    ]
    assert not any("责任人" in m for m in r["measures"])


def test_a_post_alone_closing_the_measures(tmp_path):
    # '（责任人：站长）' closing the measures names the row's post, no one; '（落实责任人：各站站长）'
    # names every station's head: no post of the row (as before)
    rows = [["某县农机服务中心廉政风险防控清单"],
            ["序号", "风险点", "风险等级", "防控措施"],
            [1, "农机购置补贴审核走过场", "一级", "补贴资料两级审核。（责任人：主任）"],
            [2, "培训经费虚列支出", "三级", "凭签到表报账。（责任人：会计）"]]  # fmt: skip
    got = run(tmp_path, {"清单": rows}, {"清单": ["A1:D1"]})
    r = got.risks
    assert sorted(zip(r["title"], r["risk_point"], strict=True)) == [
        ("主任", "农机购置补贴审核走过场"), ("会计", "培训经费虚列支出"),
    ]  # fmt: skip
