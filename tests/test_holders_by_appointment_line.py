"""A post-only list (科室 and 岗位, or 岗位 alone, no name column) whose holders stand only in a
line under or over it copied from an appointment notice ('说明：现任人员（依…号）：任命某某为局长；
某某担任综合执法科科长；…'): each post of the list the line names for one person takes him
(HOLDERS_BY_APPOINTMENT_LINE), the 科室 glued to the post parted from it, a bracket after the post
('（主持工作）') passed over.

Not the published batch's file (batch837: a 自然资源局's 排查表 with 股室/岗位, 高/中/低 and one line
'附：现任职人员（据…）：某某同志任局长；…' under it): a county 市场监督管理局, a 乡镇 市场监管所 and a
县文化馆 with other posts, names, level words (一级/二级/三级, ticks under 风险等级, Ⅰ/Ⅱ/Ⅲ) and the
other ways of saying it ('任命某某为', '某某担任', '聘任某某为', '岗位：某某同志', the line above
the table), written with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a
file. Lists that look a bit alike stay as they were: one with a name column, one whose note
names no one, one whose line is a salutation.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


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


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


HEAD = ["序号", "科室", "岗位", "廉政风险点", "风险等级", "防控措施"]
LIST = [
    [1, "局领导", "局长", "重大事项决策不民主，个人说了算", "一级", "落实“三重一大”集体决策。"],
    [2, "局领导", "局长", "干部选拔任用把关不严", "一级", "严格执行选任程序，全程纪实。"],
    [
        3,
        "综合执法科",
        "科长",
        "案件查处中降格处理、以罚代刑",
        "一级",
        "重大案件集体审议，法制审核。",
    ],
    [4, "综合执法科", "科员", "现场检查时接受吃请", "二级", "两人以上执法，全程记录仪。"],
    [
        5,
        "登记注册科",
        "科长",
        "为不符合条件的市场主体办理登记",
        "二级",
        "审核与核准分离，抽查复核。",
    ],
]
TRUTH = [
    ("局长", "冼翊珩", "重大事项决策不民主，个人说了算", "Ⅰ级"),
    ("局长", "冼翊珩", "干部选拔任用把关不严", "Ⅰ级"),
    ("科长", "鄢澄韵", "案件查处中降格处理、以罚代刑", "Ⅰ级"),
    ("科员", "冼沐霏", "现场检查时接受吃请", "Ⅱ级"),
    ("科长", "鄢霁川", "为不符合条件的市场主体办理登记", "Ⅱ级"),
]
LINE = (
    "说明：现任人员（依县市监党〔2024〕5号）：任命冼翊珩为局长；鄢澄韵担任综合执法科科长；"
    "聘任冼沐霏为综合执法科科员；鄢霁川同志为登记注册科科长。"
)
MERGES = ["A1:F1", "B3:B4", "C3:C4", "B5:B6", "A9:F9"]


def _bureau(line: str = LINE) -> list[list]:
    return [["XX县市场监督管理局岗位廉政风险点排查表"], HEAD, *LIST, [], [line]]


def test_verbs_first_and_names_first_give_the_holders(tmp_path):
    got = run(tmp_path, _bureau(), MERGES)
    assert read(got) == sorted(TRUTH)
    assert {"HOLDERS_BY_APPOINTMENT_LINE"} <= codes(got)
    assert not {"HOLDERS_SHARED_NOTE_UNMATCHED", "APPOINTMENT_LINE_POST_UNLISTED"} & codes(got)
    depts = set(zip(got.risks["department"], got.risks["person"], strict=True))
    assert ("综合执法科", "鄢澄韵") in depts and ("登记注册科", "鄢霁川") in depts
    no_errors(got)


def test_line_above_two_heading_rows_and_ticks(tmp_path):
    """The line over the table, 风险等级 merged over 一级 | 二级 | 三级 ticked, '同志任' clauses with
    a bracket after the post and the 所领导 posts written bare."""
    rows = [
        ["XX镇市场监管所岗位廉政风险防控一览表"],
        [
            "经所务会研究并报局党组同意，阙沛然同志任所长（主持工作）；阙泓萱同志任副所长；虞清渼同志任食品安全股股员。"
        ],
        ["序号", "股室", "岗位", "廉政风险点", "风险等级", "", "", "防控措施"],
        ["", "", "", "", "一级", "二级", "三级", ""],
        [1, "所领导", "所长", "行政处罚自由裁量权滥用", "√", "", "", "裁量基准公开，集体讨论。"],
        [2, "所领导", "副所长", "许可审批中吃拿卡要", "", "√", "", "一次性告知，限时办结。"],
        [3, "食品安全股", "股员", "抽检样品选择性送检", "", "", "√", "双人抽样，随机编号。"],
    ]
    merges = ["A1:H1", "A2:H2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:G3", "H3:H4"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("所长", "阙沛然", "行政处罚自由裁量权滥用", "Ⅰ级"),
        ("副所长", "阙泓萱", "许可审批中吃拿卡要", "Ⅱ级"),
        ("股员", "虞清渼", "抽检样品选择性送检", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_APPOINTMENT_LINE" in codes(got)
    no_errors(got)


def test_posts_alone_and_the_post_first(tmp_path):
    """岗位 alone (no 科室 column) and an extra 风险类型 column; the line's clauses 'post：name同志'."""
    rows = [
        ["XX县文化馆岗位廉政风险登记表"],
        ["序号", "岗位", "风险点", "风险类型", "风险等级", "防控措施"],
        [1, "馆长", "公益演出经费虚列支出", "岗位职责风险", "Ⅰ", "经费支出联签，年度审计。"],
        [2, "出纳", "公款私存、挪用备用金", "岗位职责风险", "Ⅱ", "日清月结，不定期盘点。"],
        [
            3,
            "非遗保护部主任",
            "非遗项目申报弄虚作假",
            "业务流程风险",
            "Ⅲ",
            "申报材料公示，专家评审。",
        ],
        [],
        ["附：馆长：柴翊岚同志，出纳：柴沛琪同志，非遗保护部主任：鞠沄澈同志。"],
    ]
    got = run(tmp_path, rows, ["A1:F1", "A7:F7"])
    assert read(got) == sorted([
        ("馆长", "柴翊岚", "公益演出经费虚列支出", "Ⅰ级"),
        ("出纳", "柴沛琪", "公款私存、挪用备用金", "Ⅱ级"),
        ("非遗保护部主任", "鞠沄澈", "非遗项目申报弄虚作假", "Ⅲ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_APPOINTMENT_LINE" in codes(got)
    no_errors(got)


def test_a_post_named_twice_stays_post_only_and_an_unlisted_post_is_said(tmp_path):
    line = (
        "说明：任命冼翊珩为局长；鄢澄韵担任综合执法科科长；聘任冼沐霏为综合执法科科员；"
        "聘任冼沛宁为综合执法科科员；鄢霁川同志为登记注册科科长；任命鄢沅汐为办公室主任。"
    )
    got = run(tmp_path, _bureau(line), MERGES)
    got_rows = read(got)
    assert ("科员", "", "现场检查时接受吃请", "Ⅱ级") in got_rows
    assert ("科长", "鄢澄韵", "案件查处中降格处理、以罚代刑", "Ⅰ级") in got_rows
    assert {"ROSTER_POST_SEVERAL_HOLDERS", "APPOINTMENT_LINE_POST_UNLISTED"} <= codes(got)
    no_errors(got)


def test_a_list_with_a_name_column_is_read_as_it_is(tmp_path):
    rows = [
        ["XX县市场监督管理局岗位廉政风险点排查表"],
        ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
        *[[*r[:3], p, *r[3:]] for r, p in zip(LIST, ["冼翊珩", "冼翊珩", "鄢澄韵", "冼沐霏",
                                                    "鄢霁川"], strict=True)],
        [],
        ["说明：现任人员：冼翊珩同志任局长；鄢澄韵同志任综合执法科科长。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:G1", "B3:B4", "C3:C4", "D3:D4", "B5:B6", "A9:G9"])
    assert read(got) == sorted(TRUTH)
    assert "HOLDERS_BY_APPOINTMENT_LINE" not in codes(got)
    no_errors(got)


def test_notes_naming_no_holder_leave_the_list_post_only(tmp_path):
    """A note whose '为' names a duty ('各科室负责人为第一责任人') and a salutation ('冼翊珩同志：')."""
    for line in (
        "注：风险等级由局党组研究确定，各科室负责人为第一责任人，局长为总负责人。",
        "冼翊珩同志：请于5月底前将本表报县纪委监委派驻纪检组。",
    ):
        got = run(tmp_path / str(len(line)), _bureau(line), MERGES)
        assert read(got) == sorted((t, "", p, lv) for t, _who, p, lv in TRUTH), line
        assert "HOLDERS_BY_APPOINTMENT_LINE" not in codes(got)
        no_errors(got)


def test_the_codes_are_catalogued():
    for code in ("HOLDERS_BY_APPOINTMENT_LINE", "APPOINTMENT_LINE_POST_UNLISTED"):
        assert code in CATALOGUE and code in SHORT


def test_what_the_hundred_and_twenty_fourth_review_found_one_listed_post_of_two_appointments(
    tmp_path,
):
    """A line of two appointments, only one naming a list post: that one read, the other warned
    (under the list and over it)."""
    line = "附：冼翊珩同志任局长；鄢沅汐同志任办公室主任。"
    want = sorted(("局长" if t == "局长" else t, "冼翊珩" if t == "局长" else "", p, lv)
                  for t, _who, p, lv in TRUTH)  # fmt: skip
    got = run(tmp_path / "under", _bureau(line), MERGES)
    assert read(got) == want
    assert {"HOLDERS_BY_APPOINTMENT_LINE", "APPOINTMENT_LINE_POST_UNLISTED"} <= codes(got)
    no_errors(got)
    rows = [["XX县市场监督管理局岗位廉政风险点排查表"], ["经局党组研究：" + line[2:]], HEAD, *LIST]
    got = run(tmp_path / "over", rows, ["A1:F1", "A2:F2", "B4:B5", "C4:C5", "B6:B7"])
    assert read(got) == want
    issues = got.issues
    assert ("APPOINTMENT_LINE_POST_UNLISTED", "A2") in set(
        zip(issues["code"], issues["cell"], strict=True)
    )
    no_errors(got)


def test_what_the_hundred_and_twenty_fourth_review_found_two_names_in_a_clause_and_a_concurrent_post(
    tmp_path,
):
    """'冼沐霏、冼沛宁同志任…科员': both hold it (no several-holders case); '任局长兼…科长': both his."""
    line = (
        "附：现任职人员：冼翊珩同志任局长兼登记注册科科长；鄢澄韵同志任综合执法科科长；"
        "冼沐霏、冼沛宁同志任综合执法科科员。"
    )
    got = run(tmp_path, _bureau(line), MERGES)
    assert read(got) == sorted([
        ("局长", "冼翊珩", "重大事项决策不民主，个人说了算", "Ⅰ级"),
        ("局长", "冼翊珩", "干部选拔任用把关不严", "Ⅰ级"),
        ("科长", "鄢澄韵", "案件查处中降格处理、以罚代刑", "Ⅰ级"),
        ("科员", "冼沐霏", "现场检查时接受吃请", "Ⅱ级"),
        ("科员", "冼沛宁", "现场检查时接受吃请", "Ⅱ级"),
        ("科长", "冼翊珩", "为不符合条件的市场主体办理登记", "Ⅱ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_APPOINTMENT_LINE" in codes(got)
    assert "ROSTER_POST_SEVERAL_HOLDERS" not in codes(got)
    no_errors(got)


def test_what_the_hundred_and_twenty_fourth_review_found_former_holders_are_no_holders(tmp_path):
    """A line headed '原任职人员：' is passed over; '（已调离）', '（原）', '免去…' clauses too."""
    line = (
        "附：原任职人员：冼翊珩同志任局长（已调离）；鄢澄韵同志任综合执法科科长；"
        "冼沐霏同志任综合执法科科员。"
    )
    got = run(tmp_path / "former", _bureau(line), MERGES)
    assert read(got) == sorted((t, "", p, lv) for t, _who, p, lv in TRUTH)
    assert "HOLDERS_BY_APPOINTMENT_LINE" not in codes(got)
    no_errors(got)
    line = (
        "附：现任职人员：冼翊珩同志任局长（已调离）；免去鄢澄韵同志综合执法科科长职务，"
        "鄢沅汐同志任综合执法科科长；冼沐霏同志任综合执法科科员；鄢霁川同志（原）任登记注册科科长。"
    )
    got = run(tmp_path / "clauses", _bureau(line), MERGES)
    assert read(got) == sorted([
        ("局长", "", "重大事项决策不民主，个人说了算", "Ⅰ级"),
        ("局长", "", "干部选拔任用把关不严", "Ⅰ级"),
        ("科长", "鄢沅汐", "案件查处中降格处理、以罚代刑", "Ⅰ级"),
        ("科员", "冼沐霏", "现场检查时接受吃请", "Ⅱ级"),
        ("科长", "", "为不符合条件的市场主体办理登记", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)


def test_an_appointment_line_above_the_table_under_a_label_is_no_holders_value(tmp_path):
    # '现任职人员：…同志任所长；…' above the list was read as a label and its value: the whole
    # sentence every form's holder (the review of the rule saw it): a sentence is no name
    rows = [["某县市场监督管理局城关所廉政风险点排查表"],
            ["现任职人员：鄢沛然同志任所长；眭若柳同志任副所长。"],
            ["序号", "岗位", "廉政风险点", "风险等级", "防控措施"],
            [1, "所长", "执法检查中选择性执法", "高", "执法全过程记录"],
            [2, "副所长", "接受管理对象宴请", "中", "签订承诺书"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A2:E2"])
    r = got.risks
    assert sorted(zip(r["title"], r["person"], r["risk_point"], strict=True)) == [
        ("副所长", "眭若柳", "接受管理对象宴请"),
        ("所长", "鄢沛然", "执法检查中选择性执法"),
    ]
    assert "HOLDERS_BY_APPOINTMENT_LINE" in set(got.issues["code"])
    assert "HOLDERS_SHARED_NOTE_UNMATCHED" not in set(got.issues["code"])
