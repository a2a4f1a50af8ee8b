"""This year's list whose holder cells point to an older year's list in the same file ('同去年',
'与上年相同', '同2024年', '未变' beside one) rather than naming anyone, the holders named only
in that older list: each such holder is the older list's holder of the same 科室 and post (the
post alone where the older list has it once), one info HOLDERS_AS_OLDER_LIST a sheet; the older
list's points stay set aside (SHEET_SET_ASIDE) as ever; a post the older list lacks, or holds by
two people, is no one's (warning HOLDER_OLDER_LIST_UNMATCHED at its cell); with no older list in
the file an explicit '同上年' is no one's too, a warning, never a person named '同上年'. Before,
the pointer was read as a person's name and the older sheet set aside whole.

Not the published batch's file (batch942: a 农牧综合服务中心's sheets ``2025年`` and ``2024年``,
``同上年`` in a merged ``责任人`` column over 一级/二级/三级): a 县图书馆's workbook with the old
list first (tabs 'Sheet1'/'Sheet2', the years only in the titles), ``责任人姓名`` saying '同去年'
row by row, 高/中/低; a 县市场监督管理所's with ``与上年相同`` and ``未变`` under ``岗位责任人``, ★ levels,
one post renamed in its 科室 (found by the post alone) and one new post (no holder, a warning); a
县疾控中心's three years, '同2024年' taking the 2024 list's holder, not the 2025 one's; a 县档案馆's
sheet with last year's table under this year's ('二、2025年度…落实情况', set aside as ever). Written with
xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file. Near-misses an
ordinary file has, read as before: '同上' (a ditto of the row above) beside an older list, and
two years' lists each naming its holders.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, sheets: dict, merges: dict | None = None, name: str = "清单.xlsx"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / name, sheets, merges or {})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return list(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


# the level words as written → as read (1/2/3 as Ⅰ级/Ⅱ级/Ⅲ级)
LEVEL = {"高": "Ⅰ级", "中": "Ⅱ级", "低": "Ⅲ级", "★★★": "Ⅰ级", "★★": "Ⅱ级", "★": "Ⅲ级",
         "一级风险": "Ⅰ级", "二级风险": "Ⅱ级", "三级风险": "Ⅲ级"}  # fmt: skip


def want(*rows: tuple[str, str, str, str]) -> list[tuple[str, str, str, str]]:
    return [(t, p, pt, LEVEL[lv]) for t, p, pt, lv in rows]


def codes(got) -> set[str]:
    return set(got.issues["code"])


def issue(got, code: str):
    return got.issues[got.issues["code"] == code]


HEAD = ["序号", "部门", "岗位", "责任人姓名", "风险点", "等级", "防控措施"]

LIBRARY_OLD = [
    ["县图书馆2025年廉政风险点清单", None, None, None, None, None, None],
    HEAD,
    [1, "馆领导", "馆长", "钱沐岚", "图书采购指定书商", "高", "采购公开招标。"],
    [2, "采编部", "主任", "孙砚秋", "验收图书数量不核", "中", "验收双人签字。"],
    [3, "流通部", "管理员", "祝晴川", "押金收取不入账", "中", "押金统一收款码。"],
]  # fmt: skip
LIBRARY_NOW = [
    ["县图书馆2026年廉政风险点清单", None, None, None, None, None, None],
    HEAD,
    [1, "馆领导", "馆长", "同去年", "图书采购指定书商，收受回扣", "高", "采购公开招标，结果公示。"],
    [2, "馆领导", "馆长", "同去年", "馆舍维修项目拆分发包", "中", "维修项目集体研究。"],
    [3, "采编部", "主任", "同去年", "验收图书数量、质量不核", "中", "验收双人签字，抽检。"],
    [4, "流通部", "管理员", "郑远帆", "押金收取不入账", "低", "押金统一收款码。"],
    ["注：责任人姓名填“同去年”的，与2025年清单相同。", None, None, None, None, None, None],
]  # fmt: skip


def test_same_as_last_year_takes_the_older_sheets_holder(tmp_path):
    got = run(tmp_path, {"Sheet1": LIBRARY_OLD, "Sheet2": LIBRARY_NOW})
    assert read(got) == want(
        ("馆长", "钱沐岚", "图书采购指定书商，收受回扣", "高"),
        ("馆长", "钱沐岚", "馆舍维修项目拆分发包", "中"),
        ("主任", "孙砚秋", "验收图书数量、质量不核", "中"),
        ("管理员", "郑远帆", "押金收取不入账", "低"),
    )
    assert "同去年" not in set(got.posts["person"])
    said = issue(got, "HOLDERS_AS_OLDER_LIST")
    assert len(said) == 1 and said.iloc[0]["source_sheet"] == "Sheet2"
    assert "2个岗位" in said.iloc[0]["message"] and "Sheet1" in said.iloc[0]["message"]
    assert "SHEET_SET_ASIDE" in codes(got)  # last year's points stay out
    assert "HOLDER_OLDER_LIST_UNMATCHED" not in codes(got)


MARKET_HEAD = ["序号", "股室", "岗位", "岗位责任人", "廉政风险点", "风险星级", "防控措施"]
MARKET_OLD = [
    ["城关市场监督管理所2024年度岗位廉政风险防控一览表", None, None, None, None, None, None],
    MARKET_HEAD,
    [1, "所领导", "所长", "冯皓川", "行政处罚裁量畸轻畸重", "★★★", "处罚案件集体审议。"],
    [2, "登记股", "股长", "韩予墨", "登记材料审核不严", "★★", "登记材料双人复核。"],
    [3, "稽查组", "稽查员", "何嘉树", "检查中吃拿卡要", "★★", "执法记录仪全程记录。"],
]  # fmt: skip
MARKET_NOW = [
    ["城关市场监督管理所2025年度岗位廉政风险防控一览表", None, None, None, None, None, None],
    MARKET_HEAD,
    [1, "所领导", "所长", "与上年相同", "行政处罚裁量畸轻畸重", "★★★", "处罚案件集体审议，裁量说明理由。"],
    [2, "登记股", "股长", "未变", "企业登记材料审核不严", "★★", "登记材料双人复核。"],
    [3, "执法股", "稽查员", "与上年相同", "检查中吃拿卡要", "★★", "执法记录仪全程记录。"],
    [4, "价格股", "价格监督员", "与上年相同", "价格举报查处不及时", "★", "举报限时办结。"],
]  # fmt: skip


def test_same_as_last_year_by_post_alone_and_a_post_it_lacks(tmp_path):
    got = run(tmp_path, {"2025年度": MARKET_NOW, "2024年度": MARKET_OLD})
    assert read(got) == want(
        ("所长", "冯皓川", "行政处罚裁量畸轻畸重", "★★★"),
        ("股长", "韩予墨", "企业登记材料审核不严", "★★"),
        ("稽查员", "何嘉树", "检查中吃拿卡要", "★★"),  # 稽查组 → 执法股: the post alone
        ("价格监督员", "", "价格举报查处不及时", "★"),  # no such post last year
    )
    assert not {"与上年相同", "未变"} & set(got.posts["person"])
    said = issue(got, "HOLDERS_AS_OLDER_LIST")
    assert len(said) == 1 and "3个岗位" in said.iloc[0]["message"]
    warned = issue(got, "HOLDER_OLDER_LIST_UNMATCHED")
    assert len(warned) == 1
    assert warned.iloc[0]["cell"] == "D6" and "价格监督员" in warned.iloc[0]["message"]
    assert warned.iloc[0]["severity"] == "warning"


CDC_HEAD = ["科室", "岗位", "责任人", "风险点", "风险等级"]


def cdc(year: int, boss: str, lab: str) -> list[list]:
    return [
        [f"县疾病预防控制中心{year}年廉政风险点一览表", None, None, None, None],
        CDC_HEAD,
        ["检验科", "科长", boss, f"检测试剂采购暗箱操作（{year}）", "一级风险"],
        ["检验科", "检验员", lab, f"检测报告出具不实（{year}）", "二级风险"],
    ]


def test_same_as_a_named_year_takes_that_years_list(tmp_path):
    now = [
        ["县疾病预防控制中心2026年廉政风险点一览表", None, None, None, None],
        CDC_HEAD,
        ["检验科", "科长", "同2024年", "检测试剂采购暗箱操作", "一级风险"],
        ["检验科", "检验员", "同2025年", "检测报告出具不实", "二级风险"],
        ["检验科", "检验员", "同上", "样品登记不全", "三级风险"],
    ]  # fmt: skip
    sheets = {
        "2026年": now,
        "2025年": cdc(2025, "吕清和", "施念安"),
        "2024年": cdc(2024, "曹允之", "施念安"),
    }
    got = run(tmp_path, sheets)
    assert read(got) == want(
        ("科长", "曹允之", "检测试剂采购暗箱操作", "一级风险"),
        ("检验员", "施念安", "检测报告出具不实", "二级风险"),
        ("检验员", "施念安", "样品登记不全", "三级风险"),  # '同上': the row above's, as ever
    )
    assert "HOLDERS_AS_OLDER_LIST" in codes(got)


def test_ditto_beside_an_older_list_reads_as_before(tmp_path):
    now = [
        ["县图书馆2026年廉政风险点清单", None, None, None, None, None, None],
        HEAD,
        [1, "馆领导", "馆长", "郑远帆", "图书采购指定书商", "高", "采购公开招标。"],
        [2, "馆领导", "馆长", "同上", "馆舍维修项目拆分发包", "中", "维修项目集体研究。"],
        [3, "采编部", "主任", "孙砚秋", "验收图书数量不核", "中", "验收双人签字。"],
    ]  # fmt: skip
    got = run(tmp_path, {"2026年": now, "2025年": LIBRARY_OLD})
    assert read(got) == want(
        ("馆长", "郑远帆", "图书采购指定书商", "高"),
        ("馆长", "郑远帆", "馆舍维修项目拆分发包", "中"),
        ("主任", "孙砚秋", "验收图书数量不核", "中"),
    )
    assert not {"HOLDERS_AS_OLDER_LIST", "HOLDER_OLDER_LIST_UNMATCHED"} & codes(got)


def test_two_years_each_naming_its_holders_read_as_before(tmp_path):
    now = cdc(2026, "吕清和", "施念安")
    got = run(tmp_path, {"2026年": now, "2025年": cdc(2025, "曹允之", "施念安")})
    assert read(got) == want(
        ("科长", "吕清和", "检测试剂采购暗箱操作（2026）", "一级风险"),
        ("检验员", "施念安", "检测报告出具不实（2026）", "二级风险"),
    )
    assert "SHEET_SET_ASIDE" in codes(got)
    assert not {"HOLDERS_AS_OLDER_LIST", "HOLDER_OLDER_LIST_UNMATCHED"} & codes(got)


def test_same_as_last_year_with_no_older_list_is_no_one(tmp_path):
    now = [
        ["县图书馆2026年廉政风险点清单", None, None, None, None, None, None],
        HEAD,
        [1, "馆领导", "馆长", "同上年", "图书采购指定书商", "高", "采购公开招标。"],
        [2, "采编部", "主任", "孙砚秋", "验收图书数量不核", "中", "验收双人签字。"],
    ]  # fmt: skip
    got = run(tmp_path, {"清单": now})
    assert read(got) == want(
        ("馆长", "", "图书采购指定书商", "高"),
        ("主任", "孙砚秋", "验收图书数量不核", "中"),
    )
    warned = issue(got, "HOLDER_OLDER_LIST_UNMATCHED")
    assert len(warned) == 1 and warned.iloc[0]["cell"] == "D3"
    assert "同上年" not in set(got.posts["person"])


def test_the_codes_are_catalogued():
    for code in ("HOLDERS_AS_OLDER_LIST", "HOLDER_OLDER_LIST_UNMATCHED"):
        assert code in CATALOGUE and code in SHORT


def test_same_as_last_year_by_the_older_table_under_it_on_one_sheet(tmp_path):
    # last year's table under this year's, reviewed ('…落实情况'): set aside for its points as
    # ever (TABLE_SET_ASIDE), its holders still name this year's '同上年' posts
    rows = [
        ["县档案馆岗位廉政风险防控表"],
        ["一、2026年度岗位廉政风险点"],
        ["序号", "科室", "岗位", "责任人", "风险点", "风险等级", "防控措施"],
        [1, "保管利用科", "科长", "同上年", "档案查阅违规提供", "二级", "查阅登记审批。"],
        [2, "办公室", "出纳", "梁映雪", "现金未及时存行", "三级", "现金日清月结。"],
        [],
        ["二、2025年度岗位廉政风险点落实情况"],
        ["序号", "科室", "岗位", "责任人", "风险点", "防控措施", "落实情况"],
        [1, "保管利用科", "科长", "蒋书白", "档案查阅违规提供", "查阅登记。", "已落实"],
        [2, "办公室", "出纳", "邱宛如", "现金未及时存行", "日清月结。", "已落实"],
    ]  # fmt: skip
    got = run(tmp_path, {"档案馆": rows})
    assert [(t, p) for t, p, _pt, _lv in read(got)] == [("科长", "蒋书白"), ("出纳", "梁映雪")]
    assert {"TABLE_SET_ASIDE", "HOLDERS_AS_OLDER_LIST"} <= codes(got)


def test_what_the_hundred_and_thirty_second_review_found_a_new_post_in_a_known_department(tmp_path):
    """'同上年' on a post new in a 科室 the older list has (办公室's 股长, the older list's only
    股长 in 财务股) is no one's: the post alone had found 财务股's 股长 and filed 办公室's point
    under him. The post alone answers only for a 科室 the older list lacks (renamed) or none."""
    head = ["序号", "科室", "岗位", "责任人", "风险点", "风险等级", "防控措施"]
    old = [
        ["某县统计局2024年廉政风险点一览表", None, None, None, None, None, None],
        head,
        [1, "办公室", "主任", "钱沐岚", "公车私用", "中", "派车登记"],
        [2, "办公室", "科员", "孙砚秋", "公文泄密", "低", "涉密登记"],
        [3, "财务股", "股长", "李晴川", "报销审核不严", "高", "集体审核"],
    ]
    now = [
        ["某县统计局2025年廉政风险点一览表", None, None, None, None, None, None],
        head,
        [1, "办公室", "主任", "同上年", "公车私用", "中", "派车登记"],
        [2, "办公室", "股长", "同上年", "办公用品采购不询价", "低", "询价比价"],
        [3, "财务股", "股长", "同上年", "报销审核不严", "高", "集体审核"],
    ]
    got = run(tmp_path, {"2025年": now, "2024年": old})
    assert read(got) == want(
        ("主任", "钱沐岚", "公车私用", "中"),
        ("股长", "", "办公用品采购不询价", "低"),
        ("股长", "李晴川", "报销审核不严", "高"),
    )
    warned = issue(got, "HOLDER_OLDER_LIST_UNMATCHED")
    assert len(warned) == 1 and warned.iloc[0]["cell"] == "D4"
    assert "办公室股长" in warned.iloc[0]["message"]


def test_what_the_hundred_and_thirty_second_review_found_a_chain_of_years(tmp_path):
    """Three years' sheets, this year's first: 2025 says '同上年' of 2024, which says '同上年' of
    2023 for one post. The 2024 pointer had not been read yet when 2025's was, and 2025's 科员
    was filed under a person named '同上年'. The oldest list's pointers are read first, and an
    older list's pointer is never a holder."""
    head = ["序号", "科室", "岗位", "责任人", "风险点", "风险等级", "防控措施"]

    def year(y: int, boss: str, clerk: str, chief: str) -> list[list]:
        return [
            [f"某县统计局{y}年廉政风险点一览表", None, None, None, None, None, None],
            head,
            [1, "办公室", "主任", boss, "公车私用", "中", "派车登记"],
            [2, "办公室", "科员", clerk, "公文泄密", "低", "涉密登记"],
            [3, "财务股", "股长", chief, "报销审核不严", "高", "集体审核"],
        ]

    got = run(
        tmp_path,
        {
            "2025年": year(2025, "同上年", "同上年", "同上年"),
            "2024年": year(2024, "钱沐岚", "同上年", "李晴川"),
            "2023年": year(2023, "钱沐岚", "孙砚秋", "李晴川"),
        },
    )
    assert read(got) == want(
        ("主任", "钱沐岚", "公车私用", "中"),
        ("科员", "孙砚秋", "公文泄密", "低"),
        ("股长", "李晴川", "报销审核不严", "高"),
    )
    assert "同上年" not in set(got.posts["person"])
    assert "HOLDER_OLDER_LIST_UNMATCHED" not in codes(got)
