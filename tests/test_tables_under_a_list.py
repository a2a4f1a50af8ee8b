"""A small table of another kind under a list of points: after a blank row, a caption or right
under the last point, a heading row of its own whose words are not the list's — a roster
('姓名 | 所在股室 | 岗位'), a code table ('股室编码 | 股室名称 | 职责'), counts per 股室
('股室 | 高 | 中 | 低 | 合计') or a 5×5 grid of counts, people ticked by post ('姓名 | 大队长 |
执法员' over '√'). The list ends at that heading row; a roster naming the list's holders is read
as one, anything else is reported once (TABLE_OTHER), its rows counted, never points.

Not any published batch's file (the kind was met in passing in several): a county's 市场监督管理局
with 股室 and 稽查大队, other posts, names and level words (高/中/低, 一级…, '★' ticks), one or
two heading rows, written with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox``
reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "list.xlsx", {"风险点": rows}, {"风险点": merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")
    assert not {"LEVEL_UNKNOWN", "LEVEL_BLANK", "MEASURES_BLANK", "POINT_BLANK"} & set(
        issues["code"]
    ), issues.to_dict("records")


def other_tables(got) -> list[str]:
    i = got.issues
    return list(i[i["code"] == "TABLE_OTHER"]["cell"])


TITLE = ["XX县市场监督管理局岗位廉政风险点登记表"]
HEAD = ["序号", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施"]
ROWS = [
    [1, "登记注册股股长", "甯晗舟", "违规为不符合条件的企业办理登记", "高", "实行审核、核准两级把关。"],
    [2, "食品安全股科员", "麹若澜", "日常检查走过场，对问题隐瞒不报", "中", "检查全程记录，随机抽查复核。"],
    [3, "稽查大队执法员", "郜杉远", "办案中收受当事人财物，降低处罚", "高", "重大案件集体讨论，法制审核。"],
]  # fmt: skip
POINTS = sorted([
    ("登记注册股股长", "甯晗舟", "违规为不符合条件的企业办理登记", "Ⅰ级"),
    ("食品安全股科员", "麹若澜", "日常检查走过场，对问题隐瞒不报", "Ⅱ级"),
    ("稽查大队执法员", "郜杉远", "办案中收受当事人财物，降低处罚", "Ⅰ级"),
])  # fmt: skip


def test_a_roster_under_a_list_without_names_gives_the_holders(tmp_path):
    """'姓名 | 所在股室 | 岗位' (name first) right under the rows of a list with no name column:
    who holds the posts, read as a roster, no points."""
    head = ["序号", "岗位", "廉政风险点", "风险等级", "防控措施"]
    rows = [TITLE, head, *[[r[0], r[1], *r[3:]] for r in ROWS],
            ["姓名", "所在股室", "岗位"],
            ["甯晗舟", "登记注册股", "登记注册股股长"],
            ["麹若澜", "食品安全股", "食品安全股科员"],
            ["郜杉远", "稽查大队", "稽查大队执法员"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == POINTS
    no_errors(got)


def test_a_roster_with_phones_under_a_list_with_names_is_no_points(tmp_path):
    """'序号 | 姓名 | 岗位 | 联系电话' after a blank row under a list that names its holders
    itself: a roster (its names agree), none of its rows points."""
    rows = [TITLE, HEAD, *ROWS,
            [],
            ["序号", "姓名", "岗位", "联系电话"],
            [1, "甯晗舟", "登记注册股股长", "0571-6601"],
            [2, "麹若澜", "食品安全股科员", "0571-6602"],
            [3, "郜杉远", "稽查大队执法员", "0571-6603"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == POINTS
    no_errors(got)


def test_a_roster_with_a_duties_column_gives_the_posts_holders(tmp_path):
    """'岗位 | 姓名 | 工作职责' right under a list with no name column: the list's roster (its
    duties no points; ROSTER_DUTIES_BELOW since batch1026, TABLE_OTHER before), each post listed
    to its one person; a post it does not list keeps no holder; none of its rows points."""
    head = ["序号", "岗位", "廉政风险点", "风险等级", "防控措施"]
    rows = [TITLE, head, *[[r[0], r[1], *r[3:]] for r in ROWS],
            ["岗位", "姓名", "工作职责"],
            ["登记注册股股长", "甯晗舟", "市场主体登记"],
            ["食品安全股科员", "麹若澜", "食品经营监管"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted(
        (p, n if p != "稽查大队执法员" else "", x, lv) for p, n, x, lv in POINTS
    )
    no_errors(got)
    assert other_tables(got) == []
    assert list(got.issues[got.issues["code"] == "ROSTER_DUTIES_BELOW"]["cell"]) == ["C6"]


def test_a_code_table_after_a_caption_is_reported_once(tmp_path):
    """Two heading rows (the level ticked under '风险等级' merged over 高 | 中 | 低), then a
    caption and '股室编码 | 股室名称 | 职责': no points of it, one TABLE_OTHER."""
    rows = [TITLE,
            ["序号", "岗位", "责任人", "廉政风险点", "风险等级", None, None, "防控措施"],
            [None, None, None, None, "高", "中", "低", None],
            *[[*r[:4], *(["★", None, None] if r[4] == "高" else [None, "★", None]), r[5]]
              for r in ROWS],
            [],
            ["附：股室编码表"],
            ["股室编码", "股室名称", "职责"],
            ["DJ", "登记注册股", "市场主体登记"],
            ["SP", "食品安全股", "食品生产经营监管"],
            ["JC", "稽查大队", "案件查办"]]  # fmt: skip
    merges = ["A1:H1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:G2", "H2:H3"]
    got = run(tmp_path, rows, merges)
    assert read(got) == POINTS
    no_errors(got)
    assert other_tables(got) == ["A9"]


def test_counts_by_office_right_under_the_rows_are_no_points(tmp_path):
    """'股室 | 高 | 中 | 低 | 合计' over numbers straight under the last point, no gap."""
    rows = [TITLE, HEAD, *ROWS,
            ["股室", "高", "中", "低", "合计"],
            ["登记注册股", 1, 0, 0, 1],
            ["食品安全股", 0, 1, 0, 1],
            ["稽查大队", 1, 0, 0, 1]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == POINTS
    no_errors(got)
    assert other_tables(got) == ["A6"]
    c = got.counts()
    assert c["risks"] == 3 and c["unplaced"] == 4, c


def test_counts_by_level_words_and_a_five_by_five_grid(tmp_path):
    """'部门 | 一级 | 二级 | 三级' after a caption, then a 5×5 grid of counts after a gap: each
    reported once."""
    rows = [TITLE, HEAD, *ROWS,
            ["各股室风险点数量统计"],
            ["部门", "一级", "二级", "三级"],
            ["登记注册股", 1, 0, 0],
            ["稽查大队", 1, 0, 0],
            [],
            ["可能性/影响", 1, 2, 3, 4, 5],
            *[[n, 0, 0, int(n == 3), int(n == 4), int(n == 5)] for n in (5, 4, 3, 2, 1)]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == POINTS
    no_errors(got)
    assert other_tables(got) == ["A7", "A11"]


def test_people_ticked_by_post_are_no_points(tmp_path):
    """'姓名 | 股长 | 科员 | 执法员' over '√' after a blank row: who is in which post, no points."""
    rows = [TITLE, HEAD, *ROWS,
            [],
            ["姓名", "股长", "科员", "执法员"],
            ["甯晗舟", "√", None, None],
            ["麹若澜", None, "√", None],
            ["郜杉远", None, None, "√"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == POINTS
    no_errors(got)
    assert other_tables(got) == ["A7"]


def test_a_header_repeated_page_by_page_is_still_one_list(tmp_path):
    """The list's header again mid-sheet (a printed page's): the rows under it go on."""
    more = [4, "稽查大队大队长", "阚屿清", "对举报线索压案不查", "中", "线索统一登记，定期通报。"]
    rows = [TITLE, HEAD, *ROWS, [], HEAD, more]
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([*POINTS, ("稽查大队大队长", "阚屿清", "对举报线索压案不查", "Ⅱ级")])
    no_errors(got)
    assert not other_tables(got)


def test_a_second_list_with_its_own_header_is_still_read_as_points(tmp_path):
    """Another 股室's list under the first, its own heading words ('岗位名称 | 姓名 | 风险描述 |
    等级 | 措施'): its rows are points too."""
    rows = [TITLE, HEAD, *ROWS,
            [],
            ["质量计量股岗位廉政风险点"],
            ["岗位名称", "姓名", "风险描述", "等级", "措施"],
            ["质量计量股股长", "亓澈言", "计量器具检定收费不规范", "低", "收费标准上墙公示。"],
            ["质量计量股科员", "阎芷汀", "抽检样品选择性送检", "中", "双人抽样，全程录像。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == sorted([
        *POINTS,
        ("质量计量股股长", "亓澈言", "计量器具检定收费不规范", "Ⅲ级"),
        ("质量计量股科员", "阎芷汀", "抽检样品选择性送检", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert not other_tables(got)


def test_a_list_of_short_points_without_numbers_goes_on(tmp_path):
    """Short points and no 序号 ('股长 | 甯晗舟 | 吃拿卡要 | 高'): the rows are the list's, no
    heading row of another table."""
    rows = [TITLE,
            ["岗位", "姓名", "风险点", "等级", "措施"],
            ["股长", "甯晗舟", "吃拿卡要", "高", "公开办事流程。"],
            ["科员", "麹若澜", "选择性检查", "中", "随机抽查。"],
            ["执法员", "郜杉远", "以罚代管", "高", "法制审核。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("股长", "甯晗舟", "吃拿卡要", "Ⅰ级"),
        ("科员", "麹若澜", "选择性检查", "Ⅱ级"),
        ("执法员", "郜杉远", "以罚代管", "Ⅰ级"),
    ])  # fmt: skip
    no_errors(got)
    assert not other_tables(got)
