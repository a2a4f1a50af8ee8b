"""A post-only list (科室 | 岗位 | 廉政风险点 | …, no name column) whose holders stand only in a
staff roster on another sheet, the roster with a status column ('在岗状态', '人员状态', '备注')
saying who of a post's listed staff really holds it: the staff lent out ('借调至县财政局'),
sent away ('外派驻村'), on leave ('产假') or retired ('退休') hold none of its points; the ones in
post ('在岗', '正常在岗') or lent in ('从县政务服务中心借调') hold them, each one a form of the
post's points where several are in post; a post with none in post stays post-only, said.

The layouts here are not the published batch's (batch864's 医疗保险服务中心 with 稽核员/审核员,
'在岗情况' and 一级/二级/三级): another unit and sector (a county's 公共资源交易中心 and a 林业站),
other posts and names, 高/中/低 and ★ levels, other status headings and words, the roster's
columns in another order and a 序号-less one, written with xlsxwriter (tests/helpers.py) and
read back as ``collect_inbox`` reads a file.
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


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


TRADE = "XX县公共资源交易中心"
TRADE_LIST = [
    [f"{TRADE}岗位廉政风险点一览表"],
    ["序号", "科室", "岗位", "廉政风险点", "风险等级", "防控措施"],
    [1, "中心领导", "主任", "交易项目进场审核打招呼、放宽条件", "高", "进场审核集体研究，结果公示。"],
    [2, "交易服务科", "见证员", "开标现场见证不到位，默许围标串标", "高", "全程录音录像，见证记录双签。"],
    [3, "交易服务科", "见证员", "泄露投标人名称等保密信息", "中", "开标前信息系统加密，专人管理。"],
    [4, "档案信息科", "档案管理员", "违规查阅、复制交易档案", "低", "档案借阅登记审批。"],
    ["填表：综合办", None, "审核：", None, "2025年8月", None],
]  # fmt: skip
TRADE_MERGES = ["A1:F1", "B4:B5", "C4:C5"]


def test_in_post_and_lent_in_staff_hold_a_post_lent_out_and_on_leave_do_not(tmp_path):
    # '姓名 | 科室 | 岗位 | 在岗状态' with no 序号: three 见证员, one lent out to another body, one
    # lent in from one (no '在岗' before it); two 档案管理员, one on maternity leave
    roster = [
        [f"{TRADE}干部职工名册"],
        ["姓名", "科室", "岗位", "在岗状态"],
        ["芮澍泓", "中心领导", "主任", "在岗"],
        ["亓昀璟", "交易服务科", "见证员", "在岗"],
        ["芮沐桐", "交易服务科", "见证员", "借调至县财政局"],
        ["亓霈然", "交易服务科", "见证员", "从县政务服务中心借调"],
        ["芮晞妍", "档案信息科", "档案管理员", "产假"],
        ["亓珺瑶", "档案信息科", "档案管理员", "在岗"],
        ["说明：借调至外单位及休产假人员本年度不承担本中心廉政风险点。"],
    ]
    got = run(tmp_path, {"风险点": TRADE_LIST, "名册": roster}, {"风险点": TRADE_MERGES})
    assert read(got) == sorted([
        ("主任", "芮澍泓", "交易项目进场审核打招呼、放宽条件", "Ⅰ级"),
        ("见证员", "亓昀璟", "开标现场见证不到位，默许围标串标", "Ⅰ级"),
        ("见证员", "亓昀璟", "泄露投标人名称等保密信息", "Ⅱ级"),
        ("见证员", "亓霈然", "开标现场见证不到位，默许围标串标", "Ⅰ级"),
        ("见证员", "亓霈然", "泄露投标人名称等保密信息", "Ⅱ级"),
        ("档案管理员", "亓珺瑶", "违规查阅、复制交易档案", "Ⅲ级"),
    ])  # fmt: skip
    assert len(got.posts) == 4  # (a form each of the two 见证员 in post)
    said = got.issues[got.issues["code"] == "HOLDERS_BY_ROSTER_STATUS"]
    assert list(said["cell"]) == ["D2"] and list(said["source_sheet"]) == ["名册"]
    assert "芮沐桐（借调至县财政局）" in said["message"].iloc[0]
    assert "在岗状态" in said["message"].iloc[0]
    assert "ROSTER_POST_SEVERAL_HOLDERS" not in codes(got)
    no_errors(got)


def test_a_post_none_of_whose_staff_is_in_post_stays_post_only_said(tmp_path):
    # '序号 | 岗位 | 姓名 | 人员状态' (岗位 before 姓名), a list with no 科室 column and ★ levels;
    # both 护林员 away ('外派驻村', '长期病假'): the post is nobody's, said at their cells
    rows = [
        ["XX县林业站岗位廉政风险防控表"],
        ["序号", "岗位", "廉政风险点", "风险等级", "防控措施"],
        [1, "站长", "林木采伐指标分配不公", "★★★", "指标分配会议研究并公示。"],
        [2, "护林员", "对盗伐滥伐行为瞒报不报", "★★", "巡护轨迹每日上传，站长抽查。"],
        [3, "资金管理员", "生态补偿资金代领冒领", "★★★", "资金一卡通直发到户。"],
    ]
    roster = [
        ["序号", "岗位", "姓名", "人员状态"],
        [1, "站长", "訾骁沣", "在岗"],
        [2, "护林员", "甘澈岚", "外派驻村"],
        [3, "护林员", "訾霁禾", "长期病假"],
        [4, "资金管理员", "甘沅芷", "正常在岗"],
    ]
    got = run(tmp_path, {"防控表": rows, "人员": roster})
    assert read(got) == sorted([
        ("站长", "訾骁沣", "林木采伐指标分配不公", "Ⅰ级"),
        ("护林员", "", "对盗伐滥伐行为瞒报不报", "Ⅱ级"),
        ("资金管理员", "甘沅芷", "生态补偿资金代领冒领", "Ⅰ级"),
    ])  # fmt: skip
    none = got.issues[got.issues["code"] == "ROSTER_POST_NONE_IN_POST"]
    assert list(none["cell"]) == ["D3"] and list(none["source_sheet"]) == ["人员"]
    assert "D3、D4" in none["message"].iloc[0] and "甘澈岚、訾霁禾" in none["message"].iloc[0]
    assert "HOLDERS_BY_ROSTER_STATUS" in codes(got)
    no_errors(got)


def test_a_remarks_column_of_status_words_two_in_post_each_hold_the_post(tmp_path):
    # '备注' as the status column ('正常在岗', '挂职锻炼（县乡村振兴局）', '退休'), its roster under a
    # caption and with a 序号: two 交易员 still in post each get the post's point
    rows = [
        [f"{TRADE}岗位风险清单"],
        ["序号", "股室", "岗位", "风险点", "等级", "措施"],
        [1, "交易服务科", "交易员", "场地安排优亲厚友", "中", "场地安排系统随机分配。"],
        [2, "交易服务科", "科长", "评标专家抽取违规干预", "高", "专家抽取全程监控。"],
    ]
    roster = [
        ["人员名单"],
        ["序号", "姓名", "股室", "岗位", "备注"],
        [1, "冼屹澄", "交易服务科", "科长", "正常在岗"],
        [2, "冼沛霖", "交易服务科", "交易员", "正常在岗"],
        [3, "蔺朗昕", "交易服务科", "交易员", "挂职锻炼（县乡村振兴局）"],
        [4, "蔺语桐", "交易服务科", "交易员", "正常在岗"],
        [5, "冼承德", "交易服务科", "交易员", "退休"],
    ]
    got = run(
        tmp_path, {"清单": rows, "人员名单": roster}, {"清单": ["A1:F1"], "人员名单": ["A1:E1"]}
    )
    assert read(got) == sorted([
        ("交易员", "冼沛霖", "场地安排优亲厚友", "Ⅱ级"),
        ("交易员", "蔺语桐", "场地安排优亲厚友", "Ⅱ级"),
        ("科长", "冼屹澄", "评标专家抽取违规干预", "Ⅰ级"),
    ])  # fmt: skip
    said = got.issues[got.issues["code"] == "HOLDERS_BY_ROSTER_STATUS"]
    assert list(said["cell"]) == ["E2"]
    assert "冼承德（退休）" in said["message"].iloc[0]
    no_errors(got)


def test_no_status_column_one_person_a_post_reads_as_before(tmp_path):
    roster = [
        ["姓名", "科室", "岗位"],
        ["芮澍泓", "中心领导", "主任"],
        ["亓昀璟", "交易服务科", "见证员"],
        ["亓珺瑶", "档案信息科", "档案管理员"],
    ]
    got = run(tmp_path, {"风险点": TRADE_LIST, "名册": roster}, {"风险点": TRADE_MERGES})
    assert read(got) == sorted([
        ("主任", "芮澍泓", "交易项目进场审核打招呼、放宽条件", "Ⅰ级"),
        ("见证员", "亓昀璟", "开标现场见证不到位，默许围标串标", "Ⅰ级"),
        ("见证员", "亓昀璟", "泄露投标人名称等保密信息", "Ⅱ级"),
        ("档案管理员", "亓珺瑶", "违规查阅、复制交易档案", "Ⅲ级"),
    ])  # fmt: skip
    assert not {"HOLDERS_BY_ROSTER_STATUS", "ROSTER_POST_NONE_IN_POST"} & codes(got)
    no_errors(got)


def test_remarks_of_phones_and_concurrent_posts_are_no_status_two_on_a_post_stay_post_only(
    tmp_path,
):
    # '备注' of phone numbers and '兼出纳': no status column; the two 见证员 are the roster's
    # 同岗多人 as before (post-only, said), the others one a post
    roster = [
        ["序号", "姓名", "科室", "岗位", "备注"],
        [1, "芮澍泓", "中心领导", "主任", "13907310011"],
        [2, "亓昀璟", "交易服务科", "见证员", "13907310012"],
        [3, "芮沐桐", "交易服务科", "见证员", "13907310013"],
        [4, "亓珺瑶", "档案信息科", "档案管理员", "兼出纳"],
    ]
    got = run(tmp_path, {"风险点": TRADE_LIST, "名册": roster}, {"风险点": TRADE_MERGES})
    assert read(got) == sorted([
        ("主任", "芮澍泓", "交易项目进场审核打招呼、放宽条件", "Ⅰ级"),
        ("见证员", "", "开标现场见证不到位，默许围标串标", "Ⅰ级"),
        ("见证员", "", "泄露投标人名称等保密信息", "Ⅱ级"),
        ("档案管理员", "亓珺瑶", "违规查阅、复制交易档案", "Ⅲ级"),
    ])  # fmt: skip
    assert not {"HOLDERS_BY_ROSTER_STATUS", "ROSTER_POST_NONE_IN_POST"} & codes(got)
    several = got.issues[got.issues["code"] == "ROSTER_POST_SEVERAL_HOLDERS"]
    assert len(several) == 1 and "亓昀璟、芮沐桐" in several["message"].iloc[0]
    no_errors(got)


def test_the_codes_are_catalogued():
    assert CATALOGUE["HOLDERS_BY_ROSTER_STATUS"][0] == "info" and SHORT["HOLDERS_BY_ROSTER_STATUS"]
    assert (
        CATALOGUE["ROSTER_POST_NONE_IN_POST"][0] == "warning" and SHORT["ROSTER_POST_NONE_IN_POST"]
    )


def test_a_roster_with_a_status_column_under_the_list_on_its_sheet(tmp_path):
    """Seen by batch864's generaliser and the 127th review: a roster with a status column ('在岗情况',
    '人员状态') under the list on the same sheet was read as more points (LEVEL_UNKNOWN on '在岗'); its
    heading is a roster's, so it ends the list and gives the holders, the lent-out one left out."""
    for status in ("在岗情况", "人员状态"):
        rows = [
            ["XX县退役军人事务局岗位廉政风险点一览表"],
            ["序号", "科室", "岗位", "廉政风险点", "风险等级", "防控措施"],
            [1, "局领导", "局长", "优抚对象认定打招呼", "高", "集体研究，结果公示。"],
            [2, "优抚股", "经办员", "抚恤金发放虚报冒领", "高", "按月比对死亡信息。"],
            [],
            ["附：人员名单"],
            ["序号", "姓名", "科室", "岗位", status],
            [1, "甘沐阳", "局领导", "局长", "在岗"],
            [2, "卜若汐", "优抚股", "经办员", "借调县信访局"],
            [3, "卜思远", "优抚股", "经办员", "在岗"],
        ]  # fmt: skip
        got = run(tmp_path / status, {"一览表": rows}, {"一览表": ["A1:F1"]})
        assert read(got) == [
            ("局长", "甘沐阳", "优抚对象认定打招呼", "Ⅰ级"),
            ("经办员", "卜思远", "抚恤金发放虚报冒领", "Ⅰ级"),
        ]
        assert "HOLDERS_BY_ROSTER_STATUS" in codes(got)
        no_errors(got)
    assert CATALOGUE["ROSTER_STATUS_UNSURE"][0] == "warning" and SHORT["ROSTER_STATUS_UNSURE"]
    assert CATALOGUE["ROSTER_NAMED_HOLDER_OUT"][0] == "warning" and SHORT["ROSTER_NAMED_HOLDER_OUT"]


