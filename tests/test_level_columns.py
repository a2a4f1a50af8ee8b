"""Posts down, the levels themselves across as headings, no column naming the points
('股室 | 岗位 | 责任人 | 高风险 | 中风险 | 低风险'): each cell lists that post's points of its
column's level, a numbered line each (the holders-down twin of batch 474's cross table,
written here for a 医疗保障局 with other words and level names)."""

from __future__ import annotations

from test_columns import issues, run

HEAD = ["序号", "股室", "岗位", "责任人", "高风险", "中风险", "低风险", "防控措施"]
ROWS = [
    ["县医疗保障局岗位廉政风险分级表"],
    HEAD,
    ["1", "局领导", "局长", "覃翊溟",
     "1.定点医药机构协议管理中收受好处\n2.医保基金拨付个人说了算",
     "1.干部考核评先优亲厚友", "/", "重大事项集体研究，基金拨付三级审核。"],
    ["2", "待遇保障股", "股长", "禤珂岚",
     "1.违规认定特殊门诊病种", "1.异地就医备案审核走过场\n2.报销材料审核不严",
     "1.窗口服务态度生硬", "病种认定专家评审，报销材料双人复核。"],
    ["3", "基金监管股", "科员", "郄沅澧", "/", "现场检查走过场，查处不力",
     "/", "检查全程记录，查处结果公示。"],
]  # fmt: skip


def test_points_listed_under_their_levels_are_each_a_point_of_that_level(tmp_path):
    got = run(tmp_path, {"分级表": ROWS})
    risks = got.risks
    assert list(zip(risks["person"], risks["risk_point"], risks["risk_level"], strict=True)) == [
        ("覃翊溟", "定点医药机构协议管理中收受好处", "Ⅰ级"),
        ("覃翊溟", "医保基金拨付个人说了算", "Ⅰ级"),
        ("覃翊溟", "干部考核评先优亲厚友", "Ⅱ级"),
        ("禤珂岚", "违规认定特殊门诊病种", "Ⅰ级"),
        ("禤珂岚", "异地就医备案审核走过场", "Ⅱ级"),
        ("禤珂岚", "报销材料审核不严", "Ⅱ级"),
        ("禤珂岚", "窗口服务态度生硬", "Ⅲ级"),
        ("郄沅澧", "现场检查走过场，查处不力", "Ⅱ级"),  # (a cell not numbered: one point)
    ]
    # each post's row measures go with each of its points
    assert set(risks[risks["person"] == "郄沅澧"]["measures"]) == {"检查全程记录，查处结果公示。"}
    posts = got.posts
    assert list(zip(posts["department"], posts["title"], posts["n_risks"], strict=True)) == [
        ("局领导", "局长", 3), ("待遇保障股", "股长", 4), ("基金监管股", "科员", 1),
    ]  # fmt: skip
    said = issues(got)
    assert ("LEVEL_COLUMNS", "E2") in said
    assert not any(code.startswith("MEASURES") or code == "ROW_OUTSIDE_TABLE" for code, _ in said)


def test_counts_under_the_levels_are_a_tally_not_points(tmp_path):
    rows = [
        ["县医疗保障局风险点数量统计表"],
        ["股室", "岗位", "一级风险", "二级风险", "三级风险"],
        ["局领导", "局长", "2", "1", "0"],
        ["待遇保障股", "股长", "1", "2", "1"],
    ]
    got = run(tmp_path, {"统计": rows})
    assert got.risks.empty
    assert "LEVEL_COLUMNS" not in {code for code, _ in issues(got)}


def test_a_legend_of_the_levels_without_posts_is_no_list(tmp_path):
    rows = [
        ["风险等级说明"],
        ["序号", "一级风险", "二级风险", "三级风险"],
        ["1", "涉及资金、审批，易发生重大违纪违法问题", "涉及一般执法检查事项", "日常事务性工作"],
    ]
    got = run(tmp_path, {"说明": rows})
    assert got.risks.empty
    assert "LEVEL_COLUMNS" not in {code for code, _ in issues(got)}


