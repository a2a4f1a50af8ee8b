"""An organisation chart drawn in cells above a list that names no holder: boxes of a post and
its holder ('场长⏎仉澍岚'), the leaders' boxes on top with no 科室 over them, a row of connectors
('┬', '↓'), a row of 股室 boxes and each 股室's staff boxes stacked under its box. The chart is
the roster: each list row's holder is the box of its post under its 股室's box (the leaders'
boxes for the leaders' rows); a post a 股室 names twice stays post-only, said.

Not the published batch's chart (a 县供销合作社联合社 with 理事会主任 …, 科室 boxes under '│' and
科长 under three 科室, 一级/二级/三级): a 国有林场 with 场长/副场长, 股室 (营林股, 护林股, 财务股)
under '┬' or '↓' rows, 股长 under two 股室, 高/中/低 words or ticks under '高 | 中 | 低', one or two
heading rows, an extra 备注 column, a 股室 box merged over two columns, a chart with no 股室 row;
names invented (the surnames 仉, 亓, 禚), written with xlsxwriter (tests/helpers.py) and read back
as ``collect_inbox`` reads a file.
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
    write_workbook(inbox / "linchang.xlsx", {"清单": rows}, {"清单": merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


TITLE = "XX县国有林场岗位廉政风险防控清单"
POINTS = [
    ("场领导", "场长", "林木采伐指标分配不公，优亲厚友", "高"),
    ("场领导", "副场长", "造林工程验收把关不严", "中"),
    ("营林股", "股长", "苗木采购未比价，收受回扣", "高"),
    ("营林股", "技术员", "抚育作业面积核查不实", "低"),
    ("护林股", "股长", "森林防火补助发放不按标准", "中"),
    ("护林股", "护林员", "巡护记录弄虚作假", "低"),
    ("财务股", "出纳", "现金收付不及时入账", "中"),
]
MEASURES = "集体研究，全程留痕，纪检监督。"


def chart_rows(link: str) -> list[list]:
    """The chart over columns B–D: the leaders, the connectors, the 股室, their staff."""
    return [
        [TITLE],
        ["一、林场组织架构图"],
        [None, "场长\n仉澍岚", "副场长\n亓沅芷"],
        [None, link, link, link],
        [None, "营林股", "护林股", "财务股"],
        [None, "股长\n禚霁川", "股长\n仉昱衡", "出纳\n亓若岚"],
        [None, "技术员\n禚芷汀", "护林员\n亓翰墨"],
        [],
    ]


def test_boxes_above_a_list_name_its_holders_by_gushi_and_post(tmp_path):
    rows = chart_rows("┬")
    rows.append(["二、风险点清单"])
    rows.append(["序号", "股室", "岗位", "廉政风险点", "风险等级", "防控措施"])
    for n, (dept, post, point, lv) in enumerate(POINTS, 1):
        rows.append([n, dept, post, point, lv, MEASURES])
    rows.append(["注：责任人见上方组织架构图。"])
    got = run(tmp_path, rows, ["A1:F1", "A2:F2", "A9:F9", f"A{len(rows)}:F{len(rows)}"])
    assert read(got) == sorted([
        ("场长", "仉澍岚", "林木采伐指标分配不公，优亲厚友", "Ⅰ级"),
        ("副场长", "亓沅芷", "造林工程验收把关不严", "Ⅱ级"),
        ("股长", "禚霁川", "苗木采购未比价，收受回扣", "Ⅰ级"),
        ("技术员", "禚芷汀", "抚育作业面积核查不实", "Ⅲ级"),
        ("股长", "仉昱衡", "森林防火补助发放不按标准", "Ⅱ级"),
        ("护林员", "亓翰墨", "巡护记录弄虚作假", "Ⅲ级"),
        ("出纳", "亓若岚", "现金收付不及时入账", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "HOLDERS_BY_ORG_CHART" in codes(got)
    assert "ROW_UNPLACED" not in codes(got)  # (the chart's rows are the chart's, none dropped)


def test_two_heading_rows_ticks_an_extra_column_and_a_merged_gushi_box(tmp_path):
    """'↓' connectors, the 营林股 box merged over B:C with its two staff side by side under it,
    the levels ticked under '风险等级' over '高 | 中 | 低', and a 备注 column."""
    rows = [
        [TITLE],
        [None, "场长\n仉澍岚", None, "副场长\n亓沅芷"],
        [None, "↓", None, "↓"],
        [None, "营林股", None, "护林股"],
        [None, "股长\n禚霁川", "技术员\n禚芷汀", "股长\n仉昱衡"],
        [None, None, None, "护林员\n亓翰墨"],
        ["序号", "股室", "岗位", "廉政风险点", "风险等级", None, None, "防控措施", "备注"],
        [None, None, None, None, "高", "中", "低", None, None],
    ]
    marks = {"高": ["√", None, None], "中": [None, "√", None], "低": [None, None, "√"]}
    for n, (dept, post, point, lv) in enumerate(POINTS[:6], 1):
        rows.append([n, dept, post, point, *marks[lv], MEASURES, None])
    merges = ["A1:I1", "B4:C4", "A7:A8", "B7:B8", "C7:C8", "D7:D8", "E7:G7", "H7:H8", "I7:I8"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("场长", "仉澍岚", "林木采伐指标分配不公，优亲厚友", "Ⅰ级"),
        ("副场长", "亓沅芷", "造林工程验收把关不严", "Ⅱ级"),
        ("股长", "禚霁川", "苗木采购未比价，收受回扣", "Ⅰ级"),
        ("技术员", "禚芷汀", "抚育作业面积核查不实", "Ⅲ级"),
        ("股长", "仉昱衡", "森林防火补助发放不按标准", "Ⅱ级"),
        ("护林员", "亓翰墨", "巡护记录弄虚作假", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "ROW_UNPLACED" not in codes(got)


def test_a_chart_of_boxes_only_and_a_list_of_posts_only(tmp_path):
    """No 股室 row: the boxes name each post once, the list has no 股室 column."""
    rows = [
        [TITLE],
        [None, "场长\n仉澍岚", "副场长\n亓沅芷"],
        [None, "│", "│"],
        [None, "出纳\n亓若岚", "护林员\n亓翰墨", "技术员\n禚芷汀"],
        ["序号", "岗位", "廉政风险点", "风险等级", "防控措施"],
    ]
    keep = [p for p in POINTS if p[1] in ("场长", "副场长", "出纳", "护林员", "技术员")]
    for n, (_dept, post, point, lv) in enumerate(keep, 1):
        rows.append([n, post, point, f"{lv}风险", MEASURES])
    got = run(tmp_path, rows, ["A1:E1"])
    assert read(got) == sorted([
        ("场长", "仉澍岚", "林木采伐指标分配不公，优亲厚友", "Ⅰ级"),
        ("副场长", "亓沅芷", "造林工程验收把关不严", "Ⅱ级"),
        ("技术员", "禚芷汀", "抚育作业面积核查不实", "Ⅲ级"),
        ("护林员", "亓翰墨", "巡护记录弄虚作假", "Ⅲ级"),
        ("出纳", "亓若岚", "现金收付不及时入账", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)


def test_a_post_a_gushi_names_twice_stays_post_only_said(tmp_path):
    rows = chart_rows("—")
    rows[6] = [None, "技术员\n禚芷汀", "股长\n亓翰墨"]  # (护林股 has two 股长)
    rows.append(["序号", "股室", "岗位", "廉政风险点", "风险等级", "防控措施"])
    for n, (dept, post, point, lv) in enumerate(POINTS[:5], 1):
        rows.append([n, dept, post, point, lv, MEASURES])
    got = run(tmp_path, rows, ["A1:F1", "A2:F2"])
    got_rows = read(got)
    assert ("股长", "", "森林防火补助发放不按标准", "Ⅱ级") in got_rows
    assert ("股长", "禚霁川", "苗木采购未比价，收受回扣", "Ⅰ级") in got_rows
    assert ("场长", "仉澍岚", "林木采伐指标分配不公，优亲厚友", "Ⅰ级") in got_rows
    assert "ROSTER_POST_SEVERAL_HOLDERS" in codes(got)
    no_errors(got)


# --------------------------------------------------------------------------- as before


def test_a_list_with_its_own_name_column_keeps_its_names(tmp_path):
    """A chart above a list WITH a 姓名 column: the column names the holders, as before."""
    rows = chart_rows("┬")
    rows.append(["序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"])
    people = ["甘雨澄", "甘若溪", "甘望舒", "甘听澜", "甘知远", "甘清和", "甘念慈"]
    for n, ((dept, post, point, lv), who) in enumerate(zip(POINTS, people, strict=True), 1):
        rows.append([n, dept, post, who, point, lv, MEASURES])
    got = run(tmp_path, rows, ["A1:G1", "A2:G2"])
    assert read(got) == sorted(
        (post, who, point, f"{'ⅠⅡⅢ'['高中低'.index(lv)]}级")
        for (_dept, post, point, lv), who in zip(POINTS, people, strict=True)
    )
    assert "HOLDERS_BY_ORG_CHART" not in codes(got)
    no_errors(got)


def test_one_row_of_signature_boxes_is_no_chart(tmp_path):
    """'负责人⏎仉澍岚 | 分管领导⏎亓沅芷' on one line above a post-only list: no chart (a chart spreads
    down too), the list's posts stay post-only as before."""
    rows = [
        [TITLE],
        [None, "场长\n仉澍岚", "副场长\n亓沅芷", "出纳\n亓若岚"],
        ["序号", "股室", "岗位", "廉政风险点", "风险等级", "防控措施"],
    ]
    for n, (dept, post, point, lv) in enumerate(POINTS[4:], 1):
        rows.append([n, dept, post, point, lv, MEASURES])
    got = run(tmp_path, rows, ["A1:F1"])
    assert "HOLDERS_BY_ORG_CHART" not in codes(got)
    assert {t for t, _p, _x, _l in read(got)} == {"股长", "护林员", "出纳"}
    no_errors(got)


