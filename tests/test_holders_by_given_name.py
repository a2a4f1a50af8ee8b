"""A list whose holder cells carry only the holders' given names ('若岚', '一帆': as colleagues of
a small unit call each other), the full names standing in a staff roster of the same file (a
sheet '花名册' or '人员名单', or a roster under the list): each such holder is the one roster
person whose name is a surname (one character or a compound '欧阳', '上官') and that given name,
of the row's 科室 and post where two could be; one info a table (HOLDERS_BY_GIVEN_NAME). Two of
one given name and nothing to tell them apart: as written, a warning naming them. A holder the
roster lists as written, and every file of no roster, read as before.

Not the published batch's file (a 玉石资源管理服务中心's 一览表, 科室 merged, 岗位 and 责任人
merged per person, 一级/二级/三级, a roster sheet 序号 | 姓名 | 科室 | 职务 and a ``注：`` line, the
rare surnames 佴 and 勾): a county 水务局's 河湖管理站, a 镇's 财政所 and a 医疗保障局, other
posts, names (compound surnames too), level words (高/中/低, Ⅰ级…, ★) and arrangements (holder
on every row, two heading rows, a roster with no 科室, a roster below the list), written with
xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, sheets: dict[str, list[list]], merges: dict[str, list[str]] | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", sheets, merges or {})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def issues_of(got, code: str):
    return got.issues[got.issues["code"] == code]


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


STATION = [
    ["XX县河湖管理站岗位廉政风险点清单"],
    ["序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
    [1, "站领导", "站长", "一帆", "河道采砂许可审批不公开", "高", "采砂许可集体研究，结果公示"],
    [2, "站领导", "站长", "一帆", "涉河项目验收走过场", "中", "验收实行专家评审"],
    [3, "河道管理股", "股长", "若岚", "巡河发现问题隐瞒不报", "中", "巡河记录上传平台，随机抽查"],
    [4, "河道管理股", "巡河员", "振宇", "收受沿河经营户好处费", "高", "签订廉洁承诺，定期轮岗"],
    [5, "财务股", "会计", "冠霖", "虚列工程支出套取资金", "高", "支出凭证双人审核"],
    [6, "财务股", "出纳", "沐阳", "现金收支不及时入账", "低", "日清月结，定期盘点"],
]  # fmt: skip
ROSTER = [
    ["XX县河湖管理站在职职工花名册"],
    ["序号", "姓名", "所在股室", "职务", "联系电话"],
    [1, "欧阳一帆", "站领导", "站长", "13900000001"],
    [2, "禚若岚", "河道管理股", "股长", "13900000002"],
    [3, "隗振宇", "河道管理股", "巡河员", "13900000003"],
    [4, "上官冠霖", "财务股", "会计", "13900000004"],
    [5, "茹沐阳", "财务股", "出纳", "13900000005"],
]  # fmt: skip


def test_holder_on_every_row_completed_from_a_roster_sheet_with_compound_surnames(tmp_path):
    got = run(
        tmp_path, {"清单": STATION, "花名册": ROSTER}, {"清单": ["A1:G1"], "花名册": ["A1:E1"]}
    )
    assert read(got) == sorted([
        ("站长", "欧阳一帆", "河道采砂许可审批不公开", "Ⅰ级"),
        ("站长", "欧阳一帆", "涉河项目验收走过场", "Ⅱ级"),
        ("股长", "禚若岚", "巡河发现问题隐瞒不报", "Ⅱ级"),
        ("巡河员", "隗振宇", "收受沿河经营户好处费", "Ⅰ级"),
        ("会计", "上官冠霖", "虚列工程支出套取资金", "Ⅰ级"),
        ("出纳", "茹沐阳", "现金收支不及时入账", "Ⅲ级"),
    ])  # fmt: skip
    said = issues_of(got, "HOLDERS_BY_GIVEN_NAME")
    assert len(said) == 1 and said["severity"].iloc[0] == "info"
    assert "一帆→欧阳一帆" in said["value"].iloc[0] and "沐阳→茹沐阳" in said["value"].iloc[0]
    assert "花名册!B2" in said["message"].iloc[0] and "姓名" in said["message"].iloc[0]
    assert set(got.posts["person"]) == {"欧阳一帆", "禚若岚", "隗振宇", "上官冠霖", "茹沐阳"}
    no_errors(got)


def test_two_heading_rows_merged_holders_a_full_name_among_them_and_a_roster_of_posts(tmp_path):
    # '责任主体' merged over '岗位 | 责任人'; 责任人 merged per person; one holder written in full
    # (as the roster lists him: untouched); the roster sheet has no 科室, only 职务
    rows = [["XX镇财政所廉政风险防控一览表"],
            ["序号", "责任主体", None, "廉政风险点", "风险级别", "防控措施"],
            [None, "岗位", "责任人", None, None, None],
            [1, "所长", "静姝", "惠农补贴资金审核把关不严", "Ⅰ级", "补贴名册逐户公示"],
            [2, None, None, "违规审批公务支出", "Ⅱ级", "大额支出班子集体研究"],
            [3, "会计", "庞子墨", "会计凭证审核不严", "Ⅱ级", "凭证交叉复核"],
            [4, "报账员", "书瑶", "村级账务代理报销不合规票据", "Ⅲ级", "报销票据逐张审核"],
            [5, None, None, "私自保管村级公章", "Ⅲ级", "公章集中保管，用印登记"]]  # fmt: skip
    merges = ["A1:F1", "B2:C2", "A2:A3", "D2:D3", "E2:E3", "F2:F3",
              "B4:B5", "C4:C5", "B7:B8", "C7:C8"]  # fmt: skip
    roster = [["人员名单"],
              ["姓名", "职务"],
              ["扆静姝", "所长"],
              ["庞子墨", "会计"],
              ["鄢书瑶", "报账员"]]  # fmt: skip
    got = run(tmp_path, {"一览表": rows, "人员名单": roster}, {"一览表": merges})
    assert read(got) == sorted([
        ("所长", "扆静姝", "惠农补贴资金审核把关不严", "Ⅰ级"),
        ("所长", "扆静姝", "违规审批公务支出", "Ⅱ级"),
        ("会计", "庞子墨", "会计凭证审核不严", "Ⅱ级"),
        ("报账员", "鄢书瑶", "村级账务代理报销不合规票据", "Ⅲ级"),
        ("报账员", "鄢书瑶", "私自保管村级公章", "Ⅲ级"),
    ])  # fmt: skip
    said = issues_of(got, "HOLDERS_BY_GIVEN_NAME")
    assert len(said) == 1
    assert said["value"].iloc[0] == "静姝→扆静姝、书瑶→鄢书瑶"
    no_errors(got)


def test_roster_under_the_list_on_its_sheet_and_a_namesake_told_apart_by_department(tmp_path):
    # the roster under the list (a heading row of its own, its names under the list's names);
    # two roster people called '梓涵', of two 科室: the row's 科室 tells which
    rows = [["XX县医疗保障局岗位廉政风险防控台账"],
            ["科室", "岗位", "责任人", "风险点", "风险等级", "防控措施"],
            ["基金监管股", "股长", "梓涵", "对定点医药机构违规行为查处不力", "★★★", "查处案件集体审理"],
            ["待遇保障股", "经办员", "梓涵", "违规办理异地就医备案", "★★", "备案材料双人复核"],
            ["待遇保障股", "经办员", "浩然", "慢特病认定把关不严", "★★", "认定结果定期抽查"],
            [None, None, None, None, None, None],
            ["附：本局在岗人员名单"],
            ["序号", "科室", "姓名", "职务"],
            [1, "基金监管股", "鞠梓涵", "股长"],
            [2, "待遇保障股", "宓梓涵", "经办员"],
            [3, "待遇保障股", "戢浩然", "经办员"]]  # fmt: skip
    got = run(tmp_path, {"台账": rows}, {"台账": ["A1:F1", "A7:D7"]})
    assert read(got) == sorted([
        ("股长", "鞠梓涵", "对定点医药机构违规行为查处不力", "Ⅰ级"),
        ("经办员", "宓梓涵", "违规办理异地就医备案", "Ⅱ级"),
        ("经办员", "戢浩然", "慢特病认定把关不严", "Ⅱ级"),
    ])  # fmt: skip
    assert len(issues_of(got, "HOLDERS_BY_GIVEN_NAME")) == 1
    assert not len(issues_of(got, "HOLDER_GIVEN_NAME_AMBIGUOUS"))
    no_errors(got)


def test_a_given_name_two_roster_people_share_stays_as_written_with_a_warning(tmp_path):
    rows = [row[:] for row in STATION]
    roster = [row[:] for row in ROSTER] + [[6, "甄沐阳", "财务股", "出纳", "13900000006"]]
    got = run(tmp_path, {"清单": rows, "花名册": roster}, {"清单": ["A1:G1"]})
    assert ("出纳", "沐阳", "现金收支不及时入账", "Ⅲ级") in read(got)
    assert ("会计", "上官冠霖", "虚列工程支出套取资金", "Ⅰ级") in read(got)
    warned = issues_of(got, "HOLDER_GIVEN_NAME_AMBIGUOUS")
    assert len(warned) == 1 and warned["severity"].iloc[0] == "warning"
    assert "茹沐阳" in warned["message"].iloc[0] and "甄沐阳" in warned["message"].iloc[0]
    assert "沐阳→" not in issues_of(got, "HOLDERS_BY_GIVEN_NAME")["value"].iloc[0]
    no_errors(got)


def test_two_character_full_names_the_roster_lists_are_untouched(tmp_path):
    # holders' full names of two characters, the roster listing them so: nothing to complete
    rows = [["XX县河湖管理站岗位廉政风险点清单"],
            ["序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "站领导", "站长", "王磊", "河道采砂许可审批不公开", "高", "采砂许可集体研究"],
            [2, "财务股", "会计", "李静", "虚列工程支出套取资金", "中", "支出凭证双人审核"]]  # fmt: skip
    roster = [["花名册"],
              ["序号", "姓名", "所在股室", "职务"],
              [1, "王磊", "站领导", "站长"],
              [2, "李静", "财务股", "会计"],
              [3, "赵王磊", "河道管理股", "巡河员"]]  # fmt: skip
    got = run(tmp_path, {"清单": rows, "花名册": roster})
    assert read(got) == sorted([
        ("站长", "王磊", "河道采砂许可审批不公开", "Ⅰ级"),
        ("会计", "李静", "虚列工程支出套取资金", "Ⅱ级"),
    ])  # fmt: skip
    assert not len(issues_of(got, "HOLDERS_BY_GIVEN_NAME"))
    assert not len(issues_of(got, "HOLDER_GIVEN_NAME_AMBIGUOUS"))
    no_errors(got)


def test_no_roster_or_a_roster_of_other_posts_reads_as_before(tmp_path):
    # two-character names and no roster: as written; a roster whose one '磊' ending name is of
    # another 股室 and post: no namesake of the row's, as written and nothing said
    rows = [["XX县河湖管理站岗位廉政风险点清单"],
            ["序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "站领导", "站长", "王磊", "河道采砂许可审批不公开", "高", "采砂许可集体研究"],
            [2, "财务股", "会计", "李静", "虚列工程支出套取资金", "中", "支出凭证双人审核"]]  # fmt: skip
    want = sorted([
        ("站长", "王磊", "河道采砂许可审批不公开", "Ⅰ级"),
        ("会计", "李静", "虚列工程支出套取资金", "Ⅱ级"),
    ])  # fmt: skip
    alone = run(tmp_path / "a", {"清单": rows})
    assert read(alone) == want
    roster = [["花名册"],
              ["序号", "姓名", "所在股室", "职务"],
              [1, "曹王磊", "河道管理股", "巡河员"],
              [2, "葛思远", "河道管理股", "股长"]]  # fmt: skip
    other = run(tmp_path / "b", {"清单": rows, "名单": roster})
    assert read(other) == want
    for got in (alone, other):
        assert not {"HOLDERS_BY_GIVEN_NAME", "HOLDER_GIVEN_NAME_AMBIGUOUS"} & set(
            got.issues["code"]
        )
        no_errors(got)


def test_the_codes_are_catalogued():
    for code in ("HOLDERS_BY_GIVEN_NAME", "HOLDER_GIVEN_NAME_AMBIGUOUS"):
        assert code in CATALOGUE and code in SHORT


def test_what_the_hundred_and_twelfth_review_found(tmp_path):
    # (1) a roster of another body (the 乡镇 liaison officers, one of them '周刘洋 出纳') rewrites
    # no full name: '王磊' has no roster person of his post, so the list writes full names and
    # the table is read as written; (2) two-character full names the roster partly lists as
    # written ('李娜', '刘洋') are full names: '王磊' is not '张王磊'
    rows = [["XX县水务局岗位廉政风险点清单"],
            ["序号", "股室", "岗位", "责任人", "风险点", "风险等级", "防控措施"],
            [1, "办公室", "主任", "王磊", "公车私用", "中", "公车定位"],
            [2, "财务股", "会计", "李娜", "虚列支出", "高", "双人审核"],
            [3, "财务股", "出纳", "刘洋", "现金不入账", "低", "日清月结"]]  # fmt: skip
    want = sorted([
        ("主任", "王磊", "公车私用", "Ⅱ级"),
        ("会计", "李娜", "虚列支出", "Ⅰ级"),
        ("出纳", "刘洋", "现金不入账", "Ⅲ级"),
    ])  # fmt: skip
    others = [["各乡镇水利站联络员名单"],
              ["序号", "乡镇", "姓名", "职务", "电话"],
              [1, "城关镇", "赵王磊", "站长", "139"],
              [2, "河口乡", "孙李娜", "副站长", "138"],
              [3, "东岗镇", "周刘洋", "出纳", "137"]]  # fmt: skip
    staff = [["人员名单"], ["序号", "姓名", "职务"],
             [1, "张王磊", "主任"], [2, "李娜", "会计"], [3, "刘洋", "出纳"]]  # fmt: skip
    # (a group under the list: '钱王磊 局长' alone fits, '李娜', '刘洋' none)
    group = [*rows, [None] * 7, ["附：廉政风险防控工作领导小组"],
             ["序号", "姓名", "职务", "小组职务"],
             [1, "钱王磊", "主任", "组长"], [2, "孙志强", "副局长", "副组长"]]  # fmt: skip
    for name, sheets in (
        ("other", {"清单": rows, "乡镇联络员": others}),
        ("full", {"清单": rows, "人员名单": staff}),
        ("group", {"清单": group}),
    ):
        got = run(tmp_path / name, sheets)
        assert read(got) == want, name
        assert not {"HOLDERS_BY_GIVEN_NAME", "HOLDER_GIVEN_NAME_AMBIGUOUS"} & set(
            got.issues["code"]
        ), name
        no_errors(got)
    # a list of given names all through is still completed, one-character ones too
    single = [row[:] for row in rows]
    single[2][3], single[3][3], single[4][3] = "磊", "娜", "洋"
    staff1 = [["人员名单"], ["序号", "姓名", "科室", "职务"],
              [1, "王磊", "办公室", "主任"], [2, "李娜", "财务股", "会计"],
              [3, "刘洋", "财务股", "出纳"]]  # fmt: skip
    got = run(tmp_path / "single", {"清单": single, "人员名单": staff1})
    assert read(got) == want
    assert issues_of(got, "HOLDERS_BY_GIVEN_NAME")["value"].tolist() == [
        "磊→王磊、娜→李娜、洋→刘洋"
    ]