# --- review 127: an absence word anywhere wins; 借调 in only where the cell says so ---

MED = "XX县医疗保障局"
MED_LIST = [
    [f"{MED}岗位廉政风险点一览表"],
    ["序号", "科室", "岗位", "廉政风险点", "风险等级", "防控措施"],
    [1, "局领导", "局长", "重大事项决策不民主", "高", "集体决策"],
    [2, "待遇保障股", "审核员", "医保报销审核把关不严", "高", "双人复核"],
    [3, "待遇保障股", "审核员", "违规办理特殊病种", "中", "公示"],
    [4, "基金监管股", "稽核员", "稽核检查走过场", "中", "交叉检查"],
]
MED_PEOPLE = [
    ("局长", "局领导", "欧阳澜"),
    ("审核员", "待遇保障股", "覃一帆"),
    ("审核员", "待遇保障股", "覃二帆"),
    ("稽核员", "基金监管股", "姚三石"),
]


def _med_roster(statuses, head="在岗情况"):
    rows = [[f"{MED}干部职工花名册"], ["序号", "姓名", "科室", "岗位", head]]
    for i, ((post, dept, name), st) in enumerate(zip(MED_PEOPLE, statuses, strict=True), 1):
        rows.append([i, name, dept, post, st])
    return rows


def test_what_the_hundred_and_twenty_seventh_review_found_absence_words_win(tmp_path):
    """'长期借调', '临时借调', '在外借调', '在职不在岗', '在职（长期病休）', '驻村', '进修': 覃二帆 is
    out of post (an absence word anywhere in the cell wins over a leading 在岗/在职), so the two
    审核员 points are 覃一帆's alone, said in the info."""
    want = [
        ("局长", "欧阳澜", "重大事项决策不民主", "Ⅰ级"),
        ("审核员", "覃一帆", "医保报销审核把关不严", "Ⅰ级"),
        ("审核员", "覃一帆", "违规办理特殊病种", "Ⅱ级"),
        ("稽核员", "姚三石", "稽核检查走过场", "Ⅱ级"),
    ]
    for i, st in enumerate(["长期借调", "临时借调", "在外借调", "在职不在岗", "在职（长期病休）",
                            "驻村", "进修"]):  # fmt: skip
        lead = "在职" if st.startswith("在职") else "在岗"
        got = run(tmp_path / str(i), {"风险点": MED_LIST,
                                      "名册": _med_roster([lead, lead, st, lead])})  # fmt: skip
        assert read(got) == sorted(want), st
        no_errors(got)
        said = got.issues[got.issues["code"] == "HOLDERS_BY_ROSTER_STATUS"]
        assert len(said) == 1 and f"覃二帆（{st}）" in said["message"].iloc[0], st
        assert "ROSTER_STATUS_UNSURE" not in codes(got), st


