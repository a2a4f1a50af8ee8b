"""A holder's (科室's, post's) heading merged over sub-columns of years or of before and after.

A list kept from year to year puts this year's holders in a column beside last year's, under one
``责任人`` (``姓名``, ``所在科室``) heading merged across them: ``2024年 | 2025年``, ``上年 | 本年``,
``原任 | 现任``, ``调整前 | 调整后``. Only the latest column names who holds the post now; the
earlier ones make no form and no second copy of a point, and an info issue says which column was
taken. Sub-columns that are two people (``主要责任人 | 直接责任人``) or times that cannot be ordered
read as before. The workbooks here are written through xlsxwriter in words of their own (another
county, other bodies and names than the published batch), and read back as ``collect_inbox`` does.
"""

from pathlib import Path

import pytest
from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

TITLE = "宁陕县交通运输局岗位廉政风险防控一览表"
HEAD = ["序号", "科室", "岗位", "姓名", "", "风险点", "风险类型", "风险等级", "防控措施"]
# (科室, 岗位, earlier holder, later holder, [(风险点, 类型, 等级, 措施)])
POSTS = [
    ("局领导", "副局长", "宓昀澈", "籍沛瑶", [
        ("公路养护工程验收把关不严", "岗位职责", "高", "验收组集体签字，资料存档。"),
        ("超限运输处罚自由裁量不当", "制度机制", "中", "执行裁量基准，案件集体审议。"),
    ]),
    ("运输管理股", "股长", "訾朗晴", "訾朗晴", [
        ("道路运输许可违规审批", "业务流程", "高", "审批事项网上办理，全程留痕。"),
    ]),
    ("财务室", "出纳", "隗沁然", "亓睿泓", [
        ("公路建设专项资金挪用", "制度机制", "高", "资金国库集中支付，专账核算。"),
        ("现金管理不规范", "岗位职责", "低", "库存现金定期盘点。"),
    ]),
]  # fmt: skip


def run(tmp_path: Path, rows, merges):
    """Write the sheet as a real .xlsx and collect it as ``collect_inbox`` does, in this process."""
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "list.xlsx", {"一览表": rows}, {"一览表": merges})
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def table(first: str, second: str, posts=POSTS, head=HEAD, note: str | None = None):
    """The list with its two-row heading: ``head[3]`` merged over ``first | second`` (columns D
    and E), the other headings merged down; the holders' cells merged down over a post's points.
    Returns (rows, merges)."""
    rows: list[list[object]] = [[TITLE], list(head), ["", "", "", first, second]]
    merges = ["A1:I1", "D2:E2"] + [f"{x}2:{x}3" for x in "ABCFGHI"]
    n = 0
    for dept, post, old, new, points in posts:
        top = len(rows) + 1
        for point, kind, level, measure in points:
            n += 1
            rows.append([n, dept, post, old, new, point, kind, level, measure])
        if len(points) > 1:
            end = top + len(points) - 1
            merges += [f"{x}{top}:{x}{end}" for x in "BCDE"]
    if note:
        rows.append([note])
        merges.append(f"A{len(rows)}:I{len(rows)}")
    return rows, merges


def holders(res) -> list[tuple[str, str, str, int]]:
    cols = ["department", "title", "person", "n_risks"]
    return sorted(tuple(r) for r in res.posts[cols].values.tolist())


def codes(res, code: str) -> list[tuple[str, str]]:
    df = res.issues[res.issues["code"] == code]
    return list(zip(df["cell"], df["message"], strict=True))


def test_the_new_code_has_a_message_and_a_short_name():
    assert CATALOGUE["COLUMN_LATEST_YEAR"][0] == "info"
    assert SHORT["COLUMN_LATEST_YEAR"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("2024年", "2025年"),
        ("2023年度", "2024年度"),
        ("上年", "本年"),
        ("原任", "现任"),
        ("原", "现"),
        ("调整前", "调整后"),
    ],
)
def test_the_latest_sub_column_holds_the_post(tmp_path, first, second):
    res = run(tmp_path, *table(first, second))
    assert holders(res) == [
        ("局领导", "副局长", "籍沛瑶", 2),
        ("财务室", "出纳", "亓睿泓", 2),
        ("运输管理股", "股长", "訾朗晴", 1),
    ]
    # no former holder anywhere, and a point kept by the same person is listed once
    assert not {"宓昀澈", "隗沁然"} & set(res.risks["person"])
    assert len(res.risks) == 5 and res.risks["risk_point"].is_unique
    said = codes(res, "COLUMN_LATEST_YEAR")
    assert [cell for cell, _m in said] == ["D2"]
    assert f"“{second}”一列" in said[0][1] and "姓名" in said[0][1]
    assert codes(res, "COLUMN_GUESSED") == []


def test_the_latest_year_wins_wherever_it_stands_among_three(tmp_path):
    # the newest year written first, two earlier ones after it: 2025年 | 2023年 | 2024年
    head = ["序号", "科室", "岗位", "责任人", "", "", "风险点", "风险类型", "风险等级", "防控措施"]
    rows = [
        [TITLE],
        head,
        ["", "", "", "2025年", "2023年", "2024年"],
        [1, "综合股", "科员", "沙霁川", "桓悦宁", "桓悦宁", "公务接待超标准", "制度机制", "中", "接待清单审核。"],
        [2, "路政股", "股长", "蒯晗煜", "蒯晗煜", "仉奕辰", "路政许可吃拿卡要", "思想道德", "高", "许可结果公示。"],
    ]  # fmt: skip
    merges = ["A1:J1", "D2:F2"] + [f"{x}2:{x}3" for x in "ABCGHIJ"]
    res = run(tmp_path, rows, merges)
    assert holders(res) == [("综合股", "科员", "沙霁川", 1), ("路政股", "股长", "蒯晗煜", 1)]
    assert [c for c, _m in codes(res, "COLUMN_LATEST_YEAR")] == ["D2"]