LIST = [
    ["县医疗保障局岗位廉政风险防控一览表"],
    ["序号", "股室", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施"],
    ["1", "局领导", "局长", "覃翊溟", "医保基金拨付个人说了算", "高", "基金拨付三级审核。"],
    ["2", "局领导", "局长", "覃翊溟", "干部考核评先优亲厚友", "中", "考核结果公示。"],
    ["3", "待遇保障股", "股长", "禤珂岚", "违规认定特殊门诊病种", "高", "病种认定专家评审。"],
]


def test_a_summary_by_level_restating_the_list_is_not_read_twice(tmp_path):
    """Review 78: '分级汇总' restating the list's points by level under the same holders."""
    summary = [
        ["各岗位风险点分级汇总"],
        ["股室", "岗位", "责任人", "高风险", "中风险", "低风险"],
        ["局领导", "局长", "覃翊溟", "1.医保基金拨付个人说了算", "1.干部考核评先优亲厚友", "无"],
        ["待遇保障股", "股长", "禤珂岚", "1.违规认定特殊门诊病种", "/", "/"],
    ]
    got = run(tmp_path, {"一览表": LIST, "分级汇总": summary})
    assert len(got.risks) == 3 and set(got.risks["measures"]) != {""}
    assert ("SHEET_SUMMARY", "") in issues(got)


def test_a_grading_of_posts_giving_one_reason_a_row_is_no_list_of_points(tmp_path):
    """Review 78: each post's grade ticked by the reason written under it, one cell a row."""
    grading = [
        ["岗位廉政风险等级认定表"],
        ["股室", "岗位", "责任人", "一级风险", "二级风险", "三级风险"],
        ["局领导", "局长", "覃翊溟", "分管基金拨付审批，权力集中", "", ""],
        ["待遇保障股", "股长", "禤珂岚", "", "参与病种认定初审，有一定裁量权", ""],
    ]
    got = run(tmp_path, {"一览表": LIST, "认定": grading})
    assert len(got.risks) == 3
    assert "LEVEL_COLUMNS" not in {code for code, _ in issues(got)}


def test_sub_items_of_a_numbered_point_stay_with_it(tmp_path):
    """Review 78: '1.1 …' or '（1）…' lines under '1.…' are that point's own, kept on lines."""
    rows = [
        ["县医疗保障局岗位廉政风险分级表"],
        ["股室", "岗位", "责任人", "高风险", "中风险", "低风险"],
        ["局领导", "局长", "覃翊溟", "1.基金拨付把关不严\n1.1 未按进度拨付\n1.2 拨付不经审核\n2.协议管理收受好处",
         "1.考核评先优亲厚友\n（1）考核打分不公", "/"],
    ]  # fmt: skip
    got = run(tmp_path, {"分级表": rows})
    assert got.risks["risk_point"].tolist() == [
        "基金拨付把关不严\n1.1 未按进度拨付\n1.2 拨付不经审核",
        "协议管理收受好处",
        "考核评先优亲厚友\n（1）考核打分不公",
    ]


def test_each_levels_own_measures_beside_it(tmp_path):
    """Review 78: '高风险 | 防控措施 | 中风险 | 防控措施': each point takes the measures beside its
    level, numbered line by numbered line where both cells number alike."""
    rows = [
        ["县医疗保障局岗位廉政风险分级表"],
        ["股室", "岗位", "责任人", "高风险", "防控措施", "中风险", "防控措施"],
        ["局领导", "局长", "覃翊溟", "1.医保基金拨付个人说了算\n2.协议管理收受好处",
         "1.基金拨付三级审核\n2.协议签订集体研究", "1.干部考核优亲厚友", "1.考核结果公示"],
        ["待遇保障股", "股长", "禤珂岚", "1.违规认定特殊病种", "1.专家评审", "/", "/"],
    ]  # fmt: skip
    got = run(tmp_path, {"分级表": rows})
    assert list(zip(got.risks["risk_point"], got.risks["measures"], strict=True)) == [
        ("医保基金拨付个人说了算", "基金拨付三级审核"),
        ("协议管理收受好处", "协议签订集体研究"),
        ("干部考核优亲厚友", "1.考核结果公示"),
        ("违规认定特殊病种", "1.专家评审"),
    ]


def test_a_measures_column_beside_some_levels_only(tmp_path):
    """Review 80: '高风险 | 防控措施 | 中风险 | 低风险 | 防控措施': the 中 and 低 points take the
    measures column after them, the 高 points their own."""
    rows = [
        ["县医疗保障局岗位廉政风险分级表"],
        ["股室", "岗位", "责任人", "高风险", "防控措施", "中风险", "低风险", "防控措施"],
        ["局领导", "局长", "覃翊溟", "1.基金拨付个人说了算", "1.基金拨付三级审核",
         "1.干部考核优亲厚友", "1.公车私用", "1.考核结果公示\n2.派车登记"],
    ]  # fmt: skip
    got = run(tmp_path, {"分级表": rows})
    assert got.risks["measures"].tolist() == [
        "1.基金拨付三级审核", "1.考核结果公示\n2.派车登记", "1.考核结果公示\n2.派车登记",
    ]  # fmt: skip


def _points_and_levels(got) -> list[tuple[str, str, str]]:
    risks = got.risks
    return list(zip(risks["person"], risks["risk_point"], risks["risk_level"], strict=True))


WANT = [
    ("覃翊溟", "定点医药机构协议管理中收受好处", "Ⅰ级"),
    ("覃翊溟", "医保基金拨付个人说了算", "Ⅰ级"),
    ("覃翊溟", "干部考核评先优亲厚友", "Ⅱ级"),
    ("禤珂岚", "违规认定特殊门诊病种", "Ⅰ级"),
    ("禤珂岚", "异地就医备案审核走过场", "Ⅱ级"),
    ("禤珂岚", "报销材料审核不严", "Ⅱ级"),
    ("禤珂岚", "窗口服务态度生硬", "Ⅲ级"),
    ("郄沅澧", "现场检查走过场，查处不力", "Ⅱ级"),
]


def test_levels_headed_as_points_of_a_level_are_the_level_columns(tmp_path):
    """'高风险点 | 中风险点 | 低风险点' (each says 风险点, each a level): the same columns."""
    rows = [list(x) for x in ROWS]
    rows[1] = ["序号", "股室", "岗位", "责任人", "高风险点", "中风险点", "低风险点", "防控措施"]
    got = run(tmp_path, {"分级表": rows})
    assert _points_and_levels(got) == WANT
    assert ("LEVEL_COLUMNS", "E2") in issues(got)
    assert "COLUMN_GUESSED" not in {code for code, _ in issues(got)}


def test_levels_under_a_level_heading_merged_over_them(tmp_path):
    """A two-row heading: '风险等级' merged over '一级风险 | 二级风险 | 三级风险', the posts'
    headings merged down both rows."""
    rows = [list(x) for x in ROWS]
    rows[1] = ["序号", "股室", "岗位", "责任人", "风险等级", "", "", "防控措施"]
    rows.insert(2, ["", "", "", "", "一级风险", "二级风险", "三级风险", ""])
    merges = ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:G2", "H2:H3"]
    got = run(tmp_path, {"分级表": rows}, merges={"分级表": merges})
    assert _points_and_levels(got) == WANT
    assert ("LEVEL_COLUMNS", "E3") in issues(got)


def test_levels_ticked_under_a_level_heading_are_still_ticks(tmp_path):
    """'风险等级' over '一级 | 二级 | 三级' ticked: one point a row, its level the ticked one."""
    rows = [
        ["股室", "岗位", "责任人", "风险点", "风险等级", "", "", "防控措施"],
        ["", "", "", "", "一级", "二级", "三级", ""],
        ["待遇保障股", "股长", "禤珂岚", "违规认定特殊门诊病种", "√", "", "", "专家评审。"],
        ["待遇保障股", "股长", "禤珂岚", "报销材料审核不严", "", "√", "", "双人复核。"],
    ]
    merges = ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:G1", "H1:H2"]
    got = run(tmp_path, {"表": rows}, merges={"表": merges})
    assert _points_and_levels(got) == [
        ("禤珂岚", "违规认定特殊门诊病种", "Ⅰ级"), ("禤珂岚", "报销材料审核不严", "Ⅱ级"),
    ]  # fmt: skip


def test_levels_written_as_how_closely_a_point_is_watched(tmp_path):
    # (540: '防控等级 | 重点防控 / 一般防控 / 常规防控'; here a 管控等级 of two grades only and a
    # 监控 word, no note)
    rows = [["县社会保险事业服务中心廉政风险点一览表"],
            ["序号", "岗位", "姓名", "廉政风险点", "管控等级", "防控措施"],
            [1, "主任", "戚沄沣", "违规核定待遇", "重点管控", "集体审核"],
            [2, "经办员", "宓澜溪", "冒领养老金稽核不力", "一般管控", "数据比对"],
            [3, "经办员", "宓澜溪", "档案借阅不登记", "常规监控", "登记"]]  # fmt: skip
    got = run(tmp_path, {"S": rows})
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级", "Ⅲ级"]
    assert not {"LEVEL_BLANK", "COLUMN_GUESSED"} & {code for code, _cell in issues(got)}


def test_levels_as_the_initials_of_high_medium_low(tmp_path):
    # (544: a company's 风险登记表 grading 'H/M/L' with no note; here a water plant's, lower
    # case and whole words too)
    rows = [["某水务公司廉洁风险登记表"],
            ["编号", "部门", "岗位", "风险点", "风险等级", "管控措施"],
            ["R01", "供水车间", "主任", "抄表数据造假", "h", "交叉复核"],
            ["R02", "供水车间", "抄表员", "人情减免水费", "Medium", "减免审批"],
            ["R03", "综合部", "出纳", "备用金长期挂账", "L", "月度清理"]]  # fmt: skip
    got = run(tmp_path, {"S": rows})
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级", "Ⅲ级"]
    assert got.posts["department"].tolist() == ["供水车间", "供水车间", "综合部"]


def test_key_and_ordinary_points_as_column_headings(tmp_path):
    # (review 82's gap: '重点风险点 | 一般风险点' beside the posts; the 一般 column was dropped)
    rows = [["县统计局岗位廉政风险点分类表"],
            ["序号", "股室", "岗位", "姓名", "重点风险点", "一般风险点", "防控措施"],
            ["1", "局领导", "局长", "覃翊溟", "1.干预统计数据\n2.执法检查说情", "1.考核评先不公", "集体研究"],
            ["2", "执法股", "股长", "禤珂岚", "1.违规减轻处罚", "1.检查走过场", "全程记录"]]  # fmt: skip
    got = run(tmp_path, {"S": rows})
    assert _points_and_levels(got) == [
        ("覃翊溟", "干预统计数据", "Ⅰ级"), ("覃翊溟", "执法检查说情", "Ⅰ级"),
        ("覃翊溟", "考核评先不公", "Ⅲ级"), ("禤珂岚", "违规减轻处罚", "Ⅰ级"), ("禤珂岚", "检查走过场", "Ⅲ级"),
    ]  # fmt: skip


def test_levels_ticked_under_level_headings_of_one_row_beside_the_point(tmp_path):
    # (review 82's gap: '高风险点 | 中风险点 | 低风险点' over ticks beside the point's column
    # read the ticks as points; '高 | 中 | 低' over ticks gave no level)
    for levels in (["高风险点", "中风险点", "低风险点"], ["一级", "二级", "三级"]):
        rows = [["县供销社岗位廉政风险排查表"],
                ["序号", "岗位", "姓名", "风险点", *levels, "防控措施"],
                [1, "主任", "阙澍岚", "资产处置暗箱操作", "√", None, None, "集体研究"],
                [2, "会计", "邴沐辰", "虚列费用", None, "✔", None, "双人审核"],
                [3, "会计", "邴沐辰", "票据保管不善", None, None, "√", "专柜存放"]]  # fmt: skip
        got = run(tmp_path / levels[0], {"S": rows})
        assert _points_and_levels(got) == [
            ("阙澍岚", "资产处置暗箱操作", "Ⅰ级"), ("邴沐辰", "虚列费用", "Ⅱ级"),
            ("邴沐辰", "票据保管不善", "Ⅲ级"),
        ], levels  # fmt: skip
        assert {code for code, _cell in issues(got)} == {"TABLE_NO_TYPE"}


def test_what_the_eighty_third_review_found(tmp_path):
    # quarters ticked under '一 | 二 | 三 | 四' (a check done each quarter), and a post's grade
    # ticked under '重点岗位 | 非重点岗位': no level of the point (LEVEL_BLANK as before)
    months = [["序号", "岗位", "姓名", "风险点", "防控措施", "一", "二", "三", "四"],
              [1, "出纳", "阙澍岚", "坐支现金", "日清月结", "●", "●", None, None],
              [2, "会计", "邴沐辰", "虚列费用", "双人审核", None, "●", None, None]]  # fmt: skip
    grades = [["序号", "岗位", "姓名", "风险点", "重点岗位", "非重点岗位", "防控措施"],
              [1, "主任", "阙澍岚", "资产处置暗箱操作", "√", None, "集体研究"],
              [2, "会计", "邴沐辰", "虚列费用", None, "√", "双人审核"]]  # fmt: skip
    for name, rows in (("months", months), ("grades", grades)):
        got = run(tmp_path / name, {"S": rows})
        assert set(got.risks["risk_level"]) == {""}, name
        assert "LEVEL_BLANK" in {code for code, _cell in issues(got)}, name


def test_votes_under_the_level_words_give_the_grade_with_the_most(tmp_path):
    """Batch 570's kind in other words: a 卫健局's 民主测评 of its posts' risks, '测评票数' over
    一级 | 二级 | 三级, each row the votes of the 11 who took part: the grade with the most is the
    level (info LEVEL_BY_VOTES); a tie reads none and is warned; a tick table stays a tick table."""
    rows = [["XX县卫生健康局岗位廉政风险等级测评表"],
            ["序号", "股室", "岗位", "姓名", "廉政风险点", "测评票数", None, None, "防控措施"],
            [None, None, None, None, None, "一级", "二级", "三级", None],
            [1, "医政股", "股长", "逯霁川", "医疗机构校验降低标准", 8, 3, 0, "校验结果公示。"],
            [2, "医政股", "股长", "逯霁川", "医疗纠纷调处偏袒一方", 2, 3, 6, "调处两人以上参加。"],
            [3, "财务股", "会计", "仉澈岑", "专项资金拨付优亲厚友", 4, 4, 3, "拨付经局务会研究。"],
            [4, "财务股", "会计", "仉澈岑", "报账单据审核不严", 0, 7, 4, "报账三级审核。"]]  # fmt: skip
    merges = ["A1:I1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:H2", "I2:I3"]
    got = run(tmp_path / "a", {"测评": rows}, {"测评": merges})
    levels = dict(zip(got.risks["risk_point"], got.risks["risk_level"], strict=True))
    assert levels == {"医疗机构校验降低标准": "Ⅰ级", "医疗纠纷调处偏袒一方": "Ⅲ级",
                      "专项资金拨付优亲厚友": "", "报账单据审核不严": "Ⅱ级"}  # fmt: skip
    assert ("LEVEL_BY_VOTES", "F2") in issues(got)
    assert ("LEVEL_VOTES_TIED", "F6") in issues(got, "warning")
    ticks = [r[:5] + (["√", None, None] if i % 2 else [None, "1", None]) + r[8:]
             for i, r in enumerate(rows[3:])]  # fmt: skip
    got = run(tmp_path / "b", {"测评": rows[:3] + ticks}, {"测评": merges})
    assert not [c for c, _at in issues(got) if c.startswith("LEVEL_BY_VOTES")]
    assert list(got.risks["risk_level"]) == ["Ⅱ级", "Ⅰ级", "Ⅱ级", "Ⅰ级"]


def test_a_column_headed_zushi_is_the_keshi(tmp_path):
    """Batch 568's kind in other words: a school's list under '组室' (its 教研组 and 年级组)."""
    rows = [["XX县第二中学岗位廉政风险排查表"],
            ["序号", "组室", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
            [1, "教务处", "主任", "蒯澄远", "排课调课优亲厚友", "二级", "排课方案公示。"],
            [2, "数学教研组", "组长", "隗霁舟", "教辅资料征订收受回扣", "一级", "征订家长自愿。"]]  # fmt: skip
    got = run(tmp_path, {"排查表": rows})
    assert sorted(got.posts["department"]) == ["教务处", "数学教研组"]


def test_what_the_eighty_sixth_review_found(tmp_path):
    """Votes written as averages, shares or '8票' are votes too."""
    rows = [["XX县统计局岗位廉政风险等级测评表"],
            ["序号", "股室", "岗位", "姓名", "廉政风险点", "测评得票", None, None, "防控措施"],
            [None, None, None, None, None, "高", "中", "低", None],
            [1, "普查中心", "主任", "劳澄远", "普查经费虚列支出", "72.7%", "27.3%", "0%", "经费公示。"],
            [2, "普查中心", "科员", "司寇岚", "普查数据弄虚作假", "2票", "3票", "6票", "数据复核。"],
            [3, "执法股", "股长", "劳霁川", "统计执法选择性检查", "1.5", "6.5", "3", "双随机。"]]  # fmt: skip
    merges = ["A1:I1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:H2", "I2:I3"]
    got = run(tmp_path, {"测评": rows}, {"测评": merges})
    assert list(got.risks["risk_level"]) == ["Ⅰ级", "Ⅲ级", "Ⅱ级"]
    assert ("LEVEL_BY_VOTES", "F2") in issues(got)


def test_what_the_ninety_first_review_found_a_tick_merged_down(tmp_path):
    """A level tick ('√' or '1') merged down over a holder's two rows is the tick of each row it
    covers (the second row read no level, LEVEL_BLANK); a row with a tick of its own keeps it."""
    rows = [["县XX局岗位廉政风险排查表"],
            ["序号", "科室", "岗位", "姓名", "风险点", "风险等级", None, None, "防控措施"],
            [None, None, None, None, None, "高", "中", "低", None],
            [1, "办公室", "主任", "蔺书瑶", "公务接待超标准超范围", "√", None, None, "严格执行接待审批单制度。"],
            [2, "办公室", "主任", "蔺书瑶", "车辆派遣不按规定登记", None, None, None, "派车单登记备查。"],
            [3, "财务室", "会计", "窦芷汀", "报销单据审核不严", None, "√", None, "报销双人审核。"],
            [4, "财务室", "会计", "窦芷汀", "现金保管不善", None, None, "√", "现金日清月结。"]]  # fmt: skip
    merges = ["A1:I1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:H2", "I2:I3", "F4:F5"]
    for tick in ("√", "1"):
        rows[3][5] = tick
        got = run(tmp_path / str(len(tick.encode())), {"S": rows}, {"S": merges})
        r = got.risks
        assert list(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True)) == [
            ("主任", "蔺书瑶", "公务接待超标准超范围", "Ⅰ级"),
            ("主任", "蔺书瑶", "车辆派遣不按规定登记", "Ⅰ级"),
            ("会计", "窦芷汀", "报销单据审核不严", "Ⅱ级"),
            ("会计", "窦芷汀", "现金保管不善", "Ⅲ级"),
        ], tick  # fmt: skip
        assert issues(got) == [("TABLE_NO_TYPE", "A2")], tick


def test_what_the_hundred_and_ninth_review_found_a_slash_in_the_first_level_cell(tmp_path):
    # '/' under 高风险 (no measures column): an empty cell, the row's other level cells its
    # points, not a row of nothing dropped silently
    rows = [["县供水公司廉政风险点一览表"],
            ["科室", "岗位", "姓名", "高风险", "中风险", "低风险"],
            ["办公室", "主任", "甄霁川", "公车私用", "接待超标", "办公用品浪费"],
            ["财务科", "会计", "甄霁禾", "/", "水费减免审批不严", "票据保管不善"],
            ["营业科", "抄表员", "甄霁云", "估抄漏抄", "/", "/"]]  # fmt: skip
    got = run(tmp_path, {"一览表": rows}, {"一览表": ["A1:F1"]})
    r = got.risks
    assert sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True)) == [
        ("主任", "甄霁川", "公车私用", "Ⅰ级"),
        ("主任", "甄霁川", "办公用品浪费", "Ⅲ级"),
        ("主任", "甄霁川", "接待超标", "Ⅱ级"),
        ("会计", "甄霁禾", "水费减免审批不严", "Ⅱ级"),
        ("会计", "甄霁禾", "票据保管不善", "Ⅲ级"),
        ("抄表员", "甄霁云", "估抄漏抄", "Ⅰ级"),
    ]
    assert {code for code, _cell in issues(got, "error")} == set()
