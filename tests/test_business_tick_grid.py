"""A list keyed by business (``业务名称 | 廉政风险点 | 风险等级 | 防控措施``, the business merged over
its points) with no post, holder or 科室 column, and under it a 业务分工表 of persons down and the
list's businesses across, a tick under every business a person runs (many to many): each point
belongs to every person ticked under its business, one form a person; the grid is no rows of the
list; a business no one is ticked under stays as read, with a warning.

Not the published batch's file (a 供销社为农服务中心 with 经营业务 农资配送 … under 主任 郤翯骞 …,
``高/中/低``, ``√``): a 县自来水公司 and a 乡镇农机服务站, other businesses (管网维修, 水表抄收 …),
posts and names, ``一级/二级/三级`` and ``较高/一般``, ``✔`` and ``√``, a 序号 column in the grid,
post and name in one cell under ``岗位及姓名``, written with xlsxwriter (tests/helpers.py) and read
back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str]):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "water.xlsx", {"清单": rows}, {"清单": merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


LIST = [
    ["县自来水公司廉政风险防控清单"],
    ["序号", "业务名称", "廉政风险点", "风险等级", "防控措施"],
    [1, "管网维修", "维修材料虚报冒领，以旧充新", "一级", "材料领用登记，旧料回收入库。"],
    [2, None, "抢修工程量签证不实", "二级", "工程量由两人现场签证。"],
    [3, "水表抄收", "抄表估抄漏抄，人情减免水费", "二级", "抄表数据拍照上传，每月抽查。"],
    [4, "工程发包", "小额工程拆分发包规避招标", "一级", "小额工程发包经经理办公会研究。"],
]
LIST_MERGES = ["A1:E1", "B3:B4"]
P1, P2, P3, P4 = (LIST[r][2] for r in (2, 3, 4, 5))


def test_ticks_under_persons_down_give_each_point_every_ticked_person(tmp_path):
    rows = [
        *LIST,
        [],
        ["业务分工表（在分管或经办的业务下打“✔”）"],
        ["序号", "职务", "姓名", "管网维修", "水表抄收", "工程发包"],
        [1, "经理", "濮阳翊岑", None, None, "✔"],
        [2, "副经理", "宓珺沅", "✔", "✔", None],
        [3, "维修班长", "甘彧琨", "✔", None, "✔"],
        [4, "抄表员", "阙岫莹", None, "✔", None],
    ]
    got = run(tmp_path, rows, [*LIST_MERGES, "A8:E8"])
    assert read(got) == sorted([
        ("经理", "濮阳翊岑", P4, "Ⅰ级"),
        ("副经理", "宓珺沅", P1, "Ⅰ级"),
        ("副经理", "宓珺沅", P2, "Ⅱ级"),
        ("副经理", "宓珺沅", P3, "Ⅱ级"),
        ("维修班长", "甘彧琨", P1, "Ⅰ级"),
        ("维修班长", "甘彧琨", P2, "Ⅱ级"),
        ("维修班长", "甘彧琨", P4, "Ⅰ级"),
        ("抄表员", "阙岫莹", P3, "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "HOLDER_BY_TICK_GRID" in codes(got)
    assert not {"POINT_BLANK", "ROW_UNPLACED", "HOLDER_TICK_GRID_UNMATCHED"} & codes(got)
    c = got.counts()
    assert c["rows_seen"] == c["risks"] + c["rows_reported"], c


def test_post_and_name_in_one_cell_and_a_note_under_the_grid(tmp_path):
    """No blank row and no caption: the grid right under the list, post and name in one cell
    under '岗位及姓名', '√' ticks and '—' for none, a '注：' line under it."""
    rows = [
        *LIST,
        ["岗位及姓名", None, "管网维修", "水表抄收", "工程发包"],
        ["经理\n濮阳翊岑", None, "√", None, "√"],
        ["抄表员\n阙岫莹", None, "—", "√", "—"],
        ["注：打“√”的人员负责该项业务的廉政风险防控。"],
    ]
    got = run(tmp_path, rows, [*LIST_MERGES, "A7:B7", "A8:B8", "A9:B9", "A10:E10"])
    assert read(got) == sorted([
        ("经理", "濮阳翊岑", P1, "Ⅰ级"),
        ("经理", "濮阳翊岑", P2, "Ⅱ级"),
        ("经理", "濮阳翊岑", P4, "Ⅰ级"),
        ("抄表员", "阙岫莹", P3, "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "HOLDER_BY_TICK_GRID" in codes(got)


def test_a_business_no_one_is_ticked_under_stays_as_read_with_a_warning(tmp_path):
    """Another unit and other level words ('较高' the middle of 高/较高/一般, '一般' the lowest);
    物资采购 has no tick: its point has no holder (a warning at its business)."""
    rows = [
        ["乡镇农机服务站廉政风险防控清单"],
        ["序号", "业务名称", "廉政风险点", "风险等级", "防控措施"],
        [1, "购机补贴", "购机补贴审核把关不严，套取补贴", "较高", "补贴机具实地核验，公示名单。"],
        [2, "作业服务", "跨区作业收费不公开", "一般", "收费标准上墙公示。"],
        [3, "物资采购", "配件采购不比价", "一般", "三家比价，留存记录。"],
        [],
        ["人员分工（打“√”）"],
        ["岗位", "姓名", "购机补贴", "作业服务", "物资采购"],
        ["站长", "钟离昶晔", "√", None, None],
        ["技术员", "仉琬暄", "√", "√", None],
    ]
    got = run(tmp_path, rows, ["A1:E1", "A7:E7"])
    assert read(got) == sorted([
        ("站长", "钟离昶晔", "购机补贴审核把关不严，套取补贴", "Ⅱ级"),
        ("技术员", "仉琬暄", "购机补贴审核把关不严，套取补贴", "Ⅱ级"),
        ("技术员", "仉琬暄", "跨区作业收费不公开", "Ⅲ级"),
        ("", "", "配件采购不比价", "Ⅲ级"),
    ])  # fmt: skip
    assert {"HOLDER_BY_TICK_GRID", "HOLDER_TICK_GRID_UNMATCHED"} <= codes(got)
    no_errors(got)


def test_a_list_with_its_own_holders_is_not_read_by_a_grid_under_it(tmp_path):
    """'岗位 | 姓名' in the list itself: its holders are its own; the grid changes nothing."""
    rows = [
        ["县自来水公司廉政风险防控清单"],
        ["序号", "岗位", "姓名", "业务名称", "廉政风险点", "风险等级", "防控措施"],
        [1, "经理", "濮阳翊岑", "工程发包", P4, "一级", "小额工程发包经经理办公会研究。"],
        [2, "抄表员", "阙岫莹", "水表抄收", P3, "二级", "抄表数据拍照上传，每月抽查。"],
        [],
        ["业务分工表"],
        ["岗位", "姓名", "工程发包", "水表抄收"],
        ["副经理", "宓珺沅", "√", "√"],
        ["维修班长", "甘彧琨", "√", None],
    ]
    got = run(tmp_path, rows, ["A1:G1"])
    assert read(got) == sorted([
        ("经理", "濮阳翊岑", P4, "Ⅰ级"),
        ("抄表员", "阙岫莹", P3, "Ⅱ级"),
    ])  # fmt: skip
    assert "HOLDER_BY_TICK_GRID" not in codes(got)
    no_errors(got)


def test_a_grid_whose_columns_are_not_the_lists_businesses_is_not_a_roster(tmp_path):
    """A schedule of months across ('1月 | 2月 | 3月') with ticks: not keyed by the list's
    businesses, no one's points; the list is read as before (no holder)."""
    rows = [
        *LIST,
        [],
        ["监督检查安排（打“√”）"],
        ["岗位", "姓名", "1月", "2月", "3月"],
        ["经理", "濮阳翊岑", "√", None, "√"],
        ["副经理", "宓珺沅", None, "√", None],
    ]
    got = run(tmp_path, rows, [*LIST_MERGES, "A8:E8"])
    assert "HOLDER_BY_TICK_GRID" not in codes(got)
    got_points = {(t, p, pt) for t, p, pt, _lv in read(got)}
    for point in (P1, P2, P3, P4):
        assert ("", "", point) in got_points


def test_a_grid_of_posts_alone_names_no_one(tmp_path):
    """'岗位 | 管网维修 | …' over '维修班 | √ | …': no person named, not read as holders."""
    rows = [
        *LIST,
        [],
        ["岗位", "管网维修", "水表抄收", "工程发包"],
        ["维修班", "√", None, None],
        ["营业班", None, "√", None],
    ]
    got = run(tmp_path, rows, LIST_MERGES)
    assert "HOLDER_BY_TICK_GRID" not in codes(got)
    assert not any(p for _t, p, _pt, _lv in read(got))
