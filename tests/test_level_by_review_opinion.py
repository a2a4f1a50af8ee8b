"""A list returned from review: beside the self-assessed level ('自评等级', '自查等级') a column of
the reviewer's opinion on each row ('纪检组复核意见', '局党组审定意见'), each cell agreeing ('同意',
'无异议', '属实': the level stands) or setting the row's level ('调整为一级', '建议定为高', '核定为
Ⅰ级'); the set level is the row's, said once a table (info ``LEVEL_BY_REVIEW_OPINION``), an
opinion naming a level the scale does not know kept as the self level and warned of. A column
of free-text remarks or one only agreeing stays as before. And a card's 科室 opening with a word
its unit's name shares ('林区防火股' of a 山口林区管理站) is kept whole; one opening with the
unit's own short name ('青岭镇社事办' of XX县青岭镇人民政府) is still cut.

The layouts here are not the published batch's (a county's 水库移民工作管理中心 with 股室/岗位/
姓名 merged, 一级/二级/三级 and '派驻纪检监察组审核意见' with '同意'/'调整为一级', and a 库区管理站's
card): a county's 卫生健康局, 医疗保障局 and 市场监管局, a 林区管理站's and a 镇's cards, other
posts, names, level words and opinion words, written with xlsxwriter (tests/helpers.py) and read
back as ``collect_inbox`` reads a file.
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


def said(got, code: str):
    return got.issues[got.issues["code"] == code]


def test_high_middle_low_with_a_recheck_column_and_no_note(tmp_path):
    # one heading row, post and name in two columns, 高/中/低, the opinion last: '无异议' keeps,
    # '建议定为高' and '改为中风险' set the row's level
    rows = [["XX县卫生健康局岗位廉政风险自查表"],
            ["序号", "科室", "岗位", "姓名", "风险点", "自评等级", "防控措施", "局纪检组复核意见"],
            [1, "医政股", "股长", "闵朝暄", "医疗机构校验中降低标准放行", "中", "校验结果集体研究。", "建议定为高"],
            [2, "医政股", "股长", "闵朝暄", "医师执业注册资料审核不严", "低", "注册资料双人审核。", "无异议"],
            [3, "疾控股", "股员", "柏映溪", "疫苗出入库登记不实", "高", "出入库每月盘点。", "无异议"],
            [4, "疾控股", "股员", "柏映溪", "预防接种门诊检查走过场", "低", "检查结果公示。", "改为中风险"],
            [5, "财务股", "会计", "芮知遥", "专项经费拨付不按进度", "中", "拨付凭进度报告。", "无异议"]]  # fmt: skip
    got = run(tmp_path, {"自查表": rows}, {"自查表": ["A1:H1"]})
    assert read(got) == sorted([
        ("股长", "闵朝暄", "医疗机构校验中降低标准放行", "Ⅰ级"),
        ("股长", "闵朝暄", "医师执业注册资料审核不严", "Ⅲ级"),
        ("股员", "柏映溪", "疫苗出入库登记不实", "Ⅰ级"),
        ("股员", "柏映溪", "预防接种门诊检查走过场", "Ⅱ级"),
        ("会计", "芮知遥", "专项经费拨付不按进度", "Ⅱ级"),
    ])  # fmt: skip
    no_errors(got)
    info = said(got, "LEVEL_BY_REVIEW_OPINION")
    assert list(info["cell"]) == ["H3"] and list(info["severity"]) == ["info"]
    assert "H3、H6" in info["message"].iloc[0] and "局纪检组复核意见" in info["message"].iloc[0]
    assert "LEVEL_REVIEW_OPINION_UNREAD" not in codes(got)


def test_post_and_name_in_one_cell_roman_grades_an_extra_column_and_a_note(tmp_path):
    # '岗位及姓名' in one cell merged down its rows, Ⅰ级/Ⅱ级/Ⅲ级, '局党组审定意见' with '同意' /
    # '核定为Ⅰ级' / '应为Ⅲ级。', a 备注 column after it, a '注：' line saying the opinion decides
    rows = [
        ["XX县医疗保障局岗位廉政风险排查登记表"],
        ["序号", "岗位及姓名", "廉政风险点", "自查等级", "防控措施", "局党组审定意见", "备注"],
        [
            1,
            "局长　甄昀澈",
            "定点医药机构准入不经集体研究",
            "Ⅱ级",
            "准入经局党组会议研究。",
            "核定为Ⅰ级",
            None,
        ],
        [2, None, "违规插手医保基金稽核", "Ⅰ级", "稽核结果集体审定。", "同意", None],
        [
            3,
            "稽核员　蔺予棠",
            "稽核中收受定点机构财物",
            "Ⅰ级",
            "稽核两人以上并回避。",
            "同意",
            "新任",
        ],
        [4, None, "稽核记录事后补写", "Ⅱ级", "稽核记录当日上传系统。", "应为Ⅲ级。", None],
        [
            5,
            "经办员　訾望舒",
            "异地就医备案资料审核不严",
            "Ⅲ级",
            "备案资料系统留痕。",
            "同意",
            None,
        ],
    ]
    rows.append(["注：风险等级以局党组审定意见为准，审定意见为“同意”的按自查等级确定。"])
    got = run(tmp_path, {"排查表": rows}, {"排查表": ["A1:G1", "B3:B4", "B5:B6", "A8:G8"]})
    assert read(got) == sorted([
        ("局长", "甄昀澈", "定点医药机构准入不经集体研究", "Ⅰ级"),
        ("局长", "甄昀澈", "违规插手医保基金稽核", "Ⅰ级"),
        ("稽核员", "蔺予棠", "稽核中收受定点机构财物", "Ⅰ级"),
        ("稽核员", "蔺予棠", "稽核记录事后补写", "Ⅲ级"),
        ("经办员", "訾望舒", "异地就医备案资料审核不严", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    info = said(got, "LEVEL_BY_REVIEW_OPINION")
    assert list(info["cell"]) == ["F3"] and "F3、F6" in info["message"].iloc[0]


def test_merged_dept_and_an_opinion_naming_no_level_keeps_the_self_level(tmp_path):
    # 科室 merged down, 一级/二级/三级, '派驻纪检组审查意见' with '属实', an empty cell, '调整为二级'
    # and '调整为A级' (no level of the scale: the self level stands, warned at its cell)
    rows = [["XX县市场监督管理局岗位廉政风险点清单"],
            ["科室", "岗位", "姓名", "风险点", "自评等级", "防控措施", "派驻纪检组审查意见"],
            ["登记注册股", "股长", "殷若岚", "虚假材料登记把关不严", "三级", "材料两级审核。", "调整为二级"],
            [None, "股长", "殷若岚", "为关系人加快办理", "二级", "办件按序受理。", "属实"],
            [None, "科员", "邴语桐", "现场核查不到位", "三级", "核查拍照留存。", None],
            ["执法稽查股", "股长", "萨沐阳", "案件查处中徇私枉法", "一级", "案件集体审理。", "属实"],
            [None, "科员", "言星澜", "罚没物品登记不全", "二级", "罚没物品专库存放。", "调整为A级"],
            [None, "科员", "言星澜", "执法记录仪不按规定使用", "三级", "执法全过程记录。", "属实"]]  # fmt: skip
    got = run(tmp_path, {"清单": rows}, {"清单": ["A1:G1", "A3:A5", "A6:A8"]})
    assert read(got) == sorted([
        ("股长", "殷若岚", "虚假材料登记把关不严", "Ⅱ级"),
        ("股长", "殷若岚", "为关系人加快办理", "Ⅱ级"),
        ("科员", "邴语桐", "现场核查不到位", "Ⅲ级"),
        ("股长", "萨沐阳", "案件查处中徇私枉法", "Ⅰ级"),
        ("科员", "言星澜", "罚没物品登记不全", "Ⅱ级"),
        ("科员", "言星澜", "执法记录仪不按规定使用", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert list(said(got, "LEVEL_BY_REVIEW_OPINION")["cell"]) == ["G3"]
    warned = said(got, "LEVEL_REVIEW_OPINION_UNREAD")
    assert list(warned["cell"]) == ["G7"] and list(warned["severity"]) == ["warning"]
    assert "调整为A级" in warned["message"].iloc[0]


FREE_TEXT = [["XX县卫生健康局岗位廉政风险自查表"],
             ["序号", "科室", "岗位", "姓名", "风险点", "自评等级", "防控措施", "审核意见"],
             [1, "医政股", "股长", "闵朝暄", "医疗机构校验中降低标准放行", "中", "校验结果集体研究。", "措施可行"],
             [2, "医政股", "股长", "闵朝暄", "医师执业注册资料审核不严", "低", "注册资料双人审核。", "请细化措施，改为双人审核"],
             [3, "疾控股", "股员", "柏映溪", "疫苗出入库登记不实", "高", "出入库每月盘点。", "已核实"],
             [4, "疾控股", "股员", "柏映溪", "预防接种门诊检查走过场", "低", "检查结果公示。", "建议定为高"]]  # fmt: skip


def test_a_column_of_free_text_remarks_is_no_review_of_levels(tmp_path):
    # '审核意见' of remarks, one of four setting a level: not a column of opinions, levels as assessed
    got = run(tmp_path, {"自查表": FREE_TEXT}, {"自查表": ["A1:H1"]})
    assert read(got) == sorted([
        ("股长", "闵朝暄", "医疗机构校验中降低标准放行", "Ⅱ级"),
        ("股长", "闵朝暄", "医师执业注册资料审核不严", "Ⅲ级"),
        ("股员", "柏映溪", "疫苗出入库登记不实", "Ⅰ级"),
        ("股员", "柏映溪", "预防接种门诊检查走过场", "Ⅲ级"),
    ])  # fmt: skip
    no_errors(got)
    assert not {"LEVEL_BY_REVIEW_OPINION", "LEVEL_REVIEW_OPINION_UNREAD"} & codes(got)


def test_a_column_only_agreeing_or_a_remarks_column_changes_nothing(tmp_path):
    # every opinion '同意': the self levels stand, nothing said; a '备注' column whose cells say
    # '调整为一级' is no reviewer's opinion (its heading names none)
    agree = [r[:7] + ["同意"] if i > 1 else r for i, r in enumerate(FREE_TEXT)]
    remarks = [
        r[:7] + [("备注" if i == 1 else "调整为一级")] if i > 0 else r
        for i, r in enumerate(FREE_TEXT)
    ]
    for rows in (agree, remarks):
        got = run(tmp_path / str(len(rows[2][7])), {"自查表": rows}, {"自查表": ["A1:H1"]})
        assert read(got) == sorted([
            ("股长", "闵朝暄", "医疗机构校验中降低标准放行", "Ⅱ级"),
            ("股长", "闵朝暄", "医师执业注册资料审核不严", "Ⅲ级"),
            ("股员", "柏映溪", "疫苗出入库登记不实", "Ⅰ级"),
            ("股员", "柏映溪", "预防接种门诊检查走过场", "Ⅲ级"),
        ])  # fmt: skip
        no_errors(got)
        assert not {"LEVEL_BY_REVIEW_OPINION", "LEVEL_REVIEW_OPINION_UNREAD"} & codes(got)


def test_what_the_hundred_and_twenty_sixth_review_found_settings_and_agreements_in_words(
    tmp_path,
):
    # settings '由中调整为高', '同意（调整为高风险）', '提高为高风险', '提升为中风险', '调整为高风险
    # 等级' and agreements '同意。', '情况属实，同意', '无意见', '同意自评结果' all read
    def rows(ops):
        out = [
            ["XX县卫生健康局岗位廉政风险自查表"],
            ["序号", "科室", "岗位", "姓名", "风险点", "自评等级", "防控措施", "局纪检组复核意见"],
        ]
        pts = [
            ("医政股", "股长", "闵朝暄", "医疗机构校验降低标准", "中"),
            ("医政股", "股长", "闵朝暄", "执业注册审核不严", "低"),
            ("疾控股", "股员", "柏映溪", "疫苗出入库登记不实", "高"),
            ("疾控股", "股员", "柏映溪", "接种门诊检查走过场", "低"),
            ("财务股", "会计", "芮知遥", "经费拨付不按进度", "中"),
        ]
        out += [[i + 1, *p, "措施。", o] for i, (p, o) in enumerate(zip(pts, ops, strict=True))]
        return out  # fmt: skip

    set_both = sorted([
        ("股长", "闵朝暄", "医疗机构校验降低标准", "Ⅰ级"),
        ("股长", "闵朝暄", "执业注册审核不严", "Ⅲ级"),
        ("股员", "柏映溪", "疫苗出入库登记不实", "Ⅰ级"),
        ("股员", "柏映溪", "接种门诊检查走过场", "Ⅱ级"),
        ("会计", "芮知遥", "经费拨付不按进度", "Ⅱ级"),
    ])  # fmt: skip
    cases = [
        (["由中调整为高", "无异议", "无异议", "由低调整为中", "无异议"], set_both),
        (["同意（调整为高风险）", "同意", "同意", "同意（调整为中风险）", "同意"], set_both),
        (["提高为高风险", "同意", "同意", "提升为中风险", "同意"], set_both),
        (["调整为高风险等级", "同意", "同意", "调整为中风险", "同意"], set_both),
        (["调整为高", "同意。", "情况属实，同意", "无意见", "同意自评结果"], sorted([
            ("股长", "闵朝暄", "医疗机构校验降低标准", "Ⅰ级"),
            ("股长", "闵朝暄", "执业注册审核不严", "Ⅲ级"),
            ("股员", "柏映溪", "疫苗出入库登记不实", "Ⅰ级"),
            ("股员", "柏映溪", "接种门诊检查走过场", "Ⅲ级"),
            ("会计", "芮知遥", "经费拨付不按进度", "Ⅱ级"),
        ])),
    ]  # fmt: skip
    for i, (ops, want) in enumerate(cases):
        got = run(tmp_path / str(i), {"s": rows(ops)}, {"s": ["A1:H1"]})
        assert read(got) == want, ops
        assert "LEVEL_BY_REVIEW_OPINION" in codes(got), ops
        assert "LEVEL_REVIEW_OPINION_UNREAD" not in codes(got), ops
        no_errors(got)


def card(unit: str, person: str, post: str, dept: str, points: list[tuple[str, str]]) -> list[list]:
    rows = [[f"{unit}岗位廉政风险防控卡"],
            ["姓　名", person, "职　务", post],
            ["所在股室", dept, None, None],
            ["主要职责", "负责本股室日常工作", None, None],
            ["序号", "风险点", "风险等级", "防控措施"]]  # fmt: skip
    rows += [[i, p, lv, "按制度办理，全程留痕。"] for i, (p, lv) in enumerate(points, 1)]
    rows.append(["持卡人（签字）：", None, "年　月　日", None])
    return rows


CARD_MERGES = ["A1:D1", "B3:D3", "B4:D4"]


def test_a_card_dept_opening_with_a_word_its_unit_shares_is_kept_whole(tmp_path):
    # '林区防火股' on a card of XX县山口林区管理站: '林区' is the 股's own word, not the unit named
    # again; '城区路灯股' of XX县老城区市政管理所 likewise
    sheets = {
        "防火员": card("XX县山口林区管理站", "郗嘉树", "防火员", "林区防火股",
                       [("防火巡查记录弄虚作假", "高"), ("收受违规用火人员好处", "中")]),
    }  # fmt: skip
    got = run(tmp_path / "a", sheets, {"防火员": CARD_MERGES})
    assert set(got.posts["department"]) == {"林区防火股"}
    assert set(got.posts["unit"]) == {"XX县山口林区管理站"}
    no_errors(got)
    sheets = {
        "路灯工": card("XX县老城区市政管理所", "宓知秋", "维修工", "城区路灯股",
                       [("路灯维修材料虚报冒领", "高"), ("维修工时虚报", "低")]),
    }  # fmt: skip
    got = run(tmp_path / "b", sheets, {"路灯工": CARD_MERGES})
    assert set(got.posts["department"]) == {"城区路灯股"}
    no_errors(got)


def test_a_card_dept_opening_with_its_units_short_name_is_still_cut(tmp_path):
    # '青岭镇社事办' on a card of XX县青岭镇人民政府: the 镇 named short before its office
    sheets = {
        "社事办": card("XX县青岭镇人民政府", "阙暮云", "主任", "青岭镇社事办",
                       [("低保对象审核优亲厚友", "高"), ("救助资金发放不公示", "中")]),
    }  # fmt: skip
    got = run(tmp_path, sheets, {"社事办": CARD_MERGES})
    assert set(got.posts["department"]) == {"社事办"}
    no_errors(got)


def test_the_codes_are_catalogued():
    for code in ("LEVEL_BY_REVIEW_OPINION", "LEVEL_REVIEW_OPINION_UNREAD"):
        assert code in CATALOGUE and code in SHORT
    assert CATALOGUE["LEVEL_BY_REVIEW_OPINION"][0] == "info"
    assert CATALOGUE["LEVEL_REVIEW_OPINION_UNREAD"][0] == "warning"
