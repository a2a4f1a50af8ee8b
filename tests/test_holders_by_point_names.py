"""A list naming no 科室, post or holder, and under it a table of its people whose last column
names each one's points by the list's short 风险点 WORDS, not by 序号 ('序号 | 科室 | 岗位 | 姓名 |
对应风险点' over '… | 基金结算审核、门诊慢特病认定'): each named point is that person's; a point two
name is each one's.

Not the published batch's file (tests/published/batch605.py: a 城市管理局 with 局领导, 市容管理科,
names joined by '、' under '对应风险点'): a county 医疗保障局, other posts and names, the names
also one a line, shortened to the start of the point or a part of it, joined by '，' or '；',
the heading '负责风险点' or '承担的风险点', a caption above or none, 科室 merged down over its
people, the name first and an extra 备注 column; and two tables that look a bit alike (a roster
of 分管工作, a table of duties headed '负责事项') that name no point and read as before. Written with xlsxwriter (tests/helpers.py)
and read back as ``collect_inbox`` reads a file.

The last section: such a table naming the list's business MATTERS (its 业务事项/职权/环节 column),
every point of a named matter the person's — not the published batch's file (batch606: a 工业和
信息化局, '承办业务事项'): a county 交通运输局, other headings, joiners and arrangements (see there).

The section after it: a list with no such column whose points stand under SECTION ROWS naming
work matters ('（一）林木采伐许可证核发'), and a 分工 table one matter a row ('工作事项 | 责任岗位 |
责任人'): every point under a matter's row is its holder's — not the published batch's file
(batch608: a 移民服务中心): a county 林业和草原局, other numbering, places and headings (see there).

The section after that: a list keyed by a supervised object ('包联项目') and a roster one object a
row BESIDE it past an empty column: each row's points are its object's holder — not the
published batch's file (batch616: an 应急管理局's 包保企业): a county 住房和城乡建设局 (see there).
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

TITLE = ["泾源县医疗保障局廉政风险点目录"]
HEAD = ["序号", "风险点", "风险表现", "风险等级", "防控措施"]
POINTS = [
    ("基金结算审核", "对定点医药机构违规费用审核不严，该扣未扣", "高", "智能审核全覆盖，疑点复核两人签字。"),
    ("门诊慢特病认定", "降低认定标准，为不符合条件人员办理待遇", "高", "专家评审，结果公示。"),
    ("定点机构协议管理", "协议考核走过场，违规机构不退出", "中", "考核结果局务会审定。"),
    ("异地就医备案审核", "备案资料审核不严，违规办理转诊备案", "低", "备案材料留档，定期抽查。"),
    ("药品集中采购监督", "接受企业宴请，干预采购结果", "中", "采购全程留痕，纪检组监督。"),
    ("稽核检查案件办理", "查处不力，以罚代管", "高", "案件集体审理，处罚结果公开。"),
]  # fmt: skip
LEVEL = {"高": "Ⅰ级", "中": "Ⅱ级", "低": "Ⅲ级"}


def run(tmp_path: Path, sheets, merges=None):
    """Write the workbook and collect it as ``collect_inbox`` does, in this process."""
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", sheets, merges)
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def the_list(points=POINTS):
    return [[n, *p] for n, p in enumerate(points, 1)]


def read(res) -> list[tuple[str, str, str, str, str]]:
    """(科室, post, holder, point, level) of each point read, sorted."""
    r = res.risks
    return sorted(
        zip(r["department"], r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True)
    )


def expect(*held: tuple[str, str, str, list[int]]) -> list[tuple[str, str, str, str, str]]:
    """Each (科室, post, holder, the list's rows they hold by 1-based index) as ``read`` gives."""
    return sorted(
        (d, t, p, POINTS[i - 1][0], LEVEL[POINTS[i - 1][2]]) for d, t, p, rows in held for i in rows
    )


def codes(res, severity=None) -> list[tuple[str, str]]:
    df = res.issues if severity is None else res.issues[res.issues["severity"] == severity]
    return sorted(zip(df["code"], df["cell"], strict=True))


def test_the_codes_are_catalogued():
    for code in ("HOLDERS_BY_POINT_NAMES", "HOLDER_NAMES_UNMATCHED"):
        assert code in CATALOGUE and code in SHORT
    assert CATALOGUE["HOLDERS_BY_POINT_NAMES"][0] == "info"
    assert CATALOGUE["HOLDER_NAMES_UNMATCHED"][0] == "warning"


def test_names_joined_by_a_comma_word_each_point_the_persons(tmp_path):
    staff = [
        ["岗位人员及对应风险点"],
        ["序号", "科室", "岗位", "姓名", "对应风险点"],
        [1, "局领导", "局长", "郦晗舟", "稽核检查案件办理"],
        [2, "局领导", "副局长", "隗沐阳", "基金结算审核、门诊慢特病认定、药品集中采购监督"],
        [3, "待遇保障股", "股长", "昝若溪", "门诊慢特病认定、异地就医备案"],
        [4, "基金监管股", "股长", "郏青岚", "定点机构协议管理、稽核检查案件办理"],
    ]
    rows = [TITLE, HEAD, *the_list(), [], *staff]
    res = run(tmp_path, {"目录": rows}, {"目录": ["A1:E1", "A10:E10"]})
    assert read(res) == expect(
        ("局领导", "局长", "郦晗舟", [6]),
        ("局领导", "副局长", "隗沐阳", [1, 2, 5]),
        ("待遇保障股", "股长", "昝若溪", [2, 4]),
        ("基金监管股", "股长", "郏青岚", [3, 6]),
    )
    assert codes(res, "error") == [] and codes(res, "warning") == []
    assert ("HOLDERS_BY_POINT_NAMES", "E11") in codes(res, "info")
    msg = res.issues[res.issues["code"] == "HOLDERS_BY_POINT_NAMES"]["message"].iloc[0]
    assert "对应风险点" in msg and "4人、6个风险点" in msg
    c = res.counts()
    assert c["rows_seen"] == c["risks"] + c["rows_reported"] and c["unplaced"] == 0


def test_one_a_line_name_first_and_a_department_merged_down(tmp_path):
    staff = [
        ["姓名", "职务", "股室", "负责风险点", "备注"],
        ["隗沐阳", "副局长", "局领导", "基金结算审核\n药品集中采购监督", ""],
        ["昝若溪", "股长", "待遇保障股", "门诊慢特病认定\n异地就医备案审核", ""],
        ["鄢知秋", "科员", "", "异地就医备案审核", "兼"],
    ]
    rows = [TITLE, HEAD, *the_list(), [], *staff]
    res = run(tmp_path, {"目录": rows}, {"目录": ["A1:E1", "C12:C13"]})
    assert read(res) == sorted([
        *expect(("局领导", "副局长", "隗沐阳", [1, 5]), ("待遇保障股", "股长", "昝若溪", [2, 4]),
                ("待遇保障股", "科员", "鄢知秋", [4])),
        # (no one names rows 3 and 6: they stay the unit's, as read)
        *expect(("", "", "", [3, 6])),
    ])  # fmt: skip
    assert codes(res, "error") == [] and codes(res, "warning") == []
    assert ("HOLDERS_BY_POINT_NAMES", "D10") in codes(res, "info")


def test_names_shortened_and_written_with_spaces_still_name_their_point(tmp_path):
    # '协议管理' is within one point only, '稽核检查' and '异地就医' begin one, '门诊 慢特病认定。'
    # is one with a space and a stop; the list under a blank row, the people right under it
    points = POINTS[:4] + [("稽核检查案件办理", "查处不力，以罚代管", "高", "案件集体审理。")]
    staff = [
        ["序号", "姓名", "岗位", "承担的风险点"],
        [1, "郦晗舟", "局长", "稽核检查"],
        [2, "郏青岚", "基金监管股股长", "协议管理，稽核检查，基金结算"],
        [3, "昝若溪", "待遇保障股股长", "门诊 慢特病认定。；异地就医"],
    ]
    rows = [TITLE, ["", "", "", "", ""], HEAD, *the_list(points), *staff]
    res = run(tmp_path, {"目录": rows})
    assert read(res) == expect(
        ("", "局长", "郦晗舟", [6]),
        ("", "基金监管股股长", "郏青岚", [3, 6, 1]),
        ("", "待遇保障股股长", "昝若溪", [2, 4]),
    )
    assert codes(res, "error") == [] and codes(res, "warning") == []
    assert ("HOLDERS_BY_POINT_NAMES", "D9") in codes(res, "info")


def test_a_name_matching_two_points_or_none_is_said_not_guessed(tmp_path):
    staff = [
        ["序号", "科室", "岗位", "姓名", "对应风险点"],
        [1, "局领导", "副局长", "隗沐阳", "基金结算审核、审核"],  # ('审核': within points 1 and 4)
        [2, "待遇保障股", "股长", "昝若溪", "门诊慢特病认定、医保目录调整"],  # (no such point)
    ]
    rows = [TITLE, HEAD, *the_list(), [], *staff]
    res = run(tmp_path, {"目录": rows})
    assert read(res) == sorted([
        *expect(("局领导", "副局长", "隗沐阳", [1]), ("待遇保障股", "股长", "昝若溪", [2])),
        *expect(("", "", "", [3, 4, 5, 6])),
    ])  # fmt: skip
    assert codes(res, "warning") == [
        ("HOLDER_NAMES_UNMATCHED", "E11"),
        ("HOLDER_NAMES_UNMATCHED", "E12"),
    ]
    said = res.issues[res.issues["code"] == "HOLDER_NAMES_UNMATCHED"].set_index("cell")
    assert said.loc["E11", "value"] == "审核" and "不止一个" in said.loc["E11", "message"]
    assert said.loc["E12", "value"] == "医保目录调整" and "找不到" in said.loc["E12", "message"]
    assert codes(res, "error") == []


def test_a_roster_of_duties_under_the_list_reads_as_before(tmp_path):
    # '分管工作' names no point: a roster of who does what, no table naming points
    roster = [
        ["序号", "科室", "岗位", "姓名", "分管工作"],
        [1, "局领导", "局长", "郦晗舟", "主持全面工作"],
        [2, "局领导", "副局长", "隗沐阳", "分管财务、基金监管"],
    ]
    rows = [TITLE, HEAD, *the_list(), [], *roster]
    res = run(tmp_path, {"目录": rows})
    # the list's points stay the unit's, none given to anyone (the roster's own rows are read
    # as they were before this rule, which does not look at them)
    assert {(d, t, p) for d, t, p, *_ in read(res)} == {("", "", "")}
    assert set(expect(("", "", "", [1, 2, 3, 4, 5, 6]))) <= set(read(res))
    assert not {"HOLDERS_BY_POINT_NAMES", "HOLDER_NAMES_UNMATCHED"} & set(res.issues["code"])


def test_a_table_of_duties_headed_as_points_is_no_holders_table(tmp_path):
    # headed '负责事项' as a points' column may be, but its words are duties the list names
    # nowhere: not read as naming the list's points
    duties = [
        ["姓名", "职务", "负责事项"],
        ["郦晗舟", "局长", "主持全面工作"],
        ["隗沐阳", "副局长", "财务管理、人事管理"],
    ]
    rows = [TITLE, HEAD, *the_list(), [], *duties]
    res = run(tmp_path, {"目录": rows})
    assert {(d, t, p) for d, t, p, *_ in read(res)} == {("", "", "")}
    assert set(expect(("", "", "", [1, 2, 3, 4, 5, 6]))) <= set(read(res))
    assert not {"HOLDERS_BY_POINT_NAMES", "HOLDER_NAMES_UNMATCHED"} & set(res.issues["code"])


# --------------------------------------------------------------------------------------------
# Holders by the list's business MATTERS: a list keyed by 业务事项 / 职权 / 环节 with no holder
# column, and a 分工 table whose last cell names the matters each person handles; every point of
# a named matter is his. Not the published batch's file (tests/published/batch606.py: a 工业和
# 信息化局, '业务事项' merged, '附：承办人员分工' with '序号 | 姓名 | 所在股室 | 职务 | 承办业务事项'
# joined by '、', 高/中/低): a county 交通运输局, its 运管/路政/养护 matters, ``一级/二级/三级``,
# the matters headed '职权名称' merged down, '权力事项' repeated on every row or '办理环节';
# the 分工 table headed '经办事项', '负责业务' or '负责环节', the matters joined by '，' or one
# a line or shortened to a part of them, the name first or the post first, above the list or
# under it, a caption or none.

M_TITLE = ["礼泉县交通运输局行政权力廉政风险点清单"]
MATTERS = [  # (matter, [(point, level)])
    ("道路运输经营许可", [("许可条件审查不严，为不符合条件的企业发证", "一级"),
                          ("违规收取或索要好处费", "二级")]),
    ("超限超载车辆治理", [("对超限车辆只罚款不卸载", "一级")]),
    ("农村公路养护资金拨付", [("养护资金拨付不按考核结果，虚报冒领", "一级"),
                              ("养护工程验收降低标准", "二级"),
                              ("向养护单位索要财物", "三级")]),
    ("出租汽车经营权管理", [("经营权指标分配暗箱操作", "二级")]),
]  # fmt: skip
M_LEVEL = {"一级": "Ⅰ级", "二级": "Ⅱ级", "三级": "Ⅲ级"}


def matters_list(head="职权名称", repeat=False, matters=MATTERS, at=2):
    """The list's heading and rows, and the merges of its matter column (none if ``repeat``),
    the heading on sheet row ``at`` (1-based: after the title)."""
    rows, merges, n = [["序号", head, "廉政风险点", "风险等级", "防控措施"]], [], 0
    for matter, points in matters:
        top = len(rows) + at  # (the 1-based sheet row of the matter's first point)
        for k, (point, level) in enumerate(points):
            n += 1
            said = matter if repeat or k == 0 else ""
            rows.append([n, said, point, level, "集体研究，全程留痕。"])
        if len(points) > 1 and not repeat:
            merges.append(f"B{top}:B{top + len(points) - 1}")
    return rows, merges


def points_of(*names: str, matters=MATTERS) -> list[tuple[str, str]]:
    """(point, level as read) of each named matter's points."""
    return [(p, M_LEVEL[lv]) for m, pts in matters if m in names for p, lv in pts]


def held(dept: str, post: str, person: str, *names: str, matters=MATTERS):
    return [(dept, post, person, p, lv) for p, lv in points_of(*names, matters=matters)]


def test_matters_merged_down_each_point_the_handlers_one_matter_two_peoples(tmp_path):
    the, merges = matters_list()
    staff = [
        ["附：经办人员"],
        ["序号", "姓名", "科室", "岗位", "经办事项"],
        [1, "阚筠泽", "运输管理股", "股长", "道路运输经营许可，出租汽车经营权管理"],
        [2, "鄢沐晴", "运输管理股", "科员", "道路运输经营许可"],
        [3, "亓屹川", "路政股", "股长", "超限超载车辆治理"],
        [4, "佴书禾", "公路养护股", "股长", "农村公路养护资金拨付"],
    ]
    rows = [M_TITLE, *the, ["注：各事项的风险点由经办人员负责防控。"], [], *staff]
    res = run(tmp_path, {"清单": rows}, {"清单": ["A1:E1", *merges, "A12:E12"]})
    assert read(res) == sorted([
        *held("运输管理股", "股长", "阚筠泽", "道路运输经营许可", "出租汽车经营权管理"),
        *held("运输管理股", "科员", "鄢沐晴", "道路运输经营许可"),
        *held("路政股", "股长", "亓屹川", "超限超载车辆治理"),
        *held("公路养护股", "股长", "佴书禾", "农村公路养护资金拨付"),
    ])  # fmt: skip
    assert codes(res, "error") == [] and codes(res, "warning") == []
    assert ("HOLDERS_BY_MATTER_NAMES", "E13") in codes(res, "info")
    assert not {"HOLDERS_BY_POINT_NAMES", "ROW_UNPLACED"} & set(res.issues["code"])
    msg = res.issues[res.issues["code"] == "HOLDERS_BY_MATTER_NAMES"]["message"].iloc[0]
    assert "经办事项" in msg and "4人、7个风险点" in msg


def test_matters_on_every_row_names_one_a_line_or_shortened_post_first(tmp_path):
    # '权力事项' written again on each row (no merge); the table has the post first and a 备注,
    # names one a line, '养护资金' within one matter only, '出租汽车经营权管理。' with a stop
    the, _merges = matters_list("权力事项", repeat=True)
    staff = [
        ["股室", "职务", "姓名", "负责业务", "备注"],
        ["局领导", "副局长", "阚筠泽", "道路运输经营许可\n出租汽车经营权管理。", ""],
        ["公路养护股", "股长", "佴书禾", "养护资金\n超限超载车辆治理", "兼路政"],
    ]
    rows = [M_TITLE, *the, [], *staff]
    res = run(tmp_path, {"清单": rows}, {"清单": ["A1:E1"]})
    assert read(res) == sorted([
        *held("局领导", "副局长", "阚筠泽", "道路运输经营许可", "出租汽车经营权管理"),
        *held("公路养护股", "股长", "佴书禾", "农村公路养护资金拨付", "超限超载车辆治理"),
    ])  # fmt: skip
    assert codes(res, "error") == [] and codes(res, "warning") == []
    assert ("HOLDERS_BY_MATTER_NAMES", "D11") in codes(res, "info")


def test_stages_merged_down_named_by_a_table_above_the_list(tmp_path):
    # a list keyed by '办理环节' (受理 / 审查 / 决定, merged), its 分工 table ABOVE it headed
    # '负责环节', one stage two people's; the 科室 merged down over its two people
    stages = [
        ("受理", [("材料不全仍予受理", "三级"), ("刁难申请人", "二级")]),
        ("审查", [("现场核查走过场", "一级")]),
        ("决定", [("超越权限作出许可决定", "一级"), ("许可决定不公开", "三级")]),
    ]
    staff = [
        ["序号", "科室", "岗位", "姓名", "负责环节"],
        [1, "行政审批股", "股长", "亓屹川", "审查、决定"],
        [2, "", "科员", "鄢沐晴", "受理、审查"],
    ]
    the, merges = matters_list("办理环节", matters=stages, at=6)
    rows = [*staff, [], ["礼泉县交通运输局行政许可廉政风险点"], *the]
    res = run(tmp_path, {"许可": rows}, {"许可": ["B2:B3", "A5:E5", *merges]})
    assert read(res) == sorted([
        *held("行政审批股", "股长", "亓屹川", "审查", "决定", matters=stages),
        *held("行政审批股", "科员", "鄢沐晴", "受理", "审查", matters=stages),
    ])  # fmt: skip
    assert codes(res, "error") == [] and codes(res, "warning") == []
    assert ("HOLDERS_BY_MATTER_NAMES", "E1") in codes(res, "info")


def test_a_matter_the_list_has_not_or_two_it_has_is_said_not_guessed(tmp_path):
    # '航道管理' is no matter of the list, '经营' is within two: warned at their cells; the
    # person's other matters are still his, and a matter no one names stays the unit's
    the, merges = matters_list()
    staff = [
        ["序号", "姓名", "科室", "岗位", "经办事项"],
        [1, "阚筠泽", "运输管理股", "股长", "道路运输经营许可、航道管理"],
        [2, "亓屹川", "路政股", "股长", "超限超载车辆治理、经营"],
    ]
    rows = [M_TITLE, *the, [], *staff]
    res = run(tmp_path, {"清单": rows}, {"清单": ["A1:E1", *merges]})
    assert read(res) == sorted([
        *held("运输管理股", "股长", "阚筠泽", "道路运输经营许可"),
        *held("路政股", "股长", "亓屹川", "超限超载车辆治理"),
        *held("", "", "", "农村公路养护资金拨付", "出租汽车经营权管理"),
    ])  # fmt: skip
    assert codes(res, "warning") == [
        ("HOLDER_NAMES_UNMATCHED", "E12"),
        ("HOLDER_NAMES_UNMATCHED", "E13"),
    ]
    said = res.issues[res.issues["code"] == "HOLDER_NAMES_UNMATCHED"].set_index("cell")
    assert said.loc["E12", "value"] == "航道管理" and "找不到" in said.loc["E12", "message"]
    assert said.loc["E13", "value"] == "经营" and "不止一个" in said.loc["E13", "message"]
    assert codes(res, "error") == []


def test_a_table_of_matters_the_list_names_nowhere_gives_no_holder(tmp_path):
    # every matter named is none of the list's (another unit's 分工, pasted in): no holders table,
    # the list's points stay the unit's and no one is guessed
    the, merges = matters_list()
    staff = [
        ["序号", "姓名", "科室", "岗位", "经办事项"],
        [1, "阚筠泽", "运输管理股", "股长", "航道管理、港口经营许可"],
        [2, "亓屹川", "路政股", "股长", "公路路产保护、涉路施工许可"],
    ]
    rows = [M_TITLE, *the, [], *staff]
    res = run(tmp_path, {"清单": rows}, {"清单": ["A1:E1", *merges]})
    # (the staff rows themselves are read as they were before this rule, which does not look
    # at them)
    assert {(d, t, p) for d, t, p, *_ in read(res)} == {("", "", "")}
    assert set(held("", "", "", *(m for m, _p in MATTERS))) <= set(read(res))
    assert not {"HOLDERS_BY_MATTER_NAMES", "HOLDERS_BY_POINT_NAMES"} & set(res.issues["code"])


def test_a_roster_of_duties_under_a_matters_list_reads_as_before(tmp_path):
    # '分管工作' names the leaders' duties, not the list's matters: no holders table
    the, merges = matters_list()
    roster = [
        ["序号", "姓名", "职务", "分管工作"],
        [1, "阚筠泽", "局长", "主持全面工作"],
        [2, "亓屹川", "副局长", "分管道路运输经营许可、超限超载车辆治理"],
    ]
    rows = [M_TITLE, *the, [], *roster]
    res = run(tmp_path, {"清单": rows}, {"清单": ["A1:E1", *merges]})
    assert {(d, t, p) for d, t, p, *_ in read(res)} == {("", "", "")}
    assert set(held("", "", "", *(m for m, _p in MATTERS))) <= set(read(res))
    assert not {"HOLDERS_BY_MATTER_NAMES", "HOLDER_NAMES_UNMATCHED"} & set(res.issues["code"])


def test_the_matters_code_is_catalogued():
    assert CATALOGUE["HOLDERS_BY_MATTER_NAMES"][0] == "info"
    assert "HOLDERS_BY_MATTER_NAMES" in SHORT


# --------------------------------------------------------------------------------------------
# Holders by the SECTION ROWS a list's points stand under: a list of no 科室, post or holder
# column, its rows grouped under section rows naming work matters ('（一）林木采伐许可审批'), and a
# 分工 table one MATTER a row ('序号 | 工作事项 | 责任岗位 | 责任人'): every point under a matter's
# section row is that matter's holder's, the section kept as the points' section. Not the
# published batch's file (tests/published/batch608.py: a 移民服务中心, '（一）…' rows merged across
# '序号 | 廉政风险点 | 风险等级 | 防控措施', the table under the list headed '工作事项分工', 高/中/低):
# a county 林业和草原局, its 林政/护林/退耕 matters, '一级/二级/三级'; section rows merged or
# written in one cell, numbered '（一）' or '一、'; the 分工 table under the list or above it,
# headed '工作事项', '事项名称' or '业务事项', post and name or name, post and 股室, a matter
# written with its number ('（二）…') or a stop; one person two or three matters.

S_TITLE = ["正宁县林业和草原局廉政风险点防控台账"]
S_MATTERS = [  # (matter, [(point, level)])
    ("林木采伐许可证核发", [("超限额、超范围核发采伐许可证", "一级"),
                          ("现场查验不到位，以图代查", "二级")]),
    ("生态护林员选聘管理", [("护林员选聘优亲厚友，不按程序公示", "一级"),
                            ("护林员考核走过场，劳务补助照发", "三级")]),
    ("退耕还林补助资金兑付", [("虚报退耕面积，套取补助资金", "一级")]),
    ("森林草原防火物资采购", [("防火物资采购化整为零，规避招标", "二级"),
                              ("验收不严，以次充好", "二级")]),
]  # fmt: skip
S_NUMBERS = ("（一）", "（二）", "（三）", "（四）")
S_HEAD = ["序号", "廉政风险点", "风险等级", "防控措施"]


def sections_list(at=3, numbers=S_NUMBERS, merged=True, matters=S_MATTERS, head=S_HEAD):
    """The list's heading, section rows and points, and the merges of the section rows (none
    unless ``merged``), the heading on sheet row ``at`` (1-based)."""
    rows, merges, n = [list(head)], [], 0
    last = chr(ord("A") + len(head) - 1)
    for k, (matter, points) in enumerate(matters):
        rows.append([numbers[k] + matter])
        if merged:
            merges.append(f"A{at + len(rows) - 1}:{last}{at + len(rows) - 1}")
        for point, level in points:
            n += 1
            rows.append([n, point, level, "集体研究，过程留痕。"][: len(head)])
    return rows, merges


def s_held(dept: str, post: str, person: str, *names: str):
    return [(dept, post, person, p, lv) for p, lv in points_of(*names, matters=S_MATTERS)]


def sections_of(res) -> dict[str, str]:
    return dict(zip(res.risks["risk_point"], res.risks["section"], strict=True))


def test_section_rows_merged_a_roster_under_the_list_one_person_two_matters(tmp_path):
    the, merges = sections_list()
    roster = [
        ["工作事项分工"],
        ["序号", "工作事项", "责任岗位", "责任人"],
        [1, "林木采伐许可证核发", "林政股股长", "宇文砚秋"],
        [2, "生态护林员选聘管理", "副局长", "濮阳澄"],
        [3, "退耕还林补助资金兑付", "副局长", "濮阳澄"],
        [4, "森林草原防火物资采购", "办公室主任", "乐正岚"],
    ]
    note = ["注：风险点由所在工作事项的责任岗位负责防控。"]
    rows = [S_TITLE, ["单位：正宁县林业和草原局"], *the, note, [], *roster]
    res = run(tmp_path, {"台账": rows}, {"台账": ["A1:D1", "A2:D2", *merges, "A15:D15"]})
    assert read(res) == sorted([
        *s_held("", "林政股股长", "宇文砚秋", "林木采伐许可证核发"),
        *s_held("", "副局长", "濮阳澄", "生态护林员选聘管理", "退耕还林补助资金兑付"),
        *s_held("", "办公室主任", "乐正岚", "森林草原防火物资采购"),
    ])  # fmt: skip
    assert codes(res, "error") == [] and codes(res, "warning") == []
    assert ("HOLDERS_BY_MATTER_NAMES", "B18") in codes(res, "info")
    assert not {"HOLDERS_BY_POINT_NAMES", "ROW_UNPLACED"} & set(res.issues["code"])
    # one form a holder: the 副局长's two matters are one form, their sections kept
    assert res.risks.groupby("person")["form_id"].nunique().to_dict() == dict.fromkeys(
        ("宇文砚秋", "濮阳澄", "乐正岚"), 1
    )
    said = sections_of(res)
    assert {said[p] for p, _lv in points_of("退耕还林补助资金兑付", matters=S_MATTERS)} == {
        "退耕还林补助资金兑付"
    }


def test_sections_numbered_one_two_in_one_cell_the_roster_above_the_list(tmp_path):
    # '一、…' section rows in one cell (not merged); the 分工 table ABOVE the list, no caption,
    # headed '事项名称', the name before the post and a 股室 column after; '（三）…' written with
    # its number, '…管理。' with a stop; one person three matters
    roster = [
        ["序号", "事项名称", "姓名", "职务", "所在股室"],
        [1, "林木采伐许可证核发", "宇文砚秋", "股长", "林政资源股"],
        [2, "生态护林员选聘管理。", "濮阳澄", "股长", "生态修复股"],
        [3, "（三）退耕还林补助资金兑付", "濮阳澄", "股长", "生态修复股"],
        [4, "森林草原防火物资采购", "濮阳澄", "股长", "生态修复股"],
    ]
    the, _merges = sections_list(at=8, numbers=("一、", "二、", "三、", "四、"), merged=False)
    rows = [*roster, [], S_TITLE, *the]
    res = run(tmp_path, {"台账": rows}, {"台账": ["A7:D7"]})
    assert read(res) == sorted([
        *s_held("林政资源股", "股长", "宇文砚秋", "林木采伐许可证核发"),
        *s_held("生态修复股", "股长", "濮阳澄", "生态护林员选聘管理", "退耕还林补助资金兑付",
                "森林草原防火物资采购"),
    ])  # fmt: skip
    assert codes(res, "error") == [] and codes(res, "warning") == []
    assert ("HOLDERS_BY_MATTER_NAMES", "B1") in codes(res, "info")
    assert set(sections_of(res).values()) == {m for m, _p in S_MATTERS}


def test_sections_over_a_list_of_no_number_column_an_extra_column_a_matter_warned(tmp_path):
    # no 序号 column: the section rows merged across from the point's own column; a 备注 column;
    # the roster '业务事项 | 岗位 | 责任人' names a matter the list has not ('野生动物保护'): warned
    # at its cell and not guessed, the others read, an unnamed matter's points the unit's
    head = ["廉政风险点", "风险等级", "防控措施", "备注"]
    rows, merges = [head], []
    for k, (matter, points) in enumerate(S_MATTERS):
        rows.append([S_NUMBERS[k] + matter])
        merges.append(f"A{len(rows) + 1}:D{len(rows) + 1}")
        rows += [[p, lv, "两人以上现场核查。", ""] for p, lv in points]
    roster = [
        ["业务事项", "岗位", "责任人"],
        ["林木采伐许可证核发", "股长", "宇文砚秋"],
        ["生态护林员选聘管理", "副局长", "濮阳澄"],
        ["野生动物保护", "股长", "乐正岚"],
    ]
    sheet = [S_TITLE, *rows, [], *roster]
    res = run(tmp_path, {"台账": sheet}, {"台账": ["A1:D1", *merges]})
    assert read(res) == sorted([
        *s_held("", "股长", "宇文砚秋", "林木采伐许可证核发"),
        *s_held("", "副局长", "濮阳澄", "生态护林员选聘管理"),
        *s_held("", "", "", "退耕还林补助资金兑付", "森林草原防火物资采购"),
    ])  # fmt: skip
    assert codes(res, "error") == []
    assert codes(res, "warning") == [("HOLDER_NAMES_UNMATCHED", "A18")]
    said = res.issues[res.issues["code"] == "HOLDER_NAMES_UNMATCHED"]
    assert said["value"].tolist() == ["野生动物保护"]


def test_section_rows_naming_departments_still_give_the_department(tmp_path):
    # '（一）林政资源股' …: section rows naming 股室 give their rows' 科室, as before; no matter,
    # no section, no holders table
    depts = [("林政资源股", S_MATTERS[0][1]), ("生态修复股", S_MATTERS[1][1]),
             ("办公室", S_MATTERS[3][1])]  # fmt: skip
    the, merges = sections_list(matters=depts)
    res = run(tmp_path, {"台账": [S_TITLE, [], *the]}, {"台账": ["A1:D1", *merges]})
    assert read(res) == sorted(
        (d, "", "", p, M_LEVEL[lv]) for d, points in depts for p, lv in points
    )
    assert set(res.risks["section"]) == {""}
    assert codes(res, "error") == []
    assert not {"HOLDERS_BY_MATTER_NAMES", "HOLDER_NAMES_UNMATCHED"} & set(res.issues["code"])


def test_a_roster_of_matters_none_of_them_the_lists_sections_gives_no_holder(tmp_path):
    # a 工作事项 table naming matters of another year's list, none the sections here: no holders
    # table, the points stay the unit's (their sections kept), no one guessed
    the, merges = sections_list()
    roster = [
        ["附：工作事项分工"],
        ["序号", "工作事项", "责任岗位", "责任人"],
        [1, "古树名木保护", "股长", "宇文砚秋"],
        [2, "林业有害生物防治", "副局长", "濮阳澄"],
        [3, "国有林场改革", "场长", "乐正岚"],
    ]
    note = ["注：风险点由所在工作事项的责任人负责防控。"]
    rows = [S_TITLE, [], *the, note, [], *roster]
    res = run(tmp_path, {"台账": rows}, {"台账": ["A1:D1", *merges]})
    assert read(res) == sorted(s_held("", "", "", *(m for m, _p in S_MATTERS)))
    said = sections_of(res)
    assert {said[p] for _m, points in S_MATTERS for p, _lv in points} == {m for m, _ in S_MATTERS}
    # (the table's rows stay unplaced, as before this rule)
    assert codes(res, "warning") == [("ROW_UNPLACED", c) for c in ("A17", "A19", "A20", "A21")]
    assert codes(res, "error") == []
    said = {"HOLDERS_BY_MATTER_NAMES", "HOLDERS_BY_POINT_NAMES", "HOLDER_NAMES_UNMATCHED"}
    assert not said & set(res.issues["code"])


def test_numbered_rows_over_a_list_naming_its_holders_keep_no_section(tmp_path):
    # a list with its own 股室 and 责任人 columns under merged '（一）…' rows: the rows name their
    # holders; the matter rows are dropped as before (no section), whatever a table under says
    head = ["序号", "股室", "责任人", "廉政风险点", "风险等级", "防控措施"]
    rows, merges, n = [head], [], 0
    for k, (matter, points) in enumerate(S_MATTERS[:2]):
        rows.append([S_NUMBERS[k] + matter])
        merges.append(f"A{len(rows) + 1}:F{len(rows) + 1}")
        for p, lv in points:
            n += 1
            rows.append([n, "林政资源股", "宇文砚秋", p, lv, "集体研究。"])
    res = run(tmp_path, {"台账": [S_TITLE, *rows]}, {"台账": ["A1:F1", *merges]})
    assert read(res) == sorted(s_held("林政资源股", "", "宇文砚秋", *(m for m, _ in S_MATTERS[:2])))
    assert set(res.risks["section"]) == {""}
    assert codes(res, "error") == []


# --------------------------------------------------------------------------- a roster beside
# The last section: a list keyed by a supervised object with no holder column ('序号 | 包联项目 |
# 廉政风险点 | 风险等级 | 防控措施') and, to its RIGHT past an empty column, a roster one object a
# row ('包联项目 | 包联责任人 | 职务'): each row's points are the holder its object names, not
# the one printed on the same row. Not the published batch's file (batch616: an 应急管理局's
# 包保企业, the roster in the list's header row, holder then 职务): a county 住房和城乡建设局's
# 在建工程项目, the roster in the header's row or starting lower under a caption, its key headed
# otherwise than the list's, an extra 序号/科室 column, two empty columns, the list's key merged
# down or written on every row; and two tables beside that are not such rosters (contacts of
# other units, a roster of last year's projects) that read as before.

B_TITLE = ["镇原县住房和城乡建设局在建工程包联监管廉政风险点清单"]
B_HEAD = ["序号", "包联项目", "廉政风险点", "风险等级", "防控措施"]
B_POINTS = [
    ("城东棚户区改造安置房", "质量安全巡查不到位，对违规施工不制止", "高", "巡查留痕，问题清单闭环。"),
    ("城东棚户区改造安置房", "接受施工单位礼品礼金", "中", "签订廉洁承诺书。"),
    ("县第三中学教学楼", "隐蔽工程验收降低标准", "高", "验收实行双人签字。"),
    ("县第三中学教学楼", "为施工单位推荐材料供应商", "低", "严禁推荐，违者追责。"),
    ("北关老旧小区改造", "工程进度款审核把关不严", "中", "进度款财务复核。"),
    ("滨河路综合管廊", "安全文明施工检查走过场", "中", "检查结果公示。"),
]  # fmt: skip
# the roster: (项目, 责任人, 职务) — one holder two projects
B_ROSTER = [
    ("县第三中学教学楼", "欧阳霁川", "副局长"),
    ("城东棚户区改造安置房", "欧阳霁川", "副局长"),
    ("北关老旧小区改造", "司马芷若", "质安站站长"),
    ("滨河路综合管廊", "上官屹", "质监员"),
]
B_BY = {p: (who, post) for p, who, post in B_ROSTER}


def b_held() -> list[tuple[str, str, str, str, str]]:
    """Each list point with its project's holder, as ``read`` gives."""
    return sorted(("", B_BY[p][1], B_BY[p][0], point, LEVEL[lv]) for p, point, lv, _m in B_POINTS)


def b_list(merged: bool = True) -> tuple[list[list], list[str]]:
    """The list's rows (under its header in row 2) and the merges of its key column."""
    rows = [[n, *p] for n, p in enumerate(B_POINTS, 1)]
    merges = []
    if merged:
        for x in range(len(rows) - 1, 0, -1):
            if rows[x][1] == rows[x - 1][1]:
                rows[x][1] = None
                merges.append(f"B{x + 2}:B{x + 3}")
    return rows, merges


def test_a_roster_beside_in_the_header_row_gives_each_projects_points_its_holder(tmp_path):
    the, merges = b_list()
    rows = [B_TITLE, [*B_HEAD, None, "包联项目", "包联责任人", "职务"]]
    for k, row in enumerate(the):
        right = list(B_ROSTER[k]) if k < len(B_ROSTER) else []
        rows.append([*row, None, *right])
    rows.append(["注：各项目的廉政风险点由右侧所列包联责任人负责防控。"])
    res = run(tmp_path, {"包联": rows}, {"包联": ["A1:H1", *merges]})
    assert read(res) == b_held()
    assert codes(res, "error") == []
    assert ("HOLDERS_BY_MATTER_NAMES", "G2") in codes(res)
    said = {"CELL_OUTSIDE", "HOLDER_NAMES_UNMATCHED", "TABLE_OTHER"}
    assert not said & set(res.issues["code"])


def test_a_roster_beside_starting_lower_under_a_caption_its_own_columns(tmp_path):
    # two empty columns, a caption a row under the list's header, the roster headed '序号 |
    # 工程项目 | 科室 | 姓名 | 职务', the list's key written on every row
    the, _m = b_list(merged=False)
    right = [["包联责任分工表"], ["序号", "工程项目", "科室", "姓名", "职务"]]
    right += [[k, p, "质量安全股", who, post] for k, (p, who, post) in enumerate(B_ROSTER, 1)]
    rows = [B_TITLE, B_HEAD]
    for k, row in enumerate(the):
        rows.append([*row, None, None, *(right[k] if k < len(right) else [])])
    res = run(tmp_path, {"Sheet1": rows}, {"Sheet1": ["A1:E1"]})
    got = sorted(("质量安全股", t, p, point, lv) for _d, t, p, point, lv in b_held())
    assert read(res) == got
    assert codes(res, "error") == []
    assert not {"CELL_OUTSIDE", "HOLDER_NAMES_UNMATCHED"} & set(res.issues["code"])


def test_a_roster_beside_of_post_and_name_with_the_key_headed_otherwise(tmp_path):
    # '项目名称 | 职务 | 负责人 | 备注' in the header's row, the projects in another order
    the, merges = b_list()
    roster = [["项目名称", "职务", "负责人", "备注"]]
    roster += [[p, post, who, "在建"] for p, who, post in reversed(B_ROSTER)]
    rows = [B_TITLE]
    for k, row in enumerate([B_HEAD, *the]):
        rows.append([*row, None, *(roster[k] if k < len(roster) else [])])
    res = run(tmp_path, {"包联": rows}, {"包联": ["A1:E1", *merges]})
    assert read(res) == b_held()
    assert codes(res, "error") == []


def test_a_table_of_contacts_beside_names_no_holder(tmp_path):
    # '单位 | 联系人 | 电话' beside: its 单位 are not the list's projects, its people hold nothing
    the, merges = b_list()
    contacts = [
        ["单位", "联系人", "电话"],
        ["县纪委监委派驻组", "东方旭", "0934-7212345"],
        ["县建筑工程质量监督站", "南宫婉", "0934-7213456"],
        ["县住建局办公室", "慕容恪", "0934-7214567"],
    ]
    rows = [B_TITLE]
    for k, row in enumerate([B_HEAD, *the]):
        rows.append([*row, None, *(contacts[k] if k < len(contacts) else [])])
    res = run(tmp_path, {"包联": rows}, {"包联": ["A1:E1", *merges]})
    # (read as before this rule: the list's six points and levels, no roster by name; whose
    # they come out as is the older reading's, not this rule's)
    assert not {"HOLDERS_BY_MATTER_NAMES", "HOLDERS_BY_POINT_NAMES"} & set(res.issues["code"])
    assert sorted((pt, lv) for *_w, pt, lv in read(res)) == sorted(x[3:] for x in b_held())
    assert codes(res, "error") == []


def test_a_roster_beside_of_other_projects_gives_no_holder(tmp_path):
    # last year's projects, none of them the list's: no roster by name, as before
    the, merges = b_list()
    roster = [["包联项目", "包联责任人", "职务"]]
    roster += [["西街雨污分流工程", "欧阳霁川", "副局长"], ["县医院门诊楼", "司马芷若", "站长"],
               ["南山公园提升改造", "上官屹", "质监员"]]  # fmt: skip
    rows = [B_TITLE]
    for k, row in enumerate([B_HEAD, *the]):
        rows.append([*row, None, *(roster[k] if k < len(roster) else [])])
    res = run(tmp_path, {"包联": rows}, {"包联": ["A1:E1", *merges]})
    assert "HOLDERS_BY_MATTER_NAMES" not in set(res.issues["code"])
    assert sorted((pt, lv) for *_w, pt, lv in read(res)) == sorted(x[3:] for x in b_held())
    assert codes(res, "error") == []


# what the ninety-fourth review found: a roster cell naming TWO of the list's keys
# ('甲化工有限公司、乙矿业公司 | 张伟 | 副局长') — each key's points that holder's, as the names mode
# splits a person's list of points; a key naming none of the list's still said at its cell.
E_HEAD = ["序号", "包保企业", "廉政风险点", "风险等级", "防控措施"]
E_POINTS = [
    ("甲化工有限公司", "安全检查走过场，隐患不督促整改", "高", "检查留痕，隐患清单闭环。"),
    ("甲化工有限公司", "接受企业宴请礼品", "中", "签订廉洁承诺书。"),
    ("乙矿业公司", "执法检查降低标准，以罚代管", "高", "执法全过程记录。"),
    ("丙烟花厂", "许可审查把关不严", "中", "许可集体审查。"),
    ("丁加油站", "对举报线索不核查", "低", "举报件登记督办。"),
]  # fmt: skip


def e_rows(roster: list[list]) -> list[list]:
    rows = [["某县应急管理局包保企业廉政风险点清单"]]
    right = [["包保企业", "包保责任人", "职务"], *roster]
    for k, row in enumerate([E_HEAD, *([n, *p] for n, p in enumerate(E_POINTS, 1))]):
        rows.append([*row, None, *(right[k] if k < len(right) else [])])
    return rows


def test_what_the_ninety_fourth_review_found_a_roster_key_naming_two_firms(tmp_path):
    roster = [["甲化工有限公司、乙矿业公司", "张伟", "副局长"], ["丙烟花厂", "王芳", "科员"],
              ["丁加油站", "赵敏", "科员"]]  # fmt: skip
    res = run(tmp_path, {"包保": e_rows(roster)}, {"包保": ["A1:E1"]})
    by = {"甲化工有限公司": ("副局长", "张伟"), "乙矿业公司": ("副局长", "张伟"),
          "丙烟花厂": ("科员", "王芳"), "丁加油站": ("科员", "赵敏")}  # fmt: skip
    got = sorted((t, p, pt, lv) for _d, t, p, pt, lv in read(res))
    assert got == sorted((*by[k], pt, LEVEL[lv]) for k, pt, lv, _m in E_POINTS)
    assert ("HOLDERS_BY_MATTER_NAMES", "G2") in codes(res)
    assert not {"HOLDER_NAMES_UNMATCHED", "CELL_OUTSIDE"} & set(res.issues["code"])
    assert codes(res, "error") == []


def test_what_the_ninety_fourth_review_found_a_key_of_two_one_not_the_lists_is_said(tmp_path):
    # '甲化工有限公司；戊物流公司': 甲's points 张伟's, 戊 (no such firm in the list) said at the cell
    roster = [["甲化工有限公司；戊物流公司", "张伟", "副局长"], ["乙矿业公司", "李强", "副局长"],
              ["丙烟花厂", "王芳", "科员"], ["丁加油站", "赵敏", "科员"]]  # fmt: skip
    res = run(tmp_path, {"包保": e_rows(roster)}, {"包保": ["A1:E1"]})
    by = {"甲化工有限公司": ("副局长", "张伟"), "乙矿业公司": ("副局长", "李强"),
          "丙烟花厂": ("科员", "王芳"), "丁加油站": ("科员", "赵敏")}  # fmt: skip
    got = sorted((t, p, pt, lv) for _d, t, p, pt, lv in read(res))
    assert got == sorted((*by[k], pt, LEVEL[lv]) for k, pt, lv, _m in E_POINTS)
    assert ("HOLDER_NAMES_UNMATCHED", "G3") in codes(res)
    assert codes(res, "error") == []