def test_what_the_hundred_and_twenty_seventh_review_found_a_unit_before_lent_is_unsure(tmp_path):
    """'县纪委借调' (a unit before 借调, no 从/来/入): lent to it or borrowed from it? Out of post,
    with a warning naming the cell; '从县纪委借调来' and '在岗（县纪委借调）' are lent in."""
    got = run(tmp_path / "a", {"风险点": MED_LIST,
                               "名册": _med_roster(["在岗", "在岗", "县纪委借调", "在岗"])})  # fmt: skip
    assert [x[1] for x in read(got) if x[0] == "审核员"] == ["覃一帆", "覃一帆"]
    unsure = got.issues[got.issues["code"] == "ROSTER_STATUS_UNSURE"]
    assert list(unsure["cell"]) == ["E5"] and unsure["severity"].iloc[0] == "warning"
    assert "覃二帆" in unsure["message"].iloc[0] and "县纪委借调" in unsure["message"].iloc[0]
    for name, st in (("b", "从县纪委借调来"), ("c", "在岗（县纪委借调）")):
        got = run(tmp_path / name, {"风险点": MED_LIST,
                                    "名册": _med_roster(["在岗", "在岗", st, "在岗"])})  # fmt: skip
        assert sorted(x[1] for x in read(got) if x[0] == "审核员") == [
            "覃一帆", "覃一帆", "覃二帆", "覃二帆"
        ], st  # fmt: skip
        assert "ROSTER_STATUS_UNSURE" not in codes(got)


