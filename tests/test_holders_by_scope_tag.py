"""A list whose holder cell names a post's holders one a line, each after the scope he covers
('东片：某某⏎西片：某某', '本部　某某⏎南校区　某某'), merged down over the post's rows, and a
column of each row's scope ('片区 | 东片', '校区 | 本部、南校区', '年级 | 各年级') choosing which
of them holds the row's point: one, several, or all of the cell's.

Not the published batch's table (a 县教学研究室's 防控台账, 教研员 posts, 小学/初中/高中 tags
with a full-width space, 一级/二级/三级): here a 县市场监督管理局's 所, a 中学's 校区 and a 中学's
年级组, other posts and names, 片区/校区/年级 tags (with '：' or a space), 高/中/低, ★★★/★★/★ and
Ⅰ级/Ⅱ级, a 风险类型 column, two heading rows, three holders in one cell, written with xlsxwriter
(tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str], sheet: str = "台账"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def errors(got) -> set[str]:
    i = got.issues
    return set(i[i["severity"] == "error"]["code"])


def test_districts_tagged_with_colons_and_a_type_column(tmp_path):
    # '片区' (headed as a scope, read as a 科室 before): '东片：…⏎西片：…', '东片和西片' both,
    # '全部' all of the cell's; the 所长's plain holder his rows
    rows = [["XX县市场监督管理局城关市场监管所廉政风险防控台账"],
            ["序号", "岗位", "责任人", "片区", "风险点", "风险类型", "等级", "防控措施"],
            [1, "所长", "滕望舒", "全部", "行政处罚案件定性随意", "制度机制", "高", "集体讨论"],
            [2, None, None, "全部", "案件线索压案不查", "岗位职责", "中", "线索登记"],
            [3, "网格监管员", "东片：鞠晏清\n西片：詹若柳", "东片", "日常检查提前通风报信", "岗位职责", "高", "双随机"],
            [4, None, None, "西片", "对无证经营选择性执法", "思想道德", "中", "执法记录仪"],
            [5, None, None, "东片和西片", "接受商户宴请", "思想道德", "低", "廉政承诺"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:H1", "B3:B4", "C3:C4", "B5:B7", "C5:C7"])
    assert read(got) == sorted([
        ("所长", "滕望舒", "行政处罚案件定性随意", "Ⅰ级"),
        ("所长", "滕望舒", "案件线索压案不查", "Ⅱ级"),
        ("网格监管员", "鞠晏清", "日常检查提前通风报信", "Ⅰ级"),
        ("网格监管员", "詹若柳", "对无证经营选择性执法", "Ⅱ级"),
        ("网格监管员", "鞠晏清", "接受商户宴请", "Ⅲ级"),
        ("网格监管员", "詹若柳", "接受商户宴请", "Ⅲ级"),
    ])  # fmt: skip
    assert not {"东片", "西片", "全部"} & set(got.risks["department"])  # (the 片区 no 科室)
    said = got.issues[got.issues["code"] == "HOLDERS_BY_SCOPE_TAG"]
    assert list(said["cell"]) == ["C2"]
    assert not errors(got) and "SCOPE_TAG_UNMATCHED" not in codes(got)


def test_campuses_under_two_heading_rows_with_stars(tmp_path):
    # '岗位信息' over '岗位 | 责任人', '校区' over its own cells, ★★★/★★/★; the tags written
    # with a plain space; a post not merged (typed on each row), its holder cell merged
    rows = [["XX市第三中学岗位廉政风险排查表"],
            ["岗位信息", None, "校区", "廉政风险点", "风险等级", "防控措施"],
            ["岗位", "责任人", None, None, None, None],
            ["总务主任", "本部 樊砚秋\n南校区 阙星澜", "本部", "食堂大宗物资采购不比价", "★★★", "三方询价"],
            ["总务主任", None, "南校区", "维修工程量虚报", "★★", "验收签字"],
            ["总务主任", None, "本部、南校区", "固定资产处置不公开", "★", "公示"]]  # fmt: skip
    merges = ["A1:F1", "A2:B2", "C2:C3", "D2:D3", "E2:E3", "F2:F3", "B4:B6"]
    got = run(tmp_path, rows, merges, sheet="排查表")
    assert read(got) == sorted([
        ("总务主任", "樊砚秋", "食堂大宗物资采购不比价", "Ⅰ级"),
        ("总务主任", "阙星澜", "维修工程量虚报", "Ⅱ级"),
        ("总务主任", "樊砚秋", "固定资产处置不公开", "Ⅲ级"),
        ("总务主任", "阙星澜", "固定资产处置不公开", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_SCOPE_TAG" in codes(got)
    assert not errors(got)


def test_three_grades_one_cell_all_and_an_unmatched_tag(tmp_path):
    # three holders a cell ('七年级　…⏎八年级　…⏎九年级　…'), '各年级' all of them, '十年级'
    # none of them: the post with no holder and a warning at that cell
    rows = [["XX县第二中学年级组廉政风险防控一览表"],
            ["岗位", "责任人", "年级", "风险点", "等级"],
            ["年级组长", "七年级　仉沐晴\n八年级　郜清岚\n九年级　蔺远舟", "七年级、九年级", "评优评先暗箱操作", "Ⅰ级"],
            [None, None, "各年级", "违规收取资料费", "Ⅱ级"],
            [None, None, "八年级", "分班时收受家长礼品", "Ⅰ级"],
            [None, None, "十年级", "组织有偿补课", "Ⅱ级"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A3:A6", "B3:B6"])
    assert read(got) == sorted([
        ("年级组长", "仉沐晴", "评优评先暗箱操作", "Ⅰ级"),
        ("年级组长", "蔺远舟", "评优评先暗箱操作", "Ⅰ级"),
        ("年级组长", "仉沐晴", "违规收取资料费", "Ⅱ级"),
        ("年级组长", "郜清岚", "违规收取资料费", "Ⅱ级"),
        ("年级组长", "蔺远舟", "违规收取资料费", "Ⅱ级"),
        ("年级组长", "郜清岚", "分班时收受家长礼品", "Ⅰ级"),
        ("年级组长", "", "组织有偿补课", "Ⅱ级"),
    ])  # fmt: skip
    miss = got.issues[got.issues["code"] == "SCOPE_TAG_UNMATCHED"]
    assert list(miss["cell"]) == ["C6"] and "十年级" in miss["message"].iloc[0]
    assert not errors(got)


def test_several_plain_names_beside_a_district_column_share_every_row(tmp_path):
    # no tags: the merged cell's two names both hold each of the post's rows (as before)
    rows = [["XX县市场监督管理局城关市场监管所廉政风险防控台账"],
            ["序号", "岗位", "责任人", "片区", "风险点", "等级"],
            [1, "网格监管员", "鞠晏清\n詹若柳", "东片", "日常检查提前通风报信", "高"],
            [2, None, None, "西片", "对无证经营选择性执法", "中"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1", "B3:B4", "C3:C4"])
    assert read(got) == sorted([
        ("网格监管员", "鞠晏清", "日常检查提前通风报信", "Ⅰ级"),
        ("网格监管员", "鞠晏清", "对无证经营选择性执法", "Ⅱ级"),
        ("网格监管员", "詹若柳", "日常检查提前通风报信", "Ⅰ级"),
        ("网格监管员", "詹若柳", "对无证经营选择性执法", "Ⅱ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_SCOPE_TAG" not in codes(got)


def test_post_and_name_lines_and_a_scope_column_of_one_holder_each(tmp_path):
    # '站长　…⏎副站长　…' in a 责任人 column and no scope column: posts and names split (as
    # before); a 学段 column beside one plain holder a row: data of the row, no picking
    rows = [["XX县农业技术推广站廉政风险点一览表"],
            ["序号", "责任人", "风险点", "等级"],
            [1, "站长　闵若川\n副站长　宓晚晴", "良种补贴对象审核不严", "一级"],
            [2, None, "技术培训虚报人数", "二级"]]  # fmt: skip
    got = run(tmp_path / "posts", rows, ["A1:D1", "B3:B4"])
    assert "HOLDERS_BY_SCOPE_TAG" not in codes(got)
    before = read(got)
    assert ("站长", "闵若川", "良种补贴对象审核不严", "Ⅰ级") in before
    assert ("副站长", "宓晚晴", "技术培训虚报人数", "Ⅱ级") in before
    rows = [["XX县第二中学岗位廉政风险防控一览表"],
            ["岗位", "责任人", "学段", "风险点", "等级"],
            ["教务主任", "仉沐晴", "初中", "排课照顾关系户", "高"],
            ["教务主任", "郜清岚", "高中", "考试成绩录入不复核", "中"]]  # fmt: skip
    got = run(tmp_path / "plain", rows, ["A1:E1"])
    assert read(got) == sorted([
        ("教务主任", "仉沐晴", "排课照顾关系户", "Ⅰ级"),
        ("教务主任", "郜清岚", "考试成绩录入不复核", "Ⅱ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_SCOPE_TAG" not in codes(got)


GRID_HEAD = ["序号", "岗位", "责任人", "片区", "风险点", "风险等级", "防控措施"]
GRID_MERGES = ["A1:G1", "B3:B5", "C3:C5"]


def _grid(cell: str, scopes: list[str]) -> list[list]:
    points = [("日常检查提前通风报信", "高", "双随机"), ("对无证经营选择性执法", "中", "记录仪"),
              ("接受商户宴请", "低", "廉政承诺")]  # fmt: skip
    rows = [["XX县市场监督管理局城关所廉政风险防控台账"], GRID_HEAD]
    for k, (scope, (point, level, measure)) in enumerate(zip(scopes, points, strict=True)):
        rows.append([k + 1, "网格监管员" if not k else None, cell if not k else None, scope,
                     point, level, measure])  # fmt: skip
    return rows


def test_what_the_hundred_and_twenty_fourth_review_found_a_tag_holding_he_is_one_scope(tmp_path):
    """'和平片区' (a tag with 和) is one scope, not '和' between two; '东片和西片' still two."""
    got = run(tmp_path / "a", _grid("城东片区：鞠晏清\n和平片区：詹若柳", ["和平片区", "城东片区", "城东片区"]),
              GRID_MERGES)  # fmt: skip
    assert read(got) == sorted([
        ("网格监管员", "詹若柳", "日常检查提前通风报信", "Ⅰ级"),
        ("网格监管员", "鞠晏清", "对无证经营选择性执法", "Ⅱ级"),
        ("网格监管员", "鞠晏清", "接受商户宴请", "Ⅲ级"),
    ])  # fmt: skip
    assert "SCOPE_TAG_UNMATCHED" not in codes(got)
    got = run(tmp_path / "b", _grid("和平片区：鞠晏清\n胜利片区：詹若柳", ["和平片区", "胜利片区", "全部"]),
              GRID_MERGES)  # fmt: skip
    assert read(got) == sorted([
        ("网格监管员", "鞠晏清", "日常检查提前通风报信", "Ⅰ级"),
        ("网格监管员", "詹若柳", "对无证经营选择性执法", "Ⅱ级"),
        ("网格监管员", "鞠晏清", "接受商户宴请", "Ⅲ级"),
        ("网格监管员", "詹若柳", "接受商户宴请", "Ⅲ级"),
    ])  # fmt: skip
    assert "SCOPE_TAG_UNMATCHED" not in codes(got)
    got = run(tmp_path / "c", _grid("东片：鞠晏清\n西片：詹若柳", ["东片", "西片", "东片和西片"]),
              GRID_MERGES)  # fmt: skip
    assert ("网格监管员", "詹若柳", "接受商户宴请", "Ⅲ级") in read(got)
    assert ("网格监管员", "鞠晏清", "接受商户宴请", "Ⅲ级") in read(got)


def test_what_the_hundred_and_twenty_fourth_review_found_numbered_tags(tmp_path):
    """'1号片区：某某⏎2号片区：某某' (and with a full-width space): tags with a number read."""
    for k, cell in enumerate(
        ("1号片区：鞠晏清\n2号片区：詹若柳", "1号片区\u3000鞠晏清\n2号片区\u3000詹若柳")
    ):
        got = run(tmp_path / str(k), _grid(cell, ["1号片区", "2号片区", "1号片区、2号片区"]),
                  GRID_MERGES)  # fmt: skip
        assert read(got) == sorted([
            ("网格监管员", "鞠晏清", "日常检查提前通风报信", "Ⅰ级"),
            ("网格监管员", "詹若柳", "对无证经营选择性执法", "Ⅱ级"),
            ("网格监管员", "鞠晏清", "接受商户宴请", "Ⅲ级"),
            ("网格监管员", "詹若柳", "接受商户宴请", "Ⅲ级"),
        ]), cell  # fmt: skip
        assert "HOLDERS_BY_SCOPE_TAG" in codes(got)
        assert "COLUMN_GUESSED" not in codes(got)


def test_what_the_hundred_and_twenty_fourth_review_found_one_tagged_line_a_row(tmp_path):
    """Unmerged one-line cells '本部　某某' beside a 校区 column naming the tag: the name alone."""
    rows = [["XX县第一中学廉政风险防控台账"],
            ["序号", "岗位", "责任人", "校区", "风险点", "风险等级", "防控措施"],
            [1, "总务主任", "本部\u3000樊砚秋", "本部", "食堂采购不比价", "高", "询价"],
            [2, "总务主任", "南校区\u3000阙星澜", "南校区", "维修虚报", "中", "验收"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1"])
    assert read(got) == sorted([
        ("总务主任", "樊砚秋", "食堂采购不比价", "Ⅰ级"),
        ("总务主任", "阙星澜", "维修虚报", "Ⅱ级"),
    ])  # fmt: skip
    assert not errors(got)


def test_what_the_hundred_and_twenty_fourth_review_found_tags_no_column_names(tmp_path):
    """'高一　某某⏎高二　某某' beside a 学科 column (语文/数学, not the tags): not the rule, but the
    lines are still tag-and-name: each line a holder (tag dropped, never glued), warned at the cell."""
    rows = [["XX县第一中学廉政风险防控台账"],
            ["序号", "岗位", "责任人", "学科", "风险点", "风险等级", "防控措施"],
            [1, "教研组长", "高一\u3000樊砚秋\n高二\u3000阙星澜", "语文", "教辅征订回扣", "高", "集体"],
            [2, None, None, "数学", "评优不公", "中", "公示"],
            [3, None, None, "英语", "有偿补课", "低", "承诺"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "B3:B5", "C3:C5"])
    assert read(got) == sorted(
        ("教研组长", who, p, lv)
        for who in ("樊砚秋", "阙星澜")
        for p, lv in (("教辅征订回扣", "Ⅰ级"), ("评优不公", "Ⅱ级"), ("有偿补课", "Ⅲ级"))
    )
    issues = got.issues
    assert ("HOLDER_TAGS_DROPPED", "C3") in set(zip(issues["code"], issues["cell"], strict=True))
    assert "HOLDERS_BY_SCOPE_TAG" not in codes(got)
    assert not errors(got)
