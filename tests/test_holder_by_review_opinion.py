"""A list returned from review with the reviewer's opinion on each row in a column of its own,
most rows agreeing ('无异议', '同意') and some HANDING the row's point to another holder
('责任人应调整为…', '改由…承担', '划归…负责') while the 责任人 cells still name the first: each such
row is the point of the holder named (one of the list's where it names him, else as written),
said once (info ``HOLDER_BY_REVIEW_OPINION``); an opinion naming no one the reader can split is
warned at its cell and the row kept.

Not the published batch's list (a county's 文化体育广播电视和旅游局 with 股室/岗位/责任人, 一级/二级/三级
and '派驻纪检监察组审核意见'): a 县水利局 with 科室/职务/姓名 or one '岗位及责任人' cell, levels
高/中/低 or 'Ⅰ级…', the opinion headed '复核意见' or '局纪检组审核意见', one or two heading rows,
written with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {"清单": rows}, {"清单": merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


P1 = "河道采砂许可审批中违规审批"
P2 = "水利工程招投标中泄露标底"
P3 = "水资源费征收中擅自减免"
P4 = "防汛物资采购验收把关不严"
P5 = "水土保持补偿费核定不公"
P6 = "农田水利项目资金拨付不及时"


def _one_head(opinions: list[str], head: str = "复核意见") -> tuple[list[list], list[str]]:
    """科室 | 职务 | 姓名 | 风险点 | 风险等级 | 防控措施 | <opinion>, 职务/姓名 merged per person."""
    rows = [
        ["县水利局廉政风险点清单（复核稿）"],
        ["序号", "科室", "职务", "姓名", "风险点", "风险等级", "防控措施", head],
        [1, "局领导", "局长", "芮沅澈", P1, "高", "许可审批集体研究，结果公示。", opinions[0]],
        [2, "局领导", "局长", "芮沅澈", P2, "高", "标底专人保管，全程留痕。", opinions[1]],
        [3, "水政股", "股长", "龚翊岚", P3, "中", "减免须局务会研究。", opinions[2]],
        [4, "水政股", "股长", "龚翊岚", P4, "低", "验收两人以上签字。", opinions[3]],
        [5, "规划股", "科员", "苻湛清", P5, "中", "核定标准公开。", opinions[4]],
        [6, "规划股", "科员", "苻湛清", P6, "低", "按进度拨付，台账备查。", opinions[5]],
        ["注：复核意见调整责任人的，以复核意见为准。"],
    ]
    merges = ["A1:H1", "B3:B4", "C3:C4", "D3:D4", "B5:B6", "C5:C6", "D5:D6", "B7:B8", "C7:C8",
              "D7:D8", "A9:H9"]  # fmt: skip
    return rows, merges


def test_an_opinion_naming_another_holder_of_the_list_moves_the_point(tmp_path):
    rows, merges = _one_head(
        ["无异议", "无异议", "无异议", "该项属规划股职责，责任人应调整为规划股科员苻湛清",
         "无异议", "改由水政股股长龚翊岚承担"]
    )  # fmt: skip
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("局长", "芮沅澈", P1, "Ⅰ级"),
        ("局长", "芮沅澈", P2, "Ⅰ级"),
        ("股长", "龚翊岚", P3, "Ⅱ级"),
        ("科员", "苻湛清", P4, "Ⅲ级"),
        ("科员", "苻湛清", P5, "Ⅱ级"),
        ("股长", "龚翊岚", P6, "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    i = got.issues
    said = i[i["code"] == "HOLDER_BY_REVIEW_OPINION"]
    assert len(said) == 1 and said.iloc[0]["cell"] == "H6", said.to_dict("records")
    assert "HOLDER_REVIEW_OPINION_UNREAD" not in codes(got)


def test_two_heading_rows_post_and_name_in_one_cell_and_an_extra_column(tmp_path):
    rows = [
        ["县水利局岗位廉政风险防控一览表"],
        ["序号", "责任主体", None, "风险内容", None, None, "局纪检组审核意见", "备注"],
        [None, "科室", "岗位及责任人", "风险点", "等级", "防控措施", None, None],
        [1, "办公室", "主任 籍澍宁", P1, "Ⅰ级", "集体研究，结果公示。", "同意", ""],
        [2, "办公室", "主任 籍澍宁", P2, "Ⅱ级", "全程留痕。", "划归财务股股长厍昀泽负责", ""],
        [3, "财务股", "股长 厍昀泽", P3, "Ⅱ级", "减免须局务会研究。", "同意", ""],
        [
            4,
            "财务股",
            "股长 厍昀泽",
            P4,
            "Ⅲ级",
            "验收两人以上签字。",
            "责任人应为办公室主任籍澍宁",
            "",
        ],
        [5, "财务股", "股长 厍昀泽", P5, "Ⅲ级", "核定标准公开。", "同意", "新增"],
    ]
    merges = ["A1:H1", "A2:A3", "B2:C2", "D2:F2", "G2:G3", "H2:H3", "B4:B5", "C4:C5",
              "B6:B8", "C6:C8"]  # fmt: skip
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("主任", "籍澍宁", P1, "Ⅰ级"),
        ("股长", "厍昀泽", P2, "Ⅱ级"),
        ("股长", "厍昀泽", P3, "Ⅱ级"),
        ("主任", "籍澍宁", P4, "Ⅲ级"),
        ("股长", "厍昀泽", P5, "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "HOLDER_BY_REVIEW_OPINION" in codes(got)


def test_level_and_holder_in_one_opinion_a_holder_off_the_list_and_one_unread(tmp_path):
    rows, merges = _one_head(
        ["同意", "调整为中风险，责任人改为水政股股长龚翊岚", "同意",
         "改由水保站站长郜晗睿负责", "同意", "改由某某某某某负责"]
    )  # fmt: skip
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("局长", "芮沅澈", P1, "Ⅰ级"),
        ("股长", "龚翊岚", P2, "Ⅱ级"),  # (moved and its level set by the same opinion)
        ("股长", "龚翊岚", P3, "Ⅱ级"),
        ("站长", "郜晗睿", P4, "Ⅲ级"),  # (as written: no 站长 on the list)
        ("科员", "苻湛清", P5, "Ⅱ级"),
        ("科员", "苻湛清", P6, "Ⅲ级"),  # (an opinion naming no one it can split: kept)
    ])  # fmt: skip
    no_errors(got)
    c = codes(got)
    assert {"HOLDER_BY_REVIEW_OPINION", "LEVEL_BY_REVIEW_OPINION"} <= c, c
    i = got.issues
    unread = i[i["code"] == "HOLDER_REVIEW_OPINION_UNREAD"]
    assert list(unread["cell"]) == ["H8"], unread.to_dict("records")
    r = got.risks
    assert list(r[r["person"] == "郜晗睿"]["department"]) == ["水保站"]


def test_advice_and_level_only_opinions_move_no_holder(tmp_path):
    rows, merges = _one_head(
        ["同意", "建议加强标底保管", "同意", "调整为高", "无异议", "同意"]
    )  # fmt: skip
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("局长", "芮沅澈", P1, "Ⅰ级"),
        ("局长", "芮沅澈", P2, "Ⅰ级"),
        ("股长", "龚翊岚", P3, "Ⅱ级"),
        ("股长", "龚翊岚", P4, "Ⅰ级"),
        ("科员", "苻湛清", P5, "Ⅱ级"),
        ("科员", "苻湛清", P6, "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "HOLDER_BY_REVIEW_OPINION" not in codes(got)
    assert "HOLDER_REVIEW_OPINION_UNREAD" not in codes(got)


def test_a_remarks_column_naming_a_contact_is_no_opinion(tmp_path):
    rows, merges = _one_head(
        ["", "联系人：苻湛清", "", "由股长龚翊岚负责填报", "", ""], head="备注"
    )  # fmt: skip
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("局长", "芮沅澈", P1, "Ⅰ级"),
        ("局长", "芮沅澈", P2, "Ⅰ级"),
        ("股长", "龚翊岚", P3, "Ⅱ级"),
        ("股长", "龚翊岚", P4, "Ⅲ级"),
        ("科员", "苻湛清", P5, "Ⅱ级"),
        ("科员", "苻湛清", P6, "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert "HOLDER_BY_REVIEW_OPINION" not in codes(got)


def test_the_codes_are_catalogued():
    for code in ("HOLDER_BY_REVIEW_OPINION", "HOLDER_REVIEW_OPINION_UNREAD"):
        assert code in CATALOGUE and code in SHORT


def _r127(op3: str, op5: str, op1: str = "同意") -> list[list]:
    """The reviewer's table: 科室 | 职务 | 姓名 | 风险点 | 风险等级 | 防控措施 | 审核意见, no merges,
    the opinions of rows 1, 3 and 5 given."""
    ops = [op1, "同意", op3, "同意", op5, "同意"]
    return [
        ["县水利局廉政风险点清单"],
        ["序号", "科室", "职务", "姓名", "风险点", "风险等级", "防控措施", "审核意见"],
        [1, "局领导", "局长", "芮沅澈", "河道采砂许可违规审批", "高", "集体研究。", ops[0]],
        [2, "局领导", "局长", "芮沅澈", "招投标泄露标底", "高", "专人保管。", ops[1]],
        [3, "水政股", "股长", "龚翊岚", "水资源费擅自减免", "中", "局务会研究。", ops[2]],
        [4, "水政股", "股长", "龚翊岚", "防汛物资验收不严", "低", "两人签字。", ops[3]],
        [5, "规划股", "科员", "苻湛清", "补偿费核定不公", "中", "标准公开。", ops[4]],
        [6, "规划股", "科员", "苻湛清", "项目资金拨付不及时", "低", "台账备查。", ops[5]],
    ]


R127_AS_LISTED = sorted([
    ("局长", "芮沅澈", "河道采砂许可违规审批", "Ⅰ级"),
    ("局长", "芮沅澈", "招投标泄露标底", "Ⅰ级"),
    ("股长", "龚翊岚", "水资源费擅自减免", "Ⅱ级"),
    ("股长", "龚翊岚", "防汛物资验收不严", "Ⅲ级"),
    ("科员", "苻湛清", "补偿费核定不公", "Ⅱ级"),
    ("科员", "苻湛清", "项目资金拨付不及时", "Ⅲ级"),
])  # fmt: skip


def test_what_the_hundred_and_twenty_seventh_review_found_meetings_and_approvers_hold_nothing(
    tmp_path,
):
    """An opinion naming a meeting or a body ('改由局长办公会研究', '改由局务会审定', '改由股长会议集体
    研究', '交由第三方审计'), who approves or checks ('改由局长审批', '应由局长审批', '改由股长复核',
    '交由纪检组长监督', '移交县纪委监委处理') or advice ('建议改由股长复核把关', '建议由办公室主任审核')
    hands the point to no one: measures — every row keeps its holder, no info, no warning."""
    cases = [
        ("交由第三方审计", "改由局长办公会研究", "同意"),
        ("改由局务会审定", "改由股长会议集体研究", "同意"),
        ("改由局长审批", "建议改由股长复核把关", "同意"),
        ("同意", "同意", "同意，改由局长办公会研究"),
        ("应由局长审批", "交由纪检组长监督", "同意"),
        ("改由股长复核", "建议由办公室主任审核", "同意"),
        ("应由分管副局长签字", "移交县纪委监委处理", "同意"),
    ]
    for i, (op3, op5, op1) in enumerate(cases):
        got = run(tmp_path / str(i), _r127(op3, op5, op1))
        assert read(got) == R127_AS_LISTED, (op3, op5, op1)
        no_errors(got)
        assert not codes(got) & {"HOLDER_BY_REVIEW_OPINION", "HOLDER_REVIEW_OPINION_UNREAD",
                                 "HOLDER_REVIEW_OPINION_POST_ONLY"}, (op3, op5)  # fmt: skip


def test_what_the_hundred_and_twenty_seventh_review_found_a_department_or_a_post_alone(tmp_path):
    """'改由财务股负责' and '划归办公室' (a 科室 without a post) are both warned at their cells
    (HOLDER_REVIEW_OPINION_UNREAD), the rows as listed; '改由办公室主任负责' (a post the list has no
    holder of, no name) is warned too (HOLDER_REVIEW_OPINION_POST_ONLY), while '划归局长' and
    '改由局长负责' (the list's 局长) move the point to 芮沅澈."""
    got = run(tmp_path / "a", _r127("改由财务股负责", "划归办公室"))
    assert read(got) == R127_AS_LISTED
    unread = got.issues[got.issues["code"] == "HOLDER_REVIEW_OPINION_UNREAD"]
    assert list(unread["cell"]) == ["H5", "H7"]
    assert "HOLDER_BY_REVIEW_OPINION" not in codes(got)
    got = run(tmp_path / "b", _r127("改由办公室主任负责", "划归局长"))
    assert read(got) == sorted([
        ("局长", "芮沅澈", "河道采砂许可违规审批", "Ⅰ级"),
        ("局长", "芮沅澈", "招投标泄露标底", "Ⅰ级"),
        ("股长", "龚翊岚", "水资源费擅自减免", "Ⅱ级"),
        ("股长", "龚翊岚", "防汛物资验收不严", "Ⅲ级"),
        ("局长", "芮沅澈", "补偿费核定不公", "Ⅱ级"),
        ("科员", "苻湛清", "项目资金拨付不及时", "Ⅲ级"),
    ])  # fmt: skip
    only = got.issues[got.issues["code"] == "HOLDER_REVIEW_OPINION_POST_ONLY"]
    assert list(only["cell"]) == ["H5"] and set(only["severity"]) == {"warning"}
    said = got.issues[got.issues["code"] == "HOLDER_BY_REVIEW_OPINION"]
    assert list(said["cell"]) == ["H7"]
    got = run(tmp_path / "c", _r127("改由局长负责", "责任人调整为局长芮沅澈"))
    assert read(got) == sorted([
        ("局长", "芮沅澈", "河道采砂许可违规审批", "Ⅰ级"),
        ("局长", "芮沅澈", "招投标泄露标底", "Ⅰ级"),
        ("局长", "芮沅澈", "水资源费擅自减免", "Ⅱ级"),
        ("股长", "龚翊岚", "防汛物资验收不严", "Ⅲ级"),
        ("局长", "芮沅澈", "补偿费核定不公", "Ⅱ级"),
        ("科员", "苻湛清", "项目资金拨付不及时", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)


def test_the_post_only_code_is_catalogued():
    assert (
        "HOLDER_REVIEW_OPINION_POST_ONLY" in CATALOGUE
        and "HOLDER_REVIEW_OPINION_POST_ONLY" in SHORT
    )


def test_what_the_hundred_and_twenty_seventh_review_found_no_level_column(tmp_path):
    """No level column: an opinion column handing points to other holders is still read for its
    hand-overs ('责任人调整为规划股科员苻湛清', '改由局长负责'), said once; a level it names sets
    nothing (there is no self-assessed level) and a meeting takes no point."""

    def no_level(rows: list[list]) -> list[list]:
        return [r[:5] + r[6:] if len(r) > 5 else r for r in rows]

    got = run(
        tmp_path / "a", no_level(_r127("责任人调整为规划股科员苻湛清", "改由局长负责", "无异议"))
    )
    assert read(got) == sorted([
        ("局长", "芮沅澈", "河道采砂许可违规审批", ""),
        ("局长", "芮沅澈", "招投标泄露标底", ""),
        ("科员", "苻湛清", "水资源费擅自减免", ""),
        ("股长", "龚翊岚", "防汛物资验收不严", ""),
        ("局长", "芮沅澈", "补偿费核定不公", ""),
        ("科员", "苻湛清", "项目资金拨付不及时", ""),
    ])  # fmt: skip
    said = got.issues[got.issues["code"] == "HOLDER_BY_REVIEW_OPINION"]
    assert len(said) == 1 and said["cell"].iloc[0] == "G5"
    assert "LEVEL_BY_REVIEW_OPINION" not in codes(got)
    got = run(tmp_path / "b", no_level(_r127("调整为一级", "改由局长办公会研究", "无异议")))
    assert read(got) == sorted((t, p, pt, "") for t, p, pt, _lv in R127_AS_LISTED)
    assert not codes(got) & {"HOLDER_BY_REVIEW_OPINION", "LEVEL_BY_REVIEW_OPINION",
                             "HOLDER_REVIEW_OPINION_UNREAD"}  # fmt: skip
