"""A list with 科室 | 岗位 | 姓名 columns where a person whose duties are a colleague's has ONE
row saying so instead of points ('风险点、风险等级及防控措施同信贷员蔺骁珩', merged over the point,
its level and measures; '同蔺骁珩' in the point cell only; '参照柜员岗位'): the person holds a copy
of each of the named colleague's points, levels and measures, under his own 科室, post and name.
A name or post matching nobody leaves the row no point (a warning naming the cell).

Not the published batch's list (an 审计 centre's 一览表, 审计员 named after 同审计员, ``一级/二级/三级``
over three merged cells): a 农村信用社's 清单 (主任, 信贷员, 柜员, invented names), levels
``高/中/低``, one or two heading rows, the colleague named by name, by post and name, or by post
alone, above or below the row, written with xlsxwriter (tests/helpers.py) and read back as
``collect_inbox`` reads a file.
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
    write_workbook(inbox / "list.xlsx", {"清单": rows}, {"清单": merges})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got, severity: str) -> set[str]:
    i = got.issues
    return set(i[i["severity"] == severity]["code"])


HEAD = ["序号", "部门", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"]
LOANS = [
    ("贷前调查不实，默许借款人虚构用途", "高", "实行双人调查，调查报告交叉复核。"),
    ("利用放贷之机吃拿卡要", "中", "客户回访，公开监督电话。"),
]
CHIEF = ("贷款审批搞一言堂，违规发放大额贷款", "高", "贷审会集体审议。")
COUNTER = [("违规代客户办理业务，挪用客户资金", "高", "柜面业务双人复核，监控抽查。")]


def rows_with(reference: str, merged: bool = True, below: bool = False):
    """The 清单: 主任 鞠沐晗, 信贷员 蔺骁珩 (two points), 柜员 岑若澜 (one), and 信贷员 凤知远 saying
    ``reference`` (after 蔺骁珩's rows, or above them where ``below``)."""
    rows = [["XX农村信用合作社岗位廉政风险点及防控措施清单"], HEAD]
    rows.append([1, "社领导", "主任", "鞠沐晗", *CHIEF])
    lender = [[2 + i, "信贷部", "信贷员", "蔺骁珩", *p] for i, p in enumerate(LOANS)]
    said = reference if merged else None
    ref = [4, "信贷部", "信贷员", "凤知远", reference, said, said]
    rows += [ref, *lender] if below else [*lender, ref]
    rows.append([5, "营业部", "柜员", "岑若澜", *COUNTER[0]])
    rows.append(["注：风险等级分为高、中、低三级。"])
    return rows


MERGES = ["A1:G1", "A8:G8"]
OURS = {"POINTS_TAKEN_FROM_COLLEAGUE", "POINTS_COLLEAGUE_UNMATCHED"}
TAKEN = [
    ("信贷员", "凤知远", LOANS[0][0], "Ⅰ级"),
    ("信贷员", "凤知远", LOANS[1][0], "Ⅱ级"),
]
PLAIN = [
    ("主任", "鞠沐晗", CHIEF[0], "Ⅰ级"),
    ("信贷员", "蔺骁珩", LOANS[0][0], "Ⅰ级"),
    ("信贷员", "蔺骁珩", LOANS[1][0], "Ⅱ级"),
    ("柜员", "岑若澜", COUNTER[0][0], "Ⅰ级"),
]


def test_a_row_merged_over_three_cells_takes_over_the_named_colleagues_block(tmp_path):
    got = run(tmp_path, rows_with("风险点、风险等级及防控措施同信贷员蔺骁珩"), [*MERGES, "E6:G6"])
    assert read(got) == sorted(PLAIN + TAKEN)
    assert not codes(got, "error"), got.issues.to_dict("records")
    assert "POINTS_TAKEN_FROM_COLLEAGUE" in codes(got, "info")
    r = got.risks
    mine = r[r["person"] == "凤知远"]
    assert set(mine["department"]) == {"信贷部"}
    assert set(mine["measures"]) == {m for _p, _l, m in LOANS}
    c = got.counts()
    assert c["rows_seen"] == c["risks"] + c["rows_reported"], c


def test_only_the_point_cell_says_it_and_the_colleague_is_below(tmp_path):
    got = run(tmp_path, rows_with("同蔺骁珩", merged=False, below=True), MERGES)
    assert read(got) == sorted(PLAIN + TAKEN)
    assert not codes(got, "error"), got.issues.to_dict("records")
    assert "MEASURES_BLANK" not in codes(got, "warning")


def test_the_colleague_named_by_post_alone_under_two_heading_rows(tmp_path):
    rows = rows_with("参照柜员岗位执行", merged=False)
    rows[1:2] = [
        ["序号", "责任主体", None, None, "廉政风险点", "风险等级", "防控措施"],
        [None, "部门", "岗位", "姓名", None, None, None],
    ]
    merges = ["A1:G1", "A2:A3", "B2:D2", "E2:E3", "F2:F3", "G2:G3", "A9:G9"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([*PLAIN, ("信贷员", "凤知远", COUNTER[0][0], "Ⅰ级")])
    assert not codes(got, "error"), got.issues.to_dict("records")


def test_a_colleague_named_with_the_words_与_and_相同(tmp_path):
    got = run(tmp_path, rows_with("风险点及防控措施与信贷员蔺骁珩相同。"), [*MERGES, "E6:G6"])
    assert read(got) == sorted(PLAIN + TAKEN)


def test_a_name_matching_nobody_is_a_warning_and_no_point(tmp_path):
    got = run(tmp_path, rows_with("风险点、风险等级及防控措施同信贷员蔺晓衡"), [*MERGES, "E6:G6"])
    assert read(got) == sorted(PLAIN)
    assert "POINTS_COLLEAGUE_UNMATCHED" in codes(got, "warning")
    assert not codes(got, "error"), got.issues.to_dict("records")
    c = got.counts()
    assert c["rows_seen"] == c["risks"] + c["rows_reported"], c


def test_a_point_that_mentions_a_sameness_stays_a_point(tmp_path):
    point = "与服务对象相同利益关系人员办理业务未回避"
    rows = rows_with(point, merged=False)
    rows[5][5:7] = ["低", "执行回避制度。"]
    got = run(tmp_path, rows, MERGES)
    assert read(got) == sorted([*PLAIN, ("信贷员", "凤知远", point, "Ⅲ级")])
    assert not OURS & set(got.issues["code"])


def test_a_remark_saying_同_someone_is_not_read(tmp_path):
    rows = rows_with("岗位调整后未及时交接贷款档案", merged=False)
    rows[5][5:7] = ["中", "离岗交接清单经主任签字。"]
    rows[1] = [*HEAD, "备注"]
    for r in rows[2:7]:
        r.append(None)
    rows[5][7] = "同蔺骁珩"
    got = run(tmp_path, rows, ["A1:H1", "A8:H8"])
    assert read(got) == sorted([*PLAIN, ("信贷员", "凤知远", rows[5][4], "Ⅱ级")])
    assert not OURS & set(got.issues["code"])


# (the ninety-fifth review: a 市场监督管理局's 一览表 heading, 科室 | 岗位 | 责任人)
T95 = ["XX县市场监督管理局岗位廉政风险点一览表"]
H95 = ["序号", "科室", "岗位", "责任人", "风险点", "风险等级", "防控措施"]
SAID = "风险点、风险等级及防控措施同"
LENDER95 = [
    [2, "信贷部", "信贷员", "蔺骁珩", "贷前调查不实", "高", "双人调查"],
    [3, "信贷部", "信贷员", "蔺骁珩", "吃拿卡要", "中", "客户回访"],
]
CHIEF95 = [1, "社领导", "主任", "鞠沐晗", "贷款审批一言堂", "高", "集体审议"]


def test_what_the_ninety_fifth_review_found_a_colleague_who_himself_copies_another(tmp_path):
    """岑若澜's row names 凤知远, whose own row names 蔺骁珩: the chain is followed down to 蔺骁珩's
    points, in either row order; two rows naming each other are a warning each, no point."""
    fan = [4, "信贷部", "信贷员", "凤知远", SAID + "信贷员蔺骁珩", None, None]
    cen = [5, "营业部", "柜员", "岑若澜", SAID + "信贷员凤知远", None, None]
    want = [("主任", "鞠沐晗", "贷款审批一言堂", "Ⅰ级")] + [
        (post, who, point, level)
        for post, who in (("信贷员", "蔺骁珩"), ("信贷员", "凤知远"), ("柜员", "岑若澜"))
        for point, level in (("贷前调查不实", "Ⅰ级"), ("吃拿卡要", "Ⅱ级"))
    ]
    got = run(
        tmp_path / "down", [T95, H95, CHIEF95, *LENDER95, fan, cen], ["A1:G1", "E6:G6", "E7:G7"]
    )
    assert read(got) == sorted(want)
    assert "POINTS_COLLEAGUE_UNMATCHED" not in set(got.issues["code"])
    i = got.issues
    assert sorted(i[i["code"] == "POINTS_TAKEN_FROM_COLLEAGUE"]["cell"]) == ["E6", "E7"]
    c = got.counts()
    assert c["rows_seen"] == c["risks"] + c["rows_reported"], c
    got = run(
        tmp_path / "up", [T95, H95, CHIEF95, cen, fan, *LENDER95], ["A1:G1", "E4:G4", "E5:G5"]
    )
    assert read(got) == sorted(want)
    assert not OURS - {"POINTS_TAKEN_FROM_COLLEAGUE"} & set(got.issues["code"])
    # round: 凤知远 → 岑若澜 → 凤知远
    fan = [4, "信贷部", "信贷员", "凤知远", SAID + "柜员岑若澜", None, None]
    got = run(tmp_path / "round", [T95, H95, CHIEF95, fan, cen], ["A1:G1", "E4:G4", "E5:G5"])
    assert read(got) == [("主任", "鞠沐晗", "贷款审批一言堂", "Ⅰ级")]
    i = got.issues
    mine = i[i["code"] == "POINTS_COLLEAGUE_CIRCULAR"]
    assert sorted(mine["cell"]) == ["E4", "E5"] and set(mine["severity"]) == {"warning"}
    assert "POINTS_COLLEAGUE_UNMATCHED" not in set(i["code"])
    assert not any("没有与" in m for m in i["message"])
    c = got.counts()
    assert c["rows_seen"] == c["risks"] + c["rows_reported"], c


def test_what_the_ninety_fifth_review_found_a_post_column_of_one_value_all_down(tmp_path):
    """Every row's 岗位 is 信贷员 (a post, since '信贷员' stopped passing for a name: before, the
    column was read as no posts): '同信贷员蔺骁珩' still names 蔺骁珩, the post found in his row's
    cells; a post his row does not hold, or a name nobody has, leaves the row no point, with a
    warning naming its cell."""
    fan = [4, "信贷部", "信贷员", "凤知远", SAID + "信贷员蔺骁珩", None, None]
    got = run(tmp_path / "post", [T95, H95, *LENDER95, fan], ["A1:G1", "E5:G5"])
    assert read(got) == sorted(
        (post, who, point, level)
        for post, who in (("信贷员", "蔺骁珩"), ("信贷员", "凤知远"))
        for point, level in (("贷前调查不实", "Ⅰ级"), ("吃拿卡要", "Ⅱ级"))
    )
    assert "POINTS_TAKEN_FROM_COLLEAGUE" in codes(got, "info")
    assert "POINTS_COLLEAGUE_UNMATCHED" not in set(got.issues["code"])
    mine = got.risks[got.risks["person"] == "凤知远"]
    assert set(mine["department"]) == {"信贷部"}
    for named in ("柜员蔺骁珩", "信贷员蔺晓衡"):
        fan = [4, "信贷部", "信贷员", "凤知远", SAID + named, None, None]
        got = run(tmp_path / named, [T95, H95, *LENDER95, fan], ["A1:G1", "E5:G5"])
        assert read(got) == [
            ("信贷员", "蔺骁珩", "吃拿卡要", "Ⅱ级"),
            ("信贷员", "蔺骁珩", "贷前调查不实", "Ⅰ级"),
        ]
        i = got.issues
        warned = i[i["code"] == "POINTS_COLLEAGUE_UNMATCHED"]
        assert warned["cell"].tolist() == ["E5"] and set(warned["severity"]) == {"warning"}
        assert "请写明所指同事的岗位和姓名" in warned["message"].iloc[0]
        c = got.counts()
        assert c["rows_seen"] == c["risks"] + c["rows_reported"], c
