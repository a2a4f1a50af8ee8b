"""A holders' cell listing a post's people each under a LABEL (``A岗：甲⏎B岗：乙``, ``A角：…⏎B角：…``,
``前台：…⏎后台：…``) beside points each CLOSING WITH A BRACKET THAT NAMES THE LABEL(S) (``…（A岗）``,
``（B角）``, ``（A、B岗）``, ``（AB角）``, ``（前台）``): each point goes to the holder(s) of the labels named
only, the bracket taken off the point (info HOLDERS_BY_LABEL_TAG, once a table, naming the first
cell and the rows). A bracket naming a label and something the cell does not label (``（A、C岗）``)
leaves the point to all the cell's people, bracket and all, with a warning at the cell
(HOLDER_LABEL_TAG_UNCLEAR). Before, every point beside the cell was each listed person's, the
bracket kept in it.

Not the published batch's file (batch990: a 县司法局's 法律援助, 公证 and 社区矫正 posts under
``A岗：…⏎B岗：…``, ``（A岗）/（B岗）/（A、B岗）``): a 县税务局's 办税服务厅 under ``A角：…⏎B角：…`` with
``（A角）``, ``（B角）`` and ``（AB角）``, full-width ``（Ａ角）`` too; a 县医院's 收费处 under ``前台：
收费员　甲⏎后台：审核员　乙`` (a post before the name) with ``（前台）``, ``（后台）``, ``（前台、后台）``
(``主办：…⏎协办：…`` is read by HOLDER_BY_LEAD_LINE first: the 主办 holds every point).
Near-misses read as before: no bracket (both people each point), a bracket of the point's own
words (``（重点）``), a row of one holder ending ``（A岗）``, a bracket naming a surname
(HOLDERS_BY_SURNAME_TAG, tests/test_holders_by_surname_tag.py), and a bracket naming a label
not in the cell.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

NEW = {"HOLDERS_BY_LABEL_TAG", "HOLDER_LABEL_TAG_UNCLEAR"}


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list, merges: list | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "清单.xlsx", {"清单": rows}, {"清单": merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str]]:
    cols = ["person", "risk_point", "risk_level"]
    return sorted(tuple(r) for r in got.risks[cols].itertuples(index=False))


def codes(got) -> set[str]:
    return set(got.issues["code"])


TAX = [
    ["县税务局办税服务厅岗位廉政风险防控清单", None, None, None, None],
    ["序号", "岗位", "责任人", "廉政风险点", "风险等级"],
    [1, "发票发售岗", "A角：宇文昊珏\nB角：令狐沛琳", "超量发售发票（A角）", "高"],
    [2, None, None, "为纳税人代开发票收取好处（AB角）", "中"],
    [3, None, None, "发票验旧走过场（Ｂ角）", "低"],
    [4, "退税审核岗", "A角：令狐沛琳\nB角：宇文昊珏", "出口退税审核把关不严（Ａ角）", "高"],
    [5, None, None, "退税资料保管不善（B角）", "低"],
    ["注：实行AB角工作制，风险点后括号注明由A角或B角承担。", None, None, None, None],
]
TAX_MERGES = ["B3:B5", "C3:C5", "B6:B7", "C6:C7"]


def test_a_and_b_roles_take_their_own_points(tmp_path):
    got = run(tmp_path, TAX, TAX_MERGES)
    assert read(got) == sorted([
        ("宇文昊珏", "超量发售发票", "Ⅰ级"),
        ("宇文昊珏", "为纳税人代开发票收取好处", "Ⅱ级"),
        ("令狐沛琳", "为纳税人代开发票收取好处", "Ⅱ级"),
        ("令狐沛琳", "发票验旧走过场", "Ⅲ级"),
        ("令狐沛琳", "出口退税审核把关不严", "Ⅰ级"),
        ("宇文昊珏", "退税资料保管不善", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_LABEL_TAG" in codes(got)
    assert "HOLDER_LABEL_TAG_UNCLEAR" not in codes(got)
    issue = got.issues[got.issues["code"] == "HOLDERS_BY_LABEL_TAG"].iloc[0]
    assert issue["cell"] == "D3" and "共5行" in issue["message"]


HOSPITAL = [
    ["县人民医院收费处岗位廉政风险排查表", None, None, None, None, None],
    ["序号", "科室", "责任人", "廉政风险点", "风险等级", "防控措施"],
    [1, "收费处", "前台：收费员　欧阳澍\n后台：审核员　皇甫翎", "收取现金不开票据（前台）", "一级", "现金日结日清"],
    [2, None, None, "退费审核把关不严（后台）", "二级", "退费两人签字"],
    [3, None, None, "篡改收费系统数据（前台、后台）", "二级", "系统操作留痕"],
]  # fmt: skip


def test_labels_before_a_post_and_a_name(tmp_path):
    got = run(tmp_path, HOSPITAL, ["B3:B5", "C3:C5"])
    assert read(got) == sorted([
        ("欧阳澍", "收取现金不开票据", "Ⅰ级"),
        ("皇甫翎", "退费审核把关不严", "Ⅱ级"),
        ("欧阳澍", "篡改收费系统数据", "Ⅱ级"),
        ("皇甫翎", "篡改收费系统数据", "Ⅱ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_LABEL_TAG" in codes(got)
    # the label is no part of the post
    assert set(got.risks["title"]) == {"收费员", "审核员"}


def test_no_bracket_or_own_words_keep_both(tmp_path):
    rows = [
        ["县税务局岗位廉政风险防控清单", None, None, None, None],
        ["序号", "岗位", "责任人", "廉政风险点", "风险等级"],
        [1, "发票发售岗", "A角：宇文昊珏\nB角：令狐沛琳", "超量发售发票", "高"],
        [2, None, None, "税控设备发行收费（重点）", "中"],
    ]
    got = run(tmp_path, rows, ["B3:B4", "C3:C4"])
    assert read(got) == sorted([
        ("宇文昊珏", "超量发售发票", "Ⅰ级"),
        ("令狐沛琳", "超量发售发票", "Ⅰ级"),
        ("宇文昊珏", "税控设备发行收费（重点）", "Ⅱ级"),
        ("令狐沛琳", "税控设备发行收费（重点）", "Ⅱ级"),
    ])  # fmt: skip
    assert not codes(got) & NEW


def test_one_holder_keeps_his_bracket(tmp_path):
    rows = [
        ["县税务局岗位廉政风险防控清单", None, None, None, None],
        ["序号", "岗位", "责任人", "廉政风险点", "风险等级"],
        [1, "发票发售岗", "宇文昊珏", "超量发售发票（A岗）", "高"],
        [2, "退税审核岗", "令狐沛琳", "退税审核把关不严", "中"],
    ]
    got = run(tmp_path, rows)
    assert read(got) == sorted([
        ("宇文昊珏", "超量发售发票（A岗）", "Ⅰ级"),
        ("令狐沛琳", "退税审核把关不严", "Ⅱ级"),
    ])  # fmt: skip
    assert not codes(got) & NEW


def test_a_label_not_in_the_cell_is_warned(tmp_path):
    rows = [
        ["县税务局岗位廉政风险防控清单", None, None, None, None],
        ["序号", "岗位", "责任人", "廉政风险点", "风险等级"],
        [1, "发票发售岗", "A角：宇文昊珏\nB角：令狐沛琳", "超量发售发票（A、C角）", "高"],
        [2, None, None, "发票验旧走过场（B角）", "低"],
    ]
    got = run(tmp_path, rows, ["B3:B4", "C3:C4"])
    assert read(got) == sorted([
        ("宇文昊珏", "超量发售发票（A、C角）", "Ⅰ级"),
        ("令狐沛琳", "超量发售发票（A、C角）", "Ⅰ级"),
        ("令狐沛琳", "发票验旧走过场", "Ⅲ级"),
    ])  # fmt: skip
    warn = got.issues[got.issues["code"] == "HOLDER_LABEL_TAG_UNCLEAR"]
    assert len(warn) == 1 and warn.iloc[0]["cell"] == "D3" and warn.iloc[0]["severity"] == "warning"


def test_the_codes_are_catalogued():
    assert NEW <= set(CATALOGUE) and NEW <= set(SHORT)
