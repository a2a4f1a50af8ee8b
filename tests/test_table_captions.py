"""Small tables stacked down one sheet, each with its own heading row (``序号 | 风险点 | 风险等级 |
防控措施``), the holder of each written only in a numbered caption line of its own, Word's 题注
('表1　局长　欧阳澈　岗位廉政风险点', '附表2　基金监管股　股长　…', '表2-3　…'): under each table
(the first table with no line over it, the last line with no table under it) the caption names
the rows above it; over each table, the rows under it. A table with no caption reads as before;
one caption alone, captions naming a matter ('表1　资金管理类风险点') or a '表N' line over rows of
the same table (no heading after it) are no such captions.

Not the published batch's sheet (a 长城景区管理处 with 主任/副主任/票务科科长/保护利用科文保员, four
tables, ``高/中/低``, captions merged across under each table and a blank row after): a county's
医疗保障局, other posts and names, ``一级/二级/三级`` and ``★★★/★★/★``, captions unmerged or with
no blank rows, ``附表N`` and ``表2-N`` numbers, a type column, a table with no caption, and
captions over their tables, written with xlsxwriter (tests/helpers.py) and read back as
``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

G = "\u3000"
M = "集体研究，结果公示。"
TYPED = "岗位职责风险"  # (the type column's '岗位职责' as read)
HEAD = ["序号", "风险点", "风险等级", "防控措施"]
TITLE = "XX县医疗保障局岗位廉政风险点"


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str]):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {"风险点": rows}, {"风险点": merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str, str]]:
    r = got.risks
    return sorted(
        zip(r["department"], r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True)
    )


def errors(got) -> set[str]:
    return {c for c in got.issues["code"] if CATALOGUE[c][0] == "error"}


def stacked(tables, below=True, merge=True, blank=True, head=HEAD):
    """A title, then each (caption, rows) a small table, its caption under it (or over it)."""
    width = len(head)
    last = chr(ord("A") + width - 1)
    rows: list[list] = [[TITLE], [None]]
    merges = [f"A1:{last}1"]

    def caption(text):
        rows.append([text])
        if merge:
            merges.append(f"A{len(rows)}:{last}{len(rows)}")

    for cap, points in tables:
        if cap and not below:
            caption(cap)
        rows.append(list(head))
        rows.extend([i, *p] for i, p in enumerate(points, 1))
        if cap and below:
            caption(cap)
        if blank:
            rows.append([None])
    return rows, merges


CHIEF = [("医保基金支出审批个人说了算", "一级", M), ("定点医药机构准入打招呼", "二级", M)]
DEPUTY = [("稽核检查通风报信", "一级", M)]
AUDIT = [("违规结算线索不移交", "二级", M), ("飞行检查走过场", "三级", M)]

READ = sorted([
    ("", "局长", "欧阳澈", "医保基金支出审批个人说了算", "Ⅰ级"),
    ("", "局长", "欧阳澈", "定点医药机构准入打招呼", "Ⅱ级"),
    ("", "副局长", "司马岚", "稽核检查通风报信", "Ⅰ级"),
    ("基金监管股", "股长", "令狐霖", "违规结算线索不移交", "Ⅱ级"),
    ("基金监管股", "股长", "令狐霖", "飞行检查走过场", "Ⅲ级"),
])  # fmt: skip


def test_captions_under_each_table_name_the_rows_above_them(tmp_path):
    rows, merges = stacked([
        (f"表1{G}局长{G}欧阳澈{G}岗位廉政风险点", CHIEF),
        (f"表2{G}副局长{G}司马岚{G}岗位廉政风险点", DEPUTY),
        (f"表3{G}基金监管股股长{G}令狐霖{G}岗位廉政风险点", AUDIT),
    ])  # fmt: skip
    got = run(tmp_path, rows, merges)
    assert read(got) == READ
    said = got.issues[got.issues["code"] == "HOLDER_BY_TABLE_CAPTION"]
    assert list(said["cell"]) == ["A6"] and list(said["value"]) == ["3"]
    assert "下方" in said["message"].iloc[0]
    assert len(got.posts) == 3
    assert not errors(got)
    assert "HOLDER_BY_TABLE_CAPTION" in SHORT


def test_unmerged_appendix_captions_with_no_blank_rows_and_a_type_column(tmp_path):
    # '附表N', 科室 and post in parts of their own, stars for levels, a 风险类型 column
    stars = {"一级": "★★★", "二级": "★★", "三级": "★"}
    head = ["序号", "风险点", "风险类型", "风险等级", "防控措施"]

    def typed(points):
        return [(p, "岗位职责", stars[lv], m) for p, lv, m in points]

    rows, merges = stacked([
        ("附表1 局长 欧阳澈", typed(CHIEF)),
        ("附表2 副局长 司马岚", typed(DEPUTY)),
        ("附表3 基金监管股 股长 令狐霖", typed(AUDIT)),
    ], merge=False, blank=False, head=head)  # fmt: skip
    got = run(tmp_path, rows, merges)
    assert read(got) == READ
    assert set(got.risks["risk_type"]) == {TYPED}
    assert list(got.issues[got.issues["code"] == "HOLDER_BY_TABLE_CAPTION"]["cell"]) == ["A6"]
    assert not errors(got)


def test_sub_numbered_captions_and_a_table_with_none_read_as_before(tmp_path):
    # '表2-1 …' under each table but the second: its rows keep no holder, as before
    rows, merges = stacked([
        (f"表2-1{G}局长{G}欧阳澈", CHIEF),
        ("", DEPUTY),
        (f"表2-3{G}基金监管股股长{G}令狐霖{G}廉政风险点", AUDIT),
    ])  # fmt: skip
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([x if x[1] != "副局长" else ("", "", "", *x[3:]) for x in READ])
    assert list(got.issues[got.issues["code"] == "HOLDER_BY_TABLE_CAPTION"]["value"]) == ["2"]
    assert not errors(got)


def test_captions_over_each_table_name_the_rows_under_them(tmp_path):
    rows, merges = stacked([
        (f"表1{G}局长{G}欧阳澈{G}岗位廉政风险点", CHIEF),
        (f"表2{G}副局长{G}司马岚{G}岗位廉政风险点", DEPUTY),
        (f"表3{G}基金监管股股长{G}令狐霖{G}岗位廉政风险点", AUDIT),
    ], below=False, blank=False)  # fmt: skip
    got = run(tmp_path, rows, merges)
    assert read(got) == READ
    said = got.issues[got.issues["code"] == "HOLDER_BY_TABLE_CAPTION"]
    assert list(said["cell"]) == ["A3"] and "上方" in said["message"].iloc[0]
    assert not errors(got)


NOBODY = sorted(("", "", "", p, lv) for p, lv in [
    ("医保基金支出审批个人说了算", "Ⅰ级"), ("定点医药机构准入打招呼", "Ⅱ级"),
    ("稽核检查通风报信", "Ⅰ级"), ("违规结算线索不移交", "Ⅱ级"), ("飞行检查走过场", "Ⅲ级"),
])  # fmt: skip


def test_one_caption_alone_names_no_holder(tmp_path):
    rows, merges = stacked([(f"表1{G}局长{G}欧阳澈{G}岗位廉政风险点", CHIEF + DEPUTY + AUDIT)])
    got = run(tmp_path, rows, merges)
    assert read(got) == NOBODY
    assert "HOLDER_BY_TABLE_CAPTION" not in set(got.issues["code"])


def test_captions_naming_matters_name_no_holder(tmp_path):
    rows, merges = stacked([
        (f"表1{G}基金支出类风险点", CHIEF),
        (f"表2{G}稽核检查类风险点", DEPUTY),
        (f"表3{G}结算管理类风险点", AUDIT),
    ])  # fmt: skip
    got = run(tmp_path, rows, merges)
    assert read(got) == NOBODY
    assert "HOLDER_BY_TABLE_CAPTION" not in set(got.issues["code"])


def test_numbered_lines_over_rows_of_one_table_stay_its_group_rows(tmp_path):
    # '表1　局长　…' and '表2　副局长　…' inside ONE table, no heading after either: group rows
    # over the rows under them, as before (their '表N' kept in the post)
    rows = [[TITLE], HEAD,
            [f"表1{G}局长{G}欧阳澈"], [1, *CHIEF[0]], [2, *CHIEF[1]],
            [f"表2{G}副局长{G}司马岚"], [3, *DEPUTY[0]]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1", "A3:D3", "A6:D6"])
    assert read(got) == sorted([
        ("", "表1局长", "欧阳澈", "医保基金支出审批个人说了算", "Ⅰ级"),
        ("", "表1局长", "欧阳澈", "定点医药机构准入打招呼", "Ⅱ级"),
        ("", "表2副局长", "司马岚", "稽核检查通风报信", "Ⅰ级"),
    ])  # fmt: skip
    assert "HOLDER_BY_TABLE_CAPTION" not in set(got.issues["code"])


H2 = ["序号", "岗位", "责任人", "风险点", "风险等级", "防控措施"]


def _issues(got, code: str) -> list[dict]:
    return [x for x in got.issues.to_dict("records") if x["code"] == code]


def test_what_the_hundred_and_fourteenth_review_found_captions_over_own_holder_columns(tmp_path):
    # tables with their own 岗位 and 责任人 columns keep their holders: a caption naming others
    # gives nothing (its 科室 neither) and is warned at its cell, naming both
    rows = [[TITLE], [None], H2, [1, "局长", "欧阳澈", "审批个人说了算", "一级", M],
            [f"表1{G}办公室{G}科员{G}赵六"], [None],
            H2, [1, "稽核员", "王五", "稽核通风报信", "一级", M],
            [f"表2{G}财务股{G}会计{G}钱七"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == [
        ("", "局长", "欧阳澈", "审批个人说了算", "Ⅰ级"),
        ("", "稽核员", "王五", "稽核通风报信", "Ⅰ级"),
    ]
    warned = _issues(got, "HOLDER_CAPTION_DIFFERS")
    assert [x["cell"] for x in warned] == ["A5", "A9"]
    assert "科员" in warned[0]["message"] and "欧阳澈" in warned[0]["message"]
    assert not _issues(got, "HOLDER_BY_TABLE_CAPTION")
    assert CATALOGUE["HOLDER_CAPTION_DIFFERS"][0] == "warning"
    assert "HOLDER_CAPTION_DIFFERS" in SHORT
    assert not errors(got)


def test_what_the_hundred_and_fourteenth_review_found_captions_agreeing_give_their_ke_shi(
    tmp_path,
):
    # the caption names the rows' own post and holder: its 科室 is taken, nothing warned
    rows = [[TITLE], [None], H2, [1, "股长", "欧阳澈", "审批个人说了算", "一级", M],
            [f"表1{G}基金监管股{G}股长{G}欧阳澈"], [None],
            H2, [1, "稽核员", "王五", "稽核通风报信", "一级", M],
            [f"表2{G}稽核股{G}稽核员{G}王五"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:F1"])
    assert read(got) == [
        ("基金监管股", "股长", "欧阳澈", "审批个人说了算", "Ⅰ级"),
        ("稽核股", "稽核员", "王五", "稽核通风报信", "Ⅰ级"),
    ]
    assert not _issues(got, "HOLDER_CAPTION_DIFFERS")
    assert not errors(got)


def test_what_the_hundred_and_fourteenth_review_found_chinese_numbered_captions(tmp_path):
    # '表一　局长　欧阳澈', '表二　…': read as 表1, 表2 (no '表一局长' glued into a post)
    rows = [[TITLE], [None], HEAD, [1, "医保基金支出审批个人说了算", "一级", M],
            [2, "定点机构准入打招呼", "二级", M], [f"表一{G}局长{G}欧阳澈"], [None],
            HEAD, [1, "稽核检查通风报信", "一级", M], [f"表二{G}副局长{G}李四"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1"])
    assert read(got) == [
        ("", "副局长", "李四", "稽核检查通风报信", "Ⅰ级"),
        ("", "局长", "欧阳澈", "医保基金支出审批个人说了算", "Ⅰ级"),
        ("", "局长", "欧阳澈", "定点机构准入打招呼", "Ⅱ级"),
    ]
    assert _issues(got, "HOLDER_BY_TABLE_CAPTION")
    assert not errors(got)


def test_what_the_hundred_and_fourteenth_review_found_colon_captions_run_together(tmp_path):
    # '表1：局长欧阳澈岗位廉政风险点': a colon after the number, the post typed onto the name
    rows = [[TITLE], [None], HEAD, [1, "医保基金支出审批个人说了算", "一级", M],
            [2, "定点机构准入打招呼", "二级", M], ["表1：局长欧阳澈岗位廉政风险点"], [None],
            HEAD, [1, "稽核检查通风报信", "一级", M], ["表2：副局长李四岗位廉政风险点"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1"])
    assert read(got) == [
        ("", "副局长", "李四", "稽核检查通风报信", "Ⅰ级"),
        ("", "局长", "欧阳澈", "医保基金支出审批个人说了算", "Ⅰ级"),
        ("", "局长", "欧阳澈", "定点机构准入打招呼", "Ⅱ级"),
    ]
    assert _issues(got, "HOLDER_BY_TABLE_CAPTION")
    assert not errors(got)