def test_what_the_hundred_and_twenty_seventh_review_found_the_info_only_where_it_changed_a_list(
    tmp_path,
):
    """A roster alone (no list asks for a post's holder): no HOLDERS_BY_ROSTER_STATUS info beside
    FILE_NO_FORM. A named list (姓名 column giving 覃二帆 a 审核员 point) beside a roster saying
    覃二帆 '借调至县财政局': his point kept as listed, no info saying he bears none, a warning
    naming his status cell instead."""
    got = run(tmp_path / "a", {"名册": _med_roster(["在岗", "在岗", "借调", "在岗"], head="备注")})
    assert "HOLDERS_BY_ROSTER_STATUS" not in codes(got)
    named = [
        [f"{MED}岗位廉政风险点一览表"],
        ["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"],
        [1, "局领导", "局长", "欧阳澜", "重大事项决策不民主", "高", "集体决策"],
        [2, "待遇保障股", "审核员", "覃二帆", "医保报销审核把关不严", "高", "双人复核"],
        [3, "基金监管股", "稽核员", "姚三石", "稽核检查走过场", "中", "交叉检查"],
    ]
    got = run(tmp_path / "b", {"风险点": named,
                               "名册": _med_roster(["在岗", "在岗", "借调至县财政局", "在岗"])})  # fmt: skip
    assert read(got) == sorted([
        ("局长", "欧阳澜", "重大事项决策不民主", "Ⅰ级"),
        ("审核员", "覃二帆", "医保报销审核把关不严", "Ⅰ级"),
        ("稽核员", "姚三石", "稽核检查走过场", "Ⅱ级"),
    ])  # fmt: skip
    assert "HOLDERS_BY_ROSTER_STATUS" not in codes(got)
    out = got.issues[got.issues["code"] == "ROSTER_NAMED_HOLDER_OUT"]
    assert list(zip(out["source_sheet"], out["cell"], out["severity"], strict=True)) == [
        ("名册", "E5", "warning")
    ]
    assert "覃二帆" in out["message"].iloc[0] and "风险点" in out["message"].iloc[0]
    # (the post-only list it does change keeps its info: the tests above)
    got = run(tmp_path / "c", {"风险点": MED_LIST,
                               "名册": _med_roster(["在岗", "在岗", "借调至县财政局", "在岗"])})  # fmt: skip
    assert "HOLDERS_BY_ROSTER_STATUS" in codes(got)
    assert "ROSTER_NAMED_HOLDER_OUT" not in codes(got)