def test_a_post_heading_over_years_takes_this_years_post(tmp_path):
    # the post renamed this year: 岗位 over 上年度 | 本年度, one holder column of its own
    head = ["序号", "科室", "岗位", "", "姓名", "风险点", "风险类型", "风险等级", "防控措施"]
    rows = [
        [TITLE],
        head,
        ["", "", "上年度", "本年度"],
        [1, "运输管理股", "运管员", "运输审批员", "郗泽言", "营运证审验走过场", "岗位职责", "中", "审验结果抽查。"],
        [2, "财务室", "会计", "会计", "牟芷晞", "虚列支出套取资金", "制度机制", "高", "支出凭证三级审核。"],
    ]  # fmt: skip
    merges = ["A1:I1", "C2:D2"] + [f"{x}2:{x}3" for x in "ABEFGHI"]
    res = run(tmp_path, rows, merges)
    assert holders(res) == [
        ("财务室", "会计", "牟芷晞", 1),
        ("运输管理股", "运输审批员", "郗泽言", 1),
    ]


@pytest.mark.parametrize(("first", "second"), [("主要责任人", "直接责任人"), ("甲", "乙")])
def test_two_people_under_one_heading_read_as_before(tmp_path, first, second):
    """Sub-columns that are no times (two kinds of holder, or words of no time) are not taken for
    years: no column is set aside and nothing is said about years."""
    res = run(tmp_path, *table(first, second))
    assert codes(res, "COLUMN_LATEST_YEAR") == []
    people = set(res.posts["person"])
    if first == "主要责任人":  # the 直接责任人 holds the post, as the README says
        assert people == {"籍沛瑶", "訾朗晴", "亓睿泓"}
    else:  # two columns of names under one heading: both hold it, as before
        assert people == {"宓昀澈", "籍沛瑶", "訾朗晴", "隗沁然", "亓睿泓"}


def test_a_holder_beside_a_watcher_reads_as_before(tmp_path):
    # 责任人 | 监督人 as two headings of their own, not merged over years: the holder is 责任人
    head = ["序号", "科室", "岗位", "责任人", "监督人", "风险点", "风险类型", "风险等级", "防控措施"]  # fmt: skip
    rows = [[TITLE], head]
    for n, (dept, post, watcher, holder, points) in enumerate(POSTS, 1):
        point, kind, level, measure = points[0]
        rows.append([n, dept, post, holder, watcher, point, kind, level, measure])
    res = run(tmp_path, rows, ["A1:I1"])
    assert holders(res) == [
        ("局领导", "副局长", "籍沛瑶", 1),
        ("财务室", "出纳", "亓睿泓", 1),
        ("运输管理股", "股长", "訾朗晴", 1),
    ]
    assert codes(res, "COLUMN_LATEST_YEAR") == []


@pytest.mark.parametrize(("first", "second"), [("2025年", "2025年"), ("2024年", "现任")])
def test_times_that_cannot_be_ordered_invent_no_holder(tmp_path, first, second):
    """One year twice, or a year beside a word: which column holds now is not certain, so no
    column is set aside: both names are read, as before."""
    res = run(tmp_path, *table(first, second))
    assert codes(res, "COLUMN_LATEST_YEAR") == []
    people = set(res.risks["person"])
    assert {"宓昀澈", "籍沛瑶", "隗沁然", "亓睿泓"} <= people


def test_a_latest_column_not_filled_in_yet_sets_nothing_aside(tmp_path):
    posts = [(d, t, old, "", pts) for d, t, old, _new, pts in POSTS]
    res = run(tmp_path, *table("2024年", "2025年", posts))
    assert codes(res, "COLUMN_LATEST_YEAR") == []
    assert set(res.posts["person"]) == {"宓昀澈", "訾朗晴", "隗沁然"}


def test_a_department_heading_over_before_and_after_takes_the_new_one(tmp_path):
    # the 股 renamed in a reorganisation: 所在股室 over 调整前 | 调整后
    head = ["序号", "所在股室", "", "岗位", "姓名", "风险点", "风险类型", "风险等级", "防控措施"]
    rows = [
        [TITLE],
        head,
        ["", "调整前", "调整后"],
        [1, "规划股", "规划建设股", "股长", "晏知遥", "项目前期论证不充分", "岗位职责", "中", "专家评审论证。"],
        [2, "安监股", "安全应急股", "科员", "郜若溪", "安全检查走过场", "思想道德", "低", "检查记录双签。"],
    ]  # fmt: skip
    merges = ["A1:I1", "B2:C2"] + [f"{x}2:{x}3" for x in "ADEFGHI"]
    res = run(tmp_path, rows, merges)
    assert holders(res) == [
        ("安全应急股", "科员", "郜若溪", 1),
        ("规划建设股", "股长", "晏知遥", 1),
    ]
    assert [c for c, _m in codes(res, "COLUMN_LATEST_YEAR")] == ["B2"]