def _with_list(chart: list[list]) -> tuple[list[list], list[str]]:
    rows = [list(r) for r in chart]
    rows.append(["二、风险点清单"])
    rows.append(["序号", "股室", "岗位", "廉政风险点", "风险等级", "防控措施"])
    for n, (dept, post, point, lv) in enumerate(POINTS, 1):
        rows.append([n, dept, post, point, lv, MEASURES])
    return rows, ["A1:F1", "A2:F2", "A9:F9"]


WANT_ALL = sorted([
    ("场长", "仉澍岚", "林木采伐指标分配不公，优亲厚友", "Ⅰ级"),
    ("副场长", "亓沅芷", "造林工程验收把关不严", "Ⅱ级"),
    ("股长", "禚霁川", "苗木采购未比价，收受回扣", "Ⅰ级"),
    ("技术员", "禚芷汀", "抚育作业面积核查不实", "Ⅲ级"),
    ("股长", "仉昱衡", "森林防火补助发放不按标准", "Ⅱ级"),
    ("护林员", "亓翰墨", "巡护记录弄虚作假", "Ⅲ级"),
    ("出纳", "亓若岚", "现金收付不及时入账", "Ⅱ级"),
])  # fmt: skip


def test_what_the_hundred_and_twenty_first_review_found_headcounts_and_names_first(tmp_path):
    # (8) a 科室 box with its headcount on a second line ('营林股⏎（2人）') is the 科室 over its
    # column: each 股长 his own, no ROSTER_POST_SEVERAL_HOLDERS
    chart = chart_rows("┬")
    chart[4] = [None, "营林股\n（2人）", "护林股\n（2人）", "财务股\n（1人）"]
    rows, merges = _with_list(chart)
    got = run(tmp_path / "a", rows, merges)
    assert read(got) == WANT_ALL
    no_errors(got)
    assert "HOLDERS_BY_ORG_CHART" in codes(got)
    assert not {"ROSTER_POST_SEVERAL_HOLDERS", "ROW_UNPLACED"} & codes(got)
    # boxes written name first ('仉澍岚⏎场长'): read as post and name all the same
    chart = chart_rows("┬")
    for r in (2, 5, 6):
        chart[r] = [v if not v or "\n" not in v else "\n".join(v.split("\n")[::-1])
                    for v in chart[r]]  # fmt: skip
    rows, merges = _with_list(chart)
    got = run(tmp_path / "b", rows, merges)
    assert read(got) == WANT_ALL
    no_errors(got)
    assert "HOLDERS_BY_ORG_CHART" in codes(got)
    assert "ROW_UNPLACED" not in codes(got)