def test_what_the_hundred_and_twenty_seventh_review_found_one_marked_cell_and_yes_no(tmp_path):
    """A '备注' where only the absent one is marked ('借调至县卫健局', the others blank) and a
    '是否在岗' column of 是/否: 覃二帆 out of post, the 审核员 points 覃一帆's."""
    want = [("审核员", "覃一帆"), ("审核员", "覃一帆")]
    for name, statuses, head in (
        ("a", ["", "", "借调至县卫健局", ""], "备注"),
        ("b", ["是", "是", "否", "是"], "是否在岗"),
        ("c", ["在岗", "在岗", "驻村工作队", "在岗"], "在岗情况"),
    ):
        got = run(tmp_path / name, {"风险点": MED_LIST, "名册": _med_roster(statuses, head)})
        assert [x[:2] for x in read(got) if x[0] == "审核员"] == want, name
        assert "HOLDERS_BY_ROSTER_STATUS" in codes(got), name
        no_errors(got)


def test_what_the_hundred_and_twenty_seventh_review_found_back_in_post_is_in_post(tmp_path):
    """'在岗（原驻村，已返岗）', '驻村结束已返岗', '借调期满已返岗': the absence has ended (返岗, 结束,
    期满 after the absence word), so 覃二帆 is in post — never read as out of post; '借调期满未返岗'
    is still away."""
    both = [
        ("局长", "欧阳澜", "重大事项决策不民主", "Ⅰ级"),
        ("审核员", "覃一帆", "医保报销审核把关不严", "Ⅰ级"),
        ("审核员", "覃一帆", "违规办理特殊病种", "Ⅱ级"),
        ("审核员", "覃二帆", "医保报销审核把关不严", "Ⅰ级"),
        ("审核员", "覃二帆", "违规办理特殊病种", "Ⅱ级"),
        ("稽核员", "姚三石", "稽核检查走过场", "Ⅱ级"),
    ]
    got = run(tmp_path / "a", {"风险点": MED_LIST,
                               "名册": _med_roster(["在岗", "在岗", "在岗（原驻村，已返岗）", "在岗"])})  # fmt: skip
    assert read(got) == sorted(both)
    no_errors(got)
    # (one status cell in a 备注 column: no status column, the post's two holders as before)
    for i, st in enumerate(["借调期满已返岗", "驻村结束已返岗"]):
        got = run(tmp_path / f"b{i}", {"风险点": MED_LIST,
                                       "名册": _med_roster(["", "", st, ""], "备注")})  # fmt: skip
        assert ("审核员", "覃一帆", "违规办理特殊病种", "Ⅱ级") not in read(got), st
        assert "HOLDERS_BY_ROSTER_STATUS" not in codes(got), st
    away = [
        ("局长", "欧阳澜", "重大事项决策不民主", "Ⅰ级"),
        ("审核员", "覃一帆", "医保报销审核把关不严", "Ⅰ级"),
        ("审核员", "覃一帆", "违规办理特殊病种", "Ⅱ级"),
        ("稽核员", "姚三石", "稽核检查走过场", "Ⅱ级"),
    ]
    got = run(tmp_path / "c", {"风险点": MED_LIST,
                               "名册": _med_roster(["在岗", "在岗", "借调期满未返岗", "在岗"])})  # fmt: skip
    assert read(got) == sorted(away)
